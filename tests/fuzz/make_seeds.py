#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target from the repository's own files.

usage: make_seeds.py TARGET OUT_DIR [WORD_DIR ...]

The seeds are the bundled examples, the deadline corpus, the import
fixtures, the catalogs, the configuration examples of docs/config.md and
the Word documents the tests generate (WORD_DIR: folders of .docx/.odt,
e.g. build-asan/tests/word/layouts). Each seed is one file named by the
hash of its content, so rerunning adds nothing twice.
"""
from __future__ import annotations

import hashlib
import pathlib
import re
import sys
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
PART = b"\n<!--part-->\n"
MAX_PART = 1 << 20


def examples() -> list[bytes]:
    return [p.read_bytes() for p in sorted((ROOT / "examples").glob("*.yaml"))]


def deadlines() -> list[bytes]:
    """Each case of the corpus: a period byte (0..3, see deadline_fuzz.cpp) and the text."""
    periods = {"2021": 0, "2020": 1, "2023": 2, "2019": 3}
    out = []
    for line in (ROOT / "tests/fixtures/deadlines.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        period, text = line.split("\t")[:2]
        text = text.replace("\\n", "\n").replace("\\t", "\t")
        out.append(bytes([periods.get(period[:4], 0)]) + text.encode("utf-8"))
    return out


def word_files(dirs: list[str]) -> list[pathlib.Path]:
    files: list[pathlib.Path] = []
    for d in dirs:
        for ext in ("*.docx", "*.odt"):
            files.extend(sorted(pathlib.Path(d).glob(ext)))
    return files


def word_xml(dirs: list[str]) -> list[bytes]:
    """The XML parts of each generated document, joined as word_xml_fuzz.cpp reads them."""
    out = []
    for path in word_files(dirs):
        if path.suffix == ".odt":
            parts, first = ["content.xml", "styles.xml"], 1
        else:
            parts, first = ["word/document.xml", "word/numbering.xml", "word/styles.xml"], 0
        try:
            with zipfile.ZipFile(path) as z:
                sizes = {i.filename: i.file_size for i in z.infolist()}
                # The hostile documents (bombs, truncated archives) seed `word`, not this target.
                if any(sizes.get(n, 0) > MAX_PART for n in parts):
                    continue
                xml = [z.read(n) if n in sizes else b"" for n in parts]
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            continue
        out.append(bytes([first]) + PART.join(xml))
    return out


def yaml_blocks(doc: pathlib.Path) -> list[bytes]:
    text = doc.read_text(encoding="utf-8")
    return [m.group(1).encode("utf-8") for m in re.finditer(r"```yaml\n(.*?)```", text, re.S)]


def seeds(target: str, dirs: list[str]) -> list[bytes]:
    if target == "load":
        return examples() + yaml_blocks(ROOT / "docs/format.md")
    if target == "capi":
        queries = [b"{}", b'{"group_by":"month"}', b'{"due_between":"2021-Q1","stage":"monitoring"}']
        return [bytes([i % 2, 2]) + e + b"\0" + queries[i % len(queries)] for i, e in enumerate(examples())]
    if target == "deadline":
        return deadlines()
    if target == "import":
        fixtures = sorted((ROOT / "tests/fixtures/import").glob("*.txt"))
        return [p.read_bytes() for p in fixtures] + [p.read_bytes() for p in word_files(dirs)]
    if target == "word":
        return [p.read_bytes() for p in word_files(dirs)]
    if target == "word_xml":
        return word_xml(dirs)
    if target == "config":
        return yaml_blocks(ROOT / "docs/config.md") + [(ROOT / "tests/cli/golden/.eduroadmap.yaml").read_bytes()]
    if target == "catalog":
        return [p.read_bytes() for p in sorted((ROOT / "catalogs").glob("*.yaml"))] + yaml_blocks(ROOT / "docs/catalogs.md")
    raise SystemExit(f"make_seeds.py: unknown target {target!r}")


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    found = seeds(target, sys.argv[3:])
    if not found:
        raise SystemExit(f"make_seeds.py: no seeds for {target}")
    for data in found:
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{target}: {len(found)} seeds in {out}")


if __name__ == "__main__":
    main()
