"""Generate the blind16 evaluation corpus (job-search mail of a UX researcher / product designer).

Stdlib only.  Writes tests/corpus/blind16/NNN.eml and tests/corpus/blind16/labels.csv.
Deterministic: running it twice produces identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind16"
ME = Address("Aaron Feldman", "aaron.feldman.work", "fastmail.com")

NY = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"
LA = "America/Los_Angeles"
LON = "Europe/London"
PAR = "Europe/Paris"
BER = "Europe/Berlin"
MAD = "Europe/Madrid"
AMS = "Europe/Amsterdam"
STO = "Europe/Stockholm"

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def t(stamp: str, tz: str) -> dt.datetime:
    """'2026-03-12 09:14' in zone tz -> aware datetime."""
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def iso(stamp: str, tz: str) -> str:
    return t(stamp, tz).isoformat()


def day(stamp: str) -> dt.date:
    return dt.date.fromisoformat(stamp[:10])


def en(stamp: str) -> str:
    """'Tuesday, April 14'"""
    d = day(stamp)
    return f"{EN_DAYS[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}"


def uk(stamp: str) -> str:
    """'Tuesday 14 April'"""
    d = day(stamp)
    return f"{EN_DAYS[d.weekday()]} {d.day} {EN_MON[d.month - 1]}"


def fr(stamp: str) -> str:
    d = day(stamp)
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MON[d.month - 1]}"


def de(stamp: str) -> str:
    d = day(stamp)
    return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]}"


def es(stamp: str) -> str:
    d = day(stamp)
    return f"{ES_DAYS[d.weekday()]} {d.day} de {ES_MON[d.month - 1]}"


def wd(stamp: str) -> str:
    return EN_DAYS[day(stamp).weekday()]


def mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:20]}.{h[20:28]}@{domain}>"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

ROWS: list[dict] = []


def m(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, *,
      frm: tuple[str, str], subj: str, date: dt.datetime, body: str | None = None,
      html: str | None = None, cte: str | None = None, hdrs: dict | None = None,
      pdf: str | None = None, ics: str | None = None, ics_attach: bool = False,
      reply: bool = False, ret: str = "", iat: str = "", to: Address | None = None) -> None:
    msg = EmailMessage()
    name, addr = frm
    user, dom = addr.split("@")
    msg["From"] = Address(name, user, dom) if name else addr
    msg["To"] = to or ME
    msg["Subject"] = subj
    msg["Date"] = date
    seed = f"{len(ROWS)}|{subj}|{addr}"
    msg["Message-ID"] = mid(seed, dom)
    if reply:
        parent = mid("parent" + seed, "fastmail.com")
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in (hdrs or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body, cte=cte or ("quoted-printable" if not body.isascii() else "7bit"))
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=cte or "quoted-printable")
    else:
        msg.set_content(html or "", subtype="html", cte=cte or "quoted-printable")
    if ics is not None:
        if ics_attach:
            msg.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": "REQUEST"})
        else:
            msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"},
                                cte="7bit")
    if pdf is not None:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=pdf)
    ROWS.append({"msg": msg, "label": label, "company": company, "contact_first_name": contact,
                 "role": role, "return_date": ret, "lang": lang, "difficulty": diff,
                 "notes": notes, "interview_at": iat})


def vevent(summary: str, start: dt.datetime, minutes: int, organizer: str, uid: str,
           location: str) -> str:
    s = start.astimezone(dt.UTC)
    e = s + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{(s - dt.timedelta(days=3)).strftime(f)}", f"DTSTART:{s.strftime(f)}",
        f"DTEND:{e.strftime(f)}", f"SUMMARY:{summary}", f"LOCATION:{location}",
        f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aaron.feldman.work@fastmail.com",
        "END:VEVENT", "END:VCALENDAR", ""])


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
GEN = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


# ---------------------------------------------------------------------------------------------
# rejection
# ---------------------------------------------------------------------------------------------
m("rejection", "Brightloom", "", "Senior UX Researcher", "en", "easy", "Greenhouse template; 'won't be progressing'",
  frm=("Brightloom Talent Team", "no-reply@us.greenhouse-mail.io"),
  subj="Update on your Brightloom application", date=t("2025-02-11 16:42", LA),
  body="""Hi Aaron,

Thanks for the time you put into applying for the Senior UX Researcher opening at Brightloom.

We've looked closely at your background against what this team needs right now, and we won't be progressing your application further. We know that's not the news you were hoping for.

Roles open on our side all the time, so please don't let this stop you from checking brightloom.com/careers again.

Warmly,
The Brightloom Talent Team
""")

m("rejection", "Pallas Robotics", "", "UX Researcher, Field Operations", "en", "easy", "Lever template; 'more closely matches'",
  frm=("Pallas Robotics", "no-reply@hire.lever.co"),
  subj="Your application to Pallas Robotics", date=t("2025-04-03 10:05", LA),
  body="""Hello Aaron,

Thank you for your interest in the UX Researcher, Field Operations position at Pallas Robotics and for the time you spent on the process.

We received a large number of applications, and after review we've decided to pursue other applicants whose experience more closely matches the needs of the role.

We wish you the best with your search.

Pallas Robotics Recruiting
""", hdrs=GEN)

m("rejection", "Halcyon Health", "", "UX Designer, Patient Experience", "en", "easy", "Workday HTML-only template; position filled",
  frm=("Halcyon Health Careers", "halcyonhealth@myworkday.com"),
  subj="Regarding your application for UX Designer, Patient Experience (R-20417)", date=t("2025-05-20 08:31", CHI),
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Aaron Feldman,</p>
<p>Thank you for applying to <b>UX Designer, Patient Experience (R-20417)</b> at Halcyon Health.</p>
<p>This position has now been filled. We appreciate the interest you showed in joining our digital care team and invite you to create job alerts so you hear about future openings.</p>
<p>Sincerely,<br>Talent Acquisition<br>Halcyon Health</p>
<p style="color:#888;font-size:11px">This email was sent from an unmonitored address. Please do not reply.</p>
</body></html>""", hdrs=GEN)

m("rejection", "Caddis Studio", "Dana", "Senior Product Designer", "en", "hard", "personal note after final round; 'didn't work out'; no stock phrases",
  frm=("Dana Whitcombe", "dana@caddis.studio"),
  subj="Re: Final round follow-up", date=t("2025-06-13 18:20", NY), reply=True,
  body="""Aaron,

I wanted to call but the week got away from me, so email it is. This one didn't work out. The panel loved the way you framed the onboarding case study, and honestly it was close, but we ended up going with someone who has spent the last few years deep in B2B admin tooling, which is most of what this hire will touch in the first six months.

I'd genuinely like to stay in touch. If you want a half hour to go through the panel's notes, grab time with me whenever.

— Dana

> On Jun 9, 2025, at 9:12 AM, Aaron Feldman <aaron.feldman.work@fastmail.com> wrote:
> Thanks again for Friday, it was great meeting the team.
""")

m("rejection", "Cobaltline", "Priya", "Product Designer, Payments", "en", "hard", "agency recruiter forwards client's decision; company only in forwarded part",
  frm=("Priya Raman", "priya.raman@tandemtalent.co"),
  subj="Fwd: Feedback - Aaron F. / Product Designer", date=t("2025-08-07 11:47", NY),
  body="""Hi Aaron,

Passing on the note below from the client. Sorry, I know you were excited about this one. Let me know if you want to jump on a call — I have two other fintech briefs this week that could suit you better.

Priya Raman
Senior Consultant, Design & Product | Tandem Talent
+1 646 555 0193

---------- Forwarded message ---------
From: Mark Ostrowski <m.ostrowski@cobaltline.com>
Date: Wed, Aug 6, 2025 at 5:58 PM
Subject: Feedback - Aaron F. / Product Designer
To: Priya Raman <priya.raman@tandemtalent.co>

Priya - thanks for sending Aaron through. Strong craft, good conversation with the team, but we're looking for more hands-on experience with payments compliance flows. We'll pass on this one. Keep them coming.

Mark
Cobaltline | Design Director
""")

m("rejection", "Tessellate", "Jonah", "Product Designer, Growth", "en", "hard", "rejection on top of quoted interview invitation",
  frm=("Jonah Adeyemi", "jonah@tessellate.app"),
  subj="Re: Tessellate - Product Designer, Growth - interview", date=t("2025-03-26 14:03", LA), reply=True,
  body="""Hi Aaron,

Thank you for making time for the conversations last week. I've talked it through with the hiring panel and we've decided not to move ahead with your candidacy for the Growth role. The team felt they needed someone with more experimentation work at scale.

I appreciate your patience with our slow turnaround.

Best,
Jonah Adeyemi
Recruiting Lead, Tessellate

On Mon, Mar 10, 2025 at 9:30 AM Jonah Adeyemi <jonah@tessellate.app> wrote:
> Hi Aaron! Great news - the team would like to invite you to interview for the
> Product Designer, Growth role. The loop is four 45-minute sessions over Zoom:
> portfolio walkthrough, product sense, collaboration, and a chat with our VP.
> Please share your availability for next week.
""")

m("rejection", "Orrery Labs", "Sunita", "Design Researcher", "en", "hard", "rejection plus introduction to another company",
  frm=("Sunita Vale", "sunita.vale@orrerylabs.com"),
  subj="Design Researcher role + an introduction", date=t("2025-09-17 13:15", CHI),
  body="""Hi Aaron,

I'll get the hard part out of the way: we've chosen another candidate for the Design Researcher position. It came down to two people and the other finalist has worked in clinical settings, which tipped it.

I don't want this to be the end of it though. My friend Ruth Kaplan runs research at Lanternfish Health and is hiring a mixed-methods researcher next month. If you're open to it, I'll make an email intro this week.

All the best,
Sunita

Sunita Vale | Director of Research
Orrery Labs | Chicago
""")

m("rejection", "Office for Civic Records", "", "User Researcher", "en", "easy", "UK civil service sift result",
  frm=("Civil Service Jobs", "noreply@csjobs-notify.service.gov.uk"),
  subj="Civil Service Jobs - application outcome - 1182230", date=t("2025-01-28 09:02", LON),
  body="""Dear Aaron Feldman,

Vacancy: 1182230 - User Researcher (Grade 7)
Department: Office for Civic Records

Thank you for your application. Unfortunately, you have not been successful at the sift stage on this occasion.

Sift feedback: Your behaviour statement for 'Working Together' scored 4. The pass mark for this campaign was 5.

You can view this and other messages by signing in to your Civil Service Jobs account.

Please do not reply to this email.
""", hdrs=GEN)

