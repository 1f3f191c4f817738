#!/usr/bin/env python3
"""Generate the blind50 evaluation corpus (stdlib only).

Writes tests/corpus/blind50/NNN.eml and tests/corpus/blind50/labels.csv.
Job seeker: Aoife Brennan, supply-chain planner in Dublin. All people and companies are fictional.
Run: python tests/corpus/make_blind50.py
"""

from __future__ import annotations

import csv
import datetime as dt
import html as htmlmod
import random
from email import policy, utils
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).with_name("blind50")
ME = "Aoife Brennan <aoife.brennan.scm@gmail.com>"
ME_ADDR = "aoife.brennan.scm@gmail.com"
DUB = ZoneInfo("Europe/Dublin")
LON = ZoneInfo("Europe/London")
CET = ZoneInfo("Europe/Berlin")
PAR = ZoneInfo("Europe/Paris")
MAD = ZoneInfo("Europe/Madrid")
NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")

RNG = random.Random(5050)
random.seed(5050)  # email boundaries use the module RNG
ITEMS: list[tuple[dict[str, str], EmailMessage]] = []
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
          "difficulty", "notes", "interview_at"]


def t(y: int, m: int, d: int, h: int = 9, mi: int = 0, tz: ZoneInfo = DUB) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=tz)


def day(d: dt.datetime) -> str:
    """'Thursday 12 March'"""
    return f"{d:%A} {d.day} {d:%B}"


def clock(d: dt.datetime) -> str:
    """'2.30pm' / '10am'"""
    h = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{h}{suf}" if d.minute == 0 else f"{h}.{d.minute:02d}{suf}"


def h24(d: dt.datetime) -> str:
    return f"{d:%H:%M}"


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "\n".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras
    )
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + body + "\n</body></html>\n")


def quote(intro: str, text: str) -> str:
    return intro + "\n" + "\n".join("> " + ln if ln else ">" for ln in text.strip().splitlines())


def mid(domain: str) -> str:
    return f"<{RNG.getrandbits(64):016x}.{RNG.getrandbits(32):08x}@{domain}>"


def ics(summary: str, start: dt.datetime, minutes: int, organizer: str, location: str) -> str:
    end = start + dt.timedelta(minutes=minutes)
    s = start.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    e = end.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Calendar Export//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{RNG.getrandbits(64):016x}@calendar\r\n"
        f"DTSTAMP:{s}\r\nDTSTART:{s}\r\nDTEND:{e}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        f"ORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
        *, frm: str, subj: str, date: dt.datetime, body: str, kind: str = "plain",
        cte: str | None = None, hdrs: tuple[tuple[str, str], ...] = (), reply: str | None = None,
        pdf: str | None = None, cal: str | None = None, cal_attach: bool = False,
        ret: str = "", iv: dt.datetime | None = None, to: str = ME, html: str | None = None) -> None:
    m = EmailMessage()
    addr = utils.parseaddr(frm)[1]
    domain = addr.split("@")[-1] or "mail.example"
    m["Delivered-To"] = ME_ADDR
    m["Return-Path"] = f"<{addr}>"
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = utils.format_datetime(date)
    m["Message-ID"] = mid(domain)
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    for k, v in hdrs:
        m[k] = v
    m["MIME-Version"] = "1.0"
    body = body.strip("\n") + "\n"
    hbody = html if html is not None else to_html(body)
    if kind == "plain":
        m.set_content(body, cte=cte) if cte else m.set_content(body)
    elif kind == "html":
        m.set_content(hbody, subtype="html", cte=cte) if cte else m.set_content(hbody, subtype="html")
    else:  # alt
        m.set_content(body, cte=cte) if cte else m.set_content(body)
        m.add_alternative(hbody, subtype="html", cte=cte) if cte else m.add_alternative(hbody, subtype="html")
    if cal:
        if cal_attach:
            m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics")
        else:
            m.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
    if pdf:
        m.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    row = {"label": label, "company": company, "contact_first_name": contact, "role": role,
           "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
           "interview_at": iv.isoformat() if iv else ""}
    ITEMS.append((row, m))


def me_mid() -> str:
    return f"<CAK{RNG.getrandbits(80):020X}@mail.gmail.com>"


AUTO = (("Auto-Submitted", "auto-generated"),)
NOREPLY_LIST = (("Precedence", "bulk"),)

