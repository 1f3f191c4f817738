"""Scanning local mail end to end: the right drafts, to the right people, exactly once."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.mailbox_builder import OWNER, ics_invite, mail, write_eml_dir, write_mbox

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def _inbox():
    d = lambda days: NOW - timedelta(days=days)  # noqa: E731
    return [
        mail(("Dana Whitfield", "dana@acmerobotics.com"), "Your application for Data Analyst at Acme Robotics",
             "Hi Sam,\n\nThank you for interviewing with us for the Data Analyst role. After careful consideration "
             "we have decided to move forward with another candidate whose experience more closely matches our "
             "needs.\n\nI enjoyed our conversation and wish you the best in your search.\n\nDana Whitfield\n"
             "Hiring Manager, Acme Robotics", d(2), mid="<rej-dana@acmerobotics.com>"),
        mail(("Globex Careers", "no-reply@greenhouse.io"), "Update on your Globex application",
             "Dear Sam,\n\nThank you for your interest in the Operations Analyst position at Globex. Unfortunately, "
             "we will not be moving forward with your application at this time. We will keep your resume on file.\n\n"
             "The Globex Recruiting Team", d(3)),
        mail(("Priya Raman", "priya@initech.io"), "Re: Analyst role at Initech",
             "Hi Sam,\n\nThanks again for your time. Unfortunately we have decided not to move forward with your "
             "candidacy for the Analyst role; we chose a candidate with more domain experience.\n\nBest,\nPriya",
             d(60), mid="<rej-priya@initech.io>"),
        mail(("Omar Haddad", "omar@umbrella.org"), "Interview: Program Coordinator at Umbrella",
             "Hi Sam,\n\nWe would love to invite you to an interview for the Program Coordinator role. "
             "I've sent a calendar invitation for the video interview with me and Lena.\n\nOmar Haddad\nUmbrella",
             d(4), mid="<int-omar@umbrella.org>",
             ics=ics_invite(NOW - timedelta(days=1, hours=3), 45, ("Omar Haddad", "omar@umbrella.org"),
                            [("Sam Okafor", OWNER[1]), ("Lena Fischer", "lena@umbrella.org")],
                            "Interview: Sam Okafor / Program Coordinator")),
        mail(("Career Weekly", "newsletter@careerweekly.com"), "How to handle rejection in your job search",
             "This week: five ways to bounce back after hearing 'we have decided to move forward with other "
             "candidates'. Plus: an interview with our CEO.", d(1),
             headers={"List-Unsubscribe": "<mailto:unsub@careerweekly.com>", "Precedence": "bulk"}),
        mail(("Wonka Talent", "talent-noreply@wonka.com"), "We received your application",
             "Thank you for applying to the Chocolate Analyst role at Wonka. We have received your application "
             "and our team will review it.", d(5)),
        mail(("Ravi Patel", "ravi@stark.com"), "Offer letter - Data Engineer",
             "Hi Sam,\n\nWe're delighted to offer you the Data Engineer position at Stark. Your offer letter is "
             "attached; please sign by Friday.\n\nRavi", d(2)),
        mail(("Kim Lee", "kim@hooli.com"), "Automatic reply: Following up",
             "I am out of the office until December 1 with limited access to email. I will respond when I return.",
             d(1), headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
        mail(OWNER, "Following up", "Hi Kim, just following up on my application.", d(1), to=("Kim Lee", "kim@hooli.com")),
    ]


@pytest.fixture
def inbox(tmp_path):
    return write_eml_dir(tmp_path / "mail", _inbox())


def _scan(run, home, source, *extra):
    result = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", source, "--json", *extra)
    assert result.code == 0, result.err
    return json.loads(result.out)


def _drafts(run, home):
    result = run("--home", home, "drafts", "list", "--json")
    assert result.code == 0, result.err
    return [json.loads(line) for line in result.out.splitlines()]


@pytest.fixture
def configured_home(run, home):
    assert run("--home", home, "config", "set", "me.email", OWNER[1]).code == 0
    assert run("--home", home, "config", "set", "me.name", OWNER[0]).code == 0
    return home


def test_a_recent_rejection_from_a_person_gets_a_threaded_thank_you(run, configured_home, inbox):
    _scan(run, configured_home, f"eml:{inbox}")
    drafts = {d["to"]: d for d in _drafts(run, configured_home)}
    dana = drafts["dana@acmerobotics.com"]
    assert dana["kind"] == "thank_you"
    assert dana["subject"] == "Re: Your application for Data Analyst at Acme Robotics"
    assert dana["in_reply_to"] == "<rej-dana@acmerobotics.com>"
    assert dana["status"] == "draft"


def test_a_past_interview_gets_a_thank_you_to_each_interviewer(run, configured_home, inbox):
    _scan(run, configured_home, f"eml:{inbox}")
    drafts = {d["to"]: d for d in _drafts(run, configured_home)}
    assert drafts["omar@umbrella.org"]["kind"] == "interview_thank_you"
    assert drafts["lena@umbrella.org"]["kind"] == "interview_thank_you"


def test_no_draft_for_no_reply_old_news_offers_acks_auto_replies_newsletters_or_the_owner(run, configured_home, inbox):
    summary = _scan(run, configured_home, f"eml:{inbox}")
    to = {d["to"] for d in _drafts(run, configured_home)}
    assert to == {"dana@acmerobotics.com", "omar@umbrella.org", "lena@umbrella.org"}
    assert summary["review"] >= 1  # the no-reply rejection waits for a person


def test_a_rescan_over_the_same_mail_creates_nothing_new(run, configured_home, inbox):
    first = _scan(run, configured_home, f"eml:{inbox}")
    before = _drafts(run, configured_home)
    second = _scan(run, configured_home, f"eml:{inbox}")
    assert first["new"] == 9
    assert second["new"] == 0 and second["already_seen"] == 9
    assert second["drafts"] == []
    assert _drafts(run, configured_home) == before


def test_a_dry_run_writes_nothing(run, configured_home, inbox):
    summary = _scan(run, configured_home, f"eml:{inbox}", "--dry-run")
    assert summary["dry_run"] and summary["drafts"]
    assert _drafts(run, configured_home) == []
    assert not (configured_home / "assistant.json").exists() or _scan(run, configured_home, f"eml:{inbox}")["new"] == 9


def test_mbox_and_eml_sources_give_the_same_drafts(run, tmp_path, inbox):
    homes = []
    for kind in ("eml", "mbox"):
        home = tmp_path / f"home-{kind}"
        run("--home", home, "config", "set", "me.email", OWNER[1])
        source = f"eml:{inbox}" if kind == "eml" else f"mbox:{write_mbox(tmp_path / 'inbox.mbox', _inbox())}"
        _scan(run, home, source)
        homes.append(sorted((d["to"], d["kind"], d["subject"]) for d in _drafts(run, home)))
    assert homes[0] == homes[1]


def test_exported_drafts_are_mail_a_client_opens(run, configured_home, inbox, tmp_path):
    _scan(run, configured_home, f"eml:{inbox}")
    out = tmp_path / "export"
    assert run("--home", configured_home, "drafts", "export", out).code == 0
    files = sorted(out.glob("*.eml"))
    assert len(files) == 3
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert msg["Subject"].startswith("Re: ")
        assert msg["In-Reply-To"] and msg["References"]
        assert msg["From"].addresses[0].addr_spec == OWNER[1]
        assert "Sam Okafor" in msg.get_content()


def test_the_store_keeps_no_message_bodies(run, configured_home, inbox):
    _scan(run, configured_home, f"eml:{inbox}")
    stored = (configured_home / "assistant.json").read_text()
    assert "careful consideration" not in stored
    assert "five ways to bounce back" not in stored


def test_the_thank_you_asks_for_referrals_and_offers_help(run, configured_home, inbox):
    _scan(run, configured_home, f"eml:{inbox}")
    dana = next(d for d in _drafts(run, configured_home) if d["to"] == "dana@acmerobotics.com")
    shown = run("--home", configured_home, "drafts", "show", dana["id"]).out
    assert "Hi Dana," in shown
    assert "Thank you" in shown and "introduction" in shown and "in return" in shown
    assert "None" not in shown


def test_without_me_email_the_owner_is_guessed_and_their_mail_is_not_classified(run, home):
    from pathlib import Path

    import assistant

    sample = Path(assistant.__file__).parent / "sample" / "sample.mbox"
    summary = _scan(run, home, f"mbox:{sample}")
    assert summary["sent_by_you"] == 10
    state = json.loads((home / "assistant.json").read_text())["state"]
    assert state["owner_email"]["value"] == "alex.rivera.jobs@gmail.com"
    assert "alex.rivera.jobs@gmail.com" not in {d["to"] for d in summary["drafts"]}
