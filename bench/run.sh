#!/usr/bin/env bash
# Runs the side-by-side benchmarks against the official Python and Node.js SDKs and rewrites
# the sections "Signing", "End to end", "Memory" and "Build" of BENCHMARKS.md.
#
#   bench/run.sh [--quick] [--only signing,e2e,memory,build] [--no-write]
#
#   --quick     small counts, to check that every step works (numbers are not comparable)
#   --only      run only the listed steps (default: all four); the other sections of
#               BENCHMARKS.md keep the numbers of the run that measured them
#   --no-write  keep BENCHMARKS.md as it is and only fill the result folder
#
# Installs the pinned peers into bench/.venv (requirements.txt) and bench/node/node_modules
# (package-lock.json). Raw results go to bench/results/<UTC time>/. All traffic goes to servers
# this script starts on 127.0.0.1, every load run is bounded in count and time, and the servers
# exit by themselves. Set CARGO_TARGET_DIR to build elsewhere; the build step always uses
# its own folder, $CARGO_TARGET_DIR/bench-build, and cleans it.
set -euo pipefail

bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
quick=0
steps="signing,e2e,memory,build"
write=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) quick=1; shift ;;
        --only) steps="$2"; shift 2 ;;
        --no-write) write=0; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "error: unknown argument $1 (see bench/run.sh --help)" >&2; exit 2 ;;
    esac
done
wants() { [[ ",$steps," == *",$1,"* ]]; }

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
export CARGO_TERM_COLOR=never
# Every request goes to 127.0.0.1: no proxy may intercept it.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
# 1,000 in-flight requests need 1,000 sockets in the client and as many in the server.
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"

started="$(date -u +%Y-%m-%dT%H:%M:%S)"
results="$bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"
log() { echo "==== $* ($(date -u +%H:%M:%S))" >&2; }

# Counts: full runs take 10 to 20 minutes on 2 cores; --quick only checks the plumbing.
if [[ $quick == 1 ]]; then
    rust_requests=2000 python_requests=200 node_requests=300 warmup=20 max_seconds=5 repeats=1
    sign_scale=0.05 criterion_args=(--warm-up-time 1 --measurement-time 1)
else
    rust_requests=100000 python_requests=3000 node_requests=10000 warmup=300 max_seconds=15
    repeats=3
    sign_scale=1 criterion_args=()
fi

# ---------------------------------------------------------------------------------------------
log "installing peers"
python="$bench/.venv/bin/python"
if [[ ! -x "$python" ]]; then
    python3 -m venv "$bench/.venv"
fi
"$python" -m pip install --quiet --disable-pip-version-check -r "$bench/requirements.txt"
(cd "$bench/node" && npm ci --silent --no-audit --no-fund)

log "building the Rust bench binaries"
cargo build --quiet --release -p huaweicloud-sdk-bench
bin="$CARGO_TARGET_DIR/release"

# CPU pinning: with two or more cores the server gets the last core and the clients the others,
# so that the server never takes CPU from the client being measured.
cores="$(nproc)"
if [[ $cores -ge 2 ]] && command -v taskset >/dev/null; then
    server_cpus="$((cores - 1))"
    client_cpus="0"
    [[ $cores -gt 2 ]] && client_cpus="0-$((cores - 2))"
    server_pin=(taskset -c "$server_cpus")
    client_pin=(taskset -c "$client_cpus")
    pinning=", pinned to CPU $server_cpus while clients run on CPU $client_cpus"
else
    server_pin=() client_pin=() pinning=""
fi

"$python" "$bench/report.py" machine --python "$python" --node-dir "$bench/node" \
    >"$results/machine.json"
"$python" - "$results/run.json" "$results/machine.json" "$started" "$quick" "$pinning" <<'EOF'
import json, sys
path, machine, started, quick, pinning = sys.argv[1:]
with open(machine) as file:
    info = {"machine": json.load(file)}
info.update(started=started, quick=quick == "1", pinning=pinning)
with open(path, "w") as file:
    json.dump(info, file, indent=2)
EOF

failures=()

