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

# ---------------------------------------------------------------- Corvid Security
S("application_received", "Corvid Security", "", "Security Analyst II", "en", "easy",
  "Lever acknowledgement",
  "Corvid Security <no-reply@hire.lever.co>",
  "Thank you for your application to Corvid Security",
  "2025-03-10 16:55 -0700",
  """Hi Taylor,

Thank you for your interest in Corvid Security! We wanted to let you know we received your application for Security Analyst II, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Corvid Security Team
""", fmt="alt", relay="mail-out.lever.co", headers=AUTO_GEN)

S("interview", "Corvid Security", "Tobias", "Security Analyst II", "en", "easy",
  "phone screen request",
  "Tobias Lindgren <tobias@corvidsec.io>",
  "Phone screen - Security Analyst II",
  "2025-03-18 09:12 -0700",
  """Hi Taylor,

I'm the hiring manager for our Security Analyst II role and I'd like to set up a 30-minute phone interview. We'll talk about your SOC experience, how you triage alerts, and what you're looking for next.

Are you free Friday 3/21 at 10:00 or 1:30 Pacific? I'll call the number on your resume unless you tell me otherwise.

Tobias Lindgren
Detection & Response Lead | Corvid Security
""", mid="gmail")

S("rejection", "Corvid Security", "Tobias", "Security Analyst II", "en", "hard",
  "reply to thank-you note; quoted part talks about next steps",
  "Tobias Lindgren <tobias@corvidsec.io>",
  "Re: Thank you - Security Analyst II technical round",
  "2025-04-15 17:40 -0700",
  """Hi Taylor,

Thanks for the kind note, and sorry for the slow reply. We've wrapped up the technical round and decided to go ahead with a candidate who has more hands-on experience with cloud incident response in AWS, which is where most of our alert volume is this year.

Your write-up of the phishing triage exercise was one of the clearest we saw. If you build up some cloud IR experience, I'd genuinely like to see your name again.

Best of luck,
Tobias
""", mid="gmail", quote="""Hi Tobias,

Thank you for the technical interview on Tuesday. I especially enjoyed the phishing triage exercise and hearing how your team runs tabletop drills. I'm excited about the role and happy to provide anything else you need for next steps.

Best,
Taylor""", quote_date="2025-04-03 20:11 -0700")

# ---------------------------------------------------------------- Atlas & Rowe LLP
S("interview", "Atlas & Rowe", "Gwen", "Legal Operations Specialist", "en", "easy",
  "panel interview at the office",
  "Gwen Okonkwo <gokonkwo@atlasrowe.com>",
  "Atlas & Rowe LLP - Legal Operations Specialist interview",
  "2026-06-09 12:04 -0400",
  """Dear Taylor,

Thank you for your application for the Legal Operations Specialist position at Atlas & Rowe LLP. We would like to invite you to a panel interview at our Boston office.

Date: Tuesday, June 16, 2026
Time: 2:00 p.m. - 3:15 p.m. ET
Location: 200 Clarendon Street, 31st Floor (check in with reception)
Panel: Marguerite Shaw (Partner, Litigation), Dev Patel (Director of Legal Operations) and me

The panel will ask about your experience with matter management and e-billing systems. Please bring a copy of your resume.

Kindly confirm your attendance by replying to this email.

Regards,
Gwen Okonkwo
Recruiting Manager
Atlas & Rowe LLP
""", mid="outlook", fmt="alt", skin="outlook")

S("auto_reply", "Atlas & Rowe", "Gwen", "", "en", "hard",
  "out-of-office with no return date; mentions interview confirmations",
  "Gwen Okonkwo <gokonkwo@atlasrowe.com>",
  "Automatic reply: Confirming June 16 interview",
  "2026-06-10 07:31 -0400",
  """I am out of the office attending our firm retreat and will have limited access to email. I will respond to your message as soon as possible upon my return.

If you are confirming an interview, no further action is needed; your time is held. For urgent matters, please contact our recruiting coordinator, Liam Byrne, at lbyrne@atlasrowe.com.

Gwen Okonkwo | Recruiting Manager | Atlas & Rowe LLP
""", mid="outlook", headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), in_reply=True)

S("offer", "Atlas & Rowe", "Gwen", "Legal Operations Specialist", "en", "hard",
  "informal follow-up to a phone call; says 'bring you on board', not 'offer' in the body text until the letter",
  "Gwen Okonkwo <gokonkwo@atlasrowe.com>",
  "Great speaking with you",
  "2026-06-26 16:12 -0400",
  """Hi Taylor,

It was great to speak with you this afternoon, and I'm so glad you're as excited as we are. Just to put in writing what we discussed: the partners have approved bringing you on board as our Legal Operations Specialist, starting Monday, July 20, at an annual salary of $84,500 with the standard benefits package and three hybrid days.

Our HR team will send the formal letter through DocuSign on Monday, and I'll set up a call with Dev so you can talk about your first few weeks.

Welcome (almost) to Atlas & Rowe!

Gwen
""", mid="outlook", fmt="alt", skin="outlook")

# ---------------------------------------------------------------- Blue Heron Public Library (City of Ashford)
S("application_received", "Blue Heron Public Library", "", "Branch Librarian", "en", "hard",
  "government acknowledgement explains exam, interview and 'not selected' notices",
  "City of Ashford <noreply@governmentjobs.com>",
  "Application Received: Branch Librarian (Blue Heron Public Library)",
  "2025-02-03 11:26 -0500",
  """Dear Taylor Brooks,

Thank you for applying for the position of Branch Librarian with the City of Ashford, Blue Heron Public Library. Your application was submitted on 02/03/2025 at 11:25 AM.

Next steps: Human Resources will review all applications after the closing date (February 21, 2025) to determine which applicants meet the minimum qualifications. Qualified applicants will be invited to a written exercise; the top-scoring candidates will then be scheduled for an oral board interview. Applicants who are not selected to continue will be notified by email.

Please log in to your account at governmentjobs.com to check the status of your application.

City of Ashford Human Resources
111 Main Street, Ashford, CT 06278
""", fmt="alt", relay="mail.governmentjobs.com", headers=AUTO_GEN)

S("on_hold", "Blue Heron Public Library", "", "Branch Librarian", "en", "hard",
  "recruitment cancelled for budget; formal 'no further consideration' wording",
  "City of Ashford <noreply@governmentjobs.com>",
  "Recruitment Cancelled: Branch Librarian",
  "2025-03-14 15:47 -0400",
  """Dear Taylor Brooks,

This notice is to inform you that the recruitment for Branch Librarian (Recruitment #25-0117) has been cancelled. Following the Town Council's adoption of the revised FY2026 budget, funding for this position has been withdrawn and the vacancy will not be filled at this time.

As a result, no further consideration will be given to applications submitted for this recruitment. This decision is not a reflection of your qualifications. Should the position be funded again, it will be re-advertised on our website and you are welcome to reapply.

We appreciate your interest in serving the residents of Ashford.

City of Ashford Human Resources
""", fmt="html", relay="mail.governmentjobs.com", headers=AUTO_GEN)

# ---------------------------------------------------------------- Saffron Street Kitchens
S("interview", "Saffron Street Kitchens", "Ray", "Kitchen Manager", "en", "hard",
  "short mobile reply asking for a paid trial shift ('stage'); no word interview",
  "Ray Castellano <ray@saffronstreetkitchens.com>",
  "Re: Kitchen Manager posting",
  "2025-05-19 22:47 -0500",
  """Taylor - thanks for sending this over. Your resume looks solid. Can you come do a stage with us Thursday from 3 to 7? Paid, obviously. You'd work the line with Marco during the rush and then we can sit down and talk about the Kitchen Manager spot after.

Wear non-slip shoes, we'll give you a jacket.

Ray
Sent from my iPhone
""", mid="apple", quote="""Hi Ray,

I saw your post on Culinary Agents for a Kitchen Manager at Saffron Street. I've been sous chef at Bluebonnet Tavern for three years and ran the kitchen for six months when our KM left. Resume attached.

Taylor Brooks""", quote_date="2025-05-19 15:02 -0500")

S("offer", "Saffron Street Kitchens", "Ray", "Kitchen Manager", "en", "hard",
  "very informal text-style offer; never says offer",
  "Ray Castellano <ray@saffronstreetkitchens.com>",
  "the job",
  "2025-05-30 23:15 -0500",
  """Hey Taylor,

Talked it over with Nadia and the job is yours if you want it. $62k salary plus the same bonus structure as the other KMs, two days off in a row, and we'd need you starting June 16 so you can shadow Marco before he moves to the new location.

Let me know by Monday? Really hope it's a yes.

Ray
Sent from my iPhone
""", mid="apple", cte="base64")

# ---------------------------------------------------------------- Northgate Transit Authority
S("application_received", "Northgate Transit Authority", "", "Transit Planner II", "en", "easy",
  "plain acknowledgement from agency HR",
  "Northgate Transit Authority HR <hr-recruitment@northgatetransit.org>",
  "Transit Planner II (Posting NTA-2026-044) - Application Confirmation",
  "2026-08-04 10:12 -0700",
  """Dear Taylor Brooks,

This confirms that Northgate Transit Authority has received your application for Transit Planner II (Posting NTA-2026-044), Service Planning Department.

The posting closes on August 18, 2026. Applications will be screened after the closing date, and we expect to contact shortlisted applicants in early September.

Thank you for your interest in a career with Northgate Transit.

Human Resources - Talent Acquisition
Northgate Transit Authority
""", headers=AUTO_GEN)

S("interview", "Northgate Transit Authority", "Kelsey", "Transit Planner II", "en", "easy",
  "Outlook meeting request (text/calendar) for panel interview",
  "Kelsey Tran <ktran@northgatetransit.org>",
  "Panel Interview - Transit Planner II - Taylor Brooks",
  "2026-08-25 14:30 -0700",
  """Hello Taylor,

You are invited to a panel interview for the Transit Planner II position. The panel will consist of the Service Planning Manager, a Senior Planner and a representative from Human Resources. The interview will last approximately 60 minutes, including a short written exercise (a route change memo) at the start.

Location: NTA Administration Building, 700 Harbor Way, Conference Room 4B. Please arrive 10 minutes early and check in at the security desk with a photo ID.

Accept the meeting invitation to confirm. If you need an accommodation for the interview, please let me know.

Kelsey Tran
Senior HR Analyst, Northgate Transit Authority
""", mid="outlook", fmt="alt", skin="outlook",
  ics={"start": "2026-09-02 09:30 -0700", "minutes": 60, "summary": "Panel Interview - Transit Planner II - Taylor Brooks",
       "location": "NTA Admin Bldg, Conf Room 4B", "prodid": "Microsoft Exchange Server 2010"})

S("rejection", "Northgate Transit Authority", "", "Transit Planner II", "en", "hard",
  "post-interview formal notice; 'eligibility list' wording sounds like a pause",
  "Northgate Transit Authority HR <hr-recruitment@northgatetransit.org>",
  "Transit Planner II (NTA-2026-044) - Selection Notice",
  "2026-09-22 09:00 -0700",
  """Dear Taylor Brooks,

Thank you for participating in the interview process for the position of Transit Planner II (NTA-2026-044).

The selection process has been completed, and we regret to inform you that you were not selected for this position. Your name has been placed on the eligibility list for this classification, which remains active for twelve months; if another vacancy in the same classification arises during that time, the hiring department may consider candidates from the list.

We appreciate your interest in Northgate Transit Authority.

Human Resources - Talent Acquisition
Northgate Transit Authority
""", fmt="alt", cte="base64", headers=AUTO_GEN)

# ---------------------------------------------------------------- Kumo Robotics
S("application_received", "Kumo Robotics", "", "Robotics Test Engineer", "en", "easy",
  "Ashby acknowledgement, HTML only",
  "Kumo Robotics Hiring <no-reply@ashbyhq.com>",
  "Thanks for applying to Kumo Robotics",
  "2026-04-14 02:14 +0900",
  """Hi Taylor,

Thanks for applying to the Robotics Test Engineer role at Kumo Robotics! We're building warehouse picking arms in Osaka and San Jose, and we're glad you're interested in joining us.

We review every application by hand. You'll hear from us either way, usually within two weeks.

Kumo Robotics Talent Team
""", fmt="html", relay="mta.ashbyhq.com", headers=AUTO_GEN)

