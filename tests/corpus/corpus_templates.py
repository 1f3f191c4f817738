"""Message templates for make_corpus.py. TRAIN and HELDOUT share no template.

Placeholders: {company} {dom} {first} {last} {full} {email} {role} {slug} {owner} {owner_first}
and dates computed per message: {iv_long} ("Tuesday, March 24 at 2:00 PM"), {iv_day} ("Tuesday"),
{iv_time} ("2pm"), {ret_long} ("Monday, March 30"), {ret_iso}, {ret_weekday} ("Monday", the
next one), {ret_weekday_iso}, {ret_de} ("30. März"), {ret_fr} ("lundi 30 mars"), {ret_es} ("30 de marzo").
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]

REFERRER = ("Chris Alvarez", "chris.alvarez@{dom}")
COLLEAGUE = ("Dana", "Whitlock")


def _dates(v: dict[str, Any], rng: random.Random) -> None:
    sent: datetime = v["sent"]
    iv = (sent + timedelta(days=rng.randrange(2, 6))).replace(hour=rng.choice([9, 10, 11, 14, 15]), minute=0, second=0)
    while iv.weekday() >= 5:
        iv += timedelta(days=1)
    hour12 = iv.hour - 12 if iv.hour > 12 else iv.hour
    ampm = "PM" if iv.hour >= 12 else "AM"
    v["iv_long"] = f"{iv:%A, %B} {iv.day} at {hour12}:00 {ampm}"
    v["iv_day"] = f"{iv:%A}"
    v["iv_time"] = f"{hour12}{ampm.lower()}"
    v["iv_iso"] = iv.isoformat()
    ret = sent.date() + timedelta(days=rng.randrange(3, 15))
    while ret.weekday() >= 5:
        ret += timedelta(days=1)
    v["ret_long"] = f"{ret:%A, %B} {ret.day}"
    v["ret_iso"] = ret.isoformat()
    v["ret_de"] = f"{ret.day}. {DE_MONTHS[ret.month - 1]}"
    v["ret_fr"] = f"{FR_DAYS[ret.weekday()]} {ret.day} {FR_MONTHS[ret.month - 1]}"
    v["ret_es"] = f"{ret.day} de {ES_MONTHS[ret.month - 1]}"
    nxt = sent.date() + timedelta(days=1)
    while nxt.weekday() != 0:
        nxt += timedelta(days=1)
    v["ret_weekday"] = "Monday"
    v["ret_weekday_iso"] = nxt.isoformat()
    v["iv_dt"] = iv


def T(label: str, subject: str, body: str, *, sender: Any = "person", ats: str | None = None,
      gold: dict[str, str] | None = None, copies: int | None = None, difficulty: str = "easy", notes: str = "",
      **opts: Any) -> dict[str, Any]:
    def make(v: dict[str, Any], rng: random.Random) -> dict[str, Any]:
        _dates(v, rng)
        spec: dict[str, Any] = {"subject": subject.format(**v), "body": body.format(**v)}
        g = {"contact_first_name": "" if (ats or sender != "person") else "{first}"}
        g.update(gold or {})
        spec["gold"] = {k: val.format(**v) for k, val in g.items()}
        if ats:
            spec["ats"] = ats
        elif sender != "person":
            spec["from"] = (sender[0].format(**v), sender[1].format(**v))
        for key, val in opts.items():
            if key == "reply_to":
                spec["reply_to"] = val.format(**v)
            elif key == "headers":
                spec["headers"] = val
            elif key == "calendar":
                spec["calendar"] = (v["iv_dt"], val.format(**v), "REQUEST")
            else:
                spec[key] = val
        return spec

    t: dict[str, Any] = {"label": label, "make": make, "difficulty": difficulty, "notes": notes}
    if copies:
        t["copies"] = copies
    return t


def _quote(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.strip().split("\n"))


OWNER_THANKS = """Hi {first},

Thank you again for taking the time to speak with me about the {role} role. I understand if you
decide to go with other candidates, but I wanted to say how excited I am about the team.

Best,
Sam"""

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://example.net/unsub?u=1>"}

TRAIN: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ rejection
    T("rejection", "Your application to {company}", """Hi Sam,

Thank you for your interest in {company} and for applying to the {role} position.

After careful consideration, we have decided to move forward with other candidates whose experience
more closely matches the needs of the team at this time.

We appreciate the time you invested and encourage you to apply for future openings.

Best,
The {company} Recruiting Team""", ats="greenhouse"),
    T("rejection", "{company} - {role}", """Hi Sam,

Thanks so much for your interest in the {role} role at {company}. We've reviewed your application carefully and
we've decided not to move forward with your application at this time.

We'll keep your information in our system and may reach out if a role that fits your background opens up.

