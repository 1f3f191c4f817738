"""Generate the blind17 evaluation corpus (job seeker: Lucía Morales).

Stdlib only. Writes tests/corpus/blind17/NNN.eml and tests/corpus/blind17/labels.csv.
Run: python tests/corpus/make_blind17.py
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind17"
SEEKER = "Lucía Morales <lucia.morales.empleo@hotmail.com>"
SEEKER_ADDR = "lucia.morales.empleo@hotmail.com"
FIELDS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

MESSAGES: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, **kw: object) -> None:
    kw.update(label=label, company=company, contact=contact, role=role, lang=lang, diff=diff, notes=notes)
    MESSAGES.append(kw)


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1].strip(">").strip()


def _mid(n: int, domain: str, style: str = "") -> str:
    h = hashlib.sha1(f"blind17-{n}-{domain}".encode()).hexdigest()
    if style == "outlook":
        return f"<{h[:10].upper()}{h[10:30].upper()}@{h[30:38].upper()}.eurprd04.prod.outlook.com>"
    if style == "gmail":
        return f"<CA+{h[:28]}@mail.gmail.com>"
    return f"<{h[:12]}.{h[12:24]}@{domain}>"


def ics(uid: str, start: str, end: str, summary: str, organizer: str, location: str, tzid: str = "") -> str:
    if tzid:
        ds = f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}"
    else:
        ds = f"DTSTART:{start}\r\nDTEND:{end}"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\n{ds}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{SEEKER_ADDR}\r\n"
        f"LOCATION:{location}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def build(n: int, m: dict) -> EmailMessage:
    msg = EmailMessage()
    frm = str(m["frm"])
    dom = _domain(frm)
    if m.get("received", n % 3 != 0):
        msg["Received"] = (
            f"from mail.{dom} (mail.{dom} [203.0.113.{(n * 7) % 250 + 2}]) by "
            f"DB8EUR06FT0{n % 10}.mail.protection.outlook.com with ESMTPS; "
            f"{format_datetime(_dt(str(m['date'])))}"
        )
    msg["From"] = frm
    msg["To"] = str(m.get("to", SEEKER))
    if m.get("cc"):
        msg["Cc"] = str(m["cc"])
    if m.get("reply_to"):
        msg["Reply-To"] = str(m["reply_to"])
    msg["Subject"] = str(m["subj"])
    msg["Date"] = format_datetime(_dt(str(m["date"])))
    msg["Message-ID"] = _mid(n, dom, str(m.get("mid", "")))
    if m.get("irt"):
        ref = _mid(n + 1000, "hotmail.com", "outlook")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in dict(m.get("hdrs", {})).items():  # type: ignore[arg-type]
        msg[k] = v
    cte = m.get("cte")
    body = m.get("body")
    html = m.get("html")
    if body is not None:
        msg.set_content(str(body), cte=cte)  # type: ignore[arg-type]
        if html is not None:
            msg.add_alternative(str(html), subtype="html", cte=m.get("html_cte"))  # type: ignore[arg-type]
    else:
        msg.set_content(str(html), subtype="html", cte=cte)  # type: ignore[arg-type]
    if m.get("ics"):
        if body is not None and html is None and m.get("ics_inline"):
            msg.add_alternative(str(m["ics"]), subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(str(m["ics"]).encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": "REQUEST"})
    if m.get("pdf"):
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=str(m["pdf"]))
    return msg


# ---------------------------------------------------------------------------
# Rejections (26)
# ---------------------------------------------------------------------------

add("rejection", "Grupo Logístico Tajo", "", "Coordinador/a de Tráfico", "es", "easy", "job-board status notification",
    frm="InfoJobs <noreply@mail.infojobs.net>",
    subj="Novedades en tu candidatura: Coordinador/a de Tráfico",
    date="2025-03-18 08:41 +0100",
    hdrs={"List-Unsubscribe": "<https://www.infojobs.net/baja?u=8812>"},
    body="""Hola Lucía:

Hay novedades en una de tus candidaturas.

Oferta: Coordinador/a de Tráfico
Empresa: Grupo Logístico Tajo
Ubicación: Getafe (Madrid)

Estado: Descartada

La empresa ha revisado tu candidatura y ha decidido no continuar contigo en este proceso. No te desanimes: hay más de 2.300 ofertas de logística publicadas esta semana en Madrid.

Ver mis candidaturas: https://www.infojobs.net/candidate/applications

El equipo de InfoJobs
""",
    html="""<html><body><p>Hola Lucía:</p><p>Hay novedades en una de tus candidaturas.</p>
<table><tr><td><b>Coordinador/a de Tráfico</b></td></tr><tr><td>Grupo Logístico Tajo · Getafe (Madrid)</td></tr>
<tr><td>Estado: <span style="color:#c00">Descartada</span></td></tr></table>
<p>La empresa ha revisado tu candidatura y ha decidido no continuar contigo en este proceso.</p>
<p><a href="https://www.infojobs.net/candidate/applications">Ver mis candidaturas</a></p></body></html>""")

add("rejection", "Brightloop Commerce", "", "Customer Operations Coordinator", "en", "easy", "Greenhouse template",
    frm="Brightloop Commerce Recruiting <no-reply@us.greenhouse-mail.io>",
    reply_to="talent@brightloop.co",
    subj="Update on your application to Brightloop Commerce",
    date="2025-05-07 16:22 -0400",
    body="""Hi Lucía,

Thanks so much for the time you put into applying for the Customer Operations Coordinator role here at Brightloop Commerce.

We read every application closely, and after careful review we won't be progressing your application further. We had a very competitive pool for this opening and the decision was not easy.

We'll keep your details in our system and hope you'll look at our careers page again as we grow in Miami and beyond.

All the best,
The Brightloop Talent Team
""")

add("rejection", "Distribuidora Pacífico Sur", "Rodrigo", "Coordinadora de Operaciones Logísticas", "es", "hard",
    "personal note after final round; keep-in-touch; no 'lamentamos'",
    frm="Rodrigo Sandoval <rsandoval@dpacificosur.com.mx>",
    subj="RE: Seguimiento proceso Coordinación de Operaciones",
    date="2025-06-27 18:05 -0600", irt=True, mid="outlook",
    body="""Hola Lucía, buenas tardes.

Te agradezco mucho la paciencia. Ayer cerramos la última ronda con la dirección y optamos por seguir con otra persona cuyo perfil está más alineado con la operación de cross-dock en Manzanillo, que es donde más urgencia tenemos.

Quiero decirte que tu entrevista con Ana y conmigo nos dejó muy buena impresión, sobre todo la parte de atención a clientes internacionales. Me encantaría que sigamos en contacto; si se abre algo en el área de servicio al cliente o en CDMX, te busco directamente.

Un saludo y mucho éxito,

Rodrigo Sandoval
Gerente de Operaciones | Distribuidora Pacífico Sur
Tel. +52 33 3812 4470

________________________________
De: Lucía Morales <lucia.morales.empleo@hotmail.com>
Enviado: martes, 24 de junio de 2025 10:12
Para: Rodrigo Sandoval
Asunto: Seguimiento proceso Coordinación de Operaciones

Hola Rodrigo, ¿hay alguna novedad sobre el proceso? Quedo atenta. Gracias.
""")

add("rejection", "Corvina Foods", "", "Logistics Coordinator", "en", "hard",
    "Workday sender; mentions phone screen in passing; company only in body",
    frm="HR Talent Acquisition <halvorsen@myworkday.com>",
    subj="Regarding your application - R-004417",
    date="2025-07-15 11:03 -0500",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Lucía,

Thank you for your interest in Corvina Foods, part of the Halvorsen family of companies, and for taking the time to speak with our recruiter during your phone screen for requisition R-004417 Logistics Coordinator (Houston, TX).

After reviewing all candidates, the hiring team has selected applicants whose background more closely fits the current needs of the warehouse. Your candidacy for this requisition has now been closed.

You can continue to view and apply for openings at any time through our candidate home.

Sincerely,
Talent Acquisition
Corvina Foods

This is a system-generated message. Please do not reply.
""")

add("rejection", "Fieldspring", "Tessa", "Operations Coordinator (Spanish speaking)", "en", "hard",
    "very short; 'didn't work out'; no rejection keywords",
    frm="Tessa Lindqvist <tessa@fieldspring.io>",
    subj="Re: Operations Coordinator (Spanish speaking)",
    date="2025-08-29 13:47 -0700", irt=True, mid="gmail",
    body="""Hey Lucía,

Quick note so you're not left waiting: this one didn't work out. The team wanted someone already based in Austin for the on-site days. Really appreciated the conversation though.

Tessa
""")

add("rejection", "Andina Cargo", "", "Analista de Servicio al Cliente Bilingüe", "es", "hard",
    "job-board notification; 'hoja de vida no seleccionada'; legal suffix in body",
    frm="Computrabajo <notificaciones@computrabajo.com>",
    subj="Actualización de tu postulación en Andina Cargo S.A.S.",
    date="2025-09-10 07:12 -0500",
    hdrs={"List-Unsubscribe": "<mailto:baja@computrabajo.com>, <https://co.computrabajo.com/baja>"},
    html="""<html><body style="font-family:Arial">
<h3>Hola Lucía</h3>
<p>La empresa <b>Andina Cargo S.A.S.</b> actualizó el estado de tu postulación a la oferta <b>Analista de Servicio al Cliente Bilingüe</b> (Bogotá, D.C.).</p>
<p>Tu hoja de vida no fue seleccionada para continuar en el proceso. ¡Sigue intentando! Tenemos nuevas ofertas que encajan con tu perfil.</p>
<p><a href="https://co.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque estás registrado en Computrabajo.</p>
</body></html>""", cte="quoted-printable")

add("rejection", "Maison Lévrier Logistique", "Claire", "Coordinatrice Supply Chain bilingue espagnol", "fr", "easy", "French",
    frm="Claire Dufresne <claire.dufresne@levrier-logistique.fr>",
    subj="Votre candidature – Coordinatrice Supply Chain bilingue espagnol",
    date="2025-06-03 09:30 +0200",
    body="""Bonjour Lucía,

Je vous remercie pour l'entretien de la semaine dernière et pour l'intérêt que vous portez à Maison Lévrier Logistique.

Après réflexion, nous avons le regret de vous informer que nous ne retiendrons pas votre candidature pour le poste de Coordinatrice Supply Chain bilingue espagnol. Nous avons privilégié un profil ayant déjà une expérience des flux douaniers France–Maghreb.

Nous conservons votre CV et n'hésiterons pas à revenir vers vous si une opportunité correspondant à votre profil se présente.

Bien cordialement,

Claire Dufresne
Chargée de recrutement
Maison Lévrier Logistique – Lyon
""", cte="quoted-printable")

