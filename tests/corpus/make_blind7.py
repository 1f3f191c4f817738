"""Generate tests/corpus/blind7: a held-out set of job-search mail for Jamie Ortiz.

Written blind (without looking at the classifier or other corpora).  Run:
    /work/venv/bin/python tests/corpus/make_blind7.py
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import html as htmlmod
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind7"
OWNER = "Jamie Ortiz <jamie.ortiz.apply@gmail.com>"
OWNER_ADDR = "jamie.ortiz.apply@gmail.com"
SPECS: list[dict] = []


def add(label, company, contact, role, rdate, lang, diff, notes, *, frm, subj, date, body,
        html=None, fmt="plain", cte="quoted-printable", hdrs=(), ics=None, pdf=None,
        to=OWNER, irt=None, mid=None):
    SPECS.append(dict(label=label, company=company, contact=contact, role=role, rdate=rdate,
                      lang=lang, diff=diff, notes=notes, frm=frm, subj=subj, date=date,
                      body=body, html=html, fmt=fmt, cte=cte, hdrs=hdrs, ics=ics, pdf=pdf,
                      to=to, irt=irt, mid=mid))


def auto_html(text: str) -> str:
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            + "\n".join(out) + "\n</body></html>\n")


def addr_of(frm: str) -> str:
    return frm.split("<")[-1].rstrip(">").strip() if "<" in frm else frm.strip()


def build(i: int, s: dict) -> bytes:
    dt = datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z")
    sender = addr_of(s["frm"])
    domain = sender.split("@")[-1]
    h = hashlib.sha1(f"{i}{s['subj']}".encode()).hexdigest()
    m = EmailMessage()
    m["Delivered-To"] = OWNER_ADDR
    m["Received"] = (f"from mail-out{(i % 7) + 1}.{domain} (mail-out{(i % 7) + 1}.{domain} "
                     f"[198.51.100.{(i * 37) % 250 + 3}]) by mx.google.com with ESMTPS id "
                     f"{h[:12]}.{h[12:14]} for <{OWNER_ADDR}> (version=TLS1_3 "
                     f"cipher=TLS_AES_256_GCM_SHA384 bits=256/256); {format_datetime(dt)}")
    m["Return-Path"] = f"<{sender}>"
    m["From"] = s["frm"]
    m["To"] = s["to"]
    m["Subject"] = s["subj"]
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = s["mid"] or f"<{h[:16]}.{h[16:24]}@{domain}>"
    if s["irt"]:
        m["In-Reply-To"] = s["irt"]
        m["References"] = s["irt"]
    for k, v in s["hdrs"]:
        m[k] = v
    body = s["body"].strip("\n") + "\n"
    cte = s["cte"]
    if cte == "7bit" and not body.isascii():
        cte = "quoted-printable"
    fmt = s["fmt"]
    if fmt == "plain":
        m.set_content(body, cte=cte)
    elif fmt == "html":
        m.set_content(s["html"] or auto_html(body), subtype="html", cte=cte)
    else:
        m.set_content(body, cte=cte)
        m.add_alternative(s["html"] or auto_html(body), subtype="html", cte=cte)
    if s["ics"]:
        ics = s["ics"].strip("\n").replace("\n", "\r\n") + "\r\n"
        m.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                         params={"method": "REQUEST"}, filename="invite.ics")
    if s["pdf"]:
        pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
               b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        m.add_attachment(pdf, maintype="application", subtype="pdf", filename=s["pdf"])
    for k, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{'0' * 12}{h[:10]}{k}{h[30:36]}")
    return m.as_bytes(policy=email.policy.SMTP)


def ics(summary, start, end, organizer, org_mail, location, uid, desc=""):
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:{start}
DTEND:{end}
DTSTAMP:{start}
ORGANIZER;CN={organizer}:mailto:{org_mail}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jamie Ortiz:mailto:{OWNER_ADDR}
DESCRIPTION:{desc}
LOCATION:{location}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


AR = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
AR1 = (("Auto-Submitted", "auto-replied"),)
AG = (("Auto-Submitted", "auto-generated"),)


# ---------------------------------------------------------------- Halvorsen Marine Systems
add("application_received", "Halvorsen Marine Systems", "", "Controls Technician II", "", "en", "easy",
    "Workday-style acknowledgement",
    frm="Halvorsen Marine Systems <halvorsen@myworkday.com>",
    subj="Thank you for applying: Controls Technician II (R-20418)",
    date="2026-02-02 08:41 -0500", fmt="alt", hdrs=AG,
    body="""Hello Jamie,

Thank you for your interest in Halvorsen Marine Systems. We have received your application for Controls Technician II (R-20418) in Portsmouth, NH.

Our talent acquisition team reviews every application. If your background is a match for the position, a recruiter will reach out to discuss next steps. You can check the status of your application at any time by signing in to your candidate home page.

Kind regards,
Talent Acquisition
Halvorsen Marine Systems

This mailbox is not monitored. Please do not reply to this email.""")

add("interview", "Halvorsen Marine Systems", "Brandt", "Controls Technician II", "", "en", "hard",
    "no word interview; 'walk the shop floor' plus meeting the lead",
    frm="Brandt Sorensen <bsorensen@halvorsenmarine.com>",
    subj="Controls Tech role - can you come by the yard?",
    date="2026-02-11 13:07 -0500", cte="7bit",
    body="""Jamie,

Brandt here, I run the controls group at Halvorsen. Your resume landed on my desk from Talent Acquisition and I'd like to get you in.

What I have in mind: about 90 minutes at the Portsmouth yard. You'd walk the shop floor with me and Keith (our lead tech), we'd look at a couple of PLC panels together and you can ask whatever you want about the work. Wear closed-toe shoes, we'll give you a hard hat.

I can do Tuesday the 17th at 10:00 or Thursday the 19th at 2:00. Let me know which works, or suggest something else.

Brandt Sorensen
Controls Engineering Manager
Halvorsen Marine Systems | 400 Market St, Portsmouth NH
(603) 555-0148""")

add("rejection", "Halvorsen Marine Systems", "Brandt", "Controls Technician II", "", "en", "hard",
    "reply thread; quoted text is Jamie's enthusiastic thank-you; decision is short",
    frm="Brandt Sorensen <bsorensen@halvorsenmarine.com>",
    subj="RE: Thanks for the tour yesterday",
    date="2026-03-02 16:22 -0500", irt="<CAJ8x2k3Qm7halv0219@mail.gmail.com>",
    mid="<MN2PR11MB44120B6A1C0F7D2E9A03@MN2PR11MB4412.namprd11.prod.outlook.com>",
    body="""Hi Jamie,

Appreciate the note, and thanks again for making the drive. I wanted to tell you myself rather than let the system do it: we went with a candidate who has several years on Siemens S7 retrofits, which is most of what's on our plate this year. It was a close call.

You came across as sharp and easy to work with. If a junior spot opens up on the team I'll reach out directly.

Brandt

-----Original Message-----
From: Jamie Ortiz <jamie.ortiz.apply@gmail.com>
Sent: Friday, February 20, 2026 9:12 AM
To: Brandt Sorensen <bsorensen@halvorsenmarine.com>
Subject: Thanks for the tour yesterday

Hi Brandt,

Thank you for showing me around the yard and for the time with Keith. Seeing the retrofit panels in person made me even more excited about the role, and I'm looking forward to hearing about next steps.

Best,
Jamie""")

# ---------------------------------------------------------------- Brightfield Pediatric Dental
add("interview", "Brightfield Pediatric Dental Group", "Lorena", "Front Office Coordinator", "", "en", "easy",
    "phone screen scheduling, HTML only",
    frm="Lorena Vasquez <lorena@brightfieldkids.com>",
    subj="Front Office Coordinator - phone interview",
    date="2025-06-09 11:30 -0700", fmt="html", cte="base64",
    body="""Hi Jamie,

Thanks for applying to the Front Office Coordinator position with Brightfield Pediatric Dental Group! I'm the office manager at our Tigard location.

I'd love to set up a 20-minute phone interview this week. Are you free Wednesday or Thursday afternoon? Any time between 1 and 4 works on my end. Just reply with a time and the best number to reach you.

Warmly,
Lorena Vasquez
Office Manager, Brightfield Pediatric Dental - Tigard""")

add("offer", "Brightfield Pediatric Dental Group", "Lorena", "Front Office Coordinator", "", "en", "hard",
    "offer phrased as 'we'd like you to join'; mentions the interview and a rejected parking request",
    frm="Lorena Vasquez <lorena@brightfieldkids.com>",
    subj="Good news from Brightfield!",
    date="2025-06-24 17:45 -0700", fmt="alt",
    body="""Hi Jamie,

Dr. Patel and I talked after your working interview on Saturday and we'd both like you to join the team as our Front Office Coordinator!

Here's what we discussed:
- Start date: Monday, July 14
- $22.50/hour, 36 hours/week (Mon-Thu), with benefits after 60 days
- Two paid CE days a year

Unfortunately the reserved parking request got declined by the building, so you'd park in the public garage, but we reimburse the monthly pass.

I've attached nothing yet; our payroll company will email the formal paperwork for e-signature tomorrow. Can you let me know by Friday whether you accept?

So happy about this,
Lorena""")

# ---------------------------------------------------------------- Oakmont & Pryce LLP
add("application_received", "Oakmont & Pryce LLP", "", "Legal Operations Analyst", "", "en", "easy",
    "iCIMS acknowledgement with auto-generated header",
    frm="Oakmont & Pryce Careers <careers-noreply@icims.com>",
    subj="Oakmont & Pryce LLP - Application Received",
    date="2025-09-15 10:03 -0400", fmt="html", hdrs=AG,
    body="""Dear Jamie Ortiz,

Thank you for submitting your application for the position of Legal Operations Analyst (Req. 2025-1187) at Oakmont & Pryce LLP.

Your materials are now with our Recruiting team. Because of the volume of applications we receive, we are not able to respond to every candidate individually; candidates whose qualifications best match the needs of the position will be contacted directly.

We appreciate your interest in Oakmont & Pryce.

Recruiting Department
Oakmont & Pryce LLP""")

add("auto_reply", "Oakmont & Pryce LLP", "Priya", "", "2025-10-06", "en", "hard",
    "relative return date 'a week from Monday' with no auto-reply headers",
    frm="Priya Raman <praman@oakmontpryce.com>",
    subj="Automatic reply: Following up - Legal Operations Analyst",
    date="2025-09-24 14:12 -0400", cte="7bit",
    body="""Thank you for your message. I am out of the office on jury duty and have limited access to email. I will be back a week from Monday, October 6.

For urgent recruiting matters please contact recruiting@oakmontpryce.com or call the main line at 212-555-0190.

Priya Raman
Senior Legal Recruiter | Oakmont & Pryce LLP""")

add("on_hold", "Oakmont & Pryce LLP", "Priya", "Legal Operations Analyst", "", "en", "hard",
    "role absorbed by merger integration; says 'not move forward' about the process, not the candidate",
    frm="Priya Raman <praman@oakmontpryce.com>",
    subj="Legal Operations Analyst - update",
    date="2025-10-14 09:58 -0400", fmt="alt",
    body="""Hi Jamie,

Thanks for your patience since you met with Derek and the practice support team. I owe you a real update.

As you may have seen in the news, the firm is combining with Whitcombe Hale at the start of next year. Leadership has asked us to pause all new non-attorney hiring until the two operations groups are integrated, and the Legal Operations Analyst requisition is frozen as part of that. We will not move forward with any candidates on this search for now.

This is purely about timing. Derek was genuinely impressed, and if the role is reopened after integration I'd like to reach back out to you first.

Best regards,
Priya

