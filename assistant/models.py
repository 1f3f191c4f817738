"""Plain data passed between the pipeline stages. Frozen dataclasses, no I/O.

Flow: source -> RawMail -> parse -> Message -> classify -> Classification
                                           -> extract  -> Facts
      plan (cadence) -> FollowUp -> compose -> Draft -> apply (store + draft sink)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

LABELS: tuple[str, ...] = (
    "rejection",
    "on_hold",
    "interview",
    "offer",
    "application_received",
    "auto_reply",
    "other",
)

# Labels that are about a job application (used for review thresholds and contacts).
JOB_LABELS: frozenset[str] = frozenset({"rejection", "on_hold", "interview", "offer", "application_received"})

# Kinds of note a draft can be.
DRAFT_KINDS: tuple[str, ...] = ("thank_you", "check_in", "interview_thank_you", "keep_in_touch")


@dataclass(frozen=True)
class RawMail:
    """What every source hands to the parser: raw RFC 822 bytes plus where they came from."""

    id: str  # stable id within the source (Gmail id, mbox "path#N", Maildir key, eml path)
    data: bytes
    source: str  # human-readable origin: a file path, "PATH#N" for mbox, "gmail:ID"
    labels: tuple[str, ...] = ()  # e.g. ("INBOX",), ("SENT",) from Gmail or X-Gmail-Labels
    thread_id: str | None = None  # Gmail threadId when known


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT read from a text/calendar part."""

    summary: str = ""
    start: datetime | None = None  # timezone-aware when the calendar says so
    end: datetime | None = None
    organizer_email: str = ""
    organizer_name: str = ""
    attendees: tuple[tuple[str, str], ...] = ()  # (name, email)
    location: str = ""
    method: str = ""  # REQUEST, CANCEL, ...


@dataclass(frozen=True)
class Message:
    """A parsed message. Holds the text in memory only; the store never keeps bodies."""

    id: str  # RawMail.id
    source: str
    message_id: str  # the Message-ID header, angle brackets kept, "" when missing
    subject: str
    from_name: str
    from_email: str  # lower-cased address, "" when missing
    to: tuple[tuple[str, str], ...] = ()  # (name, email)
    cc: tuple[tuple[str, str], ...] = ()
    reply_to: tuple[tuple[str, str], ...] = ()
    date: datetime | None = None  # timezone-aware; None when missing or unparseable
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # every header, decoded, in order
    text: str = ""  # the new text: no quoted reply history, no forwarded block
    quoted: str = ""  # quoted reply history ("On ... wrote:", "> ...", Outlook "-----Original Message-----")
    forwarded: str = ""  # forwarded blocks ("---------- Forwarded message ---------") with their headers
    html_only: bool = False
    attachments: tuple[Attachment, ...] = ()
    calendar: tuple[CalendarEvent, ...] = ()
    labels: tuple[str, ...] = ()
    thread_id: str | None = None
    defects: tuple[str, ...] = ()  # parser problems that did not stop parsing

    def header(self, name: str, default: str = "") -> str:
        """First header with this name (case-insensitive), decoded."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return default

    @property
    def full_text(self) -> str:
        return "\n".join(part for part in (self.text, self.forwarded, self.quoted) if part)


@dataclass(frozen=True)
class Classification:
    label: str
    confidence: float  # in [0, 1]
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facts:
    """What extraction found. Empty string / None when not found."""

    company: str = ""
    contact_first_name: str = ""
    contact_name: str = ""  # full name of the person to thank, when known
    contact_email: str = ""  # the human to write to ("" for no-reply ATS mail without one)
    role: str = ""
    interview_at: datetime | None = None
    return_date: date | None = None
    redirect_email: str = ""  # "no longer works here, please contact X"
    redirect_name: str = ""
    interviewers: tuple[tuple[str, str], ...] = ()  # (name, email) from a calendar invite


@dataclass(frozen=True)
class FollowUp:
    """A note the planner says is due (or will be) for one person."""

    contact: str  # the contact's email address
    kind: str  # one of DRAFT_KINDS
    due: date
    reason: str
    message_id: str = ""  # the message this note replies to (stored message id)


@dataclass(frozen=True)
class Draft:
    """A reply note ready for the draft sink (Gmail Drafts or the local outbox)."""

    id: str
    kind: str
    to_name: str
    to_email: str
    subject: str
    body: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    thread_id: str | None = None
    reply_to_message: str = ""  # stored message id this replies to
    contact: str = ""
    created_at: datetime | None = None
    status: str = "pending"  # pending | created | sent | deleted | failed
    gmail_draft_id: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)
