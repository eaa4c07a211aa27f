#!/usr/bin/env bash
# Field accuracy of case intake (issue 18): held-out published decisions and the demo's loose files.
# Usage: bench/intake-accuracy.sh   (-Dverbose=true in JAVA_OPTS prints every field)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/jrw.jar ] || mvn -q -o -DskipTests package
java ${JAVA_OPTS:-} -Djava.util.logging.config.file=/dev/null -cp target/jrw.jar bench/IntakeAccuracyBench.java bench/intake-heldout
