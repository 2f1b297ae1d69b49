"""Time the official Python signer (huaweicloudsdkcore) on the requests of the Rust signing bench.

The keys, requests and headers are the ones of crates/core/benches/signing.rs, so both sides
build the same canonical request: keep the two in step.

Prints one JSON document: the package versions and, per algorithm and request, the
microseconds per signature. Each timed call does what the SDK does for every request: it
builds a signer from the credentials and signs a fresh request. The cost of building the fresh
request alone is measured separately and subtracted.

Usage: sign_bench.py [--scale FACTOR]   (FACTOR multiplies the iteration counts, default 1)
"""

import argparse
import json
import platform
import sys
import timeit
from importlib import metadata

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import (
    DerivationAKSKSigner,
    P256SHA256Signer,
    SM2SM3Signer,
    SM3Signer,
    Signer,
)

ACCESS_KEY = "HPUAEXAMPLEAK0000001"
SECRET_KEY = "ExampleSecretKey0000000000000000000000000"
PROJECT_ID = "0123456789abcdef0123456789abcdef"
# Only signed, never contacted: signing is pure computation.
HOST = "vpc.cn-north-4.myhuaweicloud.com"
USER_AGENT = "huaweicloud-usdk-rust/0.1"

# A 400-byte JSON body: the length is checked below.
POST_BODY = ('{"vpc": {"name": "benchmark-vpc", "cidr": "192.168.0.0/16", "description": "'
             + "x" * 321 + '"}}')


def base_headers():
    # BasicCredentials.sign_request adds X-Project-Id before the signer runs, as the Rust
    # signer does from the credentials.
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Project-Id": PROJECT_ID,
    }


def get_request():
    return SdkRequest(method="GET", schema="https", host=HOST,
                      resource_path="/v1/%s/vpcs" % PROJECT_ID,
                      query_params=[("limit", "10"),
                                    ("marker", "0a1b2c3d-0000-4000-8000-000000000000")],
                      header_params=base_headers(), body=None)


def post_request():
    return SdkRequest(method="POST", schema="https", host=HOST,
                      resource_path="/v1/%s/vpcs" % PROJECT_ID,
                      query_params=[], header_params=base_headers(), body=POST_BODY)


REQUESTS = {"get": get_request, "post": post_request}

# (name, sign function, iterations at scale 1). The sign functions build the signer per call,
# as BasicCredentials.sign_request does. ECDSA and SM2 take tens of milliseconds per signature
# in pure Python, hence their small counts.
ALGORITHMS = [
    ("SDK-HMAC-SHA256", lambda creds, req: Signer(creds).sign(req), 20000),
    ("SDK-HMAC-SM3", lambda creds, req: SM3Signer(creds).sign(req), 1000),
    ("SDK-ECDSA-P256-SHA256", lambda creds, req: P256SHA256Signer(creds).sign(req), 20),
    ("SDK-SM2-SM3", lambda creds, req: SM2SM3Signer(creds).sign(req), 20),
    ("V11-HMAC-SHA256",
     lambda creds, req: DerivationAKSKSigner(creds).sign(req, "vpc", "cn-north-4"), 10000),
]


def best_seconds_per_call(function, iterations, repeats=3):
    """Best of `repeats` runs, as timeit recommends: slower runs measure interference."""
    return min(timeit.repeat(function, number=iterations, repeat=repeats)) / iterations


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="factor applied to every iteration count (default 1)")
    args = parser.parse_args()
    if args.scale <= 0:
        parser.error("--scale %s is invalid: use a positive number" % args.scale)
    if len(POST_BODY) != 400:
        sys.exit("error: the POST body is %d bytes, expected 400" % len(POST_BODY))

    credentials = BasicCredentials(ACCESS_KEY, SECRET_KEY, PROJECT_ID)
    results = []
    for request_name, make_request in REQUESTS.items():
        fresh = make_request
        for algorithm, sign, iterations in ALGORITHMS:
            signed = sign(credentials, fresh())
            authorization = signed.header_params.get("Authorization", "")
            if not authorization.startswith(algorithm + " "):
                sys.exit("error: %s signer produced Authorization %r" % (algorithm, authorization))
            count = max(1, int(iterations * args.scale))
            build = best_seconds_per_call(fresh, count)
            total = best_seconds_per_call(lambda: sign(credentials, fresh()), count)
            results.append({
                "algorithm": algorithm,
                "request": request_name,
                "iterations": count,
                "us_per_signature": (total - build) * 1e6,
                "us_per_request_build": build * 1e6,
            })
            print("%-22s %-4s %10.1f us" % (algorithm, request_name, (total - build) * 1e6),
                  file=sys.stderr)

    print(json.dumps({
        "python": platform.python_version(),
        "huaweicloudsdkcore": metadata.version("huaweicloudsdkcore"),
        "results": results,
    }, indent=2))


if __name__ == "__main__":
    main()
