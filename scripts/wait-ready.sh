#!/usr/bin/env bash
# Waits until the connector answers GET /readyz with 200: connected to FreeSWITCH, its configuration and
# live state read. Reads the connector's own variables (FASTIIP, FASTIPORT, FASTICERT, FASTIKEY) as the
# connector does; fscon.service runs it after starting the connector.
#   wait-ready.sh [SECONDS]   (default 60)
set -euo pipefail

seconds=${1:-60}
host=${FASTIIP:-0.0.0.0}
case $host in 0.0.0.0 | '::' | '') host=127.0.0.1 ;; *:*) host="[$host]" ;; esac
scheme=http
[ -f "${FASTICERT:-/etc/freeswitch/tls/fullchain.pem}" ] && [ -f "${FASTIKEY:-/etc/freeswitch/tls/privkey.pem}" ] && scheme=https
url="$scheme://$host:${FASTIPORT:-443}/readyz"

deadline=$((SECONDS + seconds))
answer=''
while [ $SECONDS -lt $deadline ]; do
  # the certificate is for the host's public name, not for the loopback address asked here
  if answer=$(curl --silent --show-error --insecure --max-time 2 --fail-with-body "$url" 2>&1); then
    echo "fscon is ready ($url)"
    exit 0
  fi
  sleep 0.5
done
echo "fscon is not ready after ${seconds}s ($url): $answer" >&2
exit 1
