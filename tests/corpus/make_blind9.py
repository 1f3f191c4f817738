#!/usr/bin/env python3
"""Generate the blind9 evaluation corpus: labelled job-search .eml files for Noor Haddad.

Stdlib only. Writes tests/corpus/blind9/NNN.eml and tests/corpus/blind9/labels.csv.
All people, companies and addresses are fictional. Run: python tests/corpus/make_blind9.py
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
import random
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind9"
NOOR = "Noor Haddad <noor.haddad.work@outlook.com>"
TZ = {
    "LON": "Europe/London",
    "DUB": "Europe/Dublin",
    "NY": "America/New_York",
    "CHI": "America/Chicago",
    "DEN": "America/Denver",
    "LA": "America/Los_Angeles",
    "PAR": "Europe/Paris",
    "BER": "Europe/Berlin",
    "MAD": "Europe/Madrid",
    "UTC": "UTC",
}
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

RECS: list[dict] = []


def when(stamp: str, tz: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(TZ[tz]))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
        + body + "</body></html>\n"
    )


def ics(summary: str, start: datetime, minutes: int, organizer: str, uid: str) -> str:
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:{s.strftime(f)}\r\nDTSTART:{s.strftime(f)}\r\nDTEND:{e.strftime(f)}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:noor.haddad.work@outlook.com\r\n"
        "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def add(
    label: str,
    frm: str,
    subject: str,
    date: tuple[str, str],
    text: str,
    *,
    fmt: str = "plain",
    company: str = "",
    contact: str = "",
    role: str = "",
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iat: tuple[str, str] | None = None,
    cte: str = "quoted-printable",
    hdrs: tuple[tuple[str, str], ...] = (),
    pdf: str | None = None,
    cal: tuple[str, int] | None = None,
    cal_as_file: bool = False,
    reply: bool = False,
    html: str | None = None,
    to: str = NOOR,
) -> None:
    RECS.append(dict(locals()))


def build(rec: dict, n: int) -> bytes:
    d = when(*rec["date"])
    frm_addr = rec["frm"].rsplit("<", 1)[-1].rstrip(">")
    domain = frm_addr.split("@")[-1]
    seed = hashlib.sha1(f"blind9-{n}-{rec['subject']}".encode()).hexdigest()
    msg = EmailMessage()
    msg["From"] = rec["frm"]
    msg["To"] = rec["to"]
    msg["Subject"] = rec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{seed[:24]}.{n}@{domain}>"
    if rec["reply"]:
        parent = f"<{seed[24:40]}@outlook.com>"
        grand = f"<{seed[8:30]}@{domain}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"{grand} {parent}"
    for k, v in rec["hdrs"]:
        msg[k] = v
    text, fmt, cte = rec["text"], rec["fmt"], rec["cte"]
    html = rec["html"] or to_html(text)
    if fmt == "html":
        msg.set_content(html, subtype="html", cte=cte)
    else:
        msg.set_content(text, cte=cte)
        if fmt == "alt":
            msg.add_alternative(html, subtype="html", cte=cte)
    if rec["cal"]:
        summary, minutes = rec["cal"]
        start = when(*rec["iat"])
        body = ics(summary, start, minutes, frm_addr, f"{seed[:16]}@{domain}")
        if rec["cal_as_file"]:
            msg.add_attachment(
                body.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                params={"method": "REQUEST"},
            )
        else:
            if msg.get_content_type() != "multipart/alternative":
                msg.make_alternative()
            msg.add_alternative(body, subtype="calendar", params={"method": "REQUEST"})
    if rec["pdf"]:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=rec["pdf"])
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n"))


AUTO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
AUTOGEN = (("Auto-Submitted", "auto-generated"),)
BULK = (("Precedence", "bulk"),)


def unsub(url: str) -> tuple[tuple[str, str], ...]:
    return (
        ("List-Unsubscribe", f"<{url}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    )


# ---------------------------------------------------------------- rejections
add("rejection", "Kindlewell Health <no-reply@us.greenhouse-mail.io>",
    "Your application to Kindlewell Health", ("2025-02-11 16:42", "NY"),
    """Hi Noor,

Thanks so much for your interest in the Customer Success Associate role at Kindlewell Health and for the time you spent on your application.

We've now reviewed every application for this opening, and we won't be progressing yours to the next stage. We know that's disappointing to hear, and we genuinely appreciate you considering us.

New roles go up on our careers page most weeks, so please don't hesitate to apply again if something else catches your eye.

Warmly,
The Kindlewell Talent Team""",
    fmt="alt", company="Kindlewell Health", role="Customer Success Associate",
    notes="standard Greenhouse template; 'won't be progressing'")

add("rejection", "Corrib Valley Hospital Group <cvhg@myworkday.com>",
    "Update regarding Requisition R-04417", ("2025-04-03 11:05", "DUB"),
    """Dear Noor Haddad,

Re: Clinical Informatics Nurse (R-04417)

Thank you for applying for the above post with Corrib Valley Hospital Group. Having carefully assessed all applications against the essential criteria, we regret that your application has not been shortlisted on this occasion.

We would encourage you to create job alerts on our careers site so you are notified of future vacancies.

Yours sincerely,
Recruitment & Resourcing
Corrib Valley Hospital Group

This is an automated notification. Replies to this address are not read.""",
    fmt="html", cte="base64", company="Corrib Valley Hospital Group",
    role="Clinical Informatics Nurse", hdrs=AUTOGEN,
    notes="HTML only, base64; role only in 'Re:' line; 'not shortlisted'")

add("rejection", "Marcus Bell <marcus@tessellatecare.com>",
    "Re: Implementation Specialist - next steps", ("2026-07-02 17:20", "LA"),
    """Noor,

I wanted to call you but figured email would let you read it in your own time. After the final round we talked it through as a team and decided to go with someone who has already run a full EHR go-live from the vendor side. It was close, and it was genuinely hard to call.

Everyone who met you came away impressed, particularly with the way you walked through the medication-reconciliation workflow on Tuesday. If it's useful, I'd be glad to introduce you to a couple of people at partner clinics who are hiring for implementation roles right now. Just say the word.

Let's keep in touch.

Marcus Bell
VP, Customer Delivery
Tessellate Care""",
    company="Tessellate Care", contact="Marcus", role="Implementation Specialist", reply=True,
    diff="hard", notes="after final round; no standard rejection words; offers introductions")

add("rejection", "Brightbay Pharmacy Talent <no-reply@hire.lever.co>",
    "Pharmacy Systems Support Analyst at Brightbay", ("2025-06-19 09:12", "LON"),
    """Hi Noor,

Thank you for applying to the Pharmacy Systems Support Analyst position at Brightbay.

We've had a lot of interest in this role, and after reviewing your application we've decided to pursue other applicants whose experience more closely matches what the team needs right now.

We appreciate the time you invested and wish you every success with your search.

Brightbay Pharmacy Recruitment""",
    company="Brightbay Pharmacy", role="Pharmacy Systems Support Analyst",
    notes="Lever; company short in subject")

add("rejection", "Ines Carvalho <ines@cobaltline.io>",
    "Re: Product Analyst - Cobaltline", ("2026-05-06 18:03", "LON"),
    """Hi Noor - thanks again for your time last week. The team went a different direction on this one. Best of luck with everything.

Ines""",
    company="Cobaltline", contact="Ines", role="Product Analyst", reply=True, cte="7bit",
    diff="hard", notes="two lines, curt; 'different direction'; company only in subject/domain")

add("rejection", "Priya Raman <priya.raman@marrowpine.health>",
    "Re: Interview invitation - Clinical Support Specialist", ("2025-09-29 15:47", "NY"),
    """Hi Noor,

Thank you for meeting with Dr. Okoye and me last Thursday. I'm sorry to let you know that we've decided not to move you forward in the process for the Clinical Support Specialist position. We had a very competitive pool and chose candidates with more hands-on experience supporting Cerner in an ambulatory setting.

I'll keep your details in case something closer to your background opens up.

Kind regards,
Priya Raman
Talent Partner, Marrow & Pine Health

-----Original Message-----
From: Priya Raman <priya.raman@marrowpine.health>
Sent: Friday, September 19, 2025 10:02 AM
To: Noor Haddad <noor.haddad.work@outlook.com>
Subject: Interview invitation - Clinical Support Specialist

Hi Noor,

We'd love to invite you to interview for the Clinical Support Specialist position! Would Thursday, September 25 at 1:00 PM ET work for a 45-minute video interview with our clinical director, Dr. Okoye?

Looking forward to it,
Priya""",
    company="Marrow & Pine Health", contact="Priya", role="Clinical Support Specialist", reply=True,
    diff="hard", notes="quoted part is an interview invitation with a time")

add("rejection", "University of Ashcombe Careers <ashcombe@talent.icims.com>",
    "Clinical Research Coordinator (Ref 25-0311): application outcome", ("2025-05-22 14:30", "LON"),
    """Dear Noor,

Thank you for your recent application for the role of Clinical Research Coordinator (Ref 25-0311) in the School of Health Sciences.

The selection panel has now completed shortlisting. On this occasion your application was not the right match at this time for the requirements of the post, and you have not been invited to the next stage.

We are grateful for your interest in working at the University of Ashcombe and wish you well.

Human Resources
University of Ashcombe""",
    company="University of Ashcombe", role="Clinical Research Coordinator",
    notes="iCIMS; 'not the right match at this time'")

add("rejection", "Halden Group Careers <noreply@smartrecruiters.com>",
    "Store Systems Trainer - Halden Group", ("2025-08-14 10:20", "LON"),
    """Dear Noor,

Thank you for taking the time to apply for the Store Systems Trainer vacancy at Halden Group.

We have reviewed your application carefully and, unfortunately, we have decided not to move forward with it. This decision was not easy given the quality of applications we received.

We hope you will consider Halden Group again in the future.

Kind regards,
Halden Group Talent Acquisition""",
    fmt="alt", company="Halden Group", role="Store Systems Trainer", hdrs=AUTOGEN,
    notes="SmartRecruiters template")

add("rejection", "Dunmore County Council HR <recruitment@dunmorecoco.ie>",
    "Competition Ref. DCC/IT/2025/14 - IT Business Analyst (Grade VII)", ("2025-10-08 12:00", "DUB"),
    """A chara,

I refer to your application for the above competition.

Following a shortlisting exercise carried out by the selection board, I regret to inform you that you were unsuccessful on this occasion and will not be called forward to the interview stage.

Please note that a panel formed from this competition may be used to fill similar posts over the next 12 months. Candidates who were not shortlisted will not be placed on this panel.

Thank you for your interest in Dunmore County Council.

Is mise le meas,
Siobhan Kearney
Human Resources Department
Dunmore County Council""",
    company="Dunmore County Council", contact="Siobhan", role="IT Business Analyst (Grade VII)",
    notes="formal public-sector letter; mentions interview stage and panel; domain abbreviated")

add("rejection", "Larch County Careers <noreply@governmentjobs.com>",
    "Notice of Eligibility Status: Health Informatics Specialist", ("2025-12-03 08:31", "DEN"),
    """Dear Noor Haddad,

