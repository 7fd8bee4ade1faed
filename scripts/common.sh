# Shared by run.sh and test.sh: install what the build needs, then configure and build one tree
# (build/release) that both scripts use, so a machine compiles once.

LINTAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINTAS_BUILD="$LINTAS_ROOT/build/release"

# Debian 12 packages for building, testing and running every program.
LINTAS_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-svg-dev libgl-dev qt6-qpa-plugins
    libshp-dev libosmium2-dev libprotozero-dev zlib1g-dev libbz2-dev libexpat1-dev gdal-bin
    fonts-dejavu-core poppler-utils qt6-charts-dev libxml2-utils nodejs
    libprotobuf-dev protobuf-compiler libboost-dev libssl-dev libsodium-dev
    libqt6sql6-psql qt6-positioning-dev openssl postgresql-15 libboost-graph-dev
)

lintas_log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

lintas_install_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    lintas_log "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# lintas_build [PRESET]: configure once (or when PRESET differs in its cache), then build everything.
lintas_build() {
    local preset="${1:-release}"
    if [ ! -f "$LINTAS_BUILD/CMakeCache.txt" ] || [ "$preset" != release ]; then
        lintas_log "Configuring ($preset)"
        cmake --preset "$preset" -S "$LINTAS_ROOT" >/dev/null
    fi
    lintas_log "Building"
    cmake --build "$LINTAS_BUILD" --parallel "$(nproc)"
}
