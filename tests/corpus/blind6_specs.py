"""Specs for the blind6 held-out corpus (built by make_blind6.py).

Owner: "Taylor Brooks" <taylor.brooks.hunt@gmail.com>. All people, companies and addresses are fictional.
Each Spec holds the labels (label, company, contact, role, return_date, lang, difficulty, notes) and
the message itself (sender, subject, date "YYYY-MM-DD HH:MM +ZZZZ", body and format options).
"""

from __future__ import annotations

from dataclasses import dataclass, field

OWNER_NAME = "Taylor Brooks"
OWNER_ADDR = "taylor.brooks.hunt@gmail.com"
OWNER = f"{OWNER_NAME} <{OWNER_ADDR}>"


@dataclass
class Spec:
    label: str
    company: str
    contact: str
    role: str
    lang: str
    difficulty: str
    notes: str
    sender: str
    subject: str
    date: str
    body: str
    fmt: str = "plain"  # plain | html | alt
    cte: str = ""  # "" (7bit/qp as needed) | quoted-printable | base64
    html: str | None = None
    skin: str = "ats"  # ats | gmail | outlook (for generated HTML)
    mid: str = "default"  # default | gmail | outlook | apple | ses
    return_date: str = ""
    quote: str = ""
    quote_from: str = ""
    quote_date: str = ""
    quote_style: str = "gmail"  # gmail | outlook | fr | de | es
    quote_to: str = ""
    quote_subject: str = ""
    in_reply: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    ics: dict | None = None
    ics_attach: bool = False
    attach: tuple[tuple[str, str, bytes | str], ...] = ()
    to: str = ""
    cc: str = ""
    reply_to: str = ""
    relay: str = ""
    return_path: str = ""
    extra: dict = field(default_factory=dict)


def pdf(*lines: str) -> bytes:
    """A small but well-formed one-page PDF holding the given lines."""
    text = "BT /F1 11 Tf 72 720 Td 15 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for ln in lines
    ) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{body}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


AUTO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
AUTO_GEN = (("Auto-Submitted", "auto-generated"),)
BULK = (("Precedence", "bulk"),)

SPECS: list[Spec] = []


def S(label: str, company: str, contact: str, role: str, lang: str, difficulty: str, notes: str,
      sender: str, subject: str, date: str, body: str, **kw) -> None:
    SPECS.append(Spec(label, company, contact, role, lang, difficulty, notes, sender, subject, date, body, **kw))


# ---------------------------------------------------------------- Halvorsen Marine Systems (Bergen)
S("application_received", "Halvorsen Marine Systems", "", "Embedded Software Engineer", "en", "easy",
  "Workday acknowledgement",
  "Halvorsen Marine Systems <halvorsen@myworkday.com>",
  "Thank you for applying to Halvorsen Marine Systems AS",
  "2025-09-02 14:37 +0200",
  """Dear Taylor,

Thank you for your interest in Halvorsen Marine Systems AS and for applying to the position Embedded Software Engineer (R-02291), Bergen.

We have received your application and our Talent Acquisition team is reviewing it. Because we receive a large number of applications, this may take up to three weeks. You can follow the status of your application at any time by signing in to your candidate home page.

Kind regards,
Talent Acquisition
Halvorsen Marine Systems AS
Damsgårdsveien 71, 5058 Bergen, Norway

This is an automated message. Replies to this address are not read.
""", fmt="alt", cte="quoted-printable", headers=AUTO_GEN, relay="mail-out3.myworkday.com")

