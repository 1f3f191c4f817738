"""Generate the blind12 evaluation corpus (job-search mail for a finance/FP&A analyst).

Run: python tests/corpus/make_blind12.py
Writes tests/corpus/blind12/NNN.eml and tests/corpus/blind12/labels.csv (stdlib only).
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
import textwrap
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind12"
ME = "Priya Raman <priya.raman.cv@gmail.com>"
ME_ADDR = "priya.raman.cv@gmail.com"

FIELDS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]

MAILS: list[dict] = []


def add(label: str, company: str = "", contact: str = "", role: str = "", *,
        frm: str, subj: str, date: str, body: str, lang: str = "en", diff: str = "easy",
        notes: str = "", iat: str = "", ret: str = "", fmt: str = "plain", cte: str | None = None,
        hdrs: dict | None = None, reply: bool = False, ics: str | None = None,
        pdf: str | None = None, html_body: str | None = None, to: str = ME) -> None:
    MAILS.append(dict(label=label, company=company, contact=contact, role=role, frm=frm,
                      subj=subj, date=date, body=body, lang=lang, diff=diff, notes=notes,
                      iat=iat, ret=ret, fmt=fmt, cte=cte, hdrs=hdrs or {}, reply=reply,
                      ics=ics, pdf=pdf, html_body=html_body, to=to))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    inner = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paras
    )
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
            f"<div style=\"max-width:600px;margin:0 auto\">\n{inner}\n</div></body></html>\n")


def _hid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str, tzid: str = "") -> str:
    tz = f";TZID={tzid}" if tzid else ""
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//blind12//calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nDTSTART{tz}:{start}\r\nDTEND{tz}:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def build(i: int, m: dict) -> bytes:
    msg = EmailMessage()
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    addr = m["frm"].rsplit("<", 1)[-1].rstrip(">")
    dom = addr.split("@")[-1]
    h = _hid(str(i), m["subj"], m["date"])
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{dom}>"
    if m["reply"]:
        parent = f"<CAJ{h[24:36].upper()}+{h[:10]}@mail.gmail.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in m["hdrs"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = m["body"].strip("\n") + "\n"
    hbody = m["html_body"] or to_html(body)
    cte = m["cte"]
    if m["fmt"] == "html":
        msg.set_content(hbody, subtype="html", cte=cte or "quoted-printable")
    elif m["fmt"] == "alt":
        msg.set_content(body, cte=cte or "quoted-printable")
        msg.add_alternative(hbody, subtype="html", cte=cte or "quoted-printable")
    else:
        if cte:
            msg.set_content(body, cte=cte)
        else:
            if i % 2 == 0:  # hard-wrap half of the plain mails so they travel as 7bit/8bit
                body = "\n".join(
                    line if line.startswith(">") else "\n".join(textwrap.wrap(line, 72)) or ""
                    for line in body.split("\n")
                ) + "\n"
            msg.set_content(body)
    if m["ics"]:
        if m["fmt"] == "alt":
            msg.add_alternative(m["ics"], subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(m["ics"].encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": "REQUEST"})
    if m["pdf"]:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=m["pdf"])
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------- rejection
ATS_AUTO = {"Auto-Submitted": "auto-generated"}

add("rejection", "Harbourline Bank", "", "Financial Analyst, Treasury",
    frm="Harbourline Bank Careers <no-reply@us.greenhouse-mail.io>",
    subj="Your application to Harbourline Bank",
    date="2025-04-02 16:22 -0400", hdrs={"Reply-To": "no-reply@us.greenhouse-mail.io"},
    body="""Hi Priya,

Thank you for the time you invested in the Financial Analyst, Treasury process at Harbourline Bank, including your conversation with our treasury team last month.

After careful review, we will not be moving ahead with your candidacy for this position. We received a large number of applications and the decision was not an easy one.

We encourage you to keep an eye on harbourlinebank.com/careers for future openings.

Regards,
Talent Acquisition
Harbourline Bank
""", notes="ATS rejection; mentions earlier conversation with team")

add("rejection", "Tamarack Mutual", "", "Senior Accountant",
    frm="Tamarack Mutual Insurance <tamarackmutual@myworkday.com>",
    subj="Senior Accountant (R-20418) - application update",
    date="2025-07-08 11:05 -0500", fmt="html", hdrs=ATS_AUTO,
    body="""Dear Priya Raman,

Thank you for your interest in the Senior Accountant (R-20418) position with Tamarack Mutual.

We have carefully reviewed your background and have decided to pursue other applicants whose experience more closely aligns with the needs of the role at this time.

Your profile will remain in our candidate database, and you are welcome to apply to other roles that match your interests.

Sincerely,
Tamarack Mutual Talent Acquisition

This message was sent from an unattended mailbox. Please do not reply.
""", notes="Workday HTML-only; 'pursue other applicants'")

add("rejection", "Kilbride Components", "Ciarán", "FP&A Analyst",
    frm="Ciarán Ó Broin <ciaran.obroin@kilbride-components.ie>",
    subj="Kilbride FP&A role",
    date="2026-02-03 17:41 +0000", diff="hard",
    body="""Priya,

I wanted to ring you but kept missing you, so a note will have to do.

It came down to you and one other person, and honestly it was close. In the end we went with someone who has spent six years costing on a plant floor, which matters a lot for us over the next year with the Limerick line coming online. Your modelling exercise was one of the cleanest we've seen.

I'd be glad to be a reference point if you apply anywhere in the region. Best of luck with FAR next month.

— Ciarán
""", notes="final-round decision; no rejection keywords; RFC 2047 sender")

add("rejection", "Ledgerly", "Jonah", "Revenue Accountant",
    frm="Jonah Whitcombe <jonah@ledgerly.io>",
    subj="Re: Revenue Accountant interview - Thursday",
    date="2025-10-29 09:12 -0700", reply=True, diff="hard",
    body="""Hi Priya,

Thanks for your patience while we worked through the final conversations. The team went a different direction on this one, toward someone who has already run an ASC 606 implementation end to end.

I enjoyed our talk and hope our paths cross again.

Jonah

On Mon, Oct 13, 2025 at 10:02 AM Jonah Whitcombe <jonah@ledgerly.io> wrote:
> Hi Priya, great news - we'd love to have you in for a final interview
> with our Controller and our CFO. Thursday Oct 16 at 1:00pm PT works on our
> side; I'll send a Google Meet link. Plan for about 90 minutes.
>
> Jonah
""", notes="reply thread; quoted part is an interview invitation")

add("rejection", "Westmark Hospital System", "Sean", "Financial Reporting Analyst",
    frm="Sean Kavanagh <skavanagh@bellwethertalent.com>",
    subj="FW: Candidate feedback - Financial Reporting Analyst",
    date="2026-05-06 14:30 -0400", diff="hard",
    body="""Hi Priya,

Forwarding what I heard back from Westmark below. Not the outcome either of us wanted. I think the feedback is fair and it's mostly about the Epic/Strata side, which you can pick up. I have two other healthcare clients I want to talk to you about - are you free Friday?

Sean Kavanagh
Senior Recruiter, Accounting & Finance
Bellwether Talent Partners
(617) 555-0148

________________________________
From: Lorraine Tsu <ltsu@westmarkhealth.org>
Sent: Tuesday, May 5, 2026 6:02 PM
To: Sean Kavanagh <skavanagh@bellwethertalent.com>
Subject: RE: Candidate feedback - Financial Reporting Analyst

Sean - thanks for sending Priya our way. The panel liked her, but we have decided to move forward with an internal candidate who has been covering the close for the last quarter. We will not be extending an offer to Priya for this role. Happy to look at her again for the budget analyst opening later in the year.

Lorraine
""", notes="agency recruiter forwards client decision; 'offer' and 'opening' words")

add("rejection", "Thistle Pay", "", "Finance Operations Associate",
    frm="Thistle Pay <no-reply@hire.lever.co>",
    subj="Thistle Pay | Finance Operations Associate",
    date="2025-02-18 08:47 +0000", fmt="alt",
    body="""Hi Priya,

Thanks so much for your interest in Thistle Pay and for applying to our Finance Operations Associate position in Dublin.

We've reviewed your application carefully and, on this occasion, we won't be progressing your application to the next stage.

We really appreciate you considering Thistle Pay and we wish you all the best.

The Thistle Pay Talent Team
""", notes="Lever; 'won't be progressing'")

add("rejection", "Brightfield Medical Center", "", "Cost Accountant",
    frm="Brightfield Medical Center <brightfieldmedical@icims.com>",
    subj="Regarding Your Application - Cost Accountant (Req 5571)",
    date="2025-09-24 13:10 -0400", hdrs=ATS_AUTO,
    body="""Dear Priya,

Thank you for applying for the Cost Accountant (Req 5571) position at Brightfield Medical Center.

We wanted to let you know that this position has been filled. We appreciate the time you took to apply and encourage you to continue exploring opportunities with us.

Brightfield Medical Center Human Resources

*** This is an automated message. Replies to this address are not monitored. ***
""", notes="position filled")

add("rejection", "Corvina Retail Group", "Mara", "Inventory Accountant",
    frm="Mara Delgado <mdelgado@corvinagroup.com>",
    subj="quick update",
    date="2025-10-02 15:55 -0700", diff="hard",
    body="""Hey Priya - quick note since I promised I'd tell you either way. This one didn't work out; the hiring team picked someone with more retail inventory accounting (RIM) background. I'm going to flag you for the next opening on the inventory team.

Mara
""", notes="very short; 'didn't work out'; vague subject")

add("rejection", "Cobalt Ridge Partners", "Elena", "Transaction Services Associate",
    frm="Elena Varga <elena.varga@cobaltridge.com>",
    subj="Transaction Services - following up",
    date="2026-06-12 10:20 -0400", fmt="alt", diff="hard",
    body="""Dear Priya,

Thank you for spending most of Monday with us. I know the superday is a lot, and you handled the case with real composure.

After the debrief, the group concluded that you are not the right match for Transaction Services at this time; we need someone who can lead due diligence workstreams from day one. That is a comment on timing, not on your ability.

If you are open to it, I would like to introduce you to Farid Osei, who leads our Risk Advisory practice and is hiring analysts this autumn. Just reply and I'll make the connection.

Kind regards,

Elena Varga
Director, Transaction Services | Cobalt Ridge Partners LLP
New York
""", notes="rejection plus referral offer; mentions superday")

add("rejection", "Banque Ferrand", "", "Contrôleur de gestion (H/F)",
    frm="Banque Ferrand - Recrutement <recrutement@banque-ferrand.fr>",
    subj="Votre candidature au poste de Contrôleur de gestion (H/F)",
    date="2025-05-15 10:02 +0200", lang="fr", cte="quoted-printable",
    body="""Madame,

