"""Measure the memory of one idle official Python VPC client (sync or async).

Prints one JSON line: RSS after the imports, RSS after building the client, and the
difference, in KiB. The client is built with an explicit project id and a loopback endpoint and
sends nothing.
"""

import argparse
import gc
import json

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkvpc.v2 import VpcAsyncClient, VpcClient

ACCESS_KEY = "BENCHAKEXAMPLE000000"
SECRET_KEY = "benchsecretkeyexample0000000000000000000"
PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def rss_kib():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("VmRSS is missing from /proc/self/status")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client", choices=["sync", "async"], default="sync")
    args = parser.parse_args()

    client_class = VpcClient if args.client == "sync" else VpcAsyncClient
    gc.collect()
    before = rss_kib()
    client = (client_class.new_builder()
              .with_credentials(BasicCredentials(ACCESS_KEY, SECRET_KEY, PROJECT_ID))
              .with_endpoints(["http://127.0.0.1:9"])
              .build())
    gc.collect()
    after = rss_kib()
    print(json.dumps({
        "client": "python-" + args.client,
        "rss_before_client_kib": before,
        "rss_with_client_kib": after,
        "client_rss_kib": after - before,
        "client_type": type(client).__name__,
    }))


if __name__ == "__main__":
    main()