m("rejection", "Atelier Lumen", "Camille", "UX Designer confirmé (H/F)", "fr", "easy", "French",
  frm=("Camille Bertrand", "c.bertrand@atelier-lumen.fr"),
  subj="Votre candidature – UX Designer confirmé (H/F)", date=t("2025-07-02 17:36", PAR),
  body="""Bonjour Aaron,

Merci pour l'intérêt que vous portez à Atelier Lumen et pour le temps consacré à nos échanges.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de UX Designer confirmé. Nous avons retenu un profil dont l'expérience en design de services publics correspond davantage au projet en cours.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Camille Bertrand
Responsable recrutement – Atelier Lumen
""")

m("rejection", "Rheinwelle Digital GmbH", "", "Senior UX Researcher (m/w/d)", "de", "easy", "German; Personio template",
  frm=("Rheinwelle Digital GmbH", "jobs@rheinwelle-digital.jobs.personio.de"),
  subj="Ihre Bewerbung als Senior UX Researcher (m/w/d)", date=t("2025-10-14 15:22", BER),
  body="""Hallo Aaron,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Rheinwelle Digital.

Wir haben uns alle Unterlagen sorgfältig angesehen und uns für andere Kandidat:innen entschieden, deren Profil besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Viele Grüße
Ihr People-Team der Rheinwelle Digital GmbH
""", hdrs=GEN)

m("rejection", "Estudio Marea", "Lucía", "Diseñador/a de Producto Senior", "es", "easy", "Spanish",
  frm=("Lucía Ferrer", "lucia@estudiomarea.es"),
  subj="Proceso de selección – Diseñador/a de Producto Senior", date=t("2026-02-18 12:40", MAD),
  body="""Hola Aaron:

Gracias por participar en el proceso y por las conversaciones con el equipo.

Te escribo para contarte que hemos decidido seguir adelante con otros perfiles para la posición de Diseñador/a de Producto Senior. Valoramos mucho tu portfolio, pero buscamos a alguien con más experiencia liderando equipos en remoto.

Te deseamos mucha suerte en esta etapa.

Un abrazo,
Lucía Ferrer
Estudio Marea · Madrid
""")

m("rejection", "Northgate Bank", "", "Product Designer, Digital Banking", "en", "easy", "iCIMS; position filled",
  frm=("Northgate Bank Talent Acquisition", "careers-northgatebank@icims.com"),
  subj="Northgate Bank - Product Designer, Digital Banking", date=t("2025-11-04 10:12", NY),
  body="""Dear Aaron,

We are writing to let you know that the Product Designer, Digital Banking position (Req #2025-8812) has been filled.

We appreciate your interest in Northgate Bank and encourage you to review our career site for other roles that match your skills.

Regards,
Northgate Bank Talent Acquisition
""", hdrs=GEN)

m("rejection", "Stackwise", "", "Product Designer", "en", "hard", "two-line reply; no signature, company only in subject",
  frm=("", "jp@stackwise.io"),
  subj="Re: Stackwise portfolio review", date=t("2026-01-09 19:51", DEN), reply=True,
  body="""Hey Aaron - we're going with another candidate for this one. Thanks for the time you put into the portfolio review.
""")

m("rejection", "Veldt Insurance", "", "Service Designer", "en", "easy", "SmartRecruiters; 'not the right match at this time'",
  frm=("Veldt Insurance", "noreply@smartrecruiters.com"),
  subj="Your application for Service Designer", date=t("2026-01-22 08:55", CHI),
  body="""Hi Aaron,

Thank you for applying for the Service Designer position at Veldt Insurance. After reviewing your application, we've concluded that it's not the right match at this time.

We'll keep your profile in our talent community, and you may hear from us if a suitable role opens.

Kind regards,
Veldt Insurance Talent Team
""")

m("rejection", "Wrenfield Clinics", "", "UX Designer, Patient Portal", "en", "easy", "Jobvite; resume kept on file",
  frm=("Wrenfield Clinics Recruiting", "notification@jobvite.com"),
  subj="Wrenfield Clinics: UX Designer, Patient Portal", date=t("2026-03-05 14:30", DEN),
  body="""Dear Aaron,

Thank you for your interest in the UX Designer, Patient Portal role. After careful review we will not be moving your candidacy forward for this position.

We will retain your resume, and if a future opening lines up with your experience a member of our team may reach out.

Wrenfield Clinics Human Resources
""")

m("rejection", "Quillon", "Maren", "Staff Product Designer", "en", "hard", "after take-home and onsite; 'went a different direction'",
  frm=("Maren Holt", "maren.holt@quillon.com"),
  subj="Quillon - Staff Product Designer", date=t("2026-04-16 16:08", LA),
  body="""Hi Aaron,

Thanks again for the effort on the take-home and for spending a full afternoon with us onsite. I know it's a lot to ask.

After the debrief, the team went a different direction for this role. A couple of interviewers wanted to see more systems-level thinking in the exercise, and that ended up outweighing the strong feedback on your research chops.

If it's useful, I'm happy to share more detailed feedback on a call.

Best,
Maren Holt
Recruiting, Quillon
""", hdrs={"X-Mailer": "Ashby"})

m("rejection", "Lindqvist & Berg", "", "UX Lead", "en", "easy", "Teamtailor template",
  frm=("Lindqvist & Berg", "no-reply@teamtailor.com"),
  subj="About your application for UX Lead", date=t("2025-05-08 10:44", STO),
  body="""Hi Aaron,

Thank you for applying for the role of UX Lead at Lindqvist & Berg. We have chosen to continue with candidates whose profiles are closer to what we need for this position.

We hope to see you apply again.

Best regards,
Lindqvist & Berg
""")

m("rejection", "Oakum Studio", "Theo", "Interaction Designer", "en", "hard", "'offered the position to another candidate'",
  frm=("Theo Marchetti", "theo@oakumstudio.com"),
  subj="Interaction Designer at Oakum", date=t("2025-07-24 12:02", LON),
  body="""Hi Aaron,

A quick update before the weekend: we've offered the Interaction Designer position to another candidate and they've accepted. You were a very strong contender and I'm sorry we couldn't take two people.

Cheers,
Theo
Studio Manager · Oakum Studio · London E8
""", hdrs={"X-Mailer": "Workable"})

m("rejection", "Eastmoor University", "", "UX Researcher, University Libraries", "en", "hard", "formal letter; 'not selected for an interview'",
  frm=("Eastmoor University Human Resources", "hr-noreply@eastmoor.edu"),
  subj="Position #S02471 - UX Researcher, University Libraries", date=t("2025-10-01 15:00", NY),
  body="""Dear Applicant,

Thank you for your interest in Position #S02471, UX Researcher, University Libraries.

The search committee has completed its review of applications. We regret that you were not selected for an interview. The committee received more than ninety applications, many from highly qualified candidates.

We appreciate your interest in employment at Eastmoor University.

Office of Human Resources
Eastmoor University
""", hdrs=GEN)

m("rejection", "Quayline Bank", "", "Senior User Researcher", "en", "easy", "UK bank Workday; 'won't be taking your application further'",
  frm=("Quayline Bank Careers", "quayline@myworkday.com"),
  subj="Your Quayline Bank application", date=t("2026-05-12 11:30", LON),
  body="""Dear Aaron,

Thank you for your application for Senior User Researcher.

We've carefully considered your experience against the requirements of the role, and we're sorry to say we won't be taking your application further on this occasion.

Kind regards,
Quayline Bank Resourcing
""", hdrs=GEN)

m("rejection", "Kitewing", "Rosa", "Senior Product Designer, Mobile", "en", "hard", "'great fit for the company, not for this role'; mentions upcoming role",
  frm=("Rosa Delgado", "rosa.delgado@kitewing.com"),
  subj="Following up", date=t("2026-06-02 09:40", LA),
  body="""Hi Aaron,

Thank you for chatting with Kwame and me. We both came away thinking you'd be a great addition to Kitewing, just not in the Senior Product Designer, Mobile seat: the role leans heavily on native iOS patterns and the team wants someone who has shipped that before.

We're opening a Design Ops position later this summer that maps much better to what you told us about. I'll reach out as soon as it's posted if you're still looking.

Rosa
Kitewing Talent
""")

m("rejection", "Greater Ashford Regional Health", "", "UX Designer II", "en", "hard", "acronym sender domain; status-change template",
  frm=("GARH Careers", "careers@garh.taleo.net"),
  subj="Status change: Requisition 2600314", date=t("2026-07-21 07:15", NY),
  body="""Dear Aaron Feldman,

The status of your application for requisition 2600314 - UX Designer II has changed.

New status: Not selected

We thank you for considering Greater Ashford Regional Health as an employer. Please log in to your candidate profile to apply for other openings.

GARH Talent Acquisition
""", hdrs=GEN)

m("rejection", "Sprig & Loom", "", "Product Designer, E-commerce", "en", "hard", "parent-company sender domain; brand only in body",
  frm=("Careers at Lattice Holdings", "careers@latticeholdings.com"),
  subj="Product Designer, E-commerce - application update", date=t("2026-08-11 13:26", NY),
  body="""Hi Aaron,

Thanks for your interest in the Product Designer, E-commerce role with Sprig & Loom, part of the Lattice Holdings family of brands.

We're not moving forward with your application. The hiring team has identified candidates with more direct experience in apparel retail.

Best wishes,
Lattice Holdings Talent
""")

m("rejection", "Marlowe & Pike", "Harriet", "UX Lead", "en", "hard", "reply to his thank-you note; quoted part mentions interview",
  frm=("Harriet Sloane", "harriet.sloane@marlowepike.co.uk"),
  subj="RE: Thank you - UX Lead interview", date=t("2025-11-20 10:18", LON), reply=True,
  body="""Hi Aaron,

Thanks so much for the kind note. I wish I had better news to go with my reply: we've made an appointment to the UX Lead role, and it isn't you this time. Please don't read too much into it; it was a very tight call.

Best,
Harriet

Harriet Sloane
Head of Experience Design
Marlowe & Pike
18 Clerkenwell Road, London

-----Original Message-----
From: Aaron Feldman <aaron.feldman.work@fastmail.com>
Sent: 17 November 2025 08:40
To: Harriet Sloane <harriet.sloane@marlowepike.co.uk>
Subject: Thank you - UX Lead interview

Hi Harriet, thank you for the interview on Friday. I really enjoyed the discussion about research ops and would love to continue the conversation.
""")

m("rejection", "Fjordway", "", "Product Designer", "en", "hard", "HTML-only base64; Recruitee",
  frm=("Fjordway", "fjordway@recruitee.com"),
  subj="Fjordway | Product Designer", date=t("2026-09-09 16:50", AMS), cte="base64",
  html="""<html><body><div style="max-width:560px;font-family:Helvetica,sans-serif">
<h3>Hi Aaron,</h3>
<p>Thanks for applying to the Product Designer position at Fjordway and for your patience while we reviewed everything.</p>
<p>We've reached a decision, and unfortunately it's not the outcome you were hoping for. We won't be inviting you to the next stage.</p>
<p>We'd love for you to keep an eye on our careers page.</p>
<p>Groetjes,<br>Team Fjordway</p>
<p style="font-size:11px;color:#999">Sent with Recruitee</p></div></body></html>""")