Nous vous remercions de l'intérêt que vous portez à Banque Ferrand et de votre candidature au poste de Contrôleur de gestion (H/F).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Banque Ferrand
""", notes="French formal rejection")

add("rejection", "Hansa Versicherung", "", "Finanzanalyst (m/w/d)",
    frm="Hansa Versicherung <jobs@hansa-versicherung.jobs.personio.de>",
    subj="Ihre Bewerbung als Finanzanalyst (m/w/d)",
    date="2025-11-20 09:31 +0100", lang="de", hdrs=ATS_AUTO, cte="base64",
    body="""Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hansa Versicherung
""", notes="German; Personio")

add("rejection", "Seguros Albor", "Lucía", "Analista Financiero/a",
    frm="Lucía Ferrer <lferrer@segurosalbor.es>",
    subj="Proceso Analista Financiero/a",
    date="2026-03-27 18:04 +0100", lang="es", diff="hard",
    body="""Hola Priya:

Muchas gracias por tu tiempo en las entrevistas de estas semanas, y en especial por la presentación del caso ante el comité.

Tras valorar todas las candidaturas, hemos decidido continuar con otro perfil que encaja mejor con las necesidades inmediatas del equipo de Madrid. Ha sido una decisión difícil.

Me encantaría mantener el contacto de cara a futuras vacantes.

Un abrazo,
Lucía Ferrer
Talento y Cultura - Seguros Albor
""", notes="Spanish; mentions interviews; 'continuar con otro perfil'")

add("rejection", "Straits Meridian Bank", "", "Management Associate – Finance",
    frm="Straits Meridian Bank <noreply@smartrecruiters.com>",
    subj="Management Associate – Finance: outcome of your assessment centre",
    date="2025-09-03 16:15 +0800", fmt="alt", diff="hard", hdrs=ATS_AUTO,
    body="""Dear Priya,

Thank you for attending the assessment centre and the panel interview for our Management Associate – Finance programme on 14 August.

The selection committee has now completed its review. We regret that we are unable to offer you a place in this year's cohort. Competition was exceptionally strong, with more than 2,400 applications for 18 places.

We hope you will consider Straits Meridian Bank again in the future.

Yours sincerely,
Graduate Recruitment
Straits Meridian Bank
""", notes="'unable to offer'; mentions interview and assessment")

add("rejection", "Calder Assurance", "", "Actuarial Finance Analyst",
    frm="Calder Assurance Talent <calder@taleo.net>",
    subj="Calder Assurance - Status of Your Application",
    date="2026-04-28 12:00 -0400", hdrs=ATS_AUTO,
    body="""Dear Priya Raman,

Thank you for your interest in the Actuarial Finance Analyst position (Job Number 26-0311).

This is to inform you that you have not been selected for this position. We thank you for completing the video interview and wish you success in your career search.

Calder Assurance Talent Acquisition
""", notes="not selected; mentions video interview")

add("rejection", "Northcrest Credit Union", "", "Accounting Analyst",
    frm="Careers <notifications@jobvite.com>",
    subj="Your application status",
    date="2025-09-30 10:45 -0400", diff="hard", fmt="html", hdrs=ATS_AUTO,
    body="""Hello Priya,

Thank you for your interest in the Accounting Analyst position with Northcrest Credit Union and for speaking with our team.

We have decided to move forward with other candidates for this role. We will keep your information in our talent community and let you know about positions that may be a match.

Best regards,
People & Culture, Northcrest Credit Union

This email was sent from a notification-only address that cannot accept incoming email.
""", notes="company only in body; generic sender and subject")

add("rejection", "Parrish & Noor", "Gwen", "Staff Accountant – Tax",
    frm="Gwen Parrish <gparrish@parrishnoor.com>",
    subj="Staff Accountant - Tax",
    date="2025-11-18 16:40 -0500", diff="hard",
    body="""Priya,

Thank you for coming in to meet Aziz and me. We've decided to bring on a candidate who already has two busy seasons behind her, which, with our headcount this year, is what we need.

I want to stay in touch. We will almost certainly be hiring again after April 15 and I'd like you to hear about it from me first. Good luck on REG.

Warmly,
Gwen

Gwen Parrish, CPA
Managing Partner
Parrish & Noor CPAs, PLLC
""", notes="'stay in touch'; no rejection keywords")

add("rejection", "Tidemark Payments", "", "Senior Financial Analyst",
    frm="Tidemark Payments Recruiting <no-reply@ashbyhq.com>",
    subj="Update on your Tidemark Payments application",
    date="2026-01-14 13:26 -0800", fmt="alt",
    hdrs={"Reply-To": "recruiting@tidemark.com"},
    body="""Hi Priya,

Thank you for taking the time to complete our case study and meet with the FP&A team for the Senior Financial Analyst role.

We've decided not to move forward with your candidacy at this time. We know that's disappointing after the effort you put in, and we're grateful for it.

Best,
Tidemark Recruiting
""", notes="Ashby; after case study")

add("rejection", "Orchid Bay Capital", "Wei Ling", "Fund Accountant",
    frm="Tan Wei Ling <weiling.tan@orchidbaycap.sg>",
    subj="RE: Fund Accountant - case study",
    date="2026-03-17 11:48 +0800", reply=True, diff="hard",
    body="""Dear Priya,

Thank you for sending back the NAV reconciliation case so promptly. It was solid work.

We have since offered the role to a candidate with several years of fund administration experience, and she has accepted. I am sorry not to have better news for you.

I will keep your CV for our private markets team, which is likely to grow next year.

Best regards,
Wei Ling

Tan Wei Ling | Head of Fund Operations
Orchid Bay Capital Pte. Ltd. | 8 Marina View, Singapore
""", notes="'offered the role' to someone else; Singapore; given name is two words")

add("rejection", "Kelso Foods", "", "Plant Controller",
    frm="Kelso Foods <notifications@app.bamboohr.com>",
    subj="Plant Controller at Kelso Foods",
    date="2025-06-20 07:58 -0500", diff="hard", hdrs=ATS_AUTO,
    body="""Hi Priya,

We appreciate you applying for the Plant Controller role and taking the time to interview with us.

The position has been filled internally by a member of our finance team. We were impressed with your background and will reach out if a suitable role opens up.

Thank you,
Kelso Foods Hiring Team
""", notes="filled internally; mentions interview")

add("rejection", "Quarry & Oak", "", "Accounts Payable Specialist",
    frm="Quarry & Oak <noreply@candidates.workablemail.com>",
    subj="Your application for Accounts Payable Specialist at Quarry & Oak",
    date="2025-03-11 09:14 -0600", fmt="html",
    body="""Hi Priya,

Thank you for applying to the Accounts Payable Specialist position at Quarry & Oak.

Unfortunately, we will not be moving forward with your application. We appreciate the interest you've shown in joining our team and wish you the best in your job search.

Regards,
Quarry & Oak Hiring Team
""", notes="Workable template")

add("rejection", "Helio Cart", "Marcus", "Finance Business Partner",
    frm="Marcus Feld <mfeld@heliocart.com>",
    subj="Re: Thank you",
    date="2026-09-21 20:03 -0700", reply=True, diff="hard",
    body="""Priya, appreciate your time last Thursday and the kind note. We're going with another finalist. Wishing you luck.

Sent from my iPhone

> On Sep 17, 2026, at 6:11 PM, Priya Raman <priya.raman.cv@gmail.com> wrote:
>
> Hi Marcus, thank you for the interview today for the Finance Business
> Partner role. I really enjoyed hearing about the marketplace P&L.
""", notes="curt, no signature; quoted thank-you mentions interview")

add("rejection", "Solent Re", "", "Reinsurance Accountant",
    frm="Solent Re Careers <solentre@mail.teamtailor.com>",
    subj="Reinsurance Accountant - Dublin",
    date="2026-08-04 12:30 +0100",
    body="""Dear Priya,

Thank you for applying for the Reinsurance Accountant role in our Dublin office.

Having reviewed your application against the requirements of the role, we will not be taking your application further at this stage. With your permission we will retain your CV on file for 12 months.

Kind regards,
Solent Re People Team
""", notes="Teamtailor; CV retained")

add("rejection", "Driftwood Credit Union", "Renata", "Internal Auditor",
    frm="Renata Okafor-Lind <rokaforlind@driftwoodcu.org>",
    subj="RE: Internal Auditor - checking in",
    date="2025-11-07 15:20 -0700", reply=True, diff="hard",
    body="""Hi Priya,

Thanks for checking in and sorry for the silence. I wish I had better news: the committee selected another candidate, who has a CIA designation, and she starts next month.

It was a real pleasure meeting you and I hope you'll apply with us again.

Renata

-----Original Message-----
From: Priya Raman <priya.raman.cv@gmail.com>
Sent: Wednesday, November 5, 2025 9:02 AM
To: Renata Okafor-Lind <rokaforlind@driftwoodcu.org>
Subject: Internal Auditor - checking in

Hi Renata, I hope you're well. I wanted to ask whether there is any update on the timing of next steps after my second interview with your CFO. I'm still very excited about the role.
""", notes="reply to candidate's check-in; quoted part mentions interview and next steps")

add("rejection", "Lumière Paiements", "Margaux", "FP&A Analyst",
    frm="Margaux Lefèvre <margaux@lumiere-paiements.fr>",
    subj="Your final interview at Lumière",
    date="2026-07-09 19:12 +0200", diff="hard",
    body="""Hi Priya,

Thanks again for flying in for the final round, and for your patience with our very French way of scheduling.

I'll be straightforward: we have decided to hire another finalist, mainly because the role now needs fluent French for the board reporting. It was not an easy call and the team genuinely liked you.

If you ever move to Paris, please write to me.

Margaux
Head of Finance, Lumière Paiements
""", notes="subject says 'final interview'; English from French company")

add("rejection", "Brauwerk Müller GmbH", "", "Controlling Specialist",
    frm="Brauwerk Müller GmbH <jobs@brauwerk-mueller.recruitee.com>",
    subj="Update on your application - next steps",
    date="2026-10-13 14:00 +0200", diff="hard", fmt="alt",
    body="""Dear Priya,

Thank you for your interest in the Controlling Specialist position at Brauwerk Müller GmbH.

