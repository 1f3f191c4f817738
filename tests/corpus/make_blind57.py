"""Generate the blind57 evaluation corpus (job seeker: Marcus Bell, SRE/DevOps, Austin TX).

Stdlib only. Writes tests/corpus/blind57/NNN.eml and labels.csv. Deterministic.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind57"
ME = "Marcus Bell <marcus.bell.ops@gmail.com>"
TZ = {
    "CT": "America/Chicago", "ET": "America/New_York", "PT": "America/Los_Angeles",
    "MT": "America/Denver", "DE": "Europe/Berlin", "FR": "Europe/Paris", "ES": "Europe/Madrid",
    "UK": "Europe/London", "MX": "America/Mexico_City", "UTC": "UTC",
}
MSGS: list[dict] = []
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]


def at(s: str, tz: str = "CT") -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(TZ[tz]))


def day(d: datetime | date) -> str:
    return f"{d:%A}, {d:%B} {d.day}"


def tm(d: datetime) -> str:
    return d.strftime("%I:%M %p").lstrip("0")


def h(body: str) -> str:
    paras = [htmlmod.escape(p).replace("\n", "<br>\n") for p in body.strip().split("\n\n")]
    return ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>\n")


def add(label: str, *, frm: str, subj: str, d: datetime, body: str, company: str = "",
        contact: str = "", role: str = "", ret: str = "", lang: str = "en", diff: str = "easy",
        notes: str = "", iat: datetime | None = None, alt: bool = False, html_only: bool = False,
        cte: str | None = None, hdrs: dict | None = None, pdf: str | None = None,
        ics: str | None = None, reply: bool = False, to: str = ME, html: str | None = None) -> None:
    MSGS.append(dict(label=label, frm=frm, subj=subj, d=d, body=body, company=company,
                     contact=contact, role=role, ret=ret, lang=lang, diff=diff, notes=notes,
                     iat=iat, alt=alt, html_only=html_only, cte=cte, hdrs=hdrs or {}, pdf=pdf,
                     ics=ics, reply=reply, to=to, html=html))


def ical(start: datetime, minutes: int, summary: str, organizer: str, uid: str) -> str:
    utc = ZoneInfo("UTC")
    s = start.astimezone(utc).strftime("%Y%m%dT%H%M%SZ")
    e = (start + timedelta(minutes=minutes)).astimezone(utc).strftime("%Y%m%dT%H%M%SZ")
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Blind57//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\n" f"UID:{uid}\r\nDTSTAMP:{s}\r\nDTSTART:{s}\r\nDTEND:{e}\r\n"
            f"SUMMARY:{summary}\r\nORGANIZER;CN=Organizer:mailto:{organizer}\r\n"
            "ATTENDEE;CN=Marcus Bell;RSVP=TRUE:mailto:marcus.bell.ops@gmail.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0"
            b"/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def build(i: int, m: dict) -> bytes:
    msg = EmailMessage()
    msg["Delivered-To"] = "marcus.bell.ops@gmail.com"
    msg["Return-Path"] = "<" + m["frm"].rsplit("<", 1)[-1].rstrip(">") + ">"
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(m["d"])
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">").strip()
    hx = hashlib.sha1(f"blind57-{i}".encode()).hexdigest()
    msg["Message-ID"] = f"<{hx[:20]}.{i}@{dom}>"
    if m["reply"]:
        ref = f"<{hashlib.sha1(f'ref-{i}'.encode()).hexdigest()[:24]}@mail.gmail.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m["hdrs"].items():
        msg[k] = v
    kw = {"cte": m["cte"]} if m["cte"] else {}
    if m["html_only"]:
        msg.set_content(m["html"] or h(m["body"]), subtype="html", **kw)
    else:
        msg.set_content(m["body"], **kw)
        if m["alt"] or m["html"]:
            msg.add_alternative(m["html"] or h(m["body"]), subtype="html", **kw)
    if m["ics"]:
        if msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        msg.add_attachment(m["ics"].encode(), maintype="text", subtype="calendar",
                           filename="invite.ics", params={"method": "REQUEST"})
    if m["pdf"]:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=m["pdf"])
    return msg.as_bytes(policy=policy.SMTP)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, m in enumerate(MSGS, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, m))
        ret = m["ret"]
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"],
                     "return_date": ret, "lang": m["lang"], "difficulty": m["diff"],
                     "notes": m["notes"], "interview_at": m["iat"].isoformat() if m["iat"] else ""})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)


NOREPLY_ATS = {"Auto-Submitted": "auto-generated"}

# ---------------------------------------------------------------- rejections
add("rejection", frm="Halyard Systems <no-reply@greenhouse.io>",
    subj="Update on your Halyard Systems application", d=at("2025-02-11 09:42"),
    company="Halyard Systems", role="Site Reliability Engineer II",
    body="""Hi Marcus,

Thanks for taking the time to apply for the Site Reliability Engineer II opening at Halyard Systems.

We had a large number of applicants, and after careful review we have decided to pursue other applicants whose experience more closely matches what the team needs right now.

We'd encourage you to check our careers page again in the future.

Regards,
Halyard Systems Talent Team""", hdrs=NOREPLY_ATS, notes="standard Greenhouse rejection, indirect phrasing")

add("rejection", frm="Dana Whitfield <dana.whitfield@kitewire.io>",
    subj="Re: Platform Engineer loop", d=at("2025-03-04 16:05", "PT"), reply=True,
    company="Kitewire", contact="Dana", role="Platform Engineer", diff="hard",
    notes="curt note after final round; quoted invite mentions interview",
    body="""Marcus -- the team went a different direction on this one. Appreciate you spending the afternoon with us, your Terraform walkthrough was genuinely one of the better ones we saw.

— Dana

On Tue, Feb 25, 2025 at 10:12 AM Dana Whitfield <dana.whitfield@kitewire.io> wrote:
> Hi Marcus, we'd love to bring you in for the final round interview next week.
> It's four 45-minute sessions with the platform team. Let me know what works.""")

add("rejection", frm="Lone Star Meridian Bank <lsmb@myworkday.com>",
    subj="Your application for R-20418 DevOps Engineer III", d=at("2025-04-22 07:15"),
    company="Lone Star Meridian Bank", role="DevOps Engineer III", html_only=True,
    body="""Dear Marcus Bell,

Thank you for your interest in the DevOps Engineer III position (R-20418) at Lone Star Meridian Bank.

After reviewing your qualifications, we will not be progressing your application for this position. This requisition will remain in our system and you may see its status change to "No Longer Under Consideration" on your candidate home page.

We appreciate your interest in a career with LSMB.

Lone Star Meridian Bank Talent Acquisition
This is an automated message from Workday. Please do not reply.""", hdrs=NOREPLY_ATS,
    notes="Workday, HTML only")

add("rejection", frm="Priya Natarajan <priya@apextalentpartners.com>",
    subj="FW: Marcus Bell - feedback", d=at("2025-05-09 11:30"),
    company="Orchard Metrics", contact="Priya", role="Senior SRE", diff="hard",
    notes="agency recruiter forwards client's decision; client name only in forwarded part",
    body="""Hi Marcus,

Passing along what I heard back from the client below. Sorry this wasn't the news we were hoping for. I have two other SRE reqs that could be a better fit, want to hop on a call Monday?

Priya Natarajan
Senior Technical Recruiter | Apex Talent Partners
(512) 555-0187

-----Original Message-----
From: Greg Olsen <golsen@orchardmetrics.com>
Sent: Thursday, May 8, 2025 5:48 PM
To: Priya Natarajan <priya@apextalentpartners.com>
Subject: RE: Marcus Bell - Senior SRE

Priya, thanks for sending Marcus over. The panel felt his Kubernetes depth was solid but we need someone who has owned a multi-region Postgres failover end to end, so we're going to pass. Please thank him for us.

Greg Olsen
Director of Infrastructure, Orchard Metrics""")

add("rejection", frm="Pecan Valley Health System <talent@pvhs.org>",
    subj="Pecan Valley Health System - Application Status", d=at("2025-06-17 14:02"),
    company="Pecan Valley Health System", role="Systems Engineer - Cloud Infrastructure",
    body="""Dear Marcus,

Thank you for applying for Systems Engineer - Cloud Infrastructure (Req 77120). The position has been filled, and we are no longer considering other candidates for this opening.

We will keep your resume on file and encourage you to apply for other roles that match your background.

Sincerely,
Human Resources
Pecan Valley Health System
Caring for Central Texas since 1951""", cte="quoted-printable", notes="position filled; iCIMS style")

add("rejection", frm="Tessellate Labs Recruiting <jobs@ashbyhq.com>",
    subj="Tessellate Labs | Infrastructure Engineer", d=at("2025-07-01 18:20", "ET"),
    company="Tessellate Labs", role="Infrastructure Engineer", alt=True,
    body="""Hi Marcus,

Thanks so much for your interest in Tessellate Labs and for the time you spent with our team on the technical screen.

Unfortunately, this one didn't work out. We're moving ahead with a candidate whose on-call and incident-command background lines up more closely with where we are as a company.

We really appreciated getting to know you and hope you'll consider us again down the road.

Warmly,
The Tessellate Labs team""", diff="hard", notes="mentions technical screen in passing")

add("rejection", frm="Ruth Kowalczyk <rkowalczyk@stackwell.com>",
    subj="Quick note", d=at("2025-08-13 10:05"),
    company="Stackwell Software", contact="Ruth", role="Staff DevOps Engineer", diff="hard",
    notes="no rejection keywords; internal candidate; subject vague",
    body="""Hi Marcus,

Wanted to reach out personally before the system email goes out. We ended up filling the Staff DevOps Engineer role with someone already on the Stackwell Software platform team who had been covering it for months. It was a close call between the two of you.

If you're open to it I'd like to keep you in mind for the observability lead opening we expect in Q4, and I'm happy to introduce you to a couple of folks at partner companies.

Best,
Ruth Kowalczyk
VP Engineering | Stackwell Software, Inc.""")

add("rejection", frm="Cobaltfin Careers <noreply@lever.co>",
    subj="Your application to Cobaltfin", d=at("2025-09-02 08:55", "PT"),
    company="Cobaltfin", role="DevOps Engineer (Fintech Infrastructure)",
    body="""Hi Marcus,

Thank you for applying to the DevOps Engineer (Fintech Infrastructure) role at Cobaltfin. We've reviewed your application and, at this time, it is not the right match for the position.

We'll hold on to your details and may reach out if something opens that aligns better.

All the best,
Cobaltfin Recruiting""", notes="'not the right match' phrasing")

