"""The synthetic mail generator (bench/mailgen.py) and the bundled sample mailbox."""

from __future__ import annotations

import csv
import email
import email.policy
import mailbox
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import mailgen  # noqa: E402

LABELS = {"rejection", "on_hold", "interview", "offer", "application_received", "auto_reply", "other"}
SAMPLE_MBOX = ROOT / "assistant" / "sample" / "sample.mbox"
SAMPLE_CSV = ROOT / "tests" / "fixtures" / "sample_labels.csv"
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def generated() -> list[tuple[bytes, dict]]:
    return mailgen.generate(300, seed=7)


def test_same_seed_gives_identical_bytes_and_truth() -> None:
    a = mailgen.generate(120, seed=3)
    b = mailgen.generate(120, seed=3)
    assert a == b


def test_different_seeds_give_different_mail() -> None:
    assert [r for r, _ in mailgen.generate(50, seed=1)] != [r for r, _ in mailgen.generate(50, seed=2)]


def test_generates_exactly_n_messages_sorted_by_date(generated: list[tuple[bytes, dict]]) -> None:
    assert len(generated) == 300
    dates = [datetime.fromisoformat(t["date"]) for _, t in generated]
    assert dates == sorted(dates)
    assert all(mailgen.DEFAULT_START <= d <= mailgen.DEFAULT_END for d in dates)


def test_every_message_parses_cleanly_with_the_stdlib(generated: list[tuple[bytes, dict]]) -> None:
    for raw, truth in generated:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["Message-ID"] == truth["message_id"]
        assert msg["From"] and msg["Date"] and msg["Subject"] is not None
        assert not [d for part in msg.walk() for d in part.defects], truth["message_id"]
        assert msg.get_body(preferencelist=("plain", "html")) is not None


def test_message_ids_are_unique(generated: list[tuple[bytes, dict]]) -> None:
    ids = [t["message_id"] for _, t in generated]
    assert len(ids) == len(set(ids))


def test_all_labels_and_sent_mail_present(generated: list[tuple[bytes, dict]]) -> None:
    assert {t["label"] for _, t in generated} == LABELS
    assert any(t["folder"] == "SENT" for _, t in generated)
    assert {t["folder"] for _, t in generated} == {"INBOX", "SENT"}


def test_replies_point_at_earlier_messages_in_the_same_thread(generated: list[tuple[bytes, dict]]) -> None:
    seen: dict[str, str] = {}
    replies = 0
    for raw, truth in generated:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parent = msg["In-Reply-To"]
        if parent:
            replies += 1
            assert parent in seen, "In-Reply-To names a message generated earlier"
            assert seen[parent] == truth["thread"]
            assert parent in str(msg["References"])
        seen[truth["message_id"]] = truth["thread"]
    assert replies > 20


def test_rich_mime_shapes_are_present(generated: list[tuple[bytes, dict]]) -> None:
    kinds = Counter()
    for raw, _ in generated:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types = {p.get_content_type() for p in msg.walk()}
        if "text/calendar" in types:
            kinds["calendar"] += 1
        if "application/pdf" in types:
            kinds["pdf"] += 1
        if msg.get_content_type() == "text/html":
            kinds["html_only"] += 1
        if msg.get_content_type() == "multipart/alternative":
            kinds["alternative"] += 1
        if len(raw) > 20_000 and "text/html" in types:
            kinds["big_html"] += 1
    assert all(kinds[k] > 0 for k in ("calendar", "pdf", "html_only", "alternative", "big_html")), kinds


def test_truth_for_auto_replies_and_interviews_is_usable(generated: list[tuple[bytes, dict]]) -> None:
    for _, truth in generated:
        if truth["return_date"]:
            assert truth["label"] == "auto_reply"
            datetime.fromisoformat(truth["return_date"])
        if truth["interview_at"]:
            assert truth["label"] == "interview"
            assert datetime.fromisoformat(truth["interview_at"]).tzinfo is not None


def test_mbox_round_trip_keeps_count_and_gmail_labels(
    tmp_path: Path, generated: list[tuple[bytes, dict]]
) -> None:
    path = tmp_path / "all.mbox"
    mailgen.write_mbox(path, generated)
    box = mailbox.mbox(str(path))
    assert len(box) == len(generated)
    for (_, truth), msg in zip(generated, box, strict=True):
        assert msg["Message-ID"] == truth["message_id"]
        assert ("Sent" in msg["X-Gmail-Labels"]) == (truth["folder"] == "SENT")
        assert msg["X-GM-THRID"].isdigit()
        assert msg.get_from().endswith("2026") or " 2026" in msg.get_from()


