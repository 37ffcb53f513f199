#!/usr/bin/env bash
# Runs the throughput benchmarks on a generated corpus (Release build). Usage: benchmarks/run.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-5}
dotnet build -c Release benchmarks/CrimeArchive.Benchmarks >/dev/null
bench=benchmarks/CrimeArchive.Benchmarks/bin/Release/net10.0/CrimeArchive.Benchmarks.dll
echo "== extraction ($count texts, $runs runs)"
dotnet "$bench" extract "$count" "$runs"
echo "== end-to-end import ($count texts, $((runs > 3 ? 3 : runs)) runs, a fresh database each)"
dotnet "$bench" import "$count" "$((runs > 3 ? 3 : runs))"