S("rejection", "Kumo Robotics", "", "Robotics Test Engineer", "en", "easy",
  "Ashby rejection template",
  "Kumo Robotics Hiring <no-reply@ashbyhq.com>",
  "Your application to Kumo Robotics",
  "2026-05-12 05:30 +0900",
  """Hi Taylor,

Thank you for your interest in the Robotics Test Engineer role and for taking the time to apply.

We've carefully reviewed your application, and unfortunately we won't be moving forward with your candidacy at this time. We had a very large number of strong applicants for this role.

We wish you the very best in your search.

Kumo Robotics Talent Team
""", fmt="alt", relay="mta.ashbyhq.com", headers=AUTO_GEN)

S("auto_reply", "Kumo Robotics", "Haruto", "", "en", "easy",
  "holiday out-of-office with explicit return date",
  "Haruto Mori <haruto.mori@kumorobotics.com>",
  "Out of office: Robotics Test Engineer - question about the on-site test",
  "2026-04-29 09:05 +0900",
  """Thank you for your email. I am away for Golden Week and will return to the office on Thursday, May 7. Replies may be delayed until then.

For urgent recruiting questions please write to talent@kumorobotics.com.

Haruto Mori
Recruiter, Kumo Robotics
""", mid="gmail", headers=AUTO, in_reply=True, return_date="2026-05-07")

# ================================================================ rejections (singletons)
S("rejection", "Brandt Logistik", "Jana", "Disponent Nahverkehr (m/w/d)", "de", "easy",
  "German rejection (Absage)",
  "Jana Hoffmann <j.hoffmann@brandt-logistik.de>",
  "Ihre Bewerbung als Disponent Nahverkehr (m/w/d)",
  "2025-10-28 11:20 +0100",
  """Sehr geehrte/r Taylor Brooks,

vielen Dank für Ihr Interesse an der Brandt Logistik GmbH & Co. KG und die Zusendung Ihrer Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt. Diese Entscheidung ist uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Jana Hoffmann
Personalabteilung
Brandt Logistik GmbH & Co. KG, Bremen
""", cte="quoted-printable")

S("rejection", "Bodegas Serrano", "", "Responsable de Exportación", "es", "easy",
  "Spanish rejection, signed by HR department",
  "Bodegas Serrano - RRHH <rrhh@bodegasserrano.es>",
  "Proceso de selección: Responsable de Exportación",
  "2026-01-27 13:05 +0100",
  """Estimado/a Taylor:

Queremos agradecerle su interés en formar parte de Bodegas Serrano y el tiempo dedicado a nuestro proceso de selección para el puesto de Responsable de Exportación.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar el proceso con otros perfiles que se ajustan más a los requisitos del puesto, en particular en lo relativo a la experiencia en el mercado asiático.

Conservaremos su currículum en nuestra base de datos para futuras vacantes, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Bodegas Serrano – Haro, La Rioja
""", fmt="alt", cte="quoted-printable")

S("rejection", "Wavecrest Coffee Roasters", "Jess", "Barista Trainer", "en", "hard",
  "casual two-liner; 'went another way'",
  "Jess Moreno <jess@wavecrestcoffee.com>",
  "Re: Barista Trainer",
  "2025-08-12 16:51 -0700",
  """Hey Taylor! Thanks so much for coming by the roastery last week. We ended up going another way for the trainer gig, but it was really fun to cup with you and I hope we see you around the shop.

Jess
""", mid="gmail", quote="""Hi Jess, thanks for showing me around on Tuesday! Let me know if you need anything else from me for the trainer position.
Taylor""", quote_date="2025-08-07 09:30 -0700")

