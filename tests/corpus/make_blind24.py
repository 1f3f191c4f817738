"""Generate the blind24 evaluation corpus (job seeker: Rosa Delgado).

Stdlib only.  Writes tests/corpus/blind24/NNN.eml and labels.csv.
Run:  python tests/corpus/make_blind24.py
"""

from __future__ import annotations

import csv
import hashlib
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind24"
ME = "Rosa Delgado <rosa.delgado.jobs@gmail.com>"
ME_ADDR = "rosa.delgado.jobs@gmail.com"

ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []


def tz(h: float) -> timezone:
    return timezone(timedelta(hours=h))


ET, EDT = tz(-5), tz(-4)
CT, CDT = tz(-6), tz(-5)
MT, MDT = tz(-7), tz(-6)
PT, PDT = tz(-8), tz(-7)
UTC0, BST = tz(0), tz(1)
CET, CEST = tz(1), tz(2)


def D(y: int, mo: int, d: int, h: int, mi: int, z: timezone) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=z)


def wd(dt: datetime) -> str:
    return dt.strftime("%A")


def md(dt: datetime) -> str:
    return f"{dt.strftime('%B')} {dt.day}"


def hm(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}:{dt.minute:02d} {ap}" if dt.minute else f"{h} {ap}"


def t(s: str) -> str:
    return textwrap.dedent(s).lstrip("\n")


def mid(n: int, dom: str) -> str:
    h = hashlib.sha1(f"blind24-{n}-{dom}".encode()).hexdigest()
    return f"<{h[:20]}.{h[20:28]}@{dom}>"


def add(
    label: str,
    company: str,
    contact: str,
    role: str,
    *,
    frm: str,
    subj: str,
    date: datetime,
    body: str | None = None,
    html: str | None = None,
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iat: datetime | None = None,
    to: str = ME,
    cte: str | None = None,
    hdrs: dict[str, str] | None = None,
    reply: bool = False,
    ics: str | None = None,
    ics_attach: bool = False,
    pdf: str | None = None,
    cc: str | None = None,
) -> None:
    n = len(MSGS) + 1
    m = EmailMessage(policy=policy.SMTP)
    dom = frm.rsplit("@", 1)[1].rstrip(">").strip()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(n, dom)
    if reply:
        parent = mid(n * 1000, "mail.gmail.com")
        m["In-Reply-To"] = parent
        m["References"] = f"{mid(n * 1001, dom)} {parent}"
    for k, v in (hdrs or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body, cte=cte) if cte else m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte) if cte else m.add_alternative(html, subtype="html")
    else:
        assert html is not None
        m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
    if ics:
        data = ics.replace("\n", "\r\n")
        if ics_attach:
            m.add_attachment(data.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
        else:
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(data, subtype="calendar", params={"method": "REQUEST"})
    if pdf:
        fake = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        m.add_attachment(fake, maintype="application", subtype="pdf", filename=pdf)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"b24_{n:03d}_{i}_{hashlib.md5(str(n).encode()).hexdigest()[:10]}")
    MSGS.append(m)
    ROWS.append({
        "file": f"{n:03d}.eml", "label": label, "company": company, "contact_first_name": contact,
        "role": role, "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
        "interview_at": iat.isoformat() if iat else "",
    })


def ical(start: datetime, end: datetime, summary: str, org: str, uid: str, loc: str = "") -> str:
    f = "%Y%m%dT%H%M%SZ"
    s = start.astimezone(UTC).strftime(f)
    e = end.astimezone(UTC).strftime(f)
    return t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Blind24//Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:{s}
        DTSTART:{s}
        DTEND:{e}
        SUMMARY:{summary}
        LOCATION:{loc}
        ORGANIZER:mailto:{org}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}
        END:VEVENT
        END:VCALENDAR
        """)


AUTO_GEN = {"Auto-Submitted": "auto-generated"}
AUTO_REP = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def bulk(unsub: str) -> dict[str, str]:
    return {"Precedence": "bulk", "List-Unsubscribe": f"<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


# ---------------------------------------------------------------- rejections (26)
add("rejection", "Larkspur Hotels & Resorts", "", "Guest Experience Manager",
    frm="Larkspur Hotels & Resorts <larkspur@myworkday.com>",
    subj="Update on your Larkspur application - Guest Experience Manager (R-20418)",
    date=D(2025, 2, 11, 16, 2, ET), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa,

        Thank you for the time you invested in applying for the Guest Experience Manager
        role (R-20418) with Larkspur Hotels & Resorts.

        We have now completed our review and have chosen to move forward with other
        applicants whose backgrounds more closely match the requirements of the position.
        Your profile will remain in our talent community, and you are welcome to apply
        for future openings at larkspurhotels.com/careers.

        Kind regards,
        Larkspur Talent Acquisition

        This message was sent from an unmonitored address. Please do not reply.
        """))

add("rejection", "Ember & Oak Restaurant Group", "Tessa", "Director of Operations Support",
    frm="Tessa Lindqvist <tessa.lindqvist@emberandoak.com>",
    subj="Re: Thank you - Director of Operations Support",
    date=D(2025, 3, 4, 18, 47, CT), reply=True, diff="hard",
    notes="short personal reply after final round; quoted thank-you mentions next steps",
    body=t("""
        Rosa -

        Really appreciated your energy on Friday. I'll be straight with you: we went with
        someone who has run multi-unit P&L before, and that tipped it. This one didn't
        work out, but I'd hate to lose touch. If you're open to it I'll pass your name to
        our friends at Saltgrass Hospitality, they're building out a CX team.

        Tessa

        On Mon, Mar 3, 2025 at 8:12 AM Rosa Delgado <rosa.delgado.jobs@gmail.com> wrote:
        > Hi Tessa,
        > Thank you again for the final-round conversation on Friday. I'm excited about
        > the next steps and happy to send references whenever helpful.
        > Best,
        > Rosa
        """))

add("rejection", "Skyhaven Airways", "", "Customer Experience Program Manager",
    frm="Skyhaven Careers <no-reply@skyhaven.taleo.net>",
    subj="Skyhaven Airways - Requisition 25-0917 Customer Experience Program Manager",
    date=D(2025, 4, 22, 7, 30, CT), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa Delgado,

        Thank you for your interest in a career with Skyhaven Airways.

        After careful consideration of your qualifications for Requisition 25-0917,
        Customer Experience Program Manager, we regret that you have not been selected to
        continue in the hiring process. Due to the volume of applications, we are unable
        to provide individual feedback.

        We encourage you to create job alerts on our career site.

        Skyhaven Airways Talent Acquisition
        """))

add("rejection", "Gatherwell", "Priya", "Senior Event Producer",
    frm="Priya Raman <priya@gatherwell.co>",
    subj="Senior Event Producer",
    date=D(2025, 5, 14, 11, 5, PDT), diff="hard",
    notes="no rejection keywords; 'team went a different direction'; mentions panel interview",
    body=t("""
        Hi Rosa,

        Wanted to close the loop personally after your panel last week. The team went a
        different direction for the Senior Event Producer seat, prioritizing someone with
        deeper festival production experience. Your run-of-show exercise was one of the
        cleanest we saw, genuinely.

        I'll keep an eye out for anything closer to your corporate-events strengths.

        Warmly,
        Priya Raman
        Head of Production | Gatherwell
        """))

add("rejection", "Whitmore University", "", "Events Coordinator, Office of the President",
    frm="Whitmore University Human Resources <hr-noreply@whitmore.edu>",
    subj="Your application for Events Coordinator, Office of the President (Job #4471)",
    date=D(2025, 6, 2, 9, 0, EDT),
    html=t("""
        <html><body style="font-family:Georgia,serif">
        <p>Dear Rosa,</p>
        <p>Thank you for applying for the position of <b>Events Coordinator, Office of the
        President</b> (Job #4471). The search committee has reviewed all applications and
        has identified finalists whose qualifications more closely align with the needs of
        the office. We will therefore not be progressing your application.</p>
        <p>We appreciate your interest in Whitmore University and wish you success.</p>
        <p>Office of Human Resources<br>Whitmore University</p>
        </body></html>
        """))

add("rejection", "Parcelwise", "", "Workplace Experience Manager",
    frm="Parcelwise Recruiting <no-reply@ashbyhq.com>",
    subj="Parcelwise | Workplace Experience Manager",
    date=D(2025, 6, 19, 13, 41, PDT), hdrs=AUTO_GEN, diff="hard",
    notes="company only in subject/body; ATS domain; mentions 'interview' as past step",
    body=t("""
        Hi Rosa,

        Thanks so much for interviewing with us for the Workplace Experience Manager role
        and for the thoughtful questions you brought to the team.

        We've decided not to move forward with your candidacy at this time. We know that's
        not the news you were hoping for. We'd love to stay connected, and may reach out if
        a role opens that fits your experience.

        All the best,
        The Parcelwise Team
        """))

add("rejection", "Brightline Events", "Marcus", "Corporate Events Manager",
    frm="Marcus Bell <mbell@brightline-ev.com>",
    subj="Corporate Events Manager - update",
    date=D(2025, 7, 8, 10, 22, CDT),
    body=t("""
        Hello Rosa,

        Thank you for your patience. After several rounds we have offered the Corporate
        Events Manager position to another candidate, who has accepted. It was a close
        call and I want you to know how much we enjoyed meeting you.

        Best regards,
        Marcus Bell
        VP, Client Services
        Brightline Events
        """),
    diff="hard", notes="says 'offered the position' to someone else")

add("rejection", "St. Brigid Medical Center", "", "Patient Experience Coordinator",
    frm="St. Brigid Careers <stbrigid@icims.com>",
    subj="Patient Experience Coordinator - Application Status",
    date=D(2025, 7, 29, 15, 10, EDT), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa,

        Thank you for your interest in the Patient Experience Coordinator position at
        St. Brigid Medical Center. The position has been filled. We will keep your
        application on file should another suitable opportunity arise.

        Sincerely,
        St. Brigid Medical Center Talent Acquisition
        """))

