"""Generate the blind42 evaluation corpus (fictional job-search mail for Hannah Achterberg).

Stdlib only. Writes tests/corpus/blind42/NNN.eml and labels.csv.
Run: python tests/corpus/make_blind42.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind42"
ME = "Hannah Achterberg <hannah.achterberg@btinternet.com>"
POL = policy.default.clone(linesep="\r\n")
MESSAGES: list[dict] = []
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def add(label: str, company: str = "", contact: str = "", role: str = "", ret: str = "",
        lang: str = "en", diff: str = "easy", notes: str = "", iat: str = "", *,
        frm: str, subj: str, date: str, body: str = "", html_body: str | None = None,
        fmt: str = "plain", cte: str = "quoted-printable", hdrs: dict | None = None,
        reply: bool = False, pdf: str | None = None, ics: str | None = None, to: str = ME) -> None:
    MESSAGES.append(dict(label=label, company=company, contact=contact, role=role, ret=ret, lang=lang,
                         diff=diff, notes=notes, iat=iat, frm=frm, subj=subj, date=date, body=body,
                         html_body=html_body, fmt=fmt, cte=cte, hdrs=hdrs or {}, reply=reply, pdf=pdf,
                         ics=ics, to=to))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    inner = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            f"{inner}\n</body></html>\n")


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str, location: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:STANDARD",
        "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T010000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}",
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hannah.achterberg@btinternet.com",
        f"LOCATION:{location}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])


def build(m: dict, idx: int) -> bytes:
    msg = EmailMessage(policy=POL)
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    addr = m["frm"].split("<")[-1].rstrip(">")
    domain = addr.split("@")[-1]
    h = hashlib.sha1(f"blind42-{idx}-{m['subj']}".encode()).hexdigest()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{h[:20]}.{h[20:30]}@{domain}>"
    if m["reply"]:
        ref = f"<CAJ{h[:24].upper()}@mail.btinternet.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m["hdrs"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    fmt, cte = m["fmt"], m["cte"]
    if fmt == "html":
        msg.set_content(m["html_body"] or to_html(m["body"]), subtype="html", cte=cte)
    else:
        msg.set_content(m["body"], cte=cte)
        if fmt == "alt":
            msg.add_alternative(m["html_body"] or to_html(m["body"]), subtype="html", cte=cte)
    if m["ics"]:
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(m["ics"], subtype="calendar", params={"method": "REQUEST"}, cte="7bit")
    if m["pdf"]:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=m["pdf"])
    return msg.as_bytes(policy=POL)


ATS_AUTO = {"Auto-Submitted": "auto-generated"}

# ---------------------------------------------------------------- rejections
add("rejection", "Harrowgate Mutual", "", "Data Analyst – Claims Insight", diff="easy",
    notes="Workday template; 'won't be progressing'",
    frm="Harrowgate Mutual <harrowgate@myworkday.com>",
    subj="Your application to Harrowgate Mutual", date="2025-04-16 17:02 +0100", fmt="alt",
    hdrs=ATS_AUTO, body="""Dear Hannah,

Thank you for the time you spent applying for Data Analyst – Claims Insight (Req R-20418).

We have now completed our review of applications and, on this occasion, we won't be progressing your application to the next stage. The volume of applications for this role was very high and the decision was a close one.

Your candidate profile will stay active, so you can apply for other vacancies at Harrowgate Mutual without re-entering your details.

Kind regards,
Talent Acquisition
Harrowgate Mutual plc

Please do not reply to this message. This inbox is not monitored.""")

add("rejection", "London Borough of Aldenham", "", "Senior Performance & Insight Officer",
    notes="Oleeo; 'not shortlisted'",
    frm="London Borough of Aldenham <noreply@aldenham.tal.net>",
    subj="Senior Performance & Insight Officer (ALD-03391) - outcome of shortlisting",
    date="2025-03-26 10:41 +0000", hdrs=ATS_AUTO, body="""Dear Hannah Achterberg

Ref: ALD-03391 Senior Performance & Insight Officer

Thank you for your interest in working for the London Borough of Aldenham.

The recruiting panel has now assessed all applications against the person specification. I am sorry to tell you that you have not been shortlisted for interview on this occasion.

If you would like feedback on your application, please contact the recruiting manager within 10 working days of this email quoting the reference above.

We hope this will not put you off applying for future roles with the Council.

Yours sincerely

Resourcing Team
London Borough of Aldenham""")

add("rejection", "Quayline Analytics", "Priya", "Data Analyst", diff="hard",
    notes="after final round; 'made an offer' to someone else; warm",
    frm="Priya Raman <priya.raman@quayline.io>",
    subj="Quayline - final round", date="2025-03-14 18:22 +0000", fmt="alt", body="""Hi Hannah,

I wanted to call but couldn't get hold of you, so an email will have to do.

Thank you for everything you put into the final round on Tuesday. The dashboard critique was one of the best we saw, and Lewis hasn't stopped talking about your point on the cohort definitions.

In the end we've made an offer to another candidate who has spent several years in payments data, which is where the team is weakest right now. It was genuinely close and I'm sorry it's not better news.

If you're open to it I'd love to stay in touch - we will be hiring again in the autumn and I'd be glad to put you straight through to the last stage.

All the best,
Priya

Priya Raman
Head of Data | Quayline Analytics
quayline.io""")

add("rejection", "Pollenpath", "", "BI Analyst",
    notes="Lever; pursue other applicants",
    frm="Pollenpath <no-reply@hire.lever.co>", subj="Thanks for your interest in Pollenpath",
    date="2025-06-02 09:15 +0100", fmt="html", cte="base64", hdrs=ATS_AUTO, html_body="""<html><body>
<p>Hi Hannah,</p>
<p>Thanks so much for applying for the <b>BI Analyst</b> position at Pollenpath. We've read every application carefully.</p>
<p>We've decided to pursue other applicants whose experience more closely matches what the team needs right now, so we won't be moving forward with yours.</p>
<p>We really appreciate the time you took, and we'd be glad to see your name again on future openings.</p>
<p>Best wishes,<br>The Pollenpath Hiring Team</p>
<p style="font-size:11px;color:#888">Sent via Lever. Pollenpath Ltd, 14 Curtain Road, London EC2A.</p>
</body></html>""")

add("rejection", "Oakhollow Energy", "Jess", "Reporting Analyst", diff="hard",
    notes="agency recruiter forwards client hiring manager's decision",
    frm="Jess Okonedo <jess.okonedo@kingsmeretalent.co.uk>",
    subj="FW: Reporting Analyst - feedback", date="2025-10-08 15:47 +0100", reply=True, body="""Hi Hannah,

Just had this through from Oakhollow - I'm really sorry, I know you were keen. See Martin's note below. Happy to jump on a call tomorrow to go through it and talk about the two other roles I mentioned.

Jess

Jess Okonedo
Senior Consultant - Data & Analytics
Kingsmere Talent Partners Ltd
07700 900418

-----Original Message-----
From: Martin Hale <martin.hale@oakhollowenergy.co.uk>
Sent: 08 October 2025 14:12
To: Jess Okonedo <jess.okonedo@kingsmeretalent.co.uk>
Subject: RE: Reporting Analyst - feedback

Jess,

Thanks for sending Hannah over and please pass on our thanks for the interview. She was very personable and clearly knows Power BI well, but we've decided not to take her forward - we need someone who has worked with half-hourly metering data from day one and that came through strongly with another candidate.

Martin Hale
Head of Commercial Reporting
Oakhollow Energy""")

add("rejection", "Wyvern Vale University Hospitals NHS Foundation Trust", "", "Information Analyst (Band 6)",
    notes="NHS Trac-style; not shortlisted",
    frm="Trakline Recruitment <noreply@trakline-nhs.co.uk>",
    subj="Application update: Information Analyst (Band 6) - 312-INF-0925",
    date="2025-09-29 11:05 +0100", hdrs=ATS_AUTO, body="""Dear Hannah

Application for: Information Analyst (Band 6)
Reference: 312-INF-0925
Organisation: Wyvern Vale University Hospitals NHS Foundation Trust

Thank you for applying for the above post. After careful consideration the shortlisting panel has decided not to invite you to interview.

Due to the large number of applications received we are unable to give individual feedback at the shortlisting stage.

Thank you for your interest in working with us.

Recruitment Services
Wyvern Vale University Hospitals NHS Foundation Trust

This is an automated message sent via Trakline. Replies to this address are not read.""")

add("rejection", "Thistlebank Building Society", "Tom", "Insight Analyst", diff="hard",
    notes="two lines; no rejection keywords; company only in subject/domain",
    frm="Tom Greaves <tom.greaves@thistlebank.co.uk>",
    subj="RE: Thistlebank Building Society - Insight Analyst", date="2025-10-17 16:58 +0100",
    reply=True, body="""Hannah - thanks for coming in on Tuesday. We're going with someone else, who had more mortgage-book experience. Good luck with the search.

Tom

> On 14 Oct 2025, at 17:40, Hannah Achterberg wrote:
> Thanks again for the time today, I really enjoyed meeting the team.""")

add("rejection", "Copperbeech Retail Group", "", "Trading Data Analyst",
    notes="SmartRecruiters; HTML only; 'not the right match at this time'",
    frm="Copperbeech Retail Group <noreply@smartrecruiters.com>",
    subj="Trading Data Analyst - update on your application", date="2026-01-22 12:30 +0000",
    fmt="html", hdrs=ATS_AUTO, html_body="""<html><body><table width="600"><tr><td>
<h2 style="color:#2d5e3e">Copperbeech Retail Group</h2>
<p>Dear Hannah,</p>
<p>Thank you for considering a career with Copperbeech and for your application for <strong>Trading Data Analyst</strong>.</p>
<p>Having reviewed your experience against the requirements of the role, we feel it is not the right match at this time. We will not be taking your application any further.</p>
<p>We encourage you to keep an eye on our careers site; new roles across our stores, distribution and head office teams are posted every week.</p>
<p>With best wishes,<br>Copperbeech Careers</p>
<p style="font-size:10px">Copperbeech Retail Group Ltd, registered in England and Wales no. 04418822.</p>
</td></tr></table></body></html>""")

add("rejection", "Brightfield Systems", "", "Data Analyst, EMEA", diff="hard",
    notes="US iCIMS; thanks for interviewing; -0400",
    frm="Brightfield Systems Talent <talent@brightfieldsystems.icims.com>",
    subj="Your candidacy for Data Analyst, EMEA", date="2025-09-26 14:10 -0400", fmt="alt",
    hdrs=ATS_AUTO, body="""Hi Hannah,

