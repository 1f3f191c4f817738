"""Generate the blind19 evaluation corpus (stdlib only).

Writes tests/corpus/blind19/NNN.eml and tests/corpus/blind19/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind19"
ME = "Sofia Lindqvist <sofia.lindqvist.cv@protonmail.com>"
ME_ADDR = "sofia.lindqvist.cv@protonmail.com"

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MO_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MO_DE = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
         "September", "Oktober", "November", "Dezember"]
MO_FR = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"]
MO_ES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def tz(off: str) -> timezone:
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def D(y: int, mo: int, d: int, h: int, mi: int, off: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz(off))


def _wd(y: int, m: int, d: int) -> int:
    return datetime(y, m, d).weekday()


def en(y: int, m: int, d: int) -> str:
    return f"{WD_EN[_wd(y, m, d)]} {d} {MO_EN[m]}"


def us(y: int, m: int, d: int) -> str:
    return f"{WD_EN[_wd(y, m, d)]}, {MO_EN[m]} {d}"


def de(y: int, m: int, d: int) -> str:
    return f"{WD_DE[_wd(y, m, d)]}, {d}. {MO_DE[m]}"


def fr(y: int, m: int, d: int) -> str:
    return f"{WD_FR[_wd(y, m, d)]} {d} {MO_FR[m]}"


def es(y: int, m: int, d: int) -> str:
    return f"{WD_ES[_wd(y, m, d)]} {d} de {MO_ES[m]}"


@dataclass
class Mail:
    label: str
    company: str
    contact: str
    role: str
    lang: str
    diff: str
    notes: str
    frm: str
    subj: str
    date: datetime
    body: str
    html: str | bool | None = None
    fmt: str = "plain"  # plain | html | alt
    cte: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    pdf: str | None = None
    ics: str | None = None
    ics_inline: bool = True
    ret: str = ""
    iat: str = ""
    to: str = ME
    reply: bool = False


MAILS: list[Mail] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
        **kw: object) -> None:
    iat = kw.pop("iat", "")
    if isinstance(iat, datetime):
        iat = iat.isoformat()
    MAILS.append(Mail(label, company, contact, role, lang, diff, notes, iat=iat, **kw))  # type: ignore[arg-type]


def _auto_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    inner = "\n".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras
    )
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
            f"{inner}\n</body></html>\n")


def _domain(frm: str) -> str:
    addr = frm.rsplit("<", 1)[-1].rstrip(">")
    return addr.split("@", 1)[1] if "@" in addr else "mail.example"


def ics_event(uid: str, start: datetime, minutes: int, summary: str, organizer: str,
              location: str, tzid: str | None = None) -> str:
    end = start + timedelta(minutes=minutes)
    if tzid:
        s = f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}"
        e = f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}"
    else:
        su = start.astimezone(UTC)
        eu = end.astimezone(UTC)
        s = f"DTSTART:{su.strftime('%Y%m%dT%H%M%SZ')}"
        e = f"DTEND:{eu.strftime('%Y%m%dT%H%M%SZ')}"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\n{s}\r\n{e}\r\n"
        "DTSTAMP:20250101T000000Z\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:{organizer.rsplit('<', 1)[-1].rstrip('>')}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def build(m: Mail, n: int) -> bytes:
    msg = EmailMessage()
    dom = _domain(m.frm)
    seed = hashlib.sha1(f"{n}{m.subj}{m.date.isoformat()}".encode()).hexdigest()
    msg["From"] = m.frm
    msg["To"] = m.to
    msg["Subject"] = m.subj
    msg["Date"] = format_datetime(m.date)
    msg["Message-ID"] = f"<{seed[:24]}@{dom}>"
    if m.reply:
        ref = f"<{seed[24:40]}.{seed[:6]}@mail.protonmail.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m.headers:
        msg[k] = v
    html = _auto_html(m.body) if m.html is True else m.html
    if m.cte is None:  # vary transfer encodings across the corpus
        m.cte = "base64" if n % 7 == 0 else ("8bit" if n % 3 == 0 else None)
    if m.fmt == "html":
        msg.set_content(html or _auto_html(m.body), subtype="html", cte=m.cte)
    elif m.fmt == "alt":
        msg.set_content(m.body, cte=m.cte)
        msg.add_alternative(html or _auto_html(m.body), subtype="html", cte=m.cte)
    else:
        msg.set_content(m.body, cte=m.cte)
    if m.ics:
        if m.ics_inline:
            if msg.get_content_type() != "multipart/alternative":
                msg.make_alternative()
            msg.add_alternative(m.ics, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(m.ics.encode(), maintype="text", subtype="calendar",
                               filename="invite.ics")
    if m.pdf:
        fake = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        msg.add_attachment(fake, maintype="application", subtype="pdf", filename=m.pdf)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=SMTP)


NOREPLY = [("Auto-Submitted", "auto-generated")]
AUTOREPLY = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]


def lu(url: str) -> list[tuple[str, str]]:
    return [("List-Unsubscribe", f"<{url}>"), ("Precedence", "bulk")]


# ---------------------------------------------------------------- rejections (26)

add("rejection", "Tidemark Climate Advisory", "", "Sustainability Consultant", "en", "easy",
    "Greenhouse template; company in display name",
    frm="Tidemark Climate Advisory <no-reply@us.greenhouse-mail.io>",
    subj="Update on your application – Sustainability Consultant",
    date=D(2025, 2, 11, 16, 2, "-0500"), headers=NOREPLY,
    body="""Hi Sofia,

Thank you for taking the time to apply for the Sustainability Consultant role at Tidemark Climate Advisory.

We received a large number of applications and, after careful review, we've chosen to move ahead with candidates whose background lines up more closely with what the team needs right now.

We appreciate your interest and encourage you to keep an eye on our careers page for future openings.

Regards,
Talent Acquisition
Tidemark Climate Advisory""")

add("rejection", "Hollins & Brae", "Marguerite", "Senior ESG Analyst", "en", "hard",
    "warm personal note; no rejection keywords; 'let's stay in touch'",
    frm="Marguerite Okonjo <m.okonjo@hollinsbrae.co.uk>",
    subj="Re: Senior ESG Analyst",
    date=D(2025, 3, 4, 18, 41, "+0000"), reply=True,
    body="""Sofia,

Thanks again for coming in on Thursday. I enjoyed our conversation about supplier engagement, and so did Priya.

I'll be straight with you: we've gone with someone who has spent the last five years doing CSRD readiness work for listed clients, and in the end that tipped it. It was close.

I'd genuinely like to stay in touch. If something opens up in the advisory team later this year I'll reach out directly.

All the best,
Marguerite

Marguerite Okonjo
Director, ESG Advisory
Hollins & Brae LLP | 14 Cannon Street, London""")

add("rejection", "Verdanta Energie", "", "Projektkoordinatorin Windenergie", "de", "easy",
    "German; Personio template",
    frm="Verdanta Energie GmbH <jobs@verdanta-energie.jobs.personio.de>",
    subj="Ihre Bewerbung als Projektkoordinator/in Windenergie (m/w/d)",
    date=D(2025, 4, 2, 9, 15, "+0200"), headers=NOREPLY,
    body="""Sehr geehrte Frau Lindqvist,

