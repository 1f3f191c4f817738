"""Two runs on one home: the second exits at once with one sentence and exit code 75 (EX_TEMPFAIL);
the first finishes as if alone. Real processes, a real lock file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import AlreadyRunning
from assistant.store import LOCK_NAME

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import mailgen  # noqa: E402

NOW = "2026-11-20T18:00:00+00:00"
N = 800


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _cmd(home: Path, mbox: Path) -> list[str]:
    return [
        sys.executable, "-m", "assistant", "--home", str(home), "--now", NOW,
        "scan", "--source", f"mbox:{mbox}", "--json",
    ]  # fmt: skip


def _lock_held(lock_file: Path) -> bool:
    """Whether some process holds an flock on the lock file, read from /proc/locks (taking the lock
    to find out would race with the scan)."""
    try:
        inode = lock_file.stat().st_ino
    except FileNotFoundError:
        return False
    with open("/proc/locks") as fh:
        return any(line.split()[5].endswith(f":{inode}") for line in fh if len(line.split()) > 5)


@pytest.fixture(scope="module")
def mbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conc") / "mail.mbox"
    mailgen.write_mbox(path, mailgen.generate(N, seed=11))
    return path


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks to see the lock")
def test_a_second_scan_exits_at_once_and_the_first_is_unaffected(tmp_path: Path, mbox: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.json").write_text(json.dumps({"me.email": mailgen.DEFAULT_OWNER[1]}))
    first = subprocess.Popen(_cmd(home, mbox), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    try:
        deadline = time.monotonic() + 30
        while not _lock_held(home / LOCK_NAME):
            assert first.poll() is None, "the first scan ended before it was seen holding the lock"
            assert time.monotonic() < deadline
            time.sleep(0.01)

        started = time.monotonic()
        second = subprocess.run(_cmd(home, mbox), capture_output=True, text=True, env=_env(), timeout=30)
        took = time.monotonic() - started
        still_running = first.poll() is None
    finally:
        out, err = first.communicate(timeout=120)

    assert still_running, "the first scan must still be running when the second is refused"
    assert second.returncode == AlreadyRunning.exit_code == 75
    assert second.stdout == ""
    assert second.stderr.strip() == (
        "Another assistant run is using this home right now; wait for it to finish and try again."
    )
    assert took < 10  # at once: no waiting for the lock (the time is interpreter start-up)

    assert first.returncode == 0, err.decode()
    summary = json.loads(out)
    assert summary["new"] == N and summary["failed"] == 0 and summary["already_seen"] == 0
    data = json.loads((home / "assistant.json").read_text())
    assert len(data["messages"]) == N


def test_reading_commands_work_while_a_scan_holds_the_lock(tmp_path: Path, mbox: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.json").write_text(json.dumps({"me.email": mailgen.DEFAULT_OWNER[1]}))
    subprocess.run(_cmd(home, mbox), check=True, capture_output=True, env=_env(), timeout=120)
    from assistant.store import Store

    with Store.open(home):  # this test process holds the run lock, as a scan would
        listed = subprocess.run(
            [sys.executable, "-m", "assistant", "--home", str(home), "drafts", "list", "--json"],
            capture_output=True, text=True, env=_env(), timeout=30,
        )  # fmt: skip
        blocked = subprocess.run(
            [sys.executable, "-m", "assistant", "--home", str(home), "tag", "nope", "other"],
            capture_output=True, text=True, env=_env(), timeout=30,
        )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert all(json.loads(line)["id"] for line in listed.stdout.splitlines())
    assert blocked.returncode == 75 and "Another assistant run" in blocked.stderr
    assert "Traceback" not in blocked.stderr
