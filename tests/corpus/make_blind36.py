"""Generate the blind36 evaluation corpus (stdlib only).

Run: python tests/corpus/make_blind36.py  -> writes tests/corpus/blind36/NNN.eml and labels.csv
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind36"
SEEKER = "Ingrid Solheim-Baptiste <ingrid.sb@fastmail.com>"
TZ = {
    "ET": ZoneInfo("America/New_York"),
    "CT": ZoneInfo("America/Chicago"),
    "PT": ZoneInfo("America/Los_Angeles"),
    "ZRH": ZoneInfo("Europe/Zurich"),
    "PAR": ZoneInfo("Europe/Paris"),
    "MAD": ZoneInfo("Europe/Madrid"),
    "LON": ZoneInfo("Europe/London"),
    "UTC": ZoneInfo("UTC"),
    "IST": ZoneInfo("Asia/Kolkata"),
}
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]
SPECS: list[dict] = []


def D(y: int, mo: int, d: int, h: int, mi: int, tz: str = "ET") -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=TZ[tz])


def day(dt: datetime) -> str:
    """'Thursday, March 12' style."""
    return f"{dt:%A}, {dt:%B} {dt.day}"


def hm(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def mid(key: str, domain: str) -> str:
    return f"<{hashlib.sha1(key.encode()).hexdigest()[:24]}@{domain}>"


def ics(summary: str, start: datetime, minutes: int, organizer: str, uid: str, loc: str = "") -> str:
    s = start.astimezone(TZ["UTC"])
    e = s + timedelta(minutes=minutes)
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Blind36//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{s:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}", f"SUMMARY:{summary}",
        f"LOCATION:{loc}", f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ingrid.sb@fastmail.com",
        "END:VEVENT", "END:VCALENDAR", ""])


def htmlize(text: str) -> str:
    paras = [p.replace("\n", "<br>") for p in text.strip().split("\n\n")]
    inner = "".join(f"<p style=\"margin:0 0 12px 0\">{p}</p>" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            f"<body style=\"font-family:Arial,sans-serif;font-size:14px\">{inner}</body></html>")


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, *,
        frm: str, subj: str, date: datetime, body: str = "", html: str | None = None,
        fmt: str = "plain", cte: str | None = None, ret: str = "", iat: datetime | None = None,
        hdr: dict | None = None, irt: str | None = None, ics_part: str | None = None,
        ics_inline: bool = False, pdf: str | None = None, to: str = SEEKER) -> str:
    """Register one message. fmt: plain | html | alt. Returns its Message-ID."""
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    msgid = mid(f"{len(SPECS)}|{subj}|{date.isoformat()}", domain)
    SPECS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                      diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body,
                      html=html, fmt=fmt, cte=cte, ret=ret, iat=iat, hdr=hdr or {}, irt=irt,
                      ics_part=ics_part, ics_inline=ics_inline, pdf=pdf, to=to, msgid=msgid))
    return msgid


def build(s: dict) -> bytes:
    m = EmailMessage()
    m["From"] = s["frm"]
    m["To"] = s["to"]
    m["Subject"] = s["subj"]
    m["Date"] = format_datetime(s["date"])
    m["Message-ID"] = s["msgid"]
    m["MIME-Version"] = "1.0"
    if s["irt"]:
        m["In-Reply-To"] = s["irt"]
        m["References"] = s["irt"]
    for k, v in s["hdr"].items():
        m[k] = v
    cte = s["cte"]
    if s["fmt"] == "html":
        m.set_content(s["html"] or htmlize(s["body"]), subtype="html", cte=cte or "quoted-printable")
    else:
        m.set_content(s["body"], cte=cte or ("8bit" if not s["body"].isascii() else "7bit"))
        if s["fmt"] == "alt":
            m.add_alternative(s["html"] or htmlize(s["body"]), subtype="html",
                              cte=cte or "quoted-printable")
    if s["ics_part"]:
        if s["ics_inline"]:
            m.add_alternative(s["ics_part"], subtype="calendar", params={"method": "REQUEST"})
        else:
            m.add_attachment(s["ics_part"], subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
    if s["pdf"]:
        fake = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        m.add_attachment(fake, maintype="application", subtype="pdf", filename=s["pdf"])
    tag = hashlib.sha1(s["msgid"].encode()).hexdigest()[:16]
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{i}_{tag}")
    return m.as_bytes(policy=policy.SMTP)


AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
AG = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


# ---------------------------------------------------------------- rejections
def rejections() -> None:
    add("rejection", "Saint Aldric Medical Center", "", "Clinical Data Coordinator", "en", "easy",
        "Workday template; 'other applicants whose experience more closely matches'",
        frm="Saint Aldric Careers <saintaldric@myworkday.com>",
        subj="Your application for Clinical Data Coordinator (R-0048812)", date=D(2025, 2, 11, 16, 2),
        hdr=AG, fmt="alt", body="""Dear Ingrid,

Thank you for your interest in the Clinical Data Coordinator position (R-0048812) at Saint Aldric Medical Center.

After reviewing your qualifications, we have decided to pursue other applicants whose experience more closely matches the needs of the Department of Cardiology Research at this time.

We encourage you to visit our careers site and apply for future openings that match your skills.

Saint Aldric Medical Center Talent Acquisition

This message was sent from an unmonitored address. Please do not reply.""")

    add("rejection", "Quintessa Therapeutics", "", "Associate Clinical Data Manager", "en", "easy",
        "Greenhouse; 'won't be progressing'",
        frm="Quintessa Therapeutics <no-reply@us.greenhouse-mail.io>",
        subj="Quintessa Therapeutics | Associate Clinical Data Manager", date=D(2025, 4, 3, 10, 47, "PT"),
        body="""Hi Ingrid,

Thanks so much for taking the time to apply for the Associate Clinical Data Manager role at Quintessa. We received a large number of strong applications.

We won't be progressing your application further on this occasion. We genuinely appreciate your interest in what we're building and hope you'll keep an eye on our careers page.

Best wishes,
The Quintessa Talent Team""")

    add("rejection", "Mosswood Genomics", "Priya", "Clinical Data Manager", "en", "hard",
        "after final round; 'went a different direction'; praises interviews",
        frm="Priya Ramaswamy <priya@mosswoodgenomics.com>",
        subj="Following up - Mosswood Clinical Data Manager", date=D(2025, 5, 22, 17, 31, "PT"),
        fmt="alt", body="""Hi Ingrid,

I wanted to reach out personally after your final round last Thursday. Everyone who met you enjoyed the conversation, and Rob in particular appreciated how you walked through the query-resolution backlog case.

After a lot of discussion the team went a different direction and chose someone who has already led a database lock for a companion-diagnostic study. It was a close call and I know that's not the news you were hoping for.

I'd be happy to stay in touch, and I'll reach out if something closer to your background opens up.

Warmly,
Priya Ramaswamy
Senior Technical Recruiter, Mosswood Genomics
mosswoodgenomics.com""")

    add("rejection", "Ostrander Medical Devices", "", "Clinical Data Specialist", "en", "easy",
        "iCIMS, HTML only; position filled",
        frm="Ostrander Medical Devices <ostrandermedical@talent.icims.com>",
        subj="Clinical Data Specialist - Application Update", date=D(2025, 6, 9, 8, 15, "CT"),
        fmt="html", cte="base64", hdr=AG, html="""<html><body style="font-family:Segoe UI,Arial">
<table width="600"><tr><td><img src="https://careers.ostrandermed.com/logo.png" alt="Ostrander"></td></tr>
<tr><td><p>Dear Ingrid Solheim-Baptiste,</p>
<p>Thank you for applying for the <b>Clinical Data Specialist</b> position (Req. 2025-1187) with Ostrander Medical Devices, Inc.</p>
<p>We wanted to let you know that this position has now been filled. We appreciate the time you invested in your application and wish you success in your search.</p>
<p>Sincerely,<br>Talent Acquisition<br>Ostrander Medical Devices, Inc.</p>
<p style="font-size:11px;color:#888">Please do not reply to this email; this mailbox is not monitored.</p></td></tr></table>
</body></html>""")

    add("rejection", "Fenwick Memorial Hospital", "Walt", "Research Data Coordinator", "en", "hard",
        "two lines, internal candidate; no rejection keywords; parent-system domain",
        frm="Walter Brennan <wbrennan@tremonthealth.org>",
        subj="RE: Research Data Coordinator", date=D(2025, 7, 17, 12, 4),
        body="""Ingrid - quick note: this one didn't work out. We ended up moving a coordinator over from the oncology unit. Appreciated you coming in.

- Walt

Walter Brennan, MS
Research Operations Manager | Fenwick Memorial Hospital
A member of Tremont Health Alliance""")

    add("rejection", "Bayside University School of Medicine", "", "Research Data Analyst II", "en", "easy",
        "formal 'Dear Applicant' letter",
        frm="Bayside University HR <hr-noreply@bayside.edu>",
        subj="Job Opening 41877 - Research Data Analyst II - Status", date=D(2025, 8, 4, 9, 0),
        hdr=AG, body="""Dear Applicant,

Thank you for your application for Job Opening 41877, Research Data Analyst II, Department of Medicine, Bayside University School of Medicine.

The search committee has completed its review and you have not been selected for this position. Because of the number of applications received, we are unable to provide individual feedback.

We thank you for your interest in Bayside University.

Office of Human Resources
Bayside University""")

    add("rejection", "Office of Clinical Outcomes Research", "", "Health Scientist (Data Management), GS-0601-11",
        "en", "hard", "USAJOBS-style status codes: 'Not Referred'",
        frm="USAJOBS <no-reply@usajobs-notify.gov>",
        subj="Your application status has been updated", date=D(2025, 9, 15, 14, 22),
        hdr=AG, fmt="alt", body="""Hello Ingrid,

The status of your application has changed.

Announcement: OCOR-25-1142-MP
Position: Health Scientist (Data Management), GS-0601-11
Agency: Office of Clinical Outcomes Research
Status: Not Referred

Not Referred: Your application was reviewed and you were not among the best qualified candidates referred to the hiring manager for further consideration.

Sign in to view your application: https://www.usajobs-notify.gov/applications

This is an automated message. Replies are not read.""")

    add("rejection", "Brightmoor Diagnostics", "Marcus", "Clinical Data Manager (contract-to-hire)", "en", "hard",
        "agency recruiter relays client decision; forwarded hiring-manager note",
        frm="Marcus Oyelaran <marcus.o@helixtalentpartners.com>",
        subj="FW: Feedback - Ingrid S-B", date=D(2025, 10, 8, 15, 40),
        body="""Hi Ingrid,

Sorry to be the bearer of this - see below from Brightmoor. Honestly I think it came down to device experience. Let's hop on a call this week, I have two other CDM roles that I think suit you better.

Marcus Oyelaran
Principal Consultant, Clinical & Data
Helix Talent Partners | Boston | Raleigh
m: 617-555-0148

From: Lorna Keats <lkeats@brightmoordx.com>
Sent: Wednesday, October 8, 2025 11:02 AM
To: Marcus Oyelaran <marcus.o@helixtalentpartners.com>
Subject: Feedback - Ingrid S-B

Marcus, thanks for sending Ingrid over. She interviewed well but we're going to pass - we need someone who has handled IVD performance studies end to end. Please pass on our thanks.

