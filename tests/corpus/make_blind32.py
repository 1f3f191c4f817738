"""Generate the blind32 evaluation corpus (stdlib only).

Writes tests/corpus/blind32/NNN.eml and tests/corpus/blind32/labels.csv.
Job seeker: Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com>, product designer in Seattle.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind32"
ME = "Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com>"
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
CET = ZoneInfo("Europe/Berlin")
STO = ZoneInfo("Europe/Stockholm")
MAD = ZoneInfo("Europe/Madrid")
PAR = ZoneInfo("Europe/Paris")
AMS = ZoneInfo("Europe/Amsterdam")
UTC = ZoneInfo("UTC")
IST = ZoneInfo("Asia/Kolkata")

FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date",
          "lang", "difficulty", "notes", "interview_at"]

SPECS: list[dict] = []
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def t(s: str, tz: ZoneInfo = PT) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' in a zone."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def day(d: datetime) -> str:
    return f"{d:%A}, {d:%B} {d.day}"


def hm(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def iso(d: datetime) -> str:
    return d.isoformat()


def M(label: str, company: str, contact: str, role: str, ret: str, lang: str, diff: str, notes: str,
      iat: str = "", **mail: object) -> None:
    SPECS.append({"row": [label, company, contact, role, ret, lang, diff, notes, iat], "mail": mail})


def msgid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:24]}@{domain}>"


def build(n: int, mail: dict) -> bytes:
    frm = str(mail["frm"])
    date: datetime = mail["date"]  # type: ignore[assignment]
    domain = frm.rsplit("@", 1)[-1].rstrip(">")
    msg = EmailMessage()
    msg["Delivered-To"] = "adaeze.nl@gmail.com"
    if mail.get("return_path", True):
        addr = frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm
        msg["Return-Path"] = f"<{mail.get('bounce', addr)}>"
    msg["From"] = frm
    msg["To"] = str(mail.get("to", ME))
    if mail.get("cc"):
        msg["Cc"] = str(mail["cc"])
    if mail.get("reply_to"):
        msg["Reply-To"] = str(mail["reply_to"])
    msg["Subject"] = str(mail["subj"])
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid(f"blind32-{n}-{mail['subj']}", str(mail.get("mid_domain", domain)))
    if mail.get("reply"):
        parent = msgid(f"parent-{n}", "mail.gmail.com")
        msg["In-Reply-To"] = parent
        msg["References"] = f"{msgid(f'root-{n}', domain)} {parent}"
    for k, v in dict(mail.get("headers", {})).items():  # type: ignore[arg-type]
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = str(mail.get("body", "")).strip("\n") + "\n"
    html = mail.get("html")
    cte = mail.get("cte")
    kind = mail.get("kind", "plain")
    if kind == "html":
        msg.set_content(str(html), subtype="html", cte=cte or "quoted-printable")
    else:
        msg.set_content(body, cte=cte or ("quoted-printable" if not body.isascii() or
                                           max(len(x) for x in body.splitlines()) > 76 else "7bit"))
        if kind == "alt":
            msg.add_alternative(str(html), subtype="html", cte=cte or "quoted-printable")
    if mail.get("ics"):
        msg.add_attachment(str(mail["ics"]), subtype="calendar", params={"method": "REQUEST"},
                           filename="invite.ics")
    if mail.get("pdf"):
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=str(mail["pdf"]))
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"b32_{hashlib.md5(f'{n}-{i}'.encode()).hexdigest()[:20]}")
    return msg.as_bytes(policy=SMTP)


def ics(summary: str, start: datetime, minutes: int, organizer: str, location: str) -> str:
    s = start.astimezone(UTC)
    e = datetime.fromtimestamp(s.timestamp() + minutes * 60, UTC)
    uid = hashlib.sha1(f"{summary}{s}".encode()).hexdigest()[:16]
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Blind32//Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}@blind32", f"DTSTAMP:{s:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:adaeze.nl@gmail.com",
        f"LOCATION:{location}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])


def html_wrap(inner: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">"
            f"{inner}</body></html>")


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
ATS = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------
# ----------------------------- rejection (26) ------------------------------
M("rejection", "Tallyhook", "", "Product Designer", "", "en", "easy", "Greenhouse no-reply template",
  frm="Tallyhook Recruiting <no-reply@us.greenhouse-mail.io>", bounce="bounces+4411@us.greenhouse-mail.io",
  subj="Your application to Tallyhook", date=t("2025-02-19 16:42"), headers=ATS,
  body="""Hi Adaeze,

Thanks for applying for the Product Designer position at Tallyhook and for the time you put into your portfolio.

We've now reviewed every application for this opening. We've decided to pursue other applicants whose experience more closely matches what the team needs right now, so we won't be moving your application forward.

We post new roles regularly at tallyhook.com/careers and would be glad to see your name again.

All the best,
The Tallyhook Talent Team""")

M("rejection", "Brindle Labs", "Priya", "Senior Product Designer", "", "en", "hard",
  "after final round; warm; 'different direction' plus keep in touch",
  frm="Priya Raghunathan <priya@brindle.io>", subj="Re: Brindle final round - thank you!",
  date=t("2025-05-08 18:05"), reply=True,
  body="""Adaeze,

I wanted to write to you myself rather than let the system do it. The panel really enjoyed your walkthrough of the claims-intake redesign, and Tomás still brings up your point about empty states.

In the end the team went a different direction and chose someone who has shipped B2B billing products before, which is where most of the next year's roadmap sits. It was a close call and I don't say that lightly.

I'd genuinely like to keep in touch. If you're open to it, I'll ping you when we start hiring for the mobile squad in the fall.

Thanks again for all the effort across four conversations.

Priya
--
Priya Raghunathan
Head of Design, Brindle Labs

On Mon, May 5, 2025 at 9:12 AM Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com> wrote:
> Hi Priya, thank you and the panel for Friday's final round. I really enjoyed
> the whiteboard exercise and learning how the team runs design crits.
> Best, Adaeze""")

M("rejection", "Cascadia Pacific Airways", "", "Senior UX Designer - Digital Experience", "", "en", "easy",
  "Workday; company only in body",
  frm="CPA Careers <cascadiapacific@myworkday.com>", subj="Update on your candidacy - R-0048213",
  date=t("2025-06-11 07:30"), headers=ATS,
  body="""Dear Adaeze Nwosu-Lindgren,

Thank you for your interest in the Senior UX Designer - Digital Experience role (R-0048213) at Cascadia Pacific Airways.

After reviewing your background against the requirements of the position, we won't be progressing your application at this time.

We appreciate the time you took to apply and encourage you to set up a job alert on our careers site for future openings.

Kind regards,
Talent Acquisition
Cascadia Pacific Airways

This is an automated message from Workday. Please do not reply.""")

M("rejection", "Evergreen Mutual", "", "UX Designer - Member Experience", "", "en", "hard",
  "sent from parent company domain via Taleo",
  frm="Larchmont Health Careers <careers@larchmonthealth.com>",
  subj="Evergreen Mutual Health Plan - UX Designer - Member Experience (Req 25-1187)",
  date=t("2025-08-27 13:14", CT), kind="html", headers=ATS,
  html=html_wrap("""<p>Dear Adaeze,</p>
<p>Thank you for your interest in the <b>UX Designer - Member Experience</b> position with Evergreen Mutual Health Plan, a Larchmont Health company.</p>
<p>We received a strong response to this posting. Following a careful review, the hiring team has selected candidates whose qualifications are a closer match to the specific needs of this role, and your application will not be considered further.</p>
<p>Your profile will remain in our talent community, and you may be contacted if a suitable position opens.</p>
<p>Sincerely,<br>Talent Acquisition<br>Larchmont Health Holdings</p>
<p style="font-size:11px;color:#888">Please do not reply to this email. This mailbox is not monitored.</p>"""))

M("rejection", "City of Port Alder", "", "Digital Services Designer", "", "en", "easy",
  "formal government letter; eligibility list",
  frm="City of Port Alder Human Resources <hr-recruitment@portalder.gov>",
  subj="Digital Services Designer (Recruitment #25-0312) - Application Status",
  date=t("2025-09-30 10:02"),
  body="""Dear Applicant,

