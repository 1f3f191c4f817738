"""Generate the blind18 evaluation corpus (job-search mail for an IT support / sysadmin / cloud-ops seeker).

Stdlib only. Writes tests/corpus/blind18/NNN.eml and tests/corpus/blind18/labels.csv.
Run: python tests/corpus/make_blind18.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
import textwrap
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind18"
ME = "Kwame Mensah <kwame.mensah.jobs@gmail.com>"
ME_ADDR = "kwame.mensah.jobs@gmail.com"

SPECS: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, **kw) -> None:
    kw.update(label=label, company=company, contact=contact, role=role, lang=lang, diff=diff, notes=notes)
    SPECS.append(kw)


def d(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


def to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    inner = "\n".join("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{inner}\n</body></html>\n"
    )


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def ics(summary: str, start: str, end: str, tzid: str, organizer: str, uid: str, location: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Generic Calendar//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        f"LOCATION:{location}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


# ---------------------------------------------------------------------------
# rejection
# ---------------------------------------------------------------------------
add("rejection", "Loopwise", "", "Cloud Operations Engineer", "en", "easy", "Greenhouse template; 'won't be progressing'",
    frm="Loopwise Recruiting <no-reply@us.greenhouse-mail.io>", subj="Your application to Loopwise",
    date="2025-02-11 14:03 -0800", fmt="alt",
    hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Hi Kwame,

    Thanks for taking the time to apply for the Cloud Operations Engineer position at Loopwise.

    Our team went through every application carefully. We won't be progressing your application any further for this
    opening, but we genuinely appreciate the interest you showed in what we're building.

    New roles are posted at loopwise.io/careers whenever they open up.

    Take care,
    Loopwise Talent
    """))

add("rejection", "Saint Brigid Medical Center", "", "IT Support Specialist II", "en", "easy", "Workday; HTML only; position filled",
    frm="Saint Brigid Medical Center <sbmc@myworkday.com>", subj="Update regarding IT Support Specialist II (R-0048812)",
    date="2025-03-19 08:47 -0500", fmt="html",
    body=d("""
    Dear Kwame Mensah,

    Thank you for your interest in the IT Support Specialist II (R-0048812) position with Saint Brigid Medical Center.

    We want to let you know that this position has been filled. We encourage you to review our other openings and apply to any that match your skills and experience.

    Sincerely,
    Talent Acquisition
    Saint Brigid Medical Center

    This is a system-generated message. Please do not reply.
    """))

add("rejection", "Keystone Network Partners", "Priya", "Systems Administrator", "en", "hard",
    "personal note after final round; 'different direction'; no ATS words",
    frm="Priya Raman <praman@knp-it.com>", subj="Following up",
    date="2025-04-02 17:22 -0400",
    body=d("""
    Hi Kwame,

    I wanted you to hear this from me rather than from a form letter. After the last round on Monday the team went a
    different direction and we've asked someone with more VMware-to-Hyper-V migration work under their belt to join us.

    That was a real debate in the room, and I don't say that to soften it. Your walkthrough of the DHCP failover issue
    was the best answer anyone gave. If you're open to it, I'd like to keep your name handy for the next sysadmin seat.

    — Priya

    Priya Raman | Director of Infrastructure Services
    Keystone Network Partners
    """))

add("rejection", "Harvest Lane Markets", "Derek", "Store Systems Technician", "en", "hard",
    "reply quoting the earlier interview invitation",
    frm="Derek Olsen <derek.olsen@harvestlane.com>", subj="RE: Store Systems Technician - video interview",
    date="2025-05-28 11:05 -0500", reply="<CAHL4412.interview@harvestlane.com>",
    body=d("""
    Kwame,

    Thanks again for the conversation last week and for your patience while we wrapped up. We ended up offering the
    position to a technician who already supports our POS platform at another banner, so we won't be moving ahead
    with you for this one.

    I appreciated your honesty about the gaps in your retail experience. All the best.

    Derek Olsen
    Regional IT Manager, Harvest Lane Markets

    -----Original Message-----
    From: Derek Olsen <derek.olsen@harvestlane.com>
    Sent: Monday, May 12, 2025 3:18 PM
    To: Kwame Mensah <kwame.mensah.jobs@gmail.com>
    Subject: Store Systems Technician - video interview

    Hi Kwame, can you do Thursday at 3pm Central for a video interview? It'll be me and our POS lead, about 45
    minutes. Teams link to follow.
    """))

add("rejection", "Lakeshore Regional Health", "", "Desktop Support Analyst", "en", "easy",
    "iCIMS; 'other applicants whose experience more closely matches'",
    frm="Lakeshore Regional Health Careers <lakeshorehealth-notifications@icims.com>",
    subj="Lakeshore Regional Health - Desktop Support Analyst",
    date="2025-06-16 10:31 -0500", fmt="qp", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    body=d("""
    Dear Kwame,

    Thank you for applying for the Desktop Support Analyst role (Job ID 2025-11873) at Lakeshore Regional Health. We appreciate the time you invested in your application.

    After reviewing your qualifications, we have decided to pursue other applicants whose experience more closely matches the needs of the department at this time.

    We invite you to continue exploring opportunities with Lakeshore Regional Health and wish you success in your search.

    Lakeshore Regional Health Talent Acquisition
    """))

add("rejection", "Torvald Precision Castings", "Tanya", "IT Technician (2nd Shift)", "en", "hard",
    "agency recruiter forwards client decision; client named only in forward",
    frm="Tanya Brooks <tbrooks@brightpathstaffing.com>", subj="Fwd: Kwame M. - IT Tech 2nd shift",
    date="2025-07-08 09:12 -0400",
    body=d("""
    Hey Kwame,

    Passing along the feedback from the plant below. Not the news either of us wanted. They're staying with their
    internal candidate. I've got two other manufacturing support roles I think you'd be a fit for, let's talk this
    week.

    Tanya Brooks
    Senior Technical Recruiter | Brightpath Staffing
    (614) 555-0172

    ---------- Forwarded message ---------
    From: Len Hruska <lhruska@torvaldcastings.com>
    Date: Mon, Jul 7, 2025 at 4:40 PM
    Subject: RE: Kwame M. - IT Tech 2nd shift
    To: Tanya Brooks <tbrooks@brightpathstaffing.com>

    Tanya - we're going to pass on Kwame. Nice guy, knew his stuff on the help desk side, but we have an operator
    who's been covering the role and we're going to promote him. Thanks for sending him over.

    Len Hruska
    IT Supervisor, Torvald Precision Castings
    """))

add("rejection", "Quarrylight", "", "Site Reliability Engineer I", "en", "easy", "Lever; 'not the right match'",
    frm="Quarrylight <no-reply@hire.lever.co>", subj="Quarrylight | Site Reliability Engineer I",
    date="2025-08-04 13:40 -0700", fmt="alt",
    body=d("""
    Hi Kwame,

    Thank you for your interest in Quarrylight and in the Site Reliability Engineer I role. We've looked closely at your background and, while it's clear you have solid experience, we don't think it's the right match at this time.

    We'd be glad to see your name again if another role catches your eye.

    Best,
    The Quarrylight Team
    """))

add("rejection", "Fernhaven Labs", "Owen", "DevOps Engineer", "en", "hard",
    "'didn't work out' plus intro offer to another company that is hiring",
    frm="Owen Kaplan <owen@fernhavenlabs.com>", subj="re: DevOps role",
    date="2025-09-03 19:48 -0700",
    body=d("""
    Kwame - this one didn't work out. We needed someone deeper on Kubernetes operators than either of us figured
    going in, and that's on me for not scoping the role better before we started talking.

    Separately: a friend runs infra at a logistics startup and they're hiring an ops engineer now. Want an intro? Just
    say the word and I'll send a note to both of you.

    Owen
    """))

add("rejection", "Maple Hollow Unified School District", "", "Network Technician", "en", "easy",
    "formal district letter 'Dear Applicant'",
    frm="Maple Hollow USD Human Resources <hr-noreply@mhusd.org>",
    subj="Network Technician - Application Status",
    date="2025-10-21 15:02 -0700", fmt="alt",
    body=d("""
    Dear Applicant,

    Thank you for your interest in the Network Technician position with Maple Hollow Unified School District.

    The selection process for this position has been completed. We regret to inform you that you were not selected. Your application will remain active in our system for twelve (12) months for other classified positions for which you meet the minimum qualifications.

    Maple Hollow Unified School District
    Classified Personnel Services
    """))