Thank you for your interest in the position of Health Informatics Specialist with Larch County Public Health.

Your application and supplemental questionnaire have been evaluated. Based on this evaluation, your name has not been placed on the eligible list for this recruitment. Only candidates on the eligible list are referred to the hiring department.

You may view the status of your applications at any time by logging in to your account.

Larch County Human Resources""",
    company="Larch County Public Health", role="Health Informatics Specialist", hdrs=AUTOGEN,
    diff="hard", notes="civil-service 'not placed on eligible list' wording")

add("rejection", "Olly Strand <oliver.strand@pemburytalent.co.uk>",
    "Vantage - update", ("2025-07-30 16:55", "LON"),
    """Hi Noor,

Just had feedback from my client, Vantage Medical Devices, on the Clinical Product Specialist role. They really liked your clinical background but they've decided to progress with a candidate who has more surgical theatre experience, so they won't be taking your application further.

Honestly a shame as I thought you'd interviewed well. I've got a couple of other health-tech briefs coming in next month so I'll be in touch.

Cheers,
Olly

Oliver Strand | Senior Consultant, Healthcare Technology
Pembury Talent
07700 900412""",
    company="Vantage Medical Devices", contact="Oliver", role="Clinical Product Specialist",
    diff="hard", notes="agency recruiter about client; signs Olly, signature Oliver")

add("rejection", "Rosa Delgado <rosa.delgado@quaysidehealth.co.uk>",
    "FW: Noor Haddad - Digital Nurse Lead feedback", ("2026-01-27 13:14", "LON"),
    """Hi Noor,

I wanted to pass on Tom's note directly as I think his feedback is useful. I'm sorry it isn't better news this time.

Best,
Rosa
Talent Acquisition | Quayside Digital Health

________________________________
From: Tom Ashdown <tom.ashdown@quaysidehealth.co.uk>
Sent: 27 January 2026 11:40
To: Rosa Delgado <rosa.delgado@quaysidehealth.co.uk>
Subject: Noor Haddad - Digital Nurse Lead feedback

Rosa - thanks for setting up the interview with Noor. Strong clinical credibility and great with the scenario. For this hire, though, we need someone who has led a team, and that came through as the gap. We'll go with Candidate B. Please let Noor know and pass on my thanks - would happily see her apply for the Band 6 roles we open in spring.

Tom""",
    company="Quayside Digital Health", contact="Rosa", role="Digital Nurse Lead",
    diff="hard", notes="recruiter forwards hiring manager's decision; decision only in forwarded note")

add("rejection", "Santéo Recrutement <noreply@app.teamtailor.com>",
    "Votre candidature chez Santéo", ("2025-03-18 10:05", "PAR"),
    """Bonjour Noor,

Merci pour l'intérêt que vous portez à Santéo et pour votre candidature au poste de Chargée de déploiement e-santé.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons reçu de nombreux profils de qualité et avons dû faire des choix.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présente.

Belle continuation,
L'équipe Talents de Santéo""",
    company="Santéo", role="Chargée de déploiement e-santé", lang="fr",
    notes="French Teamtailor template")

add("rejection", "Medivia GmbH <jobs@medivia-gmbh.jobs.personio.de>",
    "Ihre Bewerbung als Customer Success Manager (m/w/d)", ("2026-04-21 09:40", "BER"),
    """Sehr geehrte Frau Haddad,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Medivia GmbH.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung für die Position Customer Success Manager (m/w/d) nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern spiegelt die Anforderungen der Stelle wider.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Medivia GmbH""",
    fmt="alt", company="Medivia GmbH", role="Customer Success Manager (m/w/d)", lang="de",
    notes="German Personio template")

add("rejection", "Lucía Ferrer <lucia.ferrer@saludnova.es>",
    "Proceso de selección - Especialista de Implantación", ("2026-05-15 13:22", "MAD"),
    """Hola Noor:

Gracias por tu tiempo en las entrevistas de las últimas semanas y por el caso práctico que preparaste.

Tras valorar todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil encaja mejor con las necesidades actuales del equipo de Implantación. Nos ha gustado mucho conocerte y nos encantaría que siguieras pendiente de nuestras próximas vacantes.

Un abrazo,
Lucía Ferrer
People & Culture | Saludnova""",
    company="Saludnova", contact="Lucía", role="Especialista de Implantación", lang="es",
    notes="Spanish; after interviews; mentions case study")

add("rejection", "Loomstack Recruiting <no-reply@ashbyhq.com>",
    "Your interview with Loomstack", ("2026-03-04 12:48", "NY"),
    """Hi Noor,

Thanks for taking the time to interview with us for the Associate Product Manager role. We enjoyed learning about your path from bedside nursing into product.

After careful thought, we've decided to move forward with other candidates for this position. We know a lot goes into interviewing and we're grateful for the energy you brought to it.

All the best,
Loomstack Recruiting""",
    fmt="alt", company="Loomstack", role="Associate Product Manager",
    diff="hard", notes="subject says 'Your interview'; post-interview Ashby rejection")

add("rejection", "Coldharbour Medical Center <notification@jobvite.com>",
    "Nurse Educator - Epic Go-Live", ("2025-01-23 19:02", "CHI"),
    """Dear Noor,

Thank you for applying for the Nurse Educator - Epic Go-Live position at Coldharbour Medical Center. We wanted to let you know that this position has now been filled.

We appreciate your interest in Coldharbour and encourage you to review our other openings.

Sincerely,
Coldharbour Talent Acquisition""",
    company="Coldharbour Medical Center", role="Nurse Educator - Epic Go-Live",
    notes="Jobvite; position filled")

add("rejection", "Ridgeview Health System <ridgeview@taleo.net>",
    "Status of your application - Job ID 2519043", ("2025-11-17 07:15", "NY"),
    """Dear Noor Haddad,

Thank you for your interest in the Registered Nurse - Clinical Informatics (Job ID 2519043) opportunity at Ridgeview Health System.

After reviewing your qualifications against the requirements of the position, you are no longer under consideration for this requisition. Your profile remains active in our system, and you may apply to other positions at any time.

Ridgeview Health System Talent Acquisition
*** Please do not reply to this message. ***""",
    fmt="html", cte="base64", company="Ridgeview Health System",
    role="Registered Nurse - Clinical Informatics", hdrs=AUTOGEN,
    notes="Taleo, HTML only base64; 'no longer under consideration'")

add("rejection", "Pillbox Labs Hiring <notifications@app.bamboohr.com>",
    "Thanks for applying to Pillbox Labs", ("2025-09-04 15:33", "NY"),
    """Hi Noor,

Thank you for your interest in the Support Specialist (Clinical) role at Pillbox Labs. We've reviewed your application, and while your background is impressive, we are moving ahead with candidates whose experience is a closer fit.

We'll keep your resume on file and reach out if a suitable role opens up.

Best,
Pillbox Labs""",
    company="Pillbox Labs", role="Support Specialist (Clinical)",
    diff="hard", notes="subject reads like an acknowledgement; BambooHR")

add("rejection", "Aoife Brennan via Workable <noreply@candidates.workablemail.com>",
    "Patient Experience Lead at Harbourlight Clinics", ("2025-12-09 17:10", "DUB"),
    """Hi Noor,

Thank you for coming in to meet the team for the final interview last week. We really enjoyed our conversation.

I'm sorry to say we have decided to offer the role to another candidate, whose experience running a patient feedback programme was a very close match for what we need right now. It was a difficult decision.

Please keep an eye on our careers page; we expect to be growing the team in the new year.

Kind regards,
Aoife Brennan
Head of Patient Experience
Harbourlight Clinics""",
    company="Harbourlight Clinics", contact="Aoife", role="Patient Experience Lead",
    diff="hard", notes="'offer the role to another candidate'; final interview mentioned")

add("rejection", "Careloop Hiring <careloop@mail.recruitee.com>",
    "Onboarding Specialist - an update from Careloop", ("2026-02-19 14:00", "DUB"),
    """Hi Noor,

Thanks for applying to be an Onboarding Specialist at Careloop.

We've now finished reviewing applications and this one didn't work out. We had over 300 applicants, and we couldn't take everyone forward.

Thanks again for thinking of Careloop.

The Careloop team""",
    company="Careloop", role="Onboarding Specialist",
    diff="hard", notes="'didn't work out'; soft phrasing")

add("rejection", "Gareth Pryce <g.pryce@elmstead-pcn.nhs.uk>",
    "RE: Digital Transformation Nurse - any news?", ("2025-06-30 18:41", "LON"),
    """Hi Noor,

Sorry for the slow reply - it's been a hectic few weeks with the practice merger. We ended up filling the post internally with one of our practice nurses who had already been leading the EMIS rollout. I should have let you know sooner, apologies.

Thanks again for coming in, and good luck.

Gareth

-----Original Message-----
From: Noor Haddad <noor.haddad.work@outlook.com>
Sent: 23 June 2025 09:15
To: Gareth Pryce <g.pryce@elmstead-pcn.nhs.uk>
Subject: Digital Transformation Nurse - any news?

Hi Gareth, I hope you're well. I just wanted to check in on the Digital Transformation Nurse role following my interview on 15 May. Many thanks, Noor""",
    company="Elmstead Primary Care Network", contact="Gareth", role="Digital Transformation Nurse",
    reply=True, diff="hard", notes="filled internally; company only from domain; quote mentions interview")

add("rejection", "Helen Marsh <h.marsh@kelsall.ac.uk>",
    "Research Data Coordinator - outcome and feedback", ("2026-02-13 16:20", "LON"),
    """Dear Noor,

Thank you for attending the interview last Friday for the Research Data Coordinator post. The panel asked me to give you some feedback alongside the outcome.

You interviewed strongly; your answers on data quality in clinical trials were among the best we heard. However, the successful candidate had direct experience with REDCap build and the sponsor's monitoring requirements, and that tipped the balance. I'm afraid we will not be offering you the post on this occasion.

If it would help to talk this through, I'm happy to have a short call.

With best wishes,

Dr Helen Marsh
Trials Unit Manager
University of Kelsall""",
    company="University of Kelsall", contact="Helen", role="Research Data Coordinator",
    notes="feedback with praise; 'not offering you the post'")

add("rejection", "Olivia at Cloverdale Pharmacy <olivia@paradox.ai>",
    "Cloverdale Pharmacy application update", ("2025-11-14 12:06", "CHI"),
    """Hi Noor, it's Olivia, the virtual hiring assistant for Cloverdale Pharmacy.

Thanks again for meeting with the store team for the Wellness Advisor position. The hiring manager has decided to move forward with other candidates for this opening.

You can search and apply for other Cloverdale jobs at any time by replying JOBS.

Reply STOP to opt out of messages.""",
    company="Cloverdale Pharmacy", role="Wellness Advisor", cte="7bit",
    diff="hard", notes="Paradox chatbot voice ('it's Olivia'); no human signer")

