"""Generate the blind40 evaluation corpus (job seeker: Marcus Oyelaran, RN -> clinical informatics).

Stdlib only. Writes tests/corpus/blind40/NNN.eml and tests/corpus/blind40/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import textwrap
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind40"
ME = "Marcus Oyelaran <marcus.oyelaran@outlook.com>"
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
SPECS: list[dict] = []


def S(label: str, company: str, contact: str, role: str, ret: str, lang: str, diff: str,
      notes: str, iat: str, frm: str, subj: str, date: str, body: str, **kw: object) -> None:
    SPECS.append(dict(label=label, company=company, contact=contact, role=role, ret=ret,
                      lang=lang, diff=diff, notes=notes, iat=iat, frm=frm, subj=subj,
                      date=date, body=body, **kw))


def _date(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def _html_from_text(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    inner = "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{inner}\n</body></html>\n")


def build(i: int, sp: dict) -> bytes:
    msg = EmailMessage()
    d = _date(sp["date"])
    dom = sp["frm"].rsplit("@", 1)[-1].rstrip(">").strip()
    for h, v in sp.get("pre", []):
        msg[h] = v
    msg["From"] = sp["frm"]
    msg["To"] = sp.get("to", ME)
    if sp.get("cc"):
        msg["Cc"] = sp["cc"]
    msg["Subject"] = sp["subj"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{d.strftime('%Y%m%d%H%M')}.b40x{i:03d}.{zlib.crc32(sp['subj'].encode()) % 99991:05d}@{dom}>"
    if sp.get("irt"):
        ref = f"<{sp['irt']}@outlook.com>" if "@" not in sp["irt"] else f"<{sp['irt']}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for h, v in sp.get("hdr", []):
        msg[h] = v
    body = textwrap.dedent(sp["body"]).strip("\n") + "\n"
    fmt = sp.get("fmt", "plain")
    cte = sp.get("cte")
    if fmt == "plain":
        msg.set_content(body, cte=cte) if cte else msg.set_content(body)
    elif fmt == "html":
        h = sp.get("html") or _html_from_text(body)
        msg.set_content(h, subtype="html", cte=cte) if cte else msg.set_content(h, subtype="html")
    else:  # alt
        h = sp.get("html") or _html_from_text(body)
        if cte:
            msg.set_content(body, cte=cte)
            msg.add_alternative(h, subtype="html", cte=cte)
        else:
            msg.set_content(body)
            msg.add_alternative(h, subtype="html")
    if sp.get("ics"):
        ics = textwrap.dedent(sp["ics"]).strip("\n").replace("\n", "\r\n") + "\r\n"
        msg.add_attachment(ics, subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"})
    if sp.get("pdf"):
        msg.add_attachment(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                           maintype="application", subtype="pdf", filename=sp["pdf"])
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b40_{i:03d}_{n}_{zlib.crc32(sp['date'].encode()):08x}")
    return msg.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

NOREPLY_FOOT = "\n\nThis message was sent from an unmonitored address. Please do not reply."

# 001 rejection, Workday, easy
S("rejection", "Harbourfront Health Network", "", "Clinical Informatics Specialist", "", "en", "easy",
  "Workday template; position filled", "",
  "Harbourfront Health Network <harbourfronthealth@myworkday.com>",
  "Update on your application - Clinical Informatics Specialist (R-20418)",
  "2026-02-11 16:02 -0500",
  """
  Dear Marcus,

  Thank you for your interest in the Clinical Informatics Specialist position (R-20418)
  at Harbourfront Health Network.

  We have now filled this position and are no longer considering other applicants.
  We appreciate the time you invested in applying and encourage you to create job
  alerts on our careers site for future openings.

  Kind regards,
  Talent Acquisition
  Harbourfront Health Network
  """ + NOREPLY_FOOT,
  hdr=[("Auto-Submitted", "auto-generated")])

# 002 application_received, Workday, easy
S("application_received", "Harbourfront Health Network", "", "Clinical Informatics Specialist", "", "en", "easy",
  "Workday acknowledgement", "",
  "Harbourfront Health Network <harbourfronthealth@myworkday.com>",
  "We received your application: Clinical Informatics Specialist",
  "2026-01-06 09:41 -0500",
  """
  Hi Marcus,

  Thanks for applying to the Clinical Informatics Specialist role (R-20418). Your
  application has been submitted successfully and is now with our Talent Acquisition team.

  You can check your status at any time by signing in to your candidate home.

  Harbourfront Health Network
  Talent Acquisition
  """ + NOREPLY_FOOT,
  fmt="alt", hdr=[("Auto-Submitted", "auto-generated")])

# 003 interview, confirmation with concrete time, easy
S("interview", "Harbourfront Health Network", "Priya", "Clinical Informatics Specialist", "", "en", "easy",
  "confirmation with date and ET time", "2026-03-17T10:00:00-04:00",
  "Priya Ramdial <priya.ramdial@harbourfronthealth.ca>",
  "Interview confirmed - Clinical Informatics Specialist",
  "2026-03-12 11:20 -0400",
  """
  Hi Marcus,

  Thank you for making time for us. This confirms your interview for the Clinical
  Informatics Specialist role:

  Date: Tuesday, March 17, 2026
  Time: 10:00 AM - 11:00 AM ET
  Format: Microsoft Teams (link to follow from our scheduling team)
  Panel: Priya Ramdial (Manager, Clinical Informatics), Devon Achterberg (Nursing Practice Lead)

  Please have an example ready of a workflow change you helped introduce on your unit.

  Best regards,
  Priya Ramdial, RN, MHI
  Manager, Clinical Informatics
  Harbourfront Health Network
  """, fmt="alt")

# 004 interview, Calendly link, hard (no word interview)
S("interview", "Northvale Digital Health", "Jenna", "Clinical Product Specialist", "", "en", "hard",
  "scheduling link; calls it a 'conversation'", "",
  "Jenna Kowalczyk <jenna@northvale.health>",
  "Northvale x Marcus",
  "2025-05-07 14:05 -0400",
  """
  Hey Marcus,

  Loved reading about the barcode medication administration rollout you supported on 7 West.
  That is exactly the kind of bedside perspective our product team is missing.

  Would you be up for a 30-minute conversation with me about the Clinical Product Specialist
  role? Grab whatever slot suits you here: https://calendly.com/jenna-northvale/30min

  Cheers,
  Jenna Kowalczyk
  Talent Partner, Northvale Digital Health Inc.
  """)

# 005 rejection after final round, personal, hard
S("rejection", "Northvale Digital Health", "Jenna", "Clinical Product Specialist", "", "en", "hard",
  "after final round; warm; 'different direction'", "",
  "Jenna Kowalczyk <jenna@northvale.health>",
  "Re: Final round - Clinical Product Specialist",
  "2025-06-19 17:48 -0400",
  """
  Hi Marcus,

  I wanted to reach out personally after your final round last Thursday. The panel really
  enjoyed the case walkthrough, and Omar in particular called out how clearly you explained
  the handoff problem.

  After a lot of back and forth, the team went a different direction and chose someone with
  more hands-on product management experience. I know that's not the news you were hoping for.

  If it's useful, I'm happy to hop on a call and share the panel's feedback. And please keep
  Northvale on your radar: we'll be hiring more clinical folks next year.

  Warmly,
  Jenna Kowalczyk
  Talent Partner | Northvale Digital Health Inc.
  """, irt="b40-jenna-final-1", fmt="alt")

# 006 application_received, Greenhouse, hard (mentions interview steps)
S("application_received", "Northvale Digital Health", "", "Clinical Product Specialist", "", "en", "hard",
  "describes future interview steps and possible 'not moving forward'", "",
  "Northvale Digital Health Hiring Team <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Northvale Digital Health",
  "2025-05-02 08:13 -0400",
  """
  Hi Marcus,

  Thanks for your interest in the Clinical Product Specialist role at Northvale Digital Health!

  Here's what happens next: our team reviews every application by hand. If your background
  lines up, someone will reach out to set up an intro call, followed by a case interview and a
  final panel. If we decide not to move forward, we'll let you know by email either way.

  The Northvale Hiring Team
  """, fmt="html", hdr=[("Auto-Submitted", "auto-generated")])

# 007 rejection, Lever, easy
S("rejection", "Carebridge Analytics", "", "Clinical Data Analyst", "", "en", "easy",
  "Lever template", "",
  "Carebridge Analytics <no-reply@hire.lever.co>",
  "Your application to Carebridge Analytics",
  "2025-03-04 12:30 -0500",
  """
  Hi Marcus,

  Thank you for applying for the Clinical Data Analyst position at Carebridge Analytics Ltd.

  We've reviewed your application carefully and, unfortunately, we will not be progressing it
  to the next stage. We received a high number of applications and had to make some difficult
  choices.

  We wish you every success in your search.

  The Carebridge Analytics Talent Team
  """)

# 008 application_received, Lever, easy
S("application_received", "Carebridge Analytics", "", "Clinical Data Analyst", "", "en", "easy",
  "short Lever acknowledgement", "",
  "Carebridge Analytics <no-reply@hire.lever.co>",
  "Carebridge Analytics - application received",
  "2025-02-17 19:02 -0500",
  """
  Hi Marcus,

  We've received your application for Clinical Data Analyst. Thanks for thinking of us!

  - Carebridge Analytics
  """)

# 009 rejection, Taleo, insurer, easy
S("rejection", "Maplestone Mutual Insurance Co.", "", "Nurse Case Manager - Disability Claims", "", "en", "easy",
  "Taleo formal letter; 'Co.' kept", "",
  "Maplestone Mutual Careers <maplestone@taleo.net>",
  "Maplestone Mutual Insurance Co. - Requisition 2500187",
  "2025-08-14 10:15 -0400",
  """
  Dear Marcus Oyelaran,

  Re: Nurse Case Manager - Disability Claims (Requisition 2500187)

  Thank you for your interest in career opportunities with Maplestone Mutual Insurance Co.

  After careful review, we regret to advise that you have not been selected to continue in the
  recruitment process for this position. Your profile will remain in our database and you may
  be contacted should a suitable opening arise.

  Sincerely,
  Human Resources
  Maplestone Mutual Insurance Co.
  """, fmt="html")

# 010 application_received, Taleo, easy
S("application_received", "Maplestone Mutual Insurance Co.", "", "Nurse Case Manager - Disability Claims", "", "en", "easy",
  "Taleo acknowledgement", "",
  "Maplestone Mutual Careers <maplestone@taleo.net>",
  "Confirmation of your application",
  "2025-07-22 21:44 -0400",
  """
  Dear Marcus Oyelaran,

  This is to confirm that we have received your application for the position of Nurse Case
  Manager - Disability Claims (Requisition 2500187).

  Our recruiters review applications regularly. Only candidates selected for an interview will
  be contacted.

  Human Resources
  Maplestone Mutual Insurance Co.
  """, hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

# 011 on_hold, provincial agency freeze, easy
S("on_hold", "Ontario Digital Care Agency", "Bernadette", "Senior Clinical Informatics Advisor", "", "en", "easy",
  "explicit hiring freeze; government agency", "",
  "Bernadette Sauvé <bernadette.sauve@odca-aonsn.ca>",
  "Senior Clinical Informatics Advisor competition - status",
  "2025-11-04 15:37 -0500",
  """
  Good afternoon Marcus,

  I am writing to let you know that the competition for the Senior Clinical Informatics
  Advisor position (Job ID ODCA-25-311) has been placed on hold. Following the fall fiscal
  update, the Agency has implemented a temporary hiring freeze on all non-frontline positions.

  This is not a reflection of your application, which the panel rated highly. If the
  competition resumes before the end of the fiscal year, I will contact you directly about
  next steps.

  Regards,

  Bernadette Sauvé
  Senior HR Consultant | Ontario Digital Care Agency
  """)

# 012 rejection, French, Montréal, easy
S("rejection", "Groupe Santé Rivemont", "Geneviève", "Conseiller(ère) en soins infirmiers - informatique clinique", "", "fr", "easy",
  "French", "",
  "Geneviève Labrecque <glabrecque@rivemont-sante.qc.ca>",
  "Votre candidature - Conseiller(ère) en soins infirmiers, informatique clinique",
  "2025-09-23 13:12 -0400",
  """
  Bonjour Marcus,

  Nous vous remercions de l'intérêt que vous portez au Groupe Santé Rivemont et du temps
  consacré à votre candidature pour le poste de Conseiller(ère) en soins infirmiers -
  informatique clinique.

  Après analyse, nous avons retenu des candidatures dont le profil correspond davantage aux
  exigences du poste, notamment la maîtrise du logiciel de dossier clinique utilisé dans nos
  installations. Nous ne donnerons donc pas suite à votre candidature.

  Nous conserverons votre dossier pour une période de six mois.

  Cordialement,

  Geneviève Labrecque
  Conseillère en acquisition de talents
  Groupe Santé Rivemont inc.
  """)

# 013 application_received, French, SmartRecruiters, easy
S("application_received", "Clinique Médicale Saint-Aubin", "", "Infirmier(ère) pivot en télésanté", "", "fr", "easy",
  "French acknowledgement", "",
  "Clinique Médicale Saint-Aubin <noreply@smartrecruiters.com>",
  "Nous avons bien reçu votre candidature",
  "2026-05-11 07:55 -0400",
  """
  Bonjour Marcus,

  Merci d'avoir postulé au poste d'Infirmier(ère) pivot en télésanté à la Clinique Médicale
  Saint-Aubin. Votre candidature a bien été transmise à notre équipe.

  Nous communiquerons avec vous si votre profil est retenu pour la suite du processus.

  L'équipe Ressources humaines
  Clinique Médicale Saint-Aubin
  """, fmt="alt", hdr=[("Auto-Submitted", "auto-generated")])

# 014 interview, French, definite time
S("interview", "Clinique Médicale Saint-Aubin", "Élodie", "Infirmier(ère) pivot en télésanté", "", "fr", "easy",
  "French; time stated as heure de Montréal", "2026-06-09T14:00:00-04:00",
  "Élodie Marchand <emarchand@cliniquesaintaubin.ca>",
  "Entrevue - Infirmier(ère) pivot en télésanté",
  "2026-06-02 10:26 -0400",
  """
  Bonjour Marcus,

  À la suite de l'analyse de votre dossier, nous aimerions vous rencontrer en entrevue pour le
  poste d'Infirmier(ère) pivot en télésanté.

  L'entrevue aura lieu le mardi 9 juin 2026 à 14 h (heure de Montréal), par Teams, et durera
  environ 45 minutes. Vous rencontrerez la Dre Anne-Sophie Pelletier ainsi que moi-même.

  Merci de confirmer votre présence en répondant à ce courriel.

  Au plaisir,

  Élodie Marchand
  Coordonnatrice RH
  Clinique Médicale Saint-Aubin
  """)

# 015 offer, French, easy, PDF
S("offer", "Clinique Médicale Saint-Aubin", "Élodie", "Infirmier(ère) pivot en télésanté", "", "fr", "easy",
  "French offer letter attached", "",
  "Élodie Marchand <emarchand@cliniquesaintaubin.ca>",
  "Offre d'emploi - Infirmier(ère) pivot en télésanté",
  "2026-06-18 16:40 -0400",
  """
  Bonjour Marcus,

  C'est avec grand plaisir que nous vous offrons le poste d'Infirmier(ère) pivot en télésanté
  au sein de la Clinique Médicale Saint-Aubin. Vous trouverez ci-joint la lettre d'offre
  détaillant le salaire, l'horaire et les avantages sociaux.

  Nous vous demandons de nous retourner la lettre signée d'ici le 26 juin.

  Félicitations et bienvenue dans l'équipe!

  Élodie Marchand
  Coordonnatrice RH
  Clinique Médicale Saint-Aubin
  """, pdf="Lettre_offre_Oyelaran.pdf")

# 016 auto_reply, back on 3/16, easy
S("auto_reply", "Veridia Health", "Colin", "", "2026-03-16", "en", "easy",
  "OOO with m/d return date", "",
  "Colin Hargreave <colin.hargreave@veridiahealth.com>",
  "Automatic reply: Clinical Implementation Specialist - follow up",
  "2026-03-10 08:02 -0700",
  """
  Thanks for your note. I'm out of the office at a customer go-live and will be back on 3/16.
  For urgent recruiting matters please email talent@veridiahealth.com.

  Colin Hargreave
  Senior Technical Recruiter, Veridia Health, Inc.
  """, hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt="b40-colin-1")

# 017 interview, US remote, PT, Ashby-ish confirmation
S("interview", "Veridia Health", "Colin", "Clinical Implementation Specialist", "", "en", "easy",
  "Pacific time; sender -0700", "2026-06-04T09:00:00-07:00",
  "Colin Hargreave <colin.hargreave@veridiahealth.com>",
  "Veridia Health: Hiring manager interview confirmed",
  "2026-05-28 13:31 -0700",
  """
  Hi Marcus,

  You're all set for the Clinical Implementation Specialist role! Your interview with Tanvi Desai, Director of Clinical Implementation, is
  confirmed for Thursday, June 4 at 9:00 AM PT (noon Eastern). It'll be a 45-minute Zoom call;
  the link is in the calendar invite.

  Tanvi will want to hear about EHR downtime procedures and how you train colleagues who are
  less comfortable with technology.

  Best,
  Colin Hargreave
  Senior Technical Recruiter
  Veridia Health, Inc. | Remote (US & Canada)
  """, fmt="alt")

# 018 offer, US remote, verbal follow-up, hard
S("offer", "Veridia Health", "Tanvi", "Clinical Implementation Specialist", "", "en", "hard",
  "written follow-up to verbal offer; says 'package' not 'offer' in body", "",
  "Tanvi Desai <tanvi.desai@veridiahealth.com>",
  "Following up on our call",
  "2026-06-23 18:10 -0700",
  """
  Marcus,

  Great speaking with you this afternoon about the Clinical Implementation Specialist role.
  As promised, here is a summary of what we discussed:
  base of CAD 98,000 paid through our Canadian employer of record, a 10% annual bonus target,
  four weeks of vacation, and a start date of July 20. Colin will send the formal paperwork
  through DocuSign tomorrow.

  We really hope you'll say yes. Take the weekend to think it over and call me with any
  questions.

  Tanvi Desai
  Director, Clinical Implementation
  Veridia Health
  """, irt="b40-tanvi-1")

# 019 rejection, Ashby, startup, easy
S("rejection", "CliniQ Software", "", "Clinical Content Specialist", "", "en", "easy",
  "Ashby template", "",
  "CliniQ Software <no-reply@ashbyhq.com>",
  "Update from CliniQ",
  "2025-04-09 11:11 -0400",
  """
  Hi Marcus,

  Thanks again for applying for the Clinical Content Specialist role at CliniQ Software.

  We've carefully reviewed your application and have decided to move forward with other
  applicants whose experience more closely matches what we need right now.

  We appreciate your interest and wish you the best.

  CliniQ Talent
  """, fmt="html")

# 020 interview, Ashby confirmation with EST
S("interview", "CliniQ Software", "", "Clinical Content Specialist", "", "en", "easy",
  "ATS confirmation with ics", "2026-01-21T15:00:00-05:00",
  "CliniQ Software <no-reply@ashbyhq.com>",
  "Interview confirmation: CliniQ Software - Clinical Content Specialist",
  "2026-01-15 10:48 -0500",
  """
  Hi Marcus,

  Your interview is confirmed.

  Role: Clinical Content Specialist
  When: Wed Jan 21, 2026, 3:00 PM - 3:45 PM EST
  Where: Google Meet (meet.google.com/xqv-rtfa-kom)
  Interviewers: Hana Lindqvist, Samuel Obeng

  Need to reschedule? Use the link in your candidate portal.
  """, fmt="alt",
  ics="""
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//Ashby//Scheduling//EN
  METHOD:REQUEST
  BEGIN:VEVENT
  UID:b40-020-cliniq@ashbyhq.com
  DTSTAMP:20260115T154800Z
  DTSTART:20260121T200000Z
  DTEND:20260121T204500Z
  SUMMARY:Interview: Marcus Oyelaran / CliniQ Software
  LOCATION:Google Meet
  END:VEVENT
  END:VCALENDAR
  """)

# 021 other, job alert digest, easy
S("other", "", "", "", "", "en", "easy",
  "job alert digest", "",
  "CareerNest Alerts <alerts@careernest.ca>",
  "12 new Clinical Informatics jobs in Toronto, ON",
  "2026-02-02 06:00 -0500",
  """
  Marcus, here are today's matches for "clinical informatics" near Toronto, ON.

  Clinical Applications Analyst - Lakeshore Regional Health Network - Toronto, ON
  Nurse Informaticist (Remote) - Beacon Virtual Care - Remote
  EHR Trainer, Contract - Queensway Community Health Centre - Etobicoke, ON
  Clinical Safety Officer - Pulsewise Technologies - Toronto, ON
  ...and 8 more

  Easy apply available on 5 of these jobs.

  Manage alerts | Unsubscribe
  """, fmt="html",
  hdr=[("List-Unsubscribe", "<https://careernest.ca/u/alerts?t=b40x>"), ("Precedence", "bulk")])

# 022 other, newsletter on rejection, hard
S("other", "", "", "", "", "en", "hard",
  "newsletter article about rejection and interviews", "",
  "Nurses in Digital Health Newsletter <newsletter@nursesindigitalhealth.org>",
  "This week: bouncing back from a 'we've decided not to move forward'",
  "2025-10-16 07:30 -0400",
  """
  NURSES IN DIGITAL HEALTH - WEEKLY

  1. "Unfortunately, we will not be moving forward with your application." Sound familiar?
     Three members share how they turned rejections into their first informatics roles.
  2. Interview prep: the STAR method for clinical scenarios.
  3. Offer negotiation for nurses leaving the bedside.

  You're receiving this because you joined the NiDH community.
  Unsubscribe
  """, fmt="alt",
  hdr=[("List-Unsubscribe", "<mailto:unsubscribe@nursesindigitalhealth.org>"), ("Precedence", "list")])

# 023 rejection, agency writing about client, hard
S("rejection", "Kingsway Rehabilitation Centre", "Darnell", "Clinical Systems Educator", "", "en", "hard",
  "agency recruiter relays client's decision", "",
  "Darnell Fitzgerald <dfitzgerald@northernlightsstaffing.ca>",
  "RE: Kingsway - Clinical Systems Educator",
  "2025-12-03 12:02 -0500",
  """
  Hi Marcus,

  Just got off the phone with the hiring manager at Kingsway Rehabilitation Centre. They've
  decided to go with an internal candidate who already knows their Meditech build, so they
  won't be moving you forward for the Clinical Systems Educator contract.

  Honestly, you interviewed well and they said so. I've got two other hospital contracts
  opening in January and I'd like to put you forward for those if you're open to it.

  Talk soon,
  Darnell Fitzgerald
  Senior Recruiter, Healthcare Division
  Northern Lights Staffing Ltd.
  """, irt="b40-darnell-1")

# 024 interview, agency asks availability, hard
S("interview", "Queensway Community Health Centre", "Darnell", "EHR Trainer", "", "en", "hard",
  "agency recruiter; client wants to meet; asks availability", "",
  "Darnell Fitzgerald <dfitzgerald@northernlightsstaffing.ca>",
  "Queensway CHC wants to meet you",
  "2026-01-14 09:20 -0500",
  """
  Marcus,

  Good news: my client Queensway Community Health Centre reviewed your profile for the
  EHR Trainer contract (6 months, hybrid Etobicoke) and wants to meet you. Their clinical
  lead is free Wednesday or Thursday afternoon next week for a 30-minute video call.

  Send me two or three times that work and I'll lock it in.

  Darnell
  Northern Lights Staffing Ltd. | 416-555-0147
  """)

# 025 auto_reply, no longer with company
S("auto_reply", "Pulsewise Technologies", "Renata", "", "", "en", "easy",
  "no longer with company; redirect", "",
  "Renata Silva <renata.silva@pulsewise.io>",
  "Automatic reply: Clinical Safety Officer - next steps?",
  "2026-04-08 14:15 -0400",
  """
  Hello,

  I am no longer with Pulsewise Technologies. For questions about recruiting, please contact
  Hamid Farouk at hamid.farouk@pulsewise.io. This mailbox will be deactivated at the end of
  the month.

  Thank you,
  Renata
  """, hdr=[("Auto-Submitted", "auto-replied")], irt="b40-renata-1")

# 026 rejection, SmartRecruiters, Pulsewise, hard (mentions interview)
S("rejection", "Pulsewise Technologies", "", "Clinical Safety Officer", "", "en", "hard",
  "mentions interviews in passing; 'not the right match'", "",
  "Pulsewise Technologies <noreply@smartrecruiters.com>",
  "Your Pulsewise Technologies application",
  "2026-04-21 16:55 -0400",
  """
  Dear Marcus,

  Thank you for taking the time to interview with us for the Clinical Safety Officer position
  and for your patience while we completed our interviews with all shortlisted candidates.

  While your clinical background is impressive, we have concluded that you are not the right
  match for this role at this time. We encourage you to apply to future openings that reflect
  your experience.

  Kind regards,
  People Team
  Pulsewise Technologies Corp.
  """, fmt="alt")

# 027 application_received, iCIMS, Ottawa hospital, easy
S("application_received", "Rideau Valley Hospital", "", "Clinical Applications Analyst", "", "en", "easy",
  "iCIMS acknowledgement", "",
  "Rideau Valley Hospital <careers-rvh@icims.com>",
  "Rideau Valley Hospital: Thank you for your application",
  "2025-04-28 22:10 -0400",
  """
  Dear Marcus,

  Thank you for your interest in the Clinical Applications Analyst (Job ID 2025-4471) position
  at Rideau Valley Hospital. We have received your application and it is currently being
  reviewed.

  Due to the volume of applications, we are unable to respond to individual status inquiries.

  Human Resources | Rideau Valley Hospital, Ottawa
  """, fmt="html", cte="base64", hdr=[("Auto-Submitted", "auto-generated")])

# 028 on_hold, iCIMS requisition cancelled, hard
S("on_hold", "Rideau Valley Hospital", "", "Clinical Applications Analyst", "", "en", "hard",
  "requisition cancelled; ATS wording like a rejection", "",
  "Rideau Valley Hospital <careers-rvh@icims.com>",
  "Job ID 2025-4471 - status change",
  "2025-06-02 10:00 -0400",
  """
  Dear Marcus,

  We are writing regarding your application for Clinical Applications Analyst (Job ID 2025-4471).

  This posting has been cancelled and the position will not be filled at this time. As a result,
  your application will no longer be considered for this job. This decision relates to the
  position itself and not to your qualifications.

  Human Resources | Rideau Valley Hospital
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 029 interview, phone screen w/o word interview, relative time
S("interview", "Bayview Family Health Team", "Sharmila", "Clinical Informatics Coordinator", "", "en", "hard",
  "phone call without the word interview; relative day", "2025-02-24T16:15:00-05:00",
  "Sharmila Persaud <spersaud@bayviewfht.ca>",
  "Clinical Informatics Coordinator",
  "2025-02-20 13:44 -0500",
  """
  Hi Marcus,

  Thanks for applying to the Clinical Informatics Coordinator posting. I'd like to learn a bit
  more about your EMR experience before we go further. I'll give you a ring at 4:15 pm on
  Monday at the number on your resume; it should take about 20 minutes.

  Sharmila Persaud
  Executive Director
  Bayview Family Health Team
  """)