Thank you for interviewing with Brightfield Systems for the Data Analyst, EMEA position. We enjoyed learning about your background and appreciate the time you spent with our panel last week.

After thoughtful consideration, the team has chosen to move forward with a candidate whose experience aligns more closely with the needs of the role. We know this is disappointing news.

We wish you continued success in your career.

Sincerely,
Talent Acquisition
Brightfield Systems, Inc.""")

add("rejection", "Saltmarsh Labs", "Marcus", "Product Analyst", diff="hard",
    notes="'this one didn't work out' plus referral offer and keep in touch",
    frm="Marcus Delaney <marcus@saltmarshlabs.com>", subj="Re: Product Analyst at Saltmarsh",
    date="2026-02-11 19:04 +0000", reply=True, body="""Hey Hannah,

Sorry for the slow reply - it's been a week. I'll be straight with you: this one didn't work out. We've decided to bring in someone with a bit more experimentation and A/B testing background for the first analytics hire.

That said, I was really impressed, and a friend of mine runs the data team at a health start-up in Shoreditch who is hiring. If you want an intro just say the word. Let's keep in touch either way.

Cheers,
Marcus
Co-founder, Saltmarsh Labs""")

add("rejection", "Liffeyside Payments", "", "Risk Data Analyst",
    notes="Workable; base64",
    frm="Liffeyside Payments <noreply@workablemail.com>",
    subj="Liffeyside Payments: Risk Data Analyst", date="2026-05-07 08:55 +0100", cte="base64",
    hdrs=ATS_AUTO, body="""Hi Hannah,

Thank you for applying for the Risk Data Analyst role in our Dublin office.

We had a strong response and, after reviewing all applications, we have decided to proceed with other candidates for this position.

We will keep your details on file for 12 months and may contact you if a suitable role opens up.

Kind regards,
People Team
Liffeyside Payments""")

add("rejection", "Groupe Mireval", "Élodie", "Analyste BI (H/F)", lang="fr",
    notes="French",
    frm="Élodie Fournier <elodie.fournier@mireval.fr>",
    subj="Votre candidature - Analyste BI (H/F)", date="2025-11-20 10:12 +0100", body="""Bonjour Hannah,

Nous vous remercions de l'intérêt que vous portez au Groupe Mireval et du temps consacré à votre candidature au poste d'Analyste BI (H/F) basé à Londres.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons retenu des profils dont l'expérience correspond davantage aux besoins actuels de l'équipe.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Bien cordialement,

Élodie Fournier
Chargée de recrutement
Groupe Mireval S.A.""")

add("rejection", "Datalumen Ibérica", "", "Analista de Datos (Business Intelligence)", lang="es",
    notes="Spanish ATS",
    frm="Datalumen Ibérica <empleo@datalumen.es>",
    subj="Tu candidatura a Analista de Datos (Business Intelligence)", date="2025-07-03 13:20 +0200",
    fmt="alt", hdrs=ATS_AUTO, body="""Hola Hannah:

Gracias por tu interés en Datalumen Ibérica y por participar en el proceso de selección para el puesto de Analista de Datos (Business Intelligence).

Tras revisar todas las candidaturas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Hemos seleccionado perfiles que se ajustan más a los requisitos del puesto.

Te animamos a seguir atenta a nuestras ofertas.

Un saludo,
Equipo de Talento
Datalumen Ibérica S.L.""")

add("rejection", "University of Southmoor", "Fiona", "Planning & Insight Analyst", diff="hard",
    notes="reply to thank-you; quoted part is the interview invite",
    frm="Fiona McAllister <f.mcallister@southmoor.ac.uk>",
    subj="RE: Planning & Insight Analyst interview - thank you", date="2025-05-23 15:36 +0100",
    reply=True, body="""Dear Hannah,

Thank you for your kind note, and for the care you took over the presentation.

I'm afraid the panel has decided to appoint another candidate, whose experience of HESA returns gave them the edge. You were a very strong second and I would encourage you to apply for the Strategic Planning roles we'll advertise in the summer.

With best wishes,
Fiona

Dr Fiona McAllister
Director of Strategic Planning
University of Southmoor

-----Original Message-----
From: Fiona McAllister
Sent: 07 May 2025 09:20
Subject: Planning & Insight Analyst interview

Dear Hannah, I am pleased to invite you to interview on Tuesday 20 May at 14:00 in the Hawthorn Building, Room 2.14. Please prepare a ten-minute presentation on student continuation data.""")

add("rejection", "Hearthside Foundation", "Rosalind", "Data & Impact Officer", diff="hard",
    notes="'went a different direction'; no explicit no",
    frm="Rosalind Abiodun <rosalind.abiodun@hearthside.org.uk>",
    subj="Data & Impact Officer", date="2026-03-04 12:15 +0000", body="""Dear Hannah,

Thank you for meeting with us last Friday. The panel spent a long time discussing the role after the interviews and in the end we went a different direction - towards someone with frontline fundraising experience who can also own the CRM.

We were grateful for your thoughtful answers on outcome measurement, and I hope you find the right place soon.

Warm regards,
Rosalind Abiodun
Head of Impact
Hearthside Foundation
Registered charity no. 1187730""")

add("rejection", "Ardgowan & Lisle Bank", "", "MI Analyst",
    notes="Greenhouse; Edinburgh; plc dropped",
    frm="Ardgowan & Lisle Recruitment <no-reply@us.greenhouse-mail.io>",
    subj="Your application: MI Analyst (Edinburgh)", date="2025-03-21 09:48 +0000", hdrs=ATS_AUTO,
    fmt="alt", body="""Dear Hannah,

Thank you for interviewing for the MI Analyst role at our Edinburgh head office.

After careful consideration, we have decided not to proceed with your application. We appreciate the time you invested and wish you every success.

Yours sincerely,
Recruitment Team
Ardgowan & Lisle Bank plc""")

add("rejection", "Greenwick Food Network", "", "Data & Evaluation Officer",
    notes="Eploy; CIC in signature",
    frm="Greenwick Food Network <recruitment@greenwickfood.eploy.net>",
    subj="Data & Evaluation Officer - application outcome", date="2026-06-18 16:00 +0100",
    hdrs=ATS_AUTO, body="""Dear Hannah,

Thank you for applying for the post of Data & Evaluation Officer.

We received over 140 applications for this part-time role. Unfortunately your application has not been successful on this occasion.

Thank you for your interest in our work.

Greenwick Food Network CIC
Company no. 11827764""")

add("rejection", "Harbourline Insurance", "Sophie", "Pricing Analyst", diff="hard",
    notes="post-interview; CV kept on file; 'in touch' phrasing",
    frm="Sophie Lavender <sophie.lavender@harbourline.co.uk>",
    subj="Pricing Analyst - following your interview", date="2026-05-06 11:20 +0100", body="""Hi Hannah,

Thanks again for making the trip to our Manchester office on the 24th.

I have now had feedback from the hiring team. Although they liked your SQL and the way you approached the pricing case, they felt your exposure to GLMs was a bit light compared with the candidate they have chosen, so we won't be offering you the role this time.

With your permission I'll keep your CV on file and be in touch if something suitable comes up in the analytics team.

Best wishes,
Sophie Lavender
Talent Partner
Harbourline Insurance Ltd""")

add("rejection", "Irwell Data Co.", "", "Junior Data Engineer", diff="hard",
    notes="role filled internally; Co. kept",
    frm="Irwell Data Co. <jobs@irwelldata.teamtailor-mail.com>",
    subj="About your application for Junior Data Engineer", date="2025-07-22 10:05 +0100",
    fmt="alt", hdrs=ATS_AUTO, body="""Hi Hannah,

Thank you for your interest in Irwell Data Co. and for applying for the Junior Data Engineer role in Manchester.

We wanted to let you know that the position has now been filled by an internal candidate, so we are closing the process for all external applicants.

We hope you will consider us again in the future.

All the best,
Irwell Data Co.""")

add("rejection", "Tallyho Labs", "", "Analytics Engineer", diff="hard",
    notes="after take-home; mentions next stage",
    frm="Tallyho Labs <no-reply@hire.lever.co>", subj="Tallyho Labs - Analytics Engineer take-home",
    date="2025-11-05 17:30 +0000", hdrs=ATS_AUTO, body="""Hi Hannah,

Thank you for completing the take-home exercise for the Analytics Engineer role. The team reviewed your dbt project in detail.

Having compared all submissions, we have decided not to invite you to the next stage of the process. Some brief notes from the reviewers: the staging models were clean and well documented; the tests were thinner than we'd hoped for the incremental model.

Thanks again for your time,
Tallyho Labs Talent""")

add("rejection", "Pemberton & Crane", "Anjali", "Data Visualisation Consultant", diff="hard",
    notes="'unable to offer you a position'; LLP dropped",
    frm="Anjali Mehta <anjali.mehta@pembertoncrane.com>",
    subj="Data Visualisation Consultant", date="2026-02-27 13:45 +0000", fmt="alt", body="""Dear Hannah,

Thank you for presenting your case study to the partners on Wednesday.

We regret that we are unable to offer you a position on this occasion. The partners felt that the role needs someone with more client-facing consulting experience.

We were impressed with the clarity of your visualisations and would be happy to provide more detailed feedback by phone if that would help.

Kind regards,

Anjali Mehta
Recruitment Manager
Pemberton & Crane LLP""")

add("rejection", "Caldmore Bank", "", "Financial Crime Data Analyst",
    notes="Workday; generic subject",
    frm="Caldmore Bank <caldmore@myworkday.com>", subj="Update on your application",
    date="2026-08-12 08:10 +0100", hdrs=ATS_AUTO, body="""Dear Hannah Achterberg,

Thank you for applying for the Financial Crime Data Analyst position at Caldmore Bank.

We have decided to move forward with other candidates whose profiles better fit the needs of the team at this time.

You can view the status of your applications at any time in your candidate home.

Regards,
Caldmore Bank Resourcing""")

add("rejection", "Meadowgate Supermarkets", "Callum", "Trading Analyst", diff="hard",
    notes="agency recruiter writing about client; soft wording",
    frm="Callum Brady <callum.brady@hollisgrey.co.uk>", subj="Meadowgate - Trading Analyst",
    date="2025-05-19 12:02 +0100", body="""Hi Hannah,

Quick one - Meadowgate have come back on your CV. They've opted for a candidate who has come from a grocery trading team, so they won't be taking you through to interview.

Don't be disheartened, the feedback on your CV was positive and I've got a couple of similar roles with other clients that I think are a better fit. Free for a call at lunchtime?

Callum