add("rejection", "Helixa Health Recruiting <no-reply@us.greenhouse-mail.io>",
    "Following up on the Clinical Solutions Consultant role", ("2025-04-24 18:30", "LA"),
    """Hi Noor,

We know you've been waiting to hear from us, and we appreciate your patience.

This isn't the news you were hoping for: the team has wrapped up the search for the Clinical Solutions Consultant position, and you weren't selected to continue. We read every application closely and this was a tough call.

We hope our paths cross again.

Helixa Health Recruiting""",
    company="Helixa Health", role="Clinical Solutions Consultant",
    diff="hard", notes="'wrapped up the search' could read as on-hold; decision is 'not selected'")

add("rejection", "Stefanie Wolf <s.wolf@klinikum-lindenhof.de>",
    "Ihre Bewerbung – IT-Koordination Pflege", ("2025-10-27 11:50", "BER"),
    """Liebe Frau Haddad,

herzlichen Dank für das angenehme Gespräch in der vergangenen Woche und Ihr Interesse an unserem Haus.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung mit unserem KIS-System mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Viele Grüße
Stefanie Wolf
Personalabteilung
Klinikum Lindenhof""",
    company="Klinikum Lindenhof", contact="Stefanie", role="IT-Koordination Pflege", lang="de",
    notes="German personal note; chose another candidate after interview")

# ---------------------------------------------------------------- on hold
add("on_hold", "Kindlewell Health <no-reply@us.greenhouse-mail.io>",
    "Update on the Implementation Manager role", ("2025-10-21 10:15", "NY"),
    """Hi Noor,

We're writing to let you know that Kindlewell Health has put a temporary hiring freeze in place across several teams, including Implementation. As a result, the Implementation Manager opening is on hold and we aren't able to continue interviews for now.

This has nothing to do with your candidacy. If the role reopens, your application will be reactivated and a recruiter will reach out.

Thank you for your understanding,
Kindlewell Talent Team""",
    fmt="alt", company="Kindlewell Health", role="Implementation Manager",
    notes="explicit hiring freeze")

add("on_hold", "Jamie Okonjo <jamie@orchardvitals.com>",
    "Quick update from Orchard Vitals", ("2026-08-05 14:28", "NY"),
    """Hey Noor,

I owe you an update. We've just closed a bridge round rather than the Series B we'd planned for, and the leadership team has asked us to hold off on any new product hires until Q1. That means we're pausing this search, including the APM role you were in process for.

I'm really sorry about the timing because you were one of our favourite candidates. I'll reach out first thing if we get the green light to restart.

Jamie
Head of Product, Orchard Vitals""",
    company="Orchard Vitals", contact="Jamie", role="APM",
    diff="hard", notes="funding-driven pause; no 'freeze'/'on hold' words; praise")

add("on_hold", "NHS Jobs <no-reply@jobs.nhs.uk>",
    "Vacancy withdrawn: Clinical Systems Trainer (Band 6)", ("2025-09-10 15:02", "LON"),
    """Dear Noor Haddad,

Vacancy: Clinical Systems Trainer (Band 6)
Reference: 318-CST-0925
Employer: Kellingford Hospitals NHS Foundation Trust

The employer has withdrawn this vacancy. Your application will not be progressed further and no action is needed from you.

If you have any questions, please contact the recruitment team named in the advert.

NHS Jobs
This is an automated message, please do not reply.""",
    company="Kellingford Hospitals NHS Foundation Trust", role="Clinical Systems Trainer (Band 6)",
    hdrs=AUTOGEN, diff="hard", notes="vacancy withdrawn; 'will not be progressed' sounds like rejection")

add("on_hold", "University of Ashcombe Careers <ashcombe@talent.icims.com>",
    "Research Nurse (Digital Health Trial) - Ref 25-0702", ("2025-08-01 09:45", "LON"),
    """Dear Noor,

We are writing regarding your application for the post of Research Nurse (Digital Health Trial), Ref 25-0702.

Unfortunately the external funding that supports this post has not been confirmed for the coming year, and the University has cancelled the recruitment. We will not be holding interviews as planned.

Should funding be secured and the post be re-advertised, we would welcome a new application from you.

Human Resources
University of Ashcombe""",
    company="University of Ashcombe", role="Research Nurse (Digital Health Trial)",
    notes="funding not confirmed; recruitment cancelled")

add("on_hold", "Niamh Carroll <niamh.carroll@haldengroup.com>",
    "Pharmacy Operations Analyst", ("2026-03-12 16:10", "LON"),
    """Hi Noor,

Following the announcement last week about the restructure of our pharmacy and health services division, I'm afraid the Pharmacy Operations Analyst role is no longer open. We won't be moving forward with any candidates for it, as the responsibilities are being absorbed into the new central operations team.

I know you'd put a lot of time into the process, and I'm sorry we can't take it further. I'll let you know if anything comparable appears in the new structure.

Best wishes,
Niamh Carroll
Talent Acquisition Partner
Halden Group""",
    company="Halden Group", contact="Niamh", role="Pharmacy Operations Analyst",
    diff="hard", notes="restructure; 'won't be moving forward with any candidates' reads like rejection")

add("on_hold", "City of Port Averill <noreply@governmentjobs.com>",
    "Recruitment Cancelled: Health Data Analyst", ("2025-05-07 13:00", "LA"),
    """Dear Noor Haddad,

The City of Port Averill has cancelled the recruitment for Health Data Analyst (Recruitment #2025-0419). No further steps will be taken on applications submitted for this recruitment.

We appreciate your interest in public service with the City of Port Averill.

Human Resources Department
City of Port Averill""",
    company="City of Port Averill", role="Health Data Analyst", hdrs=AUTOGEN,
    notes="government recruitment cancelled")

add("on_hold", "Clara Dubois <clara.dubois@medisphere.fr>",
    "Product Operations Associate - process on hold", ("2026-06-17 11:30", "PAR"),
    """Hello Noor,

I wanted to let you know that we have decided to suspend recruitment for the Product Operations Associate position. Our budget for the second half of the year has been revised, and the role has been deprioritised for now.

This is not a reflection of your application, which the team enjoyed reading. If the position is reopened in the autumn, I will contact you directly.

Kind regards,
Clara Dubois
HR Business Partner
Medisphère""",
    company="Medisphère", contact="Clara", role="Product Operations Associate",
    notes="budget revised; French company writing in English")

add("on_hold", "Álvaro Ruiz <aruiz@alborada.es>",
    "Tu candidatura - Coordinadora de Sistemas Clínicos", ("2025-07-08 12:40", "MAD"),
    """Hola Noor,

Te escribo para contarte que, por una reorganización interna del área de Sistemas, hemos decidido congelar temporalmente el proceso para la posición de Coordinadora de Sistemas Clínicos. De momento no vamos a programar nuevas entrevistas ni tomar ninguna decisión sobre las candidaturas.

Tu perfil nos sigue interesando mucho. En cuanto se retome el proceso, serás de las primeras personas a las que llamemos.

Saludos cordiales,
Álvaro Ruiz
Selección de Personal
Clínicas Alborada""",
    company="Clínicas Alborada", contact="Álvaro", role="Coordinadora de Sistemas Clínicos", lang="es",
    diff="hard", notes="Spanish; reorganisation; 'congelar' the process")

add("on_hold", "Ferncliff Health Recruiting <no-reply@ashbyhq.com>",
    "About your application for Customer Success Manager", ("2026-10-01 17:45", "NY"),
    """Hi Noor,

We wanted to let you know that Ferncliff Health has closed the Customer Success Manager requisition. Following our annual planning, budget has been reprioritised towards other areas for the next fiscal year and we won't be filling this role.

We'll keep your details on file and would be glad to hear from you if a similar role opens in the future.

Ferncliff Health Recruiting""",
    company="Ferncliff Health", role="Customer Success Manager",
    diff="hard", notes="req closed for budget; 'keep your details on file' sounds like rejection")

add("on_hold", "Tom Heller <tom.heller@ardensurgical.com>",
    "Re: Scheduling - Clinical Applications Specialist", ("2026-09-15 09:05", "NY"),
    """Hi Noor,

Apologies, I need to cancel the slot we'd booked for Thursday. I found out this morning that the Clinical Applications Specialist position has been eliminated as part of a wider cost-reduction programme, so there is no longer a role to interview for.

I'm sorry to deliver this so late in the process. It's entirely a business decision.

Tom Heller
Director, Clinical Education
Arden Surgical Robotics

On Wed, Sep 9, 2026 at 3:12 PM Tom Heller <tom.heller@ardensurgical.com> wrote:
> Great, I've put you down for Thursday 17 September at 11:00 AM ET with myself
> and our lead clinical specialist. A Zoom link will follow.""",
    company="Arden Surgical Robotics", contact="Tom", role="Clinical Applications Specialist",
    reply=True, diff="hard", notes="role eliminated; cancels interview; quote confirms interview time")

# ---------------------------------------------------------------- interviews
add("interview", "Sasha Lin <sasha.lin@kindlewellhealth.com>",
    "Kindlewell Health - Senior Customer Success Associate", ("2026-01-08 11:22", "NY"),
    """Hi Noor,

Thanks for applying again! Your application for our Senior Customer Success Associate role stood out, and I'd love to set up a 30-minute phone interview to hear more about your background.

Please grab any open time that suits you here: https://calendly.com/sasha-lin-kindlewell/30min

Talk soon,
Sasha Lin
Recruiter | Kindlewell Health""",
    company="Kindlewell Health", contact="Sasha", role="Senior Customer Success Associate",
    notes="Calendly link, no fixed time")

add("interview", "Pulsegrid Recruiting <scheduling@goodtime.io>",
    "Interview Confirmed: Noor Haddad - Product Support Specialist", ("2026-02-04 16:30", "NY"),
    """Hi Noor,

Your interview with Pulsegrid has been confirmed.

Position: Product Support Specialist
Date: Tuesday, February 10, 2026
Time: 3:00 PM - 3:45 PM Eastern Time (US & Canada)
Interviewer: Wes Gardner, Support Team Lead
Location: Google Meet - https://meet.google.com/pqx-wfrn-tdk

Need to reschedule? Use this link: https://goodtime.io/reschedule/7f3c2a

Good luck!
Pulsegrid Recruiting""",
    fmt="alt", company="Pulsegrid", role="Product Support Specialist",
    iat=("2026-02-10 15:00", "NY"), notes="GoodTime confirmation with a time")

