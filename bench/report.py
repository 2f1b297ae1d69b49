"""Collect the machine description and turn a bench/run.sh result folder into BENCHMARKS.md.

  report.py machine --python PY --node-dir DIR     print the machine and versions as JSON
  report.py write RESULTS_DIR BENCHMARKS_MD        rewrite the sections this script owns

`write` replaces the top of BENCHMARKS.md (title, how to run, machine) and the sections
"Signing", "End to end", "Memory" and "Build". Any other "## " section, such as one that
another tool writes, is kept as it is. Text in bench/notes.md under a heading of the same name
is appended to each owned section, so hand-written analysis survives a rerun.

Uses the standard library only, so it runs with any Python 3.8 or newer.
"""

import argparse
import json
import os
import platform
import re
import subprocess
import sys

OWNED_SECTIONS = ["Signing", "End to end", "Memory", "Build"]
NOT_MEASURED = "Not measured in this run.\n"
HERE = os.path.dirname(os.path.abspath(__file__))

# Goals that the project set for itself.
GOAL_SIGNING_FLOOR_RATIO = 2.0
GOAL_SIGNING_PYTHON_SPEEDUP = 20.0
GOAL_ASYMMETRIC_MAX_US = 300.0
GOAL_CPU_EFFICIENCY_RATIO = 25.0
GOAL_OVERHEAD_MAX_US = 10.0
GOAL_IN_FLIGHT_MAX_MIB = 50.0
GOAL_IDLE_CLIENT_MAX_KIB = 100.0
GOAL_DEBUG_BUILD_MAX_S = 60.0
GOAL_QUICKSTART_MAX_MIB = 8.0

ALGORITHMS = ["SDK-HMAC-SHA256", "SDK-HMAC-SM3", "SDK-ECDSA-P256-SHA256", "SDK-SM2-SM3",
              "V11-HMAC-SHA256"]


# ---------------------------------------------------------------------------------------------
# Machine description


