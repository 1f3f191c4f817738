"""Generate the blind37 evaluation corpus (job seeker: Rafael Okafor-Duarte).

Stdlib only. Writes tests/corpus/blind37/NNN.eml and labels.csv.
Run: python tests/corpus/make_blind37.py
"""

from __future__ import annotations

import csv
import datetime as dt
import email.policy
import email.utils
import hashlib
import html
import random
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind37"
ME = "Rafael Okafor-Duarte <rafa.od@gmx.net>"
FIELDS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
MSGS: list[dict] = []


def add(label: str, *, frm: str, subj: str, date: str, body: str = "", company: str = "",
        contact: str = "", role: str = "", ret: str = "", lang: str = "en", diff: str = "easy",
        notes: str = "", iat: str = "", fmt: str = "plain", cte: str | None = None,
        hdrs: dict | None = None, html_body: str | None = None, cal: str | None = None,
        pdf: str | None = None, reply: bool = False, to: str = ME) -> None:
    MSGS.append(dict(label=label, frm=frm, subj=subj, date=date, body=body, company=company,
                     contact=contact, role=role, ret=ret, lang=lang, diff=diff, notes=notes,
                     iat=iat, fmt=fmt, cte=cte, hdrs=hdrs or {}, html_body=html_body, cal=cal,
                     pdf=pdf, reply=reply, to=to))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    inner = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paras
    )
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + inner + "\n</body></html>\n")


def domain_of(frm: str) -> str:
    addr = email.utils.parseaddr(frm)[1]
    return addr.split("@")[-1] if "@" in addr else "mail.example"


def build(m: dict, idx: int) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    when = dt.datetime.fromisoformat(m["date"])
    dom = domain_of(m["frm"])
    seed = hashlib.sha1(f"{idx}{m['subj']}".encode()).hexdigest()
    msg["Return-Path"] = "<" + (email.utils.parseaddr(m["frm"])[1] or "bounce@" + dom) + ">"
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = f"<{seed[:20]}.{int(when.timestamp())}@{dom}>"
    if m["reply"]:
        ref = f"<{seed[20:36]}@gmx.net>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    for k, v in m["hdrs"].items():
        msg[k] = v
    fmt = m["fmt"]
    cte = m["cte"]
    if fmt == "html":
        msg.set_content(m["html_body"] or to_html(m["body"]), subtype="html", cte=cte or "quoted-printable")
    else:
        msg.set_content(m["body"], cte=cte) if cte else msg.set_content(m["body"])
        if fmt == "alt":
            msg.add_alternative(m["html_body"] or to_html(m["body"]), subtype="html")
    if m["cal"]:
        if msg.get_content_maintype() != "multipart":
            msg.make_alternative()
        msg.add_alternative(m["cal"], subtype="calendar", params={"method": "REQUEST"})
    if m["pdf"]:
        fake = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        msg.add_attachment(fake, maintype="application", subtype="pdf", filename=m["pdf"])
    return msg.as_bytes()


def ics(uid: str, start_utc: str, end_utc: str, summary: str, organizer: str, location: str,
        stamp: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rafa.od@gmx.net",
        f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART:{start_utc}", f"DTEND:{end_utc}",
        f"SUMMARY:{summary}", f"LOCATION:{location}", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR", "",
    ])


AUTO = {"Auto-Submitted": "auto-generated"}
OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


# ---------------------------------------------------------------- messages
# ---- rejection (26)
add("rejection", frm="Kelvara Talent Team <no-reply@us.greenhouse-mail.io>",
    subj="Your application to Kelvara", date="2025-02-11T16:42:00+01:00",
    company="Kelvara", role="Enterprise Account Executive (DACH)", hdrs=AUTO, fmt="alt",
    body="""Hi Rafael,

Thank you for the time you invested in applying for the Enterprise Account Executive (DACH) position at Kelvara.

We reviewed your background carefully against what the team needs right now. Our decision is not to move your application into the interview stage.

We genuinely appreciate your interest and wish you every success in your search.

Kelvara Talent Acquisition
Kelvara Software AG | Leopoldstraße 140 | 80804 München""")

add("rejection", frm="Sabine Kröger <bewerbung@brenntal-maschinenbau.de>",
    subj="Ihre Bewerbung als Vertriebsleiter (m/w/d) – Kennziffer VL-2025-07",
    date="2025-05-06T10:15:00+02:00", company="Brenntal Maschinenbau", contact="Sabine",
    role="Vertriebsleiter (m/w/d)", lang="de",
    body="""Sehr geehrter Herr Okafor-Duarte,

haben Sie vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung aller Unterlagen haben wir uns für eine Kandidatin entschieden, deren Profil unseren Anforderungen im Sondermaschinenbau noch etwas näher kommt. Wir bitten um Ihr Verständnis.

Ihre Unterlagen löschen wir gemäß den datenschutzrechtlichen Vorgaben nach sechs Monaten.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Sabine Kröger
Personalabteilung
Brenntal Maschinenbau GmbH & Co. KG
Am Kanal 7 · 87700 Memmingen""")

add("rejection", frm="Oliver Penhale <oliver.penhale@ferncastle.co.uk>",
    subj="Re: Final round – Thursday", date="2025-07-22T18:03:00+01:00",
    company="Ferncastle Analytics", contact="Oliver", role="Head of Partnerships, DACH",
    diff="hard", notes="after final round; quoted invite; 'different direction' plus keep in touch",
    reply=True,
    body="""Rafael,

I wanted to call but kept missing you, so apologies for doing this by email.

Thank you for Thursday. The panel enjoyed the conversation, especially your take on channel conflict with resellers. In the end we went a different direction and brought in someone who has already built a partner programme in the analytics space from scratch, which is exactly the gap we have this year.

I'd really like to keep in touch. If we open the DACH sales lead role in 2026, you'll be one of the first people I call.

All the best,
Oliver

Oliver Penhale
Chief Revenue Officer
Ferncastle Analytics Ltd, 41 Clerkenwell Road, London EC1M 5RS

> On 14 Jul 2025, at 09:12, Oliver Penhale wrote:
> Hi Rafael, we'd love to invite you to the final round with me, our CEO and
> the Head of Customer Success on Thursday 17 July, 14:00 London time, at our
> Clerkenwell office. Please bring a 15-minute plan for your first 90 days.""")

add("rejection", frm="Jens Albrecht | Hartmann & Berg <j.albrecht@hartmann-berg.de>",
    subj="Rückmeldung Ostwerk – BDM Automotive", date="2025-09-30T19:47:00+02:00",
    company="Ostwerk Automotive", contact="Jens", role="Business Development Manager Automotive",
    lang="de", diff="hard", notes="headhunter relays client's decision; du-form",
    body="""Hallo Rafael,

kurz vor Feierabend noch die Rückmeldung von Ostwerk, damit du nicht länger warten musst: Sie haben sich am Ende für einen internen Kandidaten aus dem Bereich Thermomanagement entschieden. Der Bereichsleiter fand dein Gespräch richtig stark, aber die interne Lösung war politisch wohl nicht mehr zu drehen.

Das ist ärgerlich, ich weiß. Ich habe aktuell zwei weitere Mandate im Tier-1-Umfeld, bei denen du gut passen könntest. Lass uns nächste Woche telefonieren.

Viele Grüße
Jens

Jens Albrecht
Partner
Hartmann & Berg Executive Search GmbH
Maximilianstraße 35 · 80539 München
+49 89 2109 4410""")

add("rejection", frm="Bankhaus Lindqvist Careers <bankhauslindqvist@myworkday.com>",
    subj="Bankhaus Lindqvist – an update on your application (R-004418)",
    date="2025-03-19T08:02:00+01:00", company="Bankhaus Lindqvist",
    role="Relationship Manager Corporate Clients", hdrs=AUTO, fmt="html",
    body="""Dear Rafael Okafor-Duarte,

Thank you for applying for the role of Relationship Manager Corporate Clients (R-004418).

We have now completed our review of applications. While your profile shows strong sales experience, we will not be considering your application further for this vacancy.

You are welcome to create job alerts in our candidate portal and to apply again for positions that match your experience.

Kind regards,
Talent Acquisition
Bankhaus Lindqvist AG

This message was sent from an unmonitored address. Please do not reply.""")

add("rejection", frm="Alpenfirn Systems <jobs@alpenfirn.recruitee.com>",
    subj="Ihre Bewerbung: Senior Account Executive DACH", date="2026-01-27T14:30:00+01:00",
    company="Alpenfirn Systems", contact="Nadine", role="Senior Account Executive DACH",
    lang="de", notes="Swiss German spelling",
    body="""Sehr geehrter Herr Okafor-Duarte

Besten Dank für Ihre Bewerbung als Senior Account Executive DACH und Ihr Interesse an der Alpenfirn Systems AG.

Wir haben Ihr Dossier sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiterverfolgen. Ausschlaggebend war, dass wir für diese Position vertiefte Erfahrung im Schweizer Versicherungsmarkt voraussetzen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse

Nadine Tschudi
Talent Acquisition
Alpenfirn Systems AG, Hardturmstrasse 161, 8005 Zürich""")

add("rejection", frm="Wolfgang Aigner <w.aigner@donaustahl.at>",
    subj="Ihre Bewerbung – Vertriebsingenieur Anlagenbau", date="2025-02-04T11:20:00+01:00",
    company="Donaustahl Anlagenbau", contact="Wolfgang", role="Vertriebsingenieur Anlagenbau",
    lang="de", diff="hard", notes="Austrian; mentions the Gespräch im Jänner and Zweitgespräch",
    body="""Sehr geehrter Herr Okafor-Duarte,

nochmals herzlichen Dank für das angenehme Gespräch Mitte Jänner in Linz und für die Zeit, die Sie sich genommen haben.

Wir haben in den vergangenen Tagen alle Kandidaten intern abgestimmt. Zu einem Zweitgespräch laden wir jedoch nur jene Bewerber ein, die bereits Erfahrung mit Walzwerksprojekten in Osteuropa mitbringen. Aus diesem Grund können wir Ihnen leider keine Zusage geben.

Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg und alles Gute.

Mit freundlichen Grüßen

Ing. Wolfgang Aigner
Leitung Vertrieb
Donaustahl Anlagenbau GmbH
Industriezeile 12, 4020 Linz""")

add("rejection", frm="Tom Achterberg <tom@pivotwell.io>",
    subj="quick update", date="2025-11-12T21:14:00+00:00",
    company="Pivotwell", contact="Tom", role="", diff="hard",
    notes="very short; no rejection keywords",
    body="""Hi Rafael — this one didn't work out. We went with someone who has sold into manufacturing plants before, which matters a lot at our stage. Appreciate your time and the thoughtful questions.

— Tom

Sent from my iPhone""")

add("rejection", frm="Lumora <no-reply@hire.lever.co>",
    subj="Partner Manager EMEA at Lumora", date="2025-06-03T15:05:00-04:00",
    company="Lumora", role="Partner Manager EMEA", hdrs=AUTO, fmt="alt",
    body="""Hi Rafael,

Thanks for applying for the Partner Manager EMEA role at Lumora. We've read through your application and, after comparing it with the requirements for this team, we won't be progressing your application.

We post new roles often, so keep an eye on lumora.cloud/careers.

Thanks again,
The Lumora Recruiting Team""")

