#!/usr/bin/env bash
# One learner, 20 connections on ONE session for 20 s: two tabs, double taps, a tablet that resends.
# Opens steps and answers them (every third answer is sent twice with the same form), then reports the
# responses by status, the errors (4xx, 5xx, failed requests: the target is 0) and the server log's growth.
# Usage: bash bench/same-learner.sh [BASE_URL] [USERNAME] [PIN] [CONNECTIONS] [SECONDS] [MODULE] [SERVER_LOG]
# A running platform with demo data (README start command; for MariaDB, the README's MariaDB section).
# Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080/}
user=${2:-apprenant3}
pin=${3:-3333}
connections=${4:-20}
seconds=${5:-20}
module=${6:-ecran-tactile}
log=${7:-$(ls -t ear/target/server*/standalone/log/server.log 2>/dev/null | head -1)}
before=$(stat -c %s "$log" 2>/dev/null || echo 0)
status=0
java bench/SameLearner.java "$base" "$user" "$pin" "$connections" "$seconds" "$module" || status=$?
after=$(stat -c %s "$log" 2>/dev/null || echo 0)
echo "server log: $log grew by $((after - before)) bytes"
exit $status
