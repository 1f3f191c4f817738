"""Bad input: arbitrary bytes and structures never crash the parser, classifier or extractor; nasty
real-world mail scans without a crash; what cannot be processed is recorded, counted and reviewable."""

from __future__ import annotations

import base64
import json
import mailbox
import os
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import config as config_mod
from assistant import service
from assistant.classify import classify
from assistant.extract import extract
from assistant.models import LABELS, Message, RawMail
from assistant.parse import MailParseError, parse_bytes

NASTY = Path(__file__).parent / "fixtures" / "nasty"
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
OWNER = "sam@example.com"

# --- generated nasty mail (too big to commit) --------------------------------------------------------


def deep_multipart(depth: int = 100) -> bytes:
    """`depth` nested multipart/mixed parts with a text leaf at the bottom."""
    head = [b"From: Deep <deep@nest.example>", b"To: sam@example.com", b"Subject: deep",
            b"Date: Tue, 17 Nov 2026 10:00:00 +0000", b"MIME-Version: 1.0"]  # fmt: skip
    lines = []
    for i in range(depth):
        lines += [f'Content-Type: multipart/mixed; boundary="b{i}"'.encode(), b"", f"--b{i}".encode()]
    lines += [b"Content-Type: text/plain", b"", b"We would love to invite you to an interview."]
    for i in reversed(range(depth)):
        lines += [f"--b{i}--".encode()]
    return b"\n".join(head + lines) + b"\n"


def big_attachment(size: int = 20 * 1024 * 1024) -> bytes:
    """A rejection with a `size`-byte PDF attachment (base64)."""
    payload = base64.encodebytes(random.Random(1).randbytes(size))
    return (
        b"From: Big <big@files.example>\nTo: sam@example.com\nSubject: Your application\n"
        b"Date: Tue, 17 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="BIG"\n\n--BIG\nContent-Type: text/plain\n\n'
        b"Unfortunately we have decided to move forward with other candidates.\n--BIG\n"
        b'Content-Type: application/pdf; name="scan.pdf"\nContent-Disposition: attachment; filename="scan.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\n" + payload + b"--BIG--\n"
    )


def long_line(size: int = 2 * 1024 * 1024) -> bytes:
    """A single 2 MB line of text (no newline), as some HTML mailers send."""
    line = (b"the search for the role has been put on hold " * (size // 45 + 1))[:size]
    return (
        b"From: Long <long@line.example>\nTo: sam@example.com\nSubject: one line\n"
        b"Date: Tue, 17 Nov 2026 10:00:00 +0000\nContent-Type: text/html\n\n<p>" + line
    )


def long_header(size: int = 200_000) -> bytes:
    return b"From: a@b.example\nSubject: " + b"x" * size + b"\n\nbody\n"


GENERATED = {
    "deep_multipart": deep_multipart,
    "big_attachment_20mb": big_attachment,
    "long_line_2mb": long_line,
    "long_header": long_header,
}


def nasty_files() -> list[Path]:
    return sorted(NASTY.glob("*.eml"))


# --- the pure chain ------------------------------------------------------------------------------------


def run_chain(data: bytes) -> Message | None:
    """parse -> classify -> extract -> the stored record, as the scan does. None when parse refuses."""
    try:
        msg = parse_bytes(data, id="x", source="test")
    except MailParseError:
        return None
    cls = classify(msg, owner_email=OWNER)
    assert cls.label in LABELS and 0.0 <= cls.confidence <= 1.0
    facts = extract(msg, cls.label, owner_email=OWNER)
    record = service.message_record(msg, cls, facts, OWNER, NOW)
    json.dumps(record)  # storable
    return msg


@pytest.mark.parametrize("path", nasty_files(), ids=lambda p: p.stem)
def test_nasty_fixture_mail_goes_through_the_chain(path: Path) -> None:
    run_chain(path.read_bytes())


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_huge_and_deep_mail_goes_through_the_chain(name: str) -> None:
    msg = run_chain(GENERATED[name]())
    assert msg is not None


def test_what_the_parser_makes_of_nasty_mail() -> None:
    read = {p.stem: parse_bytes(p.read_bytes()) for p in nasty_files() if p.stem != "binary_garbage"}
    assert read["bad_date"].date is None and "unreadable Date header" in read["bad_date"].defects
    assert read["missing_date"].date is None and "no Date header" in read["missing_date"].defects
    assert read["missing_from"].from_email == "" and read["missing_from"].subject == "Interview invitation"
    assert "\x00" not in read["nul_bytes"].subject + read["nul_bytes"].text
    assert "NUL bytes removed" in read["nul_bytes"].defects
    assert "regret to inform you" in read["unknown_charset"].text
    html = read["html_scripts"]
    assert "not be moving forward" in html.text
    assert "document.write" not in html.text and "color: red" not in html.text and "alert" not in html.text
    deep = parse_bytes(deep_multipart())
    assert "invite you to an interview" in deep.text
    big = parse_bytes(big_attachment())
    assert [a.size for a in big.attachments] == [20 * 1024 * 1024]
    assert "move forward with other candidates" in big.text
    line = parse_bytes(long_line())
    assert 0 < len(line.text) <= 200_000  # cut before text extraction, not seconds of work


def test_scripts_and_styles_do_not_decide_the_label() -> None:
    msg = parse_bytes((NASTY / "html_scripts.eml").read_bytes())
    assert classify(msg, owner_email=OWNER).label != "offer"


# --- property tests ---------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_parse_raises_nothing_but_mailparseerror_on_arbitrary_bytes(data: bytes) -> None:
    run_chain(data)


HEADER_NAMES = st.sampled_from(
    ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
     "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version", "Auto-Submitted",
     "X-Autoreply", "Precedence", "List-Unsubscribe", "X-Gmail-Labels", "X-GM-THRID"]
) | st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, blacklist_characters=":"), min_size=1,
            max_size=20)  # fmt: skip
