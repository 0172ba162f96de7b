#!/bin/sh
# Generates the spoken prompts the connector plays into conferences and to moderators (moderator keys) as
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
# a moderator's own settings (9 and a member's key), played to that moderator only
prompt talk-volume-up 'Speaking volume up.'
prompt talk-volume-down 'Speaking volume down.'
prompt talk-volume-reset 'Speaking volume reset.'
prompt listen-volume-up 'Listening volume up.'
prompt listen-volume-down 'Listening volume down.'
prompt listen-volume-reset 'Listening volume reset.'
prompt energy-up 'Energy level up.'
prompt energy-down 'Energy level down.'
prompt energy-reset 'Energy level reset.'
prompt at-limit 'That is already the limit.'
prompt muted-and-deafened 'Muted and deafened.'
prompt unmuted-and-undeafened 'Unmuted and undeafened.'

echo "prompts written to $OUT"
