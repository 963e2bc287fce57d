#!/usr/bin/python3
"""A schema-only validator as an integrator would write it in Python: Debian's
PyYAML with the libyaml C loader and python3-jsonschema, checking every
roadmap against the project's JSON Schema. bench/peers.sh times it beside
eduroadmap. Prints the files checked and the schema errors found.

    validate_peer.py SCHEMA PATH...   (a PATH may be a directory: its *.yaml)
"""
import json
import pathlib
import sys

import jsonschema
import yaml


class Loader(yaml.CSafeLoader):
    """The C loader without the timestamp resolver: a date stays the string
    the schema describes (`format: date`), as it does for eduroadmap."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def files(paths):
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.yaml") if q.is_file())
        else:
            yield p


def main(argv):
    schema = json.loads(pathlib.Path(argv[1]).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    checked = errors = 0
    for path in files(argv[2:]):
        with open(path, "rb") as f:
            document = yaml.load(f, Loader=Loader)
        errors += sum(1 for _ in validator.iter_errors(document))
        checked += 1
    print(f"{checked} files checked: {errors} schema errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
