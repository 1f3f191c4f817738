"""Generate the blind43 evaluation corpus (job seeker: Arjun Venkataraman, Bengaluru).

Stdlib only. Writes tests/corpus/blind43/NNN.eml and tests/corpus/blind43/labels.csv.
All people, companies and domains are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind43"
ME = "Arjun Venkataraman <arjun.venkat@gmail.com>"
POL = policy.default.clone(linesep="\r\n")
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]
MSGS: list[dict] = []


def D(s: str, off: str) -> str:
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def auto_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            + body + "</body></html>\n")


def add(label, company, contact, role, lang, diff, notes, *, frm, subj, date, body,
        ret="", iat="", fmt="plain", cte=None, extra=None, reply=False, pdf=None, ics=None,
        to=ME, html_body=None):
    MSGS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                     diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body, ret=ret,
                     iat=iat, fmt=fmt, cte=cte, extra=extra or {}, reply=reply, pdf=pdf, ics=ics,
                     to=to, html_body=html_body))


def build(i: int, m: dict) -> EmailMessage:
    msg = EmailMessage(policy=POL)
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">")
    h = hashlib.sha1(f"{i}{m['subj']}".encode()).hexdigest()
    msg["Delivered-To"] = "arjun.venkat@gmail.com"
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = f"<{h[:20]}.{i:03d}@{dom}>"
    if m["reply"]:
        parent = f"<CAF{h[20:36].upper()}+{h[:8]}@mail.gmail.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in m["extra"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = m["body"].strip("\n") + "\n"
    hb = m["html_body"] or auto_html(body)
    cte = m["cte"]
    if m["fmt"] == "html":
        msg.set_content(hb, subtype="html", cte=cte or "quoted-printable")
    else:
        msg.set_content(body, cte=cte or ("quoted-printable" if not body.isascii() else "7bit"))
        if m["fmt"] == "alt":
            msg.add_alternative(hb, subtype="html", cte="quoted-printable")
    if m["ics"]:
        msg.add_attachment(m["ics"].replace("\n", "\r\n").encode(), maintype="text",
                           subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"})
    if m["pdf"]:
        fake = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        msg.add_attachment(fake, maintype="application", subtype="pdf", filename=m["pdf"])
    return msg


def ics(uid: str, start: str, end: str, summary: str, org: str) -> str:
    return (f"BEGIN:VCALENDAR\nPRODID:-//Blind43//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            f"UID:{uid}\nDTSTAMP:20260101T000000Z\nDTSTART:{start}\nDTEND:{end}\n"
            f"SUMMARY:{summary}\nORGANIZER:mailto:{org}\n"
            f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:arjun.venkat@gmail.com\nEND:VEVENT\nEND:VCALENDAR\n")


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
GEN = {"Auto-Submitted": "auto-generated"}

# ---------------------------------------------------------------- rejection
add("rejection", "Kadamba Fintech", "", "SDE-2 (Backend)", "en", "easy", "Greenhouse template; 'won't be progressing'",
    frm="Kadamba Fintech Hiring <no-reply@us.greenhouse-mail.io>",
    subj="Your application for SDE-2 (Backend) at Kadamba Fintech",
    date=D("2025-02-11 18:42", "+0530"), fmt="alt",
    body="""Hi Arjun,

Thank you for the time you put into applying for the SDE-2 (Backend) role at Kadamba Fintech.

Our team has gone through your profile carefully. We won't be progressing your application at this stage, as we're prioritising candidates with deeper hands-on experience in card-issuing and ledger systems.

We appreciate your interest and wish you all the best in your search.

Talent Acquisition
Kadamba Fintech Pvt. Ltd.""")

add("rejection", "Lorvane Technology Centre India", "", "Senior Software Engineer - Distributed Systems", "en", "hard",
    "Workday sender; company only in body/signature; GCC",
    frm="Lorvane Careers <lorvane@myworkday.com>",
    subj="Update regarding Req R-204418",
    date=D("2025-03-04 10:05", "+0530"), fmt="html", cte="base64", extra=GEN,
    body="", html_body="""<html><body style="font-family:Segoe UI,sans-serif">
<p>Dear Arjun Venkataraman,</p>
<p>Thank you for your interest in the <b>Senior Software Engineer - Distributed Systems</b> position (R-204418) at Lorvane Technology Centre India.</p>
<p>After a thorough review of all applications received, we have decided to move forward with other applicants whose background more closely fits the current needs of the team.</p>
<p>We encourage you to create job alerts on our careers site so you hear about future openings.</p>
<p>Regards,<br>Global Talent Acquisition<br>Lorvane Technology Centre India Pvt. Ltd. &middot; a Lorvane Inc. company</p>
<p style="font-size:11px;color:#888">This is a system-generated email. Please do not reply.</p>
</body></html>""")

add("rejection", "Haldi Commerce", "Meera", "Backend Engineer II", "en", "hard",
    "personal note after final round; 'different direction'; no rejection keywords",
    frm="Meera Iyengar <meera.iyengar@haldi.in>",
    subj="Re: Thanks for Friday",
    date=D("2025-05-19 21:14", "+0530"), reply=True,
    body="""Hi Arjun,

Thanks for the note and for giving us a full afternoon on Friday. I wanted to tell you myself rather than have it come through the Haldi Commerce portal: the team went a different direction for the Backend Engineer II seat. We ended up needing someone who has owned a Kafka migration end to end, and that tipped it.

Your system design round was genuinely one of the better ones we've had this quarter. Please don't be a stranger.

— Meera

On Sat, 17 May 2025 at 09:02, Arjun Venkataraman <arjun.venkat@gmail.com> wrote:
> Hi Meera, thank you for the final round yesterday. I enjoyed the
> discussion on the order-routing service and look forward to hearing
> about next steps.
> Regards, Arjun""")

add("rejection", "Brightkettle Analytics", "", "Backend Engineer (Remote, India)", "en", "easy",
    "Lever template; 'not the right match at this time'",
    frm="Brightkettle Analytics <no-reply@hire.lever.co>",
    subj="Brightkettle Analytics | Backend Engineer (Remote, India)",
    date=D("2025-06-03 06:31", "-0700"),
    body="""Hi Arjun,

Thanks so much for your interest in Brightkettle Analytics and for applying to the Backend Engineer (Remote, India) position.

We received a lot of strong applications for this opening. Having reviewed yours, we've concluded it is not the right match at this time.

We'd be glad to see your name again on future openings.

The Brightkettle Recruiting Team""")

add("rejection", "Toranam Software", "Deepa", "Java Backend Lead", "en", "hard",
    "consultancy recruiter writing about client; Indian register; 'other profile'",
    frm="Deepa Raghunath <deepa.r@saffronhill-talent.co.in>",
    subj="RE: Toranam Software - Java Backend Lead - Feedback",
    date=D("2025-07-08 12:20", "+0530"), reply=True,
    body="""Dear Arjun,

Greetings from Saffronhill Talent Partners.

As discussed over phone, I have received the feedback from Toranam Software on the L2 round. Client has decided to go ahead with another profile who has more experience in team handling, hence they will not be able to take your candidature forward for this position.

Kindly do not get disheartened, I will share your CV for other suitable openings with our clients. Please revert if you are open to roles in Hyderabad also.

Thanks & Regards,
Deepa Raghunath
Senior Consultant - IT Hiring
Saffronhill Talent Partners LLP
+91 98450 11223""")

add("rejection", "Nordlicht Software GmbH", "Katharina", "Senior Backend Engineer (m/w/d)", "de", "easy", "German; Personio",
    frm="Nordlicht Software GmbH <jobs@nordlicht-software.jobs.personio.de>",
    subj="Ihre Bewerbung als Senior Backend Engineer (m/w/d)",
    date=D("2025-08-21 15:48", "+0200"),
    body="""Hallo Arjun,

