#!/usr/bin/env bash
# Build Lintas and start the demo stack: ./run.sh [--headless] [--desks N] [--as dispatcher|supervisor] [lintas options…]
#
#   a regional server (lintas-server, SQLite, in the data folder it names),
#   the field simulator (lintas-field simulate: the Jakarta patrol fleet moving on the road graph, its incidents
#   and the ETLE cameras' captures; it seeds the demo history, cases included, and writes the bank settlement file
#   for the demo's ETLE tickets waiting for payment),
#   and a desk logged in as a demo dispatcher; --desks 2 opens a second desk as another dispatcher.
#
#   --as supervisor  the first desk logs in as the demo supervisor (supervisor1: approves voids, imports the
#                    settlement file, verifies the audit trail); --as dispatcher (dispatcher1) is the default.
#
#   --headless   no window: the first desk waits until it is in step with the server and the units report,
#                renders its main window to a PNG, names the file, and the whole stack shuts down.
# Without a display (no DISPLAY or WAYLAND_DISPLAY), --headless is implied. LINTAS_DATA_DIR picks the data
# folder (default build/demo-data); LINTAS_PORT the server's port (default: any free port).
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

headless=0
desks=1
role=dispatcher
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --headless) headless=1 ;;
        --desks) desks="${2:?--desks needs a number}"; shift ;;
        --desks=*) desks="${1#--desks=}" ;;
        --as) role="${2:?--as needs dispatcher or supervisor}"; shift ;;
        --as=*) role="${1#--as=}" ;;
        *) args+=("$1") ;;
    esac
    shift
done
[[ "$desks" =~ ^[1-9]$ ]] || { echo "--desks must be a number from 1 to 9, not '$desks'" >&2; exit 2; }
case "$role" in
    dispatcher) first_account=dispatcher1 ;;
    supervisor) first_account=supervisor1 ;;
    *) echo "--as must be dispatcher or supervisor, not '$role'" >&2; exit 2 ;;
esac
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    headless=1
fi

lintas_install_packages "${LINTAS_PACKAGES[@]}"
lintas_build release

bin="$LINTAS_BUILD/app"
server_bin="$bin/server/lintas-server"
field_bin="$bin/field/lintas-field"
map="$LINTAS_BUILD/resources/maps/jakarta.lintasmap"
data_dir="${LINTAS_DATA_DIR:-$LINTAS_ROOT/build/demo-data}"
server_dir="$data_dir/server"
accounts="$data_dir/accounts"
mkdir -p "$data_dir" "$accounts"
chmod 700 "$accounts"
lintas_log "Demo data in $data_dir"