S("interview", "Halvorsen Marine Systems", "Ingrid", "Embedded Software Engineer", "en", "easy",
  "Teams invitation with text/calendar part",
  "Ingrid Solberg <ingrid.solberg@halvorsenmarine.no>",
  "Interview: Embedded Software Engineer - Taylor Brooks",
  "2025-09-16 10:05 +0200",
  """When: Tuesday, 23 September 2025 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
Where: Microsoft Teams Meeting

Hi Taylor,

As discussed on the phone, here is the invitation for your first technical interview. You will meet Eirik Dahl (Lead, Propulsion Control Software) and me. Eirik will ask you to walk through an embedded project you are proud of, then we will spend about 20 minutes on C and RTOS questions. No whiteboard coding.

Please accept the invitation so it lands in your calendar. If the time does not work because of the time difference, just let me know.

Best regards,
Ingrid Solberg
Senior Talent Partner | Halvorsen Marine

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_hms_55821
Meeting ID: 371 554 228 901
Passcode: hV3kq9
________________________________________________________________________________
""", fmt="alt", skin="outlook", mid="outlook",
  ics={"start": "2025-09-23 15:00 +0200", "minutes": 60, "summary": "Interview: Embedded Software Engineer - Taylor Brooks",
       "location": "Microsoft Teams Meeting", "prodid": "Microsoft Exchange Server 2010",
       "description": "Technical interview with Eirik Dahl and Ingrid Solberg"})

S("offer", "Halvorsen Marine Systems", "Ingrid", "Embedded Software Engineer", "en", "easy",
  "formal offer letter as PDF attachment",
  "Ingrid Solberg <ingrid.solberg@halvorsenmarine.no>",
  "Offer of employment - Embedded Software Engineer",
  "2025-10-03 16:48 +0200",
  """Dear Taylor,

Thank you again for the time you spent with us over the past weeks. I am very pleased to confirm that Halvorsen Marine Systems would like to offer you the position of Embedded Software Engineer in the Propulsion Control team in Bergen.

The attached letter sets out the terms: an annual salary of NOK 780,000, 25 days of holiday plus public holidays, occupational pension of 7% and relocation support including temporary housing for the first two months. We will also sponsor your skilled-worker residence permit.

Please read the letter carefully and return a signed copy by 17 October. I am happy to set up a call with Eirik or with our relocation partner if you have questions.

We very much hope you will say yes.

Best regards,
Ingrid
""", mid="outlook", attach=(("HMS_Offer_Letter_T_Brooks.pdf", "application/pdf",
  pdf("Halvorsen Marine Systems AS", "Bergen, 3 October 2025", "Dear Taylor Brooks,",
      "We are pleased to offer you employment as Embedded Software Engineer.",
      "Annual salary: NOK 780,000. Start date: 1 December 2025 or as agreed.")),))

# ---------------------------------------------------------------- Quarry Lane Bakeries
S("application_received", "Quarry Lane Bakeries", "", "Regional Operations Manager", "en", "easy",
  "Greenhouse acknowledgement",
  "Quarry Lane Bakeries <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Quarry Lane Bakeries!",
  "2026-01-12 08:03 -0600",
  """Hi Taylor,

Thanks for applying for the Regional Operations Manager role at Quarry Lane Bakeries. We bake for 38 cafes across Texas and Oklahoma, and the operations team is the reason the croissants are on the shelf at 6 a.m.

Our team will review your application over the next couple of weeks. If your experience is a match, a recruiter will reach out to talk about next steps.

In the meantime, feel free to get to know us at quarrylane.com/our-story.

Warmly,
The Quarry Lane Recruiting Team
""", fmt="alt", reply_to="no-reply@us.greenhouse-mail.io", relay="mail-by.greenhouse.io")

S("rejection", "Quarry Lane Bakeries", "Dolores", "Regional Operations Manager", "en", "hard",
  "personal note after final round; internal candidate; warm and no standard phrases",
  "Dolores Amari <dolores.amari@quarrylane.com>",
  "Regional Ops - thank you",
  "2026-02-20 17:22 -0600",
  """Taylor,

I wanted to write to you myself rather than have this come from the system. I really enjoyed our conversation last Thursday, and the team was impressed with how you talked through the Waco staffing case.

In the end we've given the Regional Operations Manager job to Luis, who has been running our Dallas commissary for four years and knows every one of the cafe managers by name. It was a close call, and it's not the outcome you were hoping for, I know.

If a similar role opens up when we expand into Arkansas next year, I'd like to be able to reach out to you directly. Would that be OK?

All the best,
Dolores Amari
VP, Operations | Quarry Lane Bakeries
""", mid="gmail", fmt="alt", skin="gmail")