# 030 application_received, BambooHR
S("application_received", "Bayview Family Health Team", "", "Clinical Informatics Coordinator", "", "en", "easy",
  "BambooHR acknowledgement", "",
  "Bayview Family Health Team <notifications@app.bamboohr.com>",
  "Thanks for applying to Bayview Family Health Team",
  "2025-02-12 08:31 -0500",
  """
  Hi Marcus,

  Thank you for applying for the Clinical Informatics Coordinator position. We've received your
  application and our hiring team will review it shortly. If your experience is a fit, we'll be
  in touch to discuss next steps.

  Thank you,
  Bayview Family Health Team
  """, fmt="alt")

# 031 offer, Bayview, easy
S("offer", "Bayview Family Health Team", "Sharmila", "Clinical Informatics Coordinator", "", "en", "easy",
  "offer with PDF", "",
  "Sharmila Persaud <spersaud@bayviewfht.ca>",
  "Offer of employment - Clinical Informatics Coordinator",
  "2025-03-19 15:05 -0400",
  """
  Dear Marcus,

  On behalf of Bayview Family Health Team, I am very pleased to offer you the position of
  Clinical Informatics Coordinator, starting April 22, 2025. Details of compensation and
  benefits are in the attached letter.

  Please sign and return the letter by March 26. We're excited to have you join us.

  Sincerely,
  Sharmila Persaud
  Executive Director
  """, pdf="Offer_Letter_M_Oyelaran.pdf")

