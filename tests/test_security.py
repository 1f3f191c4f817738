"""Security and privacy: mail is data, never template source or headers; the store and the logs hold
no message bodies and no token; disk trouble gives one sentence and leaves the store as it was."""

from __future__ import annotations

import base64
import email
import email.policy
import errno
import io
import json
import mailbox
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from assistant import store as store_mod
from tests.mailbox_builder import OWNER, mail

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
TOKEN = "ya29.SECRET-ACCESS-TOKEN-d41d8cd98f00b204"
REFRESH = "1//SECRET-REFRESH-TOKEN-e9800998ecf8427e"
# Sentences that appear only in message bodies: none may reach the store, stdout, stderr or the log.
BODY_SENTENCES = [
    "The purple giraffe reviewed your portfolio on Tuesday",
    "Our committee met beside the lighthouse to decide",
    "Your code sample about sourdough scheduling impressed",
    "Please keep the orchard budget figures confidential",
]


def _d(days: float) -> datetime:
    return NOW - timedelta(days=days)


def _encoded_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def _injection_mail() -> list:
    """Rejections and an interview whose names, subjects and bodies carry template syntax, CR/LF
    header injection attempts (RFC 2047-encoded, the only way a CR/LF survives unfolding) and the
    secret body sentences."""
    crlf_name = _encoded_word("Dana\r\nBcc: victim@attacker.example")
    crlf_subject = _encoded_word("Your application\r\nBcc: evil@attacker.example\r\nX-Injected: yes")
    return [
        mail(("{{ 7*7 }} {% for x in range(3) %}Loop{% endfor %}", "dana@acmerobotics.com"),
             "Data Analyst {{ 7*7 }} {% if true %}injected{% endif %} at Acme Robotics",
             "Hi Sam,\n\nThank you for interviewing with us for the Data Analyst role. After careful "
             "consideration we have decided to move forward with another candidate. {{ config }} "
             f"{{% for i in range(10) %}}spam{{% endfor %}}\n\n{BODY_SENTENCES[0]}.\n\nDana Whitfield\n"
             "Hiring Manager, Acme Robotics", _d(2), mid="<tmpl@acmerobotics.com>"),
        (
            f"From: {crlf_name} <priya@initech.io>\nTo: {OWNER[0]} <{OWNER[1]}>\nSubject: {crlf_subject}\n"
            f"Date: {format_datetime(_d(3))}\nMessage-ID: <crlf@initech.io>\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "Hi Sam,\n\nUnfortunately we have decided not to move forward with your candidacy for the "
            f"Analyst role.\n\n{BODY_SENTENCES[1]}.\n\nBest,\nPriya\n"
        ).encode(),
        mail(("Omar Haddad", "omar@umbrella.org"), "Interview: Program Coordinator at Umbrella",
             f"Hi Sam,\n\nWe would love to invite you to an interview for the Program Coordinator role.\n"
             f"{BODY_SENTENCES[2]}.\n\nOmar", _d(4), mid="<int@umbrella.org>"),
        mail(("Career Weekly", "newsletter@careerweekly.com"), "Weekly digest",
             f"{BODY_SENTENCES[3]}.", _d(1), headers={"List-Unsubscribe": "<mailto:u@careerweekly.com>"}),
    ]  # fmt: skip


def write_mbox(path: Path, messages: list) -> Path:
    box = mailbox.mbox(str(path), create=True)
    for msg in messages:
        box.add(msg if isinstance(msg, bytes) else msg.as_bytes())
    box.flush()
    box.close()
    return path


@pytest.fixture
def mbox(tmp_path: Path) -> Path:
    return write_mbox(tmp_path / "mail.mbox", _injection_mail())


@pytest.fixture
def configured(run, home: Path) -> Path:
    assert run("--home", home, "config", "set", "me.email", OWNER[1]).code == 0
    assert run("--home", home, "config", "set", "me.name", OWNER[0]).code == 0
    return home


def _scan(run, home: Path, mbox: Path) -> dict:
    result = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", f"mbox:{mbox}", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _store_drafts(home: Path) -> list[dict]:
    return list(json.loads((home / "assistant.json").read_text())["drafts"].values())


# --- templates ---------------------------------------------------------------------------------------