Lorna""")

    add("rejection", "Halcyon Bio", "Naomi", "Data Manager", "en", "hard",
        "rejection with referral offer; 'not the right match at this time'",
        frm="Naomi Achterberg <naomi@halcyon.bio>",
        subj="Thank you, and a thought", date=D(2025, 11, 12, 19, 8),
        body="""Hi Ingrid,

Thank you again for the conversations over the last couple of weeks. I've thought about it a lot, and I don't think our data manager role is the right match at this time: we need someone who can also own statistical programming from day one, and that's not where your experience is (yet).

That said, I was genuinely impressed. A friend of mine, Dev Patil, runs clinical operations at a gene-therapy company in Waltham and is building out a data team. If you'd like, I'm glad to introduce you - just say the word.

All the best,
Naomi

--
Naomi Achterberg, PhD
Co-founder & CSO, Halcyon Bio""")

    add("rejection", "Tessellate Biosciences", "", "Clinical Data Associate", "en", "easy", "Ashby template",
        frm="Tessellate Biosciences <no-reply@ashbyhq.com>",
        subj="Update on your Tessellate Biosciences application", date=D(2026, 1, 8, 11, 30, "PT"),
        fmt="alt", body="""Hi Ingrid,

Thank you for applying to the Clinical Data Associate role at Tessellate Biosciences. After careful review, we've decided not to move forward with your candidacy at this time.

We appreciate your interest and wish you the best in your search.

Tessellate Biosciences Recruiting""")

    add("rejection", "Coastal Trial Solutions", "", "Clinical Data Coordinator II", "en", "hard",
        "company only as acronym 'CTS' in body; SmartRecruiters sender",
        frm="CTS Recruiting <noreply@smartrecruiters.com>",
        subj="Regarding your application", date=D(2026, 1, 14, 13, 15, "UTC"),
        body="""Dear Ingrid,

Thank you for your interest in joining CTS and for applying to the Clinical Data Coordinator II opening in our Wilmington, NC / remote data operations group.

We have reviewed your background carefully. While your profile is impressive, we have identified candidates whose qualifications are better aligned with the current requirements, and we will not be taking your application forward.

Your profile will remain in our talent community.

Kind regards,
Talent Acquisition | CTS - Coastal Trial Solutions""")

    add("rejection", "Pemberton Health", "", "Data Abstraction Specialist", "en", "easy",
        "Jobvite; chose candidates who match more closely",
        frm="Pemberton Health Careers <notifications@jobvite.com>",
        subj="Pemberton Health - Data Abstraction Specialist", date=D(2026, 2, 3, 8, 44, "CT"),
        fmt="alt", cte="quoted-printable", body="""Dear Ingrid,

We appreciate your interest in the Data Abstraction Specialist position with Pemberton Health. We have chosen to move ahead with candidates whose qualifications more closely fit the position at this time.

Please continue to explore opportunities at Pemberton Health - new positions are posted every week across our eleven hospitals.

Sincerely,
Pemberton Health Talent Acquisition""")

    add("rejection", "Quarry Point Biologics", "Erin", "Clinical Data Management Associate", "en", "hard",
        "'extended an offer' to another candidate; BambooHR",
        frm="Erin Castellano via BambooHR <notifications@app.bamboohr.com>",
        subj="Clinical Data Management Associate - Quarry Point", date=D(2026, 2, 26, 16, 12),
        body="""Hi Ingrid,

I wanted to close the loop with you. We have extended an offer to another candidate for the Clinical Data Management Associate role and they have accepted.

Thanks for your patience through the process and for the time you gave us. We'd be glad to see your name again in the future.

Erin Castellano
People Operations
Quarry Point Biologics""")

    add("rejection", "Alpenkern Biotech AG", "Sabine", "Clinical Data Manager (m/w/d)", "de", "easy",
        "German Absage via Teamtailor",
        frm="Alpenkern Biotech AG <sabine.moser@alpenkern.teamtailor-mail.com>",
        subj="Ihre Bewerbung als Clinical Data Manager (m/w/d)", date=D(2026, 3, 18, 10, 5, "ZRH"),
        fmt="alt", cte="quoted-printable", body="""Sehr geehrte Frau Solheim-Baptiste

Vielen Dank für Ihre Bewerbung und das Interesse an Alpenkern Biotech AG.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben uns für Kandidierende entschieden, deren Profil noch besser zu den Anforderungen der Stelle passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Sabine Moser
HR Business Partner
Alpenkern Biotech AG, Basel""")

    add("rejection", "Cliniqa", "Élodie", "Data Manager Clinique (H/F)", "fr", "easy", "French",
        frm="Élodie Marchand <e.marchand@cliniqa.fr>",
        subj="Votre candidature - Data Manager Clinique (H/F)", date=D(2026, 4, 7, 14, 26, "PAR"),
        body="""Bonjour Madame Solheim-Baptiste,

Nous vous remercions de l'intérêt que vous portez à Cliniqa et du temps consacré à nos échanges.

Après examen attentif de votre candidature, nous sommes au regret de vous informer que nous ne donnerons pas suite pour le poste de Data Manager Clinique (H/F). Votre profil est intéressant, mais nous avons retenu une candidature plus en adéquation avec nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Cliniqa SAS - Lyon""")

    add("rejection", "Grupo Hospitalario Albéniz", "", "Gestor/a de Datos Clínicos", "es", "easy",
        "Spanish ATS template",
        frm="Grupo Hospitalario Albéniz <empleo@gh-albeniz.es>",
        subj="Proceso de selección: Gestor/a de Datos Clínicos", date=D(2026, 4, 21, 9, 50, "MAD"),
        hdr=AG, fmt="alt", body="""Estimada Ingrid:

Le agradecemos su participación en el proceso de selección para el puesto de Gestor/a de Datos Clínicos en la Unidad de Investigación del Grupo Hospitalario Albéniz.

Lamentamos comunicarle que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso. Conservaremos sus datos para futuras vacantes que se ajusten a su perfil, salvo que nos indique lo contrario.

Atentamente,
Departamento de Personas
Grupo Hospitalario Albéniz""")

    inv = mid("northgate-invite", "northgateclinical.com")
    add("rejection", "Northgate Clinical Services", "Tamsin", "Senior Clinical Data Coordinator", "en", "hard",
        "reply quotes the earlier interview invitation",
        frm="Tamsin Hollowell <thollowell@northgateclinical.com>",
        subj="Re: Interview - Senior Clinical Data Coordinator", date=D(2026, 5, 20, 16, 58),
        irt=inv, body="""Hi Ingrid,

Thank you for meeting with Ana and the team last week. We've now finished all of our conversations, and I'm sorry to say we're going to go with another candidate who has more hands-on Medidata Rave build experience.

I enjoyed talking with you and hope our paths cross again.

Tamsin

On Mon, Apr 20, 2026 at 10:12 AM Tamsin Hollowell <thollowell@northgateclinical.com> wrote:
> Hi Ingrid,
>
> We'd love to invite you to interview for the Senior Clinical Data
> Coordinator role. Would Tuesday, April 28 at 2:00 PM ET work for a
> 45-minute video interview with me and Ana Ruiz, our DM lead?
>
> Tamsin Hollowell
> Clinical Data Operations, Northgate Clinical Services, LLC""")

    add("rejection", "Larkspur Health Analytics", "", "Data Quality Analyst", "en", "easy",
        "Workable; CV kept on file",
        frm="Larkspur Health Analytics <noreply@candidates.workablemail.com>",
        subj="Data Quality Analyst at Larkspur Health Analytics", date=D(2026, 5, 19, 7, 20, "LON"),
        body="""Dear Ingrid,

Thank you for applying for the Data Quality Analyst position at Larkspur Health Analytics.

Unfortunately we have decided to proceed with other candidates for this role. We'd like to keep your CV on file and may contact you should a suitable vacancy arise.

Kind regards,
Larkspur Health Analytics Hiring Team""")

    add("rejection", "Driftwood Therapeutics", "Ken", "Clinical Data Analyst", "en", "hard",
        "after take-home exercise; mentions review interview; feedback",
        frm="Ken Matsuda <ken.matsuda@driftwoodtx.com>",
        subj="Your take-home + next steps", date=D(2026, 6, 2, 13, 3, "PT"),
        fmt="alt", body="""Hi Ingrid,

Thanks for the take-home and for walking us through it in Friday's review session. Your edit-check specification was very clear.

We discussed it as a panel and we've decided not to advance you to the onsite stage. The main gap was SAS: the role leans heavily on listings and reconciliation programs, and the panel didn't feel that part was there yet.

I know that's disappointing after the work you put in. If you'd like more detailed feedback, I'm happy to do a 15-minute call.

Ken Matsuda
Director, Clinical Data Management
Driftwood Therapeutics""")

    add("rejection", "Rheintal Diagnostics GmbH", "", "Clinical Data Management Specialist", "en", "easy",
        "Personio template in English",
        frm="Rheintal Diagnostics GmbH <jobs@rheintal-dx.jobs.personio.de>",
        subj="Your application at Rheintal Diagnostics GmbH", date=D(2026, 6, 16, 11, 11, "ZRH"),
        body="""Dear Ingrid Solheim-Baptiste,

thank you very much for your application as Clinical Data Management Specialist and for your interest in Rheintal Diagnostics GmbH.

We regret to inform you that we have decided in favour of another applicant. Please do not take this as a judgement of your qualifications.

Best regards,
Your Rheintal Diagnostics recruiting team""")

    add("rejection", "Harbor Point Medical Group", "", "Research Data Assistant", "en", "hard",
        "Paradox chatbot persona; casual text-message tone",
        frm="Mia at Harbor Point Medical Group <mia@paradox.ai>",
        subj="An update from Mia at Harbor Point", date=D(2026, 7, 1, 18, 40),
        body="""Hi Ingrid! It's Mia, Harbor Point Medical Group's virtual recruiting assistant.

I checked in with the hiring team about the Research Data Assistant position. They've let me know they're moving forward with other people for this one, so your application is now closed.