add("rejection", "First Cascadia Bank", "", "Technology Support Analyst", "en", "hard",
    "Taleo; 'no longer under consideration for this requisition' (not a cancellation)",
    frm="First Cascadia Bank Talent Acquisition <fcb@taleo.net>",
    subj="Status update for requisition 24-0917",
    date="2025-01-14 07:55 -0800", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Dear Kwame Mensah,

    Requisition: 24-0917 - Technology Support Analyst

    We have completed our review of candidates for the requisition above. Your application is no longer under
    consideration for this position.

    We are grateful for your interest in First Cascadia Bank. You may view other openings and update your
    candidate profile at any time from the career section.

    First Cascadia Bank
    Talent Acquisition
    """))

add("rejection", "Delmarva Polymer Works", "", "Systems Administrator", "en", "hard",
    "says 'extended an offer' to another candidate",
    frm="Delmarva Polymer Works <noreply@smartrecruiters.com>",
    subj="Systems Administrator at Delmarva Polymer Works",
    date="2025-11-06 12:15 -0500", fmt="html",
    body=d("""
    Hello Kwame,

    We wanted to close the loop on the Systems Administrator opening. We have extended an offer to another candidate, who has accepted, and the position is now filled.

    Thank you for the time you spent with our plant IT team. Your interest in Delmarva Polymer Works means a lot to us.

    Kind regards,
    Human Resources
    Delmarva Polymer Works
    """))

add("rejection", "Tessellate", "", "Cloud Support Engineer", "en", "easy", "Ashby template",
    frm="Tessellate Hiring <no-reply@ashbyhq.com>", subj="Thanks for applying to Tessellate",
    date="2026-01-20 16:10 -0800",
    body=d("""
    Hi Kwame,

    Thank you for applying for the Cloud Support Engineer position at Tessellate. After reviewing your
    application, we've decided not to move forward at this time.

    We know job hunting takes real effort, and we appreciate you considering us.

    Warmly,
    Tessellate Recruiting
    """))

add("rejection", "Eastbrook University", "Marcus", "IT Support Specialist (Residence Life)", "en", "hard",
    "committee 'recommended another finalist'; no negative keywords",
    frm="Marcus Bellamy <mbellamy@eastbrook.edu>", subj="IT Support Specialist search",
    date="2026-02-05 10:44 -0500",
    body=d("""
    Dear Kwame,

    Thank you for visiting campus and meeting with the search committee last week. I know the day ran long.

    The committee has completed its deliberations and recommended another finalist for the IT Support Specialist
    (Residence Life) position, and that candidate has accepted. I'm grateful you made it to the final stage with us
    and hope our paths cross again.

    With appreciation,

    Marcus Bellamy
    Assistant Director, Residential Technology
    Eastbrook University
    """))

add("rejection", "Ridgeline Federal Credit Union", "", "IT Help Desk Analyst", "en", "easy", "Jobvite template",
    frm="Ridgeline FCU Careers <notifications@jobvite.com>", subj="Your Ridgeline Federal Credit Union application",
    date="2026-02-24 09:30 -0700", fmt="alt",
    body=d("""
    Dear Kwame,

    Thank you for your interest in the IT Help Desk Analyst position at Ridgeline Federal Credit Union.

    We have carefully reviewed your qualifications and, unfortunately, we will not be moving forward with your candidacy. We appreciate your interest and encourage you to apply for future openings.

    Best regards,
    Ridgeline Federal Credit Union Human Resources
    """))

add("rejection", "Bluefin Managed IT", "Rob", "NOC Technician", "en", "hard", "very short; internal hire; no keywords",
    frm="Rob Tully <rob@bluefinit.com>", subj="Bluefin NOC tech",
    date="2026-03-12 18:02 -0400",
    body=d("""
    Kwame - thanks for coming in Tuesday. We're going with someone internal on this. Good luck out there.
    -Rob
    """))

add("rejection", "Voltaire Cloud", "Céline", "Ingénieur Support Cloud (remote)", "fr", "easy", "French",
    frm="Céline Dubois <claire.dubois@voltaire-cloud.fr>", subj="Votre candidature – Ingénieur Support Cloud",
    date="2026-03-30 10:15 +0200", fmt="qp",
    body=d("""
    Bonjour Kwame,

    Nous vous remercions de l'intérêt que vous portez à Voltaire Cloud et du temps consacré à nos échanges.

    Après étude attentive de votre profil, nous sommes au regret de vous informer que nous ne donnerons pas suite à
    votre candidature pour le poste d'Ingénieur Support Cloud (remote). Ce choix ne remet pas en cause la qualité de
    votre parcours.

    Nous vous souhaitons pleine réussite dans vos recherches.

    Bien cordialement,
    Céline Dubois
    Responsable Recrutement – Voltaire Cloud
    """))

add("rejection", "Nordlicht Software GmbH", "Katharina", "IT-Systemadministrator (m/w/d) – Remote", "de", "easy",
    "German; Personio",
    frm="Nordlicht Software GmbH <jobs@nordlicht-software.jobs.personio.de>",
    subj="Ihre Bewerbung als IT-Systemadministrator (m/w/d) – Remote",
    date="2026-04-14 14:20 +0200", fmt="b64",
    body=d("""
    Hallo Kwame Mensah,

    vielen Dank für Ihre Bewerbung und Ihr Interesse an Nordlicht Software.

    Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben,
    deren Profil noch besser zu den Anforderungen der Position passt.

    Wir wünschen Ihnen für Ihre weitere Suche alles Gute.

    Viele Grüße
    Katharina Vogel
    People & Culture
    Nordlicht Software GmbH
    """))

add("rejection", "Andina Nube", "Valentina", "Administrador de Sistemas Linux (remoto)", "es", "easy", "Spanish",
    frm="Valentina Rojas <vrojas@andinanube.co>", subj="Proceso de selección – Administrador de Sistemas Linux",
    date="2026-05-06 11:02 -0500",
    body=d("""
    Hola Kwame:

    Muchas gracias por participar en nuestro proceso para el cargo de Administrador de Sistemas Linux (remoto).

    Después de revisar todas las postulaciones, hemos decidido continuar con otros candidatos cuyo perfil se ajusta
    mejor a lo que el equipo necesita en este momento. Guardaremos tu hoja de vida para futuras vacantes.

    Te deseamos muchos éxitos.

    Un saludo,
    Valentina Rojas
    Talento Humano | Andina Nube
    """))

add("rejection", "Orchard & Pine Outfitters", "", "IT Support Technician", "en", "easy", "BambooHR; position filled",
    frm="Orchard & Pine Outfitters <notifications@app.bamboohr.com>",
    subj="Re: IT Support Technician at Orchard & Pine Outfitters",
    date="2026-05-19 13:33 -0600", fmt="html",
    body=d("""
    Hi Kwame,

    Thank you for applying for the IT Support Technician opening at Orchard & Pine Outfitters. We wanted to let you know that we've filled the position with another candidate.

    We'll keep your resume on file and may reach out if something similar opens up.

    Thanks again,
    Orchard & Pine Outfitters Hiring Team
    """))

add("rejection", "City of Ashgrove", "", "Information Technology Analyst I", "en", "hard",
    "eligible-list wording; selection made from the list",
    frm="City of Ashgrove <noreply@governmentjobs.com>",
    subj="Information Technology Analyst I - Recruitment #25-113",
    date="2025-12-09 08:05 -0600", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Dear Kwame Mensah,

    Thank you for your interest in employment with the City of Ashgrove.

    You were placed on the eligible list for Information Technology Analyst I (Recruitment #25-113). The hiring
    department has now made its selection from that list, and you were not the candidate selected. The list has been
    closed.

    Human Resources Department
    City of Ashgrove
    """))

add("rejection", "Sundial Robotics", "", "IT Operations Generalist", "en", "easy", "Workable template",
    frm="Sundial Robotics <noreply@candidates.workablemail.com>", subj="Thanks from Sundial Robotics",
    date="2025-03-03 09:48 -0800", fmt="alt",
    body=d("""
    Dear Kwame,

    Thank you for applying to the IT Operations Generalist role at Sundial Robotics.

    After careful consideration, the team has decided to move forward with other candidates for this role. We'll hold on to your details in case a better fit comes up.

    Best wishes,
    Sundial Robotics
    """))

add("rejection", "Kitebase", "Lena", "Junior Cloud Engineer", "en", "hard",
    "after take-home; mentions next stage and interview",
    frm="Lena Hartmann via Recruitee <lena.hartmann@kitebase.recruitee.com>",
    subj="Your take-home for Kitebase",
    date="2025-06-26 15:15 +0200",
    body=d("""
    Hi Kwame,

    Thanks for turning the Terraform exercise around so quickly. Our platform team reviewed it together this morning.

    The module structure was clean, but the state handling and the IAM policies were looser than what we need for
    this role, so we won't be inviting you to the next stage (the pairing interview). I've included two notes from
    the reviewers below in case they're useful.

    - remote state without locking
    - wildcard actions in the deploy role

    All the best,
    Lena
    Talent Partner, Kitebase
    """))

add("rejection", "Fjordly", "", "Support Engineer (Remote, US hours)", "en", "easy", "Teamtailor template",
    frm="Fjordly <no-reply@teamtailor-mail.com>", subj="About your application – Support Engineer (Remote, US hours)",
    date="2025-09-17 10:00 +0200", fmt="html",
    body=d("""
    Hi Kwame!

    Thank you so much for your application for Support Engineer (Remote, US hours). Unfortunately we have chosen to proceed with candidates whose profiles better match our current needs.

    We hope you'll keep following Fjordly, and wish you the best of luck.

    Cheers,
    Team Fjordly
    """))

add("rejection", "Granite Falls Public Schools", "Denise", "Technology Support Specialist", "en", "hard",
    "reply with feedback; says 'not able to offer'; quoted thank-you mentions interview",
    frm="Denise Alvarez <dalvarez@gfps.k12.co.us>", subj="Re: Thank you - Technology Support Specialist",
    date="2025-10-29 16:20 -0600", reply="<CAKw-thanks-1027@mail.gmail.com>",
    body=d("""
    Hi Kwame,

    Of course, happy to share. As I mentioned when we spoke, we aren't able to offer you the position. The
    deciding factor was experience with Chromebook fleet management at scale; the candidate we chose had run
    a 6,000-device rollout. Your ticket triage answers were strong.

    Denise

    On Mon, Oct 27, 2025 at 8:02 AM Kwame Mensah <kwame.mensah.jobs@gmail.com> wrote:
    > Hi Denise, thank you for the interview earlier this month and for the call today. Would you be willing to share any
    > feedback on where I could improve? I enjoyed meeting the team.
    > Kwame
    """))

add("rejection", "Larkfield Home Centers", "", "IT Field Technician", "en", "easy", "Paradox virtual assistant",
    frm="Olivia at Larkfield Home Centers <notifications@paradox.ai>", subj="Update on your Larkfield application",
    date="2026-06-11 12:00 -0400",
    body=d("""
    Hi Kwame, this is Olivia, the virtual hiring assistant for Larkfield Home Centers.

    The hiring team has reviewed your application for IT Field Technician and has decided not to move forward at this
    time. Thanks for your interest in Larkfield, and feel free to text "JOBS" to see other openings near you.
    """))

add("rejection", "Tidepoint Technologies", "Jordan", "Cloud Operations Engineer", "en", "hard",
    "'good news' framing; praises interview; HTML only",
    frm="Jordan Pike <jpike@tidepointtech.com>", subj="Cloud Ops Engineer - decision",
    date="2026-07-01 14:37 -0500", fmt="html",
    body=d("""
    Hi Kwame,

    The good news: the whole panel enjoyed your interview, and Sara specifically asked me to tell you your incident write-up exercise was the clearest one we got.

    The less good news: we've decided to hire someone with deeper Azure landing-zone experience for this seat. I'm sorry, I know you were hoping for a different answer.

    Let's stay connected on LinkedIn.

    Jordan Pike
    Cloud Practice Lead | Tidepoint Technologies
    """))

add("rejection", "Copper Valley Hospital", "", "Network Administrator", "en", "hard",
    "post-interview iCIMS rejection; footer says mailbox unmonitored",
    frm="Copper Valley Hospital <cvh-careers@icims.com>", subj="Thank you for interviewing with Copper Valley Hospital",
    date="2026-08-18 09:05 -0600", fmt="alt",
    body=d("""
    Dear Kwame,

    Thank you for interviewing for the Network Administrator position. We enjoyed learning about your background.

    After careful consideration we have selected a candidate whose qualifications best meet the current needs of the position. We hope you will consider Copper Valley Hospital again in the future.

    Copper Valley Hospital Human Resources

    This mailbox is not monitored. Please do not reply to this message.
    """))

# ---------------------------------------------------------------------------
# on_hold
# ---------------------------------------------------------------------------
add("on_hold", "Copper Valley Hospital", "Melissa", "Systems Administrator", "en", "easy", "explicit hiring freeze",
    frm="Melissa Grant <mgrant@coppervalleyhospital.org>", subj="Systems Administrator position - update",
    date="2025-04-23 11:50 -0600",
    body=d("""
    Hello Kwame,

    I'm writing with an update I wish were different. As of this week the hospital has placed a system-wide hiring
    freeze on all non-clinical positions, including the Systems Administrator role you interviewed for. We don't have
    a timeline for when it will be lifted.

    This is not a reflection of your candidacy. If the freeze lifts and the position is re-approved, I'll reach out
    to you directly.

    Regards,
    Melissa Grant
    Talent Acquisition Partner
    Copper Valley Hospital
    """))

