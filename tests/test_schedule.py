"""Periodic scans: `assistant schedule install/status/remove` through the real CLI, with stand-in
`crontab` and `systemctl` programs on PATH that behave like the real ones, plus the file contents."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from assistant import schedule
from assistant.errors import UserError

CRONTAB = """#!/bin/sh
# Stand-in for crontab(1): `crontab -l` prints the table or fails like cron does; `crontab -` stores stdin.
table="$CRONTAB_FILE"
case "$1" in
  -l)
    if [ -n "$CRONTAB_BROKEN" ]; then echo "crontab: cannot open table: Permission denied" >&2; exit 1; fi
    if [ -f "$table" ]; then /usr/bin/cat "$table"; else echo "no crontab for $(/usr/bin/id -un)" >&2; exit 1; fi ;;
  -) /usr/bin/cat > "$table" ;;
  *) echo "usage: crontab [-l | -]" >&2; exit 1 ;;
esac
"""

SYSTEMCTL = """#!/bin/sh
# Stand-in for systemctl: records every call; a user manager is running.
echo "$*" >> "$SYSTEMCTL_LOG"
case "$*" in
  *list-timers*) echo "NEXT LEFT LAST PASSED UNIT ACTIVATES"; echo "in 59min assistant-scan.timer assistant-scan.service" ;;
esac
exit 0
"""


def install_program(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    path.chmod(0o755)


@pytest.fixture
def cron(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A machine with cron and no systemd: PATH holds only the stand-in crontab. Returns the table file."""
    bin_dir = tmp_path / "bin"
    install_program(bin_dir, "crontab", CRONTAB)
    table = tmp_path / "crontab.txt"
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("CRONTAB_FILE", str(table))
    return table


