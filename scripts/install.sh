#!/usr/bin/env bash
# Installs fscon on Debian 12: FreeSWITCH (scripts/freeswitch/install-freeswitch.sh), the connector and its
# web client, Node 20 when the system's Node is older, the fscon user, /etc/fscon/fscon.env, /etc/freeswitch
# (first install only), TLS files and the systemd units. A second run upgrades in place and keeps the
# configuration. README, "Bare metal (Debian 12)".
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=install/defaults.env # the pinned Node and the defaults of the paths
. "$checkout/scripts/install/defaults.env"

usage() {
  cat <<EOF
Usage: install.sh [options]

FreeSWITCH (default: --freeswitch-clone)
  --freeswitch-archive FILE   unpack a prebuilt FreeSWITCH (audio only), e.g. freeswitch-bookworm-amd64.tar.zst
  --freeswitch-source DIR     build from DIR/{freeswitch,sofia-sip,spandsp}
  --freeswitch-clone          build from the pinned commits (scripts/freeswitch/sources.env)
  --audio-only                build without video (libvpx, libyuv)
  --keep-freeswitch           leave the installed FreeSWITCH as it is
Paths
  --prefix DIR                FreeSWITCH's installation (default $FS_PREFIX)
  --app DIR                   the connector and web client (default $APP_DIR)
  --recordings DIR            conference recordings (default $RECORDINGS_DIR)
  --static DIR                the connector's static folder (default $STATIC_DIR)
  --root DIR                  install below DIR instead of / (staging: no user, packages, ownership or units
                              are touched outside DIR)
Connector
  --hostname NAME             the name phones and browsers use (CONHOSTNAME, self-signed certificate;
                              default: hostname -f)
  --port N                    HTTPS port (FASTIPORT, default $HTTPS_PORT)
  --tls-cert FILE --tls-key FILE
                              certificate and key for HTTPS, SIP/TLS and WSS, e.g.
                              /etc/letsencrypt/live/NAME/fullchain.pem and privkey.pem
  --no-build                  install the checkout's dist/ as it is (npm run build made it)
  --bundled-node              Node $NODE_VERSION from the npm registry into APP/node even when the system's
                              Node is 20 or newer
  --no-start                  install and enable the units but do not (re)start the services
  -h, --help                  this text
EOF
}

root='' fs_mode=clone fs_arg='' audio_only='' build=yes bundled_node='' start=yes
host='' tls_cert='' tls_key=''
die() {
  echo "install: $*" >&2
  exit 1
}
need_value() { if [ $# -lt 2 ] || [ -z "$2" ]; then die "$1 needs a value"; fi; }
while [ $# -gt 0 ]; do
  case $1 in
  --freeswitch-archive) need_value "$@"; fs_mode=archive; fs_arg=$(realpath -m "$2"); shift ;;
  --freeswitch-source) need_value "$@"; fs_mode=source; fs_arg=$(realpath -m "$2"); shift ;;
  --freeswitch-clone) fs_mode=clone ;;
  --keep-freeswitch) fs_mode=keep ;;
  --audio-only) audio_only=yes ;;
  --prefix) need_value "$@"; FS_PREFIX=$2; shift ;;
  --app) need_value "$@"; APP_DIR=$2; shift ;;
  --recordings) need_value "$@"; RECORDINGS_DIR=$2; shift ;;
  --static) need_value "$@"; STATIC_DIR=$2; shift ;;
  --root) need_value "$@"; root=$(realpath -m "$2"); shift ;;
  --hostname) need_value "$@"; host=$2; shift ;;
  --port) need_value "$@"; HTTPS_PORT=$2; shift ;;
  --tls-cert) need_value "$@"; tls_cert=$2; shift ;;
  --tls-key) need_value "$@"; tls_key=$2; shift ;;
  --no-build) build='' ;;
  --bundled-node) bundled_node=yes ;;
  --no-start) start='' ;;
  -h | --help) usage; exit 0 ;;
  *) usage >&2; die "unknown option: $1" ;;
  esac
  shift
done
for path in "$FS_PREFIX" "$APP_DIR" "$RECORDINGS_DIR" "$STATIC_DIR"; do
  case $path in /*) ;; *) die "paths must be absolute: $path" ;; esac
done
if [ -n "$tls_cert$tls_key" ] && { [ -z "$tls_cert" ] || [ -z "$tls_key" ]; }; then
  die "give --tls-cert and --tls-key together"
fi
[ -n "$root" ] || [ "$(id -u)" -eq 0 ] || die "run as root (or stage into a folder with --root DIR)"
[ -n "$host" ] || host=$(hostname -f 2>/dev/null || hostname)

started=$(date +%s)
step() { echo "==> [+$(($(date +%s) - started))s] $*"; }
# shellcheck source=install/steps.sh
. "$checkout/scripts/install/steps.sh"

[ -n "$root" ] || install_packages
ensure_node
install_freeswitch
install_connector
[ -n "$root" ] || ensure_user
make_folders
seed_freeswitch_conf
write_env_file
step "TLS files in $root$FS_CONF/tls"
"$checkout/scripts/install/tls.sh" "$root$FS_CONF/tls" "$host" ${tls_cert:+"$tls_cert" "$tls_key"}
install_fs_cli
install_units
[ -n "$root" ] || start_services
step "done"
