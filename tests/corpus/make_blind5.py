"""Build the blind5 held-out corpus (tests/corpus/blind5/) from tests/corpus/blind5_specs.py.

Run: /work/venv/bin/python tests/corpus/make_blind5.py

Each spec is a dict with the message (sender, subject, date, body, format options) and its labels.
Messages are numbered 001..NNN in date order; replies refer to earlier messages by spec key.
Written independently of the classifier and of the other corpora.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import html
import re
import sys
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind5_specs import MESSAGES, OWNER_ADDR, OWNER_NAME  # noqa: E402

OUT = HERE / "blind5"
LABELS = {"rejection", "on_hold", "interview", "offer", "application_received", "auto_reply", "other"}
COLUMNS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang", "difficulty", "notes"]


def _h(key: str, n: int = 16) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def message_id(spec: dict) -> str:
    key = spec["key"]
    if spec.get("mid"):
        return spec["mid"]
    addr = spec["frm"][1]
    domain = addr.split("@")[1]
    style = spec.get("style", "")
    if domain == "gmail.com" or style == "gmail":
        return f"<CA{_h(key + 'g', 24).upper()}+{_h(key, 8)}@mail.gmail.com>"
    if style == "outlook":
        return f"<{_h(key + 'o', 20).upper()}@{_h(key, 6).upper()}.eurprd0{len(key) % 9}.prod.outlook.com>"
    return f"<{_h(key, 16)}.{_h(key + 'x', 8)}@{domain}>"


def owner_mid(key: str) -> str:
    return f"<CAH{_h(key + 'owner', 22).upper()}@mail.gmail.com>"


def _para_html(text: str) -> str:
    """Plain text to simple HTML paragraphs; runs of '>' lines become a blockquote."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(html.escape(ln.lstrip(">").lstrip()) for ln in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            parts = [html.escape(lines[0])]
            for prev, ln in zip(lines, lines[1:], strict=False):
                soft = len(prev) >= 60 and not ln.lstrip().startswith(("-", "*", "\u2022"))
                parts.append((" " if soft else "<br>\n") + html.escape(ln))
            out.append("<p>" + "".join(parts) + "</p>")
    return "\n".join(out)


def _linkify(s: str) -> str:
    return re.sub(r"(https://[^\s<&]+)", r'<a href="\1">\1</a>', s)


def render_html(spec: dict) -> str:
    if spec.get("html"):
        return spec["html"]
    text = spec["body"]
    style = spec.get("style", "ats")
    title = html.escape(spec["subject"])
    body = _linkify(_para_html(text))
    if style == "outlook":
        body = body.replace("<p>", '<p class="MsoNormal">').replace("</p>", "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
        )
    if style == "gmail":
        body = re.sub(r"<p>(.*?)</p>", r"<div>\1</div><div><br></div>", body, flags=re.S)
        return f'<div dir="ltr">{body}</div>\n'
    color = spec.get("color", "#1f4e79")
    brand = html.escape(spec.get("brand", spec["frm"][0]))
    footer = html.escape(spec.get("footer", ""))
    body = body.replace("<p>", '<p style="margin:0 0 14px 0">')
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{title}</title>\n</head>\n<body style="margin:0;padding:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px 12px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};padding:18px 28px;color:#ffffff;font:bold 18px Arial,Helvetica,sans-serif">{brand}</td></tr>\n'
        f'<tr><td style="padding:28px;font:15px/1.55 Arial,Helvetica,sans-serif;color:#1f2933">\n{body}\n</td></tr>\n'
        f'<tr><td style="padding:14px 28px;font:12px Arial,Helvetica,sans-serif;color:#6b7280;border-top:1px solid #e5e7eb">{footer}</td></tr>\n'
        '</table>\n</td></tr></table>\n</body>\n</html>\n'
    )


