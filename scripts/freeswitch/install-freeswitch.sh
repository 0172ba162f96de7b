#!/usr/bin/env bash
# Installs FreeSWITCH with the modules fscon's etc-freeswitch loads into a folder of its own (the prefix):
# unpacked from a prebuilt archive, or built from the pinned commits of FreeSWITCH, sofia-sip and spandsp
# (sources.env). Run it as root on Debian 12. Every step prints one line; their full output goes to the log.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=sources.env # the pinned commits
. "$here/sources.env"

usage() {
  cat <<'EOF'
Usage: install-freeswitch.sh [--prefix DIR] (--archive FILE | --source DIR | --clone) [options]

  --prefix DIR        install into DIR (default /usr/local/freeswitch): DIR/bin/{freeswitch,fs_cli},
                      DIR/lib, DIR/lib/freeswitch/mod, DIR/share
  --archive FILE      unpack a prebuilt archive (.tar.zst, .tar.gz, .tar) holding bin/, lib/ and share/
                      at its top, check it runs, then put it in place of the prefix
  --source DIR        build from the trees DIR/sofia-sip, DIR/spandsp and DIR/freeswitch
  --clone             fetch the pinned commits into --work DIR, then build them
  --audio-only        build without FreeSWITCH's own libvpx and libyuv: no video (an archive is as it
                      was built)
  --work DIR          where --clone puts the trees (default /usr/local/src/fscon-freeswitch)
  --jobs N            parallel make jobs (default: the number of cores)
  --log FILE          the full output of every step (default /tmp/install-freeswitch.log)
  --modules-conf FILE the modules.conf.xml whose modules are built and checked
                      (default: etc-freeswitch/autoload_configs/modules.conf.xml of this checkout)
  --no-packages       install no Debian packages (they must be there already)
  --print-packages    print the Debian packages the installed FreeSWITCH needs to run, and exit
  -h, --help          this text

FREESWITCH_GIT_URL, SOFIA_SIP_GIT_URL and SPANDSP_GIT_URL replace the repositories --clone fetches
from (a mirror, or a local bare repository holding the pinned commits).
EOF
}

prefix=/usr/local/freeswitch
mode='' archive='' source_dir='' audio_only='' packages=yes
work=/usr/local/src/fscon-freeswitch
jobs=$(nproc)
log=/tmp/install-freeswitch.log
modules_conf=$here/../../etc-freeswitch/autoload_configs/modules.conf.xml
# built besides the modules modules.conf.xml loads: expressions in the dialplan, numbers said in English
extra_modules=(mod_expr mod_say_en)

die() {
  echo "install-freeswitch: $*" >&2
  exit 1
}
need_value() { if [ $# -lt 2 ] || [ -z "$2" ]; then die "$1 needs a value"; fi; }
choose_mode() {
  [ -z "$mode" ] || die "give only one of --archive, --source and --clone"
  mode=$1
}

while [ $# -gt 0 ]; do
  case $1 in
  --prefix) need_value "$@"; prefix=$2; shift ;;
  --archive) need_value "$@"; choose_mode archive; archive=$2; shift ;;
  --source) need_value "$@"; choose_mode source; source_dir=$2; shift ;;
  --clone) choose_mode clone ;;
  --audio-only) audio_only=yes ;;
  --work) need_value "$@"; work=$2; shift ;;
  --jobs) need_value "$@"; jobs=$2; shift ;;
  --log) need_value "$@"; log=$2; shift ;;
  --modules-conf) need_value "$@"; modules_conf=$2; shift ;;
  --no-packages) packages='' ;;
  --print-packages) grep -v '^#' "$here/runtime-packages.txt"; exit 0 ;;
  -h | --help) usage; exit 0 ;;
  *) usage >&2; die "unknown option: $1" ;;
  esac
  shift