Callum Brady | Principal Consultant
Hollis Grey Recruitment | Manchester""")

add("rejection", "Kestwick Homes", "Gareth", "Senior Data Quality Analyst", diff="hard",
    notes="feedback section lists positives and interview detail",
    frm="Gareth Llewellyn <gareth.llewellyn@kestwickhomes.org.uk>",
    subj="Senior Data Quality Analyst - interview feedback", date="2025-12-09 14:40 +0000", body="""Hello Hannah,

Thank you for interviewing with us for the Senior Data Quality Analyst post. I'm sorry to say that, on balance, we don't think it is the right match at this time, and we have appointed another applicant.

As promised, some feedback from the interview:
- Strengths: excellent examples of data cleansing projects, good understanding of housing compliance data.
- Areas to develop: stakeholder management at senior level; the panel wanted more evidence of leading a team.

I hope this is useful, and please do look out for our Data Quality Analyst vacancy early next year.

Gareth Llewellyn
Head of Data & Systems
Kestwick Homes""")

add("rejection", "Orrin Robotics", "", "Data Analyst (Ops)",
    notes="Ashby template",
    frm="Orrin Robotics <no-reply@ashbyhq.com>", subj="Your application to Orrin Robotics",
    date="2026-09-15 10:00 +0100", fmt="alt", hdrs=ATS_AUTO, body="""Hi Hannah,

Thanks for applying to the Data Analyst (Ops) role at Orrin Robotics in Edinburgh.

We've reviewed your application, and unfortunately we've decided not to move forward at this stage.

We appreciate your interest in Orrin and wish you the best in your search.

The Orrin Robotics Team""")

add("rejection", "Pennyroyal & Co.", "Nadia", "Customer Insight Analyst", diff="hard",
    notes="reply to salary question; Co. kept",
    frm="Nadia Karim <nadia.karim@pennyroyal.co.uk>",
    subj="Re: Customer Insight Analyst - salary question", date="2026-04-01 09:26 +0100", reply=True,
    body="""Hi Hannah,

Thanks for the question on salary and apologies for the delay. Having spoken with the team, and given the gap between your expectations and the band for this role, we won't take your application further on this occasion.

I'm sorry it isn't a better answer.

Nadia
People Partner
Pennyroyal & Co.

On Thu, 26 Mar 2026 at 18:04, Hannah Achterberg <hannah.achterberg@btinternet.com> wrote:
> Hi Nadia, before we book the interview, could you tell me the salary range for the role?""")

# ---------------------------------------------------------------- on hold
add("on_hold", "Harrowgate Mutual", "", "Senior Data Analyst", diff="hard",
    notes="requisition closed; 'no longer be considered' reads like rejection",
    frm="Harrowgate Mutual <harrowgate@myworkday.com>", subj="Senior Data Analyst (R-21007)",
    date="2025-11-12 16:44 +0000", hdrs=ATS_AUTO, body="""Dear Hannah,

We are writing to let you know that the requisition for Senior Data Analyst (R-21007) has been closed by the business and the position will not be filled. As a result, your application will no longer be considered for this vacancy.

This decision is not a reflection of your application. We would encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Talent Acquisition
Harrowgate Mutual plc""")

add("on_hold", "Kitewell Analytics", "Ollie", "Analytics Lead",
    notes="pausing the search pending funding",
    frm="Ollie Brennan <ollie@kitewell.ai>", subj="Analytics Lead - pausing things",
    date="2026-07-08 18:30 +0100", body="""Hi Hannah,

I wanted to give you an honest update. We're pausing this search while we close our next funding round - the board has asked us not to add headcount until it's signed. I hoped to have an answer by now but realistically it's September at the earliest.

You were at the top of our list, and I'll come straight back to you if and when we reopen the role.

Ollie
CEO, Kitewell Analytics""")

add("on_hold", "London Borough of Aldenham", "", "Data Analyst (Children's Services)",
    notes="council recruitment freeze",
    frm="London Borough of Aldenham <noreply@aldenham.tal.net>",
    subj="ALD-04120 Data Analyst (Children's Services) - recruitment paused",
    date="2025-12-03 09:00 +0000", hdrs=ATS_AUTO, body="""Dear Hannah Achterberg

Following the Council's decision to introduce a temporary freeze on external recruitment while the budget for 2026/27 is set, the recruitment campaign for ALD-04120 Data Analyst (Children's Services) has been suspended with immediate effect.

Interviews planned for w/c 8 December will not go ahead. If the post is re-advertised we will let you know.

We apologise for any inconvenience.

Resourcing Team
London Borough of Aldenham""")

add("on_hold", "Wyvern Vale University Hospitals NHS Foundation Trust", "", "Business Intelligence Developer (Band 7)",
    diff="hard", notes="post withdrawn after establishment review",
    frm="Trakline Recruitment <noreply@trakline-nhs.co.uk>",
    subj="Vacancy withdrawn: Business Intelligence Developer (Band 7) - 312-BID-0226",
    date="2026-02-19 13:12 +0000", hdrs=ATS_AUTO, body="""Dear Hannah

Vacancy: Business Intelligence Developer (Band 7)
Reference: 312-BID-0226
Organisation: Wyvern Vale University Hospitals NHS Foundation Trust

We are writing to inform you that this vacancy has been withdrawn following a review of the department's establishment. No appointment will be made and all applications have been closed.

We apologise for any disappointment this causes and thank you for your interest.

Recruitment Services""")

add("on_hold", "Steinhaus Versicherungen AG", "Katrin", "Datenanalyst (m/w/d)", lang="de",
    notes="German; filling postponed",
    frm="Katrin Vogel <k.vogel@steinhaus-versicherungen.de>",
    subj="Ihre Bewerbung als Datenanalyst (m/w/d)", date="2025-08-28 10:30 +0200", body="""Liebe Frau Achterberg,

vielen Dank für Ihre Geduld. Leider müssen wir Ihnen mitteilen, dass die Besetzung der Stelle Datenanalyst (m/w/d) aufgrund einer internen Umstrukturierung vorerst zurückgestellt wurde. Das Auswahlverfahren ist daher bis auf Weiteres ausgesetzt.

Dies hat nichts mit Ihrer Qualifikation zu tun. Sobald wir die Stelle wieder ausschreiben, melden wir uns gern bei Ihnen.

Mit freundlichen Grüßen
Katrin Vogel
Recruiting
Steinhaus Versicherungen AG""")

add("on_hold", "Brightfield Systems", "Kara", "Senior BI Analyst", diff="hard",
    notes="reorg; 'not moving forward with the role'",
    frm="Kara Lindqvist <kara.lindqvist@brightfieldsystems.com>", subj="Senior BI Analyst - update",
    date="2026-03-17 11:05 -0400", body="""Hi Hannah,

I'm sorry to be the bearer of this news. As part of a reorganization of our EMEA operations announced this morning, we will not be moving forward with the Senior BI Analyst role in London, and the position is no longer open.

This has nothing to do with your interviews, which went very well. If a comparable role is created in the new structure I will reach out to you first.

Best,
Kara Lindqvist
Senior Technical Recruiter
Brightfield Systems, Inc.""")

add("on_hold", "Oakhollow Energy", "Jess", "Data Analyst", diff="hard",
    notes="agency relays client's budget hold",
    frm="Jess Okonedo <jess.okonedo@kingsmeretalent.co.uk>", subj="Oakhollow - Data Analyst on hold",
    date="2026-01-29 10:18 +0000", body="""Morning Hannah,

Bit of frustrating news from Oakhollow Energy - their finance director has put all non-critical hires on hold until the new financial year, and unfortunately the Data Analyst role falls into that bucket. They were keen to meet you so I'm hopeful it will be back in April.

I'll keep you posted. Shout if anything changes at your end.

Jess
Kingsmere Talent Partners""")

add("on_hold", "University of Southmoor", "", "Research Data Officer",
    notes="funding not confirmed; postponed",
    frm="Southmoor Jobs <jobs-noreply@southmoor.ac.uk>",
    subj="Research Data Officer (SM-2611) - recruitment postponed", date="2026-06-30 15:00 +0100",
    hdrs=ATS_AUTO, body="""Dear Hannah,

Thank you for applying for the post of Research Data Officer (SM-2611).

As external funding for this post has not yet been confirmed, the School has taken the decision to postpone recruitment until the start of the new academic year. Your application will be held and we will contact all applicants once a decision has been made.

Human Resources
University of Southmoor""")

add("on_hold", "Brightlamp Trust", "Neil", "Insight Analyst", diff="hard",
    notes="shortlist + 'unfortunately' but trustees paused the role",
    frm="Neil Corrigan <neil.corrigan@brightlamptrust.org>", subj="Insight Analyst role",
    date="2025-10-24 17:15 +0100", body="""Dear Hannah,

You were on our shortlist for the Insight Analyst role and I'd hoped to be writing with interview dates. Unfortunately, at Tuesday's meeting our trustees asked us to pause the appointment until the strategic review concludes in the new year.

I know this is frustrating. We have your details and I'll be in touch as soon as we're able to restart.

Kind regards,
Neil Corrigan
Director of Operations
Brightlamp Trust""")

add("on_hold", "Tessellate Health", "Aoife", "Product Data Analyst",
    notes="short; 'put on ice'",
    frm="Aoife Gallagher <aoife@tessellatehealth.ie>", subj="Re: Product Data Analyst",
    date="2025-11-27 12:41 +0000", reply=True, body="""Hi Hannah,

Short update - we've put the Product Data Analyst hire on ice for now after a change in priorities. I'll reach out if it reopens.

Aoife
Tessellate Health""")

# ---------------------------------------------------------------- interviews
add("interview", "Quayline Analytics", "", "Data Analyst", iat="2025-03-04T10:00:00+00:00",
    notes="Greenhouse confirmation",
    frm="Quayline Analytics <no-reply@us.greenhouse-mail.io>",
    subj="Interview confirmed: Data Analyst at Quayline Analytics", date="2025-02-27 14:22 +0000",
    fmt="alt", hdrs=ATS_AUTO, body="""Hi Hannah,

Your interview for the Data Analyst role is confirmed.

When: Tuesday 4th March 2025, 10:00 - 11:00 (London time)
Where: Google Meet (link below)
With: Lewis Carr (Senior Analyst) and Priya Raman (Head of Data)

Join: https://meet.google.com/qyl-data-hna

If you need to reschedule, please reply to this email at least 24 hours in advance.

Quayline Analytics Recruiting""")

add("interview", "Pollenpath", "Georgia", "BI Analyst",
    notes="Calendly link; no fixed time",
    frm="Georgia Finch <georgia@pollenpath.com>", subj="Pollenpath - next step", date="2025-05-14 11:30 +0100",
    body="""Hi Hannah,

Thanks for applying for our BI Analyst role - I'd love to set up a 30-minute video call to talk through your experience and tell you more about the team.