You're welcome to text JOBS to 55012 anytime to see other openings. Take care!""")

    add("rejection", "Bayside University School of Medicine", "Per", "Research Project Coordinator (Data)", "en", "hard",
        "personal note from PI; no standard rejection phrase",
        frm="Per Lindqvist <plindqvist@bayside.edu>",
        subj="coordinator position", date=D(2026, 7, 14, 21, 17),
        body="""Dear Ingrid,

I'm sorry for the slow reply. I've decided to go with someone who has already built several REDCap longitudinal projects, since we're launching the cohort in September and I won't have time to train. It was a hard choice, you were one of two people I seriously considered.

If the grant renewal comes through next year we'll add a second position, and I'd encourage you to apply.

Best,
Per

Per Lindqvist, MD PhD
Associate Professor of Epidemiology
Bayside University School of Medicine""")

    add("rejection", "Veridane Pharmaceuticals", "", "Clinical Data Manager II", "en", "hard",
        "post-final-round Workday notice; says interviews went well",
        frm="Veridane Talent Acquisition <veridane@myworkday.com>",
        subj="Veridane Pharmaceuticals: Clinical Data Manager II (JR104233)", date=D(2026, 8, 5, 10, 0),
        fmt="alt", body="""Dear Ingrid,

Thank you for interviewing with Veridane Pharmaceuticals for the Clinical Data Manager II position (JR104233). Our hiring team appreciated the time you spent with them across your interviews and the thoughtful questions you asked.

Although you presented strong credentials, we have selected another finalist whose background is a closer fit for the immediate needs of the Immunology portfolio.

We hope you'll consider Veridane for future opportunities.

Regards,
Talent Acquisition
Veridane Pharmaceuticals, Inc.""")

    add("rejection", "Sorrel Bio", "Jenna", "Senior Clinical Data Manager", "en", "hard",
        "agency recruiter writing about client; casual",
        frm="Jenna Whitcombe <jenna@pipettesearch.com>",
        subj="Sorrel Bio update", date=D(2026, 6, 10, 9, 34),
        body="""Morning Ingrid,

Heard back from Sorrel late yesterday. They've decided to go with a candidate who's done more Medidata Rave builds, so they won't be taking things further with you. Their words: "really liked her, wrong timing."

I'm not giving up on you - I've got a CDM contract at a Lexington CRO landing on my desk next week. Talk soon?

Jenna
Pipette Search Group - Life Sciences Recruitment""")

    add("rejection", "Everwell Digital Health", "", "Clinical Data Analyst", "en", "easy",
        "Greenhouse; 'no longer being considered'",
        frm="Everwell Recruiting <no-reply@us.greenhouse-mail.io>",
        subj="Your application to Everwell", date=D(2026, 10, 6, 15, 5, "CT"),
        body="""Hi Ingrid,

Thank you for your interest in the Clinical Data Analyst position at Everwell Digital Health. We've reviewed your application and you are no longer being considered for this role.

We'll keep your information in our system and encourage you to apply for other roles that fit your experience.

Everwell Digital Health""")

    add("rejection", "Lantern Point Clinical Research", "", "Clinical Data Coordinator", "en", "easy",
        "HTML only, base64",
        frm="Lantern Point Clinical Research <careers@lanternpointcr.com>",
        subj="Clinical Data Coordinator - application outcome", date=D(2026, 11, 3, 12, 25),
        fmt="html", cte="base64", body="""Dear Ingrid,

Thank you for applying for the Clinical Data Coordinator role with Lantern Point Clinical Research.

We have decided to move forward with other candidates for this position. We encourage you to apply for future roles with us.

Best regards,
Lantern Point Clinical Research Talent Team""")


# ---------------------------------------------------------------- on hold
def on_hold() -> None:
    add("on_hold", "Quintessa Therapeutics", "Hallie", "Clinical Data Manager", "en", "hard",
        "'pausing this search' pending trial readout",
        frm="Hallie Bergstrom <hbergstrom@quintessatx.com>",
        subj="Clinical Data Manager search - pause", date=D(2025, 4, 9, 14, 48),
        body="""Hi Ingrid,

I owe you an update. Leadership has asked us to pause this search until after our Phase 2 readout in the summer, since the data management headcount depends on whether we move into Phase 3 in-house or with a CRO.

This has nothing to do with you - the team was keen to bring you in for the onsite. I'll reach out as soon as we know more.

Hallie Bergstrom
Talent Partner, Quintessa Therapeutics""")

    add("on_hold", "Saint Aldric Medical Center", "", "Clinical Research Data Specialist", "en", "hard",
        "requisition cancelled; template reads like a rejection",
        frm="Saint Aldric Careers <saintaldric@myworkday.com>",
        subj="Update: Clinical Research Data Specialist (R-0051207)", date=D(2025, 4, 24, 17, 3),
        hdr=AG, body="""Dear Ingrid,

We are writing regarding your application for Clinical Research Data Specialist (R-0051207).

This requisition has been cancelled and the position will not be filled at this time. As a result, your application will no longer be considered for this opening.

We thank you for your interest in Saint Aldric Medical Center.

Talent Acquisition
This mailbox is not monitored.""")

    add("on_hold", "Fenwick Memorial Hospital", "", "Clinical Trials Data Coordinator", "en", "easy",
        "explicit system-wide hiring freeze; parent-system sender",
        frm="Tremont Health Alliance Recruitment <recruitment@tremonthealth.org>",
        subj="Important update about your application - Fenwick Memorial Hospital",
        date=D(2025, 6, 2, 11, 0), fmt="alt", body="""Dear Ingrid,

Thank you for your interest in the Clinical Trials Data Coordinator position at Fenwick Memorial Hospital.

Tremont Health Alliance has implemented a system-wide hiring freeze for non-clinical positions effective immediately. Recruitment for this position is on hold, and we are not able to schedule further interviews at this time.

If the position is reopened, we will contact you to confirm your continued interest.

Tremont Health Alliance Talent Acquisition, on behalf of Fenwick Memorial Hospital""")

    add("on_hold", "Mosswood Genomics", "Priya", "Clinical Data Associate", "en", "hard",
        "role no longer open after reorg; no freeze keyword",
        frm="Priya Ramaswamy <priya@mosswoodgenomics.com>",
        subj="Clinical Data Associate", date=D(2025, 9, 3, 10, 22, "PT"),
        body="""Hi Ingrid,

Quick update, and not a fun one. We've restructured the clinical team this week and the Clinical Data Associate role is no longer open: that work is being folded into the CRO contract for now.

You were very much in the running, so I'm sorry about the timing. I've flagged your profile for when we rebuild in-house capacity.

Priya""")

    add("on_hold", "Bay Colony Public Health Commission", "", "Epidemiology Data Analyst", "en", "easy",
        "NEOGOV-style notice; recruitment cancelled for budget",
        frm="Bay Colony Public Health Commission <noreply@governmentjobs.com>",
        subj="Recruitment Cancelled: Epidemiology Data Analyst (#25-0317)", date=D(2025, 10, 20, 15, 30),
        hdr=AG, body="""Dear Ingrid Solheim-Baptiste,

The recruitment for Epidemiology Data Analyst (#25-0317) has been cancelled due to budget constraints for fiscal year 2026. No selection will be made from this recruitment.

Should the position be re-posted, you will need to submit a new application.

Human Resources Division
Bay Colony Public Health Commission""")

    add("on_hold", "Cliniqa", "Élodie", "Data Manager Clinique (H/F)", "fr", "hard",
        "French; recruitment suspended",
        frm="Élodie Marchand <e.marchand@cliniqa.fr>",
        subj="Point sur le recrutement Data Manager Clinique", date=D(2025, 12, 9, 9, 41, "PAR"),
        body="""Bonjour Ingrid,

Je reviens vers vous concernant le poste de Data Manager Clinique. Suite à la perte d'un appel d'offres important, la direction a décidé de suspendre ce recrutement jusqu'à nouvel ordre.

Cette décision n'a aucun lien avec votre candidature, que l'équipe avait beaucoup appréciée. Je ne manquerai pas de vous recontacter si le poste est rouvert.

Bien à vous,
Élodie Marchand
Cliniqa""")

    add("on_hold", "Tessellate Biosciences", "Marcus", "Clinical Data Manager", "en", "hard",
        "agency recruiter: client put role 'on ice'",
        frm="Marcus Oyelaran <marcus.o@helixtalentpartners.com>",
        subj="Tessellate - role on ice", date=D(2026, 1, 27, 8, 55),
        body="""Hi Ingrid,

Just got off the phone with Tessellate. They've put the CDM role on ice until at least Q3 while they renegotiate their CRO contracts. Their HM was clear it isn't about candidates - they simply can't add headcount right now.

I'll keep you posted, and in the meantime I'll keep sending you relevant roles.

Marcus""")

    add("on_hold", "Halcyon Bio", "Theo", "Clinical Data Lead", "en", "hard",
        "startup funding delay; holds off hiring",
        frm="Theo Marchetti <theo@halcyon.bio>",
        subj="Where things stand", date=D(2026, 3, 30, 22, 14),
        body="""Ingrid,

Being straight with you: our Series A close has slipped and our board asked us to hold off on all new hires until it's signed. That includes the data lead position we discussed.

I really hope we can pick this back up in a couple of months. I'll email you the moment we can.

Theo
CEO, Halcyon Bio""")

    add("on_hold", "Ostrander Medical Devices", "", "Clinical Data Analyst", "en", "easy",
        "position on hold; application remains active",
        frm="Ostrander Medical Devices <ostrandermedical@talent.icims.com>",
        subj="Clinical Data Analyst - Position On Hold", date=D(2026, 6, 23, 9, 12, "CT"),
        hdr=AG, body="""Dear Ingrid,

The Clinical Data Analyst position (Req. 2026-0412) you applied for has been placed on hold. Your application will remain active, and if the position is reopened a recruiter will contact you.

Thank you for your patience.

Ostrander Medical Devices Talent Acquisition""")

    add("on_hold", "Veridane Pharmaceuticals", "Graham", "Senior Clinical Data Manager", "en", "hard",
        "study deprioritised, requisition closed; contains 'unfortunately'",
        frm="Graham Oduya <graham.oduya@veridane.com>",
        subj="RE: Senior CDM - next steps", date=D(2026, 9, 29, 13, 37),
        fmt="alt", body="""Hi Ingrid,

Unfortunately I have to let you know that following last week's portfolio review the program this role supported was deprioritised, and we're closing the requisition rather than filling it.

To be clear, this isn't a reflection on you: your interviews went well and you were one of our two finalists. If a comparable role opens on another program I'd like to put you forward directly.

Best regards,
Graham Oduya
Associate Director, Data Management
Veridane Pharmaceuticals""")