# --------------------------------------------------------------------------- rejections (26)
def rejections() -> None:
    add("rejection", "Corrib Freight Logistics", "", "Supply Chain Planner", "en", "easy",
        "Workday template; 'won't be progressing'",
        frm="Corrib Freight Logistics <corribfreight@myworkday.com>",
        subj="Your application for Supply Chain Planner (R-04417)",
        date=t(2025, 2, 11, 16, 42, DUB), kind="alt", hdrs=AUTO, body="""
Dear Aoife,

Thank you for applying for the Supply Chain Planner position (R-04417) at Corrib Freight Logistics.

We received a large number of applications and, having reviewed yours carefully against the requirements of the role, we won't be progressing your application on this occasion.

We'd encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Talent Acquisition
Corrib Freight Logistics Ltd

This email was sent from an unmonitored address. Please do not reply.
""")
    add("rejection", "Ballymount Pharma Manufacturing", "Niamh", "Materials Planner", "en", "hard",
        "after final round; 'different direction'; no negative keywords like unfortunately",
        frm="Niamh Gallagher <niamh.gallagher@ballymountpharma.ie>",
        subj="Re: Materials Planner - final interview",
        date=t(2025, 3, 6, 11, 5, DUB), reply=me_mid(), body="""
Hi Aoife,

Thanks again for coming out to the site last Thursday and for sitting through the panel with Declan and Rory - I know it was a long afternoon.

I wanted to ring you but kept missing you, so a note instead. The team has gone a different direction for this hire. They felt another candidate's hands-on SAP APO experience in a sterile fill-finish environment tipped it, and it was genuinely close.

Your S&OP case was one of the better ones we saw, and I'd be glad to put your name forward the next time a planning role opens in Ballymount.

All the best,
Niamh

Niamh Gallagher
Talent Partner | Ballymount Pharma Manufacturing DAC
Ballymount Road Upper, Dublin 24
""")
    add("rejection", "Northgate Grocers", "", "Demand Planner", "en", "easy",
        "Greenhouse rejection",
        frm="Northgate Grocers Recruitment <no-reply@us.greenhouse-mail.io>",
        subj="Update on your Northgate Grocers application",
        date=t(2025, 4, 2, 9, 18, LON), kind="html", hdrs=AUTO, body="""
Hi Aoife,

Thank you for your interest in the Demand Planner role at Northgate Grocers and for the time you put into your application.

After careful review, we have decided to move forward with other candidates whose experience more closely aligns with what we need right now.

We wish you every success with your search.

The Northgate Grocers Talent Team
""")
    add("rejection", "Tolka Beverages", "Ciarán", "Inventory Planner", "en", "hard",
        "very short personal note; 'not going to work out'; signs with first name only",
        frm="=?utf-8?q?Ciar=C3=A1n_Ó_Súilleabháin?= <ciaran.osullivan@tolkabev.ie>".replace("Ó_Súilleabháin", "O_Sullivan"),
        subj="Inventory Planner",
        date=t(2025, 5, 14, 18, 2, DUB), body="""
Aoife - just to close the loop, this one isn't going to work out. We've given it to someone who's been covering the role internally since March. Sorry, I know you were keen.

Ciarán
Tolka Beverages
""")
    add("rejection", "Pennine Cold Chain", "", "Logistics Planner", "en", "easy",
        "Workable; 'unsuccessful on this occasion'",
        frm="Pennine Cold Chain <noreply@candidates.workablemail.com>",
        subj="Logistics Planner at Pennine Cold Chain",
        date=t(2025, 6, 3, 10, 31, LON), kind="alt", body="""
Hi Aoife,

Thanks for applying to be our Logistics Planner in Wakefield.

We're sorry to tell you that your application has been unsuccessful on this occasion. We appreciate the time you took and hope you'll consider us again in future.

Best wishes,
Pennine Cold Chain Ltd
Powered by Workable
""")
    add("rejection", "Hollybrook Retail Group", "Gemma", "Replenishment Analyst", "en", "hard",
        "warm rejection plus 'keep in touch' and referral offer; mentions next interview stage",
        frm="Gemma Rawlinson <g.rawlinson@hollybrook.co.uk>",
        subj="Replenishment Analyst - thank you",
        date=t(2025, 7, 22, 14, 12, LON), body="""
Hello Aoife,

I really enjoyed our video call on Friday, thank you for making time at short notice.

I've now spoken to the hiring manager, and we've agreed to take two other candidates through to the next interview stage, so I'm afraid we won't be inviting you forward this time. The feedback was that your planning background is strong but lighter on store-level replenishment than the others.

That said, I'd like to keep in touch. Our Dublin distribution team is recruiting in the autumn and I'd happily introduce you to their head of planning if that appeals.

Best,
Gemma Rawlinson
Senior Talent Acquisition Partner
Hollybrook Retail Group plc | Leeds
""")
    add("rejection", "Spire Pharma Services", "", "Production Scheduler", "en", "hard",
        "post-interview ATS rejection that mentions interview prominently; SmartRecruiters",
        frm="Spire Pharma Services <jobs@smartrecruiters.com>",
        subj="Production Scheduler - interview outcome",
        date=t(2025, 8, 19, 12, 55, DUB), kind="html", hdrs=AUTO, body="""
Dear Aoife Brennan,

Thank you for attending the interview for the Production Scheduler role at our Ringaskiddy site. We appreciated the opportunity to learn more about you.

Following the interview, the panel has now completed its assessment and you have not been selected for this position.

We will retain your details for six months in line with our privacy notice.

Regards,
Recruitment Team, Spire Pharma Services
""")
    add("rejection", "Wexford Harbour Seafoods", "Pádraig", "Supply Chain Coordinator", "en", "hard",
        "informal; 'we've gone with' someone else; no keywords; signed '- P' but full name in signature",
        frm="Padraig Kinsella <pkinsella@wexfordharbour.ie>",
        subj="Re: Coordinator role",
        date=t(2025, 9, 9, 8, 15, DUB), reply=me_mid(), body="""
Morning Aoife,

Thanks for the follow up. We've gone with a candidate from the Rosslare side who knows the ferry schedules inside out, so we're sorted for the Supply Chain Coordinator job for now.

Appreciate you coming down to Wexford to meet us. Best of luck with it all.

- P

Pádraig Kinsella
Operations Manager
Wexford Harbour Seafoods
""" + "\n" + quote("On Mon, 8 Sept 2025 at 19:40, Aoife Brennan <aoife.brennan.scm@gmail.com> wrote:",
                   "Hi Pádraig,\nJust checking in on the Supply Chain Coordinator role - any update after our chat on the 28th?\nThanks,\nAoife"))
    add("rejection", "Laboratoires Belcourt", "Camille", "Planificatrice Supply Chain (H/F)", "fr", "easy",
        "French rejection",
        frm="Camille Rousseau <c.rousseau@belcourt-labs.fr>",
        subj="Votre candidature - Planificatrice Supply Chain (H/F)",
        date=t(2025, 10, 28, 15, 20, PAR), body="""
Bonjour Madame Brennan,

Nous vous remercions de l'intérêt que vous portez à Laboratoires Belcourt et du temps consacré à notre entretien téléphonique.

Après examen attentif, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Planificatrice Supply Chain (H/F) sur notre site de Lyon. Nous avons retenu un profil disposant d'une expérience plus longue en environnement GMP.

Nous conservons votre CV dans notre base et nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Camille Rousseau
Chargée de recrutement
Laboratoires Belcourt S.A.
""")
    add("rejection", "Kranz Pharmalogistik GmbH", "", "Supply Chain Planer (m/w/d)", "de", "easy",
        "German Personio rejection",
        frm="Kranz Pharmalogistik GmbH <noreply@kranz-pharmalogistik.jobs.personio.de>",
        subj="Ihre Bewerbung als Supply Chain Planer (m/w/d)",
        date=t(2025, 11, 12, 10, 4, CET), hdrs=AUTO, kind="alt", body="""
Sehr geehrte Frau Brennan,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kranz Pharmalogistik GmbH.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung für die Position Supply Chain Planer (m/w/d) nicht weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kranz Pharmalogistik GmbH
""")
    add("rejection", "Transportes Aranda", "Lucía", "Planificadora de Transporte", "es", "hard",
        "Spanish; rejection after interviews; mentions 'oferta' (offer accepted by another candidate)",
        frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@transportesaranda.es>",
        subj="Proceso de selección - Planificadora de Transporte",
        date=t(2025, 12, 4, 17, 45, MAD), body="""
Hola Aoife:

Gracias por tu paciencia durante el proceso y por las dos entrevistas que hiciste con nosotros.

Te escribo para comunicarte que otra candidata ha aceptado nuestra oferta para el puesto de Planificadora de Transporte, por lo que cerramos el proceso contigo. Nos ha gustado mucho tu perfil y tu español, de verdad.

Si en el futuro abrimos una posición relacionada con la ruta Irlanda - España, me pondré en contacto contigo.

Un saludo,
Lucía Ferrer
Responsable de Selección
Transportes Aranda S.L.
""")
    add("rejection", "Boyne Valley Bakeries", "", "Demand Planning Analyst", "en", "easy",
        "BambooHR rejection",
        frm="Boyne Valley Bakeries <notifications@app.bamboohr.com>",
        subj="Thank you for applying to Boyne Valley Bakeries",
        date=t(2026, 1, 13, 9, 2, DUB), kind="html", body="""
Hi Aoife,

Thank you for applying for our Demand Planning Analyst position in Navan.

We have reviewed your application and unfortunately we will not be moving forward with your candidacy. We'll keep your CV on file and may reach out if a more suitable position opens up.

Kind regards,
Boyne Valley Bakeries
""")
    add("rejection", "Castlegate Medical Devices", "Oisín", "Senior Supply Planner", "en", "hard",
        "'not the right match at this time'; positive tone; on_hold-like 'for now'",
        frm="Oisín Dunne <odunne@castlegatemed.com>",
        subj="Senior Supply Planner - update",
        date=t(2026, 1, 29, 13, 36, DUB), kind="alt", body="""
Hi Aoife,

Thanks for your patience over the past few weeks. I've had a proper conversation with Sinéad, our Director of Supply Chain, about where we've landed.

We don't think you're the right match for the Senior Supply Planner role at this time. The role has drifted towards managing the three-person planning team in Galway, and we need someone who has led people for a few years already.

I'd genuinely like to stay in touch - a planner role in the Limerick plant may open later in the year and I'll reach out directly if it does.

Best,
Oisín Dunne
Talent Acquisition Lead | Castlegate Medical Devices
""")
    add("rejection", "Merrion Home Retail", "", "Stock Planner", "en", "easy",
        "Teamtailor; position filled",
        frm="Merrion Home Retail <no-reply@teamtailor-mail.com>",
        subj="Stock Planner - Merrion Home Retail",
        date=t(2026, 2, 18, 11, 11, DUB), hdrs=AUTO, body="""
Hi Aoife,

Thank you for your application for the Stock Planner position.

We wanted to let you know that the position has now been filled, and we have therefore closed the recruitment process. We truly appreciate your interest in joining Merrion Home Retail.

All the best,
The Merrion Home Retail team
""")
    add("rejection", "Fenwick & Dale Distillers", "Hamish", "Supply Planner", "en", "hard",
        "recruiter forwards hiring manager's decision; forwarded part carries the decision",
        frm="Hamish Reid <hamish@thistlerecruit.co.uk>",
        subj="Fwd: Candidate feedback - Brennan",
        date=t(2026, 3, 10, 16, 20, LON), body="""
Hi Aoife,

See below from Fenwick & Dale. Not the news either of us wanted, sorry. Happy to talk it through tomorrow if useful - I've two other distillery roles coming in next week.

Hamish
Thistle Recruitment

---------- Forwarded message ---------
From: Fiona Baird <fiona.baird@fenwickdale.com>
Date: Tue, 10 Mar 2026 at 14:02
Subject: Candidate feedback - Brennan
To: Hamish Reid <hamish@thistlerecruit.co.uk>

Hamish,

Thanks for introducing Aoife. Having met her on Thursday we've decided not to take her forward for the Supply Planner role - the bonded-warehouse and duty-suspension side is too central for us to train up on.

Please pass on our thanks.

Fiona Baird
Head of Operations
Fenwick & Dale Distillers Ltd
""")
    add("rejection", "Meridian Biologics Ireland", "", "S&OP Analyst", "en", "hard",
        "iCIMS; 'decided to pursue other applicants'; footer mentions interviews and offers generically",
        frm="Meridian Biologics Careers <careers@meridianbio.icims.com>",
        subj="Regarding your application - S&OP Analyst (Req 2026-1182)",
        date=t(2026, 3, 25, 7, 58, NY), kind="html", hdrs=AUTO, body="""
Dear Aoife,

Thank you for your interest in the S&OP Analyst opportunity with Meridian Biologics Ireland at our Carlow campus.

We have decided to pursue other applicants whose experience more closely matches the needs of the position.

We encourage you to create a job alert so you are notified as new roles are posted.

Sincerely,
Meridian Biologics Talent Acquisition

Meridian Biologics is an equal opportunity employer. All interviews and offers of employment are subject to background screening.
""")
    add("rejection", "Lagan Packaging Co.", "Ruth", "Production Planner", "en", "easy",
        "plain personal rejection",
        frm="Ruth McAllister <ruth.mcallister@laganpackaging.co.uk>",
        subj="Production Planner application",
        date=t(2026, 4, 8, 10, 40, LON), body="""
Dear Aoife,

Thank you for applying for the Production Planner position with Lagan Packaging Co. in Lisburn.

Unfortunately, on this occasion your application has not been successful. We had a very strong field and have shortlisted candidates already based in Northern Ireland.

Thank you again for your interest, and good luck with your search.

Yours sincerely,
Ruth McAllister
HR Manager
Lagan Packaging Co.
""")
    add("rejection", "Drumlin Agri Foods", "", "Procurement Planner", "en", "hard",
        "Jobvite; subject says 'status update'; rejection in second paragraph after praise",
        frm="Drumlin Agri Foods <notification@jobvite.com>",
        subj="Status update: Procurement Planner",
        date=t(2026, 4, 30, 20, 5, CHI), kind="alt", hdrs=AUTO, body="""
Hello Aoife,

We appreciate your interest in Drumlin Agri Foods and the effort that went into your application for Procurement Planner in Monaghan. Your background in supplier scheduling stood out to our reviewers.

After much consideration, the hiring team has chosen to proceed with a candidate whose qualifications are a closer fit for the specific requirements of this role.

We hope you will apply for other openings that match your skills.

Drumlin Agri Foods Recruiting
""")
    add("rejection", "Quayside Beverages", "Tom", "Supply Chain Analyst", "en", "hard",
        "reply to candidate's thank-you; quoted text contains interview details",
        frm="Tom Whelan <tom.whelan@quaysidebev.ie>",
        subj="Re: Thank you - Supply Chain Analyst interview",
        date=t(2026, 5, 19, 17, 22, DUB), reply=me_mid(), body="""
Hi Aoife,

Thanks for the kind note, it was good to meet you too.

I'm sorry to say we've offered the role to another candidate and they've accepted, so we're closing things out. You interviewed well and it was a tough call.

Tom

""" + quote("On Fri 15 May 2026, 16:03 Aoife Brennan <aoife.brennan.scm@gmail.com> wrote:",
            "Hi Tom,\nThank you for the interview this afternoon and the tour of the bottling line.\nI'd love to hear about next steps whenever you have an update.\nBest,\nAoife"))
    add("rejection", "Cairn Healthcare Products", "", "Inventory Control Analyst", "en", "easy",
        "Taleo; not selected",
        frm="Cairn Healthcare Products <cairnhp@taleo.net>",
        subj="Inventory Control Analyst - Job ID 558102",
        date=t(2026, 6, 2, 6, 14, NY), hdrs=AUTO, body="""
Dear Aoife Brennan,

Thank you for your interest in the Inventory Control Analyst position (Job ID 558102) with Cairn Healthcare Products in Manchester.

We regret to inform you that you have not been selected to continue in the recruitment process for this position.

We thank you for your interest in Cairn Healthcare Products and wish you well in your career search.

Cairn Healthcare Products Ltd
Talent Acquisition

Please do not reply to this message.
""")
    add("rejection", "Liffey Foods Ingredients", "Sorcha", "Demand Planner", "en", "hard",
        "'pass on this occasion'; offers coffee; could be read as on_hold",
        frm="Sorcha Byrne <sorcha.byrne@liffeyfoods.ie>",
        subj="Demand Planner",
        date=t(2026, 6, 24, 12, 7, DUB), kind="html", body="""
Hi Aoife,

I hope you're well. I wanted to come back to you personally rather than have the system do it.

We're going to pass on this occasion. The panel thought your forecasting work is excellent, but we need someone who can hit the ground running with our ingredient customers in the Middle East, and another candidate has done exactly that.

If you're ever around Grand Canal Dock, I'd be happy to grab a coffee and hear how the search is going.

Warmly,
Sorcha Byrne
People & Culture Business Partner
Liffey Foods Ingredients Ltd
""")
    add("rejection", "Kinsale Nutrition", "", "Supply Chain Planner", "en", "easy",
        "Ashby rejection",
        frm="Kinsale Nutrition <no-reply@ashbyhq.com>",
        subj="Your application to Kinsale Nutrition",
        date=t(2026, 7, 7, 14, 50, DUB), kind="alt", body="""
Hi Aoife,

Thanks so much for applying to the Supply Chain Planner role at Kinsale Nutrition.

We've reviewed your application and decided not to move forward at this time. This decision was difficult given the number of great applicants.

We'll hold on to your details and may reach out about future roles.

Best,
Kinsale Nutrition Recruiting
""")
    add("rejection", "Stonebridge Retail", "Priya", "Range Planner", "en", "hard",
        "agency recruiter relays client decision; 'client has decided to go with'",
        frm="Priya Nair <priya.nair@bridgewaytalent.co.uk>",
        subj="Stonebridge update",
        date=t(2026, 8, 13, 9, 27, LON), body="""
Hi Aoife,

Quick update from Stonebridge Retail on the Range Planner role: they've decided to go with a candidate who's already working in their Birmingham head office. Their feedback on you was positive, particularly the allocation case study.

I'll keep you front of mind for anything similar.

Kind regards,
Priya Nair
Senior Consultant, Supply Chain & Retail
Bridgeway Talent
""")
    add("rejection", "National Medical Supplies Service", "", "Grade VII Supply Chain Planner", "en", "hard",
        "public-body shortlisting outcome; 'not shortlisted for interview'",
        frm="NMSS Recruitment <recruitment@nmss.ie>",
        subj="Competition Ref NMSS-2026-044: Grade VII Supply Chain Planner",
        date=t(2026, 9, 3, 15, 0, DUB), kind="alt", cte="quoted-printable", body="""
Dear Ms Brennan,

Competition Reference: NMSS-2026-044
Post: Grade VII Supply Chain Planner, National Medical Supplies Service, Dublin Distribution Centre

Thank you for your application for the above post. The shortlisting panel has now completed its assessment of applications against the essential and desirable criteria set out in the job specification.

I regret to advise that your application has not been shortlisted for interview on this occasion.

Should you wish to request feedback, please reply to this email within ten working days.

Yours sincerely,

Recruitment Unit
National Medical Supplies Service
""")
    add("rejection", "Ardent Consumer Brands", "", "Supply Planner", "en", "hard",
        "Recruitee; sender domain and display name are the parent brand's ATS; not selected after take-home",
        frm="Ardent Consumer Brands <jobs@ardentbrands.recruitee.com>",
        subj="Supply Planner - take-home review",
        date=t(2026, 10, 6, 11, 30, DUB), kind="html", body="""
Hi Aoife,

Thank you for completing the take-home exercise for the Supply Planner role in Ardent Consumer Brands' snacks division. The team reviewed all submissions last week.

We won't be inviting you to the final interview round. Reviewers liked your safety-stock logic but felt the promotional uplift modelling wasn't as developed as other submissions.

Thank you again for the time you invested.

Ardent Consumer Brands Hiring Team
""")
    add("rejection", "Brú Dairy Co-operative", "Máire", "Milk Supply Planner", "en", "easy",
        "base64 HTML rejection letter",
        frm="=?utf-8?b?TcOhaXJlIE7DrSBDaGVhbGxhaWdo?= <mnicheallaigh@brudairy.ie>",
        subj="Milk Supply Planner - outcome of interview",
        date=t(2026, 11, 10, 10, 0, DUB), kind="html", cte="base64", body="""
Dear Aoife,

Thank you for attending for interview for the position of Milk Supply Planner with Brú Dairy Co-operative.

I regret to inform you that you were not successful on this occasion. The interview board was impressed by your preparation and would encourage you to apply for future vacancies.

Is mise le meas,
Máire Ní Cheallaigh
HR Officer
Brú Dairy Co-operative
""")