vielen Dank für Ihr Interesse an der Position Projektkoordinator/in Windenergie (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Verdanta Energie GmbH""")

add("rejection", "Greenline Mobility", "", "Impact Measurement Lead", "en", "hard",
    "HTML only; mentions two interview rounds before decision",
    frm="Greenline Mobility Careers <no-reply@hire.lever.co>",
    subj="Greenline Mobility – your application",
    date=D(2025, 5, 20, 22, 7, "+0000"), fmt="html", headers=NOREPLY,
    body="""Hi Sofia,

Thank you for the time you invested over the past few weeks, including your conversations with Elin and the case interview with our strategy team.

We have now completed the final round and have decided to offer the Impact Measurement Lead position to another candidate. This was not an easy call.

We will keep your details on file and hope our paths cross again.

The Greenline Mobility People Team""")

add("rejection", "Ville de Montreuil", "", "Chargée de mission transition écologique", "fr", "easy",
    "French; municipal letter",
    frm="Direction des ressources humaines <recrutement@montreuil-rh.fr>",
    subj="Votre candidature – Chargé(e) de mission transition écologique",
    date=D(2025, 6, 6, 11, 30, "+0200"),
    body="""Madame,

Nous avons bien étudié votre candidature au poste de chargé(e) de mission transition écologique et vous remercions de l'intérêt porté à notre collectivité.

Nous sommes toutefois au regret de vous informer que celle-ci n'a pas été retenue. De nombreuses candidatures de qualité nous sont parvenues et notre choix s'est porté sur un profil correspondant davantage aux besoins du service.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des ressources humaines
Ville de Montreuil""")

add("rejection", "Northwater Trust", "Callum", "Programme Coordinator – Catchment Restoration", "en", "hard",
    "very short; 'didn't work out'; no signature block",
    frm="Callum Reid <callum.reid@northwatertrust.org.uk>",
    subj="catchment role",
    date=D(2025, 7, 15, 8, 52, "+0100"),
    body="""Hi Sofia - quick one, sorry it's by email. This one didn't work out, panel went for an internal candidate. Thanks for your patience with us over the summer.

Callum""")

add("rejection", "Solaris Ibérica", "", "Técnica de Sostenibilidad", "es", "easy",
    "Spanish; Workable template",
    frm="Solaris Ibérica <noreply@candidates.workablemail.com>",
    subj="Actualización sobre tu candidatura - Técnico/a de Sostenibilidad",
    date=D(2025, 8, 28, 13, 4, "+0200"), headers=NOREPLY,
    body="""Hola Sofia,

Gracias por tu interés en el puesto de Técnico/a de Sostenibilidad en Solaris Ibérica.

Hemos revisado tu perfil con atención y, en esta ocasión, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a lo que buscamos.

Te animamos a seguir atenta a nuestras ofertas futuras.

Un saludo,
Equipo de Talento – Solaris Ibérica""")

add("rejection", "Keel Carbon", "Jonah", "Carbon Markets Analyst", "en", "hard",
    "after final round; mentions offer extended to someone else",
    frm="Jonah Feld <jonah@keelcarbon.com>",
    subj="Carbon Markets Analyst - final decision",
    date=D(2025, 9, 10, 17, 22, "-0400"),
    body="""Hi Sofia,

I wanted to let you know personally before the system email goes out. We extended an offer yesterday to another finalist and she accepted this morning.

Your presentation on Article 6 was one of the strongest we saw, and the panel said so. Where we landed came down to direct trading-desk experience.

If you're open to it, I'd be happy to introduce you to two people at Ridgeway Offsets who are hiring in Q4.

Best,
Jonah Feld
Head of Research | Keel Carbon
New York, NY""")

add("rejection", "Stadtwerke Rheinau", "", "Referentin Nachhaltigkeitsmanagement", "de", "hard",
    "German; SuccessFactors; 'nicht berücksichtigen' and footer about unmonitored mailbox",
    frm="Stadtwerke Rheinau Karriere <noreply@successfactors.eu>",
    subj="Stadtwerke Rheinau: Rückmeldung zu Ihrer Bewerbung (Req. 4471)",
    date=D(2025, 10, 14, 15, 48, "+0200"), headers=NOREPLY, fmt="alt", html=True,
    cte="quoted-printable",
    body="""Guten Tag Frau Lindqvist,

herzlichen Dank für Ihre Bewerbung als Referent*in Nachhaltigkeitsmanagement und für das angenehme Gespräch mit unserem Fachbereich.

Nach Abschluss aller Interviews haben wir uns entschieden, Ihre Bewerbung im weiteren Verfahren nicht zu berücksichtigen. Diese Entscheidung ist keine Bewertung Ihrer Person.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Freundliche Grüße
Personalgewinnung, Stadtwerke Rheinau

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.""")

add("rejection", "Open Harbour Foundation", "", "Grants & Partnerships Coordinator", "en", "easy",
    "Workday not-selected; company only in body",
    frm="OHF Careers <ohf@myworkday.com>",
    subj="Regarding your application",
    date=D(2025, 11, 3, 10, 11, "+0000"), headers=NOREPLY,
    body="""Dear Sofia Lindqvist,

Thank you for applying for the Grants & Partnerships Coordinator position (R-20913) at Open Harbour Foundation.

After reviewing your application, we regret that you have not been selected to move forward in the recruitment process for this role.

We appreciate your interest in our work.

Kind regards,
Open Harbour Foundation Recruitment

This mailbox is not monitored.""")

add("rejection", "Atelier Canopée", "Hélène", "Consultante RSE junior", "fr", "hard",
    "French; friendly; 'pas la bonne adéquation' plus keep in touch",
    frm="Hélène Marchetti <helene@ateliercanopee.fr>",
    subj="Re: Candidature consultante RSE",
    date=D(2025, 12, 9, 19, 3, "+0100"), reply=True,
    body="""Bonjour Sofia,

Merci encore pour notre échange de la semaine dernière, c'était très agréable.

Après en avoir discuté avec Antoine, nous pensons que ce n'est pas la bonne adéquation pour le moment : nous avons besoin de quelqu'un d'opérationnel tout de suite sur les bilans carbone en français, et le poste est très orienté client PME.

Je garde ton CV sous le coude et je te recontacte si une mission plus internationale se présente.

Belle fin d'année,
Hélène

> Le 2 déc. 2025 à 10:14, Sofia Lindqvist a écrit :
> Bonjour Hélène, merci pour l'entretien de ce matin !""")

add("rejection", "Bluefjord Wind", "", "Stakeholder Engagement Manager", "en", "easy",
    "Teamtailor; position filled",
    frm="Bluefjord Wind <no-reply@teamtailor.com>",
    subj="Stakeholder Engagement Manager at Bluefjord Wind",
    date=D(2026, 1, 13, 9, 0, "+0100"), headers=NOREPLY, fmt="alt", html=True,
    body="""Hi Sofia,

Thanks for applying for the Stakeholder Engagement Manager position.

We want to let you know that the position has now been filled, so we will not be taking your application further.

Warm regards,
Bluefjord Wind""")

add("rejection", "Fundación Raíces Verdes", "Marta", "Coordinadora de Proyectos Europeos", "es", "hard",
    "Spanish; mentions interview; indirect ('no vamos a seguir')",
    frm="Marta Gil Ortega <mgil@raicesverdes.org>",
    subj="Proceso coordinación proyectos europeos",
    date=D(2026, 1, 27, 12, 40, "+0100"),
    body="""Hola Sofia:

Te escribo para cerrar el proceso. Después de la entrevista con el patronato hemos decidido no seguir adelante con tu candidatura; buscamos a alguien con más recorrido en justificación económica de proyectos LIFE.

Ha sido un placer conocerte. Si te parece bien, me gustaría pasarle tu CV a una compañera de la Red de Custodia del Territorio que está buscando perfiles como el tuyo.

Un abrazo,
Marta

Marta Gil Ortega
Directora de Proyectos
Fundación Raíces Verdes""")

add("rejection", "Circulo Labs", "", "Circular Economy Program Manager", "en", "hard",
    "Ashby; rejection after take-home, mentions 'next steps' and interview",
    frm="Circulo Labs <no-reply@ashbyhq.com>",
    subj="Your application to Circulo Labs",
    date=D(2026, 2, 18, 14, 26, "-0800"), headers=NOREPLY,
    body="""Hi Sofia,

Thanks for completing the take-home and for walking us through it in your interview last week.

We've reviewed everyone's work and won't be progressing your application to the next steps for the Circular Economy Program Manager role. The team felt other candidates had more hands-on experience with reverse-logistics pilots.

We're grateful for the effort you put in.

— The Circulo Labs hiring team""")

add("rejection", "Umweltbundesagentur für Klima und Energie", "", "Wissenschaftliche Mitarbeiterin Klimaanpassung", "de", "hard",
    "German; formal public-sector letter as PDF; body vague",
    frm="Bewerbermanagement UBKE <bewerbung@ubke-bund.de>",
    subj="Ihre Bewerbung – Kennziffer 2026-117",
    date=D(2026, 3, 5, 8, 30, "+0100"), pdf="Absage_2026-117.pdf",
    body="""Sehr geehrte Frau Lindqvist,

anbei erhalten Sie unser Schreiben zum Ausgang des Auswahlverfahrens (Kennziffer 2026-117, Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter Klimaanpassung).

Leider konnten wir Sie bei der Besetzung der Stelle nicht berücksichtigen. Wir bedanken uns für Ihr Interesse.

Mit freundlichen Grüßen
Im Auftrag
Referat Z 2 – Personal
Umweltbundesagentur für Klima und Energie""")

add("rejection", "Coastline Resilience Partners", "Dana", "Resilience Project Coordinator", "en", "hard",
    "agency recruiter relays client's decision; sender domain is agency",
    frm="Dana Whitcombe <dana.w@greenpathtalent.co.uk>",
    subj="Feedback from Coastline Resilience Partners",
    date=D(2026, 3, 24, 17, 5, "+0000"),
    body="""Hi Sofia,

I've just had feedback from Coastline Resilience Partners on the Project Coordinator role.

They liked you a lot, but they've decided to go with a candidate who already holds a Prince2 Practitioner certificate, as the role will be managing a DEFRA-funded programme from week one. So unfortunately it's a no on this occasion.

I have a couple of other briefs coming in next month that I think could suit you better, so don't be a stranger.

Speak soon,
Dana

Dana Whitcombe
Senior Consultant, Environment & Sustainability
Greenpath Talent""")

add("rejection", "Maison Lumen", "", "Chef de projet efficacité énergétique", "fr", "easy",
    "French; Welcome to the Jungle-style template",
    frm="Maison Lumen via Recrutement <no-reply@recruitee.com>",
    subj="Maison Lumen – suite à votre candidature",
    date=D(2026, 4, 14, 10, 2, "+0200"), headers=NOREPLY,
    body="""Bonjour Sofia,

Merci pour votre candidature au poste de Chef de projet efficacité énergétique.

Nous avons reçu de nombreux profils intéressants et, après examen attentif, nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Maison Lumen""")

add("rejection", "Pacific Watershed Institute", "Reggie", "Program Associate, Water Policy", "en", "hard",
    "reply to thank-you; quoted text contains interview details",
    frm="Reggie Almeida <ralmeida@pwinstitute.org>",
    subj="RE: Thank you - Program Associate interview",
    date=D(2026, 5, 1, 9, 40, "-0700"), reply=True,
    body="""Sofia,

Appreciate the note. Unfortunately I have to tell you we're not moving ahead with your candidacy; the team went a different direction and prioritised someone already in California.

Good luck with the search.

Reggie

-----Original Message-----
From: Sofia Lindqvist <sofia.lindqvist.cv@protonmail.com>
Sent: Tuesday, April 28, 2026 2:12 AM
To: Reggie Almeida <ralmeida@pwinstitute.org>
Subject: Thank you - Program Associate interview

Hi Reggie,
Thank you for the interview on Monday at 4pm. I'm excited about the next round and happy to do the panel interview whenever suits.
Best, Sofia""")

add("rejection", "Energía Cooperativa del Sur", "", "Gestora de Comunidades Energéticas", "es", "hard",
    "Spanish; HTML only, base64; 'no ha sido seleccionada'",
    frm="\"Energía Cooperativa del Sur\" <empleo@ecsur.coop>",
    subj="Resolución proceso de selección – Gestor/a de Comunidades Energéticas",
    date=D(2026, 5, 19, 18, 15, "+0200"), fmt="html", cte="base64",
    body="""Estimada Sofia Lindqvist:

Le agradecemos su participación en el proceso de selección para el puesto de Gestor/a de Comunidades Energéticas.

Lamentamos comunicarle que su candidatura no ha sido seleccionada para la fase final. Guardaremos sus datos durante doce meses para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Personas
Energía Cooperativa del Sur S. Coop. And.""")

add("rejection", "Lowland Futures", "Pieter", "Project Officer Climate Adaptation", "en", "hard",
    "'great fit for the company, not this role'; suggests other vacancy",
    frm="Pieter van Aalst <p.vanaalst@lowlandfutures.nl>",
    subj="Project Officer Climate Adaptation",
    date=D(2026, 6, 2, 16, 31, "+0200"),
    body="""Dear Sofia,

Thank you for your patience. We have now finished the second round of conversations.

Honestly, we think you would be a great addition to Lowland Futures, but for this specific position we need someone with hydrological modelling experience, and that is where other candidates were stronger. We will therefore not continue with your application for this vacancy.

We expect to open a stakeholder manager role after the summer. I would encourage you to apply then, and feel free to mention my name.

Kind regards,

Pieter van Aalst
Team Lead Adaptation
Lowland Futures | Utrecht""")

add("rejection", "Meridian Sustainability Partners", "", "Climate Risk Consultant", "en", "easy",
    "iCIMS template; 'not the right match at this time'",
    frm="Meridian Sustainability Partners <talent@meridiansp.icims.com>",
    subj="Climate Risk Consultant – Application Status",
    date=D(2026, 6, 23, 11, 12, "-0400"), headers=NOREPLY,
    body="""Dear Sofia,

Thank you for your interest in the Climate Risk Consultant position with Meridian Sustainability Partners.

After careful consideration, we have determined that your qualifications are not the right match at this time. We will keep your profile in our talent community and may contact you about future opportunities.

Sincerely,
Talent Acquisition
Meridian Sustainability Partners, LLC""")

add("rejection", "Brightfield Solar", "Amy", "Community Solar Outreach Coordinator", "en", "hard",
    "rejection plus referral offer; mentions 'offer' and 'next round'",
    frm="Amy Tran <amy.tran@brightfieldsolar.com>",
    subj="Following up",
    date=D(2026, 7, 8, 13, 57, "-0500"),
    body="""Hi Sofia,

Sorry for the slow reply - things have been hectic with the Illinois projects.

We've made our decision on the outreach coordinator role and I'm afraid we're not going to be offering you the position. Several people on the panel wanted you in the next round; ultimately we needed someone who could be on site in Chicago three days a week, and relocation from Amsterdam didn't fit the timeline.

My old colleague at Sunward Cooperative is building a remote EU partnerships team - happy to make an intro if you'd like.

Amy""")

add("rejection", "Klimaleitstelle Hamburg", "Jens", "Projektmanagerin Klimaschutz", "de", "hard",
    "German; personal; 'leider' plus 'bleiben wir in Kontakt'",
    frm="Jens Albrecht <jens.albrecht@klimaleitstelle-hh.de>",
    subj="AW: Projektmanagement Klimaschutz – Ihr Gespräch am Dienstag",
    date=D(2026, 8, 20, 17, 44, "+0200"), reply=True,
    body="""Liebe Frau Lindqvist,

danke für Ihre Nachricht und nochmals für das gute Gespräch am Dienstag.

Wir haben uns im Team lange beraten und uns am Ende für eine Kandidatin entschieden, die bereits in einer Hamburger Behörde gearbeitet hat. Leider kann ich Ihnen daher heute keine Zusage geben.

Ich würde mich freuen, wenn wir in Kontakt bleiben – gerade bei EU-Förderprojekten könnten sich künftig Überschneidungen ergeben.

Herzliche Grüße
Jens Albrecht
Leitung Projekte, Klimaleitstelle Hamburg""")

add("rejection", "Verity Environmental", "", "Environmental Compliance Coordinator", "en", "easy",
    "SmartRecruiters template",
    frm="Verity Environmental <noreply@smartrecruiters.com>",
    subj="Your application for Environmental Compliance Coordinator",
    date=D(2026, 9, 15, 8, 5, "+0100"), headers=NOREPLY,
    body="""Dear Sofia,

Thank you for applying to Verity Environmental. We have carefully reviewed your application for the Environmental Compliance Coordinator position and unfortunately we will not be moving forward with it.

We wish you every success in your search.

Best regards,
Verity Environmental Recruitment""")

add("rejection", "Cercle Bleu Conseil", "Laurent", "Consultante Biodiversité", "fr", "hard",
    "French; recruiter forwards hiring manager decision (Fwd)",
    frm="Laurent Besnard <l.besnard@cerclebleu-conseil.fr>",
    subj="TR: Candidature Sofia L. – consultante biodiversité",
    date=D(2026, 10, 6, 9, 20, "+0200"),
    body="""Bonjour Sofia,

Je vous transfère le retour de Claire ci-dessous, par souci de transparence. Je suis désolé que cela n'aboutisse pas cette fois-ci.

Bien cordialement,
Laurent Besnard
Chargé de recrutement – Cercle Bleu Conseil

---------- Message transféré ----------
De : Claire Dufay <c.dufay@cerclebleu-conseil.fr>
Date : lun. 5 oct. 2026 à 18:02
Objet : Candidature Sofia L.

Laurent,
Bon entretien, profil solide, mais on part sur Inès pour le poste de consultante biodiversité (expérience terrain naturaliste indispensable). Peux-tu la remercier de notre part ? Merci.
Claire""")

add("rejection", "GreenGrid Analytics", "", "ESG Data Coordinator", "en", "hard",
    "status update template from Jobvite; rejection buried mid-text; Auto-Submitted generated",
    frm="GreenGrid Analytics Recruiting <notifications@jobvite.com>",
    subj="Application Status Update: ESG Data Coordinator",
    date=D(2026, 11, 4, 12, 0, "-0500"), headers=NOREPLY, fmt="alt", html=True,
    body="""Hello Sofia,

Your application status for ESG Data Coordinator (Req #GG-2291) has been updated.

Status: Closed – Not selected

We reviewed your experience against the requirements for the role and decided to pursue other applicants at this stage. You can view all of your applications in the candidate portal.

Thank you for considering GreenGrid Analytics.""")

# ---------------------------------------------------------------- on_hold (10)

add("on_hold", "Aurora Heat Networks", "Sinead", "District Heating Project Coordinator", "en", "easy",
    "explicit hiring freeze",
    frm="Sinead Kavanagh <skavanagh@auroraheat.ie>",
    subj="District Heating Project Coordinator – update",
    date=D(2025, 2, 26, 15, 10, "+0000"),
    body="""Hi Sofia,

I'm sorry to be writing with this news. Following the board meeting yesterday, Aurora has put a hiring freeze in place across all non-operational roles until at least the end of Q2, and the Project Coordinator vacancy is included.

This has nothing to do with your application; you were one of two people we planned to invite to the final stage. If the freeze lifts I will contact you first.

Kind regards,
Sinead Kavanagh
HR Business Partner | Aurora Heat Networks | Dublin 2""")

add("on_hold", "Polder Power", "", "Energy Transition Advisor", "en", "hard",
    "Recruitee; 'vacancy withdrawn' reads like rejection",
    frm="Polder Power <jobs@polderpower.recruitee.com>",
    subj="Vacancy Energy Transition Advisor withdrawn",
    date=D(2025, 5, 7, 10, 45, "+0200"), headers=NOREPLY,
    body="""Dear Sofia,

Thank you for applying for the Energy Transition Advisor vacancy at Polder Power.

Due to a change in our organisational plans, we have decided to withdraw this vacancy. As a result, we will not be continuing the procedure and your application will no longer be considered for this role. We will delete your data within four weeks unless you give us permission to keep it.

We apologise for the inconvenience.

Kind regards,
Recruitment Polder Power""")

add("on_hold", "Nordlicht Umweltberatung", "Katrin", "Beraterin Kreislaufwirtschaft", "de", "easy",
    "German; process paused due to funding",
    frm="Katrin Weißenberg <k.weissenberg@nordlicht-umwelt.de>",
    subj="Stelle Beraterin/Berater Kreislaufwirtschaft – Verfahren pausiert",
    date=D(2025, 7, 3, 11, 18, "+0200"),
    body="""Hallo Frau Lindqvist,

kurze Info zum Stand: Die Förderzusage des Landes für das Kreislaufwirtschaftsprojekt verzögert sich, und ohne Bescheid dürfen wir die Stelle nicht besetzen. Wir haben das Auswahlverfahren deshalb vorerst ausgesetzt.

Ihre Bewerbung bleibt im Verfahren. Sobald der Bescheid da ist (wir rechnen mit September), melde ich mich wegen eines Gesprächstermins.

Viele Grüße
Katrin Weißenberg
Geschäftsführung
Nordlicht Umweltberatung GmbH""")

add("on_hold", "Harrowgate Council", "", "Net Zero Programme Officer", "en", "hard",
    "requisition cancelled by ATS template; says 'unsuccessful' would not apply",
    frm="Harrowgate Council Recruitment <noreply@harrowgate-jobs.gov.uk>",
    subj="Net Zero Programme Officer (HC-0457) – recruitment cancelled",
    date=D(2025, 9, 23, 9, 2, "+0100"), headers=NOREPLY,
    body="""Dear Applicant,

We are writing to let you know that the recruitment campaign for Net Zero Programme Officer (HC-0457) has been cancelled following a review of the service's budget for 2025/26.

All applications for this post have been closed. This is not a reflection of the merit of your application, and should the post be re-advertised you are welcome to apply again.

Harrowgate Council Recruitment Team""")

add("on_hold", "Terra Nova Impact", "Ben", "Impact Reporting Manager", "en", "hard",
    "reorg; 'pausing this search'; mentions final interview in passing",
    frm="Ben Osei <ben@terranovaimpact.com>",
    subj="Re: Next steps",
    date=D(2025, 11, 19, 20, 14, "-0500"), reply=True,
    body="""Hi Sofia,

Apologies for going quiet after your final interview. We've just announced a reorganisation of the portfolio team and, as part of that, leadership has asked us to pause this search until the new structure is settled - likely February.

I know that's frustrating. You're still our preferred candidate, and I'd like to pick this back up with you as soon as I can.

Ben

> On Nov 10, 2025, at 4:03 AM, Sofia Lindqvist wrote:
> Hi Ben, just checking in on next steps after last week's final interview.""")

add("on_hold", "Agence Locale de l'Énergie Lyon", "Nadia", "Conseillère rénovation énergétique", "fr", "easy",
    "French; recruitment suspended",
    frm="Nadia Ferhat <n.ferhat@ale-lyon.fr>",
    subj="Recrutement conseiller(e) rénovation – suspension",
    date=D(2026, 1, 20, 14, 3, "+0100"),
    body="""Bonjour Madame Lindqvist,

Je me permets de revenir vers vous concernant le poste de conseiller(e) rénovation énergétique.

Suite à la réduction des crédits du programme régional, nous suspendons le recrutement jusqu'à nouvel ordre. Votre candidature n'est pas en cause et nous la conservons.

Je reviendrai vers vous dès que nous aurons plus de visibilité.

Cordialement,
Nadia Ferhat
Responsable administrative, ALE Lyon""")

add("on_hold", "Clearwater Labs", "", "Sustainability Program Manager", "en", "easy",
    "Greenhouse; role no longer open",
    frm="Clearwater Labs Recruiting <no-reply@us.greenhouse-mail.io>",
    subj="An update on the Sustainability Program Manager role",
    date=D(2026, 3, 3, 13, 33, "-0800"), headers=NOREPLY,
    body="""Hi Sofia,

We're reaching out because the Sustainability Program Manager role you applied for is no longer open. Our priorities for the year have shifted and the team has decided not to fill it.

We're sorry for the change and thank you for your interest in Clearwater Labs.

Best,
Clearwater Labs Recruiting""")

add("on_hold", "Asociación Mares Limpios", "Lucía", "Coordinadora de Voluntariado Ambiental", "es", "hard",
    "Spanish; funding delay; mentions 'lamentablemente'",
    frm="Lucía Ferrer <lucia.ferrer@mareslimpios.org>",
    subj="Proceso de selección coordinación de voluntariado",
    date=D(2026, 4, 22, 10, 50, "+0200"),
    body="""Hola Sofia,

Lamentablemente tenemos que congelar el proceso de selección: la convocatoria de la fundación que financia el puesto se ha retrasado y no podemos contratar hasta tener la resolución.

Tu candidatura sigue siendo de las finalistas. En cuanto sepamos algo (calculamos junio) te llamamos para la última entrevista.

Gracias por la paciencia,
Lucía""")

add("on_hold", "Greywater Engineering", "", "Environmental Planner", "en", "hard",
    "Taleo; requisition on hold; candidate 'not selected at this time' phrasing",
    frm="Greywater Engineering <greywater@taleo.net>",
    subj="Requisition 26-0318 Environmental Planner",
    date=D(2026, 7, 27, 7, 55, "-0600"), headers=NOREPLY,
    body="""Dear Sofia Lindqvist,

The requisition for Environmental Planner (26-0318) has been placed on hold by the hiring department while project funding is re-evaluated. No candidates will be selected at this time.

If the requisition is reopened, your application will be reactivated automatically and you will be notified.

Greywater Engineering Talent Acquisition""")

add("on_hold", "Solvera Batteries", "Ilse", "Sustainability Reporting Coordinator", "en", "hard",
    "role eliminated in restructuring; HTML alternative",
    frm="Ilse de Graaf <ilse.degraaf@solvera.eu>",
    subj="Sustainability Reporting Coordinator",
    date=D(2026, 10, 1, 17, 26, "+0200"), fmt="alt", html=True,
    body="""Dear Sofia,

I wanted to update you personally. As part of the restructuring announced this week, the Sustainability Reporting Coordinator position has been eliminated, and we are therefore closing the vacancy.

I realise you have invested time in two conversations with us and I'm sorry it ends this way. It is a business decision only.

With kind regards,
Ilse de Graaf
Talent Acquisition Lead
Solvera Batteries B.V. | Eindhoven""")

# ---------------------------------------------------------------- interview (22)

add("interview", "Evergreen Metrics", "", "Sustainability Data Analyst", "en", "easy",
    "Greenhouse invitation with GoodTime scheduling link",
    frm="Evergreen Metrics <no-reply@us.greenhouse-mail.io>",
    subj="Interview invitation: Sustainability Data Analyst at Evergreen Metrics",
    date=D(2025, 1, 22, 11, 5, "-0500"), headers=NOREPLY,
    body="""Hi Sofia,

Thanks for applying to Evergreen Metrics! The hiring team would like to invite you to a 30-minute phone interview for the Sustainability Data Analyst position.

Please pick a time that works for you using the link below. Slots are shown in your local time zone.

https://app.goodtime.io/schedule/ev3rgr33n-8f2a1

If none of the times work, just reply to this email.

Cheers,
Recruiting at Evergreen Metrics""")

_t = D(2025, 3, 13, 14, 0, "+0100")
add("interview", "EcoNexus Consulting", "Rutger", "Junior Sustainability Consultant", "en", "easy",
    "calendar invitation with text/calendar part",
    frm="Rutger Hoekstra <rutger.hoekstra@econexus.nl>",
    subj=f"Invitation: Interview Sofia Lindqvist – Junior Sustainability Consultant @ {us(2025, 3, 13)}, 2025 2pm – 3pm (CET)",
    date=D(2025, 3, 10, 9, 31, "+0100"), iat=_t,
    ics=ics_event("ecx-7731@econexus.nl", _t, 60, "Interview Sofia Lindqvist – Junior Sustainability Consultant",
                  "Rutger Hoekstra <rutger.hoekstra@econexus.nl>", "EcoNexus office, Weteringschans 112, Amsterdam",
                  tzid="Europe/Amsterdam"),
    body=f"""Rutger Hoekstra has invited you to an event.

Interview Sofia Lindqvist – Junior Sustainability Consultant
When: {en(2025, 3, 13)} 2025, 14:00 – 15:00 (Central European Time - Amsterdam)
Where: EcoNexus office, Weteringschans 112, Amsterdam
Who: Rutger Hoekstra (organiser), Femke Jansen, Sofia Lindqvist

Looking forward to meeting you in person. Please ask for me at reception.

Going (sofia.lindqvist.cv@protonmail.com)? Yes - Maybe - No""")

add("interview", "Thameside Energy Partnership", "Olivia", "Community Energy Project Coordinator", "en", "hard",
    "relative time 'tomorrow at 10:30 London time'; apology wording",
    frm="Olivia Pratt <olivia@thamesideenergy.org.uk>",
    subj="Re: tomorrow",
    date=D(2025, 4, 15, 16, 20, "+0100"), reply=True,
    iat=D(2025, 4, 16, 10, 30, "+0100"),
    body="""Hi Sofia,

Unfortunately our meeting room has been double-booked, so let's do the interview on Zoom instead - same time, tomorrow at 10:30 London time. Link: https://us02web.zoom.us/j/83311902245

It'll be me and Tom (our board treasurer). About 45 minutes.

Olivia
Thameside Energy Partnership""")

_t = D(2025, 6, 17, 10, 0, "+0200")
add("interview", "Klimakontor Berlin", "Miriam", "Projektkoordinatorin EU-Förderprojekte", "de", "easy",
    "German; single definite date",
    frm="Miriam Köhler <koehler@klimakontor.berlin>",
    subj="Einladung zum Vorstellungsgespräch – Projektkoordination EU-Förderprojekte",
    date=D(2025, 6, 5, 14, 12, "+0200"), iat=_t,
    body=f"""Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:

Termin: {de(2025, 6, 17)} 2025, 10:00 Uhr
Ort: Klimakontor Berlin, Oranienstraße 183, 10999 Berlin (3. OG)
Dauer: ca. 60 Minuten

Am Gespräch nehmen neben mir unser Geschäftsführer Herr Brandt und Frau Yilmaz aus dem Finanzteam teil. Reisekosten innerhalb Deutschlands erstatten wir gern; für eine Anreise aus Amsterdam sprechen Sie uns bitte an.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Miriam Köhler
Personal & Organisation
Klimakontor Berlin gGmbH""")

add("interview", "Terres Communes", "Bastien", "Coordinatrice de projets agroécologie", "fr", "hard",
    "French; list of slots, no single time",
    frm="Bastien Leroux <bastien@terrescommunes.org>",
    subj="Échange pour le poste de coordination agroécologie",
    date=D(2025, 7, 21, 9, 5, "+0200"),
    body="""Bonjour Sofia,

Votre candidature a retenu toute notre attention. Nous aimerions organiser un premier entretien en visio (45 min) avec moi-même et Julie, notre directrice.

Seriez-vous disponible sur l'un de ces créneaux ?
- mardi 29 juillet, 10h ou 14h
- mercredi 30 juillet, 11h
- vendredi 1er août, 9h30

Dites-nous ce qui vous convient le mieux.

Bien à vous,
Bastien Leroux
Responsable des programmes – Terres Communes""")

_t = D(2025, 9, 11, 12, 0, "+0200")
add("interview", "Ecoenergía Levante", "Javier", "Técnica de Proyectos de Autoconsumo", "es", "easy",
    "Spanish; confirmation with time",
    frm="Javier Soler <jsoler@ecoenergialevante.es>",
    subj="Confirmación entrevista - Técnico/a de Proyectos de Autoconsumo",
    date=D(2025, 9, 8, 17, 45, "+0200"), iat=_t,
    body=f"""Hola Sofia,

Te confirmo la entrevista por videollamada para el puesto de Técnico/a de Proyectos de Autoconsumo:

Día: {es(2025, 9, 11)}
Hora: 12:00 (hora peninsular)
Enlace: https://meet.google.com/xqe-ruvb-kta

Estaremos la responsable de ingeniería, Carmen Vidal, y yo. Dura unos 40 minutos.

Saludos,
Javier Soler
RR. HH. – Ecoenergía Levante""")

add("interview", "Wildmark Ventures", "Theo", "Climate Portfolio Associate", "en", "hard",
    "'quick chat' via Calendly; no word interview",
    frm="Theo Brandsma <theo@wildmark.vc>",
    subj="quick chat?",
    date=D(2025, 10, 2, 22, 48, "+0200"),
    body="""Hey Sofia,

Saw your application come through for the portfolio associate spot - your work on the Rotterdam heat transition stood out. Would love to grab 20 min to hear more about what you're looking for and tell you how we work.

Grab whatever suits here: https://calendly.com/theo-wildmark/20min

Theo""")

add("interview", "Harbourlight Environmental", "Grace", "Environmental Project Coordinator", "en", "hard",
    "reschedule; mentions old time and new time",
    frm="Grace Mulligan <gmulligan@harbourlightenv.com>",
    subj="RE: Interview - Environmental Project Coordinator",
    date=D(2025, 10, 20, 8, 15, "-0400"), reply=True,
    iat=D(2025, 10, 22, 15, 0, "-0400"),
    body="""Hi Sofia,

Something came up on our side and Mark can't make tomorrow at 9am. Could we move your interview to Wednesday at 3pm ET instead? Same Teams link as before. I've updated the invitation.

If that doesn't work, let me know and we'll find another slot.

Thanks for being flexible,
Grace

Grace Mulligan | Talent Partner
Harbourlight Environmental
Boston, MA""")

_t = D(2025, 11, 14, 11, 0, "+0100")
add("interview", "Blueprint Circular", "Anouk", "Circular Procurement Consultant", "en", "easy",
    "take-home case plus presentation at fixed time; PDF brief",
    frm="Anouk Verbeek <anouk@blueprintcircular.nl>",
    subj="Case assignment and second interview",
    date=D(2025, 11, 6, 13, 2, "+0100"), iat=_t, pdf="Case_brief_circular_procurement.pdf",
    body=f"""Hi Sofia,

Great news: we'd like to invite you to the second round for the Circular Procurement Consultant role.

Attached is a short case brief (a municipality buying office furniture circularly). Please prepare a 15-minute presentation; you don't need to send anything in advance.

You'll present on {en(2025, 11, 14)} at 11:00 CET at our office in Utrecht, followed by 45 minutes of discussion with me and two senior consultants.

Best,
Anouk Verbeek
Manager | Blueprint Circular""")

_t = D(2026, 1, 13, 9, 30, "+0000")
add("interview", "Irish Green Building Forum", "Aoife", "Programme Manager, Retrofit", "en", "easy",
    "onsite panel itinerary",
    frm="Aoife Brennan <aoife.brennan@igbf.ie>",
    subj="Your visit on Tuesday - itinerary",
    date=D(2026, 1, 8, 12, 10, "+0000"), iat=_t,
    body=f"""Dear Sofia,

Ahead of your visit on {en(2026, 1, 13)}, here is the plan for the day:

09:30  Panel interview (Aoife Brennan, Declan Moore, Ruth Kiely)
10:30  Coffee with the retrofit team
11:15  Short written exercise
12:00  Finish

Please arrive ten minutes early at 3 Fitzwilliam Place, Dublin 2, and ask for me at reception. We will cover reasonable travel costs; please keep your receipts.

Kind regards,
Aoife Brennan
Operations Director
Irish Green Building Forum""")

add("interview", "Northstar Renewables", "Kayla", "Sustainability Program Coordinator", "en", "hard",
    "Lever recruiter; offers two slots; mentions 'no longer' about a posting",
    frm="Kayla Rhodes <kayla.rhodes@hire.lever.co>",
    subj="Northstar Renewables – Sustainability Program Coordinator",
    date=D(2026, 2, 4, 10, 40, "-0600"),
    body="""Hi Sofia,

I'm the recruiter supporting Northstar Renewables. The Houston posting you first saw is no longer active, but the hiring manager reviewed your profile for the remote Sustainability Program Coordinator role and would like to set up a video interview.

Would Thursday at 2pm CT or Friday at 9am CT work for you? It's 45 minutes with Dev Patel, the program lead.

Best,
Kayla Rhodes
Technical Recruiter, Northstar Renewables""")

_t = D(2026, 2, 24, 9, 0, "-0800")
add("interview", "Sequoia Watershed Alliance", "", "Program Manager, Climate Resilience", "en", "easy",
    "ModernLoop confirmation; HTML only",
    frm="Sequoia Watershed Alliance <scheduling@modernloop.io>",
    subj="Confirmed: Interview with Sequoia Watershed Alliance",
    date=D(2026, 2, 17, 15, 3, "-0800"), iat=_t, fmt="html", headers=NOREPLY,
    body="""Hi Sofia,

Your interview for Program Manager, Climate Resilience is confirmed.

Tue, Feb 24, 2026 · 9:00 AM – 9:45 AM PST
Google Meet: https://meet.google.com/swa-pmcr-227
Interviewers: Rosa Delgado (Director of Programs), Kenji Mori (Grants Manager)

Need to reschedule? Use the link in this email at least 24 hours in advance.

Powered by ModernLoop""")

_t = D(2026, 3, 23, 14, 0, "+0100")
add("interview", "Wärmewende Nord", "Sebastian", "Projektmanager Kommunale Wärmeplanung", "de", "hard",
    "German; relative date 'am Montag um 14 Uhr'; informal",
    frm="Sebastian Petersen <s.petersen@waermewende-nord.de>",
    subj="Kurzes Kennenlernen per Teams",
    date=D(2026, 3, 19, 16, 55, "+0100"), iat=_t,
    body="""Hallo Sofia,

danke für deine Unterlagen – wir würden dich gern kennenlernen. Passt dir Montag um 14 Uhr für ein erstes Gespräch per Teams? Ich schicke dir gleich die Einladung, einfach annehmen, wenn es klappt.

Wir duzen uns hier übrigens alle.

Bis dann
Sebastian

Sebastian Petersen
Teamleitung Kommunale Wärmeplanung
Wärmewende Nord eG""")

_t = D(2026, 4, 14, 9, 30, "+0200")
add("interview", "Groupe Hélios Environnement", "Camille", "Chargée d'études climat", "fr", "easy",
    "French; confirmation with .ics attachment",
    frm="Camille Roussel <camille.roussel@helios-env.fr>",
    subj="Confirmation de votre entretien – Chargé(e) d'études climat",
    date=D(2026, 4, 7, 11, 22, "+0200"), iat=_t,
    ics=ics_event("helios-4410@helios-env.fr", _t, 60, "Entretien Sofia Lindqvist",
                  "Camille Roussel <camille.roussel@helios-env.fr>", "12 rue de la Victoire, 75009 Paris"),
    ics_inline=False,
    body=f"""Bonjour Sofia,

Je vous confirme votre entretien pour le poste de chargé(e) d'études climat le {fr(2026, 4, 14)} 2026 à 9h30, dans nos locaux du 12 rue de la Victoire, Paris 9e.

Vous rencontrerez Marc Delorme, directeur du pôle climat, et moi-même. Vous trouverez l'invitation en pièce jointe.

Bien cordialement,
Camille Roussel
Chargée RH – Groupe Hélios Environnement""")

add("interview", "Biomasa Norte", "", "Coordinadora de Proyectos de Bioenergía", "es", "easy",
    "Spanish; JOIN scheduling link",
    frm="Biomasa Norte vía JOIN <noreply@join.com>",
    subj="Te invitamos a una entrevista – Coordinador/a de Proyectos de Bioenergía",
    date=D(2026, 4, 29, 8, 40, "+0200"), headers=NOREPLY, fmt="alt", html=True,
    body="""Hola Sofia,

¡Buenas noticias! Biomasa Norte quiere conocerte en una entrevista para el puesto de Coordinador/a de Proyectos de Bioenergía.

Elige el horario que mejor te venga aquí: https://join.com/schedule/bn-55120

La entrevista será por videollamada y durará unos 30 minutos.

Un saludo,
El equipo de Biomasa Norte""")

_t = D(2026, 5, 14, 16, 0, "+0200")
add("interview", "Rivierenland Water Board", "Maarten", "Policy Advisor Water & Climate", "en", "hard",
    "reply thread; quoted earlier mail says 'unfortunately I have to cancel'",
    frm="Maarten Visser <m.visser@rivierenland-waterboard.nl>",
    subj="Re: Re: Interview Policy Advisor Water & Climate",
    date=D(2026, 5, 12, 10, 5, "+0200"), reply=True, iat=_t,
    body="""Hi Sofia,

Perfect, Thursday works. See you at 16:00 (CEST) at the Tiel office - I'll come down to reception.

Maarten

On Mon 11 May 2026, Sofia Lindqvist wrote:
> Hi Maarten, no problem at all. Thursday afternoon would work well for me.
>
> On Mon 11 May 2026, Maarten Visser wrote:
>> Dear Sofia, unfortunately I have to cancel our interview on Wednesday due to
>> an emergency board meeting. Could we move it to Thursday at 16:00?""")

_t = D(2026, 6, 5, 11, 0, "+0100")
add("interview", "Albion Nature Recovery", "Hannah", "Nature Recovery Project Officer", "en", "hard",
    "agency recruiter forwards client's interview request",
    frm="Hannah Cole <hannah@fernleyrecruitment.co.uk>",
    subj="Fwd: Albion Nature Recovery - interview slot",
    date=D(2026, 5, 28, 14, 33, "+0100"), iat=_t,
    body=f"""Hi Sofia,

Great news - see below from Albion. They'd like to see you on {en(2026, 6, 5)} at 11:00 UK time, via Teams. I've said yes provisionally, shout if that's a problem!

Hannah Cole
Fernley Recruitment | Environment & Conservation

---------- Forwarded message ---------
From: Peter Lyle <peter.lyle@albionnature.org.uk>
Date: Thu, 28 May 2026 at 13:50
Subject: Project Officer shortlist

Hannah, thanks for these. We'd like to interview Sofia Lindqvist on the 5th at 11am. Panel: me and Gemma. Please confirm.
Peter""")

add("interview", "EuroClima Research Network", "", "Project Manager Horizon Europe", "en", "easy",
    "Workday portal task; company only in body",
    frm="ECRN Recruitment <ecrn@myworkday.com>",
    subj="Action required: schedule your interview",
    date=D(2026, 6, 16, 9, 12, "+0200"), headers=NOREPLY,
    body="""Dear Sofia,

Congratulations, you have been invited to interview for the position Project Manager Horizon Europe (JR-10482) at EuroClima Research Network.

Please log in to your candidate home and complete the "Schedule Interview" task within three working days to select a time.

Kind regards,
ECRN Talent Acquisition""")

add("interview", "Verdant Cities Initiative", "", "Urban Sustainability Fellow", "en", "hard",
    "one-way recorded video interview via Paradox; no live time",
    frm="Olivia at Verdant Cities Initiative <olivia@paradox.ai>",
    subj="Next step: your video interview",
    date=D(2026, 6, 30, 19, 2, "-0400"), headers=NOREPLY,
    body="""Hi Sofia! It's Olivia, the recruiting assistant for Verdant Cities Initiative.

The team would like to learn more about you for the Urban Sustainability Fellow role. The next step is a short recorded video interview: 4 questions, about 15 minutes, on your own time.

Please complete it by Monday, July 6: https://vci.paradox.ai/r/7Qk2b

Good luck!""")

_t = D(2026, 7, 8, 8, 30, "+0200")
add("interview", "Amstel Climate Lab", "Joost", "Project Coordinator", "en", "hard",
    "informal coffee with hiring manager; no word interview",
    frm="Joost Bakker <joost@amstelclimatelab.nl>",
    subj="coffee next week",
    date=D(2026, 7, 1, 21, 10, "+0200"), iat=_t,
    body=f"""Hi Sofia,

Thanks for sending your CV over. Rather than a formal round, shall we just meet for coffee and talk about the coordinator role? How about {en(2026, 7, 8)}, 8:30, at Café de Jaren? I'll be the one with the orange laptop sticker.

Joost
founder, Amstel Climate Lab""")

add("interview", "Ostara Energy", "", "Grid Decarbonisation Analyst", "en", "easy",
    "Homerun second round with scheduling link",
    frm="Ostara Energy <noreply@homerun.co>",
    subj="Second round – Grid Decarbonisation Analyst",
    date=D(2026, 9, 3, 10, 0, "+0200"), headers=NOREPLY, fmt="alt", html=True,
    body="""Hi Sofia,

Thanks for your first conversation with our team! We'd love to invite you to a second-round interview for the Grid Decarbonisation Analyst role with our Head of Analytics.

Please pick a moment that works for you: https://ostara.homerun.co/schedule/2nd-round/7781

Talk soon,
The Ostara Energy team""")

_t = D(2026, 10, 15, 10, 0, "-0400")
add("interview", "Atlantic Policy Institute", "Denise", "Energy Policy Fellow", "en", "hard",
    "updated calendar invite (reschedule); inline text/calendar",
    frm="Denise Carver <dcarver@atlanticpolicy.org>",
    subj="Updated invitation: Interview Sofia Lindqvist – Energy Policy Fellow @ Thu Oct 15, 2026 10am - 11am (EDT)",
    date=D(2026, 10, 9, 13, 44, "-0400"), iat=_t,
    ics=ics_event("api-efp-2026-118@atlanticpolicy.org", _t, 60, "Interview Sofia Lindqvist – Energy Policy Fellow",
                  "Denise Carver <dcarver@atlanticpolicy.org>", "Zoom"),
    body="""This event has been changed.

Interview Sofia Lindqvist – Energy Policy Fellow
When: CHANGED: Thursday Oct 15, 2026 10am – 11am (Eastern Time - New York)
Joining info: https://zoom.us/j/91833400211
Organizer: Denise Carver

Note from organizer: moved from Tuesday at Sofia's request. Panel: D. Carver, R. Haines, M. Osterberg.""")

# ---------------------------------------------------------------- offer (6)

add("offer", "Seastone Renewables", "Fiona", "Sustainability Project Coordinator", "en", "easy",
    "offer letter attached as PDF",
    frm="Fiona MacLeod <fiona.macleod@seastone-renewables.co.uk>",
    subj="Offer of employment – Sustainability Project Coordinator",
    date=D(2025, 4, 30, 15, 20, "+0100"), pdf="Seastone_Offer_Letter_SLindqvist.pdf",
    body="""Dear Sofia,

Following your interviews with the team, I am delighted to offer you the position of Sustainability Project Coordinator at Seastone Renewables.

Your offer letter, setting out salary, benefits and a proposed start date of 2 June 2025, is attached. Please review it and let me know if you have any questions. We would be grateful for your decision by Friday 9 May.

The whole team is looking forward to working with you.

Warm regards,
Fiona MacLeod
People & Culture Manager
Seastone Renewables Ltd, Aberdeen""")

add("offer", "Klimakontor Berlin", "Miriam", "Projektkoordinatorin EU-Förderprojekte", "de", "easy",
    "German; Zusage with contract",
    frm="Miriam Köhler <koehler@klimakontor.berlin>",
    subj="Zusage – Projektkoordination EU-Förderprojekte",
    date=D(2025, 6, 26, 10, 3, "+0200"), pdf="Arbeitsvertrag_Lindqvist_Entwurf.pdf",
    body="""Liebe Frau Lindqvist,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Projektkoordinatorin EU-Förderprojekte anbieten möchten.

Im Anhang finden Sie den Entwurf Ihres Arbeitsvertrags (Eintritt zum 1. September 2025, Vergütung in Anlehnung an TV-L E11). Bitte geben Sie uns bis zum 4. Juli Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße
Miriam Köhler
Personal & Organisation
Klimakontor Berlin gGmbH""")

add("offer", "Groupe Hélios Environnement", "Camille", "Chargée d'études climat", "fr", "easy",
    "French; promesse d'embauche",
    frm="Camille Roussel <camille.roussel@helios-env.fr>",
    subj="Proposition d'embauche – Chargé(e) d'études climat",
    date=D(2026, 4, 24, 16, 40, "+0200"), fmt="alt", html=True,
    body="""Bonjour Sofia,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste de chargée d'études climat en CDI, au sein du pôle climat dirigé par Marc Delorme.

Rémunération annuelle brute : 42 000 €, statut cadre, prise de poste souhaitée le 1er juin 2026. La promesse d'embauche détaillée vous parviendra par DocuSign dans la journée.

Nous vous remercions de nous faire part de votre réponse d'ici le 30 avril.

Bien cordialement,
Camille Roussel
Chargée RH – Groupe Hélios Environnement""")

add("offer", "Amstel Climate Lab", "Joost", "Project Coordinator", "en", "hard",
    "follow-up to a verbal offer; never says 'offer'",
    frm="Joost Bakker <joost@amstelclimatelab.nl>",
    subj="as discussed",
    date=D(2026, 7, 15, 18, 2, "+0200"),
    body="""Hi Sofia,

Great talking earlier - really happy you're keen. To put what we discussed in writing:

- Project Coordinator, 32 hours/week, permanent after a 7-month first contract
- EUR 4,100 gross per month (full-time equivalent) plus 8% holiday allowance
- Start 1 September, or earlier if you can
- NS Business Card and a laptop

If that all still looks right, I'll get the contract drawn up this week. Just reply with a yes.

Joost""")

add("offer", "EuroClima Research Network", "", "Project Manager Horizon Europe", "en", "hard",
    "Workday portal notification; offer only visible via 'action required'",
    frm="ECRN Recruitment <ecrn@myworkday.com>",
    subj="Action required: review your offer",
    date=D(2026, 7, 21, 9, 45, "+0200"), headers=NOREPLY, fmt="html",
    body="""Dear Sofia,

Congratulations! EuroClima Research Network has extended an offer to you for the position Project Manager Horizon Europe (JR-10482).

Please log in to your candidate home to review and accept your offer. The offer will expire on 31 July 2026.

If you have questions, contact your recruiter, Ana Ribeiro.

ECRN Talent Acquisition""")

add("offer", "Rivierenland Water Board", "Maarten", "Policy Advisor Water & Climate", "en", "hard",
    "'unfortunately' about start date in a written offer",
    frm="Maarten Visser <m.visser@rivierenland-waterboard.nl>",
    subj="Policy Advisor Water & Climate – welcome!",
    date=D(2026, 6, 3, 11, 30, "+0200"), fmt="alt", html=True,
    body="""Dear Sofia,

I'm very pleased to confirm that the selection committee would like you to join us as Policy Advisor Water & Climate (scale 10, 36 hours).

Unfortunately HR cannot make the start date earlier than 1 August because of the security screening, but everything else is as we discussed on the phone. You'll receive the formal letter and contract from HR within a few days; please check it and sign when you're ready.

Welcome aboard,
Maarten Visser
Manager Water & Climate
Rivierenland Water Board""")

# ---------------------------------------------------------------- application_received (16)

add("application_received", "Seastone Renewables", "", "Sustainability Project Coordinator", "en", "easy",
    "Greenhouse acknowledgement",
    frm="Seastone Renewables <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Seastone Renewables",
    date=D(2025, 3, 18, 12, 1, "+0000"), headers=NOREPLY,
    body="""Hi Sofia,

Thanks for your interest in Seastone Renewables! We've received your application for Sustainability Project Coordinator and our team will review it shortly.

If your background is a match, a member of our recruiting team will be in touch.

Best,
Seastone Renewables Recruiting""")

add("application_received", "Keel Carbon", "", "Carbon Markets Analyst", "en", "easy",
    "Lever confirmation; HTML alternative",
    frm="Keel Carbon <no-reply@hire.lever.co>",
    subj="Keel Carbon - Application received",
    date=D(2025, 7, 30, 15, 22, "-0400"), headers=NOREPLY, fmt="alt", html=True,
    body="""Hi Sofia,

Thank you for applying to the Carbon Markets Analyst role at Keel Carbon. We've got your application and will be reviewing it over the coming weeks.

Keel Carbon""")

add("application_received", "Greywater Engineering", "", "Environmental Planner", "en", "hard",
    "Taleo; describes future interview and possible non-selection",
    frm="Greywater Engineering <greywater@taleo.net>",
    subj="Greywater Engineering: Application Confirmation - 26-0318",
    date=D(2026, 6, 12, 22, 14, "-0600"), headers=NOREPLY,
    body="""Dear Sofia Lindqvist,

This confirms that we have received your application for Environmental Planner (26-0318).

What happens next: the hiring team reviews applications in the order received. Candidates selected to interview will be contacted by phone or email. If you are not selected, you will be notified once the position is filled. Please do not reply to this email.

Thank you,
Greywater Engineering Talent Acquisition""")

add("application_received", "Verdanta Energie", "", "Projektkoordinatorin Windenergie", "de", "easy",
    "German; Personio Eingangsbestätigung",
    frm="Verdanta Energie GmbH <jobs@verdanta-energie.jobs.personio.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung",
    date=D(2025, 3, 12, 20, 11, "+0100"), headers=NOREPLY,
    body="""Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bewerbung als Projektkoordinator/in Windenergie (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Verdanta Energie GmbH""")

add("application_received", "Stadtwerke Rheinau", "", "Referentin Nachhaltigkeitsmanagement", "de", "hard",
    "German; SuccessFactors; 'leider' about not answering individually",
    frm="Stadtwerke Rheinau Karriere <noreply@successfactors.eu>",
    subj="Ihre Bewerbung bei den Stadtwerken Rheinau",
    date=D(2025, 8, 19, 7, 58, "+0200"), headers=NOREPLY,
    body="""Guten Tag Frau Lindqvist,

wir bestätigen den Eingang Ihrer Bewerbung als Referent*in Nachhaltigkeitsmanagement (Req. 4471).

Aufgrund der hohen Zahl an Bewerbungen können wir leider keine individuellen Zwischenstände geben. Den aktuellen Status sehen Sie jederzeit im Bewerberportal.

Freundliche Grüße
Personalgewinnung, Stadtwerke Rheinau""")

add("application_received", "Bluefjord Wind", "", "Stakeholder Engagement Manager", "en", "easy",
    "Teamtailor acknowledgement",
    frm="Bluefjord Wind <no-reply@teamtailor.com>",
    subj="We've received your application",
    date=D(2025, 12, 2, 9, 40, "+0100"), headers=NOREPLY, fmt="alt", html=True,
    body="""Hi Sofia,

Thanks for applying for Stakeholder Engagement Manager at Bluefjord Wind! We're reviewing applications on a rolling basis and aim to get back to everyone within two weeks.

Best wishes,
Bluefjord Wind""")

add("application_received", "Polder Power", "", "Energy Transition Advisor", "en", "hard",
    "Recruitee; informal, reads like personal mail signed by team",
    frm="Polder Power <jobs@polderpower.recruitee.com>",
    subj="Got it, Sofia!",
    date=D(2025, 4, 9, 13, 27, "+0200"),
    body="""Hey Sofia,

Your application for Energy Transition Advisor just landed in our inbox - thanks! We read every single one ourselves (no robots, promise), so give us a little time.

Talk soon,
Team Polder Power""")

add("application_received", "Solaris Ibérica", "", "Técnica de Sostenibilidad", "es", "easy",
    "Spanish; Workable",
    frm="Solaris Ibérica <noreply@candidates.workablemail.com>",
    subj="Hemos recibido tu candidatura - Técnico/a de Sostenibilidad",
    date=D(2025, 8, 1, 10, 10, "+0200"), headers=NOREPLY,
    body="""Hola Sofia,

Gracias por enviar tu candidatura para el puesto de Técnico/a de Sostenibilidad en Solaris Ibérica. La hemos recibido correctamente y nuestro equipo la revisará en los próximos días.

Un saludo,
Equipo de Talento – Solaris Ibérica""")

add("application_received", "Ayuntamiento de Valencia", "", "Técnica de Medio Ambiente", "es", "hard",
    "Spanish; municipal registry receipt; mentions 'excluidos' list and exam",
    frm="Sede Electrónica <no-responder@valencia-sede.es>",
    subj="Justificante de registro de solicitud – Proceso selectivo Técnico/a de Medio Ambiente",
    date=D(2025, 10, 7, 12, 33, "+0200"), headers=NOREPLY, pdf="Justificante_registro.pdf",
    body="""Se ha registrado correctamente su solicitud de participación en el proceso selectivo para la bolsa de Técnico/a de Medio Ambiente del Ayuntamiento de Valencia.

Número de registro: E-2025-118274
Fecha de presentación: 07/10/2025 12:33

La lista provisional de personas admitidas y excluidas se publicará en el tablón de anuncios de la sede electrónica. Se adjunta el justificante.""")

add("application_received", "Open Harbour Foundation", "", "Grants & Partnerships Coordinator", "en", "easy",
    "Workday acknowledgement",
    frm="OHF Careers <ohf@myworkday.com>",
    subj="Thank you for applying: Grants & Partnerships Coordinator",
    date=D(2025, 10, 2, 8, 19, "+0100"), headers=NOREPLY,
    body="""Dear Sofia Lindqvist,

Thank you for your application for Grants & Partnerships Coordinator (R-20913). We have received it and will review your qualifications.

You can check the status of your application at any time in your candidate home.

Open Harbour Foundation Recruitment""")

add("application_received", "Circulo Labs", "", "Circular Economy Program Manager", "en", "hard",
    "Ashby; lists interview stages as future steps",
    frm="Circulo Labs <no-reply@ashbyhq.com>",
    subj="Thanks for applying to Circulo Labs",
    date=D(2026, 1, 14, 11, 3, "-0800"), headers=NOREPLY,
    body="""Hi Sofia,

We've received your application for Circular Economy Program Manager. Here's what our process usually looks like:

1. Recruiter screen (30 min)
2. Take-home exercise
3. Interview with the hiring manager
4. Final panel

We try to respond to every applicant within 10 business days, whether or not we move forward.

— The Circulo Labs hiring team""")

add("application_received", "Maison Lumen", "", "Chef de projet efficacité énergétique", "fr", "easy",
    "French; Recruitee acknowledgement",
    frm="Maison Lumen via Recrutement <no-reply@recruitee.com>",
    subj="Nous avons bien reçu votre candidature",
    date=D(2026, 3, 26, 22, 50, "+0100"), headers=NOREPLY,
    body="""Bonjour Sofia,

Merci pour votre candidature au poste de Chef de projet efficacité énergétique. Elle a bien été transmise à notre équipe, qui reviendra vers vous prochainement.

À très vite,
L'équipe Maison Lumen""")

add("application_received", "Meridian Sustainability Partners", "", "Climate Risk Consultant", "en", "easy",
    "iCIMS; Auto-Submitted header",
    frm="Meridian Sustainability Partners <talent@meridiansp.icims.com>",
    subj="We received your application – Climate Risk Consultant",
    date=D(2026, 5, 27, 16, 5, "-0400"), headers=NOREPLY, fmt="html",
    body="""Dear Sofia,

Thank you for applying for the Climate Risk Consultant position at Meridian Sustainability Partners. Your application has been received and is under review.

Talent Acquisition
Meridian Sustainability Partners""")

add("application_received", "Ostara Energy", "", "Grid Decarbonisation Analyst", "en", "hard",
    "Homerun; 'unfortunately' in acknowledgement (slow replies in summer)",
    frm="Ostara Energy <noreply@homerun.co>",
    subj="Thanks for applying!",
    date=D(2026, 8, 4, 14, 14, "+0200"), headers=NOREPLY,
    body="""Hi Sofia,

Thank you for your application for Grid Decarbonisation Analyst. We've received it safely.

Unfortunately several of us are on holiday in August, so it may take until early September before you hear from us. We haven't forgotten you!

The Ostara Energy team""")

add("application_received", "Tierra Viva Consultores", "", "Consultora Ambiental Junior", "es", "easy",
    "Spanish; BambooHR",
    frm="Tierra Viva Consultores <notifications@app.bamboohr.com>",
    subj="Tierra Viva Consultores: confirmación de tu solicitud",
    date=D(2026, 9, 9, 9, 9, "+0200"), headers=NOREPLY,
    body="""Hola Sofia,

¡Gracias por tu interés en Tierra Viva Consultores! Hemos recibido tu solicitud para Consultor/a Ambiental Junior. Revisaremos tu perfil y, si encaja con lo que buscamos, te contactaremos.

Saludos,
Tierra Viva Consultores""")

add("application_received", "Verity Environmental", "", "Environmental Compliance Coordinator", "en", "easy",
    "SmartRecruiters confirmation",
    frm="Verity Environmental <noreply@smartrecruiters.com>",
    subj="Thank you for your application to Verity Environmental",
    date=D(2026, 8, 25, 19, 31, "+0100"), headers=NOREPLY,
    body="""Dear Sofia,

Thank you for applying for the Environmental Compliance Coordinator position. We have received your application and our recruiting team will carefully review it.

Best regards,
Verity Environmental Recruitment""")

# ---------------------------------------------------------------- auto_reply (14)

add("auto_reply", "Harbourlight Environmental", "Grace", "", "en", "easy",
    "US date 'back on 3/14'; both auto-reply headers",
    frm="Grace Mulligan <gmulligan@harbourlightenv.com>",
    subj="Automatic reply: Application follow-up – Environmental Project Coordinator",
    date=D(2025, 3, 5, 7, 2, "-0500"), headers=AUTOREPLY, ret="2025-03-14",
    body="""Thanks for your email. I'm out of the office with limited access to email and will be back on 3/14. For urgent recruiting matters please contact careers@harbourlightenv.com.

Grace""")

add("auto_reply", "Lowland Futures", "Pieter", "", "en", "easy",
    "return stated as 'returning Monday 9 March'",
    frm="Pieter van Aalst <p.vanaalst@lowlandfutures.nl>",
    subj="Automatisch antwoord: Question about the Project Officer vacancy",
    date=D(2026, 2, 27, 11, 40, "+0100"), headers=[("Auto-Submitted", "auto-replied")], ret="2026-03-09",
    body="""Thank you for your message. I am on leave and returning Monday 9 March. Your email will not be forwarded.

Bedankt voor je bericht. Ik ben met verlof en weer aanwezig op maandag 9 maart.

Pieter van Aalst""")

add("auto_reply", "Tidemark Climate Advisory", "Rosalind", "", "en", "hard",
    "'until 2025-04-15 inclusive' (return = next day); only X-Autoreply",
    frm="Rosalind Achebe <rachebe@tidemarkclimate.com>",
    subj="Out of Office Re: Sustainability Consultant - referral",
    date=D(2025, 4, 7, 3, 12, "-0500"), headers=[("X-Autoreply", "yes")], ret="2025-04-16",
    body="""I am away from the office until 2025-04-15 inclusive, attending fieldwork without connectivity. I will respond to your message when I return.

Rosalind Achebe
Principal, Tidemark Climate Advisory""")

add("auto_reply", "Greenline Mobility", "Elin", "", "en", "easy",
    "no longer with company; redirect to colleague",
    frm="Elin Sørensen <elin.sorensen@greenlinemobility.com>",
    subj="Automatic reply: Impact Measurement Lead – thank you",
    date=D(2025, 6, 10, 12, 5, "+0200"), headers=AUTOREPLY,
    body="""Hello,

I no longer work at Greenline Mobility. For questions about recruitment please contact Julia Franke (julia.franke@greenlinemobility.com); for anything else, hello@greenlinemobility.com.

Best,
Elin""")

add("auto_reply", "Open Harbour Foundation", "", "Grants & Partnerships Coordinator", "en", "hard",
    "unmonitored mailbox bounce on application thread; mentions interview scheduling",
    frm="OHF Careers <careers@openharbourfoundation.org>",
    subj="Re: Grants & Partnerships Coordinator – R-20913",
    date=D(2025, 10, 20, 9, 0, "+0100"), headers=[("Auto-Submitted", "auto-replied")], reply=True,
    body="""This mailbox is not monitored. Replies sent to this address are not read.

To check the status of your application, withdraw it, or manage interview scheduling, please sign in to your candidate home on our careers site.

Open Harbour Foundation""")

add("auto_reply", "Brightfield Solar", "Amy", "", "en", "hard",
    "parental leave; vague return (no exact date); mentions hiring process",
    frm="Amy Tran <amy.tran@brightfieldsolar.com>",
    subj="Re: Following up",
    date=D(2026, 9, 14, 10, 1, "-0500"), reply=True,
    body="""Hi there,

I'm on parental leave and will be back sometime in early 2027. If you're in the middle of a hiring process with me, Marcus Bell (marcus.bell@brightfieldsolar.com) has taken over my open searches and can help with interviews and next steps.

Thanks!
Amy""")

add("auto_reply", "Nordlicht Umweltberatung", "Katrin", "", "de", "easy",
    "German Abwesenheitsnotiz; return 18.08.",
    frm="Katrin Weißenberg <k.weissenberg@nordlicht-umwelt.de>",
    subj="Abwesenheitsnotiz: Stelle Beraterin/Berater Kreislaufwirtschaft",
    date=D(2025, 8, 4, 8, 30, "+0200"), headers=AUTOREPLY, ret="2025-08-18",
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 15.08.2025, im Urlaub und ab Montag, 18.08.2025, wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@nordlicht-umwelt.de.

Mit freundlichen Grüßen
Katrin Weißenberg""")

add("auto_reply", "Klimaleitstelle Hamburg", "Jens", "", "de", "hard",
    "German; return '7. Januar 2026' across year end; no auto-reply headers",
    frm="Jens Albrecht <jens.albrecht@klimaleitstelle-hh.de>",
    subj="Automatische Antwort: Bewerbung Projektmanagement Klimaschutz",
    date=D(2025, 12, 22, 14, 2, "+0100"), ret="2026-01-07",
    body="""Guten Tag,

zwischen den Jahren ist unser Büro geschlossen. Ab dem 7. Januar 2026 bin ich wieder für Sie da.

Frohe Feiertage!
Jens Albrecht""")

add("auto_reply", "Atelier Canopée", "Hélène", "", "fr", "easy",
    "French absence message; 'de retour le lundi 5 mai'",
    frm="Hélène Marchetti <helene@ateliercanopee.fr>",
    subj="Réponse automatique : Candidature consultante RSE",
    date=D(2025, 4, 25, 18, 0, "+0200"), headers=AUTOREPLY, ret="2025-05-05",
    body="""Bonjour,

Je suis absente jusqu'au vendredi 2 mai inclus, de retour le lundi 5 mai. Je traiterai votre message à mon retour.

Bien cordialement,
Hélène Marchetti""")

add("auto_reply", "Agence Locale de l'Énergie Lyon", "", "", "fr", "hard",
    "French; generic no-date absence with urgency contact; only X-Autoreply",
    frm="Accueil ALE Lyon <contact@ale-lyon.fr>",
    subj="Message d'absence",
    date=D(2026, 2, 16, 9, 20, "+0100"), headers=[("X-Autoreply", "yes")],
    body="""Bonjour,

Nos bureaux sont fermés pendant les vacances scolaires et cette boîte n'est pas consultée. Pour toute question urgente relative à un recrutement, merci d'écrire à rh@ale-lyon.fr.

L'équipe de l'ALE Lyon""")

add("auto_reply", "Ecoenergía Levante", "Javier", "", "es", "easy",
    "Spanish; 'regreso el lunes 11 de agosto'",
    frm="Javier Soler <jsoler@ecoenergialevante.es>",
    subj="Respuesta automática: Consulta proceso de selección",
    date=D(2025, 7, 28, 9, 1, "+0200"), headers=AUTOREPLY, ret="2025-08-11",
    body="""Hola,

Estaré fuera de la oficina hasta el viernes 8 de agosto. Regreso el lunes 11 de agosto y responderé a tu mensaje lo antes posible.

Un saludo,
Javier Soler""")

add("auto_reply", "Fundación Raíces Verdes", "Marta", "", "es", "hard",
    "Spanish; relative 'vuelvo el día 7'; no headers",
    frm="Marta Gil Ortega <mgil@raicesverdes.org>",
    subj="Re: Proceso coordinación proyectos europeos",
    date=D(2026, 1, 2, 11, 45, "+0100"), reply=True, ret="2026-01-07",
    body="""[Respuesta automática] Estoy de vacaciones, vuelvo el día 7. Si es urgente, llama a la oficina al 91 555 01 23.

Marta""")

add("auto_reply", "Albion Nature Recovery", "Peter", "", "en", "hard",
    "relative 'back Monday'; no auto-reply headers; subject mentions interview",
    frm="Peter Lyle <peter.lyle@albionnature.org.uk>",
    subj="Re: Interview follow-up – Nature Recovery Project Officer",
    date=D(2026, 6, 11, 16, 3, "+0100"), reply=True, ret="2026-06-15",
    body="""Hi, I'm out on a site survey in the Pennines with no signal - back Monday. For anything about recruitment please contact Gemma Hart (gemma.hart@albionnature.org.uk).

Peter""")

add("auto_reply", "Atlantic Policy Institute", "Denise", "Energy Policy Fellow", "en", "hard",
    "conference OOO that mentions interview scheduling; both headers",
    frm="Denise Carver <dcarver@atlanticpolicy.org>",
    subj="Automatic reply: Energy Policy Fellow – follow-up",
    date=D(2026, 11, 12, 2, 30, "-0500"), headers=AUTOREPLY, ret="2026-11-23",
    body="""Thank you for your email. I am attending COP31 through November 20 with very limited access to email, and will be back in the office on Monday, November 23.

If you are a candidate and need to schedule or move an interview, please write to fellowships@atlanticpolicy.org.

Denise Carver
Director, Energy Policy Program""")

# ---------------------------------------------------------------- other (26)

add("other", "", "", "", "en", "easy", "job alert digest",
    frm="GreenJobs Europe <alerts@greenjobs-europe.eu>",
    subj="14 new jobs for \"sustainability consultant\" near Amsterdam",
    date=D(2025, 1, 14, 7, 0, "+0100"), headers=lu("https://greenjobs-europe.eu/unsub?u=88231"),
    fmt="alt", html=True,
    body="""Hi Sofia, here are this week's matches for your saved search.

Sustainability Consultant – Arcadis-style engineering firm, Amsterdam
Junior ESG Advisor – Pension fund, Amsterdam Zuid
Project Coordinator Energy Transition – Municipality of Zaanstad
Carbon Accounting Analyst – Scale-up, remote NL
... and 10 more

See all jobs: https://greenjobs-europe.eu/search/88231

You receive this email because you created a job alert. Unsubscribe anytime.""")

add("other", "", "", "", "en", "hard", "newsletter article on handling rejection and interview feedback",
    frm="The Climate Careers Letter <hello@climatecareersletter.com>",
    subj="Issue #58: Rejected after the final interview? Read this",
    date=D(2025, 2, 20, 13, 0, "+0000"), headers=lu("https://climatecareersletter.com/unsubscribe/5f2c"),
    fmt="html",
    body="""This week: the email every climate job seeker dreads.

"Unfortunately, we have decided not to move forward with your application." We asked eleven hiring managers what they actually mean when they send it, and whether asking for feedback after an interview helps.

Also in this issue: offer negotiation for NGO salaries, and 40 new roles in adaptation finance.

Read the full issue on the web.

You're receiving this because you subscribed at climatecareersletter.com.""")

add("other", "", "", "", "en", "hard", "podcast 'interview with' a CEO",
    frm="Net Zero Now Podcast <episodes@netzeronow.fm>",
    subj="New episode: an interview with the CEO of a heat-pump startup",
    date=D(2025, 3, 27, 6, 30, "+0100"), headers=lu("https://netzeronow.fm/u/sl"),
    body="""In episode 112 we interview Maja Lindholm, CEO of Värmebolaget, about scaling heat-pump installation across the Nordics, why she rejected a big acquisition offer, and what she looks for when hiring engineers.

Listen now: https://netzeronow.fm/112

Thanks for listening,
The Net Zero Now team""")

add("other", "", "", "", "en", "hard", "bank: card payment declined",
    frm="Kade Bank <notifications@kadebank.nl>",
    subj="Your card payment was declined",
    date=D(2025, 4, 19, 21, 14, "+0200"),
    body="""Hi Sofia,

Unfortunately a payment of EUR 86.40 at BASIC-FIT AMSTERDAM was declined because it exceeded your daily online limit.

You can change your limits in the Kade app under Cards > Limits. If you don't recognise this payment, freeze your card straight away.

Kade Bank""")

add("other", "", "", "", "en", "hard", "NS refund request rejected",
    frm="NS Klantenservice <noreply@ns.nl>",
    subj="Your delay compensation request 48112093",
    date=D(2025, 5, 13, 10, 2, "+0200"), headers=NOREPLY,
    body="""Dear Ms Lindqvist,

We have assessed your request for delay compensation for your journey Amsterdam Centraal – Utrecht Centraal on 8 May 2025.

Unfortunately we cannot approve your request: the delay on this journey was less than 30 minutes. We regret that we cannot give you a more positive answer.

Kind regards,
NS Customer Service""")

add("other", "", "", "", "de", "hard", "German; Deutsche Bahn passenger rights claim declined",
    frm="DB Fahrgastrechte <noreply@fahrgastrechte.bahn.de>",
    subj="Ihr Antrag auf Fahrgastrechte – Vorgangsnummer 7731-2290",
    date=D(2025, 6, 24, 11, 47, "+0200"), headers=NOREPLY,
    body="""Sehr geehrte Frau Lindqvist,

wir haben Ihren Antrag auf Entschädigung für die Fahrt Köln Hbf – Berlin Hbf am 17.06.2025 geprüft.

Leider können wir Ihrem Antrag nicht entsprechen, da die Verspätung am Zielbahnhof unter 60 Minuten lag. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
Ihr Servicecenter Fahrgastrechte""")

add("other", "", "", "", "fr", "easy", "French; SNCF e-ticket confirmation",
    frm="SNCF Connect <confirmation@sncf-connect.com>",
    subj="Confirmation de votre voyage Paris – Lyon du 14 juillet",
    date=D(2025, 7, 2, 19, 12, "+0200"), headers=NOREPLY, fmt="alt", html=True,
    body="""Bonjour Sofia,

Votre réservation est confirmée.

Aller : lundi 14 juillet 2025, Paris Gare de Lyon 08:04 → Lyon Part-Dieu 10:00, voiture 14, place 63.
Référence dossier : QZ7KPL

Bon voyage avec SNCF Voyageurs.""")

add("other", "", "Rianne", "", "en", "hard", "apartment application accepted; reads like an offer",
    frm="Rianne de Boer <rianne@grachtwonen.nl>",
    subj="Good news about Jacob van Lennepkade 210-2",
    date=D(2025, 8, 6, 15, 30, "+0200"),
    body="""Hi Sofia,

The landlord has reviewed all candidates and is happy to offer you the apartment at Jacob van Lennepkade 210-2 from 1 September. Congratulations!

To secure it, please sign the rental agreement (sent via DocuSign) and transfer the deposit of two months' rent within 48 hours. After that I'll schedule the key handover.

Kind regards,
Rianne de Boer
Gracht Wonen Makelaardij""")

add("other", "", "", "", "en", "hard", "gym 'offer' marketing",
    frm="Basic-Fit <news@mail.basic-fit.com>",
    subj="Sofia, an offer you can't refuse: 30% off your yearly membership",
    date=D(2025, 9, 1, 8, 0, "+0200"), headers=lu("https://mail.basic-fit.com/u/9921"),
    fmt="html", cte="base64",
    body="""Back from holiday? Get back on track!

Only this week: switch to a yearly membership and get 30% off. Offer valid until 7 September.

Claim your offer in the app.

You receive this email because you are a member. Unsubscribe.""")

add("other", "", "Noor", "", "en", "hard", "volunteering shift confirmation with time; reads like interview confirmation",
    frm="Noor El Amrani <noor@cleanshores.nl>",
    subj="You're confirmed for Saturday!",
    date=D(2025, 9, 17, 20, 3, "+0200"),
    body="""Hi Sofia,

Thanks for signing up for the beach clean at Zandvoort. You're confirmed for Saturday 20 September, 9:00 at the Paviljoen Noord meeting point. We'll have gloves and grabbers; bring water and sunscreen.

You'll be a team lead for group C - we'll have a 10-minute briefing before we start.

See you there,
Noor
Clean Shores NL (volunteer coordinator)""")

add("other", "", "", "", "en", "hard", "conference abstract not accepted",
    frm="ECCA 2026 Programme Committee <programme@ecca2026.eu>",
    subj="ECCA 2026 – decision on abstract #412",
    date=D(2025, 11, 28, 17, 0, "+0100"),
    body="""Dear Sofia Lindqvist,

Thank you for submitting the abstract "Participatory heat-risk mapping in mid-sized Dutch municipalities" to the European Climate Change Adaptation Conference 2026.

We regret to inform you that your abstract was not accepted for oral or poster presentation. This year we received over 1,400 submissions for 380 slots. Reviewer comments are available in the submission system.

We hope to welcome you as a participant in Lisbon.

ECCA 2026 Programme Committee""")

add("other", "", "", "", "es", "easy", "Spanish; conference registration confirmation",
    frm="CONAMA 2026 <inscripciones@conama2026.org>",
    subj="Inscripción confirmada – Congreso Nacional del Medio Ambiente",
    date=D(2026, 2, 10, 12, 0, "+0100"), headers=NOREPLY,
    body="""Hola Sofia,

Tu inscripción al Congreso Nacional del Medio Ambiente (Madrid, 23–26 de noviembre de 2026) ha sido confirmada. Tipo de entrada: profesional, tarifa reducida.

Recibirás tu acreditación por correo unas semanas antes del evento.

Equipo CONAMA""")

add("other", "", "", "", "en", "hard", "GitHub pull request closed without merge",
    frm="Tomás Ruiz <notifications@github.com>",
    subj="Re: [open-energy-maps/heatgrid] Add Dutch municipality boundaries (PR #219)",
    date=D(2026, 1, 22, 14, 48, "+0000"),
    headers=[("List-ID", "open-energy-maps/heatgrid <heatgrid.open-energy-maps.github.com>"),
             ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AB12CD>"),
             ("X-GitHub-Reason", "author")],
    body="""@sofia-lindqvist thanks a lot for this, but we've decided not to move forward with it - we're switching to the CBS open data API instead of bundling the boundaries. Closing for now.

—
Reply to this email directly or view it on GitHub:
https://github.com/open-energy-maps/heatgrid/pull/219#issuecomment-1877""")

add("other", "", "Rahul", "Sustainability Consultant", "en", "hard",
    "agency mass mailing; mentions interview slots and quick call",
    frm="Rahul Menon <rahul.m@talentbridge-global.com>",
    subj="Urgent requirement: Sustainability Consultant (multiple locations) - interviews this week",
    date=D(2026, 2, 25, 5, 12, "+0530"), headers=[("Precedence", "bulk")],
    body="""Hi,

Hope you are doing well. We have an urgent requirement with our esteemed client for the below position. Kindly share your updated resume if interested.

Role: Sustainability Consultant
Locations: Amsterdam / Frankfurt / Dublin / Remote
Experience: 3-8 years
Interview slots available this week - please reply with your expected rate and availability for a quick call.

Thanks & Regards,
Rahul Menon
TalentBridge Global""")

add("other", "", "Lotte", "", "en", "hard", "friend's personal mail about her own interview and offer",
    frm="Lotte Jansen <lotte.jansen88@gmail.com>",
    subj="drinks friday??",
    date=D(2026, 3, 11, 22, 40, "+0100"),
    body="""Sofiaaa

ok so I had the final interview at the ministry today and they basically offered me the job on the spot?? Still waiting for it in writing but I need to celebrate. Friday, Hannekes Boom, 6ish? Bring Jonas.

Also how's your own search going, any news from the Rotterdam people?

xx Lotte""")

add("other", "", "", "", "en", "easy", "professional network notification naming an employer",
    frm="Linkd Network <notifications@linkdnetwork.com>",
    subj="Sofia, Mark from Ostara Energy viewed your profile",
    date=D(2026, 4, 2, 8, 15, "+0200"), headers=lu("https://linkdnetwork.com/unsub/notify"),
    fmt="alt", html=True,
    body="""Mark Huisman, Head of Analytics at Ostara Energy, viewed your profile.

You appeared in 23 searches this week.

See who's viewed your profile: https://linkdnetwork.com/me/views""")

add("other", "", "", "", "en", "hard", "webinar invitation about competency interviews",
    frm="Green Careers Academy <events@greencareers.academy>",
    subj="Live Thursday: how to ace the competency-based interview",
    date=D(2026, 4, 20, 12, 0, "+0100"), headers=lu("https://greencareers.academy/unsub"),
    body="""Join us this Thursday at 18:00 BST for a free webinar with two NGO hiring managers.

They'll walk through real interview questions, explain how panels score your answers, and share what made them reject (or hire!) candidates last year.

Register: https://greencareers.academy/webinars/competency

Green Careers Academy""")

add("other", "", "", "", "fr", "easy", "French; weekly job digest from association",
    frm="Réseau Emplois Verts <newsletter@emplois-verts.org>",
    subj="Les offres de la semaine : 23 postes dans la transition écologique",
    date=D(2026, 5, 4, 7, 30, "+0200"), headers=lu("https://emplois-verts.org/desinscription"),
    fmt="html",
    body="""Bonjour,

Voici les offres publiées cette semaine :

- Chargé·e de mission climat – Métropole de Lille
- Consultant·e RSE – cabinet parisien
- Coordinateur·rice de projets européens – ONG, Bruxelles
- et 20 autres offres

Consultez toutes les offres sur notre site.

Vous recevez ce message car vous êtes inscrit·e à la lettre du Réseau Emplois Verts.""")

add("other", "", "", "", "de", "easy", "German; job board digest",
    frm="Umweltjobs.de <jobmail@umweltjobs-portal.de>",
    subj="Ihr Jobmail: 9 neue Stellen für „Nachhaltigkeit Projektkoordination“",
    date=D(2026, 5, 18, 6, 0, "+0200"), headers=lu("https://umweltjobs-portal.de/abmelden"),
    body="""Hallo Sofia,

passend zu Ihrem Suchauftrag gibt es 9 neue Stellenangebote:

- Projektkoordinator*in Klimaschutz – Landkreis Göttingen
- Nachhaltigkeitsmanager*in – Mittelständischer Maschinenbau, Stuttgart
- Referent*in Energiewende – Verband, Berlin

Alle Stellen ansehen: https://umweltjobs-portal.de/suche/44120

Ihr Umweltjobs-Team""")

add("other", "", "", "", "es", "hard", "Spanish; loan application not approved",
    frm="Banco Atlántico Digital <avisos@bancoatlantico-digital.es>",
    subj="Resolución de tu solicitud de préstamo",
    date=D(2026, 6, 9, 13, 20, "+0200"), headers=NOREPLY,
    body="""Hola Sofia,

Hemos analizado tu solicitud de préstamo personal por importe de 8.000 €. Lamentamos comunicarte que en este momento no podemos aprobarla, ya que no cumple con nuestros criterios de riesgo para no residentes.

Puedes volver a solicitarlo dentro de seis meses.

Banco Atlántico Digital""")

add("other", "", "Maya", "Project Coordinator, Circular Cities", "en", "hard",
    "friend forwards a job posting (Fwd); mentions applying and interview",
    frm="Maya Goldberg <maya.goldberg@fastmail.com>",
    subj="Fwd: Project Coordinator, Circular Cities – Barcelona",
    date=D(2026, 6, 27, 11, 8, "+0200"),
    body="""saw this and immediately thought of you!! apply apply apply. I know the director a bit, happy to put in a word if you get an interview.

M.

---------- Forwarded message ---------
From: Circular Cities Network <jobs@circularcities.net>
Date: Fri, 26 Jun 2026
Subject: Project Coordinator, Circular Cities – Barcelona

We're hiring a Project Coordinator to support our EU-funded Circular Cities programme. Deadline for applications: 20 July 2026.""")

add("other", "", "", "", "en", "hard", "MSc admission offer (school admission)",
    frm="Graduate Admissions, Lund Institute of Environmental Science <admissions@lies.se>",
    subj="Offer of admission – MSc Environmental Management and Policy",
    date=D(2026, 4, 9, 9, 0, "+0200"),
    body="""Dear Sofia Lindqvist,

We are pleased to offer you a place on the MSc in Environmental Management and Policy (part-time, online), starting September 2026.

Please accept or decline your offer in the admissions portal by 15 May 2026.

Yours sincerely,
Graduate Admissions Office""")

add("other", "", "", "", "en", "hard", "meetup cancelled 'we regret'",
    frm="Amsterdam Climate Meetup <info@meetup-mail.com>",
    subj="Cancelled: Climate Tech Drinks #31",
    date=D(2026, 7, 29, 17, 45, "+0200"), headers=lu("https://meetup-mail.com/unsub/acm"),
    body="""We regret to inform you that Climate Tech Drinks #31 on Thursday has been cancelled because the venue had a water leak. We're looking at moving forward with a new date in September.

Sorry for the short notice!
The organisers""")

add("other", "", "Jonas", "", "en", "hard", "calendar invitation from friend (dinner), text/calendar part",
    frm="Jonas Eriksson <jonas.eriksson@outlook.com>",
    subj="Invitation: Mamma's birthday dinner @ Sat 15 Aug 2026 19:00",
    date=D(2026, 8, 3, 20, 12, "+0200"),
    ics=ics_event("jonas-bday-2026@outlook.com", D(2026, 8, 15, 19, 0, "+0200"), 180,
                  "Mamma's birthday dinner", "Jonas Eriksson <jonas.eriksson@outlook.com>",
                  "Restaurant Moer, Amsterdam"),
    body="""Jonas Eriksson has invited you to: Mamma's birthday dinner

When: Saturday 15 August 2026, 19:00 – 22:00
Where: Restaurant Moer, Amsterdam

Booked for 8. Don't be late this time :)""")

add("other", "", "", "", "en", "hard", "Workday candidate-portal password reset (ATS sender, no application news)",
    frm="ECRN Recruitment <ecrn@myworkday.com>",
    subj="Password reset request",
    date=D(2026, 9, 28, 23, 5, "+0200"), headers=NOREPLY,
    body="""Dear Sofia Lindqvist,

We received a request to reset the password for your candidate account. Click the link below within 30 minutes to choose a new password:

https://wd3.myworkdaysite.com/ecrn/passwordreset?token=REDACTED

If you did not request this, you can ignore this email.""")

add("other", "", "Élodie", "", "fr", "hard", "French; mentoring programme application not accepted",
    frm="Élodie Martin <elodie.martin@femmes-transition.fr>",
    subj="Programme de mentorat 2026 – votre candidature",
    date=D(2026, 10, 20, 18, 30, "+0200"),
    body="""Bonjour Sofia,

Merci pour votre candidature au programme de mentorat « Femmes de la transition » 2026.

Nous avons reçu plus de 300 candidatures pour 40 binômes et nous ne sommes malheureusement pas en mesure de retenir la vôtre cette année. Nous vous invitons à rejoindre nos ateliers ouverts, dont le prochain porte sur la préparation aux entretiens d'embauche.

Bien amicalement,
Élodie Martin
Coordinatrice du programme""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    order = list(MAILS)
    random.Random(19).shuffle(order)
    for i, m in enumerate(order, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(m, i))
        rows.append([name, m.label, m.company, m.contact, m.role, m.ret, m.lang, m.diff, m.notes, m.iat])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date",
                    "lang", "difficulty", "notes", "interview_at"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
