"""When to write to whom: the pure follow-up planner.

`plan(contacts, cadence, now, tz)` looks at each person's history (a tuple of `Event`s) and returns the
NEXT note for that person, at most one, with the day it is due. It reads no clock and does no I/O: `now`
and the user's time zone `tz` are passed in, so every schedule can be replayed and tested with fixed dates.
The caller drafts the notes whose `due <= today` and lists the rest (`assistant due`); after drafting it
records a ``drafted`` event, which is what moves the schedule on.

How a note is chosen (stage = the latest application event, see `stage`):

* rejected   -> ``thank_you`` due on the rejection's local date, unless the owner already wrote to them
                (or a note was drafted) after the rejection, or the rejection is older than
                `thank_you_window_days` today (first scan of old mail). Then ``keep_in_touch``.
* on_hold    -> ``check_in`` `check_in_after_on_hold_days` after the latest exchange, once per answer
                from them. Then ``keep_in_touch``.
* interviewing -> ``interview_thank_you`` on the interview's local date, never before the interview has
                happened, skipped when the interview is older than `interview_window_days` or the owner
                already wrote (or a note was drafted) after it. Nothing after that: the outcome will come.
* offer, applied, "" (no application event) -> nothing automatic.

``keep_in_touch``: the first one after an answer from them is due `keep_in_touch_first_days` after the
latest exchange (either direction); later ones `keep_in_touch_every_days` after the latest note or mail
the owner wrote. ``check_in`` and ``keep_in_touch`` stop after `max_unanswered` notes without an answer,
and are not planned when the last exchange is older than `max_silence_days` (a cold relationship).

Then, in this order, the due date is pushed (never pulled earlier):

1. never nag: at least `min_gap_days` after the previous *note* (a ``drafted`` event, or a ``sent`` event
   whose `detail` names a note kind, i.e. a draft the owner sent). The owner's own conversation mail
   (scheduling an interview, sending an application) is an exchange, not a note: it restarts the clock and
   cancels a pending thank-you, but does not push one.
2. out of office: the latest auto-replies received after their latest real answer defer every note to the
   first business day (Mon-Fri) after the return date; without a return date, to the auto-reply's local
   date + `ooo_default_days`. A deferral window already over by the due date changes nothing.
3. weekends: a ``check_in`` or ``keep_in_touch`` falling on Saturday or Sunday moves to Monday. Thank-you
   notes are not moved: they are meant "at once" and a draft waits in the outbox anyway.
4. an interview later today: while the interview has not happened (`interview_at > now`), a thank-you
   cannot be due today, so it shows as due tomorrow; the first scan after the interview makes it due today.

No note at all while the person is paused or done, or while a draft to them is open.

Dates are calendar days in `tz`: a message at 23:30 UTC on the 1st is on the 2nd in Berlin. Adding days
works on dates, so DST changes never shift a due date, and month ends roll over (Jan 31 + 42 = Mar 14).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from dateutil.relativedelta import MO, relativedelta

from .models import DRAFT_KINDS, LABELS, FollowUp

# Every message label but "other" (which becomes "heard"), and what the owner and the tool did.
EVENT_KINDS: tuple[str, ...] = (*(label for label in LABELS if label != "other"), "heard", "sent", "drafted")

# Mail from them that counts as an answer: it restarts the clock and resets the unanswered count.
# An auto-reply is not an answer.
ANSWER_KINDS: frozenset[str] = frozenset(
    {"heard", "rejection", "on_hold", "interview", "offer", "application_received"}
)
# Events that set the stage of the application, mapped to the stage name.
STAGE_OF: dict[str, str] = {
    "application_received": "applied",
    "interview": "interviewing",
    "rejection": "rejected",
    "on_hold": "on_hold",
    "offer": "offer",
}
OUTGOING_KINDS: frozenset[str] = frozenset({"sent", "drafted"})


@dataclass(frozen=True)
class Cadence:
    """How often to write. Every setting is a whole number of days (or notes), >= 0.

    Each field's explanation is also in its metadata (`Cadence.explain()`), for `assistant config show`.
    """

    # A rejection older than this (in days, today minus the rejection's local date) gets no thank-you.
    # It exists for the first scan of old mail, which would otherwise thank every recruiter of the year.
    thank_you_window_days: int = field(
        default=14, metadata={"help": "a rejection older than this many days gets no thank-you"}
    )
    # An interview older than this gets no thank-you (again: first scan of old mail).
    interview_window_days: int = field(
        default=3, metadata={"help": "an interview older than this many days gets no thank-you"}
    )
    # First keep-in-touch note: +6 weeks after the latest exchange (the rejection, their answer, your note).
    keep_in_touch_first_days: int = field(
        default=42, metadata={"help": "first keep-in-touch note this many days after the latest exchange"}
    )
    # Later keep-in-touch notes: every 3 months after the previous note or mail you wrote.
    keep_in_touch_every_days: int = field(
        default=91, metadata={"help": "then a keep-in-touch note every this many days"}
    )
    # Stop check-ins and keep-in-touch notes after this many notes without an answer from them.
    max_unanswered: int = field(default=3, metadata={"help": "stop after this many notes without an answer"})
    # On hold: check in 4 weeks after the latest exchange.
    check_in_after_on_hold_days: int = field(
        default=28, metadata={"help": "check in this many days after an on-hold message"}
    )
    # Never two notes to one person closer than this (drafted notes and drafts you sent).
    min_gap_days: int = field(
        default=14, metadata={"help": "never two notes to one person closer than this many days"}
    )
    # An out-of-office auto-reply without a return date defers notes by a week.
    ooo_default_days: int = field(
        default=7, metadata={"help": "an auto-reply without a return date defers notes this many days"}
    )
    # No check-in or keep-in-touch when the last exchange is older than this (a cold relationship;
    # also keeps the first scan of years of mail from drafting a note to everyone ever met).
    max_silence_days: int = field(
        default=365,
        metadata={"help": "no keep-in-touch or check-in when the last exchange is older than this many days"},
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"cadence setting {f.name!r} must be a whole number >= 0, got {value!r}")

    @classmethod
    def from_mapping(cls, d: Mapping[str, Any]) -> Cadence:
        """Build from a mapping of setting name -> value; missing names keep their defaults.

        Values may be ints or strings of digits (as typed on a command line).
        Raises ValueError naming the key when a name is unknown or a value is not a whole number >= 0.
        """
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, int] = {}
        for key, value in d.items():
            if key not in known:
                raise ValueError(f"unknown cadence setting {key!r} (known: {', '.join(sorted(known))})")
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"cadence setting {key!r} must be a whole number >= 0, got {value!r}")
            kwargs[key] = value
        return cls(**kwargs)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def explain(cls) -> dict[str, str]:
        """Setting name -> one-line explanation."""
        return {f.name: f.metadata.get("help", "") for f in fields(cls)}


@dataclass(frozen=True)
class Event:
    """One thing that happened between the owner and one person.

    kind: "rejection" | "on_hold" | "interview" | "offer" | "application_received" | "auto_reply"
          | "heard" (any other mail from them) | "sent" (the owner wrote to them, incl. a sent draft: then
          `detail` is the note kind) | "drafted" (the tool created a draft note for them; `detail` = note kind).
    """

    at: datetime  # timezone-aware
    kind: str
    message_id: str = ""  # stored message id (the thing a note replies to)
    detail: str = ""
    interview_at: datetime | None = None  # for "interview": when it takes place, timezone-aware
    return_date: date | None = None  # for "auto_reply": back on this date

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {self.kind!r}")
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError(f"event time {self.at.isoformat()} has no time zone")
        if self.interview_at is not None and (
            self.interview_at.tzinfo is None or self.interview_at.utcoffset() is None
        ):
            raise ValueError(f"interview time {self.interview_at.isoformat()} has no time zone")


@dataclass(frozen=True)
class ContactState:
    email: str
    events: tuple[Event, ...]
    paused: bool = False
    done: bool = False
    open_draft: bool = False  # a draft to this person exists, not yet sent or deleted


# ---------------------------------------------------------------- small date helpers


def local_date(dt: datetime, tz: tzinfo) -> date:
    """The calendar day of an aware datetime in the user's time zone."""
    return dt.astimezone(tz).date()