add("rejection", "Loomstack", "Jonah", "Office Operations Lead",
    frm="Jonah Feld <jonah@loomstack.io>",
    subj="Re: Office Operations Lead - following up",
    date=D(2025, 8, 12, 17, 55, PDT), reply=True, diff="hard",
    notes="very short; 'not the right match at this time'; quoted follow-up asks about interview",
    body=t("""
        Hi Rosa - sorry for the slow reply. Not the right match at this time, unfortunately,
        we need someone who's managed a hybrid office of 300+. Good luck out there.
        -J

        > On Aug 11, 2025, at 9:03 AM, Rosa Delgado <rosa.delgado.jobs@gmail.com> wrote:
        >
        > Hi Jonah, just checking in on the Office Operations Lead role after our
        > interview on the 1st. Happy to provide anything else you need.
        """))

add("rejection", "Coastline Outfitters", "", "Store Experience Manager",
    frm="Coastline Outfitters <careers@coastlineoutfitters.com>",
    subj="=?utf-8?q?Thanks_for_applying_to_Coastline_=E2=80=93_Store_Experience_Manager?=",
    date=D(2025, 9, 3, 8, 15, PDT), cte="quoted-printable",
    body=t("""
        Hi Rosa,

        We really appreciate you taking the time to apply for Store Experience Manager –
        San Diego Flagship. We've reviewed your application and unfortunately we won't be
        moving ahead with it. Competition was fierce this season.

        Don't be a stranger – new roles post every week at coastlineoutfitters.com/jobs.

        Coastline Outfitters People Team
        """),
    html=t("""
        <html><body><p>Hi Rosa,</p>
        <p>We really appreciate you taking the time to apply for <b>Store Experience Manager –
        San Diego Flagship</b>. We've reviewed your application and unfortunately we won't be
        moving ahead with it. Competition was fierce this season.</p>
        <p>Don't be a stranger – new roles post every week at coastlineoutfitters.com/jobs.</p>
        <p>Coastline Outfitters People Team</p></body></html>
        """))

add("rejection", "Keystone Staffing Group", "Devika", "Executive Assistant / Office Manager",
    frm="Devika Shah <dshah@keystonestaffing.com>",
    subj="RE: EA/Office Manager opportunity with my client",
    date=D(2025, 9, 24, 12, 31, ET), reply=True, diff="hard",
    notes="agency recruiter relays client's no; signs 'Dev'; client unnamed",
    body=t("""
        Hi Rosa,

        Heard back from the client this morning. They've decided to pursue candidates
        with more C-suite calendar experience, so they're passing on your profile for the
        EA/Office Manager seat. Honestly their loss. I have two other searches opening next
        month that I think suit you better, I'll reach out when the reqs are live.

        Thanks,
        Dev

        Devika Shah | Senior Recruiter
        Keystone Staffing Group
        """))

add("rejection", "Hôtels Belcourt", "Camille", "Responsable Expérience Client",
    frm="Camille Rousseau <c.rousseau@belcourt-hotels.fr>",
    subj="Votre candidature - Responsable Expérience Client",
    date=D(2025, 10, 6, 14, 20, CEST), lang="fr", cte="quoted-printable",
    body=t("""
        Bonjour Rosa,

        Nous vous remercions de l'intérêt que vous portez aux Hôtels Belcourt et du temps
        consacré à nos échanges.

        Après examen attentif, nous sommes au regret de vous informer que nous ne
        donnerons pas suite à votre candidature pour le poste de Responsable Expérience
        Client. Nous conservons néanmoins votre profil pour de futures opportunités.

        Bien cordialement,
        Camille Rousseau
        Chargée de recrutement – Hôtels Belcourt
        """))

add("rejection", "Calder State University", "", "Conference Services Manager",
    frm="CalderJobs <calderstate@peopleadmin.com>",
    subj="Position #S01193 Conference Services Manager",
    date=D(2025, 10, 21, 10, 45, MDT), diff="hard",
    notes="'no longer under consideration' wording; ATS domain",
    body=t("""
        Dear Rosa Delgado,

        This message is to inform you that your application for Position #S01193,
        Conference Services Manager, is no longer under consideration. The hiring
        department has selected applicants for interview whose experience most closely
        meets the needs of the unit.

        Thank you for your interest in employment at Calder State University.

        Human Resources
        Calder State University
        """))

add("rejection", "Tidewater Table", "", "Guest Relations Manager",
    frm="Tidewater Table Co. <noreply@harri.com>",
    subj="Update from Tidewater Table Co.",
    date=D(2025, 11, 4, 19, 3, ET), hdrs=AUTO_GEN,
    html=t("""
        <html><body><table width="600"><tr><td>
        <h2>Hi Rosa,</h2>
        <p>Thanks for applying to <b>Guest Relations Manager</b> at Tidewater Table Co.</p>
        <p>The hiring manager has reviewed your application and decided not to move forward
        at this time. We encourage you to keep exploring roles on Harri.</p>
        <p style="color:#888;font-size:11px">Powered by Harri</p>
        </td></tr></table></body></html>
        """))

add("rejection", "Nimbly", "Grace", "Customer Experience Operations Manager",
    frm="Grace Oyelaran <grace.o@nimbly.com>",
    subj="Nimbly - final round follow-up",
    date=D(2025, 12, 9, 15, 30, PT), diff="hard",
    notes="rejection after final round with referral offer and 'keep in touch'",
    body=t("""
        Hi Rosa,

        Thank you for spending most of Thursday with us. Everyone on the loop commented on
        how you handled the escalation role-play.

        I'm sorry to say we're not extending an offer for the CX Operations Manager role.
        The deciding factor was hands-on experience with Zendesk workforce management,
        which the team needs on day one. That's a skills gap, not a ceiling.

        If it's helpful, I'm happy to introduce you to two people on our Support Ops side
        for a coffee chat, and I'd genuinely like to keep in touch.

        Best,
        Grace Oyelaran
        Recruiting Lead, Nimbly
        """))

