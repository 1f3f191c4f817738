#!/usr/bin/env python3
"""Generate the blind8 evaluation corpus of job-search email.

Writes tests/corpus/blind8/NNN.eml and tests/corpus/blind8/labels.csv.
Stdlib only. All people, companies and addresses are fictional.
Run: python tests/corpus/make_blind8.py
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
from dataclasses import dataclass, field
from datetime import datetime
from email import policy, utils
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind8"
ME_NAME = "Riley Chen"
ME_ADDR = "riley.chen.careers@gmail.com"
ME = f"{ME_NAME} <{ME_ADDR}>"
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@dataclass
class Spec:
    label: str
    frm: str
    subj: str
    date: str  # "YYYY-MM-DD HH:MM +HHMM"
    body: str = ""
    html: str = ""  # alternative HTML part (or the only part when html_only)
    html_only: bool = False
    company: str = ""
    contact: str = ""
    role: str = ""
    ret: str = ""
    lang: str = "en"
    diff: str = "easy"
    notes: str = ""
    iat: str = ""
    cte: str | None = None
    to: str = ME
    hdr: dict[str, str] = field(default_factory=dict)
    pdf: str = ""  # attachment filename
    ics: str = ""  # text/calendar body
    reply: str = ""  # Message-ID this message replies to


SPECS: list[Spec] = []


def add(label: str, frm: str, subj: str, date: str, body: str = "", **kw: object) -> None:
    SPECS.append(Spec(label, frm, subj, date, body, **kw))  # type: ignore[arg-type]


def html_of(text: str, brand: str = "") -> str:
    """Render plain text paragraphs as a simple branded HTML e-mail."""
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    rows = "\n".join(
        "<p style=\"margin:0 0 14px 0\">" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>"
        for p in paras
    )
    head = (
        f"<tr><td style=\"background:#1f3a5f;color:#fff;padding:16px 24px;"
        f"font:bold 18px Arial,sans-serif\">{htmlmod.escape(brand)}</td></tr>\n"
        if brand else ""
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"margin:0;background:#f4f5f7\">\n"
        "<table role=\"presentation\" width=\"600\" align=\"center\" cellpadding=\"0\" "
        "cellspacing=\"0\" style=\"background:#ffffff\">\n"
        f"{head}<tr><td style=\"padding:24px;font:15px/1.5 Arial,sans-serif;color:#222\">\n"
        f"{rows}\n</td></tr></table>\n</body></html>\n"
    )


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str, tzid: str = "") -> str:
    """A minimal VCALENDAR REQUEST; start/end like 20260324T140000 (local to tzid) or ...Z."""
    if tzid:
        ds, de = f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"
    else:
        ds, de = f"DTSTART:{start}", f"DTEND:{end}"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Blind8//Corpus//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z", ds, de,
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}",
        "END:VEVENT", "END:VCALENDAR", "",
    ])


def msgid(seed: str, frm: str) -> str:
    domain = utils.parseaddr(frm)[1].split("@")[-1] or "mail.example"
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def build(num: int, s: Spec) -> EmailMessage:
    dt = datetime.strptime(s.date, "%Y-%m-%d %H:%M %z")
    msg = EmailMessage()
    msg["Delivered-To"] = ME_ADDR
    msg["Return-Path"] = "<" + utils.parseaddr(s.frm)[1] + ">"
    msg["From"] = s.frm
    msg["To"] = s.to
    msg["Subject"] = s.subj
    msg["Date"] = utils.format_datetime(dt)
    msg["Message-ID"] = msgid(f"blind8-{num}-{s.subj}", s.frm)
    if s.reply:
        msg["In-Reply-To"] = s.reply
        msg["References"] = s.reply
    for k, v in s.hdr.items():
        msg[k] = v
    if s.html_only:
        msg.set_content(s.html, subtype="html", cte=s.cte)
    else:
        msg.set_content(s.body.lstrip("\n"), cte=s.cte)
        if s.html:
            msg.add_alternative(s.html, subtype="html", cte=s.cte)
    if s.ics:
        msg.add_attachment(s.ics, subtype="calendar", params={"method": "REQUEST"},
                           filename="invite.ics")
    if s.pdf:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=s.pdf)
    # Deterministic MIME boundaries so reruns produce identical files.
    for j, part in enumerate(msg.walk()):
        if part.is_multipart():
            tag = hashlib.sha1(f"{num}-{j}-{s.subj}".encode()).hexdigest()[:20]
            part.set_boundary(f"----=_Part_{j}_{tag}")
    return msg


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    # Inbox order: sort by the Date header so file numbers do not reveal labels.
    ordered = sorted(SPECS, key=lambda sp: datetime.strptime(sp.date, "%Y-%m-%d %H:%M %z"))
    for i, s in enumerate(ordered, start=1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, s).as_bytes(policy=policy.SMTP))
        rows.append([name, s.label, s.company, s.contact, s.role, s.ret, s.lang, s.diff,
                     s.notes, s.iat])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

# --- Halvorsen Cold Chain (Greenhouse) -------------------------------------
add("application_received",
    "Halvorsen Cold Chain <no-reply@us.greenhouse-mail.io>",
    "Thanks for applying to Halvorsen Cold Chain", "2025-02-11 14:03 -0600", """
Hi Riley,

Thanks for your interest in Halvorsen Cold Chain! We've received your application
for Supply Chain Analyst (Minneapolis, MN - Hybrid) and our talent team will be
reviewing it over the next couple of weeks.

If your background lines up with what the team needs, someone from our recruiting
team will reach out to talk about next steps.

In the meantime, you can learn more about life at Halvorsen at halvorsencold.com/careers.

Regards,
Halvorsen Cold Chain Talent Acquisition
""", html=html_of("""Hi Riley,

Thanks for your interest in Halvorsen Cold Chain! We've received your application for Supply Chain Analyst (Minneapolis, MN - Hybrid) and our talent team will be reviewing it over the next couple of weeks.

If your background lines up with what the team needs, someone from our recruiting team will reach out to talk about next steps.

Regards,
Halvorsen Cold Chain Talent Acquisition""", "Halvorsen Cold Chain"),
    company="Halvorsen Cold Chain", role="Supply Chain Analyst", notes="Greenhouse acknowledgement",
    hdr={"Auto-Submitted": "auto-generated"})

add("interview",
    "Priya Raman <priya.raman@halvorsencold.com>",
    "Halvorsen Cold Chain - next step for the Supply Chain Analyst role", "2025-02-19 09:41 -0600", """
Hi Riley,

I'm the recruiter supporting our Supply Chain Analyst opening and I'd love to set
up a 30-minute phone interview to learn more about your background in demand
planning and your work with WMS data.

Please grab whatever time works best for you using the link below. The slots are
all in Central Time:

https://app.greenhouse.io/scheduling/halvorsen/3f9e2a71

Talk soon,
Priya

Priya Raman
Senior Talent Partner
Halvorsen Cold Chain | Minneapolis, MN
""", company="Halvorsen Cold Chain", contact="Priya", role="Supply Chain Analyst",
    notes="self-scheduling link; no fixed time")

add("rejection",
    "Marcus Lindqvist <mlindqvist@halvorsencold.com>",
    "Re: Thank you - final round", "2025-03-20 17:52 -0500", """
Riley,

Thank you for the note, and for the time you gave us during the final round last
week. The panel enjoyed the case discussion, especially your take on safety stock
for the frozen lanes.

This was a close decision, but we've chosen to offer the role to a candidate with
more hands-on experience in temperature-controlled network design. I know that's
not the news you were hoping for.

I'd be happy to stay in touch, and if a planning role opens on my team later this
year I'll reach out directly.

Best,
Marcus Lindqvist
Director, Network Planning
Halvorsen Cold Chain

-----Original Message-----
From: Riley Chen <riley.chen.careers@gmail.com>
Sent: Friday, March 14, 2025 4:10 PM
To: Marcus Lindqvist <mlindqvist@halvorsencold.com>
Subject: Thank you - final round

Hi Marcus, thank you again for the final-round interview on Thursday. I really
enjoyed meeting the panel and I'm excited about the opportunity to join the team.
""", company="Halvorsen Cold Chain", contact="Marcus", role="", diff="hard",
    notes="after final round; 'offer the role' to another candidate; quoted thank-you",
    reply="<CAK2riley0314thanks@mail.gmail.com>", cte="quoted-printable")

# --- Brightfold Packaging (Workday) ----------------------------------------
add("application_received",
    "Brightfold Packaging <brightfold@myworkday.com>",
    "Application Received: Demand Planner (R-10482)", "2025-04-15 11:27 -0400", "",
    html=html_of("""Dear Riley Chen,

Thank you for applying for the Demand Planner position (Job Requisition R-10482) at Brightfold Packaging Corporation.

We have received your application and it is now being reviewed. You can check the status of your application at any time by signing in to your candidate home account.

Sincerely,
Brightfold Talent Acquisition

This is a system-generated message. Please do not reply.""", "Brightfold"),
    html_only=True, company="Brightfold Packaging", role="Demand Planner",
    notes="Workday; HTML only; legal name in body")

add("on_hold",
    "Keisha Morrow <keisha.morrow@brightfoldpkg.com>",
    "Update on the Demand Planner search", "2025-05-21 15:08 -0400", """
Hi Riley,

I wanted to let you know personally where things stand. Late last week our
leadership team announced a freeze on all new hiring through at least the end of
Q3 while we work through the integration of the Dayton plant. That includes the
Demand Planner requisition, so we've had to stop the process for now.

This has nothing to do with your candidacy; your conversation with Alan went
really well. If the freeze lifts and the role is reopened, you'll be one of the
first people I call.

Thanks for your patience,
Keisha

Keisha Morrow | Talent Acquisition Partner
Brightfold Packaging
""", company="Brightfold Packaging", contact="Keisha", role="Demand Planner",
    notes="hiring freeze; praises candidate")

# --- Marisco Foods (Lever) --------------------------------------------------
add("application_received",
    "Marisco Foods <no-reply@hire.lever.co>",
    "We received your application - Marisco Foods", "2025-06-03 08:14 -0700", """
Hi Riley,

Thank you for applying to the Inventory Analyst position at Marisco Foods. We've
got your application and our team is taking a look.

Because we get a lot of interest in our roles, it can take a few weeks to get
back to everyone. We appreciate your patience!

Warmly,
The Marisco Foods Recruiting Team
""", company="Marisco Foods", role="Inventory Analyst", notes="Lever acknowledgement")

add("interview",
    "Daniela Ortiz <daniela.ortiz@mariscofoods.com>",
    "Invitation: Inventory Analyst interview - Riley Chen @ Thu Jun 12, 2025 1:30pm - 2:30pm (PDT)",
    "2025-06-10 10:15 -0700", """
You have been invited to the following event.

Inventory Analyst interview - Riley Chen
When: Thursday Jun 12, 2025 1:30pm - 2:30pm Pacific Time - Los Angeles
Where: Marisco Foods HQ, 2240 Harbor Dr, San Diego, CA (Room "Kelp")
Who: Daniela Ortiz (organizer), Tom Becker, Riley Chen

Hi Riley, looking forward to meeting you in person. Please check in at the front
desk and ask for me. Parking is free in the visitor lot.
- Daniela

Going? Yes - Maybe - No
Invitation from Google Calendar
""", ics=ics_event("marisco-ia-0612", "20250612T133000", "20250612T143000",
                   "Inventory Analyst interview - Riley Chen", "daniela.ortiz@mariscofoods.com",
                   "America/Los_Angeles"),
    company="Marisco Foods", contact="Daniela", role="Inventory Analyst",
    iat="2025-06-12T13:30:00-07:00", notes="calendar invitation with text/calendar part")

add("offer",
    "Daniela Ortiz <daniela.ortiz@mariscofoods.com>",
    "Your offer from Marisco Foods", "2025-06-27 12:40 -0700", """
Hi Riley,

It was great speaking with you this morning! As promised, I've attached your
formal offer letter for the Inventory Analyst position. It covers the base salary
we discussed ($78,500), the annual bonus target, benefits, and a proposed start
date of Monday, July 21.

