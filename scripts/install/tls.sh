#!/usr/bin/env bash
# Puts the TLS files FreeSWITCH and the connector read into DIR (/etc/freeswitch/tls):
#   fullchain.pem, privkey.pem   the connector's HTTPS (FASTICERT, FASTIKEY)
#   agent.pem, cafile.pem        FreeSWITCH's SIP over TLS
#   wss.pem                      FreeSWITCH's secure WebSocket
#
#   tls.sh DIR HOSTNAME                      keep DIR's certificate, or make a self-signed one for HOSTNAME
#   tls.sh DIR HOSTNAME FULLCHAIN PRIVKEY    take a certificate and its key, e.g. Let's Encrypt's
#                                            /etc/letsencrypt/live/HOSTNAME/{fullchain,privkey}.pem
# The files get DIR's owner and mode 640. As a certbot deploy hook:
#   tls.sh /etc/freeswitch/tls host.example.com "$RENEWED_LINEAGE/fullchain.pem" "$RENEWED_LINEAGE/privkey.pem"
set -euo pipefail

if [ $# -ne 2 ] && [ $# -ne 4 ]; then
  echo "usage: tls.sh DIR HOSTNAME [FULLCHAIN PRIVKEY]" >&2
  exit 2
fi
dir=$1 host=$2
mkdir -p "$dir"

put() {
  local name=$1 tmp
  tmp=$(mktemp "$dir/.$name.XXXXXX")
  cat >"$tmp"
  chmod 640 "$tmp"
  chown --reference="$dir" "$tmp" 2>/dev/null || true
  mv "$tmp" "$dir/$name"
}

if [ $# -eq 4 ]; then
  for file in "$3" "$4"; do [ -r "$file" ] || {
    echo "tls: cannot read $file" >&2
    exit 1
  }; done
  if [ "$(openssl x509 -noout -pubkey -in "$3")" != "$(openssl pkey -pubout -in "$4")" ]; then
    echo "tls: $4 is not the key of the certificate in $3" >&2
    exit 1
  fi
  put fullchain.pem <"$3"
  put privkey.pem <"$4"
  echo "tls: certificate $(openssl x509 -noout -subject -enddate -in "$3" | tr '\n' ' ')from $3"
elif [ ! -s "$dir/fullchain.pem" ] || [ ! -s "$dir/privkey.pem" ]; then
  case $host in
  *[!0-9.]*) san="DNS:$host" ;;
  *) san="IP:$host" ;;
  esac
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$host" -addext "subjectAltName=$san" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  put privkey.pem <"$work/key.pem"
  put fullchain.pem <"$work/cert.pem"
  echo "tls: made a self-signed certificate for $host (valid 825 days); phones and browsers will not trust it"
else
  echo "tls: keeping the certificate in $dir ($(openssl x509 -noout -subject -in "$dir/fullchain.pem"))"
fi

# The chain without the server's own certificate (a self-signed one is its own chain).
chain=$(awk '/-BEGIN CERTIFICATE-/ { n++ } n > 1' "$dir/fullchain.pem")
[ -n "$chain" ] || chain=$(cat "$dir/fullchain.pem")
cat "$dir/fullchain.pem" "$dir/privkey.pem" | put agent.pem
cat "$dir/fullchain.pem" "$dir/privkey.pem" | put wss.pem
echo "$chain" | put cafile.pem
