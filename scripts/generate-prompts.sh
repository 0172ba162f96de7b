#!/bin/sh
# Generates the spoken prompts the connector plays into conferences (moderator keys) as
# 16-bit mono WAV files at the conference profiles' rates:
#   etc-freeswitch/sounds/fscon/<rate>/<name>.wav   for rate 16000 (16kHz-novideo) and 48000 (48kHz-video)
# Needs espeak-ng and sox (Debian packages espeak-ng, sox). The output depends only on the texts below
# and the versions of those two programs: sox runs in repeatable mode, so a rerun rewrites identical files.
# Locking and unlocking need no prompt of ours: mod_conference plays the profiles' is-locked-sound and
# is-unlocked-sound itself.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/etc-freeswitch/sounds/fscon"
RATES="16000 48000"
VOICE=en-us
SPEED=160

for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null 2>&1 || { echo "generate-prompts: $tool is not installed" >&2; exit 1; }
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

prompt() {
  name=$1
  text=$2
  espeak-ng -v "$VOICE" -s "$SPEED" -w "$WORK/$name.wav" "$text"
  for rate in $RATES; do
    mkdir -p "$OUT/$rate"
    # trim espeak's own leading silence, then a short lead-in and tail so nothing is clipped
    sox -R -V1 "$WORK/$name.wav" -r "$rate" -c 1 -b 16 -e signed-integer "$OUT/$rate/$name.wav" \
      silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse norm -3 pad 0.25 0.35
  done
}

prompt recording-started 'Recording started.'
prompt recording-paused 'Recording paused.'
prompt recording-resumed 'Recording resumed.'
prompt recording-stopped 'Recording stopped.'
prompt recording-running 'This conference is being recorded.'
prompt already-recording 'This conference is already being recorded.'
prompt recording-is-paused 'The recording is paused. Press 3 to resume.'
prompt not-recording 'This conference is not being recorded. Press 1 to start recording.'
prompt all-muted 'All participants are muted.'

echo "prompts written to $OUT"
