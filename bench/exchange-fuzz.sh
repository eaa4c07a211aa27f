#!/usr/bin/env bash
# Mutation fuzzing of the review/response package readers and of the PDF-comment and XFDF readers
# (see ExchangeFuzz). Usage:
#   bench/exchange-fuzz.sh [RUNS] [SEED] [SECONDS] [TARGET]
# RUNS executions per target (default 5000), or, with SECONDS > 0, as many as fit in SECONDS per
# target; TARGET: all (default), packages, sealed (password-protected packages whose sealed inner
# ZIP is mutated) or comments. Result lines are appended to
# bench/exchange-fuzz-results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5000}
SEED=${2:-$RANDOM}
SECONDS_PER_TARGET=${3:-0}
case "${4:-all}" in
  packages) TEST='ExchangeFuzz#packageReaders*' ;;
  sealed) TEST='ExchangeFuzz#sealedPackageReaders*' ;;
  comments) TEST='ExchangeFuzz#commentReaders*' ;;
  *) TEST=ExchangeFuzz ;;
esac
mvn -o -q test -Dtest="$TEST" -Djrw.fuzz.runs="$RUNS" -Djrw.fuzz.seed="$SEED" -Djrw.fuzz.seconds="$SECONDS_PER_TARGET" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "(exchange|comment) fuzz:" | sed "s/^/$(date -u +%Y-%m-%d) /" | tee -a bench/exchange-fuzz-results.txt
