"""Generate the blind41 evaluation corpus (stdlib only).

Job seeker: Valentina Ruiz Cárdenas <valentina.ruizc@gmail.com>, industrial /
manufacturing engineer (Monterrey / Mexico City). All people and companies are
fictional. Run: python tests/corpus/make_blind41.py
"""

from __future__ import annotations

import csv
import email.policy
import email.utils
import hashlib
import random
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind41"
ME = Address("Valentina Ruiz Cárdenas", "valentina.ruizc", "gmail.com")
COLUMNS = ["file", "label", "company", "contact_first_name", "role", "return_date",
           "lang", "difficulty", "notes", "interview_at"]
MSGS: list[dict] = []

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
       b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def dt(stamp: str, off: str) -> datetime:
    """'2026-03-03 10:15' plus '-0600' -> aware datetime."""
    sign = -1 if off[0] == "-" else 1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def m(label: str, *, frm: str, subj: str, date: str, off: str, body: str = "",
      html: str | None = None, company: str = "", contact: str = "", role: str = "",
      ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "", iat: str = "",
      cte: str | None = None, hdr: dict | None = None, pdf: str | None = None,
      ics: str | None = None, reply: bool = False, to: str | None = None) -> None:
    MSGS.append(dict(label=label, frm=frm, subj=subj, date=date, off=off, body=body,
                     html=html, company=company, contact=contact, role=role, ret=ret,
                     lang=lang, diff=diff, notes=notes, iat=iat, cte=cte, hdr=hdr or {},
                     pdf=pdf, ics=ics, reply=reply, to=to))