add("on_hold", "Greystone Packaging", "", "IT Systems Technician", "en", "hard",
    "Workday requisition cancelled; 'no longer being considered' reads like rejection",
    frm="Greystone Packaging <greystone@myworkday.com>", subj="Your application for IT Systems Technician",
    date="2025-05-14 07:20 -0400", fmt="html", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Dear Kwame Mensah,

    The requisition for IT Systems Technician (JR-20931) to which you applied has been cancelled. As a result, you are no longer being considered for this position.

    This change is not related to your qualifications. We invite you to visit our careers site for other opportunities.

    Greystone Packaging Talent Acquisition
    """))

add("on_hold", "Hatchpoint", "Sam", "Platform Operations Engineer", "en", "hard",
    "pausing search during reorg; says candidate was a frontrunner",
    frm="Sam Whitaker <sam@hatchpoint.dev>", subj="Platform Ops role — pausing",
    date="2025-08-12 17:05 -0700",
    body=d("""
    Hey Kwame,

    Wanted to give you a heads up before the system sends anything automated. We're reorganizing the platform team
    (two squads merging under one lead) and leadership asked us to pause this search until the new structure is
    settled, probably not before Q4.

    For what it's worth you were one of our frontrunners. I'll ping you the moment we get the green light again.

    Sam Whitaker
    Engineering Manager, Hatchpoint
    """))

add("on_hold", "Riverton Consolidated School District", "Alicia", "Instructional Technology Technician", "en", "easy",
    "board did not approve funding",
    frm="Alicia Moreno <amoreno@rcsd.k12.tx.us>", subj="Instructional Technology Technician",
    date="2025-07-22 13:10 -0500",
    body=d("""
    Good afternoon Mr. Mensah,

    Thank you for your patience. At last night's meeting the Board of Trustees did not approve funding for the
    Instructional Technology Technician position for the 2025-26 school year, so we are unable to continue the hiring
    process at this time. Should funding be restored, we will contact the candidates who interviewed.

    Sincerely,
    Alicia Moreno
    Director of Technology
    Riverton Consolidated School District
    """))

add("on_hold", "County of San Teodoro", "", "Network Administrator II", "en", "hard",
    "recruitment cancelled, may be reposted",
    frm="County of San Teodoro <noreply@governmentjobs.com>", subj="Recruitment Cancelled: Network Administrator II",
    date="2025-11-18 16:45 -0800", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Dear Kwame Mensah,

    The County of San Teodoro has cancelled the recruitment for Network Administrator II (#2025-0412). All
    applications submitted for this recruitment will not be processed further.

    The position may be reposted at a later date. If so, you will need to submit a new application.

    County of San Teodoro Human Resources
    """))

add("on_hold", "Sternwarte IT GmbH", "Jonas", "Cloud Operations Engineer (m/w/d)", "de", "easy", "German; role put on ice",
    frm="Jonas Becker <jonas.becker@sternwarte-it.de>", subj="Cloud Operations Engineer (m/w/d) – aktueller Stand",
    date="2026-01-27 09:40 +0100", fmt="qp",
    body=d("""
    Hallo Kwame,

    danke noch einmal für das angenehme Gespräch letzte Woche.

    Leider haben wir intern eine Budgetentscheidung abwarten müssen: Die Stelle als Cloud Operations Engineer wird
    vorerst auf Eis gelegt und wir können den Prozess derzeit nicht fortsetzen. Das hat nichts mit Ihnen bzw. dir zu
    tun. Sobald wir die Freigabe bekommen, melde ich mich.

    Beste Grüße
    Jonas Becker
    Teamlead Operations
    Sternwarte IT GmbH
    """))

add("on_hold", "Bayport Trust Bank", "Greg", "Infrastructure Analyst", "en", "hard",
    "role eliminated (outsourced to managed services partner); no freeze keyword",
    frm="Greg Lindqvist <glindqvist@bayporttrust.com>", subj="Infrastructure Analyst opening",
    date="2026-03-04 12:25 -0500",
    body=d("""
    Kwame,

    I owe you an update. Last week we signed an agreement to move our server and storage operations to a managed
    services partner, and as part of that the Infrastructure Analyst role is no longer open. I'm sorry about the
    timing given how far along we were.

    If you're interested, the partner will be hiring for work on our account and I'm happy to pass your name along.

    Greg Lindqvist
    VP, Technology Infrastructure
    Bayport Trust Bank
    """))

add("on_hold", "Pacific Crest College", "", "Cloud Systems Administrator", "en", "easy", "search suspended for budget",
    frm="Pacific Crest College HR <jobs@pacificcrest.edu>", subj="Cloud Systems Administrator - Search Suspended",
    date="2026-04-29 15:00 -0700", fmt="alt",
    body=d("""
    Dear Kwame Mensah,

    Thank you for applying for the Cloud Systems Administrator position at Pacific Crest College.

    Due to state budget reductions, the College has suspended this search. No hiring decision has been made, and no candidate has been selected. If the search is reopened, applicants will be notified.

    Office of Human Resources
    Pacific Crest College
    """))

add("on_hold", "Brisa Digital", "Marta", "Técnico de Soporte IT (remoto, horario EE. UU.)", "es", "easy",
    "Spanish; hiring freeze",
    frm="Marta Iglesias <marta.iglesias@brisadigital.es>", subj="Actualización sobre el proceso – Técnico de Soporte IT",
    date="2026-06-23 10:20 +0200",
    body=d("""
    Hola Kwame,

    Te escribo para contarte que la dirección ha decidido congelar todas las contrataciones hasta el próximo
    trimestre, por lo que el proceso para Técnico de Soporte IT (remoto, horario EE. UU.) queda en pausa. No es una
    decisión sobre tu candidatura: nos gustó mucho tu perfil.

    En cuanto se reabra la posición, te escribiré.

    Un abrazo,
    Marta Iglesias
    People Team – Brisa Digital
    """))

add("on_hold", "Northgate Managed Services", "Evan", "Onsite IT Technician", "en", "hard",
    "client contract fell through; 'resume on file' suggests rejection",
    frm="Evan Shaw <eshaw@northgatems.com>", subj="Onsite tech position",
    date="2026-09-09 10:10 -0400",
    body=d("""
    Hi Kwame,

    Bad timing on our end: the client site this Onsite IT Technician position was meant to cover decided not to
    renew their contract with us, so we have to put the position on hold until we land the replacement account.
    Nothing to do with you, your interview went well.

    I'll keep your resume on file and call you as soon as the new site is signed.

    Evan Shaw
    Service Delivery Manager
    Northgate Managed Services
    """))

# ---------------------------------------------------------------------------
# interview
# ---------------------------------------------------------------------------
add("interview", "Holloway Children's Hospital", "Rosa", "Help Desk Technician II", "en", "easy",
    "calendar invitation with text/calendar part",
    frm="Rosa Delgado <rdelgado@hollowaychildrens.org>", subj="Invitation: Help Desk Technician II interview - Kwame Mensah",
    date="2026-04-09 14:22 -0500", iat="2026-04-15T10:00:00-05:00",
    cal=("Help Desk Technician II interview - Kwame Mensah", "20260415T100000", "20260415T104500", "America/Chicago",
         "rdelgado@hollowaychildrens.org", "Microsoft Teams"),
    body=d("""
    When: Wednesday, April 15, 2026 10:00 AM - 10:45 AM (UTC-05:00) Central Time (US & Canada)
    Where: Microsoft Teams

    Hi Kwame, you'll meet with me and Tyrone from our service desk. We'll walk through a couple of typical tickets
    (printer mapping, locked-out clinician accounts) and talk about shift coverage.

    Rosa Delgado
    IT Service Desk Manager, Holloway Children's Hospital
    """))

add("interview", "Cascade Mutual Bank", "Hector", "Systems Administrator", "en", "easy", "Calendly link; no single time",
    frm="Hector Ruiz <hruiz@cascademutual.com>", subj="Next step: Systems Administrator at Cascade Mutual",
    date="2025-03-25 10:05 -0700",
    body=d("""
    Hi Kwame,

    Thanks for applying to the Systems Administrator role. I'd like to set up a 30-minute phone interview to talk
    through your Windows Server and Intune experience.

    Please grab whatever slot works for you here: https://calendly.com/hruiz-cascademutual/sysadmin-screen

    Best,
    Hector Ruiz
    Technical Recruiter | Cascade Mutual Bank
    """))

add("interview", "Driftwood Analytics", "Mira", "Cloud Infrastructure Engineer", "en", "hard",
    "founder's 'quick call' proposal with one time tomorrow; no word interview",
    frm="Mira Sandoval <mira@driftwood.ai>", subj="hi from Driftwood",
    date="2025-06-09 16:40 -0700", iat="2025-06-10T11:30:00-07:00",
    body=d("""
    Hi Kwame,

    Saw your application for the cloud infrastructure engineer opening come through. I'm one of the founders. Would
    you be up for a 20-minute call tomorrow at 11:30 my time (Pacific)? I'd love to hear how you ran AWS cost
    cleanup at your last place. I'll call the number on your resume unless you'd prefer Zoom.

    Mira
    """))

add("interview", "Arcwright Systems", "", "Site Reliability Engineer", "en", "easy", "GoodTime confirmation with time",
    frm="Arcwright Systems Recruiting <scheduling@goodtime.io>", subj="Confirmed: Your interview with Arcwright Systems",
    date="2025-08-15 12:01 -0400", fmt="alt", iat="2025-08-21T13:00:00-04:00",
    body=d("""
    Hi Kwame,

    Your interview for Site Reliability Engineer is confirmed.

    Date: Thursday, August 21, 2025
    Time: 1:00 PM - 2:00 PM EDT
    Format: Google Meet (link in your calendar invitation)
    Interviewers: Technical screen with a member of the SRE team

    Need to reschedule? Use the link in your calendar invitation.

    Arcwright Systems Recruiting
    """))

add("interview", "Granite Falls Public Schools", "Natalie", "Technology Support Specialist", "en", "hard",
    "reschedule in reply thread; relative day 'Friday'; no word interview in reply",
    frm="Natalie Chen <nchen@gfps.k12.co.us>", subj="Re: Technology Support Specialist - Thursday",
    date="2025-10-14 08:12 -0600", reply="<CAKw-confirm-1010@mail.gmail.com>", iat="2025-10-17T14:30:00-06:00",
    body=d("""
    Hi Kwame,

    Something came up with a board presentation on Thursday. Could we push to Friday at 2:30 instead? Same place,
    the district tech office at 410 Aspen Street, with Denise and me. If that doesn't work just let me know.

    Natalie Chen
    Technology Coordinator, Granite Falls Public Schools

    On Fri, Oct 10, 2025 at 3:55 PM Kwame Mensah <kwame.mensah.jobs@gmail.com> wrote:
    > Thursday at 1pm works well for me. See you then!
    """))

add("interview", "Ironvale Manufacturing", "Kelsey", "IT Support Technician", "en", "easy",
    "onsite itinerary with exact date and time",
    frm="Kelsey Morgan <kmorgan@ironvalemfg.com>", subj="Onsite visit - IT Support Technician - Tue Feb 10",
    date="2026-02-03 15:40 -0500", fmt="alt", iat="2026-02-10T09:00:00-05:00",
    body=d("""
    Hi Kwame,

    We're looking forward to having you onsite for your interview on Tuesday, February 10 at 9:00 AM Eastern.

    9:00  Check in at the front lobby (ask for Kelsey)
    9:15  Plant floor walkthrough with Dave Pruitt, IT Manager
    10:00 Technical conversation with two of our support techs
    11:00 Wrap-up with HR

    Safety glasses will be provided. Please wear closed-toe shoes.

    Kelsey Morgan
    HR Generalist | Ironvale Manufacturing
    """))

add("interview", "Loopwise", "", "Site Reliability Engineer", "en", "hard",
    "ModernLoop panel with several times listed; start time of the block is definite",
    frm="Loopwise Recruiting <scheduling@modernloop.io>", subj="Your virtual onsite with Loopwise is scheduled",
    date="2026-05-12 11:11 -0700", fmt="html", iat="2026-05-19T09:00:00-07:00",
    body=d("""
    Hi Kwame,

    Your virtual onsite for Site Reliability Engineer is booked for Tuesday, May 19, 2026 (all times Pacific):

    9:00 - 9:45 AM   Systems design: on-call and incident response
    10:00 - 10:45 AM  Linux troubleshooting (hands-on)
    11:00 - 11:30 AM  Hiring manager conversation

    Each session has its own Zoom link in the calendar invites we sent separately.

    Loopwise Recruiting
    """))

