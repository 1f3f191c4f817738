"""Generate the blind20 evaluation corpus: 120 labelled .eml messages for "Hannah Okoro".

Stdlib only. Run: python tests/corpus/make_blind20.py
Writes tests/corpus/blind20/NNN.eml and tests/corpus/blind20/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind20"
ME = "Hannah Okoro <hannah.okoro.careers@gmail.com>"
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]

ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []

FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _mid(n: int, domain: str) -> str:
    h = hashlib.sha1(f"blind20-{n}-{domain}".encode()).hexdigest()
    return f"<{h[:20]}.{h[20:28]}@{domain}>"


def _to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
        + "\n".join(out)
        + "\n</body></html>\n"
    )


def ics(uid: str, start: str, end: str, summary: str, organizer: str, tzid: str = "") -> str:
    """Minimal VCALENDAR text. start/end like 20260326T140000 (with tzid) or ...Z."""
    if tzid:
        ds, de = f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"
    else:
        ds, de = f"DTSTART:{start}", f"DTEND:{end}"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//blind20//corpus//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z", ds, de,
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:hannah.okoro.careers@gmail.com",
        "END:VEVENT", "END:VCALENDAR", "",
    ])


def add(
    label: str,
    *,
    frm: str,
    subj: str,
    date: str,
    body: str = "",
    company: str = "",
    contact: str = "",
    role: str = "",
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iat: str = "",
    fmt: str = "plain",
    cte: str | None = None,
    htmlbody: str | None = None,
    headers: dict[str, str] | None = None,
    pdf: str | None = None,
    cal: str | None = None,
    cal_inline: bool = False,
    reply_to: str | None = None,
    to: str = ME,
) -> None:
    n = len(MSGS) + 1
    msg = EmailMessage()
    addr = frm.rsplit("<", 1)[-1].rstrip(">")
    domain = addr.split("@")[-1]
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subj
    msg["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M %z"))
    msg["Message-ID"] = _mid(n, domain)
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if fmt == "plain":
        msg.set_content(body, cte=cte)
    elif fmt == "html":
        msg.set_content(htmlbody or _to_html(body), subtype="html", cte=cte)
    elif fmt == "alt":
        msg.set_content(body, cte=cte)
        msg.add_alternative(htmlbody or _to_html(body), subtype="html", cte=cte)
    else:
        raise ValueError(fmt)
    if cal:
        if cal_inline:
            msg.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    if pdf:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=pdf)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b20_{n:03d}_{i}_" + hashlib.md5(f"{n}/{i}".encode()).hexdigest()[:12])
    MSGS.append(msg)
    ROWS.append({
        "file": f"{n:03d}.eml", "label": label, "company": company,
        "contact_first_name": contact, "role": role, "return_date": ret, "lang": lang,
        "difficulty": diff, "notes": notes, "interview_at": iat,
    })


NR = {"Auto-Submitted": "auto-generated"}


def rejections() -> None:
    add("rejection", frm="Lakeshore Regional Health <noreply@myworkday.com>",
        subj="Your application for Clinical Research Coordinator II (R-20417)",
        date="2025-02-11 16:42 -0600", company="Lakeshore Regional Health",
        role="Clinical Research Coordinator II", headers=NR,
        body="""Dear Hannah,

Thank you for your interest in the Clinical Research Coordinator II position (R-20417) with Lakeshore Regional Health.

After careful review, we have decided to move forward with other candidates whose qualifications more closely align with the needs of the Oncology Research Office at this time.

We encourage you to visit our careers site and apply for future openings that match your background.

Sincerely,
Talent Acquisition
Lakeshore Regional Health

This is a system-generated message. Please do not reply.
""")
    add("rejection", frm="Priya Raman <priya.raman@veridianclinical.com>",
        subj="Re: CRA I conversation",
        date="2025-03-04 10:05 -0500", company="Veridian Clinical Research", contact="Priya",
        role="Clinical Research Associate I", diff="hard",
        notes="warm personal note; 'other direction' after interviews; no rejection keywords",
        reply_to="<CAHok9x-2mZ4@mail.gmail.com>",
        body="""Hi Hannah,

Thanks so much for the note, and for the time you gave us across both conversations last week. Everyone on the panel enjoyed hearing about your work on the telemetry unit.

I wanted to let you know personally that the team has gone another direction for the CRA I opening, with someone who has already done independent site monitoring visits. It was a close call.

If it's useful, I'm happy to look over other Veridian postings with you. The in-house CTA track could be a good stepping stone.

Warmly,
Priya

Priya Raman
Senior Clinical Recruiter | Veridian Clinical Research

On Fri, Feb 28, 2025 at 4:12 PM Hannah Okoro <hannah.okoro.careers@gmail.com> wrote:
> Hi Priya, thank you again for arranging the panel interview on Thursday.
> I really enjoyed meeting Dr. Aldana and the monitoring team.
> Best, Hannah
""")
    add("rejection", frm="Castellan Therapeutics <no-reply@us.greenhouse-mail.io>",
        subj="Update on your application to Castellan Therapeutics",
        date="2025-04-17 13:20 -0700", company="Castellan Therapeutics",
        role="Clinical Trial Associate", fmt="alt",
        body="""Hi Hannah,

Thanks for applying to the Clinical Trial Associate role at Castellan. We've reviewed your background and, unfortunately, we won't be progressing your application at this stage.

We receive a lot of interest in our clinical operations team and appreciate you considering us.

All the best,
The Castellan Recruiting Team
""")
    add("rejection", frm="\"Tom Beckett\" <t.beckett@harwellhospitals.nhs.uk>",
        subj="Research Nurse Band 6 - outcome of interview",
        date="2025-05-22 15:48 +0100", company="Harwell University Hospitals", contact="Tom",
        role="Research Nurse (Band 6)", diff="hard",
        notes="post-interview outcome with feedback offer; British phrasing",
        body="""Dear Hannah,

Thank you for attending interview for the Research Nurse (Band 6) post in the Cardiovascular Research Unit on Tuesday.

I'm sorry to say that on this occasion you have not been successful. The panel felt your clinical experience was strong, but the appointed candidate had more recent experience of consenting participants into CTIMPs.

If you would like feedback please drop me a line and we can arrange a short call.

Kind regards

Tom Beckett
Lead Research Nurse
Cardiovascular Research Unit
Harwell University Hospitals NHS Foundation Trust
""")
    add("rejection", frm="Corvane Medical <careers@corvanemedical.com>",
        subj="Clinical Specialist, Cardiac Rhythm - application status",
        date="2025-06-03 09:01 -0400", company="Corvane Medical",
        role="Clinical Specialist, Cardiac Rhythm", fmt="html", cte="base64",
        htmlbody="""<html><body><table width="600"><tr><td style="font-family:Helvetica">
<img src="https://cdn.corvanemedical.com/email/logo.png" alt="Corvane Medical">
<p>Hello Hannah,</p>
<p>We appreciate you taking the time to apply for <b>Clinical Specialist, Cardiac Rhythm</b>.</p>
<p>The position has now been filled. We'll keep your profile in our talent community and may reach out if a similar opportunity opens up.</p>
<p>Corvane Medical Talent Acquisition</p>
<p style="font-size:11px;color:#888">Corvane Medical, Inc. &middot; 400 Foundry Way, Marlborough, MA</p>
</td></tr></table></body></html>
""")
    add("rejection", frm="Marcus <marcus@tendwell.health>",
        subj="quick update",
        date="2025-06-19 18:33 -0700", company="Tendwell", contact="Marcus",
        role="Clinical Product Specialist", diff="hard",
        notes="very short founder note; vague subject; 'not going to work out'",
        body="""Hannah - wanted to close the loop. We talked it over as a team and the Clinical Product Specialist thing isn't going to work out right now; we need someone who's shipped EHR integrations before. Really liked talking with you though. Good luck out there.

- Marcus
""")
    add("rejection", frm="Aurelis Pharma Careers <aurelis@smartrecruiters.com>",
        subj="Aurelis Pharma | Medical Information Specialist",
        date="2025-07-08 11:15 +0200", company="Aurelis Pharma",
        role="Medical Information Specialist", fmt="alt", cte="quoted-printable",
        body="""Dear Hannah Okoro,

Thank you for your application for the position of Medical Information Specialist at Aurelis Pharma.

We have now completed our review. Regrettably, we are unable to offer you a place in the next stage of the selection process. This decision was not easy given the number of strong applications we received.

We wish you every success in your career.

Kind regards,
Aurelis Pharma Talent Acquisition
""")
    add("rejection", frm="Dr. Elaine Whitcombe <ewhitcombe@eastmarch.edu>",
        subj="RE: Research Coordinator – Pediatric Asthma Study",
        date="2025-08-14 08:27 -0400", company="University of Eastmarch", contact="Elaine",
        role="Research Coordinator", diff="hard",
        notes="rejection after final round; offer of referral to another PI; quoted invite",
        reply_to="<BY5PR11MB4021A7@BY5PR11MB4021.namprd11.prod.outlook.com>",
        body="""Hannah,

I'm sorry for the slow reply. We've completed final interviews for the coordinator role and I've offered it to another candidate, who has accepted. It came down to prior IRB submission experience, which we need on day one.

You interviewed really well, and I'd be glad to pass your CV to Dr. Osei in Pulmonology, who is hiring for a similar study this fall. Let me know if that's okay.

Best,
Elaine

Elaine Whitcombe, PhD
Associate Professor of Pediatrics
University of Eastmarch School of Medicine

-----Original Message-----
From: Elaine Whitcombe
Sent: Monday, July 28, 2025 2:10 PM
To: Hannah Okoro
Subject: Research Coordinator – Pediatric Asthma Study

Hi Hannah, could you come in for a final interview with our study team on Thursday, July 31 at 1:00 pm? We'll meet in Room 4B of the Kessler building.
""")
    add("rejection", frm="Brightmoor Health Careers <brightmoorhealth@icims.com>",
        subj="Thank you for applying - Nurse Informaticist",
        date="2025-09-02 14:03 -0500", company="Brightmoor Health", role="Nurse Informaticist",
        diff="hard", headers=NR,
        notes="ATS rejection that describes the interview steps it is not offering",
        body="""Hello Hannah,

Thank you for your interest in the Nurse Informaticist opening at Brightmoor Health.

Our process usually includes a phone screen with a recruiter, followed by interviews with the Clinical Informatics leadership team. After reviewing your application, we have determined that other applicants are a closer match to the requirements of this position, so we will not be scheduling an interview.

Your profile remains active in our system and you are welcome to apply to other roles.