add("rejection", frm="Office of Technology Modernization <otm-careers@cpa.texas.gov>",
    subj="Notice of Selection Status - Job Posting 25-0413", d=at("2025-10-06 15:30"),
    company="Texas Office of Technology Modernization", role="Systems Analyst V (Cloud Operations)",
    body="""Dear Applicant:

Thank you for your interest in Job Posting 25-0413, Systems Analyst V (Cloud Operations), with the Texas Office of Technology Modernization.

This letter is to inform you that another applicant has been selected for the position. Your application will remain active in the system for the period stated in the posting.

The State of Texas is an equal opportunity employer.

Human Resources Division
Texas Office of Technology Modernization""", diff="hard",
    notes="state agency; sender domain differs from agency name; 'Dear Applicant'")

add("rejection", frm="Loomsight Hiring <hiring@loomsight.ai>",
    subj="Loomsight: thanks for interviewing", d=at("2025-11-18 12:40", "PT"),
    company="Loomsight", contact="Tomás", role="Senior Site Reliability Engineer", diff="hard",
    notes="'thanks for interviewing' subject; rejection plus referral offer",
    body="""Hey Marcus,

Thank you for the energy you brought to all four interviews last week. I've talked with everyone on the loop and we're not going to extend an offer for the Senior SRE position. The biggest gap the panel saw was around capacity planning at our scale.

That said, I know the Head of Infra at two companies in our portfolio and I'd be glad to send them an intro if you want. Just reply and let me know.

Tomás Ibarra
Engineering Manager, Loomsight""")

add("rejection", frm="SmartRecruiters <no-reply@smartrecruiters.com>",
    subj="Parcelstream - Cloud Operations Engineer", d=at("2025-12-03 06:11", "ET"),
    company="Parcelstream Logistics", role="Cloud Operations Engineer",
    body="""Dear Marcus,

We appreciate your interest in Parcelstream Logistics and the Cloud Operations Engineer position.

We have carefully reviewed your application. While your background is impressive, we have decided not to move forward with your candidacy for this role.

Parcelstream Logistics Talent Acquisition

You received this email because you applied via SmartRecruiters.""", hdrs=NOREPLY_ATS,
    cte="base64", diff="hard", notes="company in subject short, longer in body; base64")

add("rejection", frm="Jake Morrow <jake@driftcache.dev>",
    subj="Re: following up", d=at("2026-01-08 21:14"), reply=True,
    company="Driftcache", contact="Jake", role="", diff="hard",
    notes="very short reply; no role; keywords absent",
    body="""Hey Marcus, sorry for the slow reply. We decided to hold off on adding an infra hire and have our backend folks own it for now, so we won't be moving ahead with you. Really enjoyed our chat though.

Jake

> Hi Jake, just following up on our call from two weeks ago. Any update on next steps?
> Marcus""")

add("rejection", frm="Workable <noreply@workable.com>",
    subj="Thanks for applying to Fernhill Data", d=at("2026-01-27 10:00", "UK"),
    company="Fernhill Data", role="DevOps Engineer (Remote, US)",
    body="""Hi Marcus,

Thanks for applying for the DevOps Engineer (Remote, US) position at Fernhill Data.

We've now reviewed all applications and, unfortunately, we won't be progressing your application any further.

Kind regards,
Fernhill Data Hiring Team

Powered by Workable""", hdrs=NOREPLY_ATS, notes="Workable, UK offset")

add("rejection", frm="Nimbusgrid Talent <talent@nimbusgrid.com>",
    subj="Nimbusgrid — Reliability Engineer, Data Platform", d=at("2026-02-19 17:45"),
    company="Nimbusgrid", contact="Alicia", role="Reliability Engineer, Data Platform",
    alt=True, diff="hard", notes="after final round; 'keep in touch'; mentions offer to someone else",
    body="""Hi Marcus,

I wanted to thank you for making it all the way through to the final round for the Reliability Engineer, Data Platform role. The team had a very hard choice and ultimately extended the offer to another finalist who had run Kafka at a similar scale.

Please don't read this as a closed door. I'd genuinely like to keep in touch, and I've flagged your profile for the SRE openings we're planning for the summer.

Thanks again,
Alicia Brennan
Senior Recruiter
Nimbusgrid""")

add("rejection", frm="Jobvite <notifications@jobvite.com>",
    subj="Regarding your application - Linux Systems Administrator", d=at("2026-03-10 09:20", "ET"),
    company="Brazos Mutual Insurance", role="Linux Systems Administrator",
    body="""Marcus,

Thank you for your interest in employment with Brazos Mutual Insurance. We have reviewed your background for the Linux Systems Administrator opening and have determined that other candidates more closely meet the needs of this position at this time.

We wish you success in your job search.

Brazos Mutual Recruiting""", diff="hard",
    notes="Jobvite; company only in body; 'other candidates more closely meet'")

add("rejection", frm="\"Katrin Vogel\" <k.vogel@nordlicht-cloud.de>",
    subj="Ihre Bewerbung als Platform Engineer (m/w/d)", d=at("2026-03-24 13:10", "DE"),
    company="Nordlicht Cloud GmbH", contact="Katrin", role="Platform Engineer (m/w/d)", lang="de",
    body="""Sehr geehrter Herr Bell,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Nordlicht Cloud GmbH.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Katrin Vogel
People & Culture
Nordlicht Cloud GmbH""", cte="quoted-printable", notes="German")

add("rejection", frm="Groupe Altisène <recrutement@altisene.fr>",
    subj="Votre candidature - Ingénieur SRE (H/F)", d=at("2026-04-02 10:30", "FR"),
    company="Groupe Altisène", contact="Élodie", role="Ingénieur SRE (H/F)", lang="fr",
    body="""Bonjour Marcus,

Nous vous remercions pour l'intérêt que vous portez au Groupe Altisène et pour le temps consacré à nos entretiens.

Après réflexion, nous ne donnerons pas suite à votre candidature pour le poste d'Ingénieur SRE (H/F). Votre profil reste néanmoins dans notre vivier et nous ne manquerons pas de revenir vers vous si une opportunité correspondante se présente.

Bien cordialement,
Élodie Marchand
Chargée de recrutement, Groupe Altisène""", diff="hard", notes="French; mentions entretiens")

add("rejection", frm="Quarry Analytics <careers@quarryanalytics.com>",
    subj="Your candidacy", d=at("2026-04-29 16:00", "MT"),
    company="Quarry Analytics", role="Site Reliability Engineer",
    body="""Hello Marcus,

We're writing to let you know we have filled the Site Reliability Engineer position. We truly appreciate the time you invested in our process, including the take-home exercise.

We'll retain your information should a future role be a good fit.

Quarry Analytics People Team""", html_only=True, diff="hard", notes="mentions take-home; HTML only")

add("rejection", frm="Marco Delgado <mdelgado@redwirestaffing.com>",
    subj="Contract role at the bank", d=at("2026-05-14 08:12"),
    company="Lone Star Meridian Bank", contact="Marco", role="DevOps Contractor (6-month)", diff="hard",
    notes="contract staffing recruiter about client; casual; 'client passed'",
    body="""Morning Marcus,

Heard back from Lone Star Meridian Bank on the 6-month DevOps contractor slot. They passed -- they want someone with heavier Ansible Tower and mainframe-adjacent experience. Not a knock on you at all.

I'll keep you on my hot list for the next cloud contract that comes through.

Marco Delgado | Redwire Staffing
Contract Placements - Austin""")

add("rejection", frm="BambooHR <notifications@app.bamboohr.com>",
    subj="Kettle & Key Software: Application Update", d=at("2026-06-03 11:45"),
    company="Kettle & Key Software", role="Junior DevOps Engineer",
    body="""Hi Marcus,

Thanks for your interest in the Junior DevOps Engineer role at Kettle & Key Software, LLC. After reviewing your resume, we've decided the position isn't the right fit based on level — we're looking for someone earlier in their career.

Best of luck in your search!

The Kettle & Key Software Team""", hdrs=NOREPLY_ATS, diff="hard", notes="rejected for being overqualified; LLC dropped")

add("rejection", frm="Hannah Lee <hannah.lee@brightloop.cloud>",
    subj="Brightloop SRE - thank you", d=at("2026-06-25 19:02", "PT"),
    company="Brightloop Cloud", contact="Hannah", role="SRE, Edge Networking",
    body="""Hi Marcus,

Thank you for interviewing with us for SRE, Edge Networking. I'm sorry to share that we have decided not to move forward. I know you put a lot into the system design session and it showed.

Wishing you the very best,
Hannah Lee
Recruiting, Brightloop Cloud""", alt=True, notes="post-interview personal rejection")

add("rejection", frm="iCIMS <no-reply@icims.com>",
    subj="Status Update: Requisition 2026-5531", d=at("2026-07-16 13:30"),
    company="St. Agnes Regional Medical Center", role="Infrastructure Automation Engineer",
    body="""Dear Marcus,

Thank you for your application for the Infrastructure Automation Engineer position at St. Agnes Regional Medical Center.

We have reviewed your submission and regret that you have not been selected for further consideration.

Thank you for considering St. Agnes as your employer of choice.

Talent Acquisition
St. Agnes Regional Medical Center
An affiliate of Pecan Valley Health System""", hdrs=NOREPLY_ATS, diff="hard",
    notes="affiliate hospital; parent system also named in footer")

add("rejection", frm="Recruitee <jobs@recruitee.com>",
    subj="Update regarding your application at Tallgrass Robotics", d=at("2026-08-05 09:00", "ET"),
    company="Tallgrass Robotics", contact="Ben", role="DevOps / Build Engineer",
    body="""Hi Marcus,

Really appreciate you taking the time for the phone screen with me last Friday. After discussing with the team, we've decided not to advance your application to the next round — we need someone with more embedded CI experience (Yocto, cross-compilation).

Best,
Ben
Tallgrass Robotics""", diff="hard", notes="mentions phone screen and 'next round'")