add("interview", "Meridian Valley Health", "", "Service Desk Analyst", "en", "easy",
    "one-way recorded video interview via HireVue; no single time",
    frm="Meridian Valley Health <noreply@hirevue.com>", subj="Complete your video interview for Meridian Valley Health",
    date="2025-04-07 06:30 -0400", fmt="html",
    body=d("""
    Hello Kwame,

    Meridian Valley Health has invited you to complete an on-demand video interview for the Service Desk Analyst position.

    You can record your responses at any time before April 14, 2025. It takes about 20 minutes.

    Start your interview: https://app.hirevue.com/invite/mvh-4473120

    Good luck!
    """))

add("interview", "Ridgeline Federal Credit Union", "Tom", "Network Engineer I", "en", "hard",
    "phone screen request with a definite time but no word interview",
    frm="Tom Hadley <thadley@ridgelinefcu.org>", subj="Network Engineer I",
    date="2025-09-22 13:45 -0600", iat="2025-09-24T10:00:00-06:00",
    body=d("""
    Kwame,

    Your resume came across my desk for the Network Engineer I opening. Can I give you a call Wednesday the 24th at
    10:00 Mountain? I'd like to hear about the SD-WAN cutover you mention. Should take 30 minutes tops.

    Tom Hadley
    Network Services Manager
    Ridgeline Federal Credit Union
    """))

add("interview", "Kitebase", "Lena", "Junior Cloud Engineer", "en", "easy", "take-home plus review session slots",
    frm="Lena Hartmann via Recruitee <lena.hartmann@kitebase.recruitee.com>", subj="Next step: take-home exercise",
    date="2025-06-17 10:30 +0200",
    body=d("""
    Hi Kwame,

    Great talking to you on Friday! As promised, here is the next step: a short Terraform exercise (repo link below).
    Please budget around three hours. Once you submit, we'll schedule a 45-minute interview where you walk our
    platform engineers through your solution. Pick a slot for that review here:
    https://kitebase.recruitee.com/book/review-session

    Exercise: https://github.com/kitebase-hiring/tf-exercise (private, you've been invited)

    Lena
    """))

add("interview", "Atelier Lumen", "Julien", "Administrateur Systèmes et Réseaux (télétravail)", "fr", "easy",
    "French; Teams invite with time in Paris",
    frm="Julien Marchand <j.marchand@atelier-lumen.fr>", subj="Entretien – Administrateur Systèmes et Réseaux",
    date="2025-11-04 09:15 +0100", iat="2025-11-12T16:00:00+01:00",
    body=d("""
    Bonjour Kwame,

    Suite à votre candidature, je vous propose un entretien en visioconférence le mercredi 12 novembre à 16h00
    (heure de Paris), soit 10h00 à New York. Nous échangerons sur votre expérience en administration Linux et
    réseau pendant environ 45 minutes.

    Le lien Teams vous parviendra séparément. Merci de me confirmer votre disponibilité.

    Cordialement,
    Julien Marchand
    Responsable Infrastructure – Atelier Lumen
    """))

add("interview", "Nordlicht Software GmbH", "Katharina", "Cloud Support Engineer (m/w/d)", "en", "hard",
    "German company writing in English; slots to pick, no single time",
    frm="Katharina Vogel <katharina.vogel@nordlicht-software.de>", subj="Invitation to a first call – Cloud Support Engineer (m/w/d)",
    date="2025-09-30 11:05 +0200",
    body=d("""
    Hi Kwame,

    thank you for applying as Cloud Support Engineer (m/w/d). Since the role covers our US customers, we'll do the
    whole process in English. We would like to get to know you in a first video interview of about 30 minutes.

    Please choose a suitable slot via this link: https://nordlicht.jobs.personio.de/termin/8812
    Times are shown in your local time zone.

    Best regards
    Katharina Vogel
    People & Culture
    Nordlicht Software GmbH
    """))

add("interview", "Andina Nube", "Sebastián", "Ingeniero de Operaciones Cloud", "es", "easy",
    "Spanish; technical interview with Bogotá time",
    frm="Sebastián Herrera <sherrera@andinanube.co>", subj="Entrevista técnica – Ingeniero de Operaciones Cloud",
    date="2026-08-03 15:30 -0500", iat="2026-08-06T09:00:00-05:00",
    body=d("""
    Hola Kwame,

    ¡Gracias por tu interés! Nos gustaría invitarte a una entrevista técnica para el cargo de Ingeniero de
    Operaciones Cloud el jueves 6 de agosto a las 9:00 a. m. (hora de Bogotá, UTC-5), por Google Meet. Estarán
    presentes dos personas del equipo de SRE.

    Confírmame por favor si te queda bien.

    Saludos,
    Sebastián Herrera
    Líder de Infraestructura | Andina Nube
    """))

add("interview", "State of Harrow Department of Revenue", "", "IT Specialist 2 (Cloud Operations)", "en", "hard",
    "formal government notice; 'oral board' instead of interview",
    frm="Harrow DOR Recruitment <recruitment@dor.harrow.gov>", subj="Oral Board Notice - IT Specialist 2 (Cloud Operations)",
    date="2026-09-14 10:00 -0500", iat="2026-09-22T13:30:00-05:00",
    att=[("Oral_Board_Instructions.pdf", FAKE_PDF)],
    body=d("""
    Dear Kwame Mensah,

    Congratulations. Based on your application score, you have been selected to appear before an oral board for the
    position of IT Specialist 2 (Cloud Operations).

    Date: Tuesday, September 22, 2026
    Time: 1:30 p.m. Central Time
    Location: Revenue Building, Room 4B, 200 Capitol Ave.

    Please arrive 15 minutes early with a photo ID. Instructions are attached.

    Recruitment Unit
    Department of Revenue
    """))

add("interview", "Tidepoint Technologies", "Jordan", "Cloud Operations Engineer", "en", "hard",
    "calendar invite as .ics attachment; very short body",
    frm="Jordan Pike <jpike@tidepointtech.com>", subj="Panel - Cloud Ops Engineer",
    date="2026-06-19 09:12 -0500", iat="2026-06-24T14:00:00-05:00",
    cal=("Panel - Cloud Ops Engineer (Kwame Mensah)", "20260624T140000", "20260624T151500", "America/Chicago",
         "jpike@tidepointtech.com", "Zoom"),
    cal_attach=True,
    body=d("""
    Kwame - invite attached for the panel. Bring a story about an outage you owned end to end.
    Jordan
    """))

add("interview", "Saint Brigid Medical Center", "Angela", "Endpoint Engineer", "en", "easy",
    "phone interview confirmation",
    frm="Angela Price <aprice@saintbrigidmc.org>", subj="Phone interview confirmed - Endpoint Engineer",
    date="2025-12-02 16:00 -0500", iat="2025-12-04T11:00:00-05:00",
    body=d("""
    Hello Kwame,

    This confirms your phone interview for the Endpoint Engineer position on Thursday, December 4, at 11:00 a.m.
    Eastern. I will call you at the number on your application.

    Thank you,
    Angela Price
    Senior Recruiter, Saint Brigid Medical Center
    """))

add("interview", "Bluefin Managed IT", "Rob", "NOC Technician", "en", "hard",
    "'come by the office' tomorrow; no word interview; relative date",
    frm="Rob Tully <rob@bluefinit.com>", subj="NOC tech",
    date="2026-03-09 17:30 -0400", iat="2026-03-10T10:00:00-04:00",
    body=d("""
    Kwame - liked your resume. Can you swing by the office tomorrow at 10? 2200 Harbor Blvd, suite 310. We'll
    show you the NOC and talk through a few tickets. Hour, hour and a half.
    -Rob
    Bluefin Managed IT
    """))

add("interview", "Quarrylight", "Nikhil", "Cloud Support Associate", "en", "hard",
    "rescheduled by recruiter; old and new times both mentioned",
    frm="Nikhil Varma <nikhil@quarrylight.com>", subj="Moving our chat",
    date="2026-10-05 09:02 -0700", iat="2026-10-08T15:00:00-07:00",
    body=d("""
    Hi Kwame,

    Apologies for the shuffle. Our hiring manager is out sick today, so the conversation we had for this
    afternoon at 1 PM won't happen. We've moved it to Thursday, October 8 at 3:00 PM Pacific, same Zoom link.
    Nothing else changes; it's still the 45-minute technical conversation for the Cloud Support Associate role.

    Thanks for your flexibility,
    Nikhil Varma
    Recruiting Coordinator, Quarrylight
    """))

add("interview", "Eastbrook University", "Marcus", "IT Support Specialist (Residence Life)", "en", "easy",
    "campus interview with single start time",
    frm="Marcus Bellamy <mbellamy@eastbrook.edu>", subj="Campus interview - IT Support Specialist (Residence Life)",
    date="2026-01-16 13:25 -0500", fmt="alt", iat="2026-01-27T09:30:00-05:00",
    body=d("""
    Dear Kwame,

    On behalf of the search committee, I am pleased to invite you to a campus interview for the IT Support
    Specialist (Residence Life) position on Tuesday, January 27, 2026, beginning at 9:30 a.m. The day will include a
    meeting with the committee, a short technical exercise, and lunch with student staff.

    Parking information is below. Please let me know of any accommodation needs.

    Marcus Bellamy
    Assistant Director, Residential Technology
    Eastbrook University
    """))

add("interview", "Torvald Precision Castings", "Tanya", "IT Technician (2nd Shift)", "en", "hard",
    "agency recruiter setting up client interview; company only mentioned in body",
    frm="Tanya Brooks <tbrooks@brightpathstaffing.com>", subj="Good news - they want to meet you",
    date="2025-06-27 11:40 -0400", iat="2025-07-01T15:00:00-04:00",
    body=d("""
    Hi Kwame!

    Torvald Precision Castings liked your profile and wants to meet you in person for the 2nd shift IT Technician
    role. They've set it for Tuesday July 1st at 3pm at the plant (1450 Foundry Rd). You'll meet Len Hruska, the IT
    supervisor. Dress is business casual; they'll give you a quick tour.

    Call me after so we can debrief!

    Tanya Brooks
    Senior Technical Recruiter | Brightpath Staffing
    """))

add("interview", "Harvest Lane Markets", "Derek", "Store Systems Technician", "en", "hard",
    "reply to scheduling with a confirmed time; quoted text mentions 'unfortunately'",
    frm="Derek Olsen <derek.olsen@harvestlane.com>", subj="RE: Store Systems Technician - video interview",
    date="2025-05-13 09:20 -0500", reply="<CAKw-reply-0512@mail.gmail.com>", iat="2025-05-15T15:00:00-05:00",
    body=d("""
    Perfect, you're confirmed for Thursday 5/15 at 3:00 PM Central. Teams link is in the invite I just sent.

    Derek

    -----Original Message-----
    From: Kwame Mensah <kwame.mensah.jobs@gmail.com>
    Sent: Monday, May 12, 2025 6:02 PM
    Subject: Re: Store Systems Technician - video interview

    Hi Derek, unfortunately I have a conflict Wednesday, but Thursday at 3pm Central works great.
    """))

add("interview", "Sternwarte IT GmbH", "Jonas", "Cloud Operations Engineer (m/w/d)", "de", "easy",
    "German; video interview with CET time",
    frm="Jonas Becker <jonas.becker@sternwarte-it.de>", subj="Einladung zum Vorstellungsgespräch",
    date="2026-01-12 08:30 +0100", iat="2026-01-20T17:00:00+01:00",
    body=d("""
    Hallo Kwame,

    vielen Dank für Ihre Bewerbung als Cloud Operations Engineer (m/w/d). Gerne möchten wir Sie zu einem
    Vorstellungsgespräch per MS Teams einladen: am Dienstag, den 20. Januar 2026, um 17:00 Uhr (MEZ).

    Mit dabei sind ich und unsere Kollegin aus dem Plattform-Team. Bitte bestätigen Sie kurz den Termin.

    Beste Grüße
    Jonas Becker
    Teamlead Operations
    Sternwarte IT GmbH
    """))

