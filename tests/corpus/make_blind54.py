"""Generate the blind54 evaluation corpus (job seeker: Tomás Quiroga, SDR/AE in Buenos Aires).

Stdlib only. Writes tests/corpus/blind54/NNN.eml and tests/corpus/blind54/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import textwrap
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind54"
ME_NAME = "Tomás Quiroga"
ME_ADDR = "tomas.quiroga.ventas@gmail.com"
TZ = timezone(timedelta(hours=-3))
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
ITEMS: list[tuple[dict[str, str], EmailMessage]] = []
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _d(s: str | None) -> str | None:
    if s is None:
        return None
    return textwrap.dedent(s).strip("\n") + "\n"


def _id(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def _ics(start: str, end: str, summary: str, organizer: str, uid: str, location: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{start}", f"DTSTART:{start}", f"DTEND:{end}",
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}",
        f"LOCATION:{location}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def M(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, *,
      frm: str, subj: str, date: str, text: str | None = None, html: str | None = None,
      cte: str | None = None, headers: tuple[tuple[str, str], ...] = (), reply: bool = False,
      pdf: str | None = None, ics: tuple[str, ...] | None = None, ret: str = "", iat: str = "",
      to: str | None = None) -> None:
    n = len(ITEMS) + 1
    msg = EmailMessage()
    msg["Delivered-To"] = ME_ADDR
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    msg["From"] = frm
    msg["To"] = to or f"{ME_NAME} <{ME_ADDR}>"
    msg["Subject"] = subj
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _id(f"blind54-{n}-{subj}", domain)
    if reply:
        ref = _id(f"blind54-orig-{n}", "mail.gmail.com")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in headers:
        msg[k] = v
    text, html = _d(text), _d(html)
    kw = {"cte": cte} if cte else {}
    if text is not None:
        msg.set_content(text, **kw)
        if html is not None:
            msg.add_alternative(html, subtype="html", **kw)
    elif html is not None:
        msg.set_content(html, subtype="html", **kw)
    if ics is not None:
        cal = _ics(*ics)
        if msg.get_content_type() == "multipart/alternative":
            msg.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(cal, subtype="calendar", filename="invite.ics",
                               params={"method": "REQUEST"})
    if pdf:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    row = {
        "file": "", "label": label, "company": company, "contact_first_name": contact,
        "role": role, "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
        "interview_at": iat,
    }
    ITEMS.append((row, msg))


ATS_NOREPLY = (("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"))
OOO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))

# ---------------------------------------------------------------- rejections
M("rejection", "Nubeteca", "", "Sales Development Representative", "es", "easy", "Greenhouse template; 'no vamos a avanzar'",
  frm="Nubeteca Talento <no-reply@us.greenhouse-mail.io>", subj="Tu postulación a Nubeteca",
  date="2025-02-11 16:40", headers=ATS_NOREPLY, text="""
    Hola Tomás,

    Gracias por el interés en sumarte a Nubeteca como Sales Development Representative.

    Revisamos tu perfil con atención y, en esta oportunidad, decidimos no avanzar con tu candidatura.
    Recibimos muchísimas postulaciones y la decisión no fue fácil.

    Te deseamos lo mejor en tu búsqueda.

    Equipo de Talento
    Nubeteca S.A.S.
    """)

M("rejection", "Brightloop Software", "", "Account Executive, SMB", "en", "easy", "Lever template",
  frm="Brightloop Software <no-reply@hire.lever.co>", subj="Your application to Brightloop Software",
  date="2025-03-06 13:05", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hi Tomás,

    Thank you for applying for the Account Executive, SMB position at Brightloop Software.
    After careful review, we won't be progressing your application at this stage.

    We appreciate the time you took and encourage you to keep an eye on our careers page.

    Kind regards,
    The Brightloop Software Recruiting Team
    Brightloop Software, Inc. | 220 Folsom St, San Francisco, CA
    """)

M("rejection", "Pagaflex", "Lucía", "Business Development Representative", "es", "hard", "warm note after final round; no 'lamentablemente'; keeps in touch",
  frm="Lucía Benavídez <lucia.benavidez@pagaflex.com.ar>", subj="Re: Entrevista final - BDR",
  date="2025-04-22 18:12", reply=True, text="""
    Tomás, ¿cómo estás?

    Te escribo para contarte cómo siguió el proceso. Charlamos mucho con Martín después de la final y
    la verdad es que nos gustó muchísimo tu energía, pero para Business Development Representative terminamos eligiendo a una persona que ya
    venía vendiendo a bancos medianos y eso pesó bastante para este puesto.

    Sé que no es la noticia que esperabas. Si te parece, sigamos en contacto: en el segundo semestre
    abrimos posiciones para el equipo de comercios y me encantaría volver a contactarte.

    Un abrazo,
    Lucía
    Talent Partner | Pagaflex

    El mar, 15 abr 2025 a las 10:02, Tomás Quiroga escribió:
    > Hola Lucía, confirmo la entrevista final del jueves a las 11. ¡Gracias!
    """)

M("rejection", "Hollis & Grant Analytics", "Derek", "Inside Sales Rep", "en", "hard", "'went a different direction'; mentions interview loop",
  frm="Derek Amsel <derek.amsel@hollisgrant.com>", subj="Inside Sales Rep - update",
  date="2025-05-14 11:37", text="""
    Hi Tomas,

    Thanks again for making time for the interview loop last week, the team enjoyed the mock discovery call.

    I wanted to let you know personally that the team went a different direction for this hire. It was
    a close call and your prep showed.

    If you're open to it, I'd be glad to connect you with a couple of folks in my network who are hiring
    bilingual reps.

    Best,
    Derek Amsel
    Sales Manager, Mid-Market | Hollis & Grant Analytics
    """)

M("rejection", "Mercantia Cloud", "", "Ejecutivo/a de Cuentas", "es", "easy", "Workday; HTML only",
  frm="Mercantia Cloud <mercantia@myworkday.com>", subj="Actualización sobre tu postulación – Ejecutivo/a de Cuentas",
  date="2025-06-03 09:20", headers=ATS_NOREPLY, html="""
    <html><body style="font-family:Arial">
    <p>Estimado/a Tomás Quiroga:</p>
    <p>Le agradecemos por postularse a la posición <b>Ejecutivo/a de Cuentas</b> (Req. R-20418) en Mercantia Cloud.</p>
    <p>Lamentamos informarle que la posición ya fue cubierta. Conservaremos sus datos en nuestra base para futuras búsquedas.</p>
    <p>Saludos cordiales,<br>Adquisición de Talento<br>Mercantia Cloud S.A.</p>
    <p style="font-size:10px;color:#888">Este correo fue enviado desde una casilla no monitoreada.</p>
    </body></html>
    """)

M("rejection", "Coldwater Data Systems", "", "Sales Development Representative (LATAM)", "en", "easy", "Ashby template",
  frm="Coldwater Data Systems <no-reply@ashbyhq.com>", subj="Coldwater Data Systems | Sales Development Representative (LATAM)",
  date="2025-07-09 15:02", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hi Tomás,

    Thanks for your interest in the Sales Development Representative (LATAM) role. We've reviewed your
    application and decided to pursue other applicants whose experience more closely matches what the
    team needs right now.

    We wish you the best of luck in your search.

    Coldwater Data Systems Talent Team
    """)

M("rejection", "Andes Pagos", "Francisca", "Key Account Manager", "es", "hard", "Chilean sender; 'no fue esta vez'; invites to reapply",
  frm="Francisca Rojas <frojas@andespagos.cl>", subj="Proceso KAM Andes Pagos",
  date="2025-08-19 17:45", text="""
    Hola Tomás:

    Muchas gracias por tu tiempo en las dos conversaciones que tuvimos. Quería contarte que para el cargo
    de Key Account Manager esta vez no fue: el comité se inclinó por un perfil con cartera propia en
    retail chileno.

    Me quedo con tu CV y te voy a considerar para el próximo cargo comercial que se abra en Buenos Aires.

    Saludos,
    Francisca Rojas
    Reclutamiento | Andes Pagos S.A.
    """)

M("rejection", "Quorra Labs", "Nate", "Account Executive", "en", "hard", "very short; 'didn't work out'; no signature title",
  frm="Nate Corwin <nate@quorralabs.io>", subj="quick update",
  date="2025-09-02 20:14", text="""
    Tomas - unfortunately this one didn't work out on our side. Appreciate you jumping through all the
    hoops for the Account Executive role at Quorra Labs.
    Good luck out there.

    - Nate
    """)

M("rejection", "Tallerdata", "", "SDR Jr.", "es", "easy", "Teamtailor; 'no seguiremos adelante'",
  frm="Tallerdata <notificaciones@mail.teamtailor.com>", subj="Tallerdata – Tu proceso para SDR Jr.",
  date="2025-09-24 12:30", headers=ATS_NOREPLY, text="""
    ¡Hola Tomás!

    Gracias por postularte para SDR Jr. en Tallerdata. Después de revisar todas las candidaturas,
    no seguiremos adelante con la tuya en este proceso.

    ¡Éxitos en lo que viene!
    Equipo de People - Tallerdata S.R.L.
    """)

M("rejection", "Fernhill Payroll", "Aisha", "Account Executive - Mid Market", "en", "hard", "offer extended to someone else; warm tone",
  frm="Aisha Lindqvist <aisha.lindqvist@fernhillpayroll.com>", subj="Re: Thank you - Mid Market AE",
  date="2025-10-08 14:55", reply=True, text="""
    Hi Tomás,

    Thank you so much for the thoughtful note after the Account Executive - Mid Market panel. I wish I had better news: we extended an
    offer to another candidate yesterday and they accepted.

    You were genuinely one of the strongest discovery calls we saw, and I'd love to keep in touch for
    future openings on the Mid Market team.

    Warmly,
    Aisha

    Aisha Lindqvist
    Senior Recruiter, Fernhill Payroll

    On Mon, Oct 6, 2025 at 9:10 AM Tomás Quiroga <tomas.quiroga.ventas@gmail.com> wrote:
    > Hi Aisha, thanks for organizing Friday's panel interview. Looking forward to next steps!
    """)

M("rejection", "Veloz Logística", "", "Ejecutivo Comercial Corporativo", "es", "hard", "SmartRecruiters; Auto-Submitted header; mentions entrevista técnica",
  frm="Veloz Logística <noreply@smartrecruiters.com>", subj="Ejecutivo Comercial Corporativo - Veloz Logística",
  date="2025-11-13 10:15", headers=ATS_NOREPLY, text="""
    Estimado Tomás,

    Agradecemos tu participación en el proceso de selección, incluida la entrevista técnica con el
    equipo comercial.

    Luego de evaluar los perfiles finalistas, te informamos que no has sido seleccionado para la posición
    de Ejecutivo Comercial Corporativo. Tus datos quedarán registrados para futuras oportunidades.

    Cordialmente,
    Gerencia de Recursos Humanos
    Veloz Logística S.A.
    """)

M("rejection", "Lumbra CRM", "Priya", "Senior SDR", "en", "hard", "internal promotion; no rejection keywords",
  frm="Priya Raman <priya@lumbracrm.com>", subj="Senior SDR",
  date="2025-12-04 19:03", text="""
    Hi Tomás,

    Wanted to close the loop: we ended up promoting one of our own SDRs into the senior seat, so we're
    wrapping up the external search. Thanks for your patience over the last few weeks, and for the great
    conversation with Jordan.

    Priya Raman
    Head of Sales Development
    Lumbra CRM
    """)

M("rejection", "Ribera Fintech", "Sofía", "Representante de Desarrollo de Ventas", "es", "hard", "Uruguayan sender; 'no es el match adecuado en este momento'",
  frm="Sofía Pereyra <spereyra@riberafintech.com.uy>", subj="Proceso SDR - Ribera",
  date="2026-01-20 11:48", text="""
    Hola Tomás, ¿qué tal?

    Te cuento: después de la entrevista con el equipo de Montevideo sentimos que hoy no es el match
    adecuado para la posición de Representante de Desarrollo de Ventas, sobre todo por la experiencia en
    ventas a contadores que necesitamos desde el primer día.

    Te agradezco un montón el tiempo y la buena onda. Si ves otra posición nuestra que te cierre, escribime.

    Saludos,
    Sofía Pereyra
    People & Culture | Ribera Fintech S.A.S.
    """)

M("rejection", "Kestrelpoint", "", "Account Executive (Remote, LATAM)", "en", "easy", "Greenhouse; multipart",
  frm="Kestrelpoint Recruiting <no-reply@us.greenhouse-mail.io>", subj="Update on your Kestrelpoint application",
  date="2026-02-10 15:21", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hi Tomás,

    Thank you for your interest in the Account Executive (Remote, LATAM) role at Kestrelpoint.

    Unfortunately, we have decided not to move forward with your candidacy. We truly appreciate the time
    you invested in our process.

    Best,
    Kestrelpoint Recruiting
    """, html="""
    <p>Hi Tomás,</p><p>Thank you for your interest in the <b>Account Executive (Remote, LATAM)</b> role at Kestrelpoint.</p>
    <p>Unfortunately, we have decided not to move forward with your candidacy. We truly appreciate the time you invested in our process.</p>
    <p>Best,<br>Kestrelpoint Recruiting</p>
    """)