Our next steps are to invite a small number of candidates to interviews in Munich. After careful consideration, we have decided to proceed with candidates whose profiles more closely fit our current requirements, so we will not be inviting you to this stage.

We wish you every success.

Best regards,
HR Team
Brauwerk Müller GmbH
""", notes="subject says 'next steps'; describes interviews for others")

add("rejection", "Larchmont Retail", "", "Store Finance Analyst",
    frm="Olivia from Larchmont Retail <olivia@paradox.ai>",
    subj="An update from Larchmont Retail",
    date="2025-08-27 18:30 -0400", diff="hard",
    body="""Hi Priya! It's Olivia, the virtual hiring assistant for Larchmont Retail.

Thanks again for chatting with me and for your interest in the Store Finance Analyst role. The hiring team has reviewed your information and decided not to move forward at this time.

You can always text "jobs" to 55012 to see other openings near you.

Olivia
Larchmont Retail Recruiting Assistant
""", notes="Paradox chatbot persona 'Olivia' is not a human contact")
# ---------------------------------------------------------------- on_hold
add("on_hold", "Maple Ridge Financial", "Devika", "Budget Analyst",
    frm="Devika Sharma <devika.sharma@mapleridgefinancial.ca>",
    subj="Budget Analyst search - on hold",
    date="2026-02-05 11:30 -0500",
    body="""Hi Priya,

I wanted to let you know personally that, as of this morning, Maple Ridge has put a freeze on all external hiring through the end of Q2. That includes the Budget Analyst role.

This has nothing to do with your interviews, which went well. If the freeze lifts and the role is reopened, I'll reach out to you first.

Best,
Devika Sharma
Senior Manager, Corporate FP&A
Maple Ridge Financial
""", notes="explicit hiring freeze; mentions interviews")

add("on_hold", "St. Brendan's Health", "", "Payroll Accountant",
    frm="St. Brendan's Health <stbrendans@myworkday.com>",
    subj="Payroll Accountant (JR-0932): application status",
    date="2025-12-10 14:12 -0600", diff="hard", fmt="html", hdrs=ATS_AUTO,
    body="""Dear Priya,

Thank you for your interest in the Payroll Accountant (JR-0932) position at St. Brendan's Health.

The requisition for this role has been cancelled. As a result, your application will no longer be considered for this position. We encourage you to review our other openings on the careers site.

Sincerely,
St. Brendan's Health Talent Acquisition
""", notes="requisition cancelled; reads like ATS rejection")

add("on_hold", "Ferncliff Mutual", "Tom", "Reserving Analyst",
    frm="Tom Ashby <tom.ashby@ferncliffmutual.com>",
    subj="Reserving Analyst - where things stand",
    date="2025-06-03 08:55 -0400", diff="hard",
    body="""Hi Priya,

Some news from our side. Our new CFO started last week and the finance function is being reorganised; the reserving team will be folded into actuarial, and the analyst role we spoke about is part of what's being redesigned.

Given that, we're pausing this search until the new structure is settled, probably in the autumn. I'm sorry to leave you in limbo after two rounds.

Tom
""", notes="reorg; pausing search; no explicit 'on hold'")

add("on_hold", "Sundial Robotics", "", "Cost Analyst",
    frm="Sundial Robotics <no-reply@us.greenhouse-mail.io>",
    subj="Cost Analyst at Sundial Robotics",
    date="2026-06-25 10:00 -0400",
    body="""Hi Priya,

Thanks for your interest in the Cost Analyst role at Sundial Robotics.

We wanted to let you know that this position is no longer open, and we have closed the posting. This is not a reflection of your qualifications, and we encourage you to apply for future roles.

All the best,
Sundial Robotics Recruiting
""", notes="role no longer open")

add("on_hold", "Oakhaven Insurance", "Priscilla", "Treasury Analyst",
    frm="Priscilla Hume <phume@oakhaveninsurance.com>",
    subj="Treasury Analyst role",
    date="2026-09-09 16:44 -0500", diff="hard", fmt="alt",
    body="""Dear Priya,

I'm afraid I have frustrating news. The Treasury Analyst position has lost its budget for this fiscal year after the catastrophe losses in Q3, and we've been told not to fill it.

You were one of two people in our final round and the panel was very positive. I'll keep your resume on file, and if funding returns in January, you're the first call I make.

Regards,
Priscilla Hume
Assistant Treasurer
Oakhaven Insurance Group
""", notes="budget cut; 'keep your resume on file' suggests rejection")

add("on_hold", "Kessler Maschinenbau GmbH", "Anja", "Controller (m/w/d)",
    frm="Anja Weiß <a.weiss@kessler-maschinenbau.de>",
    subj="Ihre Bewerbung als Controller (m/w/d)",
    date="2025-10-21 13:17 +0200", lang="de", cte="quoted-printable",
    body="""Sehr geehrte Frau Raman,

vielen Dank für Ihre Geduld. Aufgrund eines kurzfristig beschlossenen Einstellungsstopps werden wir die Stelle als Controller (m/w/d) vorerst nicht besetzen. Das Auswahlverfahren ruht daher bis auf Weiteres.

Ihre Unterlagen bleiben selbstverständlich bei uns. Sobald wir die Stelle wieder ausschreiben, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Anja Weiß
Personalreferentin
Kessler Maschinenbau GmbH
""", notes="German hiring freeze")

add("on_hold", "Corvina Retail Group", "Sean", "Inventory Accountant",
    frm="Sean Kavanagh <skavanagh@bellwethertalent.com>",
    subj="Corvina - update",
    date="2025-08-15 12:02 -0400", diff="hard",
    body="""Hi Priya,

Quick update on Corvina. They've told me they're pausing the search for the Inventory Accountant role until their Q3 budget review. Nobody has been hired and they haven't said no to anyone; the whole thing is just on ice.

I'll ping you as soon as I hear it's moving again. In the meantime I'd like to put you forward for a couple of other roles if you're open to it.

Sean
Bellwether Talent Partners
""", notes="agency recruiter; client paused search")

add("on_hold", "Quaystone Pay", "", "Senior Accountant",
    frm="Quaystone Pay <no-reply@ashbyhq.com>",
    subj="Quaystone Pay: an update on the Senior Accountant role",
    date="2025-04-23 17:20 -0700", fmt="alt",
    hdrs={"Reply-To": "talent@quaystone.com"},
    body="""Hi Priya,

We're reaching out to everyone in process for our Senior Accountant opening. Our funding timeline has shifted, and we've made the decision to pause hiring for this role for now.

We'll contact you directly if and when the role reopens. Thank you for your time and interest in Quaystone Pay.

The Quaystone Pay Team
""", notes="startup pauses hiring")

add("on_hold", "Grupo Marisma", "Ignacio", "Management Control Analyst",
    frm="Ignacio Ruiz <iruiz@grupomarisma.com>",
    subj="Management Control Analyst - process update",
    date="2026-05-19 09:40 +0200",
    body="""Dear Priya,

Thank you for your patience. I must tell you that the Management Control Analyst process has been put on hold, as the group is reviewing its structure in Spain after the merger announcement.

We do not yet know when it will resume. I will let you know as soon as there is news.

Best regards,
Ignacio Ruiz
HR Business Partner, Grupo Marisma
""", notes="on hold due to merger review")

add("on_hold", "Pemberton Lyle", "Aidan", "Audit Associate",
    frm="Aidan Shore <ashore@pembertonlyle.com>",
    subj="Re: Scheduling - Audit Associate second round",
    date="2026-03-30 08:15 -0400", reply=True, diff="hard",
    body="""Priya - apologies, I should have told you sooner. The role got pulled; the headcount was moved to our Toronto office. Nothing to do with you, and nothing has been decided about candidates. If it comes back I'll pick up where we left off.

Aidan

On Thu, Mar 26, 2026 at 4:47 PM Priya Raman <priya.raman.cv@gmail.com> wrote:
> Hi Aidan, thanks for the note. I'm available for the second round
> interview any afternoon next week. Looking forward to it!
""", notes="short reply; role pulled; quoted scheduling text")
# ---------------------------------------------------------------- interview
add("interview", "Ashgrove & Pell", "Teresa", "Audit Associate",
    frm="Teresa Lindqvist <tlindqvist@ashgrovepell.com>",
    subj="Invitation: Priya Raman / Audit Associate interview @ Tue Feb 10, 2026 10am - 10:45am (EST)",
    date="2026-02-04 15:03 -0500", fmt="alt",
    ics=ics_event("ap-88312@ashgrovepell.com", "20260210T100000", "20260210T104500",
                  "Priya Raman / Audit Associate interview", "tlindqvist@ashgrovepell.com",
                  "America/New_York"),
    body="""Priya Raman / Audit Associate interview
When: Tuesday, February 10, 2026 10:00 AM - 10:45 AM (Eastern Time)
Where: Zoom - https://ashgrovepell.zoom.us/j/88312045571

Hi Priya - this is a first-round conversation with me and Daniel Hsu, a senior manager in our assurance practice. We'll walk through your background and a couple of behavioural questions. Nothing to prepare.

Teresa Lindqvist
Campus & Experienced Recruiting | Ashgrove & Pell LLP
""", iat="2026-02-10T10:00:00-05:00", notes="calendar invite with text/calendar part")

add("interview", "Ledgerly", "Jonah", "FP&A Analyst",
    frm="Jonah Whitcombe <jonah@ledgerly.io>",
    subj="Ledgerly - let's talk",
    date="2026-04-07 11:20 -0700",
    body="""Hi Priya,

Thanks for applying for our FP&A Analyst opening. I liked the way you described rebuilding the rolling forecast at your current job.

Could you grab 30 minutes with me sometime this week or next for a first interview? Pick whatever suits you here: https://calendly.com/jonah-ledgerly/30min

Jonah Whitcombe
Controller, Ledgerly
""", notes="Calendly link; no fixed time")

add("interview", "Tamarack Mutual", "", "Senior Accountant",
    frm="Tamarack Mutual Recruiting <scheduling@goodtime.io>",
    subj="Interview confirmed: Senior Accountant - Tamarack Mutual",
    date="2025-06-05 09:00 -0500", fmt="html",
    hdrs={"Reply-To": "recruiting@tamarackmutual.com"},
    body="""Hi Priya,

Your interview is confirmed.

Role: Senior Accountant
Date: Wednesday, June 11, 2025
Time: 1:30 PM - 2:30 PM Central Time
Location: Microsoft Teams (link below)
Interviewers: Rob Kenning (Accounting Manager), Alisha Grant (Senior Accountant)

Join: https://teams.microsoft.com/l/meetup-join/tamarack-552101