vielen Dank für Ihr Interesse an der Position Senior Backend Engineer (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katharina Vogt
People & Culture
Nordlicht Software GmbH, Hamburg""")

add("rejection", "Ardoise Technologies", "Élodie", "Développeur Backend Senior (H/F)", "fr", "easy", "French; Teamtailor",
    frm="Élodie Marchand <elodie.marchand@ardoise-tech.teamtailor-mail.com>",
    subj="Votre candidature – Développeur Backend Senior (H/F)",
    date=D("2025-09-16 11:02", "+0200"), fmt="alt",
    body="""Bonjour Arjun,

Merci pour l'intérêt que vous portez à Ardoise Technologies et pour le temps consacré à votre candidature au poste de Développeur Backend Senior (H/F).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons retenu des profils dont l'expérience correspond davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Élodie Marchand
Chargée de recrutement – Ardoise Technologies S.A.""")

add("rejection", "Mistral Bay Payments", "Clarissa", "Senior Backend Engineer (Payments Core)", "en", "hard",
    "reply quoting the earlier interview invitation; Singapore",
    frm="Clarissa Tan <clarissa.tan@mistralbay.sg>",
    subj="Re: Interview invitation - Senior Backend Engineer (Payments Core)",
    date=D("2025-10-02 17:36", "+0800"), reply=True,
    body="""Hi Arjun,

Thank you again for meeting the team last week. I'm sorry to share that we will not be moving ahead with your application for the Senior Backend Engineer (Payments Core) role. The panel felt the position needs more depth in regulatory reporting for MAS-licensed entities than we saw in the conversations.

It was a pleasure getting to know you, and I hope our paths cross again.

Warm regards,
Clarissa Tan
Talent Partner, Mistral Bay Payments Pte. Ltd.
Singapore

On 22 Sep 2025, at 10:14, Clarissa Tan <clarissa.tan@mistralbay.sg> wrote:
> Hi Arjun,
> We'd love to invite you to a 90-minute virtual interview with our
> engineering panel on Thursday, 25 September at 2:00 PM SGT.
> Please confirm you're available and I'll send the Zoom details.
> Looking forward to speaking with you!""")

add("rejection", "Orrin Semiconductor India", "", "Software Engineer III - Backend Platform", "en", "hard",
    "iCIMS; mentions onsite interviews and 'next steps' in passing",
    frm="Orrin Talent Acquisition <orrin-noreply@talent.icims.com>",
    subj="Orrin Semiconductor - Software Engineer III - Backend Platform",
    date=D("2025-10-29 09:12", "+0530"), fmt="alt",
    body="""Dear Arjun,

Thank you for participating in the onsite interviews for the Software Engineer III - Backend Platform position at Orrin Semiconductor India. We know these days are long and we appreciate the preparation you put in.

After careful consideration, the hiring team has selected another candidate whose experience aligns more closely with the requirements of this role. As a result, there are no next steps for your candidacy on this requisition.

We encourage you to keep an eye on our careers page.

Sincerely,
Orrin Semiconductor India Talent Acquisition""")

add("rejection", "Qasr Digital", "", "Backend Developer (Node.js)", "en", "easy", "SmartRecruiters; position filled; Dubai",
    frm="Qasr Digital <noreply@smartrecruiters.com>",
    subj="Your application to Backend Developer (Node.js)",
    date=D("2025-11-12 13:25", "+0400"),
    body="""Dear Arjun,

Thank you for applying for the Backend Developer (Node.js) opening at Qasr Digital in Dubai.

We would like to let you know that the position has now been filled. We will retain your details in our database and may contact you should a suitable vacancy arise.

Best regards,
Human Resources
Qasr Digital LLC, Dubai, UAE""")

add("rejection", "Koyal Mobility", "Sandeep", "Staff Engineer, Fleet Platform", "en", "hard",
    "'didn't work out' plus referral to another company",
    frm="Sandeep Kulkarni <sandeep@koyalmobility.com>",
    subj="Staff Engineer role - closing the loop",
    date=D("2025-12-03 19:50", "+0530"),
    body="""Arjun,

Closing the loop as promised. This one didn't work out -- the hiring committee wanted someone who has run an on-call rotation for a fleet of 50k+ devices, and we decided to hold out for that profile for the Staff Engineer, Fleet Platform slot.

That said, I think you'd be a strong fit at Ragi Labs, where a friend of mine runs the payments infra team. If you're okay with it, I'll send an intro tomorrow.

Cheers,
Sandeep
Engineering Manager | Koyal Mobility""")

add("rejection", "Neelgiri Insurtech", "", "Backend Developer - Python", "en", "hard",
    "job-board relay of recruiter status update; 'not shortlisted'",
    frm="RozgarHub <alerts@rozgarhub.example.in>",
    subj="Application status update: Neelgiri Insurtech",
    date=D("2025-12-15 08:03", "+0530"), fmt="html",
    extra={"List-Unsubscribe": "<https://rozgarhub.example.in/unsub?u=av2231>"},
    body="", html_body="""<html><body>
<table width="600" style="font-family:Arial"><tr><td>
<p>Hi Arjun,</p>
<p>The recruiter from <b>Neelgiri Insurtech</b> has updated the status of your application for <b>Backend Developer - Python</b> (Bengaluru, 4-7 yrs).</p>
<p style="font-size:18px">Status: <b>Not shortlisted</b></p>
<p>The recruiter has reviewed your profile and it does not match their current requirement. Don't lose heart &mdash; there are 212 similar jobs waiting for you.</p>
<p><a href="https://rozgarhub.example.in/jobs/similar?id=88121">View similar jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving this because you applied via RozgarHub. Unsubscribe | Privacy</p>
</td></tr></table></body></html>""")

add("rejection", "Chakra Retail Labs", "", "Backend Engineer - Go", "en", "easy", "Darwinbox-like ATS; 'not been shortlisted'",
    frm="Chakra Retail Labs Careers <careers-noreply@chakraretail.hrmsbox.in>",
    subj="Your application with Chakra Retail Labs",
    date=D("2026-01-07 16:40", "+0530"),
    body="""Dear Arjun Venkataraman,

Thank you for showing interest in the Backend Engineer - Go position with Chakra Retail Labs.

We regret to inform you that your profile has not been shortlisted for further rounds of the selection process. We will retain your profile in our database for future requirements.

Wishing you the very best.

Team HR
Chakra Retail Labs Private Limited""")

add("rejection", "Vetiver Foods", "", "Senior Backend Developer", "en", "easy", "Keka-like ATS template",
    frm="Vetiver Foods Hiring <hire@vetiverfoods.kalpahr.com>",
    subj="Application Status - Senior Backend Developer",
    date=D("2026-01-20 11:11", "+0530"), fmt="alt",
    body="""Hello Arjun,

Thank you for applying for the Senior Backend Developer role at Vetiver Foods.

We have decided to proceed with other candidates whose experience more closely aligns with what the team needs right now. We truly value the interest you have shown in us.

Regards,
Talent Team, Vetiver Foods Private Limited""")

add("rejection", "Saptak Media", "Rohit", "", "en", "hard", "two lines; curt; no rejection keywords",
    frm="Rohit Bansal <rohit@saptakmedia.com>",
    subj="platform role",
    date=D("2026-02-02 22:47", "+0530"),
    body="""Hi Arjun, we're going with someone else for the platform role. Thanks for your time.

-Rohit
Saptak Media""")

add("rejection", "Cierzo Digital", "Lucía", "Ingeniero/a Backend Senior (remoto)", "es", "easy", "Spanish; Workable",
    frm="Lucía Gállego <lucia.gallego@cierzodigital.es>",
    subj="Tu candidatura – Ingeniero/a Backend Senior (remoto)",
    date=D("2026-02-17 10:30", "+0100"), cte="quoted-printable",
    body="""Hola Arjun:

Gracias por tu interés en Cierzo Digital y por el tiempo que dedicaste a las entrevistas para el puesto de Ingeniero/a Backend Senior (remoto).

Lamentablemente, hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta mejor a lo que buscamos en este momento. Nos ha gustado mucho conocerte y guardaremos tus datos para futuras vacantes, si nos das tu permiso.

Un saludo,
Lucía Gállego
Talent Acquisition · Cierzo Digital S.L. · Zaragoza""")

add("rejection", "Ambrit Games", "Farhan", "Backend Engineer - Live Services", "en", "hard",
    "says 'extended an offer' to another candidate",
    frm="Farhan Qureshi <farhan.q@ambritgames.com>",
    subj="Backend Engineer - Live Services: an update",
    date=D("2026-03-06 14:05", "+0530"), fmt="alt",
    body="""Hi Arjun,

I hope your week is going well. I wanted to give you an update on the Backend Engineer - Live Services role. We have extended an offer to another candidate, and they have accepted, so we're closing out the remaining interviews.

You made it very close to the end and the team enjoyed the matchmaking design discussion. I'd love to reconnect when we open the next backend headcount later this year.

Best,
Farhan Qureshi
Talent Acquisition Lead
Ambrit Games""")

add("rejection", "Halcyon Reef Bank", "", "Vice President, Backend Engineering", "en", "hard",
    "'hold your profile in our talent pool' could read as on_hold",
    frm="Halcyon Reef Bank Careers <halcyonreef@myworkday.com>",
    subj="Your application: Vice President, Backend Engineering (JR-55190)",
    date=D("2026-03-25 09:55", "+0800"),
    body="""Dear Arjun,

Thank you for your application for Vice President, Backend Engineering (JR-55190) in Singapore.

We have now completed our assessment of candidates. On this occasion we will not be taking your application further. With your consent, we will hold your profile in our talent pool for 12 months and may reach out if a suitable role opens.

Kind regards,
Talent Acquisition
Halcyon Reef Bank Ltd.""")

add("rejection", "Sarangi Cloud Services", "", "Backend Engineer - Billing", "en", "easy", "Zoho Recruit; HTML only",
    frm="Sarangi Cloud Services <notification@zohorecruitmail.com>",
    subj="Regarding your application - Backend Engineer - Billing",
    date=D("2026-04-09 17:20", "+0530"), fmt="html",
    body="", html_body="""<html><body><div style="font-family:Verdana;font-size:13px">
<p>Dear Arjun,</p>
<p>Thank you for your interest in the <b>Backend Engineer - Billing</b> role at Sarangi Cloud Services.</p>
<p>We appreciate the time you took to apply. Unfortunately, we will not be moving forward with your candidature for this position.</p>
<p>We wish you success in your career.</p>
<p>Warm regards,<br>Recruitment Team<br>Sarangi Cloud Services Pvt. Ltd.</p>
</div></body></html>""")

add("rejection", "Vantor Health Technology Centre", "Nikhil", "Lead Software Engineer (Backend)", "en", "hard",
    "recruiter forwards hiring manager's decision (Priyanka)",
    frm="Nikhil Menon <nikhil.menon@vantorhealth.com>",
    subj="FW: Arjun V - Lead SE panel outcome",
    date=D("2026-04-22 18:10", "+0530"),
    body="""Hi Arjun,

Sharing below the note from Priyanka after your panel. I'm sorry this isn't better news. Happy to get on a call if you want to go over it.

Regards,
Nikhil Menon
Talent Acquisition | Vantor Health Technology Centre, Bengaluru

-----Original Message-----
From: Priyanka Rao <priyanka.rao@vantorhealth.com>
Sent: Wednesday, April 22, 2026 4:31 PM
To: Nikhil Menon <nikhil.menon@vantorhealth.com>
Subject: Arjun V - Lead SE panel outcome

Nikhil - we discussed Arjun in the debrief today. Strong coder, but the panel was not convinced on the leadership dimension for the Lead Software Engineer (Backend) level, so it's a no-hire for this req. Could you let him know, and please thank him from all of us.

Priyanka""")

add("rejection", "Fernwick Labs", "Jonas", "Backend Engineer (Rust)", "en", "hard",
    "after take-home review; mentions interview",
    frm="Jonas Aberg <jonas@fernwicklabs.io>",
    subj="Your take-home for Fernwick Labs",
    date=D("2026-05-13 11:48", "+0200"), fmt="alt",
    body="""Hi Arjun,

Thanks for submitting the take-home and for walking us through it in the follow-up interview. We appreciated the clean module boundaries.

After discussing as a team, we won't be moving forward with your application for the Backend Engineer (Rust) role. The main gap was around async cancellation and back-pressure, which is central to what we build.

Thank you again for the effort you put in.

Jonas
Engineering Lead, Fernwick Labs""")

add("rejection", "Pelican Ridge Software", "", "Senior Backend Engineer", "en", "easy", "Jobvite template",
    frm="Pelican Ridge Software <careers@pelicanridge.jobvite-notifications.com>",
    subj="Thank you for your interest in Pelican Ridge Software",
    date=D("2026-06-09 14:30", "-0700"),
    body="""Dear Arjun,

Thank you for your interest in the Senior Backend Engineer position at Pelican Ridge Software. We have reviewed your qualifications and unfortunately we will not be pursuing your candidacy for this role.

We encourage you to apply for other positions that match your skills.

Sincerely,
Pelican Ridge Software Recruiting""")

add("rejection", "Karunai HealthTech", "Aditi", "Senior Backend Engineer", "en", "hard",
    "one of two finalists; warm; mentions final interview",
    frm="Aditi Sharma <aditi.sharma@karunaihealth.com>",
    subj="Decision on the Senior Backend Engineer role",
    date=D("2026-07-01 20:18", "+0530"),
    body="""Dear Arjun,

I wanted to reach out personally after your final interview with our CTO. You were one of the last two candidates for the Senior Backend Engineer position, and it was a genuinely hard call. In the end we chose the other finalist, whose background in HL7/FHIR integrations maps very directly onto our roadmap for the next two quarters.

I know this is disappointing after several rounds. If you'd like detailed feedback, I'm happy to set up fifteen minutes.

With best wishes,
Aditi Sharma
Head of Talent, Karunai HealthTech""")

add("rejection", "Tamarind Logistics", "Kavya", "Backend Developer (Microservices)", "en", "easy",
    "Indian register; feedback below; 'candidature forward'",
    frm="Kavya N <kavya.n@tamarindlogistics.co.in>",
    subj="Interview feedback - Backend Developer (Microservices)",
    date=D("2026-08-05 15:02", "+0530"),
    body="""Dear Arjun,

Greetings from Tamarind Logistics!

Thank you for attending the technical discussion with our panel. Kindly find below the feedback shared by the panel:
- Good understanding of Spring Boot and REST design
- Needs more exposure to event-driven architecture and distributed tracing

Based on the above, we will not be able to take your candidature forward for the Backend Developer (Microservices) position at this point of time. We wish you all the best.

Thanks & Regards,
Kavya N
HR - Talent Acquisition
Tamarind Logistics Private Limited""")

add("rejection", "Quaystone Analytics", "", "Backend Engineer (Python/Django)", "en", "easy", "BambooHR; Dubai",
    frm="Quaystone Analytics <notifications@app.bamboohr.com>",
    subj="Backend Engineer (Python/Django) - Quaystone Analytics",
    date=D("2026-09-14 10:44", "+0400"),
    body="""Hello Arjun,

Thank you for considering Quaystone Analytics. We've carefully reviewed your application for the Backend Engineer (Python/Django) position and have decided not to continue with it at this time.

We wish you luck in your job search.

Quaystone Analytics Hiring Team""")

add("rejection", "Lumora Energy", "Sophie", "Senior Platform Engineer", "en", "hard",
    "internal candidate; 'stay in touch'",
    frm="Sophie Lindqvist <sophie.lindqvist@lumora.energy>",
    subj="Senior Platform Engineer at Lumora",
    date=D("2026-10-20 09:15", "+0100"),
    body="""Hi Arjun,

Thanks for your patience over the past few weeks. The Senior Platform Engineer role has gone to someone already on the team who applied internally, so we've closed the search.

I really enjoyed our conversations and I'd like to stay in touch -- we expect to hire for the Bengaluru hub in 2027, and I'll think of you first.

All the best,
Sophie Lindqvist
Technical Recruiter
Lumora Energy""")

# ---------------------------------------------------------------- on_hold
add("on_hold", "Indigo Tern Systems", "Shalini", "Senior Backend Engineer", "en", "easy", "explicit hiring freeze",
    frm="Shalini Pai <shalini.pai@indigotern.com>",
    subj="Senior Backend Engineer - hiring freeze",
    date=D("2025-01-22 17:30", "+0530"),
    body="""Hi Arjun,

I'm sorry to be writing with this after you cleared the first two rounds. Leadership announced a company-wide hiring freeze this morning, effective immediately, and all open requisitions including the Senior Backend Engineer role are frozen until the next budget cycle.

This has nothing to do with your performance -- the feedback so far was positive. If the freeze lifts, I'll reach out to you before we reopen the role publicly.

Regards,
Shalini Pai
Recruiter, Indigo Tern Systems""")

add("on_hold", "Bellwether Insurance Services India", "", "Principal Engineer - Claims Platform", "en", "hard",
    "requisition cancelled; ATS wording resembles rejection",
    frm="Bellwether Careers <bellwether@myworkday.com>",
    subj="Requisition update: Principal Engineer - Claims Platform",
    date=D("2025-04-15 12:01", "+0530"), extra=GEN,
    body="""Dear Arjun,

We are writing about your application for Principal Engineer - Claims Platform (JR-10932) at Bellwether Insurance Services India.

This requisition has been cancelled by the business and the position will not be filled. As a result, your application will no longer be considered for this opening. This decision was not based on your qualifications.

You are welcome to apply for other roles on our careers site.

Bellwether Insurance Services India Pvt. Ltd. - Talent Acquisition""")

add("on_hold", "Pranava Labs", "Vivek", "Backend Engineer - Search", "en", "easy", "pausing search during reorg",
    frm="Vivek Anand <vivek@pranavalabs.ai>",
    subj="Pausing the search for now",
    date=D("2025-06-26 13:45", "+0530"),
    body="""Hi Arjun,

Quick update: we are pausing this search while the search and recommendations teams are merged into a single group. The Backend Engineer - Search opening may come back with a different scope, and I'll let you know if it does.

Really sorry for the delay this causes on your side.

Vivek Anand
Co-founder & CTO, Pranava Labs""")

add("on_hold", "Tidemark Capital", "Hui Min", "Senior Software Engineer (Backend)", "en", "easy", "budget; Singapore",
    frm="Hui Min Lee <huimin.lee@tidemarkcap.com.sg>",
    subj="Senior Software Engineer (Backend) - status",
    date=D("2025-09-03 16:20", "+0800"),
    body="""Dear Arjun,

Thank you for your patience. Following a review of the technology budget for the second half, the Senior Software Engineer (Backend) position has been put on hold and we are not able to progress any candidates at this moment.

We expect to revisit headcount in January. Should the role reopen, we will be in contact, as you were among our preferred candidates.

Kind regards,
Hui Min Lee
HR Business Partner
Tidemark Capital Pte. Ltd.""")

add("on_hold", "Graphite Owl", "", "Backend Engineer, Integrations", "en", "hard",
    "'no longer open'; Lever; reads like a rejection",
    frm="Graphite Owl <no-reply@hire.lever.co>",
    subj="Update on Backend Engineer, Integrations",
    date=D("2025-11-04 08:10", "-0700"),
    body="""Hi Arjun,

Thank you for applying to Graphite Owl. We're reaching out to let everyone who applied know that the Backend Engineer, Integrations role is no longer open; the team has decided not to hire for it this year.

We're sorry we couldn't give you a better update and hope you'll consider us again in the future.

The Graphite Owl Team""")

add("on_hold", "Maison Cobalt", "Antoine", "Ingénieur Backend (H/F)", "fr", "easy", "French; recruitment suspended",
    frm="Antoine Lefèvre <antoine.lefevre@maisoncobalt.fr>",
    subj="Point sur le recrutement – Ingénieur Backend (H/F)",
    date=D("2026-01-13 10:12", "+0100"),
    body="""Bonjour Arjun,

Je reviens vers vous concernant le poste d'Ingénieur Backend (H/F). Suite à une réorganisation de notre direction technique, le recrutement est suspendu jusqu'à nouvel ordre. Cette décision ne remet absolument pas en cause la qualité de votre candidature, que l'équipe avait appréciée.

Je ne manquerai pas de vous recontacter si le poste est rouvert.

Cordialement,
Antoine Lefèvre
Responsable Talent Acquisition – Maison Cobalt""")

add("on_hold", "Rasam Payments", "Manoj", "Senior Backend Developer (Golang)", "en", "hard",
    "agency recruiter; client paused till next quarter; Indian register",
    frm="Manoj Pillai <manoj@vridhi-staffing.in>",
    subj="Rasam Payments - Sr Backend Developer position update",
    date=D("2026-02-24 11:35", "+0530"),
    body="""Hi Arjun,

Hope you are doing good. Just wanted to update you that our client Rasam Payments has put the Senior Backend Developer (Golang) position on hold till next quarter due to internal budget approvals. Your L1 feedback was positive, so once the position opens again they will continue directly from L2.

Kindly bear with us, I will keep you posted. Please revert in case you have any queries.

Regards,
Manoj Pillai
Vridhi Staffing Solutions""")

add("on_hold", "Grayson Mills Digital", "Ellen", "Senior Backend Engineer", "en", "hard",
    "role moved to another location; no longer hiring in Bengaluru",
    frm="Ellen Burke <ellen.burke@graysonmills.com>",
    subj="Senior Backend Engineer (Bengaluru) - change of plans",
    date=D("2026-04-29 07:40", "+0100"),
    body="""Hi Arjun,

I owe you an update. Our leadership team has decided to consolidate the new platform team in Kraków, which means we are no longer hiring for the Senior Backend Engineer position in Bengaluru. The interviews scheduled for next week are cancelled.

I know you invested time in this and I'm sorry. This was a location decision made well above the hiring team.

Ellen Burke
Talent Lead, Grayson Mills Digital""")

add("on_hold", "Sandgate Logistics", "Rania", "Lead Backend Engineer", "en", "hard",
    "reply quoting interview scheduling; search paused",
    frm="Rania Haddad <rania.haddad@sandgatelogistics.ae>",
    subj="Re: Next round - Lead Backend Engineer",
    date=D("2026-06-17 15:05", "+0400"), reply=True,
    body="""Dear Arjun,

Apologies for the silence since your last email. The management has asked us to pause the Lead Backend Engineer search while they finalise the group's 2026 technology budget, so I'm unable to schedule the next round for now.

I will get back to you as soon as I have clarity. Thank you for understanding.

Best regards,
Rania Haddad
Talent Acquisition Manager
Sandgate Logistics LLC, Dubai

> On 9 Jun 2026, Arjun Venkataraman wrote:
> Dear Rania, thank you for confirming I've cleared the technical round.
> I'm available for the final interview any day next week after 2 PM GST.""")

add("on_hold", "Ostrander Robotics", "", "Backend Software Engineer", "en", "hard",
    "'keep your resume on file' but the reason is a freeze",
    frm="Ostrander Robotics Talent <careers@ostrander-robotics.workablemail.com>",
    subj="Backend Software Engineer application",
    date=D("2026-09-22 09:30", "-0700"), fmt="alt",
    body="""Hi Arjun,

Thank you for your interest in the Backend Software Engineer role. Due to a change in our business priorities, we are not hiring for this position for the time being and have stopped reviewing applications.

We will keep your resume on file and will reach out if the role reopens.

Ostrander Robotics, Inc. Talent Team""")

# ---------------------------------------------------------------- interview
add("interview", "Kadamba Fintech", "", "Senior Backend Engineer - Lending", "en", "easy",
    "Greenhouse confirmation with time in IST", iat="2026-03-10T11:00:00+05:30",
    frm="Kadamba Fintech <no-reply@us.greenhouse-mail.io>",
    subj="Interview Confirmation: Senior Backend Engineer - Lending",
    date=D("2026-03-05 10:22", "+0530"), fmt="alt",
    body="""Hi Arjun,

Your interview for Senior Backend Engineer - Lending at Kadamba Fintech is confirmed.

Date: Tuesday, 10 March 2026
Time: 11:00 AM - 12:00 PM IST
Format: Google Meet (link below)
Interviewers: Harish Gowda (Engineering Manager), Nandini Rao (Staff Engineer)

Join: https://meet.google.com/kdb-qwer-tyu

If you need to reschedule, please reply to this email at least 24 hours in advance.

Kadamba Fintech Recruiting""")

add("interview", "Brightkettle Analytics", "Owen", "Senior Backend Engineer", "en", "hard",
    "Calendly link; 'quick chat'; no word interview",
    frm="Owen Carter <owen@brightkettle.com>",
    subj="quick chat?",
    date=D("2025-08-12 07:55", "-0700"),
    body="""Hey Arjun,

I lead the data ingestion team at Brightkettle Analytics and saw your application for the Senior Backend Engineer opening. Your work on the idempotent event consumer caught my eye. Would you be up for a quick chat with me so we can both figure out if this is a fit?

Grab any 30-minute slot that works: https://calendly.com/owen-brightkettle/30min

Owen""")

add("interview", "Lorvane Technology Centre India", "Smitha", "Staff Software Engineer - Payments", "en", "easy",
    "calendar invitation with text/calendar part", iat="2025-09-18T15:00:00+05:30",
    frm="Smitha Hegde <smitha.hegde@lorvane.com>",
    subj="Invitation: Technical Interview - Arjun Venkataraman / Staff Software Engineer - Payments @ Thu 18 Sep 2025 3pm - 4pm (IST)",
    date=D("2025-09-12 14:33", "+0530"),
    body="""Technical Interview - Arjun Venkataraman / Staff Software Engineer - Payments
Thursday 18 September 2025 - 3:00pm - 4:00pm (India Standard Time - Kolkata)
Location: Microsoft Teams

Hi Arjun, this round focuses on system design for a payments reconciliation service. Please join five minutes early to test audio.

Smitha Hegde
Talent Acquisition, Lorvane Technology Centre India""",
    ics=ics("lorvane-881@lorvane.com", "20250918T093000Z", "20250918T103000Z",
            "Technical Interview - Staff Software Engineer - Payments", "smitha.hegde@lorvane.com"))

add("interview", "Corvid Pay", "Tanvi", "Senior Software Engineer, Backend", "en", "hard",
    "reschedule in reply thread; relative day", iat="2026-01-22T16:30:00+05:30",
    frm="Tanvi Desai <tanvi.desai@corvidpay.com>",
    subj="Re: Round 2 - Senior Software Engineer, Backend",
    date=D("2026-01-19 09:40", "+0530"), reply=True,
    body="""Hi Arjun,

Sorry for the shuffle. Kiran has a production release on Wednesday, so we've moved your conversation with him to Thursday at 4:30 pm IST. Same Zoom link as before. Hope that still works for you!

Tanvi Desai | Corvid Pay

On Fri, Jan 16, 2026 at 6:12 PM Arjun Venkataraman <arjun.venkat@gmail.com> wrote:
> Hi Tanvi, Wednesday 3 pm works well. Thanks!""")

add("interview", "Vantor Health Technology Centre", "", "Senior Backend Engineer", "en", "easy",
    "GoodTime self-scheduling; several slots",
    frm="Vantor Health Recruiting <scheduling@goodtime.io>",
    subj="Please select your interview times - Vantor Health",
    date=D("2025-12-08 12:00", "+0530"), fmt="alt",
    body="""Hi Arjun,

The hiring team at Vantor Health Technology Centre would like to schedule your technical interview for the Senior Backend Engineer role. Please choose one of the available slots below (all times IST):

- Wed, 10 Dec, 10:00 AM
- Wed, 10 Dec, 3:00 PM
- Thu, 11 Dec, 11:30 AM
- Fri, 12 Dec, 2:00 PM

Select a time: https://vantorhealth.goodtime.io/s/7xKq2

Powered by GoodTime""")

add("interview", "Stonechat Systems", "Lena", "Backend Engineer", "en", "hard",
    "take-home plus review session; 'exercise' not 'interview'",
    frm="Lena Hoffmann <lena@stonechat.systems>",
    subj="Next step: small exercise",
    date=D("2025-05-27 10:05", "+0200"),
    body="""Hi Arjun,

Thanks for the intro call! As the next step for the Backend Engineer position we'd like you to do a short exercise: build a rate-limited HTTP API in the language of your choice. It should take 3-4 hours; please don't spend more. Brief is attached in the repo invite you'll get from GitHub.

Once you send it back, we'll book a 60-minute session where you walk two of our engineers through your solution and we extend it together.

Cheers,
Lena
Stonechat Systems""")

add("interview", "Grayling Data", "", "Senior Backend Engineer", "en", "easy",
    "ModernLoop virtual onsite itinerary; PT", iat="2026-04-15T09:30:00-07:00",
    frm="Grayling Data Recruiting <schedules@modernloop.io>",
    subj="Your virtual onsite with Grayling Data - itinerary",
    date=D("2026-04-08 16:12", "-0700"), fmt="alt",
    body="""Hi Arjun,

Your virtual onsite for the Senior Backend Engineer role at Grayling Data is set for Wednesday, April 15, 2026.

9:30 AM - 10:15 AM PT  Coding (Ravi Shetty)
10:30 AM - 11:30 AM PT System Design (Mara Jensen)
11:45 AM - 12:30 PM PT Hiring Manager (Tom Albrecht)

All sessions are on Zoom; links are in the calendar invites. We know this is late evening in Bengaluru, thank you for accommodating.

Grayling Data, Inc. Recruiting Team""")

add("interview", "Jhumka Technologies", "Pooja", "Backend Developer (Java)", "en", "easy",
    "job-board relay; F2F round; Indian register", iat="2025-06-14T10:00:00+05:30",
    frm="RozgarHub Recruiter Mail <recruitermail@rozgarhub.example.in>",
    subj="Interview Call from Jhumka Technologies - Backend Developer (Java)",
    date=D("2025-06-10 18:22", "+0530"),
    body="""Dear Arjun,

Greetings from Jhumka Technologies!

With reference to your application on RozgarHub, we are pleased to inform you that your profile has been shortlisted for the Backend Developer (Java) position. You are invited for a face-to-face technical round on Saturday, 14th June at 10:00 AM at our Whitefield office.

Venue: Jhumka Technologies, 3rd floor, Prestige Tech Park Annex, Whitefield, Bengaluru
Kindly carry a copy of your updated resume and a government ID proof.

Kindly confirm your availability by replying to this mail.

Regards,
Pooja S
HR Executive, Jhumka Technologies Pvt. Ltd.

(Message sent via RozgarHub. Do not share OTPs or pay any fee to recruiters.)""")

add("interview", "Orrin Semiconductor India", "Ramesh", "Senior Software Engineer - Backend", "en", "hard",
    "agency; L1 round tomorrow; 'kindly revert'", iat="2025-08-27T14:30:00+05:30",
    frm="Ramesh K <ramesh.k@peakmind-consulting.in>",
    subj="L1 Technical Round scheduled - Orrin Semiconductor - Sr SE Backend",
    date=D("2025-08-26 17:05", "+0530"),
    body="""Hi Arjun,

Good news, your profile got shortlisted by my client Orrin Semiconductor India for the Senior Software Engineer - Backend role.

Your L1 technical round is scheduled tomorrow at 2:30 PM IST on Teams (virtual). Panel will share the link 30 minutes before. Duration will be around 1 hour, focus on Java, Spring and SQL.

Kindly revert with confirmation at the earliest.

Thanks & Regards,
Ramesh K
PeakMind Consulting""")

add("interview", "Brenner Datenwerk GmbH", "Tobias", "Backend-Entwickler (m/w/d)", "de", "easy",
    "German; time in CET", iat="2026-03-12T10:00:00+01:00",
    frm="Tobias Brenner <t.brenner@brenner-datenwerk.de>",
    subj="Einladung zum Vorstellungsgespräch – Backend-Entwickler (m/w/d)",
    date=D("2026-03-03 14:50", "+0100"),
    body="""Hallo Arjun,

vielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d). Wir würden Sie gerne kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Videocall ein:

Donnerstag, 12. März 2026, 10:00 Uhr (MEZ)
Dauer: ca. 60 Minuten, Microsoft Teams

Bitte bestätigen Sie uns kurz den Termin.

Viele Grüße
Tobias Brenner
Teamleiter Plattform
Brenner Datenwerk GmbH""")

add("interview", "Lumbre Tecnología", "Marta", "Desarrollador/a Backend Senior", "es", "easy",
    "Spanish; technical interview, Madrid time", iat="2026-11-03T16:00:00+01:00",
    frm="Marta Ibáñez <marta.ibanez@lumbretec.es>",
    subj="Entrevista técnica – Desarrollador/a Backend Senior",
    date=D("2026-10-27 12:15", "+0100"), fmt="alt",
    body="""Hola Arjun:

¡Gracias por tu candidatura! Nos ha encantado tu perfil y queremos invitarte a una entrevista técnica para el puesto de Desarrollador/a Backend Senior.

Fecha: martes 3 de noviembre
Hora: 16:00 (hora de Madrid)
Formato: Google Meet, 60 minutos con dos personas del equipo de plataforma

¿Nos confirmas si te viene bien?

Un abrazo,
Marta Ibáñez
People Team · Lumbre Tecnología S.A.""")

add("interview", "Sembawang Cloud", "Darren", "Senior Backend Engineer", "en", "hard",
    "phone screen request; no word interview",
    frm="Darren Ong <darren.ong@sembawangcloud.sg>",
    subj="Your application - Senior Backend Engineer",
    date=D("2025-10-14 10:48", "+0800"),
    body="""Hi Arjun,

Thanks for applying to Sembawang Cloud. I'm the recruiter for the Senior Backend Engineer role and would like to set up a 20-minute call to talk about your background, notice period and relocation to Singapore.

Would any time this Thursday or Friday between 11am and 5pm SGT suit you? Let me know a couple of options and I'll send an invite.

Best,
Darren Ong
Talent Acquisition, Sembawang Cloud Pte. Ltd.""")

add("interview", "Mirdif Systems", "Yusuf", "Backend Team Lead", "en", "hard",
    "'unfortunately' but interview moved; relative day, GST", iat="2026-05-25T17:00:00+04:00",
    frm="Yusuf Al Mansoori <yusuf.almansoori@mirdifsystems.ae>",
    subj="Change to your interview timing",
    date=D("2026-05-21 09:10", "+0400"),
    body="""Dear Arjun,

Unfortunately our Head of Engineering is travelling tomorrow, so we need to move your interview for the Backend Team Lead role. The new time is Monday at 5:00 PM GST (6:30 PM IST), on the same Teams link.

Apologies for the inconvenience and thank you for your flexibility.

Regards,
Yusuf Al Mansoori
Senior Recruiter | Mirdif Systems LLC""")

add("interview", "Parijat Software Solutions", "Swathi", "Senior Backend Engineer", "en", "easy",
    "Indian HR template with date/time/mode", iat="2026-01-21T11:30:00+05:30",
    frm="Swathi Reddy <swathi.reddy@parijatsoft.com>",
    subj="Technical Interview scheduled | Parijat Software Solutions | Senior Backend Engineer",
    date=D("2026-01-16 16:45", "+0530"),
    body="""Dear Arjun,

Greetings from Parijat Software Solutions!

Your profile has been shortlisted for the Technical Interview for the position of Senior Backend Engineer. Please find the details below:

Date: 21-Jan-2026 (Wednesday)
Time: 11:30 AM IST
Mode: Google Meet - https://meet.google.com/prj-tech-int
Duration: 60 mins

Kindly acknowledge the receipt of this mail and do the needful.

Regards,
Swathi Reddy
Talent Acquisition
Parijat Software Solutions Pvt. Ltd.""")

add("interview", "Corvid Pay", "", "Senior Software Engineer, Backend", "en", "easy",
    "iCIMS invite; HTML only, base64; choose a time",
    frm="Corvid Pay Careers <corvidpay-noreply@talent.icims.com>",
    subj="Interview request: Senior Software Engineer, Backend",
    date=D("2025-12-29 11:00", "+0530"), fmt="html", cte="base64",
    body="", html_body="""<html><body style="font-family:Helvetica">
<p>Hi Arjun,</p>
<p>Congratulations! The hiring team for <b>Senior Software Engineer, Backend</b> at Corvid Pay would like to invite you to a 45-minute interview with the hiring manager.</p>
<p>Please use the button below to pick a time that works for you in the next five working days.</p>
<p><a href="https://corvidpay.icims.com/jobs/schedule?token=aa91" style="background:#1a73e8;color:#fff;padding:8px 14px">Schedule interview</a></p>
<p>Corvid Pay Talent Team</p>
</body></html>""")

add("interview", "Brightkettle Analytics", "Owen", "", "en", "hard",
    "confirmation in reply; Date header -0700 but time given in IST", iat="2025-08-15T18:30:00+05:30",
    frm="Owen Carter <owen@brightkettle.com>",
    subj="Re: quick chat?",
    date=D("2025-08-13 08:20", "-0700"), reply=True,
    body="""Works for me -- see you Friday at 6:30 pm IST. I'll send the Zoom link from my calendar.

Owen Carter
Data Ingestion | Brightkettle Analytics

On Wed, Aug 13, 2025 at 7:58 PM Arjun Venkataraman <arjun.venkat@gmail.com> wrote:
> Hi Owen, thanks for reaching out! Would Friday at 6:30 pm IST work?""")

add("interview", "Fernwick Labs", "", "Backend Engineer (Rust)", "en", "easy",
    "Ashby; pairing session after take-home; pick a time",
    frm="Fernwick Labs <no-reply@ashbyhq.com>",
    subj="Fernwick Labs: schedule your pairing session",
    date=D("2026-04-28 13:30", "+0200"), fmt="alt",
    body="""Hi Arjun,

Thanks for completing the take-home for Backend Engineer (Rust). The next step is a 60-minute pairing interview where you'll extend your solution with one of our engineers.

Please pick a time here: https://app.ashbyhq.com/interview-scheduling/fernwick/8d2c

Fernwick Labs Recruiting""")

add("interview", "Lumora Energy", "Sophie", "Senior Platform Engineer", "en", "hard",
    "final round; time stated in London time, Date header +0530", iat="2026-07-08T14:00:00+01:00",
    frm="Sophie Lindqvist <sophie.lindqvist@lumora.energy>",
    subj="Final round - Senior Platform Engineer",
    date=D("2026-07-01 19:05", "+0530"),
    body="""Hi Arjun,

Great news -- the team would like you to join the final round for the Senior Platform Engineer role. It's a 90-minute conversation with our VP Engineering and a bar-raiser from another team.

We've booked Wednesday 8 July at 2:00 pm London time (6:30 pm for you). The Teams invite will follow shortly.

Best,
Sophie Lindqvist
Technical Recruiter, Lumora Energy""")

add("interview", "Ragi Labs", "Abhishek", "", "en", "hard",
    "informal coffee with CTO; no word interview", iat="2025-12-13T11:00:00+05:30",
    frm="Abhishek Murthy <abhi@ragilabs.in>",
    subj="coffee this Saturday?",
    date=D("2025-12-09 23:02", "+0530"),
    body="""Hey Arjun,

Sandeep from Koyal told me a lot about you. We're looking for someone to own the ledger service on the payments infra team. Want to grab coffee at Third Wave, Koramangala 5th block this Saturday at 11am? Nothing formal, I'll tell you what we're building and you can grill me.

Abhishek
CTO, Ragi Labs""")

add("interview", "Halcyon Reef Bank", "", "Senior Backend Engineer (Core Banking)", "en", "easy",
    "Workday reschedule notice; SGT", iat="2026-02-26T10:00:00+08:00",
    frm="Halcyon Reef Bank Careers <halcyonreef@myworkday.com>",
    subj="Interview Rescheduled - Senior Backend Engineer (Core Banking)",
    date=D("2026-02-20 15:40", "+0800"), extra=GEN,
    body="""Dear Arjun,

Your interview for Senior Backend Engineer (Core Banking) (JR-55012) has been rescheduled.

New date and time: Thursday, 26 February 2026, 10:00 AM - 11:00 AM (Singapore Time, GMT+8)
Interview type: Video (Microsoft Teams)
Interviewers: Gerald Koh, Priya Natarajan

Please log in to the candidate home page to view the details.

Halcyon Reef Bank Talent Acquisition""")

add("interview", "Tamarind Logistics", "Kavya", "Backend Developer (Microservices)", "en", "easy",
    "technical discussion invite with time", iat="2026-07-24T15:00:00+05:30",
    frm="Kavya N <kavya.n@tamarindlogistics.co.in>",
    subj="Technical discussion - Backend Developer (Microservices)",
    date=D("2026-07-20 10:30", "+0530"),
    body="""Dear Arjun,

Greetings from Tamarind Logistics!

We are happy to inform you that you are shortlisted for the technical discussion for Backend Developer (Microservices). The discussion is scheduled on Friday, 24th July 2026 at 3:00 PM over Microsoft Teams. Invite will be shared separately.

Kindly confirm your availability.

Thanks & Regards,
Kavya N
HR - Talent Acquisition
Tamarind Logistics Private Limited""")

add("interview", "Pelican Ridge Software", "Jenna", "Senior Backend Engineer", "en", "hard",
    "HM screen; 'conversation'; Pacific time with ask to confirm", iat="2026-05-19T08:00:00-07:00",
    frm="Jenna Morales <jmorales@pelicanridge.com>",
    subj="Conversation with the hiring manager",
    date=D("2026-05-14 15:25", "-0700"), fmt="alt",
    body="""Hi Arjun,

Thanks for your patience. Dave Whitman, who manages our API platform group, would like to speak with you about the Senior Backend Engineer role. I've put a 45-minute hold on his calendar for Tuesday, May 19 at 8:00 AM Pacific (8:30 PM IST) and you'll receive a Zoom invite shortly.

Let me know if that time doesn't work.

Jenna Morales
Recruiting Coordinator
Pelican Ridge Software, Inc.""")

# ---------------------------------------------------------------- offer
add("offer", "Jhumka Technologies", "Pooja", "Backend Developer (Java)", "en", "easy",
    "offer letter PFA; Indian register",
    frm="Pooja S <pooja.s@jhumkatech.com>",
    subj="Offer Letter - Backend Developer (Java) - Arjun Venkataraman",
    date=D("2025-06-24 17:55", "+0530"),
    body="""Dear Arjun,

Congratulations!

We are pleased to offer you the position of Backend Developer (Java) at Jhumka Technologies. PFA your offer letter with the compensation breakup and joining formalities.

Kindly sign and revert the acceptance copy by 30th June 2025. Your tentative date of joining is 1st August 2025.

Welcome aboard!

Regards,
Pooja S
HR Executive
Jhumka Technologies Pvt. Ltd.""", pdf="Offer_Letter_Arjun_Venkataraman.pdf")

add("offer", "Corvid Pay", "Tanvi", "Senior Software Engineer, Backend", "en", "hard",
    "verbal offer follow-up; never says 'offer'",
    frm="Tanvi Desai <tanvi.desai@corvidpay.com>",
    subj="Following up on our call",
    date=D("2026-02-04 19:30", "+0530"),
    body="""Hi Arjun,

It was lovely speaking with you this evening -- everyone on the team is thrilled that we get to work with you!

To recap what we discussed for the Senior Software Engineer, Backend position:
- Fixed pay: INR 48,00,000 per annum
- Joining bonus: INR 3,00,000
- ESOPs: 6,000 units vesting over four years
- Proposed start date: 2 March 2026

The formal paperwork will come from DocuSign tomorrow. Please take the weekend to think it over and call me with any questions.

Tanvi
Talent Partner, Corvid Pay""")

add("offer", "Sembawang Cloud", "Darren", "Senior Backend Engineer", "en", "easy",
    "Singapore offer with Employment Pass; PDF",
    frm="Darren Ong <darren.ong@sembawangcloud.sg>",
    subj="Offer of Employment - Senior Backend Engineer",
    date=D("2025-11-20 18:02", "+0800"), fmt="alt",
    body="""Dear Arjun,

On behalf of Sembawang Cloud Pte. Ltd., I am delighted to offer you the position of Senior Backend Engineer based in Singapore, with an annual base salary of SGD 132,000 plus a 10% performance bonus.

The offer is subject to approval of your Employment Pass, which we will sponsor. Please find the offer letter attached and let us know your decision by 28 November 2025.

We look forward to welcoming you!

Best regards,
Darren Ong
Talent Acquisition, Sembawang Cloud""", pdf="Sembawang_Offer_Letter.pdf")

add("offer", "Mirdif Systems", "Yusuf", "Backend Team Lead", "en", "easy", "Dubai package in AED",
    frm="Yusuf Al Mansoori <yusuf.almansoori@mirdifsystems.ae>",
    subj="Job Offer - Backend Team Lead - Mirdif Systems",
    date=D("2026-06-10 12:25", "+0400"),
    body="""Dear Arjun,

Further to your interviews, we are pleased to extend an offer of employment for the role of Backend Team Lead at Mirdif Systems LLC, Dubai.

Package summary:
- Basic salary: AED 24,000 per month
- Housing allowance: AED 8,000 per month
- Transport allowance: AED 1,500 per month
- Annual flight ticket to Bengaluru, medical insurance for family
- Employment visa sponsored by the company

Kindly confirm your acceptance by reply so we can initiate the visa process.

Regards,
Yusuf Al Mansoori
Senior Recruiter | Mirdif Systems""")

add("offer", "Grayling Data", "", "Senior Backend Engineer", "en", "easy", "Greenhouse offer portal notice; HTML only",
    frm="Grayling Data <no-reply@us.greenhouse-mail.io>",
    subj="Your offer from Grayling Data is ready",
    date=D("2026-05-02 10:10", "-0700"), fmt="html",
    body="", html_body="""<html><body style="font-family:Arial">
<p>Hi Arjun,</p>
<p>We're excited to share that your offer for <b>Senior Backend Engineer</b> at Grayling Data is ready for you to review.</p>
<p><a href="https://app.greenhouse.io/offers/grayling/1a7c">Review and sign your offer</a></p>
<p>This link expires in 7 days. Reach out to your recruiter with any questions.</p>
<p>Grayling Data, Inc.</p>
</body></html>""")

add("offer", "Kadamba Fintech", "Harish", "Senior Backend Engineer - Lending", "en", "hard",
    "revised offer in negotiation thread; quoted part mentions declining",
    frm="Harish Gowda <harish.gowda@kadambafintech.com>",
    subj="Re: Offer - Senior Backend Engineer - Lending",
    date=D("2026-03-27 20:40", "+0530"), reply=True,
    body="""Hi Arjun,

Good news. I spoke to our CFO and we can revise the offer: fixed component goes up to INR 52 LPA and we'll add a one-time relocation/joining amount of INR 2 LPA. Everything else stays the same. Revised letter attached.

Hope this helps you say yes!

Harish
Engineering Manager, Kadamba Fintech

On Wed, 25 Mar 2026 at 22:10, Arjun Venkataraman <arjun.venkat@gmail.com> wrote:
> Hi Harish, thank you for the offer. I'm very keen, but the fixed pay is
> below my current, so I may have to decline unless there is some room
> to revisit it.""", pdf="Kadamba_Revised_Offer.pdf")

# ---------------------------------------------------------------- application_received
add("application_received", "Kadamba Fintech", "", "Senior Backend Engineer - Lending", "en", "easy", "Greenhouse ack",
    frm="Kadamba Fintech <no-reply@us.greenhouse-mail.io>",
    subj="Thanks for applying to Kadamba Fintech",
    date=D("2026-02-12 09:14", "+0530"),
    body="""Hi Arjun,

Thanks for applying for the Senior Backend Engineer - Lending role at Kadamba Fintech! We've received your application and our team will review it shortly. If your background is a match, a recruiter will reach out to discuss next steps.

Kadamba Fintech Talent Team""")

add("application_received", "Lorvane Technology Centre India", "", "Staff Software Engineer - Payments", "en", "easy",
    "Workday ack", extra=GEN,
    frm="Lorvane Careers <lorvane@myworkday.com>",
    subj="Thank you for applying: Staff Software Engineer - Payments",
    date=D("2025-08-29 22:05", "+0530"),
    body="""Dear Arjun Venkataraman,

Thank you for your application for the Staff Software Engineer - Payments position (R-211570). We have successfully received it and our recruiting team will review your qualifications.

You can track the status of your application anytime by signing in to your candidate account.

Regards,
Lorvane Technology Centre India - Talent Acquisition""")

add("application_received", "Brightkettle Analytics", "", "Senior Backend Engineer", "en", "easy", "Lever ack",
    frm="Brightkettle Analytics <no-reply@hire.lever.co>",
    subj="Thanks for applying to Brightkettle Analytics",
    date=D("2025-08-06 04:41", "-0700"),
    body="""Hi Arjun,

Thank you for your interest in the Senior Backend Engineer role at Brightkettle Analytics. Your application has been received and we will be reviewing it in the coming days.

Best,
Brightkettle Analytics""")

add("application_received", "Chakra Retail Labs", "", "Senior Backend Engineer - Go", "en", "hard",
    "ack describing possible interview and non-response",
    frm="Chakra Retail Labs Careers <careers-noreply@chakraretail.hrmsbox.in>",
    subj="Application Received - Senior Backend Engineer - Go",
    date=D("2026-05-06 13:02", "+0530"),
    body="""Dear Arjun,

Thank you for applying for Senior Backend Engineer - Go at Chakra Retail Labs. This is to confirm that we have received your application.

If your profile is shortlisted, our recruitment team will get in touch with you to schedule the interview rounds. In case you do not hear from us within 30 days, kindly consider that we are unable to proceed with your application at this time, as we regret that we cannot respond to every applicant individually.

Team HR
Chakra Retail Labs Private Limited""")

add("application_received", "Vetiver Foods", "", "Senior Backend Developer", "en", "easy", "Keka-like ack",
    frm="Vetiver Foods Hiring <hire@vetiverfoods.kalpahr.com>",
    subj="We have received your application!",
    date=D("2026-01-05 10:30", "+0530"), fmt="alt",
    body="""Hello Arjun,

Thank you for applying to the Senior Backend Developer role at Vetiver Foods. Your application has been received and is now with our hiring team for review.

Regards,
Talent Team, Vetiver Foods""")

add("application_received", "Orrin Semiconductor India", "", "Software Engineer III - Backend Platform", "en", "easy",
    "iCIMS ack; Auto-Submitted auto-generated", extra=GEN,
    frm="Orrin Talent Acquisition <orrin-noreply@talent.icims.com>",
    subj="Application Received - Software Engineer III - Backend Platform",
    date=D("2025-09-01 08:45", "+0530"),
    body="""Dear Arjun,

Thank you for applying for the Software Engineer III - Backend Platform position at Orrin Semiconductor India. We confirm receipt of your application. Our recruiters review every submission and will contact candidates whose experience best matches the requirements.

Orrin Semiconductor India Talent Acquisition""")

add("application_received", "Qasr Digital", "", "Backend Developer (Node.js)", "en", "easy", "SmartRecruiters ack",
    frm="Qasr Digital <noreply@smartrecruiters.com>",
    subj="Thank you for your application to Qasr Digital",
    date=D("2025-10-21 11:50", "+0400"),
    body="""Dear Arjun,

Thank you for your interest in Qasr Digital. We have received your application for Backend Developer (Node.js) and our HR team is reviewing it.

Best regards,
Qasr Digital HR""")

add("application_received", "Sarangi Cloud Services", "", "Backend Engineer - Billing", "en", "easy", "Zoho Recruit ack",
    frm="Sarangi Cloud Services <notification@zohorecruitmail.com>",
    subj="Application received - Backend Engineer - Billing",
    date=D("2026-03-30 14:12", "+0530"),
    body="""Dear Arjun,

Thank you for applying for the Backend Engineer - Billing position at Sarangi Cloud Services. We have received your resume and our recruitment team is reviewing it. We will get back to you if your profile matches our requirement.

Regards,
Recruitment Team
Sarangi Cloud Services""")

add("application_received", "Cierzo Digital", "", "Ingeniero/a Backend Senior (remoto)", "es", "easy", "Spanish ack",
    frm="Cierzo Digital <noreply@cierzodigital.workablemail.com>",
    subj="Hemos recibido tu candidatura – Ingeniero/a Backend Senior (remoto)",
    date=D("2026-01-09 09:05", "+0100"),
    body="""Hola Arjun:

¡Gracias por presentar tu candidatura al puesto de Ingeniero/a Backend Senior (remoto) en Cierzo Digital! La hemos recibido correctamente y nuestro equipo la revisará en los próximos días.

Si tu perfil encaja, nos pondremos en contacto contigo para contarte los siguientes pasos.

El equipo de Cierzo Digital""")

add("application_received", "Fernwick Labs", "", "Backend Engineer (Rust)", "en", "easy", "Recruitee ack",
    frm="Fernwick Labs <noreply@recruiteemail.com>",
    subj="Your application for Backend Engineer (Rust)",
    date=D("2026-04-02 16:28", "+0200"),
    body="""Hi Arjun,

We've received your application for Backend Engineer (Rust) at Fernwick Labs. Thanks for taking the time! We aim to review every application within two weeks.

Fernwick Labs""")

add("application_received", "Halcyon Reef Bank", "", "Senior Backend Engineer (Core Banking)", "en", "hard",
    "'Unfortunately' in an acknowledgement",
    frm="Halcyon Reef Bank Careers <halcyonreef@myworkday.com>",
    subj="Application received - JR-55012",
    date=D("2026-01-28 08:30", "+0800"),
    body="""Dear Arjun,

Thank you for applying for Senior Backend Engineer (Core Banking) (JR-55012). Your application has been submitted successfully.

Unfortunately, due to the high volume of applications, we are unable to respond to each applicant personally. Only shortlisted candidates will be contacted. You may check your application status on the candidate portal.

Talent Acquisition
Halcyon Reef Bank""")

add("application_received", "Stonechat Systems", "", "Backend Engineer", "en", "hard",
    "informal templated reply that reads like personal mail",
    frm="Stonechat Systems <jobs@stonechat.systems>",
    subj="hey Arjun, got it!",
    date=D("2025-05-16 12:04", "+0200"),
    body="""Hey Arjun!

Just a note to say your application for Backend Engineer at Stonechat Systems landed safely with us. A real human (probably Lena) reads every single one, so give us about a week. Meanwhile, feel free to check out our engineering blog.

Talk soon,
the Stonechat crew""")

add("application_received", "Pelican Ridge Software", "", "Senior Backend Engineer", "en", "easy", "Jobvite ack",
    frm="Pelican Ridge Software <careers@pelicanridge.jobvite-notifications.com>",
    subj="Application received: Senior Backend Engineer",
    date=D("2026-04-30 11:15", "-0700"),
    body="""Dear Arjun,

Thank you for applying for the Senior Backend Engineer position at Pelican Ridge Software. We have received your application and will review your qualifications against the requirements of the role.

Pelican Ridge Software Recruiting""")

add("application_received", "Quaystone Analytics", "", "Backend Engineer (Python/Django)", "en", "easy", "BambooHR ack",
    frm="Quaystone Analytics <notifications@app.bamboohr.com>",
    subj="Thanks for applying to Quaystone Analytics",
    date=D("2026-08-28 09:00", "+0400"),
    body="""Hi Arjun,

We've received your application for the Backend Engineer (Python/Django) position. Thank you for your interest in joining Quaystone Analytics. Our team will review your details and be in touch if there's a match.

Quaystone Analytics Hiring Team""")

add("application_received", "Karunai HealthTech", "", "Senior Backend Engineer", "en", "hard",
    "subject 'Update on your application'; Ashby status: under review",
    frm="Karunai HealthTech <no-reply@ashbyhq.com>",
    subj="Update on your application",
    date=D("2026-05-29 15:20", "+0530"), fmt="alt",
    body="""Hi Arjun,

Thanks for applying to Karunai HealthTech for the Senior Backend Engineer position. Your application has moved to "Under review". Our hiring team is going through applications now; we'll be in touch about any next steps.

Karunai HealthTech Recruiting""")

add("application_received", "Vantor Health Technology Centre", "", "Senior Backend Engineer", "en", "hard",
    "referral acknowledgement; employee named",
    frm="Vantor Health Careers <vantorhealth@taleo.net>",
    subj="Your referral application - Senior Backend Engineer",
    date=D("2025-11-25 10:10", "+0530"),
    body="""Dear Arjun,

Priya Raman has referred you for the Senior Backend Engineer position at Vantor Health Technology Centre, and we have now received your completed application.

Referred applications are reviewed with priority. A member of the talent acquisition team will review your profile and contact you if it matches the requirements.

Vantor Health Technology Centre - Talent Acquisition
This is an automated message. Please do not reply.""")

# ---------------------------------------------------------------- auto_reply
add("auto_reply", "Brightkettle Analytics", "Megan", "", "en", "easy", "US-style 'back on 3/16'; both headers",
    ret="2026-03-16", extra=AUTO,
    frm="Megan Doyle <megan.doyle@brightkettle.com>",
    subj="Automatic reply: Senior Backend Engineer - follow up",
    date=D("2026-03-09 06:12", "-0700"),
    body="""Hi, thanks for your email. I'm out of the office and will be back on 3/16. I'll respond as soon as I can after I return.

Megan Doyle | Recruiting | Brightkettle Analytics""")

add("auto_reply", "Parijat Software Solutions", "Swathi", "", "en", "easy", "'returning Monday 9 March'",
    ret="2026-03-09", extra={"X-Autoreply": "yes"},
    frm="Swathi Reddy <swathi.reddy@parijatsoft.com>",
    subj="Out of Office: Documents for onboarding",
    date=D("2026-03-04 11:40", "+0530"),
    body="""Thank you for your mail. I am on leave and returning Monday 9 March. For urgent matters, kindly reach out to hr@parijatsoft.com.

Regards,
Swathi Reddy
Parijat Software Solutions""")

add("auto_reply", "Lorvane Technology Centre India", "Smitha", "", "en", "hard",
    "'until 2026-03-20 inclusive', back date given separately", ret="2026-03-23", extra=AUTO,
    frm="Smitha Hegde <smitha.hegde@lorvane.com>",
    subj="Automatic reply: Thank you for the interview",
    date=D("2026-03-12 19:02", "+0530"),
    body="""I am away on annual leave until 2026-03-20 inclusive, with no access to email. I will be back in the office on 2026-03-23.

For interview scheduling, please contact ta-india@lorvane.com.

Smitha Hegde
Talent Acquisition, Lorvane Technology Centre India""")

add("auto_reply", "Kadamba Fintech", "Rahul", "", "en", "easy", "no longer with company; contact someone else",
    extra=AUTO,
    frm="Rahul Jain <rahul.jain@kadambafintech.com>",
    subj="Automatic reply: Checking in on SDE-2 (Backend)",
    date=D("2025-02-18 10:01", "+0530"),
    body="""Hello,

I no longer work at Kadamba Fintech. Please contact Nandini Rao (nandini.rao@kadambafintech.com) for engineering hiring matters.

Thank you.
Rahul Jain""")

add("auto_reply", "Chakra Retail Labs", "", "", "en", "hard",
    "unmonitored careers mailbox bounce; no auto headers",
    frm="Chakra Retail Labs Careers <careers-noreply@chakraretail.hrmsbox.in>",
    subj="Re: Query on my application status",
    date=D("2026-01-08 09:00", "+0530"), reply=True,
    body="""This mailbox is not monitored. Replies sent to this address are not read.

To check the status of your application, please log in to the Chakra Retail Labs career portal. For any other queries, write to talent@chakraretail.in.""")

add("auto_reply", "Karunai HealthTech", "Aditi", "", "en", "hard",
    "parental leave; mentions interview loop; only X-Autoreply", ret="2025-09-01",
    extra={"X-Autoreply": "yes"},
    frm="Aditi Sharma <aditi.sharma@karunaihealth.com>",
    subj="Re: Interview availability next week",
    date=D("2025-06-30 08:15", "+0530"),
    body="""Hi there,

I'm on parental leave and will be back on 1 September 2025. I'm not checking email during this time.

If you are in an interview process with us, your loop will continue as planned; please write to careers@karunaihealth.com and the team will help.

Aditi Sharma
Head of Talent, Karunai HealthTech""")

add("auto_reply", "Nordlicht Software GmbH", "Jan", "", "de", "easy", "German Abwesenheitsnotiz",
    ret="2026-02-09", extra=AUTO,
    frm="Jan Petersen <jan.petersen@nordlicht-software.de>",
    subj="Abwesenheitsnotiz: Rückfrage zur Bewerbung",
    date=D("2026-02-02 08:30", "+0100"),
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Februar 2026 nicht im Büro und ab dem 9. Februar wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an jobs@nordlicht-software.de.

Mit freundlichen Grüßen
Jan Petersen
Nordlicht Software GmbH""")

add("auto_reply", "Ardoise Technologies", "Élodie", "", "fr", "easy", "French absence message",
    ret="2026-05-04", extra=AUTO,
    frm="Élodie Marchand <elodie.marchand@ardoise-tech.fr>",
    subj="Réponse automatique : Candidature Développeur Backend",
    date=D("2026-04-24 17:10", "+0200"),
    body="""Bonjour,

Je suis actuellement absente et je serai de retour le lundi 4 mai 2026. Je traiterai votre message dès mon retour.

Pour toute urgence, merci de contacter recrutement@ardoise-tech.fr.

Bien cordialement,
Élodie Marchand
Ardoise Technologies""")

add("auto_reply", "Tamarind Logistics", "Kavya", "", "en", "easy", "Indian leave reply; 'resume on 19-Jan-2026'",
    ret="2026-01-19", extra={"X-Autoreply": "yes", "Precedence": "auto_reply"},
    frm="Kavya N <kavya.n@tamarindlogistics.co.in>",
    subj="Auto Reply: Resume - Arjun Venkataraman",
    date=D("2026-01-13 14:22", "+0530"),
    body="""Dear Sender,

I am on leave for Pongal and will resume office on 19-Jan-2026. I will revert to your mail on my return. For urgent requirements, kindly contact ta@tamarindlogistics.co.in.

Thanks & Regards,
Kavya N
Tamarind Logistics""")

add("auto_reply", "Koyal Mobility", "Sandeep", "", "en", "hard",
    "relative 'back Monday'; no auto-reply headers", ret="2025-12-15",
    frm="Sandeep Kulkarni <sandeep@koyalmobility.com>",
    subj="Re: Staff Engineer role - closing the loop",
    date=D("2025-12-11 16:45", "+0530"),
    body="""Offsite in Coorg with the team, patchy network. Back Monday -- I'll reply then.

Sandeep
Koyal Mobility""")

add("auto_reply", "Mistral Bay Payments", "Clarissa", "", "en", "easy", "Chinese New Year OOO; Singapore",
    ret="2026-02-19", extra=AUTO,
    frm="Clarissa Tan <clarissa.tan@mistralbay.sg>",
    subj="Out of Office: Re: Staying in touch",
    date=D("2026-02-13 12:30", "+0800"),
    body="""Hello! I'm away for the Chinese New Year holidays and will be back on 19 Feb. Emails will be answered on my return.

Clarissa Tan | Mistral Bay Payments""")

add("auto_reply", "Sandgate Logistics", "Rania", "", "en", "hard",
    "office closed for Eid; 'resuming on 1 June 2026'", ret="2026-06-01", extra=AUTO,
    frm="Rania Haddad <rania.haddad@sandgatelogistics.ae>",
    subj="Automatic reply: Lead Backend Engineer - next round",
    date=D("2026-05-26 10:00", "+0400"),
    body="""Eid Mubarak! Our office is closed for the Eid Al Adha holidays. I will be resuming work on 1 June 2026 and will respond to your email then.

Rania Haddad
Talent Acquisition Manager, Sandgate Logistics""")

add("auto_reply", "Mirdif Systems", "Yusuf", "", "en", "hard",
    "subject mentions interview and offer; no return date", extra=AUTO,
    frm="Yusuf Al Mansoori <yusuf.almansoori@mirdifsystems.ae>",
    subj="Automatic reply: Re: Offer discussion after interview",
    date=D("2026-06-12 18:40", "+0400"),
    body="""Thank you for your email. I am travelling with limited access to email and will respond as soon as possible. For urgent matters please call +971 4 555 0192.

Yusuf Al Mansoori | Mirdif Systems""")

add("auto_reply", "Pelican Ridge Software", "Jenna", "", "en", "easy", "US 'returning 11/16'",
    ret="2026-11-16", extra=AUTO,
    frm="Jenna Morales <jmorales@pelicanridge.com>",
    subj="Automatic reply: Referral for backend role",
    date=D("2026-11-09 13:05", "-0800"),
    body="""Thanks for reaching out! I'm out of the office attending a recruiting conference and returning 11/16. I'll get back to you then.

Jenna Morales
Recruiting Coordinator, Pelican Ridge Software""")

# ---------------------------------------------------------------- other
LU = {"List-Unsubscribe": "<mailto:unsubscribe@mailer.example.net>", "Precedence": "bulk"}

add("other", "", "", "", "en", "easy", "job-board alert digest",
    frm="RozgarHub Job Alerts <jobalerts@rozgarhub.example.in>",
    subj="18 new Backend Developer jobs in Bengaluru matching your profile",
    date=D("2025-03-17 07:30", "+0530"), fmt="html", extra=LU,
    body="", html_body="""<html><body><h2>Jobs picked for you, Arjun</h2>
<ul>
<li><b>Senior Backend Engineer</b> - Ambrit Games - Bengaluru - 5-9 yrs</li>
<li><b>Backend Developer (Go)</b> - Tessella Retail - Bengaluru (Hybrid) - 4-8 yrs</li>
<li><b>SDE-3 Platform</b> - Kiranstack - Bengaluru - 7-12 yrs</li>
<li>... and 15 more</li>
</ul>
<p><a href="https://rozgarhub.example.in/alerts">View all jobs</a> | Apply early, recruiters respond faster to the first 50 applicants.</p>
<p style="font-size:11px">Manage alerts | Unsubscribe</p></body></html>""")

add("other", "", "", "", "en", "easy", "social network profile-view notification naming an employer",
    frm="ProLink <notifications@prolink-mail.example.com>",
    subj="Arjun, a recruiter from Halcyon Reef Bank viewed your profile",
    date=D("2025-04-02 20:11", "+0530"), fmt="alt", extra=LU,
    body="""Hi Arjun,

Your profile is getting noticed. A recruiter from Halcyon Reef Bank viewed your profile, and you appeared in 23 searches this week.

See who's viewing you with ProLink Premium. Try it free for 1 month.

Unsubscribe from profile view notifications""")

add("other", "", "", "", "en", "hard", "newsletter article on handling rejection",
    frm="The Backend Brief <hello@backendbrief.example.com>",
    subj="Issue #87: Bouncing back after a 'we regret to inform you'",
    date=D("2025-05-04 08:00", "+0100"), fmt="alt", extra=LU,
    body="""THE BACKEND BRIEF - Issue #87

This week: how to bounce back from rejection in tech hiring.

Most of us have opened an email that starts "Thank you for your interest... unfortunately, we will not be moving forward." Our readers shared how they turned those messages into feedback loops, and three hiring managers explain why they rarely give detailed reasons.

Also inside: an interview with the maintainers of a popular Postgres connection pooler, and five system design questions that came up in onsite interviews this quarter.

You're receiving this because you subscribed at backendbrief.example.com. Unsubscribe.""")

add("other", "", "", "", "en", "hard", "podcast 'interview with the founder'; HTML only",
    frm="Scaling Stories Podcast <episodes@scalingstories.example.fm>",
    subj="New episode: our interview with the founder of Kiranstack",
    date=D("2025-07-21 06:00", "-0700"), fmt="html", extra=LU,
    body="", html_body="""<html><body>
<h1>Episode 142 is live</h1>
<p>In this episode we sit down for an interview with the founder of Kiranstack about sharding a 40 TB Postgres fleet, why they rejected Kubernetes early on, and the offer that almost made them sell.</p>
<p><a href="https://scalingstories.example.fm/142">Listen now</a></p>
<p><small>Unsubscribe</small></p></body></html>""")

add("other", "", "", "", "en", "hard", "card declined alert; 'unfortunately'",
    frm="Kaveri Bank Alerts <alerts@kaveribank.example.in>",
    subj="Transaction declined on your Kaveri Bank Credit Card XX4471",
    date=D("2025-08-02 21:37", "+0530"),
    body="""Dear Customer,

Unfortunately, a transaction of INR 7,499.00 at SKYLINE AIRWAYS on 02-Aug-2025 21:36 on your credit card ending 4471 was declined due to an incorrect OTP.

If you did not attempt this transaction, kindly call our 24x7 helpline immediately.

Regards,
Kaveri Bank Ltd.
This is a system generated mail. Please do not reply.""")

add("other", "", "Mateus", "", "en", "hard", "pull request closed: 'decided not to merge'",
    frm="Mateus Oliveira <notifications@github.example.com>",
    subj="Re: [quickqueue/quickqueue] Add exponential backoff to retry worker (PR #412)",
    date=D("2025-09-07 03:14", "-0300"), reply=True,
    extra={"List-Unsubscribe": "<mailto:unsub+412@reply.github.example.com>"},
    body="""Thanks for the work here @arjunv, but we've decided not to merge this. Backoff belongs in the client library per the discussion in #398, and we'd rather not have two implementations. Closing for now; feel free to reopen against the client repo.

--
Reply to this email directly or view it on GitHub.
You are receiving this because you authored the thread.""")

add("other", "", "", "", "en", "hard", "workshop paper not accepted, with reviews",
    frm="SysDev Workshop 2025 Chairs <chairs@sysdev-workshop.example.org>",
    subj="SysDev 2025: decision on submission #57",
    date=D("2025-10-10 23:59", "-0400"),
    body="""Dear Arjun Venkataraman,

We regret to inform you that your submission #57, "Exactly-once delivery in practice: lessons from a payments ledger", was not accepted for presentation at SysDev 2025. We received 141 submissions and could accept only 28.

The reviews are included below. We hope they are useful and that you will consider submitting to future editions.

Reviewer 1: The experience report is valuable but the evaluation section needs a baseline...

Program Chairs, SysDev 2025""")

add("other", "", "", "", "en", "hard", "marketing 'offer: 20% off'",
    frm="Thindi <deals@thindi.example.in>",
    subj="Special offer for you, Arjun: 20% off your next 3 orders",
    date=D("2025-11-01 12:00", "+0530"), fmt="alt", extra=LU,
    body="""Hungry, Arjun?

Your exclusive offer is here: flat 20% off on your next 3 orders. Use code BIRYANI20. Offer valid till Sunday.

Congratulations, you've been selected for Thindi Gold early access!

Unsubscribe""")

add("other", "", "Gopal", "", "en", "hard", "apartment rental application not approved",
    frm="Gopal Krishnan <secretary.lakeviewresidency@gmail.com>",
    subj="Your rental application - Flat C-402, Lakeview Residency",
    date=D("2025-12-20 19:20", "+0530"),
    body="""Dear Mr. Arjun,

This is to inform you that the managing committee of Lakeview Residency Apartment Owners Association reviewed your tenant application for Flat C-402. Unfortunately the owner has decided to proceed with another applicant who can move in by 1st January.

The token amount will be refunded to your account within 3 working days.

Regards,
Gopal Krishnan
Secretary, LROA""")

add("other", "", "", "", "en", "hard", "personal loan application not approved",
    frm="Swarna Finance <noreply@swarnafinance.example.in>",
    subj="Update on your personal loan application SF-PL-2291",
    date=D("2026-01-31 10:05", "+0530"),
    body="""Dear Arjun Venkataraman,

Thank you for applying for a personal loan with Swarna Finance. After evaluating your application, we regret that we are unable to approve it at this time, based on our internal credit policy.

You may reapply after 90 days.

Swarna Finance Ltd.""")

add("other", "", "Suresh", "Java Backend Developer", "en", "hard",
    "recruiter mass mailing; mentions interview slots",
    frm="Suresh Babu <suresh@techhire-solutions.example.in>",
    subj="Urgent Requirement || Java Backend Developer || C2H || Bangalore || Immediate joiners",
    date=D("2026-02-09 11:48", "+0530"), extra={"Precedence": "bulk"},
    body="""Hi,

Hope you are doing well. We have an urgent requirement for Java Backend Developer with one of our MNC clients.

Experience: 5-10 yrs
Location: Bangalore (Hybrid)
Mode: Contract to Hire
Notice: Immediate to 15 days

Virtual interview slots available this Saturday. If interested, kindly share your updated CV with current CTC, expected CTC and notice period.

Thanks & Regards,
Suresh Babu
TechHire Solutions""")

add("other", "", "Karthik", "", "en", "hard", "friend's personal mail about his own onsite interview",
    frm="Karthik Subramanian <karthik.subbu@gmail.com>",
    subj="guess who got the onsite",
    date=D("2026-03-14 23:30", "+0530"),
    body="""Machaan!

Got the onsite with Grayling next week, 4 rounds back to back, one is a 'bar raiser'. Any tips from your loop? Also you owe me a treat for the referral that didn't come through lol.

Let's catch up at Toit on Saturday?

- Karthik""")

add("other", "", "Divya", "", "en", "hard", "friend forwards a job posting",
    frm="Divya Krishnaswamy <divya.kswamy@outlook.com>",
    subj="Fwd: We're hiring: Senior Backend Engineer, Ledger",
    date=D("2026-04-06 09:12", "+0530"),
    body="""Arjun, this is my team! Apply and tell me, I'll refer you internally. The interview process is 4 rounds, quite reasonable.

Divya

---------- Forwarded message ---------
From: Engineering at Tessella Retail <eng-hiring@tessella.example.com>
Date: Mon, 6 Apr 2026 at 08:30
Subject: We're hiring: Senior Backend Engineer, Ledger

We're looking for a Senior Backend Engineer to own our ledger and reconciliation services. Apply at tessella.example.com/careers.""")

add("other", "", "", "", "en", "hard", "webinar on system design interviews",
    frm="CodeLadder Events <events@codeladder.example.io>",
    subj="Live tomorrow: Cracking the system design interview",
    date=D("2026-04-14 17:00", "+0530"), fmt="alt", extra=LU,
    body="""Hi Arjun,

Reminder: our live session "Cracking the system design interview" starts tomorrow at 7 PM IST. A senior engineer from a top product company will run a mock interview live and review how candidates get rejected in the design round.

Join link: https://codeladder.example.io/live/sd-101

Can't make it? The recording will be sent to registered attendees.""")

add("other", "", "", "", "en", "hard", "school admission 'offer' for a relative's child",
    frm="Admissions, Banyan Grove School <admissions@banyangrove.example.edu.in>",
    subj="Admission offered - Grade 1 - Ananya V",
    date=D("2026-01-23 15:30", "+0530"),
    body="""Dear Parent,

We are pleased to offer admission to Ananya V for Grade 1 for the academic year 2026-27. Kindly complete the fee payment within 7 days to confirm the seat, failing which the offer will lapse.

Warm regards,
Admissions Office
Banyan Grove School""")

add("other", "", "", "", "en", "easy", "order shipped notification",
    frm="Kartly <shipment@kartly.example.in>",
    subj="Your order #KT-882190 has been shipped",
    date=D("2026-05-08 14:50", "+0530"),
    body="""Hi Arjun,

Good news! Your order of "Noise-cancelling wireless headphones" has been shipped and will be delivered by 11 May.

Track your package: https://kartly.example.in/track/KT-882190

Team Kartly""")

add("other", "", "Ishaan", "", "en", "easy", "Jira notification from a side project",
    frm="Ishaan Batra (Jira) <jira@openledger.atlassian.example.net>",
    subj="[JIRA] (OL-231) Migrate settlement worker to Postgres 16",
    date=D("2026-05-20 12:05", "+0530"),
    body="""Ishaan Batra assigned OL-231 to Arjun Venkataraman

Migrate settlement worker to Postgres 16
Priority: Medium
Sprint: OL Sprint 14

Comment: Arjun, can you pick this up after the interview-prep weekend? No rush.""")

add("other", "", "", "", "en", "easy", "bank e-statement",
    frm="Kaveri Bank <estatement@kaveribank.example.in>",
    subj="Your Kaveri Bank account statement for May 2026",
    date=D("2026-06-02 06:10", "+0530"),
    body="""Dear Customer,

Your e-statement for the savings account ending 9012 for the period 01-May-2026 to 31-May-2026 is attached. The PDF is password protected with your date of birth (DDMMYYYY).

Kaveri Bank Ltd.""", pdf="Statement_May2026.pdf")

add("other", "", "", "", "en", "hard", "hackathon team not shortlisted",
    frm="BuildBLR Hackathon <team@buildblr.example.org>",
    subj="BuildBLR 2026: results of the screening round",
    date=D("2026-06-20 22:00", "+0530"),
    body="""Hi Team Idempotent,

Thank you for participating in the BuildBLR 2026 screening round. We regret to let you know that your team was not shortlisted for the finals. The judges received 600+ submissions.

We hope to see you at the next edition. Swag coupons will be emailed next week.

BuildBLR Organising Committee""")

add("other", "", "", "", "en", "hard", "visa 'interview' appointment confirmation with a concrete time",
    frm="Visa Appointment Service <no-reply@visa-appointments.example.gov>",
    subj="Appointment Confirmation: Visa Interview - Chennai",
    date=D("2026-07-15 09:45", "+0530"),
    body="""Dear ARJUN VENKATARAMAN,

Your visa interview appointment has been confirmed.

Location: Consular Section, Chennai
Date: 04 August 2026
Time: 08:15 AM

Please bring this confirmation, your passport and the DS-160 confirmation page. Arrive no earlier than 15 minutes before your appointment.""")

add("other", "", "", "", "en", "hard", "pre-approved credit card 'offer'",
    frm="Kaveri Bank Offers <offers@kaveribank.example.in>",
    subj="Arjun, you're pre-approved! Your exclusive offer inside",
    date=D("2026-08-11 13:13", "+0530"), fmt="html", extra=LU,
    body="", html_body="""<html><body><p>Dear Arjun,</p>
<p>Congratulations! Based on your relationship with us, you have been <b>selected</b> for a pre-approved Kaveri Signature Credit Card with a limit of INR 5,00,000.</p>
<p>This offer is valid till 31 August 2026. <a href="https://kaveribank.example.in/offer">Accept offer</a></p>
<p><small>T&amp;C apply. Unsubscribe</small></p></body></html>""")

add("other", "", "", "", "en", "easy", "salary insights digest naming employers",
    frm="PayScope Insights <digest@payscope.example.com>",
    subj="Salaries at Kadamba Fintech and 4 other companies you follow",
    date=D("2026-09-05 08:00", "+0530"), fmt="alt", extra=LU,
    body="""Hi Arjun,

New salary reports this week for companies you follow:
- Kadamba Fintech: Senior Backend Engineer, INR 38-55 LPA (12 reports)
- Corvid Pay: SDE-3, INR 45-62 LPA (7 reports)
- Halcyon Reef Bank: VP Engineering, SGD 180-230k (3 reports)

Read interview experiences shared by the community.

Unsubscribe""")

add("other", "", "", "", "en", "hard", "meetup cancelled; 'we regret'",
    frm="Bangalore Gophers <noreply@meetups.example.com>",
    subj="Cancelled: Bangalore Gophers - November meetup",
    date=D("2026-10-28 18:30", "+0530"), extra=LU,
    body="""Hi Arjun,

We regret to inform you that the November meetup at the Indiranagar venue has been cancelled because the host had to withdraw. We've decided to move forward with a combined session in December instead. Your RSVP will carry over automatically.

Bangalore Gophers organisers""")

add("other", "", "Vikram", "", "en", "hard", "ex-colleague asks to be a reference; 'quick chat'",
    frm="Vikram Sethi <vikram.sethi@gmail.com>",
    subj="listed you as a reference - hope that's ok",
    date=D("2026-10-05 21:10", "+0530"),
    body="""Hey Arjun,

Hope all's well! I'm in the final stage with Ragi Labs and I've listed you as a reference from our time together on the payments team. Their recruiter might call you for a quick chat this week. Hope that's okay, and thanks in advance!

Vikram""")

add("other", "", "", "", "en", "hard", "job-board InMail relay from a recruiter; not an employer decision",
    frm="ProLink <messages-noreply@prolink-mail.example.com>",
    subj="Neha sent you a message: Opportunity at a Series B startup",
    date=D("2026-10-19 12:40", "+0530"), fmt="alt",
    body="""Neha Kapoor, Talent Partner at Uplift Search, sent you a message:

"Hi Arjun, I'm hiring for a Series B fintech client for a Staff Backend role. Would you be open to exploring? Happy to set up an interview with the founders if it sounds interesting."

Reply on ProLink

You are receiving InMail notification emails. Unsubscribe""")

add("other", "", "", "", "en", "easy", "online course enrolment",
    frm="LearnLoop <no-reply@learnloop.example.com>",
    subj="Congratulations, you're enrolled in Distributed Systems in Practice",
    date=D("2026-11-02 10:00", "+0530"),
    body="""Hi Arjun,

Congratulations! Your enrolment in "Distributed Systems in Practice" is confirmed. Week 1 (consensus and replication) opens on Monday.

Happy learning,
The LearnLoop Team""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    # deterministic shuffle so labels are not grouped by file number
    order = sorted(range(len(MSGS)), key=lambda k: hashlib.sha1(f"b43-{k}".encode()).hexdigest())
    rows = []
    for n, k in enumerate(order, start=1):
        m = MSGS[k]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(n, m).as_bytes(policy=POL))
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"], "return_date": m["ret"],
                     "lang": m["lang"], "difficulty": m["diff"], "notes": m["notes"],
                     "interview_at": m["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
