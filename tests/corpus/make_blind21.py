"""Generate the blind21 evaluation corpus (job-search mail for "Luca Bianchi").

Stdlib only. Writes tests/corpus/blind21/NNN.eml and tests/corpus/blind21/labels.csv.
Run: python tests/corpus/make_blind21.py
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import hashlib
import random
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind21"
ME = Address("Luca Bianchi", "luca.bianchi.lavoro", "gmail.com")
ME_STR = "Luca Bianchi <luca.bianchi.lavoro@gmail.com>"

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

MESSAGES: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
        frm: str, subj: str, date: str, body: str, **kw: object) -> None:
    """Register one message. date: 'YYYY-MM-DD HH:MM +HHMM'."""
    MESSAGES.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                         diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body, **kw))


def parse_date(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def fill(text: str, lang: str) -> str:
    """Replace {W:YYYY-MM-DD} with the weekday name in the message language."""
    def rep(m: re.Match[str]) -> str:
        d = dt.date.fromisoformat(m.group(1))
        return WEEKDAYS[lang][d.weekday()]
    return re.sub(r"\{W:(\d{4}-\d\d-\d\d)\}", rep, text)


def domain_of(frm: str) -> str:
    m = re.search(r"@([\w.-]+)", frm)
    return m.group(1) if m else "mail.example"


def msgid(i: int, frm: str, style: str = "") -> str:
    h = hashlib.sha1(f"blind21-{i}-{frm}".encode()).hexdigest()
    dom = domain_of(frm)
    if style == "outlook":
        return f"<{h[:20].upper()}@{h[20:28].upper()}.eurprd0{i % 9}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{h[:30]}+{h[30:36]}@mail.gmail.com>"
    return f"<{h[:16]}.{h[16:24]}@{dom}>"


def pdf_bytes(title: str) -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + title.encode("latin-1", "replace")
            + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def ics(start: str, end: str, tzid: str, summary: str, organizer: str, uid: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nSUMMARY:{summary}\r\nDTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}\r\n"
        f"ORGANIZER:mailto:{organizer}\r\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:luca.bianchi.lavoro@gmail.com\r\n"
        "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def build(i: int, m: dict) -> EmailMessage:
    lang = m["lang"]
    msg = EmailMessage(policy=email.policy.SMTP)
    d = parse_date(m["date"])
    frm = m["frm"]
    addr = m.get("return_path") or re.search(r"[^<\s]+@[^>\s]+", frm).group(0)
    msg["Delivered-To"] = "luca.bianchi.lavoro@gmail.com"
    msg["Return-Path"] = f"<{addr}>"
    msg["From"] = frm
    msg["To"] = m.get("to", ME_STR)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = fill(m["subj"], lang)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = msgid(i, frm, m.get("mid", ""))
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    body = fill(m["body"], lang)
    cte = m.get("cte")
    fmt = m.get("fmt", "plain")
    html = m.get("html")
    if html is not None:
        html = fill(html, lang)
    if fmt == "html":
        msg.set_content(html, subtype="html", cte=cte or "quoted-printable")
    else:
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
        if fmt == "alt":
            msg.add_alternative(html, subtype="html", cte=m.get("html_cte", "quoted-printable"))
    if m.get("ics"):
        cal = m["ics"]
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
    if m.get("pdf"):
        msg.add_attachment(pdf_bytes(m["pdf"]), maintype="application", subtype="pdf", filename=m["pdf"])
    return msg


def html_wrap(inner: str, footer: str = "") -> str:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">"
            f"<table width=\"600\" align=\"center\"><tr><td>{inner}</td></tr>"
            f"<tr><td style=\"font-size:11px;color:#888\">{footer}</td></tr></table></body></html>")


def para(text: str) -> str:
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))


AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
AG = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

# ---------------------------------------------------------------- rejections (26)
add("rejection", "Limmat Privatbank", "", "Data Engineer (80-100%)", "de", "easy", "Umantis template; 'Absage'",
    "Limmat Privatbank Recruiting <noreply@umantis.com>", "Ihre Bewerbung als Data Engineer (80-100%) – Absage",
    "2025-02-12 16:40 +0100",
    """Sehr geehrter Herr Bianchi

Vielen Dank für Ihr Interesse an der Limmat Privatbank und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Kandidatur für die Stelle Data Engineer (80-100%) nicht weiter berücksichtigen können. Dieser Entscheid ist uns angesichts der vielen qualifizierten Bewerbungen nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Limmat Privatbank AG
Human Resources

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.""", headers=AG)

add("rejection", "Quadrant & Hale", "Imogen", "Senior BI Developer", "en", "hard",
    "after final round; praises him; 'keep in touch'",
    "Imogen Pryce <imogen.pryce@quadranthale.co.uk>", "Re: Final round – Senior BI Developer",
    "2025-03-07 11:02 +0000",
    """Hi Luca,

Thanks again for coming in on Tuesday and for the care you put into the modelling exercise - the panel genuinely enjoyed it.

I'll be straight with you: we've asked another finalist to join the team. It came down to very recent hands-on experience with our insurance clients' reporting stack, which tipped it their way. It was close.

I'd like to keep in touch, though. We open two or three BI roles a year and I'd happily put your name forward next time without the full process again.

Warm regards,
Imogen

Imogen Pryce | Talent Partner, Data & Analytics
Quadrant & Hale LLP | 14 Gresham Street, London""",
    mid="outlook", irt="<8F2A1C0E7B@quadranthale.co.uk>")

add("rejection", "Rheinfeld Therapeutics", "", "Data Engineer, Clinical Data Platforms", "en", "easy", "Workday template",
    "Rheinfeld Therapeutics <rheinfeld@myworkday.com>",
    "Update on your application: Data Engineer, Clinical Data Platforms (R-0041877)",
    "2025-04-02 09:15 +0200",
    """Dear Luca,

Thank you for applying to the Data Engineer, Clinical Data Platforms position (R-0041877) at Rheinfeld Therapeutics.

We have reviewed your application carefully. Unfortunately, we will not be moving forward with your candidacy at this time.

We encourage you to keep an eye on our careers site and apply for future openings that match your profile.

Kind regards,
Talent Acquisition
Rheinfeld Therapeutics

This is a system-generated message from Workday. Replies to this address are not monitored.""",
    headers=AG)

add("rejection", "Tallyfox", "Jonas", "Analytics Engineer", "en", "hard", "very short; no rejection keywords",
    "Jonas Wendt <jonas@tallyfox.io>", "Analytics Engineer @ Tallyfox",
    "2025-04-18 18:22 +0200",
    """Hey Luca,

quick one - we went with someone who's already deep in dbt + Snowflake, so this one didn't work out on our side. Thanks for the good conversation last week, really.

Jonas""", mid="gmail")

add("rejection", "Northgate Mutual", "", "Data Warehouse Developer", "en", "easy", "iCIMS; HTML only",
    "Northgate Mutual Careers <careers-noreply@icims.com>", "Your application with Northgate Mutual",
    "2025-05-06 14:31 -0400", "",
    fmt="html", html=html_wrap(para("""Dear Luca Bianchi,

Thank you for your interest in the Data Warehouse Developer position at Northgate Mutual Insurance Company.

After careful review, we have decided to pursue other applicants whose experience more closely matches the requirements of this role.

We appreciate the time you invested and wish you success in your search.

Sincerely,
Northgate Mutual Talent Acquisition"""), "Powered by iCIMS. Please do not reply to this email."),
    headers=AG)

add("rejection", "Conseil Arbelle", "Claire", "Consultant Data & BI", "fr", "easy", "French consultancy; after interview",
    "Claire Dumoulin <c.dumoulin@arbelle-conseil.fr>", "Votre candidature – Consultant Data & BI",
    "2025-05-21 17:05 +0200",
    """Bonjour Luca,

Je vous remercie pour l'entretien de la semaine dernière et pour l'intérêt que vous portez à Conseil Arbelle.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Consultant Data & BI. Nous avons retenu un profil ayant davantage d'expérience en mission de conseil auprès du secteur public.

Je vous souhaite pleine réussite dans vos recherches.

Bien cordialement,

Claire Dumoulin
Responsable Recrutement
Conseil Arbelle""")

add("rejection", "Gridwise Analytics", "", "Data Engineer", "en", "hard",
    "Lever; 'not the right match at this time' plus invitation to talent community",
    "Gridwise Analytics <no-reply@hire.lever.co>", "Thanks from Gridwise Analytics",
    "2025-06-03 10:47 +0100",
    """Hi Luca,

Thanks so much for taking the time to apply for the Data Engineer role with us. We've had a look through your background and, while there's a lot to like, it's not the right match at this time.

We'd love for you to join our talent community so we can reach out when something closer to your experience opens up: https://jobs.lever.co/gridwise/talent

All the best,
The Gridwise Analytics Hiring Team""")

add("rejection", "Banco Meridia", "", "Ingeniero/a de Datos", "es", "easy", "Spanish; SuccessFactors",
    "Banco Meridia - Talento <talento@successfactors.eu>", "Banco Meridia: estado de su candidatura",
    "2025-06-19 12:10 +0200",
    """Estimado/a Luca Bianchi:

Le agradecemos el interés mostrado en formar parte de Banco Meridia y en la posición de Ingeniero/a de Datos (ref. 24811).

Tras analizar su perfil, lamentamos comunicarle que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso.

Conservaremos sus datos en nuestra base para futuras oportunidades, de acuerdo con nuestra política de privacidad.

Atentamente,
Dirección de Talento
Banco Meridia""", headers=AG)

add("rejection", "Kornhaus Retail", "Sabine", "BI Developer Supply Chain", "de", "hard",
    "German; HR forwards team decision; quoted invite mentions next round",
    "Sabine Egli <sabine.egli@kornhaus.ch>", "AW: Zweitgespräch BI Developer Supply Chain",
    "2025-07-01 08:55 +0200",
    """Hallo Luca

Leider habe ich keine guten Nachrichten. Das Team hat sich nach den Zweitgesprächen für eine Kandidatin entschieden, die bereits SAP-BW-Erfahrung aus dem Detailhandel mitbringt. Ich weiss, das ist nach zwei Runden enttäuschend.

Dein Dossier hat uns gut gefallen – wenn du einverstanden bist, behalte ich es für ähnliche Stellen im Hinterkopf.

Liebe Grüsse
Sabine

-----Ursprüngliche Nachricht-----
Von: Sabine Egli
Gesendet: Montag, 16. Juni 2025 10:12
An: Luca Bianchi
Betreff: Zweitgespräch BI Developer Supply Chain

