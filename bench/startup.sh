#!/usr/bin/env bash
# Start time and memory of the platform, as the README starts it (embedded H2, demo mode).
# Usage: bash bench/startup.sh   (after `mvn -B -q install -DskipTests`; stops any server on :8080 first)
# Prints, for a cold start (empty ./data, demo data seeded) and a warm start (data kept):
# the time from the command to "Deployed", the server's own boot time, and the server's resident memory
# after 20 page views. Results go in docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
pkill -f jboss-modules.jar 2>/dev/null && sleep 3 || true
data=$(mktemp -d)
for run in cold warm; do
  log=$(mktemp)
  start=$(date +%s.%N)
  PASAPAS_DATA_DIR="$data" mvn -B -pl ear wildfly:run >"$log" 2>&1 &
  until grep -q 'Deployed "pasapas.ear"\|BUILD FAILURE' "$log"; do sleep 0.1; done
  end=$(date +%s.%N)
  pid=$(pgrep -f jboss-modules.jar | head -1)
  for _ in $(seq 1 20); do curl -s -o /dev/null http://localhost:8080/login.xhtml; done
  sleep 2
  rss=$(ps -o rss= -p "$pid")
  boot=$(grep -oE 'started in [0-9]+ms' "$log" | head -1)
  printf '%-5s command->deployed %5.1f s | server %s | RSS %d MiB\n' "$run" "$(echo "$end - $start" | bc)" "$boot" $((rss / 1024))
  kill "$pid"; wait 2>/dev/null || true; sleep 3
  rm -f "$log"
done
rm -rf "$data"
