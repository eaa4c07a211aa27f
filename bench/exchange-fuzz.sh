#!/usr/bin/env bash
# Mutation fuzzing of the review/response package readers (see ExchangeFuzz). Usage:
#   bench/exchange-fuzz.sh [RUNS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5000}
SEED=${2:-$RANDOM}
mvn -o -q test -Dtest=ExchangeFuzz -Djrw.fuzz.runs="$RUNS" -Djrw.fuzz.seed="$SEED" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep "exchange fuzz" | tee -a bench/exchange-fuzz-results.txt
