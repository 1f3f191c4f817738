"""Generate the blind22 evaluation corpus (stdlib only).

Writes tests/corpus/blind22/NNN.eml and tests/corpus/blind22/labels.csv.
Job seeker: Ethan Park <ethan.park.apply@gmail.com>. All people and companies are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind22"
ME = Address("Ethan Park", "ethan.park.apply", "gmail.com")
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date",
          "lang", "difficulty", "notes", "interview_at"]

ENTRIES: list[dict] = []


def E(label: str, frm: tuple[str, str], subject: str, date: str, body: str, *,
      company: str = "", contact: str = "", role: str = "", ret: str = "", lang: str = "en",
      diff: str = "easy", notes: str = "", iat: str = "", html: str | None = None,
      fmt: str = "plain", cte: str | None = None, headers: dict | None = None,
      reply: bool = False, pdf: str | None = None, ics: str | None = None,
      to: str | None = None) -> None:
    ENTRIES.append(dict(label=label, frm=frm, subject=subject, date=date, body=body,
                        company=company, contact=contact, role=role, ret=ret, lang=lang,
                        diff=diff, notes=notes, iat=iat, html=html, fmt=fmt, cte=cte,
                        headers=headers or {}, reply=reply, pdf=pdf, ics=ics, to=to))


def rfc_date(spec: str) -> str:
    """'2025-03-10 09:15 -0400' -> RFC 5322 date with the correct weekday."""
    d, t, off = spec.split()
    dt = datetime.strptime(f"{d} {t}", "%Y-%m-%d %H:%M")
    return dt.strftime("%a, %d %b %Y %H:%M:") + f"{int(d[-2:]) % 60:02d} " + off


def msgid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:20]}.{h[20:32]}@{domain}>"


def text_to_html(text: str) -> str:
    paras = [p.replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    inner = "\n".join(f"<p style=\"margin:0 0 12px 0\">{p}</p>" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            f"<div style=\"max-width:600px\">\n{inner}\n</div></body></html>\n")


def build(i: int, e: dict) -> EmailMessage:
    m = EmailMessage(policy=SMTP.clone(max_line_length=100))
    name, addr = e["frm"]
    domain = addr.split("@")[1]
    m["From"] = Address(name, addr.split("@")[0], domain) if name else addr
    m["To"] = e["to"] or ME
    m["Subject"] = e["subject"]
    m["Date"] = rfc_date(e["date"])
    m["Message-ID"] = msgid(f"b22-{i}-{e['subject']}", domain)
    if e["reply"]:
        ref = msgid(f"b22-orig-{i}", "mail.gmail.com")
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in e["headers"].items():
        m[k] = v
    body = e["body"].strip("\n") + "\n"
    fmt = e["fmt"]
    if fmt == "html":
        m.set_content(e["html"] or text_to_html(body), subtype="html", cte=e["cte"] or "quoted-printable")
    elif fmt == "alt":
        m.set_content(body, cte=e["cte"] or "quoted-printable")
        m.add_alternative(e["html"] or text_to_html(body), subtype="html",
                          cte=e["cte"] or "quoted-printable")
    else:
        if e["cte"]:
            m.set_content(body, cte=e["cte"])
        else:
            m.set_content(body)
    if e["ics"]:
        m.add_attachment(e["ics"].replace("\n", "\r\n"), subtype="calendar", filename="invite.ics",
                         params={"method": "REQUEST"})
    if e["pdf"]:
        fake = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        m.add_attachment(fake, maintype="application", subtype="pdf", filename=e["pdf"])
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


def ics(summary: str, start: str, end: str, tz: str, organizer: str, loc: str) -> str:
    return f"""BEGIN:VCALENDAR
PRODID:-//Blind22//Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{hashlib.md5((summary + start).encode()).hexdigest()}@calendar
DTSTAMP:20250101T000000Z
DTSTART;TZID={tz}:{start}
DTEND;TZID={tz}:{end}
SUMMARY:{summary}
LOCATION:{loc}
ORGANIZER;CN=Organizer:mailto:{organizer}
ATTENDEE;CN=Ethan Park;RSVP=TRUE:mailto:ethan.park.apply@gmail.com
END:VEVENT
END:VCALENDAR
"""


AUTO = {"Auto-Submitted": "auto-generated"}
NOREPLY_LIST = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


# --------------------------------------------------------------------------------------------
# rejections (26)
# --------------------------------------------------------------------------------------------
E("rejection", ("Harrowgate Bank Careers", "no-reply@harrowgate.wd5.myworkdayjobs.com"),
  "Update on your application - Operations Analyst (R-20417)", "2025-02-04 11:02 -0500", """
Dear Ethan,

Thank you for applying for the Operations Analyst (R-20417) position at Harrowgate Bank.

We received a large number of strong applications. After careful review, we will not be
progressing your application further for this requisition.

You are welcome to create job alerts in our careers site so you hear about new openings that
match your profile.

Regards,
Talent Acquisition
Harrowgate Bank

This email was sent from an unattended mailbox.
""", company="Harrowgate Bank", role="Operations Analyst", headers=AUTO, notes="Workday template")

E("rejection", ("Priya Raman", "priya.raman@brightwateradvisory.com"),
  "Re: Business Analyst - final round", "2025-05-19 17:40 -0400", """
Hi Ethan,

I wanted to reach out personally rather than let the system do it. The partners met this
afternoon and, after a lot of back and forth, they went with a candidate who has two years of
client-facing experience in healthcare engagements. It was genuinely close.

Your case walk-through was one of the cleanest we saw this cycle, and Martin asked me to pass
that along. If you're open to it, I'd like to keep you in mind for the Analyst intake in the
autumn - I'll reach out directly when we open it.

Thank you for the time you put into the three rounds.

Priya Raman
Senior Recruiter, Brightwater Advisory
(617) 555-0148

On Fri, May 9, 2025 at 10:12 AM Priya Raman <priya.raman@brightwateradvisory.com> wrote:
> Hi Ethan, congratulations - you're through to the final round for the Business
> Analyst role. We'd like to invite you to our Boston office on Thursday May 15 at
> 9:30am for a case interview and partner conversation.
""", company="Brightwater Advisory", contact="Priya", role="Business Analyst", diff="hard",
  reply=True, notes="final-round rejection; quoted part is an interview invite; no 'unfortunately'")

E("rejection", ("Skyvale Airways Recruitment", "skyvale@candidates.smartrecruiters.com"),
  "Your application for Revenue Management Graduate", "2025-01-22 08:15 +0000", """
Hello Ethan,

Thanks for your interest in the Revenue Management Graduate programme at Skyvale Airways.

Unfortunately we are unable to offer you a place on the next stage of the programme this year.
Due to the volume of applications we cannot provide individual feedback.

We wish you all the best for your future career.

Skyvale Airways Early Careers Team
""", company="Skyvale Airways", role="Revenue Management Graduate", headers=AUTO)

E("rejection", ("Tom Kessling", "tom@parcelbird.io"),
  "quick update", "2025-06-03 13:22 -0700", """
Ethan - thanks again for chatting with us last week. We ended up going a different direction for
the ops role; the team wanted someone who's already run carrier onboarding end to end.

Appreciated the time. Good luck out there.

Tom
""", company="Parcelbird", contact="Tom", role="", diff="hard",
  notes="very short; 'different direction'; no company signature (domain only)")

E("rejection", ("Greenlane Markets", "greenlanemarkets@myworkday.com"),
  "Greenlane Markets: Merchandising Analyst", "2025-03-14 16:48 -0600", """
Hi Ethan,

Thank you for your interest in the Merchandising Analyst opportunity with Greenlane Markets. We
have carefully reviewed your background and qualifications and have decided to pursue other
applicants whose experience more closely matches the needs of this role.

We encourage you to keep an eye on our careers page.

Greenlane Markets Talent Team
""", company="Greenlane Markets", role="Merchandising Analyst", fmt="html", cte="base64",
  headers=AUTO, notes="HTML only, base64")

E("rejection", ("Fennimore & Lusk", "careers@fennimorelusk.com"),
  "Thank you from Fennimore & Lusk", "2025-10-08 09:30 -0400", """
Dear Ethan,

Thank you for taking the time to interview for the Associate Consultant position. We enjoyed
learning about your econometrics project and your work with the student investment fund.

After reviewing all candidates from this round, we have decided not to extend an offer at this
time. This was a difficult decision given the calibre of the pool.

We'll retain your details and may reach out regarding future opportunities.

Kind regards,
Graduate Recruiting
Fennimore & Lusk Consulting
""", company="Fennimore & Lusk Consulting", role="Associate Consultant", diff="hard",
  notes="mentions interview and 'offer' in the negative")

E("rejection", ("Maple Crest Credit Union", "notifications@maplecrest.taleo.net"),
  "Maple Crest Credit Union - Member Insights Analyst - Application Status",
  "2025-04-29 10:05 -0400", """
Dear Ethan Park,

Re: Member Insights Analyst (Req 25-0311), Toronto ON

Thank you for your interest in a career with Maple Crest Credit Union. The position has now been
filled. We appreciate the time you invested in the application process.

Sincerely,
Human Resources
Maple Crest Credit Union

*** Please do not reply to this message. ***
""", company="Maple Crest Credit Union", role="Member Insights Analyst", headers=AUTO,
  notes="position filled")

E("rejection", ("Lena Hartmann", "l.hartmann@nordlicht-analytics.de"),
  "Ihre Bewerbung als Junior Data Analyst (m/w/d)", "2025-07-16 14:12 +0200", """
Hallo Herr Park,

vielen Dank für Ihre Bewerbung und das angenehme Gespräch am vergangenen Dienstag.

Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden, deren Profil
noch etwas besser zu den Anforderungen des Teams passt. Diese Entscheidung ist uns nicht leicht
gefallen.

Gerne würden wir Ihre Unterlagen für zukünftige Positionen in unserem Talentpool behalten, sofern
Sie einverstanden sind.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Lena Hartmann
People & Culture
Nordlicht Analytics GmbH
""", company="Nordlicht Analytics GmbH", contact="Lena", role="Junior Data Analyst (m/w/d)",
  lang="de", cte="quoted-printable", notes="German")

E("rejection", ("Banque Verrier - Recrutement", "recrutement@banque-verrier.fr"),
  "Votre candidature - Analyste Risques junior", "2025-09-02 11:40 +0200", """
Bonjour Ethan,

