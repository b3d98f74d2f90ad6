#!/usr/bin/env bash
# Runs a command with this repo's toolchain: Node 24 and pnpm, installed from the npm registry into
# scripts/toolchain/ when the machine lacks them (a fresh machine may have only an older Node and npm).
# Installs the workspace from the lockfile when the lockfile changed since the last install, then
# runs the command in the caller's directory, e.g.:
#   ./scripts/with-toolchain.sh pnpm test
#   cd packages/client && ../../scripts/with-toolchain.sh pnpm pack
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
toolchain="$root/scripts/toolchain"

# No tool in this repo may phone home; the closed network here would only slow them down.
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 SCARF_ANALYTICS=false REDOCLY_TELEMETRY=off \
  REDOCLY_SUPPRESS_UPDATE_NOTICE=true npm_config_update_notifier=false npm_config_fund=false \
  npm_config_audit=false

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ] || ! command -v pnpm >/dev/null 2>&1; then
  if [ ! -x "$toolchain/node_modules/.bin/node" ] || [ ! -x "$toolchain/node_modules/.bin/pnpm" ]; then
    echo "› Installing Node 24 and pnpm into scripts/toolchain/ (npm registry only)…" >&2
    (cd "$toolchain" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
  export PATH="$toolchain/node_modules/.bin:$PATH"
fi

echo "› node $(node -v), pnpm $(pnpm -v)" >&2

# The workspace install runs only when pnpm-lock.yaml differs from the one last installed here (or
# node_modules is gone). Its output is shown in full: a progress bar on a terminal, plain lines in a
# log, so a slow or failing install (a proxy, a certificate) says so instead of looking like a hang.
stamp="$root/node_modules/.with-toolchain-lock"
lock_sum="$(cksum < "$root/pnpm-lock.yaml")"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_sum" ]; then
  echo "› pnpm install --frozen-lockfile (the lockfile changed since the last install)" >&2
  reporter=--reporter=append-only
  [ -t 2 ] && reporter=--reporter=default
  if ! (cd "$root" && pnpm install --frozen-lockfile "$reporter") >&2; then
    echo "pnpm install failed: see its output above." >&2
    exit 1
  fi
  mkdir -p "$root/node_modules" && printf '%s\n' "$lock_sum" > "$stamp"
fi

exec "$@"
