"""Generate the blind44 evaluation corpus (stdlib only).

Writes tests/corpus/blind44/NNN.eml and tests/corpus/blind44/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.policy
import email.utils
import hashlib
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind44"
ME = "Rebecca Tan-Whitaker <becca.tanwhitaker@icloud.com>"
ME_ADDR = "becca.tanwhitaker@icloud.com"
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date",
        "lang", "difficulty", "notes", "interview_at"]
POLICY = email.policy.default.clone(linesep="\r\n")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

ITEMS: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, *,
        frm: str, subject: str, date: str, body: str | None = None, html: str | None = None,
        ret: str = "", iat: str = "", headers: dict | None = None, to: str = ME,
        cte: str | None = None, pdf: str | None = None, ics: str | None = None,
        reply_to: str | None = None) -> None:
    ITEMS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                      diff=diff, notes=notes, frm=frm, subject=subject, date=date, body=body,
                      html=html, ret=ret, iat=iat, headers=headers or {}, to=to, cte=cte,
                      pdf=pdf, ics=ics, reply_to=reply_to))


def _date(s: str) -> str:
    return email.utils.format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z"))


def _build(i: int, it: dict) -> EmailMessage:
    m = EmailMessage(policy=email.policy.default)
    m["From"] = it["frm"]
    m["To"] = it["to"]
    m["Subject"] = it["subject"]
    m["Date"] = _date(it["date"])
    dom = email.utils.parseaddr(it["frm"])[1].split("@")[-1] or "mail.example.net"
    h = hashlib.sha1(f"{i}{it['subject']}".encode()).hexdigest()
    m["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{dom}>"
    if it["reply_to"]:
        m["In-Reply-To"] = it["reply_to"]
        m["References"] = it["reply_to"]
    for k, v in it["headers"].items():
        m[k] = v
    kw = {"cte": it["cte"]} if it["cte"] else {}
    if it["html"] is None and it["body"] is not None and any(
            a in it["frm"] for a in ("greenhouse", "lever.co", "icims", "myworkday", "bamboohr",
                                     "schoolspring", "applytojob", "outlook.example")):
        paras = [p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
                 for p in it["body"].strip().split("\n\n")]
        it = dict(it, html="<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    if it["body"] is not None:
        m.set_content(it["body"], **kw)
        if it["html"] is not None:
            m.add_alternative(it["html"], subtype="html", **kw)
    else:
        m.set_content(it["html"], subtype="html", **kw)
    if it["ics"]:
        if m.get_content_type() == "text/plain":
            m.make_mixed()
        m.add_attachment(it["ics"], subtype="calendar", filename="invite.ics",
                         params={"method": "REQUEST"})
    if it["pdf"]:
        m.add_attachment(PDF, maintype="application", subtype="pdf", filename=it["pdf"])
    return m


def ics(uid: str, start: str, end: str, tz: str, summary: str, org: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Blind44//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tz}:{start}\r\nDTEND;TZID={tz}:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{org}\r\n"
        f"ATTENDEE;CN=Rebecca Tan-Whitaker:mailto:{ME_ADDR}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


AUTO_GEN = {"Auto-Submitted": "auto-generated"}
AUTO_REP = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://mail.example.net/u/8842>"}

# ----------------------------------------------------------------- rejections
add("rejection", "Aspen Ridge School District 14", "", "Instructional Coach – Secondary Literacy", "en", "easy",
    "formal district letter via AppliTrack; Dear Applicant",
    frm="Aspen Ridge SD 14 Human Resources <noreply@applitrack-mail.net>",
    subject="Application Status – Instructional Coach – Secondary Literacy (Job #4471)",
    date="2025-05-02 16:40 -0600", headers=AUTO_GEN,
    body="""Dear Applicant,