add("interview", "NHS Jobs <no-reply@jobs.nhs.uk>",
    "Invitation to interview: Digital Nurse Specialist (Band 6)", ("2025-09-30 10:00", "LON"),
    """Dear Noor Haddad,

Kellingford Hospitals NHS Foundation Trust has invited you to an interview for Digital Nurse Specialist (Band 6).

Date: Tuesday 14 October 2025
Time: 10:30
Location: Trust Headquarters, Meeting Room 3, Kellingford General Hospital
Panel: Deputy Chief Nursing Information Officer; Clinical Systems Manager

Please bring photo ID and proof of your right to work. There will be a short presentation: "How would you support ward staff through an e-prescribing go-live?" (10 minutes).

Log in to your NHS Jobs account to confirm you will attend.

NHS Jobs""",
    company="Kellingford Hospitals NHS Foundation Trust", role="Digital Nurse Specialist (Band 6)",
    iat=("2025-10-14 10:30", "LON"), cal=("Interview - Digital Nurse Specialist", 60),
    hdrs=AUTOGEN, notes="NHS Jobs invitation with calendar part")

add("interview", "Marcus Bell <marcus@tessellatecare.com>",
    "Re: Implementation Specialist - final round", ("2026-06-08 13:02", "LA"),
    """Hi Noor,

Small change of plan: our COO has a board meeting on Wednesday, so can we shift your final round to Thursday at 2pm PT instead? Same Zoom link, same format (45 min with her, 30 min with me).

If that doesn't work, let me know and we'll find another time.

Marcus""",
    company="Tessellate Care", contact="Marcus", role="Implementation Specialist", reply=True,
    iat=("2026-06-11 14:00", "LA"), diff="hard",
    notes="reschedule; relative day 'Thursday at 2pm PT'; no word interview")

add("interview", "Róisín Doyle <roisin.doyle@stfintans.ie>",
    "Interview Arrangements - Nurse Informatics Lead (CNM2)", ("2025-08-20 15:15", "DUB"),
    """Dear Noor,

I am pleased to confirm that you have been shortlisted for interview for the post of Nurse Informatics Lead (CNM2) at St Fintan's University Hospital.

Your interview will take place on Wednesday 3 September 2025 at 11:00 in the Education Centre, Level 2. The board will consist of the Director of Nursing, the Chief Information Officer and an external assessor.

Please arrive 15 minutes early and bring two forms of identification, your NMBI registration and originals of your qualifications.

Kind regards,
Róisín Doyle
HR Officer
St Fintan's University Hospital""",
    company="St Fintan's University Hospital", contact="Róisín", role="Nurse Informatics Lead (CNM2)",
    iat=("2025-09-03 11:00", "DUB"), notes="formal panel interview with date and time")

add("interview", "Jamie Okonjo <jamie@orchardvitals.com>",
    "Orchard Vitals APM - take-home", ("2026-07-14 10:40", "NY"),
    """Hi Noor,

Great speaking with you on Friday! As a next step, we'd like you to do a short product exercise: pick one workflow in our remote-monitoring app that nurses would struggle with, and write a one-page proposal for improving it. Please don't spend more than three hours on it.

Once you've sent it over, we'll set up a 60-minute session with me and our design lead to walk through your thinking. Any day next week works on our side.

Cheers,
Jamie""",
    company="Orchard Vitals", contact="Jamie", role="APM",
    diff="hard", notes="take-home plus review session; no time; no word interview")

add("interview", "Rhys Morgan <rhys@fenwicklabs.co.uk>",
    "quick chat?", ("2025-03-11 08:52", "LON"),
    """Noor - saw your note on the clinical-safety thread and then your CV came through for our Clinical Safety Officer role. Fancy a quick chat this week? 20 mins, nothing formal, just want to understand what you're after. Thursday afternoon any good?

Rhys
CTO, Fenwick Labs""",
    company="Fenwick Labs", contact="Rhys", role="Clinical Safety Officer", cte="7bit",
    diff="hard", notes="informal chat invite; no fixed time")

add("interview", "Medivia GmbH <jobs@medivia-gmbh.jobs.personio.de>",
    "Einladung zum Fachinterview – Customer Success Manager (m/w/d)", ("2026-03-10 10:05", "BER"),
    """Hallo Noor,

vielen Dank für das erste Gespräch mit unserem Recruiting-Team. Wir würden Sie gerne näher kennenlernen und laden Sie zu einem Fachinterview mit unserem Teamlead Customer Success, Jonas Brandt, ein.

Termin: Dienstag, 17. März 2026, 14:00–15:00 Uhr (MEZ)
Ort: Microsoft Teams (Link folgt separat)

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Viele Grüße
Ihr Recruiting-Team der Medivia GmbH""",
    company="Medivia GmbH", role="Customer Success Manager (m/w/d)", lang="de",
    iat=("2026-03-17 14:00", "BER"), notes="German technical interview invitation")

add("interview", "Élodie Marchand <elodie.marchand@santeo.fr>",
    "Entretien - Product Owner Junior", ("2026-04-01 17:48", "PAR"),
    """Bonjour Noor,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien en visio avec Julien, notre Head of Product, le jeudi 9 avril 2026 à 10h00 (heure de Paris).

Le lien Google Meet vous sera envoyé la veille. L'entretien durera environ une heure et portera notamment sur un cas pratique autour de la téléconsultation.

Bien cordialement,
Élodie Marchand
Talent Acquisition - Santéo""",
    company="Santéo", contact="Élodie", role="Product Owner Junior", lang="fr",
    iat=("2026-04-09 10:00", "PAR"), notes="French video interview confirmation")

add("interview", "Lucía Ferrer <lucia.ferrer@saludnova.es>",
    "Entrevista - Especialista de Implantación", ("2026-04-14 09:30", "MAD"),
    """Hola Noor:

¡Gracias por tu candidatura! Nos gustaría conocerte en una entrevista por videollamada de unos 40 minutos con el equipo de Implantación.

Te propongo estos huecos (hora peninsular):
- martes 21 de abril, 10:00
- miércoles 22 de abril, 16:30
- jueves 23 de abril, 12:00

Dime cuál te viene mejor y te mando la invitación.

Un saludo,
Lucía Ferrer
People & Culture | Saludnova""",
    company="Saludnova", contact="Lucía", role="Especialista de Implantación", lang="es",
    notes="Spanish; list of slots so no single time")

add("interview", "Olivia at Cloverdale Pharmacy <olivia@paradox.ai>",
    "Your interview is confirmed", ("2025-11-04 18:20", "CHI"),
    """Hi Noor! Your interview with Cloverdale Pharmacy is confirmed.

Position: Wellness Advisor
When: Sat, Nov 8 at 9:00 AM CST
Where: Cloverdale Pharmacy #2214, 4410 N Lincoln Ave. Ask for Denise, Store Manager.

Reply R to reschedule or C to cancel.""",
    company="Cloverdale Pharmacy", role="Wellness Advisor", cte="7bit",
    iat=("2025-11-08 09:00", "CHI"), notes="Paradox confirmation; weekday without year")

add("interview", "Loomstack Recruiting <no-reply@modernloop.io>",
    "Your virtual onsite with Loomstack - schedule", ("2026-01-14 14:05", "NY"),
    """Hi Noor,

Here is your schedule for your virtual onsite for Associate Product Manager on Tuesday, January 20, 2026. All times are Eastern Time.

10:00 AM - 10:45 AM  Product sense with Dev Patel (Group PM)
11:00 AM - 11:45 AM  Execution & metrics with Hana Kim (Senior PM)
12:00 PM - 12:30 PM  Break
12:30 PM - 1:15 PM   Cross-functional partnership with Sam Ortiz (Eng Manager)
1:30 PM - 2:15 PM    Values with Amara Osei (People Team)

Each session has its own Zoom link in the calendar invites you'll receive separately.

Good luck!
Loomstack Recruiting (sent via ModernLoop)""",
    fmt="alt", company="Loomstack", role="Associate Product Manager",
    iat=("2026-01-20 10:00", "NY"), notes="ModernLoop multi-session onsite; first session start")

add("interview", "Gareth Pryce <g.pryce@elmstead-pcn.nhs.uk>",
    "RE: Digital Transformation Nurse - interview", ("2025-05-14 12:33", "LON"),
    """Hi Noor,

No problem at all. How about tomorrow at 10:30 instead? We'll be in the meeting room above the Elmstead Road surgery - just buzz reception when you arrive. It'll be me and our clinical director, about 45 minutes.

Gareth

-----Original Message-----
From: Noor Haddad <noor.haddad.work@outlook.com>
Sent: 14 May 2025 08:02
To: Gareth Pryce <g.pryce@elmstead-pcn.nhs.uk>
Subject: RE: Digital Transformation Nurse - interview

Hi Gareth, thank you for the invitation. Unfortunately I can't make Tuesday 20th as I'm on a long day shift. Is there any alternative? Sorry for the trouble. Noor""",
    company="Elmstead Primary Care Network", contact="Gareth", role="Digital Transformation Nurse",
    reply=True, iat=("2025-05-15 10:30", "LON"), diff="hard",
    notes="relative 'tomorrow at 10:30'; quote says 'unfortunately'")

add("interview", "Hollis Health Partners <no-reply@hire.lever.co>",
    "Hollis Health Partners - let's talk", ("2025-06-03 15:10", "NY"),
    """Hi Noor,

I'm Kendra from the recruiting team at Hollis Health Partners. I came across your application for the Care Coordination Platform Specialist role and would like to set up a 30-minute call to learn more about you and tell you about the team.

You can pick a time that suits you here: https://hire.lever.co/schedule/hollis/kendra-30

Best,
Kendra Vasquez
Recruiter, Hollis Health Partners""",
    company="Hollis Health Partners", contact="Kendra", role="Care Coordination Platform Specialist",
    diff="hard", notes="phone screen request without the word interview")

add("interview", "Ridgeview Health System <ridgeview@myworkday.com>",
    "Action required: schedule your interview", ("2026-05-19 08:12", "NY"),
    """Hello Noor,

Congratulations! The hiring manager for Clinical Applications Analyst - Nursing (R-118245) would like to interview you.

Please log in to your candidate home and select a time from the available slots within the next 3 business days:
https://ridgeview.wd5.myworkday.com/ridgeview/d/task/candidatehome

Ridgeview Health System Talent Acquisition""",
    fmt="html", company="Ridgeview Health System", role="Clinical Applications Analyst - Nursing",
    hdrs=AUTOGEN, notes="Workday self-schedule task; HTML only")

add("interview", "Halden Group Careers <noreply@smartrecruiters.com>",
    "Next step: video interview for Digital Pharmacy Coordinator", ("2026-01-29 09:00", "LON"),
    """Dear Noor,

Thank you for applying for the Digital Pharmacy Coordinator role at Halden Group. We'd like to invite you to the next stage: a short recorded video interview.

You'll be asked four questions and will have up to three minutes to answer each one. Please complete it by Friday 6 February using this link:
https://halden.hirevue-style.example/interview/8JQ2

Kind regards,
Halden Group Talent Acquisition""",
    company="Halden Group", role="Digital Pharmacy Coordinator",
    notes="one-way video interview with deadline, not a start time")