Hallo Luca, wir möchten dich gerne zu einem Zweitgespräch einladen. Passt dir Mittwoch, 25. Juni um 14:00 Uhr?""",
    mid="outlook", irt="<ZWEIT-7731@kornhaus.ch>")

add("rejection", "Pondlake", "", "Senior Data Engineer", "en", "easy", "Ashby template",
    "Pondlake Recruiting <no-reply@ashbyhq.com>", "Your application to Pondlake",
    "2025-07-14 13:20 -0700",
    """Hi Luca,

Thank you for your interest in the Senior Data Engineer role at Pondlake. After reviewing your application, we've decided not to move forward at this time.

We know job searching takes real effort, and we appreciate you considering us.

Best,
Pondlake Talent Team""", headers=AG)

add("rejection", "Laboratoires Orvane", "", "Ingénieur Data (H/F)", "fr", "hard",
    "French; 'votre profil a retenu notre attention' yet a no",
    "Laboratoires Orvane <recrutement@orvane-careers.com>", "Suite à votre candidature – Ingénieur Data (H/F)",
    "2025-08-04 09:30 +0200",
    """Monsieur,

Votre profil a retenu toute notre attention et nous vous remercions de l'intérêt porté aux Laboratoires Orvane.

Toutefois, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature au poste d'Ingénieur Data (H/F), les compétences recherchées ne correspondant pas exactement à votre parcours.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement
Laboratoires Orvane""", headers=AG)

add("rejection", "Harbourline Bank", "Marcus", "Data Engineer, Risk Technology", "en", "hard",
    "agency recruiter relays client decision; mentions interview feedback",
    "Marcus Deane <marcus.deane@morrowtalent.co.uk>", "Harbourline feedback",
    "2025-08-22 16:48 +0100",
    """Luca,

Heard back from Harbourline on the Risk Technology Data Engineer role. They liked your SQL round but the hiring manager felt the Spark depth wasn't quite where they need it for this team, so they're not taking it further.

Sorry mate - I know you were keen. I've got a couple of other data roles with banks in the City that I think suit you better; free for a call Monday?

Cheers,
Marcus Deane
Senior Consultant | Morrow Talent Partners
+44 20 7946 0381""")

add("rejection", "Universität Lindenberg", "", "Data Engineer Forschungsdatenmanagement (80%)", "de", "easy",
    "German university; formal letter",
    "Universität Lindenberg <jobs@uni-lindenberg.de>", "Ihre Bewerbung – Kennziffer 2025/118",
    "2025-09-09 11:00 +0200",
    """Sehr geehrter Herr Bianchi,

wir danken Ihnen für Ihre Bewerbung auf die Stelle "Data Engineer Forschungsdatenmanagement (80%)", Kennziffer 2025/118.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Stelle anderweitig besetzt wurde. Ihre Unterlagen werden gemäss den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüssen
Im Auftrag
Personalabteilung
Universität Lindenberg""")

add("rejection", "Lumeva Biosciences", "Priya", "Staff Data Engineer", "en", "hard",
    "warm note; says 'extended an offer' to someone else",
    "Priya Natarajan <priya@lumevabio.com>", "Staff Data Engineer - update",
    "2025-09-24 15:12 -0400",
    """Hi Luca,

I wanted you to hear this from me rather than from the system. Yesterday we extended an offer to another candidate for the Staff Data Engineer position, and they've accepted.

Your onsite was strong - the team especially liked your approach to the lineage question - and I'd be happy to connect you with our platform group if they open a role next year.

Best,
Priya Natarajan
Director, Data Engineering
Lumeva Biosciences""")

add("rejection", "Stadt Seewil", "", "Data Analyst/in Statistik (60-80%)", "de", "hard",
    "German city admin; 'andere Bewerbung berücksichtigt'; mentions Vorstellungsgespräch",
    "Stadt Seewil Personaldienst <personal@seewil.ch>", "Stelle Data Analyst/in Statistik (60-80%)",
    "2025-10-08 10:18 +0200",
    """Guten Tag Herr Bianchi

Herzlichen Dank für das angenehme Vorstellungsgespräch vom vergangenen Donnerstag.

Wir haben uns nach sorgfältiger Abwägung für eine andere Bewerbung entschieden, deren Profil unseren Anforderungen in der amtlichen Statistik noch etwas näher kommt.

Ihre Bewerbungsunterlagen senden wir Ihnen nicht zurück; sie werden vernichtet.

Freundliche Grüsse

Personaldienst Stadt Seewil""")

add("rejection", "Mercadillo", "Lucía", "Data Engineer", "es", "hard", "Spanish; Teamtailor; warm, 'otro camino'",
    "Lucía Ferrer <lucia.ferrer@mercadillo.teamtailor-mail.com>", "Gracias, Luca",
    "2025-10-27 19:03 +0100",
    """¡Hola Luca!

Muchas gracias por tu tiempo en las entrevistas con el equipo de datos. Nos ha encantado conocerte.

Después de darle muchas vueltas, hemos decidido seguir otro camino para este puesto de Data Engineer: buscamos a alguien con más experiencia en streaming en tiempo real.

Ojalá coincidamos en el futuro. ¡Mucha suerte!

Lucía
People Team · Mercadillo""")

add("rejection", "Assurances Clairmont", "", "Développeur BI (H/F)", "fr", "easy", "French insurer; ATS template",
    "Assurances Clairmont <ne-pas-repondre@clairmont.recruitee.com>", "Votre candidature chez Assurances Clairmont",
    "2025-11-12 08:41 +0100",
    """Bonjour Luca,

Nous vous remercions pour votre candidature au poste de Développeur BI (H/F).

Malheureusement, votre candidature n'a pas été retenue. Nous avons reçu un grand nombre de candidatures et avons fait le choix de profils plus proches de nos besoins actuels.

Nous vous souhaitons une excellente continuation.

L'équipe Talents
Assurances Clairmont""", headers=AG)

add("rejection", "Brightforge Consulting", "Hannah", "Data Engineer (Public Sector)", "en", "hard",
    "reply to his thank-you; quoted text is the interview confirmation",
    "Hannah Cole <hannah.cole@brightforge.com>", "RE: Thank you - Data Engineer interview",
    "2025-12-03 12:26 -0500",
    """Luca,

Appreciate the note. Unfortunately we won't be progressing your application for this role - the client needed someone with an active US clearance, which we should have flagged earlier. My apologies for that.

Regards,
Hannah

Hannah Cole
Recruiting Lead, Brightforge Consulting

From: Luca Bianchi <luca.bianchi.lavoro@gmail.com>
Sent: Friday, November 28, 2025 9:14 AM
To: Hannah Cole
Subject: Thank you - Data Engineer interview

Hi Hannah, thanks for confirming the interview for Tuesday at 10:00 ET and for the call today. Looking forward to it!""",
    mid="outlook", irt="<CA77e1aab0@mail.gmail.com>")

add("rejection", "Ostbahn Infrastruktur GmbH", "", "Data Engineer Instandhaltung (m/w/d)", "de", "easy",
    "German railway; Softgarden",
    "Ostbahn Infrastruktur GmbH <noreply@softgarden.io>", "Absage: Data Engineer Instandhaltung (m/w/d)",
    "2026-01-14 15:02 +0100",
    """Sehr geehrter Herr Bianchi,

vielen Dank für Ihre Bewerbung als Data Engineer Instandhaltung (m/w/d) bei der Ostbahn Infrastruktur GmbH.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben. Bitte sehen Sie dies nicht als Abwertung Ihrer Qualifikation.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Ostbahn Infrastruktur GmbH""", headers=AG)

add("rejection", "Vantor Health", "", "Analytics Engineer", "en", "hard",
    "Greenhouse; position filled internally; footer mentions interviews",
    "Vantor Health <no-reply@us.greenhouse-mail.io>", "Analytics Engineer at Vantor Health",
    "2026-02-02 11:44 -0500",
    """Hi Luca,

Thanks for your interest in Vantor Health. We wanted to let you know that the Analytics Engineer role has been filled by an internal candidate, so we're closing out remaining applications.

If you're invited to interview for other roles with us in the future, you'll receive a separate email from our team.

Thank you,
Vantor Health Recruiting""")

add("rejection", "Maison Lavande", "Julien", "Data Engineer Retail", "fr", "hard",
    "French; curt; no standard phrase; 'on part sur un autre profil'",
    "Julien Marchetti <julien.marchetti@maisonlavande.fr>", "Re: Data Engineer Retail",
    "2026-02-20 18:37 +0100",
    """Luca,

Merci pour ton retour sur le cas pratique. Après discussion avec l'équipe, on part sur un autre profil, plus orienté Azure.

Bonne continuation,
Julien""", mid="gmail", irt="<CAluca1120@mail.gmail.com>")

add("rejection", "Cobalt Freight", "", "Data Engineer", "en", "easy", "SmartRecruiters template",
    "Cobalt Freight <noreply@smartrecruiters.com>", "Your application for Data Engineer",
    "2026-03-11 07:58 -0500",
    """Dear Luca,

Thank you for applying for the Data Engineer position at Cobalt Freight. We regret to inform you that you have not been selected to move forward in the process.

We will keep your resume on file and may contact you if a suitable position becomes available.

Best regards,
Cobalt Freight Recruiting""", headers=AG)

add("rejection", "Helio Energie", "Kathrin", "Senior Data Engineer (w/m/d)", "en", "hard",
    "German; Personio; rejection plus referral to a partner company",
    "Kathrin Vogel <kathrin.vogel@helio-energie.de>", "Your application at Helio",
    "2026-04-09 14:15 +0200",
    """Hi Luca,

thanks for the great conversations! In the end we went with someone with more energy-trading experience, so it's not a fit for the Senior Data Engineer (w/m/d) position, unfortunately.

I really liked your profile though. A friendly startup in Munich is looking for a Data Engineer right now – may I introduce you?

Best,
Kathrin
Talent Acquisition | Helio Energie""", reply_to="kathrin.vogel@helio-energie.de")

add("rejection", "Northwind Rail", "", "BI Developer", "en", "hard",
    "Taleo; HTML+text; 'requisition' wording but a candidate decision",
    "Northwind Rail Careers <northwindrail@taleo.net>", "Northwind Rail - Application Status",
    "2026-05-15 09:02 +0100",
    """Dear Luca Bianchi,

Re: Requisition 26-0388 - BI Developer

Thank you for the interest you have shown in Northwind Rail. Having carefully considered your application against the requirements of the role, we regret that on this occasion you have not been shortlisted.

