"""Extract hwspec-1 API specs from Huawei Cloud Python SDK service packages.

The extractor reads the generated package source with `ast` only. It never
imports or runs SDK code, so it works on an unzipped wheel without installing
the SDK's dependencies. It copies facts (names, wire names, paths, types,
flags) and never reads docstrings or descriptions.
"""

FORMAT = "hwspec-1"
FORMAT_VERSION = 1
EXTRACTOR_NAME = "huaweicloud-sdk-rust/tools/spec-extractor"
EXTRACTOR_VERSION = "1.0.0"
PACKAGE_PREFIX = "huaweicloudsdk"