{company} Talent Team""", ats="lever", html_only=True),
    T("rejection", "Update on your application - {role}", """Dear Sam Okafor,

Thank you for applying for the {role} position at {company}. We would like to inform you that this position has been filled.

Your candidate profile remains active and you can apply to other roles at any time.

Sincerely,
{company} Talent Acquisition""", ats="workday", gold={"role": "{role}"}),
    T("rejection", "Re: {role} interview", """Hi Sam,

Thanks for the kind note, and thank you again for the time you spent with the team last week.

We've decided to go with another candidate whose background is a bit closer to what we need right now. It was a close
call. I'd be glad to stay in touch, and I'll reach out if something opens up that fits.

{first}

On Mon, Mar 2, 2026 at 9:15 AM Sam Okafor <sam.okafor.jobs@gmail.com> wrote:
""" + _quote(OWNER_THANKS), in_reply_to=True, difficulty="hard", notes="quoted thank-you mentions going with other candidates"),
    T("rejection", "Your application for {role} at {company}", """Dear Sam,

Thank you for your application for the {role} role with {company}.

Unfortunately, your application was not successful on this occasion. We received applications from many strong
candidates and the shortlisting decision was a difficult one.

Kind regards,
{company} Recruitment""", ats="smartrecruiters"),
    T("rejection", "{role} - Req #{slug}-2231", """Dear Sam,

Thank you for your interest in the {role} opening at {company}.

We regret to inform you that we will not be progressing your application further. We wish you every success in your job search.

Talent Acquisition
{company}""", ats="icims"),
    T("rejection", "Re: {role}", """Sam, thanks for coming in on Tuesday. We ended up hiring internally for the {role} spot, so we're set for now.
Wishing you the best in your search.

{first}

Sent from my iPhone""", in_reply_to=True, difficulty="hard", notes="short, no rejection keywords"),
    T("rejection", "Votre candidature - {role}", """Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.

Après une étude attentive de votre profil, nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Nous vous souhaitons une bonne continuation.

{full}
Chargée de recrutement, {company}""", lang="fr"),
    T("rejection", "Ihre Bewerbung als {role}", """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
{full}
Personalabteilung | {company}""", lang="de"),
    # ------------------------------------------------------------------ on hold
    T("on_hold", "Update on the {role} search", """Hi Sam,

We wanted to let you know that the {role} requisition has been put on hold due to budget constraints for the rest of
the fiscal year. This is not a reflection of your application.

We will reach out if the search resumes.

{company} Recruiting""", ats="greenhouse"),
    T("on_hold", "{role} - quick update", """Hi Sam,

I owe you an update. Leadership paused hiring across the company for the rest of the quarter, so the {role} process is
on hold for now. This has nothing to do with you; the team really enjoyed our conversations.

I'll let you know as soon as we can restart.

Best,
{first}

{full} | Talent Partner | {company}""", difficulty="hard"),
    T("on_hold", "About the {role} role at {company}", """Hi Sam,

Due to a change in company priorities, we have closed the {role} role without filling it. This decision is not a
reflection of your candidacy, and we are grateful for your interest.

{company} Recruiting""", ats="ashby"),
    T("on_hold", "Proceso de selección - {role}", """Hola Sam:

Te escribimos para informarte de que el proceso de selección para el puesto de {role} ha sido suspendido por motivos
presupuestarios. No se trata de una valoración de tu candidatura.

Te contactaremos si el proceso se reactiva.

Un saludo,
{full}
{company}""", lang="es"),
    # ------------------------------------------------------------------ interview
    T("interview", "Interview confirmed: {role} with {company}", """Hi Sam,

Your interview for the {role} position is confirmed for {iv_long} Eastern. A calendar invitation is attached.

You'll meet with two members of the team over Zoom.

{company} Recruiting""", ats="greenhouse", calendar="Interview: {role} ({company})",
      gold={"role": "{role}"}),
    T("interview", "{role} - phone screen?", """Hi Sam,

Thanks for applying to the {role} role. Would you be available for a 30-minute phone screen on {iv_day} at {iv_time}?
If that doesn't work, send me a couple of times that suit you.

Thanks,
{full}
Recruiter, {company}"""),
    T("interview", "Schedule your first-round interview with {company}", """Hi Sam,

Thanks for your application for {role}. The team would like to meet you! Please pick a time for your first-round
interview using the link below.

https://jobs.ashbyhq.com/{slug}/schedule/abc123

{company} Recruiting""", ats="ashby"),
    T("interview", "Re: {role} - {iv_day}", """Hi Sam,

Thanks for your note! Something came up on my end; could we do {iv_long} instead? Same video link.

{first}

On Tue, Jun 3, 2025 at 8:10 AM Sam Okafor <sam.okafor.jobs@gmail.com> wrote:
""" + _quote(OWNER_THANKS), in_reply_to=True, difficulty="hard", notes="reschedule; quoted text mentions other candidates"),
    T("interview", "Next steps for the {role} role", """Hi Sam,