add("rejection", "City of Marlowe Springs", "", "Special Events Coordinator",
    frm="City of Marlowe Springs <noreply@governmentjobs.com>",
    subj="City of Marlowe Springs: Special Events Coordinator - Application Status",
    date=D(2026, 1, 13, 8, 2, PT), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa Delgado,

        Thank you for your application for Special Events Coordinator (Recruitment
        #2025-118). The applications were evaluated against the minimum qualifications and
        the supplemental questionnaire. Your application was not among those referred to
        the hiring department for further consideration.

        You may view the status of all your applications by logging in to your account.

        City of Marlowe Springs Human Resources
        """))

add("rejection", "Grupo Solera Hoteles", "Lucía", "Gerente de Experiencia del Huésped",
    frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@gruposolera.es>",
    subj="=?utf-8?q?Proceso_de_selecci=C3=B3n_=E2=80=93_Gerente_de_Experiencia_del_Hu=C3=A9sped?=",
    date=D(2026, 1, 27, 12, 10, CET), lang="es", cte="base64",
    body=t("""
        Hola Rosa:

        Muchas gracias por participar en el proceso de selección para el puesto de
        Gerente de Experiencia del Huésped en Grupo Solera Hoteles.

        Lamentamos comunicarte que, tras valorar todas las candidaturas, hemos decidido
        continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.
        Guardaremos tu CV para próximas vacantes.

        Un saludo cordial,
        Lucía Ferrer
        Talento y Cultura – Grupo Solera Hoteles
        """))

add("rejection", "Harborview Health", "", "Guest Services Supervisor",
    frm="Harborview Health <harborviewhealth@myworkday.com>",
    subj="Regarding your recent interview",
    date=D(2026, 2, 17, 11, 0, PT), hdrs=AUTO_GEN, diff="hard",
    notes="subject says 'interview'; post-interview template rejection",
    body=t("""
        Dear Rosa,

        Thank you for interviewing for Guest Services Supervisor (JR-88213) at Harborview
        Health. We appreciated the opportunity to learn more about you.

        At this time we have decided to proceed with another candidate. We hope you will
        consider other opportunities with us in the future.

        Regards,
        Harborview Health Talent Acquisition
        """))

add("rejection", "Pico Verde Cantinas", "Andre", "Regional Training & Guest Experience Manager",
    frm="Andre Moreau <andre@picoverde.com>",
    subj="quick note",
    date=D(2026, 3, 2, 21, 14, CT), diff="hard",
    notes="casual, vague subject; internal promotion; no rejection keywords",
    body=t("""
        Hey Rosa,

        Didn't want you hearing this from the portal. We ended up promoting one of our GMs
        into the regional training role, so we won't be bringing anyone in from outside.
        You were my top outside pick, for what it's worth.

        Andre
        Sent from my iPhone
        """))

add("rejection", "Konferenzhaus Althoff", "Jana", "Veranstaltungsmanagerin",
    frm="Jana Becker <jana.becker@althoff-events.de>",
    subj="Ihre Bewerbung als Veranstaltungsmanager (m/w/d)",
    date=D(2026, 3, 18, 9, 40, CET), lang="de", cte="quoted-printable",
    body=t("""
        Sehr geehrte Frau Delgado,

        vielen Dank für Ihre Bewerbung und das Interesse am Konferenzhaus Althoff.

        Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin
        entschieden haben, deren Profil besser zu den aktuellen Anforderungen passt.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Jana Becker
        Personalabteilung
        Konferenzhaus Althoff GmbH
        """), notes="German", )

add("rejection", "Thistle Home", "", "Visual Merchandising & Events Manager",
    frm="Thistle Home Talent <talent@thistlehome.com>",
    subj="Your application with Thistle Home",
    date=D(2026, 4, 7, 10, 5, EDT), diff="hard",
    notes="'great fit for the company but not this role'; invites to apply again",
    body=t("""
        Hi Rosa,

        Thank you for applying for Visual Merchandising & Events Manager. Our team loved
        your hospitality background and think you'd bring a lot to Thistle Home, just not
        in this particular role, which leans heavily on planogram work. We'd love to see
        your name come through again for store leadership or events roles.

        Take care,
        Thistle Home Talent Team
        """))

add("rejection", "Alta Pacific Air", "Kenji", "Airport Customer Service Manager",
    frm="Kenji Watanabe <kenji.watanabe@altapacificair.com>",
    subj="RE: Airport Customer Service Manager - SEA",
    date=D(2026, 4, 28, 14, 12, PDT), reply=True, diff="hard",
    notes="Outlook reply; quoted message is the earlier interview invite",
    body=t("""
        Rosa,

        Following our onsite at SEA, we've completed the process and I'm afraid we will not
        be moving forward with your candidacy. We selected an internal candidate with
        station operations experience. Thanks for flying up to meet us.

        Regards,
        Kenji Watanabe
        Station Manager, Seattle | Alta Pacific Air

        From: Kenji Watanabe
        Sent: Tuesday, April 14, 2026 10:01 AM
        To: Rosa Delgado <rosa.delgado.jobs@gmail.com>
        Subject: Airport Customer Service Manager - SEA

        Hi Rosa, we'd like to invite you to an onsite interview at SEA on April 22 at
        9:00 am. Please confirm your availability.
        """))

add("rejection", "Kindred Arts Foundation", "Maya", "Donor Events Manager",
    frm="Maya Chen <mchen@kindredarts.org>",
    subj="Donor Events Manager search",
    date=D(2026, 5, 19, 16, 48, ET),
    body=t("""
        Dear Rosa,

        Thank you for your interest in the Donor Events Manager position. We received over
        200 applications, and after much deliberation we have selected a candidate whose
        background in major-gift stewardship fit our needs most closely.

        With gratitude,
        Maya Chen
        Director of Development
        Kindred Arts Foundation
        """))

add("rejection", "Vantage Stays", "", "Operations Manager, Guest Services",
    frm="Vantage Stays <notifications@lever.co>",
    subj="Vantage Stays - Operations Manager, Guest Services",
    date=D(2026, 6, 23, 10, 30, MDT), diff="hard",
    notes="Lever; 'decided to pursue other applicants'; says 'resume is impressive'",
    body=t("""
        Hi Rosa,

        Thank you for your interest in Vantage Stays! Your resume is impressive, and we
        appreciate the time you took to apply for Operations Manager, Guest Services.

        We've decided to pursue other applicants whose experience more closely matches
        what we're looking for right now. We'll keep your information in our system and
        reach out if a matching role comes up.

        Best of luck in your search,
        Vantage Stays Recruiting
        """))

add("rejection", "Maison Lacoste Traiteur", "Hélène", "Chef de projet événementiel",
    frm="=?utf-8?q?H=C3=A9l=C3=A8ne_Martin?= <hmartin@lacoste-traiteur.fr>",
    subj="Suite à notre entretien",
    date=D(2026, 7, 1, 17, 5, CEST), lang="fr", diff="hard",
    notes="French; subject mentions 'entretien' (interview); rejection after interview",
    body=t("""
        Bonjour Rosa,

        Merci encore pour notre entretien de mardi dernier. Votre parcours dans
        l'hôtellerie nous a beaucoup plu.

        Malheureusement, nous avons retenu un autre profil pour le poste de Chef de projet
        événementiel, plus expérimenté dans le secteur du traiteur. Je reste à votre
        disposition pour en discuter et n'hésiterai pas à revenir vers vous si une autre
        opportunité se présente.

        Bien à vous,
        Hélène Martin
        Directrice des opérations
        Maison Lacoste Traiteur
        """))

add("rejection", "Oakhurst Health", "", "Volunteer & Guest Services Manager",
    frm="Oakhurst Health Careers <oakhurst@paycomonline.net>",
    subj="Application Status: Volunteer & Guest Services Manager",
    date=D(2026, 8, 11, 6, 45, CDT), hdrs=AUTO_GEN,
    body=t("""
        Rosa,

        Thank you for your interest in the Volunteer & Guest Services Manager position with
        Oakhurst Health. After review, we have determined that other candidates more
        closely meet the requirements for this position. We wish you the best in your job
        search.

        Oakhurst Health Human Resources
        """))

# ---------------------------------------------------------------- on hold (10)
add("on_hold", "Marisol Bay Resorts", "Daniel", "Director of Guest Experience",
    frm="Daniel Ortiz <dortiz@marisolbay.com>",
    subj="Director of Guest Experience - pausing the search",
    date=D(2025, 3, 20, 13, 5, ET),
    body=t("""
        Hi Rosa,

        I wanted to let you know personally that we are pausing this search. Ownership is
        reviewing the 2025 capital plan for the property and the Director of Guest
        Experience role is on hold until that's settled, likely not before Q3. This has
        nothing to do with your candidacy; you were in our final three.

        I'll reach out if and when we reopen.

        Best,
        Daniel Ortiz
        Area General Manager, Marisol Bay Resorts
        """))

add("on_hold", "Loomstack", "", "Events & Community Manager",
    frm="Loomstack Recruiting <no-reply@greenhouse.io>",
    subj="Update on the Events & Community Manager position at Loomstack",
    date=D(2025, 4, 15, 12, 0, PDT), hdrs=AUTO_GEN, diff="hard",
    notes="requisition closed; template reads like a rejection",
    body=t("""
        Hi Rosa,

        Thank you for your interest in Loomstack. We're writing to let you know that the
        Events & Community Manager position has been closed and we are no longer hiring for
        this role. As a result, your application will not move forward.

        We appreciate the time you spent applying.

        Loomstack Recruiting
        """))

add("on_hold", "Skyhaven Airways", "Brianna", "Lounge Operations Manager",
    frm="Brianna Holt <brianna.holt@skyhaven.com>",
    subj="Lounge Operations Manager (DFW)",
    date=D(2025, 6, 10, 9, 33, CDT),
    body=t("""
        Hi Rosa,

        Quick update: Skyhaven has announced a company-wide hiring freeze effective
        immediately, which includes the Lounge Operations Manager requisition. I know we
        were about to schedule your panel. Once the freeze lifts I'll reach back out,
        you'd go straight to that step.

        Apologies for the disruption.
        Brianna Holt
        Talent Partner, Airport Operations
        """))

add("on_hold", "Brightline Events", "", "Client Experience Director",
    frm="Brightline Events Careers <brightline@applytojob.com>",
    subj="Client Experience Director - Position Update",
    date=D(2025, 8, 26, 14, 0, CDT), hdrs=AUTO_GEN,
    body=t("""
        Hello Rosa,

        We are reaching out to everyone who applied for Client Experience Director. Due to
        a reorganization of our client services division, this position has been
        cancelled. We are sorry for any inconvenience and thank you for your interest in
        Brightline Events.

        Brightline Events Talent Team
        """))

add("on_hold", "Riverlight Food Bank", "Owen", "Volunteer Operations Manager",
    frm="Owen Gallagher <ogallagher@riverlightfoodbank.org>",
    subj="Re: Volunteer Operations Manager",
    date=D(2025, 10, 30, 16, 20, EDT), reply=True, diff="hard",
    notes="grant funding delay; 'keep your resume on file' sounds like rejection",
    body=t("""
        Rosa,

        Thanks for your patience. A state grant we were counting on for this position has
        been delayed, so the board has asked us to hold off on filling the Volunteer
        Operations Manager role until funding is confirmed. We'll keep your resume on file
        and I will contact you directly if we can restart.

        Owen Gallagher
        Executive Director
        Riverlight Food Bank

        > On Oct 28, 2025, Rosa Delgado wrote:
        > Hi Owen, any news on the second interview?
        """))

add("on_hold", "Whitmore University", "", "Residential Life Operations Manager",
    frm="Whitmore University Human Resources <hr-noreply@whitmore.edu>",
    subj="Job #4802 - Posting Cancelled",
    date=D(2025, 12, 3, 10, 15, ET), diff="hard",
    notes="posting cancelled, 'no further action'; formal tone",
    body=t("""
        Dear Applicant,

        The department has cancelled the recruitment for Job #4802, Residential Life
        Operations Manager. No selection will be made and no further action is required on
        your part. Should the position be re-posted, you will need to submit a new
        application.

        Office of Human Resources
        Whitmore University
        """))

add("on_hold", "Fairway Hospitality Partners", "Samantha", "Hotel Operations Manager",
    frm="Samantha Greer <sgreer@beaconsearch.com>",
    subj="Hotel Ops Manager - client update",
    date=D(2026, 2, 5, 11, 40, MT), diff="hard",
    notes="agency recruiter; client put role on hold; sender domain is agency",
    body=t("""
        Hi Rosa,

        Fairway Hospitality Partners just told me they're pausing the Hotel Operations
        Manager hire while they work through the sale of two properties. They were clear
        that you're still the candidate they want to talk to once things settle. No
        timeline yet, realistically 60-90 days.

        I'll keep you posted.
        Sam

        Samantha Greer
        Principal, Beacon Search Partners
        """))

add("on_hold", "Hôtellerie du Parc", "Claire", "Responsable des opérations",
    frm="Claire Dubois <claire.dubois@hotellerie-parc.fr>",
    subj="Poste de Responsable des opérations – mise en pause",
    date=D(2026, 4, 14, 10, 0, CEST), lang="fr",
    body=t("""
        Bonjour Rosa,

        Je reviens vers vous concernant le poste de Responsable des opérations. Suite à une
        réorganisation interne, la direction a décidé de suspendre ce recrutement jusqu'à
        nouvel ordre. Cette décision n'est en aucun cas liée à votre candidature, que
        nous avions beaucoup appréciée.

        Je ne manquerai pas de vous recontacter dès que le poste sera rouvert.

        Cordialement,
        Claire Dubois
        Ressources humaines, Hôtellerie du Parc
        """))

add("on_hold", "Nimbly", "", "Office Experience Manager",
    frm="Nimbly Talent <talent@nimbly.com>",
    subj="Office Experience Manager – role no longer open",
    date=D(2026, 7, 15, 13, 25, PDT), diff="hard",
    notes="role eliminated after office consolidation; no candidate judgement",
    html=t("""
        <html><body>
        <p>Hi Rosa,</p>
        <p>We're consolidating our Austin and Denver offices into a single hub, and as part
        of that change the <b>Office Experience Manager</b> role is no longer open. We've
        stopped reviewing candidates for it.</p>
        <p>This isn't a reflection of your background. If a similar role opens in the new
        hub, we'll let you know.</p>
        <p>— Nimbly Talent</p>
        </body></html>
        """))

add("on_hold", "City of Marlowe Springs", "Teresa", "Visitor Center Supervisor",
    frm="Teresa Nguyen <tnguyen@marlowesprings.gov>",
    subj="Visitor Center Supervisor recruitment",
    date=D(2026, 9, 9, 15, 0, PDT),
    body=t("""
        Good afternoon Ms. Delgado,

        Due to the City's budget reprioritization for FY2027, the Visitor Center Supervisor
        recruitment has been placed on hold. Interviews scheduled for later this month are
        postponed indefinitely. We will notify all candidates if the recruitment resumes.

        Respectfully,
        Teresa Nguyen
        Human Resources Analyst
        City of Marlowe Springs
        """))

# ---------------------------------------------------------------- interviews (22)
_d = D(2025, 2, 24, 10, 12, ET)
_i = D(2025, 2, 27, 14, 0, ET)
add("interview", "Ember & Oak Restaurant Group", "Tessa", "Director of Operations Support",
    frm="Tessa Lindqvist <tessa.lindqvist@emberandoak.com>",
    subj="Final round - Director of Operations Support",
    date=_d, iat=_i,
    body=t(f"""
        Hi Rosa,

        Great news: the partners would like to meet you for a final-round interview on
        {wd(_i)}, {md(_i)} at {hm(_i)} ET at our Chicago office (411 W Huron, 3rd floor). Plan on
        about two hours: 45 minutes with our COO, then a walk-through of our West Loop
        location with the GM.

        Let me know if that works.
        Tessa Lindqvist
        Talent Director, Ember & Oak Restaurant Group
        """))

add("interview", "Gatherwell", "Priya", "Senior Event Producer",
    frm="Priya Raman <priya@gatherwell.co>",
    subj="Gatherwell x Rosa - next step",
    date=D(2025, 4, 29, 9, 50, PDT), diff="hard",
    notes="scheduling link (Calendly); 'chat' not 'interview'",
    body=t("""
        Hi Rosa!

        Loved your application. Would you be up for a 30-minute chat with me and our
        creative director? Grab whatever time suits you here:
        https://calendly.com/gatherwell-priya/30min

        Cheers,
        Priya
        """))

_d = D(2025, 5, 20, 8, 5, CDT)
_i = D(2025, 5, 21, 10, 30, CDT)
add("interview", "Skyhaven Airways", "Brianna", "Lounge Operations Manager",
    frm="Brianna Holt <brianna.holt@skyhaven.com>",
    subj="Phone screen tomorrow",
    date=_d, iat=_i, diff="hard", notes="relative date 'tomorrow'; no word interview",
    body=t(f"""
        Hi Rosa,

        Thanks for sending your availability. Let's do the phone screen tomorrow at
        {hm(_i)} Central. I'll call you at the number on your resume; plan for about 25
        minutes.

        Brianna Holt
        Talent Partner, Airport Operations | Skyhaven Airways
        """))

_i = D(2025, 6, 12, 13, 0, PDT)
add("interview", "Parcelwise", "", "Workplace Experience Manager",
    frm="Parcelwise Recruiting <no-reply@ashbyhq.com>",
    subj="Interview confirmed: Parcelwise - Workplace Experience Manager",
    date=D(2025, 6, 5, 16, 20, PDT), iat=_i, hdrs=AUTO_GEN,
    ics=ical(_i, _i + timedelta(hours=1), "Parcelwise Interview - Rosa Delgado",
             "recruiting@parcelwise.com", "b24-parcelwise-001@ashbyhq.com", "Google Meet"),
    body=t(f"""
        Hi Rosa,

        Your interview for Workplace Experience Manager at Parcelwise is confirmed.

        When: {wd(_i)}, {md(_i)}, 2025, {hm(_i)} - 2:00 pm PDT
        Where: Google Meet (link in the calendar invitation)
        Interviewers: Lena Park (Head of Workplace), Ahmed Saleh (Facilities Lead)

        Need to reschedule? Use the link in your candidate portal.
        """))

add("interview", "Whitmore University", "Patricia", "Events Manager, Alumni Relations",
    frm="Patricia Kowalski <pkowalski@whitmore.edu>",
    subj="Interview availability - Events Manager, Alumni Relations",
    date=D(2025, 7, 14, 11, 2, EDT), diff="hard", notes="several slots offered; no single time",
    body=t("""
        Dear Rosa,

        The search committee would like to invite you to a 45-minute Zoom interview for
        the Events Manager, Alumni Relations position. Please let me know which of the
        following times works for you (all Eastern):

          - Tuesday, July 22, 10:00 am
          - Wednesday, July 23, 2:30 pm
          - Friday, July 25, 11:00 am

        Kind regards,
        Patricia Kowalski
        Assistant Director, Alumni Relations
        Whitmore University
        """))

_d = D(2025, 8, 1, 15, 45, PDT)
_i = D(2025, 8, 5, 11, 0, PDT)
add("interview", "Loomstack", "Jonah", "Office Operations Lead",
    frm="Jonah Feld <jonah@loomstack.io>",
    subj="Re: Office Operations Lead",
    date=_d, iat=_i, reply=True, diff="hard",
    notes="reschedule in a thread; weekday only; quoted text apologizes 'unfortunately'",
    body=t(f"""
        No problem at all. {wd(_i)} at 11 works, same Zoom link. See you then.

        Jonah

        On Fri, Aug 1, 2025 at 2:10 PM Rosa Delgado <rosa.delgado.jobs@gmail.com> wrote:
        > Hi Jonah, unfortunately something came up for Monday. Could we move our
        > conversation to {wd(_i)} morning instead? Sorry for the shuffle.
        """))

add("interview", "Nimbly", "", "Customer Experience Operations Manager",
    frm="Nimbly via GoodTime <scheduling@goodtime.io>",
    subj="Please select times for your Nimbly onsite",
    date=D(2025, 11, 18, 10, 0, PT), hdrs=AUTO_GEN, diff="hard",
    notes="GoodTime availability request; company in display name only",
    html=t("""
        <html><body>
        <p>Hi Rosa,</p>
        <p>Nimbly would like to schedule your virtual onsite for <b>Customer Experience
        Operations Manager</b>. The loop is four 45-minute sessions.</p>
        <p><a href="https://goodtime.io/availability/8f3a1c">Share your availability</a></p>
        <p>Please respond within 48 hours.</p>
        </body></html>
        """))

_i = D(2025, 9, 16, 15, 30, ET)
add("interview", "Keystone Staffing Group", "Devika", "Executive Assistant / Office Manager",
    frm="Devika Shah <dshah@keystonestaffing.com>",
    subj="You're confirmed with my client - Tues 3:30",
    date=D(2025, 9, 12, 17, 2, ET), iat=_i, diff="hard",
    notes="agency recruiter arranges client interview; client company not named",
    body=t(f"""
        Hi Rosa,

        Confirmed! The client's Chief of Staff will meet you {wd(_i)}, {md(_i)} at 3:30 pm
        Eastern by Teams. It's a 40-minute conversation, mostly about how you'd run the
        office move they have planned for Q1. Invite to follow from their side.

        Call me after so we can debrief.
        Dev
        Senior Recruiter | Keystone Staffing Group
        """))

_i = D(2025, 10, 2, 10, 0, CEST)
add("interview", "Hôtels Belcourt", "Camille", "Responsable Expérience Client",
    frm="Camille Rousseau <c.rousseau@belcourt-hotels.fr>",
    subj="Invitation à un entretien – Responsable Expérience Client",
    date=D(2025, 9, 25, 15, 30, CEST), iat=_i, lang="fr",
    body=t("""
        Bonjour Rosa,

        Suite à l'examen de votre candidature, nous avons le plaisir de vous proposer un
        entretien en visioconférence le jeudi 2 octobre à 10h00 (heure de Paris) avec
        notre Directrice des opérations.

        Merci de me confirmer votre disponibilité.

        Bien cordialement,
        Camille Rousseau
        Chargée de recrutement – Hôtels Belcourt
        """))

_i = D(2025, 10, 14, 9, 0, MDT)
add("interview", "Calder State University", "Rick", "Conference Services Manager",
    frm="Rick Alvarez <ralvarez@calderstate.edu>",
    subj="Calder State - Conference Services Manager interview",
    date=D(2025, 10, 7, 13, 15, MDT), iat=_i,
    ics_attach=True,
    ics=ical(_i, _i + timedelta(minutes=90), "Interview: Conference Services Manager",
             "ralvarez@calderstate.edu", "b24-calder-1@calderstate.edu", "Student Union 214"),
    body=t(f"""
        Dear Rosa,

        Please find attached a calendar invitation for your panel interview on
        {wd(_i)}, {md(_i)} at 9:00 a.m. Mountain in Student Union room 214. The panel includes
        representatives from Conference Services, Dining and Facilities. Parking passes
        are available at the front desk.

        Rick Alvarez
        Director, Conference & Event Services
        """))

add("interview", "Pico Verde Cantinas", "", "Regional Training & Guest Experience Manager",
    frm="Olivia from Pico Verde <olivia@paradox.ai>",
    subj="Let's get your interview on the calendar!",
    date=D(2026, 2, 10, 12, 3, CT), hdrs=AUTO_GEN, diff="hard",
    notes="Paradox bot; sender domain is the ATS; picker with no time",
    body=t("""
        Hi Rosa! I'm Olivia, the virtual assistant for Pico Verde Cantinas.

        Good news, the hiring team wants to interview you for Regional Training & Guest
        Experience Manager. Tap below to pick a time that works for you:

        https://pv.paradox.ai/schedule/Q7X2

        Reply STOP to opt out of texts.
        """))

_i = D(2026, 3, 10, 14, 0, CET)
add("interview", "Konferenzhaus Althoff", "Jana", "Veranstaltungsmanagerin",
    frm="Jana Becker <jana.becker@althoff-events.de>",
    subj="Einladung zum Vorstellungsgespräch",
    date=D(2026, 3, 3, 10, 20, CET), iat=_i, lang="de",
    body=t("""
        Sehr geehrte Frau Delgado,

        vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Vorstellungsgespräch
        per Microsoft Teams einladen, und zwar am Dienstag, den 10. März 2026, um 14:00 Uhr
        (MEZ). Bitte bestätigen Sie uns den Termin kurz per E-Mail.

        Mit freundlichen Grüßen
        Jana Becker
        Personalabteilung, Konferenzhaus Althoff GmbH
        """))

_i = D(2026, 3, 24, 9, 30, PDT)
add("interview", "Alta Pacific Air", "Kenji", "Airport Customer Service Manager",
    frm="Kenji Watanabe <kenji.watanabe@altapacificair.com>",
    subj="Updated invitation: Airport CSM interview @ Tue Mar 24, 2026 9:30am - 10:30am (PDT)",
    date=D(2026, 3, 19, 16, 44, PDT), iat=_i, diff="hard", notes="updated calendar invite; moved time",
    ics=ical(_i, _i + timedelta(hours=1), "Airport CSM interview",
             "kenji.watanabe@altapacificair.com", "b24-apa-77@altapacificair.com", "Zoom"),
    body=t("""
        This event has been changed.

        Airport CSM interview
        When: Tuesday Mar 24, 2026 9:30am - 10:30am (Pacific Time - Los Angeles)
        (previously 1:00pm)
        Where: Zoom
        Organizer: kenji.watanabe@altapacificair.com

        Invitation from Google Calendar
        """))

add("interview", "Vantage Stays", "", "Operations Manager, Guest Services",
    frm="Vantage Stays <notifications@lever.co>",
    subj="Vantage Stays: complete your take-home before the team conversation",
    date=D(2026, 5, 28, 9, 0, MDT), diff="hard",
    notes="take-home exercise plus later interview; no fixed time",
    body=t("""
        Hi Rosa,

        Thanks for chatting with our recruiter! The next step for Operations Manager, Guest
        Services is a short take-home: a guest-complaint escalation plan (about 2 hours).
        Submit it within 5 days via the link below, then we'll set up a 60-minute
        interview with the hiring team to walk through it.

        https://jobs.lever.co/vantagestays/assignment/3ab1

        Vantage Stays Recruiting
        """))

_d = D(2026, 6, 15, 18, 30, ET)
_i = D(2026, 6, 17, 12, 0, ET)
add("interview", "Kindred Arts Foundation", "Maya", "Gala & Special Events Lead",
    frm="Maya Chen <mchen@kindredarts.org>",
    subj="coffee?",
    date=_d, iat=_i, diff="hard", notes="informal coffee meeting with a definite time; no word interview",
    body=t(f"""
        Rosa, the Gala & Special Events Lead role just opened and I thought of you right
        away. Want to grab coffee {wd(_i)} at noon at Little Bird on 5th and talk it
        through? Totally informal, but I'd be the hiring manager.

        Maya
        """))

add("interview", "Grupo Solera Hoteles", "Lucía", "Coordinadora de Eventos Corporativos",
    frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@gruposolera.es>",
    subj="Entrevista – Coordinadora de Eventos Corporativos",
    date=D(2025, 11, 24, 9, 15, CET), lang="es",
    notes="Spanish; asks for availability",
    body=t("""
        Hola Rosa:

        Nos ha gustado mucho tu perfil y nos gustaría conocerte en una entrevista por
        videollamada para el puesto de Coordinadora de Eventos Corporativos. ¿Qué
        disponibilidad tienes la semana que viene? La entrevista dura unos 40 minutos.

        Un saludo,
        Lucía Ferrer
        Talento y Cultura – Grupo Solera Hoteles
        """))

_i = D(2026, 8, 4, 10, 0, CDT)
add("interview", "Oakhurst Health", "Monica", "Patient Access & Experience Manager",
    frm="Monica Reyes <mreyes@oakhursthealth.org>",
    subj="Onsite itinerary - Tuesday, August 4",
    date=D(2026, 7, 29, 14, 10, CDT), iat=_i, pdf="Oakhurst_Itinerary_Delgado.pdf",
    diff="hard", notes="itinerary PDF; no word interview; first session sets start",
    body=t("""
        Hi Rosa,

        Attached is your itinerary for Tuesday, August 4. Please check in at the main
        lobby of Oakhurst Medical Plaza by 9:45 am.

          10:00 - 10:45  Monica Reyes, Director, Patient Access
          10:45 - 11:30  Patient Experience team
          11:30 - 12:15  Lunch with two unit managers
          12:15 - 1:00   Tour of the Emergency Department registration area

        Monica Reyes
        Director, Patient Access | Oakhurst Health
        """))

_i = D(2026, 9, 22, 17, 0, BST)
add("interview", "Aurelian Travel Group", "Oliver", "Head of Customer Operations (Americas)",
    frm="Oliver Grant <oliver.grant@aureliantravel.co.uk>",
    subj="Head of Customer Ops - video call",
    date=D(2026, 9, 15, 10, 5, BST), iat=_i, diff="hard",
    notes="time stated as London time (BST); also gives ET equivalent",
    body=t("""
        Hi Rosa,

        Thank you for your application for Head of Customer Operations (Americas). I'd like
        to set up a video interview with you and our COO on Tuesday 22 September at 5pm
        London time (noon Eastern for you). Teams link to follow.

        Best wishes,
        Oliver Grant
        Talent Acquisition Partner
        Aurelian Travel Group
        """))

add("interview", "Thistle Home", "", "District Customer Experience Manager",
    frm="Thistle Home Talent <thistlehome@hirevue.com>",
    subj="Next step: your on-demand video interview with Thistle Home",
    date=D(2026, 10, 6, 8, 30, EDT), hdrs=AUTO_GEN, cte="base64",
    html=t("""
        <html><body>
        <p>Hello Rosa,</p>
        <p>Thistle Home invites you to complete an on-demand video interview for
        <b>District Customer Experience Manager</b>. You'll answer five questions on your
        own schedule; it takes about 20 minutes.</p>
        <p><a href="https://app.hirevue.com/i/7KQ2">Start your interview</a> (link expires in 7 days)</p>
        </body></html>
        """))

_d = D(2026, 10, 19, 9, 40, CDT)
_i = D(2026, 10, 22, 13, 0, CDT)
add("interview", "Tidewater Table", "Nate", "Guest Relations Manager",
    frm="Nate Simmons <nsimmons@tidewatertable.com>",
    subj="Re: Guest Relations Manager",
    date=_d, iat=_i, reply=True, diff="hard",
    notes="reply quotes earlier ATS rejection for another role; now invites to interview",
    body=t(f"""
        Hi Rosa,

        I saw your note. You were declined for the Nashville opening because it had been
        filled internally, but the Memphis Guest Relations Manager role is wide open and
        I'd like to meet. Does {wd(_i)} at 1 pm Central at the Beale St. location work? Ask for me
        at the host stand.

        Nate Simmons
        Director of Operations, Tidewater Table

        > From: Rosa Delgado
        > I received a message that I was not moving forward for Nashville, would the
        > Memphis role still be a possibility?
        """))

add("interview", "Meadowlark School of Hospitality", "Ines", "Industry Partnerships & Events Manager",
    frm="Ines Kovac <ikovac@meadowlark.edu>",
    subj="Industry Partnerships & Events Manager: next conversation",
    date=D(2026, 11, 3, 11, 11, ET), diff="hard",
    notes="second-round invite with ModernLoop link; word 'unfortunately' about timing",
    body=t("""
        Hi Rosa,

        Thank you for a great first conversation. We'd like to move you to the second
        round, a 60-minute panel with our Dean and two faculty members. Unfortunately the
        Dean travels most of November, so slots are limited; please pick one here:
        https://app.modernloop.io/candidate/schedule/mlk-42

        Best,
        Ines Kovac
        HR Business Partner, Meadowlark School of Hospitality
        """))

_i = D(2025, 1, 28, 11, 0, PT)
add("interview", "Coastline Outfitters", "Jess", "Store Experience Manager",
    frm="Jess Park <jpark@coastlineoutfitters.com>",
    subj="Interview for Store Experience Manager - 1/28 at 11am PT",
    date=D(2025, 1, 21, 10, 2, PT), iat=_i,
    body=t("""
        Hi Rosa,

        Thanks for confirming! You're all set for your interview on Tuesday, January 28
        at 11:00 am PT at our Fashion Valley store. Ask for me at the register. Dress is
        casual and we'll do a short floor walk.

        Jess Park
        District Manager, Coastline Outfitters
        """))

# ---------------------------------------------------------------- offers (6)
add("offer", "Marisol Bay Resorts", "Daniel", "Director of Guest Experience",
    frm="Daniel Ortiz <dortiz@marisolbay.com>",
    subj="Welcome back to the conversation - and an offer",
    date=D(2025, 9, 18, 12, 0, EDT), pdf="MarisolBay_Offer_RDelgado.pdf",
    body=t("""
        Hi Rosa,

        As promised, we reopened the Director of Guest Experience search and I'm thrilled
        to offer you the position. The attached letter outlines base salary, bonus target
        and relocation support. Please review and let me know by September 26.

        Warm regards,
        Daniel Ortiz
        Area General Manager, Marisol Bay Resorts
        """))

add("offer", "Nimbly", "Grace", "Support Operations Manager",
    frm="Grace Oyelaran <grace.o@nimbly.com>",
    subj="Following up on today's call",
    date=D(2026, 1, 22, 17, 35, PT), diff="hard",
    notes="written follow-up to verbal offer; never says 'offer'",
    body=t("""
        Hi Rosa,

        So happy I got to share the good news on the phone today! To recap what we
        discussed for Support Operations Manager: $112,000 base, 10% annual bonus, start
        date of February 17, remote-first with quarterly onsites. The formal paperwork
        will arrive from DocuSign tomorrow.

        Take the weekend to think it over and call me with any questions.

        Grace
        Recruiting Lead, Nimbly
        """))

add("offer", "Harborview Health", "", "Patient Experience Manager",
    frm="Harborview Health <harborviewhealth@myworkday.com>",
    subj="Action Required: Review your offer from Harborview Health",
    date=D(2026, 4, 2, 9, 15, PDT), hdrs=AUTO_GEN,
    html=t("""
        <html><body>
        <p>Hello Rosa,</p>
        <p>Congratulations! Harborview Health has extended you an offer for
        <b>Patient Experience Manager</b> (JR-90122). Sign in to your candidate home to review
        and accept the offer letter by April 9, 2026.</p>
        <p><a href="https://harborview.wd5.myworkdayjobs.com/candidate">Review offer</a></p>
        </body></html>
        """))

add("offer", "Eventos Marea", "Javier", "Directora de Operaciones de Eventos",
    frm="Javier Soto <javier.soto@eventosmarea.mx>",
    subj="=?utf-8?q?Propuesta_de_contrataci=C3=B3n?=",
    date=D(2026, 5, 6, 13, 0, CT), lang="es", pdf="Carta_Oferta_Rosa_Delgado.pdf",
    body=t("""
        Estimada Rosa:

        Es un placer para nosotros ofrecerte el puesto de Directora de Operaciones de
        Eventos en Eventos Marea. Adjuntamos la carta oferta con el salario, prestaciones
        y fecha de incorporación propuesta. Te agradeceríamos una respuesta antes del
        15 de mayo.

        ¡Esperamos contar contigo!
        Javier Soto
        Director General, Eventos Marea
        """))

add("offer", "Fairway Hospitality Partners", "Samantha", "Hotel Operations Manager",
    frm="Samantha Greer <sgreer@beaconsearch.com>",
    subj="!!! Fairway wants you",
    date=D(2026, 6, 30, 15, 12, MDT), diff="hard",
    notes="agency recruiter relays client's offer; excited casual tone",
    body=t("""
        Rosa!!

        Fairway just called: they want to make you an offer for Hotel Operations Manager
        at the Boulder property. Numbers are $98k base plus 15% bonus and they're flexible
        on start date. Written offer comes from their HR tomorrow. Call me when you can!

        Sam
        Beacon Search Partners
        """))

add("offer", "Kindred Arts Foundation", "Maya", "Gala & Special Events Lead",
    frm="Maya Chen <mchen@kindredarts.org>",
    subj="Offer of employment - Gala & Special Events Lead",
    date=D(2026, 7, 8, 10, 0, EDT), pdf="Kindred_Offer_Letter.pdf",
    body=t("""
        Dear Rosa,

        On behalf of the Kindred Arts Foundation, I am delighted to offer you the position
        of Gala & Special Events Lead. Your offer letter is attached; please sign and
        return it by July 15.

        With gratitude and excitement,
        Maya Chen
        Director of Development
        """))

# ---------------------------------------------------------------- application received (16)
add("application_received", "Larkspur Hotels & Resorts", "", "Guest Experience Manager",
    frm="Larkspur Hotels & Resorts <larkspur@myworkday.com>",
    subj="Thank you for applying - Guest Experience Manager",
    date=D(2025, 1, 30, 22, 14, ET), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa,

        Thank you for applying for Guest Experience Manager (R-20418). We have received
        your application and our recruiting team will review it. If your qualifications
        match our needs, we will contact you about next steps.

        Larkspur Talent Acquisition
        """))