# --------------------------------------------------------------------------- on hold (10)
def on_hold() -> None:
    add("on_hold", "Shannonside Distribution", "Eoin", "Transport Planner", "en", "easy",
        "explicit hiring freeze",
        frm="Eoin Hartigan <eoin.hartigan@shannonside.ie>",
        subj="Transport Planner - hiring freeze",
        date=t(2025, 1, 28, 15, 10, DUB), body="""
Hi Aoife,

I'm sorry to be writing with this after you've put so much time in. Our parent group announced a hiring freeze across all Irish sites yesterday, effective immediately, and the Transport Planner role is included.

This has nothing to do with you - you were one of two people we planned to bring back for a final conversation. If the freeze lifts in Q2 I will contact you first.

Regards,
Eoin Hartigan
Logistics Manager
Shannonside Distribution Ltd, Limerick
""")
    add("on_hold", "Corrib Freight Logistics", "", "Inventory Analyst", "en", "hard",
        "Workday 'requisition closed' reads like a rejection template",
        frm="Corrib Freight Logistics <corribfreight@myworkday.com>",
        subj="Inventory Analyst (R-04630) - application status",
        date=t(2025, 4, 23, 12, 1, DUB), kind="html", hdrs=AUTO, body="""
Dear Aoife,

We are writing regarding your application for Inventory Analyst (R-04630).

This requisition has been cancelled and the position will not be filled at this time. As a result, your application will no longer be considered for this role. This is not a reflection on your qualifications.

Thank you for your interest in Corrib Freight Logistics.

Talent Acquisition
""")
    add("on_hold", "Hollybrook Retail Group", "Gemma", "Allocation Analyst", "en", "hard",
        "restructure pauses search; mentions final interview that was booked",
        frm="Gemma Rawlinson <g.rawlinson@hollybrook.co.uk>",
        subj="Allocation Analyst - pausing the search",
        date=t(2025, 10, 20, 10, 12, LON), body="""
Hi Aoife,

I wanted to let you know before your final interview next Tuesday that we're pausing the Allocation Analyst search. The merchandising function is being restructured under a new director and the shape of the team may change.

I've cancelled the calendar invite for now. Please don't read anything into this about your application - the hiring manager rated your first interview highly. I'll be in touch as soon as we know whether the role comes back in the same form.

Best,
Gemma Rawlinson
Senior Talent Acquisition Partner
Hollybrook Retail Group plc
""")
    add("on_hold", "Kranz Pharmalogistik GmbH", "Jonas", "Demand Planner (m/w/d)", "de", "hard",
        "German; role put on hold (Stelle vorerst nicht besetzt); mentions Vorstellungsgespräch",
        frm="Jonas Weber <j.weber@kranz-pharmalogistik.de>",
        subj="Ihre Bewerbung: Demand Planner (m/w/d) - Zwischenstand",
        date=t(2025, 12, 15, 16, 33, CET), body="""
Sehr geehrte Frau Brennan,

vielen Dank nochmals für das angenehme Vorstellungsgespräch per Teams.

Leider muss ich Ihnen mitteilen, dass die Position Demand Planner (m/w/d) aufgrund einer internen Budgetüberprüfung vorerst nicht besetzt wird. Das Auswahlverfahren ist daher bis auf Weiteres ausgesetzt.

Sobald wir grünes Licht erhalten, melde ich mich gern wieder bei Ihnen - Ihr Profil passt sehr gut zu uns.

Mit freundlichen Grüßen
Jonas Weber
HR Business Partner
Kranz Pharmalogistik GmbH
""")
    add("on_hold", "Spire Pharma Services", "", "Supply Chain Planner", "en", "easy",
        "role no longer open; SmartRecruiters",
        frm="Spire Pharma Services <jobs@smartrecruiters.com>",
        subj="Supply Chain Planner - position update",
        date=t(2026, 2, 4, 9, 45, DUB), hdrs=AUTO, body="""
Dear Aoife,

Thank you for your application for Supply Chain Planner at Spire Pharma Services.

We want to let you know that this role is no longer open. The business has decided not to proceed with the hire this year, and the vacancy has been withdrawn.

We appreciate your interest and hope you'll look at our other vacancies.

Spire Pharma Services Recruitment
""")
    add("on_hold", "Quayside Beverages", "Tom", "Logistics Coordinator", "en", "hard",
        "budget reprioritised; 'keep your CV on file' sounds like rejection",
        frm="Tom Whelan <tom.whelan@quaysidebev.ie>",
        subj="Logistics Coordinator role",
        date=t(2026, 3, 3, 11, 50, DUB), body="""
Hi Aoife,

Just a heads up - the budget for the Logistics Coordinator role has been reallocated to the new canning line, so we won't be hiring for it this quarter. We'll keep your CV on file and I'll come back to you if the funding is restored in the autumn review.

Thanks for your patience,
Tom Whelan
Supply Chain Manager, Quayside Beverages
""")
    add("on_hold", "Northgate Grocers", "Liam", "Senior Demand Planner", "en", "hard",
        "'we're stepping back from this hire'; no freeze keyword; after two interviews",
        frm="Liam Shaw <liam.shaw@northgategrocers.co.uk>",
        subj="RE: Senior Demand Planner next steps",
        date=t(2026, 5, 27, 17, 5, LON), reply=me_mid(), body="""
Hi Aoife,

Thanks for chasing, and apologies for the silence. Our fresh-produce category is moving to a new forecasting vendor and leadership has asked us to step back from the Senior Demand Planner hire until that's bedded in, probably three to four months.

So nothing further for now, and not a no. I'll reach out when we restart.

Liam

""" + quote("From: Aoife Brennan <aoife.brennan.scm@gmail.com>\nSent: 26 May 2026 08:14",
            "Hi Liam, hope you're well. Any news since the second interview on the 12th?\nAoife"))
    add("on_hold", "Castlegate Medical Devices", "", "Materials Planner", "en", "easy",
        "iCIMS requisition on hold",
        frm="Castlegate Medical Devices <castlegate@talent.icims.com>",
        subj="Materials Planner - requisition on hold",
        date=t(2026, 7, 15, 13, 20, NY), kind="html", hdrs=AUTO, body="""
Dear Aoife,

The Materials Planner requisition you applied for at Castlegate Medical Devices has been placed on hold by the business. Your application remains in our system and will be reviewed if the requisition is reopened.

Thank you for your patience.

Castlegate Medical Devices Talent Acquisition
""")
    add("on_hold", "Transportes Aranda", "Lucía", "Coordinadora de Operaciones Irlanda", "es", "hard",
        "Spanish; process paused due to reorganisation ('congelado')",
        frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@transportesaranda.es>",
        subj="Coordinadora de Operaciones Irlanda",
        date=t(2026, 9, 22, 12, 14, MAD), body="""
Hola Aoife:

Te escribo para avisarte de que hemos congelado el proceso para la posición de Coordinadora de Operaciones Irlanda. La dirección está reorganizando el área de tráfico internacional y no sabemos todavía si el puesto se mantendrá.

No tiene nada que ver con tu candidatura. Te informaré en cuanto haya novedades.

Un abrazo,
Lucía
Transportes Aranda S.L.
""")
    add("on_hold", "Boyne Valley Bakeries", "Aisling", "Production Planner", "en", "hard",
        "role eliminated after site consolidation; mentions 'unfortunately' and 'offer'",
        frm="Aisling Moran <aisling.moran@boynevalleybakeries.ie>",
        subj="Production Planner - Navan",
        date=t(2026, 10, 27, 10, 3, DUB), kind="alt", body="""
Dear Aoife,

Unfortunately I have to let you know that the Production Planner position in Navan has been eliminated following the decision to consolidate our two bakeries onto the Drogheda site. We were getting close to an offer stage and I'm genuinely sorry for the timing.

We're not recruiting any planning roles until the consolidation is complete next spring.

Kind regards,
Aisling Moran
HR Manager
Boyne Valley Bakeries
""")