Priya Raman
Senior Legal Recruiter
Oakmont & Pryce LLP""")

# ---------------------------------------------------------------- Tessaract Interactive Ltd.
add("interview", "Tessaract Interactive Ltd.", "Hollis", "QA Analyst", "", "en", "easy",
    "Google Calendar invitation with text/calendar part",
    frm="Hollis Grant <hollis.grant@tessaract.games>",
    subj="Invitation: Jamie Ortiz <> Tessaract QA - game test session @ Thu 23 Apr 2026 3pm - 4:30pm (BST)",
    date="2026-04-17 12:14 +0100", fmt="alt",
    ics=ics("Jamie Ortiz <> Tessaract QA - game test session", "20260423T140000Z", "20260423T153000Z",
            "Hollis Grant", "hollis.grant@tessaract.games", "https://meet.google.com/qxa-fhrt-wbn",
            "7f1c2b9e0a@google.com", "Live bug-hunt on a dev build followed by Q&A with the QA leads."),
    body="""You have been invited to the following event.

Jamie Ortiz <> Tessaract QA - game test session
When: Thursday 23 Apr 2026 3pm - 4:30pm (BST)
Joining info: meet.google.com/qxa-fhrt-wbn

Hi Jamie - as discussed, this is the practical stage of the QA Analyst interview at Tessaract Interactive Ltd. You'll get a dev build of Lantern Tide, 45 minutes to find and write up bugs, then a chat with me and Ana from the QA leads. No prep needed beyond a working mic.

Organizer: Hollis Grant
Guests: Jamie Ortiz, Ana Ruiz

Reply for jamie.ortiz.apply@gmail.com: Yes / No / Maybe
Invitation from Google Calendar""")

add("rejection", "Tessaract Interactive Ltd.", "", "QA Analyst", "", "en", "hard",
    "Teamtailor template; 'bug' and 'test' vocabulary; mentions next stage",
    frm="Tessaract Careers <no-reply@teamtailor.com>",
    subj="Your application for QA Analyst at Tessaract",
    date="2026-05-05 15:30 +0100", fmt="alt", hdrs=AG,
    body="""Hi Jamie,

Thank you for playing Lantern Tide with us and for the time you put into the test session. Your bug reports were clear and well structured.

After comparing all candidates at this stage, we have decided to progress with others whose console certification experience matches the team's immediate needs. This means your application for QA Analyst will not move to the next stage.

We'd love to stay in touch, and you're welcome to apply for future roles at careers.tessaract.games.

All the best,
The Tessaract Talent Team""")

# ---------------------------------------------------------------- Hôtels Bellerive SA (fr)
add("application_received", "Hôtels Bellerive SA", "", "Réceptionniste de nuit (H/F)", "", "fr", "easy",
    "French acknowledgement, base64",
    frm="Recrutement Hôtels Bellerive <recrutement@hotels-bellerive.fr>",
    subj="Accusé de réception de votre candidature – Réceptionniste de nuit (H/F)",
    date="2025-11-03 09:20 +0100", cte="base64",
    body="""Bonjour Jamie Ortiz,

Nous accusons bonne réception de votre candidature au poste de Réceptionniste de nuit (H/F) pour notre établissement d'Annecy, et nous vous en remercions.

Votre dossier est en cours d'étude par nos équipes. Si votre profil correspond à nos attentes, nous vous contacterons dans les prochaines semaines.

Cordialement,

Le service Recrutement
Hôtels Bellerive SA

Ce message est généré automatiquement, merci de ne pas y répondre.""")

add("interview", "Hôtels Bellerive SA", "Mathilde", "Réceptionniste de nuit (H/F)", "", "fr", "easy",
    "French interview invitation",
    frm="Mathilde Roux <m.roux@hotels-bellerive.fr>",
    subj="Entretien – Réceptionniste de nuit, Bellerive Annecy",
    date="2025-11-12 15:02 +0100", fmt="alt",
    body="""Bonjour Jamie,

Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un entretien pour le poste de Réceptionniste de nuit à l'hôtel Bellerive d'Annecy.

L'entretien se déroulera sur place, le mardi 18 novembre à 14h30, en présence de M. Garnier, chef de réception. Prévoyez environ 45 minutes. Une courte mise en situation à la réception (accueil d'un client en anglais) fera partie de l'échange.

Merci de me confirmer votre disponibilité par retour de mail.

Bien à vous,

Mathilde Roux
Responsable RH – Hôtels Bellerive
2 avenue d'Albigny, 74000 Annecy""")

# ---------------------------------------------------------------- Nordlicht Energie GmbH (de)
add("rejection", "Nordlicht Energie GmbH", "Katharina", "Werkstudent Datenanalyse (m/w/d)", "", "de", "easy",
    "German rejection (Absage)",
    frm="Katharina Vogt <katharina.vogt@nordlicht-energie.de>",
    subj="Ihre Bewerbung als Werkstudent Datenanalyse (m/w/d)",
    date="2026-01-20 10:44 +0100", fmt="alt",
    body="""Sehr geehrte*r Jamie Ortiz,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Nordlicht Energie GmbH.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Stelle noch genauer entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Katharina Vogt
Personalreferentin
Nordlicht Energie GmbH | Am Sandtorkai 12 | 20457 Hamburg""")