add("rejection", frm="Priya Raman <priya.raman@tallyfin.com>",
    subj="Tallyfin – Founding Account Executive", date="2025-04-15T12:41:00+01:00",
    company="Tallyfin", contact="Priya", role="Founding Account Executive",
    hdrs={"X-Mailer": "Ashby"},
    body="""Hi Rafael,

Thank you for talking with us about the Founding Account Executive role. We've now spoken with everyone on the shortlist, and we don't think this is the right match at this time: we need someone who has sold to CFOs in UK mid-market companies, and most of your experience is in DACH industrial accounts.

That's not a comment on your ability. If we open a DACH role next year I'd be glad to stay in touch.

Best,
Priya Raman
Talent Partner, Tallyfin""")

add("rejection", frm="Messe Isarfeld Recruiting <noreply@smartrecruiters.com>",
    subj="Absage: Key Account Manager Aussteller (m/w/d)", date="2025-10-21T09:00:00+02:00",
    company="Messe Isarfeld", role="Key Account Manager Aussteller (m/w/d)", lang="de",
    hdrs=AUTO, fmt="html",
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihre Bewerbung als Key Account Manager Aussteller (m/w/d) bei der Messe Isarfeld.

Leider müssen wir Ihnen mitteilen, dass die Stelle inzwischen besetzt wurde.

Wir wünschen Ihnen alles Gute und viel Erfolg.

Ihr Recruiting-Team
Messe Isarfeld GmbH""")

add("rejection", frm="NXS Careers <talent@nxs-solutions.icims.com>",
    subj="Regional Sales Manager – Southern Germany (Req 3391)", date="2025-08-08T13:25:00-04:00",
    company="NXS", role="Regional Sales Manager – Southern Germany", hdrs=AUTO,
    notes="US-based ATS, ET offset",
    body="""Dear Rafael,

Thank you for your interest in the Regional Sales Manager – Southern Germany position with NXS Industrial Solutions.

After reviewing all submissions, we have selected candidates whose qualifications more closely align with the needs of this role. Your profile will remain in our talent community, and we encourage you to apply for future openings.

Sincerely,
NXS Talent Acquisition

Please do not reply to this email; this mailbox is not monitored.""")

add("rejection", frm="Katrin Oberländer <katrin.oberlaender@corvanta.com>",
    subj="BD Director – my honest feedback", date="2026-02-19T17:55:00+01:00",
    company="Corvanta", contact="Katrin", role="Business Development Director",
    diff="hard", notes="rejection with referral offer; warm tone",
    body="""Dear Rafael,

I promised you a straight answer by Friday, so here it is: we're not moving you forward for the Business Development Director role. The partners want someone who has personally led consulting engagements, not only sold them, and I couldn't argue them out of it.

Having said that, I think you'd be a strong fit at my former colleague Martin's firm; they are building a sales team for their manufacturing practice in Stuttgart. If you're open to it, reply and I'll introduce you both.

Warm regards,
Katrin

Katrin Oberländer | Partner
Corvanta Consulting GmbH, München""")

add("rejection", frm="Caprica Logistics Software <notifications@jobvite.com>",
    subj="Caprica: Sales Executive Benelux/DACH", date="2025-01-29T10:44:00-05:00",
    company="Caprica Logistics Software", role="Sales Executive Benelux/DACH",
    fmt="html", cte="base64", hdrs=AUTO,
    body="""Hello Rafael,

Thank you for applying to the Sales Executive Benelux/DACH position at Caprica Logistics Software.

This position has been filled, and we are no longer reviewing applications for it.

We appreciate your interest in Caprica and wish you the best.

Caprica Recruiting""")

add("rejection", frm="St. Gallus Precision Careers <careers@gallus-praezision.ch>",
    subj="Application status – Area Sales Manager Germany (ID 25-118)",
    date="2025-12-03T07:58:00+01:00", company="Gallus Präzision",
    role="Area Sales Manager Germany", hdrs=AUTO, notes="Taleo-style; company in display name only abbreviated",
    body="""Dear Mr. Okafor-Duarte,

Thank you for your application for the position of Area Sales Manager Germany (ID 25-118).

We regret to let you know that we are unable to offer you an interview on this occasion. We had a large number of strong applications.

With your consent we will retain your details for 12 months and may contact you about suitable vacancies.

Kind regards
Human Resources
Gallus Präzision AG, St. Gallen

Powered by Oracle Taleo""")

add("rejection", frm="Quorblick Team <no-reply@teamtailor-mail.com>",
    subj="Deine Bewerbung bei Quorblick", date="2025-03-03T16:10:00+01:00",
    company="Quorblick", contact="Mia", role="Head of Sales", lang="de", hdrs=AUTO,
    notes="du-form startup",
    body="""Hey Rafael,

danke dir für deine Bewerbung als Head of Sales und dafür, dass du dir Quorblick so genau angeschaut hast!

Wir haben uns entschieden, mit anderen Bewerber*innen weiterzumachen, deren Erfahrung besser zu unserer aktuellen Phase passt. Das war keine leichte Entscheidung.

Wir wünschen dir alles Gute für deine Suche.

Liebe Grüße
Mia aus dem People-Team""")

add("rejection", frm="Albery & Thorne <noreply@apply.workablemail.com>",
    subj="Your application for Business Development Manager", date="2025-05-28T11:31:00+01:00",
    company="Albery & Thorne", role="Business Development Manager", hdrs=AUTO,
    body="""Dear Rafael,

Many thanks for applying for the Business Development Manager position at Albery & Thorne.

We have considered your application carefully, and we are sorry to tell you that it has been unsuccessful on this occasion.

We wish you well in your career.

Albery & Thorne Ltd
Recruitment Team""")

add("rejection", frm="Sophie Lambertz <sophie.lambertz@trv-group.com>",
    subj="Trevolo – Enterprise Sales Lead", date="2026-04-14T15:20:00+02:00",
    company="Trevolo", contact="Sophie", role="Enterprise Sales Lead", diff="hard",
    notes="praise and 'offered the position' to someone else; parent-company domain",
    body="""Hello Rafael,

Thank you for interviewing with us over the past weeks. You impressed the panel, and Stefan in particular appreciated how concretely you talked about your pipeline reviews.

However, we have offered the position to another candidate, who has accepted. I know this is disappointing after three rounds.

With kind regards,
Sophie Lambertz
Talent Acquisition Manager
Trevolo GmbH – a TRV Group company""")

add("rejection", frm="Franziska Maurer <franziska.maurer@voss-harrer.de>",
    subj="AW: Einladung zum Vorstellungsgespräch", date="2025-11-27T14:02:00+01:00",
    company="Voss & Harrer", contact="Franziska", role="Key Account Manager Antriebstechnik (m/w/d)",
    lang="de", diff="hard", notes="reply quotes the interview invitation", reply=True,
    body="""Sehr geehrter Herr Okafor-Duarte,

nochmals vielen Dank für das offene Gespräch am Dienstag und Ihr Interesse an Voss & Harrer.

Nach reiflicher Überlegung haben wir uns für einen Bewerber entschieden, der bereits mehrere Jahre Erfahrung im Vertrieb von Getriebemotoren mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
Franziska Maurer
Personalreferentin
Voss & Harrer Antriebstechnik GmbH

-----Ursprüngliche Nachricht-----
Von: Franziska Maurer
Gesendet: Mittwoch, 12. November 2025 09:40
An: Rafael Okafor-Duarte
Betreff: Einladung zum Vorstellungsgespräch

Sehr geehrter Herr Okafor-Duarte,
gerne laden wir Sie zu einem persönlichen Gespräch am Dienstag, 25. November 2025, um 10:00 Uhr in unsere Zentrale in Augsburg ein.""")

add("rejection", frm="Marktreif Ventures <notifications@marktreif.bamboohr.com>",
    subj="Thank you for your interest in Marktreif Ventures", date="2025-08-26T10:05:00+02:00",
    company="Marktreif Ventures", role="Portfolio Sales Manager", hdrs=AUTO,
    body="""Hi Rafael,

Thank you for applying for the Portfolio Sales Manager role. We've decided to pursue other applicants whose experience more closely matches what we need for this position.

We'll keep your details on file in case something suitable comes up.

Best wishes,
People & Talent, Marktreif Ventures""")

add("rejection", frm="Emma Caldwell <emma.caldwell@northgatesearch.co.uk>",
    subj="Fwd: Rafael Okafor-Duarte – feedback", date="2026-05-07T12:16:00+01:00",
    company="Harrowgate Payments", contact="Emma", role="Head of Sales DACH", diff="hard",
    notes="agency forwards hiring manager's decision; decision only in forwarded part",
    body="""Hi Rafael,

Passing on the feedback from Harrowgate below, as promised. Sorry it's not the news we wanted. Happy to talk it through whenever suits.

Emma

Emma Caldwell | Senior Consultant | Northgate Search Partners
+44 20 7946 0311

---------- Forwarded message ---------
From: Daniel Hurst <daniel.hurst@harrowgatepay.com>
Date: Wed, 6 May 2026 at 17:48
Subject: Rafael Okafor-Duarte – feedback
To: Emma Caldwell <emma.caldwell@northgatesearch.co.uk>

Emma,

Thanks for introducing Rafael. Good conversation, clearly knows the German Mittelstand. We're going to close the process with the other finalist though, who has payments experience and can start in June. Please pass on our thanks.

Daniel""")

add("rejection", frm="Oberlin Fördertechnik <karriere@oberlin-foerdertechnik.de>",
    subj="Your application – International Sales Manager", date="2026-06-16T09:33:00+02:00",
    company="Oberlin Fördertechnik", contact="Jonas", role="International Sales Manager",
    body="""Dear Mr. Okafor-Duarte,

Thank you for your application and the interest you have shown in Oberlin Fördertechnik.

After careful consideration we have decided not to include you in the shortlist for this position. Please do not see this as a judgement of your qualifications: the field of candidates was unusually strong.

We wish you all the best for your professional future.

Kind regards

Jonas Weidinger
HR Business Partner
Oberlin Fördertechnik GmbH""")

add("rejection", frm="Olivia at Merkhaus <olivia@paradox.ai>",
    subj="An update from Merkhaus", date="2025-07-01T18:00:00+02:00",
    company="Merkhaus", role="B2B Sales Manager", hdrs=AUTO, diff="hard",
    notes="chatbot assistant 'Olivia' signs; no human contact",
    body="""Hi Rafael,

It's Olivia, the Merkhaus recruiting assistant. I'm writing about your application for B2B Sales Manager.

The hiring team has reviewed it and decided to move ahead with other candidates for now. I know that's not what you hoped to hear.

You can search and apply for other Merkhaus roles any time by texting JOBS to our career line.

Olivia
Merkhaus SE Recruiting Assistant""")

add("rejection", frm="Céline Favre <celine.favre@helvequip.ch>",
    subj="Votre candidature – Responsable commercial Suisse alémanique",
    date="2025-10-02T16:47:00+02:00", company="Helvequip", contact="Céline",
    role="Responsable commercial Suisse alémanique", lang="fr",
    body="""Monsieur,

Nous vous remercions de l'intérêt que vous portez à Helvequip SA et de votre candidature au poste de Responsable commercial Suisse alémanique.

Après examen attentif de votre dossier, nous sommes au regret de ne pas pouvoir y donner une suite favorable. Nous avons retenu un profil disposant d'une expérience plus directe du marché suisse.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Monsieur, nos salutations distinguées.

Céline Favre
Ressources humaines
Helvequip SA, Lausanne""")

add("rejection", frm="Lukas Pichler <lukas.pichler@pollak-mt.at>",
    subj="Sales Engineer – thanks and feedback", date="2026-09-09T10:12:00+02:00",
    company="Pollak Messtechnik", contact="Lukas", role="Sales Engineer", diff="hard",
    notes="great fit for the company but not for this role",
    body="""Hello Rafael,

Thanks again for the video call last week. Honestly, we'd love to have someone with your energy on board one day. For this particular position, though, we need someone who can run a calibration demo on their own at the customer's site, and that's hands-on metrology experience you don't have yet.

So we'll close this one for you. If a pure account management role opens up in Vienna or Munich, I'll let you know directly.

Lukas Pichler
Head of Sales, Pollak Messtechnik GmbH""")

add("rejection", frm="Lucía Ortega <lucia.ortega@brisamar.es>",
    subj="Proceso de selección – Responsable de Desarrollo de Negocio DACH",
    date="2026-02-05T13:08:00+01:00", company="Soluciones Brisamar", contact="Lucía",
    role="Responsable de Desarrollo de Negocio DACH", lang="es",
    body="""Hola Rafael:

Gracias por tu interés en Soluciones Brisamar y por el tiempo dedicado a nuestro proceso de selección.

Después de valorar todas las candidaturas, hemos decidido continuar con otros candidatos cuyo perfil encaja mejor con las necesidades actuales del puesto.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Lucía Ortega
Talento y Cultura · Soluciones Brisamar, Madrid""")
# ---- on_hold (10)
add("on_hold", frm="Lena Hofbauer <lena.hofbauer@kelvara.com>",
    subj="Senior AE DACH – where things stand", date="2025-10-08T09:27:00+02:00",
    company="Kelvara", contact="Lena", role="Senior Account Executive DACH",
    body="""Hi Rafael,

I owe you an update. Last week our CRO announced a reorganisation of the DACH sales org, and as part of that we've paused hiring for the Senior AE role until the new territory plan is signed off. I honestly can't say yet whether that's four weeks or four months.

This has nothing to do with your interviews, which went well. As soon as the role is reopened I'll come back to you first.

Best,
Lena Hofbauer
Senior Recruiter, Kelvara""")

add("on_hold", frm="Sabine Kröger <bewerbung@brenntal-maschinenbau.de>",
    subj="Ihre Bewerbung – Area Sales Manager Osteuropa", date="2026-01-14T13:50:00+01:00",
    company="Brenntal Maschinenbau", contact="Sabine", role="Area Sales Manager Osteuropa",
    lang="de",
    body="""Sehr geehrter Herr Okafor-Duarte,

wir möchten Sie über den aktuellen Stand Ihrer Bewerbung informieren.

Aufgrund der angespannten Auftragslage hat die Geschäftsführung einen vorläufigen Einstellungsstopp beschlossen. Die Position des Area Sales Manager Osteuropa wird daher bis auf Weiteres nicht besetzt. Sobald sich die Situation ändert, melden wir uns gerne wieder bei Ihnen.

Wir danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Kröger
Personalabteilung
Brenntal Maschinenbau GmbH & Co. KG""")

add("on_hold", frm="Bankhaus Lindqvist Careers <bankhauslindqvist@myworkday.com>",
    subj="Update regarding Business Development Manager Payments (R-005102)",
    date="2026-03-05T07:45:00+01:00", company="Bankhaus Lindqvist",
    role="Business Development Manager Payments", hdrs=AUTO, diff="hard",
    notes="requisition cancelled; template wording like a rejection",
    body="""Dear Rafael Okafor-Duarte,

Thank you for your interest in the position Business Development Manager Payments (R-005102).

We would like to inform you that this requisition has been cancelled and the position will not be filled. As a result, your application will no longer be considered for this vacancy.

We encourage you to review other current openings in our careers portal.

Kind regards,
Talent Acquisition
Bankhaus Lindqvist AG""")

add("on_hold", frm="Reto Bachmann <reto@talentbruecke.ch>",
    subj="Gallus – Suche sistiert", date="2026-06-24T17:12:00+02:00",
    company="Gallus Präzision", contact="Reto", role="Head of Sales DACH", lang="de",
    diff="hard", notes="Swiss headhunter; 'sistiert' after acquisition",
    body="""Grüezi Rafael

Leider eine unschöne Nachricht: Gallus Präzision wurde vorgestern vom US-Konzern übernommen, den du ja aus der Presse kennst. Der CEO hat mir heute Nachmittag mitgeteilt, dass alle externen Suchen für die Führungsebene per sofort sistiert sind, bis die neue Struktur steht. Das betrifft auch unsere Head-of-Sales-Suche.

Mit dir selbst hat das nichts zu tun, du warst klar unter den letzten zwei. Ich halte dich auf dem Laufenden, sobald ich mehr weiss.

Beste Grüsse
Reto

Reto Bachmann
Talentbrücke Personalberatung AG, Zürich""")

add("on_hold", frm="Mia Sandner <mia@quorblick.de>",
    subj="Update Enterprise Sales", date="2025-06-18T20:31:00+02:00",
    company="Quorblick", contact="Mia", role="Enterprise Sales Manager", diff="hard",
    notes="pausing search; still wants to talk later",
    body="""Hi Rafael,

quick and honest update in English since our investors are on cc in the other thread: our Series A is closing later than planned, so we're pausing this search until Q3. We don't want to hire a senior seller without the runway to support them.

We'd still love to talk again once the round is done, if you're still around.

Cheers,
Mia
Co-founder, Quorblick""")

add("on_hold", frm="Ostwerk Automotive Recruiting <recruiting@ostwerk-group.com>",
    subj="Ihre Bewerbung: Key Account Manager OEM (m/w/d) – Statusänderung",
    date="2025-04-23T11:00:00+02:00", company="Ostwerk Automotive",
    role="Key Account Manager OEM (m/w/d)", lang="de", diff="hard", hdrs=AUTO,
    notes="role no longer open after internal restructuring; group domain",
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihr Interesse an der Ostwerk Automotive SE.

Im Zuge einer internen Neuausrichtung des Geschäftsbereichs Karosserie wurde die ausgeschriebene Position Key Account Manager OEM (m/w/d) gestrichen. Die Stelle ist daher nicht mehr vakant, und wir führen das Auswahlverfahren nicht fort.

Diese Entscheidung steht in keinem Zusammenhang mit Ihrer Qualifikation.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Ostwerk Group""")

