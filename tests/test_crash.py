"""Crash trials: `assistant scan` killed with SIGKILL at random points, then rerun to completion.

One seeded mailbox (a few hundred messages, recent rejections and interviews so drafts get made) is
scanned once cleanly; that run's duration spreads the kill delays over the whole scan (start-up,
reading, the final flush, the write-ahead draft phase). Each trial kills a scan on a fresh home,
checks the store left behind, reruns the scan to completion and checks the end state:

- the store always opens: valid JSON with the schema version, `Store.open` accepts it;
- no draft is duplicated (same contact + kind + message), after the kill and at the end;
- every message of the mbox ends processed exactly once (messages + failures cover every id, disjoint);
- the final messages and drafts equal the clean run's.

The Gmail half (kills against the local Gmail API server, drafts on the server) plugs in through
`run_trial`'s `scan_args`/`extra_check` once Gmail scanning is wired into the service.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.sources.mailbox import iter_mbox
from assistant.store import DB_NAME, SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import mailgen  # noqa: E402

SEED = 3
N_MESSAGES = 200
MIN_KILLS = 55  # SIGKILLs that land while a scan runs
MAX_CHAINS = 40  # homes; each sees up to KILLS_PER_CHAIN kills before a run to completion
KILLS_PER_CHAIN = 6
WORKERS = 2
NOW = "2026-11-20T18:00:00+00:00"
OWNER = mailgen.DEFAULT_OWNER


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def scan_command(home: Path, mbox: Path) -> list[str]:
    return [
        sys.executable, "-m", "assistant", "--home", str(home), "--now", NOW,
        "scan", "--source", f"mbox:{mbox}", "--json",
    ]  # fmt: skip


def make_home(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "config.json").write_text(json.dumps({"me.email": OWNER[1], "me.name": OWNER[0]}))
    return path


def run_to_completion(cmd: list[str]) -> dict:
    done = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def kill_after(cmd: list[str], delay: float) -> bool:
    """Start the scan, SIGKILL it after `delay` seconds. True when it was still running."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    try:
        proc.wait(timeout=delay)
        return False  # finished before the kill
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def _store_version(store: Path) -> tuple[int, int] | None:
    try:
        st = store.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns  # inode numbers get reused by the next temp file: add mtime


def kill_after_writes(cmd: list[str], store: Path, writes: int, extra: float) -> bool:
    """Start the scan, SIGKILL it `extra` seconds after the `writes`-th replacement of the store file
    seen (each flush is one atomic replace). True when it was still running. Writes closer together
    than the polling interval count as one, so `writes` is drawn from what a clean run shows."""
    last, seen = _store_version(store), 0
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    try:
        while proc.poll() is None:
            now = _store_version(store)
            if now is not None and now != last:
                seen, last = seen + 1, now
                if seen >= writes:
                    time.sleep(extra)
                    break
            time.sleep(0.0005)
        if proc.poll() is not None:
            return False
        os.kill(proc.pid, signal.SIGKILL)
        return True
    finally:
        proc.wait()


def kill_in_write_ahead(cmd: list[str], store: Path) -> bool:
    """Start the scan and SIGKILL it inside the write-ahead window: after the flush that put drafts on
    disk as "creating" and before the flush that completes them. Each new store version is checked with
    the scan stopped (SIGSTOP), so the window is found by looking, not by timing. True when it was
    still running (False when it finished, or stored its drafts in one go, before a look found it)."""
    last = _store_version(store)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    try:
        while proc.poll() is None:
            now = _store_version(store)
            if now is not None and now != last:
                os.kill(proc.pid, signal.SIGSTOP)
                last = _store_version(store)
                data = json.loads(store.read_text(encoding="utf-8"))
                if any(d.get("status") == "creating" for d in data.get("drafts", {}).values()):
                    os.kill(proc.pid, signal.SIGKILL)
                    return True
                os.kill(proc.pid, signal.SIGCONT)
            time.sleep(0.0005)
        return False
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def count_writes(cmd: list[str], store: Path) -> int:
    """Store replacements seen (with the same polling as `kill_after_writes`) in a run to completion."""
    last, seen = _store_version(store), 0
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    while proc.poll() is None:
        now = _store_version(store)
        if now is not None and now != last:
            seen, last = seen + 1, now
        time.sleep(0.0005)
    assert proc.wait() == 0
    return seen


# --- what a store may look like --------------------------------------------------------------------


