"""The newcomer's path: `assistant demo` over the bundled sample, and a wheel installed from scratch."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = [row for row in csv.DictReader((FIXTURES / "sample_labels.csv").open(encoding="utf-8"))]


def _demo(run, *args):
    result = run("demo", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_the_sample_mailbox_is_realistic_and_varied():
    labels = [row["label"] for row in SAMPLE]
    assert len(SAMPLE) >= 30
    for label in ("rejection", "on_hold", "interview", "auto_reply", "other", "application_received", "offer"):
        assert label in labels


def test_demo_drafts_thank_yous_for_the_recent_rejections_and_the_interview(run):
    summary = _demo(run)
    made = {(d["to"], d["kind"]) for d in summary["drafts"]}
    assert ("sofia.brandt@halcyonrobotics.ai", "thank_you") in made
    assert ("hmarchetti@pinewatercu.org", "thank_you") in made
    assert ("maren.lindqvist@brightforge.energy", "interview_thank_you") in made
    assert not any(to.startswith(("no-reply", "noreply")) for to, _ in made)
    assert not any("northstarledger" in to for to, _ in made)  # an offer gets no automatic note
    assert summary["seen"] == len(SAMPLE)
    assert summary["failed"] == 0


def test_demo_schedules_the_on_hold_check_in(run):
    summary = _demo(run)
    upcoming = {(u["contact"], u["kind"]) for u in summary["upcoming"]}
    assert ("rachebe@wildgrainfoods.com", "check_in") in upcoming


def test_demo_prints_a_readable_summary(run):
    result = run("demo")
    assert result.code == 0, result.err
    for text in ("New messages by label", "rejection", "Drafts made", "Scheduled next", "sofia.brandt@halcyonrobotics.ai"):
        assert text in result.out


def test_demo_with_home_keeps_its_state(run, home):
    assert run("--home", home, "demo").code == 0
    listed = run("--home", home, "drafts", "list", "--json")
    rows = [json.loads(line) for line in listed.out.splitlines()]
    assert rows and {"id", "to", "subject", "kind", "status", "in_reply_to"} <= set(rows[0])


@pytest.mark.slow
def test_a_built_wheel_installs_in_a_fresh_venv_and_runs_the_demo(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    wheel = next(dist.glob("*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True, env=env, capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    result = subprocess.run([str(env_dir / "bin" / "assistant"), "demo"], cwd=outside, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Drafts made" in result.stdout and "thank_you" in result.stdout
    templates = subprocess.run([str(py), "-c", "import assistant.compose as c; print(sorted(p.name for p in c.packaged_dir().glob('*.j2')))"],
                               cwd=outside, env=env, capture_output=True, text=True, check=True)
    assert "thank_you.warm.j2" in templates.stdout
