"""Generate the blind27 evaluation corpus (stdlib only).

Job seeker: Tobias Adeyemi-Larsen <tobias.al@posteo.net>, UX writer / content designer in Lisbon.
Writes tests/corpus/blind27/NNN.eml and tests/corpus/blind27/labels.csv.
All people, companies and addresses are fictional.
"""
from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind27"
ME = "Tobias Adeyemi-Larsen <tobias.al@posteo.net>"
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]

EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MO = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MO = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MO = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MO = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]

TZ = {
    "LIS": "Europe/Lisbon", "BER": "Europe/Berlin", "PAR": "Europe/Paris", "BRU": "Europe/Brussels",
    "MAD": "Europe/Madrid", "AMS": "Europe/Amsterdam", "CPH": "Europe/Copenhagen",
    "DUB": "Europe/Dublin", "LON": "Europe/London", "HEL": "Europe/Helsinki", "MIL": "Europe/Rome",
    "TOR": "America/Toronto", "NYC": "America/New_York", "BOS": "America/New_York",
    "SF": "America/Los_Angeles", "SEA": "America/Los_Angeles", "VAN": "America/Vancouver",
    "AUS": "America/Chicago", "UTC": "UTC",
}


def dt(s: str, tz: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(TZ[tz]))


def iso(s: str, tz: str) -> str:
    return dt(s, tz).isoformat()


def _d(s: str) -> datetime:
    return datetime.strptime(s[:10], "%Y-%m-%d")


def en(s: str) -> str:
    d = _d(s)
    return f"{EN_WD[d.weekday()]}, {EN_MO[d.month - 1]} {d.day}"


def uk(s: str) -> str:
    d = _d(s)
    return f"{EN_WD[d.weekday()]} {d.day} {EN_MO[d.month - 1]}"


def de(s: str) -> str:
    d = _d(s)
    return f"{DE_WD[d.weekday()]}, {d.day}. {DE_MO[d.month - 1]}"


def fr(s: str) -> str:
    d = _d(s)
    return f"{FR_WD[d.weekday()]} {d.day} {FR_MO[d.month - 1]}"


def es(s: str) -> str:
    d = _d(s)
    return f"{ES_WD[d.weekday()]} {d.day} de {ES_MO[d.month - 1]}"


def next_wd(s: str, wd: int) -> str:
    d = _d(s) + timedelta(days=1)
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d.strftime("%Y-%m-%d")


def wd_of(s: str) -> str:
    return EN_WD[_d(s).weekday()]


ITEMS: list[dict] = []


def mid(key: str, domain: str) -> str:
    h = hashlib.sha1(key.encode()).hexdigest()
    return f"<{h[:20]}.{h[20:28]}@{domain}>"


def add(label: str, company: str = "", contact: str = "", role: str = "", ret: str = "",
        lang: str = "en", diff: str = "easy", notes: str = "", iat: str = "", *,
        frm: str, subj: str, date: datetime, text: str | None = None, html: str | None = None,
        cte: str | None = None, hdrs: dict | None = None, reply_to: str | None = None,
        pdf: str | None = None, ics: str | None = None, ics_attach: bool = False,
        key: str | None = None, to: str = ME) -> None:
    ITEMS.append(dict(label=label, company=company, contact=contact, role=role, ret=ret, lang=lang,
                      diff=diff, notes=notes, iat=iat, frm=frm, subj=subj, date=date, text=text,
                      html=html, cte=cte, hdrs=hdrs or {}, reply_to=reply_to, pdf=pdf, ics=ics,
                      ics_attach=ics_attach, key=key, to=to))


def ical(uid: str, start: datetime, minutes: int, summary: str, organizer: str,
         method: str = "REQUEST") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    s = start.astimezone(ZoneInfo("UTC"))
    e = s + timedelta(minutes=minutes)
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Blind27//Calendar//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{s.strftime(fmt)}", f"DTSTART:{s.strftime(fmt)}",
        f"DTEND:{e.strftime(fmt)}", f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tobias.al@posteo.net",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
            b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def build(i: int, it: dict) -> bytes:
    m = EmailMessage(policy=policy.default)
    m["From"] = it["frm"]
    m["To"] = it["to"]
    m["Subject"] = it["subj"]
    m["Date"] = format_datetime(it["date"])
    dom = it["frm"].rsplit("@", 1)[-1].rstrip(">").strip()
    m["Message-ID"] = mid(it["key"] or f"blind27-{i}", dom)
    if it["reply_to"]:
        m["In-Reply-To"] = it["reply_to"]
        m["References"] = it["reply_to"]
    m["MIME-Version"] = "1.0"
    for k, v in it["hdrs"].items():
        m[k] = v
    cte = it["cte"]
    kw = {"cte": cte} if cte else {}
    if it["text"] is not None:
        m.set_content(it["text"], **kw)
        if it["html"] is not None:
            m.add_alternative(it["html"], subtype="html", **kw)
    else:
        m.set_content(it["html"], subtype="html", **kw)
    if it["ics"]:
        if it["ics_attach"]:
            m.add_attachment(it["ics"], subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
        else:
            if m.get_content_type() != "multipart/alternative":
                m.make_alternative()
            m.add_alternative(it["ics"], subtype="calendar", params={"method": "REQUEST"})
    if it["pdf"]:
        m.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=it["pdf"])
    for n, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_blind27_{i:03d}_{n}_{hashlib.sha1(str(i).encode()).hexdigest()[:12]}")
    return m.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def page(body: str, foot: str = "") -> str:
    paras = "".join(f"<p>{p.strip()}</p>\n" for p in body.strip().split("\n\n"))
    paras = paras.replace("\n</p>", "</p>")
    f = f'<p style="font-size:11px;color:#888">{foot}</p>' if foot else ""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"<div style=\"max-width:600px;margin:0 auto\">\n{paras}{f}</div></body></html>\n")


AUTO_GEN = {"Auto-Submitted": "auto-generated"}
NOREPLY_LIST = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}