Great news: we'd like to invite you to a video interview with the hiring team for the {role} role.
Please share your availability for next week.

{company} Talent Team""", ats="lever", html_only=True),
    T("interview", "Final round at our office", """Hi Sam,

We'd love to have you in for a final round at our office for the {role} position. You'll meet the hiring manager and
two people from the team, about three hours in total. Would {iv_day} work?

Best,
{full}
{company}"""),
    T("interview", "Einladung zum Vorstellungsgespräch - {role}", """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als {role}. Gerne möchten wir Sie zu einem Vorstellungsgespräch per Video einladen.
Bitte teilen Sie uns mit, welcher der folgenden Termine Ihnen passt.

Mit freundlichen Grüßen
{full}
{company}""", lang="de"),
    T("interview", "Fwd: Sam Okafor - {role}", """Sam, good news below! Let me know if you need anything.

Chris

---------- Forwarded message ---------
From: {full} <{email}>
Date: Mon, Apr 6, 2026 at 10:02 AM
Subject: Sam Okafor - {role}
To: Chris Alvarez <chris.alvarez@{dom}>

Chris, thanks for the referral. I'd love to set up a call with Sam about the {role} role this week.

{first}
{company}""", sender=REFERRER, gold={"contact_first_name": "Chris"}, difficulty="hard", notes="forwarded invitation"),
    # ------------------------------------------------------------------ offer
    T("offer", "Offer - {role}", """Hi Sam,

I'm thrilled to offer you the {role} position at {company}! Your offer letter is attached with the full details.

Please let me know if you have any questions.

{first}"""),
    T("offer", "Your offer from {company} is ready", """Dear Sam,

Congratulations! We are pleased to extend you an offer for the position of {role}. Please sign in to Candidate Home
to review and accept your offer.

Talent Acquisition | {company}""", ats="workday", html_only=True),
    T("offer", "Following up on today's call", """Sam,

Great speaking with you. As promised, here's a summary of what we discussed:

- Title: {role}
- Base salary: $72,000 per year plus bonus
- Start date: the first Monday of next month
- PTO: 20 days

Let me know if you have questions, and take a few days to think it over.

{full}
{company}""", difficulty="hard", notes="verbal offer summary without the word offer"),
    # ------------------------------------------------------------------ application received
    T("application_received", "Thank you for applying to {company}", """Hi Sam,

Thanks for applying to {company}! We've received your application for {role} and our team will review it shortly.

{company} Recruiting""", ats="greenhouse"),
    T("application_received", "Application received - {role}", """Dear Sam,

Thank you for submitting your application for {role} (R-4471). It is currently under review by our Talent Acquisition team.

Sincerely,
{company} Talent Acquisition""", ats="workday"),
    T("application_received", "We received your application", """Dear Sam Okafor,

This message confirms that we have received your application for {role}. A recruiter will review your qualifications.

Talent Acquisition
{company}""", ats="icims", headers={"Auto-Submitted": "auto-generated"}),
    T("application_received", "Thanks for applying to {company}", """Hi Sam,

Thanks for applying for the {role} position. Our recruitment team is now reviewing your application.

If we decide not to move forward, we will let you know by email. If your profile matches, we'll invite you to an interview.

Best wishes,
{company} Recruitment Team""", ats="smartrecruiters", difficulty="hard", notes="conditional rejection and interview"),
    T("application_received", "Votre candidature au poste de {role}", """Bonjour Sam,

Nous avons bien reçu votre candidature au poste de {role} et nous vous en remercions. Notre équipe l'étudiera avec attention.

L'équipe recrutement
{company}""", sender=("{company} Recrutement", "recrutement@{dom}"), lang="fr"),
    # ------------------------------------------------------------------ auto reply
    T("auto_reply", "Automatic reply: {role} follow-up", """Thank you for your email. I'm out of the office until {ret_long} with limited access to email.

{first}""", headers=AUTO, in_reply_to=True, gold={"return_date": "{ret_iso}", "role": "{role}"}),
    T("auto_reply", "Out of Office", """Hello, I am currently on vacation and will be back on {ret_long}. I'll reply to your message when I return.

{full}
{company}""", in_reply_to=True, gold={"return_date": "{ret_iso}", "role": ""}, difficulty="hard", notes="no headers"),
    T("auto_reply", "Automatic reply: Thank you", """Thank you for your message. I am no longer with {company}. Please contact
Dana Whitlock at dana.whitlock@{dom} for recruiting questions.""", headers=AUTO, in_reply_to=True, gold={"role": ""}),
    T("auto_reply", "Automatische Antwort: {role}", """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag nicht im Büro.