m("rejection", "City of Haverford", "", "Digital Service Designer", "en", "hard", "civil-service eligibility notice; no usual rejection words",
  frm=("City of Haverford - Human Resources", "noreply@governmentjobs-mail.com"),
  subj="Notice of Eligibility - Digital Service Designer", date=t("2026-10-06 09:00", NY),
  body="""Dear Aaron Feldman,

Your application for the position listed below has been reviewed.

Position: Digital Service Designer
Recruitment #: 26-0471-DS
Department: Office of Digital Services, City of Haverford

Result: Ineligible - does not meet the minimum qualification of a current Haverford residency or two years of municipal service experience.

If you disagree with this determination, you may request a review in writing within ten (10) business days of the date of this notice.

City of Haverford Human Resources
""")

# ---------------------------------------------------------------------------------------------
# on_hold
# ---------------------------------------------------------------------------------------------
m("on_hold", "Pallas Robotics", "Evan", "Senior Product Designer, Fleet Tools", "en", "easy", "search paused during reorg",
  frm=("Evan Brooks", "evan.brooks@pallasrobotics.com"),
  subj="Pausing the Fleet Tools design search", date=t("2025-10-08 11:22", LA),
  body="""Hi Aaron,

I owe you a straight update. Our product org is being reorganized over the next few weeks, and leadership has asked us to pause this search until the new structure is settled. That means we won't schedule the final round for the Senior Product Designer, Fleet Tools role for now.

This has nothing to do with how you've done so far. The team enjoyed both conversations.

I'll let you know as soon as I hear whether the role comes back in its current form.

Evan Brooks
Technical Recruiter, Pallas Robotics
""")

m("on_hold", "Halcyon Health", "", "Senior UX Researcher, Digital Front Door", "en", "hard", "requisition cancelled; ATS wording reads like rejection",
  frm=("Halcyon Health Careers", "halcyonhealth@myworkday.com"),
  subj="Update: Senior UX Researcher, Digital Front Door (R-21102)", date=t("2026-01-13 08:04", CHI),
  body="""Dear Aaron Feldman,

Thank you for your interest in Senior UX Researcher, Digital Front Door (R-21102).

Please be advised that this requisition has been cancelled and will not be filled at this time. As a result, your application will no longer be considered for this position.

We encourage you to continue exploring opportunities with Halcyon Health.

Talent Acquisition
Halcyon Health
""", hdrs=GEN)

m("on_hold", "Northgate Bank", "Alicia", "Lead UX Researcher", "en", "easy", "hiring freeze",
  frm=("Alicia Moreno", "alicia.moreno@northgatebank.com"),
  subj="Lead UX Researcher - hiring freeze", date=t("2026-02-27 15:45", NY),
  body="""Hello Aaron,

I'm sorry to be the bearer of this news. As of this morning, Northgate Bank has put a firm-wide hiring freeze in place for all non-critical positions through at least the end of the second quarter, and the Lead UX Researcher role is included.

You were one of two finalists, and the hiring manager asked me to tell you that directly. If the freeze lifts and the role is reapproved, you'll be the first call I make.

Kind regards,

Alicia Moreno
Senior Talent Partner | Northgate Bank
""")

m("on_hold", "Kitewing", "Rosa", "Design Ops Manager", "en", "hard", "'role is no longer open' because headcount moved",
  frm=("Rosa Delgado", "rosa.delgado@kitewing.com"),
  subj="Re: Design Ops role", date=t("2026-08-19 14:12", LA), reply=True,
  body="""Hi Aaron,

Annoying update on the Design Ops Manager position: the role is no longer open. Finance moved the headcount into the platform team last week, so there's nothing to interview for right now. It may resurface in the new fiscal year, and I've kept your details against it.

Sorry to drag you along on this one.

Rosa

> Hi Rosa, just checking in on the Design Ops posting you mentioned in June...
""")

m("on_hold", "Eastmoor University", "Gwen", "Research Associate, Learning Technology UX", "en", "easy", "grant funding not renewed",
  frm=("Gwen Abernathy", "gabernathy@eastmoor.edu"),
  subj="Research Associate search - status", date=t("2026-04-29 16:30", NY),
  body="""Dear Aaron,

I'm writing on behalf of the search committee for the Research Associate, Learning Technology UX position. We learned this week that the grant supporting the position was not renewed for the coming year. The search is therefore suspended until alternative funding is identified.

We are grateful for your interest and the thoughtful materials you submitted.

Sincerely,
Gwen Abernathy, PhD
Chair, Search Committee
Center for Teaching Innovation, Eastmoor University
""")

m("on_hold", "Zentrasoft GmbH", "Katrin", "UX Designer (m/w/d)", "de", "easy", "German; position not being filled for now",
  frm=("Katrin Vogel", "katrin.vogel@zentrasoft.de"),
  subj="Ihre Bewerbung als UX Designer (m/w/d) – aktueller Stand", date=t("2025-09-03 10:15", BER),
  body="""Hallo Herr Feldman,

vielen Dank für Ihre Geduld. Leider haben sich die Rahmenbedingungen bei uns kurzfristig geändert: Aufgrund einer Budgetanpassung werden wir die Stelle als UX Designer (m/w/d) vorerst nicht besetzen. Das Auswahlverfahren ruht deshalb bis auf Weiteres.

Mit Ihrer Qualifikation hat das nichts zu tun. Sobald wir wissen, wie es weitergeht, melden wir uns gern wieder bei Ihnen.

Beste Grüße
Katrin Vogel
People & Culture
Zentrasoft GmbH · München
""")

m("on_hold", "Kelsall Borough Council", "", "User Researcher", "en", "easy", "UK council; recruitment suspended",
  frm=("Kelsall Borough Council Recruitment", "recruitment@kelsall.gov.uk"),
  subj="User Researcher (KBC-0925) - recruitment suspended", date=t("2025-12-09 12:00", LON),
  body="""Dear Aaron,

Thank you for applying for the post of User Researcher (KBC-0925).

Following the Council's mid-year budget review, recruitment to this post has been suspended. No further shortlisting or interviews will take place for this vacancy at present. If the post is re-advertised we will let all applicants know.

Yours sincerely,

Recruitment Team
Kelsall Borough Council
""")

m("on_hold", "Cobaltline", "Priya", "Senior Product Designer", "en", "hard", "agency recruiter; client paused hiring after funding round slipped",
  frm=("Priya Raman", "priya.raman@tandemtalent.co"),
  subj="Cobaltline update", date=t("2026-03-18 17:02", NY),
  body="""Hi Aaron,

Quick one. Cobaltline have told me they're putting all product hiring on ice until their Series C closes, which has slipped to the summer. The Senior Product Designer brief is effectively frozen, so your second-stage conversation won't go ahead next week.

They were keen on you, for what it's worth. I'll chase them in June.

Priya
Tandem Talent
""")

m("on_hold", "Brightloom", "Noor", "Product Designer, Insights", "en", "hard", "pause until Q3 with 'keep in touch' wording",
  frm=("Noor Haddad", "noor.haddad@brightloom.com"),
  subj="Product Designer, Insights", date=t("2026-05-27 10:35", LA),
  body="""Hi Aaron,

Thanks for your patience over the last couple of weeks. We're putting the Product Designer, Insights search on pause until Q3 while the team finalizes its roadmap, so I can't move you to the panel stage yet.

Let's keep in touch. I'll reach back out when the search reopens, and I'd love to pick up where we left off.

Best,
Noor Haddad
Design Recruiting | Brightloom
""")

m("on_hold", "Grupo Alcaraz", "Marta", "Investigador/a UX", "es", "hard", "Spanish; process paused",
  frm=("Marta Iglesias", "marta.iglesias@grupoalcaraz.com"),
  subj="Actualización: proceso Investigador/a UX", date=t("2026-06-24 13:10", MAD),
  body="""Hola Aaron,

Quería contarte en qué punto estamos. Por una reorganización interna del área digital, hemos puesto en pausa el proceso de Investigador/a UX. De momento no vamos a programar nuevas entrevistas.

No tiene nada que ver con tu candidatura; en cuanto se reactive, te escribo.

Saludos,
Marta Iglesias
Talento – Grupo Alcaraz
""")

# ---------------------------------------------------------------------------------------------
# interview
# ---------------------------------------------------------------------------------------------
m("interview", "Brightloom", "Noor", "Product Designer, Insights", "en", "easy", "GoodTime self-scheduling link",
  frm=("Noor Haddad via GoodTime", "scheduling@goodtime.io"),
  subj="Schedule your interviews with Brightloom", date=t("2026-05-06 09:12", LA),
  body="""Hi Aaron,

The Brightloom team would like to move you forward to a video interview for the Product Designer, Insights role.

Please choose a time that works for you using the link below. The session is 45 minutes with Priscilla Tan, Design Manager.

https://app.goodtime.io/schedule/brightloom/7Xk2pQ

If none of the times work, reply to this email and we'll find another option.

Noor Haddad
Design Recruiting | Brightloom
""")

_s = t("2025-03-14 11:00", LA)
m("interview", "Tessellate", "Jonah", "Product Designer, Growth", "en", "easy", "calendar invite with text/calendar part",
  frm=("Jonah Adeyemi", "jonah@tessellate.app"),
  subj="Invitation: Portfolio walkthrough - Aaron Feldman @ Fri Mar 14, 2025 11am - 11:45am (PDT)",
  date=t("2025-03-11 15:20", LA), iat=_s.isoformat(),
  body=f"""Portfolio walkthrough - Aaron Feldman
{en('2025-03-14')}, 2025 11:00am - 11:45am (Pacific Time - Los Angeles)
Joining info: meet.google.com/tqz-ramx-kfo

Organizer: jonah@tessellate.app
Guests: aaron.feldman.work@fastmail.com, mina@tessellate.app

Reply for aaron.feldman.work@fastmail.com: Yes / No / Maybe
""", ics=vevent("Portfolio walkthrough - Aaron Feldman", _s, 45, "jonah@tessellate.app",
                  "7f3a9@tessellate.app", "Google Meet"))

_s = t("2025-06-03 14:00", NY)
m("interview", "Caddis Studio", "Dana", "Senior Product Designer", "en", "hard", "'quick chat' already on calendar; relative day; no word interview",
  frm=("Dana Whitcombe", "dana@caddis.studio"),
  subj="quick chat?", date=t("2025-05-29 16:40", NY), iat=_s.isoformat(),
  body="""Hi Aaron,

Loved your case study on the pharmacy refill flow. I'd like to hear more about how you ran those diary studies. I've put next Tuesday at 2pm ET on your calendar for a quick chat, 30 min, just me. Zoom link's in the invite.

— Dana
Caddis Studio
""")

