#!/usr/bin/env bash
# Build Lintas and start the demo: ./run.sh [--headless] [lintas options…]
#   --headless   no window: the desk renders its main window to a PNG, names the file and exits.
# Without a display (no DISPLAY or WAYLAND_DISPLAY), --headless is implied.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

headless=0
args=()
for arg in "$@"; do
    case "$arg" in
        --headless) headless=1 ;;
        *) args+=("$arg") ;;
    esac
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    headless=1
fi

lintas_install_packages "${LINTAS_PACKAGES[@]}"
lintas_build release

data_dir="${LINTAS_DATA_DIR:-$LINTAS_ROOT/build/demo-data}"
mkdir -p "$data_dir"
lintas_log "Demo data in $data_dir"

if [ "$headless" -eq 1 ]; then
    shot="$data_dir/lintas-screenshot.png"
    QT_QPA_PLATFORM=offscreen "$LINTAS_BUILD/app/lintas" --store "$data_dir/desk1.sqlite" \
        --screenshot "$shot" "${args[@]}"
    [ -s "$shot" ] || { echo "no screenshot was written"; exit 1; }
    lintas_log "Screenshot: $shot"
else
    exec "$LINTAS_BUILD/app/lintas" --store "$data_dir/desk1.sqlite" "${args[@]}"
fi
