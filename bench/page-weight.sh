#!/usr/bin/env bash
# Page weight of a learner step, as a tablet on a slow connection downloads it (gzip on).
# Usage: bash bench/page-weight.sh [BASE_URL] [USERNAME] [PIN]   (a running platform, demo data)
# First visit: the step page with its stylesheet, script and images. Next step: the next page and its
# images only (stylesheet and script are Faces resources with a versioned address, kept a year).
# Results go in docs/benchmarks.md. Targets (issue 4): first visit <= 120 KB, next step <= 15 KB.
set -euo pipefail
base=${1:-http://localhost:8080/}
user=${2:-apprenant3}
pin=${3:-3333}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
get() { curl -s -b "$jar" -c "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$1"; }
body() { curl -s -b "$jar" -c "$jar" --compressed "$1"; }

login=$(body "${base}login.xhtml")
state=$(grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' <<<"$login" | sed -E 's/.*value="([^"]+)"/\1/' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "username=$user" \
  --data-urlencode "secret=$pin" --data-urlencode "staff=false" --data-urlencode "submit=x" \
  --data-urlencode "jakarta.faces.ViewState=$state" "${base}login.xhtml"

module=${MODULE:-ecran-tactile}
steps=$(curl -s "${base}api/catalogue" | grep -oE "\"id\":\"$module\"[^}]*\"steps\":[0-9]+" | grep -oE '[0-9]+$')
total=0
measure_page() {   # $1 url, $2 = include static (1) or not (0); prints bytes
  local url=$1 with_static=$2 html bytes sum
  html=$(body "$url")
  sum=$(get "$url")
  while read -r res; do
    [ -z "$res" ] && continue
    case "$res" in
      */jakarta.faces.resource/*) [ "$with_static" = 1 ] || continue ;;
    esac
    bytes=$(get "${base%/}$res"); sum=$((sum + bytes))
  done < <(grep -oE '(src|href)="/(media|jakarta.faces.resource)/[^"]+"' <<<"$html" | sed -E 's/^(src|href)="//; s/"$//; s/&amp;/\&/g' | sort -u)
  echo "$sum"
}
first_step=$(body "${base}learner/step.xhtml?module=$module" | grep -oE 'data-step="[^"]+"' | head -1 | cut -d'"' -f2)
first=$(measure_page "${base}learner/step.xhtml?module=$module&step=$first_step" 1)
echo "first visit (step $first_step, HTML + CSS + JS + images): $first bytes ($((first / 1024)) KB)"
max_next=0
i=0
for step in $(grep -oE '^  - id: [a-z0-9-]+' "content/"*/"$module.module.yaml" | awk '{print $3}'); do
  i=$((i + 1)); [ "$i" = 1 ] && continue
  next=$(measure_page "${base}learner/step.xhtml?module=$module&step=$step" 0)
  [ "$next" -gt "$max_next" ] && max_next=$next
  echo "next step $i/$steps ($step, HTML + new images): $next bytes"
done
echo "largest next step: $max_next bytes ($((max_next / 1024)) KB)"
