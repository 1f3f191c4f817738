"""Generate the blind49 evaluation corpus (stdlib only).

Job seeker: Keisha Broussard-Lee <keisha.broussardlee@yahoo.com>.
All people, companies and addresses are fictional.
Run: python tests/corpus/make_blind49.py
"""
from __future__ import annotations

import csv
import hashlib
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind49"
ME = "Keisha Broussard-Lee <keisha.broussardlee@yahoo.com>"
ME_ADDR = "keisha.broussardlee@yahoo.com"
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]
MSGS: list[dict] = []


def dt(s: str, off: str) -> datetime:
    sign = -1 if off[0] == "-" else 1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def D(s: str) -> str:
    """'2026-03-26' -> 'Thursday, March 26'."""
    d = datetime.strptime(s, "%Y-%m-%d")
    return f"{d:%A}, {d:%B} {d.day}"


def mid(n: int, dom: str) -> str:
    h = hashlib.sha1(f"blind49-{n}-{dom}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:28]}@{dom}>"


def html_of(text: str) -> str:
    paras = [p.replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    return ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>\n")


def add(label, company, contact, role, lang, diff, notes, *, frm, subj, date, body="",
        ret="", iat="", fmt="plain", cte=None, hdrs=None, html=None, pdf=None, ics=None,
        reply=False, to=ME):
    MSGS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                     diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body, ret=ret,
                     iat=iat, fmt=fmt, cte=cte, hdrs=hdrs or {}, html=html, pdf=pdf, ics=ics,
                     reply=reply, to=to))