def roll_weekend(d: date) -> date:
    """Saturday or Sunday -> the following Monday; weekdays unchanged."""
    return d + relativedelta(weekday=MO) if d.weekday() >= 5 else d


def next_business_day(d: date) -> date:
    """The first Monday-to-Friday day strictly after `d` (no public holidays)."""
    return roll_weekend(d + timedelta(days=1))


def stage(events: Iterable[Event]) -> str:
    """Stage of the latest application event: applied | interviewing | rejected | on_hold | offer | ""."""
    latest = _latest(e for e in events if e.kind in STAGE_OF)
    return STAGE_OF[latest.kind] if latest else ""


def last_heard(events: Iterable[Event]) -> datetime | None:
    """When they last wrote (a real answer; auto-replies do not count)."""
    latest = _latest(e for e in events if e.kind in ANSWER_KINDS)
    return latest.at if latest else None


def last_contacted(events: Iterable[Event]) -> datetime | None:
    """When the owner last wrote to them (sent mail; an unsent draft does not count)."""
    latest = _latest(e for e in events if e.kind == "sent")
    return latest.at if latest else None


def _latest(events: Iterable[Event]) -> Event | None:
    best: Event | None = None
    for e in events:
        if best is None or e.at >= best.at:
            best = e
    return best


def _is_note(e: Event) -> bool:
    """A follow-up note: a draft the tool made, or such a draft after the owner sent it."""
    return e.kind == "drafted" or (e.kind == "sent" and e.detail in DRAFT_KINDS)


