#!/usr/bin/env bash
# Builds the container image (or reuses it), runs it with temporary volumes on the host's network and
# checks the whole system from outside: healthy, web client and login, REST API, a call into a new
# conference seen on the live WebSocket, the warnings of the log; then stops and removes it.
# It binds the default ports: run it as `flock /tmp/fscon-default-ports.lock scripts/image-smoke.sh`.
#
#   FSCON_IMAGE             image to run (default localhost/fscon:dev)
#   FSCON_REBUILD=1         build even if the image exists
#   FREESWITCH_ARCHIVE_DIR  folder holding the FreeSWITCH archive for the build (default ../shared/freeswitch)
#   FREESWITCH_ARCHIVE      its file name (default freeswitch-bookworm-amd64.tar.zst)
#   BASE_IMAGE              the Debian 12 image to build on (default localhost/bookworm:min)
#   BUILD_CA_CERTIFICATES   CA bundle npm trusts in the build (default /etc/ssl/certs/ca-certificates.crt)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
image=${FSCON_IMAGE:-localhost/fscon:dev}
archive_dir=${FREESWITCH_ARCHIVE_DIR:-$root/../shared/freeswitch}
archive=${FREESWITCH_ARCHIVE:-freeswitch-bookworm-amd64.tar.zst}
name=fscon-smoke-$$
base=https://127.0.0.1:443
login=defaultuser:napw

say() { echo "image-smoke: $*"; }
fail() {
  echo "image-smoke: FAILED: $*" >&2
  if podman container exists "$name"; then podman logs --tail 40 "$name" >&2 || true; fi
  exit 1
}

# podman starts the image's health check with a systemd timer; without systemd it says so at every
# start and stop, while `podman healthcheck run`, which this script uses, works all the same
without_timer_errors() { grep -v 'unable to get systemd connection' || true; }

if [ "${FSCON_REBUILD:-}" = 1 ] || ! podman image exists "$image"; then
  say "building $image (FreeSWITCH from $archive_dir/$archive)"
  started=$(date +%s)
  ca=${BUILD_CA_CERTIFICATES:-/etc/ssl/certs/ca-certificates.crt}
  secret=()
  [ ! -f "$ca" ] || secret=(--secret "id=ca-certificates,src=$ca")
  nice -n 19 podman build --format docker --network=host --build-context "fsarchive=$archive_dir" "${secret[@]}" \
    --build-arg "FREESWITCH_ARCHIVE=$archive" --build-arg "BASE_IMAGE=${BASE_IMAGE:-localhost/bookworm:min}" \
    -t "$image" "$root"
  say "built in $(($(date +%s) - started)) s"
else
  say "reusing $image (FSCON_REBUILD=1 builds it again)"
fi
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' "$image" | sed 's/^/image-smoke: image /'

set +e
refusal=$(podman run --rm --runtime runc --network=host -e INTERNAL_SIP_PORT=five -e INTERNAL_SSL_ENABLE=yes \
  -e SIP_TLS_VERSION=sslv3 "$image" 2>&1)
code=$?
set -e
refusal=$(without_timer_errors <<<"$refusal")
if [ "$code" -ne 2 ] || ! grep -q 'INTERNAL_SIP_PORT="five"' <<<"$refusal"; then
  fail "bad variables not refused ($code): $refusal"
fi
say "bad variables refused with exit code $code:"
printf '    %s\n' "${refusal//$'\n'/$'\n    '}"

volumes=$(mktemp -d /tmp/fscon-smoke.XXXXXX)
cleanup() {
  podman rm -f -t 30 "$name" >/dev/null 2>&1 || true
  rm -rf "$volumes"
}
trap cleanup EXIT
mkdir "$volumes/etc-freeswitch" "$volumes/static" "$volumes/recordings"

say "starting $name with volumes in $volumes"
podman run -d --name "$name" --runtime runc --network=host \
  -v "$volumes/etc-freeswitch:/etc/freeswitch" -v "$volumes/static:/static" \
  -v "$volumes/recordings:/recordings" -e CONHOSTNAME=localhost "$image" 2> >(without_timer_errors) >/dev/null

