#!/usr/bin/env bash
# The preview of a 10,000-line CSV of beneficiaries by a coordinator, timed from the upload to the page that shows
# it (target: < 5 s). Writes nothing to the database. Results go in docs/benchmarks.md.
# Usage: bash bench/import-preview.sh [BASE_URL] [USERNAME] [PASSWORD] [LINES] [REPEATS]
# A running platform with demo data (README start command).
set -euo pipefail
cd "$(dirname "$0")/.."
java bench/ImportPreview.java "${1:-http://localhost:8080/}" "${2:-partenaire}" "${3:-Partenaire-Demo-2026}" \
  "${4:-10000}" "${5:-5}" /tmp/beneficiaires-10000.csv
