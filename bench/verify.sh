#!/usr/bin/env bash
# Throughput and latency of certificate verification (issue 11): GET /verify/{code} (the HTML page, as a phone
# that scanned the QR code asks for it) and GET /api/certificates/{code} (the JSON), for a valid certificate of
# the demo data, with wrk over loopback. Target: >= 2,000 requests/s with p99 < 50 ms for each.
# The lookup limit must not be what is measured: run it against a server whose limit is raised
# (bench/verify-server.sh does that); against production defaults, wrk would get 429s after 30 requests, and
# this script stops if it sees any non-2xx answer.
# Usage: bash bench/verify.sh [BASE_URL] [SECONDS] [CONNECTIONS]
set -euo pipefail
base=${1:-http://localhost:8580/}
seconds=${2:-20}
connections=${3:-32}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
login=$(curl -s -b "$jar" -c "$jar" "${base}login.xhtml")
state=$(grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' <<<"$login" | sed -E 's/.*value="([^"]+)"/\1/' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "username=apprenant9" \
  --data-urlencode "secret=9999" --data-urlencode "staff=false" --data-urlencode "submit=x" \
  --data-urlencode "jakarta.faces.ViewState=$state" "${base}login.xhtml"
code=$(curl -s -L -b "$jar" "${base}learner/modules.xhtml" | grep -oE 'learner/certificate/[A-Z0-9-]{14}\.pdf' | head -1 \
  | sed -E 's|learner/certificate/(.*)\.pdf|\1|')
[ -n "$code" ] || { echo "no demo certificate found (is the platform in demo mode?)" >&2; exit 1; }
echo "certificate $code, ${seconds}s per run, $connections connections, 2 threads, $(nproc) cores"
run() {   # $1 label, $2 path, $3 expected HTTP status, then extra -H options for curl and wrk
  local label=$1 path=$2 expect=$3 status out
  shift 3
  status=$(curl -s -o /dev/null -w '%{http_code}' "$@" "${base}$path")
  [ "$status" = "$expect" ] || { echo "$label: HTTP $status for $path, expected $expect" >&2; exit 1; }
  wrk -t2 -c"$connections" -d5s "$@" "${base}$path" >/dev/null   # warm-up
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "${base}$path")
  if [ "$expect" = 200 ] && grep -q 'Non-2xx' <<<"$out"; then
    echo "$label: non-2xx answers (is the limit raised?)" >&2; grep 'Non-2xx' <<<"$out" >&2; exit 1
  fi
  printf '%-36s %10s req/s   p50 %8s   p99 %8s\n' "$label" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}
# references measured in the same conditions, to judge the figures on a loaded machine
run "reference: static file (favicon.ico)" "favicon.ico" 200
run "reference: login page (plain JSF)" "login.xhtml" 200
run "page /verify/{code}" "verify/$code" 200
run "page /verify/{code}, gzip" "verify/$code" 200 -H "Accept-Encoding: gzip"
run "JSON /api/certificates/{code}" "api/certificates/$code" 200
run "page, unknown code (404)" "verify/ABCD-EFGH-JKMN" 404
run "JSON, unknown code (404)" "api/certificates/ABCD-EFGH-JKMN" 404
