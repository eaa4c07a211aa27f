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
jlink --add-modules "$(paste -sd, installer/modules.txt)" --include-locales=zh,en \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output target/installer/runtime
jpackage @installer/common.args @installer/linux/app-image.args --app-version "$VERSION"
cp installer/linux/jrw.png target/installer/jrw/lib/jrw.png
if [ "$TYPE" = deb ]; then
  rm -f target/installer/*.deb
  jpackage @installer/linux/deb.args --name jrw --app-version "$VERSION" \
    --description "联审工作台 Joint Review Workbench" --vendor "JRW developers"
  ls -la target/installer/*.deb
fi
du -sh target/installer/jrw