M("rejection", "Conecta Salud", "Martina", "Ejecutiva/o de Ventas B2B", "es", "hard", "agency recruiter relays client decision; forward",
  frm="Martina Ocampo <martina@talentosur.com.ar>", subj="RV: Feedback Conecta Salud - Ventas B2B",
  date="2026-02-27 16:34", text="""
    Hola Tomás,

    Te reenvío lo que me respondió el cliente. Una pena, estabas muy bien rankeado. Sigo moviendo tu
    perfil con otras búsquedas que tengo abiertas, te aviso.

    Martina Ocampo
    Consultora Sr. | Talento Sur Consultores

    -----Mensaje original-----
    De: Gabriel Funes <gfunes@conectasalud.com.ar>
    Enviado el: jueves, 26 de febrero de 2026 18:02
    Para: Martina Ocampo
    Asunto: Feedback Conecta Salud - Ventas B2B

    Martina, gracias por los candidatos para Ejecutiva/o de Ventas B2B. Con Tomás Quiroga no vamos a seguir: buscamos alguien con
    experiencia en prestadores de salud y su recorrido es más de software. Avanzamos con la otra terna.

    Gabriel Funes
    Gerente Comercial - Conecta Salud S.A.
    """)

M("rejection", "Oakmere Insurance Co.", "", "Inside Sales Agent, Spanish Bilingual", "en", "easy", "iCIMS; 'not selected'",
  frm="Oakmere Insurance Co. <careers@oakmere.icims.com>", subj="Regarding your application - Inside Sales Agent, Spanish Bilingual",
  date="2026-03-11 08:06", headers=ATS_NOREPLY, text="""
    Dear Tomás Quiroga,

    Thank you for your interest in the Inside Sales Agent, Spanish Bilingual position. We have reviewed
    your qualifications and regret to inform you that you were not selected to move forward.

    Sincerely,
    Talent Acquisition
    Oakmere Insurance Co.
    """)

M("rejection", "Vidriera Digital", "Julieta", "Account Executive Pymes", "es", "hard", "'nos inclinamos por otro perfil'; mentions next round in passing",
  frm="Julieta Sosa <julieta.sosa@vidrieradigital.com>", subj="Re: Account Executive Pymes",
  date="2026-03-30 13:10", reply=True, text="""
    Hola Tomás!

    Gracias por mandar el caso práctico tan rápido. Lo revisamos con Nico y, aunque la presentación estuvo
    muy prolija, para la próxima ronda nos inclinamos por otro perfil con más experiencia en cuentas pyme.

    Te deseo muchos éxitos, de verdad.

    Juli
    Julieta Sosa | Talent Acquisition | Vidriera Digital
    """)

M("rejection", "Halvorsen Maritime Software GmbH", "", "Business Development Representative – LATAM", "en", "hard", "GmbH kept; Personio; 'decided against' phrasing",
  frm="Halvorsen Maritime Software <jobs@halvorsen-maritime.jobs.personio.de>", subj="Your application: Business Development Representative – LATAM",
  date="2026-04-16 05:30", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Dear Tomás,

    many thanks for your application as Business Development Representative – LATAM for our Buenos Aires
    office. After careful consideration we have decided against continuing with your application.

    We keep your documents for six months unless you object.

    Kind regards
    Recruiting Team
    Halvorsen Maritime Software GmbH
    """)

M("rejection", "Yerbal Capital", "Ignacio", "Ejecutivo de Cuentas Sr.", "es", "hard", "after final round; 'la cerramos con otra persona'",
  frm="Ignacio Ledesma <ignacio@yerbal.capital>", subj="Gracias Tomás",
  date="2026-05-06 21:05", text="""
    Tomás,

    Gracias por venir el martes a la oficina. Te quería avisar antes de que te enteres por mail automático:
    la búsqueda de Ejecutivo de Cuentas Sr. la cerramos con otra persona que tiene cartera en agro. No tiene que ver con tu
    performance en la final, que estuvo muy bien.

    Cualquier cosa que necesites, contá conmigo para referencias.

    Nacho
    --
    Ignacio Ledesma
    Head of Sales | Yerbal Capital
    """)

M("rejection", "Mapline Software", "", "Account Development Rep", "en", "hard", "Jobvite; Auto-Submitted header looks like auto-reply",
  frm="Mapline Software <donotreply@jobvite.com>", subj="Automatic notification: Account Development Rep",
  date="2026-05-27 10:00", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), text="""
    Hello Tomás,

    This is an automatic notification regarding your application for Account Development Rep.

    The position has been filled. We appreciate your interest in Mapline Software and encourage you to
    apply for other roles that match your background.

    Mapline Software Ltd. Talent Acquisition
    """)

M("rejection", "Cobalto Analytics", "Valentina", "SDR Bilingüe (inglés)", "es", "hard", "'no vamos a poder avanzar' inside a long friendly mail; future referral",
  frm="Valentina Ríos <vrios@cobaltoanalytics.com>", subj="Tu proceso en Cobalto",
  date="2026-06-18 15:27", text="""
    Hola Tomás, ¿cómo va?

    Primero, gracias por la paciencia con los tiempos de este proceso, sé que se estiró bastante por las
    vacaciones de invierno del equipo.

    Te escribo para contarte que con la posición de SDR Bilingüe (inglés) no vamos a poder avanzar. El
    equipo de ventas priorizó a alguien con experiencia previa vendiendo a Estados Unidos en horario
    americano.

    Dicho esto, tengo un par de amigos en startups que buscan perfiles como el tuyo. Si querés, contame y
    te paso los contactos.

    Abrazo,
    Vale
    Valentina Ríos · Talent Acquisition · Cobalto Analytics
    """)

M("rejection", "Redwing Telematics", "", "Enterprise Account Executive", "en", "easy", "Taleo; position filled; base64",
  frm="Redwing Telematics <redwing@taleo.net>", subj="Redwing Telematics - Application Status",
  date="2026-07-14 12:12", cte="base64", headers=ATS_NOREPLY, text="""
    Dear Tomas Quiroga,

    Thank you for applying for the Enterprise Account Executive position (Job ID 26-0412).

    We have filled this position with a candidate whose qualifications best meet our current needs.
    Your profile will remain in our system.

    Redwing Telematics Human Resources
    This mailbox is not monitored.
    """)

M("rejection", "Sendero Logistics", "Carla", "Ejecutiva/o Comercial", "es", "hard", "reply thread; quoted invite mentions entrevista",
  frm="Carla Méndez <cmendez@senderologistics.com>", subj="RE: Entrevista - Ejecutiva/o Comercial",
  date="2026-08-05 17:55", reply=True, text="""
    Hola Tomás,

    Perdón la demora en responder. Finalmente la posición de Ejecutiva/o Comercial quedó cubierta con un
    candidato interno, así que no vamos a continuar con tu proceso.

    Gracias por el interés y por el tiempo invertido.

    Saludos,
    Carla Méndez
    Analista de RRHH - Sendero Logistics

    ________________________________
    De: Carla Méndez
    Enviado: lunes, 20 de julio de 2026 10:12
    Para: Tomás Quiroga
    Asunto: Entrevista - Ejecutiva/o Comercial

    Hola Tomás, te propongo hacer la entrevista con el gerente comercial el jueves 23 a las 15 hs en
    nuestras oficinas de Barracas. ¿Te queda bien?
    """)

M("rejection", "Harwick Benefits", "", "Sales Development Representative", "en", "hard", "'not the right match at this time'; Workable; HTML only",
  frm="Harwick Benefits <noreply@candidates.workablemail.com>", subj="Harwick Benefits: Sales Development Representative",
  date="2026-09-09 14:44", headers=(("Auto-Submitted", "auto-generated"),), html="""
    <div style="font-family:Helvetica">
    <p>Hi Tomás,</p>
    <p>We appreciate you taking the time to interview with us for the Sales Development Representative role.</p>
    <p>After a lot of discussion, we feel it's not the right match at this time, and we'll be closing your application.</p>
    <p>We'd love for you to stay connected &mdash; follow us on LinkedIn for future openings.</p>
    <p>Cheers,<br>The Harwick Benefits Team</p>
    </div>
    """)

M("rejection", "Ámbar Seguros", "", "Asesor/a Comercial Digital", "es", "easy", "classic formal rejection; RFC 2047 subject",
  frm="Ámbar Seguros <rrhh@ambarseguros.com.ar>", subj="Resultado de su postulación - Asesor/a Comercial Digital",
  date="2026-10-01 09:33", cte="quoted-printable", text="""
    Estimado Sr. Quiroga:

    Agradecemos su interés en formar parte de Ámbar Seguros. Lamentamos comunicarle que su perfil no fue
    seleccionado para la posición de Asesor/a Comercial Digital.

    Le deseamos éxito en su desarrollo profesional.

    Gerencia de Capital Humano
    Ámbar Seguros S.A.
    """)

M("rejection", "Tessellate HR", "Ben", "Account Executive", "en", "hard", "'pass for now' + 'ping me in six months'; may read as on_hold",
  frm="Ben Okoro <ben.okoro@tessellatehr.com>", subj="Re: AE role follow-up",
  date="2026-10-22 16:18", reply=True, text="""
    Hey Tomás,

    Appreciate the follow-up. Honest answer: we're going to pass for now. The team wants someone who has
    carried a US quota before, and that's the gap. Ping me in six months if you land a US-facing role,
    I'd be happy to chat again.

    Ben
    Ben Okoro | Sales Lead | Tessellate HR

    On Tue, Oct 20, 2026 at 11:31 AM Tomás Quiroga <tomas.quiroga.ventas@gmail.com> wrote:
    > Hi Ben, just checking in on the Account Executive process after last week's interview.
    """)

# ---------------------------------------------------------------- on hold
M("on_hold", "Nubeteca", "Paula", "Account Executive Mid-Market", "es", "easy", "búsqueda en pausa por presupuesto",
  frm="Paula Giménez <paula.gimenez@nubeteca.com>", subj="Búsqueda AE Mid-Market en pausa",
  date="2025-03-19 12:05", text="""
    Hola Tomás,

    Te escribo para contarte que pusimos en pausa la búsqueda de Account Executive Mid-Market. El
    presupuesto del segundo trimestre se reasignó a producto y por ahora no vamos a sumar gente al equipo
    comercial.

    No tiene nada que ver con tu perfil, que nos gustó mucho. Apenas se reactive te aviso.

    Saludos,
    Paula Giménez
    Recruiter | Nubeteca
    """)

M("on_hold", "Brightloop Software", "Hannah", "SDR", "en", "hard", "hiring freeze; mentions final interview and 'unfortunately'",
  frm="Hannah Cole <hannah.cole@brightloop.io>", subj="SDR process - pausing",
  date="2025-05-28 17:30", text="""
    Hi Tomás,

    Unfortunately I have to share that Brightloop Software has put a company-wide hiring freeze in place
    effective today. That means we're pausing the SDR search, including your final interview that was
    planned for next week.

    This isn't a reflection on you at all. When the freeze lifts I'll reach out first thing.

    Best,
    Hannah Cole
    Talent Acquisition, Brightloop Software
    """)

M("on_hold", "Mercantia Cloud", "", "Inside Sales Representative", "es", "hard", "requisition cancelled; ATS wording close to rejection",
  frm="Mercantia Cloud <mercantia@myworkday.com>", subj="Cambio de estado: Inside Sales Representative",
  date="2025-08-07 10:40", headers=ATS_NOREPLY, text="""
    Hola Tomás Quiroga,

    Te informamos que la requisición R-20977 (Inside Sales Representative) fue cancelada por la compañía.
    Por este motivo, tu postulación ya no será considerada para esta vacante.

    Podés consultar otras posiciones abiertas en nuestro portal.

    Adquisición de Talento - Mercantia Cloud
    """)

M("on_hold", "Coldwater Data Systems", "Greg", "Account Executive, LATAM", "en", "hard", "reorg; 'no longer open' with praise",
  frm="Greg Haddad <ghaddad@coldwaterdata.com>", subj="AE LATAM update",
  date="2025-10-15 18:22", text="""
    Tomas,

    Some news on our end. After this week's reorg, the LATAM territory is being folded into the North
    America team and the Account Executive, LATAM role is no longer open. I'm sorry to deliver that after
    you've invested three conversations with us.

    I thought your discovery call was among the best we saw. If the territory is split out again next year
    you'll be my first call.

    Greg Haddad
    VP Sales | Coldwater Data Systems
    """)

M("on_hold", "Patagonia Seguros Digitales", "Ramiro", "Ejecutivo/a de Alianzas", "es", "easy", "congelamiento de ingresos",
  frm="Ramiro Aguirre <raguirre@patagoniaseguros.com.ar>", subj="Proceso Ejecutivo/a de Alianzas",
  date="2025-12-10 09:58", text="""
    Buen día Tomás,

    Por una decisión de la dirección, la compañía congeló todos los ingresos hasta nuevo aviso, así que el
    proceso para Ejecutivo/a de Alianzas queda suspendido.

    Tenemos tu CV y las notas de la entrevista; si se retoma, te contactamos directamente.

    Saludos cordiales,
    Ramiro Aguirre
    Jefe de Selección - Patagonia Seguros Digitales S.A.
    """)

M("on_hold", "Quorra Labs", "", "Sales Development Representative", "en", "hard", "Ashby 'role closed' notice; sounds like ATS rejection",
  frm="Quorra Labs <no-reply@ashbyhq.com>", subj="An update on the Sales Development Representative role",
  date="2026-01-28 14:10", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hi Tomás,

    We're writing to let you know that Quorra Labs has decided to close the Sales Development
    Representative opening without making a hire, as the team's plans for this year have changed.

    As a result, we'll be closing your application. This decision is about the role, not your candidacy,
    and you're welcome to apply to future openings.

    Quorra Labs Recruiting
    """)

