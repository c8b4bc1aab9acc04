#!/usr/bin/env bash
# Starts a server for bench/verify.sh: a copy of the server that the build provisioned (ear/target/server, made
# by `mvn -B -o verify` or `package`) with the built EAR, its own H2 data (demo mode: the demo certificates are
# there), on a port offset, and the certificate lookup limit RAISED for this server only (the benchmark measures
# the pages, not the limiter; the production defaults stay 30 at once, then 10 a minute per address).
# Usage: bash bench/verify-server.sh [OFFSET]   (prints the server's Java PID; stop it with: kill PID)
set -euo pipefail
cd "$(dirname "$0")/.."
offset=${1:-500}
work=$(mktemp -d /tmp/verify-bench.XXXXXX)
cp -r ear/target/server "$work/server"
rm -f "$work/server/standalone/deployments/"*
cp ear/target/pasapas.ear "$work/server/standalone/deployments/"
PASAPAS_VERIFY_BURST=1000000000 PASAPAS_VERIFY_PER_MINUTE=1000000000 \
  nohup "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
  -Dpasapas.data.dir="$work/data" -Dpasapas.content.dir="$PWD/content" >"$work/server.log" 2>&1 &
shell=$!
until grep -q 'WFLYSRV0025\|WFLYSRV0026' "$work/server.log"; do sleep 0.5; done
grep -o 'WFLYSRV002[56].*started in [0-9]*ms' "$work/server.log" | head -1
pgrep -P "$shell" -x java >"$work/pid"
echo "server (Java PID $(cat "$work/pid")) in $work, http://localhost:$((8080 + offset))/"
