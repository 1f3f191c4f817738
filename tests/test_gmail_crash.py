"""Crash trials against Gmail: `assistant scan` (Gmail, via the local API server) killed with SIGKILL at
seeded random moments, then rerun to completion.

The server runs in this process (a thread, its clock fixed at the scans' --now); each scan is a real
subprocess (`python -m assistant --home H --now NOW scan --json`, ASSISTANT_GMAIL_ENDPOINT set, proxy
variables cleared). The mailbox: 150 generated messages of the 40 days before --now (INBOX and SENT,
internal dates from their Date headers), with recent interviews and rejections from people, so the
scan makes Gmail drafts; the server answers each drafts.create a little late (it has made the draft),
so kills land between Gmail making a draft and the store learning its id. One clean scan gives the expected end state and the timing of its phases;
half the kills are spread over the whole scan, half over the draft-creation phase (the write-ahead
record, the drafts.create call, the record's update). After each kill and after each rerun:

- the store opens (valid JSON, schema version, the killed run's lock gone);
- no draft is duplicated on the server (one per X-Assistant-Draft id, one per thread and recipient)
  nor in the store;
- at the end every server message is processed exactly once (stored messages + failures == the
  server's message ids, disjoint), every local draft is one server draft and the other way round,
  and the drafts equal the clean run's.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.store import DB_NAME, SCHEMA_VERSION, Store
from tests.gmail_server import FakeClock, GmailServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import mailgen  # noqa: E402

SEED = 7_20261120
N_MESSAGES = 150
DAYS = 40
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
OWNER = mailgen.DEFAULT_OWNER
FAST_TRIALS = 12  # in the normal suite
SLOW_TRIALS = 14  # marked slow: together 26 trials
DRAFT_ANSWER_DELAY = 0.12
WORKERS = 2
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")

Mailbox = list[tuple[bytes, str, float]]  # raw, folder label, internal date


@pytest.fixture(scope="module")
def mailbox() -> Mailbox:
    msgs = mailgen.generate(
        N_MESSAGES, seed=SEED, start=NOW - timedelta(days=DAYS), end=NOW - timedelta(hours=1), owner=OWNER
    )
    return [
        (
            raw,
            "SENT" if truth["folder"] == "SENT" else "INBOX",
            datetime.fromisoformat(truth["date"]).timestamp(),
        )
        for raw, truth in msgs
    ]


def start_server(mailbox: Mailbox) -> GmailServer:
    """A fresh server holding the mailbox; message ids are the same on every server (same order)."""
    server = GmailServer(email_address=OWNER[1], clock=FakeClock(NOW.timestamp()).time)
    for raw, folder, when in mailbox:
        server.add_message(raw, labels=(folder,), internal_date=when)
    # Each drafts.create takes effect at once but is answered DRAFT_ANSWER_DELAY later: the window
    # where Gmail has the draft and the store does not know its id yet is wide enough to kill in.
    server.faults.add(
        rate=1.0, kinds=("slow",), methods=["users.drafts.create"], slow_seconds=DRAFT_ANSWER_DELAY
    )
    return server.start()


def make_home(path: Path, server: GmailServer) -> Path:
    path.mkdir(parents=True)
    (path / "config.json").write_text(json.dumps({"me.email": OWNER[1], "me.name": OWNER[0]}))
    server.write_token(path)
    return path


def scan_env(server: GmailServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") and k not in PROXY_VARS}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["ASSISTANT_GMAIL_ENDPOINT"] = server.endpoint
    env["ASSISTANT_GMAIL_QUOTA_UNITS"] = "0"  # no pacing: the server enforces no quota here
    env["NO_PROXY"] = "127.0.0.1,localhost"
    env["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    return env


def scan_command(home: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "assistant",
        "--home",
        str(home),
        "--now",
        NOW.isoformat(),
        "scan",
        "--json",
    ]


def run_to_completion(home: Path, server: GmailServer) -> dict:
    done = subprocess.run(
        scan_command(home), capture_output=True, text=True, env=scan_env(server), timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


@dataclass(frozen=True)
class Kill:
    """When to kill: `delay` seconds after the start, or (after_drafts > 0) `delay` seconds after the
    server has made that many drafts."""

    delay: float
    after_drafts: int = 0

    def __str__(self) -> str:
        if self.after_drafts:
            return f"killed {self.delay:.3f}s after draft {self.after_drafts} was made"
        return f"killed after {self.delay:.2f}s"


def kill_scan(home: Path, server: GmailServer, kill: Kill) -> bool:
    """Start a scan and SIGKILL it as `kill` says. True when it was still running."""
    proc = subprocess.Popen(
        scan_command(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=scan_env(server)
    )
    try:
        if kill.after_drafts:
            while len(server.state.drafts) < kill.after_drafts and proc.poll() is None:
                time.sleep(0.002)
        proc.wait(timeout=kill.delay)
        return False
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


# --- what the store and the server may look like ------------------------------------------------


def load_store(home: Path) -> dict:
    """The store as JSON ({} when no run got as far as writing it); it must open."""
    path = home / DB_NAME
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["meta"]["schema"]["version"] == SCHEMA_VERSION
    with Store.open(home) as store:
        assert store.get("meta", "schema") == {"version": SCHEMA_VERSION}
    return data


def server_drafts(server: GmailServer) -> dict[str, dict[str, str]]:
    """Server draft id -> {"marker" (X-Assistant-Draft), "thread", "to"}."""
    out = {}
    for draft_id in list(server.state.drafts):
        head = server.draft_headers(draft_id)
        out[draft_id] = {
            "marker": str(head.get("X-Assistant-Draft", "")),
            "thread": server.draft(draft_id).thread_id,
            "to": str(head.get("To", "")).lower(),
        }
    return out


def assert_no_duplicates(data: dict, remote: dict[str, dict[str, str]], where: str) -> None:
    markers = Counter(d["marker"] for d in remote.values())
    assert all(markers.values()) and max(markers.values(), default=1) == 1, f"{where}: {markers}"
    assert "" not in markers, f"{where}: a server draft without X-Assistant-Draft"
    per_thread = Counter((d["thread"], d["to"]) for d in remote.values())
    assert max(per_thread.values(), default=1) == 1, f"{where}: two drafts in one thread to one person"
    local = Counter((d["contact"], d["kind"], d["reply_to_message"]) for d in data.get("drafts", {}).values())
    assert max(local.values(), default=1) == 1, f"{where}: duplicated local drafts"
    # every server draft is known locally (as a draft, or as a write-ahead record the rerun resolves)
    assert {d["marker"] for d in remote.values()} <= set(data.get("drafts", {})), f"{where}: orphan draft"


def comparable_drafts(data: dict) -> dict[str, dict]:
    keep = ("kind", "to", "subject", "body", "in_reply_to", "reply_to_message", "contact", "due", "status")
    return {key: {k: d.get(k) for k in keep} for key, d in data.get("drafts", {}).items()}


def comparable_messages(data: dict) -> dict[str, tuple]:
    return {key: (m["label"], m["direction"], m["contact"]) for key, m in data.get("messages", {}).items()}


# --- the clean run -----------------------------------------------------------------------------


@dataclass
class Baseline:
    ids: set[str]
    duration: float
    store: dict
    remote: dict[str, dict[str, str]]


@pytest.fixture(scope="module")
def baseline(mailbox: Mailbox, tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    server = start_server(mailbox)
    try:
        home = make_home(tmp_path_factory.mktemp("gmail-crash") / "clean", server)
        started = time.perf_counter()
        summary = run_to_completion(home, server)
        duration = time.perf_counter() - started
        data = load_store(home)
        ids = {m.id for m in server.state.messages.values() if "DRAFT" not in m.labels}
        remote = server_drafts(server)
        assert not server.violations, server.violations
    finally:
        server.stop()
    assert summary["new"] == len(ids) == N_MESSAGES and summary["failed"] == 0
    assert len(remote) >= 3, "the mailbox must make drafts for the trials to reach the draft phase"
    return Baseline(ids, duration, data, remote)


def test_clean_gmail_scan_makes_one_server_draft_per_local_draft(baseline: Baseline) -> None:
    assert_no_duplicates(baseline.store, baseline.remote, "clean run")
    local = {k: d for k, d in baseline.store["drafts"].items() if d["status"] == "draft"}
    assert {d["marker"] for d in baseline.remote.values()} == set(local)
    assert {d["gmail_draft_id"] for d in local.values()} == set(baseline.remote)


# --- the trials --------------------------------------------------------------------------------


@dataclass
class Trial:
    number: int
    kill: Kill
    killed: bool
    after_kill: dict
    remote_after_kill: dict[str, dict[str, str]]
    final: dict
    remote_final: dict[str, dict[str, str]]
    rerun_summary: dict
    violations: list[str]


def run_trial(number: int, kill: Kill, mailbox: Mailbox, root: Path) -> Trial:
    server = start_server(mailbox)
    try:
        home = make_home(root / f"trial{number:02d}", server)
        killed = kill_scan(home, server, kill)
        after_kill = load_store(home)
        remote_after_kill = server_drafts(server)
        summary = run_to_completion(home, server)
        return Trial(
            number, kill, killed, after_kill, remote_after_kill, load_store(home), server_drafts(server),
            summary, list(server.violations),
        )  # fmt: skip
    finally:
        server.stop()


def kill_plan(baseline: Baseline, count: int, seed: int) -> list[Kill]:
    """Half at random moments of the whole scan (start-up to just past the end); half in the draft
    phase: a random time after the server made a random one of the drafts (while it holds the answer,
    or just after: the store's update, the next write-ahead record)."""
    rng = random.Random(seed)
    n_drafts = len(baseline.remote)
    whole = [Kill(rng.uniform(0.05, baseline.duration * 1.02)) for _ in range(count - count // 2)]
    phase = [
        Kill(rng.uniform(0.0, DRAFT_ANSWER_DELAY + 0.06), rng.randint(1, n_drafts)) for _ in range(count // 2)
    ]
    return whole + phase


def check_trials(trials: list[Trial], baseline: Baseline) -> None:
    clean_drafts = comparable_drafts(baseline.store)
    clean_messages = comparable_messages(baseline.store)
    for t in trials:
        where = f"trial {t.number} ({t.kill})"
        assert not t.violations, f"{where}: {t.violations}"
        assert_no_duplicates(t.after_kill, t.remote_after_kill, where + ", after the kill")
        assert set(t.after_kill.get("messages", {})) <= baseline.ids, where
        assert set(t.after_kill.get("drafts", {})) <= set(clean_drafts), where

        assert_no_duplicates(t.final, t.remote_final, where)
        done, failed = set(t.final.get("messages", {})), set(t.final.get("failures", {}))
        assert not done & failed, f"{where}: a message is both processed and failed"
        assert done | failed == baseline.ids, f"{where}: a message was lost or invented"
        assert comparable_messages(t.final) == clean_messages, where
        assert comparable_drafts(t.final) == clean_drafts, where
        # one server draft per local draft, and no other
        local = {k: d for k, d in t.final["drafts"].items() if d["status"] == "draft"}
        assert {d["marker"] for d in t.remote_final.values()} == set(local), where
        assert {d["gmail_draft_id"] for d in local.values()} == set(t.remote_final), where
        # the rerun fetched only what the killed run had not stored
        assert t.rerun_summary["new"] == len(baseline.ids) - len(t.after_kill.get("messages", {})), where


def run_trials(baseline: Baseline, mailbox: Mailbox, root: Path, count: int, seed: int) -> list[Trial]:
    plan = kill_plan(baseline, count, seed)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(lambda i: run_trial(i, plan[i], mailbox, root), range(count)))


def test_gmail_scans_killed_at_random_points_end_in_the_clean_state(
    baseline: Baseline, mailbox: Mailbox, tmp_path: Path
) -> None:
    trials = run_trials(baseline, mailbox, tmp_path, FAST_TRIALS, SEED)
    check_trials(trials, baseline)
    killed = [t for t in trials if t.killed]
    assert len(killed) >= FAST_TRIALS * 0.8, f"only {len(killed)} of {FAST_TRIALS} scans were killed"
    # the kills landed before anything was stored, and while Gmail had a draft the store did not
    # know the id of (the write-ahead record is all the rerun has to find it by)
    assert any(not t.after_kill.get("messages") for t in killed)
    assert any(
        any(d["status"] == "creating" for d in t.after_kill.get("drafts", {}).values())
        and t.remote_after_kill
        for t in killed
    )


@pytest.mark.slow
def test_more_gmail_scans_killed_at_random_points_end_in_the_clean_state(
    baseline: Baseline, mailbox: Mailbox, tmp_path: Path
) -> None:
    trials = run_trials(baseline, mailbox, tmp_path, SLOW_TRIALS, SEED + 1)
    check_trials(trials, baseline)
    assert sum(t.killed for t in trials) >= SLOW_TRIALS * 0.8