M("on_hold", "Ribera Fintech", "Sofía", "Account Executive", "es", "hard", "'frenamos la búsqueda' informal; mentions entrevista",
  frm="Sofía Pereyra <spereyra@riberafintech.com.uy>", subj="Re: AE - próximos pasos",
  date="2026-04-02 16:03", reply=True, text="""
    Hola Tomás!

    Gracias por escribir. Te debo una respuesta: frenamos la búsqueda de Account Executive hasta que se
    cierre la ronda de inversión, que se demoró. Calculo que no antes de agosto.

    La entrevista con Diego quedó bárbara, así que si se retoma arrancamos desde ahí.

    Sofi
    Sofía Pereyra | People & Culture | Ribera Fintech

    El lun, 30 mar 2026 a las 9:47, Tomás Quiroga escribió:
    > Hola Sofía, ¿hay novedades sobre los próximos pasos? ¡Gracias!
    """)

M("on_hold", "Brenner Industrietechnik AG", "Katharina", "Regional Sales Representative – Southern Cone", "en", "easy", "AG kept; global headcount stop",
  frm="Katharina Vogt <katharina.vogt@brenner-industrie.de>", subj="Regional Sales Representative – Southern Cone: process on hold",
  date="2026-06-24 06:15", text="""
    Dear Tomás,

    I regret to tell you that Brenner Industrietechnik AG has announced a global headcount stop for the
    remainder of the fiscal year. The search for the Regional Sales Representative – Southern Cone is
    therefore on hold.

    We will contact you again should the position be released.

    Kind regards,
    Katharina Vogt
    Talent Acquisition Partner
    Brenner Industrietechnik AG
    """)

M("on_hold", "Lumbra CRM", "", "SDR Team Lead", "en", "hard", "BambooHR; 'position has been withdrawn'",
  frm="Lumbra CRM Hiring <notifications@app.bamboohr.com>", subj="Lumbra CRM - SDR Team Lead",
  date="2026-08-26 13:48", headers=ATS_NOREPLY, text="""
    Hi Tomás,

    Thank you for applying for SDR Team Lead. Due to changes in our 2026 plan, this position has been
    withdrawn and we are not hiring for it at this time. We'll keep you posted if it reopens.

    Lumbra CRM People Team
    """)

M("on_hold", "Veloz Logística", "Daniela", "Key Account Manager", "es", "hard", "reestructuración; 'lamentablemente' but not about candidate",
  frm="Daniela Ferreyra <dferreyra@velozlogistica.com.ar>", subj="Novedades KAM",
  date="2026-10-14 11:21", text="""
    Hola Tomás,

    Lamentablemente te tengo que contar que, con la reestructuración del área comercial, la posición de
    Key Account Manager quedó dada de baja por ahora. No es por tu candidatura: directamente no vamos a
    cubrir el puesto este año.

    Quedo a disposición,
    Daniela Ferreyra
    HR Business Partner | Veloz Logística
    """)

# ---------------------------------------------------------------- interviews
M("interview", "Nubeteca", "Paula", "Account Executive Mid-Market", "es", "easy", "role play confirmado con fecha y hora",
  frm="Paula Giménez <paula.gimenez@nubeteca.com>", subj="Entrevista role play - AE Mid-Market",
  date="2025-03-03 15:44", iat="2025-03-07T11:00:00-03:00", text="""
    Hola Tomás, ¿cómo va?

    Te confirmo la segunda entrevista para Account Executive Mid-Market: es un role play de una llamada
    de descubrimiento con Lautaro (Sales Manager) y conmigo. Queda para el viernes 7 de marzo a las 11:00
    por Google Meet, dura unos 45 minutos.

    Te mando el caso el miércoles para que lo puedas preparar. Cualquier duda, escribime.

    Paula Giménez
    Recruiter | Nubeteca
    """)

M("interview", "Tallerdata", "Agustina", "SDR Jr.", "es", "easy", "invitación con fecha concreta",
  frm="Agustina Lema <agustina@tallerdata.com.ar>", subj="Tallerdata - primera entrevista SDR Jr.",
  date="2025-03-10 10:03", iat="2025-03-13T15:00:00-03:00", text="""
    Hola Tomás!

    Vimos tu CV para SDR Jr. y nos gustaría conocerte. ¿Te parece si hacemos una primera entrevista el
    jueves 13 de marzo a las 15 hs? Es por videollamada, te paso el link de Meet:
    https://meet.google.com/tqx-ruwd-kpa

    Contame si te queda cómodo el horario.

    Agus Lema
    People | Tallerdata
    """)

M("interview", "Pagaflex", "Lucía", "Business Development Representative", "es", "hard", "relative date ('mañana'); no word entrevista",
  frm="Lucía Benavídez <lucia.benavidez@pagaflex.com.ar>", subj="Re: BDR Pagaflex",
  date="2025-04-08 19:20", reply=True, iat="2025-04-09T10:30:00-03:00", text="""
    Genial Tomás, entonces quedamos mañana a las 10:30 por Meet con Martín, el Head of Sales. La idea es
    charlar media hora sobre la posición de Business Development Representative, tu experiencia prospectando y cómo armás cadencias.

    Link: https://meet.google.com/pfx-bdrx-lqa

    ¡Nos vemos!
    Lucía

    El mar, 8 abr 2025 a las 18:55, Tomás Quiroga escribió:
    > Hola Lucía, mañana tengo disponibilidad toda la mañana.
    """)

M("interview", "Hollis & Grant Analytics", "Megan", "Inside Sales Representative", "en", "easy", "confirmation with ET time",
  frm="Megan Tuttle <mtuttle@hollisgrant.com>", subj="Interview confirmed: Inside Sales Representative",
  date="2025-05-01 12:10", iat="2025-05-06T11:00:00-04:00", text="""
    Hi Tomás,

    Thanks for confirming! Your interview with Derek Amsel (Sales Manager, Mid-Market) is set for
    Tuesday, May 6 at 11:00 AM ET (12:00 PM Buenos Aires). We'll use Zoom:
    https://hollisgrant.zoom.us/j/88120455731

    Derek will ask you to walk through a recent deal, so have one ready.

    Best,
    Megan Tuttle
    Recruiting Coordinator
    Hollis & Grant Analytics
    """)

