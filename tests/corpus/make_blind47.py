"""Generate the blind47 evaluation corpus (job seeker: Lucía Ferrer Aranda).

Stdlib only. Writes tests/corpus/blind47/NNN.eml and labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind47"
ME = "Lucía Ferrer Aranda <lucia.ferrer.aranda@hotmail.es>"
ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []


def D(y: int, mo: int, d: int, h: int, mi: int, off: float) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n'
        + "\n".join(out)
        + "\n</body></html>\n"
    )


def ics(start: datetime, minutes: int, summary: str, org: str) -> str:
    s = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    e = (start + timedelta(minutes=minutes)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    uid = hashlib.sha1((s + summary).encode()).hexdigest()[:20]
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}@cal\r\nDTSTAMP:{s}\r\nDTSTART:{s}\r\nDTEND:{e}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{org}\r\n"
        "ATTENDEE;RSVP=TRUE:mailto:lucia.ferrer.aranda@hotmail.es\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def add(
    label: str,
    company: str,
    contact: str,
    role: str,
    frm: str,
    subject: str,
    date: datetime,
    body: str,
    *,
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iv: str = "",
    fmt: str = "plain",
    cte: str | None = None,
    headers: dict | None = None,
    pdf: str | None = None,
    cal: tuple | None = None,
    reply: bool = False,
    to: str = ME,
) -> None:
    n = len(MSGS) + 1
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">").strip()
    h = hashlib.sha1(f"{n}{subject}".encode()).hexdigest()
    m["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{dom}>"
    if reply:
        m["In-Reply-To"] = f"<{h[24:36]}@hotmail.es>"
        m["References"] = f"<{h[30:40]}@{dom}> <{h[24:36]}@hotmail.es>"
    for k, v in (headers or {}).items():
        m[k] = v
    kw = {"cte": cte} if cte else {}
    if fmt == "html":
        m.set_content(to_html(body), subtype="html", **kw)
    else:
        m.set_content(body, **kw)
        if fmt == "alt":
            m.add_alternative(to_html(body), subtype="html", **kw)
    if cal:
        start, mins, summ, org = cal
        m.add_attachment(
            ics(start, mins, summ, org).encode(),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )
    if pdf:
        m.add_attachment(
            b"%PDF-1.4\n%fake\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
            maintype="application",
            subtype="pdf",
            filename=pdf,
        )
    MSGS.append(m)
    ROWS.append(
        {
            "file": f"{n:03d}.eml",
            "label": label,
            "company": company,
            "contact_first_name": contact,
            "role": role,
            "return_date": ret,
            "lang": lang,
            "difficulty": diff,
            "notes": notes,
            "interview_at": iv,
        }
    )


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
GEN = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "Precedence": "bulk"}


# ----------------------------------------------------------------------------- rejections
add(
    "rejection",
    "Olivar Cosmetics",
    "",
    "Especialista en Marketing Digital",
    "Olivar Cosmetics <empleo@olivarcosmetics.es>",
    "Tu candidatura en Olivar Cosmetics",
    D(2025, 2, 11, 10, 3, 1),
    """Hola Lucía,

Gracias por tu interés en la posición de Especialista en Marketing Digital y por el tiempo dedicado al proceso.

Tras revisar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Guardaremos tus datos en nuestra base de talento por si surge una oportunidad más adecuada.

Un saludo,
Equipo de Personas
Olivar Cosmetics, S.L.
""",
    lang="es",
    headers=GEN,
)

add(
    "rejection",
    "Fieldmoss Digital",
    "",
    "Growth Marketing Manager",
    "Fieldmoss Digital via Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Update on your Growth Marketing Manager application",
    D(2025, 3, 4, 16, 40, 0),
    """Hi Lucía,

Thanks for applying for the Growth Marketing Manager position at Fieldmoss Digital. We've now reviewed your application and, on this occasion, we won't be progressing it to the next stage.

We get a high volume of applications and aren't able to offer individual feedback at this point, but we'd encourage you to keep an eye on our careers page.

Kind regards,
Talent Team
Fieldmoss Digital Ltd
""",
    fmt="alt",
)

add(
    "rejection",
    "Trébol Viajes Online",
    "Marta",
    "Performance Marketing Specialist",
    "Marta Quiroga <marta.quiroga@trebolviajes.com>",
    "RE: Entrevista final - Performance Marketing Specialist",
    D(2025, 4, 22, 18, 12, 2),
    """Hola Lucía,

Te escribo como te prometí después de la entrevista final del jueves. Ha sido una decisión muy ajustada, pero finalmente nos hemos decantado por otra persona con más recorrido en metasearch, que era un punto crítico para el equipo.

Me gustó mucho tu caso práctico de atribución y quiero que sepas que te tenemos muy presente. Si te parece, sigamos en contacto.

Un abrazo,
Marta Quiroga
Head of Acquisition | Trébol Viajes Online
Trébol Viajes Online S.A.

-----Mensaje original-----
De: Lucía Ferrer Aranda
Enviado: viernes, 18 de abril de 2025 9:02
Asunto: Entrevista final - Performance Marketing

Hola Marta, muchas gracias de nuevo por la entrevista de ayer, quedo pendiente de vuestras noticias.
""",
    lang="es",
    diff="hard",
    notes="final-round rejection with keep-in-touch; quoted part mentions interview",
    reply=True,
)

add(
    "rejection",
    "Brisa Media Group",
    "",
    "Social Media Lead",
    "Brisa Media Group <careers@smartrecruiters-mail.com>",
    "Brisa Media Group - Social Media Lead",
    D(2025, 5, 14, 9, 30, 2),
    """Dear Lucía,

Thank you for your interest in the Social Media Lead role in Barcelona. After careful consideration, we regret to let you know that your profile has not been selected to move forward.

We wish you every success in your search.

Brisa Media Group
This is an automated message sent through SmartRecruiters. Please do not reply.
""",
    fmt="html",
    cte="base64",
    diff="easy",
)

add(
    "rejection",
    "Kumquat Studio",
    "Pau",
    "Paid Social Specialist",
    "Pau Serrano <pau@kumquat.studio>",
    "Paid Social Specialist",
    D(2025, 6, 3, 13, 5, 2),
    """Lucía, gracias por venir el otro día. Al final el equipo ha pedido que la persona tenga experiencia previa con TikTok Ads a gran escala y vamos a ir por ese lado. No ha salido esta vez.

Pau
Kumquat Studio""",
    lang="es",
    diff="hard",
    notes="curt; 'no ha salido esta vez'; no rejection keywords",
)

add(
    "rejection",
    "Nordhafen Commerce GmbH",
    "",
    "Online Marketing Manager (m/w/d)",
    "Nordhafen Commerce GmbH <jobs@nordhafen-commerce.personio.de>",
    "Ihre Bewerbung als Online Marketing Manager (m/w/d)",
    D(2025, 6, 19, 11, 0, 2),
    """Sehr geehrte Frau Ferrer Aranda,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordhafen Commerce GmbH
""",
    lang="de",
    cte="quoted-printable",
    headers=GEN,
)

add(
    "rejection",
    "Halyard Travel",
    "Jenna",
    "Lifecycle Marketing Manager",
    "Jenna Whitcombe <jenna.whitcombe@halyardtravel.com>",
    "Lifecycle Marketing Manager - next steps",
    D(2025, 7, 8, 15, 22, -5),
    """Hi Lucía,

Thank you so much for the time you spent with Priya, Marcus and me over the last few weeks, and for the thoughtful take-home on re-engagement flows.

I wanted to let you know personally that we've decided to move ahead with another finalist whose background is a closer match for the CRM migration we're planning this year. This was genuinely difficult.

If you're open to it, I'd be glad to introduce you to a couple of people in my network who are hiring in Madrid.

Warmly,
Jenna Whitcombe
Director, Lifecycle Marketing
Halyard Travel, Inc.
""",
    fmt="alt",
    diff="hard",
    notes="after final round; offers referrals; mentions take-home",
)

add(
    "rejection",
    "Lonja Fresh Market",
    "",
    "CRM & Email Marketing Specialist",
    "Lonja Fresh Market <notificaciones@lonja.myworkday.com>",
    "Actualización sobre tu solicitud",
    D(2025, 9, 2, 8, 47, 2),
    """Hola Lucía:

Queremos agradecerte tu interés en el puesto de CRM & Email Marketing Specialist (REQ-4471).

Te informamos de que el proceso de selección para esta vacante ha concluido y la posición ha sido cubierta.

Atentamente,
Lonja Fresh Market
Este buzón no admite respuestas.
""",
    lang="es",
    headers=GEN,
    notes="position filled",
)

add(
    "rejection",
    "Pardela Labs",
    "Inês",
    "Growth Marketer",
    "Inês Vasconcelos <ines@pardelalabs.pt>",
    "Growth Marketer @ Pardela",
    D(2025, 9, 24, 17, 55, 1),
    """Hi Lucía,

It was lovely talking last week. I'll be straight with you: the team felt the role needs someone who has owned a product-led growth loop end to end, and we didn't see enough of that yet. So we won't be taking it further for now.

That said, you clearly know paid acquisition inside out. If we open a performance role next year, I'll reach out first.

Inês
Pardela Labs · Lisboa""",
    diff="hard",
    notes="personal note, 'won't be taking it further'; future-contact promise",
)

add(
    "rejection",
    "Girasol Hoteles",
    "",
    "Analista de Marketing Digital",
    '"Girasol Hoteles - Talento" <talento@teamtailor-mail.com>',
    "=?utf-8?q?Gracias_por_tu_inter=C3=A9s_en_Girasol_Hoteles?=",
    D(2025, 10, 9, 12, 15, 2),
    """Hola Lucía,

¡Muchas gracias por querer formar parte de Girasol Hoteles!

Hemos revisado tu perfil con detalle para la vacante de Analista de Marketing Digital y, aunque nos ha parecido muy interesante, en esta ocasión no encaja con lo que necesitamos para el puesto.

Te animamos a seguir nuestras ofertas en la página de empleo.

Un abrazo,
El equipo de Talento de Girasol Hoteles
""",
    lang="es",
    fmt="alt",
    cte="quoted-printable",
    diff="easy",
)

add(
    "rejection",
    "Zafiro Fintech",
    "",
    "Acquisition Marketing Lead",
    "Zafiro Fintech <no-reply@jobs.lever.co>",
    "Your application to Zafiro Fintech",
    D(2025, 11, 5, 10, 2, 1),
    """Hi Lucía,

Thanks for taking the time to interview with us for the Acquisition Marketing Lead role. We enjoyed learning more about your experience with app install campaigns.

After a lot of discussion the hiring team has chosen to pursue candidates whose experience more closely aligns with the current needs of the role. We really appreciate your interest and wish you the best.

