#!/usr/bin/env python3
"""Validate XML files against an XML Schema (XSD) with lxml.

Usage: validate_xml.py SCHEMA.xsd FILE...
Exit 0 when every file is well-formed and valid, 1 otherwise (each error printed with its
line), 2 when lxml is not installed (pip install lxml, or Debian's python3-lxml).
"""
import sys

try:
    from lxml import etree
except ImportError:
    print("lxml is not installed: pip install lxml", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema = etree.XMLSchema(etree.parse(argv[1]))
    failed = 0
    for path in argv[2:]:
        try:
            doc = etree.parse(path)
        except etree.XMLSyntaxError as e:
            print(f"{path}: not well-formed: {e}")
            failed += 1
            continue
        if not schema.validate(doc):
            for e in list(schema.error_log)[:20]:
                print(f"{path}:{e.line}: {e.message}")
            failed += 1
    print(f"{len(argv) - 2 - failed} valid, {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