# --------------------------------------------------------------------------- interviews (22)
def interviews() -> None:
    d = t(2025, 2, 12, 10, 20, DUB)
    iv = t(2025, 2, 20, 14, 0, DUB)
    add("interview", "Ballymount Pharma Manufacturing", "Niamh", "Materials Planner", "en", "easy",
        "invitation with one stated time (Irish time)", iv=iv,
        frm="Niamh Gallagher <niamh.gallagher@ballymountpharma.ie>",
        subj="Interview invitation - Materials Planner",
        date=d, body=f"""
Hi Aoife,

Thanks for applying for the Materials Planner role at Ballymount Pharma Manufacturing. Declan Furlong (Planning Lead) would like to meet you for a first-round interview.

Date: {day(iv)} 2025
Time: {clock(iv)} Irish time, 45 minutes
Format: Microsoft Teams (link to follow)

It'll be a competency-based conversation plus some questions on MRP and shelf-life management. Could you confirm that suits?

Kind regards,
Niamh Gallagher
Talent Partner | Ballymount Pharma Manufacturing DAC
""")
    add("interview", "Northgate Grocers", "", "Demand Planner", "en", "easy",
        "GoodTime scheduling link; no single time",
        frm="Northgate Grocers Recruiting <no-reply@us.greenhouse-mail.io>",
        subj="Northgate Grocers - schedule your interview for Demand Planner",
        date=t(2025, 3, 3, 13, 5, LON), kind="alt", hdrs=AUTO, body="""
Hi Aoife,

Great news - the hiring team for Demand Planner would like to speak with you!

Please choose a time for a 30-minute video interview with Hannah Cole, Demand Planning Manager, using the link below. Slots are available over the next five working days.

https://app.goodtime.io/schedule/ngr-7f3c91d2

If none of the times work, reply to this email and we'll help.

Thanks,
Northgate Grocers Talent Team
""")
    add("interview", "Tolka Beverages", "Ciarán", "Inventory Planner", "en", "hard",
        "informal 'quick chat' via Calendly; no word interview",
        frm="Ciaran O Sullivan <ciaran.osullivan@tolkabev.ie>",
        subj="Inventory Planner - quick chat?",
        date=t(2025, 4, 15, 21, 48, DUB), body="""
Hi Aoife,

Saw your application come through for the inventory planner job - your time at the Ballina plant caught my eye. Would you be up for a quick chat this week or next so I can tell you more about where we are and hear what you're looking for?

Grab any slot that suits here: https://calendly.com/ciaran-tolka/20min

Cheers,
Ciarán
Head of Supply Chain, Tolka Beverages
""")
    iv = t(2025, 5, 8, 11, 0, DUB)
    add("interview", "Corrib Freight Logistics", "Sinéad", "Supply Chain Planner", "en", "easy",
        "Outlook calendar invite with text/calendar part; Outlook zone label (UTC+00:00) Dublin in summer time", iv=iv,
        frm="=?utf-8?q?Sin=C3=A9ad_Conroy?= <sconroy@corribfreight.ie>",
        subj=f"Invitation: Aoife Brennan - Supply Chain Planner interview @ {day(iv)} {h24(iv)}",
        date=t(2025, 5, 1, 9, 33, DUB), kind="alt",
        cal=ics("Aoife Brennan - Supply Chain Planner interview", iv, 60, "sconroy@corribfreight.ie",
                "Microsoft Teams Meeting"),
        body=f"""
When: {day(iv)} 2025 {h24(iv)}-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Where: Microsoft Teams Meeting

Hi Aoife, this is the second interview for the Supply Chain Planner role with myself and Kevin from the Galway DC. Bring a planning example you're proud of.

Sinéad Conroy
Planning Manager, Corrib Freight Logistics
""")
    d = t(2025, 6, 16, 16, 12, DUB)
    iv = (d + dt.timedelta(days=1)).replace(hour=10, minute=30)
    add("interview", "Liffey Foods Ingredients", "Sorcha", "Supply Planner", "en", "hard",
        "relative 'tomorrow at 10.30'; short; no word interview", iv=iv,
        frm="Sorcha Byrne <sorcha.byrne@liffeyfoods.ie>",
        subj="Tomorrow",
        date=d, body="""
Hi Aoife, confirming tomorrow at 10.30 in our Grand Canal Dock office for the Supply Planner conversation with myself and Enda. Ask for me at reception, 3rd floor.

Sorcha
""")
    old = t(2025, 7, 10, 14, 0, DUB)
    iv = t(2025, 7, 11, 15, 0, DUB)
    add("interview", "Quayside Beverages", "Tom", "Supply Chain Analyst", "en", "hard",
        "reschedule in reply thread; 'unfortunately'; quoted original time differs", iv=iv,
        frm="Tom Whelan <tom.whelan@quaysidebev.ie>",
        subj="RE: Supply Chain Analyst interview",
        date=t(2025, 7, 8, 8, 57, DUB), reply=me_mid(), body=f"""
Hi Aoife,

Unfortunately something has come up on the bottling line on {old:%A} and I can't do {clock(old)}. Could we move to {day(iv)} at {clock(iv)} instead, same place? If that doesn't work let me know and we'll find another slot.

Thanks,
Tom

""" + quote("From: Tom Whelan\nSent: 2 July 2025 10:14",
            f"Hi Aoife, confirming your interview on {day(old)} at {clock(old)} at our Ringsend site.\nTom"))
    iv = t(2025, 10, 14, 10, 0, PAR)
    add("interview", "Laboratoires Belcourt", "Camille", "Planificatrice Supply Chain (H/F)", "fr", "easy",
        "French invitation; time in Paris time", iv=iv,
        frm="Camille Rousseau <c.rousseau@belcourt-labs.fr>",
        subj="Entretien - Planificatrice Supply Chain (H/F)",
        date=t(2025, 9, 30, 11, 2, PAR), body="""
Bonjour Madame Brennan,

Suite à l'examen de votre candidature, nous avons le plaisir de vous proposer un entretien en visioconférence pour le poste de Planificatrice Supply Chain (H/F).

L'entretien aura lieu le mardi 14 octobre 2025 à 10h00 (heure de Paris) avec Monsieur Thierry Lambert, Responsable Planification. Il durera environ une heure.

Merci de bien vouloir nous confirmer votre disponibilité.

Bien cordialement,
Camille Rousseau
Chargée de recrutement
Laboratoires Belcourt S.A.
""")
    add("interview", "Transportes Aranda", "Lucía", "Planificadora de Transporte", "es", "hard",
        "Spanish; list of slots to choose from",
        frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@transportesaranda.es>",
        subj="Entrevista - Planificadora de Transporte",
        date=t(2025, 11, 3, 10, 30, MAD), body="""
Hola Aoife:

Gracias por tu candidatura. Nos gustaría conocerte en una videollamada con Javier Aranda, director de operaciones.

¿Te viene bien alguno de estos horarios (hora de Madrid)?
- jueves 6 de noviembre, 9:30
- viernes 7 de noviembre, 12:00
- lunes 10 de noviembre, 16:00

Un saludo,
Lucía Ferrer
Responsable de Selección
Transportes Aranda S.L.
""")
    iv = t(2025, 11, 20, 14, 0, CET)
    add("interview", "Kranz Pharmalogistik GmbH", "Jonas", "Demand Planner (m/w/d)", "de", "easy",
        "German invitation; MEZ", iv=iv,
        frm="Jonas Weber <j.weber@kranz-pharmalogistik.de>",
        subj="Einladung zum Vorstellungsgespräch - Demand Planner (m/w/d)",
        date=t(2025, 11, 11, 9, 12, CET), body="""
Sehr geehrte Frau Brennan,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Donnerstag, 20. November 2025, 14:00 Uhr (MEZ)

Gesprächspartner sind Frau Dr. Anja Kessler (Leitung Supply Chain) und ich. Das Gespräch findet auf Englisch statt.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Jonas Weber
HR Business Partner
Kranz Pharmalogistik GmbH
""")
    iv = t(2025, 8, 7, 9, 30, DUB)
    add("interview", "Spire Pharma Services", "Deirdre", "Production Scheduler", "en", "easy",
        "onsite itinerary with site tour and panel", iv=iv,
        frm="Deirdre Lynch <deirdre.lynch@spirepharma.ie>",
        subj="Your visit to Ringaskiddy - Production Scheduler",
        date=t(2025, 7, 30, 15, 40, DUB), kind="alt", body=f"""
Dear Aoife,

We look forward to welcoming you to our Ringaskiddy site on {day(iv)} for the final stage of the Production Scheduler process.

{clock(iv)} - arrive at main reception, collect visitor badge and gowning induction
10.00am - panel interview (Head of Operations, Planning Manager, QA Lead)
11.15am - site tour including the packaging hall
12.00pm - finish

Please bring photo ID. Parking is available in the visitor car park.

Kind regards,
Deirdre Lynch
HR Generalist
Spire Pharma Services
""")
    add("interview", "Ardent Consumer Brands", "", "Supply Planner", "en", "easy",
        "take-home exercise plus interview; no time set",
        frm="Ardent Consumer Brands <jobs@ardentbrands.recruitee.com>",
        subj="Next step: Supply Planner take-home exercise",
        date=t(2026, 9, 21, 10, 0, DUB), kind="alt", body="""
Hi Aoife,

Thanks for your time on the phone screen. We'd like to invite you to the next stage of the Supply Planner process.

Attached to your candidate portal is a short take-home exercise (a safety-stock and promotional-uplift case based on anonymised snack data). Please return it within 5 working days. You'll then present it in a 60-minute interview with the planning team, which we'll schedule once we receive it.

Best,
Ardent Consumer Brands Hiring Team
""")
    d = t(2026, 2, 9, 12, 30, DUB)
    iv = t(2026, 2, 11, 11, 0, LON)
    add("interview", "Stonebridge Retail", "Priya", "Merchandise Planner", "en", "hard",
        "agency recruiter arranging client interview; relative weekday; 'London time'", iv=iv,
        frm="Priya Nair <priya.nair@bridgewaytalent.co.uk>",
        subj="Stonebridge - they want to meet you!",
        date=d, body="""
Hi Aoife,

Great news - Stonebridge Retail loved your CV and want to meet you for the Merchandise Planner role. I've locked in Wednesday at 11am London time on Zoom with Mark Ellis (Head of Planning) and one of his senior planners. Invite coming separately from their coordinator.

Shout if anything clashes.

Priya Nair
Senior Consultant, Supply Chain & Retail
Bridgeway Talent
""")
    iv = t(2026, 3, 26, 15, 0, DUB)
    add("interview", "Meridian Biologics Ireland", "", "S&OP Analyst", "en", "hard",
        "US ATS (ModernLoop) confirmation; Date header -0400 but time stated in Irish time", iv=iv,
        frm="Meridian Biologics Scheduling <scheduling@modernloop.io>",
        subj="Confirmed: S&OP Analyst interview with Meridian Biologics",
        date=t(2026, 3, 9, 14, 2, NY), kind="html", hdrs=AUTO, body=f"""
Hi Aoife,

Your interview has been confirmed.

Role: S&OP Analyst, Meridian Biologics Ireland (Carlow)
When: {day(iv)} 2026, {clock(iv)} - 4pm Irish time (IST)
Interviewers: Gráinne Walsh, Mike Donovan
Where: Zoom (link below)

Need to reschedule? Use the link in this email at least 24 hours in advance.

Sent by ModernLoop on behalf of Meridian Biologics
""")
    d = t(2026, 4, 9, 16, 45, DUB)
    iv = t(2026, 4, 13, 9, 30, DUB)
    add("interview", "Kilbarrack Foods", "Rachel", "Demand Planner", "en", "hard",
        "phone screen phrased as 'a 20-minute call'; relative weekday 'Monday'", iv=iv,
        frm="Rachel Doyle <rachel.doyle@kilbarrackfoods.ie>",
        subj="Demand Planner - call on Monday",
        date=d, body="""
Hi Aoife,

Thanks for getting back to me. Monday at 9.30 works well - I'll ring you on the mobile number on your CV. It'll be a 20-minute call covering your background, notice period and salary expectations before we decide on the panel stage.

Talk then,
Rachel Doyle
Recruitment Partner
Kilbarrack Foods
""")
    add("interview", "Castlegate Medical Devices", "Oisín", "Supply Planner", "en", "hard",
        "invitation for a new role; quoted earlier rejection for a different role",
        frm="Oisín Dunne <odunne@castlegatemed.com>",
        subj="Re: Senior Supply Planner - update",
        date=t(2026, 6, 16, 10, 10, DUB), reply=me_mid(), body="""
Hi Aoife,

As promised - the Supply Planner role in our Limerick plant is now open and I immediately thought of you. The hiring manager, Tadhg, would like to interview you. Could you send me two or three times that suit next week, ideally mornings?

Best,
Oisín

""" + quote("On 29 Jan 2026, at 13:36, Oisín Dunne <odunne@castlegatemed.com> wrote:",
            "We don't think you're the right match for the Senior Supply Planner role at this time.\nI'd genuinely like to stay in touch."))
    iv = t(2026, 6, 26, 10, 15, DUB)
    add("interview", "Kennedy's Supermarkets", "", "Replenishment Planner", "en", "easy",
        "Paradox assistant confirmation", iv=iv,
        frm="Olivia at Kennedy's Supermarkets <olivia@paradox.ai>",
        subj="Your interview is confirmed",
        date=t(2026, 6, 23, 18, 31, DUB), kind="html", body=f"""
Hi Aoife! It's Olivia, the recruiting assistant for Kennedy's Supermarkets.

You're all set. Your interview for Replenishment Planner is confirmed for {day(iv)} at {clock(iv)} at our Support Office, Unit 4, Blanchardstown Corporate Park.

Reply R to reschedule or C to cancel.
""")
    iv = t(2026, 8, 5, 13, 0, DUB)
    add("interview", "Drumlin Agri Foods", "", "Supply Chain Planner", "en", "easy",
        "Workday 'interview scheduled' notification; GMT+01:00", iv=iv,
        frm="Drumlin Agri Foods <drumlin@myworkday.com>",
        subj="Interview scheduled: Supply Chain Planner",
        date=t(2026, 7, 29, 8, 0, DUB), kind="alt", hdrs=AUTO, body=f"""
Hello Aoife,

An interview has been scheduled for you for Supply Chain Planner (R-22871).

Date: {iv:%d/%m/%Y}
Time: {h24(iv)} (GMT+01:00) Dublin
Interviewers: Fergal McCabe, Planning Manager
Location: Microsoft Teams - join details in your candidate home

Drumlin Agri Foods Talent Acquisition
""")
    add("interview", "Kinsale Nutrition", "", "Supply Chain Planner", "en", "easy",
        "Lever scheduling request",
        frm="Kinsale Nutrition <no-reply@hire.lever.co>",
        subj="Let's schedule your interview with Kinsale Nutrition",
        date=t(2026, 5, 12, 11, 26, DUB), kind="alt", body="""
Hi Aoife,

Thanks for applying to Kinsale Nutrition! We'd love to set up an initial interview for the Supply Chain Planner role.

Please share your availability here: https://hire.lever.co/interviews/availability/3c9a1e

Best,
Kinsale Nutrition Recruiting
""")
    iv = t(2026, 10, 13, 11, 15, DUB)
    add("interview", "National Medical Supplies Service", "", "Grade VII Supply Chain Planner", "en", "hard",
        "public-body interview invitation mentions 'unsuccessful' and panel rules", iv=iv,
        frm="NMSS Recruitment <recruitment@nmss.ie>",
        subj="Competition Ref NMSS-2026-071: Invitation to interview",
        date=t(2026, 9, 29, 14, 0, DUB), kind="alt", pdf="NMSS-2026-071_Interview_Guidance.pdf", body=f"""
Dear Ms Brennan,

Competition Reference: NMSS-2026-071
Post: Grade VII Supply Chain Planner, National Medical Supplies Service

I am pleased to advise that you have been shortlisted and are invited to attend for interview on {day(iv)} 2026 at {iv:%H.%M} at our offices at Park West, Dublin 12.

The interview will be competency-based. Please bring photo ID and original qualifications. Candidates who are unsuccessful at interview may be placed on a panel from which future vacancies may be filled.

Guidance notes are attached.

Yours sincerely,
Recruitment Unit
National Medical Supplies Service
""")
    iv = t(2026, 11, 4, 10, 0, LON)
    add("interview", "Pennine Cold Chain", "Becky", "Transport Planner", "en", "easy",
        "Excel assessment followed by interview", iv=iv,
        frm="Becky Holt <becky.holt@penninecoldchain.co.uk>",
        subj="Transport Planner - assessment and interview",
        date=t(2026, 10, 26, 12, 45, LON), body=f"""
Hi Aoife,

Thanks for your application for Transport Planner. We'd like to invite you to our Wakefield depot on {day(iv)} at {clock(iv)}.

You'll start with a 45-minute Excel and route-planning assessment, followed by an interview with our Transport Manager, Gary Pickles. Please allow two hours in total.

Travel expenses from Leeds Bradford Airport will be reimbursed.

Cheers,
Becky Holt
Recruitment Advisor
Pennine Cold Chain Ltd
""")
    d = t(2025, 8, 26, 19, 5, DUB)
    iv = t(2025, 8, 28, 14, 0, DUB)
    add("interview", "Wexford Harbour Seafoods", "Pádraig", "Supply Chain Coordinator", "en", "hard",
        "one-line confirmation of time proposed in quoted message; relative 'Thursday'", iv=iv,
        frm="Padraig Kinsella <pkinsella@wexfordharbour.ie>",
        subj="Re: Supply Chain Coordinator",
        date=d, reply=me_mid(), body="""
Thursday 2pm is perfect. See you at the office on the quay, ask for me at the front desk.

- P

""" + quote("On Tue, 26 Aug 2025 at 17:22, Aoife Brennan <aoife.brennan.scm@gmail.com> wrote:",
            "Hi Pádraig,\nThanks for the invitation to interview. I could do Thursday at 2pm or Friday morning.\nAoife"))
    iv = t(2026, 1, 8, 10, 0, LON)
    add("interview", "Lagan Packaging Co.", "Ruth", "Planning Supervisor", "en", "easy",
        "Teams invite with .ics attachment", iv=iv,
        frm="Ruth McAllister <ruth.mcallister@laganpackaging.co.uk>",
        subj="Interview - Planning Supervisor",
        date=t(2025, 12, 18, 11, 0, LON), cal_attach=True,
        cal=ics("Interview: Aoife Brennan (Planning Supervisor)", iv, 60,
                "ruth.mcallister@laganpackaging.co.uk", "Microsoft Teams"),
        body=f"""
Dear Aoife,

Thank you for your application for the Planning Supervisor post at Lagan Packaging Co. I'm pleased to invite you to an interview on {day(iv)} 2026 at {clock(iv)} via Microsoft Teams. A calendar invitation is attached.

The panel will be myself and Colin Hughes, Operations Director.

Yours sincerely,
Ruth McAllister
HR Manager
Lagan Packaging Co.
""")

