#!/usr/bin/env bash
# Build Lintas and pass every test: ./test.sh [ctest arguments…]
# Installs what it needs (as root, or through sudo), builds with warnings as errors, runs the whole CTest
# suite, then builds the .deb, unpacks it into a scratch root and runs the installed program.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

lintas_install_packages "${LINTAS_PACKAGES[@]}"
# The EIDO schema check runs Ajv under Node; some Node.js packagings bring npm with them, Debian's does not.
command -v npm >/dev/null || lintas_install_packages npm
lintas_build ci

lintas_log "Running the tests"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$LINTAS_BUILD" --output-on-failure --timeout 600 -j "$(nproc)" "$@"

lintas_log "Packaging"
(cd "$LINTAS_BUILD" && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls -t "$LINTAS_BUILD"/lintas_*.deb | head -n 1)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
depends=$(dpkg-deb --field "$deb" Depends)
[[ "$depends" == *libqt6widgets6* ]] || { echo "package $deb declares no Qt dependency"; exit 1; }
dpkg -x "$deb" "$scratch"
installed_version=$("$scratch/usr/bin/lintas" --version)
echo "installed: $installed_version"
[[ "$installed_version" == "lintas "* ]] || { echo "the installed lintas did not report its version"; exit 1; }
for program in lintas-server lintas-field lintas-mapkit lintas-analytics; do
    "$scratch/usr/bin/$program" --version | grep -q "^$program " \
        || { echo "the installed $program did not report its version"; exit 1; }
done
for f in usr/share/applications/id.polri.lintas.desktop usr/share/metainfo/id.polri.lintas.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/id.polri.lintas.svg usr/lib/systemd/system/lintas-server.service; do
    [ -f "$scratch/$f" ] || { echo "the package lacks $f"; exit 1; }
done
lintas_log "All tests passed"
