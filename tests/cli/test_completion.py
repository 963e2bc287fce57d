"""eduroadmap completion bash|zsh|fish: the scripts complete commands,
options, option values and rule ids, and name everything `--help` lists."""
import re
import shutil
import subprocess

import pytest


def help_subcommands(cli):
    """The subcommands `eduroadmap --help` lists."""
    r = cli("--help")
    assert r.returncode == 0, r.stderr
    section = r.stdout.split("Subcommands:", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  (\S+)", section, re.M)]


def help_long_options(cli, command):
    """The long options `eduroadmap COMMAND --help` lists, dashes included."""
    r = cli(command, "--help")
    assert r.returncode == 0, r.stderr
    return re.findall(r"^  (?:-\w,)?(--[\w-]+)", r.stdout, re.M)


def complete(script_path, *words):
    """COMPREPLY for the command line `words`, the last word being completed."""
    line = " ".join(f"'{w}'" for w in words)
    program = (f"source {script_path}\n"
               f"COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}\n"
               "_eduroadmap; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return [w for w in r.stdout.splitlines() if w]


def written(cli, tmp_path, shell):
    r = cli("completion", shell)
    assert r.returncode == 0, r.stderr
    path = tmp_path / f"eduroadmap.{shell}"
    path.write_text(r.stdout, encoding="utf-8")
    return path


@pytest.fixture
def script(cli, tmp_path):
    return written(cli, tmp_path, "bash")


def test_commands_options_and_rule_ids(script):
    assert complete(script, "eduroadmap", "va") == ["validate"]
    assert set(complete(script, "eduroadmap", "")) >= {"validate", "rules", "explain", "init", "completion"}
    assert complete(script, "eduroadmap", "validate", "--fo") == ["--format"]
    assert set(complete(script, "eduroadmap", "validate", "--")) >= {"--include", "--exclude", "--quiet", "--color"}
    assert complete(script, "eduroadmap", "explain", "numbering-") == ["numbering-gap"]
    assert complete(script, "eduroadmap", "deadline", "--per") == ["--period"]
    # Paths are left to bash's own file completion.
    assert complete(script, "eduroadmap", "validate", "exa") == []


def test_bash_completes_option_values_from_their_choices(script):
    assert complete(script, "eduroadmap", "validate", "--format", "j") == ["json", "junit"]
    assert complete(script, "eduroadmap", "validate", "--fail-level", "") == ["error", "warning", "info"]
    assert complete(script, "eduroadmap", "completion", "") == ["bash", "zsh", "fish"]
    # A path-valued option: file names.
    assert complete(script, "eduroadmap", "validate", "--config", "x") == []


def test_bash_names_every_subcommand_and_option(cli, script):
    text = script.read_text(encoding="utf-8")
    for command in help_subcommands(cli):
        assert f"        {command})\n" in text, command
        words = complete(script, "eduroadmap", command, "--")
        assert sorted(words) == sorted(help_long_options(cli, command)), command


def test_an_unknown_shell_is_a_bad_invocation(cli):
    assert cli("completion", "tcsh").returncode == 2


def zsh_block(text, command):
    """The _arguments call of `command` in the zsh script."""
    m = re.search(rf"^        {re.escape(command)}\)\n(.*?)^            ;;$", text, re.M | re.S)
    assert m, command
    return m.group(1)


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed (scripts/install-deps.sh)")
def test_zsh_script_parses_and_registers_itself(cli, tmp_path):
    path = written(cli, tmp_path, "zsh")
    r = subprocess.run(["zsh", "-n", path], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    # Sourced after compinit, it binds _eduroadmap to the command.
    program = f"autoload -U compinit; compinit -u -D -d {tmp_path}/zcompdump; source {path}; print -r -- $_comps[eduroadmap]"
    r = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True, timeout=30,
                       env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0 and r.stdout.strip() == "_eduroadmap", r.stdout + r.stderr


def test_zsh_names_every_subcommand_option_and_choice(cli, tmp_path):
    text = written(cli, tmp_path, "zsh").read_text(encoding="utf-8")
    assert text.startswith("#compdef eduroadmap\n")
    assert len(help_subcommands(cli)) >= 16 and len(help_long_options(cli, "validate")) >= 14
    for command in help_subcommands(cli):
        assert re.search(rf"^        '{command}:\S", text, re.M), command  # in the list of commands, described
        block = zsh_block(text, command)
        for option in help_long_options(cli, command):
            assert re.search(rf"'(\(.*?\))?\*?{option}[=\[]", block), (command, option)
    validate = zsh_block(text, "validate")
    assert "'--format=[Output format]:format:(text json junit sarif github gitlab)'" in validate
    assert "'(--output -o)-o+[" in validate  # a short option's value may follow it directly
    assert "'*--include=[" in validate  # repeats
    assert "'*:paths:_files'" in validate
    assert re.search(r"':rule:\([^)]*\bnumbering-gap\b", zsh_block(text, "explain"))


def fish_complete(path, line):
    """What fish offers for `line`: the candidates, without their descriptions."""
    r = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C {line!r}"], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return [c.split("\t")[0] for c in r.stdout.splitlines()]


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed (scripts/install-deps.sh)")
def test_fish_completes_commands_options_values_and_rule_ids(cli, tmp_path):
    path = written(cli, tmp_path, "fish")
    r = subprocess.run(["fish", "--no-execute", path], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    assert sorted(fish_complete(path, "eduroadmap ")) == sorted(help_subcommands(cli))
    assert fish_complete(path, "eduroadmap va") == ["validate"]
    for command in help_subcommands(cli):
        offered = fish_complete(path, f"eduroadmap {command} --")
        assert sorted(offered) == sorted(help_long_options(cli, command)), command
    assert sorted(fish_complete(path, "eduroadmap validate --format ")) == sorted(
        ["text", "json", "junit", "sarif", "github", "gitlab"])
    assert fish_complete(path, "eduroadmap explain numbering-") == ["numbering-gap"]
    assert sorted(fish_complete(path, "eduroadmap rules --lang=")) == ["--lang=en", "--lang=ru"]
    # No file names before a command or for a rule id; file names for a roadmap.
    (tmp_path / "plan.yaml").write_text("", encoding="utf-8")
    assert fish_complete(path, f"eduroadmap explain {tmp_path}/pl") == []
    assert fish_complete(path, f"eduroadmap validate {tmp_path}/pl") == [f"{tmp_path}/plan.yaml"]