Grab whatever time suits you here: https://calendly.com/georgia-pollenpath/30min

Speak soon,
Georgia
Talent, Pollenpath""")

add("interview", "Thistlebank Building Society", "Tom", "Insight Analyst", iat="2025-10-14T14:00:00+01:00",
    notes="Outlook invite with text/calendar",
    frm="Tom Greaves <tom.greaves@thistlebank.co.uk>", subj="Interview - Insight Analyst",
    date="2025-10-08 09:12 +0100", body="""When: Tuesday, 14 October 2025 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Thistlebank House, 3rd floor, 22 Fountain Street, Manchester

Hi Hannah, this will be with me and Farah from our Risk team. We'll spend about 40 minutes on your experience and 20 on a short data exercise - bring a laptop if you can.

Tom Greaves
Insight Manager | Thistlebank Building Society""",
    ics=ics_event("thst-7731", "20251014T140000", "20251014T150000", "Interview - Insight Analyst",
                  "tom.greaves@thistlebank.co.uk", "Thistlebank House, Manchester"))

add("interview", "London Borough of Aldenham", "", "Performance & Insight Officer",
    iat="2026-01-21T09:30:00+00:00", notes="Oleeo assessment centre invite",
    frm="London Borough of Aldenham <noreply@aldenham.tal.net>",
    subj="Invitation to assessment: Performance & Insight Officer (ALD-04377)", date="2026-01-12 15:20 +0000",
    hdrs=ATS_AUTO, body="""Dear Hannah Achterberg

Congratulations - you have been shortlisted for the post of Performance & Insight Officer (ALD-04377).

You are invited to attend an assessment and interview at Aldenham Civic Centre, Station Road, on Wednesday 21 January 2026 at 9:30am. The session will last approximately two and a half hours and will include a written data exercise followed by a panel interview.

Please confirm your attendance by logging in to your candidate account. Bring photo ID and proof of your right to work in the UK.

Resourcing Team
London Borough of Aldenham""")

add("interview", "Wyvern Vale University Hospitals NHS Foundation Trust", "", "Information Analyst (Band 5)",
    diff="hard", iat="2026-02-12T11:15:00+00:00", notes="British dd/mm date in a form layout",
    frm="Trakline Recruitment <noreply@trakline-nhs.co.uk>",
    subj="Invitation to interview - 312-INF-0126", date="2026-02-02 10:02 +0000", hdrs=ATS_AUTO,
    body="""Dear Hannah

Post: Information Analyst (Band 5)
Reference: 312-INF-0126
Organisation: Wyvern Vale University Hospitals NHS Foundation Trust

Following shortlisting, we are pleased to invite you to interview.

Date: 12/02/2026
Time: 11:15
Venue: Education Centre, Seminar Room 3, Wyvern Vale General Hospital
Panel: Head of Information; Senior Information Analyst; HR representative

Please log in to Trakline to accept this slot. Bring original ID documents for pre-employment checks.

Recruitment Services""")

add("interview", "Fernlight Health", "Marcus", "Product Analyst", diff="hard",
    iat="2025-06-12T16:00:00+01:00", notes="informal coffee; relative day; no word interview",
    frm="Marcus Ohene <marcus@fernlight.health>", subj="coffee?", date="2025-06-09 08:47 +0100",
    body="""Hi Hannah,

Loved your application for the product analyst role. Rather than a formal process to start with, fancy a coffee and a chat about what we're building? I've put Thursday at 4pm in the diary - Department of Coffee on Leather Lane. Tell me if that doesn't work and we'll find another time.

Marcus
Fernlight Health""")

add("interview", "Ardgowan & Lisle Bank", "Eilidh", "MI Analyst", diff="hard",
    iat="2025-03-07T15:00:00+00:00", notes="reschedule; old and new times in thread",
    frm="Eilidh Morrison <eilidh.morrison@ardgowanlisle.co.uk>",
    subj="RE: Interview confirmation - MI Analyst", date="2025-03-03 12:05 +0000", reply=True, body="""Hi Hannah,

Apologies - one of the panel has been called into a regulatory meeting on Wednesday, so we need to move your interview. Could we do Friday 7 March at 15:00 instead? Same Teams link as before. I've sent an updated invite; if Friday is a problem let me know.

Many thanks,
Eilidh

Eilidh Morrison
Recruitment Coordinator
Ardgowan & Lisle Bank plc

From: Eilidh Morrison
Sent: 26 February 2025 10:14
To: Hannah Achterberg
Subject: Interview confirmation - MI Analyst

Hi Hannah, confirming your interview on Wednesday 5 March at 11:00 via Teams.""")

add("interview", "Tallyho Labs", "", "Analytics Engineer",
    notes="take-home plus review session to book",
    frm="Tallyho Labs <no-reply@hire.lever.co>", subj="Next steps: Analytics Engineer take-home",
    date="2025-10-22 10:00 +0100", hdrs=ATS_AUTO, fmt="alt", body="""Hi Hannah,

Great news - the team would like to move you to the technical stage for Analytics Engineer.

1. Take-home: a small dbt project on a sample orders dataset (repo link below). Please spend no more than 3 hours on it and return it within 7 days.
2. Review interview: a 60-minute session with two of our engineers to walk through your solution. Book a slot once you've submitted: https://hire.lever.co/schedule/tallyho/ae-review

Repo: https://git.tallyholabs.dev/hiring/ae-takehome

Good luck!
Tallyho Labs Talent""")

add("interview", "Brightfield Systems", "Kara", "Data Analyst, EMEA", diff="hard",
    iat="2025-09-18T09:00:00-04:00", notes="ET time with UK conversion",
    frm="Kara Lindqvist <kara.lindqvist@brightfieldsystems.com>",
    subj="Panel interview - Data Analyst, EMEA", date="2025-09-12 13:30 -0400", body="""Hi Hannah,

Thanks for a great conversation on Monday. The hiring team would like you to join a panel interview on Thursday, September 18 at 9:00 AM ET (2:00 PM UK time). It will be 90 minutes on Zoom with three members of the analytics team and will include a short SQL exercise.

A calendar invitation with the Zoom details will follow shortly.

Best,
Kara Lindqvist
Senior Technical Recruiter
Brightfield Systems, Inc.""")

add("interview", "Banque Ardoise", "Mathilde", "Analyste Données Risques (H/F)", lang="fr",
    iat="2026-03-17T14:00:00+01:00", notes="French",
    frm="Mathilde Roux <mathilde.roux@banque-ardoise.fr>",
    subj="Entretien - Analyste Données Risques (H/F)", date="2026-03-10 09:40 +0100", body="""Bonjour Hannah,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec le responsable de l'équipe Risques pour le poste d'Analyste Données Risques (H/F).

L'entretien aura lieu en visioconférence le mardi 17 mars 2026 à 14h00 (heure de Paris) et durera environ une heure. Le lien Teams vous sera envoyé la veille.

Merci de me confirmer votre disponibilité.

Bien à vous,
Mathilde Roux
Chargée de recrutement
Banque Ardoise""")

add("interview", "Datalumen Ibérica", "Javier", "Analista de Datos (Business Intelligence)", lang="es",
    iat="2025-06-05T11:00:00+02:00", notes="Spanish",
    frm="Javier Ortega <javier.ortega@datalumen.es>",
    subj="Entrevista - Analista de Datos (Business Intelligence)", date="2025-05-28 16:05 +0200", body="""Hola Hannah:

Gracias por tu interés en el puesto. Nos gustaría conocerte mejor en una entrevista por videollamada el jueves 5 de junio a las 11:00 (hora peninsular española), con una duración aproximada de 45 minutos.

Te enviaremos el enlace de Google Meet por correo. Si no te viene bien, dímelo y buscamos otra hora.

Un saludo,
Javier Ortega
Responsable de BI
Datalumen Ibérica S.L.""")

add("interview", "Liffeyside Payments", "", "Risk Data Analyst",
    notes="GoodTime slot picker; several slots",
    frm="Liffeyside Payments Recruiting <scheduling@goodtime.io>",
    subj="Please select your interview time - Risk Data Analyst", date="2026-04-14 09:03 +0100", fmt="html",
    hdrs=ATS_AUTO, html_body="""<html><body>
<p>Hi Hannah,</p>
<p>Liffeyside Payments would like to schedule a <b>45-minute video interview</b> for the <b>Risk Data Analyst</b> role with the hiring manager.</p>
<p>Please choose one of the following times (Irish time):</p>
<ul><li>Tue 21 Apr, 10:00</li><li>Tue 21 Apr, 15:30</li><li>Thu 23 Apr, 11:00</li></ul>
<p><a href="https://app.goodtime.io/select/lfsp-8812">Select a time</a></p>
<p>Powered by GoodTime</p>
</body></html>""")

add("interview", "Meadowgate Supermarkets", "Callum", "Trading Analyst", diff="hard",
    iat="2025-10-16T14:30:00+01:00", notes="agency; 'tomorrow at 2:30' relative",
    frm="Callum Brady <callum.brady@hollisgrey.co.uk>", subj="Meadowgate want to meet you!",
    date="2025-10-15 08:40 +0100", body="""Hi Hannah,

Great news - Meadowgate Supermarkets loved your CV for the Trading Analyst role and want to see you tomorrow at 2:30 at their Salford Quays office. It'll be an hour with Diane (Head of Trading Analytics) and one of her senior analysts - mostly competency questions plus a chat about promotions data.

I've said yes provisionally as you told me you were free Thursday afternoon - let me know ASAP if that's not right and I'll prep you properly this evening.

Callum
Hollis Grey Recruitment""")

add("interview", "Caldmore Bank", "", "Data Analyst",
    notes="one-way recorded video interview with deadline",
    frm="Caldmore Bank <caldmore@myworkday.com>", subj="Action required: video interview for Data Analyst",
    date="2026-07-01 07:30 +0100", hdrs=ATS_AUTO, fmt="html", cte="base64", html_body="""<html><body>
<p>Dear Hannah,</p>
<p>Thank you for your application for <b>Data Analyst</b> at Caldmore Bank. We'd like to invite you to the next stage: a recorded video interview.</p>
<p>You'll answer five questions on camera, with 30 seconds to prepare and up to 2 minutes to answer each. Please complete it by 23:59 on 8 July 2026.</p>
<p><a href="https://caldmore.wd3.myworkdayjobs.com/video/8841">Start your video interview</a></p>
<p>Caldmore Bank Resourcing</p></body></html>""")

add("interview", "Copperbeech Retail Group", "Hayley", "Trading Data Analyst", diff="hard",
    iat="2026-11-02T11:00:00+00:00", notes="itinerary; 'arrive 10:45' vs first session 11:00; no word interview",
    frm="Hayley Burrows <hayley.burrows@copperbeech.co.uk>", subj="Your visit to Copperbeech on Monday 2 November",
    date="2026-10-27 16:15 +0000", fmt="alt", body="""Hi Hannah,