Thank you for applying for the position of Instructional Coach – Secondary Literacy
(Job #4471) with Aspen Ridge School District 14.

After careful review, the selection committee has chosen to move forward with
other candidates for this position. Your application will remain active in
our system for the remainder of the 2025-26 hiring season, and you are welcome
to apply for other openings that match your certification.

We appreciate your interest in serving the students of Aspen Ridge.

Office of Human Resources
Aspen Ridge School District 14
Please do not reply to this message.
""")

add("rejection", "Brightloom Learning", "", "Learning Experience Designer", "en", "easy",
    "Greenhouse template; pursue other applicants",
    frm="Brightloom Learning Recruiting <no-reply@us.greenhouse-mail.io>",
    subject="Your application to Brightloom Learning",
    date="2026-01-14 11:02 -0500",
    body="""Hi Rebecca,

Thanks so much for your interest in the Learning Experience Designer role at
Brightloom Learning and for the time you put into your application.

We've decided to pursue other applicants whose backgrounds line up more
closely with what this team needs right now. We know that isn't the news you
were hoping for.

We'd be glad to see your name again on future postings.

The Brightloom Learning Talent Team
""", html="""<html><body><p>Hi Rebecca,</p><p>Thanks so much for your interest in the <b>Learning Experience Designer</b> role at Brightloom Learning and for the time you put into your application.</p><p>We've decided to pursue other applicants whose backgrounds line up more closely with what this team needs right now. We know that isn't the news you were hoping for.</p><p>We'd be glad to see your name again on future postings.</p><p>The Brightloom Learning Talent Team</p></body></html>""")

add("rejection", "Kestrelwing Education", "Marcy", "Senior Instructional Designer", "en", "hard",
    "after final panel; praises demo; mentions interview loop and offer to another",
    frm="Marcy Odegaard <marcy.odegaard@kestrelwing.edu.co>",
    subject="Re: Final round – Senior Instructional Designer",
    date="2025-10-21 17:55 -0600", reply_to="<panel-4471@kestrelwing.edu.co>",
    body="""Hi Rebecca,

I wanted to call, but I know you're teaching until 3:30 so email it is.

The panel loved your demo of the fractions module, and honestly it was close.
In the end we extended the offer to someone who has already run an LMS
migration end to end, which is the first big project on this person's plate.

I'd really like to stay in touch. If anything opens on the K-8 team in the
spring I'll reach out to you directly, and please feel free to use me as a
reference for other ID roles.

Thanks for your patience through a long interview loop.

Marcy Odegaard
Talent Partner | Kestrelwing Education
""")

add("rejection", "Front Range Health System", "", "Instructional Designer II", "en", "easy",
    "Workday; won't be progressing",
    frm="Front Range Health System <frhs@myworkday.com>",
    subject="Instructional Designer II (R-20931) – update",
    date="2025-03-27 08:15 -0600", headers=AUTO_GEN,
    body="""Dear Rebecca Tan-Whitaker,

Thank you for your interest in the Instructional Designer II position (R-20931)
at Front Range Health System.

We have reviewed your application and we won't be progressing it further for
this requisition. We encourage you to keep an eye on our careers site for
roles that match your experience.

Kind regards,
Talent Acquisition, Front Range Health System

This mailbox is not monitored.
""")

add("rejection", "Summitline Credit Union", "Joel", "L&D Specialist", "en", "hard",
    "very short personal note; no rejection keywords",
    frm="Joel Varga <jvarga@summitlinecu.org>",
    subject="L&D Specialist",
    date="2025-08-12 13:20 -0600",
    body="""Rebecca - appreciate you coming in last week. This one didn't work out; we
went with someone from our branch training team. Best of luck out there.

Joel Varga, Summitline Credit Union
""")

add("rejection", "Tessellate Learning", "Priya", "Learning Designer, Workforce Programs", "en", "hard",
    "rejection plus referral offer and 'keep in touch'",
    frm="Priya Raman <priya@tessellatelearning.com>",
    subject="Following up – Learning Designer",
    date="2026-02-19 10:05 -0800",
    body="""Hi Rebecca,

Thank you again for the thoughtful conversations over the past couple of weeks.
I'm sorry to say we won't be moving ahead with your candidacy for the Learning
Designer, Workforce Programs role. The team landed on someone with a few more
years of adult-learning work behind them.

That said, your classroom-to-ID story is a strong one. A friend of mine leads
content at a small nonprofit in Boulder that's hiring a curriculum developer.
Want me to make an intro? Just say the word, and let's keep in touch either way.

Warmly,
Priya

Priya Raman
Director of Learning Design
Tessellate Learning, Inc.
""")

add("rejection", "Colegio Bilingüe Las Acacias", "Graciela", "Coordinadora de Diseño Curricular", "es", "easy",
    "Spanish",
    frm="Graciela Montoya <gmontoya@lasacacias.edu>",
    subject="Proceso de selección – Coordinadora de Diseño Curricular",
    date="2025-06-10 09:30 -0600", cte="quoted-printable",
    body="""Estimada Rebecca:

Le agradecemos sinceramente su interés en el puesto de Coordinadora de Diseño
Curricular en el Colegio Bilingüe Las Acacias y el tiempo dedicado a la
entrevista.

Tras valorar todas las candidaturas, hemos decidido continuar con otra persona
cuyo perfil se ajusta más a las necesidades actuales del programa. Conservaremos
sus datos por si surge una vacante adecuada en el futuro.

Le deseamos mucho éxito.

Atentamente,
Graciela Montoya
Directora Académica
Colegio Bilingüe Las Acacias
""")

add("rejection", "Atelier Savoirs", "Camille", "Concepteur·rice pédagogique (H/F)", "fr", "easy",
    "French; remote role",
    frm="Camille Roux <camille.roux@ateliersavoirs.fr>",
    subject="Votre candidature – Concepteur·rice pédagogique (H/F)",
    date="2025-11-05 15:12 +0100", cte="quoted-printable",
    body="""Bonjour Rebecca,

Nous vous remercions pour l'intérêt que vous portez à Atelier Savoirs et pour
votre candidature au poste de Concepteur·rice pédagogique (H/F) en télétravail.

Après étude attentive de votre dossier, nous sommes au regret de vous informer
que nous ne donnerons pas suite à votre candidature. Nous avons retenu un profil
plus proche de nos besoins actuels.

Nous vous souhaitons une excellente continuation.

Bien cordialement,
Camille Roux
Responsable recrutement – Atelier Savoirs
""")

add("rejection", "Mesa Verde State University", "", "Instructional Designer, Center for Teaching Excellence", "en", "easy",
    "PeopleAdmin; position filled",
    frm="MVSU Human Resources <mvsu-jobs@peopleadmin.net>",
    subject="Mesa Verde State University – Posting #S01288 Status Update",
    date="2025-02-25 14:48 -0700", headers=AUTO_GEN,
    body="""Dear Rebecca Tan-Whitaker,

Thank you for your interest in Instructional Designer, Center for Teaching
Excellence (Posting #S01288) at Mesa Verde State University.

This position has now been filled. We appreciate the time you took to apply
and encourage you to review other opportunities at jobs.mvsu.edu.

Sincerely,
Office of Human Resources
Mesa Verde State University
""")

add("rejection", "Larkspur Insurance Group", "Trevor", "Corporate Trainer (contract-to-hire)", "en", "hard",
    "agency recruiter relaying client decision; company is the client",
    frm="Trevor Haldane <thaldane@peakstafftalent.com>",
    subject="Larkspur update",
    date="2025-09-03 12:10 -0600",
    body="""Hey Rebecca,

Heard back from Larkspur Insurance Group this morning. They're going to pass on
moving you forward for the Corporate Trainer (contract-to-hire) spot. Their
feedback was that they really want someone who has facilitated claims-system
training before, and that was the sticking point.

Not the outcome we wanted. I've got a couple of other clients with training
roles opening in October and I'll keep you in mind.

Trevor Haldane
Senior Recruiter, PeakStaff Talent
303-555-0148
""")

add("rejection", "Cobalt Peak Health", "", "Clinical Education Specialist", "en", "hard",
    "post-interview iCIMS rejection; mentions interviews and 'next steps'",
    frm="Cobalt Peak Health Careers <cobaltpeak@talent.icims.com>",
    subject="Clinical Education Specialist – next steps",
    date="2026-04-30 18:22 -0600",
    body="""Dear Rebecca,

Thank you for interviewing with us for the Clinical Education Specialist
position. We know that preparing for multiple interviews takes real effort,
and our team appreciated getting to know you.

After much consideration, we have selected a candidate whose clinical
background more closely fits the current needs of the department. As a next
step, we will keep your profile in our talent community so recruiters can
reach you about future roles.

With gratitude,
Cobalt Peak Health Talent Acquisition
""")

add("rejection", "Foothills Children's Museum", "Alana", "Education Programs Developer", "en", "hard",
    "reply whose quoted part is the earlier interview invite",
    frm="Alana Brightwater <abrightwater@foothillskids.org>",
    subject="Re: Interview – Education Programs Developer",
    date="2025-07-28 09:45 -0600", reply_to="<invite-2207@foothillskids.org>",
    body="""Hi Rebecca,

Thank you for spending Thursday with us and for the great gallery-cart activity
you brought. We've now met with all finalists and I'm sorry to let you know
that we'll be offering the role to another candidate.

I hope you'll keep us in mind for our summer camp curriculum contracts.

All the best,
Alana Brightwater
Director of Learning | Foothills Children's Museum

On Mon, Jul 14, 2025 at 10:02 AM Alana Brightwater wrote:
> Hi Rebecca, we'd love to invite you to interview for the Education Programs
> Developer role. Would Thursday, July 24 at 1:00 pm work? You'll meet me and
> two members of our floor staff, and we'll ask you to lead a 10-minute
> activity as if for a group of 8-year-olds.
""")

add("rejection", "Wildflower Charter Network", "", "Curriculum Writer, Middle School Science", "en", "easy",
    "BambooHR template",
    frm="Wildflower Charter Network <notifications@app.bamboohr.com>",
    subject="Update on your Curriculum Writer application",
    date="2025-04-08 07:58 -0600",
    body="""Hi Rebecca,

Thanks for applying to be a Curriculum Writer, Middle School Science with
Wildflower Charter Network. We've had a strong response to this posting and,
unfortunately, we will not be moving forward with your application.

We wish you the best in your search.

Wildflower Charter Network People Team
""")

add("rejection", "Alpine Outfitters Co.", "", "Training Specialist, Retail Operations", "en", "easy",
    "JazzHR; legal 'Co.' kept",
    frm="Alpine Outfitters Co. <alpineoutfitters@applytojob.com>",
    subject="Training Specialist, Retail Operations",
    date="2025-12-09 10:31 -0700",
    body="""Hello Rebecca,

Thank you for considering a career with Alpine Outfitters Co. We have carefully
reviewed your qualifications for the Training Specialist, Retail Operations
position and have decided not to move your application forward at this time.

We appreciate your interest and wish you success in your job search.

Best regards,
Recruiting Team
Alpine Outfitters Co.
""")

add("rejection", "Quillbyte", "Sloane", "Learning Designer (Contract)", "en", "hard",
    "'not the right match at this time'; mentions offer accepted by another",
    frm="Sloane Whitcomb <sloane@quillbyte.app>",
    subject="Quillbyte – Learning Designer (Contract)",
    date="2026-06-23 16:40 -0700",
    body="""Hi Rebecca,

Quick update from our side: the Learning Designer (Contract) role has an accepted
offer as of this morning, so it's not the right match at this time. Thanks for
the sample storyboard; the team especially liked your branching quiz.

— Sloane
Ops & People, Quillbyte
""")

add("rejection", "Cottonwood Senior Living", "", "Staff Development Coordinator", "en", "easy",
    "Paylocity template; HTML only",
    frm="Cottonwood Senior Living <noreply@recruiting.paylocity.com>",
    subject="Thank you for your interest in Cottonwood Senior Living",
    date="2026-05-14 13:05 -0600", cte="base64", headers=AUTO_GEN,
    html="""<html><body style="font-family:Arial"><p>Dear Rebecca,</p>
<p>Thank you for applying for the <strong>Staff Development Coordinator</strong> position at Cottonwood Senior Living.</p>
<p>We have decided to move forward with other candidates whose qualifications better meet our needs at this time. We will retain your application and may contact you should a suitable opening arise.</p>
<p>Sincerely,<br>Human Resources<br>Cottonwood Senior Living</p>
<p style="font-size:10px;color:#888">Powered by Paylocity. Do not reply to this email.</p></body></html>""")

add("rejection", "Lantern Academy Charter School", "", "Instructional Technology Specialist", "en", "hard",
    "SchoolSpring; 'not selected to advance to interview'",
    frm="SchoolSpring <notifications@schoolspring-mail.com>",
    subject="Lantern Academy Charter School has updated your application status",
    date="2025-03-18 15:20 -0600",
    body="""Hello Rebecca,

Lantern Academy Charter School has updated the status of your application for
Instructional Technology Specialist.

Status: Not selected

Message from the school:
"Thank you for applying. We received many qualified applications, and you have
not been selected to advance to the interview stage for this position. We
encourage you to apply for future openings."

Log in to SchoolSpring to view your applications.
""")

add("rejection", "Colorado Reading Alliance", "Dominic", "Literacy Curriculum Manager", "en", "hard",
    "warm note after final round; 'went a different direction'",
    frm="Dominic Ashby <dominic@coreadingalliance.org>",
    subject="Thank you",
    date="2026-09-09 19:14 -0600",
    body="""Rebecca,

I wanted to write personally rather than have this come from a form. After a lot
of back-and-forth, the team went a different direction for the Literacy
Curriculum Manager position. It had nothing to do with your final presentation,
which was one of the best we saw; we needed someone who can start managing our
state grant reporting on day one.

I hope our paths cross again. If you ever want a second set of eyes on a
portfolio piece, my door is open.

Dominic Ashby
Executive Director
Colorado Reading Alliance
""")

add("rejection", "Lernwerk Digital GmbH", "", "Instructional Designer (m/w/d) – Remote", "en", "easy",
    "German company, English Personio template",
    frm="Lernwerk Digital GmbH <jobs@lernwerk-digital.jobs.personio.de>",
    subject="Your application as Instructional Designer (m/w/d) – Remote",
    date="2026-07-07 10:12 +0200",
    body="""Dear Rebecca,

thank you for your application and your interest in Lernwerk Digital GmbH.

We have now completed the review of all applications. Unfortunately we cannot
offer you the position of Instructional Designer (m/w/d) – Remote this time.
This decision is not a judgement of your professional qualifications.

Kind regards
Your People Team at Lernwerk Digital GmbH
""")

add("rejection", "Granite Peak Software", "Kayla", "Customer Education Specialist", "en", "hard",
    "recruiter forwards hiring manager's decision; quoted HM note holds the no",
    frm="Kayla Prentiss <kayla.prentiss@granitepeaksw.com>",
    subject="Fwd: Customer Education Specialist – candidate decision",
    date="2025-11-18 14:02 -0700",
    body="""Hi Rebecca,

Sharing this with permission so you can see the feedback directly. I'm sorry
it's not better news. Happy to talk it through if that would help.

Kayla Prentiss
Recruiter, Granite Peak Software

---------- Forwarded message ---------
From: Martin Oyelaran <moyelaran@granitepeaksw.com>
Date: Tue, Nov 18, 2025 at 11:40 AM
Subject: Customer Education Specialist – candidate decision
To: Kayla Prentiss <kayla.prentiss@granitepeaksw.com>

Kayla, we're going to hold off on Rebecca for the Customer Education
Specialist role. Strong facilitator, but we need someone who has written
product docs for a SaaS tool. Please pass along our thanks.

Martin
""")

add("rejection", "Pinnacle Mutual", "", "Learning & Development Partner", "en", "easy",
    "Workday HTML-only base64",
    frm="Pinnacle Mutual Careers <pinnaclemutual@myworkday.com>",
    subject="Regarding your application for Learning & Development Partner",
    date="2026-10-02 09:00 -0500", cte="base64", headers=AUTO_GEN,
    html="""<html><body><p>Dear Rebecca,</p><p>We appreciate your interest in the Learning &amp; Development Partner opportunity at Pinnacle Mutual.</p><p>After reviewing your background against the requirements of the position, we have decided not to proceed with your candidacy. Please know this was a difficult decision given the strength of the applicant pool.</p><p>Thank you,<br>Pinnacle Mutual Talent Acquisition</p></body></html>""")

add("rejection", "Fieldnote Education", "", "Curriculum Product Manager", "en", "hard",
    "role filled; 'offer' and 'keep on file' wording",
    frm="Fieldnote Education <no-reply@ashbyhq.com>",
    subject="Fieldnote Education: Curriculum Product Manager",
    date="2026-03-31 12:44 -0400",
    body="""Hi Rebecca,

We wanted to let you know that the Curriculum Product Manager role has been
filled. An offer was made and accepted earlier this week, and we're closing
out the remaining applications.

We'll keep your resume on file and may reach out if something similar comes up.
Thanks for thinking of Fieldnote Education.

— Fieldnote Recruiting
""")

add("rejection", "Centennial Library Foundation", "Ruth", "Adult Learning Program Coordinator", "en", "hard",
    "internal candidate; mentions earlier pause of the search",
    frm="Ruth Delacroix <rdelacroix@centenniallibfdn.org>",
    subject="Adult Learning Program Coordinator",
    date="2025-02-06 11:11 -0700",
    body="""Dear Rebecca,

As you know, we paused this search over the holidays while our board finalized
the budget. Now that we've restarted, we've decided to offer the Adult Learning
Program Coordinator position to a colleague who has been covering these
programs on an interim basis.

I'm grateful for your patience and your interest in the Foundation.

Kind regards,
Ruth Delacroix
Director of Programs, Centennial Library Foundation
""")

add("rejection", "Northstar Analytics Academy", "", "Bootcamp Curriculum Developer", "en", "easy",
    "Lever template",
    frm="Northstar Analytics Academy <no-reply@hire.lever.co>",
    subject="Thank you for applying to Northstar Analytics Academy",
    date="2026-08-04 08:37 -0600",
    body="""Hi Rebecca,

Thank you for your interest in the Bootcamp Curriculum Developer position.
Unfortunately, we have decided to move forward with other candidates at this
time.

Best,
Northstar Analytics Academy
""")

add("rejection", "Sagebrush Community College", "", "Faculty Development Specialist", "en", "easy",
    "PeopleAdmin; not selected",
    frm="Sagebrush Community College <sagebrushcc@peopleadmin.net>",
    subject="Faculty Development Specialist – Applicant Notification",
    date="2026-11-06 16:00 -0700",
    body="""Dear Ms. Tan-Whitaker,

The search committee for the Faculty Development Specialist position has
completed its review. We regret to inform you that you were not selected for
this position.

Thank you for your interest in Sagebrush Community College.

Human Resources
Sagebrush Community College
""")

add("rejection", "Mountain Crest Bank", "", "Associate Learning Consultant", "en", "hard",
    "neutral subject; footer has interview tips link",
    frm="Mountain Crest Bank Talent <careers@mountaincrestbank.icims.com>",
    subject="Update on your application",
    date="2025-06-26 20:03 -0600",
    body="""Hello Rebecca,

Thank you for your interest in the Associate Learning Consultant role with
Mountain Crest Bank. We have reviewed your materials and will not be moving
forward with your candidacy for this opening.

We invite you to join our talent network and explore our Careers blog for
interview tips and stories from our team members.

Mountain Crest Bank Talent Acquisition
""")

# -------------------------------------------------------------------- on_hold
add("on_hold", "Clearwater Valley School District RE-3", "Denise", "K-12 Curriculum Specialist", "en", "easy",
    "district budget freeze",
    frm="Denise Kowalczyk <dkowalczyk@cvsd-re3.org>",
    subject="K-12 Curriculum Specialist posting",
    date="2025-05-20 15:30 -0600",
    body="""Dear Rebecca,

I'm writing to everyone who applied for the K-12 Curriculum Specialist position.
Following the state's revised school finance numbers, the district has placed a
hiring freeze on all new central-office positions, and this posting is on hold
until further notice.

If the position is reopened after the board's June budget adoption, we will
contact current applicants before reposting.

Thank you for your understanding,
Denise Kowalczyk
HR Generalist, Clearwater Valley School District RE-3
""")

add("on_hold", "Front Range Health System", "", "Clinical Educator, Nursing Professional Development", "en", "hard",
    "requisition cancelled; Workday wording reads like a rejection",
    frm="Front Range Health System <frhs@myworkday.com>",
    subject="Clinical Educator, Nursing Professional Development (R-21877)",
    date="2025-09-30 07:45 -0600", headers=AUTO_GEN,
    body="""Dear Rebecca Tan-Whitaker,

The requisition for Clinical Educator, Nursing Professional Development
(R-21877) has been cancelled by the hiring department, and all applications
submitted to it will no longer be considered. This change is not related to
your qualifications.

If the position is posted again in the future, you are welcome to reapply.

Talent Acquisition, Front Range Health System
""")

add("on_hold", "Brightloom Learning", "Naomi", "Instructional Designer, Teacher PD", "en", "hard",
    "reorg; says 'won't be moving forward' about the role, not the candidate",
    frm="Naomi Ferreira-Lang <naomi.fl@brightloom.io>",
    subject="Update on the Teacher PD designer role",
    date="2026-05-06 10:20 -0600",
    body="""Hi Rebecca,

I owe you an update, and I'm sorry it's taken this long. Last week leadership
announced a reorganization that folds the Teacher PD team into Product. As part
of that, we won't be moving forward with the Instructional Designer, Teacher PD
role in its current form; the headcount is frozen while the new structure
settles.

This has nothing to do with you. You were one of two people we were planning to
bring to the final round. If a role opens up in the new org I'll contact you
first.

Naomi Ferreira-Lang
Head of Learning Design, Brightloom Learning
""")

add("on_hold", "Pine & Prairie Museum of Natural History", "Evan", "Museum Educator – Digital Learning", "en", "easy",
    "search paused",
    frm="Evan Sorensen <esorensen@pineprairiemuseum.org>",
    subject="Museum Educator – Digital Learning: search paused",
    date="2025-10-14 12:00 -0600",
    body="""Hello Rebecca,

Thank you for applying to the Museum Educator – Digital Learning role. We are
pausing this search while we wait on a decision about a federal grant that funds
most of the position. We expect to know more in January and will update all
applicants then.

Best,
Evan Sorensen
Manager of School Programs
Pine & Prairie Museum of Natural History
""")

add("on_hold", "Literacy Lantern Colorado", "Marisa", "Tutor Training Coordinator", "en", "hard",
    "role no longer open (funding); 'keep your resume on file'",
    frm="Marisa Okonkwo <marisa@literacylanternco.org>",
    subject="Tutor Training Coordinator",
    date="2026-01-27 09:05 -0700",
    body="""Hi Rebecca,

Unfortunately the Tutor Training Coordinator role is no longer open. The grant
that would have funded it was not renewed for this cycle, so we've taken the
posting down for everyone. We'll keep your resume on file and would be glad to
reach out if funding comes through next year.

Thank you for your interest in Literacy Lantern Colorado.

Marisa
Program Director
""")

add("on_hold", "Evergreen Mutual Insurance", "Trevor", "Learning Content Developer", "en", "hard",
    "agency recruiter; client put hiring on hold",
    frm="Trevor Haldane <thaldane@peakstafftalent.com>",
    subject="Evergreen Mutual – quick heads up",
    date="2025-11-03 16:48 -0700",
    body="""Hi Rebecca,

Quick heads up: my contact at Evergreen Mutual Insurance just told me they've
put the Learning Content Developer search on hold through the end of Q1. Budget
got re-cut after their October forecast. Your submission stays active on their
side, and the hiring manager still wants to meet you if it reopens.

I'll keep you posted.
Trevor

Trevor Haldane | PeakStaff Talent
""")

add("on_hold", "Escuela Internacional Monteverde", "Lucía", "Coordinador/a de Formación Docente", "es", "easy",
    "Spanish; process suspended",
    frm="Lucía Barrientos <lbarrientos@eimonteverde.org>",
    subject="Suspensión del proceso – Coordinador/a de Formación Docente",
    date="2026-02-11 13:40 -0700", cte="quoted-printable",
    body="""Hola Rebecca:

Le escribimos para informarle que la Escuela Internacional Monteverde ha decidido
suspender temporalmente el proceso de selección para el puesto de Coordinador/a
de Formación Docente, debido a una revisión del presupuesto del próximo curso.

Esta decisión no tiene relación con su perfil. Si el proceso se reactiva, nos
pondremos en contacto con usted.

Un cordial saludo,
Lucía Barrientos
Recursos Humanos
""")

add("on_hold", "Tandem Tutors", "", "Tutor Onboarding Designer", "en", "easy",
    "Ashby; requisition closed",
    frm="Tandem Tutors <no-reply@ashbyhq.com>",
    subject="An update on the Tutor Onboarding Designer role",
    date="2025-07-09 11:15 -0400",
    body="""Hi Rebecca,

We're reaching out to let you know that Tandem Tutors has closed the
requisition for the Tutor Onboarding Designer role. We are no longer hiring for
this position, and this decision was made independently of any individual
application.

Thanks for your interest,
Tandem Tutors Recruiting
""")

add("on_hold", "Mesa Verde State University", "Harold", "Online Course Designer", "en", "hard",
    "budget reprioritised after final round; praises candidate",
    frm="Harold Bixby <hbixby@mvsu.edu>",
    subject="Online Course Designer search",
    date="2026-06-15 10:30 -0600",
    body="""Dear Rebecca,

Thank you for your patience since your final-round visit. I'm afraid I don't have
the news either of us wanted: the Provost's office has reallocated the funding
for the Online Course Designer line to next fiscal year, and we have been asked
to suspend the search.

The committee was very impressed with your teaching demo. If the line is
restored, we'd like to resume with you rather than starting over.

Regards,
Harold Bixby
Director, Online Learning
Mesa Verde State University
""")

add("on_hold", "Lumenfield Education", "Tobias", "Senior Learning Designer", "en", "hard",
    "hiring paused after layoffs; 'revisit in Q3'; no hold keyword in subject",
    frm="Tobias Reinholt <tobias@lumenfield.com>",
    subject="Where things stand",
    date="2026-04-02 17:20 -0700",
    body="""Hey Rebecca,

Wanted to be straight with you. We had a round of layoffs yesterday and all open
reqs, including Senior Learning Designer, are paused effective immediately. I
don't know when they'll thaw; best guess is we revisit in Q3.

You did really well with the team. If and when we restart, you're at the top of
my list.

Tobias
--
Tobias Reinholt
VP Learning, Lumenfield Education
""")

# ------------------------------------------------------------------ interview
add("interview", "Brightloom Learning", "Naomi", "Instructional Designer, Teacher PD", "en", "hard",
    "Greenhouse confirmation sent before DST; interview falls after the switch",
    iat="2026-03-10T10:00:00-06:00",
    frm="Brightloom Learning <no-reply@us.greenhouse-mail.io>",
    subject="Interview confirmed: Instructional Designer, Teacher PD",
    date="2026-03-05 15:22 -0700",
    body="""Hi Rebecca,

Your interview for Instructional Designer, Teacher PD at Brightloom Learning is
confirmed.

When: Tuesday, March 10, 2026 at 10:00 AM Mountain Time (45 minutes)
Where: Google Meet – link in the calendar invitation
Interviewer: Naomi Ferreira-Lang, Head of Learning Design

Need to reschedule? Reply to this email and our coordinator will help.

Brightloom Learning Recruiting
""")

add("interview", "Canyonlight Software", "Wes", "Enablement Program Manager", "en", "hard",
    "'quick chat' with Calendly link; no definite time",
    frm="Wes Pak <wes.pak@canyonlight.io>",
    subject="Enablement PM – 20 min?",
    date="2025-08-19 09:12 -0700",
    body="""Hi Rebecca,

Your application for our Enablement Program Manager opening caught my eye,
especially the teacher onboarding program you built. Do you have 20 minutes this
week or next for a quick chat? Grab whatever works here:
https://calendly.com/wes-pak-canyonlight/20min

Thanks!
Wes Pak
Technical Recruiter, Canyonlight Software
""")

add("interview", "Lantern Academy Charter School", "Gloria", "Instructional Coach", "en", "hard",
    "relative 'tomorrow at 10:30'; no word interview",
    iat="2025-04-17T10:30:00-06:00",
    frm="Gloria Estrada-Pike <gestrada@lanternacademy.org>",
    subject="Instructional Coach",
    date="2025-04-16 14:05 -0600",
    body="""Hi Rebecca,

Thanks for your patience! Could you come by the school tomorrow at 10:30 to meet
with me and our 6-8 team leads? Plan on about an hour. We'll talk through how
you'd support new teachers and then walk a couple of classrooms together.

Check in at the front office; visitor parking is on the east side.

Gloria Estrada-Pike
Principal, Lantern Academy Charter School
""")

add("interview", "Kestrelwing Education", "Marcy", "Senior Instructional Designer", "en", "easy",
    "calendar invitation with text/calendar part",
    iat="2025-10-09T13:00:00-06:00",
    frm="Marcy Odegaard <marcy.odegaard@kestrelwing.edu.co>",
    subject="Invitation: Final panel – Senior Instructional Designer @ Thu Oct 9, 2025 1pm - 2:30pm (MDT)",
    date="2025-10-01 11:30 -0600",
    body="""Hi Rebecca,

Here's the invite for your final panel interview. Please prepare a 15-minute
walkthrough of one learning module you've designed, followed by Q&A with the
K-8 product team.

Thursday Oct 9, 2025 ⋅ 1:00pm – 2:30pm (Mountain Time - Denver)
Zoom: https://zoom.us/j/88120044731

Marcy Odegaard
Talent Partner | Kestrelwing Education
""",
    ics=ics("kw-panel-0931@kestrelwing.edu.co", "20251009T130000", "20251009T143000", "America/Denver",
            "Final panel – Senior Instructional Designer", "marcy.odegaard@kestrelwing.edu.co"))

add("interview", "Wildflower Charter Network", "Yesenia", "Instructional Coach, Grades 6-8", "en", "easy",
    "demo lesson plus panel",
    iat="2025-05-09T13:15:00-06:00",
    frm="Yesenia Caldwell <ycaldwell@wildflowercharters.org>",
    subject="Next step: demo lesson + panel",
    date="2025-05-02 10:45 -0600",
    body="""Dear Rebecca,

We'd love to invite you to the next stage for the Instructional Coach, Grades 6-8
role. On Friday, May 9 at 1:15 p.m. you'll lead a 20-minute coaching debrief with
one of our teachers (we'll send a video of a lesson in advance), followed by a
30-minute panel interview with our academic team.

Location: Wildflower Charter Network central office, 2nd floor, Room 204.

Please confirm you can make it.

Best,
Yesenia Caldwell
Director of Talent, Wildflower Charter Network
""")

add("interview", "Quillbyte", "Sloane", "Learning Designer (Contract)", "en", "easy",
    "take-home storyboard then walkthrough; no time yet",
    frm="Sloane Whitcomb <sloane@quillbyte.app>",
    subject="Quillbyte – next step for Learning Designer (Contract)",
    date="2026-06-02 13:10 -0700",
    body="""Hi Rebecca,

Thanks for the intro call! As a next step we'd like you to put together a short
storyboard (max 8 frames) for a 10-minute microlearning module on a topic of your
choice. Please send it by Monday. After that we'll set up a 45-minute interview
with our design lead to walk through your choices.

— Sloane
Ops & People, Quillbyte
""")

add("interview", "Cobalt Peak Health", "Renata", "", "en", "hard",
    "reschedule in reply thread; relative 'Friday at 3'; no word interview",
    iat="2026-04-17T15:00:00-06:00",
    frm="Renata Solis <rsolis@cobaltpeakhealth.org>",
    subject="RE: Thursday",
    date="2026-04-14 08:25 -0600", reply_to="<CP-0414-ack@mail.icloud.com>",
    body="""Hi Rebecca,

Something came up on the unit for Thursday. Could we move our conversation to
Friday at 3:00 instead? I've updated the Teams invite; same link as before. You'll
still meet me and Dr. Haynes from nursing education.

Thanks for being flexible,
Renata Solis, MSN, RN
Manager, Clinical Education
Cobalt Peak Health

-----Original Message-----
From: Rebecca Tan-Whitaker <becca.tanwhitaker@icloud.com>
Sent: Monday, April 13, 2026 7:02 PM
Subject: Thursday

Hi Renata, just confirming Thursday at 2 works on my end. Looking forward to it!
""")

add("interview", "Pinnacle Mutual", "", "Learning & Development Partner", "en", "easy",
    "GoodTime slot picker; several options",
    frm="Pinnacle Mutual Recruiting <scheduling@goodtime.io>",
    subject="Schedule your interview with Pinnacle Mutual",
    date="2026-09-10 12:00 -0500",
    body="""Hi Rebecca,

The Pinnacle Mutual team would like to schedule a 60-minute video interview for
the Learning & Development Partner position. Please select one of the available
times below (all times Central):

  - Tue, Sep 15, 10:00 AM
  - Tue, Sep 15, 2:30 PM
  - Thu, Sep 17, 11:00 AM

Choose a time: https://app.goodtime.io/s/pm-7Qx2

Powered by GoodTime
""")

add("interview", "Harborview Learning", "Deirdre", "Senior Instructional Designer", "en", "easy",
    "ModernLoop confirmation with ET time",
    iat="2025-06-18T14:00:00-04:00",
    frm="Harborview Learning via ModernLoop <notifications@modernloop.io>",
    subject="Confirmed: Interview with Harborview Learning",
    date="2025-06-12 16:03 -0400",
    html="""<html><body><h2>Your interview is confirmed</h2>
<p>Hi Rebecca,</p>
<p>You're scheduled for the <b>Senior Instructional Designer</b> interview with Harborview Learning.</p>
<table><tr><td>Date</td><td>Wednesday, June 18, 2025</td></tr>
<tr><td>Time</td><td>2:00 PM – 3:00 PM ET</td></tr>
<tr><td>With</td><td>Deirdre Kwan (Director, Learning Design)</td></tr>
<tr><td>Where</td><td>Zoom (link in calendar invite)</td></tr></table>
<p>Sent on behalf of Deirdre Kwan, Harborview Learning.</p></body></html>""")

add("interview", "Academia Sol de Montaña", "Beatriz", "Coordinadora de Aprendizaje Digital", "es", "easy",
    "Spanish; local time stated",
    iat="2026-03-12T16:00:00-06:00",
    frm="Beatriz Alvarado <balvarado@soldemontana.org>",
    subject="Entrevista – Coordinadora de Aprendizaje Digital",
    date="2026-03-06 09:40 -0700", cte="quoted-printable",
    body="""Hola Rebecca:

Gracias por tu interés en la Academia Sol de Montaña. Nos gustaría invitarte a una
entrevista para el puesto de Coordinadora de Aprendizaje Digital el jueves 12 de
marzo de 2026 a las 16:00 (hora de Denver), en nuestro campus de la calle 38.

La entrevista durará aproximadamente una hora e incluirá una breve presentación
(10 minutos) sobre cómo apoyarías a los docentes en el uso de plataformas
digitales. ¿Nos confirmas tu asistencia?

Saludos cordiales,
Beatriz Alvarado
Directora, Academia Sol de Montaña
""")

add("interview", "Institut Boréal de Formation", "Mathieu", "Conseillère pédagogique – formation en ligne", "fr", "hard",
    "French; Montreal time after the November DST change",
    iat="2026-11-03T10:00:00-05:00",
    frm="Mathieu Gagnon <mgagnon@institutboreal.ca>",
    subject="Invitation à un entretien – Conseillère pédagogique",
    date="2026-10-27 11:15 -0400", cte="quoted-printable",
    body="""Bonjour Rebecca,

Suite à l'examen de votre candidature pour le poste de Conseillère pédagogique –
formation en ligne, nous avons le plaisir de vous inviter à un entretien par
visioconférence le mardi 3 novembre 2026 à 10 h (heure de Montréal).

L'entretien durera environ 45 minutes, avec moi-même et notre directrice des
programmes. Le lien Teams vous sera envoyé la veille.

Au plaisir d'échanger avec vous,
Mathieu Gagnon
Conseiller en acquisition de talents
Institut Boréal de Formation
""")

add("interview", "Kupferberg Lernsysteme GmbH", "Annika", "Instructional Designer (m/w/d)", "de", "easy",
    "German; Teams interview with MESZ time",
    iat="2026-10-15T16:00:00+02:00",
    frm="Annika Vogt <annika.vogt@kupferberg-lernsysteme.de>",
    subject="Einladung zum Vorstellungsgespräch – Instructional Designer (m/w/d)",
    date="2026-10-08 09:20 +0200", cte="quoted-printable",
    body="""Hallo Frau Tan-Whitaker,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d). Wir möchten Sie
gern näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft
Teams ein:

Donnerstag, 15. Oktober 2026, um 16:00 Uhr (MESZ)

Das Gespräch dauert etwa 60 Minuten. Bitte bestätigen Sie kurz den Termin.

Viele Grüße
Annika Vogt
Recruiting | Kupferberg Lernsysteme GmbH
""")

add("interview", "Ridgeline Science Center", "Omar", "Education Programs Manager", "en", "hard",
    "informal coffee invitation; relative 'Monday at 9'",
    iat="2025-07-07T09:00:00-06:00",
    frm="Omar Haddad <ohaddad@ridgelinescience.org>",
    subject="coffee?",
    date="2025-07-02 16:30 -0600",
    body="""Hi Rebecca — thanks for sending your application for Education Programs
Manager. Before we do anything formal, want to grab coffee Monday at 9 at the
cafe by the planetarium entrance? Casual, 30-40 min, I'd mostly like to hear how
you think about field trip programming.

Omar
Omar Haddad | VP of Education | Ridgeline Science Center
""")

add("interview", "Crestmark Logistics", "Trevor", "Safety Training Developer", "en", "hard",
    "agency recruiter relays client's interview request; asks availability",
    frm="Trevor Haldane <thaldane@peakstafftalent.com>",
    subject="Crestmark wants to meet you!",
    date="2026-01-13 10:02 -0700",
    body="""Rebecca,

Good news: Crestmark Logistics reviewed your profile and their training manager
would like a 30-minute video interview for the Safety Training Developer role.
Can you send me three windows that work for you next Tuesday through Thursday? I'll
coordinate with their side.

Trevor Haldane
Senior Recruiter, PeakStaff Talent
""")

add("interview", "Foothills University", "Leah", "Instructional Designer, Online Learning", "en", "easy",
    "search committee Zoom panel",
    iat="2026-02-02T09:00:00-07:00",
    frm="Dr. Leah Morrow <leah.morrow@foothillsu.edu>",
    subject="Interview invitation – Instructional Designer, Online Learning (Posting S-2231)",
    date="2026-01-26 13:50 -0700",
    body="""Dear Ms. Tan-Whitaker,

On behalf of the search committee, I am pleased to invite you to a first-round
interview for the position of Instructional Designer, Online Learning.

Date: Monday, February 2, 2026
Time: 9:00–10:00 a.m. Mountain
Format: Zoom (link below)

You will meet with five committee members. Please be prepared to discuss an
online course you helped design or redesign.

Sincerely,
Leah Morrow, Ph.D.
Chair, Search Committee
Center for Online Learning, Foothills University
""")

add("interview", "Bluebell Springs School District 27J", "", "Digital Learning Coach", "en", "easy",
    "Frontline scheduling notice",
    iat="2025-04-22T15:45:00-06:00",
    frm="Bluebell Springs SD 27J <noreply@applitrack-mail.net>",
    subject="Interview Scheduled – Digital Learning Coach",
    date="2025-04-15 07:30 -0600", headers=AUTO_GEN,
    body="""Dear Rebecca Tan-Whitaker,

An interview has been scheduled for you for the following position:

  Position: Digital Learning Coach
  Date/Time: April 22, 2025 3:45 PM
  Location: Educational Services Center, Board Room B
  Interview Team: Office of Teaching & Learning

If you are unable to attend, please contact Human Resources at least 24 hours in
advance.

Bluebell Springs School District 27J
""")

add("interview", "Aurora Ridge Bank", "", "Training & Development Coordinator", "en", "easy",
    "one-way recorded video interview; HTML only",
    frm="Aurora Ridge Bank <no-reply@sparkhire-mail.com>",
    subject="Aurora Ridge Bank has invited you to a video interview",
    date="2025-12-02 10:10 -0700",
    html="""<html><body><p>Hi Rebecca,</p><p>Aurora Ridge Bank has invited you to complete a one-way video interview for the <b>Training &amp; Development Coordinator</b> position.</p><p>You'll answer 5 questions at your own pace. Please complete the interview by <b>December 9</b>.</p><p><a href="https://app.sparkhire-mail.com/i/ARB-5521">Start your interview</a></p></body></html>""")

add("interview", "Juniper Trail Learning", "Felix", "", "en", "hard",
    "'unfortunately' conflict; moved to a definite time in PT",
    iat="2025-10-08T11:00:00-07:00",
    frm="Felix Amundsen <felix@junipertrail.com>",
    subject="Change of plans for our call",
    date="2025-10-06 08:10 -0700",
    body="""Hi Rebecca,

Unfortunately I have a conflict on Tuesday that I can't move. I've shifted our
interview to Wednesday at 11:00 PT (noon your time) and sent an updated invite;
everything else stays the same. Apologies for the shuffle.

Felix Amundsen
Learning Design Lead
Juniper Trail Learning
""")

add("interview", "Redstone Medical Group", "Courtney", "Patient Education Specialist", "en", "easy",
    "onsite itinerary with PDF; no word interview",
    iat="2026-08-20T08:30:00-06:00",
    frm="Courtney Bell <cbell@redstonemg.com>",
    subject="Your visit on Thursday 8/20",
    date="2026-08-13 15:45 -0600", pdf="Redstone_Itinerary_Tan-Whitaker.pdf",
    body="""Hi Rebecca,

We're looking forward to having you on site for the Patient Education Specialist
position. Please arrive Thursday, 8/20 at 8:30am at our Lakewood clinic. Your
itinerary is attached: meetings with the clinical education team, a short
teach-back exercise, and lunch with two of our nurse educators.

Courtney Bell
HR Business Partner, Redstone Medical Group
""")

add("interview", "Sparkwell Learning", "", "Associate Instructional Designer", "en", "hard",
    "warns not all applicants advance; offers slots only",
    frm="Sparkwell Learning <no-reply@us.greenhouse-mail.io>",
    subject="Next steps with Sparkwell Learning",
    date="2025-02-05 09:05 -0700",
    body="""Hi Rebecca,

Thanks for applying to the Associate Instructional Designer role. Not every
applicant advances past this stage, but we'd like to set up a 30-minute
conversation with our hiring manager. Please choose a slot using the link below;
if none work, let us know.

https://app.greenhouse.io/scheduler/sparkwell/ai-designer/rtw

Sparkwell Learning Recruiting
""")

add("interview", "Bristlecone Montessori School", "Hal", "Adolescent Program Guide", "en", "easy",
    "SchoolSpring interview request with two options",
    frm="SchoolSpring <notifications@schoolspring-mail.com>",
    subject="Interview request from Bristlecone Montessori School",
    date="2025-03-04 12:20 -0700",
    body="""Hello Rebecca,

Bristlecone Montessori School would like to interview you for Adolescent Program
Guide.

Message from Hal Whitford, Head of School:
"Thanks for applying! Are you available Tuesday 3/11 at 4:00 or Thursday 3/13 at
3:30 for an interview on campus? Please reply with whichever suits you."

Respond through your SchoolSpring inbox.
""")

add("interview", "Fieldnote Education", "Imani", "", "en", "hard",
    "confirmation in reply thread; relative 'Tuesday the 19th' in Eastern",
    iat="2026-05-19T13:00:00-04:00",
    frm="Imani Brooks <imani.brooks@fieldnote.education>",
    subject="Re: Availability for a conversation",
    date="2026-05-14 17:05 -0400", reply_to="<CAF-RTW-0514@mail.icloud.com>",
    body="""Perfect, you're confirmed for Tuesday the 19th at 1 pm Eastern with me and Jo
from the Math team. Calendar hold coming from our coordinator shortly.

Imani Brooks
Senior Recruiter, Fieldnote Education

On May 14, 2026, at 2:31 PM, Rebecca Tan-Whitaker wrote:
> Hi Imani, thanks for reaching out! Unfortunately Monday won't work since I'm
> proctoring state tests, but Tuesday afternoon is open after 11 Mountain.
""")

# ---------------------------------------------------------------------- offer
add("offer", "Harborview Learning", "Deirdre", "Senior Instructional Designer", "en", "easy",
    "offer letter attached as PDF",
    frm="Deirdre Kwan <dkwan@harborviewlearning.com>",
    subject="Offer – Senior Instructional Designer",
    date="2025-07-01 14:30 -0400", pdf="Harborview_Offer_Letter_RTW.pdf",
    body="""Hi Rebecca,

I'm thrilled to share that we'd like you to join Harborview Learning as our
Senior Instructional Designer! Your formal offer letter is attached, including
salary, benefits and a proposed start date of August 4 (fully remote).

Please review and sign by Tuesday, July 8. I'm happy to hop on a call to answer
any questions.

Welcome (almost) aboard,
Deirdre Kwan
Director, Learning Design | Harborview Learning
""")

add("offer", "Ridgeline Science Center", "Omar", "Education Programs Manager", "en", "hard",
    "follow-up to a phone call; never says 'offer'",
    frm="Omar Haddad <ohaddad@ridgelinescience.org>",
    subject="Following up on today's call",
    date="2025-08-06 17:40 -0600",
    body="""Rebecca,

Great talking with you this afternoon. As promised, here's what we discussed in
writing: Education Programs Manager, $72,500 annual salary, full benefits, start
date September 2. You'd report to me. Our HR coordinator will send the paperwork
and background check authorization tomorrow.

Take the weekend to think it over and let me know by Monday. We'd love to have you.

Omar
Omar Haddad | VP of Education | Ridgeline Science Center
""")

add("offer", "Bluebell Springs School District 27J", "Carla", "Digital Learning Coach", "en", "easy",
    "conditional district offer pending board approval",
    frm="Carla Nguyen <cnguyen@bbsd27j.org>",
    subject="Conditional Offer of Employment – Digital Learning Coach",
    date="2025-05-01 11:20 -0600",
    body="""Dear Ms. Tan-Whitaker,

Congratulations! I am pleased to extend a conditional offer of employment for
the position of Digital Learning Coach for the 2025-26 school year, placed on
the certified salary schedule at Step 7, MA+15.

This offer is contingent on Board of Education approval at the May 20 meeting and
a cleared background check. Please accept electronically in Frontline by May 6.

Sincerely,
Carla Nguyen
Director of Human Resources
Bluebell Springs School District 27J
""")

add("offer", "Academia Sol de Montaña", "Beatriz", "Coordinadora de Aprendizaje Digital", "en", "hard",
    "short; 'the position is yours'; Spanish school writing in English",
    frm="Beatriz Alvarado <balvarado@soldemontana.org>",
    subject="¡Buenas noticias!",
    date="2026-03-20 16:05 -0600",
    body="""Rebecca,

The hiring committee met this morning and the position of Coordinadora de
Aprendizaje Digital is yours if you want it! I'll send the contract and salary
details by Monday. We'd like you to start on April 13 if your current school can
release you.

Con cariño,
Beatriz Alvarado
Directora, Academia Sol de Montaña
""")

add("offer", "Foothills University", "", "Instructional Designer, Online Learning", "en", "easy",
    "Workday offer notification; HTML only",
    frm="Foothills University <foothillsu@myworkday.com>",
    subject="Action required: Review your offer",
    date="2026-02-24 08:05 -0700", headers=AUTO_GEN,
    html="""<html><body><p>Dear Rebecca,</p><p>Congratulations! Foothills University has extended you an offer for the position of <b>Instructional Designer, Online Learning</b>.</p><p>Please sign in to Workday to review and respond to your offer letter within 5 business days.</p><p>Human Resources, Foothills University</p></body></html>""")

add("offer", "Crestmark Logistics", "Trevor", "Safety Training Developer", "en", "hard",
    "agency relays client offer for a contract role",
    frm="Trevor Haldane <thaldane@peakstafftalent.com>",
    subject="Crestmark - they want you!",
    date="2026-01-29 15:10 -0700",
    body="""Rebecca!

Crestmark Logistics came back this afternoon and they want to bring you on as
Safety Training Developer: 6-month contract through PeakStaff at $48/hr, with
conversion to full-time discussed at month four. Start would be Feb 16.

I'll send the contract paperwork tonight. Call me when you can!

Trevor Haldane
Senior Recruiter, PeakStaff Talent
""")

# ------------------------------------------------------- application_received
add("application_received", "Aspen Ridge School District 14", "", "Instructional Coach – Secondary Literacy", "en", "easy",
    "AppliTrack acknowledgement",
    frm="Aspen Ridge SD 14 Human Resources <noreply@applitrack-mail.net>",
    subject="Application Received – Aspen Ridge School District 14",
    date="2025-03-29 21:14 -0600", headers=AUTO_GEN,
    body="""Thank you for submitting your application to Aspen Ridge School District 14.

Application ID: 0931457
Position(s): Instructional Coach – Secondary Literacy (Job #4471)

Your application will be reviewed by the hiring administrator. Candidates
selected for interviews will be contacted directly. You may update your
application at any time before the posting closes.

Aspen Ridge School District 14 Human Resources
""")

add("application_received", "Brightloom Learning", "", "Learning Experience Designer", "en", "easy",
    "Greenhouse acknowledgement",
    frm="Brightloom Learning <no-reply@us.greenhouse-mail.io>",
    subject="Thank you for applying to Brightloom Learning",
    date="2025-12-03 22:48 -0700",
    body="""Hi Rebecca,

Thanks for applying for the Learning Experience Designer role at Brightloom
Learning! We've received your application and our team is reviewing it now. If
your experience is a match, a recruiter will reach out about next steps.

Brightloom Learning Talent Team
""")

add("application_received", "Front Range Health System", "", "Instructional Designer II", "en", "easy",
    "Workday acknowledgement",
    frm="Front Range Health System <frhs@myworkday.com>",
    subject="Thank you for applying: Instructional Designer II",
    date="2025-03-03 19:02 -0700", headers=AUTO_GEN,
    body="""Dear Rebecca Tan-Whitaker,

Thank you for applying for Instructional Designer II (R-20931) at Front Range
Health System. Your submission has been received. You can check your application
status at any time in the Candidate Home section of our careers site.

Talent Acquisition
""")

add("application_received", "Cobalt Peak Health", "", "Clinical Education Specialist", "en", "easy",
    "iCIMS acknowledgement with Auto-Submitted header",
    frm="Cobalt Peak Health Careers <cobaltpeak@talent.icims.com>",
    subject="We received your application – Clinical Education Specialist",
    date="2026-03-17 06:45 -0600", headers=AUTO_GEN,
    body="""Dear Rebecca,

Thank you for your interest in joining Cobalt Peak Health. We have received your
application for Clinical Education Specialist (Req 2026-1183) and it is under
review.

Cobalt Peak Health Talent Acquisition
""")

add("application_received", "Mesa Verde State University", "", "Online Course Designer", "en", "easy",
    "PeopleAdmin acknowledgement",
    frm="MVSU Human Resources <mvsu-jobs@peopleadmin.net>",
    subject="Application Submitted: Online Course Designer",
    date="2026-04-08 10:17 -0600", headers=AUTO_GEN,
    body="""Dear Rebecca Tan-Whitaker,

This confirms that your application for Online Course Designer (Posting #S01402)
at Mesa Verde State University has been submitted successfully. The search
committee will begin reviewing applications after the posting closes on
April 20.

Office of Human Resources
Mesa Verde State University
""")

add("application_received", "Lantern Academy Charter School", "", "Instructional Technology Specialist", "en", "easy",
    "SchoolSpring application confirmation",
    frm="SchoolSpring <notifications@schoolspring-mail.com>",
    subject="Your application has been submitted",
    date="2025-02-21 20:33 -0700",
    body="""Hello Rebecca,

Your application for Instructional Technology Specialist at Lantern Academy
Charter School has been submitted. The school will contact you directly if they
would like to move forward.

Good luck!
The SchoolSpring Team
""")

add("application_received", "Kestrelwing Education", "", "Senior Instructional Designer", "en", "hard",
    "describes interview stages and possible rejection as future steps",
    frm="Kestrelwing Education <no-reply@hire.lever.co>",
    subject="Kestrelwing Education – application received",
    date="2025-09-08 13:29 -0600",
    body="""Hi Rebecca,

Thanks for applying to Senior Instructional Designer at Kestrelwing Education.

Here's what to expect: our team reviews every application within two weeks. If
we'd like to move forward, you'll hear from a talent partner to set up a phone
screen, followed by a portfolio interview and a final panel. If we decide not to
proceed, we'll let you know by email. Either way, you won't be left wondering.

Kestrelwing Education Talent Team
""")

add("application_received", "Quillbyte", "", "Learning Designer (Contract)", "en", "easy",
    "two-line Ashby acknowledgement",
    frm="Quillbyte <no-reply@ashbyhq.com>",
    subject="Thanks for applying to Quillbyte",
    date="2026-05-21 23:02 -0700",
    body="""Hi Rebecca, we've received your application for Learning Designer (Contract).
We'll be in touch if there's a fit.

— Quillbyte
""")

add("application_received", "Wildflower Charter Network", "", "Curriculum Writer, Middle School Science", "en", "hard",
    "chatty templated BambooHR reply that reads like personal mail",
    frm="Wildflower Charter Network <notifications@app.bamboohr.com>",
    subject="Got it! 🌼",
    date="2025-03-12 18:40 -0600",
    body="""Hey Rebecca!

Your application for Curriculum Writer, Middle School Science just landed in our
inbox. Thanks for thinking of Wildflower Charter Network! Our small team reads
every application personally, so give us a couple of weeks.

🌼 The Wildflower People Team
""")

add("application_received", "Alpine Outfitters Co.", "", "Training Specialist, Retail Operations", "en", "easy",
    "JazzHR acknowledgement",
    frm="Alpine Outfitters Co. <alpineoutfitters@applytojob.com>",
    subject="Thank you for your application",
    date="2025-11-20 15:55 -0700",
    body="""Hello Rebecca,

Thank you for applying for the Training Specialist, Retail Operations position
at Alpine Outfitters Co. We have received your application and will review it
shortly.

Recruiting Team
Alpine Outfitters Co.
""")

add("application_received", "Cottonwood Senior Living", "", "Staff Development Coordinator", "en", "hard",
    "'unfortunately' in an acknowledgement",
    frm="Cottonwood Senior Living <noreply@recruiting.paylocity.com>",
    subject="Application confirmation – Staff Development Coordinator",
    date="2026-04-22 11:12 -0600", headers=AUTO_GEN,
    body="""Dear Rebecca,

Thank you for applying for the Staff Development Coordinator position at
Cottonwood Senior Living. We have received your application.

Unfortunately, due to the volume of applications, we are not able to respond to
every applicant individually. If your qualifications match our needs, a member
of our HR team will contact you.

Human Resources, Cottonwood Senior Living
""")

add("application_received", "Northstar Analytics Academy", "", "Bootcamp Curriculum Developer", "en", "hard",
    "job-board relay confirmation; company named in body",
    frm="HireLoop <applications@hireloop-mail.com>",
    subject="Your application was sent",
    date="2026-07-15 19:20 -0600", headers=BULK,
    body="""Rebecca, your application was sent!

Bootcamp Curriculum Developer
Northstar Analytics Academy · Remote (US)

Your resume and answers were sent to Northstar Analytics Academy. The employer
will contact you directly if they are interested.

Track your applications: https://hireloop.example/my-jobs

HireLoop · Unsubscribe from application updates
""")

add("application_received", "Atelier Savoirs", "", "Concepteur·rice pédagogique (H/F)", "en", "easy",
    "French employer, English Recruitee acknowledgement",
    frm="Atelier Savoirs <ne-pas-repondre@ateliersavoirs.recruitee.com>",
    subject="We received your application – Atelier Savoirs",
    date="2025-10-12 09:03 +0200",
    body="""Hello Rebecca,

Thank you for applying for the Concepteur·rice pédagogique (H/F) position at
Atelier Savoirs. Your application has been received and will be reviewed by our
team within the next three weeks.

Atelier Savoirs Recruitment
""")

add("application_received", "Lernwerk Digital GmbH", "", "Instructional Designer (m/w/d) – Remote", "en", "easy",
    "Personio acknowledgement",
    frm="Lernwerk Digital GmbH <jobs@lernwerk-digital.jobs.personio.de>",
    subject="Thank you for your application",
    date="2026-06-04 08:11 +0200",
    body="""Dear Rebecca,

thank you for your application as Instructional Designer (m/w/d) – Remote. We
have received your documents and will get back to you as soon as possible.

Kind regards
People Team, Lernwerk Digital GmbH
""")

add("application_received", "Pine & Prairie Museum of Natural History", "", "Museum Educator – Digital Learning", "en", "easy",
    "nonprofit form confirmation",
    frm="Pine & Prairie Museum Jobs <jobs@pineprairiemuseum.org>",
    subject="Application received: Museum Educator – Digital Learning",
    date="2025-09-22 12:30 -0600",
    body="""Thank you for applying to be Museum Educator – Digital Learning at the Pine &
Prairie Museum of Natural History. This automated note confirms we've got your
materials. We'll start reviewing applications on October 1.

Human Resources
Pine & Prairie Museum of Natural History
""")

add("application_received", "Canyonlight Software", "", "Enablement Program Manager", "en", "hard",
    "subject says 'next steps'; mentions take-home and interviews as future steps",
    frm="Canyonlight Software <no-reply@us.greenhouse-mail.io>",
    subject="Thanks for applying – next steps",
    date="2025-08-14 11:48 -0700",
    body="""Hi Rebecca,

Thanks for applying to Enablement Program Manager at Canyonlight Software. Our
recruiting team has your application.

What's next? If there's a potential match, you'll be invited to a recruiter
screen, then interviews with the team, which may include a short take-home
exercise. We aim to respond to all applicants within 10 business days.

Canyonlight Software Recruiting
""")

# ----------------------------------------------------------------- auto_reply
add("auto_reply", "Brightloom Learning", "Naomi", "", "en", "easy",
    "OOO 'back on 3/16'; both headers",
    ret="2026-03-16",
    frm="Naomi Ferreira-Lang <naomi.fl@brightloom.io>",
    subject="Automatic reply: Thank you – Teacher PD interview",
    date="2026-03-10 17:02 -0600", headers=AUTO_REP,
    body="""Hi there, I'm out of the office with limited access to email and will be back on
3/16. For anything urgent about recruiting, please contact talent@brightloom.io.

Naomi Ferreira-Lang | Brightloom Learning
""")

add("auto_reply", "Tessellate Learning", "Priya", "", "en", "easy",
    "'returning Monday 9 March'",
    ret="2026-03-09",
    frm="Priya Raman <priya@tessellatelearning.com>",
    subject="Out of office",
    date="2026-03-04 08:30 -0800", headers={"Auto-Submitted": "auto-replied"},
    body="""Thanks for your note. I'm at a conference this week and returning Monday 9 March.
I'll respond as soon as I can after that.

Priya Raman
Director of Learning Design, Tessellate Learning
""")

add("auto_reply", "Kestrelwing Education", "Marcy", "", "en", "easy",
    "no longer with company; redirect; no return date",
    frm="Marcy Odegaard <marcy.odegaard@kestrelwing.edu.co>",
    subject="Automatic reply: Checking in",
    date="2026-02-17 10:00 -0700", headers=AUTO_REP,
    body="""Thank you for your email. I no longer work at Kestrelwing Education. For
recruiting questions please contact Jonah Pell at jonah.pell@kestrelwing.edu.co.
This mailbox will be deactivated soon.
""")

add("auto_reply", "Aspen Ridge School District 14", "", "", "en", "hard",
    "unmonitored-mailbox bounce on the application thread; no headers",
    frm="Aspen Ridge SD 14 Human Resources <noreply@applitrack-mail.net>",
    subject="Re: Application Status – Instructional Coach – Secondary Literacy (Job #4471)",
    date="2025-05-03 08:12 -0600", reply_to="<applitrack-4471@applitrack-mail.net>",
    body="""This mailbox is not monitored. Replies to this address are not read or
forwarded. For questions about your application, please call the Human Resources
office at 970-555-0110 between 8:00 a.m. and 4:00 p.m., Monday through Friday.

Aspen Ridge School District 14 Human Resources
""")

add("auto_reply", "Juniper Trail Learning", "Felix", "", "en", "hard",
    "parental leave with return date; only X-Autoreply header; mentions interviews",
    ret="2026-06-01",
    frm="Felix Amundsen <felix@junipertrail.com>",
    subject="Re: Thank you for Wednesday's interview",
    date="2026-01-20 09:14 -0700", headers={"X-Autoreply": "yes"},
    body="""Hello! I'm on parental leave and will be returning June 1, 2026. If you are in
an interview process with Juniper Trail Learning, please reach out to
recruiting@junipertrail.com and the team will keep things moving.

Felix Amundsen
Learning Design Lead
""")

add("auto_reply", "Kupferberg Lernsysteme GmbH", "Annika", "", "de", "easy",
    "German Abwesenheitsnotiz; 'ab dem 2. November'",
    ret="2026-11-02",
    frm="Annika Vogt <annika.vogt@kupferberg-lernsysteme.de>",
    subject="Abwesenheitsnotiz: Rückfrage zum Vorstellungsgespräch",
    date="2026-10-23 14:05 +0200", headers=AUTO_REP, cte="quoted-printable",
    body="""Vielen Dank für Ihre Nachricht.

Ich bin derzeit nicht im Büro und ab dem 2. November wieder erreichbar. Ihre
E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
karriere@kupferberg-lernsysteme.de.

Mit freundlichen Grüßen
Annika Vogt
Kupferberg Lernsysteme GmbH
""")

add("auto_reply", "Institut Boréal de Formation", "Mathieu", "", "fr", "easy",
    "French absence message",
    ret="2026-09-14",
    frm="Mathieu Gagnon <mgagnon@institutboreal.ca>",
    subject="Réponse automatique : Candidature – Conseillère pédagogique",
    date="2026-09-02 10:40 -0400", headers=AUTO_REP, cte="quoted-printable",
    body="""Bonjour,

Je suis absent du bureau et serai de retour le lundi 14 septembre. Pour toute
question urgente, veuillez écrire à rh@institutboreal.ca.

Merci,
Mathieu Gagnon
Institut Boréal de Formation
""")

add("auto_reply", "Academia Sol de Montaña", "Beatriz", "", "es", "easy",
    "Spanish holiday responder",
    ret="2026-01-05",
    frm="Beatriz Alvarado <balvarado@soldemontana.org>",
    subject="Respuesta automática: Solicitud de información",
    date="2025-12-22 11:00 -0700", headers=AUTO_REP, cte="quoted-printable",
    body="""Gracias por su mensaje. La escuela permanece cerrada por las vacaciones de
invierno. Regreso a la oficina el 5 de enero de 2026 y responderé a su correo lo
antes posible.

Beatriz Alvarado
Directora, Academia Sol de Montaña
""")

add("auto_reply", "Ridgeline Science Center", "Omar", "", "en", "hard",
    "relative 'back Monday'; no auto-reply headers",
    ret="2025-07-21",
    frm="Omar Haddad <ohaddad@ridgelinescience.org>",
    subject="Re: Great meeting you",
    date="2025-07-17 12:03 -0600",
    body="""I'm leading a teacher workshop in the field with no signal until the end of the
week. Back Monday; I'll reply then.

Omar Haddad | VP of Education | Ridgeline Science Center
""")

add("auto_reply", "Harborview Learning", "Deirdre", "", "en", "hard",
    "conference OOO mentions interview scheduling; date written out",
    ret="2025-10-08",
    frm="Deirdre Kwan <dkwan@harborviewlearning.com>",
    subject="Automatic reply: Portfolio follow-up",
    date="2025-10-01 09:30 -0400", headers={"Auto-Submitted": "auto-replied"},
    body="""Thanks for reaching out. I'm at DevLearn this week and will be back in the office
Wednesday, October 8. If you're scheduling an interview with our team, please
contact our recruiting coordinator at talent@harborviewlearning.com so there's no
delay.

Deirdre Kwan
Director, Learning Design | Harborview Learning
""")

add("auto_reply", "Quillbyte", "Sloane", "", "en", "easy",
    "vacation responder, no return date",
    frm="Sloane Whitcomb <sloane@quillbyte.app>",
    subject="Auto: Re: storyboard",
    date="2026-06-09 07:15 -0700", headers=AUTO_REP,
    body="""Hi! I'm on vacation and checking email only occasionally. For anything urgent,
ping hello@quillbyte.app.

— Sloane
""")

add("auto_reply", "Bluebell Springs School District 27J", "Carla", "", "en", "easy",
    "summer break; 'back August 4'",
    ret="2025-08-04",
    frm="Carla Nguyen <cnguyen@bbsd27j.org>",
    subject="Out of Office: New hire paperwork",
    date="2025-07-08 13:22 -0600", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    body="""Thank you for contacting Bluebell Springs School District 27J Human Resources.
I am out of the office for summer break and will be back August 4. For new hire
onboarding questions, please email onboarding@bbsd27j.org.

Carla Nguyen
Director of Human Resources
""")

add("auto_reply", "Foothills University", "Leah", "", "en", "hard",
    "subject contains 'Interview'; numeric return date '4/27'",
    ret="2026-04-27",
    frm="Dr. Leah Morrow <leah.morrow@foothillsu.edu>",
    subject="Automatic reply: Interview availability",
    date="2026-04-17 15:05 -0600", headers=AUTO_REP,
    body="""I am away on research leave and will return to campus on 4/27. Email will be
read intermittently. For Center for Online Learning business, please contact
col@foothillsu.edu.

Leah Morrow, Ph.D.
Foothills University
""")

add("auto_reply", "Colorado Reading Alliance", "", "", "en", "hard",
    "shared mailbox 'not monitored'; no human signer",
    frm="Colorado Reading Alliance <jobs@coreadingalliance.org>",
    subject="Re: Literacy Curriculum Manager – question about the presentation",
    date="2026-08-25 06:00 -0600", headers={"Auto-Submitted": "auto-replied"},
    body="""This is an automated message. The jobs@ inbox at Colorado Reading Alliance is
not monitored during our summer office closure. Please do not reply to this
message. If you are a candidate with an interview scheduled, your contact
information is in your confirmation email.
""")

# ---------------------------------------------------------------------- other
add("other", "", "", "", "en", "easy", "job alert digest",
    frm="HireLoop Job Alerts <alerts@hireloop-mail.com>",
    subject="14 new Instructional Designer jobs in Denver, CO",
    date="2025-09-15 06:02 -0600", headers=BULK,
    body="""Rebecca, here are today's new matches for "Instructional Designer" near Denver, CO

1. Instructional Designer – Rocky Summit Health – Aurora, CO – Easy Apply
2. eLearning Developer – Bluejay Analytics – Remote
3. Curriculum Designer – Meadowlark Schools – Englewood, CO
4. Learning Experience Designer – Tilt Labs – Remote (US)
... and 10 more

See all jobs: https://hireloop.example/alerts/id-denver
You are receiving this because you created a job alert. Unsubscribe.
""")

add("other", "", "", "", "en", "easy", "social network notification",
    frm="Linkwell <notifications@linkwell-mail.com>",
    subject="Rebecca, you appeared in 12 searches this week",
    date="2026-02-09 07:45 -0700", headers=BULK,
    html="""<html><body><p>You appeared in <b>12 searches</b> this week.</p><p>Searchers worked at: Brightloom Learning, Front Range Health System, and 3 others.</p><p><a href="https://linkwell.example/me/search-appearances">See who's looking</a></p><p style="font-size:11px">Unsubscribe · Help</p></body></html>""")

add("other", "", "", "", "en", "hard", "L&D newsletter article about handling rejection and interviews",
    frm="The L&D Brief <newsletter@ldbrief.example>",
    subject="When the answer is 'we've decided to move forward with other candidates'",
    date="2025-11-11 05:30 -0700", headers=BULK,
    body="""THE L&D BRIEF · Issue 112

This week: career changers on rejection. Three teachers-turned-designers share
the exact emails they got ("Unfortunately, we've decided to move forward with
other candidates...") and what they did next. Plus: 7 portfolio interview
questions you should rehearse, and why your storyboard sample matters more than
your cover letter.

Read online: https://ldbrief.example/112
Unsubscribe | Manage preferences
""")

add("other", "", "", "", "en", "hard", "podcast 'interview with our CEO'; HTML only",
    frm="Classroom to Corporate Podcast <hello@c2cpod.example>",
    subject="New episode: our interview with the CEO of Tessellate Learning",
    date="2026-04-21 09:00 -0600", headers=BULK,
    html="""<html><body><h1>Episode 48 is live 🎧</h1><p>This week we interview Tessellate Learning's CEO about hiring former teachers, what an offer negotiation looks like, and why so many applicants get rejected at the portfolio stage.</p><p><a href="https://c2cpod.example/48">Listen now</a></p><p>You subscribed at c2cpod.example. Unsubscribe.</p></body></html>""")

add("other", "", "", "", "en", "hard", "card declined; 'unfortunately'",
    frm="Flatirons Federal Credit Union <alerts@flatironsfcu.example>",
    subject="Your card was declined",
    date="2025-06-07 19:48 -0600",
    body="""Unfortunately, a transaction on your debit card ending in 4417 was declined.

Merchant: SKYLINE OFFICE SUPPLY
Amount: $86.20
Reason: Exceeds daily limit

If you recognize this activity, no action is needed. Log in to adjust your limits.
""")

add("other", "", "Kenji", "", "en", "hard", "pull request not merged: 'won't be moving forward'",
    frm="Kenji Mori <notifications@github.example>",
    subject="Re: [openstax-mirror/grade7-ratios] Add UDL notes to unit 3 (PR #212)",
    date="2026-01-08 21:17 -0700",
    headers={"List-Unsubscribe": "<https://github.example/notifications/unsubscribe>"},
    body="""@rtanwhitaker thanks for the PR! After discussing with the maintainers we won't be
moving forward with this change: the UDL notes belong in the teacher guide repo,
not in the student-facing unit. Closing, but please open it over there.

— Kenji

Reply to this email directly or view it on GitHub.
""")

add("other", "", "", "", "en", "hard", "conference session proposal not accepted",
    frm="Colorado EdTech Summit Program Committee <program@coedtechsummit.example>",
    subject="Your session proposal: decision",
    date="2025-12-15 16:00 -0700",
    body="""Dear Rebecca Tan-Whitaker,

Thank you for submitting "Microlearning for Middle Schoolers: Lessons from a Year
of 5-Minute Modules" to the 2026 Colorado EdTech Summit. We received over 400
proposals. We regret that your session was not accepted for this year's program.

We hope to see you in Keystone as an attendee.

Program Committee
""")

add("other", "", "", "", "en", "hard", "marketing 'offer' and 'land the interview'",
    frm="Articulate Academy Pro <deals@learnpro.example>",
    subject="Offer ends tonight: 20% off the ID Portfolio Bootcamp",
    date="2026-11-02 18:30 -0700", headers=BULK, cte="base64",
    body="""Last chance! Our biggest offer of the year: 20% off the ID Portfolio Bootcamp.

Build 3 portfolio pieces, practice with mock interviews, and get feedback from
working instructional designers. Graduates landed interviews at top ed-tech
companies.

Use code FALL20 at checkout. Unsubscribe anytime.
""", html="""<html><body><h2>Offer ends tonight</h2><p>20% off the <b>ID Portfolio Bootcamp</b>. Build 3 portfolio pieces and practice with mock interviews.</p><p>Code: FALL20</p></body></html>""")

add("other", "", "Tasha", "", "en", "hard", "apartment application approved",
    frm="Tasha Greenberg <leasing@highlinelofts.example>",
    subject="Your application for Unit 3B has been approved!",
    date="2025-07-22 14:10 -0600",
    body="""Hi Rebecca,

Great news: your rental application for Highline Lofts Unit 3B has been
approved! Please sign the lease and pay the holding deposit within 48 hours to
secure the unit. Move-in is available August 1.

Tasha Greenberg
Leasing Manager, Highline Lofts
""")

add("other", "", "", "", "en", "hard", "child's school enrollment lottery; waitlist",
    frm="Denver Metro SchoolChoice <schoolchoice@enroll.example>",
    subject="SchoolChoice results for Lily Tan-Whitaker",
    date="2026-03-20 17:00 -0600",
    body="""Dear Parent/Guardian,

Round 1 SchoolChoice results are now available. Lily has been placed on the
waitlist (#14) for Grade 3 at Meadow Creek Elementary. Unfortunately we were
unable to offer a seat in Round 1 at your first-choice school. You will be
notified if a seat becomes available.

Log in to the parent portal to view details.
""")

add("other", "", "Rahul", "Corporate Trainer", "en", "hard",
    "recruiter mass mailing; mentions interview and quick call",
    frm="Rahul Verma <rahul.v@prismitsolutions.example>",
    subject="Urgent Requirement || Corporate Trainer || Denver, CO (Hybrid) || C2C/W2",
    date="2025-10-29 08:47 -0500",
    body="""Hello,

Hope you are doing well. Please find the below requirement and let me know if you
are interested.

Role: Corporate Trainer
Location: Denver, CO (Hybrid, 3 days onsite)
Duration: 12+ months
Interview: Video

Please share your updated resume, visa status and expected rate. Available for a
quick call?

Thanks & Regards,
Rahul Verma
Prism IT Solutions
To unsubscribe from future emails reply with REMOVE.
""")

add("other", "", "Jess", "", "en", "hard", "friend's personal mail about her own interview and offer",
    frm="Jess Albright <jessalbright88@gmail.example>",
    subject="guess who has a second interview!!",
    date="2026-05-04 21:30 -0600",
    body="""Becca!!!

I have a second interview with that hospital system on Thursday!! I used your
STAR-method cheat sheet and the recruiter literally said my answers were "super
organized". If this turns into an offer I'm buying you tacos for a month.

How's your search going? Any word from the museum?

xo Jess
""")

add("other", "", "Marco", "", "en", "hard", "friend forwards a job posting",
    frm="Marco Delgado <marco.delgado@outlook.example>",
    subject="Fwd: Instructional Designer – Rocky Summit Health",
    date="2025-09-16 12:40 -0600",
    body="""Saw this and thought of you immediately. My cousin works there, says the L&D
team is great. Want me to ask if she can refer you?

-M

---------- Forwarded message ---------
From: Rocky Summit Health Careers <careers@rockysummit.example>
Subject: Instructional Designer – Rocky Summit Health

We're hiring an Instructional Designer to build onboarding and compliance
training for 6,000 employees. Hybrid in Aurora, CO. Apply by September 30.
""")

add("other", "", "", "", "en", "hard", "webinar on interview skills",
    frm="Teachers Who Pivot <events@teacherspivot.example>",
    subject="Tonight: Acing the instructional design interview (free webinar)",
    date="2026-01-22 10:00 -0700", headers=BULK,
    body="""Join us tonight at 6 PM MT for a free webinar: "Acing the Instructional Design
Interview." We'll cover portfolio walkthroughs, take-home assignments, and how to
talk about classroom experience in corporate terms.

Register: https://teacherspivot.example/webinar
""")

add("other", "", "", "", "en", "hard", "teaching license renewal 'application received'",
    frm="Colorado Dept. of Education Licensing <licensing@cde-licensing.example>",
    subject="Your license renewal application has been received",
    date="2025-05-28 10:25 -0600",
    body="""Dear Rebecca Tan-Whitaker,

Your application to renew your Professional Teacher License (Secondary Mathematics,
Grades 7-12) has been received and is under review. Processing typically takes
6-8 weeks. You will be notified by email when a decision has been made.

Educator Licensing
""")

add("other", "", "Evelyn", "", "en", "hard", "graduate certificate admission 'offer'",
    frm="Evelyn Park <gradadmissions@frontrange-u.example>",
    subject="Congratulations – Admission to the Graduate Certificate in Learning Design",
    date="2025-04-03 15:00 -0600",
    body="""Dear Rebecca,

Congratulations! We are delighted to offer you admission to the Graduate
Certificate in Learning Design and Technology, beginning Summer 2025. Please
accept your offer of admission in the applicant portal by April 20.

Evelyn Park
Graduate Admissions Coordinator
""")

add("other", "", "", "", "en", "hard", "loan application 'unable to approve'",
    frm="Peakview Auto Finance <notices@peakviewfinance.example>",
    subject="Notice regarding your credit application",
    date="2026-08-28 11:11 -0600",
    body="""Dear Rebecca Tan-Whitaker,

Thank you for your recent application for an auto loan. We regret that we are
unable to approve your application at this time. The principal reasons for our
decision are listed below. You have the right to a free copy of your credit report
within 60 days.

Peakview Auto Finance
""")

add("other", "", "", "", "en", "easy", "subscription receipt",
    frm="Canva <receipts@canva.example>",
    subject="Your receipt from Canva",
    date="2025-01-17 04:20 -0700",
    body="""Receipt #4471-0093

Canva Pro (monthly) ........ $14.99
Tax ........................ $1.22
Total ...................... $16.21

Paid with Visa ending 4417. Thank you!
""")

add("other", "", "Tomás", "", "en", "easy", "task notification from volunteer project",
    frm="Tomás Irigoyen via Trello <notifications@trello.example>",
    subject="Tomás Irigoyen assigned you to \"Rewrite volunteer tutor orientation\"",
    date="2025-08-30 10:05 -0600",
    body="""Tomás Irigoyen assigned you to the card "Rewrite volunteer tutor orientation" on
the board "Westside Tutoring Co-op".

Due: Sep 12
Comment: "Becca, you're the ID pro now, can you take a pass at this? 🙏"
""")

add("other", "", "", "", "en", "hard", "candidate-experience survey after a process",
    frm="Brightloom Learning <surveys@candidatepulse.example>",
    subject="How was your interview experience with Brightloom Learning?",
    date="2026-05-12 09:00 -0600", headers=BULK,
    body="""Hi Rebecca,

You recently interviewed with Brightloom Learning. We'd love 2 minutes of your
feedback on the process, whatever the outcome. Your answers are anonymous.

Take the survey: https://candidatepulse.example/s/brl-88
""")

add("other", "", "", "", "es", "easy", "Spanish newsletter for bilingual educators",
    frm="Red de Educadores Bilingües de Colorado <boletin@rebcolorado.example>",
    subject="Boletín de noviembre: talleres, becas y ofertas de empleo",
    date="2025-11-03 07:00 -0700", headers=BULK, cte="quoted-printable",
    body="""Boletín de noviembre

- Taller gratuito: diseño de unidades bilingües con enfoque UDL (15 de noviembre)
- Becas para el certificado de ESL: plazo hasta el 1 de diciembre
- Ofertas de empleo: tres escuelas bilingües de Denver buscan docentes y coordinadores

Para darse de baja, responda con BAJA.
""")

add("other", "", "", "", "en", "easy", "library hold notification",
    frm="Denver Metro Public Library <noreply@library.example>",
    subject="Your hold is ready for pickup",
    date="2026-07-01 09:15 -0600",
    body="""The following item is ready for pickup at Park Hill Branch:

  Design for How People Learn (2nd ed.)

Please pick it up by July 8.
""")

add("other", "", "Grace", "", "en", "hard", "meetup 'moved forward with a new venue'; 'cancelled' wording",
    frm="Grace Lindqvist <organizers@denverldmeetup.example>",
    subject="Change for Thursday's L&D meetup",
    date="2025-10-20 12:30 -0600",
    body="""Hi all,

Unfortunately our usual space cancelled on us, so we've moved forward with a new
venue: the community room at Tattered Pages Books. Same time, 6:30 PM. This
month's topic is "Interviewing SMEs without wasting their time."

See you there,
Grace, for the Denver L&D Meetup organizers
""")

add("other", "", "Liz", "", "en", "hard", "former colleague agrees to be a reference; mentions interview and offer",
    frm="Liz Carrington <lcarrington@k12mail.example>",
    subject="Re: reference?",
    date="2025-06-14 08:05 -0600",
    body="""Of course! Happy to be a reference. If they call me during your interview
process I'll tell them about the PD series you ran for the whole 7th grade team.
Fingers crossed for an offer!

Liz

> Hi Liz, would you be willing to serve as a reference for a few ID roles?
""")

add("other", "", "", "", "en", "hard", "career coaching session confirmation with definite time",
    frm="Pivot Coaching via Calendly <notifications@calendly.example>",
    subject="Confirmed: Resume review with Dana Whitlock on Tue, Feb 10, 2026 4:00pm",
    date="2026-02-03 20:12 -0700",
    body="""Hi Rebecca,

Your event is scheduled.

Event: 45 Minute Resume & LinkedIn Review
Invitee: Rebecca Tan-Whitaker
Date/Time: 4:00pm - 4:45pm, Tuesday, February 10, 2026 (Mountain Time)
Host: Dana Whitlock, Pivot Coaching

Reschedule or cancel using the links below.
""")

add("other", "", "Angela", "", "en", "hard", "current employer's intent-to-return form; contract wording",
    frm="Angela Mirabal <amirabal@crestviewms.example>",
    subject="Intent to Return 2026-27 – due Feb 27",
    date="2026-02-12 15:40 -0700",
    body="""Dear Crestview Middle School staff,

Please complete the Intent to Return form for the 2026-27 school year by
February 27. Returning teachers will receive contract renewals in April. If you
do not plan to return, please let me know so we can begin posting positions.

Thank you for all you do,
Angela Mirabal
Principal, Crestview Middle School
""")


def main() -> None:
    import random

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(ITEMS)))
    random.Random(44).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        it = ITEMS[idx]
        name = f"{n:03d}.eml"
        msg = _build(n, it)
        (OUT / name).write_bytes(msg.as_bytes(policy=POLICY))
        rows.append({"file": name, "label": it["label"], "company": it["company"],
                     "contact_first_name": it["contact"], "role": it["role"],
                     "return_date": it["ret"], "lang": it["lang"], "difficulty": it["diff"],
                     "notes": it["notes"], "interview_at": it["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
