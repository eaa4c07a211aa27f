#!/usr/bin/env bash
# Start-up benchmark: wall time from launch to the first rendered frame (JRW_FIRST_FRAME printed
# by the program) of the app-image's launcher vs a bare JavaFX window run on the app-image's own
# runtime, median of N runs each, under Xvfb. Goal: ratio <= 1.25.
# usage: bench/startup/startup-benchmark.sh [RUNS=7]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
[ -x target/installer/jrw/bin/jrw ] || installer/build.sh app-image > /dev/null
APP=target/installer/jrw
JAVA=$APP/lib/runtime/bin/java
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jrw-startup.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
javac -d "$WORK/bare" -cp target/jrw.jar bench/startup/BareWindow.java
# a workspace with the demo already loaded, as on a normal day's start
"$APP/bin/jrw" --workspace "$WORK/ws" init ${DEMO:---demo} > /dev/null
export JRW_HOME="$WORK/ws"
# a user who has started before (identity known), so no first-start dialog
mkdir -p "$WORK/config"
echo '{"language":"zh","identity":{"name":"基准","role":"OFFICER"}}' > "$WORK/config/preferences.json"
export JRW_BENCH_CONFIG="$WORK/config"
cat > "$WORK/run.py" <<'PY'
import subprocess, sys, time, statistics, os
def once(cmd, env):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    timer = __import__("threading").Timer(60, p.kill)
    timer.start()
    for line in p.stdout:
        if line.startswith("JRW_FIRST_FRAME"):
            t = time.monotonic() - t0
            break
    else:
        raise SystemExit("no frame from %s" % cmd)
    p.wait(timeout=30)
    timer.cancel()
    return t
runs = int(sys.argv[1]); app = sys.argv[2]; java = sys.argv[3]; bare = sys.argv[4]
env = dict(os.environ)
env_app = dict(env, JAVA_TOOL_OPTIONS="-Djrw.startupProbe=true -Djrw.startupProbe.exit=true -Djrw.configDir="
               + env["JRW_BENCH_CONFIG"] + " -Djrw.logDir=" + env["JRW_BENCH_CONFIG"])
a, b = [], []
for i in range(runs):
    b.append(once([java, "-cp", bare + ":" + "target/jrw.jar", "BareWindowMain"], env))
    a.append(once([app + "/bin/jrw"], env_app))
ma, mb = statistics.median(a), statistics.median(b)
print("runs: %d each; medians (s): workbench %.3f, bare JavaFX window %.3f, ratio %.2f" % (runs, ma, mb, ma / mb))
print("workbench:", " ".join("%.3f" % x for x in a))
print("bare:     ", " ".join("%.3f" % x for x in b))
PY
xvfb-run -a -s "-screen 0 1400x900x24" python3 "$WORK/run.py" "$RUNS" "$APP" "$JAVA" "$WORK/bare"
