"""Where things live and the user's settings. Every default and its explanation lives here.

Home: `--home DIR` or `ASSISTANT_HOME` puts all config and state in DIR. Without either, config goes in the
platform's user config dir and state in its user data dir (platformdirs).

Settings are a flat JSON object in `<config dir>/config.json`, changed with `assistant config set KEY VALUE`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from assistant.errors import UserError, disk_error_sentence

APP_NAME = "job-followup-assistant"
CONFIG_NAME = "config.json"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    help: str
    kind: type = str


# Every setting the tool reads, with its default and why.
SETTINGS: tuple[Setting, ...] = (
    Setting("me.email", "", "Your address. Mail from it counts as 'you wrote'. Gmail: taken from your profile."),
    Setting("me.name", "", "Your name, used to sign notes. Gmail: taken from your profile's sent mail."),
    Setting("me.signature", "", "A signature block added under your name (for example a phone or portfolio link)."),
    Setting("timezone", "", "Your time zone (IANA name such as Europe/Berlin); empty means the machine's."),
    Setting("tone", "warm", "Which template tone to use: warm or brief (per person: `assistant contacts tone`).", str),
    Setting("cadence.thank_you_window_days", 14, "A rejection older than this gets no thank-you draft.", int),
    Setting("cadence.interview_window_days", 3, "An interview older than this gets no thank-you draft.", int),
    Setting("cadence.keep_in_touch_first_days", 42, "First keep-in-touch note this many days after the last exchange.", int),
    Setting("cadence.keep_in_touch_every_days", 91, "Then one keep-in-touch note every this many days.", int),
    Setting("cadence.max_unanswered", 3, "Stop writing to someone after this many notes without an answer.", int),
    Setting("cadence.check_in_after_on_hold_days", 28, "Check in this many days after a search was put on hold.", int),
    Setting("cadence.min_gap_days", 14, "Never two notes to one person closer together than this.", int),
    Setting("cadence.max_silence_days", 365, "No check-in or keep-in-touch once the last exchange is older than this.", int),
    Setting("cadence.ooo_default_days", 7, "An out-of-office reply without a return date defers notes this long.", int),
    Setting("review.threshold", 0.6, "Job mail classified below this confidence gets no draft and goes to review.", float),
    Setting("gmail.endpoint", "", "Replace the Gmail API base URL (a proxy or emulator); env ASSISTANT_GMAIL_ENDPOINT wins."),
    Setting("gmail.window_days", 180, "First Gmail scan: how many days back to read.", int),
    Setting("gmail.labels", False, "Put Gmail labels such as 'Job search/Rejection' on classified mail.", bool),
    Setting("gmail.label_prefix", "Job search", "The parent label used when gmail.labels is on."),
)
_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / CONFIG_NAME

    @property
    def token_file(self) -> Path:
        return self.config_dir / "token.json"

    @property
    def templates_dir(self) -> Path:
        return self.config_dir / "templates"


def resolve_paths(home: str | os.PathLike[str] | None, env: dict[str, str] | None = None) -> Paths:
    """`home` (from --home) wins, then ASSISTANT_HOME, then the platform's user dirs."""
    env = dict(os.environ) if env is None else env
    chosen = home or env.get("ASSISTANT_HOME")
    if chosen:
        path = Path(chosen).expanduser()
        return Paths(path, path)
    return Paths(Path(platformdirs.user_config_dir(APP_NAME)), Path(platformdirs.user_data_dir(APP_NAME)))


@dataclass(frozen=True)
class Config:
    values: dict[str, Any]
    origins: dict[str, str]  # key -> "default" | "config file" | "environment" | "Gmail profile"
    paths: Paths

    def get(self, key: str) -> Any:
        return self.values[key]

    def section(self, prefix: str) -> dict[str, Any]:
        """`section("cadence")` -> {"thank_you_window_days": 14, ...}."""
        return {k[len(prefix) + 1 :]: v for k, v in self.values.items() if k.startswith(prefix + ".")}

    def with_values(self, origin: str, **updates: Any) -> Config:
        values = dict(self.values)
        origins = dict(self.origins)
        for key, value in updates.items():
            values[key] = value
            origins[key] = origin
        return Config(values, origins, self.paths)

    def tzinfo(self) -> ZoneInfo | Any:
        name = self.values.get("timezone") or ""
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise UserError(
                    f"Unknown time zone {name!r}; set an IANA name such as Europe/Berlin with "
                    "`assistant config set timezone NAME`."
                ) from exc
        from datetime import datetime

        return datetime.now().astimezone().tzinfo


def load(paths: Paths, env: dict[str, str] | None = None) -> Config:
    env = dict(os.environ) if env is None else env
    values = {s.key: s.default for s in SETTINGS}
    origins = {s.key: "default" for s in SETTINGS}
    for key, value in read_file(paths.config_file).items():
        if key in _BY_KEY:
            values[key] = value
            origins[key] = "config file"
    if env.get("ASSISTANT_GMAIL_ENDPOINT"):
        values["gmail.endpoint"] = env["ASSISTANT_GMAIL_ENDPOINT"]
        origins["gmail.endpoint"] = "environment (ASSISTANT_GMAIL_ENDPOINT)"
    return Config(values, origins, paths)


def read_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UserError(f"Could not read {path} ({exc.strerror}); check its permissions.") from exc
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise UserError(f"{path} is not valid JSON (line {exc.lineno}); fix it or delete it.") from exc
    if not isinstance(data, dict):
        raise UserError(f"{path} should hold a JSON object of settings; fix it or delete it.")
    return data


def parse_value(key: str, text: str) -> Any:
    """Turn the text given to `config set` into the setting's type, or raise UserError."""
    setting = _BY_KEY.get(key)
    if setting is None:
        raise UserError(f"Unknown setting {key!r}; `assistant config show` lists them all.")
    if setting.kind is bool:
        low = text.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise UserError(f"{key} takes on or off, not {text!r}.")
    if setting.kind in (int, float):
        try:
            value = setting.kind(text)
        except ValueError as exc:
            raise UserError(f"{key} takes a number, not {text!r}.") from exc
        if value < 0:
            raise UserError(f"{key} cannot be negative.")
        return value
    if key == "timezone" and text:
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise UserError(f"Unknown time zone {text!r}; use an IANA name such as Europe/Berlin.") from exc
    if key == "tone" and not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", text):
        # Any tone with a full set of <kind>.<tone>.j2 templates works; `templates check` reports gaps.
        raise UserError(f"tone takes a name such as warm or brief (letters, digits, - and _), not {text!r}.")
    return text


def set_value(paths: Paths, key: str, text: str) -> Any:
    value = parse_value(key, text)
    data = read_file(paths.config_file)
    data[key] = value
    write_json_atomic(paths.config_file, data)
    return value


def unset_value(paths: Paths, key: str) -> None:
    if key not in _BY_KEY:
        raise UserError(f"Unknown setting {key!r}; `assistant config show` lists them all.")
    data = read_file(paths.config_file)
    if data.pop(key, None) is not None:
        write_json_atomic(paths.config_file, data)


def write_json_atomic(path: Path, data: Any, mode: int = 0o600) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise UserError(disk_error_sentence(exc, path)) from exc
    finally:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def describe() -> list[Setting]:
    return list(SETTINGS)
