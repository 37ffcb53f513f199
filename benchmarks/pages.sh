#!/usr/bin/env bash
# The reader pages' speed (Release build, Production): for each data set, starts the web app, warms
# it, then measures home, an article, a profile and the indexes with ../shared/tools/page-ratio
# (requests/s at 32 connections beside bare Kestrel serving the same bytes from memory, one run)
# and wrk's latency distribution (p50, p99).
# Usage: benchmarks/pages.sh [seeds|COUNT]...     (default: seeds 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(seeds 100000)
dotnet build -c Release src/CrimeArchive.Web >/dev/null
dotnet build -c Release benchmarks/CrimeArchive.Benchmarks >/dev/null
bench=$root/benchmarks/CrimeArchive.Benchmarks/bin/Release/net10.0/CrimeArchive.Benchmarks.dll
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
base=http://127.0.0.1:$port
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT

start_app() { # $1: connection string ("" = the private cluster with the seeds), $2: index folder
  (cd src/CrimeArchive.Web && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Archive="$1" \
    Database__MigrateOnStartup=true Search__IndexPath="$2" \
    exec dotnet bin/Release/net10.0/CrimeArchive.Web.dll --urls "$base" >"$2.log" 2>&1) &
  pids+=($!)
  # Ready once the database answers and the search index is built or opened: building it takes
  # both cores for a while, which would otherwise be measured as the pages' cost.
  for _ in $(seq 1 900); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && grep -qE "Search index (built|opened)" "$2.log" && return 0
    sleep 1
  done
  echo "the app did not start; see $2.log"; exit 1
}

first_link() { curl -fs "$base$1" | grep -o "href=\"$2[^\"?#]*\"" | head -1 | sed 's/href="//; s/"$//'; }

for set in "${sets[@]}"; do
  mkdir -p benchmarks/.data
  if [ "$set" = seeds ]; then
    start_app "" "$root/benchmarks/.data/pages-index-seeds"
  else
    fifo=$(mktemp -u); mkfifo "$fifo"
    dotnet "$bench" serve-corpus "$set" >"$fifo" &
    pids+=($!)
    read -r line <"$fifo"; rm -f "$fifo"
    start_app "${line#CONNECTION }" "$root/benchmarks/.data/pages-index-$set"
  fi
  article=$(first_link / /articles/)
  group=$(first_link "$article" /groups/)
  paths=(/ "$article" "$group" /groups /articles)
  echo "== $set: ${paths[*]}"
  # Built from the database: an unused query value misses the page cache every time (median of 21).
  for p in "${paths[@]}"; do
    sep='?'; [[ "$p" == *"?"* ]] && sep='&'
    for i in $(seq 1 21); do curl -fs -o /dev/null -w '%{time_total}\n' "$base$p${sep}uncached=$i$RANDOM"; done \
      | sort -n | awk -v p="$p" '{t[NR]=$1} END {printf "%s uncached median %.1f ms\n", p, t[int((NR+1)/2)]*1000}'
  done
  # Warm: every page once more, then each under load for a few seconds (JIT tiers, pools).
  for p in "${paths[@]}"; do curl -fs "$base$p" >/dev/null; wrk -t2 -c32 -d3s "$base$p" >/dev/null 2>&1; done
  BASE=$base MIN_RATIO=${MIN_RATIO:-0.5} "$shared/tools/page-ratio" "${paths[@]}" || true
  for p in "${paths[@]}"; do
    wrk -t2 -c32 -d5s --latency "$base$p" | awk -v p="$p" '/ 50%/ {p50=$2} / 99%/ {p99=$2} END {print p " latency p50 " p50 " p99 " p99}'
  done
  cleanup
done