# --------------------------------------------------------------------------- offers (6)
def offers() -> None:
    add("offer", "Corrib Freight Logistics", "Sinéad", "Supply Chain Planner", "en", "easy",
        "offer letter PDF attached",
        frm="=?utf-8?q?Sin=C3=A9ad_Conroy?= <sconroy@corribfreight.ie>",
        subj="Offer of employment - Supply Chain Planner",
        date=t(2025, 5, 20, 16, 5, DUB), pdf="Corrib_Offer_Letter_ABrennan.pdf", body="""
Hi Aoife,

Following your interviews, I'm delighted to offer you the position of Supply Chain Planner at Corrib Freight Logistics, based in our Galway distribution centre with two days a week from home.

Your formal offer letter is attached, with salary, pension and start-date details. Please review it and let me know if you have any questions. We'd love an answer by Friday 30 May.

Congratulations - the team are really looking forward to working with you.

Sinéad Conroy
Planning Manager
Corrib Freight Logistics Ltd
""")
    add("offer", "Spire Pharma Services", "Deirdre", "Planning Analyst", "en", "hard",
        "written follow-up to a verbal offer; never says 'offer'; talks about contract and start date",
        frm="Deirdre Lynch <deirdre.lynch@spirepharma.ie>",
        subj="Following up on our call",
        date=t(2026, 1, 27, 17, 40, DUB), body="""
Hi Aoife,

Lovely to speak earlier, and I'm so glad you're as excited as we are. As discussed, we'd like you to join us as Planning Analyst on a permanent contract at €58,000 plus the shift allowance, starting Monday 2 March if your notice period allows.

Your contract will come through DocuSign tomorrow. Once it's signed, I'll book your medical and gowning training.

Welcome aboard (nearly)!

Deirdre Lynch
HR Generalist
Spire Pharma Services
""")
    add("offer", "Kranz Pharmalogistik GmbH", "Jonas", "Demand Planner (m/w/d)", "de", "easy",
        "German offer (Vertragsangebot)",
        frm="Jonas Weber <j.weber@kranz-pharmalogistik.de>",
        subj="Vertragsangebot - Demand Planner (m/w/d)",
        date=t(2026, 4, 21, 13, 15, CET), pdf="Vertragsangebot_Brennan.pdf", body="""
Sehr geehrte Frau Brennan,

wir freuen uns sehr, Ihnen nach den erfolgreichen Gesprächen die Position Demand Planner (m/w/d) anbieten zu dürfen. Die Stelle wurde nach Freigabe des Budgets wieder geöffnet.

Im Anhang finden Sie unser Vertragsangebot inklusive Gehalt, Remote-Regelung (Dublin) und möglichem Eintrittsdatum. Wir bitten um Ihre Rückmeldung bis zum 5. Mai 2026.

Mit freundlichen Grüßen
Jonas Weber
HR Business Partner
Kranz Pharmalogistik GmbH
""")
    add("offer", "Kennedy's Supermarkets", "", "Replenishment Planner", "en", "easy",
        "ATS offer notification (HTML only); points to portal",
        frm="Kennedy's Supermarkets Careers <careers@kennedys-supermarkets.ie>",
        subj="Your offer from Kennedy's Supermarkets is ready",
        date=t(2026, 7, 9, 10, 20, DUB), kind="html", hdrs=AUTO, body="""
Hi Aoife,

Congratulations! We are pleased to extend you an offer for the role of Replenishment Planner at Kennedy's Supermarkets Support Office.

Log in to your candidate portal to view and accept your offer. The offer will expire in 7 days.

Kennedy's Supermarkets Talent Team
""")
    add("offer", "Stonebridge Retail", "Priya", "Merchandise Planner", "en", "hard",
        "agency recruiter relays client's verbal offer; exclamation-heavy; 'they want you'",
        frm="Priya Nair <priya.nair@bridgewaytalent.co.uk>",
        subj="!!!",
        date=t(2026, 2, 19, 18, 2, LON), body="""
Aoife!!

Stonebridge Retail want you for the Merchandise Planner role! Mark called me 10 minutes ago. £46k base, 10% bonus, hybrid three days in Birmingham with relocation support. Written terms will come from their HR by Monday.

Call me when you're free and we'll go through it - I think there's a little room on the base.

Priya
Bridgeway Talent
""")
    add("offer", "Tolka Beverages", "Ciarán", "Senior Inventory Planner", "en", "hard",
        "offer in reply thread; quoted earlier message mentions someone else got the previous role",
        frm="Ciaran O Sullivan <ciaran.osullivan@tolkabev.ie>",
        subj="Re: Inventory Planner",
        date=t(2025, 9, 30, 12, 12, DUB), reply=me_mid(), body="""
Aoife,

Remember I said I'd come back to you? We've created a Senior Inventory Planner post to cover the new Cork depot, and after your chats with myself and Anne-Marie we'd like to offer it to you. HR will send the paperwork this week - €62k plus car allowance.

Let me know you're in!

Ciarán

""" + quote("On Wed 14 May 2025, 18:02 Ciarán <ciaran.osullivan@tolkabev.ie> wrote:",
            "Aoife - just to close the loop, this one isn't going to work out."))