Nous vous remercions de l'intérêt que vous portez à Banque Verrier et du temps consacré à votre
candidature au poste d'Analyste Risques junior.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable.

Nous conservons néanmoins votre CV et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait.

Bien cordialement,
L'équipe Recrutement
Banque Verrier
""", company="Banque Verrier", role="Analyste Risques junior", lang="fr", cte="base64",
  headers=AUTO, notes="French, base64")

E("rejection", ("Jordan Ellis", "jordan.ellis@ledgerstone.com"),
  "Ledgerstone - Sales Development Representative", "2025-08-21 18:03 -0500", """
Hey Ethan,

Hope your week's going okay. I just got out of our debrief on the SDR role and wanted to let you
know before the weekend: this one didn't work out. The team picked someone with a bit more
outbound experience, and honestly your mock call was solid.

If you want, I'm happy to intro you to a friend at Tidewater Capital who's hiring BDRs - just say
the word.

Jordan Ellis | Talent Partner
Ledgerstone Financial
""", company="Ledgerstone Financial", contact="Jordan", role="Sales Development Representative",
  diff="hard", notes="'didn't work out'; casual; referral offer")

E("rejection", ("Aurora Northern Air", "aurora-northern@jobs.jobvite.com"),
  "Network Planning Analyst - Aurora Northern Air", "2026-01-13 09:22 -0700", """
Hi Ethan,

Thank you for applying to Aurora Northern Air. We appreciate your interest in the Network
Planning Analyst role in Calgary.

After reviewing your application, we have determined that your qualifications are not the right
match at this time. We will keep your resume on file for six months.

All the best,
Aurora Northern Air People Team
""", company="Aurora Northern Air", role="Network Planning Analyst", headers=AUTO,
  notes="'not the right match at this time'")

E("rejection", ("Hannah Cole", "hcole@bramblefinch.co.uk"),
  "RE: Graduate Buying Scheme - assessment centre", "2025-11-27 12:15 +0000", """
Hi Ethan,

Thanks for your patience since the assessment centre on the 18th.

I'm sorry to say we won't be offering you a place on the Graduate Buying Scheme this year. The
group exercise feedback was positive, but the commercial case study scores were just below the
bar we set for the intake.

I know that's disappointing after a full day with us. If you'd like a short feedback call, reply
and I'll set one up.

Best wishes,
Hannah Cole
Early Careers Lead
Bramble & Finch

-----Original Message-----
From: Hannah Cole
Sent: 10 November 2025 09:02
Subject: Graduate Buying Scheme - assessment centre

Dear Ethan, I'm pleased to invite you to our assessment centre on Tuesday 18 November at 8:45am at
our London head office...
""", company="Bramble & Finch", contact="Hannah", role="Graduate Buying Scheme", diff="hard",
  reply=True, notes="rejection after assessment centre; quotes invite; offers feedback call")

E("rejection", ("Tidy Ledger Hiring", "no-reply@ashbyhq.com"),
  "Your application to Tidy Ledger", "2025-03-03 15:44 -0800", """
Hi Ethan,

Thanks so much for your interest in the Growth Analyst role at Tidy Ledger.

We've reviewed your application carefully and unfortunately we won't be moving forward at this
time. We know job searching is hard, and we truly appreciate you considering us.

Warmly,
The Tidy Ledger team
""", company="Tidy Ledger", role="Growth Analyst", fmt="alt", headers=AUTO, notes="Ashby template")

E("rejection", ("Open Harvest Food Network", "jobs@openharvest.org"),
  "Program Data Coordinator", "2025-12-09 10:30 -0500", """
Dear Ethan,

On behalf of the hiring committee, thank you for interviewing for the Program Data Coordinator
role. We were impressed by your volunteer work with campus food pantries.

The committee has now offered the position to another candidate, who has accepted. We hope you'll
continue to support Open Harvest, and we'd be glad to hear from you about future roles.

With gratitude,
Denise Albright
Director of Operations
Open Harvest Food Network
""", company="Open Harvest Food Network", contact="Denise", role="Program Data Coordinator",
  diff="hard", notes="'offered the position to another candidate'")

E("rejection", ("Consultora Alameda", "talento@consultora-alameda.es"),
  "Proceso de selección - Analista de Negocio", "2025-06-25 09:50 +0200", """
Hola Ethan:

Te agradecemos sinceramente tu interés en formar parte de Consultora Alameda y el tiempo que has
dedicado al proceso de selección para la posición de Analista de Negocio.

Tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan
más a las necesidades actuales del proyecto.

Guardaremos tu currículum en nuestra base de datos para futuras vacantes.

Un saludo,
Marta Quintero
Equipo de Talento
""", company="Consultora Alameda", contact="Marta", role="Analista de Negocio", lang="es",
  cte="quoted-printable", notes="Spanish")

E("rejection", ("Civic Data Service", "donotreply@civicdata.gov.uk"),
  "Outcome of your application: 284113 - Assistant Statistician", "2026-02-18 14:00 +0000", """
Dear Ethan Park

Application reference: 284113
Vacancy: Assistant Statistician (HEO)

Thank you for your application. The sift panel has now assessed all applications against the
essential criteria.

We regret that on this occasion your application was not successful and you have not been
invited to the interview stage.

Your scores: Behaviour - Analytical thinking: 3; Technical - Statistical methods: 4.

Yours sincerely
Civic Data Service Recruitment
""", company="Civic Data Service", role="Assistant Statistician", headers=AUTO, diff="hard",
  notes="government sift; 'not invited to the interview stage'")

E("rejection", ("Wren Talent Partners", "sophie@wrentalent.com"),
  "Fwd: Pelican Coast - Ops Analyst feedback", "2025-09-30 16:25 -0400", """
Hi Ethan,

Passing along the note I just got from the client. Sorry it's not better news - let's get on a
call next week, I have two other airline roles that I think suit you.

Sophie

---------- Forwarded message ---------
From: Marcus Dell <mdell@pelicancoastair.com>
Date: Tue, Sep 30, 2025 at 2:51 PM
Subject: Pelican Coast - Ops Analyst feedback
To: Sophie Grant <sophie@wrentalent.com>

Sophie - thanks for sending Ethan over. Good conversation, sharp on the numbers, but we're going
with our internal candidate from the Tampa station. Please thank him for us.

Marcus
""", company="Pelican Coast Airlines", contact="Sophie", role="Ops Analyst", diff="hard",
  notes="agency forwards client's decision; decision in forwarded part")

E("rejection", ("Copperfield Outfitters", "copperfield@hire.lever.co"),
  "Copperfield Outfitters | Retail Operations Associate", "2025-04-07 11:18 -0700", """
Ethan,

Thank you for your interest in Copperfield Outfitters! We've had a chance to review your
application for the Retail Operations Associate position. At this time we've decided to move
forward with other candidates.

We appreciate your interest and encourage you to apply again in the future.

Best,
Copperfield Outfitters Recruiting
""", company="Copperfield Outfitters", role="Retail Operations Associate", headers=AUTO,
  notes="Lever; 'move forward with other candidates'")

E("rejection", ("Alex Moreau", "alex.moreau@tallispartners.ca"),
  "Analyst role", "2026-03-20 08:55 -0400", """
Hi Ethan,

Thank you for meeting with Rebecca and me on Tuesday. I enjoyed the conversation about your
pricing thesis.

We've decided to proceed with another candidate whose background is a closer fit for the
regulatory work this team does. I want to be clear that this isn't a reflection of your ability
- you'd be a great fit for the firm, just not for this particular seat.

Please do stay in touch; I'll flag your name to our Montreal office, which often hires analysts
in the spring.

Best regards,
Alex
--
Alex Moreau
Manager, Tallis Partners
Toronto
""", company="Tallis Partners", contact="Alex", role="Analyst", diff="hard",
  notes="'great fit for the firm but not this seat'; stay-in-touch offer")

E("rejection", ("Halden County Human Resources", "hr-noreply@haldencounty.gov"),
  "Halden County Employment Application - Budget Analyst I", "2025-05-06 07:30 -0500", """
Ethan Park,