add("application_received", "Skyhaven Airways", "", "Customer Experience Program Manager",
    frm="Skyhaven Careers <no-reply@skyhaven.taleo.net>",
    subj="Skyhaven Airways - Confirmation of Application Submission",
    date=D(2025, 4, 2, 11, 11, CDT), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa Delgado,

        This confirms that your application for Requisition 25-0917, Customer Experience
        Program Manager, has been successfully submitted. You may track its status in
        your candidate profile.

        Skyhaven Airways Talent Acquisition
        """))

add("application_received", "Parcelwise", "", "Workplace Experience Manager",
    frm="Parcelwise Recruiting <no-reply@ashbyhq.com>",
    subj="Thanks for applying to Parcelwise!",
    date=D(2025, 5, 22, 8, 40, PDT),
    body=t("""
        Hi Rosa,

        Thanks for applying to the Workplace Experience Manager role! Our team reads every
        application and we'll be in touch either way.

        Parcelwise Recruiting
        """))

add("application_received", "St. Brigid Medical Center", "", "Patient Experience Coordinator",
    frm="St. Brigid Careers <stbrigid@icims.com>",
    subj="We received your application",
    date=D(2025, 7, 7, 14, 55, EDT), hdrs=AUTO_GEN, diff="hard",
    notes="describes possible interview and 'not selected' outcomes",
    body=t("""
        Dear Rosa,

        Thank you for applying for Patient Experience Coordinator at St. Brigid Medical
        Center. What happens next: a recruiter reviews each application within 10 business
        days. Candidates selected for an interview will be contacted by phone. If you are
        not selected, you will receive an email once the position is filled.

        St. Brigid Medical Center Talent Acquisition
        """))

add("application_received", "Ember & Oak Restaurant Group", "", "Director of Operations Support",
    frm="Ember & Oak Careers <emberandoak@jazzhr.com>",
    subj="Application received",
    date=D(2025, 2, 3, 9, 20, CT), diff="hard", notes="two lines; company only in sender name",
    body=t("""
        Hi Rosa, thanks for your interest in Director of Operations Support. Your
        application is in and we'll reach out if it's a fit.
        """))

add("application_received", "Whitmore University", "", "Events Coordinator, Office of the President",
    frm="Whitmore University Human Resources <hr-noreply@whitmore.edu>",
    subj="Application Received - Job #4471",
    date=D(2025, 5, 11, 20, 3, EDT), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa Delgado,

        Thank you for your interest in Job #4471, Events Coordinator, Office of the
        President. Your application has been received and will be reviewed once the
        posting closes on May 30, 2025.

        Office of Human Resources
        """))

