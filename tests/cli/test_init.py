"""eduroadmap init: a template roadmap with the nine directions and a
commented configuration, which validate as written."""
import json

import yaml


def test_init_writes_a_template_that_validates_cleanly(cli, tmp_path, root):
    r = cli("init", tmp_path / "plans", "--id", "my-plan", "--period", "2025-2027")
    assert r.returncode == 0, r.stderr
    plan, config = tmp_path / "plans" / "my-plan.yaml", tmp_path / "plans" / ".eduroadmap.yaml"
    assert r.stdout.splitlines() == [str(plan), str(config)]
    text = plan.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=https://eduroadmap.github.io/schema/eduroadmap-1.schema.json\n")
    data = yaml.safe_load(text)
    assert data["id"] == "my-plan" and data["period"] == "2025-2027"
    catalog = yaml.safe_load((root / "catalogs" / "fioko-2020.yaml").read_text(encoding="utf-8"))
    codes = [d["code"] for d in catalog["directions"]]
    assert len(codes) == 9 and [s["direction"] for s in data["sections"]] == codes
    assert all(len(s["measures"]) == 5 for s in data["sections"])
    # The configuration is all comments: the defaults, until a line is uncommented.
    assert all(not l.strip() or l.startswith("#") for l in config.read_text(encoding="utf-8").splitlines())
    r = cli("validate", "--format", "json", "--fail-level", "info", tmp_path / "plans")
    assert r.returncode == 0, r.stdout
    report = json.loads(r.stdout)
    assert [f["path"] for f in report["files"]] == [str(plan)]
    assert report["files"][0]["diagnostics"] == []
    coverage = json.loads(cli("coverage", "--format", "json", plan).stdout)
    assert coverage  # the reading commands open it too


def test_init_refuses_to_overwrite_without_force(cli, tmp_path):
    assert cli("init", tmp_path).returncode == 0
    plan = tmp_path / "roadmap.yaml"
    plan.write_text("mine\n", encoding="utf-8")
    r = cli("init", tmp_path)
    assert r.returncode == 2 and "exists (--force overwrites it)" in r.stderr
    assert plan.read_text(encoding="utf-8") == "mine\n"
    assert cli("init", tmp_path, "--force").returncode == 0
    assert plan.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_init_rejects_a_bad_id_or_period(cli, tmp_path):
    assert cli("init", tmp_path, "--id", "Мой план").returncode == 2
    r = cli("init", tmp_path, "--period", "когда-нибудь")
    assert r.returncode == 2 and "bad --period" in r.stderr
    assert not (tmp_path / "roadmap.yaml").exists()