Thank you for your interest in employment with Halden County. You applied for Budget Analyst I
(Job #2025-0442).

The hiring department has reviewed applications and selected candidates for interview. You were
not selected to move forward in this recruitment. This does not affect your eligibility for other
County positions.

Halden County Human Resources
""", company="Halden County", role="Budget Analyst I", headers=AUTO, diff="hard",
  notes="mentions interview selection; not selected")

E("rejection", ("Quarry Hiring Team", "quarry@notifications.workable.com"),
  "Update on your Quarry application", "2026-05-12 10:10 +0100", """
Hi Ethan,

Thanks for applying for Operations Associate at Quarry and for completing the written exercise.

We've had a lot of strong applications and after careful consideration we won't be taking your
application to the next stage. We'd like to thank you for your time and wish you all the best.

The Quarry team
""", company="Quarry", role="Operations Associate", headers=AUTO, fmt="alt",
  notes="Workable; mentions exercise")

E("rejection", ("Kessler Reisen GmbH", "karriere@kessler-reisen.de"),
  "Absage: Trainee Revenue Management (w/m/d)", "2026-04-02 09:05 +0200", """
Sehr geehrter Herr Park,

herzlichen Dank für Ihr Interesse an Kessler Reisen und an der Position Trainee Revenue
Management (w/m/d).

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht
berücksichtigen können. Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an
Bewerbungen keine individuelle Rückmeldung geben können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Freundliche Grüße
Ihr Recruiting-Team
Kessler Reisen GmbH
""", company="Kessler Reisen GmbH", role="Trainee Revenue Management (w/m/d)", lang="de",
  headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Personio"}, notes="German; Personio")

E("rejection", ("Nadia Brooks", "nbrooks@lumenhealth.org"),
  "Thank you", "2026-07-08 15:37 -0400", """
Ethan,

I appreciated you coming in on Monday. We've made our decision and it isn't going to be you this
time - we hired someone who has already managed a Medicaid data submission.

That said, I'd be happy to be a reference-of-sorts for other roles: you clearly know your SQL.

Nadia Brooks
Analytics Manager
Lumen Health Partners
""", company="Lumen Health Partners", contact="Nadia", role="", diff="hard",
  notes="indirect; subject just 'Thank you'")

E("rejection", ("Stonebridge Insurance", "stonebridge@icims.com"),
  "Claims Operations Analyst - Application Update", "2026-06-15 12:00 -0400", """
Dear Ethan,

Thank you for your application for the position of Claims Operations Analyst (Job ID 7731) at
Stonebridge Insurance. We have reviewed your candidacy and, while your qualifications are
impressive, we have chosen to focus on candidates whose background better aligns with our
current needs.

We appreciate your interest and wish you success in your search.

Stonebridge Insurance Talent Acquisition
""", company="Stonebridge Insurance", role="Claims Operations Analyst", headers=AUTO, fmt="html",
  notes="iCIMS; HTML only")

E("rejection", ("Oakhurst Group", "careers@oakhurst-group.com"),
  "Regarding the Graduate Analyst Programme 2026", "2026-02-03 17:20 +0000", """
Dear Ethan,

Thank you for completing the video interview for our Graduate Analyst Programme 2026. Our
assessors have now reviewed all submissions.

We're sorry to let you know that your application will not be progressing to the assessment
centre. Competition this year was exceptionally strong, with over 9,000 applications for 60
places.

Your online test results remain valid for 12 months should you wish to apply for our summer
internship.

The Oakhurst Early Careers Team
""", company="Oakhurst Group", role="Graduate Analyst Programme 2026", headers=AUTO, diff="hard",
  notes="mentions video interview and assessment centre; 'not progressing'")

E("rejection", ("Ravi Menon", "ravi@loomkit.com"),
  "Re: Loomkit BizOps", "2026-09-24 21:14 -0700", """
Hey Ethan, sorry for the slow reply. We closed the BizOps search last week with someone from our
customer side who moved over. Didn't want to leave you hanging. Thanks for being so patient
through the process - really liked your take-home.

-R

> On Sep 10, 2026, at 9:02 AM, Ethan Park <ethan.park.apply@gmail.com> wrote:
> Hi Ravi, just checking in on the BizOps Associate role - any update on timing? Happy to
> send anything else you need.
""", company="Loomkit", contact="Ravi", role="BizOps Associate", diff="hard", reply=True,
  notes="filled internally; sounds like a close of search (not a hold)")

# --------------------------------------------------------------------------------------------
# on_hold (10)
# --------------------------------------------------------------------------------------------
E("on_hold", ("Megan Fowler", "megan.fowler@harrowgatebank.com"),
  "Commercial Banking Analyst - pausing the search", "2025-06-12 10:44 -0400", """
Hi Ethan,

I owe you an update. Late yesterday our finance committee put a freeze on all new external hires
in Commercial Banking through at least the end of Q3. That means we're pausing the search for the
Commercial Banking Analyst role, including the second-round interviews we'd talked about.

This has nothing to do with your candidacy - you were one of the two people we were most excited
about. If the freeze lifts I'll come back to you first.

Megan Fowler
Recruiting Manager, Harrowgate Bank
""", company="Harrowgate Bank", contact="Megan", role="Commercial Banking Analyst", diff="hard",
  notes="hiring freeze; mentions interviews and praise")

E("on_hold", ("Skyvale Airways Careers", "skyvale@candidates.smartrecruiters.com"),
  "Important update: Cabin Planning Analyst", "2025-10-21 13:30 +0100", """
Dear Ethan,

We are writing to let you know that the Cabin Planning Analyst vacancy (ref SKY-4471) has been
withdrawn following a review of the planning function. As a result, we are no longer recruiting
for this position and your application has been closed.

This decision is not a reflection of your application. We encourage you to look at our other
opportunities.

Skyvale Airways Talent Acquisition
""", company="Skyvale Airways", role="Cabin Planning Analyst", headers=AUTO, diff="hard",
  notes="vacancy withdrawn; 'application has been closed' reads like rejection")

E("on_hold", ("Grupo Ferrolano", "seleccion@grupoferrolano.com"),
  "Actualización sobre el puesto de Analista de Operaciones", "2026-01-27 12:05 +0100", """
Estimado Ethan:

Queremos informarte de que, debido a una reorganización interna del área de Operaciones, hemos
decidido suspender temporalmente el proceso de selección para el puesto de Analista de
Operaciones.

Esta decisión no tiene relación con tu candidatura. Si el proceso se reactiva en los próximos
meses, nos pondremos en contacto contigo.

Atentamente,
Lucía Paredes
Recursos Humanos
Grupo Ferrolano
""", company="Grupo Ferrolano", contact="Lucía", role="Analista de Operaciones", lang="es",
  cte="base64", notes="Spanish; reorg; process suspended")

E("on_hold", ("Greenlane Markets", "greenlanemarkets@myworkday.com"),
  "Greenlane Markets: Pricing Analyst requisition update", "2025-08-05 09:12 -0600", """
Hello Ethan,

The Pricing Analyst requisition you applied to has been cancelled by the hiring team. No further
action is needed on your part and you will not be considered for this specific requisition.

You can view and apply to other open positions at any time.

Greenlane Markets Talent Team
""", company="Greenlane Markets", role="Pricing Analyst", headers=AUTO, diff="hard",
  notes="requisition cancelled; 'not be considered' wording")

E("on_hold", ("Sam Whitaker", "sam.whitaker@literacybridge.org"),
  "Grants & Impact Analyst - budget news", "2025-12-16 16:05 -0500", """
Hi Ethan,

I'm sorry to be sending this right before the holidays. Our largest foundation grant came in well
below what we'd planned, and the board has asked us to hold all new positions until the spring
budget is approved. The Grants & Impact Analyst role is one of them.

I'd still love to finish the conversation we started. Can I reach out in March?

Warmly,
Sam Whitaker
Executive Director, Literacy Bridge Alliance
""", company="Literacy Bridge Alliance", contact="Sam", role="Grants & Impact Analyst",
  notes="budget; position held")

E("on_hold", ("Parcelbird Recruiting", "no-reply@ashbyhq.com"),
  "Your application for Strategy & Operations Associate", "2026-03-09 11:11 -0700", """
Hi Ethan,

We wanted to give you a transparent update. Parcelbird has decided to pause hiring for the
Strategy & Operations Associate role while leadership reprioritises our 2026 roadmap.

We've kept your application on file, and if the role reopens in the coming months we'll reach out
before posting it publicly.

Thanks for your patience,
Parcelbird Recruiting
""", company="Parcelbird", role="Strategy & Operations Associate", headers=AUTO,
  notes="Ashby; pause")

E("on_hold", ("Chris Oyelaran", "chris@bridgewelltalent.com"),
  "Northcote role - on ice", "2026-05-28 08:40 +0100", """
Morning Ethan,

Quick one: Northcote Building Society have just told me their Graduate Risk Analyst vacancy is on
ice. They're mid-merger with Fairhaven and HR has stopped all graduate hiring until the deal
completes, probably September.

Your application's still with them, so nothing to do. I'll chase in the summer.

Cheers,
Chris
Bridgewell Talent | Financial Services
""", company="Northcote Building Society", contact="Chris", role="Graduate Risk Analyst",
  diff="hard", notes="agency recruiter about client; informal 'on ice'")

E("on_hold", ("Lumen Conseil", "rh@lumen-conseil.fr"),
  "Poste de Consultant Junior Data - mise en suspens", "2026-06-30 15:20 +0200", """
Bonjour Ethan,

Je reviens vers vous concernant le poste de Consultant Junior Data. Suite à la perte d'un client
important, la direction a décidé de geler les recrutements jusqu'à nouvel ordre. Le processus est
donc mis en suspens.

Votre profil nous a beaucoup plu et je ne manquerai pas de vous recontacter dès que la situation
évoluera.

Bien à vous,
Claire Delmas
Chargée de recrutement
""", company="Lumen Conseil", contact="Claire", role="Consultant Junior Data", lang="fr",
  cte="quoted-printable", notes="French; recruitment freeze")

E("on_hold", ("Tidy Ledger Hiring", "no-reply@ashbyhq.com"),
  "Update: Revenue Operations Analyst", "2026-08-18 10:00 -0700", """
Hi Ethan,

Thank you for applying to Tidy Ledger. We're reaching out because the Revenue Operations Analyst
role is no longer open - the position was eliminated as part of a team restructure.

This is not a reflection of your qualifications. We hope you'll consider us for future roles.

The Tidy Ledger team
""", company="Tidy Ledger", role="Revenue Operations Analyst", headers=AUTO, diff="hard",
  notes="role eliminated; 'no longer open' next to thanks-for-applying template")

E("on_hold", ("Eleanor Vance", "evance@haldencounty.gov"),
  "RE: Performance Auditor interview", "2026-10-14 11:47 -0500", """
Ethan,

I need to cancel our interview set for Thursday. The County Administrator just announced a
hiring pause for all non-public-safety positions pending the 2027 budget vote in December, and
the Performance Auditor position is included.

I'm sorry for the short notice. If the position is re-posted after the vote, I'll let you know
and you won't need to re-apply.

Eleanor Vance
Internal Audit Manager
Halden County

From: Eleanor Vance
Sent: Friday, October 9, 2026 2:10 PM
To: Ethan Park
Subject: Performance Auditor interview

Hi Ethan, confirming your interview on Thursday, October 15 at 10:00 AM in Room 204 of the
County Annex.
""", company="Halden County", contact="Eleanor", role="Performance Auditor", diff="hard",
  reply=True, notes="interview cancelled due to hiring pause; quoted confirmation")

# --------------------------------------------------------------------------------------------
# interview (22)
# --------------------------------------------------------------------------------------------
E("interview", ("Priya Raman", "priya.raman@brightwateradvisory.com"),
  "Brightwater Advisory - first round interview", "2025-04-21 09:30 -0400", """
Hi Ethan,

Thanks for applying to the Business Analyst role at Brightwater Advisory. We'd love to invite you
to a first-round interview: a 45-minute video call with one of our managers, half behavioural and
half a short market-sizing case.

Please pick a time that suits you here: https://calendly.com/brightwater-recruiting/ba-first-round

Slots are available Monday through Thursday next week.

Best,
Priya Raman
Senior Recruiter
""", company="Brightwater Advisory", contact="Priya", role="Business Analyst",
  notes="Calendly link; no fixed time")

E("interview", ("Ledgerstone Financial via GoodTime", "scheduling@goodtime.io"),
  "Interview Confirmed: Ledgerstone Financial - Sales Development Representative",
  "2025-08-08 14:02 -0500", """
Hi Ethan,

Your interview is confirmed.

Company: Ledgerstone Financial
Position: Sales Development Representative
When: Wednesday, August 13, 2025, 11:00 AM - 11:45 AM Central Time (CT)
Where: Zoom - link below
Interviewers: Jordan Ellis (Talent Partner), Kayla Burke (SDR Manager)

Join: https://ledgerstone.zoom.us/j/83371120044

Need to reschedule? Use this link: https://goodtime.io/r/8c1f0a

Powered by GoodTime
""", company="Ledgerstone Financial", role="Sales Development Representative", headers=AUTO,
  iat="2025-08-13T11:00:00-05:00", fmt="alt", notes="GoodTime confirmation")

E("interview", ("Marcus Dell", "mdell@pelicancoastair.com"),
  "Ops Analyst - quick chat?", "2025-09-15 10:20 -0400", """
Hi Ethan,

Sophie at Wren passed along your resume for our Ops Analyst opening at Pelican Coast. Do you have
20 minutes for a quick chat on Thursday at 3pm ET? Just a phone call - I'll give you the lay of
the land on the station operations team and you can ask me anything.

If that doesn't work, send me a couple of times that do.

Marcus Dell
Manager, Station Operations
Pelican Coast Airlines
""", company="Pelican Coast Airlines", contact="Marcus", role="Ops Analyst", diff="hard",
  iat="2025-09-18T15:00:00-04:00", notes="'quick chat'; relative day resolved from Date")

E("interview", ("Tidy Ledger", "no-reply@ashbyhq.com"),
  "Invitation: Tidy Ledger Growth Analyst - Take-home + Review", "2026-04-14 12:30 -0700", """
Hi Ethan,

Great news - the team would like to move you forward for the Growth Analyst role.

Next step is a short take-home: a CSV of anonymised signup data and three questions. Please
budget about 2-3 hours. You'll then walk the team through your answers in a 60-minute review
call.

Use the link below to start the exercise whenever you're ready (it expires in 7 days) and to book
your review session:
https://jobs.ashbyhq.com/tidyledger/assessment/2f9d

Best,
Tidy Ledger Recruiting
""", company="Tidy Ledger", role="Growth Analyst", headers=AUTO,
  notes="take-home plus review call; no fixed time")

E("interview", ("Hannah Cole", "hcole@bramblefinch.co.uk"),
  "Graduate Buying Scheme - assessment centre invitation", "2025-11-10 09:02 +0000", """
Dear Ethan,

I'm pleased to invite you to our assessment centre for the Graduate Buying Scheme on Tuesday 18
November, starting at 8:45am at our London head office (14 Garrick Yard, WC2).

The day includes a group exercise, a commercial case study and a one-to-one interview with a
Buying Manager. We'll finish by 4pm and lunch is provided.

Please confirm your attendance by replying to this email, and bring photo ID.

Kind regards,
Hannah Cole
Early Careers Lead
Bramble & Finch
""", company="Bramble & Finch", contact="Hannah", role="Graduate Buying Scheme",
  iat="2025-11-18T08:45:00+00:00", notes="assessment centre with one definite start")

E("interview", ("Andrés Villalba", "a.villalba@consultora-alameda.es"),
  "Entrevista - Analista de Negocio", "2025-06-02 11:15 +0200", """
Hola Ethan:

Gracias por tu candidatura al puesto de Analista de Negocio. Nos gustaría conocerte en una
entrevista por videollamada el jueves 5 de junio a las 16:00 (hora de Madrid).

La entrevista durará unos 40 minutos y la haremos en inglés y en español. Te enviaré el enlace
de Google Meet el mismo día por la mañana.

¿Te viene bien?

Un saludo,
Andrés Villalba
Gerente, Consultora Alameda
""", company="Consultora Alameda", contact="Andrés", role="Analista de Negocio", lang="es",
  iat="2025-06-05T16:00:00+02:00", cte="quoted-printable", notes="Spanish")

E("interview", ("Claire Delmas", "claire.delmas@lumen-conseil.fr"),
  "Invitation à un entretien - Consultant Junior Data", "2026-05-11 10:05 +0200", """
Bonjour Ethan,

Suite à l'étude de votre candidature, nous souhaiterions vous rencontrer pour un premier
entretien concernant le poste de Consultant Junior Data.

Pourriez-vous m'indiquer vos disponibilités pour un échange de 30 minutes par Teams la semaine
prochaine ? Je suis libre le mardi et le jeudi après-midi.

Bien cordialement,
Claire Delmas
Chargée de recrutement, Lumen Conseil
""", company="Lumen Conseil", contact="Claire", role="Consultant Junior Data", lang="fr",
  notes="French; asks for availability")

E("interview", ("Felix Brandt", "felix.brandt@nordlicht-analytics.de"),
  "Einladung zum Vorstellungsgespräch", "2025-07-03 16:40 +0200", """
Hallo Herr Park,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d). Wir würden Sie gerne
näher kennenlernen und laden Sie herzlich zu einem Video-Interview ein:

