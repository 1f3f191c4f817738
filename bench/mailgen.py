"""Seeded generator of realistic synthetic job-search mail, for benchmarks and tests.

Everything here is fictional: people, companies, domains. Same seed -> same bytes.

Library use::

    from bench.mailgen import generate, write_mbox
    msgs = generate(1000, seed=1)          # list of (raw RFC 5322 bytes, truth dict)
    write_mbox("/tmp/x.mbox", msgs)

CLI::

    python bench/mailgen.py --n 10000 --seed 1 --format mbox --out /tmp/x.mbox

Truth dict keys: label, company, contact_first_name, role, return_date (ISO date or ""),
interview_at (ISO datetime or ""), folder ("INBOX" | "SENT"), plus message_id, thread (root
Message-ID), kind (template name) and gmail_labels (used by write_mbox). Mail SENT by the owner
carries label "other" and folder "SENT".
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html as htmllib
import mailbox
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import charset as _charset
from email.encoders import encode_base64
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32 as _compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

Truth = dict
_UTF8_QP = _charset.Charset("utf-8")
_UTF8_QP.body_encoding = _charset.QP
Generated = list[tuple[bytes, Truth]]

DEFAULT_OWNER: tuple[str, str] = ("Alex Rivera", "alex.rivera.jobs@gmail.com")
DEFAULT_START = datetime(2026, 1, 5, tzinfo=UTC)
DEFAULT_END = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)

# --------------------------------------------------------------------------- data pools

FIRST_NAMES = (
    "Priya Tomás Maren Kenji Rosalind Sofia Helen Owen Leah Bianca Marcus Dee Ingrid Rafael Nkechi "
    "Hollis Yusuf Astrid Callum Imani Beatriz Declan Farah Gideon Harriet Ivo Jolene Kwame Lorna Mateo "
    "Noor Otto Perpetua Quentin Rhea Soren Tamara Ulrich Valeria Wendell Xiomara Yannick Zuzana Anselm "
    "Bettina Corwin Delphine Emeka Fenna Gustavo Hana Isidore Jana Kofi Lucinda Mirela Nils Odette"
).split()
LAST_NAMES = (
    "Natarajan Herrera Lindqvist Watanabe Achebe Brandt Marchetti Castellano Voss Ferreira Bell Kowalski "
    "Halvorsen Quintero Adeyemi Pruitt Demir Sandoval Whitcombe Okoro Lacerda Fairbanks Haddad Ellery "
    "Vance Novak Tremaine Asante Pemberton Iglesias Farouk Brennan Stavros Mwangi Castell Rourke Takeda "
    "Lindgren Obuya Varga Delacroix Mensah Kaplan Soto Aldana Petrov Hargreave Nakamura Osei Vidal Kruger"
).split()

# (company, domain, time zone)
COMPANIES: tuple[tuple[str, str, str], ...] = (
    ("Larkspur Logistics", "larkspurlogistics.com", "America/Chicago"),
    ("Tessellate Health", "tessellatehealth.com", "America/New_York"),
    ("Brightforge Energy", "brightforge.energy", "America/Denver"),
    ("Copperfield & Lowe", "copperfieldlowe.com", "America/New_York"),
    ("Northstar Ledger", "northstarledger.io", "America/New_York"),
    ("Wildgrain Foods", "wildgrainfoods.com", "America/Chicago"),
    ("Halcyon Robotics", "halcyonrobotics.ai", "America/Los_Angeles"),
    ("Meadowlark Analytics", "meadowlarkanalytics.com", "America/Chicago"),
    ("Ostrander Medical Devices", "ostrandermed.com", "America/Chicago"),
    ("Pinewater Credit Union", "pinewatercu.org", "America/Chicago"),
    ("Glasshouse Media", "glasshousemedia.co", "America/New_York"),
    ("Juniper Transit Authority", "junipertransit.org", "America/Chicago"),
    ("Vantage Loop", "vantageloop.com", "America/Los_Angeles"),
    ("Saltmarsh Studios", "saltmarshstudios.com", "America/Los_Angeles"),
    ("Keystone Freight", "keystonefreight.com", "America/Chicago"),
    ("Orchard Lane Insurance", "orchardlane.com", "America/New_York"),
    ("Fernhill Pharmacy Group", "fernhillrx.com", "America/Chicago"),
    ("Bluefin Maritime", "bluefinmaritime.com", "America/New_York"),
    ("Quarry Hill Bank", "quarryhillbank.com", "America/New_York"),
    ("Redwood Parcel", "redwoodparcel.com", "America/Los_Angeles"),
    ("Marigold Learning", "marigoldlearning.org", "America/Chicago"),
    ("Thistle & Crane", "thistlecrane.com", "America/New_York"),
    ("Solenne Biotech", "solennebio.com", "America/Los_Angeles"),
    ("Ironwood Utilities", "ironwoodutilities.com", "America/Denver"),
    ("Lumen Harbor", "lumenharbor.com", "America/New_York"),
    ("Cobalt Ridge Software", "cobaltridge.dev", "America/Denver"),
    ("Prairie Wind Cooperative", "prairiewind.coop", "America/Chicago"),
    ("Harlow Civic Services", "harlowcity.gov", "America/Chicago"),
    ("Tamarind Hospitality", "tamarindhotels.com", "America/New_York"),
    ("Greyfield Manufacturing", "greyfieldmfg.com", "America/Chicago"),
    ("Wrenfield Outdoor", "wrenfieldoutdoor.com", "America/Denver"),
    ("Starling Payroll", "starlingpayroll.com", "America/New_York"),
    ("Amberline Telecom", "amberline.net", "America/Chicago"),
    ("Caspian Retail Group", "caspianretail.com", "America/New_York"),
    ("Nettle & Finch", "nettlefinch.com", "America/Los_Angeles"),
    ("Driftwood Health Network", "driftwoodhealth.org", "America/Los_Angeles"),
    ("Kiteline Aerospace", "kiteline.aero", "America/Los_Angeles"),
    ("Oakhaven Property Trust", "oakhavenpt.com", "America/Chicago"),
    ("Silverbirch Consulting", "silverbirch.consulting", "America/New_York"),
    ("Mosaic Transit Labs", "mosaictransit.io", "America/Chicago"),
)

ROLES = (
    "Data Analyst",
    "Senior Data Analyst",
    "Operations Data Analyst",
    "Business Intelligence Analyst",
    "Product Analyst",
    "Clinical Operations Analyst",
    "Supply Chain Analyst",
    "Analytics Engineer",
    "Revenue Operations Analyst",
    "Reporting Analyst II",
    "Marketing Analyst",
    "Financial Analyst",
    "Operations Analyst",
    "Data Quality Specialist",
    "Customer Insights Analyst",
    "Program Analyst",
    "Pricing Analyst",
    "People Analytics Specialist",
    "Junior Data Engineer",
    "Decision Scientist",
)

# ATS: (key, display, sender local part, sender domain, message-id domain)
ATS = (
    ("greenhouse", "Greenhouse", "no-reply", "greenhouse.io", "greenhouse.io"),
    ("lever", "Lever", "no-reply", "hire.lever.co", "hire.lever.co"),
    ("workday", "Workday", "{slug}", "myworkday.com", "myworkday.com"),
    ("icims", "iCIMS", "donotreply", "icims.com", "icims.com"),
    ("ashby", "Ashby", "no-reply", "ashbyhq.com", "ashbyhq.com"),
    ("smartrecruiters", "SmartRecruiters", "noreply", "smartrecruiters.com", "smartrecruiters.com"),
    ("jobvite", "Jobvite", "notification", "jobvite.com", "jobvite.com"),
)

CITIES = (
    "Chicago, IL",
    "Remote (US)",
    "Milwaukee, WI",
    "Denver, CO",
    "Hybrid - Chicago, IL",
    "Austin, TX",
    "Minneapolis, MN",
    "Remote",
    "St. Louis, MO",
    "Indianapolis, IN",
)

LOREM = (
    "Hiring teams are reading applications faster than ever, and the first screen is often a skim.",
    "Our survey of four hundred hiring managers found that clear project outcomes beat long tool lists.",
    "If you are switching industries, translate your old job titles into the language of the new field.",
    "Salary bands are increasingly published, which changes how the first conversation should go.",
    "A short, specific follow-up note after a conversation still stands out in a crowded pipeline.",
    "Portfolio projects work best when they answer a question someone actually asked.",
    "Recruiters say they want to see the size of the data and the decision it informed.",
    "Keep a simple log of every application so you can see which step is stalling.",
    "Networking does not need to feel transactional: ask about the work, not the job.",
    "Many teams now run a structured interview loop with a scorecard for each stage.",
    "The market for analytics roles has cooled since spring, but mid-level demand is steady.",
    "Remote roles draw five times the applicants of on-site ones, according to our data.",
    "Take-home exercises should be scoped to a few hours; it is fine to ask about the time budget.",
    "Hiring freezes tend to thaw at the start of a fiscal quarter, so keep warm contacts warm.",
    "A referral still roughly doubles the chance of a first conversation.",
)

# --------------------------------------------------------------------------- building blocks


@dataclass(frozen=True)
class Person:
    name: str
    email: str

    @property
    def first(self) -> str:
        return self.name.split()[0] if self.name else ""

    @property
    def address(self) -> Address:
        local, _, domain = self.email.partition("@")
        return Address(display_name=self.name, username=local, domain=domain)


def tzinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def text_to_html(text: str, brand: str = "", accent: str = "#1f4e79", footer: str = "") -> str:
    """Wrap plain paragraphs in a typical e-mail HTML layout (tables + inline styles)."""
    paras = []
    for block in text.strip().split("\n\n"):
        inner = "<br>\n".join(htmllib.escape(line) for line in block.split("\n"))
        paras.append(f'<p style="margin:0 0 14px 0">{inner}</p>')
    head = (
        f'<tr><td style="background:{accent};padding:18px 28px;color:#ffffff;'
        f'font:bold 18px Arial,Helvetica,sans-serif">{htmllib.escape(brand)}</td></tr>\n'
        if brand
        else ""
    )
    foot = (
        f'<tr><td style="padding:16px 28px;font:12px Arial,sans-serif;color:#6b7280">{htmllib.escape(footer)}</td></tr>\n'
        if footer
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
        '<body style="margin:0;padding:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">'
        '<tr><td align="center" style="padding:24px 12px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        + head
        + '<tr><td style="padding:28px;font:15px/1.55 Arial,Helvetica,sans-serif;color:#1f2933">\n'
        + "\n".join(paras)
        + "\n</td></tr>\n"
        + foot
        + "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def quote(text: str, who: Person, when: datetime, style: str = "gmail") -> str:
    """Quoted reply history, Gmail ("On ... wrote:" + '>') or Outlook ("From:/Sent:" block)."""
    if style == "outlook":
        return (
            "\n________________________________\n"
            f"From: {who.name} <{who.email}>\n"
            f"Sent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
            "Subject: (see above)\n\n" + text.strip() + "\n"
        )
    stamp = when.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " ")
    quoted = "\n".join(("> " + line) if line else ">" for line in text.strip().split("\n"))
    return f"\nOn {stamp}, {who.name} <{who.email}> wrote:\n\n{quoted}\n"


def forward_block(text: str, who: Person, to: Person, when: datetime, subject: str) -> str:
    return (
        "\n---------- Forwarded message ---------\n"
        f"From: {who.name} <{who.email}>\n"
        f"Date: {when.strftime('%a, %b %d, %Y at %I:%M %p')}\n"
        f"Subject: {subject}\n"
        f"To: {to.name} <{to.email}>\n\n" + text.strip() + "\n"
    )


def make_pdf(rng: random.Random, size: int, title: str) -> bytes:
    """A valid, single-page PDF of roughly `size` bytes (padding is an unreferenced binary stream)."""
    safe = title.replace("(", "[").replace(")", "]")
    content = f"BT /F1 18 Tf 72 720 Td ({safe}) Tj ET".encode()
    pad = rng.randbytes(max(0, size - 900))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length "
        + str(len(pad)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + pad
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_ics(
    *,
    uid: str,
    summary: str,
    start: datetime,
    end: datetime,
    organizer: Person,
    attendees: Sequence[Person],
    location: str = "",
    description: str = "",
    method: str = "REQUEST",
    stamp: datetime | None = None,
    sequence: int = 0,
) -> str:
    """A METHOD:REQUEST calendar built with icalendar (timezone-aware start/end)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Synthetic Calendar//mailgen//EN")
    cal.add("version", "2.0")
    cal.add("method", method)
    ev = icalendar.Event()
    ev.add("uid", uid)
    ev.add("summary", summary)
    ev.add("dtstart", start)
    ev.add("dtend", end)
    ev.add("dtstamp", (stamp or start).astimezone(UTC))
    ev.add("sequence", sequence)
    org = icalendar.vCalAddress(f"mailto:{organizer.email}")
    org.params["cn"] = icalendar.vText(organizer.name)
    ev.add("organizer", org)
    for person in attendees:
        att = icalendar.vCalAddress(f"mailto:{person.email}")
        att.params["cn"] = icalendar.vText(person.name)
        att.params["role"] = icalendar.vText("REQ-PARTICIPANT")
        att.params["partstat"] = icalendar.vText("NEEDS-ACTION")
        att.params["rsvp"] = icalendar.vText("TRUE")
        ev.add("attendee", att, encode=0)
    if location:
        ev.add("location", location)
    if description:
        ev.add("description", description)
    ev.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    cal.add_component(ev)
    return cal.to_ical().decode()


