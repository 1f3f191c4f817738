"""Build the blind3 (held-out) and blind4 (training) corpora from the spec files in spec34/.

Spec format (one record per message, records separated by a line starting with ``=== ``):

    === NNN | label | company | contact | role | return_date | lang | difficulty | notes
    From: Name <addr>
    Subject: ...
    Date: 2025-10-14 09:12 -0400
    X-Fmt: plain | html | alt | gcal | icsatt | pdf        (default plain)
    X-Enc: qp | b64 | 8bit                                   (default: qp if non-ASCII else 7bit)
    X-Tpl: ATS/HTML wrapper name (see HTML_WRAPPERS)
    X-Reply: 1                      (adds In-Reply-To / References)
    X-Ics: 2025-10-20T14:00|45|America/New_York|Summary|Location[|CANCEL]
    X-Att: file name of the PDF attachment
    X-Mua: gmail | outlook | ats | apple                     (Message-ID style)
    To: override the owner (the owner's own sent mail)
    Any other header line is copied as is (Auto-Submitted, X-Autoreply, Reply-To, ...).
    <blank line>
    body text (plain). In HTML, paragraphs become <p>, lines starting with '>' a blockquote.

Run: python tests/corpus/make_blind34.py   (rewrites tests/corpus/blind3 and tests/corpus/blind4)
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
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SPECS = HERE / "spec34"
LABELS = {"rejection", "on_hold", "interview", "offer", "application_received", "auto_reply", "other"}
OWNERS = {
    "blind3": ("Riley Chen", "riley.chen.jobs@gmail.com"),
    "blind4": ("Casey Morgan", "casey.morgan@proton.me"),
}
CONTROL = {"x-fmt", "x-enc", "x-tpl", "x-reply", "x-ics", "x-att", "x-mua", "to", "from", "subject", "date"}
COLUMNS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang", "difficulty", "notes"]


def parse_specs(path: Path) -> list[dict]:
    records: list[dict] = []
    cur: dict | None = None
    in_body = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("=== "):
            if cur:
                records.append(cur)
            parts = [p.strip() for p in raw[4:].split("|")]
            if len(parts) != 9:
                raise SystemExit(f"{path.name}: bad record line {raw!r}")
            num, label, company, contact, role, ret, lang, diff, notes = parts
            if label not in LABELS:
                raise SystemExit(f"{path.name}: bad label {label!r} in {num}")
            cur = {
                "num": num, "label": label, "company": company, "contact": contact, "role": role,
                "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
                "headers": [], "body": [],
            }
            in_body = False
            continue
        if cur is None:
            continue
        if in_body:
            cur["body"].append(raw)
        elif raw.strip() == "":
            in_body = True
        else:
            name, _, value = raw.partition(":")
            cur["headers"].append((name.strip(), value.strip()))
    if cur:
        records.append(cur)
    return records


def rng_for(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def message_id(rnd: random.Random, domain: str, mua: str) -> str:
    h = lambda n: "".join(rnd.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    H = lambda n: "".join(rnd.choice("0123456789ABCDEF") for _ in range(n))  # noqa: E731
    if mua == "gmail":
        return f"<CA{H(30)}{h(8)}@mail.gmail.com>"
    if mua == "outlook":
        box = f"{rnd.choice(['SJ0PR', 'BN6PR', 'DM6PR', 'PH0PR', 'AM9PR', 'DB9PR', 'PA4PR'])}{rnd.randint(10, 99)}MB{rnd.randint(1000, 9999)}"
        return f"<{box}{H(24)}@{box}.{rnd.choice(['namprd', 'eurprd'])}{rnd.randint(10, 19):02d}.prod.outlook.com>"
    if mua == "apple":
        return f"<{H(8)}-{H(4)}-{H(4)}-{H(4)}-{H(12)}@{domain}>"
    if mua == "proton":
        return f"<{h(10)}{H(6)}{h(8)}=@proton.me>"
    return f"<{h(16)}.{h(8)}@{domain}>"


def parse_date(value: str) -> datetime:
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\d\d:\d\d)(?::(\d\d))? ([+-]\d{4})", value)
    if not m:
        raise SystemExit(f"bad Date {value!r}")
    sec = m.group(3) or "00"
    return datetime.strptime(f"{m.group(1)} {m.group(2)}:{sec} {m.group(4)}", "%Y-%m-%d %H:%M:%S %z")


HTML_WRAPPERS = {
    "plain": ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">', "</body></html>"),
    "outlook": (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!-- p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
        '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">',
        "</div></body></html>",
    ),
    "gmail": ('<div dir="ltr">', "</div>"),
}

ATS_BRAND = {
    "greenhouse": ("#24a47f", "Powered by Greenhouse", "https://boards.greenhouse.io"),
    "lever": ("#3c4b5c", "Sent via Lever", "https://jobs.lever.co"),
    "workday": ("#0875e1", "This email was sent by Workday on behalf of the company.", "https://wd5.myworkdayjobs.com"),
    "icims": ("#00508f", "Powered by iCIMS", "https://careers.icims.com"),
    "ashby": ("#4b3fd1", "Powered by Ashby", "https://jobs.ashbyhq.com"),
    "smartrecruiters": ("#0a66c2", "Powered by SmartRecruiters", "https://jobs.smartrecruiters.com"),
    "jobvite": ("#e0231c", "Jobvite", "https://jobs.jobvite.com"),
    "taleo": ("#c74634", "Oracle Taleo", "https://taleo.net"),
    "successfactors": ("#0a6ed1", "SAP SuccessFactors", "https://career5.successfactors.eu"),
    "bamboohr": ("#73c41d", "Powered by BambooHR", "https://bamboohr.com"),
    "personio": ("#1a1a1a", "Personio", "https://jobs.personio.de"),
    "teamtailor": ("#f4587c", "Sent with Teamtailor", "https://career.teamtailor.com"),
    "recruitee": ("#1999e3", "Recruitee", "https://recruitee.com"),
    "workable": ("#00756a", "Powered by Workable", "https://apply.workable.com"),
    "jazzhr": ("#2d9cdb", "Powered by JazzHR", "https://app.jazz.co"),
    "breezy": ("#0e7fc0", "Breezy HR", "https://breezy.hr"),
    "pinpoint": ("#5a2ca0", "Sent via Pinpoint", "https://pinpointhq.com"),
    "rippling": ("#502d3c", "Rippling Recruiting", "https://ats.rippling.com"),
    "ukg": ("#005151", "UKG Pro Recruiting", "https://recruiting.ultipro.com"),
    "news": ("#111111", "You are receiving this because you subscribed.", "https://example.com"),
    "shop": ("#d35400", "Thanks for shopping with us.", "https://example.com"),
    "social": ("#0a66c2", "You are receiving notification emails.", "https://www.linkedin.com"),
}


def linkify(text: str) -> str:
    esc = html.escape(text)
    return re.sub(r"(https?://[^\s<>&]+)", r'<a href="\1" target="_blank">\1</a>', esc)


def body_to_html(body: str, tpl: str, rnd: random.Random) -> str:
    blocks = re.split(r"\n\s*\n", body.strip("\n"))
    parts: list[str] = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(linkify(line.lstrip("> ").rstrip()) for line in lines)
            parts.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        elif all(re.match(r"^\s*[-*•] ", line) for line in lines):
            items = "".join("<li>" + linkify(re.sub(r"^\s*[-*•] ", "", line)) + "</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            cls = ' class="MsoNormal"' if tpl == "outlook" else ""
            parts.append(f"<p{cls}>" + "<br>\n".join(linkify(line) for line in lines) + "</p>")
    inner = "\n".join(parts)
    if tpl in HTML_WRAPPERS:
        head, tail = HTML_WRAPPERS[tpl]
        return f"{head}\n{inner}\n{tail}\n"
    color, footer, site = ATS_BRAND.get(tpl, ATS_BRAND["greenhouse"])
    pixel = f"{site}/o/{''.join(rnd.choice('0123456789abcdef') for _ in range(24))}.gif"
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<style>td{font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333}</style>"
        '</head>\n<body style="margin:0;padding:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f5f7"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;margin:24px 0">\n'
        f'<tr><td style="height:6px;background:{color}"></td></tr>\n'
        f'<tr><td style="padding:32px 40px">\n{inner}\n</td></tr>\n'
        f'<tr><td style="padding:16px 40px;font-size:11px;color:#8a8f98;border-top:1px solid #e6e8eb">{html.escape(footer)}</td></tr>\n'
        "</table>\n</td></tr></table>\n"
        f'<img src="{pixel}" width="1" height="1" alt="" style="display:none">\n'
        "</body></html>\n"
    )


def make_ics(spec: str, organizer: tuple[str, str], owner: tuple[str, str], uid: str, stamp: datetime) -> str:
    parts = spec.split("|")
    start_s, minutes, tzname, summary, location = parts[:5]
    method = parts[5] if len(parts) > 5 else "REQUEST"
    tz = ZoneInfo(tzname)
    start = datetime.strptime(start_s, "%Y-%m-%dT%H:%M").replace(tzinfo=tz)
    end = start + timedelta(minutes=int(minutes))
    fmt = "%Y%m%dT%H%M%S"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    seq = "2" if method == "CANCEL" else "0"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN" if "gmail" in organizer[1] else "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzname}:{start.strftime(fmt)}",
        f"DTEND;TZID={tzname}:{end.strftime(fmt)}",
        f"DTSTAMP:{stamp.astimezone(ZoneInfo('UTC')).strftime(fmt)}Z",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={owner[0]}:mailto:{owner[1]}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def make_pdf(text: str) -> bytes:
    lines = [ln for ln in text.splitlines()][:45]
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "60 760 Td"]
    for ln in lines:
        safe = ln.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream_lines.append(f"({safe}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def cte_for(text: str, enc: str | None) -> str:
    if enc == "b64":
        return "base64"
    if enc == "qp":
        return "quoted-printable"
    if enc == "8bit":
        return "8bit"
    return "quoted-printable" if (any(ord(c) > 127 for c in text) or any(len(x) > 76 for x in text.splitlines())) else "7bit"


def build(rec: dict, corpus: str) -> bytes:
    owner = OWNERS[corpus]
    hdr = {k.lower(): v for k, v in rec["headers"]}
    rnd = rng_for(f"{corpus}/{rec['num']}")
    body = "\n".join(rec["body"]).strip("\n") + "\n"
    fmt = hdr.get("x-fmt", "plain")
    enc = hdr.get("x-enc")
    tpl = hdr.get("x-tpl", "plain")
    from_name, from_addr = getaddresses([hdr["from"]])[0]
    domain = from_addr.split("@")[-1]
    mua = hdr.get("x-mua") or ("gmail" if domain == "gmail.com" else "proton" if domain == "proton.me" else "ats")
    date = parse_date(hdr["date"])

    msg = EmailMessage()
    to_value = hdr.get("to") or f'"{owner[0]}" <{owner[1]}>'
    # transport headers first, like a real delivered message
    if owner[1].endswith("gmail.com"):
        msg["Delivered-To"] = owner[1]
        rcv = date + timedelta(seconds=rnd.randint(3, 90))
        ip = f"{rnd.choice(['198.51.100', '203.0.113', '192.0.2'])}.{rnd.randint(2, 250)}"
        msg["Received"] = (
            f"from mail-{rnd.randint(10, 99)}.{domain} ({domain} [{ip}]) by mx.google.com with ESMTPS id "
            f"{''.join(rnd.choice('0123456789abcdef') for _ in range(12))} for <{owner[1]}> "
            f"(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); {format_datetime(rcv)}"
        )
    else:
        msg["X-Pm-Origin"] = "external" if domain != "proton.me" else "internal"
        msg["X-Pm-Content-Encryption"] = "on-delivery"
    msg["Return-Path"] = f"<{hdr.get('return-path', from_addr)}>"
    if from_name:
        msg["From"] = Address(display_name=from_name, addr_spec=from_addr)
    else:
        msg["From"] = from_addr
    msg["To"] = to_value
    msg["Subject"] = hdr.get("subject", "")
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(rnd, domain, mua)
    if hdr.get("x-reply"):
        other_dom = owner[1].split("@")[1]
        parent = message_id(rnd, other_dom, "gmail" if other_dom == "gmail.com" else "proton")
        if hdr["x-reply"] == "2":
            grand = message_id(rnd, domain, mua)
            msg["In-Reply-To"] = parent
            msg["References"] = f"{grand} {parent}"
        else:
            msg["In-Reply-To"] = parent
            msg["References"] = parent
    for k, v in rec["headers"]:
        if k.lower() in CONTROL or k.lower() == "return-path":
            continue
        msg[k] = v
    if mua == "outlook":
        msg["X-MS-Has-Attach"] = "yes" if fmt in ("pdf", "icsatt") else ""
        msg["X-MS-TNEF-Correlator"] = ""
    if mua == "apple":
        msg["X-Mailer"] = "iPhone Mail (22B91)"

    cte = cte_for(body, enc)
    if fmt == "plain":
        msg.set_content(body, cte=cte)
    elif fmt == "html":
        msg.set_content(body_to_html(body, tpl, rnd), subtype="html", cte="base64" if enc == "b64" else "quoted-printable")
    elif fmt in ("alt", "gcal"):
        msg.set_content(body, cte=cte)
        msg.add_alternative(body_to_html(body, tpl, rnd), subtype="html", cte="base64" if enc == "b64" else "quoted-printable")
        if fmt == "gcal":
            ics = make_ics(hdr["x-ics"], (from_name, from_addr), owner, f"{rnd.getrandbits(64):016x}@google.com", date)
            method = hdr["x-ics"].split("|")[5] if len(hdr["x-ics"].split("|")) > 5 else "REQUEST"
            msg.add_alternative(ics, subtype="calendar", params={"method": method}, cte="7bit")
            msg.make_mixed()
            msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    elif fmt == "icsatt":
        msg.set_content(body, cte=cte)
        ics = make_ics(hdr["x-ics"], (from_name, from_addr), owner, f"{rnd.getrandbits(64):016x}@{domain}", date)
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename=hdr.get("x-att", "invite.ics"))
    elif fmt == "pdf":
        msg.set_content(body, cte=cte)
        attach_text = hdr.get("x-att-text", body).replace("\\n", "\n")
        msg.add_attachment(make_pdf(attach_text), maintype="application", subtype="pdf", filename=hdr.get("x-att", "letter.pdf"))
    else:
        raise SystemExit(f"unknown X-Fmt {fmt!r}")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            if mua == "gmail":
                b = "0000000000" + "".join(rnd.choice("0123456789abcdef") for _ in range(18))
            elif mua == "outlook":
                b = "_000_" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(28)) + "_"
            elif mua == "apple":
                b = "Apple-Mail=_" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(24))
            else:
                b = f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(10**8, 10**9)}.{rnd.randint(10**12, 10**13)}"
            part.set_boundary(b)
    return msg.as_bytes(policy=email.policy.SMTP)


def write_corpus(corpus: str) -> list[dict]:
    records: list[dict] = []
    for path in sorted(SPECS.glob(f"{corpus}_*.txt")):
        records.extend(parse_specs(path))
    out = HERE / corpus
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    seen: set[str] = set()
    rows = []
    for rec in records:
        name = f"{rec['num']}.eml"
        if name in seen:
            raise SystemExit(f"{corpus}: duplicate {name}")
        seen.add(name)
        data = build(rec, corpus)
        (out / name).write_bytes(data)
        rows.append({
            "file": name, "label": rec["label"], "company": rec["company"], "contact_first_name": rec["contact"],
            "role": rec["role"], "return_date": rec["return_date"], "lang": rec["lang"],
            "difficulty": rec["difficulty"], "notes": rec["notes"], "_body": "\n".join(rec["body"]).strip(),
        })
    rows.sort(key=lambda r: r["file"])
    with open(out / "labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    return rows


def validate(corpus: str) -> None:
    out = HERE / corpus
    with open(out / "labels.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    files = sorted(p.name for p in out.glob("*.eml"))
    assert files == sorted(r["file"] for r in rows), "labels.csv rows do not match files"
    for r in rows:
        assert r["label"] in LABELS, r
        assert r["lang"] in ("en", "fr", "de", "es"), r
        assert r["difficulty"] in ("easy", "hard"), r
        if r["return_date"]:
            datetime.strptime(r["return_date"], "%Y-%m-%d")
        msg = email.message_from_bytes((out / r["file"]).read_bytes(), policy=email.policy.default)
        assert msg["From"] and msg["Date"] and msg["Message-ID"], r["file"]
        assert msg.get_body(preferencelist=("plain", "html")) is not None, r["file"]


def main() -> None:
    all_bodies: dict[str, set[str]] = {}
    for corpus in ("blind3", "blind4"):
        rows = write_corpus(corpus)
        validate(corpus)
        bodies = {r["_body"] for r in rows}
        all_bodies[corpus] = bodies
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["label"]] = counts.get(r["label"], 0) + 1
        print(corpus, len(rows), "messages,", len(bodies), "distinct bodies", dict(sorted(counts.items())))
    shared = all_bodies["blind3"] & all_bodies["blind4"]
    if shared:
        print("bodies shared between blind3 and blind4:", len(shared), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