Dienstag, 8. Juli 2025, 10:00 Uhr (MESZ)
Microsoft Teams, der Link folgt per Kalendereinladung

Gesprächspartner sind ich sowie Lena Hartmann aus dem People-Team.

Beste Grüße
Felix Brandt
Team Lead Analytics
Nordlicht Analytics GmbH
""", company="Nordlicht Analytics GmbH", contact="Felix", role="Junior Data Analyst (m/w/d)",
  lang="de", iat="2025-07-08T10:00:00+02:00", notes="German")

E("interview", ("Ayesha Karim", "akarim@maplecrest.ca"),
  "Member Insights Analyst - Interview Details", "2025-03-24 15:10 -0400", """
Hello Ethan,
When: Thursday, March 27, 2025 1:30 PM-2:30 PM Eastern Time (US & Canada).
Where: Maple Crest Credit Union, 200 King St W, 9th floor

Hi Ethan, looking forward to meeting you in person. You'll meet with me and two analysts from
the Member Insights team. Please check in at reception on the ground floor.

Ayesha
""", company="Maple Crest Credit Union", contact="Ayesha", role="Member Insights Analyst",
  iat="2025-03-27T13:30:00-04:00", fmt="plain",
  ics=ics("Interview: Ethan Park - Member Insights Analyst", "20250327T133000",
          "20250327T143000", "America/Toronto", "akarim@maplecrest.ca",
          "200 King St W, 9th floor"),
  notes="Outlook-style invite with text/calendar part")

E("interview", ("Kayla Burke", "kburke@ledgerstone.com"),
  "Need to move our call", "2025-08-12 17:55 -0500", """
Hi Ethan - so sorry, something came up with a client on my end. Could we push tomorrow's call to
Thursday, same time (11am Central)? Jordan is fine with it. I've sent an updated invite.

Thanks for being flexible!
Kayla
""", company="Ledgerstone Financial", contact="Kayla", role="", diff="hard",
  iat="2025-08-14T11:00:00-05:00", notes="reschedule; relative day; 'something came up'")

E("interview", ("Civic Data Service", "donotreply@civicdata.gov.uk"),
  "Invitation to interview: 284590 - Research Officer", "2026-03-02 10:00 +0000", """
Dear Ethan Park

Application reference: 284590
Vacancy: Research Officer

Congratulations, you have been successful at the sift stage and we would like to invite you to
interview.

Please book an interview slot using the link below. Slots are available between 16 and 20 March
2026. Interviews will last around 45 minutes and will be held via Microsoft Teams.

Book your slot: https://www.civicdata-jobs.gov.uk/interview/284590

Yours sincerely
Civic Data Service Recruitment
""", company="Civic Data Service", role="Research Officer", headers=AUTO,
  notes="booking link; slot range")

E("interview", ("Oakhurst Group", "oakhurst@hirevue-mail.com"),
  "Oakhurst Group: complete your digital interview", "2025-11-24 09:00 +0000", """
Hi Ethan,

Thank you for applying to the Oakhurst Graduate Analyst Programme 2026. You've been invited to
complete a digital interview.

You will be asked five questions and have up to 3 minutes to answer each one. Please complete
the interview by 23:59 GMT on 5 December 2025.

Start your interview: https://app.hirevue-mail.com/oakhurst/7d2e

Good luck!
Oakhurst Early Careers
""", company="Oakhurst Group", role="Graduate Analyst Programme 2026", headers=AUTO, fmt="html",
  cte="base64", notes="one-way video interview with deadline (not a start time)")

E("interview", ("Jess Albers", "jess@parcelbird.io"),
  "Parcelbird x Ethan", "2025-05-20 08:12 -0700", """
Hey Ethan!

Tom and I loved your application for the Ops Associate role. Are you free for a 30-min Zoom
tomorrow at 10:30am PT? Nothing formal - we want to hear how you think about messy logistics
data and tell you what we're building.

Jess
Cofounder, Parcelbird
""", company="Parcelbird", contact="Jess", role="Ops Associate", diff="hard",
  iat="2025-05-21T10:30:00-07:00", notes="informal; 'nothing formal'; tomorrow resolved")

E("interview", ("ModernLoop Scheduling", "schedule@modernloop.io"),
  "Your onsite with Copperfield Outfitters is scheduled", "2025-04-01 12:20 -0700", """
Hi Ethan,

Here's your schedule for the Inventory Planning Analyst onsite at Copperfield Outfitters
headquarters (Portland, OR) on Monday, April 14, 2025.

9:00 AM - 9:45 AM PT   Hiring manager - Dana Pruitt
9:45 AM - 10:30 AM PT  Excel / SQL exercise - Omar Said
10:45 AM - 11:30 AM PT Cross-functional panel

Please arrive by 8:45 AM and ask for Recruiting at the front desk.

Sent via ModernLoop on behalf of Copperfield Outfitters
""", company="Copperfield Outfitters", role="Inventory Planning Analyst", headers=AUTO, fmt="alt",
  iat="2025-04-14T09:00:00-07:00", notes="onsite itinerary; first block start")

E("interview", ("Samira Haddad", "samira.haddad@stonebridgeins.com"),
  "Re: Claims Operations Analyst - panel interview", "2026-05-26 13:45 -0400", """
Hi Ethan,

Confirming your panel interview on Friday, May 29 at 2:00 PM Eastern. Unfortunately our
Hartford office is being renovated, so we'll do it over Webex instead of in person. A link will
come from our coordinator.

Panel: me, Greg Lutz (Claims Director) and Tanya Ruiz (Data Lead).

Best,
Samira Haddad
Talent Acquisition Partner | Stonebridge Insurance

