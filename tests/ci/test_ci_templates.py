"""The GitHub Action (action.yml) and the GitLab CI template
(ci/gitlab/eduroadmap.gitlab-ci.yml): their shell steps, taken from the YAML
with the inputs substituted, run against the built CLI in a workspace with a
bundled example and a broken roadmap; the SARIF, Code Quality and JUnit files
they write must parse and carry the findings `validate --format json` reports."""
import json
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
import yaml

from ci_support import BROKEN, EXAMPLE, ROOT, at_or_above, json_findings

EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")


# ---- GitHub Actions ---------------------------------------------------------

def action():
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def step(action_yml, step_id):
    (found,) = [s for s in action_yml["runs"]["steps"] if s.get("id") == step_id]
    return found


def expand(value, inputs, context):
    """A `${{ … }}` expression as the runner would substitute it."""
    def one(match):
        name = match.group(1)
        if name.startswith("inputs."):
            return inputs[name.removeprefix("inputs.")]
        return context[name]
    return EXPRESSION.sub(one, value)


def run_action_step(step_id, inputs, workspace, env, tmp_path):
    """One `run:` step of the composite action, as the runner runs it (bash -e -o pipefail)."""
    spec = action()
    values = {name: spec_input.get("default", "") for name, spec_input in spec["inputs"].items()}
    values.update(inputs)
    s = step(spec, step_id)
    assert s["shell"] == "bash"
    outputs = tmp_path / "github-output"
    outputs.write_text("")
    step_env = dict(env, RUNNER_TEMP=str(tmp_path / "runner-temp"), GITHUB_OUTPUT=str(outputs),
                    GITHUB_PATH=str(tmp_path / "github-path"))
    (tmp_path / "runner-temp").mkdir(exist_ok=True)
    for key, value in s.get("env", {}).items():
        step_env[key] = expand(value, values, {"github.action_path": str(ROOT)})
    r = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", s["run"]], cwd=workspace,
                       env=step_env, capture_output=True, text=True, timeout=300)
    return r, dict(line.split("=", 1) for line in outputs.read_text().splitlines() if "=" in line)


def sarif_findings(path):
    sarif = json.loads(path.read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    levels = {"note": "info", "warning": "warning", "error": "error"}
    return sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                   r["locations"][0]["physicalLocation"]["region"]["startLine"], r["ruleId"], levels[r["level"]])
                  for r in run["results"])