Yours sincerely,
Resourcing Team
Northwind Rail""", fmt="alt",
    html=html_wrap(para("""Dear Luca Bianchi,

<b>Re: Requisition 26-0388 - BI Developer</b>

Thank you for the interest you have shown in Northwind Rail. Having carefully considered your application against the requirements of the role, we regret that on this occasion you have not been shortlisted.

Yours sincerely,
Resourcing Team<br>Northwind Rail"""), "Taleo Business Edition"))

add("rejection", "Datalinde", "Marta", "Data Engineer", "es", "hard", "Spanish; base64; mentions 'oferta' to someone else",
    "Marta Ruiz <marta.ruiz@datalinde.es>", "Proceso Data Engineer – Datalinde",
    "2026-06-30 13:40 +0200",
    """Hola Luca,

Te escribo para cerrar el proceso de Data Engineer. Finalmente hemos hecho una oferta a otra persona, que la ha aceptado, así que no podremos seguir contigo.

Te agradezco mucho la prueba técnica; estaba muy bien resuelta. Si te parece, te tendré en cuenta para próximas vacantes.

Un saludo,
Marta Ruiz
Responsable de Selección, Datalinde""", cte="base64")

add("rejection", "Kestrelbank", "", "Data Platform Engineer", "en", "easy", "standard template with Auto-Submitted",
    "Kestrelbank Talent <talent@kestrelbank.jobvite.com>", "Kestrelbank: Data Platform Engineer",
    "2026-09-16 10:05 +0100",
    """Dear Luca,

Thank you for your application for the Data Platform Engineer role. We have now reviewed all applications and, on this occasion, we will not be taking yours further.

Thank you for your interest in Kestrelbank.

Kestrelbank Talent Acquisition""", headers=AG)

# ---------------------------------------------------------------- on_hold (10)
add("on_hold", "Alpensicht Versicherungen", "Reto", "Data Engineer Schadenanalytik", "en", "easy", "hiring freeze; Swiss insurer writing English",
    "Reto Baumann <reto.baumann@alpensicht.ch>", "Data Engineer Schadenanalytik – hiring freeze",
    "2025-03-19 09:12 +0100",
    """Dear Mr Bianchi

I'm afraid I have to let you know that our executive board decided yesterday on a temporary hiring freeze. This also affects the Data Engineer Schadenanalytik position, so we are unable to continue the process at the moment.

This has nothing to do with your application - quite the opposite. As soon as the position is released again, I will contact you directly.

Kind regards
Reto Baumann
HR Business Partner, Alpensicht Versicherungen AG""")

add("on_hold", "Pondlake", "Derek", "Data Engineer, Growth", "en", "hard", "'pausing this search'; reads like a soft no",
    "Derek Huang <derek@pondlake.com>", "Quick update on Data Engineer, Growth",
    "2025-05-28 16:30 -0700",
    """Hi Luca,

Not the update either of us wanted: after our board meeting we're pausing this search until Q3 while we rework the growth roadmap. Nothing to do with you - you were one of two people we wanted to bring onsite.

I'll reach out the moment the headcount comes back.

Derek""")

add("on_hold", "Rheinfeld Therapeutics", "", "Senior BI Developer", "en", "hard", "Workday; requisition cancelled; 'no longer be considered'",
    "Rheinfeld Therapeutics <rheinfeld@myworkday.com>", "Senior BI Developer (R-0043310) – position update",
    "2025-08-12 10:05 +0200",
    """Dear Luca,

We are writing to let you know that the requisition for Senior BI Developer (R-0043310) has been cancelled due to a change in business needs. As a result, applications for this position will no longer be considered.

This decision is not a reflection of your qualifications. We encourage you to apply to other open roles on our careers site.

Kind regards,
Talent Acquisition, Rheinfeld Therapeutics""", headers=AG)

add("on_hold", "Groupe Solvane", "Camille", "Data Engineer Senior (H/F)", "fr", "easy", "French; reorganisation",
    "Camille Perrin <camille.perrin@solvane.fr>", "Poste Data Engineer Senior – mise en pause",
    "2025-10-15 11:40 +0200",
    """Bonjour Luca,

Je reviens vers vous concernant le poste de Data Engineer Senior (H/F). Suite à une réorganisation de la direction Data, le recrutement est suspendu pour une durée indéterminée.

Je tiens à préciser que cette décision n'est pas liée à votre candidature, que nous avions appréciée. Je ne manquerai pas de vous recontacter si le poste est rouvert.

Bien à vous,
Camille Perrin
Chargée de recrutement – Groupe Solvane""")

add("on_hold", "Tallyfox", "", "Data Engineer (Platform)", "en", "easy", "Personio; role no longer open",
    "Tallyfox Recruiting <jobs@tallyfox.jobs.personio.de>", "Update on Data Engineer (Platform)",
    "2025-11-20 12:00 +0100",
    """Hi Luca,

We're writing to let you know that the Data Engineer (Platform) role is no longer open. We've had to adjust our hiring plans for the coming months and have closed this position for now.

Thanks for your interest in Tallyfox - we hope to reopen data roles next year.

Best,
Tallyfox Recruiting""")

add("on_hold", "Banco Meridia", "Javier", "Arquitecto/a de Datos", "es", "hard", "Spanish; budget; mentions 'última entrevista'",
    "Javier Ortega <jortega@bancomeridia.es>", "RE: Arquitecto/a de Datos – siguiente paso",
    "2026-01-22 17:50 +0100",
    """Hola Luca:

Te debía una respuesta tras la última entrevista. El presupuesto de 2026 para el área de datos ha quedado congelado y la posición de Arquitecto/a de Datos queda en suspenso hasta nueva orden.

Lamento no poder darte otra noticia; tu candidatura seguía adelante. En cuanto se desbloquee, te escribo.

Un abrazo,
Javier Ortega
Head of Data Platform · Banco Meridia""", mid="outlook", irt="<BM-ARQ-0098@bancomeridia.es>")

add("on_hold", "Cantonal Hospital Group Aarberg", "", "Data Engineer (80-100%)", "en", "hard",
    "keeps CV on file (rejection-like) but process stopped for restructuring",
    "KSA Jobs <jobs@ksa-aarberg.ch>", "Your application – Data Engineer (80-100%)",
    "2026-03-03 08:20 +0100",
    """Dear Mr Bianchi

Thank you for applying for the position of Data Engineer (80-100%).

Owing to an ongoing restructuring of our IT department, we have decided not to fill this position for the time being. We will keep your application on file and contact you should the vacancy be advertised again.

Kind regards
Human Resources
Cantonal Hospital Group Aarberg""")

add("on_hold", "Verdance", "Ellie", "Lead Data Engineer", "en", "hard", "role eliminated; Outlook quote mentions final interview",
    "Ellie Morgan <ellie.morgan@verdance.co>", "RE: Final interview - Lead Data Engineer",
    "2026-05-06 13:33 +0100",
    """Hi Luca,

I'm sorry to be writing this instead of confirming your final interview. Yesterday leadership decided to eliminate the Lead Data Engineer position as part of a wider restructure, so we have had to stop the process for everyone.

You were very much in contention. If the role comes back in a different shape I'll call you first.

Best,
Ellie

-----Original Message-----
From: Ellie Morgan
Sent: 29 April 2026 10:02
To: Luca Bianchi
Subject: Final interview - Lead Data Engineer

Hi Luca, we'd like to invite you to a final interview with our CTO next week.""",
    mid="outlook", irt="<VD-LDE-55@verdance.co>")

add("on_hold", "Stellwerk Digital", "Tobias", "Analytics Engineer (m/w/d)", "en", "hard", "JOIN; 'not to fill for the time being'",
    "Tobias Krämer via JOIN <notifications@join.com>", "Update on your application: Analytics Engineer (m/w/d)",
    "2026-07-08 10:44 +0200",
    """Hi Luca,

quick update from Stellwerk Digital: we've decided internally not to fill the Analytics Engineer (m/w/d) position for the time being, because a large client project has been pushed back.

We'll get in touch as soon as we're hiring again. Thanks for your patience!

Tobias Krämer
Co-Founder, Stellwerk Digital""")

add("on_hold", "Université de Valmont", "", "Ingénieur·e de données (CDD)", "fr", "easy", "French; concours annulé / poste gelé",
    "Université de Valmont – RH <rh-recrutement@univ-valmont.fr>", "Recrutement Ingénieur·e de données – report",
    "2026-10-05 15:00 +0200",
    """Madame, Monsieur,

Nous vous informons que le recrutement au poste d'Ingénieur·e de données (CDD) est reporté : les crédits correspondants ont été gelés dans l'attente du vote du budget de l'établissement.

Les candidatures reçues seront réexaminées si le poste est réouvert. Aucune décision n'a été prise sur les dossiers individuels.

Le service des ressources humaines
Université de Valmont""")

# ---------------------------------------------------------------- interview (22)
add("interview", "Quadrant & Hale", "Imogen", "Senior BI Developer", "en", "easy",
    "final round confirmation with concrete time (London time)",
    "Imogen Pryce <imogen.pryce@quadranthale.co.uk>", "Final round – Senior BI Developer",
    "2025-02-26 14:20 +0000",
    """Hi Luca,

Great news - the team would like you back for the final round. I've booked you in for {W:2025-03-04} 4 March at 10:00 London time at our Gresham Street office, running until about 12:30:

- 10:00 modelling exercise walkthrough (with Tom and Anika)
- 11:15 conversation with Ruth Okoye, Head of Data & Analytics

Ask for me at reception. Any dietary needs for lunch afterwards?

Imogen""", interview_at="2025-03-04T10:00:00+00:00", mid="outlook")

add("interview", "Limmat Privatbank", "Nadine", "BI Developer (100%)", "de", "easy", "German; Einladung with date",
    "Nadine Huber <nadine.huber@limmatbank.ch>", "Einladung zum Vorstellungsgespräch – BI Developer (100%)",
    "2025-03-12 10:30 +0100",
    """Sehr geehrter Herr Bianchi

Gerne laden wir Sie zu einem ersten Vorstellungsgespräch für die Stelle BI Developer (100%) ein.

Datum: {W:2025-03-20}, 20. März 2025
Zeit: 14:00 – 15:00 Uhr
Ort: Limmat Privatbank AG, Bahnhofstrasse 61, 8001 Zürich, Empfang 2. OG

Am Gespräch nehmen Herr Stefan Moser (Teamleiter Data Warehouse) und ich teil. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse
Nadine Huber
Recruiting, Limmat Privatbank AG""", interview_at="2025-03-20T14:00:00+01:00")