def command_output(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def read_first(path, prefix):
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip() if ":" in line else line.strip()
    except OSError:
        return None
    return None


def os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as file:
            for line in file:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def machine(python, node_dir):
    memory_kib = read_first("/proc/meminfo", "MemTotal")
    python_versions = command_output([python, "-c", (
        "import json, platform; from importlib import metadata as m; "
        "print(json.dumps({'python': platform.python_version(), "
        "'huaweicloudsdkcore': m.version('huaweicloudsdkcore'), "
        "'huaweicloudsdkvpc': m.version('huaweicloudsdkvpc')}))")])
    node_versions = {}
    for package in ("huaweicloud-sdk-core", "huaweicloud-sdk-vpc"):
        path = os.path.join(node_dir, "node_modules", "@huaweicloud", package, "package.json")
        try:
            with open(path, encoding="utf-8") as file:
                node_versions["@huaweicloud/" + package] = json.load(file)["version"]
        except (OSError, KeyError, ValueError):
            node_versions["@huaweicloud/" + package] = None
    return {
        "cpu_model": read_first("/proc/cpuinfo", "model name") or platform.processor(),
        "cores": os.cpu_count(),
        "memory_gib": round(int(memory_kib.split()[0]) / 1024 / 1024, 1) if memory_kib else None,
        "os": "%s, kernel %s" % (os_name(), platform.release()),
        "rustc": command_output(["rustc", "--version"]),
        "cargo": command_output(["cargo", "--version"]),
        "node": command_output(["node", "--version"]),
        "python_peer": json.loads(python_versions) if python_versions else None,
        "node_peer": node_versions,
    }


# ---------------------------------------------------------------------------------------------
# Loading results


def load_json(path, default=None):
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except (OSError, ValueError):
        return default


def load_lines(path):
    rows = []
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                line = line.strip()
                if line.startswith("{"):
                    rows.append(json.loads(line))
    except OSError:
        pass
    return rows


def load_criterion(folder):
    """Return {full_id: median ns} from a copy of target/criterion."""
    medians = {}
    for root, _dirs, files in os.walk(folder):
        if os.path.basename(root) != "new" or "estimates.json" not in files:
            continue
        benchmark = load_json(os.path.join(root, "benchmark.json"), {})
        estimates = load_json(os.path.join(root, "estimates.json"), {})
        full_id = benchmark.get("full_id")
        median = estimates.get("median", {}).get("point_estimate")
        if full_id and median is not None:
            medians[full_id] = median
    return medians


def normalize(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def algorithm_of(bench_id):
    """Map a criterion id to a signing algorithm name, or None."""
    key = normalize(bench_id)
    if "v11" in key or "derived" in key:
        return "V11-HMAC-SHA256"
    if "ecdsa" in key or "p256" in key:
        return "SDK-ECDSA-P256-SHA256"
    if "sm2" in key:
        return "SDK-SM2-SM3"
    if "hmacsm3" in key or key.endswith("sm3") or "sm3" in key:
        return "SDK-HMAC-SM3"
    if "hmacsha256" in key or "sha256" in key:
        return "SDK-HMAC-SHA256"
    return None


def request_of(bench_id):
    parts = re.split(r"[^a-z0-9]+", bench_id.lower())
    if "get" in parts:
        return "get"
    if "post" in parts:
        return "post"
    return None


def is_floor(bench_id):
    key = bench_id.lower()
    return "floor" in key or "primitive" in key


# ---------------------------------------------------------------------------------------------
# Formatting


def fmt(value, digits=1):
    if value is None:
        return "n/a"
    if abs(value) >= 100:
        return "{:,.0f}".format(value)
    return "{:.{}f}".format(value, digits)


def verdict(met, detail):
    return "**met** (%s)" % detail if met else "**missed** (%s)" % detail


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Sections


def section_signing(results):
    rust = load_criterion(os.path.join(results, "criterion"))
    python = load_json(os.path.join(results, "signing-python.json"), {})
    python_us = {(r["algorithm"], r["request"]): r["us_per_signature"]
                 for r in python.get("results", [])}
    out = []
    if not rust and not python_us:
        return NOT_MEASURED, []

    out.append("Time per signature, median of criterion's samples for Rust "
               "(`cargo bench -p huaweicloud-sdk-core --bench signing`) and best of three "
               "`timeit` runs for the official Python signer (`bench/python/sign_bench.py`, "
               "huaweicloudsdkcore %s on Python %s). Both sign a GET with two query parameters "
               "and two extra headers and a POST with a 400-byte JSON body. The Python figure "
               "is the SDK's real per-request cost: it builds a signer from the credentials for "
               "every request, and for ECDSA and SM2 that re-derives the private key each time."
               % (python.get("huaweicloudsdkcore", "?"), python.get("python", "?")))
    out.append("")

    signing_rows, floor_rows = [], []
    rust_by_key, floor_by_key = {}, {}
    for bench_id, ns in sorted(rust.items()):
        algorithm, request = algorithm_of(bench_id), request_of(bench_id)
        if is_floor(bench_id):
            floor_rows.append((bench_id, ns))
            # A floor without a request label is computed on the GET request.
            if algorithm:
                floor_by_key.setdefault((algorithm, request or "get"), ns / 1000)
        else:
            signing_rows.append((bench_id, ns))
            if algorithm and request:
                rust_by_key.setdefault((algorithm, request), ns / 1000)

    rows = []
    goals = []
    for algorithm in ALGORITHMS:
        for request in ("get", "post"):
            rust_us = rust_by_key.get((algorithm, request))
            py_us = python_us.get((algorithm, request))
            floor_us = floor_by_key.get((algorithm, request))
            if rust_us is None and py_us is None:
                continue
            rows.append([
                algorithm, request.upper(), fmt(rust_us, 2), fmt(floor_us, 2),
                fmt(rust_us / floor_us, 2) + "x" if rust_us and floor_us else "n/a",
                fmt(py_us, 1),
                fmt(py_us / rust_us, 0) + "x" if rust_us and py_us else "n/a",
            ])
    out.append(table(["algorithm", "request", "Rust µs", "primitive floor µs", "Rust / floor",
                      "Python µs", "Python / Rust"], rows))
    out.append("")
    out.append("All criterion results of this run (median):")
    out.append("")
    out.append(table(["criterion id", "median µs"],
                     [["`%s`" % i, fmt(ns / 1000, 3)] for i, ns in signing_rows + floor_rows]))
    out.append("")

    # Goals.
    floor_ratios = [(k, rust_by_key[k] / v) for k, v in floor_by_key.items() if k in rust_by_key]
    if floor_ratios:
        worst_key, worst = max(floor_ratios, key=lambda item: item[1])
        goals.append(("Signing within %.0fx of the primitive floor" % GOAL_SIGNING_FLOOR_RATIO,
                      verdict(worst <= GOAL_SIGNING_FLOOR_RATIO, "worst %.2fx, %s %s"
                              % (worst, worst_key[0], (worst_key[1] or "").upper()))))
    else:
        goals.append(("Signing within %.0fx of the primitive floor" % GOAL_SIGNING_FLOOR_RATIO,
                      "not measured: no floor benchmark matched"))
    speedups = [(k, python_us[k] / v) for k, v in rust_by_key.items() if k in python_us]
    if speedups:
        worst_key, worst = min(speedups, key=lambda item: item[1])
        goals.append(("Signing at least %.0fx faster than the Python signer"
                      % GOAL_SIGNING_PYTHON_SPEEDUP,
                      verdict(worst >= GOAL_SIGNING_PYTHON_SPEEDUP, "slowest ratio %.0fx, %s %s"
                              % (worst, worst_key[0], worst_key[1].upper()))))
    asymmetric = [(k, v) for k, v in rust_by_key.items()
                  if k[0] in ("SDK-ECDSA-P256-SHA256", "SDK-SM2-SM3")]
    if asymmetric:
        worst_key, worst = max(asymmetric, key=lambda item: item[1])
        goals.append(("ECDSA and SM2 under %.1f ms" % (GOAL_ASYMMETRIC_MAX_US / 1000),
                      verdict(worst < GOAL_ASYMMETRIC_MAX_US, "slowest %.0f µs, %s %s"
                              % (worst, worst_key[0], worst_key[1].upper()))))
    return "\n".join(out) + "\n", goals


E2E_ORDER = ["rust-async", "rust-blocking", "reqwest-floor", "python-sync", "python-async",
             "node"]
E2E_LABELS = {
    "rust-async": "Rust async client",
    "rust-blocking": "Rust blocking client (threads)",
    "reqwest-floor": "bare reqwest, same signed bytes",
    "python-sync": "Python `VpcClient` (threads)",
    "python-async": "Python `VpcAsyncClient`",
    "node": "Node.js `VpcClient`",
}


def median_runs(rows):
    """Keep, per client, operation and concurrency, the run with the median CPU per request."""
    groups = {}
    for row in rows:
        groups.setdefault((row["client"], row["operation"], row["concurrency"]), []).append(row)
    kept = []
    for runs in groups.values():
        runs.sort(key=lambda r: r["cpu_seconds_per_1000"])
        median = dict(runs[(len(runs) - 1) // 2])
        median["runs"] = len(runs)
        kept.append(median)
    return kept


def cpu_us(row):
    return row["cpu_seconds_per_1000"] * 1000.0


def section_end_to_end(results, run_info):
    rows = median_runs(load_lines(os.path.join(results, "e2e.jsonl")))
    if not rows:
        return NOT_MEASURED, []
    rows.sort(key=lambda r: (r["operation"] != "ListVpcs",
                             E2E_ORDER.index(r["client"]) if r["client"] in E2E_ORDER else 99,
                             r["concurrency"]))
    out = [
        "Every client sends ListVpcs (`GET /v1/{project_id}/vpcs`) or CreateVpc "
        "(`POST /v1/{project_id}/vpcs` with a 1 KB JSON body) to one fixed-reply server on "
        "127.0.0.1 (`bench/rust/src/bin/fixed_reply_server.rs`). The server replies with "
        "canned JSON and does **not** verify signatures, so its own cost stays small; "
        "it runs on one Tokio worker%s. Clients get an explicit project id and endpoint, so "
        "no IAM lookup happens. Each run sends warm-up requests first, then measures up to a "
        "fixed count or time budget. Each configuration runs %d times and the table shows "
        "the run with the median CPU per request. CPU is user plus system time of the client process "
        "in the measured phase (getrusage, or process.cpuUsage for Node.js), "
        "peak RSS is the client process's maximum resident set size."
        % (run_info.get("pinning", ""), max(r["runs"] for r in rows)),
        "",
    ]
    for operation in ("ListVpcs", "CreateVpc"):
        selected = [r for r in rows if r["operation"] == operation]
        if not selected:
            continue
        out.append("### %s" % operation)
        out.append("")
        out.append(table(
            ["client", "concurrency", "requests", "req/s", "p50 µs", "p99 µs",
             "CPU s / 1,000 req", "CPU µs / req", "peak RSS MiB", "errors"],
            [[E2E_LABELS.get(r["client"], r["client"]), r["concurrency"], r["requests"],
              fmt(r["requests_per_second"]), fmt(r["p50_us"]), fmt(r["p99_us"]),
              "%.4f" % r["cpu_seconds_per_1000"], fmt(cpu_us(r)),
              fmt(r["peak_rss_kib"] / 1024.0), r["errors"]] for r in selected]))
        out.append("")

    def find(client, operation, concurrency):
        for r in rows:
            if (r["client"], r["operation"], r["concurrency"]) == (client, operation, concurrency):
                return r
        return None

    # Ratios of the Rust async client against each peer at matching concurrency.
    ratio_rows = []
    pairs = [("python-sync", 1), ("python-async", 16), ("python-sync", 16), ("node", 1),
             ("node", 16)]
    for operation in ("ListVpcs", "CreateVpc"):
        for peer, concurrency in pairs:
            ours, theirs = find("rust-async", operation, concurrency), find(peer, operation,
                                                                            concurrency)
            if not ours or not theirs or not ours["cpu_seconds_per_1000"]:
                continue
            ratio_rows.append([
                operation, "%s at %d" % (E2E_LABELS[peer], concurrency),
                fmt(ours["requests_per_second"] / theirs["requests_per_second"], 1) + "x",
                fmt(theirs["cpu_seconds_per_1000"] / ours["cpu_seconds_per_1000"], 1) + "x",
                fmt(theirs["p50_us"] / ours["p50_us"], 1) + "x",
                fmt(theirs["peak_rss_kib"] / ours["peak_rss_kib"], 1) + "x",
            ])
    if ratio_rows:
        out.append("Rust async client against each peer at the same concurrency "
                   "(higher is better for Rust):")
        out.append("")
        out.append(table(["operation", "peer", "req/s ratio", "requests per CPU-second ratio",
                          "p50 latency ratio", "peak RSS ratio"], ratio_rows))
        out.append("")

    # Overhead over the bare reqwest floor.
    overhead_rows = []
    for operation in ("ListVpcs", "CreateVpc"):
        for concurrency in (1, 16, 256):
            ours, floor = find("rust-async", operation, concurrency), find(
                "reqwest-floor", operation, concurrency)
            if ours and floor:
                overhead_rows.append([operation, concurrency,
                                      fmt(cpu_us(ours) - cpu_us(floor), 1),
                                      fmt(ours["p50_us"] - floor["p50_us"], 1)])
    if overhead_rows:
        out.append("Added by the SDK over the bare reqwest call (Rust async client minus floor):")
        out.append("")
        out.append(table(["operation", "concurrency", "CPU µs / req added",
                          "p50 µs added"], overhead_rows))
        out.append("")

    goals = []
    efficiency = []
    for operation in ("ListVpcs", "CreateVpc"):
        ours, theirs = find("rust-async", operation, 1), find("python-sync", operation, 1)
        if ours and theirs and ours["cpu_seconds_per_1000"]:
            efficiency.append((operation, theirs["cpu_seconds_per_1000"]
                               / ours["cpu_seconds_per_1000"]))
    if efficiency:
        worst_op, worst = min(efficiency, key=lambda item: item[1])
        goals.append(("At least %.0fx the Python SDK's requests per CPU-second"
                      % GOAL_CPU_EFFICIENCY_RATIO,
                      verdict(worst >= GOAL_CPU_EFFICIENCY_RATIO,
                              "%.0fx on %s, Rust async against Python sync at concurrency 1"
                              % (worst, worst_op))))
    overheads = []
    for operation in ("ListVpcs", "CreateVpc"):
        ours, floor = find("rust-async", operation, 1), find("reqwest-floor", operation, 1)
        if ours and floor:
            overheads.append((operation, cpu_us(ours) - cpu_us(floor),
                              ours["p50_us"] - floor["p50_us"]))
    if overheads:
        worst_op, worst_cpu, worst_p50 = max(overheads, key=lambda item: item[1])
        goals.append(("At most %.0f µs added per request over bare reqwest"
                      % GOAL_OVERHEAD_MAX_US,
                      verdict(max(worst_cpu, worst_p50) <= GOAL_OVERHEAD_MAX_US,
                              "%s at concurrency 1: %.1f µs CPU, %.1f µs p50 latency"
                              % (worst_op, worst_cpu, worst_p50))))
    return "\n".join(out) + "\n", goals


def section_memory(results):
    rows = load_lines(os.path.join(results, "memory.jsonl"))
    if not rows:
        return NOT_MEASURED, []
    out = ["Resident set size (RSS, from /proc/self/status) of a process holding clients. "
           "\"client\" columns are the growth when the client is built; for Rust the heap "
           "bytes come from a counting global allocator in `bench/rust/src/bin/rust_memory.rs`, "
           "so they do not depend on page granularity. Python and Node.js figures are for "
           "context: their process baseline is the interpreter plus the imported SDK.", ""]
    table_rows = []
    goals = []
    for r in rows:
        table_rows.append([
            r.get("client"), r.get("scenario", "idle client"),
            fmt(r.get("rss_before_client_kib", 0) / 1024.0),
            fmt(r.get("rss_with_client_kib", 0) / 1024.0),
            fmt(r.get("client_rss_kib")), fmt(r.get("client_heap_kib"))
            if r.get("client_heap_kib") is not None else "n/a",
        ])
    out.append(table(["client", "scenario", "process RSS before MiB", "process RSS after MiB",
                      "client RSS KiB", "client heap KiB"], table_rows))
    out.append("")
    for r in rows:
        if r.get("client") != "rust-async":
            continue
        if r.get("scenario") == "idle client":
            heap = r.get("client_heap_kib")
            goals.append(("An idle client under %.0f KB" % GOAL_IDLE_CLIENT_MAX_KIB,
                          verdict(heap is not None and heap * 1.024 < GOAL_IDLE_CLIENT_MAX_KIB,
                                  "%.1f KiB of heap, %d KiB of RSS growth"
                                  % (heap or 0, r.get("client_rss_kib", 0)))))
        if r.get("scenario", "").startswith("1,000 in flight"):
            mib = r["rss_with_client_kib"] / 1024.0
            goals.append(("1,000 in-flight requests under %.0f MB RSS" % GOAL_IN_FLIGHT_MAX_MIB,
                          verdict(mib * 1.048576 < GOAL_IN_FLIGHT_MAX_MIB,
                                  "%.1f MiB process RSS, %s requests seen in flight"
                                  % (mib, r.get("in_flight_seen", "?")))))
    return "\n".join(out) + "\n", goals


def section_build(results):
    rows = load_lines(os.path.join(results, "build.jsonl"))
    if not rows:
        return NOT_MEASURED, []
    out = ["Wall-clock times of `bench/build.sh` in its own CARGO_TARGET_DIR, cleaned first. "
           "The machine is shared, so the 1-minute load average at the start of each step "
           "is listed: a load above the core count means other work competed for the CPU. "
           "CPU seconds are user plus system time of cargo and the compilers it ran, which "
           "such load inflates far less than the wall time.", ""]
    builds = [r for r in rows if r.get("kind") == "build"]
    out.append(table(["what", "profile", "seconds", "CPU seconds", "load average"],
                     [[r["name"], r["profile"], fmt(r["seconds"]),
                       fmt(r["cpu_seconds"]) if "cpu_seconds" in r else "n/a",
                       r["load_average"]]
                      for r in builds]))
    out.append("")
    goals = []
    for r in builds:
        if r["name"] == "core + vpc, clean" and r["profile"] == "debug":
            goals.append(("core + VPC clean debug build under %.0f s" % GOAL_DEBUG_BUILD_MAX_S,
                          verdict(r["seconds"] < GOAL_DEBUG_BUILD_MAX_S, "%.0f s" % r["seconds"])))
    for r in rows:
        if r.get("kind") == "binary" and r.get("name") == "quickstart":
            if r.get("missing"):
                out.append("The quickstart example does not exist yet, so its size is not "
                           "measured.")
                goals.append(("Quickstart binary under %.0f MB stripped" % GOAL_QUICKSTART_MAX_MIB,
                              "not measured: the example does not exist yet"))
            else:
                mib = r["stripped_bytes"] / 1024.0 / 1024.0
                out.append("Quickstart example, release: %.1f MiB, %.1f MiB stripped."
                           % (r["bytes"] / 1024.0 / 1024.0, mib))
                goals.append(("Quickstart binary under %.0f MB stripped" % GOAL_QUICKSTART_MAX_MIB,
                              verdict(mib * 1.048576 < GOAL_QUICKSTART_MAX_MIB,
                                      "%.1f MiB" % mib)))
            out.append("")
    return "\n".join(out) + "\n", goals


# ---------------------------------------------------------------------------------------------
# BENCHMARKS.md assembly


def split_sections(text):
    """Split markdown into (preamble, [(title, body)]) at level-2 headings."""
    preamble, sections, current = [], [], None
    for line in text.splitlines(keepends=True):
        match = re.match(r"^## (.+?)\s*$", line)
        if match:
            current = (match.group(1), [])
            sections.append(current)
        elif current is None:
            preamble.append(line)
        else:
            current[1].append(line)
    return "".join(preamble), [(title, "".join(body)) for title, body in sections]


def notes_for(title):
    path = os.path.join(HERE, "notes.md")
    try:
        with open(path, encoding="utf-8") as file:
            _, sections = split_sections(file.read())
    except OSError:
        return ""
    for note_title, body in sections:
        if note_title == title:
            return body.strip()
    return ""


def preamble_text(results, info):
    m = info.get("machine", {})
    py = m.get("python_peer") or {}
    node = m.get("node_peer") or {}
    rows = [
        ["CPU", "%s, %s cores" % (m.get("cpu_model"), m.get("cores"))],
        ["memory", "%s GiB" % m.get("memory_gib")],
        ["OS", m.get("os")],
        ["Rust", m.get("rustc")],
        ["Python", py.get("python")],
        ["Node.js", m.get("node")],
        ["Python peer", "huaweicloudsdkcore %s, huaweicloudsdkvpc %s"
         % (py.get("huaweicloudsdkcore"), py.get("huaweicloudsdkvpc"))],
        ["Node.js peer", ", ".join("%s %s" % (k, v) for k, v in sorted(node.items()))],
    ]
    return "\n".join([
        "# Benchmarks",
        "",
        "Side-by-side measurements of this SDK against the official Python SDK "
        "(`huaweicloudsdkcore` + `huaweicloudsdkvpc`) and the official Node.js SDK "
        "(`@huaweicloud/huaweicloud-sdk-core` + `@huaweicloud/huaweicloud-sdk-vpc`), all on "
        "one machine and all traffic on 127.0.0.1.",
        "",
        "Reproduce with `bench/run.sh` (10 to 20 minutes; it installs the pinned peers into "
        "`bench/.venv` and `bench/node/node_modules`, and rewrites this file except for "
        "sections it does not own). Raw results of a run are in `bench/results/<time>/`.",
        "",
        "Newest run: %s UTC%s. Each section names the run its numbers come from, and the "
        "machine below is the newest run's." % (info.get("started", "?"),
                                             " (quick mode: small counts, not for comparison)"
                                             if info.get("quick") else ""),
        "",
        table(["", ""], rows),
        "",
        "",
    ])


def write(results, target):
    info = load_json(os.path.join(results, "run.json"), {})
    try:
        with open(target, encoding="utf-8") as file:
            _, existing = split_sections(file.read())
    except OSError:
        existing = []

    generated = {}
    all_goals = {}
    builders = {
        "Signing": lambda: section_signing(results),
        "End to end": lambda: section_end_to_end(results, info),
        "Memory": lambda: section_memory(results),
        "Build": lambda: section_build(results),
    }
    kept = dict(existing)
    for title in OWNED_SECTIONS:
        body, goals = builders[title]()
        if body == NOT_MEASURED and title in kept:
            # `bench/run.sh --only` measures some sections: the others keep the numbers of
            # the run that measured them, which their first line names.
            generated[title] = kept[title].strip("\n") + "\n"
            all_goals[title] = []
            continue
        body = "Run of %s UTC.\n\n" % info.get("started", "?") + body
        if goals:
            body += "\nGoals:\n\n" + "\n".join("- %s: %s" % goal for goal in goals) + "\n"
        note = notes_for(title)
        if note:
            body += "\n" + note + "\n"
        generated[title] = body
        all_goals[title] = goals

    sections, seen = [], set()
    for title, body in existing:
        if title in generated:
            sections.append((title, "\n" + generated[title] + "\n"))
            seen.add(title)
        else:
            sections.append((title, body))
    for title in OWNED_SECTIONS:
        if title not in seen:
            sections.append((title, "\n" + generated[title] + "\n"))

    text = preamble_text(results, info)
    text += "".join("## %s\n%s" % (title, body) for title, body in sections)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
    with open(target, "w", encoding="utf-8") as file:
        file.write(text)
    for title, goals in all_goals.items():
        for goal, result in goals:
            print("%s: %s: %s" % (title, goal, result), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    machine_parser = commands.add_parser("machine", help="print the machine description")
    machine_parser.add_argument("--python", required=True, help="Python of the peer venv")
    machine_parser.add_argument("--node-dir", required=True, help="folder with node_modules")
    write_parser = commands.add_parser("write", help="rewrite BENCHMARKS.md from results")
    write_parser.add_argument("results", help="result folder of bench/run.sh")
    write_parser.add_argument("target", help="BENCHMARKS.md to update")
    args = parser.parse_args()

    if args.command == "machine":
        print(json.dumps(machine(args.python, args.node_dir), indent=2))
    else:
        if not os.path.isdir(args.results):
            parser.error("result folder %s not found: run bench/run.sh first" % args.results)
        write(args.results, args.target)


if __name__ == "__main__":
    main()