On Thu, May 21, 2026, Ethan Park wrote:
> Hi Samira, thanks - Friday afternoon works well for me.
""", company="Stonebridge Insurance", contact="Samira", role="Claims Operations Analyst",
  diff="hard", reply=True, iat="2026-05-29T14:00:00-04:00",
  notes="'unfortunately' about venue but confirms interview")

E("interview", ("Aurora Northern Air Talent", "aurora-northern@jobs.jobvite.com"),
  "Interview request - Crew Scheduling Analyst", "2026-02-09 11:30 -0700", """
Hi Ethan,

Thank you for applying for the Crew Scheduling Analyst position. We'd like to schedule a phone
screen with our recruiter, Brynn.

Please choose from the following times (Mountain Time):
- Wed Feb 11, 9:00 AM
- Wed Feb 11, 1:30 PM
- Thu Feb 12, 10:00 AM

Reply with your preference or use the self-scheduling link in your candidate portal.

Aurora Northern Air Talent Acquisition
""", company="Aurora Northern Air", role="Crew Scheduling Analyst", headers=AUTO, diff="hard",
  notes="list of slots; no single time")

E("interview", ("Ravi Menon", "ravi@loomkit.com"),
  "Loomkit BizOps - next steps", "2026-08-04 16:02 -0700", """
Ethan,

Thanks for the great first conversation. Next up is a case-style session with our Head of
Finance and me: you'll get a short brief 24 hours before. I'm sending an invite for next Tuesday,
August 11 at 1pm Pacific, 60 minutes, Google Meet.

Ravi Menon
Head of BizOps, Loomkit
""", company="Loomkit", contact="Ravi", role="BizOps Associate", iat="2026-08-11T13:00:00-07:00",
  ics=ics("Loomkit BizOps case session - Ethan Park", "20260811T130000", "20260811T140000",
          "America/Los_Angeles", "ravi@loomkit.com", "Google Meet"),
  notes="case interview; ics attached")

E("interview", ("Kessler Reisen GmbH", "karriere@kessler-reisen.de"),
  "Ihr Interview bei Kessler Reisen - Trainee Revenue Management", "2026-03-10 08:30 +0100", """
Sehr geehrter Herr Park,

wir freuen uns, Sie zu einem ersten Kennenlernen einzuladen. Bitte wählen Sie über den folgenden
Link einen passenden Termin für ein 30-minütiges Telefoninterview:

https://kessler-reisen.jobs.personio.de/interview/9931

Die Termine stehen zwischen dem 16. und 20. März zur Verfügung.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Reisen GmbH
""", company="Kessler Reisen GmbH", role="Trainee Revenue Management (w/m/d)", lang="de",
  headers=AUTO, notes="German; Personio booking link")

E("interview", ("Denise Albright", "dalbright@openharvest.org"),
  "Coffee next week?", "2025-11-13 12:40 -0500", """
Hi Ethan,

Thanks for your application for Program Data Coordinator. I'd like to have you in to meet me and
our evaluation lead. Would Wednesday, November 19 at 10am at our warehouse office (88 Foundry
Street) work? We'll give you a short tour afterwards.

Denise Albright
Director of Operations
Open Harvest Food Network
""", company="Open Harvest Food Network", contact="Denise", role="Program Data Coordinator",
  diff="hard", iat="2025-11-19T10:00:00-05:00", notes="subject 'coffee'; proposed definite time")

E("interview", ("Tallis Partners Recruiting", "tallis@myworkday.com"),
  "Interview Scheduled: Analyst - Toronto", "2026-03-12 09:15 -0400", """
Hello Ethan,

An interview has been scheduled for you.

Job: Analyst (JR-1187), Toronto
Date: Tuesday, March 17, 2026
Time: 2:00 PM - 3:00 PM EDT
Location: 181 Bay Street, Suite 3300
Interviewers: Alex Moreau, Rebecca Shaw

Please arrive 10 minutes early.

Tallis Partners
""", company="Tallis Partners", role="Analyst", headers=AUTO, fmt="html",
  iat="2026-03-17T14:00:00-04:00", notes="Workday scheduling; HTML only")

E("interview", ("Wren Talent Partners", "sophie@wrentalent.com"),
  "Skyvale - technical interview Monday", "2026-06-04 18:10 -0400", """
Hi Ethan,