add("interview", "Tallyfox", "Jonas", "Analytics Engineer", "en", "hard", "'quick chat'; scheduling link; no word interview",
    "Jonas Wendt <jonas@tallyfox.io>", "coffee chat?",
    "2025-04-03 09:41 +0200",
    """Hi Luca,

Saw your application for the Analytics Engineer spot and liked the dbt project on your GitHub. Fancy a 30 min chat so I can tell you what we're building and hear what you're after?

Grab any slot that works: https://calendly.com/jonas-tallyfox/30min

Jonas
CTO, Tallyfox""", mid="gmail")

add("interview", "Northgate Mutual", "", "Data Warehouse Developer", "en", "easy", "GoodTime scheduling; list of slots",
    "Northgate Mutual Recruiting <scheduling@goodtime.io>", "Schedule your interview with Northgate Mutual",
    "2025-04-22 11:05 -0400",
    """Hi Luca,

The Northgate Mutual team would like to schedule a 45-minute video interview for the Data Warehouse Developer position.

Please choose a time that works for you using the link below. Available times are shown in your local time zone.

Select a time: https://schedule.goodtime.io/northgate/7f3a91

Thanks,
Northgate Mutual Talent Acquisition""", headers=AG)

add("interview", "Conseil Arbelle", "Claire", "Consultant Data & BI", "fr", "easy", "French; entretien with date",
    "Claire Dumoulin <c.dumoulin@arbelle-conseil.fr>", "Entretien – Consultant Data & BI",
    "2025-05-06 15:12 +0200",
    """Bonjour Luca,

Suite à notre échange téléphonique, je vous confirme votre entretien avec Marc Lefort, Directeur du pôle Data, le {W:2025-05-13} 13 mai à 9h30 (heure de Paris), en visioconférence Teams. Le lien suit dans une invitation séparée.

Prévoyez environ une heure ; nous parlerons notamment d'une de vos missions récentes en détail.

Bien cordialement,
Claire Dumoulin
Responsable Recrutement – Conseil Arbelle""", interview_at="2025-05-13T09:30:00+02:00")

add("interview", "Gridwise Analytics", "", "Senior Data Engineer", "en", "easy", "Lever; take-home plus review session",
    "Gridwise Analytics <no-reply@hire.lever.co>", "Next steps: Senior Data Engineer take-home",
    "2025-06-24 12:00 +0100",
    """Hi Luca,

Thanks for chatting with us! The next stage for the Senior Data Engineer role is a short take-home exercise (about 3 hours) followed by a 60-minute review session with two engineers where you'll walk us through your solution.

You'll find the brief here: https://gridwise.example/takehome/a81c. Once you've submitted, reply with a few times that suit you for the review.

Best,
The Gridwise Analytics Hiring Team""")

add("interview", "Lumeva Biosciences", "Priya", "Staff Data Engineer", "en", "hard",
    "calendar invite; ET; ics part; word 'loop' not interview",
    "Priya Natarajan <priya@lumevabio.com>", "Invitation: Onsite loop - Luca Bianchi @ Tue Sep 9, 2025 9am - 1pm (EDT)",
    "2025-08-29 16:02 -0400",
    """Luca - here's the hold for your onsite loop at our Cambridge office. Four conversations back to back, lunch with the team at noon. Badge pickup at the front desk from 8:45.

When: Tuesday Sep 9, 2025 9:00am - 1:00pm (Eastern Time - New York)
Where: Lumeva Biosciences, 250 Binney St, Cambridge MA

- Priya""", interview_at="2025-09-09T09:00:00-04:00",
    ics=ics("20250909T090000", "20250909T130000", "America/New_York", "Onsite loop - Luca Bianchi",
            "priya@lumevabio.com", "lumeva-onsite-7781"))

add("interview", "Mercadillo", "Lucía", "Data Engineer", "es", "easy", "Spanish; videollamada with time",
    "Lucía Ferrer <lucia.ferrer@mercadillo.teamtailor-mail.com>", "Entrevista Data Engineer – Mercadillo",
    "2025-10-02 10:15 +0200",
    """¡Hola Luca!

Gracias por aplicar al puesto de Data Engineer. Nos gustaría conocerte en una primera entrevista por videollamada con Álvaro, nuestro Head of Data.

Te propongo el {W:2025-10-07} 7 de octubre a las 16:00 (hora de Madrid). Aquí tienes el enlace de Google Meet: https://meet.google.com/abc-merc-dat

Si no te viene bien, dímelo y buscamos otro hueco.

Un saludo,
Lucía · People Team""", interview_at="2025-10-07T16:00:00+02:00")

add("interview", "Stadt Seewil", "", "Data Analyst/in Statistik (60-80%)", "de", "hard",
    "German; relative date (Thursday in a week); formal",
    "Stadt Seewil Personaldienst <personal@seewil.ch>", "Einladung Vorstellungsgespräch",
    "2025-09-24 13:00 +0200",
    """Guten Tag Herr Bianchi

Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Data Analyst/in Statistik (60-80%) einzuladen. Das Gespräch findet am Donnerstag in einer Woche um 08:30 Uhr im Stadthaus Seewil, Sitzungszimmer 3, statt und dauert rund 75 Minuten.

Bitte bringen Sie einen amtlichen Ausweis mit.

Freundliche Grüsse
Personaldienst Stadt Seewil""", interview_at="2025-10-02T08:30:00+02:00")

add("interview", "Brightforge Consulting", "Hannah", "Data Engineer (Public Sector)", "en", "hard",
    "relative 'Tuesday at 10:00 ET'; phone screen wording",
    "Hannah Cole <hannah.cole@brightforge.com>", "Phone screen confirmed",
    "2025-11-27 15:40 -0500",
    """Hi Luca,

You're confirmed for a 30-minute phone screen with me on Tuesday at 10:00 ET. I'll call your mobile (+41 79 555 01 23). If anything changes, just reply here.

Hannah Cole
Recruiting Lead, Brightforge Consulting""", interview_at="2025-12-02T10:00:00-05:00")

add("interview", "Maison Lavande", "Julien", "Data Engineer Retail", "fr", "hard",
    "French; informal; 'un café' + cas pratique; no word entretien",
    "Julien Marchetti <julien.marchetti@maisonlavande.fr>", "Data Engineer Retail – on se voit ?",
    "2026-01-28 12:05 +0100",
    """Salut Luca,

Ton profil m'a bien plu. Ça te dirait de passer nous voir à Lyon pour un café et un petit cas pratique avec l'équipe ? Je peux te proposer le {W:2026-02-05} 5 février à 14h, ou le {W:2026-02-06} 6 au matin.

Dis-moi ce qui t'arrange.

Julien
Lead Data, Maison Lavande""", mid="gmail")

add("interview", "Vantor Health", "", "Senior Analytics Engineer", "en", "easy", "Greenhouse confirmation PT",
    "Vantor Health <no-reply@us.greenhouse-mail.io>", "Interview Confirmation: Senior Analytics Engineer",
    "2026-03-09 09:30 -0700",
    """Hi Luca,

This email confirms your upcoming interview for the Senior Analytics Engineer role at Vantor Health.

Date: Thursday, March 12, 2026
Time: 8:00 AM - 9:00 AM Pacific Time (PT)
Format: Zoom - https://vantor.zoom.us/j/88213344
Interviewers: Kelsey Park (Analytics Manager), Omar Rahal (Staff Engineer)

Please let us know if you need any accommodations.

Vantor Health Recruiting""", interview_at="2026-03-12T08:00:00-07:00",
    fmt="alt", html=html_wrap(para("""Hi Luca,

This email confirms your upcoming interview for the <b>Senior Analytics Engineer</b> role at Vantor Health.

<b>Date:</b> Thursday, March 12, 2026
<b>Time:</b> 8:00 AM - 9:00 AM Pacific Time (PT)
<b>Format:</b> Zoom
<b>Interviewers:</b> Kelsey Park, Omar Rahal

Vantor Health Recruiting"""), "Sent via Greenhouse"))

add("interview", "Helio Energie", "Kathrin", "Senior Data Engineer (w/m/d)", "en", "easy", "Personio; video call with proposed time (Berlin time implied by Date header)",
    "Kathrin Vogel <kathrin.vogel@helio-energie.de>", "Intro call: Senior Data Engineer (w/m/d)",
    "2026-03-18 09:10 +0100",
    """Hi Luca,

thanks a lot for your application! We'd love to get to know you in a first video call (45 min) with me and Felix, our Head of Data.

How about {W:2026-03-24}, 24.03., at 11:00? The Teams link will come with the calendar invite.

Best,
Kathrin
Talent Acquisition | Helio Energie""", interview_at="2026-03-24T11:00:00+01:00")

add("interview", "Harbourline Bank", "Marcus", "Data Engineer, Regulatory Reporting", "en", "hard",
    "agency recruiter; reschedule; 'tomorrow at 3pm' relative",
    "Marcus Deane <marcus.deane@morrowtalent.co.uk>", "RE: Harbourline - moved",
    "2026-04-14 17:25 +0100",
    """Luca,

Harbourline's hiring manager has a clash, so they've moved your video interview for the Data Engineer, Regulatory Reporting role to tomorrow at 3pm UK time instead of Thursday. Same Teams link. Shout if that doesn't work.

Marcus""", interview_at="2026-04-15T15:00:00+01:00", mid="outlook", irt="<MTP-HLB-2231@morrowtalent.co.uk>")

add("interview", "Datalinde", "Marta", "Data Engineer", "es", "hard", "Spanish; prueba técnica + entrevista; list of slots",
    "Marta Ruiz <marta.ruiz@datalinde.es>", "Siguiente fase – Data Engineer",
    "2026-05-27 11:30 +0200",
    """Hola Luca,

¡Buenas noticias! Has pasado a la siguiente fase. Consiste en una prueba técnica (unas 2 horas, la haces cuando quieras esta semana) y después una sesión de 45 minutos con dos personas del equipo para comentarla.

Para la sesión tengo hueco el jueves 4 de junio a las 10:00 o a las 17:00, o el viernes 5 a las 12:00. ¿Cuál prefieres?

Un saludo,
Marta""")

add("interview", "Kornhaus Retail", "Sabine", "Data Engineer Pricing", "en", "easy", "calendar invite (Windows TZ name in ics)",
    "Sabine Egli <sabine.egli@kornhaus.ch>", "Invitation: Interview Data Engineer Pricing – Luca Bianchi",
    "2026-06-10 08:10 +0200",
    """Hi Luca

As discussed on the phone, here is the invitation for your interview on {W:2026-06-16}, 16 June, 13:30–14:30 at our office in Zürich-Altstetten. You'll meet Roman (Team Lead Pricing Analytics) and me.

Best regards
Sabine""", interview_at="2026-06-16T13:30:00+02:00",
    ics=ics("20260616T133000", "20260616T143000", "W. Europe Standard Time", "Interview Data Engineer Pricing - Luca Bianchi",
            "sabine.egli@kornhaus.ch", "kornhaus-dep-1616"))

