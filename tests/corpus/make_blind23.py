"""Generate the blind23 evaluation corpus (job seeker: Marta Kowalska, HR business partner).

Stdlib only. Writes tests/corpus/blind23/NNN.eml and tests/corpus/blind23/labels.csv.
Run: python tests/corpus/make_blind23.py
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind23"
ME = "Marta Kowalska <marta.kowalska.work@gmail.com>"
ME_ADDR = "marta.kowalska.work@gmail.com"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

COLUMNS = [
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

SPECS: list[dict] = []


def add(
    label: str,
    *,
    frm: str,
    subject: str,
    date: str,
    body: str = "",
    html: str | None = None,
    company: str = "",
    contact: str = "",
    role: str = "",
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iat: str = "",
    to: str = ME,
    fmt: str = "plain",
    cte: str | None = None,
    headers: dict | None = None,
    pdf: str | None = None,
    ics: str | None = None,
    reply: bool = False,
) -> None:
    SPECS.append(
        dict(
            label=label,
            frm=frm,
            subject=subject,
            date=date,
            body=body,
            html=html,
            company=company,
            contact=contact,
            role=role,
            ret=ret,
            lang=lang,
            diff=diff,
            notes=notes,
            iat=iat,
            to=to,
            fmt=fmt,
            cte=cte,
            headers=headers or {},
            pdf=pdf,
            ics=ics,
            reply=reply,
        )
    )


def d(stamp: str, off: str) -> str:
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return format_datetime(datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def mid(n: int, dom: str) -> str:
    h = hashlib.sha1(f"blind23-{n}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{dom}>"


def ics_event(summary: str, start: str, end: str, tzid: str, organizer: str) -> str:
    uid = hashlib.md5(summary.encode()).hexdigest()
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SUMMARY:{summary}",
            f"DTSTART;TZID={tzid}:{start}",
            f"DTEND;TZID={tzid}:{end}",
            f"ORGANIZER:mailto:{organizer}",
            f"ATTENDEE;RSVP=TRUE:mailto:{ME_ADDR}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def build(n: int, s: dict) -> bytes:
    msg = EmailMessage()
    dom = s["frm"].rsplit("@", 1)[-1].strip(">")
    msg["From"] = s["frm"]
    msg["To"] = s["to"]
    msg["Subject"] = s["subject"]
    msg["Date"] = s["date"]
    msg["Message-ID"] = mid(n, dom)
    if s["reply"]:
        ref = mid(n + 1000, "mail.gmail.com")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in s["headers"].items():
        msg[k] = v
    kw = {"cte": s["cte"]} if s["cte"] else {}
    if s["fmt"] == "html":
        msg.set_content(s["html"], subtype="html", **kw)
    else:
        msg.set_content(s["body"], **kw)
        if s["html"]:
            msg.add_alternative(s["html"], subtype="html", **kw)
    if s["ics"]:
        msg.add_attachment(s["ics"], subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
    if s["pdf"]:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=s["pdf"])
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b23_{n:03d}_{k}_" + hashlib.sha1(f"{n}-{k}".encode()).hexdigest()[:12])
    return msg.as_bytes(policy=SMTP)


def p(text: str) -> str:
    """Very small text->HTML helper for HTML parts."""
    paras = [x.replace("\n", "<br>") for x in text.strip().split("\n\n")]
    return (
        '<html><body style="font-family:Arial,sans-serif;font-size:14px">'
        + "".join(f"<p>{x}</p>" for x in paras)
        + "</body></html>"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    specs = list(SPECS)
    random.Random(23).shuffle(specs)
    for i, s in enumerate(specs, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, s))
        rows.append(
            {
                "file": name,
                "label": s["label"],
                "company": s["company"],
                "contact_first_name": s["contact"],
                "role": s["role"],
                "return_date": s["ret"],
                "lang": s["lang"],
                "difficulty": s["diff"],
                "notes": s["notes"],
                "interview_at": s["iat"],
            }
        )
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


# ---------------------------------------------------------------- rejections (26)
add(
    "rejection",
    frm="Halvorsen Pharma Talent <no-reply@myworkday.com>",
    subject="Your application for HR Business Partner – Commercial Operations",
    date=d("2025-02-11 16:42", "+0100"),
    company="Halvorsen Pharma",
    role="HR Business Partner – Commercial Operations",
    body="""Dear Marta,

Thank you for your interest in the HR Business Partner – Commercial Operations position (Req. R-20931) at Halvorsen Pharma.

After careful review of your application, we have decided to move forward with other candidates for this position. We encourage you to visit our careers site and apply for any future openings that match your profile.

Kind regards,
Halvorsen Pharma Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.""",
)

add(
    "rejection",
    frm="Ferrand Logistics Careers <careers@ferrand-log.eu>",
    subject="Update regarding your application",
    date=d("2025-03-19 10:05", "+0000"),
    company="Ferrand Logistics",
    role="Talent Acquisition Lead, UK&I",
    diff="hard",
    notes="indirect: other applicants more closely match; mentions screening call",
    fmt="html",
    cte="quoted-printable",
    html=p("""Hello Marta,

Thanks again for taking the time to speak with Olivia during the screening call for the Talent Acquisition Lead, UK&amp;I role.

We had a really strong response to this vacancy, and after reviewing everyone against the brief we've decided to pursue other applicants whose experience more closely matches what the business needs right now, particularly around high-volume warehouse hiring.

We appreciate your interest in Ferrand Logistics and wish you the best of luck.

The Ferrand Logistics Talent Team"""),
)

add(
    "rejection",
    frm="Daniel Okoro <daniel.okoro@brightmoor.ac.uk>",
    subject="Re: HR Partner (Faculty of Science) – next steps",
    date=d("2025-04-02 14:27", "+0100"),
    company="University of Brightmoor",
    contact="Daniel",
    role="HR Partner (Faculty of Science)",
    diff="hard",
    notes="reply thread; quoted part is an interview invite; decision after panel",
    reply=True,
    body="""Dear Marta,

Thank you for coming in to meet the panel last Thursday. We enjoyed the conversation, and your examples of managing a restructuring consultation were very well received.

I'm sorry to tell you that on this occasion the panel has offered the post to another candidate, whose experience of academic promotion cycles was slightly closer to what we need in the faculty.

If you would like feedback, I'm happy to arrange a 15-minute call.

With best wishes,
Daniel Okoro
Head of HR Operations
University of Brightmoor

-----Original Message-----
From: Daniel Okoro
Sent: 18 March 2025 09:12
To: Marta Kowalska
Subject: HR Partner (Faculty of Science) – next steps

Dear Marta, we would like to invite you to a panel interview on Thursday 27 March at 11:00 in the Registry Building, Room 2.14. Please confirm your attendance.""",
)

add(
    "rejection",
    frm="Lever <no-reply@hire.lever.co>",
    subject="Kelpie Software – HR Business Partner (EMEA)",
    date=d("2025-04-15 18:03", "-0700"),
    company="Kelpie Software",
    contact="Ines",
    role="HR Business Partner (EMEA)",
    diff="hard",
    notes="company only in subject and signature; 'didn't work out' phrasing; Lever sender",
    headers={"Reply-To": "Ines Marlowe <ines.marlowe@kelpie.io>"},
    body="""Hi Marta,

I wanted to close the loop with you personally. This one didn't work out — the team felt they need someone who has already supported an engineering org through a Series C scale-up, and that's where the other finalists were stronger.

I genuinely enjoyed our chats and I'd love to stay in touch. If something opens up in our people team later this year I'll reach out first.

Ines
Senior Recruiter, Kelpie Software""",
)

add(
    "rejection",
    frm="Grupo Almadraba RRHH <seleccion@almadraba-grupo.es>",
    subject="Proceso de selección: Responsable de Talento – Madrid",
    date=d("2025-05-06 12:30", "+0200"),
    company="Grupo Almadraba",
    role="Responsable de Talento",
    lang="es",
    body="""Estimada Marta:

Le agradecemos sinceramente el interés mostrado en la posición de Responsable de Talento en Grupo Almadraba y el tiempo dedicado al proceso.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión no vamos a continuar con su candidatura. Conservaremos sus datos en nuestra base durante doce meses por si surgiera una oportunidad acorde a su perfil.

Atentamente,
Departamento de Recursos Humanos
Grupo Almadraba""",
)

add(
    "rejection",
    frm="Nordhafen Bank <noreply@successfactors.eu>",
    subject="Ihre Bewerbung als Senior HR Business Partner (m/w/d)",
    date=d("2025-05-21 08:17", "+0200"),
    company="Nordhafen Bank",
    role="Senior HR Business Partner (m/w/d)",
    lang="de",
    body="""Sehr geehrte Frau Kowalska,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Nordhafen Bank.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordhafen Bank""",
    cte="quoted-printable",
)

add(
    "rejection",
    frm="Chloé Vasseur <c.vasseur@maisonbrevard.fr>",
    subject="Votre candidature – HRBP Retail Île-de-France",
    date=d("2025-06-03 17:48", "+0200"),
    company="Maison Brévard",
    contact="Chloé",
    role="HRBP Retail Île-de-France",
    lang="fr",
    diff="hard",
    notes="after final interview; warm; offers to stay in touch",
    body="""Bonjour Marta,

Je tenais à vous appeler mais je n'ai pas réussi à vous joindre, je vous écris donc.

Merci encore pour votre présence lors de l'entretien final avec notre DRH mardi. Le comité a été impressionné par votre parcours, mais nous avons finalement retenu un profil disposant d'une expérience plus longue du réseau de boutiques en France.

Ce n'est que partie remise, j'espère : je serais ravie de garder le contact pour de futures opportunités chez Maison Brévard.

Bien à vous,
Chloé Vasseur
Talent Acquisition Manager – Maison Brévard""",
)

add(
    "rejection",
    frm="Greenhouse <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Quarrystone",
    date=d("2025-06-24 11:02", "-0400"),
    company="Quarrystone",
    role="Director, People Partnering",
    headers={"Reply-To": "no-reply@quarrystone.com"},
    body="""Hi Marta,

Thank you for your interest in the Director, People Partnering role at Quarrystone. We've reviewed your background and unfortunately we won't be progressing your application at this time.

We really appreciate you considering us, and we'll keep your details on file should another fitting role come up.

Best,
Quarrystone Recruiting""",
)

add(
    "rejection",
    frm="Tom Behrens <tom.behrens@harrowgate-search.com>",
    subject="FW: Kestrel Foods – HR Director shortlist feedback",
    date=d("2025-07-09 09:40", "+0100"),
    company="Kestrel Foods",
    contact="Tom",
    role="HR Director, Northern Europe",
    diff="hard",
    notes="exec-search recruiter forwards client decision; sender domain is the agency",
    body="""Marta,

Unfortunately not the news we wanted – see Fiona's note below. I'll ring you tomorrow to talk it through, and I have two other mandates I'd like to discuss.

Tom Behrens
Partner | Harrowgate Search
+44 20 7946 0381

---------- Forwarded message ---------
From: Fiona Greer <fiona.greer@kestrelfoods.co.uk>
Date: Tue, 8 Jul 2025 at 17:55
Subject: Kestrel Foods – HR Director shortlist feedback
To: Tom Behrens <tom.behrens@harrowgate-search.com>