def load_store(home: Path) -> dict:
    """The store file as JSON (or {} when no run got as far as writing it); it must open."""
    path = home / DB_NAME
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))  # valid JSON, never half a file
    assert data["meta"]["schema"]["version"] == SCHEMA_VERSION
    with Store.open(home) as store:  # the lock of the killed run is gone and the store opens
        assert store.get("meta", "schema") == {"version": SCHEMA_VERSION}
    return data


def draft_keys(data: dict) -> list[tuple[str, str, str]]:
    return [(d["contact"], d["kind"], d["reply_to_message"]) for d in data.get("drafts", {}).values()]


def assert_no_duplicate_drafts(data: dict) -> None:
    dupes = [k for k, n in Counter(draft_keys(data)).items() if n > 1]
    assert not dupes, f"duplicated drafts: {dupes}"


def assert_each_message_once(data: dict, ids: list[str]) -> None:
    done = set(data.get("messages", {}))
    failed = set(data.get("failures", {}))
    assert not done & failed, "a message is both processed and failed"
    assert done | failed == set(ids), "a message was lost or invented"


def comparable_drafts(data: dict) -> dict[str, dict]:
    keep = ("kind", "to", "subject", "body", "in_reply_to", "reply_to_message", "contact", "due", "status")
    return {key: {k: d.get(k) for k in keep} for key, d in data.get("drafts", {}).items()}


def draft_differences(got: dict[str, dict], want: dict[str, dict]) -> list[str]:
    out = [f"missing draft {k}" for k in want.keys() - got.keys()]
    out += [f"extra draft {k}" for k in got.keys() - want.keys()]
    for key in want.keys() & got.keys():
        out += [
            f"{key}.{f}: {got[key][f]!r} != {want[key][f]!r}"
            for f in want[key]
            if got[key][f] != want[key][f]
        ]
    return out


def comparable_messages(data: dict) -> dict[str, tuple]:
    return {
        key: (m["label"], m["direction"], m["contact"], m["facts"]["company"])
        for key, m in data.get("messages", {}).items()
    }


# --- fixtures ----------------------------------------------------------------------------------------


@dataclass
class Baseline:
    mbox: Path
    ids: list[str]
    duration: float  # a first scan, start to exit
    rerun: float  # a scan with nothing new, start to exit
    store: dict
    writes_seen: int  # store replacements a poller sees in a first scan


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    root = tmp_path_factory.mktemp("crash")
    mbox = root / "mail.mbox"
    msgs = mailgen.generate(
        N_MESSAGES,
        seed=SEED,
        start=datetime(2026, 10, 15, tzinfo=UTC),
        end=datetime(2026, 11, 20, 17, tzinfo=UTC),
        owner=OWNER,
    )
    mailgen.write_mbox(mbox, msgs)
    ids = [raw.id for raw in iter_mbox(mbox)]
    home = make_home(root / "clean")
    started = time.perf_counter()
    summary = run_to_completion(scan_command(home, mbox))
    duration = time.perf_counter() - started
    data = load_store(home)
    started = time.perf_counter()
    run_to_completion(scan_command(home, mbox))
    rerun = time.perf_counter() - started
    assert summary["new"] == len(set(ids)) and summary["failed"] == 0
    assert len(data["drafts"]) >= 3, "the mailbox must make drafts for the trials to test the draft phase"
    writes_seen = count_writes(scan_command(make_home(root / "count"), mbox), root / "count" / DB_NAME)
    return Baseline(mbox, ids, duration, rerun, data, max(1, writes_seen))


# --- the trials ----------------------------------------------------------------------------------


@dataclass
class Kill:
    chain: int
    attempt: int
    how: str  # "time", "write" or "ahead"
    delay: float
    killed: bool  # False when the scan finished before the kill came
    left: dict  # the store the killed run left behind


@dataclass
class Chain:
    number: int
    kills: list[Kill]
    final: dict
    final_summary: dict


def run_chain(
    number: int,
    home: Path,
    command: Callable[[Path], list[str]],
    kill_for: Callable[[dict], tuple[str, float, int]],
    max_kills: int,
) -> Chain:
    """Kill scans on one home again and again (each rerun starts from what the last kill left), then
    run one to completion. `kill_for(store)` picks the next kill from the state left so far:
    ("time", delay, 0), ("write", extra delay, n-th store write) or ("ahead", 0, 0)."""
    kills: list[Kill] = []
    state = load_store(home)
    for attempt in range(max_kills):
        how, delay, writes = kill_for(state)
        if how == "time":
            killed = kill_after(command(home), delay)
        elif how == "ahead":
            killed = kill_in_write_ahead(command(home), home / DB_NAME)
        else:
            killed = kill_after_writes(command(home), home / DB_NAME, writes, delay)
        state = load_store(home)
        kills.append(Kill(number, attempt, how, delay, killed, state))
        if not killed:
            break
    summary = run_to_completion(command(home))
    return Chain(number, kills, load_store(home), summary)


