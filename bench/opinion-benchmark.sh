#!/usr/bin/env bash
# Render + three signatures of the joint review opinion (goal <= 1 s). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
if [[ -n "${JRW_CP:-}" ]]; then
  CP="$JRW_CP"
else
  [[ -f target/jrw.jar ]] || mvn -q -DskipTests package
  CP=target/jrw.jar
fi
# source-file mode: the benchmark is compiled on the fly against the program's classes
exec java -Xss4m -cp "$CP" bench/opinion/OpinionBench.java "$ROUNDS" 2> >(grep -v -E "^(SLF4J|WARNING|INFO)|Slf4jLog" >&2)