add("rejection", frm="Sofía Ramírez <sofia.ramirez@datossierra.es>",
    subj="Proceso de selección - Ingeniero DevOps", d=at("2026-09-09 17:20", "ES"),
    company="Datos Sierra", contact="Sofía", role="Ingeniero DevOps", lang="es",
    body="""Hola Marcus:

Gracias por tu tiempo en las entrevistas con el equipo de plataforma. Lamentablemente, hemos decidido continuar el proceso con otro candidato cuyo perfil se ajusta mejor a las necesidades actuales del puesto de Ingeniero DevOps.

Nos gustaría seguir en contacto para futuras vacantes.

Un saludo,
Sofía Ramírez
Talento, Datos Sierra S.L.""", notes="Spanish; S.L. dropped")

add("rejection", frm="Teamtailor <no-reply@teamtailor.com>",
    subj="Hayloft Health – your application", d=at("2026-10-14 10:10"),
    company="Hayloft Health", role="Platform Reliability Engineer",
    body="""Hi Marcus!

Thank you for applying to Platform Reliability Engineer at Hayloft Health. We've had an incredible response and have now chosen to go ahead with other candidates.

Please don't hesitate to apply again — we'd love to see your name pop up.

Cheers,
Hayloft Health""", notes="Teamtailor")

add("rejection", frm="Owen Price <owen.price@parcelstream.com>",
    subj="Re: Thank you!", d=at("2026-11-04 15:55"), reply=True,
    company="Parcelstream", contact="Owen", role="Senior DevOps Engineer", diff="hard",
    notes="reply to thank-you note; quoted text is candidate's enthusiastic note",
    body="""Hi Marcus,

Thank you for the kind note. I have to be straightforward with you: after the debrief we chose to move forward with another candidate for the Senior DevOps Engineer position. It was not an easy call.

Please stay in touch.

Owen

On Mon, Nov 2, 2026 at 4:01 PM Marcus Bell <marcus.bell.ops@gmail.com> wrote:
> Hi Owen, thanks again for the interview this afternoon. I'm really excited
> about the migration to ArgoCD and would love to help lead it.""")

# ---------------------------------------------------------------- on_hold
add("on_hold", frm="Greenhouse <no-reply@us.greenhouse-mail.io>",
    subj="An update on the Staff SRE role at Halyard Systems", d=at("2025-01-21 10:15"),
    company="Halyard Systems", role="Staff SRE",
    body="""Hi Marcus,

We wanted to let you know that Halyard Systems has decided to pause the search for the Staff SRE position while we revisit our 2025 headcount plan.

This decision has nothing to do with your qualifications. If the role reopens, we will reach out directly.

Thank you for your patience,
Halyard Systems Recruiting""", hdrs=NOREPLY_ATS, notes="pausing this search")

add("on_hold", frm="Greg Olsen <golsen@orchardmetrics.com>",
    subj="Where things stand", d=at("2025-03-27 18:40", "ET"),
    company="Orchard Metrics", contact="Greg", role="Platform Engineer", diff="hard",
    notes="reorg; no hold keywords; mentions final interview",
    body="""Marcus,

I owe you an update. You were slated for the final interview with our CTO next week, but as of this morning the infrastructure org is being merged into the data platform group and every open req under me is frozen until the new leadership sorts out structure.

I don't have a timeline. I'd rather tell you straight than leave you hanging. If it thaws I'll call you first.

Greg Olsen
Director of Infrastructure
Orchard Metrics""")

add("on_hold", frm="Lone Star Meridian Bank <lsmb@myworkday.com>",
    subj="Job Requisition Cancelled: R-21877 Site Reliability Engineer", d=at("2025-06-02 07:00"),
    company="Lone Star Meridian Bank", role="Site Reliability Engineer",
    body="""Dear Marcus Bell,

The job requisition R-21877 Site Reliability Engineer to which you applied has been cancelled. As a result, your application will no longer be considered for this requisition.

We encourage you to review other open positions on our career site.

Lone Star Meridian Bank Talent Acquisition""", hdrs=NOREPLY_ATS, diff="hard",
    notes="requisition cancelled; 'no longer be considered' reads like rejection")

add("on_hold", frm="Alicia Brennan <alicia.brennan@nimbusgrid.com>",
    subj="Nimbusgrid — hiring pause", d=at("2025-08-28 14:20"),
    company="Nimbusgrid", contact="Alicia", role="Cloud Infrastructure Engineer",
    body="""Hi Marcus,

I'm sorry to share that Nimbusgrid has implemented a company-wide hiring freeze effective today, which includes the Cloud Infrastructure Engineer opening you were interviewing for.

I've kept your interview notes, and if we're able to reopen the position later this year I'd love to pick things back up with you without restarting from scratch.

Alicia Brennan
Senior Recruiter, Nimbusgrid""", alt=True, notes="explicit hiring freeze; mentions interviewing")

add("on_hold", frm="Texas OTM Human Resources <otm-careers@cpa.texas.gov>",
    subj="Posting 25-0622 Withdrawn", d=at("2025-10-30 16:45"),
    company="Texas Office of Technology Modernization", role="DevSecOps Engineer III",
    body="""Dear Applicant,

Job Posting 25-0622, DevSecOps Engineer III, has been withdrawn due to changes in legislative appropriations for the upcoming biennium. No selection will be made for this posting.

Applicants may be notified if the position is reposted.

Human Resources Division
Texas Office of Technology Modernization""", diff="hard", notes="posting withdrawn; budget/appropriations; formal")

add("on_hold", frm="Jordan Pike <jordan@pitchforkrobotics.com>",
    subj="Infra hire on ice", d=at("2025-06-17 09:05", "PT"),
    company="Pitchfork Robotics", contact="Jordan", role="Founding DevOps Engineer", diff="hard",
    notes="startup; funding delay; casual wording",
    body="""Hey Marcus,

Bad timing news: our Series A close slipped and the board asked us to hold all new hires until it's done. That means the founding DevOps engineer role is on ice for at least 6-8 weeks.

You were our top pick, honestly. If you're still looking when we close, I'd love to pick this back up.

jp""")

add("on_hold", frm="Pecan Valley Health System <talent@pvhs.org>",
    subj="Position Update - Req 80214 Cloud Platform Engineer", d=at("2026-03-31 12:00"),
    company="Pecan Valley Health System", role="Cloud Platform Engineer",
    body="""Dear Marcus,

We are writing to let you know that the Cloud Platform Engineer position (Req 80214) is no longer open. Following a review of department priorities, the position has been removed from this year's budget.

We sincerely thank you for your interest and invite you to apply for future openings.

Human Resources
Pecan Valley Health System""", hdrs=NOREPLY_ATS, notes="role no longer open; budget")

add("on_hold", frm="Jonas Richter <jonas.richter@kuppel-systems.ch>",
    subj="Stelle SRE – Prozess pausiert", d=at("2026-05-20 15:00", "DE"),
    company="Kuppel Systems AG", contact="Jonas", role="Site Reliability Engineer (Remote US)", lang="de",
    body="""Hallo Marcus,

leider muss ich Ihnen mitteilen, dass wir den Auswahlprozess für die Stelle Site Reliability Engineer (Remote US) vorerst pausieren. Aufgrund einer internen Umstrukturierung wurden alle offenen Positionen im Bereich Infrastruktur bis auf Weiteres eingefroren.

Das hat nichts mit Ihrer Bewerbung zu tun. Sobald es Neuigkeiten gibt, melde ich mich bei Ihnen.

Viele Grüße
Jonas Richter
Talent Acquisition
Kuppel Systems AG""", notes="German; restructuring freeze")

add("on_hold", frm="Priya Natarajan <priya@apextalentpartners.com>",
    subj="Update on the Fernhill role", d=at("2026-07-07 13:25"),
    company="Fernhill Data", contact="Priya", role="Senior DevOps Engineer", diff="hard",
    notes="agency recruiter; client cancelled req; 'keep your resume' can read as rejection",
    body="""Hi Marcus,

Quick update: Fernhill Data has cancelled the Senior DevOps Engineer requisition entirely -- their VP told me the budget got reallocated to a security hire. They were not evaluating candidates negatively, it's just gone.

I'll keep your resume front and center for my other clients.

Priya
Apex Talent Partners""")

add("on_hold", frm="Workday <kettlekey@myworkday.com>",
    subj="Your application status has changed", d=at("2026-09-22 06:30", "ET"),
    company="Kettle & Key Software", role="SRE Manager",
    body="""Hello Marcus,

The SRE Manager position at Kettle & Key Software has been placed on hold and is not currently accepting candidates. Your application has been moved to an inactive status.

If hiring for this role resumes, you will be notified.

Kettle & Key Software Careers""", html_only=True, hdrs=NOREPLY_ATS, diff="hard",
    notes="company only in body; 'inactive status'")

# ---------------------------------------------------------------- interviews
_d = at("2025-01-14 11:20")
_i = at("2025-01-16 14:00")
add("interview", frm="Dana Whitfield <dana.whitfield@kitewire.io>",
    subj="Kitewire - intro call?", d=_d, company="Kitewire", contact="Dana", role="Platform Engineer",
    iat=_i, diff="hard", notes="'quick chat' with definite time; no word interview; CT default",
    body=f"""Hi Marcus,

Saw your application for Platform Engineer and would love to have a quick chat about what you've been building. Does {day(_i)} at {tm(_i)} Central work? I'll send a Google Meet link.

— Dana
Dana Whitfield
Head of Platform | Kitewire""")

