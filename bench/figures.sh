#!/usr/bin/env bash
# Times the funders' figures statements on a large MariaDB database (500 organisations, 100,000 learners, about
# 5 million progress events): creates and fills the database pasapas_figures_bench the first time (then the
# migration V19 fills the learners' monthly summary from those events, timed).
# Usage: bash bench/figures.sh [JDBC_URL] [USER] [PASSWORD] [compare]    (after `mvn -B -o -q package -DskipTests`)
# "compare" also checks the figures of all organisations against the event-reading SQL (about 70 s more).
# Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:-jdbc:mariadb://127.0.0.1:3306/pasapas_figures_bench}
user=${2:-root}
password=${3:-}
mvn -B -o -q dependency:build-classpath -pl ejb -Dmdep.outputFile=/tmp/figures-cp.txt -Dmdep.includeScope=test
cp="ejb/target/classes:$(cat /tmp/figures-cp.txt):$(ls ear/target/drivers/mariadb-java-client.jar)"
generate=""
if ! mysql -h127.0.0.1 -u"$user" ${password:+-p"$password"} -e "use pasapas_figures_bench" 2>/dev/null; then
  mysql -h127.0.0.1 -u"$user" ${password:+-p"$password"} -e "create database pasapas_figures_bench"
  generate=generate
fi
java -cp "$cp" bench/FiguresBench.java "$url" "$user" "$password" $generate ${4:-}