# ---------------------------------------------------------------- rejections
def rejections() -> None:
    add("rejection", "Driftgrid", "", "Content Designer", diff="easy", notes="Greenhouse template",
        frm="Driftgrid Recruiting <no-reply@us.greenhouse-mail.io>",
        subj="Your application to Driftgrid", date=dt("2025-02-11 16:42", "SF"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thanks for taking the time to apply for the Content Designer role at Driftgrid and for sharing your portfolio with us.

We've looked closely at your application, and we're going to move ahead with candidates whose background lines up more closely with what the team needs right now.

We know that's not the news you were hoping for. We'd be glad to see your name again if a future opening catches your eye.

All the best,
The Driftgrid Talent Team
""")
    add("rejection", "Loomwise", "Priya", "Senior UX Writer", diff="hard",
        notes="post-interview rejection; mentions interviews and next round in passing",
        frm="Priya Raghunathan <priya@loomwise.io>", subj="Re: Senior UX Writer - next steps",
        date=dt("2025-03-27 11:05", "TOR"), reply_to="<a81f2c0d9e@posteo.net>",
        text="""Hi Tobias,

Thank you for spending so much time with us over the last few weeks. Everyone you met in your interviews mentioned how thoughtfully you talked about voice and tone, and the error-message exercise sparked a real discussion on the team.

I wish I had a different update. After a lot of back and forth, we've decided not to take your candidacy into the next round. The team felt they needed someone with deeper experience writing for developer tools, and that's where the other finalists had the edge.

If you'd like a short call for feedback, I'm happy to set that up.

Warmly,
Priya

Priya Raghunathan
Talent Partner, Loomwise
""")
    add("rejection", "Tessellate Health", "", "UX Content Strategist", diff="easy",
        notes="Workday status update, HTML only",
        frm="Tessellate Health Careers <tessellatehealth@myworkday.com>",
        subj="Update on your application: UX Content Strategist (R-20418)",
        date=dt("2025-05-06 08:03", "BOS"), hdrs=AUTO_GEN, cte="quoted-printable",
        html=page("""Dear Tobias Adeyemi-Larsen,

Thank you for your interest in the UX Content Strategist position (R-20418) at Tessellate Health.

After careful review, we have decided not to advance your application for this position. This decision reflects the requirements of this particular role and is not a reflection of your qualifications overall.

We encourage you to create a job alert on our careers site so you are notified of new openings.

Sincerely,<br>Talent Acquisition<br>Tessellate Health""",
                  "This message was sent from an unmonitored address. Please do not reply."))
    add("rejection", "Kiezkasse", "", "UX Writer (m/w/d)", lang="de", diff="easy",
        notes="German Personio rejection",
        frm="Kiezkasse Recruiting <noreply@kiezkasse.jobs.personio.de>",
        subj="Deine Bewerbung als UX Writer (m/w/d) bei Kiezkasse",
        date=dt("2025-01-21 10:12", "BER"), hdrs=AUTO_GEN,
        text="""Hallo Tobias,

vielen Dank für dein Interesse an Kiezkasse und die Zeit, die du in deine Bewerbung als UX Writer (m/w/d) gesteckt hast.

Wir haben uns alle Unterlagen sorgfältig angesehen und uns am Ende für Kandidat:innen entschieden, deren Profil noch genauer zu den aktuellen Anforderungen des Teams passt. Deshalb können wir deine Bewerbung in diesem Fall leider nicht weiter berücksichtigen.

Wir wünschen dir viel Erfolg für deine weitere Suche und würden uns freuen, dich bei einer zukünftigen Ausschreibung wiederzusehen.

Viele Grüße
Dein People-Team von Kiezkasse
""")
    add("rejection", "Spreewerk Digital", "Jana", "Senior UX Writer (m/w/d)", lang="de",
        diff="hard", notes="German personal note after final round; offers to stay in touch",
        frm="Jana Köhler <jana.koehler@spreewerk.de>",
        subj="Re: Finale Runde – Senior UX Writer", date=dt("2025-04-30 17:48", "BER"),
        reply_to=mid("spreewerk-invite", "spreewerk.de"),
        text="""Lieber Tobias,

danke dir noch einmal für das sehr angenehme Gespräch letzte Woche und die viele Mühe, die du in die Case-Präsentation gesteckt hast.

Die Entscheidung ist uns wirklich nicht leichtgefallen. Am Ende haben wir uns für eine Person entschieden, die schon länger im Versicherungsumfeld geschrieben hat – das war für uns in dieser Phase ausschlaggebend.

Ich würde mich freuen, wenn wir in Kontakt bleiben. Wenn sich bei uns wieder etwas im Content-Bereich ergibt, melde ich mich gern direkt bei dir.

Herzliche Grüße
Jana

--
Jana Köhler
Head of Design
Spreewerk Digital GmbH · Schlesische Str. 28 · 10997 Berlin
""")
    add("rejection", "Atelier Borréal", "Élodie", "Concepteur·rice de contenu UX", lang="fr",
        diff="easy", notes="French rejection from a Paris agency",
        frm="=?utf-8?q?=C3=89lodie_Marchand?= <elodie.marchand@borreal.fr>",
        subj="Votre candidature – Concepteur·rice de contenu UX",
        date=dt("2025-07-15 09:31", "PAR"), cte="quoted-printable",
        text="""Bonjour Tobias,

Merci pour l'intérêt que vous portez à l'Atelier Borréal et pour le temps consacré à notre échange.

Après réflexion, nous avons choisi de poursuivre avec un autre profil pour le poste de Concepteur·rice de contenu UX. Votre candidature n'a donc pas été retenue cette fois-ci.

Nous vous souhaitons une excellente continuation dans vos recherches.

Bien cordialement,
Élodie Marchand
Responsable recrutement – Atelier Borréal
""")
    add("rejection", "Caravela Pagos", "", "UX Writer", lang="es", diff="easy",
        notes="Spanish Teamtailor rejection",
        frm="Caravela Pagos <no-reply@teamtailor-mail.com>",
        subj="Sobre tu candidatura a UX Writer en Caravela Pagos",
        date=dt("2026-02-17 13:20", "MAD"), hdrs=AUTO_GEN,
        text="""Hola Tobias:

Gracias por presentar tu candidatura al puesto de UX Writer en Caravela Pagos.

Hemos revisado tu perfil con atención y, en esta ocasión, hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta mejor a lo que buscamos ahora mismo.

Te agradecemos el interés y te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Talento de Caravela Pagos
""")
    add("rejection", "Halyard Maps", "Marcus", "Content Designer, Navigation", diff="hard",
        notes="very short personal note; no rejection keywords",
        frm="Marcus Bell <marcus.bell@halyardmaps.com>", subj="Re: Content Designer, Navigation",
        date=dt("2025-09-04 18:07", "SEA"), reply_to=mid("halyard-resched", "halyardmaps.com"),
        text="""Hi Tobias — we went another way on this one. Genuinely appreciated your time and the work sample.

— Marcus

Sent from my phone
""")
    add("rejection", "Penstock Pay", "Sophie", "Content Designer (Payments)", diff="hard",
        notes="agency recruiter relays client's no; sender domain is the agency",
        frm="Sophie Delacroix-Hart <sophie@talentbridgepartners.co.uk>",
        subj="Penstock Pay – feedback", date=dt("2025-10-21 15:40", "LON"),
        text="""Hi Tobias,

I've just come off the phone with the hiring team at Penstock Pay. They really liked how you approached the refund-flow task, but they've told me they won't be taking your application any further for the Content Designer (Payments) role – they want someone who has shipped in a regulated lending product before.

I know it stings after two rounds. I'll keep you front of mind for the next content roles on my desk, and I've got a couple coming in from fintech clients in the new year.

Speak soon,
Sophie

Sophie Delacroix-Hart
Senior Consultant, Design & Content
Talentbridge Partners
""")
    add("rejection", "Nordhavn Museum of Applied Art", "Mette", "Digital Content Editor",
        diff="hard", notes="reply quotes the earlier interview invitation",
        frm="Mette Sørensen <mso@nordhavnmuseum.dk>", subj="SV: Interview – Digital Content Editor",
        date=dt("2026-05-19 14:22", "CPH"), reply_to=mid("nordhavn-invite", "nordhavnmuseum.dk"),
        cte="quoted-printable",
        text=f"""Dear Tobias,

Thank you for meeting with the panel last week. We enjoyed the conversation, and your ideas for the exhibition labels were discussed at length.

The panel has now completed its assessment, and I'm sorry to tell you that we have offered the position to another candidate.

We hope you will keep following the museum's work.

Kind regards,
Mette Sørensen
HR Partner | Nordhavn Museum of Applied Art

Fra: Mette Sørensen
Sendt: {uk("2026-04-29")} 2026 10:12
Emne: Interview – Digital Content Editor

> Dear Tobias,
> We are pleased to invite you to an interview for the Digital Content Editor position.
> Please let me know if the proposed time works for you.
""")
    add("rejection", "Fernhollow", "Ciarán", "Content Designer", diff="hard",
        notes="recruiter forwards the hiring manager's decision; decision is in forwarded part",
        frm="=?utf-8?q?Ciar=C3=A1n_Walsh?= <ciaran.walsh@fernhollow.ie>",
        subj="Fwd: Content Designer – Tobias", date=dt("2025-06-12 12:15", "DUB"),
        text="""Hi Tobias,

Passing on Aoife's note below so you have it in her own words. Sorry it's not better news — happy to chat if useful.

Ciarán

---------- Forwarded message ---------
From: Aoife Brennan <aoife.brennan@fernhollow.ie>
Date: Thu, 12 Jun 2025 at 10:02
Subject: Content Designer – Tobias
To: Ciarán Walsh <ciaran.walsh@fernhollow.ie>

Ciarán, can you let Tobias know we're not going to proceed with him? Strong writer, but for this hire we really need someone who's led research-heavy content work end to end. Please thank him for the portfolio walkthrough.

A.
""")
    add("rejection", "Brightvale Insurance", "", "Content Designer, Claims", diff="easy",
        notes="SmartRecruiters rejection after interview",
        frm="Brightvale Insurance Group <noreply@smartrecruiters.com>",
        subj="Content Designer, Claims – application update",
        date=dt("2025-12-03 09:00", "BER"), hdrs=AUTO_GEN,
        html=page("""Dear Tobias,

Thank you for the time you invested in the interview process for the Content Designer, Claims position at Brightvale Insurance Group.

We regret to let you know that we will not be progressing your application further. We received applications from many strong candidates, and this was a close decision.

We wish you every success.

Brightvale Insurance Group – Talent Acquisition""", "Powered by SmartRecruiters"))
    add("rejection", "Orrery", "", "Content Designer (Growth)", diff="easy",
        notes="Ashby template",
        frm="Orrery Hiring <no-reply@ashbyhq.com>", subj="Orrery – Content Designer (Growth)",
        date=dt("2025-08-19 19:33", "NYC"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thanks so much for applying to Orrery. Every application here is read by a person, and yours was no exception.

This one didn't work out — we've chosen to focus on other candidates for the Content Designer (Growth) role. We appreciate your interest and hope you'll consider us again.

Best,
Orrery Talent
""")
    add("rejection", "Ashcombe University", "", "Web Content Specialist", diff="easy",
        notes="formal iCIMS letter; 'Dear Applicant'",
        frm="Ashcombe University Human Resources <hr-noreply@ashcombe.icims.com>",
        subj="Ashcombe University: Web Content Specialist (Req 2025-1187)",
        date=dt("2025-11-14 14:30", "NYC"), hdrs=AUTO_GEN,
        text="""Dear Applicant,

Thank you for your application for the position of Web Content Specialist (Requisition 2025-1187) within University Communications.

The search committee has completed its review. We regret to inform you that you have not been selected for further consideration for this position.

We appreciate your interest in employment at Ashcombe University.

Office of Human Resources
Ashcombe University
""")
    add("rejection", "Open Harvest Foundation", "Greta", "Communications & Content Lead",
        diff="hard", notes="rejection with referral offer; warm personal tone",
        frm="Greta Lindqvist <greta@openharvest.org>", subj="Communications & Content Lead",
        date=dt("2026-09-22 20:10", "AMS"),
        text="""Dear Tobias,

I wanted to write to you personally rather than send our usual note. We've come to the end of our process for the Communications & Content Lead role, and we've asked someone else to join us – she has many years of donor-facing writing, which our board prioritised.

You brought something different, and honestly I'd hate for that to go nowhere. A friend of mine runs the content team at a climate-data nonprofit in Utrecht and is looking for a freelance UX writer. If you'd like an intro, just say the word.

With warm wishes,
Greta

Greta Lindqvist
Executive Director
Open Harvest Foundation
""")
    add("rejection", "Quarrystone Media", "", "UX Writer II", diff="easy",
        notes="Jobvite rejection",
        frm="Quarrystone Media Careers <notifications@jobvite.com>",
        subj="Regarding your application for UX Writer II", date=dt("2026-01-09 10:47", "NYC"),
        hdrs=AUTO_GEN, cte="base64",
        html=page("""Hello Tobias,

Thank you for applying for UX Writer II at Quarrystone Media.

We have reviewed your qualifications and, unfortunately, we will not be moving forward with your candidacy for this role.

We appreciate the time you took to apply and wish you the best in your job search.

Regards,<br>Quarrystone Media Recruiting"""))
    add("rejection", "Meridia Telecom", "", "Senior Content Designer – Self-Service",
        diff="easy", notes="Taleo via parent company domain; position filled",
        frm="Meridia Group Careers <careers@meridiagroup.taleo.net>",
        subj="Meridia Telecom – Senior Content Designer – Self-Service",
        date=dt("2025-03-12 07:55", "PAR"), hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for your interest in the Senior Content Designer – Self-Service position at Meridia Telecom.

We would like to inform you that this position has now been filled. We will keep your profile in our talent database and may contact you about other opportunities within the Meridia Group.

Best regards,
Meridia Group Talent Acquisition
""")
    add("rejection", "Plumcot", "Dani", "Product Writer", diff="hard",
        notes="praises take-home; 'offer' went to another candidate",
        frm="Dani Okonkwo <dani@plumcot.app>", subj="Plumcot Product Writer — update",
        date=dt("2026-03-05 16:02", "VAN"),
        text="""Hey Tobias,

Really appreciated the take-home — your rewrite of our onboarding checklist is still getting passed around Slack.

I'll be straight with you though: we extended an offer to another candidate yesterday and she accepted, so we're closing the Product Writer search. It was close, and it came down to her having worked on a B2B billing product before.

If you're open to it, I'd love to keep you in mind for contract work later this year.

Dani
Head of Product, Plumcot
""")
    add("rejection", "Lantern & Loom", "", "Content Strategist", diff="easy",
        notes="Workable rejection",
        frm="Lantern & Loom <noreply@candidates.workablemail.com>",
        subj="Your application for Content Strategist at Lantern & Loom",
        date=dt("2026-06-30 12:00", "NYC"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thanks for applying for the Content Strategist position at Lantern & Loom.

We've carefully considered your application and unfortunately it's not a fit for this role. We'll hold on to your details and may reach out if something more suitable opens up.

Cheers,
Lantern & Loom
""")
    add("rejection", "Koppelwerk", "", "UX Copywriter", diff="easy",
        notes="Recruitee rejection",
        frm="Koppelwerk <koppelwerk@recruitee.com>", subj="UX Copywriter at Koppelwerk",
        date=dt("2025-08-27 10:15", "AMS"), hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for your application for the UX Copywriter position at Koppelwerk.

After comparing all applications, we've decided not to invite you to the next stage. We received a lot of applications and had to make some hard choices.

Good luck with your search!

Kind regards,
Team Koppelwerk
""")
    add("rejection", "Tallyrock", "Aisling", "Lead Content Designer", diff="hard",
        notes="long warm note after final round; mentions 'offer' to other finalist",
        frm="Aisling Murphy <aisling.murphy@tallyrock.co.uk>", subj="Lead Content Designer",
        date=dt("2026-04-24 17:31", "LON"), reply_to=mid("tallyrock-invite", "tallyrock.co.uk"),
        text="""Hi Tobias,

I wanted to call, but our diaries didn't line up, so I'm writing instead.

You were one of our two finalists for the Lead Content Designer role, and the panel spent most of yesterday's debrief going back and forth between you. In the end we're extending the offer to the other finalist, mainly because she has managed a content team of six before and that's the immediate need.

This is not a reflection on your craft. Your presentation on the savings-goal flow was the best we saw, and our VP asked me to say so.

If you'd like detailed feedback, I'm free most of next week. And please don't be a stranger — we will be hiring again in the second half of the year.

All the best,
Aisling

Aisling Murphy | Talent Lead | Tallyrock
""")
    add("rejection", "Hearth & Harbor", "", "UX Writer, E-commerce", diff="easy",
        notes="Paradox assistant message; 'not the right match'",
        frm="Olivia at Hearth & Harbor <olivia@paradox.ai>",
        subj="An update from Hearth & Harbor", date=dt("2026-07-08 09:45", "AUS"),
        hdrs=AUTO_GEN,
        text="""Hi Tobias, it's Olivia, the recruiting assistant for Hearth & Harbor.

I wanted to let you know the hiring team reviewed your application for UX Writer, E-commerce. They've concluded it's not the right match at this time, so they won't be scheduling next steps.

Thanks for your interest in Hearth & Harbor. You can always check our careers page for new roles.
""")
    add("rejection", "Wavelet Analytics", "Noor", "Content Designer", diff="hard",
        notes="role filled internally; polite, no rejection keywords",
        frm="Noor Haddad <noor.haddad@wavelet.ai>", subj="Quick update on the Content Designer role",
        date=dt("2026-10-02 11:11", "BOS"),
        text="""Hi Tobias,

A quick note so you're not left wondering: one of our product designers asked to move into the Content Designer role, and leadership agreed to the internal transfer. That means we've stopped considering external applicants, including you.

Thanks for the great screening call – I'm sorry the timing was what it was.

Noor
Recruiting @ Wavelet
""")
    add("rejection", "Cobalt Ferry", "", "Content Designer", diff="easy",
        notes="Teamtailor; CV kept on file",
        frm="Cobalt Ferry Careers <cobaltferry@teamtailor-mail.com>",
        subj="Thanks for applying to Cobalt Ferry", date=dt("2025-05-28 08:20", "HEL"),
        hdrs=AUTO_GEN,
        text="""Hi Tobias!

Thanks again for applying for the Content Designer position with us. We have now gone through all applications and unfortunately we've chosen to continue with other candidates.

With your permission we'll keep your CV in our talent pool for 12 months and reach out if a matching role appears.

Best regards,
Cobalt Ferry Recruitment
""")
    add("rejection", "Réseau Passerelle", "Lucie", "Chargé·e de contenus numériques", lang="fr",
        diff="hard", notes="French; indirect wording, Brussels NGO",
        frm="Lucie Van den Broeck <lucie.vdb@reseau-passerelle.be>",
        subj="Re: Candidature – Chargé·e de contenus numériques",
        date=dt("2026-11-05 16:26", "BRU"), reply_to="<7f3e1a2b90c4@posteo.net>",
        text="""Bonjour Tobias,

Merci pour votre message et pour votre patience.

Le comité a terminé l'examen des dossiers pour le poste de Chargé·e de contenus numériques. Nous avons décidé de confier la mission à une personne basée à Bruxelles, la présence au bureau trois jours par semaine s'étant finalement imposée. Nous ne donnerons donc pas suite à votre candidature.

Nous avons beaucoup apprécié la clarté de vos exemples et vous souhaitons bonne route.

Lucie Van den Broeck
Coordinatrice RH – Réseau Passerelle asbl
""")
    add("rejection", "Lindgrün Mobility", "", "Content Designer (m/w/d)", lang="de",
        diff="easy", notes="German Greenhouse rejection, HTML and text",
        frm="Lindgrün Mobility <no-reply@eu.greenhouse-mail.io>",
        subj="Update zu deiner Bewerbung bei Lindgrün Mobility",
        date=dt("2025-10-09 11:38", "BER"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

danke, dass du dich als Content Designer (m/w/d) bei Lindgrün Mobility beworben hast.

Nach sorgfältiger Prüfung müssen wir dir leider mitteilen, dass wir deine Bewerbung nicht weiterverfolgen werden.

Alles Gute für deinen weiteren Weg!
Dein Talent-Team von Lindgrün Mobility
""",
        html=page("""Hi Tobias,

danke, dass du dich als Content Designer (m/w/d) bei Lindgrün Mobility beworben hast.

Nach sorgfältiger Prüfung müssen wir dir leider mitteilen, dass wir deine Bewerbung nicht weiterverfolgen werden.

Alles Gute für deinen weiteren Weg!<br>Dein Talent-Team von Lindgrün Mobility"""))


# ---------------------------------------------------------------- on hold
def on_hold() -> None:
    add("on_hold", "Glasswing Health", "Kofi", "Content Designer", diff="easy",
        notes="explicit hiring freeze",
        frm="Kofi Mensah <kofi.mensah@glasswinghealth.com>", subj="Content Designer – update",
        date=dt("2025-04-08 10:30", "NYC"),
        text="""Hi Tobias,

I'm afraid I have to share some news that has nothing to do with you: as of this morning Glasswing Health has a company-wide hiring freeze, and the Content Designer search is paused along with every other open req.

I don't know yet how long this will last. If the role comes back, I'll reach out to you first.

Thanks for your patience,
Kofi
Senior Recruiter, Glasswing Health
""")
    add("on_hold", "Northlake Financial", "", "UX Writer – Mobile Banking", diff="hard",
        notes="requisition cancelled; ATS wording 'no longer under consideration'",
        frm="Northlake Financial <northlake@myworkday.com>",
        subj="Your candidacy for UX Writer – Mobile Banking (JR-77302)",
        date=dt("2025-06-24 13:14", "TOR"), hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for your interest in Northlake Financial.

The requisition for UX Writer – Mobile Banking (JR-77302) has been cancelled by the business. As a result, your application is no longer under consideration for this posting. This is not a reflection on your qualifications.

You are welcome to apply to other roles on our careers site.

Northlake Financial Talent Acquisition
""")
    add("on_hold", "Zephyrine", "Lukas", "Senior Content Designer", diff="easy",
        notes="reorg; search paused",
        frm="Lukas Brandt <lukas@zephyrine.io>", subj="Pausing the Senior Content Designer search",
        date=dt("2026-02-12 18:20", "BER"),
        text="""Hi Tobias,

We're restructuring the product organisation over the next quarter, and as part of that we're pausing the Senior Content Designer search until the new team shapes are settled.

I'm sorry to leave you hanging after two good conversations. I'd like to pick this up with you again once the dust settles, probably in spring.

Best,
Lukas Brandt
VP Product, Zephyrine
""")
    add("on_hold", "Fahrwerk Verlag", "Sabine", "UX Writer (m/w/d) Digitale Produkte", lang="de",
        diff="easy", notes="German; budget cut, position not filled for now",
        frm="Sabine Wolff <s.wolff@fahrwerk-verlag.de>",
        subj="Ihre Bewerbung: UX Writer (m/w/d) Digitale Produkte",
        date=dt("2026-01-28 09:05", "BER"),
        text="""Sehr geehrter Herr Adeyemi-Larsen,

vielen Dank für Ihre Bewerbung und das freundliche Gespräch im Dezember.

Leider müssen wir Ihnen mitteilen, dass die Stelle als UX Writer (m/w/d) Digitale Produkte aufgrund kurzfristiger Budgetkürzungen vorerst nicht besetzt wird. Das Auswahlverfahren ist damit bis auf Weiteres ausgesetzt.

Sollte die Stelle im Laufe des Jahres wieder freigegeben werden, kommen wir gern auf Sie zurück.

Mit freundlichen Grüßen
Sabine Wolff
Personalabteilung
Fahrwerk Verlag GmbH & Co. KG
""")
    add("on_hold", "Maplestone College", "", "Digital Content Coordinator", diff="easy",
        notes="funding not renewed; search closed",
        frm="Maplestone College Careers <careers@maplestone.edu>",
        subj="Digital Content Coordinator search", date=dt("2025-07-31 15:00", "TOR"),
        text="""Dear Candidate,

Thank you for applying to the Digital Content Coordinator position at Maplestone College.

We regret to share that the grant funding for this position was not renewed for the coming academic year. The search has therefore been closed and no appointment will be made.

We appreciate your interest in Maplestone College.

Human Resources, Maplestone College
""")
    add("on_hold", "Veltro Bank", "Ines", "UX Writer", diff="hard",
        notes="agency recruiter; client paused project; 'role no longer open'",
        frm="Ines Ferreira <ines.ferreira@hireloop.eu>", subj="Veltro Bank UX Writer role",
        date=dt("2025-11-19 12:40", "MIL"),
        text="""Ciao Tobias,

Small update from my side. Veltro Bank told me this morning that the app relaunch has been pushed to 2026 and they've frozen the UX Writer role with it, so it's no longer open for now.

They were positive about your profile, so if it comes back I'll put you straight through again.

Ines Ferreira
Senior Talent Consultant | Hireloop
""")
    add("on_hold", "Halden Gallery of Modern Art", "Ruth", "Digital Content Producer",
        diff="hard", notes="mentions interview and strong candidacy; search paused for funding",
        frm="Ruth Abernethy <r.abernethy@haldengallery.org.uk>",
        subj="Digital Content Producer – where things stand", date=dt("2026-08-14 16:55", "LON"),
        text="""Dear Tobias,

Thank you again for interviewing with us in July. I'm writing to let you know that the Gallery has had to put the Digital Content Producer appointment on hold while we wait for the outcome of our Arts Council funding review.

I want to be clear that this is about funding, not about you – you were among the strongest people we spoke to. We expect to know more in October and I will be in touch either way.

With best wishes,
Ruth Abernethy
Head of Digital, Halden Gallery of Modern Art
""")
    add("on_hold", "Quillon Systems", "", "Content Designer", diff="hard",
        notes="position closed without a freeze word; ATS template",
        frm="Quillon Systems <no-reply@us.greenhouse-mail.io>",
        subj="Content Designer at Quillon Systems", date=dt("2025-09-16 14:03", "SF"),
        hdrs=AUTO_GEN,
        text="""Hi Tobias,

We wanted to let you know that Quillon Systems has made the decision to close the Content Designer position without filling it, as the team's priorities for the year have changed.

Thank you for the time you put into your application. We hope you'll keep an eye on our careers page.

Quillon Systems Recruiting
""")
    add("on_hold", "Clearwater Refugee Network", "Abebe", "Digital Content Officer", diff="easy",
        notes="on hold pending grant decision; acronym in signature",
        frm="Abebe Tesfaye <a.tesfaye@crn-ngo.org>", subj="CRN – Digital Content Officer recruitment",
        date=dt("2026-03-18 11:20", "BRU"),
        text="""Dear Tobias,

I'm writing to all shortlisted candidates for the Digital Content Officer post. Our main donor has delayed its grant decision, so CRN is putting this recruitment on hold until we have confirmation.

We'll contact you as soon as we can resume. Thank you for your understanding.

Abebe Tesfaye
People & Operations
Clearwater Refugee Network (CRN)
""")
    add("on_hold", "Brightpath Learning", "Jess", "UX Writer", diff="hard",
        notes="reply in scheduling thread; quoted part proposes interview times",
        frm="Jess Alvarado <jess.alvarado@brightpathlearning.com>",
        subj="Re: Scheduling your UX Writer interview", date=dt("2026-10-14 15:48", "AUS"),
        reply_to="<c29d81e6ab71@posteo.net>",
        text="""Hi Tobias,

I'm so sorry to do this after you sent your availability. Leadership froze all backfills and new roles yesterday, and I've been asked to stop scheduling for the UX Writer position until further notice.

I'll let you know the moment it's unfrozen.

Jess

On Tue, Oct 13, 2026 at 9:02 AM Tobias Adeyemi-Larsen <tobias.al@posteo.net> wrote:
> Hi Jess, thanks for the invitation to interview! Thursday 10am or 11am CT both work for me.
>
> Best, Tobias
>
> On Mon, Oct 12, 2026 at 4:10 PM Jess Alvarado wrote:
>> We'd love to set up a 45-minute interview with our content lead. What times work next week?
""")


# ---------------------------------------------------------------- interviews
def interviews() -> None:
    add("interview", "Loomwise", "Priya", "Senior UX Writer", diff="easy",
        notes="Calendly link, no fixed time",
        frm="Priya Raghunathan <priya@loomwise.io>", subj="Loomwise – let's talk UX writing",
        date=dt("2025-02-26 10:20", "TOR"),
        text="""Hi Tobias,

Thanks for applying for the Senior UX Writer role. I loved the before/after examples in your portfolio.

I'd like to set up a 30-minute intro call with you to talk through the role and your background. Please grab any slot that suits you here:
https://calendly.com/priya-loomwise/30min-intro

Times are shown in your local time zone.

Talk soon,
Priya
Talent Partner, Loomwise
""")
    s = "2026-04-14 14:00"
    add("interview", "Tallyrock", "Aisling", "Lead Content Designer", diff="easy",
        notes="calendar invite with text/calendar part; London time", iat=iso(s, "LON"),
        frm="Aisling Murphy <aisling.murphy@tallyrock.co.uk>",
        subj=f"Invitation: Final panel – Lead Content Designer @ {uk(s)} 2026 2pm - 3:30pm (BST)",
        date=dt("2026-04-07 09:12", "LON"), key="tallyrock-invite",
        text=f"""Final panel – Lead Content Designer
When: {uk(s)} 2026, 2:00pm – 3:30pm London time (BST)
Where: Google Meet – meet.google.com/tkr-qmwn-ojd

Hi Tobias, this is your final-round panel with Harriet (VP Product), Sam (Design Manager) and me. You'll present the savings-goal case for 30 minutes, then Q&A.

Aisling
""", ics=ical("tallyrock-final-001", dt(s, "LON"), 90, "Final panel – Lead Content Designer",
                 "aisling.murphy@tallyrock.co.uk"))
    s = "2025-04-15 10:00"
    add("interview", "Spreewerk Digital", "Jana", "Senior UX Writer (m/w/d)", lang="de",
        diff="easy", notes="German invitation to final round with fixed time", iat=iso(s, "BER"),
        frm="Jana Köhler <jana.koehler@spreewerk.de>", subj="Finale Runde – Senior UX Writer",
        date=dt("2025-04-03 14:02", "BER"), key="spreewerk-invite",
        text=f"""Hallo Tobias,

wir möchten dich sehr gern zur finalen Runde für die Position Senior UX Writer (m/w/d) einladen!

Termin: {de(s)} 2025, 10:00 Uhr (Berliner Zeit)
Dauer: ca. 90 Minuten, per Google Meet
Dabei: Ole (Product Lead), Merve (UX Research) und ich

Bitte bereite eine kurze Präsentation (max. 20 Minuten) zu einem Content-Projekt vor, auf das du stolz bist.

Gib mir kurz Bescheid, ob der Termin passt.

Viele Grüße
Jana

--
Jana Köhler
Head of Design
Spreewerk Digital GmbH
""")
    add("interview", "Rauschwerk Studios", "Timo", "Content Designer / UX Writer (w/m/d)",
        lang="de", diff="easy", notes="German; slots to choose, no single time",
        frm="Timo Schreiber <timo@rauschwerk-studios.de>",
        subj="Kennenlernen: Content Designer / UX Writer (w/m/d)",
        date=dt("2025-11-03 11:30", "BER"), cte="quoted-printable",
        text=f"""Hi Tobias,

danke für deine Bewerbung – deine Arbeiten zu Onboarding-Texten haben uns richtig gut gefallen.

Wir würden dich gern in einem ersten Gespräch (45 Minuten, per Zoom) kennenlernen. Folgende Termine hätten wir frei:

- {de("2025-11-10")}, 11:00 Uhr
- {de("2025-11-11")}, 15:30 Uhr
- {de("2025-11-13")}, 10:00 Uhr

Alle Zeiten in MEZ. Sag einfach, was dir am besten passt.

Beste Grüße
Timo Schreiber
Lead Game UX, Rauschwerk Studios
""")
    s = "2025-06-26 15:00"
    add("interview", "Atelier Borréal", "Élodie", "Concepteur·rice de contenu UX", lang="fr",
        diff="easy", notes="French invitation with fixed time (Paris)", iat=iso(s, "PAR"),
        frm="=?utf-8?q?=C3=89lodie_Marchand?= <elodie.marchand@borreal.fr>",
        subj="Entretien – Concepteur·rice de contenu UX", date=dt("2025-06-18 10:05", "PAR"),
        text=f"""Bonjour Tobias,

Votre profil a retenu toute notre attention et nous aimerions vous rencontrer pour un entretien en visio.

Je vous propose le {fr(s)} à 15h00 (heure de Paris), pour une durée d'une heure environ, avec Hugo, notre directeur de création.

Le lien Teams vous sera envoyé la veille. Merci de me confirmer votre disponibilité.

Bien à vous,
Élodie Marchand
Responsable recrutement – Atelier Borréal
""")
    s = "2026-01-29 11:30"
    add("interview", "Caravela Pagos", "Lucía", "UX Writer", lang="es", diff="easy",
        notes="Spanish video call with fixed time (Madrid)", iat=iso(s, "MAD"),
        frm="=?utf-8?q?Luc=C3=ADa_Gil?= <lucia.gil@caravelapagos.es>",
        subj="Entrevista – UX Writer en Caravela Pagos", date=dt("2026-01-22 12:48", "MAD"),
        text=f"""Hola Tobias:

Gracias por tu interés en Caravela Pagos. Nos gustaría conocerte en una videollamada con el equipo de Producto.

Fecha: {es(s)}
Hora: 11:30 (hora peninsular española)
Duración: 45 minutos
Enlace: https://meet.google.com/cvp-xrtn-akz

Confírmame si te viene bien.

Un saludo,
Lucía Gil
Talent Acquisition · Caravela Pagos
""")
    add("interview", "Plumcot", "Dani", "Product Writer", diff="hard",
        notes="take-home plus review call; the word interview absent",
        frm="Dani Okonkwo <dani@plumcot.app>", subj="Plumcot – next step: writing exercise",
        date=dt("2026-02-10 13:10", "VAN"),
        text="""Hey Tobias,

Great chatting last week. Next step is a short writing exercise: rewrite our onboarding checklist and two empty states (brief attached in the Notion link below). Please cap it at three hours.

Once you've sent it back, we'll book a 60-minute session where you walk me and our designer through your choices.

https://plumcot.notion.site/product-writer-exercise

Dani
Head of Product, Plumcot
""")
    add("interview", "Driftgrid", "", "Senior Content Designer", diff="easy",
        notes="GoodTime availability request",
        frm="Driftgrid Recruiting Coordination <scheduling@goodtime.io>",
        subj="Driftgrid: please share your availability – Senior Content Designer",
        date=dt("2026-05-12 09:02", "SF"), hdrs=AUTO_GEN,
        html=page("""Hi Tobias,

The Driftgrid team would like to schedule your <b>virtual onsite</b> for the Senior Content Designer role: four 45-minute interviews (portfolio review, content critique, cross-functional, hiring manager).

<a href="https://goodtime.io/availability/dg-5520a">Share your availability</a>

Please submit within 48 hours. You'll get a confirmation with the final schedule.

Driftgrid Recruiting"""))
    s = "2025-10-07 13:00"
    add("interview", "Stellate", "", "Content Designer, Platform", diff="easy",
        notes="ModernLoop confirmation; ET", iat=iso(s, "NYC"),
        frm="Stellate Recruiting <notifications@modernloop.io>",
        subj="Confirmed: Interview with Stellate", date=dt("2025-10-01 17:25", "NYC"),
        hdrs=AUTO_GEN,
        text=f"""Hi Tobias,

Your interview for Content Designer, Platform at Stellate is confirmed.

{en(s)}, 2025
1:00 PM – 2:00 PM Eastern Time
Interviewers: Rosa Dimitriou (Content Design Lead), Kenji Abe (Staff PM)
Zoom: https://stellate.zoom.us/j/83311920044

Need to reschedule? Reply to this email.

Sent via ModernLoop on behalf of Stellate
""")
    s = "2025-08-21 15:00"
    add("interview", "Halyard Maps", "Marcus", "Content Designer, Navigation", diff="hard",
        notes="reschedule in reply thread; quoted message has the old time", iat=iso(s, "SEA"),
        frm="Marcus Bell <marcus.bell@halyardmaps.com>",
        subj="Re: Content Designer, Navigation – chat on Tuesday", date=dt("2025-08-18 08:44", "SEA"),
        key="halyard-resched", reply_to="<5be0d1f37a22@posteo.net>",
        text=f"""Hi Tobias,

Something came up on Tuesday – any chance we can move our conversation to Thursday at 3pm Pacific instead? Same Zoom link. If that's bad for you, just reply with a couple of alternatives.

Marcus

> On {en("2025-08-14")}, 2025, Marcus Bell wrote:
> Would {en("2025-08-19")} at 10am PT work for a 45-minute conversation about the role?
""")
    s = "2026-06-05 16:00"
    add("interview", "Open Harvest Foundation", "Greta", "Communications & Content Lead",
        diff="hard", notes="informal 'quick chat'; relative day resolved against Date; Amsterdam time",
        iat=iso(s, "AMS"),
        frm="Greta Lindqvist <greta@openharvest.org>", subj="Your application",
        date=dt("2026-06-02 21:14", "AMS"),
        text="""Hi Tobias,

Your note about writing for volunteers made me smile. Fancy a quick chat this Friday at 4pm Amsterdam time? Nothing formal – I just want to hear how you'd think about our donor journeys. I'll send a Jitsi link.

Greta
""")
    add("interview", "Penstock Pay", "Sophie", "Content Designer (Payments)", diff="hard",
        notes="agency recruiter relays client's interview request; slots only",
        frm="Sophie Delacroix-Hart <sophie@talentbridgepartners.co.uk>",
        subj="Penstock Pay want to meet you!", date=dt("2025-09-29 10:03", "LON"),
        text=f"""Hi Tobias,

Great news – Penstock Pay (part of Penstock Group) loved your CV and want to meet you for a first-stage video interview with their Head of Content.

They've offered:
• {uk("2025-10-02")}, 11:00 or 14:00 UK time
• {uk("2025-10-03")}, 10:30 UK time

Let me know which works and I'll lock it in.

Sophie
Talentbridge Partners
""")
    s = "2025-04-03 09:30"
    add("interview", "Tessellate Health", "Hannah", "UX Content Strategist", diff="easy",
        notes="virtual panel itinerary, HTML only; first session time", iat=iso(s, "BOS"),
        frm="Hannah Cole <hannah.cole@tessellatehealth.com>",
        subj="Your panel interview itinerary – UX Content Strategist",
        date=dt("2025-03-28 15:15", "BOS"), cte="base64",
        html=page(f"""Hi Tobias,

Here is your itinerary for {en(s)} (all times Eastern):

9:30 – 10:15 &nbsp; Portfolio presentation (Dr. Ana Ruiz, Director of Patient Experience)<br>
10:20 – 11:00 &nbsp; Content critique with the design team<br>
11:05 – 11:35 &nbsp; Conversation with the hiring manager

All sessions use the same Teams link, which you'll find in the calendar hold.

Best,<br>Hannah Cole<br>Recruiting Coordinator, Tessellate Health"""))
    s = "2026-05-26 10:00"
    add("interview", "Lantern & Loom", "Cyrus", "Content Strategist", diff="hard",
        notes="portfolio walkthrough; no word interview", iat=iso(s, "NYC"),
        frm="Cyrus Nwosu <cyrus@lanternandloom.studio>", subj="Walk us through your work?",
        date=dt("2026-05-20 12:02", "NYC"),
        text=f"""Hey Tobias,

Thanks for reaching out about the Content Strategist opening. We'd like you to walk us through two pieces of work you're proud of – 45 minutes, casual, with me and our ECD.

How's {en(s)} at 10am ET? Zoom link to follow once you confirm.

Cyrus Nwosu
Partner, Lantern & Loom
""")
    s = "2026-09-10 14:00"
    add("interview", "Quayside Ledger", "Ben", "Content Designer", diff="hard",
        notes="'unfortunately' about interviewer swap; interview stays at same time",
        iat=iso(s, "LON"),
        frm="Ben Achterberg <ben.a@quaysideledger.com>", subj="Thursday's interview – small change",
        date=dt("2026-09-08 10:30", "LON"),
        text=f"""Hi Tobias,

Unfortunately Ana is off sick this week, so I'll be running your interview on Thursday instead of her. Nothing else changes: {uk(s)}, 2pm UK time, same Teams link.

Looking forward to it,
Ben Achterberg
Design Manager, Quayside Ledger Ltd
""")
    add("interview", "Carrow University", "Patricia", "Digital Accessibility Content Specialist",
        diff="easy", notes="search committee; choose from several slots",
        frm="Patricia Hale <phale@carrow.edu>",
        subj="Interview invitation – Digital Accessibility Content Specialist",
        date=dt("2026-03-03 14:41", "BOS"),
        text=f"""Dear Mr. Adeyemi-Larsen,

On behalf of the search committee, I am pleased to invite you to a 45-minute Zoom interview for the position of Digital Accessibility Content Specialist.

Please indicate which of the following times (Eastern) you prefer:
  {en("2026-03-10")}, 9:00 AM
  {en("2026-03-11")}, 1:30 PM
  {en("2026-03-12")}, 11:00 AM

Sincerely,
Patricia Hale
Chair, Search Committee
Office of Accessible Technology, Carrow University
""")
    s = "2026-05-07 10:00"
    add("interview", "Nordhavn Museum of Applied Art", "Mette", "Digital Content Editor",
        diff="easy", notes="museum interview invitation, CET/CEST", iat=iso(s, "CPH"),
        frm="Mette Sørensen <mso@nordhavnmuseum.dk>", subj="Interview – Digital Content Editor",
        date=dt("2026-04-29 10:12", "CPH"), key="nordhavn-invite",
        text=f"""Dear Tobias,

We are pleased to invite you to an interview for the Digital Content Editor position.

The interview will take place on {uk(s)} at 10:00 Copenhagen time via Teams, with the Head of Learning and the Web Manager. It will last about one hour and include a short exercise on exhibition texts.

Please let me know if the proposed time works for you.

Kind regards,
Mette Sørensen
HR Partner | Nordhavn Museum of Applied Art
""")
    s = "2025-11-12 14:30"
    add("interview", "Brightvale Insurance", "", "Content Designer, Claims", diff="easy",
        notes="SmartRecruiters confirmation; CET", iat=iso(s, "BER"),
        frm="Brightvale Insurance Group <noreply@smartrecruiters.com>",
        subj="Interview confirmed: Content Designer, Claims", date=dt("2025-11-06 08:55", "BER"),
        hdrs=AUTO_GEN,
        text=f"""Dear Tobias,

Your interview has been scheduled.

Position: Content Designer, Claims
Date: {uk(s)} 2025
Time: 14:30 CET (Frankfurt)
Format: Microsoft Teams video call
Interviewers: Katrin Vogel, Olusegun Adebayo

Brightvale Insurance Group – Talent Acquisition
""")
    d = "2026-05-06 16:20"
    nxt = (_d(d) + timedelta(days=1)).strftime("%Y-%m-%d") + " 10:30"
    add("interview", "Mosscastle", "Fiona", "UX Writer", diff="hard",
        notes="live writing exercise; 'tomorrow at 10:30 UK time' resolved against Date",
        iat=iso(nxt, "LON"),
        frm="Fiona Gray <fiona@mosscastle.co.uk>", subj="Re: tomorrow", date=dt(d, "LON"),
        reply_to="<e41c0a9d2f65@posteo.net>",
        text="""Perfect, tomorrow at 10:30 UK time it is. It'll be a 40-minute live writing exercise with me and Callum – we'll share a Figma file with a few screens and talk through your edits as you go. No need to prepare anything.

Fiona
Content Director, Mosscastle
""")
    add("interview", "Meridia Telecom", "", "Senior Content Designer – Self-Service",
        diff="easy", notes="one-way recorded video interview with deadline",
        frm="Meridia Group Careers <careers@meridiagroup.taleo.net>",
        subj="Next step: recorded video interview", date=dt("2025-02-18 09:00", "PAR"),
        hdrs=AUTO_GEN,
        text=f"""Dear Tobias,

Thank you for applying for Senior Content Designer – Self-Service at Meridia Telecom. We would like to invite you to complete a recorded video interview (three questions, about 15 minutes).

Please complete it by {uk("2025-02-25")}:
https://meridia.sparkhire.example/interview/7XQ2

Meridia Group Talent Acquisition
""")
    s = "2025-09-24 17:00"
    add("interview", "Cais Digital", "Rita", "Content Designer", diff="easy",
        notes="Ashby confirmation; Lisbon time", iat=iso(s, "LIS"),
        frm="Cais Digital <no-reply@ashbyhq.com>",
        subj="Interview confirmed – Content Designer at Cais Digital",
        date=dt("2025-09-19 11:03", "LIS"), hdrs=AUTO_GEN,
        text=f"""Hi Tobias,

You're all set! Here are your interview details:

Content Designer – hiring manager interview
{en(s)}, 2025 · 17:00 – 17:45 (Lisbon, WEST)
Google Meet: https://meet.google.com/cai-dgtl-cd1
With: Rita Almeida, Head of Design

If you need to change the time, use the link in your candidate portal.
""")
    s = "2026-07-14 11:00"
    add("interview", "Kittiwake Software", "Moritz", "UX Writer", diff="easy",
        notes="ics attachment; Berlin time", iat=iso(s, "BER"),
        frm="Moritz Engel <moritz.engel@kittiwake.de>", subj="Interview: UX Writer – Kittiwake",
        date=dt("2026-07-07 15:30", "BER"),
        text=f"""Hi Tobias,

as discussed, here's the invitation for our interview on {uk(s)} at 11:00 (Berlin time). You'll meet me and Svenja from Product. Calendar file attached.

Best,
Moritz Engel
Design Lead · Kittiwake Software GmbH · Berlin
""", ics=ical("kittiwake-uxw-7731", dt(s, "BER"), 60, "Interview: UX Writer – Kittiwake",
              "moritz.engel@kittiwake.de"), ics_attach=True)


# ---------------------------------------------------------------- offers
def offers() -> None:
    add("offer", "Cais Digital", "Rita", "Content Designer", diff="easy",
        notes="offer letter attached as PDF",
        frm="Rita Almeida <rita.almeida@caisdigital.pt>", subj="Offer – Content Designer at Cais Digital",
        date=dt("2025-10-08 18:40", "LIS"), pdf="Cais_Digital_Offer_Tobias_Adeyemi-Larsen.pdf",
        text="""Hi Tobias,

I'm really happy to send you our formal offer for the Content Designer position at Cais Digital! The attached letter covers salary, start date, equity and the hybrid arrangement we discussed.

Please have a read and let me know if you have questions. We'd love an answer by the end of next week.

Um abraço,
Rita Almeida
Head of Design, Cais Digital
""")
    add("offer", "Quayside Ledger", "Ben", "Content Designer", diff="hard",
        notes="written follow-up to a verbal offer; never says 'offer'",
        frm="Ben Achterberg <ben.a@quaysideledger.com>", subj="Following up on our call",
        date=dt("2026-09-18 17:05", "LON"),
        text="""Hi Tobias,

Great to speak earlier – the whole team is thrilled. As promised, here's a summary of what we discussed:

• Role: Content Designer, reporting to me
• Base: £62,000, fully remote within Europe
• Start: 2 November, or a date that suits you
• 27 days' holiday plus bank holidays

HR will send the contract through DocuSign tomorrow. Shout if anything above doesn't match your understanding.

Ben
""")
    add("offer", "Kittiwake Software", "", "UX Writer", diff="easy",
        notes="Personio offer notification, HTML only",
        frm="Kittiwake Software <noreply@kittiwake.jobs.personio.de>",
        subj="Your offer from Kittiwake Software", date=dt("2026-07-24 12:00", "BER"),
        hdrs=AUTO_GEN,
        html=page("""Hi Tobias,

We're delighted to offer you the position of <b>UX Writer</b> at Kittiwake Software.

Your offer documents are ready to review and sign in your candidate portal:<br>
<a href="https://kittiwake.jobs.personio.de/offer/ab12">View your offer</a>

The offer is valid for 7 days. If you have any questions, reply to Moritz Engel or to the People team.

Kittiwake Software GmbH"""))
    add("offer", "Stellate", "Rosa", "Content Designer, Platform", diff="easy",
        notes="Ashby e-sign offer from recruiter",
        frm="Rosa Dimitriou <rosa@stellate.dev>", subj="Stellate – your offer 🎉",
        date=dt("2025-10-20 14:12", "NYC"),
        text="""Hi Tobias,

It's official: we'd love you to join Stellate as Content Designer, Platform! You'll receive an e-signature request from Ashby in a few minutes with the full offer letter.

We'll need your decision by Friday. I'm around all week if you want to talk through anything.

Rosa
Content Design Lead, Stellate
""")
    add("offer", "Mosscastle", "Fiona", "UX Writer", diff="hard",
        notes="freelance contract proposal framed as 'we'd love to have you'",
        frm="Fiona Gray <fiona@mosscastle.co.uk>", subj="We'd love to have you on board",
        date=dt("2026-05-13 11:45", "LON"),
        text="""Hi Tobias,

Callum and I both came out of the exercise buzzing. We'd love to bring you on as our UX Writer on a six-month contract, £450/day, four days a week, starting in June.

I'll get the paperwork over to you once you say yes in principle. Any questions at all, ring me.

Fiona
Content Director, Mosscastle
""")
    add("offer", "Amberline Trust", "Olu", "Senior Content Designer", diff="hard",
        notes="conditional offer subject to references; NGO",
        frm="Olu Adebanjo <olu.adebanjo@amberlinetrust.org>",
        subj="Senior Content Designer – conditional offer", date=dt("2026-11-10 10:20", "LON"),
        cte="quoted-printable",
        text="""Dear Tobias,

Following your interview on Thursday, I'm very pleased to confirm that the panel would like to appoint you as Senior Content Designer at Amberline Trust.

This offer is conditional on two satisfactory references and proof of your right to work in the UK or an agreed remote arrangement from Portugal. The attached terms set out the salary (£48,500) and benefits.

Please confirm whether you accept in principle, and send the contact details of your referees.

Yours sincerely,
Olu Adebanjo
Director of Digital, Amberline Trust
""", pdf="Amberline_Terms_Senior_Content_Designer.pdf")


# ---------------------------------------------------------------- acknowledgements
def acks() -> None:
    add("application_received", "Driftgrid", "", "Senior Content Designer", diff="easy",
        notes="Greenhouse acknowledgement",
        frm="Driftgrid <no-reply@us.greenhouse-mail.io>",
        subj="Thanks for applying to Driftgrid!", date=dt("2026-04-21 07:12", "SF"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thanks for your interest in Driftgrid! We've received your application for Senior Content Designer and our team is reviewing it now.

If your experience matches what we're looking for, someone from our team will be in touch about next steps.

Driftgrid Talent
""")
    add("application_received", "Loomwise", "", "Senior UX Writer", diff="easy",
        notes="Lever acknowledgement",
        frm="Loomwise <no-reply@hire.lever.co>", subj="Loomwise – application received",
        date=dt("2025-02-19 22:03", "TOR"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thank you for applying for the Senior UX Writer position at Loomwise. This note confirms we have your application.

We review every application carefully and will reach out if there's a match.

– The Loomwise team
""")
    add("application_received", "Tessellate Health", "", "UX Content Strategist", diff="easy",
        notes="Workday acknowledgement",
        frm="Tessellate Health Careers <tessellatehealth@myworkday.com>",
        subj="Application received: UX Content Strategist (R-20418)",
        date=dt("2025-03-06 13:45", "BOS"), hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for applying to Tessellate Health. We have received your application for UX Content Strategist (R-20418).

You can track the status of your application by signing in to your candidate home.

Talent Acquisition, Tessellate Health
""")
    add("application_received", "Kiezkasse", "", "UX Writer (m/w/d)", lang="de", diff="easy",
        notes="German Personio acknowledgement",
        frm="Kiezkasse Recruiting <noreply@kiezkasse.jobs.personio.de>",
        subj="Wir haben deine Bewerbung erhalten", date=dt("2025-01-08 19:22", "BER"),
        hdrs=AUTO_GEN,
        text="""Hallo Tobias,

vielen Dank für deine Bewerbung als UX Writer (m/w/d)! Sie ist gut bei uns angekommen.

Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb der nächsten zwei Wochen bei dir.

Viele Grüße
Dein People-Team von Kiezkasse
""")
    add("application_received", "Cobalt Ferry", "", "Content Designer", diff="easy",
        notes="Teamtailor acknowledgement",
        frm="Cobalt Ferry Careers <cobaltferry@teamtailor-mail.com>",
        subj="We got your application!", date=dt("2025-05-02 09:58", "HEL"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thank you for applying for the Content Designer job at Cobalt Ferry! We'll review your application and get back to you as soon as we can.

Cobalt Ferry
""")
    add("application_received", "Lantern & Loom", "", "Content Strategist", diff="hard",
        notes="acknowledgement that describes interview and 'unfortunately' outcomes",
        frm="Lantern & Loom <noreply@candidates.workablemail.com>",
        subj="Lantern & Loom: application received", date=dt("2026-05-14 08:31", "NYC"),
        hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thanks for applying for Content Strategist at Lantern & Loom!

Here's how things work from here: we review applications weekly. If there's a match, we'll invite you for a portfolio interview. If unfortunately we decide not to proceed, we'll let you know by email – we don't ghost people.

Lantern & Loom
""")
    add("application_received", "Koppelwerk", "", "UX Copywriter", diff="easy",
        notes="Recruitee acknowledgement",
        frm="Koppelwerk <koppelwerk@recruitee.com>", subj="Thanks for applying to Koppelwerk",
        date=dt("2025-08-04 14:27", "AMS"), hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for applying for the UX Copywriter position. We have received your application and will review it shortly.

Kind regards,
Team Koppelwerk
""")
    add("application_received", "Ashcombe University", "", "Web Content Specialist",
        diff="easy", notes="iCIMS acknowledgement; Auto-Submitted header",
        frm="Ashcombe University Human Resources <hr-noreply@ashcombe.icims.com>",
        subj="Thank you for applying – Web Content Specialist", date=dt("2025-10-06 11:02", "NYC"),
        hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for your interest in the Web Content Specialist position (Requisition 2025-1187) at Ashcombe University. Your application has been successfully submitted.

Applications are reviewed by the hiring department after the posting closes.

Office of Human Resources, Ashcombe University
""")
    add("application_received", "Quarrystone Media", "", "UX Writer II", diff="hard",
        notes="subject says 'next steps'; mentions interviews as a possibility",
        frm="Quarrystone Media Careers <notifications@jobvite.com>",
        subj="Next steps for your UX Writer II application", date=dt("2025-12-15 16:10", "NYC"),
        hdrs=AUTO_GEN,
        text="""Hello Tobias,

Thank you for applying for UX Writer II at Quarrystone Media. Your application is now with our recruiting team.

Next steps: a recruiter will review your materials. Candidates selected to interview are typically contacted within three weeks.

Quarrystone Media Recruiting
""")
    add("application_received", "Meridia Telecom", "", "Senior Content Designer – Self-Service",
        diff="hard", notes="Taleo via parent group domain; company only in body",
        frm="Meridia Group Careers <careers@meridiagroup.taleo.net>",
        subj="Confirmation of your application (Ref. 25-0412-SC)", date=dt("2025-02-04 06:40", "PAR"),
        hdrs=AUTO_GEN,
        text="""Dear Tobias,

This email confirms that your application for the Senior Content Designer – Self-Service position (Ref. 25-0412-SC) at Meridia Telecom, a Meridia Group company, has been received.

Please do not reply to this message.

Meridia Group Talent Acquisition
""")
    add("application_received", "Brightvale Insurance", "", "Content Designer, Claims",
        diff="easy", notes="SmartRecruiters acknowledgement",
        frm="Brightvale Insurance Group <noreply@smartrecruiters.com>",
        subj="Thank you for your application", date=dt("2025-10-22 10:01", "BER"), hdrs=AUTO_GEN,
        text="""Dear Tobias,

Thank you for your application for Content Designer, Claims at Brightvale Insurance Group. We have received it and will be in touch.

Brightvale Insurance Group – Talent Acquisition
""")
    add("application_received", "Plumcot", "", "Product Writer", diff="hard",
        notes="BambooHR template written in a chatty personal voice",
        frm="Plumcot <notifications@plumcot.bamboohr.com>", subj="hey, we got it!",
        date=dt("2026-01-26 20:30", "VAN"),
        text="""Hey Tobias 👋

Just a quick note to say your application for Product Writer landed safely in our inbox. We're a small team, so it might take us a week or two to read everything properly — but we will.

Talk soon (probably),
the folks at Plumcot
""")
    add("application_received", "Stellate", "", "Content Designer, Platform", diff="easy",
        notes="Ashby acknowledgement",
        frm="Stellate <no-reply@ashbyhq.com>", subj="Application received – Stellate",
        date=dt("2025-09-15 12:15", "NYC"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Thanks for applying to the Content Designer, Platform role at Stellate. We'll review your application and reach out if there's a fit.

Stellate Recruiting
""")
    add("application_received", "Clearwater Refugee Network", "", "Digital Content Officer",
        diff="hard", notes="acronym sender domain; says only shortlisted candidates get a reply",
        frm="CRN People Team <jobs@crn-ngo.org>", subj="RE: Application – Digital Content Officer",
        date=dt("2026-02-20 09:15", "BRU"), reply_to="<91ab0e4cd338@posteo.net>",
        text="""Dear applicant,

Thank you for your application for the Digital Content Officer post. We confirm receipt.

Because of the volume of applications, we are only able to contact shortlisted candidates. If you have not heard from us within four weeks of the closing date, please assume your application has not been shortlisted on this occasion.

CRN People Team
Clearwater Refugee Network
""")
    add("application_received", "Carrow University", "", "Digital Accessibility Content Specialist",
        diff="easy", notes="HTML acknowledgement from university HR system",
        frm="Carrow University Careers <careers-noreply@carrow.edu>",
        subj="Application submitted: Digital Accessibility Content Specialist",
        date=dt("2026-02-09 15:05", "BOS"), hdrs=AUTO_GEN,
        html=page("""Dear Tobias Adeyemi-Larsen,

We have received your application for <b>Digital Accessibility Content Specialist</b> (Posting #S02671).

The search committee will begin reviewing applications after the posting closes. You can check your status at any time in the Carrow Careers portal.

Carrow University Human Resources"""))
    add("application_received", "Hearth & Harbor", "", "UX Writer, E-commerce", diff="hard",
        notes="Paradox chatbot persona; no decision",
        frm="Olivia at Hearth & Harbor <olivia@paradox.ai>",
        subj="Hearth & Harbor: you're all set", date=dt("2026-06-19 13:02", "AUS"), hdrs=AUTO_GEN,
        text="""Hi Tobias! Olivia here, Hearth & Harbor's recruiting assistant. 🙂

Thanks for completing your application for UX Writer, E-commerce. I've passed it along to the hiring team. If they'd like to chat, I'll text and email you with options.

Have a great day!
""")


# ---------------------------------------------------------------- auto replies
def auto_replies() -> None:
    AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
    add("auto_reply", "Loomwise", "Priya", "", ret="2025-03-14", diff="easy",
        notes="US-style '3/14' return date",
        frm="Priya Raghunathan <priya@loomwise.io>", subj="Out of office Re: Intro call",
        date=dt("2025-03-10 06:30", "TOR"), hdrs=AR, reply_to="<0d7e6f1a2b55@posteo.net>",
        text="""Hi! I'm away at a recruiting conference and back on 3/14. I'll reply when I'm back at my desk.

Priya
""")
    add("auto_reply", "Spreewerk Digital", "Jana", "", ret="2026-03-23", lang="de", diff="easy",
        notes="German Abwesenheitsnotiz; 'bis einschließlich' plus explicit return day",
        frm="Jana Köhler <jana.koehler@spreewerk.de>",
        subj="Abwesenheitsnotiz: Kurze Nachfrage", date=dt("2026-03-12 08:15", "BER"),
        hdrs={"Auto-Submitted": "auto-replied"}, reply_to="<4cc81f0e9a17@posteo.net>",
        text=f"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ab {de("2026-03-23")} bin ich wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an design@spreewerk.de.

Jana Köhler
Spreewerk Digital GmbH
""")
    add("auto_reply", "Atelier Borréal", "Élodie", "", ret="2025-08-25", lang="fr", diff="easy",
        notes="French absence message",
        frm="=?utf-8?q?=C3=89lodie_Marchand?= <elodie.marchand@borreal.fr>",
        subj="Réponse automatique : Merci pour votre retour",
        date=dt("2025-07-16 10:02", "PAR"), hdrs=AR, reply_to="<bd9a0372e4f1@posteo.net>",
        text=f"""Bonjour,

Je suis absente du bureau pour les congés d'été. Je serai de retour le {fr("2025-08-25")} et traiterai votre message dès que possible.

Pour toute urgence, merci de contacter recrutement@borreal.fr.

Élodie Marchand
""")
    add("auto_reply", "Halyard Maps", "Marcus", "", diff="easy",
        notes="no longer at company; forwards to colleague",
        frm="Marcus Bell <marcus.bell@halyardmaps.com>",
        subj="Automatic reply: Thank you + a question", date=dt("2026-01-13 09:00", "SEA"),
        hdrs=AR,
        text="""Thank you for your email. I no longer work at Halyard Maps, and this inbox will be closed at the end of the month.

For design or content hiring questions, please contact Ayesha Khan at ayesha.khan@halyardmaps.com.
""")
    add("auto_reply", "Driftgrid", "", "", diff="hard",
        notes="unmonitored mailbox bounce on the rejection thread",
        frm="Driftgrid Recruiting <no-reply@us.greenhouse-mail.io>",
        subj="Re: Your application to Driftgrid", date=dt("2025-02-11 17:05", "SF"),
        hdrs={"Auto-Submitted": "auto-replied"}, reply_to="<f2c8ab0e6d91@posteo.net>",
        text="""This mailbox is not monitored. Replies to this address are not read or forwarded.

If you have questions about your application, please sign in to your candidate profile.
""")
    add("auto_reply", "Tallyrock", "Aisling", "", ret="2026-09-01", diff="hard",
        notes="parental leave; mentions interview loops; only X-Autoreply header",
        frm="Aisling Murphy <aisling.murphy@tallyrock.co.uk>",
        subj="Re: Feedback on the Lead Content Designer interview",
        date=dt("2026-05-04 12:20", "LON"), hdrs={"X-Autoreply": "yes"},
        reply_to="<38ad91e0fc72@posteo.net>",
        text="""Hello, and thanks for your email.

I'm on parental leave and returning on 1 September 2026. While I'm away, interview loops and candidate feedback are being handled by Tom Baxter (tom.baxter@tallyrock.co.uk).

Aisling
""")
    add("auto_reply", "Talentbridge Partners", "Sophie", "", ret="2026-03-09", diff="easy",
        notes="'returning Monday 9 March'",
        frm="Sophie Delacroix-Hart <sophie@talentbridgepartners.co.uk>",
        subj="Automatic reply: Checking in", date=dt("2026-03-02 08:40", "LON"), hdrs=AR,
        text="""Thanks for getting in touch. I'm on leave this week, returning Monday 9 March, and will reply then.

For urgent matters please call the Talentbridge office on +44 20 7946 0321.

Sophie Delacroix-Hart
""")
    d = "2026-02-19 17:02"
    add("auto_reply", "Zephyrine", "Lukas", "", ret=next_wd(d, 0), diff="hard",
        notes="relative return ('back Monday'); no auto-reply headers",
        frm="Lukas Brandt <lukas@zephyrine.io>", subj="Re: Pausing the Senior Content Designer search",
        date=dt(d, "BER"), reply_to="<77e2a0c41b9d@posteo.net>",
        text="""I'm offline for a few days and back Monday. If it's urgent, ping Nadine (nadine@zephyrine.io).

– Lukas
""")
    add("auto_reply", "Nordhavn Museum of Applied Art", "Mette", "", ret="2026-04-28", diff="hard",
        notes="European dd/mm return date; subject mentions interview",
        frm="Mette Sørensen <mso@nordhavnmuseum.dk>",
        subj="Automatisk svar: Interview – Digital Content Editor", date=dt("2026-04-20 13:11", "CPH"),
        hdrs={"X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"},
        reply_to="<3f0ab72e51cc@posteo.net>",
        text="""Tak for din mail / Thank you for your email.

Jeg er på ferie og tilbage 28/04. / I'm on holiday and back on 28/04.

Mette Sørensen, HR Partner
Nordhavn Museum of Applied Art
""")
    add("auto_reply", "Glasswing Health", "Kofi", "", diff="easy",
        notes="travel OOO without return date",
        frm="Kofi Mensah <kofi.mensah@glasswinghealth.com>", subj="Automatic reply: Content Designer",
        date=dt("2025-03-24 11:01", "NYC"), hdrs=AR,
        text="""Thanks for your note. I'm travelling with limited access to email and will respond as soon as I can.

Kofi Mensah | Senior Recruiter | Glasswing Health
""")
    add("auto_reply", "Cais Digital", "Rita", "", ret="2025-10-14", diff="easy",
        notes="conference OOO with 'Oct 14th'",
        frm="Rita Almeida <rita.almeida@caisdigital.pt>", subj="Out of office: Offer questions",
        date=dt("2025-10-09 09:30", "LIS"), hdrs={"Auto-Submitted": "auto-replied"},
        text="""Olá / Hi,

I'm at Web Summit until Oct 13th and back in the office on Oct 14th. Replies may be slow until then.

Rita
""")
    add("auto_reply", "Koppelwerk", "", "", diff="hard",
        notes="shared jobs inbox not monitored; points to portal",
        frm="Koppelwerk Jobs <jobs@koppelwerk.nl>", subj="Re: UX Copywriter – question about the role",
        date=dt("2025-08-05 07:45", "AMS"), hdrs={"Auto-Submitted": "auto-replied",
                                                 "Precedence": "auto_reply"},
        reply_to="<9b1d3e7f0a26@posteo.net>",
        text="""Thanks for your email. Please note this inbox is not monitored.

All questions about open roles should go through our careers page, where you can also contact the recruiter for each vacancy.

Team Koppelwerk
""")
    add("auto_reply", "Hireloop", "Ines", "", ret="2026-03-23", diff="hard",
        notes="'until 2026-03-20 inclusive' plus explicit return Monday 23rd",
        frm="Ines Ferreira <ines.ferreira@hireloop.eu>", subj="Automatic reply: Veltro Bank",
        date=dt("2026-03-16 10:10", "MIL"), hdrs=AR,
        text="""Hello,

I am out of the office until 2026-03-20 inclusive, back in on Monday the 23rd. For urgent candidate matters please write to team@hireloop.eu.

Ines Ferreira, Hireloop
""")
    add("auto_reply", "Ashcombe University", "Deborah", "", ret="2026-01-02", diff="easy",
        notes="annual leave; winter break",
        frm="Deborah Quinn <dquinn@ashcombe.edu>", subj="Automatic reply: Web Content Specialist",
        date=dt("2025-12-19 15:20", "NYC"), hdrs=AR,
        text="""Thank you for your message. I am on annual leave for the university winter break, returning Friday, January 2, 2026.

Deborah Quinn
HR Business Partner, Ashcombe University
""")


# ---------------------------------------------------------------- other
def others() -> None:
    L = {"List-Unsubscribe": "<https://example.invalid/unsub>", "Precedence": "bulk"}
    add("other", diff="easy", notes="job alert digest",
        frm="Jobs on Linkfold <jobalerts-noreply@linkfold.com>",
        subj="14 new UX Writer jobs in Lisbon and Remote", date=dt("2025-03-03 07:00", "LIS"),
        hdrs={**L, "List-Unsubscribe": "<https://linkfold.com/unsub/ja>"},
        html=page("""<b>Your job alert: UX Writer · Lisbon / Remote</b>

Content Designer – Cais Digital · Lisbon (hybrid) · 2 days ago<br>
UX Writer – Koppelwerk · Amsterdam (remote EU) · 3 days ago<br>
Senior Content Designer – Driftgrid · Remote · 1 week ago<br>
<a href="https://linkfold.com/jobs/alert/9981">See all 14 jobs</a>""",
                  "You are receiving job alerts because you created one. Manage alerts."))
    add("other", diff="hard", notes="newsletter on handling rejection; quotes rejection wording",
        frm="Content Design Weekly <hello@contentdesignweekly.news>",
        subj="Issue #118: what a rejection email teaches you", date=dt("2025-06-06 08:00", "LON"),
        hdrs={**L, "List-Unsubscribe": "<https://contentdesignweekly.news/u/118>"},
        text="""Content Design Weekly – Issue #118

This week: the anatomy of "we won't be moving forward". We took 40 real rejection emails from readers and rewrote them to be kinder and clearer. Spoiler: "unfortunately" appears in 37 of them.

Also inside:
- Interview prep: how to present a content portfolio in 20 minutes
- A job board round-up (12 remote roles)

Unsubscribe any time.
""")
    add("other", diff="hard", notes="podcast 'interview' episode announcement",
        frm="Words in Motion Podcast <podcast@wordsinmotion.fm>",
        subj="New episode: our interview with Tallyrock's Head of Content",
        date=dt("2026-02-24 12:00", "LON"), hdrs=L, cte="base64",
        html=page("""<b>Episode 52 is live!</b>

In this interview, Tallyrock's Head of Content talks about hiring writers, giving feedback on take-home tasks, and why she rejects portfolios without context.

<a href="https://wordsinmotion.fm/52">Listen now</a>"""))
    add("other", diff="hard", notes="card payment declined; 'unfortunately'",
        frm="Nuvem Bank <alerts@nuvembank.pt>", subj="Payment declined", date=dt("2025-11-27 21:48", "LIS"),
        hdrs=AUTO_GEN,
        text="""Hi Tobias,

Unfortunately your card ending 4471 was declined for a payment of 89.00 EUR at FIGMA.COM because the card's monthly online limit was reached.

You can adjust your limit in the Nuvem app.

Nuvem Bank
""")
    add("other", "", "Katja", diff="hard", notes="pull request closed; 'not moving forward'",
        frm="Katja Reinholt <notifications@github.com>",
        subj="Re: [openform/docs] Reword validation error messages (PR #412)",
        date=dt("2026-04-02 14:31", "BER"),
        hdrs={"List-Unsubscribe": "<mailto:unsub+412@reply.github.com>", "Precedence": "list"},
        text="""@tobias-al thanks for this! We discussed it in the maintainers' sync and decided not to move forward with the new wording for now – we'd rather keep messages identical to the upstream spec. Closing, but I really appreciate the effort.

— Katja

Closed #412.

Reply to this email directly or view it on GitHub.
""")
    add("other", diff="hard", notes="conference talk proposal not accepted",
        frm="Wordsmiths Summit Programme <programme@wordsmithssummit.eu>",
        subj="Your proposal for Wordsmiths Summit 2026", date=dt("2026-03-30 10:00", "AMS"),
        text="""Dear Tobias,

Thank you for submitting "Microcopy under pressure: writing for payment failures" to Wordsmiths Summit 2026.

We received 412 proposals for 30 slots, and we regret that yours was not selected for this year's programme. Reviewer comments are available in your speaker dashboard.

We hope to see you in Amsterdam as an attendee – everyone who submitted gets 30% off tickets with code WS26FRIENDS.

The Programme Committee
""")
    add("other", diff="hard", notes="marketing 'offer' for a course",
        frm="UX Writing Academy <team@uxwritingacademy.com>",
        subj="Offer ends tonight: 20% off the Interview-Ready Portfolio course",
        date=dt("2025-11-28 18:00", "NYC"), hdrs=L,
        text="""Black Friday offer: 20% off our Interview-Ready Portfolio course until midnight.

Learn how to present your UX writing in hiring interviews, answer the dreaded "walk me through your process", and negotiate your next offer.

Use code BF20 at checkout.
""",
        html=page("""<b>Black Friday offer: 20% off</b>

Learn how to present your UX writing in hiring interviews and negotiate your next offer.

Code <b>BF20</b> – ends at midnight."""))
    add("other", "", "Marta", diff="hard", notes="apartment application not successful",
        frm="Marta Sequeira <marta@casaluz-imobiliaria.pt>", subj="Apartamento T1 Arroios – candidatura",
        date=dt("2025-04-17 12:40", "LIS"),
        text="""Hi Tobias,

Thanks for your application for the one-bedroom flat on Rua de Arroios. The landlord has decided to go ahead with another tenant who can move in earlier, so your application was not successful this time.

I'll let you know if something similar comes up in Arroios or Anjos.

Marta
Casa Luz Imobiliária
""")
    add("other", "", "Jonas", diff="hard", notes="friend's personal mail about his own interview and rejection",
        frm="Jonas Weber <jonas.weber@posteo.de>", subj="lol guess what",
        date=dt("2025-09-12 23:10", "BER"),
        text="""Tobi!

Had my final interview at that fintech in Kreuzberg today – the one I told you about. Four hours. Then they rejected me by email at 7pm, same day, with "we've decided to move forward with other candidates". Efficiency, I guess.

Anyway, beer when you're in Berlin in October? Also how's your search going, any offers?

J.
""")
    add("other", "", "Rahul", "Technical Writer", diff="hard",
        notes="recruiter mass mailing; mentions interviews and quick call",
        frm="Rahul Verma <rahul.v@staffinghorizon.example.com>",
        subj="Urgent Requirement: Technical Writer (Contract) – 5 positions – Remote",
        date=dt("2026-06-11 04:12", "NYC"), hdrs={"Precedence": "bulk"},
        text="""Hello,

Hope you are doing well. We have an urgent requirement for our direct client.

Role: Technical Writer
Duration: 6+ months contract
Location: Remote (US hours)
Interview: Video

Please reply with your updated resume, expected rate and availability for a quick call. Interviews will happen this week.

Thanks & Regards,
Rahul Verma
Staffing Horizon Inc.
""")
    add("other", diff="easy", notes="social network notification naming an employer",
        frm="Linkfold <notifications-noreply@linkfold.com>",
        subj="Tobias, your profile appeared in 23 searches this week",
        date=dt("2026-01-19 09:00", "LIS"), hdrs={"List-Unsubscribe": "<https://linkfold.com/u/n>"},
        html=page("""Your profile appeared in <b>23 searches</b> this week.

Searchers work at: Driftgrid, Penstock Group, Zephyrine.

<a href="https://linkfold.com/me/search-appearances">See who's looking</a>"""))
    add("other", "", "Inês", diff="hard", notes="friend forwards a job posting",
        frm="=?utf-8?q?In=C3=AAs_Carvalho?= <ines.carvalho@gmail.com>",
        subj="Fwd: Content Designer (Remote EU) – Sundial", date=dt("2026-08-03 19:55", "LIS"),
        text="""Saw this and thought of you straight away! They want someone for error messages and onboarding, which is literally your thing. Want me to refer you? I know their design lead.

Bjs, Inês

---------- Forwarded message ---------
From: Sundial Careers <careers@sundial.example.com>
Subject: Content Designer (Remote EU) – Sundial

We're hiring a Content Designer to own product language across our web and mobile apps. Interviews start in September. Apply by 31 August.
""")
    add("other", diff="easy", notes="mail provider invoice",
        frm="Posteo <billing@posteo.de>", subj="Ihre Rechnung / Your invoice", date=dt("2025-01-02 03:00", "BER"),
        text="""Dear customer,

thank you for using Posteo. Your payment of 12.00 EUR for 12 months has been received.

Posteo e.K.
""")
    add("other", diff="hard", notes="webinar about interviews and offers",
        frm="DesignLadder <events@designladder.io>",
        subj="Tomorrow: How to ace the portfolio interview (free webinar)",
        date=dt("2026-10-20 15:00", "NYC"), hdrs=L,
        text="""Hi Tobias,

Join us tomorrow at 12:00 PM ET for a free live session: "How to ace the portfolio interview", with hiring managers from three product companies. We'll also cover negotiating an offer.

Save your seat: https://designladder.io/webinars/portfolio-interview
""")
    add("other", diff="hard", notes="personal loan not approved",
        frm="Banco Meridiano <noreply@bancomeridiano.pt>", subj="Decision on your loan application",
        date=dt("2025-05-15 10:00", "LIS"), hdrs=AUTO_GEN,
        text="""Dear Tobias Adeyemi-Larsen,

Thank you for your personal loan application (ref. PL-884120). After reviewing your application we are unable to approve it at this time. The main reason is insufficient employment history in Portugal.

You may request a copy of the information used in this decision.

Banco Meridiano
""")
    add("other", "", "Catarina", diff="hard", notes="language school offers a place; reads like an offer",
        frm="Catarina Pires <catarina@escolalinguas-lx.pt>",
        subj="Offer of a place: Portuguese B2 intensive", date=dt("2025-08-29 11:00", "LIS"),
        text="""Dear Tobias,

We're pleased to offer you a place on our Portuguese B2 intensive course starting 15 September. Please confirm and pay the deposit within 10 days to secure your place.

Catarina Pires
Admissions, Escola de Línguas Lisboa
""")
    add("other", "", "Priyanka", diff="easy", notes="project-tool notification from a volunteer project",
        frm="Priyanka Shah (Trellomatic) <notifications@trellomatic.example.com>",
        subj="Priyanka moved 'Rewrite volunteer sign-up copy' to Done",
        date=dt("2025-12-10 14:03", "LON"), hdrs={"Precedence": "bulk"},
        text="""Priyanka Shah moved the card "Rewrite volunteer sign-up copy" from Review to Done on board Code for Lisbon.

Comment: looks great, thanks Tobias!
""")
    add("other", diff="hard", notes="job board recommendation naming an employer and role",
        frm="Glasspane Jobs <jobs@glasspane.example.com>",
        subj="Recommended for you: Senior Content Designer at Driftgrid",
        date=dt("2026-04-15 06:00", "SF"), hdrs=L,
        html=page("""<b>Jobs you may like</b>

Senior Content Designer · Driftgrid · Remote · $150k–$180k<br>
UX Writer · Halyard Maps · Seattle · Easy apply<br>
Content Strategist · Lantern & Loom · New York

<a href="https://glasspane.example.com/jobs">See more recommendations</a>"""))
    add("other", diff="easy", notes="product newsletter announcing that a company is hiring",
        frm="Figjam Tools <news@figjam-tools.example.com>", subj="We're hiring (and shipping!)",
        date=dt("2025-07-01 16:00", "SF"), hdrs=L,
        text="""This month: dark mode, faster exports, and we're hiring across design and engineering. Check out our careers page!
""")
    add("other", diff="hard", notes="gym membership freeze approved",
        frm="Fitness Alfama <membros@fitnessalfama.pt>", subj="Your membership freeze has been approved",
        date=dt("2025-12-22 09:30", "LIS"), hdrs=AUTO_GEN,
        text="""Hi Tobias,

Your request to freeze your membership from 23 December to 10 January has been approved. No fees will be charged during the freeze. Your membership resumes automatically.

Fitness Alfama
""")
    add("other", "", "Leonor", diff="hard", notes="volunteer application accepted; reads like an offer",
        frm="Leonor Matos <voluntarios@feiralivrolisboa.pt>",
        subj="Welcome to the Lisbon Book Fair volunteer team!", date=dt("2026-05-08 13:00", "LIS"),
        text="""Hi Tobias,

Great news – your application to volunteer at the Lisbon Book Fair has been accepted! You're on the information desk, weekends 30 May – 14 June. Orientation is on 27 May at 18:30.

Leonor
Volunteer Coordinator
""")
    add("other", "", "Hana", diff="hard", notes="request to be interviewed for a newsletter (candidate is interviewee)",
        frm="Hana Kovač <hana@microcopy.club>", subj="Interview for Microcopy Club?",
        date=dt("2026-07-21 10:15", "BER"),
        text="""Hi Tobias,

I run the Microcopy Club newsletter (about 9k readers). Would you be up for a short written interview about moving from Berlin to Lisbon and freelancing as a UX writer? Eight questions, no deadline pressure.

Hana
""")
    add("other", diff="easy", notes="parcel delivery notice",
        frm="CTT Expresso <noreply@ctt-expresso.example.pt>", subj="Delivery attempt failed – parcel RB12345678PT",
        date=dt("2025-10-15 15:22", "LIS"), hdrs=AUTO_GEN,
        text="""We tried to deliver your parcel RB12345678PT today but nobody was home. We'll try again tomorrow between 9:00 and 13:00.
""")
    s = "2026-06-20 20:00"
    add("other", "", "Jonas", diff="hard", notes="calendar invite for a friend's dinner",
        frm="Jonas Weber <jonas.weber@posteo.de>", subj=f"Invitation: Dinner at Jonas & Mia's @ {uk(s)} 8pm",
        date=dt("2026-06-10 21:00", "BER"),
        text="""Dinner at ours while you're in Berlin – bring nothing but yourself.

Jonas
""", ics=ical("dinner-jonas-0620", dt(s, "BER"), 180, "Dinner at Jonas & Mia's", "jonas.weber@posteo.de"))
    add("other", "", "Oren", diff="hard", notes="community mailing list thread about rejection emails",
        frm="Oren Katz <oren.k@contentfolk.example.org>",
        subj="Re: [content-folk] How do you phrase rejection emails in your ATS?",
        date=dt("2025-10-30 14:55", "NYC"),
        hdrs={"List-Id": "<content-folk.lists.contentfolk.example.org>",
              "List-Unsubscribe": "<mailto:content-folk-leave@lists.contentfolk.example.org>",
              "Precedence": "list"},
        text="""We ended up with: "We've decided not to move forward with your application for this role." Plain, no "unfortunately", no fake warmth. Candidates told us they preferred it.

For interview invites we always give one fixed time plus a reschedule link.

Oren

> On Oct 29, Tobias Adeyemi-Larsen wrote:
> Curious how others word their rejections – our HR team wants it shorter.
""")
    add("other", diff="hard", notes="fintech app marketing 'offer' to a customer",
        frm="Tallyrock <hello@news.tallyrock.co.uk>", subj="A special offer on your savings pot",
        date=dt("2026-11-03 12:00", "LON"), hdrs=L,
        html=page("""Hi Tobias,

For a limited time, get a boosted 4.1% AER on new savings pots. This offer is open to existing customers until 30 November.

<a href="https://tallyrock.co.uk/boost">Open the app</a>""",
                  "Tallyrock Ltd is authorised by the Financial Conduct Authority."))


def main() -> None:
    rejections()
    on_hold()
    interviews()
    offers()
    acks()
    auto_replies()
    others()
    alt = {("rejection", "Cobalt Ferry"), ("application_received", "Stellate"),
           ("interview", "Stellate"), ("on_hold", "Quillon Systems")}
    for it in ITEMS:
        if (it["label"], it["company"]) in alt and it["html"] is None:
            it["html"] = page(it["text"].replace("\n", "<br>\n").replace("<br>\n<br>\n", "\n\n"))
    random.Random(27).shuffle(ITEMS)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, it in enumerate(ITEMS, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, it))
        rows.append([name, it["label"], it["company"], it["contact"], it["role"], it["ret"],
                     it["lang"], it["diff"], it["notes"], it["iat"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        w.writerows(rows)


if __name__ == "__main__":
    main()
