#!/usr/bin/env bash
# Every fuzz target in one command (issue 21): the package readers (plain and sealed), the PDF-comment
# and XFDF readers (ExchangeFuzz) and the dossier manifest (ManifestFuzz). Each target fails on any
# execution that ends in anything but a clean refusal or a verified/imported result, on a mutated
# package that verifies with another manifest than the one signed, and when most mutations are
# not refused (a broken mutator). Usage:
#   bench/fuzz.sh [RUNS=300] [SEED=random]
# Exit status 0 when every target passed; otherwise the failing assertion is printed. Result lines
# are appended to bench/exchange-fuzz-results.txt and bench/manifest-fuzz-results.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-300}
SEED=${2:-$RANDOM}
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
mvn -o -q test -Dtest='ExchangeFuzz,ManifestFuzz' -Djrw.fuzz.runs="$RUNS" -Djrw.fuzz.seed="$SEED" \
  -Dsurefire.failIfNoSpecifiedTests=false >"$LOG" 2>&1
STATUS=$?
grep -aE "(exchange|comment) fuzz:" "$LOG" | sed "s/^/$(date -u +%Y-%m-%d) /" | tee -a bench/exchange-fuzz-results.txt
grep -a "manifest fuzz:" "$LOG" | sed "s/^/$(date -u +%Y-%m-%d) /" | tee -a bench/manifest-fuzz-results.txt
if [ $STATUS -ne 0 ]; then
  echo "FUZZ FAILED (seed $SEED):" >&2
  grep -aE "^\[ERROR\]|Expect|BUG|expected|but was" "$LOG" | head -40 >&2
fi
exit $STATUS