S("rejection", "Ostrander Biotech", "", "Research Associate II, Assay Development", "en", "easy",
  "Workday rejection, HTML only",
  "Ostrander Biotech <ostrander@myworkday.com>",
  "Update on your application with Ostrander Biotech",
  "2025-06-19 18:22 -0400",
  "", fmt="html", relay="mail-out1.myworkday.com", headers=AUTO_GEN, html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">
<div style="max-width:600px;margin:0 auto;padding:24px">
<div style="border-bottom:2px solid #5b2a86;padding-bottom:8px;margin-bottom:16px"><b style="color:#5b2a86;font-size:18px">OSTRANDER BIOTECH</b></div>
<p>Dear Taylor,</p>
<p>Thank you for your interest in the <b>Research Associate II, Assay Development</b> position (JR-10488) in Cambridge, MA.</p>
<p>We appreciate the time you took to apply. After careful review, we have decided to pursue other candidates whose background is a closer match to the requirements of this position.</p>
<p>We invite you to visit our <a href="https://ostrander.wd5.myworkdayjobs.com/careers">careers site</a> for other roles that match your skills.</p>
<p>Best regards,<br>Ostrander Biotech Talent Acquisition</p>
<p style="font-size:11px;color:#8a949e">This email was sent from an unmonitored mailbox.</p>
</div></body></html>
""")

S("rejection", "Tallgrass Energy Cooperative", "", "Grid Analyst", "en", "easy",
  "SmartRecruiters 'position filled'",
  "Tallgrass Energy Cooperative <no-reply@smartrecruiters.com>",
  "Grid Analyst - position update",
  "2025-12-09 08:15 -0600",
  """Dear Taylor,

We are writing to let you know that the Grid Analyst position at Tallgrass Energy Cooperative has now been filled.

We sincerely appreciate your interest in working with us and the time you put into your application. Your profile will remain in our talent community, and you will be notified about new openings that match your preferences.

Kind regards,
Tallgrass Energy Cooperative Recruiting
Salina, Kansas
""", fmt="alt", relay="mail.smartrecruiters.com", headers=AUTO_GEN)

S("rejection", "Harbourview Capital", "Simone", "Investment Operations Associate", "en", "hard",
  "'great fit for the company, not this role'; warm and future-facing",
  "Simone Achterberg <s.achterberg@harbourviewcapital.com>",
  "Investment Operations Associate - next steps",
  "2025-11-13 17:05 +0000",
  """Dear Taylor,

Thank you for meeting with Callum and me last week. We both came away thinking you'd be a great addition to Harbourview at some point. For this particular Investment Operations Associate role, though, we need someone who can own our fund accounting reconciliations from day one, and we've decided to progress with a candidate who has done that at another asset manager.

I'd like to keep in touch. We're planning to add to the client reporting team in the spring, and I think that could suit you very well. May I reach out when that role is approved?

Kind regards,
Simone Achterberg
Head of Operations, Harbourview Capital Partners LLP
25 Bishopsgate, London EC2N 3AQ
""", mid="outlook", fmt="alt", skin="outlook")

S("rejection", "Clearwater Pediatrics", "Angela", "Medical Office Coordinator", "en", "hard",
  "'extended an offer' to someone else",
  "Angela Brandt <abrandt@clearwaterpeds.com>",
  "Medical Office Coordinator position",
  "2026-03-27 12:40 -0400",
  """Hi Taylor,

I wanted to let you know that we have extended an offer for the Medical Office Coordinator position to another candidate, and she has accepted. Thank you for taking the time to interview with Dr. Kaur and me; we enjoyed meeting you.

We wish you the best with your search.

Angela Brandt
Practice Administrator
Clearwater Pediatrics
""")

S("rejection", "Stellarbyte", "", "Frontend Engineer (React)", "en", "easy",
  "Greenhouse rejection after onsite",
  "Stellarbyte Recruiting <no-reply@us.greenhouse-mail.io>",
  "Your Stellarbyte interview",
  "2025-09-30 15:02 -0700",
  """Hi Taylor,

Thank you for taking the time to interview for the Frontend Engineer (React) position at Stellarbyte. We appreciate the effort you put into the process and enjoyed learning about your work.

After careful consideration, our team has decided not to proceed with your candidacy. This was a difficult decision given the strength of the candidates we met.

We'd love for you to stay in touch and consider Stellarbyte in the future.

Best,
Stellarbyte Recruiting
""", fmt="alt", relay="mail-by.greenhouse.io")

S("rejection", "Nordlys Design Studio", "Freja", "Senior UX Researcher", "en", "hard",
  "personal 'we're going to pass' with detailed feedback",
  "Freja Holm <freja@nordlys.studio>",
  "Your case presentation",
  "2026-07-08 10:17 +0200",
  """Hi Taylor,

Thanks again for presenting your research case to us on Friday. I promised you honest feedback either way, so here it is.

We're going to pass on moving you forward for the Senior UX Researcher role. The synthesis was excellent and the team loved your recruiting screener, but we were hoping to see more of how you'd influence a roadmap with the findings, and in the discussion it felt like the recommendations stayed at a tactical level. For a senior hire that's the part we need most.

I hope that's useful. I'd be happy to be a reference for your synthesis work if it ever helps.

All the best from Copenhagen,
Freja Holm
Research Director, Nordlys
""", mid="apple", fmt="alt", skin="gmail")

S("rejection", "Brightline Insurance", "Jake", "Claims Team Lead", "en", "hard",
  "agency recruiter relays the client's decision",
  "Jake Donnelly <jake.donnelly@sterlingtalent.com>",
  "Brightline update",
  "2025-10-09 13:33 -0500",
  """Hey Taylor,

Just got off the phone with the hiring manager at Brightline Insurance. They've decided to go with the other finalist for the Claims Team Lead role. The feedback was that you interviewed really well, but the other candidate has run a team through a Guidewire migration, which is exactly what they're about to do.

I know that's frustrating after three rounds. I've got two other claims leadership roles I'm working on right now; want to jump on a call Thursday and I'll walk you through them?

Jake Donnelly
Senior Recruiter | Sterling Talent Partners
(312) 555-0117
""", mid="outlook")

S("rejection", "Oakmont Software", "Nia", "Implementation Consultant", "en", "hard",
  "forwarded by referrer; decision in the forwarded hiring-manager note",
  "Nia Campbell <nia.campbell@oakmontsoftware.com>",
  "Fwd: Referral - Taylor Brooks (Implementation Consultant)",
  "2026-04-21 19:04 -0400",
  """Hey Taylor, forwarding this since Rob asked me to pass it on. Really sorry, I thought you were a lock. Drinks on me this weekend?

Nia

---------- Forwarded message ---------
From: Rob Whitaker <rob.whitaker@oakmontsoftware.com>
Date: Tue, Apr 21, 2026 at 4:48 PM
Subject: Referral - Taylor Brooks (Implementation Consultant)
To: Nia Campbell <nia.campbell@oakmontsoftware.com>

Hi Nia,

Thanks for referring Taylor. We really liked them, but we decided to hire someone with more healthcare EHR implementation background for this Implementation Consultant opening. Could you let Taylor know and thank them for their time? I'd be glad to consider them for the retail team later this year.

Thanks,
Rob
""", mid="gmail", fmt="alt", skin="gmail")

S("rejection", "Pinebrook School District", "", "High School Chemistry Teacher", "en", "easy",
  "formal district letter to 'Dear Applicant'; position filled",
  "Pinebrook School District <hr@pinebrookschools.org>",
  "Vacancy #HS-2025-31 High School Chemistry Teacher",
  "2025-08-05 14:00 -0500",
  """Dear Applicant,

Thank you for your interest in the High School Chemistry Teacher vacancy (#HS-2025-31) at Pinebrook High School.

This letter is to inform you that the position has been filled. We appreciate the time and effort you devoted to your application and encourage you to apply for future vacancies that match your certification.

Sincerely,

Office of Human Resources
Pinebrook School District
""", fmt="html", cte="base64")

S("rejection", "Vantage Point Media", "", "Social Media Manager", "en", "easy",
  "BambooHR rejection",
  "Vantage Point Media <notifications@app.bamboohr.com>",
  "Regarding your application for Social Media Manager",
  "2026-02-10 11:11 -0800",
  """Hi Taylor,

Thanks for applying to be our Social Media Manager. We had a great response to this posting, and after reviewing everyone's materials, we won't be moving forward with your application.

We'll keep your information for future openings, and we encourage you to apply again.

Cheers,
The Vantage Point Media Team
""", fmt="alt", relay="mail.bamboohr.com")

S("rejection", "Crestline Aerospace", "", "Manufacturing Engineer III", "en", "hard",
  "vague subject; HTML-only base64 status change; decision in a table cell",
  "Crestline Aerospace Careers <careers@crestlineaero.com>",
  "Your application status has changed",
  "2025-05-28 07:45 -0700",
  "", fmt="html", cte="base64", headers=AUTO_GEN, html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Application status</title></head>
<body style="margin:0;background:#f1f1f1;font-family:Segoe UI,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="16" cellspacing="0" style="background:#fff">
<tr><td style="background:#12283f;color:#fff;font-size:20px">Crestline Aerospace</td></tr>
<tr><td>
<p>Hello Taylor,</p>
<p>The status of one of your applications has been updated.</p>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #ddd"><b>Position</b></td><td style="border:1px solid #ddd">Manufacturing Engineer III (Req 7781)</td></tr>
<tr><td style="border:1px solid #ddd"><b>Location</b></td><td style="border:1px solid #ddd">Wichita, KS</td></tr>
<tr><td style="border:1px solid #ddd"><b>Status</b></td><td style="border:1px solid #ddd">Not selected - the hiring team has chosen to proceed with other applicants</td></tr>
</table>
<p>Thank you for considering Crestline. New roles are posted every week on our <a href="https://careers.crestlineaero.com">careers site</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">You are receiving this because you have an active candidate profile. Manage notifications in your profile.</td></tr>
</table></td></tr></table></body></html>
""")

S("rejection", "Lumora Skincare", "Hailey", "Brand Marketing Manager", "en", "hard",
  "reply to owner's follow-up; quoted text asks about interview timing",
  "Hailey Sutton <hailey.sutton@lumoraskin.com>",
  "RE: Following up - Brand Marketing Manager",
  "2026-09-03 10:29 -0700",
  """Hi Taylor,

Thank you for following up, and apologies for the silence. We've now completed our first round of conversations and have decided to move forward with candidates whose experience more closely aligns with our prestige retail channel.

We truly appreciate your interest in Lumora and wish you the very best.

Warmly,
Hailey Sutton
Talent Acquisition, Lumora Skincare
""", mid="outlook", quote="""Hi Hailey,

I hope you're well. I applied for the Brand Marketing Manager role on August 4 and wanted to check whether you have a timeline for first-round interviews. I'm very interested in the role and happy to share campaign examples.

Best,
Taylor Brooks""", quote_style="outlook", quote_to="Hailey Sutton", quote_date="2026-09-01 08:12 -0700")

S("rejection", "Beacon Hill Veterinary", "Sandra", "Veterinary Technician", "en", "hard",
  "short; position filled with someone who covers weekends; no standard keywords",
  "Sandra Okafor <sandra@beaconhillvet.com>",
  "vet tech position",
  "2026-07-15 18:20 -0400",
  """Hi Taylor,

Just closing the loop - we've filled the vet tech spot with someone who can cover our Saturday clinic hours. Thanks for coming in and meeting the team, and good luck!

Sandra
Practice Manager, Beacon Hill Veterinary
""", mid="gmail")

S("rejection", "Redwood Civic Trust", "Marcus", "Grants Manager", "en", "easy",
  "nonprofit rejection by executive director",
  "Marcus Bell <mbell@redwoodcivictrust.org>",
  "Grants Manager search",
  "2025-02-18 09:45 -0800",
  """Dear Taylor,

Thank you for your application and for your interest in the Grants Manager role at Redwood Civic Trust.

We received more than 140 applications for this position. While your background is impressive, we have chosen to interview candidates whose experience with federal grant compliance more closely matches our current needs.

We are grateful for your interest in our mission and hope you will consider us in the future.

With appreciation,
Marcus Bell
Executive Director
Redwood Civic Trust
""", fmt="alt", skin="gmail", cte="quoted-printable")

S("rejection", "Foxglove Labs", "", "Machine Learning Engineer", "en", "hard",
  "'at this time' and 'keep your profile on file' could read as on hold",
  "Foxglove Labs <jobs@foxglovelabs.ai>",
  "Machine Learning Engineer at Foxglove Labs",
  "2025-07-23 12:00 -0700",
  """Hi Taylor,

Thanks for your interest in Foxglove Labs and the Machine Learning Engineer role.

After reviewing your application, we're not able to move forward at this time. We'll keep your profile on file and may reach out if a role opens up that's a closer fit.

Thanks again for thinking of us.

Foxglove Labs
""", fmt="alt", relay="mta.ashbyhq.com", return_path="bounces@ashbyhq.com")

S("rejection", "Gallagher & Stone Construction", "Pete", "Project Estimator", "en", "easy",
  "two-line rejection",
  "Pete Gallagher <pete@gallagherstone.com>",
  "Estimator job",
  "2025-03-04 07:12 -0500",
  """Taylor, thanks for applying for the Project Estimator opening. We've decided to hire someone else for this one. Best of luck.

Pete Gallagher
Gallagher & Stone Construction
""")

S("rejection", "Hollis Retail Group", "", "Store Manager", "en", "hard",
  "assessment threshold not met; no 'unfortunately' or 'other candidates'",
  "Hollis Retail Group <talent@hollisretail.com>",
  "Hollis Retail Group: Store Manager assessment results",
  "2025-04-29 06:00 -0400",
  """Dear Taylor,

Thank you for completing the online leadership assessment for the Store Manager position at our Northpark Mall location.

Your assessment results did not meet the threshold required to continue in the selection process for this position, and your application has been closed. You are eligible to apply again for Store Manager roles after 90 days.

Thank you for your interest in Hollis Retail Group.

Hollis Talent Acquisition
""", fmt="alt", headers=AUTO_GEN)

S("rejection", "Tandem Bikes", "Priya", "Customer Experience Lead", "en", "hard",
  "reply in the scheduling thread; quoted part is the original interview invitation",
  "Priya Natarajan <priya@tandembikes.co>",
  "Re: Customer Experience Lead - interview with Tandem",
  "2026-01-29 16:44 -0700",
  """Hi Taylor,

Thank you for the time you spent with us this month. We've made the difficult decision to move ahead with another candidate for the Customer Experience Lead role. You were a strong contender and I appreciated how thoughtful your answers about warranty escalations were.

We'll be hiring for our Denver showroom later this year and I'd be happy to flag it for you.

Best,
Priya
""", mid="gmail", quote="""Hi Taylor,

We'd love to invite you to interview for the Customer Experience Lead role. Could you do a 45-minute video call with me and our COO, Ben, on Thursday, January 15 at 10 a.m. MT? Zoom link to follow once you confirm.

Priya Natarajan
Head of People, Tandem Bikes""", quote_from="Priya Natarajan <priya@tandembikes.co>", quote_date="2026-01-08 11:20 -0700")

S("rejection", "Aurelia Hotels", "", "Revenue Manager", "en", "easy",
  "UK rejection with GDPR retention note",
  "Aurelia Hotels Recruitment <recruitment@aureliahotels.co.uk>",
  "Your application - Revenue Manager, Aurelia Edinburgh",
  "2025-11-25 10:30 +0000",
  """Dear Taylor,

Thank you for applying for the role of Revenue Manager at Aurelia Edinburgh.

We regret to inform you that on this occasion your application has been unsuccessful. We received a high number of applications from candidates with strong experience in luxury hotel revenue strategy.

In line with our privacy notice, we will retain your CV for six months so that we can contact you about suitable vacancies. If you would prefer that we delete it sooner, please reply to this email.

Kind regards,
Aurelia Hotels Recruitment Team
""", fmt="alt", cte="quoted-printable")

S("rejection", "Kingsbridge University", "", "Research Data Manager", "en", "hard",
  "UK 'not shortlisted for interview'; contains the word interview",
  "Kingsbridge University Recruitment <recruitment@kingsbridge.ac.uk>",
  "Research Data Manager (Ref KU-04417) - outcome of shortlisting",
  "2026-05-19 15:22 +0100",
  """Dear Taylor Brooks,

Ref: KU-04417 Research Data Manager, Library and Research Services

Thank you for your interest in the above post. The shortlisting panel has now met, and I am sorry to tell you that you have not been shortlisted for interview on this occasion.

We received a large number of applications, and the panel's decision reflects the strength of the field. Unfortunately we are unable to provide individual feedback at the shortlisting stage.

Thank you for the time and effort you put into your application, and we wish you every success in the future.

Yours sincerely,

Recruitment Team
Human Resources, Kingsbridge University
""", headers=AUTO_GEN)

S("rejection", "Marlow & Pike", "Eleanor", "Paralegal", "en", "hard",
  "'runner-up' with 'if anything changes'; still a no",
  "Eleanor Pike <epike@marlowpike.com>",
  "Paralegal position",
  "2025-12-16 17:58 -0500",
  """Dear Taylor,

I wanted to call you, but I know you mentioned you'd be travelling this week.

We've decided to hire another candidate for the Paralegal position. I want you to know that it was extremely close, and you were our runner-up. If anything changes before her start date in January, you'll be the first person I call.

Thank you for your patience through our long process, and happy holidays.

Eleanor Pike
Managing Partner, Marlow & Pike, Attorneys at Law
""", mid="outlook", fmt="alt", skin="outlook")

S("rejection", "Ridgeback Payments", "Anders", "Staff Software Engineer", "en", "hard",
  "senior role; VP note says 'not to extend an offer'",
  "Anders Kowalczyk <anders@ridgebackpay.com>",
  "Staff Software Engineer - decision",
  "2026-10-06 20:15 -0400",
  """Taylor,

Thanks for spending most of a day with us last week. I want to give you the decision directly: we've decided not to extend an offer for the Staff Software Engineer role.

The system design conversation was strong, but the panel wasn't convinced on the cross-team leadership dimension, which is the core of a staff position here. That's a calibration call about this specific role, not a judgement on your engineering.

If you're open to it, I'd like to introduce you to our Head of Platform, who will be hiring at senior level in Q1.

Anders Kowalczyk
VP Engineering, Ridgeback Payments
""", mid="gmail", fmt="alt", skin="gmail")

# ================================================================ interviews (singletons)
S("interview", "Cobalt Ridge Mining", "Darren", "Environmental Compliance Specialist", "en", "hard",
  "reschedule in a reply thread; no word interview in new text",
  "Darren Whitfield <dwhitfield@cobaltridge.com.au>",
  "RE: Environmental Compliance Specialist - Thursday call",
  "2025-08-20 08:40 +0800",
  """Hi Taylor,

Apologies, something has come up at the Kalgoorlie site and I'll be on a plane on Thursday. Could we move our call to Friday 22 August, same time (9:00 a.m. AWST / 9:00 p.m. EDT Thursday your time)? Same Teams link.

If that's too late in your evening, Monday morning works too.

Cheers,
Darren Whitfield
Superintendent - Environment & Approvals
Cobalt Ridge Mining Ltd, Perth WA
""", mid="outlook", quote="""Hi Darren,

Thursday at 9:00 a.m. your time works well for me. Looking forward to speaking with you and Kate about the Environmental Compliance Specialist role.

Best regards,
Taylor""", quote_style="outlook", quote_to="Darren Whitfield", quote_date="2025-08-18 19:05 -0400")

S("interview", "Plumtree Learning", "Dana", "Instructional Designer", "en", "easy",
  "Google Calendar invitation with text/calendar part",
  "Dana Whitlock <calendar-notification@google.com>",
  "Invitation: Taylor Brooks <> Dana (Plumtree) - Instructional Designer interview @ Wed Mar 11, 2026 1pm - 1:45pm (CDT) (taylor.brooks.hunt@gmail.com)",
  "2026-03-05 15:20 -0600",
  """You have been invited to the following event.

Taylor Brooks <> Dana (Plumtree) - Instructional Designer interview
When: Wednesday Mar 11, 2026 1pm - 1:45pm Central Time - Chicago
Joining info: Join with Google Meet - meet.google.com/pxb-ghfq-wmn

Calendar: taylor.brooks.hunt@gmail.com
Who:
* dana.whitlock@plumtreelearning.com - organizer
* taylor.brooks.hunt@gmail.com

Hi Taylor - looking forward to it! Please have one eLearning sample ready to screen-share. - Dana, Learning Experience Manager

Going (taylor.brooks.hunt@gmail.com)? Yes - Maybe - No    more options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""", fmt="alt", relay="mail-sor-f41.google.com", reply_to="dana.whitlock@plumtreelearning.com",
  return_path="3xyzabc@calendar-server.bounces.google.com",
  ics={"start": "2026-03-11 13:00 -0500", "minutes": 45,
       "summary": "Taylor Brooks <> Dana (Plumtree) - Instructional Designer interview",
       "organizer": "Dana Whitlock <dana.whitlock@plumtreelearning.com>", "location": "meet.google.com/pxb-ghfq-wmn"},
  ics_attach=True)

S("interview", "Granite State Mutual", "", "Claims Adjuster Trainee", "en", "easy",
  "one-way recorded video interview; HTML only",
  "Granite State Mutual via HireVue <noreply@hirevue.com>",
  "Next step: complete your video interview for Claims Adjuster Trainee",
  "2025-01-22 09:00 -0500",
  """Hello Taylor,

Thank you for your interest in the Claims Adjuster Trainee program at Granite State Mutual Insurance Company.

We invite you to complete an on-demand video interview. You will answer five questions on camera at a time that suits you; each answer may be up to three minutes long and you can practise before recording.

Please complete your interview by Wednesday, January 29, 2025.

Start your interview: https://app.hirevue.com/interviews/gsm-cat-2025/start

Good luck!
Granite State Mutual Talent Acquisition
""", fmt="html", relay="mail.hirevue.com", headers=AUTO_GEN)

S("interview", "Vellum Print Solutions", "Lena", "Production Scheduler", "en", "hard",
  "staffing-agency recruiter relays the client's interview request",
  "Lena Fischer <lena.fischer@kineticstaffing.com>",
  "Vellum wants to meet you!",
  "2025-06-03 14:55 -0400",
  """Hi Taylor!

Good news - I sent your resume over to Vellum Print Solutions yesterday and their plant manager, Greg, wants to meet you in person for the Production Scheduler opening. He's proposing Thursday at 2:00 at their Elmhurst plant (1450 W Lake St). Plan on about an hour, including a walk of the floor.

Can you let me know by tomorrow morning if that works? I'll send prep notes tonight - Greg likes to ask about how you handled rush orders.

Thanks,
Lena Fischer
Account Recruiter | Kinetic Staffing Group
""", mid="outlook", fmt="alt", skin="outlook")

S("interview", "Sable & Finch Interiors", "Odette", "Junior Interior Designer", "en", "hard",
  "'portfolio review' with the design director; no word interview",
  "Odette Laurent <odette@sableandfinch.com>",
  "Portfolio review - Sable & Finch",
  "2026-02-24 11:08 -0500",
  """Hi Taylor,

Thank you for sending your portfolio - the hospitality concepts especially caught our eye. Our design director, Imani, would like to do a portfolio review with you at the studio next week. It usually takes about an hour: you walk us through two or three projects, and we talk about how you'd fit into our residential team.

Would Tuesday March 3 at 11 or Wednesday March 4 at 3 work for you? We're at 88 Greene Street, 4th floor, in SoHo.

Best,
Odette Laurent
Studio Manager
Sable & Finch Interiors
""", mid="apple", fmt="alt", skin="gmail")

S("interview", "Tidemark Ocean Institute", "Rosa", "Marine Data Technician", "en", "hard",
  "'unfortunately' about the lab tour; interview still on",
  "Rosa Delgado <rdelgado@tidemark.org>",
  "Marine Data Technician - Zoom panel details",
  "2025-10-21 13:10 -0700",
  """Hi Taylor,

Thanks for confirming. Here are the details for your panel interview on Monday, October 27 at 1:00 p.m. PT:

Zoom: https://tidemark.zoom.us/j/83512340917 (passcode 551904)
Panel: Dr. Helen Park (Ocean Observing Lead), Jordan Yee (Data Manager) and me

Unfortunately the R/V Sanderling will be at sea that week, so we won't be able to offer the in-person lab and vessel tour we mentioned. We'll make it up to you if you come to the second round.

Please be ready to talk through a dataset you cleaned and how you handled sensor drift.

Rosa Delgado
HR Generalist, Tidemark Ocean Institute
""", mid="gmail")

S("interview", "Westhaven NHS Foundation Trust", "Gareth", "Data Analyst (Band 6)", "en", "easy",
  "NHS Jobs invitation to interview",
  "NHS Jobs <no-reply@jobs.nhs.uk>",
  "Invitation to interview: Data Analyst (Band 6) - Westhaven NHS Foundation Trust",
  "2026-02-26 16:02 +0000",
  """Dear Taylor Brooks,

Westhaven NHS Foundation Trust
Job reference: 381-WH-26-0117 Data Analyst (Band 6)

Congratulations, you have been shortlisted for the above post. You are invited to attend an interview:

Date: Thursday 12 March 2026
Time: 10:30
Venue: Microsoft Teams (link will be sent by the recruiting manager)
Format: 15 minute Excel/SQL exercise followed by a panel interview

Please log in to your NHS Jobs account to book your interview slot and confirm your attendance by 4 March 2026.

If you have any questions, please contact the recruiting manager, Gareth Evans, on 01632 960 412.

Kind regards,
Recruitment Team, Westhaven NHS Foundation Trust
""", fmt="alt", relay="mail.jobs.nhs.uk", headers=AUTO_GEN)

S("interview", "Quanta Freight", "Bianca", "Logistics Coordinator", "en", "hard",
  "one-line request for a call; no word interview",
  "Bianca Ruiz <bianca.ruiz@quantafreight.com>",
  "Logistics Coordinator",
  "2025-09-09 17:36 -0500",
  """Hi Taylor, are you free for a quick call tomorrow around 10 to talk about the Logistics Coordinator position? Let me know a good number.

Bianca Ruiz | Operations Manager | Quanta Freight
""", mid="apple")

S("interview", "Brightmoor Academy", "Helen", "Year 5 Teacher", "en", "easy",
  "UK school interview with observed lesson",
  "Helen Marsh <hr@brightmooracademy.org.uk>",
  "Interview invitation - Year 5 Teacher (September start)",
  "2026-04-30 12:15 +0100",
  """Dear Taylor,

Thank you for your application for the post of Year 5 Teacher. I am pleased to invite you to interview at Brightmoor Academy on Thursday 7 May 2026.

The day will begin at 9:00 with a tour of the school, followed by a 30-minute observed lesson with a Year 5 class (guided reading; the text will be emailed to you on Monday), a short pupil panel and a formal interview with the Headteacher and the Chair of Governors.

Please bring photo ID and your original qualification certificates for safer recruitment checks.

Kindly confirm your attendance by return.

Yours sincerely,
Helen Marsh
HR & Office Manager, Brightmoor Academy
""", fmt="alt", cte="quoted-printable")

S("interview", "Copperleaf Consulting", "", "Management Consultant", "en", "easy",
  "scheduler confirmation with itinerary of case interviews",
  "Copperleaf Consulting Recruiting <scheduling@copperleafconsulting.com>",
  "Confirmed: your Copperleaf final-round interviews on Oct 14",
  "2025-10-06 09:30 -0400",
  """Hi Taylor,

Your final-round interviews for the Management Consultant position are confirmed.

Tuesday, October 14, 2025 (Eastern Time)
9:00 - 9:45 AM    Case interview - Rachel Ng, Principal
10:00 - 10:45 AM  Case interview - Oluwaseun Adeyemi, Partner
11:00 - 11:30 AM  Fit conversation - Mark Salinger, Partner

Location: Copperleaf Consulting, 125 High Street, Boston (19th floor). Please arrive 15 minutes early; a recruiting coordinator will meet you in the lobby.

Add to calendar: https://copperleafconsulting.goodtime.io/c/ev/71bd0

Copperleaf Recruiting
""", fmt="html", relay="mail.goodtime.io", headers=AUTO_GEN)

S("interview", "Helix Genomics", "Wen", "Bioinformatics Scientist", "en", "easy",
  "onsite with seminar",
  "Wen Zhao <wzhao@helixgenomics.com>",
  "Onsite visit - Bioinformatics Scientist",
  "2026-11-02 10:44 -0800",
  """Hi Taylor,

Following your conversation with Dr. Ortega, we'd like to invite you to South San Francisco for an onsite interview for the Bioinformatics Scientist position. We're looking at Monday, November 16.

The day will include a 45-minute seminar on your single-cell work (please leave 15 minutes for questions), four one-on-one interviews with the computational biology team, and lunch with two of our scientists. We'll book and cover your travel; our coordinator, Amy, will be in touch about flights.

Please let me know if that date works.

Wen Zhao
Senior Recruiter, Helix Genomics
""", mid="gmail", fmt="alt", skin="gmail")

S("interview", "Parkside Property Management", "Tasha", "Leasing Consultant", "en", "hard",
  "reply to owner's question; quoted part asks if the role is still open",
  "Tasha Greene <tgreene@parksidepm.com>",
  "Re: Is the Leasing Consultant role still open?",
  "2025-07-22 10:03 -0400",
  """Hi Taylor,

Yes, it's still open! I'd love to meet you. Could you stop by our Riverside Commons leasing office on Friday at 11 for an interview? It'll be me and our regional manager, Keith. Bring a copy of your resume.

Tasha Greene
Community Manager, Riverside Commons
Parkside Property Management
""", mid="gmail", quote="""Hi Tasha,

I applied on Indeed for the Leasing Consultant position two weeks ago and haven't heard back. Is the role still open? I have two years of front-desk experience at a hotel and I'm very comfortable with Yardi.

Thanks,
Taylor Brooks""", quote_date="2025-07-21 20:48 -0400")

S("interview", "Ashgrove Foods", "Mike", "Quality Assurance Technician", "en", "hard",
  "'move forward with you' to a second interview",
  "Mike Petrakis <mpetrakis@ashgrovefoods.com>",
  "Second interview - QA Technician",
  "2026-06-17 13:22 -0500",
  """Hi Taylor,

Thanks for coming in on Monday. The team has decided to move forward with you to a second interview for the Quality Assurance Technician position.

This one will be on the production floor with our QA supervisor, Carla, on second shift: Tuesday, June 23 at 4:00 p.m. You'll need closed-toe shoes; we'll provide a hairnet and smock. Expect to spend about 90 minutes, including a short HACCP scenario.

Please reply to confirm.

Mike Petrakis
HR Manager, Ashgrove Foods - Springfield Plant
""")

S("interview", "Lattice Fintech", "Omar", "Product Manager, Payments", "en", "easy",
  "Calendly booking confirmation; host named",
  "Calendly <notifications@calendly.com>",
  "Confirmed: Product Manager, Payments - intro with Omar Haddad on Monday, September 14, 2026",
  "2026-09-10 19:02 -0400",
  """Hi Taylor Brooks,

Your event has been scheduled.

Event: Product Manager, Payments - intro call
Host: Omar Haddad (Lattice Fintech)
Date: 11:00am - 11:30am, Monday, September 14, 2026 (Eastern Time - US & Canada)
Location: Google Meet (details in the calendar invitation)

Message from Omar: "Looking forward to it! This is a first conversation about the PM role on our payments team - no prep needed."

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8b2e7f1a
Reschedule: https://calendly.com/reschedulings/8b2e7f1a
""", fmt="alt", relay="mail.calendly.com", mid="ses")

S("interview", "Riverstone Hospice", "Danielle", "Hospice Social Worker", "en", "hard",
  "original role filled, but invites to a screen for another opening",
  "Danielle Brooks-Harris <dharris@riverstonehospice.org>",
  "Your application - Riverstone Hospice",
  "2025-12-03 11:45 -0500",
  """Hi Taylor,

Thank you for applying for the Bereavement Coordinator position. That role was filled internally last week, but after reading your resume, our clinical director thinks you would be a strong fit for the Hospice Social Worker (MSW) opening on our Eastside team.

Would you be open to a 20-minute phone screen with me this Friday, December 5, to talk about it? Any time between 9 and 2 works.

Warm regards,
Danielle Brooks-Harris
Talent Acquisition Partner, Riverstone Hospice
""", mid="outlook")

S("interview", "Kiln & Co.", "Marisa", "Studio Operations Manager", "en", "hard",
  "owner proposes coffee to talk about the role; informal",
  "Marisa Quinn <marisa@kilnandco.com>",
  "coffee?",
  "2026-08-11 08:19 -0700",
  """Hi Taylor!

Loved your application for the studio ops job - the bit about rebuilding your last shop's firing schedule made me laugh because that's exactly our mess right now.

Want to grab coffee Friday morning and talk about it? I'm usually at Heartline on Alberta by 8:30. If that's too early, name a time.

Marisa
Kiln & Co. Ceramics
""", mid="gmail", fmt="alt", skin="gmail")

S("interview", "Meadowlark Senior Living", "Cheryl", "Activities Director", "en", "easy",
  "interview confirmation with address and parking",
  "Cheryl Dawson <cdawson@meadowlarkliving.com>",
  "Interview confirmation: Activities Director",
  "2025-04-02 15:00 -0600",
  """Hello Taylor,

This confirms your interview for the Activities Director position on Monday, April 7 at 1:30 p.m. with me and our Executive Director, Paul Lindgren.

Address: Meadowlark Senior Living, 2300 Prairie View Drive, Fort Collins, CO. Please use the visitor parking by the main entrance and sign in at the front desk.

Feel free to bring a sample monthly activity calendar if you have one.

Thank you,
Cheryl Dawson
Business Office Manager
""", fmt="alt", skin="outlook")

# ================================================================ offers (singletons)
S("offer", "Westbury Engineering", "Hana", "Civil Engineer II", "en", "easy",
  "ATS offer notice, HTML only; names recruiter",
  "Westbury Engineering <offers@westburyeng.com>",
  "Your offer from Westbury Engineering is ready",
  "2025-06-30 15:40 -0500",
  "", fmt="html", headers=AUTO_GEN, html="""<html><body style="font-family:Arial,sans-serif;background:#f6f8fa;margin:0;padding:24px">
<div style="max-width:580px;margin:auto;background:#fff;padding:28px;border-radius:4px">
<h2 style="color:#0b3d6b;margin-top:0">Congratulations, Taylor!</h2>
<p>We are excited to extend you an offer for the position of <strong>Civil Engineer II</strong> in our Kansas City office.</p>
<p>Your offer letter is ready to review and sign in the candidate portal.</p>
<p style="text-align:center;margin:28px 0"><a href="https://westburyeng.jobvite.com/offer/5f1c2" style="background:#0b3d6b;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px">Review your offer</a></p>
<p>Please respond by <strong>July 8, 2025</strong>. If you have any questions, contact your recruiter, Hana Sato, at hsato@westburyeng.com.</p>
<p>Welcome to the team!<br>Westbury Engineering Talent Acquisition</p>
</div></body></html>
""")

S("offer", "Nimbus Health", "Kofi", "Clinical Informatics Specialist", "en", "easy",
  "written follow-up to verbal offer with compensation details",
  "Kofi Mensah <kofi.mensah@nimbushealth.com>",
  "Offer details - Clinical Informatics Specialist",
  "2026-01-15 17:05 -0500",
  """Hi Taylor,

Thanks for taking my call this afternoon. As promised, here is a summary of the offer for the Clinical Informatics Specialist role:

- Base salary: $97,000
- Annual bonus target: 8%
- Start date: Monday, February 9, 2026
- Remote, with quarterly onsite weeks in Raleigh
- 20 days PTO plus holidays; 401(k) with 5% match

The offer is contingent on a background check and verification of your nursing license. You'll receive the formal letter from our HR system within 24 hours.

Congratulations - the team is thrilled.

Kofi Mensah
Talent Acquisition Partner, Nimbus Health
""", mid="outlook", fmt="alt", skin="outlook")

S("offer", "Greywater Brewing", "Sean", "Head Brewer", "en", "easy",
  "informal offer from owner; base64 body",
  "Sean Gallagher <sean@greywaterbrewing.com>",
  "Head Brewer - we want you!",
  "2025-03-21 21:10 -0600",
  """Taylor,

Sorry for the late email, just got done cleaning the brite tanks. Kate and I talked it through and we'd like to offer you the Head Brewer job. We can do $68,000, full health coverage, a cut of the taproom profit share and, yes, you get to name the spring IPA.

Start whenever you can give notice, ideally mid-April. Think it over this weekend and call me.

Cheers,
Sean
Greywater Brewing Co.
""", cte="base64", mid="gmail")

S("offer", "Pemberton & Hale", "Sophie", "Finance Business Partner", "en", "easy",
  "UK conditional offer subject to references",
  "Sophie Adeyemi <sophie.adeyemi@pembertonhale.co.uk>",
  "Conditional offer of employment - Finance Business Partner",
  "2026-10-22 14:26 +0100",
  """Dear Taylor,

Further to your interview on 15 October, I am delighted to make you a conditional offer of employment for the position of Finance Business Partner at Pemberton & Hale Ltd, based in our Leeds office.

The offer is conditional on receipt of two satisfactory references and proof of your right to work in the UK. Your starting salary will be £58,500 per annum, with 27 days' annual leave plus bank holidays and a 6% employer pension contribution. The full terms are set out in the attached contract.

Please sign and return the contract by 30 October and complete the referee form via the link in our onboarding portal.

Yours sincerely,

Sophie Adeyemi
HR Business Partner, Pemberton & Hale Ltd
""", mid="outlook", attach=(("PH_Contract_TBrooks.pdf", "application/pdf",
  pdf("Pemberton & Hale Ltd", "Statement of main terms of employment", "Employee: Taylor Brooks",
      "Job title: Finance Business Partner", "Salary: GBP 58,500 per annum")),))

S("offer", "Orbis Cloud", "Natalie", "Senior Site Reliability Engineer", "en", "hard",
  "revised offer in a negotiation thread; quoted part is owner's counter",
  "Natalie Cho <natalie.cho@orbiscloud.io>",
  "Re: Offer - Senior Site Reliability Engineer",
  "2026-07-30 12:48 -0700",
  """Hi Taylor,

Good news: I was able to get approval for a base of $198,000 (up from $185,000) and an additional 1,500 RSUs over the four-year vesting schedule. The sign-on bonus stays at $20,000. The revised offer letter is attached and replaces the earlier version.

Let me know if you have any other questions. We'd love to have you start on August 24 as planned.

Natalie
Senior Technical Recruiter, Orbis Cloud
""", mid="gmail", attach=(("Orbis_Cloud_Revised_Offer_Taylor_Brooks.pdf", "application/pdf",
  pdf("Orbis Cloud, Inc.", "Revised offer letter", "Senior Site Reliability Engineer", "Base salary: $198,000")),),
  quote="""Hi Natalie,

Thank you so much for the offer, I'm really excited about the team. Before I sign, I wanted to ask whether there is any flexibility on the base salary. Based on my current compensation and the on-call expectations, I was hoping for something closer to $200,000.

Best,
Taylor""", quote_date="2026-07-28 09:15 -0700")

S("offer", "Bramblewood Animal Rescue", "Joanna", "Volunteer Coordinator", "en", "hard",
  "paid job offer for a role named 'Volunteer Coordinator' at a nonprofit",
  "Joanna Pruitt <joanna@bramblewoodrescue.org>",
  "Volunteer Coordinator position - offer",
  "2025-09-25 13:30 -0400",
  """Dear Taylor,

On behalf of the board of Bramblewood Animal Rescue, I'm very happy to offer you the position of Volunteer Coordinator. This is a full-time, paid staff role at $46,000 per year with health benefits, starting October 13.

You'd be responsible for our 220 active volunteers, the foster network and our adoption events. I've attached the formal offer letter; please sign and return it by October 1.

We're so excited to have you join our small but mighty staff.

Joanna Pruitt
Executive Director
""", attach=(("Bramblewood_offer_letter.pdf", "application/pdf",
  pdf("Bramblewood Animal Rescue", "Offer of employment: Volunteer Coordinator (full-time, paid)")),))

# ================================================================ acknowledgements (singletons)
S("application_received", "Grupo Marítimo Levante", "", "Técnico/a de Compras", "es", "easy",
  "Spanish acknowledgement",
  "Grupo Marítimo Levante <empleo@gmlevante.es>",
  "Hemos recibido tu candidatura – Técnico/a de Compras",
  "2025-10-14 12:32 +0200",
  """Hola Taylor,

¡Gracias por inscribirte en nuestra oferta de Técnico/a de Compras en Valencia!

Te confirmamos que hemos recibido tu candidatura correctamente. Nuestro equipo de Selección la revisará en los próximos días y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para explicarte los siguientes pasos.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu área personal.

Un saludo,
Equipo de Selección
Grupo Marítimo Levante

Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje.
""", fmt="alt", headers=AUTO_GEN)

S("application_received", "Sundial Solar", "Corey", "Solar Project Coordinator", "en", "hard",
  "human recruiter's short 'got it' reply; reads like personal mail",
  "Corey Lindqvist <corey@sundialsolar.com>",
  "Re: Solar Project Coordinator application",
  "2026-04-07 16:20 -0600",
  """Hi Taylor,

Got your application, thanks! I'll go through it with our install manager this week and get back to you either way by next Friday.

Corey
Sundial Solar | People & Culture
""", mid="gmail", quote="""Hi Corey,

Please find attached my application for the Solar Project Coordinator role posted on your website. I've coordinated residential HVAC installs for four years and recently completed NABCEP PV Associate.

Best regards,
Taylor Brooks""", quote_date="2026-04-06 21:13 -0600")

S("application_received", "Everline Pharmacy", "", "Pharmacy Technician", "en", "hard",
  "'Unfortunately' in an acknowledgement",
  "Everline Pharmacy Careers <everline@taleo.net>",
  "Everline Pharmacy - Application Received - Pharmacy Technician (2500381)",
  "2025-05-13 04:18 -0400",
  """Dear Taylor Brooks,

Thank you for your interest in Everline Pharmacy. We have received your application for Pharmacy Technician (Job ID 2500381) at store #4417, Lansing, MI.

Our recruiters will review your qualifications against the requirements of the position. Unfortunately, due to the high volume of applications we receive, we cannot respond to each applicant individually; if your background is a match, a member of our team will contact you to schedule next steps.

Sincerely,
Everline Pharmacy Talent Acquisition

***** This is an automated message. Please do not reply. *****
""", relay="smtp.taleo.net", headers=AUTO_GEN)

S("application_received", "Mistral Aviation", "", "Aircraft Maintenance Planner", "en", "hard",
  "explains future interview shortlisting; no decision",
  "Mistral Aviation Careers <careers@mistral-aviation.ie>",
  "Application received: Aircraft Maintenance Planner",
  "2025-11-05 09:50 +0000",
  """Dear Taylor,

Thank you for applying for the Aircraft Maintenance Planner role at Mistral Aviation, Shannon.

Your application is now under review. If you are shortlisted, you will be invited to a competency-based interview, which will be held in Shannon during the week of 1 December. Candidates who are not shortlisted will be informed once the process closes.

Thank you for your interest in joining Mistral Aviation.

Kind regards,
People Team, Mistral Aviation DAC
""", fmt="alt", headers=AUTO_GEN)

S("application_received", "Crescent City Schools", "", "Special Education Teacher", "en", "easy",
  "AppliTrack acknowledgement",
  "Crescent City Schools <noreply@applitrack.com>",
  "Application Submitted - Crescent City Schools",
  "2026-06-02 22:41 -0500",
  """Taylor Brooks,

Thank you for submitting your application to Crescent City Schools. Your application for Special Education Teacher (Job ID 2814) was received on 6/2/2026.

Your application will be kept active for one year. You may log in at any time to update your information or apply for additional positions.

Crescent City Schools, Office of Human Resources
""", relay="mail.applitrack.com", headers=AUTO_GEN)

S("application_received", "Harlow Medical Devices", "", "Regulatory Affairs Specialist", "en", "easy",
  "acknowledgement with optional survey link",
  "Harlow Medical Devices <talent@harlowmed.com>",
  "We received your application - Regulatory Affairs Specialist",
  "2025-02-25 13:03 -0600",
  """Hi Taylor,

Thanks for applying for the Regulatory Affairs Specialist role at Harlow Medical Devices in Minneapolis. We've received your application and our recruiting team will review it shortly.

We're always trying to improve our candidate experience. If you have two minutes, we'd love to hear how the application process went: https://harlowmed.qualtrics.com/jfe/form/SV_3xQ2

Thank you,
Harlow Talent Acquisition
""", fmt="alt", headers=AUTO_GEN)

S("application_received", "Juno Learning", "", "Customer Support Specialist", "en", "easy",
  "SmartRecruiters acknowledgement, HTML only",
  "Juno Learning <no-reply@smartrecruiters.com>",
  "Thank you for applying to Juno Learning",
  "2026-11-09 10:01 -0500",
  "", fmt="html", cte="quoted-printable", relay="mail.smartrecruiters.com", html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Thank you for applying</title></head>
<body style="margin:0;background:#fafafa">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px;background:#ffcf3f"><span style="font-size:22px;font-weight:bold">juno</span> <span style="font-size:13px">learning</span></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:1.6">
<p>Hi Taylor,</p>
<p>Thanks for applying for the <b>Customer Support Specialist</b> position at Juno Learning. Your application has been received and is now being reviewed by our hiring team.</p>
<p>We know waiting is the hardest part &mdash; we aim to get back to every applicant within 10 business days.</p>
<p>&#x1F49B; The Juno People Team</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Powered by SmartRecruiters &bull; <a href="https://jobs.smartrecruiters.com/JunoLearning" style="color:#999">View all jobs</a></td></tr>
</table></center></body></html>
""")

S("application_received", "Parcelwise", "Brenda", "Data Analyst", "en", "hard",
  "office admin confirms receipt and passes it on; human signer; quoted cover email",
  "Brenda Kowalski <office@parcelwise.com>",
  "RE: Application - Data Analyst (Taylor Brooks)",
  "2025-01-14 09:26 -0500",
  """Good morning Taylor,

Thank you for your email. I've received your resume and cover letter and passed them on to our hiring manager for the Data Analyst position, Mr. Hughes. He'll reach out directly if he'd like to set up a time to talk.

Have a great day,
Brenda Kowalski
Office Administrator | Parcelwise
""", mid="outlook", quote="""Dear Hiring Team,

Please find attached my resume and cover letter for the Data Analyst position advertised on your website. I'd welcome the opportunity to discuss how my SQL and Tableau experience could help Parcelwise's routing team.

Kind regards,
Taylor Brooks""", quote_style="outlook", quote_to="office@parcelwise.com", quote_date="2025-01-13 18:40 -0500")

# ================================================================ auto-replies (singletons)
S("auto_reply", "Verrier Conseil", "Jean-Marc", "", "fr", "easy",
  "French out-of-office with explicit return date",
  "Jean-Marc Aubry <jm.aubry@verrier-conseil.fr>",
  "Réponse automatique : Candidature – Consultant SIRH",
  "2026-04-27 08:05 +0200",
  """Bonjour,

Je suis actuellement absent du bureau et serai de retour le lundi 4 mai 2026. Pendant mon absence, je n'aurai qu'un accès limité à ma messagerie.

Pour toute question urgente concernant un recrutement en cours, vous pouvez contacter Mme Claire Fontaine à l'adresse recrutement@verrier-conseil.fr.

Cordialement,
Jean-Marc Aubry
Associé – Verrier Conseil
""", mid="outlook", headers=AUTO + (("X-Auto-Response-Suppress", "All"),), in_reply=True, return_date="2026-05-04")

S("auto_reply", "Harbourview Capital", "", "", "en", "hard",
  "unmonitored mailbox notice; no person, no date",
  "Harbourview Careers <careers@harbourviewcapital.com>",
  "Re: Investment Operations Associate - interview availability",
  "2025-11-04 14:02 +0000",
  """This mailbox is not monitored. Your email has not been read and will not be forwarded.

If you have applied for a role, the hiring team will contact you directly. To update your application, please use the candidate portal at harbourviewcapital.com/careers.

Harbourview Capital Partners LLP is authorised and regulated by the Financial Conduct Authority.
""", headers=AUTO, in_reply=True)

S("auto_reply", "Foxglove Labs", "Imogen", "", "en", "easy",
  "parental leave with explicit return date",
  "Imogen Hart <imogen@foxglovelabs.ai>",
  "Re: Machine Learning Engineer - referral from Diego",
  "2025-11-18 10:00 -0800",
  """Hi, thanks for your note!

I'm on parental leave and will be back on January 5, 2026. I won't be checking email until then.

For anything hiring-related, please reach out to talent@foxglovelabs.ai.

Imogen
""", mid="gmail", headers=AUTO, in_reply=True, return_date="2026-01-05")

S("auto_reply", "Stellarbyte", "Dani", "", "en", "hard",
  "relative return ('back Thursday'); no auto-reply headers",
  "Dani Okoro <dani.okoro@stellarbyte.com>",
  "Re: Frontend Engineer (React) - onsite logistics",
  "2025-09-16 08:30 -0700",
  """Hi! I'm out today and tomorrow (Tue/Wed) and back Thursday. I'll reply to your email then.

Need help with an onsite interview today? Text our coordinator at (415) 555-0199.

- Dani (auto-reply)
""", mid="gmail", in_reply=True, return_date="2025-09-18")

S("auto_reply", "Ferncastle Games", "Callum", "", "en", "hard",
  "holiday responder in an interview thread; subject mentions the role",
  "Callum Reid <callum@ferncastlegames.co.uk>",
  "Re: Gameplay Programmer - review session",
  "2025-12-19 20:12 +0000",
  """Hi,

The studio is closed for the holidays and I'm away from email. I'll be back in the studio on Monday 5 January and will catch up on messages then.

Merry Christmas!
Callum
""", mid="gmail", headers=AUTO, in_reply=True, return_date="2026-01-05")

S("auto_reply", "Crestline Aerospace", "Tomás", "", "en", "easy",
  "employee has left; mail redirected to the talent inbox",
  "Tomás Ibarra <tomas.ibarra@crestlineaero.com>",
  "Undeliverable to person: Tomás Ibarra has left Crestline Aerospace",
  "2025-05-12 11:42 -0700",
  """Tomás Ibarra is no longer with Crestline Aerospace. Your message has not been forwarded.

For questions about open positions or your application, please contact the talent acquisition team at talent@crestlineaero.com. For supplier matters, please contact procurement@crestlineaero.com.

Thank you.
""", headers=AUTO_GEN, in_reply=True)

S("auto_reply", "Westhaven NHS Foundation Trust", "Gareth", "", "en", "easy",
  "Outlook 'Automatic reply' with explicit day and date",
  "Gareth Evans <gareth.evans7@nhs.net>",
  "Automatic reply: Data Analyst (Band 6) interview - question about the exercise",
  "2026-03-04 13:17 +0000",
  """Thank you for your email. I am on a training course for the rest of this week with no access to email. I will be back in the office on Monday 9 March.

If your query is urgent, please contact the Business Intelligence team inbox: westhaven.bi@nhs.net.

Gareth Evans
Head of Business Intelligence
Westhaven NHS Foundation Trust
""", mid="outlook", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), in_reply=True,
  return_date="2026-03-09")

S("auto_reply", "Copperleaf Consulting", "Anika", "", "en", "hard",
  "relative return ('tomorrow'); only X-Autoreply",
  "Anika Sorensen <asorensen@copperleafconsulting.com>",
  "Re: Thank you - final round",
  "2025-10-15 09:41 -0400",
  """Thank you for your message. I'm out of the office today at a campus recruiting event and will be back tomorrow. I'll respond when I return.

Anika Sorensen
Recruiting Coordinator, Copperleaf Consulting
""", mid="outlook", headers=(("X-Autoreply", "yes"),), in_reply=True, return_date="2025-10-16")

S("auto_reply", "Pinebrook School District", "", "", "en", "hard",
  "office holiday closure; return date with weekday",
  "Pinebrook School District HR <hr@pinebrookschools.org>",
  "Auto: Winter break office closure",
  "2025-12-23 15:00 -0600",
  """Thank you for contacting the Pinebrook School District Human Resources Office.

Our offices are closed for winter break from Wednesday, December 24 and will reopen on Friday, January 2. Emails received during the closure will be answered in the order they were received after we reopen.

If you are inquiring about a posted vacancy, you can check your application status at any time in the applicant portal.

Pinebrook School District Human Resources
""", headers=AUTO, in_reply=True, return_date="2026-01-02")

# ================================================================ on hold (singletons)
S("on_hold", "Atelier Norène", "Inès", "Responsable e-commerce (H/F)", "fr", "easy",
  "French: recruitment suspended (gel des embauches)",
  "Inès Garnier <ines.garnier@atelier-norene.fr>",
  "Suspension du recrutement – Responsable e-commerce",
  "2025-09-22 17:35 +0200",
  """Bonjour Taylor,

Je reviens vers vous concernant votre candidature au poste de Responsable e-commerce (H/F).

La direction vient de décider d'un gel des embauches jusqu'à la fin de l'année, dans l'attente de la finalisation de notre levée de fonds. Le recrutement pour ce poste est donc suspendu à compter d'aujourd'hui. Cette décision n'a aucun lien avec votre profil, que nous avons beaucoup apprécié lors de nos échanges.

Je me permettrai de vous recontacter dès que le processus pourra reprendre, si vous êtes toujours disponible.

Bien à vous,
Inès Garnier
Responsable RH – Atelier Norène
""", mid="gmail", fmt="alt", skin="gmail", cte="quoted-printable")

S("on_hold", "Falkner Medizintechnik", "Thomas", "Qualitätsingenieur (m/w/d)", "de", "easy",
  "German: position on hold after restructuring",
  "Thomas Richter <thomas.richter@falkner-medtech.de>",
  "Ihre Bewerbung als Qualitätsingenieur (m/w/d) – Zwischenstand",
  "2026-05-26 10:05 +0200",
  """Sehr geehrte/r Taylor Brooks,

vielen Dank für Ihre Geduld und das angenehme Gespräch vor drei Wochen.

Leider muss ich Ihnen mitteilen, dass die Besetzung der Stelle als Qualitätsingenieur (m/w/d) vorerst auf Eis gelegt wurde. Im Zuge einer Umstrukturierung unseres Standorts Tuttlingen werden derzeit alle offenen Stellen neu bewertet. Mit Ihrer Qualifikation hat diese Entscheidung nichts zu tun.

Sobald feststeht, ob und wann die Stelle wieder ausgeschrieben wird, melde ich mich bei Ihnen.

Mit freundlichen Grüßen
Thomas Richter
Human Resources
Falkner Medizintechnik GmbH
""", mid="outlook", cte="base64")

S("on_hold", "Silverline Telecom", "", "Network Engineer", "en", "hard",
  "ATS 'requisition closed'; reads like an automated rejection",
  "Silverline Telecom Careers <careers-noreply@silverlinetel.com>",
  "Network Engineer (Req 24-3310): requisition closed",
  "2025-02-11 06:30 -0600",
  """Dear Taylor,

We are writing to let you know that the Network Engineer requisition (24-3310) you applied for has been closed by the hiring department and is no longer accepting candidates. No hire was made for this requisition.

Requisitions are sometimes closed because of changes in business needs. If the position is reposted, you will need to submit a new application.

Thank you for your interest in Silverline Telecom.

Silverline Talent Acquisition
""", fmt="alt", headers=AUTO_GEN)

S("on_hold", "Ridgeway Outdoor Co.", "Beth", "Merchandise Planner", "en", "easy",
  "search paused until Q3 after reorg",
  "Beth Calloway <beth.calloway@ridgewayoutdoor.com>",
  "Merchandise Planner - pausing the search",
  "2026-03-31 11:55 -0600",
  """Hi Taylor,

I wanted to let you know where things stand. Our merchandising org is going through a reorg, and we've been asked to pause the Merchandise Planner search until at least Q3, once the new structure is in place.

You were one of our two finalists, so I didn't want you to hear nothing. When we pick the search back up, I'd like to start with you rather than from scratch.

Thanks for your patience,
Beth Calloway
Director, Merchandise Planning
Ridgeway Outdoor Co.
""", mid="outlook", fmt="alt", skin="outlook")

S("on_hold", "Orchid Bay Resorts", "", "Guest Experience Manager", "en", "easy",
  "position eliminated because the property is being sold",
  "Orchid Bay Resorts Careers <careers@orchidbayresorts.com>",
  "Guest Experience Manager - Orchid Bay Maui",
  "2025-08-27 08:00 -1000",
  """Aloha Taylor,

Thank you for your interest in the Guest Experience Manager position at Orchid Bay Maui.

We want to let you know that, following the announced sale of the Maui property to a new owner, Orchid Bay Resorts has eliminated this position and cancelled all open recruitment for the resort. The new ownership group will make its own staffing decisions after the transition.

We are grateful for your time and hope you will consider opportunities at our other resorts.

Mahalo,
Orchid Bay Resorts Talent Acquisition
""", fmt="alt", headers=AUTO_GEN)

S("on_hold", "Cascade Public Health", "Noor", "Epidemiologist I", "en", "hard",
  "grant not renewed; 'we regret' and 'unable to proceed' read like rejection",
  "Noor Haddad <noor.haddad@cascadepublichealth.org>",
  "Epidemiologist I recruitment",
  "2026-09-15 15:12 -0700",
  """Dear Taylor,

We regret to share that we are unable to proceed with hiring for the Epidemiologist I position. The position was funded through a federal cooperative agreement that was not renewed for the coming fiscal year, and the department has cancelled the recruitment.

This decision is entirely about funding and not about any candidate. If the funding is restored or an alternative source is found, we will reopen the recruitment and let our interviewed candidates know first.

Thank you for your interest in public health in our community.

Noor Haddad, MPH
Epidemiology Program Manager
Cascade Public Health
""", mid="outlook")

S("on_hold", "Bellweather Media", "Jordan", "Podcast Producer", "en", "hard",
  "'on ice for now'; role is podcast-related (interview word in another sense)",
  "Jordan Pike <jordan@bellweathermedia.com>",
  "podcast producer role",
  "2025-06-12 12:48 -0400",
  """Hey Taylor,

Bad timing news: our biggest sponsor for the interview series just pushed their renewal to the fall, so we're putting the Podcast Producer role on ice for now. We're not hiring anyone else for it, it's just frozen until we know what the budget looks like.

I'll ping you the minute it thaws. Your edit of the sample episode was the best we got.

Jordan
Bellweather Media
""", mid="gmail")

# ================================================================ other (hard negatives and inbox noise)
S("other", "", "", "", "en", "hard",
  "newsletter 'interview with our CEO' (podcast)",
  "The Frontier Ops Podcast <hello@frontierops.fm>",
  "New episode: our interview with Halvorsen Marine's CEO on autonomous ships",
  "2025-10-08 06:00 -0400",
  """This week on The Frontier Ops Podcast

Episode 112: "The ship that steers itself"

Our interview with Kari Halvorsen, CEO of Halvorsen Marine Systems, covers the first fully autonomous ferry route in Norway, why she rejected three acquisition offers, and what it takes to hire engineers in Bergen.

Listen now: https://frontierops.fm/112
Also on Apple Podcasts and Spotify.

You're getting this because you subscribed at frontierops.fm. Unsubscribe: https://frontierops.fm/u/xq81
""", fmt="alt", headers=BULK + (("List-Unsubscribe", "<https://frontierops.fm/u/xq81>"),))

S("other", "", "Maya", "", "en", "hard",
  "TV news producer requests an on-camera interview about a community garden",
  "Maya Chen <mchen@kxtv7.com>",
  "Interview request - Eastside Community Garden story",
  "2026-05-13 10:30 -0500",
  """Hi Taylor,

I'm a producer at KXTV 7 News. We're putting together a story for Saturday's Weekend Edition about the Eastside Community Garden and its new youth program, and a neighbor told me you coordinate the volunteers.

Would you be available for a short on-camera interview at the garden on Thursday afternoon? It would take about 20 minutes; we'd use a minute or so in the piece.

Thanks so much,
Maya Chen
Producer, KXTV 7 News
""", mid="outlook")

S("other", "", "", "", "en", "hard",
  "'your card was declined'",
  "StreamBox <billing@streambox.tv>",
  "Action needed: your payment was declined",
  "2025-08-03 02:11 +0000",
  """Hi Taylor,

Unfortunately, we were unable to process your monthly StreamBox payment of $15.99 because your card ending in 4821 was declined.

To keep watching without interruption, please update your payment details within 7 days: https://streambox.tv/account/billing

If you've already updated your card, you can ignore this message.

The StreamBox Team
""", fmt="html", headers=AUTO_GEN)

S("other", "", "", "", "en", "hard",
  "pull request closed: 'decided not to merge'",
  "Kenji Watanabe <notifications@github.com>",
  "Re: [openmaps/tilekit] Add retry with backoff to tile fetcher (PR #482)",
  "2025-11-27 03:44 +0000",
  """@kenjiw closed this pull request.

Thanks for the contribution, @tbrooks-dev! After discussing it in the maintainers' call we've decided not to merge this: retry logic is going to live in the HTTP client layer after the 3.0 refactor (see #455), so adding it to the fetcher now would mean two competing implementations. Unfortunately that means this PR is rejected for now, but please do take a look at #455 if you'd like to help with the new approach.

--
Reply to this email directly, view it on GitHub:
https://github.com/openmaps/tilekit/pull/482#event-15022371
You are receiving this because you authored the thread.
""", fmt="alt", relay="out-21.smtp.github.com",
  headers=(("X-GitHub-Reason", "author"), ("List-ID", "openmaps/tilekit <tilekit.openmaps.github.com>")), in_reply=True)

S("other", "", "", "", "en", "hard",
  "journal manuscript rejection with reviewer comments",
  "Journal of Urban Mobility <em@editorialmanager.com>",
  "Decision on your manuscript JUM-D-25-00418",
  "2025-07-16 14:02 +0100",
  """Dear Taylor Brooks,

Manuscript: "Bus stop consolidation and ridership: evidence from three mid-sized US cities"

Thank you for submitting your manuscript to the Journal of Urban Mobility. Your paper has now been reviewed by two referees, whose comments are included below.

I regret to inform you that, based on the reviewers' recommendations, we are unable to accept your manuscript for publication. While both reviewers found the topic relevant, they raised concerns about the identification strategy that could not be addressed through a revision.

Reviewer #1: The paper would benefit from a clearer treatment of concurrent service changes...
Reviewer #2: The data description is excellent, but the difference-in-differences design...

Yours sincerely,
Prof. Ingrid Haugen
Editor-in-Chief
""", fmt="alt", headers=AUTO_GEN)

S("other", "", "Rachel", "", "en", "hard",
  "grant application not funded",
  "Rachel Simmons <grants@hollowayfoundation.org>",
  "Holloway Foundation Community Grant - 2026 cycle decision",
  "2026-02-12 11:00 -0500",
  """Dear Taylor,

Thank you for submitting the Eastside Community Garden's application to the Holloway Foundation Community Grant program.

We received 212 applications this cycle, with requests totalling nearly four times the funds available. After careful review, the committee was not able to select your project for funding this year.

We encourage you to apply again in the fall cycle and would be happy to offer feedback on your proposal; just reply to this email to set up a call.

With gratitude,
Rachel Simmons
Program Officer, Holloway Foundation
""")

S("other", "", "", "", "en", "hard",
  "limited-time 'offer' marketing for a resume service; mentions interviews",
  "ResumeRocket <deals@resumerocket.io>",
  "⏰ 48 hours only: your exclusive offer inside",
  "2026-01-09 09:15 -0500",
  """50% OFF PRO - limited-time offer

Land more interviews with AI-tailored resumes. This limited-time offer ends Sunday at midnight.

Claim my offer: https://resumerocket.io/upgrade?c=JAN50

Tired of rejection emails? 87% of Pro members get a callback within 30 days.*
*Based on a 2025 member survey. Unsubscribe any time.
""", fmt="alt", headers=BULK + (("List-Unsubscribe", "<mailto:unsub@resumerocket.io>"),), html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Limited-time offer</title></head>
<body style="background:#0f172a;margin:0;font-family:Arial,sans-serif">
<table width="100%"><tr><td align="center" style="padding:30px">
<table width="560" style="background:#fff;border-radius:8px" cellpadding="30">
<tr><td align="center">
<h1 style="color:#ef4444;margin:0">50% OFF PRO</h1>
<p style="font-size:17px">Land more interviews with AI-tailored resumes. This limited-time offer ends Sunday at midnight.</p>
<p><a href="https://resumerocket.io/upgrade?c=JAN50" style="background:#ef4444;color:#fff;padding:14px 28px;border-radius:6px;text-decoration:none;font-weight:bold">Claim my offer</a></p>
<p style="font-size:12px;color:#666">Tired of rejection emails? 87% of Pro members get a callback within 30 days.*</p>
</td></tr></table>
<p style="color:#94a3b8;font-size:11px">*Based on a 2025 member survey. Unsubscribe any time.</p>
</td></tr></table></body></html>
""")

S("other", "", "Colleen", "", "en", "hard",
  "apartment rental application denied",
  "Colleen Barrett <leasing@maplecourtapts.com>",
  "Your rental application - Maple Court, Unit 3B",
  "2025-04-24 16:20 -0500",
  """Hi Taylor,

Thank you for applying for Unit 3B at Maple Court Apartments. Unfortunately, we are unable to approve your application at this time because the household income did not meet the 3x rent requirement for this unit.

Your $45 application fee is non-refundable, but the $300 holding deposit will be refunded to your original payment method within 5-7 business days. If you would like to apply with a guarantor, please let me know by Friday and I can keep the unit on hold until then.

Colleen Barrett
Leasing Manager, Maple Court Apartments
""", mid="outlook")

S("other", "", "", "", "en", "hard",
  "loan pre-approval 'offer'",
  "Cornerstone Bank <alerts@cornerstonebank.com>",
  "Congratulations, Taylor - you're pre-approved!",
  "2026-03-18 07:45 -0400",
  """Congratulations, Taylor!

Based on your relationship with Cornerstone Bank, you're pre-approved for a personal loan of up to $15,000 at rates as low as 8.49% APR.

This offer is available until April 30, 2026. Accept your offer online in minutes with no impact to your credit score: https://cornerstonebank.com/offers/PL-88213

Member FDIC. Equal Housing Lender. Terms and conditions apply.
""", fmt="html", headers=BULK)

S("other", "", "", "", "en", "hard",
  "school enrollment application received and waitlisted",
  "Lakeview Montessori Admissions <admissions@lakeviewmontessori.org>",
  "Kindergarten application for Riley Brooks - status update",
  "2026-03-02 12:00 -0600",
  """Dear Taylor,

Thank you for submitting an application for Riley to join our Kindergarten program for the 2026-27 school year. We have received all required documents.

Due to the number of applications this year, Riley has been placed on our waitlist (position 4). We expect movement on the waitlist after the April 15 enrollment deadline and will contact you as soon as a space becomes available.

Warm regards,
Admissions Office
Lakeview Montessori School
""", fmt="alt")

S("other", "", "", "", "es", "hard",
  "Spanish: credit card application not approved (bank)",
  "Banco Meridiano <notificaciones@bancomeridiano.es>",
  "Resolución de tu solicitud de tarjeta de crédito",
  "2026-06-08 09:30 +0200",
  """Hola Taylor,

Te escribimos en relación con la solicitud de la Tarjeta Meridiano Oro que realizaste el pasado 2 de junio.

Lamentamos comunicarte que, tras analizar la información facilitada, en este momento no podemos aprobar tu solicitud. Esta decisión se basa en nuestros criterios internos de riesgo y no afecta a los productos que ya tienes contratados con nosotros.

Si lo deseas, puedes volver a solicitarla dentro de seis meses.

Atentamente,
Banco Meridiano
""", fmt="html", cte="base64", headers=AUTO_GEN)

S("other", "", "", "", "en", "hard",
  "life insurance application underwriting decision",
  "Summit Life Insurance <underwriting@summitlife.com>",
  "Update on your application for term life coverage",
  "2025-12-02 10:10 -0500",
  """Dear Taylor Brooks,

Policy application: TL-20-4471932

We have completed the underwriting review of your application for 20-year term life coverage. Based on the information provided, we are able to offer coverage at our Standard rate class rather than the Preferred class you applied for. Your monthly premium would be $31.40.

To accept this offer, sign the amended application in your online account within 30 days. If you have questions, your agent can walk you through the decision.

Summit Life Insurance Company
""", headers=AUTO_GEN)

S("other", "", "", "", "en", "hard",
  "career newsletter quoting rejection and interview phrases",
  "The Shortlist <newsletter@theshortlist.co>",
  "What 'we've decided to move forward with other candidates' really means",
  "2026-04-14 07:00 -0400",
  """THE SHORTLIST - Issue 87

1. Decoding the rejection email
"Unfortunately, we've decided to move forward with other candidates." We asked 30 recruiters what this sentence really means, and when it's worth replying.

2. Interview invitations you should read twice
The phrase "quick chat" hides a real screen more often than you think.

3. Offer season
How to negotiate when the offer says "final".

Read the full issue: https://theshortlist.co/87

You're receiving The Shortlist because you signed up at theshortlist.co. Unsubscribe: https://theshortlist.co/u
""", fmt="alt", headers=BULK + (("List-Unsubscribe", "<https://theshortlist.co/u>"),))

S("other", "", "", "", "en", "easy",
  "job alert digest",
  "Indeed <alert@indeed.com>",
  "8 new Operations Manager jobs in Austin, TX",
  "2026-01-20 06:12 -0600",
  """Operations Manager jobs in Austin, TX

Regional Operations Manager - Quarry Lane Bakeries - Austin, TX - $95,000 - $110,000 a year
Operations Manager - Lone Star Linen - Round Rock, TX
Operations Manager, Fulfillment - Parcelwise - Austin, TX - Easily apply
Senior Operations Manager - Bluebonnet Health - Austin, TX
Store Operations Manager - Hollis Retail Group - Austin, TX
Operations Manager - Capital Movers - Pflugerville, TX
Ops Manager (Night) - Crate & Dock - Austin, TX
Business Operations Manager - Mesa Labs - Austin, TX

See all jobs: https://www.indeed.com/jobs?q=operations+manager&l=Austin

Manage job alerts | Unsubscribe
""", fmt="alt", headers=BULK)

S("other", "", "Klaus", "", "de", "hard",
  "German: apartment viewing application turned down (Wohnung vergeben)",
  "Klaus Wagner <k.wagner@wagner-immobilien.de>",
  "Ihre Anfrage zur Wohnung Lindenstraße 14, 2. OG",
  "2025-06-30 18:05 +0200",
  """Sehr geehrte/r Taylor Brooks,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lindenstraße 14 und für Ihre Teilnahme an der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Ihre Selbstauskunft und die eingereichten Unterlagen werden wir selbstverständlich datenschutzgerecht vernichten.

Gerne informieren wir Sie über weitere passende Angebote, wenn Sie uns dies kurz bestätigen.

Mit freundlichen Grüßen
Klaus Wagner
Wagner Immobilien, Chemnitz
""", cte="quoted-printable")

S("other", "", "", "", "en", "easy",
  "social network notification",
  "LinkedIn <notifications-noreply@linkedin.com>",
  "Congratulate Ingrid on 5 years at Halvorsen Marine Systems",
  "2025-11-01 08:20 +0000",
  """Ingrid Solberg is celebrating a work anniversary
5 years at Halvorsen Marine Systems

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7380

Also in your network:
- Tobias Lindgren started a new position as Head of Detection at Corvid Security
- 3 people viewed your profile this week

Unsubscribe | Help
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
""", fmt="alt", headers=BULK)

S("other", "", "", "", "en", "hard",
  "webinar registration about behavioral interviews",
  "CareerLab Live <events@careerlab.live>",
  "You're registered: Ace the Behavioral Interview (Thu, 6 PM ET)",
  "2025-09-04 12:00 -0400",
  """Hi Taylor,

You're registered for "Ace the Behavioral Interview: STAR stories that get offers", this Thursday, September 11, at 6:00 PM ET.

Join link: https://careerlab.live/w/behavioral-0911
Add to calendar: https://careerlab.live/w/behavioral-0911/ics

Bring two stories about a conflict and a failure; we'll workshop them live. A recording will be sent to all registrants.

See you there,
The CareerLab team
""", fmt="alt", headers=BULK)

S("other", "", "Rahul", "Java Developer (W2 Contract)", "en", "hard",
  "recruiter mass mail; mentions interview slots",
  "Rahul Verma <rahul.v@apextechstaffing.net>",
  "Urgent Requirement: Java Developer - W2 Contract - Onsite Charlotte, NC",
  "2026-07-07 09:02 -0400",
  """Hello,

Hope you are doing well. Please find the below requirement and let me know if you are comfortable. Kindly share your updated resume with expected rate.

Role: Java Developer (W2 Contract)
Location: Charlotte, NC (Day 1 onsite)
Duration: 12+ months
Must have: Java 17, Spring Boot, Kafka, 10+ years
Interview: Video, client slots available this week

Thanks & Regards,
Rahul Verma
Apex Tech Staffing | rahul.v@apextechstaffing.net
If you are not interested, please reply with REMOVE.
""", headers=BULK)

S("other", "", "Priya", "", "en", "hard",
  "friend describes her own interview and asks about Taylor's",
  "Priya Shah <priya.shah88@gmail.com>",
  "how'd it go??",
  "2025-09-24 21:15 -0400",
  """TAYLOR. How did your interview with the Norway people go?? I need details.

Mine at Lumen was fine I think? They said they'll decide by Friday. The second interviewer literally asked me what my weakness was, in 2025. I said "interviews". She did not laugh.

Dinner Saturday still on? I'll bring wine either way - celebration or consolation.

P
""", mid="gmail", fmt="alt", skin="gmail")

S("other", "", "", "", "en", "hard",
  "'we regret to inform you' about a cancelled race",
  "Riverfront 10K <info@riverfront10k.org>",
  "Important: Riverfront 10K cancelled due to weather",
  "2025-10-18 17:30 -0400",
  """Dear runner,

We regret to inform you that the Riverfront 10K scheduled for tomorrow, Sunday, October 19, has been cancelled. The National Weather Service has issued a severe thunderstorm warning for the entire race window, and the city has withdrawn our permit.

All registrants can choose between a full refund or a free entry to the Spring 5K. Please make your choice by November 1 using the link in your registration account.

Thank you for understanding,
Riverfront 10K Race Committee
""", fmt="alt", headers=BULK)

S("other", "", "", "", "en", "hard",
  "owner's own sent thank-you note",
  "Taylor Brooks <taylor.brooks.hunt@gmail.com>",
  "Thank you - Transit Planner II interview",
  "2026-09-02 17:48 -0700",
  """Dear Ms. Tran,

Thank you for organizing today's panel interview for the Transit Planner II position. I enjoyed discussing the bus network redesign with the panel, and the route change exercise was a great window into the work.

Please pass on my thanks to the panel. I look forward to hearing about next steps.

Kind regards,
Taylor Brooks
(503) 555-0148
""", mid="gmail", to="Kelsey Tran <ktran@northgatetransit.org>", relay="mail-sor-f41.google.com")

S("other", "", "", "", "en", "hard",
  "volunteer sign-up confirmation with 'orientation interview'",
  "Harvest Table Food Bank <volunteer@harvesttable.org>",
  "Thanks for signing up to volunteer!",
  "2025-05-05 19:40 -0500",
  """Hi Taylor,

Thank you for your volunteer application! We've received it and are thrilled you want to help fight hunger in Travis County.

Next step: every new volunteer attends a 45-minute orientation and short interview with our volunteer team so we can match you with the right shifts (warehouse, mobile pantry or kids' meals). Pick an orientation date here: https://harvesttable.org/volunteer/orientation

See you soon,
Harvest Table Volunteer Services
""", fmt="alt")

S("other", "", "Dom", "", "en", "hard",
  "rec-league tryouts: 'decided to go with other players'",
  "Dom Ferreira <coach.dom@austinsundaysoccer.org>",
  "Tryout results - Sunday Premier division",
  "2026-02-23 20:05 -0600",
  """Hi Taylor,

Thanks for coming out to tryouts on Saturday. We had 31 players for 6 open spots on the Premier team this season, and we've decided to go with other players, mostly defenders since we lost three of our back line.

You'd be a great fit for the Division 2 squad, which still has space; practices are Wednesday nights at Zilker. Let me know if you want me to pass your name along.

Coach Dom
Austin Sunday Soccer League
""", mid="gmail")

S("other", "", "", "", "fr", "hard",
  "French careers newsletter about handling a 'refus' and interviews",
  "Carrières & Co <newsletter@carrieres-co.fr>",
  "Comment rebondir après un refus (et préparer votre prochain entretien)",
  "2026-03-10 07:30 +0100",
  """Carrières & Co – La lettre du mardi

À LA UNE
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Que faire après ce mail ? Trois recruteuses nous expliquent comment demander un retour utile et rebondir.

AUSSI CETTE SEMAINE
• Entretien d'embauche : les 7 questions qui reviennent toujours
• Négocier une offre : ce que vous pouvez encore demander après la promesse d'embauche
• Offre spéciale : -30 % sur notre atelier CV jusqu'à dimanche

Lire la lettre en ligne : https://carrieres-co.fr/lettre/112

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre Carrières & Co. Se désinscrire : https://carrieres-co.fr/desinscription
""", fmt="alt", cte="quoted-printable", headers=BULK)

S("other", "", "", "", "en", "easy",
  "clothing order shipped (interview blazer)",
  "Threadline <orders@threadline.com>",
  "Your order #TL-558201 has shipped",
  "2025-09-18 11:04 -0700",
  """Good news, Taylor - your order is on its way!

Order #TL-558201
1 x Stretch Wool Blazer, Navy, Size M - $148.00
1 x Slim Trouser, Navy, Size 8 - $88.00
Shipping: Free
Total: $236.00

Carrier: UPS, tracking 1Z999AA10123456784
Estimated delivery: Monday, September 22

Need it for a big day? Our "Interview Ready" guide has fitting tips: https://threadline.com/guides/interview

Threadline Customer Care
""", fmt="html", headers=AUTO_GEN)

S("other", "", "", "", "en", "hard",
  "shift swap request rejected in a scheduling app (current part-time job)",
  "When I Work <no-reply@wheniwork.com>",
  "Your shift swap request was declined",
  "2025-06-21 15:27 -0500",
  """Hi Taylor,

Your request to swap your Saturday, June 28, 10:00 AM - 4:00 PM shift at Bluebonnet Tavern with Marco R. was declined by a manager.

Manager note: "Sorry, we need two line cooks that day for the wedding party. Try Sunday?"

View your schedule: https://app.wheniwork.com/schedule
""", fmt="alt", headers=AUTO_GEN)

S("other", "", "", "", "en", "hard",
  "coding bootcamp admission 'offer of a place'",
  "Launchpoint Academy Admissions <admissions@launchpoint.academy>",
  "Congratulations! You've been accepted to the Data Engineering cohort",
  "2025-01-30 14:00 -0500",
  """Dear Taylor,

Congratulations! We're delighted to offer you a place in Launchpoint Academy's part-time Data Engineering cohort starting March 3, 2025.

To secure your seat, please accept your offer and pay the $500 deposit by February 10. Scholarship decisions will be sent separately next week.

We can't wait to see what you build.

Launchpoint Academy Admissions Team
""", fmt="alt")

S("other", "", "Priya", "", "en", "hard",
  "calendar invitation for a mock interview with a friend",
  "Priya Shah <calendar-notification@google.com>",
  "Invitation: Mock interview practice (Taylor + Priya) @ Sun Sep 21, 2025 4pm - 5pm (EDT) (taylor.brooks.hunt@gmail.com)",
  "2025-09-17 22:10 -0400",
  """You have been invited to the following event.

Mock interview practice (Taylor + Priya)
When: Sunday Sep 21, 2025 4pm - 5pm Eastern Time - New York
Where: my place (bring snacks)

Who:
* priya.shah88@gmail.com - organizer
* taylor.brooks.hunt@gmail.com

"I'll play the scary Norwegian engineering lead. You play you. Bring your STAR stories."

Going (taylor.brooks.hunt@gmail.com)? Yes - Maybe - No

Invitation from Google Calendar
""", fmt="alt", relay="mail-sor-f41.google.com", reply_to="priya.shah88@gmail.com",
  ics={"start": "2025-09-21 16:00 -0400", "minutes": 60, "summary": "Mock interview practice (Taylor + Priya)",
       "organizer": "Priya Shah <priya.shah88@gmail.com>", "location": "Priya's place"})

S("other", "", "", "", "en", "hard",
  "conference talk proposal not accepted",
  "DataOps Summit Program Committee <cfp@dataopssummit.org>",
  "DataOps Summit 2026: update on your proposal",
  "2026-05-29 18:00 -0700",
  """Hi Taylor,

Thank you for submitting "Migrating 400 Airflow DAGs without losing sleep" to DataOps Summit 2026.

We received over 600 proposals for 48 speaking slots this year. Unfortunately, your proposal was not accepted for the program. This year's committee prioritised talks on streaming and data contracts, and we hope you'll submit again next year.

As a thank-you, here is a 25% discount code for attendee tickets: CFP25.

The DataOps Summit Program Committee
""", fmt="alt")

S("other", "", "", "", "en", "hard",
  "talent-community marketing from a company the owner applied to",
  "Quarry Lane Bakeries Careers <careers@quarrylane.com>",
  "Fresh out of the oven: new roles at Quarry Lane",
  "2026-04-02 10:00 -0500",
  """Hi Taylor,

Thanks for being part of the Quarry Lane talent community! Here's what's new on our careers page this month:

- Bakery Shift Lead - Norman, OK
- Cafe General Manager - San Antonio, TX
- Delivery Route Driver (CDL-B) - Dallas commissary
- Regional Operations Manager - Arkansas (coming soon)

Know someone who loves early mornings and good bread? Refer a friend and get a free pastry box.

The Quarry Lane Recruiting Team
Unsubscribe from talent community emails: https://quarrylane.com/careers/unsubscribe
""", fmt="alt", headers=BULK)
