"""Generate the blind labelled corpora tests/corpus/blind1 and tests/corpus/blind2.

The message texts live in ``blind1_specs.py`` and ``blind2_specs.py`` next to this file;
this script only turns each spec into an RFC 5322 message (headers, MIME structure,
transfer encodings, quoting, calendar parts, attachments) and writes ``labels.csv``.

Run:  python tests/corpus/make_blind.py
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import html
import importlib.util
import random
import textwrap
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = {"rejection", "on_hold", "interview", "offer", "application_received", "auto_reply", "other"}
POLICY = email.policy.default.clone(linesep="\r\n", max_line_length=78)


@dataclass
class Spec:
    label: str
    company: str
    contact: str
    role: str
    ret: str
    lang: str
    diff: str
    notes: str
    frm: str
    subj: str
    date: str
    body: str
    fmt: str = "plain"  # plain | html | alt | htmlraw
    cte: str = ""  # "" (auto) | qp | b64 | 8bit
    vendor: str = ""  # styling of generated HTML (greenhouse, lever, workday, ...)
    to: str = ""  # override recipient
    quote: tuple[str, str, str] | None = None  # (from, date, text)
    qstyle: str = "gmail"  # gmail | outlook | fr | de | es
    reply: bool = False  # set In-Reply-To even without a quote
    hdrs: dict[str, str] = field(default_factory=dict)
    ar: str = ""  # "both" | "as" | "x" | "gen"  (auto-reply / auto-generated headers)
    ics: dict[str, Any] | None = None
    attach: tuple[str, str] | None = None
    client: str = ""  # gmail | outlook | apple | "" (derived from domain)
    cc: str = ""
    reply_to: str = ""


def _hex(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def _msgid(seed: str, domain: str, client: str) -> str:
    h = _hex(seed, 40).upper()
    if client == "gmail":
        return f"<CA{h[:10]}{_hex(seed + 'g', 26)}@mail.gmail.com>"
    if client == "outlook":
        return f"<{h[:4]}PR{h[4:6]}MB{h[6:10]}{h[10:30]}@{h[:4]}PR{h[4:6]}MB{h[6:10]}.namprd{int(h[30:32], 16) % 20:02d}.prod.outlook.com>"
    if client == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{_hex(seed, 16)}.{_hex(seed + 'x', 8)}@{domain}>"


def _owner_mid(seed: str) -> str:
    return f"<CAH{_hex(seed + 'own', 22).upper()}+{_hex(seed + 'o2', 12)}@mail.gmail.com>"


def _quote_block(spec: Spec, owner: str) -> str:
    assert spec.quote
    qfrom, qdate, qtext = spec.quote
    d = _dt(qdate)
    qfrom = qfrom or owner
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in qtext.strip("\n").splitlines())
    if spec.qstyle == "outlook":
        name, addr = parseaddr(qfrom)
        return (
            "\n\n________________________________\n"
            f"From: {name} <{addr}>\n"
            f"Sent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {spec.frm}\n"
            f"Subject: {spec.subj.removeprefix('RE: ').removeprefix('Re: ')}\n\n"
            + qtext.strip("\n")
            + "\n"
        )
    if spec.qstyle == "fr":
        months = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
        days = "lun. mar. mer. jeu. ven. sam. dim.".split()
        head = f"Le {days[d.weekday()]} {d.day} {months[d.month - 1]} {d.year} à {d:%H:%M}, {qfrom} a écrit :"
    elif spec.qstyle == "de":
        head = f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {qfrom}:"
    elif spec.qstyle == "es":
        months = "ene feb mar abr may jun jul ago sept oct nov dic".split()
        head = f"El {d.day} {months[d.month - 1]} {d.year}, a las {d:%H:%M}, {qfrom} escribió:"
    else:
        h12 = d.strftime("%I:%M %p").lstrip("0")
        head = f"On {d:%a}, {d:%b} {d.day}, {d.year} at {h12} {qfrom} wrote:"
    return f"\n\n{head}\n{quoted}\n"


VENDOR_STYLE = {
    "greenhouse": ("#24a47f", "Powered by Greenhouse", "https://app.greenhouse.io/email/open?e="),
    "lever": ("#2d3e50", "Sent via Lever", "https://hire.lever.co/email/track/"),
    "workday": ("#0875e1", "This email was sent from an unmonitored account. Please do not reply.", "https://wd5.myworkday.com/px/"),
    "icims": ("#1b3e6f", "Powered by iCIMS Talent Cloud", "https://careers-{c}.icims.com/px.gif?id="),
    "ashby": ("#5b4ee6", "Sent with Ashby", "https://jobs.ashbyhq.com/px/"),
    "smartrecruiters": ("#0b63ce", "Powered by SmartRecruiters", "https://t.smartrecruiters.com/o/"),
    "jobvite": ("#4c1d95", "Jobvite | Privacy Policy", "https://app.jobvite.com/t/"),
    "taleo": ("#c74634", "Oracle Taleo. Please do not reply to this automated message.", "https://tbe.taleo.net/px/"),
    "bamboohr": ("#73c41d", "Powered by BambooHR", "https://app.bamboohr.com/o/"),
    "personio": ("#1c1c1c", "Powered by Personio", "https://track.personio.de/o/"),
    "teamtailor": ("#f43f85", "Powered by Teamtailor", "https://mail.teamtailor.com/o/"),
    "recruitee": ("#1999e3", "Sent with Recruitee", "https://t.recruitee.com/o/"),
    "workable": ("#00756a", "Powered by Workable", "https://apply.workable.com/o/"),
    "news": ("#111827", "You are receiving this because you subscribed. Unsubscribe | Manage preferences", "https://click.list-mail.net/o/"),
    "social": ("#0a66c2", "You are receiving notification emails. Unsubscribe · Help", "https://www.linkd.example/emimp/"),
    "bank": ("#004b87", "Please do not reply to this email. This mailbox is not monitored.", "https://secure.alerts-bank.example/o/"),
    "outlook": ("#000000", "", ""),
    "gmail": ("#000000", "", ""),
}


def _text_to_html(spec: Spec, text: str, seed: str) -> str:
    paras = [p for p in text.strip("\n").split("\n\n")]
    body_html = "\n".join(
        "<p style=\"margin:0 0 14px 0\">" + "<br>\n".join(html.escape(x) for x in p.splitlines()) + "</p>" for p in paras
    )
    v = spec.vendor or "gmail"
    if v == "gmail":
        inner = "\n".join(
            "<div>" + "<br>".join(html.escape(x) for x in p.splitlines()) + "</div><div><br></div>" for p in paras
        )
        return f"<div dir=\"ltr\">{inner}</div>\n"
    if v == "outlook":
        inner = "\n".join(
            "<p class=\"MsoNormal\">" + "<br>\n".join(html.escape(x) for x in p.splitlines()) + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            for p in paras
        )
        return (
            "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
            f"</head>\n<body lang=\"EN-US\">\n<div class=\"WordSection1\">\n{inner}\n</div>\n</body>\n</html>\n"
        )
    color, footer, px = VENDOR_STYLE[v]
    company = html.escape(spec.company or "")
    px = px.replace("{c}", (spec.company or "x").lower().replace(" ", "")[:10])
    return f"""<!DOCTYPE html>