FRAGMENTS = st.sampled_from(
    ["=?utf-8?q?", "=?utf-8?b?", "?=", "=?", "<", ">", "@", ",", '"', ";", "boundary=", "charset=", "\r\n",
     "\n ", "\x00", "multipart/mixed", "text/html", "text/calendar", "base64", "quoted-printable",
     "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:", "mailto:", "On Tue, Sam wrote:", "> ", "-----Original Message-----",
     "unfortunately", "interview", "offer", "on hold", "out of the office until", "<script>", "=C3", "=\n"]
)  # fmt: skip
TEXT = st.lists(FRAGMENTS | st.text(max_size=30), max_size=12).map("".join)


@st.composite
def mail_structures(draw: st.DrawFn) -> bytes:
    """Header lists and (maybe multipart) bodies built from mail-shaped fragments and random text."""
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16"]))

    def enc(text: str) -> bytes:
        return text.encode(encoding, "surrogatepass" if encoding != "latin-1" else "replace")

    headers = draw(st.lists(st.tuples(HEADER_NAMES, TEXT), max_size=12))
    out = b"".join(enc(k) + b": " + enc(v) + b"\n" for k, v in headers)
    if draw(st.booleans()):
        boundary = draw(st.sampled_from(["b", "=_x", "", "--"]))
        out += enc(
            f'Content-Type: multipart/{draw(st.sampled_from(["mixed", "alternative"]))}; boundary="{boundary}"\n'
        )
        out += b"\n"
        for _ in range(draw(st.integers(0, 4))):
            out += enc(f"--{boundary}\n")
            for k, v in draw(st.lists(st.tuples(HEADER_NAMES, TEXT), max_size=4)):
                out += enc(k) + b": " + enc(v) + b"\n"
            out += b"\n" + enc(draw(TEXT)) + b"\n"
        if draw(st.booleans()):
            out += enc(f"--{boundary}--\n")
    else:
        out += b"\n" + enc(draw(TEXT))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mail_structures())
def test_arbitrary_header_and_body_structures_never_crash_the_chain(data: bytes) -> None:
    run_chain(data)


# --- scans ------------------------------------------------------------------------------------------------


def _app(home: Path) -> service.App:
    paths = config_mod.resolve_paths(home)
    cfg = config_mod.load(paths).with_values("test", **{"me.email": OWNER})
    return service.App(config=cfg, now=NOW, tz=cfg.tzinfo())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=400) | mail_structures(), min_size=1, max_size=15))
def test_a_scan_over_random_junk_records_failures_instead_of_crashing(
    tmp_path_factory, junk: list[bytes]
) -> None:
    home = tmp_path_factory.mktemp("junk")
    raws = [RawMail(id=f"j{i}", data=data, source=f"junk#{i}") for i, data in enumerate(junk)]
    summary = service.scan(_app(home), raws, "junk")
    assert summary.seen == len(raws)
    assert summary.new + summary.failed == len(raws)
    from assistant.store import Store

    with Store.open(home) as store:
        assert set(store.keys("messages")) | set(store.keys("failures")) == {r.id for r in raws}
        assert len(store.keys("failures")) == summary.failed
        assert summary.failed == sum(1 for d in junk if not d.strip())  # only empty input is unreadable


def _nasty_mbox(path: Path) -> tuple[Path, int]:
    box = mailbox.mbox(str(path), create=True)
    count = 0
    for data in [p.read_bytes() for p in nasty_files()] + [make() for make in GENERATED.values()] + [b""]:
        box.add(data)
        count += 1
    box.flush()
    box.close()
    return path, count