add("auto_reply", "Nordlicht Energie GmbH", "Katharina", "", "2026-01-12", "de", "hard",
    "German OOO; return 'ab Montag, 12.01.' numeric; English summary line",
    frm="Katharina Vogt <katharina.vogt@nordlicht-energie.de>",
    subj="Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung",
    date="2026-01-05 08:03 +0100", hdrs=AR, cte="quoted-printable",
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 09.01.2026 nicht im Büro und ab Montag, 12.01.2026 wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@nordlicht-energie.de.

I am out of the office until 9 January 2026 and will be back on 12 January.

Mit freundlichen Grüßen
Katharina Vogt
Nordlicht Energie GmbH""")

# ---------------------------------------------------------------- Cordillera Agro S.A. (es)
add("interview", "Cordillera Agro S.A.", "Rodrigo", "Analista de Cadena de Suministro", "", "es", "easy",
    "Spanish video interview invitation",
    frm="Rodrigo Fuentes <rfuentes@cordilleraagro.cl>",
    subj="Entrevista - Analista de Cadena de Suministro",
    date="2026-06-02 10:15 -0400", fmt="alt",
    body="""Hola Jamie:

Gracias por postular al cargo de Analista de Cadena de Suministro en Cordillera Agro S.A. Nos gustó mucho tu experiencia con planificación de inventario y queremos conocerte.

Te propongo una entrevista por videollamada (Microsoft Teams) el jueves 4 de junio a las 11:00 hora de Santiago. Participarán Verónica Lagos, jefa de logística, y yo. Dura unos 40 minutos.

¿Me confirmas si te acomoda ese horario?

Saludos cordiales,
Rodrigo Fuentes
Reclutamiento y Selección
Cordillera Agro S.A. | Av. Apoquindo 4800, Las Condes""")

add("offer", "Cordillera Agro S.A.", "Rodrigo", "Analista de Cadena de Suministro", "", "es", "easy",
    "Spanish offer letter with PDF attached",
    frm="Rodrigo Fuentes <rfuentes@cordilleraagro.cl>",
    subj="Carta oferta - Analista de Cadena de Suministro",
    date="2026-06-19 17:40 -0400", pdf="Carta_Oferta_J_Ortiz.pdf",
    body="""Hola Jamie:

¡Muy buenas noticias! Después de las entrevistas con el equipo, tenemos el agrado de ofrecerte el cargo de Analista de Cadena de Suministro en Cordillera Agro S.A.

Adjunto la carta oferta con el detalle de la renta bruta mensual, beneficios y la fecha de inicio propuesta (1 de julio). Te pedimos revisarla y enviarnos tu respuesta firmada a más tardar el miércoles 24 de junio.

Si tienes cualquier duda, llámame sin problema.

Un abrazo,
Rodrigo Fuentes
Reclutamiento y Selección
Cordillera Agro S.A.""")

# ---------------------------------------------------------------- Quarry Lane Books Co.
add("interview", "Quarry Lane Books Co.", "Denise", "Inventory Analyst", "", "en", "hard",
    "second-round scheduling buried after small talk; word 'offer' used for coffee",
    frm="Denise Whitaker <dwhitaker@quarrylanebooks.com>",
    subj="next round",
    date="2025-04-08 10:51 -0500", cte="7bit",
    body="""Hi Jamie,

Hope your week's off to a good start. The team enjoyed Friday's call - Marcus is still talking about your reorder-point spreadsheet.

We'd like to bring you in for the last round at our distribution center in Lenexa. You'd meet Marcus again, our VP of Operations, and someone from Finance, roughly 2.5 hours total with lunch. Could you do April 15 or April 17, starting 9:30?

I'll offer coffee in advance as an apology for the warehouse being freezing. Bring a layer.

Denise Whitaker
Recruiting Manager
Quarry Lane Books""")

add("offer", "Quarry Lane Books Co.", "Denise", "Inventory Analyst", "", "en", "easy",
    "offer letter via DocuSign-style notice in HTML",
    frm="Denise Whitaker via DocuSign <dse_na3@docusign.net>",
    subj="Please DocuSign: Quarry Lane Books Co. - Offer of Employment - J. Ortiz",
    date="2025-04-25 14:09 -0500", fmt="html", cte="quoted-printable",
    html="""<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#ffffff;padding:24px">
<tr><td><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="padding-top:16px;font-size:15px">Denise Whitaker sent you a document to review and sign.</td></tr>
<tr><td style="padding:18px 0"><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=9b1e&amp;r=4c2" style="background:#ffc423;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>
<tr><td style="font-size:14px;line-height:20px">
<p>Jamie,</p>
<p>As promised on the phone, here is your formal offer for the Inventory Analyst position at Quarry Lane Books Co. It includes the $64,000 base salary, the relocation stipend and a start date of May 19. Please sign by May 1 if everything looks right.</p>
<p>Welcome aboard (almost)!<br>Denise</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding-top:20px">Do Not Share This Email<br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</td></tr>
</table></body></html>""",
    body="")

# ---------------------------------------------------------------- Velora Health
add("application_received", "Velora Health", "", "Patient Access Representative", "", "en", "easy",
    "Greenhouse acknowledgement",
    frm="Velora Health <no-reply@us.greenhouse-mail.io>",
    subj="Thanks for applying to Velora Health",
    date="2025-08-04 19:26 -0700", fmt="alt",
    body="""Hi Jamie,

Thanks for your interest in Velora Health! We've received your application for Patient Access Representative (Remote - Pacific Time) and our team is reviewing it now.

If your experience looks like a good match, someone from our recruiting team will be in touch to schedule a conversation. Either way, we'll let you know where things stand.

Best,
Velora Health Recruiting

Velora Health is an equal opportunity employer.""")

add("rejection", "Velora Health", "", "Patient Access Representative", "", "en", "hard",
    "auto-generated rejection mentioning 'interview' and 'offer' for other candidates",
    frm="Velora Health <no-reply@us.greenhouse-mail.io>",
    subj="Update on your Velora Health application",
    date="2025-09-02 12:00 -0700", fmt="alt", hdrs=AG,
    body="""Hi Jamie,

Thank you again for applying for the Patient Access Representative role and for taking the time to complete the skills assessment.

We've now completed interviews and extended an offer for this position, so we won't be moving your application forward. We know this isn't the news you were hoping for.

We encourage you to keep an eye on our careers page, as new roles open often.

Warm regards,
Velora Health Recruiting""")

# ---------------------------------------------------------------- Sandpiper Credit Union
add("on_hold", "Sandpiper Credit Union", "Gwen", "Member Services Representative", "", "en", "easy",
    "search paused, budget",
    frm="Gwen Albright <galbright@sandpipercu.org>",
    subj="Member Services Representative - search on hold",
    date="2025-12-09 11:18 -0500", fmt="alt",
    body="""Hello Jamie,

I'm reaching out to everyone still in process for our Member Services Representative opening at the Dunedin branch. Our board approved a revised 2026 budget last night, and branch staffing increases have been postponed until at least the second quarter. As a result we are putting this search on hold.

I know that's frustrating after you've already met with our branch manager. Your application will stay active in our system, and if the position is re-approved we'll reach out before we open it to new applicants.

Thank you for your understanding,

Gwen Albright
HR Generalist
Sandpiper Credit Union""")

add("auto_reply", "Sandpiper Credit Union", "Gwen", "", "", "en", "hard",
    "no longer with the credit union; redirects to a colleague; no date",
    frm="Gwen Albright <galbright@sandpipercu.org>",
    subj="Re: Member Services Representative - search on hold",
    date="2026-03-16 07:00 -0400", hdrs=AR1, irt="<CAJ8x2kSandpiper0316@mail.gmail.com>",
    body="""Thank you for your email. Gwen Albright is no longer with Sandpiper Credit Union.

For questions about employment or open applications, please contact Marcus Leland, HR Manager, at mleland@sandpipercu.org or 727-555-0111. For member account questions, call our Member Contact Center at 727-555-0100.

This message was sent automatically.""")

# ---------------------------------------------------------------- Kitewire Labs (via agency)
add("interview", "Kitewire Labs", "Trevor", "Junior Data Engineer", "", "en", "hard",
    "agency recruiter (Apex Talent) arranges interview at client; two companies named",
    frm="Trevor Mills <trevor.mills@apextalentpartners.com>",
    subj="Kitewire Labs wants to meet you - Junior Data Engineer",
    date="2026-07-07 16:35 -0400", fmt="alt",
    body="""Hey Jamie,

Great news: Kitewire Labs reviewed your profile and the hiring manager, Olu, wants to do a 45-minute technical interview. It's mostly SQL and a walk through a small dbt project, nothing gnarly.

They've offered two slots:
- Monday, July 13, 1:00-1:45 PM ET
- Tuesday, July 14, 10:00-10:45 AM ET

Let me know which one you want and I'll lock it in and send the Zoom details. Happy to hop on a quick prep call beforehand too.

Trevor Mills
Senior Technical Recruiter
Apex Talent Partners
m: 617-555-0177""")

add("rejection", "Kitewire Labs", "Trevor", "Junior Data Engineer", "", "en", "hard",
    "agency recruiter relays the client's no; Apex Talent says it will keep working with Jamie",
    frm="Trevor Mills <trevor.mills@apextalentpartners.com>",
    subj="RE: Kitewire feedback",
    date="2026-07-21 12:47 -0400", cte="7bit",
    body="""Hi Jamie,

Just got off the phone with Olu at Kitewire. Straight answer: they're not moving ahead. They liked how you talked through the pipeline design but want someone who has run Airflow in production, and they ended up hiring a contractor they'd worked with before.

Honestly, don't read too much into it. I've got two other clients looking for analytics engineers and I'd like to put you forward for both. Free for 15 minutes Thursday?

Trevor""")

# ---------------------------------------------------------------- Mistral Bay Transit Authority
add("application_received", "Mistral Bay Transit Authority", "", "Transit Planner I", "", "en", "hard",
    "government acknowledgement describing exam, interview and 'not selected' notices as future steps",
    frm="MBTA Human Resources <noreply@governmentjobs.com>",
    subj="Application Received: Transit Planner I (Recruitment #26-0412)",
    date="2026-04-02 06:15 -0700", fmt="html", hdrs=AG,
    body="""Dear Jamie Ortiz,

Thank you for applying for Transit Planner I with the Mistral Bay Transit Authority. This email confirms that your application was received on 04/02/2026.

What happens next: Human Resources will review applications for minimum qualifications after the filing deadline (04/17/2026). Qualified applicants will be invited to a written exercise. The top-scoring candidates will be invited to an oral board interview. Candidates who are not selected to continue will be notified by email.

Please check your governmentjobs.com account for status updates.

Mistral Bay Transit Authority
Human Resources Division""")

add("interview", "Mistral Bay Transit Authority", "", "Transit Planner I", "", "en", "easy",
    "oral board interview notice from NEOGOV with confirmation link",
    frm="MBTA Human Resources <noreply@governmentjobs.com>",
    subj="Invitation to Oral Board Interview - Transit Planner I",
    date="2026-05-11 08:02 -0700", fmt="alt", hdrs=AG,
    body="""Dear Jamie Ortiz,

Congratulations! Based on your written exercise score, you have been invited to participate in an oral board interview for Transit Planner I (Recruitment #26-0412).

Date: Thursday, May 21, 2026
Check-in: 9:40 AM; interview 10:00 AM - 10:45 AM
Location: MBTA Administration Building, 1 Harbor Plaza, 3rd Floor, Room 310

You must confirm your attendance by selecting a time slot through the link in your governmentjobs.com account no later than May 15. Please bring a government-issued photo ID.

If you require a reasonable accommodation, contact HR at (415) 555-0163.

Mistral Bay Transit Authority
Human Resources Division""")

# ================================================================ rejections
add("rejection", "Larchmont Biosciences", "", "Research Associate I, Assay Development", "", "en", "easy",
    "Lever template rejection",
    frm="Larchmont Biosciences <no-reply@hire.lever.co>",
    subj="Your application to Larchmont Biosciences",
    date="2025-03-11 18:02 -0400", fmt="alt",
    body="""Hi Jamie,

Thank you for your interest in the Research Associate I, Assay Development role at Larchmont Biosciences. We appreciate the time you took to apply.

After careful review, we have decided not to move forward with your candidacy at this time. We received a large number of applications and had to make some difficult decisions.

We wish you the best of luck in your search.

The Larchmont Biosciences Talent Team""")

add("rejection", "Greyhaven Architecture", "Tobias", "Junior Designer", "", "en", "hard",
    "very warm personal note; no explicit 'unfortunately'; 'not the right moment'",
    frm="Tobias Lindqvist <tobias@greyhaven.studio>",
    subj="Your portfolio",
    date="2025-05-20 21:14 -0700", cte="7bit",
    body="""Jamie,

I spent real time with your portfolio last weekend - the library adaptive-reuse scheme is lovely, and the hand sketches tell me you think with a pencil, which I miss in a lot of applicants.

Where we've landed is that this particular Junior Designer seat needs someone who can carry Revit documentation on day one for the Ferry Building job, and that's not where you are yet. So we're going with someone else for it. It's not the right moment, not a judgement on your eye.

Please keep me posted on what you work on next. I mean that.

Tobias
Greyhaven Architecture""")

add("rejection", "Pellucid Analytics", "", "Data Analyst", "", "en", "easy",
    "SmartRecruiters status email; HTML only",
    frm="Pellucid Analytics Hiring Team <notification@smartrecruiters.com>",
    subj="Pellucid Analytics: Application status update",
    date="2025-07-29 10:40 +0000", fmt="html", cte="base64",
    body="""Dear Jamie,

Thank you for applying for the Data Analyst position at Pellucid Analytics.

We have reviewed your application carefully. Unfortunately, we have decided to pursue other candidates whose profiles more closely match the requirements of this role.

We will retain your details in our talent pool for 12 months and may contact you about suitable openings.

Kind regards,
Pellucid Analytics Hiring Team""")

add("rejection", "St. Anselm Medical Center", "", "Unit Secretary - Cardiac Step-Down", "", "en", "hard",
    "position filled by internal transfer; mentions 'interview' and 'hold' in other senses",
    frm="St. Anselm Medical Center <careers@stanselmhealth.org>",
    subj="Unit Secretary - Cardiac Step-Down (Job ID 77812)",
    date="2025-10-21 16:55 -0500", fmt="alt", hdrs=AG,
    body="""Dear Jamie,

Thank you for your recent interview for the Unit Secretary - Cardiac Step-Down position. We are writing to let you know the position has been filled by an internal transfer, which under our collective agreement takes priority over external candidates.

Please don't put your search on hold on our account: we post new openings every week, and you are welcome to apply to any that interest you.

Sincerely,
Talent Acquisition
St. Anselm Medical Center""")

add("rejection", "Fernwood Outdoor Co.", "Kayla", "Merchandising Assistant", "", "en", "hard",
    "'great fit for Fernwood, just not this role'; invites to apply again",
    frm="Kayla Brooks <kayla.brooks@fernwoodoutdoor.com>",
    subj="Following up on Merchandising Assistant",
    date="2025-08-18 13:28 -0600", fmt="alt",
    body="""Hi Jamie,

Thank you for chatting with me and with Sam on the merchandising team last week. You clearly know the outdoor customer, and your story about the ski-swap inventory made us both laugh.

After a lot of back-and-forth we've decided to extend the role to a candidate with more vendor-negotiation experience. I genuinely think you're a great fit for Fernwood, just not for this specific role, and I'd love to see your name come through again for our store-ops or e-commerce openings this fall.

All the best,
Kayla Brooks
Talent Partner, Fernwood Outdoor Co.""")

add("rejection", "Bancroft Civil Constructors", "Ray", "Assistant Project Engineer", "", "en", "hard",
    "one-line reply from phone; no rejection keywords",
    frm="Ray Delgado <rdelgado@bancroftcivil.com>",
    subj="Re: Assistant Project Engineer - checking in",
    date="2025-11-07 06:12 -0600", cte="7bit",
    body="""Jamie - thanks for checking in. We filled it last week with a guy from our field crew who's been with us 6 yrs. Good luck out there.

Ray

Sent from my iPhone

> On Nov 6, 2025, at 4:40 PM, Jamie Ortiz <jamie.ortiz.apply@gmail.com> wrote:
>
> Hi Ray, I wanted to check in on the Assistant Project Engineer role we
> discussed at the job fair. Still very interested - happy to come by the
> site office for an interview whenever suits.
>
> Jamie""")

add("rejection", "Corvid Security", "", "SOC Analyst I", "", "en", "hard",
    "Ashby rejection after take-home; quotes the interview invite below",
    frm="Corvid Security <no-reply@ashbyhq.com>",
    subj="Re: SOC Analyst I - next steps at Corvid",
    date="2026-01-14 11:02 -0800", fmt="alt",
    body="""Hi Jamie,

Thanks for completing the log-analysis exercise and for your patience while the team reviewed submissions.

We've decided not to move forward with your application for SOC Analyst I. The reviewers noted your write-up was organised but missed the lateral-movement indicators in the second dataset, which is core to this role.

We appreciate your interest in Corvid and hope you'll consider us again in the future.

Corvid Recruiting

On Mon, Jan 5, 2026, Corvid Recruiting <no-reply@ashbyhq.com> wrote:
> Hi Jamie, congratulations, you've been selected for the next step! Please
> complete the take-home exercise within 5 days. After review, successful
> candidates will be invited to a 60-minute technical interview with the
> detection team.""")

add("rejection", "Ribera Textil S.L.", "Lucía", "Técnico/a de Compras", "", "es", "easy",
    "Spanish rejection",
    frm="Lucía Ferrer <lferrer@riberatextil.es>",
    subj="Proceso de selección - Técnico/a de Compras",
    date="2025-06-30 12:31 +0200", cte="quoted-printable",
    body="""Estimado/a Jamie:

Le agradecemos sinceramente el interés mostrado por Ribera Textil S.L. y el tiempo dedicado a nuestro proceso de selección para el puesto de Técnico/a de Compras.

Tras valorar todas las candidaturas, lamentamos comunicarle que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso. Conservaremos su currículum en nuestra base de datos para futuras vacantes que se ajusten a su experiencia.

Le deseamos mucha suerte en su búsqueda profesional.

Atentamente,

Lucía Ferrer
Departamento de Personas
Ribera Textil S.L. – Ontinyent (Valencia)""")

add("rejection", "Atelier Moreau", "Élodie", "Assistant(e) chef de projet digital", "", "fr", "hard",
    "French; mentions the 'entretien' positively before the no",
    frm="Élodie Marchand <elodie@ateliermoreau.fr>",
    subj="Suite à notre entretien",
    date="2026-03-27 18:05 +0100", fmt="alt",
    body="""Bonjour Jamie,

Merci encore pour notre entretien de mardi, j'ai beaucoup apprécié votre énergie et vos questions sur nos clients du secteur culturel.

Après réflexion avec l'équipe, nous avons décidé de poursuivre avec une autre personne pour le poste d'assistant(e) chef de projet digital, dont l'expérience en agence est plus longue. Ce n'était pas une décision facile.

Je me permets de garder votre CV : nous recrutons régulièrement des profils juniors et je penserai à vous.

Belle continuation,
Élodie Marchand
Directrice de projets – Atelier Moreau""")

add("rejection", "Thornbury College", "", "Admissions Counselor", "", "en", "easy",
    "formal 'Dear Applicant' letter; PageUp",
    frm="Thornbury College Human Resources <thornbury@pageuppeople.com>",
    subj="Admissions Counselor - Position #A2291",
    date="2025-04-28 15:10 -0400", fmt="html", hdrs=AG,
    body="""Dear Applicant,

Thank you for your interest in the Admissions Counselor position (Position #A2291) at Thornbury College.

The search committee has completed its review of applications. We regret to inform you that you were not selected for further consideration. The committee received many strong applications, and the decision was a difficult one.

We appreciate your interest in Thornbury College and encourage you to review future opportunities on our employment website.

Office of Human Resources
Thornbury College""")

add("rejection", "Lakeshore Regional Airlines", "", "Crew Scheduling Coordinator", "", "en", "hard",
    "SuccessFactors notice; 'we will keep your resume on file' only; no other negative word",
    frm="Lakeshore Regional Airlines <careers@successfactors.eu>",
    subj="Crew Scheduling Coordinator - status of your application",
    date="2026-02-23 09:05 -0600", fmt="alt",
    body="""Dear Jamie Ortiz,

We appreciate your application for Crew Scheduling Coordinator, Requisition 44193, at our Milwaukee operations center.

The hiring team has selected candidates whose experience with FAA crew rest rules is closest to the requirements of the role, and the requisition is now closed to further applicants. We will keep your resume on file and may contact you about future openings.

Thank you for considering a career with Lakeshore Regional Airlines.

Lakeshore Regional Airlines Talent Acquisition""")

add("rejection", "Gannet & Rowe", "Oksana", "Marketing Coordinator", "", "en", "hard",
    "forwarded by a friend (referrer) who adds commentary; decision inside forward",
    frm="Ben Carrasco <ben.carrasco@gmail.com>",
    subj="Fwd: Marketing Coordinator referral",
    date="2025-09-09 20:40 -0400", fmt="alt",
    body="""Jamie - Oksana sent this back to me since I was the referrer. Sorry friend, I really thought this one was yours. Drinks on me Friday?

B

---------- Forwarded message ---------
From: Oksana Petrenko <opetrenko@gannetrowe.com>
Date: Tue, Sep 9, 2025 at 3:12 PM
Subject: Marketing Coordinator referral
To: Ben Carrasco <bcarrasco@gannetrowe.com>

Hi Ben,

Thanks for referring Jamie Ortiz for the Marketing Coordinator opening. We met with Jamie twice and the team liked them, but we've decided to offer the role to a candidate with B2B event experience. Could you pass along our thanks? I'm happy to give Jamie some feedback directly if they want it.

Oksana Petrenko
Talent Acquisition, Gannet & Rowe""")

add("rejection", "Holloway Public Library", "Renata", "Library Assistant II", "", "en", "hard",
    "polite note after interview; 'hold' appears as library holds",
    frm="Renata Okoye <rokoye@hollowaylibrary.org>",
    subj="Library Assistant II",
    date="2025-12-18 14:33 -0500", cte="7bit",
    body="""Dear Jamie,

Thank you for interviewing with our panel for the Library Assistant II position at the Eastgate branch. We were impressed with your ideas for streamlining the holds shelf and the teen programming.

After much discussion, the panel selected another candidate who has previous circulation experience in our ILS. I realize this is disappointing news, especially right before the holidays.

We hope you will continue to use the library and that you will apply for future openings.

Warm regards,
Renata Okoye
Branch Manager, Eastgate
Holloway Public Library""")

add("rejection", "Quillon Fintech", "", "Junior Product Analyst", "", "en", "hard",
    "rejection disguised as 'update'; says 'other applicants progressed'; base64 alt",
    frm="Quillon Talent <talent@quillon.io>",
    subj="An update on your Quillon application",
    date="2026-08-05 17:59 +0100", fmt="alt", cte="base64",
    body="""Hi Jamie,

Thank you for your patience while we reviewed applications for the Junior Product Analyst role.

This time other applicants have progressed to the interview stage, and your application won't be going further. We receive hundreds of applications for each role and can't share individual feedback at this stage.

We're growing quickly and would love to hear from you again. Follow us on LinkedIn to see new roles first.

The Quillon Talent Team""")

add("rejection", "Marigold Senior Living", "Tasha", "Activities Coordinator", "", "en", "hard",
    "text-message style email; 'decided to go another way'",
    frm="Tasha Green <tgreen@marigoldliving.com>",
    subj="Activities Coordinator",
    date="2025-07-15 09:10 -0400", cte="7bit",
    body="""Hi Jamie, Tasha from Marigold here. Thanks so much for coming in and doing the sample chair-yoga session with our residents, they loved you!! We decided to go another way with the position though, one of our CNAs asked to move over and we're giving her the shot. I'm sorry, I know you were excited. Take care of yourself!

Tasha Green
Life Enrichment Director
Marigold Senior Living - Riverside""")

add("rejection", "Vantage Point Consulting", "", "Business Analyst - Public Sector", "", "en", "easy",
    "Taleo rejection",
    frm="Vantage Point Consulting <vpc@taleo.net>",
    subj="Vantage Point Consulting - Business Analyst - Public Sector",
    date="2026-06-11 23:14 -0400", fmt="alt",
    body="""Dear Jamie,

Thank you for your interest in the Business Analyst - Public Sector position (Requisition BA-PS-0611).

Upon careful review of your qualifications, we have determined that other candidates more closely meet the requirements of this position. As a result, your candidacy will not be considered further for this role.

We appreciate your interest in Vantage Point Consulting and wish you success in your career search.

Regards,
Vantage Point Consulting Recruiting""")

add("rejection", "Ostrander Dairy Cooperative", "Wes", "Quality Assurance Technician", "", "en", "hard",
    "'no longer being considered' after sample analysis; could read as on_hold ('holding off')",
    frm="Wes Janssen <wjanssen@ostranderdairy.coop>",
    subj="QA Technician - decision",
    date="2026-09-03 15:41 -0500", cte="7bit",
    body="""Hi Jamie,

I wanted to close the loop on the QA Technician job. We did end up hiring, and it's not going to be you this time. The deciding factor was third-shift availability: the person we picked can cover nights starting right away, and I know you'd said you were holding off on nights until spring.

Thanks for the time you spent in the lab with us. You handled the butterfat test well.

Wes Janssen
QA Manager, Ostrander Dairy Cooperative""")

add("rejection", "Nimbus Learning", "", "Instructional Designer", "", "en", "hard",
    "Workable; reads like an acknowledgement at first",
    frm="Nimbus Learning <noreply@candidates.workablemail.com>",
    subj="Thanks for applying to Nimbus Learning",
    date="2026-10-13 08:30 +0000", fmt="alt",
    body="""Hi Jamie,

Thank you for applying for the Instructional Designer position at Nimbus Learning. We received your application and portfolio link and our hiring team has now reviewed them.

We regret to let you know that we've decided to proceed with candidates whose experience with Articulate Rise is more extensive, and we won't be taking your application further.

Thanks again, and best of luck with your search.

Nimbus Learning""")

add("rejection", "Kiln & Kettle", "Maeve", "Shift Supervisor", "", "en", "hard",
    "short, casual, ends with 'let's keep in touch'",
    frm="Maeve O'Donnell <maeve@kilnandkettle.cafe>",
    subj="hey from Kiln & Kettle",
    date="2025-02-17 19:49 -0500", fmt="html",
    body="""Hey Jamie!

Thanks for coming by for the trial shift Saturday. You were great with the rush. I ended up promoting one of our baristas into the shift supervisor spot since she's been with us two years and knows the roaster inside out, so I can't offer you that one.

Let's keep in touch though - if we open the second location this summer I'll need people like you.

Maeve
owner, Kiln & Kettle""")

# ================================================================ interviews
add("interview", "Wexford Mutual Insurance", "Danielle", "Claims Associate", "", "en", "easy",
    "recruiter phone screen with Calendly link",
    frm="Danielle Moore <danielle.moore@wexfordmutual.com>",
    subj="Claims Associate - quick phone screen?",
    date="2025-03-03 10:05 -0500", fmt="alt",
    body="""Hi Jamie,

Thanks for applying to the Claims Associate role at Wexford Mutual Insurance. I'm the recruiter supporting the position and would like to set up a 30-minute phone screen to learn more about your background and walk you through the role.

Please grab any open time on my calendar here: https://calendly.com/danielle-moore-wexford/30min

Talk soon,
Danielle Moore
Talent Acquisition Partner | Wexford Mutual Insurance""")

add("interview", "Sol y Mar Hospitality Group", "", "Guest Experience Manager", "", "en", "easy",
    "HireVue one-way video interview invitation",
    frm="Sol y Mar Hospitality Group <noreply@hirevue.com>",
    subj="Next step: complete your HireVue video interview",
    date="2025-05-06 07:45 -0700", fmt="html", hdrs=AG,
    body="""Hello Jamie,

Sol y Mar Hospitality Group has invited you to complete an on-demand video interview for the Guest Experience Manager position.

You will be asked 5 questions and will have up to 3 minutes to record each answer. Please complete the interview within 5 days of receiving this invitation.

Start your interview: https://app.hirevue.com/candidates/i/8f2c1d

Tips: find a quiet spot with good lighting, and test your camera and microphone first.

HireVue on behalf of Sol y Mar Hospitality Group""")

add("interview", "Pendleford Robotics", "Ines", "Manufacturing Test Engineer", "", "en", "hard",
    "reschedule request; says 'unfortunately' and 'cancel'",
    frm="Ines Kowalczyk <ikowalczyk@pendleford.ai>",
    subj="Need to move Thursday",
    date="2025-10-28 17:20 -0400", cte="7bit",
    body="""Hi Jamie,

Unfortunately I have to cancel our Thursday 2pm - we have a line-down situation at the Lowell plant and I'll be on the floor all day. Really sorry for the late notice.

Could we do the same 1-hour technical interview on Monday Nov 3 at 11am or 3pm instead? Same Teams link, same people (me and Raj from test automation).

Thanks for being flexible,
Ines Kowalczyk
Test Engineering Lead, Pendleford Robotics""")

add("interview", "Brookhollow Children's Museum", "Alana", "Education Programs Coordinator", "", "en", "easy",
    "Outlook meeting request with text/calendar part; panel",
    frm="Alana Reyes <areyes@brookhollowkids.org>",
    subj="Panel interview: Education Programs Coordinator - Jamie Ortiz",
    date="2026-01-26 13:40 -0600", fmt="alt",
    mid="<BY5PR04MB6930A1F0B2C3D4E5F601@BY5PR04MB6930.namprd04.prod.outlook.com>",
    ics=ics("Panel interview: Education Programs Coordinator - Jamie Ortiz", "20260203T160000Z",
            "20260203T170000Z", "Alana Reyes", "areyes@brookhollowkids.org",
            "Brookhollow Children's Museum - Board Room (2nd floor)", "040000008200E00074C5B7101A82E008",
            "Panel: Alana Reyes\\, Marcus Hall (Director of Learning)\\, and a floor educator."),
    body="""When: Tuesday, February 3, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
Where: Brookhollow Children's Museum - Board Room (2nd floor)

Hi Jamie,

Sending the calendar hold for your panel interview. You'll meet with me, Marcus Hall (Director of Learning) and one of our floor educators. We'll ask you to lead a 10-minute sample activity for a group of 6-8 year olds - we'll play the kids, so be ready for chaos.

Park in the east lot and check in at the admissions desk.

Alana""")

add("interview", "Harborview Logistics", "Kenji", "Transportation Analyst", "", "en", "hard",
    "take-home case plus presentation interview; word 'assignment'",
    frm="Kenji Watanabe <kenji.watanabe@harborviewlog.com>",
    subj="Transportation Analyst - case exercise & presentation",
    date="2026-03-09 12:00 -0700", fmt="alt", cte="base64",
    body="""Hi Jamie,

Thanks again for the conversation last Tuesday. We'd like to move you to the next stage.

Attached to our portal (link below) you'll find a dataset of 3 months of lane-level shipment costs. The assignment: identify the two lanes you'd renegotiate first and why. Please keep it to 5 slides.

You'll present it to me, our Director of Transportation and a carrier manager on Friday March 20 at 10am PT over Zoom (45 min: 20 present, 25 questions). Please send the deck by 5pm the day before.

Portal: https://harborviewlog.com/candidates/case/TA-0309

Kenji Watanabe
Manager, Network Planning | Harborview Logistics""")

add("interview", "Cobblestone Credit Partners", "Ashley", "Loan Servicing Specialist", "", "en", "hard",
    "confirmation in reply thread; quoted text is Jamie asking about salary; no word interview in new text",
    frm="Ashley Dunn <adunn@cobblestonecp.com>",
    subj="RE: Loan Servicing Specialist - question before Wednesday",
    date="2026-05-18 09:14 -0400", irt="<CAJ8x2kCobble0517@mail.gmail.com>",
    body="""Hi Jamie,

Good question - the range is $52-58k depending on experience, and Sheila can go into the bonus structure when you meet her.

You're confirmed for Wednesday 5/20 at 1:30 at our Charlotte office (2nd floor, ask for me at the front). Plan on about an hour with Sheila and one of the senior specialists.

Ashley

From: Jamie Ortiz <jamie.ortiz.apply@gmail.com>
Sent: Sunday, May 17, 2026 8:41 PM
To: Ashley Dunn <adunn@cobblestonecp.com>
Subject: Loan Servicing Specialist - question before Wednesday

Hi Ashley, before we meet, could you share the salary range for the role? I'd hate to waste anyone's time if we're far apart. Thanks, Jamie""")

add("interview", "Rautenberg Maschinenbau GmbH", "Jens", "Technischer Einkäufer (m/w/d)", "", "de", "easy",
    "German interview invitation (Vorstellungsgespräch)",
    frm="Jens Hoffmann <j.hoffmann@rautenberg-mb.de>",
    subj="Einladung zum Vorstellungsgespräch – Technischer Einkäufer (m/w/d)",
    date="2026-02-16 14:25 +0100", fmt="alt",
    body="""Guten Tag Jamie Ortiz,

vielen Dank für Ihre Bewerbung als Technischer Einkäufer (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, den 25. Februar 2026, um 10:00 Uhr an unserem Standort in Bielefeld ein. Gesprächspartner sind Frau Krüger (Leitung Einkauf) und ich. Planen Sie bitte etwa 90 Minuten ein, inklusive eines kurzen Rundgangs durch die Fertigung.

Bitte bestätigen Sie den Termin kurz per E-Mail. Reisekosten erstatten wir Ihnen gerne.

Mit freundlichen Grüßen

Jens Hoffmann
Personalabteilung
Rautenberg Maschinenbau GmbH""")

add("interview", "Summerlin Data Co.", "Priscilla", "Analytics Engineer", "", "en", "hard",
    "informal 'virtual coffee' with the head of data; no word interview",
    frm="Priscilla Tan <priscilla@summerlindata.com>",
    subj="virtual coffee?",
    date="2026-06-22 15:48 -0700", cte="7bit",
    body="""Hi Jamie,

I lead the data team at Summerlin. Our recruiter passed along your application for the analytics engineer opening and your dbt package on GitHub caught my eye.

Would you be up for a 30-min virtual coffee this week or next? Nothing formal - I'd tell you what we're building, you'd tell me what you're looking for, and if it clicks we'd set up time with the rest of the team.

Here's my calendar: https://cal.com/priscilla-tan/coffee

Priscilla""")

add("interview", "Tidemark Property Management", "", "Leasing Consultant", "", "en", "easy",
    "ATS interview confirmation with .ics attachment; GoodTime",
    frm="Tidemark Recruiting <scheduling@goodtime.io>",
    subj="Interview Confirmed: Leasing Consultant with Tidemark Property Management",
    date="2025-08-11 12:02 -0500", fmt="alt", hdrs=AG,
    ics=ics("Interview: Leasing Consultant - Jamie Ortiz", "20250814T190000Z", "20250814T194500Z",
            "Tidemark Recruiting", "scheduling@goodtime.io", "Zoom https://zoom.us/j/91234567890",
            "gt-5521-jo@goodtime.io", "Interview with Carla Jimenez\\, Community Manager."),
    body="""Hi Jamie,

Your interview is confirmed!

Position: Leasing Consultant
Date: Thursday, August 14, 2025
Time: 2:00 PM - 2:45 PM CDT
Interviewer: Carla Jimenez, Community Manager
Location: Zoom - https://zoom.us/j/91234567890

A calendar invitation is attached. Need to reschedule? Use this link: https://goodtime.io/r/5521

Tidemark Property Management Recruiting""")

add("interview", "Alderwood County Health Department", "Vernon", "Epidemiology Program Assistant", "", "en", "hard",
    "invitation mentions other candidates 'not selected' and 'regret'; base64 plain",
    frm="Vernon Ellis <vellis@alderwoodcounty.gov>",
    subj="Epidemiology Program Assistant - interview scheduling",
    date="2025-12-01 08:55 -0800", cte="base64",
    body="""Dear Jamie Ortiz,

You have been selected for an interview for the position of Epidemiology Program Assistant with the Alderwood County Health Department. We regret that we could only invite a small number of the many qualified applicants, and those not selected will be notified separately.

Interviews will be held on December 9 and 10 via Microsoft Teams. Please reply with your preferred time from the slots below:

- Dec 9: 9:00, 10:30, 1:30
- Dec 10: 9:00, 11:00

The interview will last approximately 45 minutes and will include a short written exercise.

Vernon Ellis
Program Manager, Communicable Disease
Alderwood County Health Department""")

add("interview", "Fable & Finch Publishing", "Naomi", "Editorial Assistant", "", "en", "hard",
    "hiring manager forwards note from recruiter; asks Jamie to pick a time; forward inside",
    frm="Naomi Adler <nadler@fableandfinch.com>",
    subj="Fwd: Editorial Assistant - second round",
    date="2026-04-29 11:33 -0400", fmt="alt",
    body="""Jamie - adding you here directly so we don't play telephone. Could you let Chris know which of the times below works? I'm excited for you to meet Ruth, our publisher.

Naomi

---------- Forwarded message ---------
From: Chris Hale <chale@fableandfinch.com>
Date: Wed, Apr 29, 2026 at 10:02 AM
Subject: Editorial Assistant - second round
To: Naomi Adler <nadler@fableandfinch.com>

Naomi, for Jamie Ortiz's second round with you and Ruth, I can hold: Mon 5/4 2pm, Tue 5/5 10am, or Thu 5/7 3pm. Each is 60 minutes in the 7th floor conference room, plus the 20-minute copyediting test beforehand.

Chris""")

add("interview", "Greenlight Solar Cooperative", "Malik", "Field Operations Coordinator", "", "en", "easy",
    "onsite itinerary with schedule table (HTML)",
    frm="Malik Johnson <malik@greenlightsolar.coop>",
    subj="Your visit on Friday - itinerary",
    date="2026-09-14 16:10 -0600", fmt="alt",
    body="""Hi Jamie,

Here's the plan for Friday, September 18 at our Boulder warehouse:

9:00 - Welcome and coffee with me
9:30 - Interview with Dana Ruiz, Director of Field Operations
10:15 - Ride-along to an install site in Longmont with crew lead Eli
12:00 - Lunch with the coordinators team
1:00 - Wrap-up with HR

Wear work boots if you have them. Text me at 303-555-0156 if you get lost - the entrance is around back.

Malik Johnson
People & Culture, Greenlight Solar Cooperative""")

add("interview", "Ironclad Fitness", "", "Membership Sales Associate", "", "en", "hard",
    "SMS-style ATS (Paradox/Olivia) text; 'confirm your interview' ",
    frm="Olivia at Ironclad Fitness <olivia@paradox.ai>",
    subj="You're scheduled! Ironclad Fitness interview",
    date="2025-01-22 18:30 -0500", fmt="html", hdrs=AG,
    body="""Hi Jamie! It's Olivia, the virtual assistant for Ironclad Fitness.

You're all set for your in-person interview for Membership Sales Associate:

Sat, Jan 24 at 11:00 AM
Ironclad Fitness - Westgate, 1820 Westgate Blvd
Ask for: the General Manager on duty

Reply C to confirm, or R to reschedule. See you there!""")

add("interview", "Lumiere Eyewear", "Georgia", "Retail Optician", "", "en", "hard",
    "quoted earlier rejection-like text from a different role; new text invites to interview",
    frm="Georgia Pappas <gpappas@lumiere-eyewear.com>",
    subj="Re: Store Manager application",
    date="2026-11-04 10:20 -0500", fmt="alt", irt="<lumiere-ats-88341@lumiere-eyewear.com>",
    body="""Hi Jamie,

I saw that you weren't a match for the Store Manager posting, but I read your resume and your ABO certification is exactly what I need for the Retail Optician opening at our Beacon Hill store.

Would you be able to come in next Tuesday or Wednesday afternoon for an interview? It would be with me and our lead optician, about 45 minutes, including a quick frame-adjustment demo.

Georgia Pappas
District Manager, Lumiere Eyewear

> From: Lumiere Eyewear Careers
> Sent: October 30, 2026
> Subject: Store Manager application
>
> Thank you for applying. After reviewing your application, we have decided
> to move forward with other candidates for the Store Manager position.""")

# ================================================================ on hold
add("on_hold", "Verity Clinical Research", "Hannah", "Clinical Trial Assistant", "", "en", "hard",
    "study sponsor pulled funding; 'regret' and 'not able to proceed' sound like rejection",
    frm="Hannah Cole <hcole@verityclinical.com>",
    subj="Clinical Trial Assistant - position cancelled",
    date="2025-06-03 14:50 -0400", fmt="alt",
    body="""Dear Jamie,

I regret to let you know that we are not able to proceed with hiring for the Clinical Trial Assistant position. The sponsor of the oncology study this role was supporting has withdrawn the program, and the requisition has been cancelled.

This is entirely due to the study being discontinued and not a reflection on you; the team rated your interview highly. Should a comparable role open on another study, I will contact you.

Kind regards,
Hannah Cole
Talent Acquisition, Verity Clinical Research""")

add("on_hold", "Castellan Home Goods", "", "Assistant Buyer, Tabletop", "", "en", "hard",
    "Workday notice 'no longer hiring for this position'; templated like a rejection",
    frm="Castellan Home Goods <castellan@myworkday.com>",
    subj="Update regarding Assistant Buyer, Tabletop (R-1182)",
    date="2025-10-01 07:30 -0500", fmt="html", hdrs=AG,
    body="""Dear Jamie,

Thank you for your interest in Castellan Home Goods. We are writing to inform you that the Assistant Buyer, Tabletop position (R-1182) has been closed and we are no longer hiring for this position due to a change in business priorities.

Your application will not be reviewed further for this requisition. This closure applies to all candidates and is not related to your qualifications. We encourage you to apply to other opportunities that match your interests.

Castellan Home Goods Talent Acquisition""")

add("on_hold", "Brightline Water District", "Omar", "GIS Technician", "", "en", "hard",
    "grant delay; process 'paused' until funding; mentions offer stage",
    frm="Omar Haddad <ohaddad@brightlinewater.org>",
    subj="GIS Technician - pausing for now",
    date="2026-02-05 10:12 -0700", cte="7bit",
    body="""Hi Jamie,

We were close to the offer stage for the GIS Technician position, and then this week the state notified us that the infrastructure grant funding the position is delayed until the next fiscal year. Until that money is confirmed we've been told to pause the hire.

I don't have a date yet. I'd expect to know more by July. If you're still available then I'd really like to pick up where we left off.

Sorry for the limbo,
Omar Haddad
Engineering Services Manager
Brightline Water District""")

add("on_hold", "Solenne Beauty", "Carmen", "Social Media Coordinator", "", "en", "hard",
    "role eliminated in reorg; Jamie praised; 'unfortunately' heavy",
    frm="Carmen Li <carmen.li@solennebeauty.com>",
    subj="Update on the Social Media Coordinator role",
    date="2026-07-30 16:05 -0700", fmt="alt", cte="base64",
    body="""Hi Jamie,

Unfortunately I have some disappointing news. As part of a reorganisation announced today, our social content work is moving to an outside agency and the Social Media Coordinator role has been eliminated. We've stopped the search for every candidate.

I want to be clear that you were our top choice going into references. If anything changes, you'll be my first call.

Carmen Li
Brand Marketing Manager, Solenne Beauty""")

add("on_hold", "Falkenstein Logistik AG", "Sabine", "Disponent (m/w/d)", "", "de", "easy",
    "German: position put on hold (Stelle vorerst nicht besetzt)",
    frm="Sabine Keller <s.keller@falkenstein-logistik.de>",
    subj="Ihre Bewerbung als Disponent (m/w/d) – Zwischenstand",
    date="2026-05-26 11:40 +0200", fmt="alt",
    body="""Sehr geehrte*r Jamie Ortiz,

wir möchten Sie über den aktuellen Stand Ihrer Bewerbung informieren. Aufgrund einer internen Umstrukturierung unseres Standorts Kassel haben wir entschieden, die Stelle als Disponent (m/w/d) vorerst nicht zu besetzen. Das Auswahlverfahren ist daher bis auf Weiteres ausgesetzt.

Diese Entscheidung hat nichts mit Ihrer Qualifikation zu tun. Sobald die Stelle wieder freigegeben wird, melden wir uns gerne bei Ihnen.

Mit freundlichen Grüßen

Sabine Keller
Recruiting
Falkenstein Logistik AG""")

add("on_hold", "Northgate Software", "Jordan", "Technical Support Engineer", "", "en", "hard",
    "'hiring freeze' stated via Slack-like casual language; mentions 'rejection' of budget",
    frm="Jordan Pike <jordan@northgatesoftware.com>",
    subj="quick update (not great)",
    date="2026-10-19 18:22 -0400", cte="7bit",
    body="""Jamie,

Quick and honest update: finance just put a hiring freeze on everything not already at signed-offer stage. Our Q4 headcount request for the Technical Support Engineer role got bounced back, so the req is frozen until January at the earliest.

You did well in the panel, and this has zero to do with you. I'll ping you the day it thaws.

Jordan Pike
Support Engineering Manager, Northgate Software""")

# ================================================================ offers
add("offer", "Pemberton Foods, Inc.", "Greg", "Production Scheduler", "", "en", "easy",
    "offer letter PDF attached; multipart/mixed",
    frm="Greg Holloway <gholloway@pembertonfoods.com>",
    subj="Offer Letter - Production Scheduler",
    date="2025-03-27 15:35 -0500", pdf="Ortiz_J_Offer_Letter.pdf",
    body="""Hi Jamie,

On behalf of Pemberton Foods, Inc., I'm delighted to offer you the position of Production Scheduler at our Cedar Rapids plant. Your offer letter is attached with compensation, benefits and the proposed start date of April 21.

Please review, sign and return it by Wednesday, April 2. Your offer is contingent on a background check and drug screen, which our HR team will send instructions for separately.

We're excited to have you on the team.

Greg Holloway
Plant Operations Manager
Pemberton Foods, Inc.""")

add("offer", "Marlow Street Credit Union", "", "Financial Services Representative", "", "en", "easy",
    "ATS offer notice, HTML only; accept in portal",
    frm="Marlow Street Credit Union <no-reply@ultipro.com>",
    subj="Your offer from Marlow Street Credit Union is ready",
    date="2025-11-20 09:01 -0500", fmt="html", hdrs=AG,
    body="""Hello Jamie,

Congratulations! Marlow Street Credit Union has extended you an offer of employment for the position of Financial Services Representative.

To view your offer letter and accept or decline, log in to your candidate account: https://recruiting.ultipro.com/MAR1004/JobBoard/Offers

Please respond by November 25, 2025. If you have questions, contact your recruiter, Angela Reese, at areese@marlowstreetcu.org.

Marlow Street Credit Union Human Resources""")

add("offer", "Bluejay Analytics", "Sunita", "Junior Data Analyst", "", "en", "hard",
    "verbal-offer follow-up without the word 'offer'; says 'rejected' about a candidate portal bug",
    frm="Sunita Rao <sunita@bluejayanalytics.com>",
    subj="Following up on our call",
    date="2026-08-14 17:02 -0400", fmt="alt",
    body="""Hi Jamie,

It was so good to talk this afternoon and hear the excitement in your voice! To put in writing what I said on the phone: we want you on the team as our Junior Data Analyst, starting September 8, at $71,000 base plus the standard benefits package.

Small admin note: our HR portal rejected the address format you entered, so when the paperwork link arrives tomorrow, just re-type it without the apartment number line.

Let me know by Tuesday if you're in. We're all hoping it's a yes.

Sunita Rao
Head of Analytics, Bluejay Analytics""")

add("offer", "Crestwood School District", "", "Paraprofessional - Special Education", "", "en", "hard",
    "conditional offer of employment; mentions 'hold' (position hold) and fingerprints",
    frm="Crestwood SD Human Resources <hr@crestwoodsd.org>",
    subj="Conditional Offer of Employment",
    date="2025-08-06 13:15 -0700", fmt="alt",
    body="""Dear Jamie Ortiz,

We are pleased to extend to you a conditional offer of employment for the position of Paraprofessional - Special Education at Maple Ridge Elementary, for the 2025-26 school year.

This offer is conditional on successful completion of fingerprinting (LiveScan), a TB clearance and verification of your documents. We will place a hold on the position for you for ten business days while you complete these steps.

Please reply to accept the offer and book your onboarding appointment.

Human Resources Department
Crestwood School District""")

add("offer", "Aurora Veterinary Partners", "Leah", "Veterinary Client Care Coordinator", "", "en", "easy",
    "offer with details, QP plain",
    frm="Leah Morgan <lmorgan@auroravet.com>",
    subj="Offer: Client Care Coordinator 🐾",
    date="2026-10-02 12:40 -0600", cte="quoted-printable",
    body="""Hi Jamie,

We loved meeting you on Tuesday – Dr. Ames said you were the first candidate our clinic cat didn't hiss at, which is high praise.

I'm very happy to offer you the Veterinary Client Care Coordinator position at our Lakewood hospital: $21/hour, 4x10 schedule, pet insurance and a uniform allowance. Formal offer letter to follow from HR once you say yes.

Looking forward to hearing from you!
Leah Morgan
Hospital Manager, Aurora Veterinary Partners""")

# ================================================================ application received
add("application_received", "Redwood Ridge Bank", "", "Teller I", "", "en", "easy",
    "Jobvite acknowledgement",
    frm="Redwood Ridge Bank Careers <careers@jobvite.com>",
    subj="We've received your application for Teller I",
    date="2025-02-10 12:12 -0800", fmt="alt",
    body="""Dear Jamie,

Thank you for applying for the Teller I position at Redwood Ridge Bank. Your application has been received and will be reviewed by our recruiting team.

If your qualifications match our needs, we will contact you to discuss the next steps. You can view your application status any time in our careers portal.

Sincerely,
Redwood Ridge Bank Talent Acquisition""")

add("application_received", "Copperleaf Games", "", "Community Manager", "", "en", "hard",
    "acknowledgement says 'unfortunately we can't reply to everyone' and describes possible decline",
    frm="Copperleaf Games <jobs@copperleafgames.com>",
    subj="Got it! Your application is in",
    date="2025-05-14 22:03 +0000", fmt="html", cte="base64",
    body="""Hey Jamie!

Thanks for throwing your hat in the ring for Community Manager at Copperleaf Games. We've got your application and a real human on the team will read it.

Unfortunately we can't reply personally to everyone. If we'd like to chat, you'll hear from us within three weeks; if it's a no, we'll send a short note so you're not left wondering.

Cheers,
The Copperleaf crew""")

add("application_received", "Hargrove Engineering Group", "", "CAD Drafter", "", "en", "easy",
    "BambooHR confirmation, plain 7bit",
    frm="Hargrove Engineering Group <notifications@app.bamboohr.com>",
    subj="Thank you for applying to Hargrove Engineering Group",
    date="2025-09-30 14:47 -0500", cte="7bit", hdrs=AG,
    body="""Hi Jamie,

Thank you for your application for the CAD Drafter position at Hargrove Engineering Group. We have received your resume and will review it soon.

We appreciate your interest and will be in touch if there's a fit.

Hargrove Engineering Group""")

add("application_received", "Pacific Crest Health System", "", "Medical Records Technician", "", "en", "hard",
    "under review status change; mentions 'interview' and 'offer' as later phases",
    frm="Pacific Crest Health System <pchs@myworkdayjobs.com>",
    subj="Application status: Under Review - Medical Records Technician",
    date="2026-03-18 03:10 -0700", fmt="alt", hdrs=AG,
    body="""Hello Jamie,

The status of your application for Medical Records Technician (JR-30917) has changed to: Under Review.

This means a recruiter is reviewing your qualifications. The typical process includes a recruiter screen, an interview with the hiring manager, and then an offer to the selected candidate. Not every applicant will advance to each phase.

No action is needed from you at this time.

Pacific Crest Health System Talent Acquisition""")

add("application_received", "Albatross Aerospace", "", "Supply Chain Coordinator", "", "en", "easy",
    "UK-style acknowledgement via Eploy",
    frm="Albatross Aerospace Recruitment <recruitment@albatross-aero.co.uk>",
    subj="Application acknowledgement - Supply Chain Coordinator (Ref AA/2211)",
    date="2026-06-29 09:00 +0100", fmt="alt",
    body="""Dear Jamie,

Thank you for your application for the role of Supply Chain Coordinator (Ref AA/2211) at our Filton site.

We confirm that your application has been received. Our recruitment team will review all applications after the closing date of 10 July 2026, and shortlisted candidates will be contacted by 24 July.

Please note that this role requires eligibility for UK security clearance.

Kind regards,
Recruitment Team
Albatross Aerospace""")

add("application_received", "Juniper Row Nonprofit Housing", "Felicia", "Resident Services Coordinator", "", "en", "hard",
    "personal-looking acknowledgement from a human; no decision; 'keep you posted'",
    frm="Felicia Grant <fgrant@juniperrowhousing.org>",
    subj="Re: Resident Services Coordinator application",
    date="2026-09-21 11:08 -0400", cte="7bit", irt="<CAJ8x2kJuniper0920@mail.gmail.com>",
    body="""Hi Jamie,

Thanks for sending your resume and cover letter directly - got them both, and the PDF opened fine this time. I've added you to the applicant list for Resident Services Coordinator.

We're collecting applications through October 3 and the committee will start reviewing after that. I'll keep you posted either way.

Felicia Grant
Operations Manager
Juniper Row Nonprofit Housing""")

add("application_received", "Trellis Insurance Group", "", "Underwriting Trainee", "", "en", "easy",
    "Phenom acknowledgement with talent-community promo",
    frm="Trellis Insurance Group <talent@trellisinsurance.com>",
    subj="Application Submitted: Underwriting Trainee",
    date="2026-11-10 16:16 -0600", fmt="html", hdrs=AG,
    body="""Hi Jamie,

Your application for Underwriting Trainee has been successfully submitted. Thank you for your interest in Trellis Insurance Group!

What's next? Our recruiters are reviewing applications and will reach out to candidates whose experience aligns with the role.

While you wait, join our Talent Community to hear about events and new openings.

Trellis Insurance Group Talent Acquisition""")

add("application_received", "Hôpital Privé des Tilleuls", "", "Assistant(e) administratif(ve) RH", "", "fr", "hard",
    "French acknowledgement mentioning that unsuccessful candidates get a reply",
    frm="Hôpital Privé des Tilleuls <candidatures@hp-tilleuls.fr>",
    subj="Votre candidature a bien été enregistrée",
    date="2026-08-24 10:35 +0200", fmt="alt", hdrs=AG,
    body="""Bonjour,

Votre candidature au poste d'Assistant(e) administratif(ve) RH a bien été enregistrée. Nous vous remercions de l'intérêt que vous portez à l'Hôpital Privé des Tilleuls.

Notre équipe RH étudie chaque dossier avec attention. Que votre candidature soit retenue ou non, une réponse vous sera apportée dans un délai de trois semaines.

Le service des Ressources Humaines""")

# ================================================================ auto replies
add("auto_reply", "Wexford Mutual Insurance", "Danielle", "", "2025-03-17", "en", "easy",
    "explicit return date, both headers",
    frm="Danielle Moore <danielle.moore@wexfordmutual.com>",
    subj="Automatic reply: Claims Associate - thank you",
    date="2025-03-10 16:02 -0400", hdrs=AR, cte="7bit",
    body="""Thank you for your email. I am out of the office with limited access to email and will return on Monday, March 17, 2025. I will respond to your message when I return.

If you need immediate assistance, please contact talent@wexfordmutual.com.

Danielle Moore""")

add("auto_reply", "Pendleford Robotics", "Ines", "", "2025-11-11", "en", "hard",
    "return stated as 'next Tuesday' relative to Date; no headers",
    frm="Ines Kowalczyk <ikowalczyk@pendleford.ai>",
    subj="Re: Thank you - Manufacturing Test Engineer",
    date="2025-11-04 19:31 -0500",
    body="""Hi there - I'm at our supplier in Guadalajara this week and mostly offline. Back in the office next Tuesday. If it's about a candidate interview, Raj Menon (rmenon@pendleford.ai) can help in the meantime.

Ines""")

add("auto_reply", "Ledbury & Shaw", "", "", "", "en", "hard",
    "unmonitored mailbox reply to Jamie's email; says 'interview' in text",
    frm="Ledbury & Shaw Recruiting <recruiting-donotreply@ledburyshaw.com>",
    subj="Re: Question about my interview time",
    date="2026-04-06 13:14 -0400", hdrs=AR, cte="7bit",
    body="""This mailbox is not monitored and your message has not been read.

If you have a question about an interview, an application or an offer with Ledbury & Shaw, please contact the recruiter listed in your scheduling email directly, or use the "Contact us" form on careers.ledburyshaw.com.

Thank you.""")

add("auto_reply", "Corvid Security", "Mateo", "", "", "en", "hard",
    "'no longer with Corvid', points to another person; HTML only",
    frm="Mateo Silva <mateo.silva@corvidsec.com>",
    subj="Automatic reply: Re: SOC Analyst I - next steps at Corvid",
    date="2026-01-20 11:45 -0800", fmt="html", hdrs=AR1,
    body="""Hi, thanks for your note.

I'm no longer with Corvid Security as of January 16. For recruiting questions please contact Shira Klein at shira.klein@corvidsec.com; for anything else, reach hello@corvidsec.com.

Best,
Mateo""")

add("auto_reply", "Maison Carrel", "Agnès", "", "2026-08-24", "fr", "easy",
    "French vacation responder, return 'lundi 24 août'",
    frm="Agnès Carrel <agnes@maisoncarrel.fr>",
    subj="Réponse automatique : Candidature – Chargé(e) de communication",
    date="2026-08-03 08:00 +0200", hdrs=AR, cte="quoted-printable",
    body="""Bonjour,

Je suis actuellement en congés et n'aurai pas accès à mes e-mails. Je serai de retour le lundi 24 août et traiterai votre message à mon retour.

Pour toute urgence, merci de contacter contact@maisoncarrel.fr.

Agnès Carrel
Maison Carrel""")

add("auto_reply", "Bluejay Analytics", "Sunita", "", "2026-09-02", "en", "hard",
    "OOO mentioning offer and interview; long weekend, explicit weekday date",
    frm="Sunita Rao <sunita@bluejayanalytics.com>",
    subj="Out of office: Re: Signed paperwork",
    date="2026-08-28 18:00 -0400", hdrs=AR1,
    body="""Thanks for your email! I'm taking a long weekend and will be back in the office on Wednesday, September 2.

If you're a candidate with a question about an interview or offer, please email people@bluejayanalytics.com and the People team will help.

Sunita""")

add("auto_reply", "Holloway Public Library", "Renata", "", "2026-01-05", "en", "hard",
    "holiday closure responder; return date in the form '1/5/26'",
    frm="Renata Okoye <rokoye@hollowaylibrary.org>",
    subj="[Auto-reply] Re: Library Assistant II",
    date="2025-12-22 10:30 -0500", hdrs=AR,
    body="""I am away from the library for the winter holidays and will return to the Eastgate branch on 1/5/26. Messages will not be forwarded. For library account questions, call 555-0199 or visit hollowaylibrary.org/ask.

Happy holidays!
Renata Okoye""")

add("auto_reply", "Quarry Lane Books Co.", "Denise", "", "2025-04-14", "en", "hard",
    "return 'the 14th' relative to Date; mentions interview scheduling",
    frm="Denise Whitaker <dwhitaker@quarrylanebooks.com>",
    subj="Out of Office Re: next round",
    date="2025-04-10 08:15 -0500", hdrs=(("X-Autoreply", "yes"),), cte="7bit",
    body="""I'm at the regional book fair through the weekend and back at my desk on the 14th. I'll answer then. If this is about interview scheduling, Marcus Bell (mbell@quarrylanebooks.com) can confirm times.

Denise Whitaker | Quarry Lane Books""")

# ================================================================ other (hard negatives and inbox noise)
add("other", "", "", "", "", "en", "easy", "LinkedIn job alert digest",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subj="15 new jobs for \u201cInventory Analyst\u201d in Kansas City Metropolitan Area",
    date="2025-04-02 07:12 +0000", fmt="alt",
    body="""Your job alert for Inventory Analyst in Kansas City Metropolitan Area

15 new jobs match your preferences.

Inventory Analyst - Hallmark Logistics - Kansas City, MO - Actively recruiting
Inventory Control Analyst - Prairie Fresh Markets - Olathe, KS - Easy Apply
Supply Chain Inventory Analyst - Midcontinent Parts - Lenexa, KS - 3 connections work here
Junior Inventory Planner - BrightBox Retail - Overland Park, KS - Promoted

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=88412

You are receiving Job Alert emails. Unsubscribe | Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085""")

add("other", "", "", "", "", "en", "hard", "podcast episode: 'interview with our founder'; HTML only",
    frm="The Operators Podcast <hello@operatorspod.fm>",
    subj="New episode: our interview with Kitewire Labs' founder",
    date="2026-07-16 06:00 -0400", fmt="html",
    body="""This week on The Operators:

We sit down for a long interview with Dara Okoye, founder of Kitewire Labs, about hiring the first ten data engineers, why she rejected two acquisition offers, and what she looks for in a first-round interview.

Listen now on Spotify, Apple Podcasts or wherever you get your shows.

Also in this issue: three listener questions about negotiating an offer, answered.

You're getting this because you subscribed at operatorspod.fm. Unsubscribe anytime.""")

add("other", "", "", "", "", "en", "hard", "GitHub notification: pull request closed, 'not moving forward' with change",
    frm="Haruto Sato <notifications@github.com>",
    subj="Re: [openmaps/tilekit] Add offline cache eviction policy (PR #482)",
    date="2025-08-26 03:44 +0000", fmt="alt",
    hdrs=(("X-GitHub-Reason", "author"), ("List-ID", "openmaps/tilekit <tilekit.openmaps.github.com>")),
    body="""@jamieortiz thanks a lot for putting this together. After discussing in the maintainers' call we've decided not to move forward with an LRU policy in core; we'd rather expose a hook so downstream apps can plug in their own. Closing this one, but a PR for the hook would be very welcome!

--
Reply to this email directly, view it on GitHub:
https://github.com/openmaps/tilekit/pull/482#issuecomment-2214455
You are receiving this because you authored the thread.""")

add("other", "", "", "", "", "es", "hard", "Spanish bank: credit card application rejected ('rechazada')",
    frm="Banco Litoral <avisos@bancolitoral.com.mx>",
    subj="Resultado de tu solicitud de tarjeta de crédito",
    date="2025-10-09 12:20 -0600", fmt="html", cte="base64",
    body="""Hola Jamie:

Gracias por tu interés en la Tarjeta Litoral Oro. Después de analizar tu solicitud, lamentamos informarte que en esta ocasión fue rechazada, debido a que tu historial crediticio en México es menor a 12 meses.

Podrás volver a solicitarla dentro de 90 días. Mientras tanto, te ofrecemos nuestra Tarjeta Garantizada sin anualidad.

Atentamente,
Banco Litoral
Este correo es informativo; por favor no respondas a este mensaje.""")

add("other", "", "", "", "", "en", "hard", "concert cancelled 'we regret to inform you'; refund",
    frm="Ticketstand <noreply@ticketstand.com>",
    subj="Event cancelled: The Lumineers Tribute Night - Refund issued",
    date="2025-07-02 15:05 -0500", fmt="alt",
    body="""Hi Jamie,

We regret to inform you that the event you purchased tickets for, The Lumineers Tribute Night at the Riverfront Amphitheater on July 12, has been cancelled by the organizer.

A full refund of $84.50 has been issued to your original payment method. Please allow 5-10 business days for it to appear.

We're sorry for the disappointment.
Ticketstand Customer Care""")

add("other", "", "", "", "", "en", "hard", "conference talk proposal not accepted; reviewer feedback",
    frm="PyData Great Lakes Program Committee <cfp@pydatagreatlakes.org>",
    subj="PyData Great Lakes 2026: decision on your proposal",
    date="2026-04-14 20:00 -0400", cte="7bit",
    body="""Dear Jamie Ortiz,

Thank you for submitting "Forecasting Bookstore Demand with Tiny Data" to PyData Great Lakes 2026. We received 212 proposals for 36 slots.

We regret that your proposal was not accepted for the main program this year. Reviewer comments:
- Strong practical angle; outline felt light on evaluation.
- Would be a great lightning talk.

We would love to have you give it as a 5-minute lightning talk; sign-ups open on the first morning. We hope to see you in Cleveland.

The Program Committee""")

add("other", "", "", "", "", "en", "easy", "retail marketing 'exclusive offer'",
    frm="Fernwood Outdoor Co. <deals@email.fernwoodoutdoor.com>",
    subj="Jamie, your exclusive offer: 25% off everything this weekend",
    date="2025-09-19 10:00 -0600", fmt="html",
    body="""Trail season's not over yet.

Jamie, as a Fernwood Rewards member you get an exclusive offer: 25% off everything, this weekend only. Use code TRAIL25 in store or online.

New arrivals: insulated jackets, trail runners, and the cult-favorite camp mug.

Shop now at fernwoodoutdoor.com

You're receiving this email because you joined Fernwood Rewards. Unsubscribe.""")

add("other", "", "Derrick", "Warehouse Associate", "", "en", "hard",
    "staffing agency mass mailing with role; mentions interview same day",
    frm="Derrick Lamb <dlamb@quickstaffsolutions.com>",
    subj="URGENT: 40 Warehouse Associates needed - interviews TODAY",
    date="2026-02-27 07:58 -0600", fmt="alt",
    body="""Hello!

Quickstaff Solutions is hiring 40 Warehouse Associates for a major e-commerce client in Edwardsville, IL. All shifts available, $19.50-$21/hr, weekly pay!

Walk-in interviews TODAY from 9am-3pm at our office, 220 N. Main St. Bring two forms of ID. Offers made on the spot!

Not interested? Forward to a friend and earn a $100 referral bonus.

Derrick Lamb
Recruiting Coordinator
Quickstaff Solutions
Reply STOP to opt out of future messages""")

add("other", "", "Teresa", "", "", "en", "hard",
    "personal mail from parent about an interview outfit and a 'rejected' recipe",
    frm="Teresa Ortiz <teresa.ortiz61@yahoo.com>",
    subj="good luck tomorrow!!",
    date="2026-05-19 21:37 -0400", cte="7bit",
    body="""Hi sweetie,

Good luck at your interview tomorrow!! Wear the blue blazer not the grey one, the grey one makes you look tired. Remember to ask them questions at the end, your tio says that is very important.

Also your father rejected my new enchilada recipe so I am bringing the old one on Sunday. Call me after you finish tomorrow!!

Love you,
Mom

Sent from Yahoo Mail on Android""")

add("other", "", "", "", "", "en", "hard", "meetup: event 'on hold' and venue change; organizer names",
    frm="Meetup <info@meetup.com>",
    subj="Update: Denver Data Viz Night is on hold",
    date="2026-09-08 12:30 -0600", fmt="alt",
    body="""Denver Data Viz Night

An organizer made a change to an event you RSVP'd to.

"Mapping Transit Data with Deck.gl" (Sept 17) is on hold while we look for a new venue - Galvanize has closed their Platte St. space. We'll update the event page within two weeks. Your RSVP stays in place.

Thanks for your patience,
Rosa, Kwame and Lin (organizers)

Manage notification settings: https://www.meetup.com/settings""")

add("other", "", "", "", "", "en", "hard", "rental application 'received and under review'",
    frm="Cedar Hollow Apartments <leasing@cedarhollowliving.com>",
    subj="Your application has been received - Cedar Hollow Apartments",
    date="2025-05-30 16:44 -0500", fmt="html", hdrs=AG,
    body="""Hi Jamie,

Thank you for applying to lease Unit 2B at Cedar Hollow Apartments! Your rental application and $45 application fee have been received.

Our leasing team is reviewing your application, including the credit and background screening. Most decisions are made within 2-3 business days. We'll email you as soon as there's an update.

Cedar Hollow Apartments Leasing Office
Powered by RentCafe""")

add("other", "", "", "", "", "en", "hard", "library hold ready for pickup ('hold' sense)",
    frm="Holloway Public Library <notices@hollowaylibrary.org>",
    subj="Your hold is ready for pickup",
    date="2025-11-22 09:02 -0500", cte="7bit",
    body="""Dear JAMIE ORTIZ,

The following item(s) you placed on hold are ready for pickup at EASTGATE BRANCH:

1. Cracking the PM interview : how to land a product manager job in technology / McDowell, Gayle Laakmann.
   Hold expires: 11/29/2025

Items not picked up by the expiration date will be returned to the shelf.

Holloway Public Library
This is an automated message. Please do not reply.""")

add("other", "", "", "", "", "fr", "hard", "French career newsletter about preparing for an 'entretien' and rejection",
    frm="Le Mag Carrières <newsletter@lemagcarrieres.fr>",
    subj="Entretien d'embauche : 7 questions pièges (et comment rebondir après un refus)",
    date="2026-03-05 07:30 +0100", fmt="html", cte="quoted-printable",
    body="""Cette semaine dans Le Mag Carrières

1. Entretien d'embauche : les 7 questions pièges préférées des recruteurs
2. « Nous sommes au regret de vous informer… » : comment rebondir après un refus
3. Négocier son salaire lors d'une offre d'emploi : le guide complet

Lire la newsletter en ligne

Vous recevez cet e-mail car vous êtes abonné(e) à la newsletter. Se désinscrire.""")

add("other", "", "", "", "", "en", "easy", "bank security alert: card declined",
    frm="Summit Federal Bank <alerts@summitfederal.com>",
    subj="Alert: A transaction on your card was declined",
    date="2026-06-03 22:18 -0400", fmt="alt",
    body="""Jamie, a transaction on your debit card ending in 4417 was declined.

Merchant: PARKWHIZ *GARAGE 12
Amount: $18.00
Reason: Incorrect PIN

If this was you, no action is needed. If not, call us at 1-800-555-0142 or lock your card in the app.

Summit Federal Bank""")

add("other", "", "", "", "", "en", "hard", "Jira notification: ticket status 'Rejected' on volunteer project",
    frm="Jira <jira@foodbankvolunteers.atlassian.net>",
    subj="[JIRA] (FBV-219) Volunteer shift export to CSV - status changed to Rejected",
    date="2025-12-02 14:04 +0000", fmt="alt", hdrs=AG,
    body="""Priyanka Shah changed the status of FBV-219 to Rejected.

FBV-219: Volunteer shift export to CSV
Assignee: Jamie Ortiz
Resolution: Won't Do
Comment: Duplicate of FBV-187 which already offers an export. Let's hold this one and revisit the interview-scheduling feature for the volunteer coordinators instead.

View issue: https://foodbankvolunteers.atlassian.net/browse/FBV-219""")

add("other", "", "", "", "", "en", "easy", "dentist appointment calendar invitation (not a job)",
    frm="Bright Smiles Family Dentistry <appointments@brightsmilesfd.com>",
    subj="Appointment confirmation: cleaning on Tue Mar 10, 8:00 AM",
    date="2026-03-02 11:00 -0600", fmt="alt",
    ics=ics("Dental cleaning - Bright Smiles Family Dentistry", "20260310T140000Z", "20260310T150000Z",
            "Bright Smiles Family Dentistry", "appointments@brightsmilesfd.com",
            "4400 W 95th St, Suite 210", "bsfd-appt-55120@brightsmilesfd.com", "Routine cleaning and x-rays."),
    body="""Hi Jamie,

This confirms your appointment:

Cleaning and x-rays with Dr. Ng
Tuesday, March 10, 2026 at 8:00 AM
4400 W 95th St, Suite 210

Please arrive 10 minutes early. To reschedule or cancel, call 913-555-0120 at least 24 hours ahead.

Bright Smiles Family Dentistry""")

add("other", "", "Aisha", "", "", "en", "hard", "friend shares her own offer news and interview story",
    frm="Aisha Bello <aisha.bello.b@gmail.com>",
    subj="I GOT IT",
    date="2026-08-11 19:55 -0400", fmt="alt",
    body="""JAMIE. They called this afternoon and made me an offer!!! Senior coordinator at the museum, the one with the three-round interview I kept complaining about.

Negotiated an extra week of PTO because of your pep talk. Dinner on me this weekend, and I want to hear how your interviews are going. Fingers crossed the Bluejay one comes through for you.

a""")

add("other", "", "", "", "", "en", "easy", "LinkedIn notification: profile views by recruiters",
    frm="LinkedIn <notifications-noreply@linkedin.com>",
    subj="Jamie, you appeared in 9 searches this week",
    date="2026-01-12 13:10 +0000", fmt="html",
    body="""Your profile is getting noticed

You appeared in 9 searches this week.
People who searched for you work at: Tessaract Interactive, Harborview Logistics, Northgate Software.

Recruiters viewed your profile 3 times. Turn on Open to Work to let them know you're available.

See all searches

This email was intended for Jamie Ortiz. Unsubscribe.""")

add("other", "", "", "", "", "en", "hard", "health insurance claim denied; appeal rights",
    frm="Keystone Health Plan <eob-noreply@keystonehp.com>",
    subj="Claim update: we were unable to approve your claim",
    date="2025-02-25 05:40 -0500", fmt="alt",
    body="""Hello Jamie,

We've processed claim #KH-8830291 for services on 01/28/2025. Unfortunately, we were unable to approve payment because the provider is out of network for your plan.

You have the right to appeal this decision within 180 days. Your Explanation of Benefits is available in the member portal.

Keystone Health Plan Member Services""")

add("other", "", "", "", "", "en", "hard", "Jamie's own sent message (copy) to a recruiter",
    frm="Jamie Ortiz <jamie.ortiz.apply@gmail.com>",
    to="Kenji Watanabe <kenji.watanabe@harborviewlog.com>",
    subj="Re: Transportation Analyst - case exercise & presentation",
    date="2026-03-10 08:02 -0700", cte="7bit",
    body="""Hi Kenji,

Thank you for the case exercise - I'm excited to dig into it. Friday March 20 at 10am PT works for me for the presentation, and I'll send the deck by 5pm on the 19th.

One question: should I assume current fuel surcharge rates hold for the next quarter, or would you like a sensitivity case?

Best,
Jamie Ortiz""")

add("other", "", "", "", "", "en", "hard", "grad school waitlist: 'offer of admission' may follow",
    frm="Whitmore University Graduate Admissions <gradadmit@whitmore.edu>",
    subj="Your application to the MS in Supply Chain Management",
    date="2026-04-01 16:00 -0500", fmt="alt",
    body="""Dear Jamie,

The admissions committee has completed its review of your application to the MS in Supply Chain Management for Fall 2026. We are placing your application on our waitlist.

We expect to make any additional offers of admission by May 15. No action is required to remain on the waitlist, but you may submit an updated resume through the applicant portal.

Office of Graduate Admissions
Whitmore University""")

add("other", "", "", "", "", "en", "hard", "hackathon submission not selected for finals",
    frm="Devpost <support@devpost.com>",
    subj="Results are in for CivicHack Spring 2025",
    date="2025-04-21 12:00 -0400", fmt="html",
    body="""Hi Jamie,

Thank you for submitting BusBuddy to CivicHack Spring 2025! The judges reviewed 140 projects.

Your project was not selected as a finalist this time, but the judges left feedback on your submission page. Congrats on shipping something in 36 hours!

See the winners and judges' feedback on Devpost.

The Devpost Team""")

add("other", "", "", "", "", "en", "easy", "job board weekly newsletter: interview tips and salary guide",
    frm="Indeed Career Guide <careerguide@indeed.com>",
    subj="How to answer \u201cWhy should we hire you?\u201d + this week's salary guide",
    date="2026-10-06 09:30 -0500", fmt="html",
    body="""Career Guide Weekly

How to answer "Why should we hire you?" in your next interview
Three sample answers for career changers.

Salary guide: Inventory Analysts in Kansas City earn $58,400 on average.

What to do when an employer ghosts you after the final round.

Indeed, 6433 Champion Grandview Way, Austin, TX 78750. Unsubscribe.""")

add("other", "", "", "", "", "en", "hard", "airline: flight cancelled 'we regret'; rebooked",
    frm="Lakeshore Regional Airlines <notifications@flylakeshore.com>",
    subj="Important: your flight LR 2214 has been cancelled",
    date="2026-02-20 05:12 -0600", fmt="alt",
    body="""Dear Jamie Ortiz,

We regret to inform you that flight LR 2214 from Milwaukee (MKE) to Kansas City (MCI) on February 20 has been cancelled due to weather.

We've rebooked you on LR 2230 departing 2:40 PM the same day. If the new flight does not work for you, you can change it at no cost or request a refund at flylakeshore.com/manage.

Confirmation code: QX7PLM

We apologize for the inconvenience.
Lakeshore Regional Airlines""")


def main() -> None:
    import random

    OUT.mkdir(parents=True, exist_ok=True)
    order = list(range(len(SPECS)))
    random.Random(7).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        s = SPECS[idx]
        name = f"{n:03d}.eml"
        data = build(idx, s)
        (OUT / name).write_bytes(data)
        rows.append([name, s["label"], s["company"], s["contact"], s["role"], s["rdate"], s["lang"],
                     s["diff"], s["notes"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
                    "difficulty", "notes"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
