#!/usr/bin/env bash
# Law library load time and legality-check latency (issue 4). Usage: bench/law-check-benchmark.sh [ROUNDS=500]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/jrw.jar ] || mvn -q -o -DskipTests package
java -cp target/jrw.jar bench/LawCheckBench.java "${1:-500}"
# the same from the command line, JVM start included
WS=$(mktemp -d)
trap 'rm -rf "$WS"' EXIT
java -jar target/jrw.jar --workspace "$WS" case import resources/demo/demo.jrcase >/dev/null
/usr/bin/time -f "cli check (JVM start included): %e s" java -jar target/jrw.jar --workspace "$WS" check '西应急罚〔2024〕37号' >/dev/null
/usr/bin/time -f "cli law cite (JVM start included): %e s" java -jar target/jrw.jar law cite '《安全生产法》第九十七条第七项' >/dev/null
