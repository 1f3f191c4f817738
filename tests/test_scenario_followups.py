"""One job seeker, five months of mail, delivered day by day through the real CLI.

Sam Okafor (sam@example.com, America/Chicago) job-hunts from January to May 2026. Each step drops that
day's new mail (theirs and Sam's own sent mail) into a folder of .eml files, scans it as of that day, and
checks exactly which drafts were made and what `assistant due` plans next. The people:

* Dana (Acme Robotics) rejects Sam; thank-you at once, Sam sends it; keep-in-touch 6 weeks after that,
  Sam sends it; the next one 91 days later; after 3 unanswered notes nothing more.
* Lucia (Wayne) rejects Sam; Sam sends the thank-you, then pauses her: nothing more is drafted.
* Priya (Initech) rejects Sam; Sam thanks her; she answers, which restarts the clock.
* Marcus (Globex) puts the search on hold; Sam writes to him, which restarts the clock, and his
  out-of-office reply (back March 9) defers the check-in to the first business day after.
* Kim (Hooli) rejects Sam; Sam's thank-you gets "Kim no longer works here, contact Jordan": follow-ups
  move to Jordan, who gets no thank-you for a rejection Kim sent.
* Omar and Lena (Umbrella) interview Sam (calendar invite): thank-yous after the interview, never before;
  Omar's later rejection gets its thank-you only 14 days after Sam's interview note.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.mailbox_builder import OWNER, ics_invite, mail, write_eml_dir

CHI = ZoneInfo("America/Chicago")

DANA = ("Dana Whitfield", "dana@acmerobotics.com")
LUCIA = ("Lucia Moreno", "lucia@waynecorp.com")
PRIYA = ("Priya Raman", "priya@initech.io")
MARCUS = ("Marcus Bell", "marcus@globex.com")
KIM = ("Kim Lee", "kim@hooli.com")
JORDAN = ("Jordan Park", "jordan.park@hooli.com")
OMAR = ("Omar Haddad", "omar@umbrella.org")
LENA = ("Lena Fischer", "lena@umbrella.org")


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=CHI)


def rejection(person: tuple[str, str], company: str, role: str, when: datetime, mid: str):
    first = person[0].split()[0]
    return mail(
        person,
        f"Your application for {role} at {company}",
        f"Hi Sam,\n\nThank you for interviewing with us for the {role} role. After careful consideration we have "
        "decided to move forward with another candidate whose experience more closely matches our needs.\n\n"
        f"I enjoyed our conversation and wish you the best in your search.\n\n{person[0]}\n{company}\n\n-- {first}",
        when,
        mid=mid,
    )


def sent(person: tuple[str, str], subject: str, when: datetime, mid: str, in_reply_to: str | None = None):
    """A message Sam wrote (found in the exported Sent folder)."""
    return mail(
        OWNER,
        subject,
        f"Hi {person[0].split()[0]},\n\nThank you, it was good to talk.\n\nSam",
        when,
        to=person,
        mid=mid,
        in_reply_to=in_reply_to,
    )


class JobSearch:
    """The CLI, a home and a mail folder that grows day by day."""

    def __init__(self, run, home: Path, folder: Path) -> None:
        self.run = run
        self.home = home
        self.folder = folder
        self.now: datetime | None = None
        self.scans = 0

    def cli(self, *args: str, now: datetime | None = None) -> list[dict]:
        stamp = (now or self.now).isoformat()
        result = self.run("--home", self.home, "--now", stamp, *args)
        assert result.code == 0, (args, result.err)
        return [json.loads(line) for line in result.out.splitlines() if line.strip()]

    def day(self, now: datetime, *messages) -> set[tuple[str, str, str]]:
        """Deliver the day's mail, scan as of `now`; the drafts made: {(to, kind, in_reply_to)}."""
        self.now = now
        self.scans += 1
        if messages:
            write_eml_dir(self.folder / f"{self.scans:03d}", list(messages))
        (summary,) = self.cli("scan", "--source", f"eml:{self.folder}", "--json")
        assert summary["failed"] == 0
        by_id = {d["id"]: d for d in self.cli("drafts", "list", "--all", "--json")}
        made = set()
        for entry in summary["drafts"]:
            assert entry["status"] == "draft"
            made.add((entry["to"], entry["kind"], by_id[entry["id"]]["in_reply_to"]))
        return made

    def due(self) -> set[tuple[str, str, str]]:
        return {(f["contact"], f["kind"], f["due"]) for f in self.cli("due", "--json")}

    def drafts(self) -> dict[tuple[str, str], str]:
        """(to, kind) -> status, for every draft ever made."""
        return {(d["to"], d["kind"]): d["status"] for d in self.cli("drafts", "list", "--all", "--json")}

    def contacts(self) -> dict[str, dict]:
        return {c["email"]: c for c in self.cli("contacts", "list", "--json")}


