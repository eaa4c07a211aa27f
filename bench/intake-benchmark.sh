#!/usr/bin/env bash
# Case intake of a 300-file folder (~1 GiB) against cp + sha256sum of the same files (issue 18).
# Usage: bench/intake-benchmark.sh [TOTAL_MB=1024] [FILES=300] [ROUNDS=3]
# BENCH_WHOLE=0 skips the whole CLI intake (slow with OCR). BENCH_JAVA_OPTS=-Djrw.ocr=off measures without text recognition of pictures (tesseract installed or not).
# "To the classification list" is what the intake window shows first: IntakeListBench (compiled once,
# outside the timing) runs phase one and prints the instant the list and its fields are ready; the
# time is taken from before the JVM starts. Text recognition of pictures and scans (phase two) runs
# after that instant and is reported separately; the CLI's `case intake` waits for it.
# The folder (generated in /tmp, removed afterwards) holds the demo dossier's 23 documents and
# evidence files plus FILES-23 files of random content named as photos, recordings and videos.
# Both sides read every byte once warm from the page cache; intake also extracts the PDFs' text,
# classifies every file, writes the draft case and fsyncs each vault file (the baseline does not fsync).
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL_MB=${1:-1024}
FILES=${2:-300}
ROUNDS=${3:-3}
[ -f target/jrw.jar ] || mvn -q -o -DskipTests package
WORK=$(mktemp -d /tmp/jrw-intake-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
SRC="$WORK/案卷材料"
mkdir -p "$SRC"
python3 - "$SRC" "$TOTAL_MB" "$FILES" <<'PY'
import os, sys, zipfile
src, total_mb, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
z = zipfile.ZipFile("resources/demo/demo.jrcase")
n = 0
for i in z.infolist():
    name = i.filename if i.flag_bits & 0x800 else i.filename.encode("cp437").decode("utf-8")
    if name.startswith("files/") and not name.endswith("/"):
        out = os.path.join(src, name[6:])
        os.makedirs(os.path.dirname(out), exist_ok=True)
        open(out, "wb").write(z.read(i)); n += 1
rest = files - n
size = total_mb * 1024 * 1024 // rest
kinds = ["现场照片-{:03d}.jpg", "执法记录仪-{:03d}.mp4", "询问录音-{:03d}.wav", "监控录像-{:03d}.mp4"]
os.makedirs(os.path.join(src, "媒体"), exist_ok=True)
for k in range(rest):
    with open(os.path.join(src, "媒体", kinds[k % 4].format(k)), "wb") as f:
        left = size
        while left > 0:
            b = os.urandom(min(left, 8 << 20)); f.write(b); left -= len(b)
print(f"{files} files, {total_mb} MiB in {src}")
PY
cat "$SRC"/*/* > /dev/null   # warm the page cache for both sides
mkdir -p "$WORK/classes"
javac -nowarn -cp target/jrw.jar -d "$WORK/classes" bench/IntakeListBench.java
now_ms() { date +%s%3N; }
best() { sort -n | head -1; }
base=(); intake=(); list=(); ocr=()
for r in $(seq "$ROUNDS"); do
  rm -rf "$WORK/copy" "$WORK/ws"
  t0=$(date +%s.%N); cp -r "$SRC" "$WORK/copy" && find "$WORK/copy" -type f -print0 | xargs -0 sha256sum > /dev/null; t1=$(date +%s.%N)
  base+=("$(echo "$t1 - $t0" | bc)")
  rm -rf "$WORK/copy"
  # to the classification list: every file read, staged (hashed copy), classified, fields read from the
  # text layers (JVM start included); then, separately, until pictures and scans are recognised
  # the workspace exists before the timing (the window intakes into the open workspace); JVM start is timed
  java -Djava.util.logging.config.file=/dev/null -cp "target/jrw.jar:$WORK/classes" IntakeListBench "$WORK/ws0"
  t0=$(now_ms)
  java ${BENCH_JAVA_OPTS:-} -Djava.util.logging.config.file=/dev/null -cp "target/jrw.jar:$WORK/classes" IntakeListBench "$WORK/ws0" "$SRC" > "$WORK/list.txt"
  l1=$(awk '/^LIST/{print $2}' "$WORK/list.txt"); o1=$(awk '/^OCR/{print $2}' "$WORK/list.txt")
  m1=$(awk '/^MAIN/{print $2}' "$WORK/list.txt"); echo "round $r: JVM start to main $((m1 - t0)) ms, main to list $((l1 - m1)) ms" >&2
  list+=("$(echo "scale=3; ($l1 - $t0) / 1000" | bc)")
  ocr+=("$(echo "scale=3; ($o1 - $l1) / 1000" | bc)")
  rm -rf "$WORK/ws0"
  # the whole intake: plus the draft case written and every vault file fsynced (BENCH_WHOLE=0 skips it)
  [ "${BENCH_WHOLE:-1}" = 0 ] && { intake+=(0); continue; }
  t0=$(date +%s.%N); java ${BENCH_JAVA_OPTS:-} -jar target/jrw.jar --workspace "$WORK/ws" case intake "$SRC" --json > "$WORK/out.json"; t1=$(date +%s.%N)
  intake+=("$(echo "$t1 - $t0" | bc)")
done
B=$(printf '%s\n' "${base[@]}" | best); I=$(printf '%s\n' "${intake[@]}" | best); L=$(printf '%s\n' "${list[@]}" | best)
O=$(printf '%s\n' "${ocr[@]}" | best)
[ -s "$WORK/out.json" ] && python3 -c "import json,sys; j=json.load(open('$WORK/out.json')); print('intake: documents', len(j['manifest']['documents']), 'evidence', len(j['manifest']['evidence']), 'files', len(j['files']))"
echo "cp+sha256sum best of $ROUNDS: ${B}s (${base[*]})"
cat "$WORK/list.txt"
echo "intake to the classification list (phase one, JVM start included) best of $ROUNDS: ${L}s (${list[*]}); ratio $(echo "scale=2; $L / $B" | bc) (goal <= 1.5)"
paired=$(for i in "${!base[@]}"; do echo "scale=2; ${list[$i]} / ${base[$i]}" | bc; done | sort -n | tr '\n' ' ')
echo "list / (cp+sha256sum) per round, each pair run back to back (robust to a loaded machine): $paired; median $(echo "$paired" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
echo "then text recognition of pictures and scans (phase two, after the list) best of $ROUNDS: ${O}s (${ocr[*]})"
echo "whole intake by the CLI (waits for recognition; draft case, vault fsync) best of $ROUNDS: ${I}s (${intake[*]}); ratio $(echo "scale=2; $I / $B" | bc)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