# ---------------------------------------------------------------- Tessellate Health
S("interview", "Tessellate Health", "Marcus", "Senior Data Engineer", "en", "hard",
  "scheduling link for a 'chat'; never says interview",
  "Marcus Webb <marcus.webb@tessellatehealth.com>",
  "Senior Data Engineer @ Tessellate",
  "2025-04-08 11:41 -0400",
  """Hi Taylor,

Thanks for applying to the Senior Data Engineer opening on our platform team. I'm the recruiter supporting the search and I'd love to set up 30 minutes to walk you through the role and hear more about the pipeline migration work on your resume.

Grab whatever slot works for you here: https://calendly.com/marcus-webb-tessellate/30min

If none of those times work, reply with a couple of windows and I'll make it happen.

Thanks,
Marcus Webb
Technical Recruiter, Tessellate Health
""", mid="gmail", fmt="alt", skin="gmail")

S("auto_reply", "Tessellate Health", "Marcus", "", "en", "hard",
  "relative return date ('next Tuesday'); X-Autoreply only",
  "Marcus Webb <marcus.webb@tessellatehealth.com>",
  "Re: Availability for Senior Data Engineer panel",
  "2025-04-18 13:12 -0400",
  """Hi there,

I'm out of the office starting today and will be back next Tuesday. I'll have limited access to email while I'm away.

If your message is about an interview scheduled in the meantime, please reach out to recruiting@tessellatehealth.com and someone from the team will help.

Marcus
""", headers=(("X-Autoreply", "yes"),), in_reply=True, return_date="2025-04-22")

S("on_hold", "Tessellate Health", "Marcus", "Senior Data Engineer", "en", "easy",
  "explicit hiring freeze after panel",
  "Marcus Webb <marcus.webb@tessellatehealth.com>",
  "Update on the Senior Data Engineer role",
  "2025-05-06 15:30 -0400",
  """Hi Taylor,

I'm sorry it took me a while to get back to you after your panel. I wanted to wait until I had a clear answer.

Yesterday our leadership team announced a company-wide hiring freeze through at least the end of Q3 while we work through changes to our payer contracts. All open engineering requisitions, including the Senior Data Engineer role, are paused effective immediately. This has nothing to do with your interviews; the panel feedback was strong.

If and when the role reopens, I'll reach out to you first. I'm sorry I don't have better news today.

Marcus
""", mid="gmail", quote="""Hi Marcus,

Thanks again for organizing the panel last week. I enjoyed meeting Priya and Sam and learning more about the claims data platform. Is there any update on timing for next steps?

Best,
Taylor""", quote_date="2025-05-02 09:14 -0400")