The Zafiro Fintech Team
""",
    diff="hard",
    notes="ATS rejection after interview; praises candidate",
)

add(
    "rejection",
    "Clavel & Roca Comunicación",
    "Beatriz",
    "Ejecutiva de Cuentas Digital",
    "Beatriz Roca <beatriz@clavelyroca.com>",
    "Re: Candidatura Ejecutiva de Cuentas Digital",
    D(2025, 11, 27, 19, 40, 1),
    """Hola Lucía,

Perdona la tardanza en responder. Lo hemos hablado en el equipo y creemos que ahora mismo no es el momento adecuado para incorporarte con nosotras: el puesto necesita más experiencia en relación con medios tradicionales.

No dudes en volver a escribirnos más adelante.

Un saludo,
Beatriz Roca
Socia directora
Clavel & Roca Comunicación, S.L.

El 20/11/2025, a las 9:15, Lucía Ferrer Aranda escribió:
> Hola Beatriz, ¿hay novedades sobre mi candidatura? Quedo a vuestra disposición para una entrevista si lo veis oportuno.
""",
    lang="es",
    diff="hard",
    notes="'no es el momento adecuado' sounds like on_hold but is about fit",
    reply=True,
)

add(
    "rejection",
    "Marea Telecom",
    "",
    "SEO Specialist",
    "Marea Telecom <recruiting@marea-telecom.es>",
    "Proceso de selección SEO Specialist - Resolución",
    D(2026, 1, 13, 9, 0, 1),
    """Estimada Lucía Ferrer Aranda:

Le agradecemos su participación en el proceso de selección para la posición de SEO Specialist.

Lamentamos comunicarle que su candidatura no ha resultado seleccionada. Conservaremos su currículum en nuestra base de datos durante un periodo de doce meses, de conformidad con la normativa de protección de datos.

Reciba un cordial saludo,
Departamento de Recursos Humanos
Marea Telecom S.A.
""",
    lang="es",
    fmt="html",
    headers=GEN,
)

add(
    "rejection",
    "Verbena Home",
    "Álvaro",
    "E-commerce Marketing Manager",
    "Álvaro Ibarra <alvaro.ibarra@verbenahome.com>",
    "Re: E-commerce Marketing Manager",
    D(2026, 1, 29, 14, 31, 1),
    """Lucía,

thanks again for the presentation on Tuesday, really sharp. We ended up giving the role to someone from inside the team who'd been covering it since October. I know that's frustrating to hear after three rounds.

Happy to give you detailed feedback over a coffee if useful.

Best,
Álvaro Ibarra
Chief Marketing Officer
Verbena Home""",
    diff="hard",
    notes="internal hire after three rounds; offers feedback coffee",
    reply=True,
)

add(
    "rejection",
    "Quimera Games",
    "",
    "User Acquisition Manager",
    "Quimera Games <quimeragames@hire.workable.com>",
    "Quimera Games: User Acquisition Manager",
    D(2026, 2, 17, 11, 18, 1),
    """Hi Lucía,

Thank you for applying to the User Acquisition Manager role at Quimera Games.

Unfortunately this one didn't work out. We had a very strong pool and decided to invite a small number of candidates with deeper mobile gaming backgrounds to interview.

Good luck with your search!

Quimera Games Hiring Team
Powered by Workable
""",
    fmt="alt",
    diff="hard",
    notes="'this one didn't work out'; mentions interviews for others",
)

add(
    "rejection",
    "Maison Ardoise",
    "Claire",
    "Chargée de marketing digital",
    "Claire Dumoulin <c.dumoulin@maison-ardoise.fr>",
    "Votre candidature - Chargée de marketing digital",
    D(2026, 3, 3, 16, 0, 1),
    """Bonjour Lucía,

Je vous remercie pour l'intérêt que vous portez à Maison Ardoise et pour nos échanges.

Après réflexion, nous avons choisi de poursuivre avec une candidature dont le profil correspond davantage aux besoins actuels du poste. Ce choix a été difficile.

Je vous souhaite une belle réussite dans vos projets.

Bien cordialement,
Claire Dumoulin
Responsable Acquisition
Maison Ardoise
""",
    lang="fr",
)

add(
    "rejection",
    "Sauce Mobility",
    "",
    "Brand & Community Manager",
    "Sauce Mobility <noreply@ashbyhq.com>",
    "Thanks from Sauce Mobility",
    D(2026, 3, 26, 20, 2, 1),
    """Hi Lucía,

Thank you for your interest in the Brand & Community Manager position.

We've reviewed your application and decided it's not the right match at this time. We'll keep your details and may reach out if something else comes up that fits your background.

Thanks again,
Sauce Mobility Talent
""",
    diff="easy",
)

add(
    "rejection",
    "Atalaya Seguros",
    "Nuria",
    "Responsable de Adquisición Digital",
    "Nuria Beltrán <nbeltran@talentonorte.es>",
    "Atalaya - tu proceso",
    D(2026, 4, 14, 13, 12, 2),
    """Hola Lucía,

Te escribo tras hablar con el cliente. En Atalaya Seguros han valorado muy positivamente tu entrevista para Responsable de Adquisición Digital, pero finalmente han optado por un perfil con experiencia en el sector asegurador, que para ellos era imprescindible.

Siento que no haya salido. Te tengo en cuenta para otros procesos que llevamos desde la consultora, ahora mismo tengo un par en retail que podrían encajar.

Un saludo,
Nuria Beltrán
Consultora Senior · Marketing & Digital
Talento Norte Consultores
""",
    lang="es",
    diff="hard",
    notes="agency recruiter relays client's decision; company is the client",
)

add(
    "rejection",
    "Wandervogel Reisen GmbH",
    "",
    "Performance Marketing Manager (m/w/d)",
    "Wandervogel Reisen GmbH <bewerbung@wandervogel-reisen.de>",
    "Absage: Performance Marketing Manager (m/w/d)",
    D(2026, 5, 6, 9, 45, 2),
    """Hallo Lucía,

danke für dein Interesse an Wandervogel Reisen und die Zeit, die du dir für das Gespräch mit uns genommen hast.

Leider müssen wir dir mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.

Viele Grüße
People & Culture
Wandervogel Reisen GmbH
""",
    lang="de",
    diff="easy",
    headers=GEN,
)

add(
    "rejection",
    "Cigala Foods",
    "Rebeca",
    "Brand Manager Digital",
    "Rebeca Mora <rmora@cigalafoods.com>",
    "Fwd: Candidata Brand Manager Digital",
    D(2026, 5, 27, 12, 3, 2),
    """Hola Lucía, te reenvío lo que me comenta Jaime. Lo siento mucho, de verdad. Si quieres lo hablamos.
Rebeca Mora
People Partner, Cigala Foods

---------- Forwarded message ---------
De: Jaime Ortuño <jortuno@cigalafoods.com>
Date: mar, 26 may 2026 a las 18:20
Subject: Candidata Brand Manager Digital
To: Rebeca Mora <rmora@cigalafoods.com>

Rebeca, he visto a las tres finalistas. Lucía es muy buena en digital pero me falta la parte de trade marketing con distribución; vamos a cerrar con Elena. Por favor, comunícaselo tú a Lucía y dale las gracias de mi parte.

Jaime
""",
    lang="es",
    diff="hard",
    notes="HR forwards hiring manager's decision; decision only in forwarded part",
)

add(
    "rejection",
    "Azulejo Commerce",
    "",
    "Marketing Automation Specialist",
    "Azulejo Commerce <azulejo@recruitee.com>",
    "Marketing Automation Specialist at Azulejo Commerce",
    D(2026, 6, 16, 10, 10, 1),
    """Dear Lucía,

We appreciate the effort you put into the Marketing Automation Specialist application. At this stage we have decided not to move forward with your candidacy.

Your data will be stored for 6 months unless you ask us to delete it.

Best regards,
Azulejo Commerce, Lda. Recruiting
""",
    fmt="html",
    diff="easy",
    headers=GEN,
)

add(
    "rejection",
    "Luminaria Eventos",
    "Sergio",
    "Community Manager",
    "Sergio Lago <sergio@luminariaeventos.com>",
    "Community Manager",
    D(2026, 7, 2, 10, 31, 2),
    """Hola Lucía!

Mil gracias por la prueba que nos mandaste a Luminaria Eventos, nos encantaron las ideas para Instagram. Al final hemos cerrado el puesto con alguien que ya conocía el sector de eventos desde dentro y podía empezar ya mismo.

Ojalá coincidamos en otra ocasión 🙂

— Sergio""",
    lang="es",
    diff="hard",
    notes="warm; 'hemos cerrado el puesto con alguien' (filled)",
)

add(
    "rejection",
    "Bravura Agency",
    "",
    "Digital Strategist",
    "Bravura Agency <careers@bravura.icims.com>",
    "Your application status has changed",
    D(2026, 8, 18, 7, 55, 0),
    """Dear Lucía Ferrer Aranda,

