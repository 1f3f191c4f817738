"""Generate the blind26 evaluation corpus (stdlib only).

Job seeker: Marisol Quintero-Hale <marisol.qhale@fastmail.com>, supply-chain /
procurement analyst in Chicago. Writes tests/corpus/blind26/NNN.eml and labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
import random
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind26"
ME = "Marisol Quintero-Hale <marisol.qhale@fastmail.com>"
ME_ADDR = "marisol.qhale@fastmail.com"
FIELDS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

MSGS: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str,
        notes: str, *, frm: str, subj: str, date: str, body: str,
        ret: str = "", iat: str = "", **kw: object) -> None:
    """Register one message. date: 'YYYY-MM-DD HH:MM +HHMM'."""
    MSGS.append(dict(label=label, company=company, contact=contact, role=role,
                     lang=lang, diff=diff, notes=notes, frm=frm, subj=subj,
                     date=date, body=body, ret=ret, iat=iat, **kw))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    inner = "\n".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            f"{inner}\n</body></html>\n")


def ics(summary: str, start: str, end: str, tzid: str, organizer: str, uid: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 1.0//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
        f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}",
        "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines).encode()


def build(i: int, m: dict) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    frm = m["frm"]
    name, _, addr = frm.rpartition("<")
    addr = addr.rstrip(">").strip()
    name = name.strip().strip('"')
    domain = addr.split("@")[1]
    if m.get("received", True):
        msg["Return-Path"] = f"<{m.get('return_path', addr)}>"
    if name:
        msg["From"] = Address(display_name=name, addr_spec=addr)
    else:
        msg["From"] = addr
    msg["To"] = m.get("to", ME)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subj"]
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1(f"blind26-{i}-{m['subj']}".encode()).hexdigest()
    mid_dom = m.get("mid_domain", domain)
    msg["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{mid_dom}>"
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    msg["MIME-Version"] = "1.0"
    for k, v in (m.get("hdrs") or {}).items():
        msg[k] = v
    fmt = m.get("fmt", "plain")
    cte = m.get("cte")
    body = m["body"].strip("\n") + "\n"
    html = m.get("html") or to_html(body)
    if fmt == "plain":
        msg.set_content(body, cte=cte) if cte else msg.set_content(body)
    elif fmt == "html":
        msg.set_content(html, subtype="html", cte=cte) if cte else msg.set_content(html, subtype="html")
    else:  # alt
        msg.set_content(body, cte=cte) if cte else msg.set_content(body)
        msg.add_alternative(html, subtype="html", cte=cte) if cte else msg.add_alternative(html, subtype="html")
    if m.get("ics"):
        msg.add_attachment(m["ics"], maintype="text", subtype="calendar",
                           filename="invite.ics", params={"method": "REQUEST"})
    if m.get("pdf"):
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf",
                           filename=m["pdf"])
    return msg


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    order = list(MSGS)
    random.Random(26).shuffle(order)
    for i, m in enumerate(order, start=1):
        fname = f"{i:03d}.eml"
        (OUT / fname).write_bytes(bytes(build(i, m)))
        rows.append({
            "file": fname, "label": m["label"], "company": m["company"],
            "contact_first_name": m["contact"], "role": m["role"],
            "return_date": m["ret"], "lang": m["lang"], "difficulty": m["diff"],
            "notes": m["notes"], "interview_at": m["iat"],
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------
# ----------------------------- rejections ----------------------------------
add("rejection", "Brassfield Components", "", "Procurement Analyst", "en", "easy",
    "standard Greenhouse rejection",
    frm="Brassfield Components <no-reply@us.greenhouse-mail.io>",
    subj="Your application to Brassfield Components",
    date="2025-02-11 16:42 -0600", fmt="alt",
    body="""Hi Marisol,

Thank you for applying for the Procurement Analyst position at Brassfield Components. We appreciate the time you put into your application.

After careful review, we have decided to move forward with other candidates for this role. We encourage you to keep an eye on our careers page for future openings that match your background.

Best regards,
The Brassfield Components Talent Team
""")

add("rejection", "Lakeshore Freightways", "", "Logistics Analyst", "en", "hard",
    "indirect: 'pursue applicants whose experience more closely matches'; no 'unfortunately'",
    frm="Lakeshore Freightways Careers <lakeshorefreightways@myworkday.com>",
    subj="Update on Logistics Analyst (R-10482)",
    date="2025-03-04 09:05 -0600", fmt="html",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Marisol,

Thank you for your interest in the Logistics Analyst requisition (R-10482) with Lakeshore Freightways.

Our recruiting team has completed its review, and we've decided to pursue applicants whose experience more closely matches the current needs of our linehaul planning group.

Your profile will remain in our talent community, and you can update it any time through the candidate home page.

Lakeshore Freightways Talent Acquisition
This message was sent from an unmonitored address.
""")

add("rejection", "Halvorsen Motion Systems", "Tobias", "Strategic Sourcing Analyst", "en", "hard",
    "rejection after final round; personal; sender domain is acronym hms-motion.com",
    frm="Tobias Lindqvist <tlindqvist@hms-motion.com>",
    subj="RE: Strategic Sourcing Analyst - final round follow up",
    date="2025-04-17 17:20 -0500", irt="<CAF9x2Lq8@mail.fastmail.com>",
    body="""Marisol,

I wanted to call you but kept missing the window, so email it is. Thank you for spending most of Tuesday with us. The panel genuinely enjoyed your walkthrough of the castings spend cube, and Priya is still quoting your point about should-cost models.

In the end the team went a different direction. We chose someone who has run supplier negotiations in Mandarin for the Suzhou plant, which is going to matter a lot over the next year. It was close, and that is not something I say to be polite.

If you are open to it, I'd like to pass your name to our aftermarket group, which tends to hire in the fall.

Tobias Lindqvist
Director, Global Sourcing
Halvorsen Motion Systems (HMS)
""")

add("rejection", "Prairie Hearth Foods", "", "Demand Planner", "en", "easy",
    "Workday rejection from parent company domain (Hearthstone Brands)",
    frm="Hearthstone Brands Recruiting <hearthstonebrands@myworkday.com>",
    subj="Prairie Hearth Foods: Demand Planner application status",
    date="2025-05-20 11:15 -0500", fmt="alt",
    body="""Hello Marisol,

Thank you for applying to the Demand Planner role with Prairie Hearth Foods, a Hearthstone Brands company.

We regret to let you know that you have not been selected to move forward in the process. We received a large number of applications and this decision was not easy.

We wish you all the best in your search.

Prairie Hearth Foods Recruiting
""")

