#!/usr/bin/env bash
# Precedent search speed: synthetic precedents from the real corpus' vocabulary, indexing rate,
# query latency with facets and highlighting, heap. Usage: bench/search-benchmark.sh [N=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Djava.util.logging.config.file=/dev/null org.jrw.bench.SearchBenchmark "$N"