def test_template_syntax_in_mail_comes_out_literally(run, configured: Path, mbox: Path) -> None:
    _scan(run, configured, mbox)
    drafts = {d["contact"]: d for d in _store_drafts(configured)}
    dana = drafts["dana@acmerobotics.com"]
    assert "{{ 7*7 }}" in dana["subject"] and "{% if true %}injected{% endif %}" in dana["subject"]
    assert "49" not in dana["subject"] + dana["body"]
    assert "LoopLoopLoop" not in dana["body"] and "spam" not in dana["body"]
    # the sender's "name" is template syntax: if it is used as a first name it appears verbatim
    assert "{{" in dana["body"] or "Hi " in dana["body"] or "Dear" in dana["body"]


# --- header injection -------------------------------------------------------------------------------


def test_crlf_in_names_and_subjects_cannot_add_headers_to_a_draft(
    run, configured: Path, mbox: Path, tmp_path: Path
) -> None:
    _scan(run, configured, mbox)
    out = tmp_path / "out"
    result = run("--home", configured, "drafts", "export", out)
    assert result.code == 0, result.err
    files = sorted(out.glob("*.eml"))
    assert files, "the rejections must make drafts"
    for path in files:
        raw = path.read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        names = [k.lower() for k in msg.keys()]
        assert "bcc" not in names and "x-injected" not in names, path.name
        assert len(names) == len(set(names)), f"a header appears twice in {path.name}"
        assert set(names) <= {
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "in-reply-to",
            "references",
            "x-assistant-draft",
            "content-type",
            "content-transfer-encoding",
            "mime-version",
        }
        assert len(msg["To"].addresses) == 1
        assert b"victim@attacker.example" not in raw.split(b"\n\n")[0] or b"\r\nBcc" not in raw
        for value in msg.values():
            assert "\r" not in value and "\n" not in value
    priya = [d for d in _store_drafts(configured) if d["contact"] == "priya@initech.io"]
    assert priya and "\n" not in priya[0]["subject"] and "\r" not in priya[0]["subject"]


def test_an_encoded_display_name_cannot_smuggle_in_an_address() -> None:
    from assistant.parse import parse_bytes

    for trick in (
        "Dana\r\nBcc: victim@attacker.example",
        "Dana, victim@attacker.example",
        "Dana <victim@attacker.example>",
    ):
        raw = f"From: {_encoded_word(trick)} <priya@initech.io>\nTo: {_encoded_word(trick)} <sam@example.com>\n\nhi\n"
        msg = parse_bytes(raw.encode())
        assert msg.from_email == "priya@initech.io" and [a for _, a in msg.to] == ["sam@example.com"], trick
        assert "\n" not in msg.from_name and "\r" not in msg.from_name


# --- what is stored and what is printed ---------------------------------------------------------------


def test_the_store_never_contains_message_bodies(run, configured: Path, mbox: Path) -> None:
    _scan(run, configured, mbox)
    text = (configured / "assistant.json").read_text()
    for sentence in BODY_SENTENCES:
        assert sentence not in text
    for word in ("purple giraffe", "lighthouse", "sourdough", "orchard budget"):
        assert word not in text


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "assistant", "-v", "--home", str(home), "--now", NOW.isoformat(), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)


def test_no_body_text_or_token_in_output_or_logs(configured: Path, mbox: Path, tmp_path: Path) -> None:
    (configured / "token.json").write_text(
        json.dumps({"token": TOKEN, "refresh_token": REFRESH, "client_id": "x", "client_secret": "y"})
    )
    os.chmod(configured / "token.json", 0o600)
    outputs = [
        _cli(configured, "scan", "--source", f"mbox:{mbox}"),
        _cli(configured, "scan", "--source", f"mbox:{mbox}", "--json"),
        _cli(configured, "review"),
        _cli(configured, "drafts", "list", "--all"),
        _cli(configured, "contacts", "list", "--json"),
        _cli(configured, "status"),
        _cli(configured, "due", "--json"),
        _cli(configured, "config", "show"),
        _cli(configured, "classify", str(mbox)),  # a command that shows per-message results
        _cli(configured, "scan", "--source", f"mbox:{tmp_path / 'missing.mbox'}"),  # an error path
    ]
    assert outputs[0].returncode == 0, outputs[0].stderr
    assert outputs[-1].returncode != 0 and "Traceback" not in outputs[-1].stderr
    for done in outputs:
        for stream in (done.stdout, done.stderr):
            for secret in (*BODY_SENTENCES, TOKEN, REFRESH, "SECRET-"):
                assert secret not in stream, f"{secret!r} leaked by {done.args[4:]}"


