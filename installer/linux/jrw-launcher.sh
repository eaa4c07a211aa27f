#!/bin/bash
# The workbench's launcher (bin/jrw of the app-image; installer/build.sh puts it there, ADR 0167).
# jpackage's own launcher (JDK 17) asks rpm and dpkg which package owns it on every start
# (`rpm -qf`, `dpkg -S`: 0.15 s on the build machine, more on a desktop with many packages) before
# Java starts; this script starts the same runtime with the options of lib/app/jrw.cfg at once.
self=$(readlink -f "${BASH_SOURCE[0]}")
# the app-image's folder: two levels up, without starting dirname twice
root=${self%/*}
root=${root%/*}
APPDIR=$root/lib/app
opts=()
guiopts=()
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    java-options=*) opts+=("${line#java-options=}") ;;
    gui-java-options=*) guiopts+=("${line#gui-java-options=}") ;;
    app.classpath=*) classpath=${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$APPDIR/jrw.cfg"
if [ -z "$main" ]; then
  echo "jrw: $APPDIR/jrw.cfg names no main class" >&2
  exit 1
fi
# options for the window alone (ADR 0169): a start without arguments is the workbench's window
if [ $# -eq 0 ]; then
  opts+=("${guiopts[@]}")
fi
opts=("${opts[@]//\$APPDIR/$APPDIR}")
exec -a "$0" "$root/lib/runtime/bin/java" "${opts[@]}" -cp "${classpath//\$APPDIR/$APPDIR}" "$main" "$@"
