"""eduroadmap(1): the manual page the tool writes (`eduroadmap man`) renders
with man and groff without a warning and documents every command and option."""
import os
import re
import shutil
import subprocess

import pytest

from test_completion import help_long_options, help_subcommands


@pytest.fixture
def page(cli, tmp_path):
    r = cli("man")
    assert r.returncode == 0, r.stderr
    path = tmp_path / "eduroadmap.1"
    path.write_text(r.stdout, encoding="utf-8")
    return path


def render(page):
    """The page as `man -l` shows it, in plain text."""
    env = dict(os.environ, MANWIDTH="100", MANPAGER="cat", PAGER="cat", LANG="C.UTF-8", MAN_KEEP_FORMATTING="")
    env.pop("MAN_KEEP_FORMATTING")
    r = subprocess.run(["man", "-l", "-E", "UTF-8", str(page)], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    # Bold and underline as terminals get them: c\bc and _\bc.
    return re.sub(r".\x08", "", r.stdout)


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed (scripts/install-deps.sh)")
def test_groff_reads_the_page_without_a_warning(page):
    r = subprocess.run(["groff", "-man", "-ww", "-k", "-Tutf8", "-z", str(page)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr


@pytest.mark.skipif(shutil.which("man") is None, reason="man-db is not installed (scripts/install-deps.sh)")
def test_the_page_names_every_command_and_its_options(cli, page):
    text = render(page)
    assert text.startswith("EDUROADMAP(1)")
    assert re.search(r"^NAME\n\s+eduroadmap - validate, query and convert", text, re.M)
    sections = re.findall(r"^   (\S+)$", text, re.M)  # the .SS headings
    assert sections == help_subcommands(cli)
    for command in sections:
        # Up to the next command's heading or the next section.
        body = re.split(r"\n(?=   \S|\S)", text.split(f"\n   {command}\n", 1)[1], maxsplit=1)[0]
        assert f"eduroadmap {command} [OPTIONS]" in body, command
        for option in help_long_options(cli, command):
            assert re.search(rf"^\s+(-\w, )?{option}\b", body, re.M), (command, option)
    validate = text.split("\n   validate\n", 1)[1]
    assert "PATHS..." in validate and "One of: error, warning, info." in validate
    assert "«дорожные карты»" in text
    for heading in ("SYNOPSIS", "EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"):
        assert re.search(rf"^{heading}$", text, re.M), heading


def test_the_man_command_is_hidden_from_help_and_completion(cli):
    assert "man" not in help_subcommands(cli)
    assert " man)" not in cli("completion", "bash").stdout
    assert "\n.SS man\n" not in cli("man").stdout