# --------------------------------------------------------------------------- application received (16)
def received() -> None:
    add("application_received", "Corrib Freight Logistics", "", "Supply Chain Planner", "en", "easy",
        "Workday acknowledgement",
        frm="Corrib Freight Logistics <corribfreight@myworkday.com>",
        subj="Thank you for applying - Supply Chain Planner (R-04417)",
        date=t(2025, 1, 20, 22, 14, DUB), hdrs=AUTO, kind="alt", body="""
Dear Aoife,

Thank you for applying for Supply Chain Planner (R-04417). We have received your application and our team will review it shortly.

You can track the status of your application at any time by signing in to your candidate home account.

Talent Acquisition
Corrib Freight Logistics
""")
    add("application_received", "Northgate Grocers", "", "Demand Planner", "en", "easy",
        "Greenhouse confirmation",
        frm="Northgate Grocers <no-reply@us.greenhouse-mail.io>",
        subj="Thank you for applying to Northgate Grocers",
        date=t(2025, 2, 17, 8, 45, LON), kind="html", hdrs=AUTO, body="""
Hi Aoife,

Thanks for applying for the Demand Planner position at Northgate Grocers. Your application has been received and our team will review it. If your experience matches what we're looking for, we'll be in touch about next steps.

Northgate Grocers Talent Team
""")
    add("application_received", "Spire Pharma Services", "", "Production Scheduler", "en", "hard",
        "acknowledgement describes interview and rejection stages ahead",
        frm="Spire Pharma Services <jobs@smartrecruiters.com>",
        subj="We've received your application - Production Scheduler",
        date=t(2025, 7, 1, 11, 3, DUB), kind="alt", hdrs=AUTO, body="""
Dear Aoife,

Thank you for your application for Production Scheduler at Spire Pharma Services.

What happens next:
1. Our recruiters review every application within 10 working days.
2. Shortlisted candidates are invited to a telephone interview, followed by an on-site panel interview.
3. If you are not selected, we will let you know by email - we do not leave anyone without an answer.

Good luck!
Spire Pharma Services Recruitment
""")
    add("application_received", "Kranz Pharmalogistik GmbH", "", "Supply Chain Planer (m/w/d)", "de", "easy",
        "German Eingangsbestätigung",
        frm="Kranz Pharmalogistik GmbH <noreply@kranz-pharmalogistik.jobs.personio.de>",
        subj="Eingangsbestätigung Ihrer Bewerbung",
        date=t(2025, 10, 29, 19, 21, CET), hdrs=AUTO, body="""
Sehr geehrte Frau Brennan,

vielen Dank für Ihre Bewerbung als Supply Chain Planer (m/w/d) bei der Kranz Pharmalogistik GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""")
    add("application_received", "Laboratoires Belcourt", "", "Planificatrice Supply Chain (H/F)", "fr", "easy",
        "French accusé de réception",
        frm="Laboratoires Belcourt <recrutement@belcourt-labs.fr>",
        subj="Accusé de réception de votre candidature",
        date=t(2025, 9, 18, 8, 30, PAR), hdrs=AUTO, kind="alt", body="""
Madame,

Nous accusons bonne réception de votre candidature au poste de Planificatrice Supply Chain (H/F) et vous en remercions.

Notre équipe Ressources Humaines l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

Cordialement,
Le service recrutement
Laboratoires Belcourt
""")
    add("application_received", "Meridian Biologics Ireland", "", "S&OP Analyst", "en", "hard",
        "iCIMS acknowledgement; 'unfortunately we cannot respond to every applicant individually'",
        frm="Meridian Biologics Careers <careers@meridianbio.icims.com>",
        subj="Application received: S&OP Analyst (Req 2026-1182)",
        date=t(2026, 2, 20, 4, 12, NY), hdrs=AUTO, kind="html", body="""
Dear Aoife,

Thank you for applying for the S&OP Analyst position (Req 2026-1182) with Meridian Biologics Ireland. Your application is now under review.

Due to the high volume of applications, we unfortunately cannot respond to every applicant individually with feedback. If your qualifications match our needs, a member of our Talent Acquisition team will contact you.

Meridian Biologics Talent Acquisition
""")
    add("application_received", "Kilbarrack Foods", "Rachel", "Demand Planner", "en", "hard",
        "personal-sounding templated acknowledgement signed by a recruiter",
        frm="Rachel Doyle <rachel.doyle@kilbarrackfoods.ie>",
        subj="Re: Demand Planner application",
        date=t(2026, 3, 24, 9, 1, DUB), reply=me_mid(), body="""
Hi Aoife,

Thanks so much for your application for Demand Planner - it's safely landed with me. We're collecting applications until the closing date on 31 March and I'll be reviewing everything after that.

Best regards,
Rachel Doyle
Recruitment Partner
Kilbarrack Foods
""")
    add("application_received", "Pennine Cold Chain", "", "Transport Planner", "en", "easy",
        "Workable; no promise of next steps",
        frm="Pennine Cold Chain <noreply@candidates.workablemail.com>",
        subj="Thanks for applying to Pennine Cold Chain",
        date=t(2026, 10, 12, 14, 33, LON), body="""
Hi Aoife,

Your application for the Transport Planner job was submitted successfully.

Pennine Cold Chain
Powered by Workable
""")
    add("application_received", "Merrion Home Retail", "", "Stock Planner", "en", "easy",
        "Teamtailor; review timeline",
        frm="Merrion Home Retail <no-reply@teamtailor-mail.com>",
        subj="We got your application!",
        date=t(2026, 2, 2, 20, 17, DUB), kind="alt", body="""
Hi Aoife,

Thanks for applying for Stock Planner at Merrion Home Retail! We read every application and aim to get back to you within two weeks.

In the meantime, follow us on Instagram to see life in our stores.

The Merrion Home Retail team
""")
    add("application_received", "Drumlin Agri Foods", "", "Procurement Planner", "en", "hard",
        "Jobvite; subject 'next steps'; mentions interviews and 'not proceed'",
        frm="Drumlin Agri Foods <notification@jobvite.com>",
        subj="Procurement Planner - next steps",
        date=t(2026, 4, 14, 15, 40, CHI), hdrs=AUTO, body="""
Hello Aoife,

Thank you for your interest in the Procurement Planner role at Drumlin Agri Foods. This message confirms we've received your application.

Our recruiting team will assess it over the coming weeks. Candidates selected to proceed will be contacted to arrange interviews; if we decide not to proceed with your application we will notify you by email.

Drumlin Agri Foods Recruiting
""")
    add("application_received", "Hollybrook Retail Group", "", "Replenishment Analyst", "en", "easy",
        "base64 HTML acknowledgement",
        frm="Hollybrook Careers <careers@hollybrook.co.uk>",
        subj="Application received - Replenishment Analyst",
        date=t(2025, 7, 2, 12, 10, LON), kind="html", cte="base64", hdrs=AUTO, body="""
Dear Aoife,

Thank you for your application for the role of Replenishment Analyst at Hollybrook Retail Group. We confirm it has been received and is being reviewed by our recruitment team.

Kind regards,
Hollybrook Careers
""")
    add("application_received", "Castlegate Medical Devices", "", "Senior Supply Planner", "en", "hard",
        "agency-style subject 'we've had a look'; actually an acknowledgement with no decision",
        frm="Castlegate Medical Devices <castlegate@talent.icims.com>",
        subj="We're looking at your application",
        date=t(2025, 12, 30, 9, 0, NY), hdrs=AUTO, body="""
Hi Aoife,

Good news: your application for Senior Supply Planner is with our team. Hiring managers are reviewing applications over the next two to three weeks, and because of the holidays some responses may take a little longer than usual.

No action is needed from you right now.

Castlegate Medical Devices Talent Acquisition
""")
    add("application_received", "Transportes Aranda", "", "Planificadora de Transporte", "es", "easy",
        "Spanish acknowledgement",
        frm="Transportes Aranda <empleo@transportesaranda.es>",
        subj="Hemos recibido tu candidatura",
        date=t(2025, 10, 22, 13, 0, MAD), body="""
Hola Aoife:

Gracias por inscribirte en la oferta de Planificadora de Transporte. Hemos recibido tu candidatura correctamente y el equipo de selección la revisará en los próximos días.

Atentamente,
Departamento de Personas
Transportes Aranda
""")
    add("application_received", "National Medical Supplies Service", "", "Grade VII Supply Chain Planner", "en", "hard",
        "public-body receipt; long text about shortlisting and interviews",
        frm="NMSS Recruitment <recruitment@nmss.ie>",
        subj="Competition Ref NMSS-2026-071: Acknowledgement of application",
        date=t(2026, 9, 8, 17, 0, DUB), hdrs=AUTO, body="""
Dear Ms Brennan,

This is to acknowledge receipt of your application for the post of Grade VII Supply Chain Planner (Competition Ref NMSS-2026-071).

Please note that a shortlisting exercise may be carried out. Candidates who are shortlisted will be invited to interview; candidates who are not shortlisted will be notified in writing. Canvassing will disqualify.

Recruitment Unit
National Medical Supplies Service
""")
    add("application_received", "Kinsale Nutrition", "", "Supply Chain Planner", "en", "easy",
        "Ashby acknowledgement",
        frm="Kinsale Nutrition <no-reply@ashbyhq.com>",
        subj="Thanks for applying to Kinsale Nutrition!",
        date=t(2026, 4, 28, 10, 55, DUB), kind="alt", body="""
Hi Aoife,

We've received your application for Supply Chain Planner and we're excited to take a look. We'll reach out if there's a fit.

Kinsale Nutrition
""")
    add("application_received", "Ardent Consumer Brands", "", "Supply Planner", "en", "hard",
        "Recruitee; sender is parent brand; quoted-printable; says 'offer' in a benefits sentence",
        frm="Ardent Consumer Brands <jobs@ardentbrands.recruitee.com>",
        subj="Application confirmation - Supply Planner",
        date=t(2026, 9, 1, 7, 50, DUB), cte="quoted-printable", body="""
Hi Aoife,

Thank you for applying for the Supply Planner role in our snacks division. We've received your application and will review it carefully.

While you wait, take a look at our careers page to learn about the benefits we offer, from hybrid working to an annual volunteering day.

Ardent Consumer Brands Hiring Team
""")

# --------------------------------------------------------------------------- auto replies (14)
OOO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))