add("interview", "Ines Carvalho (via Google Calendar) <calendar-notification@google.com>",
    "Invitation: Noor Haddad <> Ines (Cobaltline) @ Wed 22 Apr 2026 16:00 - 16:45 (BST)",
    ("2026-04-17 11:34", "LON"),
    """Noor Haddad <> Ines (Cobaltline)
Wednesday 22 Apr 2026 16:00 - 16:45 (British Summer Time)

Joining info: meet.google.com/cbt-hwzq-nra

Organiser: ines@cobaltline.io
Guests: Ines Carvalho, noor.haddad.work@outlook.com

Product Analyst - first conversation.

Invitation from Google Calendar""",
    fmt="alt", company="Cobaltline", contact="Ines", role="Product Analyst",
    iat=("2026-04-22 16:00", "LON"), cal=("Noor Haddad <> Ines (Cobaltline)", 45), cal_as_file=True,
    hdrs=(("Reply-To", "Ines Carvalho <ines@cobaltline.io>"),),
    notes="Google Calendar invitation with .ics attachment")

add("interview", "Helen Marsh <h.marsh@kelsall.ac.uk>",
    "Research Data Coordinator - interview date", ("2026-01-28 10:17", "LON"),
    """Dear Noor,

Thank you for confirming your availability. Unfortunately Professor Rao is away at a conference next week, so we will need to hold the panel on Friday 6 February at 1pm instead of the date originally mentioned. The interview will be in Room G.14, Whitcombe Building, and will last about 50 minutes, including a 10-minute presentation.

Apologies for the change, and please let me know if this causes any difficulty.

Best wishes,
Helen

Dr Helen Marsh
Trials Unit Manager, University of Kelsall""",
    company="University of Kelsall", contact="Helen", role="Research Data Coordinator",
    iat=("2026-02-06 13:00", "LON"), diff="hard", notes="'Unfortunately' but confirms interview date")

add("interview", "Olly Strand <oliver.strand@pemburytalent.co.uk>",
    "Vantage Medical Devices - they want to meet you!", ("2025-07-17 17:04", "LON"),
    """Hi Noor,

Good news - Vantage Medical Devices would like to meet you for the Clinical Product Specialist role. They've asked for Monday at 11am at their Reading office, with the Head of Clinical Affairs and one of the product managers. Should be about an hour.

Can you confirm you're OK with that and I'll lock it in? I'll send over some prep notes over the weekend.

Cheers,
Olly

Oliver Strand | Senior Consultant, Healthcare Technology
Pembury Talent""",
    company="Vantage Medical Devices", contact="Oliver", role="Clinical Product Specialist",
    iat=("2025-07-21 11:00", "LON"), diff="hard", notes="agency recruiter; relative 'Monday at 11am'")

add("interview", "Wes Gardner <wes@pulsegrid.com>",
    "Next conversation - Product Support Specialist", ("2026-02-13 12:45", "NY"),
    """Hi Noor,

Thanks again for Tuesday. The team enjoyed it, and we'd like you to meet Karen, our VP of Customer Experience, for a 30-minute conversation about how support works with our clinical customers.

Karen's assistant will reach out with a few options for next week.

Best,
Wes""",
    fmt="html", company="Pulsegrid", contact="Wes", role="Product Support Specialist",
    diff="hard", notes="second round described as 'conversation'; HTML only; no time")

add("interview", "Helixa Health Recruiting <no-reply@us.greenhouse-mail.io>",
    "Interview Confirmation: Clinical Solutions Consultant", ("2025-03-13 11:00", "LA"),
    """Hi Noor,

Thanks for scheduling time with us! Here are the details of your interview:

Role: Clinical Solutions Consultant
When: Wednesday, March 19, 2025, 9:30 AM - 10:15 AM (Pacific Time)
With: Tariq Hassan, Solutions Engineering Manager
Where: Zoom - https://helixa.zoom.us/j/83910245571

A calendar invitation is attached. If you need to make a change, reply to this email.

Helixa Health Recruiting""",
    fmt="alt", company="Helixa Health", role="Clinical Solutions Consultant",
    iat=("2025-03-19 09:30", "LA"), cal=("Interview: Clinical Solutions Consultant", 45),
    notes="Greenhouse confirmation with calendar part")

add("interview", "Lena Vogt <lena.vogt@nordlicht-health.de>",
    "Re: Your application - Clinical Onboarding Specialist", ("2025-12-04 10:25", "BER"),
    """Hi Noor,

Thanks for your application, I enjoyed reading about your ward-to-software story. Could you do a video interview on Friday 12 December at 15:00 CET? It would be with me and Matteo from our Dublin team and take around 45 minutes. We'll do it in English.

Best regards,
Lena Vogt
Team Lead Customer Onboarding
Nordlicht Health

> Thank you for applying to Nordlicht Health! We have received your
> application for Clinical Onboarding Specialist and will review it shortly.
> -- Nordlicht Health Recruiting (automated message)""",
    company="Nordlicht Health", contact="Lena", role="Clinical Onboarding Specialist", reply=True,
    iat=("2025-12-12 15:00", "BER"), diff="hard",
    notes="invitation above a quoted automated acknowledgement")

# ---------------------------------------------------------------- offers
add("offer", "Sasha Lin <sasha.lin@kindlewellhealth.com>",
    "Your offer from Kindlewell Health", ("2026-02-20 15:40", "NY"),
    """Hi Noor,

It was a pleasure speaking with you this afternoon! As promised, I've attached your formal offer letter for the Senior Customer Success Associate position, including salary, equity and benefits details.

Please review it and sign through the DocuSign link in the letter by Thursday, February 26. If you have any questions about the package, I'm happy to jump on a call.

We're so excited about the possibility of you joining the team!

Sasha Lin
Recruiter | Kindlewell Health""",
    company="Kindlewell Health", contact="Sasha", role="Senior Customer Success Associate",
    pdf="Kindlewell_Offer_Letter_Noor_Haddad.pdf", notes="offer letter PDF attached")

add("offer", "Wes Gardner <wes@pulsegrid.com>",
    "Welcome aboard (almost!)", ("2026-02-26 18:02", "NY"),
    """Noor,

So glad you said yes on the phone today. To recap what we discussed: Product Support Specialist, $72,000 base, 10% bonus target, start date Monday March 23, reporting to me. HR will send the paperwork tomorrow for your signature, and once it's signed and your background check clears we're official.

Really looking forward to working together.

Wes
Support Team Lead, Pulsegrid""",
    company="Pulsegrid", contact="Wes", role="Product Support Specialist",
    diff="hard", notes="verbal offer recap; never says 'offer'")

add("offer", "NHS Jobs <no-reply@jobs.nhs.uk>",
    "Conditional offer of employment: Digital Nurse Specialist (Band 6)", ("2025-10-17 14:25", "LON"),
    """Dear Noor Haddad,

Congratulations. Kellingford Hospitals NHS Foundation Trust has made you a conditional offer of employment for the post of Digital Nurse Specialist (Band 6), reference 318-DNS-0925.

This offer is subject to satisfactory pre-employment checks, including references, occupational health clearance, DBS check and verification of your NMC registration.

Please log in to your NHS Jobs account to accept or decline the offer and to start your pre-employment checks.

NHS Jobs
This is an automated message, please do not reply.""",
    company="Kellingford Hospitals NHS Foundation Trust", role="Digital Nurse Specialist (Band 6)",
    hdrs=AUTOGEN, notes="NHS Jobs conditional offer")

add("offer", "Élodie Marchand <elodie.marchand@santeo.fr>",
    "Proposition d'embauche - Product Owner Junior", ("2026-04-16 16:10", "PAR"),
    """Bonjour Noor,

Suite à vos entretiens, nous avons le plaisir de vous proposer de rejoindre Santéo en CDI au poste de Product Owner Junior.

Vous trouverez ci-joint notre promesse d'embauche détaillant la rémunération (42 000 € bruts annuels), la date de démarrage envisagée (1er juin 2026) et les avantages. Nous vous remercions de nous faire part de votre réponse d'ici le 23 avril.

Toute l'équipe a hâte de travailler avec vous !

Élodie Marchand
Talent Acquisition - Santéo""",
    company="Santéo", contact="Élodie", role="Product Owner Junior", lang="fr",
    pdf="Promesse_embauche_Haddad.pdf", fmt="alt", notes="French offer with PDF")

add("offer", "Helixa Health Recruiting <no-reply@us.greenhouse-mail.io>",
    "Noor, you have an offer from Helixa Health", ("2026-09-22 13:15", "LA"),
    """Hi Noor,

Helixa Health has sent you an offer for the Customer Education Specialist position.

Review and respond to your offer here: https://app.greenhouse.io/offers/9c1d77e2

This link expires in 7 days. Questions about your offer? Contact your recruiter, Tariq Hassan.

Powered by Greenhouse""",
    fmt="html", company="Helixa Health", contact="Tariq", role="Customer Education Specialist",
    notes="Greenhouse offer portal notice; recruiter named as contact")

add("offer", "Lena Vogt <lena.vogt@nordlicht-health.de>",
    "Re: Clinical Onboarding Specialist", ("2025-12-22 09:48", "BER"),
    """Hi Noor,

Great news to end the year: Matteo and I would love you to join us as Clinical Onboarding Specialist in the Dublin team! HR will email the contract on Monday; the main points are EUR 48,000 base, hybrid three days in the office, start in February.

Take the holidays to think it over and let me know if anything is unclear.

Best regards,
Lena

> Hi Lena, thanks for the update. I understand the decision is taking longer
> than planned - unfortunately I have another process closing soon, so any
> indication of timing would help. Best, Noor""",
    company="Nordlicht Health", contact="Lena", role="Clinical Onboarding Specialist", reply=True,
    diff="hard", notes="informal offer; no word 'offer'; quoted text has 'unfortunately'")

# ---------------------------------------------------------------- application received
add("application_received", "Kindlewell Health <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Kindlewell Health", ("2025-01-29 21:14", "NY"),
    """Hi Noor,

Thanks for applying for the Customer Success Associate role at Kindlewell Health! Our team will review your application and reach out if your experience is a match for the role.

Kindlewell Talent Team""",
    company="Kindlewell Health", role="Customer Success Associate", notes="Greenhouse acknowledgement")

add("application_received", "Corrib Valley Hospital Group <cvhg@myworkday.com>",
    "Application received: Clinical Informatics Nurse (R-04417)", ("2025-03-14 22:03", "DUB"),
    """Dear Noor,

Thank you for applying for Clinical Informatics Nurse (R-04417). We have received your application and it will now be reviewed by the recruitment team.

You can track the progress of your application in your candidate home on our careers site.

Corrib Valley Hospital Group""",
    fmt="html", company="Corrib Valley Hospital Group", role="Clinical Informatics Nurse",
    hdrs=AUTOGEN, notes="Workday acknowledgement, HTML only")

