"""docs/rules.md: every documented example triggers its rule, and every rule
the tool can report is documented."""
import json
import re

import pytest

from conftest import ROOT

DOC = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def documented_examples():
    """(rule id, first yaml block under its heading) for every `### `id`` heading."""
    out = []
    for m in re.finditer(r"^### `([a-z0-9-]+)`\n(.*?)(?=^### |\Z)", DOC, re.S | re.M):
        block = re.search(r"```yaml\n(.*?)```", m.group(2), re.S)
        out.append((m.group(1), block.group(1) if block else None))
    return out


EXAMPLES = documented_examples()


def test_examples_were_found():
    assert len(EXAMPLES) >= 11


@pytest.mark.parametrize("rule,example", EXAMPLES, ids=[r for r, _ in EXAMPLES])
def test_documented_example_triggers_its_rule(cli, tmp_path, rule, example):
    assert example, f"{rule} has no yaml example"
    p = tmp_path / "example.yaml"
    p.write_text(example, encoding="utf-8")
    r = cli("validate", "--format", "json", p)
    assert r.returncode in (0, 1), r.stderr
    rules = [d["rule"] for d in json.loads(r.stdout)["files"][0]["diagnostics"]]
    assert rule in rules
