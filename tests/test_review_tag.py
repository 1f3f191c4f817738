"""Low-confidence and unaddressable job mail goes to review; corrections stick and teach."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.mailbox_builder import OWNER, mail, write_eml_dir

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def _scan(run, home, folder):
    result = run("--home", home, "--now", NOW.isoformat(), "scan", "--source", f"eml:{folder}", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _review(run, home):
    return [json.loads(line) for line in run("--home", home, "review", "--json").out.splitlines()]


def _ambiguous(n: int, days_ago: int):
    # A terse note from a person: could be anything. The classifier should not be sure it is job mail.
    return mail(("Jo Park", "jo@parkandsons.com"), f"Quick note {n}",
                "Hi Sam, thanks for the time today. Talk soon.\nJo", NOW - timedelta(days=days_ago))


def test_a_rejection_from_a_no_reply_sender_goes_to_review_not_to_drafts(run, home, tmp_path):
    run("--home", home, "config", "set", "me.email", OWNER[1])
    folder = write_eml_dir(tmp_path / "mail", [
        mail(("Globex Careers", "no-reply@greenhouse.io"), "Update on your Globex application",
             "Dear Sam,\n\nThank you for your interest in the Operations Analyst position at Globex. Unfortunately, "
             "we will not be moving forward with your application at this time.\n\nThe Globex Recruiting Team",
             NOW - timedelta(days=1)),
    ])
    summary = _scan(run, home, folder)
    assert summary["drafts"] == []
    items = _review(run, home)
    assert len(items) == 1 and "no person to write to" in items[0]["why"]


def test_tag_corrects_a_label_and_the_correction_sticks_across_rescans(run, home, tmp_path):
    run("--home", home, "config", "set", "me.email", OWNER[1])
    folder = write_eml_dir(tmp_path / "mail", [_ambiguous(1, 3)])
    _scan(run, home, folder)
    stored = json.loads((home / "assistant.json").read_text())["messages"]
    (message_id,) = stored.keys()
    result = run("--home", home, "tag", message_id, "interview")
    assert result.code == 0, result.err
    _scan(run, home, folder)  # a rescan does not undo the correction
    stored = json.loads((home / "assistant.json").read_text())["messages"]
    assert stored[message_id]["label"] == "interview"
    assert stored[message_id]["reasons"] == ["your correction"]
    assert message_id not in {i["message"] for i in _review(run, home)}


def test_a_correction_teaches_the_classification_of_similar_mail(run, home, tmp_path):
    run("--home", home, "config", "set", "me.email", OWNER[1])
    folder = tmp_path / "mail"
    write_eml_dir(folder, [_ambiguous(1, 10)])
    _scan(run, home, folder)
    (message_id,) = json.loads((home / "assistant.json").read_text())["messages"].keys()
    assert run("--home", home, "tag", message_id, "interview").code == 0
    write_eml_dir(tmp_path / "mail2", [_ambiguous(2, 1)])
    _scan(run, home, tmp_path / "mail2")
    stored = json.loads((home / "assistant.json").read_text())["messages"]
    (new_id,) = set(stored) - {message_id}
    assert stored[new_id]["label"] == "interview"
    assert any("your correction of" in r for r in stored[new_id]["reasons"])


def test_tag_refuses_an_unknown_label_or_message_in_one_sentence(run, home, tmp_path):
    result = run("--home", home, "tag", "nope", "interview")
    assert result.code == 2 and "No stored message" in result.err
    result = run("--home", home, "tag", "nope", "maybe")
    assert result.code == 2 and "Unknown label" in result.err