# 032 rejection, very short personal, hard
S("rejection", "Lakeshore Regional Health Network", "Tom", "Clinical Applications Analyst", "", "en", "hard",
  "very short; no usual keywords", "",
  "Tom Brezina <tom.brezina@lrhn.ca>",
  "Re: Clinical Applications Analyst",
  "2026-09-08 17:22 -0400",
  """
  Marcus - thanks for your patience. This one didn't work out; we went with someone who's
  already certified on our inpatient build. Good luck out there.

  Tom
  --
  Tom Brezina | Manager, Clinical Applications
  Lakeshore Regional Health Network
  """, irt="b40-tom-1")

# 033 interview, calendar invite, easy
S("interview", "Lakeshore Regional Health Network", "Tom", "Clinical Applications Analyst", "", "en", "easy",
  "calendar invitation with text/calendar", "2026-08-19T13:00:00-04:00",
  "Tom Brezina <tom.brezina@lrhn.ca>",
  "Invitation: Interview - Clinical Applications Analyst @ Wed Aug 19, 2026 1pm - 2pm (EDT)",
  "2026-08-12 09:02 -0400",
  """
  When: Wednesday, August 19, 2026, 1:00 PM - 2:00 PM Eastern Time
  Where: Lakeshore Regional Health Network, 1450 Lakeshore Blvd W, Room 3B

  Marcus - panel interview with me and two analysts from the inpatient team. Bring a photo ID
  for security at the front desk.
  """, fmt="alt",
  ics="""
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
  METHOD:REQUEST
  BEGIN:VEVENT
  UID:b40-033-lrhn
  DTSTAMP:20260812T130200Z
  DTSTART;TZID=America/Toronto:20260819T130000
  DTEND;TZID=America/Toronto:20260819T140000
  SUMMARY:Interview - Clinical Applications Analyst
  LOCATION:1450 Lakeshore Blvd W, Room 3B
  END:VEVENT
  END:VCALENDAR
  """)

# 034 on_hold, reorg, hard
S("on_hold", "Helix Patient Engagement", "Marguerite", "Clinical Operations Lead", "", "en", "hard",
  "reorg; 'pausing this search'; mentions final round", "",
  "Marguerite Osei <marguerite@helixpe.com>",
  "Clinical Operations Lead - pausing",
  "2025-09-30 18:05 -0400",
  """
  Hi Marcus,

  I owe you an update. We've just announced a restructuring of our clinical operations group,
  and leadership has asked us to pause this search until the new org chart is settled, likely
  not before Q2. You were one of two people we were planning to bring to the final round, so
  this is frustrating for me too.

  I'll reach out if and when the role reopens.

  Marguerite Osei
  VP, Clinical Operations
  Helix Patient Engagement Inc.
  """)

# 035 application_received, Lever, Helix, hard ('unfortunately')
S("application_received", "Helix Patient Engagement", "", "Clinical Operations Lead", "", "en", "hard",
  "'unfortunately' about response times in an acknowledgement", "",
  "Helix Patient Engagement <no-reply@hire.lever.co>",
  "We got your application!",
  "2025-08-26 12:00 -0400",
  """
  Hi Marcus,

  Thanks for applying to the Clinical Operations Lead role at Helix Patient Engagement!

  Unfortunately we can't reply personally to every applicant right away, but a real human on
  our team will read your application within two weeks.

  Team Helix
  """)

# 036 auto_reply, French absence with return date
S("auto_reply", "Groupe Santé Rivemont", "Geneviève", "", "2026-10-05", "fr", "easy",
  "French absence message", "",
  "Geneviève Labrecque <glabrecque@rivemont-sante.qc.ca>",
  "Réponse automatique : Suivi de ma candidature",
  "2026-09-28 08:15 -0400",
  """
  Bonjour,

  Je suis absente du bureau et serai de retour le lundi 5 octobre. Pour toute question urgente
  concernant le recrutement, veuillez écrire à recrutement@rivemont-sante.qc.ca.

  Merci,
  Geneviève Labrecque
  Groupe Santé Rivemont
  """, hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt="b40-genevieve-2")

# 037 interview, French reschedule, relative
S("interview", "Groupe Santé Rivemont", "Geneviève", "Analyste en informatique clinique", "", "fr", "hard",
  "French reschedule; relative weekday", "2025-11-20T15:00:00-05:00",
  "Geneviève Labrecque <glabrecque@rivemont-sante.qc.ca>",
  "RE: Entrevue - Analyste en informatique clinique",
  "2025-11-17 09:05 -0500",
  """
  Bonjour Marcus,

  Un imprévu m'oblige à déplacer notre entrevue de demain. Serait-il possible de la tenir
  jeudi à 15 h, même lien Teams? Je vous envoie la nouvelle invitation à l'instant.

  Désolée du contretemps,
  Geneviève
  Groupe Santé Rivemont

  -----Message d'origine-----
  De : Marcus Oyelaran
  Envoyé : 13 novembre 2025 16:02
  Objet : RE: Entrevue - Analyste en informatique clinique

  Parfait, mardi 10 h me convient. Merci!
  """, irt="b40-genevieve-1")