<html lang="{spec.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(spec.subj)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{color};padding:18px 28px;color:#ffffff;font:bold 18px Arial,Helvetica,sans-serif">{company}</td></tr>
<tr><td style="padding:28px;font:15px/1.55 Arial,Helvetica,sans-serif;color:#1f2933">
{body_html}
</td></tr>
<tr><td style="padding:18px 28px;border-top:1px solid #e5e7eb;font:11px/1.5 Arial,Helvetica,sans-serif;color:#6b7280">{html.escape(footer)}</td></tr>
</table>
</td></tr></table>
<img src="{px}{_hex(seed, 24)}" width="1" height="1" alt="" style="display:block;border:0">
</body>
</html>
"""


def _ics(spec: Spec, owner: str, seed: str) -> str:
    ic = spec.ics or {}
    method = ic.get("method", "REQUEST")
    start = _dt(ic["start"])
    end = start + timedelta(minutes=int(ic.get("minutes", 45)))
    oname, oaddr = parseaddr(ic.get("organizer", spec.frm))
    own_name, own_addr = parseaddr(owner)
    fmt = "%Y%m%dT%H%M%SZ"
    utc = start.utcoffset() or timedelta(0)
    s_utc = (start - utc).strftime(fmt)
    e_utc = (end - utc).strftime(fmt)
    stamp = (_dt(spec.date) - (_dt(spec.date).utcoffset() or timedelta(0))).strftime(fmt)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ic.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{s_utc}",
        f"DTEND:{e_utc}",
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={oname}:mailto:{oaddr}",
        f"UID:{_hex(seed, 26)}@{oaddr.split('@')[1]}",
    ]
    partstat = "ACCEPTED" if method == "REPLY" else "NEEDS-ACTION"
    lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={own_name};X-NUM-GUESTS=0:mailto:{own_addr}")
    for a in ic.get("attendees", []):
        n, ad = parseaddr(a)
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={n};X-NUM-GUESTS=0:mailto:{ad}")
    desc = ic.get("description", "").replace("\n", "\\n").replace(",", "\\,")
    lines += [
        f"DESCRIPTION:{desc}",
        f"LOCATION:{ic.get('location', '').replace(',', chr(92) + ',')}",
        f"SEQUENCE:{ic.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{ic.get('summary', spec.subj).replace(',', chr(92) + ',')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    # RFC 5545 line folding at 75 octets
    out = []
    for ln in lines:
        while len(ln.encode()) > 75:
            cut = 74
            while len(ln[:cut].encode()) > 74:
                cut -= 1
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
    b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
)


def build(spec: Spec, idx: str, owner: str, setname: str) -> bytes:
    seed = f"{setname}-{idx}"
    fname, faddr = parseaddr(spec.frm)
    domain = faddr.split("@")[1]
    client = spec.client or ("gmail" if domain in {"gmail.com", "googlemail.com"} else "")
    body = spec.body.strip("\n") + "\n"
    if spec.quote:
        body = body.rstrip("\n") + _quote_block(spec, owner)
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "": None}[spec.cte]

    msg = EmailMessage(policy=POLICY)
    own_addr = parseaddr(owner)[1]
    msg["Delivered-To"] = own_addr
    ip = int(_hex(seed, 4), 16)
    dt = _dt(spec.date)
    msg["Received"] = (
        f"from mta{ip % 9 + 1}.{domain} (mta{ip % 9 + 1}.{domain} [198.51.100.{ip % 250 + 2}]) "
        f"by mx.{'google.com' if 'gmail' in own_addr else 'outlook.com'} with ESMTPS id {_hex(seed + 'r', 12)}; "
        f"{format_datetime(dt + timedelta(seconds=ip % 50 + 3))}"
    )
    msg["Return-Path"] = f"<{spec.hdrs.pop('Return-Path', faddr)}>"
    msg["From"] = spec.frm
    msg["To"] = spec.to or owner
    if spec.cc:
        msg["Cc"] = spec.cc
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["Subject"] = spec.subj
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(seed, domain, client)
    if spec.quote or spec.reply:
        ref = _owner_mid(seed)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if spec.ar in ("both", "as"):
        msg["Auto-Submitted"] = "auto-replied"
    if spec.ar in ("both", "x"):
        msg["X-Autoreply"] = "yes"
    if spec.ar == "gen":
        msg["Auto-Submitted"] = "auto-generated"
    for k, v in spec.hdrs.items():
        msg[k] = v

    if spec.fmt == "plain":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    elif spec.fmt in ("html", "htmlraw"):
        h = spec.body if spec.fmt == "htmlraw" else _text_to_html(spec, body, seed)
        msg.set_content(h, subtype="html", charset="utf-8", cte=cte)
    elif spec.fmt == "alt":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        msg.add_alternative(_text_to_html(spec, body, seed), subtype="html", charset="utf-8", cte=cte)
    else:
        raise ValueError(spec.fmt)
    if spec.ics:
        cal = _ics(spec, owner, seed)
        method = spec.ics.get("method", "REQUEST")
        if spec.fmt == "plain":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", charset="utf-8", params={"method": method})
        if spec.ics.get("file"):
            msg.make_mixed()
            msg.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    if spec.attach:
        fn, ctype = spec.attach
        mt, st = ctype.split("/")
        msg.add_attachment(FAKE_PDF if st == "pdf" else b"PK\x03\x04fake-docx", maintype=mt, subtype=st, filename=fn)
    return msg.as_bytes(policy=POLICY)


def load_specs(name: str) -> tuple[str, list[Spec]]:
    sp = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert sp and sp.loader
    mod = importlib.util.module_from_spec(sp)
    sp.loader.exec_module(mod)
    return mod.OWNER, [Spec(*s[0], **s[1]) for s in mod.SPECS]


def write_set(setname: str, specs_module: str) -> None:
    owner, specs = load_specs(specs_module)
    random.Random(setname).shuffle(specs)  # files must not be grouped by label
    out = HERE / setname
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    rows = []
    for i, spec in enumerate(specs, 1):
        assert spec.label in LABELS, (i, spec.label)
        assert spec.lang in {"en", "fr", "de", "es"}, (i, spec.lang)
        assert spec.diff in {"easy", "hard"}, (i, spec.diff)
        idx = f"{i:03d}"
        data = build(spec, idx, owner, setname)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert parsed["Subject"] is not None and parsed.get_body(("plain", "html")) is not None, idx
        (out / f"{idx}.eml").write_bytes(data)
        rows.append([f"{idx}.eml", spec.label, spec.company, spec.contact, spec.role, spec.ret, spec.lang, spec.diff, spec.notes])
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date", "lang", "difficulty", "notes"])
        w.writerows(rows)


def m(label: str, company: str, contact: str, role: str, ret: str, lang: str, diff: str, notes: str, **kw: Any) -> tuple:
    """Helper used by the spec modules: positional label columns, keyword message fields."""
    if "body" in kw:
        kw["body"] = textwrap.dedent(kw["body"])
    return ((label, company, contact, role, ret, lang, diff, notes), kw)


if __name__ == "__main__":
    for name in ("blind1", "blind2"):
        if (HERE / f"{name}_specs.py").exists():
            write_set(name, f"{name}_specs")