m("interview", "Caddis Studio", "Dana", "Senior Product Designer", "en", "easy", "Calendly link for final round",
  frm=("Dana Whitcombe", "dana@caddis.studio"),
  subj="Final round - pick a time", date=t("2025-06-04 10:05", NY),
  body="""Hi Aaron,

Great talking yesterday. Next step is our final round: a 90-minute session with me, our creative director and two designers where you present one project and we do a short whiteboarding exercise together.

Grab any slot here that suits you: https://calendly.com/caddis-studio/final-round

Dana
""")

_s = t("2025-08-19 09:30", CHI)
m("interview", "Halcyon Health", "Beth", "Senior UX Designer, Clinical Apps", "en", "easy", "onsite panel itinerary with definite start",
  frm=("Beth Sorensen", "beth.sorensen@halcyonhealth.org"),
  subj="Your onsite interview on Tuesday, August 19", date=t("2025-08-12 13:50", CHI), iat=_s.isoformat(),
  body=f"""Hi Aaron,

We're looking forward to having you onsite for the Senior UX Designer, Clinical Apps panel interview on {en('2025-08-19')}. Here's the plan (all times Central):

9:30 - 9:45   Welcome and badge pickup, Lobby B, 2200 Lakeview Ave
9:45 - 10:30  Portfolio presentation to the panel
10:30 - 11:15 Clinical workflow exercise with two nurse informaticists
11:15 - 11:45 Conversation with Dr. Patel, CMIO
11:45 - 12:15 Wrap-up with me

Parking is validated in the Lakeview garage. Please bring a photo ID.

Beth Sorensen
Talent Acquisition Partner, Halcyon Health
""")

m("interview", "Kitewing", "Rosa", "Senior Product Designer, Mobile", "en", "hard", "reschedule; 'unfortunately' at start",
  frm=("Rosa Delgado", "rosa.delgado@kitewing.com"),
  subj="Moving our call", date=t("2026-05-19 08:14", LA), iat=t("2026-05-22 11:00", LA).isoformat(),
  body=f"""Hi Aaron,

Unfortunately Kwame has been pulled into an offsite on Thursday, so we need to move your conversation with him. Would {en('2026-05-22')} at 11:00 am PT work instead? I've gone ahead and sent an updated invite for that time; just accept if it's fine, otherwise let me know.

Thanks for being flexible!
Rosa
""")

m("interview", "Orrery Labs", "Sunita", "Design Researcher", "en", "easy", "take-home plus review session; slots offered",
  frm=("Sunita Vale", "sunita.vale@orrerylabs.com"),
  subj="Next stage: research exercise + review", date=t("2025-08-25 10:00", CHI),
  body="""Hi Aaron,

Thanks for a great first conversation. The next stage has two parts:

1. A short research planning exercise (attached brief, about 3 hours of work). Please send it back within a week.
2. A 60-minute review session where you walk two of us through your plan and we dig into trade-offs.

For the review session, any of these work on our side (Central time):
- Wed Sep 3, 1:00 pm
- Thu Sep 4, 10:00 am
- Fri Sep 5, 3:00 pm

Sunita
""", pdf="Orrery_research_exercise.pdf")

m("interview", "Pallas Robotics", "", "Senior Product Designer, Fleet Tools", "en", "easy", "ModernLoop self-scheduling",
  frm=("Pallas Robotics Recruiting", "scheduling@modernloop.io"),
  subj="Action needed: share your availability for Pallas Robotics", date=t("2025-09-15 12:30", LA),
  body="""Hi Aaron,

You've been invited to interview for Senior Product Designer, Fleet Tools at Pallas Robotics.

Please share your availability for a 60-minute video interview with the hiring manager in the next 7 business days:

https://app.modernloop.io/candidate/availability/pallas/5c1e90

Pallas Robotics Recruiting
""", hdrs=GEN)

_s = t("2026-03-11 10:00", LON)
m("interview", "Department for Rural Connectivity", "", "Senior User Researcher", "en", "easy", "UK civil service invite with definite time",
  frm=("Civil Service Jobs", "noreply@csjobs-notify.service.gov.uk"),
  subj="Civil Service Jobs - invitation to interview - 1240918", date=t("2026-02-26 14:10", LON), iat=_s.isoformat(),
  body=f"""Dear Aaron Feldman,

Vacancy: 1240918 - Senior User Researcher
Department: Department for Rural Connectivity

Congratulations, you have been successful at sift and we'd like to invite you to interview.

Date: {uk('2026-03-11')} 2026
Time: 10:00 (UK time)
Format: video interview on Microsoft Teams, approximately 60 minutes
Assessment: behaviour and technical questions, plus a 10-minute presentation on the topic sent below.

Presentation topic: 'How would you help a policy team use research evidence in the first month of a new service?'

Please confirm your attendance by signing in to your account.

Please do not reply to this email.
""", hdrs=GEN)

_s = t("2025-06-05 14:00", PAR)
m("interview", "Atelier Lumen", "Camille", "UX Designer confirmé (H/F)", "fr", "easy", "French; definite time Paris",
  frm=("Camille Bertrand", "c.bertrand@atelier-lumen.fr"),
  subj="Entretien – UX Designer confirmé", date=t("2025-05-30 11:25", PAR), iat=_s.isoformat(),
  body=f"""Bonjour Aaron,

Votre profil a retenu toute notre attention et nous aimerions échanger avec vous pour le poste de UX Designer confirmé.

Je vous propose un entretien en visio le {fr('2025-06-05')} à 14h (heure de Paris), avec Hugo, notre directeur de la conception, et moi-même. Le lien Teams vous arrivera séparément.

Merci de me confirmer que ce créneau vous convient.

Bien à vous,
Camille Bertrand
Atelier Lumen
""")

m("interview", "Rheinwelle Digital GmbH", "Jana", "Senior UX Researcher (m/w/d)", "de", "easy", "German; pick a slot",
  frm=("Jana Köhler", "jana.koehler@rheinwelle-digital.de"),
  subj="Einladung zum Kennenlernen – Senior UX Researcher (m/w/d)", date=t("2025-09-22 09:48", BER),
  body="""Hallo Aaron,

danke für Ihre Bewerbung! Wir würden Sie gern in einem ersten Gespräch (ca. 45 Minuten, per Google Meet) kennenlernen.

Bitte wählen Sie über diesen Link einen passenden Termin aus:
https://rheinwelle-digital.jobs.personio.de/interview/booking/88213

Falls kein Termin passt, antworten Sie einfach auf diese Mail.

Viele Grüße
Jana Köhler
Talent Acquisition, Rheinwelle Digital GmbH
""")

_s = t("2026-02-03 10:00", MAD)
m("interview", "Estudio Marea", "Lucía", "Diseñador/a de Producto Senior", "es", "hard", "Spanish; relative day 'el martes'",
  frm=("Lucía Ferrer", "lucia@estudiomarea.es"),
  subj="Entrevista con el equipo de producto", date=t("2026-01-29 18:05", MAD), iat=_s.isoformat(),
  body="""Hola Aaron:

Nos ha gustado mucho tu portfolio. ¿Te va bien hacer la entrevista con el equipo de producto el martes a las 10:00 (hora de Madrid)? Te he enviado la convocatoria por Google Meet para esa hora; durará alrededor de una hora.

Un saludo,
Lucía
Estudio Marea
""")

_s = t("2025-07-17 10:30", NY)
m("interview", "Cobaltline", "Priya", "Product Designer, Payments", "en", "hard", "agency recruiter; 'tomorrow at 10:30 ET'",
  frm=("Priya Raman", "priya.raman@tandemtalent.co"),
  subj="Cobaltline want to meet you!", date=t("2025-07-16 16:22", NY), iat=_s.isoformat(),
  body="""Hi Aaron,

Good news, Cobaltline's design director Mark loved your profile and wants to meet. He's confirmed tomorrow at 10:30 ET for a 45 minute video call; invite to follow from their coordinator.

Have a look at their checkout flow before the call, he'll probably ask what you'd change.

Priya Raman
Senior Consultant | Tandem Talent
""")

_s = t("2025-06-09 13:00", CHI)
m("interview", "Harbourside Markets", "", "UX Designer, Digital Storefront", "en", "easy", "Paradox chatbot confirmation",
  frm=("Olivia at Harbourside Markets", "olivia@paradox.ai"),
  subj="Interview confirmed: Harbourside Markets", date=t("2025-06-04 20:11", CHI), iat=_s.isoformat(),
  body=f"""Hi Aaron! Your interview is confirmed.

Position: UX Designer, Digital Storefront
When: {en('2025-06-09')[:3]}, Jun 9 at 1:00 PM CDT
Where: Video call (link below)
With: Tamara Jensen, Digital Product Manager

Join: https://harbourside.paradox.ai/v/xk29

Need to reschedule? Just reply RESCHEDULE.

- Olivia, Harbourside Markets recruiting assistant
""", hdrs=GEN)

_s = t("2025-12-15 15:00", DEN)
m("interview", "Stackwise", "JP", "Product Designer", "en", "hard", "reply thread; quoted text contains rejection-ish wording",
  frm=("JP Lindell", "jp@stackwise.io"),
  subj="Re: Product Designer application", date=t("2025-12-11 12:20", DEN), reply=True, iat=_s.isoformat(),
  body="""Hey Aaron,

Not at all a long shot. Let's talk Monday at 3pm Mountain. I'll send a Zoom link. Bring one project you're proud of and one you'd redo.

JP
Head of Product, Stackwise

On Wed, Dec 10, 2025 at 8:02 PM Aaron Feldman <aaron.feldman.work@fastmail.com> wrote:
> Hi JP, I applied to the Product Designer role through BambooHR last week. I know my
> background is more research-heavy than your posting asks for, and I completely
> understand if it's not a fit and you decide to pass, but I wanted to reach out directly.
""")

_s = t("2026-07-08 10:00", NY)
m("interview", "Greater Ashford Regional Health", "Corinne", "Senior UX Designer, Patient Access", "en", "hard", "design presentation day; no word interview; acronym domain",
  frm=("Corinne Habib", "chabib@garh.org"),
  subj="Agenda for July 8 - design presentation", date=t("2026-07-01 11:45", NY), iat=_s.isoformat(),
  body=f"""Hi Aaron,

Here is the agenda for your visit on {en('2026-07-08')}. We're at the Ashford Innovation Center, 4th floor.

10:00  Your design presentation (45 min + 15 min Q&A) to the digital team
11:00  Working session with the patient access product manager
12:00  Lunch with two designers
1:00   Meeting with Marcus Lee, VP Digital Experience

Please send your slides by Monday so we can load them on the room machine.

Corinne Habib
Digital Experience Recruiting
Greater Ashford Regional Health
""")

m("interview", "Quayline Bank", "", "UX Researcher, Mobile Banking", "en", "easy", "recorded video interview with deadline",
  frm=("Quayline Bank via HireVue", "noreply@hirevue.com"),
  subj="Quayline Bank - complete your video interview", date=t("2025-04-15 09:00", LON),
  body="""Dear Aaron,

Thank you for your application for UX Researcher, Mobile Banking. As the next step, we invite you to complete an on-demand video interview.

You will answer five questions, with up to three minutes per answer. Please complete it by 23:59 on 22 April 2025.

Start here: https://app.hirevue.com/qb/interview/ZR4-9912

Good luck!
Quayline Bank Early Careers & Resourcing
""", hdrs=GEN)

