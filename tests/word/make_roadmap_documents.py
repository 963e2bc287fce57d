#!/usr/bin/python3
"""Writes the bundled roadmaps as Word and OpenDocument documents, for the import tests.

    make_roadmap_documents.py --out DIR [--examples DIR] [ID ...]

For every examples/<id>.yaml (or the ids named), writes into DIR:

- <id>.docx (python-docx) and <id>.odt (odfpy): the roadmap laid out the
  way its source document is (roadmap_layout.py says how, per roadmap);
- <id>.expected.json: what an import of either document must reproduce,
  taken from the YAML: title, period (and whether the document states it),
  approved_by kind/number/date/authority, and per section its number, title
  and direction and its measures' number, title, items, form, deadline,
  responsibles and result, groups kept as groups;
- <id>.layout.json: what the documents hold, table by table: rows, columns,
  header rows, and the row of every measure and heading with the number or
  text it shows, for the tests that read the documents back.

The documents are build products; nothing here is committed.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roadmap_docx import write_docx  # noqa: E402
from roadmap_layout import LAYOUTS, expected, generic, load_roadmap, record  # noqa: E402
from roadmap_odt import write_odt  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def write_json(path, value) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_roadmap(source: Path, out: Path) -> dict:
    roadmap = load_roadmap(source)
    layout, glossary = LAYOUTS.get(roadmap["id"], (generic, False))
    blocks = layout(roadmap)
    name = source.stem
    write_docx(blocks, out / f"{name}.docx")
    write_odt(blocks, out / f"{name}.odt")
    result = expected(roadmap, glossary)
    write_json(out / f"{name}.expected.json", result)
    write_json(out / f"{name}.layout.json", record(blocks))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="directory to write the documents into")
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="directory of the roadmap YAML files")
    parser.add_argument("ids", nargs="*", help="roadmap ids (file names without .yaml); default: all")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sources = [args.examples / f"{i}.yaml" for i in args.ids] or sorted(args.examples.glob("*.yaml"))
    for source in sources:
        if not source.is_file():
            parser.error(f"no roadmap {source}")
        result = write_roadmap(source, args.out)
        print(f"{source.stem}: {result['measure_count']} measures in {len(result['sections'])} sections")


if __name__ == "__main__":
    main()
