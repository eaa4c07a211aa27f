#!/usr/bin/env bash
# Check latency with every rule layer, and law/rule import of 500 articles/rows (issue 19).
# Usage: bench/rules-benchmark.sh [ROUNDS=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/jrw.jar ] || mvn -q -o -DskipTests package
java -cp target/jrw.jar bench/RulesBench.java "${1:-1000}"