started=$(date +%s)
until podman healthcheck run "$name" >/dev/null 2>&1; do
  [ "$(podman inspect --format '{{.State.Running}}' "$name")" = true ] || fail "the container stopped"
  [ $(($(date +%s) - started)) -lt 120 ] || fail "not healthy within 120 s"
  sleep 1
done
say "healthy after $(($(date +%s) - started)) s: /readyz $(curl -sk "$base/readyz")"

page=$(curl -sk --fail "$base/") || fail "GET / failed"
grep -q '<div id="root">' <<<"$page" || fail "GET / is not the web client"
cookies=$volumes/cookies
curl -sk --fail -c "$cookies" -H 'Content-Type: application/json' \
  -d '{"name":"defaultuser","password":"napw"}' "$base/session" >/dev/null || fail "POST /session failed"
userinfo=$(curl -sk --fail -b "$cookies" "$base/userinfo") || fail "GET /userinfo with the session failed"
grep -q '"name":"defaultuser"' <<<"$userinfo" || fail "GET /userinfo: $userinfo"
say "web client served; logged in with a session: GET /userinfo $(grep -o '"context":"[a-z]*","name":"[^"]*"' <<<"$userinfo")"

docs=$(curl -sk --fail "$base/docs/openapi.json") || fail "GET /docs/openapi.json failed"
grep -q '"openapi":"3.1' <<<"$docs" || fail "GET /docs/openapi.json is not the OpenAPI document"
curl -sk --fail -o /dev/null "$base/docs/assets/swagger-ui-bundle.js" || fail "GET /docs/assets/swagger-ui-bundle.js failed"
say "/docs serves the OpenAPI document and Swagger UI's files"

users=$(curl -sk --fail --digest -u "$login" "$base/api/users") || fail "GET /api/users failed"
say "GET /api/users (Digest): $(grep -o '"info":{[^}]*}}' <<<"$users")"
added=$(curl -sk --fail --digest -u "$login" -H 'Content-Type: application/json' \
  -d '[{"name":"smoke","type":"16kHz-novideo","context":"team"}]' "$base/api/conferences/add") ||
  fail "POST /api/conferences/add failed"
num=$(grep -o '"num":"[0-9]*"' <<<"$added" | head -n 1 | cut -d'"' -f4)
[ -n "$num" ] || fail "POST /api/conferences/add: $added"
say "added conference smoke as $num"

answer=$(podman exec "$name" fs_cli -x \
  "originate {origination_caller_id_number=20000,origination_caller_id_name=smoke-caller}loopback/$num/team &park()")
[[ $answer == +OK* ]] || fail "originate: $answer"
say "called $num over loopback in the container's FreeSWITCH: $answer"

live() {
  node -e '
    const WebSocket = require(process.argv[1]);
    const socket = new WebSocket(process.argv[2], { rejectUnauthorized: false });
    socket.on("open", () => socket.send(JSON.stringify({ req: "init" })));
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString());
      if (message.reply !== "init") return;
      const conference = message.data.find((c) => c.name === "smoke");
      console.log(JSON.stringify(conference ? { memcount: conference.memcount, members: conference.members } : {}));
      socket.close();
    });
    socket.on("error", (error) => { console.error(error.message); process.exit(1); });
  ' "$root/node_modules/ws" "wss://127.0.0.1:443/api/live?login=$login"
}
for _ in $(seq 1 20); do
  state=$(live) || fail "live WebSocket"
  grep -q '"name":"smoke-caller"' <<<"$state" && break
  sleep 0.5
done
grep -q '"name":"smoke-caller"' <<<"$state" || fail "the live WebSocket does not show the caller: $state"
say "live WebSocket, init: conference smoke $state"

logs=$(podman logs "$name" 2>&1)
grep -q 'still has the default password "napw"' <<<"$logs" || fail "no default password warning in the log"
grep -q 'made a self-signed one' <<<"$logs" || fail "no self-signed certificate message in the log"
say "the log warns:"
grep -E 'default password "napw"|self-signed' <<<"$logs" | sed 's/^/    /'

say "stopping $name"
podman stop -t 30 "$name" 2> >(without_timer_errors) >/dev/null
say "stopped: exit code $(podman inspect --format '{{.State.ExitCode}}' "$name"); last lines:"
podman logs --tail 4 "$name" 2>&1 | sed 's/^/    /'
say "passed"