add("rejection", "Brenner Spedition GmbH", "", "Disponent*in internationale Verkehre (m/w/d)", "de", "easy", "German ATS",
    frm="Brenner Spedition GmbH <jobs@brenner-spedition.jobs.personio.de>",
    subj="Ihre Bewerbung als Disponent*in internationale Verkehre (m/w/d)",
    date="2025-11-20 15:02 +0100",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Morales,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Brenner Spedition GmbH und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brenner Spedition GmbH
""", cte="quoted-printable")

add("rejection", "Saltmarsh Outfitters", "Jordan", "Fulfillment Operations Lead", "en", "hard",
    "reply to thank-you; quoted part is the onsite invitation",
    frm="Jordan Reyes <jordan.reyes@saltmarsh.com>",
    subj="Re: Thank you - onsite Friday",
    date="2026-08-28 17:40 -0400", irt=True, mid="gmail",
    body="""Hi Lucía,

Thank you for the kind note, and for spending most of last Friday with us. Everyone enjoyed meeting you.

I wish I had better news. We've decided to pursue another finalist whose experience with our WMS migration more closely matches what the team needs in the next six months. It was a close call.

If you're open to it, I'd like to keep you in mind for the Miami DC expansion next year.

Warmly,
Jordan

Jordan Reyes
Director, Fulfillment Operations
Saltmarsh Outfitters

On Mon, Aug 24, 2026 at 9:02 AM Lucía Morales <lucia.morales.empleo@hotmail.com> wrote:
> Hi Jordan, thank you again for organizing the onsite on Friday.
>
>> On Aug 12, 2026, Jordan Reyes wrote:
>> We'd love to invite you to an onsite interview at our Doral facility on
>> Friday, August 21 from 10:00 AM to 1:00 PM. You'll meet the shift leads
>> and do a short case on outbound planning. Looking forward to it!
""")

add("rejection", "Orilla Beverages", "Marcos", "Import/Export Coordinator", "en", "hard",
    "agency recruiter forwards client decision; forwarded note is from client",
    frm="Marcos Villalba <mvillalba@keystaff-partners.com>",
    subj="FW: Candidate feedback - L. Morales",
    date="2025-10-08 10:15 -0400", mid="outlook",
    body="""Hi Lucía,

See below from the hiring manager at Orilla. Not the outcome we wanted; they went with someone who already had a customs broker license. Let me know if you're still open to hearing about the two freight-forwarder roles I mentioned.

Marcos Villalba | Senior Recruiter
KeyStaff Partners — Supply Chain Practice
(305) 555-0142

-----Original Message-----
From: Dana Whitcombe <dwhitcombe@orillabev.com>
Sent: Tuesday, October 7, 2025 6:58 PM
To: Marcos Villalba <mvillalba@keystaff-partners.com>
Subject: Candidate feedback - L. Morales

Marcos - thanks for sending Lucía. Strong communicator and the Spanish was a plus, but we've chosen to move ahead with a candidate who holds a customs license, so we won't take her forward to the second interview. Please pass along our thanks.
Dana
""")

add("rejection", "Supermercados Olmo", "Ainhoa", "Responsable de Operaciones de Tienda Online", "es", "hard",
    "consultora de selección writing about named client; 'hemos cubierto'",
    frm="Ainhoa Echeverría <aecheverria@hunterlane-seleccion.es>",
    subj="Proceso Supermercados Olmo – Resp. Operaciones Tienda Online",
    date="2025-04-02 12:20 +0200",
    body="""Buenos días, Lucía:

Te escribo para cerrar el proceso de Responsable de Operaciones de Tienda Online para nuestro cliente Supermercados Olmo.

El cliente ha cubierto finalmente la posición con un perfil con más experiencia en gestión de última milla, por lo que tu candidatura no sigue adelante. Te agradezco tu disponibilidad para la entrevista por Teams y la prueba de Excel.

Seguimos trabajando en otros procesos de logística en Madrid y Guadalajara; si te parece, te tendré en cuenta.

Un saludo,

Ainhoa Echeverría
Consultora Senior · Hunter & Lane Selección
Paseo de la Castellana 141, Madrid
""")

add("rejection", "Keystone Parcel", "", "Dispatch Coordinator", "en", "easy", "SmartRecruiters; position filled",
    frm="Keystone Parcel <noreply@smartrecruiters.com>",
    subj="Your application for Dispatch Coordinator",
    date="2025-12-03 09:55 -0500",
    body="""Dear Lucía Morales,

Thank you for applying for the Dispatch Coordinator position at Keystone Parcel.

We wanted to let you know that this position has now been filled. We appreciate your interest and encourage you to apply for other openings that match your experience.

Best regards,
Keystone Parcel Talent Acquisition
""")

add("rejection", "Lumen Harbor", "Priya", "Customer Operations Specialist", "en", "hard",
    "warm rejection with referral offer to partner team",
    frm="Priya Raman <priya.raman@lumenharbor.com>",
    subj="Customer Operations Specialist - next steps",
    date="2026-02-11 14:30 +0000",
    body="""Hi Lucía,

I hope your week is going well. I'm writing with an update on the Customer Operations Specialist process.

We've decided to offer the role to a candidate who has run our exact ticketing stack before, so we won't be moving ahead with your candidacy. I know that's disappointing after the case study, which was genuinely one of the best we received.

Our partner-success team in Madrid is hiring in spring, and I'd be glad to introduce you to their lead, Óscar, if that's useful. Just reply and I'll make the connection.

Best,
Priya Raman
Head of Customer Operations, EMEA
Lumen Harbor
""")

add("rejection", "Grupo Vértice Ibérica", "", "Técnico/a de Compras", "es", "easy", "SuccessFactors-style template",
    frm="Grupo Vértice Ibérica - Empleo <empleo@successfactors.eu>",
    subj="Tu candidatura a Técnico/a de Compras (Ref. 24117)",
    date="2025-11-05 10:01 +0100",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Estimada Lucía:

Gracias por participar en el proceso de selección para el puesto de Técnico/a de Compras (Ref. 24117).

Lamentamos comunicarte que, tras valorar todas las candidaturas, no continuarás en las siguientes fases del proceso. Conservaremos tus datos en nuestra base de talento durante 12 meses, de acuerdo con nuestra política de privacidad.

Te deseamos mucha suerte en tu búsqueda.

Dirección de Personas
Grupo Vértice Ibérica
""", cte="base64")

add("rejection", "La Casa del Embalaje", "Marta", "Coordinadora de Almacén", "es", "hard",
    "two lines; internal candidate; no negative keywords",
    frm="Marta Gil <marta@lacasadelembalaje.es>",
    subj="Re: Coordinadora de almacén",
    date="2026-01-22 19:48 +0100", irt=True, mid="gmail",
    body="""Hola Lucía, al final nos quedamos con una compañera de dentro que ya conocía el almacén. Gracias por venir el martes y por tu tiempo.

Un abrazo,
Marta · La Casa del Embalaje
""")

add("rejection", "Parcelwise", "", "Operations Coordinator, LATAM", "en", "hard",
    "'not the right match at this time' plus encouragement to reapply",
    frm="Parcelwise Hiring <no-reply@ashbyhq.com>",
    subj="Parcelwise | Operations Coordinator, LATAM",
    date="2026-03-27 20:12 +0000",
    html="""<html><body>
<p>Hi Lucía,</p>
<p>Thanks for your interest in the <strong>Operations Coordinator, LATAM</strong> role and for the time you spent on the questionnaire.</p>
<p>We've looked closely at your background and, while there's a lot we like, we don't think it's the right match at this time. We'd genuinely encourage you to apply again for future roles — we hire for ops roles in Mexico City and Bogotá every quarter.</p>
<p>Thanks again,<br>The Parcelwise team</p>
<p style="color:#999;font-size:11px">Powered by Ashby</p>
</body></html>""")

add("rejection", "Bluebonnet Supply", "", "Logistics Coordinator", "en", "easy", "iCIMS rejection",
    frm="Bluebonnet Supply Careers <bluebonnetsupply@talent.icims.com>",
    subj="Bluebonnet Supply - Logistics Coordinator",
    date="2026-04-21 08:14 -0500",
    body="""Dear Lucía,

Thank you for your interest in the Logistics Coordinator position at Bluebonnet Supply in San Antonio, TX.

We regret to inform you that you have not been selected to move forward. We received a large number of qualified applications and have chosen to proceed with other candidates.

We wish you success in your job search.

Bluebonnet Supply Talent Acquisition
Please do not reply to this email; this mailbox is not monitored.
""", cte="quoted-printable")

add("rejection", "Grupo Mezquite", "Fernanda", "Coordinadora de Servicio al Cliente", "es", "hard",
    "'extendimos la oferta' to someone else; mentions final interview",
    frm="Fernanda Olvera <fernanda.olvera@grupomezquite.mx>",
    subj="Proceso Coordinación de Servicio al Cliente",
    date="2025-10-02 12:35 -0600",
    body="""Hola Lucía, ¿cómo estás?

Gracias otra vez por tu tiempo en la entrevista final con Héctor. Te cuento que ayer extendimos la oferta a otra candidata y ya la aceptó, así que cerramos el proceso de Coordinación de Servicio al Cliente.

Fue una decisión muy cerrada. Me quedo con tus datos y, si abrimos otra posición en Monterrey o CDMX, te escribo.

Saludos cordiales,
Fernanda Olvera
Atracción de Talento
Grupo Mezquite
""")

add("rejection", "Covewater Cruises", "", "Guest Services Operations Coordinator", "en", "hard",
    "HTML only, base64; 'mailbox not monitored' footer",
    frm="Covewater Cruises Talent <donotreply@jobvite.com>",
    subj="Thank you for your interest in Covewater Cruises",
    date="2026-11-24 18:06 -0500",
    html="""<html><body><table width="600"><tr><td>
<p>Dear Lucía,</p>
<p>Thank you for interviewing for the <b>Guest Services Operations Coordinator</b> role at Covewater Cruises. We truly enjoyed learning about your experience.</p>
<p>After careful consideration, we have decided to move forward with another candidate for this position.</p>
<p>We hope you will consider Covewater again in the future.</p>
<p>Covewater Cruises Talent Acquisition<br>Miami, FL</p>
<p style="font-size:10px">This mailbox is not monitored. Please do not reply.</p>
</td></tr></table></body></html>""", cte="base64")

add("rejection", "Hafenkontor Logistik", "Jana", "Customer Service Koordinator (m/w/d)", "de", "easy", "German personal rejection",
    frm="Jana Petersen <j.petersen@hafenkontor-logistik.de>",
    subj="Ihre Bewerbung – Customer Service Koordinator",
    date="2025-02-17 11:20 +0100",
    body="""Liebe Frau Morales,

herzlichen Dank für das angenehme Vorstellungsgespräch letzte Woche.

Wir haben uns nach langer Abwägung für eine andere Kandidatin entschieden, die bereits Erfahrung mit unserem Hamburger Hafensystem mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Für Ihre weitere Suche wünsche ich Ihnen viel Erfolg.

Beste Grüße
Jana Petersen
HR Business Partnerin
Hafenkontor Logistik GmbH & Co. KG
""")

add("rejection", "Nómada Viajes", "", "Customer Operations Coordinator", "es", "easy", "Factorial template",
    frm="Nómada Viajes <notifications@factorialhr.com>",
    subj="Actualización sobre tu candidatura en Nómada Viajes",
    date="2025-05-26 09:00 +0200",
    body="""Hola Lucía,

Gracias por tu interés en la posición de Customer Operations Coordinator en Nómada Viajes.

Hemos revisado tu perfil con mucha atención y hemos decidido avanzar con otros perfiles en esta ocasión. Te animamos a seguir pendiente de nuestras vacantes.

Un saludo,
Equipo de People de Nómada Viajes
""")

add("rejection", "Ridgefield Medical Supply", "", "Inventory Control Coordinator", "en", "hard",
    "subject mentions interview; 'pursue other applicants'",
    frm="Ridgefield Medical Supply <rms-careers@taleo.net>",
    subj="Your interview with Ridgefield Medical Supply",
    date="2026-05-19 13:44 -0400",
    body="""Dear Lucía Morales,

Thank you for completing the recorded interview for the Inventory Control Coordinator position (Req. 26-0371).

The hiring team has reviewed all submissions and has decided to pursue other applicants whose experience more closely matches the requirements of the role.

We appreciate the time you invested and encourage you to visit our careers site for future openings.

Ridgefield Medical Supply | Human Resources
""")