# ---------------------------------------------------------------- interviews
def interviews() -> None:
    t = D(2025, 3, 12, 11, 0)
    add("interview", "Quintessa Therapeutics", "Hallie", "Clinical Data Manager", "en", "easy",
        "Greenhouse calendar invite with .ics", iat=t,
        frm="Hallie Bergstrom <no-reply@us.greenhouse-mail.io>",
        subj=f"Interview Confirmation: Quintessa Therapeutics - {day(t)}", date=D(2025, 3, 3, 15, 10),
        ics_part=ics("Ingrid Solheim-Baptiste / Quintessa - Hiring Manager Interview", t, 45,
                     "hbergstrom@quintessatx.com", "gh-77121@quintessatx.com", "Zoom"),
        body=f"""Hi Ingrid,

Your interview for Clinical Data Manager is confirmed.

When: {day(t)}, 2025, {hm(t)} - 11:45 AM Eastern Time
Who: Dr. Simone Faraday, Head of Clinical Data Management
Where: Zoom (link in the attached invite)

Please let me know if anything changes.

Hallie Bergstrom
Talent Partner, Quintessa Therapeutics""")

    add("interview", "Mosswood Genomics", "Rob", "Clinical Data Manager", "en", "easy",
        "Calendly link; no fixed time",
        frm="Rob Tennant <rob@mosswoodgenomics.com>",
        subj="Next step: chat with Mosswood data team", date=D(2025, 4, 28, 12, 2, "PT"),
        body="""Hi Ingrid,

Priya passed along your resume and I'd like to set up a 30-minute interview to talk through your EDC and data cleaning experience.

Grab any slot that works for you here: https://calendly.com/rob-mosswood/30min

Thanks,
Rob Tennant
VP Clinical Operations, Mosswood Genomics""")

    add("interview", "Veridane Pharmaceuticals", "", "Clinical Data Manager II", "en", "easy",
        "GoodTime availability request; slots only",
        frm="Veridane Recruiting Coordination <scheduling@goodtime.io>",
        subj="Veridane Pharmaceuticals - Please share your availability", date=D(2026, 7, 8, 9, 30),
        fmt="alt", body="""Hello Ingrid,

The hiring team for Clinical Data Manager II (JR104233) would like to schedule a panel interview with you (3 x 45 minutes, virtual).

Please select the times that work for you over the next two weeks using the link below:
https://app.goodtime.io/availability/veridane/c7f19a2e

Veridane Pharmaceuticals Recruiting Coordination""")

    t = D(2025, 11, 4, 13, 30)
    add("interview", "Halcyon Bio", "", "Data Manager", "en", "easy", "ModernLoop confirmation", iat=t,
        frm="Halcyon Bio Recruiting <notifications@modernloop.io>",
        subj=f"Confirmed: Interview with Halcyon Bio on {t:%b} {t.day}", date=D(2025, 10, 29, 16, 45),
        body=f"""Hi Ingrid,

Your interview with Halcyon Bio is confirmed.

{day(t)}, 2025
{hm(t)} - 2:30 PM (EST)
Google Meet: https://meet.google.com/hbx-qrmp-tuv

Interviewers: Naomi Achterberg (Co-founder & CSO), Luis Ferreira (Clinical Operations)

Need to reschedule? Use this link: https://modernloop.io/r/halcyon/8823""")

    d = D(2025, 7, 7, 8, 40)
    t = D(2025, 7, 10, 15, 0)
    add("interview", "Fenwick Memorial Hospital", "Walt", "Research Data Coordinator", "en", "hard",
        "reschedule to relative 'Thursday at 3'; no word interview", iat=t,
        frm="Walter Brennan <wbrennan@tremonthealth.org>", irt=mid("fenwick-sched", "tremonthealth.org"),
        subj="RE: Research Data Coordinator - Wednesday", date=d,
        body="""Hi Ingrid,

Something came up with our IRB meeting Wednesday. Could we move our conversation to Thursday at 3pm instead? Same place: Fenwick 4th floor, Research Operations, ask for me at the desk.

Walt""")

    t = D(2025, 8, 19, 9, 0, "CT")
    add("interview", "Ostrander Medical Devices", "Kayla", "Clinical Data Specialist", "en", "easy",
        "onsite itinerary; Central time", iat=t,
        frm="Kayla Brandvold <kbrandvold@ostrandermed.com>",
        subj="Your onsite visit - itinerary", date=D(2025, 8, 12, 14, 20, "CT"),
        fmt="alt", body=f"""Hi Ingrid,

We're looking forward to having you at our Minneapolis campus on {day(t)}. Here's your itinerary (all times Central):

9:00 - 9:45   Marissa Lund, Manager, Clinical Data Management
9:45 - 10:30  Panel: CDM team (3 data specialists)
10:30 - 11:15 Dr. Alan Greaves, Clinical Affairs Director
11:15 - 12:00 Lunch with Kayla and a site tour

Please check in at the front desk of Building B at 8:45. We'll reimburse travel per the email from our coordinator.

Kayla Brandvold
Talent Acquisition Partner
Ostrander Medical Devices, Inc.""")

    t = D(2025, 12, 16, 10, 0, "PT")
    add("interview", "Tessellate Biosciences", "Anika", "Clinical Data Associate", "en", "hard",
        "technical exercise + review session; Pacific time stated", iat=t,
        frm="Anika Bose <anika@tessellatebio.com>",
        subj="Technical session: eCRF review exercise", date=D(2025, 12, 10, 11, 5, "PT"),
        body=f"""Hi Ingrid,

Thanks for the great first conversation. The next step is a technical session: we'll share a mock eCRF and data listing, and you'll walk us through the edit checks and queries you'd raise. No prep needed.

We have you down for {day(t)} at 10:00 AM Pacific (1:00 PM your time) for 60 minutes. I'll send the Teams link the day before.

Anika Bose
Clinical Data Management Lead, Tessellate Biosciences""")

    add("interview", "Driftwood Therapeutics", "Ken", "Clinical Data Analyst", "en", "easy",
        "take-home exercise plus review to be scheduled",
        frm="Ken Matsuda <ken.matsuda@driftwoodtx.com>",
        subj="Driftwood: take-home exercise", date=D(2026, 5, 21, 10, 18, "PT"),
        body="""Hi Ingrid,

Great speaking with you on Tuesday. As mentioned, the next stage is a short take-home: a de-identified dataset and a protocol excerpt. Please draft an edit-check specification for the AE and ConMed forms (2-3 hours at most).

Send it back within five days, and we'll set up a 45-minute review session with me and two of the team to discuss it.

Files: https://share.driftwoodtx.com/s/takehome-cda

Ken""")

    d = D(2025, 10, 22, 18, 2)
    t = D(2025, 10, 23, 10, 30)
    add("interview", "Halcyon Bio", "Naomi", "Data Manager", "en", "hard",
        "'quick chat tomorrow at 10:30'; no word interview", iat=t,
        frm="Naomi Achterberg <naomi@halcyon.bio>",
        subj="Re: Data Manager role", date=d,
        body="""Hi Ingrid - thanks for the note and the resume. Let's do a quick chat tomorrow at 10:30, I'll call your cell. 20 minutes max, just want to hear about the trials you've supported.

N.""")

    add("interview", "Sorrel Bio", "Jenna", "Clinical Data Manager", "en", "hard",
        "agency recruiter; client wants to talk, choice of afternoons",
        frm="Jenna Whitcombe <jenna@pipettesearch.com>",
        subj="Sorrel Bio wants to meet you!", date=D(2026, 8, 18, 16, 20),
        body="""Hi Ingrid,

Great news - Sorrel's Head of Biometrics read your profile and wants a first-round video interview. Could you do Wednesday or Thursday afternoon this week? Give me two or three windows and I'll lock one in.

Jenna Whitcombe
Senior Consultant
Pipette Search Group - Life Sciences Recruitment""")

    t = D(2026, 3, 3, 13, 0)
    add("interview", "Office of Clinical Outcomes Research", "", "Health Data Specialist, GS-0601-12", "en", "easy",
        "government structured interview; Eastern time", iat=t,
        frm="OCOR Human Capital <ocor-hiring@ocor-hhs.gov>",
        subj="Interview Notification - Announcement OCOR-26-0207-DE", date=D(2026, 2, 20, 10, 14),
        body=f"""Dear Ms. Solheim-Baptiste,

You have been selected to interview for the position of Health Data Specialist, GS-0601-12, announcement OCOR-26-0207-DE.

Your structured panel interview is scheduled for {day(t)}, 2026 at 1:00 PM Eastern Time and will last approximately 60 minutes. It will be conducted via Microsoft Teams; the link will be sent separately.

Please confirm your attendance by replying to this message no later than February 25.

Office of Human Capital
Office of Clinical Outcomes Research""")

    d = D(2026, 9, 28, 15, 45)
    t = D(2026, 10, 2, 14, 0)
    add("interview", "Bayside University School of Medicine", "Marguerite", "Clinical Research Data Manager", "en", "hard",
        "relative 'Friday at 2 PM'; search committee panel", iat=t,
        frm="Marguerite Dubois-Kent <mdk@bayside.edu>",
        subj="Search committee interview", date=d,
        body="""Dear Ingrid,

On behalf of the search committee for the Clinical Research Data Manager position in the Clinical Trials Office, I'm pleased to invite you to meet with the committee this Friday at 2 PM (Zoom, 50 minutes). The panel will include faculty from Oncology and Cardiology and our regulatory manager.

Please confirm, and let me know if you need any accommodations.

Best regards,
Marguerite Dubois-Kent
Director, Clinical Trials Office
Bayside University School of Medicine""")

    t = D(2026, 3, 10, 15, 0, "ZRH")
    add("interview", "Alpenkern Biotech AG", "Sabine", "Clinical Data Manager (m/w/d)", "de", "easy",
        "German interview invitation; CET", iat=t,
        frm="Sabine Moser <sabine.moser@alpenkern.ch>",
        subj="Einladung zum Vorstellungsgespräch - Clinical Data Manager (m/w/d)", date=D(2026, 2, 27, 9, 20, "ZRH"),
        body="""Sehr geehrte Frau Solheim-Baptiste

Vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie kennenlernen und laden Sie zu einem ersten Gespräch per Microsoft Teams ein:

Termin: Dienstag, 10. März 2026, 15:00 Uhr (MEZ)
Dauer: ca. 45 Minuten
Teilnehmende: Dr. Lukas Frei (Head of Clinical Data Management) und ich

Das Gespräch findet auf Englisch statt. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse
Sabine Moser
HR Business Partner
Alpenkern Biotech AG""")

    add("interview", "Cliniqa", "Élodie", "Data Manager Clinique (H/F)", "fr", "easy",
        "French; two proposed slots",
        frm="Élodie Marchand <e.marchand@cliniqa.fr>",
        subj="Proposition d'entretien - Data Manager Clinique", date=D(2025, 11, 18, 10, 3, "PAR"),
        body="""Bonjour Ingrid,

Votre profil a retenu notre attention et nous souhaiterions échanger avec vous lors d'un entretien en visio avec notre responsable Data Management, M. Fabrice Lenoir.

Seriez-vous disponible jeudi 27 novembre à 15h00 ou vendredi 28 novembre à 16h00 (heure de Paris) ? Merci de m'indiquer le créneau qui vous convient.

Bien cordialement,
Élodie Marchand
Chargée de recrutement - Cliniqa""")

    t = D(2026, 3, 24, 16, 30, "MAD")
    add("interview", "Grupo Hospitalario Albéniz", "Lucía", "Gestor/a de Datos Clínicos", "es", "easy",
        "Spanish; Madrid time", iat=t,
        frm="Lucía Ferrándiz <lferrandiz@gh-albeniz.es>",
        subj="Entrevista - Gestor/a de Datos Clínicos", date=D(2026, 3, 16, 12, 40, "MAD"),
        body="""Hola Ingrid:

Gracias por tu interés en el puesto. Nos gustaría invitarte a una entrevista por videollamada con la Dra. Carmen Olmedo, responsable de la Unidad de Ensayos Clínicos.

Fecha: martes 24 de marzo de 2026
Hora: 16:30 (hora peninsular española)
Enlace: https://meet.gh-albeniz.es/entrevista/gdc-2611

¿Nos confirmas tu asistencia?

Un saludo,
Lucía Ferrándiz
Selección de Personal
Grupo Hospitalario Albéniz""")

    own = mid("ingrid-thanks-cts", "fastmail.com")
    t = D(2026, 1, 5, 11, 0)
    add("interview", "Coastal Trial Solutions", "Dana", "Clinical Data Manager I", "en", "hard",
        "quoted message speculates about 'not moving forward'; second conversation on Monday", iat=t,
        frm="Dana Whitfield <dwhitfield@coastaltrials.com>", irt=own,
        subj="Re: Thank you - CDM I conversation", date=D(2025, 12, 30, 14, 12),
        body="""Hi Ingrid,

No decision yet in either direction! Actually the opposite: our director, Paul Engstrom, would like a second conversation with you. Let's say Monday at 11am ET, 30 minutes on Teams - invite to follow.

Best,
Dana Whitfield
Recruiter | CTS - Coastal Trial Solutions

On Tue, Dec 23, 2025 at 9:04 AM Ingrid Solheim-Baptiste <ingrid.sb@fastmail.com> wrote:
> Hi Dana,
> Thank you again for your time on Friday. I understand the team may
> decide not to move forward given my limited CRO experience, but I
> wanted to reiterate my interest in the role.
> Best, Ingrid""")

    add("interview", "Pemberton Health", "Lorraine", "Clinical Research Data Analyst", "en", "hard",
        "phone screen request without the word interview",
        frm="Lorraine Pike <lorraine.pike@pembertonhealth.org>",
        subj="Clinical Research Data Analyst - Pemberton Health", date=D(2026, 4, 14, 13, 55, "CT"),
        body="""Hello Ingrid,

I'm the recruiter supporting our Clinical Research Data Analyst opening and I'd like to set up a 20-minute phone call to go over the role, schedule and salary range, and hear a bit more about your background.

What does your availability look like later this week? Mornings Central time are easiest for me.

Thanks,
Lorraine Pike
Talent Acquisition, Pemberton Health""")

    t = D(2026, 5, 12, 10, 0)
    add("interview", "Northgate Clinical Services", "Ana", "Senior Clinical Data Coordinator", "en", "easy",
        "Outlook calendar invite, inline text/calendar", iat=t,
        frm="Ana Ruiz <aruiz@northgateclinical.com>",
        subj="Interview: Ingrid Solheim-Baptiste - DM team", date=D(2026, 5, 7, 9, 10),
        ics_part=ics("Interview: Ingrid Solheim-Baptiste - DM team", t, 60, "aruiz@northgateclinical.com",
                     "040000008200E00074C5B7101A82E008@northgateclinical.com", "Microsoft Teams Meeting"),
        ics_inline=True,
        hdr={"X-MS-Has-Attach": "", "Thread-Topic": "Interview: Ingrid Solheim-Baptiste - DM team"},
        body=f"""When: {day(t)}, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Ingrid, this is the second round with me and two of our data managers. We'll go through a case on reconciling SAE data between safety and EDC.

Ana Ruiz
Manager, Data Management
________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_northgate_5512
Meeting ID: 318 552 907 114  Passcode: T6xq9""")

    add("interview", "Everwell Digital Health", "", "Clinical Data Analyst", "en", "easy",
        "one-way recorded video interview; HTML only",
        frm="Everwell Digital Health <noreply@hirevue-mail.com>",
        subj="Complete your video interview for Everwell Digital Health", date=D(2026, 9, 8, 7, 30, "CT"),
        fmt="html", hdr=AG, body="""Hi Ingrid,

Everwell Digital Health has invited you to complete an on-demand video interview for Clinical Data Analyst.

You'll answer 5 questions on camera, with up to 3 minutes per answer. Please complete your interview by September 15.

Start your interview: https://app.hirevue-mail.com/i/everwell/9f31c

Good luck!""")

    t = D(2025, 9, 25, 13, 0)
    add("interview", "Brightmoor Diagnostics", "Marcus", "Clinical Data Manager (contract-to-hire)", "en", "hard",
        "agency recruiter confirms client's final round; date as 9/25", iat=t,
        frm="Marcus Oyelaran <marcus.o@helixtalentpartners.com>",
        subj="Brightmoor final round confirmed", date=D(2025, 9, 22, 17, 5),
        body="""Ingrid - locked in! Brightmoor final round is Thursday 9/25 at 1pm, at their Bedford office (12 Crosby Drive, 2nd floor). You'll meet Lorna Keats and the VP of Clinical Affairs, ~90 minutes total.

I'll call you Wednesday evening to prep.

Marcus Oyelaran | Helix Talent Partners""")

    d = D(2026, 10, 14, 11, 26)
    t = D(2026, 10, 26, 9, 0)
    add("interview", "Lantern Point Clinical Research", "Beatriz", "Clinical Data Manager", "en", "hard",
        "'Unfortunately' and 'not' in an interview reschedule; date as 'the 26th at 9'", iat=t,
        frm="Beatriz Okonjo <bokonjo@lanternpointcr.com>",
        subj="Re: Application - Clinical Data Manager", date=d,
        body="""Hi Ingrid,

Unfortunately Dr. Hassan is not available next week after all, so we won't be able to meet on the 20th as planned. Could we do your interview on Monday the 26th at 9 instead? Same format, on-site at our Quincy office.

Apologies for the shuffle!
Beatriz Okonjo
HR Generalist, Lantern Point Clinical Research""")

    add("interview", "Driftwood Therapeutics", "", "Associate Data Manager", "en", "easy",
        "Recruitee 'meet the team' invitation with booking link",
        frm="Driftwood Therapeutics <driftwood@recruitee-mail.com>",
        subj="Invitation: Meet the Driftwood data team", date=D(2025, 1, 21, 12, 0, "PT"),
        body="""Hi Ingrid,

Thanks for applying for Associate Data Manager. We'd like to invite you to a virtual interview with our data team (60 minutes).

Please book a time that works for you: https://driftwood.recruitee.com/book/adm-2025

Driftwood Therapeutics Talent Team""")


