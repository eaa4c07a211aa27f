#!/usr/bin/env bash
# Import benchmark: time `jrw case import` of a generated package against `cp` + `sha256sum` of
# the same files (what an officer would otherwise do by hand). Goal: ratio <= 1.5.
# usage: bench/import-benchmark.sh [TOTAL_MB=1024] [FILES=32] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}; FILES=${2:-32}; ROUNDS=${3:-3}
JAR=target/jrw.jar
[ -f "$JAR" ] || mvn -q -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jrw-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 bench/make_package.py "$WORK" "$MB" "$FILES"

now() { date +%s.%N; }
best() { sort -n | head -1; }
baseline=(); dir=(); zip=()
for r in $(seq "$ROUNDS"); do
  sync
  t0=$(now); cp -r "$WORK/pkg/files" "$WORK/copy"; sha256sum "$WORK"/copy/* > /dev/null; sync; t1=$(now)
  baseline+=("$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')"); rm -rf "$WORK/copy"
  t0=$(now); java -jar "$JAR" --workspace "$WORK/ws-dir" case import "$WORK/pkg" > /dev/null; t1=$(now)
  dir+=("$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')"); rm -rf "$WORK/ws-dir"
  t0=$(now); java -jar "$JAR" --workspace "$WORK/ws-zip" case import "$WORK/pkg.jrcase" > /dev/null; t1=$(now)
  zip+=("$(awk -v a="$t1" -v b="$t0" 'BEGIN{print a-b}')"); rm -rf "$WORK/ws-zip"
done
b=$(printf '%s\n' "${baseline[@]}" | best)
d=$(printf '%s\n' "${dir[@]}" | best)
z=$(printf '%s\n' "${zip[@]}" | best)
echo "package: ${MB} MiB in ${FILES} files; best of ${ROUNDS} rounds (seconds, JVM start included)"
printf 'cp + sha256sum     %8.2f\n' "$b"
printf 'import (folder)    %8.2f   ratio %.2f\n' "$d" "$(awk -v a="$d" -v b="$b" 'BEGIN{print a/b}')"
printf 'import (.jrcase)   %8.2f   ratio %.2f\n' "$z" "$(awk -v a="$z" -v b="$b" 'BEGIN{print a/b}')"
