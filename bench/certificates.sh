#!/usr/bin/env bash
# Course certificates per second (issue 11): renders COUNT course certificates with one shared renderer on THREADS
# threads, in a plain JVM on the ejb module's built classes (no server). Targets: >= 1,000/s on 2 cores, <= 60 KB each.
# Usage: bash bench/certificates.sh [COUNT] [THREADS]   (build first: mvn -B -o -q -pl ejb -am compile)
# Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=/tmp/pasapas-certificates-cp.txt
mvn -B -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java -Xmx512m -cp "ejb/target/classes:$(cat "$cp")" bench/CourseCertificates.java "${1:-20000}" "${2:-2}"