add("interview", "Pondlake", "Derek", "Data Engineer, Growth", "en", "hard",
    "search resumed (was on hold); Ashby scheduling; no concrete time",
    "Derek Huang <derek@pondlake.com>", "We're back - Data Engineer, Growth",
    "2025-09-02 10:00 -0700",
    """Hi Luca,

Good news: the Growth headcount is approved again. I'd love to pick up where we left off and bring you in for the virtual onsite (4 x 45 min).

Our coordinator will send an Ashby link shortly to book the slots. Still interested?

Derek""")

add("interview", "Cantonal Hospital Group Aarberg", "Martin", "Data Engineer (80-100%)", "en", "hard",
    "reply quotes earlier on-hold mail; now invites",
    "Martin Zbinden <martin.zbinden@ksa-aarberg.ch>", "Re: Your application – Data Engineer (80-100%)",
    "2026-08-18 14:00 +0200",
    """Dear Mr Bianchi

Good news after our last message: the restructuring is complete and the Data Engineer position has been re-approved. We would be pleased to invite you for an interview on Monday, 31 August 2026 at 10:00 at our Aarberg site (Building C, room 2.14).

Please confirm by reply.

Kind regards
Martin Zbinden
Head of Data & Integration

> Owing to an ongoing restructuring of our IT department, we have decided not to fill
> this position for the time being.""", interview_at="2026-08-31T10:00:00+02:00", irt="<KSA-DE-3001@ksa-aarberg.ch>")

add("interview", "Cobalt Freight", "", "Senior Data Engineer", "en", "easy", "Paradox assistant scheduling confirmation",
    "Olivia from Cobalt Freight <olivia@paradox.ai>", "Your interview is scheduled!",
    "2026-09-21 08:44 -0500",
    """Hi Luca! This is Olivia, Cobalt Freight's recruiting assistant.

You're all set for your Senior Data Engineer video interview on Thursday, September 24 at 9:30 AM Central Time. You'll meet with Brandon Lee, Data Platform Manager.

Need to reschedule? Just reply RESCHEDULE.""", interview_at="2026-09-24T09:30:00-05:00", headers=AG)

add("interview", "Sablier Data", "Inès", "Data Engineer Senior", "fr", "hard", "French; reschedule; base64; 'décalé'",
    "Inès Bouvier <ines.bouvier@sablierdata.fr>", "Re: Échange technique – décalage",
    "2026-10-13 09:05 +0200",
    """Bonjour Luca,

Petit changement : notre CTO est en déplacement jeudi. Est-ce qu'on peut décaler l'échange technique (Data Engineer Senior) au vendredi 16 octobre à 11h ? Même lien Meet.

Merci et désolée pour le contretemps,
Inès Bouvier
Talent Acquisition – Sablier Data""", interview_at="2026-10-16T11:00:00+02:00", cte="base64",
    irt="<SD-ET-9912@sablierdata.fr>")

add("interview", "Kestrelbank", "Aisha", "Data Engineer, Payments", "en", "hard",
    "hiring manager; ModernLoop link; preceded by 'unfortunately' (previous slot)",
    "Aisha Rahman <aisha.rahman@kestrelbank.co.uk>", "Data Engineer, Payments - next round",
    "2026-10-28 12:12 +0000",
    """Hi Luca,

Unfortunately the panel I'd lined up for next week fell through, so we'll need to rebook - apologies. Our coordinator has sent a ModernLoop link (https://app.modernloop.io/c/kb-7731) where you can pick a 90-minute slot for the technical panel with me and two engineers.

Looking forward to it,
Aisha Rahman
Engineering Manager, Payments Data | Kestrelbank""")

add("interview", "Ferrovia Andina", "", "Ingeniero/a de Datos Senior", "es", "easy", "Spanish; ATS invite with fixed time (CET stated)",
    "Ferrovia Andina - Selección <seleccion@ferroviaandina.workable.com>", "Invitación a entrevista: Ingeniero/a de Datos Senior",
    "2026-11-03 10:00 +0100",
    """Hola Luca:

Nos complace invitarte a una entrevista para la posición de Ingeniero/a de Datos Senior.

Fecha: miércoles 11 de noviembre de 2026
Hora: 15:00 (CET)
Modalidad: Microsoft Teams (recibirás el enlace por correo)

Por favor, confirma tu asistencia respondiendo a este correo.

Equipo de Selección
Ferrovia Andina""", interview_at="2026-11-11T15:00:00+01:00")

# ---------------------------------------------------------------- offer (6)
add("offer", "Lumeva Biosciences", "Priya", "Senior Data Engineer", "en", "easy", "offer letter PDF attached",
    "Priya Natarajan <priya@lumevabio.com>", "Your offer from Lumeva Biosciences",
    "2025-11-18 10:20 -0500",
    """Hi Luca,

I'm thrilled to share that we'd like you to join Lumeva Biosciences as a Senior Data Engineer on the platform team. Your offer letter is attached, with base salary, equity and the relocation package we discussed.

Please review and let me know if you have questions - happy to jump on a call. We'd love an answer by December 2.

Best,
Priya""", pdf="Lumeva_Offer_Letter_Luca_Bianchi.pdf")

add("offer", "Alpensicht Versicherungen", "Reto", "Data Engineer Schadenanalytik", "de", "easy", "German; Vertragsangebot",
    "Reto Baumann <reto.baumann@alpensicht.ch>", "Vertragsangebot Data Engineer Schadenanalytik",
    "2025-12-09 15:30 +0100",
    """Guten Tag Herr Bianchi

Es freut mich sehr, Ihnen im Namen der Alpensicht Versicherungen AG die Stelle als Data Engineer Schadenanalytik anbieten zu dürfen. Im Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung.

Wir würden uns freuen, wenn Sie uns den unterzeichneten Vertrag bis zum 19. Dezember retournieren.

Freundliche Grüsse
Reto Baumann
HR Business Partner""", pdf="Arbeitsvertrag_Bianchi.pdf")

add("offer", "Tallyfox", "Jonas", "Senior Analytics Engineer", "en", "hard", "verbal offer follow-up; never says 'offer'",
    "Jonas Wendt <jonas@tallyfox.io>", "following up on our call",
    "2026-02-11 19:10 +0100",
    """Luca,

As promised on the phone - here are the numbers for the Senior Analytics Engineer role in writing: EUR 82k base, 0.3% ESOP vesting over 4 years, 30 days holiday, fully remote within the EU with a Berlin visit once a month. Start date flexible, ideally 1 April.

If that works for you, I'll have Personio send the contract tomorrow. Really hope you say yes.

Jonas""", mid="gmail")

add("offer", "Sablier Data", "Inès", "Data Engineer Senior", "fr", "easy", "French; promesse d'embauche",
    "Inès Bouvier <ines.bouvier@sablierdata.fr>", "Proposition d'embauche – Data Engineer Senior",
    "2026-10-30 17:45 +0100",
    """Bonjour Luca,

J'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Data Engineer Senior chez Sablier Data, en CDI, à compter du 4 janvier 2027. Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et les avantages.

Nous restons à votre disposition pour en discuter.

Bien cordialement,
Inès Bouvier""", pdf="Promesse_embauche_Bianchi.pdf")

add("offer", "Kornhaus Retail", "", "Data Engineer Pricing", "en", "hard", "SuccessFactors HTML-only offer notice",
    "Kornhaus Careers <noreply@successfactors.eu>", "Your offer is ready",
    "2026-07-02 09:00 +0200", "", fmt="html",
    html=html_wrap(para("""Hello Luca Bianchi

Good news: Kornhaus Retail has created an offer for you for the position <b>Data Engineer Pricing</b>.

Please sign in to the candidate portal to view the offer and accept or decline it. The offer is valid until 12.07.2026.

<a href="https://career5.successfactors.eu/kornhaus">Go to candidate portal</a>"""), "SAP SuccessFactors – automatically generated message"),
    headers=AG)

add("offer", "Ferrovia Andina", "Pilar", "Ingeniero/a de Datos Senior", "es", "easy", "Spanish; oferta formal",
    "Pilar Sánchez <pilar.sanchez@ferroviaandina.es>", "Oferta de empleo – Ingeniero/a de Datos Senior",
    "2026-11-20 12:30 +0100",
    """Hola Luca:

Tras el proceso de selección, nos alegra mucho ofrecerte la posición de Ingeniero/a de Datos Senior en Ferrovia Andina. Adjuntamos la carta de oferta con las condiciones económicas y la fecha de incorporación propuesta.

Quedamos a la espera de tu respuesta antes del 30 de noviembre.

Un saludo cordial,
Pilar Sánchez
Directora de Personas, Ferrovia Andina""", pdf="Carta_oferta_Bianchi.pdf")

# ---------------------------------------------------------------- application_received (16)
add("application_received", "Limmat Privatbank", "", "BI Developer (100%)", "en", "easy", "Umantis acknowledgement (English)",
    "Limmat Privatbank Recruiting <noreply@umantis.com>", "Application received – BI Developer (100%)",
    "2025-02-24 21:14 +0100",
    """Dear Mr Bianchi

Thank you for your application for the position BI Developer (100%). We have received your documents and will now review them. We will get back to you as soon as possible.

Kind regards
Limmat Privatbank AG, Human Resources""", headers=AG)

add("application_received", "Rheinfeld Therapeutics", "", "Data Engineer, Clinical Data Platforms", "en", "easy", "Workday acknowledgement",
    "Rheinfeld Therapeutics <rheinfeld@myworkday.com>", "Thank you for applying to Rheinfeld Therapeutics",
    "2025-03-10 22:48 +0100",
    """Dear Luca,

Thank you for applying for Data Engineer, Clinical Data Platforms (R-0041877). We have received your application and our Talent Acquisition team is reviewing it.

You can check the status of your application at any time by signing in to your candidate home.

Kind regards,
Rheinfeld Therapeutics""", headers=AG)