# --- disk trouble ------------------------------------------------------------------------------------------


def _newer_mail(tmp_path: Path) -> Path:
    more = _injection_mail() + [
        mail(("Lena Fischer", "lena@globex.com"), "Update on your Globex application",
             "Dear Sam,\n\nUnfortunately, we will not be moving forward with your application.", _d(1),
             mid="<late@globex.com>"),
    ]  # fmt: skip
    return write_mbox(tmp_path / "more.mbox", more)


def _snapshot(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in home.iterdir() if p.is_file() and p.name != "assistant.lock"}


def _assert_one_sentence(result, exit_code: int = 4) -> None:
    assert result.code == exit_code, (result.code, result.err)
    assert "Traceback" not in result.err and result.out == ""
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert "nothing was lost" in lines[0]


class _Immutable:
    """A directory nothing may be written into, even by root: `chattr +i` (ext2/3/4, xfs, btrfs).
    As a normal user, chmod 0500 does the same."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.how = ""

    def __enter__(self) -> _Immutable:
        if os.geteuid() != 0:
            os.chmod(self.path, 0o500)
            self.how = "chmod"
        elif (
            shutil.which("chattr")
            and subprocess.run(["chattr", "+i", str(self.path)], capture_output=True).returncode == 0
        ):
            self.how = "chattr"
        probe = self.path / ".probe"
        try:
            probe.write_text("x")
        except OSError:
            return self
        probe.unlink()
        self.__exit__()
        pytest.skip("no way to make a directory read-only here (needs chattr as root, or a non-root user)")

    def __exit__(self, *exc: object) -> None:
        if self.how == "chattr":
            subprocess.run(["chattr", "-i", str(self.path)], check=False)
        elif self.how == "chmod":
            os.chmod(self.path, 0o700)


def test_a_read_only_home_gives_one_sentence_and_leaves_the_store(
    run, configured: Path, mbox: Path, tmp_path: Path
) -> None:
    _scan(run, configured, mbox)
    before = _snapshot(configured)
    newer = _newer_mail(tmp_path)
    with _Immutable(configured):
        result = run("--home", configured, "--now", NOW.isoformat(), "scan", "--source", f"mbox:{newer}")
    _assert_one_sentence(result)
    assert "is not writable" in result.err
    assert _snapshot(configured) == before
    after = _scan(run, configured, newer)  # writable again: the same mail is picked up, nothing lost
    assert after["new"] == 1


def test_a_home_that_is_a_file_gives_one_sentence(run, tmp_path: Path, mbox: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--home", blocker / "home", "--now", NOW.isoformat(), "scan", "--source", f"mbox:{mbox}")
    assert result.code != 0 and "Traceback" not in result.err
    assert len([line for line in result.err.splitlines() if line.strip()]) == 1
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_a_full_disk_gives_one_sentence_and_leaves_the_store(
    run, configured: Path, mbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """ENOSPC at the store's write boundary (a double for the OS call: a real full disk needs a mount).
    The temp file is removed, the old store stays byte for byte, the lock is released."""
    _scan(run, configured, mbox)
    before = _snapshot(configured)
    newer = _newer_mail(tmp_path)
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if where == "write":
        real_fdopen = os.fdopen

        def fdopen(fd, *args, **kwargs):
            fh = real_fdopen(fd, *args, **kwargs)

            def write(data: str) -> int:
                io.TextIOWrapper.write(fh, data[: len(data) // 2])  # half of it fits, then the disk is full
                fh.flush()
                raise full

            fh.write = write
            return fh

        monkeypatch.setattr(store_mod.os, "fdopen", fdopen)
    elif where == "fsync":

        def fsync(fd: int) -> None:
            raise full

        monkeypatch.setattr(store_mod.os, "fsync", fsync)
    else:

        def replace(src, dst) -> None:
            raise full

        monkeypatch.setattr(store_mod.os, "replace", replace)

    result = run("--home", configured, "--now", NOW.isoformat(), "scan", "--source", f"mbox:{newer}")
    monkeypatch.undo()
    _assert_one_sentence(result)
    assert "disk is full" in result.err
    assert _snapshot(configured) == before
    assert not list(configured.glob(".assistant-*.tmp"))
    assert _scan(run, configured, newer)["new"] == 1  # lock released, nothing lost
