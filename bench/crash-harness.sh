#!/usr/bin/env bash
# Crash-safety harness: SIGKILL the program at random moments during imports, replacing
# imports ("saves") and exports, then check the workspace: PRAGMA integrity_check, every case
# whole (all its files in the vault) or absent, no orphan or missing vault file, audit chain intact.
# usage: bench/crash-harness.sh [ROUNDS=60] [PACKAGE_MB=160]
set -uo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-60}; MB=${2:-160}
JAR=target/jrw.jar
[ -f "$JAR" ] || mvn -q -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jrw-crash.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 bench/make_package.py "$WORK" "$MB" 24 > /dev/null
WS="$WORK/ws"
java -jar "$JAR" --workspace "$WS" init > /dev/null
killed=0; completed=0; failures=0
for r in $(seq "$ROUNDS"); do
  # a fresh case number per round, so interrupted imports of different cases interleave
  python3 - "$WORK" "$r" <<'PY'
import json, sys, os
work, r = sys.argv[1], sys.argv[2]
m = json.load(open(os.path.join(work, "pkg", "manifest.json"), encoding="utf-8"))
m["case"]["caseNumber"] = "崩溃测试〔2026〕%s号" % r
json.dump(m, open(os.path.join(work, "pkg", "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False)
PY
  case $((r % 3)) in
    0) cmd=(case import "$WORK/pkg");;
    1) cmd=(case import "$WORK/pkg" --replace);;
    2) first=$(java -jar "$JAR" --workspace "$WS" case list --json | python3 -c 'import json,sys; c=json.load(sys.stdin)["cases"]; print(c[0]["caseId"] if c else "")')
       if [ -n "$first" ]; then cmd=(case export "$first" --out "$WORK/out.jrcase"); else cmd=(case import "$WORK/pkg"); fi;;
  esac
  java -jar "$JAR" --workspace "$WS" "${cmd[@]}" > /dev/null 2>&1 &
  pid=$!
  delay=$(python3 -c 'import random; print(round(random.uniform(0.2, 2.2), 2))')
  sleep "$delay"
  if kill -9 "$pid" 2> /dev/null; then killed=$((killed + 1)); else completed=$((completed + 1)); fi
  wait "$pid" 2> /dev/null
  out=$(java -jar "$JAR" --workspace "$WS" workspace verify --json 2> "$WORK/err")
  code=$?
  if [ $code -ne 0 ]; then
    failures=$((failures + 1))
    echo "round $r (${cmd[0]} ${cmd[1]}, killed after ${delay}s): verify exit $code"; echo "$out" | head -20; cat "$WORK/err"
  fi
  rm -f "$WORK/out.jrcase" "$WORK"/.jrw-export-*.part
done
cases=$(java -jar "$JAR" --workspace "$WS" case list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["cases"]))')
entries=$(java -jar "$JAR" --workspace "$WS" audit verify --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["entries"])')
echo "rounds: $ROUNDS, killed mid-command: $killed, finished before the kill: $completed, failed checks: $failures"
echo "cases in the workspace: $cases, audit entries: $entries"
[ $failures -eq 0 ]
