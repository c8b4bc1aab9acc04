#!/usr/bin/env bash
# Open Badges credentials built and signed per second (JSON-P + ES256 with the JDK), no server needed.
# Usage: bash bench/open-badges.sh [CREDENTIALS] [THREADS]   (after: mvn -B -o -q -pl ejb -am compile)
# Results go in docs/benchmarks.md ("Open Badges credentials").
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(mktemp); trap 'rm -f "$cp"' EXIT
mvn -B -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
java -cp "ejb/target/classes:$(cat "$cp")" bench/OpenBadgeSigning.java "${1:-20000}" "${2:-2}"