We're looking forward to welcoming you to Copperbeech House for the final stage. Here's the plan for the day:

Please arrive at reception by 10:45 on Monday 2 November.
11:00 - 11:45  Ben Ashworth, Head of Trading Insight
11:45 - 12:30  Case presentation to the trading team (the brief you received last week)
12:30 - 13:00  Lunch with two of the analysts
13:00 - 13:30  Meet the People team

Ask for me at reception. Any questions, call me on 020 7946 0312.

Hayley Burrows
Talent Partner
Copperbeech Retail Group""")

add("interview", "Kestwick Homes", "Gareth", "Data Quality Analyst", diff="hard",
    iat="2026-03-11T10:00:00+00:00", notes="reply thread; quoted 'unfortunately not available'",
    frm="Gareth Llewellyn <gareth.llewellyn@kestwickhomes.org.uk>", subj="RE: Data Quality Analyst - first stage",
    date="2026-03-06 11:50 +0000", reply=True, body="""Hi Hannah,

No problem at all. Wednesday at 10am then - I'll send a Teams invite. It'll be me and Priti from the Compliance team, about 45 minutes.

Gareth

From: Hannah Achterberg
Sent: 06 March 2026 10:31
Subject: Re: Data Quality Analyst - first stage

Hi Gareth, thank you for getting back to me. Unfortunately I'm not available on Monday; would Wednesday morning work instead?""")

add("interview", "Orrin Robotics", "", "Data Analyst (Ops)", iat="2025-06-23T13:30:00+01:00",
    notes="Ashby phone screen confirmation",
    frm="Orrin Robotics <no-reply@ashbyhq.com>", subj="Confirmed: call with Orrin Robotics",
    date="2025-06-18 10:12 +0100", hdrs=ATS_AUTO, body="""Hi Hannah,

Your 30-minute call with our Talent Partner for the Data Analyst (Ops) role is confirmed for Monday 23 June 2025 at 13:30 BST.

We'll call you on the number in your application. To reschedule, use the link in your calendar invite.

The Orrin Robotics Team""")

add("interview", "Irwell Data Co.", "", "Junior Data Engineer",
    notes="Teamtailor; book a technical interview slot",
    frm="Irwell Data Co. <jobs@irwelldata.teamtailor-mail.com>",
    subj="Book your technical interview - Junior Data Engineer", date="2025-06-30 12:00 +0100",
    hdrs=ATS_AUTO, body="""Hi Hannah,

Thanks for your application for Junior Data Engineer. We'd like to invite you to a one-hour technical interview with two of our engineers (Python and SQL, no leetcode).

Please choose a time that suits you: https://irwelldata.teamtailor.com/meetings/book/5521

See you soon,
Irwell Data Co.""")

add("interview", "Harbourline Insurance", "", "Pricing Analyst", iat="2026-04-24T15:00:00+01:00",
    notes="SmartRecruiters; HTML only; base64",
    frm="Harbourline Insurance <noreply@smartrecruiters.com>", subj="Interview confirmed - Pricing Analyst",
    date="2026-04-17 13:48 +0100", fmt="html", cte="base64", hdrs=ATS_AUTO, html_body="""<html><body>
<p>Dear Hannah,</p>
<p>Your interview for <b>Pricing Analyst</b> at Harbourline Insurance has been confirmed.</p>
<table><tr><td>Date</td><td>Friday 24 April 2026</td></tr>
<tr><td>Time</td><td>15:00 BST</td></tr>
<tr><td>Location</td><td>Harbourline House, 9 Piccadilly Place, Manchester</td></tr></table>
<p>Please bring photo ID.</p>
<p>Harbourline Insurance Talent Team</p></body></html>""")

add("interview", "Tessellate Health", "Aoife", "Product Data Analyst", diff="hard",
    iat="2025-09-03T11:00:00+01:00", notes="Outlook 'UTC+00:00 Dublin' label in summer; ics",
    frm="Aoife Gallagher <aoife@tessellatehealth.ie>", subj="Product Data Analyst - Hannah / Aoife",
    date="2025-08-28 15:25 +0100", body="""When: Wednesday, 3 September 2025 11:00-11:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

Hi Hannah, looking forward to chatting. I'll cover the role and the team, and I'd like to hear about the churn model you mentioned.

Aoife""",
    ics=ics_event("tess-4410", "20250903T110000", "20250903T114500", "Product Data Analyst - Hannah / Aoife",
                  "aoife@tessellatehealth.ie", "Microsoft Teams Meeting"))

add("interview", "Pemberton & Crane", "Anjali", "Data Visualisation Consultant",
    notes="case-study interview; slots to follow",
    frm="Anjali Mehta <anjali.mehta@pembertoncrane.com>", subj="Data Visualisation Consultant - case study stage",
    date="2026-02-09 10:20 +0000", body="""Dear Hannah,

I'm pleased to let you know that the partners would like to invite you to the case study interview for the Data Visualisation Consultant role.

You'll receive a dataset and brief 48 hours beforehand and will present your findings to two partners for 20 minutes, followed by questions. My colleague will be in touch shortly with available slots for next week.

Kind regards,
Anjali Mehta
Recruitment Manager
Pemberton & Crane LLP""")

add("interview", "Harrowgate Mutual", "", "Reporting Analyst",
    notes="Workday self-schedule link",
    frm="Harrowgate Mutual <harrowgate@myworkday.com>", subj="Schedule your interview - Reporting Analyst",
    date="2026-09-08 09:30 +0100", hdrs=ATS_AUTO, fmt="alt", body="""Dear Hannah,

We are pleased to invite you to a first-stage interview for the Reporting Analyst position (R-23350).

Please log in to your candidate home and select an interview time from the available slots. Interviews will be held via Microsoft Teams and last approximately 45 minutes.

Kind regards,
Talent Acquisition
Harrowgate Mutual plc""")

# ---------------------------------------------------------------- offers
add("offer", "Orrin Robotics", "Isla", "Data Analyst (Ops)", notes="offer letter PDF attached",
    frm="Isla Grant <isla.grant@orrinrobotics.com>", subj="Your offer from Orrin Robotics",
    date="2025-07-10 17:05 +0100", pdf="Orrin_Robotics_Offer_Letter_H_Achterberg.pdf", body="""Hi Hannah,

Following our call this afternoon, I'm delighted to attach your formal offer letter for the Data Analyst (Ops) position at Orrin Robotics, based in Edinburgh.

The letter sets out the salary of £46,000, share options, and a proposed start date of 1 September 2025. Please read it through and sign via the DocuSign link by Friday 18 July.

Any questions at all, give me a ring.

Isla Grant
People Lead, Orrin Robotics""")

add("offer", "Kestwick Homes", "Gareth", "Data Quality Analyst", diff="hard",
    notes="verbal-offer follow-up; never says 'offer'",
    frm="Gareth Llewellyn <gareth.llewellyn@kestwickhomes.org.uk>", subj="Great news",
    date="2026-03-20 16:32 +0000", body="""Hi Hannah,

Lovely to speak to you just now - the whole panel is really pleased you're going to be joining us as our Data Quality Analyst.

To recap what we discussed: £41,500, hybrid with two days a week in the Croydon office, and a start date of Tuesday 2 June subject to references. HR will send the contract and the reference forms in the next couple of days.

Welcome aboard!

Gareth
Head of Data & Systems
Kestwick Homes""")

add("offer", "Caldmore Bank", "", "Data Analyst", notes="Workday offer ready to review; HTML only",
    frm="Caldmore Bank <caldmore@myworkday.com>", subj="Your offer is ready to review",
    date="2026-08-03 10:00 +0100", fmt="html", hdrs=ATS_AUTO, html_body="""<html><body>
<p>Dear Hannah,</p>
<p>Congratulations! We are pleased to extend an offer of employment for the position of <b>Data Analyst</b> at Caldmore Bank.</p>
<p>Your offer documents are ready to review in your Workday candidate home. Please accept or decline within five working days.</p>
<p>Your recruiter, Samir Haddad, will be in touch to talk through the details.</p>
<p>Caldmore Bank Resourcing</p></body></html>""")

add("offer", "Wyvern Vale University Hospitals NHS Foundation Trust", "", "Information Analyst (Band 5)",
    notes="conditional offer subject to checks",
    frm="Trakline Recruitment <noreply@trakline-nhs.co.uk>",
    subj="Conditional offer of employment - 312-INF-0126", date="2026-02-17 14:30 +0000", hdrs=ATS_AUTO,
    body="""Dear Hannah

Post: Information Analyst (Band 5)
Reference: 312-INF-0126
Organisation: Wyvern Vale University Hospitals NHS Foundation Trust

Following your recent interview, we are pleased to make you a conditional offer of employment for the above post, starting at the bottom of Band 5.

This offer is subject to satisfactory pre-employment checks, including references, occupational health clearance and verification of your right to work. Please log in to Trakline to accept the offer and complete the checks.

Recruitment Services""")

add("offer", "Meadowgate Supermarkets", "Callum", "Trading Analyst", diff="hard",
    notes="agency relays client's offer by phone; salary figure",
    frm="Callum Brady <callum.brady@hollisgrey.co.uk>", subj="Following our call - Meadowgate",
    date="2025-10-21 13:10 +0100", body="""Hi Hannah,

As promised, the details in writing: Meadowgate Supermarkets would like you to join them as Trading Analyst at £48,000 plus 10% bonus, 25 days' holiday and hybrid working (3 days in Salford). They're hoping for a start on 1 December.

Have a think tonight and let me know - they've asked for an answer by Friday. Congratulations, you smashed it!

Callum
Hollis Grey Recruitment""")

add("offer", "Fernlight Health", "Marcus", "Product Analyst", notes="start-up offer; letter via Teamtailor",
    frm="Marcus Ohene <marcus@fernlight.health>", subj="We'd love you to join Fernlight!",
    date="2025-06-27 18:45 +0100", fmt="alt", body="""Hi Hannah,

I'm thrilled to offer you the role of Product Analyst at Fernlight Health. The whole team was bowled over last week.

You'll get the formal offer letter through Teamtailor within the hour (salary £52k plus EMI options, as discussed). Take the weekend to think about it and let's talk Monday.

Marcus
Co-founder & CTO, Fernlight Health Ltd""")