Please review it, and let me know if you have any questions. If everything looks
good, you can sign it through the DocuSign link that will arrive separately. We'd
appreciate your answer by Thursday, July 3.

The whole team is excited, and Tom already asked whether you can make the July
planning offsite!

Daniela Ortiz
People & Culture | Marisco Foods
""", pdf="Marisco_Foods_Offer_Letter_R_Chen.pdf",
    company="Marisco Foods", contact="Daniela", role="Inventory Analyst",
    notes="offer letter attached as PDF")

# --- Tallgrass Mobility (Ashby) ---------------------------------------------
add("interview",
    "Tallgrass Mobility <no-reply@ashbyhq.com>",
    "Schedule your interview with Tallgrass", "2025-07-08 13:22 -0600", """
Hi Riley,

Thanks for applying to be an Operations Analyst at Tallgrass Mobility. We'd like
to invite you to a 45-minute video interview with Jordan Fitch, our Fleet
Operations Lead.

Pick a time that works for you:
https://jobs.ashbyhq.com/tallgrass/interview/schedule/9b0c4e

The interview will be on Zoom; the link will be in your confirmation.

Tallgrass Recruiting
""", html=html_of("""Hi Riley,

Thanks for applying to be an Operations Analyst at Tallgrass Mobility. We'd like to invite you to a 45-minute video interview with Jordan Fitch, our Fleet Operations Lead.

Pick a time that works for you: https://jobs.ashbyhq.com/tallgrass/interview/schedule/9b0c4e

Tallgrass Recruiting""", "Tallgrass"),
    company="Tallgrass Mobility", role="Operations Analyst", notes="Ashby scheduling link")

add("auto_reply",
    "Jordan Fitch <jordan.fitch@tallgrassmobility.com>",
    "Automatic reply: Re: Operations Analyst - follow-up", "2025-07-14 07:02 -0600", """
Thanks for your message. I'm on PTO and will be back on 7/21 with limited access
to email until then. For anything urgent regarding fleet operations, please
reach out to ops-oncall@tallgrassmobility.com.

Jordan
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    reply="<CAK2riley0714follow@mail.gmail.com>",
    company="Tallgrass Mobility", contact="Jordan", role="Operations Analyst", ret="2025-07-21",
    notes="return as 3/14-style numeric date")

add("rejection",
    "Tallgrass Mobility <no-reply@ashbyhq.com>",
    "Your application to Tallgrass Mobility", "2025-08-06 10:05 -0600", """
Hi Riley,

Thank you for taking the time to interview for our Operations Analyst role and for
the thoughtful conversation with Jordan.

After careful consideration, we won't be progressing your application to the next
stage. We know this isn't the outcome you were hoping for, and we genuinely
appreciate the effort you put into the process.

We'll hold on to your details and may reach out if a suitable role comes up.

All the best,
Tallgrass Recruiting
""", company="Tallgrass Mobility", role="Operations Analyst",
    notes="'won't be progressing'; mentions interview")

# --- Northpass Freight via Keystone Talent Partners (agency) ---------------
add("interview",
    "Bethany Kowalczyk <bkowalczyk@keystonetalent.com>",
    "Northpass wants to meet you!", "2025-08-04 16:20 -0400", """
Hi Riley,

Good news - I heard back from my contact at Northpass Freight about the
Transportation Analyst contract-to-hire role. The hiring manager, Luis, liked your
resume and would like to meet you over Teams this Thursday at 11:00 AM ET. It'll
be about 45 minutes, mostly about lane analysis and carrier scorecards.

I've told them you're available - let me know right away if that doesn't work and
I'll move it. I'll send the Teams link as soon as Luis's assistant forwards it.

Bethany Kowalczyk
Senior Recruiter, Supply Chain & Logistics
Keystone Talent Partners
(412) 555-0187
""", company="Northpass Freight", contact="Bethany", role="Transportation Analyst",
    diff="hard", iat="2025-08-07T11:00:00-04:00",
    notes="agency recruiter writing about client; relative day 'this Thursday'")

add("rejection",
    "Bethany Kowalczyk <bkowalczyk@keystonetalent.com>",
    "FW: Transportation Analyst - candidate feedback", "2025-08-15 12:31 -0400", """
Hi Riley,

Unfortunately, I got the note below from Northpass this morning. I'm sorry - I
thought the conversation went well too. I'll keep you in mind for the two other
logistics roles I'm working on and will call you next week.

Bethany

________________________________
From: Luis Carvajal <lcarvajal@northpassfreight.com>
Sent: Friday, August 15, 2025 9:12 AM
To: Bethany Kowalczyk <bkowalczyk@keystonetalent.com>
Subject: Transportation Analyst - candidate feedback

Bethany - thanks for sending Riley over. Nice person and sharp on the data side,
but we need someone who has run TMS implementations before, so we're going to
pass and continue with the other two finalists. Please let Riley know.

Luis
""", company="Northpass Freight", contact="Bethany", role="Transportation Analyst",
    diff="hard", notes="agency recruiter forwards client's decision; Outlook-style forward")

# --- Corvid Health Systems (iCIMS) -------------------------------------------
add("application_received",
    "Corvid Health Systems Careers <careers-noreply@icims.com>",
    "Corvid Health Systems: Thank you for applying", "2025-09-09 18:44 -0500", """
Dear Riley,

Thank you for your interest in Corvid Health Systems. This message confirms that
we received your application for the position of Supply Chain Data Analyst
(Req #2025-8871).

Our recruitment team will review your qualifications against the requirements of
the position. Due to the volume of applications, only candidates selected for an
interview will be contacted. If you are not selected, you will receive a
notification once the position has been filled.

Thank you,
Corvid Health Systems Talent Acquisition

Please do not reply to this email; this mailbox is not monitored.
""", hdr={"Auto-Submitted": "auto-generated"},
    company="Corvid Health Systems", role="Supply Chain Data Analyst", diff="hard",
    notes="acknowledgement describing interview and not-selected outcomes")

add("rejection",
    "Corvid Health Systems Careers <careers-noreply@icims.com>",
    "Your application for Supply Chain Data Analyst", "2025-10-02 09:00 -0500", """
Dear Riley,

Thank you for applying for the Supply Chain Data Analyst position at Corvid Health
Systems.

We have carefully reviewed your background and have decided to pursue other
applicants whose experience more closely matches the needs of this position.

We encourage you to visit our careers site regularly and apply for positions that
match your interests.

Best regards,
Corvid Health Systems Talent Acquisition
""", cte="base64", company="Corvid Health Systems", role="Supply Chain Data Analyst",
    notes="iCIMS template rejection; base64")

# --- Lagerhaus Brenner GmbH (Personio, German) -------------------------------
add("application_received",
    "Lagerhaus Brenner GmbH <noreply@lagerhaus-brenner.jobs.personio.de>",
    "Eingangsbestätigung Ihrer Bewerbung als Supply Chain Analyst (m/w/d)",
    "2025-10-07 13:18 +0200", """
Sehr geehrte Frau Chen,

vielen Dank für Ihre Bewerbung als Supply Chain Analyst (m/w/d) an unserem
Standort Hamburg-Billbrook und Ihr Interesse an der Lagerhaus Brenner GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig
und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Lagerhaus Brenner GmbH
""", cte="quoted-printable", company="Lagerhaus Brenner GmbH", role="Supply Chain Analyst (m/w/d)",
    lang="de", notes="German Personio acknowledgement")

add("interview",
    "Svenja Hartmann <s.hartmann@lagerhaus-brenner.de>",
    "Einladung zum Vorstellungsgespräch – Supply Chain Analyst (m/w/d)",
    "2025-10-14 10:02 +0200", """
Sehr geehrte Frau Chen,

wir freuen uns, Sie zu einem ersten Kennenlernen per Microsoft Teams einzuladen.

Termin: Dienstag, 21. Oktober 2025, 10:00 Uhr (MESZ)
Dauer: ca. 60 Minuten
Gesprächspartner: Herr Dr. Ole Brandt (Leitung Supply Chain) und ich

Den Teams-Link erhalten Sie am Vortag. Bitte bestätigen Sie uns den Termin kurz
per E-Mail.

Mit freundlichen Grüßen

Svenja Hartmann
Personalreferentin
Lagerhaus Brenner GmbH · Billbrookdeich 112 · 22113 Hamburg
""", cte="quoted-printable", company="Lagerhaus Brenner GmbH", contact="Svenja",
    role="Supply Chain Analyst (m/w/d)", lang="de", iat="2025-10-21T10:00:00+02:00",
    notes="German; Kennenlernen with fixed time")

add("rejection",
    "Svenja Hartmann <s.hartmann@lagerhaus-brenner.de>",
    "Ihre Bewerbung bei der Lagerhaus Brenner GmbH", "2025-11-05 16:47 +0100", """
Sehr geehrte Frau Chen,

nochmals herzlichen Dank für das angenehme Gespräch mit Herrn Dr. Brandt und mir.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, deren
Erfahrung mit SAP EWM unseren aktuellen Anforderungen noch näher kommt. Wir
bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Svenja Hartmann
Personalreferentin
Lagerhaus Brenner GmbH
""", cte="base64", company="Lagerhaus Brenner GmbH", contact="Svenja",
    role="", lang="de", notes="German rejection after interview; base64")

add("auto_reply",
    "Svenja Hartmann <s.hartmann@lagerhaus-brenner.de>",
    "Abwesenheitsnotiz: AW: Ihre Bewerbung bei der Lagerhaus Brenner GmbH",
    "2025-12-22 08:30 +0100", """
Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Januar 2026 nicht im
Büro. Ab dem 5. Januar 2026 bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an bewerbung@lagerhaus-brenner.de.

Mit freundlichen Grüßen
Svenja Hartmann
""", hdr={"Auto-Submitted": "auto-replied"}, reply="<CAK2riley1222frage@mail.gmail.com>",
    cte="quoted-printable", company="Lagerhaus Brenner GmbH", contact="Svenja",
    ret="2026-01-05", lang="de", notes="German Abwesenheitsnotiz")

# --- Groupe Aubrac Logistique (Teamtailor, French) -------------------------
add("application_received",
    "Groupe Aubrac Logistique <notifications@mail.teamtailor.com>",
    "Merci pour votre candidature – Analyste Supply Chain (H/F)", "2026-01-13 11:05 +0100", """
Bonjour Riley,

Merci pour votre candidature au poste d'Analyste Supply Chain (H/F) à Lyon !

Notre équipe recrutement l'étudie avec attention. Si votre profil correspond à
nos besoins, nous reviendrons vers vous pour organiser un premier échange. Dans
tous les cas, vous recevrez une réponse de notre part.

À très bientôt,
L'équipe Talents – Groupe Aubrac Logistique
""", html=html_of("""Bonjour Riley,

Merci pour votre candidature au poste d'Analyste Supply Chain (H/F) à Lyon !

Notre équipe recrutement l'étudie avec attention. Si votre profil correspond à nos besoins, nous reviendrons vers vous pour organiser un premier échange.

L'équipe Talents – Groupe Aubrac Logistique""", "Groupe Aubrac"),
    company="Groupe Aubrac Logistique", role="Analyste Supply Chain (H/F)", lang="fr",
    notes="French Teamtailor acknowledgement")

add("on_hold",
    "Élodie Marchand <elodie.marchand@aubrac-logistique.fr>",
    "Votre candidature – Analyste Supply Chain (H/F)", "2026-02-10 17:26 +0100", """
Bonjour Riley,

Je reviens vers vous concernant le poste d'Analyste Supply Chain. Suite à une
réorganisation de la direction des opérations, le recrutement est suspendu
jusqu'à nouvel ordre. Cette décision ne remet absolument pas en cause la qualité
de votre candidature, que l'équipe avait beaucoup appréciée.

Je ne manquerai pas de vous recontacter si le poste est rouvert.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Groupe Aubrac Logistique
""", cte="quoted-printable", company="Groupe Aubrac Logistique", contact="Élodie",
    role="Analyste Supply Chain (H/F)", lang="fr", notes="French; recruitment suspended")

