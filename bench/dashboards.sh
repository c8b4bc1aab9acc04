#!/usr/bin/env bash
# p50/p95 of the three trainer dashboards, as a browser asks for them (HTML rendered, gzip on), on a platform
# filled by bench/dashboard-data.sh: the matrix of a 30-learner workshop and of all the trainer's workshops
# (60 learners, first page of 20), "où bloquent-ils ?" for the workshop and all of them, one learner's timeline.
# Usage: bash bench/dashboards.sh [BASE_URL] [DATABASE] [REQUESTS]   (requests per page, after 10 warm-up ones)
# Each line gives curl's time_total (the whole request, HTML rendered) and time_starttransfer (until the first byte),
# the 1-minute load average when the page's run ended, and with SERVER_PID=<pid of the server's java> the server's
# CPU time per request (user + system, from /proc): steadier than the wall-clock time on a shared machine.
# Target (issue 10): p95 < 200 ms each with 100,000 learners, 500 organisations, 5 million events on MariaDB.
set -euo pipefail
base=${1:-http://localhost:8080/}
db=${2:-pasapas_bench}
n=${3:-100}
org=$(mysql -uroot -N "$db" -e "SELECT organisation_id FROM account WHERE username LIKE 'bt%' ORDER BY id LIMIT 1 OFFSET 250")
workshop=$(mysql -uroot -N "$db" -e "SELECT id FROM workshop_group WHERE organisation_id = $org AND name = 'Atelier 1'")
learner=$(mysql -uroot -N "$db" -e "SELECT a.id FROM account a JOIN step_answer s ON s.learner_id = a.id WHERE a.organisation_id = $org LIMIT 1")
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
login=$(curl -s -b "$jar" -c "$jar" "${base}login.xhtml?staff=true")
state=$(grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' <<<"$login" | sed -E 's/.*value="([^"]+)"/\1/' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "username=bt$org" \
  --data-urlencode "secret=Formateur-Demo-2026" --data-urlencode "staff=true" --data-urlencode "submit=x" \
  --data-urlencode "jakarta.faces.ViewState=$state" "${base}login.xhtml"
echo "organisation $org, workshop $workshop, learner $learner, $n requests per page"
clock=$(getconf CLK_TCK)
cpu() { if [ -n "${SERVER_PID:-}" ]; then awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; else echo 0; fi; }
measure() {   # $1 label, $2 path
  local code before after times load cpu_ms=""
  code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "${base}$2")
  [ "$code" = 200 ] || { echo "$1: HTTP $code for $2" >&2; exit 1; }
  for _ in $(seq 10); do curl -s -b "$jar" -o /dev/null "${base}$2"; done
  before=$(cpu)
  times=$(for _ in $(seq "$n"); do
    curl -s -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{time_total} %{time_starttransfer}\n' "${base}$2"; done)
  after=$(cpu)
  load=$(cut -d' ' -f1 /proc/loadavg)
  [ -n "${SERVER_PID:-}" ] && cpu_ms=$(awk -v d=$((after - before)) -v hz="$clock" -v n="$n" 'BEGIN { printf "   cpu %5.1f ms", d * 1000 / hz / n }')
  paste <(cut -d' ' -f1 <<<"$times" | sort -n) <(cut -d' ' -f2 <<<"$times" | sort -n) \
    | awk -v label="$1" -v la="$load" -v cpu="$cpu_ms" '{ t[NR] = $1 * 1000; f[NR] = $2 * 1000 } END {
        printf "%-44s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   first byte p50 %6.1f p95 %6.1f ms%s   load %s\n",
               label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], f[int(NR * 0.5)], f[int(NR * 0.95)], cpu, la }'
}
measure "matrix, workshop of 30" "trainer/progress.xhtml?workshop=$workshop&size=50"
measure "matrix, trainer's workshops (page 1 of 3)" "trainer/progress.xhtml"
measure "matrix, the same sorted by modules done" "trainer/progress.xhtml?sort=DONE_DESC"
measure "heat map, workshop" "trainer/stuck.xhtml?workshop=$workshop"
measure "heat map, trainer's workshops" "trainer/stuck.xhtml"
measure "timeline of a learner" "trainer/learner.xhtml?id=$learner"