Ab dem {ret_de} bin ich wieder für Sie erreichbar.

Mit freundlichen Grüßen
{full}
{company}""", headers=AUTO, in_reply_to=True, lang="de", gold={"return_date": "{ret_iso}", "role": "{role}"}),
    T("auto_reply", "Réponse automatique : {role}", """Bonjour,

Je suis absente du bureau et serai de retour le {ret_fr}. Je vous répondrai dès mon retour.

Cordialement,
{full}
{company}""", headers={"Auto-Submitted": "auto-replied"}, in_reply_to=True, lang="fr", gold={"return_date": "{ret_iso}", "role": "{role}"}),
    T("auto_reply", "Automatic reply: Thank you - {role} interview", """Hi! I'm on parental leave and will return on {ret_long}.
If this is about an interview, please contact recruiting@{dom}.

{first}""", headers={"X-Autoreply": "yes"}, in_reply_to=True, gold={"return_date": "{ret_iso}"}, difficulty="hard", notes="mentions interview"),
    # ------------------------------------------------------------------ other
    T("other", "15 new jobs for {role}", """15 new jobs for "{role}" near you

{role} - {company} - Remote
Posted 2 days ago

See all jobs: https://jobs.example.net/alerts

You're receiving this because you created a job alert. Unsubscribe any time.""", sender=("JobBoard Alerts", "alerts@jobboard.example"), headers=BULK, gold={"company": "", "role": ""}),
    T("other", "How to handle rejection (and 2 other reads)", """This week: "Unfortunately, we have decided to move forward with other candidates." We all get these.
Our feature on bouncing back after rejection, plus a script for your next interview.

Read more: https://careerletter.example/issue/12

Unsubscribe: https://careerletter.example/unsub""", sender=("The Career Letter", "hello@careerletter.example"), headers=BULK, gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "New episode: an interview with our founder", """Episode 12 is live: we sit down for an interview with our founder about building a team from scratch.
Listen now wherever you get your podcasts.""", sender=("Shiftcast", "news@shiftcast.example"), headers=BULK, html_only=True, gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Your card payment was declined", """Hi Sam,

Unfortunately, a payment of $42.10 on your debit card ending 4417 was declined due to insufficient funds.
This is an automated alert; please don't reply.""", sender=("Riverbank Alerts", "alerts@riverbank.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Re: [dataviz/charts] Add dark mode (PR #88)", """Thanks for the PR! After discussion we've decided not to move forward with this change, so I'm closing this pull request.

--
Reply to this email directly or view it on GitHub.""", sender=("Mira Chen", "notifications@github.com"), headers={"Precedence": "list"}, gold={"company": "", "role": "", "contact_first_name": "Mira"}, difficulty="hard"),
    T("other", "Decision on your paper #112", """Dear Sam Okafor,

We regret to inform you that your paper #112 was not accepted to the Workshop on Applied Analytics. Reviews are below.

Program Chairs""", sender=("WAA Program Chairs", "chairs@waa-workshop.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Sam, an exclusive offer: 20% off", """Your exclusive offer: 20% off all interview-ready blazers this weekend. Use code SHARP20 at checkout.""", sender=("Northline Apparel", "hello@northline.example"), headers=BULK, gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Your rental application", """Hi Sam,

Good news: your application for Apartment 4C has been approved. Please sign the lease and pay the holding deposit within 48 hours.

Jamie
Leasing Office""", sender=("Elm Court Leasing", "leasing@elmcourt.example"), gold={"company": "", "role": "", "contact_first_name": "Jamie"}, difficulty="hard"),
    T("other", "Immediate need: {role} - Contract - Remote", """Hi Sam,

This is Vikram from Apex Staffing. I came across your profile and have an urgent requirement with one of our direct clients.

Role: {role}
Rate: DOE on C2C/W2

Please reply with your updated resume and a good time for a quick call.""", sender=("Vikram Rao", "vikram@apexstaffing.example"), gold={"company": "", "role": "{role}", "contact_first_name": "Vikram"}, difficulty="hard"),
    T("other", "saturday + mock interview", """hey! still on for saturday? I can do a mock interview with you after lunch, I'll play the tough hiring manager lol

t""", sender=("Tolu Adebayo", "tolu.adebayo@gmail.com"), gold={"company": "", "role": "", "contact_first_name": "Tolu"}),
    T("other", "Webinar: ace your next interview", """Join our free webinar on Thursday: how to answer behavioural interview questions. Register here: https://events.example/ace""", sender=("Career Hub Events", "events@careerhub.example"), headers=BULK, gold={"company": "", "role": ""}),
    T("other", "Your receipt from Corner Print", """Thanks for your order! 20 x Resume print $14.00. Total $15.05. Paid with Visa ending 4417.""", sender=("Corner Print", "receipts@cornerprint.example"), gold={"company": "", "role": ""}),
]


