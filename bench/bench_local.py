"""Local benchmarks (not run by pytest). Results are printed as JSON and, with --readme, written into
bench/README.md's "Latest figures" block.

    python bench/bench_local.py                 # 10,000 messages: all figures
    python bench/bench_local.py --curve         # plus the cost curve 1,000 / 10,000 / 50,000
    python bench/bench_local.py --n 2000 --quick

Measures, in one run on one generated mailbox (bench/mailgen.py, seed 1):
  (a) baseline: the standard library alone parsing the mbox (mailbox.mbox + message_from_bytes with
      policy=default + get_body/get_content for every message), in a subprocess;
  (b) `assistant scan --source mbox:` first scan wall time (a subprocess, fixed --now, me.email set),
      reported as a ratio to (a) (target <= 2.0);
  (c) peak RSS of the scan (getrusage of the child; target <= 200 MB);
  (d) store size per message;
  (e) a second scan with nothing new, as a share of the first (target <= 5%);
  (f) classification rate and template rendering rate, messages per second on one core (in-process).
The Gmail half (first scan of 5,000 messages against the local server with its quota, units per
message, idle incremental scan) is a separate script once Gmail scanning is wired into the service.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

NOW = "2026-11-20T18:00:00+00:00"
OWNER = ("Alex Rivera", "alex.rivera.jobs@gmail.com")

BASELINE = r"""
import email, email.policy, mailbox, sys, time
started = time.perf_counter()
box = mailbox.mbox(sys.argv[1], factory=None, create=False)
n = 0
for key in box.iterkeys():
    msg = email.message_from_bytes(box.get_bytes(key, from_=False), policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        try:
            body.get_content()
        except Exception:
            pass
    n += 1
print(n, time.perf_counter() - started)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_child(cmd: list[str]) -> tuple[float, int, str, float]:
    """(wall seconds, peak RSS in bytes of this child, stdout, CPU seconds). From wait4's rusage."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read() if proc.stderr else b""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed: {err.decode()[-2000:]}")
    return wall, usage.ru_maxrss * 1024, out.decode(), usage.ru_utime + usage.ru_stime


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        text = Path("/proc/cpuinfo").read_text()
        match = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
        cpu = match.group(1).strip() if match else cpu
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def make_mbox(n: int, path: Path, seed: int = 1) -> float:
    # In a child process: Linux carries a process's peak RSS across fork+exec, so this process must
    # stay small for the children's ru_maxrss to be their own.
    cmd = [sys.executable, str(ROOT / "bench" / "mailgen.py"), "--n", str(n), "--seed", str(seed)]
    subprocess.run([*cmd, "--format", "mbox", "--out", str(path)], check=True, capture_output=True)
    return path.stat().st_size


def scan_cmd(home: Path, mbox: Path) -> list[str]:
    return [sys.executable, "-m", "assistant", "--home", str(home), "--now", NOW, "scan", "--source",
            f"mbox:{mbox}", "--json"]  # fmt: skip


def bench_scan(n: int, work: Path, quick: bool = False) -> dict:
    mbox = work / f"mail{n}.mbox"
    size = make_mbox(n, mbox)
    result: dict = {"messages": n, "mbox_mb": round(size / 1e6, 1)}

    base_wall, base_rss, out, base_cpu = run_child([sys.executable, "-c", BASELINE, str(mbox)])
    parsed, inner = out.split()
    result["baseline_s"] = round(base_wall, 2)
    result["baseline_parse_s"] = round(float(inner), 2)
    result["baseline_rss_mb"] = round(base_rss / 1e6, 1)
    result["baseline_cpu_s"] = round(base_cpu, 2)

    home = work / f"home{n}"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    (home / "config.json").write_text(json.dumps({"me.email": OWNER[1], "me.name": OWNER[0]}))
    wall, rss, out, cpu = run_child(scan_cmd(home, mbox))
    summary = json.loads(out)
    assert summary["new"] + summary["failed"] == n, summary
    store = home / "assistant.json"
    result.update(
        scan_s=round(wall, 2),
        ratio=round(wall / base_wall, 2),
        scan_cpu_s=round(cpu, 2),
        cpu_ratio=round(cpu / base_cpu, 2),
        scan_rss_mb=round(rss / 1e6, 1),
        store_bytes_per_message=round(store.stat().st_size / n),
        drafts=len(summary["drafts"]),
        failed=summary["failed"],
    )
    wall2, rss2, out2, cpu2 = run_child(scan_cmd(home, mbox))
    assert json.loads(out2)["new"] == 0
    result.update(
        rescan_s=round(wall2, 2),
        rescan_share=round(wall2 / wall, 3),
        rescan_cpu_share=round(cpu2 / cpu, 3),
        rescan_rss_mb=round(rss2 / 1e6, 1),
    )
    return result


def bench_rates(n: int, work: Path) -> dict:
    """Classification and rendering rates on one core, in this process (parsing excluded)."""
    from datetime import UTC, date, datetime

    import mailgen

    from assistant.classify import classify
    from assistant.compose import Composer, template_name
    from assistant.extract import extract
    from assistant.parse import parse_bytes

    msgs = [parse_bytes(raw, id=str(i)) for i, (raw, _) in enumerate(mailgen.generate(n, seed=2))]
    started = time.process_time()
    for m in msgs:
        classify(m, owner_email=OWNER[1])
    classify_rate = len(msgs) / (time.process_time() - started)
    started = time.process_time()
    for m in msgs:
        extract(m, classify(m, owner_email=OWNER[1]).label, owner_email=OWNER[1])
    both = time.process_time() - started
    extract_rate = len(msgs) / max(1e-9, both - len(msgs) / classify_rate)

    composer = Composer(None)
    context = {
        "kind": "thank_you",
        "me": {"name": OWNER[0], "first_name": "Alex", "email": OWNER[1], "signature": ""},
        "contact": {"email": "dana@acme.example", "name": "Dana Whitfield", "first_name": "Dana",
                    "company": "Acme", "roles": ["Data Analyst"], "notes": []},
        "first_name": "Dana", "company": "Acme", "role": "Data Analyst", "notes": [],
        "original_subject": "Your application", "reply_subject": "Re: Your application",
        "interview_at": datetime(2026, 11, 18, 15, tzinfo=UTC), "interview_date": date(2026, 11, 18),
        "event_date": date(2026, 11, 18), "days_since_last_contact": 3, "previous_notes": 0,
        "reason": "benchmark",
    }  # fmt: skip
    rendered = 0
    started = time.process_time()
    while time.process_time() - started < 2.0:
        for kind in ("thank_you", "check_in", "interview_thank_you", "keep_in_touch"):
            composer.render(template_name(kind, "warm"), context | {"kind": kind})
            rendered += 1
    render_rate = rendered / (time.process_time() - started)
    return {
        "rate_messages": len(msgs),
        "classify_per_s": round(classify_rate),
        "extract_per_s": round(extract_rate),
        "render_per_s": round(render_rate),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--curve", action="store_true", help="also 1,000 and 50,000 messages")
    ap.add_argument("--work", default="", help="folder for the mailboxes and homes (default: a temp dir)")
    ap.add_argument("--readme", action="store_true", help="write the figures into bench/README.md")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    work = Path(args.work or tempfile.mkdtemp(prefix="assistant-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    report: dict = {"machine": machine(), "main": bench_scan(args.n, work)}
    print(json.dumps(report["main"]), file=sys.stderr)
    if args.curve:
        report["curve"] = []
        for n in (1_000, 10_000, 50_000):
            row = report["main"] if n == args.n else bench_scan(n, work)
            report["curve"].append(
                {
                    k: row[k]
                    for k in (
                        "messages",
                        "baseline_s",
                        "scan_s",
                        "ratio",
                        "cpu_ratio",
                        "scan_rss_mb",
                        "rescan_s",
                        "store_bytes_per_message",
                    )
                }
            )
            print(json.dumps(report["curve"][-1]), file=sys.stderr)
    report["rates"] = bench_rates(2000 if not args.quick else 300, work)  # last: it holds mail in memory
    print(json.dumps(report["rates"]), file=sys.stderr)
    print(json.dumps(report, indent=2))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