# ---------------------------------------------------------------------------
# offer
# ---------------------------------------------------------------------------
add("offer", "Holloway Children's Hospital", "Rosa", "Help Desk Technician II", "en", "easy", "offer letter PDF attached",
    frm="Rosa Delgado <rdelgado@hollowaychildrens.org>", subj="Offer of employment - Help Desk Technician II",
    date="2026-04-24 15:10 -0500", att=[("Mensah_Offer_Letter.pdf", FAKE_PDF)],
    body=d("""
    Hi Kwame,

    I'm delighted to offer you the Help Desk Technician II position at Holloway Children's Hospital! Your formal
    offer letter is attached with the salary, shift differential and benefits details.

    Please review, sign and return it by Friday, May 1. Call me with any questions at all.

    Welcome (almost) aboard,
    Rosa Delgado
    IT Service Desk Manager
    """))

add("offer", "Ironvale Manufacturing", "Kelsey", "IT Support Technician", "en", "hard",
    "follow-up to verbal offer; never says 'offer'",
    frm="Kelsey Morgan <kmorgan@ironvalemfg.com>", subj="Following up on our call",
    date="2026-02-17 11:30 -0500",
    body=d("""
    Hi Kwame,

    Great speaking with you this morning. As discussed, here are the details in writing:

    Position: IT Support Technician
    Start date: Monday, March 9, 2026
    Pay: $27.50/hour, plus 5% shift premium for the occasional weekend rotation
    Benefits eligibility begins the first of the month following 30 days

    If everything looks right, just reply "I accept" and I'll start your background check and drug screen paperwork.

    Kelsey Morgan
    HR Generalist | Ironvale Manufacturing
    """))

add("offer", "Arcwright Systems", "", "Site Reliability Engineer", "en", "easy", "Greenhouse e-signature offer",
    frm="Arcwright Systems <no-reply@us.greenhouse-mail.io>", subj="Your offer from Arcwright Systems",
    date="2025-09-10 10:00 -0400", fmt="html",
    body=d("""
    Hi Kwame,

    Congratulations! Arcwright Systems has sent you an offer for the Site Reliability Engineer position.

    Review and sign your offer letter here: https://app.greenhouse.io/offers/sign/aw-88310

    The offer expires on September 17, 2025. If you have any questions, please reach out to your recruiter.
    """))

add("offer", "Atelier Lumen", "Julien", "Administrateur Systèmes et Réseaux (télétravail)", "fr", "easy",
    "French; proposition d'embauche",
    frm="Julien Marchand <j.marchand@atelier-lumen.fr>", subj="Proposition d'embauche – Atelier Lumen",
    date="2025-12-01 18:05 +0100", att=[("Proposition_Atelier_Lumen.pdf", FAKE_PDF)],
    body=d("""
    Bonjour Kwame,

    J'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein d'Atelier Lumen en tant
    qu'Administrateur Systèmes et Réseaux (télétravail). Vous trouverez ci-joint notre proposition détaillée
    (rémunération, date de démarrage, conditions du contrat de prestation).

    Nous restons à votre disposition pour en discuter.

    Bien à vous,
    Julien Marchand
    """))

add("offer", "Driftwood Analytics", "Mira", "Cloud Infrastructure Engineer", "en", "hard",
    "informal founder note; 'we'd love to have you'; mentions equity",
    frm="Mira Sandoval <mira@driftwood.ai>", subj="let's do this",
    date="2025-07-02 21:14 -0700",
    body=d("""
    Kwame!

    The team loved you. We'd love to have you join as our first dedicated cloud infrastructure engineer. Numbers
    we talked about: $142k base, 0.35% equity on a 4-year vest, start whenever works after July 21. Paperwork will
    come from our payroll provider tomorrow.

    Take the weekend to think. Ask me anything.

    Mira
    """))

add("offer", "Northgate Managed Services", "Evan", "Onsite IT Technician", "en", "hard",
    "offer after earlier hold; quoted text says 'on hold'",
    frm="Evan Shaw <eshaw@northgatems.com>", subj="Re: Onsite tech position",
    date="2026-10-20 14:00 -0400", reply="<NMS-hold-0909@northgatems.com>",
    body=d("""
    Hi Kwame,

    Good news: the new client site is signed, and we'd like to offer you the Onsite IT Technician position, starting
    November 2 at $26/hr. Formal paperwork will come from our HR system today. Can you give me a call to confirm?

    Evan

    > the client site this Onsite IT Technician position was meant to cover decided not to renew their contract
    > with us, so we have to put the position on hold until we land the replacement account.
    """))

# ---------------------------------------------------------------------------
# application_received
# ---------------------------------------------------------------------------
add("application_received", "Cascade Mutual Bank", "", "Systems Administrator", "en", "easy", "Workday acknowledgement",
    frm="Cascade Mutual Bank <cascademutual@myworkday.com>", subj="Thank you for applying - Systems Administrator",
    date="2025-03-18 22:14 -0700", fmt="html", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Dear Kwame,

    Thank you for applying for the Systems Administrator position (R-11602) with Cascade Mutual Bank. We have received your application.

    You can track the status of your application in your candidate home page.

    Cascade Mutual Bank Talent Acquisition
    """))

add("application_received", "Holloway Children's Hospital", "", "Help Desk Technician II", "en", "easy",
    "iCIMS acknowledgement",
    frm="Holloway Children's Hospital <hch-careers@icims.com>", subj="Application Received: Help Desk Technician II",
    date="2026-03-28 08:02 -0500", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Hello Kwame,

    We received your application for Help Desk Technician II. Our recruitment team reviews every application and
    will contact you if your qualifications match the position requirements.

    Thank you for your interest in Holloway Children's Hospital.
    """))

add("application_received", "Quarrylight", "", "Cloud Support Associate", "en", "easy", "Lever acknowledgement",
    frm="Quarrylight <no-reply@hire.lever.co>", subj="Thanks for applying to Quarrylight",
    date="2026-09-21 19:33 -0700",
    body=d("""
    Hi Kwame,

    Thanks for applying to Quarrylight for the Cloud Support Associate role! Our team will review your application
    and get back to you soon.

    The Quarrylight Team
    """))

add("application_received", "Granite Falls Public Schools", "", "Technology Support Specialist", "en", "hard",
    "describes interview and non-selection as future steps",
    frm="GFPS Human Resources <applitrack-noreply@gfps.k12.co.us>",
    subj="Application Confirmation - Technology Support Specialist",
    date="2025-09-29 12:00 -0600",
    body=d("""
    Dear Kwame Mensah,

    This confirms that Granite Falls Public Schools has received your application for Technology Support Specialist
    (Job ID 4471).

    What happens next: the hiring administrator will screen applications after the posting closes. Candidates
    selected for an interview will be contacted by phone or email. Candidates who are not selected will be notified
    once the position has been filled.

    Human Resources
    Granite Falls Public Schools
    """))

add("application_received", "Delmarva Polymer Works", "", "Systems Administrator", "en", "easy",
    "SmartRecruiters acknowledgement",
    frm="Delmarva Polymer Works <noreply@smartrecruiters.com>", subj="We received your application",
    date="2025-09-15 06:45 -0400", fmt="alt",
    body=d("""
    Hi Kwame,

    Thanks for applying for Systems Administrator at Delmarva Polymer Works. We've received your application and our hiring team is reviewing it.

    Kind regards,
    Delmarva Polymer Works Recruiting
    """))

add("application_received", "Fjordly", "", "Support Engineer (Remote, US hours)", "en", "hard",
    "casual startup ack that reads like personal mail",
    frm="Fjordly <no-reply@teamtailor-mail.com>", subj="Hey Kwame, we got it 👋",
    date="2025-08-28 08:15 +0200",
    body=d("""
    Hey Kwame,

    Just a quick note to say your application for Support Engineer (Remote, US hours) landed safely with us. A real
    human (probably Ingrid) is going to read it, coffee in hand, within the next two weeks.

    Talk soon,
    Team Fjordly
    """))

add("application_received", "Lakeshore Regional Health", "", "Desktop Support Analyst", "en", "easy",
    "iCIMS acknowledgement with job ID",
    frm="Lakeshore Regional Health Careers <lakeshorehealth-notifications@icims.com>",
    subj="Thank you for your application - Job ID 2025-11873",
    date="2025-05-30 17:21 -0500", hdr={"Auto-Submitted": "auto-generated"},
    body=d("""
    Dear Kwame,

    Thank you for applying for the Desktop Support Analyst position (Job ID 2025-11873) at Lakeshore Regional Health.
    Your application has been received and is under review.

    Lakeshore Regional Health Talent Acquisition
    """))

add("application_received", "Voltaire Cloud", "", "Ingénieur Support Cloud (remote)", "en", "easy",
    "job board acknowledgement on behalf of employer (Welcome to the Jungle)",
    frm="Voltaire Cloud <no-reply@welcometothejungle.com>", subj="Your application has been sent",
    date="2026-02-18 09:00 +0100", fmt="html",
    body=d("""
    Hi Kwame,

    Your application for Ingénieur Support Cloud (remote) at Voltaire Cloud has been sent to the company.

    Their recruiting team will review your profile and get back to you if your application is shortlisted.

    See you soon,
    The Welcome to the Jungle team
    """))

add("application_received", "Brisa Digital", "", "Técnico de Soporte IT (remoto, horario EE. UU.)", "es", "easy",
    "Spanish acknowledgement",
    frm="Brisa Digital <notificaciones@brisadigital.es>", subj="Hemos recibido tu candidatura",
    date="2026-05-25 13:00 +0200",
    body=d("""
    Hola Kwame,

    ¡Gracias por postularte al puesto de Técnico de Soporte IT (remoto, horario EE. UU.) en Brisa Digital!

    Hemos recibido tu candidatura correctamente. Nuestro equipo la revisará en los próximos días y, si tu perfil
    encaja, nos pondremos en contacto contigo.

    Equipo de Talento – Brisa Digital
    """))

add("application_received", "Hatchpoint", "", "Platform Operations Engineer", "en", "hard",
    "Ashby ack mentions unfortunately/not able to respond individually",
    frm="Hatchpoint <no-reply@ashbyhq.com>", subj="Application received: Platform Operations Engineer",
    date="2025-07-14 12:40 -0700",
    body=d("""
    Hi Kwame,

    Thanks for applying for the Platform Operations Engineer position at Hatchpoint. We've got your application.

    Unfortunately we receive more applications than we can answer personally, so you may not hear from us for a
    couple of weeks. If we'd like to move forward we'll reach out to set up a first conversation.

    Hatchpoint Talent
    """))

add("application_received", "Meridian Valley Health", "", "Service Desk Analyst", "en", "easy",
    "Taleo acknowledgement",
    frm="Meridian Valley Health <mvh@taleo.net>", subj="Meridian Valley Health - Application Acknowledgement",
    date="2025-03-31 20:05 -0400", fmt="qp",
    body=d("""
    Dear Kwame Mensah,

    Thank you for submitting your application for the position of Service Desk Analyst (Req #25-0310). We have received your application and it is currently under review by our recruitment team.

    Regards,
    Meridian Valley Health Talent Acquisition
    """))

