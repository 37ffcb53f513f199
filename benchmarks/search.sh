#!/usr/bin/env bash
# The search benchmark (Release build): builds the imported corpus once (reused afterwards, under
# benchmarks/.data), then times the query mix on it. Usage: benchmarks/search.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
dotnet build -c Release benchmarks/CrimeArchive.Benchmarks >/dev/null
bench=benchmarks/CrimeArchive.Benchmarks/bin/Release/net10.0/CrimeArchive.Benchmarks.dll
echo "== corpus ($count texts)"
dotnet "$bench" searchdb "$count"
echo "== Lucene.NET (the archive's search)"
# The benchmark binary turns dynamic PGO off for short imports; the web process keeps the runtime's
# default (on), and this part measures what the web process runs.
DOTNET_TieredPGO=1 /usr/bin/time -v dotnet "$bench" search-lucene "$count" 2> >(grep -E "Maximum resident|Elapsed" >&2)
echo "== naive PostgreSQL full text"
# NAIVE_PASSES: timed passes of the naive mix (default 3; a pass over 100,000 texts takes minutes)
dotnet "$bench" search-naive "$count" "${NAIVE_PASSES:-3}"