add("application_received", "Brightline Events", "", "Corporate Events Manager",
    frm="Brightline Events Careers <brightline@applytojob.com>",
    subj="Thank you for applying to Brightline Events",
    date=D(2025, 6, 4, 7, 55, CDT),
    body=t("""
        Hello Rosa,

        We have received your application for Corporate Events Manager. Unfortunately, due
        to the high volume of applicants, we are not able to respond to every submission
        individually; if your skills match, a member of our team will contact you.

        Brightline Events Talent Team
        """), diff="hard", notes="'Unfortunately' in an acknowledgement")

add("application_received", "Gatherwell", "", "Senior Event Producer",
    frm="Gatherwell <jobs@gatherwell.teamtailor-mail.com>",
    subj="We got it, Rosa 🎉",
    date=D(2025, 4, 24, 18, 0, PDT), diff="hard", notes="playful templated reply that reads personal; emoji subject",
    html=t("""
        <html><body>
        <p>Hey Rosa,</p>
        <p>Just a quick note to say your application for <b>Senior Event Producer</b> landed
        safely with us. Our production crew looks at every one, so give us a week or two.</p>
        <p>High fives,<br>The Gatherwell crew</p>
        </body></html>
        """))

add("application_received", "Alta Pacific Air", "", "Airport Customer Service Manager",
    frm="Alta Pacific Air Careers <altapacific@smartrecruiters.com>",
    subj="Your application to Alta Pacific Air",
    date=D(2026, 3, 1, 6, 30, PT), hdrs=AUTO_GEN,
    body=t("""
        Dear Rosa,

        Thank you for applying for Airport Customer Service Manager - SEA. We are
        reviewing your application and will get back to you shortly.

        Alta Pacific Air Recruiting
        """))

