"""eduroadmap --version: the library's version and the commit the tool was built from."""
import re
import shutil
import subprocess

VERSION_LINE = re.compile(r"eduroadmap (\d+\.\d+\.\d+) \(commit (\S+)\)")


def header_version(root):
    """The version include/eduroadmap/version.hpp defines, the one place it is set."""
    text = (root / "include/eduroadmap/version.hpp").read_text(encoding="utf-8")
    parts = [re.search(rf"#define EDUROADMAP_VERSION_{p} (\d+)", text).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
    string = re.search(r'#define EDUROADMAP_VERSION_STRING "([^"]+)"', text).group(1)
    assert string == ".".join(parts)
    return string


def test_version_prints_the_version_and_the_commit(cli, root):
    r = cli("--version")
    assert r.returncode == 0, r.stderr
    match = VERSION_LINE.fullmatch(r.stdout.strip())
    assert match, f"unexpected --version output: {r.stdout!r}"
    assert match.group(1) == header_version(root)
    commit = match.group(2)
    git = shutil.which("git")
    if not (root / ".git").exists() or git is None:
        assert commit == "unknown"
        return
    # `git describe --always --dirty` of this checkout at configure time: it
    # names a commit of this repository (the checkout may have moved since).
    described = commit.removesuffix("-dirty")
    assert re.fullmatch(r"[0-9A-Za-z._/-]+", described), commit
    found = subprocess.run([git, "rev-parse", "--verify", "--quiet", described + "^{commit}"],
                           cwd=root, capture_output=True, text=True)
    assert found.returncode == 0, f"--version names {commit!r}, not a commit of this repository"


def test_version_is_the_semantic_version_of_the_changelog(cli, root):
    # The latest released section of CHANGELOG.md is the version built.
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, re.M)
    assert released, "CHANGELOG.md has no released version"
    assert released[0] == header_version(root)