def _text_part(s: str, subtype: str, params: dict[str, str] | None = None) -> Message:
    """text/* part: 7bit for short-lined ASCII, quoted-printable otherwise (as mail clients do)."""
    if s.isascii() and subtype in ("plain", "calendar") and all(len(line) < 900 for line in s.split("\n")):
        part = MIMEText(s, subtype, "us-ascii")
    else:
        part = MIMEText(s, subtype, _UTF8_QP)
    for key, value in (params or {}).items():
        part.set_param(key, value)
    del part["MIME-Version"]
    return part


def _hdr(value: str) -> str | Header:
    return value if value.isascii() else Header(value, "utf-8")


def _addr(p: Person) -> str:
    return formataddr((p.name, p.email), charset="utf-8")


def build_message(
    *,
    sender: Person,
    to: Sequence[Person],
    subject: str,
    when: datetime,
    message_id: str,
    text: str | None = None,
    html: str | None = None,
    cc: Sequence[Person] = (),
    reply_to: Person | None = None,
    in_reply_to: str = "",
    references: Sequence[str] = (),
    headers: Iterable[tuple[str, str]] = (),
    calendar: str | None = None,
    attachments: Iterable[tuple[str, str, bytes]] = (),
    delivered_to: str = "",
) -> Message:
    """One MIME message. text only -> text/plain; html only -> text/html; both -> alternative;
    calendar -> an extra text/calendar; method=REQUEST alternative; attachments -> multipart/mixed.

    Built with the stdlib `email.mime` classes (compat32), which are ~5x faster than
    EmailMessage's header objects; the output parses cleanly with `email.policy.default`.
    """
    parts: list[Message] = []
    if text is not None:
        parts.append(_text_part(text, "plain"))
    if html is not None:
        parts.append(_text_part(html, "html"))
    if calendar is not None:
        parts.append(_text_part(calendar.replace("\r\n", "\n"), "calendar", {"method": "REQUEST"}))
    if not parts:
        parts.append(_text_part("", "plain"))
    body: Message = parts[0] if len(parts) == 1 else MIMEMultipart("alternative", _subparts=parts)
    atts = list(attachments)
    if atts:
        att_parts = []
        for filename, ctype, data in atts:
            maintype, _, subtype = ctype.partition("/")
            att = MIMEApplication(data, subtype) if maintype == "application" else MIMEBase(maintype, subtype)
            if maintype != "application":
                att.set_payload(data)
                encode_base64(att)
            att.add_header("Content-Disposition", "attachment", filename=filename)
            del att["MIME-Version"]
            att_parts.append(att)
        if body is parts[0]:
            del body["MIME-Version"]
        body = MIMEMultipart("mixed", _subparts=[body, *att_parts])
    for part in getattr(body, "_payload", []) if body.is_multipart() else []:
        if isinstance(part, Message) and part.is_multipart():
            del part["MIME-Version"]
    # Fixed boundaries derived from the Message-ID: the stdlib picks random ones, which would
    # make the output differ between runs with the same seed.
    for i, part in enumerate(body.walk()):
        if part.is_multipart():
            tag = hashlib.blake2b(f"{message_id}#{i}".encode(), digest_size=10).hexdigest()
            part.set_boundary(f"----=_Part_{i}_{tag}")
    mime = [(k, v) for k, v in body.items()]
    for k in {k for k, _ in mime}:
        del body[k]
    if delivered_to:
        body["Delivered-To"] = delivered_to
    body["Return-Path"] = f"<{sender.email}>"
    body["From"] = _addr(sender)
    body["To"] = ", ".join(_addr(p) for p in to)
    if cc:
        body["Cc"] = ", ".join(_addr(p) for p in cc)
    if reply_to is not None:
        body["Reply-To"] = _addr(reply_to)
    body["Subject"] = _hdr(subject)
    body["Date"] = format_datetime(when)
    body["Message-ID"] = message_id
    if in_reply_to:
        body["In-Reply-To"] = in_reply_to
    if references:
        body["References"] = " ".join(references)
    for name, value in headers:
        body[name] = value
    body["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() != "mime-version":
            body[k] = v
    return body


def job_alert_html(rng: random.Random, board: str, query: str, jobs: Sequence[tuple[str, str, str]]) -> str:
    cards = []
    for role, company, city in jobs:
        salary = f"${rng.randrange(55, 140)},000 - ${rng.randrange(141, 190)},000"
        jid = rng.getrandbits(40)
        cards.append(
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="border-bottom:1px solid #e5e7eb;margin:0 0 12px 0"><tr>'
            '<td width="56" valign="top" style="padding:12px"><img src="https://cdn.jobharbor.example/logos/'
            f'{jid}.png" width="44" height="44" alt="" style="border-radius:4px;display:block"></td>'
            '<td valign="top" style="padding:12px 12px 12px 0;font:14px/1.4 Helvetica,Arial,sans-serif">'
            f'<a href="https://www.jobharbor.example/jobs/view/{jid}?trk=alert_email&amp;refId={rng.getrandbits(32):x}" '
            f'style="color:#0a66c2;font-weight:bold;text-decoration:none;font-size:16px">{htmllib.escape(role)}</a><br>'
            f'<span style="color:#1f2933">{htmllib.escape(company)}</span><br>'
            f'<span style="color:#6b7280">{htmllib.escape(city)} &middot; {salary}</span><br>'
            f'<span style="color:#057642;font-size:12px">{rng.choice(["Actively recruiting", "Easy Apply", "Be an early applicant", "2 connections work here"])}</span>'
            "</td></tr></table>"
        )
    body = "\n".join(cards)
    return text_to_html(f"Your job alert for {query}", brand=board, accent="#0a66c2").replace(
        "</td></tr>\n</table>",
        '</td></tr>\n<tr><td style="padding:0 28px">' + body + "</td></tr>\n</table>",
        1,
    )


def newsletter_html(rng: random.Random, brand: str, headline: str, n_articles: int) -> tuple[str, str]:
    """A big HTML newsletter (tens of KB) and its short text version."""
    blocks, text_lines = [], [headline, ""]
    for i in range(n_articles):
        title = rng.choice(LOREM).rstrip(".")
        paras = " ".join(rng.choice(LOREM) for _ in range(rng.randrange(3, 7)))
        url = f"https://{brand.lower().replace(' ', '')}.example/read/{rng.getrandbits(36):x}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=issue{i}"
        blocks.append(
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 24px 0">'
            f'<tr><td style="padding:0 0 8px 0"><img src="https://img.{brand.lower().replace(" ", "")}.example/'
            f'{rng.getrandbits(48):x}.jpg" width="544" alt="" style="display:block;width:100%;max-width:544px;'
            'height:auto;border:0;border-radius:4px"></td></tr>'
            f'<tr><td style="font:bold 20px/1.3 Georgia,serif;color:#111827;padding:0 0 6px 0">'
            f'<a href="{url}" style="color:#111827;text-decoration:none">{htmllib.escape(title)}</a></td></tr>'
            f'<tr><td style="font:15px/1.6 Georgia,serif;color:#374151;padding:0 0 10px 0">{htmllib.escape(paras)}</td></tr>'
            f'<tr><td><a href="{url}" style="display:inline-block;background:#111827;color:#ffffff;'
            'font:bold 13px Arial,sans-serif;padding:10px 18px;border-radius:3px;text-decoration:none">'
            "Read more &rarr;</a></td></tr></table>"
        )
        text_lines.append(f"* {title}\n  {url.replace('&amp;', '&')}")
    style = (
        "<style>@media only screen and (max-width:620px){.container{width:100%!important}"
        ".pad{padding:12px!important}}a{color:#b45309}.preheader{display:none!important;"
        "visibility:hidden;opacity:0;height:0;width:0}</style>"
    )
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' + style + "</head>"
        '<body style="margin:0;padding:0;background:#fafaf9"><div class="preheader">'
        + htmllib.escape(headline)
        + "&nbsp;&zwnj;" * 60
        + '</div><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table class="container" role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff"><tr><td class="pad" style="padding:28px">'
        f'<h1 style="font:bold 28px Georgia,serif;margin:0 0 20px 0">{htmllib.escape(headline)}</h1>'
        + "".join(blocks)
        + '<p style="font:12px Arial,sans-serif;color:#9ca3af">You are receiving this because you subscribed. '
        f'<a href="https://{brand.lower().replace(" ", "")}.example/unsubscribe">Unsubscribe</a></p>'
        "</td></tr></table></td></tr></table></body></html>"
    )
    text_lines += ["", "Unsubscribe: https://" + brand.lower().replace(" ", "") + ".example/unsubscribe"]
    return html, "\n".join(text_lines)