# ---------------------------------------------------------------- application received
add("application_received", "Harrowgate Mutual", "", "Data Analyst – Claims Insight",
    notes="Workday acknowledgement",
    frm="Harrowgate Mutual <harrowgate@myworkday.com>", subj="Thank you for applying to Harrowgate Mutual",
    date="2025-03-30 21:14 +0100", hdrs=ATS_AUTO, body="""Dear Hannah,

Thank you for applying for the Data Analyst – Claims Insight position (R-20418). We have received your application and our Talent Acquisition team will review it shortly.

You can track the status of your application in your candidate home.

Kind regards,
Talent Acquisition
Harrowgate Mutual plc""")

add("application_received", "London Borough of Aldenham", "", "Senior Performance & Insight Officer", diff="hard",
    notes="mentions shortlisting, interview dates and 'assume unsuccessful'",
    frm="London Borough of Aldenham <noreply@aldenham.tal.net>",
    subj="ALD-03391 - application submitted", date="2025-03-02 20:31 +0000", hdrs=ATS_AUTO, body="""Dear Hannah Achterberg

Thank you for submitting your application for Senior Performance & Insight Officer (ALD-03391).

Shortlisting will take place w/c 10/03 and interviews are planned for 27/03. If you have not heard from us by 21/03, please assume that your application has been unsuccessful on this occasion.

Resourcing Team
London Borough of Aldenham""")

add("application_received", "Steinhaus Versicherungen AG", "", "Datenanalyst (m/w/d)", lang="de",
    notes="German acknowledgement",
    frm="Steinhaus Versicherungen AG <karriere@steinhaus-versicherungen.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung: Datenanalyst (m/w/d)", date="2025-07-14 08:02 +0200",
    hdrs=ATS_AUTO, body="""Sehr geehrte Frau Achterberg,

vielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d) und Ihr Interesse an der Steinhaus Versicherungen AG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Steinhaus Versicherungen AG

Diese E-Mail wurde automatisch erstellt.""")

add("application_received", "Brightfield Systems", "", "Data Analyst, EMEA",
    notes="iCIMS acknowledgement; US offset",
    frm="Brightfield Systems Talent <talent@brightfieldsystems.icims.com>",
    subj="We received your application", date="2025-08-19 22:40 -0400", hdrs=ATS_AUTO, body="""Hi Hannah,

Thanks for applying to the Data Analyst, EMEA position at Brightfield Systems. Our recruiting team will review your qualifications and reach out if there is a match.

Sincerely,
Brightfield Systems Talent Acquisition""")

add("application_received", "Greenwick Food Network", "", "Data & Evaluation Officer",
    notes="Eploy; CIC in footer",
    frm="Greenwick Food Network <recruitment@greenwickfood.eploy.net>",
    subj="We've received your application", date="2026-05-28 13:00 +0100", hdrs=ATS_AUTO, body="""Dear Hannah,

Thank you for applying for Data & Evaluation Officer. This email confirms that we have received your application.

The closing date is 12 June. We aim to contact shortlisted candidates within two weeks of the closing date.

Greenwick Food Network CIC""")

add("application_received", "Wyvern Vale University Hospitals NHS Foundation Trust", "", "Information Analyst (Band 5)",
    notes="Trac-style submission receipt",
    frm="Trakline Recruitment <noreply@trakline-nhs.co.uk>", subj="Application submitted - 312-INF-0126",
    date="2026-01-08 19:55 +0000", hdrs=ATS_AUTO, body="""Dear Hannah

Your application for Information Analyst (Band 5) at Wyvern Vale University Hospitals NHS Foundation Trust has been submitted successfully.

Application ID: TRK-00918342

Please check your Trakline account regularly, as all further correspondence will be sent through the system.

Recruitment Services""")

add("application_received", "Copperbeech Retail Group", "", "Trading Data Analyst",
    notes="SmartRecruiters acknowledgement",
    frm="Copperbeech Retail Group <noreply@smartrecruiters.com>",
    subj="Thanks for applying to Copperbeech Retail Group", date="2026-01-05 07:48 +0000", fmt="alt",
    hdrs=ATS_AUTO, body="""Hi Hannah,

Thanks for your application for Trading Data Analyst. Our team is reviewing applications now and we'll be in touch about next steps.

Copperbeech Careers""")

add("application_received", "Pollenpath", "", "BI Analyst", diff="hard",
    notes="chatty templated reply that reads personal",
    frm="Team Pollenpath <hello@pollenpath.com>", subj="hey Hannah, got it! 🐝", date="2025-05-09 11:02 +0100",
    body="""Hey Hannah!

Just a quick note to say your application for BI Analyst landed safely with us. A real human (probably Georgia) will read it in the next week or so - we read every single one.

In the meantime, have a nose at our blog to see what we're building.

Buzz buzz,
Team Pollenpath""")

add("application_received", "Liffeyside Payments", "", "Risk Data Analyst", diff="hard",
    notes="'Unfortunately' about not replying individually",
    frm="Liffeyside Payments <noreply@workablemail.com>", subj="Application received: Risk Data Analyst",
    date="2026-04-02 17:20 +0100", hdrs=ATS_AUTO, body="""Hi Hannah,

Thank you for applying for the Risk Data Analyst role at Liffeyside Payments. We've received your application and the hiring team will be reviewing it over the coming weeks.

Unfortunately, due to the number of applications we receive, we can't always respond to every applicant individually, but we will let you know the outcome either way.

People Team
Liffeyside Payments""")

add("application_received", "Irwell Data Co.", "", "Junior Data Engineer", notes="Teamtailor acknowledgement",
    frm="Irwell Data Co. <jobs@irwelldata.teamtailor-mail.com>", subj="Thanks for your application!",
    date="2025-06-20 14:14 +0100", hdrs=ATS_AUTO, body="""Hi Hannah,

Thanks for applying for Junior Data Engineer at Irwell Data Co. We've got your application and will be in touch soon.

Irwell Data Co.""")

add("application_received", "Orrin Robotics", "", "Data Analyst (Ops)", notes="Ashby acknowledgement; HTML",
    frm="Orrin Robotics <no-reply@ashbyhq.com>", subj="Thanks for applying to Orrin Robotics",
    date="2025-06-11 09:30 +0100", fmt="html", hdrs=ATS_AUTO, html_body="""<html><body>
<p>Hi Hannah,</p><p>We've received your application for <b>Data Analyst (Ops)</b>. Our team will review it and get back to you.</p>
<p>The Orrin Robotics Team</p></body></html>""")

add("application_received", "University of Southmoor", "", "Planning & Insight Analyst", diff="hard",
    notes="mentions interview date and 'not shortlisted' as future steps",
    frm="Southmoor Jobs <jobs-noreply@southmoor.ac.uk>", subj="Application received: Planning & Insight Analyst (SM-2517)",
    date="2025-04-14 12:00 +0100", hdrs=ATS_AUTO, body="""Dear Hannah,

Thank you for your application for Planning & Insight Analyst (SM-2517). This is an automatic confirmation that it has been received.

Interviews are expected to take place on 20 May 2025. If you are invited to interview you will hear from us by 9 May; if not, please accept this as notification that you have not been shortlisted.

Human Resources
University of Southmoor""")

add("application_received", "Tallyho Labs", "", "Analytics Engineer", notes="Lever short acknowledgement",
    frm="Tallyho Labs <no-reply@hire.lever.co>", subj="Thanks for applying to Tallyho Labs",
    date="2025-10-10 23:02 +0100", hdrs=ATS_AUTO, body="""Hi Hannah, thanks for applying for Analytics Engineer. We'll review your application and be in touch.

- Tallyho Labs""")

add("application_received", "Meadowgate Supermarkets", "", "Trading Analyst", diff="hard",
    notes="job-board relay: application sent to employer",
    frm="CareerHarbour <applications@careerharbour.co.uk>",
    subj="Your application has been sent to Meadowgate Supermarkets", date="2025-05-12 21:48 +0100",
    fmt="alt", hdrs={"List-Unsubscribe": "<https://careerharbour.co.uk/unsub?u=88231>"}, body="""Hi Hannah,

Good news - your application for Trading Analyst at Meadowgate Supermarkets has been sent. The employer will contact you directly if they'd like to take things further.

Similar jobs you might like:
- Commercial Analyst, Salford
- Pricing Analyst, Manchester

CareerHarbour""")

add("application_received", "Hearthside Foundation", "Jo", "Data & Impact Officer", diff="hard",
    notes="human-signed template; closing date",
    frm="Hearthside Recruitment <recruitment@hearthside.org.uk>", subj="Re: Application - Data & Impact Officer",
    date="2026-02-10 10:15 +0000", reply=True, body="""Dear Hannah,

Thank you for your application for the Data & Impact Officer role, which we have received. The closing date is 20 February and we'll be in touch with everyone after shortlisting.

Best wishes,
Jo
HR Assistant, Hearthside Foundation""")

add("application_received", "Pemberton & Crane", "", "Data Visualisation Consultant", diff="hard",
    notes="outlines assessment and interview as future steps",
    frm="Pemberton & Crane Careers <careers@pembertoncrane.com>",
    subj="Application received - Data Visualisation Consultant", date="2026-01-19 09:00 +0000",
    hdrs=ATS_AUTO, fmt="alt", body="""Dear Hannah,

Thank you for applying for the Data Visualisation Consultant role at Pemberton & Crane LLP.

What happens next:
1. Our team reviews your application (around 10 working days).
2. Successful applicants are invited to an online assessment.
3. Shortlisted candidates then attend a case study interview with two partners.

Kind regards,
Graduate & Experienced Hire Recruitment
Pemberton & Crane LLP""")

# ---------------------------------------------------------------- auto replies
AR = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

add("auto_reply", "Harrowgate Mutual", "Rachel", "", "2025-11-03", diff="hard",
    notes="British dd/mm 'back on 03/11'",
    frm="Rachel Dunmore <rachel.dunmore@harrowgatemutual.co.uk>",
    subj="Automatic reply: Reporting Analyst - question about hybrid working", date="2025-10-27 09:14 +0000",
    reply=True, hdrs=AR, body="""Hello,

Thank you for your email. I'm on annual leave and back on 03/11. For anything urgent relating to recruitment please contact talent@harrowgatemutual.co.uk.

Rachel Dunmore
Talent Acquisition Partner
Harrowgate Mutual plc""")

add("auto_reply", "Steinhaus Versicherungen AG", "Katrin", "", "2025-08-18", lang="de",
    notes="German Abwesenheitsnotiz",
    frm="Katrin Vogel <k.vogel@steinhaus-versicherungen.de>",
    subj="Abwesenheitsnotiz: Rückfrage zur Stelle Datenanalyst (m/w/d)", date="2025-08-04 11:20 +0200",
    reply=True, hdrs=AR, body="""Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 15.08.2025 nicht im Büro. Ab Montag, dem 18.08.2025, bin ich wieder für Sie da.

Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@steinhaus-versicherungen.de.

Mit freundlichen Grüßen
Katrin Vogel
Steinhaus Versicherungen AG""")

