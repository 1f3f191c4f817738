"""Generate the blind13 evaluation corpus (stdlib only).

Writes tests/corpus/blind13/NNN.eml and tests/corpus/blind13/labels.csv.
Job seeker: Jonas Becker <jonas.becker.bewerbung@gmx.de>. All people and companies are fictional.
Run: python tests/corpus/make_blind13.py
"""

from __future__ import annotations

import csv
import html
import random
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind13"
ME = ("Jonas Becker", "jonas.becker.bewerbung@gmx.de")
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
RNG = random.Random(1313)
SPECS: list[dict] = []


def M(label: str, frm: tuple[str, str], subj: str, date: str, body: str, **kw: object) -> None:
    """Register one message spec. date: 'YYYY-MM-DD HH:MM +HHMM'."""
    spec = dict(label=label, frm=frm, subj=subj, date=date, body=body)
    spec.update(kw)
    SPECS.append(spec)


def _html_from_text(text: str) -> str:
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
        + "\n".join(out)
        + "\n</body></html>\n"
    )


def _msgid(domain: str, n: int) -> str:
    token = "".join(RNG.choice("0123456789abcdefABCDEF") for _ in range(24))
    return f"<{token}.{n}@{domain}>"


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def build(spec: dict, n: int) -> bytes:
    msg = EmailMessage()
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    name, addr = spec["frm"]
    domain = spec.get("mid_domain") or addr.split("@", 1)[1]
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = spec.get("to") or formataddr(ME)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(domain, n)
    if spec.get("reply"):
        parent = "<CAK" + "".join(RNG.choice("0123456789ABCDEFabcdef") for _ in range(30)) + "@mail.gmx.net>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in spec.get("hdrs", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte")
    body = spec["body"].strip("\n") + "\n"
    ckw = {"cte": cte} if cte else {}
    if fmt == "plain":
        msg.set_content(body, **ckw)
    elif fmt == "html":
        msg.set_content(spec.get("html") or _html_from_text(body), subtype="html", **ckw)
    else:  # alt
        msg.set_content(body, **ckw)
        msg.add_alternative(spec.get("html") or _html_from_text(body), subtype="html", **ckw)
    if spec.get("ics"):
        ics = spec["ics"].strip("\n").replace("\n", "\r\n") + "\r\n"
        if fmt == "alt" and spec.get("ics_inline"):
            msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(ics, subtype="calendar", filename="invite.ics",
                               params={"method": "REQUEST"})
    if spec.get("pdf"):
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=spec["pdf"])
    for k, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{n:03d}_{k}_{RNG.randrange(10**9, 10**10)}")
    return _reencode_subject(msg.as_bytes(policy=policy.SMTP), spec["subj"])


def _reencode_subject(raw: bytes, subject: str) -> bytes:
    """Replace the Subject header with whole-string RFC 2047 words.

    The stdlib folder sometimes drops or doubles the space next to an encoded word
    in mixed ASCII/non-ASCII subjects; Header.encode() round-trips exactly.
    """
    if subject.isascii():
        return raw
    head, sep, rest = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    out: list[bytes] = []
    skipping = False
    for line in lines:
        if skipping and line[:1] in (b" ", b"\t"):
            continue
        skipping = False
        if line.lower().startswith(b"subject:"):
            enc = Header(subject, "utf-8", header_name="Subject").encode(linesep="\r\n")
            out.append(b"Subject: " + enc.encode("ascii"))
            skipping = True
            continue
        out.append(line)
    return b"\r\n".join(out) + sep + rest


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str, tz: str | None = None) -> str:
    """start/end like 20260312T100000 (with tz) or 20260312T090000Z."""
    if tz:
        s = f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}"
    else:
        s = f"DTSTART:{start}\nDTEND:{end}"
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTAMP:20250101T000000Z\n{s}\nSUMMARY:{summary}\n"
        f"ORGANIZER;CN=Organizer:mailto:{organizer}\n"
        f"ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:{ME[1]}\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------
