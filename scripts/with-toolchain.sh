#!/usr/bin/env bash
# Runs a command with this repo's toolchain: Node 24 and pnpm, installed from the npm registry into
# scripts/toolchain/ when the machine lacks them (a fresh machine has only the OS Node 20 and npm).
# Then installs the workspace from the lockfile and runs the given command, e.g.:
#   ./scripts/with-toolchain.sh pnpm test
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
toolchain="$root/scripts/toolchain"

# No tool in this repo may phone home; the closed network here would only slow them down.
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 SCARF_ANALYTICS=false REDOCLY_TELEMETRY=off \
  REDOCLY_SUPPRESS_UPDATE_NOTICE=true npm_config_update_notifier=false npm_config_fund=false \
  npm_config_audit=false

# The OS Node, before PATH changes: the client's tests also run the built package on it (Node 20).
export ATS_SDK_SYSTEM_NODE="${ATS_SDK_SYSTEM_NODE:-$(command -v node || true)}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ] || ! command -v pnpm >/dev/null 2>&1; then
  if [ ! -x "$toolchain/node_modules/.bin/node" ] || [ ! -x "$toolchain/node_modules/.bin/pnpm" ]; then
    echo "› Installing Node 24 and pnpm into scripts/toolchain/ (npm registry only)…" >&2
    (cd "$toolchain" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export PATH="$toolchain/node_modules/.bin:$PATH"
fi

echo "› node $(node -v), pnpm $(pnpm -v)" >&2
(cd "$root" && pnpm install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 3) >&2 || {
  echo "pnpm install failed" >&2; exit 1; }

cd "$root"
exec "$@"
