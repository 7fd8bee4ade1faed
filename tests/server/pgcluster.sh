#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the server's backend tests.
#
#   pgcluster.sh start DIR PORT   creates a cluster in DIR, listening on 127.0.0.1:PORT only, with a role
#                                 `lintas` (trusted from loopback, allowed to create databases) that owns the
#                                 database `lintas_test`
#   pgcluster.sh stop DIR PORT    stops it and removes DIR
#
# The tests reach it as postgresql://lintas@127.0.0.1:PORT/lintas_test. PostgreSQL refuses to run as root, so
# under root the server binaries run as the `postgres` system user, which then owns DIR.
set -eu

PGBIN=${LINTAS_PG_BIN:-/usr/lib/postgresql/15/bin}

usage() {
    echo "usage: $0 start|stop DIR PORT" >&2
    exit 2
}

[ $# -eq 3 ] || usage
action=$1
dir=$2
port=$3
case $port in
    '' | *[!0-9]*) echo "pgcluster: port '$port' is not a number" >&2; exit 2 ;;
esac

# Runs a PostgreSQL binary as the user that may own the cluster.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

start_cluster() {
    [ -x "$PGBIN/initdb" ] || { echo "pgcluster: $PGBIN/initdb not found (install postgresql-15)" >&2; exit 1; }
    # A cluster left behind by an interrupted run would hold the port.
    stop_cluster
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "pgcluster: running as root needs the 'postgres' system user" >&2; exit 1; }
        chown postgres "$dir"
        runuser -u postgres -- test -w "$dir" ||
            { echo "pgcluster: user postgres cannot write to $dir (check the parent folders' permissions)" >&2; exit 1; }
    fi

    if ! as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=reject --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1; then
        echo "pgcluster: initdb failed in $dir/data:" >&2
        cat "$dir/initdb.log" >&2
        exit 1
    fi

    # Loopback only, no Unix socket (its path length limit and folder are not ours to choose), and no fsync:
    # the cluster lives for one test run.
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = off
full_page_writes = off
max_connections = 200
EOF
    cat >"$dir/data/pg_hba.conf" <<EOF
host    all    postgres    127.0.0.1/32    trust
host    all    lintas      127.0.0.1/32    trust
EOF

    if ! as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/data/postgres.log" -w -t 60 start >/dev/null; then
        echo "pgcluster: the server did not start on 127.0.0.1:$port:" >&2
        cat "$dir/data/postgres.log" >&2 || true
        exit 1
    fi

    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE lintas LOGIN CREATEDB" \
        -c "CREATE DATABASE lintas_test OWNER lintas"
    echo "pgcluster: postgresql://lintas@127.0.0.1:$port/lintas_test is ready"
}

case $action in
    start) start_cluster ;;
    stop) stop_cluster ;;
    *) usage ;;
esac