Thank you for your interest in the Digital Strategist (Req #2026-118) position with Bravura Agency. We have carefully reviewed your qualifications and have decided to proceed with other applicants at this time.

We encourage you to create a job alert on our career site.

Sincerely,
Bravura Agency Talent Acquisition

Please do not reply to this email; this mailbox is not monitored.
""",
    diff="hard",
    notes="footer 'mailbox is not monitored' (not an auto reply)",
    headers=GEN,
)

add(
    "rejection",
    "Pimentón Delivery",
    "Carla",
    "Growth Marketing Manager",
    "Carla Vidal <carla.vidal@pimenton.app>",
    "Re: Seguimiento proceso Growth Marketing Manager",
    D(2026, 9, 10, 17, 4, 2),
    """Hola Lucía,

Gracias por escribir. Te confirmo que no seguimos adelante con tu candidatura; el equipo busca a alguien más sénior para liderar a cuatro personas.

Suerte!
Carla · Pimentón Delivery

> El 8 sept 2026, a las 10:12, Lucía Ferrer Aranda escribió:
> Hola Carla, quería saber si hay novedades después de la entrevista técnica del martes pasado y si necesitáis algo más por mi parte.
""",
    lang="es",
    diff="hard",
    notes="short reply; quoted part about interview",
    reply=True,
)

add(
    "rejection",
    "Tinta Roja Ediciones",
    "",
    "Audience Development Manager",
    "=?utf-8?q?Tinta_Roja_Ediciones_=E2=80=93_Empleo?= <rrhh@tintaroja.es>",
    "Audience Development Manager",
    D(2026, 10, 13, 13, 0, 2),
    """Hola Lucía,

Te escribimos en relación con tu candidatura para Audience Development Manager. Queremos agradecerte sinceramente tu interés, pero hemos decidido no avanzar con ella. Recibimos muchas solicitudes y no podemos dar respuesta personalizada a cada una.

Un saludo,
Tinta Roja Ediciones
""",
    lang="es",
    cte="base64",
)

add(
    "rejection",
    "Almadraba Surf Co.",
    "Tom",
    "Ecommerce & Digital Marketing Lead",
    "Tom Pryce <tom@almadrabasurf.co>",
    "quick update from Almadraba",
    D(2026, 11, 4, 9, 20, 0),
    """Hey Lucía,

Short and honest: we've gone with another candidate for the Ecommerce & Digital Marketing Lead role. You were in the final two and the team loved your energy on the call, so this wasn't an easy one.

Let's keep in touch — we're growing fast and something else may open up in spring.

Cheers,
Tom Pryce
Founder, Almadraba Surf Co.
""",
    diff="hard",
    notes="final-two rejection plus keep in touch",
)

# ----------------------------------------------------------------------------- on hold
add(
    "on_hold",
    "Lonja Fresh Market",
    "Irene",
    "Responsable de Marketing Digital",
    "Irene Castaño <irene.castano@lonjafresh.es>",
    "Proceso Responsable de Marketing Digital",
    D(2025, 3, 18, 12, 40, 1),
    """Hola Lucía,

Quería contarte en persona cómo está el proceso. La dirección ha decidido congelar todas las contrataciones nuevas hasta que cerremos el primer semestre, así que el puesto queda en pausa.

No tiene nada que ver con tu perfil, que nos gustó mucho. En cuanto se reactive te llamo.

Un saludo,
Irene Castaño
Talent Acquisition · Lonja Fresh Market
""",
    lang="es",
    notes="hiring freeze",
)

add(
    "on_hold",
    "Brisa Media Group",
    "Oriol",
    "Content Marketing Manager",
    "Oriol Puig <oriol.puig@brisamedia.com>",
    "Content Marketing Manager - update",
    D(2025, 7, 21, 10, 5, 2),
    """Hi Lucía,

Apologies for going quiet after our second conversation. We're in the middle of a reorganisation of the marketing department and, as a result, we're pausing this search for the time being. I expect we'll know more in September.

I'll keep your application open on our side and will contact you as soon as there's clarity.

Best,
Oriol Puig
Marketing Director
Brisa Media Group
""",
    diff="hard",
    notes="reorg; pausing search; mentions second interview",
)

add(
    "on_hold",
    "Bluefinch Media",
    "",
    "Senior Paid Media Manager",
    "Bluefinch Media <bluefinch@myworkday.com>",
    "Regarding Senior Paid Media Manager (R-20419)",
    D(2025, 8, 12, 14, 0, -4),
    """Dear Lucía,

We are writing to let you know that the requisition for Senior Paid Media Manager (R-20419) has been cancelled. As a result, your application will no longer be considered for this position.

This decision was not related to your qualifications. We encourage you to apply for other open roles at Bluefinch Media.

Regards,
Bluefinch Media Talent Acquisition
""",
    diff="hard",
    notes="requisition cancelled; 'no longer be considered' reads like rejection",
    headers=GEN,
)

add(
    "on_hold",
    "Cometa Kids",
    "Gonzalo",
    "Growth Lead",
    "Gonzalo Ferrán <gonzalo@cometakids.com>",
    "growth lead",
    D(2025, 10, 1, 21, 12, 2),
    """Lucía, te debo una explicación. La ronda que teníamos prevista para octubre se ha retrasado y hasta que no la cerremos no puedo sumar a nadie al equipo. Dejo el proceso parado de momento. Sigues siendo mi primera opción.

Gonzalo
CEO · Cometa Kids""",
    lang="es",
    diff="hard",
    notes="funding round delayed; no 'pause' keyword in subject; says first choice",
)

add(
    "on_hold",
    "Kranzberg Medien GmbH",
    "Sabine",
    "Social Media Manager (m/w/d)",
    "Sabine Lorenz <s.lorenz@kranzberg-medien.de>",
    "Ihre Bewerbung - Social Media Manager (m/w/d)",
    D(2025, 12, 2, 15, 30, 1),
    """Liebe Frau Ferrer Aranda,

vielen Dank für das angenehme Gespräch. Leider muss ich Ihnen mitteilen, dass die Stelle aufgrund einer Budgetkürzung vorerst nicht besetzt wird. Wir haben den Prozess bis auf Weiteres ausgesetzt.

Sobald sich etwas ändert, melde ich mich gerne wieder bei Ihnen.

Herzliche Grüße
Sabine Lorenz
HR Business Partner
Kranzberg Medien GmbH
""",
    lang="de",
    diff="hard",
    notes="German; 'Leider' but process suspended for budget",
)

add(
    "on_hold",
    "Esparto Design",
    "",
    "Digital Marketing Specialist",
    "Esparto Design <jobs@esparto-design.jobs.personio.com>",
    "Digital Marketing Specialist – Stelle geschlossen / position closed",
    D(2026, 2, 24, 9, 12, 1),
    """Hello Lucía,

We wanted to let you know that the Digital Marketing Specialist position is no longer open. The company has decided not to fill this role this year.

Thank you for your interest in Esparto Design.

Kind regards,
Esparto Design Recruiting
""",
    diff="hard",
    notes="role no longer open; short template",
    headers=GEN,
)

add(
    "on_hold",
    "Grupo Mirador Retail",
    "Andrea",
    "Head of E-commerce",
    "Andrea Salas <andrea@hunterysalas.com>",
    "Proceso Head of E-commerce (cliente retail)",
    D(2026, 4, 28, 18, 45, 2),
    """Hola Lucía,

Te escribo con una noticia que no esperaba. Nuestro cliente, Grupo Mirador Retail, nos ha comunicado esta tarde que paraliza la búsqueda del Head of E-commerce: están revisando la estructura del área digital tras la compra de una cadena en Portugal.

Tu candidatura era de las dos que iban a presentar al consejo. Te mantendré informada.

Un abrazo,
Andrea Salas
Partner · Hunter & Salas Executive Search
""",
    lang="es",
    diff="hard",
    notes="headhunter writes about client; search paralysed",
)

add(
    "on_hold",
    "Terral Energía",
    "",
    "Marketing Digital B2C",
    "Terral Energía <seleccion@terralenergia.factorialhr.com>",
    "Estado de tu candidatura: Marketing Digital B2C",
    D(2026, 6, 9, 11, 20, 2),
    """Hola Lucía:

Te informamos de que, por una repriorización del presupuesto del área, la vacante de Marketing Digital B2C ha quedado en suspenso. Por ahora no vamos a continuar con el proceso de selección.

Si la posición se reactiva, contactaremos contigo para retomar tu candidatura.

Un saludo,
Equipo de Selección de Terral Energía
""",
    lang="es",
    fmt="alt",
    headers=GEN,
)

add(
    "on_hold",
    "Marlowe & Finch Publishing",
    "Hattie",
    "Digital Marketing Executive",
    "Hattie Marsh <hattie.marsh@marlowefinch.co.uk>",
    "Digital Marketing Executive",
    D(2026, 8, 25, 9, 50, 1),
    """Dear Lucía,

Thank you for your patience. I'm sorry to say that we're putting the Digital Marketing Executive hire on ice until at least the new financial year. Our parent company has asked all UK imprints to hold headcount.

I know this is disappointing; it certainly is for us. I'll be in touch if anything changes.

With best wishes,
Hattie Marsh
Publisher, Marlowe & Finch Publishing Ltd
""",
    diff="hard",
    notes="'putting on ice'; parent company headcount hold",
)

add(
    "on_hold",
    "Ribera Wines",
    "",
    "Trade & Digital Marketing Manager",
    "Ribera Wines <ofertas@trabajaya-mail.es>",
    "La oferta 'Trade & Digital Marketing Manager' ha sido cancelada",
    D(2026, 10, 30, 8, 5, 1),
    """Hola Lucía,

La empresa Ribera Wines ha cancelado la oferta "Trade & Digital Marketing Manager" a la que te inscribiste. Esto significa que el proceso de selección no seguirá adelante.

Puedes ver ofertas similares en TrabajaYa.

El equipo de TrabajaYa
""",
    lang="es",
    diff="hard",
    notes="job-board notice that the employer cancelled the posting",
    headers=GEN,
)

# ----------------------------------------------------------------------------- interviews
add(
    "interview",
    "Olivar Cosmetics",
    "Elena",
    "Especialista en Marketing Digital",
    "Elena Navas <elena.navas@olivarcosmetics.es>",
    "Entrevista - Especialista en Marketing Digital",
    D(2025, 2, 3, 10, 0, 1),
    """Hola Lucía,

Hemos revisado tu CV y nos gustaría conocerte. ¿Te vendría bien el jueves 6 de febrero a las 11:30 en nuestras oficinas de la calle Orense? La entrevista durará unos 45 minutos.

Confírmame si te encaja, por favor.

Un saludo,
Elena Navas
Responsable de Selección
Olivar Cosmetics
""",
    lang="es",
    iv="2025-02-06T11:30:00+01:00",
)

add(
    "interview",
    "Fieldmoss Digital",
    "Harriet",
    "Growth Marketing Manager",
    "Harriet Cole <harriet.cole@fieldmoss.co.uk>",
    "Invitation: Lucía / Harriet - Growth Marketing Manager",
    D(2025, 2, 20, 11, 2, 0),
    """When: Wednesday 12 March 2025, 14:00 - 14:45 (London time)
Where: Google Meet (link in the invite)

Hi Lucía, looking forward to chatting. This first call is mostly about your experience scaling paid channels; no preparation needed.

Harriet Cole
Senior Talent Partner, Fieldmoss Digital Ltd
""",
    fmt="alt",
    cal=(
        D(2025, 3, 12, 14, 0, 0),
        45,
        "Lucía / Harriet - Growth Marketing Manager",
        "harriet.cole@fieldmoss.co.uk",
    ),
    iv="2025-03-12T14:00:00+00:00",
    notes="calendar invite with text/calendar part",
)

add(
    "interview",
    "Trébol Viajes Online",
    "Marta",
    "Performance Marketing Specialist",
    "Marta Quiroga <marta.quiroga@trebolviajes.com>",
    "Re: Performance Marketing Specialist",
    D(2025, 4, 8, 13, 22, 2),
    """Perfecto Lucía, pues entonces mañana a las 16:00 por Teams. Te mando la invitación ahora.

Marta Quiroga · Trébol Viajes Online

El mar, 8 abr 2025 a las 12:50, Lucía Ferrer Aranda escribió:
> Hola Marta, lamentablemente el lunes no puedo, ¿os vendría bien otro día esta semana?
""",
    lang="es",
    diff="hard",
    iv="2025-04-09T16:00:00+02:00",
    reply=True,
    notes="relative date 'mañana'; quoted 'lamentablemente'; no word entrevista",
)

add(
    "interview",
    "Nordhafen Commerce GmbH",
    "Jonas",
    "Online Marketing Manager (m/w/d)",
    "Jonas Albrecht <jonas.albrecht@nordhafen-commerce.de>",
    "Einladung zum Kennenlernen",
    D(2025, 6, 2, 9, 14, 2),
    """Hallo Lucía,

vielen Dank für deine Bewerbung als Online Marketing Manager (m/w/d). Wir würden dich gerne in einem ersten Video-Call kennenlernen, und zwar am Mittwoch, 11. Juni 2025 um 10:00 Uhr (MESZ). Den Link zu Microsoft Teams schicke ich dir separat.

Das Gespräch führen wir gerne auf Englisch.

Viele Grüße
Jonas Albrecht
Team Lead Performance
Nordhafen Commerce GmbH
""",
    lang="de",
    iv="2025-06-11T10:00:00+02:00",
)

add(
    "interview",
    "Halyard Travel",
    "Priya",
    "Lifecycle Marketing Manager",
    "Priya Raman via Calendly <notifications@calendly-mail.net>",
    "Pick a time: Halyard Travel x Lucía",
    D(2025, 5, 28, 10, 45, -4),
    """Hi Lucía,

Priya Raman from Halyard Travel has invited you to book a 30-minute intro call about the Lifecycle Marketing Manager role.

Choose a time that works for you: https://calendly.example/halyard-priya/30min

Available slots are shown in your local time zone.

Sent by Calendly
""",
    fmt="alt",
    diff="hard",
    notes="scheduling link; no fixed time; sent by scheduling tool",
)

add(
    "interview",
    "Pardela Labs",
    "Inês",
    "",
    "Inês Vasconcelos <ines@pardelalabs.pt>",
    "coffee?",
    D(2025, 9, 11, 18, 2, 1),
    """Olá Lucía! Your profile caught my eye. Would you fancy a quick chat with me and our CTO about the growth role? Tuesday at 3pm Lisbon time works for us, on Meet. Just reply yes and I'll send the link.

Inês · Pardela Labs""",
    diff="hard",
    iv="2025-09-16T15:00:00+01:00",
    notes="informal 'quick chat'; relative day; Lisbon time",
)

add(
    "interview",
    "Kumquat Studio",
    "Pau",
    "Paid Social Specialist",
    "Pau Serrano <pau@kumquat.studio>",
    "Hola desde Kumquat",
    D(2025, 5, 20, 11, 11, 2),
    """Hola Lucía,

Soy Pau, director de cuentas en Kumquat. Nos ha gustado tu portfolio y queremos que vengas a charlar con nosotros sobre el puesto de Paid Social Specialist. Te propongo estos huecos:

- miércoles 28 a las 10:00
- jueves 29 a las 12:30
- viernes 30 a las 9:00

Dime cuál te va mejor y te paso la dirección del estudio (estamos en Ruzafa).

Pau Serrano
Kumquat Studio""",
    lang="es",
    diff="hard",
    notes="several slots; 'charlar' not entrevista",
)

add(
    "interview",
    "Zafiro Fintech",
    "",
    "Acquisition Marketing Lead",
    "Zafiro Fintech <no-reply@jobs.lever.co>",
    "Interview confirmed: Zafiro Fintech - Acquisition Marketing Lead",
    D(2025, 10, 20, 16, 30, 2),
    """Hi Lucía,

Your interview has been scheduled.

Role: Acquisition Marketing Lead
Date: Monday, 27 October 2025
Time: 10:00 - 11:00 CET
Interviewers: Hugo Ledesma (VP Marketing), Sara Kim (Head of Data)
Location: Google Meet - details in the attached calendar invitation

Need to reschedule? Reply to your recruiter directly.

Zafiro Fintech Recruiting
""",
    cal=(D(2025, 10, 27, 10, 0, 1), 60, "Interview: Acquisition Marketing Lead", "recruiting@zafiro.finance"),
    iv="2025-10-27T10:00:00+01:00",
    diff="hard",
    notes="CET after DST change while Date header is +0200; .ics",
)

add(
    "interview",
    "Verbena Home",
    "Álvaro",
    "E-commerce Marketing Manager",
    "Álvaro Ibarra <alvaro.ibarra@verbenahome.com>",
    "Tercera fase - presentación",
    D(2026, 1, 19, 9, 40, 1),
    """Hola Lucía,

Enhorabuena por pasar a la última fase del proceso de E-commerce Marketing Manager. Te proponemos presentar tu plan de 90 días ante el comité de marketing el martes 27 de enero de 2026 a las 12:00, en nuestra sede de Alcobendas. Tendrás 20 minutos de exposición y luego preguntas del panel (CEO, directora financiera y yo).

Un saludo,
Álvaro Ibarra
Chief Marketing Officer
Verbena Home
""",
    lang="es",
    iv="2026-01-27T12:00:00+01:00",
    notes="panel presentation",
)

add(
    "interview",
    "Marea Telecom",
    "",
    "SEO Specialist",
    "Marea Telecom Recruiting <scheduling@modernloop-mail.com>",
    "Marea Telecom: please choose your interview times",
    D(2025, 12, 15, 9, 0, 1),
    """Hello Lucía,

The Marea Telecom team would like to schedule your SEO Specialist interviews (2 x 45 minutes).

Please select your availability using the link below. Options are shown from 12 to 19 January 2026.

Select availability: https://modernloop.example/a/8HQ2

Powered by ModernLoop
""",
    fmt="html",
    diff="hard",
    notes="ModernLoop availability request; no fixed time",
)

add(
    "interview",
    "Atalaya Seguros",
    "Nuria",
    "Responsable de Adquisición Digital",
    "Nuria Beltrán <nbeltran@talentonorte.es>",
    "Entrevista con Atalaya Seguros",
    D(2026, 4, 6, 10, 25, 2),
    """Hola Lucía,

¡Buenas noticias! A Atalaya Seguros le ha encajado tu perfil y quieren verte. La entrevista para Responsable de Adquisición Digital será con su directora de marketing, Pilar Ugarte, el jueves 9 de abril a las 17:30 en su sede del Paseo de la Castellana.

Lleva preparados un par de ejemplos de campañas de captación con CPA objetivo.

Un saludo,
Nuria Beltrán
Consultora Senior · Marketing & Digital
Talento Norte Consultores
""",
    lang="es",
    diff="hard",
    iv="2026-04-09T17:30:00+02:00",
    notes="agency recruiter; client is the employer",
)

add(
    "interview",
    "Wandervogel Reisen GmbH",
    "Lena",
    "Performance Marketing Manager",
    "Lena Hofmann <lena.hofmann@wandervogel-reisen.de>",
    "Interview invitation - Performance Marketing Manager",
    D(2026, 4, 15, 14, 3, 2),
    """Hi Lucía,

Thanks for your application! We'd like to invite you to a 45-minute video interview on 22 April 2026 at 14:00 CEST with me and our Head of Growth, Timo.

Please confirm by replying to this email.

Best regards,
Lena Hofmann
Recruiting, Wandervogel Reisen GmbH
""",
    fmt="alt",
    cte="quoted-printable",
    iv="2026-04-22T14:00:00+02:00",
)

add(
    "interview",
    "Cigala Foods",
    "Rebeca",
    "Brand Manager Digital",
    "Rebeca Mora <rmora@cigalafoods.com>",
    "Última entrevista Brand Manager Digital - agenda del día",
    D(2026, 5, 15, 16, 10, 2),
    """Hola Lucía,

Te confirmo la jornada final el viernes 22 de mayo en la fábrica de Aranjuez:

09:30 Recepción y café con Jaime Ortuño (Director de Marketing)
10:15 Caso práctico con el equipo de brand
11:30 Visita a la planta
12:30 Comida con el equipo

Aparcamiento en la puerta. Cualquier duda, llámame.

Rebeca Mora
People Partner, Cigala Foods
""",
    lang="es",
    iv="2026-05-22T09:30:00+02:00",
    notes="onsite agenda",
)

add(
    "interview",
    "Luminaria Eventos",
    "Sergio",
    "Community Manager",
    "Sergio Lago <sergio@luminariaeventos.com>",
    "Prueba práctica Community Manager - Luminaria Eventos",
    D(2026, 6, 17, 12, 0, 2),
    """Hola Lucía,

Como siguiente paso te enviamos una pequeña prueba: propón un calendario editorial de dos semanas para Instagram y TikTok de nuestro festival de otoño. Tienes hasta el lunes.

Después la comentamos juntos en una videollamada de media hora; te pasaré opciones de horario cuando la recibamos.

— Sergio""",
    lang="es",
    diff="hard",
    notes="take-home plus follow-up call; no fixed time",
)

add(
    "interview",
    "Pimentón Delivery",
    "Carla",
    "Growth Marketing Manager",
    "Carla Vidal <carla.vidal@pimenton.app>",
    "Cambio de hora entrevista técnica - Growth Marketing Manager",
    D(2026, 8, 31, 9, 30, 2),
    """Hola Lucía,

Nos ha surgido un imprevisto con el equipo de datos y tenemos que mover la entrevista técnica. La pasamos al jueves 3 de septiembre a las 11:00, mismo enlace de Meet. Perdona las molestias.

Carla Vidal
Talent Lead · Pimentón Delivery
""",
    lang="es",
    diff="hard",
    iv="2026-09-03T11:00:00+02:00",
    notes="reschedule; 'imprevisto'",
)

add(
    "interview",
    "Bluefinch Media",
    "Dana",
    "Social Strategy Manager",
    "Dana Kowalczyk <dana.kowalczyk@bluefinchmedia.com>",
    "Re: Social Strategy Manager",
    D(2026, 2, 9, 8, 15, -5),
    """Hi Lucía,

Great to hear from you. Let's do Thursday at 10am ET with me and Chris from our London office - it'll be a video call, I'll send the Zoom.

Best,
Dana Kowalczyk
VP Social & Content | Bluefinch Media Inc.
New York
""",
    reply=True,
    diff="hard",
    iv="2026-02-12T10:00:00-05:00",
    notes="relative day; ET; reply thread",
)

add(
    "interview",
    "Northpoint Audio",
    "",
    "Marketing Manager, Southern Europe",
    "Northpoint Audio <no-reply@goodtime-mail.io>",
    "Confirmed: your interview with Northpoint Audio",
    D(2026, 3, 4, 12, 0, 0),
    """Hi Lucía,

Your interview is confirmed.

Tue, Mar 10, 2026
5:00 PM - 5:45 PM CET
Marketing Manager, Southern Europe - Hiring Manager Interview
Video: Microsoft Teams

Northpoint Audio Ltd · London
Scheduled via GoodTime
""",
    fmt="html",
    cte="base64",
    iv="2026-03-10T17:00:00+01:00",
    notes="GoodTime confirmation; HTML only",
)

add(
    "interview",
    "Girasol Hoteles",
    "Lorena",
    "Especialista en Marketing de Fidelización",
    "Lorena Pastor <lorena.pastor@girasolhoteles.com>",
    "Llamada breve",
    D(2026, 2, 10, 17, 45, 1),
    """Hola Lucía,

Te escribo por tu solicitud como Especialista en Marketing de Fidelización. ¿Podemos hablar 20 minutos por teléfono esta semana? Tengo hueco el miércoles por la tarde o el viernes por la mañana. Dime qué te viene mejor y un número de contacto.

Gracias,
Lorena Pastor
Talento · Girasol Hoteles
""",
    lang="es",
    diff="hard",
    notes="phone screen without word entrevista; two options",
)

add(
    "interview",
    "Ondas Radio Digital",
    "Javier",
    "Digital Audience Manager",
    "Javier Peña <jpena@ondasradio.es>",
    "Re: Re: Digital Audience Manager",
    D(2026, 10, 21, 19, 3, 2),
    """Genial. Nos vemos el viernes a las 9:30 en las oficinas de Valencia, pregunta por mí en recepción.

Javier Peña
Director Digital · Ondas Radio Digital

-----Original Message-----
From: Lucía Ferrer Aranda
Sent: Wednesday, October 21, 2026 6:40 PM
Subject: Re: Digital Audience Manager

Hola Javier, desafortunadamente el jueves no me es posible. ¿Podría ser el viernes por la mañana?
""",
    lang="es",
    reply=True,
    diff="hard",
    iv="2026-10-23T09:30:00+02:00",
    notes="confirmation in short reply; quoted 'desafortunadamente'",
)

add(
    "interview",
    "Maison Ardoise",
    "Claire",
    "Chargée de marketing digital",
    "Claire Dumoulin <c.dumoulin@maison-ardoise.fr>",
    "Entretien - Chargée de marketing digital",
    D(2026, 2, 9, 11, 30, 1),
    """Bonjour Lucía,

Suite à votre candidature, je vous propose un entretien en visio le mardi 17 février 2026 à 14h00 (heure de Paris). L'échange durera environ une heure, avec notre directrice e-commerce.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Claire Dumoulin
Responsable Acquisition
Maison Ardoise
""",
    lang="fr",
    iv="2026-02-17T14:00:00+01:00",
)

add(
    "interview",
    "Sauce Mobility",
    "",
    "Brand & Community Manager",
    "Sauce Mobility <noreply@ashbyhq.com>",
    "Next step with Sauce Mobility: schedule your interview",
    D(2026, 3, 12, 9, 10, 1),
    """Hi Lucía,

Thanks for applying to Sauce Mobility! We'd love to set up a 30 minute screen with our recruiter for the Brand & Community Manager role.

Please use the link below to pick a time that suits you:
https://app.ashby.example/schedule/sauce/4f2a

Sauce Mobility Talent
""",
    notes="Ashby self-scheduling link; no time",
)

add(
    "interview",
    "Tinta Roja Ediciones",
    "Mónica",
    "Responsable de Newsletters",
    "Mónica Aldana <maldana@tintaroja.es>",
    "Invitación: Entrevista Responsable de Newsletters",
    D(2026, 9, 22, 10, 0, 2),
    """Hola Lucía,

Te adjunto la convocatoria para la videollamada: miércoles 30 de septiembre de 2026, de 10:00 a 11:00 (hora de Madrid). Estaremos la directora editorial y yo.

Un saludo,
Mónica Aldana
Jefa de Audiencias
Tinta Roja Ediciones
""",
    lang="es",
    cal=(D(2026, 9, 30, 10, 0, 2), 60, "Entrevista Responsable de Newsletters", "maldana@tintaroja.es"),
    iv="2026-09-30T10:00:00+02:00",
    notes="calendar invite; Spanish",
)

# ----------------------------------------------------------------------------- offers
add(
    "offer",
    "Cardo Marketplace",
    "Patricia",
    "Digital Marketing Manager",
    "Patricia Lozano <patricia.lozano@cardomarket.es>",
    "Carta de oferta - Digital Marketing Manager",
    D(2025, 4, 30, 17, 20, 2),
    """Hola Lucía,

¡Enhorabuena! Nos encantaría que te unieras a Cardo Marketplace como Digital Marketing Manager. Te adjunto la carta de oferta con las condiciones que comentamos por teléfono (salario, bonus y teletrabajo dos días por semana).

Si tienes cualquier duda, dímelo. Te agradecería una respuesta antes del 9 de mayo.

Un abrazo,
Patricia Lozano
Directora de Personas
Cardo Marketplace, S.L.U.
""",
    lang="es",
    pdf="Oferta_Lucia_Ferrer_Aranda.pdf",
    notes="offer letter PDF; S.L.U. suffix dropped",
)

add(
    "offer",
    "Nimbo Travel",
    "Gareth",
    "Senior Growth Marketing Manager",
    "Gareth Lloyd <gareth@nimbotravel.com>",
    "Following up on our call",
    D(2025, 8, 28, 16, 5, 1),
    """Hi Lucía,

It was great speaking earlier. As promised, here's a written summary of what we discussed for the Senior Growth Marketing Manager position:

- Base salary: EUR 58,000 gross per year
- Annual bonus: up to 15%
- Remote from Madrid, with quarterly trips to Dublin
- Start date: 1 October 2025

The formal contract will come from our HR platform in the next couple of days. We're really excited about the prospect of you joining.

Gareth Lloyd
VP Marketing, Nimbo Travel Ltd
""",
    diff="hard",
    notes="written follow-up of verbal offer; never says 'offer'",
)

add(
    "offer",
    "Azahar Beauty",
    "",
    "E-commerce Growth Specialist",
    "Azahar Beauty <talento@azaharbeauty.teamtailor-mail.com>",
    "=?utf-8?q?=C2=A1Tenemos_una_propuesta_para_ti!?=",
    D(2025, 12, 11, 13, 0, 1),
    """Hola Lucía,

Tenemos el placer de ofrecerte el puesto de E-commerce Growth Specialist en Azahar Beauty. Encontrarás la propuesta completa y el enlace para aceptarla en tu portal de candidato.

La oferta es válida durante 5 días hábiles.

El equipo de Talento de Azahar Beauty
""",
    lang="es",
    fmt="html",
    notes="ATS offer notice, HTML only",
)

add(
    "offer",
    "Fjordline Apps GmbH",
    "Katja",
    "Marketing Lead Iberia",
    "Katja Brenner <katja.brenner@fjordline-apps.de>",
    "Your offer from Fjordline Apps",
    D(2026, 3, 20, 10, 45, 1),
    """Dear Lucía,

On behalf of Fjordline Apps GmbH, I'm delighted to offer you the position of Marketing Lead Iberia, reporting to our CMO. Please find your offer letter and employment agreement attached.

Kindly sign via DocuSign by 27 March 2026. We'd love for you to start on 1 May.

Welcome aboard (we hope)!

Katja Brenner
Head of People
Fjordline Apps GmbH, Berlin
""",
    pdf="Fjordline_Offer_Letter.pdf",
)

add(
    "offer",
    "Ondas Radio Digital",
    "Javier",
    "Digital Audience Manager",
    "Javier Peña <jpena@ondasradio.es>",
    "Re: Re: Re: Digital Audience Manager",
    D(2026, 10, 28, 13, 15, 1),
    """Lucía, después del viernes lo tenemos clarísimo: queremos que seas nuestra Digital Audience Manager. Te llamo esta tarde para hablar de condiciones y fecha de incorporación, y mañana te llegará la propuesta por escrito desde RRHH.

Un abrazo,
Javier Peña
Director Digital · Ondas Radio Digital

> Hola Javier, muchas gracias por la entrevista del viernes, me encantó conocer al equipo.
""",
    lang="es",
    reply=True,
    diff="hard",
    notes="informal offer in reply; quoted thank-you mentions interview",
)

add(
    "offer",
    "Northpoint Audio",
    "Oliver",
    "Marketing Manager, Southern Europe",
    "Oliver Grant <oliver.grant@northpointaudio.co.uk>",
    "Good news!",
    D(2026, 3, 24, 17, 40, 0),
    """Hi Lucía,

I'm pleased to let you know the panel would like to bring you on board as Marketing Manager, Southern Europe. Our recruiter, Amelia, will call you tomorrow to walk through the package, and the contract will follow.

Congratulations - well deserved.

Oliver Grant
Director EMEA Marketing
Northpoint Audio Ltd
""",
    diff="hard",
    notes="no word 'offer'; recruiter to follow up",
)

# ----------------------------------------------------------------------------- application received
add(
    "application_received",
    "Olivar Cosmetics",
    "",
    "Especialista en Marketing Digital",
    "Olivar Cosmetics <empleo@olivarcosmetics.es>",
    "Hemos recibido tu candidatura",
    D(2025, 1, 22, 23, 4, 1),
    """Hola Lucía,

Gracias por inscribirte en la oferta de Especialista en Marketing Digital. Hemos recibido tu candidatura correctamente y el equipo la revisará en los próximos días.

Si tu perfil encaja, nos pondremos en contacto contigo.

Olivar Cosmetics
""",
    lang="es",
    headers=GEN,
)

add(
    "application_received",
    "Fieldmoss Digital",
    "",
    "Growth Marketing Manager",
    "Fieldmoss Digital via Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Fieldmoss Digital",
    D(2025, 2, 12, 8, 31, 0),
    """Hi Lucía,

Thanks for applying for the Growth Marketing Manager role. Your application has been received and our team will review it shortly.

If your skills and experience are a match, we'll be in touch to discuss next steps, which usually include a short screening call with our talent team and an interview with the hiring manager.

Fieldmoss Digital Talent Team
""",
    fmt="alt",
    diff="hard",
    notes="describes future screening call and interview",
)

add(
    "application_received",
    "Brisa Media Group",
    "",
    "Social Media Lead",
    "Brisa Media Group <careers@smartrecruiters-mail.com>",
    "We've received your application",
    D(2025, 4, 29, 19, 0, 2),
    """Dear Lucía,

Thank you for applying for the Social Media Lead position at Brisa Media Group. We confirm that your application has been successfully submitted.

Unfortunately, due to the large number of applications, we cannot reply to every candidate individually. If you haven't heard from us within four weeks, please assume your application was not shortlisted.

Brisa Media Group
""",
    diff="hard",
    notes="'Unfortunately' and a conditional no in an acknowledgement",
    headers=GEN,
)

add(
    "application_received",
    "Nordhafen Commerce GmbH",
    "",
    "Online Marketing Manager (m/w/d)",
    "Nordhafen Commerce GmbH <jobs@nordhafen-commerce.personio.de>",
    "Eingangsbestätigung Ihrer Bewerbung",
    D(2025, 5, 21, 14, 12, 2),
    """Sehr geehrte Frau Ferrer Aranda,

vielen Dank für Ihre Bewerbung als Online Marketing Manager (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Nordhafen Commerce GmbH
""",
    lang="de",
    headers=GEN,
)

add(
    "application_received",
    "Zafiro Fintech",
    "",
    "Acquisition Marketing Lead",
    "Zafiro Fintech <no-reply@jobs.lever.co>",
    "Thanks for applying to Zafiro",
    D(2025, 9, 30, 12, 55, 2),
    """Hi Lucía,

Thanks for your interest in Zafiro! We've received your application for Acquisition Marketing Lead and we're excited to take a look.

Zafiro Fintech
""",
    diff="easy",
)

add(
    "application_received",
    "Girasol Hoteles",
    "Lorena",
    "Analista de Marketing Digital",
    '"Girasol Hoteles - Talento" <talento@teamtailor-mail.com>',
    "=?utf-8?q?Gracias_por_tu_candidatura_=E2=9C=A8?=",
    D(2025, 9, 18, 10, 2, 2),
    """¡Hola Lucía!

¡Qué ilusión que quieras unirte a Girasol Hoteles! Tu candidatura para Analista de Marketing Digital ya está con nosotros.

Nuestro equipo revisa todas las solicitudes a mano, así que dame un poquito de tiempo. Te escribiré pase lo que pase.

Un abrazo,
Lorena, del equipo de Talento
""",
    lang="es",
    fmt="alt",
    diff="hard",
    notes="templated but signed with a first name; reads personal",
)

add(
    "application_received",
    "Halyard Travel",
    "",
    "Lifecycle Marketing Manager (Remote, EMEA)",
    "Halyard Travel <halyardtravel@myworkday.com>",
    "Halyard Travel: Application Received",
    D(2025, 5, 12, 6, 1, -4),
    """Dear Lucía,

Thank you for your interest in Halyard Travel. We have received your application for Lifecycle Marketing Manager (Remote, EMEA) (JR-3381).

You can check the status of your application at any time by signing in to your candidate home account.

Halyard Travel Talent Acquisition
""",
    fmt="html",
    headers=GEN,
)

add(
    "application_received",
    "Marea Telecom",
    "",
    "SEO Specialist",
    "Marea Telecom <recruiting@marea-telecom.es>",
    "Confirmación de inscripción - SEO Specialist",
    D(2025, 11, 24, 9, 41, 1),
    """Estimada Lucía:

Le confirmamos que su inscripción en el proceso de selección para SEO Specialist se ha registrado correctamente con la referencia MT-25-0912.

Las personas preseleccionadas serán convocadas a una primera entrevista telefónica. Las candidaturas no seleccionadas serán informadas por correo electrónico al finalizar el proceso.

Atentamente,
Recursos Humanos
Marea Telecom S.A.
""",
    lang="es",
    diff="hard",
    notes="mentions entrevista and non-selected candidates as future steps",
    headers=GEN,
)

add(
    "application_received",
    "Quimera Games",
    "",
    "User Acquisition Manager",
    "Quimera Games <quimeragames@hire.workable.com>",
    "Application received: User Acquisition Manager",
    D(2026, 2, 2, 21, 33, 1),
    """Hi Lucía,

We've got your application for User Acquisition Manager - thank you! A member of the Quimera Games team will review it soon.

Quimera Games Hiring Team
Powered by Workable
""",
    headers=GEN,
)

add(
    "application_received",
    "Verbena Home",
    "",
    "E-commerce Marketing Manager",
    "Verbena Home <verbenahome@jobs.smartrecruiters.com>",
    "Verbena Home - solicitud recibida / application received",
    D(2025, 11, 3, 8, 0, 1),
    """Hola Lucía,

Hemos recibido tu solicitud para E-commerce Marketing Manager. Gracias por tu interés.

Hi Lucía, we've received your application for E-commerce Marketing Manager. Thanks for your interest.

Verbena Home
""",
    lang="es",
    headers=GEN,
    notes="bilingual acknowledgement",
)

add(
    "application_received",
    "Pimentón Delivery",
    "",
    "Growth Marketing Manager",
    "Pimentón Delivery <notificaciones@empleaya.es>",
    "Tu candidatura ha sido enviada a Pimentón Delivery",
    D(2026, 7, 20, 11, 11, 2),
    """Hola Lucía,

Tu candidatura a "Growth Marketing Manager" en Pimentón Delivery se ha enviado correctamente.

Estado: CV recibido por la empresa
Próximo paso: la empresa revisará tu CV

Te avisaremos cuando haya cambios en el estado.

EmpleaYa - tu portal de empleo
""",
    lang="es",
    fmt="alt",
    diff="hard",
    notes="job board 'application sent' notice; employer in body",
    headers=unsub("https://empleaya.example/baja"),
)

add(
    "application_received",
    "Sauce Mobility",
    "",
    "Brand & Community Manager",
    "Sauce Mobility <noreply@ashbyhq.com>",
    "Thanks for applying to Sauce Mobility",
    D(2026, 3, 9, 22, 14, 1),
    """Hi Lucía,

We've received your application for Brand & Community Manager and we'll be in touch if there's a match. In the meantime, check out our blog to learn how we're changing city mobility.

Sauce Mobility
""",
    headers=GEN,
)

add(
    "application_received",
    "Wandervogel Reisen GmbH",
    "",
    "Performance Marketing Manager (m/w/d)",
    "Wandervogel Reisen GmbH <bewerbung@wandervogel-reisen.de>",
    "Danke für deine Bewerbung!",
    D(2026, 4, 1, 10, 30, 2),
    """Hallo Lucía,

vielen Dank für deine Bewerbung als Performance Marketing Manager (m/w/d)! Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Du hörst spätestens in zwei Wochen von uns.

Viele Grüße
People & Culture
Wandervogel Reisen GmbH
""",
    lang="de",
    headers=GEN,
)

add(
    "application_received",
    "Tinta Roja Ediciones",
    "",
    "Audience Development Manager",
    "Tinta Roja Ediciones <rrhh@tintaroja.es>",
    "Recepción de CV",
    D(2026, 9, 14, 12, 0, 2),
    """Hola Lucía,

Te confirmamos que hemos recibido tu CV para el puesto de Audience Development Manager. Lamentablemente no podemos responder a todas las solicitudes de forma individual, pero todas se leen.

Un saludo,
Tinta Roja Ediciones
""",
    lang="es",
    diff="hard",
    notes="'lamentablemente' in acknowledgement",
)

add(
    "application_received",
    "Bravura Agency",
    "",
    "Digital Strategist",
    "Bravura Agency <careers@bravura.icims.com>",
    "Thank you for your application",
    D(2026, 8, 3, 15, 2, 0),
    """Dear Lucía Ferrer Aranda,

Thank you for applying to the Digital Strategist (Req #2026-118) position with Bravura Agency. Your application is under review.

Sincerely,
Bravura Agency Talent Acquisition
""",
    fmt="html",
    cte="quoted-printable",
    headers=GEN,
)

add(
    "application_received",
    "Grupo Mirador Retail",
    "",
    "Técnico/a de Marketing Online",
    "Grupo Mirador Retail <empleo@grupomirador.factorialhr.com>",
    "Candidatura recibida",
    D(2026, 11, 10, 9, 5, 1),
    """Hola Lucía,

Gracias por aplicar a Técnico/a de Marketing Online en Grupo Mirador Retail. Hemos recibido tu candidatura.

Grupo Mirador Retail S.A.
""",
    lang="es",
    headers=GEN,
)

# ----------------------------------------------------------------------------- auto replies
add(
    "auto_reply",
    "Olivar Cosmetics",
    "Elena",
    "Especialista en Marketing Digital",
    "Elena Navas <elena.navas@olivarcosmetics.es>",
    "Respuesta automática: Re: Entrevista - Especialista en Marketing Digital",
    D(2025, 2, 25, 9, 0, 1),
    """Hola,

Estoy fuera de la oficina por vacaciones y volveré el martes 4 de marzo. Durante mi ausencia, para asuntos urgentes de selección podéis escribir a seleccion@olivarcosmetics.es.

Gracias,
Elena Navas
Olivar Cosmetics
""",
    lang="es",
    ret="2025-03-04",
    headers=AUTO,
    diff="hard",
    notes="subject mentions entrevista",
)

add(
    "auto_reply",
    "Bluefinch Media",
    "Dana",
    "",
    "Dana Kowalczyk <dana.kowalczyk@bluefinchmedia.com>",
    "Automatic reply: thank you",
    D(2026, 3, 10, 14, 2, -4),
    """I'm out of the office and will be back on 3/16. For anything urgent please reach Chris Adebayo at chris.adebayo@bluefinchmedia.com.

Dana Kowalczyk | Bluefinch Media
""",
    ret="2026-03-16",
    headers={"Auto-Submitted": "auto-replied"},
    notes="US-style M/D date",
)

add(
    "auto_reply",
    "Nimbo Travel",
    "Gareth",
    "",
    "Gareth Lloyd <gareth@nimbotravel.com>",
    "Out of Office: Re: contract questions",
    D(2026, 3, 4, 8, 30, 0),
    """Thanks for your message. I'm on leave and returning Monday 9 March. I'll have limited access to email until then.

Gareth Lloyd, Nimbo Travel
""",
    ret="2026-03-09",
    headers=AUTO,
)

add(
    "auto_reply",
    "Nordhafen Commerce GmbH",
    "Jonas",
    "",
    "Jonas Albrecht <jonas.albrecht@nordhafen-commerce.de>",
    "Abwesenheitsnotiz: Rückfrage",
    D(2025, 8, 4, 11, 40, 2),
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15.08.2025 nicht im Büro und ab Montag, dem 18.08.2025, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jonas Albrecht
Nordhafen Commerce GmbH
""",
    lang="de",
    ret="2025-08-18",
    headers=AUTO,
)

add(
    "auto_reply",
    "Maison Ardoise",
    "Claire",
    "",
    "Claire Dumoulin <c.dumoulin@maison-ardoise.fr>",
    "=?utf-8?q?R=C3=A9ponse_automatique_:_Absence?=",
    D(2025, 12, 22, 10, 3, 1),
    """Bonjour,

Je suis absente jusqu'au 2 janvier inclus et serai de retour le lundi 5 janvier 2026. En cas d'urgence, merci de contacter rh@maison-ardoise.fr.

Cordialement,
Claire Dumoulin
Maison Ardoise
""",
    lang="fr",
    ret="2026-01-05",
    headers={"X-Autoreply": "yes"},
)

add(
    "auto_reply",
    "Brisa Media Group",
    "Oriol",
    "Content Marketing Manager",
    "Oriol Puig <oriol.puig@brisamedia.com>",
    "Re: Content Marketing Manager - update",
    D(2025, 10, 6, 12, 0, 2),
    """Hello,

I no longer work at Brisa Media Group. Please contact Laia Ferrer (laia.ferrer@brisamedia.com) for marketing matters or talent@brisamedia.com for recruitment.

This is an automated message.
""",
    diff="hard",
    notes="no longer at company; no auto-reply headers; subject looks like thread reply",
)

add(
    "auto_reply",
    "Marea Telecom",
    "",
    "",
    "Marea Telecom <recruiting@marea-telecom.es>",
    "Respuesta automática",
    D(2026, 1, 14, 8, 12, 1),
    """Este buzón no está atendido. Los mensajes recibidos en esta dirección no serán leídos.

Si desea información sobre un proceso de selección, acceda a su área de candidato en la web de empleo de Marea Telecom.
""",
    lang="es",
    headers=AUTO,
    notes="mailbox not monitored",
)

add(
    "auto_reply",
    "Pardela Labs",
    "Inês",
    "",
    "Inês Vasconcelos <ines@pardelalabs.pt>",
    "Away: parental leave",
    D(2026, 1, 20, 15, 0, 0),
    """Hi! I'm on parental leave until 2026-03-20 inclusive and will be back on Monday 23 March. In the meantime, Rui (rui@pardelalabs.pt) is covering hiring.

Inês
Pardela Labs
""",
    ret="2026-03-23",
    headers={"X-Autoreply": "yes"},
    notes="parental leave",
)

add(
    "auto_reply",
    "Kumquat Studio",
    "Pau",
    "",
    "Pau Serrano <pau@kumquat.studio>",
    "Re: portfolio actualizado",
    D(2025, 7, 16, 18, 0, 2),
    """¡Hola! Estoy de festival hasta el domingo y sin ordenador. Vuelvo el lunes y te contesto con calma.

Pau Serrano · Kumquat Studio (respuesta automática)
""",
    lang="es",
    ret="2025-07-21",
    diff="hard",
    notes="relative return ('el lunes'); no auto headers; reads like a reply",
)

add(
    "auto_reply",
    "Talento Norte Consultores",
    "Nuria",
    "",
    "Nuria Beltrán <nbeltran@talentonorte.es>",
    "Fuera de la oficina",
    D(2026, 8, 12, 9, 0, 2),
    """Hola,

Estoy fuera de la oficina del 10 al 21 de agosto. Me reincorporo el 24/08/2026. Para cualquier tema urgente, escribe a info@talentonorte.es.

Nuria Beltrán
Talento Norte Consultores
""",
    lang="es",
    ret="2026-08-24",
    headers=AUTO,
    diff="hard",
    notes="agency recruiter OOO; only the agency is named",
)

add(
    "auto_reply",
    "Halyard Travel",
    "Jenna",
    "",
    "Jenna Whitcombe <jenna.whitcombe@halyardtravel.com>",
    "Automatic reply: Re: interview follow-up",
    D(2025, 6, 24, 7, 30, -4),
    """Hi there, I'm at a conference this week with limited access to email. I'll respond as soon as I can. If your note is about interview scheduling, please contact recruiting@halyardtravel.com.

Jenna Whitcombe
Halyard Travel
""",
    headers=AUTO,
    diff="hard",
    notes="mentions interview scheduling; no return date",
)

add(
    "auto_reply",
    "Cardo Marketplace",
    "Patricia",
    "",
    "Patricia Lozano <patricia.lozano@cardomarket.es>",
    "[Vacaciones] Re: Dudas sobre la oferta",
    D(2025, 8, 11, 10, 0, 2),
    """Gracias por tu mensaje. Estoy de vacaciones y vuelvo el 1 de septiembre. Si es algo urgente, llama a la centralita al 910 000 000.

Patricia
Cardo Marketplace
""",
    lang="es",
    ret="2025-09-01",
    headers={"Auto-Submitted": "auto-replied"},
    diff="hard",
    notes="subject mentions 'oferta'",
)

add(
    "auto_reply",
    "Kranzberg Medien GmbH",
    "Sabine",
    "",
    "Sabine Lorenz <s.lorenz@kranzberg-medien.de>",
    "Automatische Antwort: Nachfrage Bewerbung",
    D(2025, 12, 23, 16, 44, 1),
    """Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin im Weihnachtsurlaub. Ab dem 7. Januar 2026 bin ich wieder erreichbar.

Beste Grüße
Sabine Lorenz
Kranzberg Medien GmbH
""",
    lang="de",
    ret="2026-01-07",
    headers=AUTO,
)

add(
    "auto_reply",
    "Lonja Fresh Market",
    "Irene",
    "",
    "Irene Castaño <irene.castano@lonjafresh.es>",
    "Irene Castaño ya no está en Lonja Fresh Market",
    D(2025, 11, 18, 11, 0, 1),
    """Hola,

Irene Castaño ya no forma parte de Lonja Fresh Market. Para temas de selección, escribe a seleccion@lonjafresh.es. Este mensaje se ha generado automáticamente.
""",
    lang="es",
    fmt="html",
    headers={"Auto-Submitted": "auto-replied"},
    notes="left company; HTML only",
)

# ----------------------------------------------------------------------------- other
add(
    "other",
    "",
    "",
    "",
    "ConectaPro Empleos <alertas@conectapro-mail.com>",
    "15 nuevos empleos de Growth Marketing en Madrid",
    D(2025, 1, 14, 7, 0, 1),
    """Lucía, estos empleos encajan con tu búsqueda "growth marketing":

Growth Marketing Manager - Tramuntana Cosmetics - Madrid (híbrido)
Performance Marketing Lead - Nube Azul Seguros - Madrid
CRM Specialist - Pizarra Retail - Barcelona
... y 12 más

Ver todos los empleos: https://conectapro.example/jobs/alerts/1842

Recibes este correo porque creaste una alerta de empleo. Darse de baja: https://conectapro.example/unsub
""",
    lang="es",
    fmt="alt",
    headers=unsub("https://conectapro.example/unsub"),
    notes="job alert digest",
)

add(
    "other",
    "",
    "",
    "",
    "TrabajaYa <alertas@trabajaya-mail.es>",
    "Tienes 8 ofertas nuevas que te pueden interesar",
    D(2025, 6, 9, 6, 30, 2),
    """Hola Lucía,

Nuevas ofertas para "marketing digital" en Valencia:

- Técnico/a SEM - Agencia Caliu (Valencia)
- Responsable Ecommerce - Naranjas del Turia (Valencia)
- Social Media Manager - Hotel Albufera Mar (Valencia)

Inscríbete en un clic. Empresas que han visto tu CV esta semana: 2.

TrabajaYa
""",
    lang="es",
    headers=unsub("https://trabajaya.example/baja"),
    notes="job board alert",
)

add(
    "other",
    "",
    "",
    "",
    "Carrera Digital <boletin@carreradigital.es>",
    "=?utf-8?q?C=C3=B3mo_gestionar_un_=22no=22_en_un_proceso_de_selecci=C3=B3n?=",
    D(2025, 3, 27, 8, 0, 1),
    """Boletín semanal de Carrera Digital

Cómo gestionar un "no" en un proceso de selección

"Lamentamos comunicarte que no has sido seleccionada." Todos hemos leído alguna vez un correo así. Hoy te contamos cómo pedir feedback tras una entrevista final, cómo responder con elegancia y por qué conviene mantener el contacto con la empresa que te ha descartado.

Además: 5 preguntas que te harán en tu próxima entrevista de marketing.

Darse de baja del boletín
""",
    lang="es",
    fmt="html",
    diff="hard",
    headers=unsub("https://carreradigital.example/baja"),
    notes="newsletter quotes rejection wording and mentions interviews",
)

add(
    "other",
    "",
    "",
    "",
    "Brand Talk Podcast <hello@brandtalkpod.com>",
    "New episode: our interview with Girasol Hoteles' CMO",
    D(2025, 10, 15, 17, 0, 1),
    """This week on Brand Talk: an in-depth interview with the CMO of Girasol Hoteles on loyalty programmes, direct bookings and why they cut their paid search budget in half.

Listen now on all podcast platforms.

You're receiving this because you subscribed at brandtalkpod.com. Unsubscribe anytime.
""",
    fmt="alt",
    diff="hard",
    headers=unsub("https://brandtalkpod.example/u"),
    notes="podcast 'interview' naming an employer she applied to",
)

add(
    "other",
    "",
    "",
    "",
    "Banco Ciprés <avisos@bancocipres.es>",
    "Operación con tarjeta rechazada",
    D(2025, 5, 3, 22, 41, 2),
    """Estimada cliente:

Le informamos de que la operación con su tarjeta terminada en 4417 por importe de 89,90 EUR en SOLARIA MODA ONLINE ha sido rechazada por saldo insuficiente.

Lamentamos las molestias. Si no reconoce esta operación, llame al 900 000 000.

Banco Ciprés
""",
    lang="es",
    diff="hard",
    headers=GEN,
    notes="card declined; 'rechazada' and 'lamentamos'",
)

add(
    "other",
    "",
    "",
    "",
    "Adsphere Ads <ads-noreply@adsphere.example>",
    "Your ad was not approved",
    D(2025, 8, 20, 3, 12, 0),
    """Hi Lucía,

Your ad "Back to school - 20% off" in campaign "SEP_Prospecting_ES" was not approved because it doesn't comply with our Advertising Policies (restricted content: misleading claims).

You can edit the ad and submit it again for review.

Adsphere Ads Team
""",
    diff="hard",
    headers=GEN,
    notes="ad platform rejection of an ad",
)

add(
    "other",
    "",
    "Mateo",
    "",
    "Mateo Grau <mgrau@growthsummitmad.com>",
    "Growth Summit Madrid 2026 - tu propuesta de ponencia",
    D(2026, 2, 26, 12, 0, 1),
    """Hola Lucía,

Gracias por enviar tu propuesta "Atribución sin cookies: lo que aprendimos en 18 meses" al call for papers de Growth Summit Madrid 2026.

Este año hemos recibido más de 300 propuestas y, lamentablemente, la tuya no ha sido seleccionada para el programa. Te invitamos a asistir con un 30% de descuento.

Un saludo,
Mateo Grau
Comité de Programa
""",
    lang="es",
    diff="hard",
    notes="conference talk not selected",
)

add(
    "other",
    "",
    "",
    "",
    "Solaria Moda <newsletter@solariamoda.com>",
    "=?utf-8?q?Oferta_exclusiva:_20%_de_descuento_solo_hoy?=",
    D(2025, 11, 28, 9, 0, 1),
    """Black Friday en Solaria Moda

Oferta exclusiva para ti, Lucía: 20% de descuento en toda la colección con el código BF20. Solo hoy.

Envío gratuito a partir de 40 EUR. Darse de baja.
""",
    lang="es",
    fmt="html",
    cte="base64",
    headers=unsub("https://solariamoda.example/baja"),
    diff="hard",
    notes="marketing 'oferta'",
)

add(
    "other",
    "",
    "Raquel",
    "",
    "Raquel Montes <raquel@inmolavapies.es>",
    "Solicitud de alquiler - Calle Ave María",
    D(2026, 1, 8, 13, 30, 1),
    """Hola Lucía,

Te escribo sobre tu solicitud para el piso de la calle Ave María. La propietaria ha revisado la documentación y, lamentablemente, ha decidido seguir adelante con otra candidatura que aportaba un contrato indefinido de más antigüedad.

Si te interesa, tenemos otro piso similar en Embajadores. ¿Quieres visitarlo?

Un saludo,
Raquel Montes
Inmobiliaria Lavapiés
""",
    lang="es",
    diff="hard",
    notes="apartment application turned down; reads like a rejection",
)

add(
    "other",
    "",
    "",
    "",
    "Finanzia Créditos <noreply@finanzia.es>",
    "Resolución de tu solicitud de préstamo",
    D(2026, 5, 19, 10, 0, 2),
    """Hola Lucía,

Tras analizar tu solicitud de préstamo personal, no hemos podido aprobarla en este momento según nuestros criterios de riesgo. Podrás volver a solicitarlo dentro de 90 días.

Finanzia Créditos
""",
    lang="es",
    fmt="alt",
    headers=GEN,
    diff="hard",
    notes="loan application declined",
)

add(
    "other",
    "",
    "Callum",
    "Marketing Manager (12-month contract)",
    "Callum Reid <callum@brightpathrecruit.co.uk>",
    "Exciting Marketing Manager opportunity - leading consumer brand",
    D(2025, 9, 3, 9, 2, 1),
    """Hi Lucía,

Hope you're well! I'm currently partnering with a leading consumer brand on a Marketing Manager (12-month contract) role, fully remote from Spain. I came across your profile and think you could be a great fit.

Do you have 10 minutes this week for a quick call? If it's not for you, I'd be grateful for any referrals.

Best,
Callum Reid
Senior Consultant | BrightPath Recruitment
""",
    diff="hard",
    headers=BULK,
    notes="recruiter mass mailing; 'quick call'",
)

add(
    "other",
    "",
    "",
    "",
    "ConectaPro <notificaciones@conectapro-mail.com>",
    "Marta Quiroga ha visto tu perfil",
    D(2025, 4, 10, 11, 2, 2),
    """Marta Quiroga, Head of Acquisition en Trébol Viajes Online, ha visto tu perfil.

Descubre quién más ha visto tu perfil con ConectaPro Premium. Prueba gratis 1 mes.
""",
    lang="es",
    fmt="alt",
    headers=unsub("https://conectapro.example/unsub"),
    diff="hard",
    notes="social notification naming employer and recruiter",
)

add(
    "other",
    "",
    "Sofía",
    "",
    "Sofía Benet <sofibenet@gmail.example>",
    "me han cogido!!!",
    D(2026, 6, 3, 22, 48, 2),
    """Lucíaaa

Me acaban de llamar de la agencia: ¡me han ofrecido el puesto! Después de cuatro entrevistas y el caso práctico que me tuvo sin dormir. Empiezo en julio.

¿Celebramos el viernes? Y tú, ¿cómo va lo de Cigala? Mucho ánimo, seguro que sale.

Besos,
Sofi
""",
    lang="es",
    diff="hard",
    notes="friend's own offer and interviews",
)

add(
    "other",
    "",
    "Dani",
    "",
    "Dani Ortega <dani.ortega@fastmail.example>",
    "Fwd: vacante Growth en Tramuntana",
    D(2025, 10, 22, 12, 5, 2),
    """Luci, mira esto, lo ha publicado una amiga de mi equipo. Creo que te pega muchísimo. Si quieres te pongo en contacto con ella.

---------- Forwarded message ---------
From: Empleo Tramuntana <empleo@tramuntana.example>
Subject: Buscamos Growth Marketing Manager

En Tramuntana Cosmetics buscamos Growth Marketing Manager para liderar adquisición en Europa. Proceso: entrevista con People, caso práctico y entrevista final con la CEO.
""",
    lang="es",
    diff="hard",
    notes="friend forwards a posting describing interview process",
)

add(
    "other",
    "",
    "",
    "",
    "Cap Carrière <newsletter@capcarriere.fr>",
    "Entretien d'embauche : les 7 erreurs à éviter",
    D(2026, 4, 2, 7, 30, 2),
    """Cette semaine dans Cap Carrière :

Entretien d'embauche : les 7 erreurs à éviter
Refus après un entretien final : comment rebondir ?
Offres : 320 nouveaux postes en marketing à Paris et en télétravail.

Se désabonner
""",
    lang="fr",
    fmt="html",
    headers=unsub("https://capcarriere.example/unsub"),
    diff="hard",
    notes="French careers newsletter with entretien/refus/offres",
)

add(
    "other",
    "",
    "",
    "",
    "Escuela Meseta Business School <admisiones@meseta-bs.es>",
    "Admisión Máster en Marketing Digital - Plaza ofertada",
    D(2025, 6, 25, 13, 0, 2),
    """Estimada Lucía:

Nos complace comunicarte que el Comité de Admisiones ha resuelto ofrecerte una plaza en el Máster Executive en Marketing Digital y Analítica, edición de octubre 2025.

Para confirmar tu plaza, abona la reserva antes del 15 de julio.

Oficina de Admisiones
""",
    lang="es",
    diff="hard",
    notes="school admission offer",
)

add(
    "other",
    "",
    "",
    "",
    "Colmena Coworking <facturas@colmenacowork.es>",
    "Factura COL-2026-0412",
    D(2026, 4, 1, 6, 0, 2),
    """Hola Lucía,

Adjuntamos la factura de abril de tu puesto flexible en Colmena Coworking (Chamberí): 149,00 EUR IVA incluido.

Gracias por trabajar con nosotros.
""",
    lang="es",
    pdf="COL-2026-0412.pdf",
    headers=GEN,
    notes="invoice with PDF",
)

add(
    "other",
    "",
    "",
    "",
    "Sala Trueno <entradas@salatrueno.es>",
    "Lamentamos informarte: concierto cancelado",
    D(2025, 2, 6, 19, 30, 1),
    """Hola Lucía,

Lamentamos informarte de que el concierto de Los Vencejos del 14 de febrero ha sido cancelado por enfermedad del cantante. Recibirás el reembolso de tus 2 entradas en un plazo de 10 días.

Sala Trueno
""",
    lang="es",
    diff="hard",
    headers=GEN,
    notes="cancelled concert",
)

add(
    "other",
    "",
    "",
    "",
    "Padel Norte <reservas@padelnorte.es>",
    "Reserva confirmada: martes 18:30, pista 3",
    D(2026, 5, 11, 14, 0, 2),
    """Tu reserva está confirmada.

Martes 12 de mayo, 18:30-20:00, pista 3. Recuerda cancelar con 24 horas de antelación.
""",
    lang="es",
    notes="booking confirmation with a time",
)

add(
    "other",
    "",
    "",
    "",
    "Fahrtenwerk <service@fahrtenwerk.de>",
    "Ihre Buchungsbestätigung: Madrid - Berlin",
    D(2025, 6, 5, 20, 0, 2),
    """Hallo Lucía Ferrer Aranda,

vielen Dank für Ihre Buchung. Abfahrt: 10.06.2025, 07:15 Uhr. Ihre Buchungsnummer lautet FW-88213.

Ihr Fahrtenwerk-Team
""",
    lang="de",
    headers=GEN,
    notes="travel booking before an interview trip",
)

add(
    "other",
    "",
    "",
    "",
    "Growth Madrid Meetup <noreply@meetup-mail.example>",
    "You're on the waitlist for Growth Madrid #42",
    D(2026, 9, 29, 18, 0, 2),
    """Hi Lucía,

Growth Madrid #42: "Retention is the new acquisition" is full. Unfortunately we couldn't give you a spot this time, but you're #12 on the waitlist. We'll let you know if one opens up.
""",
    fmt="alt",
    diff="hard",
    headers=unsub("https://meetup.example/unsub"),
    notes="meetup waitlist; 'unfortunately'",
)

add(
    "other",
    "",
    "",
    "",
    "Hunter & Salas <estudios@hunterysalas.com>",
    "Informe Salarial Marketing Digital 2026",
    D(2026, 1, 21, 9, 0, 1),
    """Ya está disponible nuestro Informe Salarial de Marketing Digital 2026: bandas salariales por puesto en Madrid, Barcelona y Valencia, y tendencias de contratación para este año.

Descárgalo gratis aquí.

Hunter & Salas Executive Search
""",
    lang="es",
    fmt="html",
    headers=unsub("https://hunterysalas.example/baja"),
    notes="consultancy salary report mailing",
)

add(
    "other",
    "",
    "",
    "",
    "OpinaEmpresa <reviews@opinaempresa.example>",
    "How was your interview at Verbena Home?",
    D(2026, 2, 3, 10, 0, 1),
    """Hi Lucía,

You recently interviewed at Verbena Home. Help other job seekers by sharing your interview experience anonymously. It takes 2 minutes.

Rate your interview

OpinaEmpresa
""",
    fmt="alt",
    diff="hard",
    headers=unsub("https://opinaempresa.example/u"),
    notes="review site survey about an interview",
)

add(
    "other",
    "",
    "",
    "",
    "Clínica Dental Sonrisa <citas@clinicasonrisa.es>",
    "Confirmación de cita",
    D(2026, 10, 5, 9, 0, 2),
    """Hola Lucía,

Te recordamos tu cita con la Dra. Martín el jueves 8 de octubre a las 10:00. Si no puedes asistir, avísanos con antelación.

Clínica Dental Sonrisa
""",
    lang="es",
    diff="hard",
    notes="appointment with a definite time; not an interview",
)

add(
    "other",
    "",
    "Roberto",
    "",
    "Roberto Gil <roberto.gil@mailbox.example>",
    "Re: referencia",
    D(2026, 5, 20, 21, 15, 2),
    """Hola Lucía,

Claro que sí, encantado de ser tu referencia. Diles que me llamen cuando quieran. Y mucha suerte el viernes en la entrevista final, lo vas a bordar.

Un abrazo,
Roberto

> ¿Te importaría que te diera como referencia para Cigala Foods? Tengo la entrevista final esta semana.
""",
    lang="es",
    reply=True,
    diff="hard",
    notes="ex-boss agrees to be a reference; mentions her interview",
)

add(
    "other",
    "",
    "",
    "",
    "Workable Candidate Hub <no-reply@hire.workable.com>",
    "Verify your email address",
    D(2026, 2, 2, 21, 30, 1),
    """Hi Lucía,

Please confirm your email address to finish creating your candidate profile. This link expires in 24 hours.

Verify email
""",
    headers=GEN,
    diff="hard",
    notes="ATS account verification, not an application acknowledgement",
)


def main() -> None:
    import email
    import email.policy
    import random

    order = list(range(len(MSGS)))
    random.Random(47).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    pol = email.policy.default.clone(linesep="\r\n")
    rows = []
    for newi, oldi in enumerate(order, start=1):
        name = f"{newi:03d}.eml"
        data = MSGS[oldi].as_bytes(policy=pol)
        (OUT / name).write_bytes(data)
        email.message_from_bytes(data, policy=email.policy.default)  # must parse
        row = dict(ROWS[oldi])
        row["file"] = name
        rows.append(row)
    cols = [
        "file",
        "label",
        "company",
        "contact_first_name",
        "role",
        "return_date",
        "lang",
        "difficulty",
        "notes",
        "interview_at",
    ]
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