# ---------------------------------------------------------------- offers
def offers() -> None:
    add("offer", "Quintessa Therapeutics", "Hallie", "Clinical Data Manager", "en", "easy",
        "offer letter PDF attached",
        frm="Hallie Bergstrom <hbergstrom@quintessatx.com>",
        subj="Your offer from Quintessa Therapeutics", date=D(2025, 8, 14, 16, 30),
        pdf="Quintessa_Offer_Letter_Solheim-Baptiste.pdf", body="""Hi Ingrid,

It's my pleasure to share your formal offer for the Clinical Data Manager position! The attached letter covers base salary, sign-on bonus, equity and benefits, with a proposed start date of September 15.

Please review and let me know if you have any questions. We'd appreciate your signature by August 21.

We're so excited about the possibility of you joining us.

Hallie Bergstrom
Talent Partner, Quintessa Therapeutics""")

    add("offer", "Ostrander Medical Devices", "Kayla", "Clinical Data Specialist", "en", "hard",
        "written follow-up to a verbal offer; never says 'offer'",
        frm="Kayla Brandvold <kbrandvold@ostrandermed.com>",
        subj="Following up on our call", date=D(2025, 8, 27, 15, 2, "CT"),
        body="""Hi Ingrid,

Thanks for taking my call this afternoon - Marissa and the team are thrilled. As promised, here is a summary of what we discussed:

- Title: Clinical Data Specialist, Clinical Data Management
- Base salary: $88,500, plus 8% annual incentive target
- Remote with quarterly travel to Minneapolis
- Start date: Monday, October 6 (flexible)

The formal paperwork will arrive from our HR system tomorrow for your e-signature. Let me know if any of the details above don't match your understanding.

Kayla Brandvold
Talent Acquisition Partner, Ostrander Medical Devices, Inc.""")

    add("offer", "Grupo Hospitalario Albéniz", "Lucía", "Coordinador/a de Datos de Ensayos Clínicos", "es", "easy",
        "Spanish offer",
        frm="Lucía Ferrándiz <lferrandiz@gh-albeniz.es>",
        subj="Oferta de empleo - Coordinador/a de Datos de Ensayos Clínicos", date=D(2025, 5, 13, 13, 15, "MAD"),
        pdf="Oferta_GDC_Solheim-Baptiste.pdf", body="""Hola Ingrid:

Nos complace ofrecerte el puesto de Coordinador/a de Datos de Ensayos Clínicos en la Unidad de Investigación del Grupo Hospitalario Albéniz, con modalidad híbrida y una retribución bruta anual de 42.000 EUR.

Adjuntamos la carta de oferta con todas las condiciones. Te agradeceríamos una respuesta antes del 23 de mayo.

¡Esperamos contar contigo!

Lucía Ferrándiz
Selección de Personal
Grupo Hospitalario Albéniz""")

    add("offer", "Saint Aldric Medical Center", "", "Clinical Research Data Specialist", "en", "easy",
        "Workday 'offer ready' notice; HTML only",
        frm="Saint Aldric Careers <saintaldric@myworkday.com>",
        subj="Action Required: Your Offer is Ready for Review", date=D(2026, 2, 17, 10, 40),
        fmt="html", hdr=AG, body="""Dear Ingrid,

Congratulations! Saint Aldric Medical Center has extended you an offer for the Clinical Research Data Specialist position.

Please sign in to your candidate home account to review and accept or decline your offer: https://saintaldric.wd1.myworkday.com/careers/candidate-home

The offer will expire in 5 business days.

Saint Aldric Medical Center Talent Acquisition""")

    add("offer", "Sorrel Bio", "Jenna", "Clinical Data Manager", "en", "easy",
        "agency recruiter relays client's offer",
        frm="Jenna Whitcombe <jenna@pipettesearch.com>",
        subj="OFFER - Sorrel Bio!!", date=D(2026, 10, 1, 12, 11),
        body="""Ingrid!!

Sorrel Bio came back this morning with an offer: Clinical Data Manager, $112k base, 10% bonus, options, start November 2. They want to hear back by Tuesday. Their written offer letter will come directly from their People team today.

Call me when you can - I'm thrilled for you.

Jenna Whitcombe
Pipette Search Group""")

    add("offer", "Halcyon Bio", "Theo", "Clinical Data Lead", "en", "hard",
        "startup founder; 'join us' terms without the word offer",
        frm="Theo Marchetti <theo@halcyon.bio>",
        subj="Halcyon - let's make it official", date=D(2026, 6, 9, 20, 3),
        body="""Ingrid,

The Series A closed last Friday, and the first thing Naomi and I agreed on was that we want you as our first Clinical Data Lead.

Here's what we can put together: $118,000 base, 0.35% equity vesting over four years, full benefits, and a start date any time in July. Our counsel will send the paperwork once you say yes.

We know we asked you to be patient - thank you for that. Hope to hear good news.

Theo
CEO, Halcyon Bio""")


