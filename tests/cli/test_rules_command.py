"""eduroadmap rules (the table, ru/en) and eduroadmap explain RULE (the docs entry)."""
import json
import os
import re
import subprocess

import pytest

from test_many_files import write


def rule_ids(root):
    """The rule ids that docs/rules.md has an entry for."""
    text = (root / "docs" / "rules.md").read_text(encoding="utf-8")
    return re.findall(r"^### `([a-z-]+)`$", text, flags=re.M)


def test_table_lists_every_documented_rule(cli, root):
    r = cli("rules", "--lang", "en")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["rule", "severity", "what", "it", "catches"]
    listed = [l.split()[0] for l in lines[1:]]
    assert sorted(listed) == sorted(rule_ids(root)) and len(set(listed)) == len(listed)
    assert re.search(r"^numbering-gap +warning +Printed numbers of measures or headings jump", r.stdout, re.M)


def test_table_in_russian_has_a_russian_summary_for_every_rule(cli, root):
    r = cli("rules", "--lang", "ru")
    lines = r.stdout.splitlines()
    assert lines[0].split()[:2] == ["правило", "уровень"]
    for line in lines[1:]:
        rule, rest = line.split(None, 1)
        assert re.search("[а-яё]", rest), line  # severity and summary in Russian
    assert re.search(r"^yaml-syntax +ошибка +Файл не читается как YAML", r.stdout, re.M)


def test_json_matches_the_table(cli, root):
    rules = json.loads(cli("rules", "--format", "json", "--lang", "en").stdout)["rules"]
    table = [l.split()[0] for l in cli("rules", "--lang", "en").stdout.splitlines()[1:]]
    assert [r["id"] for r in rules] == table
    gap = next(r for r in rules if r["id"] == "numbering-gap")
    assert gap["severity"] == "warning" and gap["docs"] == "rules.md#numbering-gap"


def test_language_comes_from_the_configuration_then_the_locale(cli, tmp_path):
    env = {"LANG": "ru_RU.UTF-8"}
    assert cli("rules", env=env).stdout.startswith("правило")
    assert cli("rules", "--lang", "en", env=env).stdout.startswith("rule")


@pytest.mark.parametrize("rule", ["numbering-gap", "dependency-order", "yaml-syntax", "cycle-stage-missing"])
def test_explain_prints_the_docs_entry_with_its_example(cli, root, rule):
    r = cli("explain", rule, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{rule} (")
    docs = (root / "docs" / "rules.md").read_text(encoding="utf-8")
    ids = rule_ids(root)
    start = docs.index(f"### `{rule}`\n")
    following = ids.index(rule) + 1
    end = docs.index(f"### `{ids[following]}`") if following < len(ids) else len(docs)
    shown = r.stdout[r.stdout.index(f"### `{rule}`\n"):]
    # The entry as written, up to the next heading: whole, examples closed.
    assert docs[start:end].startswith(shown.rstrip("\n"))
    assert shown.count("```") % 2 == 0 and shown.count("```") >= 2
    assert len(shown) > 0.8 * len(docs[start:end].split("\n## ")[0])


def test_explain_heads_the_entry_with_the_rule_texts_in_the_language(cli):
    r = cli("explain", "numbering-gap", "--lang", "ru")
    first = r.stdout.splitlines()[:3]
    assert first[0] == "numbering-gap (предупреждение): Нумерация мероприятий или заголовков прерывается или идёт назад."
    assert first[1] == "сообщение: нумерация прерывается: после {previous} идёт {number}"
    assert first[2].startswith("подсказка: ")


def test_explain_an_unknown_rule(cli):
    r = cli("explain", "numbring-gap", "--lang", "en")
    assert r.returncode == 2 and r.stdout == ""
    assert "no rule 'numbring-gap'; did you mean 'numbering-gap'?" in r.stderr


def test_an_unusable_configuration_stops_rules(cli, tmp_path):
    write(tmp_path / ".eduroadmap.yaml", "language: de\n")
    binary = os.path.abspath(os.environ["ERM_CLI"])
    r = subprocess.run([binary, "rules"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 2 and "[wrong-type]" in r.stderr
    write(tmp_path / ".eduroadmap.yaml", "language: ru\n")
    r = subprocess.run([binary, "rules"], cwd=tmp_path, capture_output=True, text=True, env=dict(os.environ, LANG="C"))
    assert r.returncode == 0 and r.stdout.startswith("правило")