add("rejection", "Ruta Verde Logística", "Valentina", "Coordinadora de Transporte", "es", "hard",
    "'por ahora no vamos a seguir' + future vacancies; can be misread as on hold",
    frm="Valentina Restrepo <vrestrepo@rutaverde.com.co>",
    subj="Proceso Coordinadora de Transporte",
    date="2026-07-31 16:20 -0500",
    body="""Hola Lucía, buenas tardes.

Te agradezco mucho por la conversación con Andrés y conmigo. Por ahora no vamos a seguir con tu proceso para la coordinación de transporte: el equipo prefirió a alguien con más experiencia en carga refrigerada.

De todas formas te tendremos en cuenta para futuras vacantes, tu perfil bilingüe nos interesa mucho.

Un abrazo,
Valentina Restrepo
Gestión Humana – Ruta Verde Logística
Medellín, Colombia
""")

add("rejection", "Quayside Travel", "", "Bilingual Customer Support Lead", "en", "easy", "Recruitee template with talent pool",
    frm="Quayside Travel <jobs@quaysidetravel.recruitee.com>",
    subj="Your application at Quayside Travel",
    date="2026-09-14 10:11 +0100",
    body="""Hi Lucía,

Thank you for applying for the Bilingual Customer Support Lead position at Quayside Travel.

Unfortunately, we have decided not to proceed with your application. With your permission, we've placed your profile in our talent pool so we can reach out if a suitable role opens up.

Kind regards,
Quayside Travel Recruitment
""")

add("rejection", "Harlow & Pike Logistics", "Nadia", "Transportation Coordinator", "en", "hard",
    "reply to status check; quoted text mentions interview date",
    frm="Nadia Haddad <nhaddad@harlowpike.com>",
    subj="RE: Checking in - Transportation Coordinator",
    date="2026-10-06 11:27 -0500", irt=True, mid="outlook",
    body="""Hi Lucía,

Thanks for checking in, and sorry for the slow reply. The hiring team wrapped up last week and decided on someone else for the Transportation Coordinator opening.

Appreciate your patience throughout, and best of luck with your search.

Nadia Haddad
Talent Partner | Harlow & Pike Logistics

From: Lucía Morales <lucia.morales.empleo@hotmail.com>
Sent: Thursday, October 1, 2026 4:10 AM
To: Nadia Haddad <nhaddad@harlowpike.com>
Subject: Checking in - Transportation Coordinator

Hi Nadia, I hope you are well. I wanted to follow up after my interview on the 22nd with Mr. Pike and ask whether there is any news. Thank you!
Lucía
""")

add("rejection", "Viajes Azahar", "Irene", "Coordinadora de Operaciones de Grupos", "es", "hard",
    "opens with congratulations on reaching final phase",
    frm="Irene Navarro <irene.navarro@viajesazahar.com>",
    subj="Coordinadora de Operaciones de Grupos – resolución",
    date="2026-05-12 13:05 +0200",
    body="""Hola Lucía:

Ante todo, enhorabuena por haber llegado a la fase final: de más de doscientas candidaturas solo quedasteis tres.

Sin embargo, la dirección se ha inclinado por una candidata con experiencia previa en incentivos corporativos, y no vamos a poder contar contigo para este puesto. Te lo digo con pena, porque la reunión con Javier fue muy buena.

Gracias de verdad por todo el tiempo dedicado.

Irene Navarro
Responsable de Personas
Viajes Azahar · Valencia
""")

# ---------------------------------------------------------------------------
# On hold (10)
# ---------------------------------------------------------------------------

add("on_hold", "Driftline Logistics", "Caleb", "Supply Chain Coordinator", "en", "easy", "explicit hiring freeze",
    frm="Caleb Moore <caleb.moore@driftlinelogistics.com>",
    subj="Supply Chain Coordinator - hiring freeze",
    date="2025-03-04 15:40 -0500",
    body="""Hi Lucía,

I wanted to reach out personally. As of this morning, Driftline has put a company-wide hiring freeze in place through at least the end of Q2, and that includes the Supply Chain Coordinator role we discussed.

This has nothing to do with your candidacy; the team was excited to bring you in for the panel. If and when the freeze lifts, I'll contact you first.

Thanks for understanding,
Caleb Moore
Recruiting Lead, Driftline Logistics
""")

add("on_hold", "Hortícola del Levante", "Paula", "Coordinadora de Exportación", "es", "easy", "paused by restructuring",
    frm="Paula Ferrer <pferrer@horticoladellevante.es>",
    subj="Proceso Coordinadora de Exportación en pausa",
    date="2025-05-20 10:48 +0200",
    body="""Hola Lucía:

Te escribo para contarte que hemos tenido que poner en pausa el proceso de Coordinadora de Exportación. La empresa está en plena reestructuración del departamento comercial y la dirección ha decidido no incorporar a nadie hasta después del verano.

No es una valoración sobre tu candidatura; de hecho eras una de las finalistas. En cuanto tengamos fecha para retomarlo te lo haré saber.

Un saludo,
Paula Ferrer
RR. HH. – Hortícola del Levante
""")