Hi Tom,

Thanks for a strong shortlist. After the final round we're going to proceed with Candidate B. Marta was very credible, but the board felt she hasn't yet led a function across a multi-site manufacturing footprint of our size. Please pass on our thanks.

Fiona""",
)

add(
    "rejection",
    frm="SmartRecruiters <notifications@smartrecruiters.com>",
    subject="Your application to Corvane Retail Group",
    date=d("2025-07-30 07:15", "+0000"),
    company="Corvane Retail Group",
    role="Regional People Partner – Stores",
    fmt="html",
    html=p("""Dear Marta Kowalska,

Thank you for applying for the position of <b>Regional People Partner – Stores</b> at Corvane Retail Group.

We have now completed the shortlisting and regret that your application has not been successful on this occasion.

Best regards,
Corvane Retail Group Recruitment

<small>Powered by SmartRecruiters</small>"""),
)

add(
    "rejection",
    frm="Pieter de Wit <pieter.dewit@lumenkade.com>",
    subject="HRBP role",
    date=d("2025-08-14 19:22", "+0200"),
    company="Lumenkade",
    contact="Pieter",
    role="HRBP",
    diff="hard",
    notes="very short; no rejection keywords ('went a different direction')",
    body="""Marta – quick note, the team went a different direction on the HRBP role. Thanks for the time you gave us, really appreciated.

Pieter""",
)

add(
    "rejection",
    frm="Talent Team Verdigris Health <donotreply@icims.com>",
    subject="Verdigris Health: Application Status Update",
    date=d("2025-09-02 13:00", "-0500"),
    company="Verdigris Health",
    role="Senior Talent Acquisition Partner",
    diff="hard",
    notes="mentions interviews and 'next steps' in passing; position filled",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Dear Marta,

Thank you for your interest in the Senior Talent Acquisition Partner opening (Job ID 2025-4471) and for the time you invested in interviewing with our team.

We wanted to let you know that this position has now been filled. While we will not be taking next steps with your candidacy for this role, we hope you will consider Verdigris Health for future opportunities.

Sincerely,
Verdigris Health Talent Acquisition""",
)

add(
    "rejection",
    frm="Personio <jobs@personio.de>",
    subject="Absage: People & Culture Lead (m/w/d) bei Rautenberg Maschinenbau",
    date=d("2025-09-17 15:33", "+0200"),
    company="Rautenberg Maschinenbau",
    contact="Sabine",
    role="People & Culture Lead (m/w/d)",
    lang="de",
    body="""Hallo Marta,

herzlichen Dank für Ihre Bewerbung als People & Culture Lead (m/w/d) und die Zeit, die Sie sich für das Gespräch mit uns genommen haben.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Viele Grüße
Sabine Hölzl
HR Recruiting | Rautenberg Maschinenbau""",
)

add(
    "rejection",
    frm="Aurelio Méndez <amendez@transportes-cierzo.com>",
    subject="RE: Entrevista HR Business Partner",
    date=d("2025-10-01 18:10", "+0200"),
    reply=True,
    company="Transportes Cierzo",
    contact="Aurelio",
    role="HR Business Partner",
    lang="es",
    diff="hard",
    notes="Spanish reply after interview; quoted interview confirmation",
    body="""Hola Marta,

Gracias por tu paciencia. Finalmente hemos decidido avanzar con otra persona cuyo perfil encaja mejor con la realidad operativa de nuestras plataformas logísticas. No ha sido una decisión fácil.

Te deseo mucha suerte y, si te parece, seguimos en contacto por LinkedIn.

Un abrazo,
Aurelio Méndez
Director de Personas | Transportes Cierzo

> El 22 sept 2025, a las 10:04, Aurelio Méndez escribió:
> Te confirmo la entrevista del jueves 25 a las 12:00 en nuestras oficinas de Zaragoza.""",
)

add(
    "rejection",
    frm="Workable <noreply@candidates.workablemail.com>",
    subject="Your application for Head of Talent at Plumline",
    date=d("2025-10-20 09:55", "+0300"),
    company="Plumline",
    role="Head of Talent",
    diff="hard",
    notes="'not the right match at this time'; encourages future applications",
    body="""Hi Marta,

Thanks for applying to be our Head of Talent. We read every application properly, and yours was a good read.

Having weighed it up, we don't think it's the right match at this time. This isn't a judgement on your ability – the role has a very specific scope around early-stage hiring in Athens and Tallinn.

Please do keep an eye on our careers page.

The Plumline team""",
)

add(
    "rejection",
    frm="Recruitment <recruitment@westmere.gov.uk>",
    subject="Westmere Borough Council – Ref WBC/HR/0419 – Outcome of shortlisting",
    date=d("2025-11-04 12:00", "+0000"),
    company="Westmere Borough Council",
    role="Organisational Development Manager",
    pdf="WBC-HR-0419-outcome.pdf",
    body="""Dear Applicant,

Ref: WBC/HR/0419 – Organisational Development Manager

Thank you for your application for the above post. The shortlisting panel has now met and I regret to inform you that you have not been shortlisted for interview.

Due to the volume of applications we are unable to provide individual feedback. Please see the attached letter for information on how we hold your data.

Yours faithfully,
Recruitment Team
Westmere Borough Council""",
)

add(
    "rejection",
    frm='"Hannah Lindqvist (via Teamtailor)" <hannah.lindqvist@teamtailor-mail.com>',
    subject="About the Talent Acquisition Lead position",
    date=d("2025-11-18 14:41", "+0100"),
    company="Sölvberg Foods",
    contact="Hannah",
    role="Talent Acquisition Lead",
    diff="hard",
    notes="company only in signature; referral offer; Teamtailor sender domain",
    body="""Hi Marta,

Thank you so much for the conversations over the past weeks. I'll be straight with you: we've chosen to move ahead with another finalist for the Talent Acquisition Lead position.

That said, our sister company in Gothenburg is about to open a People Partner role, and I'd be happy to introduce you to their HR director if you're interested. Just say the word.

Warmly,
Hannah Lindqvist
Head of People | Sölvberg Foods""",
)

add(
    "rejection",
    frm="Oberon Analytics <careers@oberon-analytics.com>",
    subject="Regarding your application",
    date=d("2025-12-03 10:20", "-0500"),
    company="Oberon Analytics",
    role="Sr. Manager, HR Business Partnering",
    fmt="html",
    cte="base64",
    html=p("""Dear Marta,

We appreciate your interest in Oberon Analytics and the Sr. Manager, HR Business Partnering role.

After reviewing your qualifications, we have decided not to move forward with your candidacy. We wish you every success in your search.

Regards,
Oberon Analytics Human Resources"""),
)

add(
    "rejection",
    frm="Sophie Arnaud <sophie.arnaud@labos-cazenave.fr>",
    subject="Poste de Responsable Acquisition de Talents",
    date=d("2026-01-13 11:11", "+0100"),
    company="Laboratoires Cazenave",
    contact="Sophie",
    role="Responsable Acquisition de Talents",
    lang="fr",
    body="""Madame,

Nous vous remercions pour l'intérêt que vous portez aux Laboratoires Cazenave.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de Responsable Acquisition de Talents.

Nous vous souhaitons pleine réussite dans vos recherches.

Sophie Arnaud
Chargée de recrutement
Laboratoires Cazenave""",
)

add(
    "rejection",
    frm="Recruitee <no-reply@recruitee.com>",
    subject="Nimbus Freight: update on your application",
    date=d("2026-01-27 16:58", "+0100"),
    company="Nimbus Freight",
    role="People Partner Benelux & DACH",
    body="""Dear Marta,

Thank you for your application for People Partner Benelux & DACH at Nimbus Freight.

We've had a look at your profile and, unfortunately, we have decided not to invite you to the next stage. We received a large number of applications and had to make some tough choices.

Best of luck with your job search!

Nimbus Freight Recruitment""",
)

add(
    "rejection",
    frm="James Whitcombe <jwhitcombe@ashgrove-partners.com>",
    subject="Catch-up",
    date=d("2026-02-10 08:05", "+0000"),
    company="Carrick Bank",
    contact="James",
    role="Head of HR Business Partnering",
    diff="hard",
    notes="agency recruiter; informal; 'they've gone with an internal' plus keep in touch; subject neutral",
    body="""Morning Marta,

Hope the week's started well. Wanted to let you know before you hear it elsewhere – Carrick Bank have decided to go with an internal candidate for the Head of HR Business Partnering role. They were very complimentary about your second interview, for what it's worth, and it came down to continuity through their integration.

I'll keep you front of mind. Coffee next time you're in London?

Best,
James

James Whitcombe | Principal Consultant, HR Practice
Ashgrove Partners""",
)

add(
    "rejection",
    frm="Taleo <noreply@taleo.net>",
    subject="Bellwether Consumer Goods - Job Requisition 26-00312",
    date=d("2026-02-26 22:14", "-0600"),
    company="Bellwether Consumer Goods",
    role="HR Business Partner, Supply Chain",
    diff="hard",
    notes="Taleo template; 'no longer under consideration' and keep on file; req number subject",
    body="""Dear Marta Kowalska,

Thank you for your interest in Job Requisition 26-00312, HR Business Partner, Supply Chain, with Bellwether Consumer Goods.

We have carefully reviewed your qualifications against the requirements of the position. We have identified candidates whose background better aligns with our current needs, and your application is no longer under consideration for this requisition. Your profile will remain in our talent community.

Sincerely,
Bellwether Consumer Goods Talent Acquisition

*** This is an automated message. Replies are not monitored. ***""",
)

add(
    "rejection",
    frm="Claudia Reinhardt <claudia.reinhardt@vossberg-pharma.de>",
    subject="AW: Feedback zum Zweitgespräch",
    date=d("2026-03-17 13:26", "+0100"),
    reply=True,
    company="Vossberg Pharma",
    contact="Claudia",
    role="HR Business Partner R&D",
    lang="de",
    diff="hard",
    notes="German reply after second interview; quote contains thanks and interview date",
    body="""Liebe Frau Kowalska,

danke für Ihre freundliche Nachricht nach dem Zweitgespräch. Leider habe ich keine guten Neuigkeiten: Wir haben uns nach intensiver Abwägung für eine Kandidatin entschieden, die bereits Betriebsratsverhandlungen in der Chemie-Tarifwelt geführt hat.

Ihr Auftritt hat uns sehr gefallen, und ich würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße
Claudia Reinhardt
Leiterin Personal | Vossberg Pharma

-----Ursprüngliche Nachricht-----
Von: Marta Kowalska <marta.kowalska.work@gmail.com>
Gesendet: Freitag, 6. März 2026 18:02
Betreff: Feedback zum Zweitgespräch

Liebe Frau Reinhardt, vielen Dank für das angenehme Gespräch heute ...""",
)