_d = at("2025-02-03 09:00", "ET")
add("interview", frm="Tessellate Labs <no-reply@ashbyhq.com>",
    subj="Schedule your technical screen with Tessellate Labs", d=_d,
    company="Tessellate Labs", role="Infrastructure Engineer", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

Great news! The Tessellate Labs team would like to move you forward to a 60-minute technical screen for the Infrastructure Engineer role.

Please choose a time that works for you using the link below. Available slots are shown in your local time zone.

https://app.ashbyhq.com/schedule/tessellate-labs/7f2c91

If none of the times work, reply to this email and we'll find an alternative.

Tessellate Labs Recruiting""", alt=True, notes="Ashby scheduling link; no fixed time")

_d = at("2025-02-26 15:40")
_i = at("2025-03-05 10:00", "ET")
add("interview", frm="Greg Olsen <golsen@orchardmetrics.com>",
    subj="Invitation: Marcus Bell / Greg Olsen - Platform Engineer", d=_d,
    company="Orchard Metrics", contact="Greg", role="Platform Engineer", iat=_i,
    ics=ical(_i, 45, "Marcus Bell / Greg Olsen - Platform Engineer", "golsen@orchardmetrics.com", "om-7731"),
    body=f"""You have been invited to the following event.

Marcus Bell / Greg Olsen - Platform Engineer
When: {day(_i)}, 2025 {tm(_i)} – {tm(_i + timedelta(minutes=45))} Eastern Time - New York
Joining info: meet.google.com/xkq-rmbw-tpe
Organizer: golsen@orchardmetrics.com

Going (marcus.bell.ops@gmail.com)? Yes - Maybe - No

Invitation from Google Calendar""", notes="calendar invite with text/calendar; ET")

_d = at("2025-04-08 13:05")
_i = at("2025-04-15 09:30")
add("interview", frm="LSMB Talent Acquisition <recruiting@lsmb.com>",
    subj="Interview Confirmation - DevOps Engineer II", d=_d,
    company="Lone Star Meridian Bank", contact="Renee", role="DevOps Engineer II", iat=_i,
    body=f"""Dear Marcus,

This email confirms your in-person interview for the DevOps Engineer II position.

Date: {day(_i)}, 2025
Time: {tm(_i)} - 12:00 PM Central
Location: Lone Star Meridian Bank, 600 Congress Ave, 14th Floor, Austin, TX 78701

Please bring a government-issued photo ID to check in with building security. You will meet with three members of the Cloud Engineering team.

Regards,
Renee Castillo
Talent Acquisition Partner
Lone Star Meridian Bank""", alt=True, notes="onsite confirmation; acronym sender domain")

_d = at("2025-10-21 10:30", "PT")
add("interview", frm="Tomás Ibarra <tomas@loomsight.ai>",
    subj="Next step: take-home + review", d=_d,
    company="Loomsight", contact="Tomás", role="Senior Site Reliability Engineer", diff="hard",
    notes="take-home plus review session; no fixed time",
    body="""Hi Marcus,

Thanks for a great first conversation. Next step is a short take-home: we'll give you a small Kubernetes cluster with a few planted problems and ask you to write up what you find and how you'd fix it. Expect 2-3 hours.

Once you send it back we'll set up a 60-minute session to walk through your write-up with two of our SREs. Let me know when you'd like to receive the repo.

Tomás""")

_d = at("2025-06-10 08:45")
_i = at("2025-06-11 10:30")
add("interview", frm="Ruth Kowalczyk <rkowalczyk@stackwell.com>",
    subj="Re: Staff DevOps Engineer", d=_d, reply=True,
    company="Stackwell Software", contact="Ruth", role="Staff DevOps Engineer", iat=_i, diff="hard",
    notes="relative time 'tomorrow at 10:30'; CT from Date header",
    body="""Perfect, tomorrow at 10:30 it is. I'll call your cell.

Ruth

On Mon, Jun 9, 2025, Marcus Bell wrote:
> Hi Ruth, I'm free most of Wednesday morning if that works for a call.""")

_d = at("2026-05-26 16:10")
add("interview", frm="Hannah Lee <hannah.lee@brightloop.cloud>",
    subj="Brightloop: let's find time", d=_d,
    company="Brightloop Cloud", contact="Hannah", role="SRE, Edge Networking",
    body="""Hi Marcus,

The hiring team reviewed your background and would like to invite you to a 30-minute phone interview for SRE, Edge Networking.

Here's my Calendly — grab any slot that works next week: https://calendly.com/hannah-brightloop/30min

Thanks!
Hannah Lee
Recruiting, Brightloop Cloud""", notes="Calendly link; no fixed time")

_d = at("2025-08-19 11:00", "PT")
_i = at("2025-08-26 13:00", "PT")
add("interview", frm="GoodTime <scheduling@goodtime.io>",
    subj="Confirmed: Virtual onsite with Cobaltfin", d=_d,
    company="Cobaltfin", role="Senior DevOps Engineer", iat=_i,
    ics=ical(_i, 240, "Cobaltfin Virtual Onsite - Marcus Bell", "scheduling@goodtime.io", "gt-44190"),
    body=f"""Hi Marcus,

Your virtual onsite with Cobaltfin for the Senior DevOps Engineer role is confirmed.

{day(_i)}, 2025
{tm(_i)} - 5:00 PM Pacific Time

1:00 PM  Systems design (Ana, Raj)
2:00 PM  Incident response deep-dive (Chris)
3:00 PM  Break
3:15 PM  Coding: automation (Li)
4:15 PM  Hiring manager (Morgan)

Zoom links are in the attached calendar invite.

Sent via GoodTime on behalf of Cobaltfin""", hdrs=NOREPLY_ATS, diff="hard",
    notes="GoodTime confirmation; agenda has multiple times, start 1 PM PT")

_d = at("2025-09-15 12:30")
add("interview", frm="Marco Delgado <mdelgado@redwirestaffing.com>",
    subj="Client wants to talk!", d=_d,
    company="Pecan Valley Health System", contact="Marco", role="Cloud Migration Engineer (Contract)",
    diff="hard", notes="contract recruiter about hospital client; slots offered",
    body="""Marcus!

Good news -- Pecan Valley Health System liked your profile for the Cloud Migration Engineer contract and wants a 30-min video call with their infrastructure manager. They offered these:

- Wed 9/17 2:00 PM CT
- Thu 9/18 10:00 AM CT
- Fri 9/19 3:30 PM CT

Which one should I lock in?

Marco Delgado | Redwire Staffing""")

_d = at("2025-10-21 09:15")
_i = at("2025-10-28 13:00")
add("interview", frm="Texas OTM Human Resources <otm-careers@cpa.texas.gov>",
    subj="Interview Scheduled: Job Posting 25-0701", d=_d,
    company="Texas Office of Technology Modernization", role="Cloud Operations Specialist IV", iat=_i,
    body=f"""Dear Marcus Bell:

You have been selected to interview for Job Posting 25-0701, Cloud Operations Specialist IV.

Your panel interview is scheduled for {day(_i)}, 2025, at {tm(_i)} CT via Microsoft Teams. The panel will consist of three members and will last approximately one hour. All candidates are asked the same questions.

Please reply to confirm your attendance. If you require a reasonable accommodation, let us know.

Human Resources Division
Texas Office of Technology Modernization""", notes="state panel interview")

_d = at("2025-11-12 14:00", "ET")
add("interview", frm="\"ModernLoop\" <noreply@modernloop.io>",
    subj="Please share your availability - Nimbusgrid", d=_d,
    company="Nimbusgrid", role="Reliability Engineer, Data Platform", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

Nimbusgrid would like to schedule your final round interviews for Reliability Engineer, Data Platform (4 x 45 min).

Please submit your availability for the next two weeks:
https://app.modernloop.io/candidate/availability/nmb-88213

Sent by ModernLoop on behalf of Nimbusgrid""", html_only=True, notes="availability request; HTML only")

_d = at("2025-12-09 17:30")
_i = at("2025-12-16 11:00")
add("interview", frm="Jake Morrow <jake@driftcache.dev>",
    subj="coffee?", d=_d,
    company="Driftcache", contact="Jake", role="", iat=_i, diff="hard",
    notes="informal coffee with founder; no role, no word interview",
    body=f"""Hey Marcus,

Thanks for the note about our infra stuff. I'm the CTO here and we're thinking about our first infra hire. Want to grab coffee and talk about it? How about next {_i:%A} ({_i:%-m/%-d}) at 11 at Medici on Congress?

Jake""")

_d = at("2026-01-20 10:00")
_i = at("2026-01-22 15:30")
add("interview", frm="Alicia Brennan <alicia.brennan@nimbusgrid.com>",
    subj="Reschedule: Hiring manager conversation", d=_d,
    company="Nimbusgrid", contact="Alicia", role="Reliability Engineer, Data Platform", iat=_i,
    diff="hard", notes="reschedule; old time mentioned then new time",
    body=f"""Hi Marcus,

Our hiring manager, Dev, had a production incident come up and needs to move your conversation originally set for Wednesday at 1:00 PM. Would {day(_i)} at {tm(_i)} Central work instead? I've gone ahead and tentatively updated the invite; just let me know if that's a problem.

Apologies for the shuffle!
Alicia""")

_d = at("2026-02-10 08:00", "DE")
_i = at("2026-02-17 16:00", "DE")
add("interview", frm="Katrin Vogel <k.vogel@nordlicht-cloud.de>",
    subj="Einladung zum Vorstellungsgespräch – Platform Engineer (m/w/d)", d=_d,
    company="Nordlicht Cloud GmbH", contact="Katrin", role="Platform Engineer (m/w/d)", lang="de",
    iat=_i, body=f"""Hallo Marcus,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem ersten Videogespräch einladen.

Termin: Dienstag, {_i.day}. Februar 2026, um 16:00 Uhr (MEZ) – das entspricht 9:00 Uhr in Austin.
Dauer: ca. 45 Minuten, über Microsoft Teams.

Bitte bestätigen Sie kurz den Termin.

Viele Grüße
Katrin Vogel
People & Culture
Nordlicht Cloud GmbH""", notes="German; CET time with Austin conversion")

_d = at("2026-03-03 13:45", "FR")
add("interview", frm="Élodie Marchand <elodie.marchand@altisene.fr>",
    subj="Entretien - Ingénieur SRE (H/F)", d=_d,
    company="Groupe Altisène", contact="Élodie", role="Ingénieur SRE (H/F)", lang="fr",
    body="""Bonjour Marcus,

Suite à l'examen de votre candidature, nous souhaiterions échanger avec vous lors d'un entretien en visioconférence avec notre responsable d'équipe.

Pourriez-vous m'indiquer vos disponibilités pour la semaine prochaine, en tenant compte du décalage horaire ?

Bien cordialement,
Élodie Marchand
Chargée de recrutement, Groupe Altisène""", notes="French; asks availability")

_d = at("2026-04-07 09:20")
_i = at("2026-04-09 14:00", "PT")
add("interview", frm="Quarry Analytics <careers@quarryanalytics.com>",
    subj="Your interview with Quarry Analytics is confirmed", d=_d,
    company="Quarry Analytics", role="Site Reliability Engineer", iat=_i, cte="base64",
    hdrs=NOREPLY_ATS,
    body=f"""Hi Marcus,

Your technical interview for Site Reliability Engineer is confirmed for {day(_i)} at {tm(_i)} PT (4:00 PM your time, Central).

Interviewer: Sam Whitaker, Staff SRE
Format: live troubleshooting on a shared Linux VM (CoderPad)

Good luck!
Quarry Analytics Recruiting""", diff="hard", notes="PT stated, CT conversion also given; base64")

_d = at("2026-05-05 11:10")
add("interview", frm="Workable <noreply@workable.com>",
    subj="Fernhill Data invited you to a video interview", d=_d,
    company="Fernhill Data", role="Senior DevOps Engineer", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

Fernhill Data has invited you to complete a one-way video interview for the Senior DevOps Engineer position.

You'll answer 4 questions on camera, with up to 3 minutes per answer. Please complete it within 5 days.

Start your video interview: https://apply.workable.com/fernhill-data/vi/31c9

Powered by Workable""", notes="one-way video interview")

_d = at("2026-06-16 15:00")
_i = at("2026-06-23 09:00")
add("interview", frm="Paradox <olivia@paradox.ai>",
    subj="St. Agnes Regional Medical Center: Interview Scheduled", d=_d,
    company="St. Agnes Regional Medical Center", role="Systems Engineer II", iat=_i,
    body=f"""Hi Marcus! It's Olivia, the recruiting assistant for St. Agnes Regional Medical Center.

You're all set! Your interview for Systems Engineer II is booked:

{day(_i)} at {tm(_i)} CDT
Phone interview with Karen Holt, IT Infrastructure Manager

Need to reschedule? Just reply to this email.""", hdrs=NOREPLY_ATS, diff="hard",
    notes="chatbot-style Paradox mail; assistant name is not a human contact")

_d = at("2026-07-28 10:40")
_i = at("2026-07-31 13:30")
add("interview", frm="Ben Akers <ben@tallgrassrobotics.com>",
    subj="Re: DevOps / Build Engineer", d=_d, reply=True,
    company="Tallgrass Robotics", contact="Ben", role="DevOps / Build Engineer", iat=_i, diff="hard",
    notes="reply; quoted part says 'unfortunately'; relative 'Friday'",
    body="""Hi Marcus,

No problem at all, Friday 1:30 works great. Same Zoom link as before.

Ben

On Mon, Jul 27, 2026 at 9:02 AM Marcus Bell <marcus.bell.ops@gmail.com> wrote:
> Hi Ben, unfortunately I have a conflict Thursday afternoon. Would Friday
> at 1:30 PM Central work for the phone screen instead?""")

_d = at("2026-08-18 12:00", "ES")
_i = at("2026-08-25 17:00", "ES")
add("interview", frm="Sofía Ramírez <sofia.ramirez@datossierra.es>",
    subj="Entrevista técnica - Ingeniero DevOps", d=_d,
    company="Datos Sierra", contact="Sofía", role="Ingeniero DevOps", lang="es", iat=_i,
    body=f"""Hola Marcus:

Nos gustaría invitarte a una entrevista técnica con el equipo de plataforma para el puesto de Ingeniero DevOps.

Fecha: martes {_i.day} de agosto
Hora: 17:00 (hora de Madrid) / 10:00 (hora de Austin)
Plataforma: Google Meet

Por favor, confírmame si te viene bien.

Un saludo,
Sofía Ramírez
Talento, Datos Sierra S.L.""", notes="Spanish; Madrid time")

_d = at("2026-09-29 14:30")
_i = at("2026-10-06 10:00")
add("interview", frm="Hayloft Health <no-reply@teamtailor.com>",
    subj="Hayloft Health: onsite visit details", d=_d,
    company="Hayloft Health", contact="Monica", role="Platform Reliability Engineer", iat=_i,
    pdf="Hayloft_Onsite_Agenda.pdf", diff="hard", notes="onsite itinerary with PDF; no word interview",
    body=f"""Hi Marcus,

We're looking forward to hosting you at our Austin office on {day(_i)}! Please arrive at {tm(_i)}; your host will meet you in the lobby of 501 W 5th St.

The day includes time with the platform team, a whiteboard architecture session, and lunch with a few engineers. The full agenda is attached.

See you soon,
Monica Reyes
People Operations, Hayloft Health""")

_d = at("2026-11-10 09:05")
add("interview", frm="Owen Price <owen.price@parcelstream.com>",
    subj="Parcelstream - next conversation", d=_d,
    company="Parcelstream", contact="Owen", role="Staff Platform Engineer",
    body="""Hi Marcus,

I know the Senior DevOps role didn't land, but we just opened a Staff Platform Engineer role and I immediately thought of you. Would you be up for an interview with our VP of Engineering? She's open most afternoons next week; send me a couple of times and I'll set it up.

Owen""", diff="hard", notes="mentions earlier rejection; new interview invite without time")

# ---------------------------------------------------------------- offers
add("offer", frm="Ruth Kowalczyk <rkowalczyk@stackwell.com>",
    subj="Offer - Senior Observability Engineer", d=at("2025-11-05 17:05"),
    company="Stackwell Software", contact="Ruth", role="Senior Observability Engineer",
    pdf="Stackwell_Offer_Letter_Marcus_Bell.pdf",
    body="""Hi Marcus,

On behalf of everyone at Stackwell Software, I'm thrilled to offer you the position of Senior Observability Engineer. Your formal offer letter is attached, including base salary, equity, and the start date we discussed.

Please review and let me know if you have any questions. We'd ask for your decision by the end of next week.

Best,
Ruth Kowalczyk
VP Engineering | Stackwell Software, Inc.""", notes="offer letter PDF attached")

add("offer", frm="Jordan Pike <jordan@pitchforkrobotics.com>",
    subj="following up on our call", d=at("2025-09-30 20:15", "PT"),
    company="Pitchfork Robotics", contact="Jordan", role="Founding DevOps Engineer", diff="hard",
    notes="written follow-up to verbal offer; never says 'offer'",
    body="""Marcus,

Great talking tonight. To put in writing what I said on the phone: we want you as our founding DevOps engineer. $168k base, 0.6% equity on a standard 4-year vest, remote from Austin with a trip to SF once a quarter. Start date is yours to pick, ideally before Nov 1.

Paperwork comes from our HR platform tomorrow. Any questions, call me.

jp
Jordan Pike, CTO, Pitchfork Robotics""")

add("offer", frm="LSMB Talent Acquisition <recruiting@lsmb.com>",
    subj="Conditional Offer of Employment", d=at("2025-05-06 10:30"),
    company="Lone Star Meridian Bank", contact="Renee", role="DevOps Engineer II", html_only=True,
    body="""Dear Marcus,

We are pleased to extend to you a conditional offer of employment for the position of DevOps Engineer II with Lone Star Meridian Bank. This offer is contingent upon the successful completion of a background check and fingerprinting as required for financial institutions.

Please log in to the candidate portal to review and accept your offer within five business days.

Sincerely,
Renee Castillo
Talent Acquisition Partner
Lone Star Meridian Bank""", notes="conditional offer; HTML only")

add("offer", frm="Greenhouse <no-reply@greenhouse.io>",
    subj="Your offer from Halyard Systems is ready", d=at("2026-04-14 13:00", "ET"),
    company="Halyard Systems", contact="Nikhil", role="Site Reliability Engineer II", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

Congratulations! Halyard Systems has sent you an offer for the Site Reliability Engineer II role. Review and sign your offer using the secure link below:

https://app.greenhouse.io/offers/hs-55012

If you have questions, please reach out to your recruiter, Nikhil Rao (nikhil.rao@halyard.systems).

Halyard Systems via Greenhouse""", diff="hard", notes="ATS e-sign notice; recruiter named as contact")

add("offer", frm="Marco Delgado <mdelgado@redwirestaffing.com>",
    subj="You got it!!", d=at("2025-10-08 16:20"),
    company="Pecan Valley Health System", contact="Marco", role="Cloud Migration Engineer (Contract)",
    diff="hard", notes="staffing agency relays client's contract offer; casual subject",
    body="""Marcus,

Pecan Valley Health System wants you for the Cloud Migration Engineer contract! 12 months, $88/hr W-2 through Redwire, hybrid 2 days a week at the Round Rock campus. Start date would be October 27.

I'm sending the Redwire offer letter through DocuSign in the next hour. Congrats, you earned this one.

Marco Delgado | Redwire Staffing""")

add("offer", frm="Jonas Richter <jonas.richter@kuppel-systems.ch>",
    subj="Vertragsangebot – Site Reliability Engineer", d=at("2026-10-01 09:45", "DE"),
    company="Kuppel Systems AG", contact="Jonas", role="Site Reliability Engineer (Remote US)", lang="de",
    pdf="Angebot_Bell.pdf",
    body="""Hallo Marcus,

es freut mich sehr, Ihnen im Namen der Kuppel Systems AG die Stelle als Site Reliability Engineer (Remote US) anbieten zu dürfen. Im Anhang finden Sie unser Vertragsangebot mit allen Konditionen.

Wir würden uns über eine Rückmeldung bis zum 9. Oktober freuen.

Viele Grüße
Jonas Richter
Talent Acquisition
Kuppel Systems AG""", notes="German offer with PDF")

# ---------------------------------------------------------------- application_received
add("application_received", frm="Halyard Systems <no-reply@greenhouse.io>",
    subj="Thank you for applying to Halyard Systems", d=at("2025-01-06 22:14"),
    company="Halyard Systems", role="Staff SRE", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

Thanks for applying to Halyard Systems! Your application for Staff SRE has been received and our team will review it shortly.

If your experience is a match, a member of our recruiting team will reach out to discuss next steps.

Halyard Systems""", notes="Greenhouse acknowledgement with next steps")

add("application_received", frm="Lone Star Meridian Bank <lsmb@myworkday.com>",
    subj="Application Received - R-20418", d=at("2025-03-30 19:02"),
    company="Lone Star Meridian Bank", role="DevOps Engineer III", hdrs=NOREPLY_ATS,
    body="""Dear Marcus Bell,

Thank you for applying for DevOps Engineer III (R-20418). We have received your application and it is under review.

You can check the status of your application at any time by signing in to your candidate home account.

Lone Star Meridian Bank Talent Acquisition""", notes="Workday acknowledgement")

add("application_received", frm="Pecan Valley Health System <talent@pvhs.org>",
    subj="Thank you for your application", d=at("2025-05-27 06:48"),
    company="Pecan Valley Health System", role="Systems Engineer - Cloud Infrastructure",
    hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    body="""Dear Marcus,

Thank you for applying for Systems Engineer - Cloud Infrastructure (Req 77120) with Pecan Valley Health System.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you are selected for an interview, a recruiter will contact you. If you are not selected, you will receive a notification once the position is filled.

Human Resources
Pecan Valley Health System""", diff="hard", notes="mentions interview selection and 'not selected' as possibilities")

add("application_received", frm="Cobaltfin <noreply@lever.co>",
    subj="Cobaltfin — we got your application", d=at("2025-07-18 14:33", "PT"),
    company="Cobaltfin", role="DevOps Engineer (Fintech Infrastructure)",
    body="""Hey Marcus,

Just a quick note to say we received your application for DevOps Engineer (Fintech Infrastructure). Humans (not robots) read every application here, so give us a week or two.

Talk soon,
Cobaltfin Recruiting""", diff="hard", notes="informal tone reads like personal mail")

add("application_received", frm="Texas OTM Careers <otm-careers@cpa.texas.gov>",
    subj="Application Confirmation - Job Posting 25-0413", d=at("2025-09-05 11:11"),
    company="Texas Office of Technology Modernization", role="Systems Analyst V (Cloud Operations)",
    body="""This is to confirm that your application for Job Posting 25-0413, Systems Analyst V (Cloud Operations), was successfully submitted on 09/05/2025.

Due to the volume of applications, only applicants selected for an interview will be contacted. Unfortunately, we are unable to provide status updates by phone.

Texas Office of Technology Modernization
Human Resources Division""", diff="hard", notes="'Unfortunately' in acknowledgement; no salutation")

add("application_received", frm="SmartRecruiters <no-reply@smartrecruiters.com>",
    subj="Application received: Cloud Operations Engineer", d=at("2025-11-20 08:02", "ET"),
    company="Parcelstream Logistics", role="Cloud Operations Engineer", hdrs=NOREPLY_ATS,
    body="""Dear Marcus,

Thank you for your interest in Parcelstream Logistics. We confirm receipt of your application for Cloud Operations Engineer.

Our hiring team is currently reviewing applications and will be in touch if your profile matches our requirements.

Parcelstream Logistics Talent Acquisition""", html_only=True, notes="HTML only")

add("application_received", frm="Taleo <noreply@taleo.net>",
    subj="Brazos Mutual - Application Submitted (Req 26-0042)", d=at("2026-01-05 07:30"),
    company="Brazos Mutual Insurance", role="Cloud Security Engineer",
    body="""Dear Marcus Bell,

Thank you for submitting your application for Cloud Security Engineer (Req 26-0042) at Brazos Mutual Insurance.

Your application has been forwarded to the hiring manager for review. Should your qualifications match our needs, we will contact you to arrange an interview. Applications are retained for 12 months.

Brazos Mutual Insurance - Human Resources

*** This is an automated message. Please do not reply. ***""", hdrs=NOREPLY_ATS, cte="quoted-printable",
    diff="hard", notes="Taleo; mentions arranging an interview conditionally")

add("application_received", frm="Ashby <no-reply@ashbyhq.com>",
    subj="Thanks for applying to Loomsight", d=at("2026-02-02 15:16", "PT"),
    company="Loomsight", role="Staff Site Reliability Engineer",
    body="""Hi Marcus,

Thanks for applying to the Staff Site Reliability Engineer role at Loomsight. We've received your application and will review it soon.

— Loomsight""", notes="two-line acknowledgement")

add("application_received", frm="Nordlicht Cloud GmbH <jobs@nordlicht-cloud.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung", d=at("2026-01-28 18:05", "DE"),
    company="Nordlicht Cloud GmbH", role="Platform Engineer (m/w/d)", lang="de",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Hallo Marcus Bell,

vielen Dank für Ihre Bewerbung als Platform Engineer (m/w/d). Wir haben Ihre Unterlagen erhalten und prüfen sie sorgfältig. Wir melden uns innerhalb von zwei Wochen bei Ihnen.

Ihr Recruiting-Team
Nordlicht Cloud GmbH""", notes="German acknowledgement")

add("application_received", frm="Personio <noreply@personio.de>",
    subj="Ihre Bewerbung bei Kuppel Systems AG", d=at("2026-04-20 10:00", "DE"),
    company="Kuppel Systems AG", role="Site Reliability Engineer (Remote US)", lang="en", diff="hard",
    notes="German subject, English body; Personio",
    body="""Dear Marcus Bell,

Thank you for your application for the position Site Reliability Engineer (Remote US) at Kuppel Systems AG. We have received your documents and will get back to you as soon as possible.

Best regards,
Your Kuppel Systems AG Recruiting Team

This email was sent automatically via Personio.""")

add("application_received", frm="Hayloft Health <no-reply@teamtailor.com>",
    subj="We received your application!", d=at("2026-08-26 21:40"),
    company="Hayloft Health", role="Platform Reliability Engineer", alt=True,
    body="""Hi Marcus,

Thanks for applying to Platform Reliability Engineer at Hayloft Health! Our team reads every application and you'll hear from us either way within 10 business days.

The Hayloft Health Team""", notes="Teamtailor; promise of decision")

add("application_received", frm="Kitewire Recruiting <no-reply@jobs.lever.co>",
    subj="Re: Your application", d=at("2026-05-11 12:01", "PT"),
    company="Kitewire", role="Senior Platform Engineer", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

We've received your application for Senior Platform Engineer at Kitewire. Unfortunately, due to high volume we can't give individual feedback at this stage, but rest assured your application is in review.

Kitewire Recruiting""", diff="hard", notes="'Re:' subject and 'Unfortunately'; still an acknowledgement")

add("application_received", frm="Recruitee <jobs@recruitee.com>",
    subj="Application received – Tallgrass Robotics", d=at("2026-07-02 09:30", "ET"),
    company="Tallgrass Robotics", role="DevOps / Build Engineer",
    body="""Hi Marcus,

Thank you for applying for the DevOps / Build Engineer position at Tallgrass Robotics. We have received your application.

Best regards,
Tallgrass Robotics""", notes="Recruitee; no next steps")

add("application_received", frm="Groupe Altisène <recrutement@altisene.fr>",
    subj="Accusé de réception de votre candidature", d=at("2026-02-20 09:00", "FR"),
    company="Groupe Altisène", role="Ingénieur SRE (H/F)", lang="fr",
    hdrs={"Auto-Submitted": "auto-generated"},
    body="""Bonjour,

Nous accusons bonne réception de votre candidature au poste d'Ingénieur SRE (H/F) et vous en remercions. Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

L'équipe Recrutement
Groupe Altisène""", notes="French acknowledgement")

add("application_received", frm="Mesa Ridge Credit Union <careers@bamboohr.com>",
    subj="Thanks for applying!", d=at("2026-09-14 16:44", "MT"),
    company="Mesa Ridge Credit Union", role="Infrastructure Engineer",
    body="""Hi Marcus,

Thank you for your interest in the Infrastructure Engineer position at Mesa Ridge Credit Union. We've received your application. If we decide to move forward, someone from our team will contact you to set up an initial phone screen.

Mesa Ridge Credit Union People Team""", diff="hard", notes="'move forward' and 'phone screen' in acknowledgement")

add("application_received", frm="Jobvite <notifications@jobvite.com>",
    subj="Application Submitted: Senior SRE", d=at("2026-10-22 13:15"),
    company="Orchard Metrics", role="Senior SRE", hdrs=NOREPLY_ATS,
    body="""Marcus,

Your application for Senior SRE at Orchard Metrics has been submitted successfully. We'll reach out if there is a match.

Orchard Metrics Talent""", notes="Jobvite")

add("application_received", frm="Workable <noreply@workable.com>",
    subj="Your application to Fernhill Data", d=at("2026-04-15 10:20", "UK"),
    company="Fernhill Data", role="Senior DevOps Engineer", hdrs=NOREPLY_ATS,
    body="""Hi Marcus,

We've received your application for Senior DevOps Engineer at Fernhill Data. Our hiring team will review it and contact you about next steps.

Thanks,
Fernhill Data

Powered by Workable""", notes="Workable acknowledgement")

# ---------------------------------------------------------------- auto replies
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
add("auto_reply", frm="Dana Whitfield <dana.whitfield@kitewire.io>",
    subj="Automatic reply: Platform Engineer - follow up", d=at("2025-03-10 08:01", "PT"),
    company="Kitewire", contact="Dana", role="Platform Engineer", ret="2025-03-14", hdrs=AR,
    body="""Thanks for your email. I'm at a conference with limited connectivity and will be back on 3/14. For anything urgent please reach out to recruiting@kitewire.io.

Dana""", notes="'back on 3/14' month-first")

add("auto_reply", frm="Greg Olsen <golsen@orchardmetrics.com>",
    subj="Out of Office: Re: Platform Engineer", d=at("2026-03-02 09:14", "ET"),
    company="Orchard Metrics", contact="Greg", role="Platform Engineer", ret="2026-03-09",
    hdrs={"Auto-Submitted": "auto-replied"},
    body="""I'm out of the office on vacation, returning Monday 9 March. I'll have no access to email while away.

Greg Olsen
Director of Infrastructure, Orchard Metrics""", notes="day-first written return date")

add("auto_reply", frm="Nikhil Rao <nikhil.rao@halyard.systems>",
    subj="Abwesend / Away: Your offer", d=at("2026-04-16 11:00", "ET"),
    company="Halyard Systems", contact="Nikhil", ret="2026-04-27", diff="hard",
    notes="'until 2026-04-24 inclusive' plus explicit return date; subject mentions offer",
    body="""Hello,

I am away from 2026-04-16 until 2026-04-24 inclusive and will respond to messages after my return on 2026-04-27. For offer or onboarding questions please write to people-ops@halyard.systems.

Best,
Nikhil Rao
Recruiting, Halyard Systems""")

add("auto_reply", frm="Kevin Marsh <kmarsh@techbridgeconsulting.com>",
    subj="Re: SRE roles", d=at("2025-06-20 14:32"), reply=True,
    company="TechBridge Consulting", contact="Kevin", ret="", diff="hard",
    notes="no longer with agency; redirects to colleague; no auto-reply headers",
    body="""Hello,

Please note I am no longer with TechBridge Consulting. For any open searches please contact Daniel Cho at dcho@techbridgeconsulting.com, who will be happy to help.

Thank you,
Kevin Marsh""")

add("auto_reply", frm="Pecan Valley Health System Careers <careers@pvhs.org>",
    subj="Re: Question about Req 77120", d=at("2025-06-05 07:59"), reply=True,
    company="Pecan Valley Health System", role="", diff="hard",
    hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    body="""This mailbox is not monitored. Replies sent to this address will not be read.

To check the status of your application please sign in to the Pecan Valley Health System careers portal. For interview scheduling questions, contact the recruiter listed in your interview confirmation.

Pecan Valley Health System Human Resources""",
    notes="unmonitored mailbox; mentions interview scheduling")

add("auto_reply", frm="Alicia Brennan <alicia.brennan@nimbusgrid.com>",
    subj="Automatic reply: Thank you - final round", d=at("2026-03-09 10:00"),
    company="Nimbusgrid", contact="Alicia", ret="2026-09-08", hdrs={"X-Autoreply": "yes"}, diff="hard",
    notes="parental leave; subject mentions final round; only X-Autoreply",
    body="""Hi there! I'm currently on parental leave and will be returning September 8, 2026. During this time, please contact talent@nimbusgrid.com and one of my teammates will help with any interview or candidate questions.

Alicia""")

add("auto_reply", frm="Katrin Vogel <k.vogel@nordlicht-cloud.de>",
    subj="Abwesenheitsnotiz: Rückfrage Platform Engineer", d=at("2026-03-30 08:30", "DE"),
    company="Nordlicht Cloud GmbH", contact="Katrin", ret="2026-04-07", lang="de", hdrs=AR,
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und ab dem 7. April wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an jobs@nordlicht-cloud.de.

Mit freundlichen Grüßen
Katrin Vogel
Nordlicht Cloud GmbH""", notes="German Abwesenheitsnotiz")

add("auto_reply", frm="Élodie Marchand <elodie.marchand@altisene.fr>",
    subj="Réponse automatique : Entretien SRE", d=at("2026-03-06 12:00", "FR"),
    company="Groupe Altisène", contact="Élodie", ret="2026-03-16", lang="fr", hdrs=AR, diff="hard",
    notes="French absence; subject contains 'Entretien'",
    body="""Bonjour,

Je suis absente du bureau et serai de retour le lundi 16 mars. Pour toute demande urgente, merci de contacter recrutement@altisene.fr.

Cordialement,
Élodie Marchand
Groupe Altisène""")

add("auto_reply", frm="Ruth Kowalczyk <rkowalczyk@stackwell.com>",
    subj="Re: Offer questions", d=at("2025-12-18 16:30"), reply=True,
    company="Stackwell Software", contact="Ruth", ret="2025-12-22", diff="hard",
    notes="relative 'back Monday'; no auto-reply headers; subject says offer",
    body="""Hi! I'm out of office through the end of the week and back Monday. I'll reply as soon as I can.

Ruth Kowalczyk | Stackwell Software""")

add("auto_reply", frm="Jordan Pike <jordan@pitchforkrobotics.com>",
    subj="Auto: Re: infra hire", d=at("2026-02-11 06:00", "PT"),
    company="Pitchfork Robotics", contact="Jordan", ret="", hdrs=AR,
    body="""I'm traveling with limited access to email this week. If this is time-sensitive, text me.

jp""", notes="no return date")

add("auto_reply", frm="Sofía Ramírez <sofia.ramirez@datossierra.es>",
    subj="Respuesta automática: Ingeniero DevOps", d=at("2025-12-29 09:00", "ES"),
    company="Datos Sierra", contact="Sofía", ret="2026-01-15", lang="es", hdrs=AR,
    body="""Hola,

Estoy fuera de la oficina por vacaciones. Regreso el 15 de enero de 2026. Para asuntos urgentes, escribe a talento@datossierra.es.

Un saludo,
Sofía Ramírez
Datos Sierra S.L.""", notes="Spanish OOO")

add("auto_reply", frm="Renee Castillo <rcastillo@lsmb.com>",
    subj="Out of Office", d=at("2025-11-26 12:10"),
    company="Lone Star Meridian Bank", contact="Renee", ret="2025-12-01",
    hdrs={"Auto-Submitted": "auto-replied"}, diff="hard", notes="'after Thanksgiving, on 12/1'",
    body="""Thank you for your message. I am out of the office for the Thanksgiving holiday and will return on 12/1. If you need immediate assistance regarding an interview or offer, please contact talent@lsmb.com.

Renee Castillo
Talent Acquisition Partner
Lone Star Meridian Bank
NOTICE: This e-mail may contain confidential information.""")

add("auto_reply", frm="Hannah Lee <hannah.lee@brightloop.cloud>",
    subj="Automatic reply: Interview availability - SRE, Edge Networking", d=at("2026-06-12 15:20", "PT"),
    company="Brightloop Cloud", contact="Hannah", role="SRE, Edge Networking", ret="2026-06-17",
    hdrs={"X-Autoreply": "yes", "Precedence": "auto_reply"}, diff="hard",
    notes="subject says interview; return weekday plus date",
    body="""Hi, thanks for reaching out! I'm offsite at a recruiting event and back in the office Wednesday, June 17. I'll get back to you about interview scheduling then.

Hannah
Brightloop Cloud""")

add("auto_reply", frm="Priya Natarajan <priya@apextalentpartners.com>",
    subj="Out of office - back 7/6", d=at("2026-07-02 17:45"),
    company="Apex Talent Partners", contact="Priya", ret="2026-07-06", hdrs=AR,
    body="""I'm out for the July 4th holiday and back in the office 7/6. Your message has not been forwarded.

Priya Natarajan | Apex Talent Partners""", notes="recruiter OOO; return in subject")

# ---------------------------------------------------------------- other
add("other", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subj="15 new jobs for \"Site Reliability Engineer\" in Austin, Texas", d=at("2025-01-09 07:02"),
    hdrs={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub?t=sre>", "Precedence": "bulk"},
    alt=True, body="""Your job alert for Site Reliability Engineer in Austin, Texas

Halyard Systems - Site Reliability Engineer II - Austin, TX (Hybrid) - Actively recruiting
Cobaltfin - DevOps Engineer - Remote - Easy Apply
Pecan Valley Health System - Systems Engineer - Cloud Infrastructure - Austin, TX
Lone Star Meridian Bank - DevOps Engineer III - Austin, TX
... and 11 more

See all jobs

You are receiving Job Alert emails. Unsubscribe""", notes="job alert digest naming employers")

add("other", frm="The On-Call Digest <hello@oncalldigest.news>",
    subj="How to bounce back from a rejection after the final round", d=at("2025-02-14 06:00", "ET"),
    hdrs={"List-Unsubscribe": "<mailto:unsub@oncalldigest.news>"}, html_only=True, diff="hard",
    notes="newsletter about rejection; quotes rejection template",
    body="""THE ON-CALL DIGEST — Issue #88

This week: rejection after the final round.

"Unfortunately, we have decided to move forward with other candidates." If you've been job hunting in infra this year, you've probably seen that sentence more than once. We asked five hiring managers what actually happens in the debrief, and what you can ask for afterward.

Also inside: an interview with the SRE lead who cut their pager load by 70%, and our favorite postmortem of the month.

Unsubscribe | View in browser""")

add("other", frm="Chase Card Services <no-reply@alerts.chasecardservices.example>",
    subj="Your card transaction was declined", d=at("2025-03-18 19:22"), diff="hard",
    notes="'declined' and 'unfortunately' in card alert",
    body="""Marcus,

Unfortunately, a transaction on your card ending in 4471 was declined.

Merchant: AMAZON WEB SERVICES
Amount: $212.38

If you recognize this charge, you can try again. If not, please call the number on the back of your card.""")

add("other", frm="GitHub <notifications@github.com>",
    subj="Re: [prometheus-community/helm-charts] fix(alertmanager): honor extraArgs (PR #5120)",
    d=at("2025-04-30 13:47", "UTC"), contact="Wes", diff="hard",
    hdrs={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB7>", "Precedence": "list"},
    notes="pull request closed; 'not moving forward with this approach'",
    body="""@wesk closed this pull request.

Thanks for the contribution, Marcus. We're not moving forward with this approach since it duplicates the existing `additionalArgs` field; unfortunately we have to reject it. Happy to review a docs PR instead.

— Wes

Reply to this email directly, view it on GitHub, or unsubscribe.""")

add("other", frm="SREcon Program Committee <srecon-chairs@usenix.example>",
    subj="SREcon26 Americas: decision on your talk proposal", d=at("2025-10-02 18:00", "PT"), diff="hard",
    notes="talk proposal not accepted; review feedback",
    body="""Dear Marcus Bell,

Thank you for submitting "Forty Alerts to Four: Pruning a Paging Policy" to SREcon26 Americas. We received a record 410 submissions this year.

We regret to inform you that your proposal was not accepted for the program. Reviewer comments are included below.

Reviewer 2: Good topic, but the abstract needed more concrete data.

Sincerely,
SREcon26 Americas Program Co-Chairs""")

add("other", frm="Tailgate Threads <deals@tailgatethreads.example>",
    subj="Offer inside: 20% off everything this weekend", d=at("2025-05-23 10:00", "ET"),
    hdrs={"List-Unsubscribe": "<https://tailgatethreads.example/u>", "Precedence": "bulk"},
    html_only=True, cte="base64", diff="hard", notes="marketing 'offer'; base64 HTML",
    body="""Marcus, your exclusive offer is here!

Take 20% off sitewide with code LONGWKND. Offer ends Monday at midnight.

Interview outfit? Weekend BBQ? We've got you covered.

Unsubscribe""")

add("other", frm="Leasing Team <leasing@theeastlakeapts.example>",
    subj="Your application has been approved!", d=at("2025-06-06 11:15"),
    contact="Brianna", diff="hard", notes="apartment application approved; reads like acceptance",
    body="""Hi Marcus,

Great news! Your rental application for Unit 3-214 at The Eastlake has been approved. Please sign your lease and submit the move-in payment within 72 hours to hold the unit.

Welcome home!
Brianna
Leasing Consultant, The Eastlake""")

add("other", frm="Hill Country Auto Finance <notices@hcautofinance.example>",
    subj="Notice regarding your credit application", d=at("2025-08-04 09:00"), diff="hard",
    notes="loan adverse action 'unable to approve'",
    body="""Dear Marcus Bell,

Thank you for your recent application for credit. After careful review, we are unable to approve your application at this time for the following reason(s): insufficient length of credit history with us.

You have the right to a free copy of your credit report within 60 days.

Hill Country Auto Finance""")

add("other", frm="Devon Harris <devharris88@gmail.com>",
    subj="Fwd: Senior SRE @ Cobaltfin - thought of you", d=at("2025-08-11 21:03"),
    contact="Devon", diff="hard", notes="friend forwards a posting; mentions own interview",
    body="""yo, saw this and thought of you. I interviewed there last year and they were solid, the onsite was tough but fair. Also I finally got the offer from my place, start in two weeks!!

---------- Forwarded message ---------
From: Cobaltfin Careers <jobs@cobaltfin.com>
Date: Mon, Aug 11, 2025 at 4:12 PM
Subject: Senior SRE @ Cobaltfin

We're hiring a Senior SRE to own our Kubernetes platform and incident response program. Remote US. Apply at cobaltfin.com/careers.

--
Devon""")

add("other", frm="Rahul Sharma <rahul.s@globaltechstaffing.example>",
    subj="Urgent Requirement: DevOps Engineer || Austin, TX || W2 only", d=at("2025-09-10 08:31", "ET"),
    contact="Rahul", role="DevOps Engineer", diff="hard",
    notes="recruiter mass mailing; mentions interview slots and 'immediate interview'",
    body="""Hi,

Hope you are doing great!

This is Rahul from Global Tech Staffing. We have an urgent requirement for a DevOps Engineer with our direct client in Austin, TX. Immediate interview available for qualified profiles.

Skills: AWS, Terraform, Jenkins, Kubernetes, Python
Duration: 12+ months

Please share your updated resume, visa status, and expected rate.

Thanks & Regards,
Rahul Sharma
Global Tech Staffing

To unsubscribe, reply REMOVE.""")

add("other", frm="Infra Weekly Podcast <podcast@infraweekly.example>",
    subj="New episode: An interview with Halyard's Head of SRE", d=at("2025-10-15 05:30", "ET"),
    hdrs={"List-Unsubscribe": "<https://infraweekly.example/unsub>"}, alt=True, diff="hard",
    notes="podcast 'interview'; names an employer the user applied to",
    body="""Episode 142 is live!

We sit down for an interview with the Head of SRE at Halyard Systems about running error budgets across 40 teams, and why they stopped doing blameless postmortems (sort of).

Listen now on your favorite podcast app.""")

add("other", frm="Austin DevOps Meetup <info@meetup.example>",
    subj="Venue change: Austin DevOps December meetup", d=at("2025-12-01 12:00"), contact="",
    hdrs={"List-Unsubscribe": "<https://meetup.example/unsub>"}, diff="hard",
    notes="meetup moved forward with new venue; several organizers",
    body="""Hi everyone,

Our original host can no longer accommodate us, so we've moved forward with a new venue: Capital Factory, 8th floor. Same date and time. Unfortunately parking is not validated.

See you there,
Lena, Carlos and Mei (organizers)""")

add("other", frm="PagerDuty <no-reply@pagerduty.com>",
    subj="[Triggered] #4812 Disk usage > 90% on prom-01 (homelab)", d=at("2026-01-03 03:12"),
    diff="hard", notes="PagerDuty alert from personal homelab",
    body="""Incident #4812 triggered

Service: homelab-monitoring
Summary: Disk usage > 90% on prom-01
Urgency: high

Acknowledge: https://marcusbell.pagerduty.com/incidents/4812""")

add("other", frm="AWS Billing <no-reply-aws@amazon.com>",
    subj="Your AWS Invoice is available", d=at("2026-02-03 02:00", "PT"),
    body="""Greetings from Amazon Web Services,

Your invoice for the billing period January 1 - January 31, 2026 is now available. Total: $14.62.

Sincerely,
Amazon Web Services""", notes="billing notice")

add("other", frm="LinkedIn <notifications-noreply@linkedin.com>",
    subj="Dana Whitfield viewed your profile", d=at("2026-02-18 14:02"),
    hdrs={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>", "Precedence": "bulk"},
    body="""Marcus, your profile is getting noticed

Dana Whitfield, Head of Platform at Kitewire, viewed your profile.

See all views""", notes="social notification naming a hiring manager")

add("other", frm="Angela Bell <angela.bell.tx@gmail.com>",
    subj="how'd it go??", d=at("2026-03-05 20:40"), contact="Angela", diff="hard",
    notes="family mail asking about interview; mentions her own rejection",
    body="""Hey bro,

How did the interview go today?? Call me when you can. Also the school district finally got back to me and they said no to the transfer, so I'm stuck at Lamar another year. Ugh.

Love,
Ang""")

add("other", frm="Westlake Academy Admissions <admissions@westlakeacademy.example>",
    subj="Admission decision for Ava Bell", d=at("2026-03-20 16:00"), contact="Patricia", diff="hard",
    notes="child's school admission offer",
    body="""Dear Mr. Bell,

We are delighted to offer Ava a place in our kindergarten class for the 2026-27 school year. Please confirm your acceptance of this offer through the family portal by April 10.

Warm regards,
Patricia Nguyen
Director of Admissions, Westlake Academy""")

add("other", frm="Jira <jira@kitewire-oss.atlassian.net>",
    subj="[JIRA] (OPS-221) Rejected: migrate CI runners to ARM", d=at("2026-04-22 10:05", "UTC"),
    contact="", diff="hard", notes="issue tracker status 'Rejected'",
    body="""Sam Cole changed the status of OPS-221 to Rejected.

Resolution: Won't Do
Comment: Cost savings don't justify the migration work this quarter.

View issue""")

add("other", frm="Dice <alerts@dice.example>",
    subj="Recruiters are looking at DevOps profiles like yours", d=at("2026-05-04 07:45", "ET"),
    hdrs={"List-Unsubscribe": "<https://dice.example/unsub>", "Precedence": "bulk"}, html_only=True,
    body="""Marcus, 23 recruiters searched for DevOps Engineers in Austin this week.

Update your profile to get more interview requests.

Top skills in demand: Kubernetes, Terraform, AWS, Go.

Unsubscribe""", diff="hard", notes="job board marketing mentions interview requests")

add("other", frm="Carlos Mendoza <carlos.mendoza.dev@gmail.com>",
    subj="¿Nos vemos el sábado?", d=at("2026-05-27 19:10", "MX"), contact="Carlos", lang="es", diff="hard",
    notes="Spanish personal mail; friend mentions own job interview",
    body="""¡Hola Marcus!

¿Sigue en pie lo del asado el sábado? Por cierto, mañana tengo la entrevista final en la empresa de la que te hablé, deséame suerte. Si me hacen una oferta te invito yo las cervezas.

Abrazo,
Carlos""")

add("other", frm="Indeed <alert@indeed.example>",
    subj="Your application to Quarry Analytics was viewed", d=at("2026-06-08 12:30"),
    hdrs={"List-Unsubscribe": "<https://indeed.example/unsub>"}, diff="hard",
    notes="job board status notification; not from the employer",
    body="""Good news! The employer viewed your application.

Site Reliability Engineer
Quarry Analytics - Denver, CO (Remote)

Employers often take 1-2 weeks to respond. We'll let you know if there's an update.""")

add("other", frm="Texas Ex Alumni Network <news@texasexnetwork.example>",
    subj="Career Fair Oct 15: on-the-spot interviews with 40 employers", d=at("2026-09-30 09:00"),
    hdrs={"List-Unsubscribe": "<https://texasexnetwork.example/u>"}, alt=True, diff="hard",
    notes="career fair announcement with on-the-spot interviews",
    body="""Tech & Health Career Fair
Thursday, October 15, 10 AM - 3 PM CT, Palmer Events Center

Employers including Pecan Valley Health System and Lone Star Meridian Bank will conduct on-the-spot interviews. Bring 10 copies of your resume.

RSVP now""")

add("other", frm="Stackwell Software <marketing@stackwell.com>",
    subj="Stackwell 5.0 is here: faster deploys, smarter rollbacks", d=at("2026-10-08 10:00", "ET"),
    hdrs={"List-Unsubscribe": "<https://stackwell.com/unsub>", "Precedence": "bulk"}, html_only=True,
    body="""Introducing Stackwell 5.0

Progressive delivery, automatic rollbacks, and a new offer for existing customers: upgrade this month and get 3 months of Pro free.

Read the release notes""", diff="hard", notes="product marketing from a company applied to; says offer")

add("other", frm="Ben Akers <ben@tallgrassrobotics.com>",
    subj="Re: intro to my friend at Tallgrass?", d=at("2026-10-20 11:05"), reply=True, contact="Ben",
    diff="hard", notes="former interviewer asks for a referral for someone else",
    body="""Hi Marcus,

Thanks for connecting me with your friend Devon! We'll set up an interview with him next week. Since you went through our process, any tips you'd pass along to him are fair game.

Ben""")

add("other", frm="Krankenkasse Nordwest <service@kk-nordwest.example>",
    subj="Ihr Antrag wurde abgelehnt", d=at("2026-10-27 09:30", "DE"), lang="de", diff="hard",
    notes="German insurance application declined; not job-related",
    body="""Sehr geehrter Herr Bell,

leider müssen wir Ihnen mitteilen, dass Ihr Antrag auf Erstattung der Reisekrankenversicherung abgelehnt wurde. Die Leistung ist in Ihrem Tarif nicht enthalten.

Mit freundlichen Grüßen
Ihr Service-Team
Krankenkasse Nordwest""")

add("other", frm="Recruiter Roundup <digest@sre-jobs.example>",
    subj="Weekly: 9 SRE roles hiring now (bank, hospital, state gov)", d=at("2026-11-16 06:30"),
    hdrs={"List-Unsubscribe": "<https://sre-jobs.example/unsub>", "Precedence": "bulk"},
    body="""This week's SRE openings near Austin

1. Lone Star Meridian Bank - Principal SRE
2. St. Agnes Regional Medical Center - Systems Engineer III
3. Texas Office of Technology Modernization - Cloud Architect
4. Hayloft Health - Staff Platform Engineer
... and 5 more

You're receiving this because you subscribed at sre-jobs.example.""", notes="job digest")


if __name__ == "__main__":
    main()
