"""`assistant contacts list|show|note|pause|done`, `due` and `status`: JSON (one object per line) and plain
output, and what each changes about the drafts a scan makes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.mailbox_builder import OWNER, mail, write_eml_dir

CHI = ZoneInfo("America/Chicago")
JAN5 = datetime(2026, 1, 5, 17, tzinfo=CHI).isoformat()  # a Monday
FEB2 = datetime(2026, 2, 2, 17, tzinfo=CHI).isoformat()  # Marcus's check-in day (Jan 5 + 28)
DANA = "dana@acmerobotics.com"
MARCUS = "marcus@globex.com"
OMAR = "omar@umbrella.org"


def _rejection(name: str, address: str, company: str, role: str, mid: str):
    return mail(
        (name, address),
        f"Your application for {role} at {company}",
        f"Hi Sam,\n\nThank you for interviewing with us for the {role} role. After careful consideration we "
        "have decided to move forward with another candidate whose experience more closely matches our "
        f"needs.\n\nI enjoyed our conversation and wish you the best in your search.\n\n{name}\n{company}",
        datetime(2026, 1, 5, 9, 30, tzinfo=CHI),
        mid=mid,
    )


@pytest.fixture
def world(run, home: Path, tmp_path: Path):
    """Sam's home after one scan on Jan 5: two rejections (thank-yous drafted) and one on-hold."""
    for key, value in (("me.email", OWNER[1]), ("me.name", OWNER[0]), ("timezone", "America/Chicago")):
        assert run("--home", home, "config", "set", key, value).code == 0
    folder = write_eml_dir(
        tmp_path / "mail",
        [
            _rejection("Dana Whitfield", DANA, "Acme Robotics", "Data Analyst", "<rej-dana@acmerobotics.com>"),
            _rejection("Omar Haddad", OMAR, "Umbrella", "Program Coordinator", "<rej-omar@umbrella.org>"),
            mail(
                ("Marcus Bell", MARCUS),
                "Update on the Product Analyst role at Globex",
                "Hi Sam,\n\nI wanted to let you know that the hiring for the Product Analyst role has been put on "
                "hold while we finalise next year's budget. We hope to pick it up again in the spring.\n\n"
                "Best,\nMarcus Bell\nGlobex",
                datetime(2026, 1, 5, 10, tzinfo=CHI),
                mid="<hold-marcus@globex.com>",
            ),
        ],
    )

    class World:
        def cli(self, *args: str, now: str = JAN5, code: int = 0):
            result = run("--home", home, "--now", now, *args)
            assert result.code == code, (args, result.out, result.err)
            return result

        def json(self, *args: str, now: str = JAN5) -> list[dict]:
            lines = self.cli(*args, "--json", now=now).out.splitlines()
            return [json.loads(line) for line in lines if line.strip()]

        def scan(self, now: str) -> list[dict]:
            (summary,) = self.json("scan", "--source", f"eml:{folder}", now=now)
            return summary["drafts"]

        def contacts(self) -> dict[str, dict]:
            return {c["id"]: c for c in self.json("contacts", "list")}

        def due(self, *args: str, now: str = JAN5) -> set[tuple[str, str, str]]:
            return {(f["contact"], f["kind"], f["due"]) for f in self.json("due", *args, now=now)}

    w = World()
    made = w.scan(JAN5)
    assert {(d["to"], d["kind"]) for d in made} == {(DANA, "thank_you"), (OMAR, "thank_you")}
    return w


def test_contacts_list_gives_one_json_object_per_person_with_the_contract_keys(world):
    rows = world.json("contacts", "list")
    assert [r["id"] for r in rows] == sorted([DANA, MARCUS, OMAR])
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        assert {"id", "email", "name", "company", "stage", "last_contacted", "last_heard", "next_due"} <= set(row)
    pick = ("email", "name", "company", "stage", "last_contacted", "last_heard", "next_due", "next_kind")
    assert {k: by_id[MARCUS][k] for k in pick} == {
        "email": MARCUS,
        "name": "Marcus Bell",
        "company": "Globex",
        "stage": "on_hold",
        "last_contacted": None,
        "last_heard": "2026-01-05",
        "next_due": "2026-02-02",
        "next_kind": "check_in",
    }
    # Dana's thank-you is an open draft: nothing else is planned for her until it is sent or deleted.
    assert (by_id[DANA]["stage"], by_id[DANA]["next_due"]) == ("rejected", None)


def test_contacts_list_plain_is_a_table_of_people(world):
    text = world.cli("contacts", "list").out
    for expected in (DANA, "Dana Whitfield", "Acme Robotics", MARCUS, "Globex", "on_hold", "2026-02-02"):
        assert expected in text


def test_contacts_show_finds_a_person_by_part_of_their_name_or_address(world):
    (row,) = world.json("contacts", "show", "marcus")
    assert row["id"] == MARCUS and row["stage"] == "on_hold"
    assert [(h["label"], h["direction"]) for h in row["history"]] == [("on_hold", "in")]
    text = world.cli("contacts", "show", "Marcus Bell").out
    assert "Marcus Bell <marcus@globex.com>" in text
    assert "Update on the Product Analyst role at Globex" in text
    assert "check_in 2026-02-02" in text


