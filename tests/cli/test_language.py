"""One language rule for every command: --lang, then the configuration, then the locale."""
import os
import subprocess

import pytest

from test_many_files import write

AMBIGUOUS = "Январь"  # a month without a year in a two-year period


def run(cwd, *args, lang_env="C.UTF-8"):
    binary = os.path.abspath(os.environ["ERM_CLI"])
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang_env
    return subprocess.run([binary, *map(str, args)], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def test_deadline_text_follows_lang_then_configuration_then_locale(tmp_path):
    args = ("deadline", "--format", "text", "--period", "2021-2022", AMBIGUOUS)
    assert run(tmp_path, *args).stdout.rstrip().endswith("[ambiguous]")
    assert run(tmp_path, *args, lang_env="ru_RU.UTF-8").stdout.rstrip().endswith("[неоднозначно]")
    write(tmp_path / ".eduroadmap.yaml", "language: ru\n")
    assert run(tmp_path, *args).stdout.rstrip().endswith("[неоднозначно]")
    assert run(tmp_path, *args, "--lang", "en").stdout.rstrip().endswith("[ambiguous]")
    # JSON has no language: an unusable configuration does not stop it.
    write(tmp_path / ".eduroadmap.yaml", "language: de\n")
    assert run(tmp_path, "deadline", AMBIGUOUS).returncode == 0
    r = run(tmp_path, *args)
    assert r.returncode == 2 and "[wrong-type]" in r.stderr


def test_import_takes_the_language_of_the_configuration_governing_the_file(tmp_path, root):
    source = root / "tests" / "fixtures" / "sources" / "tosno-2021.txt"
    plan = tmp_path / "plans" / "tosno.txt"
    plan.parent.mkdir()
    plan.write_bytes(source.read_bytes())
    out = tmp_path / "out.yaml"
    english = run(tmp_path, "import", plan, "-o", out)
    assert english.returncode == 0, english.stderr
    write(plan.parent / ".eduroadmap.yaml", "language: ru\n")
    russian = run(tmp_path, "import", plan, "-o", out)
    assert russian.returncode == 0 and russian.stderr != english.stderr
    assert run(tmp_path, "import", plan, "-o", out, "--lang", "en").stderr == english.stderr
    assert run(tmp_path, "import", plan, "-o", out, lang_env="ru_RU.UTF-8").stderr == russian.stderr


@pytest.mark.parametrize("command", ["rules", "explain numbering-gap"])
def test_commands_without_a_roadmap_read_the_configuration_of_the_current_directory(tmp_path, command):
    english = run(tmp_path, *command.split()).stdout
    write(tmp_path / ".eduroadmap.yaml", "language: ru\n")
    russian = run(tmp_path, *command.split()).stdout
    assert russian != english and ("правило" in russian or "предупреждение" in russian)
