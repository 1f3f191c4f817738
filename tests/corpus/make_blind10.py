"""Generate the blind10 evaluation corpus (job-search mail of "Mateo Rossi").

Stdlib only. Writes tests/corpus/blind10/NNN.eml and tests/corpus/blind10/labels.csv.
Run: python tests/corpus/make_blind10.py
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html as htmlmod
import random
import textwrap
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind10"
ME = "Mateo Rossi <mateo.rossi.dev@proton.me>"
ME_BARE = "mateo.rossi.dev@proton.me"
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
ENTRIES: list[tuple[EmailMessage, dict[str, str]]] = []

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def when(stamp: str, tz: str) -> dt.datetime:
    """'2026-03-23 09:14' in an IANA zone -> aware datetime."""
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def iso(stamp: str, tz: str, weekday: str | None = None) -> str:
    moment = when(stamp, tz)
    if weekday is not None:
        assert WEEKDAYS[moment.weekday()] == weekday, (stamp, weekday)
    return moment.isoformat()


def htmlize(text: str, style: str = "font-family:Arial,sans-serif;font-size:14px") -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "\n".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        f"<body><div style=\"{style}\">\n{body}\n</div></body></html>\n"
    )


def wrap72(text: str) -> str:
    """Hard-wrap long lines the way many mail clients do (keeps quoted lines)."""
    out = []
    for line in text.split("\n"):
        if len(line) > 76 and not line.startswith(">"):
            out.append(textwrap.fill(line, 72, break_on_hyphens=False, break_long_words=False))
        else:
            out.append(line)
    return "\n".join(out)


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    if domain == "mail.gmail.com":
        return f"<CA+{h[:10]}{h[10:30].upper()}=x{h[30:36]}@mail.gmail.com>"
    if domain.endswith("outlook.com"):
        return f"<{h[:4].upper()}PR0{h[4:6]}MB{h[6:10]}{h[10:26].upper()}@{domain}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{domain}>"


def ics(uid: str, start: dt.datetime, minutes: int, summary: str, organizer: str,
        location: str = "", method: str = "REQUEST") -> str:
    end = start + dt.timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    utc = dt.UTC
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{start.astimezone(utc).strftime(fmt)}",
        f"DTEND:{end.astimezone(utc).strftime(fmt)}",
        f"DTSTAMP:{(start - dt.timedelta(days=10)).astimezone(utc).strftime(fmt)}",
        f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:{organizer.split('<')[-1].rstrip('>')}",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mateo Rossi:mailto:{ME_BARE}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\r\n".join(folded)


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def add(label: str, *, frm: str, subj: str, date: str, tz: str,
        text: str | None = None, html: str | None = None, auto_html: bool = False,
        company: str = "", contact: str = "", role: str = "", ret: str = "",
        lang: str = "en", hard: bool = False, notes: str = "", iat: str = "",
        cte: str | None = None, hdrs: tuple[tuple[str, str], ...] = (),
        reply: bool = False, pdf: str | None = None, cal: str | None = None,
        cal_as_attachment: bool = False, to: str = ME, msgid_domain: str | None = None,
        cc: str | None = None) -> None:
    n = len(ENTRIES) + 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subj
    msg["Date"] = format_datetime(when(date, tz))
    sender_domain = frm.split("@")[-1].rstrip(">").strip()
    msg["Message-ID"] = mid(f"blind10-{n}-{subj}", msgid_domain or sender_domain)
    if reply:
        parent = mid(f"blind10-parent-{n}", "proton.me")
        grand = mid(f"blind10-grand-{n}", sender_domain)
        msg["In-Reply-To"] = parent
        msg["References"] = f"{grand} {parent}"
    msg["MIME-Version"] = "1.0"
    for k, v in hdrs:
        msg[k] = v
    if auto_html and text is not None and html is None:
        html = htmlize(text)
    if text is not None and cte is None and n % 5 in (0, 2):
        text = wrap72(text)
    if text is not None:
        msg.set_content(text, cte=cte) if cte else msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=cte) if cte else msg.add_alternative(html, subtype="html")
    else:
        assert html is not None
        msg.set_content(html, subtype="html", cte=cte) if cte else msg.set_content(html, subtype="html")
    if cal is not None:
        if cal_as_attachment:
            msg.add_attachment(cal.encode(), maintype="application", subtype="ics",
                               filename="invite.ics")
        else:
            msg.add_alternative(cal, subtype="calendar", cte="7bit", params={"method": "REQUEST"})
    if pdf is not None:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=pdf)
    row = {
        "label": label, "company": company, "contact_first_name": contact, "role": role,
        "return_date": ret, "lang": lang, "difficulty": "hard" if hard else "easy",
        "notes": notes, "interview_at": iat,
    }
    ENTRIES.append((msg, row))


AUTO_GEN = (("Auto-Submitted", "auto-generated"),)
OOO_BOTH = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
OOO_AS = (("Auto-Submitted", "auto-replied"),)
OOO_MS = (("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied"))


def bulk(unsub: str) -> tuple[tuple[str, str], ...]:
    return (("Precedence", "bulk"), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))


# ---------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------

# ----------------------------- rejection ----------------------------------

add("rejection", frm="Tessellate Labs <no-reply@us.greenhouse-mail.io>",
    subj="Your application for Senior Backend Engineer at Tessellate Labs",
    date="2025-02-11 16:42", tz="America/Los_Angeles", hdrs=AUTO_GEN, auto_html=True,
    msgid_domain="greenhouse.io",
    company="Tessellate Labs", role="Senior Backend Engineer",
    text="""Hi Mateo,

Thank you for taking the time to apply for the Senior Backend Engineer position at Tessellate Labs. We read every application ourselves, and we appreciate the care that went into yours.

After reviewing your background against the needs of the team, we've decided to pursue other applicants whose experience more closely matches what we are looking for right now.

New roles open on our careers page regularly, and you're welcome to apply again in the future.

Best of luck with your search,
The Tessellate Labs Recruiting Team
""")

add("rejection", frm="Hexcove <no-reply@hire.lever.co>",
    subj="Hexcove | Backend Engineer (Go)",
    date="2025-03-04 10:05", tz="America/New_York", msgid_domain="hire.lever.co",
    company="Hexcove", contact="Priya", role="Backend Engineer (Go)",
    text="""Hi Mateo,

Thanks again for talking with us about the Backend Engineer (Go) opening. I've shared your notes with the team and wanted to close the loop personally.

The team went a different direction for this hire, so we won't be taking your candidacy further. I know that's not the news you wanted, and I genuinely enjoyed hearing about the queueing work you did at your last company.

All the best,
Priya
Talent @ Hexcove

Sent via Lever
""")

add("rejection", frm="Fernhollow Bank <fernhollow@myworkday.com>",
    subj="Update regarding your application - R-0048217 Platform Engineer II",
    date="2025-04-17 03:12", tz="UTC", hdrs=AUTO_GEN, msgid_domain="myworkday.com",
    company="Fernhollow Bank", role="Platform Engineer II",
    html="""<html><body style="font-family:Helvetica,Arial;font-size:13px;color:#222">
<table width="600" align="center"><tr><td>
<img src="https://fernhollow.wd1.myworkdayjobs.com/logo.png" alt="Fernhollow Bank" width="160"><br><br>
<p>Dear Mateo Rossi,</p>
<p>Thank you for your interest in the <b>Platform Engineer II</b> position (R-0048217) at Fernhollow Bank.</p>
<p>We have completed our review of applications for this opening and we won&#39;t be progressing your application to the next stage of the process.</p>
<p>We encourage you to keep an eye on our careers site for other positions that may align with your skills.</p>
<p>Sincerely,<br>Talent Acquisition<br>Fernhollow Bank</p>
<p style="font-size:10px;color:#888">Please do not reply to this email. This message was sent from an unattended mailbox.</p>
</td></tr></table></body></html>
""")

add("rejection", frm="Ingrid Solberg <ingrid@driftwell.io>",
    subj="Re: Thanks for Thursday",
    date="2025-05-23 18:31", tz="Europe/Amsterdam", reply=True, msgid_domain="mail.gmail.com",
    company="Driftwell", contact="Ingrid", role="Software Engineer, Platform", hard=True,
    notes="after final round; no rejection keywords; reply to thank-you",
    text="""Mateo,

Thank you for the kind note, and for the energy you brought to all four conversations on Thursday. I wish I were writing with better news.

We've gone with another person for the Software Engineer, Platform seat. What tipped it was hands-on time running Kubernetes operators in production, which is most of what this person will be doing in the first six months. That's a gap in experience, not in ability, and the panel was unanimous that your design session was one of the strongest we've had.

If it's useful, I'm happy to jump on a call and walk you through the feedback in more detail.

— Ingrid

On Fri, May 23, 2025 at 9:02 AM Mateo Rossi <mateo.rossi.dev@proton.me> wrote:
> Hi Ingrid, thanks again for organising yesterday's onsite. I really enjoyed
> the system design round and meeting the team.
""")

add("rejection", frm="Kanalwerk GmbH <no-reply@kanalwerk.jobs.personio.de>",
    subj="Ihre Bewerbung als Backend Entwickler (m/w/d)",
    date="2025-06-09 14:20", tz="Europe/Berlin", auto_html=True, hdrs=AUTO_GEN,
    msgid_domain="personio.de",
    company="Kanalwerk GmbH", contact="Lena", role="Backend Entwickler (m/w/d)", lang="de",
    text="""Hallo Mateo,

vielen Dank für Ihr Interesse an Kanalwerk und die Zeit, die Sie in Ihre Bewerbung als Backend Entwickler (m/w/d) gesteckt haben.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Kandidat:innen entschieden haben, deren Profil noch besser zu den aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Viele Grüße
Lena Hartmann
People & Culture
Kanalwerk GmbH · Hafenstraße 12 · 28217 Bremen
""")

add("rejection", frm="Banco Ribera <noreply@smartrecruiters.com>",
    subj="Tu candidatura a Ingeniero/a de Plataforma",
    date="2025-07-01 11:03", tz="Europe/Madrid", auto_html=True, cte="quoted-printable",
    msgid_domain="smartrecruiters.com",
    company="Banco Ribera", role="Ingeniero/a de Plataforma", lang="es",
    text="""Hola Mateo:

Gracias por tu interés en formar parte de Banco Ribera y por presentar tu candidatura al puesto de Ingeniero/a de Plataforma.

Tras analizar con detenimiento todos los perfiles recibidos, lamentamos comunicarte que en esta ocasión no continuaremos con tu candidatura en el proceso de selección.

Guardaremos tus datos para futuras vacantes que encajen con tu experiencia, siempre de acuerdo con nuestra política de privacidad.

Un saludo cordial,
Equipo de Selección
Banco Ribera
""")

add("rejection", frm="Émilie Tremblay <etremblay@groupesolstice.ca>",
    subj="Votre candidature – Développeur backend",
    date="2025-08-14 15:47", tz="America/Toronto",
    company="Groupe Solstice", contact="Émilie", role="Développeur backend", lang="fr",
    text="""Bonjour Mateo,

Nous vous remercions de l'intérêt que vous portez à Groupe Solstice et du temps consacré à votre candidature pour le poste de Développeur backend.

Après étude attentive de votre dossier, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons retenu des profils dont l'expérience correspond davantage aux besoins actuels de l'équipe.

Nous conservons votre CV et n'hésiterons pas à communiquer avec vous si un poste correspondant à votre profil se présente.

Cordialement,

Émilie Tremblay
Conseillère en acquisition de talents
Groupe Solstice | Montréal
""")

add("rejection", frm="Tobias Reinholt <tobias@quarryandlane.com>",
    subj="Re: Backend Developer – technical interview",
    date="2025-09-02 17:55", tz="Europe/Berlin", reply=True,
    msgid_domain="quarryandlane.com",
    company="Quarry & Lane", contact="Tobias", role="Backend Developer", hard=True,
    notes="rejection reply quoting the earlier interview invite",
    text="""Hi Mateo,

A quick update after last week's session. We talked it through as a team and we're going to move ahead with another candidate for the Backend Developer position, someone with more agency/client-facing project experience.

Thanks for the effort you put into the pairing exercise. Good luck out there.

Tobias

--
Tobias Reinholt
Tech Lead | Quarry & Lane
quarryandlane.com

-----Original Message-----
From: Tobias Reinholt <tobias@quarryandlane.com>
Sent: Tuesday, August 19, 2025 10:12 AM
To: Mateo Rossi <mateo.rossi.dev@proton.me>
Subject: Backend Developer – technical interview

Hi Mateo,

We'd like to invite you to a 90-minute technical interview (pairing on a small
Node/Postgres service) on Wednesday, 27 August at 14:00 CEST. Does that work?

Tobias
""")

add("rejection", frm="Jordan Pike <jordan.pike@apextalentpartners.com>",
    subj="FW: Mateo Rossi - Senior Java Developer",
    date="2025-09-18 12:40", tz="America/Chicago", msgid_domain="namprd04.prod.outlook.com",
    company="Cobalt Harbor Insurance", contact="Jordan", role="Senior Java Developer", hard=True,
    notes="agency recruiter forwards client's decision; company only in forwarded part",
    text="""Mateo - passing along the feedback below from the hiring manager. Sorry this one didn't land, the second round sounded like it went well from your side. I've got two other clients with similar stacks, let's talk Monday.