Need to reschedule? Use the link in this email.

Tamarack Mutual Recruiting
""", iat="2025-06-11T13:30:00-05:00", notes="GoodTime confirmation; HTML only")

add("interview", "Kilbride Components", "Ciarán", "FP&A Analyst",
    frm="Ciarán Ó Broin <ciaran.obroin@kilbride-components.ie>",
    subj="Re: Second interview - FP&A Analyst",
    date="2026-01-12 09:05 +0000", reply=True, diff="hard",
    body="""Hi Priya,

Unfortunately something has come up with our auditors on Wednesday, so I've moved our call to Thursday at 3pm Irish time. Same Teams link as before. Siobhán from plant finance will join us.

Apologies for the shuffle.

Ciarán

On Fri, 9 Jan 2026 at 14:20, Priya Raman <priya.raman.cv@gmail.com> wrote:
> Wednesday works well for me, thank you Ciarán.
""", iat="2026-01-15T15:00:00+00:00", notes="reschedule; relative day; 'unfortunately'")

add("interview", "Corvina Retail Group", "Mara", "Inventory Accountant",
    frm="Mara Delgado <mdelgado@corvinagroup.com>",
    subj="Inventory Accountant",
    date="2025-07-16 16:10 -0700", diff="hard",
    body="""Hi Priya,

I'm the recruiter supporting our inventory accounting team. Your resume caught my eye. Are you free for a quick chat tomorrow at 10:30 Pacific? Nothing formal, 20 minutes on the phone so I can tell you about the role and hear what you're looking for.

I'll call the number on your resume unless you tell me otherwise.

Mara Delgado
Talent Partner | Corvina Retail Group
""", iat="2025-07-17T10:30:00-07:00", notes="'quick chat' with relative date; no word interview")

add("interview", "Westmark Hospital System", "Lorraine", "Financial Reporting Analyst",
    frm="Lorraine Tsu <ltsu@westmarkhealth.org>",
    subj="Your visit to Westmark - Friday",
    date="2026-04-13 13:25 -0400", fmt="alt",
    body="""Hello Priya,

We're looking forward to having you onsite on Friday, April 17, 2026. Here's the plan for the day:

9:00 AM - Welcome, Lorraine Tsu (Director, Financial Reporting)
9:30 AM - Panel with the close and consolidation team
10:30 AM - Technical exercise: variance commentary (45 min)
11:30 AM - Lunch with two analysts
12:30 PM - Wrap-up with the Controller

Please check in at the Administration Building, 2nd floor, 400 Harmon Ave. Parking validation is at the front desk.

Lorraine
""", iat="2026-04-17T09:00:00-04:00", notes="onsite itinerary; no word interview")

add("interview", "Tidemark Payments", "", "Senior Financial Analyst",
    frm="Tidemark Payments Recruiting <no-reply@ashbyhq.com>",
    subj="Next step: Tidemark case study",
    date="2025-12-08 10:00 -0800", diff="hard",
    hdrs={"Reply-To": "recruiting@tidemark.com"},
    body="""Hi Priya,

Thanks for speaking with Rachel last week! We'd like to invite you to the next stage of the Senior Financial Analyst process.

1. Case study: a three-statement model for a payments business. You'll receive the file when you're ready and have 72 hours to return it.
2. Case review: a 60-minute video session with two members of the FP&A team to walk through your model.

Once you've submitted, please pick a review slot here: https://app.ashbyhq.com/interview-scheduling/tidemark-8fa2

Best,
Tidemark Recruiting
""", notes="take-home plus review session; scheduling link")

add("interview", "Orchid Bay Capital", "Wei Ling", "Fund Accountant",
    frm="Tan Wei Ling <weiling.tan@orchidbaycap.sg>",
    subj="Fund Accountant - technical assessment",
    date="2026-02-26 10:10 +0800",
    body="""Dear Priya,

Thank you for the conversation on Monday. We would like to invite you to the technical stage, which is an Excel-based assessment followed by a short discussion with me.

Date: Tuesday 3 March 2026
Time: 2:00pm Singapore time (SGT)
Duration: about 90 minutes, via Teams

Please have Excel available on your laptop.

Best regards,
Wei Ling

Tan Wei Ling | Head of Fund Operations
Orchid Bay Capital
""", iat="2026-03-03T14:00:00+08:00", notes="technical assessment; SGT")

add("interview", "Groupe Lavandin", "Hélène", "Contrôleur financier (H/F)",
    frm="Hélène Marchetti <helene.marchetti@groupe-lavandin.fr>",
    subj="Entretien - Contrôleur financier (H/F)",
    date="2026-05-07 11:32 +0200", lang="fr", cte="quoted-printable",
    body="""Bonjour Priya,

Suite à l'étude de votre candidature, nous avons le plaisir de vous proposer un entretien pour le poste de Contrôleur financier (H/F) basé à Lyon.

L'entretien aura lieu le jeudi 14 mai à 11h00 en visioconférence (Teams), avec M. Olivier Garnier, Directeur Administratif et Financier, et moi-même. Il durera environ une heure.

Merci de me confirmer votre disponibilité.

Bien cordialement,

Hélène Marchetti
Chargée de recrutement
Groupe Lavandin
""", iat="2026-05-14T11:00:00+02:00", notes="French; date without year")

add("interview", "Rheinfeld Bank", "Katharina", "Risikocontroller (m/w/d)",
    frm="Katharina Vogt <katharina.vogt@rheinfeld-bank.de>",
    subj="Einladung zum Vorstellungsgespräch",
    date="2026-09-14 08:50 +0200", lang="de", fmt="alt", cte="base64",
    body="""Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung als Risikocontroller (m/w/d). Wir freuen uns, Sie zu einem ersten Gespräch per Microsoft Teams einzuladen:

Dienstag, 22. September 2026, um 10:00 Uhr

Gesprächspartner sind Herr Dr. Brandt (Leiter Risikocontrolling) und ich. Bitte planen Sie etwa 60 Minuten ein. Den Einwahllink erhalten Sie separat.

Mit freundlichen Grüßen
Katharina Vogt
Recruiting | Rheinfeld Bank AG
""", iat="2026-09-22T10:00:00+02:00", notes="German invitation")

add("interview", "Banco Cierzo", "Marta", "Analista de Riesgos",
    frm="Marta Gil <marta.gil@bancocierzo.es>",
    subj="Entrevista - Analista de Riesgos",
    date="2026-02-02 12:45 +0100", lang="es",
    body="""Hola Priya,

Gracias por tu interés en la posición de Analista de Riesgos. Nos gustaría conocerte en una primera entrevista por videollamada el lunes 9 de febrero a las 16:00 (hora de Madrid).

Te enviaré el enlace de Google Meet el mismo día. Si ese horario no te viene bien, dímelo y buscamos otro.

Saludos,
Marta Gil
Selección - Banco Cierzo
""", iat="2026-02-09T16:00:00+01:00", notes="Spanish; Madrid time")

add("interview", "Finlay Brothers Manufacturing", "Sean", "Cost Accountant",
    frm="Sean Kavanagh <skavanagh@bellwethertalent.com>",
    subj="Good news - Finlay Brothers want to meet you",
    date="2026-06-17 10:12 -0400", diff="hard",
    body="""Hi Priya,

Finlay Brothers came back this morning and they'd like to meet you for the Cost Accountant role. First step is a video interview with their Plant Controller, then an onsite in Worcester if that goes well.

Can you send me three or four windows that work for you next week? I'll coordinate with their side.

Sean Kavanagh
Senior Recruiter, Accounting & Finance
Bellwether Talent Partners
""", notes="agency recruiter for client; asks for availability")

add("interview", "Quaystone Pay", "", "Finance Operations Analyst",
    frm="Quaystone Pay via ModernLoop <scheduling@modernloop.io>",
    subj="Schedule your interviews with Quaystone Pay",
    date="2026-08-11 14:02 -0700", fmt="html", diff="hard",
    body="""Hi Priya,

Quaystone Pay would like to schedule your onsite loop for the Finance Operations Analyst role. Please choose one of the following times (all Pacific):

- Tue, Aug 18, 9:00 AM - 12:00 PM
- Wed, Aug 19, 1:00 PM - 4:00 PM
- Fri, Aug 21, 10:00 AM - 1:00 PM

Select a time: https://app.modernloop.io/candidate/q7d2-quaystone

Powered by ModernLoop
""", notes="list of slots; no single time")

add("interview", "Calder Assurance", "", "Actuarial Finance Analyst",
    frm="Calder Assurance <noreply@hirevue.com>",
    subj="Complete your video interview for Calder Assurance",
    date="2026-04-02 08:00 -0400", fmt="alt", cte="base64",
    body="""Hello Priya,

Calder Assurance has invited you to complete a video interview for the Actuarial Finance Analyst position.

You'll answer five questions on camera at a time of your choosing. Please complete your interview by April 9 at 11:59 PM ET.

Start your interview: https://app.hirevue.com/candidate/calder-0042

Good luck!
The HireVue Team on behalf of Calder Assurance
""", notes="one-way video interview; base64")

add("interview", "Driftwood Credit Union", "Renata", "Internal Auditor",
    frm="Renata Okafor-Lind <rokaforlind@driftwoodcu.org>",
    subj="RE: Thank you",
    date="2025-10-14 17:02 -0600", reply=True, diff="hard",
    body="""Hi Priya,

It was great to meet you too. The committee would like you back for a second conversation, this time with our CFO, Hal Brenner. Are you able to do Monday the 20th at 11:00 Mountain? It will be at the Main Street branch, third floor.

Renata

-----Original Message-----
From: Priya Raman <priya.raman.cv@gmail.com>
Sent: Tuesday, October 14, 2025 8:40 AM
Subject: Thank you

Hi Renata, thank you for your time yesterday. I understand you are meeting other candidates and I'd completely understand if the team decides to go another direction, but I wanted to say how much I enjoyed learning about the audit plan.
""", iat="2025-10-20T11:00:00-06:00", notes="quoted thank-you contains rejection-like wording; 'Monday the 20th'")

add("interview", "Harbourline Bank", "", "Financial Analyst, Treasury",
    frm="Harbourline Bank Careers <no-reply@us.greenhouse-mail.io>",
    subj="Interview Confirmation: Harbourline Bank - Financial Analyst, Treasury",
    date="2025-03-03 12:40 -0500", fmt="alt",
    ics=ics_event("gh-hb-20250306@greenhouse.io", "20250306T160000Z", "20250306T164500Z",
                  "Interview: Harbourline Bank", "no-reply@us.greenhouse-mail.io"),
    body="""Hi Priya,