def auto_replies() -> None:
    add("auto_reply", "Kranz Pharmalogistik GmbH", "Jonas", "Demand Planner (m/w/d)", "de", "easy",
        "German Abwesenheitsnotiz; 'ab dem 5. Januar'", ret="2026-01-05",
        frm="Jonas Weber <j.weber@kranz-pharmalogistik.de>",
        subj="Abwesenheitsnotiz: Re: Ihre Bewerbung: Demand Planner (m/w/d) - Zwischenstand",
        date=t(2025, 12, 22, 8, 1, CET), reply=me_mid(), hdrs=OOO + (("X-Auto-Response-Suppress", "All"),),
        body="""
Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 2. Januar 2026 nicht im Büro. Ab dem 5. Januar 2026 bin ich wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an recruiting@kranz-pharmalogistik.de.

Mit freundlichen Grüßen
Jonas Weber
""")
    add("auto_reply", "Laboratoires Belcourt", "Camille", "Planificatrice Supply Chain (H/F)", "fr", "easy",
        "French absence message; return 'lundi 3 novembre'", ret="2025-11-03",
        frm="Camille Rousseau <c.rousseau@belcourt-labs.fr>",
        subj="Réponse automatique : Entretien - Planificatrice Supply Chain (H/F)",
        date=t(2025, 10, 24, 14, 40, PAR), reply=me_mid(), hdrs=(("Auto-Submitted", "auto-replied"),),
        body="""
Bonjour,

Je suis actuellement absente et serai de retour le lundi 3 novembre 2025. Pendant mon absence, vos messages ne seront pas transférés.

Pour toute question urgente concernant un recrutement, merci d'écrire à recrutement@belcourt-labs.fr.

Cordialement,
Camille Rousseau
""")
    add("auto_reply", "Transportes Aranda", "Lucía", "", "es", "hard",
        "Spanish OOO; 'hasta el 7' plus explicit return; no auto-reply headers", ret="2026-01-08",
        frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@transportesaranda.es>",
        subj="Fuera de la oficina",
        date=t(2025, 12, 23, 10, 11, MAD), body="""
Hola,

Estoy de vacaciones hasta el 7 de enero y volveré a la oficina el jueves 8 de enero de 2026. Responderé a tu correo a mi vuelta.

Para asuntos urgentes: seleccion@transportesaranda.es

Lucía Ferrer
Transportes Aranda
""")
    add("auto_reply", "Kilbarrack Foods", "Rachel", "Demand Planner", "en", "hard",
        "day-first numeric return date '23/04'", ret="2026-04-23",
        frm="Rachel Doyle <rachel.doyle@kilbarrackfoods.ie>",
        subj="Automatic reply: Demand Planner - call on Monday",
        date=t(2026, 4, 16, 13, 2, DUB), reply=me_mid(), hdrs=(("Auto-Submitted", "auto-replied"),),
        body="""
Thank you for your email. I'm on annual leave and back on 23/04. Emails will not be forwarded - for anything urgent please contact talent@kilbarrackfoods.ie.

Rachel
""")
    add("auto_reply", "Corrib Freight Logistics", "Sinéad", "Supply Chain Planner", "en", "easy",
        "'returning Monday 9 March'", ret="2026-03-09",
        frm="=?utf-8?q?Sin=C3=A9ad_Conroy?= <sconroy@corribfreight.ie>",
        subj="Automatic reply: Supply Chain Planner - references",
        date=t(2026, 3, 2, 9, 15, DUB), reply=me_mid(), hdrs=OOO,
        body="""
Hi,

I'm out of the office this week and returning Monday 9 March. I'll respond to your message when I'm back.

Sinéad Conroy
Planning Manager, Corrib Freight Logistics
""")
    add("auto_reply", "Hollybrook Retail Group", "Gemma", "", "en", "hard",
        "'until 2026-03-20 inclusive'; back the following Monday", ret="2026-03-23",
        frm="Gemma Rawlinson <g.rawlinson@hollybrook.co.uk>",
        subj="Out of Office: Checking in",
        date=t(2026, 3, 11, 7, 48, LON), reply=me_mid(), hdrs=(("X-Autoreply", "yes"),),
        body="""
Hello,

I am away from 11 March until 2026-03-20 inclusive, with no access to email. I'll pick up messages on Monday 23 March.

If your query is about an open vacancy, please contact the Hollybrook Talent team at talent@hollybrook.co.uk.

Gemma Rawlinson
Senior Talent Acquisition Partner
Hollybrook Retail Group plc
""")
    d = t(2025, 9, 17, 16, 30, DUB)
    add("auto_reply", "Quayside Beverages", "Tom", "", "en", "hard",
        "relative 'back Monday'; no auto-reply headers; very short", ret="2025-09-22",
        frm="Tom Whelan <tom.whelan@quaysidebev.ie>",
        subj="Re: Following up",
        date=d, reply=me_mid(),
        body="""
Out on site visits till end of week, back Monday. Will reply then.
Tom
""")
    add("auto_reply", "Tolka Beverages", "Ciarán", "", "en", "easy",
        "no longer works at company; contact someone else; no return date",
        frm="Ciaran O Sullivan <ciaran.osullivan@tolkabev.ie>",
        subj="Automatic reply: Catching up",
        date=t(2026, 6, 3, 11, 30, DUB), reply=me_mid(), hdrs=OOO,
        body="""
Hello,

Please note I no longer work at Tolka Beverages. For supply chain matters please contact Anne-Marie Keogh (annemarie.keogh@tolkabev.ie); for recruitment queries, hr@tolkabev.ie.

Thank you.
""")
    add("auto_reply", "National Medical Supplies Service", "", "Grade VII Supply Chain Planner", "en", "hard",
        "unmonitored mailbox bounce on a competition thread; mentions interview",
        frm="NMSS Recruitment <recruitment@nmss.ie>",
        subj="RE: Competition Ref NMSS-2026-071: Invitation to interview",
        date=t(2026, 10, 1, 9, 12, DUB), reply=me_mid(), hdrs=(("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")),
        body="""
This mailbox is not monitored. Your email has not been read.

If you are writing to confirm attendance at interview, no action is needed: attendance is assumed unless you withdraw via the candidate portal.

Recruitment Unit
National Medical Supplies Service
""")
    add("auto_reply", "Liffey Foods Ingredients", "Sorcha", "", "en", "hard",
        "maternity leave; mentions interviews; return month and day stated", ret="2026-09-01",
        frm="Sorcha Byrne <sorcha.byrne@liffeyfoods.ie>",
        subj="Automatic reply: Supply planning roles",
        date=t(2026, 2, 16, 10, 0, DUB), reply=me_mid(), hdrs=(("X-Autoreply", "yes"),),
        body="""
Hi there,

Thank you for your email. I'm currently on maternity leave and will return on 1 September 2026.

During my leave, all recruitment, including interview scheduling for open roles, is being covered by Enda Kavanagh (enda.kavanagh@liffeyfoods.ie).

Sorcha Byrne
People & Culture Business Partner
Liffey Foods Ingredients
""")
    add("auto_reply", "Meridian Biologics Ireland", "Gráinne", "S&OP Analyst", "en", "hard",
        "conference OOO with subject containing 'interview'; both headers", ret="2026-03-23",
        frm="=?utf-8?q?Gr=C3=A1inne_Walsh?= <grainne.walsh@meridianbio.com>",
        subj="Out of office - Re: S&OP Analyst interview - thank you",
        date=t(2026, 3, 18, 8, 5, DUB), reply=me_mid(), hdrs=OOO,
        body="""
Hi,

I'm at the ISPE conference in Copenhagen and will be back in the office on Monday 23rd. Responses to candidates about interview outcomes may be delayed until then.

Gráinne Walsh
Director, S&OP | Meridian Biologics Ireland
""")
    add("auto_reply", "Boyne Valley Bakeries", "Aisling", "", "en", "easy",
        "bank holiday; 'back on Tuesday 6 May'", ret="2025-05-06",
        frm="Aisling Moran <aisling.moran@boynevalleybakeries.ie>",
        subj="Automatic reply: Production Planner vacancy",
        date=t(2025, 5, 2, 17, 30, DUB), reply=me_mid(), hdrs=OOO,
        body="""
Thanks for your message. The office is closed for the May bank holiday weekend and I'm back on Tuesday 6 May. I'll respond as soon as I can.

Aisling Moran
HR Manager, Boyne Valley Bakeries
""")
    add("auto_reply", "Pennine Cold Chain", "Becky", "Transport Planner", "en", "hard",
        "travelling, limited access; no return date; subject mentions interview",
        frm="Becky Holt <becky.holt@penninecoldchain.co.uk>",
        subj="Auto: Re: Transport Planner - assessment and interview",
        date=t(2026, 10, 27, 6, 59, LON), reply=me_mid(), hdrs=(("Auto-Submitted", "auto-replied"),),
        body="""
Hi, I'm travelling between our depots this week with limited access to email. I'll get back to you as soon as I can. If it's about an interview booking, please call reception on 01924 555 210.

Becky
""")
    add("auto_reply", "Castlegate Medical Devices", "Oisín", "Supply Planner", "en", "hard",
        "OOO with 'unfortunately'; return written as 'the 29th'; HTML only", ret="2026-06-29",
        frm="Oisín Dunne <odunne@castlegatemed.com>",
        subj="Automatic reply: Re: Senior Supply Planner - update",
        date=t(2026, 6, 18, 12, 0, DUB), reply=me_mid(), kind="html", hdrs=OOO,
        body="""
Hello,

Unfortunately I'm on holidays and can't reply right now. I'll be back at my desk on Monday the 29th of June.

For anything urgent, talent@castlegatemed.com will get to the team.

Oisín
""")