def test_scans_killed_at_random_points_end_in_the_clean_state(baseline: Baseline, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    # Kill delays spread over the whole of the scan that will run: a scan of a fresh home takes
    # `duration`; once the messages are stored, a rerun takes about `rerun` (reading ids, planning,
    # the write-ahead drafts). The upper bound is a little past the end so the last flush is covered.
    seeds = [rng.random() for _ in range(MAX_CHAINS)]

    # Nearly half the kills come at a random time; nearly half 0-3 ms after a random one of the store
    # writes (the flush of the messages, the write-ahead of the drafts, their completion, the last
    # state); one in ten inside the write-ahead window, found by stopping the scan and looking, so that
    # short window is hit on every run of the test, not by luck.
    writes = baseline.writes_seen

    def kill_for(plan: random.Random) -> Callable[[dict], tuple[str, float, int]]:
        def pick(state: dict) -> tuple[str, float, int]:
            roll = plan.random()
            if roll < 0.1:
                return "ahead", 0.0, 0
            if roll < 0.55:
                stored_all = len(state.get("messages", {})) + len(state.get("failures", {})) >= len(
                    set(baseline.ids)
                )
                span = baseline.rerun if stored_all else baseline.duration
                return "time", plan.uniform(0.05, span * 1.05), 0
            return "write", plan.uniform(0.0, 0.003), plan.randint(1, writes)

        return pick

    # Chains run on WORKERS threads until MIN_KILLS scans were killed while running (how many kills a
    # chain gets depends on the machine's speed; each chain's own choices are seeded by its number).
    chains: list[Chain] = []
    numbers = iter(range(MAX_CHAINS))
    guard = threading.Lock()

    def kills_so_far() -> int:
        return sum(k.killed for c in chains for k in c.kills)

    def worker() -> None:
        while True:
            with guard:
                if kills_so_far() >= MIN_KILLS:
                    return
                i = next(numbers, None)
            if i is None:
                return
            home = make_home(tmp_path / f"chain{i:02d}")
            chain = run_chain(
                i,
                home,
                lambda h: scan_command(h, baseline.mbox),
                kill_for(random.Random(seeds[i])),
                KILLS_PER_CHAIN,
            )
            with guard:
                chains.append(chain)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for future in [pool.submit(worker) for _ in range(WORKERS)]:
            future.result()

    clean_drafts = comparable_drafts(baseline.store)
    clean_messages = comparable_messages(baseline.store)
    total = len(set(baseline.ids))
    kills = [k for c in chains for k in c.kills if k.killed]
    for k in kills:
        where = f"chain {k.chain}, kill {k.attempt} ({k.how}, {k.delay:.3f}s)"
        assert_no_duplicate_drafts(k.left)
        # what a killed run left is consistent: only this mbox's messages, only drafts the clean run made
        assert set(k.left.get("messages", {})) <= set(baseline.ids), where
        assert set(k.left.get("drafts", {})) <= set(clean_drafts), where
    for c in chains:
        where = f"chain {c.number}"
        assert_no_duplicate_drafts(c.final)
        assert_each_message_once(c.final, baseline.ids)
        assert comparable_messages(c.final) == clean_messages, where
        assert draft_differences(comparable_drafts(c.final), clean_drafts) == [], where
        # the final run redid only what the killed runs had not stored
        before = c.kills[-1].left
        assert c.final_summary["new"] == total - len(before.get("messages", {})), where

    assert len(kills) >= 50, f"only {len(kills)} scans were still running when killed"
    assert len(chains) >= 8
    # the kills landed in every phase: before anything was stored, with the messages stored but the
    # drafts not all made, and inside the write-ahead window of a draft
    assert any(not k.left.get("messages") for k in kills)
    assert any(k.left.get("messages") and len(k.left.get("drafts", {})) < len(clean_drafts) for k in kills)
    assert any(k.left.get("drafts") for k in kills)
    assert any(d["status"] == "creating" for k in kills for d in k.left.get("drafts", {}).values())
    print(
        f"{len(kills)} kills in {len(chains)} chains; left nothing stored: "
        f"{sum(not k.left.get('messages') for k in kills)}, messages but not all drafts: "
        f"{sum(bool(k.left.get('messages')) and len(k.left.get('drafts', {})) < len(clean_drafts) for k in kills)}, "
        f"a draft mid-creation: "
        f"{sum(any(d['status'] == 'creating' for d in k.left.get('drafts', {}).values()) for k in kills)}"
    )