Your interview for Financial Analyst, Treasury is confirmed for Thursday, March 6, 2025 at 11:00 AM EST (45 minutes).

Interviewer: Mónica Reyes, Treasury Manager
Location: Phone - she will call you at the number you provided.

A calendar invitation is attached.

Harbourline Bank Recruiting
""", iat="2025-03-06T11:00:00-05:00", notes="Greenhouse confirmation with calendar part")

add("interview", "Solent Re", "Niamh", "Reinsurance Accountant",
    frm="Niamh Fitzgerald <niamh.fitzgerald@solentre.ie>",
    subj="Solent Re - interview for Reinsurance Accountant",
    date="2026-07-01 10:30 +0100", diff="hard",
    body="""Hi Priya,

Following your recent conversation with our People team, I'd like to invite you to interview for the Reinsurance Accountant role.

The interview will take place on Wednesday 8 July 2026 at 14:00 (IST), on Teams. It will be with me and Declan Walsh, our Financial Controller, and will last around 45 minutes with a short technical section on treaty accounting.

Please reply to confirm.

Kind regards,
Niamh Fitzgerald
Finance Manager
Solent Re (Dublin)
""", iat="2026-07-08T14:00:00+01:00", notes="IST means Irish Standard Time (+01:00)")

add("interview", "Parrish & Noor", "Holly", "Staff Accountant – Tax",
    frm="Holly Benning <hbenning@parrishnoor.com>",
    subj="Meeting with the tax partners",
    date="2025-11-04 14:15 -0500", diff="hard",
    body="""Hi Priya,

Gwen asked me to find time for you to meet with the tax partners about the Staff Accountant role. Does 9:30 tomorrow morning work? It will be here at the office (Suite 210) and should take about an hour.

Thanks!
Holly Benning
Office Manager, Parrish & Noor CPAs
""", iat="2025-11-05T09:30:00-05:00", notes="relative time 'tomorrow'; written by assistant")

add("interview", "Northcrest Credit Union", "", "Accounting Analyst",
    frm="Northcrest Credit Union <notifications@jobvite.com>",
    subj="Phone screen scheduled - Accounting Analyst",
    date="2025-08-06 11:11 -0400", hdrs=ATS_AUTO,
    body="""Hello Priya,

Thank you for your interest in Northcrest Credit Union. Your phone screen for the Accounting Analyst position has been scheduled.

Date/Time: Tuesday, August 12, 2025 at 2:00 PM Eastern
Interviewer: Talent Acquisition Specialist
We will call you at: (***) ***-4471

If you need to change this time, please reply to this email.

People & Culture, Northcrest Credit Union
""", iat="2025-08-12T14:00:00-04:00", notes="Jobvite phone screen")

add("interview", "Maple Ridge Financial", "Devika", "Budget Analyst",
    frm="Devika Sharma <devika.sharma@mapleridgefinancial.ca>",
    subj="Change of plan for tomorrow",
    date="2026-01-20 17:35 -0500", diff="hard",
    body="""Hi Priya,

Unfortunately Dan is out sick, so we'll need to move tomorrow's interview. The new time is Friday, January 23 at 4:00 PM ET, same Teams link. It'll be Dan and me.

Sorry for the late notice.

Devika
""", iat="2026-01-23T16:00:00-05:00", notes="reschedule; starts with 'unfortunately'")

add("interview", "Cobalt Ridge Partners", "Elena", "Transaction Services Associate",
    frm="Elena Varga <elena.varga@cobaltridge.com>",
    subj="Superday - Transaction Services",
    date="2026-05-22 12:00 -0400", fmt="alt", pdf="Superday_Agenda.pdf", diff="hard",
    body="""Dear Priya,

I'm pleased to invite you to our Transaction Services superday on Monday, 1 June 2026, at our New York office (1180 Avenue of the Americas, 22nd floor). Please arrive for a 9:00am start; the day finishes around 3:00pm.

The day includes a quality-of-earnings case, two one-on-one conversations with partners and lunch with the team. The agenda is attached.

Kind regards,
Elena Varga
Director, Transaction Services | Cobalt Ridge Partners LLP
""", iat="2026-06-01T09:00:00-04:00", notes="superday; PDF agenda; no word interview")

add("interview", "Straits Meridian Bank", "", "Management Associate – Finance",
    frm="Straits Meridian Bank <noreply@smartrecruiters.com>",
    subj="Invitation: Assessment Centre - Management Associate – Finance",
    date="2025-07-30 09:00 +0800", fmt="html", hdrs=ATS_AUTO,
    body="""Dear Priya,

Congratulations! You have been shortlisted for the assessment centre for our Management Associate – Finance programme.

Date: Thursday, 14 August 2025
Time: 8:30am to 5:00pm (SGT)
Venue: Straits Meridian Tower, 12 Raffles Quay, Level 9

The day includes a group exercise, a case presentation and a panel interview. Please bring your NRIC or passport.

Graduate Recruitment
Straits Meridian Bank
""", iat="2025-08-14T08:30:00+08:00", notes="assessment centre with panel interview")
# ---------------------------------------------------------------- offer
add("offer", "Quaystone Pay", "Nadine", "Finance Operations Analyst",
    frm="Nadine Achterberg <nadine@quaystone.com>",
    subj="Your offer from Quaystone Pay",
    date="2026-09-02 15:30 -0700", pdf="Quaystone_Offer_Letter_PRaman.pdf",
    body="""Hi Priya,

I'm thrilled to share that we'd like you to join Quaystone Pay as our Finance Operations Analyst! Your offer letter is attached, with base salary, equity and benefits details.

We'd love an answer by September 9. If you have any questions, or want to talk anything through with Ana (our VP Finance), just let me know.

Welcome (we hope)!
Nadine
People Lead, Quaystone Pay
""", notes="offer letter attached as PDF")

add("offer", "Ashgrove & Pell", "Teresa", "Audit Associate",
    frm="Teresa Lindqvist <tlindqvist@ashgrovepell.com>",
    subj="Following up on our call",
    date="2026-03-13 16:05 -0400", diff="hard",
    body="""Hi Priya,

Great speaking with you this afternoon. As promised, here is a summary of what we discussed for the Audit Associate position in our Boston office:

- Base salary: $74,000
- Signing bonus: $5,000
- Start date: September 8, 2026 (fall start class)
- Full CPA exam support: review course, exam fees and 10 paid study days

The formal letter will come through DocuSign tomorrow. Take the weekend to think it over and call me with any questions.

Teresa
""", notes="verbal offer recap; never says 'offer'")

add("offer", "Rheinfeld Bank", "Katharina", "Risk Controller",
    frm="Katharina Vogt <katharina.vogt@rheinfeld-bank.de>",
    subj="Rheinfeld Bank - contract offer",
    date="2026-10-16 14:20 +0200", pdf="Arbeitsvertrag_Raman.pdf",
    body="""Dear Ms Raman,

Following your interviews with Dr. Brandt and the team, we are delighted to offer you the position of Risk Controller in Frankfurt. The employment contract is attached in German together with an English courtesy translation.

Please return the signed contract by 30 October 2026. We look forward to welcoming you.

Kind regards
Katharina Vogt
Recruiting | Rheinfeld Bank AG
""", notes="English offer from German bank; PDF")

add("offer", "Westmark Hospital System", "", "Budget Analyst",
    frm="Westmark Hospital System <westmarkhealth@myworkday.com>",
    subj="Action Required: Review your offer",
    date="2026-10-05 09:12 -0400", fmt="html", hdrs=ATS_AUTO,
    body="""Dear Priya Raman,

Congratulations! An offer for the Budget Analyst position is available for you to review.

Please sign in to your candidate home account to review and accept the offer by October 12, 2026.

If you have questions, contact your recruiter, Lorraine Tsu.

Westmark Hospital System Talent Acquisition
""", notes="Workday offer notice; HTML only; names a contact")

add("offer", "Banyan Harbour Bank", "Mei", "Regulatory Reporting Analyst",
    frm="Goh Mei <mei.goh@banyanharbour.com.sg>",
    subj="Letter of Offer - Regulatory Reporting Analyst",
    date="2025-12-03 18:40 +0800", fmt="alt", pdf="LetterOfOffer_RegReporting.pdf", diff="hard",
    body="""Dear Priya,

Further to our discussion, please find attached our Letter of Offer for the role of Regulatory Reporting Analyst.

The offer is subject to satisfactory reference checks and the approval of your Employment Pass. Unfortunately we are unable to extend the acceptance deadline beyond 10 December because of the MAS reporting calendar, so please do let me know soon if you need anything clarified.

Warm regards,
Goh Mei
Talent Acquisition, Banyan Harbour Bank
""", notes="conditional 'subject to'; 'unfortunately'; Singapore")

add("offer", "Groupe Lavandin", "Hélène", "Contrôleur financier (H/F)",
    frm="Hélène Marchetti <helene.marchetti@groupe-lavandin.fr>",
    subj="Proposition d'embauche - Contrôleur financier",
    date="2026-06-03 17:10 +0200", lang="fr", cte="quoted-printable", pdf="Promesse_embauche.pdf",
    body="""Bonjour Priya,

Suite à vos entretiens avec M. Garnier et l'équipe, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au poste de Contrôleur financier (H/F) à Lyon.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération, la date de démarrage envisagée (1er septembre) et les avantages. Merci de nous la retourner signée d'ici le 12 juin.

Bien à vous,
Hélène Marchetti
Chargée de recrutement, Groupe Lavandin
""", notes="French promesse d'embauche; no word 'offre'", diff="hard")
# ---------------------------------------------------------------- application_received
add("application_received", "Harbourline Bank", "", "Financial Analyst, Treasury",
    frm="Harbourline Bank Careers <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Harbourline Bank",
    date="2025-02-11 21:14 -0500",
    body="""Hi Priya,

Thanks for applying for the Financial Analyst, Treasury role at Harbourline Bank. We've received your application and our team will review it shortly.

If your background is a match, a member of our recruiting team will be in touch to discuss next steps.

Best,
Harbourline Bank Talent Acquisition
""", notes="Greenhouse acknowledgement")

add("application_received", "Tamarack Mutual", "", "Senior Accountant",
    frm="Tamarack Mutual Insurance <tamarackmutual@myworkday.com>",
    subj="Thank you for applying: Senior Accountant (R-20418)",
    date="2025-05-19 22:48 -0500", fmt="html", hdrs=ATS_AUTO,
    body="""Dear Priya,