Brightmoor Health Talent Acquisition
Please do not reply to this email; this mailbox is not monitored.
""")
    add("rejection", frm="Jenna Park <jenna.park@apexclinicalstaffing.com>",
        subj="Northgate role - feedback from the client",
        date="2025-09-25 12:40 -0400", company="Northgate Clinical Partners", contact="Jenna",
        role="Clinical Research Coordinator", diff="hard",
        notes="agency recruiter relays client's no; agency domain differs from employer",
        body="""Hi Hannah,

I heard back from Northgate Clinical Partners this morning about the Clinical Research Coordinator contract. Unfortunately they've decided not to proceed - the hiring manager wants someone who has coordinated Phase I studies specifically, and she felt your research exposure was mostly observational.

Don't be discouraged, your nursing background is getting great reactions. I have two more CRC roles coming through next week and I'll send them over.

Talk soon,
Jenna Park
Senior Recruiter, Clinical Research Division
Apex Clinical Staffing
(617) 555-0143
""")
    add("rejection", frm="Helixa Devices <jobs@helixadevices.com>",
        subj="=?utf-8?q?Your_Helixa_application_=E2=80=93_Field_Clinical_Engineer?=",
        date="2025-10-09 10:00 +0000", company="Helixa Devices", role="Field Clinical Engineer",
        body="""Hi Hannah,

Thank you for applying for Field Clinical Engineer at Helixa. After reviewing your profile, we've concluded it isn't the right match at this time.

This is not a reflection on your abilities; the role requires hands-on experience supporting neurostimulation implant procedures.

Best wishes,
Helixa Devices People Team
""")
    add("rejection", frm="Kingsbridge College London <recruitment@kcl-jobs.trac.jobs>",
        subj="Application outcome: Clinical Trials Data Officer (Ref 5502)",
        date="2025-10-30 17:12 +0000", company="Kingsbridge College London",
        role="Clinical Trials Data Officer", headers=NR,
        body="""Dear Hannah Okoro

Vacancy: Clinical Trials Data Officer
Reference: 5502

Thank you for applying for the above post. The shortlisting panel has now considered all applications and we regret to inform you that you have not been shortlisted for interview on this occasion.

Due to the volume of applications we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working at Kingsbridge College London.

HR Recruitment Team
""")
    add("rejection", frm="Simone Adeyemi <sadeyemi@boreal-bio.com>",
        subj="Following up",
        date="2025-11-12 09:47 -0500", company="Boreal Biosciences", contact="Simone",
        role="Clinical Operations Associate", diff="hard",
        notes="rejection plus 'let's keep in touch'; mentions offer extended to someone else",
        fmt="alt",
        body="""Hi Hannah,

Thank you again for spending the day with us on Friday. I know the onsite was a long one.

I wanted to let you know we have extended an offer to another candidate for the Clinical Operations Associate position, and they have accepted. This was genuinely a difficult decision.

I'd love to keep in touch. We expect to open a second associate role in Q2 and I'd be happy to reach out to you directly when it does.

Best,
Simone Adeyemi
Director, Clinical Operations
Boreal Biosciences
""")
    add("rejection", frm="USAJOBS <no-reply@usajobs.example.gov>",
        subj="Application status update: Health Informatics Specialist",
        date="2025-12-03 07:15 -0500", company="Federal Health Records Administration",
        role="Health Informatics Specialist", diff="hard", headers=NR,
        notes="USAJOBS-style; company only in body; 'not referred' wording",
        body="""Your application status has been updated.

Announcement number: FHRA-26-11873-MP
Position: Health Informatics Specialist, GS-0671-11
Agency: Federal Health Records Administration

Status: Not Referred

Your application was reviewed and you were found eligible and qualified; however, you were not among the best qualified candidates referred to the selecting official for further consideration.

To view your application, sign in to your account.

This is an automated message. Do not reply.
""")
    add("rejection", frm="Lucas Meyer <lucas.meyer@careloop.io>",
        subj="Re: Implementation Nurse Consultant - next steps",
        date="2026-01-15 16:30 -0800", company="Careloop", contact="Lucas",
        role="Implementation Nurse Consultant", diff="hard",
        notes="reply thread; quoted text is the earlier interview invite; decision is short",
        reply_to="<CAHok9x-QKe8b@mail.gmail.com>",
        body="""Hey Hannah,

Appreciate your patience. After the case exercise we decided to hire someone with more go-live experience on Epic, so we won't be moving you forward. I know that's not the news you were hoping for.

Thanks for all the effort you put in.

Lucas

> On Jan 6, 2026, at 9:14 AM, Lucas Meyer <lucas.meyer@careloop.io> wrote:
>
> Hi Hannah, great chatting today! Next step is a 60-minute case interview with
> our implementation leads. Can you do Monday Jan 12 at 11am PT?
""")
    add("rejection", frm="Pennine Valley NHS Trust <noreply@jobs.nhs.example.uk>",
        subj="Your application: Clinical Systems Trainer",
        date="2026-01-28 11:32 +0000", company="Pennine Valley NHS Trust",
        role="Clinical Systems Trainer", headers=NR, fmt="alt",
        body="""Dear Hannah

Thank you for your recent application for the post of Clinical Systems Trainer at Pennine Valley NHS Trust.

Unfortunately, on this occasion your application has not been successful. We received a high number of applications and the shortlisting panel had to make difficult decisions.

We would encourage you to continue to look at our vacancies.

Yours sincerely

Recruitment Services
Pennine Valley NHS Trust
""")
    add("rejection", frm="Meseta Investigación Clínica <rrhh@mesetaclinica.es>",
        subj="Candidatura: Coordinadora de Ensayos Clínicos",
        date="2026-02-10 12:05 +0100", company="Meseta Investigación Clínica",
        role="Coordinadora de Ensayos Clínicos", lang="es", contact="Lorena",
        body="""Estimada Hannah:

Le agradecemos sinceramente el interés mostrado en el puesto de Coordinadora de Ensayos Clínicos y el tiempo dedicado a la entrevista con nuestro equipo.

Tras valorar todas las candidaturas, lamentamos comunicarle que hemos optado por otro perfil cuya experiencia se ajusta más a las necesidades actuales del proyecto.

Conservaremos su currículum en nuestra base de datos para futuros procesos.

Un cordial saludo,

Lorena Castaño
Responsable de Selección
Meseta Investigación Clínica, S.L.
""")
    add("rejection", frm="=?utf-8?q?Universit=C3=A4tsklinikum_Rheinfeld?= <karriere@ukrheinfeld.de>",
        subj="Ihre Bewerbung als Study Nurse (m/w/d)",
        date="2026-02-24 09:40 +0100", company="Universitätsklinikum Rheinfeld",
        role="Study Nurse (m/w/d)", lang="de", fmt="alt", cte="quoted-printable",
        body="""Sehr geehrte Frau Okoro,

vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit als Study Nurse (m/w/d) in unserem Zentrum für Klinische Studien.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Personalabteilung
Universitätsklinikum Rheinfeld
""")
    add("rejection", frm="Greenline Health Analytics <talent@greenlinehealth.com>",
        subj="Clinical Data Analyst",
        date="2026-03-05 15:22 -0500", company="Greenline Health Analytics",
        role="Clinical Data Analyst", diff="hard",
        notes="'we are excited to share' opening; decision buried mid-paragraph",
        fmt="html",
        body="""Hi Hannah,

We're excited to share that our Clinical Data Analyst search has wrapped up! Thank you for being part of it. We met many talented people, and while we were impressed by your clinical background, we've selected a candidate with deeper SQL and reporting experience.

We'll be growing the analytics team later this year, so please keep an eye on our careers page.

Cheers,
The Greenline Talent Team
""")
    add("rejection", frm="Oliver Grant <oliver.grant@st-columba.org>",
        subj="Research Nurse Coordinator",
        date="2026-03-19 13:55 -0400", company="St. Columba Medical Center", contact="Oliver",
        role="Research Nurse Coordinator", diff="hard",
        notes="internal candidate chosen; phrased as 'position filled internally'; mentions 'offer'",
        body="""Dear Hannah,

Thank you for interviewing for the Research Nurse Coordinator position with the St. Columba Cancer Institute.

I wanted to let you know that we have filled the position with an internal candidate from our infusion unit who accepted our offer yesterday. I appreciated your thoughtful questions about protocol deviations and know you'll make a fine coordinator.

With best regards,

Oliver Grant, MSN, RN
Manager, Clinical Trials Office
St. Columba Medical Center
""")
    add("rejection", frm="Nurselytics Hiring <hiring@nurselytics.teamtailor-mail.com>",
        subj="Your application to Nurselytics",
        date="2026-04-07 10:10 +0100", company="Nurselytics", role="Clinical Content Lead",
        fmt="alt",
        body="""Hi Hannah,

Thanks for your interest in the Clinical Content Lead position and for the time you've put into your application.

We've now reviewed all applications and decided not to continue with yours. We know this isn't the answer you hoped for.

Best of luck with your search,
Nurselytics
""")
    add("rejection", frm="Laboratoires Sérène <recrutement@serene-labs.fr>",
        subj="=?utf-8?q?Votre_candidature_=E2=80=93_Attach=C3=A9e_de_Recherche_Clinique?=",
        date="2026-04-21 14:30 +0200", company="Laboratoires Sérène",
        role="Attachée de Recherche Clinique", lang="fr", contact="Claire",
        body="""Bonjour Hannah,

Nous vous remercions pour l'intérêt que vous portez aux Laboratoires Sérène et pour votre candidature au poste d'Attachée de Recherche Clinique.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous vous souhaitons une belle réussite dans vos recherches.

Bien cordialement,

Claire Dumont
Chargée de recrutement
Laboratoires Sérène
""")
    add("rejection", frm="Ravi Chandrasekar <rchandrasekar@pulsegrid.com>",
        subj="Fwd: Hannah Okoro - Clinical Applications Specialist",
        date="2026-05-13 11:02 -0500", company="PulseGrid", contact="Ravi",
        role="Clinical Applications Specialist", diff="hard",
        notes="recruiter forwards hiring manager's decision; forwarded part written by someone else",
        body="""Hi Hannah,

Passing along the feedback from Kara below. I'm sorry this one didn't work out - I thought the final round went well. Please don't hesitate to apply for the Dallas opening when it posts.

Ravi

---------- Forwarded message ---------
From: Kara Lindqvist <klindqvist@pulsegrid.com>
Date: Tue, May 12, 2026 at 4:41 PM
Subject: Hannah Okoro - Clinical Applications Specialist
To: Ravi Chandrasekar <rchandrasekar@pulsegrid.com>