add("auto_reply",
    "Élodie Marchand <elodie.marchand@aubrac-logistique.fr>",
    "Réponse automatique : Re: Votre candidature – Analyste Supply Chain (H/F)",
    "2026-02-11 09:14 +0100", """
Bonjour,

Je suis absente du bureau jusqu'au vendredi 20 février inclus, sans accès à mes
e-mails. Je traiterai votre message à mon retour, le lundi 23 février.

Pour toute urgence : recrutement@aubrac-logistique.fr

Cordialement,
Élodie Marchand
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    reply="<CAK2riley0211merci@mail.gmail.com>", cte="quoted-printable",
    company="Groupe Aubrac Logistique", contact="Élodie", role="Analyste Supply Chain (H/F)",
    ret="2026-02-23", lang="fr", notes="French absence message")

add("rejection",
    "Vaucluse Distribution <recrutement@vaucluse-distribution.fr>",
    "Suite à votre candidature", "2025-05-06 10:40 +0200", """
Madame,

Nous avons bien pris connaissance de votre candidature au poste de Responsable
Planification des Flux et vous remercions de l'intérêt porté à Vaucluse
Distribution.

Malheureusement, nous ne sommes pas en mesure d'y répondre favorablement, d'autres
profils correspondant davantage aux exigences du poste.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Ressources Humaines
Vaucluse Distribution
""", company="Vaucluse Distribution", role="Responsable Planification des Flux", lang="fr",
    notes="French formal rejection")

# --- Transportes Valdivia (Recruitee, Spanish) -------------------------------
add("application_received",
    "Transportes Valdivia <no-reply@recruitee.com>",
    "Hemos recibido tu candidatura", "2026-03-03 12:31 +0100", """
Hola Riley:

¡Gracias por tu interés en Transportes Valdivia! Hemos recibido correctamente tu
candidatura para el puesto de Analista de Operaciones Logísticas (Madrid).

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos,
nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Talento de Transportes Valdivia
""", cte="quoted-printable", company="Transportes Valdivia",
    role="Analista de Operaciones Logísticas", lang="es", notes="Spanish Recruitee acknowledgement")

add("interview",
    "Nuria Campos <nuria.campos@valdivia.es>",
    "Entrevista – Analista de Operaciones Logísticas", "2026-03-10 09:55 +0100", """
Hola Riley:

Tras revisar tu candidatura, nos gustaría conocerte. Te propongo una entrevista por
videollamada (Google Meet) el jueves 12 de marzo a las 16:00 (hora peninsular),
con una duración aproximada de 45 minutos. Estará también Javier Ruiz, responsable
de Planificación.

¿Me confirmas si te viene bien? Si no, buscamos otro hueco sin problema.

Un saludo,
Nuria Campos
Técnica de Selección · Transportes Valdivia
""", cte="quoted-printable", company="Transportes Valdivia", contact="Nuria",
    role="Analista de Operaciones Logísticas", lang="es", iat="2026-03-12T16:00:00+01:00",
    notes="Spanish; weekday and date without year")

add("offer",
    "Nuria Campos <nuria.campos@valdivia.es>",
    "Propuesta de incorporación – Transportes Valdivia", "2026-03-27 13:20 +0100", """
Hola Riley:

¡Enhorabuena! Después de las entrevistas con Javier y con dirección, nos alegra
comunicarte que queremos contar contigo como Analista de Operaciones Logísticas.

Te adjunto la carta con las condiciones: salario bruto anual de 41.000 €, modalidad
híbrida (tres días en oficina) e incorporación prevista el 4 de mayo. Te agradecería
una respuesta antes del 3 de abril.

Quedo a tu disposición para cualquier duda.

Un abrazo,
Nuria
""", pdf="Propuesta_Riley_Chen.pdf", cte="quoted-printable", company="Transportes Valdivia",
    contact="Nuria", role="Analista de Operaciones Logísticas", lang="es",
    notes="Spanish offer with PDF")

add("other",
    "Banco Litoral <avisos@bancolitoral.es>",
    "Tu solicitud de tarjeta no ha sido aprobada", "2026-04-08 08:05 +0200", """
Hola Riley:

Hemos revisado tu solicitud de la Tarjeta Litoral Oro. Lamentamos comunicarte que,
en este momento, no podemos aprobarla, ya que no cumples todavía los requisitos
de antigüedad de residencia.

Puedes volver a solicitarla dentro de seis meses. Si tienes dudas, estamos en el
900 555 123.

Banco Litoral
Este mensaje se ha generado automáticamente.
""", cte="quoted-printable", lang="es", diff="hard",
    notes="Spanish; credit card application declined ('lamentamos')")

# --- Rejections ---------------------------------------------------------------
add("rejection",
    "Hank Deluca <hank@pinebrookprovisions.com>",
    "Re: Logistics Coordinator - Pinebrook Provisions", "2025-01-22 19:03 -0500", """
Riley - appreciate you coming in Monday. Team went a different direction on this
one. Good luck out there.

Sent from my iPhone

> On Jan 21, 2025, at 8:15 AM, Riley Chen <riley.chen.careers@gmail.com> wrote:
>
> Hi Hank, thanks for the interview yesterday and the tour of the dock. I'd love to
> help tighten up the inbound scheduling we talked about.
""", reply="<CAK2riley0121hank@mail.gmail.com>", company="Pinebrook Provisions", contact="Hank",
    role="Logistics Coordinator", diff="hard",
    notes="curt note, no signature block; 'different direction'; quoted thank-you mentions interview")

add("rejection",
    "Quarry Lane Home <quarrylane@myworkday.com>",
    "Update on your application for Inventory Control Specialist", "2025-02-27 06:12 -0500", "",
    html=html_of("""Dear Riley,

Thank you for your interest in the Inventory Control Specialist role at Quarry Lane Home.

After reviewing your application, we have decided to pursue other applicants whose experience more closely matches the requirements of this role. We appreciate the time you invested and encourage you to apply for future openings that fit your skills.

Kind regards,
Quarry Lane Home Talent Acquisition""", "Quarry Lane Home"),
    html_only=True, cte="quoted-printable", company="Quarry Lane Home",
    role="Inventory Control Specialist", notes="Workday template rejection; HTML only")

add("rejection",
    "Rosa Abernathy <rosa.abernathy@tidemarkpharma.com>",
    "Procurement Analyst - following up", "2025-03-31 14:37 -0400", """
Hi Riley,

Thanks again for meeting with me and Greg a couple of weeks ago. I'm sorry for the
slow reply; we had a lot of strong people in the mix for our Procurement Analyst
opening.

We've ended up choosing someone whose background is closer to pharma-specific
sourcing, so we won't be moving ahead with your candidacy. That said, I was
genuinely impressed by your spend-cube work, and I'd be happy to introduce you to
a friend who leads indirect procurement at Altamonte Biologics - they're growing
and I think you'd be a strong fit there. Just reply and I'll make the intro.

Warmly,
Rosa

Rosa Abernathy
Sr. Manager, Strategic Sourcing | Tidemark Pharmaceuticals
""", company="Tidemark Pharmaceuticals", contact="Rosa", role="Procurement Analyst", diff="hard",
    notes="rejection plus referral offer to another company")

add("rejection",
    "Gwen Ostrowski <gwen@fernhollowcoffee.com>",
    "Re: Interview for Ops & Fulfillment Manager", "2025-04-23 11:58 -0700", """
Hi Riley,

Circling back on this - thank you for taking the time to talk with us. We've
decided to move forward with another candidate for the Ops & Fulfillment Manager
role. It was a tough call; you'd clearly be great at this work.

Take care, and thanks again.
Gwen
Fernhollow Coffee Roasters

On Tue, Apr 8, 2025 at 9:02 AM Gwen Ostrowski <gwen@fernhollowcoffee.com> wrote:
> Hi Riley! We'd love to have you in for an interview at the roastery on
> Thursday, April 10 at 2:00 PM. It'll be me and our head roaster, about an hour.
> Park in the back lot. Let me know if that works!
""", reply="<CAG0fernhollow0408@mail.gmail.com>", company="Fernhollow Coffee Roasters", contact="Gwen",
    role="Ops & Fulfillment Manager", diff="hard",
    notes="rejection reply quoting the earlier interview invitation with a time")

add("rejection",
    "Oren Sato <oren.sato@lumacrest.io>",
    "quick update", "2025-05-29 16:10 -0700", """
Hey Riley,

Wanted to close the loop personally: this one didn't work out. We're going with a
candidate who has more experience with Snowflake-based forecasting for the Demand
Analytics role here at Lumacrest. Really appreciated the energy you brought to the conversations.

Oren
""", company="Lumacrest", contact="Oren", role="Demand Analytics", diff="hard",
    notes="short, 'didn't work out'; no signature block")

add("rejection",
    "SmartRecruiters on behalf of Velland Group <noreply@smartrecruiters.com>",
    "Velland Group | Your application", "2025-06-18 10:20 +0100", """
Dear Riley,

Thank you for applying for the position of Logistics Data Analyst at Velland Group
(London).

We have reviewed your application and unfortunately your profile is not the right
match at this time. We will keep your details in our talent community and may
contact you about future vacancies.

Kind regards,
Velland Group Recruitment
""", company="Velland Group", role="Logistics Data Analyst",
    notes="SmartRecruiters 'not the right match at this time'")

add("rejection",
    "Cordwain Outdoor Careers <careers@jobvite.com>",
    "Regarding your application to Cordwain Outdoor", "2025-07-02 15:45 -0600", "",
    html=html_of("""Hi Riley,

Thank you for your interest in the Replenishment Analyst position with Cordwain Outdoor. We received many applications and, after careful review, we have filled the position with another candidate.

We appreciate your interest in Cordwain and wish you success in your search.

Cordwain Outdoor Recruiting""", "Cordwain Outdoor"),
    html_only=True, cte="base64", company="Cordwain Outdoor", role="Replenishment Analyst",
    notes="Jobvite; position filled; HTML only base64")

add("rejection",
    "Kessler Aerospace <kessler_recruiting@taleo.net>",
    "Kessler Aerospace - Requisition 45112 Materials Planner II", "2025-07-29 02:31 -0400", """
Dear Candidate,

Thank you for your interest in employment with Kessler Aerospace and for applying
to Requisition 45112, Materials Planner II.

We regret to inform you that you have not been selected for further consideration
for this position. Your profile will remain in our system, and you are welcome to
apply for other positions for which you meet the qualifications.

Sincerely,
Kessler Aerospace Human Resources

***This is an automated message. Please do not respond.***
""", hdr={"Auto-Submitted": "auto-generated"}, company="Kessler Aerospace",
    role="Materials Planner II", notes="Taleo 'Dear Candidate'; requisition number in subject")

add("rejection",
    "Anneke de Wit <anneke.dewit@parcelhopper.com>",
    "Your case study - thank you", "2025-09-17 13:05 -0400", """
Hi Riley,

Thank you for the case study you sent over last week. The team really liked how
clearly you laid out the carrier mix options and the cost model was easy to follow.

We discussed it as a group yesterday, and we've decided not to invite you to the
onsite round for the Network Operations Analyst role. The main gap for us was
experience with last-mile routing software, which is a big part of the day-to-day.

I hope this is useful feedback, and thank you for the effort you put in.

Anneke de Wit
Head of Network Operations, ParcelHopper
""", company="ParcelHopper", contact="Anneke", role="Network Operations Analyst", diff="hard",
    notes="rejection after take-home; mentions onsite round")

add("rejection",
    "Ahmed Siddiqui <asiddiqui@greystonemfg.com>",
    "Production Scheduler opening", "2025-10-20 12:02 -0500", """
Good afternoon Riley,

I wanted to let you know that we have extended an offer for our Production
Scheduler position, and the candidate has accepted. I enjoyed our two
conversations and appreciate your interest in Greystone.

Please don't hesitate to apply again in the future.

Regards,
Ahmed Siddiqui
Plant Manager
Greystone Manufacturing
""", company="Greystone Manufacturing", contact="Ahmed", role="Production Scheduler",
    diff="hard", notes="'extended an offer' to someone else")

add("rejection",
    "Nordhavn Retail Talent <no-reply@teamtailor.com>",
    "About your application for Merchandise Flow Analyst", "2025-11-12 09:30 +0100", """
Hi Riley,

Thanks for applying for the Merchandise Flow Analyst role at Nordhavn Retail and
for your patience while we reviewed applications.

We've now completed our review and we've chosen to move forward with other
candidates whose experience better fits what we need right now.

We wish you the best of luck with your job search.

The Nordhavn Retail Talent team
""", company="Nordhavn Retail", role="Merchandise Flow Analyst",
    notes="Teamtailor template; 'move forward' with others")

add("rejection",
    "Brightline Clinics Hiring <jobs@apply.workable.com>",
    "Your application at Brightline Clinics", "2025-12-03 18:15 -0800", """
Hi Riley,

Thank you for your interest in the Supply Operations Coordinator role at Brightline
Clinics.

We've reviewed your application and at this stage we are not able to take it
further. We'll keep your details on file and let you know if a role that matches
your experience opens up.

Best wishes,
Brightline Clinics Hiring Team
""", cte="base64", company="Brightline Clinics", role="Supply Operations Coordinator",
    notes="Workable template; base64")

add("rejection",
    "Imogen Castellanos <imogen.castellanos@hollisterlane.com>",
    "Thank you, Riley", "2026-01-28 17:40 -0500", """
Hi Riley,

I wanted to write to you myself rather than have this come through the system.

First, thank you. You were one of the most prepared candidates we met for the
Fulfillment Operations Lead role. The way you walked the panel through the pick
path redesign at your last company is something two of my leads are still
talking about.

We've decided to offer the position to an internal candidate who has been running
our second shift on an interim basis. Honestly, it came down to familiarity with
our building rather than anything you did or didn't do.

I'd genuinely like to keep in touch. If you're open to it, I'll connect on
LinkedIn, and please reach out if you ever want a reference point on the DC world
in Columbus.

With gratitude,
Imogen

Imogen Castellanos
Director, Fulfillment Operations
Hollister Lane
""", company="Hollister Lane", contact="Imogen", role="Fulfillment Operations Lead", diff="hard",
    notes="warm, long; internal candidate; keep in touch")

add("rejection",
    "Talent Team at Orrin Analytics <talent@orrinanalytics.com>",
    "Orrin Analytics - Business Intelligence Analyst", "2026-02-24 11:11 -0800", """
Hello Riley,

We appreciate the time you spent interviewing for the Business Intelligence Analyst
position. We have decided not to move forward with your candidacy. Please note
that the position remains open while we continue our search, so you may still see
it posted on our site.

Thank you again and best of luck.

Orrin Analytics Talent Team
""", company="Orrin Analytics", role="Business Intelligence Analyst", diff="hard",
    notes="'position remains open' could look like on_hold")

add("rejection",
    "Olivia from Fairmart <olivia@paradox.ai>",
    "Fairmart - Distribution Center Operations Supervisor", "2026-03-18 20:45 -0500", """
Hi Riley, this is Olivia, the virtual recruiting assistant for Fairmart.

Thank you for your interest in the Distribution Center Operations Supervisor
position at our Joliet DC. The hiring team has reviewed your application and has
decided not to move forward at this time.

You can search and apply for other Fairmart jobs anytime at careers.fairmart.com.
Reply STOP to opt out of messages.
""", company="Fairmart", role="Distribution Center Operations Supervisor",
    notes="Paradox virtual assistant")

add("rejection",
    "Copperleaf Credit Union <notifications@app.bamboohr.com>",
    "Thank you for your interest in Copperleaf Credit Union", "2026-04-14 10:00 -0600", """
Hi Riley,

Thank you for your interest in the Operations Data Analyst position with Copperleaf
Credit Union. After reviewing all the applications we received, we have decided to
move forward with applicants whose qualifications better meet our needs at this
time.

We will keep your resume on file should a future opening match your background.

Sincerely,
Copperleaf Credit Union Human Resources
""", company="Copperleaf Credit Union", role="Operations Data Analyst",
    notes="BambooHR template; keep resume on file")

add("rejection",
    "Saanvi Iyer <saanvi.iyer@trellisfarms.ca>",
    "S&OP Analyst - update", "2026-05-07 15:22 -0600", """
Hi Riley,

Thank you for coming out to the greenhouse for the final interview and for meeting
the whole planning team. Everyone enjoyed the afternoon.

After a lot of discussion, we're not going to be able to offer you the S&OP
Analyst role. We felt that another finalist's experience in perishables planning
was a closer fit for where the business is this year.

I know how much time you invested and I'm grateful for it. Please keep an eye on
our careers page - we expect to add two planning roles in Calgary next spring.

Kind regards,
Saanvi Iyer
Manager, Sales & Operations Planning
Trellis Farms
""", company="Trellis Farms", contact="Saanvi", role="S&OP Analyst", diff="hard",
    notes="after final interview; 'not able to offer you'")

add("rejection",
    "Quillon Mobility Recruiting <no-reply@ashbyhq.com>",
    "Following up on your Quillon application", "2026-06-10 08:48 -0400", """
Hi Riley,

Thanks so much for your interest in joining Quillon as a Supply Planning Analyst.

Unfortunately, we won't be moving forward with your application. Because of the
high volume of applicants, we're not able to share individual feedback.

We hope you'll consider Quillon for future roles.

Quillon Recruiting
""", html=html_of("""Hi Riley,

Thanks so much for your interest in joining Quillon as a Supply Planning Analyst.

Unfortunately, we won't be moving forward with your application. Because of the high volume of applicants, we're not able to share individual feedback.

Quillon Recruiting""", "Quillon"),
    company="Quillon Mobility", role="Supply Planning Analyst", notes="Ashby template rejection")

add("rejection",
    "Harlan Brooks <harlan.brooks@brooksbridgesearch.com>",
    "Re: Sourcing Manager - Dunmore Industrial", "2026-08-12 13:30 -0400", """
Riley,

Quick one: Dunmore has come back and they're going to move ahead with two other
candidates for final interviews, so they won't be bringing you in. Their feedback
was mainly around direct-materials category experience.

Don't read too much into it - I'll keep sending things your way.

Harlan Brooks
Partner | Brooks Bridge Search
""", reply="<CAK2riley0810dunmore@mail.gmail.com>", company="Dunmore Industrial", contact="Harlan",
    role="Sourcing Manager", diff="hard",
    notes="agency recruiter on behalf of client; mentions final interviews")

add("rejection",
    "Recruiting at Westwater Utilities <recruiting@westwaterutilities.com>",
    "Application status: Warehouse & Fleet Analyst", "2026-10-06 09:15 -0700", """
Dear Riley Chen,

Thank you for applying to the Warehouse & Fleet Analyst position (Posting
#WU-2026-311). The selection committee has completed its review, and we regret to
inform you that you were not selected to proceed to the interview stage.

We thank you for your interest in a career with Westwater Utilities.

Human Resources Department
Westwater Utilities
""", company="Westwater Utilities", role="Warehouse & Fleet Analyst",
    notes="formal public-sector style; not selected for interview stage")

add("rejection",
    "Talia Brennan <talia@kettleandoak.com>",
    "thanks riley", "2026-11-04 21:10 -0500", "",
    html="""<div dir="ltr">Hi Riley,<br><br>Thank you for chatting with me and Sam last week about the Operations Manager job. We loved your ideas for the wholesale side, but we've decided to hire someone from within the team who's been covering the role.<br><br>It really wasn't an easy call. Please don't be a stranger, and if you're ever in Portland the coffee's on us.<br><br>Talia<br>Kettle &amp; Oak Provisions</div>""",
    html_only=True, company="Kettle & Oak Provisions", contact="Talia", role="Operations Manager",
    diff="hard", notes="HTML-only personal note; internal hire; no rejection keywords")

# --- On hold ----------------------------------------------------------------
add("on_hold",
    "Ridgeway Beverage <ridgewaybev@myworkday.com>",
    "Your application for Logistics Planner", "2025-03-12 04:17 -0500", """
Dear Riley Chen,

Thank you for your interest in the Logistics Planner position at Ridgeway Beverage
Co.

The job requisition for this position has been cancelled, and as a result your
application will no longer be considered for this opening. We encourage you to
review other open positions on our careers site.

Sincerely,
Ridgeway Beverage Co. Talent Acquisition
""", company="Ridgeway Beverage Co.", role="Logistics Planner", diff="hard",
    notes="requisition cancelled; reads like an ATS rejection")

add("on_hold",
    "Devin Akers <devin.akers@sablebaysupply.com>",
    "Analytics Manager search", "2025-06-24 10:48 -0700", """
Hi Riley,

Quick update from my side. Our CFO asked us this week to hold off on adding any
new headcount until the Q3 budget review, so I'm pausing this search for the
Supply Chain Analytics Manager role for now. I expect to know more by mid-August.

I liked our conversation and I'd like to pick it back up if the role gets the
green light again. Mind if I reach out then?

Devin Akers
VP Operations, Sable Bay Supply
""", company="Sable Bay Supply", contact="Devin", role="Supply Chain Analytics Manager",
    notes="pausing the search until budget review")

add("on_hold",
    "Meredith Tran <mtran@lakeshoremedsupply.com>",
    "Re: Inventory Analyst role", "2025-08-26 13:26 -0500", """
Hi Riley,

Thanks for checking in. I have some disappointing news: the Inventory Analyst role
is no longer open. Last week the headcount was moved to our Memphis facility as
part of a broader network change, and we aren't filling the Chicago seat at all.

I'm sorry to deliver this after you'd already met with the team. It's purely a
business decision on our side.

Meredith

Meredith Tran
Recruiting Manager | Lakeshore Medical Supply
""", reply="<CAK2riley0825checkin@mail.gmail.com>", company="Lakeshore Medical Supply",
    contact="Meredith", role="Inventory Analyst", diff="hard",
    notes="'no longer open'; headcount moved; sounds like a rejection")

add("on_hold",
    "Callum Reyes <callum.reyes@ambergatelogistics.com>",
    "Operations Analyst - where things stand", "2025-10-29 11:03 -0400", """
Hi Riley,

Thank you for your patience since your panel interview on the 16th. I owe you a
straight answer: we have put the Operations Analyst search on hold. We lost a
large retail account this month, and until we know how volumes settle, the
leadership team has stopped all backfill and new hiring.

I know that's frustrating after a strong interview loop. If and when we restart,
I'd like to pick up with you at the final-round stage rather than from scratch.

Regards,
Callum Reyes
Talent Acquisition Lead
Ambergate Logistics
""", company="Ambergate Logistics", contact="Callum", role="Operations Analyst", diff="hard",
    notes="search on hold after panel interview; mentions final round")

add("on_hold",
    "Finch & Barrow <no-reply@us.greenhouse-mail.io>",
    "An update on the Procurement Specialist role", "2026-01-07 12:00 -0500", """
Hi Riley,

Thank you for applying to the Procurement Specialist role at Finch & Barrow.

We wanted to let you know that this position has been closed and we are no longer
hiring for it. This decision was not related to your application or
qualifications.

We hope you'll keep an eye on our careers page for future openings.

Finch & Barrow Recruiting
""", company="Finch & Barrow", role="Procurement Specialist",
    notes="Greenhouse template; position closed, not hiring")

add("on_hold",
    "Northern Reach Energy Careers <careers@northernreach.ca>",
    "Materials Coordinator competition - status update", "2026-04-29 14:40 -0600", """
Hello Riley,

We are writing to everyone who applied to competition NRE-26-044, Materials
Coordinator (Fort McMurray).

Due to a delay in project funding approval, Northern Reach Energy has placed a
temporary hold on all external hiring. This competition will remain suspended
until the hold is lifted. We will contact applicants directly if the competition
resumes.

Thank you for your interest and your patience.

People Services
Northern Reach Energy
""", company="Northern Reach Energy", role="Materials Coordinator",
    notes="Canadian employer; funding hold on external hiring")

add("on_hold",
    "Paula Hendricks <paula.hendricks@copperstatepharmacy.com>",
    "RE: Pharmacy Supply Chain Analyst - next steps?", "2026-09-02 09:12 -0700", """
Hi Riley,

Apologies for the radio silence. With the merger with Desert Crest now closed, the
Pharmacy Supply Chain Analyst position has been eliminated in the combined org
chart. There isn't a role to fill anymore, so the process is closed.

You were a great candidate and I'm sorry it ended this way.

Paula Hendricks
HR Business Partner
Copper State Pharmacy

From: Riley Chen <riley.chen.careers@gmail.com>
Sent: Monday, August 24, 2026 8:30 AM
To: Paula Hendricks <paula.hendricks@copperstatepharmacy.com>
Subject: Pharmacy Supply Chain Analyst - next steps?

Hi Paula, I hope you're well. I wanted to follow up on my final-round interview
from two weeks ago and ask whether there's an update on timing. Thanks!
""", reply="<CAK2riley0824nextsteps@mail.gmail.com>", company="Copper State Pharmacy",
    contact="Paula", role="Pharmacy Supply Chain Analyst", diff="hard",
    notes="role eliminated after merger; Outlook-style quote mentions final round")

add("on_hold",
    "Redwood Parcel Recruiting <no-reply@hire.lever.co>",
    "Redwood Parcel: Hub Operations Analyst update", "2026-10-21 16:00 -0700", """
Hi Riley,

We wanted to give you an update on the Hub Operations Analyst opening. Our hiring
manager has decided to pause this search while the team reviews its plans for
2027. Your application will stay active, and we'll be in touch if the process
restarts.

Thanks for your interest in Redwood Parcel.

Redwood Parcel Recruiting
""", company="Redwood Parcel", role="Hub Operations Analyst", notes="Lever; search paused")

# --- Interviews ---------------------------------------------------------------
add("interview",
    "Theo Vasquez <theo@crateandcompass.co>",
    "Let's chat?", "2025-03-05 20:14 -0500", """
Hi Riley,

Theo here - I run operations at Crate & Compass. Saw your application for our
Operations Lead opening and your background in 3PL onboarding is exactly what
we need.

Would you be up for a quick 30-min video chat next week so we can get to know
each other? Grab any slot here: https://calendly.com/theo-crateandcompass/30min

Cheers,
Theo
""", company="Crate & Compass", contact="Theo", role="Operations Lead", diff="hard",
    notes="Calendly 'quick chat' from hiring manager; no word interview")

add("interview",
    "Helix Wearables Recruiting <scheduling@goodtime.io>",
    "Interview Confirmed: Helix Wearables - Demand Planning Analyst", "2025-09-23 14:08 -0700", """
Hi Riley,

Your interview has been scheduled. Details below:

Position: Demand Planning Analyst
Date: Monday, September 29, 2025
Time: 10:00 AM - 11:00 AM PDT
Format: Zoom video (link: https://helixwearables.zoom.us/j/81234567890)
Interviewers: Anika Sorensen (Senior Manager, Demand Planning)

To reschedule, please use this link at least 24 hours in advance:
https://app.goodtime.io/reschedule/hx-5b2c71

Good luck!
Helix Wearables Recruiting Team
Powered by GoodTime
""", html=html_of("""Hi Riley,

Your interview has been scheduled.

Position: Demand Planning Analyst
Date: Monday, September 29, 2025
Time: 10:00 AM - 11:00 AM PDT
Format: Zoom video

Helix Wearables Recruiting Team""", "Helix Wearables"),
    company="Helix Wearables", role="Demand Planning Analyst", iat="2025-09-29T10:00:00-07:00",
    notes="GoodTime confirmation")

add("interview",
    "Stonebridge Distribution <itinerary@modernloop.io>",
    "Your onsite itinerary - Stonebridge Distribution", "2025-11-06 10:30 -0500", """
Hi Riley,

We're looking forward to hosting you for your onsite for the Senior Inventory
Planner role! Here is your schedule for Wednesday, November 12, 2025 (all times
Eastern):

 9:00 AM - 9:15 AM   Welcome & badge pickup - Marisol Greer (Recruiting)
 9:15 AM - 10:00 AM  Planning deep dive - Kofi Mensah (Director, Inventory)
10:00 AM - 10:45 AM  Excel / SQL exercise - Laura Pike (Sr. Analyst)
10:45 AM - 11:30 AM  Warehouse walk-through - Dwayne Harris (DC Manager)
11:30 AM - 12:15 PM  Lunch with the team

Location: 4100 Commerce Pkwy, Columbus, OH 43219. Wear closed-toe shoes for the
floor tour.

See you soon,
Marisol Greer
Recruiting Coordinator, Stonebridge Distribution

Sent via ModernLoop
""", company="Stonebridge Distribution", contact="Marisol", role="Senior Inventory Planner",
    iat="2025-11-12T09:00:00-05:00", notes="ModernLoop onsite itinerary; start of first session")

add("interview",
    "Ingrid Falk <ingrid.falk@polarisfreightsystems.com>",
    "Re: tomorrow", "2026-01-14 16:30 -0800", """
Hi Riley, something came up on my end for 11. Could we move tomorrow's call to
3pm instead? Same Teams link. Sorry for the shuffle!

Ingrid

On Fri, Jan 9, 2026 at 2:12 PM Riley Chen <riley.chen.careers@gmail.com> wrote:
> Thursday at 11 works great, thank you! Looking forward to talking about the
> Carrier Relations Analyst role.
""", reply="<CAK2riley0109ingrid@mail.gmail.com>", company="Polaris Freight Systems",
    contact="Ingrid", role="Carrier Relations Analyst", diff="hard",
    iat="2026-01-15T15:00:00-08:00",
    notes="reschedule in reply thread; relative 'tomorrow'; company only in domain")

add("interview",
    "Wren Okonkwo <wren.okonkwo@saltmeadowgoods.com>",
    "Saltmeadow Goods - next step: planning exercise", "2026-02-03 11:20 -0500", """
Hi Riley,

Thanks for the great conversation last Thursday. As a next step we'd like you to
complete a short planning exercise: you'll get a sample of 18 months of SKU-level
sales and a few constraints, and we'd like a reorder plan plus a one-page summary.
It should take about three hours; please send it back within a week.

After that, we'll set up a 60-minute session where you walk Wren (me), our COO,
and one of our planners through your approach. I'll send times once I have your
submission.

The files are in this folder: https://drive.saltmeadowgoods.com/s/ex-riley

Best,
Wren Okonkwo
Head of Supply Planning | Saltmeadow Goods
""", company="Saltmeadow Goods", contact="Wren", role="", notes="take-home exercise plus review session")

add("interview",
    "Bea Lund <bea.lund@ostlerandgray.com>",
    "Your application", "2025-04-02 12:50 -0400", """
Hi Riley,

I'm the hiring manager for the Purchasing Coordinator role at Ostler & Gray. Do you
have 20 minutes sometime this week for a phone call? I'd like to hear more about
your vendor management work and tell you a bit about the team.

Let me know a couple of times that work, and the best number to reach you.

Bea
""", company="Ostler & Gray", contact="Bea", role="Purchasing Coordinator", diff="hard",
    notes="phone screen request without the word interview; no signature block")

add("interview",
    "Jasper Nguyen <jasper.nguyen@cobaltrail.com>",
    "Re: Rail Operations Analyst - availability", "2026-04-20 09:41 -0400", """
No problem at all, Riley - Wednesday the 22nd at 1:30 PM Eastern works for us.
I've sent the calendar hold with the Zoom link. You'll meet me and Keira from
network planning.

Jasper

On Sun, Apr 19, 2026 at 7:22 PM Riley Chen <riley.chen.careers@gmail.com> wrote:
> Hi Jasper, unfortunately I have a conflict on Monday afternoon and won't be
> able to make it. Would Wednesday after 1 PM work instead? Sorry for the hassle.
""", reply="<CAK2riley0419jasper@mail.gmail.com>", company="Cobalt Rail", contact="Jasper",
    role="Rail Operations Analyst", diff="hard", iat="2026-04-22T13:30:00-04:00",
    notes="confirmation in reply; quoted text says 'unfortunately'")

add("interview",
    "Sunward Grocers Talent <noreply@hirevue.com>",
    "Sunward Grocers: Complete your video interview", "2025-05-13 07:00 -0500", """
Hello Riley,

Sunward Grocers has invited you to complete an on-demand video interview for the
Replenishment Analyst position.

You'll answer five questions on your own time; you can use a computer or phone with
a camera. Please complete the interview by Monday, May 19 at 11:59 PM CT.

Start your interview: https://app.hirevue.com/interviews/sunward/ra-77c1

Thank you,
Sunward Grocers Talent Acquisition
""", company="Sunward Grocers", role="Replenishment Analyst",
    notes="one-way recorded video interview with deadline (not a start time)")

add("interview",
    "Tessellate Health <no-reply@hire.lever.co>",
    "Interview confirmation: Operations Data Analyst", "2026-05-19 15:44 -0700", """
Hi Riley,

This is to confirm your technical interview for the Operations Data Analyst role at
Tessellate Health:

Friday, May 22, 2026 at 9:00 AM PT (60 minutes)
Google Meet: https://meet.google.com/xtr-pqwe-hnm
With: Farah Haddad (Analytics Manager) and Ben Ostrowski (Data Engineer)

Expect a live SQL exercise (joins, window functions) and a discussion of a
dashboard you've built. No preparation needed beyond a working browser.

Tessellate Health Recruiting
""", company="Tessellate Health", role="Operations Data Analyst",
    iat="2026-05-22T09:00:00-07:00", notes="Lever technical interview confirmation")

add("interview",
    "Marguerite Olsen <molsen@bluefinseafoodco.com>",
    "Unfortunately need to move your interview", "2026-06-04 08:05 -0400", """
Hi Riley,

Unfortunately our hiring manager, Pete, is out sick today, so we won't be able to
hold this afternoon's interview. I'm so sorry for the late notice!

Pete has asked if you could do Monday at 10 AM instead, same place (our Gloucester
office). Please let me know if that works and I'll update the invite.

Thanks for understanding,
Marguerite Olsen
Office Manager, Bluefin Seafood Co.
""", company="Bluefin Seafood Co.", contact="Marguerite", role="", diff="hard",
    iat="2026-06-08T10:00:00-04:00",
    notes="'unfortunately' in subject; reschedule to relative 'Monday at 10'")

add("interview",
    "Olivia at Hartline Stores <olivia@paradox.ai>",
    "Your interview with Hartline Stores is scheduled", "2026-06-05 18:32 -0500", """
Hi Riley! Great news - your interview for Inventory Control Lead at the Hartline
Stores Fort Worth distribution center is scheduled.

When: Tue, Jun 9 at 2:00 PM CDT
Where: 8800 Blue Mound Rd, Fort Worth, TX - check in at the security gate
Who: Shawn Patel, Operations Manager

Reply R to reschedule or C to cancel.
- Olivia, Hartline Stores virtual assistant
""", company="Hartline Stores", role="Inventory Control Lead", iat="2026-06-09T14:00:00-05:00",
    notes="Paradox confirmation")

add("interview",
    "Nadine Koury <nadine.koury@quayside.com>",
    "Final round - Quayside Logistics", "2026-07-08 10:10 -0400", """
Hi Riley,

Congratulations - the team would like to bring you in for the final round for the
Network Planning Analyst role! It's a 3-hour virtual loop: a presentation of your
case study, then conversations with our VP of Network Strategy and two peers.

Could you let me know which of these works?

- Tuesday, July 14, 1:00-4:00 PM ET
- Thursday, July 16, 9:00 AM-12:00 PM ET
- Friday, July 17, 12:30-3:30 PM ET

Best,
Nadine Koury
Talent Acquisition, Quayside Logistics
""", company="Quayside Logistics", contact="Nadine", role="Network Planning Analyst",
    notes="final round with list of slots; no single time")

add("interview",
    "Harcourt & Pell <noreply@smartrecruiters.com>",
    "Interview invitation - Harcourt & Pell", "2026-07-14 11:25 +0100", """
Dear Riley,

Thank you for your application for the role of Supply Chain Insights Analyst. We
are pleased to invite you to an interview with our hiring panel.

Date: Thursday 23 July 2026
Time: 15:00 London time
Location: Microsoft Teams (a link will follow)
Panel: Oliver Grant (Head of Supply Chain), Priya Desai (HR Business Partner)

Please confirm your attendance using the button in this email.

Kind regards,
Harcourt & Pell Talent Acquisition
""", company="Harcourt & Pell", role="Supply Chain Insights Analyst",
    iat="2026-07-23T15:00:00+01:00", notes="SmartRecruiters; London time during BST")

add("interview",
    "Gord Halloran <gord.halloran@prairieline.ca>",
    "come see the DC", "2026-08-27 17:55 -0600", """
Riley,

Good talking Monday. Next step is for you to come by the Nisku DC Tuesday at 8am
so you can see the operation and meet the shift leads. Plan on about two hours -
we'll do a walk of the floor and then sit down with me and Anita from HR to talk
through the Operations Supervisor job in more detail.

Bring steel toes if you have them, we'll have vests.

Gord
Prairieline Distribution
""", company="Prairieline Distribution", contact="Gord", role="Operations Supervisor", diff="hard",
    iat="2026-09-01T08:00:00-06:00",
    notes="informal; relative 'Tuesday at 8am'; site visit + sit-down without word interview")

add("interview",
    "Lanternfish Studios Hiring <jobs@apply.workable.com>",
    "Interview confirmed: Production Operations Coordinator", "2026-09-15 13:02 -0400", "",
    html=html_of("""Hi Riley,

Your interview with Lanternfish Studios is confirmed.

Role: Production Operations Coordinator
When: Thursday, September 17, 2026, 11:30 AM EDT (45 min)
Where: Google Meet

We've attached a calendar invitation. If you need to reschedule, reply to this email.

Lanternfish Studios Hiring Team""", "Lanternfish Studios"),
    html_only=True, cte="base64",
    ics=ics_event("lanternfish-poc-0917", "20260917T153000Z", "20260917T161500Z",
                  "Interview: Production Operations Coordinator", "jobs@apply.workable.com"),
    company="Lanternfish Studios", role="Production Operations Coordinator",
    iat="2026-09-17T11:30:00-04:00", notes="Workable; HTML base64; ics in UTC")

add("interview",
    "Samir Haddad <samir@tollgaterecruiting.com>",
    "Fwd: Riley Chen - Logistics Manager", "2026-10-13 08:22 -0400", """
Riley - see below, Meera at Evergreen Rail Services wants to talk! Can you send
me three or four windows over the next week and I'll coordinate with her?

Samir

---------- Forwarded message ---------
From: Meera Joshi <meera.joshi@evergreenrail.com>
Date: Mon, Oct 12, 2026 at 5:47 PM
Subject: Riley Chen - Logistics Manager
To: Samir Haddad <samir@tollgaterecruiting.com>

Samir, thanks for sending Riley's profile. I'd like to set up a first interview
for the Logistics Manager position - 45 minutes, video. Please share availability.

Meera Joshi
Director of Logistics, Evergreen Rail Services
""", company="Evergreen Rail Services", contact="Samir", role="Logistics Manager", diff="hard",
    notes="agency recruiter forwards hiring manager's request; no time yet")

# --- Offers -----------------------------------------------------------------
add("offer",
    "Nate Whitcombe <nate.whitcombe@glenmorefoods.com>",
    "Welcome aboard (almost!)", "2025-12-10 17:20 -0500", """
Riley,

Great talking with you this afternoon - I'm thrilled you're excited about joining
us. As discussed, here is a recap in writing until HR sends the formal paperwork:

- Title: Senior Demand Planner
- Base: $96,000, plus 10% annual bonus target
- Start: Monday, January 12
- Hybrid: Tuesdays through Thursdays in the Toronto office

HR (Alexis) will send the documents through our portal tomorrow. Once you've
signed, we'll get your laptop shipped.

Nate Whitcombe
Director, Demand Planning
Glenmore Foods
""", company="Glenmore Foods", contact="Nate", role="Senior Demand Planner", diff="hard",
    notes="written recap of a verbal offer; never says 'offer'")

add("offer",
    "Fairweather Logistics <no-reply@us.greenhouse-mail.io>",
    "Your offer from Fairweather Logistics is ready", "2026-02-19 10:31 -0800", """
Hi Riley,

Congratulations! Fairweather Logistics has sent you an offer for the Operations
Analytics Lead position.

Review and sign your offer letter here:
https://app.greenhouse.io/offers/fwl/7c1a9e2d

This link expires in 7 days. If you have questions about your offer, please
contact your recruiter, Lena Morales (lena.morales@fairweatherlogistics.com).

Fairweather Logistics Recruiting
""", html=html_of("""Hi Riley,

Congratulations! Fairweather Logistics has sent you an offer for the Operations Analytics Lead position.

Review and sign your offer letter here: https://app.greenhouse.io/offers/fwl/7c1a9e2d

Fairweather Logistics Recruiting""", "Fairweather Logistics"),
    company="Fairweather Logistics", contact="Lena", role="Operations Analytics Lead",
    notes="Greenhouse offer notice; names recruiter as contact")

add("offer",
    "Yusuf Aksoy <yusuf.aksoy@bellwetherhealth.org>",
    "Offer of Employment - Supply Chain Analyst II", "2026-07-30 14:14 -0400", """
Dear Riley,

On behalf of Bellwether Health, I am pleased to offer you the position of Supply
Chain Analyst II in our Materials Management department, reporting to Carla
Jimenez. Your starting annual salary will be $84,000, and your anticipated start
date is August 24, 2026.

This offer is contingent upon the successful completion of a background check and
pre-employment health screening. The attached letter outlines benefits and other
terms. Please return a signed copy by August 5.

We look forward to welcoming you.

Sincerely,
Yusuf Aksoy
Talent Acquisition Specialist
Bellwether Health
""", pdf="Bellwether_Offer_SCA_II.pdf", company="Bellwether Health", contact="Yusuf",
    role="Supply Chain Analyst II", notes="formal offer, contingent; PDF attached")

add("offer",
    "Bethany Kowalczyk <bkowalczyk@keystonetalent.com>",
    "Good news from Ashgrove!", "2026-10-28 11:47 -0400", """
Hi Riley,

I just got off the phone with Ashgrove Materials and they'd like to bring you on
for the 9-month Inventory Optimization Analyst contract! They're proposing
$52/hour through Keystone, starting November 9, with a strong chance of
conversion in the spring.

Can you give me a call today so we can go over the details before I send the
paperwork? If you want to counter on the rate, now's the time.

Bethany Kowalczyk
Senior Recruiter, Supply Chain & Logistics
Keystone Talent Partners
""", company="Ashgrove Materials", contact="Bethany", role="Inventory Optimization Analyst",
    diff="hard", notes="agency contract offer on behalf of a client; no word 'offer'")

# --- Application received ----------------------------------------------------
add("application_received",
    "Juniper Ridge Outfitters <notifications@app.bamboohr.com>",
    "Thanks for applying to Juniper Ridge Outfitters!", "2025-01-16 09:02 -0700", """
Hi Riley,

Thanks for applying for our Fulfillment Operations Lead position! We've received
your application and will review it soon. If your skills and experience are a
good match, we'll be in touch about next steps.

Happy trails,
Juniper Ridge Outfitters
""", company="Juniper Ridge Outfitters", role="Fulfillment Operations Lead",
    notes="BambooHR acknowledgement")

add("application_received",
    "Ashcombe Foodservice Careers <careers@ashcombefs.com>",
    "Application confirmation - Warehouse Operations Analyst", "2025-02-04 03:44 -0500", """
Dear Riley,

Thank you for submitting your application for the Warehouse Operations Analyst
position at Ashcombe Foodservice.

Unfortunately, due to the high number of applications we receive, we are unable to
respond to each applicant individually. Our recruiters will contact the
applicants whose qualifications best match the role.

We appreciate your interest in Ashcombe.

Ashcombe Foodservice Recruiting
""", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    company="Ashcombe Foodservice", role="Warehouse Operations Analyst", diff="hard",
    notes="'Unfortunately' in an acknowledgement")

add("application_received",
    "Wexford Medical Devices Careers <careers@jobvite.com>",
    "Wexford Medical Devices: We've received your application", "2025-05-27 14:20 -0400", "",
    html=html_of("""Hello Riley,

Thank you for applying for the Supplier Quality & Logistics Analyst position at Wexford Medical Devices. Your application has been received and is being reviewed by our talent team.

You can track the status of your application in your Jobvite candidate profile.

Regards,
Wexford Talent Acquisition""", "Wexford Medical Devices"),
    html_only=True, company="Wexford Medical Devices", role="Supplier Quality & Logistics Analyst",
    notes="Jobvite; HTML only")

add("application_received",
    "Carrow Energy Recruiting <carrow_energy@taleo.net>",
    "Carrow Energy - Application Confirmation - Req 88217", "2025-08-19 22:05 -0500", """
Dear Riley Chen,

This is to confirm that Carrow Energy has received your application for
Requisition 88217, Supply Chain Coordinator - Midland, TX.

Your application will be reviewed by our Talent Acquisition team. You may view
the status of your submission at any time through the Carrow Energy Career
Section.

Please do not reply to this message.

Carrow Energy Talent Acquisition
""", hdr={"Auto-Submitted": "auto-generated"}, company="Carrow Energy",
    role="Supply Chain Coordinator", notes="Taleo acknowledgement with req number")

add("application_received",
    "Loop & Thread <hello@loopandthread.co>",
    "hey Riley, got it!", "2025-10-30 12:12 -0700", """
Hey Riley!

Thanks so much for throwing your hat in the ring for our Ops & Inventory Manager
role. We're a small team (11 of us!) so we read every single application
ourselves - give us a week or two and we'll get back to you either way.

In the meantime, here's a peek at what we've been up to: loopandthread.co/journal

xo,
The Team at Loop & Thread
""", company="Loop & Thread", role="Ops & Inventory Manager", diff="hard",
    notes="templated acknowledgement that reads like personal mail")

add("application_received",
    "Pellucid Labs <no-reply@ashbyhq.com>",
    "Thanks for applying to Pellucid Labs", "2026-01-21 09:37 -0500", """
Hi Riley,

Thanks for applying for the Business Operations Analyst role at Pellucid Labs. We
review every application and will let you know if we'd like to move forward.

Pellucid Labs Recruiting
""", company="Pellucid Labs", role="Business Operations Analyst", notes="Ashby two-liner")

add("application_received",
    "Marlowe Retail Group <noreply@smartrecruiters.com>",
    "Application received: Allocation Analyst", "2026-05-12 10:58 -0400", """
Hi Riley,

Thank you for your application for Allocation Analyst at Marlowe Retail Group.

What happens next?
1. Our recruiting team reviews your application (usually within 10 business days).
2. If there's a match, a recruiter will contact you to schedule a first interview.
3. Either way, we will let you know the outcome by email.

Kind regards,
Marlowe Retail Group Talent Acquisition
""", company="Marlowe Retail Group", role="Allocation Analyst",
    notes="SmartRecruiters; describes future interview step")

add("application_received",
    "Greenleaf Cannery Careers <careers@apply.workable.com>",
    "Greenleaf Cannery - application received", "2026-08-04 16:40 -0700", """
Hi Riley,

Your application for Production Planning Analyst has been received. Our team will
review it and reach out if we'd like to set up an interview.

Why Greenleaf? We offer a 4-day work week during off-season, a profit-sharing plan,
and all the canned peaches you can carry.

Greenleaf Cannery Hiring Team
""", company="Greenleaf Cannery", role="Production Planning Analyst", diff="hard",
    notes="'We offer' and 'interview' in an acknowledgement")

add("application_received",
    "Lakeview Transit Authority <donotreply@icims.com>",
    "Lakeview Transit Authority - Application Received", "2026-09-22 13:00 -0400", """
Dear Riley,

Thank you for your interest in the Fleet Parts Inventory Analyst position with the
Lakeview Transit Authority (Toronto, ON). We have received your application.

Applicants selected for an interview will be contacted by a member of our
recruitment team. Accommodations are available upon request for candidates
taking part in all aspects of the selection process.

People & Culture
Lakeview Transit Authority
""", hdr={"Auto-Submitted": "auto-generated"}, company="Lakeview Transit Authority",
    role="Fleet Parts Inventory Analyst", notes="iCIMS; Canadian public-sector acknowledgement")

# --- Auto replies -------------------------------------------------------------
add("auto_reply",
    "Caleb Mott <caleb.mott@hartwellsupply.com>",
    "Automatic reply: Inventory Analyst application - follow-up", "2025-03-25 11:02 -0400", """
Hello,

I am no longer with Hartwell Supply. For recruiting questions, please contact
Jenna Ruiz at jenna.ruiz@hartwellsupply.com. For all other matters, please email
info@hartwellsupply.com.

Thank you.
""", hdr={"Auto-Submitted": "auto-replied"}, reply="<CAK2riley0325hartwell@mail.gmail.com>",
    company="Hartwell Supply", contact="Caleb", role="Inventory Analyst",
    notes="no longer with company; no return date")

add("auto_reply",
    "Kestrel Point Careers <careers@kestrelpoint.com>",
    "Re: Question about the Planning Analyst posting", "2025-05-02 15:31 -0700", """
Thank you for contacting Kestrel Point Careers.

This mailbox is not monitored, and replies are not read. To check the status of
an application or update your details, please log in to your candidate account
at kestrelpoint.com/careers. Questions about a specific role can be raised with
the recruiter listed in your application portal.
""", reply="<CAK2riley0502question@mail.gmail.com>", company="Kestrel Point",
    role="Planning Analyst", diff="hard",
    notes="mailbox not monitored; no auto-reply headers; subject is a plain Re:")

add("auto_reply",
    "Amara Obi <amara.obi@tidewaterlogix.com>",
    "Out of office: Re: Distribution Analyst - thank you", "2026-01-20 10:15 -0500", """
Hi there,

I'm currently on parental leave and returning Monday 9 March. During my leave,
please contact Rob Fenwick (rob.fenwick@tidewaterlogix.com) for anything related
to open positions on the distribution team.

Thanks,
Amara
""", hdr={"X-Autoreply": "yes"}, reply="<CAK2riley0120amara@mail.gmail.com>",
    company="Tidewater Logix", contact="Amara", role="Distribution Analyst", ret="2026-03-09",
    diff="hard", notes="parental leave; date without year; only X-Autoreply header")

add("auto_reply",
    "Linnea Berg <linnea.berg@fjordline-logistics.se>",
    "Autosvar/Automatic reply: Interview follow-up", "2026-03-10 08:01 +0100", """
Hej! / Hello,

I am away from 2026-03-09 to 2026-03-19 inclusive with no access to e-mail. Your
message will not be forwarded. I will reply as soon as possible after my return.

For urgent recruitment matters: rekrytering@fjordline-logistics.se

Best regards,
Linnea Berg
Fjordline Logistics AB
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    reply="<CAK2riley0310linnea@mail.gmail.com>", company="Fjordline Logistics", contact="Linnea",
    ret="2026-03-20", diff="hard",
    notes="'to 2026-03-19 inclusive' so back the next day; subject mentions interview")

add("auto_reply",
    "Greta Solano <greta@solanoandsons.com>",
    "Re: Operations Coordinator opening", "2025-06-30 06:45 -0700", """
Thanks for your email! I'm away on vacation with limited connectivity and will
respond as soon as I can after I return.

Greta Solano
Solano & Sons Produce
""", reply="<CAK2riley0630greta@mail.gmail.com>", company="Solano & Sons Produce",
    contact="Greta", role="Operations Coordinator", diff="hard",
    notes="vacation responder without return date or auto-reply headers")

add("auto_reply",
    "Victor Lam <victor.lam@arclightsupply.com>",
    "Automatic reply: Supply Chain Analyst - references", "2025-10-08 09:20 -0700", """
Thank you for your email. I'm at the CSCMP EDGE conference this week with limited
access to email. I'll be back in the office Monday and will get back to you then.

Victor Lam | Talent Acquisition | Arclight Supply
""", hdr={"Auto-Submitted": "auto-replied"}, reply="<CAK2riley1008victor@mail.gmail.com>",
    company="Arclight Supply", contact="Victor", role="Supply Chain Analyst", ret="2025-10-13",
    diff="hard", notes="relative return date 'Monday'")

add("auto_reply",
    "Dana Whitlock <dana.whitlock@cinderfieldmfg.com>",
    "Automatic reply: Re: Interview scheduling - Materials Analyst", "2025-11-26 16:55 -0500", """
Thank you for your message. I am out of the office for the Thanksgiving holiday
and will be back in the office on Thursday, 4 December. If you are scheduling an
interview, please contact recruiting@cinderfieldmfg.com and someone from the team
will assist you.

Dana Whitlock
Recruiting Coordinator, Cinderfield Manufacturing
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    reply="<CAK2riley1126dana@mail.gmail.com>", company="Cinderfield Manufacturing",
    contact="Dana", role="Materials Analyst", ret="2025-12-04", diff="hard",
    notes="subject and body mention interview scheduling")

add("auto_reply",
    "Roberto Quintero <rquintero@gulfbreezeports.com>",
    "Auto: Re: Port Logistics Analyst", "2026-05-26 22:10 -0500", """
I'm traveling for work with spotty access to email. I'll be back on the 2nd and
will respond to your message then. Thanks for your patience!

Roberto
""", hdr={"Auto-Submitted": "auto-replied"}, reply="<CAK2riley0526roberto@mail.gmail.com>",
    company="Gulf Breeze Ports", contact="Roberto", role="Port Logistics Analyst",
    ret="2026-06-02", diff="hard", notes="return as bare day of next month ('the 2nd')")

add("auto_reply",
    "Harbinger Group Careers <no-reply@harbinger-careers.com>",
    "Undeliverable reply: Re: Your application for Demand Planner", "2026-06-16 13:40 +0000", """
Replies to this address are not delivered to a person.

If you have a question about your application, please sign in to the Harbinger
Group candidate portal and use the "Message recruiter" option. This is an
automatic response.
""", hdr={"Auto-Submitted": "auto-replied"}, reply="<CAK2riley0616harb@mail.gmail.com>",
    company="Harbinger Group", role="Demand Planner", diff="hard",
    notes="ATS no-reply bounce; subject mentions application")

add("auto_reply",
    "Sanne Vermeulen <sanne.vermeulen@dijkstra-cargo.nl>",
    "Automatisch antwoord / Automatic reply: Operations Analyst vacancy", "2026-04-07 07:35 +0200", """
Thank you for your e-mail. I am on leave and returning 14.04.2026. Your e-mail will
not be forwarded; for urgent matters please contact hr@dijkstra-cargo.nl.

Kind regards,
Sanne Vermeulen
Dijkstra Cargo B.V.
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    reply="<CAK2riley0407sanne@mail.gmail.com>", company="Dijkstra Cargo", contact="Sanne",
    role="Operations Analyst", ret="2026-04-14", notes="European numeric date format")

add("auto_reply",
    "Brackenridge Co-op HR <hr@brackenridgecoop.com>",
    "Re: Purchasing Analyst application", "2025-12-23 17:05 -0500", """
Thank you for your email.

Our offices are closed for the holidays from December 24 and reopen on Monday,
January 5. Messages received during the closure will be answered in the order
they were received after we return.

Happy holidays from all of us at Brackenridge Co-op!
""", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    reply="<CAK2riley1223brack@mail.gmail.com>", company="Brackenridge Co-op",
    role="Purchasing Analyst", ret="2026-01-05", notes="holiday office closure; year rolls over")

# --- Other ------------------------------------------------------------------
UNSUB = "<https://mail.example-list.com/unsub?u=rc8>, <mailto:unsubscribe@example-list.com>"

add("other",
    "JobNest Alerts <alerts@jobnest.com>",
    "17 new jobs for \"supply chain analyst\" near Toronto, ON", "2025-01-08 06:00 -0500", """
Your daily job alert

Supply Chain Analyst - Maple Harbour Distribution - Mississauga, ON - Easy apply
Inventory Planning Analyst - Boreal Grocers - Toronto, ON - 3 days ago
Logistics Data Analyst - Fraserline Freight - Remote (Canada)
Demand Planner - Cobourg Candy Co. - Cobourg, ON
... and 13 more

See all jobs: https://www.jobnest.com/alerts/rc-sca-tor

You're receiving this because you created a job alert. Manage alerts or unsubscribe:
https://www.jobnest.com/settings/alerts
""", hdr={"List-Unsubscribe": UNSUB, "Precedence": "bulk"}, notes="job alert digest")

add("other",
    "The Supply Side <newsletter@thesupplyside.news>",
    "Rejected 40 times, hired on the 41st: what changed", "2025-02-25 07:30 -0500", "",
    html=html_of("""THE SUPPLY SIDE - Weekly

This week: a reader tells us how she turned 40 rejection emails into one job offer. "Every message said 'we've decided to move forward with other candidates'. I started tracking which stage I was dropped at."

Also: how to follow up after a final-round interview without being pushy, and the five questions every S&OP hiring manager asks.

Read the full issue on our website.

Unsubscribe | Manage preferences""", "The Supply Side"),
    html_only=True, hdr={"List-Unsubscribe": UNSUB, "List-Id": "<weekly.thesupplyside.news>"},
    diff="hard", notes="newsletter about rejections and interviews; quotes ATS wording")

add("other",
    "Freight Forward Podcast <hello@freightforwardpod.com>",
    "New episode: our interview with Relay Dynamics' COO", "2025-04-09 12:00 -0400", """
New on Freight Forward!

Episode 118: We sit down for an in-depth interview with Carmen Ruiz, COO of Relay
Dynamics, about building a control tower from scratch, why she rejected three
"AI platforms" last year, and the offer she made to her first data hire.

Listen on your favorite podcast app or at freightforwardpod.com/118.

You subscribed to episode updates. Unsubscribe anytime.
""", hdr={"List-Unsubscribe": UNSUB}, diff="hard",
    notes="podcast 'interview' with a COO; mentions rejected and offer")

add("other",
    "Northstar Card Services <alerts@northstarcard.com>",
    "Transaction declined", "2025-05-15 19:48 -0700", """
Northstar Card Alert

A transaction on your card ending in 4471 was declined.

Merchant: PRINTWORKS SAN DIEGO
Amount: $38.12
Date: May 15, 2025

Unfortunately, this purchase exceeded your available credit. If you don't
recognize this activity, call us at 1-800-555-0199.
""", diff="hard", notes="card declined; 'unfortunately'")

add("other",
    "Kenji Mori <notifications@github.com>",
    "Re: [opsdash/forecast-kit] Add Croston method for intermittent demand (PR #212)",
    "2025-06-21 03:14 +0900", """
@rileychen-ops thanks for the contribution! After discussing with the other
maintainers we've decided not to merge this one - we'd rather keep intermittent
demand models in a separate plugin. Closing, but please feel free to open an
issue to discuss the plugin approach.

--\x20
Reply to this email directly, view it on GitHub:
https://github.com/opsdash/forecast-kit/pull/212#issuecomment-1884211
You are receiving this because you authored the thread.
""", hdr={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB12>",
          "List-ID": "opsdash/forecast-kit <forecast-kit.opsdash.github.com>",
          "Precedence": "list"},
    contact="Kenji", diff="hard", notes="pull request declined")

add("other",
    "SCM Analytics Summit Program Committee <program@scmanalyticssummit.org>",
    "SCMAS 2025: decision on your talk proposal #87", "2025-07-18 10:00 -0400", """
Dear Riley Chen,

Thank you for submitting "Safety stock in the age of volatile lead times" to the
2025 SCM Analytics Summit.

We received 412 proposals for 60 speaking slots. We regret that your proposal was
not accepted for this year's program. Reviewer comments are available in the
submission portal.

We hope to see you in Chicago as an attendee.

The SCMAS Program Committee
""", diff="hard", notes="conference talk proposal not accepted")

add("other",
    "ResumeLab Pro <deals@resumelabpro.com>",
    "Last chance: 20% off offer on interview-ready resumes", "2025-08-29 11:00 -0400", "",
    html=html_of("""Your exclusive offer ends tonight!

Get 20% OFF a professionally written, interview-ready resume. Stop getting rejected by ATS filters - our writers know what recruiters want.

Use code LANDIT20 at checkout.

Unsubscribe""", "ResumeLab Pro"),
    html_only=True, cte="base64", hdr={"List-Unsubscribe": UNSUB, "Precedence": "bulk"},
    diff="hard", notes="marketing '20% off offer'; 'interview-ready'; 'rejected'")

add("other",
    "Tasha Greenberg <leasing@parkviewlofts.com>",
    "Your application for Unit 3B", "2025-09-30 15:22 -0400", """
Hi Riley,

Thank you for applying for Unit 3B at Parkview Lofts. Unfortunately we're unable
to move forward with your application at this time, as another applicant's
paperwork was completed first and the unit has been leased.

We have a similar one-bedroom (5A) opening November 1. Let me know if you'd like
to schedule a viewing.

Tasha Greenberg
Leasing Consultant, Parkview Lofts
""", contact="Tasha", diff="hard", notes="apartment application; 'unable to move forward'")

add("other",
    "Summit Auto Finance <offers@summitautofinance.com>",
    "Riley, you're pre-approved - see your offer", "2025-11-18 09:00 -0600", """
Congratulations, Riley!

Based on your credit profile, you've been pre-approved for an auto loan offer of up
to $32,000 at rates as low as 6.49% APR.

This offer expires December 31, 2025. Apply in minutes at summitautofinance.com.

Pre-approval is not a guarantee of credit. Unsubscribe from marketing emails.
""", hdr={"List-Unsubscribe": UNSUB}, diff="hard", notes="loan pre-approval 'offer'; congratulations")

add("other",
    "Rotman Part-time MBA Admissions <admissions@mba-rotmanhill.ca>",
    "Application received - Part-time MBA, Fall 2026 intake", "2026-01-09 14:00 -0500", """
Dear Riley,

Thank you for applying to the Part-time MBA program at the Rotman Hill School of
Management. We have received your application and application fee.

Shortlisted applicants will be invited to an admissions interview in February.
Final decisions are released by April 15.

Admissions Office
Rotman Hill School of Management
""", diff="hard", notes="school application acknowledgement with admissions interview")

add("other",
    "Rahul Verma <rahul.v@apexstaffingglobal.com>",
    "Urgent Req: Supply Chain Analyst :: W2 only :: Charlotte NC (Onsite)", "2026-02-12 10:41 -0500", """
Hi ,

Hope you are doing well. This is Rahul from Apex Staffing Global. I came across
your profile and have an urgent requirement with one of our clients.

Role: Supply Chain Analyst
Location: Charlotte, NC (Day 1 onsite)
Duration: 12+ months
Interview: Video

If interested, please share your updated resume, expected rate and best time for
a quick call. Please ignore if not interested.

Thanks & Regards,
Rahul Verma
Apex Staffing Global
""", hdr={"Precedence": "bulk"}, to="undisclosed-recipients:;", contact="Rahul", role="Supply Chain Analyst", diff="hard",
    notes="recruiter mass mailing; mentions interview and quick call")

add("other",
    "Mei Tanaka <mei.tanaka88@gmail.com>",
    "guess who has a final round on friday", "2026-03-04 21:33 -0800", """
RILEY. I made it to the final round at Kinfolk Games!! Panel interview Friday at
10, four people, and I have to present a roadmap. I'm terrified.

Can I do a practice run with you over video on Wednesday night? You're the best
at poking holes in my slides. Also if they make me an offer I'm buying dinner.

Also, how did your thing with the grocery company go? Did they ever get back to
you or did they ghost you too?

xx Mei
""", contact="Mei", diff="hard", notes="friend's own interview; mentions offer and ghosting")

add("other",
    "Jordan Blake <jblake.mail@outlook.com>",
    "Fwd: Inventory Analyst opening at my company", "2026-03-16 12:05 -0400", """
Saw this and thought of you right away - my team is hiring! Want me to refer you?
Referrals get looked at first here.

Jordan

---------- Forwarded message ---------
From: Halberd Industrial Internal Mobility <jobs@halberdind.com>
Date: Mon, Mar 16, 2026 at 9:00 AM
Subject: Inventory Analyst opening at my company
To: Jordan Blake <jordan.blake@halberdind.com>

Now hiring: Inventory Analyst (Cleveland, OH). Refer a friend and earn a $1,500
bonus after 90 days. Qualified referrals will be contacted for an interview.
""", contact="Jordan", diff="hard", notes="friend forwards a posting; mentions interview")

add("other",
    "CareerLift Events <events@careerlift.org>",
    "Webinar Thursday: Ace your panel interview (and bounce back from a 'no')",
    "2026-04-21 08:00 -0400", """
Join us live on Thursday, April 23 at 12:00 PM ET for "Ace your panel interview".

Career coach Renata Ochoa will cover:
- preparing for panel and case interviews
- negotiating your offer
- what to do after a rejection

Register free: https://careerlift.org/events/panel-interview

You're receiving this because you attended a CareerLift event. Unsubscribe.
""", hdr={"List-Unsubscribe": UNSUB}, diff="hard",
    notes="webinar with a date and time; interview/offer/rejection keywords")

add("other",
    "PrintWorks <receipts@printworks.com>",
    "Your PrintWorks receipt #PW-552310", "2025-05-16 10:02 -0700", """
Thanks for your order!

Order #PW-552310
10 x Resume on 32lb ivory cotton stock   $12.50
1 x Portfolio folder (navy)               $9.99
Tax                                        $1.85
Total                                     $24.34

Paid with card ending in 4471.
""", notes="receipt")

add("other",
    "WorkVoice <digest@workvoice.com>",
    "New reviews for companies you follow", "2025-12-02 09:00 -0600", """
New reviews this week

Halvorsen Cold Chain - 3.9 stars - "Good planning team, slow promotions"
Marisco Foods - 4.2 stars - "Interview process was quick and friendly"
Stonebridge Distribution - 3.5 stars - "Onsite was well organised"

See all reviews: https://www.workvoice.com/following

Unsubscribe from this digest.
""", hdr={"List-Unsubscribe": UNSUB, "Precedence": "bulk"}, diff="hard",
    notes="review digest naming employers from other threads")

add("other",
    "Sofia Hernandez <sofia@eastsidefoodbank.org>",
    "Welcome to the Saturday warehouse crew!", "2026-06-23 18:30 -0400", """
Hi Riley,

Thank you for applying to volunteer with Eastside Food Bank! We're thrilled to
offer you a spot on our Saturday warehouse crew, starting July 11.

Your first shift includes a 30-minute orientation at 8:30 AM. Wear closed-toe shoes.

With gratitude,
Sofia Hernandez
Volunteer Coordinator, Eastside Food Bank
""", contact="Sofia", diff="hard", notes="volunteer application accepted; 'offer you a spot'")

add("other",
    "Lukas Weber (Jira) <jira@opsdash.atlassian.net>",
    "[JIRA] (OPS-331) Forecast accuracy dashboard: stage filter broken", "2026-07-01 04:12 +0200", """
Lukas Weber updated OPS-331

Status: In Progress -> In Review
Assignee: Riley Chen

Comment: Fix looks good on staging. Can you double-check the MAPE calc for the
returns channel before we merge?

View issue: https://opsdash.atlassian.net/browse/OPS-331
""", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    contact="Lukas", notes="Jira notification")

add("other",
    "Renata Ochoa <renata@ochoacoaching.com>",
    "Invitation: Mock interview practice - Riley Chen @ Wed Jul 22, 2026 6pm - 7pm (EDT)",
    "2026-07-17 12:10 -0400", """
You have been invited to the following event.

Mock interview practice - Riley Chen
When: Wednesday Jul 22, 2026 6pm - 7pm Eastern Time
Where: Zoom (link in description)

Riley - as discussed, we'll run a full behavioral round plus 15 minutes of feedback.
Bring your STAR stories for the two supply-chain roles you're targeting.
- Renata, Ochoa Career Coaching

Invitation from Google Calendar
""", ics=ics_event("ochoa-mock-0722", "20260722T180000", "20260722T190000",
                   "Mock interview practice - Riley Chen", "renata@ochoacoaching.com",
                   "America/New_York"),
    contact="Renata", diff="hard",
    notes="calendar invite for a mock interview with a career coach (not a job interview)")

add("other",
    "Candidate Experience <survey@candidatepulse.io>",
    "How was your interview with Helix Wearables?", "2025-10-03 10:00 -0700", """
Hi Riley,

You recently interviewed with Helix Wearables. We'd love to hear how it went - your
feedback helps improve the experience for future candidates. Your answers are
anonymous and won't affect your application.

Take the 2-minute survey: https://candidatepulse.io/s/hx-29a

Thank you!
CandidatePulse, on behalf of Helix Wearables
""", diff="hard", notes="candidate-experience survey; names an employer and interview")

add("other",
    "Aerolínea Pacífica <notificaciones@aeropacifica.com>",
    "Important: your flight AP 2207 has been cancelled", "2026-08-14 05:30 -0500", """
Dear Riley Chen,

We regret to inform you that flight AP 2207 from Toronto (YYZ) to Mexico City (MEX)
on August 15, 2026 has been cancelled due to operational reasons.

We have rebooked you on AP 2211 departing August 15 at 16:40. If this option does not
suit you, you can change your flight or request a refund at aeropacifica.com/manage.

We apologize for the inconvenience.
""", diff="hard", notes="'we regret to inform you' about a cancelled flight")

add("other",
    "Camp Tamarack Registrar <registrar@camptamarack.org>",
    "Summer 2026 registration - waitlist", "2026-02-27 13:15 -0500", """
Dear Riley,

Thank you for registering Owen for Session 2 at Camp Tamarack. Session 2 is
currently full, and Owen has been placed on the waitlist (position 6). We will
contact you if a spot opens up; no payment will be taken unless a place is
confirmed.

Camp Tamarack Registrar
""", diff="hard", notes="summer camp waitlist; sounds like on_hold")

add("other",
    "Priscilla Dube <pdube@lakehavenlogistics.com>",
    "Re: Fellow Queen's alum - quick question", "2026-09-09 14:48 -0400", """
Hi Riley,

Of course - always happy to help a fellow Gael! I can do a 20-minute coffee chat
next Tuesday or Wednesday morning; just send an invite. Fair warning, we aren't
hiring on my team right now, but I'm glad to share how I moved from analytics into
planning and who else you might talk to.

Priscilla
""", reply="<CAK2riley0909alum@mail.gmail.com>", contact="Priscilla", diff="hard",
    notes="informational coffee chat with an alum, not a job interview")

add("other",
    "Talentbridge Staffing <insights@talentbridgestaffing.com>",
    "Your 2026 Supply Chain Salary Guide is here", "2026-10-01 08:00 -0400", """
The 2026 Supply Chain & Logistics Salary Guide

Download the guide to see pay ranges for 48 roles across the US and Canada, from
Logistics Coordinator to VP of Supply Chain.

Download now: https://talentbridgestaffing.com/salary-guide-2026

Talentbridge Staffing | Unsubscribe
""", hdr={"List-Unsubscribe": UNSUB, "Precedence": "bulk"}, notes="staffing agency newsletter")

add("other",
    "Workday <noreply@myworkday.com>",
    "Reset your candidate account password", "2026-11-10 23:02 -0500", """
Hello,

We received a request to reset the password for your candidate account.

Use this link to choose a new password: https://wd5.myworkday.com/ridgewaybev/reset/4f1c

If you didn't request this, you can ignore this email.

This is an automated message; please do not reply.
""", hdr={"Auto-Submitted": "auto-generated"}, diff="hard",
    notes="ATS account password reset from a Workday domain")

if __name__ == "__main__":
    main()
