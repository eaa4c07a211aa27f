#!/usr/bin/env bash
# Field accuracy of case intake (issue 18): held-out published decisions and the demo's loose files.
# Usage: bench/intake-accuracy.sh [SET…]   (default: every held-out set: intake-heldout, round3, round4)
# -Dverbose=true in JAVA_OPTS prints every field.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/jrw.jar ] || mvn -q -o -DskipTests package
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(bench/intake-heldout bench/intake-heldout/round3 bench/intake-heldout/round4)
for s in "${sets[@]}"; do
  java ${JAVA_OPTS:-} -Djava.util.logging.config.file=/dev/null -cp target/jrw.jar bench/IntakeAccuracyBench.java "$s"
done