Thank you for applying for the position of Digital Services Designer (Recruitment #25-0312) with the City of Port Alder.

The evaluation of applications has been completed. We regret to inform you that you were not among the candidates placed on the eligibility list for this recruitment. Placement is based on the relative qualifications of all applicants who met the minimum requirements.

We encourage you to apply for future openings at portalder.gov/jobs.

Sincerely,

Human Resources Department
City of Port Alder
400 Harbor Avenue, Port Alder, WA""")

M("rejection", "Hollow Lantern Games", "Marcus", "UI/UX Designer (Live Ops)", "", "en", "hard",
  "rejection reply quoting the earlier interview invite",
  frm="Marcus Trinh <marcus.trinh@hollowlantern.gg>", subj="Re: Hollow Lantern - UI/UX Designer interview",
  date=t("2025-10-21 15:48"), reply=True,
  body="""Hi Adaeze,

Thanks for coming in last week. I've talked it through with the art director and the live ops lead, and we're not going to move ahead with your candidacy. The main gap for us was hands-on experience with in-game HUD and controller-first navigation, which this role leans on from day one.

Your flows for the store were thoughtful and I'd be glad to see you apply again if we open a more product/web-facing spot.

Marcus

-----Original Message-----
From: Marcus Trinh <marcus.trinh@hollowlantern.gg>
Sent: Thursday, October 9, 2025 11:20 AM
To: Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com>
Subject: Hollow Lantern - UI/UX Designer interview

Hi Adaeze, we'd love to invite you to an onsite interview at our Bellevue studio on Wednesday, October 15 at 1:00 PM. You'll meet me, Kaito from art, and do a 45-minute UI critique of one of our menus. Let me know if that works.""")

M("rejection", "Lumaro", "Jen", "Product Designer II", "", "en", "hard", "very short; no standard rejection keywords",
  frm="Jen Alcott <jalcott@lumaro.com>", subj="quick update", date=t("2025-04-03 17:55"),
  body="""Hi Adaeze - bad news, this one didn't work out. The team picked someone internal. Sorry to be the bearer, and thanks for your patience with our slow process.

Jen""")

M("rejection", "Quorra", "Kelsey", "Product Designer, Data Platform", "", "en", "hard",
  "agency recruiter forwards client's decision; Outlook-style forward",
  frm="Kelsey Moran <kelsey@brightlinetalent.com>", subj="FW: Adaeze N-L / Product Designer feedback",
  date=t("2025-07-16 12:10", ET),
  body="""Hi Adaeze,

Passing along the note I got from Quorra's design director below. I know it's not what we hoped for. Happy to jump on a call and talk about the other two roles I mentioned.

Kelsey Moran
Senior Recruiter | Brightline Talent Partners
(646) 555-0188

________________________________
From: Ilse Varga <ilse.varga@quorra.ai>
Sent: Tuesday, July 15, 2025 4:31 PM
To: Kelsey Moran <kelsey@brightlinetalent.com>
Subject: RE: Adaeze N-L / Product Designer feedback

Kelsey - thanks for sending Adaeze over. We liked her craft but we're going to pass; we need someone who has designed for data engineers and query tooling specifically. Please thank her for us.

Ilse""")

M("rejection", "Sparvik", "Johanna", "Product Designer (m/w/d)", "", "de", "easy", "German; Personio",
  frm="Johanna Lindqvist <johanna.lindqvist@sparvik.se>", subj="Deine Bewerbung als Product Designer (m/w/d)",
  date=t("2025-11-12 09:40", STO),
  body="""Hallo Adaeze,

vielen Dank für dein Interesse an Sparvik und für die Zeit, die du in deine Bewerbung als Product Designer (m/w/d) für unser Berliner Team gesteckt hast.

Nach sorgfältiger Prüfung haben wir uns leider entschieden, mit anderen Kandidat:innen weiterzumachen, deren Profil noch besser zu den aktuellen Anforderungen passt.

Wir wünschen dir für deine weitere Suche alles Gute.

Viele Grüße
Johanna Lindqvist
People & Talent | Sparvik AB
Sveavägen 44, Stockholm""")

M("rejection", "Estudio Pulpo Rojo", "Nerea", "Diseñadora UX/UI", "", "es", "easy", "Spanish; Teamtailor",
  frm="Nerea Soler - Pulpo Rojo <nerea.soler@pulporojo.es>", bounce="bounce@teamtailor-mail.com",
  subj="Sobre tu candidatura: Diseñador/a UX/UI", date=t("2026-01-22 11:05", MAD),
  body="""Hola Adaeze:

Muchas gracias por tu interés en Estudio Pulpo Rojo y por enviarnos tu portfolio para el puesto de Diseñadora UX/UI.

Hemos recibido muchísimas candidaturas y, tras revisarlas con el equipo, lamentamos comunicarte que en esta ocasión no vamos a continuar con tu proceso. Buscamos a alguien con más experiencia en interfaces para consola.

Te deseamos mucha suerte y esperamos cruzarnos en el futuro.

Un abrazo,
Nerea Soler
Talento | Estudio Pulpo Rojo, Valencia""")

M("rejection", "Atelier Sauvageon", "Clémence", "Designer Produit Senior (H/F)", "", "fr", "hard",
  "French; after interview; mentions next round was for others",
  frm="Clémence Aubert <c.aubert@sauvageon.fr>", subj="Suite à notre entretien", date=t("2026-02-05 17:20", PAR),
  body="""Bonjour Adaeze,

Merci encore pour notre échange de mardi et pour la présentation de vos projets, que toute l'équipe a appréciée.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Designer Produit Senior (H/F). Nous poursuivons le processus avec des profils qui ont une expérience plus longue en agence et en relation client directe.

Ce choix n'enlève rien à la qualité de votre travail, et nous serions ravis de garder le contact.

Bien cordialement,
Clémence Aubert
Directrice de création - Atelier Sauvageon
12 rue de Paradis, 75010 Paris""")

M("rejection", "Ferncastle Software", "", "UI Designer", "", "en", "easy", "Workable template; HTML only",
  frm="Ferncastle Software <noreply@candidates.workablemail.com>",
  subj="Your application for UI Designer at Ferncastle Software", date=t("2025-03-18 02:14", UTC),
  kind="html", headers=ATS,
  html=html_wrap("""<p>Hi Adaeze,</p>
<p>Thanks for applying for the UI Designer position at Ferncastle Software, Inc.</p>
<p>Unfortunately, we have decided not to proceed with your application. We received many qualified applications, and this was a difficult decision.</p>
<p>We wish you the best in your job search.</p>
<p>Regards,<br>Ferncastle Software Hiring Team</p>
<p style="color:#999;font-size:11px">Powered by Workable</p>"""))

M("rejection", "Plumbline", "", "Product Designer, Growth", "", "en", "easy", "Ashby template 'not the right match'",
  frm="Plumbline <no-reply@ashbyhq.com>", subj="Thank you from Plumbline", date=t("2025-12-02 14:00", ET),
  headers=ATS,
  body="""Hi Adaeze,

Thank you for your interest in the Product Designer, Growth role at Plumbline. After reviewing your experience, we've concluded it's not the right match at this time.

We're grateful you considered us and hope our paths cross again.

Best,
Plumbline Recruiting""")

M("rejection", "Sablewood", "", "Senior UX Designer", "", "en", "easy", "SmartRecruiters status change: not selected",
  frm="Sablewood Careers <noreply@smartrecruiters.com>", subj="Sablewood: Status update on your application",
  date=t("2025-10-02 08:15", ET), headers=ATS, kind="alt",
  body="""Dear Adaeze,

The status of your application for Senior UX Designer has changed to: Not Selected.

We appreciate your interest in Sablewood and the time you invested. Although your background is impressive, we have moved forward with other candidates for this position.

Sablewood Talent Acquisition""",
  html=html_wrap("""<p>Dear Adaeze,</p><p>The status of your application for <b>Senior UX Designer</b> has changed to: <b>Not Selected</b>.</p>
<p>We appreciate your interest in Sablewood and the time you invested. Although your background is impressive, we have moved forward with other candidates for this position.</p><p>Sablewood Talent Acquisition</p>"""))

M("rejection", "Ridgeway Outfitters", "", "E-commerce UX Designer", "", "en", "easy", "Jobvite; position filled",
  frm="Ridgeway Outfitters Recruiting <notification@jobvite.com>",
  subj="Regarding your application - E-commerce UX Designer", date=t("2025-01-28 11:47", CT),
  body="""Hello Adaeze,

Thank you for applying for the E-commerce UX Designer position with Ridgeway Outfitters. We wanted to let you know that this position has been filled.

We appreciate your interest in joining our team and encourage you to check our careers page for future opportunities.

Sincerely,
Ridgeway Outfitters Human Resources""")

M("rejection", "Marlow & Quill", "Hattie", "Visual Designer", "", "en", "easy", "small agency via BambooHR",
  frm="Hattie Brennan <notifications@app.bamboohr.com>", reply_to="hattie@marlowquill.co",
  subj="Visual Designer at Marlow & Quill", date=t("2025-04-24 10:30"),
  body="""Hi Adaeze,

Thanks for your patience while we made our way through applications for the Visual Designer role. We've decided to move ahead with another designer whose illustration work is closer to what our current clients need, so we won't be taking your application further.

We really appreciated seeing your work, and wish you the very best.

Hattie Brennan
Studio Manager, Marlow & Quill Design Co.""")

M("rejection", "Driftmark", "Theo", "Founding Product Designer", "", "en", "hard",
  "reply to thank-you; referral offer; no rejection keywords",
  frm="Theo Abernathy <theo@driftmark.app>", subj="Re: Thanks for the conversation", date=t("2026-03-03 21:12"),
  reply=True,
  body="""Hey Adaeze,

Appreciate the note. Honest update: we ended up hiring someone who came out of a fintech compliance product, since that's going to be 80% of the work this year. Not a reflection on your portfolio at all.

If it helps, my friend Sarah runs design at a logistics startup here in Seattle and is hiring. Want me to intro you?

Theo

On Fri, Feb 27, 2026, 4:03 PM Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com> wrote:
> Hi Theo,
> Thanks so much for the time on Wednesday. I left excited about the onboarding
> problem you described and would love to keep talking about next steps.
> Adaeze""")

M("rejection", "Octavia Systems", "Shreya", "UX Designer II, Cloud Console", "", "en", "hard",
  "says 'extended an offer' (to someone else) after onsite loop",
  frm="Shreya Menon <shreya.menon@octaviasys.com>", subj="Your interview loop for UX Designer II",
  date=t("2025-09-09 16:20"), kind="alt",
  body="""Hi Adaeze,

Thank you for spending a full day with us for the virtual onsite. I wanted to close the loop personally: we've extended an offer to another candidate for the UX Designer II, Cloud Console role and it has been accepted.

Interviewer feedback on your systems thinking was strong, and I've flagged your profile for the console design team's next opening. Your candidacy stays active in our system for 12 months.

Best regards,
Shreya Menon
Technical Recruiter, Design | Octavia Systems""",
  html=html_wrap("""<p>Hi Adaeze,</p><p>Thank you for spending a full day with us for the virtual onsite. I wanted to close the loop personally: we've extended an offer to another candidate for the UX Designer II, Cloud Console role and it has been accepted.</p>
<p>Interviewer feedback on your systems thinking was strong, and I've flagged your profile for the console design team's next opening. Your candidacy stays active in our system for 12 months.</p>
<p>Best regards,<br>Shreya Menon<br>Technical Recruiter, Design | Octavia Systems</p>"""))

M("rejection", "Pebblestack", "", "Product Designer", "", "en", "hard", "subject 'Next steps' but body is a no",
  frm="Pebblestack Jobs <jobs@pebblestack.recruitee.com>", subj="Next steps for your Pebblestack application",
  date=t("2025-06-30 09:00", AMS), headers=ATS,
  body="""Dear Adaeze,

Thank you for taking the time to apply for the Product Designer vacancy at Pebblestack B.V.

We have looked at your application carefully. Regrettably, we will not be taking your application to the next stage of our process.

We thank you for your interest and wish you every success in the future.

Kind regards,
Team Pebblestack""")

M("rejection", "Cinderpath", "Alana", "Product Designer (Platform)", "", "en", "hard",
  "after take-home; mentions onsite not happening",
  frm="Alana Kapule <alana@cinderpath.com>", subj="Cinderpath design exercise - our decision",
  date=t("2026-04-14 13:37"),
  body="""Hi Adaeze,

Thank you for the design exercise you submitted last week. The reviewers appreciated the clarity of your permissions model and how you documented tradeoffs.

After discussing all the submissions, we've decided not to invite you to the onsite stage. The exercise was meant to show depth on complex admin tooling, and others went further on edge cases like bulk role changes.

I know a take-home is a real investment of time, so thank you. If you'd like a few written notes from the reviewers, just reply and I'll send them over.

Warmly,
Alana Kapule
Recruiting Lead | Cinderpath""")

M("rejection", "Northfork Media", "Wren", "Senior Product Designer (contract-to-hire)", "", "en", "hard",
  "agency recruiter writes about a client company",
  frm="Wren Castellano <wren@meridalecreative.com>", subj="Northfork Media update",
  date=t("2025-08-05 11:25"),
  body="""Hi Adaeze,

Just heard back from Northfork Media. They have decided to proceed with other candidates for the Senior Product Designer contract-to-hire role. They mentioned they felt your portfolio was strong on research but wanted more motion and video-player work.

I'll keep you in mind for other design openings coming through Meridale. Thanks for being so responsive throughout.

Wren Castellano
Talent Partner - Meridale Creative Staffing""")

M("rejection", "Fieldnote Studio", "Mira", "UX Designer", "", "en", "hard", "two lines; 'going to pass'; initial-only sign-off",
  frm="Mira Castellanos <mira@fieldnote.studio>", subj="Re: UX Designer role", date=t("2025-03-06 08:41"),
  reply=True,
  body="""Adaeze - we're going to pass on this one. Thanks for your time and the nice portfolio.

- M""")

M("rejection", "Ninefold Collective", "Jonah", "Senior Product Designer", "", "en", "hard",
  "long feedback with many positive words; decision mid-paragraph",
  frm="Jonah Feld <jonah@ninefold.co>", subj="Feedback from Ninefold", date=t("2026-05-19 19:02", ET),
  body="""Hi Adaeze,

You asked for candid feedback, so here it is.

What landed: your case studies are well structured, you are clear about your role versus the team's, and the healthcare portal work shows real empathy for nervous users. The team loved your research synthesis.

What held us back: for this client-facing role we need someone who has led pitches and managed clients directly. We've offered the position to a designer who has run agency accounts for several years, so we won't be moving forward with you for this one.

Suggestions: lead with outcomes (numbers if you can share them), trim the process slides, and add one project where you owned the relationship with the stakeholder.

I hope this is useful, and I'd be happy to look at an updated portfolio anytime.

Jonah Feld
Design Director, Ninefold Collective""")

M("rejection", "Sparvik", "Lukas", "Senior Product Designer (m/w/d)", "", "en", "hard",
  "Swedish company, English; culture-fit praise then no",
  frm="Lukas Bergström <lukas.bergstrom@sparvik.se>", subj="Sparvik - Senior Product Designer",
  date=t("2026-06-10 15:30", STO),
  body="""Hej Adaeze,

Thank you for the conversations with our team in Berlin and Stockholm. Everyone enjoyed meeting you, and there is no doubt you would fit our culture.

For this particular role, though, we have chosen a candidate with deeper experience in payments and regulatory flows. I'm sorry to bring this news.

We will keep your profile in Personio and reach out if a role opens that matches your strengths better.

Vänliga hälsningar,
Lukas Bergström
Design Manager, Sparvik AB""")

M("rejection", "Cascadia Pacific Airways", "Rosa", "UX Designer, Loyalty", "", "en", "hard",
  "recruiter personal note; 'great fit for company, not this role'",
  frm="Rosa Delgado-Hart <rosa.delgadohart@cpair.com>", subj="UX Designer, Loyalty - following up",
  date=t("2026-07-08 12:12"),
  body="""Hi Adaeze,

Thanks again for the two interviews with our loyalty product team. I'm following up on the decision: the team felt you would be a great addition to Cascadia Pacific, but not for this particular role, which needs more experience with points economics and partner integrations.

We'll keep your resume on file, and I'd encourage you to apply for the design system opening that should go live in August.

Take care,
Rosa Delgado-Hart
Senior Talent Advisor
Cascadia Pacific Airways""")

M("rejection", "Tallyhook", "", "Senior Product Designer", "", "en", "hard",
  "post-interview Greenhouse rejection with 'interview' and 'offer' in footer",
  frm="Tallyhook Recruiting <no-reply@us.greenhouse-mail.io>",
  subj="Tallyhook | Senior Product Designer", date=t("2026-08-26 10:15"), headers=ATS, kind="html", cte="base64",
  html=html_wrap("""<p>Hi Adaeze,</p>
<p>Thank you for interviewing with us for the Senior Product Designer position. We enjoyed learning about your work.</p>
<p>We have carefully considered your candidacy and have decided not to move forward at this stage.</p>
<p>We are always growing and hope you will consider Tallyhook again. Interested in what we offer? See our benefits at tallyhook.com/life.</p>
<p>Best,<br>Tallyhook Recruiting</p>"""))
# ------------------------------ on_hold (10) -------------------------------
M("on_hold", "Sablewood", "Kelsey", "Lead Product Designer", "", "en", "hard",
  "agency recruiter; client paused search after funding delay",
  frm="Kelsey Moran <kelsey@brightlinetalent.com>", subj="Sablewood Lead Designer - pause",
  date=t("2025-11-04 10:48", ET),
  body="""Hi Adaeze,

Quick update on Sablewood. Their Series C close slipped into next year, and leadership has asked us to pause the Lead Product Designer search until the round closes. This has nothing to do with your candidacy; the hiring manager was looking forward to your panel.

I'll let you know the moment they reopen it. In the meantime I'm keeping you in front of my other clients.

Kelsey
Brightline Talent Partners""")

M("on_hold", "Hollow Lantern Games", "Marcus", "UX Designer, Project Ember", "", "en", "easy",
  "project cancelled; hiring paused",
  frm="Marcus Trinh <marcus.trinh@hollowlantern.gg>", subj="Project Ember hiring paused",
  date=t("2026-02-18 16:05"),
  body="""Hi Adaeze,

I'm sorry to write with this. The studio has decided to stop development on Project Ember, and with it we are pausing all hiring for the team, including the UX Designer role you interviewed for.

You did well in the process and I'd happily bring you back in if we staff a new project later this year.

Marcus Trinh
UX Lead, Hollow Lantern Games""")

M("on_hold", "City of Port Alder", "", "UX Research and Design Analyst", "", "en", "easy",
  "recruitment cancelled pending budget",
  frm="City of Port Alder Human Resources <hr-recruitment@portalder.gov>",
  subj="Recruitment Cancelled: UX Research and Design Analyst (#26-0107)", date=t("2026-03-27 15:30"),
  body="""Dear Adaeze Nwosu-Lindgren,

This notice is to inform you that recruitment #26-0107 for UX Research and Design Analyst has been cancelled. The position was not included in the adopted mid-biennium budget, and the department will not be filling it at this time.

If funding is restored, the position will be re-posted and you will need to submit a new application.

We appreciate your interest in public service with the City of Port Alder.

Human Resources Department""")

M("on_hold", "Cascadia Pacific Airways", "", "Product Designer, Airport Experience", "", "en", "hard",
  "Workday 'requisition closed' reads like an ATS rejection",
  frm="CPA Careers <cascadiapacific@myworkday.com>", subj="Job Posting Update - R-0051190",
  date=t("2025-12-15 06:45"), headers=ATS,
  body="""Dear Adaeze Nwosu-Lindgren,

Thank you for your interest in the Product Designer, Airport Experience position (R-0051190).

Please be advised that this requisition has been closed by the business and the position will not be filled. As a result, your application will no longer be considered for this job.

This decision is not a reflection of your qualifications. We encourage you to continue exploring opportunities with Cascadia Pacific Airways.

Talent Acquisition""")

M("on_hold", "Tallyhook", "Gabriela", "Staff Product Designer", "", "en", "easy", "hiring freeze after reorg",
  frm="Gabriela Ostrowski <gabriela@tallyhook.com>", subj="Update on the Staff Product Designer role",
  date=t("2026-05-06 09:22"),
  body="""Hi Adaeze,

I wanted to tell you directly: after a reorg announced yesterday, Tallyhook has put a hiring freeze in place for the rest of the quarter, and the Staff Product Designer search is frozen with it.

You were one of our two finalists, and I've noted that in our system. If the role is reopened, I'll come to you first.

Thank you for your patience, and I'm sorry for the abrupt stop.

Gabriela Ostrowski
Design Recruiting, Tallyhook""")

M("on_hold", "Sparvik", "Johanna", "UX Designer (m/w/d)", "", "de", "hard",
  "German/English mix; search paused, 'leider' reads like a rejection",
  frm="Johanna Lindqvist <johanna.lindqvist@sparvik.se>", subj="Update: UX Designer (m/w/d) - Prozess pausiert",
  date=t("2026-09-15 11:10", STO),
  body="""Hallo Adaeze,

leider muss ich dir mitteilen, dass wir den Recruiting-Prozess für die Stelle UX Designer (m/w/d) vorübergehend pausieren. Our leadership team is re-planning the roadmap for Q4, und bis das Budget steht, besetzen wir die Position nicht.

Das hat nichts mit deiner Bewerbung zu tun – das Feedback aus dem Erstgespräch war sehr positiv. Sobald wir weitermachen, melde ich mich bei dir.

Viele Grüße / Best,
Johanna
Sparvik AB""")

M("on_hold", "Plumbline", "", "Senior Product Designer", "", "en", "hard", "'role is no longer open' template via Ashby",
  frm="Plumbline <no-reply@ashbyhq.com>", subj="An update on the Senior Product Designer role",
  date=t("2026-06-23 13:00", ET), headers=ATS,
  body="""Hi Adaeze,

We're reaching out to let you know that the Senior Product Designer role you applied for is no longer open. Plumbline has decided not to hire for this position for now due to a change in team priorities.

We're sorry for any disappointment. Your application will stay on file and we will contact you if the role reopens.

Best,
Plumbline Recruiting""")

M("on_hold", "Evergreen Mutual", "Denise", "Senior UX Designer, Digital Front Door", "", "en", "easy",
  "reorg; requisition on hold",
  frm="Denise Okonkwo-Ray <dokonkworay@evergreenmutual.org>", subj="Digital Front Door role - on hold",
  date=t("2026-01-13 14:40", CT),
  body="""Hi Adaeze,

I'm reaching out about the Senior UX Designer, Digital Front Door position. Our digital organization is being realigned under a new VP, and all open requisitions in the group are on hold until the new structure is finalized, likely 8-10 weeks.

I don't want to leave you hanging, so I'll check in when I know more. Thanks for your flexibility.

Denise Okonkwo-Ray
Talent Acquisition Partner
Evergreen Mutual Health Plan""")

M("on_hold", "Lumaro", "Jen", "Senior Product Designer, Maps", "", "en", "easy", "headcount; pausing this search",
  frm="Jen Alcott <jalcott@lumaro.com>", subj="Maps design role", date=t("2025-07-24 11:02"),
  body="""Hi Adaeze,

Heads up that we're pausing this search until at least Q4. Our headcount for the Maps org was reduced in the mid-year planning cycle and the Senior Product Designer req is on ice.

I'm sorry about the timing given you were scheduled for the onsite. I'll keep your loop notes and reach out if the req is reactivated.

Jen Alcott | Design Recruiting | Lumaro""")

M("on_hold", "Driftmark", "Theo", "Product Designer", "", "en", "hard",
  "founder holds off hiring; quoted thread about scheduling",
  frm="Theo Abernathy <theo@driftmark.app>", subj="Re: Scheduling the portfolio review", date=t("2025-10-14 22:30"),
  reply=True,
  body="""Adaeze, I owe you an honest update before we book anything. We lost our largest customer this week, and the board asked us to hold off on all new hires until we've rebuilt pipeline. So I need to put the product designer role on hold for now.

I hate doing this to good candidates. If things stabilize in the new year I'd like to restart with you.

Theo

On Mon, Oct 13, 2025 at 10:02 AM Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com> wrote:
> Hi Theo, Wednesday or Thursday afternoon both work for the portfolio review.
> Looking forward to it!""")

# ------------------------------ interview (22) -----------------------------
M("interview", "Tallyhook", "Gabriela", "Senior Product Designer", "", "en", "easy", "phone screen via Calendly link",
  frm="Gabriela Ostrowski <gabriela@tallyhook.com>", subj="Tallyhook - Senior Product Designer intro call",
  date=t("2026-07-14 10:03"),
  body="""Hi Adaeze,

Thanks for applying to the Senior Product Designer role. I'd love to set up a 30-minute phone screen to learn more about your background and share more about the team.

Please grab a time that works for you here: https://calendly.com/gabriela-tallyhook/30min

Talk soon,
Gabriela Ostrowski
Design Recruiting, Tallyhook""")

_i = t("2025-04-17 10:30")
M("interview", "Brindle Labs", "Priya", "Senior Product Designer", "", "en", "easy", "confirmed time, relative weekday",
  iat=iso(_i), frm="Priya Raghunathan <priya@brindle.io>", subj="Portfolio review confirmed",
  date=t("2025-04-14 12:20"),
  body="""Hi Adaeze,

Great, you're confirmed for the portfolio review this Thursday at 10:30 am PT. Plan for 60 minutes: about 35 minutes presenting two projects, then questions from me, Tomás and Ngozi.

Google Meet: https://meet.google.com/brx-kdoq-wna

Priya""")

_i = t("2025-05-29 09:00")
M("interview", "Cascadia Pacific Airways", "", "UX Designer, Loyalty", "", "en", "easy",
  "Paradox scheduling assistant; confirmed slot", iat=iso(_i),
  frm="Olivia at Cascadia Pacific <noreply@paradox.ai>", subj="Your interview is confirmed!",
  date=t("2025-05-22 17:41"), headers=ATS,
  body=f"""Hi Adaeze! This is Olivia, the virtual recruiting assistant for Cascadia Pacific Airways.

Your interview for UX Designer, Loyalty is confirmed:

Date: {day(_i)}, {_i.year}
Time: 9:00 AM Pacific Time
Format: Video (Microsoft Teams) - link to follow from your interviewer, Rosa Delgado-Hart

Need to reschedule? Reply RESCHEDULE to this email.""")

_i = t("2025-10-15 13:00")
M("interview", "Hollow Lantern Games", "Marcus", "UI/UX Designer (Live Ops)", "", "en", "easy",
  "calendar invitation with text/calendar part", iat=iso(_i),
  frm="Marcus Trinh <marcus.trinh@hollowlantern.gg>",
  subj="Invitation: Onsite - Adaeze Nwosu-Lindgren @ Wed Oct 15, 2025 1pm - 3pm (PDT)",
  date=t("2025-10-09 11:24"),
  body=f"""Marcus Trinh has invited you to an event.

Onsite - Adaeze Nwosu-Lindgren
When: {day(_i)}, {_i.year} 1:00pm - 3:00pm (Pacific Time - Los Angeles)
Where: Hollow Lantern Games, 2201 112th Ave NE, Bellevue, WA
Who: Marcus Trinh (organizer), Kaito Arima, adaeze.nl@gmail.com

Agenda: studio tour, 45-minute UI critique, chat with the art director.""",
  ics=ics("Onsite - Adaeze Nwosu-Lindgren", _i, 120, "marcus.trinh@hollowlantern.gg", "Bellevue studio"))

M("interview", "Octavia Systems", "Shreya", "UX Designer II, Cloud Console", "", "en", "easy",
  "GoodTime availability request for virtual onsite; no fixed time",
  frm="Octavia Systems Recruiting <scheduling@goodtime.io>", reply_to="shreya.menon@octaviasys.com",
  subj="Octavia Systems: please share your availability for your virtual onsite", date=t("2025-08-20 09:05"),
  body="""Hi Adaeze,

Congratulations on moving forward in the process for UX Designer II, Cloud Console. The next step is a virtual onsite: four 45-minute interviews (portfolio presentation, app critique, collaboration, and a hiring manager conversation).

Please submit your availability over the next two weeks using this link:
https://app.goodtime.io/availability/oct-8c1f72

Shreya Menon
Technical Recruiter, Design | Octavia Systems""")

_i = t("2025-06-03 09:00")
M("interview", "Lumaro", "Jen", "Senior Product Designer, Maps", "", "en", "easy",
  "ModernLoop schedule; first session start", iat=iso(_i),
  frm="Lumaro Recruiting via ModernLoop <notifications@modernloop.io>", reply_to="jalcott@lumaro.com",
  subj="Your Lumaro interview schedule", date=t("2025-05-27 15:18"), kind="alt",
  body=f"""Hi Adaeze,

Your virtual onsite for Senior Product Designer, Maps is scheduled for {day(_i)}. All times are Pacific.

9:00 - 10:00  Portfolio presentation (Dev Anand, Ruth Kim)
10:15 - 11:00 Product design exercise (Camila Reyes)
11:15 - 12:00 Cross-functional partnership (Omar Said)

Zoom details will arrive in separate invites. Reply to this email with any questions.

Jen Alcott, Design Recruiting""",
  html=html_wrap(f"""<p>Hi Adaeze,</p><p>Your virtual onsite for <b>Senior Product Designer, Maps</b> is scheduled for {day(_i)}. All times are Pacific.</p>
<table><tr><td>9:00 - 10:00</td><td>Portfolio presentation (Dev Anand, Ruth Kim)</td></tr><tr><td>10:15 - 11:00</td><td>Product design exercise (Camila Reyes)</td></tr><tr><td>11:15 - 12:00</td><td>Cross-functional partnership (Omar Said)</td></tr></table>
<p>Zoom details will arrive in separate invites. Reply to this email with any questions.</p><p>Jen Alcott, Design Recruiting</p>"""))

_i = t("2025-11-19 15:00", CT)
M("interview", "Evergreen Mutual", "Denise", "Senior UX Designer, Digital Front Door", "", "en", "hard",
  "reschedule to a new time in Central time; apologetic wording", iat=iso(_i),
  frm="Denise Okonkwo-Ray <dokonkworay@evergreenmutual.org>", subj="RE: Tuesday chat - can we move it?",
  date=t("2025-11-17 08:55", CT), reply=True,
  body="""Hi Adaeze,

Unfortunately our hiring manager, Paul, has a conflict on Tuesday. Could we move your conversation to Wednesday, November 19 at 3:00 PM Central (1:00 PM your time)? Same Teams link as before. I've already updated the invite, so if it works you don't need to do anything.

Sorry for the shuffle!

Denise Okonkwo-Ray
Talent Acquisition Partner | Evergreen Mutual Health Plan""")

M("interview", "Northfork Media", "Wren", "Senior Product Designer (contract-to-hire)", "", "en", "hard",
  "agency recruiter relays client's request to meet; company is the client",
  frm="Wren Castellano <wren@meridalecreative.com>", subj="Great news - Northfork wants to meet you",
  date=t("2025-07-22 13:45"),
  body="""Hi Adaeze,

Northfork Media loved your portfolio! Their design director Felix would like to meet you for a 45-minute video conversation this week or next. Could you send me three or four windows that work for you? I'll coordinate with his assistant.

Some prep notes: they'll ask about the streaming app redesign and how you handle design QA with offshore engineering.

Wren Castellano
Talent Partner - Meridale Creative Staffing""")

M("interview", "Cinderpath", "Alana", "Product Designer (Platform)", "", "en", "easy",
  "take-home exercise plus review session",
  frm="Alana Kapule <alana@cinderpath.com>", subj="Cinderpath next step: design exercise",
  date=t("2026-03-30 10:10"), pdf="Cinderpath_Design_Exercise.pdf",
  body="""Hi Adaeze,

Thanks for the great conversation with Ben last week! The next step is a short design exercise (brief attached). Please spend no more than 4 hours on it and send it back within 7 days.

Once we have it, we'll schedule a 60-minute review session where you'll walk two designers through your approach.

Alana Kapule
Recruiting Lead | Cinderpath""")

M("interview", "Fieldnote Studio", "Mira", "Product Designer", "", "en", "hard",
  "informal 'virtual coffee' from founder; calendar link; no word interview",
  frm="Mira Castellanos <mira@fieldnote.studio>", subj="coffee?", date=t("2026-08-04 07:58"),
  body="""Hi Adaeze!

Saw your application come through for the product designer spot and really liked the transit app case study. Want to grab a virtual coffee and talk about what we're building? Nothing formal, I just want to get to know you and tell you about the studio.

Here's my calendar, pick whatever's easiest: cal.com/mira-fieldnote/coffee

Mira
Fieldnote Studio · Portland""")

_i = t("2026-05-14 11:00", MAD)
M("interview", "Estudio Pulpo Rojo", "Nerea", "Diseñadora UX/UI", "", "es", "easy", "Spanish; one proposed time in Madrid time, stands unless she objects",
  iat=iso(_i), frm="Nerea Soler - Pulpo Rojo <nerea.soler@pulporojo.es>",
  subj="Entrevista - Diseñador/a UX/UI (Estudio Pulpo Rojo)", date=t("2026-05-08 12:30", MAD),
  body="""Hola Adaeze:

¡Gracias por tu candidatura! Nos ha encantado tu portfolio y nos gustaría conocerte en una entrevista por videollamada con nuestro director de arte, Iker, y conmigo.

Te proponemos el jueves 14 de mayo a las 11:00 (hora de Madrid), que serían las 2:00 en Seattle... ¡perdona el horario! Si te resulta imposible, dínoslo y buscamos otra hora. Si no, nos vemos en este enlace: https://meet.google.com/pro-jqzu-tta

Un saludo,
Nerea Soler
Talento | Estudio Pulpo Rojo""")

M("interview", "Atelier Sauvageon", "Clémence", "Designer Produit Senior (H/F)", "", "fr", "easy",
  "French; choose among proposed slots",
  frm="Clémence Aubert <c.aubert@sauvageon.fr>", subj="Entretien - Designer Produit Senior (H/F)",
  date=t("2026-01-19 10:15", PAR),
  body="""Bonjour Adaeze,

Merci pour votre candidature au poste de Designer Produit Senior (H/F). Votre portfolio nous a beaucoup plu et nous aimerions vous rencontrer lors d'un entretien en visio d'une heure.

Voici quelques créneaux (heure de Paris) :
- mardi 27 janvier à 17h30
- mercredi 28 janvier à 18h00
- jeudi 29 janvier à 17h00

Merci de nous indiquer celui qui vous convient le mieux.

Bien à vous,
Clémence Aubert
Directrice de création - Atelier Sauvageon""")

_i = t("2025-10-08 17:00", CET)
M("interview", "Sparvik", "Johanna", "Product Designer (m/w/d)", "", "de", "hard",
  "German/English mix; CEST time stated", iat=iso(_i),
  frm="Johanna Lindqvist <johanna.lindqvist@sparvik.se>", subj="Einladung zum Kennenlernen - Product Designer (m/w/d)",
  date=t("2025-10-02 14:25", STO),
  body="""Hallo Adaeze,

danke für deine Bewerbung! Wir würden dich gern kennenlernen. Ich habe dir ein Video-Interview mit unserem Design Lead Lukas eingetragen:

Mittwoch, 8. Oktober 2025, 17:00 Uhr MESZ (that's 8:00 am in Seattle)
Google Meet: https://meet.google.com/spv-rrkt-ahe

The conversation will be in English, keine Sorge. Plan rund 45 Minuten ein.

Viele Grüße
Johanna Lindqvist
People & Talent | Sparvik AB""")

_i = t("2025-11-06 09:30")
M("interview", "City of Port Alder", "", "Digital Services Designer", "", "en", "easy",
  "formal panel interview notice", iat=iso(_i),
  frm="City of Port Alder Human Resources <hr-recruitment@portalder.gov>",
  subj="Interview Notice - Digital Services Designer (#25-0488)", date=t("2025-10-27 14:10"),
  body=f"""Dear Adaeze Nwosu-Lindgren,

Congratulations. You have been selected to participate in an oral board interview for the position of Digital Services Designer (#25-0488).

Date: {day(_i)}, {_i.year}
Time: 9:30 a.m. (please arrive 15 minutes early)
Location: Port Alder City Hall, 400 Harbor Avenue, Conference Room 3B

The panel will consist of three members. Please bring a printed copy of two work samples. Reasonable accommodation is available upon request.

Human Resources Department
City of Port Alder""")

M("interview", "Ferncastle Software", "Nikhil", "Senior UI Designer", "", "en", "hard",
  "cancels a slot with 'unfortunately' and asks to re-pick",
  frm="Nikhil Rao <nikhil.rao@ferncastle.io>", subj="Re: Interview Monday - need to reschedule",
  date=t("2026-02-27 16:44"), reply=True,
  body="""Hi Adaeze,

Unfortunately I'm going to be out Monday for a family matter, so I have to cancel our interview slot, sorry! I'd still very much like to talk. Could you pick a new time from my booking page? https://calendly.com/nrao-ferncastle/design-interview

Thanks for understanding,
Nikhil
Design Lead, Ferncastle Software""")

M("interview", "Pebblestack", "Sanne", "Product Designer", "", "en", "easy", "Recruitee invitation with slot list",
  frm="Sanne de Wit <sanne@pebblestack.recruitee.com>", subj="Interview invitation - Product Designer at Pebblestack",
  date=t("2025-06-12 10:00", AMS),
  body="""Hi Adaeze,

Thank you for applying to Pebblestack. We'd like to invite you for a first interview (video, 45 minutes) with our Head of Product Design.

Please choose one of the available moments via this link: https://pebblestack.recruitee.com/interviews/p8Yq2

Because of the time difference, we've opened slots in the late afternoon Amsterdam time.

Kind regards,
Sanne de Wit
Talent Acquisition, Pebblestack""")

_i = t("2026-03-12 10:00")
M("interview", "Ferncastle Software", "Nikhil", "Senior UI Designer", "", "en", "hard",
  "'come meet the team' itinerary; no word interview", iat=iso(_i),
  frm="Nikhil Rao <nikhil.rao@ferncastle.io>", subj="Your visit to Ferncastle on Thursday",
  date=t("2026-03-09 13:30"),
  body=f"""Hi Adaeze,

Looking forward to having you in the office on {day(_i)}! Here's the plan:

10:00  Arrive at 500 Yale Ave N, ask for me at the front desk
10:15  Walk the team through one project of your choice (45 min)
11:15  Pairing session with Hana on our component library
12:15  Lunch with a couple of engineers
13:15  Wrap-up with our VP of Product

Parking validation is available. Text me at 206-555-0142 if anything comes up.

Nikhil""")

_i = t("2025-12-08 14:00", ET)
M("interview", "Plumbline", "Caroline", "Product Designer, Growth", "", "en", "hard",
  "final-round invite replying to thank-you whose quote mentions not moving forward", iat=iso(_i),
  frm="Caroline Vance <caroline@plumbline.com>", subj="Re: Thank you - Growth design conversation",
  date=t("2025-12-03 09:50", ET), reply=True,
  body="""Hi Adaeze,

No need to worry at all! We'd love to have you back for the final round on Monday, December 8 at 2:00 PM ET. It will be 90 minutes with me, our PM lead, and an engineer, mostly a live collaborative problem about our trial-to-paid flow. I'll send the Zoom invite shortly.

Caroline

On Tue, Dec 2, 2025 at 6:14 PM Adaeze Nwosu-Lindgren <adaeze.nl@gmail.com> wrote:
> Hi Caroline, thanks again for the chat. I just received an automated note
> saying my application for the other Growth opening is not moving forward,
> and wanted to check whether that affects this process too.
> Best, Adaeze""")

M("interview", "Sablewood", "Kelsey", "Senior UX Designer", "", "en", "hard",
  "recruiter forwards hiring manager's 'bring her in' note",
  frm="Kelsey Moran <kelsey@brightlinetalent.com>", subj="Fwd: Adaeze - next step",
  date=t("2025-09-05 08:12", ET),
  body="""Adaeze - see below! Sablewood wants you in for a panel. Their coordinator will reach out with times for next week. Call me before then and we'll prep.

Kelsey

---------- Forwarded message ---------
From: Rahim Gould <rgould@sablewood.com>
Date: Thu, Sep 4, 2025 at 6:40 PM
Subject: Re: Adaeze - next step
To: Kelsey Moran <kelsey@brightlinetalent.com>

Really liked her screen. Let's bring her in for the panel with design + eng. Mina will schedule.
R.""")

_i = t("2026-10-21 10:30")
M("interview", "Lumaro", "Jen", "Product Designer, Creator Tools", "", "en", "hard",
  "'quick chat' with relative day ('tomorrow')", iat=iso(_i),
  frm="Jen Alcott <jalcott@lumaro.com>", subj="quick chat tomorrow?", date=t("2026-10-20 16:12"),
  body="""Hi Adaeze! Hope you've been well since we last spoke. The Creator Tools team opened a product design role that I think is a strong match. Thanks for replying so fast, I've put us down for a 20-minute chat tomorrow at 10:30 am; invite is on your calendar with a Zoom link.

Jen""")

M("interview", "Marlow & Quill", "Hattie", "Senior Visual Designer", "", "en", "easy",
  "portfolio presentation; choose a time",
  frm="Hattie Brennan <notifications@app.bamboohr.com>", reply_to="hattie@marlowquill.co",
  subj="Portfolio presentation - Senior Visual Designer", date=t("2026-06-01 11:11"),
  body="""Hi Adaeze,

We'd like to invite you to present your portfolio to our two creative directors for the Senior Visual Designer role. It's a 60-minute session at our Capitol Hill studio (or over Zoom, your choice).

Could you let me know which of these suits you: Tuesday June 9 at 2pm, Wednesday June 10 at 10am, or Friday June 12 at 1pm?

Hattie Brennan
Studio Manager, Marlow & Quill Design Co.""")

_i = t("2025-06-26 11:00")
M("interview", "Cascadia Pacific Airways", "Rosa", "UX Designer, Loyalty", "", "en", "hard",
  "says the automated rejection was sent in error; interview confirmed", iat=iso(_i),
  frm="Rosa Delgado-Hart <rosa.delgadohart@cpair.com>", subj="Please disregard the Workday email",
  date=t("2025-06-20 09:14"),
  body="""Hi Adaeze,

You may have received an automated Workday email this morning saying we were not moving forward. That was sent in error when a requisition was cloned, and I'm very sorry for the scare.

You are still very much in process. Your second-round interview with the loyalty product team stands as planned: Thursday, June 26 at 11:00 AM Pacific, at our SeaTac campus (Building C, 3rd floor). Please bring a laptop for the whiteboard portion.

Rosa Delgado-Hart
Senior Talent Advisor, Cascadia Pacific Airways""")
# -------------------------------- offer (6) --------------------------------
M("offer", "Brindle Labs", "Priya", "Product Designer", "", "en", "easy", "offer letter attached as PDF",
  frm="Priya Raghunathan <priya@brindle.io>", subj="Offer - Product Designer at Brindle Labs",
  date=t("2026-02-11 15:02"), pdf="Brindle_Labs_Offer_Letter_ANL.pdf",
  body="""Hi Adaeze,

I'm thrilled to send over your formal offer to join Brindle Labs as a Product Designer! The letter is attached with the details on base salary, equity, benefits and a proposed start date of March 16.

Please review it and let me know if you have any questions. We'd love to hear back by Friday, February 20. You can sign through the DocuSign link that will arrive separately.

So excited about this,
Priya""")

M("offer", "Lumaro", "Jen", "Product Designer, Creator Tools", "", "en", "hard",
  "written follow-up to verbal offer; never says 'offer'",
  frm="Jen Alcott <jalcott@lumaro.com>", subj="Following up on our call", date=t("2026-11-12 18:30"),
  body="""Hi Adaeze,

It was such a pleasure to share the news on the phone today. To recap what we discussed for the Product Designer, Creator Tools role:

- Level: P3
- Base: $168,000
- Sign-on: $20,000
- RSU grant: $140,000 vesting over four years
- Target start: January 12, 2027

The official paperwork will come from our HR system within 48 hours. Take the weekend to think it over, and call me with any questions at all.

Welcome (almost!) to Lumaro.
Jen""")

M("offer", "Estudio Pulpo Rojo", "Nerea", "Diseñadora UX/UI", "", "es", "easy", "Spanish offer",
  frm="Nerea Soler - Pulpo Rojo <nerea.soler@pulporojo.es>", subj="¡Oferta! Diseñadora UX/UI en Estudio Pulpo Rojo",
  date=t("2026-06-02 13:45", MAD), pdf="Oferta_Pulpo_Rojo.pdf",
  body="""Hola Adaeze:

¡Tenemos muy buenas noticias! Nos encantaría que te unieras al equipo como Diseñadora UX/UI, en remoto desde Seattle con viajes puntuales a Valencia.

Te adjuntamos la carta de oferta con el salario, las condiciones del contrato como freelance a tiempo completo y la fecha de incorporación propuesta (1 de julio). Si todo te encaja, fírmala y nos la devuelves antes del 12 de junio.

¡Ojalá digas que sí!

Nerea Soler
Talento | Estudio Pulpo Rojo""")

M("offer", "Evergreen Mutual", "", "UX Designer - Member Experience", "", "en", "easy", "ATS offer notice, HTML only",
  frm="Evergreen Mutual Health Plan <careers@larchmonthealth.com>",
  subj="Action required: your offer letter is ready", date=t("2026-04-09 09:00", CT), kind="html",
  headers=ATS,
  html=html_wrap("""<p>Dear Adaeze,</p>
<p>Congratulations! Evergreen Mutual Health Plan is pleased to extend you an offer of employment for the position of <b>UX Designer - Member Experience</b>.</p>
<p>Your offer letter is available in the candidate portal. Please log in to review and accept it by April 16, 2026.</p>
<p><a href="https://larchmonthealth.taleo.net/careersection/offer">Review my offer</a></p>
<p>If you have questions, contact your recruiter, Denise Okonkwo-Ray.</p>
<p>Talent Acquisition, a Larchmont Health company</p>"""))

M("offer", "Northfork Media", "Wren", "Senior Product Designer (contract-to-hire)", "", "en", "hard",
  "agency recruiter conveys client's offer",
  frm="Wren Castellano <wren@meridalecreative.com>", subj="!!! Northfork", date=t("2026-09-03 14:20"),
  body="""Adaeze!!

Northfork Media wants you! They're offering the Senior Product Designer contract-to-hire at $95/hr for 6 months, converting to full-time at a salary band of $155-165k. Start date flexible, ideally September 21.

Call me when you can and I'll walk you through the contract with Meridale. Congratulations, you earned this.

Wren Castellano
Talent Partner - Meridale Creative Staffing""")

M("offer", "Plumbline", "Caroline", "Product Designer, Growth", "", "en", "hard",
  "offer with 'unfortunately' about salary; 'join us' wording",
  frm="Caroline Vance <caroline@plumbline.com>", subj="Joining Plumbline", date=t("2025-12-17 12:05", ET),
  body="""Hi Adaeze,

The team unanimously wants you to join Plumbline as our Product Designer on Growth, and I'm delighted to formally extend the role to you.

Unfortunately we can't quite reach the base number you shared; the best we can do is $150,000 plus 0.12% equity, and we've added a $10k learning and conference budget to close the gap. The full written offer is on its way via Ashby.

I hope you'll say yes!
Caroline Vance
Head of Design, Plumbline""")

# ------------------------- application_received (16) ----------------------
M("application_received", "Tallyhook", "", "Senior Product Designer", "", "en", "easy", "Greenhouse acknowledgement",
  frm="Tallyhook Recruiting <no-reply@us.greenhouse-mail.io>", subj="Thank you for applying to Tallyhook",
  date=t("2026-07-02 22:19"), headers=ATS,
  body="""Hi Adaeze,

Thanks for your interest in Tallyhook! We've received your application for the Senior Product Designer role and our team will review it soon.

If your experience is a fit, someone from our recruiting team will reach out to you.

Tallyhook Recruiting""")

M("application_received", "Brindle Labs", "", "Senior Product Designer", "", "en", "easy", "Lever acknowledgement",
  frm="Brindle Labs <no-reply@hire.lever.co>", subj="Thanks for applying to Brindle Labs!",
  date=t("2025-03-24 20:47"), headers=ATS,
  body="""Hi Adaeze,

Thanks for applying for the Senior Product Designer role at Brindle Labs. We've got your application and the team is reviewing it. We aim to get back to every candidate within two weeks.

Best,
The Brindle Labs team""")

M("application_received", "Cascadia Pacific Airways", "", "UX Designer, Loyalty", "", "en", "easy",
  "Workday acknowledgement",
  frm="CPA Careers <cascadiapacific@myworkday.com>", subj="Thank you for applying - R-0049977",
  date=t("2025-05-02 23:58"), headers=ATS,
  body="""Dear Adaeze Nwosu-Lindgren,

Thank you for applying to the UX Designer, Loyalty position (R-0049977) at Cascadia Pacific Airways. Your application has been successfully submitted.

You can review the status of your application at any time by signing in to your candidate home on our careers site.

Cascadia Pacific Airways Talent Acquisition""")

M("application_received", "Evergreen Mutual", "", "UX Designer - Member Experience", "", "en", "hard",
  "parent-company domain; Taleo; describes possible outcomes",
  frm="Larchmont Health Careers <careers@larchmonthealth.com>",
  subj="Application Received: UX Designer - Member Experience (Req 26-0214)", date=t("2026-02-24 12:33", CT),
  headers=ATS,
  body="""Dear Adaeze,

Thank you for applying to the UX Designer - Member Experience position at Evergreen Mutual Health Plan.

What happens next: a recruiter reviews every application. If your qualifications match the role, we will contact you to schedule a phone interview. If you are not selected, you will be notified by email once the position is filled.

Sincerely,
Talent Acquisition
Larchmont Health Holdings | Evergreen Mutual Health Plan""")

M("application_received", "City of Port Alder", "", "Digital Services Designer", "", "en", "hard",
  "describes interview selection and 'not selected' as future steps",
  frm="City of Port Alder Human Resources <hr-recruitment@portalder.gov>",
  subj="Application Received - Digital Services Designer (#25-0488)", date=t("2025-10-06 16:20"),
  body="""Dear Adaeze Nwosu-Lindgren,

We have received your application for Digital Services Designer (#25-0488).

Applications will be screened for minimum qualifications after the closing date of October 17. Candidates who meet the minimum qualifications may be invited to an oral board interview. Candidates who are not selected to advance will be notified by email.

Human Resources Department
City of Port Alder""")

M("application_received", "Plumbline", "", "Product Designer, Growth", "", "en", "easy", "Ashby acknowledgement",
  frm="Plumbline <no-reply@ashbyhq.com>", subj="We received your application", date=t("2025-11-10 11:09", ET),
  headers=ATS,
  body="""Hi Adaeze,

Thanks for applying to the Product Designer, Growth role at Plumbline. We've received your application and will be in touch if there's a fit.

Plumbline Recruiting""")

M("application_received", "Sablewood", "", "Senior UX Designer", "", "en", "easy", "SmartRecruiters acknowledgement",
  frm="Sablewood Careers <noreply@smartrecruiters.com>", subj="Sablewood - Application confirmation",
  date=t("2025-08-14 07:02", ET), headers=ATS, kind="html",
  html=html_wrap("""<p>Dear Adaeze,</p><p>Thank you for applying to <b>Senior UX Designer</b> at Sablewood. We have successfully received your application.</p>
<p>Our hiring team will review your profile and contact you if your skills and experience are a good match.</p><p>Sablewood Talent Acquisition</p>"""))

M("application_received", "Hollow Lantern Games", "", "UI/UX Designer (Live Ops)", "", "en", "easy",
  "Jobvite acknowledgement",
  frm="Hollow Lantern Games <notification@jobvite.com>", subj="We got your application!",
  date=t("2025-09-16 13:40"),
  body="""Hey Adaeze,

Thanks for applying to be our UI/UX Designer (Live Ops)! Our team reads every application. If we think you're a match, a human from the studio will reach out to talk more.

GG,
Hollow Lantern Games Recruiting""")

M("application_received", "Estudio Pulpo Rojo", "", "Diseñadora UX/UI", "", "es", "easy",
  "Spanish Teamtailor acknowledgement",
  frm="Estudio Pulpo Rojo <no-reply@teamtailor-mail.com>", subj="¡Hemos recibido tu candidatura!",
  date=t("2026-01-08 18:15", MAD), headers=ATS,
  body="""Hola Adaeze:

Gracias por presentar tu candidatura al puesto de Diseñador/a UX/UI en Estudio Pulpo Rojo. La hemos recibido correctamente.

Nuestro equipo la revisará en las próximas semanas y te contactaremos si tu perfil encaja con lo que buscamos.

Un saludo,
El equipo de Estudio Pulpo Rojo""")

M("application_received", "Sparvik", "", "Product Designer (m/w/d)", "", "de", "easy", "German Personio acknowledgement",
  frm="Sparvik AB <noreply@sparvik.jobs.personio.de>", subj="Eingangsbestätigung deiner Bewerbung",
  date=t("2025-09-22 10:04", STO), headers=ATS,
  body="""Hallo Adaeze,

vielen Dank für deine Bewerbung als Product Designer (m/w/d) bei Sparvik! Deine Unterlagen sind bei uns eingegangen.

Wir schauen sie uns in Ruhe an und melden uns in den nächsten zwei Wochen bei dir.

Viele Grüße
Dein Sparvik People Team""")

M("application_received", "Ferncastle Software", "", "Senior UI Designer", "", "en", "hard",
  "'unfortunately' in an acknowledgement",
  frm="Ferncastle Software <noreply@candidates.workablemail.com>",
  subj="Ferncastle Software - we've received your application", date=t("2026-02-02 19:26", UTC), headers=ATS,
  body="""Hi Adaeze,

Thank you for your application for the Senior UI Designer position. This email confirms that it has been received.

Unfortunately, due to the volume of applications, we are not able to reply to everyone individually. If we'd like to move forward, we will contact you within three weeks.

Ferncastle Software Hiring Team""")

M("application_received", "Pebblestack", "", "Product Designer", "", "en", "easy", "Recruitee acknowledgement",
  frm="Pebblestack Jobs <jobs@pebblestack.recruitee.com>", subj="Application received: Product Designer",
  date=t("2025-05-30 16:22", AMS), headers=ATS,
  body="""Dear Adaeze,

Thank you for your application for the position of Product Designer at Pebblestack. We have received it in good order and will review it carefully.

Kind regards,
Team Pebblestack""")

M("application_received", "Marlow & Quill", "", "Senior Visual Designer", "", "en", "hard",
  "informal templated reply that reads like personal mail",
  frm="Marlow & Quill <notifications@app.bamboohr.com>", subj="hey, thanks!", date=t("2026-05-21 09:50"),
  body="""Hey Adaeze,

Just a quick note to say your application for Senior Visual Designer landed safely with us. We're a small crew, so please give us a couple of weeks to look through everything properly. We'll be in touch either way.

Cheers from the studio,
Marlow & Quill""")

M("application_received", "Octavia Systems", "", "UX Designer II, Cloud Console", "", "en", "easy",
  "iCIMS acknowledgement; Auto-Submitted header",
  frm="Octavia Systems Careers <octaviasystems@talent.icims.com>",
  subj="Octavia Systems: Application Received for UX Designer II, Cloud Console (Job ID 2025-31877)",
  date=t("2025-07-29 04:11"), headers=ATS,
  body="""Dear Adaeze,

Thank you for your interest in Octavia Systems. We have received your application for UX Designer II, Cloud Console (Job ID 2025-31877).

Our recruiting team will review your qualifications. You can track your status in the candidate portal.

Octavia Systems Talent Acquisition""")

M("application_received", "Atelier Sauvageon", "", "Designer Produit Senior (H/F)", "", "fr", "easy",
  "French acknowledgement; Welcome-style ATS",
  frm="Atelier Sauvageon <recrutement@sauvageon.fr>", subj="Votre candidature a bien été reçue",
  date=t("2026-01-06 09:30", PAR), headers=ATS,
  body="""Bonjour Adaeze,

Nous vous remercions pour votre candidature au poste de Designer Produit Senior (H/F) au sein d'Atelier Sauvageon.

Celle-ci a bien été enregistrée et sera étudiée avec attention par notre équipe. Nous reviendrons vers vous dans les meilleurs délais.

L'équipe recrutement
Atelier Sauvageon""")

M("application_received", "Cinderpath", "", "Product Designer (Platform)", "", "en", "easy",
  "Greenhouse acknowledgement with timeline",
  frm="Cinderpath <no-reply@us.greenhouse-mail.io>", subj="Thanks for applying to Cinderpath",
  date=t("2026-03-11 14:55"), headers=ATS, kind="alt",
  body="""Hi Adaeze,

Thanks for applying for the Product Designer (Platform) position at Cinderpath. We review every application and aim to respond within 10 business days.

Cinderpath Recruiting""",
  html=html_wrap("""<p>Hi Adaeze,</p><p>Thanks for applying for the <b>Product Designer (Platform)</b> position at Cinderpath. We review every application and aim to respond within 10 business days.</p><p>Cinderpath Recruiting</p>"""))
# ----------------------------- auto_reply (14) -----------------------------
M("auto_reply", "Tallyhook", "Gabriela", "", "2025-03-14", "en", "easy", "OOO with 'back on 3/14'",
  frm="Gabriela Ostrowski <gabriela@tallyhook.com>", subj="Automatic reply: Product Designer application",
  date=t("2025-03-11 09:01"), headers=AUTO, reply=True,
  body="""Thanks for your email. I'm out of the office with limited access to email and will be back on 3/14. I'll respond as soon as I can after I return.

Gabriela""")

M("auto_reply", "Brindle Labs", "Priya", "", "2026-03-09", "en", "easy", "'returning Monday 9 March'",
  frm="Priya Raghunathan <priya@brindle.io>", subj="Out of office (Re: Offer - Product Designer at Brindle Labs)",
  date=t("2026-03-02 08:14"), headers={"Auto-Submitted": "auto-replied"}, reply=True,
  body="""Hi there, I'm taking a week off and returning Monday 9 March. For anything urgent about hiring or onboarding, please email people@brindle.io.

Priya""")

M("auto_reply", "Ferncastle Software", "Nikhil", "", "2025-06-20", "en", "hard",
  "'until ... inclusive' so return is the next day",
  frm="Nikhil Rao <nikhil.rao@ferncastle.io>", subj="Auto: Portfolio link", date=t("2025-06-10 14:02"),
  headers={"X-Autoreply": "yes"},
  body="""I'm away from the office until 2025-06-19 inclusive and won't be checking email. Messages will be answered after I'm back. For design team matters, please contact hana.sato@ferncastle.io.

Nikhil Rao | Design Lead | Ferncastle Software""")

M("auto_reply", "Octavia Systems", "Grant", "", "", "en", "easy", "no longer with company; forwards to colleague",
  frm="Grant Whitaker <gwhitaker@octaviasys.com>", subj="Automatic reply: Following up on my application",
  date=t("2026-04-15 10:40"), headers=AUTO,
  body="""Hello,

I no longer work at Octavia Systems. This mailbox will not be monitored going forward. For recruiting questions, please contact Shreya Menon at shreya.menon@octaviasys.com.

Thank you.""")

M("auto_reply", "City of Port Alder", "", "Digital Services Designer", "", "en", "hard",
  "unmonitored-mailbox response to her reply on the application thread; no auto headers",
  frm="City of Port Alder Human Resources <hr-recruitment@portalder.gov>",
  subj="RE: Interview Notice - Digital Services Designer (#25-0488)", date=t("2025-10-27 16:03"), reply=True,
  body="""This is an automated response. This mailbox is not monitored and replies are not read.

If you need to reach Human Resources about a recruitment, interview, or accommodation request, please call (360) 555-0107 Monday through Friday, 8:00 a.m. to 4:30 p.m., or email hrhelp@portalder.gov.""")

M("auto_reply", "Evergreen Mutual", "Denise", "", "2025-09-02", "en", "hard",
  "parental leave; mentions interviews; only X-Autoreply",
  frm="Denise Okonkwo-Ray <dokonkworay@evergreenmutual.org>", subj="Parental leave - Re: Member Experience interview",
  date=t("2025-06-18 11:30", CT), headers={"X-Autoreply": "yes"}, reply=True,
  body="""Hello! I'm on parental leave and will return on September 2. If you are a candidate currently interviewing with us, your process continues without interruption; please reach out to my colleague Marcus Bell (mbell@evergreenmutual.org) for scheduling.

Warmly,
Denise""")

M("auto_reply", "Sparvik", "Johanna", "", "2026-04-07", "de", "easy", "German Abwesenheitsnotiz",
  frm="Johanna Lindqvist <johanna.lindqvist@sparvik.se>", subj="Abwesenheitsnotiz: Rückfrage zur Bewerbung",
  date=t("2026-03-30 08:00", STO), headers=AUTO,
  body="""Hallo,

vielen Dank für deine Nachricht. Ich bin bis einschließlich Ostermontag nicht im Büro und ab Dienstag, 7. April wieder für dich erreichbar. Deine E-Mail wird nicht weitergeleitet.

In dringenden Fällen wende dich bitte an people@sparvik.se.

Viele Grüße
Johanna Lindqvist""")

M("auto_reply", "Atelier Sauvageon", "Clémence", "", "2025-11-03", "fr", "easy", "French absence message",
  frm="Clémence Aubert <c.aubert@sauvageon.fr>", subj="Réponse automatique : Candidature Designer Produit",
  date=t("2025-10-24 18:22", PAR), headers=AUTO,
  body="""Bonjour,

Je suis absente du bureau pendant les vacances de la Toussaint et serai de retour le lundi 3 novembre. Je traiterai votre message dès mon retour.

Pour toute urgence, vous pouvez contacter studio@sauvageon.fr.

Cordialement,
Clémence Aubert""")

M("auto_reply", "Hollow Lantern Games", "Marcus", "", "2025-10-20", "en", "hard",
  "relative return ('Monday'); no auto-reply headers",
  frm="Marcus Trinh <marcus.trinh@hollowlantern.gg>", subj="Re: Thank you for the onsite",
  date=t("2025-10-16 07:45"), reply=True,
  body="""Hey! I'm at a game jam in Vancouver through the end of the week and barely looking at email. I'll be back Monday and will catch up then.

Marcus
(automatic reply)""")

M("auto_reply", "Cascadia Pacific Airways", "Rosa", "", "2026-05-12", "en", "hard",
  "subject says 'interview confirmation'; both auto headers",
  frm="Rosa Delgado-Hart <rosa.delgadohart@cpair.com>", subj="Automatic reply: Interview confirmation - Design System Designer",
  date=t("2026-05-05 12:01"), headers=AUTO,
  body="""Thank you for your message. I am traveling to our Anchorage base and will be back in the office on Tuesday, May 12. If this is about a scheduled interview, the time stands as confirmed; no action needed.

Rosa Delgado-Hart
Senior Talent Advisor, Cascadia Pacific Airways""")

M("auto_reply", "Brightline Talent Partners", "Kelsey", "", "", "en", "easy", "agency OOO without return date",
  frm="Kelsey Moran <kelsey@brightlinetalent.com>", subj="Out of Office Re: Sablewood panel prep",
  date=t("2025-09-08 06:30", ET), headers=AUTO,
  body="""Thanks for reaching out! I'm out of the office with limited access to email. For urgent candidate matters please contact my colleague Dev Patel at dev@brightlinetalent.com.

Kelsey Moran
Brightline Talent Partners""")

M("auto_reply", "Ninefold Collective", "Jonah", "", "2026-06-30", "en", "hard",
  "conference OOO that mentions reviewing portfolios and offers",
  frm="Jonah Feld <jonah@ninefold.co>", subj="Away at Config - Re: Updated portfolio", date=t("2026-06-24 09:10", ET),
  headers={"Auto-Submitted": "auto-replied"},
  body="""Hi! I'm at Config in San Francisco this week, so replies will be slow. If you sent a portfolio or an offer-related question, I'll get to it when I'm back in the office June 30.

Jonah""")

M("auto_reply", "Lumaro", "Jen", "", "2026-01-05", "en", "easy", "holiday PTO with US-style dates",
  frm="Jen Alcott <jalcott@lumaro.com>", subj="Automatic reply: Happy holidays + quick question",
  date=t("2025-12-22 10:17"), headers=AUTO,
  body="""Thanks for your email! I'm on PTO from 12/22 to 1/2 with no access to email. I'll be back 1/5 and will reply then.

Happy holidays!
Jen""")

M("auto_reply", "Cascadia Pacific Airways", "", "UX Designer, Loyalty", "", "en", "hard",
  "no-reply Workday mailbox bounce-back on the application thread",
  frm="CPA Careers <cascadiapacific@myworkday.com>", subj="Undeliverable reply: Thank you for applying - R-0049977",
  date=t("2025-05-03 08:30"), headers={"Auto-Submitted": "auto-replied"}, reply=True,
  body="""Your reply was not delivered to a person. This email address is not monitored.

To check on the status of your application or update your information, please sign in to your Cascadia Pacific Airways candidate home.""")
# -------------------------------- other (26) -------------------------------
M("other", "", "", "", "", "en", "easy", "job alert digest",
  frm="JobLoom Alerts <alerts@jobloom.com>", subj="14 new Product Designer jobs in Seattle, WA",
  date=t("2025-02-03 06:00"), headers=unsub("https://jobloom.com/u/alerts?t=a91"), kind="alt",
  body="""Your daily job alert: Product Designer in Seattle, WA

Senior Product Designer - Tallyhook - Seattle (Hybrid) - Easy Apply
UX Designer II - Octavia Systems - Redmond, WA
Product Designer, Payments - Sablewood - Remote (US)
Visual Designer - Marlow & Quill Design Co. - Seattle
... and 10 more

See all jobs: https://jobloom.com/jobs?q=product+designer&l=seattle

You are receiving this because you created a job alert. Unsubscribe: https://jobloom.com/u/alerts?t=a91""",
  html=html_wrap("""<h2>14 new jobs for Product Designer</h2><ul><li>Senior Product Designer - Tallyhook - Seattle (Hybrid)</li><li>UX Designer II - Octavia Systems - Redmond, WA</li><li>Product Designer, Payments - Sablewood - Remote (US)</li><li>Visual Designer - Marlow &amp; Quill Design Co. - Seattle</li></ul><p><a href="https://jobloom.com/jobs">See all jobs</a></p>"""))

M("other", "", "", "", "", "en", "hard", "design newsletter about portfolio rejection; quotes rejection templates",
  frm="The Critique Room <hello@critiqueroom.substack.com>", subj="We regret to inform you: decoding the rejection email",
  date=t("2025-05-15 05:30", ET), headers=unsub("https://critiqueroom.substack.com/unsub"), kind="html",
  html=html_wrap("""<h1>We regret to inform you</h1><p>This week's issue is about the email every designer dreads. "After careful consideration, we have decided to move forward with other candidates." What does it actually mean, and should you reply?</p>
<p>We asked six hiring managers what happens after the final interview, why "keep your resume on file" is usually a polite no, and when to ask for feedback.</p>
<p>Plus: three portfolio teardowns and a template for your post-interview thank-you note.</p><p>- Ines, The Critique Room</p>"""))

M("other", "", "", "", "", "en", "hard", "podcast 'interview with Head of Design'",
  frm="Pixel & Pulse Podcast <episodes@pixelpulse.fm>", subj="New episode: our interview with Lumaro's Head of Design",
  date=t("2025-08-07 07:00", ET), headers=unsub("https://pixelpulse.fm/unsubscribe"),
  body="""This week on Pixel & Pulse: an in-depth interview with Lumaro's Head of Design about building a design org from 5 to 120 people, why they scrapped whiteboard challenges in their hiring process, and what a great portfolio looks like to her.

Listen now: https://pixelpulse.fm/ep/142

Also in this episode: listener questions about negotiating an offer and surviving a round of layoffs.""")

M("other", "", "", "", "", "en", "easy", "freelance invoice paid receipt",
  frm="Tidepay <receipts@tidepay.com>", subj="You received a payment of $3,200.00 from Harbor Bloom Floral",
  date=t("2025-04-10 13:22"),
  body="""Hi Adaeze Nwosu-Lindgren,

Good news! Harbor Bloom Floral paid invoice #0042 (Website redesign - milestone 2).

Amount: $3,200.00
Payout: expected April 14 to your account ending 4417

View invoice: https://tidepay.com/i/0042

Tidepay""")

M("other", "", "Rachel", "", "", "en", "hard",
  "freelance pitch lost: 'decided to go with another agency'",
  frm="Rachel Hume <rachel@oakandember.com>", subj="Re: Oak & Ember rebrand proposal", date=t("2025-06-19 16:50"),
  reply=True,
  body="""Hi Adaeze,

Thank you so much for the proposal and the moodboards; they were lovely. After a lot of back and forth, we decided to go with another agency that can also handle our packaging and print production in-house.

I'd love to keep you in mind for the website side later this year if budget allows.

Thanks again,
Rachel Hume
Marketing Director, Oak & Ember Bakehouse""")

M("other", "", "Devin", "", "", "en", "hard",
  "freelance client feedback: not moving forward with a concept",
  frm="Devin Prakash <devin@coastlinevet.com>", subj="Feedback on the app concepts", date=t("2026-02-09 11:35"),
  body="""Hey Adaeze,

The partners reviewed both concepts on Friday. We're not moving forward with concept B - the dark theme felt too clinical for pet owners. Concept A is the winner, but could you offer a couple of variations on the booking screen and soften the illustration style?

We'd like to see revisions by the 20th if possible. Invoice for phase 1 is approved and with accounting.

Devin
Coastline Veterinary Group""")

M("other", "", "", "", "", "en", "hard", "card declined for design-tool subscription",
  frm="Framewise Billing <billing@framewise.design>", subj="Action needed: your payment was declined",
  date=t("2025-11-01 00:12", UTC),
  body="""Hi Adaeze,

Unfortunately, we were unable to process the payment for your Framewise Professional plan. Your card ending in 4417 was declined.

Please update your payment method within 7 days to avoid interruption to your files and shared libraries.

Update billing: https://framewise.design/settings/billing

The Framewise Team""")

M("other", "", "Tomasz", "", "", "en", "hard", "pull request closed on open-source design system",
  frm="Tomasz Wrona <notifications@github.com>", subj="Re: [opencanvas/tokens] Add high-contrast color ramp (PR #318)",
  date=t("2025-07-03 02:41", UTC), headers={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB31>",
                                            "Precedence": "list"},
  body="""Thanks for putting this together, @adaezenl. After discussing it in the maintainers' sync we've decided not to move forward with this approach; we'd rather generate contrast ramps from the existing tokens than add a parallel palette. Closing this PR, but please open an issue if you'd like to work on the generator.

--
Reply to this email directly, view it on GitHub:
https://github.com/opencanvas/tokens/pull/318#issuecomment-2119""")

M("other", "", "", "", "", "en", "hard", "conference talk proposal not accepted",
  frm="UX Cascade 2026 Program Committee <speakers@uxcascade.org>", subj="UX Cascade 2026: decision on your proposal",
  date=t("2026-02-26 15:00"),
  body="""Dear Adaeze,

Thank you for submitting "Designing for the Anxious Patient" to UX Cascade 2026. We received over 600 proposals this year.

We regret that we are unable to accept your talk for the program. Reviewer comments are below. We hope you will still join us in Seattle; speakers who submitted receive a 25% discount code: CASCADE25.

Reviewer 1: Strong topic, abstract needed a clearer takeaway.
Reviewer 2: Overlaps with an accepted keynote.

The UX Cascade Program Committee""")

M("other", "", "", "", "", "en", "easy", "marketing 'offer' for portfolio hosting",
  frm="Foliobox <deals@foliobox.io>", subj="Limited offer: 20% off Foliobox Pro - stand out to recruiters",
  date=t("2025-09-29 08:00", ET), headers=unsub("https://foliobox.io/unsubscribe?u=88"), kind="html", cte="base64",
  html=html_wrap("""<h2>Get interview-ready</h2><p>Your portfolio is your first interview. Upgrade to Foliobox Pro and get custom domains, password-protected case studies and analytics on which recruiters viewed your work.</p><p><b>Offer: 20% off annual plans</b> - ends Sunday.</p><p><a href="https://foliobox.io/pro">Claim my offer</a></p>"""))

M("other", "", "Tasha", "", "", "en", "hard", "rental application approved; reads like an offer",
  frm="Tasha Greene <leasing@thelarkballard.com>", subj="Congratulations - your application has been approved!",
  date=t("2026-04-28 14:33"),
  body="""Hi Adaeze,

Great news! Your rental application for Unit 412 at The Lark Ballard has been approved. We're excited to welcome you to the community.

Next steps: please sign your lease within 72 hours through the resident portal and submit your move-in deposit. Your move-in date is confirmed for June 1.

Tasha Greene
Leasing Manager, The Lark Ballard""")

M("other", "", "Chidinma", "", "", "en", "hard", "friend's personal mail about her own interview and rejection",
  frm="Chidinma Eze <chidi.eze@gmail.com>", subj="ugh + dinner sat?", date=t("2025-09-12 21:48"),
  body="""Adi!!

So I had my final interview at the bank yesterday and I'm pretty sure I bombed the case study, they basically said "we'll be in touch" in that voice. Also got rejected from the other one on Monday so it's been a week.

Anyway I need a distraction, are you free Saturday? That Ethiopian place on Cherry St? Also how did your airline interview go??

xx
Chidi""")

M("other", "", "Brad", "Senior UX/UI Designer", "", "en", "hard", "recruiter mass mailing mentioning quick call/interview",
  frm="Brad Kowalczyk <brad.k@apexstaffingsol.com>", subj="Urgent requirement: Senior UX/UI Designer - W2 - Remote",
  date=t("2025-03-20 06:14", ET),
  body="""Hi,

Hope you are doing well. Please find below the job description and let me know your interest.

Role: Senior UX/UI Designer
Location: Remote (PST hours)
Duration: 12+ months
Rate: DOE

Must have Figma, design systems and healthcare domain. Client interview will be 1 round over video. If interested, please share your updated resume, rate and availability for a quick call.

Thanks & Regards,
Brad Kowalczyk
Apex Staffing Solutions LLC
To unsubscribe reply with REMOVE""")

M("other", "", "", "", "", "en", "easy", "professional network notification naming an employer",
  frm="Linkwise <notifications@linkwise.com>", subj="A recruiter from Tallyhook viewed your profile",
  date=t("2025-02-12 12:00"), headers=unsub("https://linkwise.com/settings/notifications"),
  body="""Adaeze, you're getting noticed.

A Talent Acquisition professional at Tallyhook viewed your profile.
You appeared in 37 searches this week.

See who's viewed your profile: https://linkwise.com/me/profile-views

Linkwise Corporation, Sunnyvale CA""")

M("other", "", "", "", "", "en", "hard", "webinar about design interviews",
  frm="DesignLadder <events@designladder.co>", subj="Tomorrow: How to pass the app critique interview",
  date=t("2025-10-28 09:00", ET), headers=unsub("https://designladder.co/unsub"),
  body="""Hi Adaeze,

Reminder: your spot is saved for tomorrow's live workshop, "How to pass the app critique interview", at 12:00 pm ET.

We'll cover how hiring panels score critique rounds, mock interview clips, and why candidates get rejected after the portfolio review.

Join link: https://designladder.co/live/critique

See you there!
The DesignLadder team""")

M("other", "", "", "", "", "en", "hard", "loan application not approved (adverse action)",
  frm="Puget Plains Credit Union <notices@pugetplainscu.org>", subj="Regarding your loan application",
  date=t("2026-01-27 10:00"),
  body="""Dear Adaeze Nwosu-Lindgren,

Thank you for applying for a Small Business Line of Credit with Puget Plains Credit Union. After reviewing your application, we are unable to approve your request at this time.

Principal reason(s): length of time self-employed; insufficient business income history.

You have the right to a free copy of your credit report within 60 days. This notice is provided under the Equal Credit Opportunity Act.

Puget Plains Credit Union Lending""")

M("other", "", "Sunniva", "", "", "en", "hard", "friend forwards a job posting; mentions interviewing",
  frm="Sunniva Dahl <sunniva.dahl@outlook.com>", subj="Fwd: Senior Product Designer @ Cinderpath",
  date=t("2026-03-08 19:20"),
  body="""Saw this and immediately thought of you! I know their design lead, happy to refer you. They interview fast apparently.

S

---------- Forwarded message ---------
From: Cinderpath Careers <careers@cinderpath.com>
Date: Sun, Mar 8, 2026
Subject: Senior Product Designer @ Cinderpath

We're hiring a Product Designer (Platform) to help admins manage permissions at scale. Apply: https://cinderpath.com/careers/pd-platform""")

M("other", "", "", "", "", "en", "hard", "school waitlist letter: 'unable to offer a place'",
  frm="Greenlake Cooperative Preschool <admissions@greenlakecoop.org>", subj="2026-27 Enrollment Decision",
  date=t("2026-03-16 17:05"),
  body="""Dear Adaeze and Erik,

Thank you for your interest in Greenlake Cooperative Preschool. We received many more applications than available spots for the 2026-27 school year, and we are unable to offer a place in the Pre-K class at this time.

Your family has been placed on our waitlist (position 6). We'll contact you if a space opens.

Warmly,
Admissions Committee""")

M("other", "", "", "", "", "en", "easy", "freelance invoice overdue reminder",
  frm="Tidepay <reminders@tidepay.com>", subj="Reminder: invoice #0051 to Coastline Veterinary Group is 7 days overdue",
  date=t("2026-04-02 09:00"),
  body="""Hi Adaeze,

Invoice #0051 for $4,750.00 to Coastline Veterinary Group was due on March 26 and hasn't been paid yet.

Would you like us to send a reminder to your client? https://tidepay.com/i/0051/remind

Tidepay""")

M("other", "", "", "", "", "en", "hard", "appointment confirmation with a concrete time",
  frm="Wallingford Dental <appointments@wallingforddental.com>", subj="Your appointment is confirmed",
  date=t("2025-12-01 08:30"),
  body="""Hi Adaeze,

Your appointment is confirmed:

Thursday, December 4 at 2:30 PM
Dr. Lin - cleaning and exam
1550 N 45th St, Seattle

Reply C to confirm or R to reschedule. Please arrive 10 minutes early.""")

M("other", "", "", "", "", "fr", "hard", "French design newsletter with 'entretien' (interview) article",
  frm="La Lettre du Design <bonjour@lalettredudesign.fr>", subj="Entretien avec une directrice UX + offres de la semaine",
  date=t("2026-02-12 07:00", PAR), headers=unsub("https://lalettredudesign.fr/desinscription"), kind="html",
  html=html_wrap("""<h2>Entretien : « Le refus fait partie du métier »</h2><p>Cette semaine, nous avons rencontré une directrice UX parisienne qui revient sur vingt ans de carrière, les candidatures refusées et l'art de l'entretien de portfolio.</p>
<p>Également : les offres d'emploi de la semaine à Paris et Lyon, et notre sélection d'outils.</p><p>À jeudi prochain !</p>"""))

M("other", "", "Devin", "", "", "en", "hard", "freelance client accepts proposal; statement of work",
  frm="Devin Prakash <devin@coastlinevet.com>", subj="Phase 2 - we're in!", date=t("2026-05-04 10:12"),
  body="""Hi Adaeze,

Good news: the partners signed off on the phase 2 proposal. We'd love for you to take on the client portal and the appointment reminders redesign. Our ops manager will send the statement of work and the new PO this week.

Same rate as phase 1 works for us. Start whenever you're ready after the 15th.

Devin
Coastline Veterinary Group""")

M("other", "", "", "", "", "en", "hard", "mentorship program application not accepted",
  frm="Design Circle Mentorship <mentorship@designcircle.community>",
  subj="Your Design Circle mentor application", date=t("2025-01-21 18:40", ET),
  body="""Hi Adaeze,

Thank you for applying to become a mentor in the Spring 2025 cohort. We had far more mentor applications than mentee matches this round, so we won't be moving forward with your application this season.

We'd love for you to re-apply for the Fall cohort, which opens in July.

The Design Circle team""")

M("other", "", "", "", "", "en", "easy", "blog digest",
  frm="Medley Digest <noreply@medley.pub>", subj="Today's highlights: design systems, career advice, Figma tips",
  date=t("2025-11-18 05:00", ET), headers=unsub("https://medley.pub/unsub?d=1"),
  body="""Today's highlights for you

- Your design system is a product, treat it like one (8 min read)
- I interviewed 40 designers about burnout. Here's what they said (12 min read)
- Auto layout tricks nobody told you about (5 min read)

Read more on Medley.""")

M("other", "", "", "", "", "en", "easy", "order shipped notification",
  frm="Paperstack <orders@paperstack.com>", subj="Your order #PS-88217 has shipped",
  date=t("2026-08-14 13:10"),
  body="""Hi Adaeze,

Good news, your order is on its way!

1 x Dot grid sketchbook A4 (3-pack)
1 x Fineliner set, 12 colors

Track your package: https://paperstack.com/track/PS-88217
Estimated delivery: Tuesday, August 18""")

M("other", "", "", "", "", "en", "hard", "employer-review site digest about interviews and offers",
  frm="Worksight <digest@worksight.com>", subj="New interview reviews for Cascadia Pacific Airways and 3 more",
  date=t("2026-06-15 07:30", ET), headers=unsub("https://worksight.com/unsubscribe"),
  body="""Companies you follow have new reviews.

Cascadia Pacific Airways - "UX Designer interview: 3 rounds, whiteboard was fair. Got an offer after 4 weeks."
Octavia Systems - "Rejected after onsite with no feedback."
Tallyhook - "Hiring freeze announced mid-process."
Evergreen Mutual - "Friendly recruiter, slow decisions."

Read all reviews: https://worksight.com/following""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(SPECS)))
    random.Random(32).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        spec = SPECS[idx]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(n, spec["mail"]))
        rows.append([name, *spec["row"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(FIELDS)
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