# ---------------------------------------------------------------- Moulin & Fils (FR)
S("application_received", "Moulin & Fils", "", "Chef de projet digital (H/F)", "fr", "easy",
  "French acknowledgement, no-reply",
  "Moulin & Fils Recrutement <ne-pas-repondre@moulin-fils.fr>",
  "Accusé de réception de votre candidature",
  "2026-03-02 09:21 +0100",
  """Bonjour Taylor Brooks,

Nous accusons bonne réception de votre candidature au poste de Chef de projet digital (H/F) basé à Nantes, et nous vous en remercions.

Votre dossier va être étudié avec attention par notre équipe Ressources Humaines et par le responsable du pôle digital. Nous reviendrons vers vous dans les meilleurs délais, au plus tard sous trois semaines.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service Recrutement
Moulin & Fils – Maison fondée en 1921

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", fmt="html", cte="quoted-printable", headers=AUTO_GEN)

S("interview", "Moulin & Fils", "Élodie", "Chef de projet digital (H/F)", "fr", "easy",
  "French invitation to an entretien in person",
  "Élodie Marchand <e.marchand@moulin-fils.fr>",
  "Entretien – Chef de projet digital",
  "2026-03-16 11:02 +0100",
  """Bonjour Taylor,

Suite à l'examen de votre candidature pour le poste de Chef de projet digital, nous avons le plaisir de vous proposer un entretien avec Bertrand Moulin, directeur du pôle digital, et moi-même.

Nous vous proposons le mardi 24 mars à 14h30, dans nos locaux au 8 rue de la Fosse à Nantes (3e étage). L'entretien durera environ une heure. Si ce créneau ne vous convient pas, le jeudi 26 mars à 10h est également possible.

Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Moulin & Fils
""", mid="outlook")

S("rejection", "Moulin & Fils", "Élodie", "Chef de projet digital (H/F)", "fr", "easy",
  "French rejection after interview",
  "Élodie Marchand <e.marchand@moulin-fils.fr>",
  "Votre candidature – Chef de projet digital",
  "2026-04-09 16:15 +0200",
  """Bonjour Taylor,

Je vous remercie encore pour le temps que vous nous avez consacré lors de votre entretien du 24 mars.

Après réflexion, nous avons retenu un autre profil, dont l'expérience dans le secteur agroalimentaire correspond davantage à nos besoins immédiats. Cette décision a été difficile car votre parcours a beaucoup plu à Bertrand.

Nous nous permettons de conserver votre CV et ne manquerons pas de vous recontacter si une autre opportunité se présentait.

Je vous souhaite une belle réussite dans vos projets.

Bien cordialement,

Élodie Marchand
Chargée de recrutement – Moulin & Fils
""", mid="outlook", cte="base64")

# ---------------------------------------------------------------- Eisenwerk Kessler (DE)
S("application_received", "Eisenwerk Kessler", "", "Projektingenieur Automatisierung (m/w/d)", "de", "easy",
  "German SuccessFactors acknowledgement",
  "Eisenwerk Kessler AG <karriere@eisenwerk-kessler.de>",
  "Ihre Bewerbung als Projektingenieur Automatisierung (m/w/d)",
  "2025-06-10 08:47 +0200",
  """Sehr geehrte/r Taylor Brooks,

vielen Dank für Ihre Bewerbung als Projektingenieur Automatisierung (m/w/d) am Standort Chemnitz und Ihr Interesse an der Eisenwerk Kessler AG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen nun Ihre Qualifikationen und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Eisenwerk Kessler AG
Annaberger Straße 240, 09125 Chemnitz

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", fmt="alt", headers=AUTO_GEN, relay="mail12.successfactors.eu", return_path="bounce-4471@successfactors.eu")

S("interview", "Eisenwerk Kessler", "Sabine", "Projektingenieur Automatisierung (m/w/d)", "de", "easy",
  "German invitation to Vorstellungsgespräch via video",
  "Sabine Krüger <sabine.krueger@eisenwerk-kessler.de>",
  "Einladung zum Vorstellungsgespräch – Projektingenieur Automatisierung",
  "2025-06-24 13:30 +0200",
  """Hallo Taylor,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem ersten Vorstellungsgespräch per Videokonferenz ein:

Termin: Mittwoch, 2. Juli 2025, 10:00 bis 11:00 Uhr (MESZ)
Teilnehmer: Herr Dr. Volker Lang (Leiter Anlagenautomatisierung) und ich
Einwahl: den Link zu Microsoft Teams erhalten Sie am Vortag

Das Gespräch kann auf Englisch geführt werden. Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Krüger
Personalreferentin
Eisenwerk Kessler AG
""", mid="outlook", fmt="alt", skin="outlook")

S("auto_reply", "Eisenwerk Kessler", "Sabine", "", "de", "easy",
  "German out-of-office with explicit return date",
  "Sabine Krüger <sabine.krueger@eisenwerk-kessler.de>",
  "Abwesenheitsnotiz: Rückfrage zum Gesprächstermin",
  "2025-07-09 07:58 +0200",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 18. Juli 2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 21. Juli bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Patrick Wendt (patrick.wendt@eisenwerk-kessler.de).

Mit freundlichen Grüßen
Sabine Krüger

Thank you for your message. I am out of the office until 18 July 2025 and will be back on 21 July.
""", mid="outlook", headers=AUTO + (("X-Auto-Response-Suppress", "All"),), in_reply=True, return_date="2025-07-21")

# ---------------------------------------------------------------- Grupo Almendra (ES)
S("interview", "Grupo Almendra", "Ximena", "Analista de Operaciones", "es", "easy",
  "Spanish video interview invitation",
  "Ximena Robles <xrobles@grupoalmendra.com.mx>",
  "Entrevista para Analista de Operaciones – Grupo Almendra",
  "2026-05-05 10:18 -0600",
  """Hola Taylor:

Gracias por tu interés en Grupo Almendra. Revisamos tu CV para la vacante de Analista de Operaciones en nuestra planta de Guadalajara y nos gustaría conocerte.

Te propongo una entrevista por Google Meet el jueves 7 de mayo a las 11:00 (hora del centro de México), con Arturo Figueroa, gerente de Operaciones, y conmigo. Durará unos 45 minutos.

Enlace: https://meet.google.com/qvx-rdnb-hte

¿Me confirmas si te queda bien el horario? Si no, dime qué día te acomoda y lo movemos.

Saludos cordiales,
Ximena Robles
Atracción de Talento | Grupo Almendra
""", mid="gmail", fmt="alt", skin="gmail", cte="quoted-printable")

S("offer", "Grupo Almendra", "Ximena", "Analista de Operaciones", "es", "easy",
  "Spanish offer with conditions",
  "Ximena Robles <xrobles@grupoalmendra.com.mx>",
  "Propuesta laboral – Analista de Operaciones",
  "2026-05-28 18:40 -0600",
  """Hola Taylor:

¡Muchas felicidades! Nos complace ofrecerte el puesto de Analista de Operaciones en Grupo Almendra.

Los puntos principales de la propuesta son:
- Sueldo mensual bruto: $42,000 MXN
- Prestaciones superiores a las de ley: vales de despensa, seguro de gastos médicos mayores y 20 días de vacaciones
- Esquema híbrido: martes a jueves en planta
- Fecha de ingreso tentativa: lunes 15 de junio de 2026

Adjunto encontrarás la carta oferta formal. Te pido que nos la devuelvas firmada a más tardar el 4 de junio. Si tienes cualquier duda, llámame al 33 1842 5570.

Arturo y todo el equipo están muy contentos de que te integres.

Un abrazo,
Ximena
""", mid="gmail", attach=(("Carta_Oferta_TBrooks.pdf", "application/pdf",
  pdf("Grupo Almendra S.A. de C.V.", "Carta oferta", "Puesto: Analista de Operaciones")),))

# ---------------------------------------------------------------- Pelican Point Hospitality
S("application_received", "Pelican Point Hospitality", "", "Front Office Manager", "en", "easy",
  "iCIMS acknowledgement, HTML only",
  "Pelican Point Hospitality <careers-noreply@icims.com>",
  "Your application: Front Office Manager (Req #2025-1187)",
  "2025-07-07 21:14 -0400",
  "", fmt="html", relay="smtp04.icims.com", headers=AUTO_GEN, html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Application received</title></head>
<body style="font-family:Georgia,serif;background:#eef3f6;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="background:#fff;border-top:6px solid #0d6e8a" cellpadding="24">
<tr><td><img src="https://careers.pelicanpoint.com/img/logo.png" alt="Pelican Point Hospitality" width="180"></td></tr>
<tr><td>
<p>Dear Taylor,</p>
<p>Thank you for applying for the <strong>Front Office Manager</strong> position at <strong>Pelican Point Resort &amp; Marina</strong> (Clearwater Beach, FL).</p>
<p>We have received your application and it is now with our hiring team. Applications are reviewed in the order they are received. Should your qualifications match our needs, a member of our team will contact you.</p>
<p>You can check your status or update your profile in our <a href="https://careers-pelicanpoint.icims.com/jobs/login">Career Portal</a>.</p>
<p>With gratitude,<br>Pelican Point Hospitality Talent Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Pelican Point Hospitality is an Equal Opportunity Employer. Please do not reply to this email.</td></tr>
</table></td></tr></table></body></html>
""")

S("rejection", "Pelican Point Hospitality", "", "Front Office Manager", "en", "easy",
  "iCIMS rejection template",
  "Pelican Point Hospitality <careers-noreply@icims.com>",
  "Update regarding your application - Front Office Manager",
  "2025-08-01 10:02 -0400",
  """Dear Taylor,

Thank you for your interest in the Front Office Manager position at Pelican Point Resort & Marina and for the time you invested in the application process.

After reviewing all applications, we have decided to move forward with other candidates whose qualifications more closely match the requirements of this role.

We encourage you to continue to explore opportunities across Pelican Point Hospitality properties and wish you success in your search.

Sincerely,
Pelican Point Hospitality Talent Team
""", fmt="alt", relay="smtp04.icims.com", headers=AUTO_GEN)

# ---------------------------------------------------------------- Ferncastle Games
S("interview", "Ferncastle Games", "Callum", "Gameplay Programmer", "en", "easy",
  "take-home exercise plus follow-up review call",
  "Callum Reid <callum@ferncastlegames.co.uk>",
  "Ferncastle - next step for Gameplay Programmer",
  "2025-11-04 12:26 +0000",
  """Hi Taylor,

Great chatting yesterday! As promised, here's the next step.

1) Take-home: a small Unity project (link below) with a broken grappling-hook mechanic. Fix it, then add one improvement of your choice. Please don't spend more than 4 hours on it. Deadline is Tuesday 11 Nov.
2) Review interview: 60 min on a video call with me and Hannah (our lead designer) where you walk us through your changes. Pick a slot here: https://cal.com/ferncastle/gameplay-review

Repo: https://github.com/ferncastle-hiring/grapple-test (you should have an invite)

Any questions, just shout.

Cheers,
Callum Reid
Lead Gameplay Programmer, Ferncastle Games Ltd, Dundee
""", mid="gmail", fmt="alt", skin="gmail")

S("on_hold", "Ferncastle Games", "Callum", "Gameplay Programmer", "en", "hard",
  "publisher pulled funding; project paused; reads like a rejection",
  "Callum Reid <callum@ferncastlegames.co.uk>",
  "Re: Gameplay Programmer - review session",
  "2025-12-02 18:03 +0000",
  """Hi Taylor,

I owe you an honest update. On Friday our publisher pulled funding for the project this role was attached to, and the studio has had to stop all hiring until we've signed a new deal. That means we can't go ahead with the Gameplay Programmer position right now, even though Hannah and I both really liked what you did with the grapple test.

I don't know yet whether this is a few weeks or a few months. If we get the green light again I'll message you straight away, and I'd skip you past the take-home.

Really sorry to leave it like this.

Callum
""", mid="gmail", quote="""Hi Callum,

Thanks for the review session on Thursday, it was fun to dig into the physics code with you both. Looking forward to hearing about next steps.

Taylor""", quote_date="2025-11-21 19:40 +0000")

# ---------------------------------------------------------------- Lindqvist Dental Group
S("auto_reply", "Lindqvist Dental Group", "Renata", "", "en", "easy",
  "no longer with the company; names a replacement contact",
  "Renata Ferreira <rferreira@lindqvistdental.com>",
  "Automatic reply: Practice Manager application - Taylor Brooks",
  "2026-02-03 09:00 -0800",
  """Thank you for your email. I am no longer with Lindqvist Dental Group, and this mailbox is no longer monitored.

For recruiting and HR matters, please contact Maren Holt at mholt@lindqvistdental.com or (503) 555-0182. For patient questions, please call your clinic directly.

Renata Ferreira
""", mid="outlook", headers=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "rferreira@lindqvistdental.com")),
  in_reply=True)

S("interview", "Lindqvist Dental Group", "Maren", "Practice Manager", "en", "hard",
  "follows an auto-reply; casual 'come meet us'; no word interview",
  "Maren Holt <mholt@lindqvistdental.com>",
  "Re: Practice Manager application - Taylor Brooks",
  "2026-02-06 14:22 -0800",
  """Hi Taylor,

Your note made its way to me after Renata's departure. Apologies for the bounce.

I've read your resume and I'd like to have you come meet me and Dr. Lindqvist at our Beaverton office to talk about the Practice Manager opening. Would Thursday, February 12 at 8:00 a.m. work? We start seeing patients at 9, so we'll have a good hour.

The office is at 4410 SW Cedar Hills Blvd, Suite 120. Park anywhere in the front lot.

Thanks,
Maren Holt
HR & Operations Lead
Lindqvist Dental Group
""", mid="outlook", quote="""Hello Renata,

I applied for the Practice Manager position through Indeed last week and wanted to follow up directly. I managed a four-chair orthodontic office for five years and would love to learn more about the role.

Best regards,
Taylor Brooks""", quote_style="outlook", quote_to="Renata Ferreira", quote_date="2026-02-03 08:59 -0800")