add("on_hold", frm="Daniel Okonjo <daniel.okonjo@lumora.cloud>",
    subj="Regional Sales Director DACH", date="2026-02-10T11:22:00-05:00",
    company="Lumora", contact="Daniel", role="Regional Sales Director DACH",
    notes="sender in ET",
    body="""Hi Rafael,

I'm sorry to report that the Regional Sales Director DACH role is no longer open. Leadership decided to cover the DACH territory from the London office for the rest of the fiscal year instead of opening a Munich seat.

I'll reach out if that changes. Thanks for your patience with us.

Daniel Okonjo
Director, Talent Acquisition EMEA | Lumora""")

add("on_hold", frm="Lukas Pichler <lukas.pichler@pollak-mt.at>",
    subj="Key Account Manager – Aufnahmestopp", date="2025-12-17T15:40:00+01:00",
    company="Pollak Messtechnik", contact="Lukas", role="Key Account Manager", lang="de",
    notes="Austrian 'Aufnahmestopp'",
    body="""Lieber Herr Okafor-Duarte,

ich muss Ihnen leider mitteilen, dass bei uns seit heute ein Aufnahmestopp bis mindestens März gilt. Das Budget für die Key-Account-Stelle wurde im Zuge der Jahresplanung eingefroren.

Ich bedauere das sehr, gerade weil unser Gespräch so positiv war. Ich darf mich im Frühjahr wieder bei Ihnen melden?

Liebe Grüße aus Wien
Lukas Pichler
Pollak Messtechnik GmbH""")

add("on_hold", frm="Harriet Blythe <h.blythe@alberythorne.co.uk>",
    subj="Associate Director – Client Development", date="2026-07-29T16:05:00+01:00",
    company="Albery & Thorne", contact="Harriet", role="Associate Director, Client Development",
    diff="hard", notes="role withdrawn; mentions shortlist and final interview",
    body="""Dear Rafael,

You had been shortlisted for the final interview for the Associate Director, Client Development role, so I wanted you to hear this from me directly.

The client programme that this role was created for has been withdrawn by the client, and the firm has decided to withdraw the position while we reassess our German practice. We won't be holding the final interviews next week.

I'm sorry for the disruption, and grateful for your patience.

Kind regards,
Harriet Blythe
Talent Lead, Albery & Thorne""")

add("on_hold", frm="Tallyfin <no-reply@ashbyhq.com>",
    subj="Update on Sales Lead, Germany", date="2026-10-06T14:12:00+01:00",
    company="Tallyfin", role="Sales Lead, Germany", hdrs=AUTO, diff="hard",
    notes="posting closed without decision on candidate; template",
    body="""Hi Rafael,

We're writing to let you know that the Sales Lead, Germany position has been closed. The team has decided not to hire for this role for the time being, so we're not able to move any applications forward.

If the role opens again, we'll let past applicants know.

Thanks for your interest in Tallyfin.""")
# ---- interview (22)
add("interview", frm="Lena Hofbauer <lena.hofbauer@kelvara.com>",
    subj="Kelvara – intro call for Senior AE DACH", date="2025-09-02T10:05:00+02:00",
    company="Kelvara", contact="Lena", role="Senior Account Executive DACH", fmt="alt",
    notes="scheduling link, no fixed time",
    body="""Hi Rafael,

Thanks for applying for our Senior Account Executive DACH role. Your background in industrial SaaS caught my eye and I'd like to set up a 30-minute intro call to tell you more about the team and hear what you're looking for.

Please grab any slot that works for you here: https://calendly.com/lena-hofbauer-kelvara/30min

Looking forward to speaking,
Lena

Lena Hofbauer
Senior Recruiter | Kelvara
kelvara.com""")