Great news, Skyvale's network planning team wants to see you for the technical round. Monday at
9am Eastern works for them (that's 2pm London, where the panel sits). It's 75 minutes: a Python
/ SQL exercise and a forecasting discussion. Invite to follow from their coordinator.

Can you confirm today?

Sophie Grant
Senior Consultant, Wren Talent Partners
""", company="Skyvale Airways", contact="Sophie", role="", diff="hard",
  iat="2026-06-08T09:00:00-04:00", notes="agency; two time zones; relative 'Monday'")

E("interview", ("Greenlane Markets Recruiting", "greenlanemarkets@myworkday.com"),
  "Next step – Supply Chain Analyst", "2026-10-05 10:30 -0600", """
Hi Ethan,

Thank you for your interest in the Supply Chain Analyst role. The hiring team has reviewed your
application and would like to learn more about you in a 30-minute phone interview with the
hiring manager, Leo Marsh.

Please use the link below to choose a time in the next 5 business days:
https://greenlane.wd5.myworkdayjobs.com/schedule/44a1

Greenlane Markets Talent Team
""", company="Greenlane Markets", role="Supply Chain Analyst", headers=AUTO,
  notes="RFC 2047 subject; scheduling link")

# --------------------------------------------------------------------------------------------
# offer (6)
# --------------------------------------------------------------------------------------------
E("offer", ("Megan Fowler", "megan.fowler@harrowgatebank.com"),
  "Your offer - Treasury Operations Analyst", "2026-01-29 16:30 -0500", """
Hi Ethan,

It was great speaking with you this afternoon. As promised, attached is your formal offer letter
for the Treasury Operations Analyst position, with a start date of March 2, 2026 and a base
salary of $74,000.

Please review, sign via the DocuSign link, and return by Thursday, February 5. Let me know if you
have any questions about benefits or relocation.

Congratulations - we're thrilled to have you.

Megan Fowler
Recruiting Manager, Harrowgate Bank
""", company="Harrowgate Bank", contact="Megan", role="Treasury Operations Analyst",
  pdf="Harrowgate_Offer_Letter_EPark.pdf", notes="offer letter attached (PDF)")

E("offer", ("Jess Albers", "jess@parcelbird.io"),
  "welcome aboard (almost!)", "2025-06-10 19:02 -0700", """
Ethan!!

Tom and I talked it over and we want you on the team. Paperwork is coming tomorrow from Rippling
- $68k, 0.08% equity, start whenever works in July. Call me tonight if you want to talk through
any of it.

So excited.
Jess
""", company="Parcelbird", contact="Jess", role="", diff="hard",
  notes="never says 'offer'; informal startup")

E("offer", ("Gabriel Roux", "g.roux@banque-verrier.fr"),
  "Proposition d'embauche - Analyste Data Junior", "2026-09-15 18:20 +0200", """
Bonjour Ethan,

Suite à vos entretiens, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le
poste d'Analyste Data Junior au sein de notre direction Paiements, en CDI, à Paris.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et la date de prise de
poste envisagée (2 novembre 2026). Merci de nous faire part de votre réponse d'ici le 25
septembre.

Au plaisir de vous compter parmi nous,
Gabriel Roux
Responsable Data Paiements
Banque Verrier
""", company="Banque Verrier", contact="Gabriel", role="Analyste Data Junior", lang="fr",
  cte="quoted-printable", pdf="Promesse_embauche_Park.pdf", notes="French; PDF")

E("offer", ("Hannah Cole", "hcole@bramblefinch.co.uk"),
  "Graduate Merchandising Scheme 2026 - conditional offer", "2026-04-22 11:00 +0100", """
Dear Ethan,

Following your assessment centre last week, I'm delighted to offer you a place on the Bramble &
Finch Graduate Merchandising Scheme starting 7 September 2026.

This offer is conditional on satisfactory references and proof of your right to work in the UK.
Your contract and onboarding pack will follow from our People Services team.

Please accept via the candidate portal within 10 working days.

Many congratulations,
Hannah Cole
Early Careers Lead, Bramble & Finch
""", company="Bramble & Finch", contact="Hannah", role="Graduate Merchandising Scheme",
  fmt="alt", notes="conditional offer")

E("offer", ("Sam Whitaker", "sam.whitaker@literacybridge.org"),
  "Following up on our call", "2026-04-08 14:10 -0400", """
Hi Ethan,

Thank you for a great conversation this morning, and for being so patient through our budget
pause. Just to put in writing what I said on the phone: we'd love for you to join Literacy Bridge
as our Grants & Impact Analyst at $61,500, starting May 4.

I'll send the paperwork from our HR platform by Friday. Take the weekend if you need it.

Warmly,
Sam
""", company="Literacy Bridge Alliance", contact="Sam", role="Grants & Impact Analyst",
  diff="hard", notes="written confirmation of verbal offer; no word 'offer'")

E("offer", ("Tallis Partners", "tallis@myworkday.com"),
  "Congratulations! Your Offer from Tallis Partners", "2026-11-03 10:00 -0500", """
Hello Ethan,

Congratulations! Tallis Partners is pleased to extend you an offer of employment for the position
of Associate Analyst, Montreal.

To review and accept your offer, sign in to your candidate home and open the Offer task:
https://tallis.wd3.myworkdayjobs.com/candidate-home

This offer expires on November 10, 2026.

Tallis Partners Talent Acquisition
""", company="Tallis Partners", role="Associate Analyst", headers=AUTO, fmt="html",
  notes="Workday offer task")

# --------------------------------------------------------------------------------------------
# application_received (16)
# --------------------------------------------------------------------------------------------
E("application_received", ("Harrowgate Bank Careers", "no-reply@harrowgate.wd5.myworkdayjobs.com"),
  "Thank you for applying - Operations Analyst (R-20417)", "2025-01-15 22:14 -0500", """
Dear Ethan,

Thank you for applying to the Operations Analyst (R-20417) position at Harrowgate Bank. We have
received your application and our recruiting team will review it.

You can check the status of your application at any time in your candidate home.

Regards,
Talent Acquisition
Harrowgate Bank
""", company="Harrowgate Bank", role="Operations Analyst", headers=AUTO)

E("application_received", ("Greenlane Markets", "greenlanemarkets@myworkday.com"),
  "We've received your application", "2025-02-26 07:55 -0600", """
Hi Ethan,

Thanks for applying for Merchandising Analyst! Your application is in. What happens next: our
recruiters review every application, and if your experience matches what the team needs, we'll
reach out to set up a phone interview. If we decide not to move forward, we'll let you know by
email.

Greenlane Markets Talent Team
""", company="Greenlane Markets", role="Merchandising Analyst", headers=AUTO, diff="hard",
  notes="describes possible interview and decline as future steps")

E("application_received", ("Quarry", "quarry@notifications.workable.com"),
  "Thanks for applying to Quarry", "2026-04-20 15:30 +0100", """
Hi Ethan,

Thanks for your application for the Operations Associate position at Quarry. We'll review it and
get back to you as soon as possible.

Kind regards,
Quarry
""", company="Quarry", role="Operations Associate", headers=AUTO, notes="Workable")

E("application_received", ("Stonebridge Insurance", "stonebridge@icims.com"),
  "Stonebridge Insurance: Application Received - Claims Operations Analyst",
  "2026-04-30 09:41 -0400", """
Dear Ethan,

Thank you for your interest in Stonebridge Insurance. This message confirms that we have received
your application for Claims Operations Analyst (Job ID 7731).

Due to the number of applications we receive, only candidates selected for an interview will be
contacted.

Sincerely,
Stonebridge Insurance Talent Acquisition
""", company="Stonebridge Insurance", role="Claims Operations Analyst", headers=AUTO, fmt="html",
  diff="hard", notes="iCIMS; mentions interview selection")

E("application_received", ("Kessler Reisen GmbH", "karriere@kessler-reisen.de"),
  "Eingangsbestätigung Ihrer Bewerbung", "2026-02-24 13:02 +0100", """
Sehr geehrter Herr Park,

vielen Dank für Ihre Bewerbung als Trainee Revenue Management (w/m/d). Hiermit bestätigen wir
den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen
bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Reisen GmbH
""", company="Kessler Reisen GmbH", role="Trainee Revenue Management (w/m/d)", lang="de",
  headers=AUTO, cte="base64", notes="German; base64")

E("application_received", ("Grupo Ferrolano Empleo", "noreply@grupoferrolano.teamtailor-mail.com"),
  "Hemos recibido tu candidatura", "2025-12-03 10:20 +0100", """
¡Hola Ethan!

Gracias por postularte al puesto de Analista de Operaciones en Grupo Ferrolano. Hemos recibido tu
candidatura correctamente.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, te contactaremos para los
siguientes pasos.

Saludos,
Equipo de Talento de Grupo Ferrolano
""", company="Grupo Ferrolano", role="Analista de Operaciones", lang="es", headers=AUTO,
  fmt="alt", notes="Spanish; Teamtailor")

E("application_received", ("Tidy Ledger", "no-reply@ashbyhq.com"),
  "Thanks for applying to Tidy Ledger!", "2025-02-17 11:06 -0800", """
Hi Ethan,

Thanks for applying to the Growth Analyst role! We're a small team, so a real human reads every
application - that takes a little time. You'll hear from us either way within two weeks.

In the meantime, you might enjoy our blog post on how we think about retention metrics.

Cheers,
The Tidy Ledger team
""", company="Tidy Ledger", role="Growth Analyst", headers=AUTO, diff="hard",
  notes="chatty template; 'real human reads'")

E("application_received", ("Civic Data Service", "donotreply@civicdata.gov.uk"),
  "Application submitted: 284113 - Assistant Statistician", "2026-01-19 20:45 +0000", """
Dear Ethan Park

Thank you for submitting your application for vacancy 284113 - Assistant Statistician (HEO).

The closing date for this vacancy is 1 February 2026. Sifting will take place after the closing
date and we expect to inform candidates of the outcome by the end of February.

Yours sincerely
Civic Data Service Recruitment
""", company="Civic Data Service", role="Assistant Statistician", headers=AUTO)

E("application_received", ("Aurora Northern Air", "aurora-northern@jobs.jobvite.com"),
  "Thank you for your application!", "2025-12-28 18:33 -0700", """
Hi Ethan,

We have received your application for Network Planning Analyst. Our recruiting team is reviewing
applications and will be in touch if your background fits our needs.

Thank you for considering a career at Aurora Northern Air - where the sky isn't the limit.

Aurora Northern Air People Team
""", company="Aurora Northern Air", role="Network Planning Analyst", headers=AUTO)

E("application_received", ("Oakhurst Group", "careers@oakhurst-group.com"),
  "Oakhurst Graduate Analyst Programme - next steps", "2025-11-05 12:00 +0000", """
Dear Ethan,

Thank you for applying to the Oakhurst Graduate Analyst Programme 2026. We have received your
application.

Next step: please complete our online numerical and situational judgement tests within 5 days.
Candidates who pass the tests will be invited to a digital interview.

The Oakhurst Early Careers Team
""", company="Oakhurst Group", role="Graduate Analyst Programme 2026", headers=AUTO, diff="hard",
  notes="acknowledgement with online tests; mentions future interview")

E("application_received", ("Open Harvest Food Network", "jobs@openharvest.org"),
  "Re: Application - Program Data Coordinator", "2025-10-30 09:05 -0400", """
Hi Ethan,

Thanks so much for your application and the thoughtful cover letter! This is a quick note to let
you know it arrived safely. Our hiring committee meets every other Friday and will review
applications after the posting closes on November 7.

Best,
The Open Harvest team
""", company="Open Harvest Food Network", role="Program Data Coordinator", diff="hard",
  reply=True, notes="sounds personal but is templated; no signer")

E("application_received", ("Pelican Coast Airlines", "pelicancoast@jobs.taleo.net"),
  "Pelican Coast Airlines - Application Confirmation", "2026-07-14 07:10 -0400", """
Dear Ethan Park,

Thank you for your interest in Pelican Coast Airlines. Your application for Crew Resource
Analyst (Requisition 26-1140) has been successfully submitted.

If your qualifications meet the requirements of the position, a member of our Talent team will
contact you.

Pelican Coast Airlines Talent Acquisition
This is an automated message. Please do not reply.
""", company="Pelican Coast Airlines", role="Crew Resource Analyst", headers=AUTO)

E("application_received", ("Loomkit", "jobs@loomkit.recruitee.com"),
  "Application received - BizOps Associate", "2026-07-22 14:25 -0700", """
Hi Ethan,

Thanks for applying for BizOps Associate at Loomkit. We've received your application and will
review it shortly.

You can track your application here: https://loomkit.recruitee.com/o/bizops-associate

The Loomkit team
""", company="Loomkit", role="BizOps Associate", headers=AUTO, notes="Recruitee")

E("application_received", ("Lumen Conseil", "no-reply@lumen-conseil.fr"),
  "Confirmation de candidature", "2026-04-28 08:00 +0200", """
Bonjour Ethan,

Nous accusons bonne réception de votre candidature pour le poste de Consultant Junior Data et
vous remercions de l'intérêt que vous portez à Lumen Conseil.

Notre équipe étudie votre dossier avec attention et reviendra vers vous dans les meilleurs
délais.

L'équipe Recrutement
""", company="Lumen Conseil", role="Consultant Junior Data", lang="fr", headers=AUTO,
  notes="French")

E("application_received", ("Brightwater Advisory Careers", "brightwater@smartrecruiters.com"),
  "Application Received: Business Analyst", "2025-04-11 23:50 -0400", """
Hi Ethan,

Thank you for applying for the Business Analyst position at Brightwater Advisory. We appreciate
your interest and will be reviewing your application shortly.

Brightwater Advisory Talent Acquisition
""", company="Brightwater Advisory", role="Business Analyst", headers=AUTO, fmt="alt")

E("application_received", ("BambooHR", "notifications@app.bamboohr.com"),
  "Thanks for your application to Halcyon Roasters", "2026-09-02 12:12 -0700", """
Hi Ethan,

Thanks for applying for the Wholesale Operations Coordinator position at Halcyon Roasters. We're
reviewing applications now; no need to follow up - we'll reach out if it looks like a match.

Halcyon Roasters
""", company="Halcyon Roasters", role="Wholesale Operations Coordinator", headers=AUTO,
  diff="hard", notes="BambooHR display name only; company in body/subject")

# --------------------------------------------------------------------------------------------
# auto_reply (14)
# --------------------------------------------------------------------------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

E("auto_reply", ("Priya Raman", "priya.raman@brightwateradvisory.com"),
  "Automatic reply: Thank you - Business Analyst interview", "2025-05-16 17:02 -0400", """
Thank you for your email. I am out of the office with limited access to email and will be back on
5/27. For urgent recruiting matters please contact recruiting@brightwateradvisory.com.

Priya
""", company="Brightwater Advisory", contact="Priya", ret="2025-05-27", headers=AR, reply=True,
  diff="hard", notes="subject mentions interview; 'back on 5/27'")

E("auto_reply", ("Jürgen Albrecht", "j.albrecht@kessler-reisen.de"),
  "Abwesenheitsnotiz: Rückfrage zur Bewerbung", "2026-03-03 09:40 +0100", """
Sehr geehrte Damen und Herren,

ich bin bis einschließlich 13.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ab dem 16.03.2026 bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an karriere@kessler-reisen.de.

Mit freundlichen Grüßen
Jürgen Albrecht
""", company="Kessler Reisen GmbH", contact="Jürgen", ret="2026-03-16", lang="de",
  headers={"Auto-Submitted": "auto-replied"}, reply=True, cte="quoted-printable",
  notes="German Abwesenheitsnotiz")

E("auto_reply", ("Claire Delmas", "claire.delmas@lumen-conseil.fr"),
  "Réponse automatique : Candidature Consultant Junior Data", "2026-07-24 12:00 +0200", """
Bonjour,

Je suis actuellement en congés et serai de retour le lundi 17 août 2026. Pour toute demande
urgente, merci de contacter rh@lumen-conseil.fr.

Cordialement,
Claire Delmas
""", company="Lumen Conseil", contact="Claire", ret="2026-08-17", lang="fr", headers=AR,
  reply=True, notes="French absence message")

E("auto_reply", ("Marcus Dell", "mdell@pelicancoastair.com"),
  "Out of Office Re: following up", "2025-10-10 08:01 -0400", """
I'm traveling for station visits and returning Monday 20 October. I'll have intermittent access
to email. For anything urgent please reach out to ops-admin@pelicancoastair.com.
""", company="Pelican Coast Airlines", contact="Marcus", ret="2025-10-20", reply=True,
  diff="hard", notes="no auto-reply headers; no signature")

E("auto_reply", ("Jordan Ellis", "jordan.ellis@ledgerstone.com"),
  "Automatic reply: Thank-you note", "2025-11-25 10:00 -0600", """
Hi there! I've left Ledgerstone Financial and this mailbox is no longer monitored. For recruiting
questions please contact Kayla Burke at kburke@ledgerstone.com.
""", company="Ledgerstone Financial", contact="Jordan", headers=AR, reply=True,
  notes="no longer at company; no date")

E("auto_reply", ("Samira Haddad", "samira.haddad@stonebridgeins.com"),
  "Automatic reply: Claims Operations Analyst - follow up", "2026-06-22 09:15 -0400", """
Thank you for your message. I am on parental leave until 2026-09-14 inclusive. During this time
please contact Greg Lutz (glutz@stonebridgeins.com) for anything related to open roles.

Samira Haddad
Talent Acquisition Partner
""", company="Stonebridge Insurance", contact="Samira", ret="2026-09-15", headers=AR, reply=True,
  diff="hard", notes="'until ... inclusive' means back the next day; parental leave")

E("auto_reply", ("Alex Moreau", "alex.moreau@tallispartners.ca"),
  "Automatic reply: Thank you", "2026-03-21 07:22 -0400", """
I'm away from the office until Monday with limited access to email. I'll respond when I'm back.

Alex
""", company="Tallis Partners", contact="Alex", ret="2026-03-23", headers=AR, reply=True,
  diff="hard", notes="relative 'until Monday'")

E("auto_reply", ("Andrés Villalba", "a.villalba@consultora-alameda.es"),
  "Respuesta automática: Seguimiento entrevista", "2025-08-06 10:03 +0200", """
Hola,

Estoy de vacaciones hasta el 25 de agosto. A mi regreso responderé tu correo lo antes posible.
Para temas urgentes, escribe a talento@consultora-alameda.es.

Un saludo,
Andrés
""", company="Consultora Alameda", contact="Andrés", ret="2025-08-25", lang="es", headers=AR,
  reply=True, diff="hard", notes="Spanish; 'hasta el 25' taken as return date; subject mentions interview")

E("auto_reply", ("Support", "hello@tidyledger.com"),
  "Re: question about my application", "2026-04-16 03:12 -0700", """
Hi,

Thanks for reaching out. This inbox isn't monitored for hiring questions. If you applied for a
role, you can check your status in the link from your application confirmation email.

- Tidy Ledger
""", company="Tidy Ledger", headers={"Auto-Submitted": "auto-replied"}, reply=True, diff="hard",
  notes="mailbox not monitored; company auto-reply")

E("auto_reply", ("Hannah Cole", "hcole@bramblefinch.co.uk"),
  "Out of office: Graduate Merchandising Scheme acceptance", "2026-04-24 13:00 +0100", """
Thank you for your email. I'm out of the office and back on Tuesday 5th May. If your query is
about an offer or your onboarding, please contact earlycareers@bramblefinch.co.uk.

Hannah
""", company="Bramble & Finch", contact="Hannah", ret="2026-05-05", headers=AR, reply=True,
  diff="hard", notes="subject contains 'acceptance'/scheme; body mentions offer")

E("auto_reply", ("Denise Albright", "dalbright@openharvest.org"),
  "Away", "2025-11-26 16:00 -0500", """
Happy Thanksgiving! I'm away from the office through Sunday, Nov 30 and will be back Monday,
December 1. Replies may be delayed.

Denise
""", company="Open Harvest Food Network", contact="Denise", ret="2025-12-01",
  headers={"X-Autoreply": "yes"}, reply=True, notes="holiday")

E("auto_reply", ("Lena Hartmann", "l.hartmann@nordlicht-analytics.de"),
  "Automatische Antwort: Ihre Nachricht", "2025-12-22 09:00 +0100", """
Vielen Dank für Ihre Nachricht. Unser Büro ist vom 22.12.2025 bis einschließlich 02.01.2026
geschlossen. Ab dem 5. Januar sind wir wieder für Sie da.

Thank you for your message. Our office is closed until January 2 inclusive; I'll be back on
5 January 2026.

Lena Hartmann
Nordlicht Analytics GmbH
""", company="Nordlicht Analytics GmbH", contact="Lena", ret="2026-01-05", lang="de",
  headers=AR, reply=True, notes="bilingual German/English")

E("auto_reply", ("Chris Oyelaran", "chris@bridgewelltalent.com"),
  "Auto: Re: Northcote update?", "2026-08-10 11:30 +0100", """
I'm on annual leave with no access to email. For urgent matters please contact the Financial
Services desk on 020 7946 0321.

Chris
""", company="Bridgewell Talent", contact="Chris", headers={"Auto-Submitted": "auto-replied"},
  reply=True, notes="no return date")

E("auto_reply", ("Ravi Menon", "ravi@loomkit.com"),
  "Re: Loomkit BizOps", "2026-09-10 09:03 -0700", """
Hey - I'm offsite with the team this week and answering email slowly. Back to normal on
September 14th.

(This is an automated response.)
""", company="Loomkit", contact="Ravi", ret="2026-09-14", reply=True, diff="hard",
  notes="subject looks like a real reply; only text says automated")

# --------------------------------------------------------------------------------------------
# other (26)
# --------------------------------------------------------------------------------------------
E("other", ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
  "12 new jobs for 'Data Analyst' in Toronto, ON", "2025-03-18 06:10 -0400", """
Your job alert for Data Analyst in Toronto, ON

Data Analyst - Maple Crest Credit Union - Toronto, ON - Actively recruiting
Junior Business Intelligence Analyst - Northgate Retail - Toronto, ON - Easy Apply
Operations Data Analyst - Aurora Northern Air - Remote (Canada)
Reporting Analyst - Tallis Partners - Toronto, ON - 3 connections work here

See all jobs: https://www.linkedin.com/jobs/search/?alert=8812

You are receiving Job Alert emails. Unsubscribe | Help
""", headers=unsub("https://www.linkedin.com/e/unsub/8812"), fmt="alt",
  notes="job alert digest naming employers")

E("other", ("Indeed", "alert@indeed.com"),
  "Sales Development Representative jobs near New York, NY", "2025-08-02 07:30 -0400", """
New jobs for Sales Development Representative near New York, NY

Sales Development Representative - Ledgerstone Financial - New York, NY - $55,000 - $65,000 a year
SDR, Mid-Market - Brightpath Software - Hybrid - Responsive employer
Business Development Associate - Kestrel Media - New York, NY - Apply with your Indeed resume

Interviewing soon? Check out our interview prep guides.

Unsubscribe from these emails
""", headers={**unsub("https://www.indeed.com/unsub?t=55ab"), **NOREPLY_LIST}, fmt="html",
  diff="hard", notes="job alert with 'interviewing' and employer names")

E("other", ("Westbrook University Career Centre", "careers@westbrooku.edu"),
  "Career Compass: bouncing back after a rejection", "2025-05-28 12:00 -0400", """
CAREER COMPASS - the Westbrook University Career Centre newsletter

This week: "Unfortunately, we will not be moving forward..." Every job seeker gets that email.
Our advisers share how to ask for feedback, when to follow up, and how to turn a final-round
rejection into a referral.

Also inside:
- Mock interview week: book a 30-minute slot with an adviser
- Employer spotlight: Open Harvest Food Network is hiring analysts
- Offer negotiation 101 (Thursday workshop)

Manage your email preferences
""", headers=unsub("https://westbrooku.edu/careers/unsubscribe"), fmt="alt", diff="hard",
  notes="newsletter quoting rejection wording; mentions interview and offer")

E("other", ("The Ledger Lines Podcast", "podcast@ledgerlines.fm"),
  "New episode: our interview with Tidy Ledger's CEO", "2025-09-09 08:00 -0700", """
This week on Ledger Lines: an interview with Noor Saleh, cofounder and CEO of Tidy Ledger, about
building accounting tools for freelancers, why they rejected their first acquisition offer, and
what she looks for when hiring her first analysts.

Listen now on your favourite podcast app.

You're receiving this because you subscribed at ledgerlines.fm.
""", headers=unsub("https://ledgerlines.fm/unsubscribe"), fmt="html", cte="base64", diff="hard",
  notes="podcast interview; 'rejected ... offer'; hiring talk")

E("other", ("Northfield Bank Alerts", "alerts@northfieldbank.com"),
  "Your card was declined", "2025-07-11 19:48 -0400", """
Hi Ethan,

A purchase on your debit card ending in 4402 was declined on Jul 11 at 7:46 PM.

Merchant: SKYVALE AIRWAYS WEB
Amount: $312.40
Reason: Insufficient funds

If you recognise this transaction, no action is needed. If not, call us at 1-800-555-0190.

Northfield Bank
""", headers=AUTO, diff="hard", notes="declined card; merchant is an employer name")

E("other", ("GitHub", "notifications@github.com"),
  "Re: [westbrook-econ/cpi-nowcast] Add seasonal adjustment to pipeline (PR #41)",
  "2025-04-02 14:22 +0000", """
@mwu-econ closed this pull request without merging.

> Thanks for the effort here, but we're going to reject this approach for now - X-13 via
> statsmodels adds a dependency we can't ship on the lab server. Happy to revisit.

--
Reply to this email directly or view it on GitHub:
https://github.com/westbrook-econ/cpi-nowcast/pull/41
""", headers={"Precedence": "list", **unsub("https://github.com/notifications/unsubscribe/abc")},
  diff="hard", notes="rejected pull request")

E("other", ("UEC 2025 Program Committee", "uec2025@conftool.org"),
  "UEC 2025 notification for submission #117", "2025-03-05 23:59 -0500", """
Dear Ethan Park,

We regret to inform you that your submission #117 "Minimum Wage Spillovers in Campus Labor
Markets" was not accepted for presentation at the Undergraduate Economics Conference 2025.

We received 212 submissions for 40 slots. Reviews are appended below.

Best regards,
UEC 2025 Program Committee
""", headers=AUTO, diff="hard", notes="academic paper not accepted")

E("other", ("Copperfield Outfitters", "deals@email.copperfieldoutfitters.com"),
  "Ethan, a special offer just for you: 20% off", "2025-11-28 06:00 -0800", """
BLACK FRIDAY STARTS NOW

Our best offer of the year: 20% off everything, plus free shipping on orders over $50.

Interview-ready blazers from $89. Shop now.

Copperfield Outfitters | Unsubscribe | Privacy
""", headers={**unsub("https://email.copperfieldoutfitters.com/u/99"), **NOREPLY_LIST},
  fmt="html", diff="hard", notes="marketing 'offer'; sender is a company he applied to")

E("other", ("Parkside Lofts Leasing", "leasing@parksidelofts.com"),
  "Your rental application - Unit 5C", "2025-06-18 15:30 -0400", """
Hi Ethan,

Thank you for applying for Unit 5C at Parkside Lofts. Unfortunately we are unable to approve your
application at this time because the income requirement (3x rent) was not met with the
documentation provided. If you have an offer letter or a guarantor, we'd be happy to reconsider.

Best,
Renata Solis
Leasing Manager
""", contact="Renata", diff="hard", notes="apartment application declined; mentions offer letter")

E("other", ("Crestline Student Loans", "noreply@crestlineloans.com"),
  "Update on your repayment plan request", "2025-10-02 09:00 -0500", """
Dear Ethan Park,

We have reviewed your application for an income-driven repayment plan. Based on the information
provided, we are unable to approve your request at this time. Your first payment of $284.16 is
due November 15, 2025.

You can submit updated income documentation from your account dashboard.

Crestline Student Loans
""", headers=AUTO, diff="hard", notes="student-loan application not approved")

E("other", ("Gina Russo", "gina@thehalfmooncafe.com"),
  "shifts next week", "2025-02-07 21:15 -0500", """
Hey Ethan,

Schedule for next week is up on the board. You've got Tues/Thu 7-1 and Saturday close. If you
need to swap for an interview again just text me, no stress - Carla said she can cover.

Thanks!
Gina
Half Moon Café
""", contact="Gina", diff="hard", notes="café shift schedule; mentions interview in passing")

E("other", ("Ironworks Fitness", "members@ironworksfitness.com"),
  "Your membership renews on March 1", "2026-02-15 10:00 -0500", """
Hi Ethan,

Just a heads-up that your Ironworks Fitness monthly membership ($39.99) renews on March 1. No
action needed. Want to freeze your membership while you travel? You can do it in the app.

See you on the floor,
Ironworks Fitness
""", headers=unsub("https://ironworksfitness.com/unsub"))

E("other", ("TicketLane", "support@ticketlane.com"),
  "Important: The Velvet Hours - show cancelled", "2025-10-16 11:20 -0400", """
Dear Ethan,

We regret to inform you that The Velvet Hours' performance at Massey Hall on October 24, 2025 has
been cancelled. A full refund for your 2 tickets will be issued to your original payment method
within 7-10 business days.

We apologise for the inconvenience.

TicketLane Customer Support
""", headers=AUTO, diff="hard", notes="'regret to inform you' concert cancelled")

E("other", ("Brooke Tanaka", "brooke.tanaka@summitpeak-search.com"),
  "Exciting Analyst opportunities - 2026 graduates", "2026-01-08 08:45 -0500", """
Hi Ethan,

I came across your profile and think you'd be a great fit for several analyst roles I'm
currently working on with leading financial services clients in New York and Chicago.

Compensation $70-85k + bonus. Interviews are happening quickly, so if you're interested, reply
with an updated resume and a good time to talk.

Best,
Brooke Tanaka
Summit Peak Search
""", contact="Brooke", headers=unsub("https://summitpeak-search.com/optout"), diff="hard",
  notes="recruiter mass mailing; mentions interviews; no specific employer")

E("other", ("Daniel Cho", "dcho.95@gmail.com"),
  "guess who has a final round", "2025-04-10 22:31 -0400", """
yo!! Brightwater called me back, I'm in the final round for their healthcare practice next
Thursday. Any tips since you went through their first round? Also drinks saturday, I owe you for
proofreading my cover letter.

D
""", contact="Daniel", diff="hard", notes="friend's own interview at a company Ethan applied to")

E("other", ("Maya Lindqvist", "maya.lindqvist@gmail.com"),
  "Fwd: Junior Analyst opening at my company", "2026-02-26 13:05 -0800", """
Saw this and thought of you! Our ops team is hiring. I can refer you if you want, just send me
your resume.

Maya

---------- Forwarded message ---------
From: Internal Mobility <mobility@harbourlinefreight.com>
Date: Wed, Feb 25, 2026 at 4:00 PM
Subject: Junior Analyst opening at my company
To: all-staff <all-staff@harbourlinefreight.com>

Know someone great? Refer them for our Junior Operations Analyst role (Vancouver). Referral
bonus $1,500 if hired and still with us after 90 days.
""", contact="Maya", diff="hard", notes="friend forwards a posting")

E("other", ("Westbrook University Career Centre", "careers@westbrooku.edu"),
  "Fall Career Fair: 80+ employers, on-the-spot interviews", "2025-09-03 10:00 -0400", """
Fall Career Fair - Thursday, September 18, 11am-3pm, Student Union Ballroom

Employers attending include Harrowgate Bank, Greenlane Markets, Skyvale Airways and Halden County.
Several employers will be conducting on-the-spot interviews, so bring copies of your resume.

RSVP on Handshake.
""", headers=unsub("https://westbrooku.edu/careers/unsubscribe"), fmt="alt", diff="hard",
  notes="career fair with on-the-spot interviews and a definite time")

E("other", ("Westbrook Alumni Network", "alumni@westbrooku.edu"),
  "Alumni mentor match: meet Rachel Okoye ('16)", "2025-10-14 09:30 -0400", """
Hi Ethan,

Good news - you've been matched with an alumni mentor through the Westbrook Mentoring Program.

Rachel Okoye ('16), Director of Strategy at Fennimore & Lusk Consulting

Rachel has offered to meet for a 30-minute coffee chat. Use the mentoring portal to schedule.

Westbrook Alumni Relations
""", headers=unsub("https://westbrooku.edu/alumni/unsub"), diff="hard",
  notes="alumni mentoring match; consulting firm name; 'offered to meet'")

E("other", ("Pablo Guerrero", "pablo.guerrero.m@gmail.com"),
  "¡Me han ofrecido el puesto!", "2026-03-30 22:10 +0200", """
¡Ethan!

¡Por fin! Después de tres entrevistas me han ofrecido el puesto de analista en el banco de
Valencia. Empiezo en mayo. ¿Y tú qué tal con tus procesos? La última vez me contaste que tenías
una entrevista en Toronto.

Cuando vengas a España te invito a unas cañas.

Un abrazo,
Pablo
""", contact="Pablo", lang="es", cte="quoted-printable", diff="hard",
  notes="Spanish; friend's own job offer")

E("other", ("LinkedIn", "messages-noreply@linkedin.com"),
  "Congratulate Jordan Ellis on starting a new position", "2025-12-02 08:15 -0500", """
Jordan Ellis started a new position as Head of Talent at Brightpath Software.

Congratulate Jordan

You are receiving notification emails. Unsubscribe
""", headers=unsub("https://www.linkedin.com/e/unsub/n1"), fmt="html",
  notes="social notification naming a recruiter he knows")

E("other", ("Handshake", "no-reply@joinhandshake.com"),
  "Webinar: Crack the case interview with Tallis Partners", "2026-01-20 11:00 -0500", """
Join consultants from Tallis Partners on Tuesday, January 27 at 6:00 PM ET for a live webinar on
case interview frameworks, common mistakes, and what recruiters look for in graduate hires.

Register now - spots are limited.

Handshake
""", headers={**unsub("https://joinhandshake.com/unsub"), **NOREPLY_LIST}, diff="hard",
  notes="webinar about case interviews with a time and company")

E("other", ("Glassdoor", "noreply@glassdoor.com"),
  "New interview reviews for Harrowgate Bank", "2025-02-20 07:00 -0500", """
3 new interview reviews for Harrowgate Bank

"Operations Analyst interview - Declined offer. Phone screen, then a superday with 4
interviews..."
"Got the offer after two rounds; HR was responsive."
"No response after the online assessment."

Read reviews on Glassdoor. Unsubscribe.
""", headers=unsub("https://glassdoor.com/unsub"), fmt="alt", diff="hard",
  notes="interview reviews quoting offer/decline wording")

E("other", ("Prof. Miriam Wu", "mwu@westbrooku.edu"),
  "Re: reference letter", "2025-01-09 16:45 -0500", """
Hi Ethan,

Of course - happy to be a reference for the analyst applications. Send me the list of roles and
deadlines and a copy of your resume so I can tailor what I say. If anyone calls, I'll mention the
CPI nowcasting project.

Best,
Miriam Wu
Associate Professor of Economics
""", contact="Miriam", reply=True, notes="professor agrees to be a reference")

E("other", ("Ridgefield Outlet", "orders@ridgefieldoutlet.com"),
  "Your order #RF-220931 has shipped", "2025-04-09 13:40 -0400", """
Hi Ethan, good news! Your order is on its way.

1 x Slim-fit navy suit jacket
1 x Oxford shirt, white

Estimated delivery: Friday, April 11.

Track your package: https://ridgefieldoutlet.com/track/RF-220931
""", headers=AUTO, notes="order receipt")

E("other", ("Kingsmere School of Economics Admissions", "admissions@kingsmere.ac.uk"),
  "Your application to MSc Economics and Data Science", "2026-03-12 12:00 +0000", """
Dear Ethan,

Following review by the Admissions Committee, we are pleased to make you an offer of admission
to the MSc Economics and Data Science programme, starting in September 2026.

Your offer is conditional on receipt of your final transcript. Please respond via the applicant
portal by 30 April 2026.

Graduate Admissions
Kingsmere School of Economics
""", headers=AUTO, fmt="alt", pdf="Offer_of_admission.pdf", diff="hard",
  notes="school admission 'offer' with PDF")

E("other", ("Fenwick Properties", "maintenance@fenwickproperties.com"),
  "Scheduled maintenance - water shut-off Thursday", "2026-10-20 09:00 -0400", """
Dear Resident,

Please note that water will be shut off at 42 Elm Row on Thursday, October 22 from 10:00am to
2:00pm for boiler repairs. We apologise for the inconvenience.

Fenwick Properties
Property Management
""", to="Residents <residents@fenwickproperties.com>", notes="landlord notice; sent to list")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    order = list(ENTRIES)
    random.Random(22).shuffle(order)
    for i, e in enumerate(order, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(bytes(build(i, e)))
        rows.append({"file": name, "label": e["label"], "company": e["company"],
                     "contact_first_name": e["contact"], "role": e["role"],
                     "return_date": e["ret"], "lang": e["lang"], "difficulty": e["diff"],
                     "notes": e["notes"], "interview_at": e["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
