#!/usr/bin/env bash
# Case intake of a 300-file folder (~1 GiB) against cp + sha256sum of the same files (issue 18).
# Usage: bench/intake-benchmark.sh [TOTAL_MB=1024] [FILES=300] [ROUNDS=3]
# BENCH_JAVA_OPTS=-Djrw.ocr=off measures without text recognition of pictures (tesseract installed or not).
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
best() { sort -n | head -1; }
base=(); intake=(); list=()
for r in $(seq "$ROUNDS"); do
  rm -rf "$WORK/copy" "$WORK/ws"
  t0=$(date +%s.%N); cp -r "$SRC" "$WORK/copy" && find "$WORK/copy" -type f -print0 | xargs -0 sha256sum > /dev/null; t1=$(date +%s.%N)
  base+=("$(echo "$t1 - $t0" | bc)")
  rm -rf "$WORK/copy"
  # to the classification list: every file read, staged (hashed copy), classified and its fields read
  t0=$(date +%s.%N); java ${BENCH_JAVA_OPTS:-} -jar target/jrw.jar --workspace "$WORK/ws0" case intake --dry-run "$SRC" --json > /dev/null; t1=$(date +%s.%N)
  list+=("$(echo "$t1 - $t0" | bc)")
  rm -rf "$WORK/ws0"
  # the whole intake: plus the draft case written and every vault file fsynced
  t0=$(date +%s.%N); java ${BENCH_JAVA_OPTS:-} -jar target/jrw.jar --workspace "$WORK/ws" case intake "$SRC" --json > "$WORK/out.json"; t1=$(date +%s.%N)
  intake+=("$(echo "$t1 - $t0" | bc)")
done
B=$(printf '%s\n' "${base[@]}" | best); I=$(printf '%s\n' "${intake[@]}" | best); L=$(printf '%s\n' "${list[@]}" | best)
python3 -c "import json,sys; j=json.load(open('$WORK/out.json')); print('intake: documents', len(j['manifest']['documents']), 'evidence', len(j['manifest']['evidence']), 'files', len(j['files']))"
echo "cp+sha256sum best of $ROUNDS: ${B}s (${base[*]})"
echo "intake to the classification list (--dry-run) best of $ROUNDS: ${L}s (${list[*]}); ratio $(echo "scale=2; $L / $B" | bc) (goal <= 1.5)"
echo "whole intake (draft case, vault fsync) best of $ROUNDS: ${I}s (${intake[*]}); ratio $(echo "scale=2; $I / $B" | bc)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