add("interview", frm="Sabine Kröger <bewerbung@brenntal-maschinenbau.de>",
    subj="Einladung zum Vorstellungsgespräch – Vertriebsleiter (m/w/d)",
    date="2025-05-28T08:55:00+02:00", company="Brenntal Maschinenbau", contact="Sabine",
    role="Vertriebsleiter (m/w/d)", lang="de", iat="2025-06-12T10:00:00+02:00",
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich ein zu einem Vorstellungsgespräch am

Donnerstag, 12. Juni 2025, um 10:00 Uhr
in unserem Werk in Memmingen, Am Kanal 7 (Empfang Verwaltungsgebäude).

Gesprächspartner sind Herr Dr. Thomas Brenntal (Geschäftsführer) und ich. Planen Sie bitte etwa zwei Stunden inklusive Werksrundgang ein. Reisekosten erstatten wir Ihnen selbstverständlich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Kröger
Personalabteilung
Brenntal Maschinenbau GmbH & Co. KG""")

add("interview", frm="Oliver Penhale <oliver.penhale@ferncastle.co.uk>",
    subj="Invitation: Rafael / Oliver – Head of Partnerships DACH @ Thu 10 Jul 2025 14:00 - 14:45 (BST)",
    date="2025-07-08T10:02:00+01:00", company="Ferncastle Analytics", contact="Oliver",
    role="Head of Partnerships, DACH", iat="2025-07-10T14:00:00+01:00",
    notes="calendar invite with text/calendar part",
    cal=ics("ferncastle-8841@ferncastle.co.uk", "20250710T130000Z", "20250710T134500Z",
            "Rafael / Oliver - Head of Partnerships DACH", "oliver.penhale@ferncastle.co.uk",
            "Google Meet", "20250708T090200Z"),
    body="""Rafael / Oliver – Head of Partnerships DACH
Thursday 10 July 2025 · 2:00 – 2:45pm (London time)
Google Meet joining info: https://meet.google.com/fcx-ptnr-dach

Hi Rafael, looking forward to Thursday. It'll be just the two of us: I'd like to hear how you've built reseller channels before. — Oliver""")

add("interview", frm="Jens Albrecht | Hartmann & Berg <j.albrecht@hartmann-berg.de>",
    subj="Oberlin möchte dich kennenlernen", date="2026-05-12T08:12:00+02:00",
    company="Oberlin Fördertechnik", contact="Jens", role="Vertriebsleiter Intralogistik",
    lang="de", diff="hard", notes="headhunter; asks for availability, no time",
    body="""Moin Rafael,

gute Nachrichten: Oberlin Fördertechnik hat dein Profil gesehen und möchte dich für die Position Vertriebsleiter Intralogistik kennenlernen. Erstes Gespräch per Teams mit dem kaufmännischen Geschäftsführer, ca. 45 Minuten.

Schick mir bitte bis Donnerstag zwei, drei Zeitfenster in den nächsten beiden Wochen, dann stimme ich das mit dem Sekretariat ab.

Viele Grüße
Jens

Jens Albrecht
Partner | Hartmann & Berg Executive Search GmbH""")

add("interview", frm="Anna Lindqvist-Reuter <anna.reuter@bankhaus-lindqvist.de>",
    subj="Change of time – your interview for Corporate Banking Sales", date="2025-11-17T12:20:00+01:00",
    company="Bankhaus Lindqvist", contact="Anna", role="Sales Manager Corporate Banking",
    iat="2025-11-19T11:30:00+01:00", diff="hard", notes="reschedule; relative day resolved by stated date",
    body="""Dear Mr. Okafor-Duarte,

Unfortunately our Head of Corporate Banking has been called into a board meeting tomorrow, so we need to move your interview from Tuesday to Wednesday, 19 November, at 11:30. The location stays the same: Promenadeplatz 9, 3rd floor; please ask for me at reception.

I apologise for the short notice. If the new time does not work for you, just let me know.

Kind regards
Anna Lindqvist-Reuter
HR Business Partner
Bankhaus Lindqvist AG""")

add("interview", frm="Nadine Tschudi <nadine.tschudi@alpenfirn.ch>",
    subj="Zweitgespräch in Zürich", date="2026-02-20T15:10:00+01:00",
    company="Alpenfirn Systems", contact="Nadine", role="Partner Sales Manager DACH",
    lang="de", iat="2026-03-04T14:00:00+01:00", notes="Swiss time format 14.00 Uhr",
    body="""Grüezi Herr Okafor-Duarte

Vielen Dank für das angenehme Erstgespräch. Gerne möchten wir Sie zu einem Zweitgespräch bei uns in Zürich einladen:

Mittwoch, 4. März 2026, 14.00 Uhr
Alpenfirn Systems AG, Hardturmstrasse 161, 8005 Zürich

Sie treffen unseren CCO, Herrn Marco Gisler, sowie zwei Kolleginnen aus dem Partnerteam. Die Reisekosten übernehmen wir.

Freundliche Grüsse
Nadine Tschudi
Talent Acquisition""")

add("interview", frm="Daniel Okonjo <daniel.okonjo@lumora.cloud>",
    subj="Panel with our CRO – confirmed", date="2026-03-10T16:40:00+01:00",
    company="Lumora", contact="Daniel", role="Enterprise Account Executive DACH",
    iat="2026-03-17T10:00:00-04:00", diff="hard",
    notes="time stated in ET while Date header is CET; DST gap week",
    body="""Hi Rafael,

You're confirmed for the panel with our CRO, Janet Whitlow, and two of our regional VPs:

Tuesday, March 17 – 10:00 AM ET (Boston), 45 minutes, Zoom link to follow from Janet's assistant.

Note the US has already switched to daylight saving time, so the gap to Munich is five hours this week, not six.

Best,
Daniel Okonjo
Director, Talent Acquisition EMEA | Lumora""")

add("interview", frm="Priya Raman <priya.raman@tallyfin.com>",
    subj="Next step: business case + panel", date="2025-03-20T11:02:00+00:00",
    company="Tallyfin", contact="Priya", role="Founding Account Executive",
    notes="take-home plus GoodTime scheduling link",
    body="""Hi Rafael,

Great news: the team would like you to move on to the final stage for the Founding Account Executive role.

1. Business case: prepare a 20-minute mock discovery call with a fictional CFO (brief attached in the portal).
2. Panel: present it to our CEO, Head of Sales and a CFO advisor, followed by Q&A.

Please pick a 90-minute slot that works for you in the next ten days here: https://app.goodtime.io/schedule/tallyfin-final-rr82k

Let me know if you have any questions.

Best,
Priya""")

add("interview", frm="Pivotwell Scheduling <scheduling@modernloop.io>",
    subj="Pivotwell: select your availability for your interviews", date="2025-10-20T14:48:00+00:00",
    company="Pivotwell", role="Founding Sales Lead, Europe", hdrs=AUTO, fmt="alt",
    notes="ModernLoop availability request",
    body="""Hi Rafael,

Pivotwell would like to schedule your interviews for the Founding Sales Lead, Europe position:

• Sales deep-dive with Tom Achterberg (CEO) – 45 min
• Culture conversation with Hana Kobayashi (COO) – 30 min

Please share your availability: https://app.modernloop.io/availability/pvw-3f91c

Thanks,
Pivotwell Recruiting, via ModernLoop""")

add("interview", frm="Benedikt Rauscher <ben@marktreif.vc>",
    subj="quick chat?", date="2025-07-31T22:10:00+02:00",
    company="Marktreif Ventures", contact="Benedikt", role="Portfolio Sales Manager",
    iat="2025-08-01T09:30:00+02:00", diff="hard", notes="informal; relative 'tomorrow'; no word interview",
    body="""Hey Rafael,

saw your application for the portfolio sales role come through and I'd love to hear your story before I head on holiday. Let's do a quick chat tomorrow at 9:30, I'll ring your mobile. 20 minutes max.

Ben

--
Benedikt Rauscher | Partner | Marktreif Ventures
Sent from mobile""")

add("interview", frm="Mia Sandner <mia@quorblick.de>",
    subj="Kennenlernen Head of Sales", date="2025-02-12T17:20:00+01:00",
    company="Quorblick", contact="Mia", role="Head of Sales", lang="de",
    iat="2025-02-14T11:00:00+01:00", diff="hard", notes="du-form; relative 'Freitag'",
    body="""Hi Rafael,

danke für deine Bewerbung! Lass uns am Freitag um 11 Uhr per Google Meet sprechen, dann erzähle ich dir, wo wir gerade stehen, und du mir, was du suchst. Link: https://meet.google.com/qbk-hos-mia

Falls Freitag doch nicht klappt, sag kurz Bescheid.

Bis dann
Mia
Co-Founderin, Quorblick""")

add("interview", frm="Wolfgang Aigner <w.aigner@donaustahl.at>",
    subj="Einladung zum Hearing – Vertriebsingenieur Anlagenbau", date="2025-01-08T09:15:00+01:00",
    company="Donaustahl Anlagenbau", contact="Wolfgang", role="Vertriebsingenieur Anlagenbau",
    lang="de", iat="2025-01-16T09:00:00+01:00", notes="Austrian 'Hearing' and 'Jänner'",
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Hearing nach Linz einladen zu dürfen:

Termin: Donnerstag, 16. Jänner 2025, 9:00 Uhr
Ort: Donaustahl Anlagenbau GmbH, Industriezeile 12, 4020 Linz, Besprechungsraum Traun

Bitte bringen Sie einen Lichtbildausweis mit, da Sie für das Werksgelände einen Besucherausweis benötigen.

Mit freundlichen Grüßen
Ing. Wolfgang Aigner
Leitung Vertrieb""")

add("interview", frm="Carina Feldhaus <carina.feldhaus@helmwerk-group.de>",
    subj="Absage Termin Montag – neuer Termin Donnerstag", date="2026-04-17T13:05:00+02:00",
    company="Helmwerk Digital", contact="Carina", role="Head of Business Development",
    lang="de", iat="2026-04-23T10:00:00+02:00", diff="hard",
    notes="subject says 'Absage' but reschedules the interview; parent-company domain",
    body="""Lieber Herr Okafor-Duarte,

leider muss ich unseren Termin am Montag absagen, da unser Geschäftsführer kurzfristig zu einem Kunden nach Hamburg muss. Das tut mir sehr leid.

Ich habe Ihnen soeben eine neue Einladung für Donnerstag, 23. April 2026, um 10:00 Uhr geschickt, gleicher Ort (Helmwerk Digital, Werinherstraße 91, München). Herr Helmer hat sich den Vormittag fest geblockt.

Beste Grüße
Carina Feldhaus
People & Culture
Helmwerk Digital GmbH – ein Unternehmen der Helmwerk Group""")

add("interview", frm="Lucía Ortega <lucia.ortega@brisamar.es>",
    subj="Entrevista – Responsable de Desarrollo de Negocio DACH", date="2026-01-13T10:30:00+01:00",
    company="Soluciones Brisamar", contact="Lucía", role="Responsable de Desarrollo de Negocio DACH",
    lang="es", iat="2026-01-20T16:00:00+01:00",
    body="""Hola Rafael:

Nos ha gustado mucho tu candidatura y nos gustaría conocerte. Te proponemos una entrevista por videollamada el martes 20 de enero a las 16:00 (hora de Madrid) con Jorge Salcedo, director comercial.

Te enviaremos el enlace de Teams el día anterior. Si el horario no te viene bien, dímelo y buscamos otro.

Un saludo,
Lucía Ortega
Talento y Cultura · Soluciones Brisamar""")

add("interview", frm="Messe Isarfeld Recruiting <noreply@smartrecruiters.com>",
    subj="Interview confirmed: Key Account Manager Exhibitors", date="2025-09-11T14:00:00+02:00",
    company="Messe Isarfeld", role="Key Account Manager Aussteller (m/w/d)", hdrs=AUTO,
    iat="2025-09-23T09:30:00+02:00", fmt="html",
    body="""Dear Rafael Okafor-Duarte,

Your interview for the position Key Account Manager Aussteller (m/w/d) has been confirmed.

Date: 23 September 2025
Time: 09:30 (CEST)
Location: Messe Isarfeld, Eingang West, Verwaltung, Room 2.14

Add to calendar | Reschedule

Messe Isarfeld GmbH – Recruiting""")

add("interview", frm="Emma Caldwell <emma.caldwell@northgatesearch.co.uk>",
    subj="Harrowgate Payments – first stage", date="2026-04-20T09:44:00+01:00",
    company="Harrowgate Payments", contact="Emma", role="Head of Sales DACH",
    notes="agency; list of slots",
    body="""Morning Rafael,

Brilliant news: Harrowgate Payments would like to meet you for a first-stage interview (video, 45 mins with Daniel Hurst, VP Sales Europe).

They've offered these slots (UK time):
- Tue 28 April, 10:00
- Wed 29 April, 15:30
- Thu 30 April, 11:00

Which suits best? I'll confirm with them today.

Emma
Northgate Search Partners""")

add("interview", frm="Rhys Morgan <rhys.morgan@greywater-energy.co.uk>",
    subj="Re: Interview slots", date="2026-01-13T16:22:00+00:00",
    company="Greywater Energy", contact="Rhys", role="Business Development Manager, Germany",
    iat="2026-01-16T15:00:00+00:00", diff="hard",
    notes="reply confirms one of several quoted slots; relative 'Friday'", reply=True,
    body="""Hi Rafael,

Perfect, confirmed for 3pm GMT on Friday. Teams invite is on its way.

Rhys

Rhys Morgan | Head of Commercial | Greywater Energy Ltd

On Tue, 13 Jan 2026 at 15:51, Rafael Okafor-Duarte <rafa.od@gmx.net> wrote:
> Hi Rhys,
> thanks for the note. I could do Thursday 10am, Friday 3pm or Monday
> 11am (all GMT). Friday would be ideal.
> Best, Rafael""")

add("interview", frm="Ostwerk Group Talent <talent@ostwerk-group.com>",
    subj="Ihr Assessment-Center bei der Ostwerk Automotive SE", date="2025-09-04T10:00:00+02:00",
    company="Ostwerk Automotive", contact="Katharina", role="Business Development Manager Automotive",
    lang="de", iat="2025-09-17T08:30:00+02:00", diff="hard",
    notes="assessment-center agenda; never says Interview",
    body="""Sehr geehrter Herr Okafor-Duarte,

wir freuen uns, Sie im Rahmen Ihrer Bewerbung als Business Development Manager Automotive zu unserem Assessment-Center einzuladen.

Datum: Mittwoch, 17. September 2025
Beginn: 08:30 Uhr (Ende ca. 15:00 Uhr)
Ort: Ostwerk Automotive SE, Ostwerkstraße 1, 93055 Regensburg, Gebäude C

Ablauf:
08:30 Begrüßung
09:00 Präsentation Ihrer Fallstudie
10:30 Rollenspiel Kundengespräch
13:00 Gespräch mit dem Bereichsleiter

Die Fallstudie erhalten Sie eine Woche vorher per E-Mail.

Mit freundlichen Grüßen
Katharina Brandl
Talent Acquisition, Ostwerk Group""")

add("interview", frm="Katrin Oberländer <katrin.oberlaender@corvanta.com>",
    subj="Case interviews on 2 February", date="2026-01-22T12:00:00+01:00",
    company="Corvanta", contact="Katrin", role="Business Development Director",
    iat="2026-02-02T14:00:00+01:00", notes="case interviews block, single start time",
    body="""Dear Rafael,

Thank you for your time last week. We'd like to invite you to the case interview round:

Monday, 2 February 2026, 14:00–16:00 CET
Corvanta Consulting, Theatinerstraße 11, 5th floor, Munich

You'll work through two short cases with me and with our managing partner, Felix Damm: one on pricing a consulting retainer for a mid-sized automotive supplier, one on building a target-account list. No preparation needed.

Best regards,
Katrin Oberländer | Partner""")

add("interview", frm="Franziska Maurer <franziska.maurer@voss-harrer.de>",
    subj="Einladung: Vorstellungsgespräch Rafael Okafor-Duarte / KAM Antriebstechnik",
    date="2025-11-12T09:40:00+01:00", company="Voss & Harrer", contact="Franziska",
    role="Key Account Manager Antriebstechnik (m/w/d)", lang="de",
    iat="2025-11-25T10:00:00+01:00", fmt="alt", notes="Outlook calendar invite",
    cal=ics("040000008200E00074C5B7101A82E008000000005A2F@voss-harrer.de", "20251125T090000Z",
            "20251125T103000Z", "Vorstellungsgespräch Rafael Okafor-Duarte / KAM Antriebstechnik",
            "franziska.maurer@voss-harrer.de", "Augsburg, Zentrale, Raum Lech", "20251112T084000Z"),
    body="""Wann: Dienstag, 25. November 2025 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Wo: Augsburg, Zentrale, Raum Lech

Sehr geehrter Herr Okafor-Duarte,
gerne laden wir Sie zu einem persönlichen Gespräch am Dienstag, 25. November 2025, um 10:00 Uhr in unsere Zentrale in Augsburg ein. Ihre Gesprächspartner sind Herr Harrer (Vertriebsleitung) und ich.

Mit freundlichen Grüßen
Franziska Maurer
Voss & Harrer Antriebstechnik GmbH""")

add("interview", frm="Greywater Energy <no-reply@greywater.workable.com>",
    subj="Greywater Energy: complete your video interview", date="2026-01-05T08:30:00+00:00",
    company="Greywater Energy", role="Business Development Manager, Germany", hdrs=AUTO,
    fmt="html", cte="base64", notes="one-way recorded video interview; deadline only",
    body="""Hi Rafael,

Thanks for applying for Business Development Manager, Germany at Greywater Energy.

As the next step, we invite you to record a short video interview: three questions, up to two minutes each. Please complete it by Friday, 9 January.

Start your video interview: https://apply.workable.com/greywater/v/9d2f

Good luck!
Greywater Energy Talent Team""")

add("interview", frm="Stefanie Haas <stefanie.haas@nxs-solutions.com>",
    subj="Monday – change of plan", date="2026-02-26T17:35:00+01:00",
    company="NXS", contact="Stefanie", role="Channel Sales Manager DACH",
    iat="2026-03-02T13:00:00+01:00", diff="hard",
    notes="'unfortunately' but interview stays; moved to Zoom",
    body="""Hi Rafael,

Unfortunately our meeting room in Garching is booked out for a customer training on Monday, so we'll do the interview via Zoom instead. Same time: Monday 2 March, 13:00. I'll send the link in the morning.

Sorry for the change, and see you (on screen) then.

Stefanie Haas
Sales Director DACH
NXS Industrial Solutions AG""")
# ---- offer (6)
add("offer", frm="Carina Feldhaus <carina.feldhaus@helmwerk-group.de>",
    subj="Ihr Vertragsangebot – Head of Business Development", date="2026-05-06T16:20:00+02:00",
    company="Helmwerk Digital", contact="Carina", role="Head of Business Development",
    lang="de", pdf="Vertragsangebot_Okafor-Duarte.pdf", notes="PDF attached; parent domain",
    body="""Lieber Herr Okafor-Duarte,

es freut uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Position Head of Business Development bei der Helmwerk Digital GmbH anbieten zu dürfen.

Im Anhang finden Sie unser Vertragsangebot mit allen Eckdaten (Fixgehalt, variable Vergütung, Dienstwagen, Startdatum 1. Juli 2026). Wir würden uns über Ihre Rückmeldung bis zum 15. Mai freuen.

Für Fragen stehen Herr Helmer und ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Carina Feldhaus
People & Culture
Helmwerk Digital GmbH – ein Unternehmen der Helmwerk Group""")

add("offer", frm="Rhys Morgan <rhys.morgan@greywater-energy.co.uk>",
    subj="Offer of employment – Business Development Manager, Germany",
    date="2026-02-03T11:15:00+00:00", company="Greywater Energy", contact="Rhys",
    role="Business Development Manager, Germany", pdf="Greywater_Offer_Letter.pdf",
    body="""Dear Rafael,

I'm delighted to offer you the position of Business Development Manager, Germany at Greywater Energy. Your formal offer letter is attached, covering salary, commission plan and benefits.

Please sign and return it by 13 February. Our HR team will then set up your employer-of-record contract in Germany.

Welcome aboard, I hope!

Rhys Morgan
Head of Commercial, Greywater Energy Ltd""")

add("offer", frm="Katrin Oberländer <katrin.oberlaender@corvanta.com>",
    subj="Following our call", date="2026-03-13T13:42:00+01:00",
    company="Corvanta", contact="Katrin", role="Senior Manager Client Development",
    diff="hard", notes="verbal offer follow-up; never says 'offer'",
    body="""Dear Rafael,

Thank you for the call this morning. As discussed, here is the package for the Senior Manager Client Development position in writing:

- Base salary EUR 115,000
- Variable component at target EUR 45,000
- Company car or mobility budget
- Start date 1 May 2026 (flexible)

Once you've had a chance to think it over, let me know and we'll send the contract over for signature.

Warm regards,
Katrin""")

add("offer", frm="Urs Wälti <urs.waelti@gallus-praezision.ch>",
    subj="Zusage – Area Sales Manager Süddeutschland", date="2026-09-22T10:05:00+02:00",
    company="Gallus Präzision", contact="Urs", role="Area Sales Manager Süddeutschland",
    lang="de", notes="Swiss German",
    body="""Sehr geehrter Herr Okafor-Duarte

Wir freuen uns ausserordentlich, Ihnen die Stelle als Area Sales Manager Süddeutschland anbieten zu dürfen. Der Arbeitsvertrag nach deutschem Recht wird Ihnen in den nächsten Tagen per Post zugestellt.

Gerne erwarten wir Ihre Zusage bis Ende nächster Woche.

Freundliche Grüsse
Urs Wälti
Leiter Verkauf International
Gallus Präzision AG""")

add("offer", frm="Reto Bachmann <reto@talentbruecke.ch>",
    subj="Kraftquelle: sie wollen dich!", date="2025-12-10T18:48:00+01:00",
    company="Kraftquelle Robotics", contact="Reto", role="Head of Sales DACH", lang="de",
    diff="hard", notes="headhunter relays offer; du-form",
    body="""Hoi Rafael

Ich habe eben mit Kraftquelle Robotics telefoniert: Sie möchten dich als Head of Sales DACH an Bord holen! Das schriftliche Angebot kommt morgen direkt vom CEO, die Eckdaten entsprechen dem, was wir besprochen haben (CHF-Gehalt, 30% Variable, Start Februar).

Ruf mich an, sobald du das Dokument hast, dann gehen wir die Details zusammen durch.

Herzliche Gratulation!
Reto

Talentbrücke Personalberatung AG""")

add("offer", frm="Amelie Strauss <amelie.strauss@zvk.de>",
    subj="Next steps", date="2025-06-25T15:30:00+02:00",
    company="ZVK", contact="Amelie", role="Sales Director Merchant Services",
    diff="hard", notes="acronym company; 'unfortunately' about start date; DocuSign",
    body="""Dear Rafael,

On behalf of the management board I'm very pleased to confirm that ZVK would like you to join us as Sales Director Merchant Services. You'll receive the contract via DocuSign within the hour.

Unfortunately, because of the BaFin notification process, the start date can't be before 1 September, but everything else is as we discussed on Monday.

Please reach out if anything in the contract is unclear.

Best regards,
Amelie Strauss
Head of HR
ZVK Zahlungsverkehrskontor AG""")

# ---- application_received (16)
add("application_received", frm="Kelvara <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Kelvara", date="2025-02-03T09:12:00+01:00",
    company="Kelvara", role="Enterprise Account Executive (DACH)", hdrs=AUTO,
    body="""Hi Rafael,

Thanks for applying to Kelvara! Your application for the Enterprise Account Executive (DACH) role has been received and our team is reviewing it.

If your experience matches what we're looking for, someone from our team will reach out to you.

Best,
Kelvara Talent Acquisition""")

add("application_received", frm="Brenntal Maschinenbau <noreply@personio.de>",
    subj="Eingangsbestätigung Ihrer Bewerbung", date="2025-04-14T22:07:00+02:00",
    company="Brenntal Maschinenbau", role="Vertriebsleiter (m/w/d)", lang="de", hdrs=AUTO,
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihre Bewerbung als Vertriebsleiter (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Brenntal Maschinenbau GmbH & Co. KG

Diese E-Mail wurde automatisch erstellt.""")

add("application_received", frm="Bankhaus Lindqvist Careers <bankhauslindqvist@myworkday.com>",
    subj="Thank you for applying – Relationship Manager Corporate Clients",
    date="2025-03-02T19:41:00+01:00", company="Bankhaus Lindqvist",
    role="Relationship Manager Corporate Clients", hdrs=AUTO, fmt="alt",
    body="""Dear Rafael Okafor-Duarte,

Thank you for applying for Relationship Manager Corporate Clients (R-004418) at Bankhaus Lindqvist.

You can check the status of your application at any time in your candidate home.

Kind regards,
Talent Acquisition, Bankhaus Lindqvist AG""")

add("application_received", frm="Lumora <no-reply@hire.lever.co>",
    subj="Thanks for applying to Lumora", date="2025-05-20T06:15:00-04:00",
    company="Lumora", role="Partner Manager EMEA", hdrs=AUTO,
    body="""Hi Rafael,

Thanks for your interest in the Partner Manager EMEA role at Lumora. We received your application and will review it shortly.

In the meantime, check out our blog to learn more about how we work.

The Lumora Recruiting Team""")

add("application_received", frm="Tallyfin Hiring <no-reply@ashbyhq.com>",
    subj="We've got your application – Founding Account Executive", date="2025-03-06T13:03:00+00:00",
    company="Tallyfin", role="Founding Account Executive", hdrs=AUTO, diff="hard",
    notes="describes interview stages and possible 'not proceed'",
    body="""Hi Rafael,

Your application for Founding Account Executive is in. Here is what happens next:

1. We review every application within 7 days.
2. If there's a match, you'll have a 30-minute intro interview with our Talent Partner.
3. Then a business case and a panel interview.

If we decide not to proceed, we'll always let you know. No ghosting.

Team Tallyfin""")

add("application_received", frm="Messe Isarfeld Recruiting <noreply@smartrecruiters.com>",
    subj="Your application for Key Account Manager Aussteller (m/w/d)", date="2025-08-27T11:18:00+02:00",
    company="Messe Isarfeld", role="Key Account Manager Aussteller (m/w/d)", hdrs=AUTO, fmt="html",
    body="""Dear Rafael,

Thank you for applying to Messe Isarfeld! We have received your application for Key Account Manager Aussteller (m/w/d).

Our recruiting team will review your profile and get back to you.

Messe Isarfeld GmbH""")

add("application_received", frm="NXS Careers <talent@nxs-solutions.icims.com>",
    subj="Application received: Regional Sales Manager – Southern Germany", date="2025-07-15T03:10:00-04:00",
    company="NXS", role="Regional Sales Manager – Southern Germany", hdrs=AUTO,
    body="""Dear Rafael,

Thank you for applying to NXS Industrial Solutions for the Regional Sales Manager – Southern Germany position (Req 3391). Your application has been successfully submitted.

Sincerely,
NXS Talent Acquisition""")

add("application_received", frm="Quorblick <no-reply@teamtailor-mail.com>",
    subj="Danke für deine Bewerbung, Rafael!", date="2025-02-09T12:55:00+01:00",
    company="Quorblick", role="Head of Sales", lang="de", hdrs=AUTO,
    body="""Hi Rafael,

wie cool, dass du dich als Head of Sales bei Quorblick beworben hast! Wir haben deine Bewerbung erhalten und schauen sie uns in den nächsten Tagen genau an.

Bis bald
Dein Quorblick-Team""")

add("application_received", frm="Alpenfirn Systems <jobs@alpenfirn.recruitee.com>",
    subj="Bestätigung: Ihre Bewerbung ist bei uns eingegangen", date="2026-01-09T08:31:00+01:00",
    company="Alpenfirn Systems", role="Senior Account Executive DACH", lang="de", hdrs=AUTO,
    body="""Grüezi Herr Okafor-Duarte

Besten Dank für Ihre Bewerbung als Senior Account Executive DACH. Ihr Dossier ist vollständig bei uns eingegangen. Wir werden es sorgfältig prüfen und uns innert zwei Wochen bei Ihnen melden.

Freundliche Grüsse
Alpenfirn Systems AG""")

add("application_received", frm="Caprica Logistics Software <notifications@jobvite.com>",
    subj="Application confirmation", date="2025-01-14T15:22:00-05:00",
    company="Caprica Logistics Software", role="Sales Executive Benelux/DACH", hdrs=AUTO,
    diff="hard", notes="company only in body",
    body="""Hello Rafael,

This is to confirm that we received your application for the Sales Executive Benelux/DACH role at Caprica Logistics Software.

Regards,
Recruiting""")

add("application_received", frm="Gallus Präzision Careers <careers@gallus-praezision.ch>",
    subj="Application received – Area Sales Manager Germany (ID 25-118)", date="2025-11-18T21:04:00+01:00",
    company="Gallus Präzision", role="Area Sales Manager Germany", hdrs=AUTO,
    body="""Dear Mr. Okafor-Duarte,

Thank you for submitting your application for Area Sales Manager Germany (ID 25-118). We will now review your documents.

Human Resources
Gallus Präzision AG

Powered by Oracle Taleo""")

add("application_received", frm="Marktreif Ventures <notifications@marktreif.bamboohr.com>",
    subj="Hey Rafael, got it!", date="2025-07-29T14:27:00+02:00",
    company="Marktreif Ventures", role="Portfolio Sales Manager", diff="hard",
    notes="chatty template reads like personal mail",
    body="""Hey Rafael!

Thanks so much for throwing your hat in the ring for our Portfolio Sales Manager role. We're a small team, so a real person (usually me!) reads every single application.

Give us a week or two, we'll be in touch either way.

Cheers,
The Marktreif crew""")

add("application_received", frm="Albery & Thorne <noreply@apply.workablemail.com>",
    subj="Thanks for applying to Albery & Thorne", date="2025-05-09T10:00:00+01:00",
    company="Albery & Thorne", role="Business Development Manager", hdrs=AUTO,
    body="""Dear Rafael,

Thank you for your application for Business Development Manager. We have received it and will review it shortly.

Albery & Thorne Recruitment Team""")

add("application_received", frm="Sellwise Recruitment <applications@sellwise-recruitment.com>",
    subj="Your application: BDM Industrial IoT (Ref SW-4471)", date="2026-08-11T09:09:00+01:00",
    company="Voss & Harrer", role="Business Development Manager – Industrial IoT", diff="hard",
    notes="agency acknowledgement naming the client", hdrs=AUTO,
    body="""Dear Rafael,

Thank you for applying through Sellwise Recruitment for the Business Development Manager – Industrial IoT role (Ref SW-4471) with our client Voss & Harrer Antriebstechnik.

One of our consultants will review your CV against the client brief. If your profile is a fit, we will call you to discuss before submitting it to the client.

Sellwise Recruitment Ltd, Manchester""")

add("application_received", frm="Pollak Messtechnik <bewerbung@pollak-mt.at>",
    subj="Ihre Bewerbung bei Pollak Messtechnik", date="2025-11-04T10:40:00+01:00",
    company="Pollak Messtechnik", role="Key Account Manager", lang="de",
    body="""Sehr geehrter Herr Okafor-Duarte,

wir haben Ihre Bewerbung als Key Account Manager erhalten und bedanken uns für Ihr Interesse. Sie hören binnen 14 Tagen von uns.

Mit freundlichen Grüßen
Personalabteilung
Pollak Messtechnik GmbH, Wien""")

add("application_received", frm="Ostwerk Group Talent <talent@ostwerk-group.com>",
    subj="Eingang Ihrer Bewerbung – Business Development Manager Automotive",
    date="2025-08-12T07:58:00+02:00", company="Ostwerk Automotive",
    role="Business Development Manager Automotive", lang="de", hdrs=AUTO, diff="hard",
    notes="mentions Zusage oder Absage as possible outcomes", fmt="alt",
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihre Bewerbung als Business Development Manager Automotive bei der Ostwerk Automotive SE.

Ihre Unterlagen sind vollständig eingegangen und werden nun von der Fachabteilung gesichtet. Das dauert erfahrungsgemäß zwei bis drei Wochen. Sie erhalten in jedem Fall eine Rückmeldung von uns, ob Zusage oder Absage.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team der Ostwerk Group""")
# ---- auto_reply (14)
add("auto_reply", frm="Lena Hofbauer <lena.hofbauer@kelvara.com>",
    subj="Automatic reply: Senior AE DACH – follow-up", date="2026-03-16T08:01:00+01:00",
    company="Kelvara", contact="Lena", ret="2026-03-23", hdrs=OOO, reply=True,
    body="""Thank you for your message. I am out of the office until 20 March inclusive and back in the office on Monday 23 March. For urgent recruiting matters please contact talent@kelvara.com.

Best,
Lena Hofbauer""")

add("auto_reply", frm="Daniel Okonjo <daniel.okonjo@lumora.cloud>",
    subj="Out of Office: Re: Partner Manager EMEA", date="2025-03-10T04:12:00-04:00",
    company="Lumora", contact="Daniel", ret="2025-03-14", hdrs=OOO, reply=True,
    notes="US date format 3/14",
    body="""Hi there, I'm traveling for our EMEA kickoff with limited access to email. I'll be back on 3/14 and will respond then.

Daniel""")

add("auto_reply", frm="Emma Caldwell <emma.caldwell@northgatesearch.co.uk>",
    subj="Automatic reply: CV – Rafael Okafor-Duarte", date="2026-03-02T10:30:00+00:00",
    company="Northgate Search Partners", contact="Emma", ret="2026-03-09",
    hdrs={"Auto-Submitted": "auto-replied"}, reply=True, notes="agency recruiter OOO",
    body="""Thanks for your email. I'm on leave this week, returning Monday 9 March. If it's urgent, please call the office on +44 20 7946 0300 and a colleague will help.

Emma Caldwell
Northgate Search Partners""")

add("auto_reply", frm="Jonas Weidinger <jonas.weidinger@kelvara.com>",
    subj="Re: Introduction – Rafael Okafor-Duarte", date="2025-06-11T14:44:00+02:00",
    company="Kelvara", contact="Jonas", hdrs=OOO, reply=True,
    notes="no longer works there; refers to a colleague",
    body="""Hello,

I no longer work at Kelvara. Your message has not been forwarded. For sales enquiries please contact Marie Steiner (marie.steiner@kelvara.com), for recruiting matters talent@kelvara.com.

Thank you.""")

add("auto_reply", frm="Tallyfin <no-reply@ashbyhq.com>",
    subj="Re: Update on Sales Lead, Germany", date="2026-10-06T14:20:00+01:00",
    company="Tallyfin", hdrs={"Auto-Submitted": "auto-replied"}, reply=True, diff="hard",
    notes="mailbox not monitored; reply to ATS mail",
    body="""This mailbox is not monitored and replies are not read by anyone.

If you have a question about your application, please log in to your candidate portal or contact the recruiter named in your previous emails.""")

add("auto_reply", frm="Carina Feldhaus <carina.feldhaus@helmwerk-group.de>",
    subj="Abwesenheitsnotiz: Rückfrage zum Vertrag", date="2026-06-01T09:03:00+02:00",
    company="Helmwerk Digital", contact="Carina", ret="2026-08-03", lang="de", hdrs=OOO,
    reply=True, notes="German; parental leave",
    body="""Vielen Dank für Ihre Nachricht.

Ich befinde mich in Elternzeit und bin ab dem 3. August 2026 wieder für Sie da. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an people@helmwerk-group.de.

Herzliche Grüße
Carina Feldhaus""")

add("auto_reply", frm="Céline Favre <celine.favre@helvequip.ch>",
    subj="Réponse automatique : Candidature Rafael Okafor-Duarte", date="2025-12-22T11:11:00+01:00",
    company="Helvequip", contact="Céline", ret="2026-01-07", lang="fr", hdrs=OOO, reply=True,
    notes="French; return date in next year",
    body="""Bonjour,

Je suis absente du bureau jusqu'au 6 janvier inclus. Je serai de retour le mercredi 7 janvier et traiterai votre message dès que possible.

Pour toute urgence : rh@helvequip.ch

Meilleures salutations,
Céline Favre""")

add("auto_reply", frm="Oliver Penhale <oliver.penhale@ferncastle.co.uk>",
    subj="Re: Thank you", date="2025-07-03T12:40:00+01:00",
    company="Ferncastle Analytics", contact="Oliver", ret="2025-07-07", reply=True, diff="hard",
    notes="relative 'back Monday'; no auto-reply headers",
    body="""I'm at a customer offsite with patchy signal, back Monday. If it can't wait, text me.

Oliver""")

add("auto_reply", frm="Nadine Tschudi <nadine.tschudi@alpenfirn.ch>",
    subj="Automatische Antwort: Unterlagen", date="2025-08-04T07:30:00+02:00",
    company="Alpenfirn Systems", contact="Nadine", ret="2025-08-18", lang="de", hdrs=OOO,
    reply=True, notes="Swiss; 'ferienhalber abwesend'",
    body="""Grüezi

Ich bin ferienhalber abwesend. Ab Montag, 18. August 2025 bin ich wieder im Büro und beantworte Ihre Nachricht gerne.

Freundliche Grüsse
Nadine Tschudi""")

add("auto_reply", frm="Lukas Pichler <lukas.pichler@pollak-mt.at>",
    subj="Abwesend: Kurze Frage", date="2025-12-29T09:00:00+01:00",
    company="Pollak Messtechnik", contact="Lukas", ret="2026-01-08", lang="de",
    hdrs={"X-Autoreply": "yes"}, reply=True, notes="Austrian 'Jänner'; year rollover",
    body="""Sehr geehrte Damen und Herren,

ich bin bis 7. Jänner nicht im Haus und ab 8. Jänner 2026 wieder erreichbar. Ihre Nachricht wird in der Zwischenzeit nicht gelesen.

Mit freundlichen Grüßen
Lukas Pichler""")

add("auto_reply", frm="Jens Albrecht | Hartmann & Berg <j.albrecht@hartmann-berg.de>",
    subj="Automatische Antwort: Lebenslauf aktualisiert", date="2025-04-22T16:16:00+02:00",
    company="Hartmann & Berg", contact="Jens", ret="2025-04-28", lang="de", hdrs=OOO,
    reply=True, diff="hard", notes="headhunter; date without year ('28.04.')",
    body="""Vielen Dank für Ihre E-Mail. Ich bin diese Woche auf Messereise und lese E-Mails nur eingeschränkt. Ab 28.04. bin ich wieder im Büro.

Jens Albrecht
Hartmann & Berg Executive Search""")

add("auto_reply", frm="Harriet Blythe <h.blythe@alberythorne.co.uk>",
    subj="Automatic reply: References", date="2025-08-22T13:57:00+01:00",
    company="Albery & Thorne", contact="Harriet", ret="2025-09-02", hdrs=OOO, reply=True,
    body="""Thank you for your email. I'm on annual leave with limited access to email, returning Tuesday 2nd September. For anything urgent please contact recruitment@alberythorne.co.uk.

Harriet""")

add("auto_reply", frm="Stefanie Haas <stefanie.haas@nxs-solutions.com>",
    subj="Automatic reply: Channel Sales Manager DACH", date="2026-02-17T15:05:00+01:00",
    company="NXS", contact="Stefanie", hdrs={"Auto-Submitted": "auto-replied"}, reply=True,
    notes="no return date",
    body="""Thank you for your email. I am currently travelling with limited access to email and will reply as soon as possible.

Best regards
Stefanie Haas""")

add("auto_reply", frm="Franziska Maurer <franziska.maurer@voss-harrer.de>",
    subj="Abwesenheitsnotiz: AW: Gesprächstermin", date="2025-10-27T10:22:00+01:00",
    company="Voss & Harrer", contact="Franziska", ret="2025-11-03", lang="de",
    hdrs={"X-Autoreply": "yes"}, reply=True,
    body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 31. Oktober 2025 nicht erreichbar. Ab Montag, 3. November bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an personal@voss-harrer.de.

Mit freundlichen Grüßen
Franziska Maurer""")
# ---- other (26)
add("other", frm="Jobnetz Jobagent <jobagent@jobnetz.de>",
    subj="14 neue Jobs für „Key Account Manager“ in München", date="2025-05-19T06:00:00+02:00",
    lang="de", hdrs=unsub("https://jobnetz.de/abmelden?u=88412"), fmt="alt",
    notes="job alert digest",
    body="""Hallo Rafael,

hier sind die neuesten Stellen für deinen Suchauftrag „Key Account Manager“ (München + 50 km):

• Key Account Manager Industrie (m/w/d) – Brenntal Maschinenbau, Memmingen
• Senior Key Account Manager SaaS – Kelvara, München
• Key Account Manager Automotive – Ostwerk Automotive SE, Regensburg
… und 11 weitere

Alle Jobs ansehen: https://jobnetz.de/suche/88412

Suchauftrag bearbeiten oder abmelden: https://jobnetz.de/abmelden?u=88412""")

add("other", frm="Karriereknoten <notifications@karriereknoten.com>",
    subj="A recruiter at Ostwerk Automotive viewed your profile", date="2025-08-30T18:22:00+02:00",
    hdrs=unsub("https://karriereknoten.com/unsub/n/23"), diff="hard",
    notes="social network notification naming a company he applied to",
    body="""Rafael, your profile is getting noticed.

A Talent Acquisition Partner at Ostwerk Automotive SE viewed your profile.

See who's viewing your profile with Premium: try it free for 1 month.

Karriereknoten GmbH · Berlin""")

add("other", frm="The Quota Letter <hello@quotaletter.com>",
    subj="Rejection is data: 5 ways top reps bounce back", date="2025-09-16T13:00:00+01:00",
    hdrs=unsub("https://quotaletter.com/u/rod"), fmt="html", diff="hard",
    notes="sales newsletter about rejection and interviews",
    body="""The Quota Letter · Issue #112

Rejection is data: 5 ways top reps bounce back

Whether it's a prospect saying no or a hiring manager writing "we've decided not to move forward with your application", the best sellers treat every no as information.

1. Ask for the real reason.
2. Log it like a lost deal.
3. Ask for a referral before you hang up.

Plus: our interview with three VPs of Sales on what they look for in final rounds.

Unsubscribe | View in browser""")

add("other", frm="Revenue Rooms Podcast <podcast@revenuerooms.fm>",
    subj="New episode: Our interview with Kelvara's CEO", date="2026-01-21T07:30:00+01:00",
    hdrs=unsub("https://revenuerooms.fm/unsubscribe"), diff="hard",
    notes="podcast interview with a company he applied to",
    body="""Episode 87 is live!

This week we sat down with the CEO of Kelvara for an honest interview about scaling a SaaS sales team across Germany, Austria and Switzerland, and why they hire account executives from industrial companies.

Listen on all major platforms: https://revenuerooms.fm/87

Revenue Rooms – the DACH sales podcast""")

add("other", frm="Isarbank Service <service@isarbank.de>",
    subj="Ihre Kartenzahlung wurde abgelehnt", date="2025-11-08T20:14:00+01:00",
    lang="de", hdrs=AUTO, diff="hard", notes="card payment declined ('abgelehnt')",
    body="""Hallo Rafael Okafor-Duarte,

eine Zahlung mit Ihrer Debitkarte endend auf 4471 wurde soeben abgelehnt.

Händler: HOTEL AM DOM KOELN
Betrag: 189,00 EUR
Grund: Tageslimit überschritten

Sie können Ihr Limit jederzeit in der Isarbank-App anpassen.

Ihre Isarbank""")

add("other", frm="Concur Expense <autonotification@concursolutions.com>",
    subj="Expense report rejected: Trade fair Hannover April", date="2025-04-30T09:48:00+02:00",
    hdrs=AUTO, diff="hard", notes="expense report rejected by current employer's approver",
    body="""Your expense report "Trade fair Hannover April" has been rejected by Michaela Brunner.

Comment from approver: Please attach the hotel invoice and resubmit.

Total: EUR 1,284.60

Log in to review: https://www.concursolutions.com""")

add("other", frm="Alpina Air <news@mail.alpina-air.com>",
    subj="Offer: 20% off flights to London & Zurich – this weekend only", date="2026-04-09T10:00:00+02:00",
    hdrs=unsub("https://mail.alpina-air.com/unsub?id=r88"), fmt="html", diff="hard",
    notes="marketing 'offer'",
    body="""Exclusive offer for Alpina Miles members

Save 20% on all flights from Munich to London and Zurich booked this weekend.

Book now: https://alpina-air.com/deals

Terms apply. Unsubscribe.""")

add("other", frm="Hausverwaltung Grünwald <vermietung@hv-gruenwald.de>",
    subj="Ihre Bewerbung für die Wohnung Hohenzollernstraße 48", date="2025-06-04T15:31:00+02:00",
    contact="Petra", lang="de", diff="hard", notes="apartment application declined",
    body="""Sehr geehrter Herr Okafor-Duarte,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Hohenzollernstraße 48 und Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Petra Lechner
Hausverwaltung Grünwald""")

add("other", frm="Vantora Credit <noreply@vantora-credit.com>",
    subj="Your loan application #77-2281", date="2026-07-14T11:02:00+02:00",
    hdrs=AUTO, diff="hard", notes="loan application not approved",
    body="""Dear Rafael Okafor-Duarte,

Thank you for your application for a personal loan of EUR 25,000.

Unfortunately we are unable to approve your application at this time based on our credit assessment. This decision does not affect your credit score.

Vantora Credit Services""")

add("other", frm="Kita Sonnenblume <leitung@kita-sonnenblume-muenchen.de>",
    subj="Zusage für einen Kita-Platz ab September", date="2026-03-27T12:12:00+01:00",
    contact="Birgit", lang="de", diff="hard", notes="childcare place offered ('Zusage')",
    body="""Liebe Familie Okafor-Duarte,

wir freuen uns, Ihnen für Ihre Tochter Lina einen Platz in unserer Krippengruppe ab dem 1. September 2026 anbieten zu können.

Bitte bestätigen Sie uns die Annahme des Platzes bis zum 15. April. Den Betreuungsvertrag schicken wir Ihnen dann zu.

Herzliche Grüße
Birgit Hansen
Leitung Kita Sonnenblume""")

add("other", frm="Hannah Whitcombe <hannah@apexline-talent.com>",
    subj="Exciting opportunity: Head of Sales at a fast-growing SaaS scale-up", date="2025-10-14T08:17:00+01:00",
    contact="Hannah", diff="hard", notes="recruiter cold mass mailing",
    hdrs={"List-Unsubscribe": "<mailto:unsubscribe@apexline-talent.com>"},
    body="""Hi Rafael,

I hope this finds you well! I'm currently partnering with a fast-growing B2B SaaS scale-up (Series B, 120 people) that is looking for a Head of Sales to build out their DACH team.

Package: up to €180k OTE + equity. Hybrid, Munich or Berlin.

Would you be open to a confidential chat? If not, feel free to forward to anyone in your network.

Best,
Hannah Whitcombe
Apexline Talent""")

add("other", frm="Timo Brandt <timo.brandt84@gmail.com>",
    subj="Daumen drücken morgen!", date="2025-10-01T21:40:00+02:00",
    contact="Timo", lang="de", diff="hard", notes="friend mentions his own interview",
    body="""Servus Rafa,

ich hab morgen um 10 mein Interview bei Kelvara, drück mir die Daumen! Du warst doch auch mal bei denen im Prozess, oder? Hast du noch einen Tipp, worauf die im Gespräch achten?

Bier am Freitag steht übrigens.

Timo""")

add("other", frm="James Holloway <james.holloway@outlook.com>",
    subj="Fwd: Head of BD – worth a look?", date="2026-02-24T19:05:00+00:00",
    contact="James", diff="hard", notes="friend forwards a job posting",
    body="""Rafa – saw this and thought of you straight away. Not sure about the company but the role reads like you.

J

---------- Forwarded message ---------
From: Careers at Stanmore Robotics <careers@stanmore-robotics.com>
Subject: We're hiring: Head of Business Development (DACH)

Stanmore Robotics is looking for a Head of Business Development to open the German-speaking market. You'll own the pipeline from first meeting to signed contract. Apply by 15 March.""")

add("other", frm="Offerwise Academy <events@offerwise.academy>",
    subj="Live webinar: Negotiating your job offer (Thursday, 6pm CET)", date="2026-05-18T09:00:00+02:00",
    hdrs=unsub("https://offerwise.academy/unsub"), diff="hard",
    notes="webinar about offers and interviews",
    body="""Got an offer on the table, or an interview coming up?

Join our free live webinar on Thursday at 6pm CET: how to negotiate base, variable and equity without losing the offer.

Register: https://offerwise.academy/live

Offerwise Academy""")

add("other", frm="RevOps Summit Program Committee <program@revopssummit.eu>",
    subj="Your session proposal was not accepted", date="2025-12-05T14:00:00+01:00",
    hdrs=AUTO, diff="hard", notes="conference talk proposal rejected",
    body="""Dear Rafael,

Thank you for submitting "Selling SaaS to the Mittelstand: lessons from 40 lost deals" to RevOps Summit 2026.

We received over 600 proposals for 48 slots. Unfortunately your session was not accepted this year. We hope to see you in Vienna as an attendee.

The Program Committee""")

add("other", frm="Messe Isarfeld <newsletter@messe-isarfeld.de>",
    subj="Exhibitor registration for IsarTech 2026 is now open", date="2025-11-25T10:30:00+01:00",
    hdrs=unsub("https://messe-isarfeld.de/newsletter/abmelden"), fmt="html", diff="hard",
    notes="marketing from a company he applied to",
    body="""IsarTech 2026 – register now

Secure your stand at IsarTech 2026, 14–17 April, Munich. Early-bird prices until 31 January.

Register as an exhibitor: https://messe-isarfeld.de/isartech

Messe Isarfeld GmbH""")

add("other", frm="Railnet Tickets <tickets@railnet-booking.de>",
    subj="Your booking confirmation: Munich – Regensburg", date="2025-09-10T22:05:00+02:00",
    hdrs=AUTO, notes="train ticket receipt", pdf="Ticket_RN-449183.pdf",
    body="""Thank you for your booking.

Munich Hbf → Regensburg Hbf, Wed 17 Sep 2025, dep. 06:44
Booking reference: RN-449183
Price: EUR 29.90

Your ticket is attached as PDF.""")

add("other", frm="Sales Meetup Munich <noreply@meetmore.events>",
    subj="Venue change: Sales Meetup Munich #34", date="2025-03-25T12:00:00+01:00",
    hdrs=unsub("https://meetmore.events/unsub"),
    notes="meetup venue change",
    body="""Hi Rafael,

We've moved forward with a new venue for Sales Meetup Munich #34 on Thursday: we're now at the Werksviertel rooftop instead of the co-working space.

You're still on the list, no need to RSVP again.

See you there!""")

add("other", frm="Diego Okafor <diego.okafor.d@gmail.com>",
    subj="Fwd: oferta de trabajo en Valencia", date="2026-08-19T23:12:00+02:00",
    contact="Diego", lang="es", diff="hard", notes="cousin forwards a posting ('oferta')",
    body="""Primo, mira esto, ¿no es justo lo tuyo? Ventas para Alemania desde Valencia, con playa incluida 😄

Un abrazo,
Diego

---------- Mensaje reenviado ---------
De: Empleo Levante <alertas@empleolevante.es>
Asunto: Nueva oferta: Key Account Manager mercado alemán

Empresa del sector industrial busca Key Account Manager con alemán nativo para el mercado DACH.""")

add("other", frm="Steuerkanzlei Vogt <termine@kanzlei-vogt.de>",
    subj="Appointment confirmed: Tuesday, 10 March 2026, 17:00", date="2026-03-03T09:15:00+01:00",
    hdrs=AUTO, diff="hard", notes="tax advisor appointment with calendar part",
    cal=ics("kv-2026-0310-rod@kanzlei-vogt.de", "20260310T160000Z", "20260310T170000Z",
            "Beratungstermin Einkommensteuer 2025", "termine@kanzlei-vogt.de",
            "Kanzlei Vogt, Sendlinger Str. 20", "20260303T081500Z"),
    body="""Dear Mr. Okafor-Duarte,

your consultation appointment for your 2025 income tax return is confirmed: Tuesday, 10 March 2026, 17:00, at our office.

Please bring your annual payslip and receipts.

Steuerkanzlei Vogt""")

add("other", frm="Jobnetz <insights@jobnetz.de>",
    subj="Salary report 2026: what sales managers earn in Munich", date="2026-02-02T08:00:00+01:00",
    hdrs=unsub("https://jobnetz.de/abmelden?u=88412"), fmt="html",
    notes="salary report newsletter",
    body="""Salary report 2026

Key account managers in Munich earn a median of EUR 78,500 base. See the full report and compare your salary.

https://jobnetz.de/gehalt""")

add("other", frm="Firmenblick <reviews@firmenblick.com>",
    subj="How was your interview at Lumora?", date="2026-03-19T17:00:00+01:00",
    hdrs=unsub("https://firmenblick.com/unsub"), diff="hard",
    notes="review site asks about an interview",
    body="""Hi Rafael,

Help other job seekers: share your interview experience at Lumora anonymously. It only takes 3 minutes.

Write a review: https://firmenblick.com/review/lumora

Firmenblick""")

add("other", frm="Dr. Markus Eberl <m.eberl@eberl-executive.de>",
    subj="Spannende Vakanz: Vertriebsleiter DACH (m/w/d) – Maschinenbau", date="2026-06-30T07:55:00+02:00",
    contact="Markus", lang="de", diff="hard", notes="headhunter mass mailing in German",
    body="""Sehr geehrter Herr Okafor-Duarte,

im Auftrag eines inhabergeführten Maschinenbauunternehmens (ca. 900 Mitarbeitende, Süddeutschland) suche ich einen Vertriebsleiter DACH (m/w/d).

Falls Sie selbst nicht wechselwillig sind, freue ich mich über eine Empfehlung aus Ihrem Netzwerk.

Mit freundlichen Grüßen
Dr. Markus Eberl
Eberl Executive Partners""")

add("other", frm="Karriereknoten <messages-noreply@karriereknoten.com>",
    subj="Jana sent you a message", date="2026-07-08T12:40:00+02:00",
    hdrs=unsub("https://karriereknoten.com/unsub/m/23"),
    notes="social network message notification",
    body="""Jana Wiesner sent you a message:

"Congrats on the new role, Rafael! Let's grab lunch once you've settled in."

Reply: https://karriereknoten.com/messages""")

add("other", frm="Isarbank Kreditkarten <karten@isarbank.de>",
    subj="Your application for the Isarbank Platinum card has been approved", date="2026-10-20T10:10:00+02:00",
    hdrs=AUTO, diff="hard", notes="credit card application approved",
    body="""Dear Mr Okafor-Duarte,

Good news: your application for the Isarbank Platinum credit card has been approved. Your card will arrive within 5 working days.

Isarbank AG""")

add("other", frm="Jobnetz <summary@jobnetz.de>",
    subj="Your week: 3 applications sent, 1 viewed by employer", date="2026-11-02T08:00:00+01:00",
    hdrs=unsub("https://jobnetz.de/abmelden?u=88412"), diff="hard",
    notes="weekly application-tracking summary from job board",
    body="""Hi Rafael,

Here's your job search week:

• 3 applications sent
• 1 application viewed by the employer (Oberlin Fördertechnik)
• 12 new matching jobs

Keep going! https://jobnetz.de/dashboard""")


def main() -> None:
    rnd = random.Random(37)
    order = list(range(len(MSGS)))
    rnd.shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for n, i in enumerate(order, start=1):
        m = MSGS[i]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(m, n))
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"],
                     "return_date": m["ret"], "lang": m["lang"], "difficulty": m["diff"],
                     "notes": m["notes"], "interview_at": m["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