def test_an_unknown_contact_is_one_sentence_not_a_traceback(world):
    result = world.cli("contacts", "show", "nobody@nowhere.org", code=2)
    assert "No contact matches" in result.err and "Traceback" not in result.err


def test_a_personal_note_shows_up_in_the_next_draft_to_that_person(world):
    (row,) = world.json("contacts", "note", MARCUS, "training for the Chicago marathon")
    assert row == {"id": MARCUS, "notes": ["training for the Chicago marathon"]}
    assert "Noted for marcus@globex.com" in world.cli("contacts", "note", "marcus", "his new puppy").out
    (shown,) = world.json("contacts", "show", MARCUS)
    assert shown["notes"] == ["training for the Chicago marathon", "his new puppy"]

    made = world.scan(FEB2)
    assert [(d["to"], d["kind"]) for d in made] == [(MARCUS, "check_in")]
    body = world.cli("drafts", "show", made[0]["id"]).out
    assert "his new puppy" in body  # the packaged templates use the latest note


def test_pausing_a_person_stops_their_drafts_and_undo_brings_them_back(world):
    (row,) = world.json("contacts", "pause", MARCUS)
    assert row == {"id": MARCUS, "paused": True}
    assert world.due() == set()
    assert world.scan(FEB2) == []
    marcus = world.contacts()[MARCUS]
    assert (marcus["paused"], marcus["next_due"]) == (True, None)
    assert "Paused follow-ups to marcus@globex.com" in world.cli("contacts", "pause", MARCUS).out

    assert "Resumed" in world.cli("contacts", "pause", MARCUS, "--undo").out
    assert world.due() == {(MARCUS, "check_in", "2026-02-02")}
    assert [(d["to"], d["kind"]) for d in world.scan(FEB2)] == [(MARCUS, "check_in")]


def test_marking_a_person_done_ends_their_follow_ups(world):
    (row,) = world.json("contacts", "done", MARCUS)
    assert row == {"id": MARCUS, "done": True}
    assert world.due() == set()
    assert world.scan(FEB2) == []
    assert world.contacts()[MARCUS]["done"] is True
    assert "Reopened" in world.cli("contacts", "done", MARCUS, "--undo").out
    assert world.due() == {(MARCUS, "check_in", "2026-02-02")}
    assert "Marked done" in world.cli("contacts", "done", "marcus").out


def test_pausing_a_company_stops_drafts_to_everyone_there(world):
    (row,) = world.json("contacts", "pause", "--company", "globex")
    assert row == {"company": "Globex", "paused": True}
    assert world.contacts()[MARCUS]["paused"] is True
    assert world.due() == set()
    assert world.scan(FEB2) == []
    text = world.cli("contacts", "pause", "--company", "Globex", "--undo").out
    assert "Resumed follow-ups to everyone at Globex" in text
    assert world.due() == {(MARCUS, "check_in", "2026-02-02")}


def test_pause_needs_exactly_one_of_a_person_or_a_company(world):
    assert "No contact works at 'Initrode'" in world.cli("contacts", "pause", "--company", "Initrode", code=2).err
    assert "Give a contact ID or --company NAME" in world.cli("contacts", "pause", code=2).err
    assert "Give a contact ID or --company NAME" in world.cli(
        "contacts", "pause", MARCUS, "--company", "Globex", code=2
    ).err


def test_due_lists_what_will_be_drafted_when_and_why(world):
    (row,) = world.json("due")
    assert {k: row[k] for k in ("contact", "kind", "due")} == {
        "contact": MARCUS,
        "kind": "check_in",
        "due": "2026-02-02",
    }
    assert "on hold" in row["reason"] and "28 days" in row["reason"]
    assert world.due("--within", "7") == set()
    assert world.due("--within", "28") == {(MARCUS, "check_in", "2026-02-02")}
    assert world.due("--as-of", "2026-02-02", "--within", "0") == {(MARCUS, "check_in", "2026-02-02")}
    text = world.cli("due").out
    assert "2026-02-02" in text and "check_in" in text and MARCUS in text
    assert "Nothing planned." in world.cli("due", "--within", "3").out
    assert "--as-of takes a date" in world.cli("due", "--as-of", "next week", code=2).err


def test_changing_the_cadence_changes_the_plan_at_once(world):
    assert world.cli("config", "set", "cadence.check_in_after_on_hold_days", "14").code == 0
    assert world.due() == {(MARCUS, "check_in", "2026-01-19")}


def test_status_lists_applications_by_company_and_stage(world):
    rows = world.json("status")
    assert [(r["company"], r["role"], r["stage"]) for r in rows] == [
        ("Acme Robotics", "Data Analyst", "rejected"),
        ("Globex", "Product Analyst", "on hold"),
        ("Umbrella", "Program Coordinator", "rejected"),
    ]
    text = world.cli("status").out
    for expected in ("Acme Robotics", "Globex", "on hold", "Umbrella"):
        assert expected in text