add("application_received", "Grupo Solera Hoteles", "", "Gerente de Experiencia del Huésped",
    frm="Grupo Solera Hoteles <noreply@gruposolera.personio.de>",
    subj="Hemos recibido tu candidatura",
    date=D(2026, 1, 8, 10, 2, CET), lang="es", hdrs=AUTO_GEN,
    body=t("""
        Hola Rosa:

        Gracias por tu interés en Grupo Solera Hoteles. Hemos recibido correctamente tu
        candidatura para el puesto de Gerente de Experiencia del Huésped. Nuestro equipo
        la revisará y se pondrá en contacto contigo si tu perfil encaja.

        Equipo de Talento
        """))

add("application_received", "Oakhurst Health", "", "Volunteer & Guest Services Manager",
    frm="Oakhurst Health Careers <oakhurst@paycomonline.net>",
    subj="Application Confirmation",
    date=D(2026, 7, 20, 23, 48, CDT), hdrs=AUTO_GEN,
    body=t("""
        Rosa,

        Your application for Volunteer & Guest Services Manager has been submitted to
        Oakhurst Health. Thank you for your interest.
        """))

add("application_received", "Vantage Stays", "", "Operations Manager, Guest Services",
    frm="Vantage Stays <notifications@lever.co>",
    subj="Thank you for your application to Vantage Stays",
    date=D(2026, 5, 12, 12, 12, MDT),
    body=t("""
        Hi Rosa,

        Thank you for your interest in Vantage Stays! We wanted to let you know we
        received your application for Operations Manager, Guest Services, and we are
        delighted that you would consider joining our team.

        Our team will review your application and will be in touch if your
        qualifications match our needs for the role.

        Vantage Stays Recruiting
        """), diff="hard", notes="'delighted' wording like an offer")

add("application_received", "Northgate Convention Center", "", "Event Services Manager",
    frm="Northgate Careers <donotreply@adp.com>",
    subj="Northgate Convention Center: Application Received",
    date=D(2026, 6, 1, 15, 30, ET), hdrs=AUTO_GEN,
    body=t("""
        Thank you for applying for the Event Services Manager position at Northgate
        Convention Center Authority. This is an automated confirmation; no reply is
        necessary. Your application will be reviewed by the hiring manager.
        """))

add("application_received", "Thistle Home", "", "District Customer Experience Manager",
    frm="Thistle Home <thistlehome@bamboohr.com>",
    subj="Thanks for your application!",
    date=D(2026, 9, 28, 10, 0, EDT),
    body=t("""
        Hi Rosa,

        Thanks for applying for District Customer Experience Manager at Thistle Home.
        Sit tight, we'll review your application soon.

        Thistle Home Talent Team
        """))

add("application_received", "Aurelian Travel Group", "", "Head of Customer Operations (Americas)",
    frm="Aurelian Careers <aurelian@workablemail.com>",
    subj="Application for Head of Customer Operations (Americas)",
    date=D(2026, 9, 3, 8, 0, BST), hdrs=AUTO_GEN, diff="hard",
    notes="includes interview process overview; London sender",
    body=t("""
        Dear Rosa,

        Thank you for applying to Aurelian Travel Group. We've received your application
        for Head of Customer Operations (Americas).

        Our process usually involves a call with Talent Acquisition, an interview with
        the hiring manager and a final panel. We aim to respond to every candidate within
        three weeks.

        Kind regards,
        Aurelian Talent Team
        """))

