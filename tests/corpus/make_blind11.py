"""Generate the blind11 evaluation corpus (labelled .eml files for the job-search classifier).

Run: python tests/corpus/make_blind11.py   (stdlib only; writes tests/corpus/blind11/NNN.eml + labels.csv)
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind11"
SEEKER = "Grace Mwangi <grace.mwangi.jobs@yahoo.com>"
SEEKER_ADDR = "grace.mwangi.jobs@yahoo.com"
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

ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []

FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


def para_html(text: str, brand: str = "", footer: str = "") -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "\n".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    head = (
        f'<div style="background:#1f3a5f;color:#fff;padding:12px;font-size:18px">{htmlmod.escape(brand)}</div>'
        if brand
        else ""
    )
    foot = f'<p style="font-size:11px;color:#777">{htmlmod.escape(footer)}</p>' if footer else ""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,sans-serif">'
        f'{head}<div style="padding:16px">\n{body}\n</div>{foot}</body></html>\n'
    )


def quote(text: str, intro: str) -> str:
    lines = [(">" + (" " + ln if ln else "")) for ln in text.strip().splitlines()]
    return intro + "\n" + "\n".join(lines) + "\n"


def outlook_quote(text: str, frm: str, sent: str, to: str, subj: str) -> str:
    return (
        "________________________________\n"
        f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n" + text.strip() + "\n"
    )


def ics(
    summary: str,
    start: str,
    end: str,
    tzid: str,
    organizer: str,
    uid: str,
    location: str = "Microsoft Teams Meeting",
    desc: str = "",
) -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"ORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{SEEKER_ADDR}\r\n"
        f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        + (f"DESCRIPTION:{desc}\r\n" if desc else "")
        + f"UID:{uid}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def mail(
    label: str,
    *,
    frm: str,
    subj: str,
    date: str,
    text: str | None = None,
    html: str | None = None,
    company: str = "",
    contact: str = "",
    role: str = "",
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iv: str = "",
    cte: str | None = None,
    hdrs: dict[str, str] | None = None,
    reply: str | None = None,
    pdf: str | None = None,
    cal: str | None = None,
    cal_inline: bool = False,
    to: str = SEEKER,
    cc: str | None = None,
) -> None:
    n = len(MSGS) + 1
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subj
    msg["Date"] = format_datetime(dt(date))
    msg["Message-ID"] = mid(f"blind11-{n}-{subj}", domain)
    if reply:
        parent = mid(f"parent-{reply}", "mail.yahoo.com")
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in (hdrs or {}).items():
        msg[k] = v
    if text is not None:
        msg.set_content(text, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=cte)
    else:
        assert html is not None
        msg.set_content(html, subtype="html", cte=cte)
    if cal is not None:
        if cal_inline:
            msg.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(cal, subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
    if pdf is not None:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=pdf)
    MSGS.append(msg)
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


AUTO_GEN = {"Auto-Submitted": "auto-generated"}
AUTO_REP = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def rejections() -> None:
    t = """Dear Grace,

Thank you for your interest in the Instructional Designer II position (Req R-20418) with Lakeshore Regional Health.

We have carefully reviewed your background against the requirements of this role, and we have decided to move forward with other candidates at this time.

We encourage you to keep your candidate profile current and to continue exploring openings across our hospitals and clinics.

Sincerely,
Talent Acquisition
Lakeshore Regional Health

This message was sent from an unmonitored address. Please do not reply."""
    mail(
        "rejection",
        frm="Lakeshore Regional Health <lakeshorehealth@myworkday.com>",
        subj="Update on your application - Instructional Designer II",
        date="2025-02-11 15:42 -0600",
        text=t,
        html=para_html(t, "Lakeshore Regional Health"),
        cte="quoted-printable",
        company="Lakeshore Regional Health",
        role="Instructional Designer II",
        notes="Workday template",
        hdrs=AUTO_GEN,
    )

    t = """Dear GRACE MWANGI,

