"""One parser for every source: raw RFC 822 bytes -> `Message`.

Never raises on malformed mail it can read at all: problems are recorded in `Message.defects`.
Raises `MailParseError` only when nothing usable can be read (for example empty input).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message as EmailMessage

import html2text
import icalendar

from assistant.models import Attachment, CalendarEvent, Message, RawMail

# Bodies beyond this are cut before text extraction: no job-search decision hides after the first
# few hundred kilobytes, and it keeps a 2 MB single-line message from costing seconds.
MAX_TEXT_CHARS = 200_000
MAX_HTML_CHARS = 400_000


class MailParseError(ValueError):
    """The bytes hold no readable message."""


def parse(raw: RawMail) -> Message:
    """Parse a `RawMail` from any source."""
    return parse_bytes(raw.data, id=raw.id, source=raw.source, labels=raw.labels, thread_id=raw.thread_id)


def parse_bytes(
    data: bytes,
    id: str = "",
    source: str = "",
    labels: Iterable[str] = (),
    thread_id: str | None = None,
) -> Message:
    """Parse raw message bytes. See module docstring for what is raised."""
    if not data or not data.strip():
        raise MailParseError("empty message")
    defects: list[str] = []
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
        defects.append("NUL bytes removed")
    try:
        # compat32 keeps header values as plain strings: the structure walk and the headers we do not
        # need decoded cost nothing, where `policy.default` runs its full header parser on every access
        # (that parser was most of the scan's time). Headers that need it are decoded in `_headers`.
        em = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        raise MailParseError(f"unreadable message: {exc.__class__.__name__}") from exc

    headers = _headers(em, defects)
    hmap: dict[str, str] = {}
    for key, value in headers:
        hmap.setdefault(key.lower(), value)

    # Address headers are split from their raw form and only then are the display names decoded: an
    # encoded word decoding to "x\r\nBcc: a@b" or "x, a@b" must not become an address of its own.
    raw_map: dict[str, str] = {}
    for key, value in em.raw_items():
        raw_map.setdefault(key.lower(), value if isinstance(value, str) else str(value))
    from_list = _addresses(raw_map.get("from", ""))
    from_name, from_email = from_list[0] if from_list else ("", "")
    date = _date(hmap.get("date", ""), defects)

    plain, html, attachments, calendar = _walk(em, defects)
    html_only = not plain and bool(html)
    body = plain if plain else _html_to_text(html, defects) if html else ""
    body = _normalize(body)[:MAX_TEXT_CHARS]
    subject = _one_line(hmap.get("subject", ""))
    text, forwarded, quoted = split_quoted(body, is_forward=bool(_FWD_SUBJECT.match(subject)))

    return Message(
        id=id,
        source=source,
        message_id=hmap.get("message-id", "").strip(),
        subject=subject,
        from_name=from_name,
        from_email=from_email,
        to=tuple(_addresses(raw_map.get("to", ""))),
        cc=tuple(_addresses(raw_map.get("cc", ""))),
        reply_to=tuple(_addresses(raw_map.get("reply-to", ""))),
        date=date,
        in_reply_to=hmap.get("in-reply-to", "").strip(),
        references=tuple(hmap.get("references", "").split()),
        headers=tuple(headers),
        text=text,
        quoted=quoted,
        forwarded=forwarded,
        html_only=html_only,
        attachments=tuple(attachments),
        calendar=tuple(calendar),
        labels=tuple(labels),
        thread_id=thread_id,
        defects=tuple(defects),
    )


# --- headers ---------------------------------------------------------------------------------


_HEADER_FACTORY = email.policy.default.header_factory


def _needs_decoding(key: str, value: str) -> bool:
    """Plain ASCII without RFC 2047 words reads the same raw as decoded (addresses are split later by
    `getaddresses`, which takes the raw form); anything else goes through `policy.default`'s parser."""
    return "=?" in value or not value.isascii()