add("application_received", "Northgate Mutual", "", "Data Warehouse Developer", "en", "hard",
    "iCIMS; describes interview and 'not selected' as future possibilities",
    "Northgate Mutual Careers <careers-noreply@icims.com>", "We received your application",
    "2025-04-08 13:02 -0400",
    """Hi Luca,

Thanks for applying to the Data Warehouse Developer position. What happens next:

1. A recruiter reviews every application (usually within 10 business days).
2. If your background is a match, we'll reach out to schedule a phone interview.
3. If you are not selected, you'll hear from us by email as well - we don't leave anyone hanging.

Northgate Mutual Talent Acquisition""", headers=AG)

add("application_received", "Gridwise Analytics", "", "Data Engineer", "en", "easy", "Lever acknowledgement, short",
    "Gridwise Analytics <no-reply@hire.lever.co>", "Thanks for applying to Gridwise Analytics",
    "2025-05-19 08:03 +0100",
    """Hi Luca,

Thanks for applying for the Data Engineer role - we've got your application and will be in touch.

Gridwise Analytics""")

add("application_received", "Conseil Arbelle", "", "Consultant Data & BI", "fr", "easy", "French acknowledgement",
    "Conseil Arbelle Recrutement <jobs@arbelle-conseil.fr>", "Accusé de réception de votre candidature",
    "2025-04-15 10:00 +0200",
    """Bonjour Luca,

Nous accusons bonne réception de votre candidature au poste de Consultant Data & BI et vous en remercions.

Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

L'équipe Recrutement
Conseil Arbelle""", headers=AG)

add("application_received", "Banco Meridia", "", "Ingeniero/a de Datos", "es", "easy", "Spanish acknowledgement",
    "Banco Meridia - Talento <talento@successfactors.eu>", "Hemos recibido tu candidatura",
    "2025-05-30 19:22 +0200",
    """Hola Luca:

Gracias por tu interés en Banco Meridia. Confirmamos que hemos recibido tu candidatura para la posición de Ingeniero/a de Datos (ref. 24811).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Dirección de Talento, Banco Meridia""", headers=AG)

add("application_received", "Stadt Seewil", "", "Data Analyst/in Statistik (60-80%)", "de", "hard",
    "German; mentions possible Absage timeline; no decision",
    "Stadt Seewil Personaldienst <personal@seewil.ch>", "Bewerbung Data Analyst/in Statistik – Bestätigung",
    "2025-09-03 07:45 +0200",
    """Guten Tag Herr Bianchi

Wir bestätigen den Eingang Ihrer Bewerbung. Die Bewerbungsfrist läuft bis 15. September; anschliessend prüfen wir alle Dossiers. Bewerbende, die nicht berücksichtigt werden können, erhalten bis Ende September eine Absage, alle anderen eine Einladung zum Gespräch.

Freundliche Grüsse
Personaldienst Stadt Seewil""")

add("application_received", "Vantor Health", "", "Senior Analytics Engineer", "en", "easy", "Greenhouse acknowledgement, HTML+text",
    "Vantor Health <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Vantor Health",
    "2026-02-17 15:28 -0800",
    """Hi Luca,

Thanks for your interest in the Senior Analytics Engineer role at Vantor Health! Our team is reviewing your application and will reach out if there's a fit.

Vantor Health Recruiting""", fmt="alt",
    html=html_wrap(para("""Hi Luca,

Thanks for your interest in the <b>Senior Analytics Engineer</b> role at Vantor Health! Our team is reviewing your application and will reach out if there's a fit.

Vantor Health Recruiting"""), "Powered by Greenhouse"))

add("application_received", "Helio Energie", "", "Senior Data Engineer (w/m/d)", "en", "easy", "Personio acknowledgement",
    "Helio Energie <noreply@helio-energie.jobs.personio.de>", "Thanks for applying to Helio Energie",
    "2026-03-05 11:31 +0100",
    """Hi Luca,

thanks a lot for applying for Senior Data Engineer (w/m/d)! We've received your documents and will get back to you within two weeks.

Best,
Your Helio recruiting team""", headers=AG)

add("application_received", "Cobalt Freight", "", "Senior Data Engineer", "en", "hard",
    "SmartRecruiters; 'Unfortunately' about a portal delay",
    "Cobalt Freight <noreply@smartrecruiters.com>", "Application received - Senior Data Engineer",
    "2026-09-01 06:12 -0500",
    """Dear Luca,

Thank you for applying for Senior Data Engineer at Cobalt Freight. Your application has been submitted successfully.

Unfortunately, our candidate portal is undergoing maintenance this week, so status updates may take a few extra days to appear. Rest assured your application is in our queue for review.

Cobalt Freight Recruiting""", headers=AG)

add("application_received", "Sablier Data", "", "Data Engineer Senior", "en", "hard", "ATS acknowledgement that reads personal",
    "Sablier Data Recruiting <jobs@sablierdata.welcomekit.co>", "Thanks for your application!",
    "2026-09-15 14:07 +0200",
    """Hello Luca,

Thanks a lot for applying for the Data Engineer Senior position! We've received your CV and we're looking at it carefully this week.

Talk soon,
The Sablier Data team""", headers=AG)

add("application_received", "Kestrelbank", "", "Data Engineer, Payments", "en", "easy", "Jobvite acknowledgement",
    "Kestrelbank Talent <talent@kestrelbank.jobvite.com>", "Kestrelbank: we've received your application",
    "2026-10-06 09:20 +0100",
    """Dear Luca,

Thank you for applying for the Data Engineer, Payments role at Kestrelbank. We confirm receipt of your application, which is now under review.

Kestrelbank Talent Acquisition""", headers=AG)

add("application_received", "Ferrovia Andina", "", "Ingeniero/a de Datos Senior", "es", "hard", "Spanish; Workable; mentions entrevista as next step",
    "Ferrovia Andina - Selección <seleccion@ferroviaandina.workable.com>", "Gracias por tu candidatura a Ferrovia Andina",
    "2026-10-19 16:40 +0200",
    """Hola Luca:

¡Gracias por presentar tu candidatura para Ingeniero/a de Datos Senior! La hemos recibido correctamente.

Si tu perfil encaja, te invitaremos a una primera entrevista telefónica en las próximas semanas. En caso contrario, también te lo comunicaremos.

Equipo de Selección, Ferrovia Andina""")

add("application_received", "Universität Lindenberg", "", "Data Engineer Forschungsdatenmanagement (80%)", "en", "easy",
    "German university; formal Eingangsbestätigung",
    "Universität Lindenberg <jobs@uni-lindenberg.de>", "Acknowledgement of receipt – reference 2025/118",
    "2025-07-29 12:00 +0200",
    """Dear Mr Bianchi,

We hereby confirm receipt of your application for reference 2025/118. Please refrain from enquiring about the status of the procedure; you will be notified once it has been completed.

Kind regards
Human Resources, Universität Lindenberg""")

add("application_received", "Verdance", "", "Lead Data Engineer", "en", "hard", "BambooHR; HTML only; no decision, mentions 'shortlist'",
    "Verdance Careers <notifications@verdance.bamboohr.com>", "Verdance: application received",
    "2026-03-30 18:55 +0100", "", fmt="html",
    html=html_wrap(para("""Hi Luca,

Thanks for applying for <b>Lead Data Engineer</b> at Verdance. We read every application ourselves - no robots - and aim to finalise a shortlist within three weeks.

Cheers,
The Verdance team"""), "Sent via BambooHR"))

add("application_received", "Maison Lavande", "", "Data Engineer Retail", "en", "easy", "Teamtailor acknowledgement",
    "Maison Lavande <noreply@maisonlavande.teamtailor-mail.com>", "Application received – Data Engineer Retail",
    "2026-01-12 08:30 +0100",
    """Hello Luca,

Thank you for applying for the Data Engineer Retail position. Your application has been recorded and will be reviewed by our team.

See you soon,
Maison Lavande – Recruiting""", headers=AG)

# ---------------------------------------------------------------- auto_reply (14)
add("auto_reply", "Quadrant & Hale", "Imogen", "", "en", "easy", "OOO with 'back on 3/14' (UK sender, US format)",
    "Imogen Pryce <imogen.pryce@quadranthale.co.uk>", "Automatic reply: Thank you",
    "2025-03-10 08:01 +0000",
    """Thanks for your email. I'm out of the office and will be back on 3/14 with limited access to email until then.

For anything urgent please contact talent@quadranthale.co.uk.

Imogen""", headers=AR, irt="<CAluca0310@mail.gmail.com>", return_date="2025-03-14", mid="outlook")

add("auto_reply", "Limmat Privatbank", "Nadine", "", "de", "easy", "German Abwesenheitsnotiz; 'ab Montag, 7. April'",
    "Nadine Huber <nadine.huber@limmatbank.ch>", "Abwesenheitsnotiz: Bestätigung Termin",
    "2025-03-28 17:02 +0100",
    """Guten Tag

Ich bin bis und mit Freitag, 4. April 2025 abwesend und ab Montag, 7. April wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@limmatbank.ch.

Freundliche Grüsse
Nadine Huber""", headers=AR, return_date="2025-04-07")

add("auto_reply", "Tallyfox", "Jonas", "", "en", "hard", "no headers; relative 'back Monday'",
    "Jonas Wendt <jonas@tallyfox.io>", "Re: Analytics Engineer - my availability",
    "2025-04-24 10:12 +0200",
    """Hey! I'm offline at a team offsite in the mountains with patchy signal. Back Monday - I'll reply then.

Jonas""", return_date="2025-04-28", irt="<CAluca0424@mail.gmail.com>")

add("auto_reply", "Conseil Arbelle", "Claire", "", "en", "easy", "absence 'until 22 August inclusive', back 25 August",
    "Claire Dumoulin <c.dumoulin@arbelle-conseil.fr>", "Automatic reply: Your application",
    "2025-08-06 09:45 +0200",
    """Hello,

I am out of the office until 22 August inclusive and will be back on 25 August. During my absence, please contact recrutement@arbelle-conseil.fr.

Best regards,
Claire Dumoulin""", headers=AR, return_date="2025-08-25")

add("auto_reply", "Harbourline Bank", "Marcus", "", "en", "hard", "'until 2025-09-12 inclusive' -> back next business day",
    "Marcus Deane <marcus.deane@morrowtalent.co.uk>", "Out of Office: Harbourline feedback",
    "2025-08-29 07:30 +0100",
    """I'm on annual leave until 2025-09-12 inclusive, returning Monday 15 September. For live roles please contact the Morrow Talent desk on +44 20 7946 0300.

Marcus""", headers={"X-Autoreply": "yes"}, return_date="2025-09-15", mid="outlook")