Thank you for applying for the Senior Accountant (R-20418) position at Tamarack Mutual. Your application has been submitted successfully.

You can check the status of your application at any time in your candidate home.

Tamarack Mutual Talent Acquisition
""", notes="Workday HTML-only acknowledgement")

add("application_received", "Brightfield Medical Center", "", "Cost Accountant",
    frm="Brightfield Medical Center <brightfieldmedical@icims.com>",
    subj="Application received - Cost Accountant (Req 5571)",
    date="2025-08-30 07:31 -0400", diff="hard", hdrs=ATS_AUTO,
    body="""Dear Priya,

Thank you for your application for the Cost Accountant position (Req 5571).

Our recruiters review every application. Candidates selected for an interview will be contacted directly. If you are not selected, you may not hear from us individually, but your profile will remain active in our system for other roles.

Brightfield Medical Center Human Resources
""", notes="mentions interview and 'not selected' as future possibilities")

add("application_received", "Thistle Pay", "", "Finance Operations Associate",
    frm="Thistle Pay <no-reply@hire.lever.co>",
    subj="Thanks for applying to Thistle Pay",
    date="2025-02-02 19:05 +0000",
    body="""Hi Priya,

Thank you for your interest in Thistle Pay! We've received your application for the Finance Operations Associate position and will be reviewing it over the coming days.

The Thistle Pay Talent Team
""", notes="Lever acknowledgement")

add("application_received", "Ledgerly", "Jonah", "Revenue Accountant",
    frm="Jonah Whitcombe <jonah@ledgerly.io>",
    subj="Got your application!",
    date="2025-09-22 08:03 -0700", diff="hard",
    hdrs={"X-Mailer": "Ashby"},
    body="""Hi Priya!

Thanks for applying to be our Revenue Accountant. Ledgerly is a small team, so a real human (me) reads every application, usually within a week. You'll hear back from us either way - no ghosting, I promise.

In the meantime, here's a short note on how our finance team works: https://ledgerly.io/blog/finance-at-ledgerly

Cheers,
Jonah
Controller, Ledgerly
""", notes="templated acknowledgement that reads like personal mail")

add("application_received", "Calder Assurance", "", "Actuarial Finance Analyst",
    frm="Calder Assurance Talent <calder@taleo.net>",
    subj="Calder Assurance - Application Confirmation",
    date="2026-03-20 23:17 -0400", hdrs=ATS_AUTO,
    body="""Dear Priya Raman,

Thank you for your interest in Calder Assurance. This confirms that we have received your application for Actuarial Finance Analyst (Job Number 26-0311).

Please do not reply to this message.

Calder Assurance Talent Acquisition
""", notes="Taleo confirmation")

add("application_received", "Banque Ferrand", "", "Contrôleur de gestion (H/F)",
    frm="Banque Ferrand - Recrutement <recrutement@banque-ferrand.fr>",
    subj="Accusé de réception de votre candidature",
    date="2025-04-28 14:50 +0200", lang="fr", hdrs=ATS_AUTO, cte="quoted-printable",
    body="""Madame,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion (H/F) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier est actuellement à l'étude. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
Direction des Ressources Humaines - Banque Ferrand
""", notes="French acknowledgement")

add("application_received", "Hansa Versicherung", "", "Finanzanalyst (m/w/d)",
    frm="Hansa Versicherung <jobs@hansa-versicherung.jobs.personio.de>",
    subj="Your application: Finanzanalyst (m/w/d)",
    date="2025-10-30 16:03 +0100", hdrs=ATS_AUTO,
    body="""Dear Ms Raman,

Thank you for your application as Finanzanalyst (m/w/d) at Hansa Versicherung. We have received your documents and will review them carefully.

We will get back to you as soon as possible.

Kind regards
Your Hansa Versicherung Recruiting Team
""", notes="Personio acknowledgement in English")

add("application_received", "Straits Meridian Bank", "", "Management Associate – Finance",
    frm="Straits Meridian Bank <noreply@smartrecruiters.com>",
    subj="We have received your application",
    date="2025-06-10 12:22 +0800", diff="hard", fmt="alt", hdrs=ATS_AUTO,
    body="""Dear Priya,

Thank you for applying to the Straits Meridian Bank Management Associate – Finance programme.

What happens next: shortlisted applicants will be invited to an online assessment, followed by a video interview and an assessment centre in August. Due to the high volume of applications, only shortlisted candidates will be notified. We regret that we cannot respond to every application individually.

Graduate Recruitment
Straits Meridian Bank
""", notes="describes interviews; 'we regret'")

add("application_received", "Kelso Foods", "", "Plant Controller",
    frm="Kelso Foods <notifications@app.bamboohr.com>",
    subj="Thanks for applying to Kelso Foods",
    date="2025-05-12 06:44 -0500",
    body="""Hi Priya,

Thank you for your interest in the Plant Controller position at Kelso Foods. We have received your application and will review it soon.

Kelso Foods Hiring Team
""", notes="BambooHR acknowledgement")

add("application_received", "Quarry & Oak", "", "Accounts Payable Specialist",
    frm="Quarry & Oak <noreply@candidates.workablemail.com>",
    subj="Quarry & Oak: application received",
    date="2025-02-24 13:39 -0700", diff="hard",
    body="""Hi Priya,

Thanks for applying for the Accounts Payable Specialist position at Quarry & Oak. Your application has been received.

Unfortunately, due to the volume of applications we receive, we are unable to respond to each applicant individually. If we'd like to move forward, someone from our team will contact you.

Quarry & Oak Hiring Team
""", notes="'unfortunately' and 'move forward' in acknowledgement")

add("application_received", "Solent Re", "", "Reinsurance Accountant",
    frm="Solent Re Careers <solentre@mail.teamtailor.com>",
    subj="Thanks for your application, Priya",
    date="2026-06-18 10:11 +0100",
    body="""Hi Priya,

Thanks for applying for the Reinsurance Accountant role at Solent Re! We've got your application and will be in touch once we've had a chance to review it.

Best wishes,
Solent Re People Team
""", notes="Teamtailor acknowledgement")

add("application_received", "Northcrest Credit Union", "", "Accounting Analyst",
    frm="Careers <notifications@jobvite.com>",
    subj="We got it!",
    date="2025-07-28 20:20 -0400", diff="hard", fmt="html",
    body="""Hello Priya,

Your application for Accounting Analyst has landed safely with the team at Northcrest Credit Union.

We read every application and aim to reply within three weeks.

People & Culture
""", notes="company only in body; generic sender")

add("application_received", "Brauwerk Müller GmbH", "", "Controlling Specialist",
    frm="Brauwerk Müller GmbH <jobs@brauwerk-mueller.recruitee.com>",
    subj="Application received: Controlling Specialist",
    date="2026-09-25 11:02 +0200",
    body="""Dear Priya,

Thank you for applying for the Controlling Specialist position at Brauwerk Müller GmbH. We have received your application and will review it as soon as possible.

Best regards,
HR Team
Brauwerk Müller GmbH
""", notes="Recruitee acknowledgement")

add("application_received", "Grupo Marisma", "", "Management Control Analyst",
    frm="Grupo Marisma Talent <grupomarisma@myworkday.com>",
    subj="Grupo Marisma: Application submitted",
    date="2026-04-14 09:00 +0200", hdrs=ATS_AUTO,
    body="""Dear Priya Raman,

Thank you for submitting your application for Management Control Analyst (JR-1187). Our team will evaluate your profile and contact you if it matches our requirements.

Grupo Marisma Talent
""", notes="Workday acknowledgement")

add("application_received", "Larchmont Retail", "", "Store Finance Analyst",
    frm="Olivia from Larchmont Retail <olivia@paradox.ai>",
    subj="Thanks for applying to Larchmont Retail!",
    date="2025-08-19 13:02 -0400", diff="hard",
    body="""Hi Priya! Thanks for applying for the Store Finance Analyst role at Larchmont Retail. I'm Olivia, Larchmont's virtual assistant.

Our team is reviewing your answers. If your experience is a match, I'll text you to set up an interview with a hiring manager. Keep an eye on your phone!

Olivia
""", notes="chatbot; mentions setting up an interview")

# ---------------------------------------------------------------- auto_reply
OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

add("auto_reply", "Harbourline Bank", "Mónica", "",
    frm="Mónica Reyes <mreyes@harbourlinebank.com>",
    subj="Automatic reply: Thank you - Treasury interview",
    date="2025-03-10 08:01 -0400", hdrs=OOO, reply=True,
    body="""I am out of the office and will be back on 3/14. For urgent treasury matters, please contact treasury.ops@harbourlinebank.com.

Mónica
""", ret="2025-03-14", notes="'back on 3/14'; subject mentions interview")

add("auto_reply", "Ashgrove & Pell", "Teresa", "Audit Associate",
    frm="Teresa Lindqvist <tlindqvist@ashgrovepell.com>",
    subj="Re: Audit Associate - a few questions",
    date="2026-03-04 12:10 -0500", reply=True, diff="hard",
    body="""Thank you for your message. I am attending our campus recruiting events and will be returning Monday 9 March. I'll respond to emails then.

Teresa Lindqvist
Campus & Experienced Recruiting | Ashgrove & Pell LLP
""", ret="2026-03-09", notes="no auto-reply headers; plain 'Re:' subject")

add("auto_reply", "Kilbride Components", "Ciarán", "FP&A Analyst",
    frm="Ciarán Ó Broin <ciaran.obroin@kilbride-components.ie>",
    subj="Out of Office: FP&A Analyst - references",
    date="2026-03-12 10:44 +0000", hdrs={"Auto-Submitted": "auto-replied",
                                         "X-Auto-Response-Suppress": "All"}, reply=True,
    body="""Hi,

I'm on annual leave until 2026-03-20 inclusive and will be back in the office on 2026-03-23. For anything urgent please contact finance@kilbride-components.ie.

Ciarán
""", ret="2026-03-23", notes="ISO dates; 'inclusive'")

add("auto_reply", "Corvina Retail Group", "Mara", "",
    frm="Mara Delgado <mdelgado@corvinagroup.com>",
    subj="Automatic reply: Following up",
    date="2026-01-06 09:30 -0800", hdrs=OOO, reply=True,
    body="""Thank you for your email. I no longer work at Corvina Retail Group. Please contact talent@corvinagroup.com or Jesse Park (jpark@corvinagroup.com) for recruiting questions.