add("application_received", "University of Ashcombe Careers <ashcombe@talent.icims.com>",
    "We have received your application - Research Nurse (Digital Health Trial)", ("2025-07-11 13:48", "LON"),
    """Dear Noor,

Thank you for your application for Research Nurse (Digital Health Trial), Ref 25-0702.

Shortlisting will take place after the closing date of 25 July 2025. Candidates selected for interview will be contacted by email.

Human Resources
University of Ashcombe""",
    company="University of Ashcombe", role="Research Nurse (Digital Health Trial)",
    hdrs=AUTOGEN, notes="iCIMS; mentions shortlisting and interview as future steps")

add("application_received", "Brightbay Pharmacy Talent <no-reply@hire.lever.co>",
    "Thanks for your application to Brightbay", ("2025-05-30 07:58", "LON"),
    """Hi Noor,

We've received your application for Pharmacy Systems Support Analyst. Thanks for thinking of Brightbay!

Our recruiters review every application. You'll hear from us either way.

Brightbay Pharmacy Recruitment""",
    company="Brightbay Pharmacy", role="Pharmacy Systems Support Analyst", notes="Lever acknowledgement")

add("application_received", "Halden Group Careers <noreply@smartrecruiters.com>",
    "Halden Group: we've got your application", ("2025-07-22 19:40", "LON"),
    """Dear Noor,

Thank you for applying for the Store Systems Trainer position with Halden Group.

What happens next?
1. Our team reviews your application (usually within 2-3 weeks).
2. If you're selected, we'll invite you to a short phone interview.
3. If you're not selected, we'll let you know by email - we never leave candidates hanging.

Kind regards,
Halden Group Talent Acquisition""",
    company="Halden Group", role="Store Systems Trainer",
    diff="hard", notes="describes interview and 'not selected' as future steps")

add("application_received", "NHS Jobs <no-reply@jobs.nhs.uk>",
    "Application submitted: Digital Nurse Specialist (Band 6)", ("2025-09-12 23:10", "LON"),
    """Dear Noor Haddad,

Your application for Digital Nurse Specialist (Band 6), reference 318-DNS-0925, at Kellingford Hospitals NHS Foundation Trust has been submitted.

The employer will review applications after the closing date. You will be contacted if you are shortlisted.

NHS Jobs""",
    company="Kellingford Hospitals NHS Foundation Trust", role="Digital Nurse Specialist (Band 6)",
    hdrs=AUTOGEN, notes="NHS Jobs submission receipt")

add("application_received", "Santéo Recrutement <noreply@app.teamtailor.com>",
    "Thanks for applying to Santéo!", ("2026-03-20 08:35", "PAR"),
    """Hi Noor,

Thank you for applying for Product Owner Junior at Santéo! We're reading every application carefully and will get back to you within two weeks.

Meanwhile, you can learn more about life at Santéo on our career site.

The Santéo Talent team""",
    fmt="alt", company="Santéo", role="Product Owner Junior",
    notes="Teamtailor acknowledgement in English from French company")

add("application_received", "Medivia GmbH <jobs@medivia-gmbh.jobs.personio.de>",
    "Eingangsbestätigung Ihrer Bewerbung", ("2026-02-23 12:01", "BER"),
    """Hallo Noor Haddad,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden nun von unserem Team geprüft. Wir melden uns so schnell wie möglich bei Ihnen.

Beste Grüße
Ihr Recruiting-Team der Medivia GmbH

Dies ist eine automatisch generierte E-Mail.""",
    company="Medivia GmbH", role="Customer Success Manager (m/w/d)", lang="de",
    hdrs=AUTOGEN, notes="German Personio receipt")

add("application_received", "Clínicas Alborada <empleo@alborada.es>",
    "Hemos recibido tu candidatura", ("2025-06-09 11:17", "MAD"),
    """Hola Noor,

Te confirmamos que hemos recibido correctamente tu candidatura para la posición de Coordinadora de Sistemas Clínicos. Nuestro equipo de Selección la revisará en los próximos días.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para concertar una entrevista.

Gracias por tu interés en Clínicas Alborada.

Equipo de Selección""",
    company="Clínicas Alborada", role="Coordinadora de Sistemas Clínicos", lang="es",
    notes="Spanish acknowledgement; mentions possible interview")

add("application_received", "Loomstack <no-reply@ashbyhq.com>",
    "hey Noor, got it!", ("2025-12-18 20:47", "NY"),
    """Hey Noor!

Just a quick note to say your application for Associate Product Manager landed safely in our inbox. A real human (hi, it's Dev from the product team) reads every single one, usually within about ten days.

Until then, go treat yourself to a good coffee.

Dev & the Loomstack crew""",
    company="Loomstack", role="Associate Product Manager",
    diff="hard", notes="chatty templated receipt that reads like personal mail")

add("application_received", "Coldharbour Medical Center <notification@jobvite.com>",
    "Application Confirmation - Nurse Educator - Epic Go-Live", ("2025-01-06 16:12", "CHI"),
    """Dear Noor,

Thank you for submitting your application for Nurse Educator - Epic Go-Live at Coldharbour Medical Center.

Unfortunately, due to the high volume of applications we receive, we are unable to respond to each applicant individually. If your qualifications match our needs, a member of our Talent Acquisition team will contact you.

Sincerely,
Coldharbour Talent Acquisition""",
    company="Coldharbour Medical Center", role="Nurse Educator - Epic Go-Live",
    diff="hard", notes="'Unfortunately' in an acknowledgement")

add("application_received", "Ridgeview Health System <ridgeview@taleo.net>",
    "Thank you for your application - Job ID 2519043", ("2025-10-28 06:55", "NY"),
    """Dear Noor Haddad,

Thank you for applying for Registered Nurse - Clinical Informatics (Job ID 2519043) at Ridgeview Health System. Your submission was received successfully.

Ridgeview Health System Talent Acquisition
*** Please do not reply to this message. ***""",
    fmt="html", company="Ridgeview Health System", role="Registered Nurse - Clinical Informatics",
    hdrs=AUTOGEN, notes="Taleo acknowledgement, HTML only")

add("application_received", "Pillbox Labs Hiring <notifications@app.bamboohr.com>",
    "Pillbox Labs - application received", ("2025-08-18 13:29", "NY"),
    """Hi Noor,

Thanks for applying for Support Specialist (Clinical) at Pillbox Labs! We have your application and will be in touch if there's a fit.

Best,
Pillbox Labs""",
    company="Pillbox Labs", role="Support Specialist (Clinical)", cte="7bit",
    notes="BambooHR two-line acknowledgement")

add("application_received", "Harbourlight Clinics <noreply@candidates.workablemail.com>",
    "Harbourlight Clinics - we've received your application", ("2025-10-30 09:05", "DUB"),
    """Hi Noor,

Thank you for your interest in the Patient Experience Lead role at Harbourlight Clinics.

Your application is now with our hiring team. Here's what to expect:
- We review all applications within 10 working days.
- Shortlisted candidates are invited to a 30-minute video call, followed by an in-person interview in Dublin.

Kind regards,
Harbourlight Clinics Recruitment""",
    fmt="alt", company="Harbourlight Clinics", role="Patient Experience Lead",
    diff="hard", notes="promises next steps; describes interview stages")

add("application_received", "Careloop Hiring <careloop@mail.recruitee.com>",
    "Your application for Onboarding Specialist", ("2026-01-30 15:50", "DUB"),
    """Hi Noor,

Thanks for applying for Onboarding Specialist at Careloop! We're thrilled you're interested.

Our hiring process looks like this: application review, a 20-minute intro call, a task, and a final interview with the team. We aim to let everyone know where they stand within three weeks of the closing date (13 February).

The Careloop team""",
    company="Careloop", role="Onboarding Specialist",
    diff="hard", notes="lays out interview process and timeline")

add("application_received", "City of Port Averill <noreply@governmentjobs.com>",
    "Application Received: Health Data Analyst", ("2025-04-15 10:30", "LA"),
    """Dear Noor Haddad,

Thank you for applying for Health Data Analyst (Recruitment #2025-0419) with the City of Port Averill.

Please note this is not an invitation to interview. Applications will be screened after the filing deadline, and candidates who meet the minimum qualifications will be invited to the examination process.

Human Resources Department
City of Port Averill""",
    company="City of Port Averill", role="Health Data Analyst", hdrs=AUTOGEN,
    diff="hard", notes="'not an invitation to interview'")

# ---------------------------------------------------------------- auto replies
add("auto_reply", "Wes Gardner <wes@pulsegrid.com>",
    "Automatic reply: Start date paperwork", ("2026-03-09 10:02", "NY"),
    """Thanks for your email. I'm out of the office with limited access to email and will be back on 3/16. For anything urgent on the support team, please contact support-leads@pulsegrid.com.

Wes""",
    company="Pulsegrid", contact="Wes", ret="2026-03-16", hdrs=AUTO, reply=True,
    notes="US numeric date '3/16'")

add("auto_reply", "Bethan Lloyd <bethan.lloyd@kellingford.nhs.uk>",
    "Out of office: Pre-employment checks", ("2026-03-02 08:40", "LON"),
    """Thank you for your message. I am on annual leave, returning Monday 9 March.

For urgent recruitment queries please contact the Recruitment Team on 01632 960455 or kht.recruitment@kellingford.nhs.uk.

Bethan Lloyd
Recruitment Officer
Kellingford Hospitals NHS Foundation Trust""",
    company="Kellingford Hospitals NHS Foundation Trust", contact="Bethan", ret="2026-03-09",
    hdrs=(("X-Autoreply", "yes"),), reply=True, notes="return 'Monday 9 March' without year")

add("auto_reply", "Clara Dubois <clara.dubois@medisphere.fr>",
    "Absence / Out of office: Noor Haddad - references", ("2026-03-13 09:15", "PAR"),
    """Bonjour, je suis absente jusqu'au 2026-03-19 inclus.
Hello, I am out of the office until 2026-03-19 inclusive.

Pour toute urgence / for urgent matters: rh@medisphere.fr

Clara Dubois - Medisphère""",
    company="Medisphère", contact="Clara", ret="2026-03-20", lang="fr", hdrs=AUTO, reply=True,
    diff="hard", notes="bilingual; 'until 2026-03-19 inclusive' so back on the 20th")

add("auto_reply", "Tariq Hassan <tariq.hassan@helixahealth.com>",
    "Automatic reply: Offer questions", ("2026-10-05 14:20", "LA"),
    """Hello,

I no longer work at Helixa Health. Please direct recruiting questions to Maya Chen (maya.chen@helixahealth.com) or talent@helixahealth.com.

Thank you.""",
    company="Helixa Health", contact="Tariq", hdrs=AUTO, reply=True, cte="7bit",
    notes="left the company; points to colleague; no return date")

