"""Loading roadmap YAML for the JSON Schema tests, and formatting schema errors.

The loader is a PyYAML SafeLoader made closer to what the library reads:

- dates stay strings: the YAML 1.1 timestamp resolver is removed, so
  ``date: 2021-03-01`` loads as the text ``"2021-03-01"`` exactly as written
  (an explicit ``!!timestamp`` is turned into its ISO string), and the schema
  checks the ISO form;
- plain scalars are resolved with the YAML 1.2 core schema the format is
  written in: only true/false are booleans (``yes``, ``no``, ``on``, ``off``
  stay text), ``010`` is ten, and there are no sexagesimal numbers;
- a repeated key in a mapping is an error at the second occurrence, never
  last-wins.

The library's own loader is stricter still (source positions for every field,
resolution of deadlines, responsibles and directions); this one only has to
feed jsonschema the same data types.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any, Iterable, List, Union

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "schema" / "eduroadmap-1.schema.json"
EXAMPLES_DIR = REPO_ROOT / "examples"
FORMAT_DOC = REPO_ROOT / "docs" / "format.md"

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"


class DuplicateKeyError(ConstructorError):
    """A mapping repeats a key; the problem mark is the second occurrence."""


class RoadmapLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars, dates as text and no duplicate keys."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen = {}
            for key_node, _value_node in node.value:
                if key_node.tag == _MERGE:
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    marker = (type(key), key)
                    hash(marker)
                except TypeError:
                    continue  # unhashable key: SafeConstructor reports it
                if marker in seen:
                    first = seen[marker]
                    raise DuplicateKeyError(
                        "while constructing a mapping",
                        node.start_mark,
                        f"found duplicate key {key!r} (first defined at line "
                        f"{first.start_mark.line + 1}, column {first.start_mark.column + 1})",
                        key_node.start_mark,
                    )
                seen[marker] = key_node
        return super().construct_mapping(node, deep=deep)


# Implicit resolvers: PyYAML's YAML 1.1 set minus bool/int/float/timestamp,
# plus the YAML 1.2 core schema's bool/int/float (int before float: "1"
# matches both patterns and the first match wins).
RoadmapLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL, _INT, _FLOAT, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
RoadmapLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
RoadmapLoader.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
RoadmapLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))


def _construct_int(loader: RoadmapLoader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return int(text, 10)  # YAML 1.2: a leading 0 is not octal
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return SafeConstructor.construct_yaml_int(loader, node)  # explicit !!int in another form


def _construct_timestamp(loader: RoadmapLoader, node: yaml.ScalarNode) -> str:
    value = SafeConstructor.construct_yaml_timestamp(loader, node)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


RoadmapLoader.add_constructor(_INT, _construct_int)
RoadmapLoader.add_constructor(_TIMESTAMP, _construct_timestamp)


def _dates_to_iso(value: Any) -> Any:
    """Turns any datetime.date left in the data into its ISO string (belt and braces)."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _dates_to_iso(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_to_iso(item) for item in value]
    return value


def load_yaml(source: Union[str, bytes, Path]) -> Any:
    """Loads one YAML document (text, bytes or a file path) with RoadmapLoader.

    Raises yaml.YAMLError (DuplicateKeyError for a repeated key) on bad input.
    """
    if isinstance(source, Path):
        with source.open("rb") as stream:  # binary: PyYAML detects UTF-8, skips a BOM, names the file in errors
            return _dates_to_iso(yaml.load(stream, Loader=RoadmapLoader))
    return _dates_to_iso(yaml.load(source, Loader=RoadmapLoader))


def _path_key(error) -> list:
    return [(isinstance(part, str), part) for part in error.absolute_path]


def format_error(error, indent: str = "") -> List[str]:
    """One line per error: JSON path, message and failing keyword; oneOf/anyOf branches indented below."""
    lines = [f"{indent}{error.json_path}: {error.message} [{error.validator}]"]
    for sub in sorted(error.context or (), key=lambda e: (_path_key(e), e.validator)):
        lines.extend(format_error(sub, indent + "    "))
    return lines


def schema_errors(validator, instance: Any) -> list:
    """All validation errors, ordered by their JSON path."""
    return sorted(validator.iter_errors(instance),
                  key=lambda e: (_path_key(e), e.validator))


def format_errors(errors: Iterable) -> str:
    """All errors, one per line (see format_error)."""
    lines: List[str] = []
    for error in errors:
        lines.extend(format_error(error))
    return "\n".join(lines)
