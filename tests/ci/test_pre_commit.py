"""The pre-commit hook (.pre-commit-hooks.yaml), run by Debian's pre-commit
through `pre-commit try-repo` in a sample repository."""
import shutil
import subprocess

import pytest
import yaml

from ci_support import BROKEN, EXAMPLE, ROOT

HOOK = "eduroadmap-validate"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)


@pytest.fixture()
def hook_repo(tmp_path):
    """A repository holding only this checkout's .pre-commit-hooks.yaml, committed."""
    repo = tmp_path / "hooks"
    repo.mkdir()
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", repo)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "hooks")
    return repo


def try_repo(hook_repo, sample, env, tmp_path):
    git(sample, "init", "-q")
    git(sample, "add", ".")
    run_env = dict(env, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    pre_commit = shutil.which("pre-commit")
    assert pre_commit, "pre-commit is not installed (scripts/install-deps.sh installs it)"
    return subprocess.run([pre_commit, "try-repo", str(hook_repo), HOOK, "--all-files", "--color", "never"],
                          cwd=sample, env=run_env, capture_output=True, text=True, timeout=300)


def test_hook_is_declared_as_documented():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == HOOK
    assert hook["language"] == "system"
    assert hook["entry"] == "eduroadmap validate"
    assert hook["files"] == r"\.ya?ml$"


def test_hook_passes_on_a_valid_roadmap(hook_repo, workspace, env, tmp_path):
    (workspace / "roadmaps" / BROKEN).unlink()
    # The tool's own configuration is YAML too, but not a roadmap: left out.
    (workspace / ".eduroadmap.yaml").write_text("fail_level: error\n", encoding="utf-8")
    r = try_repo(hook_repo, workspace, env, tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "eduroadmap validate" in r.stdout and "Passed" in r.stdout


def test_hook_fails_on_a_broken_roadmap(hook_repo, workspace, env, tmp_path):
    r = try_repo(hook_repo, workspace, env, tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Failed" in r.stdout
    # The finding, located, in the hook's output; the valid example passes.
    assert f"roadmaps/{BROKEN}:11:9: error:" in r.stdout and "[unknown-field]" in r.stdout
    assert not [line for line in r.stdout.splitlines()
                if line.startswith(f"roadmaps/{EXAMPLE}:") and ": error:" in line]