add("auto_reply", "Banque Ardoise", "Mathilde", "", "2026-04-06", lang="fr",
    notes="French absence message",
    frm="Mathilde Roux <mathilde.roux@banque-ardoise.fr>", subj="Réponse automatique : Re: Entretien",
    date="2026-03-30 08:05 +0200", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Bonjour,

Je suis actuellement absente et serai de retour le lundi 6 avril 2026. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, merci de contacter recrutement@banque-ardoise.fr.

Cordialement,
Mathilde Roux""")

add("auto_reply", "Copperbeech Retail Group", "Hayley", "", notes="no longer works there; redirect",
    frm="Hayley Burrows <hayley.burrows@copperbeech.co.uk>", subj="Automatic reply: Thank you - final stage",
    date="2026-11-10 10:02 +0000", reply=True, hdrs=AR, body="""Thank you for your message. I no longer work at Copperbeech Retail Group and this mailbox is no longer monitored.

For recruitment queries please contact careers@copperbeech.co.uk.""")

add("auto_reply", "London Borough of Aldenham", "", "", diff="hard",
    notes="unmonitored-mailbox bounce on ATS thread; no auto headers",
    frm="London Borough of Aldenham <noreply@aldenham.tal.net>",
    subj="Re: Invitation to assessment: Performance & Insight Officer (ALD-04377)", date="2026-01-12 18:40 +0000",
    reply=True, body="""This mailbox is not monitored and your email has not been read.

If you need to change your assessment or interview arrangements, please log in to your candidate account and use the 'Messages' tab, or email resourcing@aldenham.gov.uk.

London Borough of Aldenham""")

add("auto_reply", "Quayline Analytics", "Priya", "", "2026-10-05", diff="hard",
    notes="parental leave; mentions interview scheduling",
    frm="Priya Raman <priya.raman@quayline.io>", subj="Out of office: Re: Data roles at Quayline",
    date="2026-06-15 13:22 +0100", reply=True, hdrs={"X-Autoreply": "yes"}, body="""Hi there,

I'm on parental leave and will be back on Monday 5 October 2026. I won't be checking email.

If you're in one of our interview processes, please contact Lewis Carr (lewis@quayline.io), who is covering scheduling and interview feedback while I'm away.

Priya""")

add("auto_reply", "Thistlebank Building Society", "Tom", "", "2025-11-18", diff="hard",
    notes="relative return ('Tuesday'); no headers",
    frm="Tom Greaves <tom.greaves@thistlebank.co.uk>", subj="Re: Insight Analyst feedback",
    date="2025-11-13 16:01 +0000", reply=True, body="""I'm out of the office until Tuesday with no access to email. I'll reply when I'm back.

Tom Greaves
Insight Manager | Thistlebank Building Society""")

add("auto_reply", "Pemberton & Crane", "Anjali", "", "2026-03-09", notes="returning Monday 9 March",
    frm="Anjali Mehta <anjali.mehta@pembertoncrane.com>", subj="Automatic reply: Case study questions",
    date="2026-02-27 19:30 +0000", reply=True, hdrs=AR, body="""Thank you for your email. I am on annual leave, returning Monday 9 March. I will respond to your message on my return.

For urgent matters please contact recruitment@pembertoncrane.com.

Anjali Mehta
Recruitment Manager | Pemberton & Crane LLP""")

add("auto_reply", "Kestwick Homes", "Gareth", "", "2026-06-22", diff="hard",
    notes="conference until 19 June inclusive; back 22/06",
    frm="Gareth Llewellyn <gareth.llewellyn@kestwickhomes.org.uk>", subj="Automatic reply: Start date paperwork",
    date="2026-06-16 09:00 +0100", reply=True, hdrs=AR, body="""Thanks for getting in touch. I'm at the Housing Technology conference until 19 June inclusive with limited access to email, and back in the office on 22/06.

If your message is about a vacancy or interview, please email people@kestwickhomes.org.uk.

Gareth""")

add("auto_reply", "Brightfield Systems", "Kara", "", "2026-01-05", diff="hard",
    notes="US m/d date '1/5' from US sender",
    frm="Kara Lindqvist <kara.lindqvist@brightfieldsystems.com>", subj="Out of Office: Re: Senior BI Analyst",
    date="2025-12-22 08:30 -0500", reply=True, hdrs=AR, body="""Hi,

I'm out of the office for the holidays and will return on 1/5. Happy holidays!

Kara Lindqvist | Senior Technical Recruiter | Brightfield Systems""")

add("auto_reply", "Harbourline Insurance", "Sophie", "", notes="off-site, no date",
    frm="Sophie Lavender <sophie.lavender@harbourline.co.uk>", subj="Automatic reply: Pricing Analyst - travel",
    date="2026-04-20 12:00 +0100", reply=True, hdrs=AR, body="""Thank you for your email. I'm working off-site this week with limited access to email and will respond as soon as I can.

Sophie Lavender
Talent Partner, Harbourline Insurance""")

add("auto_reply", "Wyvern Vale University Hospitals NHS Foundation Trust", "", "", diff="hard",
    notes="recruitment inbox autoresponder; mentions interview",
    frm="WVUH Recruitment <recruitment@wyvernvale.nhs.uk>", subj="RE: Interview 12/02 - parking",
    date="2026-02-03 08:12 +0000", reply=True, hdrs={"Auto-Submitted": "auto-replied"}, body="""Thank you for contacting the Recruitment Team at Wyvern Vale University Hospitals NHS Foundation Trust.

This is an automated response to confirm that we have received your email. We aim to reply within 5 working days. If your query concerns an interview taking place within the next 48 hours, please call 01632 960 441.""")

add("auto_reply", "Ardgowan & Lisle Bank", "Eilidh", "", "2025-04-28", diff="hard",
    notes="subject contains 'Interview'; leave ends Friday, back Monday 28th",
    frm="Eilidh Morrison <eilidh.morrison@ardgowanlisle.co.uk>",
    subj="Automatic reply: Interview confirmation - MI Analyst", date="2025-04-22 10:30 +0100", reply=True,
    hdrs=AR, body="""Hello, I'm on leave until Friday 25th April, returning Monday 28th. Your email will not be forwarded.

Eilidh Morrison | Recruitment Coordinator | Ardgowan & Lisle Bank""")

add("auto_reply", "Tessellate Health", "Sinéad", "", notes="left company; no return date",
    frm="Sinéad Byrne <sinead@tessellatehealth.ie>", subj="Auto: Re: Product Data Analyst",
    date="2026-02-02 09:00 +0000", reply=True, hdrs={"X-Autoreply": "yes", "Precedence": "auto_reply"},
    body="""Hi, Sinéad has left Tessellate Health. Your email has not been forwarded. Please contact people@tessellatehealth.ie for hiring questions.""")

# ---------------------------------------------------------------- other
UNSUB = {"List-Unsubscribe": "<https://mail.example.net/unsub/hna>", "Precedence": "bulk"}

add("other", notes="job alert digest", frm="CareerHarbour Alerts <alerts@careerharbour.co.uk>",
    subj="14 new Data Analyst jobs in London", date="2026-03-02 07:00 +0000", fmt="alt", hdrs=UNSUB, body="""Hi Hannah,

Here are today's new jobs matching 'Data Analyst' in London:

Data Analyst - Marketing | Fairbourne Media | £45k-£52k | Apply now
BI Analyst | Hollowell Insurance | £50k | Easy apply
Reporting Analyst (NHS) | North Quay Trust | Band 6
...and 11 more.

Manage your alerts or unsubscribe at any time.
CareerHarbour""")

add("other", diff="hard", notes="networking-site notification naming an employer",
    frm="ProLink <notifications@prolink-mail.com>", subj="Your application was viewed by Harrowgate Mutual",
    date="2025-04-03 12:44 +0100", fmt="html", hdrs=UNSUB, html_body="""<html><body>
<p>Hannah, your application was viewed</p>
<p><b>Harrowgate Mutual</b> viewed your application for Data Analyst – Claims Insight.</p>
<p>Premium members are 2x more likely to hear back. <a href="https://prolink.example/premium">Try Premium free</a></p>
</body></html>""")

add("other", diff="hard", notes="newsletter article on rejection with template phrases",
    frm="The Analyst's Notebook <newsletter@analystsnotebook.co.uk>",
    subj="Rejection is data: what 40 'no's taught me", date="2025-09-07 08:00 +0100", hdrs=UNSUB, body="""This week's issue

Rejection is data: what 40 'no's taught me

Last year I applied for 63 analyst jobs. Forty of them ended in some version of "we won't be progressing your application" or "after careful consideration we have decided to move forward with other candidates". I logged every one in a spreadsheet, and here's what the numbers said...

Also in this issue: five SQL window-function tricks, and how to prepare for a take-home task.

You're receiving this because you subscribed at analystsnotebook.co.uk. Unsubscribe.""")

add("other", diff="hard", notes="podcast 'interview' with a CDO; HTML only",
    frm="Data Talks Podcast <hello@datatalkspod.com>", subj="New episode: our interview with the CDO of Caldmore Bank",
    date="2026-05-20 17:00 +0100", fmt="html", hdrs=UNSUB, html_body="""<html><body>
<h1>Episode 87 is live</h1>
<p>This week we sit down for an in-depth interview with the Chief Data Officer of Caldmore Bank about building a data culture in a 200-year-old institution.</p>
<p>Plus: listener questions on how to answer 'tell me about yourself' in job interviews.</p>
<p><a href="https://datatalkspod.com/87">Listen now</a></p></body></html>""")

add("other", diff="hard", notes="card declined alert",
    frm="Northgate Bank <alerts@northgatebank.co.uk>", subj="Your card payment was declined",
    date="2025-12-14 19:02 +0000", body="""Hi Hannah,

Unfortunately a payment of £64.99 to TRAINLINE on your debit card ending 4471 was declined because it failed a security check.

If this was you, please approve the payment in the app and try again. If you don't recognise it, call us on the number on the back of your card.

Northgate Bank""")

add("other", diff="hard", notes="pull request closed; 'not moving forward'",
    frm="Tamsin Oduya <notifications@gitforge.dev>", subj="Re: [opendata-uk/la-spend] Add Power BI template (PR #212)",
    date="2026-01-28 21:15 +0000", reply=True, hdrs={"List-Unsubscribe": "<https://gitforge.dev/unsub>"},
    body="""@hachterberg thanks for putting this together. We discussed it at the maintainers' call and have decided not to move forward with bundling BI templates in this repo, so I'm closing this PR without merging.

Would you consider publishing it as a separate repo? We'd happily link to it from the README.

--
Reply to this email directly or view it on GitForge.""")

add("other", diff="hard", notes="conference talk proposal not accepted",
    frm="DataFest North Programme Committee <cfp@datafestnorth.org>",
    subj="DataFest North 2026: decision on your proposal", date="2026-04-09 10:00 +0100", body="""Dear Hannah Achterberg,

Thank you for submitting "Dashboards nobody opens: measuring BI adoption" to DataFest North 2026.

We received 312 proposals for 40 slots. We regret to inform you that your proposal was not accepted for this year's programme. Reviewer comments are available in the submission system.

We'd love to see you at the conference - speakers who submitted get 30% off tickets with code CFP26.

The Programme Committee""")

add("other", notes="marketing '20% off offer'",
    frm="Vizcraft Academy <offers@vizcraft.academy>", subj="Hannah, your exclusive offer: 20% off ends tonight",
    date="2025-11-28 06:30 +0000", fmt="alt", hdrs=UNSUB, body="""Black Friday offer

Get 20% off our Advanced Power BI and Interview-Ready SQL courses. Offer ends at midnight.

Use code BF20 at checkout.

Vizcraft Academy""")

add("other", "", "Liam", diff="hard", notes="flat rental application declined; reads like rejection",
    frm="Liam Harte <liam.harte@thamesidelets.co.uk>", subj="Ferncliff Road - your application",
    date="2025-08-06 14:30 +0100", body="""Hi Hannah,

Thanks for viewing the flat on Ferncliff Road and for submitting your application so quickly.

I'm afraid the landlord has decided to proceed with another applicant who can move in sooner. I'm sorry it wasn't better news. I've got a similar one-bed coming up in Stoke Newington next week if you'd like a viewing?

Best,
Liam Harte
Lettings Negotiator
Thameside Lets""")

add("other", diff="hard", notes="mortgage agreement in principle declined",
    frm="Redbrook Building Society <mortgages@redbrook.co.uk>", subj="Your Agreement in Principle",
    date="2026-06-03 11:10 +0100", fmt="html", html_body="""<html><body>
<p>Dear Ms Achterberg,</p>
<p>Thank you for applying for a mortgage Agreement in Principle.</p>
<p>We're sorry, but we are unable to approve your application at this time based on the information provided and our lending criteria. This decision has not left a hard footprint on your credit file.</p>
<p>Redbrook Building Society</p></body></html>""")

add("other", "", "", diff="hard", notes="school place 'offer' for a child",
    frm="Aldenham School Admissions <admissions@aldenham.gov.uk>", subj="Primary school offer day - your offer",
    date="2026-04-16 08:00 +0100", body="""Dear Parent/Carer,

We are pleased to tell you that your child has been offered a place at Brookfield Primary School for September 2026.

You must accept or decline this offer by 30 April 2026 through the online admissions portal.

School Admissions Team
London Borough of Aldenham""")

add("other", "", "Rahul", "Power BI Developer", diff="hard", notes="recruiter mass mailing; quick call",
    frm="Rahul Menon <rahul@talentbridge-staffing.com>", subj="Exciting Power BI Developer opportunity - quick call?",
    date="2026-07-22 15:33 +0100", body="""Hi Hannah,

Hope you're well! I came across your profile and think you'd be a great fit for a Power BI Developer contract (6 months, outside IR35, £450/day) with a leading financial services client in the City.

The client is interviewing this week, so if you're interested, please send me your updated CV and a good time for a quick call.

Thanks,
Rahul Menon
Talentbridge Staffing""")

add("other", "", "Becky", diff="hard", notes="friend's own interview and offer",
    frm="Becky Thornton <becky.thornton@gmail.com>", subj="I GOT IT!!!", date="2025-09-19 20:12 +0100", body="""Han!!!

Remember that final interview I was panicking about on Tuesday? They called this afternoon and offered me the job!!! Senior Analyst, proper pay rise, and I get to leave the NHS pensions nightmare behind (don't tell mum).

Drinks on me Saturday. How's your search going? Any news from the building society lot?

B xx""")

add("other", "", "Dev", diff="hard", notes="friend forwards a job posting",
    frm="Dev Chaudhry <dev.chaudhry@outlook.com>", subj="Fwd: BI Analyst - Finance Transformation",
    date="2026-05-11 12:25 +0100", body="""Saw this go up on our intranet - you'd be perfect. Want me to refer you? I get a bonus if you get hired, so I'm not entirely selfless :)

Dev

---------- Forwarded message ---------
From: Internal Vacancies <vacancies@marlowgroup.co.uk>
Subject: BI Analyst - Finance Transformation

We are looking for a BI Analyst to join the Finance Transformation team. Interviews will be held in June. Apply by 25 May.""")

add("other", lang="es", diff="hard", notes="Spanish newsletter about preparing interviews",
    frm="Boletín Talento Digital <boletin@talentodigital.es>", subj="Cómo preparar una entrevista de análisis de datos",
    date="2025-10-02 09:00 +0200", fmt="alt", hdrs=UNSUB, body="""Hola:

En el boletín de esta semana: cómo preparar una entrevista técnica de análisis de datos, qué responder cuando te rechazan tras la última ronda y cinco ofertas de empleo destacadas en Madrid.

Gracias por leernos.
Talento Digital

Para darte de baja, haz clic aquí.""")

add("other", notes="webinar about competency interviews",
    frm="Women in Data UK <events@widuk.org>", subj="Free webinar: acing competency-based interviews",
    date="2026-02-16 12:00 +0000", hdrs=UNSUB, body="""Join us on Thursday 26 February at 18:30 for a free webinar on competency-based interviews, with a panel of hiring managers from banking, retail and the NHS.

Register: https://widuk.org/events/interviews

Women in Data UK""")

add("other", diff="hard", notes="candidate-experience survey after interview",
    frm="Candidate Pulse <survey@candidatepulse.io>", subj="How was your interview with Thistlebank?",
    date="2025-10-15 10:00 +0100", fmt="html", hdrs=UNSUB, html_body="""<html><body>
<p>Hi Hannah,</p><p>You recently interviewed with Thistlebank Building Society. We'd love to hear about your experience - it takes 2 minutes and your answers are anonymous.</p>
<p><a href="https://candidatepulse.io/s/th88">Start survey</a></p></body></html>""")

add("other", notes="order receipt",
    frm="Papercraft Stationers <orders@papercraft.co.uk>", subj="Your Papercraft order #PC-381204 has shipped",
    date="2025-02-18 16:20 +0000", body="""Thanks for your order, Hannah!

1 x A4 leather portfolio folder - £24.00
2 x Black gel pens - £3.50
Delivery: £2.95
Total: £30.45

Your order will arrive on Thursday.""")

add("other", diff="hard", notes="parking permit application rejected",
    frm="Parking Services <parking@aldenham.gov.uk>", subj="Resident parking permit application PP-77120",
    date="2026-09-22 11:40 +0100", body="""Dear Hannah Achterberg,

We have reviewed your application for a resident parking permit. Unfortunately we are unable to approve it because the proof of address supplied is older than three months.

Please resubmit with a recent council tax bill or utility bill.

Parking Services
London Borough of Aldenham""")

add("other", notes="bank savings rate 'offer'",
    frm="Northgate Bank <hello@northgatebank.co.uk>", subj="A new savings offer just for you",
    date="2026-01-09 10:00 +0000", fmt="html", hdrs=UNSUB, html_body="""<html><body>
<p>Hannah, earn 4.6% AER on our new 1-year fixed saver.</p><p>This offer is available until 31 January.</p></body></html>""")

add("other", notes="project tracker notification", frm="Trellis <notify@trellis-app.com>",
    subj="[Churn dashboard] Card moved to Won't Do", date="2025-07-01 14:05 +0100", body="""Kemi Adeyemi moved "Add cohort filter to churn dashboard" from In Review to Won't Do on board Volunteer Analytics.

Comment: "Decided against this for now - not enough demand."

View card on Trellis""")

add("other", "", "Olu", diff="hard", notes="meetup cancelled; 'we regret'",
    frm="London Data Viz Meetup <olu@londondataviz.org>", subj="Tonight's meetup is cancelled",
    date="2026-10-14 13:00 +0100", body="""Hi all,

We regret to let you know that tonight's London Data Viz meetup is cancelled - our venue has had a flood. We're moving forward with a new date, 28 October, and will send the RSVP link shortly.

Sorry for the short notice,
Olu""")

add("other", notes="social endorsement notification",
    frm="ProLink <notifications@prolink-mail.com>", subj="Aoife endorsed you for SQL",
    date="2025-09-09 18:00 +0100", hdrs=UNSUB, body="""Aoife Gallagher, Head of Product at Tessellate Health, endorsed you for SQL.

See all your endorsements on ProLink.""")

add("other", diff="hard", notes="dentist appointment confirmation with time",
    frm="Smile Street Dental <appointments@smilestreetdental.co.uk>", subj="Appointment confirmed: Tuesday 9:00am",
    date="2026-03-05 17:10 +0000", body="""Hi Hannah,

Your appointment with Dr Patel is confirmed for Tuesday 10 March at 9:00am at our Islington practice.

If you need to rearrange, please give us 24 hours' notice.

Smile Street Dental""")

add("other", notes="agency salary guide newsletter",
    frm="Hollis Grey Recruitment <insights@hollisgrey.co.uk>", subj="2026 Data & Analytics Salary Guide is here",
    date="2026-01-14 08:30 +0000", fmt="alt", hdrs=UNSUB, body="""Our 2026 Data & Analytics Salary Guide is out now, with pay benchmarks for analysts, engineers and data leaders in Manchester, Leeds and London.

Download the guide: https://hollisgrey.co.uk/salary-guide-2026

Hollis Grey Recruitment""")

add("other", "", "Kemi", diff="hard", notes="friend offers a mock interview",
    frm="Kemi Adeyemi <kemi.adeyemi@gmail.com>", subj="mock interview Saturday?",
    date="2026-02-24 21:40 +0000", body="""Hey Hannah,

Happy to do a mock interview with you on Saturday morning before your Pemberton case study. I'll play the grumpy partner. 10am at mine? I'll make pancakes.

K""")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(MESSAGES)))
    random.Random(42).shuffle(order)
    rows = []
    for n, i in enumerate(order, start=1):
        m = MESSAGES[i]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(m, n))
        rows.append([name, m["label"], m["company"], m["contact"], m["role"], m["ret"], m["lang"],
                     m["diff"], m["notes"], m["iat"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
                    "difficulty", "notes", "interview_at"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