# --------------------------------------------------------------------------- generator


@dataclass
class _Thread:
    subject: str
    ids: list[str] = field(default_factory=list)
    last_text: str = ""
    last_sender: Person | None = None
    last_when: datetime | None = None


@dataclass
class _App:
    """One application story: company, role and the people involved."""

    company: str
    domain: str
    tz: ZoneInfo
    role: str
    hm: Person
    recruiter: Person
    ats: tuple[str, str, str, str, str]
    ats_sender: Person
    thread: _Thread | None = None  # the human thread (owner <-> company)


class _Gen:
    def __init__(self, seed: int, owner: Person, start: datetime, end: datetime) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.owner = owner
        self.start = start
        self.end = end
        self.counter = 0
        self.out: list[tuple[Message, Truth]] = []
        self.owner_tz = ZoneInfo("America/Chicago")

    # ---- helpers
    def mid(self, domain: str, style: str = "hex") -> str:
        self.counter += 1
        h = hashlib.blake2b(f"{self.seed}:{self.counter}".encode(), digest_size=16).digest()
        if style == "gmail":
            tail = base64.b32encode(h).decode().rstrip("=")
            return f"<CA{tail}+{self.counter:x}@mail.gmail.com>"
        if style == "outlook":
            return f"<{h.hex().upper()[:30]}{self.counter:06X}@{domain.split('.')[0].upper()}PR.prod.outlook.com>"
        return f"<{h.hex()[:16]}.{self.counter:x}@{domain}>"

    def person(self, domain: str) -> Person:
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
        pattern = self.rng.randrange(3)
        local = (f"{first}.{last}", f"{first[0]}{last}", f"{first}")[pattern].lower()
        local = local.encode("ascii", "ignore").decode() or "hr"
        return Person(f"{first} {last}", f"{local}@{domain}")

    def at_hour(self, when: datetime, tz: ZoneInfo, lo: int = 8, hi: int = 18) -> datetime:
        local = when.astimezone(tz)
        return local.replace(
            hour=self.rng.randrange(lo, hi),
            minute=self.rng.randrange(60),
            second=self.rng.randrange(60),
            microsecond=0,
        )

    def emit(
        self,
        msg_kwargs: dict,
        truth: dict,
        thread: _Thread | None = None,
        quote_style: str | None = None,
        fmt: str = "plain",
        brand: str = "",
    ) -> str | None:
        """Build one message; thread it; returns its Message-ID (None when past the end date)."""
        when: datetime = msg_kwargs["when"]
        if when > self.end:
            return None
        sender: Person = msg_kwargs["sender"]
        text: str | None = msg_kwargs.pop("text", None)
        base_text = text or ""
        if thread is not None and thread.ids:
            msg_kwargs["in_reply_to"] = thread.ids[-1]
            msg_kwargs["references"] = thread.ids[-10:]
            if (
                quote_style
                and thread.last_sender is not None
                and thread.last_when is not None
                and text is not None
            ):
                text = (
                    text.rstrip()
                    + "\n"
                    + quote(thread.last_text, thread.last_sender, thread.last_when, quote_style)
                )
        if text is not None:
            if fmt == "html":
                msg_kwargs["html"] = text_to_html(text, brand=brand)
                text = None
            elif fmt == "alt":
                msg_kwargs["html"] = text_to_html(text, brand=brand)
        folder = "SENT" if sender.email == self.owner.email else "INBOX"
        msg_kwargs.setdefault("delivered_to", self.owner.email if folder == "INBOX" else "")
        msg = build_message(text=text, **msg_kwargs)
        mid = msg_kwargs["message_id"]
        full = {
            "label": "other",
            "company": "",
            "contact_first_name": "",
            "role": "",
            "return_date": "",
            "interview_at": "",
            "folder": folder,
            "message_id": mid,
            "thread": (thread.ids[0] if thread and thread.ids else mid),
            "kind": "",
            "gmail_labels": "Sent" if folder == "SENT" else "Inbox,Opened",
            "date": when.isoformat(),
        }
        full.update(truth)
        self.out.append((msg, full))
        if thread is not None:
            thread.ids.append(mid)
            thread.last_text = base_text
            thread.last_sender = sender
            thread.last_when = when
        return mid

    def later(self, when: datetime, lo_h: float, hi_h: float) -> datetime:
        return (when + timedelta(hours=self.rng.uniform(lo_h, hi_h))).replace(microsecond=0)

    # ---- application stories
    def new_app(self) -> _App:
        company, domain, tzname = self.rng.choice(COMPANIES)
        ats = self.rng.choice(ATS)
        slug = domain.split(".")[0]
        local = ats[2].format(slug=slug)
        ats_name = self.rng.choice(
            [f"{company} Recruiting", f"{company} Careers", f"{company} Talent Acquisition", company]
        )
        return _App(
            company=company,
            domain=domain,
            tz=ZoneInfo(tzname),
            role=self.rng.choice(ROLES),
            hm=self.person(domain),
            recruiter=self.person(domain),
            ats=ats,
            ats_sender=Person(ats_name, f"{local}@{ats[3]}"),
        )

    def story(self, t0: datetime) -> None:
        a = self.new_app()
        rng = self.rng
        when = t0
        direct = rng.random() < 0.3
        if direct:
            when = self.at_hour(when, self.owner_tz, 7, 23)
            a.thread = _Thread(subject=f"{a.role} application - {self.owner.name}")
            contact = rng.choice([a.hm, a.recruiter])
            mid = self.sent_application(a, contact, when)
            if mid is None:
                return
            if rng.random() < 0.2:
                when = self.later(when, 0.001, 0.02)
                self.auto_reply(a, contact, when, a.thread)
        else:
            if rng.random() < 0.85:
                when = self.later(when, 0.01, 0.5)
                if self.ats_ack(a, when) is None:
                    return
        when = self.later(when, 24 * 3, 24 * 21)
        r = rng.random()
        if r < 0.42:
            self.rejection(a, when, after_interview=False)
            return
        if r < 0.58:
            return  # ghosted
        if r < 0.63:
            self.on_hold(a, when)
            return
        # interview path
        nxt = self.interview_invite(a, when)
        if nxt is None:
            return
        when, interview_at, interviewer = nxt
        when = max(when, interview_at) + timedelta(hours=rng.uniform(2, 30))
        if rng.random() < 0.7:
            if self.thank_you(a, interviewer, when) is None:
                return
            if rng.random() < 0.15:
                self.auto_reply(a, interviewer, self.later(when, 0.001, 0.02), a.thread)
        when = self.later(when, 24 * 2, 24 * 14)
        r = rng.random()
        if r < 0.5:
            self.rejection(a, when, after_interview=True)
        elif r < 0.65:
            self.offer(a, when)
        elif r < 0.78:
            self.on_hold(a, when)
        elif r < 0.9:
            nxt = self.interview_invite(a, when, onsite=True)
            if nxt is not None:
                when = nxt[1] + timedelta(days=rng.uniform(2, 9))
                (self.offer if rng.random() < 0.4 else self.rejection)(a, when)  # type: ignore[operator]

    def truth(self, a: _App, label: str, contact: Person | None, kind: str, **extra: str) -> dict:
        d = {
            "label": label,
            "company": a.company,
            "role": a.role,
            "contact_first_name": contact.first if contact else "",
            "kind": kind,
        }
        d.update(extra)
        return d

    def sent_application(self, a: _App, contact: Person, when: datetime) -> str | None:
        body = self.rng.choice(
            [
                "Hi {c},\n\n{ref}I'm writing to apply for the {role} role at {co}. I've spent the last four years building "
                "reporting and forecasting for an operations team, and the posting's focus on {focus} is exactly the work I enjoy.\n\n"
                "My resume is attached. I'd welcome a short conversation if it seems like a fit.\n\nBest,\n{me}",
                "Hello {c},\n\n{ref}I just submitted an application for {role} through your careers page and wanted to "
                "reach out directly as well. The team's work on {focus} caught my eye.\n\nThanks for your time,\n{me}",
            ]
        ).format(
            c=contact.first,
            role=a.role,
            co=a.company,
            me=self.owner.name,
            ref=self.rng.choice(["", f"{self.rng.choice(FIRST_NAMES)} suggested I get in touch. "]),
            focus=self.rng.choice(
                [
                    "self-serve dashboards",
                    "demand forecasting",
                    "data quality",
                    "experimentation",
                    "cost reporting",
                ]
            ),
        )
        pdf = make_pdf(self.rng, self.rng.randrange(30_000, 90_000), f"{self.owner.name} - Resume")
        return self.emit(
            dict(
                sender=self.owner,
                to=[contact],
                subject=a.thread.subject if a.thread else a.role,
                when=when,
                message_id=self.mid("mail.gmail.com", "gmail"),
                text=body,
                attachments=[(f"{self.owner.name.replace(' ', '_')}_Resume.pdf", "application/pdf", pdf)]
                if self.rng.random() < 0.25
                else [],
            ),
            {
                "company": a.company,
                "role": a.role,
                "contact_first_name": contact.first,
                "kind": "sent_application",
            },
            thread=a.thread,
        )

    def ats_ack(self, a: _App, when: datetime) -> str | None:
        tpl = self.rng.choice(
            [
                (
                    "Thank you for applying to {co}",
                    "Hi {me},\n\nThanks for your interest in {co}! We've received your application for the {role} position.\n\n"
                    "Our team reviews every application carefully. If your skills and experience are a match, someone from our "
                    "recruiting team will reach out about next steps.\n\nBest,\n{co} Recruiting",
                ),
                (
                    "Application received: {role}",
                    "Dear {me},\n\nThank you for your application for {role} (Req {req}). This email confirms that we "
                    "have received it. You can check its status at any time in the candidate home.\n\n"
                    "Due to the volume of applications we are unable to respond to each applicant individually.\n\n{co} Talent Acquisition",
                ),
                (
                    "We got your application!",
                    "Hey {me},\n\nThanks for applying for {role} at {co}. Our hiring team is reviewing applications now and "
                    "we'll be in touch if there's a fit.\n\nIn the meantime, check out our engineering blog.\n\nThe {co} team",
                ),
            ]
        )
        fmt = self.rng.choice(["html", "alt", "alt", "plain"])
        fill = dict(
            co=a.company, role=a.role, me=self.owner.first, req=f"R{self.rng.randrange(10000, 99999)}"
        )
        headers = [("Auto-Submitted", "auto-generated")] if self.rng.random() < 0.3 else []
        return self.emit(
            dict(
                sender=a.ats_sender,
                to=[self.owner],
                subject=tpl[0].format(**fill),
                when=when,
                message_id=self.mid(a.ats[4]),
                text=tpl[1].format(**fill),
                headers=headers,
            ),
            self.truth(a, "application_received", None, "ats_ack"),
            fmt=fmt,
            brand=a.company,
        )

    def rejection(self, a: _App, when: datetime, after_interview: bool = False) -> str | None:
        rng = self.rng
        fill = dict(
            co=a.company,
            role=a.role,
            me=self.owner.first,
            hm=a.hm.first,
            hmn=a.hm.name,
            rec=a.recruiter.first,
        )
        personal = after_interview and rng.random() < 0.7 or rng.random() < 0.15
        if not personal:
            subj, body = rng.choice(
                [
                    (
                        "Your application to {co}",
                        "Hi {me},\n\nThank you for your interest in the {role} position at {co}. After careful review, we "
                        "have decided not to move forward with your application at this time.\n\nWe appreciate the time you "
                        "invested and wish you the best in your search.\n\nRegards,\n{co} Recruiting",
                    ),
                    (
                        "Update on your {co} application",
                        "Dear {me},\n\nWe wanted to let you know that the {role} position has been filled. We will keep your "
                        "resume on file and may reach out if a suitable opening arises.\n\nThis mailbox is not monitored.\n\n{co} Talent Acquisition",
                    ),
                    (
                        "{role} at {co}",
                        "Hello {me},\n\nThank you for applying. We received a large number of applications and, after "
                        "reviewing yours, we will be pursuing other candidates whose experience more closely matches the "
                        "needs of the role.\n\nWe encourage you to apply for future openings.\n\n{co} Hiring Team",
                    ),
                ]
            )
            return self.emit(
                dict(
                    sender=a.ats_sender,
                    to=[self.owner],
                    subject=subj.format(**fill),
                    when=when,
                    message_id=self.mid(a.ats[4]),
                    text=body.format(**fill),
                ),
                self.truth(a, "rejection", None, "ats_rejection"),
                fmt=rng.choice(["html", "alt", "plain"]),
                brand=a.company,
            )
        sender = rng.choice([a.hm, a.recruiter])
        fill["s"] = sender.first
        body = rng.choice(
            [
                "Hi {me},\n\nThank you again for the time you spent with us on the {role} role. It was a close call, "
                "but we've decided to move forward with another candidate whose background is a little closer to "
                "what the team needs right now.\n\nI really enjoyed our conversations and would be glad to stay in touch.\n\nAll the best,\n{s}",
                "Hi {me},\n\nI wanted to let you know personally that we won't be moving forward with your candidacy "
                "for {role}. Honestly, you'd be a great fit for {co}, just not for this particular role, which ended up "
                "needing more hands-on engineering.\n\nIf something closer opens up I'll reach out.\n\nBest,\n{s}",
                "{me},\n\nQuick note: we've offered the {role} position to an internal candidate, so we're closing the "
                "search. Thanks so much for your patience through the process, and let's keep in touch.\n\n{s}",
            ]
        ).format(**fill)
        thread = a.thread if a.thread and a.thread.ids else None
        return self.emit(
            dict(
                sender=sender,
                to=[self.owner],
                subject=("Re: " + thread.subject) if thread else f"{a.role} - update",
                when=self.at_hour(when, a.tz),
                message_id=self.mid(a.domain, "outlook"),
                text=body,
            ),
            self.truth(a, "rejection", sender, "personal_rejection"),
            thread=thread,
            quote_style=rng.choice(["gmail", "outlook", None]),
        )

    def on_hold(self, a: _App, when: datetime) -> str | None:
        rng = self.rng
        sender = rng.choice([a.hm, a.recruiter])
        body = rng.choice(
            [
                "Hi {me},\n\nI wanted to give you an honest update: we've put the search for the {role} role on hold "
                "while leadership revisits next year's budget. This has nothing to do with your candidacy.\n\n"
                "If the role reopens I'll reach out first.\n\nBest,\n{s}",
                "Hello {me},\n\n{co} has announced a hiring freeze effective immediately, and the {role} requisition "
                "has been closed. I'm sorry for the disappointing news after the time you've invested.\n\nRegards,\n{s}",
                "Hi {me},\n\nUnfortunately the {role} position has been eliminated as part of a reorganization, so we "
                "are no longer hiring for it. Thank you for your patience.\n\n{s}",
            ]
        ).format(me=self.owner.first, role=a.role, co=a.company, s=sender.first)
        thread = a.thread if a.thread and a.thread.ids else None
        return self.emit(
            dict(
                sender=sender,
                to=[self.owner],
                subject=("Re: " + thread.subject) if thread else f"Update on the {a.role} search",
                when=self.at_hour(when, a.tz),
                message_id=self.mid(a.domain, "outlook"),
                text=body,
            ),
            self.truth(a, "on_hold", sender, "on_hold"),
            thread=thread,
            quote_style="gmail",
        )

    def interview_invite(
        self, a: _App, when: datetime, onsite: bool = False
    ) -> tuple[datetime, datetime, Person] | None:
        """Invitation (+ owner reply, + maybe reschedule, + maybe calendar invite). Returns
        (time of last message, interview time, person to thank)."""
        rng = self.rng
        sender = a.recruiter if rng.random() < 0.6 else a.hm
        when = self.at_hour(when, a.tz)
        day = (when + timedelta(days=rng.randrange(2, 8))).astimezone(a.tz)
        if day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        at = day.replace(hour=rng.randrange(9, 17), minute=rng.choice([0, 30]), second=0, microsecond=0)
        if a.thread is None:
            a.thread = _Thread(subject=f"{a.company} - {a.role} - next steps")
        fill = dict(
            me=self.owner.first,
            role=a.role,
            co=a.company,
            s=sender.first,
            hm=a.hm.name,
            when=at.strftime("%A, %B %d at %I:%M %p").replace(" 0", " ") + " " + at.tzname(),
        )
        if onsite:
            people = [self.person(a.domain) for _ in range(3)]
            sched = "\n".join(
                f"{(at + timedelta(minutes=45 * i)).strftime('%I:%M %p').lstrip('0')}  {p.name} - {t}"
                for i, (p, t) in enumerate(
                    zip(people, ["SQL and data modelling", "Case study", "Team fit"], strict=True)
                )
            )
            body = (
                f"Hi {{me}},\n\nWe're excited to host you at our office for the final round for {{role}} on {{when}}. "
                f"Your itinerary:\n\n{sched}\n\nAsk for me at the front desk. Lunch is on us.\n\nSee you soon,\n{{s}}"
            ).format(**fill)
            subj = f"Your onsite itinerary - {a.company}"
        else:
            body = rng.choice(
                [
                    "Hi {me},\n\nThanks for applying to the {role} role. I'd love to set up a 30-minute phone screen "
                    "to learn more about your background. Would {when} work for you?\n\nBest,\n{s}",
                    "Hi {me},\n\nThe team enjoyed reviewing your application and would like to invite you to a video "
                    "interview with {hm} for the {role} position. Does {when} work? If not, send me a couple of times "
                    "that suit you.\n\nThanks,\n{s}",
                    "Hello {me},\n\nWe'd like to move you forward to a technical interview for {role}. It's about an "
                    "hour: a SQL exercise and a short case discussion. I've pencilled in {when}.\n\nCheers,\n{s}",
                ]
            ).format(**fill)
            subj = "Re: " + a.thread.subject if a.thread.ids else a.thread.subject
        hist = len(a.thread.ids) > 0
        if (
            self.emit(
                dict(
                    sender=sender,
                    to=[self.owner],
                    subject=subj,
                    when=when,
                    message_id=self.mid(a.domain, "outlook"),
                    text=body,
                ),
                self.truth(
                    a,
                    "interview",
                    sender,
                    "onsite_itinerary" if onsite else "interview_invite",
                    interview_at=at.isoformat(),
                ),
                thread=a.thread,
                quote_style="gmail" if hist else None,
                fmt=rng.choice(["plain", "alt"]),
            )
            is None
        ):
            return None
        last = when
        # owner confirms
        when = self.later(when, 0.5, 20)
        reply = f"Hi {sender.first},\n\nThat works well for me, thank you. Looking forward to it.\n\nBest,\n{self.owner.first}"
        if (
            self.emit(
                dict(
                    sender=self.owner,
                    to=[sender],
                    subject="Re: " + a.thread.subject,
                    when=when,
                    message_id=self.mid("mail.gmail.com", "gmail"),
                    text=reply,
                ),
                {
                    "company": a.company,
                    "role": a.role,
                    "contact_first_name": sender.first,
                    "kind": "sent_reply",
                },
                thread=a.thread,
                quote_style="gmail",
            )
            is None
        ):
            return last, at, sender
        last = when
        if rng.random() < 0.2:
            at = at + timedelta(days=rng.randrange(1, 4))
            when = self.later(when, 2, 40)
            body = (
                f"Hi {self.owner.first},\n\nApologies, {a.hm.first} has a conflict. Could we move to "
                f"{at.strftime('%A, %B %d at %I:%M %p').replace(' 0', ' ')} {at.tzname()} instead?\n\nThanks,\n{sender.first}"
            )
            if (
                self.emit(
                    dict(
                        sender=sender,
                        to=[self.owner],
                        subject="Re: " + a.thread.subject,
                        when=when,
                        message_id=self.mid(a.domain, "outlook"),
                        text=body,
                    ),
                    self.truth(a, "interview", sender, "reschedule", interview_at=at.isoformat()),
                    thread=a.thread,
                    quote_style="gmail",
                )
                is None
            ):
                return last, at, sender
            last = when
        if rng.random() < 0.5:
            when = self.later(when, 0.1, 3)
            interviewers = [a.hm] + ([self.person(a.domain)] if rng.random() < 0.5 else [])
            ics = make_ics(
                uid=f"{rng.getrandbits(64):x}@{a.domain}",
                summary=f"{a.company} interview: {self.owner.name} ({a.role})",
                start=at,
                end=at + timedelta(minutes=rng.choice([30, 45, 60])),
                organizer=sender,
                attendees=[self.owner, *interviewers],
                location=rng.choice(["Zoom", "Google Meet", "Microsoft Teams Meeting"]),
                description=f"Interview for {a.role}.",
                stamp=when,
            )
            text = (
                f"{a.company} interview: {self.owner.name} ({a.role})\n"
                f"When: {at.strftime('%A %b %d, %Y %I:%M %p')} {at.tzname()}\n"
                f"Guests: {', '.join(p.name for p in [sender, self.owner, *interviewers])}\n\n"
                "Invitation from Google Calendar"
            )
            if (
                self.emit(
                    dict(
                        sender=sender,
                        to=[self.owner, *interviewers],
                        subject=f"Invitation: {a.company} interview @ {at.strftime('%a %b %d, %Y %I:%M %p')}",
                        when=when,
                        message_id=self.mid(a.domain),
                        text=text,
                        html=text_to_html(text),
                        calendar=ics,
                    ),
                    self.truth(a, "interview", sender, "calendar_invite", interview_at=at.isoformat()),
                )
                is None
            ):
                return last, at, sender
            last = when
        return last, at, (a.hm if rng.random() < 0.5 else sender)

    def thank_you(self, a: _App, who: Person, when: datetime) -> str | None:
        body = (
            f"Hi {who.first},\n\nThank you for taking the time to talk with me about the {a.role} role. "
            f"I especially enjoyed hearing how the team approaches {self.rng.choice(['forecasting', 'data quality', 'self-serve reporting'])}. "
            f"I'm very interested in the position and happy to share anything else that would help.\n\nBest regards,\n{self.owner.name}"
        )
        assert a.thread is not None
        return self.emit(
            dict(
                sender=self.owner,
                to=[who],
                subject="Re: " + a.thread.subject,
                when=when,
                message_id=self.mid("mail.gmail.com", "gmail"),
                text=body,
            ),
            {"company": a.company, "role": a.role, "contact_first_name": who.first, "kind": "sent_thank_you"},
            thread=a.thread,
        )

    def offer(self, a: _App, when: datetime) -> str | None:
        sender = self.rng.choice([a.hm, a.recruiter])
        body = (
            f"Hi {self.owner.first},\n\nI'm delighted to offer you the {a.role} position at {a.company}! "
            f"Everyone you met was impressed. The attached letter has the details: base salary of "
            f"${self.rng.randrange(78, 135)},000, benefits, and a proposed start date.\n\n"
            f"Please take a few days to review and let me know if you have any questions.\n\nWarmly,\n{sender.first}"
        )
        pdf = make_pdf(self.rng, self.rng.randrange(60_000, 220_000), f"{a.company} Offer Letter")
        thread = a.thread if a.thread and a.thread.ids else None
        return self.emit(
            dict(
                sender=sender,
                to=[self.owner],
                subject=f"Offer - {a.role} at {a.company}",
                when=self.at_hour(when, a.tz),
                message_id=self.mid(a.domain, "outlook"),
                text=body,
                attachments=[
                    (
                        f"{a.company.replace(' ', '_').replace('&', 'and')}_Offer_Letter.pdf",
                        "application/pdf",
                        pdf,
                    )
                ],
            ),
            self.truth(a, "offer", sender, "offer"),
            thread=thread,
        )

    def auto_reply(self, a: _App, who: Person, when: datetime, thread: _Thread | None) -> str | None:
        rng = self.rng
        kind = rng.random()
        headers: list[tuple[str, str]] = []
        if rng.random() < 0.6:
            headers.append(("Auto-Submitted", "auto-replied"))
        if rng.random() < 0.4:
            headers.append(("X-Autoreply", "yes"))
        extra: dict = {}
        if kind < 0.6:
            back = (when + timedelta(days=rng.randrange(2, 15))).astimezone(a.tz).date()
            while back.weekday() >= 5:
                back += timedelta(days=1)
            body = rng.choice(
                [
                    "Thank you for your email. I am out of the office with limited access to email and will return on {d}. "
                    "For urgent recruiting matters please contact careers@{dom}.\n\n{n}",
                    "Hi, I'm away until {d} and will respond when I'm back. Thanks for your patience!\n\n{n}",
                ]
            ).format(d=back.strftime("%A, %B %d, %Y").replace(" 0", " "), dom=a.domain, n=who.name)
            extra["return_date"] = back.isoformat()
            subj_prefix = rng.choice(["Automatic reply: ", "Out of Office: ", "Auto: "])
        else:
            other = self.person(a.domain)
            body = (
                f"{who.name} is no longer with {a.company}. Please direct your message to {other.name} at "
                f"{other.email}.\n\nThis mailbox is not monitored."
            )
            subj_prefix = "Automatic reply: "
        subject = subj_prefix + (thread.subject if thread else a.role)
        return self.emit(
            dict(
                sender=who,
                to=[self.owner],
                subject=subject,
                when=when,
                message_id=self.mid(a.domain, "outlook"),
                text=body,
                headers=headers,
            ),
            self.truth(a, "auto_reply", who, "auto_reply", **extra),
            thread=thread,
        )

    # ---- other mail
    def other(self, when: datetime) -> None:
        rng = self.rng
        k = rng.random()
        owner = self.owner
        if k < 0.22:
            board = rng.choice(["JobHarbor", "Hirepath", "CareerCrate"])
            dom = board.lower() + ".example"
            query = rng.choice(ROLES)
            jobs = [
                (rng.choice(ROLES), rng.choice(COMPANIES)[0], rng.choice(CITIES))
                for _ in range(rng.randrange(8, 25))
            ]
            html = job_alert_html(rng, board, query, jobs)
            text = f"{len(jobs)} new jobs for {query}\n\n" + "\n".join(
                f"{r} - {c} - {ci}" for r, c, ci in jobs
            )
            self.emit(
                dict(
                    sender=Person(f"{board} Job Alerts", f"jobalerts-noreply@{dom}"),
                    to=[owner],
                    subject=f"{len(jobs)} new jobs for {query}",
                    when=when,
                    message_id=self.mid(dom),
                    text=text,
                    html=html,
                    headers=[("List-Unsubscribe", f"<https://{dom}/unsub>"), ("Precedence", "bulk")],
                ),
                {"kind": "job_alert", "gmail_labels": "Inbox,Opened,Category Updates"},
            )
        elif k < 0.4:
            brand = rng.choice(["The Analyst's Edge", "Career Compass", "Second Wind Weekly"])
            headline = rng.choice(
                [
                    "Rejected after the final round? Here's what to do next",
                    "Inside the interview loop: what hiring managers score",
                    "Offer season: how to negotiate without burning bridges",
                    "Hiring freeze? Five ways to keep momentum",
                ]
            )
            html, text = newsletter_html(rng, brand, headline, rng.randrange(10, 28))
            dom = brand.lower().replace(" ", "").replace("'", "") + ".example"
            self.emit(
                dict(
                    sender=Person(brand, f"hello@{dom}"),
                    to=[owner],
                    subject=headline,
                    when=when,
                    message_id=self.mid(dom),
                    text=text if rng.random() < 0.6 else None,
                    html=html,
                    headers=[("List-Unsubscribe", f"<https://{dom}/unsubscribe>"), ("Precedence", "bulk")],
                ),
                {"kind": "newsletter", "gmail_labels": "Inbox,Category Promotions"},
            )
        else:
            subj, frm, body, kind = rng.choice(_OTHER_SHORT)
            sender = Person(frm[0], frm[1])
            self.emit(
                dict(
                    sender=sender,
                    to=[owner],
                    subject=subj,
                    when=when,
                    message_id=self.mid(frm[1].split("@")[1]),
                    text=body.format(me=owner.first, n=rng.randrange(2, 99)),
                ),
                {"kind": kind},
                fmt=rng.choice(["plain", "alt", "html"]),
                brand=frm[0],
            )

    def run(self, n: int) -> None:
        span = (self.end - self.start).total_seconds()
        while len(self.out) < n:
            t0 = self.start + timedelta(seconds=int(self.rng.uniform(0, span * 0.97)))
            if self.rng.random() < 0.45:
                self.other(t0)
            else:
                self.story(t0)
        del self.out[n:]


