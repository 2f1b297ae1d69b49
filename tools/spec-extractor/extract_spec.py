#!/usr/bin/env python3
"""Extract hwspec-1 JSON specs from huaweicloudsdk<service> Python packages.

Run `extract_spec.py --help` for the options; specs/README.md describes the format.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hwspec.cli import main  # noqa: E402  (needs the path set above)

if __name__ == "__main__":
    sys.exit(main())
