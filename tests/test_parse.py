"""The one parser: headers, bodies, HTML, quoted history, forwards, attachments, calendars."""

from __future__ import annotations

from email.message import EmailMessage

from assistant.parse import parse_bytes, split_quoted
from tests.conftest import DEV_CORPUS


def _mail(**kw) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = kw.get("from_", "Grace Obi <gobi@orbitline.com>")
    msg["To"] = "sam@example.com"
    msg["Subject"] = kw.get("subject", "Hello")
    msg["Date"] = kw.get("date", "Mon, 23 Mar 2026 09:14:00 -0400")
    msg["Message-ID"] = "<abc@example.com>"
    return msg


def test_rfc2047_headers_are_decoded():
    data = (
        b"From: =?utf-8?q?Ren=C3=A9e_Castellanos?= <renee@lumenpath.co>\r\n"
        b"Subject: =?iso-8859-1?q?R=E9sultat_de_votre_candidature?=\r\n"
        b"Date: Tue, 10 Nov 2026 12:00:00 +0000\r\n\r\nBonjour\r\n"
    )
    msg = parse_bytes(data)
    assert msg.from_name == "Renée Castellanos"
    assert msg.from_email == "renee@lumenpath.co"
    assert msg.subject == "Résultat de votre candidature"


def test_html_only_mail_becomes_plain_text_without_markup():
    msg = _mail()
    msg.set_content("<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
                    "<body><p>We have <b>filled</b> the position.</p></body></html>", subtype="html")
    parsed = parse_bytes(msg.as_bytes())
    assert parsed.html_only
    assert "We have filled the position." in parsed.text
    assert "<" not in parsed.text and "alert" not in parsed.text and "color" not in parsed.text


def test_quoted_reply_history_is_separated_from_the_new_text():
    new, forwarded, quoted = split_quoted(
        "Thanks Sam, we went another way.\n\nOn Fri, Jun 13, 2025 at 4:12 PM Sam <s@x.com> wrote:\n> I loved the interview"
    )
    assert new == "Thanks Sam, we went another way."
    assert forwarded == ""
    assert quoted.startswith("On Fri") and "I loved the interview" in quoted


def test_gmail_wrapped_reply_header_is_recognised():
    body = "Sounds good.\n\nOn Wed, Apr 29, 2026 at 9:15 AM Sam Okafor <sam.okafor.jobs@gmail.com\n> wrote:\n> Hi"
    new, _, quoted = split_quoted(body)
    assert new == "Sounds good."
    assert "Hi" in quoted


def test_forwarded_block_is_kept_apart_from_the_note():
    msg = parse_bytes((DEV_CORPUS / "d028.eml").read_bytes())
    assert "Forwarding what I heard back" in msg.text
    assert "Grace Obi" in msg.forwarded
    assert msg.quoted == ""


def test_outlook_forward_goes_to_the_forwarded_block():
    msg = parse_bytes((DEV_CORPUS / "d024.eml").read_bytes())
    assert "Redline wants to meet you" in msg.text
    assert "Carla Vitale" in msg.forwarded


def test_calendar_parts_are_read_with_attendees():
    msg = parse_bytes((DEV_CORPUS / "d010.eml").read_bytes())
    assert len(msg.calendar) == 1
    event = msg.calendar[0]
    assert event.start is not None and event.start.hour == 14 and event.start.utcoffset() is not None
    assert ("Luis Ortega", "lortega@orbitline.com") in event.attendees
    assert event.method == "REQUEST"


def test_attachments_are_listed_not_read():
    msg = parse_bytes((DEV_CORPUS / "d068.eml").read_bytes())
    assert any(a.filename.lower().endswith(".pdf") and a.size > 0 for a in msg.attachments)


def test_missing_date_and_from_are_defects_not_crashes():
    parsed = parse_bytes(b"Subject: hi\r\n\r\nbody\r\n")
    assert parsed.date is None and parsed.from_email == ""
    assert "no Date header" in parsed.defects


def test_unknown_charset_is_decoded_loosely():
    data = b"From: a@b.com\r\nContent-Type: text/plain; charset=x-unknown-9\r\n\r\nCaf\xe9 interview\r\n"
    parsed = parse_bytes(data)
    assert "interview" in parsed.text
    assert any("loosely" in d for d in parsed.defects)


def test_every_dev_message_parses_with_a_date_and_sender():
    for path in sorted(DEV_CORPUS.glob("*.eml")):
        msg = parse_bytes(path.read_bytes(), id=path.name)
        assert msg.from_email, path.name
        assert msg.date is not None and msg.date.tzinfo is not None, path.name
        assert msg.text.strip() or msg.forwarded.strip(), path.name


def test_a_job_boards_blockquote_is_content_but_a_mail_clients_quote_is_history():
    relay = _mail(subject="Cirrolux a répondu à votre candidature")
    relay.set_content("<html><body><p>L'entreprise Cirrolux a mis à jour le statut.</p><blockquote>Votre profil n'a pas "
                      "été retenu.</blockquote><p>L'équipe JobLéman</p></body></html>", subtype="html")
    parsed = parse_bytes(relay.as_bytes())
    assert "pas été retenu" in parsed.text and not parsed.quoted
    reply = _mail(subject="Re: interview")
    reply.set_content("<html><body><p>Sorry, we went another way.</p><div class=\"gmail_attr\">On Fri, Sam wrote:</div>"
                      "<blockquote class=\"gmail_quote\">I loved the interview</blockquote></body></html>", subtype="html")
    parsed = parse_bytes(reply.as_bytes())
    assert "loved the interview" not in parsed.text and "loved the interview" in parsed.quoted
