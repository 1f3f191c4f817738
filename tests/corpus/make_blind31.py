"""Generate the blind31 evaluation corpus (stdlib only).

Writes tests/corpus/blind31/NNN.eml and tests/corpus/blind31/labels.csv.
Job seeker: Callum Ní Bhriain-Osei, mechanical / maintenance engineer, Manchester.
"""

from __future__ import annotations

import csv
import hashlib
import re
from datetime import date, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind31"
ME = "Callum Ní Bhriain-Osei <callum.nbo@proton.me>"
ME_ADDR = "callum.nbo@proton.me"
LON = "Europe/London"

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def _d(s: str) -> date:
    return date.fromisoformat(s)


def _ord(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def expand(text: str) -> str:
    """Expand date placeholders like {D:2026-03-19} so weekdays are always right."""

    def rep(m: re.Match[str]) -> str:
        kind, val = m.group(1), _d(m.group(2))
        wd, day, mon, yr = val.weekday(), val.day, val.month, val.year
        return {
            "D": f"{EN_DAYS[wd]} {day} {EN_MONTHS[mon - 1]}",
            "DY": f"{EN_DAYS[wd]} {day} {EN_MONTHS[mon - 1]} {yr}",
            "DO": f"{EN_DAYS[wd]} {_ord(day)} {EN_MONTHS[mon - 1]}",
            "DS": f"{day:02d}/{mon:02d}/{yr}",
            "WD": EN_DAYS[wd],
            "DM": f"{day} {EN_MONTHS[mon - 1]}",
            "DMY": f"{day} {EN_MONTHS[mon - 1]} {yr}",
            "DDE": f"{DE_DAYS[wd]}, {day}. {DE_MONTHS[mon - 1]} {yr}",
            "DDE2": f"{day:02d}.{mon:02d}.{yr}",
            "WDDE": DE_DAYS[wd],
            "DFR": f"{FR_DAYS[wd]} {day} {FR_MONTHS[mon - 1]} {yr}",
            "DES": f"{ES_DAYS[wd]} {day} de {ES_MONTHS[mon - 1]}",
        }[kind]

    return re.sub(r"\{(D|DY|DO|DS|WD|DM|DMY|DDE|DDE2|WDDE|DFR|DES):(\d{4}-\d{2}-\d{2})\}", rep, text)


def when(s: str, tz: str = LON) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def fixed(s: str) -> datetime:
    """'2026-03-19 10:00 +0200' style with a fixed offset."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def iso(s: str, tz: str = LON) -> str:
    return when(s, tz).isoformat()


def q(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in expand(text).strip("\n").split("\n"))


def to_html(text: str) -> str:
    paras = [p.replace("\n", "<br>\n") for p in expand(text).strip().split("\n\n")]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + body + "\n</body></html>\n"
    )


ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []


def mid(domain: str, seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def add(
    label: str,
    *,
    frm: str,
    subj: str,
    dt: datetime,
    body: str = "",
    company: str = "",
    contact: str = "",
    role: str = "",
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iat: str = "",
    kind: str = "plain",
    html: str | None = None,
    cte: str | None = None,
    headers: dict[str, str] | None = None,
    reply: bool = False,
    pdf: str | None = None,
    ics: str | None = None,
    to: str = ME,
    rel: tuple[int, int] | None = None,
) -> None:
    n = len(MSGS) + 1
    domain = re.search(r"@([\w.-]+)", frm).group(1)  # type: ignore[union-attr]
    m = EmailMessage()
    m["Delivered-To"] = ME_ADDR
    m["Return-Path"] = f"<bounce-{n:03d}@{domain}>"
    m["From"] = frm
    m["To"] = to
    m["Subject"] = expand(subj)
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = mid(domain, f"blind31-{n}")
    if reply:
        parent = mid("mail.proton.me", f"blind31-parent-{n}")
        m["In-Reply-To"] = parent
        m["References"] = f"{mid('mail.proton.me', f'blind31-root-{n}')} {parent}"
    for k, v in (headers or {}).items():
        m[k] = v
    text = expand(body)
    if kind == "plain":
        m.set_content(text, cte=cte) if cte else m.set_content(text)
    elif kind == "html":
        h = expand(html) if html else to_html(body)
        m.set_content(h, subtype="html", cte=cte) if cte else m.set_content(h, subtype="html")
    else:  # alt
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        h = expand(html) if html else to_html(body)
        m.add_alternative(h, subtype="html", cte=cte) if cte else m.add_alternative(h, subtype="html")
    if ics:
        cal = expand(ics).replace("\n", "\r\n")
        m.add_attachment(cal.encode(), maintype="text", subtype="calendar",
                         filename="invite.ics", params={"method": "REQUEST"})
    if pdf:
        fake = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        m.add_attachment(fake, maintype="application", subtype="pdf", filename=pdf)
    if rel and iat:
        gap = (datetime.fromisoformat(iat).date() - dt.date()).days
        assert rel[0] <= gap <= rel[1], (n, gap)
    MSGS.append(m)
    ROWS.append({
        "file": f"{n:03d}.eml", "label": label, "company": company, "contact_first_name": contact,
        "role": role, "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
        "interview_at": iat,
    })


AUTO_GEN = {"Auto-Submitted": "auto-generated"}
AUTO_REP = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def ical(uid: str, start: str, end: str, summary: str, organizer: str, loc: str) -> str:
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTAMP:20250101T000000Z\nDTSTART:{start}\nDTEND:{end}\n"
        f"SUMMARY:{summary}\nORGANIZER:mailto:{organizer}\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\nLOCATION:{loc}\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )


# ----------------------------------------------------------------- rejections
def rejections() -> None:
    add("rejection", frm="Harrowgate Precision Careers <harrowgate@myworkday.com>",
        subj="Update on your application: Maintenance Engineer (Days) - R-10482",
        dt=when("2025-02-11 16:42"), company="Harrowgate Precision", role="Maintenance Engineer (Days)",
        body="""Dear Callum,

Thank you for your interest in the Maintenance Engineer (Days) position (R-10482) at Harrowgate Precision Engineering.

We have reviewed your application against the requirements of the role and we won't be progressing your application any further on this occasion.

Your candidate profile will stay active and you are welcome to apply for other vacancies on our careers site.

Kind regards,
Talent Acquisition
Harrowgate Precision Engineering Ltd
""", headers=AUTO_GEN, kind="alt", notes="Workday; 'won't be progressing'")

    add("rejection", frm="NorthLink Rail Recruitment <careers-northlinkrail@icims.com>",
        subj="Fleet Maintenance Engineer - Your application",
        dt=when("2025-04-03 10:05"), company="NorthLink Rail", role="Fleet Maintenance Engineer",
        diff="hard", notes="post-interview template; mentions interview and depot tour",
        body="""Dear Callum

Thank you for attending the interview and depot tour at Longsight for the Fleet Maintenance Engineer vacancy. We appreciated the time you gave us and the questions you asked about our older diesel fleet.

The panel met on Tuesday to review all candidates. While your interview was a strong one, another candidate demonstrated more hands-on experience of traction and rolling stock systems, and we have offered them the position.

We'd encourage you to look out for future openings with us.

NorthLink Rail Resourcing Team
This mailbox is not monitored. Please do not reply to this message.
""", kind="alt", cte="quoted-printable")

    add("rejection", frm="Salford & Irwell NHS Foundation Trust <noreply@trac.jobs>",
        subj="Outcome of your application - 349-EST-7712",
        dt=when("2025-05-20 08:31"), company="Salford & Irwell NHS Foundation Trust",
        role="Estates Maintenance Engineer (Band 6)", headers=AUTO_GEN,
        notes="NHS Trac shortlisting outcome",
        body="""Dear Callum Ní Bhriain-Osei

Job reference: 349-EST-7712
Job title: Estates Maintenance Engineer (Band 6)

Thank you for applying for the above post. Shortlisting has now taken place and I am sorry to tell you that your application has been unsuccessful on this occasion.

Due to the large number of applications we are unable to provide individual feedback at shortlisting stage.

We wish you every success in the future.

Recruitment Services
Salford & Irwell NHS Foundation Trust
""")

    add("rejection", frm="Gareth Pryce <gareth.pryce@penninewater.co.uk>",
        subj="Re: Mechanical Reliability Engineer - thanks for Thursday",
        dt=when("2025-06-16 18:20"), company="Pennine Water", contact="Gareth",
        role="Mechanical Reliability Engineer", diff="hard", reply=True,
        notes="personal; 'went a different direction'; keep in touch",
        body="""Callum,

Thanks for your note after Thursday, and sorry it has taken me a few days to come back to you.

Honestly it was a close one. In the end the team went a different direction and we've gone with someone who has spent the last five years on our own wastewater assets, which tipped it for us given how quickly we need them running.

I'd genuinely like to keep in touch. Your vibration analysis work at the paper mill was impressive and there'll be more reliability roles when AMP8 ramps up. Drop me a line on LinkedIn.

All the best,
— Gareth

Gareth Pryce
Reliability Lead, Wastewater Operations
Pennine Water Services plc

On Fri, 13 Jun 2025 at 09:02, Callum Ní Bhriain-Osei <callum.nbo@proton.me> wrote:
> Hi Gareth, thanks again for yesterday's interview, I really enjoyed the
> site walk at Davyhulme.
""")

    add("rejection", frm="Jess Amankwah <jess@gearboxtalent.co.uk>",
        subj="Ormskirk Hydraulics - feedback",
        dt=when("2025-07-08 12:14"), company="Ormskirk Hydraulics", contact="Jess",
        role="Maintenance Team Leader", diff="hard",
        notes="agency recruiter relays client's decision; sender domain is agency",
        body="""Hi Callum,

Hope you're well. I've just had feedback from Ormskirk Hydraulics on the Maintenance Team Leader role.

They liked your technical side a lot, but they've decided to go with a candidate who has already led a shift team of 10+, which they felt was the bigger gap. I know that's frustrating after two stages.

I'll keep you front of mind for anything else that comes in — I've got a couple of planned maintenance roles in Wigan that might suit.

Speak soon,
Jess

Jess Amankwah | Senior Consultant, Engineering & Manufacturing
Gearbox Talent Ltd | 0161 496 0732
""")

    add("rejection", frm="Kessler Antriebstechnik GmbH <noreply@kessler-antriebstechnik.jobs.personio.de>",
        subj="Ihre Bewerbung als Instandhaltungsingenieur (m/w/d)",
        dt=when("2025-08-21 14:03", "Europe/Berlin"), company="Kessler Antriebstechnik",
        role="Instandhaltungsingenieur (m/w/d)", lang="de", headers=AUTO_GEN,
        notes="German Personio rejection",
        body="""Sehr geehrter Herr Ní Bhriain-Osei,

vielen Dank für Ihr Interesse an der Position als Instandhaltungsingenieur (m/w/d) an unserem Standort Schweinfurt.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Antriebstechnik GmbH
""")

    add("rejection", frm="Marloes Verbeek <m.verbeek@rijnstaal.nl>",
        subj="Ihre Bewerbung – Wartungsingenieur Walzwerk",
        dt=when("2025-09-02 11:47", "Europe/Amsterdam"), company="Rijnstaal", contact="Marloes",
        role="Wartungsingenieur Walzwerk", lang="de", diff="hard",
        notes="Dutch company writing German; indirect, no 'leider'-style keyword up front",
        body="""Sehr geehrter Herr Ní Bhriain-Osei,

herzlichen Dank für das angenehme Gespräch vor knapp zwei Wochen und Ihr Interesse an unserem Werk in Duisburg.

Wir haben uns inzwischen für eine Kandidatin entschieden, deren Erfahrung mit Warmwalzanlagen noch etwas besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

Gern würden wir Ihre Unterlagen für künftige Vakanzen im Bereich Instandhaltung vormerken, sofern Sie einverstanden sind.

Met vriendelijke groet / Mit freundlichen Grüßen
Marloes Verbeek
HR Business Partner
Rijnstaal B.V. – Vestiging Duisburg
""", cte="quoted-printable")

    add("rejection", frm="Vantor Aerostructures <no-reply@us.greenhouse-mail.io>",
        subj="Your application to Vantor Aerostructures",
        dt=when("2025-03-14 09:15"), role="Manufacturing Engineer – Composites",
        company="Vantor Aerostructures", headers={"Reply-To": "talent@vantoraero.com"},
        notes="Greenhouse; 'not the right match at this time'",
        body="""Hi Callum,

Thanks for applying for the Manufacturing Engineer – Composites role at Vantor Aerostructures.

We've looked carefully at your background and, while there's a lot to like, it's not the right match at this time for what this team needs.

We'll hold on to your details and may reach out if something better aligned opens up.

Best wishes,
The Vantor Talent Team
""", kind="alt")

    add("rejection", frm="Priya Raman <priya@delphcoatings.com>",
        subj="Re: Process Engineer role",
        dt=when("2025-10-09 17:55"), company="Delph Coatings", contact="Priya",
        role="Process Engineer", diff="hard", reply=True,
        notes="very short; 'didn't work out'; no standard keywords",
        body="""Hi Callum - sorry, this one didn't work out. We needed someone with more paint-line chemistry than we could train up. Appreciate you coming in and good luck.

Priya

Sent from my iPhone
""")

    add("rejection", frm="ADS Group Talent <talent@ads-group.co.uk>",
        subj="Senior Mechanical Engineer (Land Systems) – final stage outcome",
        dt=when("2025-11-18 15:30"), company="Arkwright Defence Systems", contact="Hollie",
        role="Senior Mechanical Engineer (Land Systems)", diff="hard",
        notes="acronym sender domain; rejection after final panel; mentions clearance",
        body="""Dear Callum,

Thank you for attending the final-stage panel interview at our Barrow site and for completing the technical presentation.

After a great deal of discussion the panel have decided to pursue other applicants whose experience more closely matches the vehicle-integration scope of this role. I appreciate this will be disappointing given how far you progressed.

Because your security pre-screening has already been completed, we would be happy to consider you for future openings within Arkwright Defence Systems without repeating that step for the next twelve months.

Kind regards,

Hollie Thwaite
Talent Acquisition Partner
Arkwright Defence Systems Ltd (part of ADS Group plc)
""", kind="alt")

    add("rejection", frm="Dave Kershaw <d.kershaw@tamesidepackaging.co.uk>",
        subj="RE: Interview - Engineering Manager - Tameside Packaging",
        dt=when("2026-01-27 13:10"), company="Tameside Packaging Solutions", contact="Dave",
        role="Engineering Manager", diff="hard", reply=True,
        notes="rejection reply; quoted part is the earlier interview invite",
        body="""Hi Callum,

Thanks for coming to see us. I'll be straight with you: we've decided not to take your application forward. The other shortlisted candidate has run a site through a BRCGS audit, and that's where we're weakest right now.

Thanks again and good luck with the search.

Dave

Dave Kershaw
Operations Director
Tameside Packaging Solutions Ltd

-----Original Message-----
From: Dave Kershaw <d.kershaw@tamesidepackaging.co.uk>
Sent: {DS:2026-01-12} 10:14
To: Callum Ní Bhriain-Osei <callum.nbo@proton.me>
Subject: Interview - Engineering Manager - Tameside Packaging

""" + q("""Hi Callum,

We'd like to invite you for interview on {D:2026-01-21} at 10:00 at our Hyde site.
Please bring photo ID and wear sensible shoes, we'll do a walk round the lines.

Dave"""))

    add("rejection", frm="Tom Heskey <tom.heskey@brindleytechnical.com>",
        subj="FW: Candidate feedback - C. Ni Bhriain-Osei",
        dt=when("2026-02-19 09:48"), company="Ferriby Castings", contact="Tom",
        role="Maintenance Engineer (Electro-Mechanical)", diff="hard",
        notes="agency forwards client's decision; decision in forwarded note",
        body="""Morning Callum,

See below from Ferriby - not the news we wanted I'm afraid. Happy to chat it through, give me a ring when you get a minute.

Tom

Tom Heskey | Principal Consultant
Brindley Technical Recruitment | www.brindleytechnical.com

________________________________
From: Sandra Ibbotson <s.ibbotson@ferribycastings.co.uk>
Sent: {D:2026-02-18} 16:52
To: Tom Heskey <tom.heskey@brindleytechnical.com>
Subject: Candidate feedback - C. Ni Bhriain-Osei

Hi Tom,

Thanks for putting Callum forward for the electro-mechanical maintenance role. He interviewed well but the PLC fault-finding test showed he's mechanical first and we need the reverse on nights. We won't be moving him on to the next stage.

Regards,
Sandra
HR Manager, Ferriby Castings Ltd
""")

    add("rejection", frm="University of North Pennines Recruitment <jobs@unp.ac.uk>",
        subj="Senior Technician (Mechanical Workshop) – ref ENG0391",
        dt=when("2026-03-05 11:00"), company="University of North Pennines",
        role="Senior Technician (Mechanical Workshop)", notes="formal 'Dear Applicant' letter",
        body="""Dear Applicant

Ref: ENG0391 – Senior Technician (Mechanical Workshop), School of Engineering

Thank you for your recent application. The selection panel has now considered all applications and regrets that you have not been shortlisted for interview.

We received a very high number of applications for this post and are unable to offer individual feedback.

Thank you for your interest in working at the University.

Yours faithfully

Human Resources
University of North Pennines
""")

    add("rejection", frm="Caldor Foods Careers <noreply@smartrecruiters.com>",
        subj="Engineering Shift Technician – Bramwell's Bakeries, Trafford Park",
        dt=when("2026-04-02 07:58"), company="Bramwell's Bakeries",
        role="Engineering Shift Technician", diff="hard", kind="html",
        notes="parent-company sender; brand only in subject/body; 'position filled'",
        body="""Hello Callum,

Thank you for applying for Engineering Shift Technician at Bramwell's Bakeries, part of the Caldor Foods family.

We wanted to let you know that this position has now been filled. We are grateful for the time you spent on your application.

Keep an eye on caldorfoods.com/careers for other opportunities across our bakeries and chilled sites.

Caldor Foods Talent Team
""")

    add("rejection", frm="Groupe Sarthelec – Recrutement <recrutement@sarthelec.fr>",
        subj="Votre candidature – Ingénieur Maintenance (H/F)",
        dt=when("2025-06-03 10:20", "Europe/Paris"), company="Groupe Sarthelec",
        contact="Élodie", role="Ingénieur Maintenance (H/F)", lang="fr",
        notes="French", cte="quoted-printable",
        body="""Bonjour Monsieur Ní Bhriain-Osei,

Nous vous remercions de l'intérêt que vous portez au Groupe Sarthelec et du temps consacré à votre candidature au poste d'Ingénieur Maintenance (H/F) sur notre site du Mans.

Après étude attentive de votre dossier, nous sommes au regret de ne pas pouvoir y donner une suite favorable, d'autres profils correspondant davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Groupe Sarthelec
""")

    add("rejection", frm="Industrias Moncayo <seleccion@industriasmoncayo.es>",
        subj="Proceso de selección: Ingeniero/a de Mantenimiento",
        dt=when("2025-07-23 13:40", "Europe/Madrid"), company="Industrias Moncayo",
        role="Ingeniero/a de Mantenimiento", lang="es", notes="Spanish",
        body="""Estimado Callum:

Te agradecemos sinceramente tu participación en el proceso de selección para el puesto de Ingeniero/a de Mantenimiento en nuestra planta de Tarazona.

Tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto. Conservaremos tu currículum en nuestra base de datos para futuras oportunidades.

Un cordial saludo,
Departamento de Selección
Industrias Moncayo, S.A.
""")

    add("rejection", frm="Corrib Pharma Engineering <noreply@candidates.workablemail.com>",
        subj="Process Maintenance Engineer at Corrib Pharma Engineering",
        dt=when("2025-09-25 15:02", "Europe/Dublin"), company="Corrib Pharma Engineering",
        role="Process Maintenance Engineer", kind="alt", notes="Workable; CV kept on file",
        body="""Hi Callum,

Thank you for taking the time to apply for the Process Maintenance Engineer role in Galway.

After reviewing your CV, we have decided not to proceed with your application at this stage. We will keep your CV on file and may contact you should a suitable role arise.

Kind regards,
Corrib Pharma Engineering
""")

    add("rejection", frm="CEN Careers <careers@cen-networks.teamtailor-mail.com>",
        subj="About your application for Asset Engineer",
        dt=when("2025-12-04 17:11"), company="Cadishead Energy Networks", role="Asset Engineer",
        kind="html", cte="base64", notes="acronym in sender; HTML only, base64",
        body="""Hi Callum,

Thanks for your interest in the Asset Engineer role with Cadishead Energy Networks (CEN).

Thank you for interviewing with us last month. We've now completed the interview stage and, on this occasion, we've chosen other candidates to take through to the final assessment.

We're growing our engineering teams over the next two years, so please do keep an eye on our careers page.

Best regards,
People Team, CEN
""")

    add("rejection", frm="Steve Marsh <steve@hebdenflow.co.uk>",
        subj="Maintenance Fitter / Engineer",
        dt=when("2026-05-12 07:22"), company="Hebden Flow Controls", contact="Steve",
        role="Maintenance Fitter / Engineer", diff="hard", notes="curt; 'filled the post'; no template",
        body="""Callum

Thanks for applying, we've filled the post internally. Good luck.

Steve
""")

    add("rejection", frm="Fiona Drummond <fiona.drummond@kelvinlune.co.uk>",
        subj="Building services engineer role",
        dt=when("2026-06-08 12:30"), company="Kelvin & Lune Engineering", contact="Fiona",
        role="Mechanical Building Services Engineer", diff="hard",
        notes="no plus referral offer; LLP signature",
        body="""Dear Callum,

Thank you for meeting Alasdair and me last week. We've thought hard about it and we're not going to take this forward, mainly because the role is heavily design-led (CIBSE calcs, Revit) and your strength is clearly on the operational side.

That said, I think you'd be a great fit for an estates role, and I've taken the liberty of passing your name to a former colleague who runs hard FM at a hospital PFI contract in Preston. She may be in touch directly.

Warm regards,

Fiona Drummond CEng MCIBSE
Partner
Kelvin & Lune Engineering LLP
""")

    add("rejection", frm="Thornbury Marine <do-not-reply@taleo.net>",
        subj="Thornbury Marine: Mechanical Design Engineer (Req 25000871)",
        dt=when("2026-07-14 10:45"), company="Thornbury Marine", role="Mechanical Design Engineer",
        kind="alt", headers=AUTO_GEN, notes="Taleo; 'not selected'",
        body="""Dear Callum,

Thank you for your application for the position of Mechanical Design Engineer (Requisition 25000871).

After careful consideration you have not been selected to continue in the recruitment process for this position.

We encourage you to continue to visit our careers section.

Thornbury Marine & Defence Ltd
""")

    add("rejection", frm="Liffey Energy Careers <notification@jobvite.com>",
        subj="Your application status – Mechanical Maintenance Planner",
        dt=when("2026-08-06 09:05", "Europe/Dublin"), company="Liffey Energy",
        role="Mechanical Maintenance Planner", diff="hard", headers=AUTO_GEN,
        notes="footer 'mailbox not monitored' + Auto-Submitted header; not an auto_reply",
        body="""Dear Callum,

We appreciate your interest in Liffey Energy and the Mechanical Maintenance Planner role at our Poolbeg site.

Having reviewed your experience, the hiring team have decided not to move forward with your candidacy at this time.

Kind regards,
Liffey Energy DAC Talent Acquisition

This is an automated message from an unmonitored mailbox. Replies will not be read.
""")

    add("rejection", frm="Hanse Verpackungsmaschinen <karriere@hanse-vm.de>",
        subj="Rückmeldung zu Ihrer Bewerbung: Inbetriebnahmeingenieur (m/w/d)",
        dt=when("2026-02-25 16:10", "Europe/Berlin"), company="Hanse Verpackungsmaschinen",
        contact="Jens", role="Inbetriebnahmeingenieur (m/w/d)", lang="de", diff="hard",
        notes="German; mentions Gespräch; polite indirect wording",
        body="""Hallo Herr Ní Bhriain-Osei,

vielen Dank für das offene Videogespräch am Montag und Ihre Geduld in den letzten Wochen.

Wir haben uns entschieden, den Prozess mit anderen Bewerbern fortzusetzen, die bereits Inbetriebnahmen bei Kunden in Übersee begleitet haben. Ihre Erfahrung in der Instandhaltung hat uns dennoch beeindruckt.

Viele Grüße aus Hamburg
Jens Petersen
Teamleiter Service & Inbetriebnahme
Hanse Verpackungsmaschinen GmbH & Co. KG
""")

    add("rejection", frm="Voltaic Drives <no-reply@ashbyhq.com>",
        subj="Voltaic Drives | Test & Validation Engineer",
        dt=when("2026-09-03 18:02"), company="Voltaic Drives", role="Test & Validation Engineer",
        diff="hard", headers={"Reply-To": "hiring@voltaicdrives.io"},
        notes="'offered the position to another candidate'; mentions offer",
        body="""Hi Callum,

Thanks for spending time with the Voltaic team over the last few weeks, from the intro call through to the dyno-cell session.

We've now offered the position to another candidate, who has accepted. We know that's not the outcome you were hoping for and we're grateful for the energy you brought to the process.

Wishing you the very best,
Voltaic Drives Hiring Team
""", kind="alt")

    add("rejection", frm="Astley Bridge Plastics <notifications@app.bamboohr.com>",
        subj="Thank you for your interest in Astley Bridge Plastics",
        dt=when("2026-10-01 11:37"), company="Astley Bridge Plastics", role="Tooling & Maintenance Engineer",
        notes="BambooHR; standard",
        body="""Hi Callum,

Thank you for applying for the Tooling & Maintenance Engineer position. We have decided to move forward with other candidates whose background is a closer fit for our injection moulding operation.

We appreciate your interest and wish you the best in your search.

Astley Bridge Plastics Ltd
""")

    add("rejection", frm="NHS Jobs <noreply@jobs.nhs.uk>",
        subj="East Cheshire Hospitals NHS Trust – outcome of interview",
        dt=when("2026-10-22 14:15"), company="East Cheshire Hospitals NHS Trust",
        role="Authorised Person (Mechanical)", headers=AUTO_GEN, notes="NHS Jobs post-interview outcome",
        body="""Dear Callum Ní Bhriain-Osei,

Authorised Person (Mechanical) – Estates and Facilities
Reference: C9912-26-0144

Thank you for attending interview for the above post. I regret to inform you that on this occasion you have not been successful.

If you would like feedback, please contact the recruiting manager, Paul Lomax, on 01625 000 471.

Recruitment Team
East Cheshire Hospitals NHS Trust
""")


# ------------------------------------------------------------------- on hold
def on_hold() -> None:
    add("on_hold", frm="Rachel Okonjo <rachel.okonjo@penninewater.co.uk>",
        subj="Planned Maintenance Engineer - recruitment paused",
        dt=when("2025-03-27 15:20"), company="Pennine Water", contact="Rachel",
        role="Planned Maintenance Engineer", notes="explicit freeze",
        body="""Hi Callum,

I wanted to let you know personally that we've been asked to freeze all external recruitment for non-critical roles while the business finalises its spending plans for the next regulatory period. Unfortunately that includes the Planned Maintenance Engineer vacancy.

This has nothing to do with your application, which the hiring manager rated highly. If the role is reopened I'll contact you first.

Kind regards,
Rachel Okonjo
Resourcing Partner | Pennine Water Services plc
""")

    add("on_hold", frm="Jess Amankwah <jess@gearboxtalent.co.uk>",
        subj="Quayside Bottling update",
        dt=when("2025-05-09 16:48"), company="Quayside Bottling", contact="Jess",
        role="Multi-Skilled Maintenance Engineer", diff="hard",
        notes="agency; client paused after losing contract",
        body="""Hi Callum,

Quick update on Quayside Bottling. They've lost a big co-packing contract this week and have told me to pause all their engineering hires until they know what volumes look like. So the interview we were trying to line up for the multi-skilled role isn't going ahead for now.

Their words were "on hold, not cancelled", for what it's worth. I'll chase them again in a month.

Jess
Gearbox Talent
""")

    add("on_hold", frm="NorthLink Rail <northlinkrail@myworkday.com>",
        subj="Update regarding Requisition R-22019 Depot Plant Engineer",
        dt=when("2025-08-12 09:00"), company="NorthLink Rail", role="Depot Plant Engineer",
        diff="hard", headers=AUTO_GEN, notes="requisition cancelled; 'no longer being considered' wording",
        body="""Dear Callum,

We are writing to let you know that requisition R-22019 (Depot Plant Engineer) has been cancelled and will not be filled at this time. As a result, your application for this requisition is no longer being considered.

This decision was made for business reasons and is not a reflection on your application.

NorthLink Rail Talent Acquisition
""", kind="alt")

    add("on_hold", frm="Imran Siddiqui <i.siddiqui@unp.ac.uk>",
        subj="Workshop Manager post",
        dt=when("2025-10-15 12:02"), company="University of North Pennines", contact="Imran",
        role="Engineering Workshop Manager", notes="withdrawn pending restructure",
        body="""Dear Callum,

I'm sorry to be writing with this before your interview date. The Engineering Workshop Manager post has been withdrawn pending a wider restructure of technical services across the Faculty. We don't yet know whether it will be re-advertised in the same form.

Please accept my apologies for the inconvenience; I will make sure you're told if it comes back.

Best wishes,
Dr Imran Siddiqui
Head of Technical Services, Faculty of Science & Engineering
University of North Pennines
""")

    add("on_hold", frm="Van Oorschot Procestechniek <werving@vanoorschot-pt.nl>",
        subj="Ihre Bewerbung: Serviceingenieur Mechanik (m/w/d) – Standort Kleve",
        dt=when("2025-11-26 10:31", "Europe/Amsterdam"), company="Van Oorschot Procestechniek",
        contact="Sanne", role="Serviceingenieur Mechanik (m/w/d)", lang="de", diff="hard",
        notes="Dutch company in German; Stelle vorerst nicht besetzt",
        body="""Sehr geehrter Herr Ní Bhriain-Osei,

wir danken Ihnen für Ihre Bewerbung und Ihr Interesse an unserem Standort Kleve.

Aufgrund einer Neuausrichtung unseres Servicegeschäfts haben wir entschieden, die Stelle als Serviceingenieur Mechanik vorerst nicht zu besetzen. Das Auswahlverfahren ruht daher bis auf Weiteres. Mit Ihrer Qualifikation hat dies nichts zu tun.

Sobald wir die Stelle wieder ausschreiben, melden wir uns gern erneut bei Ihnen.

Freundliche Grüße
Sanne de Groot
Werving & Selectie
Van Oorschot Procestechniek B.V.
""")

    add("on_hold", frm="Neil Garside <neil.garside@skelmoredefence.co.uk>",
        subj="Re: Systems Integration Engineer - next steps",
        dt=when("2026-01-14 17:40"), company="Skelmore Defence", contact="Neil",
        role="Systems Integration Engineer", diff="hard", reply=True,
        notes="pausing search; programme funding; mentions final interview",
        body="""Callum,

Apologies for the silence since your final interview. The programme this role sits on has had its contract award pushed back by the customer, and until funding is confirmed we're pausing this search.

Realistically that's a couple of months. You were our preferred candidate, so if you're still available when it restarts I'd like to pick it straight back up.

Regards
Neil Garside
Engineering Manager
Skelmore Defence Ltd
""")

    add("on_hold", frm="Kerry Blundell <kerry.blundell@caldorfoods.com>",
        subj="Engineering Coordinator role at Bramwell's - update",
        dt=when("2026-03-03 11:25"), company="Bramwell's Bakeries", contact="Kerry",
        role="Engineering Coordinator", diff="hard",
        notes="reorg; 'unfortunately' + 'no longer open'; parent domain",
        body="""Hi Callum,

Unfortunately I have to let you know that the Engineering Coordinator role at our Bramwell's Bakeries site is no longer open. Caldor Foods announced a reorganisation of its engineering functions yesterday and all open roles in the structure are being reviewed.

I'm really sorry about the timing. I'll let you know as soon as I know where things land.

Kerry Blundell
HR Advisor, Caldor Foods Group
""")

    add("on_hold", frm="Salford & Irwell NHS Foundation Trust <noreply@trac.jobs>",
        subj="Vacancy withdrawn - 349-EST-8120",
        dt=when("2026-05-28 09:14"), company="Salford & Irwell NHS Foundation Trust",
        role="Estates Officer (Mechanical)", headers=AUTO_GEN, notes="Trac template; vacancy withdrawn",
        body="""Dear Callum Ní Bhriain-Osei

Job reference: 349-EST-8120
Job title: Estates Officer (Mechanical)

We are writing to inform you that the above vacancy has been withdrawn by the recruiting department. No further action will be taken on your application for this post.

Recruitment Services
Salford & Irwell NHS Foundation Trust
""")

    add("on_hold", frm="Martin Haigh <martin.haigh@harrowgateprecision.co.uk>",
        subj="Engineering Lead",
        dt=when("2026-07-02 08:05"), company="Harrowgate Precision", contact="Martin",
        role="Engineering Lead", diff="hard", notes="'on ice' idiom; no standard keywords",
        body="""Hi Callum

Short one I'm afraid - we've had to put the search on ice until Q3 while we work out the new press line budget. Nothing to do with you, you're still very much in the frame.

Martin
""")

    add("on_hold", frm="Lindqvist Marine Services <jobs@lindqvistmarine.recruitee.com>",
        subj="Mechanical Superintendent – hiring stop",
        dt=when("2026-09-15 13:00", "Europe/Amsterdam"), company="Lindqvist Marine Services",
        role="Mechanical Superintendent", kind="html", notes="Recruitee; hiring stop",
        body="""Dear Callum,

Thank you for applying for the Mechanical Superintendent position in Rotterdam.

Due to a company-wide hiring stop we have temporarily suspended recruitment for this vacancy. We will get back to you if and when the vacancy is reopened.

Kind regards,
Lindqvist Marine Services B.V.
""")


# ----------------------------------------------------------------- interviews
def interviews() -> None:
    add("interview", frm="Lorraine Batty <lorraine.batty@harrowgateprecision.co.uk>",
        subj="Interview invitation - Maintenance Engineer (Nights)",
        dt=when("2025-01-13 10:12"), company="Harrowgate Precision", contact="Lorraine",
        role="Maintenance Engineer (Nights)", iat=iso("2025-01-16 10:00"), notes="onsite, definite time",
        body="""Dear Callum,

Thank you for your application for the Maintenance Engineer (Nights) position. We would like to invite you to an interview on {DY:2025-01-16} at 10:00 at our Oldham site (Unit 4, Greenacres Road, OL4 1JQ).

You will meet Martin Haigh (Engineering Manager) and one of our senior engineers. The interview will last around 90 minutes including a walk around the press shop, so please wear safety footwear.

Please confirm your attendance by reply.

Kind regards,
Lorraine Batty
HR Advisor
Harrowgate Precision Engineering Ltd
""")

    add("interview", frm="NorthLink Rail Recruitment <scheduling@northlinkrail.goodtime.io>",
        subj="Schedule your interview with NorthLink Rail",
        dt=when("2025-03-10 14:30"), company="NorthLink Rail", role="Fleet Maintenance Engineer",
        kind="alt", notes="GoodTime self-scheduling link; no fixed time",
        body="""Hi Callum,

The hiring team for Fleet Maintenance Engineer would like to meet you at Longsight Depot. Please pick a time that works for you using the link below:

https://northlinkrail.goodtime.io/schedule/c/8f3a2e

Available slots run from {D:2025-03-17} to {D:2025-03-21}. The interview lasts 75 minutes including a depot tour.

Thanks,
NorthLink Rail Recruitment (via GoodTime)
""")

    add("interview", frm="Gareth Pryce <gareth.pryce@penninewater.co.uk>",
        subj="Invitation: Interview - Mechanical Reliability Engineer @ {D:2025-06-12} 14:00 - 15:00 (BST)",
        dt=when("2025-06-05 11:18"), company="Pennine Water", contact="Gareth",
        role="Mechanical Reliability Engineer", iat=iso("2025-06-12 14:00"),
        notes="calendar invite with text/calendar", kind="alt",
        ics=ical("pw-3391@penninewater.co.uk", "20250612T130000Z", "20250612T140000Z",
                 "Interview - Mechanical Reliability Engineer", "gareth.pryce@penninewater.co.uk",
                 "Davyhulme WwTW, Rivers Lane, M41 7JB"),
        body="""When: {DY:2025-06-12} 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Where: Davyhulme WwTW, Rivers Lane, M41 7JB (report to main gate)

Callum - as discussed on the phone. Panel will be me and Sharon from asset management. 45 mins questions, then a short site walk.

Gareth
""")

    add("interview", frm="NHS Jobs <noreply@jobs.nhs.uk>",
        subj="Invitation to interview – Estates Engineer (Mechanical) – Pendle Moor Hospitals NHS Foundation Trust",
        dt=when("2025-09-01 09:40"), company="Pendle Moor Hospitals NHS Foundation Trust",
        role="Estates Engineer (Mechanical)", iat=iso("2025-09-10 11:30"), headers=AUTO_GEN,
        notes="NHS Jobs invite with presentation",
        body="""Dear Callum Ní Bhriain-Osei,

Congratulations, you have been shortlisted for the post of Estates Engineer (Mechanical), reference 281-EF-5520.

Date: {DY:2025-09-10}
Time: 11:30
Venue: Estates Department, Pendle Moor General Hospital, Casterton Avenue, BB10 2PQ

You will be asked to give a 10-minute presentation on "Planning a critical ventilation shutdown in an occupied theatre suite", followed by a panel interview.

Please bring original ID documents and proof of qualifications.

Recruitment Team
Pendle Moor Hospitals NHS Foundation Trust
""")

    add("interview", frm="Tom Heskey <tom.heskey@brindleytechnical.com>",
        subj="Ferriby Castings want to meet you!",
        dt=when("2026-02-05 16:05"), company="Ferriby Castings", contact="Tom",
        role="Maintenance Engineer (Electro-Mechanical)", diff="hard",
        iat=iso("2026-02-10 14:00"), rel=(1, 7),
        notes="agency; relative day ('Tuesday at 2pm')",
        body="""Callum,

Good news - Ferriby have come back and want you in on Tuesday at 2pm at their Stalybridge foundry. It'll be Sandra from HR and Mick the maintenance manager, about an hour, plus a short fault-finding exercise on a test rig.

Can you confirm today so I can lock it in?

Cheers
Tom
Brindley Technical Recruitment
""")

    add("interview", frm="Priya Raman <priya@delphcoatings.com>",
        subj="Re: Process Engineer interview",
        dt=when("2025-09-29 08:44"), company="Delph Coatings", contact="Priya",
        role="Process Engineer", diff="hard", reply=True, iat=iso("2025-10-03 11:30"), rel=(1, 7),
        notes="reschedule in reply; no word 'interview' in new text",
        body="""Morning Callum,

Sorry to do this - our line trial has moved so I can't do Thursday any more. Could we move you to 11:30 on Friday instead? Same place, ask for me at reception.

Priya

On {D:2025-09-22}, Callum Ní Bhriain-Osei wrote:
> Thanks Priya, Thursday at 10 works well. See you then.
""")

    add("interview", frm="Vantor Aerostructures <no-reply@us.greenhouse-mail.io>",
        subj="Next steps: Vantor Aerostructures – Design Engineer",
        dt=when("2026-04-20 15:15"), company="Vantor Aerostructures", role="Design Engineer (Jigs & Fixtures)",
        headers={"Reply-To": "talent@vantoraero.com"}, kind="alt",
        notes="take-home exercise plus panel; slots to choose",
        body="""Hi Callum,

Great news — the team would like to move you forward for the Design Engineer (Jigs & Fixtures) role.

The next stage has two parts:
1. A short design exercise (attached brief; allow about 3 hours) — please return it within 5 working days.
2. A 60-minute panel interview at our Warton site, where you'll talk through your solution.

Pick a panel slot here: https://app.greenhouse.io/scheduling/vantor/7c1e0b

Best,
Vantor Talent Team
""", pdf="Design_Exercise_Brief.pdf")

    add("interview", frm="Stadtwerke Oberhain <bewerbung@stadtwerke-oberhain.de>",
        subj="Einladung zum Vorstellungsgespräch – Ingenieur Anlagentechnik (m/w/d)",
        dt=when("2026-03-30 09:05", "Europe/Berlin"), company="Stadtwerke Oberhain", contact="Katrin",
        role="Ingenieur Anlagentechnik (m/w/d)", lang="de",
        iat=iso("2026-04-14 10:00", "Europe/Berlin"), notes="German; definite date and time",
        body="""Sehr geehrter Herr Ní Bhriain-Osei,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:

Termin: {DDE:2026-04-14}, 10:00 Uhr
Ort: Stadtwerke Oberhain, Verwaltungsgebäude, Raum 2.14, Am Wasserwerk 3

Das Gespräch führen Herr Dr. Brandt (Bereichsleiter Erzeugung) und ich. Reisekosten erstatten wir Ihnen gern.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Hollmann
Personalabteilung
Stadtwerke Oberhain GmbH
""")

    add("interview", frm="Marloes Verbeek <m.verbeek@rijnstaal.nl>",
        subj="Kurzes Kennenlernen per Teams",
        dt=when("2025-08-20 15:50", "Europe/Amsterdam"), company="Rijnstaal", contact="Marloes",
        role="Wartungsingenieur Walzwerk", lang="de", diff="hard",
        iat=iso("2025-08-21 09:30", "Europe/Berlin"), rel=(1, 1),
        notes="German; relative 'morgen'; 'Kennenlernen' not 'Vorstellungsgespräch'",
        body="""Hallo Herr Ní Bhriain-Osei,

wie eben am Telefon besprochen: Wir sprechen morgen um 9:30 Uhr (MESZ) per Microsoft Teams, zusammen mit unserem Instandhaltungsleiter Herrn Kuipers. Plant etwa 45 Minuten ein.

Den Link erhalten Sie gleich separat.

Bis morgen!
Marloes Verbeek
Rijnstaal B.V.
""")

    add("interview", frm="Lindqvist Marine Services <jobs@lindqvistmarine.recruitee.com>",
        subj="Phone screen – Mechanical Superintendent",
        dt=when("2026-08-24 10:10", "Europe/Amsterdam"), company="Lindqvist Marine Services",
        contact="Pieter", role="Mechanical Superintendent", iat=iso("2026-08-27 15:00", "Europe/Amsterdam"),
        notes="time stated in CET/CEST, not UK time",
        body="""Dear Callum,

Thanks for your application. I'd like to set up a 30-minute phone screen on {DY:2026-08-27} at 15:00 CEST (14:00 UK time). I'll call you on the mobile number in your CV.

If that doesn't work, just reply with a couple of alternatives.

Best regards,
Pieter Brouwer
Talent Acquisition, Lindqvist Marine Services
""")

    add("interview", frm="Ollie Breen <ollie@voltaicdrives.io>",
        subj="quick chat?",
        dt=when("2026-07-28 21:14"), company="Voltaic Drives", contact="Ollie",
        role="Test & Validation Engineer", diff="hard",
        notes="informal 'quick chat' from hiring manager; Calendly; no word interview",
        body="""Hey Callum,

Saw your application for the test & validation role come through — love that you've rebuilt a dyno at your last place. Fancy a quick chat this week so I can tell you what we're building and hear a bit more about you? 20 mins, video.

Grab whatever suits: https://calendly.com/ollie-voltaic/20min

Ollie
Head of Test, Voltaic Drives
""")

    add("interview", frm="CEN Careers <no-reply@ashbyhq.com>",
        subj="Confirmed: Interview with Cadishead Energy Networks",
        dt=when("2025-11-10 12:00"), company="Cadishead Energy Networks", role="Asset Engineer",
        headers={"Reply-To": "careers@cen-networks.co.uk"}, iat=iso("2025-11-13 09:15"),
        kind="alt", notes="Ashby confirmation; 'London time'",
        body="""Hi Callum,

Your interview is confirmed.

Role: Asset Engineer
When: {DY:2025-11-13}, 9:15 – 10:15 (London time)
Where: Microsoft Teams (link in calendar invitation)
With: Hannah Oyelaran (Asset Strategy Manager), Craig Dunn (Senior Engineer)

Need to reschedule? Use the link in your calendar invitation.

Cadishead Energy Networks
""")

    add("interview", frm="Olivia from Caldor Foods <olivia@paradox.ai>",
        subj="Your interview is booked! 🎉",
        dt=when("2025-05-14 19:26"), company="Bramwell's Bakeries", role="Engineering Shift Technician",
        diff="hard", iat=iso("2025-05-20 07:30"), kind="html",
        notes="Paradox bot; chatty; parent domain; bot name not a contact",
        body="""Hi Callum! 👋

You're all set. Here are your interview details:

📅 {D:2025-05-20} at 7:30 AM
📍 Bramwell's Bakeries, Westinghouse Road, Trafford Park, M17 1PY
👤 You'll meet: Shift Engineering Manager

Bring your ID and wear closed-toe shoes. Jewellery will need to be removed before entering production.

Need to change the time? Just reply to this message.

Olivia
Caldor Foods recruiting assistant
""")

    add("interview", frm="Angela Foster <a.foster@unp.ac.uk>",
        subj="Interview - Senior Technician (Fluids Laboratory) - ref ENG0412",
        dt=when("2026-06-17 14:22"), company="University of North Pennines", contact="Angela",
        role="Senior Technician (Fluids Laboratory)", iat=iso("2026-06-30 13:45"),
        pdf="ENG0412_Interview_Schedule.pdf", notes="panel + practical task; PDF schedule",
        body="""Dear Callum

I am pleased to invite you to interview for the post of Senior Technician (Fluids Laboratory).

Date: {DY:2026-06-30}
Arrival: 13:45, Reception, Kirkby Building, Main Campus

The interview will consist of a 20-minute practical task in the fluids lab followed by a panel interview of approximately 45 minutes. The full schedule is attached.

Please let me know if you require any reasonable adjustments.

Kind regards

Angela Foster
HR Officer (Recruitment), University of North Pennines
""")

    add("interview", frm="Siobhán Geraghty <siobhan.geraghty@corribpharma.ie>",
        subj="Call re Process Maintenance Engineer (Shift)",
        dt=when("2026-04-28 16:35", "Europe/Dublin"), company="Corrib Pharma Engineering", contact="Siobhán",
        role="Process Maintenance Engineer (Shift)", diff="hard",
        iat=iso("2026-04-30 12:00", "Europe/Dublin"), rel=(1, 7),
        notes="phone screen not called interview; relative Thursday; Irish time",
        body="""Hi Callum,

Thanks for applying again, this time for the shift role. Would you be free for a 20-minute call with me on Thursday at 12 noon Irish time? Just to go through your background, the shift pattern and relocation to Galway.

I'll ring your mobile unless you'd prefer Teams.

Thanks,
Siobhán Geraghty
Talent Partner | Corrib Pharma Engineering
""")

    add("interview", frm="Thornbury Marine Recruitment <recruitment@thornburymd.co.uk>",
        subj="Assessment day – Maintenance Engineer (Dockyard) – {DS:2025-07-22}",
        dt=when("2025-07-07 11:50"), company="Thornbury Marine", role="Maintenance Engineer (Dockyard)",
        diff="hard", iat=iso("2025-07-22 09:00"),
        notes="'assessment day' not 'interview'; site access forms",
        body="""Dear Callum,

Following your recent application, we are pleased to confirm your place at our assessment day at Birkenhead on {DY:2025-07-22}. Please arrive at the Main Gate for 09:00; the day will finish at around 15:30.

The day includes a competency-based discussion with two engineering managers, a practical hydraulics exercise and a site tour.

As this is a controlled site, please complete and return the attached site access form at least five working days beforehand and bring your passport.

Thornbury Marine & Defence Recruitment
""", pdf="Site_Access_Form_BKH.pdf")

    add("interview", frm="Steve Marsh <steve@hebdenflow.co.uk>",
        subj="Re: Maintenance Fitter / Engineer",
        dt=when("2026-06-01 07:05"), company="Hebden Flow Controls", contact="Steve",
        role="Maintenance Fitter / Engineer", diff="hard", reply=True,
        notes="quoted earlier rejection ('filled the post'); new text invites",
        body="""Callum

Bit awkward this - the internal lad has changed his mind and stayed in assembly. If you're still looking, come in and see us. Any morning next week after 8 suits, let me know which.

Steve

> Callum
>
> Thanks for applying, we've filled the post internally. Good luck.
>
> Steve
""")

    add("interview", frm="Liffey Energy Talent <no-reply@modernloop.io>",
        subj="Liffey Energy: please choose times for your interviews",
        dt=when("2026-05-19 10:00", "Europe/Dublin"), company="Liffey Energy",
        role="Rotating Equipment Engineer", kind="alt",
        notes="ModernLoop availability request",
        body="""Hi Callum,

The Liffey Energy team would like to schedule your onsite interviews for the Rotating Equipment Engineer role.

Please share your availability for the week of {DMY:2026-06-01} using the link below. We'll book three back-to-back 45-minute sessions.

https://app.modernloop.io/availability/liffey/aa93d1

Thanks,
Liffey Energy Talent Acquisition
""")

    add("interview", frm="Kirkham Rolling Stock Services <noreply@smartrecruiters.com>",
        subj="Action needed: complete your video interview",
        dt=when("2025-10-20 13:13"), company="Kirkham Rolling Stock Services", role="Bogie Overhaul Engineer",
        kind="html", cte="base64", notes="one-way recorded video interview; HTML only, base64",
        body="""Hi Callum,

Thanks for applying for Bogie Overhaul Engineer with Kirkham Rolling Stock Services.

The next step is a short recorded video interview: five questions, up to three minutes each. You can complete it at any time in the next 5 days.

Start your video interview: https://jobs.smartrecruiters.com/video/krs/5d0c

Good luck!
KRS Recruitment
""")

    add("interview", frm="Nadia Bashir <nadia.bashir@marsdenvalve.com>",
        subj="Your visit to Marsden Valve Technologies on {D:2026-09-22}",
        dt=when("2026-09-15 12:48"), company="Marsden Valve Technologies", contact="Nadia",
        role="Senior Maintenance Engineer", diff="hard", iat=iso("2026-09-22 09:30"),
        notes="onsite itinerary; never says interview",
        body="""Hi Callum,

Looking forward to welcoming you to Marsden on {D:2026-09-22}. Here's how the morning will run:

09:30  Arrival and coffee with me (reception, Building 2)
09:45  Conversation with Rob Akhtar, Engineering Manager
10:45  Shop-floor walk with Leanne (maintenance supervisor)
11:30  Q&A with our Plant Director
12:15  Finish

Parking is in the visitor bays opposite reception. Any dietary requirements for lunch, let me know.

Best,
Nadia Bashir
People & Culture Lead
Marsden Valve Technologies Ltd
""")

    add("interview", frm="Irwell Tramways Operations <irwelltrams@myworkday.com>",
        subj="Invitation to schedule: Infrastructure Maintenance Engineer",
        dt=when("2026-10-06 08:30"), company="Irwell Tramways Operations",
        role="Infrastructure Maintenance Engineer", headers=AUTO_GEN,
        notes="Workday scheduling task; no fixed time",
        body="""Dear Callum,

You have been invited to schedule an interview for Infrastructure Maintenance Engineer (JR-4410).

Please sign in to your candidate home account and select a time from the available slots under "My Tasks".

https://irwelltrams.wd3.myworkdayjobs.com/en-GB/careers/userHome

Irwell Tramways Operations Recruitment
""")

    add("interview", frm="Leah Corrigan <leah.corrigan@apexengineering-resourcing.co.uk>",
        subj="RE: Skelmore - change to your interview",
        dt=when("2025-12-08 10:20"), company="Skelmore Defence", contact="Leah",
        role="Systems Integration Engineer", diff="hard", reply=True,
        iat=iso("2025-12-11 14:00"), rel=(1, 7),
        notes="agency reschedule; Wednesday -> Thursday same time",
        body="""Hi Callum,

Skelmore have been in touch - one of the panel has been called to a customer review so they've asked to move your final interview from Wednesday to Thursday, same time (2pm), same place at their Preston office.

Can you let me know ASAP if Thursday is OK?

Thanks,
Leah

Leah Corrigan | Senior Recruiter – Defence & Aerospace
Apex Engineering Resourcing

-----Original Message-----
From: Leah Corrigan
Sent: {DS:2025-12-03} 15:02
Subject: Skelmore - final interview confirmed

""" + q("""Callum, confirming your final interview with Skelmore Defence on {D:2025-12-10} at 2pm, Preston."""))


# --------------------------------------------------------------------- offers
def offers() -> None:
    add("offer", frm="Lorraine Batty <lorraine.batty@harrowgateprecision.co.uk>",
        subj="Offer of employment - Maintenance Engineer (Nights)",
        dt=when("2025-01-24 15:02"), company="Harrowgate Precision", contact="Lorraine",
        role="Maintenance Engineer (Nights)", pdf="Harrowgate_Offer_Letter_CNBO.pdf",
        notes="offer letter PDF attached",
        body="""Dear Callum,

Further to your interview, I am delighted to offer you the position of Maintenance Engineer (Nights) at Harrowgate Precision Engineering. Your formal offer letter and contract are attached.

Please sign and return both by {D:2025-01-31}. The offer is subject to satisfactory references and a pre-employment medical.

Kind regards,
Lorraine Batty
HR Advisor
""")

    add("offer", frm="Rob Akhtar <rob.akhtar@marsdenvalve.com>",
        subj="Following up from our call",
        dt=when("2026-09-25 17:31"), company="Marsden Valve Technologies", contact="Rob",
        role="Senior Maintenance Engineer", diff="hard",
        notes="written follow-up to verbal offer; never says 'offer'",
        body="""Hi Callum,

Great to speak earlier, and thanks for taking it so calmly when I sprung it on you at the end of the day!

Just so you have it in writing, as discussed: Senior Maintenance Engineer, £52,500 base, 10% shift allowance for the cover rota, 25 days plus bank holidays, car allowance £4,200. Start date to suit your notice, ideally early November.

Nadia will send the paperwork on Monday. Really pleased you're joining us.

Rob
""")

    add("offer", frm="Jess Amankwah <jess@gearboxtalent.co.uk>",
        subj="!!! Whitlow Engineering !!!",
        dt=when("2025-12-17 11:03"), company="Whitlow Engineering", contact="Jess",
        role="Maintenance Engineer (Days)",
        notes="agency relays client offer",
        body="""Callum!!

Whitlow Engineering have come back this morning and they want to offer you the Maintenance Engineer (Days) role at £44,000 plus overtime at time and a half. They're flexible on start date given Christmas.

Ring me when you can and we'll talk it through before I confirm anything with them.

Jess
Gearbox Talent
""")

    add("offer", frm="Pendle Moor Hospitals NHS Foundation Trust <noreply@trac.jobs>",
        subj="Conditional offer of employment – 281-EF-5520",
        dt=when("2025-09-15 12:10"), company="Pendle Moor Hospitals NHS Foundation Trust",
        role="Estates Engineer (Mechanical)", headers=AUTO_GEN,
        notes="NHS Trac conditional offer",
        body="""Dear Callum Ní Bhriain-Osei

Job reference: 281-EF-5520
Job title: Estates Engineer (Mechanical), Band 6

Following your recent interview I am pleased to make you a conditional offer of employment for the above post.

This offer is conditional upon satisfactory pre-employment checks, including references, occupational health clearance and DBS. Please log in to Trac to accept the offer and upload your documents.

Recruitment Services
Pendle Moor Hospitals NHS Foundation Trust
""")

    add("offer", frm="Siobhán Geraghty <siobhan.geraghty@corribpharma.ie>",
        subj="Your contract – Process Maintenance Engineer (Shift)",
        dt=when("2026-05-22 10:00", "Europe/Dublin"), company="Corrib Pharma Engineering", contact="Siobhán",
        role="Process Maintenance Engineer (Shift)", pdf="Contract_of_Employment_CPE.pdf",
        notes="offer with contract attached", kind="alt",
        body="""Hi Callum,

Congratulations again! As promised on the phone, please find attached your contract of employment and relocation package summary for the Process Maintenance Engineer (Shift) position in Galway.

Salary is €62,000 per annum plus 17.5% shift premium. If you are happy to accept, please sign and return by {D:2026-06-01}.

Fáilte romhat,
Siobhán
""")

    add("offer", frm="Angela Foster <a.foster@unp.ac.uk>",
        subj="ENG0412 – outcome",
        dt=when("2026-07-03 16:50"), company="University of North Pennines", contact="Angela",
        role="Senior Technician (Fluids Laboratory)", diff="hard",
        notes="'panel would like to appoint you'; no word offer",
        body="""Dear Callum

Thank you for attending interview on Tuesday. I am pleased to confirm that the panel would like to appoint you to the post of Senior Technician (Fluids Laboratory), Grade 6, starting at spine point 24 (£35,116 per annum).

Formal paperwork will follow from HR once references have been received. Could you let me know whether you wish to accept, and your earliest start date?

Kind regards

Angela Foster
HR Officer (Recruitment)
""")


# ------------------------------------------------------- application received
def acks() -> None:
    add("application_received", frm="Pennine Water <penninewater@myworkday.com>",
        subj="Thank you for applying: Mechanical Reliability Engineer",
        dt=when("2025-05-02 22:16"), company="Pennine Water", role="Mechanical Reliability Engineer",
        headers=AUTO_GEN, kind="alt", notes="Workday acknowledgement",
        body="""Dear Callum,

Thank you for applying for the Mechanical Reliability Engineer position with Pennine Water Services. We have received your application and our team will review it shortly.

You can check the status of your application at any time by signing in to your candidate account.

Pennine Water Talent Acquisition
""")

    add("application_received", frm="NorthLink Rail Recruitment <careers-northlinkrail@icims.com>",
        subj="Application received - Fleet Maintenance Engineer",
        dt=when("2025-02-24 19:48"), company="NorthLink Rail", role="Fleet Maintenance Engineer",
        headers=AUTO_GEN, notes="iCIMS acknowledgement",
        body="""Dear Callum,

Thank you for your interest in NorthLink Rail. This message confirms that we have received your application for Fleet Maintenance Engineer (req 2025-1186).

Our recruitment team will review your application and contact you if your skills match our requirements.

NorthLink Rail Resourcing
""")

    add("application_received", frm="East Cheshire Hospitals NHS Trust <noreply@trac.jobs>",
        subj="Application received - C9912-26-0144",
        dt=when("2026-09-04 21:02"), company="East Cheshire Hospitals NHS Trust",
        role="Authorised Person (Mechanical)", headers=AUTO_GEN, notes="Trac acknowledgement",
        body="""Dear Callum Ní Bhriain-Osei

Thank you for your application for Authorised Person (Mechanical), job reference C9912-26-0144.

The closing date for this vacancy is {DS:2026-09-18}. Shortlisting will take place shortly after, and you will be notified of the outcome by email.

Recruitment Team
East Cheshire Hospitals NHS Trust
""")

    add("application_received", frm="Vantor Aerostructures <no-reply@us.greenhouse-mail.io>",
        subj="Thanks for applying to Vantor Aerostructures",
        dt=when("2025-02-28 08:11"), company="Vantor Aerostructures", role="Manufacturing Engineer – Composites",
        notes="Greenhouse; 'in touch if'",
        body="""Hi Callum,

Thanks for applying for Manufacturing Engineer – Composites. Our team is reviewing applications and will be in touch if your experience is a match for the role.

The Vantor Talent Team
""")

    add("application_received", frm="Delph Coatings <no-reply@hire.lever.co>",
        subj="Thanks for applying to Delph Coatings!",
        dt=when("2025-09-04 12:30"), company="Delph Coatings", role="Process Engineer",
        kind="alt", notes="Lever; informal",
        body="""Hey Callum,

Thanks so much for your interest in the Process Engineer role at Delph Coatings! Someone from the team will take a look at your application over the next week or so.

In the meantime, find out more about how we make our powder coatings at delphcoatings.com/story.

Cheers,
Delph Coatings
""")

    add("application_received", frm="Kessler Antriebstechnik GmbH <noreply@kessler-antriebstechnik.jobs.personio.de>",
        subj="Eingangsbestätigung Ihrer Bewerbung",
        dt=when("2025-08-04 07:33", "Europe/Berlin"), company="Kessler Antriebstechnik",
        role="Instandhaltungsingenieur (m/w/d)", lang="de", headers=AUTO_GEN,
        notes="German Personio acknowledgement",
        body="""Sehr geehrter Herr Ní Bhriain-Osei,

vielen Dank für Ihre Bewerbung als Instandhaltungsingenieur (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Antriebstechnik GmbH
""")

    add("application_received", frm="Industrias Moncayo <seleccion@industriasmoncayo.es>",
        subj="Hemos recibido tu candidatura",
        dt=when("2025-07-01 10:02", "Europe/Madrid"), company="Industrias Moncayo",
        role="Ingeniero/a de Mantenimiento", lang="es", headers=AUTO_GEN, notes="Spanish acknowledgement",
        body="""Hola Callum:

Gracias por tu interés en Industrias Moncayo. Hemos recibido correctamente tu candidatura para el puesto de Ingeniero/a de Mantenimiento.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Departamento de Selección
""")

    add("application_received", frm="Caldor Foods Careers <noreply@smartrecruiters.com>",
        subj="We've got your application",
        dt=when("2025-04-25 06:58"), company="Bramwell's Bakeries", role="Engineering Shift Technician",
        diff="hard", kind="html", notes="parent-company sender; brand only in body",
        body="""Hi Callum,

Thanks for applying for Engineering Shift Technician at our Bramwell's Bakeries site in Trafford Park.

We're reviewing applications now. Our recruiting assistant, Olivia, may text you to book a time if you're shortlisted.

Caldor Foods Talent Team
""")

    add("application_received", frm="CEN Careers <careers@cen-networks.teamtailor-mail.com>",
        subj="Application received: Asset Engineer",
        dt=when("2025-10-27 20:40"), company="Cadishead Energy Networks", role="Asset Engineer",
        diff="hard", notes="describes interview stage and possible unsuccessful outcome",
        body="""Hi Callum,

Thanks for applying for the Asset Engineer role at Cadishead Energy Networks.

What happens next:
- We review all applications after the advert closes.
- If shortlisted, you'll be invited to a 60-minute interview with the asset strategy team.
- If you're unsuccessful at this stage, we'll still let you know by email.

Thanks again for your interest in CEN.

People Team
""")

    add("application_received", frm="Apex Engineering Resourcing <applications@apexengineering-resourcing.co.uk>",
        subj="Your application: Maintenance Manager – FMCG – Warrington (Ref AER-7731)",
        dt=when("2025-06-23 13:07"), role="Maintenance Manager", diff="hard", headers=AUTO_GEN,
        notes="agency auto-ack for unnamed client; company left empty",
        body="""Dear Callum,

Thank you for applying for the Maintenance Manager vacancy (Ref AER-7731) on behalf of our client, a leading FMCG manufacturer in Warrington.

One of our consultants will review your CV and be in touch within 48 hours if your experience matches the brief. If you don't hear from us, please do not be discouraged — we'll keep your details on our database for similar roles.

Apex Engineering Resourcing Ltd
""")

    add("application_received", frm="Liffey Energy Careers <notification@jobvite.com>",
        subj="Liffey Energy – we have received your application",
        dt=when("2026-07-15 09:44", "Europe/Dublin"), company="Liffey Energy",
        role="Mechanical Maintenance Planner", headers=AUTO_GEN, notes="Jobvite acknowledgement",
        body="""Dear Callum,

Thank you for applying for Mechanical Maintenance Planner at Liffey Energy. Your application has been received and will be reviewed by our hiring team.

Liffey Energy DAC
""")

    add("application_received", frm="Voltaic Drives <no-reply@ashbyhq.com>",
        subj="Thanks for applying to Voltaic Drives",
        dt=when("2026-07-26 11:09"), company="Voltaic Drives", role="Test & Validation Engineer",
        diff="hard", notes="'unfortunately' about response time; no decision",
        body="""Hi Callum,

Thanks for applying for the Test & Validation Engineer role.

Unfortunately, because of the volume of applications we get, it can take up to two weeks for us to review yours. We read every single one, and we'll reply either way.

Voltaic Drives
""")

    add("application_received", frm="University of North Pennines Recruitment <jobs@unp.ac.uk>",
        subj="Application submitted – ENG0412 Senior Technician (Fluids Laboratory)",
        dt=when("2026-05-30 23:12"), company="University of North Pennines",
        role="Senior Technician (Fluids Laboratory)", headers=AUTO_GEN, notes="university portal",
        body="""Dear Callum

Your application for ENG0412 Senior Technician (Fluids Laboratory) has been submitted successfully.

Closing date: {DS:2026-06-08}. Interviews are expected to take place in late June.

HR Recruitment Team
University of North Pennines
""")

    add("application_received", frm="Astley Bridge Plastics <notifications@app.bamboohr.com>",
        subj="Application received – Tooling & Maintenance Engineer",
        dt=when("2026-09-14 15:20"), company="Astley Bridge Plastics", role="Tooling & Maintenance Engineer",
        notes="BambooHR", body="""Hi Callum,

Thanks for your application for Tooling & Maintenance Engineer. We've received it and will be in touch soon.

Astley Bridge Plastics
""")

    add("application_received", frm="Corrib Pharma Engineering <noreply@candidates.workablemail.com>",
        subj="Your application for Process Maintenance Engineer (Shift)",
        dt=when("2026-04-21 18:05", "Europe/Dublin"), company="Corrib Pharma Engineering",
        role="Process Maintenance Engineer (Shift)", diff="hard", kind="alt",
        notes="lists phone and technical interview as next steps",
        body="""Hi Callum,

Your application for Process Maintenance Engineer (Shift) has been received.

Our process normally looks like this:
1. CV review (about 1 week)
2. Phone interview with Talent
3. Technical interview with the Engineering Lead, on site in Galway
4. Decision

Thanks for your interest in Corrib Pharma Engineering.
""")

    add("application_received", frm="Lindqvist Marine Services <jobs@lindqvistmarine.recruitee.com>",
        subj="Thank you for your application",
        dt=when("2026-08-17 11:28", "Europe/Amsterdam"), company="Lindqvist Marine Services",
        role="Mechanical Superintendent", kind="html", notes="Recruitee; HTML only",
        body="""Dear Callum,

Thank you for applying for Mechanical Superintendent at Lindqvist Marine Services. We have received your application and will review it carefully.

Kind regards,
Lindqvist Marine Services
""")


# --------------------------------------------------------------- auto replies
def autos() -> None:
    add("auto_reply", frm="Rachel Okonjo <rachel.okonjo@penninewater.co.uk>",
        subj="Automatic reply: Planned Maintenance Engineer - availability",
        dt=when("2026-03-02 09:01"), company="Pennine Water", contact="Rachel",
        role="Planned Maintenance Engineer", ret="2026-03-09", reply=True,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        notes="Outlook OOO; 'returning Monday 9 March'",
        body="""Thank you for your email. I'm on annual leave and returning {D:2026-03-09}. For urgent resourcing queries please contact resourcing@penninewater.co.uk.

Rachel Okonjo
""")

    add("auto_reply", frm="Katrin Hollmann <k.hollmann@stadtwerke-oberhain.de>",
        subj="Abwesenheitsnotiz: AW: Einladung zum Vorstellungsgespräch",
        dt=when("2026-04-01 08:12", "Europe/Berlin"), company="Stadtwerke Oberhain", contact="Katrin",
        ret="2026-04-07", lang="de", diff="hard", reply=True, headers=AUTO_REP,
        notes="German OOO; subject contains Vorstellungsgespräch",
        body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {DDE2:2026-04-06} nicht im Hause und ab {DDE:2026-04-07} wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@stadtwerke-oberhain.de.

Mit freundlichen Grüßen
Katrin Hollmann
""")

    add("auto_reply", frm="Élodie Marchand <e.marchand@sarthelec.fr>",
        subj="Réponse automatique : Candidature Ingénieur Maintenance",
        dt=when("2025-04-22 14:20", "Europe/Paris"), company="Groupe Sarthelec", contact="Élodie",
        role="Ingénieur Maintenance (H/F)", ret="2025-05-05", lang="fr", reply=True,
        headers={"Auto-Submitted": "auto-replied"}, notes="French absence message",
        body="""Bonjour,

Je suis actuellement absente et serai de retour le {DFR:2025-05-05}. Pendant mon absence, vos messages ne seront pas transférés. Pour toute question urgente concernant le recrutement, merci d'écrire à recrutement@sarthelec.fr.

Cordialement,
Élodie Marchand
""")

    add("auto_reply", frm="Callum Tierney <c.tierney@ormskirkhydraulics.co.uk>",
        subj="Automatic reply: Maintenance Team Leader - CV",
        dt=when("2025-06-30 10:10"), company="Ormskirk Hydraulics", contact="Callum",
        headers={"X-Autoreply": "yes"}, reply=True,
        notes="no longer works there; redirect; same first name as job seeker",
        body="""I no longer work at Ormskirk Hydraulics. Please contact Joanne Platt (joanne.platt@ormskirkhydraulics.co.uk) for anything relating to recruitment or engineering.

Thanks,
Callum Tierney
""")

    add("auto_reply", frm="East Cheshire Hospitals Recruitment <ech.recruitment@nhs.net>",
        subj="Re: Authorised Person (Mechanical) - interview expenses",
        dt=when("2026-10-20 11:31"), company="East Cheshire Hospitals NHS Trust",
        role="Authorised Person (Mechanical)", diff="hard", reply=True,
        notes="mailbox-not-monitored responder; mentions interview; no auto headers",
        body="""This mailbox is not monitored. Your email has not been read.

If your query relates to an interview or a conditional offer, please contact the recruiting manager named on your invitation letter. For technical help with Trac, visit the Trac candidate help centre.

Recruitment Team
East Cheshire Hospitals NHS Trust
""")

    add("auto_reply", frm="Rachel Okonjo <rachel.okonjo@penninewater.co.uk>",
        subj="Automatic reply: Reliability roles?",
        dt=when("2026-09-07 19:40"), company="Pennine Water", contact="Rachel",
        ret="2027-01-04", headers=AUTO_REP, reply=True, notes="maternity leave; return in 2027",
        body="""Hello,

I am currently on maternity leave and will be back on {DY:2027-01-04}. In the meantime please contact Tariq Malik (tariq.malik@penninewater.co.uk), who is covering my vacancies.

Thank you,
Rachel
""")

    add("auto_reply", frm="Imran Siddiqui <i.siddiqui@unp.ac.uk>",
        subj="Re: Workshop Manager post",
        dt=when("2025-10-17 16:05"), company="University of North Pennines", contact="Imran",
        role="Engineering Workshop Manager", ret="2025-10-20", diff="hard", reply=True,
        notes="text-only responder, relative 'back Monday', no auto headers",
        body="""Thanks for your message. I'm away at a conference and will be back Monday, with limited access to email until then.

Imran
""")

    add("auto_reply", frm="Nadia Bashir <nadia.bashir@marsdenvalve.com>",
        subj="Out of Office: Re: Interview confirmation - Senior Maintenance Engineer",
        dt=when("2026-09-16 08:02"), company="Marsden Valve Technologies", contact="Nadia",
        role="Senior Maintenance Engineer", ret="2026-09-21", diff="hard", reply=True,
        headers=AUTO_REP, notes="subject contains 'Interview confirmation'; UK numeric date",
        body="""Hi, thanks for your email. I'm out of the office and back on {DS:2026-09-21}.

If you are contacting me about an interview at Marsden this week, Leanne in reception (01457 000 318) can help.

Nadia
""")

    add("auto_reply", frm="Tom Heskey <tom.heskey@brindleytechnical.com>",
        subj="Automatic reply: Ferriby follow up",
        dt=when("2026-02-24 12:00"), company="Brindley Technical Recruitment", contact="Tom",
        diff="hard", headers=AUTO_REP, reply=True,
        notes="agency recruiter OOO, no return date; company is the agency",
        body="""Thanks for your email. I'm at client sites for most of this week with limited access to email and will respond as soon as I can. For anything urgent please call the office on 0161 496 0011.

Tom Heskey
Brindley Technical Recruitment
""")

    add("auto_reply", frm="Leah Corrigan <leah.corrigan@apexengineering-resourcing.co.uk>",
        subj="Automatic reply: Skelmore Defence",
        dt=when("2026-05-26 07:45"), company="Apex Engineering Resourcing", contact="Leah",
        ret="2026-06-02", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        reply=True, notes="'Tuesday 2nd June' ordinal",
        body="""Hello,

I'm out of the office until {DO:2026-06-02}, when I'll be back at my desk. For live defence and aerospace vacancies please contact Hamza on 0161 496 0244.

Thanks,
Leah Corrigan
""")

    add("auto_reply", frm="Angela Foster <a.foster@unp.ac.uk>",
        subj="Annual leave [Re: ENG0412 – outcome]",
        dt=when("2026-08-11 10:22"), company="University of North Pennines", contact="Angela",
        role="Senior Technician (Fluids Laboratory)", ret="2026-08-24", reply=True,
        headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        notes="leave range 10-21 Aug, return stated",
        body="""Thank you for your email. I am on annual leave from {DM:2026-08-10} to {DM:2026-08-21} and returning on {D:2026-08-24}. I will respond to your message then.

Angela Foster
HR Officer (Recruitment)
""")

    add("auto_reply", frm="Marloes Verbeek <m.verbeek@rijnstaal.nl>",
        subj="Automatische Antwort: Nachfrage Wartungsingenieur",
        dt=when("2025-12-23 09:00", "Europe/Amsterdam"), company="Rijnstaal", contact="Marloes",
        ret="2026-01-05", lang="de", headers=AUTO_REP, reply=True,
        notes="German OOO from Dutch company; Christmas break",
        body="""Vielen Dank für Ihre Nachricht. Unser Büro ist über die Feiertage geschlossen. Ab {DDE:2026-01-05} bin ich wieder erreichbar.

Fijne feestdagen / Frohe Festtage
Marloes Verbeek
""")

    add("auto_reply", frm="ADS Group Talent <talent@ads-group.co.uk>",
        subj="We have received your email [Ref: TA-88213]",
        dt=when("2025-11-20 13:15"), company="Arkwright Defence Systems", diff="hard",
        headers={"Auto-Submitted": "auto-replied"}, reply=True,
        notes="shared inbox auto-response to candidate's email; reads like application ack",
        body="""Thank you for contacting ADS Group Talent Acquisition.

This is an automated response to let you know your email has reached us. This inbox is checked periodically during office hours, Monday to Friday, and we aim to respond within five working days. Please do not send your CV to this address; apply via our careers site.

Arkwright Defence Systems Ltd, part of ADS Group plc
""")

    add("auto_reply", frm="Hannah Oyelaran <hannah.oyelaran@cen-networks.co.uk>",
        subj="Out of office",
        dt=when("2025-11-14 17:30"), company="Cadishead Energy Networks", contact="Hannah",
        ret="2025-11-24", reply=True, diff="hard",
        notes="no auto headers; 'until X inclusive' plus explicit return",
        body="""Hi, I'm out of the office until {D:2025-11-21} inclusive with no access to email. I'll be back on {D:2025-11-24}.

Hannah
""")


# ---------------------------------------------------------------------- other
UNSUB = {"List-Unsubscribe": "<https://example-mailer.net/u/blind31>", "Precedence": "bulk"}


def others() -> None:
    add("other", frm="EngineerJobs Alerts <alerts@engineerjobs-mail.co.uk>",
        subj="14 new Maintenance Engineer jobs in Greater Manchester",
        dt=when("2025-01-20 07:00"), kind="alt", headers=UNSUB, notes="job alert digest",
        body="""Hi Callum, here are today's matches for "maintenance engineer" within 20 miles of M20:

Multi-Skilled Maintenance Engineer – Trafford Park – £42k + shift
Maintenance Engineer (Mechanical bias) – Bolton – £38–45k
Estates Engineer – Manchester – NHS Band 5
Reliability Engineer – Ellesmere Port – £50k
...and 10 more.

Manage your alerts | Unsubscribe
""")

    add("other", frm="Linkfolio <notifications@linkfolio-mail.com>",
        subj="Gareth and 3 others viewed your profile",
        dt=when("2025-06-14 12:20"), kind="html", headers=UNSUB, diff="hard",
        notes="social notification naming an employer's staff",
        body="""Hi Callum,

Your profile is getting noticed! This week you appeared in 27 searches.

Gareth Pryce, Reliability Lead at Pennine Water Services, viewed your profile.
A recruiter at Gearbox Talent viewed your profile.

See all viewers with Linkfolio Premium — 1 month free.
""")

    add("other", frm="The Plant Engineer Weekly <newsletter@plantengineerweekly.co.uk>",
        subj="Bouncing back after a 'no' at assessment centre | Bearing failure myths",
        dt=when("2025-08-28 06:30"), kind="alt", headers=UNSUB, diff="hard",
        notes="newsletter about rejection; quotes rejection wording",
        body="""THIS WEEK

1. Bouncing back after a 'no'
"After careful consideration, we will not be progressing your application." Most of us have had that email. Three senior maintenance managers tell us how they handled rejection early in their careers, and why asking for feedback matters.

2. Five bearing failure myths
Lubrication isn't always the culprit. Our reliability columnist explains.

3. Events: Maintec North, Manchester Central, October.
""")

    add("other", frm="Track & Traction Podcast <hello@trackandtraction.fm>",
        subj="New episode: our interview with NorthLink Rail's fleet director",
        dt=when("2025-10-02 17:00"), kind="html", headers=UNSUB, diff="hard",
        notes="podcast 'interview' naming a prospective employer",
        body="""Episode 84 is live!

This week we sit down for an in-depth interview with Claire Ambrose, Fleet Director at NorthLink Rail, about keeping a 30-year-old fleet running while the new trains are delayed, and why her depots are hiring more engineers than ever.

Listen on all major platforms.
""")

    add("other", frm="Cobalt Bank <alerts@cobaltbank.co.uk>",
        subj="Your card payment was declined",
        dt=when("2025-11-29 14:48"), diff="hard", headers=AUTO_GEN,
        notes="'declined'/'unfortunately' in bank alert",
        body="""Hi Callum,

Unfortunately a payment of £84.99 to SCREWLINE DIRECT on your debit card ending 4471 was declined because it was flagged as unusual.

If this was you, open the Cobalt app and confirm the transaction, then try again.

Cobalt Bank
""")

    add("other", frm="Kai Lindstrom <notifications@github.com>",
        subj="Re: [freecad-fasteners] Add ISO 4762 socket cap screws with metric fine threads (PR #412)",
        dt=when("2026-01-09 22:15", "Europe/Stockholm"), contact="Kai", diff="hard",
        headers={"List-Unsubscribe": "<mailto:unsub@reply.github.com>", "Precedence": "list",
                 "List-ID": "freecad-fasteners <freecad-fasteners.github.com>"},
        notes="pull request closed, 'not moving forward with this'",
        body="""Thanks for putting this together @callum-nbo, but we're not moving forward with this PR. Metric fine threads are coming in via the new thread-table refactor (#398), so this would conflict. Closing for now — feel free to rebase on top of that once it lands.

— Kai

Reply to this email directly or view it on GitHub.
""")

    add("other", frm="ICCM 2026 Programme Committee <iccm2026@easyconf-mail.org>",
        subj="ICCM 2026 notification for paper #117",
        dt=when("2026-02-12 23:59", "Europe/Brussels"), diff="hard",
        notes="conference paper not accepted, with reviews",
        body="""Dear Callum Ní Bhriain-Osei,

We regret to inform you that your submission #117, "Low-cost vibration monitoring for legacy packaging lines", was not accepted for presentation at the International Conference on Condition Monitoring 2026.

This year we received 342 submissions and accepted 96. The reviews are included below.

Reviewer 1: Practical and clearly written, but the evaluation is limited to one site...
Reviewer 2: ...

Programme Chairs, ICCM 2026
""")

    add("other", frm="Hardwear Direct <offers@hardweardirect.co.uk>",
        subj="Callum, your exclusive offer: 20% off safety boots",
        dt=when("2026-03-16 10:00"), kind="alt", cte="base64", headers=UNSUB, diff="hard",
        notes="marketing 'offer'; base64",
        body="""Exclusive offer for you, Callum!

Get 20% off all S3 safety boots and hi-vis this week only. Whether you're on the shop floor or heading to an interview on site, step out in comfort.

Use code TOUGH20 at checkout. Ends Sunday.
""")

    add("other", frm="Didsbury Lettings <lettings@didsburylettings.co.uk>",
        subj="Your application for 14 Lapwing Lane, Flat 3",
        dt=when("2026-04-08 15:30"), contact="Amira", diff="hard",
        notes="rental application not successful",
        body="""Hi Callum,

Thank you for your application for Flat 3, 14 Lapwing Lane. Unfortunately the landlord has decided to proceed with another applicant on this occasion.

We have two similar one-bed flats coming up in West Didsbury next month. Shall I send you details?

Kind regards,
Amira Hussain
Lettings Negotiator, Didsbury Lettings
""")

    add("other", frm="Halden Building Society <mortgages@haldenbs.co.uk>",
        subj="Your Decision in Principle result",
        dt=when("2026-05-04 11:11"), diff="hard", headers=AUTO_GEN,
        notes="mortgage DIP declined",
        body="""Dear Mr Ní Bhriain-Osei,

Thank you for your Decision in Principle application. We're sorry, but we're unable to offer you a mortgage agreement in principle at this time based on the information provided.

This decision was based partly on information from a credit reference agency. You can request a copy of your credit file free of charge.

Halden Building Society
""")

    add("other", frm="Darren Whitcombe <darren@primestaff-engineering.co.uk>",
        subj="URGENT: Multi-skilled Maintenance Engineers x6 – interviews THIS WEEK",
        dt=when("2025-09-22 08:03"), contact="Darren", role="Multi-skilled Maintenance Engineer",
        diff="hard", headers=UNSUB, notes="recruiter mass mailing; mentions interviews",
        body="""Hi Callum,

I'm currently recruiting 6 x Multi-skilled Maintenance Engineers for a major food manufacturer in Cheshire. 4 on 4 off, £48k + OT. My client is interviewing this week and can offer on the day.

If you or anyone you know is interested, reply with an up-to-date CV and the best time for a quick call.

Darren Whitcombe
PrimeStaff Engineering
To stop receiving these emails click here.
""")

    add("other", frm="Niamh O'Rourke <niamh.orourke88@gmail.com>",
        subj="guess who has an interview!!",
        dt=when("2025-12-03 21:47"), contact="Niamh", diff="hard",
        notes="friend's personal mail about her own interview and rejection",
        body="""Callum!!

So after that horrible rejection from the council in September, I've only gone and got an interview with the Environment Agency for the flood defence job. It's next Thursday. Any tips for the "tell me about a time" questions? You're the interview king.

Also are you still coming to Mam's on the 20th?

N x
""")

    add("other", frm="Sean Whelan <sean.whelan@outlook.com>",
        subj="Fwd: Reliability Engineer - Shannon Cement Works",
        dt=when("2026-02-02 20:12", "Europe/Dublin"), contact="Sean", diff="hard",
        notes="friend forwards a posting; 'apply'/'interview' in the forwarded ad",
        body="""Saw this and thought of you straight away - the plant is 20 mins from my place in Limerick, you could stay with us while you sort somewhere. Apply!

Sean

---------- Forwarded message ---------
From: Shannonside Jobs <jobs@shannonsidejobs.ie>
Date: {D:2026-02-02}
Subject: Reliability Engineer - Shannon Cement Works

Reliability Engineer, Castlemungret. Permanent, €65–75k. Experience of kiln drives and gearbox condition monitoring essential. Shortlisted candidates will be invited to interview on site.
""")

    add("other", frm="Maintec North Events <events@maintecnorth.co.uk>",
        subj="Free webinar: how to ace a technical interview for maintenance roles",
        dt=when("2025-03-05 12:00"), kind="html", headers=UNSUB, diff="hard",
        notes="webinar about interviews",
        body="""Join us online on {D:2025-03-19} at 12:30 for a free 45-minute webinar.

Three hiring managers from food, pharma and utilities share what they look for in a maintenance engineer's technical interview, from fault-finding tasks to root cause analysis questions.

Register now — places are limited.
""")

    add("other", frm="Institution of Plant Engineers <membership@iplante.org.uk>",
        subj="Receipt for your 2026 membership subscription",
        dt=when("2026-01-02 09:30"), headers=AUTO_GEN, notes="membership receipt",
        body="""Dear Callum,

Thank you for renewing your membership.

Membership grade: Member (MIPlantE)
Amount paid: £142.00
Payment date: {DS:2026-01-02}

Your membership certificate is available in your online account.

Institution of Plant Engineers
""")

    add("other", frm="NorthLink Rail <tickets@northlinkrail.co.uk>",
        subj="Important: your journey on {DS:2026-01-19} has been cancelled",
        dt=when("2026-01-18 18:05"), diff="hard", headers=AUTO_GEN,
        notes="train cancellation from a company he applied to",
        body="""Dear Callum,

We regret to inform you that the 07:42 Manchester Piccadilly to Preston service on {D:2026-01-19} has been cancelled due to a shortage of available trains.

You are entitled to a full refund or to travel on an alternative service. We apologise for the disruption.

NorthLink Rail Customer Relations
""")

    add("other", frm="Manchester City Council <parking.permits@manchester-council-services.uk>",
        subj="We have received your application – Resident Parking Permit",
        dt=when("2025-07-15 10:45"), diff="hard", headers=AUTO_GEN,
        notes="council permit application acknowledgement",
        body="""Dear Callum Ní Bhriain-Osei,

Thank you. We have received your application for a resident parking permit (Zone DB).

Your application reference is RPP-2025-118734. Applications are normally processed within 10 working days, and we will write to you if we need any further evidence.

Parking Services
""")

    add("other", frm="Burnage Dental Care <appointments@burnagedental.co.uk>",
        subj="Appointment confirmation – {D:2026-06-11} at 08:40",
        dt=when("2026-06-04 13:00"), diff="hard", headers=AUTO_GEN,
        notes="dentist confirmation with concrete time",
        body="""Hi Callum,

This is to confirm your appointment with Dr Fenwick on {DY:2026-06-11} at 08:40.

Please arrive 5 minutes early. If you need to reschedule, please give us at least 24 hours' notice.

Burnage Dental Care
""")

    add("other", frm="Fixwise CMMS <hello@fixwise.app>",
        subj="Your Fixwise trial ends in 3 days",
        dt=when("2025-04-14 09:00"), kind="alt", headers=UNSUB, notes="SaaS trial marketing",
        body="""Hi Callum,

Your 14-day Fixwise trial ends on {D:2025-04-17}. Upgrade now to keep your 23 assets, 8 PM schedules and work-order history.

Questions? Just reply to this email.

The Fixwise team
""")

    add("other", frm="JobBoard Digest <digest@cvboard-mail.co.uk>",
        subj="Your CV was viewed 12 times this week",
        dt=when("2025-10-06 08:00"), headers=UNSUB, notes="job board stats",
        body="""Hi Callum,

Good news - your CV was viewed 12 times by recruiters this week, and you appeared in 41 searches.

Top searched skills: PPM, CMMS, hydraulics, pneumatics, 17th/18th Edition.

Keep your CV up to date to stay visible.
""")

    add("other", frm="Northern Polytechnic Alumni <alumni@alumni-news.example.ac.uk>",
        subj="Alumni news: November 2025",
        dt=when("2025-11-05 12:00"), kind="html", headers=UNSUB, notes="alumni newsletter",
        body="""Hello Callum,

In this issue: the new Engineering Building wins a RIBA award, our student formula team's best-ever finish, and the alumni careers mentoring scheme is looking for volunteers from manufacturing and utilities.

Read more online.
""")

    add("other", frm="Great Northern 10K <entries@greatnorthern10k.co.uk>",
        subj="Ballot result: Great Northern 10K 2026",
        dt=when("2026-02-20 10:00"), headers=UNSUB, diff="hard",
        notes="race ballot unsuccessful",
        body="""Hi Callum,

Thank you for entering the ballot for the Great Northern 10K. We're sorry to tell you that on this occasion you have not been successful in securing a place.

The race was over four times oversubscribed. You can still run for a charity partner.

Great Northern 10K Team
""")

    add("other", frm="Glasspane Reviews <community@glasspane-mail.com>",
        subj="How was your interview at Harrowgate Precision?",
        dt=when("2025-02-02 11:00"), kind="html", headers=UNSUB, diff="hard",
        notes="review-site prompt naming an employer and interview",
        body="""Hi Callum,

Help other job seekers by sharing your interview experience at Harrowgate Precision Engineering. It only takes 2 minutes, and it's anonymous.

What was the interview process like? How difficult was it? Did you get an offer?

Share your experience
""")

    add("other", frm="Peak Mountain Rescue Team <recruitment@peakmrt.org.uk>",
        subj="Your application to join the team",
        dt=when("2026-04-27 20:30"), contact="Bryony", diff="hard",
        notes="volunteer application not offered a place",
        body="""Hi Callum,

Thanks for coming along to the selection evening and for your application to become a probationary team member.

We had a very strong intake this year and, I'm afraid, we're unable to offer you a place this time round. Your rope-access background really stood out though, and we'd encourage you to reapply next spring.

Best wishes,
Bryony Holt
Training Officer, Peak Mountain Rescue Team
""")

    add("other", frm="ToolDepot Orders <orders@tooldepot-mail.co.uk>",
        subj="Your order TS-88231904 has been dispatched",
        dt=when("2026-08-19 16:02"), headers=AUTO_GEN, notes="order dispatch",
        body="""Hi Callum,

Good news, your order is on its way.

1 x Digital Vernier Caliper 150mm
1 x Torque Wrench 1/2" 40-200Nm

Estimated delivery: {D:2026-08-21}.
""")

    add("other", frm="Gearbox Talent <insights@gearboxtalent.co.uk>",
        subj="The 2026 Engineering & Manufacturing Salary Guide is here",
        dt=when("2026-01-21 08:30"), kind="alt", headers=UNSUB, diff="hard",
        notes="agency marketing from a recruiter he deals with",
        body="""Hi Callum,

Our 2026 Salary Guide is out. Highlights for the North West:

- Maintenance Engineer (multi-skilled): £40k–£52k, up 6%
- Reliability Engineer: £48k–£62k
- Engineering Manager: £65k–£85k

63% of employers told us they plan to increase engineering headcount this year. Download the full guide.

Gearbox Talent
""")


def main() -> None:
    rejections()
    on_hold()
    interviews()
    offers()
    acks()
    autos()
    others()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    pol = policy.default.clone(linesep="\r\n")
    for i, m in enumerate(MSGS, 1):
        (OUT / f"{i:03d}.eml").write_bytes(m.as_bytes(policy=pol))
    cols = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
            "difficulty", "notes", "interview_at"]
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(ROWS)


if __name__ == "__main__":
    main()
