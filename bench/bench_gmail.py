"""Gmail benchmark: a first scan of N synthetic messages against the local Gmail API server with its
per-user quota enforced (250 units per second, as Google's), then an idle incremental scan.

The scan is the real thing: `python -m assistant --home H --now NOW scan --json` in a subprocess,
pointed at the server with ASSISTANT_GMAIL_ENDPOINT; the server runs in this process (a thread) on
the real clock. Reported:

- wall time of the first scan as a ratio to the quota's own minimum for the calls the server answered
  (units spent / units per second; target <= 1.15);
- quota units spent per message (target 5, one `messages.get`), overall and for the fetches alone;
- 429s the quota answered (the client paces itself, so the target is 0);
- the API calls of an idle incremental scan (target: exactly one, `history.list`).

Run (about two minutes for 5,000 messages):

    /work/venv/bin/python bench/bench_gmail.py            # --n 5000 --seed 1 --quota 250
    /work/venv/bin/python bench/bench_gmail.py --n 1000 --json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import mailgen  # noqa: E402

from tests.gmail_server import GmailServer  # noqa: E402

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


class TimedServer(GmailServer):
    """The local server, noting when each API call (batch parts included) was answered."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.times: list[tuple[float, str, int]] = []

    def handle_api(self, method: str, target: str, headers: object, body: bytes, *, part: bool = False):  # noqa: ANN201
        resp = super().handle_api(method, target, headers, body, part=part)
        self.times.append((time.perf_counter(), resp[1], resp[0].status))
        return resp


def phases(times: list[tuple[float, str, int]], started: float, ended: float) -> dict[str, float]:
    """Where the first scan's time went, in seconds: start-up before the first call, listing, fetching
    (first to last messages.get), after the last fetch (store, planning, drafts, exit)."""

    def first(method: str) -> float:
        return min((t for t, m, _ in times if m == method), default=float("nan")) - started

    def last(method: str) -> float:
        return max((t for t, m, _ in times if m == method), default=float("nan")) - started

    return {
        "start_up": round(min((t for t, _, _ in times), default=started) - started, 2),
        "listing": round(last("users.messages.list") - first("users.getProfile"), 2),
        "fetching": round(last("users.messages.get") - first("users.messages.get"), 2),
        "drafts_create": round(last("users.drafts.create") - first("users.drafts.create"), 2),
        "after_last_fetch": round(ended - started - last("users.messages.get"), 2),
    }


def scan_env(endpoint: str) -> dict[str, str]:
    """The environment of a scan subprocess: pointed at the local server, no proxies, http OAuth."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") and k not in PROXY_VARS}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["ASSISTANT_GMAIL_ENDPOINT"] = endpoint
    env["NO_PROXY"] = "127.0.0.1,localhost"
    env["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    return env


def load_mailbox(server: GmailServer, n: int, seed: int, now: datetime) -> dict[str, int]:
    """Deliver n generated messages (INBOX or SENT, internal dates from their Date) spread over the
    160 days before `now`, so all fall inside the first scan's 180-day window."""
    msgs = mailgen.generate(n, seed=seed, start=now - timedelta(days=160), end=now - timedelta(hours=1),
                            owner=mailgen.DEFAULT_OWNER)  # fmt: skip
    folders: Counter[str] = Counter()
    for raw, truth in msgs:
        when = datetime.fromisoformat(truth["date"]).timestamp() if truth.get("date") else None
        folder = "SENT" if truth["folder"] == "SENT" else "INBOX"
        server.add_message(raw, labels=(folder,), internal_date=when)
        folders[folder] += 1
    return dict(folders)


def run_scan(home: Path, now: datetime, env: dict[str, str]) -> tuple[float, float, dict]:
    """(start, elapsed seconds, JSON summary) of one `assistant scan --json` subprocess."""
    cmd = [sys.executable, "-m", "assistant", "--home", str(home), "--now", now.isoformat(), "scan", "--json"]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.strip()}")
    return started, elapsed, json.loads(done.stdout)


def bench(n: int, seed: int, quota: float) -> dict:
    now = datetime.now(UTC).replace(microsecond=0)
    owner_name, owner_email = mailgen.DEFAULT_OWNER
    with tempfile.TemporaryDirectory(prefix="bench-gmail-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        (home / "config.json").write_text(json.dumps({"me.email": owner_email, "me.name": owner_name}))
        server = TimedServer(email_address=owner_email)
        server.start()
        try:
            t0 = time.perf_counter()
            folders = load_mailbox(server, n, seed, now)
            load_s = time.perf_counter() - t0
            server.write_token(home)
            env = scan_env(server.endpoint)

            server.reset_log()
            server.set_quota(quota)  # a fresh, full bucket right before the scan
            server.times.clear()
            started, first_s, first = run_scan(home, now, env)
            timeline = phases(server.times, started, started + first_s)
            calls = Counter(server.calls())
            units = server.units_spent
            rejections = server.quota_rejections
            batches = list(server.batch_sizes)
            minimum = units / quota

            server.reset_log()
            _, idle_s, idle = run_scan(home, now, env)
            idle_calls = server.calls()
            if server.violations:
                raise SystemExit("server violations:\n" + "\n".join(server.violations[:20]))
        finally:
            server.stop()
    gets = calls.get("users.messages.get", 0)
    return {
        "machine": f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}".replace("  ", " "),
        "messages": n,
        "seed": seed,
        "folders": folders,
        "quota_units_per_second": quota,
        "load_seconds": round(load_s, 1),
        "first_scan": {
            "wall_seconds": round(first_s, 2),
            "quota_minimum_seconds": round(minimum, 2),
            "ratio_to_quota_minimum": round(first_s / minimum, 3) if minimum else None,
            "units_spent": units,
            "units_per_message": round(units / n, 3) if n else None,
            "fetch_units_per_message": round(gets * 5 / n, 3) if n else None,
            "quota_429s": rejections,
            "calls": dict(sorted(calls.items())),
            "phases_seconds": timeline,
            "http_batches": len(batches),
            "largest_batch": max(batches, default=0),
            "summary": {
                "new": first.get("new"),
                "failed": first.get("failed"),
                "drafts": len(first.get("drafts", [])),
            },
        },
        "idle_scan": {
            "wall_seconds": round(idle_s, 2),
            "calls": idle_calls,
            "new": idle.get("new"),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="messages in the mailbox (default 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quota", type=float, default=250.0, help="units per second per user (default 250)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    res = bench(args.n, args.seed, args.quota)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    f, i = res["first_scan"], res["idle_scan"]
    print(f"machine: {res['machine']}")
    print(f"mailbox: {res['messages']} messages {res['folders']} (loaded in {res['load_seconds']}s)")
    print(f"first scan: {f['wall_seconds']}s wall, quota minimum {f['quota_minimum_seconds']}s "
          f"({f['units_spent']} units at {res['quota_units_per_second']:g}/s)")  # fmt: skip
    print(f"  ratio to the quota minimum: {f['ratio_to_quota_minimum']}  (target <= 1.15)")
    print(f"  quota units per message: {f['units_per_message']} overall, {f['fetch_units_per_message']} "
          f"for fetches  (target 5)")  # fmt: skip
    print(f"  429s from the quota: {f['quota_429s']}  (target 0)")
    print(f"  calls: {f['calls']}  batches: {f['http_batches']} (largest {f['largest_batch']})")
    print(f"  phases (s): {f['phases_seconds']}")
    print(f"  summary: {f['summary']}")
    print(f"idle incremental scan: {i['wall_seconds']}s, calls {i['calls']}  (target: one, history.list)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