# ----------------------------- rejection ------------------------------------
M("rejection", ("Kessler Antriebstechnik GmbH", "noreply@successfactors.eu"),
  "Ihre Bewerbung als Projektleiter Getriebekomponenten (m/w/d) – Kessler Antriebstechnik",
  "2025-02-11 16:42 +0100", """
Sehr geehrter Herr Becker,

vielen Dank für Ihr Interesse an Kessler Antriebstechnik und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position Projektleiter Getriebekomponenten (m/w/d) nicht weiter berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne dürfen Sie sich auch zukünftig auf passende Stellen in unserem Karriereportal bewerben.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Antriebstechnik GmbH · Heilbronner Straße 112 · 70191 Stuttgart

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", company="Kessler Antriebstechnik GmbH", role="Projektleiter Getriebekomponenten (m/w/d)", lang="de",
  diff="easy", notes="SuccessFactors template; German", hdrs={"Auto-Submitted": "auto-generated"}, cte="quoted-printable")

M("rejection", ("Thamesgate Engineering Recruiting", "no-reply@us.greenhouse-mail.io"),
  "Your application to Thamesgate Engineering", "2025-03-04 10:15 +0000", """
Hi Jonas,

Thank you for applying for the Senior Project Engineer – Water Infrastructure position at Thamesgate. We received a large number of strong applications and, after careful review, we have decided to pursue other applicants whose experience more closely matches the needs of the team at this time.

We really appreciate you considering Thamesgate and wish you every success in your search.

Kind regards,
Talent Acquisition
Thamesgate Engineering Ltd
""", company="Thamesgate Engineering", role="Senior Project Engineer – Water Infrastructure", lang="en",
  diff="easy", notes="Greenhouse rejection", fmt="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("rejection", ("Miriam Osei", "miriam.osei@ridgewaydynamics.com"),
  "Re: Mechanical Engineering Lead – next steps", "2025-03-19 17:02 -0700", """
Hi Jonas,

Thanks again for spending so much time with us over the last couple of weeks – the panel really enjoyed the fixture-design deep dive, and your onsite walkthrough of the gearbox teardown was one of the best we've seen.

I'll be direct because I think you'd prefer that: the team went a different direction for this hire. We ended up prioritizing someone with more hands-on battery-pack experience, which matters a lot for our next 12 months.

I'd genuinely like to stay in touch. If something opens on the manufacturing side later this year, I'll reach out first.

— Miriam

On Fri, Mar 7, 2025 at 9:12 AM Jonas Becker <jonas.becker.bewerbung@gmx.de> wrote:
> Hi Miriam,
> thanks for the invite to the onsite interview on March 13 – confirmed, I'll be there at 9:30.
> Best, Jonas
""", company="Ridgeway Dynamics", contact="Miriam", role="Mechanical Engineering Lead", lang="en",
  diff="hard", notes="after onsite; 'went a different direction'; quoted interview confirmation", reply=True)

M("rejection", ("Vornholt Maschinenbau", "jobs@vornholt-maschinenbau.softgarden.de"),
  "Absage: Konstrukteur Sondermaschinenbau (m/w/d)", "2025-04-02 08:31 +0200", """
Guten Tag Herr Becker,

herzlichen Dank für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit bei Vornholt.

Leider müssen wir Ihnen heute mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil den Anforderungen der Stelle noch etwas näher kommt.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße

Sabine Kortmann
Personalreferentin
Vornholt Maschinenbau GmbH & Co. KG
Industriestraße 9 · 33415 Verl
""", company="Vornholt Maschinenbau", contact="Sabine", role="Konstrukteur Sondermaschinenbau (m/w/d)",
  lang="de", diff="easy", notes="softgarden; German; signed by HR", fmt="alt", cte="quoted-printable")

M("rejection", ("Castellan Motion Systems", "castellan@talent.icims.com"),
  "Castellan Motion Systems - Application Status Update", "2025-04-23 14:05 -0400", """
Dear Jonas Becker,

Thank you for your interest in the Manufacturing Engineering Manager (Req #24-1187) opportunity with Castellan Motion Systems.

We have carefully reviewed your qualifications and regret that we will not be progressing your application at this time. Your profile will remain in our talent community and you may be contacted about future openings that match your background.

We appreciate the time you invested in the interview process.

Sincerely,
Castellan Motion Systems Talent Acquisition

This mailbox is not monitored. Please do not reply.
""", company="Castellan Motion Systems", role="Manufacturing Engineering Manager", lang="en", diff="hard",
  notes="iCIMS; 'not progressing'; mentions interview process; mailbox not monitored footer", fmt="html",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("rejection", ("Lena Hofstätter", "lena.hofstaetter@alpentherm.at"),
  "Ihre Bewerbung bei Alpentherm", "2025-05-08 11:20 +0200", """
Lieber Herr Becker,

danke nochmals für das angenehme Gespräch letzte Woche in Linz. Wir haben intern lange diskutiert – Ihr Hintergrund im Anlagenbau hat uns gut gefallen.

Am Ende haben wir die Stelle als Projektingenieur Wärmepumpen intern besetzt; ein Kollege aus der Inbetriebnahme wechselt ins Projektteam.

Ich hoffe, unsere Wege kreuzen sich noch einmal.

Herzliche Grüße aus Linz
Lena Hofstätter
HR Business Partner | Alpentherm Energie GmbH
""", company="Alpentherm Energie GmbH", contact="Lena", role="Projektingenieur Wärmepumpen", lang="de",
  diff="hard", notes="internal candidate; no explicit 'Absage' keyword; warm", cte="8bit")

M("rejection", ("Brabant Precision", "careers@brabantprecision.recruitee.com"),
  "Update on your application – Process Engineer CNC", "2025-05-27 09:48 +0200", """
Dear Jonas,

Thanks for your application for the Process Engineer CNC role in Eindhoven and for your patience while we reviewed all candidates.

Unfortunately this one didn't work out: we're looking for someone who is fluent in Dutch for daily shop-floor coordination, and we've decided to move forward with other candidates.

We wish you the best of luck!

Brabant Precision | Hiring team
Sent via Recruitee
""", company="Brabant Precision", role="Process Engineer CNC", lang="en", diff="easy",
  notes="Recruitee; language requirement", fmt="alt")

M("rejection", ("Harriet Quinn", "hquinn@hallamreid.co.uk"),
  "FW: Jonas Becker - feedback", "2025-06-12 15:33 +0100", """
Hi Jonas,

Feedback from Aquila has come back – see Tom's note below. Disappointing after the second stage, I know. I'll keep you front of mind for the two programme roles I mentioned at Derby.

Speak soon,
Harriet

Harriet Quinn | Principal Consultant, Engineering
Hallam & Reid Recruitment | Sheffield

-----Original Message-----
From: Tom Ashdown <tom.ashdown@aquila-aero.co.uk>
Sent: 12 June 2025 14:51
To: Harriet Quinn <hquinn@hallamreid.co.uk>
Subject: Jonas Becker - feedback

Harriet,

Thanks for putting Jonas forward for the Manufacturing Project Manager role. He interviewed well and clearly knows lean, but we're going to offer the role to the other finalist, who has direct AS9100 audit experience. Please pass on our thanks.

Tom
""", company="Aquila Aerostructures", contact="Harriet", role="Manufacturing Project Manager", lang="en",
  diff="hard", notes="agency recruiter forwards client's decision; 'offer' to another finalist")

M("rejection", ("Nordwind Rail Systems", "nordwindrail@myworkday.com"),
  "Application update: Systems Engineer Bogies (R-10233)", "2025-07-01 07:02 +0200", """
Hello Jonas,

Thank you for your interest in Nordwind Rail Systems.

We have reviewed your application for the position Systems Engineer Bogies (R-10233). While your background is impressive, we have determined that it is not the right match at this time.

We encourage you to visit our Careers site and apply for other roles that fit your profile.

Best regards,
Nordwind Rail Systems Recruiting
""", company="Nordwind Rail Systems", role="Systems Engineer Bogies", lang="en", diff="easy",
  notes="Workday; 'not the right match at this time'", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

M("rejection", ("Groupe Solvane – Recrutement", "recrutement@solvane-groupe.fr"),
  "Votre candidature – Chef de projet industrialisation (H/F)", "2025-07-15 10:12 +0200", """
Bonjour Monsieur Becker,

Nous vous remercions pour l'intérêt que vous portez à Groupe Solvane et pour votre candidature au poste de Chef de projet industrialisation (H/F) sur notre site de Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons vos coordonnées dans notre vivier de talents et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Groupe Solvane
""", company="Groupe Solvane", contact="Élodie", role="Chef de projet industrialisation (H/F)", lang="fr",
  diff="easy", notes="French", cte="quoted-printable")

M("rejection", ("Dr. Henrik Sauer", "henrik.sauer@hs-rheinfeld.de"),
  "Wissenschaftliche/r Mitarbeiter/in Fertigungstechnik – Rückmeldung", "2025-08-05 13:44 +0200", """
Sehr geehrter Herr Becker,

im Namen der Auswahlkommission bedanke ich mich für Ihre Bewerbung und Ihren Vortrag im Rahmen des Auswahlgesprächs am 24. Juli.

Die Kommission hat sich nach intensiver Beratung für eine Bewerberin entschieden, deren Forschungsschwerpunkt enger an das laufende DFG-Projekt anschließt. Ich bedaure, Ihnen keine positivere Nachricht übermitteln zu können.

Ihre Bewerbungsunterlagen senden wir Ihnen auf Wunsch gerne zurück; andernfalls werden sie nach Ablauf der Frist nach AGG vernichtet.

Mit freundlichen Grüßen
i. A. Dr.-Ing. Henrik Sauer
Institut für Produktionstechnik
Hochschule Rheinfeld
""", company="Hochschule Rheinfeld", contact="Henrik", role="Wissenschaftliche/r Mitarbeiter/in Fertigungstechnik",
  lang="de", diff="hard", notes="university; after interview; formal indirect wording", pdf="Absage_Becker.pdf")

M("rejection", ("Lumora Robotics", "no-reply@lumora-robotics.jobs.personio.de"),
  "Deine Bewerbung bei Lumora Robotics", "2025-08-21 18:09 +0200", """
Hallo Jonas,

vielen Dank, dass du dir Zeit für uns und die Stelle als Hardware Project Manager genommen hast.

Wir haben uns alle Profile genau angesehen und uns dieses Mal für andere Kandidat:innen entschieden. Das war keine leichte Entscheidung!

Wir speichern dein Profil gerne für zukünftige Positionen, wenn du uns dein Einverständnis gibst – dazu reicht ein Klick in deinem Bewerberportal.

Viele Grüße
Dein Lumora People Team
""", company="Lumora Robotics", role="Hardware Project Manager", lang="de", diff="easy",
  notes="Personio; informal German (du)", fmt="alt", cte="base64")

M("rejection", ("Priya Natarajan", "priya@pyranos.energy"),
  "Project Manager – Grid Storage", "2025-09-09 16:20 +0100", """
Hi Jonas,

Quick note to close the loop. We've had a lot of movement on the storage programme and have decided to bring in someone with a UK DNO connections background, so we won't be taking your application further.

It was a pleasure speaking with you. Happy to make an intro to our EPC partner, Keswick Power – they're hiring PMs and I think you'd be a strong fit there. Just say the word.

Best,
Priya Natarajan
Head of Delivery | Pyranos Energy
""", company="Pyranos Energy", contact="Priya", role="Project Manager – Grid Storage", lang="en",
  diff="hard", notes="rejection plus referral offer; mentions another employer hiring")

M("rejection", ("Feldmark Fahrzeugtechnik", "noreply@smartrecruiters.com"),
  "Feldmark Fahrzeugtechnik: Ihre Bewerbung", "2025-09-30 09:00 +0200", """
Sehr geehrter Herr Becker,

wir danken Ihnen für Ihr Interesse an der Position „Qualitätsingenieur Lieferantenmanagement (m/w/d)“.

Zwischenzeitlich konnten wir die Position besetzen. Daher ist eine weitere Berücksichtigung Ihrer Bewerbung leider nicht möglich.

Wir wünschen Ihnen weiterhin viel Erfolg.

Ihr Feldmark Talent Acquisition Team
""", company="Feldmark Fahrzeugtechnik", role="Qualitätsingenieur Lieferantenmanagement (m/w/d)", lang="de",
  diff="easy", notes="SmartRecruiters; position filled", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

M("rejection", ("Greg Lindqvist", "glindqvist@ostrander-automation.com"),
  "Thanks, Jonas", "2025-10-14 12:37 -0500", """
Jonas,

Appreciate your patience. We're going with a candidate already in Milwaukee who can start on the floor next month. Not the answer you wanted, I know.

Keep me posted on where you land.

Greg
""", company="Ostrander Automation", contact="Greg", role="", lang="en", diff="hard",
  notes="curt personal note; no rejection keywords; company only in domain")

M("rejection", ("Talent Acquisition – Meridian Hydraulics", "notifications@jobvite.com"),
  "Regarding your application for Senior Manufacturing Engineer", "2025-10-28 11:11 -0400", """
Dear Jonas,

Thank you for interviewing for the Senior Manufacturing Engineer role at Meridian Hydraulics. The hiring team enjoyed meeting you and learning about your work on hydraulic valve blocks.

After our final round of interviews, we have selected a candidate whose background aligns more closely with our current priorities. We will keep your resume on file and will reach out should a suitable role come up.

We wish you the very best.

Regards,
Meridian Hydraulics Recruiting
""", company="Meridian Hydraulics", role="Senior Manufacturing Engineer", lang="en", diff="hard",
  notes="post-final-round rejection; 'interview' mentioned several times", fmt="alt")

M("rejection", ("Baltica Wind", "baltica-wind@mail.teamtailor.com"),
  "Baltica Wind – Commissioning Project Lead", "2025-11-18 14:02 +0100", """
Hi Jonas,

Thank you so much for your application for Commissioning Project Lead (offshore). We have now completed the first screening.

We're sorry to say that we won't be moving forward with your application this time. The role requires a valid GWO certification and offshore experience from day one.

Stay curious – new positions are posted regularly on our career page.

Warm wishes,
The Baltica Wind Talent Team
""", company="Baltica Wind", role="Commissioning Project Lead", lang="en", diff="easy",
  notes="Teamtailor", fmt="html")

M("rejection", ("Ferrovías del Norte", "seleccion@ferroviasdelnorte.es"),
  "Proceso de selección – Ingeniero/a de Mantenimiento Ferroviario", "2025-12-03 10:30 +0100", """
Estimado Jonas:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de Ingeniero/a de Mantenimiento Ferroviario en Bilbao.

Tras valorar todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos optado por otro perfil que se ajusta más a los requisitos del puesto.

Guardaremos su currículum en nuestra base de datos para futuros procesos.

Un cordial saludo,

Ainhoa Etxeberria
Departamento de Selección
Ferrovías del Norte
""", company="Ferrovías del Norte", contact="Ainhoa", role="Ingeniero/a de Mantenimiento Ferroviario",
  lang="es", diff="easy", notes="Spanish; RFC 2047 encoded display name", cte="quoted-printable")

M("rejection", ("Anja Krüger", "anja.krueger@quadrant-ft.de"),
  "AW: Rückfrage zum Stand meiner Bewerbung", "2026-01-13 09:05 +0100", """
Hallo Herr Becker,

danke für Ihre Nachfrage – Sie haben völlig recht, wir hätten uns früher melden sollen.

Die Fachabteilung hat sich nach den Zweitgesprächen für einen Bewerber mit SPS-Schwerpunkt entschieden. Für die Stelle als Fertigungsplaner kommen wir daher leider nicht auf Sie zurück.

Falls wir im Frühjahr die zweite Planerstelle ausschreiben, melde ich mich gern bei Ihnen.

Viele Grüße
Anja Krüger
Quadrant Fertigungstechnik GmbH · Personal

-----Ursprüngliche Nachricht-----
Von: Jonas Becker <jonas.becker.bewerbung@gmx.de>
Gesendet: Montag, 12. Januar 2026 18:40
An: Anja Krüger <anja.krueger@quadrant-ft.de>
Betreff: Rückfrage zum Stand meiner Bewerbung

Sehr geehrte Frau Krüger,
nach unserem Zweitgespräch am 9. Dezember wollte ich mich höflich nach dem aktuellen Stand erkundigen.
Mit freundlichen Grüßen
Jonas Becker
""", company="Quadrant Fertigungstechnik GmbH", contact="Anja", role="Fertigungsplaner", lang="de",
  diff="hard", notes="reply to status inquiry; 'kommen wir nicht auf Sie zurück'; quote mentions interview",
  reply=True, cte="quoted-printable")

M("rejection", ("Helvetor Careers", "helvetor@myworkday.com"),
  "Ihre Bewerbung – Projektleiter Netzinfrastruktur 80–100 %", "2026-01-27 15:16 +0100", """
Guten Tag Jonas Becker

Wir danken Ihnen für Ihre Bewerbung als Projektleiter Netzinfrastruktur 80–100 % und das uns entgegengebrachte Vertrauen.

Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben uns für Kandidierende entschieden, die das Anforderungsprofil noch besser abdecken.

Freundliche Grüsse
Helvetor AG
Human Resources
""", company="Helvetor", role="Projektleiter Netzinfrastruktur 80–100 %", lang="de", diff="easy",
  notes="Swiss German spelling (Grüsse); Workday", fmt="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("rejection", ("Sophie van Dijk", "sophie@innoverde.nl"),
  "Re: Operations Engineer – Innoverde", "2026-02-17 20:48 +0100", """
Hey Jonas,

Sorry this took so long. Honest answer: we loved the conversation but we've decided to hire more junior for this one so we can grow them into the role – budget reality of a seed-stage startup. It's not the right match at this stage for either side, I think.

If we raise the Series A later this year, I'd love to reconnect about a head of manufacturing role.

Cheers,
Sophie
Co-founder & COO, Innoverde

> Hi Sophie, just checking in after our call on the 5th – any news?
""", company="Innoverde", contact="Sophie", role="Operations Engineer", lang="en", diff="hard",
  notes="mentions budget (could look like on_hold) but a decision against candidate; future role", reply=True)

M("rejection", ("BambooHR on behalf of Corvane Instruments", "notifications@app.bamboohr.com"),
  "Corvane Instruments: Mechanical Design Engineer", "2026-03-10 13:25 -0700", """
Hi Jonas,

Thanks for applying to the Mechanical Design Engineer role at Corvane Instruments. We've filled this position and are closing out remaining applications.

We appreciate your interest and hope you'll consider us again in the future.

Corvane Instruments Hiring Team
""", company="Corvane Instruments", role="Mechanical Design Engineer", lang="en", diff="easy",
  notes="BambooHR; position filled", fmt="html")

M("rejection", ("Stefan Wirth", "s.wirth@brueckner-search.de"),
  "Kurzes Update zu Ihrer Kandidatur", "2026-04-14 17:55 +0200", """
Hallo Herr Becker,

wie telefonisch angekündigt, das schriftliche Feedback unseres Mandanten (Automobilzulieferer, Raum Ingolstadt): Man hat sich nach den finalen Gesprächen für den anderen Finalisten entschieden. Ausschlaggebend war wohl dessen Erfahrung mit Hochvoltsystemen.

Ich bedauere das sehr, Sie haben einen hervorragenden Eindruck hinterlassen. Ich habe bereits zwei weitere Mandate im Blick und melde mich nächste Woche.

Beste Grüße
Stefan Wirth
Partner | Brückner Executive Search
""", company="", contact="Stefan", role="", lang="de", diff="hard",
  notes="headhunter relays rejection; client not named")

M("rejection", ("Workday", "weserwerft@myworkday.com"),
  "Weser Werft Gruppe – Update", "2026-05-20 06:30 +0200", """
Dear Jonas Becker,

thank you for your application for the role Project Engineer Hull Outfitting (JR-7742).

We regret to inform you that your application has not been successful on this occasion.

Kind regards
Talent Acquisition
Weser Werft Gruppe
""", company="Weser Werft Gruppe", role="Project Engineer Hull Outfitting", lang="en", diff="easy",
  notes="generic 'Workday' display name; company only in subject/body", fmt="alt")

M("rejection", ("Caleb Brennan", "caleb.brennan@northfield-ec.com"),
  "Great talking Tuesday", "2026-06-25 09:14 -0400", """
Hi Jonas,

Great talking Tuesday, and thanks for the thoughtful questions about our rail depot portfolio.

I've thought about it a lot. You'd be a great addition to Northfield as a company, but for this particular Senior Project Manager seat we need someone with a PE license and US federal procurement experience, so I can't move you to the next round. I'd like to keep the door open for our European projects group – mind if I share your CV with Anita there?

All the best,
Caleb Brennan
Director, Transit Programs
Northfield Engineering Consultants
""", company="Northfield Engineering Consultants", contact="Caleb", role="Senior Project Manager", lang="en",
  diff="hard", notes="'great addition to the company, not for this role'; referral offer", fmt="alt")

M("rejection", ("Emberly Thermal Systems", "careers@emberly.ashbyhq.com"),
  "Your application at Emberly", "2026-09-08 12:00 +0100", """
Hi Jonas,

Thank you for your interest in the Manufacturing Project Manager role at Emberly. After reviewing your application, we don't think it's the right fit for where the team is today, so we won't be moving ahead.

This isn't a reflection of your abilities – we receive many applications and have to make difficult calls.

Best,
Emberly Talent
""", company="Emberly Thermal Systems", role="Manufacturing Project Manager", lang="en", diff="easy",
  notes="Ashby", fmt="html")

# ----------------------------- on_hold --------------------------------------
M("on_hold", ("Vantor Antriebe Recruiting", "karriere@vantor-antriebe.rexx-recruitment.com"),
  "Ihre Bewerbung: Projektingenieur E-Achsen (m/w/d)", "2025-01-21 10:03 +0100", """
Sehr geehrter Herr Becker,

vielen Dank für Ihre Bewerbung als Projektingenieur E-Achsen (m/w/d).

Aufgrund einer konzernweiten Neuausrichtung unseres Geschäftsbereichs E-Mobilität wurde die Besetzung dieser Stelle vorerst auf Eis gelegt. Wir können Ihnen derzeit leider nicht sagen, ob und wann das Auswahlverfahren fortgesetzt wird.

Sobald wir Neuigkeiten haben, melden wir uns unaufgefordert bei Ihnen. Ihre Unterlagen bleiben bis dahin – Ihr Einverständnis vorausgesetzt – in unserem System gespeichert.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vantor Antriebe GmbH
""", company="Vantor Antriebe GmbH", role="Projektingenieur E-Achsen (m/w/d)", lang="de", diff="easy",
  notes="rexx; reorg, search on ice", fmt="alt", cte="quoted-printable")

M("on_hold", ("Josh Whitcombe", "josh.whitcombe@caldmorerail.co.uk"),
  "Caldmore Rail – Rolling Stock Project Manager", "2025-02-26 12:40 +0000", """
Hi Jonas,

I wanted to let you know before you hear it elsewhere: as of this morning Caldmore has introduced a hiring freeze across all non-operational roles while the franchise renewal is negotiated. That unfortunately includes the Rolling Stock Project Manager position, so I have to cancel the panel we were arranging.

This has nothing to do with your application – the panel was looking forward to meeting you. If the freeze lifts in Q2 I'll come straight back to you.

Apologies for the disruption,
Josh Whitcombe
Senior Talent Partner, Caldmore Rail
""", company="Caldmore Rail", contact="Josh", role="Rolling Stock Project Manager", lang="en", diff="easy",
  notes="hiring freeze; cancels panel")

M("on_hold", ("Stahlberg Energie", "stahlberg@myworkday.com"),
  "Statusänderung Ihrer Bewerbung – R0004821", "2025-06-24 19:12 +0200", """
Guten Tag Jonas Becker,

die Stellenausschreibung „Bauleiter Umspannwerke (m/w/d)“ (R0004821), auf die Sie sich beworben haben, wurde storniert. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Dies stellt keine Bewertung Ihrer Qualifikation dar. Bitte beachten Sie unsere weiteren offenen Stellen auf unserer Karriereseite.

Mit freundlichen Grüßen
Stahlberg Energie AG – Talent Acquisition
""", company="Stahlberg Energie", role="Bauleiter Umspannwerke (m/w/d)", lang="de", diff="hard",
  notes="requisition cancelled; reads like ATS rejection ('nicht weiter bearbeitet')", fmt="html",
  hdrs={"Auto-Submitted": "auto-generated"})

M("on_hold", ("Harriet Quinn", "hquinn@hallamreid.co.uk"),
  "Pennine Traction update", "2025-08-19 10:05 +0100", """
Morning Jonas,

Bit of a frustrating one: Pennine Traction have told me this morning they're pausing the search for the Programme Manager role until the board signs off their 2026 budget. They were clear it's nothing to do with candidates – you were on the shortlist.

I'll chase them at the end of September. Shout if anything changes on your side.

Harriet

Harriet Quinn | Principal Consultant, Engineering
Hallam & Reid Recruitment
""", company="Pennine Traction", contact="Harriet", role="Programme Manager", lang="en", diff="hard",
  notes="agency recruiter reports client paused search")

M("on_hold", ("Noor Haddad", "noor@sablewood.ai"),
  "Re: Take-home – Sablewood", "2025-11-05 08:22 -0800", """
Hi Jonas,

Thank you for sending the fixture design case study – the team thought the tolerance stack-up was really well reasoned.

Unfortunately I have to pause this search. Our Series B close slipped into next year and the board asked us to hold all new headcount until it lands. I'm sorry – this is entirely about timing on our end.

I'll reach back out in January when we know more.

Noor Haddad
VP Hardware, Sablewood Robotics
""", company="Sablewood Robotics", contact="Noor", role="", lang="en", diff="hard",
  notes="after take-home; pausing search for funding; 'unfortunately'", reply=True, fmt="alt")

M("on_hold", ("Prof. Dr.-Ing. Katharina Lenz", "katharina.lenz@hs-rheinfeld.de"),
  "Stellenausschreibung 2026-014 (Lehrkraft für besondere Aufgaben)", "2026-02-04 14:50 +0100", """
Sehr geehrter Herr Becker,

vielen Dank für Ihre Bewerbung auf die Stelle einer Lehrkraft für besondere Aufgaben im Bereich Produktionsmanagement.

Leider muss ich Ihnen mitteilen, dass die Ausschreibung zurückgezogen wird: Die Finanzierung über das Landesprogramm wurde für das kommende Haushaltsjahr nicht bewilligt. Das Verfahren wird daher nicht fortgeführt.

Sollte die Stelle zu einem späteren Zeitpunkt erneut ausgeschrieben werden, würden wir uns über eine erneute Bewerbung freuen.

Mit freundlichen Grüßen
Katharina Lenz
Studiendekanin Maschinenbau, Hochschule Rheinfeld
""", company="Hochschule Rheinfeld", contact="Katharina", role="Lehrkraft für besondere Aufgaben", lang="de",
  diff="hard", notes="posting withdrawn for funding; 'leider' wording like rejection")

M("on_hold", ("Atelis Ingénierie", "rh@atelis-ingenierie.fr"),
  "Votre candidature – Responsable méthodes", "2025-11-25 09:35 +0100", """
Bonjour Jonas,

Je reviens vers vous concernant le poste de Responsable méthodes pour lequel nous nous sommes rencontrés le 14 octobre.

Suite à une réorganisation de notre site de Grenoble, la direction a décidé de geler ce recrutement jusqu'à nouvel ordre. Ce gel n'est aucunement lié à votre profil, qui avait retenu toute notre attention.

Je ne manquerai pas de vous recontacter dès que le poste sera réouvert.

Bien à vous,
Claire Dumont
Responsable RH – Atelis Ingénierie
""", company="Atelis Ingénierie", contact="Claire", role="Responsable méthodes", lang="fr", diff="easy",
  notes="French; recruitment frozen", cte="quoted-printable")

M("on_hold", ("Hollis Grid Recruiting", "no-reply@hire.lever.co"),
  "An update on the Senior Project Engineer role at Hollis Grid", "2026-03-31 16:01 -0600", """
Hi Jonas,

We wanted to give you an update: the Senior Project Engineer – Substations role you applied for is no longer open. After reviewing our 2026 project pipeline, the team has decided not to fill this position.

Because of this, we're closing all active applications for the role. We're grateful for your interest in Hollis Grid and would be happy to see your application for future openings.

Best,
Hollis Grid Talent Team
""", company="Hollis Grid", role="Senior Project Engineer – Substations", lang="en", diff="hard",
  notes="role no longer open; closes applications (looks like rejection)", fmt="alt")

M("on_hold", ("Maarten de Graaf", "m.degraaf@deltaportcranes.com"),
  "Project Manager Crane Retrofit – status", "2026-07-07 11:18 +0200", """
Dear Jonas,

Thanks for your follow-up. I'm afraid I have to tell you that the Project Manager Crane Retrofit vacancy has been put on hold. We are in the middle of a reorganisation of the service business unit, and until the new structure is final we cannot make any hiring commitments.

I expect clarity around September. I would very much like to continue our conversation at that point.

With kind regards,
Maarten de Graaf
Manager Service Projects
Deltaport Cranes B.V. | Rotterdam
""", company="Deltaport Cranes", contact="Maarten", role="Project Manager Crane Retrofit", lang="en",
  diff="easy", notes="reorganisation; vacancy on hold", reply=True)

M("on_hold", ("Talleres Aranda", "rrhh@talleresaranda.es"),
  "Re: Entrevista – Jefe/a de Proyecto de Utillajes", "2026-02-24 13:07 +0100", """
Hola Jonas,

Gracias por tu paciencia. Te escribo para informarte de que la dirección ha decidido dejar en suspenso la contratación para el puesto de Jefe/a de Proyecto de Utillajes. Estamos revisando la estructura del departamento de ingeniería tras la pérdida de un cliente importante y, por ahora, no se incorporará a nadie.

No tiene nada que ver con tu candidatura; la entrevista fue muy positiva. Si el proceso se reactiva, serás de los primeros en saberlo.

Un saludo,
Marta Iglesias
Recursos Humanos – Talleres Aranda
""", company="Talleres Aranda", contact="Marta", role="Jefe/a de Proyecto de Utillajes", lang="es",
  diff="hard", notes="Spanish; hiring suspended after interview", reply=True, cte="base64")

# ----------------------------- interview ------------------------------------
M("interview", ("Stellwerk Mobility", "jobs@stellwerk-mobility.jobs.personio.de"),
  "Einladung zum Kennenlernen – Projektleiter Fahrzeugintegration", "2025-03-10 09:41 +0100", """
Hallo Jonas,

danke für deine Bewerbung als Projektleiter Fahrzeugintegration bei Stellwerk Mobility! Deine Erfahrung mit Zulassungsprojekten hat uns neugierig gemacht.

Wir würden dich gern in einem ersten Video-Interview kennenlernen:

Termin: Dienstag, 18. März 2025, 14:00–14:45 Uhr
Ort: Microsoft Teams (der Link folgt separat per Kalendereinladung)
Gesprächspartner: Ilka Brandt (Head of Engineering) und Mehmet Aydın (People)

Bitte bestätige den Termin kurz über den Link in deinem Bewerberportal. Falls es nicht passt, schlag uns gern Alternativen vor.

Bis bald
Mehmet
Stellwerk Mobility GmbH · People & Culture
""", company="Stellwerk Mobility GmbH", contact="Mehmet", role="Projektleiter Fahrzeugintegration", lang="de",
  diff="easy", notes="Personio; German; definite time", iat="2025-03-18T14:00:00+01:00", fmt="alt")

M("interview", ("Caldmore Rail via GoodTime", "scheduling@goodtime.io"),
  "Please choose times for your interview with Caldmore Rail", "2025-02-12 15:20 +0000", """
Hi Jonas,

Caldmore Rail would like to schedule a 45-minute video interview with you for the Rolling Stock Project Manager role.

Please select all times that work for you in the next seven days using the link below. Once the team confirms, you'll receive a calendar invitation.

https://app.goodtime.io/availability/CR-8f2ac1

Interviewers: Josh Whitcombe, Fiona Barr

This message was sent by GoodTime on behalf of Caldmore Rail.
""", company="Caldmore Rail", role="Rolling Stock Project Manager", lang="en", diff="easy",
  notes="GoodTime availability request; no definite time", fmt="html")

M("interview", ("Ines Vogt", "ines.vogt@aurelis-et.de"),
  "Einladung: Vorstellungsgespräch Projektmanager Anlagenbau – Jonas Becker", "2025-05-28 08:12 +0200", """
Wann: Donnerstag, 5. Juni 2025 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Aurelis Energietechnik, Gebäude C, Besprechungsraum "Rhein", Am Kraftwerk 4, 45127 Essen

Hallo Herr Becker,

wie telefonisch besprochen sende ich Ihnen die Einladung für das Gespräch mit Herrn Dr. Pfeiffer (Bereichsleitung Anlagenbau) und mir. Bitte melden Sie sich am Empfang in Gebäude A.

Viele Grüße
Ines Vogt
Recruiting | Aurelis Energietechnik GmbH
""", company="Aurelis Energietechnik GmbH", contact="Ines", role="Projektmanager Anlagenbau", lang="de",
  diff="hard", notes="Outlook invite with text/calendar part; zone label says UTC+01:00 but June is CEST", iat="2025-06-05T10:00:00+02:00", fmt="alt",
  ics_inline=True, ics=ics_event("aurelis-20250605-becker", "20250605T100000", "20250605T113000",
                                  "Vorstellungsgespräch Jonas Becker", "ines.vogt@aurelis-et.de",
                                  tz="W. Europe Standard Time"), cte="quoted-printable")

M("interview", ("Miriam Osei", "miriam.osei@ridgewaydynamics.com"),
  "Onsite at Ridgeway – Mechanical Engineering Lead", "2025-03-05 18:47 -0800", """
Hi Jonas,

Great news – the team would like to bring you onsite for the Mechanical Engineering Lead role. Here's the plan:

Thursday, March 13, 9:30 AM – 2:30 PM PT
Ridgeway Dynamics, 2210 Harbor Blvd, Oakland

9:30  Welcome + coffee with me
10:00 Design review: walk us through a project you led (45 min, bring slides)
11:00 Shop floor tour with Dev (manufacturing)
12:00 Lunch with the team
13:00 Panel with Alicia (CTO) and Sam (program management)

We'll cover your travel from the hotel. Reply to confirm and I'll send the calendar hold.

— Miriam
""", company="Ridgeway Dynamics", contact="Miriam", role="Mechanical Engineering Lead", lang="en",
  diff="hard", notes="onsite itinerary; date crosses US DST change (PDT)", iat="2025-03-13T09:30:00-07:00")

M("interview", ("Hollis Grid", "no-reply@hire.lever.co"),
  "Next steps with Hollis Grid", "2025-09-16 10:02 -0600", """
Hi Jonas,

Thanks for applying to Hollis Grid! We'd like to set up a 30-minute phone screen with Dani Reyes, our technical recruiter, to learn more about your background.

Grab any open slot on Dani's calendar here: https://calendly.com/hollisgrid-dani/30min

Talk soon,
The Hollis Grid Team
""", company="Hollis Grid", role="", lang="en", diff="easy", notes="Lever; Calendly link, no fixed time",
  fmt="alt")

M("interview", ("Harriet Quinn", "hquinn@hallamreid.co.uk"),
  "Aquila – second stage moved", "2025-05-30 16:44 +0100", """
Hi Jonas,

Quick one – Tom at Aquila has a clash with a customer audit on Monday, so they've asked to move your second-stage interview to Wednesday 4 June at 11:00 (UK time), same place: Aquila Aerostructures, Building 7, Filton.

Format stays the same: 30-minute presentation on your 100-day plan, then questions from Tom and the ops director.

Can you let me know today if that works? Sorry for the shuffle.

Harriet
""", company="Aquila Aerostructures", contact="Harriet", role="", lang="en", diff="hard",
  notes="agency reschedule; BST; mentions old day", iat="2025-06-04T11:00:00+01:00")

M("interview", ("Rafael Moreno", "rafael.moreno@kestrowmedical.com"),
  "Technical exercise + follow-up call", "2026-01-28 13:15 -0500", """
Hi Jonas,

Thanks for the great conversation on Monday. As a next step, we'd like you to complete a short technical exercise: a DFM review of the attached housing design (we've put a summary below). Plan for about three hours – please don't spend more.

Once you've sent it back, we'll schedule a 60-minute session with two of our senior engineers to walk through your findings. That will most likely be sometime next week; our coordinator will send options.

Rafael Moreno
Engineering Manager, Manufacturing
Kestrow Medical
""", company="Kestrow Medical", contact="Rafael", role="", lang="en", diff="hard",
  notes="take-home plus review session; no definite time", pdf="Housing_DFM_exercise.pdf")

M("interview", ("Lena Hofstätter", "lena.hofstaetter@alpentherm.at"),
  "Einladung zum Vorstellungsgespräch", "2025-04-17 15:27 +0200", """
Sehr geehrter Herr Becker,

vielen Dank für Ihre Bewerbung als Projektingenieur Wärmepumpen. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch an unserem Standort ein:

Dienstag, 29. April 2025, 9:00 Uhr
Alpentherm Energie GmbH, Industriezeile 36, 4020 Linz

Gesprächspartner sind Herr Ing. Gruber (Leitung Projektabwicklung) und ich. Planen Sie bitte etwa zwei Stunden ein, inklusive einer kurzen Werksführung. Reisekosten erstatten wir nach Vorlage der Belege.

Bitte bestätigen Sie den Termin per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Lena Hofstätter
HR Business Partner
""", company="Alpentherm Energie GmbH", contact="Lena", role="Projektingenieur Wärmepumpen", lang="de",
  diff="easy", notes="German (Austria); in person", iat="2025-04-29T09:00:00+02:00", cte="quoted-printable")

M("interview", ("Claire Dumont", "claire.dumont@atelis-ingenierie.fr"),
  "Entretien – Responsable méthodes", "2025-10-07 11:02 +0200", """
Bonjour Jonas,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien pour le poste de Responsable méthodes :

le mardi 14 octobre à 15h00, dans nos locaux de Grenoble (12 rue des Martyrs, bâtiment B).

Vous rencontrerez Monsieur Lefèvre, directeur industriel, ainsi que moi-même. Merci de vous munir d'une pièce d'identité pour l'accueil.

Au plaisir de vous rencontrer,
Claire Dumont
Responsable RH – Atelis Ingénierie
""", company="Atelis Ingénierie", contact="Claire", role="Responsable méthodes", lang="fr", diff="easy",
  notes="French; definite time", iat="2025-10-14T15:00:00+02:00", fmt="alt")

M("interview", ("Marta Iglesias", "marta.iglesias@talleresaranda.es"),
  "Entrevista – Jefe/a de Proyecto de Utillajes", "2026-01-15 10:20 +0100", """
Hola Jonas:

Gracias por tu interés en Talleres Aranda. Nos gustaría conocerte en una entrevista por Teams con el director de ingeniería, Luis Ortega.

Fecha: jueves 22 de enero de 2026
Hora: 11:00 (hora peninsular)
Duración aproximada: 45 minutos

Te enviaré el enlace el día anterior. Si necesitas cambiar la hora, dímelo.

Un saludo,
Marta Iglesias
Recursos Humanos
""", company="Talleres Aranda", contact="Marta", role="Jefe/a de Proyecto de Utillajes", lang="es",
  diff="easy", notes="Spanish; Teams interview", iat="2026-01-22T11:00:00+01:00", cte="quoted-printable")

M("interview", ("Anja Krüger", "anja.krueger@quadrant-ft.de"),
  "Zweitgespräch Fertigungsplaner – Terminbestätigung", "2025-12-01 12:06 +0100", """
Hallo Herr Becker,

vielen Dank für Ihre schnelle Rückmeldung. Hiermit bestätige ich Ihnen den Termin für das Zweitgespräch:

Dienstag, 09.12.2025, 10:30 Uhr
Quadrant Fertigungstechnik GmbH, Werk 2, Am Hafen 14, 47119 Duisburg

Im zweiten Teil möchten wir mit Ihnen eine kleine Fallstudie zur Kapazitätsplanung durchgehen – eine Vorbereitung ist nicht nötig.

Viele Grüße
Anja Krüger
Personal
""", company="Quadrant Fertigungstechnik GmbH", contact="Anja", role="Fertigungsplaner", lang="de",
  diff="easy", notes="second interview confirmation; no word 'Interview'", iat="2025-12-09T10:30:00+01:00",
  reply=True)

M("interview", ("Dr. Henrik Sauer", "henrik.sauer@hs-rheinfeld.de"),
  "Einladung Auswahlgespräch – Kennziffer 2025-071", "2025-07-08 10:00 +0200", """
Sehr geehrter Herr Becker,

die Auswahlkommission freut sich, Sie zu einem Auswahlgespräch für die Stelle einer/eines Wissenschaftlichen Mitarbeiterin/Mitarbeiters Fertigungstechnik (Kennziffer 2025-071) einzuladen.

Termin: Donnerstag, 24. Juli 2025, 13:15 Uhr
Ort: Campus Nord, Gebäude B, Raum B 2.14

Das Gespräch beginnt mit einem Fachvortrag von 20 Minuten zum Thema „Prozessüberwachung in der spanenden Fertigung“, daran schließt sich eine Diskussion mit der Kommission an. Ein Beamer ist vorhanden.

Bitte teilen Sie uns bis zum 15. Juli mit, ob Sie den Termin wahrnehmen können. Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Dr.-Ing. Henrik Sauer
Institut für Produktionstechnik, Hochschule Rheinfeld
""", company="Hochschule Rheinfeld", contact="Henrik", role="Wissenschaftliche/r Mitarbeiter/in Fertigungstechnik",
  lang="de", diff="easy", notes="university selection interview with talk", iat="2025-07-24T13:15:00+02:00",
  pdf="Einladung_Auswahlgespraech.pdf")

M("interview", ("Caleb Brennan", "caleb.brennan@northfield-ec.com"),
  "Quick chat about the Senior PM role?", "2026-06-18 16:52 -0400", """
Hi Jonas,

Your CV came to me through Anita in our European group. I'd love to have a quick, informal chat before we go any further – nothing formal, just 30 minutes to talk about our rail depot work and what you're looking for.

I've put Tuesday at 2pm ET on both our calendars (Zoom link in the invite). If that's a bad time, just tell me and we'll find another.

Caleb Brennan
Director, Transit Programs
Northfield Engineering Consultants
""", company="Northfield Engineering Consultants", contact="Caleb", role="Senior Project Manager",
  lang="en", diff="hard", notes="'quick chat'; relative day resolved against Date", iat="2026-06-23T14:00:00-04:00",
  fmt="alt")

M("interview", ("Castellan Motion Systems", "castellan@talent.icims.com"),
  "Action required: schedule your interview – Manufacturing Engineering Manager", "2025-04-02 09:30 -0400", """
Dear Jonas,

Congratulations! The hiring team for Manufacturing Engineering Manager (Req #24-1187) would like to invite you to a video interview.

Please use the self-scheduling link below to choose a time that works for you. Available slots are shown in your local time zone.

Schedule now: https://castellan.icims.com/jobs/24-1187/schedule

If none of the times work, reply to this message and a coordinator will assist.

Castellan Motion Systems Talent Acquisition
""", company="Castellan Motion Systems", role="Manufacturing Engineering Manager", lang="en", diff="easy",
  notes="iCIMS self-scheduling", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

M("interview", ("Olivia from Talvik Systems", "olivia@paradox.ai"),
  "Interview confirmed: Talvik Systems", "2026-08-11 08:05 -0500", """
Hi Jonas! It's Olivia, the virtual assistant for Talvik Systems.

Your interview is confirmed:
Position: Plant Engineering Manager
When: Mon, Aug 17, 2026 at 3:00 PM CDT
Where: Video call – link below
With: Rachel Kim, Director of Operations

Join: https://talvik.paradox.ai/v/7HC2Q

Need to reschedule? Just reply "reschedule" and I'll help.
""", company="Talvik Systems", role="Plant Engineering Manager", lang="en", diff="easy",
  notes="Paradox (Olivia) confirmation", iat="2026-08-17T15:00:00-05:00", fmt="alt")

M("interview", ("Meridian Hydraulics Recruiting", "notifications@jobvite.com"),
  "Final round itinerary – Senior Manufacturing Engineer", "2025-10-09 15:40 -0400", """
Hi Jonas,

We're excited to invite you to the final round for the Senior Manufacturing Engineer role. Please find your itinerary below.

Date: Friday, October 17, 2025
Location: Meridian Hydraulics, 4400 Commerce Pkwy, Rochester Hills, MI
All times Eastern

8:30 AM  Check-in and safety briefing
9:00 AM  Panel: Quality, Production and Supply Chain leads
10:30 AM Plant walk with the Value Stream Manager
11:30 AM Working lunch: problem-solving exercise
12:30 PM Wrap-up with HR

Please bring a government-issued photo ID and closed-toe shoes.

Meridian Hydraulics Recruiting
""", company="Meridian Hydraulics", role="Senior Manufacturing Engineer", lang="en", diff="easy",
  notes="final-round panel itinerary", iat="2025-10-17T08:30:00-04:00", fmt="alt")

M("interview", ("Kestrow Medical via ModernLoop", "scheduling@modernloop.io"),
  "Kestrow Medical: pick times for your panel", "2026-02-06 11:45 -0500", """
Hi Jonas,

The Kestrow Medical team is ready for your panel review of the DFM exercise. Please share your availability for a 60-minute video session with Rafael Moreno and Jen Okafor.

Share availability: https://app.modernloop.io/a/kestrow/9vK1sQ

Suggested windows: Tue Feb 10, Wed Feb 11 or Thu Feb 12, between 9:00 AM and 4:00 PM ET.

Sent by ModernLoop on behalf of Kestrow Medical
""", company="Kestrow Medical", role="", lang="en", diff="easy", notes="ModernLoop; several windows",
  fmt="html")

M("interview", ("Stefan Wirth", "s.wirth@brueckner-search.de"),
  "Mandant möchte Sie sprechen – morgen 10:30?", "2026-03-25 18:20 +0100", """
Hallo Herr Becker,

gute Nachrichten: Der Mandant (Automobilzulieferer, Raum Ingolstadt) möchte Sie kennenlernen. Ich habe mit dem Bereichsleiter einen Videocall für morgen um 10:30 Uhr vereinbart – Einladung mit Teams-Link kommt gleich von dessen Assistenz.

Bitte halten Sie ca. 60 Minuten frei. Themen: Ihre Erfahrung mit Serienanläufen und Lieferantensteuerung.

Beste Grüße
Stefan Wirth
Partner | Brückner Executive Search
""", company="", contact="Stefan", role="", lang="de", diff="hard",
  notes="headhunter; client unnamed; 'morgen' relative to Date", iat="2026-03-26T10:30:00+01:00")

M("interview", ("Sophie van Dijk", "sophie@innoverde.nl"),
  "Re: Operations Engineer – Innoverde", "2026-02-02 08:57 +0100", """
Works for me – Thursday 10:00 then, at our office in Delft (Schoemakerstraat 97, 2nd floor, ring "Innoverde"). Coffee is on us.

Sophie

> On Sun, 1 Feb 2026, Jonas Becker wrote:
> Hi Sophie, thanks for getting back to me. Thursday morning would suit me well, e.g. 10:00?
> Best, Jonas
>
>> On Fri, 30 Jan 2026, Sophie van Dijk wrote:
>> Hi Jonas, we'd love to meet you in person to talk about the Operations Engineer role. Any day next week?
""", company="Innoverde", contact="Sophie", role="Operations Engineer", lang="en", diff="hard",
  notes="short confirmation in thread; no word interview", iat="2026-02-05T10:00:00+01:00", reply=True)

M("interview", ("Baltica Wind", "baltica-wind@mail.teamtailor.com"),
  "Re: Baltica Wind – Commissioning Project Lead", "2025-12-02 10:44 +0100", """
Hi Jonas,

A quick follow-up to our message from a couple of weeks ago. Our Head of Offshore Commissioning, Kasper, reviewed the applications again and would like to speak with you after all – the GWO certificate can be obtained after joining.

We'd like to invite you to a video interview on Wednesday 10 December 2025 at 13:00 CET (Teams). Please confirm via the button in the candidate portal.

Best regards,
Nina
Baltica Wind Talent Team

----
On 18 Nov 2025 Baltica Wind wrote:
> We're sorry to say that we won't be moving forward with your application this time. The role requires a valid GWO certification and offshore experience from day one.
""", company="Baltica Wind", contact="Nina", role="Commissioning Project Lead", lang="en", diff="hard",
  notes="invitation quoting earlier rejection", iat="2025-12-10T13:00:00+01:00", fmt="alt")

M("interview", ("Kessler Antriebstechnik GmbH", "noreply@successfactors.eu"),
  "Einladung zum Interview: Teamleiter Industrialisierung (m/w/d)", "2026-04-09 11:30 +0200", """
Sehr geehrter Herr Becker,

wir freuen uns, Sie zu einem persönlichen Gespräch für die Position Teamleiter Industrialisierung (m/w/d) einzuladen.

Datum: 21.04.2026
Uhrzeit: 13:00 – 14:30 Uhr
Ort: Kessler Antriebstechnik GmbH, Heilbronner Straße 112, 70191 Stuttgart, Empfang Gebäude 3

Ihre Gesprächspartner: Frank Ostermann (Leiter Industrialisierung), Julia Weber (HR)

Eine Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie den Termin im Bewerberportal.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""", company="Kessler Antriebstechnik GmbH", role="Teamleiter Industrialisierung (m/w/d)", lang="de",
  diff="easy", notes="SuccessFactors invite with .ics attachment", iat="2026-04-21T13:00:00+02:00", fmt="alt",
  ics=ics_event("sf-kessler-88213", "20260421T110000Z", "20260421T123000Z",
                "Interview Teamleiter Industrialisierung", "noreply@successfactors.eu"))

M("interview", ("Noor Haddad", "noor@sablewood.ai"),
  "Sablewood – case study", "2025-10-21 09:10 -0700", """
Hey Jonas,

Loved our chat last week. Next step is a short case study: design a fixture concept for our gripper sub-assembly (brief attached). Take up to a week, then we'll set up a panel where you present it to me and two of the hardware leads – we'll find a slot once you've sent it in.

Noor
""", company="Sablewood Robotics", contact="Noor", role="", lang="en", diff="hard",
  notes="take-home then panel; no time; no word interview", pdf="Sablewood_case_brief.pdf")

# ----------------------------- offer ----------------------------------------
M("offer", ("Mehmet Aydın", "mehmet.aydin@stellwerk-mobility.de"),
  "Dein Vertragsangebot bei Stellwerk Mobility", "2025-04-03 17:26 +0200", """
Hallo Jonas,

wie heute Mittag am Telefon besprochen, freuen wir uns sehr, dir die Position als Projektleiter Fahrzeugintegration anzubieten!

Im Anhang findest du unser Vertragsangebot mit allen Eckdaten (Jahresbruttogehalt, 30 Urlaubstage, Mobilitätsbudget, Start zum 1. Juni 2025). Das Angebot ist bis zum 14. April gültig.

Wenn du Fragen hast oder über einzelne Punkte sprechen möchtest, ruf mich jederzeit an.

Wir würden uns riesig freuen, dich im Team zu haben!

Mehmet
People & Culture · Stellwerk Mobility GmbH
""", company="Stellwerk Mobility GmbH", contact="Mehmet", role="Projektleiter Fahrzeugintegration", lang="de",
  diff="easy", notes="German offer with PDF contract", pdf="Vertragsangebot_Jonas_Becker.pdf", fmt="alt")

M("offer", ("Talvik Systems", "olivia@paradox.ai"),
  "Your offer from Talvik Systems is ready", "2026-08-27 10:14 -0500", """
Hi Jonas,

Great news! Talvik Systems has extended you an offer for the Plant Engineering Manager position.

Review and sign your offer letter here: https://talvik.paradox.ai/offer/Q8ZK2

The offer expires on September 3, 2026. If you have questions about compensation or benefits, please contact Rachel Kim, Director of Operations.

Congratulations!
Olivia, Talvik Systems virtual assistant
""", company="Talvik Systems", contact="Rachel", role="Plant Engineering Manager", lang="en", diff="easy",
  notes="Paradox offer notice; names contact", fmt="html")

M("offer", ("Rafael Moreno", "rafael.moreno@kestrowmedical.com"),
  "Following up on our call", "2026-03-04 18:02 -0500", """
Hi Jonas,

It was great to speak with you this afternoon – I could hear how excited you were, and so are we.

To put in writing what we discussed: base salary of $142,000, a 10% annual target bonus, relocation support up to $15,000, and a start date of April 20 in our Minneapolis plant. HR will send the formal paperwork tomorrow for your signature.

Take the weekend to think it over and let me know if anything is unclear. We'd really love to have you lead the manufacturing engineering team.

Rafael
""", company="Kestrow Medical", contact="Rafael", role="", lang="en", diff="hard",
  notes="written follow-up to verbal offer; never says 'offer'")

M("offer", ("Reto Baumann", "reto.baumann@alpwerk-bahntechnik.ch"),
  "Stellenangebot Leiter Projektmanagement", "2026-05-12 16:30 +0200", """
Grüezi Herr Becker

Nochmals herzlichen Dank für die offenen und spannenden Gespräche in Winterthur.

Es freut mich sehr, Ihnen im Namen der Geschäftsleitung die Stelle als Leiter Projektmanagement (100 %) bei der Alpwerk Bahntechnik AG anbieten zu dürfen. Den Arbeitsvertrag sowie die Eckdaten zu Lohn, Ferien und Pensionskasse finden Sie im Anhang.

Wir würden uns über Ihre Zusage bis Ende Mai freuen. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Reto Baumann
Leiter Personal
Alpwerk Bahntechnik AG
""", company="Alpwerk Bahntechnik", contact="Reto", role="Leiter Projektmanagement", lang="de",
  diff="easy", notes="Swiss German offer with contract PDF", pdf="Arbeitsvertrag_Becker.pdf",
  cte="quoted-printable")

M("offer", ("Ines Vogt", "ines.vogt@aurelis-et.de"),
  "Aurelis Energietechnik – gute Nachrichten", "2025-06-16 09:22 +0200", """
Guten Morgen Herr Becker,

ich hoffe, Sie hatten ein schönes Wochenende. Ich habe gute Nachrichten: Herr Dr. Pfeiffer und das Team möchten Sie als Projektmanager Anlagenbau gewinnen.

Unser schriftliches Angebot mit Vergütung (Tarifgruppe E12 IG BCE plus Projektzulage) und Eintrittstermin 1. September liegt im Anhang. Leider konnten wir beim Firmenwagen keine Ausnahme machen, das Angebot enthält aber die besprochene Bahncard 100.

Geben Sie mir bitte bis zum 27. Juni Bescheid, ob Sie annehmen.

Viele Grüße
Ines Vogt
""", company="Aurelis Energietechnik GmbH", contact="Ines", role="Projektmanager Anlagenbau", lang="de",
  diff="hard", notes="offer with 'leider' about a perk", pdf="Angebot_Becker_Aurelis.pdf", fmt="alt", cte="base64")

M("offer", ("Harriet Quinn", "hquinn@hallamreid.co.uk"),
  "Pennine Traction – they want you!", "2025-10-22 13:12 +0100", """
Jonas,

I've just come off the phone with Pennine Traction. The budget came through, they unpaused the Programme Manager search, skipped the second round for you and want to make you an offer: £78k base, 10% bonus, car allowance, hybrid 3 days in Derby. Formal offer letter to follow from their HR by Friday.

Call me when you can – I'd like to talk you through the details and timings before the paperwork lands.

Harriet

Harriet Quinn | Principal Consultant, Engineering
Hallam & Reid Recruitment
""", company="Pennine Traction", contact="Harriet", role="Programme Manager", lang="en", diff="hard",
  notes="agency recruiter relays offer; mentions earlier pause")

# ----------------------------- application_received -------------------------
M("application_received", ("Nordwind Rail Systems", "nordwindrail@myworkday.com"),
  "Thank you for applying – Systems Engineer Bogies", "2025-06-02 21:14 +0200", """
Hello Jonas,

Thank you for applying for Systems Engineer Bogies (R-10233) at Nordwind Rail Systems. We have received your application and our recruiting team will review it shortly.

You can check the status of your application at any time by signing in to your candidate home.

Best regards,
Nordwind Rail Systems Recruiting
""", company="Nordwind Rail Systems", role="Systems Engineer Bogies", lang="en", diff="easy",
  notes="Workday acknowledgement", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

M("application_received", ("Kessler Antriebstechnik GmbH", "noreply@successfactors.eu"),
  "Eingangsbestätigung Ihrer Bewerbung", "2025-01-28 22:48 +0100", """
Sehr geehrter Herr Becker,

vielen Dank für Ihre Online-Bewerbung als Projektleiter Getriebekomponenten (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Antriebstechnik GmbH
""", company="Kessler Antriebstechnik GmbH", role="Projektleiter Getriebekomponenten (m/w/d)", lang="de",
  diff="easy", notes="German SuccessFactors acknowledgement", hdrs={"Auto-Submitted": "auto-generated"},
  cte="quoted-printable")

M("application_received", ("Thamesgate Engineering", "no-reply@us.greenhouse-mail.io"),
  "Thanks for applying to Thamesgate!", "2025-02-14 08:03 +0000", """
Hi Jonas,

Thanks for your interest in Thamesgate Engineering! We've received your application for Senior Project Engineer – Water Infrastructure and our team is reviewing it.

If your experience is a match, a member of our team will be in touch to arrange an initial interview. If we're not able to progress your application, we'll let you know by email – unfortunately, due to the volume of applications, we can't give individual feedback at this stage.

Thamesgate Talent Acquisition
""", company="Thamesgate Engineering", role="Senior Project Engineer – Water Infrastructure", lang="en",
  diff="hard", notes="mentions interview and 'unfortunately'/not progressing as future outcomes", fmt="alt")

M("application_received", ("Lumora Robotics", "no-reply@lumora-robotics.jobs.personio.de"),
  "Wir haben deine Bewerbung erhalten 🚀", "2025-08-01 12:30 +0200", """
Hi Jonas,

danke für deine Bewerbung als Hardware Project Manager! Sie ist sicher bei uns angekommen.

Unser Team schaut sich alle Bewerbungen persönlich an – das kann ein paar Tage dauern. Wir melden uns so schnell wie möglich bei dir.

Bis dahin: Schau gern auf unserem Blog vorbei, um mehr über unsere Roboter zu erfahren.

Dein Lumora People Team
""", company="Lumora Robotics", role="Hardware Project Manager", lang="de", diff="easy",
  notes="Personio; emoji in encoded subject", fmt="html", cte="base64")

M("application_received", ("Feldmark Fahrzeugtechnik", "noreply@smartrecruiters.com"),
  "Feldmark Fahrzeugtechnik – Bewerbung eingegangen", "2025-09-02 07:55 +0200", """
Guten Tag Jonas,

vielen Dank für Ihre Bewerbung als Qualitätsingenieur Lieferantenmanagement (m/w/d) bei Feldmark Fahrzeugtechnik. Ihre Bewerbung ist bei uns eingegangen.

Bitte haben Sie Verständnis, dass die Prüfung einige Zeit in Anspruch nehmen kann.

Freundliche Grüße
Feldmark Talent Acquisition
""", company="Feldmark Fahrzeugtechnik", role="Qualitätsingenieur Lieferantenmanagement (m/w/d)", lang="de",
  diff="easy", notes="SmartRecruiters", fmt="alt")

M("application_received", ("Ostrander Automation Careers", "ostrander@taleo.net"),
  "Ostrander Automation – Application Received (Req 25000413)", "2025-09-23 03:12 -0500", """
Dear Jonas Becker,

Thank you for submitting your application for the position Controls & Automation Project Manager (Req 25000413).

Your application has been successfully submitted. A recruiter will review your qualifications. If your background matches the requirements, you will be contacted to discuss next steps. Due to the high number of applications we receive, only candidates selected for interviews will be contacted.

You can track your application status in My Jobpage.

Ostrander Automation, Inc. – Talent Acquisition
This is an automated message. Please do not reply.
""", company="Ostrander Automation", role="Controls & Automation Project Manager", lang="en", diff="hard",
  notes="Taleo; only interview-selected contacted; do-not-reply", fmt="html",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("application_received", ("Pyranos Energy", "noreply@apply.workable.com"),
  "Pyranos Energy: application received", "2025-08-14 13:44 +0100", """
Hi Jonas,

Thanks for applying for the Project Manager – Grid Storage role at Pyranos Energy. Your application has been received.

We review every application and will be in touch if we'd like to talk.

Cheers,
Pyranos Energy
Powered by Workable
""", company="Pyranos Energy", role="Project Manager – Grid Storage", lang="en", diff="easy",
  notes="Workable", fmt="alt")

M("application_received", ("Vornholt Maschinenbau", "jobs@vornholt-maschinenbau.softgarden.de"),
  "Bestätigung: Konstrukteur Sondermaschinenbau (m/w/d)", "2025-03-12 19:03 +0100", """
Guten Tag Herr Becker,

wir haben Ihre Bewerbung für die Position Konstrukteur Sondermaschinenbau (m/w/d) erhalten – vielen Dank!

Sie erhalten in Kürze eine Rückmeldung von uns. Über Ihr Bewerberkonto bei softgarden können Sie den Status jederzeit einsehen und Ihre Unterlagen aktualisieren.

Freundliche Grüße
Ihr Personalteam
Vornholt Maschinenbau GmbH & Co. KG
""", company="Vornholt Maschinenbau", role="Konstrukteur Sondermaschinenbau (m/w/d)", lang="de",
  diff="easy", notes="softgarden", fmt="html")

M("application_received", ("StepStone", "noreply@stepstone.de"),
  "Ihre Bewerbung wurde erfolgreich versendet", "2025-10-03 22:10 +0200", """
Hallo Jonas Becker,

Ihre Bewerbung wurde erfolgreich an die Marquardt & Söhne Anlagenbau GmbH übermittelt.

Stelle: Projektingenieur Inbetriebnahme (m/w/d)
Standort: Augsburg
Übermittelt am: 03.10.2025

Das Unternehmen wird sich direkt bei Ihnen melden. Den Status Ihrer Bewerbungen finden Sie unter „Meine Bewerbungen“.

Ihr StepStone Team
""", company="Marquardt & Söhne Anlagenbau GmbH", role="Projektingenieur Inbetriebnahme (m/w/d)", lang="de",
  diff="hard", notes="job board submission confirmation; employer only in body", fmt="alt",
  hdrs={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=8812>"})

M("application_received", ("Greg Lindqvist", "glindqvist@ostrander-automation.com"),
  "Re: Controls & Automation Project Manager", "2025-09-24 07:58 -0500", """
Hi Jonas,

Got your note and your application came through on our end, thanks. I'm travelling the next two weeks, so it'll be mid-October before I can sit down with the shortlist. I'll get back to you either way.

Greg
""", company="Ostrander Automation", contact="Greg", role="Controls & Automation Project Manager", lang="en",
  diff="hard", notes="personal acknowledgement from hiring manager, not templated", reply=True)

M("application_received", ("Groupe Solvane – Recrutement", "recrutement@solvane-groupe.fr"),
  "Accusé de réception de votre candidature", "2025-06-30 15:05 +0200", """
Bonjour Monsieur Becker,

Nous accusons bonne réception de votre candidature au poste de Chef de projet industrialisation (H/F) et vous en remercions.

Votre dossier est en cours d'étude par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
Le service Recrutement
Groupe Solvane
""", company="Groupe Solvane", role="Chef de projet industrialisation (H/F)", lang="fr", diff="easy",
  notes="French acknowledgement", cte="quoted-printable")

M("application_received", ("Emberly Thermal Systems", "careers@emberly.ashbyhq.com"),
  "Thanks for applying to Emberly", "2026-08-30 10:31 +0100", """
Hi Jonas,

Thanks for applying for the Manufacturing Project Manager role – we're glad you're interested in Emberly.

Our team reviews applications on a rolling basis. We'll reach out if there's a match.

Emberly Talent
""", company="Emberly Thermal Systems", role="Manufacturing Project Manager", lang="en", diff="easy",
  notes="Ashby; two lines", fmt="html")

M("application_received", ("Brabant Precision", "careers@brabantprecision.recruitee.com"),
  "We received your application", "2025-05-06 11:21 +0200", """
Hi Jonas,

Thank you for applying for Process Engineer CNC at Brabant Precision! We'll carefully review your application and get back to you within two weeks, whether or not we'd like to invite you for an interview.

Kind regards,
Brabant Precision hiring team
""", company="Brabant Precision", role="Process Engineer CNC", lang="en", diff="hard",
  notes="mentions interview invitation as possible next step", fmt="alt")

M("application_received", ("Meridian Hydraulics", "notifications@jobvite.com"),
  "Application confirmation", "2025-09-12 14:18 -0400", """
Dear Jonas,

Thank you for your interest in Meridian Hydraulics. This email confirms that we have received your application for Senior Manufacturing Engineer.

A member of our recruiting team will review your information.

Sincerely,
Meridian Hydraulics Talent Acquisition
""", company="Meridian Hydraulics", role="Senior Manufacturing Engineer", lang="en", diff="easy",
  notes="Jobvite", fmt="html")

M("application_received", ("Alpwerk Bahntechnik AG", "jobs@alpwerk-bahntechnik.ch"),
  "Ihre Bewerbung – Leiter Projektmanagement", "2026-03-16 06:40 +0100", """
Grüezi Herr Becker

Vielen Dank für Ihre Bewerbung als Leiter Projektmanagement (100 %). Ihre Unterlagen sind vollständig bei uns eingegangen.

Die Auswahlgespräche finden voraussichtlich Mitte April in Winterthur statt. Sollten wir Sie nicht berücksichtigen können, erhalten Sie von uns selbstverständlich ebenfalls eine Nachricht.

Freundliche Grüsse
Human Resources
Alpwerk Bahntechnik AG
""", company="Alpwerk Bahntechnik", role="Leiter Projektmanagement", lang="de", diff="hard",
  notes="mentions interviews and non-selection as future steps", cte="quoted-printable")

M("application_received", ("Ferrovías del Norte", "noreply@ferroviasdelnorte.es"),
  "Hemos recibido tu candidatura", "2025-11-04 09:02 +0100", """
Hola Jonas,

Gracias por inscribirte en la oferta Ingeniero/a de Mantenimiento Ferroviario (ref. FN-2025-118).

Hemos recibido correctamente tu candidatura. Nuestro equipo de selección la revisará y, si tu perfil encaja, nos pondremos en contacto contigo.

Este es un mensaje automático, por favor no respondas.

Equipo de Selección – Ferrovías del Norte
""", company="Ferrovías del Norte", role="Ingeniero/a de Mantenimiento Ferroviario", lang="es",
  diff="hard", notes="Spanish; 'oferta' means job posting", fmt="alt",
  hdrs={"Auto-Submitted": "auto-generated"})

# ----------------------------- auto_reply -----------------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
AR_MS = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

M("auto_reply", ("Danielle Frost", "dfrost@castellanmotion.com"),
  "Out of Office: Re: Manufacturing Engineering Manager – interview times", "2025-04-09 12:02 -0400", """
Thank you for your email. I'm out of the office and will be back on 4/14. I will respond to your message when I return.

For urgent recruiting matters, please contact recruiting@castellanmotion.com.

Danielle Frost
Senior Recruiter | Castellan Motion Systems
""", company="Castellan Motion Systems", contact="Danielle", role="Manufacturing Engineering Manager",
  ret="2025-04-14", lang="en", diff="hard", notes="US short date; subject mentions interview", hdrs=AR_MS, reply=True)

M("auto_reply", ("Sabine Kortmann", "s.kortmann@vornholt-maschinenbau.de"),
  "Abwesenheitsnotiz: Rückfrage Konstrukteur Sondermaschinenbau", "2025-04-14 08:15 +0200", """
Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 18.04.2025 nicht im Büro. Ab Dienstag, dem 22.04.2025, bin ich wieder für Sie da.

Ihre Nachricht wird nicht automatisch weitergeleitet. In dringenden Fällen erreichen Sie das Personalteam unter personal@vornholt-maschinenbau.de.

Mit freundlichen Grüßen
Sabine Kortmann
""", company="Vornholt Maschinenbau", contact="Sabine", role="Konstrukteur Sondermaschinenbau", ret="2025-04-22",
  lang="de", diff="easy", notes="German Abwesenheitsnotiz over Easter", hdrs=AR_MS, reply=True, cte="quoted-printable")

M("auto_reply", ("Claire Dumont", "claire.dumont@atelis-ingenierie.fr"),
  "Réponse automatique : Responsable méthodes – suivi", "2025-10-27 08:30 +0100", """
Bonjour,

Je suis absente du bureau jusqu'au 3 novembre inclus. Je serai de retour le mardi 4 novembre et traiterai votre message dès que possible.

Pour toute urgence, vous pouvez contacter le service RH au 04 76 00 12 34.

Cordialement,
Claire Dumont
""", company="Atelis Ingénierie", contact="Claire", role="Responsable méthodes", ret="2025-11-04", lang="fr",
  diff="easy", notes="French absence message", hdrs={"Auto-Submitted": "auto-replied"}, reply=True)

M("auto_reply", ("Josh Whitcombe", "josh.whitcombe@caldmorerail.co.uk"),
  "Automatic reply: Rolling Stock Project Manager – any update?", "2025-09-10 09:01 +0100", """
Hello,

I no longer work at Caldmore Rail. Please contact talent@caldmorerail.co.uk for anything related to recruitment, or Fiona Barr (fiona.barr@caldmorerail.co.uk) for rolling stock projects.

This mailbox will be closed at the end of the month.
""", company="Caldmore Rail", contact="Josh", role="Rolling Stock Project Manager", lang="en", diff="easy",
  notes="left company; no return date", hdrs=AR_MS, reply=True)

M("auto_reply", ("Thamesgate Engineering", "no-reply@us.greenhouse-mail.io"),
  "Re: Your application to Thamesgate Engineering", "2025-03-05 08:47 +0000", """
This mailbox is not monitored and replies are not read.

If you have a question about your application, please log in to your candidate portal or visit thamesgate.co.uk/careers/faq.
""", company="Thamesgate Engineering", role="", lang="en", diff="hard",
  notes="unmonitored mailbox bounce on rejection thread", hdrs={"Auto-Submitted": "auto-replied"}, reply=True)

M("auto_reply", ("Maarten de Graaf", "m.degraaf@deltaportcranes.com"),
  "Automatisch antwoord: Project Manager Crane Retrofit", "2026-08-24 10:12 +0200", """
Dank voor uw bericht. / Thank you for your message.

I am on parental leave until the end of September and will be back in the office on 5 October 2026. During my leave my e-mails are not forwarded. For service project matters please contact Eva Jansen (e.jansen@deltaportcranes.com).

Met vriendelijke groet / Kind regards,
Maarten de Graaf
""", company="Deltaport Cranes", contact="Maarten", role="Project Manager Crane Retrofit", ret="2026-10-05",
  lang="en", diff="hard", notes="parental leave; bilingual Dutch/English; only X-Autoreply",
  hdrs={"X-Autoreply": "yes"}, reply=True)

M("auto_reply", ("Priya Natarajan", "priya@pyranos.energy"),
  "Re: Project Manager – Grid Storage", "2025-09-04 11:36 +0100", """
Hi, thanks for your email – I'm at the All-Energy conference in Glasgow with patchy access and back Monday. If it's about an interview, Tom (tom@pyranos.energy) can help in the meantime.

Priya
""", company="Pyranos Energy", contact="Priya", role="Project Manager – Grid Storage", ret="2025-09-08",
  lang="en", diff="hard", notes="no auto-reply headers; relative 'back Monday'; mentions interview", reply=True)

M("auto_reply", ("Reto Baumann", "reto.baumann@alpwerk-bahntechnik.ch"),
  "Abwesenheit: Ihre Bewerbung – Leiter Projektmanagement", "2026-03-02 07:05 +0100", """
Grüezi

Ich bin bis und mit Freitag, 6. März 2026 abwesend und habe keinen Zugriff auf meine E-Mails. Ab Montag, 9. März bin ich wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an hr@alpwerk-bahntechnik.ch.

Freundliche Grüsse
Reto Baumann
""", company="Alpwerk Bahntechnik", contact="Reto", role="Leiter Projektmanagement", ret="2026-03-09", lang="de",
  diff="easy", notes="Swiss German 'bis und mit'", hdrs=AR, reply=True)

M("auto_reply", ("Rachel Kim", "rachel.kim@talviksystems.com"),
  "Automatic reply: Offer questions", "2026-09-01 17:20 -0500", """
I'm out of office through Labor Day with limited access to email, returning Tuesday, September 8. For anything time-sensitive, please reach out to Olivia at talvik.paradox.ai or call our front desk at (316) 555-0143.

Thanks,
Rachel
""", company="Talvik Systems", contact="Rachel", role="", ret="2026-09-08", lang="en", diff="hard",
  notes="subject says 'offer'; holiday-relative wording with explicit date", hdrs=AR_MS, reply=True)

M("auto_reply", ("Ines Vogt", "ines.vogt@aurelis-et.de"),
  "Automatische Antwort: Re: Einladung: Vorstellungsgespräch Projektmanager Anlagenbau – Jonas Becker",
  "2025-05-29 10:40 +0200", """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30.05. nicht im Haus. Ab Montag, 02.06.2025, bin ich wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.

Viele Grüße
Ines Vogt
""", company="Aurelis Energietechnik GmbH", contact="Ines", role="Projektmanager Anlagenbau", ret="2025-06-02",
  lang="de", diff="hard", notes="subject contains 'Vorstellungsgespräch'; German OOO", hdrs=AR_MS, reply=True,
  cte="quoted-printable")

M("auto_reply", ("Anja Krüger", "anja.krueger@quadrant-ft.de"),
  "Abwesend: Zweitgespräch Fertigungsplaner – Dank", "2025-12-23 16:03 +0100", """
Sehr geehrte Damen und Herren,

unser Büro ist vom 24.12.2025 bis einschließlich 06.01.2026 geschlossen. Ab dem 7. Januar 2026 bin ich wieder für Sie erreichbar.

Wir wünschen Ihnen frohe Feiertage und einen guten Start ins neue Jahr!

Anja Krüger
Quadrant Fertigungstechnik GmbH
""", company="Quadrant Fertigungstechnik GmbH", contact="Anja", role="Fertigungsplaner", ret="2026-01-07",
  lang="de", diff="easy", notes="holiday closure", hdrs={"Auto-Submitted": "auto-replied"}, reply=True)

M("auto_reply", ("Marta Iglesias", "marta.iglesias@talleresaranda.es"),
  "Respuesta automática: Jefe/a de Proyecto de Utillajes", "2025-12-22 09:12 +0100", """
Gracias por tu mensaje.

Estaré fuera de la oficina por vacaciones hasta el 6 de enero. Vuelvo el miércoles 7 de enero de 2026 y responderé a tu correo lo antes posible.

Para asuntos urgentes, escribe a rrhh@talleresaranda.es.

Marta Iglesias
""", company="Talleres Aranda", contact="Marta", role="Jefe/a de Proyecto de Utillajes", ret="2026-01-07",
  lang="es", diff="easy", notes="Spanish out-of-office", hdrs=AR, reply=True, cte="quoted-printable")

M("auto_reply", ("Sophie van Dijk", "sophie@innoverde.nl"),
  "Re: Quick question", "2026-04-20 07:45 +0200", """
Hi! I'm at Hannover Messe this week with very limited access to email. Back in the office on 27/04 – I'll get back to you then.

If it's urgent, WhatsApp is the fastest way to reach me.

Sophie
Innoverde
""", company="Innoverde", contact="Sophie", role="", ret="2026-04-27", lang="en", diff="hard",
  notes="DD/MM date; no auto-reply headers; reads like personal note", reply=True)

M("auto_reply", ("Caleb Brennan", "caleb.brennan@northfield-ec.com"),
  "Automatic reply: Thank you", "2026-07-06 08:00 -0400", """
I am on leave until 2026-07-14 inclusive and will reply when I'm back. For Transit Programs matters, please contact Maria Delgado (mdelgado@northfield-ec.com).

Caleb Brennan
Director, Transit Programs | Northfield Engineering Consultants
""", company="Northfield Engineering Consultants", contact="Caleb", role="", ret="2026-07-15", lang="en",
  diff="hard", notes="'until ... inclusive' (return = next day)", hdrs=AR_MS, reply=True)

# ----------------------------- other ----------------------------------------
M("other", ("StepStone Jobagent", "jobagent@stepstone.de"),
  "12 neue Jobs für „Projektleiter Maschinenbau“ in Ihrer Nähe", "2025-01-15 06:02 +0100", """
Hallo Jonas,

Ihr Jobagent hat 12 neue Stellenangebote gefunden:

Projektleiter Sondermaschinenbau (m/w/d) – Vornholt Maschinenbau GmbH & Co. KG, Verl
Senior Projektmanager Anlagenbau (m/w/d) – Aurelis Energietechnik GmbH, Essen
Technischer Projektleiter Automotive (m/w/d) – Feldmark Fahrzeugtechnik, Wolfsburg
Teamleiter Konstruktion (m/w/d) – Brenner Fördertechnik, Bielefeld
... und 8 weitere Treffer

Jetzt ansehen: https://www.stepstone.de/jobagent/8812

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden: https://www.stepstone.de/unsubscribe
""", lang="de", diff="easy", notes="job alert digest", fmt="alt",
  hdrs={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=8812>", "Precedence": "bulk"})

M("other", ("XING", "mail@xing.com"),
  "Ein Recruiter von Kessler Antriebstechnik hat Ihr Profil besucht", "2025-02-20 11:45 +0100", """
Hallo Jonas,

Ihr Profil stößt auf Interesse: Ein Recruiter von Kessler Antriebstechnik GmbH hat sich Ihr Profil angesehen.

Außerdem haben diese Woche 7 weitere Mitglieder Ihr Profil besucht.

Jetzt mit XING ProJobs sehen, wer Interesse hat.

Ihr XING-Team
""", lang="de", diff="hard", notes="social network notification naming an employer", fmt="html",
  hdrs={"List-Unsubscribe": "<https://www.xing.com/settings/notifications>"})

M("other", ("Ingenieurkarriere Magazin", "newsletter@ingenieurkarriere-magazin.de"),
  "Absage erhalten? So nutzen Sie das Feedback für Ihr nächstes Vorstellungsgespräch", "2025-03-27 07:30 +0100", """
Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist so frustrierend. In dieser Ausgabe zeigen wir, wie Sie eine Absage konstruktiv nutzen, warum Sie ruhig nach Feedback fragen dürfen und wie Sie sich auf das nächste Vorstellungsgespräch vorbereiten.

Außerdem: Gehaltsreport Maschinenbau 2025 – was Projektleiter wirklich verdienen, und ein Interview mit einer Personalchefin über Jobangebote, die man besser ablehnt.

Zum Newsletter abmelden: https://ingenieurkarriere-magazin.de/abmelden
""", lang="de", diff="hard", notes="career newsletter about rejection and interviews", fmt="html",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@ingenieurkarriere-magazin.de>", "Precedence": "bulk"})

M("other", ("Shopfloor Stories Podcast", "hello@shopfloorstories.fm"),
  "New episode: Our interview with the CEO of Baltica Wind", "2025-05-14 15:00 +0000", """
This week on Shopfloor Stories: an interview with Kasper Holm, CEO of Baltica Wind, about scaling offshore commissioning and why they are hiring 200 engineers this year.

Also in this episode: how a late-stage rejection from a supplier audit turned into a lean transformation.

Listen now on all podcast platforms.

You're receiving this because you subscribed at shopfloorstories.fm. Unsubscribe any time.
""", lang="en", diff="hard", notes="podcast 'interview'; mentions hiring and rejection", fmt="html",
  hdrs={"List-Unsubscribe": "<https://shopfloorstories.fm/unsub>", "Precedence": "list"})

M("other", ("Nordbank Direkt", "service@nordbank-direkt.de"),
  "Ihre Kartenzahlung wurde abgelehnt", "2025-06-07 21:33 +0200", """
Guten Tag Herr Becker,

eine Zahlung mit Ihrer Debitkarte (endet auf 4471) über 89,90 EUR bei DB FERNVERKEHR wurde am 07.06.2025 um 21:31 Uhr leider abgelehnt. Grund: Tageslimit überschritten.

Sie können Ihr Limit in der Nordbank-App anpassen.

Ihre Nordbank Direkt
""", lang="de", diff="hard", notes="bank alert 'abgelehnt'/'leider'", fmt="alt")

M("other", ("Kasia Nowak", "notifications@github.com"),
  "Re: [openfixture/jigs] Add parametric clamp generator (PR #412)", "2025-07-22 13:10 +0200", """
@jonasbecker thanks a lot for the effort here! Unfortunately we've decided not to move forward with this PR – the clamp generator overlaps with what's planned for v3, and we'd rather not maintain two code paths. Closing for now, but feel free to open an issue to discuss.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
""", contact="Kasia", lang="en", diff="hard", notes="pull request closed with hiring-style wording",
  hdrs={"List-Unsubscribe": "<mailto:unsub+412@reply.github.com>", "Precedence": "list",
        "X-GitHub-Reason": "author"}, reply=True)

M("other", ("ICPM 2025 Program Chairs", "icpm2025@confmanager.org"),
  "ICPM 2025 notification for paper #87", "2025-05-05 23:59 -0400", """
Dear Jonas Becker,

We regret to inform you that your submission #87 "Predictive scheduling of changeovers in mixed-model assembly" was not accepted for presentation at ICPM 2025. This year we received 412 submissions and could accept only 96.

The reviews are included below. We hope they are useful for revising your work, and we encourage you to submit to the workshop track.

Review 1: ...
Review 2: ...

Best regards,
ICPM 2025 Program Chairs
""", lang="en", diff="hard", notes="academic paper not accepted")

M("other", ("DB Fernverkehr", "angebote@bahn.de"),
  "Nur bis Sonntag: 20 % Rabatt auf Ihre nächste Reise – Ihr persönliches Angebot", "2025-08-28 10:00 +0200", """
Hallo Jonas Becker,

als BahnBonus-Mitglied erhalten Sie exklusiv 20 % Rabatt auf Sparpreise für Reisen bis Ende Oktober. Dieses Angebot ist nur bis Sonntag gültig.

Jetzt buchen: https://www.bahn.de/angebote

Abmelden: https://www.bahn.de/newsletter/abmelden
""", lang="de", diff="hard", notes="marketing 'Angebot' (offer)", fmt="html", cte="base64",
  hdrs={"List-Unsubscribe": "<https://www.bahn.de/newsletter/abmelden>", "Precedence": "bulk"})

M("other", ("DB Reiseinfo", "reiseinfo@bahn.de"),
  "Ihre Verbindung: ICE 578 fällt aus", "2025-10-13 05:48 +0200", """
Guten Tag Jonas Becker,

leider fällt Ihre gebuchte Verbindung ICE 578 Stuttgart Hbf (06:51) – Köln Hbf heute aus. Wir bedauern die Unannehmlichkeiten.

Alternative: ICE 610 ab 07:05, Ankunft 09:41. Ihre Zugbindung ist aufgehoben.

Ihre Deutsche Bahn
""", lang="de", diff="easy", notes="train cancellation", fmt="alt")

M("other", ("Hausverwaltung Riedel", "vermietung@hv-riedel.de"),
  "Ihre Bewerbung für die Wohnung Lindenstraße 14, 2. OG", "2025-04-25 14:12 +0200", """
Sehr geehrter Herr Becker,

vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Lindenstraße 14 und Ihr Interesse an der Besichtigung am vergangenen Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben. Wir nehmen Ihre Daten gern in unsere Interessentenliste auf.

Mit freundlichen Grüßen
Petra Riedel
Hausverwaltung Riedel
""", contact="Petra", lang="de", diff="hard", notes="apartment application declined; reads like job rejection")

M("other", ("Nordbank Direkt Kreditservice", "kredit@nordbank-direkt.de"),
  "Entscheidung zu Ihrem Kreditantrag", "2025-11-11 09:15 +0100", """
Sehr geehrter Herr Becker,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 15.000 EUR.

Nach Prüfung Ihrer Unterlagen können wir Ihnen derzeit leider kein Angebot unterbreiten. Ausschlaggebend war unter anderem das fehlende unbefristete Beschäftigungsverhältnis.

Ihre Nordbank Direkt
""", lang="de", diff="hard", notes="loan application declined; 'kein Angebot'", fmt="alt", pdf="Kreditentscheidung.pdf")

M("other", ("Amazon.de", "versandbestaetigung@amazon.de"),
  "Versandt: „Roloff/Matek Maschinenelemente“ und 1 weiterer Artikel", "2025-12-04 16:27 +0100", """
Hallo Jonas,

Ihre Bestellung wurde versandt und wird am Freitag, 5. Dezember zugestellt.

Bestellnummer 302-4418820-1177465
Roloff/Matek Maschinenelemente, Lehrbuch
Bewerbungsmappe A4, 5 Stück

Sendung verfolgen: https://www.amazon.de/progress-tracker

Amazon.de
""", lang="de", diff="easy", notes="shipping notification (application folders)", fmt="html")

M("other", ("Thomas Weißgerber", "vorstand@tsv-gruenbach.de"),
  "Einladung zur Jahreshauptversammlung TSV Grünbach 1908 e.V.", "2026-01-20 19:44 +0100", """
Liebe Mitglieder,

hiermit laden wir euch herzlich zur Jahreshauptversammlung am Freitag, 13. Februar 2026, um 19:30 Uhr ins Vereinsheim ein.

Tagesordnung:
1. Begrüßung
2. Berichte des Vorstands und der Abteilungen
3. Entlastung des Vorstands
4. Wahl des Kassenwarts (Bewerbungen bitte bis 6.2. an den Vorstand)
5. Verschiedenes

Sportliche Grüße
Thomas Weißgerber
1. Vorsitzender
""", contact="Thomas", lang="de", diff="hard", notes="club meeting invitation with time; 'Bewerbungen' for club office",
  hdrs={"Precedence": "list"})

M("other", ("Rahul Mehta", "rahul.m@techstaffpro-solutions.com"),
  "Urgent Requirement: Lead Mechanical Engineer (Contract, Munich) – quick call?", "2026-02-09 10:33 +0530", """
Hi Jonas,

Hope you are doing well. I came across your profile and think you'd be a great fit for an urgent requirement with our client, a Tier-1 automotive supplier.

Role: Lead Mechanical Engineer (CATIA V5)
Location: Munich (onsite 4 days)
Duration: 12 months contract, extendable
Rate: open

Client is conducting interviews this week itself. Please share your updated CV, rate expectation and availability for a quick call.

Thanks & Regards,
Rahul Mehta
Technical Recruiter | TechStaffPro Solutions
""", contact="Rahul", role="Lead Mechanical Engineer (CATIA V5)", lang="en", diff="hard",
  notes="recruiter mass mailing; mentions interviews and quick call")

M("other", ("Markus Heller", "markus.heller84@web.de"),
  "Na, wie läuft's bei dir?", "2025-07-03 22:18 +0200", """
Hi Jonas,

lange nichts gehört! Ich hatte heute mein Vorstellungsgespräch bei Feldmark in Wolfsburg – lief eigentlich ganz gut, aber die wollten am Ende noch eine Präsentation sehen. Mal schauen. Beim anderen Laden habe ich letzte Woche eine Absage kassiert, war aber eh nicht mein Traumjob.

Wie sieht's bei dir aus? Hast du von Kessler schon was gehört? Lass uns mal wieder ein Bier trinken, wenn du in Stuttgart bist.

Grüße
Markus
""", contact="Markus", lang="de", diff="hard", notes="friend's personal mail about own interview and rejection")

M("other", ("Laura Schmid", "laura.schmid@posteo.de"),
  "Fwd: Stellenausschreibung Projektleiter Netzinfrastruktur – wär das was für dich?", "2025-12-15 12:03 +0100", """
Hey Jonas,

hab das hier bei uns im Intranet gesehen – klingt doch genau nach dir? Wenn du willst, gebe ich deinen Namen an die Personalabteilung weiter (Empfehlungsprämie teilen wir dann, haha).

LG Laura

---------- Forwarded message ---------
Von: Helvetor Karriere <karriere@helvetor.ch>
Datum: Mo., 15. Dez. 2025 um 09:12
Betreff: Neue Stelle: Projektleiter Netzinfrastruktur 80–100 %

Zur Verstärkung unseres Teams in Baden suchen wir per sofort oder nach Vereinbarung eine/n Projektleiter/in Netzinfrastruktur. Ihre Aufgaben: Leitung von Projekten im Hoch- und Mittelspannungsnetz ... Wir bieten: attraktive Anstellungsbedingungen ...
""", contact="Laura", lang="de", diff="hard", notes="friend forwards a job posting")

M("other", ("Alumni & Career Service HS Rheinfeld", "career@hs-rheinfeld.de"),
  "Webinar: Interviewtraining für Ingenieur:innen – jetzt anmelden", "2025-09-17 12:00 +0200", """
Liebe Alumni,

am 1. Oktober um 17:00 Uhr bieten wir ein kostenloses Online-Webinar an: „Souverän im Vorstellungsgespräch – technische Interviews, Assessment Center und Gehaltsverhandlung“.

Mit Übungen zu typischen Fragen, Tipps zum Umgang mit Absagen und einer Live-Q&A mit Recruiterinnen aus der Industrie.

Anmeldung: https://career.hs-rheinfeld.de/webinar

Ihr Career Service
""", lang="de", diff="hard", notes="webinar about interviews with a date and time", fmt="alt",
  hdrs={"List-Unsubscribe": "<mailto:career-leave@hs-rheinfeld.de>", "Precedence": "bulk"})

M("other", ("Kita Sonnenblume Stuttgart-West", "leitung@kita-sonnenblume-stgt.de"),
  "Zusage Betreuungsplatz ab 01.09.2025", "2025-03-21 10:30 +0100", """
Liebe Familie Becker,

wir freuen uns, Ihnen für Ihre Tochter Mila einen Betreuungsplatz in unserer Krippengruppe „Raupen“ ab dem 01.09.2025 anbieten zu können.

Bitte bestätigen Sie die Zusage bis zum 04.04.2025 und vereinbaren Sie einen Termin für das Aufnahmegespräch. Den Betreuungsvertrag finden Sie im Anhang.

Herzliche Grüße
Birgit Hahn
Kitaleitung
""", contact="Birgit", lang="de", diff="hard", notes="daycare place 'Zusage'/'anbieten' with contract; reads like an offer",
  pdf="Betreuungsvertrag.pdf")

M("other", ("Indeed", "alert@indeed.com"),
  "Senior Project Engineer jobs in Zürich – 9 new matches", "2026-05-03 07:15 +0200", """
Jonas, here are the latest jobs for "senior project engineer" near Zürich:

Senior Project Engineer Rail – Alpwerk Bahntechnik AG – Winterthur
Project Engineer Hydropower – Helvetor AG – Baden
Lead Engineer Automation – Sorvino Systems – Zug
... 6 more

Easily apply to these jobs. You can manage your alerts in your account.
""", lang="en", diff="easy", notes="job alert", fmt="html",
  hdrs={"List-Unsubscribe": "<https://www.indeed.com/unsubscribe?a=88>", "Precedence": "bulk"})

M("other", ("Hausverwaltung Riedel", "buchhaltung@hv-riedel.de"),
  "Nebenkostenabrechnung 2025 – Lindenstraße 22", "2026-05-19 11:02 +0200", """
Sehr geehrter Herr Becker,

anbei erhalten Sie die Nebenkostenabrechnung für das Jahr 2025. Es ergibt sich eine Nachzahlung von 143,27 EUR, die wir mit der Miete für Juli einziehen werden.

Bei Fragen erreichen Sie uns dienstags und donnerstags von 9 bis 12 Uhr.

Mit freundlichen Grüßen
Hausverwaltung Riedel
""", lang="de", diff="easy", notes="landlord utility statement", pdf="NK_Abrechnung_2025.pdf")

M("other", ("Werkzeugwelt", "news@werkzeugwelt.de"),
  "Ihr exklusives Angebot: 20 % auf Messwerkzeuge", "2026-06-05 08:00 +0200", """
Nur für kurze Zeit: 20 % Rabatt auf alle Messschieber, Bügelmessschrauben und Messuhren. Angebot gültig bis 12.06.2026.

Gutscheincode: MESSEN20

Sie erhalten diesen Newsletter, weil Sie sich bei Werkzeugwelt angemeldet haben.
""", lang="de", diff="easy", notes="marketing 'Angebot'", fmt="html",
  hdrs={"List-Unsubscribe": "<https://werkzeugwelt.de/nl/abmelden>", "Precedence": "bulk"})

M("other", ("Thamesgate Engineering", "no-reply@us.greenhouse-mail.io"),
  "New roles at Thamesgate that match your interests", "2026-07-29 12:00 +0100", """
Hi Jonas,

Because you joined the Thamesgate talent community, here are new openings that may interest you:

• Project Manager – Tunnelling (Birmingham)
• Principal Mechanical Engineer – Rail Systems (London)
• Engineering Manager – Water (Leeds)

Apply on our careers site. You can update your preferences or unsubscribe at any time.
""", lang="en", diff="hard", notes="ATS talent-community job alert from a known employer", fmt="alt",
  hdrs={"List-Unsubscribe": "<https://thamesgate.co.uk/talent/unsubscribe>"})

M("other", ("PMI Certification", "certification@pmi-exams.org"),
  "Congratulations – you passed the PMP exam", "2025-11-28 18:40 -0500", """
Dear Jonas Becker,

Congratulations! We are pleased to inform you that you have passed the Project Management Professional (PMP) examination. Your digital certificate will be available in your account within five business days.

Your results by domain: People – Above Target; Process – Target; Business Environment – Above Target.
""", lang="en", diff="hard", notes="exam result 'pleased to inform you'", fmt="html")

M("other", ("Elena Kraus", "e.kraus@kraus-talent-partners.de"),
  "Gehaltsreport Engineering 2026 + aktuelle Mandate", "2026-10-06 09:00 +0200", """
Liebe Kandidatinnen und Kandidaten,

anbei unser Gehaltsreport Engineering 2026: Was Projektleiter im Maschinen- und Anlagenbau heute verdienen und wie sich Gegenangebote auf Verhandlungen auswirken.

Aktuelle Mandate (u. a. Head of Operations Bahntechnik, Projektleiter Windenergie) finden Sie auf unserer Website. Sprechen Sie mich gern an.

Herzliche Grüße
Elena Kraus
Kraus Talent Partners
""", contact="Elena", lang="de", diff="hard", notes="headhunter newsletter; 'Angebote' and mandates",
  pdf="Gehaltsreport_Engineering_2026.pdf", hdrs={"List-Unsubscribe": "<mailto:abmelden@kraus-talent-partners.de>"})

M("other", ("Roulements Vautrin", "promo@roulements-vautrin.fr"),
  "Offre spéciale : -20 % sur les roulements à billes jusqu'au 30 novembre", "2026-11-03 09:15 +0100", """
Bonjour,

Profitez de notre offre spéciale d'automne : -20 % sur toute la gamme de roulements à billes et paliers, livraison gratuite dès 150 € HT.

Cette offre est valable jusqu'au 30 novembre 2026.

Pour vous désinscrire, cliquez ici.
""", lang="fr", diff="easy", notes="French supplier marketing 'offre'", fmt="html", cte="quoted-printable",
  hdrs={"List-Unsubscribe": "<mailto:desinscription@roulements-vautrin.fr>", "Precedence": "bulk"})

M("other", ("Lukas Brandl", "lukas.brandl@gmail.com"),
  "Probe-Interview am Donnerstag?", "2026-04-13 20:05 +0200", """
Servus Jonas,

wie versprochen: Lass uns vor deinem Gespräch bei Kessler ein Probe-Interview machen. Ich hab dir mal eine Einladung für Donnerstag 18:00 geschickt, per Zoom. Ich spiel den fiesen Bereichsleiter 😄

Bring deine 3-Minuten-Vorstellung mit.

Lukas
""", contact="Lukas", lang="de", diff="hard", notes="friend's mock interview with calendar invite", fmt="alt",
  ics=ics_event("mock-interview-lukas", "20260416T180000", "20260416T190000", "Probe-Interview Jonas",
                "lukas.brandl@gmail.com", tz="Europe/Berlin"))


# ---------------------------------------------------------------------------
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(SPECS)))
    random.Random(2026).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        spec = SPECS[idx]
        fname = f"{n:03d}.eml"
        (OUT / fname).write_bytes(build(spec, n))
        rows.append({
            "file": fname,
            "label": spec["label"],
            "company": spec.get("company", ""),
            "contact_first_name": spec.get("contact", ""),
            "role": spec.get("role", ""),
            "return_date": spec.get("ret", ""),
            "lang": spec.get("lang", "en"),
            "difficulty": spec.get("diff", "easy"),
            "notes": spec.get("notes", ""),
            "interview_at": spec.get("iat", ""),
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