Jordan Pike
Senior Technical Recruiter | Apex Talent Partners
(312) 555-0147

________________________________
From: Grant Mahoney <gmahoney@cobaltharbor.com>
Sent: Thursday, September 18, 2025 11:02 AM
To: Jordan Pike <jordan.pike@apextalentpartners.com>
Subject: RE: Mateo Rossi - Senior Java Developer

Jordan,

Thanks for sending Mateo over. The team liked him but we're going to pass - we need someone deeper on Spring Batch and mainframe integration for this one. Please let him know we appreciated his time.

Grant Mahoney
Director, Policy Systems
Cobalt Harbor Insurance
""")

add("rejection", frm="Pipewright <no-reply@ashbyhq.com>",
    subj="Following up on Backend Engineer, Integrations",
    date="2025-10-06 09:18", tz="America/New_York", auto_html=True, msgid_domain="ashbyhq.com",
    hdrs=(("Reply-To", "Marcus Lee <marcus@pipewright.dev>"),),
    company="Pipewright", contact="Marcus", role="Backend Engineer, Integrations", hard=True,
    notes="offers referrals and to stay in touch; 'offer' used loosely",
    text="""Hi Mateo,

I wanted to reach out myself rather than let an automated note do it. We've wrapped up interviews for Backend Engineer, Integrations and we won't be moving forward with your application this time.

That said, I'd really like to stay in touch. If you're open to it, I'd be glad to make a couple of introductions to founders I know who are hiring for exactly your profile - that offer stands whenever you want it.

Marcus Lee
Engineering Manager, Pipewright
""")

add("rejection", frm="Crescent Insurance Group Careers <crescentinsurance@icims.com>",
    subj="Crescent Insurance Group - Software Engineer III - Integration Platform",
    date="2025-10-29 13:26", tz="America/New_York", hdrs=AUTO_GEN, auto_html=True,
    msgid_domain="icims.com",
    company="Crescent Insurance Group", role="Software Engineer III - Integration Platform", hard=True,
    notes="post-interview ATS rejection; mentions interviewing and next stage",
    text="""Dear Mateo,