done
[ -n "$mode" ] || { usage >&2; die "give one of --archive FILE, --source DIR and --clone"; }
case $prefix in /*) ;; *) die "--prefix must be an absolute path: $prefix" ;; esac
prefix=${prefix%/}
[ -f "$modules_conf" ] || die "no modules.conf.xml at $modules_conf (give --modules-conf)"

started=$(date +%s)
step() { echo "==> [+$(($(date +%s) - started))s] $*" | tee -a "$log"; }
run() {
  echo "\$ $*" >>"$log"
  "$@" >>"$log" 2>&1 || {
    echo "install-freeswitch: failed: $* (last lines of $log below)" >&2
    tail -n 30 "$log" >&2
    exit 1
  }
}

# The modules modules.conf.xml loads (commented-out lines left out), then the extra ones.
wanted_modules() {
  perl -0ne 's/<!--.*?-->//gs; print "$1\n" while /<load\s+module="([^"]+)"/g' "$modules_conf"
  printf '%s\n' "${extra_modules[@]}"
}

# Installs those of the Debian packages listed in the files $@ (beside this script) that are missing;
# without root it names them and stops.
install_packages() {
  local wanted=() missing=() installed list
  for list in "$@"; do mapfile -t -O ${#wanted[@]} wanted < <(grep -v '^#' "$here/$list"); done
  # dpkg-query fails when any of them is unknown here
  installed=$({ dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true; } | awk '/ ok installed$/ { print $1 }')
  mapfile -t missing < <(printf '%s\n' "${wanted[@]}" | grep -vxF -f <(echo "$installed"))
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    die "these Debian packages are missing: ${missing[*]}"$'\n'"install them as root (apt-get install ${missing[*]}), or run this script as root"
  fi
  step "apt-get install ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  run apt-get update -qq
  run apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# A prefix is ours to replace when it is missing, empty, or holds a FreeSWITCH.
check_prefix() {
  if [ -d "$prefix" ] && [ -n "$(ls -A "$prefix")" ] && [ ! -x "$prefix/bin/freeswitch" ]; then
    die "$prefix holds files but no bin/freeswitch: give a folder of its own as --prefix"
  fi
}

# Checks a FreeSWITCH installed at $1: it starts with its libraries found, and has every module wanted.
verify_installation() {
  local dir=$1 module missing=() unresolved version
  step "checking $dir"
  if [ ! -x "$dir/bin/freeswitch" ] || [ ! -x "$dir/bin/fs_cli" ]; then die "$dir has no bin/freeswitch and bin/fs_cli"; fi
  while read -r module; do
    [ -f "$dir/lib/freeswitch/mod/$module.so" ] || missing+=("$module")
  done < <(wanted_modules)
  [ ${#missing[@]} -eq 0 ] || die "$dir lacks the modules ${missing[*]}"
  unresolved=$(find "$dir/bin" "$dir/lib" -type f \( -path '*/bin/*' -o -name '*.so*' \) -print0 |
    LD_LIBRARY_PATH=$dir/lib xargs -0 -r ldd 2>/dev/null | grep 'not found' | sort -u || true)
  [ -z "$unresolved" ] || die "libraries not found (runtime packages missing?):"$'\n'"$unresolved"
  version=$(LD_LIBRARY_PATH=$dir/lib "$dir/bin/freeswitch" -version 2>&1) || true
  echo "$version" >>"$log"
  case $version in *'FreeSWITCH version'*) ;; *) die "$dir/bin/freeswitch -version does not answer: $version" ;; esac
}

write_build_info() {
  mkdir -p "$prefix/share/fscon"
  {
    echo "installed $(date -u +%FT%TZ) by install-freeswitch.sh --$mode"
    case $mode in
    archive) echo "archive $(realpath "$archive") sha256 $(sha256sum <"$archive" | cut -d' ' -f1)" ;;
    *) for tree in freeswitch sofia-sip spandsp; do echo "$tree $(git -C "$1/$tree" rev-parse HEAD 2>/dev/null || echo unknown)"; done
       if [ -n "$audio_only" ]; then echo 'video no (--audio-only)'; else echo 'video yes (libvpx, libyuv)'; fi ;;
    esac
    echo "modules $(find "$prefix/lib/freeswitch/mod" -name 'mod_*.so' -printf '%f\n' | sed 's/\.so$//' | sort | tr '\n' ' ')"
  } >"$prefix/share/fscon/freeswitch-build.txt"
}

install_archive() {
  [ -f "$archive" ] || die "no archive at $archive"
  check_prefix
  local stage old
  mkdir -p "$(dirname "$prefix")"
  stage=$(mktemp -d "$prefix.new.XXXXXX")
  trap 'rm -rf "$stage"' EXIT
  step "unpacking $archive"
  run tar -xf "$archive" -C "$stage"
  chmod 755 "$stage"
  verify_installation "$stage"
  step "putting it in place at $prefix"
  old=''
  if [ -e "$prefix" ]; then
    old=$(mktemp -d "$prefix.old.XXXXXX")
    mv -T "$prefix" "$old"
  fi
  mv -T "$stage" "$prefix"
  trap - EXIT
  [ -z "$old" ] || rm -rf "$old"
}

# Fetches one pinned commit into $work/$1 (only the commit itself, no history).
clone_tree() {
  local name=$1 url=$2 commit=$3 dir=$work/$1 fetch=(fetch -q --depth 1)
  if [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" = "$commit" ]; then
    step "$name: $dir is at ${commit:0:10} already"
    return
  fi
  step "$name: fetching ${commit:0:10} from $url"
  rm -rf "$dir"
  run git init -q "$dir"
  run git -C "$dir" remote add origin "$url"
  if [ "$name" = freeswitch ]; then
    # a video test asset of the (unbuilt) mod_fsv: 100 MB nobody needs, and absent from some mirrors
    run git -C "$dir" sparse-checkout set --no-cone '/*' '!/src/mod/applications/mod_fsv/freeswitch-4k.yuv'
    fetch+=(--filter=blob:none)
    # a local repository serves a filtered fetch only when told to
    case $url in /* | file://*) fetch+=(--upload-pack 'git -c uploadpack.allowFilter=true upload-pack') ;; esac
  fi
  run git -C "$dir" "${fetch[@]}" origin "$commit"
  run git -C "$dir" -c advice.detachedHead=false checkout -q FETCH_HEAD
}

check_tree() {
  local dir=$1/$2 commit=$3 at
  [ -f "$dir/configure.ac" ] || die "no source tree at $dir"
  at=$(git -C "$dir" rev-parse HEAD 2>/dev/null || echo 'not a git tree')
  [ "$at" = "$commit" ] || echo "install-freeswitch: warning: $dir is at $at, not the pinned $commit" | tee -a "$log" >&2
}

# Bootstraps and configures the tree in the current folder, unless it was configured with the same
# arguments (and modules.conf) before: then make rebuilds only what changed.
#   configure_tree NAME BOOTSTRAP_FLAG CONFIGURE_ARGS...
configure_tree() {
  local name=$1 flag=$2 stamp=.fscon-configured wanted
  shift 2
  wanted="$* $([ ! -f modules.conf ] || tr '\n' ' ' <modules.conf)"
  if [ -f Makefile ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
    step "$name: configured already"
    return
  fi
  rm -f "$stamp"
  step "$name: bootstrap"
  run ./bootstrap.sh ${flag:+"$flag"}
  step "$name: configure"
  run ./configure "$@"
  echo "$wanted" >"$stamp"
}

build_library() {
  local name=$1 dir=$2/$1
  cd "$dir"
  configure_tree "$name" '' --prefix="$prefix"
  step "$name: make -j$jobs"
  run make -j"$jobs"
  step "$name: make install"
  run make install
}

# modules.conf of the FreeSWITCH tree: the category folder of every wanted module.
freeswitch_modules_conf() {
  local module found
  while read -r module; do
    found=$(cd src/mod && compgen -G "*/$module") || die "no $module in $(pwd)/src/mod"
    echo "$found"
  done < <(wanted_modules)
}