_OTHER_SHORT: tuple[tuple[str, tuple[str, str], str, str], ...] = (
    (
        "New episode: our interview with the CEO of Fernway",
        ("Data Hours Podcast", "episodes@datahours.example"),
        "Hi {me},\n\nIn episode {n} we sit down for an in-depth interview with the CEO of Fernway about building a data team from scratch.\n\nListen now on your favourite app.",
        "podcast",
    ),
    (
        "Your card was declined",
        ("Streamlet Billing", "billing@streamlet.example"),
        "Hi {me},\n\nUnfortunately your card ending in 4417 was declined when we tried to renew your subscription. Please update your payment method to keep watching.",
        "billing",
    ),
    (
        "[rivera/etl-kit] Pull request #{n} rejected",
        ("notifications", "notifications@codehub.example"),
        "The maintainers decided not to move forward with this change and closed the pull request.\n\n-- Reply to this email directly or view it on CodeHub.",
        "pull_request",
    ),
    (
        "An offer just for you: 20% off interview-ready blazers",
        ("Tailorbird", "deals@tailorbird.example"),
        "{me}, our fall offer ends Sunday: take 20% off blazers, trousers and shirts. Use code READY20 at checkout.",
        "marketing",
    ),
    (
        "Reminder: Salary negotiation webinar tomorrow",
        ("Career Compass Events", "events@careercompass.example"),
        'Hi {me},\n\nYou\'re registered for "Negotiating your offer" tomorrow at noon CT. Join link: https://careercompass.example/live/{n}',
        "webinar",
    ),
    (
        "{n} people viewed your profile this week",
        ("Linkwise", "notifications@linkwise.example"),
        "See who's been looking, including a recruiter at a company you follow.",
        "social",
    ),
    (
        "We regret to inform you: tonight's show is cancelled",
        ("Aragon Ballroom", "tickets@aragonballroom.example"),
        "We regret to inform you that tonight's performance has been cancelled. Refunds will be issued to the original payment method within 5-7 business days.",
        "concert",
    ),
    (
        "Your order has shipped",
        ("Paperleaf", "orders@paperleaf.example"),
        "Good news {me}, your order of 250 resume-weight sheets has shipped and should arrive Thursday.",
        "receipt",
    ),
    (
        "Chicago Data Meetup: we've moved forward with a new venue",
        ("Chicago Data Meetup", "info@chidatameetup.example"),
        "Hi all,\n\nWe've moved forward with a new venue for this month's meetup: the library's third-floor commons. Same time, more chairs.",
        "meetup",
    ),
    (
        "Decision on your submission #{n}",
        ("DataViz Conference 2026", "program@datavizconf.example"),
        "Dear {me},\n\nWe regret that your submission was not accepted for this year's program. Reviewer comments are attached below.",
        "paper",
    ),
    (
        "Mock interview Saturday?",
        ("Dee Kowalski", "dee.kowalski@fastmail.example"),
        "Hey {me}! Still up for a mock interview on Saturday? I'll bring the behavioural questions, you bring coffee.\n\nDee",
        "personal",
    ),
)