M("interview", "Andes Pagos", "Francisca", "Key Account Manager", "es", "hard", "Chile time (UTC-4 in winter); calendar part",
  frm="Francisca Rojas <frojas@andespagos.cl>", subj="Invitación: Entrevista KAM - Tomás Quiroga",
  date="2025-08-01 13:25", iat="2025-08-05T10:00:00-04:00",
  ics=("20250805T140000Z", "20250805T150000Z", "Entrevista KAM - Tomás Quiroga", "frojas@andespagos.cl", "andes-kam-0805@andespagos.cl", "Google Meet"),
  text="""
    Hola Tomás:

    Te envío la invitación para la entrevista por el cargo de Key Account Manager con Rodrigo Vial,
    gerente comercial, el martes 5 de agosto a las 10:00 hora de Chile (11:00 en Buenos Aires). Será por Google Meet.

    Saludos,
    Francisca Rojas
    Reclutamiento | Andes Pagos
    """, html="""
    <p>Hola Tomás:</p>
    <p>Te envío la invitación para la entrevista por el cargo de Key Account Manager con Rodrigo Vial, gerente comercial, el <b>martes 5 de agosto a las 10:00 hora de Chile</b> (11:00 en Buenos Aires). Será por Google Meet.</p>
    <p>Saludos,<br>Francisca Rojas<br>Reclutamiento | Andes Pagos</p>
    """)

M("interview", "Quorra Labs", "Nate", "AE", "en", "hard", "founder 'quick chat', several slots offered; no word interview",
  frm="Nate Corwin <nate@quorralabs.io>", subj="quick chat?",
  date="2025-08-12 21:02", text="""
    Hey Tomas,

    Saw your application for the AE role come through. We're 14 people, I still do most of the selling
    myself, and I'd like to hear how you ran outbound at your last shop. 20 minutes?

    I'm free Thu 4pm, Fri 10am or Fri 2pm (your time). Just pick one and I'll send a link.

    Nate
    CEO, Quorra Labs
    """)

M("interview", "Fernhill Payroll", "Aisha", "Account Executive - Mid Market", "en", "easy", "GoodTime panel confirmation in Pacific time",
  frm="Aisha Lindqvist via GoodTime <scheduling@goodtime.io>", subj="Confirmed: Panel Interview with Fernhill Payroll",
  date="2025-09-26 18:30", iat="2025-10-03T13:00:00-07:00", text="""
    Hi Tomás,

    Your panel interview for Account Executive - Mid Market is confirmed.

    When: Friday, October 3, 2025, 1:00 PM - 2:30 PM Pacific Time
    Where: Zoom (link in calendar invite)
    Interviewers: Kyle Brandt (Sales Director), Ines Navarro (Senior AE), Omar Said (RevOps)

    Please prepare a 10-minute mock pitch of Fernhill to a 200-employee company.

    Aisha Lindqvist
    Senior Recruiter, Fernhill Payroll
    """)

M("interview", "Patagonia Seguros Digitales", "Ramiro", "Ejecutivo/a de Alianzas", "es", "hard", "Calendly link; 'charlar', no fixed time",
  frm="Ramiro Aguirre <raguirre@patagoniaseguros.com.ar>", subj="Ejecutivo/a de Alianzas - coordinemos",
  date="2025-11-18 11:11", text="""
    Buen día Tomás,

    Recibimos tu postulación para Ejecutivo/a de Alianzas y nos gustaría charlar con vos esta semana o la
    próxima. Te dejo mi agenda para que elijas el horario que te quede mejor:

    https://calendly.com/ramiro-aguirre-psd/30min

    Saludos cordiales,
    Ramiro Aguirre
    Jefe de Selección - Patagonia Seguros Digitales
    """)