add("application_received", "Meadowlark School of Hospitality", "", "Industry Partnerships & Events Manager",
    frm="Meadowlark Jobs <meadowlark@recruitee.com>",
    subj="Meadowlark School of Hospitality – application received",
    date=D(2026, 10, 15, 13, 30, EDT), cte="quoted-printable",
    body=t("""
        Dear Rosa,

        Thank you for your application for Industry Partnerships & Events Manager. We have
        received your documents and will review them carefully. You will hear from us
        about the next steps within two weeks.

        Kind regards,
        People & Culture – Meadowlark School of Hospitality
        """))

# ---------------------------------------------------------------- auto replies (14)
add("auto_reply", "Ember & Oak Restaurant Group", "Tessa", "",
    frm="Tessa Lindqvist <tessa.lindqvist@emberandoak.com>",
    subj="Automatic reply: Thank you - Director of Operations Support",
    date=D(2025, 3, 3, 8, 12, CT), hdrs=AUTO_REP, ret="2025-03-10", reply=True,
    body=t("""
        I'm out of the office visiting our Denver locations and will be back on 3/10.
        For urgent recruiting matters please contact talent@emberandoak.com.

        Tessa
        """))

_d = D(2025, 6, 6, 17, 1, CDT)
add("auto_reply", "Skyhaven Airways", "Brianna", "",
    frm="Brianna Holt <brianna.holt@skyhaven.com>",
    subj="Out of Office: Lounge Operations Manager (DFW)",
    date=_d, ret="2025-06-09", reply=True, diff="hard",
    notes="relative return ('back Monday'); no auto-reply headers",
    body=t("""
        Thanks for your email. I'm out today with limited access to email and will be back
        Monday. If you are a candidate with a scheduled interview, your interview is still
        on; no action needed.

        Brianna
        """))

add("auto_reply", "Keystone Staffing Group", "Devika", "",
    frm="Devika Shah <dshah@keystonestaffing.com>",
    subj="Automatic reply: EA/Office Manager opportunity with my client",
    date=D(2025, 9, 22, 9, 0, ET), hdrs={"Auto-Submitted": "auto-replied"}, ret="2025-09-24",
    reply=True,
    body=t("""
        Hello, I'm attending the SHRM regional conference through Tuesday, September 23 and
        will return to the office Wednesday, September 24. I'll respond as soon as I can.
        """), diff="hard", notes="'through' date vs return date; return stated explicitly")

