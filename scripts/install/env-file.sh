#!/usr/bin/env bash
# Writes the connector's environment file: a new file gets every KEY=VALUE given; an existing one keeps
# every line it has (values, comments, variables of its own) and only gets the keys it lacks, appended.
#   env-file.sh FILE KEY=VALUE...
# Prints one line per key: "wrote KEY" (new file), "kept KEY" or "added KEY".
set -euo pipefail

[ $# -ge 1 ] || {
  echo "usage: env-file.sh FILE KEY=VALUE..." >&2
  exit 2
}
file=$1
shift
for pair in "$@"; do
  case $pair in
  [A-Za-z_]*=*) ;;
  *)
    echo "env-file: not KEY=VALUE: $pair" >&2
    exit 2
    ;;
  esac
done

if [ ! -e "$file" ]; then
  mkdir -p "$(dirname "$file")"
  {
    echo '# Settings of the fscon connector (README, Configuration), read by fscon.service.'
    echo '# scripts/install.sh wrote this file; later runs keep every line and add only missing variables.'
    printf '%s\n' "$@"
  } >"$file.tmp"
  chmod 640 "$file.tmp"
  mv "$file.tmp" "$file"
  for pair in "$@"; do echo "wrote ${pair%%=*}"; done
  exit 0
fi

added=()
for pair in "$@"; do
  key=${pair%%=*}
  if grep -q "^[[:space:]]*\(export[[:space:]]\+\)\?$key=" "$file"; then
    echo "kept $key"
  else
    added+=("$pair")
    echo "added $key"
  fi
done
if [ ${#added[@]} -gt 0 ]; then
  [ -z "$(tail -c 1 "$file")" ] || echo >>"$file"
  {
    echo "# added by scripts/install.sh $(date -u +%F)"
    printf '%s\n' "${added[@]}"
  } >>"$file"
fi