m("interview", "Wrenfield Clinics", "Shauna", "Senior UX Designer", "en", "hard", "phone screen; slots listed; no word interview",
  frm=("Shauna Pierce", "spierce@wrenfieldclinics.org"),
  subj="Senior UX Designer - 20 minutes?", date=t("2025-10-22 10:40", DEN),
  body="""Hi Aaron,

I'm the recruiter for the Senior UX Designer opening at Wrenfield Clinics. I'd like to set up a 20 minute phone call to go over the role, salary range and your background. Any of these work for me (Mountain time):

Thu 10/23 - 11:00, 2:30
Fri 10/24 - 9:00, 1:00

Just reply with what suits and the best number to reach you.

Shauna Pierce
Recruiter, Wrenfield Clinics
""")

_s = t("2025-10-17 13:00", DEN)
m("interview", "Calder State University", "Miguel", "UX Designer, Student Digital Services", "en", "easy", "search committee Zoom interview with definite time",
  frm=("Miguel Okonkwo-Reyes", "mokonkwo@calderstate.edu"),
  subj="Interview - UX Designer, Student Digital Services", date=t("2025-10-09 15:30", DEN), iat=_s.isoformat(),
  body=f"""Dear Aaron,

On behalf of the search committee, I am pleased to invite you to a Zoom interview for the UX Designer, Student Digital Services position. Your interview is scheduled for {en('2025-10-17')} at 1:00 pm Mountain Time and will last approximately one hour.

The committee will ask a set of standard questions, and there will be time for your questions at the end.

Zoom: https://calderstate.zoom.us/j/93015520147

Sincerely,
Miguel Okonkwo-Reyes
Search Committee Chair, IT Services
Calder State University
""")

_s = t("2026-09-24 15:00", NY)
m("interview", "Northgate Bank", "Alicia", "Lead UX Researcher", "en", "easy", "Teams invite, .ics attachment",
  frm=("Alicia Moreno", "alicia.moreno@northgatebank.com"),
  subj="Northgate Bank | Lead UX Researcher - Hiring Manager Interview", date=t("2026-09-18 10:02", NY), iat=_s.isoformat(),
  body=f"""When: {en('2026-09-24')}, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & Canada)
Where: Microsoft Teams Meeting

Hi Aaron, the role has been reapproved and we're restarting the process. This is with Devin Shah, VP of Digital Experience. Looking forward to it!

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 219 448 602 771
Passcode: Nb7wQ2
________________________________________________________________________________
""", ics=vevent("Lead UX Researcher - Hiring Manager Interview", _s, 60, "alicia.moreno@northgatebank.com",
                  "040000008200E00074C5B7101A82E0080000000090A1@northgatebank.com", "Microsoft Teams Meeting"),
  ics_attach=True)

_s = t("2026-04-21 16:30", LON)
m("interview", "Fieldnote", "Imogen", "Senior Product Designer", "en", "easy", "confirmation 'tomorrow' in London time",
  frm=("Imogen Price", "imogen@fieldnote.io"),
  subj="See you tomorrow", date=t("2026-04-20 17:55", LON), iat=_s.isoformat(),
  body="""Hi Aaron,

Just confirming your interview with me and Tom tomorrow at 4:30pm London time. We'll use the Google Meet link in the calendar invite. It's a conversational one, about 45 minutes, covering how you approach ambiguous problems.

Imogen
Design Lead, Fieldnote
""")

m("interview", "Veldt Insurance", "Omar", "Senior Service Designer", "en", "hard", "'next steps' final round; coordinator will send times",
  frm=("Omar Siddiqui", "omar.siddiqui@veldt.com"),
  subj="Next steps - Senior Service Designer", date=t("2026-08-26 09:25", CHI),
  body="""Hi Aaron,

Thanks for Friday. The team was impressed with how you handled the claims journey exercise, and we'd love to move you to the final round: three back-to-back conversations with the service design lead, a claims operations director and our Chief Customer Officer.

Our coordinator, Leah, will reach out in the next day or two with times.

Omar Siddiqui
Talent Partner, Veldt Insurance
""")

# ---------------------------------------------------------------------------------------------
# offer
# ---------------------------------------------------------------------------------------------
m("offer", "Brightloom", "Noor", "Product Designer, Insights", "en", "easy", "offer letter PDF attached",
  frm=("Noor Haddad", "noor.haddad@brightloom.com"),
  subj="Your offer from Brightloom", date=t("2026-10-02 12:15", LA),
  body="""Hi Aaron,

It's my absolute pleasure to send over your offer for the Product Designer, Insights role at Brightloom! The full letter is attached, including base salary, equity and benefits details.

Please review it and let me know if you have any questions. We'd ask for your decision by next Friday. Everyone on the team is very excited.

Congratulations!
Noor Haddad
Design Recruiting | Brightloom
""", pdf="Brightloom_Offer_Letter_Aaron_Feldman.pdf")

m("offer", "Fieldnote", "Imogen", "Senior Product Designer", "en", "hard", "written follow-up to a phone call; never says 'offer'",
  frm=("Imogen Price", "imogen@fieldnote.io"),
  subj="Following our call", date=t("2026-05-05 18:30", LON),
  body="""Hi Aaron,

As promised on the phone, here's everything in writing so you can mull it over with the family:

- Senior Product Designer, reporting to me
- £86,000 base, plus options (details from our COO tomorrow)
- Start date: 1 June, or whatever works for you
- Hybrid, two days a week in our Shoreditch office

The contract will follow once you give us the nod. We'd love to have you.

Imogen
""")

m("offer", "Office for Civic Records", "", "Senior User Researcher", "en", "easy", "UK provisional offer subject to checks",
  frm=("Civil Service Jobs", "noreply@csjobs-notify.service.gov.uk"),
  subj="Civil Service Jobs - provisional offer - 1253377", date=t("2026-06-17 10:05", LON),
  body="""Dear Aaron Feldman,

Vacancy: 1253377 - Senior User Researcher
Department: Office for Civic Records

We are pleased to make you a provisional offer of employment for this role. This offer is conditional on satisfactory completion of pre-employment checks, including right to work, references and Baseline Personnel Security Standard.

Please sign in to your account within 5 working days to accept or decline the provisional offer.

Please do not reply to this email.
""", hdrs=GEN)

m("offer", "Kuhlmann & Voss Digital", "Stefan", "Lead UX Designer (m/w/d)", "de", "easy", "German contract offer",
  frm=("Stefan Kuhlmann", "s.kuhlmann@kuhlmann-voss.de"),
  subj="Vertragsangebot – Lead UX Designer (m/w/d)", date=t("2025-11-26 16:10", BER),
  body="""Lieber Aaron,

nach den sehr guten Gesprächen freuen wir uns, Ihnen die Position als Lead UX Designer (m/w/d) bei Kuhlmann & Voss Digital anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Details zu Gehalt, Urlaub und Remote-Regelung. Geplanter Start wäre der 1. Februar 2026.

Wir würden uns sehr über Ihre Zusage bis zum 5. Dezember freuen.

Herzliche Grüße
Stefan Kuhlmann
Geschäftsführer, Kuhlmann & Voss Digital
""", pdf="Vertragsangebot_Feldman.pdf")

m("offer", "Tessellate", "", "Senior Product Designer", "en", "easy", "HTML-only offer portal notice",
  frm=("Tessellate via Greenhouse", "no-reply@us.greenhouse-mail.io"),
  subj="Aaron, your Tessellate offer is ready to review", date=t("2026-11-10 14:00", LA),
  html="""<html><body style="font-family:-apple-system,Segoe UI,sans-serif">
<p>Hi Aaron,</p>
<p>Tessellate has sent you an offer for <strong>Senior Product Designer</strong>. Review and sign your offer securely using the button below.</p>
<p><a href="https://app.greenhouse.io/offers/tessellate/9a8f3" style="background:#24a47f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Review offer</a></p>
<p>This link expires in 7 days. Questions? Contact your recruiter, Jonah Adeyemi (jonah@tessellate.app).</p>
<p>— Tessellate Recruiting</p>
</body></html>""", hdrs=GEN)

m("offer", "Cobaltline", "Priya", "Senior Product Designer", "en", "hard", "agency recruiter relays verbal offer with numbers",
  frm=("Priya Raman", "priya.raman@tandemtalent.co"),
  subj="They said yes!!", date=t("2026-07-30 18:44", NY),
  body="""Aaron!

Just off the phone with Cobaltline. They'd like you to join as Senior Product Designer. Headline numbers:

Base: $168k
Bonus: 10% target
Equity: 0.05% over four years
Start: flexible, ideally before Sept 15

Formal paperwork comes from their HR in the next day or so. Call me when you've had a chance to digest - there's a bit of room on base if you want to push.

Priya
Tandem Talent
""")

# ---------------------------------------------------------------------------------------------
# application_received
# ---------------------------------------------------------------------------------------------
m("application_received", "Brightloom", "", "Product Designer, Insights", "en", "easy", "Greenhouse acknowledgement",
  frm=("Brightloom", "no-reply@us.greenhouse-mail.io"),
  subj="Thanks for applying to Brightloom!", date=t("2026-04-14 21:03", LA),
  body="""Hi Aaron,

Thanks for applying for the Product Designer, Insights role! Your application is in, and our team will review it over the coming weeks.

If your background is a match, a recruiter will be in touch about next steps.

Brightloom Recruiting
""", hdrs=GEN)

m("application_received", "Pallas Robotics", "", "Senior Product Designer, Fleet Tools", "en", "easy", "Lever acknowledgement",
  frm=("Pallas Robotics", "no-reply@hire.lever.co"),
  subj="We've received your application - Pallas Robotics", date=t("2025-08-28 07:50", LA),
  body="""Hi Aaron,

Thank you for your interest in the Senior Product Designer, Fleet Tools role. We've received your application and it's being reviewed by our team.

Pallas Robotics
""", hdrs=GEN)

m("application_received", "Halcyon Health", "", "Senior UX Researcher, Digital Front Door", "en", "easy", "Workday HTML acknowledgement",
  frm=("Halcyon Health Careers", "halcyonhealth@myworkday.com"),
  subj="Application received: Senior UX Researcher, Digital Front Door (R-21102)", date=t("2025-12-01 13:37", CHI),
  html="""<html><body style="font-family:Arial,sans-serif">
<p>Dear Aaron,</p>
<p>Thank you for applying for <b>Senior UX Researcher, Digital Front Door (R-21102)</b>. We have received your application.</p>
<p>You can check the status of your application at any time in the Candidate Home section of our career site.</p>
<p>Halcyon Health Talent Acquisition</p>
</body></html>""", hdrs=GEN)

