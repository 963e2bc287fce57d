"""What the CI integration tests share: the roadmaps of the workspace and the
findings the CLI's own JSON report gives for them."""
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = "tonkino-2020-2021.yaml"  # no errors: validates with exit status 0
BROKEN = "broken-roadmap.yaml"      # an unknown field: an error, exit status 1
SEVERITIES = ("info", "warning", "error")


def json_findings(env, workspace, paths):
    """(path, line, rule, severity) of every finding `validate --format json` reports, sorted."""
    r = subprocess.run(["eduroadmap", "validate", "--format", "json", *paths], cwd=workspace, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 1), r.stderr
    return sorted((f["path"], d["line"], d["rule"], d["severity"])
                  for f in json.loads(r.stdout)["files"] for d in f["diagnostics"])


def at_or_above(severity, fail_level):
    return SEVERITIES.index(severity) >= SEVERITIES.index(fail_level)
