#!/usr/bin/env bash
# Evidence workspace benchmark: a generated dossier with 300 evidence items (PDFs of about 1–50
# pages written with OfficialDocumentWriter, JPEG photos, WAV recordings), then in one run each:
#  - render: warm page render at 110 dpi, PdfService vs `pdftoppm -r 110` on the same pages;
#  - gui:    under Xvfb, select the case → first frame of the case view (goal <= 0.5 s), and a pulse
#            watchdog (max gap between JavaFX pulses) while switching evidence and paging a PDF
#            (goal <= 50 ms).
# usage: bench/evidence/evidence-benchmark.sh [ITEMS=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
ITEMS=${1:-300}
[ -f target/jrw.jar ] || mvn -q -o -DskipTests package
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jrw-evbench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
javac -nowarn -cp target/jrw.jar -d "$WORK/cls" bench/evidence/DossierGen.java bench/evidence/EvidenceBench.java 2>&1 \
    | grep -v '^Note:' || true
CP="target/jrw.jar:$WORK/cls"
QUIET='cmap|CmapSubtable|Slf4jLog|^INFO|Unsupported JavaFX configuration|PlatformImpl startup'
java -cp "$CP" org.jrw.logic.demo.DossierGen "$WORK/pkg" "$ITEMS"
java -jar target/jrw.jar --workspace "$WORK/ws" case import "$WORK/pkg" > /dev/null
# the longest PDF of the package, pages 3 and 4 (any rendered page of the same document would do)
PDF=$(for f in "$WORK"/pkg/files/*.pdf; do echo "$(pdfinfo "$f" | awk '/^Pages:/{print $2}') $f"; done | sort -n | tail -1 | cut -d' ' -f2-)
echo "render: $(basename "$PDF") ($(pdfinfo "$PDF" | awk '/^Pages:/{print $2}') pages)"
xvfb-run -a java -cp "$CP" 'org.jrw.gui.evidence.EvidenceBench$Main' render "$PDF" 3 15 2>&1 | grep -Ev "$QUIET"
mkdir -p "$WORK/config"
# the GUI phase runs with the JVM options the installed launcher uses (installer/common.args: heap
# size and the collector's pause goal), so that it measures the workbench as shipped;
# BENCH_JAVA_OPTS adds more (e.g. -Djavafx.pulseLogger=true -Xlog:gc:stdout:uptime)
LAUNCHER_OPTS=$(awk '$1 == "--java-options" && $2 !~ /^-Djrw\.launcher/ {print $2}' installer/common.args | tr '\n' ' ')
echo "gui: JVM options of the launcher: $LAUNCHER_OPTS"
xvfb-run -a -s "-screen 0 1400x860x24" java $LAUNCHER_OPTS ${BENCH_JAVA_OPTS:-} -cp "$CP" 'org.jrw.gui.evidence.EvidenceBench$Main' gui "$WORK/ws" "$WORK/config" 2>&1 \
    | grep -Ev "$QUIET"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