m("application_received", "Northgate Bank", "", "Lead UX Researcher", "en", "easy", "iCIMS acknowledgement",
  frm=("Northgate Bank Careers", "careers-northgatebank@icims.com"),
  subj="Thank you for your application - Lead UX Researcher", date=t("2026-01-06 11:19", NY),
  body="""Dear Aaron,

Thank you for applying for the Lead UX Researcher position (Req #2026-0117) at Northgate Bank. This email confirms we have received your submission.

Our recruiting team reviews every application. If your qualifications match our needs, we will contact you.

Northgate Bank Talent Acquisition
""", hdrs=GEN)

m("application_received", "Quillon", "", "Staff Product Designer", "en", "easy", "very short Ashby acknowledgement",
  frm=("Quillon", "no-reply@ashbyhq.com"),
  subj="Quillon | Application received", date=t("2026-03-02 08:12", LA),
  body="""Thanks for applying to Quillon, Aaron. We've got your application for Staff Product Designer and will be in touch.
""")

m("application_received", "Veldt Insurance", "", "Senior Service Designer", "en", "hard", "describes future interview and possible decline",
  frm=("Veldt Insurance", "noreply@smartrecruiters.com"),
  subj="Veldt Insurance - we've got your application", date=t("2026-07-13 10:41", CHI),
  body="""Hi Aaron,

Thank you for applying for Senior Service Designer at Veldt Insurance.

What happens next:
- Our talent team reviews applications within about two weeks.
- If selected for an interview, you'll hear from a recruiter to set up a 30-minute phone conversation.
- If we decide not to proceed, we will let you know by email.

Thanks again for your interest!
Veldt Insurance Talent Team
""")

m("application_received", "Greater Ashford Regional Health", "", "Senior UX Designer, Patient Access", "en", "hard", "'unfortunately' in acknowledgement; acronym sender",
  frm=("GARH Careers", "careers@garh.taleo.net"),
  subj="Application confirmation - Requisition 2600512", date=t("2026-05-18 06:58", NY),
  body="""Dear Aaron Feldman,

We acknowledge receipt of your application for requisition 2600512 - Senior UX Designer, Patient Access.

Unfortunately, due to the volume of applications we receive, we are not able to respond to each applicant individually by phone. You can follow the status of your application at any time in your candidate profile.

Thank you for considering Greater Ashford Regional Health.
""", hdrs=GEN)

m("application_received", "Department for Rural Connectivity", "", "Senior User Researcher", "en", "easy", "UK civil service submission confirmation with sift dates",
  frm=("Civil Service Jobs", "noreply@csjobs-notify.service.gov.uk"),
  subj="Civil Service Jobs - application submitted - 1240918", date=t("2026-02-01 22:14", LON),
  body="""Dear Aaron Feldman,

Thank you for submitting your application for vacancy 1240918 - Senior User Researcher (Department for Rural Connectivity).

Expected timeline:
Sift: w/c 16 February 2026
Interviews: w/c 9 March 2026

You'll receive a message when the status of your application changes.

Please do not reply to this email.
""", hdrs=GEN)

m("application_received", "Lindqvist & Berg", "", "UX Lead", "en", "easy", "Teamtailor acknowledgement",
  frm=("Lindqvist & Berg", "no-reply@teamtailor.com"),
  subj="Thanks for your application!", date=t("2025-04-17 14:25", STO),
  body="""Hi Aaron,

We've received your application for UX Lead at Lindqvist & Berg. Thanks for thinking of us!

We'll go through all applications after the closing date of 30 April and get back to you either way.

Best,
Lindqvist & Berg
""")

m("application_received", "Zentrasoft GmbH", "", "UX Designer (m/w/d)", "de", "easy", "German Personio acknowledgement",
  frm=("Zentrasoft GmbH", "jobs@zentrasoft.jobs.personio.de"),
  subj="Eingangsbestätigung Ihrer Bewerbung – UX Designer (m/w/d)", date=t("2025-07-29 19:04", BER),
  body="""Hallo Aaron Feldman,

vielen Dank für Ihre Bewerbung als UX Designer (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der Zentrasoft GmbH
""", hdrs=GEN)

m("application_received", "Fjordway", "", "Product Designer", "en", "easy", "Recruitee acknowledgement",
  frm=("Fjordway", "fjordway@recruitee.com"),
  subj="Application received: Product Designer", date=t("2026-08-20 09:33", AMS),
  body="""Hi Aaron,

Thanks for applying to Fjordway! We received your application for the Product Designer position and will review it soon.

Team Fjordway
""")

m("application_received", "Banque Orlane", "", "Chercheur UX (H/F)", "fr", "easy", "French acknowledgement",
  frm=("Banque Orlane – Recrutement", "recrutement@banque-orlane.fr"),
  subj="Accusé de réception de votre candidature – Chercheur UX (H/F)", date=t("2025-03-19 08:45", PAR),
  body="""Bonjour Aaron Feldman,

Nous accusons bonne réception de votre candidature au poste de Chercheur UX (H/F) et vous remercions de l'intérêt que vous portez à Banque Orlane.

Votre dossier est en cours d'étude par nos équipes. Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
Direction des Ressources Humaines
Banque Orlane
""", hdrs=GEN)

m("application_received", "Oakum Studio", "", "Interaction Designer", "en", "hard", "informal templated reply that reads like personal mail",
  frm=("Oakum Studio", "oakum-studio@workablemail.com"),
  subj="Hey Aaron, got it!", date=t("2025-07-03 11:11", LON),
  body="""Hey Aaron!

Thanks for throwing your hat in the ring for Interaction Designer. We're a tiny studio so we read every single application ourselves, usually on Friday afternoons with a pot of tea. Give us a couple of weeks.

The Oakum crew
""")

m("application_received", "Stackwise", "", "Product Designer", "en", "easy", "BambooHR acknowledgement",
  frm=("Stackwise", "notifications@app.bamboohr.com"),
  subj="Thank you for applying to Stackwise", date=t("2025-12-02 15:58", DEN),
  body="""Hi Aaron,

Thank you for applying for the Product Designer position at Stackwise. We have received your application and our hiring team will review it shortly.

Best,
The Stackwise Team
""", hdrs=GEN)

m("application_received", "Eastmoor University", "", "Research Associate, Learning Technology UX", "en", "hard", "mentions interview selection and 'not selected' as future possibilities",
  frm=("Eastmoor University Human Resources", "hr-noreply@eastmoor.edu"),
  subj="Application received - Position #S02690", date=t("2026-03-24 12:00", NY),
  body="""Dear Aaron Feldman,

Thank you for applying for Position #S02690, Research Associate, Learning Technology UX.

Review of applications begins after the posting closes on April 10. Candidates selected for an interview will be contacted by the search committee. Applicants not selected will be notified by email once the position is filled.

Office of Human Resources
Eastmoor University
""", hdrs=GEN)

m("application_received", "Grupo Alcaraz", "", "Investigador/a UX", "es", "easy", "Spanish acknowledgement",
  frm=("Grupo Alcaraz Empleo", "empleo@grupoalcaraz.com"),
  subj="Hemos recibido tu candidatura", date=t("2026-05-11 10:20", MAD),
  body="""Hola Aaron,

¡Gracias por tu interés en Grupo Alcaraz! Hemos recibido tu candidatura para la posición de Investigador/a UX.

Nuestro equipo la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo.

Equipo de Talento
Grupo Alcaraz
""", hdrs=GEN)

m("application_received", "Wrenfield Clinics", "", "Senior UX Designer", "en", "easy", "Jobvite acknowledgement; HTML-only base64",
  frm=("Wrenfield Clinics Recruiting", "notification@jobvite.com"),
  subj="Application submitted: Senior UX Designer", date=t("2025-10-15 17:47", DEN), cte="base64",
  html="""<html><body><table width="600" style="font-family:Verdana,sans-serif;font-size:13px"><tr><td>
<p>Dear Aaron,</p>
<p>Thank you for your application for <b>Senior UX Designer</b> at Wrenfield Clinics. We have received it and it is now under review.</p>
<p>Wrenfield Clinics Human Resources</p>
</td></tr></table></body></html>""", hdrs=GEN)

# ---------------------------------------------------------------------------------------------
# auto_reply
# ---------------------------------------------------------------------------------------------
m("auto_reply", "Caddis Studio", "Dana", "", "en", "easy", "'back on 3/14' US format",
  frm=("Dana Whitcombe", "dana@caddis.studio"),
  subj="Automatic reply: Portfolio link for Senior Product Designer", date=t("2025-03-07 10:02", NY), reply=True,
  ret="2025-03-14", hdrs=AUTO,
  body="""Thanks for your note! I'm out of the office and back on 3/14. I'll reply when I'm back.

Dana
""")

m("auto_reply", "Marlowe & Pike", "Harriet", "", "en", "easy", "'returning Monday 10 November' UK format",
  frm=("Harriet Sloane", "harriet.sloane@marlowepike.co.uk"),
  subj="Automatic reply: UX Lead - availability", date=t("2025-11-03 08:31", LON), reply=True,
  ret="2025-11-10", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Hello,

I'm on annual leave, returning Monday 10 November. For anything urgent, please contact studio@marlowepike.co.uk.

Harriet
""")

m("auto_reply", "Fieldnote", "Tom", "", "en", "hard", "ISO date 'until ... inclusive' plus explicit back date",
  frm=("Tom Wexley", "tom@fieldnote.io"),
  subj="Out of office Re: Design exercise questions", date=t("2026-03-16 13:44", LON), reply=True,
  ret="2026-03-23", hdrs={"X-Autoreply": "yes"},
  body="""Out of office until 2026-03-20 (inclusive), limited access to email. I'll pick things up when I'm back on 2026-03-23.

If it's about hiring, Imogen Price (imogen@fieldnote.io) can help.

Tom
""")

m("auto_reply", "Veldt Insurance", "Dennis", "", "en", "easy", "no longer with company; forward to colleague",
  frm=("Dennis Farraday", "dennis.farraday@veldt.com"),
  subj="Automatic reply: Service Designer application - follow up", date=t("2026-01-09 15:05", CHI), reply=True,
  hdrs=AUTO,
  body="""Hello,

I no longer work at Veldt Insurance and this mailbox is no longer monitored. For recruiting matters please contact Omar Siddiqui at omar.siddiqui@veldt.com.

Thank you.
""")

m("auto_reply", "Northgate Bank", "", "Product Designer, Digital Banking", "en", "hard", "unmonitored-mailbox bounce on ATS thread",
  frm=("Northgate Bank Talent Acquisition", "careers-northgatebank@icims.com"),
  subj="RE: Northgate Bank - Product Designer, Digital Banking", date=t("2025-11-04 16:40", NY), reply=True,
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""This mailbox is not monitored. Your message has not been delivered to a recruiter.

To check on your application for Product Designer, Digital Banking, please sign in to the Northgate Bank career portal. For accessibility accommodations, call 1-800-555-0144.
""")

