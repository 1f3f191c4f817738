#!/usr/bin/env python3
"""Generate the blind28 labelled corpus (job seeker: Jaylen Okonkwo-Reyes, Austin TX).

Stdlib only. Writes tests/corpus/blind28/NNN.eml and tests/corpus/blind28/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.policy
import email.utils
import hashlib
import html as htmlmod
import random
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind28"
ME = Address("Jaylen Okonkwo-Reyes", addr_spec="jaylen.or.dev@gmail.com")
SPECS: list[dict] = []
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date",
          "lang", "difficulty", "notes", "interview_at"]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def when(stamp: str, off: str) -> dt.datetime:
    sign = -1 if off[0] == "-" else 1
    delta = dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(delta))


def m(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
      *, frm: tuple[str, str], subj: str, date: tuple[str, str], body: str,
      ret: str = "", iat: str = "", fmt: str = "plain", cte: str | None = None,
      html: str | None = None, hdrs: dict | None = None, irt: str | None = None,
      pdf: str | None = None, ics: str | None = None, reply_to: tuple[str, str] | None = None,
      to: Address | None = None) -> None:
    SPECS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                      diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body,
                      ret=ret, iat=iat, fmt=fmt, cte=cte, html=html, hdrs=hdrs or {}, irt=irt,
                      pdf=pdf, ics=ics, reply_to=reply_to, to=to))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(line) for line in p.split("\n")) + "</p>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            + "\n".join(out) + "\n</body></html>\n")


def ics_block(uid: str, start_utc: str, end_utc: str, summary: str, organizer: tuple[str, str],
              location: str, stamp: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Fictional Scheduler//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start_utc}", f"DTEND:{end_utc}",
        f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jaylen Okonkwo-Reyes:"
        "mailto:jaylen.or.dev@gmail.com", f"SUMMARY:{summary}", f"LOCATION:{location}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""])


def build(n: int, s: dict) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    name, addr = s["frm"]
    domain = addr.split("@", 1)[1]
    d = when(*s["date"])
    digest = hashlib.sha1(f"blind28-{n}-{s['subj']}".encode()).hexdigest()
    msg["Delivered-To"] = ME.addr_spec
    msg["Return-Path"] = f"<{addr}>"
    msg["From"] = Address(name, addr_spec=addr) if name else addr
    msg["To"] = s["to"] or ME
    if s["reply_to"]:
        msg["Reply-To"] = Address(s["reply_to"][0], addr_spec=s["reply_to"][1])
    msg["Subject"] = s["subj"]
    msg["Date"] = email.utils.format_datetime(d)
    msg["Message-ID"] = f"<{digest[:24]}.{n}@{domain}>"
    if s["irt"]:
        msg["In-Reply-To"] = s["irt"]
        msg["References"] = s["irt"]
    msg["MIME-Version"] = "1.0"
    for k, v in s["hdrs"].items():
        msg[k] = v
    body = s["body"].strip("\n") + "\n"
    html = s["html"] or to_html(body)
    kw = {"cte": s["cte"]} if s["cte"] else {}
    if s["fmt"] == "html":
        msg.set_content(html, subtype="html", **kw)
    elif s["fmt"] == "alt":
        msg.set_content(body, **kw)
        msg.add_alternative(html, subtype="html", **kw)
    else:
        msg.set_content(body, **kw)
    if s["ics"]:
        if s["fmt"] == "plain":
            msg.add_alternative(s["ics"], subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(s["ics"].encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": "REQUEST"})
    if s["pdf"]:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=s["pdf"])
    return msg



# ----------------------------------------------------------------------------- rejections
m("rejection", "Brightforge Labs", "", "Junior Software Engineer", "en", "easy", "Greenhouse template; 'won't be progressing'",
  frm=("Brightforge Labs", "no-reply@us.greenhouse-mail.io"),
  subj="Your application to Brightforge Labs", date=("2025-03-21 16:02", "-0500"),
  body="""Hi Jaylen,

Thank you for applying for the Junior Software Engineer position at Brightforge Labs and for the time you put into your application.

We had a lot of strong applicants for this opening, and after review we won't be progressing your application to the next stage.

We'll hang on to your details, and you're welcome to apply to future roles on our careers page.

All the best,
Brightforge Labs Recruiting""", fmt="alt")

m("rejection", "Stackwell", "Priya", "Software Engineer, Developer Experience", "en", "hard", "after final round; 'went a different direction'; mentions interviews",
  frm=("Priya Raman", "priya.raman@stackwell.dev"),
  subj="Following up - Stackwell final round", date=("2026-03-27 11:40", "-0700"),
  body="""Hi Jaylen,

Thanks again for spending most of Tuesday with us. The panel really enjoyed your system walkthrough, and Omar specifically called out how clearly you talked through the caching tradeoffs in the technical interview.

I wish I had better news. After the debrief the team went a different direction and chose a candidate with a couple more years running production infrastructure. It was a close call and I know that's not much comfort.

If you're open to it, I'd love to stay in touch; we expect to open more early-career seats in the fall.

Priya Raman
Technical Recruiter, Stackwell""")

m("rejection", "Ranchview Trust Bank", "", "Associate Application Developer", "en", "easy", "Workday; HTML only; position filled",
  frm=("Ranchview Trust Bank", "ranchview@myworkday.com"),
  subj="Update regarding your application - Associate Application Developer (R-0028841)", date=("2026-05-12 08:15", "-0500"),
  body="""Dear Jaylen,

Thank you for your interest in the Associate Application Developer position (R-0028841) at Ranchview Trust Bank.

We wanted to let you know that this position has been filled. We appreciate the time you invested in applying and encourage you to review other openings on our career site.

Sincerely,
Talent Acquisition
Ranchview Trust Bank

This is a system-generated message. Replies to this address are not monitored.""", fmt="html")

m("rejection", "Pedernales Valley ISD", "", "Data Systems Specialist", "en", "easy", "formal district letter; 'Dear Applicant'",
  frm=("PVISD Human Resources", "hr-noreply@pvisd.net"),
  subj="Application Status - Data Systems Specialist (Posting #2025-114)", date=("2025-07-29 14:00", "-0500"),
  body="""Dear Applicant,