add("rejection", "St. Brendan Medical Center", "", "Supply Chain Analyst - Perioperative Services", "en", "hard",
    "mentions completed phone interview; 'position has been filled' phrasing softened",
    frm="St. Brendan Medical Center <noreply@stbrendan-icims.com>",
    subj="Thank you for interviewing with St. Brendan Medical Center",
    date="2025-06-12 14:03 -0500", fmt="alt",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Marisol Quintero-Hale,

Thank you for taking part in the phone interview for Supply Chain Analyst - Perioperative Services (Req #25-0713). We value the time you gave us.

The hiring leader has now selected a candidate for this position, and we are closing the requisition. We hope you will consider St. Brendan again; new openings are posted every week.

With appreciation,
Talent Acquisition | St. Brendan Medical Center
Please do not reply to this email.
""")

add("rejection", "Kettleby Plastics", "Renata", "Materials Planner", "en", "hard",
    "very curt; 'this one didn't work out'; no rejection keywords",
    frm="Renata Olszewski <rolszewski@kettleby.com>",
    subj="Materials Planner",
    date="2026-04-07 08:12 -0500",
    body="""Hi Marisol - quick note: this one didn't work out. Plant manager wants someone who has run MRP on Plex already. Thanks for your patience with us.

Renata
""")

add("rejection", "Calumet Regional Transit Authority", "", "Contracts & Procurement Analyst II", "en", "easy",
    "formal public-agency letter; acronym CRTA domain; PDF attached",
    frm="CRTA Human Resources <hr-noreply@crta.gov>",
    subj="Notice of Selection Outcome - Contracts & Procurement Analyst II (Posting 2025-114)",
    date="2025-08-26 10:30 -0500", pdf="CRTA_Notice_2025-114.pdf",
    body="""Dear Applicant,

Thank you for your interest in employment with the Calumet Regional Transit Authority.

This letter is to inform you that you were not selected for the position of Contracts & Procurement Analyst II, Posting 2025-114. The Authority received many qualified applications, and the selection was made based on the requirements of the position.

Your application will be retained for one year in accordance with CRTA personnel rules. A copy of this notice is attached.

Calumet Regional Transit Authority
Department of Human Resources
567 W. Jackson Blvd, Chicago, IL 60661
""")

add("rejection", "Sweetgrass Provisions", "Hollis", "Category Analyst", "en", "hard",
    "rejection plus 'keep in touch' and referral offer; warm",
    frm="Hollis Marrow <hollis@sweetgrassprovisions.com>",
    subj="thank you + a couple of ideas",
    date="2025-09-30 19:47 -0500",
    body="""Hi Marisol,

I'm sorry to be the one sending this. We're not going to be able to bring you on for the Category Analyst job. We ended up with an internal candidate from our Denver DC who knows our vendor base cold, and leadership wanted continuity.

That said, I'd love to stay in touch. A friend of mine runs purchasing at a regional grocery co-op and is looking for exactly your profile; if you're okay with it, I'll make an intro this week.

Best,
Hollis Marrow
VP, Merchandising | Sweetgrass Provisions
""")

add("rejection", "Northgate Regional Health", "", "Value Analysis Coordinator", "en", "easy",
    "Taleo template",
    frm="Northgate Regional Health <nrh@taleo.net>",
    subj="Value Analysis Coordinator - Application Update",
    date="2026-06-30 15:55 -0500", fmt="html",
    body="""Dear Marisol,

Thank you for your interest in the Value Analysis Coordinator position (Job ID 118842) at Northgate Regional Health.

We have carefully reviewed your qualifications and regret to inform you that we will not be progressing your application at this time.

We encourage you to apply for other roles at NRH that match your skills and experience.

Sincerely,
Northgate Regional Health Talent Acquisition
""")

add("rejection", "Arclight Logistics", "Jenna", "Inventory Control Analyst", "en", "hard",
    "agency recruiter relays client's decision; sender is staffing agency",
    frm="Jenna Pruitt <jenna.pruitt@keystonetalent.com>",
    subj="RE: Arclight - Inventory Control Analyst",
    date="2025-11-13 13:22 -0600", irt="<BN8PR04MB5571.pruitt@keystonetalent.com>",
    body="""Hi Marisol,

Heard back from Arclight this morning. They've decided not to move you forward to the onsite for the Inventory Control Analyst spot. Feedback from the hiring manager was that they want someone with more hands-on cycle count / WMS configuration time (they're mid Manhattan SCALE rollout).

Don't read too much into it. I have two other clients in the Joliet corridor I want to talk to you about, let me know when you have 15 min.

Jenna Pruitt
Senior Recruiter, Supply Chain Practice
Keystone Talent Partners
(312) 555-0148
""")

add("rejection", "Gold Kernel Snacks", "", "Supply Chain Analyst", "en", "hard",
    "Lever rejection; 'not the right match at this time'; company only in body",
    frm="Careers <no-reply@hire.lever.co>",
    subj="Following up on your application",
    date="2025-12-02 10:01 -0600", fmt="alt",
    body="""Hi Marisol,

Thanks so much for your interest in the Supply Chain Analyst opening at Gold Kernel Snacks and for the time you invested in applying.

We've reviewed your background against what the team needs right now, and it's not the right match at this time. We know that is not the news you were hoping for.

All the best,
Gold Kernel Snacks People Team
""")

add("rejection", "Ostrander Valve & Pump Co.", "Dwayne", "Buyer/Planner", "en", "hard",
    "reply quoting earlier interview invite; decision only at top",
    frm="Dwayne Kessler <dkessler@ostrandervalve.com>",
    subj="RE: Interview - Buyer/Planner",
    date="2026-01-09 16:18 -0600", irt="<DM6PR11MB4012.kessler@ostrandervalve.com>",
    body="""Marisol,

Thank you again for coming out to Rockford. After comparing notes we decided to offer the Buyer/Planner position to another candidate. I appreciated your questions about our castings suppliers; you clearly did your homework.

Good luck out there.

Dwayne Kessler
Purchasing Manager
Ostrander Valve & Pump Co.

-----Original Message-----
From: Dwayne Kessler
Sent: Monday, December 15, 2025 10:04 AM
To: Marisol Quintero-Hale
Subject: Interview - Buyer/Planner

Hi Marisol, we'd like to invite you to an in-person interview at our Rockford plant on Thursday, December 18 at 9:00 AM. Plan on about two hours including a floor tour. Please confirm.
""")

add("rejection", "Meridale 3PL", "", "Transportation Analyst", "en", "easy",
    "iCIMS template; position filled",
    frm="Meridale 3PL Recruiting <careers-noreply@icims.com>",
    subj="Transportation Analyst - Position Update",
    date="2026-02-05 08:47 -0600", fmt="alt", cte="quoted-printable",
    body="""Hello Marisol,

We appreciate your interest in the Transportation Analyst position with Meridale 3PL. We wanted to let you know that the position has been filled.

We will keep your information on file and may reach out if a similar position becomes available.

Kind regards,
Meridale 3PL Human Resources
""")

add("rejection", "Tessaro Foods", "", "Procurement Specialist", "en", "hard",
    "SmartRecruiters; 'we won't be progressing'; subject neutral",
    frm="Tessaro Foods <mail@smartrecruiters.com>",
    subj="Your Procurement Specialist application at Tessaro Foods",
    date="2026-02-24 12:30 -0500", fmt="html", cte="base64",
    body="""Dear Marisol,

Thank you for the time you took to apply for our Procurement Specialist role in Elk Grove Village.

Having reviewed all applications, we won't be progressing yours any further on this occasion. Please don't let this discourage you from applying to future Tessaro Foods roles.

Kind regards,
Tessaro Foods Talent Acquisition
""")

add("rejection", "Vantreid Industrial", "Claire", "Sourcing Analyst", "en", "hard",
    "no negative keywords; 'we've filled it from within'; praises candidate",
    frm="Claire Ashdown <cashdown@vantreid.com>",
    subj="Sourcing Analyst role",
    date="2026-05-27 18:05 -0500",
    body="""Hi Marisol,

I wanted to get back to you personally. We were able to fill the Sourcing Analyst role from within the company, which we didn't expect when we posted it. You were one of my favourite conversations of the whole search, and I'm sorry the timing worked against you.

Best of luck, and please do reach out if you see another opening with us.

Claire Ashdown
Procurement Lead
Vantreid Industrial
""")

add("rejection", "Lakeview Children's Hospital", "", "Supply Chain Data Analyst", "en", "hard",
    "post-panel rejection mentioning future interviews; Workday",
    frm="Lakeview Children's Hospital <lakeviewchildrens@myworkday.com>",
    subj="Supply Chain Data Analyst - Candidate Update",
    date="2026-04-02 11:40 -0500", fmt="alt",
    body="""Dear Marisol,

Thank you for interviewing with the Supply Chain Data Analyst panel last week. Our team valued the conversation and your ideas on PAR level optimisation.

After thoughtful consideration, we have selected another finalist whose experience more closely aligns with the needs of the role. We realise this is disappointing after several rounds of interviews.

We hope you will apply for future positions at Lakeview Children's Hospital.

Warm regards,
Talent Acquisition
""")

add("rejection", "Dunmore Aerospace Fasteners", "Ingrid", "Supplier Quality & Sourcing Analyst", "en", "hard",
    "rejection framed as 'great company fit but not this role'; suggests reapplying",
    frm="Ingrid Vasquez-Toll <ingrid.vt@dunmoreaero.com>",
    subj="Dunmore - next steps",
    date="2026-04-28 15:10 -0500",
    body="""Hi Marisol,

Sorry for the slow reply; our AS9100 audit ate last week.

I'll be direct: for the Supplier Quality & Sourcing Analyst position we need someone who can lead source inspections on their own from day one, and the team felt that's a gap right now. Everyone agreed you'd be a great fit for Dunmore culturally, just not for this particular seat. The buyer role we post in Q3 may be a much better fit and I'd encourage you to apply.

Ingrid
""")

add("rejection", "Redhawk Packaging", "", "Procurement Analyst", "en", "easy",
    "Jobvite rejection",
    frm="Redhawk Packaging <notification@jobvite.com>",
    subj="Redhawk Packaging - Procurement Analyst",
    date="2026-05-14 07:58 -0500", fmt="alt",
    body="""Marisol,

Thank you for applying to Redhawk Packaging. After reviewing your application for Procurement Analyst, we have decided not to proceed with your candidacy.

We appreciate your interest and wish you success.

Redhawk Packaging Recruiting
""")

add("rejection", "Bluewillow Dairy Cooperative", "Marcus", "Logistics Coordinator", "en", "hard",
    "rejection that sounds like scheduling; 'closing the loop'",
    frm="Marcus Feeney <mfeeney@bluewillowdairy.coop>",
    subj="Closing the loop",
    date="2026-06-03 16:35 -0500",
    body="""Hey Marisol,

Closing the loop on the Logistics Coordinator search: we've wrapped up and made our hire. I didn't want you to hear nothing back after taking time for our call last month.

Appreciate you,
Marcus
Bluewillow Dairy Cooperative | Transportation
""")

add("rejection", "Pellman Industrial", "", "Supply Chain Analyst II", "en", "hard",
    "Ashby; rejection after take-home; mentions next-round interview the candidate will not get",
    frm="Pellman Industrial <no-reply@ashbyhq.com>",
    subj="Pellman Industrial \u2013 Supply Chain Analyst II",
    date="2025-06-30 13:14 -0700", fmt="alt", cte="quoted-printable",
    body="""Hi Marisol,

Thanks for sending in the inventory case study. Our reviewers compared every submission before selecting who moves on to the on-site interview loop.

We've decided not to invite you to the next stage. The decision reflects the specific mix of S&OP and SQL experience the team needs, not a view on your potential.

Best,
Pellman Industrial Recruiting
--
Sent via Ashby on behalf of Pellman Industrial, Inc.
""")

add("rejection", "Corvane Distribution", "Ashok", "Inventory Analyst", "en", "hard",
    "forward from recruiter containing hiring manager's decision",
    frm="Ashok Raman <ashok@northstarsearchgroup.com>",
    subj="Fwd: Corvane - Inventory Analyst candidates",
    date="2026-07-22 10:05 -0500",
    body="""Marisol - see below from Corvane. Sorry, I know you liked this one. I'll call you this afternoon.

Ashok Raman | Northstar Search Group

---------- Forwarded message ---------
From: Lydia Hahn <lhahn@corvanedist.com>
Date: Tue, Jul 21, 2026 at 5:48 PM
Subject: Corvane - Inventory Analyst candidates
To: Ashok Raman <ashok@northstarsearchgroup.com>

Ashok, thanks for the slate. We're going to pass on Marisol for the Inventory Analyst opening; strong analytically, but we need more time on the warehouse floor. We'd like to move forward with the other two.

Lydia
""")

add("rejection", "Wexler Foods", "", "Purchasing Analyst", "en", "easy",
    "BambooHR rejection",
    frm="Wexler Foods <notifications@app.bamboohr.com>",
    subj="Purchasing Analyst at Wexler Foods",
    date="2026-08-19 09:30 -0500", fmt="html",
    body="""Hi Marisol,

Thank you for your interest in the Purchasing Analyst position at Wexler Foods. Unfortunately, we have decided to move forward with another candidate.

We appreciate the time you spent applying and wish you well.

Wexler Foods Hiring Team
""")

add("rejection", "Manufacturas Cobrevalle", "Lorena", "Analista de Compras", "es", "easy",
    "Spanish rejection from Mexican plant",
    frm="Lorena Garza Treviño <lgarza@cobrevalle.com.mx>",
    subj="Proceso de selección - Analista de Compras",
    date="2026-09-10 12:20 -0600", cte="quoted-printable",
    body="""Estimada Marisol:

Le agradecemos sinceramente su interés en la vacante de Analista de Compras en nuestra planta de Apodaca y el tiempo que dedicó a las entrevistas.

Después de evaluar a todas las personas finalistas, decidimos continuar el proceso con otra candidata cuyo perfil se ajusta más a las necesidades actuales del área. Conservaremos su currículum para futuras oportunidades.

Le deseamos mucho éxito.

Atentamente,
Lorena Garza Treviño
Reclutamiento y Selección
Manufacturas Cobrevalle, S.A. de C.V.
""")

add("rejection", "Distributions Boréal", "Geneviève", "Analyste approvisionnement", "fr", "hard",
    "French; polite rejection with 'garder votre candidature' and praise",
    frm="Geneviève Thibodeau <gthibodeau@distboreal.ca>",
    subj="Votre candidature - Analyste approvisionnement",
    date="2025-10-06 15:45 -0400", cte="quoted-printable",
    body="""Bonjour Marisol,

Merci d'avoir pris le temps de nous rencontrer pour le poste d'analyste approvisionnement. Nous avons beaucoup apprécié nos échanges.

Après réflexion, nous avons retenu une autre candidature, notamment parce que le poste exige une excellente maîtrise du français écrit dans nos échanges avec les fournisseurs québécois. Nous conserverons toutefois votre dossier et n'hésiterons pas à vous recontacter.

Au plaisir,

Geneviève Thibodeau
Conseillère en acquisition de talents
Distributions Boréal inc.
Laval (Québec)
""")

add("rejection", "Hebewerk Maschinenbau GmbH", "", "Einkäufer / Procurement Analyst (m/w/d)", "de", "easy",
    "German; Personio rejection",
    frm="Hebewerk Maschinenbau GmbH <noreply@personio.de>",
    subj="Ihre Bewerbung als Einkäufer / Procurement Analyst (m/w/d)",
    date="2026-11-04 10:12 +0100", fmt="alt",
    body="""Sehr geehrte Frau Quintero-Hale,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Hebewerk Maschinenbau GmbH.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position Einkäufer / Procurement Analyst (m/w/d) nicht weiter berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hebewerk Maschinenbau GmbH
""")

add("rejection", "Tri-County Cold Chain", "Pam", "Supply Chain Analyst", "en", "hard",
    "reply to candidate's thank-you; quoted thank-you mentions interview",
    frm="Pam Oyelaran <poyelaran@tccoldchain.com>",
    subj="Re: Thank you - Supply Chain Analyst interview",
    date="2025-01-28 11:02 -0600", irt="<a81f2c.marisol@fastmail.com>",
    body="""Hi Marisol,

You're very welcome, and thanks for the note. I wish I had better news. We've made a decision for the Supply Chain Analyst role and it isn't going to be you this time. Your reefer utilisation idea was a good one and I've shared it with our ops lead.

All the best,
Pam Oyelaran
HR Business Partner, Tri-County Cold Chain

On Thu, Jan 23, 2025 at 4:10 PM Marisol Quintero-Hale <marisol.qhale@fastmail.com> wrote:
> Hi Pam,
> Thank you for the interview this afternoon. I enjoyed hearing about the
> Kankakee expansion and I'm excited about the Supply Chain Analyst role.
> Best, Marisol
""")
# ----------------------------- on hold -------------------------------------
add("on_hold", "Brassfield Components", "Kendra", "Senior Buyer", "en", "easy",
    "explicit hiring freeze",
    frm="Kendra Bolt <kbolt@brassfieldcomponents.com>",
    subj="Senior Buyer - hiring freeze",
    date="2025-03-27 14:44 -0500",
    body="""Hi Marisol,

I'm sorry to tell you that as of this morning the company has put a hiring freeze in place for all salaried roles, including the Senior Buyer position. This has nothing to do with you or your interviews. If the freeze lifts in Q3 as expected, I'd like to pick things back up with you first.

Kendra Bolt
Talent Acquisition Manager
Brassfield Components, LLC
""")

add("on_hold", "Lakeshore Freightways", "", "Network Planning Analyst", "en", "hard",
    "requisition cancelled; ATS wording 'no longer be considered' reads like rejection",
    frm="Lakeshore Freightways Careers <lakeshorefreightways@myworkday.com>",
    subj="Network Planning Analyst - Requisition Update",
    date="2025-06-24 09:10 -0500", fmt="html",
    body="""Dear Marisol,

We are writing to let you know that the Network Planning Analyst requisition (R-11207) has been cancelled by the business and will not be filled at this time. As a result, your application will no longer be considered for this posting.

We appreciate your interest in Lakeshore Freightways and invite you to apply to other open roles.

Lakeshore Freightways Talent Acquisition
""")

add("on_hold", "Halvorsen Motion Systems", "Priya", "Commodity Analyst", "en", "hard",
    "reorg; 'pausing this search'; mentions next interview that won't happen",
    frm="Priya Natarajan <pnatarajan@hms-motion.com>",
    subj="Commodity Analyst - pausing",
    date="2025-09-09 12:00 -0500",
    body="""Hi Marisol,

We had you pencilled in for the second interview next week, so I want to let you know right away: we're pausing this search. Global Sourcing is being reorganised under the new COO and the Commodity Analyst headcount is part of that review. I expect clarity in six to eight weeks.

I'll reach out as soon as I know more. Sorry for the whiplash.

Priya Natarajan
Sr. Manager, Commodity Management
HMS | Halvorsen Motion Systems
""")

add("on_hold", "Northgate Regional Health", "", "Supply Chain Analyst", "en", "hard",
    "budget; templated from Taleo; 'role is no longer open'",
    frm="Northgate Regional Health <nrh@taleo.net>",
    subj="Job 120317 - Supply Chain Analyst",
    date="2025-11-25 16:20 -0600", fmt="alt",
    body="""Dear Marisol,

Due to changes in the fiscal year 2026 operating budget, the Supply Chain Analyst role (Job 120317) is no longer open and has been removed from our careers site. Candidates in process are not being evaluated further for this posting.

We are grateful for your interest in NRH.

Northgate Regional Health Talent Acquisition
""")

add("on_hold", "Calumet Regional Transit Authority", "Dolores", "Procurement Analyst I", "en", "easy",
    "posting withdrawn pending board budget approval",
    frm="Dolores Reyes-Whitcomb <dreyeswhitcomb@crta.gov>",
    subj="Posting 2026-021 Procurement Analyst I - status",
    date="2026-01-20 10:45 -0600",
    body="""Good morning Ms. Quintero-Hale,

The Authority has withdrawn Posting 2026-021 (Procurement Analyst I) pending approval of the capital budget by the Board of Directors. Interviews scheduled for this posting are cancelled. If the position is re-posted, applicants on the current list will be notified and need not re-apply.

Regards,
Dolores Reyes-Whitcomb
Human Resources Analyst
Calumet Regional Transit Authority
""")

add("on_hold", "Gold Kernel Snacks", "Trevor", "S&OP Analyst", "en", "hard",
    "acquisition; 'keep your resume on file' usually signals rejection",
    frm="Trevor Banks <trevor.banks@goldkernel.com>",
    subj="S&OP Analyst update",
    date="2026-03-03 17:30 -0600",
    body="""Marisol,

You may have seen the news that we're being acquired. Until the deal closes, we've been asked not to add any headcount, so the S&OP Analyst opening is on ice. I don't have a timeline. I'll keep your resume on file and reach out directly if it reopens; you were one of two people I wanted to bring back.

Trevor
""")

add("on_hold", "Tri-County Cold Chain", "", "Procurement Analyst", "en", "hard",
    "Paradox chatbot-style message; role cancelled",
    frm="Olivia from Tri-County Cold Chain <olivia@paradox.ai>",
    subj="An update on your application",
    date="2026-05-19 13:05 -0500", fmt="html",
    body="""Hi Marisol! This is Olivia, the Tri-County Cold Chain recruiting assistant.

The Procurement Analyst position you applied for has been cancelled by the hiring team, so we won't be scheduling the interview we talked about. This isn't a reflection on your qualifications.

Want me to send you other openings near Chicago? Reply YES and I'll set it up.
""")

add("on_hold", "Distributions Boréal", "Mathieu", "Analyste, chaîne d'approvisionnement", "fr", "easy",
    "French; poste suspendu",
    frm="Mathieu Lavoie <mlavoie@distboreal.ca>",
    subj="Poste d'analyste, chaîne d'approvisionnement - mise en pause",
    date="2026-06-16 09:30 -0400",
    body="""Bonjour Marisol,

Je tenais à vous informer que le processus de recrutement pour le poste d'analyste, chaîne d'approvisionnement est suspendu pour le moment. La direction a décidé de revoir la structure de l'équipe après l'intégration de notre nouveau centre de distribution de Lévis.

Votre candidature n'est pas en cause. Je vous recontacterai dès que le poste sera rouvert, probablement à l'automne.

Cordialement,
Mathieu Lavoie
Directeur, Opérations logistiques
Distributions Boréal
""")

add("on_hold", "Arclight Logistics", "Jenna", "Procurement Analyst", "en", "hard",
    "agency recruiter; client paused the search; mentions rejection hypothetically",
    frm="Jenna Pruitt <jenna.pruitt@keystonetalent.com>",
    subj="Arclight update (not a no!)",
    date="2026-08-05 11:48 -0500",
    body="""Hi Marisol,

Quick update so you're not left guessing. Arclight has paused the Procurement Analyst search while their parent (Arclight Holdings) re-does the 2027 budget. This is NOT a rejection; the hiring manager told me you're still their top choice. They expect to restart after Labor Day.

I'll keep pushing.

Jenna Pruitt
Keystone Talent Partners
""")

add("on_hold", "Kettleby Plastics", "", "Production Planner", "en", "hard",
    "SmartRecruiters template: position closed without hire; sounds final",
    frm="Kettleby Plastics <mail@smartrecruiters.com>",
    subj="Production Planner - position closed",
    date="2026-10-27 08:20 -0500", fmt="alt",
    body="""Hello Marisol,

We're writing to let you know the Production Planner position has been closed without a hire due to a change in business priorities at our Elgin facility. We will not be continuing the process for this role.

Thank you for your patience and interest in Kettleby Plastics.

Kettleby Plastics Recruiting
""")
# ----------------------------- interviews ----------------------------------
add("interview", "Prairie Hearth Foods", "Carmen", "Demand Planning Analyst", "en", "easy",
    "calendar invitation with text/calendar part; parent-company domain",
    iat="2026-04-16T10:00:00-05:00",
    frm="Carmen Ybarra <carmen.ybarra@hearthstonebrands.com>",
    subj="Invitation: Marisol Quintero-Hale / Demand Planning Analyst interview @ Thu Apr 16, 2026 10am - 11am (CDT)",
    date="2026-04-10 15:12 -0500", fmt="alt",
    ics=ics("Demand Planning Analyst interview - Prairie Hearth Foods", "20260416T100000",
            "20260416T110000", "America/Chicago", "carmen.ybarra@hearthstonebrands.com",
            "b26-phf-0416@hearthstonebrands.com"),
    body="""Marisol Quintero-Hale / Demand Planning Analyst interview
Thursday Apr 16, 2026 10am - 11am (Central Time - Chicago)
Location: Google Meet - meet.google.com/qxr-hmwt-pzd

Hi Marisol, you'll meet me and Darnell Okoye (Director of Demand Planning, Prairie Hearth Foods). We'll talk through your forecasting experience and a short case. Looking forward to it!

Carmen Ybarra
Talent Acquisition Partner, Hearthstone Brands
""")

add("interview", "Sweetgrass Provisions", "Hollis", "Category Analyst", "en", "easy",
    "Calendly scheduling link; no fixed time",
    frm="Hollis Marrow <hollis@sweetgrassprovisions.com>",
    subj="Let's talk - Category Analyst",
    date="2025-09-02 10:20 -0500",
    body="""Hi Marisol,

Thanks for applying to the Category Analyst role. I liked what I saw and would like to set up a 30-minute video interview. Grab any time that works on my calendar: https://calendly.com/hollis-sweetgrass/30min

Best,
Hollis Marrow
VP, Merchandising | Sweetgrass Provisions
""")

add("interview", "Meridale 3PL", "", "Transportation Analyst", "en", "easy",
    "GoodTime confirmation with definite time",
    iat="2025-09-16T13:30:00-05:00",
    frm="Meridale 3PL Recruiting <scheduling@goodtime.io>",
    subj="Confirmed: Interview for Transportation Analyst on Tuesday, September 16",
    date="2025-09-11 09:02 -0500", fmt="html",
    body="""Hi Marisol,

Your interview for the Transportation Analyst position at Meridale 3PL is confirmed.

Date: Tuesday, September 16, 2025
Time: 1:30 PM - 2:15 PM CDT
Interviewers: Gail Whitford (Transportation Manager), Sean Bui (Senior Analyst)
Format: Zoom (link below)

https://meridale3pl.zoom.us/j/84420019931

Need to reschedule? Use the link in this email up to 24 hours before.

Powered by GoodTime
""")

add("interview", "Wexler Foods", "Ron", "Purchasing Analyst", "en", "hard",
    "relative time ('tomorrow at 10:30'); no word interview",
    iat="2025-10-16T10:30:00-05:00",
    frm="Ron Delacroix <rdelacroix@wexlerfoods.com>",
    subj="tomorrow?",
    date="2025-10-15 08:40 -0500",
    body="""Hi Marisol - Ron from Wexler Foods purchasing. Your resume came across my desk for the Purchasing Analyst opening. Could you jump on a call tomorrow at 10:30? I'll ring your cell. Should take 30 minutes or so, mostly me telling you about the job and hearing about your Oracle experience.

Ron
Sent from my iPhone
""")

add("interview", "Vantreid Industrial", "Claire", "Sourcing Analyst", "en", "hard",
    "reschedule in reply thread; relative day ('Tuesday at 2pm')",
    iat="2026-05-12T14:00:00-05:00",
    frm="Claire Ashdown <cashdown@vantreid.com>",
    subj="RE: Sourcing Analyst - second conversation",
    date="2026-05-07 12:10 -0500", irt="<CAB7sq4Lx.marisol@fastmail.com>",
    body="""Hi Marisol,

Unfortunately our VP got pulled into a customer escalation, so we need to move Friday's conversation. Would Tuesday at 2pm work instead? Same Teams link, same people. I've sent an updated invite.

Thanks for bearing with us,
Claire

From: Marisol Quintero-Hale <marisol.qhale@fastmail.com>
Sent: Wednesday, May 6, 2026 7:52 PM
Subject: Re: Sourcing Analyst - second conversation

Friday at 11 works great, see you then.
""")

add("interview", "Pellman Industrial", "Stacy", "Supply Chain Analyst II", "en", "easy",
    "onsite panel itinerary with definite time in ET",
    iat="2026-07-15T09:00:00-04:00",
    frm="Stacy Greer <sgreer@pellmanindustrial.com>",
    subj="Onsite interview itinerary - Supply Chain Analyst II",
    date="2026-07-08 16:00 -0400", fmt="alt",
    body="""Hi Marisol,

We're excited to host you in Columbus! Here is the plan for your onsite interview on Wednesday, July 15, 2026:

9:00 AM ET - Welcome and plant tour with Stacy Greer
9:45 AM - Panel: S&OP Manager, Materials Lead, Finance Partner
11:00 AM - Case review with Director of Supply Chain
12:00 PM - Lunch with the team

Please check in at the front lobby of 4100 Fisher Rd. Travel is booked; confirmation to follow from our travel desk.

Stacy Greer
Recruiting Coordinator | Pellman Industrial
""")

add("interview", "Redhawk Packaging", "Bianca", "Procurement Analyst", "en", "hard",
    "take-home Excel exercise plus review call; slots to choose",
    frm="Bianca Ferraro <bferraro@redhawkpkg.com>",
    subj="Next step: procurement exercise",
    date="2026-04-14 11:25 -0500",
    body="""Hi Marisol,

Thanks for a great phone screen. The next step for the Procurement Analyst role is a short Excel exercise (a resin price-index scenario, about 2 hours of work), followed by a 45-minute session where you walk Dev and me through your thinking.

I've attached nothing yet; I'll send the file once you pick a review slot: Monday 4/20 at 1pm, Tuesday 4/21 at 9am, or Wednesday 4/22 at 3pm (all Central).

Bianca Ferraro
Procurement Manager
Redhawk Packaging
""")

add("interview", "Bluewillow Dairy Cooperative", "Marcus", "Logistics Coordinator", "en", "hard",
    "'quick chat' with no time fixed; no word interview",
    frm="Marcus Feeney <mfeeney@bluewillowdairy.coop>",
    subj="quick chat?",
    date="2026-05-01 07:15 -0500",
    body="""Morning Marisol,

Saw your application for the Logistics Coordinator job. Got 20 minutes sometime next week for a quick chat about the role and our routes out of Kenosha? Send me a couple of times that work.

Marcus
Bluewillow Dairy Cooperative | Transportation
""")

add("interview", "Corvane Distribution", "Ashok", "Inventory Analyst", "en", "hard",
    "agency recruiter asking availability for client phone screen",
    frm="Ashok Raman <ashok@northstarsearchgroup.com>",
    subj="Corvane wants to talk to you!",
    date="2026-07-02 14:30 -0500",
    body="""Marisol,

Good news, Corvane Distribution liked your profile for the Inventory Analyst role and their hiring manager, Lydia Hahn, wants a 30-minute phone screen. Can you send me 3-4 windows next Tuesday through Thursday? I'll lock it in and send the dial-in.

Ashok Raman
Principal Recruiter | Northstar Search Group
""")

add("interview", "Manufacturas Cobrevalle", "Lorena", "Analista de Compras", "es", "easy",
    "Spanish; video interview with definite time (hora del centro de México)",
    iat="2026-02-19T10:00:00-06:00",
    frm="Lorena Garza Treviño <lgarza@cobrevalle.com.mx>",
    subj="Entrevista - Analista de Compras (planta Apodaca)",
    date="2026-02-12 17:05 -0600", cte="quoted-printable",
    body="""Hola Marisol:

Gracias por postularte a la vacante de Analista de Compras. Nos gustaría invitarte a una entrevista por videollamada con el Ing. Ramiro Salinas, gerente de Abastecimiento.

Fecha: jueves 19 de febrero
Hora: 10:00 a. m. (hora del centro de México)
Plataforma: Microsoft Teams (te llegará el enlace por separado)

Por favor confírmanos tu asistencia respondiendo a este correo.

Saludos cordiales,
Lorena Garza Treviño
Reclutamiento y Selección
Manufacturas Cobrevalle, S.A. de C.V.
""")

add("interview", "Hebewerk Maschinenbau GmbH", "Katrin", "Einkäufer / Procurement Analyst (m/w/d)", "de", "easy",
    "German; video interview with definite time (MESZ)",
    iat="2026-09-22T16:00:00+02:00",
    frm="Katrin Oberholzer <k.oberholzer@hebewerk.de>",
    subj="Einladung zum Vorstellungsgespräch",
    date="2026-09-15 09:40 +0200", cte="quoted-printable",
    body="""Sehr geehrte Frau Quintero-Hale,

vielen Dank für Ihre Bewerbung als Einkäufer / Procurement Analyst (m/w/d) für unseren Standort in Chicago.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Videointerview ein:

Termin: Dienstag, 22. September 2026, 16:00 Uhr MESZ (9:00 Uhr Chicago)
Teilnehmer: Herr Felix Brandauer (Leiter Einkauf) und ich
Plattform: Microsoft Teams

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Oberholzer
Personalreferentin
Hebewerk Maschinenbau GmbH
""")

add("interview", "St. Brendan Medical Center", "", "Supply Chain Analyst - Perioperative Services", "en", "hard",
    "iCIMS phone screen; date falls after DST change (Central)",
    iat="2026-03-09T11:00:00-05:00",
    frm="St. Brendan Medical Center <noreply@stbrendan-icims.com>",
    subj="Phone Interview Scheduled - Supply Chain Analyst - Perioperative Services",
    date="2026-03-03 13:50 -0600", fmt="alt",
    body="""Dear Marisol,

Your phone interview has been scheduled.

Position: Supply Chain Analyst - Perioperative Services (Req #26-0188)
Date/Time: Monday, March 9, 2026 at 11:00 AM Central
Interviewer: Denise Kowalczyk, Manager, Perioperative Supply Chain
Phone: The interviewer will call the number on your application.

If you need to reschedule, please reply to your recruiter at least 24 hours in advance.

St. Brendan Medical Center Talent Acquisition
""")

add("interview", "Calumet Regional Transit Authority", "Dolores", "Contracts & Procurement Analyst II", "en", "easy",
    "formal panel interview notice from public agency",
    iat="2025-11-20T13:00:00-06:00",
    frm="Dolores Reyes-Whitcomb <dreyeswhitcomb@crta.gov>",
    subj="Panel Interview Notice - Posting 2025-187",
    date="2025-11-10 10:15 -0600", pdf="CRTA_Interview_Instructions.pdf",
    body="""Dear Ms. Quintero-Hale,

You have been selected for a panel interview for the position of Contracts & Procurement Analyst II (Posting 2025-187).

Date: Thursday, November 20, 2025
Time: 1:00 p.m.
Location: CRTA Headquarters, 567 W. Jackson Blvd, 9th Floor, Conference Room B

Please bring a government-issued photo ID. Instructions are attached. Reply to confirm your attendance by November 14.

Dolores Reyes-Whitcomb
Human Resources Analyst
Calumet Regional Transit Authority
""")

add("interview", "Northgate Regional Health", "Anita", "Value Analysis Coordinator", "en", "hard",
    "Outlook Teams invite, 'UTC-06:00' zone label but summer date; body has no word interview",
    iat="2026-06-08T15:00:00-05:00",
    frm="Anita Sharma <anita.sharma@nrhealth.org>",
    subj="Marisol Quintero-Hale / Anita Sharma - Value Analysis Coordinator",
    date="2026-06-02 09:22 -0500", mid_domain="BY5PR19MB4410.namprd19.prod.outlook.com",
    hdrs={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""},
    body="""When: Monday, June 8, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Marisol, this will be a conversation with me and our clinical value analysis nurse, Jo. We'll go through a couple of product-conversion examples. Nothing to prepare.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 241 880 337 102
________________________________________________________________________________
""")

add("interview", "Lakeview Children's Hospital", "", "Supply Chain Data Analyst", "en", "easy",
    "ModernLoop self-scheduling link",
    frm="Lakeview Children's Hospital <scheduling@modernloop.io>",
    subj="Schedule your panel interview - Supply Chain Data Analyst",
    date="2026-03-20 14:00 -0500", fmt="html",
    body="""Hi Marisol,

The Lakeview Children's Hospital team would like to schedule your panel interview for Supply Chain Data Analyst. Please choose from the available times using the link below:

https://app.modernloop.io/candidate/availability/lch-7c31d0

The interview lasts 90 minutes and includes three interviewers.

Sent with ModernLoop on behalf of Lakeview Children's Hospital
""")

add("interview", "Dunmore Aerospace Fasteners", "Ingrid", "Buyer", "en", "hard",
    "short confirmation; relative day ('Friday at 8:30'); no word interview",
    iat="2026-08-28T08:30:00-05:00",
    frm="Ingrid Vasquez-Toll <ingrid.vt@dunmoreaero.com>",
    subj="Re: Buyer opening",
    date="2026-08-24 13:05 -0500", irt="<CAK2b9rd.marisol@fastmail.com>",
    body="""Perfect - see you Friday at 8:30. Ask for me at the guard shack and wear closed-toe shoes, we'll walk the floor first.

- Ingrid

On Mon, Aug 24, 2026 at 11:40 AM Marisol Quintero-Hale wrote:
> Thank you for reaching out about the Buyer opening! I'm available any
> morning this week.
""")

add("interview", "Ostrander Valve & Pump Co.", "", "Procurement Analyst", "en", "hard",
    "one-way recorded video interview with deadline, no start time",
    frm="Ostrander Valve & Pump <no-reply@hirevue-mail.com>",
    subj="Complete your video interview for Ostrander Valve & Pump Co.",
    date="2026-10-13 08:00 -0500", fmt="html", cte="base64",
    body="""Hello Marisol,

Ostrander Valve & Pump Co. has invited you to complete an on-demand video interview for the Procurement Analyst position.

You will answer 5 questions on your own time; each answer can be up to 3 minutes long. Please complete the interview by Monday, October 19, 2026 at 11:59 PM CT.

Start your interview: https://app.hirevue.example/i/ovp-4481

Good luck!
""")

add("interview", "Cascadia Fresh Produce", "Noelle", "Supply Planning Analyst", "en", "hard",
    "reply to candidate who asked if role was filled; quoted text sounds like rejection; Pacific time",
    iat="2025-06-12T15:00:00-07:00",
    frm="Noelle Barrington <noelle.b@cascadiafresh.com>",
    subj="Re: Supply Planning Analyst - checking in",
    date="2025-06-10 10:02 -0700", irt="<CAM4t8Vq.marisol@fastmail.com>",
    body="""Hi Marisol,

Not filled at all, sorry for the silence; we were buried in cherry season. We'd love to talk. Are you free Thursday at 3pm Pacific for a video interview with me and our supply planning manager? I'll send a Zoom link once you confirm.

Noelle Barrington
Talent Acquisition, Cascadia Fresh Produce

> On Jun 9, 2025, at 8:15 AM, Marisol Quintero-Hale wrote:
> Hi Noelle, I applied for the Supply Planning Analyst role three weeks
> ago. I understand if you've already decided not to move forward with me,
> but I wanted to check whether the position is still open.
""")

add("interview", "Arclight Logistics", "Owen", "Inventory Control Analyst", "en", "hard",
    "informal coffee invite; options rather than one time; parent-company domain",
    frm="Owen Petrakis <opetrakis@arclightholdings.com>",
    subj="coffee next week?",
    date="2025-10-22 18:40 -0500",
    body="""Hi Marisol,

Jenna at Keystone passed along your resume for the Inventory Control Analyst role on my team at Arclight Logistics. Rather than a formal thing, would you want to grab coffee near our Bedford Park DC? Tuesday or Wednesday morning next week both work for me.

Owen Petrakis
Inventory Control Manager
Arclight Logistics (an Arclight Holdings company)
""")

add("interview", "Kettleby Plastics", "Renata", "Materials Planner", "en", "easy",
    "case presentation to panel at definite date/time",
    iat="2026-03-25T13:00:00-05:00",
    frm="Renata Olszewski <rolszewski@kettleby.com>",
    subj="Materials Planner - final interview with case presentation",
    date="2026-03-17 09:55 -0500",
    body="""Hi Marisol,

Congratulations on making it to the final round for the Materials Planner role! You'll present the attached MRP case to a panel (plant manager, planning lead, and me) on Wednesday, 3/25 at 1 PM at our Elgin plant. Plan for 20 minutes of presentation and 40 minutes of questions.

Renata Olszewski
HR Manager, Kettleby Plastics
""")

add("interview", "Tessaro Foods", "", "Category Procurement Analyst", "en", "easy",
    "Lever confirmation with .ics attachment",
    iat="2026-10-09T11:00:00-05:00",
    frm="Tessaro Foods <no-reply@hire.lever.co>",
    subj="Interview confirmed: Tessaro Foods - Category Procurement Analyst",
    date="2026-10-02 16:45 -0500", fmt="alt",
    ics=ics("Interview: Category Procurement Analyst (Tessaro Foods)", "20261009T110000",
            "20261009T115000", "America/Chicago", "no-reply@hire.lever.co",
            "b26-tessaro-1009@lever.co"),
    body="""Hi Marisol,

Your interview with Tessaro Foods is confirmed.

Fri, Oct 9, 2026 at 11:00 AM CDT (50 minutes)
Video call: https://meet.google.com/tfd-qpmz-rwa
With: Harriet Oduya (Category Manager, Proteins)

A calendar invitation is attached.

Tessaro Foods Recruiting
""")

add("interview", "Gold Kernel Snacks", "Trevor", "S&OP Analyst", "en", "hard",
    "reschedule request with no new time; says 'cancel' about old slot",
    frm="Trevor Banks <trevor.banks@goldkernel.com>",
    subj="Need to cancel tomorrow - can we rebook?",
    date="2026-02-10 17:10 -0600",
    body="""Marisol,

I have to cancel our interview tomorrow, I'm sorry. I'm flying to our Fresno plant on short notice. I still very much want to talk to you about the S&OP Analyst role. Can you send me a few times that work next week? Any afternoon is good for me.

Trevor Banks
Director, Supply Chain Planning
Gold Kernel Snacks
""")
# ----------------------------- offers --------------------------------------
add("offer", "Pellman Industrial", "Stacy", "Supply Chain Analyst II", "en", "easy",
    "offer letter attached as PDF",
    frm="Stacy Greer <sgreer@pellmanindustrial.com>",
    subj="Your offer from Pellman Industrial",
    date="2026-07-24 15:30 -0400", pdf="Pellman_Offer_Letter_MQuinteroHale.pdf",
    body="""Hi Marisol,

On behalf of the whole team, I'm thrilled to extend you an offer for the Supply Chain Analyst II position! Your offer letter is attached with the details on base salary, bonus target, relocation support and start date.

Please review, and let me know if you have questions. We'd appreciate your signed letter by Friday, July 31.

Congratulations!
Stacy Greer
Recruiting Coordinator | Pellman Industrial
""")

add("offer", "Dunmore Aerospace Fasteners", "Ingrid", "Buyer", "en", "hard",
    "written follow-up to a verbal offer; never says 'offer'",
    frm="Ingrid Vasquez-Toll <ingrid.vt@dunmoreaero.com>",
    subj="Following up on our call",
    date="2026-09-04 11:50 -0500",
    body="""Hi Marisol,

Great talking this morning. As promised, here's what we discussed in writing while HR finalises the paperwork:

- Title: Buyer, reporting to me
- Base: $74,000, plus 6% annual bonus target
- Start: Monday, September 28 (flexible by a week)
- 15 days PTO, 401(k) match to 5%

We really want you on the team. Take the weekend, and call me with any questions.

Ingrid
""")

add("offer", "Distributions Boréal", "Mathieu", "Analyste, chaîne d'approvisionnement", "fr", "easy",
    "French offer after reopened position",
    frm="Mathieu Lavoie <mlavoie@distboreal.ca>",
    subj="Offre d'emploi - Analyste, chaîne d'approvisionnement",
    date="2026-09-17 14:05 -0400", cte="quoted-printable", pdf="Offre_emploi_Quintero-Hale.pdf",
    body="""Bonjour Marisol,

J'ai le plaisir de vous confirmer que le poste d'analyste, chaîne d'approvisionnement a été rouvert et que nous souhaitons vous offrir le poste. Vous trouverez ci-joint la lettre d'offre : salaire annuel de 72 000 $, télétravail hybride (deux jours par semaine au centre de Laval) et entrée en fonction le 2 novembre.

Merci de nous faire part de votre décision d'ici le 25 septembre.

Au plaisir de travailler avec vous,
Mathieu Lavoie
Directeur, Opérations logistiques
Distributions Boréal
""")

add("offer", "Tessaro Foods", "Imani", "Category Procurement Analyst", "en", "easy",
    "ATS offer notice, HTML only; names recruiter as contact",
    frm="Tessaro Foods <mail@smartrecruiters.com>",
    subj="Offer Letter - Category Procurement Analyst",
    date="2026-10-23 10:10 -0500", fmt="html",
    body="""Dear Marisol,

Congratulations! Tessaro Foods is pleased to offer you the position of Category Procurement Analyst. Please log in to your candidate portal to review and e-sign your offer letter by October 30, 2026.

If you have any questions, contact your recruiter, Imani Cole, at imani.cole@tessarofoods.com.

Welcome aboard!
Tessaro Foods Talent Acquisition
""")

add("offer", "Calumet Regional Transit Authority", "Dolores", "Contracts & Procurement Analyst II", "en", "hard",
    "conditional offer of employment; formal; contingent on background check",
    frm="Dolores Reyes-Whitcomb <dreyeswhitcomb@crta.gov>",
    subj="Conditional Offer of Employment - Posting 2025-187",
    date="2025-12-05 09:35 -0600", pdf="CRTA_Conditional_Offer_2025-187.pdf",
    body="""Dear Ms. Quintero-Hale,

The Calumet Regional Transit Authority is pleased to extend to you a conditional offer of employment for the position of Contracts & Procurement Analyst II, Grade 14, Step 2, at an annual salary of $79,412.

This offer is contingent upon successful completion of a background check, drug screening and verification of employment history. Please sign and return the attached form by December 12, 2025.

Sincerely,
Dolores Reyes-Whitcomb
Human Resources Analyst
Calumet Regional Transit Authority
""")

add("offer", "Arclight Logistics", "Jenna", "Procurement Analyst", "en", "hard",
    "agency recruiter relays verbal offer from client",
    frm="Jenna Pruitt <jenna.pruitt@keystonetalent.com>",
    subj="!!! Arclight",
    date="2026-09-29 16:55 -0500",
    body="""MARISOL! Arclight just called. They want you for the Procurement Analyst role: $81k base, 8% bonus, hybrid 3 days in Bedford Park, start mid-October. Written offer comes from their HR tomorrow.

Call me when you can, I want to walk you through it before you get the paperwork.

Jenna Pruitt
Keystone Talent Partners
""")

# ----------------------------- application received ------------------------
add("application_received", "Brassfield Components", "", "Procurement Analyst", "en", "easy",
    "Greenhouse acknowledgement",
    frm="Brassfield Components <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Brassfield Components",
    date="2025-01-21 20:14 -0600", fmt="alt",
    body="""Hi Marisol,

Thank you for your interest in Brassfield Components! We have received your application for the Procurement Analyst position.

Our team will review your qualifications and, if there is a fit, someone will contact you about next steps.

Regards,
Brassfield Components Talent Team
""")

add("application_received", "Lakeshore Freightways", "", "Logistics Analyst", "en", "easy",
    "Workday acknowledgement; auto-generated header",
    frm="Lakeshore Freightways Careers <lakeshorefreightways@myworkday.com>",
    subj="We received your application - Logistics Analyst (R-10482)",
    date="2025-02-17 07:31 -0600", fmt="html",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Marisol,

Thank you for applying to Logistics Analyst (R-10482) at Lakeshore Freightways. Your application has been submitted successfully.

You can check the status of your application at any time by signing in to your candidate home account.

Lakeshore Freightways Talent Acquisition
""")

add("application_received", "Gold Kernel Snacks", "", "S&OP Analyst", "en", "easy",
    "Teamtailor acknowledgement",
    frm="Gold Kernel Snacks <no-reply@teamtailor-mail.com>",
    subj="Thanks for applying, Marisol!",
    date="2026-01-14 12:02 -0600", fmt="alt",
    body="""Hi Marisol,

Thanks for applying for S&OP Analyst at Gold Kernel Snacks! We're reading every application ourselves, so it may take us a couple of weeks to get back to you.

Crunchy regards,
The Gold Kernel Snacks team
""")

add("application_received", "Sweetgrass Provisions", "", "Category Analyst", "en", "hard",
    "Workable ack that describes interview stage and possible decline",
    frm="Sweetgrass Provisions <noreply@candidates.workablemail.com>",
    subj="Your application for Category Analyst",
    date="2025-08-19 22:40 -0500", fmt="alt",
    body="""Hi Marisol,

Your application for the Category Analyst position at Sweetgrass Provisions has been received.

Here's what happens next: the hiring manager reviews applications weekly. Candidates selected for an interview will be contacted by email with a scheduling link. If we decide not to proceed, we'll let you know as well, so you're never left wondering.

Thanks for your interest!
Sweetgrass Provisions
""")

add("application_received", "Redhawk Packaging", "", "Procurement Analyst", "en", "easy",
    "Recruitee acknowledgement",
    frm="Redhawk Packaging <noreply@recruitee.com>",
    subj="Application received: Procurement Analyst",
    date="2026-03-29 09:18 -0500", fmt="html",
    body="""Hello Marisol,

We've received your application for Procurement Analyst at Redhawk Packaging. Thank you!

We'll be in touch after reviewing your profile.

Redhawk Packaging
""")

add("application_received", "Tessaro Foods", "", "Category Procurement Analyst", "en", "hard",
    "ack with 'unfortunately we cannot respond to every applicant individually'",
    frm="Tessaro Foods <mail@smartrecruiters.com>",
    subj="Tessaro Foods: Application Confirmation",
    date="2026-09-08 14:22 -0500", fmt="alt",
    body="""Dear Marisol,

Thank you for applying to Category Procurement Analyst. Your application is now under review.

Unfortunately, because of the number of applications we receive, we cannot respond to every applicant individually. If your profile matches our requirements, a member of our team will contact you.

Best regards,
Tessaro Foods Talent Acquisition
""")

add("application_received", "Manufacturas Cobrevalle", "", "Analista de Compras", "es", "easy",
    "Spanish acknowledgement",
    frm="Manufacturas Cobrevalle <empleos@cobrevalle.com.mx>",
    subj="Hemos recibido tu postulación - Analista de Compras",
    date="2026-02-02 10:10 -0600", fmt="alt", cte="base64",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Hola Marisol:

Gracias por tu interés en formar parte de Manufacturas Cobrevalle. Confirmamos que recibimos tu postulación para la vacante de Analista de Compras (planta Apodaca, N.L.).

Nuestro equipo de Reclutamiento revisará tu perfil y, si cumple con los requisitos, se comunicará contigo en los próximos días.

Este es un mensaje automático; por favor no respondas a este correo.
""")

add("application_received", "Hebewerk Maschinenbau GmbH", "", "Einkäufer / Procurement Analyst (m/w/d)", "de", "easy",
    "German Personio acknowledgement",
    frm="Hebewerk Maschinenbau GmbH <noreply@personio.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-08-31 18:03 +0200", fmt="alt",
    body="""Sehr geehrte Frau Quintero-Hale,

vielen Dank für Ihre Bewerbung als Einkäufer / Procurement Analyst (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hebewerk Maschinenbau GmbH
""")

add("application_received", "Calumet Regional Transit Authority", "", "Contracts & Procurement Analyst II", "en", "hard",
    "government ack: lists 'not selected' and exam/interview as future steps",
    frm="Calumet Regional Transit Authority <noreply@governmentjobs.com>",
    subj="Application Received: Contracts & Procurement Analyst II",
    date="2025-10-14 23:51 -0500", fmt="alt",
    body="""Dear Marisol Quintero-Hale,

Thank you for applying for Contracts & Procurement Analyst II (Posting 2025-187) with the Calumet Regional Transit Authority. Your application was received on 10/14/2025.

Applications are screened against the minimum qualifications after the posting closes. Qualified applicants may be invited to an oral board interview. Applicants who are not selected will be notified by email. This process may take six to eight weeks.

Calumet Regional Transit Authority Human Resources
""")

add("application_received", "Lakeview Children's Hospital", "", "Supply Chain Data Analyst", "en", "easy",
    "Workday acknowledgement",
    frm="Lakeview Children's Hospital <lakeviewchildrens@myworkday.com>",
    subj="Thank you for your application",
    date="2026-02-26 13:37 -0600", fmt="html",
    body="""Dear Marisol,

Thank you for applying to the Supply Chain Data Analyst position at Lakeview Children's Hospital. We have received your application and it is under review.

Lakeview Children's Hospital Talent Acquisition
""")

add("application_received", "Kettleby Plastics", "", "Materials Planner", "en", "hard",
    "iCIMS ack sent from noreply with personal-sounding signature",
    frm="Kettleby Plastics <careers-noreply@icims.com>",
    subj="Kettleby Plastics - Materials Planner",
    date="2026-02-19 06:45 -0600", fmt="alt",
    body="""Hi Marisol,

Just a quick note to say your application for Materials Planner landed safely with us. I'll take a look along with the plant team and reach out if we'd like to set up a conversation.

Thanks for thinking of Kettleby!
HR Team
Kettleby Plastics
""")

add("application_received", "Pellman Industrial", "", "Supply Chain Analyst II", "en", "easy",
    "Ashby acknowledgement",
    frm="Pellman Industrial <no-reply@ashbyhq.com>",
    subj="Thanks for applying to Pellman Industrial",
    date="2026-05-26 11:11 -0400", fmt="alt",
    body="""Hi Marisol,

Thanks for applying to the Supply Chain Analyst II role at Pellman Industrial. We've got your application and our recruiting team will review it soon.

Best,
Pellman Industrial Recruiting
""")

add("application_received", "Wexler Foods", "", "Purchasing Analyst", "en", "hard",
    "BambooHR ack mentioning past rejections ('even if this role isn't a match')",
    frm="Wexler Foods <notifications@app.bamboohr.com>",
    subj="Wexler Foods received your application",
    date="2026-07-27 15:02 -0500", fmt="html",
    body="""Hi Marisol,

Thank you for applying for Purchasing Analyst. We've received your application and our hiring team is reviewing it now.

Even if this role isn't a match, we keep applicants in mind for future openings, so you don't need to re-apply for similar positions.

Wexler Foods Hiring Team
""")

add("application_received", "Dunmore Aerospace Fasteners", "", "Supplier Quality & Sourcing Analyst", "en", "easy",
    "Jobvite acknowledgement; ITAR note",
    frm="Dunmore Aerospace Fasteners <notification@jobvite.com>",
    subj="Application Confirmation - Supplier Quality & Sourcing Analyst",
    date="2026-03-30 08:26 -0500", fmt="alt",
    body="""Dear Marisol,

Thank you for your application for Supplier Quality & Sourcing Analyst at Dunmore Aerospace Fasteners. We have received it and will review it shortly.

Please note that this position requires access to ITAR-controlled information.

Sincerely,
Dunmore Aerospace Fasteners Recruiting
""")

add("application_received", "Northgate Regional Health", "", "Value Analysis Coordinator", "en", "hard",
    "Taleo ack; subject says 'status update'; mentions interview if selected",
    frm="Northgate Regional Health <nrh@taleo.net>",
    subj="Status update: Value Analysis Coordinator",
    date="2026-05-11 17:45 -0500", fmt="alt",
    body="""Dear Marisol,

This is to confirm that your application for Value Analysis Coordinator (Job ID 118842) has been successfully submitted. The hiring manager will review applications after the posting closes on May 22. If you are selected for an interview, a recruiter will contact you directly.

Northgate Regional Health Talent Acquisition
""")

add("application_received", "Arclight Logistics", "", "Procurement Analyst", "en", "hard",
    "iCIMS ack from parent-company careers portal",
    frm="Arclight Holdings Careers <careers@arclightholdings.com>",
    subj="Application submitted - Procurement Analyst (Arclight Logistics)",
    date="2026-06-22 21:17 -0500", fmt="alt",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Marisol,

Your application for Procurement Analyst with Arclight Logistics has been submitted. Arclight Logistics is an operating company of Arclight Holdings.

Please do not reply to this message.

Arclight Holdings Talent Acquisition
""")
# ----------------------------- auto replies --------------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}
add("auto_reply", "Halvorsen Motion Systems", "Priya", "", "en", "easy",
    "back on 3/14; auto-reply headers", ret="2025-03-14",
    frm="Priya Natarajan <pnatarajan@hms-motion.com>",
    subj="Automatic reply: Commodity Analyst application", date="2025-03-10 08:01 -0500",
    hdrs=AR, body="""I'm out of the office and will be back on 3/14. For urgent sourcing matters please contact sourcing-desk@hms-motion.com.

Priya""")

add("auto_reply", "Vantreid Industrial", "Claire", "", "en", "easy",
    "'returning Monday 9 March'", ret="2026-03-09",
    frm="Claire Ashdown <cashdown@vantreid.com>",
    subj="Out of Office: Re: Sourcing Analyst", date="2026-03-04 10:12 -0600",
    hdrs={"Auto-Submitted": "auto-replied"},
    body="""Thank you for your email. I am on annual leave, returning Monday 9 March. I will have limited access to email until then.

Claire Ashdown | Procurement Lead | Vantreid Industrial""")

add("auto_reply", "Meridale 3PL", "Gail", "", "en", "hard",
    "'until ... inclusive' (return next day); no auto-reply headers", ret="2025-08-21",
    frm="Gail Whitford <gwhitford@meridale3pl.com>",
    subj="Re: Transportation Analyst question", date="2025-08-14 11:30 -0500",
    body="""Hello,

I am away from the office until 2025-08-20 inclusive with no access to email. Messages will not be forwarded. For carrier escalations, call dispatch at (708) 555-0190.

Gail Whitford
Transportation Manager, Meridale 3PL""")

add("auto_reply", "Corvane Distribution", "Lydia", "", "en", "easy",
    "no longer with company; names a contact", frm="Lydia Hahn <lhahn@corvanedist.com>",
    subj="Automatic reply: Following up - Inventory Analyst", date="2026-10-19 09:00 -0500",
    hdrs=AR, body="""I no longer work at Corvane Distribution. Please contact Mike Ferrante (mferrante@corvanedist.com) for inventory and warehouse matters, or hr@corvanedist.com for anything related to recruiting.""")

add("auto_reply", "Lakeshore Freightways", "", "Logistics Analyst", "en", "hard",
    "unmonitored mailbox bounce on application thread; no return date",
    frm="Lakeshore Freightways Careers <lakeshorefreightways@myworkday.com>",
    subj="Re: Logistics Analyst (R-10482) - question about my application",
    date="2025-03-05 14:22 -0600", hdrs={"Auto-Submitted": "auto-replied"},
    body="""This mailbox is not monitored. Replies to this address are not read or answered.

To check the status of your application, please sign in to your candidate home account on our careers site.""")

add("auto_reply", "Tri-County Cold Chain", "Pam", "", "en", "hard",
    "parental leave; mentions interview process; only X-Autoreply header", ret="2026-01-12",
    frm="Pam Oyelaran <poyelaran@tccoldchain.com>",
    subj="Re: Procurement Analyst - interview availability", date="2025-11-03 13:40 -0600",
    hdrs={"X-Autoreply": "yes"},
    body="""Hi there! I'm on parental leave and returning January 12, 2026. If you're a candidate in an active interview process, my colleague Ben Adair (badair@tccoldchain.com) is covering all of my open requisitions and will make sure nothing falls through the cracks.

Pam""")

add("auto_reply", "Hebewerk Maschinenbau GmbH", "Katrin", "", "de", "easy",
    "German Abwesenheitsnotiz; 'ab dem 7. April'", ret="2025-04-07",
    frm="Katrin Oberholzer <k.oberholzer@hebewerk.de>",
    subj="Abwesenheitsnotiz: Bewerbung Einkauf", date="2025-03-31 16:05 +0200",
    hdrs=AR, cte="quoted-printable",
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 4. April 2025 nicht im Büro und ab dem 7. April wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@hebewerk.de.

Mit freundlichen Grüßen
Katrin Oberholzer""")

add("auto_reply", "Distributions Boréal", "Geneviève", "", "fr", "easy",
    "French absence message; 'de retour le lundi 3 août'", ret="2026-08-03",
    frm="Geneviève Thibodeau <gthibodeau@distboreal.ca>",
    subj="Réponse automatique : Candidature - analyste", date="2026-07-20 12:00 -0400",
    hdrs=AR, cte="quoted-printable",
    body="""Bonjour,

Je suis en vacances et serai de retour le lundi 3 août. Pendant mon absence, veuillez écrire à rh@distboreal.ca.

Merci,
Geneviève Thibodeau""")

add("auto_reply", "Manufacturas Cobrevalle", "Ramiro", "", "es", "hard",
    "Spanish OOO; 'regreso el 6 de enero'; no headers", ret="2026-01-06",
    frm="Ramiro Salinas <rsalinas@cobrevalle.com.mx>",
    subj="Respuesta automática: Seguimiento entrevista", date="2025-12-22 09:10 -0600",
    cte="quoted-printable",
    body="""Gracias por su mensaje. Me encuentro fuera de la oficina por el periodo vacacional de fin de año y regreso el 6 de enero. Para temas urgentes de abastecimiento, favor de contactar a compras@cobrevalle.com.mx.

Ing. Ramiro Salinas
Gerente de Abastecimiento""")

add("auto_reply", "Ostrander Valve & Pump Co.", "Dwayne", "", "en", "hard",
    "relative return ('back Monday'); no auto-reply headers", ret="2025-12-15",
    frm="Dwayne Kessler <dkessler@ostrandervalve.com>",
    subj="RE: Buyer/Planner - thank you", date="2025-12-11 17:02 -0600",
    body="""Thanks for your message. I'm travelling to supplier sites for the rest of the week and will be back Monday. I'll respond then.

Dwayne""")

add("auto_reply", "Sweetgrass Provisions", "Hollis", "", "en", "hard",
    "'back tomorrow' relative return; subject mentions interview", ret="2026-10-15",
    frm="Hollis Marrow <hollis@sweetgrassprovisions.com>",
    subj="Re: Interview follow-up [auto-reply]", date="2026-10-14 14:44 -0500",
    hdrs={"X-Autoreply": "yes"},
    body="""Hi! I'm at our supplier summit today with spotty signal. Back tomorrow and will reply then.

- Hollis""")

add("auto_reply", "Brightpath Staffing", "Ruby", "", "en", "easy",
    "OOO with no return date; staffing agency",
    frm="Ruby Castellanos <rcastellanos@brightpathstaffing.com>",
    subj="Automatic reply: Resume - Marisol Quintero-Hale", date="2025-05-06 10:20 -0500",
    hdrs=AR, body="""I am currently out of the office with limited access to email. I will respond to your message as soon as possible. If this is regarding a current assignment or timesheet, please call our Schaumburg office at (847) 555-0122.

Ruby Castellanos
Staffing Manager, Brightpath Staffing""")

add("auto_reply", "Northgate Regional Health", "Anita", "", "en", "hard",
    "conference OOO mentions interview scheduling; 'returning 11/3'", ret="2025-11-03",
    frm="Anita Sharma <anita.sharma@nrhealth.org>",
    subj="Automatic reply: Value Analysis Coordinator - interview times", date="2025-10-29 07:55 -0500",
    hdrs=AR, mid_domain="BY5PR19MB4410.namprd19.prod.outlook.com",
    body="""I'm attending the AHRMM conference and returning 11/3. If you are writing to schedule an interview, please work with our recruiter Jamal Price (jamal.price@nrhealth.org) so we don't lose time.

Anita Sharma
Director, Value Analysis""")

add("auto_reply", "Redhawk Packaging", "Bianca", "", "en", "easy",
    "vacation responder 'out until the 24th'", ret="2026-09-24",
    frm="Bianca Ferraro <bferraro@redhawkpkg.com>",
    subj="Re: Procurement Analyst - checking in", date="2026-09-18 08:30 -0500",
    hdrs={"Auto-Submitted": "auto-replied"},
    body="""Hello, I'm out until the 24th and checking email only occasionally. For resin pricing questions reach out to Dev Mehta. Thanks! Bianca""")
# ----------------------------- other ---------------------------------------
LU = {"List-Unsubscribe": "<https://mail.example.net/unsub?u=mqh>", "Precedence": "bulk"}
add("other", "", "", "", "en", "easy", "job alert digest",
    frm="JobHarbor Alerts <alerts@jobharbor.com>",
    subj="14 new Procurement Analyst jobs near Chicago, IL", date="2025-02-03 06:00 -0600",
    fmt="html", hdrs=LU, body="""New jobs matching your alert: Procurement Analyst, Chicago, IL (25 mi)

Procurement Analyst - Ferncliff Biologics - Lake Forest, IL
Strategic Sourcing Analyst - Orland Mutual - Oak Brook, IL
Buyer II - Tamsworth Electric - Elk Grove Village, IL
...and 11 more

Apply with one click. Manage alerts | Unsubscribe""")

add("other", "", "", "", "en", "hard", "newsletter article about handling rejection and interviews",
    frm="The Purchasing Pulse <newsletter@purchasingpulse.com>",
    subj="Why you didn't get the job (and what to do next)", date="2025-04-09 07:30 -0500",
    fmt="alt", hdrs=LU, body="""THE PURCHASING PULSE - weekly for procurement pros

This week: we asked 40 hiring managers why candidates get rejected after the final interview. The top answer? 'We decided to move forward with a candidate whose experience more closely matched.' Here's how to read between the lines, and how to ask for feedback without burning a bridge.

Also: tariffs and your Q3 sourcing plan; 5 interview questions every buyer should prepare for.

Read more at purchasingpulse.com""")

add("other", "", "", "", "en", "hard", "podcast 'interview with our CEO'; HTML only",
    frm="Supply Lines Podcast <hello@supplylinespod.fm>",
    subj="New episode: our interview with the CEO of a 3PL unicorn", date="2025-05-15 12:00 -0400",
    fmt="html", hdrs=LU, body="""Episode 112 is live!

In this week's interview, we sit down with the CEO of a fast-growing 3PL to talk about automation, labor shortages and why she turned down an acquisition offer.

Listen on your favourite podcast app.""")

add("other", "", "", "", "en", "hard", "card declined; 'unfortunately'",
    frm="Lakefront Bank Alerts <alerts@lakefrontbank.com>",
    subj="Your card ending in 4471 was declined", date="2025-06-21 19:14 -0500",
    body="""Unfortunately, a purchase of $212.40 at AIRLINE*UNITED on your debit card ending in 4471 was declined because it exceeded your daily limit.

If you recognize this transaction, you can raise your limit in the Lakefront Bank app. Do not reply to this email.""")

add("other", "", "Elliott", "", "en", "hard", "pull request rejected on a side project",
    frm="Elliott Vance <notifications@github.com>",
    subj="Re: [openmrp/lead-time-tools] Add safety stock calculator (#48)", date="2025-07-02 22:05 +0100",
    hdrs={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB12>",
          "X-GitHub-Reason": "author"},
    body="""@mqhale thanks for this, but we're going to reject this PR for now. We decided not to move forward with adding Excel export to the core package; it should live in a plugin. Closing, but happy to review a plugin version.

-- Elliott

Reply to this email directly or view it on GitHub.""")

add("other", "", "", "", "en", "hard", "conference session proposal not accepted",
    frm="CSMP Annual Conference <program@csmp-conference.org>",
    subj="Decision on your session proposal #2213", date="2025-08-07 15:00 -0400",
    fmt="alt", body="""Dear Marisol Quintero-Hale,

Thank you for submitting the proposal 'Small-data demand sensing for mid-size food manufacturers' to the 2025 CSMP Annual Conference.

We regret to inform you that your proposal was not accepted for the program. This year we received 640 proposals for 85 slots. Reviewer comments are below.

Reviewer 2: Interesting topic, but the methodology needs more detail.

Program Committee""")

add("other", "", "", "", "en", "easy", "'offer: 20% off' marketing",
    frm="Deskwell Office Furniture <deals@deskwell.com>",
    subj="Exclusive offer: 20% off standing desks ends tonight", date="2025-09-12 09:00 -0700",
    fmt="html", cte="base64", hdrs=LU, body="""Our best offer of the season: take 20% off all standing desks and chairs. Use code WFH20 at checkout.

Offer ends at midnight PT.""")

add("other", "", "Tasha", "", "en", "hard", "apartment application approved; reads like an offer",
    frm="Tasha Greenleaf <leasing@thelinden-chicago.com>",
    subj="Congratulations - your application is approved!", date="2025-10-01 16:22 -0500",
    body="""Hi Marisol,

Great news! Your rental application for unit 4B at The Linden has been approved. Please sign the lease in the resident portal within 48 hours and pay the move-in fee to hold the unit. Your move-in date is November 1.

Welcome home!
Tasha Greenleaf
Leasing Manager, The Linden""")

add("other", "", "", "", "en", "hard", "auto loan application 'unable to approve'",
    frm="Prairie State Credit Union <noreply@prairiestatecu.org>",
    subj="About your auto loan application", date="2025-11-18 11:00 -0600",
    fmt="alt", body="""Dear Marisol Quintero-Hale,

Thank you for applying for an auto loan with Prairie State Credit Union. After reviewing your application, we are unable to approve your request at this time.

Principal reason(s): length of employment at current employer.

You have the right to a free copy of your credit report within 60 days. This notice is provided under the Equal Credit Opportunity Act.""")

add("other", "", "", "", "en", "hard", "MBA program waitlist decision",
    frm="Graduate Admissions <admissions@lakemont.edu>",
    subj="Your application to the Lakemont Part-Time MBA", date="2026-01-30 17:00 -0600",
    fmt="html", body="""Dear Marisol,

Thank you for applying to the Lakemont University Part-Time MBA program. After careful review, the Admissions Committee has placed your application on our waitlist. We will notify you of a final decision no later than April 15.

We know waiting is difficult, and we appreciate your patience.

Office of Graduate Admissions""")

add("other", "", "Rahul", "Procurement Analyst", "en", "hard",
    "recruiter mass mailing with quick call / interview mention",
    frm="Rahul Menon <rahul.m@omnistaffsolutions.net>",
    subj="URGENT Req: Procurement Analyst // Chicago, IL // 6 months contract", date="2026-02-17 08:03 -0500",
    hdrs={"Precedence": "bulk"},
    body="""Hi,

Hope you are doing well. Please find the below requirement and let me know if you are interested. Client can do interview same week.

Role: Procurement Analyst
Location: Chicago, IL (Hybrid)
Duration: 6 months+
Rate: DOE (W2 only)

If interested please send your updated resume with best time for a quick call.

Thanks & Regards,
Rahul Menon
Omnistaff Solutions""")

add("other", "", "", "", "en", "easy", "professional network notification naming an employer",
    frm="ProLink <notifications@prolink.com>",
    subj="Owen Petrakis viewed your profile", date="2026-03-05 10:45 +0000",
    fmt="html", hdrs=LU, body="""Owen Petrakis, Inventory Control Manager at Arclight Logistics, viewed your profile.

See who else viewed your profile this week with ProLink Premium.""")

add("other", "", "Dani", "", "en", "hard", "friend's personal mail about their own interview and rejection",
    frm="Dani Kowalski <danikow88@gmail.com>",
    subj="ugh + drinks thursday?", date="2026-03-12 21:30 -0500",
    body="""Mari!! So I finally had that final interview at the bank and... they rejected me this afternoon. Went with an internal person, of course. I'm fine, mostly. Drinks Thursday? I need to hear how your search is going and whether that hospital ever called you back.

xo Dani""")

add("other", "", "Luis", "Inventory Planner", "en", "hard",
    "friend forwards a posting and offers a referral",
    frm="Luis Carmona <luis.carmona@outlook.com>",
    subj="Fwd: Inventory Planner - Ferncliff Biologics", date="2026-04-22 12:14 -0500",
    body="""Saw this and thought of you. I know the hiring manager from my APICS class, happy to refer you or set up an intro.

-L

---------- Forwarded message ---------
From: Ferncliff Biologics Careers <jobs@ferncliffbio.com>
Subject: Inventory Planner - Ferncliff Biologics

We're hiring an Inventory Planner for our Lake Forest site. Responsibilities include MRP planning, cycle count analysis and supplier scheduling. Qualified candidates will be invited to interview.""")

add("other", "", "", "", "en", "easy", "webinar invitation",
    frm="Vantage Supply Chain Recruiting <events@vantagescr.com>",
    subj="Webinar: Nailing the procurement case interview (Mar 31)", date="2026-03-24 09:00 -0500",
    fmt="alt", hdrs=LU, body="""Join our free webinar on Tuesday, March 31 at noon CT: recruiters from three manufacturers walk through real procurement case interviews and what a strong answer looks like.

Register now - seats are limited.""")

add("other", "", "", "", "en", "easy", "print/shipping receipt mentioning resume",
    frm="PrintNook <orders@printnook.com>",
    subj="Your PrintNook order #55120 has shipped", date="2026-05-08 14:40 -0500",
    fmt="html", body="""Thanks for your order!

25 x Resume - premium cotton paper
1 x Business cards (250)

Order total: $38.17. Tracking: 1Z999AA10123456784""")

add("other", "", "", "", "en", "hard", "ATS account verification email; no application content",
    frm="Workday <noreply@myworkday.com>",
    subj="Verify your candidate account", date="2026-05-25 20:02 -0500",
    fmt="html", body="""Please verify your email address to finish creating your candidate account.

Verification code: 418 207

If you did not create an account, you can ignore this email.""")

add("other", "", "", "", "en", "hard", "airline upgrade request not accepted; 'unfortunately'",
    frm="Skyreach Airlines <noreply@skyreach.com>",
    subj="Your upgrade request for flight SR 1182", date="2026-06-14 05:30 -0500",
    fmt="alt", body="""Unfortunately, we were not able to confirm your upgrade request for flight SR 1182 (ORD-CMH) on June 15. You remain confirmed in Main Cabin, seat 21C. Your upgrade certificate has been returned to your account.""")

add("other", "", "", "", "en", "hard", "jury duty 'you have been selected'",
    frm="Circuit Court of Cook County <jury-noreply@cookcountycourt.example.gov>",
    subj="Juror summons reminder", date="2026-07-06 08:00 -0500",
    body="""You have been selected for jury service. Please report on Monday, July 20, 2026 at 8:30 AM to the Daley Center, 50 W. Washington St. Postponement requests must be submitted online at least 5 days before your service date.""")

add("other", "", "", "", "en", "hard", "insurance claim denied; 'decision'",
    frm="Harborline Health Insurance <claims@harborlinehealth.com>",
    subj="Explanation of Benefits: claim decision", date="2026-08-11 13:13 -0500",
    fmt="alt", body="""Dear Member,

We have made a decision on claim #HH-77120 for services on 07/28/2026. This claim was not approved because prior authorization was not obtained. You may appeal this decision within 180 days.""")

add("other", "", "Tamsin", "", "en", "easy", "Jira notification from a volunteer food-bank project",
    frm="Tamsin Grady (Jira) <jira@foodbankvolunteers.atlassian.net>",
    subj="[JIRA] (FBV-221) Update pantry inventory dashboard", date="2026-08-20 16:50 -0500",
    hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    body="""Tamsin Grady updated FBV-221: Update pantry inventory dashboard

Status: In Review -> Done
Comment: Thanks Marisol, the reorder point logic looks great. Closing this one.""")

add("other", "", "", "", "en", "hard", "staffing agency newsletter listing on-the-spot interviews",
    frm="Brightpath Staffing <news@brightpathstaffing.com>",
    subj="Hiring event: on-the-spot interviews this Saturday", date="2026-09-02 10:00 -0500",
    fmt="html", hdrs=LU, body="""Brightpath Staffing is hosting a hiring event this Saturday in Schaumburg! Warehouse leads, buyers and planners: bring your resume for on-the-spot interviews with 12 local employers. Offers made same day for many roles.""")

add("other", "", "", "", "en", "hard", "meetup: 'decided to move forward' with a new venue",
    frm="Chicago Supply Chain Meetup <info@meetup-mail.example.com>",
    subj="Venue change for October Supply Chain Happy Hour", date="2026-10-05 18:20 -0500",
    hdrs=LU, body="""Hi everyone, unfortunately our original venue cancelled on us. We've decided to move forward with a new venue: Hop Yard Taproom, 1022 W. Fulton. Same time, Thursday 6pm. RSVP again so we can update the headcount!""")

add("other", "", "Ximena", "", "es", "hard", "Spanish personal mail from cousin mentioning her own entrevista",
    frm="Ximena Quintero <xime.quintero@gmail.com>",
    subj="¡Me dieron el trabajo!", date="2026-10-30 19:45 -0600", cte="quoted-printable",
    body="""¡Prima! Te cuento que después de tres entrevistas por fin me ofrecieron el puesto en el hospital de Guadalajara. Empiezo el 16 de noviembre. ¿Y tú cómo vas con tu búsqueda? Mi mamá dice que ya te llamaron de la planta de Monterrey.

Besos,
Xime""")

add("other", "", "", "", "en", "easy", "online course certificate",
    frm="LearnLoop <no-reply@learnloop.com>",
    subj="Congratulations! Your certificate is ready", date="2026-11-06 11:00 -0600",
    fmt="html", hdrs=LU, body="""Congratulations, Marisol! You completed 'Advanced Excel for Supply Chain Analytics'. Download your certificate and share it on your profile.""")

add("other", "", "", "", "en", "hard", "school kindergarten lottery 'not selected'",
    frm="Chicago Lakeside Montessori <admissions@lakesidemontessori.example.org>",
    subj="Lottery results for 2026-27 enrollment", date="2026-04-03 15:30 -0500",
    fmt="alt", body="""Dear Families,

Thank you for applying for the 2026-27 school year. We regret that your child was not selected in this year's enrollment lottery. Your application has been placed on the waitlist at position 14. You will be contacted if a seat becomes available.

Lakeside Montessori Admissions""")


if __name__ == "__main__":
    main()
