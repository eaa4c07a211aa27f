#!/usr/bin/env bash
# Structure-aware fuzzing of the dossier manifest (see ManifestFuzz): the demo dossier's manifest
# is mutated and imported; refusals must be clean (exit 2 with a message), imported cases must go
# through check, evaluate, export, re-import and anonymize without an internal error. Usage:
#   bench/manifest-fuzz.sh [RUNS=300] [SEED] [SECONDS=0] [VERBOSE=false]
# With SECONDS > 0 it runs as many as fit. Result lines are appended to bench/manifest-fuzz-results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-300}
SEED=${2:-$RANDOM}
SECS=${3:-0}
VERBOSE=${4:-false}
mvn -o -q test -Dtest=ManifestFuzz -Djrw.fuzz.runs="$RUNS" -Djrw.fuzz.seed="$SEED" -Djrw.fuzz.seconds="$SECS" \
  -Djrw.fuzz.verbose="$VERBOSE" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -aE "manifest fuzz:|^  " | tee /dev/stderr | grep -a "manifest fuzz:" \
  | sed "s/^/$(date -u +%Y-%m-%d) /" >> bench/manifest-fuzz-results.txt
