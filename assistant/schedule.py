"""Periodic scans: a systemd user timer where systemd runs, else a crontab line.

`install(every, argv)` writes `assistant-scan.service` + `assistant-scan.timer` into the systemd user unit
folder and enables the timer (`systemctl --user enable --now`), or, without systemd, adds one line
(marked with a comment) to the user's crontab. `status()` and `remove()` undo and inspect. The command run
is the same `assistant scan` a person would type, with `--home` pinned, so the timer and the terminal
share one store (and one lock).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UserError

UNIT = "assistant-scan"
CRON_MARK = "# job-followup-assistant scan"

_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d)?\s*$", re.IGNORECASE)


def parse_every(text: str) -> int:
    """'15m' -> 900 seconds. Accepts s, m, h, d; at least one minute."""
    match = _DURATION.match(text or "")
    if not match:
        raise UserError(f"--every takes a duration like 15m, 1h or 1d, not {text!r}.")
    seconds = int(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[(match.group(2) or "m").lower()]
    if seconds < 60:
        raise UserError("--every must be at least one minute (1m); Gmail's quota and your inbox will thank you.")
    return seconds


def scan_command(home: Path, data_dir: Path | None = None) -> list[str]:
    """The scan a timer runs: this interpreter, this package, the same config and store as the terminal.

    `home` is the config folder and `data_dir` the state folder (the same folder with --home). When they
    differ (the platform's user folders), `--home` would point the timer at a second, empty store (a
    full rescan and duplicate Gmail drafts), so the timer gets XDG_CONFIG_HOME/XDG_DATA_HOME instead:
    cron and systemd do not share the login shell's environment.
    """
    home = Path(home).absolute()
    if data_dir is None or Path(data_dir).absolute() == home:
        return [sys.executable, "-m", "assistant", "--home", str(home), "scan"]
    data_dir = Path(data_dir).absolute()
    return [
        shutil.which("env") or "/usr/bin/env",
        f"XDG_CONFIG_HOME={home.parent}",
        f"XDG_DATA_HOME={data_dir.parent}",
        sys.executable, "-m", "assistant", "scan",
    ]


def unit_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def service_unit(command: list[str]) -> str:
    return (
        "[Unit]\n"
        "Description=Job follow-up assistant: scan mail and draft follow-ups (never sends)\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={shlex.join(command)}\n"
        # Exit code 75: another scan was still running; not a failure worth a red unit.
        "SuccessExitStatus=75\n"
    )


def timer_unit(every_seconds: int) -> str:
    return (
        "[Unit]\n"
        "Description=Run the job follow-up assistant's scan periodically\n\n"
        "[Timer]\n"
        "OnBootSec=5min\n"
        f"OnUnitActiveSec={every_seconds}s\n"
        "RandomizedDelaySec=60\n"
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def cron_line(every_seconds: int, command: list[str], log_file: Path | None = None) -> str:
    """The crontab line. Output goes to `log_file` (appended) so a failing scheduled scan is not silent."""
    minutes = max(1, every_seconds // 60)
    if minutes < 60:
        spec = f"*/{minutes} * * * *"
    elif minutes < 1440:
        spec = f"0 */{max(1, minutes // 60)} * * *"
    elif minutes < 2880:
        spec = "0 8 * * *"
    else:
        spec = f"0 8 */{minutes // 1440} * *"
    redirect = f">> {shlex.quote(str(log_file))}" if log_file else ">/dev/null"
    return f"{spec} {shlex.join(command)} {redirect} 2>&1 {CRON_MARK}"


@dataclass
class Status:
    kind: str  # "systemd" | "cron" | "none"
    detail: str


def has_systemd() -> bool:
    if not shutil.which("systemctl"):
        return False
    try:
        result = subprocess.run(["systemctl", "--user", "show-environment"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def _run(cmd: list[str], input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(cmd, input=input_text, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UserError(f"Could not run {cmd[0]} ({exc}); install the timer by hand (see README).") from exc


def _crontab() -> str:
    if not shutil.which("crontab"):
        raise UserError("Neither systemd nor cron is available here; run `assistant scan --watch` instead.")
    result = _run(["crontab", "-l"])
    if result.returncode == 0:
        return result.stdout
    if "no crontab" in result.stderr.lower():
        return ""
    # Anything else (a locked or unreadable table): never overwrite a table we could not read.
    raise UserError(f"Could not read your crontab ({result.stderr.strip() or 'crontab -l failed'}); nothing was changed.")


def install(every_seconds: int, command: list[str], log_file: Path | None = None) -> Status:
    if has_systemd():
        folder = unit_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{UNIT}.service").write_text(service_unit(command))
        (folder / f"{UNIT}.timer").write_text(timer_unit(every_seconds))
        _run(["systemctl", "--user", "daemon-reload"])
        result = _run(["systemctl", "--user", "enable", "--now", f"{UNIT}.timer"])
        if result.returncode != 0:
            why = (result.stderr.strip().splitlines() or ["no reason given"])[-1]
            raise UserError(f"systemctl could not enable the timer ({why}); see `systemctl --user status {UNIT}.timer`.")
        return Status("systemd", f"{UNIT}.timer every {every_seconds // 60} min ({folder})")
    current = [line for line in _crontab().splitlines() if CRON_MARK not in line]
    line = cron_line(every_seconds, command, log_file)
    result = _run(["crontab", "-"], "\n".join([*current, line]) + "\n")
    if result.returncode != 0:
        raise UserError(f"crontab refused the new line: {result.stderr.strip()}")
    return Status("cron", line)


def status() -> Status:
    timer = unit_dir() / f"{UNIT}.timer"
    if timer.exists():
        detail = str(timer)
        if shutil.which("systemctl"):
            result = _run(["systemctl", "--user", "list-timers", f"{UNIT}.timer", "--no-pager"])
            if result.returncode == 0 and result.stdout.strip():
                detail = result.stdout.strip()
        return Status("systemd", detail)
    if shutil.which("crontab"):
        for line in _crontab().splitlines():
            if CRON_MARK in line:
                return Status("cron", line)
    return Status("none", "No periodic scan is installed; `assistant schedule install` adds one.")


def remove() -> Status:
    folder = unit_dir()
    timer = folder / f"{UNIT}.timer"
    if timer.exists():
        if shutil.which("systemctl"):
            _run(["systemctl", "--user", "disable", "--now", f"{UNIT}.timer"])
        for name in (f"{UNIT}.timer", f"{UNIT}.service"):
            (folder / name).unlink(missing_ok=True)
        if shutil.which("systemctl"):
            _run(["systemctl", "--user", "daemon-reload"])
        return Status("systemd", "Removed the systemd timer.")
    if shutil.which("crontab"):
        lines = _crontab().splitlines()
        kept = [line for line in lines if CRON_MARK not in line]
        if len(kept) != len(lines):
            result = _run(["crontab", "-"], "\n".join(kept) + ("\n" if kept else ""))
            if result.returncode != 0:
                raise UserError(f"crontab refused the change: {result.stderr.strip()}")
            return Status("cron", "Removed the crontab line.")
    return Status("none", "No periodic scan was installed.")