def ics_event(start: datetime, minutes: int, summary: str, organizer: str, uid: str) -> str:
    end = start + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    s, e = start.astimezone(UTC), end.astimezone(UTC)
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Blind41//Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:{s.strftime(f)}\r\nDTSTART:{s.strftime(f)}\r\nDTEND:{e.strftime(f)}\r\n"
            f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
            "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:valentina.ruizc@gmail.com\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def build(i: int, s: dict) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    name, addr = email.utils.parseaddr(s["frm"])
    domain = addr.split("@")[1]
    when = dt(s["date"], s["off"])
    seed = hashlib.sha1(f"b41-{i}-{s['subj']}".encode()).hexdigest()
    msg["Delivered-To"] = "valentina.ruizc@gmail.com"
    msg["Return-Path"] = f"<{addr}>"
    msg["From"] = Address(name, addr.split("@")[0], domain) if name else addr
    msg["To"] = s["to"] or ME
    msg["Subject"] = s["subj"]
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = f"<{seed[:20]}.{seed[20:28]}@{domain}>"
    if s["reply"]:
        ref = f"<CA{seed[8:30].upper()}@mail.gmail.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in s["hdr"].items():
        msg[k] = v
    if s["body"]:
        msg.set_content(s["body"], cte=s["cte"]) if s["cte"] else msg.set_content(s["body"])
        if s["html"]:
            msg.add_alternative(s["html"], subtype="html")
    elif s["html"]:
        msg.set_content(s["html"], subtype="html", cte=s["cte"] or "quoted-printable")
    if s["ics"]:
        if msg.is_multipart():
            msg.add_alternative(s["ics"], subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.make_alternative()
            msg.add_alternative(s["ics"], subtype="calendar", params={"method": "REQUEST"})
    if s["pdf"]:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=s["pdf"])
    return msg


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    order = list(MSGS)
    random.Random(41).shuffle(order)  # deterministic, labels not grouped by file number
    for i, s in enumerate(order, 1):
        fname = f"{i:03d}.eml"
        (OUT / fname).write_bytes(build(i, s).as_bytes())
        rows.append([fname, s["label"], s["company"], s["contact"], s["role"], s["ret"],
                     s["lang"], s["diff"], s["notes"], s["iat"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------
# ----------------------------- rejection (26) -----------------------------
AG = {"Auto-Submitted": "auto-generated"}

m("rejection", frm="Brixton Thermal Systems <brixtonthermal@myworkday.com>",
  subj="Update on your application - Manufacturing Engineer II (R-20417)",
  date="2025-02-11 16:02", off="-0600", hdr=AG, company="Brixton Thermal Systems",
  role="Manufacturing Engineer II", notes="Workday template; 'other candidates'",
  body="""Dear Valentina,

Thank you for applying to the Manufacturing Engineer II position (R-20417) at our
San Antonio, TX plant.

After careful review, we have decided to move forward with other candidates whose
background more closely aligns with the needs of the role at this time.

We encourage you to keep an eye on our careers site for future openings.

Brixton Thermal Systems Talent Acquisition

This message was sent from an unmonitored mailbox.""")

m("rejection", frm="Reclutamiento Forjados Cumbre <noreply@forjadoscumbre.com.mx>",
  subj="Seguimiento a tu postulación: Ingeniera de Procesos",
  date="2025-03-04 09:40", off="-0600", lang="es", company="Forjados Cumbre",
  role="Ingeniera de Procesos", notes="Spanish ATS; S.A. de C.V. dropped",
  body="""Hola Valentina:

Agradecemos tu interés en formar parte de Forjados Cumbre, S.A. de C.V. y el tiempo
que dedicaste a tu postulación para la vacante de Ingeniera de Procesos en nuestra
planta de Apodaca.

En esta ocasión hemos decidido continuar el proceso con otros perfiles que se
ajustan más a los requerimientos del puesto. Tu CV permanecerá en nuestra base de
datos por 12 meses.

Te deseamos mucho éxito.

Atracción de Talento
Forjados Cumbre, S.A. de C.V.""")

m("rejection", frm="Hannes Vogt <h.vogt@hartwig-antriebe.de>",
  subj="AW: Ihre Bewerbung als Fertigungsingenieurin (m/w/d)",
  date="2025-04-17 11:25", off="+0200", lang="de", reply=True,
  company="Hartwig Antriebstechnik GmbH", contact="Hannes",
  role="Fertigungsingenieurin (m/w/d)", notes="German; after video interview; GmbH kept",
  body="""Sehr geehrte Frau Ruiz Cárdenas,

vielen Dank für das angenehme Videogespräch in der vergangenen Woche und Ihr
Interesse an unserem Standort in Querétaro.

Nach sorgfältiger Abwägung haben wir uns leider für eine andere Kandidatin
entschieden, deren Erfahrung mit Verzahnungsprozessen unserem aktuellen Bedarf
noch näher kommt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Hannes Vogt
Leiter Fertigungstechnik
Hartwig Antriebstechnik GmbH
Schweinfurt | Querétaro""")

m("rejection", frm="Marisela Treviño <mtrevino@piedraazul.mx>",
  subj="Re: Gracias por la entrevista",
  date="2025-05-09 18:12", off="-0600", lang="es", diff="hard", reply=True,
  company="Cervecería Piedra Azul", contact="Marisela", role="Ingeniera de Mejora Continua",
  notes="no explicit no; 'nos inclinamos por otra persona'; quotes her thank-you mentioning next steps",
  body="""Valentina, muchas gracias a ti por tu tiempo y por el caso que preparaste,
de verdad nos gustó mucho cómo abordaste el tema de cambios de formato en la
línea 3.

Te soy sincera: para la posición de Ingeniera de Mejora Continua nos inclinamos por
alguien que ya viene de envasado en vidrio y que puede arrancar de inmediato. No
quería que te enteraras por un correo automático.

Si te parece, me gustaría seguir en contacto para lo que venga en la planta de
Tecate el próximo año.

Un abrazo,
Marisela Treviño
Gerente de Manufactura | Cervecería Piedra Azul

-----Original Message-----
From: Valentina Ruiz Cárdenas <valentina.ruizc@gmail.com>
Subject: Gracias por la entrevista

Hola Marisela, gracias por la entrevista de hoy. Quedo atenta a los siguientes
pasos y a la fecha para la visita a planta.""")

m("rejection", frm="Lonestar Axle & Driveline <no-reply@lonestaraxle.icims.com>",
  subj="Your application to Lonestar Axle & Driveline",
  date="2025-06-02 07:55", off="-0500", hdr=AG, company="Lonestar Axle & Driveline",
  role="Quality Engineer", cte="quoted-printable",
  notes="iCIMS; 'not be progressing'",
  body="""Hello Valentina,

Thank you for your interest in the Quality Engineer opening at our Seguin, Texas
facility. We have reviewed your qualifications and, unfortunately, we will not be
progressing your application further for this requisition.

We appreciate the time you invested and wish you the best in your search.

Regards,
Talent Acquisition Team
Lonestar Axle & Driveline, LLC""")

m("rejection", frm="Greenhouse <no-reply@greenhouse.io>",
  subj="Vantor Semiconductor - Process Engineer, Backend Assembly",
  date="2025-07-21 13:30", off="-0700", company="Vantor Semiconductor",
  role="Process Engineer, Backend Assembly", diff="hard",
  notes="post-onsite; 'different direction'; mentions onsite and next steps for others",
  html="""<html><body><p>Hi Valentina,</p>
<p>Thanks so much for spending the day with us at the Chandler fab for your onsite. The panel
enjoyed the discussion about wire-bond yield and your OEE dashboards.</p>
<p>After debriefing, the team has decided to go in a different direction for the Process
Engineer, Backend Assembly role. We know that's disappointing after an onsite, and we're
grateful for the effort you put in.</p>
<p>Warmly,<br>Recruiting @ Vantor Semiconductor</p>
<p style="font-size:11px;color:#888">Powered by Greenhouse</p></body></html>""")

m("rejection", frm="Jorge Elizondo <jorge.elizondo@talentoindustrial.mx>",
  subj="Posición Gerente de Ingeniería - Cliente sector cementero",
  date="2025-08-14 12:05", off="-0600", lang="es", diff="hard",
  company="Cementos Laderas del Golfo", contact="Jorge", role="Jefa de Ingeniería Industrial",
  notes="headhunter relays client's decision; agency domain",
  body="""Hola Valentina, ¿qué tal?

Ya tuve retroalimentación de Cementos Laderas del Golfo sobre la posición de Jefa de
Ingeniería Industrial en Orizaba. Me comentan que les gustó tu perfil, pero
finalmente decidieron cubrir la vacante con una promoción interna del área de
molienda, así que por ahora el proceso se cierra para ti.

Te lo comparto tal cual me lo dijeron. Tengo otras dos búsquedas en el sector
que podrían interesarte; te busco la próxima semana.

Saludos,
Jorge Elizondo
Socio | Talento Industrial Consultores
Monterrey, N.L.""")

m("rejection", frm="Redcliff Logistics Group <careers@redcliff-lg.com>",
  subj="Position update",
  date="2025-09-03 10:10", off="-0500", company="Redcliff Logistics Group",
  role="Distribution Center Industrial Engineer",
  notes="position filled",
  body="""Dear Valentina Ruiz Cárdenas,

Re: Distribution Center Industrial Engineer - Laredo, TX

We wanted to let you know that this position has now been filled. Thank you for
the interest you showed in Redcliff Logistics Group.

Sincerely,
Human Resources
Redcliff Logistics Group""")

m("rejection", frm="Dana Kowalczyk <dana.k@atlasconveyor.com>",
  subj="Re: Controls/Manufacturing Engineer role",
  date="2025-09-29 17:48", off="-0500", diff="hard", reply=True,
  company="Atlas Conveyor Systems", contact="Dana", role="Manufacturing Engineer",
  notes="curt; 'this one didn't work out'; no signature title",
  body="""Valentina - appreciate you following up. This one didn't work out; we need someone
with more PLC programming depth than we saw in the technical round. Good luck out there.

- Dana

On Mon, Sep 29, 2025 at 9:02 AM Valentina Ruiz Cárdenas wrote:
> Hi Dana, just checking in on the Manufacturing Engineer role after last week's
> technical interview. Happy to provide anything else you need.""")

m("rejection", frm="Valmora Electronics de México <valmora@successfactors.eu>",
  subj="Valmora Electronics: Estatus de tu solicitud / Application status",
  date="2025-10-08 08:20", off="-0600", hdr=AG, lang="es",
  company="Valmora Electronics de México", role="Ingeniera de Procesos SMT",
  notes="SuccessFactors; bilingual; S. de R.L. de C.V. dropped",
  body="""Estimada Valentina,

Gracias por postularte a la vacante Ingeniera de Procesos SMT (Req. 88213) en
Guadalajara. Lamentamos informarte que no fuiste seleccionada para continuar en el
proceso.

Dear Valentina, thank you for applying. Unfortunately you were not selected to move
forward for this position.

Valmora Electronics de México, S. de R.L. de C.V.
Recursos Humanos / Human Resources""")

m("rejection", frm="Teamtailor <notifications@teamtailor.com>",
  subj="Thanks from Norvento Packaging",
  date="2025-11-12 15:00", off="+0100", company="Norvento Packaging",
  role="Packaging Development Engineer", diff="hard",
  notes="Teamtailor; 'not the right match at this time' plus talent pool",
  html="""<html><body><div style="font-family:Arial">
<h2>Hi Valentina,</h2>
<p>We really appreciate your interest in the <b>Packaging Development Engineer</b> position
at Norvento Packaging in Monterrey.</p>
<p>We've looked closely at your profile and, while there's a lot we like, it's not the right
match at this time. We'd love to keep you in our talent community, so we'll reach out if
something closer to your experience opens up.</p>
<p>All the best,<br>The Norvento People Team</p>
<p><a href="https://norvento.teamtailor.com/connect">Join our Connect community</a></p>
</div></body></html>""")

m("rejection", frm="Ricardo Salinas Mora <rsalinas@halconnorte.com.mx>",
  subj="Vacante Supervisora de Patio",
  date="2025-12-01 19:40", off="-0600", lang="es",
  company="Transportes Halcón Norte", contact="Ricardo", role="Supervisora de Patio",
  diff="hard", notes="personal, short; 'no vamos a avanzar' after second interview",
  body="""Valentina buenas tardes,

Gracias por venir a la segunda entrevista en Escobedo. Después de revisarlo con
Dirección, no vamos a avanzar con tu candidatura para Supervisora de Patio; buscamos
a alguien con más años en operación de tractocamiones.

Te agradezco mucho la disposición.

Ricardo Salinas Mora
Gerente de Operaciones
Transportes Halcón Norte, S.A. de C.V.""")

m("rejection", frm="Marquette Appliance Components <talent@marquette-ac.com>",
  subj="Your candidacy - Lean Six Sigma Black Belt (Ciudad Juárez)",
  date="2026-01-09 11:11", off="-0700", company="Marquette Appliance Components",
  role="Lean Six Sigma Black Belt", diff="hard",
  notes="rejection framed as 'keep your resume on file' and referral to other site",
  body="""Dear Valentina,

Thank you for your time throughout our process for the Lean Six Sigma Black Belt role
in Ciudad Juárez. We were impressed by your DMAIC portfolio.

We've concluded that we will not be extending an offer for this role. With your
permission, we'll keep your resume on file and share it with our Reynosa site, which
expects openings later in the year.

Kind regards,
Brenda Holloway
Senior Talent Partner
Marquette Appliance Components, Inc.""", contact="Brenda")

m("rejection", frm="Rheinfeld Automotive Systems <rheinfeld@successfactors.com>",
  subj="Ihre Bewerbung: Supplier Quality Engineer (w/m/d) - San Luis Potosí",
  date="2026-01-27 14:03", off="+0100", lang="de", hdr=AG,
  company="Rheinfeld Automotive Systems GmbH", role="Supplier Quality Engineer (w/m/d)",
  notes="German SuccessFactors; 'Absage' without the word",
  body="""Sehr geehrte Frau Ruiz Cárdenas,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an der Rheinfeld
Automotive Systems GmbH.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für
die Position Supplier Quality Engineer (w/m/d) am Standort San Luis Potosí nicht weiter
berücksichtigen können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfeld Automotive Systems GmbH""")

m("rejection", frm="Lever <no-reply@hire.lever.co>",
  subj="Following up on your Kinetik Fleet application",
  date="2026-02-16 10:45", off="-0600", company="Kinetik Fleet",
  role="Operations Excellence Engineer",
  notes="Lever; pursuing other applicants",
  body="""Hi Valentina,

Thanks for applying to the Operations Excellence Engineer role at Kinetik Fleet. We've
decided to pursue other applicants whose experience more closely matches what the
Monterrey hub needs right now.

We'll hold onto your details and may reach out if there's a fit in the future.

Best,
Kinetik Fleet Talent""")

m("rejection", frm="Sophie Marchand <sophie.marchand@dumont-aero.fr>",
  subj="Candidature - Ingénieure Méthodes (H/F) Querétaro",
  date="2026-03-05 09:30", off="+0100", lang="fr",
  company="Dumont Aéronautique", contact="Sophie", role="Ingénieure Méthodes (H/F)",
  notes="French; after interviews",
  body="""Bonjour Valentina,

Je vous remercie pour les entretiens réalisés avec l'équipe de Querétaro.

Après réflexion, nous avons le regret de vous informer que nous ne donnerons pas suite
à votre candidature pour le poste d'Ingénieure Méthodes (H/F). Le profil retenu
possède une expérience plus longue sur les pièces composites.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Sophie Marchand
Chargée de recrutement
Dumont Aéronautique""")

m("rejection", frm="EmpleoMax <avisos@empleomax.com.mx>",
  subj="La empresa actualizó el estado de tu postulación",
  date="2026-03-19 07:02", off="-0600", lang="es", diff="hard",
  company="Embotelladora del Bajío", role="Analista de Planeación de Producción",
  notes="job board relays employer decision; company only in body",
  html="""<html><body><table><tr><td>
<p>Hola Valentina,</p>
<p>La empresa <b>Embotelladora del Bajío</b> actualizó tu postulación a
<b>Analista de Planeación de Producción</b> (Celaya, Gto.).</p>
<p>Estado: <b>Descartada</b> &mdash; la empresa eligió otros candidatos para esta vacante.</p>
<p>No te desanimes: tenemos 37 vacantes similares para ti.</p>
<p><a href="https://www.empleomax.com.mx/vacantes">Ver vacantes</a></p>
<p style="font-size:10px">EmpleoMax &middot; Darte de baja de avisos</p>
</td></tr></table></body></html>""",
  hdr={"List-Unsubscribe": "<https://www.empleomax.com.mx/baja?u=88a1>"})

m("rejection", frm="Owen Castellanos <ocastellanos@brazossteel.com>",
  subj="Brazos Steel - Production Supervisor",
  date="2026-04-06 16:20", off="-0500", diff="hard",
  company="Brazos Steel Fabricators", contact="Owen", role="Production Supervisor (2nd shift)",
  notes="rejection after final round with referral offer; mentions offer to someone else",
  body="""Hi Valentina,

I wanted to call but kept missing you, so an email will have to do. We extended an offer
for the Production Supervisor (2nd shift) job to a candidate who's been running a
structural line in Pasadena for six years, and they accepted this morning.

You were a strong runner-up. If you'd like, I'm happy to introduce you to a friend who
runs CI at a fabricator in Monterrey - just say the word.

Owen Castellanos
Plant Manager, Brazos Steel Fabricators
Houston, TX""")

m("rejection", frm="Workable <noreply@workable.com>",
  subj="Your application for Supply Chain Planner at Tierra Fértil Agroindustrias",
  date="2026-04-23 12:00", off="-0600", company="Tierra Fértil Agroindustrias",
  role="Supply Chain Planner", hdr=AG,
  notes="Workable; company only in subject/body",
  body="""Hi Valentina,

Thank you for the interest you've shown in Tierra Fértil Agroindustrias and the Supply
Chain Planner position.

We regret to let you know that we have decided not to move ahead with your application.
We wish you every success.

Tierra Fértil Agroindustrias Hiring Team

Sent with Workable""")

m("rejection", frm="Gabriela Funes <gfunes@sierramadrevidrio.com>",
  subj="RE: Seguimiento proceso Ingeniería Industrial",
  date="2026-05-14 13:37", off="-0600", lang="es", diff="hard", reply=True,
  company="Sierra Madre Vidrio", contact="Gabriela", role="Ingeniera Industrial Sr.",
  notes="reply quotes earlier interview invite; decision only at top",
  body="""Hola Valentina,

Gracias por escribir. Te confirmo que el comité eligió a otro finalista para la posición
de Ingeniera Industrial Sr.; lamento no traerte mejores noticias.

Saludos cordiales,
Gabriela Funes
Business Partner de Talento
Sierra Madre Vidrio

________________________________
De: Gabriela Funes
Enviado: martes, 21 de abril de 2026 10:02
Para: Valentina Ruiz Cárdenas
Asunto: Entrevista Ingeniería Industrial

Hola Valentina, nos gustaría invitarte a una entrevista presencial en la planta de
García, N.L. el jueves 23 de abril a las 9:00. ¿Te acomoda?""")

m("rejection", frm="Taleo <noreply@taleo.net>",
  subj="Cascadia Brewing Company - Requisition 4471 Process Engineer",
  date="2026-06-08 06:45", off="-0700", hdr=AG,
  company="Cascadia Brewing Company", role="Process Engineer - Packaging",
  notes="Taleo; formal 'not selected'",
  body="""Dear Valentina Ruiz Cárdenas,

Thank you for your interest in Requisition 4471, Process Engineer - Packaging, with
Cascadia Brewing Company.

We have carefully reviewed all applicants and regret to inform you that you have not
been selected for this position. Your profile will remain in our system and you can
update it at any time.

Cascadia Brewing Company
Human Resources

Please do not reply to this e-mail.""")

m("rejection", frm="Nadia Ferrer <nadia@puentehumano.mx>",
  subj="Fwd: Retro candidatos - Ing. Manufactura",
  date="2026-06-30 10:05", off="-0600", diff="hard",
  company="Oberland Kunststofftechnik GmbH", contact="Nadia", role="Manufacturing Engineer",
  notes="agency forwards client's English note; client's German GmbH",
  body="""Hola Vale, te reenvío lo que nos mandó el cliente. Lo siento mucho, sé que te
ilusionaba. Seguimos buscando, ¿va?

Nadia Ferrer
Consultora Sr. | Puente Humano RH

---------- Forwarded message ---------
From: Klaus Reiter <k.reiter@oberland-kt.de>
Date: Mon, 29 Jun 2026 at 16:44
Subject: Retro candidatos - Ing. Manufactura
To: Nadia Ferrer <nadia@puentehumano.mx>

Hi Nadia,
thanks for the shortlist for the Manufacturing Engineer opening in Silao. We will not
proceed with Ms. Ruiz Cárdenas; we are moving forward with the other two candidates.
Regards, Klaus
Oberland Kunststofftechnik GmbH""")

m("rejection", frm="Precision Harness de Coahuila <rh@phcoahuila.com>",
  subj="=?utf-8?q?Gracias_por_tu_inter=C3=A9s?=",
  date="2026-07-15 09:00", off="-0600", lang="es",
  company="Precision Harness de Coahuila", role="Ingeniera de Calidad",
  notes="short Spanish template",
  body="""Valentina, gracias por tu interés en la vacante de Ingeniera de Calidad en Ramos Arizpe.
El puesto ya fue cubierto. Te invitamos a seguir pendiente de nuestras vacantes.

Recursos Humanos - Precision Harness de Coahuila""")

m("rejection", frm="SmartRecruiters <no-reply@smartrecruiters.com>",
  subj="Update from Kessler & Auer Sensorik",
  date="2026-08-20 15:30", off="+0200", diff="hard",
  company="Kessler & Auer Sensorik GmbH", role="Industrial Engineer - Plant Layout",
  notes="'Unfortunately' preceded by praise; mentions interview stage for others",
  body="""Dear Valentina,

Thank you for applying for Industrial Engineer - Plant Layout at Kessler & Auer Sensorik
GmbH (Apodaca site). We received a high number of strong applications and invited a small
group to interview.

Unfortunately, your application was not among those shortlisted this time.

Best regards,
Talent Acquisition
Kessler & Auer Sensorik GmbH""", cte="base64")

m("rejection", frm="Lucas Brandt <lucas.brandt@trellisgrid.com>",
  subj="quick note",
  date="2026-10-01 20:15", off="-0500", diff="hard",
  company="Trellis Grid Equipment", contact="Lucas", role="Senior Industrial Engineer",
  notes="very short, no keywords; 'going with someone local'",
  body="""Valentina,

Wanted you to hear it from me: we're going with someone already in Austin for the
Senior Industrial Engineer spot. Relocation ended up being the deciding factor, not
anything you did. I'd be glad to be a reference down the road.

Lucas
Trellis Grid Equipment""")

m("rejection", frm="Ashby <no-reply@ashbyhq.com>",
  subj="Regarding your application to Orbe Movilidad",
  date="2026-10-22 11:48", off="-0600", hdr=AG,
  company="Orbe Movilidad", role="Battery Pack Manufacturing Engineer",
  notes="Ashby; 'won't be moving forward'",
  html="""<html><body><p>Hi Valentina,</p><p>Thank you for your interest in Orbe Movilidad and
for taking the time to speak with our recruiter about the Battery Pack Manufacturing
Engineer role.</p><p>We won't be moving forward with your candidacy at this point. We
appreciate your time and wish you the best.</p><p>Orbe Movilidad Recruiting</p></body></html>""")
# ------------------------------ on_hold (10) ------------------------------
m("on_hold", frm="Stonegate Tire & Rubber <stonegate@myworkday.com>",
  subj="Requisition update: Industrial Engineer (R-7731)",
  date="2025-03-26 14:40", off="-0500", hdr=AG, diff="hard",
  company="Stonegate Tire & Rubber", role="Industrial Engineer",
  notes="requisition cancelled; Workday wording close to rejection",
  body="""Dear Valentina,

Thank you for your interest in the Industrial Engineer (R-7731) position at our Laredo
plant. This requisition has been cancelled and we will not be filling the position.
As a result, your application will no longer be considered for this role.

This decision is not a reflection of your qualifications. You are welcome to apply to
other openings on our careers site.

Stonegate Tire & Rubber Talent Acquisition""")

m("on_hold", frm="Valmora Electronics de México <rh.guadalajara@valmora.com.mx>",
  subj="Proceso Ingeniera de Manufactura - actualización",
  date="2025-04-30 12:30", off="-0600", lang="es",
  company="Valmora Electronics de México", contact="Itzel", role="Ingeniera de Manufactura",
  notes="hiring freeze, Spanish",
  body="""Hola Valentina,

Te escribo para informarte que, por indicaciones del corporativo, tenemos un
congelamiento de contrataciones en la planta de Guadalajara a partir de esta semana.
El proceso para Ingeniera de Manufactura queda suspendido hasta nuevo aviso.

Tu candidatura sigue siendo de nuestro interés; en cuanto se reactive la vacante te
contacto directamente.

Saludos,
Itzel Barragán
Reclutamiento | Valmora Electronics de México, S. de R.L. de C.V.""")

m("on_hold", frm="Jorge Elizondo <jorge.elizondo@talentoindustrial.mx>",
  subj="Búsqueda Gerente de Mejora Continua - pausa",
  date="2025-06-19 17:05", off="-0600", lang="es", diff="hard",
  company="Aceros Sabinas", contact="Jorge", role="Gerente de Mejora Continua",
  notes="headhunter; client pauses search over tariffs; mentions final interview",
  body="""Valentina, buenas tardes.

Te aviso que Aceros Sabinas nos pidió poner en pausa la búsqueda de Gerente de Mejora
Continua. Con el tema de aranceles están revisando el plan de inversión de la línea de
galvanizado y no quieren contratar hasta tener claridad, probablemente en el cuarto
trimestre.

Ibas muy bien: eras una de las dos finalistas para la entrevista final con el director.
En cuanto se reactive, te aviso.

Saludos,
Jorge Elizondo
Talento Industrial Consultores""")

m("on_hold", frm="Katrin Oswald <katrin.oswald@rheinfeld-as.de>",
  subj="Ihre Bewerbung - Lean Manager (w/m/d)",
  date="2025-07-08 09:15", off="+0200", lang="de",
  company="Rheinfeld Automotive Systems GmbH", contact="Katrin", role="Lean Manager (w/m/d)",
  notes="German; Stelle auf Eis gelegt",
  body="""Sehr geehrte Frau Ruiz Cárdenas,

leider müssen wir Ihnen mitteilen, dass die Besetzung der Position Lean Manager (w/m/d)
für unser Werk in Puebla aufgrund einer Umstrukturierung vorerst auf Eis gelegt wurde.
Dies hat nichts mit Ihrer Qualifikation zu tun.

Sobald wir den Prozess wieder aufnehmen, melden wir uns gern bei Ihnen.

Freundliche Grüße
Katrin Oswald
HR Business Partner
Rheinfeld Automotive Systems GmbH""")

m("on_hold", frm="Helix Drive Robotics <no-reply@greenhouse.io>",
  subj="An update on the Manufacturing Engineer role",
  date="2025-10-27 10:00", off="-0500", diff="hard",
  company="Helix Drive Robotics", role="Manufacturing Engineer - Final Assembly",
  notes="'role is no longer open'; reads like a rejection",
  body="""Hi Valentina,

We wanted to let you know that the Manufacturing Engineer - Final Assembly role at our
Round Rock facility is no longer open. The business has decided not to move ahead with
this headcount for now, so we've closed the posting for all candidates.

Thanks for your interest in Helix Drive Robotics.

The Helix Recruiting Team""")

m("on_hold", frm="Carla Whitcombe <cwhitcombe@bluebonnetpkg.com>",
  subj="Re: Continuous Improvement Manager",
  date="2026-01-14 08:50", off="-0600", diff="hard", reply=True,
  company="Bluebonnet Packaging", contact="Carla", role="Continuous Improvement Manager",
  notes="reorg; 'pausing this search'; warm",
  body="""Hi Valentina,

Thank you for your patience. I owe you an honest update: we're in the middle of a reorg
of the operations group and leadership asked us to pause this search until the new
structure is final. I expect that to take until at least April.

You were at the top of my list and I'd like to pick the conversation back up when we
restart.

Carla Whitcombe
Director of Operations
Bluebonnet Packaging, Inc. | Waco, TX

> On Jan 12, 2026, Valentina Ruiz Cárdenas wrote:
> Hi Carla, any news on the Continuous Improvement Manager process?""")

m("on_hold", frm="Marisela Treviño <mtrevino@piedraazul.mx>",
  subj="Vacante Coordinadora de Ingeniería Industrial",
  date="2026-02-24 13:10", off="-0600", lang="es",
  company="Cervecería Piedra Azul", contact="Marisela",
  role="Coordinadora de Ingeniería Industrial", notes="budget reassigned",
  body="""Hola Valentina,

Te escribo respecto a la vacante de Coordinadora de Ingeniería Industrial. El
presupuesto de 2026 para esa plaza se reasignó al proyecto de la nueva línea de latas,
así que por ahora no vamos a continuar con la contratación.

Nada que ver con tu perfil, que nos sigue encantando. Te busco si se libera.

Marisela Treviño
Cervecería Piedra Azul, S. de R.L. de C.V.""")

m("on_hold", frm="Marquette Appliance Components <marquette@icims.com>",
  subj="Status of your application - Plant Industrial Engineer",
  date="2026-05-06 16:30", off="-0600", hdr=AG, diff="hard",
  company="Marquette Appliance Components", role="Plant Industrial Engineer",
  notes="requisition closed, will not be filled; 'thank you for your interest'",
  body="""Dear Valentina,

The requisition for Plant Industrial Engineer (Reynosa) has been closed and will not be
filled at this time due to a change in business needs. All candidates in process are
receiving this notice.

Thank you for your interest in Marquette Appliance Components.

Talent Acquisition""")

m("on_hold", frm="Julien Perrot <j.perrot@lacroix-emballages.fr>",
  subj="Poste Responsable Amélioration Continue - Monterrey",
  date="2026-06-17 15:45", off="+0200", lang="fr",
  company="Lacroix Emballages", contact="Julien", role="Responsable Amélioration Continue",
  notes="French; recruitment suspended",
  body="""Bonjour Valentina,

Je reviens vers vous concernant le poste de Responsable Amélioration Continue pour
notre future usine de Monterrey. Le démarrage du site a été décalé et la direction a
décidé de suspendre le recrutement jusqu'à nouvel ordre.

Votre candidature reste tout à fait pertinente et je ne manquerai pas de vous recontacter
dès la reprise du projet.

Cordialement,
Julien Perrot
Responsable RH International
Lacroix Emballages""")

m("on_hold", frm="TrabajoYa <notificaciones@trabajoya.mx>",
  subj="Actualización: vacante pausada",
  date="2026-08-03 08:05", off="-0600", lang="es", diff="hard",
  company="Autopartes Río Bravo", role="Ingeniera de Procesos",
  notes="job board relays that employer paused the vacancy",
  html="""<html><body><p>Hola Valentina:</p>
<p>La empresa <b>Autopartes Río Bravo</b> pausó temporalmente la vacante
<b>Ingeniera de Procesos</b> (Reynosa, Tamps.) a la que te postulaste. Tu postulación sigue
guardada; si la empresa reactiva la vacante, te avisaremos.</p>
<p>Equipo TrabajoYa</p></body></html>""",
  hdr={"List-Unsubscribe": "<mailto:baja@trabajoya.mx>"})
# ----------------------------- interview (22) -----------------------------
m("interview", frm="ModernLoop Scheduling <scheduling@modernloop.io>",
  subj="Confirmed: Interview with Lonestar Axle & Driveline",
  date="2026-03-03 12:20", off="-0600", hdr=AG,
  company="Lonestar Axle & Driveline", role="Senior Quality Engineer",
  iat="2026-03-10T10:00:00-05:00", notes="ModernLoop confirmation; CDT stated",
  body="""Hi Valentina,

Your interview for Senior Quality Engineer at Lonestar Axle & Driveline is confirmed.

When: Tuesday, March 10, 2026, 10:00 AM - 11:00 AM Central Daylight Time (CDT)
Where: Microsoft Teams (link below)
Interviewers: Travis Monroe (Quality Manager), Ana Lucía Pardo (Supplier Quality Lead)

Join: https://teams.example.com/l/meetup-join/19%3ameeting_LAD

Need to reschedule? Use the link in this email; please don't reply directly.""")

m("interview", frm="Marisela Treviño <mtrevino@piedraazul.mx>",
  subj="Entrevista - Ingeniera de Mejora Continua",
  date="2025-04-16 11:02", off="-0600", lang="es",
  company="Cervecería Piedra Azul", contact="Marisela", role="Ingeniera de Mejora Continua",
  iat="2025-04-24T10:00:00-06:00", notes="Spanish invitation with definite time",
  body="""Hola Valentina,

Gracias por postularte. Nos gustaría conocerte en una entrevista presencial en la planta
de Monterrey (Av. Universidad 2800) el jueves 24 de abril de 2025 a las 10:00 a.m.
(hora del centro de México). Serán aproximadamente 90 minutos, incluido un recorrido por
la línea de envasado. Trae zapato de seguridad, por favor.

¿Me confirmas tu asistencia?

Marisela Treviño
Gerente de Manufactura
Cervecería Piedra Azul""")

m("interview", frm="Itzel Barragán <rh.guadalajara@valmora.com.mx>",
  subj="Invitación: Entrevista técnica - Ingeniera de Procesos SMT",
  date="2025-06-11 09:00", off="-0600", lang="es",
  company="Valmora Electronics de México", contact="Itzel", role="Ingeniera de Procesos SMT",
  iat="2025-06-18T09:30:00-06:00", notes="calendar invite with text/calendar part",
  body="""Hola Valentina,

Te comparto la invitación para la entrevista técnica con el Ing. Rubén Olmos, gerente de
SMT. Miércoles 18 de junio de 2025, 9:30 a 10:30 h (CDMX), por Teams.

Saludos,
Itzel Barragán
Valmora Electronics de México""",
  ics=ics_event(dt("2025-06-18 09:30", "-0600"), 60, "Entrevista técnica - Valentina Ruiz Cárdenas",
                "rh.guadalajara@valmora.com.mx", "valmora-smt-0618@valmora.com.mx"))

m("interview", frm="Norvento Packaging <notifications@teamtailor.com>",
  subj="Let's talk! Book your interview with Norvento Packaging",
  date="2025-10-14 10:30", off="+0100",
  company="Norvento Packaging", role="Packaging Development Engineer",
  notes="Teamtailor self-scheduling link, no fixed time",
  html="""<html><body><p>Hi Valentina,</p>
<p>Good news &ndash; the hiring team would like to meet you for a first interview about the
<b>Packaging Development Engineer</b> role.</p>
<p>Please pick a time that works for you: <a href="https://norvento.teamtailor.com/meetings/book/abc">Choose a slot</a></p>
<p>The Norvento People Team</p></body></html>""")

m("interview", frm="GoodTime <scheduling@goodtime.io>",
  subj="Brixton Thermal Systems: please share your availability",
  date="2025-01-21 15:10", off="-0600", hdr=AG,
  company="Brixton Thermal Systems", role="Manufacturing Engineer II",
  notes="availability request with slots list; no single time",
  body="""Hello Valentina,

The Brixton Thermal Systems team would like to schedule a 45-minute phone screen for the
Manufacturing Engineer II role. Please select all times that work for you (Central Time):

  - Mon Jan 26, 9:00 AM - 12:00 PM
  - Tue Jan 27, 1:00 PM - 4:00 PM
  - Wed Jan 28, 10:00 AM - 2:00 PM

Share availability: https://goodtime.io/a/brixton/7fq2

Thanks,
Brixton Thermal Systems Recruiting""")

m("interview", frm="Tyler Nguyen <tnguyen@redcliff-lg.com>",
  subj="tomorrow",
  date="2025-10-14 17:55", off="-0500", diff="hard",
  company="Redcliff Logistics Group", contact="Tyler", role="Continuous Improvement Engineer",
  iat="2025-10-15T16:30:00-05:00", notes="relative 'tomorrow at 4:30'; no word interview",
  body="""Hi Valentina,

Sorry for the short notice. Could you jump on a video call with me and our DC general
manager tomorrow at 4:30? We want to talk through the Continuous Improvement Engineer
opening at the Laredo cross-dock and hear about your slotting project. Teams link to
follow.

Thanks,
Tyler Nguyen
Sr. Recruiter, Redcliff Logistics Group""")

m("interview", frm="Hannes Vogt <h.vogt@hartwig-antriebe.de>",
  subj="Einladung zum Vorstellungsgespräch - Prozessingenieurin (m/w/d)",
  date="2026-11-12 10:40", off="+0100", lang="de",
  company="Hartwig Antriebstechnik GmbH", contact="Hannes", role="Prozessingenieurin (m/w/d)",
  iat="2026-11-24T15:00:00+01:00", notes="German; MEZ stated",
  body="""Sehr geehrte Frau Ruiz Cárdenas,

vielen Dank für Ihre Bewerbung als Prozessingenieurin (m/w/d). Gerne möchten wir Sie
persönlich kennenlernen und laden Sie zu einem Videointerview ein:

Dienstag, 24. November 2026, um 15:00 Uhr MEZ (Microsoft Teams)

Teilnehmen werden Herr Dr. Albrecht (Werkleitung) und ich. Bitte bestätigen Sie den
Termin kurz per E-Mail.

Mit freundlichen Grüßen
Hannes Vogt
Hartwig Antriebstechnik GmbH""")

m("interview", frm="Sophie Marchand <sophie.marchand@dumont-aero.fr>",
  subj="Entretien - Ingénieure Méthodes (H/F)",
  date="2025-09-30 14:20", off="+0200", lang="fr",
  company="Dumont Aéronautique", contact="Sophie", role="Ingénieure Méthodes (H/F)",
  iat="2025-10-08T16:00:00+02:00", notes="French; Paris time",
  body="""Bonjour Valentina,

Suite à l'étude de votre candidature, nous souhaitons vous proposer un entretien en
visioconférence avec M. Garnier, directeur industriel, le mercredi 8 octobre 2025 à
16h00 (heure de Paris), soit 8h00 à Querétaro.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Sophie Marchand
Dumont Aéronautique""")

m("interview", frm="Vantor Semiconductor Recruiting <no-reply@greenhouse.io>",
  subj="Next step: case exercise + panel for Process Engineer",
  date="2025-06-23 09:15", off="-0700",
  company="Vantor Semiconductor", role="Process Engineer, Backend Assembly",
  notes="take-home plus panel, no fixed time",
  body="""Hi Valentina,

Thanks for the great conversation with our hiring manager! The next step is a short case
exercise (a yield-loss data set, about 3 hours) followed by a 2-hour panel where you walk
us through your analysis.

Please return the case by Friday; we'll then send a link to book the panel for the
following week.

Vantor Semiconductor Recruiting""", pdf="Vantor_case_exercise.pdf")

m("interview", frm="Lucas Brandt <lucas.brandt@trellisgrid.com>",
  subj="Re: Senior Industrial Engineer - call",
  date="2026-09-14 07:40", off="-0500", diff="hard", reply=True,
  company="Trellis Grid Equipment", contact="Lucas", role="Senior Industrial Engineer",
  iat="2026-09-17T13:30:00-05:00", notes="reschedule in reply; quoted original time",
  body="""Hi Valentina,

Something came up on the floor on Tuesday - can we move our conversation to Thursday,
Sept 17 at 1:30 pm instead? Same Zoom link.

Lucas

> On Sep 10, 2026, Lucas Brandt wrote:
> Let's plan on Tuesday, Sept 15 at 10 am for the hiring manager interview.""")

m("interview", frm="Jorge Elizondo <jorge.elizondo@talentoindustrial.mx>",
  subj="Forjados Cumbre quiere conocerte",
  date="2025-11-03 13:15", off="-0600", lang="es", diff="hard",
  company="Forjados Cumbre", contact="Jorge", role="Gerente de Ingeniería de Manufactura",
  notes="headhunter; client wants interview; two options, no fixed time",
  body="""Hola Valentina,

¡Buenas noticias! Forjados Cumbre revisó tu CV para la Gerencia de Ingeniería de
Manufactura y quieren entrevistarte con el director de planta. Proponen el lunes 10 o
el martes 11 por la mañana en Apodaca. Dime qué día te acomoda y lo confirmo.

Saludos,
Jorge Elizondo
Talento Industrial Consultores""")

m("interview", frm="Brenda Holloway <bholloway@marquette-ac.com>",
  subj="Your visit to our Ciudad Juárez plant - itinerary",
  date="2025-07-28 12:00", off="-0600", diff="hard",
  company="Marquette Appliance Components", contact="Brenda", role="Lean Six Sigma Black Belt",
  iat="2025-08-04T08:00:00-06:00", notes="onsite itinerary; no word interview; MDT stated",
  body="""Hi Valentina,

We're looking forward to hosting you. Here is the plan for Monday, August 4, 2025:

 8:00 AM (MDT, El Paso / Juárez time)  Check-in at the main lobby, Av. Tecnológico 4510
 8:15  Plant tour with Hector Ibarra, Operations Manager
 9:30  Conversation with the CI team
11:00  Lunch with Brenda Holloway
12:30  Case discussion with the Plant Director

Please bring a photo ID. Safety glasses will be provided.

Brenda Holloway
Senior Talent Partner
Marquette Appliance Components, Inc.""")

m("interview", frm="Dana Kowalczyk <dana.k@atlasconveyor.com>",
  subj="quick call Friday?",
  date="2025-09-15 08:25", off="-0500", diff="hard",
  company="Atlas Conveyor Systems", contact="Dana", role="Manufacturing Engineer",
  iat="2025-09-19T11:00:00-05:00", notes="'quick call' on Friday at 11 resolved vs Date",
  body="""Valentina,

Got your resume from our recruiter for the Manufacturing Engineer opening. Can you hop on a
quick call Friday at 11 (Central)? I'll call the number on your resume. 30 min, mostly
about your line-balancing work.

Dana Kowalczyk
Engineering Manager
Atlas Conveyor Systems""")

m("interview", frm="Paola Cervantes <pcervantes@cementosladeras.com.mx>",
  subj="Entrevista Jefa de Ingeniería de Procesos",
  date="2026-01-16 17:30", off="-0600", lang="es",
  company="Cementos Laderas del Golfo", contact="Paola", role="Jefa de Ingeniería de Procesos",
  iat="2026-01-21T08:00:00-06:00", notes="Outlook-style When line",
  body="""Cuándo: miércoles, 21 de enero de 2026 08:00-09:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey
Dónde: Reunión de Microsoft Teams

Valentina, te envío la invitación para la entrevista con el Director de Operaciones.

Saludos,
Paola Cervantes
Talento y Cultura
Cementos Laderas del Golfo, S.A. de C.V.""")

m("interview", frm="Olivia at Gulfway <olivia@paradox.ai>",
  subj="Interview confirmed: Gulfway Distribution",
  date="2026-03-30 21:14", off="-0600", hdr=AG,
  company="Gulfway Distribution", role="Logistics Engineer",
  iat="2026-04-02T15:00:00-06:00", notes="Paradox chatbot confirmation",
  body="""Hi Valentina! This is Olivia, Gulfway Distribution's virtual assistant.

You're all set! Your interview for Logistics Engineer is confirmed:
Thursday, April 2, 2026 at 3:00 PM (Mexico City time)
Location: Gulfway DC Monterrey, Parque Industrial Ciénega, Nave 7

Reply R to reschedule or C to cancel.""")

m("interview", frm="Rheinfeld Automotive Systems <rheinfeld@myworkday.com>",
  subj="Action required: complete your video interview",
  date="2025-11-18 06:30", off="+0100", hdr=AG,
  company="Rheinfeld Automotive Systems GmbH", role="Production Planning Engineer",
  notes="one-way recorded video interview; deadline, no meeting time",
  body="""Dear Valentina,

As the next step for the Production Planning Engineer position (Puebla), we invite you to a
recorded video interview. You'll answer five questions at your own pace; it takes about
20 minutes. Please complete it within 5 days.

Start here: https://rheinfeld.wd3.myworkdayjobs.com/interview/8812

Rheinfeld Automotive Systems GmbH - Talent Acquisition""")

m("interview", frm="Ernesto Quiroga <equiroga@tecnoplast-anahuac.mx>",
  subj="Re: Disponibilidad",
  date="2026-05-20 12:10", off="-0600", lang="es", diff="hard", reply=True,
  company="Tecnoplast Anáhuac", contact="Ernesto", role="Ingeniera de Moldeo",
  iat="2026-05-25T09:00:00-06:00",
  notes="confirmation 'el lunes a las 9' resolved vs Date; quoted text says 'lamentablemente'",
  body="""Perfecto Valentina, entonces te vemos el lunes a las 9:00 en recepción de planta.
Pregunta por mí.

Ernesto Quiroga
Gerente de Ingeniería | Tecnoplast Anáhuac

El mié, 20 may 2026 a las 10:41, Valentina Ruiz Cárdenas escribió:
> Hola Ernesto, lamentablemente el viernes no puedo por un compromiso previo.
> ¿Podríamos ver la entrevista el lunes temprano?""")

m("interview", frm="Bluebonnet Packaging <no-reply@greenhouse.io>",
  subj="Your panel interview with Bluebonnet Packaging",
  date="2026-06-29 11:00", off="-0500",
  company="Bluebonnet Packaging", role="Continuous Improvement Manager",
  iat="2026-07-09T13:00:00-05:00", notes="panel schedule with one start time",
  html="""<html><body><p>Hi Valentina,</p>
<p>We're excited to invite you to a panel interview for <b>Continuous Improvement Manager</b>.</p>
<p><b>Thursday, July 9, 2026, 1:00&ndash;3:30 PM CDT</b><br>Bluebonnet Packaging, 1200 Industrial Blvd, Waco, TX</p>
<ul><li>1:00 Carla Whitcombe, Director of Operations</li><li>1:45 Plant Managers panel</li>
<li>2:45 HR Business Partner</li></ul>
<p>Best,<br>Bluebonnet Packaging Recruiting</p></body></html>""")

m("interview", frm="Renata Alcázar <ralcazar@cuatrocaminos.com.mx>",
  subj="Llamada mañana",
  date="2025-11-20 18:40", off="-0600", lang="es", diff="hard",
  company="Grupo Logístico Cuatro Caminos", contact="Renata", role="Ingeniera de Diseño de Redes Logísticas",
  iat="2025-11-21T12:00:00-06:00", notes="phone screen without the word entrevista; 'mañana a las 12'",
  body="""Hola Valentina, soy Renata de Grupo Logístico Cuatro Caminos. Vi tu postulación para
Ingeniera de Diseño de Redes Logísticas. ¿Tienes 20 minutos mañana a las 12:00 para una
llamada y platicarte del puesto? Te marco a tu celular.

Renata Alcázar
Atracción de Talento""")

m("interview", frm="Kinetik Fleet <no-reply@hire.lever.co>",
  subj="Next steps with Kinetik Fleet",
  date="2026-01-19 10:00", off="-0600", diff="hard",
  company="Kinetik Fleet", role="Operations Excellence Engineer",
  notes="'unfortunately' about limited slots; booking link",
  body="""Hi Valentina,

Thanks for applying to Kinetik Fleet! We'd like to set up a 30-minute conversation with
Mauricio, our Head of Operations.

Unfortunately, Mauricio is traveling between sites this month, so slots are limited -
please grab one soon: https://calendly.com/kinetik-mauricio/30min

Cheers,
Kinetik Fleet Talent""")

m("interview", frm="Brixton Thermal Systems <brixtonthermal@myworkday.com>",
  subj="Interview Scheduled - Senior Manufacturing Engineer",
  date="2026-02-02 09:45", off="-0600", hdr=AG,
  company="Brixton Thermal Systems", role="Senior Manufacturing Engineer",
  iat="2026-02-05T14:00:00-06:00", notes="Workday with calendar part",
  body="""Hello Valentina,

An interview has been scheduled for you.

Job: Senior Manufacturing Engineer
Date/Time: Thursday, February 5, 2026 2:00 PM CST
Location: Zoom (details in the attached invitation)

Brixton Thermal Systems""",
  ics=ics_event(dt("2026-02-05 14:00", "-0600"), 60, "Interview - Senior Manufacturing Engineer",
                "brixtonthermal@myworkday.com", "wd-int-55120@brixton"))

m("interview", frm="Graham Pike <gpike@hunterandco-search.com>",
  subj="FW: Interview - Ms. Ruiz Cárdenas / Kessler & Auer",
  date="2026-02-25 16:05", off="-0600", diff="hard",
  company="Kessler & Auer Sensorik GmbH", contact="Graham", role="Operations Excellence Lead",
  iat="2026-03-03T17:00:00+01:00", notes="headhunter forwards client; time in CET",
  body="""Valentina,

Great news - see below. Kessler & Auer have locked in your interview with their COO. Note
the time is German time (17:00 CET = 10:00 in Monterrey). I'll send prep notes tomorrow.

Graham Pike
Partner, Hunter & Co Executive Search

From: Petra Lindqvist <p.lindqvist@kessler-auer.de>
Sent: Wednesday, February 25, 2026 22:31
To: Graham Pike
Subject: Interview - Ms. Ruiz Cárdenas / Kessler & Auer

Dear Graham,
we confirm the interview for the Operations Excellence Lead role with our COO on
Tuesday, 3 March 2026, 17:00 CET via Teams. Invitation follows.
Best regards, Petra Lindqvist
Kessler & Auer Sensorik GmbH""")
# ------------------------------- offer (6) -------------------------------
m("offer", frm="Ernesto Quiroga <equiroga@tecnoplast-anahuac.mx>",
  subj="Carta oferta - Ingeniera de Moldeo",
  date="2026-06-03 17:20", off="-0600", lang="es",
  company="Tecnoplast Anáhuac", contact="Ernesto", role="Ingeniera de Moldeo",
  notes="Spanish offer letter PDF attached",
  body="""Hola Valentina,

¡Felicidades! Con mucho gusto te hacemos llegar la carta oferta para la posición de
Ingeniera de Moldeo en Tecnoplast Anáhuac, S.A. de C.V. Adjunto encontrarás el detalle de
sueldo, prestaciones superiores a las de ley, vales de despensa y fondo de ahorro.

Te pedimos tu respuesta a más tardar el viernes 12 de junio. Cualquier duda, llámame.

Ernesto Quiroga
Gerente de Ingeniería""", pdf="Carta_Oferta_VRuizCardenas.pdf")

m("offer", frm="Bluebonnet Packaging <bluebonnet@myworkday.com>",
  subj="Congratulations! Your offer is ready to review",
  date="2026-07-22 10:05", off="-0500", hdr=AG,
  company="Bluebonnet Packaging", contact="Carla", role="Continuous Improvement Manager",
  notes="Workday offer notice; names hiring manager",
  body="""Hi Valentina,

Congratulations! Bluebonnet Packaging is pleased to extend you an offer for the position
of Continuous Improvement Manager. Please sign in to review and accept your offer letter
by July 29, 2026.

Review offer: https://bluebonnet.wd5.myworkdayjobs.com/offers

If you have questions, reach out to Carla Whitcombe, Director of Operations.

Bluebonnet Packaging Talent Acquisition""")

m("offer", frm="Marcus Reyes <mreyes@gulfwaydist.com>",
  subj="Following up on our call",
  date="2026-04-14 18:30", off="-0500", diff="hard",
  company="Gulfway Distribution", contact="Marcus", role="Logistics Engineer",
  notes="written follow-up to a verbal offer; never says 'offer'",
  body="""Valentina,

It was great talking with you this afternoon, and I'm thrilled you're excited about
joining us. As discussed, here are the numbers for the Logistics Engineer position at our
Monterrey DC:

  - Base salary: MXN 68,000 / month
  - Annual bonus target: 15%
  - Start date: Monday, May 4, 2026

HR will send the formal paperwork tomorrow. Welcome aboard - the team can't wait.

Marcus Reyes
General Manager, Gulfway Distribution""")

m("offer", frm="Petra Lindqvist <p.lindqvist@kessler-auer.de>",
  subj="Ihr Vertragsangebot - Operations Excellence Lead",
  date="2026-03-20 13:00", off="+0100", lang="de",
  company="Kessler & Auer Sensorik GmbH", contact="Petra", role="Operations Excellence Lead",
  notes="German contract offer with PDF",
  body="""Liebe Frau Ruiz Cárdenas,

wir freuen uns sehr, Ihnen die Position Operations Excellence Lead an unserem Standort
Apodaca anbieten zu dürfen. Anbei finden Sie unser Vertragsangebot mit allen Details zu
Vergütung und Startdatum.

Wir würden uns über Ihre Rückmeldung bis zum 31. März freuen.

Herzliche Grüße
Petra Lindqvist
Head of HR
Kessler & Auer Sensorik GmbH""", pdf="Vertragsangebot_Ruiz_Cardenas.pdf", cte="quoted-printable")

m("offer", frm="Jorge Elizondo <jorge.elizondo@talentoindustrial.mx>",
  subj="¡Hay oferta! Grupo Logístico Cuatro Caminos",
  date="2025-12-09 12:45", off="-0600", lang="es", diff="hard",
  company="Grupo Logístico Cuatro Caminos", contact="Jorge",
  role="Ingeniera de Diseño de Redes Logísticas",
  notes="headhunter relays client's offer",
  body="""¡Valentina, felicidades!

Cuatro Caminos me acaba de confirmar que quieren hacerte una propuesta formal para
Ingeniera de Diseño de Redes Logísticas: sueldo bruto mensual de $62,000, bono anual de
2 meses, SGMM y home office dos días a la semana. La carta llega mañana de su área de
Talento.

¿Podemos hablar hoy en la tarde para revisar los detalles?

Jorge Elizondo
Talento Industrial Consultores""")

m("offer", frm="Norteño Cold Chain <no-reply@greenhouse.io>",
  subj="Offer Letter - Norteño Cold Chain",
  date="2026-10-28 09:30", off="-0600",
  company="Norteño Cold Chain", contact="Andrea", role="Warehouse Engineering Lead",
  notes="HTML offer notice with e-sign link",
  html="""<html><body><p>Dear Valentina,</p>
<p>On behalf of Norteño Cold Chain, I am delighted to offer you the position of
<b>Warehouse Engineering Lead</b>, based in Apodaca, N.L. Your offer letter is ready for
electronic signature.</p>
<p><a href="https://app.greenhouse.io/offers/sign/2209">Review and sign</a></p>
<p>Warm regards,<br>Andrea Lozano<br>People Director, Norteño Cold Chain</p></body></html>""")

# ------------------------ application_received (16) ------------------------
m("application_received", frm="Brixton Thermal Systems <brixtonthermal@myworkday.com>",
  subj="Thank you for applying - Manufacturing Engineer II",
  date="2025-01-08 22:14", off="-0600", hdr=AG,
  company="Brixton Thermal Systems", role="Manufacturing Engineer II",
  notes="Workday acknowledgement",
  body="""Dear Valentina,

Thank you for applying for Manufacturing Engineer II (R-20417). We have received your
application and our team is reviewing it. You can check your status anytime in your
candidate home.

Brixton Thermal Systems Talent Acquisition""")

m("application_received", frm="Forjados Cumbre <noreply@forjadoscumbre.com.mx>",
  subj="Recibimos tu postulación",
  date="2025-02-17 08:30", off="-0600", lang="es",
  company="Forjados Cumbre", role="Ingeniera de Procesos", notes="Spanish acknowledgement",
  body="""Hola Valentina:

¡Gracias por postularte a Ingeniera de Procesos en Forjados Cumbre! Tu solicitud fue
recibida correctamente. Nuestro equipo revisará tu perfil y, si coincide con lo que
buscamos, te contactaremos.

Atracción de Talento
Forjados Cumbre, S.A. de C.V.""")

m("application_received", frm="Lonestar Axle & Driveline <no-reply@lonestaraxle.icims.com>",
  subj="Application Received: Quality Engineer",
  date="2025-05-12 11:40", off="-0500", hdr=AG,
  company="Lonestar Axle & Driveline", role="Quality Engineer", notes="iCIMS",
  body="""Hello Valentina,

We've received your application for Quality Engineer (Seguin, TX). Thank you for your
interest in Lonestar Axle & Driveline. If your qualifications match our needs, a member of
our team will reach out.

Lonestar Axle & Driveline Talent Acquisition""")

m("application_received", frm="Vantor Semiconductor <no-reply@greenhouse.io>",
  subj="Thanks for applying to Vantor Semiconductor",
  date="2025-06-01 19:05", off="-0700",
  company="Vantor Semiconductor", role="Process Engineer, Backend Assembly",
  notes="Greenhouse; HTML only",
  html="""<html><body><p>Hi Valentina,</p><p>Thanks for your interest in Vantor
Semiconductor! We received your application for <b>Process Engineer, Backend Assembly</b>
and our team will review it soon.</p><p>Vantor Semiconductor Recruiting</p></body></html>""")

m("application_received", frm="Kinetik Fleet <no-reply@hire.lever.co>",
  subj="Kinetik Fleet - application received",
  date="2026-01-06 13:22", off="-0600",
  company="Kinetik Fleet", role="Operations Excellence Engineer", notes="Lever, short",
  body="""Hi Valentina, thanks for applying for Operations Excellence Engineer. We've got your
application and will be in touch if there's a match. - Kinetik Fleet""")

m("application_received", frm="Rheinfeld Automotive Systems <rheinfeld@successfactors.com>",
  subj="Eingangsbestätigung Ihrer Bewerbung",
  date="2025-12-15 07:10", off="+0100", lang="de", hdr=AG,
  company="Rheinfeld Automotive Systems GmbH", role="Supplier Quality Engineer (w/m/d)",
  notes="German acknowledgement",
  body="""Sehr geehrte Frau Ruiz Cárdenas,

vielen Dank für Ihre Bewerbung als Supplier Quality Engineer (w/m/d) am Standort San Luis
Potosí. Ihre Unterlagen sind bei uns eingegangen. Wir prüfen diese sorgfältig und melden
uns so bald wie möglich bei Ihnen.

Ihr Recruiting-Team
Rheinfeld Automotive Systems GmbH""")

m("application_received", frm="Norvento Packaging <notifications@teamtailor.com>",
  subj="We got your application!",
  date="2025-09-22 16:40", off="+0200",
  company="Norvento Packaging", role="Packaging Development Engineer", notes="Teamtailor",
  body="""Hi Valentina,

Thanks for applying for Packaging Development Engineer at Norvento Packaging! We'll look
through your application over the next two weeks.

The Norvento People Team""")

m("application_received", frm="Taleo <noreply@taleo.net>",
  subj="Cascadia Brewing Company - Application Confirmation",
  date="2026-05-18 05:55", off="-0700", hdr=AG,
  company="Cascadia Brewing Company", role="Process Engineer - Packaging", notes="Taleo",
  body="""Dear Valentina Ruiz Cárdenas,

This confirms we have received your application for Requisition 4471, Process Engineer -
Packaging. Your application is under review.

Cascadia Brewing Company Human Resources
Please do not reply to this e-mail.""")

m("application_received", frm="Workable <noreply@workable.com>",
  subj="Tierra Fértil Agroindustrias: thanks for applying",
  date="2026-04-02 09:10", off="-0600", hdr=AG,
  company="Tierra Fértil Agroindustrias", role="Supply Chain Planner", notes="Workable",
  body="""Hi Valentina,

Your application for the Supply Chain Planner position has been submitted successfully to
Tierra Fértil Agroindustrias. We'll review it and be in touch.

Sent with Workable""")

m("application_received", frm="TrabajoYa <notificaciones@trabajoya.mx>",
  subj="Tu postulación fue enviada con éxito",
  date="2026-07-10 21:30", off="-0600", lang="es", diff="hard",
  company="Autopartes Río Bravo", role="Ingeniera de Procesos",
  notes="job board confirms application sent to employer",
  html="""<html><body><p>¡Listo, Valentina!</p>
<p>Tu CV fue enviado a <b>Autopartes Río Bravo</b> para la vacante <b>Ingeniera de Procesos</b>.
La empresa revisará tu perfil; te avisaremos cuando lo lea.</p>
<p>TrabajoYa</p></body></html>""",
  hdr={"List-Unsubscribe": "<mailto:baja@trabajoya.mx>"})

m("application_received", frm="Dumont Aéronautique <recrutement@dumont-aero.fr>",
  subj="Accusé de réception de votre candidature",
  date="2025-09-08 10:00", off="+0200", lang="fr", hdr=AG,
  company="Dumont Aéronautique", role="Ingénieure Méthodes (H/F)", notes="French",
  body="""Bonjour Valentina,

Nous accusons bonne réception de votre candidature au poste d'Ingénieure Méthodes (H/F)
basé à Querétaro et vous en remercions. Elle sera étudiée avec attention.

Le service Recrutement
Dumont Aéronautique""")

m("application_received", frm="Precision Harness de Coahuila <rh@phcoahuila.com>",
  subj="Confirmación de registro - Ingeniera de Calidad",
  date="2026-06-22 10:15", off="-0600", lang="es", diff="hard",
  company="Precision Harness de Coahuila", role="Ingeniera de Calidad",
  notes="'lamentablemente' and 'no seleccionados' describe future policy",
  body="""Hola Valentina,

Confirmamos que recibimos tu solicitud para Ingeniera de Calidad (Ramos Arizpe).
Lamentablemente, por el volumen de solicitudes no podemos responder de forma individual;
si no eres contactada en 30 días, entiende que no fuiste seleccionada para esta vacante.

Recursos Humanos - Precision Harness de Coahuila""")

m("application_received", frm="SmartRecruiters <no-reply@smartrecruiters.com>",
  subj="Kessler & Auer Sensorik GmbH - Application received",
  date="2026-07-30 14:00", off="+0200", diff="hard",
  company="Kessler & Auer Sensorik GmbH", role="Industrial Engineer - Plant Layout",
  notes="describes future interview steps",
  body="""Dear Valentina,

Thank you for applying for Industrial Engineer - Plant Layout. Here is what happens next:
our recruiters review every application within 10 working days. Shortlisted candidates are
invited to a first interview by video, followed by an onsite interview in Apodaca.

Talent Acquisition, Kessler & Auer Sensorik GmbH""")

m("application_received", frm="Trellis Grid Equipment <notifications@app.bamboohr.com>",
  subj="Thanks for applying to Trellis Grid Equipment",
  date="2026-08-25 08:45", off="-0500",
  company="Trellis Grid Equipment", role="Senior Industrial Engineer", notes="BambooHR",
  body="""Hi Valentina,

Thank you for applying for the Senior Industrial Engineer position. We've received your
application and resume, and our hiring team will review them shortly.

Trellis Grid Equipment""")

m("application_received", frm="Oberland Kunststofftechnik <noreply@personio.de>",
  subj="Your application at Oberland Kunststofftechnik GmbH",
  date="2026-06-01 11:30", off="+0200",
  company="Oberland Kunststofftechnik GmbH", role="Manufacturing Engineer", notes="Personio",
  body="""Dear Valentina Ruiz Cárdenas,

Thank you for your application as Manufacturing Engineer (Silao, Mexico). We have received
your documents and will get back to you as soon as possible.

Kind regards
Oberland Kunststofftechnik GmbH""")

m("application_received", frm="Marquette Appliance Components <notifications@jobvite.com>",
  subj="=?utf-8?q?Application_received_=E2=80=93_Plant_Industrial_Engineer?=",
  date="2026-04-15 17:00", off="-0600", hdr=AG,
  company="Marquette Appliance Components", role="Plant Industrial Engineer",
  notes="Jobvite; RFC 2047 subject; base64", cte="base64",
  body="""Hi Valentina,

We have received your application for Plant Industrial Engineer (Reynosa). Thank you for
considering Marquette Appliance Components. We'll contact you if your background matches
our requirements.

Marquette Appliance Components Recruiting""")
# ----------------------------- auto_reply (14) -----------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

m("auto_reply", frm="Megan Foster <mfoster@brixtonthermal.com>",
  subj="Automatic reply: Question about open roles",
  date="2025-03-10 09:02", off="-0500", hdr=AR,
  company="Brixton Thermal Systems", contact="Megan", ret="2025-03-14",
  notes="'back on 3/14'",
  body="""Thanks for your email. I'm out of the office at a supplier audit and will be back on
3/14. For urgent recruiting matters please contact recruiting@brixtonthermal.com.

Megan Foster
Talent Acquisition Partner, Brixton Thermal Systems""")

m("auto_reply", frm="Lorena Garza <lgarza@forjadoscumbre.com.mx>",
  subj="Respuesta automática: Consulta de vacantes",
  date="2025-04-15 10:20", off="-0600", lang="es", hdr={"Auto-Submitted": "auto-replied"},
  company="Forjados Cumbre", contact="Lorena", ret="2025-04-28",
  notes="Spanish; Semana Santa; 'regreso el lunes 28 de abril'",
  body="""Hola, gracias por tu mensaje.

Estaré fuera de la oficina por vacaciones de Semana Santa del 14 al 25 de abril. Regreso
el lunes 28 de abril y responderé tu correo a la brevedad.

Lorena Garza
Reclutamiento | Forjados Cumbre""")

m("auto_reply", frm="Hannes Vogt <h.vogt@hartwig-antriebe.de>",
  subj="Abwesenheitsnotiz: Initiativbewerbung Valentina Ruiz Cárdenas",
  date="2025-12-22 08:00", off="+0100", lang="de", hdr=AR,
  company="Hartwig Antriebstechnik GmbH", contact="Hannes", ret="2026-01-07",
  notes="German Abwesenheitsnotiz; 'ab dem 7. Januar 2026'",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Januar 2026 im Urlaub und ab dem 7. Januar 2026 wieder für
Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Hannes Vogt
Hartwig Antriebstechnik GmbH""")

m("auto_reply", frm="Sophie Marchand <sophie.marchand@dumont-aero.fr>",
  subj="Réponse automatique : Entretien - Ingénieure Méthodes (H/F)",
  date="2025-10-24 18:00", off="+0200", lang="fr", diff="hard", hdr={"Auto-Submitted": "auto-replied"},
  company="Dumont Aéronautique", contact="Sophie", ret="2025-11-03",
  notes="French absence; subject mentions Entretien",
  body="""Bonjour,

Je suis absente du bureau et serai de retour le lundi 3 novembre. En cas d'urgence,
merci de contacter recrutement@dumont-aero.fr.

Cordialement,
Sophie Marchand""")

m("auto_reply", frm="Tyler Nguyen <tnguyen@redcliff-lg.com>",
  subj="Automatic reply: Thank you - Continuous Improvement Engineer",
  date="2026-02-03 11:15", off="-0600", hdr=AR,
  company="Redcliff Logistics Group", contact="Tyler",
  notes="no longer with company; redirect",
  body="""Hello,

I am no longer with Redcliff Logistics Group. For recruiting questions, please contact
Jasmine Ortega at jortega@redcliff-lg.com.

Thank you.""")

m("auto_reply", frm="Valmora Electronics de México <no-reply@valmora.com.mx>",
  subj="RE: Estatus de tu solicitud",
  date="2025-10-08 12:44", off="-0600", lang="es", diff="hard", reply=True,
  hdr={"Auto-Submitted": "auto-replied"},
  company="Valmora Electronics de México", role="Ingeniera de Procesos SMT",
  notes="mailbox not monitored; reply to rejection thread",
  body="""Este buzón no es monitoreado. Tu mensaje no será leído.
This mailbox is not monitored. Please do not reply to this address.

Valmora Electronics de México""")

m("auto_reply", frm="Dana Kowalczyk <dana.k@atlasconveyor.com>",
  subj="Out of office: Catching up",
  date="2026-01-20 09:30", off="-0600", hdr={"X-Autoreply": "yes"},
  company="Atlas Conveyor Systems", contact="Dana", ret="2026-03-09",
  notes="parental leave; 'returning Monday 9 March'",
  body="""Hi there,

I'm on parental leave, returning Monday 9 March. In the meantime, please reach out to
Phil Arnett (parnett@atlasconveyor.com) for anything engineering-related.

Dana""")

m("auto_reply", frm="Owen Castellanos <ocastellanos@brazossteel.com>",
  subj="Re: Production Supervisor",
  date="2026-04-09 15:20", off="-0500", diff="hard", reply=True,
  company="Brazos Steel Fabricators", contact="Owen", ret="2026-04-13",
  notes="no auto headers; relative 'back Monday'",
  body="""I'm out at our Beaumont yard with spotty signal through the end of the week. Back
Monday - I'll get to your note then.

Owen""")

m("auto_reply", frm="Gabriela Funes <gfunes@sierramadrevidrio.com>",
  subj="Respuesta automática: Seguimiento proceso Ingeniería Industrial",
  date="2026-04-28 08:10", off="-0600", lang="es", hdr=AR,
  company="Sierra Madre Vidrio", contact="Gabriela",
  notes="OOO without return date",
  body="""Gracias por tu correo. Me encuentro en capacitación fuera de la oficina con acceso
limitado a mi correo. Te responderé en cuanto me sea posible.

Gabriela Funes""")

m("auto_reply", frm="Lucas Brandt <lucas.brandt@trellisgrid.com>",
  subj="Automatic reply: RE: Interview confirmation - Valentina Ruiz",
  date="2026-09-21 10:00", off="-0500", diff="hard", hdr=AR,
  company="Trellis Grid Equipment", contact="Lucas", ret="2026-09-25",
  notes="subject contains 'Interview'; trade show",
  body="""I'm at FABTECH through Thursday, September 24 and will be back in the office
Friday, September 25. I'll respond to your message then.

Lucas Brandt
Trellis Grid Equipment""")

m("auto_reply", frm="Nadia Ferrer <nadia@puentehumano.mx>",
  subj="Fuera de la oficina",
  date="2025-12-19 14:00", off="-0600", lang="es", hdr={"Auto-Submitted": "auto-replied"},
  company="Puente Humano RH", contact="Nadia", ret="2026-01-07",
  notes="agency recruiter vacation",
  body="""¡Hola! Estoy de vacaciones de fin de año. Regreso a la oficina el 7 de enero de 2026.
Para temas urgentes escribe a contacto@puentehumano.mx.

Nadia Ferrer | Puente Humano RH""")

m("auto_reply", frm="Reclutamiento Cementos Laderas <reclutamiento@cementosladeras.com.mx>",
  subj="Respuesta automática: CV Valentina Ruiz Cárdenas",
  date="2025-07-02 13:00", off="-0600", lang="es", diff="hard",
  company="Cementos Laderas del Golfo",
  notes="inactive mailbox redirect; no header; could be read as acknowledgement",
  body="""Este buzón ya no se encuentra activo. Para enviar tu CV o dar seguimiento a un
proceso, escribe a talento@cementosladeras.com.mx o postúlate en nuestro portal.

Cementos Laderas del Golfo, S.A. de C.V.""")

m("auto_reply", frm="Klaus Reiter <k.reiter@oberland-kt.de>",
  subj="Abwesend: Manufacturing Engineer Silao",
  date="2026-06-15 07:45", off="+0200", lang="de", hdr=AR,
  company="Oberland Kunststofftechnik GmbH", contact="Klaus", ret="2026-06-29",
  notes="German; 'Ab dem 29.06.2026'",
  body="""Ich bin bis zum 26.06.2026 nicht im Büro. Ab dem 29.06.2026 bin ich wieder da.
In dringenden Fällen wenden Sie sich bitte an personal@oberland-kt.de.

Klaus Reiter
Oberland Kunststofftechnik GmbH""")

m("auto_reply", frm="Brenda Holloway <bholloway@marquette-ac.com>",
  subj="Out of Office Re: Plant Industrial Engineer",
  date="2026-06-05 12:00", off="-0600", hdr={"Auto-Submitted": "auto-replied"},
  company="Marquette Appliance Components", contact="Brenda", ret="2026-06-15",
  notes="ISO dates; 'until ... (inclusive)' plus explicit back date",
  body="""I am out of office until 2026-06-12 (inclusive) and will reply when I'm back on
2026-06-15. For time-sensitive matters, please email talent@marquette-ac.com.

Brenda Holloway""")
# -------------------------------- other (26) --------------------------------
UNSUB = {"List-Unsubscribe": "<https://news.example.com/unsub?u=vrc>", "Precedence": "bulk"}

m("other", frm="EmpleoMax Alertas <alertas@empleomax.com.mx>",
  subj="15 nuevas vacantes de Ingeniera Industrial en Monterrey", date="2025-02-03 07:00",
  off="-0600", lang="es", hdr=UNSUB, notes="job alert digest",
  html="""<html><body><h3>Vacantes para ti</h3><ul>
<li>Ingeniera Industrial - Autopartes Río Bravo - Reynosa</li>
<li>Ingeniera de Mejora Continua - Cervecería Piedra Azul - Monterrey</li>
<li>Supervisor de Producción - Forjados Cumbre - Apodaca</li>
<li>... y 12 más</li></ul><p><a href="https://empleomax.com.mx">Postúlate ya</a></p></body></html>""")

m("other", frm="Linkora <notifications@linkora.com>",
  subj="Valentina, 4 people viewed your profile this week", date="2025-03-17 12:00",
  off="-0500", hdr=UNSUB, notes="social network notification naming employers",
  body="""Valentina, your profile is getting noticed.

A Talent Acquisition Partner at Brixton Thermal Systems and 3 others viewed your profile.
See who's looking: https://linkora.com/me/views

Unsubscribe | Help""")

m("other", frm="Carrera Industrial <boletin@carreraindustrial.mx>",
  subj="Cómo manejar el rechazo después de una entrevista final", date="2025-04-07 08:00",
  off="-0600", lang="es", diff="hard", hdr=UNSUB,
  notes="newsletter about rejection; quotes template wording",
  body="""BOLETÍN SEMANAL

Cómo manejar el rechazo después de una entrevista final
"Lamentamos informarte que hemos decidido continuar con otros candidatos." Si recibiste
un correo así, no estás sola. Te damos 5 pasos para pedir retroalimentación y mantener
la relación con el reclutador.

También: cómo negociar una oferta en la industria automotriz.

Darte de baja""")

m("other", frm="Planta Adentro Podcast <hola@plantaadentro.fm>",
  subj="New episode: our interview with a brewery plant manager", date="2025-05-20 06:30",
  off="-0500", diff="hard", hdr=UNSUB, notes="podcast 'interview'; HTML only",
  html="""<html><body><p>New on Planta Adentro: an in-depth interview with the plant manager of a
craft brewery that tripled output without adding a line. We talk OEE, SMED and hiring
engineers.</p><p><a href="https://plantaadentro.fm/ep42">Listen now</a></p></body></html>""")

m("other", frm="Banco Regiomontano <alertas@bancoregio.mx>",
  subj="Transacción rechazada con tu tarjeta terminación 4821", date="2025-06-14 21:03",
  off="-0600", lang="es", diff="hard", notes="card declined",
  body="""Estimada cliente:

Lamentamos informarte que la transacción por $2,349.00 MXN en AEROLINEA NORTE fue
rechazada por fondos insuficientes. Si no reconoces este intento, llama al 81 5555 0100.

Banco Regiomontano""")

m("other", frm="Mariana Olvera <mariana.olvera@inmueblesroma.mx>",
  subj="¡Tu solicitud de arrendamiento fue aprobada!", date="2025-07-09 16:45",
  off="-0600", lang="es", diff="hard", contact="Mariana",
  notes="apartment application approved; reads like offer",
  body="""Hola Valentina,

¡Buenas noticias! El propietario aprobó tu solicitud para el departamento en Col. Roma
Norte. Te enviamos el contrato de arrendamiento para firma; la fecha de entrega de llaves
sería el 1 de agosto.

Saludos,
Mariana Olvera
Asesora inmobiliaria, Inmuebles Roma""", pdf="Contrato_arrendamiento.pdf")

m("other", frm="Comité Técnico CIII 2025 <ciii2025@congreso-ii.org>",
  subj="Decisión sobre su artículo #118", date="2025-08-01 10:00",
  off="-0600", lang="es", diff="hard", notes="conference paper not accepted",
  body="""Estimada Ing. Ruiz Cárdenas:

Lamentamos informarle que su artículo "Balanceo de líneas con simulación de eventos
discretos en ensamble de arneses" no fue aceptado para el Congreso Internacional de
Ingeniería Industrial 2025. Adjuntamos los comentarios de los revisores.

Comité Técnico""")

m("other", frm="LeanPro Academy <promo@leanproacademy.com>",
  subj="Offer ends Sunday: 20% off Six Sigma Black Belt certification", date="2025-08-22 09:00",
  off="-0500", hdr=UNSUB, notes="marketing 'offer'",
  html="""<html><body><h2>Our best offer of the year</h2><p>Get 20% off the Six Sigma
Black Belt program with code BELT20. Become interview-ready for your next plant role!</p>
</body></html>""", cte="base64")

m("other", frm="Fernanda Ibarra <fer.ibarra88@gmail.com>",
  subj="me fue increíble en la entrevista!!", date="2025-09-11 22:30",
  off="-0600", lang="es", diff="hard", contact="Fernanda",
  notes="friend's personal mail about her own interview and offer",
  body="""Vale!!!

Te cuento que hoy tuve la entrevista final en la cervecería y creo que me fue increíble.
Me dijeron que la próxima semana me dan respuesta, y si me hacen oferta me mudo a Tecate.
¿Vamos por unos tacos el sábado y te platico?

Fer""")

m("other", frm="Diego Montaño <diego.montano@outlook.com>",
  subj="Fwd: Vacante Ingeniera de Calidad - te interesa?", date="2025-10-02 19:10",
  off="-0600", lang="es", diff="hard", contact="Diego",
  notes="friend forwards a posting; mentions interview",
  body="""Vale, vi esto y me acordé de ti. Mi primo trabaja ahí y dice que las entrevistas
son rápidas. Si quieres le paso tu CV.

---------- Forwarded message ---------
From: Bolsa de Trabajo AMEI <bolsa@amei-noreste.org>
Subject: Vacante Ingeniera de Calidad

Empresa automotriz Tier 1 en Ramos Arizpe busca Ingeniera de Calidad con experiencia
en PPAP y APQP. Enviar CV.""")

m("other", frm="Rahul Menon <rahul.m@apexstaffing-solutions.com>",
  subj="Urgent Requirement: CNC Programmer - Saltillo (Contract)", date="2025-11-05 06:12",
  off="-0500", diff="hard", contact="Rahul", role="CNC Programmer",
  notes="recruiter mass mailing; mentions quick call and interview",
  body="""Hi ,

Hope you are doing well. This is Rahul from Apex Staffing Solutions. We have an urgent
requirement for CNC Programmer in Saltillo, MX (6-month contract). Client is doing
interviews this week. Please share your updated resume and best time for a quick call.

Thanks & Regards
Rahul Menon
Apex Staffing Solutions
If you do not wish to receive these emails, reply REMOVE.""")

m("other", frm="Créditos Hogar Norte <no-reply@creditoshogarnorte.mx>",
  subj="Resultado de tu solicitud de crédito hipotecario", date="2025-12-03 11:00",
  off="-0600", lang="es", diff="hard", notes="mortgage application not approved",
  body="""Estimada Valentina Ruiz Cárdenas:

Después de analizar tu solicitud de crédito hipotecario, lamentamos informarte que en esta
ocasión no fue posible aprobarla. Podrás volver a solicitar dentro de 6 meses.

Créditos Hogar Norte""")

m("other", frm="Tobias Lenz <notifications@github.com>",
  subj="Re: [oee-toolkit/oee-toolkit] Add shift calendar support (PR #57)", date="2026-01-12 15:40",
  off="+0100", diff="hard", contact="Tobias",
  notes="pull request closed; 'not move forward'",
  body="""@valentinaruizc thanks for the work here. After discussion we've decided not to move
forward with this approach - it overlaps with #49 which is already merged. Closing.

--
Reply to this email directly or view it on GitHub:
https://github.com/oee-toolkit/oee-toolkit/pull/57""",
  hdr={"List-Unsubscribe": "<mailto:unsub@reply.github.com>", "Precedence": "list"})

m("other", frm="Cumbre Nearshoring 2026 <eventos@cumbrenearshoring.mx>",
  subj="Webinar: entrevista exclusiva con el CEO de un clúster automotriz", date="2026-02-09 09:00",
  off="-0600", lang="es", hdr=UNSUB, notes="webinar invite mentions 'entrevista'",
  body="""Acompáñanos este jueves a las 18:00 a una entrevista en vivo sobre nearshoring,
tarifas y talento en el norte de México. Registro gratuito.

Cumbre Nearshoring 2026 | Darte de baja""")

m("other", frm="Admissions EGADE-Norte <admisiones@posgradonorte.edu.mx>",
  subj="Offer of admission - Master in Operations Management", date="2026-03-11 10:00",
  off="-0600", diff="hard", contact="Laura",
  notes="graduate school admission 'offer'",
  body="""Dear Valentina,

Congratulations! We are pleased to offer you admission to the Master in Operations
Management, August 2026 cohort. Please confirm your place by April 15.

Laura Peña
Director of Admissions, Escuela de Posgrado del Norte""")

m("other", frm="Aerolínea Norte <reservaciones@aerolineanorte.mx>",
  subj="Tu pase de abordar MTY-MEX", date="2026-03-27 05:00", off="-0600", lang="es",
  notes="boarding pass receipt",
  body="""Hola VALENTINA RUIZ CARDENAS, tu pase de abordar para el vuelo AN 214 Monterrey -
Ciudad de México del 28 de marzo está listo. Puerta y asiento en la app.""")

m("other", frm="Clínica Dental Valle <citas@dentalvalle.mx>",
  subj="Confirmación de cita", date="2026-04-20 13:00", off="-0600", lang="es", diff="hard",
  notes="calendar invite for a dentist appointment",
  body="""Hola Valentina, confirmamos tu cita de limpieza dental el viernes 24 de abril a las
17:00 con la Dra. Salcido. Adjuntamos invitación de calendario.""",
  ics=ics_event(dt("2026-04-24 17:00", "-0600"), 45, "Cita dental", "citas@dentalvalle.mx",
                "dental-0424@dentalvalle.mx"))

m("other", frm="EmpleoMax <hola@empleomax.com.mx>",
  subj="Completa tu perfil y recibe 3x más entrevistas", date="2026-05-02 10:30",
  off="-0600", lang="es", hdr=UNSUB, notes="job board marketing",
  body="""Valentina, los perfiles completos reciben hasta 3 veces más invitaciones a entrevista.
Agrega tus certificaciones y tu pretensión salarial en 2 minutos.""")

m("other", frm="APICS Capítulo Monterrey <capitulo@apics-mty.org>",
  subj="Evento cancelado: Noche de networking en Supply Chain", date="2026-05-27 12:00",
  off="-0600", lang="es", diff="hard", hdr=UNSUB, contact="Alberto",
  notes="'lamentamos informarles' event cancelled",
  body="""Estimados miembros:

Lamentamos informarles que la noche de networking del jueves queda cancelada por el
cierre de la sede. Buscaremos nueva fecha y les avisaremos.

Alberto Sánchez, presidente del capítulo""")

m("other", frm="Karriereblick Newsletter <newsletter@karriereblick.de>",
  subj="So meistern Sie das Vorstellungsgespräch auf Englisch", date="2026-06-16 07:00",
  off="+0200", lang="de", diff="hard", hdr=UNSUB, notes="German career newsletter",
  body="""Karriereblick - Ihr Newsletter

Vorstellungsgespräch auf Englisch: 7 Tipps. Außerdem: Was tun nach einer Absage? Und wie
Sie ein Jobangebot richtig verhandeln.

Abmelden""")

m("other", frm="Hunter & Co Executive Search <insights@hunterandco-search.com>",
  subj="Encuesta salarial 2026: Ingeniería y Manufactura en el Noreste", date="2026-07-06 09:00",
  off="-0600", lang="es", hdr=UNSUB, notes="headhunter mass mailing, salary survey",
  body="""Descarga gratis nuestra encuesta salarial 2026 para ingeniería y manufactura en
Nuevo León, Coahuila y Tamaulipas. Incluye rangos por puesto y prestaciones.""")

m("other", frm="Mercado Envíos <envios@mercadoenvios.example>",
  subj="Tu pedido va en camino", date="2026-07-19 14:20", off="-0600", lang="es",
  notes="shipping notice",
  body="""Tu pedido "Zapato de seguridad dieléctrico talla 24" va en camino. Llega el martes.""")

m("other", frm="Voluntariado Techo Norte <voluntarios@techonorte.org>",
  subj="Recibimos tu solicitud de voluntariado", date="2026-08-11 18:00", off="-0600",
  lang="es", diff="hard", notes="volunteer application acknowledgement, not a job",
  body="""¡Gracias Valentina! Recibimos tu solicitud para la construcción de viviendas del 5 de
septiembre. Te contactaremos para la entrevista de inducción de voluntarios.""")

m("other", frm="Puestazo <digest@puestazo.com>",
  subj="Interview reviews for Forjados Cumbre and 2 more companies", date="2026-09-01 08:00",
  off="-0500", diff="hard", hdr=UNSUB, notes="company review digest naming employers",
  body="""New interview reviews for companies you follow:
- Forjados Cumbre: "Two rounds, technical test on PFMEA" (Offer declined)
- Cervecería Piedra Azul: "Plant tour, case study" (No offer)
- Brixton Thermal Systems: "Phone screen then panel" (Accepted offer)""")

m("other", frm="Iván Ledezma <ivan.ledezma@gmail.com>",
  subj="¿Me echas la mano con una carta?", date="2026-10-05 20:45", off="-0600",
  lang="es", diff="hard", contact="Iván",
  notes="ex-colleague got an offer, asks for reference",
  body="""Vale, ¿cómo estás? Me hicieron una oferta en una planta de Saltillo pero me piden
una carta de recomendación de alguien con quien haya trabajado. ¿Me la podrías escribir?
Te debo una comida.

Iván""")

m("other", frm="Jira <jira@metalmexsa.atlassian.net>",
  subj="[JIRA] (ECR-412) Change request rejected: fixture rework line 2", date="2026-11-03 10:15",
  off="-0600", diff="hard", notes="Jira ticket rejected at current job",
  body="""Héctor Villarreal changed the status of ECR-412 to REJECTED.

Comment: Not approved this quarter - capex freeze. Please resubmit in Q1.

View issue: https://metalmexsa.atlassian.net/browse/ECR-412""",
  hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})


if __name__ == "__main__":
    main()
