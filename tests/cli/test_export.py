"""eduroadmap export: YAML and JSON forms of a roadmap."""
import json


def test_yaml_export_round_trips_through_the_cli(cli, root, tmp_path):
    out = tmp_path / "tosno.yaml"
    r = cli("export", root / "examples" / "tosno-2021.yaml", "-o", out)
    assert r.returncode == 0, r.stderr
    again = cli("export", out)
    assert again.returncode == 0
    assert again.stdout == out.read_text(encoding="utf-8")


def test_json_export_keeps_every_measure(cli, root):
    r = cli("export", "--format", "json", root / "examples" / "bashmakovo-2020-2022.yaml")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["id"] == "bashmakovo-2020-2022"
    assert sum(len(s["measures"]) for s in data["sections"]) == 93


def test_export_refuses_a_broken_roadmap(cli, tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("schema: eduroadmap/1\nid: x\nid: y\n", encoding="utf-8")
    r = cli("export", p)
    assert r.returncode == 1
    assert r.stdout == ""
    assert "duplicate-key" in r.stderr