def ics_text(uid: str, start: datetime, minutes: int, summary: str, organizer: str) -> str:
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Blind49//Scheduler//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{s:{f}}\r\nDTSTART:{s:{f}}\r\nDTEND:{e:{f}}\r\n"
            f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
            f"ATTENDEE;RSVP=TRUE;CN=Keisha Broussard-Lee:mailto:{ME_ADDR}\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def build(n: int, m: dict) -> EmailMessage:
    msg = EmailMessage()
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    d = dt(*m["date"])
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = mid(n, dom)
    if m["reply"]:
        ref = mid(n + 1000, "mail.yahoo.com")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m["hdrs"].items():
        msg[k] = v
    body = m["body"].strip("\n") + "\n"
    cte = m["cte"]
    if m["fmt"] == "html":
        msg.set_content(m["html"] or html_of(body), subtype="html", cte=cte or "quoted-printable")
    else:
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
        if m["fmt"] == "alt":
            msg.add_alternative(m["html"] or html_of(body), subtype="html",
                                cte=cte or "quoted-printable")
    if m["ics"]:
        start, minutes, summary = m["ics"]
        addr = m["frm"].split("<")[-1].rstrip(">")
        cal = ics_text(mid(n, "cal")[1:-1], start, minutes, summary, addr)
        msg.add_attachment(cal.encode(), maintype="text", subtype="calendar",
                           filename="invite.ics", params={"method": "REQUEST"})
    if m["pdf"]:
        msg.add_attachment(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                           maintype="application", subtype="pdf", filename=m["pdf"])
    return msg


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------
# ----------------------------- rejections (26) -----------------------------
add("rejection", "Peachtree Meridian Health System", "", "Revenue Cycle Analyst II", "en", "easy",
    "Workday template; 'other candidates'",
    frm="Peachtree Meridian Health System <peachtreemeridian@myworkday.com>",
    subj="Update on your application – Revenue Cycle Analyst II (R-20419)",
    date=("2025-02-11 16:42", "-0500"), fmt="alt",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Keisha,

Thank you for your interest in the Revenue Cycle Analyst II position (R-20419) at Peachtree Meridian Health System.

After careful review, we have decided to move forward with other candidates for this position. We appreciate the time you invested in applying.

We encourage you to visit our careers site and apply for future openings that match your background.

Sincerely,
Talent Acquisition
Peachtree Meridian Health System

Please do not reply to this message; this mailbox is not monitored.""")

add("rejection", "Chattahoochee Valley Medical Center", "", "Patient Access Data Analyst", "en", "hard",
    "post-interview iCIMS decline; thanks for interviewing",
    frm="CVMC Careers <careers-noreply@cvmc.icims.com>",
    subj="Your candidacy with CVMC",
    date=("2025-03-04 10:05", "-0500"),
    body="""Hello Keisha,

Thank you again for interviewing with our Patient Access leadership team last week for the Patient Access Data Analyst opening. We enjoyed learning about your work on registration error rates.

The selection committee has completed its review and has chosen to pursue applicants whose experience more closely matches the current needs of the department. This was a competitive search.

Your profile will stay in our talent community and you may be contacted about future roles.

Chattahoochee Valley Medical Center
Human Resources""")

add("rejection", "Bayou Crest Health Plans", "", "Claims Analytics Specialist", "en", "easy",
    "Taleo status change; not selected",
    frm="Bayou Crest Health Plans <noreply@taleo.net>",
    subj="Bayou Crest Health Plans - Requisition 2500731 Claims Analytics Specialist",
    date=("2025-03-19 08:30", "-0500"),
    hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    body="""Dear Keisha Broussard-Lee,

We have reviewed your application for Claims Analytics Specialist (Requisition 2500731). Unfortunately, you were not selected to advance in the process at this time.

Thank you for considering Bayou Crest Health Plans as your next employer.

Bayou Crest Health Plans Talent Acquisition
Houston, Texas""")

add("rejection", "Queen City Orthopedic Partners", "Marguerite", "Healthcare Operations Analyst", "en", "hard",
    "personal; 'went a different direction'; mentions panel interview",
    frm="Marguerite Osei-Banner <mosei@qcorthopartners.com>",
    subj="Re: Thank you - Operations Analyst panel",
    date=("2025-04-08 17:22", "-0400"), reply=True,
    body="""Keisha,

Thanks for your note after the panel. I wanted to get back to you personally rather than let the system do it.

The team went a different direction for the Healthcare Operations Analyst role. We ended up prioritizing someone with hands-on Epic Cadence build experience, which is where our clinic scheduling backlog sits right now. That's no reflection on how you showed up; the panel liked your approach to the no-show analysis.

If something on the finance side opens up, I'll reach out.

Marguerite Osei-Banner
Director, Clinic Operations
Queen City Orthopedic Partners | Charlotte, NC

> On Apr 3, 2025, Keisha Broussard-Lee wrote:
> Thank you all for the time this afternoon. I enjoyed talking through the
> scheduling template question and look forward to hearing about next steps.""")

add("rejection", "Magnolia Apothecary Group", "", "Pharmacy Operations Analyst", "en", "easy",
    "UKG template; position filled",
    frm="Magnolia Apothecary Group <no-reply@ultipro.com>",
    subj="Pharmacy Operations Analyst - Application Status",
    date=("2025-04-22 12:14", "-0500"), fmt="html",
    html="""<html><body><table width="600"><tr><td>
<p>Dear Keisha,</p>
<p>Thank you for applying for the <b>Pharmacy Operations Analyst</b> position with Magnolia Apothecary Group.</p>
<p>We wanted to let you know that this position has been filled. We truly appreciate your interest in joining our pharmacy family.</p>
<p>Best regards,<br>Magnolia Apothecary Group Recruiting</p>
<p style="font-size:11px;color:#888">This email was sent from an unmonitored address.</p>
</td></tr></table></body></html>""")

add("rejection", "Sterling Cardiovascular Devices", "", "Reimbursement Analyst", "en", "hard",
    "SuccessFactors; 'will not be progressing'; keeps on file",
    frm="Sterling Cardiovascular Careers <careers@successfactors.eu>",
    subj="Regarding your application (Job ID 44817)",
    date=("2025-05-06 03:11", "+0000"),
    body="""Dear Keisha,

Many thanks for your application for Job ID 44817, Reimbursement Analyst – Market Access, based in Houston or remote.

We won't be progressing your application further on this occasion. We will, however, retain your details and may contact you should a suitable vacancy arise within Sterling Cardiovascular Devices.

Kind regards,
Global Talent Acquisition
Sterling Cardiovascular Devices, Inc.""")

add("rejection", "Larkspur Advisory Group", "Desmond", "Healthcare Consultant, Revenue Cycle", "en", "hard",
    "final-round rejection with referral offer; 'let's stay in touch'",
    frm="Desmond Achterberg <desmond.achterberg@larkspuradvisory.com>",
    subj="Larkspur - final round follow-up",
    date=("2025-05-20 19:03", "-0400"),
    body="""Hi Keisha,

I know you've been waiting on this, so I'll be direct: after the case round, the partners decided to extend the Healthcare Consultant, Revenue Cycle position to another finalist who has prior client-facing engagement experience. It was close. Your denials root-cause walkthrough was one of the strongest we saw.

I'd genuinely like to stay in touch. A couple of our hospital clients hire analysts directly, and if you're open to it, I'm happy to pass your name along to their finance directors.

Best,
Desmond Achterberg
Senior Manager, Healthcare Performance
Larkspur Advisory Group""")

add("rejection", "Harbor Pines Pediatric Clinics", "", "Billing Operations Analyst", "en", "easy",
    "Paylocity decline",
    frm="Harbor Pines Pediatric Clinics <noreply@paylocity.com>",
    subj="Thank you for applying to Harbor Pines Pediatric Clinics",
    date=("2025-06-02 09:47", "-0400"),
    body="""Hi Keisha,

Thank you for your interest in the Billing Operations Analyst opening. After reviewing all applicants, we've decided not to move forward with your application.

We wish you success in your search.

Harbor Pines Pediatric Clinics Human Resources""")

add("rejection", "Crescent Lane Home Health", "Tavia", "Intake & Authorization Analyst", "en", "hard",
    "very short personal note; no rejection keywords",
    frm="Tavia Monroe <tmonroe@crescentlanehh.com>",
    subj="Intake analyst role",
    date=("2025-06-17 15:58", "-0500"),
    body="""Keisha - quick note. We offered the Intake & Authorization Analyst job to one of our current coordinators who has been covering it since spring. Wanted you to hear it from me. Thank you for coming in.

Tavia
Crescent Lane Home Health""")

add("rejection", "Ironwood Claims Solutions", "", "Denials Management Analyst", "en", "easy",
    "Ashby rejection",
    frm="Ironwood Claims Solutions <no-reply@ashbyhq.com>",
    subj="Your application to Ironwood Claims Solutions",
    date=("2025-07-01 14:20", "-0700"), fmt="alt",
    body="""Hi Keisha,

Thanks for applying for the Denials Management Analyst role at Ironwood Claims Solutions. We've reviewed your application and decided not to proceed at this time.

We know job searches take energy, and we appreciate you spending some of it on us.

— The Ironwood Recruiting Team""")

add("rejection", "Brightmoor Dental Alliance", "Celeste", "Revenue Cycle Analyst", "en", "hard",
    "'not the right match at this time' framed positively; mentions next interview in passing",
    frm="Celeste Varga <celeste@brightmoordental.bamboohr.com>",
    subj="Brightmoor Dental Alliance | Revenue Cycle Analyst",
    date=("2025-07-15 11:36", "-0400"),
    body="""Hi Keisha,

Thank you for the phone conversation last Tuesday. We had hoped to schedule a second interview with our CFO this week, but after comparing notes we feel this is not the right match at this time, mainly because the role leans heavily on dental insurance fee schedules.

You clearly know hospital revenue cycle well, and I'd encourage you to keep an eye on our corporate finance postings.

Warmly,
Celeste Varga
People & Culture | Brightmoor Dental Alliance""")

add("rejection", "Tallowood Behavioral Health", "", "Utilization Review Data Analyst", "en", "easy",
    "SmartRecruiters template",
    frm="Tallowood Behavioral Health <notification@smartrecruiters.com>",
    subj="Update regarding Utilization Review Data Analyst",
    date=("2025-08-05 06:02", "+0000"),
    body="""Dear Keisha,

Thank you for your application for Utilization Review Data Analyst at Tallowood Behavioral Health.

We regret to inform you that we have selected another candidate whose qualifications better meet our needs for this role.

Kind regards,
Tallowood Behavioral Health""")

add("rejection", "Gulfline Medical Supply", "Brandon", "Sales Operations Analyst", "en", "hard",
    "agency recruiter relays client decision",
    frm="Brandon Teague <bteague@keystonetalent.com>",
    subj="Gulfline update",
    date=("2025-08-19 13:40", "-0500"),
    body="""Hi Keisha,

Heard back from my contact at Gulfline Medical Supply this morning on the Sales Operations Analyst role. They've decided to go with a candidate who already supports their distributor contracts, so they're going to pass on moving you forward.

I know that's frustrating after two conversations. I have another healthcare client in Houston looking at analysts next month and I'd like to put you in front of them — let me know if that's OK.

Brandon Teague
Senior Recruiter, Healthcare & Life Sciences
Keystone Talent Partners
(713) 555-0148""")

add("rejection", "Cypress Hollow Surgical Center", "", "Charge Capture Analyst", "en", "easy",
    "Workable; quoted-printable",
    frm="Cypress Hollow Surgical Center <noreply@candidates.workablemail.com>",
    subj="Charge Capture Analyst at Cypress Hollow Surgical Center",
    date=("2025-09-03 10:10", "-0500"), cte="quoted-printable",
    body="""Dear Keisha,

We appreciate your interest in the Charge Capture Analyst position at Cypress Hollow Surgical Center and the time you took to apply.

Unfortunately, we will not be moving forward with your candidacy. We wish you every success in your job search and future career.

Best regards,
Hiring Team, Cypress Hollow Surgical Center""")

add("rejection", "Northgate Rx Benefits", "", "Pharmacy Claims Analyst", "en", "hard",
    "Oracle Cloud status portal; decision only via 'no longer under consideration'",
    frm="Northgate Rx Benefits <northgaterx@fa.oraclecloud.com>",
    subj="Your job application status has changed",
    date=("2025-09-16 18:25", "-0500"), fmt="html",
    hdrs={"Auto-Submitted": "auto-generated"},
    html="""<html><body>
<p>Hello Keisha Broussard-Lee,</p>
<p>The status of your application for <b>Pharmacy Claims Analyst</b> (Requisition 7731) has changed.</p>
<p>Current status: <b>No longer under consideration</b></p>
<p>We thank you for your interest in Northgate Rx Benefits. You can continue to view and apply for open positions on our careers site.</p>
<p>Northgate Rx Benefits Recruiting</p>
</body></html>""")

add("rejection", "Sable & Rowe Consulting", "", "Associate, Healthcare Operations", "en", "easy",
    "Greenhouse rejection",
    frm="Sable & Rowe Consulting <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for your interest in Sable & Rowe Consulting",
    date=("2025-10-07 12:00", "-0400"),
    body="""Hi Keisha,

Thank you for applying for the Associate, Healthcare Operations role. We received a large number of applications and, after careful consideration, we've decided to move forward with other applicants at this time.

We'd love for you to apply again in the future.

All the best,
Sable & Rowe Consulting Recruiting""")

add("rejection", "Verdance Care Network", "Ingrid", "Revenue Integrity Analyst", "en", "hard",
    "rejection plus 'keep in touch'; mentions an offer made (to someone else)",
    frm="Ingrid Halvorsen <ingrid.halvorsen@verdancecare.teamtailor-mail.com>",
    subj="Revenue Integrity Analyst – where things landed",
    date=("2025-10-21 16:48", "-0400"),
    body="""Hi Keisha,

I promised you an update by Friday, so here it is a couple of days early. We've extended an offer to another finalist and she has accepted, so the Revenue Integrity Analyst role is now closed.

This one didn't work out, but I'd like to keep in touch. We're building out a coding audit function next year and I think your CDM background would fit there.

Ingrid Halvorsen
Talent Partner, Verdance Care Network""")

add("rejection", "Piedmont Regional Health Authority", "", "Program Analyst (Medicaid Financing)", "en", "easy",
    "government agency formal letter",
    frm="PRHA Human Resources <hr-notices@prha.ga.gov>",
    subj="Notice of Selection Outcome - Posting 25-118",
    date=("2025-11-04 09:00", "-0500"), pdf="Selection_Outcome_25-118.pdf",
    body="""Dear Applicant,

This notice concerns your application for Program Analyst (Medicaid Financing), Posting 25-118.

The selection process for this posting has been completed and another applicant has been selected. Applicants who were not selected will not receive further correspondence regarding this posting. A copy of this notice is attached for your records.

Thank you for your interest in employment with the Piedmont Regional Health Authority.

Office of Human Resources
Piedmont Regional Health Authority""")

add("rejection", "Bayou Crest Health Plans", "Renata", "Provider Network Data Analyst", "en", "hard",
    "reply quoting earlier interview invite",
    frm="Renata Quintero <renata.quintero@bayoucresthp.com>",
    subj="RE: Interview - Provider Network Data Analyst",
    date=("2025-11-18 15:31", "-0600"), reply=True,
    body="""Hi Keisha,

Thank you for taking the time to meet with Paul and me. We've concluded interviews, and we are not going to be moving forward with your candidacy for the Provider Network Data Analyst position. We had a very strong pool and chose someone with deeper provider credentialing experience.

I appreciate your patience through the process.

Renata Quintero
Recruiter | Bayou Crest Health Plans

-----Original Message-----
From: Renata Quintero
Sent: Tuesday, November 4, 2025 10:12 AM
To: Keisha Broussard-Lee
Subject: Interview - Provider Network Data Analyst

Hi Keisha, we'd like to invite you to interview with Paul Hendricks, Manager of Network Analytics, on Tuesday, November 11 at 1:00 PM CT over Teams. Please confirm that works.""")

add("rejection", "Clínica Santa Brígida", "Valeria", "Analista de Ciclo de Ingresos", "es", "easy",
    "Spanish",
    frm="Valeria Montenegro <vmontenegro@clinicasantabrigida.com>",
    subj="Proceso de selección – Analista de Ciclo de Ingresos",
    date=("2025-12-02 11:15", "-0600"),
    body="""Estimada Keisha:

Le agradecemos sinceramente su interés en la vacante de Analista de Ciclo de Ingresos en nuestra sede de Houston y el tiempo que dedicó a la entrevista.

Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos su currículum para futuras oportunidades.

Un cordial saludo,
Valeria Montenegro
Coordinadora de Talento Humano
Clínica Santa Brígida""")

add("rejection", "Groupe Hospitalier Belrive", "Sandrine", "Analyste Performance Financière (H/F)", "fr", "hard",
    "French; polite 'pas de suite favorable'",
    frm="Sandrine Lacombe <s.lacombe@gh-belrive.fr>",
    subj="Votre candidature – Analyste Performance Financière",
    date=("2026-01-13 10:42", "+0100"),
    body="""Bonjour Madame Broussard-Lee,

Nous vous remercions de l'intérêt que vous portez au Groupe Hospitalier Belrive et de votre candidature au poste d'Analyste Performance Financière (H/F), en télétravail partiel.

Après une étude attentive de votre dossier, nous sommes au regret de ne pouvoir y donner une suite favorable. Le poste requiert une expérience approfondie du PMSI et de la T2A française.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Sandrine Lacombe
Chargée de recrutement
Groupe Hospitalier Belrive""")

add("rejection", "Peachtree Meridian Health System", "Lamar", "Senior Revenue Integrity Analyst", "en", "hard",
    "forwarded by referrer; decision in forwarded HM note",
    frm="Lamar Whitfield-Oyelaran <lamar.wo@gmail.com>",
    subj="Fwd: Keisha B-L referral",
    date=("2026-01-27 20:14", "-0500"),
    body="""Hey Keisha — forwarding what Jolene sent me. Sorry, friend. Their loss. Call me this weekend.

L

---------- Forwarded message ---------
From: Jolene Parrish <jparrish@peachtreemeridian.org>
Date: Tue, Jan 27, 2026 at 4:02 PM
Subject: RE: Keisha B-L referral
To: Lamar Whitfield-Oyelaran <lwhitfield@peachtreemeridian.org>

Lamar, thanks for the referral. We met with Keisha twice and liked her, but for the Senior Revenue Integrity Analyst slot we're going with an internal candidate from the coding team here at Peachtree Meridian Health System. Please let her know and thank her for us.

Jolene""")

add("rejection", "Sterling Cardiovascular Devices", "Owen", "Commercial Contracts Analyst", "en", "hard",
    "rejection after final round from hiring manager; praise, 'we've decided to pass'",
    frm="Owen Castellanos <ocastellanos@sterlingcv.com>",
    subj="Following up",
    date=("2026-02-10 08:55", "-0600"),
    body="""Keisha,

Thank you for spending most of Thursday with us. You were well prepared and the GPO pricing exercise was excellent.

We've decided to pass for the Commercial Contracts Analyst role. The other finalist has six years in device contracting, and given how lean the team is, we need that on day one.

I'd be glad to serve as a reference if it ever helps.

Owen Castellanos
Director, Contract Operations
Sterling Cardiovascular Devices""")

add("rejection", "Magnolia Apothecary Group", "", "Specialty Pharmacy Reimbursement Analyst", "en", "hard",
    "base64 HTML; 'Unfortunately' absent; 'pursue other applicants'",
    frm="Magnolia Apothecary Group <no-reply@ultipro.com>",
    subj="Magnolia Apothecary Group: Specialty Pharmacy Reimbursement Analyst",
    date=("2026-03-03 13:13", "-0500"), fmt="html", cte="base64",
    html="""<html><body>
<p>Keisha,</p>
<p>We appreciate your application for Specialty Pharmacy Reimbursement Analyst. The hiring team has chosen to pursue other applicants for this opportunity.</p>
<p>Thank you for thinking of Magnolia Apothecary Group.</p>
<p>Talent Acquisition</p></body></html>""")

add("rejection", "Medoris Diagnostik GmbH", "Katharina", "Revenue Operations Analyst (m/w/d)", "de", "easy",
    "German Absage",
    frm="Katharina Weißhaupt <k.weisshaupt@medoris-diagnostik.de>",
    subj="Ihre Bewerbung als Revenue Operations Analyst (m/w/d)",
    date=("2026-04-14 09:20", "+0200"),
    body="""Sehr geehrte Frau Broussard-Lee,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Medoris Diagnostik GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Katharina Weißhaupt
Personalabteilung
Medoris Diagnostik GmbH""")

add("rejection", "Harbor Pines Pediatric Clinics", "Dwight", "Revenue Cycle Manager", "en", "hard",
    "LinkedIn-ish casual DM style; 'decided to hold off on you' reads like on_hold",
    frm="Dwight Okonkwo <dokonkwo@harborpinespeds.org>",
    subj="RCM manager search",
    date=("2026-05-05 17:45", "-0400"),
    body="""Hi Keisha,

Appreciate you talking with Mira and me. Honest feedback: we're looking for someone who has managed a team of billers directly, and we didn't hear enough of that, so we've decided not to advance you for the Revenue Cycle Manager position. The search itself is moving ahead with two others.

Happy to chat about analyst roles here at Harbor Pines Pediatric Clinics if that interests you.

— Dwight""")
# ----------------------------- on_hold (10) -----------------------------
add("on_hold", "Chattahoochee Valley Medical Center", "Rochelle", "Revenue Cycle Data Analyst", "en", "easy",
    "explicit hiring freeze",
    frm="Rochelle Abernathy <rabernathy@cvmc.org>",
    subj="Revenue Cycle Data Analyst - hiring freeze",
    date=("2025-02-25 14:02", "-0500"),
    body="""Hi Keisha,

I'm sorry to share that CVMC has put a system-wide hiring freeze in place effective today for all non-clinical positions, including the Revenue Cycle Data Analyst role we discussed. We don't have a date for when it will lift.

This isn't about you at all; you were on our short list. If the freeze lifts and the requisition reopens, I'll reach out first.

Rochelle Abernathy
Talent Acquisition Partner
Chattahoochee Valley Medical Center""")

add("on_hold", "Larkspur Advisory Group", "", "Healthcare Analytics Consultant", "en", "hard",
    "Lever template; requisition cancelled; reads like rejection",
    frm="Larkspur Advisory Group <no-reply@hire.lever.co>",
    subj="Healthcare Analytics Consultant at Larkspur Advisory Group",
    date=("2025-04-15 11:11", "-0400"),
    body="""Hi Keisha,

We're writing to let you know that the Healthcare Analytics Consultant opening has been cancelled and we will no longer be filling this position. As a result, your application will not move forward.

This decision was made due to changes in our engagement pipeline and is not a reflection of your qualifications.

Regards,
Larkspur Advisory Group""")

add("on_hold", "Sterling Cardiovascular Devices", "Priya", "Market Access Analyst", "en", "easy",
    "pausing search; reorganisation",
    frm="Priya Venkataraman <pvenkataraman@sterlingcv.com>",
    subj="Market Access Analyst – pausing the search",
    date=("2025-06-24 10:30", "-0500"),
    body="""Hi Keisha,

I wanted to give you a heads up that we're pausing this search. Our market access group is being reorganized under the new Chief Commercial Officer, and leadership asked us to stop all open searches in the group until the new structure is finalized, likely in Q4.

You were one of our two finalists. I'll let you know as soon as I hear whether the role comes back in the same form.

Thanks for your patience,
Priya Venkataraman
HR Business Partner, Sterling Cardiovascular Devices""")

add("on_hold", "Northgate Rx Benefits", "Carlos", "Formulary Analytics Analyst", "en", "hard",
    "role eliminated in budget cut; quote mentions final interview",
    frm="Carlos Ibarra <cibarra@northgaterx.com>",
    subj="RE: Final interview availability",
    date=("2025-08-26 16:20", "-0500"), reply=True,
    body="""Keisha,

Apologies for the slow reply. I have some unwelcome news: finance cut our 2026 headcount plan last night and the Formulary Analytics Analyst position was eliminated in the process. So we won't be holding final interviews.

I'm frustrated about it too. If the position is funded again, you'll hear from me directly.

Carlos Ibarra
Manager, Formulary Analytics | Northgate Rx Benefits

> From: Keisha Broussard-Lee
> Sent: Friday, August 22, 2025 9:02 AM
> Subject: Final interview availability
>
> Hi Carlos, I'm available for the final interview any time Tuesday or
> Wednesday next week.""")

add("on_hold", "Tallowood Behavioral Health", "", "Clinical Operations Analyst", "en", "hard",
    "SmartRecruiters 'position closed' while still reviewing; no decision on candidate",
    frm="Tallowood Behavioral Health <notification@smartrecruiters.com>",
    subj="The Clinical Operations Analyst position has been closed",
    date=("2025-09-30 07:45", "+0000"),
    body="""Dear Keisha,

We want to let you know that Tallowood Behavioral Health has closed the Clinical Operations Analyst position before any hiring decision was made, due to a change in budget priorities.

Your profile remains in our database and you're welcome to apply for other roles.

Tallowood Behavioral Health""")

add("on_hold", "Piedmont Regional Health Authority", "", "Budget & Reimbursement Analyst", "en", "easy",
    "government posting withdrawn",
    frm="PRHA Human Resources <hr-notices@prha.ga.gov>",
    subj="Posting 25-203 Withdrawn",
    date=("2025-12-09 10:00", "-0500"),
    body="""Dear Applicant,

Posting 25-203, Budget & Reimbursement Analyst, has been withdrawn pending the outcome of the state fiscal year 2027 budget. No selection will be made under this posting.

If the position is re-advertised, you will need to submit a new application.

Office of Human Resources
Piedmont Regional Health Authority""")

add("on_hold", "Verdance Care Network", "Ingrid", "Coding Audit Analyst", "en", "hard",
    "'on ice' slang; keep resume; sounds like rejection",
    frm="Ingrid Halvorsen <ingrid.halvorsen@verdancecare.com>",
    subj="Coding audit role",
    date=("2026-02-17 12:40", "-0500"),
    body="""Hi Keisha,

Small bit of news on the Coding Audit Analyst role — our new CFO wants to revisit whether we build that function in-house or outsource it, so the req is on ice for now. Nobody else is being interviewed.

I'm keeping your resume at the top of my pile. Hope to restart this in the spring.

Ingrid
Talent Partner, Verdance Care Network""")

add("on_hold", "Grupo Salud Horizonte", "Mariana", "Analista de Operaciones de Salud (remoto)", "es", "easy",
    "Spanish; proceso suspendido",
    frm="Mariana Echeverría <mechev@saludhorizonte.mx>",
    subj="Actualización: Analista de Operaciones de Salud",
    date=("2026-03-24 09:05", "-0600"),
    body="""Hola Keisha:

Te escribo para informarte que hemos suspendido temporalmente el proceso de selección para la posición de Analista de Operaciones de Salud (remoto) debido a una reestructuración interna en Grupo Salud Horizonte.

No se trata de una decisión sobre tu perfil. En cuanto se reactive la vacante, te contactaremos.

Saludos cordiales,
Mariana Echeverría
Reclutamiento y Selección""")

add("on_hold", "Queen City Orthopedic Partners", "", "Practice Finance Analyst", "en", "hard",
    "Greenhouse template 'no longer hiring'; acquisition",
    frm="Queen City Orthopedic Partners <no-reply@us.greenhouse-mail.io>",
    subj="An update on the Practice Finance Analyst role",
    date=("2026-06-09 15:15", "-0400"),
    body="""Hi Keisha,

Thank you for your interest in Queen City Orthopedic Partners. Following our pending affiliation with a regional health system, we are no longer hiring for the Practice Finance Analyst role and have closed the requisition.

We're sorry for any inconvenience and hope you'll consider us for future openings once the transition is complete.

Queen City Orthopedic Partners Talent Team""")

add("on_hold", "Ironwood Claims Solutions", "Jasper", "Payment Integrity Analyst", "en", "hard",
    "hiring manager; headcount frozen; mentions onsite plan",
    frm="Jasper Lindqvist <jasper@ironwoodclaims.com>",
    subj="Re: next steps",
    date=("2026-07-21 18:02", "-0700"), reply=True,
    body="""Keisha,

We were about to set up the onsite for the Payment Integrity Analyst role, but our board froze all new headcount through the end of Q3 after losing a large payer contract. I can't bring anyone in until that lifts.

I'll be honest that I don't know the timing. I'll update you in September either way.

Jasper Lindqvist
VP, Payment Integrity
Ironwood Claims Solutions""")

# ----------------------------- offers (6) -----------------------------
add("offer", "Crescent Lane Home Health", "Tavia", "Revenue Cycle Analyst", "en", "easy",
    "offer letter PDF attached",
    frm="Tavia Monroe <tmonroe@crescentlanehh.com>",
    subj="Offer Letter - Revenue Cycle Analyst",
    date=("2025-10-14 16:05", "-0500"), pdf="Broussard-Lee_Offer_Letter.pdf",
    body="""Hi Keisha,

It's my pleasure to offer you the position of Revenue Cycle Analyst with Crescent Lane Home Health! Your formal offer letter is attached, including salary, benefits and a proposed start date of November 3.

Please review and sign by Friday, October 17. Give me a call if you have any questions at all.

Welcome (almost) aboard,
Tavia Monroe
HR Director, Crescent Lane Home Health""")

add("offer", "Brightmoor Dental Alliance", "Celeste", "Financial Operations Analyst", "en", "hard",
    "follow-up to verbal offer; never says 'offer'",
    frm="Celeste Varga <celeste@brightmoordental.com>",
    subj="Great talking today!",
    date=("2025-11-20 17:30", "-0500"),
    body="""Keisha,

So glad I reached you this afternoon. Recapping what we discussed on the phone so you have it in writing:

- Title: Financial Operations Analyst
- Base: $84,000, plus the annual bonus program at 8% target
- Hybrid, two days a week at the Sandy Springs office
- Start: January 5, 2026

The formal paperwork will come from BambooHR tomorrow for your e-signature. We're all really excited you said yes to joining us at Brightmoor Dental Alliance.

Celeste""")

add("offer", "Sable & Rowe Consulting", "", "Senior Associate, Revenue Cycle Advisory", "en", "easy",
    "Greenhouse offer notice; HTML only",
    frm="Sable & Rowe Consulting <no-reply@us.greenhouse-mail.io>",
    subj="Your offer from Sable & Rowe Consulting",
    date=("2026-02-24 10:00", "-0500"), fmt="html",
    html="""<html><body>
<h2>Congratulations, Keisha!</h2>
<p>Sable &amp; Rowe Consulting is delighted to extend you an offer for the position of <b>Senior Associate, Revenue Cycle Advisory</b>.</p>
<p>Please <a href="https://app.greenhouse.io/offers/sr-88213">review and sign your offer</a> by March 3, 2026.</p>
<p>Questions? Reply to your recruiting contact, Hallie Brennan.</p>
</body></html>""")

add("offer", "Laboratorios Vitalia", "Andrés", "Analista Senior de Reembolsos", "es", "easy",
    "Spanish offer",
    frm="Andrés Pineda <apineda@vitalia-labs.com>",
    subj="Oferta de empleo – Analista Senior de Reembolsos",
    date=("2026-04-28 12:20", "-0500"),
    body="""Estimada Keisha:

Nos complace ofrecerle el puesto de Analista Senior de Reembolsos en Laboratorios Vitalia, S.A., con modalidad remota desde Houston. Adjuntamos la carta oferta con el detalle de salario y beneficios.

Le agradeceríamos su respuesta antes del 5 de mayo.

Atentamente,
Andrés Pineda
Director de Recursos Humanos
Laboratorios Vitalia, S.A.""", pdf="Carta_Oferta_Broussard-Lee.pdf")

add("offer", "Keystone Talent Partners", "Brandon", "Revenue Cycle Consultant (contract-to-hire)", "en", "hard",
    "agency placement offer; client unnamed beyond 'Houston health system'; company is the agency employer",
    frm="Brandon Teague <bteague@keystonetalent.com>",
    subj="They said YES",
    date=("2026-06-16 14:45", "-0500"),
    body="""Keisha!

Great news — the client wants you. Keystone Talent Partners is formally offering you the Revenue Cycle Consultant (contract-to-hire) assignment at the Houston health system we discussed: $58/hr W-2 through Keystone, 6-month term with conversion target, remote with one week onsite a quarter.

Reply "accept" or call me and I'll send the assignment agreement through DocuSign today.

Brandon Teague
Senior Recruiter, Keystone Talent Partners""")

add("offer", "Gulfline Medical Supply", "", "Senior Sales Operations Analyst", "en", "hard",
    "ADP onboarding mail that contains the offer; subject about tasks",
    frm="ADP Workforce Now <SecurityServices_NoReply@adp.com>",
    subj="Action required: documents from Gulfline Medical Supply",
    date=("2026-08-04 09:12", "-0500"),
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Hello Keisha,

Gulfline Medical Supply has sent you an offer of employment for the position of Senior Sales Operations Analyst. To view and accept the offer letter, sign in to ADP Workforce Now with your registration code below.

Registration code: GULF-7734-KBL

Once you accept, your onboarding tasks (I-9, direct deposit, tax withholding) will appear.

This message was sent by ADP on behalf of Gulfline Medical Supply. Do not reply.""")
# ----------------------------- interviews (22) -----------------------------
add("interview", "Peachtree Meridian Health System", "Jolene", "Denials Prevention Analyst", "en", "easy",
    "calendar invite with text/calendar part",
    frm="Jolene Parrish <jparrish@peachtreemeridian.org>",
    subj="Invitation: Keisha Broussard-Lee / Denials Prevention Analyst interview",
    date=("2025-01-21 09:40", "-0500"), fmt="alt",
    ics=(dt("2025-01-28 14:00", "-0500"), 45, "Keisha Broussard-Lee / Denials Prevention Analyst interview"),
    iat="2025-01-28T14:00:00-05:00",
    body=f"""When: {D('2025-01-28')}, 2025 2:00 PM - 2:45 PM Eastern Time
Where: Microsoft Teams

Hi Keisha, this is a first-round interview with me and Arturo from our denials team. We'll talk through a couple of denial trends and your experience with payer portals.

Jolene Parrish
Manager, Revenue Cycle Analytics
Peachtree Meridian Health System""")

add("interview", "Chattahoochee Valley Medical Center", "", "Patient Access Data Analyst", "en", "hard",
    "scheduling link with slot choices; no single time; 'conversation'",
    frm="CVMC Careers <careers-noreply@cvmc.icims.com>",
    subj="Next step: choose a time to meet with CVMC",
    date=("2025-02-12 13:00", "-0500"),
    body="""Hello Keisha,

The Patient Access leadership team would like to have a 30-minute video conversation with you about the Patient Access Data Analyst opening.

Please pick a time that suits you using the link below. Available slots run from February 17 through February 21.

https://cvmc.goodtime.io/schedule/kbl-4412

Chattahoochee Valley Medical Center
Human Resources""")

add("interview", "Bayou Crest Health Plans", "Renata", "Provider Network Data Analyst", "en", "easy",
    "definite time stated in CT",
    frm="Renata Quintero <renata.quintero@bayoucresthp.com>",
    subj="Interview - Provider Network Data Analyst",
    date=("2025-11-04 10:12", "-0600"),
    iat="2025-11-11T13:00:00-06:00",
    body=f"""Hi Keisha,

We'd like to invite you to interview with Paul Hendricks, Manager of Network Analytics, on {D('2025-11-11')} at 1:00 PM CT over Teams. It will be about 45 minutes. Please confirm that works and I'll send the invite.

Renata Quintero
Recruiter | Bayou Crest Health Plans""")

add("interview", "Queen City Orthopedic Partners", "Marguerite", "Healthcare Operations Analyst", "en", "easy",
    "panel interview onsite; definite time",
    frm="Marguerite Osei-Banner <mosei@qcorthopartners.com>",
    subj="Panel interview – Healthcare Operations Analyst",
    date=("2025-03-27 11:20", "-0400"),
    iat="2025-04-03T13:30:00-04:00",
    body=f"""Hi Keisha,

Thanks for your patience. We'd like you to come in for a panel interview on {D('2025-04-03')} at 1:30 PM at our Ballantyne office (Suite 300). You'll meet me, our practice administrator and our revenue cycle lead. Plan on about 90 minutes.

Parking is free in the deck behind the building.

Marguerite Osei-Banner
Director, Clinic Operations
Queen City Orthopedic Partners""")

add("interview", "Larkspur Advisory Group", "Desmond", "Healthcare Consultant, Revenue Cycle", "en", "hard",
    "case study take-home plus presentation session; relative day ('next Thursday')",
    frm="Desmond Achterberg <desmond.achterberg@larkspuradvisory.com>",
    subj="Case round – materials attached",
    date=("2025-05-08 16:00", "-0400"), pdf="Larkspur_Case_Prompt.pdf",
    iat="2025-05-15T10:00:00-04:00",
    body="""Hi Keisha,

Congratulations on moving to the case round for the Healthcare Consultant, Revenue Cycle role. Attached is the case prompt: a fictional 300-bed hospital with rising denials. Please prepare a 15-minute readout.

You'll present to two partners next Thursday at 10:00 AM ET, followed by Q&A. The whole session runs about an hour and will be in our Midtown office.

Best,
Desmond Achterberg
Senior Manager, Healthcare Performance
Larkspur Advisory Group""")

add("interview", "Ironwood Claims Solutions", "", "Payment Integrity Analyst", "en", "easy",
    "Ashby confirmation with ics; PT",
    frm="Ironwood Claims Solutions <no-reply@ashbyhq.com>",
    subj="Interview confirmed: Payment Integrity Analyst",
    date=("2026-06-30 12:05", "-0700"),
    ics=(dt("2026-07-07 09:00", "-0700"), 60, "Payment Integrity Analyst - Technical Interview"),
    iat="2026-07-07T09:00:00-07:00",
    body=f"""Hi Keisha,

Your technical interview for Payment Integrity Analyst is confirmed.

Date: {D('2026-07-07')}, 2026
Time: 9:00 AM - 10:00 AM Pacific Time
Location: Zoom (link in the attached invite)

Interviewers: Jasper Lindqvist, Nadia Farouk

Ironwood Claims Solutions""")

add("interview", "Tallowood Behavioral Health", "Shonda", "Clinical Operations Analyst", "en", "hard",
    "'quick chat' phone screen; tomorrow relative time",
    frm="Shonda Prewitt <sprewitt@tallowoodbh.org>",
    subj="quick chat?",
    date=("2025-09-09 15:40", "-0500"),
    iat="2025-09-10T10:30:00-05:00",
    body="""Hi Keisha — saw your application for the Clinical Operations Analyst spot. Could you do a quick 20-minute phone chat tomorrow at 10:30? I'll call the number on your resume.

Shonda
Tallowood Behavioral Health | Talent""")

add("interview", "Magnolia Apothecary Group", "Frank", "Pharmacy Operations Analyst", "en", "hard",
    "reschedule; new definite time; no word interview",
    frm="Frank DeLuca <fdeluca@magnoliarx.com>",
    subj="Re: Wednesday",
    date=("2025-04-07 08:15", "-0400"), reply=True,
    iat="2025-04-10T15:00:00-04:00",
    body=f"""Morning Keisha,

Something came up with our district managers on Wednesday, so I need to move our conversation about the Pharmacy Operations Analyst role. Does {D('2025-04-10')} at 3:00 PM still work for you? Same Teams link. If not, let me know what does.

Frank DeLuca
Director, Pharmacy Operations
Magnolia Apothecary Group

> On Apr 2, 2025, at 4:11 PM, Keisha Broussard-Lee wrote:
> Wednesday at 2 works well, thank you!""")

add("interview", "Medoris Diagnostik GmbH", "Florian", "Revenue Operations Analyst (m/w/d)", "de", "easy",
    "German video interview invite; CET",
    frm="Florian Brandstetter <f.brandstetter@medoris-diagnostik.de>",
    subj="Einladung zum Vorstellungsgespräch – Revenue Operations Analyst (m/w/d)",
    date=("2026-03-17 10:05", "+0100"),
    iat="2026-03-24T16:00:00+01:00",
    body="""Sehr geehrte Frau Broussard-Lee,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Video-Interview am Dienstag, 24. März 2026, um 16:00 Uhr (MEZ) einladen. Das Gespräch dauert ca. 45 Minuten und findet über Microsoft Teams statt.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Florian Brandstetter
Teamleiter Finance
Medoris Diagnostik GmbH""")

add("interview", "Grupo Salud Horizonte", "Mariana", "Analista de Operaciones de Salud", "es", "hard",
    "Spanish; offers several slots",
    frm="Mariana Echeverría <mechev@saludhorizonte.mx>",
    subj="Entrevista – Analista de Operaciones de Salud",
    date=("2026-02-26 12:30", "-0600"),
    body="""Hola Keisha:

Gracias por tu postulación. Nos gustaría conversar contigo en una entrevista por videollamada. ¿Cuál de estos horarios te acomoda mejor? (hora del centro de México)

- martes 3 de marzo, 10:00
- miércoles 4 de marzo, 16:00
- jueves 5 de marzo, 11:30

Quedo atenta.
Mariana Echeverría
Reclutamiento y Selección, Grupo Salud Horizonte""")

add("interview", "Gulfline Medical Supply", "Brandon", "Sales Operations Analyst", "en", "hard",
    "agency recruiter arranges client interview; definite time",
    frm="Brandon Teague <bteague@keystonetalent.com>",
    subj="Gulfline wants to meet you",
    date=("2025-07-24 11:02", "-0500"),
    iat="2025-07-29T11:00:00-05:00",
    body=f"""Keisha,

Good news — the hiring manager at my client, Gulfline Medical Supply, reviewed your resume and wants to meet about the Sales Operations Analyst role. I've locked in {D('2025-07-29')} at 11:00 AM Central for a 45-minute video call with their Director of Sales Ops, Whitney Farr.

I'll send prep notes Monday. Call me if that time doesn't work.

Brandon Teague
Senior Recruiter, Keystone Talent Partners""")

add("interview", "Verdance Care Network", "", "Revenue Integrity Analyst", "en", "easy",
    "Teamtailor scheduling link with choices",
    frm="Verdance Care Network <no-reply@teamtailor-mail.com>",
    subj="Book your interview with Verdance Care Network",
    date=("2025-09-29 09:00", "-0400"), fmt="alt",
    body="""Hi Keisha,

Great news! We'd like to invite you to an interview for the Revenue Integrity Analyst position. Please book a time that suits you:

https://verdancecare.teamtailor.com/meetings/book/3321

Looking forward to meeting you!
Verdance Care Network""")

add("interview", "Sterling Cardiovascular Devices", "Owen", "Commercial Contracts Analyst", "en", "easy",
    "onsite itinerary",
    frm="Owen Castellanos <ocastellanos@sterlingcv.com>",
    subj="Your onsite on Thursday",
    date=("2026-02-02 14:10", "-0600"),
    iat="2026-02-05T09:00:00-06:00",
    body=f"""Keisha,

Looking forward to having you in Houston on {D('2026-02-05')}. Here's the plan:

9:00 AM  Check in at lobby, meet me
9:15     Contract ops team (Lena, Marcus)
10:30    GPO pricing exercise
12:00    Lunch with the team
1:00 PM  VP Commercial Finance

Travel is booked through Concur; you should have the confirmation. Everyone is excited to meet our Commercial Contracts Analyst finalists.

Owen Castellanos
Director, Contract Operations
Sterling Cardiovascular Devices""")

add("interview", "Harbor Pines Pediatric Clinics", "Mira", "Revenue Cycle Manager", "en", "hard",
    "HTML only; 'meet with' phrasing; time in ET stated after confirm",
    frm="Mira Castellane <mcastellane@harborpinespeds.org>",
    subj="Confirmed - Tuesday",
    date=("2026-04-24 16:45", "-0400"), fmt="html",
    iat="2026-04-28T11:00:00-04:00",
    html=f"""<div>Hi Keisha,</div><div><br></div>
<div>You're confirmed to meet with Dwight Okonkwo and me on <b>{D('2026-04-28')} at 11:00 AM ET</b> at our Decatur office. We'll talk through the Revenue Cycle Manager role in detail. Bring a copy of your references if you have them handy.</div>
<div><br></div><div>Mira Castellane<br>Practice Administrator, Harbor Pines Pediatric Clinics</div>""")

add("interview", "Crescent Lane Home Health", "Tavia", "Revenue Cycle Analyst", "en", "hard",
    "'come in and meet the team'; no word interview; Friday relative",
    frm="Tavia Monroe <tmonroe@crescentlanehh.com>",
    subj="Revenue Cycle Analyst opening",
    date=("2025-09-24 10:20", "-0500"),
    iat="2025-09-26T14:00:00-05:00",
    body="""Hi Keisha,

Our revenue cycle analyst position opened up again and your name came right to mind. Could you come in this Friday at 2 PM to meet the billing team and our CFO? We're at 4100 Northchase Pkwy in Houston.

Tavia Monroe
HR Director, Crescent Lane Home Health""")

add("interview", "Northgate Rx Benefits", "", "Formulary Analytics Analyst", "en", "easy",
    "Oracle Cloud interview scheduled notice",
    frm="Northgate Rx Benefits <northgaterx@fa.oraclecloud.com>",
    subj="Interview Scheduled: Formulary Analytics Analyst",
    date=("2025-08-12 08:00", "-0500"), fmt="alt",
    iat="2025-08-19T13:00:00-05:00",
    body=f"""Hello Keisha Broussard-Lee,

An interview has been scheduled for you.

Position: Formulary Analytics Analyst
Date: {D('2025-08-19')}, 2025
Time: 1:00 PM Central Time
Format: Video (Webex)
Interviewer: Carlos Ibarra

Northgate Rx Benefits Recruiting""")

add("interview", "Cypress Hollow Surgical Center", "", "Business Office Analyst", "en", "hard",
    "one-way recorded video interview, deadline not start time",
    frm="Cypress Hollow Surgical Center <noreply@candidates.workablemail.com>",
    subj="Next step: video interview for Business Office Analyst",
    date=("2026-01-20 09:30", "-0600"), fmt="html", cte="base64",
    html="""<html><body><p>Hi Keisha,</p>
<p>Thanks for applying to Cypress Hollow Surgical Center! As a next step, we invite you to complete a short recorded video interview (4 questions, about 15 minutes).</p>
<p><a href="https://apply.workable.com/cypress-hollow/video/8812">Start your video interview</a></p>
<p>Please complete it by January 27.</p>
<p>Hiring Team</p></body></html>""")

add("interview", "Piedmont Regional Health Authority", "", "Budget & Reimbursement Analyst", "en", "easy",
    "government structured interview letter",
    frm="PRHA Human Resources <hr-notices@prha.ga.gov>",
    subj="Interview Scheduled - Posting 25-203",
    date=("2025-10-20 10:00", "-0400"), pdf="Interview_Notice_25-203.pdf",
    iat="2025-10-30T09:30:00-04:00",
    body=f"""Dear Ms. Broussard-Lee,

You have been selected for a structured interview for Budget & Reimbursement Analyst, Posting 25-203.

Date: {D('2025-10-30')}, 2025
Time: 9:30 a.m. Eastern
Location: 2 Peachtree Center, Room 14-201, Atlanta, GA

Please bring a government-issued photo ID. Details are in the attached notice.

Office of Human Resources
Piedmont Regional Health Authority""")

add("interview", "Brightmoor Dental Alliance", "Celeste", "Revenue Cycle Analyst", "en", "hard",
    "apology opening 'unfortunately' but it is a phone screen request",
    frm="Celeste Varga <celeste@brightmoordental.bamboohr.com>",
    subj="Revenue Cycle Analyst - phone call",
    date=("2025-07-01 13:25", "-0400"),
    body="""Hi Keisha,

Unfortunately our recruiting coordinator is out this week, so I'm reaching out myself. We'd love to set up a 30-minute phone call to talk about the Revenue Cycle Analyst role. Are you free sometime next week? Send me two or three windows and I'll make one work.

Celeste Varga
People & Culture | Brightmoor Dental Alliance""")

add("interview", "Arbor Search Group", "Geneva", "Vice President, Revenue Cycle", "en", "hard",
    "executive recruiter first conversation; client confidential; company is the search firm",
    frm="Geneva Holloway-Reyes <ghr@arborsearch.com>",
    subj="Confidential search – VP Revenue Cycle",
    date=("2026-09-15 12:00", "-0400"),
    body="""Keisha,

I'm leading a confidential search for a Vice President, Revenue Cycle on behalf of a multi-state health system headquartered in Charlotte. Your name came up from two people I trust.

Would you be open to a preliminary interview with me by phone? Here's my calendar: https://calendly.com/ghr-arborsearch/45min

Geneva Holloway-Reyes
Managing Partner, Arbor Search Group""")

add("interview", "Santéo Conseil", "Élodie", "Consultante Cycle de Revenus – Marché nord-américain", "fr", "easy",
    "French; definite time 'heure de Montréal'",
    frm="Élodie Marchand <elodie.marchand@santeo-conseil.ca>",
    subj="Entrevue – Consultante Cycle de Revenus",
    date=("2026-10-06 14:18", "-0400"),
    iat="2026-10-13T10:00:00-04:00",
    body="""Bonjour Keisha,

Merci pour votre candidature. Nous aimerions vous rencontrer en entrevue virtuelle le mardi 13 octobre 2026 à 10 h (heure de Montréal) pour le poste de Consultante Cycle de Revenus – Marché nord-américain.

Pouvez-vous me confirmer votre disponibilité?

Au plaisir,
Élodie Marchand
Associée, Santéo Conseil""")

add("interview", "Peachtree Meridian Health System", "Jolene", "Senior Revenue Integrity Analyst", "en", "hard",
    "second-round reschedule in thread; quoted part mentions a declined earlier slot",
    frm="Jolene Parrish <jparrish@peachtreemeridian.org>",
    subj="RE: Second round - Senior Revenue Integrity Analyst",
    date=("2026-01-12 17:05", "-0500"), reply=True,
    iat="2026-01-16T09:00:00-05:00",
    body=f"""Keisha,

No problem at all. Let's do {D('2026-01-16')} at 9:00 AM instead, in person at the Midtown campus, 5th floor finance suite. I'll have a badge waiting at the front desk.

Jolene Parrish
Peachtree Meridian Health System

-----Original Message-----
From: Keisha Broussard-Lee
Sent: Monday, January 12, 2026 3:48 PM
Subject: RE: Second round - Senior Revenue Integrity Analyst

Hi Jolene, unfortunately I can't make Wednesday morning because of a conflict I can't move. Is there any flexibility later in the week?""")
# ----------------------------- application_received (16) -----------------------------
add("application_received", "Peachtree Meridian Health System", "", "Revenue Cycle Analyst II", "en", "easy",
    "Workday acknowledgement",
    frm="Peachtree Meridian Health System <peachtreemeridian@myworkday.com>",
    subj="Thank you for applying: Revenue Cycle Analyst II",
    date=("2025-01-08 22:14", "-0500"), hdrs={"Auto-Submitted": "auto-generated"},
    body="""Hi Keisha,

Thank you for applying for Revenue Cycle Analyst II (R-20419). We have received your application and our recruiting team will review your qualifications.

You can check the status of your application at any time by signing in to your candidate home.

Peachtree Meridian Health System Talent Acquisition""")

add("application_received", "Chattahoochee Valley Medical Center", "", "Patient Access Data Analyst", "en", "easy",
    "iCIMS acknowledgement",
    frm="CVMC Careers <careers-noreply@cvmc.icims.com>",
    subj="Application Received - Patient Access Data Analyst (2025-1187)",
    date=("2025-01-30 07:12", "-0500"), hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Keisha,

We have received your application for Patient Access Data Analyst (2025-1187). Thank you for your interest in Chattahoochee Valley Medical Center.

Due to the volume of applications, we are unable to respond to each applicant individually. If your qualifications match our needs, a recruiter will contact you.

CVMC Human Resources""")

add("application_received", "Bayou Crest Health Plans", "", "Claims Analytics Specialist", "en", "hard",
    "Taleo ack that describes possible rejection/interview outcomes",
    frm="Bayou Crest Health Plans <noreply@taleo.net>",
    subj="Bayou Crest Health Plans - Application Confirmation",
    date=("2025-02-27 19:40", "-0600"),
    body="""Dear Keisha Broussard-Lee,

Thank you for submitting your application for Claims Analytics Specialist (Requisition 2500731).

What happens next: a recruiter will review your application. If you are selected for an interview, you will be contacted by phone or email. If you are not selected, you will receive a notification once the position has been filled.

Bayou Crest Health Plans Talent Acquisition""")

add("application_received", "Sable & Rowe Consulting", "", "Associate, Healthcare Operations", "en", "easy",
    "Greenhouse ack",
    frm="Sable & Rowe Consulting <no-reply@us.greenhouse-mail.io>",
    subj="Thanks for applying to Sable & Rowe Consulting!",
    date=("2025-09-12 15:33", "-0400"),
    body="""Hi Keisha,

Thanks for applying to the Associate, Healthcare Operations role at Sable & Rowe Consulting. Your application has been received and will be reviewed by our team.

If there's a fit, we'll reach out about next steps.

Sable & Rowe Consulting Recruiting""")

add("application_received", "Ironwood Claims Solutions", "", "Denials Management Analyst", "en", "easy",
    "Ashby ack, HTML alt",
    frm="Ironwood Claims Solutions <no-reply@ashbyhq.com>",
    subj="We got your application!",
    date=("2025-06-10 10:02", "-0700"), fmt="alt",
    body="""Hi Keisha,

We got your application for Denials Management Analyst at Ironwood Claims Solutions. A real human on our team reads every application, so it may take us a week or two to get back to you.

— The Ironwood Recruiting Team""")

add("application_received", "Magnolia Apothecary Group", "", "Pharmacy Operations Analyst", "en", "hard",
    "ack with 'Unfortunately we cannot respond individually'",
    frm="Magnolia Apothecary Group <no-reply@ultipro.com>",
    subj="Your application has been submitted",
    date=("2025-03-14 12:55", "-0400"),
    body="""Dear Keisha,

Your application for Pharmacy Operations Analyst at Magnolia Apothecary Group has been successfully submitted.

Unfortunately, we are not able to respond to every applicant personally. Please know your materials are being reviewed, and candidates selected to move forward will be contacted directly.

Magnolia Apothecary Group Recruiting""")

add("application_received", "Sterling Cardiovascular Devices", "", "Reimbursement Analyst", "en", "easy",
    "SuccessFactors ack; +0000",
    frm="Sterling Cardiovascular Careers <careers@successfactors.eu>",
    subj="Application received: Reimbursement Analyst (Job ID 44817)",
    date=("2025-04-17 14:08", "+0000"),
    body="""Dear Keisha,

Thank you for applying to Sterling Cardiovascular Devices for the role of Reimbursement Analyst (Job ID 44817). We confirm receipt of your application.

Our team is reviewing applications and will be in touch regarding the status of your application.

Global Talent Acquisition
Sterling Cardiovascular Devices""")

add("application_received", "Harbor Pines Pediatric Clinics", "", "Billing Operations Analyst", "en", "easy",
    "Paylocity ack",
    frm="Harbor Pines Pediatric Clinics <noreply@paylocity.com>",
    subj="Application Received - Billing Operations Analyst",
    date=("2025-05-12 21:30", "-0400"),
    body="""Hello Keisha,

Thank you for applying for the Billing Operations Analyst position with Harbor Pines Pediatric Clinics. We have received your application.

Harbor Pines Pediatric Clinics HR""")

add("application_received", "Tallowood Behavioral Health", "", "Utilization Review Data Analyst", "en", "hard",
    "ack that mentions interview scheduling via Paradox assistant",
    frm="Olivia at Tallowood <olivia@paradox.ai>",
    subj="Tallowood Behavioral Health: we received your application",
    date=("2025-07-18 08:41", "-0500"),
    body="""Hi Keisha! I'm Olivia, the virtual recruiting assistant for Tallowood Behavioral Health.

Your application for Utilization Review Data Analyst is in. If the hiring team would like to interview you, I'll text you to schedule a time that works. No action is needed from you right now.

Have a great day!
Olivia
Tallowood Behavioral Health Recruiting Assistant""")

add("application_received", "Verdance Care Network", "", "Revenue Integrity Analyst", "en", "easy",
    "Teamtailor ack",
    frm="Verdance Care Network <no-reply@teamtailor-mail.com>",
    subj="Thank you for your application",
    date=("2025-09-18 13:13", "-0400"),
    body="""Hi Keisha,

Thank you for applying for the Revenue Integrity Analyst position at Verdance Care Network! We'll review your application and get back to you as soon as we can.

Best regards,
Verdance Care Network""")

add("application_received", "Northgate Rx Benefits", "", "Formulary Analytics Analyst", "en", "easy",
    "Oracle Cloud ack",
    frm="Northgate Rx Benefits <northgaterx@fa.oraclecloud.com>",
    subj="Thank you for applying to Northgate Rx Benefits",
    date=("2025-07-28 11:50", "-0500"),
    body="""Hello Keisha Broussard-Lee,

Thank you for your application for Formulary Analytics Analyst. We received it on July 28, 2025. Our recruiting team will review it shortly.

Northgate Rx Benefits Recruiting""")

add("application_received", "Centro Médico Esperanza", "", "Analista de Facturación Médica", "es", "easy",
    "Spanish ack",
    frm="Centro Médico Esperanza <empleos@cmesperanza.org>",
    subj="Hemos recibido su solicitud",
    date=("2025-10-09 16:22", "-0500"),
    body="""Estimada Keisha Broussard-Lee:

Gracias por postularse al puesto de Analista de Facturación Médica en Centro Médico Esperanza (Houston). Hemos recibido su solicitud correctamente.

Nuestro equipo de Recursos Humanos revisará su perfil y, si cumple con los requisitos, nos pondremos en contacto con usted.

Atentamente,
Recursos Humanos
Centro Médico Esperanza""")

add("application_received", "Piedmont Regional Health Authority", "", "Budget & Reimbursement Analyst", "en", "hard",
    "government ack mentions selection, interview and 'not selected' outcomes",
    frm="PRHA Human Resources <hr-notices@prha.ga.gov>",
    subj="Application Confirmation - Posting 25-203",
    date=("2025-09-22 09:00", "-0400"),
    body="""Dear Applicant,

This confirms that your application for Budget & Reimbursement Analyst, Posting 25-203, was received before the closing date.

Applications are screened against the minimum qualifications. The most qualified applicants will be invited to a structured interview. Applicants who are not selected for interview will be notified when the posting closes.

Office of Human Resources
Piedmont Regional Health Authority""")

add("application_received", "Cypress Hollow Surgical Center", "", "Business Office Analyst", "en", "easy",
    "Workable ack",
    frm="Cypress Hollow Surgical Center <noreply@candidates.workablemail.com>",
    subj="Your application to Cypress Hollow Surgical Center",
    date=("2026-01-08 18:45", "-0600"),
    body="""Hi Keisha,

Thank you for applying to the Business Office Analyst position at Cypress Hollow Surgical Center. This is a confirmation that we have received your application.

Hiring Team""")

add("application_received", "Larkspur Advisory Group", "", "Healthcare Consultant, Revenue Cycle", "en", "hard",
    "Lever ack that reads like personal note signed by team",
    frm="Larkspur Advisory Group <no-reply@hire.lever.co>",
    subj="Keisha, thanks for reaching out",
    date=("2025-04-23 07:59", "-0400"),
    body="""Hey Keisha,

Really glad you found us. This note is just to say your application for Healthcare Consultant, Revenue Cycle landed safely in our inbox. We read everything ourselves, so give us a little time.

Talk soon,
The Larkspur Advisory Group team""")

add("application_received", "Gulfline Medical Supply", "", "Senior Sales Operations Analyst", "en", "easy",
    "Jobvite ack",
    frm="Gulfline Medical Supply <notifications@jobvite.com>",
    subj="Application received – Senior Sales Operations Analyst",
    date=("2026-06-23 10:30", "-0500"),
    body="""Keisha,

Thank you for your interest in the Senior Sales Operations Analyst position at Gulfline Medical Supply. Your application has been received and is under review.

Gulfline Medical Supply Talent Acquisition""")
# ----------------------------- auto_reply (14) -----------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
add("auto_reply", "Queen City Orthopedic Partners", "Marguerite", "", "en", "easy",
    "OOO with 'back on 3/14'",
    frm="Marguerite Osei-Banner <mosei@qcorthopartners.com>",
    subj="Automatic reply: Healthcare Operations Analyst application",
    date=("2025-03-10 09:01", "-0400"), hdrs=AR, reply=True,
    ret="2025-03-14",
    body="""I'm out of the office with limited access to email and will be back on 3/14. For urgent clinic matters please contact Dana Pruitt at dpruitt@qcorthopartners.com.

Marguerite Osei-Banner
Queen City Orthopedic Partners""")

add("auto_reply", "Sterling Cardiovascular Devices", "Priya", "", "en", "hard",
    "relative return ('back Monday'); no auto-reply headers",
    frm="Priya Venkataraman <pvenkataraman@sterlingcv.com>",
    subj="Re: Market Access Analyst – thank you",
    date=("2025-06-05 11:30", "-0500"), reply=True,
    ret="2025-06-09",
    body="""Thanks for your message. I'm traveling for our national sales meeting and checking email only occasionally. I'll be back Monday and will respond then.

Priya Venkataraman
HR Business Partner, Sterling Cardiovascular Devices""")

add("auto_reply", "Larkspur Advisory Group", "Desmond", "", "en", "easy",
    "OOO 'returning Monday 9 March'",
    frm="Desmond Achterberg <desmond.achterberg@larkspuradvisory.com>",
    subj="Out of Office: Re: Case materials",
    date=("2026-03-02 06:12", "-0500"), hdrs={"Auto-Submitted": "auto-replied"}, reply=True,
    ret="2026-03-09",
    body="""Thank you for your email. I am on a client engagement abroad and returning Monday 9 March. For anything time-sensitive please contact my colleague Hallie Brennan.

Desmond Achterberg
Larkspur Advisory Group""")

add("auto_reply", "Bayou Crest Health Plans", "Renata", "", "en", "hard",
    "'until 2026-03-19 inclusive' -> back next day",
    frm="Renata Quintero <renata.quintero@bayoucresthp.com>",
    subj="Automatic reply: Thank you - interview follow-up",
    date=("2026-03-16 14:00", "-0500"), hdrs=AR, reply=True,
    ret="2026-03-20",
    body="""I am away from the office until 2026-03-19 inclusive and will not be checking email. Recruiting questions can go to talent@bayoucresthp.com.

Renata Quintero
Bayou Crest Health Plans""")

add("auto_reply", "Northgate Rx Benefits", "Carlos", "", "en", "easy",
    "no longer with company; contact another person",
    frm="Carlos Ibarra <cibarra@northgaterx.com>",
    subj="Automatic reply: checking in",
    date=("2026-01-06 10:20", "-0600"), hdrs=AR, reply=True,
    body="""Hello, I no longer work at Northgate Rx Benefits. Please direct questions about formulary analytics to Tomás Reyna (treyna@northgaterx.com) and recruiting questions to careers@northgaterx.com.

Thank you.
Carlos Ibarra""")

add("auto_reply", "Peachtree Meridian Health System", "", "Revenue Cycle Analyst II", "en", "hard",
    "unmonitored mailbox bounce on application thread; no return date",
    frm="Peachtree Meridian Health System <peachtreemeridian@myworkday.com>",
    subj="Re: Revenue Cycle Analyst II (R-20419) - question about my application",
    date=("2025-02-13 08:03", "-0500"), hdrs={"Auto-Submitted": "auto-replied"}, reply=True,
    body="""This mailbox is not monitored. Replies to this address are not read.

To check the status of your application, sign in to your candidate home on the Peachtree Meridian Health System careers site.""")

add("auto_reply", "Verdance Care Network", "Ingrid", "", "en", "hard",
    "parental leave; return date month-name; X-Autoreply only; mentions interviews",
    frm="Ingrid Halvorsen <ingrid.halvorsen@verdancecare.com>",
    subj="Re: Coding audit role",
    date=("2026-05-11 12:00", "-0400"), hdrs={"X-Autoreply": "yes"}, reply=True,
    ret="2026-08-17",
    body="""Hi there! I'm on parental leave and will return on August 17, 2026. If you're a candidate with an interview scheduled, please reach out to Marcus Tillery (mtillery@verdancecare.com), who is covering my searches.

Ingrid Halvorsen
Verdance Care Network""")

add("auto_reply", "Medoris Diagnostik GmbH", "Katharina", "", "de", "easy",
    "German Abwesenheitsnotiz; 'ab dem 7. April'",
    frm="Katharina Weißhaupt <k.weisshaupt@medoris-diagnostik.de>",
    subj="Abwesenheitsnotiz: Ihre Bewerbung als Revenue Operations Analyst (m/w/d)",
    date=("2026-03-30 08:00", "+0200"), hdrs=AR, reply=True,
    ret="2026-04-07",
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und ab dem 7. April wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@medoris-diagnostik.de.

Mit freundlichen Grüßen
Katharina Weißhaupt
Medoris Diagnostik GmbH""")

add("auto_reply", "Groupe Hospitalier Belrive", "Sandrine", "", "fr", "easy",
    "French absence message",
    frm="Sandrine Lacombe <s.lacombe@gh-belrive.fr>",
    subj="Réponse automatique : Votre candidature",
    date=("2026-01-05 09:00", "+0100"), hdrs=AR, reply=True,
    ret="2026-01-12",
    body="""Bonjour,

Je suis absente du bureau et serai de retour le lundi 12 janvier 2026. Pour toute question urgente, merci de contacter recrutement@gh-belrive.fr.

Cordialement,
Sandrine Lacombe
Groupe Hospitalier Belrive""")

add("auto_reply", "Clínica Santa Brígida", "Valeria", "", "es", "easy",
    "Spanish OOO",
    frm="Valeria Montenegro <vmontenegro@clinicasantabrigida.com>",
    subj="Respuesta automática: Seguimiento de entrevista",
    date=("2025-11-24 10:00", "-0600"), hdrs=AR, reply=True,
    ret="2025-12-01",
    body="""Gracias por su mensaje. Me encuentro fuera de la oficina por el feriado de Acción de Gracias y regresaré el lunes 1 de diciembre. Responderé a su correo a mi regreso.

Valeria Montenegro
Clínica Santa Brígida""")

add("auto_reply", "Keystone Talent Partners", "Brandon", "", "en", "hard",
    "agency recruiter OOO with no date; no headers; 'interview' mention",
    frm="Brandon Teague <bteague@keystonetalent.com>",
    subj="Re: Gulfline interview prep",
    date=("2025-07-25 17:01", "-0500"), reply=True,
    body="""Auto-response: I'm out of the office at a client site with limited email access. If you have an interview scheduled through Keystone and need help, call our main line at (713) 555-0100 and the on-duty recruiter will assist.

Brandon Teague
Keystone Talent Partners""")

add("auto_reply", "Harbor Pines Pediatric Clinics", "Mira", "", "en", "easy",
    "vacation responder; 'returning Wednesday, May 20'",
    frm="Mira Castellane <mcastellane@harborpinespeds.org>",
    subj="Out of office",
    date=("2026-05-14 07:30", "-0400"), hdrs=AR, reply=True,
    ret="2026-05-20",
    body="""I'm on vacation and returning Wednesday, May 20. I'll respond to messages as soon as I can after that.

Mira Castellane
Practice Administrator, Harbor Pines Pediatric Clinics""")

add("auto_reply", "Crescent Lane Home Health", "", "", "en", "hard",
    "HR shared mailbox auto-ack for a reply; 'we'll respond within 2 business days' (not application ack)",
    frm="Crescent Lane HR <hr@crescentlanehh.com>",
    subj="[Auto-Reply] RE: Revenue Cycle Analyst offer questions",
    date=("2025-10-15 19:10", "-0500"), hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    reply=True,
    body="""This is an automatic reply. The Crescent Lane Home Health HR office is closed for the evening. Messages received after 5 PM are answered the next business day. If this is about payroll, please call (281) 555-0177.""")

add("auto_reply", "Arbor Search Group", "Geneva", "", "en", "hard",
    "OOO with date in dd Mon yyyy; subject mentions interview",
    frm="Geneva Holloway-Reyes <ghr@arborsearch.com>",
    subj="Automatic reply: Preliminary interview - VP Revenue Cycle",
    date=("2026-09-28 13:00", "-0400"), hdrs=AR, reply=True,
    ret="2026-10-05",
    body="""I'm attending the HFMA conference and away from my desk through Friday. Back in the office 05 Oct 2026. My associate Theo Marsh (tmarsh@arborsearch.com) can help with scheduling in the meantime.

Geneva Holloway-Reyes
Arbor Search Group""")
# ----------------------------- other (26) -----------------------------
LU = {"List-Unsubscribe": "<https://example-mail.net/unsub?u=kbl>", "Precedence": "bulk"}
add("other", "", "", "", "en", "easy", "job alert digest",
    frm="HealthJobsHub Alerts <alerts@healthjobshub.com>",
    subj="9 new jobs for Revenue Cycle Analyst in Atlanta, GA",
    date=("2025-01-15 06:00", "+0000"), hdrs=LU, fmt="alt",
    body="""New jobs matching your alert "Revenue Cycle Analyst - Atlanta, GA":

Revenue Cycle Analyst - Dunmore Health (Atlanta, GA)
Denials Analyst - Ridgeway Clinics (Remote)
Patient Financial Services Analyst - Orchard Bay Hospital (Marietta, GA)
...and 6 more

Manage your alerts or unsubscribe.""")

add("other", "", "", "", "en", "hard", "newsletter article on bouncing back from rejection after interviews",
    frm="The RevCycle Career Brief <newsletter@revcyclebrief.com>",
    subj="Rejected after the final interview? Here's what to do next",
    date=("2025-02-04 07:30", "-0500"), hdrs=LU, fmt="html",
    html="""<html><body><h1>The RevCycle Career Brief</h1>
<p>This week: "We have decided to move forward with other candidates." Few lines sting more after a final-round interview. We asked three hiring managers what candidates should do next.</p>
<p>Plus: salary bands for revenue integrity analysts in 2025, and an offer for 30% off our certification prep course.</p>
<p><a href="#">Unsubscribe</a></p></body></html>""")

add("other", "", "", "", "en", "hard", "card declined notification",
    frm="Pinecone Federal Credit Union <alerts@pineconefcu.com>",
    subj="Unfortunately, a transaction was declined",
    date=("2025-03-01 21:44", "-0500"),
    body="""Hi Keisha,

A purchase of $214.60 at DELTA AIR LINES on your debit card ending 4471 was declined because it exceeded your daily limit.

If you made this purchase, you can adjust your limit in the app and try again.

Pinecone Federal Credit Union""")

add("other", "", "Toni", "", "en", "hard", "friend's personal mail about her own interview and offer",
    frm="Toni Guidry <toni.guidry88@gmail.com>",
    subj="guess who got an offer!!",
    date=("2025-03-22 22:05", "-0400"),
    body="""KEISHA. The Savannah job came through! They called this afternoon with the offer after my second interview on Tuesday and I said yes before they finished the sentence lol.

How's your search going? Any word from the ortho clinic in Charlotte? Let's celebrate when I'm in ATL next month.

love you,
Toni""")

add("other", "", "", "", "en", "hard", "podcast 'interview' with a hospital CFO",
    frm="Margin & Mission Podcast <hello@marginmission.fm>",
    subj="New episode: our interview with a health system CFO on denials",
    date=("2025-04-10 05:00", "+0000"), hdrs=LU,
    body="""Episode 88 is live! We sat down for an in-depth interview with the CFO of a 12-hospital system about why payer denials are climbing and what revenue cycle teams can do.

Listen wherever you get your podcasts.

Unsubscribe from Margin & Mission updates.""")

add("other", "", "", "", "en", "hard", "apartment application not approved",
    frm="Midtown Lofts Leasing <leasing@midtownlofts-atl.com>",
    subj="Update on your rental application",
    date=("2025-05-13 11:11", "-0400"),
    body="""Dear Keisha Broussard-Lee,

Thank you for applying for unit 1408 at Midtown Lofts. We regret that we are unable to approve your application at this time because another applicant's application was completed first.

Your application fee will be refunded within 10 business days.

Midtown Lofts Leasing Office""")

add("other", "", "Reggie", "Epic Resolute Consultant", "en", "hard", "recruiter mass mailing; mentions quick call and interview",
    frm="Reggie Banerjee <reggie@talentbridgeit.net>",
    subj="Urgent Req: Epic Resolute Consultant // Remote // 6 months",
    date=("2025-06-03 10:48", "-0400"),
    body="""Hi,

Hope you are doing well. I have an urgent requirement with one of my clients. Please share your updated resume with expected rate and visa status for a quick call.

Role: Epic Resolute Consultant
Location: Remote
Duration: 6 months
Interview: Video

Reggie Banerjee
TalentBridge IT Services
If you do not wish to receive emails, reply REMOVE.""")

add("other", "", "", "", "en", "easy", "LinkedIn-style notification",
    frm="ProLink <notifications@prolink-mail.com>",
    subj="Keisha, Jolene Parrish viewed your profile",
    date=("2025-07-08 13:20", "+0000"), hdrs=LU,
    body="""Jolene Parrish, Manager, Revenue Cycle Analytics at Peachtree Meridian Health System, viewed your profile.

See who else viewed your profile this week with ProLink Premium.""")

add("other", "", "", "", "en", "hard", "'20% off' offer marketing",
    frm="CertPath Learning <deals@certpath.io>",
    subj="An offer you shouldn't decline: 20% off CRCR prep",
    date=("2025-08-01 09:00", "-0500"), hdrs=LU, fmt="alt", cte="base64",
    body="""Hi Keisha,

Our offer ends Sunday: 20% off the Certified Revenue Cycle Representative prep bundle, including mock interview coaching.

Use code REVUP20 at checkout.

CertPath Learning""")

add("other", "", "Ama", "", "en", "hard", "academic abstract not accepted",
    frm="Ama Boateng <abstracts@hfma-southeast.org>",
    subj="HFMA Southeast Annual Conference – abstract decision",
    date=("2025-08-29 16:00", "-0400"),
    body="""Dear Ms. Broussard-Lee,

Thank you for submitting your abstract "Predicting Claim Denials with Simple Rules" to the HFMA Southeast Annual Conference. The committee received 212 submissions and, regrettably, yours was not accepted for presentation this year.

We encourage you to attend and to submit again next year.

Ama Boateng
Program Committee Chair""")

add("other", "", "", "", "en", "easy", "Yahoo account security notice",
    frm="Yahoo <no-reply@cc.yahoo-inc.com>",
    subj="New sign-in to your Yahoo account",
    date=("2025-09-05 02:15", "+0000"),
    body="""We noticed a new sign-in to your Yahoo account from Chrome on Windows near Atlanta, GA.

If this was you, you don't need to do anything.""")

add("other", "", "Dorian", "", "en", "hard", "GitHub-style PR rejected notification",
    frm="Dorian Makepeace <notifications@codeforge.dev>",
    subj="[denials-toolkit] Pull request #42 closed: Add CARC code mapping",
    date=("2025-10-02 18:40", "-0700"),
    body="""@dmakepeace closed this pull request without merging.

Thanks for the PR, Keisha. We've decided not to move forward with this change since the CARC mapping now lives in the upstream dataset. Happy to review a follow-up that uses that instead.

— Dorian

Reply to this email directly or view it on CodeForge.""")

add("other", "", "", "", "en", "hard", "concert cancelled 'we regret to inform you'",
    frm="Fox Hollow Amphitheater <tickets@foxhollowamp.com>",
    subj="Event cancellation: Saturday's show",
    date=("2025-10-23 12:00", "-0400"),
    body="""Dear ticket holder,

We regret to inform you that Saturday's performance has been cancelled due to artist illness. Refunds will be issued automatically to the original payment method within 7-10 business days.

Fox Hollow Amphitheater""")

add("other", "", "", "", "en", "hard", "MBA program admission offer",
    frm="Emory Ridge Business School Admissions <admissions@emoryridge.edu>",
    subj="Congratulations! Your offer of admission",
    date=("2025-12-12 15:00", "-0500"), pdf="Admission_Letter.pdf",
    body="""Dear Keisha,

Congratulations! On behalf of the admissions committee, I am delighted to offer you admission to the Evening MBA program, Healthcare Management concentration, beginning Fall 2026.

Please accept your offer in the applicant portal by February 1.

Office of Admissions
Emory Ridge Business School""")

add("other", "", "", "", "en", "easy", "webinar invite about interviewing",
    frm="Women in Healthcare Finance <events@whcf.org>",
    subj="Webinar: Nail your next healthcare finance interview (Jan 22)",
    date=("2026-01-09 08:00", "-0500"), hdrs=LU,
    body="""Join us Thursday, January 22 at noon ET for a free webinar on preparing for healthcare finance interviews: case questions, Excel tests and salary negotiation.

Register at whcf.org/events.""")

add("other", "", "", "", "en", "hard", "personal loan application adverse action",
    frm="Brightline Lending <notices@brightlinelending.com>",
    subj="Your loan application decision",
    date=("2026-01-29 10:30", "-0600"),
    body="""Dear Keisha Broussard-Lee,

Thank you for applying for a personal loan. After reviewing your application, we are unable to approve your request at this time. The principal reason: insufficient length of credit history at current address.

You have the right to a free copy of your credit report within 60 days.

Brightline Lending""")

add("other", "", "Nkechi", "", "en", "hard", "friend forwards a job posting; mentions interview tips",
    frm="Nkechi Adeyemi-Hart <nkechi.ah@outlook.com>",
    subj="Fwd: Job posting - Revenue Cycle Analyst, Orchard Bay",
    date=("2026-02-03 19:22", "-0500"),
    body="""Girl, this one has your name all over it. My cousin works there and says the manager is great. Apply and I'll do a mock interview with you this weekend.

Nkechi

---------- Forwarded message ---------
From: Orchard Bay Hospital Careers <careers@orchardbayhospital.org>
Subject: Job posting - Revenue Cycle Analyst

Orchard Bay Hospital is hiring a Revenue Cycle Analyst in Marietta, GA. Apply online by February 28.""")

add("other", "", "", "", "en", "easy", "pharmacy refill reminder",
    frm="Magnolia Pharmacy <refills@magnoliarx-notify.com>",
    subj="Your prescription is ready for pickup",
    date=("2026-03-11 14:02", "-0400"),
    body="""Hi Keisha, your prescription is ready for pickup at Magnolia Pharmacy #218, Ponce de Leon Ave. Pickup by March 18.""")

add("other", "", "", "", "en", "hard", "job board relay: employer viewed application (no decision)",
    frm="CareerCrest <jobs-noreply@careercrest.com>",
    subj="An employer viewed your application",
    date=("2026-04-02 09:15", "+0000"), hdrs=LU,
    body="""Good news, Keisha! Your application for Revenue Cycle Analyst at Orchard Bay Hospital was viewed by the employer.

Keep your momentum: 14 similar jobs are hiring now.""")

add("other", "", "Patrice", "", "es", "hard", "Spanish personal mail from cousin mentioning her interview",
    frm="Patrice Broussard <patrice.broussard@gmail.com>",
    subj="¿Cómo te fue?",
    date=("2026-04-19 20:40", "-0500"),
    body="""¡Hola prima!

¿Cómo te fue con la entrevista? Yo tuve la mía en el banco el viernes y creo que salió bien, pero todavía no me dicen nada. Mamá pregunta si vienes a Houston para el cumpleaños de la abuela.

Besos,
Patrice""")

add("other", "", "", "", "en", "easy", "receipt",
    frm="Ink & Paper Print Shop <receipts@inkandpaperatl.com>",
    subj="Your receipt #A-20931",
    date=("2026-05-26 12:12", "-0400"),
    body="""Thanks for your order!

25 x resume prints, ivory 32 lb  $12.50
Tax  $1.00
Total  $13.50

Ink & Paper Print Shop, Atlanta""")

add("other", "", "", "", "en", "hard", "Workday account/password mail from employer portal (no status)",
    frm="Peachtree Meridian Health System <peachtreemeridian@myworkday.com>",
    subj="Your candidate account password was reset",
    date=("2026-06-02 22:30", "-0400"), hdrs={"Auto-Submitted": "auto-generated"},
    body="""Hi Keisha,

The password for your Peachtree Meridian Health System candidate account was reset. If you did not request this, contact our HR service center.""")

add("other", "", "", "", "en", "hard", "survey about candidate experience after process",
    frm="Candidate Pulse <survey@candidatepulse.io>",
    subj="How was your interview experience with Sterling Cardiovascular Devices?",
    date=("2026-07-14 10:00", "-0500"),
    body="""Hi Keisha,

Sterling Cardiovascular Devices wants to hear about your recent interview experience. This 3-minute survey is anonymous and does not affect any hiring decision.

Take the survey""")

add("other", "", "Wendell", "", "en", "hard", "meetup RSVP 'moved forward with' venue change; 'application' for volunteer",
    frm="Wendell Ashby <wendell@atlhealthdata.org>",
    subj="ATL Health Data Meetup: venue change + speaker applications",
    date=("2026-08-18 17:00", "-0400"),
    body="""Hi all,

We've moved forward with a new venue for next Wednesday's meetup (Ponce City Market, 3rd floor). Also, we received your speaker applications — thank you! We'll review them and pick two talks for October.

See you there,
Wendell""")

add("other", "", "", "", "de", "easy", "German newsletter from a job board",
    frm="KarriereBrief <newsletter@karrierebrief.de>",
    subj="Ihr Wochenrückblick: Vorstellungsgespräche meistern",
    date=("2026-09-07 07:00", "+0200"), hdrs=LU,
    body="""Hallo Keisha,

in dieser Ausgabe: So meistern Sie Vorstellungsgespräche auf Englisch, und warum eine Absage kein Weltuntergang ist.

Abmelden""")

add("other", "", "", "", "en", "easy", "utility bill",
    frm="Georgia Metro Power <billing@gametropower.com>",
    subj="Your November statement is ready",
    date=("2026-11-03 06:30", "-0500"),
    body="""Your Georgia Metro Power statement is ready. Amount due: $118.42 by November 24, 2026.""")


def main() -> None:
    import random

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(MSGS)))
    random.Random(49).shuffle(order)
    rows = []
    for i, k in enumerate(order, start=1):
        m = MSGS[k]
        name = f"{i:03d}.eml"
        msg = build(i, m)
        (OUT / name).write_bytes(b"Delivered-To: " + ME_ADDR.encode() + b"\r\n" + msg.as_bytes(policy=SMTP))
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"], "return_date": m["ret"],
                     "lang": m["lang"], "difficulty": m["diff"], "notes": m["notes"],
                     "interview_at": m["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
