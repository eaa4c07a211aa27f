#!/usr/bin/env bash
# Builds the Linux app-image (default) or the .deb with jpackage, from target/jrw.jar.
# usage: installer/build.sh [app-image|deb]
#   app-image → target/installer/jrw/        (bin/jrw: the workbench; bin/jrw COMMAND: the CLI)
#   deb       → target/installer/jrw_<version>_amd64.deb (needs dpkg-deb and fakeroot)
# The jlinked runtime holds only the modules in installer/modules.txt and the zh/en locales.
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE=${1:-app-image}
VERSION=$(sed -n 's:.*<version>\([0-9][^<]*\)</version>.*:\1:p' pom.xml | head -1)
[ -f target/jrw.jar ] || mvn -q -DskipTests package
rm -rf target/installer/input target/installer/runtime target/installer/jrw
mkdir -p target/installer/input
cp target/jrw.jar target/installer/input/
# The JIT compilers at nice 5 (ADR 0167): at start-up they took 0.2–0.3 s of CPU from the JavaFX
# thread, which waited for a core that long; set in the runtime image (not the launcher's options),
# where the JVM does not warn users who may not raise priorities (lowering them needs no right)
jlink --add-modules "$(paste -sd, installer/modules.txt)" --include-locales=zh,en \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --add-options="-XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=5" \
  --output target/installer/runtime
jpackage @installer/common.args @installer/linux/app-image.args --app-version "$VERSION"
cp installer/linux/jrw.png target/installer/jrw/lib/jrw.png
# bin/jrw: a script in place of jpackage's native launcher, which runs `rpm -qf` and `dpkg -S` on
# itself on every start before Java starts (ADR 0167); it reads the same lib/app/jrw.cfg
install -m 755 installer/linux/jrw-launcher.sh target/installer/jrw/bin/jrw
# SQLite's native library, unpacked once here: the driver otherwise copies it out of the jar into
# the temporary folder on every start (the copy and its load are on the start-up path, ADR 0167)
ARCH=$(uname -m); [ "$ARCH" = aarch64 ] || ARCH=x86_64
if unzip -o -q -j target/jrw.jar "org/sqlite/native/Linux/$ARCH/libsqlitejdbc.so" -d target/installer/jrw/lib/app/native 2>/dev/null; then
  # … and its temporary folder is that folder too: on its first use the driver lists the temporary
  # folder to delete stale copies of the library it extracts there, which it never does here, and
  # listing the user's /tmp (hundreds of entries) cost the start ≈ 10 ms (ADR 0172)
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-Dorg.sqlite.lib.path=$APPDIR/native\njava-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so\njava-options=-Dorg.sqlite.tmpdir=$APPDIR/native|' target/installer/jrw/lib/app/jrw.cfg
fi
# JavaFX's native libraries, unpacked once here next to the jar (lib/app), where JavaFX looks for
# them first: otherwise it copies them out of the jar into ~/.openjfx/cache on the first start and,
# on every start, compares each copy with the jar by MD5 before loading it — tens of ms on the
# toolkit's start-up path, and native code loaded from a folder the user can write (ADR 0171)
unzip -o -q -j target/jrw.jar 'lib*.so' -d target/installer/jrw/lib/app
# C2 held back while the window starts (ADR 0169): a compiler directive excludes it until the
# first usable frame (org.jrw.app.StartupCompilation lifts it). For the window only — bin/jrw adds
# gui-java-options when started without arguments: -DisplayVMOutput, which keeps the JVM's
# "1 compiler directives added" off standard output, also silences the JVM's own start-up errors,
# which a command must keep
cp installer/jit-startup.json target/installer/jrw/lib/app/jit-startup.json
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\ngui-java-options=-XX:+UnlockDiagnosticVMOptions\ngui-java-options=-XX:CompilerDirectivesFile=$APPDIR/jit-startup.json\ngui-java-options=-XX:-DisplayVMOutput\ngui-java-options=-Djrw.jit.heldAtStart=true|' target/installer/jrw/lib/app/jrw.cfg
# Class-data sharing for the application's classes (AppCDS): a training start under Xvfb records
# the classes loaded up to the first frame; the launcher then maps them instead of loading them
# from the jar. Skipped (with a note) where Xvfb is missing; the program works the same without.
APP=target/installer/jrw
if command -v xvfb-run > /dev/null 2>&1; then
  TRAIN=$(mktemp -d)
  mkdir -p "$TRAIN/config"
  echo '{"language":"zh","identity":{"name":"training","role":"OFFICER"}}' > "$TRAIN/config/preferences.json"
  "$APP/bin/jrw" --workspace "$TRAIN/ws" init > /dev/null
  JRW_HOME="$TRAIN/ws" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$PWD/$APP/lib/app/jrw.jsa -Djrw.configDir=$TRAIN/config -Djrw.logDir=$TRAIN -Djrw.startupProbe=true -Djrw.startupProbe.exit=true" \
    timeout 120 xvfb-run -a "$APP/bin/jrw" > /dev/null 2>&1 || true
  rm -rf "$TRAIN"
  if [ -f "$APP/lib/app/jrw.jsa" ]; then
    # -Xlog:cds…=off: a moved app-image (JDK 17 cannot relocate an app archive) starts without
    # the archive instead of printing a warning on every command
    sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/jrw.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off|' "$APP/lib/app/jrw.cfg"
  else
    echo "note: AppCDS archive not created; the launcher starts without it" >&2
  fi
else
  echo "note: xvfb-run not found; AppCDS training skipped" >&2
fi
if [ "$TYPE" = deb ]; then
  rm -f target/installer/*.deb
  # the .deb installs into /opt/jrw, where the app-image's class archive (bound to its build path
  # on JDK 17) would not load: package a copy without it
  rm -rf target/installer/deb-image && mkdir -p target/installer/deb-image
  cp -a "$APP" target/installer/deb-image/jrw
  rm -f target/installer/deb-image/jrw/lib/app/jrw.jsa
  sed -i '/jrw.jsa\|-Xshare:auto\|-Xlog:cds/d' target/installer/deb-image/jrw/lib/app/jrw.cfg
  jpackage @installer/linux/deb.args --app-image target/installer/deb-image/jrw --name jrw --app-version "$VERSION" \
    --description "联审工作台 Joint Review Workbench" --vendor "JRW developers"
  ls -la target/installer/*.deb
fi
du -sh target/installer/jrw