add("application_received", "Northgate Managed Services", "", "Onsite IT Technician", "en", "hard",
    "BambooHR ack; sender name is ATS, company only in body",
    frm="BambooHR <notifications@app.bamboohr.com>", subj="Thanks for your application!",
    date="2026-08-25 10:22 -0400",
    body=d("""
    Hi Kwame,

    Thanks for your interest in the Onsite IT Technician position at Northgate Managed Services. This email confirms
    we've received your application. We'll review it and be in touch if your background is a match.

    - Northgate Managed Services Recruiting
    """))

add("application_received", "State of Harrow Department of Revenue", "", "IT Specialist 2 (Cloud Operations)", "en", "hard",
    "government ack; mentions scoring and interview eligibility",
    frm="Harrow State Careers <noreply@careers.harrow.gov>", subj="Application Submitted: IT Specialist 2 (Cloud Operations)",
    date="2026-08-20 14:02 -0500",
    body=d("""
    Kwame Mensah,

    Your application for IT Specialist 2 (Cloud Operations), Department of Revenue, has been submitted successfully.

    Applications will be scored against the minimum and preferred qualifications. The highest-scoring applicants
    will be invited to an oral board interview. If you are not invited, you will receive a notice when the
    recruitment closes.

    State of Harrow Careers
    """))

add("application_received", "Sundial Robotics", "", "IT Operations Generalist", "en", "easy", "Workable acknowledgement",
    frm="Sundial Robotics <noreply@candidates.workablemail.com>", subj="Sundial Robotics - Application received",
    date="2025-02-14 15:30 -0800",
    body=d("""
    Hi Kwame,

    Thank you for your application for the IT Operations Generalist job. We will review your application and
    contact you soon.

    Best regards,
    Sundial Robotics
    """))

add("application_received", "Andina Nube", "", "Cloud Operations Engineer", "en", "hard",
    "Recruitee ack; generic sender name; company in signature only",
    frm="Hiring Team <jobs@andinanube.recruitee.com>", subj="Application confirmation",
    date="2026-07-20 09:12 -0500",
    body=d("""
    Hi Kwame,

    We confirm that we received your application for the Cloud Operations Engineer position (remote, Americas time
    zones). We'll review your profile and write to you as soon as we have news about next steps.

    Thanks,
    Talento Humano – Andina Nube
    """))

add("application_received", "Tidepoint Technologies", "", "Cloud Operations Engineer", "en", "hard",
    "JazzHR-style ack with 'offer' in marketing footer",
    frm="Tidepoint Technologies <no-reply@applytojob.com>", subj="Tidepoint Technologies: application received",
    date="2026-05-28 11:00 -0500",
    body=d("""
    Hi Kwame,

    We have received your application for Cloud Operations Engineer. Thank you for your interest in Tidepoint
    Technologies! Our team will review your qualifications shortly.

    ---
    About Tidepoint: we offer 24/7 managed cloud services to mid-market businesses across the Midwest.
    """))

# ---------------------------------------------------------------------------
# auto_reply
# ---------------------------------------------------------------------------
add("auto_reply", "Cascade Mutual Bank", "Hector", "", "en", "easy", "OOO with numeric return date",
    frm="Hector Ruiz <hruiz@cascademutual.com>", subj="Automatic reply: Systems Administrator interview follow-up",
    date="2025-04-10 09:02 -0700", ret="2025-04-14",
    hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=d("""
    Thank you for your email. I am out of the office with limited access to email and will be back on 4/14. For
    urgent recruiting matters, please contact recruiting@cascademutual.com.

    Hector
    """))

add("auto_reply", "Keystone Network Partners", "Priya", "", "en", "hard",
    "relative return 'Monday'; no auto headers",
    frm="Priya Raman <praman@knp-it.com>", subj="Re: Thank you",
    date="2025-03-27 18:00 -0400", ret="2025-03-31",
    body=d("""
    Hi there, I'm at a customer site through the end of the week with spotty connectivity. I'll be back at my desk
    Monday and will reply then. If a client system is down, call the NOC at (717) 555-0199.

    — Priya
    """))

add("auto_reply", "Saint Brigid Medical Center", "Angela", "", "en", "easy", "no longer with organization; no date",
    frm="Angela Price <aprice@saintbrigidmc.org>", subj="Automatic reply: Endpoint Engineer - thank you",
    date="2026-01-08 10:11 -0500", hdr={"Auto-Submitted": "auto-replied"},
    body=d("""
    Angela Price is no longer with Saint Brigid Medical Center. For questions about open positions, please contact
    Brian Keller at bkeller@saintbrigidmc.org.
    """))

add("auto_reply", "Bayport Trust Bank", "", "", "en", "easy", "unmonitored mailbox",
    frm="Bayport Trust Talent <talent@bayporttrust.com>", subj="Re: Infrastructure Analyst - question",
    date="2026-02-11 16:30 -0500", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    body=d("""
    This mailbox is not monitored. Your message has not been read.

    To check the status of an application, sign in to your candidate profile at careers.bayporttrust.com.
    """))

add("auto_reply", "Nordlicht Software GmbH", "Katharina", "", "de", "easy", "German Abwesenheitsnotiz",
    frm="Katharina Vogel <katharina.vogel@nordlicht-software.de>", subj="Abwesenheitsnotiz: Rückfrage zur Bewerbung",
    date="2025-12-22 12:00 +0100", ret="2026-01-07", hdr={"Auto-Submitted": "auto-replied"},
    body=d("""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 6. Januar 2026 nicht im Büro und ab dem 7. Januar wieder erreichbar. Ihre E-Mail wird
    nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an jobs@nordlicht-software.de.

    Viele Grüße
    Katharina Vogel
    """))

add("auto_reply", "Atelier Lumen", "Julien", "", "fr", "easy", "French absence message",
    frm="Julien Marchand <j.marchand@atelier-lumen.fr>", subj="Réponse automatique : Entretien – Administrateur Systèmes",
    date="2025-11-06 08:00 +0100", ret="2025-11-10", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=d("""
    Bonjour,

    Je suis absent du bureau jusqu'au vendredi 7 novembre inclus et je serai de retour le lundi 10 novembre. Je
    traiterai votre message à mon retour.

    Cordialement,
    Julien Marchand
    """))

add("auto_reply", "Tidepoint Technologies", "Jordan", "Cloud Operations Engineer", "en", "hard",
    "OOO mentions interview panel; ISO date 'until ... inclusive'",
    frm="Jordan Pike <jpike@tidepointtech.com>", subj="Out of office Re: Panel - Cloud Ops Engineer",
    date="2026-06-25 07:15 -0500", ret="2026-07-01", hdr={"X-Autoreply": "yes"},
    body=d("""
    I'm on PTO until 2026-06-30 inclusive. If you're a candidate with an interview panel scheduled this week, it's
    still on: Sara Nwosu is covering and will run the session. Otherwise I'll get back to you when I return.

    Jordan
    """))

add("auto_reply", "Eastbrook University", "Marcus", "", "en", "hard", "parental leave; long absence; no headers",
    frm="Marcus Bellamy <mbellamy@eastbrook.edu>", subj="Re: IT Support Specialist search",
    date="2026-04-03 11:20 -0400", ret="2026-06-15",
    body=d("""
    Hello, and thank you for your message. I am currently on parental leave and will return on Monday, June 15,
    2026. During my leave, please direct Residential Technology questions to restech@eastbrook.edu. Your message
    will not be forwarded.
    """))

add("auto_reply", "Driftwood Analytics", "Mira", "", "en", "easy", "vacation responder; 'returning Monday 11 August'",
    frm="Mira Sandoval <mira@driftwood.ai>", subj="Auto: re: onboarding questions",
    date="2025-08-04 03:00 -0700", ret="2025-08-11", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=d("""
    Off grid camping with the kids, returning Monday 11 August. If it's about production, page #oncall in Slack.

    Mira
    """))

add("auto_reply", "Copper Valley Hospital", "Melissa", "Systems Administrator", "en", "hard",
    "no longer here, contact someone else; subject mentions interview",
    frm="Melissa Grant <mgrant@coppervalleyhospital.org>", subj="Automatic reply: Systems Administrator interview - checking in",
    date="2025-10-02 09:44 -0600", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body=d("""
    I no longer work at Copper Valley Hospital. For recruiting matters, including the Systems Administrator search,
    please contact Talent Acquisition at careers@coppervalleyhospital.org.
    """))

add("auto_reply", "Brisa Digital", "Marta", "", "es", "easy", "Spanish OOO with date",
    frm="Marta Iglesias <marta.iglesias@brisadigital.es>", subj="Respuesta automática: Actualización sobre el proceso",
    date="2026-08-05 10:00 +0200", ret="2026-08-24", hdr={"Auto-Submitted": "auto-replied"},
    body=d("""
    Hola,

    Estoy de vacaciones hasta el 21 de agosto, con acceso limitado al correo. Volveré a la oficina el lunes 24 de
    agosto. Para temas urgentes de selección, escribe a talento@brisadigital.es.

    Gracias,
    Marta
    """))

add("auto_reply", "Ridgeline Federal Credit Union", "Tom", "", "en", "hard",
    "conference OOO; mentions phone screens; 'back on the 6th'",
    frm="Tom Hadley <thadley@ridgelinefcu.org>", subj="Out of Office: Network Engineer I",
    date="2025-10-01 08:03 -0600", ret="2025-10-06", hdr={"X-Autoreply": "yes", "Precedence": "auto_reply"},
    body=d("""
    I'm at a networking conference in Denver this week and back in the office on the 6th. If we had a phone screen
    scheduled, I'll reach out to reschedule. For anything urgent please call the IT service desk.
    """))

add("auto_reply", "Fernhaven Labs", "", "", "en", "hard", "ticketing system auto-acknowledgement, not a person",
    frm="Fernhaven Labs Support <support@fernhavenlabs.com>", subj="[Ticket #48213] Re: DevOps role",
    date="2025-08-20 14:14 -0700", hdr={"Auto-Submitted": "auto-replied"},
    body=d("""
    Hello,

    This is an automated response. We've received your message and created ticket #48213. Please note this address
    is for customer support; messages about jobs are not monitored here. Reply to this email only to add comments
    to your ticket.

    Fernhaven Labs Support
    """))

add("auto_reply", "Greystone Packaging", "Paula", "", "en", "easy", "OOO with full date",
    frm="Paula Jennings <pjennings@greystonepkg.com>", subj="Out of Office: IT Systems Technician",
    date="2025-05-20 13:00 -0400", ret="2025-05-27", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body=d("""
    Thank you for your message. I will be out of the office from May 20 through May 26, 2025, returning Tuesday,
    May 27. I will respond to your email upon my return.

    Paula Jennings
    Human Resources Manager
    Greystone Packaging
    """))

# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
add("other", "", "", "", "en", "easy", "CompTIA exam result (passed)",
    frm="CompTIA <noreply@comptia.org>", subj="Your CompTIA Network+ exam results",
    date="2025-02-20 16:05 -0600", fmt="html", hdr={"List-Unsubscribe": "<https://comptia.org/unsub>"},
    body=d("""
    Congratulations, Kwame!

    You passed the CompTIA Network+ (N10-009) exam. Your digital certificate and badge will be available in your CompTIA account within 5 business days.

    Keep your certification current with Continuing Education.
    """))