# --------------------------------------------------------------------------- public API


def generate(
    n: int,
    seed: int = 0,
    start: datetime = DEFAULT_START,
    end: datetime = DEFAULT_END,
    owner: tuple[str, str] = DEFAULT_OWNER,
) -> Generated:
    """`n` messages as (raw RFC 5322 bytes, truth dict), sorted by date. Deterministic per seed.

    Raises ValueError when n < 0 or end <= start.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware")
    if end <= start:
        raise ValueError("end must be after start")
    gen = _Gen(seed, Person(*owner), start, end)
    gen.run(n)
    items = sorted(
        gen.out, key=lambda mt: (mt[1]["date"] and datetime.fromisoformat(mt[1]["date"]), mt[1]["message_id"])
    )
    return [(to_bytes(msg), truth) for msg, truth in items]


# Fold header lines at 200 characters rather than 78: compat32 otherwise puts a long single token
# (an Outlook Message-ID) on a continuation line of its own, leaving a value that starts with "\n ".
# RFC 5322 allows lines up to 998 characters; 78 is only a recommendation.
_SERIALIZE_POLICY = _compat32.clone(max_line_length=200)


def to_bytes(msg: Message) -> bytes:
    """Serialize a message built by build_message (LF line endings)."""
    return msg.as_bytes(policy=_SERIALIZE_POLICY)


def _thread_number(truth: Truth) -> int:
    return (
        int.from_bytes(
            hashlib.blake2b(
                truth.get("thread", truth.get("message_id", "")).encode(), digest_size=8
            ).digest(),
            "big",
        )
        >> 1
    )


def _gmail_labels(truth: Truth) -> str:
    return truth.get("gmail_labels") or ("Sent" if truth.get("folder") == "SENT" else "Inbox,Opened")


def write_mbox(path: str | Path, messages: Sequence[tuple[bytes, Truth]]) -> None:
    """Google-Takeout-style mbox: `From <thrid>@xxx <date>` lines, X-GM-THRID and X-Gmail-Labels headers."""
    path = Path(path)
    if path.exists():
        path.unlink()
    box = mailbox.mbox(str(path), create=True)
    box.lock()
    try:
        for raw, truth in messages:
            thrid = _thread_number(truth)
            head = f"X-GM-THRID: {thrid}\nX-Gmail-Labels: {_gmail_labels(truth)}\n".encode()
            m = mailbox.mboxMessage(head + raw)
            when = datetime.fromisoformat(truth["date"]).astimezone(UTC) if truth.get("date") else DEFAULT_END
            m.set_from(f"{thrid}@xxx", when.timetuple())
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()


def write_maildir(path: str | Path, messages: Sequence[tuple[bytes, Truth]]) -> None:
    """A Maildir (cur/ with the Seen flag for INBOX mail; Sent mail gets the X-Gmail-Labels header too)."""
    box = mailbox.Maildir(str(path), create=True)
    for raw, truth in messages:
        m = mailbox.MaildirMessage(f"X-Gmail-Labels: {_gmail_labels(truth)}\n".encode() + raw)
        m.set_subdir("cur")
        m.set_flags("S")
        if truth.get("date"):
            m.set_date(datetime.fromisoformat(truth["date"]).timestamp())
        box.add(m)
    box.close()


def write_eml_dir(path: str | Path, messages: Sequence[tuple[bytes, Truth]]) -> None:
    """One `NNNNN.eml` file per message (raw bytes as generated)."""
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(len(messages))))
    for i, (raw, _truth) in enumerate(messages, 1):
        (out / f"{i:0{width}d}.eml").write_bytes(raw)


def label_counts(messages: Sequence[tuple[bytes, Truth]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _raw, truth in messages:
        key = truth["label"] if truth["folder"] == "INBOX" else "sent"
        counts[key] = counts.get(key, 0) + 1
    return counts


def _parse_dt(s: str) -> datetime:
    d = datetime.fromisoformat(s)
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate synthetic job-search mail.")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=["mbox", "maildir", "eml"], default="mbox")
    ap.add_argument("--out", required=True)
    ap.add_argument("--start", default=DEFAULT_START.isoformat())
    ap.add_argument("--end", default=DEFAULT_END.isoformat())
    ap.add_argument("--owner-name", default=DEFAULT_OWNER[0])
    ap.add_argument("--owner-email", default=DEFAULT_OWNER[1])
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    msgs = generate(
        args.n, args.seed, _parse_dt(args.start), _parse_dt(args.end), (args.owner_name, args.owner_email)
    )
    t1 = time.perf_counter()
    {"mbox": write_mbox, "maildir": write_maildir, "eml": write_eml_dir}[args.format](args.out, msgs)
    t2 = time.perf_counter()
    size = sum(len(r) for r, _ in msgs)
    print(
        f"{len(msgs)} messages, {size / 1e6:.1f} MB, generate {t1 - t0:.1f}s, write {t2 - t1:.1f}s -> {args.out}",
        file=sys.stderr,
    )
    print(" ".join(f"{k}={v}" for k, v in sorted(label_counts(msgs).items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