""", notes="no longer with company")

add("auto_reply", "Tidemark Payments", "", "",
    frm="Tidemark Recruiting <recruiting@tidemark.com>",
    subj="Re: Question about my case study",
    date="2025-12-09 07:15 -0800", reply=True, diff="hard", hdrs={"Precedence": "auto_reply"},
    body="""This mailbox is not monitored. If you are an active candidate, please reply directly to the email from your recruiter or use your candidate portal.

Tidemark Recruiting
""", notes="unmonitored mailbox; Precedence only")

add("auto_reply", "Driftwood Credit Union", "Renata", "Internal Auditor",
    frm="Renata Okafor-Lind <rokaforlind@driftwoodcu.org>",
    subj="Automatic reply: Internal Auditor - thank you",
    date="2025-12-15 11:00 -0700", hdrs={"X-Autoreply": "yes"}, reply=True, diff="hard",
    body="""Hello,

I am on parental leave and will be returning sometime in the spring. During my leave please contact Gabe Morales (gmorales@driftwoodcu.org) for HR matters, including anything related to open positions or interviews.

Renata
""", notes="parental leave; vague return; mentions interviews")

add("auto_reply", "Rheinfeld Bank", "Katharina", "",
    frm="Katharina Vogt <katharina.vogt@rheinfeld-bank.de>",
    subj="Abwesenheitsnotiz: Rückfrage zum Vertrag",
    date="2026-10-08 09:02 +0200", lang="de", reply=True,
    hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin derzeit nicht im Büro und ab Montag, den 19. Oktober 2026 wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@rheinfeld-bank.de.

Mit freundlichen Grüßen
Katharina Vogt
""", ret="2026-10-19", notes="German Abwesenheitsnotiz")

add("auto_reply", "Groupe Lavandin", "Hélène", "",
    frm="Hélène Marchetti <helene.marchetti@groupe-lavandin.fr>",
    subj="Réponse automatique : Question sur la promesse d'embauche",
    date="2026-08-05 15:33 +0200", lang="fr", reply=True, hdrs=OOO, cte="quoted-printable",
    body="""Bonjour,

Je suis actuellement en congés et serai de retour le lundi 24 août. Pendant mon absence, vous pouvez contacter rh@groupe-lavandin.fr.

Cordialement,
Hélène Marchetti
""", ret="2026-08-24", notes="French absence message; date without year")

add("auto_reply", "Maple Ridge Financial", "Devika", "Budget Analyst",
    frm="Devika Sharma <devika.sharma@mapleridgefinancial.ca>",
    subj="Automatic reply: Interview availability - Budget Analyst",
    date="2026-01-08 14:22 -0500", hdrs=OOO, reply=True, diff="hard",
    body="""Thanks for your note. I'm out of the office until the end of the week and will be back Monday. For urgent FP&A matters, please contact Dan Whitby.
""", ret="2026-01-12", notes="subject contains 'interview'; relative 'back Monday'")

add("auto_reply", "Orchid Bay Capital", "Wei Ling", "Fund Accountant",
    frm="Tan Wei Ling <weiling.tan@orchidbaycap.sg>",
    subj="Out of office: Fund Accountant - availability",
    date="2026-01-30 17:05 +0800", hdrs=OOO, reply=True,
    body="""Thank you for your email. I am on leave from 2 Feb to 6 Feb and will be back in the office on 9 Feb. Please contact fundops@orchidbaycap.sg for urgent matters.

Wei Ling
""", ret="2026-02-09", notes="day-month dates without year")

add("auto_reply", "Westmark Hospital System", "Lorraine", "Financial Reporting Analyst",
    frm="Lorraine Tsu <ltsu@westmarkhealth.org>",
    subj="Re: Financial Reporting Analyst - follow-up",
    date="2026-04-22 06:30 -0400", hdrs={"X-Autoreply": "yes"}, reply=True, diff="hard",
    body="""I'm at the HFMA conference this week with limited access to email. If your message is about interview scheduling for the finance team, please contact our recruiting partner at finance.recruiting@westmarkhealth.org. Otherwise I'll reply as soon as I can.

Lorraine Tsu
Director, Financial Reporting
""", notes="conference OOO mentions interview scheduling; no date")

add("auto_reply", "Cobalt Ridge Partners", "Elena", "Transaction Services Associate",
    frm="Elena Varga <elena.varga@cobaltridge.com>",
    subj="Re: Transaction Services Associate - thank you",
    date="2025-05-21 22:14 -0400", reply=True, diff="hard",
    body="""Thanks for your email. I'm travelling with limited access and will respond on my return on the 27th.

Elena Varga
Director, Transaction Services | Cobalt Ridge Partners LLP
""", ret="2025-05-27", notes="no headers; return date as day of month only")

add("auto_reply", "Banco Cierzo", "Marta", "Analista de Riesgos",
    frm="Marta Gil <marta.gil@bancocierzo.es>",
    subj="Respuesta automática: Entrevista - Analista de Riesgos",
    date="2025-12-22 10:00 +0100", lang="es", hdrs=OOO, reply=True,
    body="""Hola,

Estaré fuera de la oficina por vacaciones de Navidad y volveré el 7 de enero. Para asuntos urgentes, escribe a seleccion@bancocierzo.es.

Saludos,
Marta Gil
""", ret="2026-01-07", notes="Spanish; return date in next year; subject says 'Entrevista'")

add("auto_reply", "St. Brendan's Health", "", "Payroll Accountant",
    frm="St. Brendan's Health Payroll <payroll.recruiting@stbrendans.org>",
    subj="Automatic reply: Payroll Accountant application",
    date="2025-11-03 13:40 -0600", hdrs=OOO, reply=True,
    body="""Thank you for contacting St. Brendan's Health. This mailbox is checked periodically. For status updates on your application, please log in to your candidate account. We are unable to respond to individual status inquiries by email.
""", notes="shared mailbox auto-reply; no return date")
# ---------------------------------------------------------------- other
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://example-mail.net/unsub>"}

add("other", frm="JobLink Alerts <alerts@joblink-mail.com>",
    subj="15 new jobs for Financial Analyst in Toronto, ON",
    date="2026-02-16 06:02 -0500", fmt="alt", hdrs=BULK,
    body="""Priya, here are today's new jobs matching your alert "Financial Analyst - Toronto":

Financial Analyst, Commercial Banking - Harbourfront Trust - Toronto, ON
FP&A Analyst - Northern Pines Retail - Mississauga, ON
Senior Financial Analyst - Lakeshore Logistics - Toronto, ON (Hybrid)
Budget Analyst - City agency - Toronto, ON
... and 11 more

Easy Apply available on 6 of these jobs.

You are receiving this because you created a job alert. Manage alerts | Unsubscribe
""", notes="job alert digest")

add("other", frm="Indeedly <no-reply@indeedly-alerts.com>",
    subj="FP&A Analyst jobs in Dublin - apply now",
    date="2025-06-30 07:15 +0100", fmt="html", hdrs=BULK,
    body="""New jobs for "FP&A Analyst" near Dublin

FP&A Analyst - Liffey Medical Devices - Galway - 'Responded to 80% of applications in the past 30 days'
Financial Planning Analyst - Harp Telecom - Dublin 2
Commercial Finance Analyst - Foxrock Foods - Dublin 18

See all jobs
""", notes="job alert")

add("other", frm="The Ledger Line <newsletter@theledgerline.co>",
    subj="After the final round: bouncing back from a rejection",
    date="2026-03-01 08:00 -0500", diff="hard", fmt="alt", hdrs=BULK,
    body="""THE LEDGER LINE - careers for finance people

This week: you made it to the final round, the interview felt great, and then an email arrives: "We have decided to move forward with another candidate." What now?

We asked three controllers how they handled rejection early in their careers, and what they look for when they interview candidates the second time around.

Also inside: the offer negotiation checklist, and why "we'll keep your resume on file" sometimes means exactly that.

Read more on theledgerline.co
Unsubscribe
""", notes="newsletter about rejection; quotes rejection phrasing")

add("other", frm="Balance Sheet Banter <hello@bsbanter.fm>",
    subj="New episode: Interview with the CFO of Quaystone Pay",
    date="2025-11-12 12:00 -0800", diff="hard", fmt="html", hdrs=BULK,
    body="""Episode 88 is live!

In this week's interview, we sit down with Ana Bright, CFO of Quaystone Pay, to talk about building a finance team from scratch, the first FP&A hire, and why she still reviews every offer letter herself.

Listen on your favourite podcast app.

You're receiving this because you subscribed to Balance Sheet Banter.
""", notes="podcast 'interview' and 'offer letter'; names a company she applied to")

add("other", frm="Harbourline Bank Alerts <alerts@notify.harbourlinebank.com>",
    subj="Your debit card transaction was declined",
    date="2025-08-09 19:47 -0400", diff="hard",
    body="""Harbourline Bank

Unfortunately, a transaction on your debit card ending in 0917 was declined.

Merchant: IRONLIFT GYM #12
Amount: $59.00
Reason: insufficient available balance

If you recognize this transaction, no action is needed. Questions? Call the number on the back of your card.
""", notes="bank alert from a bank she also applied to; 'declined'")

add("other", frm="Fairway Brokerage <service@fairwaybrokerage.com>",
    subj="Order rejected: limit order VTI",
    date="2025-04-07 09:31 -0400", diff="hard",
    body="""Your order was rejected.

Account: Individual ****3821
Order: Buy 10 VTI, limit $238.50, good for day
Reason: Limit price is outside the allowable range for this security.

You can review or place a new order in the Fairway app.
""", notes="brokerage 'order rejected'")

add("other", frm="TaxNest <notices@taxnest.com>",
    subj="Action needed: your federal return was rejected",
    date="2026-02-21 14:02 -0500", diff="hard", fmt="alt",
    body="""Hi Priya,

The IRS rejected your 2025 federal e-file. Don't worry - this is common and usually easy to fix.

Rejection code: IND-031-04 (the prior-year AGI you entered does not match IRS records).

Sign in to TaxNest to correct it and re-submit. You have 5 days to fix and re-transmit on time.

The TaxNest Team
""", notes="tax software e-file rejection")

add("other", frm="CPA Exam Services <noreply@cpaexamservices.org>",
    subj="Your Notice to Schedule (NTS) is ready",
    date="2025-12-02 10:00 -0500", diff="hard",
    body="""Dear Priya Raman,

Your application for the Financial Accounting and Reporting (FAR) section of the Uniform CPA Examination has been approved. Your Notice to Schedule is now available in your account.

You may now schedule your exam appointment with the testing provider. Your NTS expires on June 1, 2026.

CPA Examination Services
""", notes="CPA exam 'application approved' and scheduling")