def test_action_declares_its_inputs_and_uploads_the_sarif_file():
    spec = action()
    assert spec["runs"]["using"] == "composite"
    assert {"paths", "format", "fail-level", "sarif-file"} <= spec["inputs"].keys()
    upload = [s for s in spec["runs"]["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    assert len(upload) == 1
    assert upload[0]["with"]["sarif_file"] == "${{ inputs.sarif-file }}"


@pytest.mark.parametrize("fail_level, status", [("", 1), ("warning", 1)])
def test_action_validates_and_writes_sarif(workspace, env, tmp_path, fail_level, status):
    inputs = {"paths": "roadmaps", "sarif-file": "results.sarif", "fail-level": fail_level}
    r, outputs = run_action_step("validate", inputs, workspace, env, tmp_path)
    assert r.returncode == status, r.stdout + r.stderr
    assert outputs == {"sarif-written": "true"}
    # The job log in the default format (github): an annotation per finding.
    assert f"::error file=roadmaps/{BROKEN},line=11" in r.stdout
    assert sarif_findings(workspace / "results.sarif") == json_findings(env, workspace, ["roadmaps"])


def test_action_passes_on_a_valid_roadmap(workspace, env, tmp_path):
    inputs = {"paths": f"roadmaps/{EXAMPLE}", "format": "text"}
    r, outputs = run_action_step("validate", inputs, workspace, env, tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    found = sarif_findings(workspace / "eduroadmap.sarif")
    assert found == json_findings(env, workspace, [f"roadmaps/{EXAMPLE}"]) and found
    assert "1 file checked" in r.stdout


def test_action_stops_on_a_bad_invocation_without_an_upload(workspace, env, tmp_path):
    r, outputs = run_action_step("validate", {"paths": "roadmaps", "fail-level": "fatal"}, workspace, env, tmp_path)
    assert r.returncode == 2
    assert outputs == {}


def test_action_installs_a_given_binary(workspace, env, tmp_path, cli_dir):
    r, _ = run_action_step("install", {"binary": str(cli_dir / "eduroadmap")}, workspace, env, tmp_path)
    assert r.returncode == 0, r.stderr
    (bin_dir,) = (tmp_path / "github-path").read_text().split()
    version = subprocess.run([f"{bin_dir}/eduroadmap", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("eduroadmap ") and version.stdout == r.stdout


# ---- GitLab CI --------------------------------------------------------------

def gitlab_job():
    template = yaml.safe_load((ROOT / "ci/gitlab/eduroadmap.gitlab-ci.yml").read_text(encoding="utf-8"))
    return template[".eduroadmap-validate"]


def run_gitlab_script(variables, workspace, env):
    """The job's `script:` as a GitLab runner's bash runs it, its variables set."""
    job = gitlab_job()
    job_env = {**env, **{k: str(v) for k, v in job["variables"].items()}, **variables}
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", "\n".join(job["script"])],
                          cwd=workspace, env=job_env, capture_output=True, text=True, timeout=300)


def code_quality_findings(path):
    severity = {"info": "info", "minor": "warning", "major": "error", "critical": "error", "blocker": "error"}
    return sorted((i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"], severity[i["severity"]])
                  for i in json.loads(path.read_text(encoding="utf-8")))


def junit_failures(path):
    """{file: [failure types]} of a JUnit report."""
    root = ET.parse(path).getroot()
    return {case.get("file"): sorted(f.get("type") for f in case.findall("failure")) for case in root.iter("testcase")}


def test_gitlab_job_reports_are_the_files_the_script_writes():
    reports = gitlab_job()["artifacts"]["reports"]
    script = "\n".join(gitlab_job()["script"])
    assert "--format gitlab" in script and f"> {reports['codequality']}" in script
    assert "--format junit" in script and f"> {reports['junit']}" in script
    assert gitlab_job()["artifacts"]["when"] == "always"


@pytest.mark.parametrize("fail_level", ["", "warning"])
def test_gitlab_job_writes_code_quality_and_junit(workspace, env, fail_level):
    r = run_gitlab_script({"EDUROADMAP_PATHS": "roadmaps", "EDUROADMAP_FAIL_LEVEL": fail_level}, workspace, env)
    assert r.returncode == 1, r.stdout + r.stderr
    reports = gitlab_job()["artifacts"]["reports"]
    expected = json_findings(env, workspace, ["roadmaps"])
    assert code_quality_findings(workspace / reports["codequality"]) == expected
    level = fail_level or "error"
    failures = junit_failures(workspace / reports["junit"])
    for file in (f"roadmaps/{EXAMPLE}", f"roadmaps/{BROKEN}"):
        assert failures[file] == sorted(rule for path, _, rule, severity in expected
                                        if path == file and at_or_above(severity, level))
    assert "unknown-field" in failures[f"roadmaps/{BROKEN}"]


def test_gitlab_job_passes_on_a_valid_roadmap(workspace, env):
    r = run_gitlab_script({"EDUROADMAP_PATHS": f"roadmaps/{EXAMPLE}"}, workspace, env)
    assert r.returncode == 0, r.stdout + r.stderr
    reports = gitlab_job()["artifacts"]["reports"]
    assert code_quality_findings(workspace / reports["codequality"]) == json_findings(
        env, workspace, [f"roadmaps/{EXAMPLE}"])
    assert junit_failures(workspace / reports["junit"]) == {f"roadmaps/{EXAMPLE}": []}


def test_gitlab_job_without_paths_fails_with_a_message(workspace, env):
    r = run_gitlab_script({}, workspace, env)
    assert r.returncode == 2 and "EDUROADMAP_PATHS" in r.stdout


# ---- building from source ---------------------------------------------------

def test_source_builds_name_options_and_targets_the_project_has():
    # The action's install step and the template's before_script build the CLI
    # from source (too slow to run here): the options and target they name exist.
    cmake_text = "".join(p.read_text(encoding="utf-8") for p in [ROOT / "CMakeLists.txt", ROOT / "cmake/install.cmake",
                                                               ROOT / "cli/CMakeLists.txt"])
    scripts = {"action.yml": step(action(), "install")["run"], "gitlab": "\n".join(gitlab_job()["before_script"])}
    for name, script in scripts.items():
        options = re.findall(r"-D(EDUROADMAP_\w+)=", script)
        assert options, name
        for option in options:
            assert re.search(rf"option\({option}\b", cmake_text), f"{name}: no CMake option {option}"
        (target,) = set(re.findall(r"--target (\w+)", script))
        assert re.search(rf"add_executable\({target}\b", cmake_text), f"{name}: no target {target}"
        assert "scripts/install-deps.sh" in script and (ROOT / "scripts/install-deps.sh").is_file()
        # The binary it puts on PATH is where that target's build writes it.
        assert "build/cli" in script and "OUTPUT_NAME eduroadmap" in cmake_text