add("auto_reply", "Coldharbour Talent <talent-noreply@coldharbourmed.org>",
    "Re: Nurse Educator - Epic Go-Live", ("2025-01-24 02:11", "CHI"),
    """This mailbox is not monitored. Your message has not been read or forwarded.

To check the status of your application, please log in to the Coldharbour Medical Center careers portal. For general questions call Human Resources at (312) 555-0190.""",
    company="Coldharbour Medical Center", role="Nurse Educator - Epic Go-Live", reply=True,
    diff="hard", notes="unmonitored-mailbox reply on the application thread; no auto headers")

add("auto_reply", "Priya Anand <priya@loomstack.com>",
    "Re: Interview availability - Associate Product Manager", ("2025-12-30 11:48", "NY"),
    """Hi there,

I'm currently on parental leave and will be back on 7 September 2026. I won't be checking email during this time.

If you're in the middle of an interview process with Loomstack, please contact Hana Kim (hana@loomstack.com), who is coordinating scheduling while I'm away.

Thanks for your patience!
Priya""",
    company="Loomstack", contact="Priya", ret="2026-09-07", role="Associate Product Manager",
    hdrs=(("Auto-Submitted", "auto-replied"),), reply=True,
    diff="hard", notes="parental leave; mentions interview process; subject says interview")

add("auto_reply", "Jonas Brandt <jonas.brandt@medivia.de>",
    "Abwesenheitsnotiz: Rückfrage nach dem Fachinterview", ("2026-04-03 16:30", "BER"),
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und ab dem 13. April wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@medivia.de.

Mit freundlichen Grüßen
Jonas Brandt""",
    company="Medivia GmbH", contact="Jonas", ret="2026-04-13", lang="de", hdrs=AUTO, reply=True,
    notes="German Abwesenheitsnotiz")

add("auto_reply", "Élodie Marchand <elodie.marchand@santeo.fr>",
    "Réponse automatique : Questions sur la proposition", ("2026-04-20 08:05", "PAR"),
    """Bonjour,

Je suis absente du bureau jusqu'au vendredi 24 avril inclus, avec un accès limité à mes e-mails. Je serai de retour le lundi 27 avril et traiterai votre message à ce moment-là.

Pour toute question urgente concernant un recrutement, merci d'écrire à talents@santeo.fr.

Cordialement,
Élodie Marchand""",
    company="Santéo", contact="Élodie", ret="2026-04-27", lang="fr", hdrs=AUTO, reply=True,
    notes="French absence message")

add("auto_reply", "Álvaro Ruiz <aruiz@alborada.es>",
    "Respuesta automática: Disponibilidad entrevista", ("2025-08-11 10:00", "MAD"),
    """Hola,

Estoy de vacaciones hasta el 1 de septiembre, sin acceso al correo. Vuelvo a la oficina el martes 2 de septiembre.

Para cualquier asunto urgente puedes escribir a seleccion@alborada.es.

Un saludo,
Álvaro Ruiz""",
    company="Clínicas Alborada", contact="Álvaro", ret="2025-09-02", lang="es",
    hdrs=(("X-Autoreply", "yes"),), reply=True, notes="Spanish vacation responder")

add("auto_reply", "Aoife Brennan <aoife.brennan@harbourlight.ie>",
    "Re: Final interview - travel", ("2025-11-25 13:22", "DUB"),
    """Hi, I'm at our Galway clinic today with patchy signal. I'll be back in the Dublin office tomorrow and will reply then. For anything urgent ring reception on 01 555 0148.

Aoife""",
    company="Harbourlight Clinics", contact="Aoife", ret="2025-11-26", reply=True, cte="7bit",
    diff="hard", notes="relative 'tomorrow'; no auto headers; subject mentions interview")

add("auto_reply", "Róisín Doyle <roisin.doyle@stfintans.ie>",
    "Automatic reply: Interview - Nurse Informatics Lead (CNM2)", ("2025-08-22 16:45", "DUB"),
    """Thank you for your email. I am out of the office and returning Wednesday. Your message will be dealt with on my return.

If your query relates to interview arrangements for this week, please contact HR Recruitment at 01 555 0172.

Róisín Doyle
HR Officer, St Fintan's University Hospital""",
    company="St Fintan's University Hospital", contact="Róisín", ret="2025-08-27",
    role="Nurse Informatics Lead (CNM2)", hdrs=AUTO, reply=True,
    diff="hard", notes="subject says Interview; relative 'returning Wednesday'")

add("auto_reply", "Helen Marsh <h.marsh@kelsall.ac.uk>",
    "Automatic reply: Research Data Coordinator - feedback call", ("2026-02-16 09:01", "LON"),
    """I'm attending the Clinical Trials Methodology conference this week and have limited access to email. I will respond as soon as I can.

For urgent Trials Unit matters, please contact trialsunit@kelsall.ac.uk.

Helen Marsh""",
    company="University of Kelsall", contact="Helen", hdrs=AUTO, reply=True,
    diff="hard", notes="conference OOO; no return date stated")

add("auto_reply", "Gareth Pryce <g.pryce@elmstead-pcn.nhs.uk>",
    "Automatic reply: Digital Transformation Nurse - thank you", ("2025-05-27 17:35", "LON"),
    """I'm on annual leave returning 02/06/2025. I will not be checking emails.

For clinical matters please contact the duty GP via reception. For PCN business please email elmstead.pcn@nhs.net.

Gareth""",
    company="Elmstead Primary Care Network", contact="Gareth", ret="2025-06-02",
    hdrs=(("X-Autoreply", "yes"),), reply=True, cte="7bit",
    diff="hard", notes="UK day-first date 02/06/2025")

add("auto_reply", "Quayside Digital Health Talent <talent@quaysidehealth.co.uk>",
    "Re: Digital Nurse Lead - question about the role", ("2026-01-05 19:10", "LON"),
    """Thanks for getting in touch with the Talent team at Quayside Digital Health.

This is an automatic confirmation that we've received your email. We aim to respond within three working days. If your question is about an application, please include the job title in your reply.

Quayside Digital Health Talent""",
    company="Quayside Digital Health", role="Digital Nurse Lead", hdrs=AUTO, reply=True,
    notes="shared-inbox auto-acknowledgement of an email; no return date")

# ---------------------------------------------------------------- other
add("other", "JobStream Alerts <alerts@jobstream-mail.com>",
    "14 new jobs for \"Clinical Informatics\" near Dublin", ("2025-06-24 07:00", "DUB"),
    """Noor, here are today's new matches for your saved search "Clinical Informatics" near Dublin.

Clinical Informatics Nurse - Corrib Valley Hospital Group - Galway - 2 days ago
EHR Trainer (12-month contract) - Brackenford Health - Dublin 8 - 1 day ago
Nurse Informaticist - St Fintan's University Hospital - Dublin 4 - New
Customer Success Associate, Health Tech - Careloop - Remote (IE) - New
... and 10 more

See all jobs: https://jobstream.example/s/ci-dublin

You're receiving this email because you created a job alert. Unsubscribe: https://jobstream.example/unsub/a81""",
    fmt="alt", hdrs=unsub("https://jobstream.example/unsub/a81"),
    notes="job alert digest naming employers")

add("other", "Hirebeacon <jobs@hirebeacon-alerts.com>",
    "Customer Success roles you might like - apply before they close", ("2026-05-11 06:30", "LON"),
    """Jobs picked for you, Noor

Customer Success Manager - Ferncliff Health - London (Hybrid) - GBP 45k-52k
Implementation Consultant - Tessellate Care - Remote
Product Support Specialist - Pulsegrid - Remote (UK)

Easy Apply in one click. Your next interview could be a click away!

Manage alerts | Unsubscribe""",
    fmt="html", hdrs=unsub("https://hirebeacon.example/u/77"), diff="hard",
    notes="job alert with 'interview' in marketing line")

add("other", "The Career Pivot <hello@careerpivot.news>",
    "Rejected after the final round? Here's what to do next", ("2025-10-02 12:00", "NY"),
    """THE CAREER PIVOT - Issue #84

This week: rejection after the final round hurts the most. We asked five hiring managers what they wish candidates did next.

"Thank you for your interest, but we've decided to move forward with other candidates." Sound familiar? Here's how to turn that email into a relationship: reply within 48 hours, ask one specific question, and set a reminder to check back in three months.

Also inside: nurses moving into health tech - three stories; salary negotiation scripts for your first offer.

Read online | Unsubscribe""",
    fmt="alt", hdrs=unsub("https://careerpivot.news/unsubscribe?u=noor"), diff="hard",
    notes="newsletter about rejection; quotes rejection wording and mentions offer")

add("other", "Bedside to Byte Podcast <episodes@bedsidetobyte.fm>",
    "New episode: our interview with a CNIO on getting hired in health IT", ("2026-06-03 15:00", "NY"),
    """New episode out now!

In Episode 112, we interview Dr. Renata Silva, Chief Nursing Information Officer at a large academic health system, about what she looks for when hiring nurses into informatics roles, and why she turned down her first offer from a vendor.

Listen on your favourite podcast app. Thanks for subscribing!""",
    fmt="html", hdrs=unsub("https://bedsidetobyte.fm/unsub"), diff="hard",
    notes="podcast 'interview'; mentions offer; HTML only")

add("other", "Harbour Bank <alerts@harbourbank.co.uk>",
    "Your card payment was declined", ("2025-08-29 19:41", "LON"),
    """Hi Noor,

Unfortunately, a payment of GBP 64.00 to SCRUBS & CO LTD was declined on your debit card ending 4417 because it would take you over your daily limit.

If you didn't try to make this payment, freeze your card in the app straight away.

Harbour Bank""",
    diff="hard", notes="declined card, 'unfortunately'")

add("other", "GitHub <notifications@github.com>",
    "Re: [openward/fhir-nursing-examples] Add wound assessment Observation profile (PR #42)",
    ("2026-03-27 10:12", "UTC"),
    """@mkeller closed this pull request without merging.

Thanks for the contribution, @noorhaddad! We've decided not to move forward with this one: the wound assessment profile overlaps with the one in the upstream IG. Would you be open to contributing the examples there instead?

--
Reply to this email directly, view it on GitHub, or unsubscribe.""",
    hdrs=(("List-ID", "openward/fhir-nursing-examples <fhir-nursing-examples.openward.github.com>"),
          ("List-Unsubscribe", "<mailto:unsub+42@reply.github.com>"), ("Precedence", "list")),
    contact="", diff="hard", notes="PR closed: 'decided not to move forward'")

add("other", "NI Congress 2026 Programme Committee <abstracts@nicongress.org>",
    "Abstract #318 decision", ("2026-01-15 16:00", "BER"),
    """Dear Noor Haddad,

Thank you for submitting your abstract "Nurse-led redesign of discharge summaries in an EHR: a quality improvement project" to the Nursing Informatics Congress 2026.

We regret to inform you that your abstract was not accepted for oral or poster presentation. The committee received more than 900 submissions this year. Reviewer comments are available in the submission system.

We hope you will still join us in Berlin.

Programme Committee""",
    diff="hard", notes="conference abstract not accepted")