# ---------------------------------------------------------------- acknowledgements
def acknowledgements() -> None:
    add("application_received", "Veridane Pharmaceuticals", "", "Clinical Data Manager II", "en", "easy",
        "Workday acknowledgement",
        frm="Veridane Talent Acquisition <veridane@myworkday.com>",
        subj="Thank you for applying to Veridane Pharmaceuticals", date=D(2026, 6, 19, 22, 41),
        hdr=AG, fmt="alt", body="""Dear Ingrid,

Thank you for applying for Clinical Data Manager II (JR104233) at Veridane Pharmaceuticals. We have received your application and our talent acquisition team will review your qualifications.

You can track your application status at any time in your candidate home account.

Veridane Talent Acquisition""")

    add("application_received", "Everwell Digital Health", "", "Clinical Data Analyst", "en", "easy",
        "Greenhouse acknowledgement",
        frm="Everwell Recruiting <no-reply@us.greenhouse-mail.io>",
        subj="Thanks for applying to Everwell Digital Health!", date=D(2026, 8, 30, 20, 2, "CT"),
        body="""Hi Ingrid,

Thanks for your interest in Everwell Digital Health! We've received your application for Clinical Data Analyst and our team is reviewing it now. If your experience is a match, we'll reach out about next steps.

The Everwell Recruiting Team""")

    add("application_received", "Mosswood Genomics", "", "Clinical Data Associate", "en", "easy",
        "Lever acknowledgement",
        frm="Mosswood Genomics <no-reply@hire.lever.co>",
        subj="Your application to Mosswood Genomics", date=D(2025, 8, 11, 9, 13, "PT"),
        fmt="alt", body="""Hi Ingrid,

Thank you for applying to the Clinical Data Associate position at Mosswood Genomics. We've got your application and our hiring team is taking a look.

Thanks,
Mosswood Genomics""")

    add("application_received", "Brightmoor Diagnostics", "", "Clinical Data Manager", "en", "easy",
        "iCIMS acknowledgement; Auto-Submitted header",
        frm="Brightmoor Diagnostics Careers <brightmoordx@talent.icims.com>",
        subj="Brightmoor Diagnostics - Application Received", date=D(2025, 9, 1, 6, 30, "CT"),
        hdr=AG, body="""Dear Ingrid,

We have received your application for the position of Clinical Data Manager (Req 3391). Thank you for your interest in Brightmoor Diagnostics.

A member of our recruiting team will review your background. Due to the volume of applications we receive, only candidates selected to continue will be contacted.

Brightmoor Diagnostics Talent Acquisition""")

    add("application_received", "Tessellate Biosciences", "", "Clinical Data Associate", "en", "easy",
        "Ashby acknowledgement",
        frm="Tessellate Biosciences <no-reply@ashbyhq.com>",
        subj="We received your application", date=D(2025, 11, 20, 14, 8, "PT"),
        body="""Hi Ingrid,

Thanks for applying to Tessellate Biosciences for the Clinical Data Associate role. We've received your application and will be in touch if there's a fit.

Tessellate Biosciences""")

    add("application_received", "Coastal Trial Solutions", "", "Clinical Data Manager I", "en", "hard",
        "describes 'not selected' and interview as future possibilities; acronym sender",
        frm="CTS Recruiting <noreply@smartrecruiters.com>",
        subj="CTS: Application received - Clinical Data Manager I", date=D(2025, 11, 30, 3, 12, "UTC"),
        body="""Dear Ingrid,

Thank you for applying to the Clinical Data Manager I position at CTS - Coastal Trial Solutions.

What happens next:
1. Our recruiters review every application within 10 business days.
2. If your profile matches, we will invite you to a phone screen, followed by interviews with the hiring team.
3. If you are not selected to move forward, you will be notified by email.

We appreciate your interest.
CTS Talent Acquisition""")

    add("application_received", "Pemberton Health", "", "Clinical Research Data Analyst", "en", "hard",
        "'Unfortunately' in an acknowledgement",
        frm="Pemberton Health Careers <notifications@jobvite.com>",
        subj="Application confirmation - Clinical Research Data Analyst", date=D(2026, 4, 2, 19, 26, "CT"),
        body="""Dear Ingrid,

Thank you for applying for the Clinical Research Data Analyst position with Pemberton Health. Your application has been received.

Unfortunately, due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications match our needs, a recruiter will contact you.

Pemberton Health Talent Acquisition""")

    add("application_received", "Bayside University School of Medicine", "", "Clinical Research Data Manager", "en", "easy",
        "Taleo-style acknowledgement",
        frm="Bayside University Careers <bayside@taleo.net>",
        subj="Bayside University - Application Submitted - Job 44120", date=D(2026, 8, 24, 8, 2),
        hdr=AG, body="""Dear Ingrid Solheim-Baptiste,

Your application for Job 44120, Clinical Research Data Manager (Clinical Trials Office, School of Medicine), has been successfully submitted.

You may review the status of your submission by logging into the Bayside University careers portal.

Office of Human Resources
Bayside University""")

    add("application_received", "Office of Clinical Outcomes Research", "", "Health Data Specialist, GS-0601-12", "en", "easy",
        "USAJOBS-style 'Received' status",
        frm="USAJOBS <no-reply@usajobs-notify.gov>",
        subj="Application Received: OCOR-26-0207-DE", date=D(2026, 1, 22, 17, 48),
        hdr=AG, body="""Hello Ingrid,

Your application for the following position has been received by the hiring agency.

Announcement: OCOR-26-0207-DE
Position: Health Data Specialist, GS-0601-12
Agency: Office of Clinical Outcomes Research
Status: Received

The agency will review your application after the announcement closes. Check your application status in your account.

This is an automated message. Replies are not read.""")

    add("application_received", "Bay Colony Public Health Commission", "", "Epidemiology Data Analyst", "en", "hard",
        "mentions interviews and selection as future steps",
        frm="Bay Colony Public Health Commission <noreply@governmentjobs.com>",
        subj="Thank you for applying: Epidemiology Data Analyst (#25-0317)", date=D(2025, 9, 26, 11, 7),
        hdr=AG, body="""Dear Ingrid Solheim-Baptiste,

Thank you for applying for Epidemiology Data Analyst (#25-0317). Your application was received on 09/26/2025.

Applications will be screened for minimum qualifications. Candidates who are selected for interview will be contacted by the hiring department; candidates who are not selected will be notified once the position is filled.

Human Resources Division
Bay Colony Public Health Commission""")

    add("application_received", "Alpenkern Biotech AG", "", "Clinical Data Manager (m/w/d)", "de", "easy",
        "German Eingangsbestätigung",
        frm="Alpenkern Biotech AG <noreply@alpenkern.jobs.personio.de>",
        subj="Eingangsbestätigung Ihrer Bewerbung", date=D(2026, 2, 9, 7, 58, "ZRH"),
        hdr=AG, body="""Guten Tag Frau Solheim-Baptiste

Herzlichen Dank für Ihre Bewerbung als Clinical Data Manager (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden nun sorgfältig geprüft.

Wir melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr Recruiting-Team der Alpenkern Biotech AG""")

    add("application_received", "Grupo Hospitalario Albéniz", "", "Gestor/a de Datos Clínicos", "es", "easy",
        "Spanish acknowledgement",
        frm="Grupo Hospitalario Albéniz <empleo@gh-albeniz.es>",
        subj="Hemos recibido tu candidatura", date=D(2026, 3, 2, 18, 33, "MAD"),
        hdr=AG, body="""Hola Ingrid:

Gracias por inscribirte en la oferta Gestor/a de Datos Clínicos. Hemos recibido tu candidatura correctamente y el equipo de Selección la revisará en los próximos días.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Departamento de Personas - Grupo Hospitalario Albéniz""")

    add("application_received", "Rheintal Diagnostics GmbH", "", "Clinical Data Management Specialist", "en", "easy",
        "Teamtailor acknowledgement in English",
        frm="Rheintal Diagnostics GmbH <noreply@rheintal-dx.teamtailor-mail.com>",
        subj="Thanks for your application, Ingrid", date=D(2026, 5, 29, 15, 3, "ZRH"),
        body="""Hi Ingrid,

Thanks for applying for Clinical Data Management Specialist at Rheintal Diagnostics GmbH! We have received your application and will get back to you as soon as we have reviewed it.

Best regards,
Rheintal Diagnostics GmbH""")

    add("application_received", "Quarry Point Biologics", "Erin", "Clinical Data Management Associate", "en", "hard",
        "chatty templated acknowledgement that reads like a personal note",
        frm="Erin Castellano via BambooHR <notifications@app.bamboohr.com>",
        subj="Hey Ingrid - got it!", date=D(2026, 1, 29, 11, 48),
        body="""Hey Ingrid!

Just wanted to say thanks for throwing your hat in the ring for our Clinical Data Management Associate role. Your application landed safely in our inbox and a real human (me!) will read it.

We're a small team, so give us a week or two. Feel free to check out our blog in the meantime.

Cheers,
Erin @ Quarry Point Biologics""")

    add("application_received", "Larkspur Health Analytics", "", "Data Quality Analyst", "en", "easy",
        "Workable acknowledgement",
        frm="Larkspur Health Analytics <noreply@candidates.workablemail.com>",
        subj="Application received - Data Quality Analyst", date=D(2026, 5, 4, 10, 12, "LON"),
        body="""Dear Ingrid,

Thank you for applying for the Data Quality Analyst position at Larkspur Health Analytics. We'll review your application and be in touch soon.

Larkspur Health Analytics Hiring Team""")

    add("application_received", "Harbor Point Medical Group", "", "Research Data Assistant", "en", "hard",
        "Paradox chatbot confirmation; conversational",
        frm="Mia at Harbor Point Medical Group <mia@paradox.ai>",
        subj="You're all set, Ingrid!", date=D(2026, 6, 20, 13, 21),
        body="""Thanks for chatting with me, Ingrid! Your application for Research Data Assistant at Harbor Point Medical Group is complete.

The hiring team usually reviews new applications within 3-5 business days. I'll text or email you if they'd like to take the next step.

- Mia, virtual recruiting assistant""")


