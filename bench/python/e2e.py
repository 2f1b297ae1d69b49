"""Drive the official Python VPC SDK against the benchmark's fixed-reply server on loopback.

Prints one JSON line with the fields of the Rust bench's RunResult: requests per second, p50
and p99 latency, CPU seconds of this process per 1,000 requests (getrusage, all threads) and
peak RSS. The client gets an explicit project id and endpoint, so no IAM lookup happens.

Clients:
  sync   VpcClient; --concurrency threads each send requests one after another.
  async  VpcAsyncClient; one thread keeps --concurrency requests in flight. It waits for the
         oldest request first, so a latency ends when the driver sees the reply.
"""

import argparse
import collections
import json
import math
import os
import resource
import sys
import threading
import time
from urllib.parse import urlsplit

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkvpc.v2 import (
    CreateVpcOption,
    CreateVpcRequest,
    CreateVpcRequestBody,
    ListVpcsRequest,
    VpcAsyncClient,
    VpcClient,
)

ACCESS_KEY = "BENCHAKEXAMPLE000000"
SECRET_KEY = "benchsecretkeyexample0000000000000000000"
PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
PAYLOAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "payload.json")


def loopback_endpoint(value):
    host = urlsplit(value).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise argparse.ArgumentTypeError(
            "endpoint %r is not on loopback: use http://127.0.0.1:PORT" % value)
    return value


def build_client(client_class, endpoint, concurrency):
    config = HttpConfig.get_default_config()
    # Keep one pooled connection per concurrent request, as the Rust clients do.
    config.pool_maxsize = max(10, concurrency)
    credentials = BasicCredentials(ACCESS_KEY, SECRET_KEY, PROJECT_ID)
    return (client_class.new_builder()
            .with_http_config(config)
            .with_credentials(credentials)
            .with_endpoints([endpoint])
            .build())


def make_request(operation):
    if operation == "ListVpcs":
        return lambda: ListVpcsRequest()
    with open(PAYLOAD, encoding="utf-8") as file:
        option = json.load(file)["create_vpc_request"]["vpc"]

    def create():
        return CreateVpcRequest(body=CreateVpcRequestBody(vpc=CreateVpcOption(**option)))
    return create


def call_function(client, client_kind, operation):
    if client_kind == "sync":
        return client.list_vpcs if operation == "ListVpcs" else client.create_vpc
    return client.list_vpcs_async if operation == "ListVpcs" else client.create_vpc_async


class Recorder:
    """Latencies and errors of the measured phase, shared by the driver threads."""

    def __init__(self, requests, deadline):
        self.lock = threading.Lock()
        self.remaining = requests
        self.deadline = deadline
        self.latencies = []
        self.errors = 0
        self.first_error = None

    def take(self):
        """Reserve one request; False when the count or the time budget is used up."""
        with self.lock:
            if self.remaining <= 0 or time.monotonic() >= self.deadline:
                return False
            self.remaining -= 1
            return True

    def record(self, started, error=None):
        elapsed = time.perf_counter() - started
        with self.lock:
            if error is None:
                self.latencies.append(elapsed)
            else:
                self.errors += 1
                if self.first_error is None:
                    self.first_error = "%s: %s" % (type(error).__name__, error)


def run_sync(call, make, concurrency, recorder):
    def worker():
        while recorder.take():
            started = time.perf_counter()
            try:
                call(make())
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                recorder.record(started, error)
            else:
                recorder.record(started)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run_async(call, make, concurrency, recorder):
    window = collections.deque()

    def wait_oldest():
        started, future = window.popleft()
        try:
            future.result()
        except Exception as error:  # noqa: BLE001 - every failure is counted and reported
            recorder.record(started, error)
        else:
            recorder.record(started)

    while recorder.take():
        if len(window) >= concurrency:
            wait_oldest()
        window.append((time.perf_counter(), call(make())))
    while window:
        wait_oldest()


def nearest_rank(sorted_values, percentile):
    if not sorted_values:
        return 0.0
    rank = math.ceil(percentile / 100.0 * len(sorted_values))
    return sorted_values[min(max(rank, 1), len(sorted_values)) - 1]


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", type=loopback_endpoint, required=True,
                        help="server URL on loopback, such as http://127.0.0.1:8080")
    parser.add_argument("--client", choices=["sync", "async"], required=True)
    parser.add_argument("--operation", choices=["ListVpcs", "CreateVpc"], required=True)
    parser.add_argument("--concurrency", type=int, default=1,
                        help="requests in flight at once (threads for sync)")
    parser.add_argument("--requests", type=int, default=2000,
                        help="maximum requests in the measured phase")
    parser.add_argument("--warmup", type=int, default=100,
                        help="requests sent before measuring")
    parser.add_argument("--max-seconds", type=float, default=20.0,
                        help="time budget of the measured phase in seconds")
    args = parser.parse_args()
    for name in ("concurrency", "requests", "max_seconds"):
        if getattr(args, name) <= 0:
            parser.error("--%s %s is invalid: use a positive number"
                         % (name.replace("_", "-"), getattr(args, name)))

    client_class = VpcClient if args.client == "sync" else VpcAsyncClient
    client = build_client(client_class, args.endpoint, args.concurrency)
    call = call_function(client, args.client, args.operation)
    make = make_request(args.operation)
    run = run_sync if args.client == "sync" else run_async

    warmup = Recorder(args.warmup, time.monotonic() + args.max_seconds)
    run(call, make, args.concurrency, warmup)
    if warmup.errors:
        sys.exit("error: warm-up request failed: %s" % warmup.first_error)

    recorder = Recorder(args.requests, time.monotonic() + args.max_seconds)
    cpu_before = cpu_seconds()
    wall_started = time.perf_counter()
    run(call, make, args.concurrency, recorder)
    wall = time.perf_counter() - wall_started
    cpu = cpu_seconds() - cpu_before

    latencies = sorted(recorder.latencies)
    requests = len(latencies) + recorder.errors
    print(json.dumps({
        "client": "python-" + args.client,
        "operation": args.operation,
        "concurrency": args.concurrency,
        "requests": requests,
        "errors": recorder.errors,
        "first_error": recorder.first_error,
        "wall_seconds": wall,
        "requests_per_second": requests / wall if wall > 0 else 0.0,
        "p50_us": nearest_rank(latencies, 50) * 1e6,
        "p99_us": nearest_rank(latencies, 99) * 1e6,
        "cpu_seconds_per_1000": cpu * 1000.0 / requests if requests else 0.0,
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == "__main__":
    main()