add("other", "Scrubs & Co <deals@scrubsandco.co.uk>",
    "Offer ends tonight: 20% off everything", ("2025-11-28 08:00", "LON"),
    """Black Friday is here, Noor!

Take 20% off all scrubs, clogs and compression socks with code FRIDAY20. This offer ends at midnight.

Shop now""",
    fmt="html", cte="base64", hdrs=unsub("https://scrubsandco.example/unsub"), diff="hard",
    notes="marketing 'offer'; HTML base64")

add("other", "Lettings - Greystone Property <lettings@greystoneproperty.ie>",
    "Your application for 14 Harbour View, Ringsend", ("2025-09-18 17:25", "DUB"),
    """Hi Noor,

Thank you for viewing 14 Harbour View and submitting an application. The landlord has reviewed all applications and unfortunately yours was unsuccessful on this occasion; they have chosen to proceed with another applicant.

We'll keep you on our mailing list for similar properties.

Kind regards,
Ciara
Greystone Property Lettings""",
    contact="Ciara", diff="hard", notes="rental application unsuccessful; reads like rejection")

add("other", "Clearpath Credit <no-reply@clearpathcredit.com>",
    "About your credit card application", ("2025-02-20 09:00", "NY"),
    """Dear Noor Haddad,

Thank you for your recent application for a Clearpath Rewards card. After careful review, we are unable to approve your application at this time.

The principal reason for our decision: limited credit history in the United States.

You have the right to a free copy of your credit report within 60 days.""",
    hdrs=AUTOGEN, diff="hard", notes="credit application adverse action")

add("other", "University of Kelsall Admissions <admissions@kelsall.ac.uk>",
    "Offer of a place: MSc Health Informatics (part-time)", ("2025-04-08 11:30", "LON"),
    """Dear Noor,

Congratulations! I am delighted to offer you a place on the MSc Health Informatics (part-time) programme, starting September 2025.

Your offer is unconditional. Please accept your offer through the applicant portal by 30 May 2025.

Yours sincerely,
Postgraduate Admissions
University of Kelsall""",
    diff="hard", notes="university course admission offer, not a job")

add("other", "Rahul Verma <rahul.v@medstaffers-global.com>",
    "Urgent need: Travel RN / Clinical Informatics - quick call today?", ("2026-07-20 08:14", "NY"),
    """Hi,

Hope you're doing well! I'm reaching out about multiple urgent openings with our healthcare clients:

1) Travel RN - Med/Surg - 13 weeks - Phoenix, AZ
2) Clinical Informatics Analyst (Epic Beaker) - Contract - Remote
3) Nurse Educator - Go-live support - Boston, MA

Interviews are happening THIS WEEK. If interested, please reply with your updated resume, rate expectations and a good time for a quick call.

Thanks & Regards,
Rahul Verma
Sr. Healthcare Recruiter | MedStaffers Global""",
    contact="Rahul", diff="hard", notes="recruiter mass mailing; mentions interviews and quick call")

add("other", "LinkedIn <notifications-noreply@linkedin.com>",
    "Noor, your application was viewed by Careloop", ("2026-02-05 13:02", "DUB"),
    """Your application was viewed

Careloop viewed your application for Onboarding Specialist.

Keep the momentum going: 23 similar jobs were posted this week.

This email was intended for Noor Haddad (Customer Success | Registered Nurse).
Unsubscribe""",
    fmt="alt", hdrs=unsub("https://www.linkedin.com/e/unsub"), diff="hard",
    notes="social network notification naming employer and role")

add("other", "Leila Haddad <leila.h.93@gmail.com>",
    "I GOT THE INTERVIEW", ("2025-05-02 21:30", "LON"),
    """NOOR!!! The practice manager at Westgate Dental just called and they want to interview me on Thursday!! I'm freaking out. Can you do a mock interview with me Tuesday night? You're so good at this stuff. I'll bring snacks.

Also mum says call her.

L x""",
    contact="Leila", cte="7bit", diff="hard", notes="sibling's own interview; interview time stated")

add("other", "Dominic Reyes <dom.reyes@gmail.com>",
    "Fwd: Band 7 Digital Nurse - thought of you", ("2025-11-06 12:10", "LON"),
    """Saw this on our intranet and immediately thought of you. Closing date is next Friday so don't sit on it! Happy to put a word in with the hiring manager if it helps.

Dom

---------- Forwarded message ---------
From: Workforce Bulletin <bulletin@brackenfordhealth.nhs.uk>
Date: Thu, 6 Nov 2025 at 09:00
Subject: Band 7 Digital Nurse

Brackenford Health is recruiting a Band 7 Digital Nurse to lead clinical engagement for our EPR programme. Interviews will be held w/c 1 December. Apply via NHS Jobs.""",
    contact="Dominic", diff="hard", notes="friend forwards a posting that mentions interviews")

add("other", "Nurses in Tech Community <events@nursesintech.org>",
    "Webinar: ace your health-tech interview (Thursday 6pm)", ("2026-04-13 12:00", "LON"),
    """Join us this Thursday at 6pm BST for "From ward to Zoom: acing your first health-tech interview", with three nurses now working in product and customer success.

We'll cover STAR answers, case studies, and how to talk about your clinical experience. Free for members.

Register: https://nursesintech.example/events/ace-interview""",
    fmt="alt", hdrs=unsub("https://nursesintech.example/unsub"), diff="hard",
    notes="webinar about interviews with a concrete time")

add("other", "Registration Council <noreply@nursingregistration.example>",
    "Your revalidation is due in 60 days", ("2026-07-01 09:00", "LON"),
    """Dear Noor Haddad,

Your registration renewal (revalidation) is due on 31 August 2026. Please log in to your online account to submit your practice hours, CPD and reflective accounts.

Registration Council""",
    hdrs=AUTOGEN, notes="professional registration reminder")

add("other", "Bolt Rides <receipts@boltrides.example>",
    "Your Tuesday evening trip receipt", ("2025-10-14 19:55", "LON"),
    """Thanks for riding, Noor.

Total: GBP 18.40
Pickup: Kellingford General Hospital, 13:52
Drop-off: Albert Road, 14:21

Rate your driver in the app.""",
    fmt="html", notes="ride receipt from a hospital address on interview day")

add("other", "Notion <notify@mail.notion.so>",
    "Tamsin mentioned you in Volunteer Clinic Rota", ("2026-01-19 20:44", "UTC"),
    """Tamsin Ogunleye mentioned you in Volunteer Clinic Rota

"@Noor can you cover the Saturday triage slot on the 31st? No worries if not!"

Open in Notion""",
    fmt="alt", contact="", notes="workspace notification")

add("other", "Northbridge Arena <tickets@northbridgearena.example>",
    "Important: tonight's show has been cancelled", ("2025-03-21 15:20", "LON"),
    """Dear Noor,

We regret to inform you that tonight's performance by The Low Fidelities has been cancelled due to artist illness. We're sorry for the disappointment.

Refunds will be processed automatically to your original payment method within 7-10 working days.

Northbridge Arena Box Office""",
    diff="hard", notes="'regret to inform' about a concert")

add("other", "Dublin City Half Marathon <entries@dublinhalfrun.example>",
    "Ballot result: Dublin City Half 2026", ("2026-02-02 10:00", "DUB"),
    """Hi Noor,

Thank you for entering the ballot for the Dublin City Half Marathon 2026. Unfortunately, you were not successful this time. Demand was higher than ever.

You can still join through one of our charity partners.

Race Team""",
    hdrs=BULK, diff="hard", notes="race ballot 'not successful'")

add("other", "Glassdoor Community <noreply@glassdoor-updates.example>",
    "New interview reviews for Kindlewell Health", ("2025-12-01 14:00", "NY"),
    """Companies you follow

Kindlewell Health - 3 new interview reviews
"Recruiter screen, then a case study and a panel. Got an offer after two weeks." - Customer Success Manager

Helixa Health - 1 new salary report

See all updates""",
    fmt="alt", hdrs=unsub("https://glassdoor-updates.example/unsub"), diff="hard",
    notes="review site digest; interview and offer words about an employer")

add("other", "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
    "Microsoft account unusual sign-in activity", ("2026-08-30 04:12", "UTC"),
    """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account no**@outlook.com.

Country/region: Spain
Platform: Android

If this was you, you can safely ignore this email.""",
    hdrs=AUTOGEN, notes="account security notice")

add("other", "Learnwise <no-reply@learnwise.example>",
    "Congratulations, Noor! You've earned your certificate", ("2025-07-06 18:00", "UTC"),
    """You did it!

You've completed "Product Management for Healthcare" and earned a shareable certificate. Add it to your profile to show employers what you've learned.

Next up: "SQL for Clinical Data" - enrol today and get your first month free (limited-time offer).""",
    fmt="alt", hdrs=unsub("https://learnwise.example/unsub"),
    notes="course completion; 'congratulations' and 'offer'")

add("other", "Megan Foley <megan.foley@gmail.com>",
    "Re: reference for Kindlewell", ("2026-02-12 20:15", "NY"),
    """Hey Noor,

Of course - I just got the reference request from Kindlewell and filled it in this evening. I said glowing things, obviously. They asked about how you handled the Epic downtime week, so I told them the story.

Fingers crossed!! Tell me as soon as you hear.

Meg""",
    contact="Megan", reply=True, cte="7bit", diff="hard",
    notes="former colleague about a reference check; names employer")

add("other", "Welcome to the Jobs <hebdo@wttjobs.example>",
    "Les offres de la semaine : e-santé et produit", ("2026-03-24 08:00", "PAR"),
    """Bonjour Noor,

Voici notre sélection de la semaine :

- Product Owner Junior - Santéo - Paris - CDI
- Chargé(e) de déploiement - Medisphère - Lyon - CDI
- Customer Success Manager - Vitalink - Paris - CDI

Conseil du jour : comment préparer un entretien de cas pratique ?

Se désinscrire""",
    fmt="html", hdrs=unsub("https://wttjobs.example/desinscription"), lang="fr", diff="hard",
    notes="French job digest; mentions 'entretien'")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    random.seed(9)  # MIME boundaries come from the global RNG: keep output reproducible
    recs = list(RECS)
    random.Random(9).shuffle(recs)
    rows = []
    for n, rec in enumerate(recs, start=1):
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(rec, n))
        iat = when(*rec["iat"]).isoformat() if rec["iat"] and rec["label"] == "interview" else ""
        rows.append({
            "file": name, "label": rec["label"], "company": rec["company"],
            "contact_first_name": rec["contact"], "role": rec["role"], "return_date": rec["ret"],
            "lang": rec["lang"], "difficulty": rec["diff"], "notes": rec["notes"], "interview_at": iat,
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