add("other", "", "", "", "en", "hard", "AWS certification 'unable to validate' voucher; 'declined'",
    frm="AWS Training and Certification <no-reply@certmetrics.com>", subj="Action required: your exam voucher was declined",
    date="2025-06-02 08:20 -0700",
    body=d("""
    Hello Kwame Mensah,

    We were unable to apply the voucher code you entered for the AWS Certified SysOps Administrator - Associate
    exam. The code was declined because it has expired. Your exam appointment has not been scheduled.

    Please sign in to your AWS Certification Account to try another payment method.

    AWS Training and Certification
    """))

add("other", "", "", "", "en", "easy", "job alert digest",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", subj="15 new jobs for \"Systems Administrator\"",
    date="2025-04-14 07:01 -0700", fmt="html", hdr={"List-Unsubscribe": "<https://www.linkedin.com/unsub/jobalert>", "Precedence": "bulk"},
    body=d("""
    Your job alert for Systems Administrator in United States

    Systems Administrator - Keystone Network Partners - Harrisburg, PA - Easy Apply
    Linux Systems Administrator - Quarrylight - Remote
    Systems Administrator II - Lakeshore Regional Health - Milwaukee, WI
    Jr. Systems Administrator - Greystone Packaging - Akron, OH - Actively recruiting

    See all jobs
    """))

add("other", "", "", "", "en", "hard", "newsletter article about handling rejection and interview prep",
    frm="The Ops Ladder <hello@opsladder.substack.com>", subj="Rejected after the final round? Read this",
    date="2025-07-19 06:00 -0400", fmt="alt", hdr={"List-Unsubscribe": "<https://opsladder.substack.com/unsub>", "Precedence": "bulk"},
    body=d("""
    This week: what to do after "we've decided to move forward with other candidates".

    Three readers sent me their rejection emails from final-round interviews. All three said something like "we
    were impressed, but..." Here's how each of them turned the no into a referral within a month, and a template
    for asking for feedback without sounding bitter.

    Also: 5 homelab projects that come up in every sysadmin interview.

    Unsubscribe anytime.
    """))

add("other", "", "", "", "en", "hard", "podcast 'interview' with a cloud architect",
    frm="On-Call Stories Podcast <episodes@oncallstories.fm>", subj="New episode: our interview with a former AWS SRE",
    date="2025-10-08 05:30 -0700", fmt="html", hdr={"List-Unsubscribe": "<https://oncallstories.fm/unsubscribe>"},
    body=d("""
    Episode 112 is live!

    In this week's interview, we talk with Dana Ogunleye, who spent six years on AWS's EC2 on-call rotation, about burnout, blameless postmortems and why she turned down an offer to go into management.

    Listen now on your favorite podcast app.
    """))

add("other", "", "James", "", "en", "easy", "church newsletter / volunteer sign-up",
    frm="Pastor James Addo <pastor@graceharvestchurch.org>", subj="This Sunday + AV team volunteers needed",
    date="2025-09-11 19:00 -0400",
    body=d("""
    Dear church family,

    Harvest Sunday is this weekend. Service at 10:00 AM, potluck after. We still need two volunteers for the AV
    booth (projector and livestream). Brother Kwame, if you could show the new folks how the sound board works, we
    would be grateful!

    Blessings,
    Pastor James
    Grace Harvest Community Church
    """))

add("other", "", "", "", "en", "hard", "apartment application approved; reads like an offer",
    frm="Brookstone Apartments Leasing <leasing@brookstoneliving.com>", subj="Congratulations! Your application has been approved",
    date="2025-05-08 15:44 -0500",
    body=d("""
    Hi Kwame,

    Great news: your rental application for Unit 3C has been approved! We'd like to offer you a 12-month lease
    starting June 1. Please sign the lease in the resident portal within 48 hours to hold the unit and pay the
    $500 security deposit.

    Welcome home,
    Brookstone Leasing Office
    """))

add("other", "", "Carl", "", "en", "hard", "landlord mail; 'on hold', 'pausing' maintenance",
    frm="Carl Wendt <carl.wendt.properties@gmail.com>", subj="Water heater - repair on hold",
    date="2026-01-09 08:50 -0500",
    body=d("""
    Hi Kwame,

    The plumber says the part is backordered so we're pausing the water heater replacement until next week. Sorry
    about the inconvenience. Rent for February can go through the usual portal; I've knocked $50 off for the
    trouble.

    Carl
    """))

add("other", "", "", "", "en", "hard", "car dealer 'offer' and 'approved'",
    frm="Lakeside Toyota <sales@lakesidetoyota.com>", subj="Kwame, your trade-in offer is ready",
    date="2026-02-27 11:15 -0500", fmt="html", hdr={"List-Unsubscribe": "<mailto:unsubscribe@lakesidetoyota.com>"},
    body=d("""
    Hi Kwame,

    Great news! We have reviewed your 2016 Honda Civic and are pleased to extend an offer of $9,400 toward your next vehicle. You're also pre-approved for 3.9% APR financing.

    This offer expires in 7 days. Schedule a test drive today!

    Lakeside Toyota Sales Team
    """))

add("other", "", "", "", "en", "easy", "pharmacy ready for pickup",
    frm="CareWay Pharmacy <no-reply@carewayrx.com>", subj="Your prescription is ready for pickup",
    date="2026-03-16 10:05 -0400",
    body=d("""
    Your prescription is ready for pickup at CareWay Pharmacy #2218, 45 Elm St.

    Hours: Mon-Fri 9 AM - 9 PM. Please bring a photo ID.
    """))

add("other", "", "", "", "en", "hard", "bank: card declined, unfortunately",
    frm="Summit Crest Bank Alerts <alerts@summitcrestbank.com>", subj="Alert: A transaction was declined",
    date="2025-11-28 21:32 -0500",
    body=d("""
    Unfortunately, a recent transaction on your debit card ending in 4471 was declined.

    Merchant: STREAMFLIX*MONTHLY
    Amount: $15.49
    Reason: insufficient available balance

    If you don't recognize this activity, call us at 1-800-555-0123.
    """))

add("other", "", "", "", "en", "easy", "streaming service price change",
    frm="StreamFlix <info@mailer.streamflix.com>", subj="An update to your StreamFlix plan",
    date="2026-04-01 12:00 -0700", fmt="html", hdr={"List-Unsubscribe": "<https://streamflix.com/unsubscribe>", "Precedence": "bulk"},
    body=d("""
    Hi Kwame,

    Starting with your next billing date, the price of your Standard plan will change to $17.99/month. No action is required.

    Thanks for being a member.
    """))

add("other", "", "", "", "en", "hard", "meetup event moved / 'cancelled'",
    frm="Columbus Cloud & DevOps Meetup <info@meetup.com>", subj="Event cancelled: Kubernetes in the Homelab",
    date="2025-12-03 14:00 -0500", hdr={"List-Unsubscribe": "<https://www.meetup.com/unsub>"},
    body=d("""
    We regret to inform you that "Kubernetes in the Homelab" scheduled for Thursday has been cancelled because the
    speaker is ill. We've decided to move forward with a rescheduled date in January; watch the group page.

    See you soon,
    Columbus Cloud & DevOps Meetup organizers
    """))

add("other", "", "Vikram", "Senior Azure Engineer", "en", "hard", "recruiter mass mailing mentioning interview slots",
    frm="Vikram Sharma <vikram@apextalentsolutions.net>", subj="Urgent Need: Senior Azure Engineer - Hybrid - W2/C2C",
    date="2025-08-06 10:02 -0400",
    body=d("""
    Hi ,

    Hope you are doing well. We have an urgent requirement with our direct client. Client is ready to interview
    immediately, interview slots available this week.

    Role: Senior Azure Engineer
    Location: Hybrid - Dallas, TX
    Duration: 12+ months

    If interested please share updated resume, visa status, and expected rate.

    Thanks & Regards
    Vikram Sharma
    Apex Talent Solutions
    """))

add("other", "", "Rahel", "", "en", "hard", "GitHub pull request closed: 'decided not to merge'",
    frm="Rahel Tesfaye <notifications@github.com>", subj="Re: [ansible-collections/community.windows] Fix win_dns_record TTL handling (PR #612)",
    date="2026-05-02 04:11 +0000", hdr={"List-Unsubscribe": "<mailto:unsub@github.com>", "Precedence": "list"},
    body=d("""
    Closed #612.

    Thanks for the PR! We've decided not to move forward with this change since the TTL handling was reworked in #598.
    Feel free to reopen if you think the issue still applies on the current main branch.

    --
    Reply to this email directly, view it on GitHub, or unsubscribe.
    """))

add("other", "", "Ama", "", "en", "hard", "friend's mail about her own interview and offer",
    frm="Ama Boateng <amaboateng88@gmail.com>", subj="guess what",
    date="2026-06-14 22:05 -0400",
    body=d("""
    Kwame!! I had my final interview at the hospital yesterday and they called this afternoon with an offer!!!
    Charge nurse on nights, but still. Mom doesn't know yet so don't tell her before Sunday.

    How's your search going? Any news from that bank?

    Ama
    """))

add("other", "", "Kofi", "", "en", "hard",
    "friend forwards a posting and offers a mock interview",
    frm="Kofi Asante <kofi.asante@outlook.com>", subj="Fwd: Cloud Engineer opening at my company",
    date="2026-07-07 12:30 -0500",
    body=d("""
    Bro, saw this and thought of you. I can refer you internally. Happy to do a mock interview Saturday if you want.

    ---------- Forwarded message ---------
    From: Internal Mobility <mobility@ironvalemfg.com>
    Subject: Cloud Engineer opening - referrals welcome

    We're hiring a Cloud Engineer to join Corporate IT. Referral bonus $2,000 if your referral is hired.
    """))

add("other", "", "", "", "en", "hard", "loan application 'unable to approve'",
    frm="Summit Crest Bank <lending@summitcrestbank.com>", subj="Regarding your personal loan application",
    date="2026-09-03 09:00 -0400", att=[("Adverse_Action_Notice.pdf", FAKE_PDF)],
    body=d("""
    Dear Kwame Mensah,

    Thank you for your recent application for a personal loan. After careful review, we are unable to approve your
    request at this time. The principal reasons are described in the attached notice.

    You have the right to a free copy of your credit report within 60 days.

    Summit Crest Bank Consumer Lending
    """))

add("other", "", "", "", "en", "hard", "conference talk proposal not accepted",
    frm="SREcon Program Committee <program@srecon-submissions.org>", subj="Your SREcon proposal was not accepted",
    date="2026-03-24 18:00 +0000",
    body=d("""
    Dear Kwame Mensah,

    Thank you for submitting "Patch Tuesday at a 400-bed hospital" to SREcon. We received over 600 proposals, and
    we regret that we were unable to accept yours for this year's program. Reviewer comments are available in the
    submission system.

    The SREcon Program Committee
    """))

add("other", "", "", "", "en", "easy", "newsletter: cloud weekly",
    frm="Last Week in Cloud <newsletter@lastweekincloud.dev>", subj="Issue #214: S3 price changes, Azure outages, and Terraform 2.0",
    date="2026-10-12 06:00 -0700", fmt="alt", hdr={"List-Unsubscribe": "<https://lastweekincloud.dev/unsub>", "Precedence": "bulk"},
    body=d("""
    This week in cloud:

    - S3 Express One Zone gets cheaper
    - Azure Front Door incident retrospective
    - Terraform 2.0 beta: what breaks

    Sponsored: Get 30% off our on-call course with code ONCALL30.
    """))