Thank you for applying for the position of Data Systems Specialist (Posting #2025-114) with Pedernales Valley Independent School District.

The selection committee has completed its review and another applicant has been recommended for the position. Your application will remain active in our system for twelve (12) months for other positions for which you qualify.

We appreciate your interest in serving the students of Pedernales Valley ISD.

Office of Human Resources
Pedernales Valley ISD
1400 Ranch Road 12, Dripping Springs, TX""")

m("rejection", "Texas Commission on Rural Broadband", "", "Systems Analyst I", "en", "hard", "state Taleo status-change template; decision only in status line",
  frm=("TCRB Careers", "noreply@taleo.net"),
  subj="Application Status Change - Job Number 25-0317", date=("2025-11-18 10:22", "-0600"),
  body="""Texas Commission on Rural Broadband

The status of your application has changed.

Job Number: 25-0317
Job Title: Systems Analyst I
Applicant: Jaylen Okonkwo-Reyes
New Status: Not Selected - Applicant(s) more closely matching the posted qualifications were selected

Please note that only applicants selected for an interview are contacted by the hiring division. You may view all of your submissions by logging in to CAPPS Recruit.

Do not reply to this message.""",
  hdrs={"Auto-Submitted": "auto-generated"})

m("rejection", "Veridyn", "", "Software Engineer I, Early Career 2026", "en", "easy", "big tech template after online assessment; reapply in 6 months",
  frm=("Veridyn University Recruiting", "recruiting@careers.veridyn.com"),
  subj="Veridyn | Your Software Engineer I application", date=("2025-10-03 17:31", "-0700"),
  body="""Hi Jaylen,

Thanks for completing the online assessment for Software Engineer I, Early Career 2026.

We've carefully reviewed your results alongside your application, and we've determined this isn't the right match at this time. We won't be moving forward with your candidacy for this role.

Our hiring needs change often, so we encourage you to apply again in six months.

Veridyn University Recruiting""", fmt="alt",
  hdrs={"List-Unsubscribe": "<https://careers.veridyn.com/unsubscribe?c=8812>"})

m("rejection", "Ostrander Health", "Courtney", "Junior .NET Developer (contract-to-hire)", "en", "hard", "staffing recruiter relays client decision; 'going to pass'",
  frm=("Courtney Lamb", "clamb@techbridgetalent.com"),
  subj="RE: Ostrander - feedback", date=("2026-02-16 15:48", "-0600"), irt="<CH2PR11MB4471.ostrander.feedback@techbridgetalent.com>",
  body="""Hey Jaylen,

Just got off the phone with the Ostrander hiring manager. They liked you personally but they're going to pass; they want someone who has already worked in a HIPAA environment with Entity Framework in production.

I know that stings after two rounds. I've got another client in Round Rock that might be a better fit, I'll call you tomorrow.

Courtney Lamb | Senior Technical Recruiter
TechBridge Talent Partners
(512) 555-0147""")

m("rejection", "Marigold & Finch", "Dana", "Front-End Developer", "en", "hard", "very short personal note; no rejection keywords",
  frm=("Dana Whitcombe", "dana@marigoldfinch.co"),
  subj="Re: Front-End Developer", date=("2025-06-04 18:12", "-0500"), irt="<CAL8x1Yt7mf@mail.gmail.com>",
  body="""Jaylen - thanks for the time last week. We've decided to go with someone who has more Shopify Liquid experience under their belt. Good luck out there, you'll land somewhere great.

— Dana""")

m("rejection", "Ferngrove AI", "", "Software Engineer, Platform (Early Career)", "en", "easy", "Lever template",
  frm=("Ferngrove AI", "no-reply@hire.lever.co"),
  subj="Ferngrove AI - Software Engineer, Platform (Early Career)", date=("2025-09-09 12:05", "-0700"),
  body="""Hi Jaylen,

Thank you for your interest in Ferngrove AI and the Software Engineer, Platform (Early Career) role.

After reviewing your background, we've decided to pursue other applicants whose experience more closely matches what the team needs right now.

We appreciate you considering us and wish you the best in your search.

The Ferngrove AI Talent Team""")

m("rejection", "Quillon Health", "Marcus", "Associate Software Engineer", "en", "hard", "no plus referral offer; 'this one didn't work out'",
  frm=("Marcus Adeyemi", "marcus.adeyemi@quillonhealth.com"),
  subj="Quick note from Marcus at Quillon", date=("2026-04-02 09:05", "-0400"),
  body="""Hi Jaylen,

I wanted to write to you directly rather than let the system do it. This one didn't work out: we're filling the Associate Software Engineer seat with an internal transfer from our data team.

You interviewed really well, and I mean that. A friend of mine runs the mobile team at a health-tech company here in Austin and is hiring juniors; if you want an intro, reply and I'll connect you two this week.

Best,
Marcus Adeyemi
Engineering Manager, Patient Apps | Quillon Health""")

m("rejection", "Tallowbird", "", "Junior Full-Stack Developer", "en", "easy", "Workable template",
  frm=("Tallowbird", "noreply@candidates.workablemail.com"),
  subj="Your application for Junior Full-Stack Developer at Tallowbird", date=("2025-10-01 10:44", "+0100"),
  body="""Hi Jaylen,

Thanks for applying for the Junior Full-Stack Developer role at Tallowbird. We've now reviewed all applications and, unfortunately, we will not be moving forward with yours.

We know job hunting takes effort and we're grateful you thought of us.

Kind regards,
Tallowbird Hiring Team

Powered by Workable""", fmt="alt")

m("rejection", "Grupo Tlaloc Software", "Ximena", "Desarrollador Web Jr.", "es", "easy", "Spanish",
  frm=("Ximena Carbajal", "ximena.carbajal@tlalocsoftware.mx"),
  subj="Seguimiento a tu proceso - Desarrollador Web Jr.", date=("2026-03-19 13:30", "-0600"),
  body="""Hola Jaylen:

Muchas gracias por tu tiempo durante la entrevista técnica y por el interés en Grupo Tlaloc Software.

Después de revisar con el equipo, lamentamos informarte que en esta ocasión no continuarás en el proceso para la vacante de Desarrollador Web Jr. Elegimos a una persona con más experiencia en Angular.

Guardaremos tu CV para futuras vacantes.

Saludos cordiales,
Ximena Carbajal
Atracción de Talento
Grupo Tlaloc Software S.A. de C.V.""", cte="quoted-printable")

m("rejection", "Cognelis", "Élodie", "Développeur Full-Stack Junior (H/F)", "fr", "easy", "French",
  frm=("Élodie Marchand", "elodie.marchand@cognelis.fr"),
  subj="Votre candidature chez Cognelis", date=("2026-02-10 09:12", "+0100"),
  body="""Bonjour Jaylen,

Nous vous remercions pour l'intérêt que vous portez à Cognelis et pour votre candidature au poste de Développeur Full-Stack Junior (H/F).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Le poste requiert une maîtrise du français professionnel au quotidien.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Élodie Marchand
Chargée de recrutement - Cognelis SAS""")

m("rejection", "Saltmarsh Games", "Rhiannon", "Gameplay Tools Programmer (Junior)", "en", "hard", "rejection reply quoting the earlier interview invitation",
  frm=("Rhiannon Price", "rhiannon@saltmarshgames.com"),
  subj="Re: Interview invitation - Gameplay Tools Programmer (Junior)", date=("2025-11-06 16:20", "+0000"),
  irt="<tt-8841-invite@saltmarshgames.teamtailor-mail.com>",
  body="""Hi Jaylen,

Thank you for chatting with Euan and me on Monday. We've had a long think and we're not going to take your application further; we've decided to focus on candidates who have shipped a Unity editor tool in production.

Your Godot jam project was genuinely fun, by the way.

Cheers,
Rhiannon

On Tue, 28 Oct 2025 at 10:03, Saltmarsh Games <noreply@teamtailor-mail.com> wrote:
> Hi Jaylen,
>
> Great news! We'd love to invite you to an interview for the Gameplay Tools
> Programmer (Junior) role. Please pick a time that suits you using the link
> below.
>
> https://saltmarshgames.teamtailor.com/interviews/88417
>
> Looking forward to speaking soon!
> Rhiannon, Saltmarsh Games""")

m("rejection", "Parcelwise", "", "Backend Developer (Node.js)", "en", "easy", "Recruitee; role filled after interview",
  frm=("Parcelwise", "jobs@parcelwise.recruitee.com"),
  subj="Update on your application", date=("2025-12-15 11:00", "+0100"),
  body="""Hi Jaylen,

Thank you for interviewing for the Backend Developer (Node.js) position at Parcelwise.

We wanted to let you know that we have filled the position. Thank you once more for the time you spent with the team.

Best regards,
The Parcelwise team""", fmt="html")

m("rejection", "Kitebright", "Alana", "QA Automation Engineer", "en", "hard", "'great fit for the company but not this role'",
  frm=("Alana Kahale", "alana@kitebright.io"),
  subj="Kitebright QA role", date=("2026-01-23 14:51", "-0800"),
  body="""Hi Jaylen,

I really appreciated our conversations over the last few weeks. Everyone who met you thought you'd be a great fit for Kitebright culturally, but for this particular QA Automation Engineer role we need someone who can own our Playwright suite from day one, and we don't think that's the right match at this time.

I'd genuinely like to keep your resume on file for our next junior developer opening.

Warmly,
Alana Kahale
People & Talent, Kitebright""")

m("rejection", "Tanager Robotics", "", "Junior Embedded Software Engineer", "en", "easy", "SmartRecruiters template",
  frm=("Tanager Robotics", "notifications@smartrecruiters.com"),
  subj="Tanager Robotics: Junior Embedded Software Engineer application", date=("2025-04-24 07:55", "-0400"),
  body="""Dear Jaylen,

Thank you for your interest in the Junior Embedded Software Engineer position at Tanager Robotics.

After careful consideration, we regret to let you know that we have decided not to move forward with your application at this time.

We wish you every success in your job search.

Tanager Robotics Talent Acquisition""", fmt="alt")

m("rejection", "Emberlane Insurance", "", "Software Developer I", "en", "easy", "Taleo template; do-not-reply footer",
  frm=("Emberlane Insurance Careers", "emberlane@taleo.net"),
  subj="Status of your application: Software Developer I", date=("2025-12-02 09:30", "-0600"),
  body="""Dear Jaylen Okonkwo-Reyes,

Thank you for your interest in the Software Developer I opportunity at Emberlane Insurance.

We have reviewed your qualifications and have selected other candidates whose background more closely aligns with the requirements of the position.

We encourage you to continue exploring career opportunities with Emberlane.

Emberlane Insurance Talent Acquisition

This email was sent from an unattended mailbox. Please do not reply.""", fmt="alt", cte="base64")

m("rejection", "Basalt & Pine", "Leo", "Junior WordPress Developer", "en", "hard", "rejection plus invitation to future interviews",
  frm=("Leo Hartmann", "leo@basaltandpine.com"),
  subj="Basalt & Pine - WordPress role", date=("2025-05-30 10:10", "-0500"),
  body="""Hey Jaylen,

Thanks for sending over the plugin sample. We've gone with another developer for the Junior WordPress Developer role, mostly because we needed someone who could start this month.

That said, we'd love to have you interview for the next opening when we staff up for the fall, so don't be a stranger.

Leo
Basalt & Pine | Creative Technology""")

m("rejection", "Corvid Assurance", "", "Junior Data Engineer", "en", "hard", "sent from parent company's iCIMS domain; company only in body",
  frm=("Halberd Holdings Careers", "careers-noreply@halberdholdings.icims.com"),
  subj="Your application - Req 7734", date=("2026-06-08 13:13", "-0400"),
  body="""Hello Jaylen,

Thank you for your interest in the Junior Data Engineer role with Corvid Assurance, a Halberd Holdings company.

We have reviewed your application and will not be moving forward at this time. This decision is final for Req 7734.

Thank you for considering a career with us.

Corvid Assurance Talent Acquisition""")

m("rejection", "Coppervale Logistics", "Derek", "Application Support Analyst", "en", "hard", "agency recruiter forwards hiring manager's decision",
  frm=("Derek Solano", "derek.solano@luminstaffing.com"),
  subj="FW: Candidate feedback - J. Okonkwo-Reyes", date=("2025-08-26 16:37", "-0500"),
  body="""Jaylen, see below from Coppervale. Sorry, man. Let's talk Thursday about the two other reqs I mentioned.

Derek Solano
Lumin Staffing Group

-----Original Message-----
From: Patrice Vogel <pvogel@coppervale.com>
Sent: Tuesday, August 26, 2025 3:58 PM
To: Derek Solano <derek.solano@luminstaffing.com>
Subject: Candidate feedback - J. Okonkwo-Reyes

Derek,

Thanks for sending Jaylen over for the Application Support Analyst role. Nice guy, good energy, but we're going to pass. We need somebody who has done on-call support for a WMS and he isn't there yet.

Patrice Vogel
IT Manager, Coppervale Logistics""")

m("rejection", "Plumtree Digital", "Nico", "Junior Developer", "en", "hard", "curt; no rejection keywords",
  frm=("Nico Ferrante", "nico@plumtree.digital"),
  subj="re: junior dev", date=("2025-02-18 19:44", "-0600"), irt="<CAO2j9Kx1@mail.gmail.com>",
  body="""hi jaylen, we filled the junior dev spot last week. thanks for your patience.

nico""")

m("rejection", "Orrery Analytics", "Theo", "Junior Data Engineer", "en", "hard", "after take-home; cancels the scheduled follow-up interview",
  frm=("Theo Lindgren", "theo@orreryanalytics.com"),
  subj="Your take-home for Orrery", date=("2026-01-14 12:26", "-0800"),
  body="""Hi Jaylen,

Thanks for turning the take-home around so quickly. The team reviewed it yesterday and we've decided not to move forward. The pipeline worked, but the tests and the data-quality checks weren't where we need them to be for this role.

Because of that, I'm cancelling the follow-up interview we had on the calendar for Thursday. I'm sorry to bring disappointing news.

Best,
Theo Lindgren
Head of Data Engineering, Orrery Analytics""")

m("rejection", "Pixelsmith Studio", "Tomás", "Junior Front-End Developer", "en", "hard", "'let's keep in touch' after a no; multipart",
  frm=("Tomás Ibarra", "tomas@pixelsmith.studio"),
  subj="Pixelsmith + you", date=("2026-07-21 17:05", "-0500"),
  body="""Hi Jaylen,

Thanks for meeting the crew on Friday. You clearly care about accessibility, and that came through in your portfolio walk-through.

We've made the call to hire someone a bit further along for the Junior Front-End Developer position, so we're closing things out on our side. I hope it's okay if I keep you on my list; I'd love to keep in touch and send contract work your way when we're swamped.

Tomás Ibarra
Studio Lead · Pixelsmith Studio""", fmt="alt")

m("rejection", "Helix Datenwerk GmbH", "Katharina", "Junior Softwareentwickler (m/w/d)", "de", "easy", "German; Personio",
  frm=("Helix Datenwerk GmbH", "noreply@helix-datenwerk.jobs.personio.de"),
  subj="Ihre Bewerbung als Junior Softwareentwickler (m/w/d)", date=("2025-09-30 15:20", "+0200"),
  body="""Hallo Jaylen,

vielen Dank für Ihr Interesse an der Position Junior Softwareentwickler (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil besser zu den Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katharina Vogt
People Team, Helix Datenwerk GmbH""")

m("rejection", "Cinderhill Media", "Bea", "Junior Ruby on Rails Developer", "en", "hard", "'offered the role to another candidate'; 'offer' keyword",
  frm=("Bea Castellanos", "bea@cinderhillmedia.com"),
  subj="Rails role update", date=("2026-04-06 10:48", "-0500"),
  body="""Hi Jaylen,

Thank you for the pairing session last month. I'm writing to let you know we've offered the Junior Ruby on Rails Developer role to another candidate, who has accepted.

I appreciated how you talked through your approach while we paired. Best of luck with the search.

Bea Castellanos
Engineering Lead, Cinderhill Media""")


# ----------------------------------------------------------------------------- on hold
m("on_hold", "Loomstack", "Gwen", "Junior Platform Engineer", "en", "easy", "explicit hiring freeze",
  frm=("Gwen Okafor-Smith", "gwen@loomstack.com"),
  subj="Junior Platform Engineer - hiring freeze", date=("2025-04-10 13:02", "-0400"),
  body="""Hi Jaylen,

I have to share an update I'm not thrilled about. As of this morning Loomstack has put a company-wide hiring freeze in place, and that includes the Junior Platform Engineer search. This has nothing to do with you; you were moving toward the final round.

If the freeze lifts this summer I'll reach out first thing.

Gwen Okafor-Smith
Recruiting Lead, Loomstack""")

m("on_hold", "Texas Commission on Rural Broadband", "", "Programmer I (GIS Support)", "en", "hard", "posting cancelled; reads like ATS rejection",
  frm=("TCRB Careers", "noreply@taleo.net"),
  subj="Application Status Change - Job Number 26-0058", date=("2026-02-26 09:41", "-0600"),
  body="""Texas Commission on Rural Broadband

The status of your application has changed.

Job Number: 26-0058
Job Title: Programmer I (GIS Support)
Applicant: Jaylen Okonkwo-Reyes
New Status: Posting Cancelled - This position will not be filled at this time

Applicants for cancelled postings are no longer under consideration for this job number. If the position is reposted, you will need to submit a new application.

Do not reply to this message.""",
  hdrs={"Auto-Submitted": "auto-generated"})

m("on_hold", "Veridyn", "Jordan", "Software Engineer I (Cloud Tools)", "en", "easy", "requisition closed; headcount reallocated",
  frm=("Jordan Pike", "jpike@veridyn.com"),
  subj="Veridyn Cloud Tools - update on the req", date=("2025-11-20 15:30", "-0800"),
  body="""Hi Jaylen,

Quick and honest update: the headcount for the Cloud Tools Software Engineer I opening was reallocated to another org during planning, so we've closed the requisition before making any hire. I know you were waiting on next steps after the phone screen, and I'm sorry the timing worked out this way.

I've tagged your profile so other Veridyn recruiters can see it.

Jordan Pike
University & Early Career Recruiting, Veridyn""")

m("on_hold", "Nubeira Tecnologías", "Marta", "Desarrollador/a Backend Junior", "es", "easy", "Spanish; budget pause",
  frm=("Marta Gil Navarro", "marta.gil@nubeira.es"),
  subj="Proceso Desarrollador/a Backend Junior - actualización", date=("2025-11-04 12:15", "+0100"),
  body="""Hola Jaylen,

Te escribo para contarte que hemos tenido que pausar el proceso de selección para la posición de Desarrollador/a Backend Junior. La dirección ha revisado el presupuesto del próximo trimestre y, por ahora, no vamos a incorporar a nadie en este puesto.

No tiene nada que ver con tu candidatura; el equipo quedó muy contento con la entrevista. Si se reactiva, serás de las primeras personas a las que contactemos.

Un saludo,
Marta Gil Navarro
Talent Acquisition · Nubeira Tecnologías S.L.""")

m("on_hold", "Oxbow Civic Tech", "Renata", "Civic Tech Fellow (Software)", "en", "easy", "grant lost; search paused",
  frm=("Renata Solís", "renata@oxbowcivic.org"),
  subj="Pausing our Fellow search", date=("2025-06-18 11:25", "-0500"),
  body="""Hi Jaylen,

I'm writing to everyone still in our process for the Civic Tech Fellow (Software) role. One of the grants that funds the fellowship was not renewed, so we are pausing this search indefinitely.

You were one of our top candidates, and I want to be clear this isn't a reflection on you. If funding comes through in the fall we'll restart and contact you directly.

With gratitude,
Renata Solís
Executive Director, Oxbow Civic Tech""")

m("on_hold", "Sundial Freight Software", "", "Associate Software Engineer", "en", "hard", "'no longer open' template reads like rejection",
  frm=("Sundial Freight Software", "no-reply@us.greenhouse-mail.io"),
  subj="Your application to Sundial Freight Software", date=("2026-08-05 09:00", "-0500"),
  body="""Hi Jaylen,

Thanks for your interest in the Associate Software Engineer position at Sundial Freight Software.

We're reaching out to let you know that the position you applied for is no longer open, so we are unable to continue with your application. The role was closed due to a change in business needs, not because of your qualifications.

Thank you for thinking of Sundial.

Sundial Freight Software Recruiting""", fmt="alt")

m("on_hold", "Tern & Tide Travel", "Hollis", "Junior Software Developer", "en", "hard", "freeze announced in a reply; quoted part schedules the final interview",
  frm=("Hollis Brandt", "hollis.brandt@ternandtide.com"),
  subj="RE: Final interview - Junior Software Developer", date=("2026-01-09 08:47", "-0600"),
  irt="<BY5PR04MB7012.final@ternandtide.com>",
  body="""Jaylen,

I have to pull the final interview we'd set for next Wednesday. Leadership froze all engineering hiring through the end of Q1 while they rework the product roadmap, and our req is on hold until then.

I'm sorry for the whiplash. I'll reach out as soon as it's reopened; you'd go straight back to the final round.

Hollis

________________________________
From: Hollis Brandt <hollis.brandt@ternandtide.com>
Sent: Monday, January 5, 2026 4:10 PM
To: Jaylen Okonkwo-Reyes <jaylen.or.dev@gmail.com>
Subject: Final interview - Junior Software Developer

Hi Jaylen, great news: we'd like you to come in for the final interview with our CTO on Wednesday, January 14 at 10:00 AM. Details to follow.""")

m("on_hold", "Aurelian Dental Group", "Courtney", "IT Applications Specialist", "en", "hard", "agency recruiter; client put role on hold",
  frm=("Courtney Lamb", "clamb@techbridgetalent.com"),
  subj="Aurelian update", date=("2026-03-12 10:19", "-0500"),
  body="""Hi Jaylen,

Heads-up on the IT Applications Specialist role at Aurelian Dental Group: they've put it on hold. They're in the middle of an acquisition and the new parent wants to review all open positions before anyone is hired, which could take 60-90 days.

You're still their top pick from our side. I'll ping you the second it moves.

Courtney Lamb | Senior Technical Recruiter
TechBridge Talent Partners""")

m("on_hold", "Falkenwerk Software GmbH", "Jonas", "Junior Backend Developer (Remote)", "en", "easy", "German company writing English; position not filled for now",
  frm=("Jonas Brückner", "jonas.brueckner@falkenwerk.de"),
  subj="Junior Backend Developer (Remote) - status", date=("2025-03-26 16:40", "+0100"),
  body="""Dear Jaylen,

Thank you for your patience. I want to give you an update on the Junior Backend Developer (Remote) position.

Due to a restructuring of our product teams we have decided not to fill this position for now. The process is stopped for all candidates. We will contact you if we reopen the role later this year.

Kind regards,
Jonas Brückner
Team Lead Backend
Falkenwerk Software GmbH""")

m("on_hold", "Pinyon Health Labs", "Imani", "Software Engineer I", "en", "hard", "paused pending funding; mentions next round and 'keep your resume'",
  frm=("Imani Roberts", "imani@pinyonhealth.com"),
  subj="Re: next steps?", date=("2026-09-15 14:07", "-0500"), irt="<CAJ7pfQ2r@mail.gmail.com>",
  body="""Hi Jaylen,

Thanks for checking in. Honest answer: we're pausing this search until our Series B closes, which we hope happens before the end of October. Until then I can't schedule the next round for anybody.

I'll keep your resume at the top of the pile and follow up once we're cleared to hire again.

Imani Roberts
Co-founder & CTO, Pinyon Health Labs""")


# ----------------------------------------------------------------------------- interviews
m("interview", "Stackwell", "Priya", "Software Engineer, Developer Experience", "en", "easy", "Ashby confirmation with text/calendar part",
  iat="2026-02-26T15:00:00-06:00",
  frm=("Priya Raman", "priya.raman@stackwell.dev"),
  subj="Confirmed: Stackwell phone screen with Priya Raman", date=("2026-02-20 10:14", "-0800"),
  body="""Hi Jaylen,

You're all set for a 30-minute phone screen for the Software Engineer, Developer Experience role.

When: Thursday, February 26, 2026, 3:00 PM - 3:30 PM CST
Where: Google Meet (link in the invite)

We'll talk about your background, the projects on your GitHub, and what you're looking for next. No prep needed.

Priya Raman
Technical Recruiter, Stackwell""",
  ics=ics_block("ashby-stackwell-7f1e", "20260226T210000Z", "20260226T213000Z",
                "Phone screen: Jaylen Okonkwo-Reyes <> Stackwell", ("Priya Raman", "priya.raman@stackwell.dev"),
                "https://meet.google.com/wkr-pzta-hqe", "20260220T181400Z"))

m("interview", "Quillon Health", "", "Associate Software Engineer", "en", "easy", "GoodTime link with slots to choose",
  frm=("Quillon Health Recruiting", "scheduling@goodtime.io"),
  subj="Please select your interview times - Quillon Health", date=("2026-03-04 09:30", "-0500"),
  body="""Hi Jaylen,

The Quillon Health team would like to move you forward to a technical interview for the Associate Software Engineer role. The interview is 60 minutes over Zoom with two engineers from the Patient Apps team.

Please choose from the available times using the link below. Times are shown in your local time zone.

https://quillonhealth.goodtime.io/select/3c91d7

Available windows:
- Tue, Mar 10: 11:00 AM, 2:00 PM
- Wed, Mar 11: 10:00 AM, 1:30 PM
- Thu, Mar 12: 3:00 PM

Quillon Health Recruiting
Sent via GoodTime""", fmt="alt")

m("interview", "Ranchview Trust Bank", "", "Associate Application Developer", "en", "easy", "Workday interview confirmation",
  iat="2026-04-14T10:00:00-05:00",
  frm=("Ranchview Trust Bank", "ranchview@myworkday.com"),
  subj="Interview Confirmation - Associate Application Developer", date=("2026-04-07 16:40", "-0500"),
  body="""Dear Jaylen,

Your interview for Associate Application Developer (R-0028841) has been confirmed.

Date: Tuesday, April 14, 2026
Time: 10:00 AM CT
Format: In person - Ranchview Trust Bank Operations Center, 9001 N MoPac Expy, Building 2, Austin, TX
Interviewers: Glenn Hardesty, Application Development Manager; Sunita Rao, Senior Developer

Please bring a government-issued ID for building check-in.

Talent Acquisition
Ranchview Trust Bank""", fmt="html")

m("interview", "Pedernales Valley ISD", "Lorraine", "Web Developer (Technology Services)", "en", "easy", "panel interview at district office",
  iat="2025-06-12T13:30:00-05:00",
  frm=("Lorraine Whitley", "lorraine.whitley@pvisd.net"),
  subj="Interview - Web Developer (Technology Services)", date=("2025-06-05 10:05", "-0500"),
  body="""Good morning Mr. Okonkwo-Reyes,

The Technology Services department would like to invite you to a panel interview for the Web Developer position.

Date: Thursday, June 12, 2025
Time: 1:30 p.m.
Location: PVISD Central Office, Board Room B

The panel will include the Director of Technology, the Communications Coordinator, and a campus representative. Please plan for about 45 minutes. Kindly confirm your attendance by replying to this email.

Respectfully,
Lorraine Whitley
Administrative Assistant, Technology Services
Pedernales Valley ISD""")

m("interview", "Veridyn", "", "Software Engineer I, Early Career 2026", "en", "easy", "ModernLoop virtual onsite confirmation (Pacific time)",
  iat="2025-10-22T09:00:00-07:00",
  frm=("Veridyn Interview Scheduling", "scheduling@modernloop.io"),
  subj="Your Veridyn virtual onsite is confirmed", date=("2025-10-14 12:00", "-0700"),
  body="""Hi Jaylen,

Your virtual onsite for Software Engineer I, Early Career 2026 is confirmed.

Wednesday, October 22, 2025
9:00 AM - 1:15 PM Pacific Time

9:00 AM   Coding 1 (45 min)
10:00 AM  Coding 2 (45 min)
11:00 AM  Lunch break
11:45 AM  System design fundamentals (45 min)
12:45 PM  Behavioral (30 min)

Each session has its own video link in the calendar invite. If you need to reschedule, reply to this email at least 48 hours in advance.

Veridyn Recruiting Coordination
Scheduled with ModernLoop""", fmt="alt")

m("interview", "Marigold & Finch", "Dana", "Front-End Developer", "en", "hard", "'hop on a call tomorrow'; no word interview",
  iat="2025-05-14T10:30:00-05:00",
  frm=("Dana Whitcombe", "dana@marigoldfinch.co"),
  subj="your portfolio", date=("2025-05-13 15:22", "-0500"),
  body="""Hey Jaylen,

Saw your portfolio come through for the Front-End Developer opening. The recipe-app case study is exactly the kind of thing we do for clients.

Could you hop on a call tomorrow at 10:30? Should only take 20 minutes or so. I'll call the number on your resume unless you'd prefer Meet.

— Dana
Head of Engineering, Marigold & Finch""")

m("interview", "Ferngrove AI", "Hana", "Software Engineer, Applied ML Tools (Early Career)", "en", "easy", "take-home plus review session",
  frm=("Hana Sato", "hana@ferngrove.ai"),
  subj="Ferngrove AI - take-home + next interview", date=("2026-06-16 13:50", "-0700"),
  body="""Hi Jaylen,

Thanks for a great intro call! The next step is a short take-home: build a small CLI that evaluates prompts against a CSV of expected outputs. Please keep it to about three hours. The repo link is below.

https://github.com/ferngrove-hiring/eval-cli-exercise

Once you submit, we'll book a 60-minute interview where you walk two engineers through your solution. You'll get a scheduling link the day you send it in.

Hana Sato
Engineering Manager, Ferngrove AI""")

m("interview", "Tallowbird", "Mercy", "Junior Full-Stack Developer", "en", "hard", "reschedule in a thread; new time Friday 3pm ET",
  iat="2025-09-19T15:00:00-04:00",
  frm=("Mercy Okonjo", "mercy@tallowbird.com"),
  subj="Re: Technical interview Thursday", date=("2025-09-15 09:18", "-0400"), irt="<tb-interview-4410@tallowbird.com>",
  body="""Hi Jaylen,

Our lead dev got pulled onto a client launch on Thursday. Could we push your technical interview to Friday at 3pm ET instead? Same Zoom link, same format.

Sorry for the shuffle, and thanks for being flexible.

Mercy

> On Sep 10, 2025, Mercy Okonjo wrote:
> Looking forward to Thursday at 1pm ET! Zoom link below.""")

m("interview", "Grupo Tlaloc Software", "Ximena", "Desarrollador Web Jr.", "es", "easy", "Spanish; Mexico City time stated",
  iat="2026-03-05T11:00:00-06:00",
  frm=("Ximena Carbajal", "ximena.carbajal@tlalocsoftware.mx"),
  subj="Invitación a entrevista técnica - Desarrollador Web Jr.", date=("2026-02-27 17:02", "-0600"),
  body="""Hola Jaylen:

¡Gracias por tu interés en Grupo Tlaloc Software! Nos gustaría invitarte a una entrevista técnica para la vacante de Desarrollador Web Jr.

Fecha: jueves 5 de marzo de 2026
Hora: 11:00 (hora del centro de México)
Plataforma: Google Meet (te enviaremos la liga un día antes)

La entrevista dura aproximadamente una hora e incluye un ejercicio práctico con JavaScript.

Por favor confírmanos tu asistencia respondiendo este correo.

Saludos,
Ximena Carbajal
Atracción de Talento""", cte="base64")

m("interview", "Nubeira Tecnologías", "Marta", "Desarrollador/a Backend Junior", "es", "hard", "Spanish; 'videollamada', no word entrevista; Madrid time",
  iat="2025-10-14T17:00:00+02:00",
  frm=("Marta Gil Navarro", "marta.gil@nubeira.es"),
  subj="Nubeira - charla con el equipo de backend", date=("2025-10-08 10:30", "+0200"),
  body="""Hola Jaylen,

Hemos revisado tu perfil para la posición de Desarrollador/a Backend Junior y nos encantaría conocerte.

Te propongo una videollamada con Álvaro, nuestro tech lead, el martes 14 de octubre a las 17:00 (hora peninsular española), que para ti serían las 10:00 en Austin. Serán unos 45 minutos para hablar de tu experiencia y de un par de ejercicios de Python.

¿Te va bien?

Un saludo,
Marta Gil Navarro
Talent Acquisition · Nubeira Tecnologías""")

m("interview", "Saltmarsh Games", "Rhiannon", "Gameplay Tools Programmer (Junior)", "en", "easy", "Teamtailor self-scheduling link",
  frm=("Saltmarsh Games", "noreply@teamtailor-mail.com"), reply_to=("Rhiannon Price", "rhiannon@saltmarshgames.com"),
  subj="Interview invitation - Gameplay Tools Programmer (Junior)", date=("2025-10-28 10:03", "+0000"),
  body="""Hi Jaylen,

Great news! We'd love to invite you to an interview for the Gameplay Tools Programmer (Junior) role. Please pick a time that suits you using the link below.

https://saltmarshgames.teamtailor.com/interviews/88417

Looking forward to speaking soon!
Rhiannon, Saltmarsh Games""", fmt="alt")

m("interview", "Ostrander Health", "Courtney", "Junior .NET Developer (contract-to-hire)", "en", "hard", "staffing recruiter arranges client interview",
  iat="2026-02-09T13:00:00-06:00",
  frm=("Courtney Lamb", "clamb@techbridgetalent.com"),
  subj="Ostrander wants to meet you!", date=("2026-02-05 11:33", "-0600"),
  body="""Jaylen!!

Ostrander Health reviewed your profile and they want to meet. I locked in Monday 2/9 at 1pm Central on Teams with their dev manager and a senior engineer. They'll ask about C#, SQL, and how you debug. Invite coming from their side.

Call me after if you can, I want to hear how it went.

Courtney Lamb | Senior Technical Recruiter
TechBridge Talent Partners""")

m("interview", "Halfmoon Outfitters", "", "IT Support Technician", "en", "hard", "Paradox conversational assistant confirmation; bot signer",
  iat="2025-08-02T11:00:00-05:00",
  frm=("Halfmoon Outfitters Careers", "halfmoon@paradox.ai"),
  subj="Your interview with Halfmoon Outfitters is scheduled", date=("2025-07-29 19:05", "-0500"),
  body="""Hi Jaylen! This is Olivia, the virtual recruiting assistant for Halfmoon Outfitters.

Your interview for IT Support Technician is scheduled for Sat, Aug 2 at 11:00 AM.

Location: Halfmoon Outfitters Store #118, 3300 Bee Caves Rd, Austin, TX
Ask for: Store IT Lead

Need to reschedule? Just reply to this message and I'll help you find a new time.""", fmt="html")

m("interview", "Kitebright", "Alana", "QA Automation Engineer", "en", "hard", "'video conversation', asks for availability; no word interview",
  frm=("Alana Kahale", "alana@kitebright.io"),
  subj="Kitebright - next step", date=("2025-12-09 11:11", "-0800"),
  body="""Hi Jaylen,

Thanks for applying to the QA Automation Engineer role! I'd love to set up a 30-minute video conversation with Priscilla, our QA lead, so you can learn more about how we test and she can hear about your Cypress work.

Could you send me two or three windows that work for you next week? We're flexible on time zones.

Warmly,
Alana Kahale
People & Talent, Kitebright""")

m("interview", "Orrery Analytics", "Theo", "Junior Data Engineer", "en", "hard", "casual Calendly link from hiring manager",
  frm=("Theo Lindgren", "theo@orreryanalytics.com"),
  subj="Orrery data eng - grab some time?", date=("2025-12-03 08:44", "-0800"),
  body="""Hey Jaylen,

Your dbt project on GitHub caught my eye. Want to grab 30 minutes to talk about the Junior Data Engineer role? Pick whatever works on my Calendly:

https://calendly.com/theo-orrery/30min

Theo
Head of Data Engineering, Orrery Analytics""")

m("interview", "Juniper Loop", "Shawna", "Support Engineer I", "en", "easy", "onsite itinerary with definite time",
  iat="2026-01-16T09:30:00-06:00",
  frm=("Shawna Breckenridge", "shawna.b@juniperloop.com"),
  subj="Your onsite at Juniper Loop - Friday 1/16", date=("2026-01-12 14:25", "-0600"),
  body="""Hi Jaylen,

Your onsite for Support Engineer I is confirmed for Friday, January 16, 2026 at 9:30 AM at our office, 601 Congress Ave, Suite 1100. Check in at the front desk on the 11th floor.

9:30  Welcome and coffee with me
9:45  Troubleshooting exercise with Dmitri
10:45 API debugging session with Ana
11:45 Lunch with the support team
12:45 Conversation with Renée, Director of Support

Business casual is fine. Parking validation is available in the Congress garage.

Shawna Breckenridge
Recruiting Coordinator, Juniper Loop""", fmt="alt", cte="quoted-printable")

m("interview", "Wrenfield", "", "Associate Software Engineer", "en", "easy", "iCIMS calendar invite from parent company domain",
  iat="2026-03-17T14:00:00-05:00",
  frm=("Castellan Group Recruiting", "recruiting@castellangroup.com"),
  subj="Invitation: Technical Interview - Wrenfield | Tue Mar 17, 2026 2:00pm - 3:00pm (CDT)", date=("2026-03-10 09:02", "-0500"),
  body="""You have been invited to the following event.

Technical Interview - Wrenfield (Associate Software Engineer)
When: Tue Mar 17, 2026 2:00pm - 3:00pm Central Time - Chicago (CDT)
Where: Microsoft Teams
Who: Jaylen Okonkwo-Reyes; Kofi Mensah (Wrenfield Engineering); Castellan Group Recruiting

Wrenfield is a Castellan Group company.""",
  ics=ics_block("icims-castellan-2291", "20260317T190000Z", "20260317T200000Z",
                "Technical Interview - Wrenfield", ("Castellan Group Recruiting", "recruiting@castellangroup.com"),
                "Microsoft Teams", "20260310T140200Z"))

m("interview", "Birchpoint Software", "Ines", "Junior Software Engineer", "en", "hard", "one-line confirmation in thread; relative time 'tomorrow'",
  iat="2025-07-10T16:15:00-05:00",
  frm=("Ines Calloway", "ines@birchpoint.io"),
  subj="Re: Birchpoint - final conversation", date=("2025-07-09 08:02", "-0500"), irt="<CAEk3n0Zq1@mail.gmail.com>",
  body="""Great, locked in for 4:15 tomorrow. I'll send a Zoom link this afternoon. You'll meet me and Harlan, our CTO.

Ines

On Tue, Jul 8, 2025 at 9:41 PM Jaylen Okonkwo-Reyes <jaylen.or.dev@gmail.com> wrote:
> Hi Ines, thanks! Thursday after 4 works for me.""")

m("interview", "Parcelwise", "Sanne", "Backend Developer (Node.js)", "en", "easy", "Recruitee; CET time stated",
  iat="2025-12-04T16:00:00+01:00",
  frm=("Sanne de Vries", "sanne@parcelwise.eu"),
  subj="Technical interview Parcelwise - Thursday 4 December", date=("2025-11-27 11:40", "+0100"),
  body="""Hi Jaylen,

Thanks for the nice first call. We'd like to invite you to the technical interview for the Backend Developer (Node.js) position.

When: Thursday 4 December 2025, 16:00 CET (09:00 in Austin)
Where: Google Meet
With: Bram and Joost from the platform team

Expect a 30-minute code review of a small Express service and a 30-minute discussion.

Groetjes,
Sanne de Vries
Talent Partner, Parcelwise""")

m("interview", "Cinderhill Media", "Bea", "Junior Ruby on Rails Developer", "en", "hard", "'pairing session'; no word interview",
  iat="2026-03-23T11:00:00-05:00",
  frm=("Bea Castellanos", "bea@cinderhillmedia.com"),
  subj="Re: pairing session", date=("2026-03-18 16:12", "-0500"), irt="<CAB91xNfx@mail.gmail.com>",
  body="""Hi Jaylen,

Monday at 11am Central works great. We'll pair for about 90 minutes on a small feature in one of our internal Rails apps. Make sure you have Ruby 3.3 installed and can share your screen on Zoom.

Zoom: https://zoom.us/j/81234409921

Bea""")

m("interview", "Tanager Robotics", "Farid", "Junior Embedded Software Engineer", "en", "easy", "phone screen 'next week', no definite time",
  frm=("Farid Haddad", "farid.haddad@tanagerrobotics.com"),
  subj="Phone screen - Junior Embedded Software Engineer", date=("2025-04-03 10:37", "-0400"),
  body="""Hi Jaylen,

I'm the hiring manager for the Junior Embedded Software Engineer role. I'd like to set up a 30-minute phone screen next week. Does Tuesday or Wednesday afternoon work for you? Let me know a time and the best number to reach you.

Thanks,
Farid Haddad
Firmware Lead, Tanager Robotics""")

m("interview", "Emberlane Insurance", "Celeste", "Software Developer I", "en", "hard", "reschedule: two times mentioned, new one counts",
  iat="2025-10-30T14:00:00-05:00",
  frm=("Celeste Tran", "celeste.tran@emberlane.com"),
  subj="Change of time: Software Developer I interview", date=("2025-10-27 08:58", "-0500"),
  body="""Good morning Jaylen,

One of the interviewers has a conflict with Wednesday at 10:00 AM, so we need to move your interview for Software Developer I. The new time is Thursday, 10/30 at 2:00 PM CT, same Teams link.

Please reply to confirm the new time works. I apologize for the inconvenience.

Celeste Tran
Talent Acquisition Partner
Emberlane Insurance""")


# ----------------------------------------------------------------------------- offers
m("offer", "Juniper Loop", "Shawna", "Support Engineer I", "en", "easy", "offer letter attached as PDF",
  frm=("Shawna Breckenridge", "shawna.b@juniperloop.com"),
  subj="Your offer from Juniper Loop", date=("2026-01-22 15:05", "-0600"),
  body="""Hi Jaylen,

On behalf of everyone you met last Friday, I'm delighted to offer you the Support Engineer I position at Juniper Loop! Your offer letter is attached with the full details on salary, benefits and your proposed start date of February 9.

Please review and sign through the DocuSign link by Wednesday, January 28. Happy to hop on a call if you have any questions.

Congratulations!
Shawna Breckenridge
Recruiting Coordinator, Juniper Loop""", pdf="JuniperLoop_Offer_Okonkwo-Reyes.pdf")

m("offer", "Wrenfield", "", "Associate Software Engineer", "en", "hard", "iCIMS portal notice from parent domain; HTML only",
  frm=("Castellan Group Careers", "careers-noreply@castellangroup.icims.com"),
  subj="Action required: a document is ready for your review", date=("2026-04-01 12:30", "-0500"),
  body="""Hello Jaylen,

Congratulations! Wrenfield, a Castellan Group company, has prepared an employment offer for the Associate Software Engineer position.

Please log in to the candidate portal to review and accept your offer letter. The offer will remain open for five business days.

Castellan Group Talent Acquisition""", fmt="html")

m("offer", "Birchpoint Software", "Ines", "Junior Software Engineer", "en", "hard", "verbal offer follow-up; never says 'offer'",
  frm=("Ines Calloway", "ines@birchpoint.io"),
  subj="Following up on our call", date=("2025-07-11 17:20", "-0500"),
  body="""Hi Jaylen,

Great talking with you this afternoon! As promised, here's a written summary of what we discussed for the Junior Software Engineer role:

- Base salary: $88,000
- Equity: 0.05% with standard four-year vesting
- Start date: Monday, August 4
- Hybrid, two days a week at our East Austin office

Take the weekend to think it over and let me know by Tuesday. Harlan and I are really hoping you'll say yes.

Ines Calloway
Co-founder, Birchpoint Software, Inc.""")

m("offer", "Datacantera", "Rodrigo", "Desarrollador Backend Jr.", "es", "easy", "Spanish",
  frm=("Rodrigo Zamudio", "rodrigo.zamudio@datacantera.com.mx"),
  subj="¡Oferta de trabajo - Datacantera!", date=("2026-10-07 18:10", "-0600"),
  body="""Hola Jaylen,

¡Felicidades! Nos da mucho gusto ofrecerte el puesto de Desarrollador Backend Jr. en Datacantera, en modalidad remota.

Adjunto encontrarás la carta oferta con el salario, las prestaciones y la fecha de inicio propuesta (3 de noviembre). Si tienes dudas, con gusto lo platicamos por videollamada.

Te pedimos que nos confirmes tu decisión a más tardar el lunes 12 de octubre.

Un abrazo,
Rodrigo Zamudio
Director de Ingeniería
Datacantera S.A. de C.V.""", pdf="Carta_Oferta_Datacantera.pdf", cte="quoted-printable")

m("offer", "Pedernales Valley ISD", "Lorraine", "Web Developer (Technology Services)", "en", "hard", "conditional offer pending board approval and background check",
  frm=("Lorraine Whitley", "lorraine.whitley@pvisd.net"),
  subj="Recommendation for Hire - Web Developer", date=("2025-06-20 13:45", "-0500"),
  body="""Dear Mr. Okonkwo-Reyes,

I am pleased to inform you that the interview panel has recommended you for the Web Developer (Technology Services) position. This is a conditional offer of employment, pending approval by the Board of Trustees at the July 14 meeting and a satisfactory criminal history background check.

The position is on the Technology pay scale, Pay Grade T4, 226-day contract. Human Resources will contact you regarding fingerprinting.

Please reply within three business days to indicate whether you accept this conditional offer.

Respectfully,
Lorraine Whitley
Administrative Assistant, Technology Services
Pedernales Valley ISD""")

m("offer", "Ashgrove Labs", "Wren", "Junior Developer", "en", "easy", "short founder note with offer PDF",
  frm=("Wren Albrecht", "wren@ashgrovelabs.com"),
  subj="Offer details attached!", date=("2026-11-03 09:12", "-0600"),
  body="""Jaylen,

Offer for the Junior Developer role is attached. We're so excited. Sign whenever you're ready, and ping me with any questions.

Wren
CEO, Ashgrove Labs""", pdf="Ashgrove_Labs_Offer_Letter.pdf")


# ----------------------------------------------------------------------------- application received
m("application_received", "Brightforge Labs", "", "Junior Software Engineer", "en", "easy", "Greenhouse acknowledgement",
  frm=("Brightforge Labs", "no-reply@us.greenhouse-mail.io"),
  subj="Thank you for applying to Brightforge Labs", date=("2025-03-02 22:41", "-0600"),
  body="""Hi Jaylen,

Thanks for applying to the Junior Software Engineer role at Brightforge Labs! We've received your application and our team will review it shortly.

If your experience looks like a match, someone from our team will be in touch about next steps.

Brightforge Labs Recruiting""", fmt="alt")

m("application_received", "Ranchview Trust Bank", "", "Associate Application Developer", "en", "easy", "Workday acknowledgement; HTML only",
  frm=("Ranchview Trust Bank", "ranchview@myworkday.com"),
  subj="Thank you for applying - Associate Application Developer", date=("2026-03-16 21:08", "-0500"),
  body="""Dear Jaylen,

Thank you for applying for Associate Application Developer (R-0028841) at Ranchview Trust Bank. We have received your application.

You can check the status of your application at any time by signing in to your candidate home page.

Talent Acquisition
Ranchview Trust Bank""", fmt="html")

m("application_received", "Pedernales Valley ISD", "", "Data Systems Specialist", "en", "hard", "lists interview and non-selection as future steps",
  frm=("PVISD Human Resources", "hr-noreply@pvisd.net"),
  subj="Application Received - Posting #2025-114", date=("2025-06-28 09:12", "-0500"),
  body="""Dear Applicant,

This message confirms that your application for Data Systems Specialist (Posting #2025-114) has been received by Pedernales Valley ISD.

Applications are screened by the hiring department after the posting closes. Applicants selected for an interview will be contacted directly. Applicants who are not selected will be notified by email once the position is filled.

Office of Human Resources
Pedernales Valley ISD""")

m("application_received", "Texas Commission on Rural Broadband", "", "Systems Analyst I", "en", "easy", "state Taleo acknowledgement",
  frm=("TCRB Careers", "noreply@taleo.net"),
  subj="Thank you for applying - Job Number 25-0317", date=("2025-10-21 20:33", "-0500"),
  body="""Texas Commission on Rural Broadband

Thank you for applying for Job Number 25-0317, Systems Analyst I. Your application has been successfully submitted.

Applications are reviewed after the posting closes on 11/03/2025.

Do not reply to this message.""",
  hdrs={"Auto-Submitted": "auto-generated"})

m("application_received", "Veridyn", "", "Software Engineer I (Cloud Tools)", "en", "easy", "big tech portal acknowledgement",
  frm=("Veridyn Careers", "no-reply@careers.veridyn.com"),
  subj="We received your application", date=("2025-09-22 14:01", "-0700"),
  body="""Hi Jaylen,

Thanks for applying to Software Engineer I (Cloud Tools) at Veridyn. We've received your application and it's now under review.

Track your status anytime at careers.veridyn.com/dashboard.

Veridyn Careers""", fmt="alt",
  hdrs={"List-Unsubscribe": "<https://careers.veridyn.com/unsubscribe?c=8812>"})

m("application_received", "Ferngrove AI", "", "Software Engineer, Platform (Early Career)", "en", "easy", "Lever acknowledgement",
  frm=("Ferngrove AI", "no-reply@hire.lever.co"),
  subj="Thanks for applying to Ferngrove AI", date=("2025-08-19 08:30", "-0700"),
  body="""Hi Jaylen,

We got your application for Software Engineer, Platform (Early Career). Thanks for your interest in Ferngrove AI!

Our team reviews every application, and we'll be in touch if there's a fit.

Ferngrove AI""")

m("application_received", "Tallowbird", "", "Junior Full-Stack Developer", "en", "hard", "'Unfortunately' in an acknowledgement",
  frm=("Tallowbird", "noreply@candidates.workablemail.com"),
  subj="Tallowbird: we received your application", date=("2025-08-06 16:14", "+0100"),
  body="""Hi Jaylen,

Thanks for applying for the Junior Full-Stack Developer role at Tallowbird. Your application is in and our hiring team is reviewing it.

Unfortunately, because of the number of applications we receive, we can't reply to everyone personally right away, but you will hear from us either way once we've made a decision.

Tallowbird Hiring Team
Powered by Workable""")

m("application_received", "Cognelis", "", "Développeur Full-Stack Junior (H/F)", "fr", "easy", "French acknowledgement",
  frm=("Cognelis Recrutement", "noreply@cognelis.teamtailor-mail.com"),
  subj="Nous avons bien reçu votre candidature", date=("2026-01-19 11:03", "+0100"),
  body="""Bonjour Jaylen,

Merci pour votre candidature au poste de Développeur Full-Stack Junior (H/F) chez Cognelis. Nous l'avons bien reçue.

Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

L'équipe Recrutement de Cognelis""")

m("application_received", "Helix Datenwerk GmbH", "", "Junior Softwareentwickler (m/w/d)", "de", "easy", "German Personio acknowledgement",
  frm=("Helix Datenwerk GmbH", "noreply@helix-datenwerk.jobs.personio.de"),
  subj="Eingangsbestätigung Ihrer Bewerbung", date=("2025-09-08 09:47", "+0200"),
  body="""Hallo Jaylen,

vielen Dank für Ihre Bewerbung als Junior Softwareentwickler (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Helix Datenwerk GmbH Recruiting-Team""", cte="quoted-printable")

m("application_received", "Grupo Tlaloc Software", "", "Desarrollador Web Jr.", "en", "easy", "Mexican company, English ATS acknowledgement",
  frm=("Grupo Tlaloc Software", "careers@tlalocsoftware.mx"),
  subj="Application received: Desarrollador Web Jr.", date=("2026-02-11 23:15", "-0600"),
  body="""Hi Jaylen,

Thank you for applying to Desarrollador Web Jr. at Grupo Tlaloc Software. Your application has been received.

This is an automated message. Please do not reply.""",
  hdrs={"Auto-Submitted": "auto-generated"})

m("application_received", "Tanager Robotics", "", "Junior Embedded Software Engineer", "en", "easy", "SmartRecruiters acknowledgement",
  frm=("Tanager Robotics", "notifications@smartrecruiters.com"),
  subj="Thank you for your application to Tanager Robotics", date=("2025-03-18 12:20", "-0400"),
  body="""Dear Jaylen,

Thank you for applying for the Junior Embedded Software Engineer position. We have received your application and will review it carefully.

Best regards,
Tanager Robotics Talent Acquisition""", fmt="alt")

m("application_received", "Emberlane Insurance", "", "Software Developer I", "en", "hard", "describes interview and 'not selected' as possible outcomes",
  frm=("Emberlane Insurance Careers", "emberlane@taleo.net"),
  subj="Emberlane Insurance - Application Confirmation", date=("2025-10-06 19:40", "-0500"),
  body="""Dear Jaylen Okonkwo-Reyes,

Thank you for submitting your application for Software Developer I (Req 25-1183).

What happens next:
1. A recruiter reviews your qualifications (typically 1-2 weeks).
2. If your background matches, you will be invited to a phone interview.
3. If you are not selected, you will receive an email update once the requisition is filled.

Emberlane Insurance Talent Acquisition

This email was sent from an unattended mailbox. Please do not reply.""")

m("application_received", "Corvid Assurance", "", "Junior Data Engineer", "en", "hard", "parent-company iCIMS domain; company only in body",
  frm=("Halberd Holdings Careers", "careers-noreply@halberdholdings.icims.com"),
  subj="Thank you for your interest - Req 7734", date=("2026-05-19 07:58", "-0400"),
  body="""Hello Jaylen,

Thank you for applying to the Junior Data Engineer role with Corvid Assurance, a Halberd Holdings company. Your application has been submitted successfully and is being reviewed.

Corvid Assurance Talent Acquisition""")

m("application_received", "Saltmarsh Games", "", "Gameplay Tools Programmer (Junior)", "en", "hard", "chatty templated ack that reads like a personal note",
  frm=("Saltmarsh Games", "noreply@teamtailor-mail.com"),
  subj="Cheers for applying, Jaylen!", date=("2025-10-17 18:22", "+0100"),
  body="""Hey Jaylen!

Thanks a ton for applying to be our Gameplay Tools Programmer (Junior). We're a small studio, so a real human reads every application (usually with tea in hand). Give us a week or two to go through everything.

Talk soon,
The Saltmarsh crew""")

m("application_received", "Kitebright", "", "QA Automation Engineer", "en", "easy", "BambooHR acknowledgement",
  frm=("Kitebright", "notifications@app.bamboohr.com"),
  subj="Application received: QA Automation Engineer", date=("2025-11-24 10:15", "-0800"),
  body="""Hi Jaylen,

Thank you for applying for the QA Automation Engineer position at Kitebright. We have received your application and will be reviewing it soon.

Thanks,
Kitebright Hiring Team""", fmt="html")

m("application_received", "Sundial Freight Software", "", "Associate Software Engineer", "en", "easy", "Greenhouse ack with timeline",
  frm=("Sundial Freight Software", "no-reply@us.greenhouse-mail.io"),
  subj="Thanks for applying to Sundial Freight Software!", date=("2026-07-13 13:03", "-0500"),
  body="""Hi Jaylen,

We've received your application for Associate Software Engineer. Our recruiting team aims to review every application within two weeks. If there's a potential match, we'll reach out to set up an initial conversation.

Thanks,
Sundial Freight Software""", fmt="alt")


# ----------------------------------------------------------------------------- auto replies
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

m("auto_reply", "Stackwell", "Priya", "", "en", "easy", "OOO with 'back on 3/16'",
  ret="2026-03-16", hdrs=AR,
  frm=("Priya Raman", "priya.raman@stackwell.dev"),
  subj="Automatic reply: Thank you!", date=("2026-03-09 07:02", "-0700"),
  body="""Hi there, I'm out of the office at a recruiting event with spotty email. I'll be back on 3/16 and will reply then. For anything urgent please email talent@stackwell.dev.

Priya""")

m("auto_reply", "Quillon Health", "Marcus", "", "en", "easy", "return date 'Monday 9 March'",
  ret="2026-03-09", hdrs={"Auto-Submitted": "auto-replied"},
  frm=("Marcus Adeyemi", "marcus.adeyemi@quillonhealth.com"),
  subj="Out of Office: Re: Associate Software Engineer - question", date=("2026-03-03 18:20", "-0500"),
  body="""Thanks for your message. I'm away on leave and returning Monday 9 March. I won't be checking email until then.

Marcus Adeyemi
Engineering Manager, Patient Apps | Quillon Health""")

m("auto_reply", "Texas Commission on Rural Broadband", "Delia", "", "en", "hard", "'until ... inclusive' plus explicit return date in ISO format",
  ret="2026-03-23", hdrs=AR,
  frm=("Delia Marquez", "delia.marquez@tcrb.texas.gov"),
  subj="Automatic reply: Question about Job Number 26-0058", date=("2026-03-10 11:30", "-0500"),
  body="""I am out of the office until Friday 2026-03-20 inclusive and will be back in the office Monday 2026-03-23.

For questions about posted positions, please contact the TCRB Human Resources main line at (512) 555-0190.

Delia Marquez
HR Specialist III
Texas Commission on Rural Broadband""")

m("auto_reply", "Falkenwerk Software GmbH", "Jonas", "", "de", "easy", "German Abwesenheitsnotiz",
  ret="2025-04-07", hdrs=AR,
  frm=("Jonas Brückner", "jonas.brueckner@falkenwerk.de"),
  subj="Abwesenheitsnotiz: Re: Junior Backend Developer (Remote) - status", date=("2025-03-31 09:15", "+0200"),
  body="""Vielen Dank für Ihre Nachricht.

Ich bin derzeit im Urlaub und ab dem 7. April 2025 wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an jobs@falkenwerk.de.

Mit freundlichen Grüßen
Jonas Brückner""")

m("auto_reply", "Cognelis", "Élodie", "", "fr", "easy", "French absence message",
  ret="2026-03-02", hdrs={"Auto-Submitted": "auto-replied"},
  frm=("Élodie Marchand", "elodie.marchand@cognelis.fr"),
  subj="Réponse automatique : Re: Votre candidature chez Cognelis", date=("2026-02-20 14:05", "+0100"),
  body="""Bonjour,

Je suis actuellement absente et serai de retour le lundi 2 mars. Pendant mon absence, vous pouvez contacter recrutement@cognelis.fr.

Cordialement,
Élodie Marchand""")

m("auto_reply", "Plumtree Digital", "Greta", "", "en", "easy", "no longer with company; redirect to colleague; no date",
  hdrs={"Auto-Submitted": "auto-replied"},
  frm=("Greta Lindqvist", "greta@plumtree.digital"),
  subj="Re: Junior Developer opening", date=("2025-02-03 10:00", "-0600"),
  body="""Hello, I no longer work at Plumtree Digital. Please contact Nico Ferrante (nico@plumtree.digital) about hiring or anything else that was in my inbox.

Thanks!""")

m("auto_reply", "Emberlane Insurance", "", "Software Developer I", "en", "hard", "unmonitored-mailbox bounce on application thread",
  frm=("Emberlane Insurance Careers", "careers@emberlane.com"),
  subj="RE: Software Developer I - interview follow-up", date=("2025-11-03 08:01", "-0600"),
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""This mailbox is not monitored. Your message has not been delivered to a recruiter.

To check the status of an application or to update your profile, please sign in to the Emberlane careers portal. If you are scheduled for an interview, please contact the recruiter named in your confirmation email.

Emberlane Insurance Talent Acquisition""")

m("auto_reply", "Kitebright", "Alana", "", "en", "hard", "parental leave; only X-Autoreply header; mentions candidates in process",
  ret="2026-06-15", hdrs={"X-Autoreply": "yes"},
  frm=("Alana Kahale", "alana@kitebright.io"),
  subj="Re: Thank you", date=("2026-02-02 09:45", "-0800"),
  body="""Hi! I'm on parental leave and returning June 15, 2026. If you're a candidate in an active interview process with Kitebright, please reach out to Miles at people@kitebright.io and he'll take great care of you.

Alana""")

m("auto_reply", "Nubeira Tecnologías", "Marta", "", "es", "easy", "Spanish vacation responder",
  ret="2025-09-01", hdrs=AR,
  frm=("Marta Gil Navarro", "marta.gil@nubeira.es"),
  subj="Respuesta automática: Candidatura Desarrollador/a Backend Junior", date=("2025-08-18 10:12", "+0200"),
  body="""Hola,

Estoy de vacaciones con acceso limitado al correo. Vuelvo el lunes 1 de septiembre y responderé a tu mensaje lo antes posible.

Para temas urgentes, escribe a talento@nubeira.es.

Un saludo,
Marta""", cte="quoted-printable")

m("auto_reply", "Marigold & Finch", "Dana", "", "en", "hard", "relative return ('back Monday'); no auto-reply headers",
  ret="2025-05-26",
  frm=("Dana Whitcombe", "dana@marigoldfinch.co"),
  subj="Re: Thanks for the call!", date=("2025-05-22 12:40", "-0500"),
  body="""Auto-response: I'm at a conference through Friday and mostly offline. Back Monday, I'll get to your note then.

— Dana""")

m("auto_reply", "Veridyn", "Jordan", "", "en", "hard", "subject mentions interview; both auto-reply headers",
  ret="2025-11-11", hdrs=AR,
  frm=("Jordan Pike", "jpike@veridyn.com"),
  subj="Automatic reply: Interview availability - Software Engineer I (Cloud Tools)", date=("2025-11-06 16:02", "-0800"),
  body="""Thank you for your email. I'm currently out of the office with limited access to email and will be back in the office on Tuesday, November 11. I will respond to your message when I return.

Jordan Pike
University & Early Career Recruiting, Veridyn""")

m("auto_reply", "TechBridge Talent Partners", "Courtney", "", "en", "hard", "OOO today only; no return date stated",
  hdrs={"Auto-Submitted": "auto-replied"},
  frm=("Courtney Lamb", "clamb@techbridgetalent.com"),
  subj="Automatic reply: Aurelian update", date=("2026-03-13 08:10", "-0500"),
  body="""I'm out of the office today with limited access to email. If you're a contractor with a timesheet question, please email payroll@techbridgetalent.com. Otherwise I'll get back to you as soon as I can.

Courtney Lamb | TechBridge Talent Partners""")

m("auto_reply", "Ranchview Trust Bank", "", "", "en", "easy", "inbox not monitored; points to portal",
  hdrs={"Auto-Submitted": "auto-replied"},
  frm=("Ranchview Trust Bank Talent Acquisition", "talent@rtbfinancial.com"),
  subj="Automatic reply: Associate Application Developer interview - thank you", date=("2026-04-14 15:31", "-0500"),
  body="""Thank you for contacting Ranchview Trust Bank Talent Acquisition. This inbox is not monitored. Please use the candidate portal to review your application status.""")

m("auto_reply", "Orrery Analytics", "Theo", "", "en", "easy", "holiday OOO with return date",
  ret="2026-01-05", hdrs=AR,
  frm=("Theo Lindgren", "theo@orreryanalytics.com"),
  subj="Out of office (12/22 - 1/2)", date=("2025-12-22 07:30", "-0800"),
  body="""I'm on vacation 12/22 through 1/2 and back in the office January 5. I'll reply to your email after I return. Happy holidays!

Theo""")


# ----------------------------------------------------------------------------- other
m("other", "", "Søren", "", "en", "hard", "pull request closed: 'not going this direction'",
  frm=("Søren Aagaard", "notifications@github.com"),
  subj="Re: [tidepool-js/tidepool] Refactor date parsing to use Temporal (PR #412)", date=("2025-09-03 04:17", "-0700"),
  hdrs={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB12CD>", "Precedence": "list",
        "X-GitHub-Reason": "author"},
  body="""@saaga closed this pull request.

Thanks for the effort here @jaylen-or, but we've decided not to go this direction until Temporal ships unflagged in all the runtimes we support. I'm going to close this for now; happy to revisit next year. Unfortunately the polyfill adds 40 kB to the bundle, which is a dealbreaker for us.

—
Reply to this email directly, view it on GitHub, or unsubscribe.""")

m("other", "", "", "", "en", "hard", "hackathon results; 'unfortunately' and 'not selected'",
  frm=("ATX Civic Hack", "hello@atxcivichack.org"),
  subj="ATX Civic Hack 2025 - judging results", date=("2025-04-14 12:00", "-0500"),
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@atxcivichack.org>"},
  body="""Hi hackers,

Thank you for an incredible weekend! We received 48 project submissions. Unfortunately your team's project was not selected as a finalist this year, but the judges left written feedback for every team on Devpost.

Congrats to "Bus Stop Buddy" for taking first place. See you at the demo night!

The ATX Civic Hack organizing team""", fmt="alt")

m("other", "", "", "", "en", "easy", "coding-challenge platform contest results",
  frm=("Codewright", "contests@codewright.dev"),
  subj="Weekly Contest 212: your results are in", date=("2025-12-07 22:30", "+0000"),
  hdrs={"List-Unsubscribe": "<https://codewright.dev/u/unsub>", "Precedence": "bulk"},
  body="""Hi jaylen_or,

Contest results for Weekly Contest 212 are in.
Rank: 1,884 / 21,317
Solved: 3 / 4
Rating: 1642 (+27)

Keep the streak going: next contest starts Sunday at 02:30 UTC.""", fmt="html")

m("other", "", "", "", "en", "easy", "job alert digest",
  frm=("Jobwell Alerts", "alerts@jobwell.com"),
  subj="14 new Junior Developer jobs in Austin, TX", date=("2025-05-06 06:00", "-0500"),
  hdrs={"List-Unsubscribe": "<https://jobwell.com/alerts/unsubscribe?id=55121>", "Precedence": "bulk"},
  body="""New jobs matching your alert "junior developer" near Austin, TX

Junior Software Engineer - Brightforge Labs - Austin, TX - Easy apply
Associate Developer - Ranchview Trust Bank - Austin, TX
Junior Front-End Developer - Pixelsmith Studio - Remote
Software Developer I - Emberlane Insurance - Round Rock, TX
...and 10 more

Manage alerts | Unsubscribe""", fmt="alt")

m("other", "", "", "", "en", "easy", "professional network notification naming employers",
  frm=("Prism", "notifications@prism-network.com"),
  subj="Jaylen, you appeared in 9 searches this week", date=("2026-02-23 08:05", "-0600"),
  hdrs={"List-Unsubscribe": "<https://prism-network.com/settings/email>"},
  body="""You appeared in 9 searches this week.

Recruiters from Veridyn and Stackwell viewed your profile.
Upgrade to Prism Premium to see who's looking.""", fmt="html")

m("other", "", "", "", "en", "hard", "bootcamp alumni newsletter article about rejections and interviews",
  frm=("Forge Bootcamp Alumni", "alumni@forgebootcamp.io"),
  subj="Alumni Digest: How I survived 60 rejections (and what finally worked)", date=("2025-07-17 09:00", "-0500"),
  hdrs={"List-Unsubscribe": "<https://forgebootcamp.io/alumni/unsubscribe>", "Precedence": "bulk"},
  body="""FORGE ALUMNI DIGEST - July

Featured: "How I survived 60 rejections." Cohort 14 grad Marisol writes about the form emails ("we have decided to move forward with other candidates"), the ghosting, and the technical interview that finally turned into an offer.

Also this month:
- Mock interview night, July 24
- Salary negotiation 101 recording
- Hiring partners: who's hiring juniors in Austin

You're receiving this because you're a Forge alum.""", fmt="alt")

m("other", "", "", "", "en", "hard", "podcast 'interview with the CTO of Stackwell'; HTML only",
  frm=("Shipping Fridays Podcast", "newsletter@shippingfridays.fm"),
  subj="New episode: our interview with Stackwell's CTO", date=("2026-01-28 07:00", "-0500"),
  hdrs={"List-Unsubscribe": "<https://shippingfridays.fm/unsubscribe>"},
  body="""This week on Shipping Fridays: an interview with Stackwell CTO Lena Ortiz about building developer tools, why they hire juniors, and the offer she almost turned down.

Listen now on your favorite podcast app.""", fmt="html")

m("other", "", "", "", "en", "hard", "'payment declined' for a coding platform subscription",
  frm=("Codewright Billing", "billing@codewright.dev"),
  subj="Action needed: your payment was declined", date=("2025-06-01 03:12", "+0000"),
  body="""Hi jaylen_or,

Unfortunately, your card ending in 4417 was declined when we tried to renew your Codewright Pro subscription. We'll try again in 3 days.

Update your payment method to keep access to premium interview questions.""")

m("other", "", "Brenda", "", "en", "hard", "apartment application approved; reads like an offer",
  frm=("Brenda Kowalski", "leasing@muellerlofts.com"),
  subj="Your application for Unit 214 has been approved!", date=("2025-08-08 15:44", "-0500"),
  body="""Hi Jaylen,

Congratulations! Your rental application for Unit 214 at The Mueller Lofts has been approved. We're excited to welcome you.

Next steps: please sign the lease in the resident portal and pay the holding deposit within 72 hours to secure the unit. Move-in date: September 1.

Brenda Kowalski
Leasing Manager, The Mueller Lofts""")

m("other", "", "", "", "en", "easy", "marketing '20% off' offer",
  frm=("DevCourse Academy", "deals@devcourse.academy"),
  subj="Limited-time offer: 20% off all interview prep courses", date=("2026-04-20 10:00", "-0400"),
  hdrs={"List-Unsubscribe": "<https://devcourse.academy/unsub>", "Precedence": "bulk"},
  body="""Ace your next technical interview.

This week only: 20% off every course, including System Design for Juniors and Behavioral Interview Bootcamp. Offer ends Sunday.

Use code PREP20 at checkout.""", fmt="alt", cte="base64")

m("other", "", "Sandeep", "Java Developer", "en", "hard", "recruiter mass mailing; mentions interview",
  frm=("Sandeep Kumar", "sandeep.k@nexgenitstaff.com"),
  subj="Urgent Requirement: Java Developer - W2 - Onsite Dallas TX", date=("2025-10-09 11:58", "-0400"),
  body="""Hi,

Hope you are doing well. Please find the below requirement and let me know if you are interested.

Role: Java Developer
Location: Dallas, TX (Onsite, Day 1)
Duration: 12+ months
Visa: USC/GC only
Experience: 8+ years

Client is doing interviews immediately. Please share your updated resume and best time for a quick call.

Thanks & Regards,
Sandeep Kumar
NexGen IT Staffing""")

m("other", "", "Kwame", "", "en", "hard", "friend's mail about his own final interview and offer",
  frm=("Kwame Boateng", "kwame.boateng94@gmail.com"),
  subj="guess who", date=("2025-10-24 21:37", "-0500"),
  body="""Yo J,

Had my final interview at Veridyn today!! Four rounds back to back, my brain is soup. Recruiter said I'd hear by next week whether there's an offer. Either way tacos on me Saturday?

How's your search going? Heard anything from that bank?

K""")

m("other", "", "Marisela", "", "en", "hard", "forwarded job posting from a friend; mentions referral and interview",
  frm=("Marisela Duarte", "marisela.duarte@outlook.com"),
  subj="Fwd: Junior Developer - Sundial Freight Software", date=("2026-07-10 12:14", "-0500"),
  body="""Jay! My team is hiring a junior. I can refer you, which usually means you skip straight to a first interview. Want me to?

---------- Forwarded message ---------
From: Sundial Freight Software Careers <careers@sundialfreight.com>
Date: Thu, Jul 9, 2026 at 4:02 PM
Subject: Employee referral bonus: Associate Software Engineer

Know someone great? We're hiring an Associate Software Engineer in Austin. Refer a friend and earn a $2,000 bonus if they're hired.""")

m("other", "", "Rosa", "", "es", "hard", "mother asks about his interview (Spanish)",
  frm=("Rosa Reyes", "rosareyes.atx@yahoo.com"),
  subj="¿Cómo te fue?", date=("2026-03-17 20:15", "-0500"),
  body="""Mijo,

¿Cómo te fue en la entrevista de hoy? Tu tía dice que seguro te ofrecen el trabajo. No te olvides de comer algo y llámame cuando puedas.

El domingo hacemos tamales en casa de tu abuela, ven temprano.

Te quiero mucho,
Rosa (Mamá)""", cte="quoted-printable")

m("other", "", "Diego", "", "es", "hard", "cousin forwards a job 'oferta' (posting) in Spanish",
  frm=("Diego Okonkwo", "diego.okr@gmail.com"),
  subj="Primo, mira esta oferta", date=("2025-11-12 19:03", "-0600"),
  body="""Qué onda primo,

Mi amigo Toño trabaja en una startup en Monterrey y están buscando un desarrollador junior, remoto, pagan en dólares. Te paso la oferta que publicaron:

"Buscamos Desarrollador/a Full-Stack Jr. con React y Node. Envía tu CV a talento@nortebyte.mx"

Si quieres le digo que te recomiende. Ánimo con todo, ya verás que sale algo.

Diego""")

m("other", "", "", "", "en", "hard", "community college admission 'application received'",
  frm=("Austin Metro Community College Admissions", "admissions@amcc.edu"),
  subj="Your application is complete", date=("2025-01-21 14:30", "-0600"),
  body="""Dear Jaylen,

Thank you for applying for admission to Austin Metro Community College for the Spring 2025 term. We have received your application and all required documents. Your student ID is A00884217.

Next step: register for the Cloud Computing Certificate courses in the student portal.

Office of Admissions""")

m("other", "", "", "", "en", "hard", "loan refinance 'unable to approve'",
  frm=("Lodestar Lending", "notices@lodestarlending.com"),
  subj="Update on your refinance application", date=("2026-05-27 17:45", "-0400"),
  body="""Dear Jaylen Okonkwo-Reyes,

Thank you for your recent application to refinance your student loans with Lodestar Lending. After reviewing your application, we are unable to approve your request at this time.

Principal reason(s): Length of employment; insufficient income.

You have the right to a free copy of your credit report within 60 days. This notice is provided under the Equal Credit Opportunity Act.""")

m("other", "", "", "", "en", "hard", "conference talk proposal not accepted",
  frm=("LoneStarJS Program Committee", "cfp@lonestarjs.org"),
  subj="LoneStarJS 2026: decision on your proposal", date=("2026-05-04 09:00", "-0500"),
  body="""Hi Jaylen,

Thank you for submitting "Accessible Forms Without a Framework" to the LoneStarJS 2026 call for proposals.

We received over 400 submissions for 28 speaking slots, and we regret that your proposal was not accepted this year. Reviewer comments are available in Sessionize.

We hope you'll still join us as an attendee; use code CFP25 for 25% off your ticket.

The LoneStarJS Program Committee""")

m("other", "", "", "", "en", "hard", "meetup interview-prep night moved to new venue",
  frm=("Austin Rust Meetup", "info@meetup-mail.example.com"),
  subj="Interview Prep Night has moved to a new venue", date=("2025-09-16 13:20", "-0500"),
  hdrs={"List-Unsubscribe": "<https://meetup.example.com/unsub/8832>", "Precedence": "bulk"},
  body="""Hi Rustaceans,

We've moved forward with a new venue for Thursday's Interview Prep Night: Capital Factory, 7th floor. Same time, 6:30 PM.

Bring a laptop; we'll run mock technical interviews in pairs.

Your Austin Rust Meetup organizers""", fmt="alt")

m("other", "", "Ada", "", "en", "easy", "GitHub org invitation",
  frm=("Ada Oyelaran", "noreply@github.com"),
  subj="@adaoy has invited you to join the @openquarry organization", date=("2026-06-02 18:44", "+0000"),
  body="""@adaoy has invited you to join the @openquarry organization on GitHub. Head over to https://github.com/openquarry to check out openquarry's profile.

To join @openquarry, follow this link:
https://github.com/orgs/openquarry/invitation

This invitation will expire in 7 days.""")

m("other", "", "", "", "en", "hard", "coding-challenge 'selected for the final round'",
  frm=("Codewright Grand Prix", "grandprix@codewright.dev"),
  subj="You've qualified for the Codewright Grand Prix final round!", date=("2026-09-28 16:00", "+0000"),
  body="""Congratulations, jaylen_or!

Based on your qualifying score you have been selected for the final round of the Codewright Grand Prix. The final is a 3-hour online contest on Saturday, October 17 at 15:00 UTC.

Prizes include $5,000 and interviews with our sponsor companies.

Good luck!
The Codewright team""", fmt="html")

m("other", "", "", "", "en", "easy", "receipt for interview prep subscription",
  frm=("InterviewLoop", "receipts@interviewloop.app"),
  subj="Your receipt from InterviewLoop #2291-4471", date=("2025-03-05 12:02", "-0800"),
  body="""Receipt #2291-4471

InterviewLoop Monthly Plan         $29.00
Tax                                $2.39
Total charged to Visa ...4417     $31.39

Thanks for practicing with InterviewLoop!""", fmt="alt")

m("other", "", "Tamara", "", "en", "hard", "project tracker notification; 'Offer' in issue title",
  frm=("Tamara (via Linear)", "notifications@linear.app"),
  subj="[OQ-88] Offer page redesign - assigned to you", date=("2026-06-09 10:30", "+0000"),
  body="""Tamara assigned OQ-88 to you

Offer page redesign
Project: Open Quarry volunteer site
Priority: Medium

Tamara: "Jaylen, can you take the redesign of the donation offer page? No rush, whenever you've got an evening."

View issue in Linear""")

m("other", "", "", "", "en", "easy", "bootcamp career services mass email",
  frm=("Forge Career Services", "careers@forgebootcamp.io"),
  subj="Mock interview sign-ups open for October", date=("2025-09-29 10:00", "-0500"),
  hdrs={"Precedence": "bulk"},
  body="""Hi Forge alumni,

Sign-ups for October mock interviews are open. Choose between a behavioral mock, a live coding mock, or a resume review. Slots go fast.

Sign up: https://forgebootcamp.io/career/mock

Forge Career Services""")

m("other", "", "", "", "en", "hard", "Q&A site suggested edit rejected",
  frm=("DevForum", "do-not-reply@devforum.example.com"),
  subj="Your suggested edit was rejected", date=("2025-12-18 05:40", "+0000"),
  body="""Hi jaylen_or,

Your suggested edit to "How do I debounce an input in React without lodash?" was rejected by reviewers.

Reason: This edit deviates from the original intent of the post.

Thanks for helping improve DevForum.""")

m("other", "", "", "", "en", "hard", "bank statement from a bank he applied to",
  frm=("Ranchview Trust Bank", "alerts@rtbfinancial.com"),
  subj="Your March statement is ready", date=("2026-04-03 06:00", "-0500"),
  body="""Hi Jaylen,

Your Ranchview Trust Bank checking account statement for March 2026 is now available in online banking.

For your security, we never ask for your password by email.

Ranchview Trust Bank, Member FDIC""", fmt="html")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    specs = SPECS[:]
    random.Random(28).shuffle(specs)
    rows = []
    for i, s in enumerate(specs, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, s).as_bytes())
        rows.append({"file": name, "label": s["label"], "company": s["company"],
                     "contact_first_name": s["contact"], "role": s["role"], "return_date": s["ret"],
                     "lang": s["lang"], "difficulty": s["diff"], "notes": s["notes"],
                     "interview_at": s["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