add(
    "rejection",
    frm="Ashby <no-reply@ashbyhq.com>",
    subject="Following up on your Tidepool Labs application",
    date=d("2026-04-08 10:30", "-0700"),
    company="Tidepool Labs",
    role="People Business Partner, GTM",
    headers={"Reply-To": "talent@tidepool-labs.com"},
    fmt="alt",
    body="""Hi Marta,

Thanks for your patience while we reviewed applications for People Business Partner, GTM. We've decided to move forward with other candidates whose experience is a closer fit for this role.

We know searching for a job takes effort, and we appreciate you sharing your background with us.

Tidepool Labs Talent""",
    html=p("""Hi Marta,

Thanks for your patience while we reviewed applications for People Business Partner, GTM. We've decided to move forward with other candidates whose experience is a closer fit for this role.

We know searching for a job takes effort, and we appreciate you sharing your background with us.

Tidepool Labs Talent"""),
)

add(
    "rejection",
    frm="Raquel Fuentes <raquel.fuentes@bancoribera.es>",
    subject="Tu candidatura – HRBP Banca Corporativa",
    date=d("2026-05-12 09:48", "+0200"),
    company="Banco Ribera",
    contact="Raquel",
    role="HRBP Banca Corporativa",
    lang="es",
    diff="hard",
    notes="Spanish; rejection softened with 'keep in touch' and mention of future process",
    body="""Hola Marta:

Muchas gracias por tu tiempo en las dos entrevistas. Finalmente el comité ha optado por un perfil interno para la posición de HRBP Banca Corporativa, así que no seguiremos adelante contigo en este proceso.

Me gustaría mantenerte en nuestro radar: en otoño abriremos varias posiciones en el área de Personas y creo que podrías encajar. ¿Te parece bien que te escriba entonces?

Saludos cordiales,
Raquel Fuentes
Talent Acquisition | Banco Ribera""",
)

add(
    "rejection",
    frm="BambooHR <notifications@app.bamboohr.com>",
    subject="Application update – Foxglove Studios",
    date=d("2026-06-30 15:05", "-0400"),
    company="Foxglove Studios",
    role="HR Manager",
    body="""Hi Marta,

Thank you for applying for the HR Manager position at Foxglove Studios. After careful consideration, we have chosen not to proceed with your application.

We wish you the best in your search.

Foxglove Studios Hiring Team""",
)

# ---------------------------------------------------------------- on hold (10)
add(
    "on_hold",
    frm="Rachel Dunmore <rachel.dunmore@cobaltline.com>",
    subject="Update on the People Partner search",
    date=d("2025-02-25 15:10", "-0500"),
    company="Cobaltline",
    contact="Rachel",
    role="Senior People Partner",
    body="""Hi Marta,

I owe you an update. Leadership has asked us to pause all non-critical hiring until the Q2 forecast is locked, and the Senior People Partner search is included in that. It has nothing to do with you – you were one of two people we were excited about.

I expect to know more in about six weeks and will reach out as soon as I do.

Best,
Rachel Dunmore
Talent Acquisition Manager | Cobaltline""",
)

add(
    "on_hold",
    frm="Workday <no-reply@myworkday.com>",
    subject="Requisition update: HR Business Partner – Plant Operations",
    date=d("2025-04-22 09:00", "+0200"),
    company="Tarnovia Steel",
    role="HR Business Partner – Plant Operations",
    diff="hard",
    notes="requisition cancelled; ATS wording ('no longer be considered') resembles rejection",
    headers={"Reply-To": "recruiting@tarnovia.com"},
    body="""Dear Marta,

We are writing regarding your application for HR Business Partner – Plant Operations (JR-11820) at Tarnovia Steel.

This requisition has been cancelled due to a change in business requirements, and applications submitted to it will no longer be considered. If the role is reopened, we will post it again on our careers site.

Thank you for your interest in Tarnovia Steel.

Tarnovia Steel Talent Acquisition""",
)

add(
    "on_hold",
    frm="Lukas Brandner <l.brandner@alpenmark-versicherung.at>",
    subject="Stelle HR Business Partner – aktueller Stand",
    date=d("2025-06-10 11:40", "+0200"),
    company="Alpenmark Versicherung",
    contact="Lukas",
    role="HR Business Partner",
    lang="de",
    body="""Sehr geehrte Frau Kowalska,

ich möchte Sie über den aktuellen Stand informieren: Aufgrund einer konzernweiten Umstrukturierung haben wir entschieden, die Besetzung der Position HR Business Partner vorerst auszusetzen. Wann der Prozess wieder aufgenommen wird, ist derzeit offen.

Wir bedauern das sehr, da wir Ihr Profil als äußerst passend empfunden haben. Sobald es Neuigkeiten gibt, melde ich mich bei Ihnen.

Freundliche Grüße
Lukas Brandner
Personalabteilung
Alpenmark Versicherung""",
)

add(
    "on_hold",
    frm="Greenhouse <no-reply@us.greenhouse-mail.io>",
    subject="An update from Halcyon Health on your application",
    date=d("2025-08-05 13:45", "-0700"),
    company="Halcyon Health",
    role="Talent Acquisition Lead – Clinical",
    diff="hard",
    notes="'role is no longer open' plus keep on file; reads like rejection",
    body="""Hi Marta,

Thanks for your interest in Halcyon Health. We wanted to let you know that the Talent Acquisition Lead – Clinical role is no longer open, as the team has decided not to fill it this year following a budget review.

Because this has nothing to do with your qualifications, we'll keep your profile on file and reach out if the position is reopened.

Halcyon Health Recruiting""",
)

add(
    "on_hold",
    frm="Niamh Gallagher <niamh@bluecairn.ie>",
    subject="Bluecairn – pausing the HR lead hire",
    date=d("2025-09-29 17:20", "+0100"),
    company="Bluecairn",
    contact="Niamh",
    role="HR Lead",
    diff="hard",
    notes="founder note; funding round delayed; mentions offer stage in passing",
    body="""Hi Marta,

Really awkward timing and I'm sorry to be writing this. Our Series B close has slipped into next year, and the board has asked us to freeze every hire that isn't customer-facing. That means we're pausing the search for our first HR Lead – right as we were about to move to offer stage with our final two candidates, you included.

I'd love to pick this back up the moment the round closes. Can I keep you posted?

Niamh Gallagher
CEO & co-founder, Bluecairn""",
)

add(
    "on_hold",
    frm="Selección Hostelia <empleo@hostelia-hoteles.com>",
    subject="Actualización: Talent Manager Península",
    date=d("2025-11-12 10:15", "+0100"),
    company="Hostelia Hoteles",
    role="Talent Manager Península",
    lang="es",
    body="""Hola Marta,

Te escribimos para informarte de que el proceso de selección de Talent Manager Península ha quedado en suspenso por una reorganización interna del área de Personas. Por el momento no podemos darte una fecha de reactivación.

Queremos agradecerte tu interés y tu disponibilidad. Si el proceso se reabre, contactaremos contigo en primer lugar.

Un saludo,
Equipo de Selección – Hostelia Hoteles""",
)

add(
    "on_hold",
    frm="Mark Feeney <mark.feeney@orrisgroup.com>",
    subject="RE: HRBP Finance - timing",
    date=d("2026-01-08 08:52", "+0000"),
    company="Orris Group",
    contact="Mark",
    role="HRBP Finance",
    reply=True,
    diff="hard",
    notes="reply to candidate's chase; headcount frozen; quoted chase mentions interviews",
    body="""Hi Marta,

Thanks for checking in. Honest answer: the HRBP Finance headcount has been frozen as part of the year-end cost review. It's not cancelled, but I can't give you a restart date yet.

I'll be in touch the moment I have clarity.

Mark

From: Marta Kowalska <marta.kowalska.work@gmail.com>
Sent: 05 January 2026 19:14
To: Mark Feeney
Subject: HRBP Finance - timing

Hi Mark, happy new year! I wondered whether there was any news after the interviews in December?""",
)

add(
    "on_hold",
    frm="iCIMS <donotreply@icims.com>",
    subject="Position update – Manager, Talent Acquisition (Job 2026-1188)",
    date=d("2026-03-03 12:05", "-0500"),
    company="Ridgeway Community College",
    role="Manager, Talent Acquisition",
    body="""Dear Marta,

Thank you for applying to Ridgeway Community College. We are writing to inform you that the Manager, Talent Acquisition position (Job 2026-1188) has been placed on hold pending the state budget approval.

Your application will remain active, and we will contact you if the search resumes.

Human Resources
Ridgeway Community College""",
)

add(
    "on_hold",
    frm="Émilie Roussel <emilie.roussel@vertaline.fr>",
    subject="Recrutement HRBP – mise en pause",
    date=d("2026-05-26 16:30", "+0200"),
    company="Vertaline",
    contact="Émilie",
    role="HRBP Supply Chain",
    lang="fr",
    diff="hard",
    notes="French; restructuring pause; 'nous ne pouvons pas donner suite pour le moment' resembles rejection",
    body="""Bonjour Marta,

Je reviens vers vous concernant le poste de HRBP Supply Chain. Suite à l'annonce d'un projet de réorganisation de nos entrepôts, la direction a décidé de geler les recrutements sur les fonctions support jusqu'à nouvel ordre. Nous ne pouvons donc pas donner suite pour le moment, indépendamment de la qualité de votre candidature.

Je reviendrai vers vous dès que le recrutement sera relancé.

Cordialement,
Émilie Roussel
Responsable Recrutement, Vertaline""",
)

add(
    "on_hold",
    frm="Lever <no-reply@hire.lever.co>",
    subject="Brightfield Robotics - Head of People Operations",
    date=d("2026-08-19 10:00", "-0400"),
    company="Brightfield Robotics",
    role="Head of People Operations",
    contact="Dev",
    headers={"Reply-To": "dev.raman@brightfield-robotics.com"},
    body="""Hi Marta,

A quick heads-up: we're pausing this search while the leadership team finalises a new org design for our People function. The Head of People Operations scope is likely to change, and we don't want to keep interviewing against a brief that may not exist in a month.

I'll come back to you when we restart.

Dev Raman
Talent Partner, Brightfield Robotics""",
)

# ---------------------------------------------------------------- interviews (22)
add(
    "interview",
    frm="Olivia Parr <olivia.parr@ferrand-log.eu>",
    subject="Screening call – Talent Acquisition Lead, UK&I",
    date=d("2025-03-05 10:12", "+0000"),
    company="Ferrand Logistics",
    contact="Olivia",
    role="Talent Acquisition Lead, UK&I",
    iat="2025-03-07T09:30:00+00:00",
    body="""Hi Marta,

Thanks for applying for our Talent Acquisition Lead, UK&I role. I'd like to set up a 30-minute screening call with you this Friday at 9:30am UK time – I'll call your mobile ending 218.

If that doesn't suit, reply with a time that does.

Thanks,
Olivia Parr
Recruitment Partner | Ferrand Logistics""",
)

