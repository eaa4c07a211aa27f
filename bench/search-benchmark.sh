#!/usr/bin/env bash
# Precedent search speed: synthetic precedents from the real corpus' vocabulary, indexing rate,
# query CPU time and latency with facets and highlighting, heap. Usage:
#   bash bench/search-benchmark.sh [N=100000]
# Works on a fresh machine: Maven runs offline when everything it needs is cached and online
# otherwise; the dependency plugin is named with its version, so nothing is resolved from
# metadata. Any failing step stops the script with a message and a non-zero exit code.
set -Eeuo pipefail
trap 'echo "search-benchmark: FAILED (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
N="${1:-100000}"
HEAP="${BENCH_HEAP:-256m}"
command -v mvn >/dev/null || { echo "search-benchmark: mvn not found on PATH" >&2; exit 2; }
command -v java >/dev/null || { echo "search-benchmark: java not found on PATH" >&2; exit 2; }
mkdir -p target
CP_FILE=target/bench-classpath.txt
build() {
  mvn -B -ntp -q "$@" test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
}
echo "search-benchmark: compiling (Maven offline first) ..."
if ! build -o; then
  echo "search-benchmark: offline build failed (a plugin or dependency is not cached); trying online ..." >&2
  build
fi
[ -s "$CP_FILE" ] || { echo "search-benchmark: no class path written to $CP_FILE" >&2; exit 1; }
# run from a copy of the compiled classes: a build in the same folder during the run cannot break it
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/jrw-search-bench-classes.XXXXXX")"
trap 'rm -rf "$RUN_DIR"' EXIT
cp -r target/classes "$RUN_DIR/classes"
cp -r target/test-classes "$RUN_DIR/test-classes"
echo "search-benchmark: running with N=$N, -Xmx$HEAP"
java -Xmx"$HEAP" -cp "$RUN_DIR/test-classes:$RUN_DIR/classes:$(cat "$CP_FILE")" \
  -Djava.util.logging.config.file=/dev/null org.jrw.bench.SearchBenchmark "$N"
echo "search-benchmark: done"
