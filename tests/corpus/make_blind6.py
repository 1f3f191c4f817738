"""Build the blind6 held-out corpus (tests/corpus/blind6/) from tests/corpus/blind6_specs.py.

Run:  /work/venv/bin/python tests/corpus/make_blind6.py

Each spec is turned into an RFC 5322 message (CRLF line endings) with realistic transport headers,
a Message-ID in the style of the sending system, In-Reply-To/References for replies, and a MIME
structure chosen by the spec's ``fmt`` (plain / html / alt, with 7bit, quoted-printable or base64
bodies), optional text/calendar invitation and attachments. labels.csv is written alongside and the
result is validated (every file parses, rows match files, only the seven labels).
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import html
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind6_specs import OWNER_ADDR, OWNER_NAME, SPECS, Spec  # noqa: E402

OUT = HERE / "blind6"
LABELS = {"rejection", "on_hold", "interview", "offer", "application_received", "auto_reply", "other"}
BODY_POLICY = email.policy.SMTP.clone(max_line_length=76)  # wraps base64 bodies at 76
POLICY = email.policy.SMTP.clone(max_line_length=998)  # headers are written unfolded


def _rng(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def _parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def _addr(sender: str) -> tuple[str, str]:
    name, _, rest = sender.rpartition("<")
    return name.strip().strip('"'), rest.rstrip(">").strip()


def _message_id(style: str, domain: str, rng: random.Random) -> str:
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))  # noqa: E731
    if style == "gmail":
        b64 = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(40))
        return f"<CA{b64}@mail.gmail.com>"
    if style == "outlook":
        box = f"{rng.choice(['SJ0PR', 'PH7PR', 'DM6PR', 'AM9PR', 'DB8PR', 'PAXPR'])}{rng.randint(10, 99)}MB{rng.randint(1000, 9999)}"
        region = rng.choice(["namprd", "eurprd"])
        return f"<{box}{up(20)}@{box}.{region}{rng.randint(1, 19):02d}.prod.outlook.com>"
    if style == "apple":
        return f"<{up(8)}-{up(4)}-{up(4)}-{up(4)}-{up(12)}@{domain}>"
    if style == "ses":
        return f"<0100{hexs(12)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@email.amazonses.com>"
    return f"<{hexs(16)}.{hexs(8)}@{domain}>"


def _quote_block(spec: Spec, when: datetime) -> tuple[str, str]:
    """Return (plain, html) renderings of the quoted earlier message."""
    qname, qaddr = _addr(spec.quote_from or f"{OWNER_NAME} <{OWNER_ADDR}>")
    qdate = _parse_date(spec.quote_date) if spec.quote_date else when - timedelta(days=2, hours=3)
    lines = spec.quote.strip("\n").split("\n")
    if spec.quote_style == "outlook":
        head = (
            f"From: {qname} <{qaddr}>\nSent: {qdate.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
            f"To: {spec.quote_to or _addr(spec.sender)[0]}\nSubject: {spec.quote_subject or re.sub(r'^(RE|Re|AW|TR): ', '', spec.subject)}\n"
        )
        plain = "\n\n________________________________\n" + head + "\n" + "\n".join(lines) + "\n"
        hbody = "<br>\n".join(html.escape(x) for x in lines)
        hhead = "<br>\n".join(html.escape(x) for x in head.strip().split("\n"))
        htm = f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font size="2">{hhead}</font></div><div>{hbody}</div>'
        return plain, htm
    attribution = f"On {qdate.strftime('%a, %b %-d, %Y at %-I:%M %p')} {qname} <{qaddr}> wrote:"
    if spec.quote_style == "fr":
        attribution = f"Le {qdate.strftime('%d/%m/%Y %H:%M')}, {qname} <{qaddr}> a écrit :"
    elif spec.quote_style == "de":
        attribution = f"Am {qdate.strftime('%d.%m.%Y')} um {qdate.strftime('%H:%M')} schrieb {qname} <{qaddr}>:"
    elif spec.quote_style == "es":
        attribution = f"El {qdate.strftime('%d/%m/%Y')} a las {qdate.strftime('%H:%M')}, {qname} (<{qaddr}>) escribió:"
    plain = "\n\n" + attribution + "\n\n" + "\n".join(("> " + x) if x else ">" for x in lines) + "\n"
    hbody = "<br>\n".join(html.escape(x) for x in lines)
    htm = (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{hbody}</blockquote></div>"
    )
    return plain, htm


def _auto_html(text: str, skin: str, title: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    if skin == "gmail":
        return f'<div dir="ltr">{body}</div>'
    if skin == "outlook":
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            f'<body lang="EN-US"><div class="WordSection1">{body.replace("<p>", "<p class=MsoNormal>")}</div></body></html>'
        )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title></head>\n'
        '<body style="margin:0;padding:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
        'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">\n'
        f'<tr><td style="padding:28px 32px">\n{body}\n</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n'
    )


def _ics(spec: Spec, when: datetime, uid_seed: str) -> str:
    ev = spec.ics
    assert ev is not None
    start = _parse_date(ev["start"])
    end = start + timedelta(minutes=int(ev.get("minutes", 45)))
    fmt = "%Y%m%dT%H%M%SZ"
    from datetime import UTC

    org_name, org_addr = _addr(ev.get("organizer", spec.sender))
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ev.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"DTSTART:{start.astimezone(UTC).strftime(fmt)}",
        f"DTEND:{end.astimezone(UTC).strftime(fmt)}",
        f"DTSTAMP:{when.astimezone(UTC).strftime(fmt)}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"UID:{hashlib.md5(uid_seed.encode()).hexdigest()}@{org_addr.split('@')[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER_ADDR}",
        f"SUMMARY:{ev['summary']}",
        f"LOCATION:{ev.get('location', '')}",
        "DESCRIPTION:" + ev.get("description", "").replace("\n", "\\n"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            folded.append(line[:70])
            line = " " + line[70:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def _cte(text: str, wanted: str) -> str:
    if wanted in ("quoted-printable", "base64"):
        return wanted
    return "7bit" if text.isascii() and max((len(x) for x in text.split("\n")), default=0) <= 76 else "quoted-printable"


def build(idx: int, spec: Spec) -> bytes:
    rng = _rng(f"blind6-{idx}")
    when = _parse_date(spec.date)
    name, addr = _addr(spec.sender)
    domain = addr.split("@")[1]
    relay = spec.relay or f"mta{rng.randint(1, 9)}.{domain}"
    received_at = when + timedelta(seconds=rng.randint(2, 40))
    msg = EmailMessage(policy=BODY_POLICY)
    msg["Delivered-To"] = OWNER_ADDR
    msg["Received"] = (
        f"from {relay} ({relay} [{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 250)}]) "
        f"by mx.google.com with ESMTPS id {rng.getrandbits(48):012x}.{rng.randint(16, 255):02x} for <{OWNER_ADDR}> "
        f"(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); {format_datetime(received_at)}"
    )
    msg["Return-Path"] = f"<{spec.return_path or addr}>"
    msg["From"] = spec.sender
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["To"] = spec.to or f"{OWNER_NAME} <{OWNER_ADDR}>"
    if spec.cc:
        msg["Cc"] = spec.cc
    msg["Subject"] = spec.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = _message_id(spec.mid, domain, rng)
    if spec.quote or spec.in_reply:
        parent = _message_id("gmail", "gmail.com", _rng(f"parent-{idx}"))
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for key, value in spec.headers:
        msg[key] = value

    plain = spec.body.strip("\n") + "\n"
    qplain, qhtml = ("", "")
    if spec.quote:
        qplain, qhtml = _quote_block(spec, when)
    full_plain = plain + qplain
    cte = spec.cte
    fmt = spec.fmt
    if fmt == "plain":
        msg.set_content(full_plain, cte=_cte(full_plain, cte))
    else:
        htm = spec.html or _auto_html(spec.body, spec.skin, spec.subject)
        if qhtml:
            htm = htm.replace("</body>", qhtml + "</body>") if "</body>" in htm else htm + qhtml
        if fmt == "html":
            msg.set_content(htm, subtype="html", cte=_cte(htm, cte))
        else:
            msg.set_content(full_plain, cte=_cte(full_plain, cte))
            msg.add_alternative(htm, subtype="html", cte=_cte(htm, cte))
    if spec.ics:
        ics = _ics(spec, when, f"{idx}-{spec.subject}")
        if fmt == "plain":
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="7bit")
        if spec.ics_attach:
            msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    for filename, mime, payload in spec.attach:
        maintype, subtype = mime.split("/")
        data = payload if isinstance(payload, bytes) else payload.encode()
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(_boundary(spec.mid, rng, n))
    raw = msg.as_bytes(policy=POLICY)
    head, sep, rest = raw.partition(b"\r\n\r\n")
    return head + sep + rest.replace(b"MIME-Version: 1.0\r\n", b"")


def _boundary(style: str, rng: random.Random, n: int) -> str:
    if style == "gmail":
        return "0000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(18))
    if style == "outlook":
        return f"_{n:03d}_" + "".join(rng.choice("0123456789ABCDEF") for _ in range(24)) + "_"
    if style == "apple":
        return "Apple-Mail=_" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + "-" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    return f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(100000, 9999999)}.{rng.randint(10**12, 10**13)}"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    ordered = sorted(SPECS, key=lambda sp: _parse_date(sp.date))  # inbox order: oldest first
    for i, spec in enumerate(ordered, start=1):
        assert spec.label in LABELS, (i, spec.label)
        assert spec.lang in {"en", "fr", "de", "es"}, (i, spec.lang)
        assert spec.difficulty in {"easy", "hard"}, (i, spec.difficulty)
        fname = f"{i:03d}.eml"
        (OUT / fname).write_bytes(build(i, spec))
        rows.append([fname, spec.label, spec.company, spec.contact, spec.role, spec.return_date,
                     spec.lang, spec.difficulty, spec.notes])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "label", "company", "contact_first_name", "role", "return_date",
                         "lang", "difficulty", "notes"])
        writer.writerows(rows)
    validate()


def validate() -> None:
    with open(OUT / "labels.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(r["file"] for r in rows), "labels.csv rows do not match files"
    bodies = set()
    for r in rows:
        assert r["label"] in LABELS
        data = (OUT / r["file"]).read_bytes()
        m = email.message_from_bytes(data, policy=email.policy.default)
        assert m["From"] and m["Date"] and m["Message-ID"] and m["Subject"] is not None, r["file"]
        part = m.get_body(preferencelist=("plain", "html"))
        assert part is not None, r["file"]
        text = part.get_content()
        assert text.strip(), r["file"]
        assert text not in bodies, f"duplicate body {r['file']}"
        bodies.add(text)
        if r["return_date"]:
            datetime.strptime(r["return_date"], "%Y-%m-%d")
    print(f"{len(rows)} messages")
    for col in ("label", "lang", "difficulty"):
        print(col, dict(Counter(r[col] for r in rows).most_common()))


if __name__ == "__main__":
    main()