# First held-out set: scored once untuned (macro-F1 0.609, see the report), then moved into training.
TRAIN_B: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ rejection
    T("rejection", "Application status update - {role}", """Hello Sam,

Your application status for {role} has been updated.

Status: Position filled

Thank you for considering {company}. We hope you'll apply again.

{company} Talent Acquisition""", ats="jobvite"),
    T("rejection", "{role} at {company}", """Hi Sam,

I'm sorry to share that the team has selected a different candidate for the {role} role. I really enjoyed our
conversation and I hope our paths cross again.

All the best,
{first}

{full}
Hiring Manager, {company}""", difficulty="hard"),
    T("rejection", "Regarding your application to {company}", """Hi Sam,

Thank you for your time and interest in {company}. After reviewing your application for the {role} position, we will
not be proceeding with your candidacy.

We wish you the best of luck in your search.

{company} Recruiting""", ats="greenhouse"),
    T("rejection", "Re: Thanks again - {role}", """Hi Sam,

Really appreciated your note. It was close, but we're going to go in a different direction for this role. I'd be happy
to keep in touch and let you know when we open the next analyst seat.

{first}

On Thu, Oct 2, 2025 at 6:40 PM Sam Okafor <sam.okafor.jobs@gmail.com> wrote:
""" + _quote(OWNER_THANKS), in_reply_to=True, difficulty="hard", notes="'different direction'; quoted thank-you"),
    T("rejection", "Tu candidatura - {role}", """Hola Sam:

Gracias por tu interés en {company}. Lamentamos comunicarte que no has sido seleccionado para el puesto de {role}.

Te deseamos mucha suerte.

{full}
{company}""", lang="es"),
    T("rejection", "{company} | {role}", """Hi Sam,

After careful review, we've decided to pursue other applicants whose experience more closely matches the {role} role.

Thank you for your interest in {company}.""", ats="lever", html_only=True),
    T("rejection", "Fwd: {role} - Sam Okafor", """Sam - passing along the hiring manager's reply. Sorry, I was rooting for you. Beers soon.

Chris

---------- Forwarded message ---------
From: {full} <{email}>
Date: Wed, May 6, 2026 at 3:11 PM
Subject: RE: {role} - Sam Okafor
To: Chris Alvarez <chris.alvarez@{dom}>

Chris, thanks for the referral. Sam was great, but we've offered the role to someone with more domain experience.

{first}""", sender=REFERRER, gold={"contact_first_name": "Chris"}, difficulty="hard", notes="decision only in the forwarded part"),
    # ------------------------------------------------------------------ on hold
    T("on_hold", "{role} - update", """Hi Sam,

A quick update: hiring for the {role} position is temporarily frozen while we finish our annual planning. I'll be in
touch as soon as we know more. This isn't about your candidacy.

{first}
{company}"""),
    T("on_hold", "An update on the {role} opening", """Hello Sam,

Following a reorganization, we have decided not to fill the {role} position at this time. We're grateful for your patience.

{company} Recruiting""", ats="lever", difficulty="hard"),
    T("on_hold", "Ihre Bewerbung - {role}", """Sehr geehrter Herr Okafor,

die ausgeschriebene Stelle als {role} wurde aufgrund interner Umstrukturierungen gestrichen. Das Bewerbungsverfahren
ist daher beendet. Diese Entscheidung hat nichts mit Ihrer Qualifikation zu tun.

Mit freundlichen Grüßen
{full}
{company}""", lang="de", difficulty="hard"),
    # ------------------------------------------------------------------ interview
    T("interview", "Invitation: {role} interview", """Hi Sam,

Sending over a calendar invite for your {role} interview on {iv_long} Eastern. Talk soon!

{first}""", calendar="{role} interview - Sam Okafor"),
    T("interview", "Quick chat?", """Hi Sam,

I'm the team lead for the {role} opening. Are you free {iv_day} at {iv_time} for a quick chat about the role?

Cheers,
{full}
{company}""", difficulty="hard"),
    T("interview", "Schedule your interview - {company}", """Hello Sam,

You've been selected to move forward! Please use the link below to schedule your interview for the {role} role.

{company} Recruiting""", ats="ashby", html_only=True),
    T("interview", "RE: {role} conversation", """Hi Sam,

So sorry, I need to push our call to {iv_long}. Does that still work for you?

{first}

On Mon, Nov 10, 2025 at 7:55 AM Sam Okafor <sam.okafor.jobs@gmail.com> wrote:
> Hi {first}, looking forward to our call. Sam""", in_reply_to=True, difficulty="hard"),
    T("interview", "Entretien - {role}", """Bonjour Sam,

Votre profil a retenu notre attention et nous souhaiterions vous rencontrer pour un entretien pour le poste de {role}.
Seriez-vous disponible la semaine prochaine ?

Bien cordialement,
{full}
{company}""", lang="fr"),
    T("interview", "Next steps - {role}", """Hi Sam,

The next step would be a short technical assessment followed by a conversation with two engineers from the team.
Please let me know when you're available next week.

{full}
{company}""", difficulty="hard"),
    # ------------------------------------------------------------------ offer
    T("offer", "Congratulations from {company}!", """Hi Sam,

Congratulations! We'd like to offer you the {role} role. I'll send the written offer shortly; let's find a time to talk
through the details.

{first}"""),
    T("offer", "Your formal offer - {role}", """Dear Sam,

Attached is your formal offer letter for the {role} position at {company}. Please review it and let us know by Friday.

{full}
People Team, {company}"""),
    # ------------------------------------------------------------------ application received
    T("application_received", "We've received your application", """Hi Sam,

We have received your application for the {role} position at {company}. Our team will review your qualifications and
contact you if there is a match.

{company} Careers""", ats="jobvite"),
    T("application_received", "Application submitted: {role}", """Hi Sam,

Your application for {role} has been submitted successfully. Thanks for your interest in {company}!""", ats="lever"),
    T("application_received", "Ihre Bewerbung als {role}", """Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Position {role}.
Wir melden uns in Kürze bei Ihnen.

Ihr Recruiting-Team
{company}""", sender=("{company} Recruiting", "jobs@{dom}"), lang="de"),
    T("application_received", "Thank you for your application", """Dear Sam,

Thank you for applying for the {role} position. Unfortunately, due to the volume of applications we cannot reply to
everyone individually; if your experience fits, a recruiter will contact you.

{company} Talent Acquisition""", ats="workday", html_only=True, difficulty="hard"),
    # ------------------------------------------------------------------ auto reply
    T("auto_reply", "Away: {role}", """I'm away from the office, returning {ret_long}. I'll respond to your email when I'm back.

{first}""", headers={"Auto-Submitted": "auto-replied"}, in_reply_to=True, gold={"return_date": "{ret_iso}"}),
    T("auto_reply", "Respuesta automática: {role}", """Gracias por tu mensaje. Estoy fuera de la oficina hasta el {ret_es} y responderé a mi regreso.

{full}""", headers=AUTO, in_reply_to=True, lang="es", gold={"return_date": "{ret_iso}"}),
    T("auto_reply", "Re: {role}", """This mailbox is no longer monitored. Please direct questions about your application to careers@{dom}.""", headers=AUTO, sender=("{company} Careers", "careers-noreply@{dom}"), in_reply_to=True, gold={"contact_first_name": ""}),
    T("auto_reply", "Conference - slow replies", """Hi there, I'm at a conference this week and will respond when I'm back on Monday.

{first}""", in_reply_to=True, gold={"return_date": "{ret_weekday_iso}", "role": ""}, difficulty="hard", notes="no headers; relative date"),
    # ------------------------------------------------------------------ other
    T("other", "The Mayor's interview: what's next for downtown", """In today's edition: our interview with the mayor, and the jobs report. Read online.""", sender=("City Brief", "news@citybrief.example"), headers=BULK, gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Payment declined", """We were unable to process your payment of $12.99. Your card was declined. Please update your billing details.""", sender=("StreamBox Billing", "billing@streambox.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Re: [etl-kit] Support Parquet output (#341)", """We won't merge this one, sorry: it adds a dependency we want to avoid. Closing.

--
You are receiving this because you authored the thread.""", sender=("Jo Lindgren", "notifications@github.com"), headers={"Precedence": "list"}, gold={"company": "", "role": "", "contact_first_name": "Jo"}, difficulty="hard"),
    T("other", "Manuscript decision JDS-2025-118", """Dear Dr. Okafor, we regret that your manuscript has been rejected for publication in the Journal of Data Stories.""", sender=("Journal of Data Stories", "editor@jds.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Special offer inside: 30% off", """This week only: a special offer of 30% off annual plans. Shop now.""", sender=("Notely", "deals@notely.example"), headers=BULK, gold={"company": "", "role": ""}),
    T("other", "Admission decision", """Congratulations! We are pleased to offer you admission to the Certificate in Project Management program starting in the fall semester.""", sender=("Lakeview College Admissions", "admissions@lakeview.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Jobs picked for you", """Based on your profile: {role} at {company}, and 9 more. View jobs. Manage email settings or unsubscribe.""", sender=("Hirely", "jobs@hirely.example"), headers=BULK, gold={"company": "", "role": ""}),
    T("other", "Your loan application", """Thank you for applying. We're unable to approve your application for a personal loan at this time based on your credit report.""", sender=("Summit Lending", "noreply@summitlending.example"), gold={"company": "", "role": ""}, difficulty="hard"),
]


