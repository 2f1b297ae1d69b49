#!/usr/bin/env bash
# Runs the unmodified official Python SDK against `hcloud emulator` on loopback.
#
# Creates a virtual environment (reused when it exists), installs the pinned packages from
# requirements.txt, builds hcloud from this workspace, starts `hcloud emulator` on a free port
# and runs demo.py with every endpoint pointed at it. Exits non-zero when any step fails.
#
# Environment: HCLOUD_BIN (an hcloud binary to use instead of building one), CARGO_TARGET_DIR
# (where cargo builds hcloud), INTEROP_VENV (virtual environment directory, default
# interop/python/.venv), PYTHON (interpreter, default python3).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
venv=${INTEROP_VENV:-$here/.venv}
python=${PYTHON:-python3}
started=$(date +%s)

hcloud=${HCLOUD_BIN:-}
if [ -z "$hcloud" ]; then
    cargo build --quiet --manifest-path "$root/Cargo.toml" -p hcloud
    hcloud=$target/debug/hcloud
fi
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"

ak=HPUAEXAMPLEAK0000001
sk=ExampleSecretKey0000000000000000000000000
log=$(mktemp)
"$hcloud" emulator --port 0 --ak "$ak" --sk "$sk" >"$log" 2>&1 &
emulator_pid=$!
cleanup() {
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
    rm -f "$log"
}
trap cleanup EXIT

endpoint=
for _ in $(seq 100); do
    endpoint=$(awk '$1 == "endpoint" { print $2 }' "$log")
    [ -n "$endpoint" ] && break
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
        echo "interop: hcloud emulator exited early:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$endpoint" ]; then
    echo "interop: hcloud emulator printed no endpoint within 10 s:" >&2
    cat "$log" >&2
    exit 1
fi

# Every endpoint the SDK could resolve points at the emulator, so nothing leaves loopback.
env \
    EMULATOR_AK="$ak" \
    EMULATOR_SK="$sk" \
    HUAWEICLOUD_SDK_IAM_ENDPOINT="$endpoint" \
    HUAWEICLOUD_SDK_STS_ENDPOINT="$endpoint" \
    HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4="$endpoint" \
    HUAWEICLOUD_SDK_REGION_ECS_CN_NORTH_4="$endpoint" \
    HUAWEICLOUD_SDK_REGION_IAM_CN_NORTH_4="$endpoint" \
    "$venv/bin/python" "$here/demo.py"

echo "interop: passed in $(( $(date +%s) - started )) s"