add(
    "interview",
    frm="Daniel Okoro <daniel.okoro@brightmoor.ac.uk>",
    subject="HR Partner (Faculty of Science) – invitation to interview",
    date=d("2025-03-18 09:12", "+0000"),
    company="University of Brightmoor",
    contact="Daniel",
    role="HR Partner (Faculty of Science)",
    iat="2025-03-27T11:00:00+00:00",
    pdf="Interview_Arrangements.pdf",
    body="""Dear Marta,

I am pleased to invite you to interview for the post of HR Partner (Faculty of Science).

Date: Thursday 27 March 2025
Time: 11:00 (please arrive by 10:45)
Venue: Registry Building, Room 2.14, Brightmoor campus

The panel will consist of the Dean of Science, the Faculty Manager and me. You will be asked to give a 10-minute presentation on "Supporting academic workload planning through change"; further details are attached.

Please confirm your attendance by replying to this email.

Kind regards,
Daniel Okoro
Head of HR Operations, University of Brightmoor""",
)

add(
    "interview",
    frm="Calendly <notifications@calendly.com>",
    subject="Invitation: pick a time with Ines Marlowe",
    date=d("2025-03-28 12:40", "-0700"),
    company="Kelpie Software",
    contact="Ines",
    role="HR Business Partner (EMEA)",
    diff="hard",
    notes="scheduling link; no fixed time; says 'chat' not interview",
    headers={"Reply-To": "ines.marlowe@kelpie.io"},
    body="""Hi Marta,

Lovely to e-meet you! I'm the recruiter for our HR Business Partner (EMEA) opening at Kelpie Software, and I'd love to grab 25 minutes to chat about your background and what you're looking for.

Pick any slot that works for you here: https://calendly.com/ines-kelpie/intro-25

Talk soon,
Ines

Sent via Calendly""",
)

add(
    "interview",
    frm="Julia Hartmann <julia.hartmann@nordhafen-bank.de>",
    subject="Einladung zum Vorstellungsgespräch – Senior HR Business Partner (m/w/d)",
    date=d("2025-04-09 14:03", "+0200"),
    company="Nordhafen Bank",
    contact="Julia",
    role="Senior HR Business Partner (m/w/d)",
    lang="de",
    iat="2025-04-16T10:00:00+02:00",
    body="""Sehr geehrte Frau Kowalska,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Videointerview über Microsoft Teams ein:

Mittwoch, 16. April 2025, 10:00 Uhr (MESZ)

Gesprächspartner sind Herr Dr. Weiland (Bereichsleiter Personal) und ich. Der Einwahllink folgt separat.

Mit freundlichen Grüßen
Julia Hartmann
Recruiting, Nordhafen Bank""",
)

add(
    "interview",
    frm="GoodTime <scheduling@goodtime.io>",
    subject="Interview confirmed: Quarrystone Onsite – Director, People Partnering",
    date=d("2025-05-14 16:20", "-0400"),
    company="Quarrystone",
    role="Director, People Partnering",
    iat="2025-05-21T09:00:00-04:00",
    ics=ics_event(
        "Quarrystone Onsite – Marta Kowalska",
        "20250521T090000",
        "20250521T133000",
        "America/New_York",
        "recruiting@quarrystone.com",
    ),
    body="""Hi Marta,

Your onsite interview loop with Quarrystone is confirmed.

Date: Wednesday, May 21, 2025
Time: 9:00 AM – 1:30 PM Eastern Time
Location: 140 Water Street, 12th floor, New York, NY

Schedule
9:00  Priya Nair, VP People
10:00 Carl Dubois, CFO (business partnering case)
11:00 Break
11:15 Panel with HR leadership team
12:30 Lunch with Amanda Kerr, Recruiting Manager

A calendar invite is attached. Need to make a change? Reply to this email.

Quarrystone Recruiting Coordination (via GoodTime)""",
)

add(
    "interview",
    frm="Chloé Vasseur <c.vasseur@maisonbrevard.fr>",
    subject="Entretien final – HRBP Retail",
    date=d("2025-05-27 09:30", "+0200"),
    company="Maison Brévard",
    contact="Chloé",
    role="HRBP Retail Île-de-France",
    lang="fr",
    iat="2025-06-03T15:00:00+02:00",
    diff="hard",
    notes="relative date ('mardi prochain') in French",
    body="""Bonjour Marta,

Bonne nouvelle : notre DRH, Mme Lefèvre, souhaite vous rencontrer pour un entretien final mardi prochain à 15h, dans nos bureaux du 8, rue de la Paix.

Pouvez-vous me confirmer votre disponibilité ?

Belle journée,
Chloé""",
)

add(
    "interview",
    frm="ModernLoop <schedule@modernloop.io>",
    subject="Action needed: choose your interview times with Tidepool Labs",
    date=d("2025-06-16 11:00", "-0700"),
    company="Tidepool Labs",
    role="People Business Partner, GTM",
    diff="hard",
    notes="several candidate slots; no single time",
    body="""Hi Marta,

The Tidepool Labs team would like to schedule your virtual interviews for People Business Partner, GTM.

Please select your availability for a 2-hour block from the options below (all times Pacific):
- Tue Jun 24, 8:00 AM – 10:00 AM
- Wed Jun 25, 7:00 AM – 9:00 AM
- Thu Jun 26, 9:00 AM – 11:00 AM

Choose your times: https://app.modernloop.io/c/tidepool/7f3a12

Thanks,
Tidepool Labs Recruiting Coordination""",
)

add(
    "interview",
    frm="Aurelio Méndez <amendez@transportes-cierzo.com>",
    subject="Entrevista HR Business Partner",
    date=d("2025-09-22 10:04", "+0200"),
    company="Transportes Cierzo",
    contact="Aurelio",
    role="HR Business Partner",
    lang="es",
    iat="2025-09-25T12:00:00+02:00",
    body="""Hola Marta,

Te confirmo la entrevista del jueves 25 a las 12:00 en nuestras oficinas de Zaragoza (Plataforma Logística PLAZA, calle Osca 4). Estaremos la directora de operaciones y yo, aproximadamente una hora.

Si necesitas aparcamiento, avísame y te lo reservo.

Un saludo,
Aurelio Méndez
Director de Personas | Transportes Cierzo""",
)

add(
    "interview",
    frm="Sabine Hölzl <sabine.hoelzl@rautenberg-mb.de>",
    subject="Ihr Gespräch am Montag",
    date=d("2025-09-04 16:12", "+0200"),
    company="Rautenberg Maschinenbau",
    contact="Sabine",
    role="People & Culture Lead (m/w/d)",
    lang="de",
    iat="2025-09-08T14:00:00+02:00",
    diff="hard",
    notes="German; confirmation with relative day; no word 'Vorstellungsgespräch'",
    body="""Hallo Marta,

wie besprochen bestätige ich unseren Termin am Montag um 14:00 Uhr bei uns in Augsburg. Unser Geschäftsführer Herr Rautenberg und die Werkleiterin Frau Kaya nehmen sich etwa 90 Minuten Zeit, anschließend gibt es einen kurzen Rundgang durch die Fertigung.

Bitte bringen Sie einen Personalausweis für die Anmeldung am Empfang mit.

Viele Grüße
Sabine Hölzl""",
)

add(
    "interview",
    frm="Verdigris Health Recruiting <donotreply@icims.com>",
    subject="Phone Screen Scheduled – Senior Talent Acquisition Partner",
    date=d("2025-08-11 08:30", "-0500"),
    company="Verdigris Health",
    role="Senior Talent Acquisition Partner",
    contact="Keon",
    iat="2025-08-13T10:00:00-05:00",
    body="""Dear Marta,

Your phone screen for Senior Talent Acquisition Partner (Job ID 2025-4471) is scheduled.

Date: Wednesday, August 13, 2025
Time: 10:00 AM Central Time
Interviewer: Keon Ellis, Talent Acquisition Manager

Keon will call you at the number on your application.

Verdigris Health Talent Acquisition""",
)

add(
    "interview",
    frm="Tom Behrens <tom.behrens@harrowgate-search.com>",
    subject="Kestrel Foods – board round",
    date=d("2025-06-26 18:02", "+0100"),
    company="Kestrel Foods",
    contact="Tom",
    role="HR Director, Northern Europe",
    diff="hard",
    notes="agency recruiter relays client request for final round; times TBC",
    body="""Marta,

Great news – Kestrel want you back for the final round with the CEO and the Chair of the remuneration committee. They're proposing the week of 7 July in Leeds. Could you send me three or four windows that work and I'll coordinate?

They'll also want a 20-minute presentation on your first 100 days; I'll send the brief tomorrow.

Tom
Partner | Harrowgate Search""",
)

add(
    "interview",
    frm="Karolina Nowicka <karolina.nowicka@polmedica.pl>",
    subject="Zaproszenie / Invitation: HRBP interview (Teams)",
    date=d("2025-10-14 13:15", "+0200"),
    company="Polmedica",
    contact="Karolina",
    role="HR Business Partner – Operations",
    iat="2025-10-16T09:00:00+02:00",
    diff="hard",
    notes="relative date ('Thursday') and Outlook invite; no ics zone text",
    body="""Hi Marta,

As discussed on the phone, I'm sending you the invitation for the interview with our Operations Director, Paweł Zieliński, this Thursday at 9:00 (Warsaw time). It will be a Teams call of about an hour, in English.

Join link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_polmedica_2231

Best regards,
Karolina Nowicka
Talent Acquisition Specialist
Polmedica""",
)

add(
    "interview",
    frm="Workable <noreply@candidates.workablemail.com>",
    subject="Next step: take-home case for Plumline",
    date=d("2025-09-30 09:20", "+0300"),
    company="Plumline",
    role="Head of Talent",
    diff="hard",
    notes="take-home plus review session; no definite time",
    body="""Hi Marta,

Thanks for the great first conversation. As the next step, we'd like you to prepare a short hiring plan for our first 30 engineers in Tallinn (max 4 slides). Brief: https://apply.workable.com/plumline/case/91c2

Once you've sent it over, we'll book a 60-minute session with our CTO and COO to walk through it together – we'll send a booking link then.

The Plumline team""",
)

add(
    "interview",
    frm="Hannah Lindqvist <hannah.lindqvist@teamtailor-mail.com>",
    subject="Meeting with our CEO on Friday",
    date=d("2025-10-28 11:50", "+0100"),
    company="Sölvberg Foods",
    contact="Hannah",
    role="Talent Acquisition Lead",
    iat="2025-10-31T13:30:00+01:00",
    diff="hard",
    notes="'meeting' not interview; relative day; CET",
    body="""Hi Marta,

Per our call: Friday at 13:30 CET with our CEO Anders Holm, on Google Meet (https://meet.google.com/xqe-tkpw-ran). It's informal – he wants to hear how you'd build the TA function from scratch.

Good luck!
Hannah Lindqvist
Head of People | Sölvberg Foods""",
)

add(
    "interview",
    frm="Mark Feeney <mark.feeney@orrisgroup.com>",
    subject="Orris Group: HRBP Finance – panel",
    date=d("2025-11-20 14:44", "+0000"),
    company="Orris Group",
    contact="Mark",
    role="HRBP Finance",
    iat="2025-12-04T15:00:00+00:00",
    fmt="alt",
    cte="quoted-printable",
    body="""Hi Marta,

I'm pleased to confirm your panel interview for the HRBP Finance role on Thursday 4 December at 3pm, at our Dublin office (2 Grand Canal Quay). You'll meet our CFO, the Financial Controller and me.

Please bring photo ID for reception.

Kind regards,
Mark Feeney
Senior Recruiter, Orris Group""",
    html=p("""Hi Marta,

I'm pleased to confirm your panel interview for the HRBP Finance role on <b>Thursday 4 December at 3pm</b>, at our Dublin office (2 Grand Canal Quay). You'll meet our CFO, the Financial Controller and me.

Please bring photo ID for reception.

Kind regards,<br>Mark Feeney<br>Senior Recruiter, Orris Group"""),
)