def test_maildir_and_eml_dir_writers(tmp_path: Path, generated: list[tuple[bytes, dict]]) -> None:
    few = generated[:25]
    mailgen.write_maildir(tmp_path / "md", few)
    assert len(mailbox.Maildir(str(tmp_path / "md"))) == 25
    mailgen.write_eml_dir(tmp_path / "eml", few)
    files = sorted((tmp_path / "eml").glob("*.eml"))
    assert len(files) == 25
    assert files[0].read_bytes() == few[0][0]


def test_cli_writes_an_mbox(tmp_path: Path) -> None:
    out = tmp_path / "x.mbox"
    assert mailgen.main(["--n", "40", "--seed", "5", "--format", "mbox", "--out", str(out)]) == 0
    assert len(mailbox.mbox(str(out))) == 40


# ----------------------------------------------------------------------------- the bundled sample


@pytest.fixture(scope="module")
def sample_rows() -> list[dict]:
    with SAMPLE_CSV.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_sample_mbox_matches_its_truth_csv(sample_rows: list[dict]) -> None:
    box = mailbox.mbox(str(SAMPLE_MBOX))
    assert 35 <= len(box) <= 45
    assert len(box) == len(sample_rows)
    for row, msg in zip(sample_rows, box, strict=True):
        assert msg["Message-ID"] == row["message_id"]
        parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
        assert not [d for part in parsed.walk() for d in part.defects]


def test_sample_has_the_required_kinds_of_mail(sample_rows: list[dict]) -> None:
    inbox = [r for r in sample_rows if r["folder"] == "INBOX"]
    counts = Counter(r["label"] for r in inbox)
    assert counts["rejection"] >= 5
    assert counts["on_hold"] >= 2
    assert counts["interview"] >= 5
    assert 1 <= counts["offer"] <= 2
    assert counts["application_received"] >= 4
    assert 2 <= counts["auto_reply"] <= 3
    assert counts["other"] >= 8
    assert sum(r["folder"] == "SENT" for r in sample_rows) >= 6
    assert any(r["return_date"] for r in inbox if r["label"] == "auto_reply")
    # personal and ATS rejections
    assert any(r["contact_first_name"] for r in inbox if r["label"] == "rejection")
    assert any(not r["contact_first_name"] for r in inbox if r["label"] == "rejection")


def test_sample_dates_sit_in_the_ten_weeks_before_the_demo_clock(sample_rows: list[dict]) -> None:
    dates = [datetime.fromisoformat(r["date"]) for r in sample_rows]
    assert all(0 < (NOW - d).days <= 75 for d in dates)
    recent_rejections = [
        r
        for r in sample_rows
        if r["label"] == "rejection" and (NOW - datetime.fromisoformat(r["date"])).days <= 10
    ]
    assert len(recent_rejections) >= 2
    assert any(
        r["label"] == "on_hold" and (NOW - datetime.fromisoformat(r["date"])).days <= 14 for r in sample_rows
    )
    assert any(
        r["interview_at"] and 0 < (NOW - datetime.fromisoformat(r["interview_at"])).days <= 2
        for r in sample_rows
    )


def test_sample_has_a_calendar_invite_with_named_interviewers(sample_rows: list[dict]) -> None:
    box = mailbox.mbox(str(SAMPLE_MBOX))
    invites = []
    for msg in box:
        parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
        for part in parsed.walk():
            if part.get_content_type() == "text/calendar":
                invites.append(part.get_content())
    assert invites
    assert any(ics.count("ATTENDEE") >= 3 and "ORGANIZER" in ics for ics in invites)


def test_sample_threads_link_replies_to_their_parents() -> None:
    box = mailbox.mbox(str(SAMPLE_MBOX))
    ids = set()
    linked = 0
    for msg in box:
        if msg["In-Reply-To"]:
            assert msg["In-Reply-To"] in ids
            linked += 1
        ids.add(msg["Message-ID"])
    assert linked >= 8


def test_sample_is_reproducible_from_make_sample() -> None:
    import make_sample

    msgs = make_sample.build()
    box = mailbox.mbox(str(SAMPLE_MBOX))
    assert [t["message_id"] for _, t in msgs] == [m["Message-ID"] for m in box]
