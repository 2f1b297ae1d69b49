#!/usr/bin/env bash
# Measures build times and binary size; prints one JSON object per measurement on stdout.
#
#   bench/build.sh TARGET_DIR
#
# TARGET_DIR is cleaned first, so pass a directory used for nothing else. Measured:
# - clean debug and release builds of huaweicloud-sdk-core plus huaweicloud-sdk-vpc, with all
#   their dependencies;
# - each generated service crate alone (debug and release), rebuilt after `cargo clean -p` with
#   its dependencies already built;
# - the stripped size of the release quickstart example, when the example exists.
# Times are wall-clock seconds on whatever else the machine is doing: the load average at the
# start of each step is printed with it, and so is the CPU time (user plus system) of cargo and
# the compilers it ran, which other work on the machine inflates far less than the wall time.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: bench/build.sh TARGET_DIR (a directory that this script may clean)" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "error: bench/build.sh needs GNU time at /usr/bin/time (the Debian package \`time\`)" >&2
    exit 2
fi
repo="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="$1"
cd "$repo"

load_average() { cut -d' ' -f1 /proc/loadavg; }

# timed NAME PROFILE CARGO_ARGS...: runs cargo and prints its wall and CPU time as JSON.
timed() {
    local name="$1" profile="$2"
    shift 2
    local load times wall user system
    load="$(load_average)"
    times="$CARGO_TARGET_DIR/time.txt"
    # GNU time's %e, %U and %S: elapsed, user and system seconds of cargo and its children.
    if ! /usr/bin/time -f '%e %U %S' -o "$times" cargo "$@" >>"$CARGO_TARGET_DIR/build.log" 2>&1; then
        echo "error: cargo $* failed; see $CARGO_TARGET_DIR/build.log" >&2
        return 1
    fi
    read -r wall user system <"$times"
    printf '{"kind": "build", "name": "%s", "profile": "%s", "seconds": %s, "cpu_seconds": %s, "load_average": %s}\n' \
        "$name" "$profile" "$wall" "$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')" "$load"
}

# `cargo clean` removes the whole folder, so the log is created after it.
cargo clean >/dev/null 2>&1
mkdir -p "$CARGO_TARGET_DIR"
: >"$CARGO_TARGET_DIR/build.log"

timed "core + vpc, clean" debug build -p huaweicloud-sdk-core -p huaweicloud-sdk-vpc
timed "core + vpc, clean" release build --release -p huaweicloud-sdk-core -p huaweicloud-sdk-vpc

for manifest in services/*/Cargo.toml; do
    package="$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -n 1)"
    for profile in debug release; do
        flags=()
        [[ "$profile" == release ]] && flags=(--release)
        cargo build "${flags[@]}" -p "$package" >>"$CARGO_TARGET_DIR/build.log" 2>&1
        cargo clean "${flags[@]}" -p "$package" >>"$CARGO_TARGET_DIR/build.log" 2>&1
        timed "$package alone" "$profile" build "${flags[@]}" -p "$package"
    done
done

if [[ -f examples/quickstart.rs ]] || [[ -f examples/examples/quickstart.rs ]] \
    || grep -q 'name = "quickstart"' examples/Cargo.toml; then
    timed "quickstart example" release build --release -p huaweicloud-sdk-examples --example quickstart
    binary="$CARGO_TARGET_DIR/release/examples/quickstart"
    stripped="$CARGO_TARGET_DIR/quickstart.stripped"
    strip -o "$stripped" "$binary"
    printf '{"kind": "binary", "name": "quickstart", "bytes": %s, "stripped_bytes": %s}\n' \
        "$(stat -c %s "$binary")" "$(stat -c %s "$stripped")"
else
    echo '{"kind": "binary", "name": "quickstart", "missing": true}'
fi