add(
    "interview",
    frm="James Whitcombe <jwhitcombe@ashgrove-partners.com>",
    subject="Re: Carrick Bank – moved to Tuesday",
    date=d("2026-01-16 17:31", "+0000"),
    company="Carrick Bank",
    contact="James",
    role="Head of HR Business Partnering",
    reply=True,
    iat="2026-01-20T10:00:00+00:00",
    diff="hard",
    notes="reschedule in reply thread; quoted text mentions 'unfortunately' and cancellation",
    body="""Hi Marta,

All sorted – Carrick have moved your second interview to Tuesday at 10am, same place (Canary Wharf, 25 Cabot Square). Ask for Elaine Morris at reception.

James

On Fri, 16 Jan 2026 at 12:08, Marta Kowalska <marta.kowalska.work@gmail.com> wrote:
> Hi James, unfortunately I have to cancel Monday's slot because of a family
> emergency. Could we find another day next week?""",
)

add(
    "interview",
    frm="Personio <jobs@personio.de>",
    subject="Einladung: Kennenlerngespräch bei Fernwerk Energie",
    date=d("2026-02-02 09:05", "+0100"),
    company="Fernwerk Energie",
    role="Senior Recruiter (m/w/d)",
    lang="de",
    diff="hard",
    notes="German; slots to pick via link; no fixed time",
    body="""Hallo Marta,

vielen Dank für Ihre Bewerbung als Senior Recruiter (m/w/d) bei Fernwerk Energie. Wir würden Sie gern in einem 30-minütigen Kennenlerngespräch per Video näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://fernwerk.jobs.personio.de/scheduling/5521ab

Wir freuen uns auf Sie!
Ihr Fernwerk Talent Team""",
)

add(
    "interview",
    frm="Priya Nair <pnair@crestbridge.com>",
    subject="Crestbridge – interview invitation",
    date=d("2026-03-09 08:15", "-0700"),
    company="Crestbridge",
    contact="Priya",
    role="Senior HR Business Partner, Engineering",
    iat="2026-03-12T07:30:00-07:00",
    fmt="html",
    cte="base64",
    html=p("""Hi Marta,

Thanks for your interest in the Senior HR Business Partner, Engineering position. We'd like to invite you to a video interview with our VP Engineering on <b>Thursday, March 12, 2026 at 7:30 AM Pacific Time</b> (which I believe is 3:30 PM for you in Warsaw).

Zoom: https://crestbridge.zoom.us/j/8812233019

Best,
Priya Nair
Recruiting Lead | Crestbridge"""),
)

add(
    "interview",
    frm="Laura Pineda <laura.pineda@bancoribera.es>",
    subject="Segunda entrevista – HRBP Banca Corporativa",
    date=d("2026-04-20 12:20", "+0200"),
    company="Banco Ribera",
    contact="Laura",
    role="HRBP Banca Corporativa",
    lang="es",
    iat="2026-04-23T17:00:00+02:00",
    body="""Hola Marta:

Nos encantaría continuar el proceso contigo. Te proponemos una segunda entrevista con el Director de Banca Corporativa el jueves 23 de abril a las 17:00 (hora de Madrid), por videollamada. Te envío la convocatoria de Teams a continuación.

Un saludo,
Laura Pineda
Selección | Banco Ribera""",
)

add(
    "interview",
    frm="Paradox <olivia@paradox.ai>",
    subject="Your interview with Harbourline Stores is confirmed",
    date=d("2026-06-09 14:02", "-0400"),
    company="Harbourline Stores",
    role="District HR Manager",
    iat="2026-06-11T11:00:00-04:00",
    diff="hard",
    notes="conversational AI assistant 'Olivia' sender; not a human contact",
    body="""Hi Marta! 🎉 Great news — your interview is confirmed.

Role: District HR Manager
Company: Harbourline Stores
When: Thursday, June 11 at 11:00 AM EDT
Where: Video call (link will be texted 15 minutes before)

Reply R to reschedule or C to cancel.

— Olivia, Harbourline's virtual recruiting assistant""",
)

add(
    "interview",
    frm="Anaïs Morel <anais.morel@soleterre-group.com>",
    subject="Invitation: Entretien – Talent Acquisition Manager @ Jeu. 15 oct. 2026 10:00 - 11:00 (CEST)",
    date=d("2026-10-06 10:40", "+0200"),
    company="Soleterre",
    contact="Anaïs",
    role="Talent Acquisition Manager",
    lang="fr",
    iat="2026-10-15T10:00:00+02:00",
    ics=ics_event(
        "Entretien – Talent Acquisition Manager",
        "20261015T100000",
        "20261015T110000",
        "Europe/Paris",
        "anais.morel@soleterre-group.com",
    ),
    body="""Bonjour Marta,

Suite à notre échange téléphonique, je vous envoie l'invitation pour votre entretien avec Julien Ferrari, Directeur des Opérations RH, le jeudi 15 octobre à 10h00 en visio (Google Meet).

Lien : https://meet.google.com/fhk-wdzq-pla

Bien cordialement,
Anaïs Morel
Chargée de Recrutement, Soleterre""",
)

add(
    "interview",
    frm='"Ben Achebe" <ben@quillhaven.co>',
    subject="quick chat?",
    date=d("2026-09-15 21:05", "-0400"),
    company="Quillhaven",
    contact="Ben",
    role="Head of People",
    diff="hard",
    notes="informal founder note; 'quick chat' about the role; no time set",
    body="""Hey Marta — saw your application come through for Head of People. I'm the founder. Any chance you have 20 mins this week or next for a quick chat? Grab whatever works on my calendar: cal.com/ben-quillhaven/20

— Ben""",
)

# ---------------------------------------------------------------- offers (6)
add(
    "offer",
    frm="Priya Nair <pnair@crestbridge.com>",
    subject="Your offer from Crestbridge",
    date=d("2026-03-24 12:00", "-0700"),
    company="Crestbridge",
    contact="Priya",
    role="Senior HR Business Partner, Engineering",
    pdf="Crestbridge_Offer_Letter_MKowalska.pdf",
    body="""Hi Marta,

It's my absolute pleasure to share that we'd like to offer you the role of Senior HR Business Partner, Engineering at Crestbridge!

Your offer letter is attached, including base salary, equity and the relocation package we discussed. Please review it and let me know if you have any questions – I'm happy to jump on a call. We'd love to have your signed letter back by April 3.

Congratulations!
Priya""",
)

add(
    "offer",
    frm="Claudia Reinhardt <claudia.reinhardt@vossberg-pharma.de>",
    subject="Vertragsangebot – HR Business Partner Produktion",
    date=d("2026-07-07 10:10", "+0200"),
    company="Vossberg Pharma",
    contact="Claudia",
    role="HR Business Partner Produktion",
    lang="de",
    pdf="Arbeitsvertrag_Entwurf.pdf",
    body="""Liebe Frau Kowalska,

nach den positiven Gesprächen freue ich mich sehr, Ihnen die Position als HR Business Partner Produktion anbieten zu dürfen. Im Anhang finden Sie den Vertragsentwurf mit den besprochenen Konditionen (Jahresbruttogehalt, Dienstwagen, Start zum 1. Oktober 2026).

Bitte geben Sie uns bis zum 17. Juli Bescheid, ob Sie das Angebot annehmen.

Herzliche Grüße
Claudia Reinhardt
Leiterin Personal | Vossberg Pharma""",
)

add(
    "offer",
    frm="Niamh Gallagher <niamh@bluecairn.ie>",
    subject="Good news!",
    date=d("2026-02-18 19:40", "+0000"),
    company="Bluecairn",
    contact="Niamh",
    role="HR Lead",
    diff="hard",
    notes="follow-up to verbal offer; never says 'offer'; subject vague",
    body="""Marta,

Round closed yesterday 🎉 and, as I said on the phone this afternoon, we'd love you to come on board as our first HR Lead. The numbers are the same as we discussed in September, plus the extra 0.2% we talked about today.

Our lawyer will send the contract over tomorrow – have a read and shout with any questions. Can't wait to work together.

Niamh""",
)

add(
    "offer",
    frm="Workday <no-reply@myworkday.com>",
    subject="Action Required: Review your offer – Halvorsen Pharma",
    date=d("2026-05-04 09:30", "+0200"),
    company="Halvorsen Pharma",
    contact="Magnus",
    role="Talent Acquisition Lead, CEE",
    fmt="html",
    html=p("""Dear Marta,

Congratulations! Halvorsen Pharma is pleased to extend you an offer of employment for the position of <b>Talent Acquisition Lead, CEE</b>.

Please sign in to the candidate home to review and accept your offer documents by 11 May 2026.

If you have any questions, please contact your recruiter, Magnus Eide (magnus.eide@halvorsenpharma.com).

Halvorsen Pharma Talent Acquisition"""),
)

add(
    "offer",
    frm="Santiago Prieto <sprieto@lineaverde-retail.es>",
    subject="Propuesta de incorporación – Head of Talent Acquisition",
    date=d("2026-09-22 13:00", "+0200"),
    company="Línea Verde",
    contact="Santiago",
    role="Head of Talent Acquisition",
    lang="es",
    pdf="Carta_oferta_MKowalska.pdf",
    body="""Hola Marta:

Tras las entrevistas con el comité de dirección, tengo el placer de hacerte llegar nuestra propuesta formal para que te incorpores a Línea Verde como Head of Talent Acquisition. Adjunto la carta con las condiciones económicas, el paquete de beneficios y la fecha de incorporación propuesta.

Quedo a tu disposición para comentar cualquier detalle.

Un abrazo,
Santiago Prieto
Director de Personas, Línea Verde""",
)

add(
    "offer",
    frm="Harbourline Stores HR <hr@harbourline.com>",
    subject="Welcome to Harbourline – next steps",
    date=d("2026-06-25 16:45", "-0400"),
    company="Harbourline Stores",
    contact="Marisa",
    role="District HR Manager",
    diff="hard",
    notes="offer phrased as 'welcome' and conditional on background check; word 'offer' appears once late",
    body="""Hi Marta,

We're thrilled that you'll be joining us as District HR Manager for the Northeast region! Your starting salary will be $128,000 per year with eligibility for our annual bonus plan, and your proposed start date is July 27, 2026.

This offer is contingent on a successful background check; you'll receive a separate link from our screening partner. Please sign the attached offer letter by June 30.

Warm regards,
Marisa Collins
HR Operations, Harbourline Stores""",
    pdf="Harbourline_Offer.pdf",
)