add("auto_reply", "Konferenzhaus Althoff", "Jana", "",
    frm="Jana Becker <jana.becker@althoff-events.de>",
    subj="Abwesenheitsnotiz: Ihre Bewerbung als Veranstaltungsmanager (m/w/d)",
    date=D(2026, 3, 19, 8, 0, CET), hdrs=AUTO_REP, ret="2026-03-30", lang="de", reply=True,
    body=t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 27. März 2026 nicht im Büro und ab Montag, dem
        30. März, wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an
        personal@althoff-events.de.

        Mit freundlichen Grüßen
        Jana Becker
        """))

add("auto_reply", "Hôtels Belcourt", "Camille", "",
    frm="Camille Rousseau <c.rousseau@belcourt-hotels.fr>",
    subj="=?utf-8?q?R=C3=A9ponse_automatique=C2=A0:_Entretien_-_Responsable_Exp=C3=A9rience_Client?=",
    date=D(2025, 10, 3, 11, 20, CEST), hdrs=AUTO_REP, ret="2025-10-13", lang="fr", reply=True,
    diff="hard", notes="French; subject mentions 'Entretien'",
    body=t("""
        Bonjour,

        Je suis absente du bureau jusqu'au vendredi 10 octobre inclus. Je prendrai
        connaissance de votre message à mon retour le lundi 13 octobre.

        Cordialement,
        Camille Rousseau
        """))

add("auto_reply", "Loomstack", "Jonah", "",
    frm="Jonah Feld <jonah@loomstack.io>",
    subj="Re: Office Operations Lead - following up",
    date=D(2025, 10, 20, 10, 4, PDT), hdrs={"X-Autoreply": "yes"}, reply=True, diff="hard",
    notes="no longer with company; redirect to colleague; no return date",
    body=t("""
        Hi there, I'm no longer with Loomstack. For anything related to recruiting please
        reach out to Ana Ruiz at ana@loomstack.io. Thanks!
        """))

add("auto_reply", "Nimbly", "Grace", "",
    frm="Grace Oyelaran <grace.o@nimbly.com>",
    subj="Automatic reply: Thank you!",
    date=D(2026, 5, 11, 14, 30, PDT), hdrs=AUTO_REP, ret="", reply=True, diff="hard",
    notes="parental leave; no fixed return date; mentions offers and interviews",
    body=t("""
        Hi! I'm on parental leave and not checking email. If you're a candidate with an
        open offer or upcoming interview, please contact recruiting@nimbly.com and the team
        will take care of you.

        Grace
        """))

add("auto_reply", "Whitmore University", "", "",
    frm="Whitmore University Human Resources <hr-noreply@whitmore.edu>",
    subj="Undeliverable reply: Application Received - Job #4471",
    date=D(2025, 5, 12, 9, 1, EDT), hdrs={"Auto-Submitted": "auto-replied"}, reply=True, diff="hard",
    notes="unmonitored mailbox notice; no return date",
    body=t("""
        This mailbox is not monitored. Replies sent to this address are not read. To ask
        about your application, please log in to the Whitmore Careers portal or call
        Human Resources at (617) 555-0143.
        """))

add("auto_reply", "Marisol Bay Resorts", "Daniel", "",
    frm="Daniel Ortiz <dortiz@marisolbay.com>",
    subj="Out of office",
    date=D(2025, 9, 20, 7, 30, EDT), hdrs=AUTO_REP, ret="2025-10-01", reply=True,
    body=t("""
        I am on vacation until 2025-09-30 inclusive with no access to email. For anything
        urgent, contact my assistant Lorena Vega at lvega@marisolbay.com.
        """))

add("auto_reply", "Grupo Solera Hoteles", "Lucía", "",
    frm="=?utf-8?q?Luc=C3=ADa_Ferrer?= <lferrer@gruposolera.es>",
    subj="Respuesta automática: Entrevista – Coordinadora de Eventos Corporativos",
    date=D(2025, 11, 25, 18, 0, CET), hdrs=AUTO_REP, ret="2025-12-01", lang="es", reply=True,
    body=t("""
        Hola,

        Estoy fuera de la oficina hasta el 28 de noviembre. Volveré el lunes 1 de
        diciembre y responderé a tu mensaje lo antes posible.

        Lucía Ferrer
        """))

add("auto_reply", "Calder State University", "Rick", "",
    frm="Rick Alvarez <ralvarez@calderstate.edu>",
    subj="Auto: Calder State - Conference Services Manager interview",
    date=D(2025, 10, 8, 12, 0, MDT), ret="2025-10-13", reply=True, diff="hard",
    notes="subject contains 'interview'; no headers; return 'Monday 13 October'",
    body=t("""
        I'm away at the ACUHO-I conference and returning Monday 13 October. I will have
        intermittent access to email. Candidates: your interview details remain unchanged.

        Rick Alvarez
        Director, Conference & Event Services
        """))

add("auto_reply", "Kindred Arts Foundation", "Maya", "",
    frm="Maya Chen <mchen@kindredarts.org>",
    subj="Out of office until 7/27",
    date=D(2026, 7, 17, 9, 0, EDT), hdrs=AUTO_REP, ret="2026-07-27", reply=True,
    body=t("""
        Thank you for your message. I'm out of the office until 7/27 and will respond when
        I return. For gala sponsorships, please contact events@kindredarts.org.
        """))

add("auto_reply", "Aurelian Travel Group", "Oliver", "",
    frm="Oliver Grant <oliver.grant@aureliantravel.co.uk>",
    subj="Automatic reply: Head of Customer Ops - video call",
    date=D(2026, 9, 16, 8, 0, BST), hdrs=AUTO_REP, ret="2026-09-21", reply=True, diff="hard",
    notes="UK date format 21/09",
    body=t("""
        Thanks for your email. I'm on annual leave and back in the office on 21/09. If
        your message is about a scheduled interview, please contact talent@aureliantravel.co.uk.

        Oliver
        """))

add("auto_reply", "Oakhurst Health", "", "",
    frm="Oakhurst Health Careers <oakhurst@paycomonline.net>",
    subj="Re: Application Confirmation",
    date=D(2026, 7, 21, 7, 0, CDT), hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    reply=True,
    body=t("""
        This is an automated response. This email address does not accept incoming
        messages. Please do not reply.
        """))

# ---------------------------------------------------------------- other (26)
add("other", "", "", "", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subj="15 new jobs for 'Customer Experience Manager' in San Diego", date=D(2025, 2, 14, 6, 0, PT),
    hdrs=bulk("https://www.linkedin.com/unsub/ja"),
    body="Customer Experience Manager - Parcelwise - Remote\nGuest Services Manager - Larkspur Hotels\n"
         "Office Manager - Loomstack - San Diego, CA\n...and 12 more. Apply with your profile.\n")
add("other", "", "", "", frm="OpenSeat Reservations <reservations@openseat.com>",
    subj="Your reservation at Bistro Calla is confirmed", date=D(2025, 3, 8, 12, 30, PT),
    body="Hi Rosa, your table for 4 on Saturday, March 15 at 7:30 PM at Bistro Calla is confirmed. "
         "Need to cancel? Please do so 24 hours in advance.\n")
add("other", "", "", "", frm="Skyhaven Airways <flights@skyhaven.com>",
    subj="Your trip to Chicago: check in now", date=D(2025, 2, 25, 18, 0, CT),
    body="Check in for flight SH 1183 SAN-ORD departing Feb 26 at 6:05 AM. Boarding pass available in the app.\n",
    diff="hard", notes="airline (also an employer) transactional mail")
add("other", "", "", "", frm="Larkspur Rewards <rewards@larkspurhotels.com>",
    subj="Rosa, an exclusive offer: 20% off weekend stays", date=D(2025, 4, 3, 10, 0, ET),
    hdrs=bulk("https://larkspurhotels.com/unsub"), diff="hard",
    notes="loyalty marketing 'offer' from a hotel employer",
    html="<html><body><p>Members save 20% on weekend stays through May 31. This offer is exclusive to "
         "Larkspur Rewards Gold members.</p></body></html>")
add("other", "", "Greg", "", frm="Greg Patterson <greg@pattersonproperties.com>",
    subj="Lease renewal for Unit 4B", date=D(2025, 5, 1, 9, 14, PT),
    body="Hi Rosa,\n\nYour lease ends June 30. We're offering a 12-month renewal at $2,340/month. "
         "Let me know by May 20 if you'd like to renew.\n\nThanks,\nGreg\nPatterson Properties\n",
    diff="hard", notes="landlord 'offering' renewal")
add("other", "", "", "", frm="Jefferson Elementary <office@jeffersonelem.k12.ca.us>",
    subj="Field trip permission slip due Friday", date=D(2025, 4, 21, 15, 0, PT),
    body="Dear Families,\n\nThe 3rd grade field trip to the Natural History Museum is on May 2. Please return "
         "the signed permission slip by Friday.\n\nJefferson Elementary Office\n")
add("other", "", "", "", frm="Bright Smile Dental <appointments@brightsmiledental.com>",
    subj="Appointment reminder: Tue 6/17 at 8:00 AM", date=D(2025, 6, 14, 9, 0, PT),
    body="Hi Rosa, this is a reminder of your cleaning appointment with Dr. Haddad on Tuesday, June 17 at "
         "8:00 AM. Reply C to confirm.\n", diff="hard", notes="appointment confirmation with a definite time, not an interview")
add("other", "", "", "", frm="The Hospitality Pivot <hello@hospitalitypivot.substack.com>",
    subj="How I handled 40 rejections before landing a corporate CX role", date=D(2025, 7, 3, 7, 0, ET),
    hdrs=bulk("https://hospitalitypivot.substack.com/unsubscribe"), diff="hard",
    notes="newsletter about rejection and interviews",
    html="<html><body><h1>How I handled 40 rejections</h1><p>The first \"we've decided to move forward with "
         "other candidates\" stung. By the fortieth, I had a system. Here's how to prepare for the interview "
         "that finally says yes.</p></body></html>")
add("other", "", "", "", frm="Chase <no-reply@alertsp.chase.com>",
    subj="Your card was declined", date=D(2025, 8, 9, 20, 41, PT), diff="hard",
    notes="'declined' in a bank alert",
    body="We declined a $84.20 transaction at SUNSET MARKET on your card ending in 5521. If this was you, "
         "please try again. Unfortunately we could not verify the purchase.\n")
add("other", "", "Luisa", "", frm="=?utf-8?q?Luisa_G=C3=B3mez?= <luisa.gomez88@gmail.com>",
    subj="¡Tengo entrevista!", date=D(2025, 9, 2, 21, 30, PT), lang="es", diff="hard",
    notes="friend's personal mail about her own interview (Spanish)",
    body="Rosa!! Por fin me llamaron de la aerolínea, tengo entrevista el jueves a las 10. ¿Me ayudas a "
         "prepararla el miércoles? Te invito a cenar.\n\nBesos,\nLuisa\n")
add("other", "", "", "", frm="Hospitality Leaders Podcast <podcast@hospitalityleaders.fm>",
    subj="New episode: an interview with Brightline Events' CEO", date=D(2025, 10, 15, 6, 0, CT),
    hdrs=bulk("https://hospitalityleaders.fm/unsub"), diff="hard", notes="podcast 'interview' naming an employer",
    body="This week we sit down for an interview with the CEO of Brightline Events about the future of "
         "corporate events. Listen now.\n")
add("other", "", "Kyle", "", frm="Kyle Brennan <kyle@talentrush.io>",
    subj="Rosa - 3 Front Desk Manager roles, interviews this week!", date=D(2025, 11, 6, 8, 0, ET),
    diff="hard", notes="recruiter mass mailing offering interviews",
    body="Hi Rosa,\n\nI have 3 Front Desk Manager openings with immediate interviews this week. "
         "$55-62k. Reply YES for a quick call.\n\nKyle Brennan\nTalentRush\n\nTo opt out reply STOP\n")
add("other", "", "", "", frm="Indeed <alert@indeed.com>",
    subj="Office Manager jobs near San Diego, CA", date=D(2025, 12, 1, 5, 30, PT),
    hdrs=bulk("https://indeed.com/unsub"),
    html="<html><body><ul><li>Office Manager - Nimbly</li><li>Operations Coordinator - St. Brigid</li>"
         "<li>Events Manager - City of Marlowe Springs</li></ul><p>Easily apply</p></body></html>")
add("other", "", "", "", frm="Calder Credit Union <notices@caldercu.org>",
    subj="Your loan application", date=D(2026, 1, 5, 10, 0, MT), diff="hard",
    notes="auto loan application not approved",
    body="Dear Rosa Delgado,\n\nThank you for applying for an auto loan. After careful review we are unable "
         "to approve your application at this time. You may request a free copy of your credit report.\n")
add("other", "", "", "", frm="SkyRewards <skyrewards@skyhaven.com>",
    subj="You've reached Silver status ✈", date=D(2026, 1, 19, 11, 0, CT),
    hdrs=bulk("https://skyhaven.com/unsub"),
    body="Congratulations, Rosa! You've reached SkyRewards Silver. Enjoy priority boarding and a free checked bag.\n")
add("other", "", "", "", frm="LinkedIn <messages-noreply@linkedin.com>",
    subj="Maya Chen viewed your profile", date=D(2026, 2, 2, 13, 0, ET),
    hdrs=bulk("https://www.linkedin.com/unsub"),
    body="Maya Chen, Director of Development at Kindred Arts Foundation, viewed your profile. See who else viewed.\n")
add("other", "", "", "", frm="Eventbrite <noreply@eventbrite.com>",
    subj="Event cancelled: SD Hospitality Mixer", date=D(2026, 2, 20, 16, 0, PT), diff="hard",
    notes="'we regret to inform you' about a cancelled event",
    body="We regret to inform you that SD Hospitality Mixer on Feb 26 has been cancelled by the organizer. "
         "Your order will be refunded.\n")
add("other", "", "Marco", "", frm="Marco Delgado <marco.delgado@outlook.com>",
    subj="Fwd: Events Manager opening at my company", date=D(2026, 3, 12, 19, 2, PT), diff="hard",
    notes="family forwards a posting; mentions referral interview",
    body="Rosa, saw this and thought of you. I can refer you and maybe skip the phone interview.\n\nMarco\n\n"
         "---------- Forwarded message ---------\nSubject: Events Manager - Loomstack\n"
         "We're hiring an Events Manager to run our customer summits...\n")
add("other", "", "", "", frm="Jefferson Elementary <office@jeffersonelem.k12.ca.us>",
    subj="Spring conference sign-up", date=D(2026, 3, 30, 14, 0, PDT), diff="hard",
    notes="parent-teacher conference scheduling",
    body="Dear Families, parent-teacher conferences are April 13-17. Please pick a 20-minute slot using the "
         "link below.\n")
add("other", "", "", "", frm="Meadowlark School of Hospitality <admissions@meadowlark.edu>",
    subj="Your certificate application decision", date=D(2026, 4, 20, 10, 0, ET), diff="hard",
    notes="continuing-ed program admission 'offer' from an employer's domain",
    body="Dear Rosa,\n\nWe are pleased to offer you admission to the Revenue Management Certificate "
         "(Fall 2026 cohort). Please accept your place by May 15.\n\nOffice of Admissions\n")
add("other", "", "Tom", "", frm="Tom Becker <tom@marloweneighbors.org>",
    subj="Grant proposal not accepted :(", date=D(2026, 5, 25, 20, 0, PT), diff="hard",
    notes="volunteer group's grant not accepted",
    body="Hi all, the city's community events grant committee did not accept our block-party proposal this "
         "year. Let's regroup Thursday.\n\nTom\n")
add("other", "", "", "", frm="Pattern Properties Portal <noreply@appfolio.com>",
    subj="Rental application update", date=D(2026, 6, 10, 11, 0, PT), diff="hard",
    notes="rental application approved; reads like offer",
    body="Good news! Your rental application for 2210 Laurel St #3 has been approved. Please sign the lease "
         "and pay the deposit within 48 hours.\n")
add("other", "", "", "", frm="Glassdoor <noreply@glassdoor.com>",
    subj="Interview tips for Customer Experience Manager roles", date=D(2026, 8, 20, 7, 0, ET),
    hdrs=bulk("https://glassdoor.com/unsub"), diff="hard", notes="career newsletter with interview keywords",
    body="Top 10 interview questions for CX managers, and how to answer them. Plus: salaries at Nimbly.\n")
add("other", "", "", "", frm="Uber Eats <uber@uber.com>",
    subj="Your order from Pico Verde Cantina", date=D(2026, 9, 5, 19, 45, PDT),
    body="Thanks for ordering, Rosa. Total: $31.48. Rate your order.\n")
add("other", "", "", "", frm="Workday <noreply@myworkday.com>",
    subj="Verify your email for your candidate account", date=D(2026, 10, 1, 9, 0, ET), hdrs=AUTO_GEN,
    diff="hard", notes="ATS account verification, no application",
    body="Please verify your email address to finish creating your candidate account. Code: 482913\n")
add("other", "", "", "", frm="Bright Smile Dental <billing@brightsmiledental.com>",
    subj="Insurance claim denied", date=D(2026, 11, 2, 10, 0, PT), diff="hard",
    notes="'denied' insurance claim from dentist",
    body="Your insurer denied the claim for your 10/14 visit. Balance due: $120. Pay online.\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for row, m in zip(ROWS, MSGS, strict=True):
        (OUT / row["file"]).write_bytes(m.as_bytes(policy=policy.SMTP))
    cols = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
            "difficulty", "notes", "interview_at"]
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(ROWS)


if __name__ == "__main__":
    main()