M("interview", "Oakmere Insurance Co.", "", "Inside Sales Agent, Spanish Bilingual", "en", "easy", "Paradox chatbot scheduling confirmation; Central time",
  frm="Olivia at Oakmere Insurance Co. <olivia@paradox.ai>", subj="Your interview is scheduled!",
  date="2026-01-29 14:02", iat="2026-02-04T12:30:00-06:00", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hi Tomás! It's Olivia, the virtual assistant for Oakmere Insurance Co.

    Your phone interview for Inside Sales Agent, Spanish Bilingual is scheduled:
    Wed, Feb 4, 2026 at 12:30 PM CST

    A recruiter will call you at the number on your application. Reply RESCHEDULE if you need a new time.
    """)

M("interview", "Conecta Salud", "Martina", "Ejecutiva/o de Ventas B2B", "es", "hard", "agency recruiter; client company only in body; 'mañana 17 hs'",
  frm="Martina Ocampo <martina@talentosur.com.ar>", subj="Te quieren conocer!",
  date="2026-02-19 12:40", iat="2026-02-20T17:00:00-03:00", text="""
    Tomás, ¡buenas noticias!

    El cliente que te comenté (Conecta Salud, la posición de Ejecutiva/o de Ventas B2B) leyó tu perfil y
    quiere hacerte una entrevista mañana a las 17 hs con Gabriel Funes, el gerente comercial. Es
    presencial en sus oficinas de Palermo, Gorriti 4800.

    Confirmame y le aviso. Llevá ejemplos concretos de cuentas que hayas abierto.

    Martina Ocampo
    Consultora Sr. | Talento Sur Consultores
    """)

M("interview", "Vidriera Digital", "Julieta", "Account Executive Pymes", "es", "easy", "caso práctico + presentación",
  frm="Julieta Sosa <julieta.sosa@vidrieradigital.com>", subj="Caso práctico - Account Executive Pymes",
  date="2026-03-17 10:25", iat="2026-03-23T16:00:00-03:00", pdf="Caso_AE_Pymes.pdf", text="""
    Hola Tomás!

    Como te adelanté, el próximo paso es un caso práctico. Te adjunto la consigna: tenés que armar una
    propuesta para una tienda de indumentaria que hoy vende solo por Instagram.

    Lo presentás el lunes 23 de marzo a las 16 hs ante Nico (Head of Sales) y yo, por Meet. Son 20
    minutos de presentación y 20 de preguntas.

    ¡Éxitos!
    Juli
    Julieta Sosa - Talent Acquisition - Vidriera Digital
    """)

M("interview", "Yerbal Capital", "Ignacio", "Ejecutivo de Cuentas Sr.", "es", "easy", "final presencial con dirección",
  frm="Ignacio Ledesma <ignacio@yerbal.capital>", subj="Final con el directorio",
  date="2026-04-23 18:50", iat="2026-04-28T09:30:00-03:00", text="""
    Tomás,

    Pasaste a la instancia final para Ejecutivo de Cuentas Sr. Te esperamos el martes 28 de abril a las
    9:30 en nuestras oficinas (Av. del Libertador 14950, Olivos, piso 3). Vas a estar con los dos socios y
    conmigo, aprox. una hora.

    Traé DNI para ingresar al edificio.

    Nacho
    --
    Ignacio Ledesma
    Head of Sales | Yerbal Capital
    """)

M("interview", "Brenner Industrietechnik AG", "Katharina", "Regional Sales Representative – Southern Cone", "en", "hard", "time given in CEST and Buenos Aires; Teams",
  frm="Katharina Vogt <katharina.vogt@brenner-industrie.de>", subj="Interview invitation – Regional Sales Representative – Southern Cone",
  date="2026-05-12 07:40", iat="2026-05-20T16:00:00+02:00", text="""
    Dear Tomás,

    Thank you for your application. We would like to invite you to a first interview with Mr. Felix Ortmann,
    Head of Sales Latin America, and myself.

    Date: Wednesday, 20 May 2026
    Time: 16:00 CEST (11:00 Buenos Aires)
    Format: Microsoft Teams (the link will follow separately)

    Please confirm by return mail.

    Kind regards,
    Katharina Vogt
    Talent Acquisition Partner
    Brenner Industrietechnik AG
    """)

M("interview", "Cobalto Analytics", "Valentina", "SDR Bilingüe (inglés)", "es", "hard", "reschedule in thread; 'la pasamos al jueves'",
  frm="Valentina Ríos <vrios@cobaltoanalytics.com>", subj="Re: Entrevista SDR Bilingüe",
  date="2026-06-01 09:15", reply=True, iat="2026-06-04T11:00:00-03:00", text="""
    Hola Tomás,

    Perdón el cambio: a Sebastián se le complicó el miércoles, así que la entrevista para SDR Bilingüe
    (inglés) la pasamos al jueves
    4 de junio, mismo horario (11 hs). El link de Zoom sigue siendo el mismo.

    ¡Gracias por la flexibilidad!
    Vale
    Valentina Ríos · Talent Acquisition · Cobalto Analytics

    El jue, 28 may 2026 a las 16:20, Valentina Ríos escribió:
    > Tomás, te confirmo entrevista el miércoles 3 de junio a las 11 hs con Sebastián.
    """)

M("interview", "Redwing Telematics", "Tyler", "Enterprise Account Executive", "en", "hard", "'unfortunately we need to move' reschedule; Central time",
  frm="Tyler Brooks <tyler.brooks@redwingtelematics.com>", subj="RE: Enterprise AE - hiring manager call",
  date="2026-06-11 17:05", reply=True, iat="2026-06-15T09:00:00-05:00", text="""
    Hi Tomas,

    Unfortunately Dana got pulled into a customer escalation tomorrow, so we need to move your call with
    her about the Enterprise Account Executive role. New time: Monday, June 15 at 9:00 AM Central. Same Teams link. Sorry for the shuffle!

    Tyler Brooks
    Technical Recruiter | Redwing Telematics
    """)

M("interview", "Sendero Logistics", "Carla", "Ejecutiva/o Comercial", "es", "easy", "propuesta de entrevista presencial",
  frm="Carla Méndez <cmendez@senderologistics.com>", subj="Entrevista - Ejecutiva/o Comercial",
  date="2026-07-20 10:12", iat="2026-07-23T15:00:00-03:00", text="""
    Hola Tomás, te propongo hacer la entrevista con el gerente comercial el jueves 23 a las 15 hs en
    nuestras oficinas de Barracas (Av. Montes de Oca 1120). ¿Te queda bien?

    Saludos,
    Carla Méndez
    Analista de RRHH - Sendero Logistics
    """)

M("interview", "Lumbra CRM", "Jordan", "Senior SDR", "en", "easy", "ModernLoop self-scheduling link",
  frm="Jordan Pike <jordan.pike@lumbracrm.com>", subj="Next step: Senior SDR interviews at Lumbra CRM",
  date="2025-11-06 13:30", text="""
    Hi Tomás,

    Great news, Priya would like to move you forward to the interview round for Senior SDR. It's two
    back-to-back 45-minute conversations (sales leadership + a peer SDR).

    Please pick a time that works for you here:
    https://app.modernloop.io/candidate/schedule/lmb-7f31c

    Thanks,
    Jordan Pike
    Recruiting Coordinator | Lumbra CRM
    """)

M("interview", "Mapline Software", "", "Account Development Rep", "en", "easy", "one-way recorded video interview with deadline",
  frm="Mapline Software <donotreply@jobvite.com>", subj="Next step: video interview for Account Development Rep",
  date="2026-04-29 11:00", headers=(("Auto-Submitted", "auto-generated"),), html="""
    <html><body>
    <p>Hello Tomás,</p>
    <p>Thank you for your interest in the <b>Account Development Rep</b> role at Mapline Software.
    The next step is a short recorded video interview (4 questions, about 15 minutes).</p>
    <p><a href="https://mapline.hirevue.com/i/ADR-2026">Start your video interview</a> &mdash; please complete it within 5 days.</p>
    <p>Mapline Software Talent Acquisition</p>
    </body></html>
    """)

M("interview", "Harwick Benefits", "", "Sales Development Representative", "en", "easy", "Greenhouse confirmation with .ics attachment",
  frm="Harwick Benefits <no-reply@us.greenhouse-mail.io>", subj="Interview Confirmation: Sales Development Representative at Harwick Benefits",
  date="2026-08-14 16:00", iat="2026-08-20T10:00:00-04:00", headers=(("Auto-Submitted", "auto-generated"),),
  ics=("20260820T140000Z", "20260820T150000Z", "Harwick Benefits - SDR Interview", "no-reply@us.greenhouse-mail.io", "gh-harwick-88311@greenhouse.io", "Zoom"),
  text="""
    Hi Tomás,

    Your interview for Sales Development Representative at Harwick Benefits has been scheduled.

    Thursday, August 20, 2026
    10:00 AM - 11:00 AM EDT
    Interviewer: Sam Patel, SDR Manager

    A calendar invitation is attached.
    """)

M("interview", "Ámbar Seguros", "Mariela", "Asesor/a Comercial Digital", "es", "easy", "assessment grupal; formal ustedeo",
  frm="Mariela Torres <mtorres@ambarseguros.com.ar>", subj="Convocatoria a Assessment Center - Asesor/a Comercial Digital",
  date="2026-09-01 12:00", iat="2026-09-07T09:00:00-03:00", text="""
    Estimado Tomás:

    Nos complace convocarlo a la instancia de Assessment Center para la posición de Asesor/a Comercial
    Digital, que se realizará el lunes 7 de septiembre de 2026 a las 9:00 en Av. Corrientes 1234, piso 8,
    CABA. La actividad dura aproximadamente tres horas e incluye una entrevista individual.

    Le solicitamos confirmar su asistencia respondiendo este correo.

    Atentamente,
    Lic. Mariela Torres
    Selección - Ámbar Seguros
    """)

M("interview", "Tessellate HR", "Ben", "AE", "en", "hard", "'30-min call tomorrow at 2pm ET'; no word interview",
  frm="Ben Okoro <ben.okoro@tessellatehr.com>", subj="AE role",
  date="2026-10-12 15:35", iat="2026-10-13T14:00:00-04:00", text="""
    Hey Tomás,

    Got your note through Camila's referral. Could you do a 30-min call tomorrow at 2pm ET? I'll walk you
    through the AE seat and want to hear about your pipeline numbers. I'll send a Meet link.

    Ben Okoro
    Sales Lead, Tessellate HR
    """)

M("interview", "Kestrelpoint", "Rachel", "Account Executive (Remote, LATAM)", "en", "easy", "phone screen via Calendly; choose a slot",
  frm="Rachel Nguyen <rachel.nguyen@kestrelpoint.com>", subj="Kestrelpoint - phone screen for AE (Remote, LATAM)",
  date="2026-01-14 14:20", text="""
    Hi Tomás,

    Thanks for applying to the Account Executive (Remote, LATAM) role! I'd love to set up a 30-minute
    phone screen to learn more about your background.

    Grab any open slot on my calendar: https://calendly.com/rachel-kestrelpoint/phone-screen

    Talk soon,
    Rachel Nguyen
    Talent Partner | Kestrelpoint
    """)

# ---------------------------------------------------------------- offers
M("offer", "Cuentaclara", "Florencia", "Account Executive", "es", "easy", "carta oferta adjunta en PDF",
  frm="Florencia Acosta <facosta@cuentaclara.com.uy>", subj="Carta oferta - Account Executive",
  date="2025-06-30 17:10", pdf="Carta_Oferta_TQuiroga.pdf", text="""
    Hola Tomás,

    ¡Qué alegría escribirte esto! Te adjunto la carta oferta para el puesto de Account Executive en
    Cuentaclara: remuneración fija, esquema de comisiones sobre cuota trimestral y fecha de ingreso
    propuesta el 1 de agosto.

    Revisala tranquilo y contame si tenés dudas. Necesitaríamos tu respuesta antes del viernes 4.

    Un abrazo,
    Florencia Acosta
    Head of People | Cuentaclara S.A.S.
    """)

M("offer", "Gridwell Systems", "Marcus", "Sales Development Representative", "en", "hard", "written follow-up to verbal offer; never says 'offer'",
  frm="Marcus Bell <marcus.bell@gridwell.io>", subj="Following up on our call",
  date="2025-09-17 19:45", text="""
    Tomás,

    Great talking earlier. As promised, here's the summary in writing:

    - Title: Sales Development Representative (remote, reporting to me)
    - Base: USD 2,400/month paid as contractor, plus uncapped commission on qualified meetings
    - Start date: October 6
    - Equipment stipend: USD 800

    If that all looks right, I'll have our ops team send the contract for e-signature tomorrow. Really
    excited to have you on the team.

    Marcus Bell
    Director of Sales Development | Gridwell Systems
    """)

M("offer", "Tallerdata", "Agustina", "SDR Jr.", "es", "hard", "propuesta sin la palabra oferta; '¡Queremos que te sumes!'",
  frm="Agustina Lema <agustina@tallerdata.com.ar>", subj="¡Queremos que te sumes a Tallerdata!",
  date="2025-03-27 13:33", text="""
    Tomás, ¿cómo estás?

    Después de las entrevistas, el equipo quedó encantado y queremos que te sumes como SDR Jr. Te
    resumo la propuesta: sueldo bruto mensual en pesos con ajuste trimestral, variable por reuniones
    calificadas, prepaga para vos y modalidad híbrida (martes y jueves en la oficina de Villa Crespo).

    Si te cierra, coordinamos una llamada para ver la fecha de ingreso.

    Agus
    People | Tallerdata
    """)

M("offer", "Sirena Analytics", "Lena", "Account Executive, Emerging Markets", "en", "easy", "ATS offer-ready notice, HTML only",
  frm="Sirena Analytics <no-reply@us.greenhouse-mail.io>", subj="Your offer from Sirena Analytics is ready",
  date="2026-04-09 15:00", headers=(("Auto-Submitted", "auto-generated"),), html="""
    <html><body style="font-family:Arial">
    <p>Hi Tomás,</p>
    <p>Congratulations! Sirena Analytics has sent you an offer for the position of <b>Account Executive, Emerging Markets</b>.</p>
    <p><a href="https://app.greenhouse.io/offers/sirena/77c1">Review and sign your offer</a></p>
    <p>If you have questions, reach out to your recruiter, Lena Fischer (lena.fischer@sirena-analytics.com).</p>
    </body></html>
    """)

M("offer", "Puntal Software", "Hernán", "Account Executive", "es", "hard", "'propuesta formal'; mentions previous entrevista; no 'oferta'",
  frm="Hernán Quinteros <hquinteros@puntalsoftware.com>", subj="Propuesta formal - AE",
  date="2026-10-20 12:20", pdf="Propuesta_Puntal_AE.pdf", text="""
    Hola Tomás,

    Gracias otra vez por la entrevista del jueves con Ana. Como te adelanté por teléfono, te mando la
    propuesta formal para que te incorpores como Account Executive: el detalle de fijo, variable y
    beneficios está en el PDF.

    ¿Te parece si lo charlamos el lunes y, si está todo bien, firmamos?

    Saludos,
    Hernán Quinteros
    Gerente Comercial
    Puntal Software S.R.L.
    """)

M("offer", "Arcadia Commerce", "Grace", "Account Executive - LATAM Partnerships", "en", "easy", "offer letter PDF; 'thrilled to extend'",
  frm="Grace Holloway <grace.holloway@arcadiacommerce.com>", subj="Offer Letter - Account Executive - LATAM Partnerships",
  date="2026-11-05 14:05", pdf="Arcadia_Offer_Letter.pdf", cte="quoted-printable", text="""
    Dear Tomás,

    We're thrilled to extend you an offer to join Arcadia Commerce as Account Executive - LATAM
    Partnerships. Your offer letter is attached, including compensation, start date and benefits.

    Please sign and return it by November 12. Don't hesitate to call me with any questions.

    Warm regards,
    Grace Holloway
    Senior Talent Partner, Arcadia Commerce
    """)

# ---------------------------------------------------------------- application received
M("application_received", "Nubeteca", "", "Sales Development Representative", "es", "easy", "Greenhouse acknowledgement",
  frm="Nubeteca Talento <no-reply@us.greenhouse-mail.io>", subj="¡Recibimos tu postulación para Sales Development Representative!",
  date="2025-01-22 22:14", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hola Tomás,

    ¡Gracias por postularte a Nubeteca! Recibimos tu candidatura para Sales Development Representative y
    nuestro equipo la va a revisar en los próximos días. Si tu perfil avanza, te vamos a contactar.

    Equipo de Talento de Nubeteca
    """)

M("application_received", "Brightloop Software", "", "Account Executive, SMB", "en", "easy", "Lever acknowledgement",
  frm="Brightloop Software <no-reply@hire.lever.co>", subj="Thanks for applying to Brightloop Software",
  date="2025-02-18 11:50", text="""
    Hi Tomás,

    Thanks for applying for the Account Executive, SMB role. Our team is reviewing your application and
    we'll be in touch if there's a fit.

    - Brightloop Software
    """)

M("application_received", "Mercantia Cloud", "", "Ejecutivo/a de Cuentas", "es", "easy", "Workday; HTML only",
  frm="Mercantia Cloud <mercantia@myworkday.com>", subj="Confirmación de postulación - Ejecutivo/a de Cuentas (R-20418)",
  date="2025-05-20 08:41", headers=ATS_NOREPLY, html="""
    <html><body><p>Hola Tomás Quiroga,</p>
    <p>Gracias por postularte a <b>Ejecutivo/a de Cuentas</b> (R-20418). Tu solicitud fue enviada correctamente.</p>
    <p>Podés ver el estado en cualquier momento desde la sección <i>Mis postulaciones</i> del portal de candidatos.</p>
    <p>Adquisición de Talento<br>Mercantia Cloud</p></body></html>
    """)