m("auto_reply", "Orrery Labs", "Sunita", "", "en", "hard", "parental leave; mentions interview process",
  frm=("Sunita Vale", "sunita.vale@orrerylabs.com"),
  subj="Re: Thank you for the interview", date=t("2026-02-23 09:00", CHI), reply=True,
  ret="2026-09-01", hdrs={"X-Autoreply": "yes"},
  body="""Hi there,

I'm on parental leave and will be back on 1 September 2026. I won't be checking email in the meantime.

If you're in an active interview process with Orrery Labs, please reach out to Kenji Ota (kenji.ota@orrerylabs.com), who is covering research hiring while I'm away.

Sunita
""")

m("auto_reply", "Rheinwelle Digital GmbH", "Jana", "", "de", "easy", "German Abwesenheitsnotiz; 'ab dem 6. Oktober'",
  frm=("Jana Köhler", "jana.koehler@rheinwelle-digital.de"),
  subj="Abwesenheitsnotiz: Rückfrage zum Kennenlernen", date=t("2025-09-24 11:15", BER), reply=True,
  ret="2025-10-06", hdrs=AUTO,
  body="""Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 3. Oktober im Urlaub und ab dem 6. Oktober 2025 wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an people@rheinwelle-digital.de.

Mit freundlichen Grüßen
Jana Köhler
""")

m("auto_reply", "Atelier Lumen", "Camille", "", "fr", "easy", "French absence message",
  frm=("Camille Bertrand", "c.bertrand@atelier-lumen.fr"),
  subj="Réponse automatique : Disponibilités pour l'entretien", date=t("2025-05-30 18:10", PAR), reply=True,
  ret="2025-06-02", hdrs=AUTO,
  body="""Bonjour,

Je suis absente du bureau et serai de retour le lundi 2 juin. Je traiterai votre message dès mon retour.

Pour toute urgence, vous pouvez écrire à contact@atelier-lumen.fr.

Cordialement,
Camille Bertrand
""")

m("auto_reply", "Stackwise", "JP", "", "en", "hard", "relative 'back Monday'; no auto-reply headers",
  frm=("JP Lindell", "jp@stackwise.io"),
  subj="Re: Product Designer application", date=t("2025-12-24 10:00", DEN), reply=True,
  ret="2025-12-29",
  body="""Hi! I'm offline for the holidays and back Monday. Talk then.

JP
""")