def make_ics(spec: dict, ics: dict) -> str:
    uid = _h(spec["key"] + "ics", 24)
    attendees = "".join(
        f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}\r\n" for n, a in ics["attendees"]
    )
    desc = ics.get("description", "").replace("\n", "\\n").replace(",", "\\,")
    return (
        "BEGIN:VCALENDAR\r\nPRODID:" + ics.get("prodid", "-//Google Inc//Google Calendar 70.9054//EN") + "\r\n"
        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"DTSTART:{ics['start']}\r\nDTEND:{ics['end']}\r\nDTSTAMP:{ics.get('stamp', ics['start'])}\r\n"
        f"ORGANIZER;CN={ics['organizer'][0]}:mailto:{ics['organizer'][1]}\r\nUID:{uid}@{spec['frm'][1].split('@')[1]}\r\n"
        f"{attendees}"
        f"SUMMARY:{ics['summary']}\r\nDESCRIPTION:{desc}\r\nLOCATION:{ics.get('location', '')}\r\n"
        "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def make_pdf(title: str, lines: list[str]) -> bytes:
    text_ops = "BT /F1 12 Tf 72 720 Td 16 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for ln in [title, "", *lines]
    ) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text_ops)} >>\nstream\n{text_ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1", "replace")


def build(spec: dict, mids: dict[str, str]) -> bytes:
    msg = EmailMessage()
    name, addr = spec["frm"]
    domain = addr.split("@")[1]
    dt = parsedate_to_datetime(spec["date"])
    assert spec["date"][:3] == dt.strftime("%a"), f"weekday mismatch {spec['key']} {spec['date']} {dt:%a}"
    to = spec.get("to", (OWNER_NAME, OWNER_ADDR))
    if to[1] == OWNER_ADDR or spec.get("delivered", True):
        if addr != OWNER_ADDR:
            msg["Delivered-To"] = OWNER_ADDR
            recv_host = spec.get("mta", f"mta{len(spec['key']) % 9 + 1}.{domain}")
            msg["Received"] = (
                f"from {recv_host} ({recv_host} [198.51.100.{int(_h(spec['key'], 2), 16) % 250 + 2}]) by mx.google.com "
                f"with ESMTPS id {_h(spec['key'] + 'r', 12)} for <{OWNER_ADDR}> "
                f"(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); {format_datetime(dt)}"
            )
            msg["Return-Path"] = f"<{spec.get('return_path', addr)}>"
    msg["From"] = f"{name} <{addr}>" if name else addr
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = f"{to[0]} <{to[1]}>" if to[0] else to[1]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = spec["date"]
    msg["Message-ID"] = mids[spec["key"]]
    parent = spec.get("reply")
    if parent:
        pmid = mids[parent] if parent in mids else owner_mid(spec["key"] + parent)
        msg["In-Reply-To"] = pmid
        refs = spec.get("refs", [])
        msg["References"] = " ".join([*(mids[r] for r in refs), pmid])
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte", "quoted-printable")
    body = spec["body"].strip("\n") + "\n"
    if fmt == "plain":
        msg.set_content(body, cte=cte)
    elif fmt == "html":
        msg.set_content(render_html(spec), subtype="html", cte=cte)
    elif fmt == "alt":
        msg.set_content(body, cte=cte)
        msg.add_alternative(render_html(spec), subtype="html", cte=spec.get("html_cte", cte))
    else:
        raise ValueError(fmt)
    if spec.get("ics"):
        ics = make_ics(spec, spec["ics"])
        if spec["ics"].get("inline", True):
            if fmt == "plain":
                msg.make_alternative()
            msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="7bit")
        else:
            msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
    if spec.get("pdf"):
        fname, title, lines = spec["pdf"]
        msg.add_attachment(make_pdf(title, lines), maintype="application", subtype="pdf", filename=fname)
    return msg.as_bytes(policy=email.policy.SMTP)


def main() -> None:
    specs = sorted(MESSAGES, key=lambda s: parsedate_to_datetime(s["date"]))
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    mids = {s["key"]: message_id(s) for s in specs}
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    bodies = set()
    for i, spec in enumerate(specs, 1):
        assert spec["label"] in LABELS, spec["key"]
        assert spec["lang"] in {"en", "fr", "de", "es"}, spec["key"]
        assert spec["difficulty"] in {"easy", "hard"}, spec["key"]
        assert spec["body"] not in bodies, f"duplicate body {spec['key']}"
        bodies.add(spec["body"])
        fname = f"{i:03d}.eml"
        data = build(spec, mids)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert parsed["Subject"] is not None and parsed.get_body(("plain", "html")) is not None, spec["key"]
        (OUT / fname).write_bytes(data)
        rows.append({
            "file": fname,
            "label": spec["label"],
            "company": spec.get("company", ""),
            "contact_first_name": spec.get("contact", ""),
            "role": spec.get("role", ""),
            "return_date": spec.get("ret", ""),
            "lang": spec["lang"],
            "difficulty": spec["difficulty"],
            "notes": spec.get("notes", ""),
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