add("other", "", "", "", "en", "hard", "job board 'application viewed'/'you may be a fit' notification",
    frm="Indeed <alert@indeed.com>", subj="Your application was viewed by Greystone Packaging",
    date="2025-05-05 11:21 -0400", fmt="html", hdr={"List-Unsubscribe": "<https://indeed.com/unsub>"},
    body=d("""
    Kwame, good news! Your application for IT Systems Technician was viewed by Greystone Packaging.

    Employers who view your application may reach out to schedule an interview. Make sure your phone number is up to date.

    Jobs you may also like: Help Desk Analyst, IT Support Specialist, Desktop Technician
    """))

add("other", "", "Michelle", "", "en", "hard", "kid's school admission offer",
    frm="Michelle Tran <admissions@brightwoodacademy.org>", subj="Admission decision for Efua Mensah",
    date="2026-03-02 16:00 -0500",
    body=d("""
    Dear Mr. Mensah,

    We are delighted to offer Efua a place in our Grade 3 class for the 2026-27 school year. Please confirm
    acceptance and submit the enrollment deposit by March 20.

    Warmly,
    Michelle Tran
    Director of Admissions, Brightwood Academy
    """))

add("other", "", "", "", "de", "easy", "German newsletter (heise-style IT jobs newsletter)",
    frm="IT-Jobs Wochenbrief <newsletter@itjobs-wochenbrief.de>", subj="Die Woche: Remote-Stellen für Admins",
    date="2026-02-06 07:00 +0100", fmt="alt", hdr={"List-Unsubscribe": "<https://itjobs-wochenbrief.de/abmelden>", "Precedence": "bulk"},
    body=d("""
    Hallo Kwame,

    diese Woche: 40 neue Remote-Stellen für Linux- und Cloud-Admins, Tipps für das Vorstellungsgespräch auf Englisch
    und warum viele Absagen automatisch verschickt werden.

    Abmelden können Sie sich jederzeit.
    """))

add("other", "", "", "", "en", "easy", "ATS account / password reset",
    frm="Workday <noreply@myworkday.com>", subj="Reset your password",
    date="2025-11-11 13:13 -0600",
    body=d("""
    A request was received to reset the password for your candidate account. Click the link below within 30
    minutes to choose a new password. If you didn't request this, you can ignore this email.
    """))

add("other", "", "", "", "en", "hard", "LinkedIn-style notification: recruiter viewed profile / InMail teaser",
    frm="LinkedIn <messages-noreply@linkedin.com>", subj="Bayport Trust Bank is hiring: 3 roles match your profile",
    date="2026-05-26 08:40 -0700", fmt="html", hdr={"List-Unsubscribe": "<https://www.linkedin.com/unsub>"},
    body=d("""
    Kwame, a recruiter at Bayport Trust Bank viewed your profile.

    3 roles at Bayport Trust Bank match your profile: Infrastructure Analyst, Cloud Engineer, IT Support Lead.

    Be one of the first to apply. Your profile is shown to recruiters as Open to Work.
    """))

add("other", "", "", "", "en", "hard", "webinar 'interview' prep and 'offer' negotiation",
    frm="CompTIA Career Services <events@comptia.org>", subj="Live webinar: Ace the help desk interview and negotiate your offer",
    date="2026-09-28 12:00 -0500", fmt="html", hdr={"List-Unsubscribe": "<https://comptia.org/unsub>", "Precedence": "bulk"},
    body=d("""
    Join us Thursday, October 1 at 1:00 PM CT for a free live webinar.

    Learn how to answer the 10 most common help desk interview questions, and what to say when you receive an offer below your target.

    Register now - seats are limited.
    """))

# ---------------------------------------------------------------------------
# extra messages to reach the mix
# ---------------------------------------------------------------------------
add("interview", "Pinecrest County Schools", "Gloria", "Network Support Technician", "en", "hard",
    "HTML only; 'meet the team' with date and time; no word interview",
    frm="Gloria Whitfield <gwhitfield@pinecrestschools.org>", subj="Meet the technology team - Network Support Technician",
    date="2026-07-14 10:30 -0400", fmt="html", iat="2026-07-21T13:00:00-04:00",
    body=d("""
    Dear Mr. Mensah,

    The technology department would like you to come in and meet the team regarding the Network Support Technician opening. We have reserved Tuesday, July 21 at 1:00 PM in the Central Office conference room (2nd floor).

    Please bring a copy of your certifications (Network+, A+).

    Gloria Whitfield
    Executive Director of Technology
    Pinecrest County Schools
    """))

add("interview", "Cascade Mutual Bank", "Hector", "Systems Administrator", "en", "hard",
    "list of three possible slots; no single time",
    frm="Hector Ruiz <hruiz@cascademutual.com>", subj="Second round - Systems Administrator",
    date="2025-04-15 11:00 -0700",
    body=d("""
    Hi Kwame,

    Thanks for your time on the phone. The team would like to bring you in for a second round with the
    infrastructure manager and two engineers. Could you let me know which of these works?

    - Mon 4/21, 9:00 AM PT
    - Tue 4/22, 2:00 PM PT
    - Thu 4/24, 10:30 AM PT

    Best,
    Hector
    """))

add("rejection", "Cascade Mutual Bank", "Hector", "Systems Administrator", "en", "hard",
    "after second round; 'closer alignment'; quoted slot list mentions interview",
    frm="Hector Ruiz <hruiz@cascademutual.com>", subj="Re: Second round - Systems Administrator",
    date="2025-05-06 15:30 -0700", reply="<CAKw-slots-0415@mail.gmail.com>",
    body=d("""
    Hi Kwame,

    I appreciate your patience. The team has chosen to move ahead with a candidate whose background is in closer
    alignment with our Azure migration roadmap. It was close, and the infrastructure manager asked me to pass along
    that you'd be welcome to apply for future openings.

    Best,
    Hector

    On Tue, Apr 15, 2025, Kwame Mensah wrote:
    > Tuesday 4/22 at 2:00 PM PT works for the interview. Looking forward to it!
    """))

add("application_received", "Keystone Network Partners", "", "Systems Administrator", "en", "easy",
    "JazzHR acknowledgement",
    frm="Keystone Network Partners <no-reply@applytojob.com>", subj="Thank you for applying - Systems Administrator",
    date="2025-02-26 09:45 -0500",
    body=d("""
    Dear Kwame,

    Thank you for your interest in the Systems Administrator position at Keystone Network Partners. We have
    received your application and will be in touch if we would like to schedule a conversation.

    Keystone Network Partners
    """))

add("on_hold", "Voltaire Cloud", "Céline", "Ingénieur Opérations Cloud", "fr", "hard", "French; recruitment suspended",
    frm="Céline Dubois <claire.dubois@voltaire-cloud.fr>", subj="Point d'étape sur le recrutement",
    date="2026-10-13 17:00 +0200",
    body=d("""
    Bonjour Kwame,

    Je reviens vers vous concernant le poste d'Ingénieur Opérations Cloud. La direction a décidé de geler ce
    recrutement jusqu'à la finalisation de notre levée de fonds. Ce n'est en aucun cas lié à votre candidature,
    que nous avons appréciée.

    Je vous recontacterai dès que le poste sera réouvert.

    Bien cordialement,
    Céline Dubois
    Responsable Recrutement – Voltaire Cloud
    """))

add("other", "", "", "", "es", "easy", "Spanish streaming/bank marketing 'oferta'",
    frm="Banco Solaz <ofertas@bancosolaz.com>", subj="Kwame, tienes una oferta preaprobada",
    date="2026-10-27 10:00 -0500", fmt="html", hdr={"List-Unsubscribe": "<https://bancosolaz.com/baja>"},
    body=d("""
    Hola Kwame,

    ¡Tienes una oferta preaprobada! Tarjeta de crédito sin cuota de manejo el primer año.

    Solicítala hoy en la app. Aplican condiciones.
    """))

add("interview", "Ironvale Manufacturing", "Kelsey", "IT Support Technician", "en", "easy",
    "phone screen invitation with slots via scheduling link",
    frm="Kelsey Morgan <kmorgan@ironvalemfg.com>", subj="IT Support Technician - phone screen",
    date="2026-01-21 09:05 -0500",
    body=d("""
    Hi Kwame,

    Thanks for applying for the IT Support Technician role at Ironvale Manufacturing! I'd like to schedule a brief
    phone interview to learn more about you. Please choose a time here: https://ironvale.bamboohr.com/schedule/ks-20

    Kelsey Morgan
    HR Generalist | Ironvale Manufacturing
    """))

add("rejection", "Meridian Valley Health", "", "Service Desk Analyst", "en", "hard",
    "after video interview; 'will not be progressing'; unsubscribe-like footer",
    frm="Meridian Valley Health <mvh@taleo.net>", subj="Service Desk Analyst (Req #25-0310)",
    date="2025-05-02 18:30 -0400", fmt="b64",
    body=d("""
    Dear Kwame Mensah,

    Thank you for completing the video interview for Service Desk Analyst (Req #25-0310). We have reviewed all
    recorded interviews, and we will not be progressing your candidacy to the next step.

    We wish you every success.

    Meridian Valley Health Talent Acquisition
    Please do not reply to this automated message.
    """))

add("offer", "Sternwarte IT GmbH", "Jonas", "Cloud Operations Engineer (m/w/d)", "en", "hard",
    "offer after earlier hold; never says 'offer' literally in the subject",
    frm="Jonas Becker <jonas.becker@sternwarte-it.de>", subj="Good news from Sternwarte",
    date="2026-05-11 10:30 +0200", att=[("Angebot_Mensah.pdf", FAKE_PDF)],
    body=d("""
    Hi Kwame,

    the budget has been approved, and we would like you to join us as Cloud Operations Engineer (m/w/d), as a
    remote contractor with hours overlapping US Eastern time. The attached document has the rate, start date and
    all contract terms. Please let me know by Friday whether you accept.

    Best regards
    Jonas Becker
    Sternwarte IT GmbH
    """))


# ---------------------------------------------------------------------------

def domain_of(addr: str) -> str:
    return addr.split("@")[-1].rstrip(">").strip()


def build(i: int, s: dict) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    msg["Delivered-To"] = ME_ADDR
    dt = datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z")
    frm = s["frm"]
    dom = domain_of(frm)
    msg["From"] = frm
    msg["To"] = s.get("to", ME)
    msg["Subject"] = s["subj"]
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1(f"blind18-{i}-{s['subj']}".encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:24]}@{dom}>"
    if s.get("reply"):
        msg["In-Reply-To"] = s["reply"]
        msg["References"] = s["reply"]
    for k, v in (s.get("hdr") or {}).items():
        msg[k] = v
    body = s["body"]
    fmt = s.get("fmt", "plain")
    if fmt == "html":
        msg.set_content(to_html(body), subtype="html", cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(body)
        msg.add_alternative(to_html(body), subtype="html")
    elif fmt == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, cte="base64")
    else:
        msg.set_content(body)
    cal = s.get("cal")
    if cal:
        summary, start, end, tzid, org, loc = cal
        text = ics(summary, start, end, tzid, org, f"{h[:16]}@{dom}", loc)
        if s.get("cal_attach"):
            msg.add_attachment(text, subtype="calendar", filename="invite.ics")
        else:
            if msg.get_content_type() == "text/plain":
                msg.add_alternative(to_html(body), subtype="html")
            msg.add_alternative(text, subtype="calendar", params={"method": "REQUEST"})
    for name, data in s.get("att") or []:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{h[:10]}_{k}")
    return msg


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(SPECS)))
    random.Random(18).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        s = SPECS[idx]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(bytes(build(idx, s)))
        rows.append([name, s["label"], s["company"], s["contact"], s["role"], s.get("ret", ""), s["lang"],
                     s["diff"], s["notes"], s.get("iat", "")])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date", "lang", "difficulty",
                    "notes", "interview_at"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