add("other", frm="CPA Exam Services <noreply@cpaexamservices.org>",
    subj="Score Release Notification",
    date="2026-04-14 08:30 -0400", diff="hard",
    body="""Dear Candidate,

A new score has been posted to your account for the Auditing and Attestation (AUD) section. Sign in to view your score.

Scores of 75 or above are passing. If you did not pass, you may reapply for this section at any time.

Please do not reply to this email.
""", notes="exam score notice; 'did not pass'")

add("other", frm="IronLift Gym <offers@ironliftgym.com>",
    subj="Exclusive offer: 20% off your annual membership",
    date="2026-01-02 07:00 -0500", fmt="html", hdrs=BULK, cte="base64",
    body="""New year, new PR.

For a limited time, members get 20% off when they switch to an annual plan. This offer expires January 15.

Claim your offer at the front desk or in the app.

IronLift Gym - Unit 12
Unsubscribe
""", notes="marketing 'offer'; base64 HTML")

add("other", frm="Halloran School of Business Alumni <alumni@halloran.edu>",
    subj="Alumni mentoring night: mock interviews with finance leaders",
    date="2025-09-15 11:00 -0400", diff="hard", fmt="alt", hdrs=BULK,
    body="""Dear Priya,

Join fellow Halloran alumni on Thursday, October 2 for our fall mentoring night. Finance leaders from banks and Big Four firms will run 20-minute mock interviews and resume reviews.

Seats are limited - RSVP by September 26.

Halloran School of Business, Office of Alumni Relations
""", notes="alumni event; mock interviews with a date")

add("other", frm="Northaven Outfitters <orders@northaven.com>",
    subj="Your order has shipped!",
    date="2025-10-20 16:40 -0700", fmt="html",
    body="""Good news, Priya - your order #NH-448120 is on its way.

1 x Merino Blazer, Charcoal, Size S
1 x Leather Portfolio Folder

Track your package: https://northaven.com/track/NH-448120
""", notes="shopping receipt (interview outfit)")

add("other", "", "Sandeep", "Accounts Payable Lead",
    frm="Sandeep Kumar <sandeep.k@apexsyncstaffing.com>",
    subj="Urgent Req: Accounts Payable Lead - Jersey City, NJ - 6 months contract",
    date="2025-07-22 10:58 -0400", diff="hard",
    body="""Hi,

Hope you are doing great!

This is Sandeep from ApexSync Staffing. I came across your profile and have an urgent requirement with one of our direct clients. Please go through the JD below and reply with your updated resume, rate and availability for a quick call. Client is looking to interview this week.

Role: Accounts Payable Lead
Location: Jersey City, NJ (Onsite 3 days)
Duration: 6 months + extension
Must have: SAP, 3-way match, vendor master

Thanks & Regards,
Sandeep Kumar | Sr. Technical Recruiter
ApexSync Staffing Inc.
To unsubscribe please reply with REMOVE in the subject.
""", notes="recruiter mass mailing; 'interview this week'")

add("other", frm="ProLink <notifications@prolink-mail.com>",
    subj="Your application was viewed by Tamarack Mutual",
    date="2025-05-24 12:12 -0500", diff="hard", fmt="html", hdrs=BULK,
    body="""Priya, your application was viewed

Tamarack Mutual viewed your application for Senior Accountant.

See 12 similar jobs
Unsubscribe from this type of email
""", notes="social network notification naming an employer and role")

add("other", "", "Ananya", "",
    frm="Ananya Iyer <ananya.iyer88@gmail.com>",
    subj="I GOT IT!!!",
    date="2026-05-29 21:45 -0400", diff="hard",
    body="""Priyaaa

They called this afternoon - I got the offer from the consulting firm!! After that awful case interview I was sure it was a rejection. Starting in August.

Drinks on me Saturday? Also tell me how your Cobalt Ridge superday prep is going, I want every detail.

A
""", notes="friend's personal news; 'offer', 'interview', 'rejection'")

add("other", "", "Rohan", "",
    frm="Rohan Mehta <rohan.mehta@outlook.com>",
    subj="Fwd: Senior FP&A Analyst - Banyan Harbour Bank",
    date="2025-11-02 09:20 +0800", diff="hard",
    body="""Saw this and thought of you straight away. My cousin's team, she says they interview fast. Want me to pass on your CV?

R

---------- Forwarded message ---------
From: Banyan Harbour Careers <careers@banyanharbour.com.sg>
Date: Sat, 1 Nov 2025 at 10:02
Subject: Senior FP&A Analyst - Banyan Harbour Bank

We're hiring a Senior FP&A Analyst in Singapore. Responsibilities include monthly management reporting, budgeting and forecasting. Shortlisted candidates will be contacted for an interview.
""", notes="friend forwards a posting")

add("other", frm="Parkview Lofts Leasing <leasing@parkviewlofts.com>",
    subj="Update on your rental application - Unit 4B",
    date="2026-07-14 15:15 -0400", diff="hard",
    body="""Dear Priya,

Thank you for applying to lease Unit 4B at Parkview Lofts. After reviewing your application and screening report, we are unable to approve your application at this time because your verified income does not meet the 3x rent requirement.

You may reapply with a guarantor. A copy of the screening report is available on request.

Parkview Lofts Leasing Office
""", notes="apartment application not approved")

add("other", frm="Maple Leaf Rewards Card <offers@mlrcard.ca>",
    subj="Priya, you're pre-approved!",
    date="2026-03-04 10:00 -0500", fmt="html", hdrs=BULK,
    body="""Congratulations, Priya! You're pre-approved for the Maple Leaf Rewards Visa.

Accept this offer today and earn 30,000 bonus points.

Offer expires April 30, 2026. Terms and conditions apply.
""", notes="credit card pre-approval 'offer'")

add("other", "", "Monica", "",
    frm="AFP Annual Conference <speakers@afpconference.org>",
    subj="Session proposal decision: 'Driver-Based Forecasting for Mid-Size Insurers'",
    date="2025-05-08 17:00 -0400", diff="hard",
    body="""Dear Priya Raman,

Thank you for submitting a session proposal to the 2025 AFP Annual Conference. We received more than 900 proposals this year.

We regret to inform you that your proposal was not accepted for the program. Reviewer comments are available in the speaker portal.

We hope you will attend the conference and consider submitting again next year.

Monica Ferris
Program Chair
""", notes="conference proposal not accepted")

add("other", frm="Northaven Outfitters <returns@northaven.com>",
    subj="Your return request was declined",
    date="2025-12-01 11:30 -0800", diff="hard",
    body="""Hi Priya,

We've reviewed your return request for order #NH-448120. Unfortunately, we're unable to accept this return because the item was returned after the 30-day window.

The item will be shipped back to you at no charge.

Northaven Customer Care
""", notes="shopping return declined")

add("other", frm="Keystone CPA Review <events@keystonecpareview.com>",
    subj="Free webinar: acing the FP&A case interview",
    date="2026-06-03 09:00 -0400", fmt="alt", hdrs=BULK, diff="hard",
    body="""Live webinar - Wednesday, June 10 at 12:00 PM ET

Join Keystone CPA Review and a panel of hiring managers for a practical session on case interviews for FP&A and accounting roles: what interviewers look for, how to structure a variance analysis, and how to answer "walk me through the three statements".

Register now - seats are limited.

Keystone CPA Review | Unsubscribe
""", notes="webinar with a definite time about interviews")

add("other", frm="XING Stellenmarkt <jobs@mail.xing.com>",
    subj="Neue Jobs für Controller in Frankfurt am Main",
    date="2026-08-31 07:30 +0200", lang="de", fmt="html", hdrs=BULK,
    body="""Hallo Priya,

wir haben 9 neue Stellenangebote für Sie gefunden:

Controller (m/w/d) - Mainufer Logistik GmbH - Frankfurt am Main
Referent Konzerncontrolling (m/w/d) - Taunus Energie AG - Eschborn
Financial Analyst (m/w/d) - Skyline Payments - Frankfurt am Main

Alle Jobs ansehen

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
""", notes="German job alert")

add("other", frm="Glassnote <digest@glassnote.com>",
    subj="New interview reviews for Harbourline Bank",
    date="2025-03-01 10:00 -0500", fmt="html", hdrs=BULK, diff="hard",
    body="""People are talking about Harbourline Bank

"Interview process: phone screen with recruiter, then a case study and a panel. Got an offer after 3 weeks." - Financial Analyst

"Very slow process, never heard back after the final interview." - Treasury Analyst

See all 42 interview reviews
""", notes="employer review site digest with 'offer' and 'interview'")

add("other", "", "Colleen", "",
    frm="Halloran School of Business <gradadmissions@halloran.edu>",
    subj="Your admission decision - Master of Accountancy",
    date="2026-03-19 16:00 -0400", diff="hard", fmt="alt",
    body="""Dear Priya,

Congratulations! I am delighted to offer you admission to the Master of Accountancy (MAcc) program, part-time track, beginning Fall 2026.

To accept your place, please submit your enrollment deposit by April 15.

Sincerely,
Colleen Marsh
Director of Graduate Admissions
""", notes="graduate school admission 'offer'")

add("other", frm="Banque Ferrand <info@communication.banque-ferrand.fr>",
    subj="Offre exclusive : -20 % sur vos frais de tenue de compte",
    date="2025-06-12 10:00 +0200", lang="fr", fmt="html", hdrs=BULK, diff="hard",
    body="""Bonjour,

Profitez de notre offre exclusive : -20 % sur vos frais de tenue de compte pendant un an pour toute ouverture de compte avant le 30 juin.

Conditions en agence ou sur banque-ferrand.fr.

Pour vous désinscrire, cliquez ici.
""", notes="French bank marketing 'offre' from an employer she applied to")

add("other", frm="Keystone CPA Review <billing@keystonecpareview.com>",
    subj="Receipt for your order #KCR-20931",
    date="2025-01-21 13:22 -0500",
    body="""Thank you for your purchase!

CPA Review - FAR Premium Course (12 months)    $899.00
Discount (student)                             -$90.00
Total charged to Visa ending 4417              $809.00

Your course access begins today.
""", notes="receipt")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(MAILS)))
    random.Random(12).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(n, m))
        rows.append({
            "file": name, "label": m["label"], "company": m["company"],
            "contact_first_name": m["contact"], "role": m["role"], "return_date": m["ret"],
            "lang": m["lang"], "difficulty": m["diff"], "notes": m["notes"],
            "interview_at": m["iat"],
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