# Second held-out set: written before the rules were broadened; never tuned on.
HELDOUT: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ rejection
    T("rejection", "Your candidacy for {role}", """Dear Sam,

We appreciate your patience during our selection process for the {role} role at {company}.

While your experience is impressive, we have concluded that other candidates are better aligned with the
requirements of this position, and we will not be extending an invitation to interview.

Regards,
{company} Human Resources""", ats="icims"),
    T("rejection", "Thanks for interviewing with {company}", """Hi Sam,

Thank you for spending time with our team on the {role} loop. The panel was impressed by your preparation.

Unfortunately we won't be moving ahead with an offer. The decision came down to depth of experience with our stack.
Please don't hesitate to apply again in the future.

Best,
{first}
{full} | Recruiting Lead | {company}""", difficulty="hard", notes="mentions panel and offer"),
    T("rejection", "{company} application update", """Hi Sam,

Thank you for your interest in joining {company}. We have reviewed your application for {role} and, at this time, we
are unable to offer you a position.

We will retain your details should a suitable vacancy arise.

The {company} Hiring Team""", ats="smartrecruiters", html_only=True),
    T("rejection", "Re: Following up - {role}", """Hi Sam,

Thanks for following up, and sorry for the delay. We've filled the {role} role, so I don't have good news for you this
time. I'll keep you in mind for the next one.

{first}

On Fri, Jan 9, 2026 at 8:02 AM Sam Okafor <sam.okafor.jobs@gmail.com> wrote:
> Hi {first}, I wanted to check whether there is any update on the {role} role. I'm still very interested
> and happy to schedule another interview with the team if useful.""", in_reply_to=True, difficulty="hard"),
    T("rejection", "Candidatura: {role}", """Estimado Sam:

Agradecemos tu participación en el proceso de selección para {role}. Tras valorar todas las candidaturas, hemos
decidido continuar con otros perfiles que se ajustan mejor a las necesidades del puesto.

Atentamente,
{full}
{company}""", lang="es"),
    T("rejection", "Ihre Bewerbung bei {company}", """Sehr geehrter Herr Okafor,

herzlichen Dank für Ihr Interesse. Nach sorgfältiger Prüfung können wir Ihnen leider keine positive Rückmeldung geben.

Freundliche Grüße
{full}
{company}""", lang="de"),
    T("rejection", "Your application - {role}", """Hello Sam,

We have now completed the shortlisting for {role}. On this occasion your application has not been shortlisted.

Thank you for your interest in {company}.""", ats="workday"),
    # ------------------------------------------------------------------ on hold
    T("on_hold", "{role} - pausing our search", """Hi Sam,

I wanted to be upfront with you: we're pausing our search for the {role} while the new VP settles in and reviews the
team structure. I expect we'll revisit it next quarter, and I'll reach out then.

Thanks for understanding,
{first}
{company}""", difficulty="hard"),
    T("on_hold", "Update regarding the {role} position", """Dear Sam,

Please be advised that the {role} position has been cancelled. We will not be moving forward with hiring for this role,
and all applications have been closed. This is not a reflection on your qualifications.

{company} Talent Acquisition""", ats="workday", difficulty="hard", notes="'not moving forward with hiring' is about the role"),
    T("on_hold", "Poste de {role}", """Bonjour Sam,

Nous vous informons que le recrutement pour le poste de {role} est suspendu jusqu'à nouvel ordre en raison d'un gel
budgétaire. Nous reviendrons vers vous si le poste est réouvert.

Cordialement,
{full}
{company}""", lang="fr"),
    # ------------------------------------------------------------------ interview
    T("interview", "Interview with {company} - {role}", """Hi Sam,

Thanks for applying! We'd like to schedule a 45-minute video interview with our hiring manager. Please book a slot
that suits you here: https://calendly.com/{slug}/interview

{full}
Talent Acquisition, {company}"""),
    T("interview", "Let's talk about the {role} role", """Sam,

Your portfolio caught my eye. Do you have time {iv_day} at {iv_time} to talk through the role? 30 minutes on Google Meet.

{first}
{full}, Head of Operations, {company}""", difficulty="hard"),
    T("interview", "Updated invitation: {role} interview", """Hi Sam,

The interview has been moved to {iv_long} Eastern. The updated invite is attached.

{company} Recruiting""", ats="greenhouse", calendar="{role} interview (updated)"),
    T("interview", "Assessment and panel - {role}", """Hi Sam,

Congratulations on progressing to the next stage for {role}! The next step is a one-hour panel interview with three
members of the team, followed by a short presentation. Please reply with your availability.

{company} Talent Team""", ats="smartrecruiters"),
    T("interview", "Re: {role} application", """Hi Sam,

Thanks for your application. I'd like to invite you for a first conversation with me and our data lead. Would {iv_long}
suit you?

Kind regards,
{first}

On Mon, Feb 2, 2026 at 9:00 AM Sam Okafor <sam.okafor.jobs@gmail.com> wrote:
> Dear {first}, please find my application attached. I understand if you go with other candidates.""", in_reply_to=True, difficulty="hard"),
    T("interview", "Entrevista para {role}", """Hola Sam:

Nos ha gustado tu perfil y queremos invitarte a una entrevista por videollamada para el puesto de {role}.
¿Tienes disponibilidad el jueves por la tarde?

Saludos,
{full}
{company}""", lang="es"),
    # ------------------------------------------------------------------ offer
    T("offer", "Welcome aboard? Offer for {role}", """Hi Sam,

I'm delighted to let you know that we'd love you to join {company} as our {role}. The formal offer letter will follow
from HR today, including salary and start date.

Congratulations!
{first}"""),
    T("offer", "Offer of employment - {role}", """Dear Sam,

Following your recent interviews, {company} is pleased to offer you employment as {role}. Please review the attached
contract and return a signed copy within five working days.

Yours sincerely,
{full}
HR Manager, {company}"""),
    # ------------------------------------------------------------------ application received
    T("application_received", "Application for {role}", """Dear Sam,

Thank you for your recent application for the {role} position. We confirm receipt of your application and will be in
touch should you be shortlisted.

Recruitment Team
{company}""", ats="icims"),
    T("application_received", "{company}: we got your application!", """Hi Sam! Your application for {role} is in. Our team reads every application and we'll get back to you within two weeks.

{company}""", ats="ashby"),
    T("application_received", "Confirmación de tu candidatura", """Hola Sam:

Hemos recibido tu candidatura para el puesto de {role}. La revisaremos y te contactaremos si tu perfil encaja.

Equipo de Selección
{company}""", sender=("{company} Selección", "seleccion@{dom}"), lang="es"),
    # ------------------------------------------------------------------ auto reply
    T("auto_reply", "Out of office: {role}", """I'm out of the office and will return on {ret_long}. For urgent matters please email hr@{dom}.

{full}""", headers={"X-Autoreply": "yes"}, in_reply_to=True, gold={"return_date": "{ret_iso}"}),
    T("auto_reply", "Re: {role}", """Hello, thank you for your email. I am on annual leave with no access to email until {ret_long}.
Your message will not be forwarded.

{first}""", in_reply_to=True, gold={"return_date": "{ret_iso}", "role": ""}, difficulty="hard", notes="no headers"),
    T("auto_reply", "Abwesenheitsnotiz: {role}", """Guten Tag,

ich bin derzeit nicht im Büro und ab dem {ret_de} wieder erreichbar.

Beste Grüße
{full}""", headers=AUTO, in_reply_to=True, lang="de", gold={"return_date": "{ret_iso}"}),
    T("auto_reply", "Automatic reply: {role} thank you", """{first} has left {company}. Please send your message to talent@{dom}.""", headers=AUTO, in_reply_to=True,
      gold={"contact_first_name": "{first}", "role": "{role}"}, difficulty="hard"),
    # ------------------------------------------------------------------ other
    T("other", "Your subscription payment failed", """Hi Sam, unfortunately your payment was declined. We'll retry in 3 days. Update your card to avoid interruption.""", sender=("Mealbox", "billing@mealbox.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Your proposal was not selected", """Thank you for submitting a talk proposal to DataConf 2026. Unfortunately, your proposal was not selected for this year's program.""", sender=("DataConf Program Committee", "cfp@dataconf.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Merge request !42 was closed", """Alex Kim closed merge request !42: "Add retry logic". Rejected: this duplicates work in !39.""", sender=("GitLab", "gitlab@gitlab.com"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Interview tips from our experts", """5 interview mistakes to avoid and how recruiters read your resume. Read on our blog. Unsubscribe.""", sender=("Resumely", "tips@resumely.example"), headers=BULK, gold={"company": "", "role": ""}),
    T("other", "Your volunteer application", """Hi Sam, thanks for applying to volunteer at the Riverside Food Bank! We'd love to have you at orientation on Saturday.""", sender=("Riverside Food Bank", "volunteer@riversidefb.example"), gold={"company": "", "role": ""}, difficulty="hard"),
    T("other", "Limited-time offer for you", """Sam, we're offering you 3 months free of Premium. Offer expires Friday.""", sender=("Linkwise", "offers@linkwise.example"), headers=BULK, gold={"company": "", "role": ""}),
    T("other", "Dinner Thursday?", """hey sam, are you free thursday at 7 for dinner? also how did the interview go?? -m""", sender=("Mia Torres", "mia.torres@gmail.com"), gold={"company": "", "role": "", "contact_first_name": "Mia"}, difficulty="hard"),
]
