"""Command line: extract_spec.py PACKAGE_DIR... | --all SOURCE_DIR, with -o FILE or -d DIR."""

import argparse
import os
import sys

from . import FORMAT
from .output import dumps
from .package import NotAPackageError, extract_package, find_packages

EXIT_UNMAPPED = 1
EXIT_USAGE = 2


def build_parser():
    parser = argparse.ArgumentParser(
        prog="extract_spec.py",
        description="Write a %s JSON spec for each huaweicloudsdk<service> package, "
                    "read with ast from an installed or unzipped package." % FORMAT)
    parser.add_argument("packages", nargs="*", metavar="PACKAGE_DIR",
                        help="package directory, such as site-packages/huaweicloudsdkvpc")
    parser.add_argument("--all", metavar="SOURCE_DIR",
                        help="also extract every huaweicloudsdk<service> directory in SOURCE_DIR "
                             "(huaweicloudsdkcore is skipped)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE",
                        help="write the spec of the single package to FILE (default: stdout)")
    target.add_argument("-d", "--out-dir", metavar="DIR",
                        help="write one <service>.json per package into DIR, creating it if needed")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status %d when any item could not be mapped "
                             "(the specs are still written)" % EXIT_UNMAPPED)
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only unmapped items and errors to stderr, no per-service summary")
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    packages = list(args.packages)
    if args.all:
        if not os.path.isdir(args.all):
            parser.error("--all: %s is not a directory" % args.all)
        found = find_packages(args.all)
        if not found:
            parser.error("--all: no huaweicloudsdk<service> directory in %s" % args.all)
        packages += found
    if not packages:
        parser.error("no package given: pass PACKAGE_DIR or --all SOURCE_DIR")
    if len(packages) > 1 and not args.out_dir:
        parser.error("%d packages given: use -d DIR to write one file per package" % len(packages))

    total_unmapped = 0
    for package_dir in packages:
        try:
            spec, unmapped = extract_package(package_dir)
        except NotAPackageError as error:
            print("error: %s" % error, file=sys.stderr)
            return EXIT_USAGE
        for entry in unmapped:
            print(entry.describe(), file=sys.stderr)
        total_unmapped += len(unmapped)
        _write(spec, args)
        if not args.quiet:
            print(summary_line(spec), file=sys.stderr)

    if args.strict and total_unmapped:
        print("error: %d unmapped item(s) and --strict is set" % total_unmapped, file=sys.stderr)
        return EXIT_UNMAPPED
    return 0


def summary_line(spec):
    parts = ["%s %d operations, %d models" % (version["version"], len(version["operations"]),
                                              len(version["models"]))
             for version in spec["versions"]]
    return "%s %s: %s; %d unmapped" % (spec["service"], spec["package_version"] or "(no version)",
                                       "; ".join(parts) or "no versions", len(spec["unmapped"]))


def _write(spec, args):
    text = dumps(spec)
    if args.out_dir:
        os.makedirs(args.out_dir, exist_ok=True)
        path = os.path.join(args.out_dir, spec["service"] + ".json")
    elif args.output:
        path = args.output
    else:
        sys.stdout.write(text)
        return
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(temporary, path)
