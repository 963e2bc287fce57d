"""The project's own URLs, used alike everywhere: the JSON Schema's $id, the
modeline of every example, the SchemaStore entry and the SARIF documentation links."""
import json
import re

SITE = "https://eduroadmap.github.io"  # docs/format.md, "URLs"
MODELINE = re.compile(r"# yaml-language-server: \$schema=(\S+)")


def schema_id(root):
    return json.loads((root / "schema/eduroadmap-1.schema.json").read_text(encoding="utf-8"))["$id"]


def test_schema_id_is_under_the_site_and_names_its_file(root):
    assert schema_id(root) == f"{SITE}/schema/eduroadmap-1.schema.json"


def test_every_example_starts_with_the_modeline_of_the_schema_id(root):
    examples = sorted((root / "examples").glob("*.yaml"))
    assert examples
    for example in examples:
        first = example.read_text(encoding="utf-8").splitlines()[0]
        match = MODELINE.fullmatch(first)
        assert match, f"{example.name}: first line is {first!r}"
        assert match.group(1) == schema_id(root), example.name


def test_schemastore_entry_names_the_schema_id(root):
    entry = json.loads((root / "schema/schemastore-catalog-entry.json").read_text(encoding="utf-8"))
    # The fields SchemaStore's catalog requires of an entry.
    assert {"name", "description", "url"} <= entry.keys()
    assert entry["url"] == schema_id(root)
    assert set(entry.get("versions", {}).values()) <= {schema_id(root)}


def test_docs_state_the_schema_id(root):
    assert schema_id(root) in (root / "docs/format.md").read_text(encoding="utf-8")


def test_sarif_links_live_under_the_same_site(cli):
    r = cli("validate", "--format", "sarif", "--no-config", "examples/tonkino-2020-2021.yaml")
    assert r.returncode in (0, 1), r.stderr
    driver = json.loads(r.stdout)["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == f"{SITE}/docs/rules.md"
    assert driver["rules"], "the SARIF run carries no rule catalog"
    for rule in driver["rules"]:
        assert rule["helpUri"] == f"{SITE}/docs/rules.md#{rule['id']}"