def test_a_scan_of_nasty_mail_counts_and_records_what_it_cannot_read(run, home: Path, tmp_path: Path) -> None:
    mbox, count = _nasty_mbox(tmp_path / "nasty.mbox")
    assert run("--home", home, "config", "set", "me.email", OWNER).code == 0
    result = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", f"mbox:{mbox}", "--json")
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    summary = json.loads(result.out)
    assert summary["seen"] == count
    assert summary["failed"] == 1  # the empty message
    assert summary["new"] + summary["failed"] == count

    data = json.loads((home / "assistant.json").read_text())
    assert len(data["messages"]) + len(data["failures"]) == count
    (failure,) = data["failures"].values()
    assert failure["error"] == "MailParseError: empty message" and failure["source"].endswith(f"#{count - 1}")

    review = run("--home", home, "review", "--json")
    items = [json.loads(line) for line in review.out.splitlines()]
    failed = [i for i in items if i["kind"] == "failure"]
    assert len(failed) == 1 and "could not be processed: MailParseError: empty message" in failed[0]["why"]

    again = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", f"mbox:{mbox}", "--json")
    assert json.loads(again.out)["already_seen"] == count  # failures are not retried or recounted


def test_a_message_that_breaks_the_pipeline_is_recorded_not_dropped(home: Path, monkeypatch) -> None:
    """A bug in classification on one message: that message is recorded with its error and counted;
    the others go on."""
    real = service.classify

    def fragile(msg: Message, **kwargs):
        if "boom" in msg.subject:
            raise RuntimeError("classifier bug")
        return real(msg, **kwargs)

    monkeypatch.setattr(service, "classify", fragile)
    raws = [
        RawMail(id="ok", data=b"From: a@b.example\nSubject: hello\n\nhi\n", source="t#0"),
        RawMail(id="bad", data=b"From: a@b.example\nSubject: boom\n\nhi\n", source="t#1"),
    ]
    summary = service.scan(_app(home), raws, "t")
    assert (summary.new, summary.failed) == (1, 1)
    data = json.loads((home / "assistant.json").read_text())
    assert list(data["messages"]) == ["ok"]
    assert data["failures"]["bad"]["error"] == "RuntimeError: classifier bug"


def test_nul_bytes_and_odd_names_in_an_eml_dir_scan(run, home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for p in nasty_files():
        (folder / p.name).write_bytes(p.read_bytes())
    result = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", f"eml:{folder}", "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["seen"] == len(nasty_files()) and summary["new"] + summary["failed"] == summary["seen"]
    assert os.path.getsize(home / "assistant.json") > 0


# --- the mbox reader matches the standard library byte for byte (ids hash these bytes) ---------------

MBOX_LINES = st.sampled_from(
    [b"From a@b Sat Jan  1 00:00:00 2026\n", b"From \n", b"\n", b"\r\n", b">From x\n", b"Subject: s\n", b"body\n",
     b"From", b"x", b"\x00\n", b"From b\r\n"]
) | st.binary(max_size=20)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(MBOX_LINES, max_size=30))
def test_the_mbox_reader_gives_the_standard_librarys_bytes(tmp_path_factory, lines: list[bytes]) -> None:
    from assistant.sources.mailbox import mbox_messages

    path = tmp_path_factory.mktemp("mbox") / "m.mbox"
    path.write_bytes(b"".join(lines))
    box = mailbox.mbox(str(path), factory=None, create=False)
    try:
        expected = [box.get_bytes(key, from_=False) for key in box.iterkeys()]
    finally:
        box.close()
    assert list(mbox_messages(path)) == expected


def test_classify_reports_a_message_that_breaks_the_pipeline_in_its_row_and_goes_on(monkeypatch) -> None:
    """`assistant classify`: a bug on one message gives that message an error row; the others are classified."""
    real = service.extract

    def fragile(msg: Message, *args, **kwargs):
        if "boom" in msg.subject:
            raise IndexError("list index out of range")
        return real(msg, *args, **kwargs)

    monkeypatch.setattr(service, "extract", fragile)
    raws = [
        RawMail(id="ok", data=b"From: a@b.example\nSubject: hello\n\nWe have decided to move forward with another candidate.\n",
                source="t#0"),
        RawMail(id="bad", data=b"From: a@b.example\nSubject: boom\n\nhi\n", source="t#1"),
        RawMail(id="ok2", data=b"From: c@d.example\nSubject: hi again\n\nhi\n", source="t#2"),
    ]
    rows = list(service.iter_classified(raws))
    assert [r["source"] for r in rows] == ["t#0", "t#1", "t#2"]
    assert rows[0]["label"] == "rejection"
    assert rows[1]["label"] == "other" and rows[1]["confidence"] == 0.0
    assert rows[1]["reasons"] == ["could not be processed: IndexError: list index out of range"]