# 038 other, podcast interview, hard
S("other", "", "", "", "", "en", "hard",
  "podcast 'interview' with a CNIO", "",
  "The Charting Room Podcast <hello@chartingroompod.ca>",
  "New episode: our interview with a Chief Nursing Information Officer",
  "2026-03-05 06:45 -0500",
  """
  New on The Charting Room

  Episode 48: We interview Dr. Felicity Amankwah, Chief Nursing Information Officer, about
  alert fatigue, why most nurses never see the vendor roadmap, and what she looks for when
  hiring informatics nurses.

  Listen now on your favourite app.

  You subscribed at chartingroompod.ca. Unsubscribe anytime.
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://chartingroompod.ca/unsub>")])

# 039 other, declined card, hard
S("other", "", "", "", "", "en", "hard",
  "card declined for registration renewal", "",
  "Ontario Nursing Regulatory College <no-reply@onrc-registration.ca>",
  "Payment declined - annual registration renewal",
  "2025-12-15 23:10 -0500",
  """
  Dear Marcus Oyelaran,

  Unfortunately, your payment for the 2026 annual registration renewal was declined by your
  card issuer. Your registration remains active until December 31, 2025.

  Please sign in to the member portal to update your payment method.

  Registration Services
  """)

# 040 other, pull request rejected
S("other", "", "Kwabena", "", "", "en", "hard",
  "pull request closed, 'not move forward'", "",
  "Kwabena Owusu <notifications@github.com>",
  "Re: [openfhir-nursing/flowsheets] Add Braden scale mapping (PR #212)",
  "2026-07-09 11:40 -0400",
  """
  @marcusoyelaran thanks a lot for this, and sorry for the slow review. We've decided not to
  move forward with this PR since the Braden mapping now lives in the upstream terminology
  package. Closing, but please do open an issue if the upstream mapping looks wrong to you.

  --
  Reply to this email directly or view it on GitHub.
  """, hdr=[("List-Unsubscribe", "<mailto:unsub+b40@reply.github.com>"), ("Precedence", "list")],
  irt="openfhir-nursing/flowsheets/pull/212@github.com")

# 041 rejection, Dayforce, Luma, easy
S("rejection", "Luma Clinical Systems", "", "Implementation Consultant - Nursing", "", "en", "easy",
  "Dayforce template; ULC dropped", "",
  "Luma Clinical Systems Careers <donotreply@dayforcehcm.com>",
  "Implementation Consultant - Nursing: application status",
  "2025-07-07 14:27 -0400",
  """
  Hello Marcus,

  Thank you for applying to the Implementation Consultant - Nursing position with Luma Clinical
  Systems ULC.

  We regret to inform you that you were not selected for this position. We appreciate your
  interest and encourage you to apply for future roles.

  Luma Clinical Systems Talent Acquisition
  """, fmt="alt", cte="quoted-printable")

# 042 application_received, Dayforce
S("application_received", "Luma Clinical Systems", "", "Implementation Consultant - Nursing", "", "en", "easy",
  "Dayforce acknowledgement", "",
  "Luma Clinical Systems Careers <donotreply@dayforcehcm.com>",
  "Application submitted",
  "2025-06-16 20:03 -0400",
  """
  Hello Marcus,

  Your application for Implementation Consultant - Nursing (Toronto, ON / Hybrid) has been
  submitted to Luma Clinical Systems. You can review your submitted application in your
  candidate profile.

  Luma Clinical Systems Talent Acquisition
  """)

# 043 interview, Tessellate London, +0100
S("interview", "Tessellate Health", "Imogen", "Clinical Safety Officer (Canada, remote)", "", "en", "easy",
  "UK sender; time in UK time", "2026-09-10T15:00:00+01:00",
  "Imogen Hartley-Price <imogen.hartley-price@tessellatehealth.co.uk>",
  "Tessellate Health - next stage",
  "2026-09-03 11:18 +0100",
  """
  Dear Marcus,

  Thank you for your application for the Clinical Safety Officer (Canada, remote) role. We'd
  like to invite you to a video interview with our Chief Clinical Information Officer on
  Thursday 10 September at 15:00 UK time (10:00 in Toronto). It will last around an hour and
  will include a short hazard-log exercise.

  Kind regards,

  Imogen Hartley-Price
  Talent Acquisition Partner
  Tessellate Health Ltd. | London
  """)

# 044 rejection, Tessellate, after interview, hard
S("rejection", "Tessellate Health", "Imogen", "Clinical Safety Officer (Canada, remote)", "", "en", "hard",
  "British phrasing 'unsuccessful on this occasion'; quoted invite", "",
  "Imogen Hartley-Price <imogen.hartley-price@tessellatehealth.co.uk>",
  "RE: Tessellate Health - next stage",
  "2026-09-22 09:40 +0100",
  """
  Dear Marcus,

  Thank you for your time with Dr Chaudhry. I'm sorry to say that on this occasion your
  application for the Clinical Safety Officer (Canada, remote) role has been unsuccessful; the panel felt another candidate had more direct experience with clinical
  risk standards.

  We were genuinely impressed and would welcome an application from you in future.

  Kind regards,
  Imogen

  From: Imogen Hartley-Price
  Sent: 03 September 2026 11:18
  Subject: Tessellate Health - next stage

  We'd like to invite you to a video interview with our Chief Clinical Information Officer on
  Thursday 10 September at 15:00 UK time.
  """, irt="b40-imogen-1")

# 045 auto_reply, German Abwesenheitsnotiz
S("auto_reply", "Praxia Labs GmbH", "Katharina", "", "2026-09-14", "de", "easy",
  "German out-of-office", "",
  "Katharina Vogler <k.vogler@praxialabs.de>",
  "Abwesenheitsnotiz: Clinical Product Manager (Remote, Kanada)",
  "2026-08-31 15:03 +0200",
  """
  Vielen Dank für Ihre Nachricht.

  Ich bin bis einschließlich 11.09.2026 im Urlaub und ab dem 14.09.2026 wieder erreichbar.
  In dringenden Fällen wenden Sie sich bitte an jobs@praxialabs.de.

  Mit freundlichen Grüßen
  Katharina Vogler
  People & Culture | Praxia Labs GmbH
  """, hdr=[("Auto-Submitted", "auto-replied")], irt="b40-katharina-1")

# 046 rejection, German Personio, hard
S("rejection", "Praxia Labs GmbH", "Katharina", "Clinical Product Manager (Remote, Kanada)", "", "de", "hard",
  "German Personio rejection with Absage wording softened", "",
  "Praxia Labs GmbH <noreply@praxialabs.jobs.personio.de>",
  "Ihre Bewerbung als Clinical Product Manager (Remote, Kanada)",
  "2026-10-06 10:12 +0200",
  """
  Hallo Marcus,

  vielen Dank für Ihr Interesse an Praxia Labs und die Zeit, die Sie in Ihre Bewerbung
  investiert haben.

  Nach sorgfältiger Prüfung haben wir uns für andere Kandidatinnen und Kandidaten entschieden,
  deren Profil noch besser zu den aktuellen Anforderungen passt. Wir wünschen Ihnen für Ihren
  weiteren Weg alles Gute.

  Viele Grüße
  Katharina Vogler
  People & Culture
  Praxia Labs GmbH
  """, fmt="alt")

# 047 other, friend's own interview, hard
S("other", "", "Adaeze", "", "", "en", "hard",
  "friend writes about her own interview and offer", "",
  "Adaeze Nwosu <adaeze.nwosu@gmail.com>",
  "guess who has an interview Friday!!",
  "2025-05-21 21:14 -0400",
  """
  Marcus!!

  So the Beacon Virtual Care people finally called me back and I have an interview Friday at
  11. If they make me an offer I'm handing in my notice at St. Clement's the same day lol.

  Can you do a mock interview with me Thursday night? You're so good at the "tell me about a
  time" questions. I'll bring jollof.

  A.
  """)

# 048 other, Fwd posting from friend
S("other", "", "Rohan", "", "", "en", "hard",
  "friend forwards a posting; says 'apply'", "",
  "Rohan Bhattacharya <rohan.b@protonmail.com>",
  "Fwd: Nurse Informaticist opening - Beacon Virtual Care",
  "2026-02-18 19:50 -0500",
  """
  Saw this and thought of you right away. Their hiring manager is a friend of my sister's, happy
  to put in a word if you apply.

  ---------- Forwarded message ---------
  From: Beacon Virtual Care Careers <careers@beaconvirtualcare.com>
  Date: Wed, Feb 18, 2026 at 10:02 AM
  Subject: Nurse Informaticist opening - Beacon Virtual Care

  We're hiring a Nurse Informaticist to join our virtual-first care team. Candidates selected
  for interview will meet the clinical director and complete a short workflow exercise.
  Apply at beaconvirtualcare.com/careers.
  """)

# 049 rejection, Beacon Virtual Care, Workable, easy
S("rejection", "Beacon Virtual Care", "", "Nurse Informaticist", "", "en", "easy",
  "Workable template", "",
  "Beacon Virtual Care <noreply@candidates.workablemail.com>",
  "Your application for Nurse Informaticist at Beacon Virtual Care",
  "2026-03-30 13:33 -0400",
  """
  Hi Marcus,

  Thank you for your interest in the Nurse Informaticist position at Beacon Virtual Care.

  We've reviewed your application and we won't be progressing it further. We know that's
  disappointing, and we're grateful you considered us.

  Best wishes,
  Beacon Virtual Care Hiring Team
  """, fmt="alt")

# 050 application_received, Workable, Beacon
S("application_received", "Beacon Virtual Care", "", "Nurse Informaticist", "", "en", "easy",
  "Workable acknowledgement", "",
  "Beacon Virtual Care <noreply@candidates.workablemail.com>",
  "Thanks for applying to Beacon Virtual Care",
  "2026-02-20 07:12 -0500",
  """
  Hi Marcus,

  Your application for the Nurse Informaticist position has been received. We're reviewing
  applications and will be in touch if you're shortlisted.

  Beacon Virtual Care Hiring Team
  """)

# 051 offer, Greenhouse-ish HTML, startup
S("offer", "Caduceus Cloud", "Whitney", "Clinical Solutions Consultant", "", "en", "easy",
  "offer via e-sign link; HTML only", "",
  "Whitney Albers <whitney.albers@caduceuscloud.com>",
  "Your offer from Caduceus Cloud",
  "2025-10-28 12:09 -0700",
  """
  Hi Marcus,

  Congratulations! We're thrilled to extend you an offer to join Caduceus Cloud, Inc. as a
  Clinical Solutions Consultant (remote, Canada). Your offer letter is ready to review and sign
  here: https://caduceuscloud.greenhouse.io/offers/b40x7

  The offer expires on November 4, 2025. Let me know if you'd like to talk anything through.

  Whitney Albers
  Recruiting Lead, Caduceus Cloud
  """, fmt="html")

# 052 interview, Caduceus, reschedule, relative
S("interview", "Caduceus Cloud", "Whitney", "Clinical Solutions Consultant", "", "en", "hard",
  "reschedule; relative day; -0400 header", "2025-10-10T11:00:00-04:00",
  "Whitney Albers <whitney.albers@caduceuscloud.com>",
  "Re: Thursday's chat with Luis",
  "2025-10-06 08:51 -0400",
  """
  Hi Marcus,

  Luis has a conflict on Thursday, so we'd like to move your Clinical Solutions Consultant
  conversation with him to Friday at 11:00 instead (same Zoom link, times here are Eastern). I've updated the invite. Sorry for the
  shuffle!

  Whitney Albers | Recruiting Lead
  Caduceus Cloud

  On Thu, Oct 2, 2025 at 3:12 PM Marcus Oyelaran wrote:
  > Thursday works great, looking forward to it.
  """, irt="b40-whitney-1")

# 053 rejection, Greenhouse, Caduceus? no: Kinetica Rx, easy
S("rejection", "Kinetica Rx", "", "Medication Safety Analyst", "", "en", "easy",
  "Greenhouse template", "",
  "Kinetica Rx <no-reply@us.greenhouse-mail.io>",
  "Important information about your application to Kinetica Rx",
  "2025-01-22 15:20 -0500",
  """
  Hi Marcus,

  Thank you for your interest in the Medication Safety Analyst role. After careful
  consideration, we've decided not to move forward with your candidacy at this time.

  We truly appreciate you taking the time to apply, and we'll keep your information on file in
  case a role opens up that better suits your background.

  Kinetica Rx Corp.
  Talent Acquisition
  """, fmt="alt")

# 054 auto_reply, mailbox not monitored, hard
S("auto_reply", "Kinetica Rx", "", "", "", "en", "hard",
  "unmonitored mailbox reply to candidate's email", "",
  "Kinetica Rx Talent <talent-noreply@kineticarx.com>",
  "Re: Question about Medication Safety Analyst",
  "2025-01-23 09:02 -0500",
  """
  This mailbox is not monitored. Your message has not been read.

  To check the status of an application, sign in to your candidate account at
  kineticarx.com/careers. For accessibility accommodations, call 1-800-555-0199.
  """, hdr=[("Auto-Submitted", "auto-replied")], irt="b40-kin-1")

# 055 on_hold, budget, startup CEO, easy
S("on_hold", "Evergreen Telehealth", "Nikhil", "Clinical Quality Lead", "", "en", "easy",
  "budget; role on hold", "",
  "Nikhil Varghese <nikhil@evergreentelehealth.ca>",
  "Clinical Quality Lead - on hold for now",
  "2026-05-26 19:40 -0400",
  """
  Hi Marcus,

  I wanted to be straight with you: our Series A close slipped, and until it's done the board
  has asked us to hold all new headcount. That includes the Clinical Quality Lead role we've
  been talking about. It's on hold, not cancelled, and you're still at the top of my list.

  I'll be in touch as soon as we have clarity, hopefully within 6-8 weeks.

  Nikhil
  CEO, Evergreen Telehealth
  """)

# 056 interview, Evergreen, quick chat, hard no time
S("interview", "Evergreen Telehealth", "Nikhil", "Clinical Quality Lead", "", "en", "hard",
  "informal 'grab a coffee' with CEO; no fixed time", "",
  "Nikhil Varghese <nikhil@evergreentelehealth.ca>",
  "coffee?",
  "2026-04-29 22:03 -0400",
  """
  Marcus, Adaeze passed along your resume. We're building out a clinical quality function and
  I'd love to grab a coffee near King and Spadina sometime next week and talk about the
  Clinical Quality Lead role. Any mornings work for you?

  N.
  Nikhil Varghese, CEO, Evergreen Telehealth

  Sent from my phone
  """)

# 057 application_received, Recruitee, hard (reads personal)
S("application_received", "Evergreen Telehealth", "", "Clinical Quality Lead", "", "en", "hard",
  "templated but chatty; Recruitee", "",
  "Evergreen Telehealth <evergreen-telehealth@recruitee.com>",
  "Hey Marcus, got it!",
  "2026-05-01 08:00 -0400",
  """
  Hey Marcus,

  Just a quick note to say your application for Clinical Quality Lead landed safely with us.
  We're a small team, so give us a week or so to read everything properly.

  Talk soon,
  The Evergreen Telehealth team
  """)

# 058 rejection, rejection + keep in touch, hard
S("rejection", "Sunridge Home & Community Care", "Lorraine", "Care Coordination Informatics Lead", "", "en", "hard",
  "'pass for now' plus referral offer; can read as on hold", "",
  "Lorraine Mbeki <lmbeki@sunridgecare.ca>",
  "Care Coordination Informatics Lead",
  "2025-11-25 14:50 -0500",
  """
  Hi Marcus,

  Thank you for the conversations over the past few weeks. We've decided to pass for now: the
  role needs someone with more formal project management experience than you have today.

  That said, I think you'd be a natural for our Nurse Educator team. If you'd like, I can
  introduce you to their manager. Let's keep in touch either way.

  Lorraine Mbeki
  Director, Digital Health
  Sunridge Home & Community Care
  """)

# 059 on_hold, 'role is no longer open', hard
S("on_hold", "Sunridge Home & Community Care", "Lorraine", "Clinical Informatics Nurse", "", "en", "hard",
  "role no longer open because of funding; not about candidate", "",
  "Lorraine Mbeki <lmbeki@sunridgecare.ca>",
  "Clinical Informatics Nurse posting",
  "2026-02-09 10:21 -0500",
  """
  Hi Marcus,

  Quick update on the Clinical Informatics Nurse posting you applied to. The Ministry funding
  that the role depended on was not renewed for the coming year, so the role is no longer open.
  We've closed the posting for everyone.

  I'm sorry about the timing. Your application was a strong one.

  Lorraine
  Sunridge Home & Community Care
  """)

# 060 auto_reply, back Monday, relative
S("auto_reply", "Sunridge Home & Community Care", "Lorraine", "", "2025-06-30", "en", "hard",
  "relative return 'back Monday'; no headers", "",
  "Lorraine Mbeki <lmbeki@sunridgecare.ca>",
  "Out of office",
  "2025-06-27 12:01 -0400",
  """
  Hi there, I'm away from my desk until the long weekend is over and back Monday. If this is about
  a client care matter, please call the intake line at 905-555-0110.

  Lorraine Mbeki
  Director, Digital Health | Sunridge Home & Community Care
  """, irt="b40-lorraine-0")

# 061 interview, GoodTime confirmation
S("interview", "Meridian Pharmacy Group", "", "Clinical Informatics Pharmacist-Nurse Liaison", "", "en", "easy",
  "GoodTime confirmation with EDT time", "2026-08-24T13:00:00-04:00",
  "Meridian Pharmacy Group Recruiting <scheduling@goodtime.io>",
  "Confirmed: Your interview with Meridian Pharmacy Group",
  "2026-08-19 16:11 -0400",
  """
  Hi Marcus,

  Your interview has been scheduled.

  Position: Clinical Informatics Pharmacist-Nurse Liaison
  Date: Monday, August 24, 2026
  Time: 1:00 PM - 2:30 PM EDT
  Location: Microsoft Teams

  Interviewers:
  1:00 PM  Hugo Laflamme, Director of Pharmacy Informatics
  1:45 PM  Arielle Stone, Clinical Nurse Specialist

  Powered by GoodTime
  """, fmt="html", cte="quoted-printable")

# 062 rejection, Meridian, iCIMS, hard (post-interview; footer unmonitored)
S("rejection", "Meridian Pharmacy Group", "", "Clinical Informatics Pharmacist-Nurse Liaison", "", "en", "hard",
  "after interview; footer says do not reply", "",
  "Meridian Pharmacy Group <careers-meridianpharmacy@icims.com>",
  "Regarding your candidacy",
  "2026-09-09 11:45 -0400",
  """
  Dear Marcus,

  Thank you for meeting with our team about the Clinical Informatics Pharmacist-Nurse Liaison
  opportunity. We enjoyed learning about your experience with smart pump integration.

  After much deliberation, we have selected a candidate whose qualifications more closely fit
  the needs of the position. We hope you will consider Meridian Pharmacy Group for future
  openings.

  Meridian Pharmacy Group Talent Acquisition
  Please do not reply to this message; this inbox is not monitored.
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 063 other, abstract not accepted
S("other", "", "", "", "", "en", "hard",
  "conference abstract not accepted", "",
  "CANI 2026 Program Committee <program@cani-conference.ca>",
  "CANI 2026: Decision on abstract #118",
  "2026-04-14 17:00 -0400",
  """
  Dear Marcus Oyelaran,

  Thank you for submitting your abstract "Nurse-led optimisation of sepsis screening alerts" to
  the 2026 Canadian Nursing Informatics Conference.

  We regret to inform you that your submission was not accepted for oral or poster
  presentation. We received 340 submissions for 60 slots. Reviewer comments are below.

  Reviewer 1: Relevant topic; the evaluation method needs more detail.
  Reviewer 2: Please clarify the baseline period.

  We hope to see you in Halifax in October.

  CANI 2026 Program Committee
  """)

# 064 other, 20% off offer
S("other", "", "", "", "", "en", "hard",
  "marketing 'offer' and 'interview-ready'", "",
  "InformaticsPrep Academy <deals@informaticsprep.com>",
  "Limited-time offer: 20% off our Nursing Informatics Certification bundle",
  "2025-11-28 08:00 -0500",
  """
  Black Friday offer inside!

  Get interview-ready for your first informatics job: 20% off our certification bundle with
  code FRIDAY20. Offer ends Monday at midnight.

  Unsubscribe | Privacy
  """, fmt="alt", cte="base64",
  hdr=[("List-Unsubscribe", "<https://informaticsprep.com/unsub?e=b40>"), ("Precedence", "bulk")])

# 065 other, apartment application approved
S("other", "", "Chantal", "", "", "en", "hard",
  "rental application approved; reads like an offer", "",
  "Chantal Dufresne <leasing@byward-residences.ca>",
  "Your rental application - Unit 804",
  "2026-07-02 15:30 -0400",
  """
  Hi Marcus,

  Great news: your application for Unit 804 at Byward Residences has been approved! We're
  pleased to offer you a 12-month lease starting August 1. Please sign the lease and send the
  first month's rent by July 10 to hold the unit.

  Chantal Dufresne
  Leasing Coordinator
  """)

# 066 other, admission offer
S("other", "", "", "", "", "en", "hard",
  "graduate program offer of admission", "",
  "Office of Graduate Admissions <gradadmissions@lakeviewu.ca>",
  "Offer of Admission - Master of Health Informatics",
  "2025-03-12 10:00 -0400",
  """
  Dear Marcus Oyelaran,

  Congratulations! On behalf of Lakeview University, I am delighted to offer you admission to
  the Master of Health Informatics (part-time) program beginning September 2025.

  Please accept your offer through the applicant portal by April 15, 2025.

  Office of Graduate Admissions
  """, fmt="html")

# 067 other, recruiter mass mailing
S("other", "", "Brianna", "", "", "en", "hard",
  "staffing agency mass mailing; mentions quick call and interviews", "",
  "Brianna Coleman <brianna@polarisnursestaffing.com>",
  "RN opportunities - $95/hr travel contracts, interviews this week!",
  "2025-08-05 10:10 -0400",
  """
  Hi there,

  Polaris Nurse Staffing has 40+ urgent travel RN contracts across Northern Ontario, with
  interviews happening this week and start dates as soon as September 1.

  Interested? Reply with a good time for a quick call and your updated resume.

  Brianna Coleman
  Nurse Recruiter | Polaris Nurse Staffing Solutions
  To stop receiving these emails, reply STOP.
  """, hdr=[("Precedence", "bulk")])

# 068 other, webinar
S("other", "", "", "", "", "en", "easy",
  "webinar invitation", "",
  "HealthTech Toronto <events@healthtechto.ca>",
  "Webinar: From bedside to product team - interview tips for nurses",
  "2026-01-27 12:00 -0500",
  """
  Join us Thursday, February 5 at 12:00 PM ET for a free lunch-and-learn on landing interviews
  for health-tech roles as a nurse. Panelists include hiring managers from three Toronto
  startups.

  Register now - seats are limited.
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://healthtechto.ca/unsubscribe>")])

# 069 other, Workday verification code
S("other", "", "", "", "", "en", "easy",
  "candidate account verification code", "",
  "Harbourfront Health Network <harbourfronthealth@myworkday.com>",
  "Verify your candidate account",
  "2026-01-06 09:30 -0500",
  """
  Your verification code is 482913. It expires in 15 minutes.

  If you did not request this, you can ignore this email.
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 070 other, shift swap declined (current employer)
S("other", "", "", "", "", "en", "hard",
  "shift swap request declined by current employer scheduling system", "",
  "StaffLink Scheduling <no-reply@stafflink-sched.com>",
  "Your shift swap request was declined",
  "2025-09-12 06:15 -0400",
  """
  Hi Marcus,

  Your request to swap your 19:00 shift on Sep 18 (7 West Medicine) with T. Nguyen was declined
  by the unit manager. Reason: minimum staffing.

  Open the StaffLink app to view your schedule.
  """)

# 071 interview, Spanish, Madrid time
S("interview", "Altamira Salud Digital", "Lucía", "Especialista Clínico de Producto", "", "es", "easy",
  "Spanish; hora de Madrid", "2026-05-14T10:00:00+02:00",
  "Lucía Ferrández <lucia.ferrandez@altamirasalud.es>",
  "Entrevista - Especialista Clínico de Producto",
  "2026-05-07 12:40 +0200",
  """
  Hola Marcus:

  Gracias por tu interés en Altamira Salud Digital. Nos gustaría conocerte en una entrevista
  por videollamada el jueves 14 de mayo de 2026 a las 10:00 (hora de Madrid), es decir, a las
  4:00 en Toronto. Sabemos que es temprano para ti; si no te viene bien, dímelo y buscamos otra
  hora.

  Un saludo,
  Lucía Ferrández
  Responsable de Talento
  Altamira Salud Digital, S.L.
  """)

# 072 rejection, Spanish
S("rejection", "Altamira Salud Digital", "Lucía", "Especialista Clínico de Producto", "", "es", "easy",
  "Spanish rejection after interview", "",
  "Lucía Ferrández <lucia.ferrandez@altamirasalud.es>",
  "RE: Entrevista - Especialista Clínico de Producto",
  "2026-05-29 17:05 +0200",
  """
  Hola Marcus:

  Muchas gracias por tu tiempo en la entrevista. Tras valorar todas las candidaturas, hemos
  decidido continuar el proceso con otra persona cuyo perfil se ajusta más a lo que buscamos,
  sobre todo por el idioma de trabajo del equipo.

  Te deseamos mucha suerte en tu búsqueda.

  Un saludo,
  Lucía
  Altamira Salud Digital
  """, irt="b40-lucia-1")

# 073 interview, -0800 sender, ET in body
S("interview", "Caspian Benefits", "Travis", "Clinical Review Nurse - Utilization Management", "", "en", "hard",
  "sender in Pacific time; body states Eastern time", "2026-03-03T11:00:00-05:00",
  "Travis Okonkwo <travis.okonkwo@caspianbenefits.com>",
  "Phone screen - Clinical Review Nurse",
  "2026-02-25 16:20 -0800",
  """
  Hi Marcus,

  Thanks for applying to the Clinical Review Nurse - Utilization Management position. I've
  booked a 30-minute phone screen for Tuesday, March 3 at 11:00 AM Eastern (8:00 AM my time in
  Seattle). I'll call the mobile number on your application.

  Travis Okonkwo
  Talent Acquisition | Caspian Benefits Corp.
  """)

# 074 rejection, Jobvite
S("rejection", "Caspian Benefits", "", "Clinical Review Nurse - Utilization Management", "", "en", "easy",
  "Jobvite template; mentions phone screen", "",
  "Caspian Benefits Careers <notification@jobvite.com>",
  "Caspian Benefits - Clinical Review Nurse - Utilization Management",
  "2026-03-16 09:30 -0700",
  """
  Hello Marcus,

  Thank you for your time on the phone screen for the Clinical Review Nurse - Utilization
  Management position. We have decided to pursue other candidates whose licensure matches the
  states we serve, and will not be moving forward with your application.

  Best regards,
  Caspian Benefits Talent Acquisition
  """, fmt="alt")

# 075 application_received, Jobvite
S("application_received", "Caspian Benefits", "", "Clinical Review Nurse - Utilization Management", "", "en", "easy",
  "Jobvite acknowledgement", "",
  "Caspian Benefits Careers <notification@jobvite.com>",
  "Thank you for applying to Caspian Benefits",
  "2026-02-19 18:12 -0800",
  """
  Hello Marcus,

  Thank you for applying for Clinical Review Nurse - Utilization Management. We've received your
  application and a recruiter will review it. If there's a match, we will reach out to schedule
  a conversation.

  Caspian Benefits Talent Acquisition
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 076 interview, Paradox hiring event, no tz
S("interview", "Lakeshore Regional Health Network", "", "Registered Nurse - Virtual Care Command Centre", "", "en", "easy",
  "Paradox assistant confirmation; no tz stated", "2026-04-25T10:30:00-04:00",
  "Olivia at Lakeshore Regional Health Network <olivia@paradox.ai>",
  "Your interview is confirmed",
  "2026-04-21 19:03 -0400",
  """
  Hi Marcus, it's Olivia, the virtual recruiting assistant for Lakeshore Regional Health Network.

  Your interview for Registered Nurse - Virtual Care Command Centre is confirmed:
  Saturday, April 25, 2026 at 10:30 AM
  Lakeshore Regional Health Network, Hiring Event, 1450 Lakeshore Blvd W, Atrium

  Reply R to reschedule or C to cancel.
  """)

# 077 interview, onsite itinerary
S("interview", "Ironwood Medical Devices", "Fiona", "Clinical Education Specialist", "", "en", "easy",
  "onsite itinerary; word interview absent from body", "2026-11-16T09:00:00-05:00",
  "Fiona McAllister <fmcallister@ironwoodmed.com>",
  "Your visit to Ironwood on November 16",
  "2026-11-09 14:14 -0500",
  """
  Hi Marcus,

  Here is your itinerary for the Clinical Education Specialist visit on Monday, November 16, 2026 at our Mississauga office
  (2200 Argentia Rd):

  9:00 a.m.   Welcome and tour - Fiona McAllister
  9:30 a.m.   Meet the Clinical Education team
  10:30 a.m.  Teach-back demo: 15 minutes on our infusion pump (materials attached earlier)
  11:15 a.m.  Conversation with VP Clinical Affairs
  12:00 p.m.  Lunch with the team

  Parking is validated at reception.

  Best,
  Fiona McAllister
  HR Business Partner, Ironwood Medical Devices Inc.
  """, fmt="alt")

# 078 interview, take-home plus slots
S("interview", "Ironwood Medical Devices", "Fiona", "Clinical Education Specialist", "", "en", "hard",
  "take-home exercise plus choice of review slots", "",
  "Fiona McAllister <fmcallister@ironwoodmed.com>",
  "Next step: teaching exercise",
  "2026-10-22 10:05 -0400",
  """
  Hi Marcus,

  The team would like to move you to the next stage. Please prepare a 15-minute teaching
  session on safe pump programming (brief attached) and present it to the panel. Please pick
  one of these slots:

  - Tue Oct 27, 2:00 PM ET
  - Wed Oct 28, 10:00 AM ET
  - Thu Oct 29, 3:30 PM ET

  Best,
  Fiona
  Ironwood Medical Devices | Clinical Education Specialist search
  """, pdf="Teaching_exercise_brief.pdf")

# 079 interview, ModernLoop, French
S("interview", "Synapsa Santé", "", "Spécialiste de la mise en œuvre clinique", "", "fr", "hard",
  "French scheduling link; no fixed time", "",
  "Synapsa Santé <planification@modernloop.io>",
  "Choisissez votre plage pour l'entrevue - Synapsa Santé",
  "2025-08-18 11:00 -0400",
  """
  Bonjour Marcus,

  L'équipe de Synapsa Santé souhaite vous rencontrer pour le poste de Spécialiste de la mise en
  œuvre clinique. Veuillez choisir une plage horaire de 45 minutes qui vous convient :

  https://app.modernloop.io/s/synapsa/b40x79

  Les liens expirent après 5 jours.
  """, fmt="html")

# 080 interview, reply thread with rejection-like quote, definite time
S("interview", "Kestrel Virtual Wards", "Hannah", "Virtual Care Nurse Lead", "", "en", "hard",
  "reply; quote contains 'unfortunately' about another role; invite for Thursday", "2025-07-17T10:00:00-04:00",
  "Hannah Lindgren <hannah.lindgren@kestrelwards.ca>",
  "Re: Thank you / another role?",
  "2025-07-14 15:22 -0400",
  """
  Hi Marcus,

  Funny timing: we've just opened a Virtual Care Nurse Lead role and I think you'd be great for
  it. Let's do a proper interview this Thursday at 10:00 with me and our medical director. I've
  sent a Teams invite.

  Hannah Lindgren
  Director of Nursing, Kestrel Virtual Wards

  > On Jul 11, 2025, Marcus Oyelaran wrote:
  > Thanks for letting me know. Unfortunately I understand the coordinator role went to someone
  > else, but please keep me in mind for anything else.
  """, irt="b40-hannah-1")

# 081 interview, "I'll call tomorrow"
S("interview", "Tidepool Clinical AI", "Ben", "Clinical Annotation Lead", "", "en", "hard",
  "'I'll call you tomorrow at 2:30'; no word interview", "2026-04-16T14:30:00-04:00",
  "Ben Adeyemi <ben@tidepoolclinical.ai>",
  "Clinical Annotation Lead",
  "2026-04-15 17:02 -0400",
  """
  Hi Marcus - thanks for the quick reply. I'll call you tomorrow at 2:30 pm to walk through the
  Clinical Annotation Lead role and hear about your ICU charting experience. 20 minutes tops.

  - Ben
  Co-founder, Tidepool Clinical AI
  """)

# 082 interview, one-way video
S("interview", "Cedarline Life & Health", "", "Nurse Advisor - Health Benefits", "", "en", "easy",
  "one-way recorded video interview; deadline not start time", "",
  "Cedarline Life & Health <cedarline@myworkday.com>",
  "Next step: complete your video interview",
  "2025-05-12 10:00 -0400",
  """
  Hello Marcus,

  Thank you for your interest in the Nurse Advisor - Health Benefits role at Cedarline Life &
  Health. The next step is a recorded video interview with four questions. Please complete it by
  May 16 at 11:59 PM ET using the link below.

  Start your video interview

  Cedarline Life & Health Talent Acquisition
  """, fmt="html", cte="base64")

# 083 offer, Cedarline
S("offer", "Cedarline Life & Health Insurance Company", "Keisha", "Nurse Advisor - Health Benefits", "", "en", "easy",
  "Workday offer notice; recruiter named", "",
  "Cedarline Life & Health <cedarline@myworkday.com>",
  "Action required: Your offer is ready",
  "2025-06-10 14:00 -0400",
  """
  Hello Marcus,

  Congratulations! Cedarline Life & Health Insurance Company is pleased to offer you the
  position of Nurse Advisor - Health Benefits. Please log in to your candidate home to review
  and accept your offer.

  If you have questions, contact your recruiter, Keisha Grant.

  Cedarline Talent Acquisition
  """, fmt="html")

# 084 rejection, workday insurer "won't be progressing"
S("rejection", "Cedarline Life & Health", "", "Clinical Claims Consultant", "", "en", "easy",
  "Workday; 'won't be progressing'", "",
  "Cedarline Life & Health <cedarline@myworkday.com>",
  "Your application for Clinical Claims Consultant",
  "2025-04-02 09:12 -0400",
  """
  Hello Marcus,

  Thank you for applying for Clinical Claims Consultant. We won't be progressing your application
  for this role. We encourage you to continue exploring opportunities at Cedarline Life & Health.

  Cedarline Talent Acquisition
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 085 rejection, French hospital
S("rejection", "Centre hospitalier Sainte-Odile", "", "Infirmier(ère) clinicien(ne) - soutien aux systèmes cliniques", "", "fr", "easy",
  "French hospital template", "",
  "Centre hospitalier Sainte-Odile <ne-pas-repondre@chso.qc.ca>",
  "Suivi de votre candidature",
  "2026-03-04 11:00 -0500",
  """
  Bonjour,

  Nous avons bien étudié votre candidature au poste d'Infirmier(ère) clinicien(ne) - soutien aux
  systèmes cliniques. Nous sommes au regret de vous informer qu'elle n'a pas été retenue.

  Nous vous remercions de l'intérêt manifesté envers le Centre hospitalier Sainte-Odile.

  Direction des ressources humaines
  """, fmt="alt")

# 086 application_received, French hospital
S("application_received", "Centre hospitalier Sainte-Odile", "", "Infirmier(ère) clinicien(ne) - soutien aux systèmes cliniques", "", "fr", "easy",
  "French acknowledgement", "",
  "Centre hospitalier Sainte-Odile <ne-pas-repondre@chso.qc.ca>",
  "Accusé de réception",
  "2026-02-10 14:33 -0500",
  """
  Bonjour Marcus Oyelaran,

  Nous accusons réception de votre candidature pour le poste d'Infirmier(ère) clinicien(ne) -
  soutien aux systèmes cliniques (concours 2026-117). Seules les personnes retenues pour une
  entrevue seront contactées.

  Direction des ressources humaines
  Centre hospitalier Sainte-Odile
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 087 on_hold, French process suspended
S("on_hold", "Synapsa Santé", "Mathieu", "Spécialiste de la mise en œuvre clinique", "", "fr", "easy",
  "French; process suspended", "",
  "Mathieu Gagnon-Roy <mathieu@synapsasante.ca>",
  "Processus - Spécialiste de la mise en œuvre clinique",
  "2025-09-15 16:20 -0400",
  """
  Bonjour Marcus,

  Je tenais à vous informer que nous suspendons le processus de recrutement pour le poste de
  Spécialiste de la mise en œuvre clinique. Le déploiement chez notre client principal a été
  reporté à l'an prochain et nous devons revoir nos besoins en conséquence.

  Cette décision n'a rien à voir avec votre candidature. Je vous recontacterai dès que le
  processus reprendra.

  Bonne fin de journée,
  Mathieu Gagnon-Roy
  Directeur des opérations cliniques, Synapsa Santé
  """)

# 088 on_hold, Workday requisition closed
S("on_hold", "Lakeshore Regional Health Network", "", "Clinical Informatics Educator", "", "en", "hard",
  "requisition closed; ATS template", "",
  "Lakeshore Regional Health Network <lrhn@myworkday.com>",
  "Clinical Informatics Educator (R-5512) - requisition closed",
  "2025-10-20 12:00 -0400",
  """
  Hello Marcus,

  The job requisition Clinical Informatics Educator (R-5512) has been closed without hire due to
  a change in departmental priorities. No candidate will be selected for this posting.

  Lakeshore Regional Health Network
  Talent Acquisition
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 089 on_hold, agency client paused
S("on_hold", "Queensway Community Health Centre", "Darnell", "EHR Trainer", "", "en", "hard",
  "agency relays client's pause of the contract", "",
  "Darnell Fitzgerald <dfitzgerald@northernlightsstaffing.ca>",
  "Queensway update",
  "2026-02-04 11:11 -0500",
  """
  Marcus,

  Heads up: Queensway Community Health Centre has pushed their EHR upgrade back to the fall, so
  they've put the EHR Trainer contract on hold. Your interview feedback was positive, and they asked
  me to keep you warm for when it restarts.

  Darnell
  """)

# 090 on_hold, role eliminated, keep resume on file
S("on_hold", "Maplestone Mutual Insurance Co.", "Gwen", "Clinical Risk Analyst", "", "en", "hard",
  "role eliminated in restructuring; 'keep your resume on file'", "",
  "Gwen Halvorsen <gwen.halvorsen@maplestonemutual.ca>",
  "Clinical Risk Analyst",
  "2026-06-30 10:45 -0400",
  """
  Hello Marcus,

  Thank you for your patience. Following an internal restructuring of our health claims
  division, the Clinical Risk Analyst position has been eliminated. We will not be filling it.

  We will keep your resume on file and reach out should a comparable role open.

  Regards,
  Gwen Halvorsen
  HR Business Partner
  Maplestone Mutual Insurance Co.
  """)

# 091 rejection, Teamtailor
S("rejection", "Fjordline Health", "", "Clinical Workflow Designer", "", "en", "easy",
  "Teamtailor template", "",
  "Fjordline Health <no-reply@teamtailor-mail.com>",
  "Regarding your application at Fjordline Health",
  "2025-02-06 13:00 +0100",
  """
  Hi Marcus,

  Thank you for applying for Clinical Workflow Designer at Fjordline Health. We have now
  completed our review and unfortunately we have decided not to proceed with your application.

  We'll save your details in our talent pool if you've agreed to that.

  Best regards,
  Fjordline Health
  """, fmt="alt", hdr=[("Auto-Submitted", "auto-generated")])

# 092 application_received, Teamtailor
S("application_received", "Fjordline Health", "", "Clinical Workflow Designer", "", "en", "easy",
  "Teamtailor acknowledgement", "",
  "Fjordline Health <no-reply@teamtailor-mail.com>",
  "Thanks for your application, Marcus!",
  "2025-01-20 16:44 +0100",
  """
  Hi Marcus,

  We've received your application for Clinical Workflow Designer. Our team reviews applications
  on a rolling basis and you'll hear from us within three weeks.

  Fjordline Health
  """, fmt="html")

# 093 rejection, recruiter forwards hiring manager decision
S("rejection", "Harbourfront Health Network", "Olumide", "Clinical Informatics Specialist", "", "en", "hard",
  "recruiter forwards hiring manager's decision; decision only in forwarded part", "",
  "Olumide Bakare <olumide.bakare@harbourfronthealth.ca>",
  "Fwd: Clinical Informatics Specialist - panel outcome",
  "2026-03-26 16:30 -0400",
  """
  Hi Marcus, passing along Priya's note below. Sorry it's not better news.

  Olumide Bakare
  Talent Acquisition Specialist, Harbourfront Health Network

  -------- Forwarded Message --------
  From: Priya Ramdial
  Sent: Thursday, March 26, 2026 2:14 PM
  To: Olumide Bakare
  Subject: Clinical Informatics Specialist - panel outcome

  Olumide, can you let Marcus know we're offering the role to the other finalist? He was very
  close; his frontline examples were the best we heard. I'd like him encouraged to apply for the
  Analyst posting going up in May.

  Priya
  """)

# 094 rejection, reply to thank-you, quoted interview
S("rejection", "Wellspring Home Care", "Denise", "Clinical Documentation Specialist", "", "en", "hard",
  "reply to candidate's thank-you; quoted part mentions interview", "",
  "Denise Abernathy <denise.abernathy@wellspringhomecare.ca>",
  "Re: Thank you for today's interview",
  "2025-12-10 09:58 -0500",
  """
  Hi Marcus,

  You're welcome, and thank you for the note. About the Clinical Documentation Specialist
  role, I wish I had better news: we've extended an offer
  to another candidate who has worked with our documentation platform before, and she has
  accepted.

  I'd be glad to be a reference for your informatics applications if it helps.

  Denise Abernathy
  Director of Clinical Practice
  Wellspring Home Care Ltd.

  On Mon, Dec 8, 2025, at 4:40 PM, Marcus Oyelaran wrote:
  > Hi Denise, thank you for today's interview. I enjoyed hearing about the
  > documentation audit and would love to be part of it. Looking forward to next steps!
  """, irt="b40-denise-1")

# 095 rejection, job board relayed status
S("rejection", "Ottawa Valley Family Health Organization", "", "Clinical Informatics Nurse", "", "en", "hard",
  "job board relays employer's status update", "",
  "HealthJobs North <updates@healthjobsnorth.ca>",
  "Ottawa Valley Family Health Organization updated your application status",
  "2026-07-21 08:10 -0400",
  """
  Hi Marcus,

  Ottawa Valley Family Health Organization has updated the status of your application for
  Clinical Informatics Nurse (Ottawa, ON).

  Status: Not selected

  Message from the employer: "Thank you for applying. We have decided to move forward with
  candidates whose experience more closely fits this role."

  Keep going! 23 similar jobs are waiting for you on HealthJobs North.
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://healthjobsnorth.ca/unsub>")])

# 096 rejection, internal candidate, curt
S("rejection", "Tidepool Clinical AI", "Ben", "Clinical Annotation Lead", "", "en", "hard",
  "curt; internal move; no standard keywords", "",
  "Ben Adeyemi <ben@tidepoolclinical.ai>",
  "re: Clinical Annotation Lead",
  "2026-05-05 20:17 -0400",
  """
  Marcus - one of our annotators put her hand up for the lead job and we're going to give it to
  her. Really appreciated your time. If we open a second clinical role later this year I'll ping
  you first.

  Ben
  Tidepool Clinical AI
  """, irt="b40-ben-2")

# 097 rejection, multipart QP, Ontario agency after final
S("rejection", "Ontario Digital Care Agency", "Bernadette", "Clinical Informatics Advisor", "", "en", "hard",
  "government; 'not the successful candidate'; eligibility list", "",
  "Bernadette Sauvé <bernadette.sauve@odca-aonsn.ca>",
  "Clinical Informatics Advisor - competition ODCA-26-042",
  "2026-07-08 14:02 -0400",
  """
  Good afternoon Marcus,

  Thank you for participating in the interview and written assessment for the Clinical
  Informatics Advisor competition (ODCA-26-042).

  I regret to inform you that you were not the successful candidate. Your results have placed you
  on an eligibility list for 12 months, which may be used to fill similar vacancies.

  Feedback sessions are available on request.

  Regards,
  Bernadette Sauvé
  Senior HR Consultant | Ontario Digital Care Agency
  """, fmt="alt", cte="quoted-printable")

# 098 offer, conditional offer, agency
S("offer", "Ontario Digital Care Agency", "Bernadette", "Clinical Informatics Advisor", "", "en", "hard",
  "conditional offer pending security screening; mentions eligibility list", "",
  "Bernadette Sauvé <bernadette.sauve@odca-aonsn.ca>",
  "Conditional offer - Clinical Informatics Advisor",
  "2026-09-15 10:30 -0400",
  """
  Good morning Marcus,

  A vacancy has arisen for the Clinical Informatics Advisor role and, as you are on the
  eligibility list from competition ODCA-26-042, I am pleased to extend a conditional offer of
  employment. The offer is conditional on a satisfactory security screening. The attached letter
  sets out the salary (Band 8, step 3) and proposed start date of October 13, 2026.

  Please indicate your acceptance by September 22.

  Regards,
  Bernadette Sauvé
  Senior HR Consultant | Ontario Digital Care Agency
  """, pdf="ODCA_Conditional_Offer.pdf")

# 099 on_hold, Ottawa hospital pause until fiscal year
S("on_hold", "Rideau Valley Hospital", "Stéphane", "Nursing Informatics Lead", "", "en", "hard",
  "pausing until new fiscal year; 'keep you in mind'", "",
  "Stéphane Lavigne <slavigne@rvh-hrv.ca>",
  "Nursing Informatics Lead - timing",
  "2026-01-19 13:25 -0500",
  """
  Hello Marcus,

  I'm sorry to say we have to pause hiring for the Nursing Informatics Lead until the new
  fiscal year begins in April; the position was not included in the Q4 budget approval. We
  expect to restart the process once the 2026-27 budget is confirmed and will keep you in mind.

  Best regards,
  Stéphane Lavigne
  Manager, Clinical Informatics
  Rideau Valley Hospital
  """)

# 100 application_received, SmartRecruiters, hard
S("application_received", "Pulsewise Technologies", "", "Clinical Safety Officer", "", "en", "hard",
  "acknowledgement listing 'not selected' as a possible outcome", "",
  "Pulsewise Technologies <noreply@smartrecruiters.com>",
  "Thank you for your application to Pulsewise Technologies",
  "2026-03-02 10:44 -0500",
  """
  Dear Marcus,

  Thank you for applying for Clinical Safety Officer at Pulsewise Technologies Corp. Your
  application is now under review.

  What to expect: if you are shortlisted, we'll invite you to a first interview. If you are not
  selected, we'll notify you by email. Either way, you'll hear back from us.

  People Team, Pulsewise Technologies
  """, hdr=[("Auto-Submitted", "auto-generated")])

# 101 application_received, job board relayed
S("application_received", "Queensway Community Health Centre", "", "Care Navigator - Digital Health", "", "en", "hard",
  "job board confirms application was sent to employer", "",
  "Workbridge Canada <noreply@workbridge.ca>",
  "Application sent: Care Navigator - Digital Health",
  "2025-10-01 20:20 -0400",
  """
  Your application was sent to Queensway Community Health Centre.

  Care Navigator - Digital Health
  Queensway Community Health Centre - Etobicoke, ON

  Good luck, Marcus! The employer may contact you directly by email or phone.
  """, fmt="html")

# 102 auto_reply, returning Monday 9 March
S("auto_reply", "Northvale Digital Health", "Jenna", "", "2026-03-09", "en", "easy",
  "OOO; return 'Monday 9 March'", "",
  "Jenna Kowalczyk <jenna@northvale.health>",
  "Out of office: Re: Coffee chat?",
  "2026-03-02 07:30 -0500",
  """
  Hi! I'm on vacation with very limited access to email, returning Monday 9 March. I'll get back
  to you then.

  Jenna Kowalczyk | Northvale Digital Health
  """, hdr=[("X-Autoreply", "yes")], irt="b40-jenna-2")

# 103 auto_reply, through Friday, back Monday July 20
S("auto_reply", "Harbourfront Health Network", "Olumide", "", "2026-07-20", "en", "easy",
  "return date stated explicitly", "",
  "Olumide Bakare <olumide.bakare@harbourfronthealth.ca>",
  "Automatic reply: Clinical Informatics Analyst application",
  "2026-07-08 09:00 -0400",
  """
  Thank you for your email. I'm away through Friday, July 17 and will respond when I'm back on
  Monday, July 20. For recruitment questions, please contact talent@harbourfronthealth.ca.

  Olumide Bakare | Talent Acquisition Specialist
  Harbourfront Health Network
  """, hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt="b40-olu-1")

# 104 auto_reply, parental leave
S("auto_reply", "Kestrel Virtual Wards", "Hannah", "", "2027-01-04", "en", "hard",
  "parental leave; mentions interviews; only text", "",
  "Hannah Lindgren <hannah.lindgren@kestrelwards.ca>",
  "Re: Virtual Care Nurse Lead - interview follow up",
  "2026-03-11 11:06 -0400",
  """
  Hello, and thanks for your message.

  I'm on parental leave and will be returning on January 4, 2027. Candidates with interviews
  already scheduled should contact Roland Ferreira (roland.ferreira@kestrelwards.ca), who is
  covering all hiring during my leave.

  Hannah Lindgren
  Kestrel Virtual Wards
  """, irt="b40-hannah-3")

# 105 auto_reply, conference back Thursday
S("auto_reply", "Carebridge Analytics", "Suresh", "", "2026-04-23", "en", "hard",
  "relative return 'back in the office on Thursday'; mentions interview scheduling", "",
  "Suresh Pillai <suresh.pillai@carebridgeanalytics.com>",
  "Automatic reply: Interview availability",
  "2026-04-20 08:14 -0400",
  """
  I'm at the HIMSS conference and will be back in the office on Thursday. Emails about interview
  scheduling will be answered then; for anything urgent text me at 647-555-0183.

  Suresh Pillai
  Hiring Manager, Clinical Analytics | Carebridge Analytics
  """, hdr=[("Auto-Submitted", "auto-replied")], irt="b40-suresh-1")

# 106 auto_reply, Spanish, no date
S("auto_reply", "Altamira Salud Digital", "Lucía", "", "", "es", "easy",
  "Spanish OOO without return date", "",
  "Lucía Ferrández <lucia.ferrandez@altamirasalud.es>",
  "Respuesta automática: Entrevista - Especialista Clínico de Producto",
  "2026-05-12 09:00 +0200",
  """
  Hola,

  Estoy fuera de la oficina con acceso limitado al correo. Responderé a tu mensaje lo antes
  posible. Para temas urgentes, escribe a talento@altamirasalud.es.

  Lucía Ferrández
  Altamira Salud Digital
  """, hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt="b40-lucia-2")

# 107 auto_reply, high-volume recruiting inbox
S("auto_reply", "Beacon Virtual Care", "", "", "", "en", "hard",
  "shared-inbox auto-response to candidate's email; reads like an acknowledgement", "",
  "Beacon Virtual Care Talent <talent@beaconvirtualcare.com>",
  "Re: Nurse Informaticist - question about the role",
  "2026-02-24 13:40 -0500",
  """
  Thanks for contacting the Beacon Virtual Care Talent team! This is an automatic response to let
  you know we received your email. We're handling a high volume of messages and typically reply
  within 5 business days.

  Please don't send duplicate emails; it won't speed things up.
  """, hdr=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], irt="b40-beacon-1")

# 108 auto_reply, vacation back Tuesday Dec 30
S("auto_reply", "Wellspring Home Care", "Denise", "", "2025-12-30", "en", "easy",
  "holiday vacation responder", "",
  "Denise Abernathy <denise.abernathy@wellspringhomecare.ca>",
  "Automatic reply: Reference letter",
  "2025-12-19 17:30 -0500",
  """
  Thank you for your email. I am on vacation and will be back on Tuesday, December 30. I will
  reply to messages when I return.

  Happy holidays,
  Denise Abernathy
  Wellspring Home Care
  """, hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt="b40-denise-2")

# 109 auto_reply, French holiday closure
S("auto_reply", "Synapsa Santé", "", "", "2026-01-05", "fr", "hard",
  "French holiday closure notice; reopening date", "",
  "Synapsa Santé - Carrières <carrieres@synapsasante.ca>",
  "Réponse automatique - fermeture des fêtes",
  "2025-12-23 10:00 -0500",
  """
  Bonjour,

  Nos bureaux sont fermés pour la période des fêtes à compter du 24 décembre. Nous serons de
  retour le lundi 5 janvier 2026 et répondrons à votre message dès que possible.

  Joyeuses fêtes!
  L'équipe Synapsa Santé
  """, hdr=[("Auto-Submitted", "auto-replied")], irt="b40-synapsa-1")

# 110 other, profile viewed notification
S("other", "", "", "", "", "en", "easy",
  "social network notification naming an employer", "",
  "ProConnect <notifications@proconnect-mail.com>",
  "A recruiter at Veridia Health viewed your profile",
  "2026-02-27 12:20 -0500",
  """
  Marcus, your profile is getting noticed.

  A recruiter at Veridia Health viewed your profile. You appeared in 14 searches this week.

  See who's viewed you with Premium.
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://proconnect-mail.com/unsub>"), ("Precedence", "bulk")])

# 111 other, line of credit declined
S("other", "", "", "", "", "en", "hard",
  "line of credit application not approved", "",
  "Lakeport Credit Union <notices@lakeportcu.ca>",
  "Decision on your line of credit application",
  "2025-09-03 15:00 -0400",
  """
  Dear Marcus Oyelaran,

  Thank you for applying for a personal line of credit. After careful review, we are unable to
  approve your application at this time. This decision was based in part on information from
  Equifax Canada. You may request a copy of your credit file free of charge.

  Lakeport Credit Union Lending Services
  """)

# 112 other, candidate experience survey
S("other", "", "", "", "", "en", "hard",
  "candidate survey after interview; mentions interview", "",
  "Meridian Pharmacy Group <survey@candidatepulse.io>",
  "How was your interview experience with Meridian Pharmacy Group?",
  "2026-08-26 10:00 -0400",
  """
  Hi Marcus,

  You recently interviewed with Meridian Pharmacy Group. We'd love two minutes of your time to
  hear how it went. Your answers are anonymous and will not affect your candidacy.

  Take the survey
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://candidatepulse.io/optout>")])

# 113 other, BLS expiring
S("other", "", "", "", "", "en", "easy",
  "certification reminder", "",
  "Heart & Stroke Resuscitation Training <no-reply@resus-training.ca>",
  "Your BLS certification expires in 30 days",
  "2026-05-01 07:00 -0400",
  """
  Hi Marcus,

  Your Basic Life Support (BLS) provider certification expires on May 31, 2026. Book a renewal
  course near you to stay current.
  """)

# 114 other, French newsletter
S("other", "", "", "", "", "fr", "easy",
  "French community newsletter; mentions entrevues", "",
  "Réseau des infirmières en santé numérique <infolettre@rism-quebec.org>",
  "Infolettre de novembre : entrevues, offres et nouvelles",
  "2025-11-03 08:00 -0500",
  """
  Dans ce numéro :

  - Entrevue avec une infirmière devenue chef de produit dans une jeune pousse montréalaise
  - Les offres d'emploi du mois en informatique clinique
  - Retour sur notre colloque d'octobre

  Vous recevez ce courriel en tant que membre du Réseau. Se désabonner.
  """, fmt="alt",
  hdr=[("List-Unsubscribe", "<mailto:desabonnement@rism-quebec.org>"), ("Precedence", "list")])

# 115 other, meetup venue change
S("other", "", "Yusuf", "", "", "en", "hard",
  "meetup 'moved forward with a new venue'; 'unfortunately'", "",
  "Yusuf Karimi via HealthTech TO Meetup <info@meetup-mail.example.com>",
  "Venue change: Clinicians Who Code - December meetup",
  "2025-11-27 18:30 -0500",
  """
  Hi everyone,

  Unfortunately our host office can no longer accommodate us, so we've moved forward with a new
  venue: the Digital Health Hub, 155 Queens Quay E. Same date and time, Dec 4 at 6:30 PM.

  See you there,
  Yusuf (organizer)
  """, hdr=[("List-Unsubscribe", "<https://meetup-mail.example.com/unsub>"), ("Precedence", "bulk")])

# 116 other, dentist appointment confirmation
S("other", "", "", "", "", "en", "hard",
  "appointment confirmed with a definite time; not an interview", "",
  "Queen West Dental <appointments@queenwestdental.ca>",
  "Appointment confirmed: Tue Oct 20 at 8:30 AM",
  "2026-10-13 12:00 -0400",
  """
  Hi Marcus,

  Your appointment with Dr. Farah Haddad is confirmed for Tuesday, October 20, 2026 at 8:30 AM.
  Please arrive 10 minutes early. Reply C to confirm or call us to reschedule.
  """)

# 117 other, resume-writing receipt
S("other", "", "", "", "", "en", "easy",
  "receipt for resume review service", "",
  "ResumeRx <receipts@resumerx.ca>",
  "Your receipt from ResumeRx (#RX-40918)",
  "2025-01-14 19:45 -0500",
  """
  Thanks for your order, Marcus!

  Nurse-to-Tech Resume Review ......... $129.00
  HST (13%) ........................... $16.77
  Total ............................... $145.77

  Your reviewer will return your edited resume within 3 business days.
  """, fmt="html")

# 118 other, Spanish volunteer application accepted
S("other", "", "Marisol", "", "", "es", "hard",
  "Spanish volunteer application accepted; reads like an offer", "",
  "Marisol Quintero <marisol@saludsinfronteras-to.org>",
  "Tu solicitud de voluntariado",
  "2026-06-06 11:30 -0400",
  """
  Hola Marcus:

  ¡Gracias por ofrecerte como voluntario! Hemos aceptado tu solicitud para apoyar nuestra
  clínica móvil de los sábados en Scarborough. Te esperamos en la orientación del 20 de junio a
  las 9:00.

  Un abrazo,
  Marisol
  """)

# 119 other, recruiter message relayed by job board
S("other", "", "", "", "", "en", "hard",
  "job board notification of a recruiter message (content not shown)", "",
  "HealthJobs North <messages@healthjobsnorth.ca>",
  "You have a new message from a recruiter",
  "2026-10-02 09:05 -0400",
  """
  Hi Marcus,

  A recruiter has sent you a message about an opportunity that matches your profile.

  Sign in to read it and reply. Messages expire after 30 days.
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://healthjobsnorth.ca/unsub>")])

# 120 other, job alert in French
S("other", "", "", "", "", "fr", "easy",
  "French job alert digest", "",
  "Emplois Santé Québec <alertes@emplois-sante-qc.example.ca>",
  "5 nouveaux emplois : informatique clinique à Montréal",
  "2026-04-07 06:30 -0400",
  """
  Bonjour Marcus,

  Voici les nouveaux emplois correspondant à votre alerte « informatique clinique » :

  - Analyste en informatique clinique - Centre hospitalier Sainte-Odile - Montréal
  - Infirmier(ère) pivot en télésanté - Clinique Médicale Saint-Aubin - Montréal
  - Chargé(e) de projet DSN - Groupe Santé Rivemont - Laval

  Gérer mes alertes | Se désabonner
  """, fmt="html", hdr=[("List-Unsubscribe", "<https://emplois-sante-qc.example.ca/d>")])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, sp in enumerate(SPECS, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, sp))
        rows.append({
            "file": name, "label": sp["label"], "company": sp["company"],
            "contact_first_name": sp["contact"], "role": sp["role"], "return_date": sp["ret"],
            "lang": sp["lang"], "difficulty": sp["diff"], "notes": sp["notes"],
            "interview_at": sp["iat"],
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