Thank you for the time you spent interviewing with our Integration Platform team for the Software Engineer III - Integration Platform role (Req #2025-3381). We know a multi-step interview process asks a lot of candidates.

After much consideration, we have determined that your background is not the right match at this time for the position's current requirements, and we will not be advancing you to the next stage.

We encourage you to continue exploring opportunities with Crescent Insurance Group.

Regards,
Talent Acquisition
Crescent Insurance Group

This is an automated message from our recruiting system. Replies are not monitored.
""")

add("rejection", frm="Pallas Logistics Software <notifications@jobvite.com>",
    subj="Site Reliability Engineer position update",
    date="2025-11-12 20:07", tz="UTC", hdrs=AUTO_GEN, msgid_domain="jobvite.com",
    company="Pallas Logistics Software", role="Site Reliability Engineer",
    text="""Hello Mateo,

Thank you for applying for the Site Reliability Engineer position with Pallas Logistics Software.

We wanted to let you know that this position has been filled. We appreciate your interest in Pallas and encourage you to apply for future openings that match your qualifications.

Kind regards,
Pallas Logistics Software Recruiting
""")

add("rejection", frm="Northgate Trust Talent Acquisition <northgate@taleo.net>",
    subj="Northgate Trust - Senior Developer, Payments Platform (Job 26004781)",
    date="2026-01-08 10:45", tz="America/Toronto", hdrs=AUTO_GEN, msgid_domain="taleo.net",
    company="Northgate Trust", role="Senior Developer, Payments Platform",
    text="""Dear Mateo Rossi,

Thank you for your interest in the Senior Developer, Payments Platform position (Job 26004781) with Northgate Trust.

After careful review of your qualifications, we regret to advise that you have not been selected to continue in the process. The competition for this role was strong, and the decision was a difficult one.

We invite you to create job alerts on our careers site so that you are notified of future opportunities.

Sincerely,
Northgate Trust Talent Acquisition

Ce message est également disponible en français sur demande.
""")

add("rejection", frm="Sasha Kowalczyk <sasha@ridgewaygames.bamboohr.com>",
    subj="Backend Engineer (Live Services)",
    date="2026-01-21 16:58", tz="America/Vancouver", msgid_domain="bamboohr.com",
    company="Ridgeway Games", contact="Sasha", role="Backend Engineer (Live Services)", hard=True,
    notes="very short; 'didn't work out'; no rejection keywords",
    text="""Hi Mateo - unfortunately this one didn't work out. Thanks for your patience through the process and for the chats with the team.

Sasha
Ridgeway Games
""")

add("rejection", frm="Lumastack <jobs@lumastack.teamtailor-mail.com>",
    subj="About your application at Lumastack",
    date="2026-02-03 09:30", tz="Europe/Amsterdam", auto_html=True, msgid_domain="teamtailor-mail.com",
    company="Lumastack", contact="Femke", role="Platform Engineer",
    text="""Hi Mateo,

Thanks for applying for the Platform Engineer role and for your interest in Lumastack!

Unfortunately we've chosen to continue with other candidates for this position. We had a lot of applications and had to make some tough calls.

Take care and hopefully our paths cross again,
Femke de Wit
Talent Partner, Lumastack
""")

add("rejection", frm="Zeeburg Data <noreply@recruitee.com>",
    subj="Your application: Backend Engineer (Python)",
    date="2026-02-19 14:02", tz="Europe/Amsterdam", hdrs=AUTO_GEN, auto_html=True,
    msgid_domain="recruitee.com",
    company="Zeeburg Data", role="Backend Engineer (Python)",
    text="""Dear Mateo,

Thank you for applying for the Backend Engineer (Python) vacancy at Zeeburg Data.

We have reviewed your application carefully and regret to tell you that we will not be continuing with your application.

We wish you every success in your search.

Kind regards,
Zeeburg Data
""")

add("rejection", frm="Ezra Calloway <ezra@saltmarsh.ai>",
    subj="Saltmarsh",
    date="2026-03-05 22:14", tz="America/Los_Angeles", msgid_domain="mail.gmail.com",
    company="Saltmarsh AI", contact="Ezra", role="Founding Backend Engineer", hard=True,
    notes="founder note; hired someone else, no rejection keywords",
    text="""Hey Mateo,

Wanted to tell you directly: we ended up hiring someone I worked with at my last startup for the founding backend role. Honestly a hard call, you were the other finalist.

If things change after our seed extension I'll reach out first. Thanks for all the time you gave us.

Ezra
--
Ezra Calloway, CEO
Saltmarsh AI
""")

add("rejection", frm="Keiko Tanabe <ktanabe@vantaro.com>",
    subj="Your Vantaro interview loop",
    date="2026-03-24 15:11", tz="America/Los_Angeles", msgid_domain="vantaro.com",
    company="Vantaro", contact="Keiko", role="Software Engineer II, Infrastructure", hard=True,
    notes="after onsite; 'not to extend an offer'; mentions interviews",
    text="""Hi Mateo,

Thank you for interviewing with us for the Software Engineer II, Infrastructure role. The hiring committee met yesterday to review feedback from your onsite loop.

I'm sorry to share that the committee decided not to extend an offer at this time. Your coding rounds were solid; the feedback centered on the system design interview, where the panel wanted to see deeper trade-off discussion around consistency.

You're eligible to re-interview after 12 months, and I'd be glad to hear from you then.

Best,
Keiko Tanabe
Technical Recruiter | Vantaro
""")

add("rejection", frm="City of Maple Crossing <noreply@governmentjobs.com>",
    subj="Application Status: Application Developer (Java) - 2026-0117",
    date="2026-04-02 08:00", tz="America/Toronto", hdrs=AUTO_GEN, msgid_domain="governmentjobs.com",
    company="City of Maple Crossing", role="Application Developer (Java)",
    text="""Dear Applicant,

Thank you for your interest in employment with the City of Maple Crossing.

The screening for Application Developer (Java), Competition 2026-0117, is complete. We regret to inform you that your application was not among those selected to proceed to the next stage of the process.

We encourage you to review current opportunities at www.maplecrossing.ca/careers.

Human Resources Division
City of Maple Crossing
""")

add("rejection", frm="Sanne Vermeulen <s.vermeulen@veldhaven.nl>",
    subj="Sollicitatie Backend developer - update",
    date="2026-04-20 11:36", tz="Europe/Amsterdam", msgid_domain="veldhaven.nl",
    company="Gemeente Veldhaven", contact="Sanne", role="Backend developer", hard=True,
    notes="'not to invite you for an interview'; Dutch word in subject",
    text="""Dear Mateo,

Thank you for your application for the position of Backend developer within our Digital Services department.

The selection committee has reviewed all applications. We have decided not to invite you for an interview. Although your experience is relevant, other candidates fit the profile better, in particular regarding experience with government standards (Common Ground, NL Design System).

If you would like to receive further explanation, you can reply to this email or call me on 040 555 0192.

Met vriendelijke groet / Kind regards,

Sanne Vermeulen
HR Advisor
Gemeente Veldhaven
""")

add("rejection", frm="Oriel Mobility <noreply@smartrecruiters.com>",
    subj="Update on your application - Backend Engineer (Routing)",
    date="2026-05-07 15:15", tz="Europe/Madrid", auto_html=True, msgid_domain="smartrecruiters.com",
    company="Oriel Mobility", role="Backend Engineer (Routing)",
    text="""Hi Mateo,

Many thanks for your interest in the Backend Engineer (Routing) role at Oriel Mobility.

We've now reviewed your profile and unfortunately we've decided not to take your application further on this occasion. With your permission, we'll keep your CV on file and reach out if something suitable comes up.

Best regards,
The Oriel Mobility Talent Team
""")

add("rejection", frm="Álvaro Peña <alvaro.pena@brisatech.es>",
    subj="Your take-home for Brisa Tech",
    date="2026-05-28 19:02", tz="Europe/Madrid", cte="quoted-printable", msgid_domain="brisatech.es",
    company="Brisa Tech", contact="Álvaro", role="Backend Engineer (Kotlin)", hard=True,
    notes="long feedback; decision in one sentence mid-mail",
    text="""Hi Mateo,

Thanks a lot for the take-home submission for the Backend Engineer (Kotlin) position. Two of us reviewed it in detail and I wanted to give you real feedback instead of a template.

What we liked:
- Clear module boundaries and a README that explained the trade-offs.
- Good use of testcontainers for the repository tests.
- The idempotency handling on the webhook endpoint was thoughtful.

Where it fell short for us:
- The retry logic blocked the request thread; we expected a queue or at least a scheduled retry.
- No pagination on the listing endpoint.

Based on this we've decided not to move ahead to the next round. I know take-homes are a big investment and I'm grateful you made it. I hope the notes above are useful for future processes.

Un abrazo,
Álvaro Peña
Engineering Manager · Brisa Tech · Valencia
""")

add("rejection", frm="Rachel Oduya <rachel.oduya@helixstaffing.com>",
    subj="Contract Platform Engineer (6 months) - client feedback",
    date="2026-06-15 13:48", tz="America/New_York", msgid_domain="helixstaffing.com",
    company="Beacon Freightways", contact="Rachel", role="Contract Platform Engineer (6 months)", hard=True,
    notes="contract-staffing recruiter relays client decision",
    text="""Hi Mateo,

Heard back from Beacon Freightways on the Contract Platform Engineer (6 months) req. They've decided to go with another contractor who can start on site in Memphis next week, so they won't be moving you forward.

Really appreciate you jumping on that interview on short notice. I'll keep you in mind for the next Terraform/AWS contract that comes through, there are usually a few every month.

Thanks,
Rachel Oduya
Account Manager | Helix Staffing
""")

add("rejection", frm="Mosaic Health <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Mosaic Health",
    date="2026-07-09 18:25", tz="America/Chicago", hdrs=AUTO_GEN, auto_html=True, msgid_domain="greenhouse.io",
    company="Mosaic Health", role="Software Engineer, Data Platform",
    text="""Hi Mateo,

Thank you for your interest in Mosaic Health and for applying to the Software Engineer, Data Platform position.

We've carefully reviewed your application and have decided to move forward with candidates whose background aligns more closely with the role's current needs.

We appreciate your interest in our mission of making healthcare data work for patients.

Warmly,
Mosaic Health Talent
""")

add("rejection", frm="Cinderpath Recruiting <no-reply@ashbyhq.com>",
    subj="Next steps - Backend Engineer at Cinderpath",
    date="2026-08-11 10:10", tz="America/New_York", auto_html=True, msgid_domain="ashbyhq.com",
    company="Cinderpath", contact="Nora", role="Backend Engineer", hard=True,
    notes="subject says 'Next steps' but the content is a no",
    text="""Hi Mateo,

Thanks for your patience while we worked through the Backend Engineer process. I wanted to let you know where things landed.

We've decided not to proceed with your candidacy. This was a close call and it came down to more direct experience with event sourcing.

There aren't next steps for this role, but please feel free to apply again as we grow.

Nora Lindqvist
Recruiting, Cinderpath
""")

add("rejection", frm="Taunus Bank Careers <careers@taunusbank.de>",
    subj="Your application: Cloud Platform Engineer (m/w/d) - Ref. TB-2026-412",
    date="2026-09-22 07:55", tz="Europe/Berlin", cte="base64", hdrs=AUTO_GEN, msgid_domain="taunusbank.de",
    company="Taunus Bank", role="Cloud Platform Engineer (m/w/d)",
    html="""<html><body>
<div style="font-family:Verdana;font-size:12px">
<p>Dear Mr Rossi,</p>
<p>Thank you for your application for the position <strong>Cloud Platform Engineer (m/w/d)</strong> (Ref. TB-2026-412) and the interest you have shown in Taunus Bank.</p>
<p>After careful consideration we regret to inform you that we have decided in favour of other applicants. Your documents will be deleted in accordance with data protection regulations six months after the end of the process.</p>
<p>We wish you all the best for your future career.</p>
<p>Kind regards<br>Recruiting Team<br>Taunus Bank AG, Frankfurt am Main</p>
</div></body></html>
""")

# ------------------------------ on_hold -----------------------------------

add("on_hold", frm="Maren Holt <maren.holt@corvidanalytics.com>",
    subj="Senior Backend Engineer - pausing our search",
    date="2025-03-19 11:20", tz="America/Denver", msgid_domain="corvidanalytics.com",
    company="Corvid Analytics", contact="Maren", role="Senior Backend Engineer",
    text="""Hi Mateo,

I wanted to give you an honest update. Corvid Analytics has put a company-wide hiring freeze in place as of this week, and that includes the Senior Backend Engineer role you've been interviewing for.

This has nothing to do with you or your interviews - the team's feedback so far has been positive. We simply can't extend any new offers until leadership lifts the freeze, which we expect to revisit next quarter.

I'll reach out as soon as I know more. Sorry for the uncertainty.

Best,
Maren Holt
Recruiting Lead, Corvid Analytics
""")

add("on_hold", frm="Albion Mutual <albionmutual@myworkday.com>",
    subj="Your application status has changed",
    date="2025-05-06 05:41", tz="UTC", hdrs=AUTO_GEN, msgid_domain="myworkday.com", auto_html=True,
    company="Albion Mutual", role="Platform Engineer", hard=True,
    notes="requisition cancelled; ATS wording 'no longer under consideration' reads like a rejection",
    text="""Dear Mateo,

We are writing to inform you that the requisition for Platform Engineer (JR-110482) has been cancelled and will not be filled at this time. As a result, your application is no longer under consideration for this specific opening.

This decision was made for business reasons and does not reflect an assessment of your qualifications. Should the position be reopened, you are welcome to reapply.

Regards,
Albion Mutual Talent Acquisition
""")

add("on_hold", frm="Rahel Bekele <rahel@tessellatelabs.com>",
    subj="Developer Platform role - update",
    date="2025-06-26 14:03", tz="America/Los_Angeles", msgid_domain="tessellatelabs.com",
    company="Tessellate Labs", contact="Rahel", role="Software Engineer, Developer Platform",
    text="""Hi Mateo,

Following up on the Software Engineer, Developer Platform conversations. We're in the middle of a reorganization that merges Developer Platform with Infrastructure, and leadership asked us to pause this search until the new org's plans are set, likely not before Q3.

I'd very much like to pick this back up with you when that happens. If you get another offer in the meantime please don't hold off on our account - just let me know.

Rahel Bekele
Engineering Manager, Tessellate Labs
""")

add("on_hold", frm="Jordan Pike <jordan.pike@apextalentpartners.com>",
    subj="Cobalt Harbor - Integration Engineer req on hold",
    date="2025-11-04 09:15", tz="America/Chicago", msgid_domain="namprd04.prod.outlook.com",
    company="Cobalt Harbor Insurance", contact="Jordan", role="Integration Engineer", hard=True,
    notes="agency recruiter relays client budget hold",
    text="""Morning Mateo,

Quick heads-up on the Integration Engineer role at Cobalt Harbor Insurance: their 2026 budget hasn't been signed off yet, so the hiring manager has put the req on hold until at least January. They still want to talk to you once it's approved.

No action needed from you. I'll ping you the minute it comes back.

Jordan
Apex Talent Partners
""")

add("on_hold", frm="Jens Albrecht <j.albrecht@stadtwerke-lindenau.de>",
    subj="Ihre Bewerbung: Softwareentwickler Backend (m/w/d)",
    date="2025-12-10 10:30", tz="Europe/Berlin", msgid_domain="stadtwerke-lindenau.de",
    company="Stadtwerke Lindenau", contact="Jens", role="Softwareentwickler Backend (m/w/d)", lang="de",
    text="""Sehr geehrter Herr Rossi,

vielen Dank für Ihre Bewerbung als Softwareentwickler Backend (m/w/d) und das freundliche Telefonat in der vergangenen Woche.

Aufgrund einer noch ausstehenden Entscheidung über den Wirtschaftsplan 2026 haben wir das Besetzungsverfahren für diese Stelle vorerst ausgesetzt. Wann das Verfahren fortgesetzt wird, können wir derzeit leider noch nicht sagen.

Ihre Unterlagen bleiben selbstverständlich im Verfahren. Sobald es Neuigkeiten gibt, melden wir uns unaufgefordert bei Ihnen.

Mit freundlichen Grüßen
Jens Albrecht
Personalabteilung
Stadtwerke Lindenau
""")

add("on_hold", frm="Hexcove <no-reply@hire.lever.co>",
    subj="Staff Platform Engineer at Hexcove",
    date="2026-02-12 17:44", tz="America/New_York", msgid_domain="hire.lever.co", auto_html=True,
    company="Hexcove", role="Staff Platform Engineer", hard=True,
    notes="role no longer open; reads like a template rejection",
    text="""Hi Mateo,

Thank you for your interest in the Staff Platform Engineer position at Hexcove.

We wanted to let you know that the role is no longer open. The team's priorities shifted this quarter and we've closed the position without filling it. We're sorry for the inconvenience after the time you invested.

If a similar opening is posted again, we would be happy to consider you.

Best,
Hexcove Recruiting
""")

add("on_hold", frm="Harbourside Regional Municipality <careers@harbourside.ca>",
    subj="Notice of Competition Cancellation - HRM-IT-26-09 Senior Systems Developer",
    date="2026-03-30 13:00", tz="America/Halifax", hdrs=AUTO_GEN, msgid_domain="harbourside.ca",
    company="Harbourside Regional Municipality", role="Senior Systems Developer", hard=True,
    notes="public-sector competition cancelled; formal 'regret' wording",
    text="""Dear Candidate,

Re: Competition HRM-IT-26-09, Senior Systems Developer

We regret to advise that the above competition has been cancelled. The position is being reviewed as part of the Municipality's organizational review of Information Technology Services, and no appointment will be made from this competition.

Applicants will be notified if a new competition is posted.

We thank you for your interest in employment with Harbourside Regional Municipality.

Human Resources
Harbourside Regional Municipality
""")

add("on_hold", frm="Noor Haddad <noor@ferrouslabs.com>",
    subj="Ferrous Labs - where things stand",
    date="2026-05-14 20:37", tz="America/Los_Angeles", msgid_domain="mail.gmail.com",
    company="Ferrous Labs", contact="Noor", role="Backend Engineer", hard=True,
    notes="funding-related pause; praises interview",
    text="""Hi Mateo,

I owe you an update. We really enjoyed the interview last week and the team was keen to bring you back for the final conversation.

However, we've decided to pause hiring for the Backend Engineer role until our Series A closes. Realistically that's 6-8 weeks. I don't want to string you along, so please keep interviewing elsewhere - but if you're still looking when we reopen, you're the first person I'll call.

Thanks for understanding,
Noor Haddad
Co-founder & CTO, Ferrous Labs
""")

add("on_hold", frm="Chloe Marchetti <chloe@monarchledger.com>",
    subj="Re: Onsite scheduling - Backend Engineer, Ledger Core",
    date="2026-06-24 12:05", tz="America/New_York", reply=True, msgid_domain="monarchledger.com",
    company="Monarch Ledger", contact="Chloe", role="Backend Engineer, Ledger Core", hard=True,
    notes="hold in reply; quoted part asks for onsite availability",
    text="""Hi Mateo,

Please disregard my last email for now - let's hold off on scheduling the onsite. Headcount for Ledger Core was frozen this morning pending the board's review of the H2 plan. I'll follow up once I have clarity, hopefully within a few weeks.

Really sorry for the whiplash.

Chloe

On Mon, Jun 22, 2026 at 3:18 PM Chloe Marchetti <chloe@monarchledger.com> wrote:
> Hi Mateo! Great news - the team would like to bring you in for the final
> onsite for Backend Engineer, Ledger Core. Could you send me three half-days
> that work for you over the next two weeks?
""")

add("on_hold", frm="Tandem Grid <noreply@recruitee.com>",
    subj="Vacancy withdrawn: Backend Engineer Energy Platform",
    date="2026-10-01 09:12", tz="Europe/Amsterdam", hdrs=AUTO_GEN, msgid_domain="recruitee.com",
    company="Tandem Grid", role="Backend Engineer Energy Platform",
    text="""Dear Mateo,

We would like to inform you that the vacancy Backend Engineer Energy Platform has been withdrawn. Due to a change in our plans for next year we will not be filling this position for now.

We thank you for your interest in Tandem Grid and will let you know if the vacancy is reopened.

Kind regards,
Team Tandem Grid
""")

# ------------------------------ interview ---------------------------------

add("interview", frm="Camila Restrepo <camila@brightloom.com>",
    subj="Brightloom - let's talk about the Backend Engineer role",
    date="2025-12-01 10:07", tz="America/New_York", msgid_domain="brightloom.com",
    company="Brightloom", contact="Camila", role="Backend Engineer",
    text="""Hi Mateo,

Thanks for applying to Brightloom! I'm the recruiter for our Backend Engineer opening and I'd love to set up a 30-minute intro call to tell you more about the team and hear what you're looking for.

You can grab any time that suits you here: https://calendly.com/camila-brightloom/30min

Talk soon,
Camila Restrepo
Talent Partner | Brightloom
""")

_t = when("2026-02-10 13:00", "America/Chicago")
add("interview", frm="Mosaic Health <no-reply@us.greenhouse-mail.io>",
    subj="Interview Confirmation: Backend Engineer, Claims API",
    date="2026-02-05 09:40", tz="America/Chicago", hdrs=AUTO_GEN, msgid_domain="greenhouse.io",
    auto_html=True, cal=ics("gh-88213@mosaichealth", _t, 45, "Mateo Rossi - Technical Interview (Mosaic Health)",
                            "Mosaic Health Recruiting <recruiting@mosaichealth.com>", "Zoom"),
    company="Mosaic Health", role="Backend Engineer, Claims API",
    iat=iso("2026-02-10 13:00", "America/Chicago", "Tuesday"),
    text="""Hi Mateo,

Your interview for the Backend Engineer, Claims API position at Mosaic Health is confirmed.

Interview: Technical Interview (45 minutes)
Date: Tuesday, February 10, 2026
Time: 1:00 PM - 1:45 PM Central Time (US & Canada)
Interviewer: Daniel Ortiz, Senior Software Engineer
Location: Zoom - https://mosaichealth.zoom.us/j/93318820041

A calendar invitation is attached. If you need to reschedule, reply to this email.

Mosaic Health Recruiting
""")

add("interview", frm="Vantaro Recruiting <scheduling@goodtime.io>",
    subj="Action required: share your availability for Vantaro interviews",
    date="2026-02-17 13:22", tz="America/Los_Angeles", hdrs=AUTO_GEN, msgid_domain="goodtime.io", auto_html=True,
    company="Vantaro", contact="Keiko", role="Software Engineer II, Infrastructure",
    text="""Hi Mateo,

Keiko Tanabe from Vantaro has invited you to schedule your technical phone interview for Software Engineer II, Infrastructure.

Please select the times you are available over the next 10 business days:
https://app.goodtime.io/availability/vantaro/8f2c11d0

Interview details: 60 minutes, video call, one Vantaro engineer, coding in a shared editor.

Powered by GoodTime
""")

_t = when("2026-01-21 10:00", "America/Los_Angeles")
add("interview", frm="Loomwork Recruiting <notifications@modernloop.io>",
    subj="Your virtual onsite with Loomwork is confirmed",
    date="2026-01-14 12:03", tz="America/Los_Angeles", hdrs=AUTO_GEN, msgid_domain="modernloop.io",
    auto_html=True,
    company="Loomwork", role="Senior Software Engineer, Platform",
    iat=iso("2026-01-21 10:00", "America/Los_Angeles", "Wednesday"),
    text="""Hi Mateo,

Your virtual onsite for Senior Software Engineer, Platform is confirmed for Wednesday, January 21, 2026. Here's the schedule (all times Pacific):

10:00 AM - 11:00 AM  Coding (Hannah Boyd)
11:15 AM - 12:15 PM  System design (Luis Ferreira)
12:15 PM - 12:45 PM  Break
12:45 PM - 1:30 PM   Hiring manager conversation (Aaron Wise)
1:45 PM - 2:30 PM    Values & collaboration (Ruth Adeyemi)

All sessions use the same Google Meet link: https://meet.google.com/pqr-tmwx-kkd

Sent by ModernLoop on behalf of Loomwork
""")

add("interview", frm="Gideon Marsh <gideon@harborpixel.co>",
    subj="Next step",
    date="2025-04-10 16:20", tz="America/New_York", msgid_domain="harborpixel.co",
    company="Harbor Pixel", contact="Gideon", role="Backend Developer", hard=True,
    notes="relative day ('Tuesday at 2pm ET'); subject vague",
    iat=iso("2025-04-15 14:00", "America/New_York", "Tuesday"),
    text="""Mateo,

Enjoyed our call. I'd like you to meet two of our senior devs for a technical conversation - roughly an hour, some live coding in TypeScript and a chat about an API you've designed.

I've put Tuesday at 2pm ET on the calendar; shout if that doesn't work.

Gideon Marsh
Director of Engineering
Harbor Pixel - digital product studio
""")

add("interview", frm="Fahrwerk Mobility GmbH <jobs@fahrwerk-mobility.de>",
    subj="Einladung zum technischen Gespräch – Senior Backend Engineer (m/w/d)",
    date="2026-03-04 15:12", tz="Europe/Berlin", msgid_domain="fahrwerk-mobility.de",
    company="Fahrwerk Mobility GmbH", contact="Miriam", role="Senior Backend Engineer (m/w/d)", lang="de",
    iat=iso("2026-03-12 10:00", "Europe/Berlin", "Thursday"),
    text="""Hallo Mateo,

vielen Dank für das angenehme Kennenlerngespräch! Wir möchten dich gerne zum nächsten Schritt einladen: einem technischen Interview mit zwei Kollegen aus dem Plattform-Team.

Termin: Donnerstag, 12. März 2026, 10:00 Uhr (MEZ)
Dauer: ca. 75 Minuten
Ort: Microsoft Teams (Link folgt per Kalendereinladung)

Inhalt: Architektur-Diskussion anhand eines deiner bisherigen Projekte sowie eine kleine Live-Coding-Aufgabe in Go.

Bitte gib mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Miriam Kessler
Talent Acquisition
Fahrwerk Mobility GmbH | München
""")

add("interview", frm="Irene Castaño <irene.castano@nubaria.com>",
    subj="Entrevista técnica - Backend Engineer",
    date="2026-04-07 12:48", tz="Europe/Madrid", msgid_domain="nubaria.com",
    company="Nubaria", contact="Irene", role="Backend Engineer", lang="es",
    iat=iso("2026-04-14 11:00", "Europe/Madrid", "Tuesday"),
    text="""Hola Mateo,

¡Gracias por tu tiempo en la primera llamada! Nos gustaría avanzar con la entrevista técnica para la posición de Backend Engineer.

Te propongo el martes 14 de abril a las 11:00 (hora peninsular), por Google Meet. Durará aproximadamente una hora y estarán Sergio (Tech Lead) y Marta (Staff Engineer). Hablaremos de diseño de APIs, bases de datos y un pequeño ejercicio práctico.

Te envío la invitación en un momento. Si necesitas cambiar la hora, dímelo sin problema.

Un saludo,
Irene Castaño
People Team · Nubaria
""")

add("interview", frm="Jean-François Gagnon <jf.gagnon@boreal-numerique.ca>",
    subj="Entrevue – Développeur backend principal",
    date="2025-10-20 14:30", tz="America/Toronto", msgid_domain="boreal-numerique.ca",
    company="Services Numériques Boréal", contact="Jean-François", role="Développeur backend principal", lang="fr",
    text="""Bonjour Mateo,

Merci pour votre candidature au poste de Développeur backend principal. Votre parcours a retenu notre attention et nous aimerions vous rencontrer en entrevue (environ 45 minutes, en visioconférence).

Seriez-vous disponible à l'un des moments suivants ?
- mardi 28 octobre, 10 h
- mercredi 29 octobre, 14 h
- jeudi 30 octobre, 9 h 30

Au plaisir d'échanger avec vous,

Jean-François Gagnon
Gestionnaire, Développement logiciel
Services Numériques Boréal
""")

add("interview", frm="Olivia at Keystone Harbor Bank <olivia@paradox.ai>",
    subj="Your interview is confirmed",
    date="2026-05-29 16:04", tz="America/Chicago", hdrs=AUTO_GEN, msgid_domain="paradox.ai", auto_html=True,
    company="Keystone Harbor Bank", role="Software Engineer, Digital Banking", hard=True,
    notes="scheduling by Paradox assistant 'Olivia' (not a human signer)",
    iat=iso("2026-06-03 09:30", "America/Chicago", "Wednesday"),
    text="""Hi Mateo!

You're all set. Here are the details for your interview with Keystone Harbor Bank:

Position: Software Engineer, Digital Banking
When: Wednesday, June 3 at 9:30 AM CT
Who: Brandon Miles, Engineering Manager
Where: Microsoft Teams (link below)

Need to reschedule? Just reply to this message and I'll help.

Olivia
Keystone Harbor Bank Recruiting Assistant
""")

_t = when("2025-12-11 11:00", "America/New_York")
add("interview", frm="Camila Restrepo <camila@brightloom.com>",
    subj="Invitation: Mateo Rossi <> Brightloom - System Design @ Thu Dec 11, 2025 11am - 12pm (EST) (mateo.rossi.dev@proton.me)",
    date="2025-12-05 15:31", tz="America/New_York", msgid_domain="google.com",
    cal=ics("7q1ks0r2brightloom@google.com", _t, 60, "Mateo Rossi <> Brightloom - System Design",
            "Camila Restrepo <camila@brightloom.com>", "https://meet.google.com/abc-defg-hij"),
    company="Brightloom", contact="Camila", role="Backend Engineer",
    iat=iso("2025-12-11 11:00", "America/New_York", "Thursday"),
    text="""Camila Restrepo has invited you to the following event.

Mateo Rossi <> Brightloom - System Design
When: Thursday Dec 11, 2025 11am - 12pm Eastern Time - New York
Joining info: meet.google.com/abc-defg-hij
Calendar: mateo.rossi.dev@proton.me
Who:
  * Camila Restrepo - organizer
  * Sven Aldridge
  * Mateo Rossi

Hi Mateo - this is the system design round for the Backend Engineer role with Sven, one of our staff engineers. Come ready to whiteboard a rate limiter or something similar.

Invitation from Google Calendar
""")

add("interview", frm="Hamid Rahimi <hamid@orbweaversecurity.com>",
    subj="RE: Backend Engineer (Rust) - Thursday",
    date="2026-09-15 10:02", tz="Europe/Amsterdam", reply=True, msgid_domain="eurprd07.prod.outlook.com",
    company="Orbweaver Security", contact="Hamid", role="Backend Engineer (Rust)", hard=True,
    notes="reschedule in reply thread; relative weekday; no word interview in body",
    iat=iso("2026-09-18 15:30", "Europe/Amsterdam", "Friday"),
    text="""Hi Mateo,

Something came up on my side for Thursday, apologies. I've moved our conversation to Friday at 15:30 CEST, same Teams link, and updated the invite. Same plan: 60 minutes, mostly on the async pipeline design you sent over.

Hamid

Hamid Rahimi | Engineering Lead | Orbweaver Security | Utrecht

From: Mateo Rossi <mateo.rossi.dev@proton.me>
Sent: Monday, 14 September 2026 19:40
To: Hamid Rahimi <hamid@orbweaversecurity.com>
Subject: Re: Backend Engineer (Rust) - Thursday

Thursday 11:00 works well for me, see you then!
""")

add("interview", frm="Ezra Calloway <ezra@saltmarsh.ai>",
    subj="coffee?",
    date="2026-01-26 08:51", tz="America/Los_Angeles", msgid_domain="mail.gmail.com",
    company="Saltmarsh AI", contact="Ezra", role="Founding Backend Engineer", hard=True,
    notes="informal 'grab 20 minutes'; no word interview; no fixed time",
    text="""Hey Mateo - saw your note on HN about the founding backend role. Your write-up on Postgres logical replication was great.

Want to grab 20 minutes this week? Video or coffee in SF, whichever's easier. Send me a couple of times.

Ezra
Saltmarsh AI
""")

add("interview", frm="Liam Archer <liam.archer@stackhouserecruitment.co.uk>",
    subj="Van Eyck Bank want to meet you!",
    date="2026-03-11 17:26", tz="Europe/London", msgid_domain="stackhouserecruitment.co.uk",
    company="Van Eyck Bank", contact="Liam", role="Senior Backend Engineer (Java)", hard=True,
    notes="agency recruiter arranges client interview; time in Amsterdam time, sender in London",
    iat=iso("2026-03-16 14:00", "Europe/Amsterdam", "Monday"),
    text="""Hi Mateo,

Great news - Van Eyck Bank have reviewed your CV for the Senior Backend Engineer (Java) role and would like to meet you.

First stage: 60 min video call with the Head of Payments Engineering and a senior developer.
When: Monday 16 March at 14:00 Amsterdam time (13:00 UK)
Format: Teams, competency + technical questions (Java 21, Kafka, Spring)

I've confirmed on your behalf as you said Monday afternoons are free - shout if that's changed. I'll call you Friday to prep.

Cheers,
Liam Archer
Principal Consultant - Fintech | Stackhouse Recruitment
+44 20 7946 0832
""")

add("interview", frm="Tri-County Transit Authority HR <hr-recruitment@tricountytransit.org>",
    subj="Panel Interview Invitation - IT Application Developer III",
    date="2026-08-27 14:15", tz="America/Chicago", msgid_domain="tricountytransit.org",
    company="Tri-County Transit Authority", contact="Denise", role="IT Application Developer III",
    iat=iso("2026-09-08 10:00", "America/Chicago", "Tuesday"),
    text="""Dear Mr. Rossi,

Congratulations! Based on your application and supplemental questionnaire, you have been selected to participate in a panel interview for the position of IT Application Developer III (Posting #26-114).

Date: Tuesday, September 8, 2026
Time: 10:00 a.m. Central
Location: Tri-County Transit Authority Administration Building, 400 Commerce Street, Room 3B
Duration: approximately 60 minutes

The panel will consist of three members from Information Technology and Human Resources. Please bring a government-issued photo ID. If you require an accommodation, please contact our office at least 48 hours in advance.

Please confirm your attendance by replying to this email.

Sincerely,
Denise Whitaker
Recruitment Specialist
Tri-County Transit Authority
""")

add("interview", frm="Cinderpath <no-reply@ashbyhq.com>",
    subj="Confirmed: Technical Screen with Cinderpath",
    date="2026-07-15 11:39", tz="America/New_York", hdrs=AUTO_GEN, msgid_domain="ashbyhq.com", auto_html=True,
    company="Cinderpath", contact="Nora", role="Backend Engineer",
    iat=iso("2026-07-23 16:00", "America/New_York", "Thursday"),
    text="""Hi Mateo,

Your Technical Screen for the Backend Engineer role at Cinderpath is confirmed.

Thursday, July 23, 2026
4:00 PM - 5:00 PM EDT
Interviewer: Omar Nasser
Video: https://cinderpath.zoom.us/j/81175520114

Need to make a change? Use this link: https://app.ashbyhq.com/interview/reschedule/5c1e
Nora Lindqvist, Recruiting at Cinderpath
""")

add("interview", frm="Sasha Kowalczyk <sasha@ridgewaygames.com>",
    subj="Ridgeway Games - Backend Engineer (Live Services)",
    date="2025-12-03 11:09", tz="America/Vancouver", msgid_domain="ridgewaygames.com",
    company="Ridgeway Games", contact="Sasha", role="Backend Engineer (Live Services)", hard=True,
    notes="call with hiring manager; no word interview; times to choose",
    text="""Hi Mateo,

Thanks for applying to our Backend Engineer (Live Services) role. Our hiring manager, Kai, would like to hop on a 30-minute call with you to talk about your experience with matchmaking and session services.

Would any of these work (Pacific)?
Mon Dec 8, 10:00 or 15:00
Tue Dec 9, 11:30
Wed Dec 10, 13:00

Sasha
Recruiting, Ridgeway Games
""")

add("interview", frm="Aisha Bello <no-reply@hire.lever.co>",
    subj="Updated time: Quayside Robotics interview",
    date="2026-04-03 09:52", tz="America/Toronto", msgid_domain="hire.lever.co",
    hdrs=(("Reply-To", "aisha.bello@quaysiderobotics.com"),),
    company="Quayside Robotics", contact="Aisha", role="Backend Engineer, Fleet Platform", hard=True,
    notes="'unfortunately' about the slot, interview moved to a new definite time",
    iat=iso("2026-04-09 13:00", "America/Toronto", "Thursday"),
    text="""Hi Mateo,

Unfortunately our original slot on Wednesday no longer works for the panel - one of the interviewers is travelling. We've moved your interview for Backend Engineer, Fleet Platform to Thursday, April 9 at 1:00 PM ET. Everything else stays the same (90 minutes, in person at our King Street office).

Apologies for the shuffle, and thanks for being flexible.

Aisha Bello
Talent Acquisition, Quayside Robotics
""")

add("interview", frm="Keiko Tanabe <ktanabe@vantaro.com>",
    subj="Your visit to Vantaro on March 17",
    date="2026-03-06 10:44", tz="America/Los_Angeles", msgid_domain="vantaro.com",
    company="Vantaro", contact="Keiko", role="Software Engineer II, Infrastructure", hard=True,
    notes="onsite itinerary; word 'interview' only in schedule labels",
    iat=iso("2026-03-17 09:30", "America/Los_Angeles", "Tuesday"),
    text="""Hi Mateo,

We're looking forward to having you at our Bellevue campus! Here's your agenda for Tuesday, March 17 (Pacific time):

9:30  Arrive at Building C reception, check in with your ID
9:45  Coding session 1 - Priyanka S.
10:45 Coding session 2 - Tom W.
11:45 Lunch with Lena from the Storage team (not evaluated)
12:45 System design - Martin O.
13:45 Behavioral - Ana G. (hiring manager)
14:30 Wrap-up with me

Parking is validated at the front desk. Travel reimbursement instructions are attached in the portal.

Keiko
""")

add("interview", frm="Polderstack <jobs@polderstack.teamtailor-mail.com>",
    subj="Polderstack: Let's meet!",
    date="2026-06-02 13:20", tz="Europe/Amsterdam", msgid_domain="teamtailor-mail.com", auto_html=True,
    company="Polderstack", contact="Wouter", role="Senior Platform Engineer",
    text="""Hi Mateo!

Thanks for applying for Senior Platform Engineer at Polderstack. We liked what we saw and would love to invite you for a first interview with our VP Engineering.

Please pick a time that suits you via this link: https://polderstack.teamtailor.com/meetings/b71e9

Groetjes,
Wouter Jansen
Recruiter, Polderstack
""")

_t = when("2026-10-14 11:00", "America/New_York")
add("interview", frm="Priscilla Nwosu <pnwosu@fernhollowbank.com>",
    subj="Interview: Senior Software Engineer, Core Banking APIs",
    date="2026-10-05 08:57", tz="America/New_York", msgid_domain="namprd12.prod.outlook.com",
    cal=ics("040000008200E00074C5B7101A82E00800000000fernhollow", _t, 60,
            "Interview: Mateo Rossi - Senior Software Engineer, Core Banking APIs",
            "Priscilla Nwosu <pnwosu@fernhollowbank.com>", "Microsoft Teams Meeting"),
    cal_as_attachment=True,
    company="Fernhollow Bank", contact="Priscilla", role="Senior Software Engineer, Core Banking APIs", hard=True,
    notes="Outlook zone label says UTC-05:00 during daylight time; actual offset -04:00",
    iat=iso("2026-10-14 11:00", "America/New_York", "Wednesday"),
    text="""When: Wednesday, October 14, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Mateo,

As discussed, here is the invitation for your interview with our Core Banking APIs team. You'll meet Victor (Engineering Manager) and Shreya (Lead Engineer). Expect questions on API design, reliability and a walkthrough of a system you've built.

Priscilla Nwosu
Talent Acquisition Partner, Technology
Fernhollow Bank

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 219 447 330 918  Passcode: Xy7b2Q
________________________________________________________________________________
""")

add("interview", frm="Gridline Energy <noreply@workablemail.com>",
    subj="Gridline Energy invited you to a video interview",
    date="2026-08-19 10:33", tz="Europe/Madrid", hdrs=AUTO_GEN, msgid_domain="workablemail.com", auto_html=True,
    company="Gridline Energy", role="Backend Engineer",
    text="""Hi Mateo,

Gridline Energy would like to learn more about you! As the next step for the Backend Engineer position, you are invited to complete a short one-way video interview.

You'll answer 4 questions and have up to 3 minutes per answer. Please complete it within 5 days:
https://apply.workable.com/gridline-energy/video/8d1f0a

Good luck!
Gridline Energy Hiring Team
""")

add("interview", frm="Yusuf Demir <yusuf.demir@northbeamhealth.com>",
    subj="Tomorrow's session - need to move it",
    date="2026-10-20 17:12", tz="America/New_York", msgid_domain="northbeamhealth.com",
    company="Northbeam Health", contact="Yusuf", role="Platform Engineer", hard=True,
    notes="cancels a slot, asks to pick a new one; reads negative",
    text="""Hi Mateo,

Sorry for the late notice - unfortunately Priya, who was running your technical interview tomorrow, is out sick, so we have to cancel that slot.

We definitely still want to do it. Could you pick a new time for the Platform Engineer technical round next week here? https://calendly.com/northbeam-eng/technical-90

Thanks for your flexibility,
Yusuf Demir
Engineering Manager, Northbeam Health
""")

# -------------------------------- offer -----------------------------------

add("offer", frm="Camila Restrepo <camila@brightloom.com>",
    subj="Your offer from Brightloom",
    date="2025-12-19 16:40", tz="America/New_York", msgid_domain="brightloom.com", pdf="Brightloom_Offer_Mateo_Rossi.pdf",
    company="Brightloom", contact="Camila", role="Backend Engineer",
    text="""Hi Mateo,

On behalf of everyone at Brightloom, I'm thrilled to offer you the position of Backend Engineer! Your offer letter is attached, with the compensation details we discussed on the phone: base salary, equity grant and benefits summary.

Please review and sign by Monday, December 29. If you have any questions at all, or want to talk through the equity, I'm around all week.

We can't wait to have you on the team.

Camila Restrepo
Talent Partner | Brightloom
""")

add("offer", frm="Wouter Jansen <wouter@polderstack.com>",
    subj="Following up on our call",
    date="2026-07-02 17:05", tz="Europe/Amsterdam", msgid_domain="polderstack.com",
    company="Polderstack", contact="Wouter", role="Senior Platform Engineer", hard=True,
    notes="written follow-up to a verbal offer; never says 'offer'",
    text="""Hi Mateo,

Great talking to you this afternoon - as promised, here's everything in writing so you can think it over this weekend:

- Role: Senior Platform Engineer
- Gross annual salary: EUR 86,000 plus 8% holiday allowance
- 30% ruling application supported, relocation budget EUR 5,000
- Start date: flexible, we suggested 1 September
- 27 vacation days, hybrid (2 days in our Amsterdam office)

The contract will follow from our HR team as soon as you give us a thumbs up. The whole team is really hoping you'll join us!

Wouter
""")

add("offer", frm="Irene Castaño <irene.castano@nubaria.com>",
    subj="Carta de oferta - Backend Engineer",
    date="2026-05-08 13:15", tz="Europe/Madrid", msgid_domain="nubaria.com", pdf="Oferta_Nubaria_MRossi.pdf",
    company="Nubaria", contact="Irene", role="Backend Engineer", lang="es",
    text="""Hola Mateo,

¡Enhorabuena! Nos alegra mucho comunicarte que queremos que te unas a Nubaria como Backend Engineer.

Te adjunto la carta de oferta con las condiciones que comentamos: salario bruto anual, plan de retribución flexible, modalidad híbrida en Madrid y fecha de incorporación prevista el 1 de junio.

Si tienes cualquier duda, llámame. Te agradeceríamos una respuesta antes del viernes 15 de mayo.

Un abrazo,
Irene Castaño
People Team · Nubaria
""")

add("offer", frm="Aisha Bello <no-reply@greenhouse.io>",
    subj="Your offer letter from Quayside Robotics is ready",
    date="2026-04-22 14:50", tz="America/Toronto", msgid_domain="greenhouse.io",
    hdrs=(("Reply-To", "aisha.bello@quaysiderobotics.com"),),
    company="Quayside Robotics", contact="Aisha", role="Backend Engineer, Fleet Platform",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<p>Hi Mateo,</p>
<p>Congratulations! Quayside Robotics has extended you an offer for the <b>Backend Engineer, Fleet Platform</b> position.</p>
<p>You can review and e-sign your offer letter using the secure link below:</p>
<p><a href="https://app.greenhouse.io/offers/quayside/0c4b7e" style="background:#0b6e4f;color:#fff;padding:10px 16px;text-decoration:none">Review offer</a></p>
<p>This link expires on May 1, 2026. If you have questions, please reach out to Aisha Bello, your recruiter.</p>
<p>Welcome aboard (we hope!),<br>Aisha Bello<br>Talent Acquisition, Quayside Robotics</p>
</body></html>
""")

add("offer", frm="Liam Archer <liam.archer@stackhouserecruitment.co.uk>",
    subj="Good news!! Van Eyck Bank",
    date="2026-04-01 18:02", tz="Europe/London", msgid_domain="stackhouserecruitment.co.uk",
    company="Van Eyck Bank", contact="Liam", role="Senior Backend Engineer (Java)", hard=True,
    notes="agency recruiter relays client's offer; written on 1 April",
    text="""Mateo!

Just off the phone with Van Eyck Bank - they want to make you an offer for the Senior Backend Engineer (Java) role. Not an April Fools, I promise.

Headline numbers: EUR 92k base, 8% holiday pay, 13th month, pension, 32-hour week option. Their HR will send the formal paperwork tomorrow once you confirm you'd like to proceed.

Call me when you get this and we can go through it.

Liam
Stackhouse Recruitment
""")

add("offer", frm="Hamid Rahimi <hamid@orbweaversecurity.com>",
    subj="Revised package",
    date="2026-10-09 11:28", tz="Europe/Amsterdam", msgid_domain="eurprd07.prod.outlook.com",
    company="Orbweaver Security", contact="Hamid", role="Backend Engineer (Rust)", hard=True,
    notes="revised offer after negotiation; contains 'unfortunately'",
    text="""Hi Mateo,

Thanks for being open about the competing offer. Unfortunately we can't move on base salary beyond the band for Backend Engineer (Rust), but I've managed to get approval for a revised package:

- Base unchanged at EUR 88,000
- Sign-on bonus increased to EUR 10,000
- Additional 0.05% equity
- Conference and training budget EUR 3,000/year

The updated offer letter will come through DocuSign within the hour. We'd really love to have you on the team.

Hamid
""")

# ------------------------- application_received ---------------------------

add("application_received", frm="Corvid Analytics <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Corvid Analytics",
    date="2025-01-28 19:03", tz="America/Denver", hdrs=AUTO_GEN, msgid_domain="greenhouse.io", auto_html=True,
    company="Corvid Analytics", role="Senior Backend Engineer",
    text="""Hi Mateo,

Thanks for applying for the Senior Backend Engineer role at Corvid Analytics! We've received your application and our team will review it over the coming days.

If your experience is a match, someone from our recruiting team will be in touch to talk about next steps.

Corvid Analytics Recruiting
""")

add("application_received", frm="Hexcove <no-reply@hire.lever.co>",
    subj="Thanks for applying to Hexcove",
    date="2025-02-14 08:26", tz="America/New_York", msgid_domain="hire.lever.co",
    company="Hexcove", role="Backend Engineer (Go)",
    text="""Mateo,

Thanks for your interest in the Backend Engineer (Go) role at Hexcove. Your application is in, and a member of our team will take a look soon.

Hexcove
""")

add("application_received", frm="Albion Mutual <albionmutual@myworkday.com>",
    subj="Thank you for applying for Platform Engineer",
    date="2025-04-02 14:18", tz="UTC", hdrs=AUTO_GEN, msgid_domain="myworkday.com", auto_html=True,
    company="Albion Mutual", role="Platform Engineer",
    text="""Dear Mateo Rossi,

Thank you for applying for the Platform Engineer position (JR-110482). Your application has been successfully submitted.

You can check your application status at any time by signing in to your candidate home account.

Best regards,
Albion Mutual Talent Acquisition
""")

add("application_received", frm="Crescent Insurance Group <crescentinsurance@icims.com>",
    subj="Application Received - Software Engineer III - Integration Platform",
    date="2025-09-08 12:02", tz="America/New_York", hdrs=AUTO_GEN, msgid_domain="icims.com",
    company="Crescent Insurance Group", role="Software Engineer III - Integration Platform", hard=True,
    notes="describes interview and 'not selected' as possible future steps",
    text="""Dear Mateo,

We have received your application for Software Engineer III - Integration Platform (Req #2025-3381).

What happens next:
1. Our recruiting team reviews every application against the job requirements.
2. If you are selected for an interview, a recruiter will contact you to schedule a phone screen.
3. If you are not selected, we will notify you by email once the position has been filled.

Thank you for considering a career with Crescent Insurance Group.

Talent Acquisition
Crescent Insurance Group
""")

add("application_received", frm="Cinderpath <no-reply@ashbyhq.com>",
    subj="Application received: Backend Engineer",
    date="2026-06-29 21:45", tz="America/New_York", msgid_domain="ashbyhq.com", auto_html=True,
    company="Cinderpath", role="Backend Engineer",
    text="""Hi Mateo,

We got your application for Backend Engineer at Cinderpath - thank you! We'll review it and get back to you.

The Cinderpath Team
""")

add("application_received", frm="Banco Ribera <noreply@smartrecruiters.com>",
    subj="Hemos recibido tu candidatura",
    date="2025-06-02 09:31", tz="Europe/Madrid", hdrs=AUTO_GEN, msgid_domain="smartrecruiters.com", auto_html=True,
    company="Banco Ribera", role="Ingeniero/a de Plataforma", lang="es",
    text="""Hola Mateo:

Gracias por tu interés en Banco Ribera. Confirmamos que hemos recibido correctamente tu candidatura para el puesto de Ingeniero/a de Plataforma.

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección de Banco Ribera
""")

add("application_received", frm="Kanalwerk GmbH <no-reply@kanalwerk.jobs.personio.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung",
    date="2025-05-19 10:12", tz="Europe/Berlin", hdrs=AUTO_GEN, msgid_domain="personio.de",
    company="Kanalwerk GmbH", role="Backend Entwickler (m/w/d)", lang="de", cte="quoted-printable",
    text="""Hallo Mateo,

vielen Dank für Ihre Bewerbung als Backend Entwickler (m/w/d) bei der Kanalwerk GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Kanalwerk Recruiting-Team
""")

add("application_received", frm="Femke from Lumastack <jobs@lumastack.teamtailor-mail.com>",
    subj="Hey Mateo, we got it!",
    date="2026-01-12 16:18", tz="Europe/Amsterdam", msgid_domain="teamtailor-mail.com", auto_html=True,
    company="Lumastack", contact="Femke", role="Platform Engineer", hard=True,
    notes="chatty template that reads like a personal note",
    text="""Hey Mateo! 👋

Thanks so much for applying to be our next Platform Engineer. Seriously, it means a lot that you'd consider joining a small team like ours.

I'll be going through applications personally over the next week or so. While you wait, our engineering blog has a few posts about how we run our Kubernetes clusters on bare metal - might be fun reading.

Speak soon,
Femke
Talent Partner @ Lumastack
""")

add("application_received", frm="Gridline Energy <noreply@workablemail.com>",
    subj="Thanks for applying to Gridline Energy",
    date="2026-08-04 15:50", tz="Europe/Madrid", hdrs=AUTO_GEN, msgid_domain="workablemail.com",
    company="Gridline Energy", role="Backend Engineer",
    text="""Hi Mateo,

Thank you for your application for the Backend Engineer position at Gridline Energy. This is to confirm we have received it.

Our hiring team will review your application and will contact you if there is a fit.

Best regards,
Gridline Energy
Powered by Workable
""")

add("application_received", frm="Zeeburg Data <noreply@recruitee.com>",
    subj="Application received - Backend Engineer (Python)",
    date="2026-01-30 11:09", tz="Europe/Amsterdam", hdrs=AUTO_GEN, msgid_domain="recruitee.com", auto_html=True,
    company="Zeeburg Data", role="Backend Engineer (Python)",
    text="""Dear Mateo,

Thank you for applying for the position of Backend Engineer (Python). We have received your application and will review it as soon as possible.

Kind regards,
Zeeburg Data
""")

add("application_received", frm="Pallas Logistics Software <notifications@jobvite.com>",
    subj="Thank you for your interest in Pallas Logistics Software",
    date="2025-10-15 17:33", tz="UTC", hdrs=AUTO_GEN, msgid_domain="jobvite.com",
    company="Pallas Logistics Software", role="Site Reliability Engineer",
    text="""Hello Mateo,

Thank you for applying for the Site Reliability Engineer position. We have received your application and it is currently under review.

Regards,
Pallas Logistics Software Recruiting
""")

add("application_received", frm="Northgate Trust Talent Acquisition <northgate@taleo.net>",
    subj="Northgate Trust - Application Acknowledgement (Job 26004781)",
    date="2025-12-02 10:59", tz="America/Toronto", hdrs=AUTO_GEN, msgid_domain="taleo.net",
    company="Northgate Trust", role="Senior Developer, Payments Platform", hard=True,
    notes="'Unfortunately' and 'regret' in an acknowledgement",
    text="""Dear Mateo Rossi,

Thank you for submitting your application for Senior Developer, Payments Platform (Job 26004781). Your application has been received.

Unfortunately, due to the large number of applications we receive, we regret that we are unable to respond to each applicant individually. Only candidates selected for further consideration will be contacted. You can follow the status of your application in your candidate profile.

Sincerely,
Northgate Trust Talent Acquisition
""")

add("application_received", frm="Ridgeway Games <notifications@app.bamboohr.com>",
    subj="Application received: Backend Engineer (Live Services)",
    date="2025-11-24 13:40", tz="America/Vancouver", hdrs=AUTO_GEN, msgid_domain="bamboohr.com",
    company="Ridgeway Games", role="Backend Engineer (Live Services)",
    text="""Hi Mateo,

Thanks for applying for the Backend Engineer (Live Services) position at Ridgeway Games! We've got your application and the team will review it shortly.

GG,
The Ridgeway Games Team
""")

add("application_received", frm="City of Maple Crossing <noreply@governmentjobs.com>",
    subj="Thank you for applying: Application Developer (Java)",
    date="2026-02-27 19:22", tz="America/Toronto", hdrs=AUTO_GEN, msgid_domain="governmentjobs.com",
    company="City of Maple Crossing", role="Application Developer (Java)", hard=True,
    notes="public sector; explains screening, eligible list and 'not selected' notices",
    text="""Thank you for applying for the position of Application Developer (Java), Competition 2026-0117, with the City of Maple Crossing.

Your application has been received. All applications will be screened against the minimum qualifications. Candidates who are screened in may be invited to a written assessment and interview, and successful candidates may be placed on an eligibility list for up to 12 months.

Applicants who are not selected will be notified by email once the competition is complete. Please do not reply to this message.

Human Resources Division
City of Maple Crossing
""")

add("application_received", frm="Olivia at Keystone Harbor Bank <olivia@paradox.ai>",
    subj="Thanks for applying to Keystone Harbor Bank!",
    date="2026-05-20 22:14", tz="America/Chicago", msgid_domain="paradox.ai",
    company="Keystone Harbor Bank", role="Software Engineer, Digital Banking", hard=True,
    notes="chatbot persona 'Olivia' signs; no human signer",
    text="""Hi Mateo, it's Olivia, the recruiting assistant for Keystone Harbor Bank!

I've received your application for Software Engineer, Digital Banking. The recruiting team is reviewing it now. If you have questions about the role or our benefits, you can text me anytime at (555) 010-4419.

Olivia
""")

add("application_received", frm="Vantaro Careers <careers-noreply@vantaro.com>",
    subj="We've received your application",
    date="2026-01-23 02:11", tz="UTC", cte="base64", hdrs=AUTO_GEN, msgid_domain="vantaro.com",
    company="Vantaro", role="Software Engineer II, Infrastructure",
    html="""<html><body style="margin:0;background:#f4f5f7">
<table role="presentation" width="100%"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:'Segoe UI',Arial;font-size:15px;padding:24px">
<tr><td><h2 style="color:#3a2cbd">Thanks for applying, Mateo</h2>
<p>We've received your application for <strong>Software Engineer II, Infrastructure</strong> (Job ID 2219874).</p>
<p>You can track your application anytime from your Vantaro Careers profile.</p>
<p style="color:#777;font-size:12px">&copy; 2026 Vantaro Inc. This inbox is not monitored.</p>
</td></tr></table></td></tr></table></body></html>
""")

# ------------------------------ auto_reply --------------------------------

add("auto_reply", frm="Maren Holt <maren.holt@corvidanalytics.com>",
    subj="Automatic reply: Senior Backend Engineer - availability",
    date="2025-04-08 09:02", tz="America/Denver", hdrs=OOO_MS, reply=True,
    msgid_domain="namprd11.prod.outlook.com",
    company="Corvid Analytics", contact="Maren", ret="2025-04-14",
    text="""Thanks for your message. I'm out of the office with limited access to email and will be back on 4/14.

For urgent recruiting matters please contact talent@corvidanalytics.com.

Maren
""")

add("auto_reply", frm="Joost van Dijk <joost@tandemgrid.nl>",
    subj="Out of office: Re: Backend Engineer Energy Platform",
    date="2026-03-02 08:15", tz="Europe/Amsterdam", hdrs=OOO_BOTH, reply=True,
    company="Tandem Grid", contact="Joost", role="Backend Engineer Energy Platform", ret="2026-03-09",
    text="""Hi,

I'm on holiday and returning Monday 9 March. I won't be reading email in the meantime.

Ik ben op vakantie en weer terug op maandag 9 maart.

Joost van Dijk
Engineering Manager, Tandem Grid
""")

add("auto_reply", frm="Rahel Bekele <rahel@tessellatelabs.com>",
    subj="Re: Developer Platform role - checking in",
    date="2026-03-12 16:40", tz="America/Los_Angeles", reply=True, hdrs=(("X-Autoreply", "yes"),),
    company="Tessellate Labs", contact="Rahel", ret="2026-03-23", hard=True,
    notes="'until 2026-03-20 inclusive', back the following Monday",
    text="""Hello, I am on leave until 2026-03-20 inclusive and will be back in the office the following Monday. Messages are not being forwarded.

For anything related to hiring, please reach out to recruiting@tessellatelabs.com.

Rahel
""")

add("auto_reply", frm="Chloe Marchetti <chloe@monarchledger.com>",
    subj="Re: Backend Engineer, Ledger Core - any update?",
    date="2026-08-20 10:21", tz="America/New_York", reply=True, hdrs=OOO_AS,
    company="Monarch Ledger", contact="Chloe", role="Backend Engineer, Ledger Core",
    text="""Hello,

Chloe Marchetti no longer works at Monarch Ledger and this mailbox is no longer checked. For recruiting questions please contact Dev Sharma at dev.sharma@monarchledger.com or talent@monarchledger.com.

Thank you.
""")

add("auto_reply", frm="Fernhollow Bank <fernhollow@myworkday.com>",
    subj="Re: Update regarding your application - R-0048217 Platform Engineer II",
    date="2025-04-17 14:31", tz="UTC", reply=True, hdrs=(("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")),
    msgid_domain="myworkday.com",
    company="Fernhollow Bank", role="Platform Engineer II", hard=True,
    notes="unmonitored-mailbox bounce on a rejection thread; quotes the rejection",
    text="""This mailbox is not monitored. Your message has not been delivered to a member of our team.

If you have a question about your application, please sign in to your candidate account at fernhollow.wd1.myworkdayjobs.com.

> Dear Mateo Rossi,
> Thank you for your interest in the Platform Engineer II position (R-0048217)
> at Fernhollow Bank. We have completed our review of applications for this
> opening and we won't be progressing your application to the next stage.
""")

add("auto_reply", frm="Marcus Lee <marcus@pipewright.dev>",
    subj="Re: Thanks, and yes to intros!",
    date="2025-10-20 13:10", tz="America/New_York", reply=True,
    company="Pipewright", contact="Marcus", hard=True,
    notes="parental leave; vague return ('mid-January'); no auto headers",
    text="""Hi there,

I'm on parental leave until mid-January 2026 and am not checking email. For anything Pipewright engineering related, please contact Jess Holloway (jess@pipewright.dev). For hiring questions, recruiting@pipewright.dev.

Thanks,
Marcus
""")

add("auto_reply", frm="Jens Albrecht <j.albrecht@stadtwerke-lindenau.de>",
    subj="Abwesenheitsnotiz: Rückfrage zum Besetzungsverfahren",
    date="2026-08-05 11:47", tz="Europe/Berlin", hdrs=OOO_AS, reply=True,
    company="Stadtwerke Lindenau", contact="Jens", lang="de", ret="2026-08-17",
    text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.08.2026 nicht im Büro. Ab dem 17.08. bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an personal@stadtwerke-lindenau.de.

Mit freundlichen Grüßen
Jens Albrecht
""")

add("auto_reply", frm="Émilie Tremblay <etremblay@groupesolstice.ca>",
    subj="Réponse automatique : Candidature Développeur backend",
    date="2025-07-25 10:03", tz="America/Toronto", hdrs=OOO_MS, reply=True,
    msgid_domain="CAN01-YQB.prod.outlook.com",
    company="Groupe Solstice", contact="Émilie", role="Développeur backend", lang="fr", ret="2025-08-04",
    text="""Bonjour,

Je suis présentement en vacances et n'ai pas accès à mes courriels. Je serai de retour le lundi 4 août 2025.

Pour toute question urgente, veuillez écrire à recrutement@groupesolstice.ca.

Merci,
Émilie Tremblay
""")

add("auto_reply", frm="Gideon Marsh <gideon@harborpixel.co>",
    subj="Re: Tuesday's technical interview - question",
    date="2025-04-17 12:30", tz="America/New_York", reply=True,
    company="Harbor Pixel", contact="Gideon", ret="2025-04-21", hard=True,
    notes="relative return ('back Monday'); no auto-reply headers; subject mentions interview",
    text="""Hey - I'm away at a client workshop for the rest of the week, back Monday. If it's urgent, ping studio@harborpixel.co.

-G
""")

add("auto_reply", frm="Ingrid Solberg <ingrid@driftwell.io>",
    subj="Automatic reply: Re: Interview availability next week",
    date="2025-05-06 07:58", tz="Europe/Amsterdam", hdrs=OOO_BOTH, reply=True,
    company="Driftwell", contact="Ingrid", role="Software Engineer, Platform", ret="2025-05-13", hard=True,
    notes="subject says interview; return stated as weekday + date",
    text="""Hi, thanks for your email!

I'm away until Tuesday, 13 May and will get back to you then. If this is about an interview you're scheduling with Driftwell, our recruiting coordinator Pieter (pieter@driftwell.io) can help in the meantime.

Ingrid
""")

add("auto_reply", frm="Hamid Rahimi <hamid@orbweaversecurity.com>",
    subj="Automatic reply: Start date paperwork",
    date="2026-11-10 09:05", tz="Europe/Amsterdam", hdrs=OOO_MS, reply=True,
    msgid_domain="eurprd07.prod.outlook.com",
    company="Orbweaver Security", contact="Hamid", hard=True,
    notes="conference OOO without a concrete return date",
    text="""I'm at KubeCon this week with very limited access to email. I'll reply when I'm back at my desk.

For HR/contract questions please contact people@orbweaversecurity.com.

Hamid
""")

add("auto_reply", frm="Irene Castaño <irene.castano@nubaria.com>",
    subj="Respuesta automática: Dudas sobre la oferta",
    date="2025-12-23 18:20", tz="Europe/Madrid", hdrs=OOO_BOTH, reply=True,
    company="Nubaria", contact="Irene", lang="es", ret="2026-01-08",
    text="""Hola,

Gracias por tu mensaje. Estoy de vacaciones y volveré el 8 de enero de 2026. Durante mi ausencia no tendré acceso al correo.

Para asuntos urgentes puedes escribir a people@nubaria.com.

¡Felices fiestas!
Irene
""")

add("auto_reply", frm="Liam Archer <liam.archer@stackhouserecruitment.co.uk>",
    subj="Annual leave: Re: Contract roles",
    date="2026-10-26 08:44", tz="Europe/London", hdrs=OOO_AS, reply=True,
    company="Stackhouse Recruitment", contact="Liam",
    notes="agency recruiter's own auto-reply; company is the agency",
    ret="2026-11-02",
    text="""Thanks for getting in touch! I'm on annual leave, returning Mon 2 Nov, with no access to email.

If your message is urgent, please call the Stackhouse office on +44 20 7946 0800 and one of the team will help.

Liam
""")

add("auto_reply", frm="Tri-County Transit Authority HR <hr-recruitment@tricountytransit.org>",
    subj="[Ticket #48213] Re: Panel Interview Invitation - IT Application Developer III",
    date="2026-08-28 07:16", tz="America/Chicago", hdrs=(("Auto-Submitted", "auto-replied"),), reply=True,
    company="Tri-County Transit Authority", role="IT Application Developer III", hard=True,
    notes="helpdesk ticket auto-acknowledgement of his reply; subject quotes interview invitation",
    text="""This is an automated response. Your email has been received by Human Resources and assigned ticket number 48213.

A member of our team will respond within 3 business days. Please do not reply to this message, as replies to this address are not monitored.

Tri-County Transit Authority Human Resources
""")

# -------------------------------- other -----------------------------------

add("other", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subj="15 new jobs for \"Backend Engineer\" in Berlin",
    date="2025-01-15 07:31", tz="UTC", hdrs=bulk("https://www.linkedin.com/e/unsub/jobalerts"),
    msgid_domain="linkedin.com",
    html="""<html><body style="font-family:-apple-system,Arial">
<h3>Your job alert for Backend Engineer in Berlin, Germany</h3>
<p>15 new jobs match your preferences.</p>
<ul>
<li><b>Senior Backend Engineer (Go)</b> - Kanalwerk GmbH - Berlin (Hybrid) - Actively recruiting</li>
<li><b>Backend Engineer, Payments</b> - Taunus Bank - Berlin - Be an early applicant</li>
<li><b>Platform Engineer</b> - Fahrwerk Mobility GmbH - Munich / Remote - 3 connections work here</li>
<li><b>Software Engineer - Backend</b> - Spreebrücke Health - Berlin - Easy Apply</li>
</ul>
<p><a href="https://www.linkedin.com/jobs/search/?alert=1">See all jobs</a></p>
<p style="font-size:11px;color:#666">You are receiving Job Alert emails. Unsubscribe. &copy; 2025 LinkedIn Corporation</p>
</body></html>
""")

add("other", frm="Indeed <alert@indeed.com>",
    subj="Mateo, companies are hiring for Platform Engineer near Toronto, ON",
    date="2025-03-27 12:08", tz="UTC", hdrs=bulk("https://ca.indeed.com/unsubscribe?t=pe"), msgid_domain="indeed.com",
    auto_html=True,
    text="""New jobs for Platform Engineer near Toronto, ON

Platform Engineer II - Quayside Robotics - Toronto, ON - $120,000 - $145,000 a year - Responsive employer
DevOps / Platform Engineer - Northgate Trust - Toronto, ON - Hybrid work
Site Reliability Engineer - Lakeview Digital - Remote - Apply with your Indeed Resume

Employers are reviewing applications daily. Apply now to get noticed.

Unsubscribe from these alerts | Indeed, 6433 Champion Grandview Way, Austin, TX
""")

add("other", frm="Wellfound <team@hi.wellfound.com>",
    subj="8 startups looking for backend engineers like you",
    date="2025-06-18 15:00", tz="UTC", hdrs=bulk("https://wellfound.com/unsubscribe/digest"), msgid_domain="hi.wellfound.com",
    auto_html=True, hard=True, notes="digest says startups want to interview; not an invitation",
    text="""Hi Mateo,

These startups are actively hiring and several founders want to interview candidates this week:

- Ferrous Labs (Seed, SF) - Backend Engineer - $150k-$185k, 0.2%-0.6%
- Quillnet (Series A, Remote US) - Senior Platform Engineer - $170k-$200k
- Ostrand AI (Seed, NYC) - Founding Engineer - $160k-$190k, 1.0%-2.0%

Update your profile so founders can reach out to you directly.

The Wellfound Team
""")

add("other", frm="Otta <hello@otta.com>",
    subj="Your weekly job matches are here ✨",
    date="2025-08-25 08:00", tz="Europe/London", hdrs=bulk("https://app.otta.com/unsubscribe"), msgid_domain="otta.com",
    html="""<html><body><div style="font-family:Inter,Arial;font-size:15px">
<p>Hey Mateo, here are this week's top matches for you.</p>
<p><b>Zeeburg Data</b> &middot; Backend Engineer (Python) &middot; Amsterdam &middot; 96% match</p>
<p><b>Lumastack</b> &middot; Platform Engineer &middot; Amsterdam / Remote EU &middot; 91% match</p>
<p><b>Brisa Tech</b> &middot; Backend Engineer (Kotlin) &middot; Valencia &middot; 88% match</p>
<p>Not looking anymore? Pause your matches any time.</p>
</div></body></html>
""")

add("other", frm="HN Hiring Digest <digest@hnhiring.email>",
    subj="Ask HN: Who is hiring? (November 2026) - 14 posts matching go, kubernetes",
    date="2026-11-03 06:00", tz="UTC", hdrs=bulk("https://hnhiring.email/unsubscribe/a81f"), msgid_domain="hnhiring.email",
    text="""14 new comments in "Ask HN: Who is hiring? (November 2026)" matched your filters: go, kubernetes, remote

1. Ostrand AI | Founding Platform Engineer | NYC or REMOTE (US) | Full-time
   We're building eval infrastructure for ML teams. Stack: Go, Postgres, k8s...
2. Tandem Grid | Backend Engineers | Amsterdam | ONSITE/HYBRID | Visa sponsorship
   Energy-flexibility platform, Kotlin + Go, interview process is 3 steps...
3. Pipewright | Senior Backend Engineer, Integrations | REMOTE (US/CA)
   ...

View all matches: https://hnhiring.email/d/2026-11

You are receiving this because you subscribed at hnhiring.email. Unsubscribe: https://hnhiring.email/unsubscribe/a81f
""")

add("other", frm="Katya Moroz <notifications@github.com>",
    subj="Re: [fluxgate/fluxgate] Add retry budget to HTTP client (PR #1287)",
    date="2025-09-30 21:14", tz="UTC", msgid_domain="github.com",
    hdrs=(("List-ID", "fluxgate/fluxgate <fluxgate.fluxgate.github.com>"),
          ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AB12>"),
          ("X-GitHub-Reason", "author")),
    contact="Katya", hard=True, notes="pull request closed, 'not the direction'; 'unfortunately'",
    text="""@katyamoroz closed this pull request.

Thanks for the effort here @mateorossi, but unfortunately we're not going to merge this. A retry budget is not the direction we want for the core client; we'd rather expose a middleware hook so users can bring their own policy. Happy to review a PR for the hook if you're interested!

--
Reply to this email directly, view it on GitHub: https://github.com/fluxgate/fluxgate/pull/1287#issuecomment-2381
You are receiving this because you authored the thread.
""")

add("other", frm="GitHub <notifications@github.com>",
    subj="[mateorossi/ledgerkit] Run failed: CI - main (a3f9c21)",
    date="2026-02-09 13:27", tz="UTC", msgid_domain="github.com",
    hdrs=(("X-GitHub-Reason", "ci_activity"),),
    text="""Run failed: CI - main (a3f9c21)

Repository: mateorossi/ledgerkit
Workflow: CI
Duration: 3m 41s
Status: Failure

Jobs:
  lint      succeeded
  test      failed   (Process completed with exit code 1)
  build     skipped

View workflow run: https://github.com/mateorossi/ledgerkit/actions/runs/91827364

You are receiving this because this workflow ran on your repository.
""")

add("other", frm="BackendConf Madrid Program Committee <cfp@backendconf.es>",
    subj="BackendConf Madrid 2026: decision on your proposal",
    date="2026-03-18 17:00", tz="Europe/Madrid", msgid_domain="sessionize.com",
    hard=True, notes="conference talk not accepted; regret wording",
    text="""Dear Mateo,

Thank you for submitting "Outbox patterns at scale: what we learned the hard way" to BackendConf Madrid 2026.

We received 412 proposals for 38 slots this year. We regret to inform you that your proposal was not selected for the program. Reviewer comments are available in your Sessionize profile.

We hope to see you in the audience, and we'd love to receive a proposal from you next year. As a thank-you, use code CFP26 for 30% off your ticket.

The BackendConf Madrid Program Committee
""")

add("other", frm="Platform Engineering Days Rotterdam <speakers@pedrotterdam.nl>",
    subj="Congratulations - your talk has been accepted!",
    date="2026-04-29 10:15", tz="Europe/Amsterdam", msgid_domain="pedrotterdam.nl",
    hard=True, notes="talk acceptance; 'offer you a speaker slot', 'congratulations'",
    text="""Hi Mateo,

Congratulations! We are happy to offer you a speaker slot at Platform Engineering Days Rotterdam (September 24-25, 2026) for your talk "Golden paths without golden cages".

Please confirm within 10 days. We cover one hotel night and travel within Europe. Your slot is 30 minutes, including Q&A.

Looking forward to welcoming you,
The PED Rotterdam crew
""")

add("other", frm="Berlin Gophers via Meetup <info@meetup.com>",
    subj="Update: Berlin Gophers November Meetup has a new venue",
    date="2025-11-17 19:45", tz="Europe/Berlin", hdrs=bulk("https://www.meetup.com/unsubscribe/berlin-gophers"), msgid_domain="meetup.com",
    hard=True, notes="meetup with 'mock interview' session; 'we've moved'",
    text="""Berlin Gophers - November Meetup

Hi Mateo, an organizer updated an event you RSVP'd to.

We've moved to a new venue: Kanalwerk GmbH, Hafenstraße 12 (2nd floor) - thanks to them for hosting!

Agenda:
19:00 Doors & pizza
19:30 "Generics one year later" - Sebastian
20:15 Lightning talks + live mock interview: one volunteer, one hiring manager, real questions

Your RSVP: Going

Meetup, PO Box 4668 #37895, New York, NY
""")

add("other", frm="The Platform Pod <newsletter@platformpod.fm>",
    subj="Ep. 112: Interview with the CTO who deleted their staging environment",
    date="2026-01-08 14:00", tz="America/New_York", hdrs=bulk("https://platformpod.fm/unsubscribe?e=mr"), msgid_domain="platformpod.fm",
    hard=True, notes="podcast interview episode; HTML only",
    html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1>The Platform Pod</h1>
<h2>Episode 112: an interview with the CTO who deleted staging</h2>
<p>This week we interview Marta Quintero, CTO at Gridline Energy, about why her team runs everything on ephemeral preview environments, what the migration cost, and what she looks for when she interviews platform engineers.</p>
<p><a href="https://platformpod.fm/112">Listen now</a> &middot; Spotify &middot; Apple Podcasts</p>
<p style="font-size:11px">You subscribed to The Platform Pod. <a href="https://platformpod.fm/unsubscribe?e=mr">Unsubscribe</a></p>
</body></html>
""")

add("other", frm="Staff Notes <hello@staffnotes.dev>",
    subj="How to bounce back from a rejection after a final round",
    date="2026-06-04 13:30", tz="America/New_York", hdrs=bulk("https://staffnotes.dev/unsub/9k2"), msgid_domain="staffnotes.dev",
    auto_html=True, hard=True, notes="career newsletter about rejection; quotes rejection templates",
    text="""Staff Notes - issue #74

"Unfortunately, we've decided to move forward with other candidates."

If you've been on the job market this year, you've read that sentence more than you'd like. This week we asked twelve hiring managers what actually happens after a final-round rejection, and what candidates can do next:

1. Ask for feedback within 48 hours - you'll get more detail while it's fresh.
2. Don't read "we'll keep your resume on file" as a soft yes.
3. Track every application; patterns show up around interview #10.

Read the full issue: https://staffnotes.dev/74

You're receiving this because you subscribed to Staff Notes. Unsubscribe anytime.
""")

add("other", frm="Nimbusly Billing <billing@nimbusly.io>",
    subj="Action needed: your payment was declined",
    date="2025-07-03 04:12", tz="UTC", hdrs=AUTO_GEN, msgid_domain="nimbusly.io",
    hard=True, notes="declined card; 'unfortunately'",
    text="""Hi Mateo,

Unfortunately your payment of USD 23.40 for invoice NB-2025-06-88231 was declined by your bank (card ending 4412).

Please update your payment method within 7 days to avoid interruption of your droplets in region fra1.

Update payment: https://cloud.nimbusly.io/billing

Nimbusly Billing
""")

add("other", frm="SystemDesignPro <deals@systemdesignpro.com>",
    subj="Black Friday offer: 40% off interview prep 🎯",
    date="2025-11-27 15:00", tz="America/Los_Angeles", hdrs=bulk("https://systemdesignpro.com/unsubscribe"), msgid_domain="systemdesignpro.com",
    hard=True, notes="marketing 'offer' and 'interview'; base64 HTML",
    cte="base64",
    html="""<html><body style="background:#0f172a;color:#f8fafc;font-family:Arial">
<h1 style="color:#facc15">Our biggest offer of the year</h1>
<p>Get <b>40% off</b> lifetime access to SystemDesignPro: 120+ mock interview videos, the backend interview playbook, and weekly live sessions.</p>
<p>Land the offer you deserve. Code <b>BF40</b> - ends Monday.</p>
<p><a href="https://systemdesignpro.com/bf" style="color:#facc15">Claim my discount</a></p>
<p style="font-size:10px;color:#94a3b8">Unsubscribe | SystemDesignPro, 2261 Market St #4810, San Francisco CA</p>
</body></html>
""")

add("other", frm="Grachtenhuis Verhuur <verhuur@grachtenhuis.nl>",
    subj="Your application for Czaar Peterstraat 41-II",
    date="2026-07-21 16:26", tz="Europe/Amsterdam", msgid_domain="grachtenhuis.nl",
    contact="Esther", hard=True, notes="apartment application not successful",
    text="""Dear Mr Rossi,

Thank you for your application for the apartment at Czaar Peterstraat 41-II and for attending the viewing last Tuesday.

We received many applications for this property. Unfortunately the landlord has chosen another candidate, so your application was not successful this time. We will of course inform you about new listings that match your search profile.

Kind regards,
Esther Bakker
Grachtenhuis Verhuur
""")

add("other", frm="Fernhollow Bank <alerts@notify.fernhollowbank.com>",
    subj="About your Fernhollow Rewards credit card application",
    date="2025-05-12 11:00", tz="America/New_York", hdrs=AUTO_GEN, msgid_domain="notify.fernhollowbank.com",
    hard=True, notes="credit card application declined by a bank he also applied to work at",
    text="""Dear Mateo Rossi,

Thank you for applying for a Fernhollow Rewards Visa card. After reviewing your application, we are unable to approve your request at this time.

The principal reason(s) for our decision: insufficient length of U.S. credit history.

You have the right to a free copy of your credit report from the consumer reporting agency we used within 60 days. A letter with more details will follow by mail.

Fernhollow Bank Card Services
""")

add("other", frm="Rajesh Kumar <rajesh.k@primeit-solutions.com>",
    subj="Urgent Requirement: Java Developer with Spring Boot - W2/C2C - Jersey City NJ (Onsite)",
    date="2025-08-06 09:41", tz="America/New_York", to="undisclosed-recipients:;", msgid_domain="primeit-solutions.com",
    contact="Rajesh", role="Java Developer with Spring Boot", hard=True,
    notes="recruiter mass mailing; mentions interview slots and immediate call",
    text="""Hi,

Hope you are doing great!!

Please find the below requirement and let me know if you are interested. Client is looking to close this position ASAP, interview slots available this week.

Role: Java Developer with Spring Boot
Location: Jersey City NJ (Day 1 Onsite)
Duration: 12+ Months
Rate: DOE

Must have: Java 17, Spring Boot, Kafka, Microservices, AWS

If interested please share your updated resume with expected rate and visa status, and a good time for a quick call.

Thanks & Regards
Rajesh Kumar | Sr. Technical Recruiter
PrimeIT Solutions Inc.
To unsubscribe reply REMOVE
""")

add("other", frm="LinkedIn <notifications-noreply@linkedin.com>",
    subj="Keiko Tanabe from Vantaro viewed your profile",
    date="2026-02-13 18:33", tz="UTC", hdrs=bulk("https://www.linkedin.com/e/unsub/notif"), msgid_domain="linkedin.com",
    auto_html=True,
    text="""Mateo, your profile is getting noticed

Keiko Tanabe
Technical Recruiter at Vantaro
viewed your profile

See all views: https://www.linkedin.com/me/profile-views

Try Premium for free to see everyone who viewed your profile in the last 90 days.

This email was intended for Mateo Rossi (Backend / Platform Engineer). Unsubscribe
""")

add("other", frm="Giulia Rossi <giulia.rossi91@gmail.com>",
    subj="news!!",
    date="2026-06-11 21:48", tz="Europe/Rome", msgid_domain="mail.gmail.com",
    contact="Giulia", hard=True, notes="sister's personal mail about her own interview and offer",
    text="""Teo!!

Ok so the final interview this morning went SO well, I think they're going to make me an offer. The other finalist apparently got rejected after the case study (the recruiter basically told me, so unprofessional lol).

How's your own search going? Did the Dutch bank ever get back to you? Call mamma this weekend, she keeps asking me.

Baci,
G
""")

add("other", frm="Tomás Ibarra <tomas.ibarra@gmail.com>",
    subj="Fwd: Senior Platform Engineer - Quayside Robotics (Toronto)",
    date="2026-02-24 12:16", tz="America/Toronto", msgid_domain="mail.gmail.com",
    contact="Tomás", hard=True, notes="friend forwards a job posting and offers a referral",
    text="""Mateo, saw this and thought of you immediately. I know their platform lead from my old job, happy to refer you - the referral bonus would pay for our next ski trip haha.

Tomás

---------- Forwarded message ---------
From: Quayside Robotics Careers <careers@quaysiderobotics.com>
Date: Mon, Feb 23, 2026 at 4:02 PM
Subject: Senior Platform Engineer - Quayside Robotics (Toronto)
To: <tomas.ibarra@gmail.com>

We're hiring a Senior Platform Engineer to own our Kubernetes fleet infrastructure and developer tooling. Hybrid in Toronto, CAD 150k-175k.
Interview process: recruiter call, technical interview, onsite.
Know someone great? Refer them: https://quaysiderobotics.com/careers/spe
""")

add("other", frm="Sprachschule Lindenhof <kurse@sprachschule-lindenhof.de>",
    subj="Anmeldebestätigung: Deutsch B2 Intensivkurs",
    date="2025-09-15 09:20", tz="Europe/Berlin", msgid_domain="sprachschule-lindenhof.de",
    lang="de", hard=True, notes="language-course application received (not a job)",
    text="""Guten Tag Herr Rossi,

vielen Dank für Ihre Anmeldung zum Deutsch B2 Intensivkurs (Kursbeginn 6. Oktober 2025). Wir haben Ihre Bewerbung um einen Kursplatz erhalten.

Bitte kommen Sie am 29. September um 17:00 Uhr zu einem kurzen Einstufungsgespräch in unsere Schule (Lindenhofstraße 8). Die Kursgebühr von 420 EUR ist bis zum Kursbeginn fällig.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Lindenhof
""")

add("other", frm="Linear <notifications@linear.app>",
    subj="[ENG-482] Migrate billing worker to outbox pattern - status changed to Rejected",
    date="2025-02-20 16:54", tz="UTC", msgid_domain="linear.app",
    hdrs=(("List-Unsubscribe", "<https://linear.app/settings/notifications>"),),
    contact="Priyam", hard=True, notes="work ticket 'Rejected' status",
    text="""Priyam Shah changed the status of ENG-482 from In Review to Rejected.

ENG-482 Migrate billing worker to outbox pattern
Assignee: Mateo Rossi
Team: Platform

Priyam Shah commented: "Not moving forward with this one this quarter - we'll revisit after the Postgres 16 upgrade."

View issue: https://linear.app/acme-platform/issue/ENG-482

Unsubscribe from notifications for this issue
""")

add("other", frm="GitHub <noreply@github.com>",
    subj="[GitHub] Dependabot alert: 1 high severity vulnerability in mateorossi/ledgerkit",
    date="2026-05-19 02:37", tz="UTC", msgid_domain="github.com",
    text="""Dependabot found 1 high severity vulnerability in mateorossi/ledgerkit.

golang.org/x/net (go.mod)
  High: HTTP/2 rapid reset can cause excessive work
  Patched version: 0.38.0

Review the alert: https://github.com/mateorossi/ledgerkit/security/dependabot/14

You're receiving this email because you are an admin of mateorossi/ledgerkit.
""")

add("other", frm="LinkedIn <billing-noreply@linkedin.com>",
    subj="Your LinkedIn Premium Career receipt",
    date="2025-10-02 05:00", tz="UTC", hdrs=AUTO_GEN, msgid_domain="linkedin.com",
    text="""Thanks for your purchase, Mateo.

Premium Career - monthly
Amount: EUR 39.99 (VAT included)
Billing period: Oct 2, 2025 - Nov 1, 2025
Payment method: Visa ending 4412
Order #: LI-9921-338104

Manage your subscription: https://www.linkedin.com/premium/manage

LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2
""")

_t = when("2026-03-07 10:00", "Europe/Amsterdam")
add("other", frm="Daan Visser <daan.visser@gmail.com>",
    subj="Invitation: Mock system design interview (Daan x Mateo) @ Sat Mar 7, 2026 10am - 11am (CET)",
    date="2026-03-03 22:10", tz="Europe/Amsterdam", msgid_domain="google.com",
    cal=ics("0sd88mockinterview@google.com", _t, 60, "Mock system design interview (Daan x Mateo)",
            "Daan Visser <daan.visser@gmail.com>", "Coffee Company, Haarlemmerstraat"),
    contact="Daan", hard=True, notes="friend's calendar invite for a practice 'mock interview'",
    text="""Daan Visser has invited you to the following event.

Mock system design interview (Daan x Mateo)
When: Saturday Mar 7, 2026 10am - 11am Central European Time - Amsterdam
Where: Coffee Company, Haarlemmerstraat

Bring your laptop - I'll play the grumpy bank interviewer again so you're ready for the bank interviews. Loser buys the stroopwafels.

Invitation from Google Calendar
""")

add("other", frm="StepStone Jobagent <jobagent@stepstone.de>",
    subj="12 neue Jobs für Sie: Backend Entwickler in Hamburg",
    date="2026-09-09 06:45", tz="Europe/Berlin", hdrs=bulk("https://www.stepstone.de/jobagent/abmelden"), msgid_domain="stepstone.de",
    lang="de", auto_html=True,
    text="""Hallo Mateo Rossi,

Ihr Jobagent "Backend Entwickler, Hamburg" hat 12 neue passende Stellenangebote gefunden:

- Backend Entwickler Java (m/w/d) - Hanseport Logistik - Hamburg
- Senior Software Engineer Backend (w/m/d) - Elbtal Versicherung - Hamburg / Remote
- Platform Engineer (m/w/d) - Taunus Bank - Hamburg

Alle Treffer ansehen: https://www.stepstone.de/jobagent/treffer

Sie erhalten diese E-Mail, weil Sie einen Jobagent angelegt haben. Jobagent abmelden
""")


# ------------------------------- output -----------------------------------


def main() -> None:
    order = list(range(len(ENTRIES)))
    random.Random(10).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, idx in enumerate(order, 1):
        msg, row = ENTRIES[idx]
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
        rows.append({"file": name, **row})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