def _count_unanswered(outgoing: list[Event]) -> int:
    """Notes and mails the owner wrote since their last answer; a sent draft counts once, not twice."""
    count = 0
    unmatched: list[str] = []  # kinds of drafts not yet seen sent
    for e in outgoing:
        if e.kind == "drafted":
            count += 1
            unmatched.append(e.detail)
        elif e.detail in DRAFT_KINDS and e.detail in unmatched:
            unmatched.remove(e.detail)
        else:
            count += 1
    return count


# ---------------------------------------------------------------- the planner


def plan(contacts: Iterable[ContactState], cadence: Cadence, now: datetime, tz: tzinfo) -> list[FollowUp]:
    """The next note for every contact that has one, sorted by due date then address.

    Due dates may be in the past (overdue: draft now) or the future (list in `assistant due`).
    Raises ValueError when `now` is not timezone-aware.
    """
    out = [f for c in contacts if (f := next_followup(c, cadence, now, tz)) is not None]
    out.sort(key=lambda f: (f.due, f.contact, f.kind))
    return out


def next_followup(contact: ContactState, cadence: Cadence, now: datetime, tz: tzinfo) -> FollowUp | None:
    """The next note to one person, or None (paused, done, open draft, nothing to say, sequence over)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if contact.paused or contact.done or contact.open_draft:
        return None
    events = sorted(contact.events, key=lambda e: e.at)
    today = local_date(now, tz)
    current = stage(events)
    stage_ev = _latest(e for e in events if e.kind in STAGE_OF)
    if stage_ev is None:
        return None

    answers = [e for e in events if e.kind in ANSWER_KINDS]
    last_in = answers[-1]  # exists: the stage event is an answer
    outgoing = [e for e in events if e.kind in OUTGOING_KINDS]
    since_answer = [e for e in outgoing if e.at > last_in.at]
    exchanges = answers + outgoing
    last_exchange = max(e.at for e in exchanges)
    reply_to = _latest(e for e in answers if e.message_id)
    reply_id = reply_to.message_id if reply_to else ""

    def finish(
        kind: str, due: date, parts: list[str], not_before: datetime | None = None
    ) -> tuple[date, str]:
        due, parts = _push(kind, due, list(parts), events, last_in, cadence, now, tz, not_before)
        return due, "; ".join(parts)

    def keep_in_touch() -> FollowUp | None:
        kit = _keep_in_touch(since_answer, last_exchange, today, cadence, tz)
        if kit is None:
            return None
        due, reason = finish("keep_in_touch", kit[0], kit[1])
        return FollowUp(contact.email, "keep_in_touch", due, reason, reply_id)

    if current == "rejected":
        rej_day = local_date(stage_ev.at, tz)
        wrote_since = any(e.at > stage_ev.at for e in outgoing)
        if not wrote_since and (today - rej_day).days <= cadence.thank_you_window_days:
            due, reason = finish(
                "thank_you", rej_day, [f"rejected on {rej_day.isoformat()}; thank-you due at once"]
            )
            # A thank-you pushed (gap, out of office) past the window is stale: keep in touch instead.
            if (due - rej_day).days <= cadence.thank_you_window_days:
                return FollowUp(contact.email, "thank_you", due, reason, stage_ev.message_id or reply_id)
        return keep_in_touch()

    if current == "on_hold":
        if any(e.detail == "check_in" for e in since_answer if _is_note(e)):
            return keep_in_touch()
        if not _may_nudge(since_answer, last_exchange, today, cadence, tz):
            return None
        base = local_date(last_exchange, tz)
        due, reason = finish(
            "check_in",
            base + timedelta(days=cadence.check_in_after_on_hold_days),
            [
                f"on hold since {local_date(stage_ev.at, tz).isoformat()}; check-in "
                f"{cadence.check_in_after_on_hold_days} days after the last exchange on {base.isoformat()}"
            ],
        )
        return FollowUp(contact.email, "check_in", due, reason, reply_id)

    if current == "interviewing":
        timed = _latest(e for e in events if e.kind == "interview" and e.interview_at is not None)
        # Unknown interview time: no thank-you, since it could fall before the interview took place.
        if timed is None or timed.interview_at is None:
            return None
        when = timed.interview_at
        day = local_date(when, tz)
        if any(e.at > when for e in outgoing) or (today - day).days > cadence.interview_window_days:
            return None
        due, reason = finish(
            "interview_thank_you",
            day,
            [f"interview on {day.isoformat()} at {when.astimezone(tz):%H:%M}; thank-you due the same day"],
            not_before=when,
        )
        # Pushed (gap, out of office) past the window: too late to thank for this interview.
        if (due - day).days > cadence.interview_window_days:
            return None
        return FollowUp(contact.email, "interview_thank_you", due, reason, timed.message_id or reply_id)

    return None  # offer, applied: no automatic note


def _push(
    kind: str,
    due: date,
    parts: list[str],
    events: list[Event],
    last_in: Event,
    cadence: Cadence,
    now: datetime,
    tz: tzinfo,
    not_before: datetime | None,
) -> tuple[date, list[str]]:
    """Apply the pushes (gap, out of office, weekend, interview still to come), in that order."""
    today = local_date(now, tz)
    # 1. never nag: keep the gap after the previous note
    notes = [e for e in events if _is_note(e)]
    if notes:
        prev = local_date(notes[-1].at, tz)
        earliest = prev + timedelta(days=cadence.min_gap_days)
        if due < earliest:
            due = earliest
            parts.append(f"pushed to {cadence.min_gap_days} days after the note of {prev.isoformat()}")
    # 2. out of office, from auto-replies after their latest real answer
    ooo_end: date | None = None
    ooo_text = ""
    for e in events:
        if e.kind != "auto_reply" or e.at <= last_in.at:
            continue
        if e.return_date is not None:
            end, text = next_business_day(e.return_date), f"out of office until {e.return_date.isoformat()}"
        else:
            end = local_date(e.at, tz) + timedelta(days=cadence.ooo_default_days)
            text = f"out of office (auto-reply of {local_date(e.at, tz).isoformat()}, no return date)"
        if ooo_end is None or end >= ooo_end:
            ooo_end, ooo_text = end, text
    if ooo_end is not None and due < ooo_end:
        due = ooo_end
        parts.append(f"{ooo_text}; deferred to {ooo_end.isoformat()}")
    # 3. weekends, for the notes that are not "at once"
    if kind in ("check_in", "keep_in_touch") and due.weekday() >= 5:
        parts.append(f"moved from {due:%A} to Monday")
        due = roll_weekend(due)
    # 4. an interview still to come today: not due before it has happened
    if not_before is not None and not_before > now and due <= today:
        due = today + timedelta(days=1)
        parts.append("the interview has not happened yet")
    return due, parts


def _may_nudge(
    since_answer: list[Event], last_exchange: datetime, today: date, cadence: Cadence, tz: tzinfo
) -> bool:
    """Check-ins and keep-in-touch notes stop after too many unanswered notes or a long silence."""
    if _count_unanswered(since_answer) >= cadence.max_unanswered:
        return False
    return (today - local_date(last_exchange, tz)).days <= cadence.max_silence_days


def _keep_in_touch(
    since_answer: list[Event], last_exchange: datetime, today: date, cadence: Cadence, tz: tzinfo
) -> tuple[date, list[str]] | None:
    """The next keep-in-touch note's base due date and reason (before gap/OOO/weekend pushes)."""
    if not _may_nudge(since_answer, last_exchange, today, cadence, tz):
        return None
    unanswered = _count_unanswered(since_answer)
    had_one = any(e.detail == "keep_in_touch" for e in since_answer if _is_note(e))
    owner_wrote = [e for e in since_answer if e.kind in OUTGOING_KINDS]
    if had_one and owner_wrote:
        base = local_date(owner_wrote[-1].at, tz)
        due = base + timedelta(days=cadence.keep_in_touch_every_days)
        reason = (
            f"no reply to {unanswered} note{'s' if unanswered != 1 else ''}; keep-in-touch every "
            f"{cadence.keep_in_touch_every_days} days (last on {base.isoformat()})"
        )
    else:
        base = local_date(last_exchange, tz)
        due = base + timedelta(days=cadence.keep_in_touch_first_days)
        reason = f"keep-in-touch {cadence.keep_in_touch_first_days} days after the last exchange on {base.isoformat()}"
    return due, [reason]
