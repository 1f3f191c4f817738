"""Build small, clear-cut mailboxes for behaviour tests (real RFC 822 bytes, real files)."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OWNER = ("Sam Okafor", "sam@example.com")


def mail(
    frm: tuple[str, str],
    subject: str,
    body: str,
    when: datetime,
    to: tuple[str, str] = OWNER,
    mid: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    html: bool = False,
    ics: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid or f"<{abs(hash((subject, frm[1], when.isoformat())))}@{frm[1].split('@')[1]}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    if html:
        msg.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html")
    else:
        msg.set_content(body)
    if ics:
        msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    return msg


def write_eml_dir(path: Path, messages: list[EmailMessage]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for i, msg in enumerate(messages):
        (path / f"m{i:03d}.eml").write_bytes(msg.as_bytes())
    return path


def write_mbox(path: Path, messages: list[EmailMessage]) -> Path:
    box = mailbox.mbox(str(path))
    for msg in messages:
        box.add(msg)
    box.flush()
    box.close()
    return path


def ics_invite(start: datetime, minutes: int, organizer: tuple[str, str], attendees: list[tuple[str, str]],
               summary: str) -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    start = start.astimezone(UTC)
    end = start + timedelta(minutes=minutes)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{abs(hash(summary))}@tests", f"DTSTAMP:{start.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{summary}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    lines += [f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{addr}" for name, addr in attendees]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)