m("auto_reply", "Halcyon Health", "Beth", "", "en", "hard", "conference OOO; subject mentions interview availability",
  frm=("Beth Sorensen", "beth.sorensen@halcyonhealth.org"),
  subj="Automatic reply: Interview availability - Senior UX Designer", date=t("2025-10-13 07:20", CHI), reply=True,
  ret="2025-10-16", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your message. I'm attending the HIMSS regional conference and will be back in the office Thursday, October 16. If you are scheduling an interview, my colleague Ray Fontaine (ray.fontaine@halcyonhealth.org) can assist.

Beth Sorensen
Talent Acquisition Partner
""")

m("auto_reply", "Estudio Marea", "Lucía", "", "es", "easy", "Spanish; returns stated",
  frm=("Lucía Ferrer", "lucia@estudiomarea.es"),
  subj="Respuesta automática: Portfolio actualizado", date=t("2026-04-20 12:05", MAD), reply=True,
  ret="2026-04-29", hdrs=AUTO,
  body="""Hola,

Estaré fuera de la oficina hasta el 28 de abril, sin acceso al correo. Volveré el 29 de abril y responderé a tu mensaje lo antes posible.

Gracias,
Lucía Ferrer
""")

m("auto_reply", "Kitewing", "Kwame", "", "en", "easy", "traveling; no return date",
  frm=("Kwame Asante", "kwame.asante@kitewing.com"),
  subj="Auto: Re: Following up on our conversation", date=t("2026-05-27 06:40", LA), reply=True,
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
  body="""I'm traveling with limited access to email and may be slow to respond. For time-sensitive items, ping Rosa Delgado.
""")

m("auto_reply", "Tandem Talent", "Priya", "", "en", "hard", "recruiter's autoresponder mentions interviewing; no return date",
  frm=("Priya Raman", "priya.raman@tandemtalent.co"),
  subj="Re: Quick question about the Cobaltline role", date=t("2025-07-21 09:15", NY), reply=True,
  hdrs={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
  body="""Thanks for your email! I'm interviewing candidates back-to-back today, so I'm slower than usual on email. I aim to reply within 48 hours.

If you're a candidate with an interview scheduled in the next 24 hours, please call our office on +1 646 555 0190.

Priya Raman | Tandem Talent
""")

m("auto_reply", "Oakum Studio", "Theo", "", "en", "hard", "'back on the 2nd' day-of-month only; no headers",
  frm=("Theo Marchetti", "theo@oakumstudio.com"),
  subj="Re: Coffee in the new year?", date=t("2025-12-23 17:12", LON), reply=True,
  ret="2026-01-02",
  body="""Hi, the studio is closed over the holidays. I'm back on the 2nd and will reply then. Merry everything!

Theo
Oakum Studio
""")

# ---------------------------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------------------------
m("other", "", "", "", "en", "easy", "Dribbble notification",
  frm=("Dribbble", "notifications@dribbble.com"),
  subj="Your shot \"Clinic check-in kiosk\" got 24 new likes", date=t("2025-02-19 18:30", LA),
  hdrs=unsub("https://dribbble.com/account/notifications/unsubscribe?t=a91"),
  html="""<html><body><p>Hey Aaron,</p><p>Your shot <b>Clinic check-in kiosk</b> is getting noticed: 24 new likes and 3 comments this week.</p>
<p><a href="https://dribbble.com/shots/2208171">See who liked it</a></p><p style="font-size:11px">Manage email preferences</p></body></html>""")

m("other", "", "", "", "en", "easy", "Behance appreciation notification",
  frm=("Behance", "noreply@behance.net"),
  subj="Your project was added to a moodboard", date=t("2025-06-22 22:05", LA),
  hdrs=unsub("https://www.behance.net/unsubscribe/n/8812"),
  body="""Hi Aaron,

Your project "Wayfinding for Calder Transit" was added to the moodboard "Civic UI" by Saoirse M. It now has 112 appreciations.

View project: https://www.behance.net/gallery/99120771

Behance, part of the Adobe family
""")

m("other", "", "", "", "en", "hard", "design newsletter about portfolio rejection and interview prep",
  frm=("The Critique Weekly", "hello@critiqueweekly.news"),
  subj="Issue #142: What a rejection email really tells you", date=t("2025-09-04 07:00", NY),
  hdrs=unsub("https://critiqueweekly.news/unsubscribe?id=5521"),
  body="""THE CRITIQUE WEEKLY - Issue #142

1. What a rejection email really tells you
"Unfortunately, we've decided to move forward with other candidates" is a template, not a verdict. We asked six design managers what happens before that email goes out.

2. The portfolio interview, deconstructed
How to structure a 45-minute case study presentation so the panel remembers the decision, not the deliverable.

3. Tool of the week: a Figma plugin that audits contrast ratios across a whole file.

You're receiving this because you subscribed at critiqueweekly.news.
""")

m("other", "", "Femi", "", "en", "hard", "Figma comment mentions interview guide",
  frm=("Femi Adebayo (via Figma)", "notifications@figma.com"),
  subj="Femi Adebayo commented on \"Intake research - synthesis\"", date=t("2025-05-14 15:12", NY),
  body="""Femi Adebayo mentioned you in Intake research - synthesis

"@Aaron can we cut interview 7 from the affinity map? The participant declined consent for recording, so we shouldn't use their quotes."

Reply in Figma: https://www.figma.com/file/Qx81/Intake-research?node-id=212
""", hdrs={"Precedence": "bulk"})

m("other", "", "Lena", "", "en", "hard", "Notion share of an interview guide",
  frm=("Lena Fischer (via Notion)", "notify@mail.notion.so"),
  subj="Lena Fischer shared \"Interview guide - caregiver study v3\" with you", date=t("2026-01-20 10:48", NY),
  body="""Lena Fischer invited you to edit Interview guide - caregiver study v3.

Lena: "Added the screener questions and the reschedule policy for no-shows. Can you review before Thursday?"

Open in Notion
""")

m("other", "", "", "", "en", "easy", "Slack digest",
  frm=("Slack", "feedback@slack.com"),
  subj="Notifications from the ResearchOps Community workspace", date=t("2025-08-02 09:00", NY),
  body="""You have 4 unread mentions in ResearchOps Community.

#jobs-board - Marguerite: @Aaron there's a contract role at a fintech if you're interested
#tooling - Dev: @Aaron what did you end up using for transcription?

Open Slack
""", hdrs={"Precedence": "bulk"})

m("other", "", "", "", "en", "hard", "conference talk proposal not accepted",
  frm=("UXR Convene Program Committee", "program@uxrconvene.org"),
  subj="UXR Convene 2026: decision on your proposal #318", date=t("2026-02-10 12:00", NY),
  body="""Dear Aaron Feldman,

Thank you for submitting "Diary studies with clinicians who never have time" to UXR Convene 2026.

We regret to inform you that your proposal was not accepted this year. We received 640 submissions for 48 slots and had to make many difficult choices.

Reviewer comments are available in the submission portal. We hope to see you in Philadelphia in May.

UXR Convene Program Committee
""")

m("other", "", "", "", "en", "hard", "marketing 'offer' for conference tickets",
  frm=("Config Forward", "tickets@configforward.events"),
  subj="Our best offer ends tonight: 30% off passes", date=t("2026-03-31 06:00", LA),
  hdrs=unsub("https://configforward.events/u/77a"),
  html="""<html><body><h2>Last call, Aaron</h2><p>Our early-bird offer ends at midnight PT: take 30% off all-access passes to Config Forward 2026, including the Design Leadership track and live portfolio interviews with hiring managers.</p>
<p><a href="https://configforward.events/tickets">Claim my offer</a></p></body></html>""")

m("other", "", "", "", "en", "hard", "card declined alert",
  frm=("Harborline Credit Union", "alerts@harborlinecu.com"),
  subj="Transaction declined on card ending 4417", date=t("2025-10-27 20:14", NY),
  body="""Harborline Credit Union Alert

Unfortunately a transaction on your debit card ending 4417 was declined.

Merchant: FIGMA* SUBSCRIPTION
Amount: $180.00
Reason: Card expired

Update your card details with the merchant or call us at 1-800-555-0122. Do not reply to this email.
""", hdrs=GEN)

m("other", "", "Gloria", "", "en", "hard", "landlord lease renewal 'offer'",
  frm=("Gloria Pham", "gloria@maplecourtapts.com"),
  subj="Lease renewal offer - Unit 3B", date=t("2026-06-30 14:22", NY),
  body="""Hi Aaron,

Your lease at 41 Maple Court, Unit 3B ends August 31. We're pleased to offer you a 12-month renewal at $2,315/month (a 3% increase), or a month-to-month option at $2,490.

Please let me know your decision by July 31. Happy to answer questions.

Gloria Pham
Property Manager, Maple Court Apartments
""")

m("other", "", "", "", "en", "easy", "pharmacy ready notice",
  frm=("Corner Drug Pharmacy", "noreply@cornerdrug-rx.com"),
  subj="Your prescription is ready for pickup", date=t("2025-04-08 11:05", NY),
  body="""Hi AARON,

Your prescription (Rx #7719402) is ready for pickup at Corner Drug, 220 Linden St. It will be held for 7 days.

Questions? Call 555-0175.
""", hdrs=GEN)

m("other", "", "", "", "en", "hard", "airline cancellation 'we regret to inform you'",
  frm=("Northstar Airways", "no-reply@northstarairways.com"),
  subj="Important: your flight NS 218 has been cancelled", date=t("2025-11-21 05:40", CHI),
  body="""Dear Aaron Feldman,

We regret to inform you that flight NS 218 from Chicago (ORD) to Boston (BOS) on November 21 has been cancelled due to weather.

We have rebooked you on NS 224, departing 14:10. If this doesn't work, you may choose another flight or request a refund at northstarairways.com/manage.

We apologize for the inconvenience.
Northstar Airways
""", hdrs=GEN)

m("other", "", "", "", "en", "easy", "job alert digest",
  frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
  subj="18 new jobs for \"UX Researcher\" in New York", date=t("2026-01-14 08:02", NY),
  hdrs=unsub("https://www.linkedin.com/job-alert/unsub?x=1"),
  body="""Your job alert for UX Researcher in New York, NY

Senior UX Researcher - Brightloom - Remote (US)
UX Researcher II - Northgate Bank - New York, NY
Research Lead, Health - Lanternfish Health - Boston, MA (Hybrid)
... and 15 more

See all jobs: https://www.linkedin.com/jobs/search/?alert=88213
""")

m("other", "", "Rahul", "Senior UX Designer (Contract)", "en", "hard", "recruiter mass mailing; mentions interviews this week",
  frm=("Rahul Verma", "rahul.v@apexsourcing-inc.com"),
  subj="Urgent: Senior UX Designer - 6 month contract - Remote - interviews this week", date=t("2025-05-06 09:45", CHI),
  body="""Hi,

Hope you are doing well. I have an urgent requirement with our direct client. Please go through the JD below and share your updated resume with rate and availability.

Role: Senior UX Designer (Contract)
Location: Remote (CST hours)
Duration: 6 months, extendable
Client is doing interviews this week, quick turnaround.

Must have: Figma, design systems, healthcare domain.

Thanks & Regards,
Rahul Verma
Apex Sourcing Inc.
""")

m("other", "", "Nadia", "", "en", "hard", "friend's personal mail about her own interview and rejection",
  frm=("Nadia Brennan", "nadia.brennan@gmail.com"),
  subj="ugh / drinks thursday?", date=t("2025-09-30 21:18", NY),
  body="""Aaron,

Remember that final interview I had at the museum? They rejected me this morning with the most generic template ever. "We have decided to move forward with other candidates." Three rounds and a take-home for that.

Anyway, I need a drink. Thursday after work? Also how did your thing with the hospital go?

N
""")

m("other", "", "Ben", "", "en", "hard", "friend forwards a job posting",
  frm=("Ben Okafor", "benokafor@fastmail.com"),
  subj="Fwd: We're hiring: Principal Researcher", date=t("2026-04-07 12:33", NY),
  body="""saw this and thought of you. I know their head of design a bit, happy to put in a word if you apply

---------- Forwarded message ---------
From: Lanternfish Health <news@lanternfishhealth.com>
Date: Tue, Apr 7, 2026 at 9:00 AM
Subject: We're hiring: Principal Researcher

Lanternfish Health is hiring a Principal Researcher to lead studies with patients and caregivers. Interviews start in May. Apply at lanternfishhealth.com/careers.
""")

m("other", "", "Rebeca", "", "es", "hard", "Spanish family mail asking about an interview",
  frm=("Tía Rebeca", "rebeca.feldman.s@gmail.com"),
  subj="¿Qué tal la entrevista?", date=t("2025-06-10 20:40", MAD),
  body="""Hola cariño:

Tu madre me contó que tenías una entrevista importante esta semana. ¿Qué tal fue? Seguro que muy bien.

Por cierto, el cumpleaños del abuelo es el 28 en Valencia; avísanos si puedes venir para reservar mesa.

Besos,
Tía Rebeca
""")

m("other", "", "", "", "en", "hard", "podcast episode 'interview with Head of Design'; HTML only",
  frm=("Research Room Podcast", "episodes@researchroom.fm"),
  subj="New episode: An interview with Brightloom's Head of Design", date=t("2026-02-25 06:30", LA),
  hdrs=unsub("https://researchroom.fm/unsubscribe/a7"),
  html="""<html><body><h3>Episode 87 is live</h3><p>This week we interview Ines Carvalho, Head of Design at Brightloom, about why her team rejected half its own research repository and what they rebuilt instead.</p>
<p><a href="https://researchroom.fm/87">Listen now</a></p></body></html>""")

m("other", "", "Katya", "", "en", "hard", "pull request closed 'not moving forward'",
  frm=("Katya Ilyina", "notifications@github.com"),
  subj="Re: [openhue/design-tokens] Add contrast-safe focus ring tokens (PR #214)", date=t("2025-12-16 13:02", BER),
  hdrs={"List-Id": "openhue/design-tokens <design-tokens.openhue.github.com>", "Precedence": "list"},
  body="""Closed #214.

Thanks for this, @afeldman-ux. We discussed it in the maintainers' call and decided not to move forward with per-component focus tokens; we'd rather keep one global token and let themes override it. Closing for now, but the contrast research you linked was really useful.

--
Reply to this email directly or view it on GitHub.
""")

_s = t("2026-03-12 18:00", NY)
m("other", "", "Marisol", "", "en", "hard", "mentoring session confirmed with a definite time",
  frm=("ADPList", "sessions@adplist.org"),
  subj="Your mentoring session with Marisol Ortega is confirmed", date=t("2026-03-06 08:10", NY),
  body=f"""Hi Aaron,

Your session is confirmed!

Mentor: Marisol Ortega, Principal Product Designer
When: {en('2026-03-12')}, 6:00 PM EDT (30 min)
Topic: Portfolio review and interview prep

Marisol says: "Looking forward to it! Send your case study link beforehand."

Join link will be available 10 minutes before.
""", hdrs=GEN)

m("other", "", "Ellen", "", "en", "hard", "certificate program admission 'pleased to offer you a place'",
  frm=("Ellen Marsh", "ellen.marsh@kingsbridge-sce.edu"),
  subj="Admission: Certificate in Health Informatics", date=t("2025-07-15 14:00", NY),
  body="""Dear Aaron,

I'm pleased to offer you a place in the part-time Certificate in Health Informatics starting this September. Please confirm your acceptance and pay the enrollment deposit by August 1.

Warm regards,
Ellen Marsh
Admissions, Kingsbridge School of Continuing Education
""")

m("other", "", "", "", "en", "easy", "social network profile-view notification naming an employer",
  frm=("LinkedIn", "notifications-noreply@linkedin.com"),
  subj="A recruiter from Quayline Bank viewed your profile", date=t("2026-04-02 16:20", LON),
  hdrs=unsub("https://www.linkedin.com/e/unsub/v2"),
  body="""Aaron, you appeared in 31 searches this week.

A recruiter from Quayline Bank viewed your profile.
See who else viewed your profile with Premium.
""")

m("other", "", "Daniel", "", "en", "hard", "research-participant study: 'selected for an interview session'",
  frm=("Daniel Cho", "research@tallyhoapp.com"),
  subj="You've been selected for a 60-min interview session ($100 gift card)", date=t("2026-09-15 11:00", LA),
  body="""Hi Aaron,

Thanks for filling in our screener! You've been selected to take part in a 60-minute remote interview session about how designers manage feedback. As a thank-you, you'll receive a $100 gift card.

Pick a slot here: https://calendly.com/tallyho-research/study-14

Daniel Cho
User Research, Tallyho
""")

m("other", "", "", "", "de", "hard", "German newsletter about job interviews",
  frm=("Designmagazin Weekly", "newsletter@designmagazin-weekly.de"),
  subj="Absage nach dem Bewerbungsgespräch? So geht es weiter", date=t("2025-11-12 07:00", BER),
  hdrs=unsub("https://designmagazin-weekly.de/abmelden?u=4471"),
  body="""Designmagazin Weekly – Ausgabe 45

Absage nach dem Bewerbungsgespräch? Fünf Dinge, die Sie jetzt tun können
Wer im Vorstellungsgespräch überzeugt und trotzdem eine Absage bekommt, sollte um Feedback bitten.

Außerdem: Barrierefreiheit im Formulardesign und ein Interview mit der Designleitung eines Berliner Start-ups.

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden
""")

m("other", "", "", "", "en", "hard", "apartment application 'unable to approve'",
  frm=("Beacon Residential Leasing", "leasing@beaconresidential.com"),
  subj="Update on your rental application - 88 Harlow St #5", date=t("2025-02-24 17:25", NY),
  body="""Dear Aaron Feldman,

Thank you for applying for 88 Harlow St, Apartment 5. After reviewing your application, we are unable to approve it at this time because the income documentation provided does not meet the 40x rent requirement.

You may reapply with a guarantor. Your application fee is non-refundable.

Beacon Residential Leasing
""")

m("other", "", "", "", "fr", "easy", "French airline check-in",
  frm=("Aérolia", "noreply@aerolia.fr"),
  subj="Enregistrement ouvert – vol AL 341 Paris > Lisbonne", date=t("2025-09-11 10:00", PAR),
  body="""Bonjour Aaron,

L'enregistrement en ligne pour votre vol AL 341 du vendredi 12 septembre est ouvert. Présentez-vous à l'embarquement 30 minutes avant le départ.

Bon voyage,
L'équipe Aérolia
""", hdrs=GEN)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(ROWS)))
    random.Random(16).shuffle(order)
    fields = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
              "difficulty", "notes", "interview_at"]
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for n, i in enumerate(order, 1):
            row = ROWS[i]
            name = f"{n:03d}.eml"
            for k, part in enumerate(row["msg"].walk()):
                if part.is_multipart():
                    h = hashlib.sha1(f"{name}|{k}".encode()).hexdigest()[:24]
                    part.set_boundary(f"===============b16{h}==")
            (OUT / name).write_bytes(row["msg"].as_bytes(policy=SMTP))
            w.writerow({"file": name, **{k: row[k] for k in fields[1:]}})


if __name__ == "__main__":
    main()