add("auto_reply", "Lumeva Biosciences", "Rachel", "", "en", "easy", "no longer works there; forwards contact",
    "Rachel Kim <rachel.kim@lumevabio.com>", "Automatic reply: Staff Data Engineer application",
    "2025-08-11 12:00 -0400",
    """Hello,

I no longer work at Lumeva Biosciences. Please contact Priya Natarajan (priya@lumevabio.com) for recruiting matters.

Thank you.""", headers=AR)

add("auto_reply", "Northgate Mutual", "", "Data Warehouse Developer", "en", "hard", "unmonitored mailbox bounce; mentions interview scheduling",
    "Northgate Mutual Careers <careers-noreply@icims.com>", "RE: Data Warehouse Developer interview",
    "2025-04-23 09:02 -0400",
    """This mailbox is not monitored. Your message has not been delivered to a recruiter.

To reschedule an interview, use the link in your scheduling email. For other questions, visit careers.northgatemutual.com/help.""",
    headers=AG, irt="<CAluca0423@mail.gmail.com>")

add("auto_reply", "Mercadillo", "Lucía", "", "es", "easy", "Spanish; 'volveré el lunes 3 de noviembre'",
    "Lucía Ferrer <lucia.ferrer@mercadillo.teamtailor-mail.com>", "Respuesta automática: Entrevista Data Engineer",
    "2025-10-29 15:20 +0100",
    """¡Hola!

Estoy fuera de la oficina hasta el viernes 31 de octubre. Volveré el lunes 3 de noviembre y responderé a tu correo lo antes posible.

Lucía""", headers=AR, return_date="2025-11-03")

add("auto_reply", "Kornhaus Retail", "Sabine", "", "de", "hard", "German; parental leave; return month only -> no exact date",
    "Sabine Egli <sabine.egli@kornhaus.ch>", "Automatische Antwort: Data Engineer Pricing",
    "2025-12-15 10:00 +0100",
    """Liebe Absenderin, lieber Absender

Ich bin im Mutterschaftsurlaub und voraussichtlich ab Mai 2026 wieder erreichbar. Für Fragen zu laufenden Rekrutierungen wenden Sie sich bitte an jobs@kornhaus.ch.

Herzliche Grüsse
Sabine Egli""", headers=AR)

add("auto_reply", "Vantor Health", "Kelsey", "", "en", "hard", "OOO subject says interview; 'returning Monday, March 23'",
    "Kelsey Park <kelsey.park@vantorhealth.com>", "Automatic reply: Interview follow-up",
    "2026-03-13 11:14 -0700",
    """Hi there,

I'm at a conference with limited email access, returning Monday, March 23. If this is about an interview you've scheduled, it will still go ahead as planned - our recruiting team can help at recruiting@vantorhealth.com.

Kelsey""", headers=AR, return_date="2026-03-23")

add("auto_reply", "Helio Energie", "Felix", "", "en", "easy", "'from 14.04.2026' (European date format)",
    "Felix Brandt <felix.brandt@helio-energie.de>", "Out of office: Intro call Senior Data Engineer",
    "2026-04-02 13:00 +0200",
    """Thanks for your message. I'm on holiday and will be reachable again from 14.04.2026. Your email will not be forwarded.

Best regards
Felix Brandt""", headers=AR, return_date="2026-04-14")

add("auto_reply", "Sablier Data", "Inès", "", "en", "hard", "no auto-reply headers; 'until Tuesday 27 October inclusive' -> back 28",
    "Inès Bouvier <ines.bouvier@sablierdata.fr>", "Away – Re: Technical discussion",
    "2026-10-20 08:00 +0200",
    """Hello,

I'm on leave until Tuesday 27 October inclusive, with very limited access to email. I'll reply when I'm back.

Have a nice day,
Inès""", return_date="2026-10-28")

add("auto_reply", "Kestrelbank", "Aisha", "", "en", "easy", "OOO with ISO date 'back 2026-11-09'",
    "Aisha Rahman <aisha.rahman@kestrelbank.co.uk>", "Automatic reply: Technical panel",
    "2026-11-02 09:00 +0000",
    """I'm out of office and back 2026-11-09. For Payments Data hiring please contact talent@kestrelbank.co.uk.

Aisha""", headers=AR, return_date="2026-11-09")

add("auto_reply", "Pondlake", "", "", "en", "hard", "generic inbox auto-reply; no return; Precedence only",
    "Pondlake Jobs <jobs@pondlake.com>", "Re: Data Engineer, Growth - questions",
    "2025-06-02 12:40 -0700",
    """Thanks for reaching out to Pondlake! This inbox isn't checked regularly. If you've applied for a role, our team will contact you directly through Ashby. We're not able to respond to individual messages here.""",
    headers={"Precedence": "auto_reply", "Auto-Submitted": "auto-replied"})

# ---------------------------------------------------------------- other (26)
add("other", "", "", "", "en", "easy", "SBB ticket receipt",
    "SBB CFF FFS <noreply@sbb.ch>", "Your ticket: Zürich HB – Bern",
    "2025-01-20 06:41 +0100",
    """Hello Luca Bianchi

Thank you for your purchase. Your ticket is attached and saved in the SBB Mobile app.

Zürich HB – Bern, 2nd class, single, Half Fare
Valid on 20.01.2025
Price: CHF 27.00

Have a good trip!
Your SBB""", headers=AG)

add("other", "", "", "", "en", "hard", "SBB disruption: 'unfortunately cancelled', 'alternative offer'",
    "SBB Travel Alerts <alerts@sbb.ch>", "Disruption on your connection: IC 8 cancelled",
    "2025-11-04 07:02 +0100",
    """Dear Luca Bianchi,

Unfortunately your connection IC 8 Zürich HB 07:32 – Bern has been cancelled due to a technical fault.

Alternative offer: IR 16 at 07:36 from platform 32, arriving Bern 08:58. Your ticket remains valid.

We apologise for the inconvenience.
SBB Customer Service""", headers=AG)

add("other", "", "", "", "en", "hard", "retailer loyalty 'exclusive offer: 20% off'; HTML only",
    "Migros Cumulus <news@cumulus-mail.migros.ch>", "Your exclusive offer: 20% off for Cumulus members",
    "2025-06-12 10:00 +0200", "", fmt="html",
    html=html_wrap(para("""Hello Luca,

This week only: an exclusive offer for you - <b>20% off</b> your entire shop at Migros Do it + Garden, plus 10x Cumulus points on barbecue essentials.

Don't miss out - offer valid until 18.06.2025.

<a href="https://migros.example/offer">Redeem now</a>"""), "You receive this because you are a Cumulus member. <a href='https://migros.example/unsub'>Unsubscribe</a>"),
    headers=unsub("https://cumulus-mail.migros.ch/unsub?u=7731"))

add("other", "", "", "", "de", "hard", "card declined ('abgelehnt', 'leider') from bank",
    "Zürichsee Bank <service@zsbank.ch>", "Kartenzahlung abgelehnt",
    "2025-07-19 22:13 +0200",
    """Guten Abend Herr Bianchi

Eine Zahlung mit Ihrer Debitkarte **** 4417 über EUR 86.40 bei HOTEL VIELHA SL wurde leider abgelehnt (Tageslimite überschritten).

Sie können Ihre Limite jederzeit im E-Banking anpassen. Falls Sie diese Transaktion nicht erkennen, kontaktieren Sie uns unter 044 555 00 00.

Freundliche Grüsse
Ihre Zürichsee Bank""", headers=AG)

add("other", "", "Simone", "", "de", "hard", "apartment application declined by property manager",
    "Simone Keller <s.keller@immo-limmattal.ch>", "Ihre Bewerbung für die 3.5-Zimmer-Wohnung, Hardstrasse 14",
    "2025-08-28 14:50 +0200",
    """Sehr geehrter Herr Bianchi

Vielen Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Hardstrasse 14 und Ihr Interesse an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Gerne informieren wir Sie über weitere freie Objekte.

Freundliche Grüsse
Simone Keller
Bewirtschaftung, Immo Limmattal AG""")

add("other", "", "", "", "en", "hard", "football club: 'exclusive interview with the head coach'",
    "FC Limmattal <newsletter@fclimmattal.ch>", "Matchday: exclusive interview with our head coach",
    "2025-09-26 12:00 +0200",
    """Hi Luca,

Before Saturday's derby, watch our exclusive interview with head coach Marco Ruegg about the injury list and the new signing.

Season ticket holders: your seat is confirmed for Saturday 19:00. Gates open at 17:30.

Hopp FCL!
FC Limmattal""", headers=unsub("mailto:unsubscribe@fclimmattal.ch"))

add("other", "", "Mei", "", "en", "hard", "GitHub PR closed: 'decided not to merge'",
    "Mei Tanaka <notifications@github.com>", "Re: [dagster-io/dagster-contrib] Add Snowflake partition sensor (PR #412)",
    "2025-10-09 03:11 +0000",
    """@lucabianchi-data thanks for the contribution! After discussing with the other maintainers we've decided not to merge this - the sensor duplicates functionality that's landing in core next release. Closing for now, but happy to review a follow-up that builds on the new API.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you authored the thread.""",
    headers={"List-Unsubscribe": "<mailto:unsub+abc@reply.github.com>", "Precedence": "list",
             "X-GitHub-Reason": "author"})

add("other", "", "", "", "en", "easy", "GitHub Actions failed run",
    "GitHub <notifications@github.com>", "[lucabianchi-data/dbt-swiss-transit] Run failed: CI - main (a7c3e19)",
    "2026-01-07 18:22 +0000",
    """Run failed: CI - main (a7c3e19)

Repository: lucabianchi-data/dbt-swiss-transit
Workflow: CI
Duration: 2m 41s

dbt test: 2 tests failed (not_null_stg_trips_departure_id, unique_dim_stops_stop_id)

View workflow run: https://github.com/lucabianchi-data/dbt-swiss-transit/actions/runs/9918""",
    headers={"X-GitHub-Reason": "ci_activity"})

add("other", "", "", "", "en", "easy", "job alert digest",
    "JobPulse Alerts <alerts@jobpulse.example>", "14 new jobs for \"Data Engineer\" in Zürich",
    "2025-02-03 07:00 +0100",
    """Hi Luca, here are today's matches:

Data Engineer (80-100%) - Rheinfeld Therapeutics - Basel
Senior BI Developer - Limmat Privatbank - Zürich
Analytics Engineer - Tallyfox - Remote (EU)
Data Platform Engineer - Kestrelbank - London
...and 10 more

Apply in one click. Update your alert preferences any time.""", headers=unsub("https://jobpulse.example/u/8812"))

