"""eduroadmap completion bash: the script completes commands, options and rule ids."""
import os
import subprocess

import pytest


def complete(script_path, *words):
    """COMPREPLY for the command line `words`, the last word being completed."""
    line = " ".join(f"'{w}'" for w in words)
    program = (f"source {script_path}\n"
               f"COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}\n"
               "_eduroadmap; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return [w for w in r.stdout.splitlines() if w]


@pytest.fixture
def script(cli, tmp_path):
    r = cli("completion", "bash")
    assert r.returncode == 0, r.stderr
    path = tmp_path / "eduroadmap.bash"
    path.write_text(r.stdout, encoding="utf-8")
    return path


def test_commands_options_and_rule_ids(script):
    assert complete(script, "eduroadmap", "va") == ["validate"]
    assert set(complete(script, "eduroadmap", "")) >= {"validate", "rules", "explain", "init", "completion"}
    assert complete(script, "eduroadmap", "validate", "--fo") == ["--format"]
    assert set(complete(script, "eduroadmap", "validate", "--")) >= {"--include", "--exclude", "--quiet", "--color"}
    assert complete(script, "eduroadmap", "explain", "numbering-") == ["numbering-gap"]
    assert complete(script, "eduroadmap", "deadline", "--per") == ["--period"]
    # Paths are left to bash's own file completion.
    assert complete(script, "eduroadmap", "validate", "exa") == []


def test_an_unknown_shell_is_a_bad_invocation(cli):
    assert cli("completion", "tcsh").returncode == 2