build_freeswitch() {
  local dir=$1/freeswitch video=()
  [ -z "$audio_only" ] || video=(--disable-libvpx --disable-libyuv)
  cd "$dir"
  # see sources.env: the version check asks for sofia-sip and spandsp releases that do not exist yet
  sed -i -e 's/\[spandsp >= 3\.1\.1\]/[spandsp >= 3.0]/' \
    -e 's/\[sofia-sip-ua >= 1\.13\.18\]/[sofia-sip-ua >= 1.13.17]/' configure.ac
  freeswitch_modules_conf >modules.conf.new
  if cmp -s modules.conf.new modules.conf; then rm modules.conf.new; else mv modules.conf.new modules.conf; fi
  step "freeswitch: $(wc -l <modules.conf) modules, ${audio_only:+audio only}${audio_only:-with video (libvpx, libyuv)}"
  configure_tree freeswitch -j --prefix="$prefix" "${video[@]}" LDFLAGS="-Wl,-rpath,$prefix/lib"
  step "freeswitch: make -j$jobs (the long part)"
  run make -j"$jobs"
  step "freeswitch: make install"
  run make install
}

install_from_source() {
  local src=$1
  check_tree "$src" sofia-sip "$SOFIA_SIP_COMMIT"
  check_tree "$src" spandsp "$SPANDSP_COMMIT"
  check_tree "$src" freeswitch "$FREESWITCH_COMMIT"
  check_prefix
  export PKG_CONFIG_PATH=$prefix/lib/pkgconfig LD_LIBRARY_PATH=$prefix/lib
  build_library sofia-sip "$src"
  build_library spandsp "$src"
  build_freeswitch "$src"
  verify_installation "$prefix"
}

mkdir -p "$(dirname "$log")"
: >"$log"
echo "install-freeswitch: --$mode into $prefix; the full log is $log"
if [ -n "$packages" ]; then
  case $mode in
  archive) install_packages archive-packages.txt runtime-packages.txt ;;
  *) install_packages build-packages.txt runtime-packages.txt ;;
  esac
fi
case $mode in
archive)
  install_archive
  write_build_info
  ;;
source)
  source_dir=$(realpath "$source_dir")
  install_from_source "$source_dir"
  write_build_info "$source_dir"
  ;;
clone)
  mkdir -p "$work"
  clone_tree sofia-sip "$SOFIA_SIP_GIT_URL" "$SOFIA_SIP_COMMIT"
  clone_tree spandsp "$SPANDSP_GIT_URL" "$SPANDSP_COMMIT"
  clone_tree freeswitch "$FREESWITCH_GIT_URL" "$FREESWITCH_COMMIT"
  install_from_source "$work"
  write_build_info "$work"
  ;;
esac
step "done: $(LD_LIBRARY_PATH=$prefix/lib "$prefix/bin/freeswitch" -version | head -n 1)"
echo "Run it with LD_LIBRARY_PATH=$prefix/lib $prefix/bin/freeswitch -base $prefix -mod $prefix/lib/freeswitch/mod ..."