@pytest.fixture
def systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A machine with a systemd user manager (stand-in systemctl). Returns the log of systemctl calls."""
    bin_dir = tmp_path / "bin"
    install_program(bin_dir, "systemctl", SYSTEMCTL)
    log = tmp_path / "systemctl.log"
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("SYSTEMCTL_LOG", str(log))
    return log


# --- parse_every and the file contents -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900), ("1h", 3600), ("1H", 3600), (" 2h ", 7200), ("1d", 86400), ("90", 5400), ("60s", 60)],
)
def test_every_takes_durations_in_seconds_minutes_hours_days(text: str, seconds: int) -> None:
    assert schedule.parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "1w", "-5m", "30s", "0m", "1.5h"])
def test_every_refuses_nonsense_and_less_than_a_minute(text: str) -> None:
    with pytest.raises(UserError):
        schedule.parse_every(text)


def test_the_service_runs_the_scan_with_this_home_and_a_busy_exit_is_not_a_failure(tmp_path: Path) -> None:
    home = tmp_path / "my home"
    command = schedule.scan_command(home)
    assert command == [sys.executable, "-m", "assistant", "--home", str(home), "scan"]

    unit = schedule.service_unit(command)

    assert "Type=oneshot" in unit
    assert f"ExecStart={shlex.join(command)}" in unit.splitlines()
    assert shlex.split(unit.split("ExecStart=")[1].splitlines()[0]) == command  # the space survives quoting
    assert "SuccessExitStatus=75" in unit.splitlines()
    assert "never sends" in unit


def test_the_timer_repeats_at_the_interval_and_catches_up_after_sleep() -> None:
    timer = schedule.timer_unit(3600).splitlines()
    assert "OnUnitActiveSec=3600s" in timer
    assert "Persistent=true" in timer
    assert "OnBootSec=5min" in timer
    assert "WantedBy=timers.target" in timer


@pytest.mark.parametrize(
    ("every", "spec"),
    [("15m", "*/15 * * * *"), ("1h", "0 */1 * * *"), ("6h", "0 */6 * * *"), ("1d", "0 8 * * *"),
     ("2d", "0 8 */2 * *")],
)
def test_cron_lines_match_the_interval(every: str, spec: str) -> None:
    line = schedule.cron_line(schedule.parse_every(every), ["assistant", "scan"])
    assert line.startswith(spec + " assistant scan")
    assert line.endswith(schedule.CRON_MARK)


# --- cron: install, status, remove -----------------------------------------------------------------


def test_install_with_cron_adds_one_marked_line_and_keeps_the_users_own(run, home: Path, cron: Path) -> None:
    cron.write_text("MAILTO=me@example.com\n0 3 * * * /usr/local/bin/backup\n")

    result = run("--home", home, "schedule", "install", "--every", "1h")

    assert result.code == 0, result.err
    assert result.out.startswith("Installed (cron): 0 */1 * * * ")
    lines = cron.read_text().splitlines()
    assert lines[:2] == ["MAILTO=me@example.com", "0 3 * * * /usr/local/bin/backup"]
    (ours,) = [line for line in lines if schedule.CRON_MARK in line]
    assert shlex.join(schedule.scan_command(home)) in ours

    # Installing again (another interval) replaces our line, never adds a second one.
    assert run("--home", home, "schedule", "install", "--every", "15m").code == 0
    lines = cron.read_text().splitlines()
    assert len(lines) == 3
    assert [line for line in lines if schedule.CRON_MARK in line][0].startswith("*/15 * * * * ")


def test_install_works_when_the_user_has_no_crontab_yet(run, home: Path, cron: Path) -> None:
    assert not cron.exists()
    result = run("--home", home, "schedule", "install")  # default: every hour
    assert result.code == 0, result.err
    (line,) = cron.read_text().splitlines()
    assert line.startswith("0 */1 * * * ") and line.endswith(schedule.CRON_MARK)


def test_status_and_remove_with_cron(run, home: Path, cron: Path) -> None:
    cron.write_text("0 3 * * * /usr/local/bin/backup\n")
    assert run("schedule", "status").out.strip() == (
        "No periodic scan is installed; `assistant schedule install` adds one."
    )
    run("--home", home, "schedule", "install", "--every", "15m")

    status = run("schedule", "status")
    assert status.code == 0 and status.out.startswith("cron: */15 * * * * ")

    removed = run("schedule", "remove")
    assert removed.code == 0 and removed.out.strip() == "Removed the crontab line."
    assert cron.read_text() == "0 3 * * * /usr/local/bin/backup\n"
    assert run("schedule", "remove").out.strip() == "No periodic scan was installed."
    assert run("schedule", "status").out.startswith("No periodic scan is installed")


def test_an_unreadable_crontab_is_never_overwritten(
    run, home: Path, cron: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cron.write_text("0 3 * * * /usr/local/bin/backup\n")
    monkeypatch.setenv("CRONTAB_BROKEN", "1")

    result = run("--home", home, "schedule", "install")

    assert result.code == 2
    assert "nothing was changed" in result.err and "Traceback" not in result.err
    assert cron.read_text() == "0 3 * * * /usr/local/bin/backup\n"


def test_without_systemd_or_cron_install_says_what_to_do_instead(
    run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))

    result = run("--home", home, "schedule", "install")

    assert result.code == 2
    assert "assistant scan --watch" in result.err and "Traceback" not in result.err
    assert run("schedule", "status").out.startswith("No periodic scan is installed")


def test_a_bad_interval_is_one_sentence(run, home: Path, cron: Path) -> None:
    result = run("--home", home, "schedule", "install", "--every", "often")
    assert result.code == 2 and "15m, 1h or 1d" in result.err
    assert not cron.exists()


# --- systemd ---------------------------------------------------------------------------------------


def test_install_with_systemd_writes_and_enables_a_user_timer(
    run, home: Path, systemd: Path, tmp_path: Path
) -> None:
    result = run("--home", home, "schedule", "install", "--every", "30m")

    assert result.code == 0, result.err
    assert result.out.startswith("Installed (systemd): assistant-scan.timer every 30 min")
    units = tmp_path / "xdg-config" / "systemd" / "user"  # XDG_CONFIG_HOME from conftest
    assert (units / "assistant-scan.timer").read_text() == schedule.timer_unit(1800)
    assert (units / "assistant-scan.service").read_text() == schedule.service_unit(schedule.scan_command(home))
    calls = systemd.read_text().splitlines()
    assert "--user daemon-reload" in calls
    assert "--user enable --now assistant-scan.timer" in calls

    status = run("schedule", "status")
    assert status.out.startswith("systemd: ") and "assistant-scan.timer" in status.out

    removed = run("schedule", "remove")
    assert removed.out.strip() == "Removed the systemd timer."
    assert "--user disable --now assistant-scan.timer" in systemd.read_text().splitlines()
    assert not (units / "assistant-scan.timer").exists() and not (units / "assistant-scan.service").exists()
    assert run("schedule", "status").out.startswith("No periodic scan is installed")


# --- the scheduled command uses the terminal's config and store ----------------------------------------


def _folders_seen_by(command: list[str], env: dict[str, str]) -> str:
    """Run the scheduled command as cron would (bare environment), asking `config show` instead of `scan`."""
    import subprocess

    assert command[-1] == "scan"
    result = subprocess.run([*command[:-1], "config", "show"], env=env, capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).parent.parent)
    assert result.returncode == 0, result.stderr
    return "\n".join(line for line in result.stdout.splitlines() if line.startswith(("Config file:", "State:")))


@pytest.mark.parametrize("with_home", [True, False])
def test_the_scheduled_scan_uses_the_same_config_and_store_as_the_terminal(
    run, home: Path, cron: Path, tmp_path: Path, with_home: bool
) -> None:
    args = ("--home", home) if with_home else ()
    assert run(*args, "schedule", "install").code == 0
    (line,) = cron.read_text().splitlines()
    command = shlex.split(line.split(" ", 5)[5].split(" >")[0])
    terminal = run(*args, "config", "show").out
    expected = "\n".join(line for line in terminal.splitlines() if line.startswith(("Config file:", "State:")))
    assert expected.count("\n") == 1

    cron_env = {"HOME": str(tmp_path / "unix-home"), "PATH": "/usr/bin:/bin", "COLUMNS": "200"}
    assert _folders_seen_by(command, cron_env) == expected


def test_a_cron_line_with_a_log_file_appends_output_there(tmp_path):
    log_file = tmp_path / "my home" / "scan.log"
    line = schedule.cron_line(3600, ["assistant", "scan"], log_file)
    assert f">> '{log_file}' 2>&1" in line
    assert line.endswith(schedule.CRON_MARK)
