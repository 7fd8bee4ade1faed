# Debian package: runtime dependencies declared by hand so the package installs on a plain Debian 12.
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4), libqt6concurrent6 (>= 6.4), libqt6network6 (>= 6.4), qt6-qpa-plugins (>= 6.4), libqt6positioning6 (>= 6.4), libqt6sql6-psql (>= 6.4), libprotobuf32, libssl3, libsodium23, libshp2, zlib1g, libbz2-1.0, libexpat1, libc6, libstdc++6")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Traffic police command center\n Lintas is the desk of a traffic management center: a live queue of incidents\n and patrol units, dispatch with timestamps, and a local store that keeps\n working through network outages.")