add("on_hold", "Suncoast Marine Supply", "", "Purchasing Coordinator", "en", "hard",
    "requisition cancelled; worded like an ATS rejection",
    frm="Suncoast Marine Supply <suncoastmarine@myworkday.com>",
    subj="Update regarding Purchasing Coordinator (JR-2291)",
    date="2025-08-12 09:20 -0400",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Lucía,

We are writing regarding your application for Purchasing Coordinator (JR-2291).

This requisition has been cancelled by the business and will not be filled at this time. As a result, your application is no longer being considered for this position.

We appreciate your interest in Suncoast Marine Supply and encourage you to review other opportunities on our career site.

Talent Acquisition Team
""")

add("on_hold", "Cervecería Altiplano", "Luis", "Coordinador de Logística de Distribución", "es", "hard",
    "vacancy frozen for budget; promise to reopen",
    frm="Luis Ortega <luis.ortega@altiplano.mx>",
    subj="Vacante Coordinación Logística – actualización",
    date="2025-11-18 17:10 -0600",
    body="""Hola Lucía,

Te comparto una actualización: la vacante de Coordinador de Logística de Distribución quedó congelada. Finanzas recortó el presupuesto de plantilla para el primer semestre y no podemos avanzar con ninguna contratación nueva por ahora.

Tu perfil nos gustó mucho. Si la posición se reabre en 2026, te aviso para retomar donde nos quedamos, sin repetir entrevistas.

Saludos,
Luis Ortega
Jefe de Distribución
Cervecería Altiplano
""")

add("on_hold", "Transports Morvan", "Hélène", "Coordinatrice Transport International", "fr", "hard",
    "French; position suspended after reorganisation",
    frm="Hélène Bertin <h.bertin@transports-morvan.fr>",
    subj="Poste de Coordinatrice Transport International",
    date="2026-01-13 16:32 +0100",
    body="""Bonjour Lucía,

Je reviens vers vous au sujet du poste de Coordinatrice Transport International.

Suite à une réorganisation interne de notre pôle export, le recrutement est suspendu jusqu'à nouvel ordre. Cette décision ne remet absolument pas en cause la qualité de votre candidature.

Je ne manquerai pas de vous recontacter si le poste est rouvert.

Cordialement,
Hélène Bertin
Responsable RH – Transports Morvan
""")

add("on_hold", "Greyfeather Apparel", "Morgan", "Customer Operations Coordinator", "en", "hard",
    "pausing search; 'keep your resume on file' sounds like rejection",
    frm="Morgan Ellis <morgan@greyfeather.com>",
    subj="Greyfeather - Customer Operations Coordinator",
    date="2026-02-24 12:05 -0800",
    body="""Hi Lucía,

Thanks again for your patience. We've made the call to pause this search until Q3 while we figure out whether customer ops moves under the new fulfillment partner.

I'll keep your resume on file and reach out as soon as we restart. You'd be at the top of my list.

Best,
Morgan Ellis
People & Talent | Greyfeather Apparel
""")

add("on_hold", "Logística Carpetana", "Sergio", "Administrativo/a de Tráfico", "es", "easy",
    "ETT recruiter; client cancelled position",
    frm="Sergio Bravo <sergio.bravo@personaempleo-ett.es>",
    subj="Administrativo/a de Tráfico – Logística Carpetana",
    date="2026-04-15 09:42 +0200",
    body="""Hola Lucía:

Te llamé esta mañana pero no pude localizarte. Nuestro cliente, Logística Carpetana, ha cancelado la posición de Administrativo/a de Tráfico en Coslada: han decidido no ampliar el turno de tarde.

Por tanto el proceso queda anulado para todos los candidatos. Sigo teniendo tu currículum para otras incorporaciones en el Corredor del Henares.

Un saludo,
Sergio Bravo
Técnico de Selección | Persona Empleo ETT
""")

add("on_hold", "Kitefin", "Alex", "Logistics Operations Coordinator", "en", "hard",
    "role no longer open; absorbed internally; 'nothing to do with you'",
    frm="Alex Novak <alex@kitefin.com>",
    subj="Re: Logistics Ops Coordinator",
    date="2026-06-02 08:31 +0100", irt=True, mid="gmail",
    body="""Lucía - heads up, the role is no longer open. Leadership decided to absorb the coordination work into the existing team for now. Nothing to do with you, and I'm sorry for the wasted time.

- Alex
""")

add("on_hold", "Lindqvist Handel GmbH", "Markus", "Koordinator Kundenservice (m/w/d)", "de", "hard",
    "German; stopped for budget reasons",
    frm="Markus Albrecht <markus.albrecht@lindqvist-handel.de>",
    subj="Stelle Koordinator Kundenservice – aktueller Stand",
    date="2026-07-07 14:15 +0200",
    body="""Hallo Frau Morales,

ich möchte Sie kurz über den Stand informieren: Die Stelle als Koordinator Kundenservice (m/w/d) wurde von der Geschäftsführung aus Budgetgründen vorerst gestoppt.

Mit Ihrer Bewerbung hat das nichts zu tun. Sobald die Freigabe wieder erteilt wird, melde ich mich bei Ihnen.

Viele Grüße
Markus Albrecht
Personalreferent
Lindqvist Handel GmbH
""")

add("on_hold", "Tostadores del Eje", "", "Coordinador(a) de Exportaciones", "es", "hard",
    "convocatoria closed unfilled; reads like rejection",
    frm="Tostadores del Eje - Talento <talento@tostadoresdeleje.co>",
    subj="Cierre de convocatoria – Coordinador(a) de Exportaciones",
    date="2026-09-03 10:00 -0500",
    body="""Apreciada Lucía:

Queremos informarte que la convocatoria para el cargo de Coordinador(a) de Exportaciones se cerró sin ser cubierta, debido a cambios en la estructura del área comercial. Por esta razón el proceso no continuará para ninguno de los participantes.

Agradecemos tu interés y esperamos contar con tu participación si la vacante se vuelve a publicar.

Cordialmente,
Equipo de Talento Humano
Tostadores del Eje
""")

# ---------------------------------------------------------------------------
# Interview (22)
# ---------------------------------------------------------------------------

add("interview", "Pinewood Freight", "Riley", "Logistics Coordinator", "en", "easy", "Calendly link; no fixed time",
    frm="Riley Chen <riley.chen@pinewoodfreight.com>",
    subj="Pinewood Freight - phone screen",
    date="2025-01-21 10:18 -0600",
    body="""Hi Lucía,

Thanks for applying to the Logistics Coordinator opening. I'd like to set up a 30-minute phone screen to learn more about your background.

Please grab any open slot on my calendar: https://calendly.com/riley-pinewood/30min

Talk soon,
Riley Chen
Recruiter, Pinewood Freight
""")

add("interview", "Transportes Ribera Norte", "Begoña", "Coordinadora de Tráfico", "es", "easy",
    "relative day resolved against Date", interview_at="2026-02-24T10:00:00+01:00",
    frm="Begoña Llorente <bllorente@riberanorte.es>",
    subj="Entrevista – Coordinadora de Tráfico",
    date="2026-02-19 12:30 +0100",
    body="""Hola Lucía:

Hemos revisado tu candidatura para el puesto de Coordinadora de Tráfico y nos gustaría conocerte en persona.

Te esperamos el próximo martes a las 10:00 en nuestras oficinas de Coslada (Av. de la Industria 22, nave 4). Pregunta por mí en recepción. La entrevista durará aproximadamente una hora.

¿Me confirmas asistencia?

Saludos,
Begoña Llorente
Jefa de Tráfico · Transportes Ribera Norte
""")

add("interview", "Coral Gate Logistics", "Diego", "Bilingual Logistics Coordinator", "en", "easy",
    "calendar invitation with text/calendar part", interview_at="2026-04-09T11:00:00-04:00",
    frm="Diego Álvarez <dalvarez@coralgatelogistics.com>",
    subj="Invitation: Interview - Bilingual Logistics Coordinator @ Thu Apr 9, 2026 11am - 11:45am (EDT)",
    date="2026-04-02 14:12 -0400",
    body="""Diego Álvarez has invited you to the following event.

Interview - Bilingual Logistics Coordinator
When: Thursday Apr 9, 2026 11:00am – 11:45am Eastern Time - New York
Where: Microsoft Teams meeting
Who: Diego Álvarez (organizer), Lucía Morales

Hi Lucía, this will be with me and our ocean freight supervisor. Feel free to answer in Spanish or English.
""",
    ics=ics("cg-77231@coralgatelogistics.com", "20260409T110000", "20260409T114500",
            "Interview - Bilingual Logistics Coordinator", "dalvarez@coralgatelogistics.com",
            "Microsoft Teams", tzid="America/New_York"),
    ics_inline=True)

add("interview", "Grupo Mezquite", "Fernanda", "Coordinadora de Servicio al Cliente", "es", "hard",
    "'platicar mañana a las 5'; no word entrevista", interview_at="2025-09-16T17:00:00-06:00",
    frm="Fernanda Olvera <fernanda.olvera@grupomezquite.mx>",
    subj="¿Platicamos?",
    date="2025-09-15 11:02 -0600",
    body="""Hola Lucía,

Vi tu CV para la Coordinación de Servicio al Cliente y me gustaría platicar contigo unos 20 minutos para conocer tu experiencia con clientes en EE. UU.

¿Tienes chance mañana a las 5 de la tarde (hora CDMX)? Te marco por Google Meet: meet.google.com/kqv-rtzm-pha

Saludos,
Fernanda
""")

add("interview", "Lonestar Cold Chain", "Kyle", "Cold Chain Logistics Coordinator", "en", "hard",
    "reschedule of panel; new time in CT", interview_at="2026-06-12T14:30:00-05:00",
    frm="Kyle Brandt <kbrandt@lonestarcoldchain.com>",
    subj="Moving your panel to Friday",
    date="2026-06-08 09:05 -0500",
    body="""Hi Lucía,

Apologies for the shuffle: two of the panelists are now traveling Wednesday, so we need to move your panel from Wednesday to Friday at 2:30pm CT. Same Zoom link as before, same four people.

If Friday doesn't work, tell me and I'll find another slot.

Thanks,
Kyle Brandt
Talent Acquisition | Lonestar Cold Chain
Dallas, TX
""")

add("interview", "Maison Lévrier Logistique", "Claire", "Coordinatrice Supply Chain bilingue espagnol", "fr", "easy",
    "French; date and time stated", interview_at="2026-05-14T15:00:00+02:00",
    frm="Claire Dufresne <claire.dufresne@levrier-logistique.fr>",
    subj="Entretien – Coordinatrice Supply Chain bilingue espagnol",
    date="2026-05-06 10:10 +0200",
    body="""Bonjour Lucía,

Votre profil a retenu notre attention pour le poste de Coordinatrice Supply Chain bilingue espagnol.

Je vous propose un entretien en visioconférence le jeudi 14 mai à 15h00 (heure de Paris), avec moi-même et Mathieu Garnier, responsable des opérations. Le lien Teams vous sera envoyé la veille.

Merci de me confirmer votre disponibilité.

Bien à vous,
Claire Dufresne
Chargée de recrutement
""")

add("interview", "Brenner Spedition GmbH", "Tobias", "Disponent*in internationale Verkehre (m/w/d)", "de", "easy",
    "German; two slots offered, no fixed time",
    frm="Tobias Kern <t.kern@brenner-spedition.de>",
    subj="Einladung zum Vorstellungsgespräch",
    date="2025-10-22 09:48 +0200",
    body="""Sehr geehrte Frau Morales,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem ersten Vorstellungsgespräch per Videocall einladen.

Folgende Termine kann ich Ihnen anbieten:
- Montag, 27. Oktober, 10:00 Uhr
- Dienstag, 28. Oktober, 14:00 Uhr

Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

Mit freundlichen Grüßen
Tobias Kern
Teamleiter Disposition
Brenner Spedition GmbH
""")

add("interview", "Harborline Commerce", "Jess", "Customer Operations Coordinator", "en", "hard",
    "take-home case plus review session; no fixed time",
    frm="Jess Whitaker <jess@harborline.com>",
    subj="Next step: case exercise + review call",
    date="2026-02-09 16:45 +0000",
    body="""Hi Lucía,

Great speaking on Friday. As a next step we'd like you to complete a short case: you'll get a CSV of 300 delayed orders and we'd like a one-page plan for how you'd triage them and communicate with customers. Please spend no more than 2 hours on it.

Once you send it back, we'll book a 45-minute review session with Sam (our VP Ops) and me to walk through your approach. I'll send times once we receive it.

Case materials: https://harborline.ashbyhq.com/case/2281

Cheers,
Jess
Talent @ Harborline Commerce
""")

add("interview", "Almacenes Guadarrama", "Nuria", "Técnico/a de Logística", "es", "easy",
    "videollamada with date and time", interview_at="2025-03-03T12:30:00+01:00",
    frm="Nuria Campos <ncampos@almacenesguadarrama.es>",
    subj="Tu candidatura a Técnico/a de Logística – videollamada",
    date="2025-02-26 17:20 +0100",
    body="""Hola, Lucía:

Gracias por inscribirte en nuestra oferta de Técnico/a de Logística. Nos gustaría conocerte mejor.

Te proponemos una videollamada el lunes 3 de marzo a las 12:30 por Google Meet. Te enviaré el enlace por la mañana.

Si no te viene bien, dime y buscamos otro hueco.

Un saludo,
Nuria Campos
Selección · Almacenes Guadarrama
""")

add("interview", "Covewater Cruises", "", "Guest Services Operations Coordinator", "en", "easy",
    "GoodTime confirmation with fixed time", interview_at="2026-11-10T09:00:00-05:00",
    frm="Covewater Cruises Recruiting <scheduling@goodtime.io>",
    subj="Confirmed: Interview with Covewater Cruises on Tue, Nov 10",
    date="2026-11-04 13:30 -0500",
    html="""<html><body>
<p>Hi Lucía,</p>
<p>Your interview for <b>Guest Services Operations Coordinator</b> is confirmed.</p>
<table><tr><td>Date</td><td>Tuesday, November 10, 2026</td></tr>
<tr><td>Time</td><td>9:00 AM – 10:00 AM EST</td></tr>
<tr><td>Location</td><td>Zoom (link below)</td></tr></table>
<p><a href="https://zoom.us/j/9931822041">Join Zoom</a></p>
<p>Need to reschedule? <a href="https://app.goodtime.io/r/8hq2">Click here</a>.</p>
</body></html>""",
    ics=ics("gt-88120@goodtime.io", "20261110T140000Z", "20261110T150000Z",
            "Interview with Covewater Cruises", "scheduling@goodtime.io", "Zoom"))

add("interview", "Ruta Verde Logística", "Valentina", "Coordinadora de Transporte", "es", "hard",
    "confirmation reply; quoted part lists options", interview_at="2026-07-16T10:00:00-05:00",
    frm="Valentina Restrepo <vrestrepo@rutaverde.com.co>",
    subj="Re: Disponibilidad entrevista",
    date="2026-07-13 08:50 -0500", irt=True, mid="gmail",
    body="""¡Perfecto, Lucía! Queda agendado entonces para el jueves a las 10 am hora Bogotá. Te llega la invitación de Teams en un rato. Estará también Andrés, el jefe de operaciones.

Saludos,
Valentina

El vie, 10 jul 2026 a las 14:02, Lucía Morales (<lucia.morales.empleo@hotmail.com>) escribió:
> Hola Valentina, gracias. Tengo disponibilidad el miércoles a las 15h o el
> jueves a las 10h (hora Bogotá), o el viernes en la mañana.
> Un saludo, Lucía
""")

add("interview", "Fieldspring", "Tessa", "Operations Coordinator (Spanish speaking)", "en", "hard",
    "'quick chat'; asks for times",
    frm="Tessa Lindqvist <tessa@fieldspring.io>",
    subj="Quick chat about the ops role?",
    date="2025-08-11 10:14 -0700",
    body="""Hi Lucía,

Your background in bilingual customer ops caught my eye. Would you have 20 minutes this week for a quick chat about the Operations Coordinator role? Send me a couple of times that suit you (I'm on Pacific time, so mornings for me are afternoons for you).

Tessa
Fieldspring | People Ops
""")

add("interview", "Grupo Vértice Ibérica", "", "Técnico/a de Compras", "es", "easy",
    "in-person panel itinerary; HTML base64", interview_at="2025-10-21T09:30:00+02:00",
    frm="Talento Grupo Vértice <talento@grupovertice.es>",
    subj="Convocatoria: entrevista con el panel – Técnico/a de Compras",
    date="2025-10-14 11:00 +0200",
    html="""<html><body>
<p>Estimada Lucía:</p>
<p>Nos complace convocarte a la entrevista presencial con el panel para el puesto de <b>Técnico/a de Compras</b>.</p>
<ul><li><b>Día:</b> martes, 21 de octubre de 2025</li>
<li><b>Hora:</b> 9:30 h</li>
<li><b>Lugar:</b> C/ Ribera del Loira 60, Madrid – planta 3</li>
<li><b>Duración:</b> 2 horas (entrevista con el panel + caso práctico)</li></ul>
<p>Trae tu DNI para el acceso.</p>
<p>Un saludo,<br>Equipo de Talento</p>
</body></html>""", cte="base64")

add("interview", "Ridgefield Medical Supply", "", "Inventory Control Coordinator", "en", "easy",
    "one-way recorded video interview with deadline",
    frm="Ridgefield Medical Supply <notifications@hirevue-mail.com>",
    subj="Ridgefield Medical Supply has invited you to a video interview",
    date="2026-05-04 08:00 -0400",
    body="""Hello Lucía,

Ridgefield Medical Supply has invited you to complete a video interview for Inventory Control Coordinator (Req. 26-0371).

You'll answer five questions on camera at a time that suits you. Please complete it by May 11, 2026.

Start your interview: https://app.hirevue.com/i/RMS-7734

Good luck!
""")

add("interview", "Brightloop Commerce", "", "Coordinadora de Operaciones de Clientes (LATAM)", "es", "hard",
    "ModernLoop scheduling link in Spanish; 'conversación' only",
    frm="Brightloop Commerce <scheduling@modernloop.io>",
    subj="Elige horario: conversación con Brightloop Commerce",
    date="2026-01-08 15:22 -0500",
    body="""Hola Lucía:

El equipo de Brightloop Commerce quiere tener una conversación de 45 minutos contigo sobre el puesto de Coordinadora de Operaciones de Clientes (LATAM).

Elige el horario que mejor te venga en este enlace (verás las horas en tu zona horaria):
https://app.modernloop.io/candidate/availability/bl-55219

Participantes: responsable de Soporte LATAM y una persona del equipo de Operaciones.

Gracias,
Brightloop Commerce – Talent
""")

add("interview", "Thistle & Crane Imports", "Ainhoa", "EMEA Order Management Coordinator", "en", "hard",
    "agency recruiter passes on client interview; London time", interview_at="2026-03-16T16:00:00+00:00",
    frm="Ainhoa Echeverría <aecheverria@hunterlane-seleccion.es>",
    subj="Thistle & Crane - interview confirmed",
    date="2026-03-11 13:15 +0100",
    body="""Hi Lucía,

Good news: Thistle & Crane Imports would like to meet you for the EMEA Order Management Coordinator role. Their ops director, Graham Holt, has confirmed Monday 16 March at 4pm London time on Zoom (that's 5pm in Madrid).

He'll send the link directly. Focus on your experience with EDI orders and Spanish retail accounts.

Un saludo,
Ainhoa Echeverría
Consultora Senior · Hunter & Lane Selección
""")

add("interview", "Saltmarsh Outfitters", "Jordan", "Fulfillment Operations Lead", "en", "easy",
    "Lever onsite confirmation with fixed time", interview_at="2026-08-21T10:00:00-04:00",
    frm="Jordan Reyes <jordan.reyes@saltmarsh.com>",
    subj="Onsite interview - Fulfillment Operations Lead",
    date="2026-08-12 12:40 -0400",
    hdrs={"X-Mailer": "Lever"},
    body="""Hi Lucía,

We'd love to invite you to an onsite interview at our Doral facility on Friday, August 21, 2026, from 10:00 AM to 1:00 PM EDT.

Agenda:
10:00 – facility walkthrough with shift leads
11:00 – outbound planning case
12:15 – lunch with me

Address: 8740 NW 25th St, Doral, FL. Ask for me at security.

Looking forward to it!
Jordan Reyes
Director, Fulfillment Operations
Saltmarsh Outfitters
""")

add("interview", "Viajes Azahar", "Irene", "Coordinadora de Operaciones de Grupos", "es", "hard",
    "second meeting with director; slots; no word entrevista",
    frm="Irene Navarro <irene.navarro@viajesazahar.com>",
    subj="Segunda reunión – Operaciones de Grupos",
    date="2026-04-23 10:35 +0200",
    body="""Hola Lucía:

Te escribo para coordinar una segunda reunión, esta vez con Javier Soler, nuestro director de operaciones. Serían unos 45 minutos en nuestras oficinas de Valencia o por Teams, como prefieras.

Opciones:
- miércoles 29 de abril, 11:00
- jueves 30 de abril, 16:30
- lunes 4 de mayo, 9:30

Dime cuál te encaja mejor.

Irene Navarro
Responsable de Personas
Viajes Azahar
""")

add("interview", "Palmetto Route Logistics", "Ashley", "Customer Operations Coordinator", "en", "hard",
    "'unfortunately' but it is a reschedule to a fixed time", interview_at="2025-04-17T15:00:00-04:00",
    frm="Ashley Grant <agrant@palmettoroute.com>",
    subj="Re: Application - Customer Operations Coordinator",
    date="2025-04-15 16:58 -0400", irt=True, mid="outlook",
    body="""Hi Lucía,

Unfortunately Kim is out sick, so we'll need to move tomorrow's call. Could we do Thursday at 3pm instead? Same Teams link. Sorry for the late notice!

Ashley Grant
HR Generalist
Palmetto Route Logistics | Miami, FL
""")

add("interview", "Distribuidora Pacífico Sur", "Rodrigo", "Coordinador/a Supply Chain", "es", "easy",
    "calendar invite (.ics) for technical interview", interview_at="2026-01-20T11:00:00-06:00",
    frm="Rodrigo Sandoval <rsandoval@dpacificosur.com.mx>",
    subj="Invitación: Entrevista técnica - Coordinador/a Supply Chain - mar 20 ene 2026 11:00 (CST)",
    date="2026-01-14 09:40 -0600", mid="outlook",
    body="""Entrevista técnica - Coordinador/a Supply Chain
Cuándo: martes, 20 de enero de 2026 11:00-12:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey
Dónde: Microsoft Teams

Lucía: revisaremos tu caso de planeación de inventarios y un par de ejercicios en Excel. Trae tu laptop.
Rodrigo
""",
    ics=ics("dps-3321@dpacificosur.com.mx", "20260120T110000", "20260120T120000",
            "Entrevista técnica - Coordinador/a Supply Chain", "rsandoval@dpacificosur.com.mx",
            "Microsoft Teams", tzid="America/Mexico_City"),
    ics_inline=True)

add("interview", "Hafenkontor Logistik", "Jana", "International Customer Service Coordinator", "en", "easy",
    "German employer writing in English; CET", interview_at="2026-02-03T14:00:00+01:00",
    frm="Jana Petersen <j.petersen@hafenkontor-logistik.de>",
    subj="Invitation to a conversation - International Customer Service Coordinator",
    date="2026-01-27 10:05 +0100",
    body="""Dear Ms Morales,

Thank you for your application. We'd like to invite you to an interview with our team lead, Sven Möller, on Tuesday 3 February 2026 at 14:00 CET via Microsoft Teams.

Please confirm by replying to this email. You are welcome to speak Spanish for part of the conversation, as the role supports our Latin American accounts.

Kind regards
Jana Petersen
HR Business Partner
Hafenkontor Logistik GmbH & Co. KG, Hamburg
""")

add("interview", "Gulfstar Markets", "", "Store Logistics Coordinator", "en", "hard",
    "chatbot assistant signer (not a person); scheduling link",
    frm="Olivia at Gulfstar Markets <olivia@paradox.ai>",
    subj="Let's get your interview scheduled, Lucía!",
    date="2025-12-09 19:01 -0600",
    body="""Hi Lucía! 👋

I'm Olivia, Gulfstar Markets' virtual recruiting assistant. Thanks for applying to Store Logistics Coordinator in Houston, TX.

The hiring manager would like to meet you! Tap below to pick an interview time that works for you:
https://gulfstar.paradox.ai/s/lm4Q2

You can also reply to this email or text me at (832) 555-0179.

Olivia
Virtual Assistant, Gulfstar Markets
""")

# ---------------------------------------------------------------------------
# Offers (6)
# ---------------------------------------------------------------------------

add("offer", "Coral Gate Logistics", "Diego", "Bilingual Logistics Coordinator", "en", "easy", "offer letter PDF attached",
    frm="Diego Álvarez <dalvarez@coralgatelogistics.com>",
    subj="Offer Letter - Bilingual Logistics Coordinator",
    date="2026-04-24 15:30 -0400",
    body="""Hi Lucía,

On behalf of Coral Gate Logistics, I'm delighted to offer you the position of Bilingual Logistics Coordinator. Please find your offer letter attached with the details on compensation, benefits and the proposed start date of May 18.

Could you review it and let me know by Wednesday? Happy to jump on a call with any questions.

Congratulations!
Diego Álvarez
Operations Manager | Coral Gate Logistics
""", pdf="CoralGate_Offer_LMorales.pdf")

add("offer", "Transportes Ribera Norte", "Begoña", "Coordinadora de Tráfico", "es", "easy", "Spanish offer",
    frm="Begoña Llorente <bllorente@riberanorte.es>",
    subj="Propuesta de incorporación – Coordinadora de Tráfico",
    date="2026-03-05 13:10 +0100",
    body="""Hola Lucía:

Nos complace ofrecerte el puesto de Coordinadora de Tráfico en Transportes Ribera Norte.

Condiciones:
- Contrato indefinido, jornada completa (L–V, 8:00–16:30)
- Salario bruto anual: 31.000 € en 14 pagas
- Incorporación: 1 de abril de 2026

Te adjuntaré el contrato en cuanto nos confirmes que aceptas. ¡Esperamos tenerte en el equipo!

Begoña Llorente
Jefa de Tráfico · Transportes Ribera Norte
""")

add("offer", "Distribuidora Pacífico Sur", "Rodrigo", "Coordinador/a Supply Chain", "es", "hard",
    "follow-up to verbal offer; never says oferta",
    frm="Rodrigo Sandoval <rsandoval@dpacificosur.com.mx>",
    subj="Propuesta económica y fecha de ingreso",
    date="2026-01-29 18:22 -0600", mid="outlook",
    body="""Hola Lucía,

Como platicamos hoy por teléfono, te comparto por escrito la propuesta:

- Puesto: Coordinador/a Supply Chain
- Sueldo mensual bruto: $38,500 MXN
- Prestaciones superiores a la ley (vales de despensa, SGMM, 20 días de vacaciones)
- Fecha de ingreso: lunes 16 de febrero

Si estás de acuerdo, respóndeme este correo y le pido a Capital Humano que prepare el contrato.

Un abrazo,
Rodrigo Sandoval
Gerente de Operaciones | Distribuidora Pacífico Sur
""")

add("offer", "Lonestar Cold Chain", "", "Cold Chain Logistics Coordinator", "en", "hard",
    "Workday task notification; no 'congratulations'",
    frm="Lonestar Cold Chain <lonestarcoldchain@myworkday.com>",
    subj="Action Required: Review Offer",
    date="2026-06-23 10:02 -0500",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Hello Lucía,

You have a new task in your candidate home: Review Offer - Cold Chain Logistics Coordinator (JR-1187).

Please sign in to review the offer details and accept or decline by 06/30/2026.

https://wd5.myworkday.com/lonestar/d/task/offer/1187

This is an automated message from Lonestar Cold Chain.
""")

add("offer", "Hafenkontor Logistik", "Jana", "International Customer Service Coordinator", "de", "easy",
    "German contract offer",
    frm="Jana Petersen <j.petersen@hafenkontor-logistik.de>",
    subj="Vertragsangebot – International Customer Service Coordinator",
    date="2026-02-12 16:40 +0100",
    body="""Liebe Frau Morales,

wir freuen uns sehr, Ihnen die Position als International Customer Service Coordinator in Hamburg anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot (Bruttojahresgehalt 48.000 €, 30 Urlaubstage, Eintritt zum 1. April 2026). Wir unterstützen Sie gerne beim Umzug von Madrid.

Bitte geben Sie uns bis zum 20. Februar Bescheid.

Herzliche Grüße
Jana Petersen
HR Business Partnerin
Hafenkontor Logistik GmbH & Co. KG
""", pdf="Vertragsangebot_Morales.pdf")

add("offer", "Harborline Commerce", "Jess", "Customer Operations Coordinator", "en", "hard",
    "'welcome aboard' + DocuSign; contingent on background check",
    frm="Jess Whitaker <jess@harborline.com>",
    subj="Welcome aboard (pending a couple of formalities)",
    date="2026-03-06 17:15 +0000",
    body="""Hi Lucía,

Sam and I loved your case review, and we'd like you to join Harborline as our Customer Operations Coordinator. Your paperwork (salary of £34,000, hybrid from our London office, start date 13 April) is waiting for you in DocuSign.

It's contingent on a standard background check, which our partner will kick off once you sign. Please sign by Friday if you're happy with everything.

So excited!
Jess
""")

# ---------------------------------------------------------------------------
# Application received (16)
# ---------------------------------------------------------------------------

add("application_received", "Almacenes Guadarrama", "", "Técnico/a de Logística", "es", "easy",
    "job-board submission confirmation",
    frm="InfoJobs <noreply@mail.infojobs.net>",
    subj="Te has inscrito en la oferta Técnico/a de Logística",
    date="2025-02-18 21:33 +0100",
    hdrs={"List-Unsubscribe": "<https://www.infojobs.net/baja?u=8812>"},
    body="""¡Hola Lucía!

Tu candidatura se ha enviado correctamente.

Oferta: Técnico/a de Logística
Empresa: Almacenes Guadarrama
Ubicación: Alcobendas (Madrid)

La empresa revisará tu currículum. Te avisaremos por email cuando cambie el estado de tu candidatura.

El equipo de InfoJobs
""")

add("application_received", "Brightloop Commerce", "", "Customer Operations Coordinator", "en", "easy", "Greenhouse ack",
    frm="Brightloop Commerce Recruiting <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Brightloop Commerce",
    date="2025-04-22 02:14 -0400",
    body="""Hi Lucía,

Thanks for applying to the Customer Operations Coordinator role at Brightloop Commerce! We've received your application and our team will review it shortly.

If your experience is a fit, someone from our recruiting team will be in touch about next steps.

Best,
Brightloop Talent
""")

add("application_received", "Corvina Foods", "", "Logistics Coordinator", "en", "easy", "Workday ack",
    frm="HR Talent Acquisition <halvorsen@myworkday.com>",
    subj="Application Received: Logistics Coordinator (R-004417)",
    date="2025-06-19 07:58 -0500",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Dear Lucía,

Thank you for applying to R-004417 Logistics Coordinator at Corvina Foods. Your application has been successfully submitted.

You can check the status of your application at any time in your candidate home account.

Talent Acquisition
Corvina Foods
""")

add("application_received", "Andina Cargo", "", "Analista de Servicio al Cliente Bilingüe", "es", "easy",
    "job-board submission confirmation",
    frm="Computrabajo <notificaciones@computrabajo.com>",
    subj="Postulación enviada: Analista de Servicio al Cliente Bilingüe",
    date="2025-08-25 22:40 -0500",
    body="""Hola Lucía,

Tu postulación fue enviada con éxito.

Cargo: Analista de Servicio al Cliente Bilingüe
Empresa: Andina Cargo S.A.S.
Ciudad: Bogotá, D.C.

Te notificaremos cuando la empresa lea tu hoja de vida.

Computrabajo
""")

add("application_received", "Fieldspring", "", "Operations Coordinator (Spanish speaking)", "en", "hard",
    "'Unfortunately' about response volume in an acknowledgement",
    frm="Fieldspring <no-reply@hire.lever.co>",
    subj="Thanks for applying to Fieldspring",
    date="2025-08-06 18:03 -0700",
    body="""Hi Lucía,

Thank you for your application for Operations Coordinator (Spanish speaking). We've got it and a real human will read it.

Unfortunately, because of the volume of applications we receive, we can't reply individually to everyone. If we'd like to move forward, we'll reach out within two weeks.

The Fieldspring team
""")

add("application_received", "Nómada Viajes", "", "Customer Operations Coordinator", "es", "hard",
    "ack says silence after 15 days means not selected",
    frm="Nómada Viajes <notifications@factorialhr.com>",
    subj="Hemos recibido tu candidatura",
    date="2025-05-09 11:25 +0200",
    body="""Hola Lucía,

¡Gracias por querer formar parte de Nómada Viajes! Hemos recibido tu candidatura para Customer Operations Coordinator.

Nuestro equipo la revisará en los próximos días. Si en 15 días no recibes noticias nuestras, entiende que tu candidatura no ha sido seleccionada en esta ocasión.

Un abrazo,
Equipo de People
""")

add("application_received", "Maison Lévrier Logistique", "", "Coordinatrice Supply Chain bilingue espagnol", "fr", "easy",
    "French ATS acknowledgement",
    frm="Maison Lévrier Logistique <no-reply@teamtailor.com>",
    subj="Nous avons bien reçu votre candidature",
    date="2025-05-12 08:05 +0200",
    body="""Bonjour Lucía,

Merci pour votre candidature au poste de Coordinatrice Supply Chain bilingue espagnol chez Maison Lévrier Logistique. Nous l'avons bien reçue.

Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

L'équipe recrutement
""", cte="quoted-printable")

add("application_received", "Brenner Spedition GmbH", "", "Disponent*in internationale Verkehre (m/w/d)", "de", "easy",
    "German ATS acknowledgement",
    frm="Brenner Spedition GmbH <jobs@brenner-spedition.jobs.personio.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung",
    date="2025-10-09 20:11 +0200",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Morales,

vielen Dank für Ihre Bewerbung als Disponent*in internationale Verkehre (m/w/d). Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns zeitnah bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brenner Spedition GmbH
""")

add("application_received", "Keystone Parcel", "", "Dispatch Coordinator", "en", "easy", "SmartRecruiters ack",
    frm="Keystone Parcel <noreply@smartrecruiters.com>",
    subj="Thank you for your application",
    date="2025-11-14 12:00 -0500",
    body="""Dear Lucía,

We have received your application for Dispatch Coordinator at Keystone Parcel. Thank you for your interest.

Our recruiting team is reviewing applications and will contact candidates whose qualifications best meet our needs.

Keystone Parcel Talent Acquisition
""")

add("application_received", "Bluebonnet Supply", "", "Logistics Coordinator", "en", "hard",
    "describes interview stages and possible decline as future steps",
    frm="Bluebonnet Supply Careers <bluebonnetsupply@talent.icims.com>",
    subj="We received your application - Logistics Coordinator",
    date="2026-04-02 23:18 -0500",
    body="""Dear Lucía,

Thank you for applying for Logistics Coordinator at Bluebonnet Supply. This message confirms we received your application.

What happens next:
1. A recruiter reviews your application (usually 5-7 business days).
2. Selected candidates are invited to a phone interview, then a panel interview with the warehouse team.
3. If you are not selected, we will let you know by email.

Thanks again for your interest.
Bluebonnet Supply Talent Acquisition
""")

add("application_received", "Grupo Vértice Ibérica", "", "Técnico/a de Compras", "es", "easy",
    "SuccessFactors-style ack; auto-generated header",
    frm="Grupo Vértice Ibérica - Empleo <empleo@successfactors.eu>",
    subj="Confirmación de recepción de candidatura (Ref. 24117)",
    date="2025-09-30 18:47 +0200",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Estimada Lucía:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Técnico/a de Compras (Ref. 24117).

El equipo de Selección está analizando los perfiles y contactará con las personas preseleccionadas.

Dirección de Personas
Grupo Vértice Ibérica
""", cte="base64")

add("application_received", "Parcelwise", "Marcus", "Operations Coordinator, LATAM", "en", "hard",
    "templated ack signed by CEO; reads personal",
    frm="Marcus at Parcelwise <marcus@parcelwise.com>",
    subj="Thanks for applying, Lucía",
    date="2026-03-19 07:30 +0000",
    body="""Hey Lucía —

Thanks for applying to be our Operations Coordinator, LATAM! I'm one of the founders and I try to read every application myself.

We're a small team, so please bear with us. We'll be in touch either way within a couple of weeks.

Marcus
Co-founder, Parcelwise

Sent via Ashby
""")

add("application_received", "Ruta Verde Logística", "", "Coordinadora de Transporte", "es", "easy", "ack",
    frm="Ruta Verde Logística <empleos@rutaverde.com.co>",
    subj="Recibimos tu postulación – Coordinadora de Transporte",
    date="2026-06-25 09:12 -0500",
    body="""Hola Lucía,

Gracias por postularte al cargo de Coordinadora de Transporte. Recibimos tu hoja de vida y la estamos revisando.

Si tu perfil avanza, nos comunicaremos contigo para coordinar los siguientes pasos.

Gestión Humana
Ruta Verde Logística
""")

add("application_received", "Covewater Cruises", "", "Guest Services Operations Coordinator", "en", "hard",
    "subject 'next steps'; only an acknowledgement",
    frm="Covewater Cruises Talent <donotreply@jobvite.com>",
    subj="Next steps for your Covewater Cruises application",
    date="2026-10-20 11:45 -0400",
    html="""<html><body>
<p>Dear Lucía,</p>
<p>Thank you for applying for <b>Guest Services Operations Coordinator</b>. Your application has been received and is now under review.</p>
<p>Our recruiters review every application. If your qualifications match, a member of the team will contact you to discuss next steps.</p>
<p>Covewater Cruises Talent Acquisition</p>
</body></html>""")

add("application_received", "Lindqvist Handel", "", "Coordinador/a de Atención al Cliente", "es", "hard",
    "German company's Spanish ATS ack; sender name differs from signature",
    frm="Lindqvist Handel GmbH <noreply@lindqvist.jobs.personio.com>",
    subj="Confirmación de tu candidatura",
    date="2026-06-03 13:09 +0200",
    body="""Hola Lucía:

Gracias por tu candidatura para el puesto de Coordinador/a de Atención al Cliente en nuestra oficina de Madrid.

Hemos recibido tu documentación y la revisaremos en los próximos días.

Saludos,
Equipo de Recursos Humanos
Lindqvist Handel
""")

add("application_received", "Quayside Travel", "", "Bilingual Customer Support Lead", "en", "easy", "ATS ack",
    frm="Quayside Travel <jobs@quaysidetravel.recruitee.com>",
    subj="Thank you for applying to Quayside Travel",
    date="2026-08-30 16:20 +0100",
    body="""Hi Lucía,

Thank you for applying for the Bilingual Customer Support Lead role at Quayside Travel. We've received your application.

We'll review it carefully and get back to you as soon as we can.

Kind regards,
Quayside Travel Recruitment
""")

# ---------------------------------------------------------------------------
# Auto replies (14)
# ---------------------------------------------------------------------------

add("auto_reply", "Coral Gate Logistics", "Diego", "", "en", "easy", "'back on 3/16'", return_date="2026-03-16",
    frm="Diego Álvarez <dalvarez@coralgatelogistics.com>",
    subj="Automatic reply: Application - Bilingual Logistics Coordinator",
    date="2026-03-09 08:02 -0400", irt=True, mid="outlook",
    hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"},
    body="""I'm out of the office and will be back on 3/16. I'll respond to your message as soon as I can.

For urgent shipment matters, please contact ops@coralgatelogistics.com.

Diego
""")

add("auto_reply", "Transportes Ribera Norte", "Begoña", "", "es", "easy", "Spanish vacation responder",
    return_date="2025-09-01",
    frm="Begoña Llorente <bllorente@riberanorte.es>",
    subj="Respuesta automática: Candidatura Coordinadora de Tráfico",
    date="2025-08-12 10:30 +0200", irt=True,
    hdrs={"Auto-Submitted": "auto-replied"},
    body="""Hola:

Estoy de vacaciones y me reincorporo el lunes 1 de septiembre. Durante mi ausencia no revisaré el correo.

Para asuntos urgentes, escribe a trafico@riberanorte.es.

Gracias,
Begoña Llorente
""")

add("auto_reply", "Brenner Spedition GmbH", "Tobias", "", "de", "easy", "Abwesenheitsnotiz", return_date="2026-01-12",
    frm="Tobias Kern <t.kern@brenner-spedition.de>",
    subj="Abwesenheitsnotiz: Rückfrage zum Gesprächstermin",
    date="2025-12-23 09:12 +0100", irt=True,
    hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. Januar 2026 nicht im Büro und ab Montag, dem 12. Januar 2026, wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an disposition@brenner-spedition.de.

Mit freundlichen Grüßen
Tobias Kern
""", cte="quoted-printable")

add("auto_reply", "Maison Lévrier Logistique", "Claire", "", "fr", "easy", "French absence message",
    return_date="2025-08-18",
    frm="Claire Dufresne <claire.dufresne@levrier-logistique.fr>",
    subj="Réponse automatique : Candidature Coordinatrice Supply Chain",
    date="2025-08-05 14:50 +0200", irt=True,
    hdrs={"Auto-Submitted": "auto-replied"},
    body="""Bonjour,

Je suis absente du 4 au 15 août inclus, avec un accès limité à ma messagerie. Je serai de retour le lundi 18 août et traiterai votre message dès que possible.

Pour toute urgence, merci de contacter recrutement@levrier-logistique.fr.

Claire Dufresne
""")

add("auto_reply", "Saltmarsh Outfitters", "Jordan", "", "en", "hard",
    "no longer with company; no headers; refer to colleague",
    frm="Jordan Reyes <jordan.reyes@saltmarsh.com>",
    subj="Re: Following up - Fulfillment roles",
    date="2026-11-12 06:00 -0500", irt=True,
    body="""Thank you for your email. I am no longer with Saltmarsh Outfitters. For questions about fulfillment hiring, please contact Renata Ocampo at renata.ocampo@saltmarsh.com.

This inbox will be deactivated at the end of the month.
""")

add("auto_reply", "Keystone Parcel", "", "", "en", "easy", "unmonitored-mailbox bounce-back",
    frm="Keystone Parcel Careers <careers@keystoneparcel.com>",
    subj="Re: Question about Dispatch Coordinator application",
    date="2025-11-20 13:04 -0500", irt=True,
    hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    body="""This mailbox is not monitored. Replies sent to this address are not read.

To check the status of your application, please log in to your candidate profile at careers.keystoneparcel.com.
""")

add("auto_reply", "Viajes Azahar", "Irene", "", "es", "hard",
    "maternity leave; subject mentions entrevista; only X-Autoreply", return_date="2026-04-07",
    frm="Irene Navarro <irene.navarro@viajesazahar.com>",
    subj="Respuesta automática: Re: Entrevista Operaciones de Grupos",
    date="2026-01-19 11:22 +0100", irt=True,
    hdrs={"X-Autoreply": "yes"},
    body="""Hola,

Estoy de baja por maternidad y me reincorporaré el martes 7 de abril de 2026. Si escribes por un proceso de selección o por tu entrevista, Carmen Ruiz (carmen.ruiz@viajesazahar.com) lleva mis procesos mientras tanto.

Gracias,
Irene
""")

add("auto_reply", "Harborline Commerce", "Jess", "", "en", "hard",
    "relative 'until Monday'; no auto headers; subject mentions interview", return_date="2026-03-02",
    frm="Jess Whitaker <jess@harborline.com>",
    subj="Re: Interview availability",
    date="2026-02-26 09:40 +0000", irt=True,
    body="""Hi! I'm away until Monday with patchy signal and will reply when I'm back at my desk. If it's about a scheduled interview, talent@harborline.com can help.

Jess
""")

add("auto_reply", "Distribuidora Pacífico Sur", "Rodrigo", "", "es", "easy", "holiday responder, Mexico",
    return_date="2026-01-07",
    frm="Rodrigo Sandoval <rsandoval@dpacificosur.com.mx>",
    subj="Respuesta automática: CV Coordinador/a Supply Chain",
    date="2025-12-22 10:05 -0600", irt=True, mid="outlook",
    hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Gracias por tu correo. Me encuentro de vacaciones; regreso el 7 de enero y contestaré a la brevedad.

Para temas urgentes de operación, contacta a Ana Ruelas: aruelas@dpacificosur.com.mx

Rodrigo Sandoval
""")

add("auto_reply", "Lumen Harbor", "Priya", "", "en", "easy", "ISO-style dates", return_date="2026-03-23",
    frm="Priya Raman <priya.raman@lumenharbor.com>",
    subj="Out of office: Introduction to partner-success team",
    date="2026-03-16 07:45 +0000", irt=True,
    hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Hello, and thanks for your message.

I'm out of office through Sunday 2026-03-22 and back in on 2026-03-23. I'll reply then.

Best,
Priya
""")

add("auto_reply", "Cervecería Altiplano", "Luis", "", "es", "hard", "mailbox no longer active; redirect; no return date",
    frm="Luis Ortega <luis.ortega@altiplano.mx>",
    subj="Re: Reapertura vacante Coordinación Logística",
    date="2026-03-02 08:00 -0600", irt=True,
    body="""Gracias por tu mensaje. Este buzón ya no está activo.

Para temas de reclutamiento escribe a seleccion@altiplano.mx; para distribución, a distribucion@altiplano.mx.
""")

add("auto_reply", "Palmetto Route Logistics", "Ashley", "", "en", "easy", "conference OOO", return_date="2025-03-10",
    frm="Ashley Grant <agrant@palmettoroute.com>",
    subj="Automatic reply: Customer Operations Coordinator application",
    date="2025-03-04 12:14 -0500", irt=True, mid="outlook",
    hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Thank you for your email. I'm attending the SHRM regional conference and returning Monday 10 March. I'll respond to your message then.

Ashley Grant
HR Generalist | Palmetto Route Logistics
""")

add("auto_reply", "Hafenkontor Logistik", "Jana", "", "de", "hard", "bilingual German/English OOO with short date",
    return_date="2025-10-28",
    frm="Jana Petersen <j.petersen@hafenkontor-logistik.de>",
    subj="Automatische Antwort: Initiativbewerbung Hamburg",
    date="2025-10-20 18:30 +0200", irt=True,
    hdrs={"Auto-Submitted": "auto-replied"},
    body="""Guten Tag,

ich bin bis zum 27.10. nicht im Haus. Ab dem 28.10.2025 bin ich wieder für Sie da.

I am out of the office until 27 October and will be back on 28 October 2025.

Beste Grüße / Best regards
Jana Petersen
""")

add("auto_reply", "Tostadores del Eje", "", "", "es", "hard",
    "generic HR autoresponder promising reply in 48h; could look like an ack",
    frm="Talento Humano <talento@tostadoresdeleje.co>",
    subj="Respuesta automática: Pregunta sobre Coordinador(a) de Exportaciones",
    date="2026-08-18 15:02 -0500", irt=True,
    hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
    body="""Hola, gracias por escribirnos.

Este es un mensaje automático: recibimos tu correo y te responderemos en un plazo de 48 horas hábiles.

Equipo de Talento Humano
Tostadores del Eje
""")

# ---------------------------------------------------------------------------
# Other (26)
# ---------------------------------------------------------------------------

add("other", "", "", "", "es", "easy", "job alert digest",
    frm="InfoJobs Alertas <alertas@mail.infojobs.net>",
    subj="15 ofertas nuevas de «coordinador logística» en Madrid",
    date="2025-01-14 07:00 +0100",
    hdrs={"List-Unsubscribe": "<https://www.infojobs.net/alertas/baja?a=4471>", "Precedence": "bulk"},
    body="""Hola Lucía, estas son las nuevas ofertas de tu alerta «coordinador logística»:

- Coordinador/a de Logística – Transportes Sierra Norte – Alcobendas
- Técnico/a de Operaciones Logísticas – Frío Meseta – Getafe
- Coordinador/a de Almacén (turno mañana) – Almacenes Orcasitas – Madrid
... y 12 ofertas más.

Ver todas: https://www.infojobs.net/alertas/4471

Puedes modificar o dar de baja tus alertas desde tu perfil.
""")

add("other", "", "", "", "en", "easy", "social network notification naming companies",
    frm="LinkedIn <notifications-noreply@linkedin.com>",
    subj="Lucía, you appeared in 14 searches this week",
    date="2025-06-16 05:31 +0000",
    hdrs={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>"},
    html="""<html><body>
<p>Hi Lucía,</p>
<p>You appeared in <b>14 searches</b> this week.</p>
<p>People who searched for you work at: Coral Gate Logistics, Keystone Parcel, Lumen Harbor.</p>
<p>Top search keyword: <i>logistics coordinator spanish</i></p>
<p><a href="https://www.linkedin.com/me/search-appearances">See all searches</a></p>
</body></html>""")

add("other", "", "", "", "es", "hard", "card payment declined ('rechazada', 'lamentamos')",
    frm="Banco Meseta <avisos@bancomeseta.es>",
    subj="Operación denegada con tu tarjeta terminada en 4471",
    date="2025-07-02 22:18 +0200",
    body="""Hola Lucía:

Lamentamos informarte de que una compra con tu tarjeta de débito terminada en 4471 ha sido rechazada.

Comercio: VUELOSBARATOS*ONLINE
Importe: 412,80 EUR
Motivo: límite diario superado

Si no reconoces esta operación, llámanos al 900 102 030. Puedes modificar tus límites desde la app.

Banco Meseta
""")

add("other", "", "", "", "es", "easy", "train ticket purchase",
    frm="Ferrovía Billetes <billetes@ferrovia.es>",
    subj="Tu billete Madrid – Valencia · Localizador FQ7K2M",
    date="2026-04-27 19:03 +0200",
    body="""Gracias por viajar con Ferrovía.

Localizador: FQ7K2M
Ida: jueves 30/04/2026 · Madrid Chamartín 08:05 → Valencia Joaquín Sorolla 09:57
Coche 6 · Plaza 12A · Tarifa Básica

Presenta el código QR adjunto en el control de acceso.
""")

add("other", "", "", "", "en", "hard", "airline upgrade 'offer'",
    frm="Iberavia <offers@mail.iberavia.com>",
    subj="Lucía, your upgrade offer for MAD–MIA is ready",
    date="2026-08-16 10:00 +0200",
    hdrs={"List-Unsubscribe": "<https://mail.iberavia.com/unsub?id=55>"},
    html="""<html><body>
<h2>Make your trip to Miami extraordinary</h2>
<p>Dear Lucía, we're delighted to offer you an upgrade to Business Class on flight IA6121 MAD–MIA on 19 August for only €389.</p>
<p>This offer expires in 48 hours. <a href="https://iberavia.com/upgrade">Accept offer</a></p>
</body></html>""")

add("other", "", "Ramón", "", "es", "hard", "apartment application; another tenant chosen",
    frm="Ramón Iglesias <ramon.iglesias.pisos@gmail.com>",
    subj="Re: Piso calle Ponzano – solicitud",
    date="2025-09-23 20:40 +0200", irt=True, mid="gmail",
    body="""Hola Lucía:

Gracias por mandarme las nóminas y el contrato. Al final hemos elegido a otra inquilina que podía entrar el día 1, así que el piso de Ponzano ya no está disponible.

Siento no traer mejores noticias. Si tengo otro piso por Chamberí te aviso.

Ramón
""")

add("other", "", "", "", "es", "hard", "gym membership cancellation accepted + 50% off offer",
    frm="FitZone Chamberí <hola@fitzone.es>",
    subj="Tu solicitud de baja ha sido aceptada",
    date="2025-10-31 12:00 +0100",
    hdrs={"List-Unsubscribe": "<mailto:baja@fitzone.es>"},
    body="""Hola Lucía:

Hemos aceptado tu solicitud de baja. Tu última cuota se cargará el 1 de noviembre.

¿Te lo replanteas? Tenemos una oferta solo para ti: 3 meses al 50 % si vuelves antes del 30 de noviembre.

Equipo FitZone Chamberí
""")

add("other", "", "", "Máster en Dirección de Supply Chain", "es", "hard", "university admission reads like an offer",
    frm="Admisiones Universidad del Tajo <admisiones@udeltajo.es>",
    subj="Resolución de admisión – Máster en Dirección de Supply Chain",
    date="2026-06-30 14:00 +0200",
    body="""Estimada Lucía Morales:

Nos complace comunicarte que has sido ADMITIDA en el Máster en Dirección de Supply Chain (edición 2026-2027, modalidad online).

Para reservar tu plaza, abona la matrícula antes del 15 de julio desde el portal del estudiante.

Enhorabuena,
Oficina de Admisiones
Universidad del Tajo
""")

add("other", "", "", "", "en", "hard", "newsletter article about rejection after final interview",
    frm="The Ops Career Brief <hello@opscareerbrief.com>",
    subj="How to bounce back after a final-round rejection",
    date="2025-11-11 06:30 -0500",
    hdrs={"List-Unsubscribe": "<https://opscareerbrief.com/unsubscribe>", "Precedence": "bulk"},
    body="""This week: getting a "no" after the final interview

You made it through four rounds and then got the email: "we've decided to move forward with another candidate." Here's how ops professionals we spoke to handled it, and the three questions worth asking the recruiter for feedback.

Also inside: the best-paid logistics coordinator markets in Texas and Florida.

Read the issue: https://opscareerbrief.com/issues/112

You're receiving this because you subscribed at opscareerbrief.com.
""")

add("other", "", "", "", "en", "hard", "podcast 'interview' with a logistics executive; HTML only",
    frm="Last Mile Talks <podcast@lastmiletalks.fm>",
    subj="New episode: our interview with Coral Gate's head of ocean freight",
    date="2026-05-28 12:00 -0400",
    hdrs={"List-Unsubscribe": "<https://lastmiletalks.fm/unsub>"},
    html="""<html><body>
<h1>Episode 88 is live</h1>
<p>This week we sit down for an interview with the head of ocean freight at a Miami forwarder about port congestion and hiring bilingual coordinators.</p>
<p><a href="https://lastmiletalks.fm/88">Listen now</a></p>
</body></html>""")

add("other", "", "Carla", "", "es", "hard", "friend's own interview and rejection",
    frm="Carla Benítez <carlabenitez88@gmail.com>",
    subj="jajaja qué semana",
    date="2025-12-05 23:14 +0100", mid="gmail",
    body="""Tía, te cuento: el martes tuve la entrevista en la naviera de Valencia que te dije y hoy me han escrito que no siguen conmigo. Me da igual, el sitio no me convencía.

¿Qué tal lo tuyo con los de México? ¿Te han dicho algo de la oferta? Cuéntame y quedamos el finde para un vermú.

Besos,
Carla
""")

add("other", "", "Mateo", "Logistics Coordinator", "en", "hard", "friend forwards a posting; mentions interviewing",
    frm="Mateo Quintero <mateo.quintero@outlook.com>",
    subj="Fwd: Logistics Coordinator - Miami - referral?",
    date="2026-07-20 21:05 -0400",
    body="""Lucía! My company is hiring for this, thought of you right away. If you want, I can refer you, and I know the manager interviewing for it. Send me your CV?

Mateo

---------- Forwarded message ---------
From: Internal Mobility <mobility@corp-mail.example>
Date: Mon, Jul 20, 2026 at 10:02 AM
Subject: Logistics Coordinator - Miami
To: All Employees

We are looking for a Logistics Coordinator (Spanish/English) for the Miami hub. Employee referrals receive a $1,500 bonus after 90 days.
""")

add("other", "", "Javier", "Responsable de Almacén", "es", "hard", "recruiter mass mailing; mentions entrevista",
    frm="Javier Pons | TalentRed <javier.pons@talentred-consulting.com>",
    subj="Oportunidad: Responsable de Almacén – ¿hablamos?",
    date="2026-02-02 09:01 +0100",
    hdrs={"List-Unsubscribe": "<https://talentred-consulting.com/baja>", "Precedence": "bulk"},
    body="""Hola, Lucía:

Estamos buscando Responsable de Almacén para un importante operador logístico en Illescas (Toledo). Salario 38–42 k€ + variable.

Si te interesa, responde con tu CV actualizado y te llamaré para una primera entrevista telefónica. Si conoces a alguien, ¡también me ayudas!

Saludos,
Javier Pons
TalentRed Consulting

Has recibido este email porque tu perfil está en nuestra base de datos. Baja: https://talentred-consulting.com/baja
""")

add("other", "", "", "", "en", "easy", "webinar invitation about behavioural interviews",
    frm="CareerLab Events <events@careerlab.io>",
    subj="Live webinar: Master the behavioral interview (Thu 6pm CET)",
    date="2025-04-08 10:00 +0200",
    hdrs={"List-Unsubscribe": "<https://careerlab.io/u>", "Precedence": "bulk"},
    body="""Join our free live session on answering "tell me about a time when..." questions with the STAR method.

Thursday, 6pm CET, 60 minutes. Register: https://careerlab.io/webinars/star

See you there!
CareerLab
""")

add("other", "", "", "", "en", "hard", "volunteer translation suggestion not approved",
    frm="Lingohub Community <notifications@lingohub-community.org>",
    subj="Your translation suggestion was not approved",
    date="2026-01-30 16:41 +0000",
    body="""Hi lucia_morales,

A proofreader reviewed your Spanish suggestion for the string "shipment.status.delayed" in the OpenFreight project and decided not to approve it.

Reviewer comment: "Prefer 'retrasado' over 'demorado' for es-ES."

You can submit a new suggestion at any time.
""")

add("other", "", "", "", "es", "hard", "loan application not approved",
    frm="Banco Meseta <prestamos@bancomeseta.es>",
    subj="Respuesta a tu solicitud de préstamo personal",
    date="2026-09-10 11:30 +0200",
    body="""Hola Lucía:

Hemos estudiado tu solicitud de préstamo personal por 8.000 €. Lamentamos comunicarte que en este momento no podemos aprobarla, según los criterios de riesgo de la entidad.

Puedes volver a solicitarlo pasados 6 meses o hablar con tu gestor en la oficina.

Banco Meseta
""")

add("other", "", "", "", "fr", "hard", "French job alert digest ('offres')",
    frm="Cadremploi Alertes <alertes@cadremploi-mail.fr>",
    subj="8 nouvelles offres : coordinatrice supply chain",
    date="2025-03-24 06:45 +0100",
    hdrs={"List-Unsubscribe": "<https://www.cadremploi-mail.fr/desabonnement>"},
    body="""Bonjour Lucía,

Voici les nouvelles offres correspondant à votre alerte « coordinatrice supply chain » :

- Coordinatrice Supply Chain F/H – Lyon
- Assistante Logistique Import-Export bilingue espagnol – Marseille
- Gestionnaire ADV – Toulouse

Voir les 8 offres : https://www.cadremploi-mail.fr/a/9921
""")

add("other", "", "Sabine", "", "de", "hard", "German apartment viewing 'Absage'",
    frm="Sabine Krüger <s.krueger@hausverwaltung-krueger.de>",
    subj="Absage Wohnung Ottensen",
    date="2026-02-18 17:50 +0100",
    body="""Sehr geehrte Frau Morales,

vielen Dank für Ihr Interesse an der Wohnung in der Bahrenfelder Straße und Ihre Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Sabine Krüger
Hausverwaltung Krüger
""")

add("other", "", "", "", "en", "hard", "conference session proposal not accepted",
    frm="LogiSummit Program Committee <program@logisummit.org>",
    subj="LogiSummit 2026: decision on your session proposal",
    date="2026-05-05 15:00 -0500",
    body="""Dear Lucía Morales,

Thank you for submitting "Bilingual customer ops for cross-border e-commerce" to LogiSummit 2026.

We regret that your proposal was not accepted for this year's program. We received 640 submissions for 48 slots.

We hope to see you in Dallas as an attendee.

LogiSummit Program Committee
""")

add("other", "", "", "", "es", "easy", "online shop order shipped",
    frm="Tiendalia <pedidos@tiendalia.es>",
    subj="Tu pedido 402-88172 ha sido enviado",
    date="2025-11-27 08:15 +0100",
    body="""¡Hola Lucía!

Tu pedido ya está en camino.

- Mochila portátil 15" – 1 ud.
Entrega estimada: viernes 28 de noviembre

Sigue tu envío: https://tiendalia.es/seguimiento/40288172
""")

add("other", "", "Brianna", "", "en", "hard", "volunteer application approved; reads like offer",
    frm="Brianna Scott <volunteer@miamifoodshare.org>",
    subj="Welcome! Your volunteer application is approved",
    date="2026-08-25 14:10 -0400",
    body="""Hi Lucía,

Great news, your application to volunteer as a Spanish-speaking intake coordinator has been approved! Orientation is on Saturday at 9am at our Little Havana warehouse.

Thanks for joining us,
Brianna Scott
Volunteer Manager, Miami FoodShare
""")

add("other", "", "", "", "es", "hard", "career newsletter about losing an interview",
    frm="Computrabajo Consejos <consejos@computrabajo.com>",
    subj="5 errores que te hacen perder una entrevista",
    date="2026-03-31 07:30 -0500",
    hdrs={"List-Unsubscribe": "<mailto:baja@computrabajo.com>", "Precedence": "bulk"},
    html="""<html><body>
<h2>5 errores que te hacen perder una entrevista</h2>
<p>Llegar tarde, no investigar la empresa o hablar mal de tu jefe anterior... Te contamos cómo evitar que te descarten en la primera conversación.</p>
<p><a href="https://co.computrabajo.com/blog/errores-entrevista">Leer artículo</a></p>
</body></html>""", cte="quoted-printable")

add("other", "", "", "", "en", "easy", "course certificate",
    frm="Courserise <no-reply@courserise.org>",
    subj="Congratulations, Lucía! Your certificate is ready",
    date="2025-02-10 18:00 +0000",
    body="""You completed "Supply Chain Fundamentals" and earned a certificate.

Share it on your profile: https://courserise.org/cert/SCF-88217
""")

add("other", "", "", "", "es", "hard", "consular visa 'entrevista' with fixed time",
    frm="Sistema de Citas Consulares <no-reply@citasconsulares-visa.com>",
    subj="Confirmación de cita: entrevista consular de visado",
    date="2026-06-15 09:00 +0200",
    body="""Estimada LUCÍA MORALES:

Su cita para la entrevista consular de visado ha sido confirmada.

Fecha: 7 de julio de 2026
Hora: 08:15
Lugar: Sección Consular, Madrid

Traiga su pasaporte, la hoja de confirmación DS-160 y una fotografía reciente. No se permite la entrada con dispositivos electrónicos.
""")

add("other", "", "", "", "en", "hard", "interview-review digest for followed companies",
    frm="Glassdoor <noreply@glassdoor.com>",
    subj="New interview reviews for companies you follow",
    date="2026-10-13 04:12 +0000",
    hdrs={"List-Unsubscribe": "<https://www.glassdoor.com/unsubscribe>"},
    body="""New interview reviews this week:

Covewater Cruises - Guest Services Coordinator: "Two rounds, friendly panel, got an offer after 2 weeks."
Harlow & Pike Logistics - Transportation Coordinator: "Case study, then rejected without feedback."

See all reviews: https://www.glassdoor.com/reviews
""")

add("other", "", "", "", "es", "hard", "university job fair mentions on-the-spot interviews",
    frm="Oficina de Empleo Alumni – Universidad del Tajo <empleo.alumni@udeltajo.es>",
    subj="Foro de Empleo 2026: entrevistas en el acto con más de 60 empresas",
    date="2026-10-01 10:00 +0200",
    hdrs={"List-Unsubscribe": "<mailto:baja.alumni@udeltajo.es>"},
    body="""Querida alumni:

El 22 de octubre celebramos el Foro de Empleo 2026 en el campus de Moncloa. Más de 60 empresas de logística, consultoría y retail harán entrevistas en el acto.

Inscríbete y sube tu CV antes del 15 de octubre: https://udeltajo.es/foro2026

Oficina de Empleo Alumni
""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(MESSAGES)))
    random.Random(17).shuffle(order)
    rows = []
    for i, idx in enumerate(order, start=1):
        m = MESSAGES[idx]
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, m).as_bytes(policy=SMTP))
        rows.append({
            "file": name, "label": m["label"], "company": m["company"],
            "contact_first_name": m["contact"], "role": m["role"],
            "return_date": m.get("return_date", ""), "lang": m["lang"],
            "difficulty": m["diff"], "notes": m["notes"],
            "interview_at": m.get("interview_at", ""),
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