def _headers(em: EmailMessage, defects: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, raw_value in em.raw_items():
        try:
            if not isinstance(raw_value, str):
                value = _decode_loose(raw_value)
            elif _needs_decoding(key, raw_value):
                value = str(_HEADER_FACTORY(key, raw_value))
            else:
                value = raw_value
        except Exception:
            value = _decode_loose(raw_value)
            defects.append(f"header {key} could not be decoded strictly")
        out.append((key, _one_line(value)))
    return out


def _decode_loose(value: object) -> str:
    text = str(value)
    try:
        return str(make_header(decode_header(text)))
    except Exception:
        return text


_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _one_line(value: str) -> str:
    if "\n" not in value and "\r" not in value:
        return value.strip()
    return _LINE_BREAKS.sub(" ", value).strip()


# One plain mailbox ("Lee Park <lee@x.com>", '"Park, Lee" <lee@x.com>', "lee@x.com"): what `getaddresses`
# returns for it, without its strict parser (about 10x the cost). Anything else goes to `getaddresses`.
_ADDR = r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_SIMPLE_MAILBOX = re.compile(
    r"[ \t]*(?:(?:([A-Za-z0-9'-]+(?: [A-Za-z0-9'-]+)*)|\"([A-Za-z0-9'., -]*)\") ?)?<(" + _ADDR + r")>[ \t]*"
    r"|[ \t]*(" + _ADDR + r")[ \t]*"
)


def _simple_mailbox(value: str) -> list[tuple[str, str]] | None:
    m = _SIMPLE_MAILBOX.fullmatch(value)
    if not m:
        return None
    if m.group(4):
        return [("", m.group(4))]
    return [(m.group(1) or m.group(2) or "", m.group(3))]


def _addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs from a raw (undecoded) address header."""
    if not value:
        return []
    try:
        line = _one_line(value)
        pairs = _simple_mailbox(line) or email.utils.getaddresses([line])
    except Exception:
        return []
    out = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" not in addr or not addr.isascii() or any(c.isspace() for c in addr):
            continue
        out.append((_one_line(_decode_name(name)).strip('"').strip(), addr))
    return out


def _decode_name(name: str) -> str:
    if not name.isascii():  # raw 8-bit bytes (surrogate-escaped by the parser): read as UTF-8
        name = name.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    if "=?" in name:
        name = _decode_loose(name)
    return name


def _date(value: str, defects: list[str]) -> datetime | None:
    if not value:
        defects.append("no Date header")
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        defects.append("unreadable Date header")
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


# --- body ------------------------------------------------------------------------------------


def _walk(em: EmailMessage, defects: list[str]) -> tuple[str, str, list[Attachment], list[CalendarEvent]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    calendar: list[CalendarEvent] = []
    for part in em.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if ctype == "text/calendar" or (filename or "").lower().endswith(".ics"):
            payload = _payload_text(part, defects)
            calendar.extend(_calendar(payload, defects))
            if filename or disposition == "attachment":
                attachments.append(Attachment(filename or "invite.ics", ctype, len(payload.encode())))
            continue
        if filename or disposition == "attachment":
            raw = part.get_payload(decode=True) or b""
            attachments.append(Attachment(filename or "", ctype, len(raw)))
            continue
        if ctype == "text/plain":
            plain.append(_payload_text(part, defects))
        elif ctype == "text/html":
            html.append(_payload_text(part, defects))
    return "\n".join(p for p in plain if p.strip()), "\n".join(html), attachments, calendar


def _filename(part: EmailMessage) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    if name and "=?" in name:  # RFC 2047 in a filename: not standard, but common
        name = _decode_loose(name)
    return name


def _payload_text(part: EmailMessage, defects: list[str]) -> str:
    """The text of a leaf part, as `policy.default`'s `get_content()` would give it (declared charset,
    bad bytes replaced); an unknown or missing charset falls back to UTF-8, then cp1252, then latin-1."""
    try:
        raw = part.get_payload(decode=True) or b""
        charset = part.get_content_charset()
    except Exception as exc:
        defects.append(f"body part unreadable ({exc.__class__.__name__})")
        return ""
    if isinstance(raw, str):  # pragma: no cover - get_payload(decode=True) returns bytes for leaves
        return raw
    if charset and charset not in ("us-ascii", "ascii"):
        try:
            return raw.decode(charset, "replace")
        except (LookupError, UnicodeError, ValueError) as exc:
            defects.append(f"body part decoded loosely ({exc.__class__.__name__})")
    for fallback in ("utf-8", "cp1252"):
        try:
            return raw.decode(fallback)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


_BARE_QUOTE = re.compile(r"<blockquote\b", re.I)
_CITED = re.compile(
    r"<blockquote\b[^>]*(?:type=[\"']?cite|class=[\"'][^\"']*quote)|\bwrote:|a écrit\s*:|schrieb\b|escribió:|"
    r"(?:From|De|Von):\s*(?:<[^>]*>\s*)*[^<\n]*@",
    re.I,
)


def _html_to_text(html: str, defects: list[str]) -> str:
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_links = True
    converter.ignore_emphasis = True
    converter.ignore_tables = True
    html = html[:MAX_HTML_CHARS]
    if _BARE_QUOTE.search(html) and not _CITED.search(html):
        # A job board's <blockquote> relays the employer's words; only a mail client's quote (type="cite",
        # class="gmail_quote", or under an "On ... wrote:" line) is reply history.
        html = re.sub(r"<(/?)blockquote\b[^>]*>", r"<\1div>", html, flags=re.I)
    try:
        return converter.handle(html)
    except Exception as exc:  # html2text is robust, but mail HTML is wild
        defects.append(f"HTML could not be converted ({exc.__class__.__name__})")
        return ""


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- quoted history and forwards ------------------------------------------------------------

_FORWARD_MARKERS = re.compile(
    r"^\s*(-{2,}\s*(Forwarded message|Original Message|Message transféré|Weitergeleitete Nachricht|"
    r"Mensaje reenviado|Message d'origine|Ursprüngliche Nachricht|Mensaje original)\s*-{2,}"
    r"|Begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_REPLY_HEADER = re.compile(
    r"^\s*(On\b.{0,200}\bwrote:|Le\b.{0,200}\ba écrit\s*:|Am\b.{0,200}\bschrieb.{0,100}:|"
    r"El\b.{0,200}\bescribió:)\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\s*\**(From|De|Von)\s*:\**\s*\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^\s*\**(Sent|Date|Envoyé|Gesendet|Enviado|To|Subject)\s*:", re.IGNORECASE)


_FWD_SUBJECT = re.compile(r"^\s*(fwd?|tr|wg|rv)\s*:", re.IGNORECASE)


def split_quoted(body: str, is_forward: bool = False) -> tuple[str, str, str]:
    """Split a text body into (new text, forwarded block, quoted reply history).

    The first marker wins: everything after a forward marker is the forwarded block; everything after
    a reply header ("On ... wrote:"), an Outlook header block or the first run of "> " lines is quoted.
    In a forward (subject "Fwd:"/"FW:"), an Outlook header block starts the forwarded block instead.
    """
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if _FORWARD_MARKERS.match(line):
            is_original = (
                "original" in line.lower() or "origine" in line.lower() or "ursprüng" in line.lower()
            )
            head, rest = "\n".join(lines[:i]).strip(), "\n".join(lines[i:]).strip()
            return (head, "", rest) if is_original else (head, rest, "")
        if _REPLY_HEADER.match(line) or _two_line_reply_header(lines, i):
            return "\n".join(lines[:i]).strip(), "", "\n".join(lines[i:]).strip()
        if _OUTLOOK_FROM.match(line) and i + 1 < len(lines) and _OUTLOOK_NEXT.match(lines[i + 1]):
            head = "\n".join(lines[:i]).strip()
            rest = "\n".join(lines[i:]).strip()
            if not head:  # the whole message is a quoted header block: keep it as text
                continue
            return (head, rest, "") if is_forward else (head, "", rest)
        if line.startswith(">"):
            return "\n".join(lines[:i]).strip(), "", "\n".join(lines[i:]).strip()
    return body.strip(), "", ""


def _two_line_reply_header(lines: list[str], i: int) -> bool:
    # Gmail wraps long "On <date>, <name> <addr> wrote:" lines over two lines.
    if i + 1 >= len(lines):
        return False
    line = lines[i].strip()
    return line.startswith("On ") and bool(_REPLY_HEADER.match(line + " " + lines[i + 1].strip()))


# --- calendar --------------------------------------------------------------------------------


def _calendar(payload: str, defects: list[str]) -> list[CalendarEvent]:
    if not payload.strip():
        return []
    try:
        cal = icalendar.Calendar.from_ical(payload)
    except Exception as exc:
        defects.append(f"calendar part unreadable ({exc.__class__.__name__})")
        return []
    method = str(cal.get("METHOD", "") or "")
    events = []
    for ev in cal.walk("VEVENT"):
        try:
            events.append(
                CalendarEvent(
                    summary=str(ev.get("SUMMARY", "") or ""),
                    start=_ical_dt(ev.get("DTSTART")),
                    end=_ical_dt(ev.get("DTEND")),
                    organizer_email=_mailto(ev.get("ORGANIZER")),
                    organizer_name=_cn(ev.get("ORGANIZER")),
                    attendees=tuple((_cn(a), _mailto(a)) for a in _as_list(ev.get("ATTENDEE"))),
                    location=str(ev.get("LOCATION", "") or ""),
                    method=method,
                )
            )
        except Exception as exc:
            defects.append(f"calendar event unreadable ({exc.__class__.__name__})")
    return events


def _ical_dt(prop: object) -> datetime | None:
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if value is not None:  # an all-day date
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def _as_list(value: object) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _mailto(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return text[7:].lower() if text.lower().startswith("mailto:") else text.lower()


def _cn(value: object) -> str:
    params = getattr(value, "params", None) or {}
    return str(params.get("CN", "")).strip('"')
