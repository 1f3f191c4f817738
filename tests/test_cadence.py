"""The follow-up planner: every rule with fixed dates, and a property test over random histories."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from assistant.cadence import (
    Cadence,
    ContactState,
    Event,
    last_contacted,
    last_heard,
    next_business_day,
    next_followup,
    plan,
    stage,
)
from assistant.models import FollowUp

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
C = Cadence()


def at(y: int, m: int, d: int, h: int = 10, mi: int = 0, tz=UTC) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=tz)


def ev(when: datetime, kind: str, mid: str = "", detail: str = "", **kw) -> Event:
    return Event(at=when, kind=kind, message_id=mid, detail=detail, **kw)


def one(events, now: datetime, tz=UTC, cadence: Cadence = C, **flags) -> FollowUp | None:
    return next_followup(ContactState("pat@example.com", tuple(events), **flags), cadence, now, tz)


# ---------------------------------------------------------------- rejection


def test_rejection_gets_a_thank_you_due_the_same_day_replying_to_it():
    f = one([ev(at(2026, 11, 12), "rejection", "m-rej")], now=at(2026, 11, 12, 11))
    assert f == FollowUp(
        "pat@example.com",
        "thank_you",
        date(2026, 11, 12),
        "rejected on 2026-11-12; thank-you due at once",
        "m-rej",
    )


def test_rejection_older_than_the_window_gets_keep_in_touch_instead_of_thank_you():
    rej = ev(at(2026, 10, 1), "rejection", "m1")  # Thursday
    f = one([rej], now=at(2026, 10, 16))  # 15 days later
    assert f is not None and f.kind == "keep_in_touch"
    assert f.due == date(2026, 11, 12)  # Oct 1 + 42 (Thursday)
    assert one([rej], now=at(2026, 10, 15)).kind == "thank_you"  # 14 days: still inside


def test_no_thank_you_when_the_owner_already_wrote_after_the_rejection():
    f = one(
        [ev(at(2026, 11, 12), "rejection", "m1"), ev(at(2026, 11, 13), "sent", "s1")],
        now=at(2026, 11, 14),
    )
    assert f is not None and f.kind == "keep_in_touch"
    assert f.due == date(2026, 12, 25)  # Nov 13 + 42, a Friday: the owner's mail restarted the clock


def test_thank_you_then_keep_in_touch_at_six_weeks_then_every_three_months_then_stop():
    events = [
        ev(at(2026, 11, 12), "rejection", "m1"),
        ev(at(2026, 11, 12, 12), "drafted", detail="thank_you"),
    ]
    f = one(events, now=at(2026, 11, 13))
    assert (f.kind, f.due) == ("keep_in_touch", date(2026, 12, 24))  # Nov 12 + 42
    events.append(ev(at(2026, 12, 24, 9), "drafted", detail="keep_in_touch"))
    f = one(events, now=at(2026, 12, 25))
    assert (f.kind, f.due) == ("keep_in_touch", date(2027, 3, 25))  # Dec 24 + 91
    assert "no reply to 2 notes; keep-in-touch every 91 days" in f.reason
    events.append(ev(at(2027, 3, 25, 9), "drafted", detail="keep_in_touch"))
    assert one(events, now=at(2027, 3, 26)) is None  # 3 notes without an answer
    assert one(events, now=at(2028, 1, 1)) is None


def test_a_sent_draft_counts_as_one_note_not_two():
    events = [
        ev(at(2026, 11, 12), "rejection", "m1"),
        ev(at(2026, 11, 12, 12), "drafted", detail="thank_you"),
        ev(at(2026, 11, 13, 8), "sent", "s1", detail="thank_you"),
        ev(at(2026, 12, 25, 9), "drafted", detail="keep_in_touch"),
        ev(at(2026, 12, 25, 10), "sent", "s2", detail="keep_in_touch"),
    ]
    f = one(events, now=at(2026, 12, 26))
    assert f is not None and f.kind == "keep_in_touch" and "no reply to 2 notes" in f.reason
    assert f.due == date(2027, 3, 26)  # the sent time restarts the clock: Dec 25 + 91


def test_a_reply_restarts_the_clock_and_resets_the_unanswered_count():
    events = [
        ev(at(2026, 1, 5), "rejection", "m1"),
        ev(at(2026, 1, 5, 12), "drafted", detail="thank_you"),
        ev(at(2026, 2, 16), "drafted", detail="keep_in_touch"),
        ev(at(2026, 5, 18), "drafted", detail="keep_in_touch"),
    ]
    assert one(events, now=at(2026, 5, 19)) is None
    events.append(ev(at(2026, 6, 2), "heard", "m-reply"))  # Tuesday
    f = one(events, now=at(2026, 6, 3))
    assert f == FollowUp(
        "pat@example.com",
        "keep_in_touch",
        date(2026, 7, 14),  # Jun 2 + 42, a Tuesday
        "keep-in-touch 42 days after the last exchange on 2026-06-02",
        "m-reply",
    )


def test_an_auto_reply_is_not_an_answer():
    events = [
        ev(at(2026, 1, 5), "rejection", "m1"),
        ev(at(2026, 1, 5, 12), "drafted", detail="thank_you"),
        ev(at(2026, 2, 16), "drafted", detail="keep_in_touch"),
        ev(at(2026, 5, 18), "drafted", detail="keep_in_touch"),
        ev(at(2026, 5, 18, 11), "auto_reply", "m-ooo"),
    ]
    assert one(events, now=at(2026, 6, 1)) is None


# ---------------------------------------------------------------- on hold, interview, offer


def test_on_hold_gets_a_check_in_after_four_weeks_then_keep_in_touch():
    events = [ev(at(2026, 11, 4), "on_hold", "m-hold")]  # Wednesday
    f = one(events, now=at(2026, 11, 5))
    assert (f.kind, f.due, f.message_id) == ("check_in", date(2026, 12, 2), "m-hold")
    events.append(ev(at(2026, 12, 2, 9), "drafted", detail="check_in"))
    f = one(events, now=at(2026, 12, 3))
    assert (f.kind, f.due) == ("keep_in_touch", date(2027, 1, 13))  # Dec 2 + 42


def test_an_answer_while_on_hold_brings_a_new_check_in():
    events = [
        ev(at(2026, 11, 4), "on_hold", "m-hold"),
        ev(at(2026, 12, 2, 9), "drafted", detail="check_in"),
        ev(at(2026, 12, 3), "heard", "m-still"),  # "still on hold, sorry"
    ]
    f = one(events, now=at(2026, 12, 4))
    assert (f.kind, f.due, f.message_id) == ("check_in", date(2026, 12, 31), "m-still")


def test_interview_thank_you_is_due_the_interview_day_once_it_has_happened():
    interview = at(2026, 11, 18, 14, tz=BERLIN)
    events = [ev(at(2026, 11, 10), "interview", "m-inv", interview_at=interview)]
    f = one(events, now=at(2026, 11, 11), tz=BERLIN)
    assert (f.kind, f.due, f.message_id) == ("interview_thank_you", date(2026, 11, 18), "m-inv")
    # the morning of the interview: not yet (shows tomorrow); after it: today
    morning = one(events, now=at(2026, 11, 18, 9, tz=BERLIN), tz=BERLIN)
    assert morning.due == date(2026, 11, 19) and "has not happened yet" in morning.reason
    assert one(events, now=at(2026, 11, 18, 15, tz=BERLIN), tz=BERLIN).due == date(2026, 11, 18)
    # still offered up to 3 days later (overdue), then too late
    assert one(events, now=at(2026, 11, 21, 9, tz=BERLIN), tz=BERLIN).due == date(2026, 11, 18)
    assert one(events, now=at(2026, 11, 22, 9, tz=BERLIN), tz=BERLIN) is None


def test_no_interview_thank_you_when_the_owner_wrote_after_the_interview():
    interview = at(2026, 11, 18, 14)
    events = [
        ev(at(2026, 11, 10), "interview", "m-inv", interview_at=interview),
        ev(at(2026, 11, 16), "sent", "s-confirm"),  # "Wednesday works": before, does not count
    ]
    assert one(events, now=at(2026, 11, 18, 15)).kind == "interview_thank_you"
    events.append(ev(at(2026, 11, 18, 16), "sent", "s-thanks"))
    assert one(events, now=at(2026, 11, 18, 17)) is None


def test_interview_with_unknown_time_gets_no_thank_you():
    assert one([ev(at(2026, 11, 10), "interview", "m-inv")], now=at(2026, 11, 12)) is None


def test_interview_time_comes_from_the_latest_invite_that_has_one():
    events = [
        ev(at(2026, 11, 10), "interview", "m-inv", interview_at=at(2026, 11, 18, 14)),
        ev(at(2026, 11, 12), "interview", "m-reminder"),  # no time in the reminder
    ]
    f = one(events, now=at(2026, 11, 18, 15))
    assert (f.due, f.message_id) == (date(2026, 11, 18), "m-inv")


@pytest.mark.parametrize("kind", ["offer", "application_received"])
def test_offer_and_application_received_get_no_automatic_note(kind):
    assert one([ev(at(2026, 11, 10), kind, "m")], now=at(2026, 12, 30)) is None


def test_mail_without_any_application_event_gets_nothing():
    assert (
        one([ev(at(2026, 11, 10), "heard", "m"), ev(at(2026, 11, 11), "sent", "s")], now=at(2027, 1, 1))
        is None
    )


def test_stage_is_the_latest_application_event():
    events = [
        ev(at(2026, 1, 1), "application_received"),
        ev(at(2026, 1, 10), "interview"),
        ev(at(2026, 1, 12), "heard"),
        ev(at(2026, 1, 20), "rejection"),
        ev(at(2026, 1, 21), "sent"),
    ]
    assert stage(events[:1]) == "applied"
    assert stage(events[:3]) == "interviewing"
    assert stage(events) == "rejected"
    assert stage([ev(at(2026, 1, 1), "on_hold")]) == "on_hold"
    assert stage([ev(at(2026, 1, 1), "offer")]) == "offer"
    assert stage([ev(at(2026, 1, 1), "heard")]) == ""
    assert stage(list(reversed(events))) == "rejected"  # order of the input does not matter
    assert last_heard(events) == at(2026, 1, 20)
    assert last_contacted(events) == at(2026, 1, 21)
    assert last_contacted(events[:3]) is None


# ---------------------------------------------------------------- never nag


@pytest.mark.parametrize("flag", ["paused", "done", "open_draft"])
def test_paused_done_or_open_draft_gets_nothing(flag):
    events = [ev(at(2026, 11, 12), "rejection", "m1")]
    assert one(events, now=at(2026, 11, 12, 12)) is not None
    assert one(events, now=at(2026, 11, 12, 12), **{flag: True}) is None


def test_a_note_is_pushed_to_fourteen_days_after_the_previous_note():
    events = [
        ev(at(2026, 11, 4), "interview", "m-inv", interview_at=at(2026, 11, 5, 10)),
        ev(at(2026, 11, 5, 12), "drafted", detail="interview_thank_you"),
        ev(at(2026, 11, 12), "rejection", "m-rej"),
    ]
    f = one(events, now=at(2026, 11, 12, 12))
    assert (f.kind, f.due) == ("thank_you", date(2026, 11, 19))
    assert "pushed to 14 days after the note of 2026-11-05" in f.reason


def test_the_owners_own_mail_does_not_push_a_thank_you():
    events = [ev(at(2026, 11, 10), "sent", "s-application"), ev(at(2026, 11, 12), "rejection", "m1")]
    assert one(events, now=at(2026, 11, 12, 12)).due == date(2026, 11, 12)


def test_an_interview_thank_you_pushed_past_its_window_is_dropped():
    events = [
        ev(at(2026, 11, 1), "on_hold", "m-hold"),
        ev(at(2026, 11, 9), "drafted", detail="check_in"),
        ev(at(2026, 11, 10), "interview", "m-inv", interview_at=at(2026, 11, 12, 10)),
    ]
    assert one(events, now=at(2026, 11, 12, 12)) is None  # would be Nov 23, 11 days late


def test_a_rejection_thank_you_pushed_past_its_window_becomes_keep_in_touch():
    events = [
        ev(at(2026, 11, 12), "rejection", "m1"),
        ev(at(2026, 11, 12, 11), "auto_reply", "m-ooo", return_date=date(2026, 12, 20)),
    ]
    f = one(events, now=at(2026, 11, 12, 12))
    assert f.kind == "keep_in_touch" and f.due == date(2026, 12, 24)  # Nov 12 + 42, after the return


# ---------------------------------------------------------------- out of office


def test_out_of_office_with_a_return_date_defers_to_the_next_business_day():
    events = [
        ev(at(2026, 11, 12), "rejection", "m1"),
        ev(at(2026, 11, 12, 12), "drafted", detail="thank_you"),
        ev(at(2026, 11, 12, 13), "auto_reply", "m-ooo", return_date=date(2026, 12, 25)),  # a Friday
    ]
    f = one(events, now=at(2026, 11, 13))
    assert (f.kind, f.due) == ("keep_in_touch", date(2026, 12, 28))  # Dec 24 -> Monday after Dec 25
    assert "out of office until 2026-12-25; deferred to 2026-12-28" in f.reason


def test_out_of_office_without_a_date_defers_by_a_week():
    events = [
        ev(at(2026, 11, 12), "rejection", "m1"),
        ev(at(2026, 11, 12, 11), "auto_reply", "m-ooo"),
    ]
    f = one(events, now=at(2026, 11, 12, 12))
    assert (f.kind, f.due) == ("thank_you", date(2026, 11, 19))
    assert "no return date" in f.reason


def test_an_out_of_office_window_already_over_changes_nothing():
    events = [
        ev(at(2026, 11, 12), "rejection", "m1"),
        ev(at(2026, 11, 12, 12), "drafted", detail="thank_you"),
        ev(at(2026, 11, 13), "auto_reply", "m-ooo", return_date=date(2026, 11, 20)),
    ]
    assert one(events, now=at(2026, 11, 14)).due == date(2026, 12, 24)


def test_an_answer_after_the_auto_reply_cancels_the_deferral():
    events = [
        ev(at(2026, 11, 1), "on_hold", "m-hold"),
        ev(at(2026, 11, 2), "auto_reply", "m-ooo", return_date=date(2027, 3, 1)),
        ev(at(2026, 11, 4), "heard", "m-back"),  # back early, wrote to us
    ]
    assert one(events, now=at(2026, 11, 5)).due == date(2026, 12, 2)


# ---------------------------------------------------------------- calendar: weekends, month ends, zones, DST


def test_keep_in_touch_on_a_weekend_moves_to_monday_but_a_thank_you_does_not():
    rej = ev(at(2026, 1, 31), "rejection", "m1")  # Saturday, Jan 31
    assert one([rej], now=at(2026, 1, 31, 12)).due == date(2026, 1, 31)  # thank-you stays on Saturday
    f = one([rej, ev(at(2026, 1, 31, 12), "drafted", detail="thank_you")], now=at(2026, 2, 1))
    assert f.due == date(2026, 3, 16)  # Jan 31 + 42 = Sat Mar 14 -> Mon Mar 16
    assert "moved from Saturday to Monday" in f.reason


def test_month_ends_roll_over():
    f = one([ev(at(2026, 1, 31), "on_hold", "m1")], now=at(2026, 2, 1))
    assert f.due == date(2026, 3, 2)  # Jan 31 + 28 = Sat Feb 28 -> Mon Mar 2
    f = one([ev(at(2028, 1, 31), "on_hold", "m1")], now=at(2028, 2, 1))
    assert f.due == date(2028, 2, 28)  # leap year: Jan 31 + 28 = Mon Feb 28
    events = [ev(at(2026, 11, 30), "rejection"), ev(at(2026, 12, 31), "drafted", detail="keep_in_touch")]
    assert one(events, now=at(2027, 1, 1)).due == date(2027, 4, 1)  # Dec 31 + 91


def test_due_dates_are_in_the_users_time_zone():
    late = ev(at(2026, 11, 12, 23, 30), "rejection", "m1")  # 23:30 UTC
    now = at(2026, 11, 13, 8)
    assert one([late], now=now, tz=BERLIN).due == date(2026, 11, 13)  # 00:30 in Berlin
    assert one([late], now=now, tz=NEW_YORK).due == date(2026, 11, 12)  # 18:30 in New York


def test_new_york_fall_back_2026_11_01():
    # 01:30 happens twice on Nov 1 in New York: 05:30 UTC (EDT) and 06:30 UTC (EST). Both are Nov 1.
    for utc_hour in (5, 6):
        rej = ev(at(2026, 11, 1, utc_hour, 30), "rejection", "m1")
        now = at(2026, 11, 1, 4, 30)  # 00:30 EDT on Nov 1
        assert one([rej], now=now, tz=NEW_YORK).due == date(2026, 11, 1)
    # on hold at 23:30 EDT Oct 31 (03:30 UTC Nov 1) + 28 days = Nov 28 (Saturday) -> Nov 30
    hold = ev(at(2026, 11, 1, 3, 30), "on_hold", "m1")
    assert one([hold], now=at(2026, 11, 2), tz=NEW_YORK).due == date(2026, 11, 30)
    assert one([hold], now=at(2026, 11, 2), tz=UTC).due == date(2026, 11, 30)  # Nov 1 + 28 = Sun -> Mon


def test_berlin_spring_forward_2026_03_29():
    # 23:30 UTC on Mar 28 is 00:30 CET on Mar 29; + 28 days = Sun Apr 26 -> Mon Apr 27
    hold = ev(at(2026, 3, 28, 23, 30), "on_hold", "m1")
    assert one([hold], now=at(2026, 3, 30), tz=BERLIN).due == date(2026, 4, 27)
    # An interview at 03:30 CEST (01:30 UTC) on the short night: at 03:00 CEST it has not happened yet.
    inv = ev(at(2026, 3, 20), "interview", "m-inv", interview_at=at(2026, 3, 29, 1, 30))
    assert one([inv], now=at(2026, 3, 29, 1, 0), tz=BERLIN).due == date(2026, 3, 30)
    f = one([inv], now=at(2026, 3, 29, 1, 45), tz=BERLIN)
    assert f.due == date(2026, 3, 29) and "at 03:30" in f.reason


def test_next_business_day():
    assert next_business_day(date(2026, 12, 25)) == date(2026, 12, 28)  # Fri -> Mon
    assert next_business_day(date(2026, 12, 26)) == date(2026, 12, 28)  # Sat -> Mon
    assert next_business_day(date(2026, 12, 28)) == date(2026, 12, 29)  # Mon -> Tue


# ---------------------------------------------------------------- plan(), config, validation


def test_plan_returns_one_note_per_person_sorted_by_due_date():
    people = [
        ContactState("b@x.com", (ev(at(2026, 11, 4), "on_hold", "m2"),)),
        ContactState("a@x.com", (ev(at(2026, 11, 12), "rejection", "m1"),)),
        ContactState("c@x.com", (ev(at(2026, 11, 12), "offer", "m3"),)),
        ContactState("d@x.com", (ev(at(2026, 11, 12), "rejection", "m4"),), paused=True),
    ]
    out = plan(people, C, at(2026, 11, 12, 12), UTC)
    assert [(f.contact, f.kind, f.due) for f in out] == [
        ("a@x.com", "thank_you", date(2026, 11, 12)),
        ("b@x.com", "check_in", date(2026, 12, 2)),
    ]


def test_the_cadence_is_configurable():
    fast = Cadence.from_mapping({"check_in_after_on_hold_days": "7", "min_gap_days": 3})
    assert fast.check_in_after_on_hold_days == 7 and fast.min_gap_days == 3 and fast.max_unanswered == 3
    f = one([ev(at(2026, 11, 4), "on_hold", "m")], now=at(2026, 11, 5), cadence=fast)
    assert f.due == date(2026, 11, 11)
    assert Cadence.from_mapping(C.as_dict()) == C
    assert set(Cadence.explain()) == set(C.as_dict()) and all(Cadence.explain().values())


@pytest.mark.parametrize(
    ("mapping", "name"),
    [
        ({"min_gap": 14}, "min_gap"),
        ({"min_gap_days": -1}, "min_gap_days"),
        ({"max_unanswered": True}, "max_unanswered"),
        ({"ooo_default_days": "a week"}, "ooo_default_days"),
        ({"max_silence_days": 1.5}, "max_silence_days"),
    ],
)
def test_a_bad_cadence_setting_is_named_in_the_error(mapping, name):
    with pytest.raises(ValueError, match=name):
        Cadence.from_mapping(mapping)


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        Event(at=datetime(2026, 1, 1, 10), kind="heard")
    with pytest.raises(ValueError, match="unknown event kind"):
        Event(at=at(2026, 1, 1), kind="replied")
    with pytest.raises(ValueError, match="timezone-aware"):
        one([ev(at(2026, 1, 1), "rejection")], now=datetime(2026, 1, 2))


def test_a_long_silence_stops_keep_in_touch():
    events = [ev(at(2024, 1, 10), "rejection", "m1")]  # first scan of old mail
    assert one(events, now=at(2025, 1, 9)).kind == "keep_in_touch"
    assert one(events, now=at(2025, 1, 11)) is None


# ---------------------------------------------------------------- property: a simulated year of one person

ZONES = [UTC, BERLIN, NEW_YORK, ZoneInfo("Pacific/Auckland"), ZoneInfo("Asia/Kolkata")]
INCOMING = [
    "rejection",
    "on_hold",
    "interview",
    "offer",
    "application_received",
    "heard",
    "auto_reply",
    "sent",
]

# A cadence that would write every other day: only the gap rule keeps notes 14 days apart.
EAGER = Cadence(
    keep_in_touch_first_days=2,
    keep_in_touch_every_days=1,
    check_in_after_on_hold_days=1,
    max_unanswered=20,
    thank_you_window_days=30,
    interview_window_days=30,
)

external_event = st.tuples(
    st.integers(min_value=0, max_value=40 * 24),  # hours after the previous event
    st.sampled_from(INCOMING),
    st.one_of(st.none(), st.integers(min_value=-48, max_value=10 * 24)),  # interview_at offset, hours
    st.one_of(st.none(), st.integers(min_value=0, max_value=30)),  # return date offset, days
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    script=st.lists(external_event, min_size=1, max_size=15),
    tz=st.sampled_from(ZONES),
    scan_hour=st.integers(min_value=0, max_value=23),
    cadence=st.sampled_from([C, EAGER]),
    data=st.data(),
)
def test_simulated_person_never_gets_two_notes_within_the_gap_nor_a_note_before_its_cause(
    script, tz, scan_hour, cadence, data
):
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    external: list[Event] = []
    t = start
    for hours, kind, inv_offset, ret_offset in script:
        t = t + timedelta(hours=hours)
        external.append(
            Event(
                at=t,
                kind=kind,
                message_id=f"m{len(external)}",
                interview_at=t + timedelta(hours=inv_offset)
                if kind == "interview" and inv_offset is not None
                else None,
                return_date=(t + timedelta(days=ret_offset)).date()
                if kind == "auto_reply" and ret_offset is not None
                else None,
            )
        )
    history: list[Event] = []
    pending = list(external)
    drafted: list[Event] = []
    open_until: datetime | None = None
    open_kind = ""
    first_day = start.astimezone(tz).date()
    for day_index in range(400):
        day = first_day + timedelta(days=day_index)
        scan = datetime(day.year, day.month, day.day, scan_hour, tzinfo=tz).astimezone(UTC)
        while pending and pending[0].at <= scan:
            history.append(pending.pop(0))
        if open_until is not None and scan >= open_until:
            if data.draw(st.booleans(), label="owner sends the draft"):
                history.append(Event(at=open_until, kind="sent", detail=open_kind))
            open_until = None
        contact = ContactState("pat@example.com", tuple(history), open_draft=open_until is not None)
        out = plan([contact], cadence, scan, tz)
        assert len(out) <= 1
        if not out:
            continue
        f = out[0]
        ordered = sorted(history, key=lambda e: e.at)  # same order, same tie-break as the planner
        if f.kind == "thank_you":
            cause = [e for e in ordered if e.kind == "rejection"][-1]
            assert f.due >= cause.at.astimezone(tz).date()
        elif f.kind == "interview_thank_you":
            interview = [e for e in ordered if e.kind == "interview" and e.interview_at is not None][-1]
            assert f.due >= interview.interview_at.astimezone(tz).date()
        else:
            last = max(e.at for e in history if e.kind != "auto_reply").astimezone(tz).date()
            first = min(cadence.keep_in_touch_first_days, cadence.check_in_after_on_hold_days)
            assert f.due >= last + timedelta(days=first)
        if f.due > day:
            continue
        if f.kind == "interview_thank_you":
            assert scan >= interview.interview_at  # never drafted before the interview happened
        note = Event(at=scan, kind="drafted", detail=f.kind)
        history.append(note)
        drafted.append(note)
        open_until = scan + timedelta(
            hours=data.draw(st.integers(min_value=1, max_value=24 * 5), label="open")
        )
        open_kind = f.kind
    event(f"notes drafted: {min(len(drafted), 4)}{'+' if len(drafted) >= 4 else ''}")
    days = [d.at.astimezone(tz).date() for d in drafted]
    for earlier, later in zip(days, days[1:], strict=False):
        assert (later - earlier).days >= cadence.min_gap_days == 14