# --------------------------------------------------------------------------- other (26)
LIST = (("Precedence", "bulk"), ("List-Unsubscribe", "<https://email.example-list.com/unsub?u=ab12>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))


def others() -> None:
    add("other", "", "", "", "en", "easy", "job alert digest",
        frm="JobsIreland Alerts <alerts@jobsireland-alerts.ie>",
        subj="14 new Supply Chain Planner jobs in Dublin",
        date=t(2025, 1, 15, 7, 0, DUB), kind="alt", hdrs=LIST, body="""
Hi Aoife,

Here are today's new jobs matching "supply chain planner" near Dublin:

Supply Chain Planner - Ballymount Pharma Manufacturing - Dublin 24
Demand Planner - Kilbarrack Foods - Dublin 5
Inventory Analyst - Corrib Freight Logistics - Galway (hybrid)
Materials Planner - Spire Pharma Services - Cork
...and 10 more

Apply now before these roles close!

Manage alerts | Unsubscribe
""")
    add("other", "", "", "", "en", "hard", "newsletter about coping with rejection and interviews",
        frm="The Planning Desk <newsletter@planningdesk.news>",
        subj="Rejected after the final interview? Read this",
        date=t(2025, 3, 20, 6, 30, LON), kind="html", hdrs=LIST, body="""
THE PLANNING DESK - weekly notes for supply chain people

This week: rejection after the final round.

"Unfortunately, we have decided to move forward with another candidate." Most planners will read that sentence a dozen times in a career. Our columnist explains how to ask for feedback, when to follow up after an interview, and why a polite reply can lead to the next offer.

Also: S&OP maturity survey results; five Excel habits that annoy your demand manager.

You are receiving this because you subscribed at planningdesk.news.
""")
    add("other", "", "", "", "en", "hard", "podcast 'interview' with a COO; HTML only",
        frm="Supply Chain Ireland Podcast <hello@scipodcast.ie>",
        subj="New episode: our interview with the COO of Corrib Freight",
        date=t(2025, 4, 10, 12, 0, DUB), kind="html", hdrs=LIST, body="""
Episode 58 is live!

In this week's interview, host Brian Fahy sits down with the Chief Operating Officer of Corrib Freight Logistics to talk about port congestion, Brexit paperwork, and why they are hiring planners again.

Listen on Spotify, Apple Podcasts or our website.

Unsubscribe from episode alerts.
""")
    add("other", "", "", "", "en", "hard", "card payment declined; 'unfortunately'",
        frm="Revolve Bank <no-reply@revolvebank.ie>",
        subj="Your card payment was declined",
        date=t(2025, 5, 3, 19, 44, DUB), kind="alt", hdrs=AUTO, body="""
Hi Aoife,

Unfortunately a payment of €84.50 at IRISH RAIL ONLINE using your card ending 4471 was declined because it exceeded your daily online limit.

You can change your limits in the app. If you didn't attempt this payment, freeze your card immediately.

Revolve Bank
""")
    add("other", "", "Dmitri", "", "en", "hard", "pull request closed: 'not moving forward with this change'",
        frm="Dmitri Volkov <notifications@github.com>",
        subj="Re: [statsforecast-contrib/croston] Add Irish bank holiday calendar (PR #212)",
        date=t(2025, 6, 11, 14, 22, ), kind="alt",
        hdrs=(("List-ID", "statsforecast-contrib/croston <croston.statsforecast-contrib.github.com>"),
              ("X-GitHub-Reason", "author")),
        body="""
@aoifebrennan thanks for the contribution. After discussion with the other maintainers we're not moving forward with this change - we'd prefer holiday calendars to live in a separate package rather than in core. Closing for now; feel free to reopen as a plugin.

Dmitri

--
Reply to this email directly, view it on GitHub, or unsubscribe.
""")
    add("other", "", "", "", "en", "hard", "conference abstract not accepted",
        frm="ISCM Conference 2025 <programme@iscm-conference.org>",
        subj="ISCM 2025 - decision on your abstract #117",
        date=t(2025, 6, 30, 10, 0, CET), body="""
Dear Aoife Brennan,

Thank you for submitting your abstract "Shelf-life aware safety stock in dairy supply chains" to ISCM 2025.

We regret to inform you that your submission was not accepted for oral presentation. The programme committee received 412 submissions for 60 slots. Reviewer comments are available in the submission system.

You are warmly invited to register and attend the conference in Rotterdam.

Programme Committee, ISCM 2025
""")
    add("other", "", "", "", "en", "hard", "retail marketing 'exclusive offer'",
        frm="Merrion Home <hello@merrionhome.ie>",
        subj="Aoife, your exclusive offer: 20% off everything this weekend",
        date=t(2025, 8, 29, 8, 0, DUB), kind="html", cte="base64", hdrs=LIST, body="""
Your exclusive offer is here, Aoife!

Take 20% off everything in store and online this weekend with code AUTUMN20.

Offer valid until Sunday midnight. Terms apply.
""")
    add("other", "", "Karen", "", "en", "hard", "rental application not successful; reads like a rejection",
        frm="Karen Brady <karen@dublinlettings.ie>",
        subj="Apartment 4, Harold's Cross - your application",
        date=t(2025, 9, 15, 15, 31, DUB), body="""
Hi Aoife,

Thanks for viewing Apartment 4 on Harold's Cross Road and for sending through your references so quickly.

The landlord has decided to go with another applicant on this occasion. I know that's disappointing - we had over forty applications. I'll add you to our list for similar two-beds in Dublin 6W.

Regards,
Karen Brady
Lettings Negotiator, Dublin Lettings
""")
    add("other", "", "", "", "en", "hard", "mortgage approval in principle declined",
        frm="Harbour Mortgages <noreply@harbourmortgages.ie>",
        subj="Update on your Approval in Principle application",
        date=t(2025, 11, 5, 11, 12, DUB), hdrs=AUTO, kind="alt", body="""
Dear Aoife,

Thank you for your mortgage Approval in Principle application (ref AIP-77310).

After reviewing your application against our lending criteria, we are unable to approve it at this time. The main reason is that your current employment is within its probationary period.

You may reapply once your probation has been completed.

Harbour Mortgages
""")
    add("other", "", "Eimear", "", "en", "hard", "postgraduate course 'offer of a place'",
        frm="=?utf-8?q?Eimear_N=C3=AD_Bhriain?= <admissions@smurfitgrad.example.ie>",
        subj="Offer of a place - MSc Supply Chain Management (part-time)",
        date=t(2025, 7, 16, 9, 30, DUB), pdf="Offer_of_Place_Brennan.pdf", body="""
Dear Aoife,

Congratulations! I am delighted to offer you a place on the part-time MSc in Supply Chain Management commencing in September 2025.

To accept, please pay the acceptance deposit through the applicant portal by 1 August. Your formal offer letter is attached.

Kind regards,
Eimear Ní Bhriain
Admissions Officer, Graduate Business School
""")
    add("other", "", "Ryan", "Contract Demand Planner", "en", "hard",
        "recruiter mass mailing; mentions interview and quick call",
        frm="Ryan Mehta <ryan.mehta@apexsupplytalent.com>",
        subj="Contract Demand Planner - interviews this week - Dublin/remote",
        date=t(2025, 10, 7, 6, 15, NY), hdrs=(("Precedence", "bulk"),), body="""
Hi Aoife,

Hope you're doing great! I came across your profile and wanted to share an urgent requirement with our client.

Role: Contract Demand Planner
Location: Dublin / remote
Duration: 6 months+
Rate: DOE

Client is interviewing this week. If interested, please send your updated CV and a good time for a quick call.

Thanks & Regards,
Ryan Mehta
Apex Supply Talent
To unsubscribe reply REMOVE
""")
    add("other", "", "", "", "en", "easy", "social network notification naming an employer",
        frm="LinkedIn <notifications-noreply@linkedin.com>",
        subj="Gemma Rawlinson viewed your profile",
        date=t(2025, 12, 2, 13, 3, ), kind="html", hdrs=LIST, body="""
Aoife, your profile is getting noticed.

Gemma Rawlinson, Senior Talent Acquisition Partner at Hollybrook Retail Group, viewed your profile.

See all views with Premium.
""")
    add("other", "", "Clodagh", "", "en", "hard", "friend's personal mail about her own interview and offer",
        frm="Clodagh Murphy <clodagh.murphy88@gmail.com>",
        subj="guess who got the job!!",
        date=t(2026, 1, 10, 22, 41, DUB), body="""
Aoife!!

So that second interview I was freaking out about on Thursday - they rang today and offered me the job! Senior buyer, Cork, start in March. I'm still in shock.

Drinks next Saturday to celebrate? Also how are your applications going, any news from the pharma one?

xx Clodagh
""")
    add("other", "", "Darragh", "", "en", "hard", "friend forwards a job posting; mentions referral and interview",
        frm="Darragh Keane <darragh.keane@outlook.ie>",
        subj="Fwd: Internal vacancy: Senior Supply Planner - Quayside Beverages",
        date=t(2026, 2, 25, 12, 55, DUB), body="""
Saw this on our intranet and thought of you straight away. If you apply, put me down as the referrer - I think referrals get a guaranteed first interview.

D

---------- Forwarded message ---------
From: Quayside People Team <people@quaysidebev.ie>
Date: Wed, 25 Feb 2026 at 11:02
Subject: Internal vacancy: Senior Supply Planner - Quayside Beverages

We are recruiting a Senior Supply Planner to join the Ringsend team. Internal applications and referrals welcome until 13 March.
""")
    add("other", "", "", "", "en", "easy", "webinar invitation about interviews",
        frm="CIPS Ireland Events <events@cips-ireland-branch.org>",
        subj="Webinar: Ace your competency-based interview (members free)",
        date=t(2026, 3, 12, 10, 0, DUB), kind="alt", hdrs=LIST, body="""
Join us on Thursday for a one-hour webinar with two senior supply chain hiring managers on how to prepare for competency-based interviews, answer STAR questions, and negotiate offers.

Register now - members attend free.
""")
    add("other", "", "", "", "en", "easy", "train ticket receipt",
        frm="Irish Rail <noreply@irishrail-booking.ie>",
        subj="Your booking confirmation DUB-GWY 4K7Q2",
        date=t(2026, 4, 1, 18, 20, DUB), kind="alt", hdrs=AUTO, body="""
Booking reference: 4K7Q2

Dublin Heuston -> Galway Ceannt
Outbound: Friday 10 April 2026, 07:35
Passenger: Aoife Brennan
Total paid: €36.98

Please have your QR code ready for inspection.
""")
    add("other", "", "", "", "en", "hard", "concert cancelled; 'we regret to inform'",
        frm="Vicar St Box Office <tickets@vicarst-boxoffice.ie>",
        subj="Important: event cancelled - refund information",
        date=t(2026, 5, 5, 15, 15, DUB), kind="html", body="""
Dear Aoife,

We regret to inform you that Saturday's performance has been cancelled due to illness. We're sorry for the disappointment.

A full refund will be issued automatically to your original payment method within 5-7 working days.

Vicar St Box Office
""")
    add("other", "", "", "", "fr", "easy", "French job newsletter",
        frm="Cadremploi Logistique <newsletter@cadremploi-logistique.fr>",
        subj="Les offres supply chain de la semaine",
        date=t(2025, 10, 13, 7, 0, PAR), hdrs=LIST, kind="alt", body="""
Bonjour Aoife,

Voici 9 nouvelles offres qui correspondent à votre recherche « planificatrice supply chain » :

- Responsable planification - Lyon
- Demand planner H/F - Paris
- Approvisionneur industriel - Lille

Se désabonner
""")
    add("other", "", "", "", "de", "easy", "German train booking confirmation",
        frm="Deutsche Fernbahn <buchung@fernbahn-tickets.de>",
        subj="Ihre Buchungsbestätigung (Auftrag 8812 4409)",
        date=t(2025, 11, 18, 21, 2, CET), hdrs=AUTO, body="""
Guten Tag Frau Brennan,

vielen Dank für Ihre Buchung.

Hamburg Hbf -> Bremen Hbf
Fr, 21.11.2025, 09:12 Uhr
1 Erwachsener, 2. Klasse

Ihr Ticket finden Sie im Anhang bzw. in der App.
""")
    add("other", "", "", "", "en", "hard", "passport application received; acknowledgement-like",
        frm="Passport Service <noreply@passportservice-online.ie>",
        subj="Your passport application has been received",
        date=t(2026, 6, 8, 11, 45, DUB), hdrs=AUTO, body="""
Dear Aoife Brennan,

Thank you. Your passport renewal application (ref 1029-3381-77) has been received and is now being processed.

Current processing time for online renewals is 10 working days. We will contact you if further information is needed.

Passport Service
""")
    add("other", "", "", "", "en", "hard", "marathon ballot 'not successful'",
        frm="Dublin City Marathon <entries@dublincitymarathon.example.ie>",
        subj="Ballot result: 2026 Dublin City Marathon",
        date=t(2026, 2, 11, 12, 0, DUB), kind="alt", hdrs=LIST, body="""
Hi Aoife,

Thank you for entering the ballot for the 2026 Dublin City Marathon.

Unfortunately your entry was not successful this year. Demand for places was higher than ever. You can still secure a place by running for one of our charity partners.

Dublin City Marathon Team
""")
    add("other", "", "Fatima", "", "en", "hard", "research 'interview' request for a thesis",
        frm="Fatima Qureshi <fatima.qureshi@mail.dcu-example.ie>",
        subj="Request: 30-min interview for MSc research on S&OP",
        date=t(2026, 7, 21, 14, 5, DUB), body="""
Hi Aoife,

I'm an MSc student researching S&OP practices in Irish food manufacturers, and a mutual connection suggested you. Would you be willing to take part in a 30-minute research interview over Teams some time in August? All answers will be anonymised.

Many thanks,
Fatima Qureshi
""")
    add("other", "", "", "", "en", "hard", "dental appointment calendar invite",
        frm="Rathmines Dental <reminders@rathminesdental.ie>",
        subj="Appointment confirmed: Thursday 13 August 2026, 8:45",
        date=t(2026, 8, 4, 9, 0, DUB), hdrs=AUTO,
        cal=ics("Dental check-up", t(2026, 8, 13, 8, 45, DUB), 30, "reminders@rathminesdental.ie",
                "Rathmines Dental, Dublin 6"), cal_attach=True,
        body="""
Hi Aoife,

Your check-up and clean is confirmed for Thursday 13 August 2026 at 8:45 with Dr. Hegarty. A calendar file is attached.

Reply C to cancel.

Rathmines Dental
""")
    add("other", "", "", "", "en", "hard", "employer-review site digest about interview experiences",
        frm="Glassview <digest@glassview-mail.com>",
        subj="New interview reviews for Spire Pharma Services",
        date=t(2026, 9, 14, 16, 0, NY), kind="html", hdrs=LIST, body="""
New reviews for companies you follow

Spire Pharma Services - "Interview was two rounds, panel was friendly. Got an offer a week later."
Ballymount Pharma Manufacturing - "Never heard back after my final interview."

See all reviews
""")
    add("other", "", "Niall", "", "en", "hard", "meetup postponed; reads like on hold",
        frm="Niall Corcoran <niall@supplychainmeetup.ie>",
        subj="November meetup postponed",
        date=t(2026, 11, 2, 17, 10, DUB), hdrs=(("Precedence", "list"),), body="""
Hi all,

Due to the venue double-booking, we've had to put the November Supply Chain Dublin meetup on hold. We'll confirm a new date once we've found a room - likely early December.

Apologies for the short notice,
Niall
""")
    add("other", "", "", "", "en", "easy", "payslip-style notification",
        frm="Payroll Portal <payroll@mypayslip-portal.ie>",
        subj="Your payslip for October 2026 is ready",
        date=t(2026, 10, 23, 5, 30, DUB), hdrs=AUTO, body="""
Hello Aoife,

Your payslip for October 2026 is now available. Log in to the portal to view or download it.

This is an automated message.
""")

# --------------------------------------------------------------------------- write out


def main() -> None:
    rejections()
    on_hold()
    interviews()
    offers()
    received()
    auto_replies()
    others()
    order = list(range(len(ITEMS)))
    random.Random(50).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for n, idx in enumerate(order, start=1):
        row, msg = ITEMS[idx]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
        rows.append({"file": name, **row})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