@pytest.fixture
def sam(run, home, tmp_path) -> JobSearch:
    for key, value in (
        ("me.email", OWNER[1]),
        ("me.name", OWNER[0]),
        ("timezone", "America/Chicago"),
    ):
        assert run("--home", home, "config", "set", key, value).code == 0
    return JobSearch(run, home, tmp_path / "mail")


def test_five_months_of_job_search_mail_make_exactly_the_right_drafts_on_the_right_days(sam: JobSearch):
    started = time.perf_counter()
    dana = "dana@acmerobotics.com"
    lucia = "lucia@waynecorp.com"
    priya = "priya@initech.io"
    marcus = "marcus@globex.com"
    kim = "kim@hooli.com"
    jordan = "jordan.park@hooli.com"
    omar = "omar@umbrella.org"
    lena = "lena@umbrella.org"

    # Mon Jan 5: two rejections from people -> a thank-you to each, at once, threaded on the rejection.
    made = sam.day(
        at(1, 5, 17),
        rejection(DANA, "Acme Robotics", "Data Analyst", at(1, 5, 9, 30), "<rej-dana@acmerobotics.com>"),
        rejection(LUCIA, "Wayne Enterprises", "Operations Analyst", at(1, 5, 11), "<rej-lucia@waynecorp.com>"),
    )
    assert made == {
        (dana, "thank_you", "<rej-dana@acmerobotics.com>"),
        (lucia, "thank_you", "<rej-lucia@waynecorp.com>"),
    }
    assert sam.due() == set()  # both drafts are open: at most one open draft per person

    # Tue Jan 6: Sam sends both thank-yous (they show up in the Sent folder) -> the drafts become "sent",
    # last_contacted moves, and the keep-in-touch is 6 weeks after Sam's note. Sam pauses Lucia.
    made = sam.day(
        at(1, 6, 17),
        sent(DANA, "Re: Your application for Data Analyst at Acme Robotics", at(1, 6, 9), "<s1@example.com>",
             "<rej-dana@acmerobotics.com>"),
        sent(LUCIA, "Re: Your application for Operations Analyst at Wayne Enterprises", at(1, 6, 9, 10),
             "<s2@example.com>", "<rej-lucia@waynecorp.com>"),
    )
    assert made == set()
    assert sam.drafts() == {(dana, "thank_you"): "sent", (lucia, "thank_you"): "sent"}
    assert sam.contacts()[dana]["last_contacted"] == "2026-01-06"
    assert sam.due() == {(dana, "keep_in_touch", "2026-02-17"), (lucia, "keep_in_touch", "2026-02-17")}
    assert sam.run("--home", sam.home, "contacts", "pause", lucia).code == 0
    assert sam.due() == {(dana, "keep_in_touch", "2026-02-17")}

    # Mon Jan 12 / Tue Jan 13: Priya rejects Sam; thank-you drafted, Sam sends it the next morning.
    made = sam.day(
        at(1, 12, 17), rejection(PRIYA, "Initech", "Analyst", at(1, 12, 8), "<rej-priya@initech.io>")
    )
    assert made == {(priya, "thank_you", "<rej-priya@initech.io>")}
    made = sam.day(
        at(1, 13, 17),
        sent(PRIYA, "Re: Your application for Analyst at Initech", at(1, 13, 8), "<s3@example.com>",
             "<rej-priya@initech.io>"),
    )
    assert made == set()
    assert (priya, "keep_in_touch", "2026-02-24") in sam.due()

    # Wed Jan 14: Marcus puts the search on hold -> a check-in 4 weeks later, nothing today.
    made = sam.day(
        at(1, 14, 17),
        mail(MARCUS, "Update on the Product Analyst role at Globex",
             "Hi Sam,\n\nI wanted to let you know that the hiring for the Product Analyst role has been put on "
             "hold while we finalise next year's budget. We hope to pick it up again in the spring and will "
             "reach out then.\n\nBest,\nMarcus Bell\nGlobex", at(1, 14, 9), mid="<hold-marcus@globex.com>"),
    )
    assert made == set()
    assert (marcus, "check_in", "2026-02-11") in sam.due()

    # Tue Jan 20: Priya answers Sam's thank-you -> the clock restarts from her answer (Jan 20 + 42 days).
    made = sam.day(
        at(1, 20, 17),
        mail(PRIYA, "Re: Your application for Analyst at Initech",
             "Hi Sam,\n\nThanks so much for the kind note. Let's definitely stay in touch, and say hello if you "
             "are ever in Austin.\n\nPriya", at(1, 20, 11), mid="<reply-priya@initech.io>",
             in_reply_to="<s3@example.com>"),
    )
    assert made == set()
    assert (priya, "keep_in_touch", "2026-03-03") in sam.due()
    assert sam.contacts()[priya]["last_heard"] == "2026-01-20"

    # Wed Jan 21 / Thu Jan 22: Kim rejects Sam; Sam's thank-you bounces off "no longer works here, contact
    # Jordan". Kim is done; Jordan takes over the follow-ups without a thank-you for Kim's rejection.
    made = sam.day(
        at(1, 21, 17), rejection(KIM, "Hooli", "Data Scientist", at(1, 21, 10), "<rej-kim@hooli.com>")
    )
    assert made == {(kim, "thank_you", "<rej-kim@hooli.com>")}
    made = sam.day(
        at(1, 22, 17),
        sent(KIM, "Re: Your application for Data Scientist at Hooli", at(1, 22, 9), "<s4@example.com>",
             "<rej-kim@hooli.com>"),
        mail(KIM, "Automatic reply: Re: Your application for Data Scientist at Hooli",
             "Thank you for your email. Kim Lee is no longer with Hooli. For anything related to recruiting, "
             "please contact Jordan Park at jordan.park@hooli.com.", at(1, 22, 9, 1),
             mid="<ooo-kim@hooli.com>", in_reply_to="<s4@example.com>",
             headers={"Auto-Submitted": "auto-replied"}),
    )
    assert made == set()
    planned = sam.due()
    assert (jordan, "keep_in_touch", "2026-03-05") in planned
    assert not any(contact == kim for contact, _, _ in planned)

    # Fri Feb 6: Sam writes to Marcus (an exchange: the check-in moves to Feb 6 + 28 = Mar 6) and gets an
    # out-of-office reply, back on Monday March 9 -> deferred to the first business day after, Tue Mar 10.
    made = sam.day(
        at(2, 6, 17),
        sent(MARCUS, "Case study I mentioned", at(2, 6, 10), "<s5@example.com>"),
        mail(MARCUS, "Out of office: Case study I mentioned",
             "Hello,\n\nI am out of the office on parental leave until Monday, March 9, 2026, with no access to "
             "email. I will reply when I am back.\n\nMarcus", at(2, 6, 10, 1), mid="<ooo-marcus@globex.com>",
             in_reply_to="<s5@example.com>", headers={"Auto-Submitted": "auto-replied"}),
    )
    assert made == set()
    assert (marcus, "check_in", "2026-03-10") in sam.due()

    # Wed Feb 11, the original check-in day: nothing for Marcus.
    assert sam.day(at(2, 11, 17)) == set()

    # Mon Feb 16: Omar invites Sam to a video interview on Thu Feb 19 at 15:00 with Lena.
    # (ics_invite writes the start as UTC, so it is given in UTC.)
    invite = ics_invite(at(2, 19, 15).astimezone(UTC), 45, OMAR, [("Sam Okafor", OWNER[1]), LENA],
                        "Interview: Sam Okafor / Program Coordinator")
    made = sam.day(
        at(2, 16, 17),
        mail(OMAR, "Interview: Program Coordinator at Umbrella",
             "Hi Sam,\n\nWe would love to invite you to an interview for the Program Coordinator role. I've sent "
             "a calendar invitation for the video interview with me and Lena.\n\nOmar Haddad\nUmbrella",
             at(2, 16, 9), mid="<int-omar@umbrella.org>", ics=invite),
    )
    assert made == set()
    assert {(omar, "interview_thank_you", "2026-02-19"), (lena, "interview_thank_you", "2026-02-19")} <= sam.due()

    # Tue Feb 17: Dana's keep-in-touch (6 weeks after Sam's thank-you); Lucia is paused: nothing for her.
    made = sam.day(at(2, 17, 17))
    assert made == {(dana, "keep_in_touch", "<rej-dana@acmerobotics.com>")}

    # Thu Feb 19, 10:00: the interview is at 15:00, so no thank-you yet; it shows as due tomorrow.
    made = sam.day(
        at(2, 19, 10),
        sent(DANA, "Re: Your application for Data Analyst at Acme Robotics", at(2, 18, 8), "<s6@example.com>",
             "<rej-dana@acmerobotics.com>"),
    )
    assert made == set()
    assert sam.drafts()[(dana, "keep_in_touch")] == "sent"
    planned = sam.due()
    assert {(omar, "interview_thank_you", "2026-02-20"), (lena, "interview_thank_you", "2026-02-20")} <= planned
    assert (dana, "keep_in_touch", "2026-05-20") in planned  # every 91 days after Sam's last note

    # Thu Feb 19, 17:00: the interview happened -> a thank-you to each interviewer, threaded on the invite.
    made = sam.day(at(2, 19, 17))
    assert made == {
        (omar, "interview_thank_you", "<int-omar@umbrella.org>"),
        (lena, "interview_thank_you", "<int-omar@umbrella.org>"),
    }

    # Fri Feb 20: Sam sends both interview thank-yous.
    made = sam.day(
        at(2, 20, 17),
        sent(OMAR, "Re: Interview: Program Coordinator at Umbrella", at(2, 20, 8, 30), "<s7@example.com>",
             "<int-omar@umbrella.org>"),
        sent(LENA, "Thank you", at(2, 20, 8, 40), "<s8@example.com>"),
    )
    assert made == set()
    assert sam.drafts()[(omar, "interview_thank_you")] == "sent"
    assert sam.drafts()[(lena, "interview_thank_you")] == "sent"

    # Tue Feb 24: Priya's keep-in-touch would have been due without her answer: nothing.
    assert sam.day(at(2, 24, 17)) == set()

    # Thu Feb 26: Omar rejects Sam. The thank-you waits 14 days after Sam's interview note (Feb 20).
    made = sam.day(
        at(2, 26, 17),
        rejection(OMAR, "Umbrella", "Program Coordinator", at(2, 26, 9), "<rej-omar@umbrella.org>"),
    )
    assert made == set()
    assert (omar, "thank_you", "2026-03-06") in sam.due()

    # Tue Mar 3: Priya's keep-in-touch, threaded on her answer. Sam leaves it unsent.
    assert sam.day(at(3, 3, 17)) == {(priya, "keep_in_touch", "<reply-priya@initech.io>")}

    # Thu Mar 5: Jordan's keep-in-touch (6 weeks after Sam's note to Kim), in the Hooli thread.
    assert sam.day(at(3, 5, 17)) == {(jordan, "keep_in_touch", "<rej-kim@hooli.com>")}

    # Fri Mar 6: Omar's thank-you, 14 days after the interview note.
    assert sam.day(at(3, 6, 17)) == {(omar, "thank_you", "<rej-omar@umbrella.org>")}

    # Mon Mar 9 (Marcus back, after the DST change on Mar 8): nothing yet. Tue Mar 10: the check-in.
    assert sam.day(at(3, 9, 17)) == set()
    assert sam.day(at(3, 10, 17)) == {(marcus, "check_in", "<hold-marcus@globex.com>")}

    # Wed Mar 11: Sam sends the check-in -> a keep-in-touch 6 weeks later (Apr 22).
    made = sam.day(
        at(3, 11, 17),
        sent(MARCUS, "Re: Update on the Product Analyst role at Globex", at(3, 11, 9), "<s9@example.com>",
             "<hold-marcus@globex.com>"),
    )
    assert made == set()
    assert (marcus, "keep_in_touch", "2026-04-22") in sam.due()
    assert sam.day(at(4, 22, 17)) == {(marcus, "keep_in_touch", "<hold-marcus@globex.com>")}

    # Wed May 20: Dana's second keep-in-touch; Sam sends it on Thu May 21: 3 notes without an answer, stop.
    assert sam.day(at(5, 20, 17)) == {(dana, "keep_in_touch", "<rej-dana@acmerobotics.com>")}
    made = sam.day(
        at(5, 21, 17),
        sent(DANA, "Re: Your application for Data Analyst at Acme Robotics", at(5, 21, 8), "<s10@example.com>",
             "<rej-dana@acmerobotics.com>"),
    )
    assert made == set()

    # The end: everything still planned, and the contact list.
    assert sam.due() == set()
    people = sam.contacts()
    assert set(people) == {dana, lucia, priya, marcus, kim, jordan, omar, lena}
    for row in people.values():
        assert {"id", "email", "name", "company", "stage", "last_contacted", "last_heard", "next_due"} <= set(row)
    summary = {
        email: (r["name"], r["company"], r["stage"], r["last_contacted"], r["last_heard"], r["next_due"])
        for email, r in people.items()
    }
    assert summary == {
        dana: ("Dana Whitfield", "Acme Robotics", "rejected", "2026-05-21", "2026-01-05", None),
        lucia: ("Lucia Moreno", "Wayne Enterprises", "rejected", "2026-01-06", "2026-01-05", None),
        priya: ("Priya Raman", "Initech", "rejected", "2026-01-13", "2026-01-20", None),
        marcus: ("Marcus Bell", "Globex", "on_hold", "2026-03-11", "2026-01-14", None),
        kim: ("Kim Lee", "Hooli", "rejected", "2026-01-22", "2026-01-21", None),
        jordan: ("Jordan Park", "Hooli", "rejected", None, None, None),
        omar: ("Omar Haddad", "Umbrella", "rejected", "2026-02-20", "2026-02-26", None),
        lena: ("Lena Fischer", "Umbrella", "interviewing", "2026-02-20", "2026-02-16", None),
    }
    assert people[lucia]["paused"] and people[kim]["done"]
    print(f"scenario: {sam.scans} scans in {time.perf_counter() - started:.1f}s")