# First run: a server with its own agency CA, and the demo accounts with random passwords kept in files.
new_password() { head -c 18 /dev/urandom | base64 | tr -d '/+=' ; }
add_account() { # name role display
    local file="$accounts/$1.password"
    [ -s "$file" ] || (umask 077 && new_password > "$file")
    "$server_bin" user add "$1" --role "$2" --scope PMJ --display "$3" \
        --data "$server_dir" --password-file "$file" >/dev/null
}
if [ ! -f "$server_dir/lintas-server.conf" ]; then
    lintas_log "Setting up the regional server"
    rm -f "$accounts"/*.password
    "$server_bin" init --data "$server_dir" --region PMJ --listen 127.0.0.1:7443
    for n in $(seq 1 9); do add_account "dispatcher$n" dispatcher "Dispatcher $n"; done
    add_account supervisor1 supervisor "Supervisor 1"
    add_account field-sim supervisor "Field simulator"
fi
# One site id per desk store, made once.
site_of() {
    local file="$data_dir/$1.site"
    [ -s "$file" ] || cat /proc/sys/kernel/random/uuid > "$file"
    cat "$file"
}

pids=()
names=()
stop_stack() {
    local status=0
    for ((i=${#pids[@]}-1; i>=0; i--)); do
        kill -TERM "${pids[i]}" 2>/dev/null || true
    done
    for i in "${!pids[@]}"; do
        local pid="${pids[i]}" name="${names[i]}" code=0
        # A clean stop is bounded (BYE, TLS shutdown ≤ 3 s); a process still there after 10 s is a bug.
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$name did not stop within 10 s" >&2; kill -KILL "$pid" 2>/dev/null || true; status=1
        else
            wait "$pid" || code=$?
            if [ "$code" -ne 0 ]; then
                echo "$name stopped with exit code $code (see its log in $data_dir)" >&2; status=1
            fi
        fi
    done
    pids=()
    names=()
    return $status
}
trap 'stop_stack || true' EXIT

lintas_log "Starting lintas-server"
: > "$data_dir/server.log"
"$server_bin" serve --data "$server_dir" --listen "127.0.0.1:${LINTAS_PORT:-0}" >> "$data_dir/server.log" 2>&1 &
pids+=($!); names+=(lintas-server)
port=""
for _ in $(seq 1 200); do
    port=$(sed -n 's/^listening on .*:\([0-9][0-9]*\)$/\1/p' "$data_dir/server.log" | head -n 1)
    [ -n "$port" ] && break
    kill -0 "${pids[0]}" 2>/dev/null || break
    sleep 0.1
done
[ -n "$port" ] || { echo "lintas-server did not start:" >&2; cat "$data_dir/server.log" >&2; exit 1; }
lintas_log "Server listening on 127.0.0.1:$port"
link=(--server "127.0.0.1:$port" --ca "$server_dir/ca.pem")

lintas_log "Starting lintas-field (simulated fleet and ETLE cameras)"
settlement="$data_dir/bank-settlement-demo.csv"
rm -f "$settlement"
"$field_bin" simulate --units 200 --map "$map" "${link[@]}" --user field-sim \
    --password-file "$accounts/field-sim.password" --store "$data_dir/field.sqlite" --seed 20261127 --speedup 4 \
    --settlement-out "$settlement" > "$data_dir/field.log" 2>&1 &
pids+=($!); names+=(lintas-field)
field_pid=$!

# Each desk: its own store, site and settings folder, logged in as its own dispatcher (the first desk as the
# account --as picked).
run_desk() { # n [lintas options…]
    local n="$1"; shift
    local account="dispatcher$n"
    [ "$n" -eq 1 ] && account="$first_account"
    XDG_CONFIG_HOME="$data_dir/desk$n-config" "$bin/lintas" --store "$data_dir/desk$n.sqlite" \
        --site "$(site_of "desk$n")" "${link[@]}" --user "$account" \
        --password-file "$accounts/$account.password" --map "$map" "$@"
}
# The gateway writes the settlement file once its store holds the demo's tickets (seconds on a first run).
for _ in $(seq 1 300); do
    [ -s "$settlement" ] && break
    kill -0 "$field_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -s "$settlement" ]; then
    lintas_log "Bank settlement file for the demo: $settlement"
else
    lintas_log "Bank settlement file for the demo: $settlement (not written yet; see $data_dir/field.log)"
fi
# On a first run the gateway pushes the seeded history (about 25,000 changes): the desks start once the server
# holds it, so that they pull the whole history (bounded: a slow push only delays the desks' catching up).
for _ in $(seq 1 600); do
    grep -q "The server holds every change of this gateway" "$data_dir/field.log" 2>/dev/null && break
    kill -0 "$field_pid" 2>/dev/null || break
    sleep 0.1
done
[ "$headless" -eq 1 ] && export QT_QPA_PLATFORM=offscreen
for n in $(seq 2 "$desks"); do
    lintas_log "Starting desk $n (dispatcher$n)"
    if [ "$headless" -eq 1 ]; then
        # Headless, a second desk shows that it came into step too: it writes its own screenshot and ends.
        run_desk "$n" --screenshot "$data_dir/desk$n-screenshot.png" > "$data_dir/desk$n.log" 2>&1 &
    else
        run_desk "$n" > "$data_dir/desk$n.log" 2>&1 &
    fi
    pids+=($!); names+=("desk $n")
done

if [ "$headless" -eq 1 ]; then
    shot="$data_dir/lintas-screenshot.png"
    rm -f "$shot"
    run_desk 1 --screenshot "$shot" "${args[@]}"
    [ -s "$shot" ] || { echo "no screenshot was written"; exit 1; }
    lintas_log "Screenshot: $shot"
    # The other desks end by themselves once they have written theirs; give them the same bound.
    for i in "${!pids[@]}"; do
        [[ "${names[i]}" == desk* ]] || continue
        for _ in $(seq 1 400); do kill -0 "${pids[i]}" 2>/dev/null || break; sleep 0.1; done
    done
else
    lintas_log "Desk 1 ($first_account); close it to stop the demo"
    run_desk 1 "${args[@]}" || true
fi
lintas_log "Stopping the demo stack"
trap - EXIT
stop_stack
if [ "$headless" -eq 1 ]; then
    for n in $(seq 2 "$desks"); do
        [ -s "$data_dir/desk$n-screenshot.png" ] || { echo "desk $n wrote no screenshot (see $data_dir/desk$n.log)"; exit 1; }
        lintas_log "Desk $n screenshot: $data_dir/desk$n-screenshot.png"
    done
fi
lintas_log "Stopped cleanly"