add("other", "", "", "", "fr", "easy", "French job alert digest ('offres')",
    "Emploi Léman <alertes@emploi-leman.example>", "Nouvelles offres : Data Engineer – Genève",
    "2025-12-01 06:30 +0100",
    """Bonjour Luca,

7 nouvelles offres correspondent à votre alerte « Data Engineer – Genève » :

- Ingénieur Data (H/F) – Laboratoires Orvane – Genève
- Data Engineer Senior – Sablier Data – Lyon / télétravail
- Développeur BI – Assurances Clairmont – Lausanne

Voir toutes les offres : https://emploi-leman.example/alertes/5521""", headers=unsub("https://emploi-leman.example/desabo"))

add("other", "", "", "", "en", "hard", "career newsletter about handling rejection; quotes ATS wording",
    "The Data Career Letter <hello@datacareerletter.substack.com>", "Why \"we will not be moving forward\" isn't about you",
    "2025-05-15 13:00 +0000",
    """This week: decoding the rejection email.

"Unfortunately, we have decided not to move forward with your application." If you've applied to more than three data jobs, you've read that sentence. Here's what it usually means - and what it doesn't.

1. Most rejections happen before a human reads your CV.
2. A rejection after a final-round interview is often a coin flip between two strong people.
3. Ask for feedback - but only once.

Plus: our reader survey on take-home assignments.

Unsubscribe | Manage preferences""", headers=unsub("https://datacareerletter.substack.com/action/unsub"))

add("other", "", "", "", "en", "hard", "podcast episode 'interview with the CDO'; HTML only",
    "Pipelines & Pints Podcast <episodes@pipelinespints.fm>", "New episode: Interview with Rheinfeld's Chief Data Officer",
    "2026-02-25 17:00 +0100", "", fmt="html",
    html=html_wrap(para("""<h2>Episode 88 is live</h2>

In this episode we interview Dr. Anna Vogt, Chief Data Officer at Rheinfeld Therapeutics, about building a clinical data platform, hiring data engineers and the offer she almost turned down.

<a href="https://pipelinespints.fm/88">Listen now</a>"""), "Unsubscribe from episode alerts"),
    headers=unsub("https://pipelinespints.fm/unsub"))

add("other", "", "Vikram", "Java Backend Developer", "en", "hard", "recruiter mass mailing; mentions interview slots",
    "Vikram Reddy <vikram@techstaffglobal.example>", "Urgent Req: Java Backend Developer - Frankfurt - Contract",
    "2025-06-05 05:12 -0400",
    """Hi,

Hope you are doing well. Please find below the requirement and let me know if you are interested.

Role: Java Backend Developer
Location: Frankfurt (Onsite 5 days)
Duration: 12 months contract
Interview: 2 rounds, client has slots available this week

If interested, please share your updated resume, visa status and expected rate.

Thanks & Regards,
Vikram Reddy
TechStaff Global""", headers=BULK)

add("other", "", "Giulia", "", "en", "hard", "friend's personal mail about her own interview and offer",
    "Giulia Rossi <giulia.rossi88@gmail.com>", "news!!",
    "2025-07-08 21:40 +0200",
    """Luca!!

Remember that final interview I was so stressed about? They called today and made me an offer - I'm moving to Munich in October! Dinner on me this weekend? Also want to hear how your interviews are going.

Bacioni,
Giulia""", mid="gmail")

add("other", "", "Stefan", "", "en", "hard", "Fwd: friend forwards a posting; mentions applying and interview",
    "Stefan Meier <stefan.meier@fastmail.ch>", "Fwd: Senior Data Engineer @ Alpenflow",
    "2026-04-21 12:30 +0200",
    """Hey Luca, saw this and thought of you straight away. I know their head of data from uni - if you apply, tell me and I'll put in a word before the interviews start.

Stefan

---------- Forwarded message ---------
From: Alpenflow Careers <careers@alpenflow.example>
Date: Tue, 21 Apr 2026 at 09:00
Subject: Senior Data Engineer @ Alpenflow

We're hiring a Senior Data Engineer (Zürich, hybrid) to build our streaming platform on Kafka and Flink. Apply by 15 May.""")

add("other", "", "", "", "en", "hard", "workshop paper not accepted, with reviews",
    "DataOps Workshop 2026 <dataops2026@easychair.example>", "DataOps 2026 notification for paper 31",
    "2026-05-04 23:59 -0700",
    """Dear Luca Bianchi,

We regret to inform you that your submission #31 "Incremental dbt models for public transport data" was not accepted for presentation at DataOps 2026. We received 96 submissions and could accept only 24.

The reviews are included below; we hope they are useful for future work.

Review 1: Clear motivation, but evaluation is limited to one dataset...

Best regards,
DataOps 2026 Program Chairs""")

add("other", "", "", "", "es", "hard", "Spanish loan application not approved",
    "Banco Sierra Online <avisos@bancosierra.example>", "Resolución de su solicitud de préstamo",
    "2025-12-11 10:10 +0100",
    """Estimado cliente:

Le informamos de que, tras analizar su solicitud de préstamo personal n.º 77812, lamentablemente no podemos aprobarla en este momento, ya que no cumple los criterios de riesgo vigentes.

Puede volver a solicitarlo transcurridos seis meses.

Atentamente,
Banco Sierra""", headers=AG)

add("other", "", "Alba", "", "es", "hard", "Spanish meetup: 'hemos decidido cambiar de sede', speaker interview",
    "Alba Gómez <alba@datamadrid-meetup.example>", "Data Madrid #42: cambio de sede",
    "2026-06-15 09:00 +0200",
    """¡Hola a todos!

Por el éxito de inscripciones hemos decidido trasladar el meetup del jueves a una sede más grande: Campus Tech, Calle Alcalá 120. Además, abriremos con una entrevista en directo a la CTO de Mercadillo sobre su equipo de datos.

¡Nos vemos!
Alba, en nombre del equipo de Data Madrid""", headers=BULK)

add("other", "", "", "", "es", "hard", "Spanish master's admission 'admitido'; reads like an offer",
    "Admisiones Escuela Nexo <admisiones@escuelanexo.example>", "¡Enhorabuena! Has sido admitido en el Máster en Ingeniería de Datos",
    "2026-07-20 12:00 +0200",
    """Hola Luca:

Nos complace comunicarte que has sido admitido en el Máster en Ingeniería de Datos (edición online, septiembre 2026). Para reservar tu plaza, abona la matrícula antes del 31 de julio.

¡Bienvenido!
Oficina de Admisiones, Escuela Nexo""")

add("other", "", "", "", "fr", "hard", "concert cancelled: 'nous avons le regret'",
    "Billetterie Salle Métropole <billetterie@sallemetropole.example>", "Annulation : concert du 14 mars",
    "2026-03-02 16:20 +0100",
    """Bonjour,

Nous avons le regret de vous informer que le concert du 14 mars est annulé en raison de la maladie de l'artiste. Vos billets seront remboursés automatiquement sous 14 jours.

Nous vous remercions de votre compréhension.
La Billetterie""", headers=AG)

add("other", "", "", "", "en", "hard", "career newsletter: interview tips, offer, rejections",
    "Carrières Tech <newsletter@carrieres-tech.example>", "5 mistakes to avoid in a technical interview",
    "2026-09-03 07:30 +0200",
    """This week in Tech Careers:

- 5 mistakes to avoid in a technical interview
- Negotiating your offer: what recruiters won't tell you
- Story: "I got 40 rejections before my permanent contract"

Unsubscribe""", headers=unsub("https://carrieres-tech.example/unsub"))

add("other", "", "", "", "en", "hard", "job-board notification 'application viewed' by an employer",
    "Linkdin Jobs <jobs-noreply@linkdin.example>", "Your application was viewed by Kestrelbank",
    "2026-10-10 14:03 +0100",
    """Luca, your application was viewed

Kestrelbank viewed your application for Data Engineer, Payments.

Applicants who follow up are 2x more likely to hear back. See similar jobs: Data Engineer at Harbourline Bank, Analytics Engineer at Gridwise Analytics.""",
    headers=unsub("https://linkdin.example/unsub"))

add("other", "", "", "", "en", "hard", "online shop order cancelled ('unfortunately')",
    "Coop.ch <service@coop.example>", "Your order 4401-2287 has been cancelled",
    "2026-08-06 11:11 +0200",
    """Dear Mr Bianchi

Unfortunately we were unable to deliver your order 4401-2287 because one item is no longer available. The order has been cancelled and CHF 64.80 will be refunded to your card.

Kind regards
Coop Customer Service""", headers=AG)

add("other", "", "", "", "en", "hard", "bootcamp webinar 'ace your technical interview'",
    "DataCamp Live Events <events@dataskills.example>", "Live webinar: Ace your data engineering interview",
    "2026-04-28 15:00 +0000",
    """Join us Thursday at 17:00 CET: two hiring managers walk through real take-home tasks and mock interviews, and explain how they decide who gets an offer.

Reserve your seat: https://dataskills.example/webinar/interview""", headers=unsub("https://dataskills.example/unsub"))

add("other", "", "Laurent", "", "fr", "hard", "football club season-ticket request waitlisted ('pas pu être retenue')",
    "Laurent Favre <billetterie@fclacleman.example>", "Votre demande d'abonnement saison 2026/27",
    "2026-06-22 10:30 +0200",
    """Bonjour Monsieur Bianchi,

Merci pour votre demande d'abonnement pour la saison 2026/27. Malheureusement, elle n'a pas pu être retenue : la tribune Nord est complète. Vous êtes inscrit sur liste d'attente (position 118).

Sportivement,
Laurent Favre
Service billetterie – FC Lac Léman""")

add("other", "", "", "", "en", "easy", "landlord/bank-style statement: rent payment confirmation",
    "Zürichsee Bank <service@zsbank.ch>", "Standing order executed: rent November",
    "2026-11-02 06:00 +0100",
    """Dear Mr Bianchi,

Your standing order "Rent Hardstrasse" of CHF 2,140.00 to Immo Limmattal AG was executed on 02.11.2026.

Your Zürichsee Bank""", headers=AG)


FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang", "difficulty", "notes",
          "interview_at"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    order = list(MESSAGES)
    random.Random(21).shuffle(order)
    for i, m in enumerate(order, start=1):
        name = f"{i:03d}.eml"
        data = build(i, m).as_bytes()
        email.message_from_bytes(data, policy=email.policy.default)  # must parse
        (OUT / name).write_bytes(data)
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"],
                     "return_date": m.get("return_date", ""), "lang": m["lang"], "difficulty": m["diff"],
                     "notes": m["notes"], "interview_at": m.get("interview_at", "")})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