M("application_received", "Coldwater Data Systems", "", "Sales Development Representative (LATAM)", "en", "easy", "Ashby acknowledgement",
  frm="Coldwater Data Systems <no-reply@ashbyhq.com>", subj="Thanks for applying to Coldwater Data Systems",
  date="2025-06-25 14:36", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Hi Tomás,

    We've received your application for Sales Development Representative (LATAM). Our team reviews every
    application and will reach out if your background matches what we're looking for.

    Thanks,
    Coldwater Data Systems
    """)

M("application_received", "Andes Pagos", "", "Key Account Manager", "es", "easy", "Teamtailor; Chilean phrasing",
  frm="Andes Pagos <notificaciones@mail.teamtailor.com>", subj="Gracias por postular a Andes Pagos",
  date="2025-07-14 10:02", headers=ATS_NOREPLY, text="""
    Hola Tomás,

    Gracias por postular al cargo de Key Account Manager. Recibimos tus antecedentes y el equipo de
    Reclutamiento los revisará a la brevedad.

    Saludos,
    Equipo Andes Pagos
    """)

M("application_received", "Veloz Logística", "", "Ejecutivo Comercial Corporativo", "es", "hard", "mentions possible non-selection and entrevista as future steps",
  frm="Veloz Logística <noreply@smartrecruiters.com>", subj="Recibimos tu candidatura - Ejecutivo Comercial Corporativo",
  date="2025-10-02 16:25", headers=ATS_NOREPLY, text="""
    Hola Tomás,

    Confirmamos la recepción de tu candidatura para Ejecutivo Comercial Corporativo en Veloz Logística.

    ¿Qué sigue? Si tu perfil se ajusta, te invitaremos a una entrevista con el equipo comercial. En caso
    de no ser seleccionado, te lo informaremos por este medio al cierre de la búsqueda.

    Gracias por tu interés.
    Recursos Humanos - Veloz Logística
    """)

M("application_received", "Oakmere Insurance Co.", "", "Inside Sales Agent, Spanish Bilingual", "en", "hard", "'Unfortunately' in an acknowledgement",
  frm="Oakmere Insurance Co. <careers@oakmere.icims.com>", subj="Thank you for applying - Inside Sales Agent, Spanish Bilingual",
  date="2026-01-20 09:12", headers=ATS_NOREPLY, text="""
    Dear Tomás,

    Thank you for applying for the Inside Sales Agent, Spanish Bilingual position at Oakmere Insurance Co.
    Your application is now under review.

    Unfortunately, due to the volume of applications we receive, we are not able to respond to each
    candidate individually. If your qualifications match our needs, a recruiter will contact you.

    Talent Acquisition
    Oakmere Insurance Co.
    """)

M("application_received", "Sirena Analytics", "", "Account Executive, Emerging Markets", "en", "easy", "Greenhouse acknowledgement",
  frm="Sirena Analytics <no-reply@us.greenhouse-mail.io>", subj="Application received: Account Executive, Emerging Markets",
  date="2026-02-24 13:03", text="""
    Hi Tomás,

    Thank you for your interest in Sirena Analytics! We've received your application for Account
    Executive, Emerging Markets and will review it shortly.

    Best,
    Sirena Analytics Recruiting
    """)

M("application_received", "Gridwell Systems", "", "Senior Sales Development Representative", "en", "hard", "describes interview stages and possible decline",
  frm="Gridwell Systems Careers <gridwell@talent.icims.com>", subj="Gridwell Systems: we got your application",
  date="2026-03-04 18:18", headers=ATS_NOREPLY, text="""
    Hi Tomás,

    Thanks for applying for Senior Sales Development Representative at Gridwell Systems.

    Here's how our process works: a recruiter phone screen, a role-play interview with the SDR
    manager, and a final conversation with our VP. If we decide not to move forward, we'll let you know
    by email. Either way you'll hear from us within two weeks.

    Gridwell Systems Talent Team
    """)

M("application_received", "Halvorsen Maritime Software GmbH", "", "Business Development Representative – LATAM", "en", "easy", "Personio; GmbH kept",
  frm="Halvorsen Maritime Software <jobs@halvorsen-maritime.jobs.personio.de>", subj="Confirmation of your application",
  date="2026-04-02 04:48", text="""
    Dear Tomás,

    Thank you for your application as Business Development Representative – LATAM. We have received your
    documents and will get back to you as soon as possible.

    Kind regards
    Recruiting Team
    Halvorsen Maritime Software GmbH
    """)

M("application_received", "Cobalto Analytics", "", "SDR Bilingüe (inglés)", "es", "hard", "Recruitee template that reads like personal mail",
  frm="Cobalto Analytics <cobaltoanalytics@recruiteemail.com>", subj="¡Hola Tomás! 👋",
  date="2026-05-15 20:31", text="""
    ¡Hola Tomás!

    ¡Qué bueno que te copó la posición de SDR Bilingüe (inglés)! Ya tenemos tu CV y lo vamos a leer con
    calma. Te escribimos apenas tengamos novedades, sea cual sea el resultado.

    Mientras tanto, si querés conocernos más, pasá por nuestro blog.

    Abrazo,
    El equipo de Cobalto
    """)

M("application_received", "Redwing Telematics", "", "Enterprise Account Executive", "en", "easy", "Taleo acknowledgement; base64",
  frm="Redwing Telematics <redwing@taleo.net>", subj="Redwing Telematics - Application Received",
  date="2026-05-20 07:55", cte="base64", headers=ATS_NOREPLY, text="""
    Dear Tomas Quiroga,

    Thank you for submitting your application for Enterprise Account Executive (Job ID 26-0412). We have
    received it and it is being reviewed by our recruiting team.

    Redwing Telematics Human Resources
    """)

M("application_received", "Harwick Benefits", "", "Sales Development Representative", "en", "easy", "Workable; promises next steps",
  frm="Harwick Benefits <noreply@candidates.workablemail.com>", subj="Thanks for applying to Harwick Benefits",
  date="2026-07-30 12:44", text="""
    Hi Tomás,

    Thanks for applying for Sales Development Representative at Harwick Benefits! We've got your
    application and our team will review it within 5 business days. If it's a match, we'll reach out
    to schedule a first conversation.

    The Harwick Benefits Team
    """)

M("application_received", "Lumbra CRM", "", "SDR Team Lead", "en", "easy", "BambooHR acknowledgement",
  frm="Lumbra CRM Hiring <notifications@app.bamboohr.com>", subj="Application received: SDR Team Lead",
  date="2026-08-03 10:10", headers=ATS_NOREPLY, text="""
    Hi Tomás,

    Thanks for applying for SDR Team Lead at Lumbra CRM. We've received your application.

    Lumbra CRM People Team
    """)

M("application_received", "Ámbar Seguros", "", "Asesor/a Comercial Digital", "es", "easy", "formal acknowledgement with quoted-printable",
  frm="Ámbar Seguros <rrhh@ambarseguros.com.ar>", subj="Hemos recibido su postulación",
  date="2026-08-20 09:00", cte="quoted-printable", text="""
    Estimado Tomás Quiroga:

    Le confirmamos la recepción de su postulación a la búsqueda Asesor/a Comercial Digital. Su perfil
    será analizado por nuestro equipo de Capital Humano.

    Atentamente,
    Gerencia de Capital Humano
    Ámbar Seguros
    """)

M("application_received", "Puntal Software", "", "Account Executive", "es", "hard", "Workable; 'lamentablemente no podemos responder a todos'",
  frm="Puntal Software <noreply@candidates.workablemail.com>", subj="Puntal Software - Account Executive",
  date="2026-09-15 15:15", text="""
    Hola Tomás,

    ¡Gracias por postularte como Account Executive en Puntal Software! Tu solicitud ya está en manos del
    equipo.

    Lamentablemente no podemos responder personalmente a cada persona, pero si tu perfil encaja te vamos
    a escribir para coordinar una entrevista.

    Equipo Puntal Software
    """)

# ---------------------------------------------------------------- auto replies
M("auto_reply", "Nubeteca", "Paula", "", "es", "easy", "vacaciones; 'vuelvo el lunes 24 de febrero'",
  frm="Paula Giménez <paula.gimenez@nubeteca.com>", subj="Respuesta automática: Consulta búsqueda SDR",
  date="2025-02-14 09:31", reply=True, ret="2025-02-24", headers=OOO, text="""
    ¡Hola! Estoy de vacaciones sin acceso al correo. Vuelvo el lunes 24 de febrero y te respondo apenas
    pueda. Para temas urgentes escribí a talento@nubeteca.com.

    Paula Giménez | Recruiter | Nubeteca
    """)

M("auto_reply", "Hollis & Grant Analytics", "Derek", "", "en", "easy", "'back on 5/19'; no auto-reply headers",
  frm="Derek Amsel <derek.amsel@hollisgrant.com>", subj="Out of Office: Thank you - Inside Sales Rep interview",
  date="2025-05-09 14:02", reply=True, ret="2025-05-19", text="""
    Thanks for your email. I'm at our annual sales kickoff with limited access to email and will be
    back on 5/19. For anything urgent, please reach Megan Tuttle at mtuttle@hollisgrant.com.

    Derek Amsel
    Sales Manager, Mid-Market | Hollis & Grant Analytics
    """)

M("auto_reply", "Pagaflex", "Lucía", "", "es", "hard", "licencia por maternidad sin fecha; only X-Autoreply",
  frm="Lucía Benavídez <lucia.benavidez@pagaflex.com.ar>", subj="Re: Consulta",
  date="2025-06-10 12:00", reply=True, headers=(("X-Autoreply", "yes"),), text="""
    Hola, gracias por tu mensaje.

    Estoy de licencia por maternidad y no voy a estar revisando el correo. Si tu consulta es sobre un
    proceso de selección o una entrevista en curso, escribile a Camila Vera (camila.vera@pagaflex.com.ar).

    ¡Gracias!
    Lucía Benavídez · Talent Partner · Pagaflex
    """)

M("auto_reply", "Mercantia Cloud", "", "", "es", "hard", "casilla no monitoreada responde a respuesta del candidato",
  frm="Mercantia Cloud <mercantia@myworkday.com>", subj="Re: Actualización sobre tu postulación – Ejecutivo/a de Cuentas",
  date="2025-06-05 11:04", reply=True, headers=(("Auto-Submitted", "auto-replied"),), text="""
    Esta casilla de correo no es monitoreada y tu mensaje no será leído.

    Para consultas sobre tus postulaciones, ingresá al portal de candidatos de Mercantia Cloud.
    """)

M("auto_reply", "Andes Pagos", "Francisca", "", "es", "easy", "Fiestas Patrias; 'retomo el lunes 22'",
  frm="Francisca Rojas <frojas@andespagos.cl>", subj="Respuesta automática: Re: Proceso KAM Andes Pagos",
  date="2025-09-15 08:12", reply=True, ret="2025-09-22", headers=OOO, text="""
    Hola, estaré fuera de la oficina hasta el viernes 19 de septiembre inclusive por Fiestas Patrias.
    Retomo el lunes 22 y responderé tu correo a la brevedad.

    Francisca Rojas
    Reclutamiento | Andes Pagos
    """)

M("auto_reply", "Fernhill Payroll", "Aisha", "", "en", "hard", "subject mentions interview; 'returning Monday 13 October'",
  frm="Aisha Lindqvist <aisha.lindqvist@fernhillpayroll.com>", subj="Automatic reply: Thank you - Panel Interview",
  date="2025-10-09 06:40", reply=True, ret="2025-10-13", headers=OOO, text="""
    Hi there,

    I'm out of the office and returning Monday 13 October. If you have an interview scheduled with us,
    it will go ahead as planned; for changes please contact recruiting@fernhillpayroll.com.

    Aisha Lindqvist
    Senior Recruiter, Fernhill Payroll
    """)

M("auto_reply", "Coldwater Data Systems", "Greg", "", "en", "easy", "no longer at company; redirect",
  frm="Greg Haddad <ghaddad@coldwaterdata.com>", subj="Automatic reply: Checking in",
  date="2025-11-20 10:55", reply=True, headers=OOO, text="""
    I no longer work at Coldwater Data Systems. Please contact Jenna Morales (jmorales@coldwaterdata.com)
    for any sales-related matters.
    """)

M("auto_reply", "Lumbra CRM", "Priya", "", "en", "hard", "'until 2026-01-05 inclusive' -> back next day",
  frm="Priya Raman <priya@lumbracrm.com>", subj="Out of office",
  date="2025-12-22 18:30", reply=True, ret="2026-01-06", headers=(("Auto-Submitted", "auto-replied"),), text="""
    Hi! I'm out of office for the holidays until 2026-01-05 inclusive, with no access to email.
    Happy holidays!

    Priya Raman
    Head of Sales Development, Lumbra CRM
    """)

M("auto_reply", "Kestrelpoint", "Rachel", "", "en", "hard", "traveling responder without return date",
  frm="Rachel Nguyen <rachel.nguyen@kestrelpoint.com>", subj="Re: Kestrelpoint - phone screen for AE (Remote, LATAM)",
  date="2026-01-16 03:20", reply=True, headers=(("Auto-Submitted", "auto-replied"),), text="""
    Thanks for reaching out! I'm traveling this week with limited access to email. I'll respond as soon as
    I can. If you need to reschedule a phone screen, please use the link in your confirmation email.

    Rachel
    """)

M("auto_reply", "Ribera Fintech", "Sofía", "", "es", "hard", "'vuelvo el lunes' relative; no headers",
  frm="Sofía Pereyra <spereyra@riberafintech.com.uy>", subj="Re: Proceso SDR - Ribera",
  date="2026-03-06 14:10", reply=True, ret="2026-03-09", text="""
    Hola! Hoy no estoy en la oficina. Vuelvo el lunes y te respondo. Si es urgente, llamame al
    +598 94 555 217.

    Sofía Pereyra | People & Culture | Ribera Fintech
    """)

M("auto_reply", "Vidriera Digital", "Julieta", "", "es", "hard", "offsite; return '16/4'",
  frm="Julieta Sosa <julieta.sosa@vidrieradigital.com>", subj="Respuesta automática: Re: Account Executive Pymes",
  date="2026-04-13 09:05", reply=True, ret="2026-04-16", headers=OOO, text="""
    ¡Hola! Estoy en un offsite con el equipo y vuelvo a responder mails el jueves 16/4.
    Gracias por la paciencia.

    Julieta Sosa - Vidriera Digital
    """)

M("auto_reply", "Brenner Industrietechnik AG", "Katharina", "", "en", "easy", "'back on 8 June 2026'",
  frm="Katharina Vogt <katharina.vogt@brenner-industrie.de>", subj="Out of Office: Interview invitation – Regional Sales Representative – Southern Cone",
  date="2026-05-29 06:02", reply=True, ret="2026-06-08", headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), text="""
    Thank you for your message. I am currently out of the office and will be back on 8 June 2026.
    Your email will not be forwarded. In urgent cases please contact talent@brenner-industrie.de.

    Katharina Vogt
    Talent Acquisition Partner | Brenner Industrietechnik AG
    """)

M("auto_reply", "Yerbal Capital", "Ignacio", "", "es", "easy", "ya no trabaja en la empresa",
  frm="Ignacio Ledesma <ignacio@yerbal.capital>", subj="Respuesta automática: Gracias Tomás",
  date="2026-07-01 10:00", reply=True, headers=OOO, text="""
    Ya no formo parte de Yerbal Capital. Para temas comerciales escribile a ventas@yerbal.capital y para
    temas de RRHH a personas@yerbal.capital.

    ¡Gracias!
    """)

M("auto_reply", "Redwing Telematics", "Tyler", "", "en", "hard", "parental leave; mentions interview scheduling; return 'September 8'",
  frm="Tyler Brooks <tyler.brooks@redwingtelematics.com>", subj="Automatic reply: Enterprise AE follow-up",
  date="2026-07-20 11:30", reply=True, ret="2026-09-08", headers=OOO, text="""
    Hello,

    I'm on parental leave and returning September 8. If you are a candidate with an interview being
    scheduled, my colleague Ashley Kim (ashley.kim@redwingtelematics.com) is covering my requisitions.

    Thanks,
    Tyler Brooks
    Technical Recruiter | Redwing Telematics
    """)

# ---------------------------------------------------------------- other
M("other", "", "", "", "es", "easy", "job alert digest",
  frm="Redlaboral Alertas <alertas@redlaboral.com.ar>", subj="15 nuevos empleos de Sales Development Representative en Buenos Aires",
  date="2025-01-15 07:00", headers=(("List-Unsubscribe", "<https://redlaboral.com.ar/alertas/baja?u=tq81>"), ("Precedence", "bulk")), html="""
    <html><body>
    <h3>Tus alertas de hoy</h3>
    <ul>
    <li><b>SDR - SaaS B2B</b> · Startup de RRHH · Palermo, CABA · Híbrido</li>
    <li><b>Business Development Representative</b> · Fintech · Remoto</li>
    <li><b>Ejecutivo/a de Cuentas Jr.</b> · Software de gestión · Córdoba</li>
    </ul>
    <p><a href="https://redlaboral.com.ar/alertas">Ver las 15 ofertas</a></p>
    <p style="font-size:10px">Recibís este mail porque creaste una alerta. <a href="https://redlaboral.com.ar/alertas/baja?u=tq81">Darte de baja</a></p>
    </body></html>
    """)

M("other", "", "", "", "en", "hard", "sales newsletter article on rejection after final round",
  frm="The Quota Letter <hello@quotaletter.com>", subj="Lost the final round? Here's what top AEs do next",
  date="2025-02-26 12:00", headers=(("List-Unsubscribe", "<mailto:unsubscribe@quotaletter.com>"), ("Precedence", "bulk")), text="""
    THE QUOTA LETTER - Issue #112

    "We've decided to move forward with another candidate." Every rep has read that line after a final
    round. This week we asked eight VPs of Sales what they wish rejected candidates did next.

    1. Ask for specific feedback within 48 hours.
    2. Send a short thank-you anyway; hiring managers remember.
    3. Keep the relationship: today's "not this time" is next quarter's interview.

    Read the full piece: https://quotaletter.com/112

    You're receiving this because you subscribed at quotaletter.com. Unsubscribe anytime.
    """)

M("other", "", "", "", "en", "hard", "podcast 'interview' with a fintech CEO; HTML only",
  frm="Revenue Builders Podcast <podcast@revenuebuilders.fm>", subj="New episode: our interview with the CEO of Pagaflex",
  date="2025-04-03 15:00", headers=(("List-Unsubscribe", "<https://revenuebuilders.fm/unsub>"),), html="""
    <html><body>
    <h2>Episode 87 is live</h2>
    <p>In this interview, the CEO of Pagaflex tells us how they scaled from 3 to 40 sales reps across
    Argentina and why they offer every new SDR a mentor.</p>
    <p><a href="https://revenuebuilders.fm/87">Listen now</a></p>
    </body></html>
    """)

M("other", "", "", "", "es", "hard", "tarjeta rechazada; 'lamentablemente'",
  frm="Banco del Plata <avisos@bancodelplata.com.ar>", subj="Tu compra con tarjeta fue rechazada",
  date="2025-04-27 21:48", cte="quoted-printable", text="""
    Hola Tomás,

    Lamentablemente tu compra por $ 84.300 en ELECTRO SUR fue rechazada porque supera el límite
    disponible de tu tarjeta terminada en 4471.

    Si no reconocés este intento, llamanos al 0800-555-7528.

    Banco del Plata
    Este es un mensaje automático, por favor no respondas.
    """)

M("other", "", "Rocío", "", "es", "hard", "solicitud de alquiler aprobada; reads like offer",
  frm="Rocío Barrios <rocio@inmobiliariabarrios.com.ar>", subj="Depto Almagro - ¡aprobado!",
  date="2025-05-22 16:16", text="""
    Hola Tomás, ¿cómo estás?

    Te cuento que el propietario aprobó tu solicitud para el departamento de Almagro. ¡Felicitaciones!
    El próximo paso es firmar el contrato: te propongo el viernes a las 17 en la inmobiliaria. Traé DNI,
    recibos de sueldo y los datos de la garantía.

    Saludos,
    Rocío Barrios
    Inmobiliaria Barrios
    """)

M("other", "", "", "", "en", "hard", "marketing 'offer' and 'interview-ready'",
  frm="SalesSkill Academy <offers@salesskill.academy>", subj="Last chance: 20% off offer ends tonight",
  date="2025-06-14 10:00", headers=(("List-Unsubscribe", "<https://salesskill.academy/unsub>"), ("Precedence", "bulk")), text="""
    Hi Tomas,

    Our 20% off offer on the Cold Calling Masterclass ends at midnight. Get interview-ready for your next
    SDR role with 30 real call recordings and objection-handling drills.

    Claim the offer: https://salesskill.academy/masterclass?code=QUOTA20

    SalesSkill Academy
    """)

M("other", "", "Facu", "", "es", "hard", "amigo cuenta su propia entrevista y rechazo",
  frm="Facu Herrera <facu.herrera91@gmail.com>", subj="che",
  date="2025-07-03 23:12", text="""
    Tomi, ¿cómo andás?

    Al final ayer tuve la entrevista en la fintech esa que te conté y hoy ya me mandaron el mail de
    "decidimos avanzar con otros candidatos". Récord de velocidad jaja.

    ¿Vos cómo venís con lo tuyo? ¿Sale un fulbito el sábado?

    Abrazo,
    Facu
    """)

M("other", "", "Kevin", "Bilingual SDR (Spanish/English)", "en", "hard", "recruiter mass mailing; mentions interview and quick call",
  frm="Kevin Marsh <kevin.marsh@apexstaffingpartners.com>", subj="Immediate need: Bilingual SDRs - interviews this week!",
  date="2025-08-27 09:10", headers=(("List-Unsubscribe", "<https://apexstaffingpartners.com/optout>"),), text="""
    Hello,

    I'm reaching out to a select group of sales professionals. My client is hiring for the role of
    Bilingual SDR (Spanish/English): 10 openings, 100% remote, interviewing this week.

    If interested, reply with your updated resume and a good time for a quick call.

    Kevin Marsh
    Apex Staffing Partners
    To stop receiving these emails, click here.
    """)

M("other", "", "Meli", "", "es", "hard", "amiga reenvía una búsqueda (Fwd)",
  frm="Meli Cardozo <melicardozo@hotmail.com>", subj="Fwd: Búsqueda AE - te re va",
  date="2025-09-09 13:40", text="""
    Tomi!! Mirá esto, me lo pasaron en el grupo de ex compañeros de la facu. Te re va, mandá CV.

    Besos
    Meli

    ---------- Forwarded message ---------
    De: Comunidad Ventas SaaS <grupo@ventassaas.org>
    Date: mar, 9 sept 2025 a las 11:02
    Subject: Búsqueda AE

    Startup de logística busca Account Executive con 2+ años en SaaS. Proceso: entrevista con RRHH,
    entrevista con el CEO y caso práctico. Enviar CV a jobs@rutaclara.com.ar
    """)

M("other", "", "", "", "en", "hard", "meetup cancelled; 'we regret'",
  frm="SaaS Sales Buenos Aires <info@saassalesba.org>", subj="We regret to inform you: October meetup cancelled",
  date="2025-10-10 18:00", headers=(("Precedence", "bulk"),), text="""
    Hi everyone,

    We regret to inform you that the October meetup ("From SDR to AE in 18 months") is cancelled because
    the venue had a last-minute conflict. Your RSVP has been released. We'll announce the new date soon.

    The SaaS Sales BA organizers
    """)

M("other", "", "", "", "es", "hard", "préstamo personal no aprobado",
  frm="Crédito Ya Financiera <notificaciones@creditoya.com.ar>", subj="Resultado de tu solicitud de préstamo",
  date="2025-11-03 10:30", html="""
    <html><body>
    <p>Hola Tomás:</p>
    <p>Analizamos tu solicitud de préstamo personal N.º 558120 y lamentamos informarte que en esta
    oportunidad no pudimos aprobarla según nuestra política crediticia.</p>
    <p>Podés volver a intentarlo dentro de 90 días.</p>
    <p>Crédito Ya Financiera</p>
    </body></html>
    """)

M("other", "", "", "", "es", "hard", "admisión a posgrado; 'felicitaciones, fuiste admitido'",
  frm="Admisiones Posgrado <admisiones.posgrado@udelsur.edu.ar>", subj="Admisión - Posgrado en Dirección Comercial",
  date="2025-12-15 12:25", text="""
    Estimado Tomás Quiroga:

    Nos complace informarle que ha sido admitido al Posgrado en Dirección Comercial, cohorte 2026. La
    entrevista de admisión fue evaluada favorablemente por el comité académico.

    Para confirmar su vacante, deberá abonar la matrícula antes del 10 de febrero.

    Oficina de Admisiones
    Universidad del Sur
    """)

M("other", "", "", "", "en", "easy", "coworking receipt",
  frm="Spaces Cowork Palermo <receipts@cowork-palermo.com>", subj="Your receipt #40012",
  date="2026-01-08 18:44", text="""
    Thanks for visiting Cowork Palermo!

    Day pass (1)          ARS 18,000
    Meeting room, 1h      ARS 12,000
    Total                 ARS 30,000

    Paid with card ending 4471.
    """)

M("other", "", "", "", "en", "easy", "social network notification naming recruiter and employer",
  frm="Linkwise <notifications@linkwise.com>", subj="Rachel Nguyen from Kestrelpoint viewed your profile",
  date="2026-01-18 08:30", headers=(("List-Unsubscribe", "<https://linkwise.com/settings/email>"),), text="""
    Rachel Nguyen, Talent Partner at Kestrelpoint, viewed your profile.

    See who else is looking: https://linkwise.com/me/views

    You're receiving notification emails. Unsubscribe.
    """)

M("other", "", "", "", "es", "hard", "blog: cómo preparar una entrevista de ventas",
  frm="Blog de Redlaboral <novedades@redlaboral.com.ar>", subj="5 preguntas que te van a hacer en una entrevista para SDR",
  date="2026-02-05 08:00", headers=(("List-Unsubscribe", "<https://redlaboral.com.ar/baja>"), ("Precedence", "bulk")), text="""
    Esta semana en el blog:

    - 5 preguntas que te van a hacer en una entrevista para SDR (y cómo responderlas)
    - ¿Te rechazaron? Cómo pedir feedback sin quemar puentes
    - Salarios de ventas en tecnología: encuesta 2026

    Leer más: https://redlaboral.com.ar/blog

    Recibís este newsletter porque estás registrado en Redlaboral.
    """)

M("other", "", "", "", "en", "hard", "conference talk not accepted",
  frm="Revenue Summit LATAM <speakers@revenuesummitlatam.com>", subj="Your session proposal for Revenue Summit LATAM 2026",
  date="2026-03-19 20:00", text="""
    Dear Tomás,

    Thank you for submitting "Outbound in Spanish and English: one cadence or two?" to Revenue Summit
    LATAM 2026. We received over 400 proposals and unfortunately your session was not accepted this year.

    We'd love to see you in the audience: use code SPEAKER15 for 15% off your ticket.

    The Program Committee
    """)

M("other", "", "", "", "en", "easy", "startup job alert digest",
  frm="Launchboard Jobs <jobs@launchboard.co>", subj="8 new startup jobs for Account Executive",
  date="2026-03-26 11:00", headers=(("List-Unsubscribe", "<https://launchboard.co/unsub>"), ("Precedence", "bulk")), text="""
    New matches for "Account Executive" (Remote - LATAM)

    * Account Executive, Mid-Market - Series B payments startup - Remote
    * Founding AE - AI note-taking tool - Remote (US hours)
    * Account Executive - HR tech - Buenos Aires / Remote

    See all 8 jobs: https://launchboard.co/alerts/ae
    """)

M("other", "", "", "", "en", "hard", "webinar about negotiating a job offer",
  frm="Carrera Tech LATAM <eventos@carreratech.lat>", subj="Webinar: how to negotiate your job offer in USD",
  date="2026-04-21 10:00", headers=(("List-Unsubscribe", "<https://carreratech.lat/baja>"),), html="""
    <html><body>
    <h2>Webinar: how to negotiate your job offer in USD</h2>
    <p>Thursday 7pm (Buenos Aires). We'll cover contractor vs. employee offers, commission plans and what
    to say when the recruiter asks for your expectations in the first interview.</p>
    <p><a href="https://carreratech.lat/webinar">Save your spot</a></p>
    </body></html>
    """)

M("other", "", "", "", "en", "hard", "rental reservation request declined",
  frm="Staybnb <automated@staybnb.com>", subj="Your reservation request was declined",
  date="2026-05-02 13:22", text="""
    Hi Tomás,

    Unfortunately, your host declined your request to book "Cabaña frente al lago" in Bariloche for
    Jul 18-22. You have not been charged.

    Here are similar places available for your dates: https://staybnb.com/s/bariloche
    """)

M("other", "", "", "", "en", "easy", "order delivered notification",
  frm="Mercadito Shipping <envios@mercadito.com>", subj="Your order has been delivered",
  date="2026-05-18 17:40", text="""
    Your package was delivered today at 16:52 and received by the building concierge.

    Order #2026-114-8831: Noise cancelling headset

    Rate your purchase: https://mercadito.com/orders/8831
    """)

M("other", "", "", "", "en", "hard", "certification challenge submission rejected",
  frm="Trailpath Learning <noreply@trailpath.io>", subj="Superbadge submission rejected: check failed",
  date="2026-06-08 22:05", text="""
    Hi Tomás,

    Your submission for the "Sales Cloud Pipeline" superbadge challenge was rejected because one check
    failed: the opportunity stage "Negotiation" is missing a required validation rule.

    Fix the issue and resubmit anytime. No penalty for retries.

    Trailpath Learning
    """)

M("other", "", "Mike", "", "en", "hard", "friend's own final-round interview",
  frm="Mike Dawson <mikedawson.sales@gmail.com>", subj="made it to the final round!!",
  date="2026-07-08 22:40", text="""
    Dude,

    Just got out of my final-round interview at Kestrelpoint. Panel of four, mock demo, the whole thing.
    I think it went well?? They said they'd decide by Friday. Will let you know.

    How's the search going on your end? Any offers yet?

    Mike
    """)

M("other", "", "", "", "en", "easy", "course completion certificate",
  frm="SalesSkill Academy <certificates@salesskill.academy>", subj="Congratulations! Your certificate is ready",
  date="2026-07-25 09:00", pdf="Certificate_Cold_Calling.pdf", text="""
    Congratulations, Tomás!

    You completed the Cold Calling Masterclass. Your certificate is attached and can be shared on your
    professional profile.

    SalesSkill Academy
    """)

M("other", "", "", "", "es", "hard", "turno para entrevista consular de visa",
  frm="Servicio de Citas Consulares <no-reply@citasvisa-ar.info>", subj="Confirmación de cita - entrevista consular",
  date="2026-08-11 10:45", headers=(("Auto-Submitted", "auto-generated"),), text="""
    Estimado/a QUIROGA, TOMAS:

    Su cita para la entrevista consular (visa B1/B2) quedó confirmada:

    Fecha: 22/09/2026
    Hora: 08:15
    Lugar: Av. Colombia 4300, Palermo, CABA

    Presentarse con pasaporte vigente y la hoja de confirmación DS-160. No se permite el ingreso con
    dispositivos electrónicos.
    """)

M("other", "", "Martina", "", "es", "hard", "newsletter de consultora con búsquedas abiertas; signed by recruiter",
  frm="Martina Ocampo <martina@talentosur.com.ar>", subj="Búsquedas activas de la semana - Talento Sur",
  date="2026-09-28 09:30", headers=(("List-Unsubscribe", "<mailto:baja@talentosur.com.ar>"), ("Precedence", "bulk")), text="""
    ¡Hola!

    Estas son las búsquedas comerciales que tenemos abiertas esta semana:

    - Account Executive (SaaS, remoto) - entrevistas desde el lunes
    - SDR bilingüe (fintech, híbrido en Núñez)
    - KAM consumo masivo (Rosario)

    Si te interesa alguna, respondé este mail con tu CV actualizado.

    Martina Ocampo
    Talento Sur Consultores
    Si no querés recibir más estos mails, respondé BAJA.
    """)

M("other", "", "Silvia", "", "es", "hard", "mamá pregunta por la entrevista",
  frm="Silvia Bustos <silviabustos62@yahoo.com.ar>", subj="Domingo",
  date="2026-10-24 20:05", text="""
    Tomi, ¿cómo te fue con la entrevista del jueves? Contame cuando puedas.

    El domingo hacemos asado en casa, venite con Flor. Traé hielo.

    Besos, mamá
    """)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    # inbox order: chronological, so file numbers do not reveal the label
    ITEMS.sort(key=lambda item: item[1]["Date"].datetime)
    for i, (row, msg) in enumerate(ITEMS, start=1):
        row["file"] = f"{i:03d}.eml"
        for j, part in enumerate(msg.walk()):  # fixed boundaries keep the output reproducible
            if part.is_multipart():
                seed = hashlib.sha1(f"{row['file']}-{j}".encode()).hexdigest()[:28]
                part.set_boundary(f"000000000000{seed}")
        (OUT / row["file"]).write_bytes(msg.as_bytes(policy=SMTP))
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row, _ in ITEMS:
            writer.writerow(row)
    print(f"wrote {len(ITEMS)} messages to {OUT}")


if __name__ == "__main__":
    main()