# ---------------------------------------------------------------- auto replies
def auto_replies() -> None:
    add("auto_reply", "Quintessa Therapeutics", "Hallie", "", "en", "easy", "OOO 'back on 3/14'; both headers",
        ret="2025-03-14", frm="Hallie Bergstrom <hbergstrom@quintessatx.com>", hdr=AR,
        subj="Automatic reply: Clinical Data Manager - references", date=D(2025, 3, 10, 8, 1),
        body="""Thanks for your email. I'm out of the office with limited access to email and will be back on 3/14. For urgent recruiting matters please contact talent@quintessatx.com.

Hallie""")

    add("auto_reply", "Veridane Pharmaceuticals", "Graham", "", "en", "easy", "'returning Monday 9 March'",
        ret="2026-03-09", frm="Graham Oduya <graham.oduya@veridane.com>", hdr={"Auto-Submitted": "auto-replied"},
        subj="Out of Office: Re: Informational chat", date=D(2026, 2, 27, 14, 3),
        body="""I am currently on annual leave, returning Monday 9 March. I will respond to your message on my return.

Graham Oduya
Associate Director, Data Management | Veridane Pharmaceuticals""")

    add("auto_reply", "Larkspur Health Analytics", "Imogen", "", "en", "hard",
        "'until 2026-06-09 inclusive' (return = next day); no auto headers", ret="2026-06-10",
        frm="Imogen Hartley <imogen.hartley@larkspurhealth.co.uk>",
        subj="Re: Data Quality Analyst - question about the role", date=D(2026, 5, 26, 9, 30, "LON"),
        body="""Hello,

I am out of the office until 2026-06-09 inclusive and not checking email. Messages will not be forwarded; I will reply when I'm back.

Imogen Hartley
Head of Data, Larkspur Health Analytics""")

    add("auto_reply", "Brightmoor Diagnostics", "Lorna", "", "en", "easy",
        "no longer at the company; redirects to colleague",
        frm="Lorna Keats <lkeats@brightmoordx.com>", hdr=AR,
        subj="Automatic reply: Thank you", date=D(2026, 2, 12, 10, 0),
        body="""Thank you for your message. I no longer work at Brightmoor Diagnostics. For clinical data management matters please contact Rajesh Menon (rmenon@brightmoordx.com); for recruiting please write to careers@brightmoordx.com.

This mailbox will be deactivated on March 31, 2026.""")

    add("auto_reply", "Saint Aldric Medical Center", "", "Clinical Research Data Specialist", "en", "hard",
        "bounce-back from unmonitored ATS mailbox on the application thread",
        frm="Saint Aldric Careers <saintaldric@myworkday.com>", hdr=AR,
        irt=mid("ingrid-reply-aldric", "fastmail.com"),
        subj="Re: Update: Clinical Research Data Specialist (R-0051207)", date=D(2025, 4, 24, 19, 15),
        body="""This mailbox is not monitored. Your message has not been delivered to a recruiter.

For questions about an application, please sign in to your candidate home account or call Saint Aldric Human Resources at (617) 555-0170.""")

    add("auto_reply", "Ostrander Medical Devices", "Marissa", "Clinical Data Specialist", "en", "hard",
        "parental leave; mentions interviews and start date; only X-Autoreply header", ret="2025-12-01",
        frm="Marissa Lund <mlund@ostrandermed.com>", hdr={"X-Autoreply": "yes"},
        subj="Re: Clinical Data Specialist - first week", date=D(2025, 9, 19, 11, 11, "CT"),
        body="""Hi, I'm on parental leave and will be returning December 1, 2025. During my leave, please direct questions about CDM onboarding, interview scheduling or open positions to Kayla Brandvold (kbrandvold@ostrandermed.com).

Marissa""")

    add("auto_reply", "Alpenkern Biotech AG", "Lukas", "", "de", "easy", "German Abwesenheitsnotiz; 'ab dem 6. Januar'",
        ret="2026-01-06", frm="Lukas Frei <lukas.frei@alpenkern.ch>", hdr=AR,
        subj="Abwesenheitsnotiz: Clinical Data Manager Stelle", date=D(2025, 12, 22, 16, 44, "ZRH"),
        body="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 5. Januar abwesend und ab dem 6. Januar wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an hr@alpenkern.ch.

Freundliche Grüsse
Lukas Frei""")

    add("auto_reply", "Cliniqa", "Fabrice", "", "fr", "easy", "French absence message",
        ret="2025-11-03", frm="Fabrice Lenoir <f.lenoir@cliniqa.fr>", hdr=AR,
        subj="Réponse automatique : Candidature Data Manager", date=D(2025, 10, 24, 18, 2, "PAR"),
        body="""Bonjour,

Je suis absent du bureau pendant les vacances de la Toussaint, de retour le lundi 3 novembre. Pour toute urgence, merci de contacter Élodie Marchand (e.marchand@cliniqa.fr).

Cordialement,
Fabrice Lenoir""")

    add("auto_reply", "Halcyon Bio", "Naomi", "", "en", "hard", "relative 'back Monday'; no auto headers",
        ret="2025-10-20", frm="Naomi Achterberg <naomi@halcyon.bio>",
        subj="Re: Data Manager role", date=D(2025, 10, 16, 7, 12),
        body="""Hi - I'm at a lab offsite through the end of the week with patchy wifi. Back Monday and will reply then.

N.""")

    add("auto_reply", "Northgate Clinical Services", "Ana", "", "en", "hard",
        "conference OOO mentioning interviews; return stated as October 2", ret="2026-10-02",
        frm="Ana Ruiz <aruiz@northgateclinical.com>", hdr=AR,
        subj="Automatic reply: Interview follow-up", date=D(2026, 9, 28, 10, 30),
        body="""Hello, I'm attending the SCDM Annual Conference through October 1 with limited access to email, and I'll be back in the office on October 2. If this is about interview scheduling, please contact Tamsin Hollowell.

Ana Ruiz | Manager, Data Management | Northgate Clinical Services""")

    add("auto_reply", "Coastal Trial Solutions", "Dana", "", "en", "hard",
        "subject contains 'interview'; no return date",
        frm="Dana Whitfield <dwhitfield@coastaltrials.com>", hdr={"Auto-Submitted": "auto-replied"},
        subj="Automatic reply: Re: Interview availability", date=D(2025, 12, 26, 9, 0),
        body="""Thank you for your email. I am out of the office for the holidays with limited access to email. I will respond as soon as possible after my return.

Dana Whitfield | Recruiter | CTS - Coastal Trial Solutions""")

    add("auto_reply", "Tremont Health Alliance", "", "", "en", "easy",
        "generic mailbox auto-acknowledgement of an email",
        frm="Tremont Health Alliance Recruitment <recruitment@tremonthealth.org>", hdr=AR,
        subj="RE: Question about Clinical Trials Data Coordinator posting", date=D(2025, 5, 19, 12, 30),
        body="""Thank you for contacting Tremont Health Alliance Talent Acquisition. This is an automated response.

Due to high volume, please allow up to five business days for a reply. This inbox does not process applications - to apply, please visit careers.tremonthealth.org.""")

    add("auto_reply", "Sorrel Bio", "Jenna", "", "en", "hard",
        "agency recruiter OOO; 'back on the 27th' resolved against Date", ret="2026-08-27",
        frm="Jenna Whitcombe <jenna@pipettesearch.com>",
        subj="Re: Sorrel Bio wants to meet you!", date=D(2026, 8, 21, 15, 48),
        body="""Hi there, I'm away from my desk until the 27th with no laptop (finally a real vacation!). If it's urgent, my colleague Omar Haddad can help: omar@pipettesearch.com.

Jenna""")

    add("auto_reply", "Office of Clinical Outcomes Research", "", "", "en", "hard",
        "'this inbox is not monitored' from a government hiring mailbox",
        frm="OCOR Human Capital <ocor-hiring@ocor-hhs.gov>", hdr=AR,
        subj="Automatic reply: Confirmation - interview OCOR-26-0207-DE", date=D(2026, 2, 23, 9, 4),
        body="""This mailbox is not monitored for individual correspondence. Messages sent to this address are not read.

For questions about a vacancy announcement, use the contact information listed in the announcement.""")


# ---------------------------------------------------------------- other
def others() -> None:
    add("other", "", "", "", "en", "easy", "job alert digest",
        frm="JobLens Alerts <alerts@joblens.com>", hdr=unsub("https://joblens.com/u/alerts?id=88a1"),
        subj="15 new Clinical Data Manager jobs in Boston, MA", date=D(2025, 1, 13, 6, 0), fmt="alt",
        body="""Hi Ingrid, here are new jobs matching your alert "Clinical Data Manager - Boston, MA":

Clinical Data Manager - Veridane Pharmaceuticals - Cambridge, MA - Easy apply
Sr. Clinical Data Coordinator - Northgate Clinical Services - Remote
Data Manager, Oncology - Fenwick Memorial Hospital - Boston, MA
... and 12 more

See all jobs: https://joblens.com/alerts/88a1

You are receiving this because you created a job alert. Unsubscribe: https://joblens.com/u/alerts?id=88a1""")

    add("other", "", "", "", "en", "hard", "career newsletter about bouncing back from rejection; quotes ATS wording",
        frm="The Data Desk Weekly <hello@datadeskweekly.com>", hdr=unsub("https://datadeskweekly.com/unsub"),
        subj="\"We've decided to move forward with other candidates\" - now what?", date=D(2025, 2, 20, 7, 15),
        fmt="alt", body="""This week in The Data Desk:

1. "We've decided to move forward with other candidates": five things to do in the 24 hours after a rejection.
2. Reader question: my interview went great and then silence. Should I follow up?
3. Salary snapshot: clinical data managers in the Northeast.

Read online: https://datadeskweekly.com/issues/112

You're receiving this because you subscribed at datadeskweekly.com.""")

    add("other", "", "", "", "en", "hard", "podcast 'interview' with a CRO executive; HTML only",
        frm="Trial Talk Podcast <podcast@trialtalk.fm>", hdr=unsub("https://trialtalk.fm/unsubscribe"),
        subj="New episode: our interview with the CEO of a top-10 CRO", date=D(2025, 3, 27, 12, 0, "PT"),
        fmt="html", body="""New on Trial Talk

This week we sat down for an in-depth interview with the CEO of one of the world's largest CROs about decentralised trials, AI-assisted data cleaning and why database lock still takes six weeks.

Listen now on your favourite podcast app: https://trialtalk.fm/ep/147

Offer for listeners: 15% off SCDM webinar passes with code TALK15.""")

    add("other", "", "", "", "en", "hard", "'declined' and 'unfortunately' in a card alert",
        frm="Minuteman Federal Credit Union <alerts@minutemanfcu.org>",
        subj="Alert: A transaction on your card was declined", date=D(2025, 4, 16, 20, 44),
        body="""Hi Ingrid,

Unfortunately, a transaction on your debit card ending in 4471 was declined on 04/16/2025 at 8:41 PM.

Merchant: SCDM ONLINE STORE
Amount: $425.00
Reason: Exceeds daily purchase limit

If you recognise this transaction, you can raise your limit in the app. If not, call us at 1-800-555-0133.

Minuteman Federal Credit Union""")

    add("other", "", "Ravi", "", "en", "hard", "pull request closed: 'will not be merged'",
        frm="Ravi Chandrasekar <notifications@github.com>",
        hdr={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB7Q>", "Precedence": "list"},
        subj="Re: [openedc/redcap-tools] Add longitudinal event export helper (PR #214)", date=D(2025, 5, 5, 3, 21, "IST"),
        body="""@ingridsb thanks for the contribution. After discussing with the other maintainers we've decided not to move forward with this PR: the export helper duplicates functionality coming in v3 and we'd rather not maintain two code paths. Closing for now, but please do open an issue if v3 doesn't cover your use case.

-- Ravi

Reply to this email directly, view it on GitHub, or unsubscribe.""")

    add("other", "", "", "", "en", "hard", "conference abstract not accepted",
        frm="SCDM 2025 Program Committee <program@scdm-conference.org>",
        subj="Decision on your abstract #A-0392", date=D(2025, 6, 18, 16, 0),
        body="""Dear Ingrid Solheim-Baptiste,

Thank you for submitting your abstract "Reducing query turnaround in investigator-initiated trials with REDCap data quality rules" to the 2025 Annual Conference.

We regret to inform you that your abstract was not accepted for oral or poster presentation. This year we received more than 900 submissions for 180 slots. Reviewer comments are available in the submission portal.

We hope to see you in Nashville.

SCDM 2025 Program Committee""")

    add("other", "", "", "", "en", "hard", "marketing '20% off offer' for certification prep",
        frm="CertPrep Academy <deals@certprepacademy.com>", hdr=unsub("https://certprepacademy.com/unsub"),
        subj="Your exclusive offer: 20% off CCDM exam prep", date=D(2025, 7, 2, 10, 0), fmt="alt", cte="base64",
        body="""Hi Ingrid,

Ready to land that data management interview? Our CCDM exam prep bundle is 20% off this week only.

Offer ends Sunday. Claim it: https://certprepacademy.com/ccdm20

Get interview-ready with our bonus module: "Answering the clinical data manager interview questions you'll actually get".""")

    add("other", "", "Carla", "", "en", "hard", "apartment application approved; reads like an offer",
        frm="Carla Mendes <carla@highlandavepm.com>",
        subj="Your application for 41 Highland Ave #3 - approved!", date=D(2025, 7, 29, 14, 35),
        body="""Hi Ingrid,

Good news - the owner has approved your rental application for 41 Highland Ave, Unit 3, Somerville. We'd like to offer you the lease starting September 1 at $2,650/month.

Please sign the lease through the portal and send the first month's rent and security deposit by Friday to hold the unit.

Thanks!
Carla Mendes
Highland Ave Property Management""")

    add("other", "", "", "", "en", "hard", "loan application 'unable to approve' (adverse action)",
        frm="Bayline Lending <no-reply@baylinelending.com>",
        subj="Update on your personal loan application", date=D(2025, 8, 8, 9, 30, "CT"),
        body="""Dear Ingrid Solheim-Baptiste,

Thank you for applying for a personal loan with Bayline Lending. After reviewing your application, we are unable to approve your request at this time.

Principal reason(s): length of credit history.

You have the right to a free copy of your credit report within 60 days. This notice is provided under the Equal Credit Opportunity Act.

Bayline Lending""")

    add("other", "", "Harriet", "", "en", "hard", "graduate certificate admission 'offer'",
        frm="Harriet Osei <gradadmissions@kenmore.edu>",
        subj="Offer of admission - Graduate Certificate in Clinical Informatics", date=D(2025, 10, 2, 13, 0),
        body="""Dear Ingrid,

Congratulations! On behalf of the admissions committee, I am pleased to offer you admission to the Graduate Certificate in Clinical Informatics (part-time, online) beginning January 2026.

Please accept your offer in the applicant portal by November 1.

Sincerely,
Harriet Osei
Director of Graduate Admissions, Kenmore College""")

    add("other", "", "Blake", "Clinical Research Associate II", "en", "hard",
        "recruiter mass mailing; mentions interviews and a quick call",
        frm="Blake Turner <blake.turner@apexstaffingnow.com>", hdr=BULK,
        subj="URGENT: CRA II - travel 60% - interviews this week", date=D(2025, 10, 27, 8, 2, "CT"),
        body="""Hello Candidate,

I came across your resume on a job board and thought you might be a great fit for a Clinical Research Associate II contract with our client (top pharma). Interviews are happening THIS WEEK.

- 12 month contract, W2, $55-62/hr
- 60% travel, Northeast region
- 2+ years monitoring experience required

Please reply with your updated resume and a good time for a quick call.

Blake Turner | Apex Staffing Now
To stop receiving these emails reply REMOVE.""")

    add("other", "", "", "", "en", "hard", "social network notification naming an employer",
        frm="LinkedOut <notifications@linkedout-mail.com>", hdr=unsub("https://linkedout.com/unsub/n"),
        subj="Ingrid, a recruiter at Veridane Pharmaceuticals viewed your profile", date=D(2025, 11, 6, 12, 15),
        fmt="alt", body="""A recruiter at Veridane Pharmaceuticals viewed your profile.

Plus: 4 people you may know started new positions, and Graham Oduya shared a post: "We're hiring data managers!"

See who's viewed your profile: https://linkedout.com/me/profile-views""")

    add("other", "", "Soraya", "", "en", "hard", "friend's personal mail about her own interview and rejection",
        frm="Soraya Haddad <soraya.haddad@gmail.com>",
        subj="ugh + dinner thursday?", date=D(2025, 12, 4, 21, 37),
        body="""Ingrid!!

So that final round I told you about? They rejected me. After FIVE interviews. I'm fine. Mostly. Also I have another interview Monday with a hospital so whatever.

Anyway are we still on for dinner Thursday? Dumpling place at 7?

xo S""")

    add("other", "", "Tomás", "", "en", "hard", "friend forwards a job posting",
        frm="Tomás Villanueva <tvillanueva@outlook.com>",
        subj="Fwd: Now hiring: Clinical Data Manager (Oncology)", date=D(2026, 1, 9, 12, 50),
        body="""Saw this and thought of you immediately! My cousin works there and says the data team is great. Want me to pass your resume along?

T.

---------- Forwarded message ---------
From: Lindenbrook Cancer Institute Careers <careers@lindenbrook.org>
Date: Thu, Jan 8, 2026 at 4:12 PM
Subject: Now hiring: Clinical Data Manager (Oncology)

We are seeking a Clinical Data Manager to support our portfolio of investigator-initiated oncology trials. Interviews will begin in February. Apply at lindenbrook.org/careers.""")

    add("other", "", "", "", "en", "easy", "subscription receipt",
        frm="Fastmail <billing@fastmail.com>",
        subj="Your Fastmail receipt", date=D(2026, 1, 31, 23, 5, "UTC"),
        body="""Thanks for your payment.

Plan: Individual (annual)
Amount: $60.00 USD
Date: 31 January 2026
Card: Visa ending 4471

View your billing history in Settings > Billing.""")

    add("other", "", "Jonah", "", "en", "easy", "meetup RSVP reminder",
        frm="Boston Clinical Data Meetup <info@meetup-mail.com>", hdr=unsub("https://meetup-mail.com/u/bcdm"),
        subj="Reminder: Boston Clinical Data Meetup - EDC migration war stories", date=D(2026, 2, 10, 9, 0),
        body="""Hi Ingrid,

See you Thursday at 6:30 PM at the Cambridge Innovation Hub, 5th floor. Pizza provided!

Tonight's talk: migrating a 40-site study mid-flight from one EDC to another.

Jonah (organizer)""")

    add("other", "", "", "", "en", "easy", "job board 'resume viewed' stats",
        frm="HireBoard <no-reply@hireboard.com>", hdr=unsub("https://hireboard.com/unsub"),
        subj="Your resume was viewed 6 times this week", date=D(2026, 2, 24, 7, 0, "CT"),
        body="""Hi Ingrid,

Employers viewed your resume 6 times this week. Complete your profile to show up in more searches.

Top searches you appeared in: clinical data coordinator, REDCap, data management.

HireBoard""")

    add("other", "", "", "", "en", "hard", "REDCap change request 'rejected' at current job",
        frm="REDCap <redcap-noreply@fenwayresearch.org>",
        subj="[REDCap] Production change request rejected - CARDIO-HF Registry", date=D(2026, 3, 4, 11, 42),
        body="""The REDCap administrator has rejected the draft mode changes submitted for project CARDIO-HF Registry (PID 1873).

Comment from administrator: "Please do not delete fields with existing data. Resubmit after hiding the field instead."

Log in to REDCap to review your draft changes.""")

    add("other", "", "", "", "en", "hard", "IRB notice: amendment not approved / modifications required",
        frm="Fenway Research Institute IRB <irb-notify@fenwayresearch.org>",
        subj="IRB Action: Modifications Required - Protocol 2024-0611 Amendment 3", date=D(2026, 3, 19, 15, 20),
        body="""Study: 2024-0611 - Heart failure registry
Submission: Amendment 3
Action: Modifications Required (not approved)

The Board reviewed the amendment at its March 18 meeting and requires changes to the consent form before approval can be granted. Please respond within 30 days.

Fenway Research Institute Institutional Review Board""")

    add("other", "", "", "", "en", "easy", "salary insights newsletter",
        frm="Glassbox <digest@glassbox-mail.com>", hdr=unsub("https://glassbox.com/unsub"),
        subj="Clinical Data Manager salaries in Boston are up 6%", date=D(2026, 4, 11, 8, 30),
        fmt="alt", body="""Salary insights for you, Ingrid

Clinical Data Manager, Boston: median base $104K (+6% YoY)
Clinical Data Coordinator: median base $68K

Plus: companies with the best interview experiences in biotech.

Explore salaries: https://glassbox.com/salaries/cdm-boston""")

    add("other", "", "", "", "en", "hard", "dentist appointment confirmation with a definite time",
        frm="Porter Square Dental <appointments@portersquaredental.com>",
        subj="Appointment confirmed: Thursday, April 30 at 8:00 AM", date=D(2026, 4, 23, 17, 0),
        body="""Hi Ingrid,

Your appointment with Dr. Nakamura is confirmed for Thursday, April 30 at 8:00 AM.

Reply C to confirm or call (617) 555-0192 to reschedule. Please arrive 10 minutes early.

Porter Square Dental""")

    add("other", "", "Deb", "", "en", "hard", "volunteer application 'unfortunately all positions filled'",
        frm="Deb Castillo <volunteers@bostonrunmedical.org>",
        subj="Your volunteer application - Medical Tent", date=D(2026, 3, 9, 19, 5),
        body="""Hi Ingrid,

Thanks so much for applying to volunteer in the marathon medical tent. Unfortunately all data-entry and triage-runner positions have been filled for this year. We've added you to the waitlist and will reach out if a spot opens.

With gratitude,
Deb Castillo
Volunteer Coordinator""")

    add("other", "", "", "", "en", "easy", "course completion notice",
        frm="LearnPath <no-reply@learnpath.org>",
        subj="Congratulations, you passed SAS Programming for Clinical Trials!", date=D(2026, 5, 1, 2, 14, "UTC"),
        body="""Congratulations Ingrid!

You've completed SAS Programming for Clinical Trials with a final grade of 94%. Your certificate is ready to download and share.

Keep learning,
LearnPath""")

    add("other", "", "Colleen", "", "en", "hard", "current employer HR schedules an exit interview (not a job interview)",
        frm="Colleen Byrne <cbyrne@fenwayresearch.org>",
        subj="Exit interview - scheduling", date=D(2026, 10, 6, 10, 25),
        body="""Hi Ingrid,

We received your resignation letter - congratulations on your new role, and thank you for five great years here.

As part of our offboarding process, I'd like to schedule a 30-minute exit interview before your last day. Does Thursday, October 15 at 2:00 PM work?

Best,
Colleen Byrne
HR Generalist, Fenway Research Institute""")

    add("other", "", "", "", "en", "easy", "agency marketing newsletter (salary guide)",
        frm="Pipette Search Group <news@pipettesearch.com>", hdr=unsub("https://pipettesearch.com/unsub"),
        subj="The 2026 Life Sciences Salary Guide is here", date=D(2026, 1, 15, 10, 0), fmt="alt",
        body="""Our 2026 Life Sciences Salary Guide is out: 40 roles across clinical operations, biometrics and regulatory, with pay ranges for Boston, Raleigh and San Diego.

Download your copy: https://pipettesearch.com/salary-guide-2026

Pipette Search Group - Life Sciences Recruitment""")

    add("other", "", "", "", "en", "easy", "conference registration receipt with early-bird 'offer'",
        frm="SCDM Registration <registration@scdm-conference.org>",
        subj="Registration confirmed - SCDM 2026 Annual Conference", date=D(2026, 7, 20, 13, 45),
        body="""Dear Ingrid Solheim-Baptiste,

Your registration for the SCDM 2026 Annual Conference (September 27 - October 1, Orlando) is confirmed.

Registration type: Member - Early bird offer
Amount paid: $1,195.00

See you in Orlando!""")


def main() -> None:
    for fn in (rejections, on_hold, interviews, offers, acknowledgements, auto_replies, others):
        fn()
    order = list(range(len(SPECS)))
    random.Random(36).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, k in enumerate(order, 1):
        s = SPECS[k]
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(s))
        rows.append({"file": name, "label": s["label"], "company": s["company"],
                     "contact_first_name": s["contact"], "role": s["role"], "return_date": s["ret"],
                     "lang": s["lang"], "difficulty": s["diff"], "notes": s["notes"],
                     "interview_at": s["iat"].isoformat() if s["iat"] else ""})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