Thank you for applying for the position of Training Coordinator (Recruitment #25-0317-02) with the County of Marlow Creek.

Your application and supplemental questionnaire have been evaluated by a subject matter expert panel. Based on this evaluation, your score did not place you within the top group of candidates, and your name will not be placed on the eligible list for this recruitment.

You may view the status of all of your applications at any time by logging in to your account at www.governmentjobs.com.

If you have questions regarding this notice, please contact Human Resources at (559) 555-0143.

County of Marlow Creek Human Resources"""
    mail(
        "rejection",
        frm="County of Marlow Creek <noreply@governmentjobs.com>",
        subj="Training Coordinator - Application Status",
        date="2025-05-02 11:05 -0700",
        text=t,
        company="County of Marlow Creek",
        role="Training Coordinator",
        diff="hard",
        notes="civil-service eligible list wording; no 'unfortunately'",
    )

    h = para_html(
        """Dear Grace Mwangi,

On behalf of the search committee, thank you for applying for the Learning Experience Designer position (Posting #0007421) at Hollins State University.

The committee has completed its review and has selected a candidate whose qualifications more closely align with the needs of the Center for Teaching Excellence. We appreciate the time you invested in your application.

We wish you every success in your professional endeavors.

Office of Human Resources
Hollins State University""",
        "Hollins State University | Careers",
        "Please do not reply to this e-mail; this mailbox is not monitored. Powered by PeopleAdmin.",
    )
    mail(
        "rejection",
        frm="Hollins State University Human Resources <noreply@peopleadmin.com>",
        subj="Hollins State University - Posting #0007421",
        date="2025-03-27 09:30 -0400",
        html=h,
        cte="base64",
        company="Hollins State University",
        role="Learning Experience Designer",
        notes="PeopleAdmin, HTML only, base64; company only in body/sender name",
        hdrs=AUTO_GEN,
    )

    t = """Dear Applicant,

Thank you for your interest in employment with Cedar Valley School District. This letter is to inform you that the position of Instructional Coach (K-8), Job ID 4417, has been filled.

Your application will remain active in our system for one year and you may apply for other vacancies as they are posted.

Sincerely,
Department of Human Resources
Cedar Valley School District"""
    mail(
        "rejection",
        frm="Cedar Valley School District <hr-noreply@applitrack.com>",
        subj="Position Filled: Instructional Coach (K-8)",
        date="2025-06-18 07:15 -0500",
        text=t,
        company="Cedar Valley School District",
        role="Instructional Coach (K-8)",
        notes="AppliTrack 'Dear Applicant' position filled",
    )

    t = """Hi Grace,

I wanted to call you, but our schedules kept colliding, so an email will have to do.

Thank you for everything you brought to the final round. The team loved your sample unit on fractions, and honestly the debate afterwards was long. In the end we went with someone who has spent several years building courses inside an LMS at scale, which is the thing we need most in the next six months. So this one didn't work out, and I'm genuinely sorry to be the one writing it.

Two things, though. First, I'd be happy to introduce you to Priya at Northgate Tutoring; she is building a teacher-training team and I think your classroom background would land well there. Second, please stay in touch. We'll be hiring again once the next product line is funded.

— Ines

Ines Carvalho
Director of Curriculum | Brightpath Learning"""
    mail(
        "rejection",
        frm="Ines Carvalho <ines@brightpathlearning.com>",
        subj="Curriculum Developer - thank you",
        date="2025-04-23 18:02 -0400",
        text=t,
        company="Brightpath Learning",
        contact="Ines",
        role="Curriculum Developer",
        diff="hard",
        notes="personal note after final round; warm; referral offer",
    )

    t = """Hi Grace,

Thanks so much for applying to the Learning & Development Specialist role at Kindling Labs.

We've now had a chance to look through your application, and we won't be progressing it to the next stage. We had a very large number of applicants and had to make some difficult choices.

We'd like to thank you for your interest and wish you the best in your search.

The Kindling Labs Talent Team"""
    mail(
        "rejection",
        frm="Kindling Labs <no-reply@us.greenhouse-mail.io>",
        subj="Your application to Kindling Labs",
        date="2025-08-07 20:14 +0000",
        text=t,
        company="Kindling Labs",
        role="Learning & Development Specialist",
        notes="Greenhouse template",
    )

    t = """Hi Grace,

Thank you for taking the time to meet with Corinne and the clinical education team last Thursday. We really appreciated hearing about how you built the peer-observation program at your school.

After talking it over as a group, the team went a different direction for the Training Specialist role, and we've filled the position.

I'll hold onto your details; our education department grows every year and I'd be glad to reach out if something closer fits.

Take care,
Marcus Bell
Talent Partner, Tallgrass Health"""
    mail(
        "rejection",
        frm="Marcus Bell <marcus.bell@hire.lever.co>",
        subj="Training Specialist at Tallgrass Health",
        date="2025-05-06 14:48 -0500",
        text=t,
        company="Tallgrass Health",
        contact="Marcus",
        role="Training Specialist",
        diff="hard",
        notes="after interview; 'went a different direction'; Lever relay address",
    )

    t = """Dear Grace,

Thank you for your interest in the HR Generalist position at St. Brigid's Medical Center.

After reviewing your qualifications, we regret to inform you that you have not been selected for further consideration for this position.

We appreciate your interest in St. Brigid's and encourage you to apply for future openings that match your skills.

Best regards,
Human Resources
St. Brigid's Medical Center"""
    mail(
        "rejection",
        frm="St. Brigid's Careers <careers-noreply@stbrigids.icims.com>",
        subj="Regarding your application for HR Generalist",
        date="2025-09-15 10:00 -0400",
        text=t,
        company="St. Brigid's Medical Center",
        role="HR Generalist",
        hdrs=AUTO_GEN,
    )

    t = """Dear Grace Mwangi,

Thank you for applying for the position of Education Coordinator, Interprofessional Practice (Job ID 25-1183) at Northshore Health Network.

We have now completed the screening process and regret to advise that we will not be proceeding with your candidacy for this position.

We thank you for your interest in Northshore Health Network and encourage you to review our career site regularly.

Northshore Health Network - Human Resources

*** This is an automated message. Replies to this address are not read. ***"""
    mail(
        "rejection",
        frm="Northshore Health Network <nhn.recruitment@taleo.net>",
        subj="Northshore Health Network - Job ID 25-1183",
        date="2025-10-21 16:20 -0400",
        text=t,
        company="Northshore Health Network",
        role="Education Coordinator, Interprofessional Practice",
        notes="Taleo, Canadian hospital",
    )

    h = para_html(
        """Hello Grace,

The status of your application for Professional Learning Specialist (Central Office) has been updated.

New status: Not Selected

Thank you for your interest in Ridgemont Public Schools. You can view your application history by signing in to the applicant portal.

Ridgemont Public Schools
Office of Talent Management""",
        "Ridgemont Public Schools",
        "Sent via TalentEd Hire. Do not reply.",
    )
    mail(
        "rejection",
        frm="Ridgemont Public Schools <donotreply@talentedhire.com>",
        subj="Application Status Update",
        date="2025-07-29 08:03 -0400",
        html=h,
        company="Ridgemont Public Schools",
        role="Professional Learning Specialist (Central Office)",
        diff="hard",
        notes="status-change notice 'Not Selected'; HTML only; vague subject",
    )

    t = """Hi Grace,

Hope your week's going OK. I've had feedback from Meridian Housing Trust on the L&D Advisor role.

They liked how clearly you explained your approach to training adults, but they've decided to go with a candidate who has a background in housing management, as a big part of the role is coaching frontline housing officers on compliance.

I know that's disappointing after two stages. I'll keep you front of mind for other learning roles I'm working on - there's a public sector one coming up next month that I think could suit you better.

Speak soon,
Priya

Priya Shah
Senior Consultant, Education & Learning
Harbourside Talent | 0161 555 0288"""
    mail(
        "rejection",
        frm="Priya Shah <priya.shah@harbourside-talent.co.uk>",
        subj="Meridian - L&D Advisor feedback",
        date="2026-01-14 12:36 +0000",
        text=t,
        company="Meridian Housing Trust",
        contact="Priya",
        role="L&D Advisor",
        diff="hard",
        notes="agency recruiter relaying client's decision; company is the client",
    )

    t = """Dear Grace

Learning & Development Officer (ref RYT-118)

Thank you for your interest in working with Riverside Youth Trust and for the time you put into your application.

We received a very strong response and, having reviewed applications against the person specification, we're sorry to let you know that we won't be taking your application further on this occasion.

We are unable to provide individual feedback at the shortlisting stage.

With best wishes,

Hannah Pryce
People & Culture Coordinator
Riverside Youth Trust
Registered charity no. 1099231"""
    mail(
        "rejection",
        frm="Riverside Youth Trust Recruitment <recruitment@riversideyouthtrust.org.uk>",
        subj="Your application - Learning & Development Officer",
        date="2026-03-18 16:55 +0000",
        text=t,
        company="Riverside Youth Trust",
        contact="Hannah",
        role="Learning & Development Officer",
        notes="UK charity phrasing",
    )

    t = """Dear Grace,

Thank you for applying for the role of Program Officer - Teacher Training (Nairobi) at Amani Education Fund.

We received over 600 applications for this position. After careful review, we regret to inform you that you have not been shortlisted for the next stage of the recruitment process.

We value your commitment to improving learning outcomes for children in East Africa and encourage you to apply for future opportunities.

Kind regards,
Amani Education Fund Recruitment Team"""
    mail(
        "rejection",
        frm="Amani Education Fund <noreply@candidates.workablemail.com>",
        subj="Program Officer - Teacher Training (Nairobi) | Amani Education Fund",
        date="2025-11-25 09:10 +0300",
        text=t,
        company="Amani Education Fund",
        role="Program Officer - Teacher Training (Nairobi)",
        notes="Workable; 'not shortlisted'",
    )

    t = """Bonjour Grace,

Nous vous remercions de l'intérêt que vous portez à l'association Savoirs Partagés et du temps consacré à votre candidature au poste de Chargée de formation (H/F).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons privilégié des profils disposant d'une expérience de la formation professionnelle continue en France.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Bien cordialement,

Élodie Marchand
Responsable RH - Savoirs Partagés"""
    mail(
        "rejection",
        frm="Élodie Marchand <e.marchand@savoirs-partages.fr>",
        subj="Votre candidature - Chargée de formation (H/F)",
        date="2026-02-09 10:22 +0100",
        text=t,
        cte="quoted-printable",
        company="Savoirs Partagés",
        contact="Élodie",
        role="Chargée de formation (H/F)",
        lang="fr",
        notes="French; RFC 2047 sender name",
    )

    t = """Sehr geehrte Frau Mwangi,

vielen Dank für Ihre Bewerbung als Referentin Weiterbildung (m/w/d) und das Interesse an unserem Bildungswerk.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben, deren Profil besser zu den Anforderungen der Stelle passt.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Katharina Vogt
Personalabteilung
Bildungswerk Nordstern e.V."""
    mail(
        "rejection",
        frm="Bildungswerk Nordstern <bewerbung@bildungswerk-nordstern.jobs.personio.de>",
        subj="Ihre Bewerbung als Referentin Weiterbildung (m/w/d)",
        date="2026-05-12 14:01 +0200",
        text=t,
        cte="quoted-printable",
        company="Bildungswerk Nordstern",
        contact="Katharina",
        role="Referentin Weiterbildung (m/w/d)",
        lang="de",
        notes="German; Personio",
    )

    t = """Hola Grace:

Muchas gracias por tu interés en la posición de Diseñadora Instruccional en la Fundación Horizonte Educativo y por el tiempo dedicado al proceso.

Tras revisar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos en este momento, especialmente en experiencia con proyectos de formación en línea en español.

Guardaremos tu CV en nuestra base de datos para futuros procesos.

Un saludo cordial,
Marta Quiroga
Responsable de Personas
Fundación Horizonte Educativo"""
    mail(
        "rejection",
        frm="Marta Quiroga <mquiroga@fhorizonte.org>",
        subj="Proceso de selección: Diseñadora Instruccional",
        date="2026-06-03 17:40 +0200",
        text=t,
        cte="base64",
        company="Fundación Horizonte Educativo",
        contact="Marta",
        role="Diseñadora Instruccional",
        lang="es",
        notes="Spanish; base64",
    )

    quoted = """Hi Owen,

Thank you again for the panel conversation on Monday. I especially enjoyed the discussion about onboarding adjunct instructors, and I'm even more excited about the Workforce Training Coordinator role.

Best,
Grace"""
    earlier = """Hi Grace,

The committee would like to invite you to a panel interview for the Workforce Training Coordinator position on Monday, September 22 at 2:00 PM Central in Room 214 of the Hartley Building. Please plan for about an hour."""
    t = """Grace,

Thanks for the kind note, and for the energy you brought to the panel.

I wish I had better news. We have offered the position to an internal candidate who has been running the pilot apprenticeship program for the past year, and she has accepted. It was a close call, and several committee members mentioned your presentation by name.

I'd encourage you to watch our postings for the spring; we expect to add a second coordinator if the state grant comes through.

Owen Castillo
Dean, Workforce & Continuing Education
Fernhill Community College

""" + quote(
        quoted + "\n\nOn Mon, Sep 15, 2025 at 10:12 AM Owen Castillo wrote:\n" + quote(earlier, "").strip(),
        "On Tue, Sep 23, 2025 at 7:41 PM Grace Mwangi <grace.mwangi.jobs@yahoo.com> wrote:",
    )
    mail(
        "rejection",
        frm="Owen Castillo <ocastillo@fernhill.edu>",
        subj="Re: Thank you - Workforce Training Coordinator",
        date="2025-10-01 11:27 -0500",
        text=t,
        reply="fernhill-thanks",
        company="Fernhill Community College",
        contact="Owen",
        role="Workforce Training Coordinator",
        diff="hard",
        notes="reply to thank-you; quoted thread holds the interview invite",
    )

    fwd = outlook_quote(
        """Hi Tom,

Thanks for sending Grace through. We've now completed interviews for the Education & Training Lead post and have decided to appoint another candidate, who has a nursing background and has delivered end-of-life care training before.

Please pass on our thanks to Grace - the panel felt she was an engaging presenter and would encourage her to apply for future roles with us.

Kind regards,
Fiona Hale
Head of Education, Oakmere Hospice""",
        "Fiona Hale <f.hale@oakmerehospice.org.uk>",
        "17 March 2026 09:12",
        "Tom Reddy <tom@bramblerecruit.co.uk>",
        "Education & Training Lead - outcome",
    )
    t = (
        """Hi Grace,

See below from Oakmere - sorry it's not the news we were hoping for. Sounds like it was very close and the clinical background tipped it. Happy to have a call if you want to talk it through, and I'll keep sending things your way.

Tom

"""
        + fwd
    )
    mail(
        "rejection",
        frm="Tom Reddy <tom@bramblerecruit.co.uk>",
        subj="FW: Education & Training Lead - outcome",
        date="2026-03-17 10:48 +0000",
        text=t,
        company="Oakmere Hospice",
        contact="Tom",
        role="Education & Training Lead",
        diff="hard",
        notes="agency forwards client's decision; decision only in forwarded part",
    )

    t = """Dear Grace,

Thank you for your interest in the Corporate Trainer position at Vantage Learning Group.

We wanted to let you know that this position has now been filled. We truly appreciate the time you spent applying and hope you will consider us again in the future.

Best regards,
Vantage Learning Group Recruiting"""
    mail(
        "rejection",
        frm="Vantage Learning Group <noreply@smartrecruiters.com>",
        subj="Corporate Trainer - Vantage Learning Group",
        date="2025-12-02 13:33 -0500",
        text=t,
        html=para_html(t, "Vantage Learning Group"),
        company="Vantage Learning Group",
        role="Corporate Trainer",
        notes="SmartRecruiters; position filled",
        hdrs=AUTO_GEN,
    )

    t = """Hello Grace,

Thank you for applying for the Member Education Specialist role at Cobalt Credit Union. We have reviewed your background and experience, and have determined that you are not the right match at this time.

This doesn't mean we wouldn't like to hear from you again. Keep an eye on our careers page for future openings.

Cobalt Credit Union Recruiting"""
    mail(
        "rejection",
        frm="Cobalt Credit Union <notification@jobvite.com>",
        subj="Thank you for your interest in Cobalt Credit Union",
        date="2025-08-26 09:45 -0600",
        text=t,
        company="Cobalt Credit Union",
        role="Member Education Specialist",
        notes="Jobvite; 'not the right match at this time'",
    )

    t = """Hi Grace - we've gone with another candidate for the tutoring program lead. Thanks for coming in and for the sample session plan.
J."""
    mail(
        "rejection",
        frm="Jolene Park <jolene@littleacornstutoring.com>",
        subj="Re: Tutoring Program Lead",
        date="2025-09-09 21:17 -0700",
        text=t,
        reply="acorns",
        company="Little Acorns Tutoring",
        contact="Jolene",
        role="Tutoring Program Lead",
        diff="hard",
        notes="two lines; initial-only signature; company only in address",
    )

    t = """Hi Grace,

Thank you for applying to be our Director of Family Programs. We enjoyed learning about your experience.

We've decided to pursue other applicants whose experience more closely matches what we need for this role right now, particularly in early-childhood settings.

We truly appreciate your interest in Sprout & Sparrow and wish you all the best.

Warmly,
The Sprout & Sparrow Montessori hiring team"""
    mail(
        "rejection",
        frm="Sprout & Sparrow Montessori <notifications@app.bamboohr.com>",
        subj="Director of Family Programs",
        date="2025-04-04 12:12 -0700",
        text=t,
        company="Sprout & Sparrow Montessori",
        role="Director of Family Programs",
        notes="BambooHR; indirect wording",
    )

    t = """Dear Grace,

I hope this finds you well. I wanted to reach out personally to thank you for participating in our search for a Program Manager, Youth Literacy.

We were fortunate to meet a number of outstanding finalists, and the decision was difficult. This week we extended an offer to another finalist, who has accepted.

Your vision for summer reading clubs stuck with all of us. If it would be helpful, I'd be glad to share some feedback from the committee, and I hope we will cross paths again; the nonprofit literacy world is a small one.

With gratitude,
Rosalind Achebe
Executive Director
The Clearwater Foundation"""
    mail(
        "rejection",
        frm="Rosalind Achebe <rachebe@clearwaterfdn.org>",
        subj="Program Manager, Youth Literacy",
        date="2026-04-16 15:05 -0400",
        text=t,
        company="The Clearwater Foundation",
        contact="Rosalind",
        role="Program Manager, Youth Literacy",
        diff="hard",
        notes="'extended an offer' to someone else; feedback offer",
    )

    t = """Hi Grace,

Thanks for your interest in the Instructional Designer (Contract) role at Lumen Academy.

After reviewing your application, we've decided not to move forward at this time. We know this isn't the news you were hoping for, and we're grateful you considered us.

All the best,
Lumen Academy Recruiting"""
    mail(
        "rejection",
        frm="Lumen Academy <no-reply@ashbyhq.com>",
        subj="Update from Lumen Academy",
        date="2026-07-08 22:10 +0000",
        text=t,
        html=para_html(t),
        company="Lumen Academy",
        role="Instructional Designer (Contract)",
        notes="Ashby template",
    )

    t = """Dear Grace Mwangi,

RE: Competition #HR-2025-311, Learning and Organizational Development Consultant

Thank you for participating in the interview process for the above competition. We appreciate the time and effort you invested.

The competition has now concluded and we regret to inform you that you were not the successful candidate. Your interview results will be kept on file for six months for similar vacancies.

Should you wish to receive feedback on your interview, please contact the undersigned.

Human Resources Division
City of Brantwood
100 Main Street East, Brantwood, ON"""
    mail(
        "rejection",
        frm="City of Brantwood Careers <careers@brantwood.ca>",
        subj="Competition #HR-2025-311 - Outcome",
        date="2025-12-10 14:30 -0500",
        text=t,
        company="City of Brantwood",
        role="Learning and Organizational Development Consultant",
        diff="hard",
        notes="post-interview municipal letter; interview mentioned in passing",
    )

    t = """Hi Grace,

Thank you for applying for the Learning Designer role at Fable & Field, and for the lovely portfolio.

While your application was strong, on this occasion we've selected candidates whose profiles align a little more closely with the brief - mostly around corporate compliance content, which will be a big chunk of the first year.

We'll keep your CV on file for six months and may reach out if something suitable comes up.

Cheers,
Niamh
Fable & Field Learning"""
    mail(
        "rejection",
        frm="Niamh at Fable & Field <niamh@fablefield.teamtailor-mail.com>",
        subj="About your application for Learning Designer",
        date="2026-08-19 09:58 +0100",
        text=t,
        company="Fable & Field Learning",
        contact="Niamh",
        role="Learning Designer",
        diff="hard",
        notes="Teamtailor with human signer; CV kept on file",
    )

    h = para_html(
        """Dear Grace,

Thank you for your interest in the Employee Training Specialist position with Halvorsen Community Hospital.

Our hiring team has completed its review of applicants for this requisition. At this time, we have chosen to pursue candidates whose experience is a closer fit for the position's requirements.

We hope you'll visit our careers site again.

Halvorsen Community Hospital Talent Acquisition""",
        "Halvorsen Community Hospital",
        "You are receiving this email because you applied for a position. Powered by Workday.",
    )
    mail(
        "rejection",
        frm="Halvorsen Careers <halvorsenhealth@myworkday.com>",
        subj="Your candidacy with Halvorsen Community Hospital",
        date="2026-09-30 18:12 -0500",
        html=h,
        cte="quoted-printable",
        company="Halvorsen Community Hospital",
        role="Employee Training Specialist",
        notes="Workday HTML only",
    )


def on_holds() -> None:
    t = """Dear Grace Mwangi,

This notice is to inform you that the recruitment for Employee Development Analyst (Recruitment #26-0041) has been cancelled. As a result, your application will no longer be considered for this recruitment.

This action is not a reflection of your qualifications. If the position is re-announced, you will need to submit a new application.

City of Dunmore Heights
Human Resources Department"""
    mail(
        "on_hold",
        frm="City of Dunmore Heights <noreply@governmentjobs.com>",
        subj="Employee Development Analyst - Recruitment Cancelled",
        date="2026-02-19 16:44 -0800",
        text=t,
        company="City of Dunmore Heights",
        role="Employee Development Analyst",
        diff="hard",
        notes="cancelled recruitment; 'no longer be considered' reads like rejection",
    )

    t = """Hi Grace,

I owe you an update. Our Series B is taking longer to close than planned, and our CEO asked every team to pause new hires until it does. That includes the Senior Instructional Designer search, so we're putting it on ice for now.

I want to be clear this has nothing to do with you; you were one of two people we planned to bring in for the final conversation. I'm hoping we can restart in Q3 and I'll contact you first when we do.

Thanks for your patience,
Dev Anand
Head of Learning, Tessellate"""
    mail(
        "on_hold",
        frm="Dev Anand <dev@tessellate.so>",
        subj="Senior ID role - pausing for now",
        date="2025-03-04 17:20 -0800",
        text=t,
        company="Tessellate",
        contact="Dev",
        role="Senior Instructional Designer",
        notes="funding delay; pausing search",
    )

    t = """Dear Applicant,

Due to the statewide hiring freeze announced by the Governor's Office on March 3, Mount Carroway University has suspended recruitment for all non-essential staff positions, including Faculty Development Coordinator (Posting S-1187).

Your application will remain on file. Should the freeze be lifted and the search resume, the search committee will contact active applicants directly.

We regret any inconvenience and thank you for your interest in Mount Carroway University.

University Human Resources"""
    mail(
        "on_hold",
        frm="MCU Human Resources <hrjobs@mcu.edu>",
        subj="Important update regarding Posting S-1187",
        date="2026-03-09 08:00 -0500",
        text=t,
        company="Mount Carroway University",
        role="Faculty Development Coordinator",
        notes="statewide hiring freeze",
    )

    t = """Dear Grace,

Thank you for your interest in the Patient Education Specialist position (Req 58823) at Halden Children's Hospital.

Please be advised that this requisition has been closed and the position will not be filled at this time. As a result, we are no longer reviewing applications for this role.

We appreciate your interest and invite you to apply for other positions at Halden Children's.

Halden Children's Hospital Recruitment"""
    mail(
        "on_hold",
        frm="Halden Children's Hospital <haldenchildrens@myworkday.com>",
        subj="Patient Education Specialist - Requisition update",
        date="2025-07-15 12:30 -0400",
        text=t,
        company="Halden Children's Hospital",
        role="Patient Education Specialist",
        diff="hard",
        notes="requisition closed, not filled; template tone like a rejection",
        hdrs=AUTO_GEN,
    )

    t = """Dear Grace,

I hope you are keeping well. I'm writing with an update on the Monitoring & Learning Officer position.

As you may have seen in the news, one of our main donors has frozen disbursements for education programmes in the region pending a review. Our board met last week and decided to put all new recruitment on hold until the funding picture is clearer, most likely for at least three months.

You were among our strongest candidates, and we would very much like to resume the conversation when we are able to. I will write again as soon as I have news.

Warm regards,
Wanjiru Kamau
Programmes Director
Kipepeo Youth Initiative
Nairobi, Kenya"""
    mail(
        "on_hold",
        frm="Wanjiru Kamau <w.kamau@kipepeoyouth.or.ke>",
        subj="Monitoring & Learning Officer - update",
        date="2025-05-20 11:15 +0300",
        text=t,
        company="Kipepeo Youth Initiative",
        contact="Wanjiru",
        role="Monitoring & Learning Officer",
        notes="donor funding freeze",
    )

    t = """Dear Grace,

Training Officer - ref BC/24/09

Thank you for applying for the above post. I am writing to let you know that this vacancy has been withdrawn while we review how training is delivered across our services following the merger with Westmoor Carers.

We expect to advertise a revised role later in the year and would welcome an application from you at that point.

Kind regards,
Sandra Okoye
HR Manager
Brightline Carers"""
    mail(
        "on_hold",
        frm="Sandra Okoye <sandra.okoye@brightlinecarers.org.uk>",
        subj="Training Officer vacancy",
        date="2025-09-24 15:02 +0100",
        text=t,
        company="Brightline Carers",
        contact="Sandra",
        role="Training Officer",
        diff="hard",
        notes="'vacancy withdrawn' after merger; UK",
    )

    t = """Hallo Frau Mwangi,

vielen Dank nochmals für das angenehme Gespräch in der vergangenen Woche.

Leider muss ich Ihnen mitteilen, dass wir die Stelle als Trainerin für digitale Lernformate (m/w/d) vorerst nicht besetzen werden. Hintergrund ist eine interne Umstrukturierung unseres Geschäftsbereichs, deren Ergebnis erst im Herbst feststehen wird. Die Ausschreibung ist daher bis auf Weiteres ausgesetzt.

Mit Ihrer Qualifikation hat diese Entscheidung nichts zu tun. Sobald wir wissen, wie es weitergeht, melde ich mich gern wieder bei Ihnen.

Viele Grüße
Jonas Riedel
Lernwerk Akademie GmbH"""
    mail(
        "on_hold",
        frm="Jonas Riedel <j.riedel@lernwerk-akademie.de>",
        subj="Ihre Bewerbung als Trainerin für digitale Lernformate",
        date="2026-06-25 13:48 +0200",
        text=t,
        cte="quoted-printable",
        company="Lernwerk Akademie GmbH",
        contact="Jonas",
        role="Trainerin für digitale Lernformate (m/w/d)",
        lang="de",
        diff="hard",
        notes="German; 'Leider' but search suspended for restructuring",
    )

    t = """Hi Grace,

Quick one - Pellham have just told me they're putting the Learning Manager role on hold. There's a restructure of their operations division under way and they don't want to hire into a team that might look different in two months.

They were keen on you, so this isn't a no. I'll chase them in a few weeks and let you know the moment it's live again.

Cheers,
Callum
Callum Price | Principal Consultant | Northbeam Recruitment"""
    mail(
        "on_hold",
        frm="Callum Price <callum.price@northbeamrec.com>",
        subj="Pellham update",
        date="2026-04-28 16:10 +0100",
        text=t,
        company="Pellham Logistics",
        contact="Callum",
        role="Learning Manager",
        diff="hard",
        notes="agency recruiter; client named only as 'Pellham' (full name in earlier mail)",
    )

    quoted = """Hi Laura,

I hope you're well. I wanted to follow up on the Adult Learning Coordinator position since the final round; I remain very interested and would be glad to provide anything else you need.

Best regards,
Grace Mwangi"""
    t = """Hi Grace,

Thank you for checking in, and I'm sorry for the silence. The county board adopted its budget on Tuesday, and the Adult Learning Coordinator position was one of several that were eliminated, so the role is no longer open.

I know you put a lot into the final round and I'm really sorry it ended this way. If funding is restored next year I'd love to reach out.

Laura Whitcombe
Branch Services Manager
Eastbrook County Library

""" + quote(quoted, "On Wed, Jun 10, 2026 at 9:02 AM, Grace Mwangi <grace.mwangi.jobs@yahoo.com> wrote:")
    mail(
        "on_hold",
        frm="Laura Whitcombe <lwhitcombe@eastbrooklibrary.org>",
        subj="RE: Adult Learning Coordinator - follow-up",
        date="2026-06-12 14:25 -0400",
        text=t,
        reply="eastbrook",
        company="Eastbrook County Library",
        contact="Laura",
        role="Adult Learning Coordinator",
        diff="hard",
        notes="position eliminated in budget; mentions final round",
    )

    t = """Hello Grace,

We wanted to let you know that Orion Charter Network is pausing this search for the Teacher Residency Program Manager while we reassess the program's scope for the 2026-27 school year.

Your application remains active in our system. If the role reopens, a member of our team will reach out to let you know about next steps. No action is needed from you.

Thank you for your patience and for your interest in Orion.

Orion Talent Team"""
    mail(
        "on_hold",
        frm="Orion Charter Network <orion-careers@talent.icims.com>",
        subj="An update on the Teacher Residency Program Manager search",
        date="2026-01-28 10:40 -0700",
        text=t,
        company="Orion Charter Network",
        role="Teacher Residency Program Manager",
        notes="search paused; application 'remains active'",
        diff="hard",
    )


def interviews() -> None:
    t = """Dear GRACE MWANGI,

Congratulations! Based on your application for Management Analyst - Training & Development (Recruitment #26-0212), you have been invited to participate in an oral board interview.

Date: Tuesday, April 14, 2026
Time: 9:30 AM (Pacific Time) - please check in 15 minutes early
Location: County Administration Building, 2nd Floor, Room 2B, 410 Oak Avenue, Marlow Creek

The interview will last approximately 45 minutes. Please bring a government-issued photo ID. If you require a reasonable accommodation, contact Human Resources at (559) 555-0143 at least three business days prior.

County of Marlow Creek Human Resources"""
    mail(
        "interview",
        frm="County of Marlow Creek <noreply@governmentjobs.com>",
        subj="Oral Board Interview Notice - Management Analyst - Training & Development",
        date="2026-03-30 16:05 -0700",
        text=t,
        company="County of Marlow Creek",
        role="Management Analyst - Training & Development",
        iv="2026-04-14T09:30:00-07:00",
        notes="NEOGOV oral board with definite time",
    )

    t = """Hi Grace,

Thanks for applying for the Curriculum Developer role - your sample unit was one of the best things in the pile.

Would you be up for a 30-minute conversation with me so we can get to know each other? Grab whatever time suits you here: https://calendly.com/ines-brightpath/30min

Looking forward to it,
Ines"""
    mail(
        "interview",
        frm="Ines Carvalho <ines@brightpathlearning.com>",
        subj="Brightpath Learning - let's talk",
        date="2025-03-24 10:31 -0400",
        text=t,
        company="Brightpath Learning",
        contact="Ines",
        role="Curriculum Developer",
        diff="hard",
        notes="Calendly link; never says interview",
    )

    t = """Hi Grace,

Palisade Health would like to schedule your interview for the Clinical Onboarding Trainer role. This will be a 45-minute video interview with the Nursing Education team.

Please choose a time that works for you:
https://app.goodtime.io/schedule/palisadehealth/c7a1e2

Available windows are shown in your local time zone. If none of the times work, reply to this message and we'll find an alternative.

Thanks,
Keisha Monroe
Recruiting Coordinator, Palisade Health"""
    mail(
        "interview",
        frm="Keisha Monroe via GoodTime <scheduling@goodtime.io>",
        subj="Schedule your interview with Palisade Health",
        date="2025-10-14 12:00 -0700",
        text=t,
        company="Palisade Health",
        contact="Keisha",
        role="Clinical Onboarding Trainer",
        notes="GoodTime link; pick a slot",
    )

    h = para_html(
        """Hi Grace,

Your interview is confirmed.

Arcwell Education - Learning Experience Designer
Thursday, June 5, 2025
1:00 PM - 1:45 PM Eastern Time (ET)
Interviewers: Samira Haddad (Lead Learning Designer), Paul Nguyen (Product Manager)
Video link: https://meet.google.com/xfr-kqpd-wtm

Need to reschedule? Use the link in your original invitation.

Sent on behalf of Arcwell Education by ModernLoop""",
        "Arcwell Education",
    )
    mail(
        "interview",
        frm="Arcwell Education Recruiting <noreply@modernloop.io>",
        subj="Confirmed: Interview with Arcwell Education on Thu, Jun 5",
        date="2025-05-29 15:21 -0400",
        text="""Hi Grace,

Your interview is confirmed.

Arcwell Education - Learning Experience Designer
Thursday, June 5, 2025
1:00 PM - 1:45 PM Eastern Time (ET)
Interviewers: Samira Haddad (Lead Learning Designer), Paul Nguyen (Product Manager)
Video link: https://meet.google.com/xfr-kqpd-wtm

Need to reschedule? Use the link in your original invitation.

Sent on behalf of Arcwell Education by ModernLoop""",
        html=h,
        company="Arcwell Education",
        role="Learning Experience Designer",
        iv="2025-06-05T13:00:00-04:00",
        notes="ModernLoop confirmation",
        hdrs=AUTO_GEN,
    )

    t = """Hi Grace,

The committee would like to invite you to a panel interview for the Workforce Training Coordinator position on Monday, September 22 at 2:00 PM Central in Room 214 of the Hartley Building. Please plan for about an hour. The panel will ask you to spend the first ten minutes walking us through how you'd design an orientation for new adjunct instructors.

A calendar invitation is attached. Parking passes are available at the front desk.

Owen Castillo
Dean, Workforce & Continuing Education
Fernhill Community College"""
    mail(
        "interview",
        frm="Owen Castillo <ocastillo@fernhill.edu>",
        subj="Panel interview - Workforce Training Coordinator",
        date="2025-09-15 10:12 -0500",
        text=t,
        cal=ics(
            "Panel interview: Grace Mwangi - Workforce Training Coordinator",
            "20250922T140000",
            "20250922T150000",
            "Central Standard Time",
            "ocastillo@fernhill.edu",
            "fernhill-wtc-0922",
            "Hartley Building, Room 214",
        ),
        company="Fernhill Community College",
        contact="Owen",
        role="Workforce Training Coordinator",
        iv="2025-09-22T14:00:00-05:00",
        notes="invitation with .ics attachment",
    )

    quoted = """Hi Grace, looking forward to our call on Wednesday at 10. I'll ring the number on your resume. - Renee"""
    t = """Hi Grace,

Something came up with a family in crisis on Wednesday morning, so I've moved our call to Thursday at 11:00 am instead - same number, same 30 minutes. An updated invite is on its way. If Thursday is a problem just tell me and we'll sort it out.

Renee Dubois
Program Director, Orchard Lane Family Services

""" + quote(quoted, "On Thu, Jul 3, 2025, 4:10 PM Renee Dubois <rdubois@orchardlanefs.org> wrote:")
    mail(
        "interview",
        frm="Renee Dubois <rdubois@orchardlanefs.org>",
        subj="Re: Parent Education Coordinator - call",
        date="2025-07-08 08:40 -0400",
        text=t,
        reply="orchard",
        company="Orchard Lane Family Services",
        contact="Renee",
        role="Parent Education Coordinator",
        iv="2025-07-10T11:00:00-04:00",
        diff="hard",
        notes="reschedule to relative day ('Thursday'); no word interview",
    )

    t = """Dear Ms. Mwangi,

Thank you for your interest in the Director of Professional Learning position at Greenfield Academy. We are pleased to invite you to the next stage of our process on Wednesday, January 28 at 3:15 PM.

Your visit will include:
- 3:15-3:45 PM: a 30-minute professional development session you lead for a group of our faculty (topic of your choice; please bring handouts for 12)
- 3:50-4:40 PM: conversation with the hiring panel (Head of School, Upper School Director, two faculty)

Please check in at the Welcome Center on Greenfield Road. Let me know if you need any technology set up for your session.

Sincerely,
Patricia Llewellyn
Assistant to the Head of School
Greenfield Academy"""
    mail(
        "interview",
        frm="Patricia Llewellyn <pllewellyn@greenfieldacademy.org>",
        subj="Invitation - Director of Professional Learning",
        date="2026-01-20 09:02 -0500",
        text=t,
        company="Greenfield Academy",
        contact="Patricia",
        role="Director of Professional Learning",
        iv="2026-01-28T15:15:00-05:00",
        notes="demonstration PD session plus panel",
    )

    t = """Hi Grace,

Great news - the team would like to move you forward for the Instructional Designer role at Stackwise!

The next step is a short design exercise. You'll find the brief attached in the candidate portal: build a 10-minute microlearning module (storyboard is fine, no need to produce it in an authoring tool) for new users of our gradebook. Please allow about 3 hours and submit within 7 days.

Once we receive it, we'll schedule a 60-minute review session where you walk two of our designers through your choices.

Cheers,
Lena Fischer
Talent Team, Stackwise"""
    mail(
        "interview",
        frm="Lena Fischer <lena.fischer@stackwise.recruitee.com>",
        subj="Next step: design exercise for Instructional Designer",
        date="2025-11-04 14:17 +0000",
        text=t,
        company="Stackwise",
        contact="Lena",
        role="Instructional Designer",
        notes="take-home plus review session; Recruitee",
    )

    t = """Hi Grace,

Thanks for applying for our Training Specialist opening. I'd love to do a quick 20-minute phone conversation to learn more about you and share a bit about the role.

I've put a hold on your calendar for tomorrow at 3:30pm CT - I'll call the number on your resume. If that doesn't work, just reply with a couple of times that do.

Marcus Bell
Talent Partner, Tallgrass Health"""
    mail(
        "interview",
        frm="Marcus Bell <marcus.bell@hire.lever.co>",
        subj="Tallgrass Health - Training Specialist",
        date="2025-04-14 13:20 -0500",
        text=t,
        company="Tallgrass Health",
        contact="Marcus",
        role="Training Specialist",
        iv="2025-04-15T15:30:00-05:00",
        diff="hard",
        notes="phone screen 'tomorrow at 3:30pm CT'",
    )

    t = """Hi Grace,

Good news - Oakmere Hospice would like to meet you for the Education & Training Lead role!

Details:
Tuesday 3rd March at 10:00 (UK time), at the hospice, Oakmere Lane, Chester
Panel: Fiona Hale (Head of Education) and Dr Arun Mehta (Medical Director)
Format: 15-minute presentation on "Designing training for volunteers who support families at end of life", then 45 minutes of questions.

Can you confirm you're OK with this? I'll send some prep notes over the weekend.

Thanks,
Tom

Tom Reddy
Bramble Recruitment"""
    mail(
        "interview",
        frm="Tom Reddy <tom@bramblerecruit.co.uk>",
        subj="Oakmere - interview confirmed!",
        date="2026-02-24 17:05 +0000",
        text=t,
        company="Oakmere Hospice",
        contact="Tom",
        role="Education & Training Lead",
        iv="2026-03-03T10:00:00+00:00",
        diff="hard",
        notes="agency recruiter arranging client interview",
    )

    t = """Dear Grace,

Thank you for your application for the position of Education Program Manager at Jamii Learning Collaborative.

We are pleased to invite you for an interview on Friday 17 October 2025 at 2:00 PM EAT (East Africa Time). The interview will take place on Zoom and will last about one hour; the panel will include our Country Director and Head of Programs.

Zoom: https://zoom.us/j/83310442117  Passcode: jamii25

Kindly confirm your availability by replying to this email.

Best regards,
Achieng Otieno
HR & Administration Officer
Jamii Learning Collaborative"""
    mail(
        "interview",
        frm="Achieng Otieno <hr@jamiilearning.org>",
        subj="Interview Invitation - Education Program Manager",
        date="2025-10-09 09:30 +0300",
        text=t,
        company="Jamii Learning Collaborative",
        contact="Achieng",
        role="Education Program Manager",
        iv="2025-10-17T14:00:00+03:00",
        notes="EAT time zone; Zoom",
    )

    t = """Bonjour Grace,

Suite à notre premier échange téléphonique, nous avons le plaisir de vous convier à un entretien pour le poste d'Ingénieure pédagogique (H/F).

L'entretien aura lieu le mardi 9 juin à 14h30 (heure de Paris) par visioconférence, avec Claire Dumont, responsable du pôle digital learning, et moi-même. Le lien Teams vous sera envoyé séparément.

Merci de nous confirmer votre disponibilité.

Bien à vous,
Antoine Lefèvre
Chargé de recrutement
Institut Horizon Formation"""
    mail(
        "interview",
        frm="Antoine Lefèvre <recrutement@horizon-formation.fr>",
        subj="Entretien - Ingénieure pédagogique (H/F)",
        date="2026-05-28 11:12 +0200",
        text=t,
        cte="quoted-printable",
        company="Institut Horizon Formation",
        contact="Antoine",
        role="Ingénieure pédagogique (H/F)",
        lang="fr",
        iv="2026-06-09T14:30:00+02:00",
        notes="French; relative weekday with date",
    )

    t = """Sehr geehrte Frau Mwangi,

vielen Dank für Ihre Bewerbung als Lernbegleiterin im Bereich Integrationskurse (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 12. März 2026, um 10:00 Uhr (MEZ) per Videokonferenz ein. Den Zugangslink erhalten Sie einen Tag vorher.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Stefan Brandt
Akademie Rheinblick"""
    mail(
        "interview",
        frm="Stefan Brandt <s.brandt@akademie-rheinblick.de>",
        subj="Einladung zum Vorstellungsgespräch",
        date="2026-03-02 08:45 +0100",
        text=t,
        cte="base64",
        company="Akademie Rheinblick",
        contact="Stefan",
        role="Lernbegleiterin im Bereich Integrationskurse (m/w/d)",
        lang="de",
        iv="2026-03-12T10:00:00+01:00",
        notes="German; base64",
    )

    t = """Estimada Grace:

Gracias por presentar tu candidatura al puesto de Coordinadora de Formación Docente en el Colegio Internacional Alborada.

Nos gustaría conocerte en una entrevista el lunes 20 de abril a las 11:00 (hora de Madrid) en nuestras instalaciones de la calle Arturo Soria, 214. La reunión durará aproximadamente una hora y participará también la directora pedagógica.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Un cordial saludo,
Lucía Serrano
Departamento de Recursos Humanos
Colegio Internacional Alborada"""
    mail(
        "interview",
        frm="=?utf-8?q?Luc=C3=ADa_Serrano?= <rrhh@colegioalborada.es>",
        subj="Entrevista: Coordinadora de Formación Docente",
        date="2026-04-08 13:05 +0200",
        text=t,
        company="Colegio Internacional Alborada",
        contact="Lucía",
        role="Coordinadora de Formación Docente",
        lang="es",
        iv="2026-04-20T11:00:00+02:00",
        notes="Spanish; in-person",
    )

    h = para_html(
        """Hello Grace,

Thank you for your interest in the Clinical Education Coordinator position (JR-77120) at Saint Aurelia Health.

The hiring manager would like to schedule an interview with you. Please sign in to your candidate home and select an available time from the interview scheduling task in your inbox.

Sign in: https://saintaurelia.wd5.myworkdayjobs.com/en-US/careers/userHome

We look forward to speaking with you.

Saint Aurelia Health Talent Acquisition""",
        "Saint Aurelia Health",
    )
    mail(
        "interview",
        frm="Saint Aurelia Health <saintaurelia@myworkday.com>",
        subj="Action required: schedule your interview",
        date="2026-05-05 10:48 -0500",
        html=h,
        company="Saint Aurelia Health",
        role="Clinical Education Coordinator",
        notes="Workday scheduling task; HTML only",
        hdrs=AUTO_GEN,
    )

    quoted = """Dear Bridget,

Thank you for letting me know about the Member Education Specialist decision. I understand, and I would be grateful for any feedback you could share. I remain very interested in Cobalt's financial wellness work.

Kind regards,
Grace"""
    ats = """Hello Grace,

Thank you for applying for the Member Education Specialist role at Cobalt Credit Union. We have reviewed your background and experience, and have determined that you are not the right match at this time."""
    t = """Hi Grace,

Thanks for writing back - very few people do, and your note arrived at just the right moment. The Member Education role needed someone with lending experience, which is why the system declined you, but we have just opened a Financial Wellness Educator position that runs workshops in schools and community centers. Honestly, it reads like it was written for a teacher.

Would you be open to talking about it? Send me two or three times that work for you next week and I'll set up a video call with me and our community programs lead.

Bridget Olsen
Community Engagement Manager
Cobalt Credit Union

""" + quote(
        quoted
        + "\n\n"
        + quote(ats, "On Tue, Aug 26, 2025, Cobalt Credit Union <notification@jobvite.com> wrote:").strip(),
        "On Thu, Aug 28, 2025 at 8:15 PM Grace Mwangi <grace.mwangi.jobs@yahoo.com> wrote:",
    )
    mail(
        "interview",
        frm="Bridget Olsen <bolsen@cobaltcu.org>",
        subj="Re: Member Education Specialist",
        date="2025-09-02 09:55 -0600",
        text=t,
        reply="cobalt",
        company="Cobalt Credit Union",
        contact="Bridget",
        role="Financial Wellness Educator",
        diff="hard",
        notes="new invitation in reply to a rejection; quoted part holds the rejection",
    )

    t = """Hi Grace,

Thank you for applying to Harbor Point Bank! As the next step for the Training & Development Associate role, we invite you to complete a brief on-demand video interview. You'll answer five questions on camera; each has 30 seconds of prep time and up to 2 minutes to respond.

Please complete your interview by Friday, February 20, 2026 at 11:59 PM ET.

Start here: https://app.hirevue.com/interviews/hpb-7741b

Good luck!
Harbor Point Bank Talent Acquisition"""
    mail(
        "interview",
        frm="Harbor Point Bank <noreply@hirevue.com>",
        subj="Complete your video interview - Harbor Point Bank",
        date="2026-02-13 10:00 -0500",
        text=t,
        html=para_html(t, "Harbor Point Bank"),
        cte="base64",
        company="Harbor Point Bank",
        role="Training & Development Associate",
        notes="one-way video interview with deadline, not a start time",
    )

    t = """Dear Grace,

On behalf of the search committee, I'm pleased to share the itinerary for your campus visit for the Instructional Technologist position. All times are Central.

Monday, November 10
8:45 AM  Breakfast with search committee (Faculty Commons)
10:00 AM Teaching demonstration: 20-minute workshop for faculty on building accessible quizzes in Canvas
11:00 AM Meeting with the Provost
12:00 PM Lunch with the Center for Teaching & Learning staff
1:30 PM  Tour of campus and learning spaces
2:30 PM  Exit conversation with Human Resources

Please let me know of any dietary needs. We will reimburse mileage.

Best,
Dr. Harold Nyberg
Chair, Instructional Technologist Search Committee
Westlake Technical College"""
    mail(
        "interview",
        frm="Harold Nyberg <hnyberg@westlaketech.edu>",
        subj="Campus visit itinerary",
        date="2025-10-30 15:33 -0500",
        text=t,
        company="Westlake Technical College",
        contact="Harold",
        role="Instructional Technologist",
        iv="2025-11-10T08:45:00-06:00",
        diff="hard",
        notes="campus-visit itinerary; no word interview; DST change between Date and visit",
    )

    t = """Hi Grace! This is Olivia, the virtual assistant for Corner Market Co.

Your interview is scheduled:
Role: HR Coordinator
When: Wed, Aug 20 at 10:00 AM MDT
Where: Corner Market Co. Support Center, 2250 Larimer St, Denver, CO
With: Alicia Gomez, HR Manager

Reply R to reschedule or C to cancel. See you soon!"""
    mail(
        "interview",
        frm="Olivia at Corner Market Co. <corner-market@paradox.ai>",
        subj="Interview scheduled - HR Coordinator",
        date="2025-08-15 18:40 -0600",
        text=t,
        company="Corner Market Co.",
        role="HR Coordinator",
        iv="2025-08-20T10:00:00-06:00",
        notes="Paradox chatbot confirmation",
    )

    t = """When: Monday, November 24, 2025 1:30 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Interview - Learning and Organizational Development Consultant (Competition #HR-2025-311)

Hi Grace, please join the panel (Deepa Rao, Manager OD; Martin Leclerc, HR Business Partner) for your interview. You will be given a short scenario 15 minutes before the interview starts.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_brantwood_311
Meeting ID: 211 903 448 71
"""
    mail(
        "interview",
        frm="Deepa Rao <drao@brantwood.ca>",
        subj="Interview - Learning and Organizational Development Consultant",
        date="2025-11-18 11:02 -0500",
        text=t,
        cal=ics(
            "Interview - Learning and Organizational Development Consultant",
            "20251124T133000",
            "20251124T143000",
            "Eastern Standard Time",
            "drao@brantwood.ca",
            "brantwood-311-iv",
        ),
        cal_inline=True,
        company="City of Brantwood",
        contact="Deepa",
        role="Learning and Organizational Development Consultant",
        iv="2025-11-24T13:30:00-05:00",
        notes="Outlook calendar invite (text/calendar alternative)",
    )

    t = """Hi Grace,

I saw your application come through for the Program Coordinator job and had to smile - we need a classroom person badly.

Would you want to grab a coffee (or a video call if that's easier) and chat about it? I'm free most Tuesday or Wednesday afternoons next week. Nothing formal.

Cheers,
Heather Lam
Executive Director, Maple Ridge Literacy Council"""
    mail(
        "interview",
        frm="Heather Lam <heather@mapleridgeliteracy.ca>",
        subj="Coffee?",
        date="2025-11-27 19:50 -0800",
        text=t,
        company="Maple Ridge Literacy Council",
        contact="Heather",
        role="Program Coordinator",
        diff="hard",
        notes="informal coffee chat; vague subject; no fixed time",
    )

    t = """Dear Grace,

Unfortunately one of our panel members has been taken ill, so we need to move your interview for the Curriculum Manager (ESOL & Community Learning) post. I'm so sorry for the short notice.

The new time is Friday 6 February at 13:30, still at our Deptford centre. The format is unchanged: a 10-minute presentation followed by questions from the panel.

Please let me know if this is a problem and we'll find another slot.

Best wishes,
Josephine Adeyemi
HR Officer, Thameside Adult Education"""
    mail(
        "interview",
        frm="Josephine Adeyemi <j.adeyemi@thamesideae.ac.uk>",
        subj="Change to your interview time",
        date="2026-02-02 09:14 +0000",
        text=t,
        company="Thameside Adult Education",
        contact="Josephine",
        role="Curriculum Manager (ESOL & Community Learning)",
        iv="2026-02-06T13:30:00+00:00",
        diff="hard",
        notes="'Unfortunately' in a reschedule",
    )


def offers() -> None:
    t = """Hi Grace,

I'm thrilled to send over your offer to join Arcwell Education as a Learning Experience Designer! Everyone who met you was excited about what you'd bring to the team.

Your offer letter is attached, with the salary, start date (Monday, July 7) and benefits summary we discussed on the phone. Please review it, and sign through DocuSign by June 20. If you have any questions at all, call me.

Welcome (almost) aboard!
Samira

Samira Haddad
Lead Learning Designer, Arcwell Education"""
    mail(
        "offer",
        frm="Samira Haddad <samira.haddad@arcwelledu.com>",
        subj="Your offer from Arcwell Education",
        date="2025-06-13 16:30 -0400",
        text=t,
        pdf="Arcwell_Offer_Letter_G_Mwangi.pdf",
        company="Arcwell Education",
        contact="Samira",
        role="Learning Experience Designer",
        notes="offer letter PDF attached",
    )

    t = """Dear Grace,

Thank you for taking my call this afternoon. As promised, here is a written summary of what we discussed:

- Position: Education Program Manager, based in Nairobi with travel to Kisumu and Eldoret
- Gross monthly salary: KES 385,000, plus medical cover for you and dependants
- Start date: 1 December 2025
- Probation: three months

Our HR team will send the formal contract for signature once you confirm you are happy with these terms. We are very much looking forward to working with you.

Warm regards,
Joseph Mutua
Country Director, Jamii Learning Collaborative"""
    mail(
        "offer",
        frm="Joseph Mutua <j.mutua@jamiilearning.org>",
        subj="Following up on our call",
        date="2025-10-27 17:45 +0300",
        text=t,
        company="Jamii Learning Collaborative",
        contact="Joseph",
        role="Education Program Manager",
        diff="hard",
        notes="written terms after verbal offer; never says 'offer'",
    )

    h = para_html(
        """Hello Grace,

You have a new task in your Workday inbox: Review Offer - Clinical Education Coordinator (JR-77120).

Please sign in to review your offer documents and accept or decline by May 29, 2026. Your recruiter, Yolanda Pierce, is available if you have any questions.

Sign in: https://saintaurelia.wd5.myworkdayjobs.com/en-US/careers/userHome

Saint Aurelia Health""",
        "Saint Aurelia Health",
    )
    mail(
        "offer",
        frm="Saint Aurelia Health <saintaurelia@myworkday.com>",
        subj="You have a new task: Review Offer",
        date="2026-05-22 13:10 -0500",
        html=h,
        company="Saint Aurelia Health",
        contact="Yolanda",
        role="Clinical Education Coordinator",
        diff="hard",
        notes="Workday task notification; recruiter named as contact",
        hdrs=AUTO_GEN,
    )

    t = """Dear Grace Mwangi,

CONDITIONAL OFFER OF EMPLOYMENT
Management Analyst - Training & Development, Salary Step 3 ($38.42/hour)

The County of Marlow Creek is pleased to extend to you this conditional offer of employment. This offer is contingent upon satisfactory completion of a background investigation, including fingerprinting, and a pre-employment medical review.

Please reply within five (5) business days to accept this offer. Once the conditions are cleared, we will contact you to confirm your start date.

Sincerely,
Gloria Estrada
Human Resources Analyst
County of Marlow Creek"""
    mail(
        "offer",
        frm="Gloria Estrada <gestrada@marlowcreek.gov>",
        subj="Conditional Offer of Employment",
        date="2026-04-29 10:20 -0700",
        text=t,
        pdf="Conditional_Offer_26-0212.pdf",
        company="County of Marlow Creek",
        contact="Gloria",
        role="Management Analyst - Training & Development",
        notes="conditional government offer",
    )

    t = """Bonjour Grace,

C'est avec un grand plaisir que je vous confirme notre souhait de vous accueillir au sein de l'Institut Horizon Formation en tant qu'Ingénieure pédagogique (CDI, statut cadre).

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération annuelle brute, la date de prise de poste envisagée (1er septembre 2026) et les modalités de télétravail. Nous vous remercions de nous la retourner signée avant le 26 juin.

Toute l'équipe se réjouit de travailler avec vous.

Bien cordialement,
Claire Dumont
Responsable Digital Learning"""
    mail(
        "offer",
        frm="Claire Dumont <c.dumont@horizon-formation.fr>",
        subj="Proposition d'embauche - Ingénieure pédagogique",
        date="2026-06-17 18:03 +0200",
        text=t,
        cte="quoted-printable",
        pdf="Promesse_embauche_Mwangi.pdf",
        company="Institut Horizon Formation",
        contact="Claire",
        role="Ingénieure pédagogique",
        lang="fr",
        notes="French offer with PDF",
    )

    t = """Dear Grace,

Further to your interview on Friday, I am delighted to offer you the post of Curriculum Manager (ESOL & Community Learning) at Thameside Adult Education, subject to satisfactory references and an enhanced DBS check.

The post is full time at £42,150 per annum (Grade 8, point 3). Please confirm by email whether you accept, and Josephine will send the contract and pre-employment forms.

Congratulations - the panel was unanimous.

Yours sincerely,
Michael Brennan
Head of Community Learning
Thameside Adult Education"""
    mail(
        "offer",
        frm="Michael Brennan <m.brennan@thamesideae.ac.uk>",
        subj="Curriculum Manager - outcome of interview",
        date="2026-02-09 12:44 +0000",
        text=t,
        company="Thameside Adult Education",
        contact="Michael",
        role="Curriculum Manager (ESOL & Community Learning)",
        diff="hard",
        notes="subject neutral 'outcome of interview'; UK conditional offer",
    )


def acks() -> None:
    t = """Hi Grace,

Thank you for applying for Instructional Designer II (R-20418) at Lakeshore Regional Health. We have received your application.

What happens next: our recruiting team will review your qualifications. If your experience matches the needs of the role, a recruiter will contact you. You can check the status of your application at any time from your candidate home.

Thank you for considering a career with us.

Lakeshore Regional Health Talent Acquisition"""
    mail(
        "application_received",
        frm="Lakeshore Regional Health <lakeshorehealth@myworkday.com>",
        subj="Thank you for applying - Instructional Designer II",
        date="2025-01-22 21:03 -0600",
        text=t,
        html=para_html(t, "Lakeshore Regional Health"),
        company="Lakeshore Regional Health",
        role="Instructional Designer II",
        hdrs=AUTO_GEN,
        notes="Workday acknowledgement",
    )

    t = """Dear GRACE MWANGI,

Thank you for your interest in employment with the County of Marlow Creek. This email confirms that your application for Training Coordinator (Recruitment #25-0317-02) was received on 03/28/2025 at 11:42 PM.

Next steps: Applications will be reviewed for minimum qualifications. Qualified candidates will be invited to the next phase of the examination process, which may include a written exam and/or an oral board interview. Candidates not meeting the minimum qualifications will be notified by email.

Please do not reply to this message.

County of Marlow Creek Human Resources"""
    mail(
        "application_received",
        frm="County of Marlow Creek <noreply@governmentjobs.com>",
        subj="Application Received - Training Coordinator",
        date="2025-03-28 23:43 -0700",
        text=t,
        company="County of Marlow Creek",
        role="Training Coordinator",
        diff="hard",
        notes="describes possible interview and notification of failure",
    )

    t = """Dear Grace Mwangi,

Thank you for applying for Learning Experience Designer (Posting #0007421) at Hollins State University. Your application has been successfully submitted and forwarded to the hiring department for review.

You may view your application status by logging in to your account at jobs.hollins-state.edu.

Office of Human Resources"""
    mail(
        "application_received",
        frm="Hollins State University Human Resources <noreply@peopleadmin.com>",
        subj="Application Confirmation",
        date="2025-02-16 14:05 -0500",
        text=t,
        company="Hollins State University",
        role="Learning Experience Designer",
        notes="PeopleAdmin confirmation; company only in body",
        hdrs=AUTO_GEN,
    )

    t = """Your application for the position of Instructional Coach (K-8) at Cedar Valley School District has been received.

Application #: 88314
Date submitted: 5/3/2025

Please make sure your references have completed their online reference forms. Incomplete applications cannot be considered.

Cedar Valley School District - Human Resources"""
    mail(
        "application_received",
        frm="Cedar Valley School District <hr-noreply@applitrack.com>",
        subj="Application Received",
        date="2025-05-03 20:26 -0500",
        text=t,
        company="Cedar Valley School District",
        role="Instructional Coach (K-8)",
        notes="AppliTrack receipt; reference reminder",
    )

    t = """Hi Grace,

Thanks for applying to Kindling Labs! We've received your application for the Learning & Development Specialist role and our team is reviewing it.

If there's a match, we'll be in touch about next steps.

Best,
Kindling Labs"""
    mail(
        "application_received",
        frm="Kindling Labs <no-reply@us.greenhouse-mail.io>",
        subj="Thank you for applying to Kindling Labs",
        date="2025-07-19 03:12 +0000",
        text=t,
        company="Kindling Labs",
        role="Learning & Development Specialist",
        notes="Greenhouse",
    )

    t = """Dear Grace,

Thank you for your interest in St. Brigid's Medical Center. We have received your application for HR Generalist (Req 2025-4410).

Our recruiters review every application carefully. Due to the volume of applications, only candidates selected for interviews will be contacted.

Human Resources, St. Brigid's Medical Center"""
    mail(
        "application_received",
        frm="St. Brigid's Careers <careers-noreply@stbrigids.icims.com>",
        subj="Thank you for applying: HR Generalist",
        date="2025-08-30 12:58 -0400",
        text=t,
        company="St. Brigid's Medical Center",
        role="HR Generalist",
        hdrs=AUTO_GEN,
        notes="iCIMS; Auto-Submitted: auto-generated",
    )

    t = """Dear Grace Mwangi,

Thank you for your interest in Job ID 25-1183, Education Coordinator, Interprofessional Practice. Your application has been received by Northshore Health Network.

We will contact you if your qualifications match our needs.

Northshore Health Network - Human Resources"""
    mail(
        "application_received",
        frm="Northshore Health Network <nhn.recruitment@taleo.net>",
        subj="Northshore Health Network - Application Received",
        date="2025-09-29 08:33 -0400",
        text=t,
        company="Northshore Health Network",
        role="Education Coordinator, Interprofessional Practice",
        notes="Taleo",
    )

    h = para_html(
        """Grace Mwangi,

Your application for Professional Learning Specialist (Central Office) is complete. Thank you!

Ridgemont Public Schools will review your application and contact you if you are selected for an interview. Please keep your contact information up to date.""",
        "Ridgemont Public Schools",
        "TalentEd Hire - do not reply to this message.",
    )
    mail(
        "application_received",
        frm="Ridgemont Public Schools <donotreply@talentedhire.com>",
        subj="Your application is complete",
        date="2025-06-11 22:47 -0400",
        html=h,
        company="Ridgemont Public Schools",
        role="Professional Learning Specialist (Central Office)",
        notes="TalentEd; HTML only",
    )

    t = """Hey Grace!

Thanks a bunch for applying to be our Learning Designer - it honestly makes our day when people want to join the crew. Someone from the team will take a proper look at your application over the next week or two, and we'll let you know either way.

In the meantime, feel free to nose around our blog to see what we've been building.

Speak soon,
The Fable & Field team"""
    mail(
        "application_received",
        frm="Fable & Field Learning <jobs@fablefield.teamtailor-mail.com>",
        subj="We got it!",
        date="2026-07-27 10:15 +0100",
        text=t,
        company="Fable & Field Learning",
        role="Learning Designer",
        diff="hard",
        notes="chatty template reads like personal mail",
    )

    t = """Hola Grace:

Te confirmamos que hemos recibido tu candidatura para el puesto de Diseñadora Instruccional en la Fundación Horizonte Educativo.

Nuestro equipo revisará tu perfil en las próximas semanas. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Gracias por tu interés,
Equipo de Personas - Fundación Horizonte Educativo"""
    mail(
        "application_received",
        frm="Fundación Horizonte Educativo <no-reply@recruitee.com>",
        subj="Hemos recibido tu candidatura",
        date="2026-05-14 09:20 +0200",
        text=t,
        company="Fundación Horizonte Educativo",
        role="Diseñadora Instruccional",
        lang="es",
        notes="Spanish; Recruitee",
    )

    t = """Sehr geehrte Frau Mwangi,

vielen Dank für Ihre Bewerbung als Referentin Weiterbildung (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Personalteam des Bildungswerk Nordstern e.V.

Diese E-Mail wurde automatisch erstellt."""
    mail(
        "application_received",
        frm="Bildungswerk Nordstern <bewerbung@bildungswerk-nordstern.jobs.personio.de>",
        subj="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-04-16 19:02 +0200",
        text=t,
        cte="quoted-printable",
        company="Bildungswerk Nordstern",
        role="Referentin Weiterbildung (m/w/d)",
        lang="de",
        notes="German; Personio",
        hdrs=AUTO_GEN,
    )

    t = """Hi Grace,

Thank you for applying for the Corporate Trainer position at Vantage Learning Group. Your application has been received.

Unfortunately, due to the high number of applications we receive, we are not able to respond to every applicant personally. If your profile matches what we're looking for, a member of our recruiting team will contact you within two weeks.

Vantage Learning Group"""
    mail(
        "application_received",
        frm="Vantage Learning Group <noreply@smartrecruiters.com>",
        subj="Thanks for applying to Vantage Learning Group",
        date="2025-11-12 16:40 -0500",
        text=t,
        company="Vantage Learning Group",
        role="Corporate Trainer",
        diff="hard",
        notes="'Unfortunately' in acknowledgement",
    )

    t = """Dear Grace,

Thank you for submitting your application for Program Officer - Teacher Training (Nairobi) at Amani Education Fund.

Please note that due to the high number of applications, only shortlisted candidates will be contacted. If you do not hear from us within four weeks of the closing date, please consider your application unsuccessful.

Amani Education Fund"""
    mail(
        "application_received",
        frm="Amani Education Fund <noreply@candidates.workablemail.com>",
        subj="Thanks for applying to Amani Education Fund",
        date="2025-10-30 13:10 +0300",
        text=t,
        company="Amani Education Fund",
        role="Program Officer - Teacher Training (Nairobi)",
        diff="hard",
        notes="'consider your application unsuccessful' conditional",
    )

    t = """Hello Grace,

We have received your application for Member Education Specialist at Cobalt Credit Union. Thank you for your interest!

Our recruiting team will review your qualifications and reach out if there's a fit.

Cobalt Credit Union Recruiting"""
    mail(
        "application_received",
        frm="Cobalt Credit Union <notification@jobvite.com>",
        subj="Application received - Member Education Specialist",
        date="2025-08-11 07:50 -0600",
        text=t,
        company="Cobalt Credit Union",
        role="Member Education Specialist",
        notes="Jobvite",
    )

    t = """Hi Grace,

Thanks for applying to Sprout & Sparrow Montessori for the Director of Family Programs position. We're reviewing applications now and you'll hear from us soon.

Sprout & Sparrow Montessori"""
    mail(
        "application_received",
        frm="Sprout & Sparrow Montessori <notifications@app.bamboohr.com>",
        subj="Thanks for your application",
        date="2025-03-14 11:30 -0700",
        text=t,
        company="Sprout & Sparrow Montessori",
        role="Director of Family Programs",
        notes="BambooHR two lines",
    )

    t = """Hi Grace,

Thanks for your application to Lumen Academy for the Instructional Designer (Contract) role!

Here's what to expect: our recruiting team reviews every application. If your background is a match, a recruiter will reach out to schedule an initial interview. If we decide not to move forward, we'll let you know by email - we don't ghost.

Lumen Academy Recruiting"""
    mail(
        "application_received",
        frm="Lumen Academy <no-reply@ashbyhq.com>",
        subj="Thanks for applying to Lumen Academy",
        date="2026-06-22 17:41 +0000",
        text=t,
        company="Lumen Academy",
        role="Instructional Designer (Contract)",
        diff="hard",
        notes="mentions interview and 'not move forward' as future steps",
    )


def auto_replies() -> None:
    t = """Hi there,

Thanks for your email. I'm out of the office at a conference with limited access to email and will be back on 3/14. I'll respond as soon as I can after that.

For anything urgent about open roles on the Learning team, please contact talent@tessellate.so.

Dev"""
    mail(
        "auto_reply",
        frm="Dev Anand <dev@tessellate.so>",
        subj="Automatic reply: Senior ID role - a few questions",
        date="2025-03-05 08:12 -0800",
        text=t,
        reply="tess-q",
        hdrs=AUTO_REP,
        company="Tessellate",
        contact="Dev",
        role="Senior Instructional Designer",
        ret="2025-03-14",
        notes="US short date 3/14",
    )

    t = """Thank you for your email. I am currently on annual leave, returning Monday 9 March. I will have no access to email while away.

If your message relates to a current vacancy, please contact recruitment@riversideyouthtrust.org.uk and a colleague will help.

Sophie Larch
People & Culture Manager
Riverside Youth Trust"""
    mail(
        "auto_reply",
        frm="Sophie Larch <s.larch@riversideyouthtrust.org.uk>",
        subj="Out of Office: Learning & Development Officer - application query",
        date="2026-03-02 10:02 +0000",
        text=t,
        reply="ryt-q",
        hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        company="Riverside Youth Trust",
        contact="Sophie",
        role="Learning & Development Officer",
        ret="2026-03-09",
        notes="UK day-month date with weekday",
    )

    t = """I am out of the office until 2026-03-19 inclusive and will not be checking messages. Your email will not be forwarded.

For urgent staffing questions please call the district HR line at 555-0192.

Gabriel Ortiz
Assistant Superintendent, Teaching & Learning
Bayview Unified School District"""
    mail(
        "auto_reply",
        frm="Gabriel Ortiz <gortiz@bayviewusd.org>",
        subj="Out of office",
        date="2026-03-11 07:30 -0400",
        text=t,
        reply="bayview-q",
        hdrs={"X-Autoreply": "yes"},
        company="Bayview Unified School District",
        contact="Gabriel",
        ret="2026-03-20",
        diff="hard",
        notes="'until 2026-03-19 inclusive' => back next day; bare subject",
    )

    t = """Hello,

Thank you for your message. As of October 31, 2025 I no longer work at Kindling Labs.

For questions about recruiting, please contact Jordan Ames at jordan.ames@kindlinglabs.com. For all other inquiries, please email hello@kindlinglabs.com.

Renata"""
    mail(
        "auto_reply",
        frm="Renata Silva <renata.silva@kindlinglabs.com>",
        subj="Automatic reply: Checking in - L&D Specialist",
        date="2025-11-05 13:20 -0800",
        text=t,
        reply="kindling-q",
        hdrs=AUTO_REP,
        company="Kindling Labs",
        contact="Renata",
        role="L&D Specialist",
        notes="no longer with company; points to colleague",
    )

    t = """This mailbox is not monitored. Your message has not been delivered to a member of staff.

To check the status of an application, please sign in to your applicant account. For technical help with the application system, contact hr-help@hollins-state.edu.

Hollins State University Office of Human Resources"""
    mail(
        "auto_reply",
        frm="Hollins State University Human Resources <noreply@peopleadmin.com>",
        subj="Re: Hollins State University - Posting #0007421",
        date="2025-03-27 21:40 -0400",
        text=t,
        reply="hollins-q",
        hdrs={"Auto-Submitted": "auto-replied"},
        company="Hollins State University",
        role="",
        diff="hard",
        notes="unmonitored-mailbox reply on the rejection thread",
    )

    t = """Hello, and thank you for reaching out.

I am on parental leave and will be back on 1 September 2025. During my leave I am not checking email.

If you are in our interview process for the Curriculum Developer or Content Designer roles, our recruiter Tasha Greene (tasha@brightpathlearning.com) is managing scheduling and will be happy to help.

Ines Carvalho
Director of Curriculum | Brightpath Learning"""
    mail(
        "auto_reply",
        frm="Ines Carvalho <ines@brightpathlearning.com>",
        subj="Re: Coffee sometime?",
        date="2025-06-20 14:01 -0400",
        text=t,
        reply="ines-coffee",
        company="Brightpath Learning",
        contact="Ines",
        ret="2025-09-01",
        diff="hard",
        notes="parental leave; mentions interview process; no auto-reply headers",
    )

    t = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Juli 2026 nicht im Büro und ab Montag, 6. Juli 2026 wieder erreichbar. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an info@akademie-rheinblick.de.

Mit freundlichen Grüßen
Stefan Brandt"""
    mail(
        "auto_reply",
        frm="Stefan Brandt <s.brandt@akademie-rheinblick.de>",
        subj="Abwesenheitsnotiz: Rückfrage zur Stelle",
        date="2026-06-22 15:44 +0200",
        text=t,
        cte="quoted-printable",
        reply="rheinblick-q",
        hdrs=AUTO_REP,
        company="Akademie Rheinblick",
        contact="Stefan",
        ret="2026-07-06",
        lang="de",
        notes="German Abwesenheitsnotiz",
    )

    t = """Bonjour,

Je suis absente du bureau et de retour le lundi 24 août. Pendant mon absence, mes e-mails ne seront pas consultés.

Pour toute question urgente, vous pouvez contacter recrutement@horizon-formation.fr.

Cordialement,
Claire Dumont"""
    mail(
        "auto_reply",
        frm="Claire Dumont <c.dumont@horizon-formation.fr>",
        subj="Réponse automatique : Documents pour mon arrivée",
        date="2026-08-05 09:15 +0200",
        text=t,
        reply="horizon-docs",
        hdrs={"Auto-Submitted": "auto-replied"},
        company="Institut Horizon Formation",
        contact="Claire",
        ret="2026-08-24",
        lang="fr",
        notes="French absence message",
    )

    t = """Gracias por tu mensaje.

Estaré fuera de la oficina por las vacaciones de Navidad y volveré el 7 de enero. Durante este periodo no tendré acceso al correo electrónico.

Para asuntos urgentes, escribe a secretaria@colegioalborada.es.

Lucía Serrano
Recursos Humanos - Colegio Internacional Alborada"""
    mail(
        "auto_reply",
        frm="Lucía Serrano <rrhh@colegioalborada.es>",
        subj="Respuesta automática: Consulta sobre vacantes",
        date="2025-12-22 12:00 +0100",
        text=t,
        reply="alborada-q",
        hdrs=AUTO_REP,
        company="Colegio Internacional Alborada",
        contact="Lucía",
        ret="2026-01-07",
        lang="es",
        notes="Spanish; year rolls over",
    )

    t = """Thanks for your note! I'm at the state workforce development conference through the weekend and back Monday. I'll reply then.

Owen"""
    mail(
        "auto_reply",
        frm="Owen Castillo <ocastillo@fernhill.edu>",
        subj="Re: Thank you - Workforce Training Coordinator",
        date="2025-10-03 16:00 -0500",
        text=t,
        reply="fernhill-2",
        company="Fernhill Community College",
        contact="Owen",
        role="Workforce Training Coordinator",
        ret="2025-10-06",
        diff="hard",
        notes="relative 'back Monday'; no auto headers; reads like a human reply",
    )

    t = """Thank you for your message.

I am out of the office and will return on Tuesday, 28 October. If you need to reschedule or confirm an interview with Palisade Health, please email recruiting@palisadehealth.org and a member of the team will assist you.

Keisha Monroe
Recruiting Coordinator"""
    mail(
        "auto_reply",
        frm="Keisha Monroe <kmonroe@palisadehealth.org>",
        subj="Automatic reply: Interview confirmation - Clinical Onboarding Trainer",
        date="2025-10-21 09:06 -0700",
        text=t,
        reply="palisade-q",
        hdrs=AUTO_REP,
        company="Palisade Health",
        contact="Keisha",
        role="Clinical Onboarding Trainer",
        ret="2025-10-28",
        diff="hard",
        notes="subject and body mention interview",
    )

    t = """Dear Sender,

Thank you for your email. I am currently on a field visit to our Kisumu programmes with limited connectivity. I will respond to your message when I am back in the office on 17/11/2025.

For urgent matters, please call the office on +254 20 555 0134.

Achieng Otieno
HR & Administration Officer
Jamii Learning Collaborative"""
    mail(
        "auto_reply",
        frm="Achieng Otieno <hr@jamiilearning.org>",
        subj="Out of Office Re: Contract documents",
        date="2025-11-06 10:40 +0300",
        text=t,
        reply="jamii-contract",
        hdrs={"X-Autoreply": "yes"},
        company="Jamii Learning Collaborative",
        contact="Achieng",
        ret="2025-11-17",
        diff="hard",
        notes="DD/MM/YYYY date",
    )

    t = """Thank you for contacting Cedar Valley School District Human Resources.

This is an automated response to confirm that we have received your email. A member of our team will reply within three business days. If your question concerns the status of an application, please log in to your AppliTrack account.

Please do not reply to this message."""
    mail(
        "auto_reply",
        frm="CVSD Human Resources <hr@cedarvalleysd.org>",
        subj="Re: Question about Instructional Coach posting",
        date="2025-05-12 06:58 -0500",
        text=t,
        reply="cvsd-q",
        hdrs={"Auto-Submitted": "auto-replied"},
        company="Cedar Valley School District",
        diff="hard",
        notes="auto-acknowledgement of an email (not an application receipt)",
    )

    t = """Hello!

Our office is closed for the holidays from December 24 through January 2. We will respond to your message when we reopen on Monday, January 5, 2026.

Wishing you a restful season,
Maple Ridge Literacy Council"""
    mail(
        "auto_reply",
        frm="Maple Ridge Literacy Council <info@mapleridgeliteracy.ca>",
        subj="Auto: Re: Program Coordinator - availability",
        date="2025-12-26 09:00 -0800",
        text=t,
        reply="maple-q",
        hdrs=AUTO_REP,
        company="Maple Ridge Literacy Council",
        role="Program Coordinator",
        ret="2026-01-05",
        notes="holiday closure; organisation mailbox",
    )


def others() -> None:
    t = """Job Alert: Training

14 new jobs match your saved search "Training" (Statewide).

Training Officer I - Department of Corrections - $4,512-$5,600/mo - closes 04/10/2025
Staff Development Specialist - County of Marlow Creek - $71,000-$89,000/yr
Learning Management System Administrator - City of Ardenville - $68,870/yr
Workforce Development Coordinator - Valley Transit Authority
... and 10 more

View all jobs: https://www.governmentjobs.com/jobs?keyword=training

You are receiving this email because you created a job alert. Manage alerts: https://www.governmentjobs.com/alerts"""
    mail(
        "other",
        frm="GovernmentJobs <jobalerts@governmentjobs.com>",
        subj='14 new jobs for "Training"',
        date="2025-03-31 06:00 -0700",
        text=t,
        hdrs={**BULK, **unsub("https://www.governmentjobs.com/alerts/unsubscribe?u=88231")},
        notes="job alert digest naming employers",
    )

    h = para_html(
        """Grace, your application was viewed

A recruiter at Harbor Point Bank viewed your application for Training & Development Associate.

Applicants who follow up with a short message are more likely to hear back. Message the recruiter

You're receiving job application updates. Unsubscribe.""",
        "ProLink",
    )
    mail(
        "other",
        frm="ProLink <jobs-noreply@prolink-mail.com>",
        subj="Your application was viewed by Harbor Point Bank",
        date="2026-02-10 19:30 +0000",
        html=h,
        hdrs=unsub("https://prolink-mail.com/unsub/ga81"),
        diff="hard",
        notes="social network notification naming an employer and role",
    )

    t = """THE PIVOT | Issue 42: Teachers into L&D

This week:
1. "Thanks, but no thanks": what 40 former teachers learned from their first 50 rejections
2. How to talk about classroom management in an instructional design interview
3. Portfolio teardown: turning a unit plan into an e-learning sample

Reader question: "I got to the final round twice and both times they said they'd decided to move forward with other candidates. What am I missing?" Our answer is below the fold.

Read online: https://thepivot.substack.com/p/issue-42

You're a free subscriber to The Pivot. Unsubscribe: https://thepivot.substack.com/action/unsubscribe"""
    mail(
        "other",
        frm="The Pivot <thepivot@substack.com>",
        subj="Issue 42: What 50 rejections taught us",
        date="2025-06-07 12:00 +0000",
        text=t,
        hdrs={**BULK, **unsub("https://thepivot.substack.com/action/unsubscribe")},
        diff="hard",
        notes="career newsletter about rejections and interviews; quotes ATS wording",
    )

    h = para_html(
        """New episode: Building a learning culture from scratch

This week on Learning Lab, we sit down for an in-depth interview with Marisa Kwan, Chief Learning Officer at a 12,000-person hospital system. We talk about hiring former teachers, why most onboarding fails, and the one question she asks every candidate.

Listen now (42 min)

You're getting this because you subscribed to Learning Lab updates. Unsubscribe""",
        "Learning Lab Podcast",
    )
    mail(
        "other",
        frm="Learning Lab Podcast <hello@learninglabpod.com>",
        subj="🎙️ Our interview with a hospital CLO",
        date="2025-09-18 14:00 -0400",
        html=h,
        cte="base64",
        hdrs=unsub("https://learninglabpod.com/unsub"),
        diff="hard",
        notes="podcast 'interview'; HTML only base64; emoji subject",
    )

    t = """Harbor Commons Bank

Transaction declined

A purchase of $86.40 at EDUCATORS SUPPLY CO on your debit card ending 4471 was declined on 11/02/2025 because it would exceed your available balance.

If you recognize this transaction, no action is needed. To review your account, sign in to Online Banking.

Please do not reply to this email."""
    mail(
        "other",
        frm="Harbor Commons Bank <alerts@harborcommons-alerts.com>",
        subj="Your card transaction was declined",
        date="2025-11-02 16:21 -0500",
        text=t,
        diff="hard",
        notes="bank alert with 'declined'",
    )

    t = """Hi Grace,

Thank you for applying for Unit 4B at 219 Linden Street. Unfortunately, we were unable to approve your application at this time because the combined household income did not meet the 3x rent requirement.

Your $45 application fee is non-refundable. If you'd like to reapply with a guarantor, let me know and I'll hold the unit until Friday.

Denise Holloway
Leasing Manager, Linden Property Group"""
    mail(
        "other",
        frm="Denise Holloway <dholloway@lindenpg.com>",
        subj="Your rental application - 219 Linden St #4B",
        date="2026-07-20 11:05 -0400",
        text=t,
        contact="Denise",
        diff="hard",
        notes="apartment application declined; rejection wording",
    )

    h = para_html(
        """Grace, your exclusive offer expires Sunday

Take 30% off the Instructional Design Certificate - our most popular program for teachers changing careers. Graduates have landed interviews at over 400 companies.

Use code PIVOT30 at checkout.

Claim my offer

Unsubscribe | Privacy""",
        "DesignPath Academy",
    )
    mail(
        "other",
        frm="DesignPath Academy <offers@designpath.academy>",
        subj="Grace, 30% off ends Sunday - a special offer for you",
        date="2026-01-09 08:00 -0500",
        text="Grace, your exclusive offer expires Sunday. Take 30% off the Instructional Design Certificate. Use code PIVOT30.\n\nUnsubscribe: https://designpath.academy/u",
        html=h,
        hdrs={**BULK, **unsub("https://designpath.academy/u")},
        diff="hard",
        notes="marketing 'offer' and 'interviews'",
    )

    t = """Dear Grace Mwangi,

Thank you for submitting your session proposal, "Station Rotation for Reluctant Readers," to the 2026 Midwest Digital Learning Summit.

We received 1,140 proposals for 210 slots. We regret to inform you that your proposal was not accepted for this year's program. Reviewer comments are available in the submission portal.

We hope you will still join us in Milwaukee and consider submitting again next year.

Program Committee
Midwest Digital Learning Summit"""
    mail(
        "other",
        frm="MDLS Program Committee <program@mdlsummit.org>",
        subj="MDLS 2026 proposal decision",
        date="2025-12-04 15:00 -0600",
        text=t,
        diff="hard",
        notes="conference proposal not accepted",
    )

    t = """Good evening Ms. Mwangi,

Amani was unwell on Friday and missed the quiz on the water cycle. Could she take it during lunch on Tuesday? Also, I signed the permission slip for the museum trip; it's in her folder.

Thank you for everything you do for the class.

Fatuma Hassan"""
    mail(
        "other",
        frm="Fatuma Hassan <fatuma.hassan84@gmail.com>",
        subj="Amani - missed quiz",
        date="2025-02-09 19:22 -0600",
        text=t,
        contact="Fatuma",
        notes="parent email to the teacher",
    )

    t = """RIDGEMONT EDUCATION ASSOCIATION - BARGAINING UPDATE #7

Members voted on Thursday to reject the district's latest offer by a margin of 81% to 19%. The offer included a 2.1% salary increase and no change to class-size language.

Our bargaining team returns to the table on March 3. A rally is planned before the school board meeting on February 26 at 6:00 PM - wear red!

In solidarity,
REA Executive Board

You are receiving this as a member of the Ridgemont Education Association."""
    mail(
        "other",
        frm="Ridgemont Education Association <updates@rea-union.org>",
        subj="Bargaining Update #7: Members reject district offer",
        date="2026-02-21 09:10 -0500",
        text=t,
        hdrs={**BULK, "List-Id": "REA Members <members.rea-union.org>"},
        diff="hard",
        notes="union update: 'reject' and 'offer'",
    )

    t = """Hi Grace,

Great news - your volunteer application has been approved! Welcome to the Eastside Reading Buddies program.

Your orientation is Saturday, October 18 at 9:30 AM at the Eastside Branch Library. Please bring a photo ID so we can complete your background check paperwork.

See you there,
Tamara Reyes
Volunteer Coordinator"""
    mail(
        "other",
        frm="Tamara Reyes <volunteers@eastsidereadingbuddies.org>",
        subj="You're in! Volunteer orientation details",
        date="2025-10-06 12:33 -0500",
        text=t,
        contact="Tamara",
        diff="hard",
        notes="volunteer application approved; orientation with a time",
    )

    t = """GRACE!!!

I just finished my final interview at the Children's Museum and I think it went really well?? They asked me to walk them through a lesson plan, and I used your trick of starting with the learning objective. The director even said "we'll be in touch very soon", which has to be good.

Drinks on Friday either way. I'll tell you everything.

Njeri"""
    mail(
        "other",
        frm="Njeri Wambui <njeri.wambui@outlook.com>",
        subj="it happened!!",
        date="2025-08-14 18:47 -0400",
        text=t,
        contact="Njeri",
        diff="hard",
        notes="friend's own interview news",
    )

    fwd = """---------- Forwarded message ---------
From: Westgate Health Careers <careers@westgatehealth.org>
Date: Tue, Jan 13, 2026 at 8:00 AM
Subject: Job posting: Training Manager, Nursing Professional Development
To: Daniel Kiprop <dkiprop@westgatehealth.org>

Westgate Health is hiring a Training Manager to lead onboarding and professional development for 900 nurses. Experience designing adult learning programs required; teaching background welcome. Apply by January 30."""
    t = (
        """Hey Grace,

This came around our internal list this morning and I immediately thought of you. The manager is lovely. Happy to put in a referral if you apply - just send me your CV.

Dan

"""
        + fwd
    )
    mail(
        "other",
        frm="Daniel Kiprop <daniel.kiprop@gmail.com>",
        subj="Fwd: Job posting: Training Manager, Nursing Professional Development",
        date="2026-01-13 12:15 -0500",
        text=t,
        contact="Daniel",
        diff="hard",
        notes="friend forwards a posting; offers referral",
    )

    t = """Hi Grace,

I hope you're doing great! I came across your profile and think you'd be a strong fit for one of our 12 urgent openings for Corporate Trainers (remote, W2 contract, 6 months). Our client, a Fortune 500 insurer, is looking to interview candidates this week.

Are you free for a quick call today or tomorrow? Please send your updated resume and best rate.

Thanks,
Rakesh Verma
Sr. Technical Recruiter | Apex Staffing Solutions
If you are not interested, reply REMOVE."""
    mail(
        "other",
        frm="Rakesh Verma <rakesh.v@apexstaffsol.com>",
        subj="Urgent Requirement: Corporate Trainer (Remote) - Quick Call?",
        date="2026-05-19 10:03 -0500",
        text=t,
        contact="Rakesh",
        role="Corporate Trainer",
        diff="hard",
        notes="recruiter mass mailing mentioning interviews and a quick call",
    )

    h = para_html(
        """What's new in Canvas: July release

New Quizzes: item banks can now be shared across sub-accounts.
Discussions: threaded replies are on by default.
Rubrics: improved accessibility for screen readers.

Read the full release notes in the Community.

You are receiving this because you are an instructor at Ridgemont Public Schools. Manage notifications.""",
        "Canvas Updates",
    )
    mail(
        "other",
        frm="Canvas Updates <notifications@instructure.com>",
        subj="What's new in Canvas - July release",
        date="2025-07-12 09:00 -0600",
        html=h,
        hdrs={**BULK, **unsub("https://community.canvaslms.com/unsub")},
        notes="edtech product newsletter",
    )

    t = """Hi team,

A few reminders before we break for the summer:

- Grades are due in the SIS by 3:00 PM on Friday, June 13.
- Classroom checkout forms go to Ms. Tran in the main office.
- End-of-year evaluation conferences: please sign up for a 20-minute slot with me or Mr. Delgado using the sheet in the staff lounge.

Thank you for an incredible year.

Ruth Ainsworth
Principal, Ridgemont Middle School"""
    mail(
        "other",
        frm="Ruth Ainsworth <rainsworth@ridgemontps.org>",
        subj="End-of-year checklist",
        date="2025-06-02 15:45 -0400",
        text=t,
        contact="Ruth",
        to="RMS Staff <rms-staff@ridgemontps.org>",
        notes="school staff mail (seeker is a teacher)",
    )

    t = """Salaries for Instructional Designer near you

Average base pay: $74,300/yr
Top companies: Arcwell Education, Lakeshore Regional Health, Kindling Labs

Companies you may like: Tallgrass Health (4.1 stars), Vantage Learning Group (3.6 stars)

See all insights: https://www.workscout.com/salaries/instructional-designer

Unsubscribe from career insights"""
    mail(
        "other",
        frm="WorkScout <insights@workscout.com>",
        subj="Grace, see what Instructional Designers earn",
        date="2025-10-10 11:11 +0000",
        text=t,
        hdrs={**BULK, **unsub("https://www.workscout.com/u/22a")},
        notes="salary insights naming employers",
    )

    t = """oer-commons-swahili / glossary

@ktanaka closed this pull request.

#57 Add Swahili glossary for Grade 7 science

Thanks for this, Grace. We've decided not to merge it as-is, because the maintainers agreed to keep glossaries in a separate repository. Could you reopen it against swahili-glossaries? Happy to review there.

--
Reply to this email directly or view it on GitHub.""".replace("\n--\n", "\n-- \n")
    mail(
        "other",
        frm="Kenji Tanaka <notifications@github.com>",
        subj="Re: [oer-commons-swahili/glossary] Add Swahili glossary for Grade 7 science (PR #57)",
        date="2026-03-25 03:12 +0000",
        text=t,
        reply="gh57",
        contact="Kenji",
        hdrs={
            "List-Id": "oer-commons-swahili/glossary <glossary.oer-commons-swahili.github.com>",
            "X-GitHub-Reason": "author",
        },
        diff="hard",
        notes="pull request closed, not merged",
    )

    t = """Congratulations, Grace!

You've completed "Instructional Design Foundations and Applications". Your certificate is ready to share.

Add it to your profile or download a PDF from your Accomplishments page.

Keep learning,
The LearnSphere Team"""
    mail(
        "other",
        frm="LearnSphere <no-reply@learnsphere.org>",
        subj="Your certificate is ready",
        date="2025-04-30 20:02 +0000",
        text=t,
        hdrs=unsub("https://learnsphere.org/u"),
        notes="course completion",
    )

    t = """Dear Grace Mwangi,

We have reviewed the Employment Certification Form you submitted for Public Service Loan Forgiveness.

We were unable to process your form because Section 4 was not signed by an authorized official of your employer. Your qualifying payment count has not been updated.

Please submit a corrected form through the PSLF Help Tool.

Keystone Loan Servicing"""
    mail(
        "other",
        frm="Keystone Loan Servicing <noreply@keystoneloans.com>",
        subj="Action needed: your PSLF form was rejected",
        date="2026-09-14 13:00 -0400",
        text=t,
        diff="hard",
        notes="loan form rejected; employer mentioned",
    )

    t = """Dear Grace,

On behalf of the faculty of the School of Education, I am delighted to offer you admission to the Master of Science in Learning Design and Technology, beginning Fall 2026.

Please confirm your intention to enroll and submit the $250 deposit by April 15. Information about graduate assistantships will follow.

Congratulations!

Office of Graduate Admissions
Hollins State University"""
    mail(
        "other",
        frm="Graduate Admissions <gradadmit@hollins-state.edu>",
        subj="Admission decision - MS Learning Design and Technology",
        date="2026-03-02 10:30 -0500",
        text=t,
        diff="hard",
        notes="graduate school admission 'offer' from a university she applied to for a job",
    )

    t = """Hallo Grace,

für Ihren Suchauftrag "Trainerin" gibt es 9 neue Stellenangebote:

- Trainerin für Soft Skills (m/w/d) - Lernwerk Akademie GmbH, Köln
- Referentin Personalentwicklung (m/w/d) - Stadtwerke Hanau
- Lerncoach Integrationskurse (m/w/d) - Akademie Rheinblick, Bonn

Alle Stellen ansehen: https://www.jobfinder24.de/suchauftrag/trainerin

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden: https://www.jobfinder24.de/abmelden"""
    mail(
        "other",
        frm="Jobfinder24 <suchauftrag@jobfinder24.de>",
        subj='9 neue Jobs für "Trainerin"',
        date="2026-04-02 07:05 +0200",
        text=t,
        cte="quoted-printable",
        hdrs={**BULK, **unsub("https://www.jobfinder24.de/abmelden")},
        lang="de",
        notes="German job alert",
    )

    t = """Bonjour Grace,

Voici les nouvelles offres qui correspondent à votre alerte « ingénierie pédagogique » :

• Ingénieur·e pédagogique - Institut Horizon Formation - Lyon (CDI)
• Concepteur·rice de formations digitales - Groupe Aster - Paris (CDI)
• Formateur·rice en entreprise - Savoirs Partagés - Nantes (CDD)

Nous vous souhaitons une belle recherche !
L'équipe Talentia Jobs

Se désinscrire des alertes"""
    mail(
        "other",
        frm="Talentia Jobs <alertes@talentia-jobs.fr>",
        subj="3 nouvelles offres pour vous",
        date="2026-05-06 08:30 +0200",
        text=t,
        html=para_html(t),
        hdrs={**BULK, **unsub("https://talentia-jobs.fr/desinscription")},
        lang="fr",
        diff="hard",
        notes="French job alert; 'offres' means job postings",
    )

    t = """Hola Grace,

¡Buenas noticias! Tu CV ha sido visto por Colegio Internacional Alborada en las últimas 24 horas.

Las empresas que ven tu CV suelen contactar en los siguientes días. Mantén tu perfil actualizado para aumentar tus posibilidades de entrevista.

Ver mi perfil: https://www.empleoya.es/perfil

El equipo de EmpleoYa"""
    mail(
        "other",
        frm="EmpleoYa <notificaciones@empleoya.es>",
        subj="Una empresa ha visto tu CV",
        date="2026-03-30 19:00 +0200",
        text=t,
        hdrs=unsub("https://www.empleoya.es/baja"),
        lang="es",
        diff="hard",
        notes="Spanish job-board notification naming an employer",
    )

    cal = ics(
        "Parent-Teacher Conference: Hassan family",
        "20251106T161500",
        "20251106T163000",
        "Central Standard Time",
        "conferences@ridgemontms.pickatime.com",
        "ptc-hassan-1106",
        "Room 118",
    )
    t = """A conference has been booked with you.

Parent: Fatuma Hassan
Student: Amani Hassan (Grade 7)
When: Thursday, November 6, 2025, 4:15 PM - 4:30 PM
Where: Room 118

This booking was made through the Ridgemont Middle School conference scheduler."""
    mail(
        "other",
        frm="RMS Conference Scheduler <conferences@ridgemontms.pickatime.com>",
        subj="New booking: Parent-Teacher Conference Thu Nov 6 4:15 PM",
        date="2025-10-28 20:10 -0500",
        text=t,
        cal=cal,
        cal_inline=True,
        hdrs=AUTO_GEN,
        diff="hard",
        notes="calendar invite for a parent-teacher conference",
    )

    t = """You're registered!

Ace Your Panel Interview: A Workshop for Career Changers
Wednesday, February 11, 2026
7:00 PM - 8:00 PM Eastern Time

Join from your computer: https://us02web.zoom.us/w/88412?tk=reg
Add to calendar

Hosted by Teachers Who Pivot. Can't make it? A recording will be sent to all registrants."""
    mail(
        "other",
        frm="Teachers Who Pivot <no-reply@zoom.us>",
        subj="Confirmation: Ace Your Panel Interview: A Workshop for Career Changers",
        date="2026-02-04 21:34 -0500",
        text=t,
        diff="hard",
        notes="webinar registration about interviews, with a definite time",
    )

    t = """Hi Grace,

Just a reminder that the rent for September ($1,640) is due on the 1st. The online portal is back up after last week's maintenance.

Also, the plumber will come by on Thursday between 10 and 12 to look at the kitchen sink - you don't need to be home.

Thanks,
Walter
Building Manager, 88 Elmwood Ave"""
    mail(
        "other",
        frm="Walter Briggs <walter.briggs@elmwoodmgmt.com>",
        subj="September rent + plumber visit",
        date="2025-08-27 17:18 -0400",
        text=t,
        contact="Walter",
        notes="landlord mail",
    )


def main() -> None:
    import random

    for fn in (rejections, on_holds, interviews, offers, acks, auto_replies, others):
        fn()
    order = list(range(len(MSGS)))
    random.Random(11).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for new_i, old_i in enumerate(order, start=1):
        name = f"{new_i:03d}.eml"
        multiparts = [p for p in MSGS[old_i].walk() if p.is_multipart()]
        for j, part in enumerate(multiparts):
            part.set_boundary(f"----=_Part_{new_i:03d}_{j}_{hashlib.md5(name.encode()).hexdigest()[:12]}")
        (OUT / name).write_bytes(MSGS[old_i].as_bytes(policy=policy.SMTP))
        row = dict(ROWS[old_i])
        row["file"] = name
        rows.append(row)
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