# ---------------------------------------------------------------- application received (16)
add(
    "application_received",
    frm="Halvorsen Pharma <no-reply@myworkday.com>",
    subject="Thank you for applying – HR Business Partner – Commercial Operations",
    date=d("2025-01-28 21:14", "+0100"),
    company="Halvorsen Pharma",
    role="HR Business Partner – Commercial Operations",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Dear Marta,

Thank you for applying for the HR Business Partner – Commercial Operations position (R-20931). We have received your application and our team will review it shortly.

You can check the status of your application at any time in your candidate home.

Halvorsen Pharma Talent Acquisition""",
)

add(
    "application_received",
    frm="SmartRecruiters <notifications@smartrecruiters.com>",
    subject="Corvane Retail Group – We received your application",
    date=d("2025-07-02 11:20", "+0000"),
    company="Corvane Retail Group",
    role="Regional People Partner – Stores",
    body="""Hi Marta,

Thanks for your application for Regional People Partner – Stores. We're reviewing your profile and will be in touch if your experience matches what we're looking for.

Corvane Retail Group""",
)

add(
    "application_received",
    frm="Greenhouse <no-reply@us.greenhouse-mail.io>",
    subject="Thanks for applying to Quarrystone!",
    date=d("2025-04-30 10:01", "-0400"),
    company="Quarrystone",
    role="Director, People Partnering",
    diff="hard",
    notes="acknowledgement describes interview process and possible 'not moving forward'",
    body="""Hi Marta,

Thanks for applying for Director, People Partnering! Here's what happens next:

1. Our recruiting team reviews every application within 10 business days.
2. If there's a potential fit, we'll invite you to a 30-minute phone interview.
3. If we decide not to move forward, we'll let you know by email — we don't ghost.

In the meantime, check out our blog to learn more about life at Quarrystone.

Quarrystone Recruiting""",
)

add(
    "application_received",
    frm="Personio <jobs@personio.de>",
    subject="Ihre Bewerbung bei Fernwerk Energie",
    date=d("2026-01-21 19:45", "+0100"),
    company="Fernwerk Energie",
    role="Senior Recruiter (m/w/d)",
    lang="de",
    body="""Hallo Marta,

vielen Dank für Ihre Bewerbung als Senior Recruiter (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden nun sorgfältig geprüft. Wir melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Fernwerk Talent Team""",
)

add(
    "application_received",
    frm="Recruitee <no-reply@recruitee.com>",
    subject="Application received: People Partner Benelux & DACH",
    date=d("2026-01-09 08:33", "+0100"),
    company="Nimbus Freight",
    role="People Partner Benelux & DACH",
    body="""Hi Marta,

We've received your application for People Partner Benelux & DACH at Nimbus Freight. Thanks for your interest!

We'll get back to you as soon as possible.

Nimbus Freight""",
)

add(
    "application_received",
    frm="iCIMS <donotreply@icims.com>",
    subject="Verdigris Health – Application Confirmation",
    date=d("2025-07-22 22:08", "-0500"),
    company="Verdigris Health",
    role="Senior Talent Acquisition Partner",
    fmt="html",
    headers={"Auto-Submitted": "auto-generated"},
    html=p("""Dear Marta,

Thank you for applying for <b>Senior Talent Acquisition Partner</b> (Job ID 2025-4471). This message confirms we have received your application.

If your qualifications match our needs, a member of our Talent Acquisition team will contact you. Unfortunately, due to the high volume of applications, we are unable to respond to every applicant individually.

Verdigris Health"""),
)

add(
    "application_received",
    frm="Candidature Soleterre <noreply@soleterre.teamtailor.com>",
    subject="Nous avons bien reçu votre candidature",
    date=d("2026-09-20 23:02", "+0200"),
    company="Soleterre",
    role="Talent Acquisition Manager",
    lang="fr",
    body="""Bonjour Marta,

Merci pour votre candidature au poste de Talent Acquisition Manager. Elle a bien été transmise à notre équipe recrutement, qui reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Soleterre""",
)

add(
    "application_received",
    frm="Lever <no-reply@hire.lever.co>",
    subject="Thanks for your application to Brightfield Robotics",
    date=d("2026-07-28 15:16", "-0400"),
    company="Brightfield Robotics",
    role="Head of People Operations",
    body="""Hi Marta,

Thank you for your interest in the Head of People Operations role at Brightfield Robotics. We've got your application and our team is reviewing it.

Brightfield Robotics""",
)

add(
    "application_received",
    frm="Jobvite <noreply@jobvite.com>",
    subject="Application Submitted: Sr. HRBP – Distribution Centers",
    date=d("2025-08-19 02:11", "-0700"),
    company="Palisade Distribution",
    role="Sr. HRBP – Distribution Centers",
    diff="hard",
    notes="company only in body; mentions assessment and 'unfortunately' in acknowledgement",
    body="""Hello Marta,

Your application for Sr. HRBP – Distribution Centers has been successfully submitted to Palisade Distribution.

Some roles require an online assessment; if so, you'll receive a separate email. Unfortunately we cannot accept updates to a submitted application, but you're welcome to apply to other roles.

Regards,
Talent Acquisition""",
)

add(
    "application_received",
    frm="Workable <noreply@candidates.workablemail.com>",
    subject="Plumline: thanks for applying",
    date=d("2025-09-11 14:00", "+0300"),
    company="Plumline",
    role="Head of Talent",
    body="""Hi Marta,

Thanks for applying to the Head of Talent role at Plumline. A real human will read your application — we'll reply within 7 days either way.

The Plumline team""",
)

add(
    "application_received",
    frm="Ashby <no-reply@ashbyhq.com>",
    subject="Application received – Tidepool Labs",
    date=d("2025-06-02 09:12", "-0700"),
    company="Tidepool Labs",
    role="People Business Partner, GTM",
    fmt="html",
    cte="base64",
    html=p("""Hi Marta,

Thank you for applying to <b>People Business Partner, GTM</b> at Tidepool Labs. We'll review your application and reach out if there's a match.

Tidepool Labs"""),
)

add(
    "application_received",
    frm="Empleo Hostelia <empleo@hostelia-hoteles.com>",
    subject="Hemos recibido tu candidatura",
    date=d("2025-10-02 18:35", "+0200"),
    company="Hostelia Hoteles",
    role="Talent Manager Península",
    lang="es",
    body="""Hola Marta,

Gracias por tu interés en formar parte de Hostelia Hoteles. Hemos recibido correctamente tu candidatura para Talent Manager Península.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para una entrevista.

Equipo de Selección""",
)

add(
    "application_received",
    frm="Westmere Borough Council <noreply@jobs.westmere.gov.uk>",
    subject="Application acknowledgement – WBC/HR/0419",
    date=d("2025-10-13 16:04", "+0100"),
    company="Westmere Borough Council",
    role="Organisational Development Manager",
    diff="hard",
    notes="acknowledgement mentions 'not shortlisted' as possible future outcome",
    body="""Dear Marta Kowalska,

Thank you for submitting your application for Organisational Development Manager (WBC/HR/0419). The closing date is 24 October 2025.

Shortlisting will take place within two weeks of the closing date. If you have not been contacted within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Recruitment Team""",
)

add(
    "application_received",
    frm="BambooHR <notifications@app.bamboohr.com>",
    subject="Foxglove Studios received your application",
    date=d("2026-06-08 12:27", "-0400"),
    company="Foxglove Studios",
    role="HR Manager",
    body="""Hi Marta,

Thanks for applying for the HR Manager position at Foxglove Studios. We've received your application and will be in touch soon regarding next steps.

Foxglove Studios""",
)

add(
    "application_received",
    frm='"Anja Kessler" <anja.kessler@kessler-partner.de>',
    subject="Ihre Unterlagen – Mandat HR-Leitung",
    date=d("2026-04-14 09:03", "+0200"),
    company="Kessler & Partner",
    contact="Anja",
    role="Leitung Personal (m/w/d)",
    lang="de",
    diff="hard",
    notes="exec-search firm acknowledges CV; client anonymous; templated but personal-looking",
    body="""Sehr geehrte Frau Kowalska,

vielen Dank für die Zusendung Ihrer Unterlagen für das Mandat „Leitung Personal (m/w/d)“ bei einem mittelständischen Automobilzulieferer in Süddeutschland. Wir haben Ihre Bewerbung erhalten und prüfen sie derzeit.

Sie hören innerhalb von 14 Tagen von uns.

Mit besten Grüßen
Anja Kessler
Kessler & Partner Executive Search""",
)

add(
    "application_received",
    frm="Taleo <noreply@taleo.net>",
    subject="Bellwether Consumer Goods - Thank you for your submission",
    date=d("2026-02-04 06:50", "-0600"),
    company="Bellwether Consumer Goods",
    role="HR Business Partner, Supply Chain",
    body="""Dear Marta Kowalska,

Thank you for your interest in Bellwether Consumer Goods. This is to confirm receipt of your application for Job Requisition 26-00312, HR Business Partner, Supply Chain.

Our recruiters will review your qualifications. Should your background match our requirements, we will contact you.

Bellwether Consumer Goods Talent Acquisition""",
)

# ---------------------------------------------------------------- auto replies (14)
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
add(
    "auto_reply",
    frm="Rachel Dunmore <rachel.dunmore@cobaltline.com>",
    subject="Out of Office: Senior People Partner – references",
    date=d("2025-03-10 07:02", "-0500"),
    company="Cobaltline",
    contact="Rachel",
    role="Senior People Partner",
    ret="2025-03-14",
    headers=AR,
    reply=True,
    body="""Thank you for your email. I'm out of the office with limited access to email and will be back on 3/14. For urgent recruiting matters, please contact talent@cobaltline.com.

Rachel""",
)

add(
    "auto_reply",
    frm="Julia Hartmann <julia.hartmann@nordhafen-bank.de>",
    subject="Abwesenheitsnotiz: Rückfrage zum Interviewtermin",
    date=d("2025-04-17 08:41", "+0200"),
    company="Nordhafen Bank",
    contact="Julia",
    role="",
    ret="2025-04-28",
    lang="de",
    headers={"Auto-Submitted": "auto-replied"},
    reply=True,
    diff="hard",
    notes="German OOO; subject contains 'Interviewtermin'; short date format",
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25.04. nicht im Büro und ab Montag, 28.04.2025, wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@nordhafen-bank.de.

Mit freundlichen Grüßen
Julia Hartmann""",
)

add(
    "auto_reply",
    frm="Chloé Vasseur <c.vasseur@maisonbrevard.fr>",
    subject="Réponse automatique : Merci pour l'entretien",
    date=d("2025-08-06 12:15", "+0200"),
    company="Maison Brévard",
    contact="Chloé",
    ret="2025-08-25",
    lang="fr",
    headers=AR,
    reply=True,
    body="""Bonjour,

Je suis actuellement en congés et serai de retour le lundi 25 août. Pour toute demande urgente, merci de contacter recrutement@maisonbrevard.fr.

Bien cordialement,
Chloé Vasseur""",
)

add(
    "auto_reply",
    frm="Raquel Fuentes <raquel.fuentes@bancoribera.es>",
    subject="Respuesta automática: Documentación solicitada",
    date=d("2025-12-23 16:20", "+0100"),
    company="Banco Ribera",
    contact="Raquel",
    ret="2026-01-07",
    lang="es",
    headers={"X-Autoreply": "yes"},
    reply=True,
    body="""Gracias por tu mensaje. Estoy de vacaciones y volveré a la oficina el 7 de enero de 2026. Durante mi ausencia no tendré acceso al correo.

¡Felices fiestas!
Raquel Fuentes""",
)

add(
    "auto_reply",
    frm="Ines Marlowe <ines.marlowe@kelpie.io>",
    subject="Automatic reply: Re: Interview follow-up",
    date=d("2025-04-04 03:10", "-0700"),
    company="Kelpie Software",
    contact="Ines",
    role="HR Business Partner (EMEA)",
    headers=AR,
    reply=True,
    diff="hard",
    notes="subject says interview; no return date",
    body="""Hi there, I'm travelling for our offsite this week with very patchy connectivity. I'll reply as soon as I can. If it's about an interview you have scheduled with Kelpie, it's still on – nothing changes!

Ines""",
)

add(
    "auto_reply",
    frm="Peter Lang <peter.lang@oberon-analytics.com>",
    subject="Automatic reply: Sr. Manager, HR Business Partnering – question",
    date=d("2025-11-21 11:33", "-0500"),
    company="Oberon Analytics",
    contact="Peter",
    headers=AR,
    reply=True,
    diff="hard",
    notes="'no longer work here' with alternate contact; no return date",
    body="""Hello,

I no longer work at Oberon Analytics. For questions about open roles, please contact Sandra Okafor at sandra.okafor@oberon-analytics.com. For everything else, please write to hr@oberon-analytics.com.

Thank you.""",
)

add(
    "auto_reply",
    frm="Careers Westmere <careers@westmere.gov.uk>",
    subject="Re: Query about WBC/HR/0419",
    date=d("2025-10-20 10:02", "+0100"),
    company="Westmere Borough Council",
    headers={"Precedence": "auto_reply"},
    reply=True,
    diff="hard",
    notes="unmonitored mailbox bounce-back; only Precedence header",
    body="""This mailbox is not monitored. Your message has not been read.

For questions about a vacancy, please use the contact details in the job advert. To check your application status, log in to your applicant account at jobs.westmere.gov.uk.

Westmere Borough Council""",
)

add(
    "auto_reply",
    frm="Hannah Lindqvist <hannah.lindqvist@solvbergfoods.se>",
    subject="Autosvar / Auto-reply: Thank you",
    date=d("2025-11-25 09:00", "+0100"),
    company="Sölvberg Foods",
    contact="Hannah",
    ret="2026-09-01",
    headers={"Auto-Submitted": "auto-replied"},
    reply=True,
    diff="hard",
    notes="parental leave; long absence; bilingual subject",
    body="""Hi! I'm on parental leave and will be returning on 1 September 2026. In the meantime, please contact my colleague Erik Sandell (erik.sandell@solvbergfoods.se) for anything related to recruitment or People topics.

Hannah""",
)

add(
    "auto_reply",
    frm="Mark Feeney <mark.feeney@orrisgroup.com>",
    subject="Automatic reply: Thank you – HRBP Finance panel",
    date=d("2025-12-17 18:05", "+0000"),
    company="Orris Group",
    contact="Mark",
    ret="2025-12-22",
    reply=True,
    diff="hard",
    notes="relative return ('back Monday'); no auto-reply headers",
    body="""Thanks for your email – I'm out at a client site for the rest of the week and back Monday. I'll respond then.

Mark Feeney""",
)

add(
    "auto_reply",
    frm="Priya Nair <pnair@crestbridge.com>",
    subject="OOO: Re: Crestbridge – interview invitation",
    date=d("2026-02-27 13:48", "-0800"),
    company="Crestbridge",
    contact="Priya",
    ret="2026-03-09",
    headers=AR,
    reply=True,
    body="""Hi, thanks for your note! I'm out on vacation, returning Monday 9 March. For anything time-sensitive, reach out to recruiting@crestbridge.com.

Priya""",
)

add(
    "auto_reply",
    frm="Lukas Brandner <l.brandner@alpenmark-versicherung.at>",
    subject="Abwesend: Ihre Nachricht",
    date=d("2025-10-01 14:27", "+0200"),
    company="Alpenmark Versicherung",
    contact="Lukas",
    ret="2025-10-13",
    lang="de",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    reply=True,
    body="""Guten Tag,

ich bin bis einschließlich 10.10.2025 auf Dienstreise und ab dem 13.10.2025 wieder im Büro. Ihre Nachricht wird in dieser Zeit nicht gelesen.

Mit freundlichen Grüßen
Lukas Brandner""",
)

add(
    "auto_reply",
    frm="Anaïs Morel <anais.morel@soleterre-group.com>",
    subject="Absence du bureau – Re: Entretien Talent Acquisition Manager",
    date=d("2026-10-21 17:30", "+0200"),
    company="Soleterre",
    contact="Anaïs",
    ret="2026-11-02",
    lang="fr",
    headers={"X-Autoreply": "yes"},
    reply=True,
    diff="hard",
    notes="French; subject mentions entretien; 'inclus' plus explicit return",
    body="""Bonjour,

Merci pour votre message. Je suis absente jusqu'au vendredi 30 octobre inclus, avec un accès limité à mes e-mails. Je reprendrai le lundi 2 novembre.

Pour les candidatures en cours, vous pouvez joindre Julien Ferrari (julien.ferrari@soleterre-group.com).

Anaïs Morel""",
)

add(
    "auto_reply",
    frm="Daniel Okoro <daniel.okoro@brightmoor.ac.uk>",
    subject="Automatic reply: Feedback request",
    date=d("2025-04-04 09:15", "+0100"),
    company="University of Brightmoor",
    contact="Daniel",
    ret="2025-04-14",
    headers=AR,
    reply=True,
    diff="hard",
    notes="UK date format dd/mm/yyyy",
    body="""Thank you for your email. I am on annual leave, returning 14/04/2025. If your query is urgent, please contact hr-operations@brightmoor.ac.uk.

Daniel Okoro
Head of HR Operations""",
)

add(
    "auto_reply",
    frm="Tom Behrens <tom.behrens@harrowgate-search.com>",
    subject="Out of office",
    date=d("2025-08-20 06:55", "+0100"),
    company="Harrowgate Search",
    contact="Tom",
    ret="2025-09-02",
    reply=True,
    headers={"Auto-Submitted": "auto-replied"},
    body="""I'm on holiday with no email access and will be back in the office on Tuesday 2 September. For anything urgent please call the Harrowgate office on +44 20 7946 0300.

Tom Behrens | Partner | Harrowgate Search""",
)

# ---------------------------------------------------------------- other (26)
UNSUB = {"List-Unsubscribe": "<https://links.mailer-hub.com/unsub?u=mk23>", "Precedence": "bulk"}
add(
    "other",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject="14 new jobs for “HR Business Partner” in Warsaw",
    date=d("2025-01-14 07:30", "+0000"),
    headers=UNSUB,
    fmt="alt",
    body="""Your job alert for HR Business Partner in Warsaw, Masovian, Poland

Senior HR Business Partner – Halvorsen Pharma – Warsaw (Hybrid)
HRBP Operations – Polmedica – Warsaw
People Partner – Kelpie Software – Remote (EMEA)
... and 11 more

See all jobs: https://www.linkedin.com/jobs/alerts""",
    html=p("""<b>14 new jobs</b> for HR Business Partner in Warsaw

Senior HR Business Partner – Halvorsen Pharma – Warsaw (Hybrid)<br>HRBP Operations – Polmedica<br>People Partner – Kelpie Software

<a href="https://www.linkedin.com/jobs/alerts">See all jobs</a>"""),
)

add(
    "other",
    frm="Tomasz Wójcik <tomasz.wojcik@vistulon.com>",
    subject="Kandydat na Kierownika Zmiany – interview on Thursday?",
    date=d("2025-02-04 12:14", "+0100"),
    contact="Tomasz",
    diff="hard",
    notes="HR-work: hiring manager at her employer asks to schedule a candidate's interview",
    body="""Hi Marta,

I liked the CV of Michał Nowak for the shift manager role. Can you set up the interview with him on Thursday at 10:00 in the plant? Please also invite Agnieszka from production.

Thanks,
Tomasz Wójcik
Plant Manager, Vistulon Appliances – Wrocław""",
)

add(
    "other",
    frm="Ewa Malinowska <ewa.malinowska88@gmail.com>",
    subject="Re: Your application – Vistulon Appliances",
    date=d("2025-02-20 22:41", "+0100"),
    contact="Ewa",
    reply=True,
    diff="hard",
    notes="HR-work: a candidate replies to Marta's rejection, quoting it",
    body="""Dear Ms Kowalska,

Thank you for letting me know. I was disappointed, of course, but I appreciate the honest feedback. Could you tell me whether I may apply again for the logistics coordinator role next year?

Kind regards,
Ewa Malinowska

> On 19 Feb 2025, Marta Kowalska wrote:
> Dear Ewa, thank you for interviewing with us. Unfortunately we have decided not to move forward with your application for the Logistics Coordinator position...""",
)

add(
    "other",
    frm="People Matters Weekly <newsletter@peoplematters-weekly.com>",
    subject="How to write rejection emails candidates actually respect",
    date=d("2025-03-12 06:00", "+0000"),
    headers=UNSUB,
    diff="hard",
    notes="HR newsletter quoting rejection and offer templates",
    fmt="html",
    html=p("""<h2>This week in People Matters</h2>

<b>1. Rejection done right.</b> "We've decided to move forward with other candidates" is the most common line in rejection emails – and the most hated. Here are five alternatives we tested with 2,000 candidates.

<b>2. Offer acceptance rates are falling.</b> Why candidates walk away after a verbal offer.

<b>3. Interview scorecards that work.</b>

<a href="https://peoplematters-weekly.com/unsubscribe">Unsubscribe</a>"""),
)

add(
    "other",
    frm="Greenhouse Notifications <notifications@greenhouse.io>",
    subject="Offer approved: Anna Zielińska – Financial Analyst",
    date=d("2025-04-08 15:20", "+0200"),
    diff="hard",
    notes="HR-work ATS notification about a candidate's offer approval",
    body="""Hi Marta,

The offer for Anna Zielińska (Financial Analyst, Warsaw) has been approved by all approvers. You can now send the offer to the candidate.

View in Greenhouse: https://app.greenhouse.io/offers/88213

— Greenhouse""",
)

add(
    "other",
    frm="Kasia <kasia.lewandowska@onet.pl>",
    subject="trzymaj kciuki!",
    date=d("2025-04-24 20:02", "+0200"),
    contact="Kasia",
    diff="hard",
    notes="friend's personal mail about her own interview",
    body="""Hej Marta!

Jutro mam rozmowę kwalifikacyjną w tym banku, o którym Ci mówiłam – final round with the CFO 😬 Trzymaj kciuki! If I get the offer, drinks are on me.

Buziaki,
Kasia""",
)

add(
    "other",
    frm="The Talent Table Podcast <hello@talenttable.fm>",
    subject="New episode: an interview with Halvorsen Pharma's CHRO",
    date=d("2025-05-15 13:00", "-0400"),
    headers=UNSUB,
    diff="hard",
    notes="podcast 'interview' naming a real-looking employer",
    body="""Episode 88 is live!

This week we sit down for an in-depth interview with the Chief HR Officer of Halvorsen Pharma about skills-based hiring, internal mobility and what she looks for when she interviews HR business partners.

Listen now: https://talenttable.fm/88

You're receiving this because you subscribed at talenttable.fm.""",
)

add(
    "other",
    frm="mBank <powiadomienia@mbank.pl>",
    subject="Transakcja odrzucona / Transaction declined",
    date=d("2025-06-18 19:44", "+0200"),
    diff="hard",
    notes="card declined; 'unfortunately' and 'rejected'",
    body="""Dear Customer,

Unfortunately your card transaction of 389.00 EUR at IBERIA.COM was rejected because it exceeded your daily limit. If you did not attempt this payment, please contact us immediately.

mBank""",
)

add(
    "other",
    frm="CIPD Conference Programme <programme@peopleconf-events.org>",
    subject="Your session proposal for the Annual Conference",
    date=d("2025-07-01 10:00", "+0100"),
    diff="hard",
    notes="conference talk proposal not accepted (not a job)",
    body="""Dear Marta Kowalska,

Thank you for submitting your session proposal, "Hiring managers as co-owners of candidate experience", for the Annual People Conference.

We received over 600 proposals this year and regret to inform you that your submission has not been accepted for the main programme. We hope you will join us as a delegate.

Conference Programme Committee""",
)

add(
    "other",
    frm="Kadrex Recruitment <marketing@kadrex-recruitment.pl>",
    subject="Candidates ready to interview this week – Finance & Logistics",
    date=d("2025-08-26 08:00", "+0200"),
    headers=UNSUB,
    diff="hard",
    notes="agency sales mail to Marta as a hiring HR person; 'ready to interview'",
    body="""Dear Marta,

Struggling to fill logistics roles before peak season? Our consultants have 12 pre-screened candidates available to interview this week, including 3 warehouse managers with SAP EWM experience.

Reply to this email to book a call with your account manager, Piotr.

Kadrex Recruitment""",
)

add(
    "other",
    frm="StepStone Jobagent <jobagent@stepstone.de>",
    subject="Ihr Jobagent: 9 neue Jobs als HR Business Partner",
    date=d("2025-09-09 06:15", "+0200"),
    headers=UNSUB,
    lang="de",
    body="""Hallo Marta Kowalska,

hier sind die neuesten Stellenangebote für Ihren Jobagenten „HR Business Partner, Berlin“:

- HR Business Partner (m/w/d) – Fernwerk Energie – Berlin
- Senior HRBP Tech (m/w/d) – Lumenkade – Berlin
- People Partner (m/w/d) – Nimbus Freight – Hamburg

Alle Jobs ansehen: https://www.stepstone.de/jobagent

Ihr StepStone-Team""",
)

add(
    "other",
    frm="Welcome to the Jungle <newsletter@welcometothejungle.com>",
    subject="Entretien d'embauche : les 7 questions qui piègent les recruteurs",
    date=d("2025-10-07 08:30", "+0200"),
    headers=UNSUB,
    lang="fr",
    diff="hard",
    notes="French newsletter about job interviews and offers",
    fmt="html",
    html=p("""Bonjour Marta,

Cette semaine : comment préparer un entretien d'embauche quand on est soi-même recruteur, et pourquoi refuser une offre n'est jamais une mauvaise nouvelle.

<a href="https://www.welcometothejungle.com/fr/articles">Lire l'article</a>

Se désinscrire"""),
)

add(
    "other",
    frm="Tomasz Wójcik <tomasz.wojcik@vistulon.com>",
    subject="Invitation: Interview – Michał Nowak (Shift Manager) @ Thu 6 Feb 2025 10:00",
    date=d("2025-02-04 15:02", "+0100"),
    contact="Tomasz",
    diff="hard",
    notes="HR-work calendar invite where Marta is an interviewer",
    ics=ics_event(
        "Interview – Michał Nowak (Shift Manager)",
        "20250206T100000",
        "20250206T110000",
        "Europe/Warsaw",
        "tomasz.wojcik@vistulon.com",
    ),
    body="""Interview with candidate Michał Nowak for Shift Manager, Wrocław plant. Interviewers: Tomasz Wójcik, Agnieszka Bąk, Marta Kowalska (HR).""",
)

add(
    "other",
    frm="Zalando <info@service-mail.zalando.pl>",
    subject="Your offer: 20% off new-season coats",
    date=d("2025-11-05 11:00", "+0100"),
    headers=UNSUB,
    fmt="html",
    cte="base64",
    html=p("""Hi Marta,

Exclusive offer for you: <b>20% off</b> new-season coats until Sunday. Code: WARM20.

<a href="https://www.zalando.pl">Shop now</a>"""),
)

add(
    "other",
    frm="Immobilien Spreebogen <vermietung@spreebogen-immo.de>",
    subject="Ihre Mietbewerbung – Wohnung Kastanienallee 41",
    date=d("2025-12-09 14:00", "+0100"),
    contact="Jens",
    lang="de",
    diff="hard",
    notes="apartment application declined; German 'Absage'-style wording",
    body="""Sehr geehrte Frau Kowalska,

vielen Dank für Ihr Interesse an der Wohnung in der Kastanienallee 41. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Jens Köhler
Immobilien Spreebogen""",
)

add(
    "other",
    frm="Banco Ibérico Digital <avisos@bancoiberico-digital.es>",
    subject="Tu solicitud de préstamo personal",
    date=d("2026-01-19 09:30", "+0100"),
    lang="es",
    diff="hard",
    notes="loan application not approved",
    body="""Hola Marta,

Hemos estudiado tu solicitud de préstamo personal. Lamentamos comunicarte que en este momento no podemos aprobarla según nuestros criterios de riesgo.

Puedes volver a solicitarlo dentro de 6 meses.

Banco Ibérico Digital""",
)

add(
    "other",
    frm="Admissions – St. Aidan's International School <admissions@staidans-intl.ie>",
    subject="Offer of a place – Year 3, September 2026",
    date=d("2026-02-13 12:00", "+0000"),
    contact="Niall",
    diff="hard",
    notes="school place offer for her child",
    body="""Dear Ms Kowalska,

We are delighted to offer your son, Jan, a place in Year 3 at St. Aidan's International School commencing September 2026. Please accept the offer via the parent portal by 6 March.

With best wishes,
Niall Brennan
Registrar""",
)

add(
    "other",
    frm="Teamtailor <notifications@teamtailor.com>",
    subject="New candidate: Lukas Meyer applied for Warehouse Team Leader",
    date=d("2026-03-02 10:11", "+0100"),
    diff="hard",
    notes="HR-work ATS notification: a candidate applied to Marta's own job",
    body="""Hi Marta,

Lukas Meyer just applied for Warehouse Team Leader (Poznań).

Review the application: https://app.teamtailor.com/companies/vistulon/candidates/51133

You're receiving this as a recruiter on this job.""",
)

add(
    "other",
    frm="Agata from Justjoin <news@justjoin.it>",
    subject="Raport płacowy HR 2026 + webinar",
    date=d("2026-03-25 09:00", "+0100"),
    headers=UNSUB,
    body="""Hi Marta,

Our 2026 HR salary report is out: median pay for HR Business Partners in Poland rose 8% year on year. Join our webinar on 2 April to discuss the results.

Download the report: https://justjoin.it/raport-hr-2026

Agata, Justjoin""",
)

add(
    "other",
    frm="Ola Kamińska <ola.kaminska@gmail.com>",
    subject="Fwd: Head of People – Soleterre (Lyon)",
    date=d("2026-04-01 21:18", "+0200"),
    contact="Ola",
    diff="hard",
    notes="friend forwards a posting; posting mentions interview process",
    body="""Marta, this looks SO you. The salary is good and Lyon is lovely. Apply!!

Ola

---------- Forwarded message ---------
From: Soleterre Careers <jobs@soleterre-group.com>
Subject: Head of People – Soleterre (Lyon)

We're hiring a Head of People. Process: 1) call with Talent, 2) interview with the COO, 3) case study. Apply by 30 April.""",
)

add(
    "other",
    frm="Workday <no-reply@myworkday.com>",
    subject="Your expense report ER-00418 was rejected",
    date=d("2026-05-06 16:45", "+0200"),
    diff="hard",
    notes="Workday 'rejected' about an expense report",
    body="""Your expense report ER-00418 (Recruitment fair Poznań – travel) was rejected by Joanna Lis.

Comment: please attach the hotel invoice.

Vistulon Appliances Workday""",
)

add(
    "other",
    frm="LinkedIn <messages-noreply@linkedin.com>",
    subject="Rafael Ortiz sent you a message",
    date=d("2026-06-02 18:05", "+0000"),
    headers=UNSUB,
    diff="hard",
    notes="recruiter InMail notification; mentions role and 'chat'",
    body="""Rafael Ortiz, Recruiter at Meridia Staffing
"Hi Marta, I have an exciting HR Director opportunity with a global logistics client. Open to a chat?"

Reply: https://www.linkedin.com/messaging/

You are receiving LinkedIn notification emails.""",
)

add(
    "other",
    frm="InfoJobs <alertas@infojobs.net>",
    subject="5 ofertas nuevas de HR Business Partner en Madrid",
    date=d("2026-07-14 07:45", "+0200"),
    headers=UNSUB,
    lang="es",
    body="""Hola Marta,

Tenemos 5 ofertas nuevas que encajan con tu alerta "HR Business Partner – Madrid":

- HRBP Banca Corporativa – Banco Ribera
- HR Business Partner – Transportes Cierzo
- Talent Manager – Hostelia Hoteles

Ver ofertas: https://www.infojobs.net/alertas""",
)

add(
    "other",
    frm="Paweł Zieliński <pawel.zielinski@vistulon.com>",
    subject="Re: Offer for the Controlling Manager candidate",
    date=d("2026-08-04 11:30", "+0200"),
    contact="Paweł",
    reply=True,
    diff="hard",
    notes="HR-work: manager discusses offer for a candidate; 'reject' and 'offer' words",
    body="""Marta,

I'd reject his counter-proposal on the car allowance but we can move on base salary by 5%. Please send him the revised offer today – I don't want to lose him to the competition.

Paweł

> Marta Kowalska wrote:
> The candidate came back asking for +12% and a car allowance. How do you want to proceed?""",
)

add(
    "other",
    frm="FitPark Gym <club@fitpark.pl>",
    subject="Zajęcia odwołane / Class cancelled",
    date=d("2026-10-12 06:30", "+0200"),
    headers=UNSUB,
    body="""We regret to inform you that tomorrow's 7:00 Pilates class has been cancelled due to instructor illness. Your booking has been refunded to your class pass.

FitPark""",
)

add(
    "other",
    frm="DHL Express <noreply@dhl.com>",
    subject="Your shipment is on hold – action required",
    date=d("2026-11-03 09:12", "+0100"),
    diff="hard",
    notes="parcel 'on hold' for customs",
    body="""Hello,

Your shipment 1234567890 is on hold at customs. Please pay the import duties of 42.10 PLN to release it.

DHL Express""",
)


if __name__ == "__main__":
    main()
