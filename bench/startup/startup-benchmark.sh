#!/usr/bin/env bash
# Start-up benchmark: wall time from launch to the first usable frame (JRW_USABLE printed by the
# program: the case list filled and the last case's overview laid out and rendered) of the
# app-image's launcher vs the first frame of a bare JavaFX window run on the app-image's own
# runtime, median of N runs each, under Xvfb. Prints `ratio` (usable / bare); goal <= 1.25. The
# workbench's own first frame (JRW_FIRST_FRAME) is reported beside it.
# usage: bench/startup/startup-benchmark.sh [RUNS=7]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
[ -x target/installer/jrw/bin/jrw ] || installer/build.sh app-image > /dev/null
APP=target/installer/jrw
JAVA=$APP/lib/runtime/bin/java
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jrw-startup.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# the bare window runs on the app-image's own jar, so JavaFX finds the same native libraries (next to it)
JAR=$APP/lib/app/jrw.jar
javac -d "$WORK/bare" -cp "$JAR" bench/startup/BareWindow.java
# a workspace with the demo already loaded, as on a normal day's start
"$APP/bin/jrw" --workspace "$WORK/ws" init ${DEMO:---demo} > /dev/null
# … whose place is set (the first-start jurisdiction prompt belongs to the first start only)
"$APP/bin/jrw" --workspace "$WORK/ws" workspace jurisdiction 陕西省西安市 > /dev/null
export JRW_HOME="$WORK/ws"
# a user who has started before (identity known), so no first-start dialog
mkdir -p "$WORK/config"
echo '{"language":"zh","identity":{"name":"基准","role":"OFFICER"}}' > "$WORK/config/preferences.json"
export JRW_BENCH_CONFIG="$WORK/config"
cat > "$WORK/run.py" <<'PY'
import subprocess, sys, time, statistics, os
def once(cmd, env, until):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    timer = __import__("threading").Timer(60, p.kill)
    timer.start()
    first = None
    for line in p.stdout:
        if line.startswith("JRW_FIRST_FRAME") and first is None:
            first = time.monotonic() - t0
        if line.startswith(until):
            t = time.monotonic() - t0
            break
    else:
        raise SystemExit("no %s from %s" % (until, cmd))
    p.wait(timeout=30)
    timer.cancel()
    return t, first
runs = int(sys.argv[1]); app = sys.argv[2]; java = sys.argv[3]; bare = sys.argv[4]; jar = sys.argv[5]
env = dict(os.environ)
env_app = dict(env, JAVA_TOOL_OPTIONS="-Djrw.startupProbe=true -Djrw.startupProbe.exit=true -Djrw.configDir="
               + env["JRW_BENCH_CONFIG"] + " -Djrw.logDir=" + env["JRW_BENCH_CONFIG"])
a, f, b = [], [], []
for i in range(runs):
    b.append(once([java, "-cp", bare + ":" + jar, "BareWindowMain"], env, "JRW_FIRST_FRAME")[0])
    usable, first = once([app + "/bin/jrw"], env_app, "JRW_USABLE")
    a.append(usable)
    f.append(first)
ma, mf, mb = statistics.median(a), statistics.median(f), statistics.median(b)
print("runs: %d each; medians (s): workbench usable %.3f (first frame %.3f), bare JavaFX window %.3f"
      % (runs, ma, mf, mb))
print("ratio %.2f (usable / bare); first frame / bare %.2f" % (ma / mb, mf / mb))
print("usable:     ", " ".join("%.3f" % x for x in a))
print("first frame:", " ".join("%.3f" % x for x in f))
print("bare:       ", " ".join("%.3f" % x for x in b))
PY
xvfb-run -a -s "-screen 0 1400x900x24" python3 "$WORK/run.py" "$RUNS" "$APP" "$JAVA" "$WORK/bare" "$JAR"