# ---------------------------------------------------------------------------------------------
# Servers started by this script; they are stopped on exit and stop by themselves anyway.
server_pids=()
cleanup() {
    for pid in "${server_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

# start_server NAME [SERVER ARGS...]: starts a fixed-reply server and sets $port.
start_server() {
    local name="$1"
    shift
    local port_file="$results/$name.port"
    rm -f "$port_file"
    "${server_pin[@]}" "$bin/fixed_reply_server" --port-file "$port_file" --max-seconds 3600 "$@" \
        2>>"$results/$name.log" &
    server_pids+=("$!")
    for _ in $(seq 100); do
        [[ -s "$port_file" ]] && break
        sleep 0.1
    done
    if [[ ! -s "$port_file" ]]; then
        echo "error: the $name server did not start; see $results/$name.log" >&2
        exit 1
    fi
    port="$(cat "$port_file")"
}

# ---------------------------------------------------------------------------------------------
if wants signing; then
    log "signing: Rust (criterion)"
    rm -rf "$CARGO_TARGET_DIR/criterion"
    if cargo bench --quiet -p huaweicloud-sdk-core --bench signing -- "${criterion_args[@]}" \
        >"$results/signing-rust.log" 2>&1; then
        cp -r "$CARGO_TARGET_DIR/criterion" "$results/criterion"
    else
        echo "error: cargo bench failed; see $results/signing-rust.log" >&2
        failures+=("Rust signing bench")
    fi

    log "signing: Python"
    "$python" "$bench/python/sign_bench.py" --scale "$sign_scale" \
        >"$results/signing-python.json" 2>"$results/signing-python.log" \
        || failures+=("Python signing bench")
fi

# ---------------------------------------------------------------------------------------------
if wants e2e; then
    start_server e2e-server
    endpoint="http://127.0.0.1:$port"
    e2e="$results/e2e.jsonl"
    : >"$e2e"

    # run_client NAME COMMAND...: runs one pinned client $repeats times, appending one result
    # line per run; the report keeps the run with the median CPU per request, because other
    # work on a shared machine can slow any single run. A failed client is reported and
    # skipped, so that one broken peer does not void the whole run.
    run_client() {
        local name="$1"
        shift
        log "end to end: $name"
        for _ in $(seq "$repeats"); do
            if ! "${client_pin[@]}" "$@" >>"$e2e" 2>>"$results/e2e-clients.log"; then
                echo "error: $name failed; see $results/e2e-clients.log" >&2
                failures+=("$name")
                return
            fi
        done
    }
    rust_common=(--endpoint "$endpoint" --requests "$rust_requests" --warmup "$warmup"
        --max-seconds "$max_seconds")
    python_common=(--endpoint "$endpoint" --requests "$python_requests" --warmup "$warmup"
        --max-seconds "$max_seconds")
    node_common=(--endpoint "$endpoint" --requests "$node_requests" --warmup "$warmup"
        --max-seconds "$max_seconds")

    for operation in ListVpcs CreateVpc; do
        for concurrency in 1 16 256; do
            # The floor replays the request the server captures from the SDK run just before.
            curl -fsS -X POST "$endpoint/__bench/capture/arm" >/dev/null
            run_client "rust async $operation x$concurrency" "$bin/rust_load" --mode async \
                --operation "$operation" --concurrency "$concurrency" "${rust_common[@]}"
            run_client "reqwest floor $operation x$concurrency" "$bin/rust_load" --mode floor \
                --operation "$operation" --concurrency "$concurrency" "${rust_common[@]}"
        done
        for threads in 1 16; do
            run_client "rust blocking $operation x$threads" "$bin/rust_load" --mode blocking \
                --operation "$operation" --concurrency "$threads" "${rust_common[@]}"
        done
        for threads in 1 16; do
            run_client "python sync $operation x$threads" "$python" "$bench/python/e2e.py" \
                --client sync --operation "$operation" --concurrency "$threads" "${python_common[@]}"
        done
        run_client "python async $operation x16" "$python" "$bench/python/e2e.py" \
            --client async --operation "$operation" --concurrency 16 "${python_common[@]}"
        for concurrency in 1 16; do
            run_client "node $operation x$concurrency" node "$bench/node/e2e.js" \
                --operation "$operation" --concurrency "$concurrency" "${node_common[@]}"
        done
    done
fi

# ---------------------------------------------------------------------------------------------
if wants memory; then
    memory="$results/memory.jsonl"
    : >"$memory"
    # Replies wait 5 s, so that the 1,000 requests are all in flight when RSS is read.
    start_server memory-server --delay-ms 5000
    log "memory: Rust"
    "$bin/rust_memory" --endpoint "http://127.0.0.1:$port" --in-flight 1000 >>"$memory" \
        || failures+=("rust memory")
    log "memory: Python and Node.js idle clients"
    "$python" "$bench/python/mem_idle.py" --client sync >>"$memory"
    "$python" "$bench/python/mem_idle.py" --client async >>"$memory"
    node --expose-gc "$bench/node/mem_idle.js" >>"$memory"
fi

# ---------------------------------------------------------------------------------------------
if wants build; then
    log "build times (clean builds in $CARGO_TARGET_DIR/bench-build)"
    "$bench/build.sh" "$CARGO_TARGET_DIR/bench-build" >"$results/build.jsonl" \
        || failures+=("build times")
fi

# ---------------------------------------------------------------------------------------------
if [[ $write == 1 ]]; then
    log "writing BENCHMARKS.md"
    "$python" "$bench/report.py" write "$results" "$repo/BENCHMARKS.md"
fi
log "done: results in $results"
if [[ ${#failures[@]} -gt 0 ]]; then
    echo "error: these steps failed and are missing from the results: ${failures[*]}" >&2
    exit 1
fi