Ravi - thanks for sending Hannah through. Strong clinically and great with the demo, but we're going to pass; I need someone who can travel 70% and she was clear that's not possible. Please let her know.

Kara
""")
    add("rejection", frm="Marlow County Public Health <jobs@governmentjobs.example.com>",
        subj="Marlow County: Epidemiology Nurse - Eligibility Notice",
        date="2026-06-09 08:00 -0400", company="Marlow County Department of Public Health",
        role="Epidemiology Nurse", diff="hard", headers=NR,
        notes="government eligibility notice; 'not selected' after list established",
        body="""Dear Hannah Okoro,

The hiring department has completed its review of candidates on the eligible list for Epidemiology Nurse (Recruitment #26-0412).

You were not selected for this position. Your name will remain on the eligible list until it expires on 12/31/2026, and you may be contacted if another vacancy occurs.

Marlow County Human Resources
""")
    add("rejection", frm="Anna from Vitalmesh <anna@vitalmesh.co>",
        subj="Thanks Hannah",
        date="2026-07-16 17:45 +0100", company="Vitalmesh", contact="Anna",
        role="Clinical Safety Officer", diff="hard",
        notes="short and kind; 'decided to pursue other applicants'; subject only 'Thanks'",
        body="""Hi Hannah,

Thank you for the conversation on Tuesday about the Clinical Safety Officer role. We've decided to pursue other applicants whose DCB0129 experience more closely matches where we are as a company right now.

I hope our paths cross again.

Anna
Head of Clinical, Vitalmesh
""")
    add("rejection", frm="Talent Acquisition <talent@tidemark-health.com>",
        subj="Your candidacy - Patient Safety Analyst",
        date="2026-09-01 12:00 -0600", company="Tidemark Health", role="Patient Safety Analyst",
        diff="hard", fmt="alt", cte="base64",
        notes="'great fit for the organisation, not for this role'; base64",
        body="""Dear Hannah,

We enjoyed learning about you during the interview process for the Patient Safety Analyst position. Our team agreed you would be a great addition to Tidemark Health, just not for this particular role, which has been offered to a candidate with a risk-management certification.

We would welcome an application from you for future openings.

Regards,
Talent Acquisition, Tidemark Health
""")


def on_holds() -> None:
    add("on_hold", frm="Deborah Flynn <dflynn@lakeshorerh.org>",
        subj="Nurse Educator - Clinical Informatics: search paused",
        date="2025-03-27 11:20 -0500", company="Lakeshore Regional Health", contact="Deborah",
        role="Nurse Educator - Clinical Informatics",
        body="""Hi Hannah,

I'm writing to let you know that we're pausing the search for the Nurse Educator - Clinical Informatics role. Our EHR upgrade has been pushed to next fiscal year, and leadership has asked us not to add headcount to the project until the new timeline is approved.

This has nothing to do with your candidacy; you were one of the people we most wanted to bring back for a second conversation. If the role reopens, I'll reach out to you first.

Best regards,
Deborah Flynn
Director, Clinical Informatics
Lakeshore Regional Health
""")
    add("on_hold", frm="Castellan Therapeutics <no-reply@us.greenhouse-mail.io>",
        subj="Regarding your application to Castellan Therapeutics",
        date="2025-06-26 15:05 -0700", company="Castellan Therapeutics",
        role="Clinical Trial Manager", diff="hard",
        notes="requisition cancelled; ATS template sounds like a rejection ('will no longer be considered')",
        body="""Hi Hannah,

Thank you for your interest in the Clinical Trial Manager position at Castellan Therapeutics.

We wanted to let you know that this requisition has been cancelled due to a change in our program priorities, and as a result, applications for it will no longer be considered. We are sorry for any inconvenience.

We encourage you to review our other openings.

Castellan Recruiting
""")
    add("on_hold", frm="Apex Clinical Staffing <jenna.park@apexclinicalstaffing.com>",
        subj="Heads up on the Orison CRC contract",
        date="2025-08-21 09:12 -0400", company="Orison Research", contact="Jenna",
        role="Clinical Research Coordinator", diff="hard",
        notes="agency; client study lost funding; staffing company in display name",
        body="""Hi Hannah,

Quick heads up: Orison Research just told me the sponsor pulled funding for the dermatology study, so they've frozen the CRC contract we submitted you for. Nothing to do with you - they were keen to interview you next week.

I'll keep you posted if it comes back to life. In the meantime I'm still shopping your profile to two other sites.

Jenna
""")
    add("on_hold", frm="Workday <aurorahealth@myworkday.com>",
        subj="Job Posting Closed: Clinical Documentation Integrity Specialist",
        date="2025-11-04 06:30 -0600", company="Aurora Valley Health",
        role="Clinical Documentation Integrity Specialist", diff="hard", headers=NR,
        notes="ATS 'posting closed' notice; no candidate decision; company only in body/signature",
        body="""Hi Hannah,

The job posting JR-88321 Clinical Documentation Integrity Specialist, for which you applied, is no longer open. The position is not being filled at this time and your application is now inactive.

You can review other opportunities on our career site.

Aurora Valley Health Recruiting
""")
    add("on_hold", frm="Sophie Laurent <sophie.laurent@ridgefield.edu>",
        subj="Re: Clinical Research Nurse position",
        date="2026-01-09 14:17 -0500", company="Ridgefield University", contact="Sophie",
        role="Clinical Research Nurse", diff="hard",
        notes="university hiring freeze; warm tone; quoted thank-you mentions interview",
        reply_to="<CAHok9x-Rf88@mail.gmail.com>",
        body="""Dear Hannah,

Thank you for your kind note. I'm sorry to tell you that the university announced a hiring freeze on all non-faculty positions yesterday, effective immediately, and our Clinical Research Nurse position is included. We don't yet know how long it will last; the guidance says at least through the end of the spring semester.

I'll write again if and when we can resume. You were our top candidate.

Sophie

Sophie Laurent, RN, CCRP
Research Operations Manager
Ridgefield University Clinical Research Center

On Tue, Jan 6, 2026, Hannah Okoro wrote:
> Dear Sophie, thank you for the interview yesterday. I'm very excited
> about the oncology portfolio and look forward to hearing from you.
""")
    add("on_hold", frm="Helixa Devices <jobs@helixadevices.com>",
        subj="An update on the Clinical Education Specialist role",
        date="2026-03-02 10:45 -0500", company="Helixa Devices",
        role="Clinical Education Specialist", fmt="alt",
        body="""Hi Hannah,

Following our recent company reorganization, the Clinical Education Specialist role has been put on hold while our commercial team finalizes its structure for the year.

We'll keep your application on file and contact you if hiring resumes for this position.

Thank you for your patience,
Helixa People Team
""")
    add("on_hold", frm="Gareth Hughes <gareth.hughes@medisource-recruit.co.uk>",
        subj="Aurelis - Pharmacovigilance Associate",
        date="2026-04-15 16:02 +0100", company="Aurelis Pharma", contact="Gareth",
        role="Pharmacovigilance Associate", diff="hard",
        notes="UK agency recruiter; client budget pulled; says 'unfortunately'",
        body="""Hi Hannah,

Unfortunately I've had some frustrating news from Aurelis this afternoon. Their budget for the Pharmacovigilance Associate headcount has been re-allocated to the Q3 launch, so they're not hiring for the role for the time being. They were genuinely keen to meet you.

I'll chase them again in July.

Cheers,
Gareth Hughes
Principal Consultant - Life Sciences
Medisource Recruitment Ltd
""")
    add("on_hold", frm="KlinForsch Personal <bewerbung@klinforsch.de>",
        subj="Ihre Bewerbung: Clinical Research Associate (m/w/d)",
        date="2026-05-20 13:15 +0200", company="KlinForsch GmbH", lang="de",
        role="Clinical Research Associate (m/w/d)", contact="Miriam",
        notes="German; position on hold",
        body="""Sehr geehrte Frau Okoro,

vielen Dank für Ihr Interesse an der Position Clinical Research Associate (m/w/d).

Aufgrund interner Umstrukturierungen haben wir entschieden, die Besetzung dieser Stelle vorerst auszusetzen. Wir werden uns bei Ihnen melden, sobald wir das Auswahlverfahren wieder aufnehmen.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Miriam Kessler
Personalreferentin
KlinForsch GmbH
""")
    add("on_hold", frm="Tendwell <jobs@ashbyhq.com>",
        subj="Tendwell - Nurse Care Manager (Remote)",
        date="2026-08-06 12:30 -0700", company="Tendwell", role="Nurse Care Manager (Remote)",
        diff="hard", notes="'we've stopped hiring for this role'; Ashby sender domain",
        body="""Hi Hannah,

We wanted to give you an update on the Nurse Care Manager (Remote) role. We've made the decision to stop hiring for this position for now while we re-evaluate our care model for the next year.

We're grateful for your time and will reach out if things change.

Tendwell Talent
""")
    add("on_hold", frm="Yusuf Ahmed <yusuf.ahmed@stcolumba.org>",
        subj="Clinical Informatics Analyst - timeline",
        date="2026-10-13 08:55 -0400", company="St. Columba Medical Center", contact="Yusuf",
        role="Clinical Informatics Analyst", diff="hard",
        notes="delay due to leadership change; no promise; mentions interviews already done",
        body="""Hi Hannah,

I owe you an update after your interviews last month. Our CNIO has just left and the new leadership team has asked us to hold all open informatics requisitions, including the Clinical Informatics Analyst role, until they review the department's priorities. I realistically expect at least eight weeks before we know more.

I'm sorry to leave you in limbo.

Yusuf Ahmed
Informatics Manager, St. Columba Medical Center
""")


def offers() -> None:
    add("offer", frm="Priya Raman <priya.raman@veridianclinical.com>",
        subj="Offer of employment - Clinical Trial Assistant",
        date="2025-05-07 17:10 -0400", company="Veridian Clinical Research", contact="Priya",
        role="Clinical Trial Assistant", pdf="Veridian_Offer_Letter_HOkoro.pdf",
        body="""Hi Hannah,

Congratulations! As discussed on the phone earlier, I'm delighted to offer you the position of Clinical Trial Assistant at Veridian Clinical Research. Your offer letter is attached, with details of your salary, start date and benefits.

Please review, sign and return it by Wednesday, May 14. Let me know if you have any questions at all.

Best,
Priya Raman
Senior Clinical Recruiter | Veridian Clinical Research
""")
    add("offer", frm="Oliver Grant <oliver.grant@st-columba.org>",
        subj="Following up on our call",
        date="2025-10-21 18:04 -0400", company="St. Columba Medical Center", contact="Oliver",
        role="Research Nurse II", diff="hard",
        notes="written follow-up to verbal offer; never says 'offer'",
        body="""Hannah,

It was great to speak this afternoon and to hear how excited you are about joining the team. To recap what we discussed: the Research Nurse II role on the Phase I unit, starting December 1, at $46.80/hour, day shift with one on-call weekend a month.

HR will send the formal paperwork through Taleo tomorrow, including the background check consent. Once that's done we can lock in your orientation date.

Welcome aboard - really looking forward to working with you.

Oliver
""")
    add("offer", frm="Boreal Biosciences <boreal@hire.lever.co>",
        subj="Your offer from Boreal Biosciences",
        date="2026-05-28 10:30 -0400", company="Boreal Biosciences", contact="Simone",
        role="Clinical Operations Associate", fmt="html",
        body="""Hi Hannah,

We are thrilled to extend you an offer to join Boreal Biosciences as a Clinical Operations Associate!

Please review and e-sign your offer letter using the secure link below. The link will expire in 5 days.

View offer letter

If you have any questions, please contact Simone Adeyemi.

The Boreal Biosciences Team
""")
    add("offer", frm="Hospital San Rafael <seleccion@hsanrafael.es>",
        subj="Propuesta de incorporación – Enfermera de Investigación",
        date="2026-06-30 13:20 +0200", company="Hospital San Rafael", contact="Beatriz",
        role="Enfermera de Investigación", lang="es", fmt="alt", cte="quoted-printable",
        body="""Hola Hannah:

Nos complace comunicarte que has sido seleccionada para el puesto de Enfermera de Investigación en la Unidad de Ensayos Clínicos del Hospital San Rafael.

Te adjuntamos la propuesta de contrato con las condiciones económicas y la fecha de incorporación prevista (1 de septiembre). Te agradeceríamos una respuesta antes del 10 de julio.

¡Enhorabuena y bienvenida!

Beatriz Lozano
Recursos Humanos – Hospital San Rafael
""", pdf="Propuesta_HOkoro.pdf")
    add("offer", frm="Anna from Vitalmesh <anna@vitalmesh.co>",
        subj="Good news!",
        date="2026-09-24 09:15 +0100", company="Vitalmesh", contact="Anna",
        role="Clinical Implementation Lead", diff="hard",
        notes="informal; 'we'd love you to join'; mentions earlier rejection",
        body="""Hi Hannah,

I know things didn't work out with the safety officer role earlier in the year, so I'm especially pleased to write this one: we'd love you to join Vitalmesh as our Clinical Implementation Lead. The package is £52,000 plus options, hybrid with two days a week in our Manchester office.

Tom in People Ops will send the contract today. Shall we grab 15 minutes tomorrow to answer any questions?

Anna
""")
    add("offer", frm="PulseGrid HR <hr-noreply@pulsegrid.com>",
        subj="Action required: Review your PulseGrid offer",
        date="2026-11-03 09:00 -0600", company="PulseGrid", contact="Ravi",
        role="Clinical Education Specialist", headers=NR, fmt="alt",
        notes="ATS offer notice; names recruiter",
        body="""Hello Hannah,

Congratulations! PulseGrid has extended you an offer for the Clinical Education Specialist position.

To review and accept your offer, log in to the candidate portal. The offer expires on November 10, 2026.

Questions? Contact your recruiter, Ravi Chandrasekar.

PulseGrid Human Resources
""")


def interviews() -> None:
    add("interview", frm="Brightmoor Health Careers <brightmoorhealth@icims.com>",
        subj="Next step: phone screen for Clinical Research Coordinator",
        date="2025-01-14 10:22 -0600", company="Brightmoor Health", contact="Keanu",
        role="Clinical Research Coordinator",
        body="""Hi Hannah,

Thanks for applying for the Clinical Research Coordinator position in our Neurosciences Research Program. I'd like to set up a 30-minute phone screen to learn more about your background.

Please pick a time that works for you here: https://calendly.com/brightmoor-keanu/crc-phone-screen

Looking forward to speaking with you,
Keanu Makoa
Talent Acquisition Partner
Brightmoor Health
""")
    add("interview", frm="Veridian Clinical Research <scheduling@veridianclinical.com>",
        subj="Confirmed: Panel interview - Clinical Research Associate I",
        date="2025-02-21 12:30 -0500", company="Veridian Clinical Research", contact="Priya",
        role="Clinical Research Associate I", iat="2025-02-27T14:00:00-05:00", fmt="alt",
        body="""Hi Hannah,

Your panel interview is confirmed.

Role: Clinical Research Associate I
Date: Thursday, February 27, 2025
Time: 2:00 PM - 3:30 PM Eastern Time
Location: Zoom (link below)
Panel: Dr. Marta Aldana (Clinical Operations), Kevin Shore (Monitoring Lead), Priya Raman (Recruiting)

Join Zoom: https://veridianclinical.zoom.us/j/84120077361

If you need to reschedule, reply to this email at least 24 hours in advance.

Priya Raman
Senior Clinical Recruiter
""")
    add("interview", frm="Lakeshore Regional Health <noreply@myworkday.com>",
        subj="Interview Scheduled: Nurse Educator - Clinical Informatics",
        date="2025-03-03 15:02 -0600", company="Lakeshore Regional Health",
        role="Nurse Educator - Clinical Informatics", headers=NR, iat="2025-03-10T13:30:00-05:00",
        diff="hard", notes="date given across DST change; Workday template; interviewers named but no signer",
        body="""Hello Hannah,

An interview has been scheduled for you.

Job Requisition: R-20588 Nurse Educator - Clinical Informatics
Interview Type: Video (Microsoft Teams)
Start: Monday, March 10, 2025 1:30 PM CDT
End: Monday, March 10, 2025 2:30 PM CDT
Interviewers: Deborah Flynn, Director, Clinical Informatics; Sam Ortiz, Informatics Nurse Specialist

You can view the details in the Candidate Home section of our careers site.

Lakeshore Regional Health Talent Acquisition
""")
    add("interview", frm="Castellan Therapeutics <scheduling@goodtime.io>",
        subj="Castellan Therapeutics - schedule your interview",
        date="2025-04-02 09:48 -0700", company="Castellan Therapeutics",
        role="Clinical Trial Associate", diff="hard",
        notes="GoodTime availability request; sender is scheduling vendor",
        headers=NR,
        body="""Hi Hannah,

The Castellan Therapeutics team would like to schedule a 45-minute video interview with you for the Clinical Trial Associate role.

Please share your availability for the next 7 business days using the link below. Times are shown in your local time zone.

https://app.goodtime.io/availability/castellan/3ac9e71b

Thank you!
Castellan Recruiting Coordination
""")
    add("interview", frm="=?utf-8?q?Tom_Beckett?= <t.beckett@harwellhospitals.nhs.uk>",
        subj="Invitation to interview - Research Nurse (Band 6)",
        date="2025-05-08 12:14 +0100", company="Harwell University Hospitals", contact="Tom",
        role="Research Nurse (Band 6)", iat="2025-05-20T10:30:00+01:00",
        body="""Dear Hannah,

Following shortlisting, I am pleased to invite you to interview for the post of Research Nurse (Band 6) in the Cardiovascular Research Unit.

Date: Tuesday 20 May 2025
Time: 10:30
Venue: Seminar Room 2, Education Centre, Harwell General Hospital

The interview will include a 10-minute presentation on "Maintaining participant safety in a busy research clinic", followed by questions from the panel. Please bring photo ID and your NMC PIN.

Kind regards

Tom Beckett
Lead Research Nurse
""")
    add("interview", frm="Marcus <marcus@tendwell.health>",
        subj="coffee chat?",
        date="2025-06-10 16:05 -0700", company="Tendwell", contact="Marcus",
        role="Clinical Product Specialist", iat="2025-06-11T10:30:00-07:00", diff="hard",
        notes="informal founder chat, relative date 'tomorrow'; no word interview",
        body="""Hey Hannah,

Thanks for sending over your portfolio, the triage flow redesign was great. I put 10:30 tomorrow morning (PT) on both our calendars for a quick chat about the Clinical Product Specialist role - just a video call, nothing formal. Google Meet link is in the invite.

Marcus
Co-founder, Tendwell
""")
    add("interview", frm="Elaine Whitcombe <ewhitcombe@eastmarch.edu>",
        subj="Final interview - Research Coordinator",
        date="2025-07-28 14:10 -0400", company="University of Eastmarch", contact="Elaine",
        role="Research Coordinator", iat="2025-07-31T13:00:00-04:00",
        cal=ics("eastmarch-rc-0731", "20250731T130000", "20250731T140000",
                "Final interview: Hannah Okoro - Research Coordinator", "ewhitcombe@eastmarch.edu",
                "America/New_York"),
        cal_inline=True, fmt="alt",
        body="""Hi Hannah,

Could you come in for a final interview with our study team on Thursday, July 31 at 1:00 pm? We'll meet in Room 4B of the Kessler building. I've sent a calendar invitation; accept it if the time works.

Best,
Elaine
""")
    add("interview", frm="Olivia at Aurora Valley Health <olivia@paradox.ai>",
        subj="Interview confirmed: Clinical Research Nurse",
        date="2025-09-12 19:41 -0500", company="Aurora Valley Health",
        role="Clinical Research Nurse", iat="2025-09-17T15:00:00-05:00", diff="hard",
        notes="Paradox assistant 'Olivia' is a bot, not a contact; sender domain is vendor",
        fmt="html",
        body="""Hi Hannah! It's Olivia, the virtual recruiting assistant for Aurora Valley Health.

Your interview for Clinical Research Nurse is confirmed for Wed, Sep 17, 2025 at 3:00 PM CDT.

Location: Aurora Valley Medical Center, 2100 Prairie Ave, 3rd floor research office. Please check in at the main lobby desk 10 minutes early.

Need to reschedule? Just reply to this message.
""")
    add("interview", frm="Simone Adeyemi <sadeyemi@boreal-bio.com>",
        subj="Your visit to Boreal on Friday, November 7",
        date="2025-10-30 11:25 -0400", company="Boreal Biosciences", contact="Simone",
        role="Clinical Operations Associate", iat="2025-11-07T09:30:00-05:00", diff="hard",
        notes="onsite itinerary; no word interview; DST ends between Date and visit",
        pdf="Boreal_visit_itinerary.pdf",
        body="""Hi Hannah,

We're looking forward to hosting you next Friday, November 7. Here's the plan for the day (itinerary also attached):

9:30 AM  Arrive at 88 Harbor Street, Cambridge; meet me at reception
9:45 AM  Clinical operations overview with me
10:30 AM Conversation with Dev Malhotra, Clinical Trial Manager
11:15 AM Case exercise: site feasibility review
12:15 PM Lunch with two of our CTAs
1:15 PM  Wrap-up with Dr. Ruth Kaplan, VP Clinical Development

All times Eastern. Parking validation is available at the front desk.

Best,
Simone
""")
    add("interview", frm="Lucas Meyer <lucas.meyer@careloop.io>",
        subj="Careloop case interview - Mon Jan 12, 11:00 AM PST",
        date="2026-01-07 10:40 -0800", company="Careloop", contact="Lucas",
        role="Implementation Nurse Consultant", iat="2026-01-12T11:00:00-08:00",
        headers={"X-Mailer": "ModernLoop"},
        cal=ics("ml-careloop-77212", "20260112T190000Z", "20260112T200000Z",
                "Case interview: Implementation Nurse Consultant", "scheduling@modernloop.io"),
        body="""Hi Hannah,

Your case interview is booked:

Monday, January 12, 2026
11:00 AM - 12:00 PM PST
Interviewers: Lucas Meyer, Ana Ruiz (Implementation Leads)
Format: Zoom, screen share

You'll receive a short written scenario 15 minutes before we start. The calendar invitation is attached.

Lucas
""")
    add("interview", frm="Sophie Laurent <sophie.laurent@ridgefield.edu>",
        subj="Clinical Research Nurse interview",
        date="2025-12-18 09:05 -0500", company="Ridgefield University", contact="Sophie",
        role="Clinical Research Nurse", iat="2026-01-05T10:00:00-05:00",
        body="""Dear Hannah,

Thank you for your application for the Clinical Research Nurse position. We would like to invite you to interview with me and Dr. Patel on Monday, January 5 at 10:00 AM, at the Clinical Research Center (Building C, 2nd floor). Expect about an hour.

Please confirm that this works for you.

Happy holidays,
Sophie Laurent, RN, CCRP
Research Operations Manager
""")
    add("interview", frm="Lorena Castaño <lcastano@mesetaclinica.es>",
        subj="Entrevista – Coordinadora de Ensayos Clínicos",
        date="2026-01-20 10:30 +0100", company="Meseta Investigación Clínica", contact="Lorena",
        role="Coordinadora de Ensayos Clínicos", lang="es", iat="2026-01-27T16:00:00+01:00",
        fmt="alt", cte="quoted-printable",
        body="""Hola Hannah:

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista por videollamada el martes 27 de enero a las 16:00 (hora de Madrid). Participarán Jorge Benítez, director de operaciones clínicas, y yo misma.

Te enviaremos el enlace de Teams el día anterior. Si tienes algún problema con el horario, avísame.

Un saludo,
Lorena Castaño
Responsable de Selección
""")
    add("interview", frm="Daniel Reyes <dreyes@quintessahealth.com>",
        subj="Re: Following up - Clinical Quality Specialist",
        date="2026-02-16 08:50 -0500", company="Quintessa Health", contact="Daniel",
        role="Clinical Quality Specialist", iat="2026-02-18T11:00:00-05:00", diff="hard",
        notes="quoted message from candidate asks whether she was rejected; relative date",
        reply_to="<CAHok9x-q771@mail.gmail.com>",
        body="""Hi Hannah,

Not at all - apologies for the radio silence, our director was out. We'd very much like to talk. I've booked a video interview with me and Jess Carter for Wednesday at 11:00 ET; the invite should be in your inbox shortly.

Daniel

Daniel Reyes
Quality & Patient Safety Manager
Quintessa Health

On Fri, Feb 13, 2026 at 3:03 PM Hannah Okoro <hannah.okoro.careers@gmail.com> wrote:
> Hi Daniel, I wanted to follow up on my application for the Clinical Quality
> Specialist role. If you've decided to go in another direction, I completely
> understand - I'd just appreciate knowing either way. Thank you!
""")
    add("interview", frm="Luise Albrecht <l.albrecht@albrecht-medtech.de>",
        subj="Einladung zum Vorstellungsgespräch",
        date="2026-03-03 14:12 +0100", company="Albrecht Medizintechnik GmbH", contact="Luise",
        role="Clinical Affairs Specialist (m/w/d)", lang="de", iat="2026-03-12T10:00:00+01:00",
        body="""Sehr geehrte Frau Okoro,

vielen Dank für Ihre Bewerbung als Clinical Affairs Specialist (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Videokonferenz ein:

Donnerstag, 12. März 2026, 10:00 Uhr
Dauer: ca. 60 Minuten

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Luise Albrecht
Human Resources
Albrecht Medizintechnik GmbH
""")
    add("interview", frm="Gareth Hughes <gareth.hughes@medisource-recruit.co.uk>",
        subj="Aurelis want to meet you!",
        date="2026-03-24 11:40 +0000", company="Aurelis Pharma", contact="Gareth",
        role="Pharmacovigilance Associate", diff="hard",
        notes="agency recruiter; client named in subject; asks for availability",
        body="""Hi Hannah,

Great news - Aurelis loved your CV and want to set up a first-stage Teams interview for the Pharmacovigilance Associate role with their PV Operations Manager.

Are you free any time Thursday or Friday afternoon this week? Send me a couple of slots and I'll lock it in.

Cheers,
Gareth
""")
    add("interview", frm="Nurselytics <hello@nurselytics.com>",
        subj="Let's talk - Clinical Content Lead",
        date="2026-03-10 13:00 +0000", company="Nurselytics", contact="Fiona",
        role="Clinical Content Lead", diff="hard", fmt="html",
        notes="'grab 30 minutes' Calendly link; no word interview",
        body="""Hi Hannah,

Fiona here, Head of Clinical at Nurselytics. Your application for Clinical Content Lead stood out - especially the patient-education leaflets you wrote for the renal unit.

Would you like to grab 30 minutes with me to talk about the role and what we're building? Pick whatever suits: https://calendly.com/nurselytics-fiona/30min

Fiona
""")
    add("interview", frm="PulseGrid Recruiting <rchandrasekar@pulsegrid.com>",
        subj="Final round: panel presentation - Clinical Applications Specialist",
        date="2026-04-30 15:20 -0500", company="PulseGrid", contact="Ravi",
        role="Clinical Applications Specialist", iat="2026-05-07T13:00:00-05:00",
        fmt="alt",
        body="""Hi Hannah,

Congratulations on making it to the final round! Here are the details:

When: Thursday, May 7, 1:00 PM - 3:00 PM Central
Where: PulseGrid HQ, 1200 Commerce St, Dallas, 14th floor
What: 20-minute product demo presentation to a panel (Kara Lindqvist, VP Clinical; two senior specialists), followed by Q&A and a 1:1 with Kara

You'll receive a demo environment login by Monday. Let me know if you need travel arranged.

Ravi Chandrasekar
Talent Partner, PulseGrid
""")
    add("interview", frm="Anna from Vitalmesh <anna@vitalmesh.co>",
        subj="Moving our call",
        date="2026-07-10 12:30 +0100", company="Vitalmesh", contact="Anna",
        role="Clinical Safety Officer", iat="2026-07-14T16:00:00+01:00", diff="hard",
        notes="reschedule; new time given as London time; no word interview",
        body="""Hi Hannah,

Sorry to do this - something's come up on Monday. I've moved our conversation about the Clinical Safety Officer role to Tuesday 14 July at 4pm London time, same Meet link. Shout if that doesn't work.

Anna
""")
    add("interview", frm="Tidemark Health <noreply@jobvite.com>",
        subj="Tidemark Health: let's schedule a call",
        date="2026-08-11 10:15 -0600", company="Tidemark Health",
        role="Patient Safety Analyst", diff="hard", headers=NR,
        notes="recruiter phone conversation request via Jobvite; no word interview",
        body="""Hi Hannah,

Thank you for applying to Tidemark Health! A member of our recruiting team would like to schedule a 20-minute phone conversation to discuss the Patient Safety Analyst position and your experience.

Choose a time using this link: https://jobs.jobvite.com/tidemark/schedule/9af1c

Tidemark Health Recruiting
""")
    add("interview", frm="Yusuf Ahmed <yusuf.ahmed@stcolumba.org>",
        subj="Invitation: Clinical Informatics Analyst interview @ Tue Sep 15, 2026 9am - 10:30am (EDT)",
        date="2026-09-04 16:18 -0400", company="St. Columba Medical Center", contact="Yusuf",
        role="Clinical Informatics Analyst", iat="2026-09-15T09:00:00-04:00",
        cal=ics("stc-cia-0915", "20260915T090000", "20260915T103000",
                "Clinical Informatics Analyst interview", "yusuf.ahmed@stcolumba.org",
                "America/New_York"),
        cal_inline=True, fmt="alt",
        body="""Clinical Informatics Analyst interview
Tuesday Sep 15, 2026 9am - 10:30am (Eastern Time - New York)

Hi Hannah - this will be with me, our Epic Beacon analyst and the oncology nurse manager. We'll spend part of the time walking through a build scenario.

Location: St. Columba Medical Center, Admin Building, Conference Room 5

Organizer: yusuf.ahmed@stcolumba.org
""")
    add("interview", frm="Greenline Health Analytics <talent@greenlinehealth.com>",
        subj="Next step: take-home exercise",
        date="2026-02-19 09:30 -0500", company="Greenline Health Analytics",
        role="Clinical Data Analyst", contact="Mateo",
        body="""Hi Hannah,

Thanks for speaking with Mateo last week. The next step for the Clinical Data Analyst role is a short take-home exercise (about 2-3 hours) using a de-identified readmissions dataset, followed by a 45-minute review interview with two members of the analytics team.

You'll find the exercise instructions at the link below. Once you submit, we'll reach out to schedule the review session.

https://greenlinehealth.recruitee.com/assessments/7c21

Mateo Silva
Analytics Manager, Greenline Health Analytics
""")
    add("interview", frm="Clinique du Parc <rh@cliniqueduparc.fr>",
        subj="Entretien – Infirmière de recherche clinique",
        date="2026-06-02 09:50 +0200", company="Clinique du Parc", contact="Isabelle",
        role="Infirmière de recherche clinique", lang="fr", diff="hard",
        notes="French; several slots offered, no single time",
        body="""Bonjour Madame Okoro,

Suite à votre candidature au poste d'Infirmière de recherche clinique, nous serions heureux de vous rencontrer lors d'un entretien en visioconférence.

Pourriez-vous nous indiquer vos disponibilités parmi les créneaux suivants ?
- lundi 8 juin à 14h00
- mardi 9 juin à 10h30
- jeudi 11 juin à 15h00

Bien cordialement,
Isabelle Marchand
Service des Ressources Humaines
Clinique du Parc
""")


def acks() -> None:
    add("application_received", frm="Lakeshore Regional Health <noreply@myworkday.com>",
        subj="Thank you for applying: Clinical Research Coordinator II",
        date="2025-01-21 22:14 -0600", company="Lakeshore Regional Health",
        role="Clinical Research Coordinator II", headers=NR,
        body="""Dear Hannah,

Thank you for applying for R-20417 Clinical Research Coordinator II. We have received your application and our recruiting team will review it.

You can check the status of your application at any time by signing in to Candidate Home.

Lakeshore Regional Health Talent Acquisition
""")
    add("application_received", frm="Castellan Therapeutics <no-reply@us.greenhouse-mail.io>",
        subj="Thanks for applying to Castellan Therapeutics!",
        date="2025-03-28 08:02 -0700", company="Castellan Therapeutics",
        role="Clinical Trial Associate", fmt="alt",
        body="""Hi Hannah,

Thanks for your interest in Castellan Therapeutics! We've received your application for the Clinical Trial Associate role and our team is reviewing it now.

If your experience is a match, someone from our recruiting team will be in touch about next steps.

Best,
Castellan Recruiting
""")
    add("application_received", frm="Harwell University Hospitals NHS Foundation Trust <noreply@trac.jobs>",
        subj="Application received - 301-CRU-4471 Research Nurse",
        date="2025-04-14 21:37 +0100", company="Harwell University Hospitals",
        role="Research Nurse (Band 6)", diff="hard", headers=NR,
        notes="NHS template says if not contacted by a date, assume unsuccessful",
        body="""Dear Hannah Okoro

Thank you for submitting your application for the post of Research Nurse (Band 6), reference 301-CRU-4471.

Shortlisting is expected to take place on 2 May 2025. If you have not heard from us within three weeks of the closing date, please assume that your application has not been successful on this occasion.

Please check your email account regularly, including your junk folder, as all correspondence will be sent by email.

Recruitment Team
Harwell University Hospitals NHS Foundation Trust
""")
    add("application_received", frm="Aurelis Pharma <aurelis@smartrecruiters.com>",
        subj="Your application: Medical Information Specialist",
        date="2025-06-12 10:44 +0200", company="Aurelis Pharma",
        role="Medical Information Specialist", fmt="html", cte="base64",
        body="""Dear Hannah,

Thank you for applying for Medical Information Specialist at Aurelis Pharma. We have successfully received your application.

We will review your profile carefully and get back to you as soon as possible.

Kind regards,
Aurelis Pharma Talent Acquisition
""")
    add("application_received", frm="Brightmoor Health Careers <brightmoorhealth@icims.com>",
        subj="We received your application - Nurse Informaticist",
        date="2025-08-18 13:09 -0500", company="Brightmoor Health", role="Nurse Informaticist",
        diff="hard", headers=NR,
        notes="describes interview process and possible 'not selected' outcome",
        body="""Hello Hannah,

Thank you for applying for the Nurse Informaticist position (Req 45120) at Brightmoor Health.

What happens next? A recruiter will review your application against the minimum qualifications. If selected, you will be invited to a phone interview, followed by a panel interview with the informatics team. If you are not selected to move forward, you will be notified by email.

We appreciate your interest in Brightmoor Health.

Brightmoor Health Talent Acquisition
""")
    add("application_received", frm="St. Columba Medical Center <stcolumba@taleo.net>",
        subj="Confirmation of application submission - Research Nurse II (2500389)",
        date="2025-09-30 07:51 -0400", company="St. Columba Medical Center",
        role="Research Nurse II", headers=NR,
        body="""Dear Hannah Okoro,

This is to confirm that your application for the position of Research Nurse II (2500389) has been successfully submitted.

Your application will be reviewed by our Talent Acquisition team. Should your qualifications meet the requirements of the position, you will be contacted.

Please do not reply to this message.

St. Columba Medical Center Human Resources
""")
    add("application_received", frm="USAJOBS <no-reply@usajobs.example.gov>",
        subj="Application received: Health Informatics Specialist",
        date="2025-10-14 23:58 -0400", company="Federal Health Records Administration",
        role="Health Informatics Specialist", headers=NR, diff="hard",
        notes="agency only in body; government template",
        body="""Thank you for applying.

Announcement number: FHRA-26-11873-MP
Position: Health Informatics Specialist, GS-0671-11
Agency: Federal Health Records Administration
Status: Received

The hiring agency will review your application after the announcement closes. You can track your status in your account.

This is an automated message. Do not reply.
""")
    add("application_received", frm="Lucas at Careloop <lucas@careloop.bamboohr.com>",
        subj="Thanks, Hannah!",
        date="2025-12-08 11:30 -0800", company="Careloop",
        role="Implementation Nurse Consultant", diff="hard",
        notes="templated reply in personal voice; first name in display name is the template sender",
        body="""Hey Hannah!

Thanks a ton for applying to be an Implementation Nurse Consultant at Careloop. We read every single application ourselves (we're a small team!), so give us a week or two.

Talk soon,
The Careloop team
""")
    add("application_received", frm="Kingsbridge College London <recruitment@kcl-jobs.trac.jobs>",
        subj="Your application for Clinical Trials Data Officer (Ref 5502)",
        date="2025-10-02 16:20 +0100", company="Kingsbridge College London",
        role="Clinical Trials Data Officer", headers=NR,
        body="""Dear Hannah Okoro

Thank you for your application for the post of Clinical Trials Data Officer (Ref 5502). This email confirms that it has been received.

The closing date for this vacancy is 12 October 2025.

HR Recruitment Team
Kingsbridge College London
""")
    add("application_received", frm="Vitalmesh <noreply@workablemail.com>",
        subj="Vitalmesh: application received",
        date="2026-06-22 09:12 +0100", company="Vitalmesh", role="Clinical Safety Officer",
        fmt="alt",
        body="""Hi Hannah,

Thanks for applying for the Clinical Safety Officer position at Vitalmesh. Your application has been received and will be reviewed by our hiring team.

Vitalmesh Hiring Team
""")
    add("application_received", frm="Tendwell <jobs@ashbyhq.com>",
        subj="We got your application - Nurse Care Manager (Remote)",
        date="2026-07-02 20:15 -0700", company="Tendwell", role="Nurse Care Manager (Remote)",
        diff="hard", notes="'unfortunately' refers to not replying personally",
        body="""Hi Hannah,

Thanks for applying for Nurse Care Manager (Remote) at Tendwell!

Unfortunately, because of the volume of applications we receive, we can't always reply to everyone personally right away. Rest assured a real human on our care team reviews each application, and we'll reach out if we'd like to move forward.

Tendwell Talent
""")
    add("application_received", frm="KlinForsch GmbH <noreply@klinforsch.jobs.personio.de>",
        subj="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-04-29 08:33 +0200", company="KlinForsch GmbH",
        role="Clinical Research Associate (m/w/d)", lang="de", headers=NR,
        body="""Sehr geehrte Frau Okoro,

vielen Dank für Ihre Bewerbung als Clinical Research Associate (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr KlinForsch Recruiting-Team
""")
    add("application_received", frm="Tidemark Health <noreply@jobvite.com>",
        subj="Application submitted: Patient Safety Analyst",
        date="2026-08-03 14:47 -0600", company="Tidemark Health", role="Patient Safety Analyst",
        headers=NR,
        body="""Hannah,

Thank you for your interest in Tidemark Health. Your application for Patient Safety Analyst has been submitted successfully.

Tidemark Health Recruiting
""")
    add("application_received", frm="Greenline Health Analytics <greenlinehealth@recruitee.com>",
        subj="Thanks for your application",
        date="2026-01-30 12:01 -0500", company="Greenline Health Analytics",
        role="Clinical Data Analyst", fmt="html", diff="hard",
        notes="company only in body and display name; subject generic",
        body="""Hi Hannah,

We've received your application for Clinical Data Analyst at Greenline Health Analytics. Our team is reviewing applications on a rolling basis and aims to get back to everyone within 10 business days.

Thank you for your interest!

Greenline Talent Team
""")
    add("application_received", frm="Medisource Recruitment <jobs@medisource-recruit.co.uk>",
        subj="Thanks for applying - Clinical Data Manager (Ref MS-22810)",
        date="2026-02-26 18:22 +0000", role="Clinical Data Manager", diff="hard",
        notes="agency acknowledgement; client not named so company empty",
        body="""Hi Hannah,

Thank you for applying for Clinical Data Manager (Ref MS-22810) through Medisource Recruitment.

One of our Life Sciences consultants will review your CV against our client's requirements. If your experience is a match we'll call you to discuss the role in more detail.

Medisource Recruitment
""")
    add("application_received", frm="Clinique du Parc <rh@cliniqueduparc.fr>",
        subj="Accusé de réception de votre candidature",
        date="2026-05-18 07:40 +0200", company="Clinique du Parc",
        role="Infirmière de recherche clinique", lang="fr",
        body="""Madame,

Nous accusons bonne réception de votre candidature au poste d'Infirmière de recherche clinique et vous en remercions.

Votre dossier sera étudié avec attention et nous reviendrons vers vous dans les meilleurs délais.

Le Service des Ressources Humaines
Clinique du Parc
""")

AR = {"Auto-Submitted": "auto-replied"}
XA = {"X-Autoreply": "yes"}
BOTH = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}


def auto_replies() -> None:
    add("auto_reply", frm="Deborah Flynn <dflynn@lakeshorerh.org>",
        subj="Automatic reply: Thank you - Nurse Educator interview",
        date="2025-03-11 10:02 -0500", company="Lakeshore Regional Health", contact="Deborah",
        ret="2025-03-14", headers=AR, diff="hard",
        notes="subject contains 'interview'; US numeric date 'back on 3/14'",
        reply_to="<CAHok9x-ty01@mail.gmail.com>",
        body="""I am out of the office at the HIMSS conference with limited access to email. I will be back on 3/14 and will respond to your message then.

For urgent informatics issues, please contact the help desk at x4400.

Deborah
""")
    add("auto_reply", frm="Tom Beckett <t.beckett@harwellhospitals.nhs.uk>",
        subj="Automatic reply: Research Nurse application query",
        date="2025-10-23 09:12 +0100", company="Harwell University Hospitals", contact="Tom",
        ret="2025-10-28", headers=AR, notes="UK date format 28/10/2025",
        body="""Thank you for your email. I am on annual leave, returning 28/10/2025. For anything urgent please contact the Research Office on 01632 960 455.

Tom Beckett
Lead Research Nurse
""")
    add("auto_reply", frm="Jenna Park <jenna.park@apexclinicalstaffing.com>",
        subj="Out of Office Re: updated resume",
        date="2025-12-24 10:03 -0500", company="Apex Clinical Staffing", contact="Jenna",
        ret="2025-12-29", diff="hard", notes="relative return date 'back Monday'; no auto headers",
        body="""Hi there! I'm out for the holiday and will be back Monday. If you're a contractor with a timesheet question, email timesheets@apexclinicalstaffing.com.

Happy holidays!
Jenna
""")
    add("auto_reply", frm="Claire Dumont <c.dumont@serene-labs.fr>",
        subj="=?utf-8?q?R=C3=A9ponse_automatique=3A_Candidature_ARC?=",
        date="2025-12-29 11:47 +0100", company="Laboratoires Sérène", contact="Claire",
        ret="2026-01-05", lang="fr", headers=BOTH,
        body="""Bonjour,

Je suis absente du bureau pour les fêtes de fin d'année et serai de retour le lundi 5 janvier 2026. Pour toute urgence, vous pouvez contacter recrutement@serene-labs.fr.

Cordialement,
Claire Dumont
""")
    add("auto_reply", frm="Priya Raman <priya.raman@veridianclinical.com>",
        subj="Automatic reply: CTA offer - questions",
        date="2025-05-09 07:30 -0400", company="Veridian Clinical Research", contact="Priya",
        headers=AR, diff="hard", notes="subject contains 'offer'; no return date",
        body="""Thanks for your message. I'm travelling for our investigator meeting this week and checking email intermittently. I'll get back to you as soon as I can.

Priya
""")
    add("auto_reply", frm="Lukas Brandt <lukas.brandt@klinforsch.de>",
        subj="Abwesenheitsnotiz: Ihre Bewerbung CRA",
        date="2025-08-06 15:20 +0200", company="KlinForsch GmbH", contact="Lukas",
        ret="2025-08-18", lang="de", headers=AR,
        notes="German; 'ab dem 18.08.' back",
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15.08.2025 nicht im Büro und ab dem 18.08. wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@klinforsch.de.

Mit freundlichen Grüßen
Lukas Brandt
""")
    add("auto_reply", frm="Keanu Makoa <kmakoa@brightmoorhealth.org>",
        subj="Re: Clinical Research Coordinator phone screen",
        date="2025-11-18 08:00 -0600", company="Brightmoor Health", contact="Keanu", diff="hard",
        notes="no longer with the company; points to colleague; no auto headers",
        body="""Hello,

I am no longer with Brightmoor Health. For questions about open positions or your application, please contact Rosa Delgado at rdelgado@brightmoorhealth.org or the Talent Acquisition team at careers@brightmoorhealth.org.

Thank you.
""")
    add("auto_reply", frm="Careers Inbox <careers@corvanemedical.com>",
        subj="Re: Clinical Specialist application - question",
        date="2025-06-05 12:00 -0400", company="Corvane Medical", headers=BOTH, diff="hard",
        notes="unmonitored mailbox bounce-back on the application thread",
        body="""This mailbox is not monitored. Replies sent to this address are not read.

To check the status of an application, please sign in to your candidate profile at careers.corvanemedical.com. For accommodation requests, call 1-800-555-0199.
""")
    add("auto_reply", frm="Sophie Laurent <sophie.laurent@ridgefield.edu>",
        subj="Out of office",
        date="2026-04-14 13:05 -0400", company="Ridgefield University", contact="Sophie",
        ret="2026-09-01", headers=XA, diff="hard",
        notes="parental leave; only X-Autoreply; mentions hiring freeze & interviews",
        body="""Hello,

I am on parental leave and will return on 1 September 2026. While I'm away, questions about Clinical Research Center operations or open positions (including interview scheduling once the hiring freeze lifts) should go to Marcus Bell at mbell@ridgefield.edu.

Sophie
""")
    add("auto_reply", frm="Gareth Hughes <gareth.hughes@medisource-recruit.co.uk>",
        subj="Automatic reply: Aurelis interview - availability",
        date="2026-03-25 17:45 +0000", company="Medisource Recruitment", contact="Gareth",
        ret="2026-03-30", headers=AR, diff="hard",
        notes="subject contains 'interview'; 'returning Monday 30 March'",
        body="""Thanks for your email. I'm out of the office until Friday, returning Monday 30 March. If it's urgent please call the office on 0161 496 0731 and one of the team will help.

Gareth
""")
    add("auto_reply", frm="Lorena Castaño <lcastano@mesetaclinica.es>",
        subj="Respuesta automática: Entrevista – Coordinadora de Ensayos Clínicos",
        date="2026-03-30 09:00 +0200", company="Meseta Investigación Clínica", contact="Lorena",
        ret="2026-04-08", lang="es", headers=AR, fmt="alt", cte="quoted-printable",
        body="""Hola,

Estoy fuera de la oficina por Semana Santa. Volveré el 8 de abril y responderé a tu mensaje lo antes posible.

Para asuntos urgentes: seleccion@mesetaclinica.es

Lorena Castaño
""")
    add("auto_reply", frm="Fiona Gallagher <fiona@nurselytics.com>",
        subj="Re: Clinical Content Lead - follow up",
        date="2026-03-27 10:11 +0000", company="Nurselytics", contact="Fiona",
        ret="2026-04-02", headers=AR, notes="ISO return date",
        body="""Hi, thanks for getting in touch. I'm away on leave and will be back in the office 2026-04-02. I won't be checking email until then.

Fiona
""")
    add("auto_reply", frm="Ravi Chandrasekar <rchandrasekar@pulsegrid.com>",
        subj="Automatic reply: Offer questions",
        date="2026-11-05 12:02 -0600", company="PulseGrid", contact="Ravi",
        ret="2026-11-10", headers=BOTH, diff="hard",
        notes="subject says 'offer'; return 'Tuesday, Nov 10'",
        body="""I'm away from Thursday through Monday with no access to email, returning Tuesday, Nov 10. For anything time-sensitive about an interview or offer, please email talent@pulsegrid.com.

Thanks,
Ravi
""")
    add("auto_reply", frm="Daniel Reyes <dreyes@quintessahealth.com>",
        subj="Automatic reply: Thank you for the interview",
        date="2026-02-18 15:40 -0500", company="Quintessa Health", contact="Daniel",
        headers=AR, diff="hard",
        notes="OOO 'rest of the week' without a date; subject mentions interview",
        body="""I'm out of the office for the rest of the week. I'll reply when I'm back. For patient safety event reports, please use the SafeReport system.

Daniel Reyes
""")

LU = {"List-Unsubscribe": "<https://email.example.net/unsub?u=hokoro>", "Precedence": "bulk"}


def others() -> None:
    add("other", frm="JobStream Alerts <alerts@jobstream.example.com>",
        subj="14 new Clinical Research Coordinator jobs near Boston, MA",
        date="2025-01-08 06:00 -0500", headers=LU, fmt="alt", notes="job alert digest",
        body="""Hannah, here are new jobs matching your alert "clinical research coordinator".

Clinical Research Coordinator I - Brightmoor Health - Boston, MA - Apply easily
Research Nurse Coordinator - St. Columba Medical Center - Worcester, MA - New
CRC, Oncology - Veridian Clinical Research - Remote - Actively recruiting
...and 11 more

Manage alerts | Unsubscribe
""")
    add("other", frm="Massachusetts Nurses United <news@mnu-union.example.org>",
        subj="Members REJECT management's latest offer - strike vote Thursday",
        date="2025-02-03 19:30 -0500", headers=LU, diff="hard", fmt="html",
        notes="union newsletter: 'reject' and 'offer' about contract bargaining",
        body="""Dear Member,

Last night, 91% of RNs at Lakeshore Regional voted to reject management's latest contract offer, which failed to address safe staffing ratios.

A strike authorization vote will be held Thursday in the Conference Center. Our bargaining team will hold a Q&A on Wednesday at 7 PM.

In solidarity,
Massachusetts Nurses United
""")
    add("other", frm="CE Direct <certificates@cedirect.example.com>",
        subj="Your certificate: Motivational Interviewing for Nurses (2.0 contact hours)",
        date="2025-02-17 21:05 -0500", diff="hard", headers=NR,
        notes="CE course title contains 'interviewing'",
        pdf="CE_certificate_Okoro.pdf",
        body="""Congratulations, Hannah!

You have successfully completed "Motivational Interviewing for Nurses" and earned 2.0 ANCC contact hours. Your certificate is attached.

Keep learning,
CE Direct
""")
    add("other", frm="ShiftBoard <no-reply@shiftboard-lakeshore.example.com>",
        subj="Shift swap request declined",
        date="2025-03-15 14:22 -0400", diff="hard", headers=NR,
        notes="hospital scheduling: request 'declined'",
        body="""Hi Hannah,

Your request to swap your 3/22 0700-1930 shift on 6 West with Maria Torres has been declined by the unit manager.

Reason: Minimum staffing not met.

Log in to ShiftBoard to view open shifts.
""")
    add("other", frm="Harbor Pharmacy <rx@harborpharmacy.example.com>",
        subj="Refill request not approved",
        date="2025-04-03 11:00 -0400", diff="hard", headers=NR,
        notes="pharmacy: prescriber did not approve refill",
        body="""Hi Hannah,

Your prescriber was unable to approve the refill request for your prescription ending in 4471. Please contact your provider's office for next steps.

Harbor Pharmacy
""")
    add("other", frm="Granite Bank <alerts@granitebank.example.com>",
        subj="Unfortunately, a transaction was declined",
        date="2025-05-16 20:17 -0400", diff="hard", headers=NR,
        notes="bank alert: 'declined', 'unfortunately'",
        body="""Unfortunately, a purchase of $86.40 at CITY SCRUBS & UNIFORMS on your card ending in 0912 was declined because it exceeded your available credit.

If you don't recognize this activity, call us at 1-800-555-0177.

Granite Bank
""")
    add("other", frm="Renee Whitaker <renee@elmstreetproperties.example.com>",
        subj="Your application for 14 Elm St, Apt 3B",
        date="2025-06-24 12:15 -0400", contact="Renee", diff="hard",
        notes="apartment application approved; 'pleased to offer' lease",
        body="""Hi Hannah,

Good news - your rental application for 14 Elm St, Apt 3B has been approved! We're pleased to offer you a 12-month lease starting August 1 at $2,150/month.

Please sign the lease in the tenant portal and pay the security deposit within 72 hours to hold the unit.

Thanks,
Renee Whitaker
Leasing Manager, Elm Street Properties
""")
    add("other", frm="IronCore Fitness <hello@ironcorefitness.example.com>",
        subj="Limited-time offer: 30% off your membership",
        date="2025-07-01 09:00 -0400", headers=LU, fmt="html", cte="base64",
        notes="marketing 'offer'",
        body="""Summer offer inside!

Hannah, rejoin IronCore Fitness this month and get 30% off your first three months. Offer ends July 31.

Book a free session with a trainer today.
""")
    add("other", frm="The Career Pivot RN <newsletter@careerpivotrn.example.com>",
        subj="Rejected again? How to bounce back (and what CRC hiring managers want)",
        date="2025-07-22 07:00 -0400", headers=LU, diff="hard", fmt="alt",
        notes="newsletter about rejections and interviews; quotes ATS wording",
        body="""This week: the rejection email that reads "we have decided to move forward with other candidates" is the most common reply nurses get when they first apply to research roles. Here's why it happens, and how to turn your bedside experience into CRC language.

Plus: 5 interview questions every research coordinator candidate should prepare for.

Read the full issue on our site.

You're receiving this because you subscribed to The Career Pivot RN.
""")
    add("other", frm="Nursing Forward Podcast <podcast@nursingforward.example.com>",
        subj="New episode: An interview with Magnet hospital CNO Dr. Leah Brooks",
        date="2025-08-05 06:30 -0700", headers=LU, diff="hard", fmt="html",
        notes="podcast 'interview'; HTML only",
        body="""New episode out now!

In this week's interview, Dr. Leah Brooks, Chief Nursing Officer at a Magnet-designated hospital, talks about recruiting nurses into informatics and research roles.

Listen on your favorite podcast app.
""")
    add("other", frm="ANRC 2025 Program Committee <abstracts@anrc-conference.example.org>",
        subj="ANRC 2025 abstract decision #1187",
        date="2025-08-29 10:00 -0500", diff="hard", headers=NR,
        notes="conference abstract not accepted; reviewer comments",
        body="""Dear Hannah Okoro,

Thank you for submitting your abstract "Reducing CLABSI through nurse-led bundle audits" to the Annual Nursing Research Conference.

We regret to inform you that your abstract was not accepted for poster or oral presentation. This year we received 640 submissions for 150 slots.

Reviewer comments:
- Clear aims; sample size small.
- Please consider resubmitting with outcome data.

ANRC Program Committee
""")
    add("other", frm="Ngozi Eze <ngozi.eze88@gmail.com>",
        subj="omg update",
        date="2025-09-09 21:40 -0400", contact="Ngozi", diff="hard",
        notes="friend's personal mail about her own interview and offer",
        body="""Hannahhh

I had my second interview at the children's hospital today and I think it went really well?? They said they'd make an offer decision by Friday. If I get it, we need to celebrate.

How's your research coordinator hunt going? Still up for brunch Sunday?

N x
""")
    add("other", frm="Michael Osei <mosei.rn@outlook.com>",
        subj="Fwd: Clinical Research Nurse - posting",
        date="2025-10-06 18:20 -0400", contact="Michael", diff="hard",
        notes="friend forwards a job posting; mentions interview prep",
        body="""Hey Hannah, saw this and immediately thought of you. My old manager runs this unit. Happy to do a mock interview with you if you apply!

Mike

---------- Forwarded message ---------
From: Aurora Valley Health Careers <careers@auroravalleyhealth.example.org>
Subject: Clinical Research Nurse - posting

Aurora Valley Health is seeking a Clinical Research Nurse to support oncology trials. Requirements: active RN license, 2+ years acute care, GCP training preferred. Apply by November 1.
""")
    add("other", frm="Kevin Wu <kevin.wu@travelnursepros.example.com>",
        subj="RN - interviews THIS WEEK - $3,100/wk travel contracts",
        date="2025-11-19 08:12 -0500", contact="Kevin", diff="hard", headers=LU,
        notes="recruiter mass mailing; mentions interviews and offers",
        body="""Hi Hannah,

Hope you're well! We have 40+ travel RN contracts with hospitals doing same-week interviews and fast offers:

- Med/Surg, Phoenix AZ - $3,100/wk
- Telemetry, Sacramento CA - $3,350/wk
- ICU, Denver CO - $3,600/wk

Reply YES and I'll get you submitted today.

Kevin Wu | Travel Nurse Pros
""")
    add("other", frm="ProLink <notifications@prolink.example.com>",
        subj="Hannah, you appeared in 17 searches this week",
        date="2025-12-01 05:15 +0000", headers=LU,
        body="""You appeared in 17 searches this week.

Recruiters from Veridian Clinical Research and Castellan Therapeutics viewed your profile.

See who's looking | Turn off these notifications
""")
    add("other", frm="ACRP <events@acrp-members.example.org>",
        subj="Webinar: Passing the CCRC exam on your first try",
        date="2026-01-13 12:00 -0500", headers=LU, fmt="alt",
        body="""Join us Thursday, January 22 at 1:00 PM ET for a free webinar on preparing for the CCRC certification exam. Register now - seats are limited.

ACRP Member Events
""")
    add("other", frm="Eastmarch College of Nursing <gradadmissions@eastmarch.edu>",
        subj="Congratulations! Your admission decision",
        date="2026-02-02 16:00 -0500", contact="Patricia", diff="hard",
        notes="graduate school admission 'offer'; same university as an employer",
        body="""Dear Hannah,

On behalf of the faculty, I am delighted to offer you admission to the MSN in Nursing Informatics program at the University of Eastmarch College of Nursing, beginning Fall 2026.

Please accept your offer of admission by April 15 through the applicant portal.

Sincerely,
Patricia Holloway, DNP
Director of Graduate Admissions
""")
    add("other", frm="Summit Lending <notices@summitlending.example.com>",
        subj="Notice of action taken on your application",
        date="2026-02-20 10:30 -0600", diff="hard", headers=NR,
        notes="student loan refinance 'unable to approve'",
        body="""Dear Hannah Okoro,

Thank you for your application to refinance your student loans. After careful review, we are unable to approve your application at this time.

Principal reason(s): Length of employment at current employer.

You have the right to a free copy of your credit report within 60 days.

Summit Lending
""")
    add("other", frm="City Scrubs <orders@cityscrubs.example.com>",
        subj="Order #CS-40117 confirmed",
        date="2026-03-01 13:13 -0500", headers=NR, fmt="alt",
        body="""Thanks for your order, Hannah!

2 x Jogger scrub pants (navy, M)
1 x Compression socks 3-pack

Total: $92.50. We'll email you when it ships.
""")
    add("other", frm="Lakeshore Staffing Office <staffing@lakeshorerh.org>",
        subj="Schedule posted: Apr 5 - Apr 18",
        date="2026-03-22 17:00 -0500", headers=NR,
        body="""The 6 West RN schedule for April 5 - April 18 has been posted. Please review your shifts and submit any swap requests by March 29.

Lakeshore Staffing Office
""")
    add("other", frm="Revue Soins & Recherche <lettre@soins-recherche.example.fr>",
        subj="Entretien avec une infirmière de recherche : « notre métier change »",
        date="2026-04-09 07:00 +0200", lang="fr", headers=LU, diff="hard", fmt="html",
        notes="French newsletter; 'entretien' = interview article",
        body="""La lettre de Soins & Recherche

Entretien : Nathalie Perrin, infirmière de recherche clinique à Lyon, nous parle de l'évolution du métier et des nouvelles compétences demandées par les promoteurs.

Aussi dans ce numéro : offres de formation continue, agenda des congrès.

Se désinscrire
""")
    add("other", frm="Northgate Clinical Partners <candidates@northgateclinical.example.com>",
        subj="How did we do? Tell us about your candidate experience",
        date="2026-05-04 11:00 -0400", headers=LU, diff="hard",
        notes="post-process survey from an employer; no decision",
        body="""Hi Hannah,

You recently took part in a hiring process with Northgate Clinical Partners. We'd love to hear how it went - whether or not you were offered a role. The survey takes 3 minutes.

Take the survey

Thank you,
Northgate Talent Team
""")
    add("other", frm="Boston Health Informatics Meetup <info@bhimeetup.example.org>",
        subj="We regret to announce tonight's meetup is cancelled",
        date="2026-06-17 12:45 -0400", contact="Sanjay", diff="hard",
        notes="meetup cancelled; 'regret'",
        body="""Hi all,

We regret to let you know that tonight's meetup on FHIR for nurses is cancelled; our speaker has COVID. We'll reschedule for July and keep your RSVP.

Sanjay, for the organizing team
""")
    add("other", frm="Ridgefield Sleep Study <sleepstudy@ridgefield.edu>",
        subj="Your screening for the REST-2 study",
        date="2026-08-20 14:30 -0400", diff="hard", contact="Chloe",
        notes="screened out as a research participant; 'not eligible', 'coordinator'",
        body="""Dear Hannah,

Thank you for your interest in taking part in the REST-2 sleep study and for completing the phone screening.

Unfortunately, based on your answers, you are not eligible to participate in this study because of your night-shift work schedule. We appreciate your time and interest in research.

Chloe Nguyen
Clinical Research Coordinator, REST-2 Study
Ridgefield University
""")
    add("other", frm="Okoro Family Chat Digest <digest@famchat.example.com>",
        subj="3 new messages in \"Okoro Family\"",
        date="2026-10-25 09:00 +0100", headers=LU,
        body="""Dad: Congrats on the offer Hannah!! When do you start?
Auntie Grace: So proud of you
Chidi: pizza on me

Open the app to reply.
""")
    add("other", frm="Granite Bank <alerts@granitebank.example.com>",
        subj="Your direct deposit has arrived",
        date="2026-11-13 06:02 -0500", headers=NR,
        body="""A direct deposit of $2,418.66 from PULSEGRID INC PAYROLL was posted to your checking account ending in 3380.

Granite Bank
""")


def main() -> None:
    rejections()
    on_holds()
    offers()
    interviews()
    acks()
    auto_replies()
    others()
    # Order the files by Date header so file numbers do not reveal the label.
    pairs = sorted(zip(MSGS, ROWS, strict=True), key=lambda p: p[0]["Date"].datetime)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for i, (msg, row) in enumerate(pairs, 1):
            name = f"{i:03d}.eml"
            (OUT / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
            w.writerow({**row, "file": name})
    print(f"wrote {len(pairs)} messages to {OUT}")


if __name__ == "__main__":
    main()
