#!/usr/bin/env python3
"""Generate the blind39 evaluation corpus (job-search mail of a fictional QA engineer).

Writes tests/corpus/blind39/NNN.eml and tests/corpus/blind39/labels.csv.
Stdlib only. All people, companies and addresses are fictional.
Run: python tests/corpus/make_blind39.py
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import random
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind39"
ME_NAME = "Léa Fontaine"
ME_ADDR = "lea.fontaine@posteo.ch"
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date",
          "lang", "difficulty", "notes", "interview_at"]
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

M: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, *,
        frm: tuple[str, str], subj: str, date: str, text: str | None = None, html: str | None = None,
        cte: str | None = None, hdr: list[tuple[str, str]] | None = None, reply: bool = False,
        pdf: str | None = None, ics: str | None = None, ret: str = "", iat: str = "",
        to: tuple[str, str] | None = None) -> None:
    M.append(dict(label=label, company=company, contact=contact, role=role, lang=lang, diff=diff,
                  notes=notes, frm=frm, subj=subj, date=date, text=text, html=html, cte=cte,
                  hdr=hdr or [], reply=reply, pdf=pdf, ics=ics, ret=ret, iat=iat, to=to))


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def build(i: int, m: dict) -> bytes:
    name, addr = m["frm"]
    dom = addr.split("@", 1)[1]
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Delivered-To"] = ME_ADDR
    msg["Received"] = (f"from mx{int(_h(i)[:2], 16) % 9 + 1}.{dom} (mx.{dom} [203.0.113.{i % 250 + 2}]) "
                       f"by mout01.posteo.de (Postfix) with ESMTPS id {_h(i, 'r')[:12].upper()} "
                       f"for <{ME_ADDR}>; {dt.strftime('%a, %d %b %Y %H:%M:%S %z')}")
    msg["Return-Path"] = f"<{addr}>"
    msg["From"] = Address(display_name=name, addr_spec=addr) if name else addr
    tname, taddr = m["to"] or (ME_NAME, ME_ADDR)
    msg["To"] = Address(display_name=tname, addr_spec=taddr)
    msg["Subject"] = m["subj"]
    msg["Date"] = dt.strftime("%a, %d %b %Y %H:%M:%S %z")
    msg["Message-ID"] = f"<{_h(i, m['subj'])[:24]}@{dom}>"
    if m["reply"]:
        parent = f"<{_h(i, 'parent')[:20]}@posteo.ch>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{_h(i, 'root')[:20]}@{dom}> {parent}"
    for k, v in m["hdr"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    text, html, cte = m["text"], m["html"], m["cte"]
    if text is not None:
        msg.set_content(text, cte=cte) if cte else msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html", cte=cte) if cte else msg.set_content(html, subtype="html")
    if m["ics"]:
        ics = m["ics"].replace("\n", "\r\n")
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    if m["pdf"]:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=m["pdf"])
    return msg.as_bytes()


def ics(uid: str, start: str, end: str, tz: str, summary: str, org: str, loc: str) -> str:
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Blind39//Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
        f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20250101T000000Z\n"
        f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\nSUMMARY:{summary}\n"
        f"ORGANIZER:mailto:{org}\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\n"
        f"LOCATION:{loc}\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
    )


AUTO = [("Auto-Submitted", "auto-generated")]
BULK = [("Precedence", "bulk")]


# ----------------------------------------------------------------------------- rejections
add("rejection", "Orvane Labs", "", "QA Automation Engineer", "en", "easy", "standard Greenhouse decline",
    frm=("Orvane Labs", "no-reply@us.greenhouse-mail.io"), subj="Your application to Orvane Labs",
    date="2025-02-11 10:22 -0800", hdr=AUTO,
    text="Hi Léa,\n\nThank you for your interest in the QA Automation Engineer position at Orvane Labs and for "
         "the time you put into your application.\n\nWe have reviewed your background carefully and will not be "
         "moving forward with your candidacy for this position. We received a large number of applications and "
         "had to make some difficult choices.\n\nWe wish you every success in your search.\n\nOrvane Labs Talent "
         "Acquisition\n\nThis email was sent from an unmonitored address.\n")

add("rejection", "Cyclame Horlogerie", "", "Ingénieure QA (H/F)", "fr", "easy", "Personio; French template",
    frm=("Cyclame Horlogerie", "jobs@cyclame.jobs.personio.de"),
    subj="Votre candidature – Ingénieure QA (H/F)", date="2025-03-06 16:41 +0100", hdr=AUTO,
    text="Bonjour Madame Fontaine,\n\nNous vous remercions de l'intérêt que vous portez à Cyclame Horlogerie "
         "et du temps consacré à votre candidature pour le poste d'Ingénieure QA (H/F).\n\nAprès une analyse "
         "attentive de votre dossier, nous sommes au regret de ne pas pouvoir y donner une suite favorable.\n\n"
         "Nous vous souhaitons plein succès dans vos recherches.\n\nMeilleures salutations,\n\nL'équipe "
         "Ressources Humaines\nCyclame Horlogerie SA · Rue du Marché 14 · 1204 Genève\n")

add("rejection", "Tessel Payments", "Priya", "Senior QA Engineer", "en", "hard",
    "personal note after final round; no rejection keywords; intro offer",
    frm=("Priya Raman", "priya.raman@tesselpay.co.uk"), subj="Following up – Senior QA Engineer",
    date="2025-04-28 18:03 +0100",
    text="Hi Léa,\n\nI'd hoped to catch you by phone today but the day ran away from me, so an email it is.\n\n"
         "The panel met this afternoon and the team went a different direction: they chose someone who has spent "
         "the last few years testing card-acquiring flows end to end, which is where most of our pain is right "
         "now. That's not a comment on your work. Your Playwright pairing session was honestly one of the "
         "cleanest we've seen.\n\nIf it helps, I'm happy to introduce you to a couple of QA leads I know in "
         "London fintech. Just say the word.\n\nThanks again for the time you gave us over the last three weeks.\n\n"
         "Priya Raman\nEngineering Manager, Acquiring | Tessel Payments Ltd\n")

add("rejection", "Brünnli Versicherungen AG", "", "Testautomatisierungs-Ingenieurin (m/w/d)", "de", "easy",
    "German Workday decline",
    frm=("Brünnli Versicherungen AG", "brunnli@myworkday.com"),
    subj="Ihre Bewerbung bei der Brünnli Versicherungen AG", date="2025-03-19 08:12 +0100", hdr=AUTO,
    text="Sehr geehrte Frau Fontaine\n\nHerzlichen Dank für Ihre Bewerbung als Testautomatisierungs-Ingenieurin "
         "(m/w/d) und das damit verbundene Interesse an unserem Unternehmen.\n\nNach sorgfältiger Prüfung Ihrer "
         "Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht "
         "berücksichtigen können.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche "
         "Grüsse\nHR Recruiting\nBrünnli Versicherungen AG\n")

add("rejection", "Kestrelbyte", "Jordan", "Software Development Engineer in Test", "en", "hard",
    "very short and casual; 'didn't work out'",
    frm=("Jordan from Kestrelbyte", "no-reply@hire.lever.co"), subj="Kestrelbyte – SDET update",
    date="2025-05-02 13:47 -0400",
    text="Hey Léa,\n\nQuick note from me: this one didn't work out. We've closed the loop with the hiring team "
         "and they're going with candidates who are further along with Kotlin-based test frameworks.\n\n"
         "Appreciate you giving us a look.\n\nJordan Mbeki\nTalent Partner, Kestrelbyte\n")

add("rejection", "Manufacture Solenne", "Romain", "Ingénieur·e QA Mobile", "fr", "hard",
    "agency recruiter relays client's choice; promises future roles",
    frm=("Romain Bessard", "r.bessard@helvetic-talent.ch"), subj="RE: Poste QA Mobile – Manufacture Solenne",
    date="2025-05-14 11:20 +0200", reply=True,
    text="Bonjour Léa,\n\nJe reviens vers vous comme promis concernant le poste d'Ingénieur·e QA Mobile chez "
         "mon client, la Manufacture Solenne.\n\nIls ont finalement fait le choix d'un profil ayant davantage "
         "d'expérience sur Appium et les applications iOS natives. J'ai bien insisté sur vos points forts, mais "
         "la décision est prise de leur côté.\n\nJe garde évidemment votre dossier sous le coude : j'ai plusieurs "
         "missions QA qui devraient s'ouvrir à Lausanne d'ici l'été.\n\nBelle journée,\nRomain\n\n"
         "Romain Bessard\nConsultant Senior IT\nHelvetic Talent Partners Sàrl · Genève\n\n"
         "-----Message d'origine-----\nDe : Léa Fontaine\nEnvoyé : lundi 12 mai 2025 09:02\n"
         "Objet : Poste QA Mobile – Manufacture Solenne\n\nBonjour Romain, avez-vous des nouvelles "
         "suite à l'entretien de jeudi ?\n")

add("rejection", "Northmoor Analytics", "", "QA Analyst", "en", "easy", "Workday; 'other applicants' phrasing",
    frm=("Northmoor Analytics", "northmoor@myworkday.com"), subj="Update regarding your application - QA Analyst",
    date="2025-06-03 09:31 +0100", hdr=AUTO,
    html="<html><body><p>Dear Léa,</p><p>Thank you for applying for the <b>QA Analyst</b> role "
         "(R-10482) at Northmoor Analytics.</p><p>After careful review, we have decided to pursue other "
         "applicants whose experience more closely matches the requirements of this position.</p><p>We "
         "appreciate your interest and encourage you to apply for future openings that match your skills.</p>"
         "<p>Kind regards,<br>Northmoor Analytics Ltd Recruitment</p></body></html>")

add("rejection", "Quarrystone Software", "Marcus", "Senior SDET", "en", "hard",
    "reply quoting an interview invite with a time",
    frm=("Marcus Oyelaran", "marcus@quarrystone.io"), subj="Re: Thank you – onsite next steps",
    date="2025-06-20 15:12 -0500", reply=True,
    text="Hi Léa,\n\nThanks for the thoughtful note after Tuesday. I'll be straight with you: we won't be "
         "progressing your application to the onsite stage. The team felt the gap on load/performance testing "
         "was too big for what we need this year.\n\nYou were clearly strong on the API side and I'd be glad to "
         "hear from you again if something in that area opens up.\n\nBest,\nMarcus\n\n"
         "Marcus Oyelaran | Director of Quality | Quarrystone Software, Inc.\n\n"
         "On Mon, Jun 16, 2025 at 10:04 AM Marcus Oyelaran <marcus@quarrystone.io> wrote:\n"
         "> Hi Léa, confirming our technical interview tomorrow, Tuesday June 17 at 9:00 AM CT.\n"
         "> Zoom link below. Looking forward to it!\n")

add("rejection", "Mirabeau Mobilité", "", "Ingénieur·e Test Automation (H/F)", "fr", "easy",
    "Teamtailor; SAS in footer dropped",
    frm=("Mirabeau Mobilité", "noreply@mail.teamtailor.com"),
    subj="Suite à votre candidature chez Mirabeau Mobilité", date="2025-07-08 17:55 +0200", hdr=AUTO,
    text="Bonjour Léa,\n\nMerci d'avoir postulé au poste d'Ingénieur·e Test Automation (H/F).\n\nNous avons pris "
         "le temps d'étudier votre candidature avec attention. Malheureusement, nous ne pourrons pas aller plus "
         "loin avec vous pour ce poste, d'autres profils correspondant davantage à nos besoins actuels.\n\nN'hésitez "
         "pas à suivre nos prochaines offres sur notre page carrière.\n\nÀ bientôt,\nL'équipe Talents\n"
         "Mirabeau Mobilité SAS – 12 quai Perrache, 69002 Lyon\n")

add("rejection", "Glasswing", "Noor", "QA Engineer, Platform", "en", "hard",
    "'not the right match at this time' plus referral offer",
    frm=("Noor Haddad", "noor@glasswing.dev"), subj="Glasswing // QA Engineer, Platform",
    date="2025-07-22 12:05 -0700", hdr=[("X-Mailer", "Ashby")],
    text="Hi Léa,\n\nThank you for talking with us over the past couple of weeks. After reviewing feedback from "
         "everyone you met, we've concluded this isn't the right match at this time for the Platform team.\n\n"
         "I'd genuinely like to keep in touch. Our Mobile team is likely to open a QA role in the autumn, and if "
         "you'd like, I can put your name forward to their hiring manager directly.\n\nAll the best,\nNoor Haddad\n"
         "Recruiting · Glasswing\n")

add("rejection", "Hexaport Logistics AG", "", "QA Engineer (Warehouse Systems)", "en", "easy", "position filled",
    frm=("Hexaport Logistics AG", "noreply@smartrecruiters.com"),
    subj="Your application for QA Engineer (Warehouse Systems)", date="2025-08-12 10:00 +0200", hdr=AUTO,
    text="Dear Léa Fontaine,\n\nThank you for applying for the QA Engineer (Warehouse Systems) position.\n\n"
         "We would like to inform you that the position has now been filled. We will therefore not be able to "
         "consider your application further.\n\nBest regards,\nTalent Acquisition Team\nHexaport Logistics AG, "
         "Basel\n")

add("rejection", "Cirrolux", "", "QA Engineer – Trading Platform", "fr", "hard",
    "job board relays employer's decline",
    frm=("JobLéman", "notifications@jobleman.ch"), subj="Cirrolux a répondu à votre candidature",
    date="2025-08-27 07:45 +0200", hdr=AUTO + [("List-Unsubscribe", "<https://www.jobleman.ch/unsub>")],
    html="<html><body><h2>Réponse à votre candidature</h2><p>Bonjour Léa,</p><p>L'entreprise <b>Cirrolux</b> "
         "a mis à jour le statut de votre candidature pour <b>QA Engineer – Trading Platform</b>.</p>"
         "<blockquote>Après étude attentive, votre profil n'a pas été retenu pour la suite du processus. Nous vous "
         "remercions pour votre intérêt et vous souhaitons le meilleur pour la suite.</blockquote><p>Découvrez "
         "d'autres offres similaires sur JobLéman.</p><p>L'équipe JobLéman</p></body></html>")

add("rejection", "Loupe Health", "Hannah", "Test Automation Engineer", "en", "hard",
    "recruiter forwards hiring manager's decision",
    frm=("Hannah Whitcombe", "hannah.whitcombe@loupehealth.co.uk"), subj="Fwd: Léa F. – panel debrief",
    date="2025-09-15 14:18 +0100",
    text="Hi Léa,\n\nI'm sorry to be the bearer of this. I've pasted Tom's note below, since I think the detail is "
         "more useful to you than a generic line from me. Please do keep an eye on our careers page.\n\nHannah\n"
         "Talent Lead, Loupe Health\n\n---------- Forwarded message ---------\nFrom: Tom Aldane\nDate: Mon, 15 Sept "
         "2025 at 11:02\nSubject: Léa F. – panel debrief\nTo: Hannah Whitcombe\n\nHannah, thanks for organising. "
         "Panel consensus: strong on API testing and CI, but we need someone who can own performance testing from "
         "day one. We'll pass on Léa this time. Please let her know kindly, she was great to talk to.\nTom\n")

add("rejection", "Quaiview Software GmbH", "Stefan", "QA Engineer (Web)", "de", "hard",
    "personal German note; mentions second interview",
    frm=("Stefan Keller", "stefan.keller@quaiview.ch"), subj="Ihre Bewerbung – QA Engineer (Web)",
    date="2025-10-02 17:30 +0200",
    text="Liebe Frau Fontaine\n\nvielen Dank nochmals für das zweite Gespräch letzte Woche und die Zeit, die Sie "
         "sich für die Aufgabe genommen haben.\n\nNach reiflicher Überlegung haben wir uns für eine Kandidatin "
         "entschieden, die bereits mehrere Jahre mit Cypress in einem ähnlichen Umfeld gearbeitet hat. Diese "
         "Entscheidung ist uns nicht leichtgefallen.\n\nIch wünsche Ihnen für die weitere Suche viel Erfolg.\n\n"
         "Viele Grüsse\nStefan Keller\nHead of Engineering\nQuaiview Software GmbH, Zürich\n")

add("rejection", "Tinderbox Games", "", "Games QA Engineer", "en", "easy", "Workable template",
    frm=("Tinderbox Games", "noreply@workablemail.com"), subj="Games QA Engineer at Tinderbox Games",
    date="2025-10-14 16:09 +0100", hdr=AUTO,
    text="Hi Léa,\n\nThanks for applying to the Games QA Engineer role at Tinderbox Games.\n\nWe've looked "
         "through your application and have decided not to proceed further at this stage.\n\nBest of luck,\n"
         "The Tinderbox Games Hiring Team\n")

add("rejection", "Vauclair Assurances", "", "QA Analyst – Testeuse fonctionnelle", "fr", "easy",
    "Recruitee; 'autre candidature'",
    frm=("Vauclair Assurances", "vauclair@recruitee.com"), subj="Candidature QA Analyst – Testeuse fonctionnelle",
    date="2025-11-04 09:26 +0100", hdr=AUTO,
    text="Madame,\n\nNous vous remercions pour votre candidature au poste de QA Analyst – Testeuse fonctionnelle "
         "et pour l'intérêt porté à notre entreprise.\n\nNous avons toutefois retenu une autre candidature, dont le "
         "parcours correspond plus étroitement au profil recherché.\n\nAvec nos meilleures salutations,\n\n"
         "Service des Ressources Humaines\nVauclair Assurances SA, Lausanne\n")

add("rejection", "Grainfield Robotics", "Ben", "QA Lead", "en", "hard", "two lines; internal candidate",
    frm=("Ben Adewale", "ben@grainfield.ai"), subj="QA Lead",
    date="2025-11-21 19:40 -0800",
    text="Léa — we went with an internal candidate. Sorry, and thank you for all the time you put in.\n-Ben\n")

add("rejection", "Quillon Systems", "", "Software Test Engineer", "en", "hard",
    "praises interview; CV kept on file; no 'unfortunately'",
    frm=("Quillon Systems Careers", "careers@quillonsystems-icims.com"),
    subj="Software Test Engineer – status of your application", date="2025-12-09 11:14 -0600", hdr=AUTO,
    text="Dear Léa,\n\nThank you for interviewing with us for the Software Test Engineer opening. The team "
         "enjoyed the conversation and was impressed by your approach to test design.\n\nWe have now concluded our "
         "selection for this opening with another candidate. We would like to keep your CV on file and may contact "
         "you should a suitable role open in the coming months.\n\nRegards,\nTalent Acquisition\nQuillon Systems\n")

add("rejection", "Ondine Software", "Sophie", "Ingénieure QA Senior", "fr", "hard",
    "warm note; 'restons en contact'",
    frm=("Sophie Marchetti", "sophie.marchetti@ondine-software.fr"), subj="Notre échange pour le poste QA Senior",
    date="2026-01-13 18:22 +0100",
    text="Bonsoir Léa,\n\nMerci encore pour nos échanges de ces dernières semaines, toute l'équipe a apprécié votre "
         "énergie et votre rigueur.\n\nAprès beaucoup d'hésitation, nous avons décidé de poursuivre avec une personne "
         "qui a déjà piloté des campagnes de tests de charge à grande échelle, un besoin très immédiat pour nous.\n\n"
         "J'aimerais vraiment que l'on reste en contact, et je penserai à vous dès qu'une nouvelle ouverture se "
         "présentera.\n\nBien à vous,\nSophie\n\nSophie Marchetti\nResponsable QA – Ondine Software\n")

add("rejection", "Koru Mobility", "", "QA Engineer", "en", "easy", "'unsuccessful' template",
    frm=("Koru Mobility Recruitment", "koru@taleo.net"), subj="Application outcome: QA Engineer (Ref 2291)",
    date="2026-01-27 08:50 +0000", hdr=AUTO,
    text="Dear Léa Fontaine,\n\nRe: QA Engineer (Ref 2291)\n\nThank you for your recent application. We regret "
         "to inform you that on this occasion your application has been unsuccessful.\n\nYours sincerely,\n"
         "Recruitment Team\nKoru Mobility Ltd\n")

add("rejection", "Sablier Technologies", "", "QA Engineer Automatisation", "fr", "easy", "Lever, French",
    frm=("Sablier Technologies", "no-reply@hire.lever.co"), subj="Votre candidature chez Sablier Technologies",
    date="2026-02-17 10:33 +0100", hdr=AUTO,
    text="Bonjour Léa,\n\nMerci pour votre candidature au poste de QA Engineer Automatisation.\n\nNous avons "
         "décidé de ne pas donner suite à votre candidature. Cette décision ne remet pas en cause la qualité de "
         "votre parcours.\n\nBonne continuation,\nL'équipe recrutement de Sablier Technologies\n")

add("rejection", "Brightfold", "", "Quality Engineer", "en", "easy", "HTML only, base64",
    frm=("Brightfold Talent", "talent@brightfold.com"), subj="An update on your Brightfold application",
    date="2026-03-03 14:02 -0500", cte="base64", hdr=AUTO,
    html="<html><body style='font-family:Arial'><p>Hello Léa,</p><p>Thank you for your interest in the "
         "<strong>Quality Engineer</strong> role at Brightfold.</p><p>The hiring team has chosen to move forward "
         "with candidates whose background aligns more closely with the current needs of the team.</p><p>We're "
         "grateful you considered us.</p><p>— Brightfold Talent</p></body></html>")

add("rejection", "Trambus Digital GmbH", "", "QA Engineer", "de", "easy", "German Personio",
    frm=("Trambus Digital GmbH", "jobs@trambus.jobs.personio.de"),
    subj="Absage: Ihre Bewerbung als QA Engineer", date="2026-04-08 15:14 +0200", hdr=AUTO,
    text="Hallo Léa\n\nDanke für Ihre Bewerbung als QA Engineer bei der Trambus Digital GmbH.\n\nLeider "
         "können wir Ihnen keine positive Rückmeldung geben: wir haben uns für andere Bewerbende entschieden.\n\n"
         "Beste Grüsse\nIhr Trambus People Team\n")

add("rejection", "Alpstream Energie AG", "Lukas", "Test Automation Engineer", "en", "hard",
    "mentions an offer extended to someone else",
    frm=("Lukas Imhof", "lukas.imhof@alpstream.ch"), subj="Test Automation Engineer – decision",
    date="2026-05-19 16:48 +0200",
    text="Dear Léa,\n\nThank you again for meeting the team in Zurich. I wanted to let you know personally that we "
         "extended an offer to another candidate last week, and they have now accepted it.\n\nIt was a close call. "
         "If you're open to it, I'd like to contact you when we start hiring for the grid-analytics team next "
         "year.\n\nKind regards,\nLukas Imhof\nHead of Software Quality\nAlpstream Energie AG\n")

add("rejection", "Chronoval", "Julien", "QA Automation Engineer", "fr", "hard",
    "reply; quoted question about next interview date",
    frm=("Julien Perrottet", "j.perrottet@chronoval.ch"), subj="Re: Prochaine étape ?",
    date="2026-06-24 12:10 +0200", reply=True,
    text="Bonjour Léa,\n\nJe préfère être transparent avec vous : on ne va pas aller plus loin ensemble sur ce "
         "poste. Le comité a privilégié un profil plus senior sur la partie embarquée.\n\nMerci pour votre "
         "patience et bonne suite,\nJulien\n\nJulien Perrottet | Engineering Manager | Chronoval SA\n\n"
         "Le 22 juin 2026 à 08:41, Léa Fontaine <lea.fontaine@posteo.ch> a écrit :\n> Bonjour Julien,\n"
         "> Savez-vous déjà quand aura lieu le dernier entretien pour le poste QA Automation Engineer ?\n"
         "> Belle journée, Léa\n")

add("rejection", "Rivelle Retail", "", "QA Engineer – Checkout", "en", "easy", "Greenhouse template",
    frm=("Rivelle Retail", "no-reply@greenhouse.io"), subj="Thank you for applying to Rivelle Retail",
    date="2026-09-10 09:05 +0100", hdr=AUTO,
    text="Hi Léa,\n\nThanks for applying for QA Engineer – Checkout. We've decided to move forward with other "
         "candidates for this role, but we'd encourage you to keep an eye on our future openings.\n\nWarm wishes,\n"
         "Rivelle Retail Recruiting\n")


# ----------------------------------------------------------------------------- on hold
add("on_hold", "Orvane Labs", "Ellie", "Senior QA Engineer", "en", "easy", "explicit hiring freeze",
    frm=("Ellie Brandt", "ellie.brandt@orvanelabs.com"), subj="Senior QA Engineer – hiring freeze",
    date="2025-04-15 11:30 -0700",
    text="Hi Léa,\n\nI wanted to reach out before you heard it elsewhere: Orvane Labs has announced a company-wide "
         "hiring freeze effective today, and the Senior QA Engineer search is paused along with it.\n\nThis has "
         "nothing to do with your interviews; the feedback was positive. I'll contact you as soon as we get the "
         "green light again.\n\nBest,\nEllie Brandt\nSenior Recruiter, Orvane Labs\n")

add("on_hold", "Banque Zéphyrine", "", "Test Manager", "fr", "easy", "reorg suspends recruitment",
    frm=("Banque Zéphyrine – Recrutement", "recrutement@zephyrine-bank.ch"),
    subj="Poste Test Manager – suspension du recrutement", date="2025-06-11 14:05 +0200",
    text="Madame Fontaine,\n\nNous vous informons que le recrutement pour le poste de Test Manager est suspendu à la "
         "suite d'une réorganisation de notre direction informatique.\n\nVotre candidature n'est pas remise en "
         "cause ; nous reviendrons vers vous si le poste est rouvert.\n\nMeilleures salutations,\n"
         "Ressources Humaines\nBanque Zéphyrine SA, Genève\n")

add("on_hold", "Fjell Data GmbH", "", "QA Engineer (m/w/d)", "de", "hard",
    "position cut; 'bedauern' reads like a rejection",
    frm=("Fjell Data GmbH", "noreply@fjell-data.jobs.personio.de"), subj="Information zu Ihrer Bewerbung",
    date="2025-07-30 10:17 +0200", hdr=AUTO,
    text="Guten Tag Frau Fontaine\n\nWir bedauern, Ihnen mitteilen zu müssen, dass die Stelle QA Engineer (m/w/d) "
         "im Rahmen unserer Budgetplanung neu bewertet und vorerst gestrichen wurde. Das Auswahlverfahren ist "
         "damit beendet, unabhängig von den eingegangenen Bewerbungen.\n\nSollte die Stelle wieder ausgeschrieben "
         "werden, informieren wir Sie gerne.\n\nFreundliche Grüsse\nFjell Data GmbH\n")

add("on_hold", "Koru Mobility", "", "QA Lead", "en", "hard",
    "requisition cancelled; 'no longer be considered'",
    frm=("Koru Mobility", "korumobility@myworkday.com"), subj="Your application: QA Lead",
    date="2025-09-02 13:40 +0100", hdr=AUTO,
    text="Dear Léa,\n\nThe requisition for QA Lead (JR-3307) has been cancelled by the business. As a result, all "
         "applications for this requisition, including yours, will no longer be considered.\n\nIf the role is "
         "re-advertised, you are welcome to apply again.\n\nKoru Mobility Talent Team\n")

add("on_hold", "Northmoor Analytics", "Gwen", "Senior Test Automation Engineer", "en", "hard",
    "paused search; candidate is top pick",
    frm=("Gwen Pritchard", "gwen.pritchard@northmoor-analytics.co.uk"), subj="Where things stand",
    date="2025-10-21 17:02 +0100",
    text="Hi Léa,\n\nStraight to it: we're pausing this search until our Q1 budget is signed off, which realistically "
         "means late January. You were our top pick for the Senior Test Automation Engineer role, so I hope this "
         "is a 'not yet' rather than a 'no'.\n\nI'll check in with you as soon as I know more.\n\nGwen\n"
         "Head of QA · Northmoor Analytics\n")

add("on_hold", "Octave Mutuelle", "Claire", "Ingénieure Automatisation des Tests", "fr", "hard",
    "agency: client freezes IT hiring",
    frm=("Claire Dutoit", "claire.dutoit@ferrand-lhomme.fr"), subj="Octave Mutuelle – point sur le poste",
    date="2025-11-12 09:48 +0100",
    text="Bonjour Léa,\n\nPetit point sur le poste d'Ingénieure Automatisation des Tests chez notre client Octave "
         "Mutuelle : ils viennent de geler tous les recrutements IT jusqu'à nouvel ordre, suite à un arbitrage "
         "budgétaire.\n\nLe process est donc à l'arrêt pour tout le monde. Je vous tiens informée dès que cela "
         "bouge.\n\nCordialement,\nClaire Dutoit\nFerrand & Lhomme Conseil – Paris\n")

add("on_hold", "Pivotgrid", "", "QA Engineer II", "en", "easy", "position closed after restructuring",
    frm=("Pivotgrid Recruiting", "noreply@smartrecruiters.com"), subj="Update: QA Engineer II",
    date="2026-02-04 12:00 -0600", hdr=AUTO,
    text="Hi Léa,\n\nDue to an internal restructuring, the QA Engineer II position has been closed and we are no "
         "longer hiring for it. We appreciate your patience throughout the process.\n\nThe Pivotgrid Team\n")

add("on_hold", "Kestrelbyte", "", "SDET II", "en", "hard", "req on hold; application stays in system",
    frm=("Kestrelbyte", "no-reply@hire.lever.co"), subj="About the SDET II role",
    date="2026-04-14 10:20 -0400", hdr=AUTO,
    text="Hi Léa,\n\nWe've put the SDET II requisition on hold while the team re-plans its roadmap. This isn't a "
         "reflection on you or your application, which remains active in our system.\n\nWe'll reach out if and "
         "when the role is reopened.\n\nKestrelbyte Recruiting\n")

add("on_hold", "Médipôle Léman", "", "Ingénieur·e Qualité Logicielle", "fr", "easy", "post annulé, budget",
    frm=("Médipôle Léman", "rh@medipole-leman.ch"), subj="Ingénieur·e Qualité Logicielle – annulation du poste",
    date="2026-06-02 15:30 +0200",
    text="Madame,\n\nPour des raisons budgétaires, le poste d'Ingénieur·e Qualité Logicielle a été annulé. Nous "
         "clôturons donc le processus de recrutement pour l'ensemble des candidat·e·s.\n\nNous vous remercions "
         "de votre intérêt.\n\nRessources humaines\nMédipôle Léman SA\n")

add("on_hold", "Glasswing", "Noor", "QA Engineer, Mobile", "en", "hard",
    "after final round; backfills paused; says unfortunately",
    frm=("Noor Haddad", "noor@glasswing.dev"), subj="QA Engineer, Mobile – an update",
    date="2026-10-06 16:15 -0700",
    text="Hi Léa,\n\nUnfortunately I have frustrating news. Leadership decided this morning to pause all open "
         "backfills for the rest of the year, and the Mobile QA role is one of them. The team was ready to move "
         "forward after your final round, so this is purely a timing problem.\n\nI'll be in touch the moment "
         "headcount unfreezes.\n\nNoor\n")


# ----------------------------------------------------------------------------- interviews
add("interview", "Orvane Labs", "Dana", "QA Automation Engineer", "en", "easy", "Greenhouse confirmation",
    frm=("Dana Liu", "no-reply@us.greenhouse-mail.io"), subj="Interview confirmed: Phone Screen with Orvane Labs",
    date="2025-02-27 15:20 -0800", iat="2025-03-04T09:30:00-08:00",
    text="Hi Léa,\n\nYour phone screen for the QA Automation Engineer role is confirmed.\n\nWhen: Tuesday, March 4, "
         "2025 at 9:30 AM PST (30 minutes)\nWith: Dana Liu, Technical Recruiter\nWhere: Dana will call you on "
         "+41 79 555 01 23\n\nNeed to reschedule? Reply to this email.\n\nDana\n")

add("interview", "Lacustre Informatique", "Marc", "Ingénieure QA Automation", "fr", "easy",
    "invitation avec lien Calendly",
    frm=("Marc Vuilleumier", "marc.vuilleumier@lacustre.ch"), subj="Entretien – Ingénieure QA Automation",
    date="2025-03-12 10:02 +0100",
    text="Bonjour Léa,\n\nVotre profil a retenu notre attention et nous aimerions vous proposer un premier "
         "entretien (45 min, en visio) pour le poste d'Ingénieure QA Automation.\n\nVous pouvez choisir le créneau "
         "qui vous convient ici : https://calendly.com/lacustre-marc/entretien-qa\n\nAu plaisir d'échanger,\n"
         "Marc Vuilleumier\nLead QA – Lacustre Informatique SA\n")

add("interview", "Tessel Payments", "Priya", "Senior QA Engineer", "en", "easy", "calendar invite with ics",
    frm=("Priya Raman", "priya.raman@tesselpay.co.uk"),
    subj="Invitation: Technical interview (Playwright pairing) @ Wed 9 Apr 2025 14:00 - 15:00 (BST)",
    date="2025-04-03 09:12 +0100", iat="2025-04-09T14:00:00+01:00",
    text="Technical interview (Playwright pairing)\nWednesday 9 April 2025 · 14:00 – 15:00 London time\n"
         "Google Meet: https://meet.google.com/tsp-qaxe-ppr\n\nHi Léa, we'll pair on a small test suite; "
         "bring your own editor setup.\nPriya\n",
    ics=ics("tessel-0409@tesselpay.co.uk", "20250409T140000", "20250409T150000", "Europe/London",
            "Technical interview (Playwright pairing)", "priya.raman@tesselpay.co.uk", "Google Meet"))

add("interview", "Brünnli Versicherungen AG", "Sandra", "Senior Test Engineer (m/w/d)", "de", "easy",
    "German onsite invite with fixed time",
    frm=("Sandra Gyger", "sandra.gyger@bruennli.ch"), subj="Einladung zum Vorstellungsgespräch",
    date="2025-05-06 14:44 +0200", iat="2025-05-15T10:00:00+02:00",
    text="Sehr geehrte Frau Fontaine\n\nGerne laden wir Sie zu einem persönlichen Gespräch für die Stelle Senior "
         "Test Engineer (m/w/d) ein: am Donnerstag, 15. Mai 2025, um 10:00 Uhr an unserem Hauptsitz, "
         "Seefeldstrasse 88, 8008 Zürich.\n\nBitte melden Sie sich am Empfang. Das Gespräch dauert ca. 90 Minuten.\n\n"
         "Freundliche Grüsse\nSandra Gyger\nHR Business Partner\nBrünnli Versicherungen AG\n")

add("interview", "Vinterhaus Systems", "Ola", "QA Engineer", "en", "hard",
    "agency 'quick chat' via GoodTime; no word interview",
    frm=("Ola Brennan", "ola@northbridge-search.co.uk"), subj="Vinterhaus – quick chat?",
    date="2025-05-27 11:11 +0100",
    text="Hi Léa,\n\nGood news: my client Vinterhaus Systems liked your CV and their QA lead would like a 20-minute "
         "chat this week or next. Pick whatever suits you: https://app.goodtime.io/schedule/vinterhaus-qa-4471\n\n"
         "Cheers,\nOla\nNorthbridge Search\n")

add("interview", "Veltrix Medical", "Aurélie", "Ingénieure QA Automation", "fr", "hard",
    "reschedule in thread, relative day; quoted original time",
    frm=("Aurélie Jaccard", "aurelie.jaccard@veltrix-medical.ch"), subj="Re: Entretien mardi",
    date="2025-06-16 08:35 +0200", reply=True, iat="2025-06-18T11:00:00+02:00",
    text="Bonjour Léa,\n\nPetit changement de programme : notre directeur technique ne sera pas disponible "
         "demain. Pouvons-nous décaler notre échange à mercredi 11h, même lieu (Route de la Corniche 3, "
         "Épalinges) ?\n\nMerci de me confirmer.\nAurélie\n\n> Le 10 juin 2025, Aurélie Jaccard a écrit :\n"
         "> Nous avons le plaisir de vous inviter à un entretien le mardi 17 juin à 14h.\n")

add("interview", "Kestrelbyte", "Jordan", "Senior SDET", "en", "easy", "take-home plus review session",
    frm=("Jordan Mbeki", "jordan@kestrelbyte.com"), subj="Next step: take-home + review call",
    date="2025-08-05 09:40 -0400",
    text="Hi Léa,\n\nThe team enjoyed your first conversation, so next up is a short take-home: automate three "
         "checkout scenarios against our sandbox (about 3 hours). Once you submit it, we'll set up a 60-minute "
         "review session where you walk two engineers through your choices.\n\nRepo access: "
         "https://github.com/kestrelbyte-hiring/sdet-exercise\nBook the review slot afterwards: "
         "https://jobs.ashbyhq.com/kestrelbyte/schedule\n\nJordan\n")

add("interview", "Pivotgrid", "", "Senior QA Engineer", "en", "hard", "ModernLoop onsite agenda, several sessions",
    frm=("Pivotgrid Interviews via ModernLoop", "scheduling@modernloop.io"),
    subj="Your Pivotgrid onsite is confirmed", date="2025-10-01 16:00 -0500",
    iat="2025-10-09T10:00:00-05:00", hdr=AUTO,
    html="<html><body><p>Hi Léa,</p><p>Your virtual onsite for <b>Senior QA Engineer</b> at Pivotgrid, Inc. is "
         "confirmed for <b>Thursday, October 9, 2025</b> (all times Central Time):</p><ul>"
         "<li>10:00 – 10:45 AM · Test strategy with Rosa Kim</li><li>10:50 – 11:35 AM · Automation coding</li>"
         "<li>11:45 AM – 12:15 PM · Hiring manager</li></ul><p>Zoom links are in the calendar invitations.</p>"
         "<p>Pivotgrid Recruiting</p></body></html>")

add("interview", "Sablier Technologies", "Inès", "QA Engineer Automatisation", "fr", "easy", "visio à heure fixe",
    frm=("Inès Bouaziz", "ines.bouaziz@sablier-tech.fr"), subj="Entretien technique – QA Engineer Automatisation",
    date="2026-01-26 11:05 +0100", iat="2026-02-02T15:30:00+01:00",
    text="Bonjour Léa,\n\nSuite à votre échange avec notre recruteuse, je vous confirme l'entretien technique en "
         "visio le lundi 2 février 2026 à 15h30 (heure de Paris), avec moi-même et Hugo, développeur senior.\n\n"
         "Lien Teams à suivre.\n\nBien cordialement,\nInès Bouaziz\nQA Manager – Sablier Technologies\n")

add("interview", "Loupe Health", "Hannah", "Test Automation Engineer", "en", "hard",
    "'talk through the role tomorrow' without word interview",
    frm=("Hannah Whitcombe", "hannah.whitcombe@loupehealth.co.uk"), subj="Test Automation Engineer",
    date="2025-07-15 10:05 +0100", iat="2025-07-16T16:30:00+01:00",
    text="Hi Léa,\n\nThanks for applying. Could you do 30 minutes tomorrow at 4:30pm UK time to talk through the "
         "role and your background? I'll ring you on the number on your CV.\n\nHannah\nTalent Lead, Loupe Health\n")

add("interview", "Northmoor Analytics", "", "QA Analyst II", "en", "easy", "Workday slot selection",
    frm=("Northmoor Analytics", "northmoor@myworkday.com"),
    subj="Interview Invitation – QA Analyst II – Please select a time", date="2026-02-10 12:30 +0000", hdr=AUTO,
    text="Dear Léa,\n\nWe'd like to invite you to a video interview for the QA Analyst II role. Please select one "
         "of the available times:\n\n- Mon 16 Feb, 10:00\n- Tue 17 Feb, 14:00\n- Thu 19 Feb, 09:30\n\nSelect in "
         "Workday: https://northmoor.wd3.myworkdayjobs.com/candidate/tasks\n\nNorthmoor Analytics Recruitment\n")

add("interview", "Quaiview Software GmbH", "Stefan", "Senior QA Engineer", "de", "hard",
    "informal coffee invitation; no fixed time",
    frm=("Stefan Keller", "stefan.keller@quaiview.ch"), subj="Kaffee?", date="2026-03-05 18:10 +0100",
    text="Hallo Léa\n\nwir haben eine neue Stelle als Senior QA Engineer, und ich musste sofort an Sie denken. "
         "Hätten Sie Lust, nächste Woche auf einen Kaffee bei uns im Büro vorbeizukommen? Dann erzähle ich Ihnen "
         "mehr über das Team, und Sie können Ihre Fragen stellen.\n\nSagen Sie mir einfach, welcher Tag passt.\n\n"
         "Gruss\nStefan\n")

add("interview", "Glasswing", "Noor", "QA Engineer, Mobile", "en", "hard",
    "'unfortunately' but moves interview; relative weekday",
    frm=("Noor Haddad", "noor@glasswing.dev"), subj="Re: Final round – small change",
    date="2026-05-13 09:50 -0400", reply=True, iat="2026-05-15T11:00:00-04:00",
    text="Hi Léa,\n\nUnfortunately Sam is out sick today, so we need to move your final round. Could we do Friday "
         "at 11:00 ET instead? Same Zoom link, same panel otherwise.\n\nSorry for the shuffle!\nNoor\n")

add("interview", "Mirabeau Mobilité", "Camille", "QA Lead (H/F)", "fr", "easy", "invitation calendrier ics",
    frm=("Camille Arnaud", "camille.arnaud@mirabeau-mobilite.fr"),
    subj="Invitation : Entretien RH — Mirabeau Mobilité @ mar. 24 mars 2026 10:00 – 10:45",
    date="2026-03-17 16:25 +0100", iat="2026-03-24T10:00:00+01:00",
    text="Entretien RH — Mirabeau Mobilité\nmardi 24 mars 2026 · 10:00 – 10:45 (heure de Paris)\n\nBonjour Léa, "
         "comme convenu, voici l'invitation pour notre premier échange sur le poste de QA Lead (H/F).\nCamille\n",
    ics=ics("mirabeau-2403@mirabeau-mobilite.fr", "20260324T100000", "20260324T104500", "Europe/Paris",
            "Entretien RH — Mirabeau Mobilité", "camille.arnaud@mirabeau-mobilite.fr", "Google Meet"))

add("interview", "Tinderbox Games", "", "Senior Games QA Engineer", "en", "easy", "Ashby self-scheduling",
    frm=("Tinderbox Games", "no-reply@ashbyhq.com"), subj="Schedule your interview with Tinderbox Games",
    date="2026-04-21 13:15 +0100", hdr=AUTO,
    text="Hi Léa,\n\nThe hiring team for Senior Games QA Engineer would like to interview you. Use the link below to "
         "choose a 45-minute slot with our QA Director:\n\nhttps://jobs.ashbyhq.com/tinderbox/interview/schedule/"
         "8f1c\n\nTinderbox Games Recruiting\n")

add("interview", "Ondine Software", "Sophie", "QA Engineer Automatisation", "fr", "hard",
    "relayé par un job board; créneaux au choix",
    frm=("La Ruche Talents", "messages@laruche-talents.fr"), subj="Ondine Software souhaite vous rencontrer",
    date="2026-05-05 08:20 +0200", hdr=[("List-Unsubscribe", "<https://laruche-talents.fr/unsubscribe>")],
    text="Bonjour Léa,\n\nVous avez reçu un nouveau message de Sophie Marchetti (Ondine Software) concernant le poste "
         "QA Engineer Automatisation :\n\n« Bonjour Léa, votre parcours nous intéresse beaucoup. Seriez-vous "
         "disponible pour un premier échange de 30 minutes ? Je propose jeudi 7 mai à 10h ou vendredi 8 mai à 14h. "
         "Sophie »\n\nRépondre sur La Ruche Talents : https://laruche-talents.fr/messages/55120\n")

add("interview", "Rivelle Retail", "", "QA Engineer – Payments", "en", "hard",
    "chatbot scheduling confirmation (Paradox)",
    frm=("Rivelle Retail Careers", "noreply@paradox.ai"), subj="You're all set!",
    date="2025-09-03 19:02 +0100", iat="2025-09-08T14:00:00+01:00", hdr=AUTO,
    text="You're all set, Léa!\n\nVideo interview: QA Engineer – Payments\nMon, Sep 8 at 2:00 PM BST\nLink: "
         "https://rivelle.paradox.ai/v/qa-7712\n\nReply RESCHEDULE if you need a different time.\n")

add("interview", "Hexaport Logistics AG", "", "Senior QA Engineer", "en", "easy", "SmartRecruiters confirmation",
    frm=("Hexaport Logistics AG", "noreply@smartrecruiters.com"),
    subj="Video interview confirmed – Senior QA Engineer", date="2026-01-14 10:45 +0100",
    iat="2026-01-21T14:00:00+01:00", hdr=AUTO,
    text="Dear Léa,\n\nYour video interview for Senior QA Engineer is confirmed for 21 January 2026, 14:00 CET, "
         "with Petra Vogel (QA Manager) and Daniel Roth (Team Lead).\n\nA Teams link will be sent separately.\n\n"
         "Hexaport Logistics AG Talent Acquisition\n")

add("interview", "Banque Zéphyrine", "Nathalie", "QA Engineer Paiements", "fr", "hard",
    "'jeudi prochain' relatif; pas le mot entretien",
    frm=("Nathalie Giroud", "nathalie.giroud@zephyrine-bank.ch"), subj="Notre rendez-vous",
    date="2026-09-03 17:12 +0200", iat="2026-09-10T09:00:00+02:00",
    text="Bonjour Madame Fontaine,\n\nSuite à notre échange téléphonique de ce matin, je vous confirme notre "
         "rendez-vous jeudi prochain à 9h dans nos locaux, Rue de la Corraterie 9 à Genève, pour le poste de QA "
         "Engineer Paiements. Vous rencontrerez également M. Favre, responsable de l'équipe.\n\nMeilleures "
         "salutations,\nNathalie Giroud\nBanque Zéphyrine SA\n")

add("interview", "Alpstream Energie AG", "Mirjam", "Test Automation Engineer", "en", "hard",
    "agency forwards client's technical interview time",
    frm=("Mirjam Hess", "mirjam.hess@zuritalent.ch"), subj="FW: Alpstream – technical interview",
    date="2026-02-18 13:30 +0100", iat="2026-02-25T13:00:00+01:00",
    text="Hi Léa,\n\nSee below from Alpstream, they'd like to see you for the technical round. I've said yes "
         "provisionally, shout if it doesn't work.\n\nMirjam\nZüriTalent GmbH\n\n"
         "From: Lukas Imhof <lukas.imhof@alpstream.ch>\nSent: Wednesday, 18 February 2026 12:02\nTo: Mirjam Hess\n"
         "Subject: Alpstream – technical interview\n\nHi Mirjam, we'd like to invite Léa to a technical interview "
         "on Wed 25 Feb 2026, 13:00-14:00 Zurich time, at our office (Hardturmstrasse 120). Best, Lukas\n")

add("interview", "Brightfold", "Maya", "Senior Quality Engineer", "en", "easy", "Calendly hiring manager chat",
    frm=("Maya Castellanos", "maya@brightfold.com"), subj="Chat with the hiring manager – Brightfold",
    date="2026-06-09 10:10 -0400",
    text="Hi Léa,\n\nI'm the hiring manager for our Senior Quality Engineer opening and I'd love to set up a 30-minute "
         "conversation. Grab any time on my calendar: https://calendly.com/maya-brightfold/30min\n\nThanks,\nMaya\n"
         "Maya Castellanos | Engineering Manager | Brightfold\n")

add("interview", "Trambus Digital GmbH", "Reto", "Senior QA Engineer", "de", "easy", "German second interview",
    frm=("Reto Baumann", "reto.baumann@trambus.ch"), subj="Einladung: Zweites Gespräch (Technik)",
    date="2026-06-29 11:00 +0200", iat="2026-07-07T14:00:00+02:00",
    text="Hallo Léa\n\nDanke für das angenehme erste Gespräch. Gerne laden wir Sie zum zweiten, technischen "
         "Gespräch ein: Dienstag, 7. Juli 2026, 14:00 Uhr, bei uns an der Hohlstrasse 190 in Zürich.\n\nBeste "
         "Grüsse\nReto Baumann\nEngineering Lead, Trambus Digital GmbH\n")


# ----------------------------------------------------------------------------- offers
add("offer", "Brightfold", "Maya", "Senior Quality Engineer", "en", "easy", "offer letter PDF attached",
    frm=("Maya Castellanos", "maya@brightfold.com"), subj="Your offer from Brightfold",
    date="2026-07-01 15:45 -0400", pdf="Brightfold_Offer_Lea_Fontaine.pdf",
    text="Hi Léa,\n\nI'm thrilled to share that we'd like you to join Brightfold as a Senior Quality Engineer "
         "(remote, EU hours). Your offer letter is attached, with salary, equity and start date details.\n\n"
         "Please review it and let me know if you'd like to talk anything through.\n\nMaya\n")

add("offer", "Veltrix Medical", "Aurélie", "Ingénieure QA Automation", "fr", "easy", "proposition d'embauche",
    frm=("Aurélie Jaccard", "aurelie.jaccard@veltrix-medical.ch"), subj="Proposition – Ingénieure QA Automation",
    date="2025-06-27 16:30 +0200", pdf="Veltrix_Proposition_Fontaine.pdf",
    text="Chère Léa,\n\nNous avons le plaisir de vous proposer le poste d'Ingénieure QA Automation au sein de "
         "Veltrix Medical SA, avec une entrée en fonction au 1er septembre 2025. Vous trouverez en pièce jointe "
         "notre proposition détaillée.\n\nNous serions ravis de vous compter parmi nous.\n\nAurélie Jaccard\n"
         "Responsable RH\n")

add("offer", "Seeberg Robotik AG", "Nina", "QA Engineer Robotics", "de", "hard",
    "follow-up to verbal offer; no word 'Angebot'",
    frm=("Nina Wälti", "nina.waelti@seeberg-robotik.ch"), subj="Wie besprochen – die Eckdaten",
    date="2025-12-03 17:05 +0100",
    text="Liebe Léa\n\nwie heute am Telefon besprochen, hier nochmals die Eckdaten für Ihren Einstieg als QA "
         "Engineer Robotics: Jahreslohn CHF 118'000, 100 %, Start am 1. Februar 2026, 25 Ferientage. Der Vertrag "
         "kommt Anfang nächster Woche per Post.\n\nWir freuen uns sehr, dass Sie zu uns kommen möchten!\n\n"
         "Herzliche Grüsse\nNina Wälti\nHR, Seeberg Robotik AG\n")

add("offer", "Loupe Health", "", "QA Engineer", "en", "hard", "Workday task notification; HTML only",
    frm=("Loupe Health", "loupehealth@myworkday.com"), subj="Action required: review your offer",
    date="2026-03-26 12:02 +0000", hdr=AUTO,
    html="<html><body><p>Hi Léa,</p><p>Congratulations! An offer for the position <b>QA Engineer</b> has been "
         "prepared for you. Please sign in to review and accept the offer by 2 April 2026.</p><p><a "
         "href='https://loupehealth.wd3.myworkdayjobs.com/candidate/offer'>Review offer</a></p><p>Loupe Health "
         "People Team</p></body></html>")

add("offer", "Lacustre Informatique", "Marc", "Ingénieure QA Automation", "fr", "hard",
    "'accueillir' wording; attached proposal; HTML alternative",
    frm=("Marc Vuilleumier", "marc.vuilleumier@lacustre.ch"), subj="Bonne nouvelle !",
    date="2025-04-10 18:40 +0200", pdf="Lacustre_lettre_engagement.pdf",
    text="Bonsoir Léa,\n\nJe suis ravi de vous annoncer que l'équipe souhaite vous accueillir comme Ingénieure QA "
         "Automation. Vous trouverez en pièce jointe notre lettre d'engagement (salaire, date d'entrée, "
         "conditions).\n\nJe reste disponible pour en discuter.\n\nMarc\nLead QA – Lacustre Informatique SA\n",
    html="<p>Bonsoir Léa,</p><p>Je suis ravi de vous annoncer que l'équipe souhaite vous accueillir comme "
         "<b>Ingénieure QA Automation</b>. Vous trouverez en pièce jointe notre lettre d'engagement.</p>"
         "<p>Marc<br>Lead QA – Lacustre Informatique SA</p>")

add("offer", "Vinterhaus Systems", "Ola", "QA Engineer", "en", "easy", "agency relays written offer",
    frm=("Ola Brennan", "ola@northbridge-search.co.uk"), subj="Offer from Vinterhaus Systems!",
    date="2025-06-30 17:20 +0100",
    text="Hi Léa,\n\nDelighted to say Vinterhaus Systems have made you an offer for the QA Engineer role: "
         "£72,000 base, fully remote, 28 days holiday. The formal letter will come from their HR tomorrow.\n\n"
         "Congratulations!\nOla\nNorthbridge Search\n")


# ----------------------------------------------------------------------------- application received
add("application_received", "Orvane Labs", "", "QA Automation Engineer", "en", "easy", "Greenhouse ack",
    frm=("Orvane Labs", "no-reply@us.greenhouse-mail.io"), subj="Thank you for applying to Orvane Labs",
    date="2025-01-20 08:03 -0800", hdr=AUTO,
    text="Hi Léa,\n\nThanks for applying for the QA Automation Engineer role at Orvane Labs. Our team will review "
         "your application and reach out if your experience is a match.\n\nOrvane Labs Recruiting\n")

add("application_received", "Mirabeau Mobilité", "", "Ingénieur·e Test Automation (H/F)", "fr", "easy",
    "Teamtailor accusé de réception",
    frm=("Mirabeau Mobilité", "noreply@mail.teamtailor.com"), subj="Merci pour votre candidature !",
    date="2025-06-19 21:14 +0200", hdr=AUTO,
    text="Bonjour Léa,\n\nNous avons bien reçu votre candidature pour le poste d'Ingénieur·e Test Automation (H/F) "
         "et vous en remercions. Notre équipe l'étudie et reviendra vers vous rapidement.\n\nL'équipe Talents "
         "Mirabeau Mobilité\n")

add("application_received", "Brünnli Versicherungen AG", "", "Testautomatisierungs-Ingenieurin (m/w/d)", "de",
    "easy", "Workday Eingangsbestätigung",
    frm=("Brünnli Versicherungen AG", "brunnli@myworkday.com"), subj="Eingangsbestätigung Ihrer Bewerbung",
    date="2025-02-24 22:31 +0100", hdr=AUTO,
    text="Sehr geehrte Frau Fontaine\n\nVielen Dank für Ihre Bewerbung als Testautomatisierungs-Ingenieurin "
         "(m/w/d). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.\n\nFreundliche Grüsse\n"
         "HR Recruiting, Brünnli Versicherungen AG\n")

add("application_received", "Kestrelbyte", "", "Software Development Engineer in Test", "en", "easy", "Lever ack",
    frm=("Kestrelbyte", "no-reply@hire.lever.co"), subj="Kestrelbyte – application received",
    date="2025-04-09 14:12 -0400", hdr=AUTO,
    text="Hi Léa,\n\nWe've received your application for Software Development Engineer in Test. Someone from our "
         "team will be in touch if there's a fit.\n\nKestrelbyte Talent\n")

add("application_received", "Cirrolux", "", "QA Engineer – Trading Platform", "fr", "hard",
    "job board confirms transmission to employer",
    frm=("JobLéman", "notifications@jobleman.ch"), subj="Votre candidature a été transmise à Cirrolux",
    date="2025-08-04 19:55 +0200", hdr=AUTO + [("List-Unsubscribe", "<https://www.jobleman.ch/unsub>")],
    text="Bonjour Léa,\n\nVotre candidature pour « QA Engineer – Trading Platform » a bien été transmise à "
         "Cirrolux. L'entreprise a été notifiée et vous répondra directement.\n\nVous pouvez suivre le statut de "
         "votre candidature dans votre espace JobLéman.\n\nL'équipe JobLéman\n")

add("application_received", "Glasswing", "", "QA Engineer, Platform", "en", "hard",
    "ack mentions 'unfortunately' and not moving forward",
    frm=("Glasswing", "no-reply@ashbyhq.com"), subj="We received your application – Glasswing",
    date="2025-06-30 11:42 -0700", hdr=AUTO,
    text="Hi Léa,\n\nThanks for applying for QA Engineer, Platform. We review every application by hand. "
         "Unfortunately, due to volume we can't reply to everyone individually; if we decide not to move forward, "
         "we'll still let you know by email.\n\nTeam Glasswing\n")

add("application_received", "Vauclair Assurances", "", "QA Analyst – Testeuse fonctionnelle", "fr", "easy",
    "Recruitee ack",
    frm=("Vauclair Assurances", "vauclair@recruitee.com"), subj="Confirmation de réception de votre candidature",
    date="2025-10-16 07:58 +0200", hdr=AUTO,
    text="Madame,\n\nNous accusons réception de votre candidature au poste de QA Analyst – Testeuse fonctionnelle. "
         "Nous l'examinerons dans les meilleurs délais.\n\nService des Ressources Humaines\nVauclair Assurances SA\n")

add("application_received", "Quillon Systems", "", "Software Test Engineer", "en", "easy", "iCIMS ack",
    frm=("Quillon Systems Careers", "careers@quillonsystems-icims.com"),
    subj="Application Received: Software Test Engineer", date="2025-10-28 06:20 -0500", hdr=AUTO,
    text="Dear Léa,\n\nThank you for submitting your application for Software Test Engineer (Req 4418). It has been "
         "received and is being reviewed by our talent acquisition team.\n\nQuillon Systems\n")

add("application_received", "Tinderbox Games", "Tom", "Games QA Engineer", "en", "hard",
    "templated but reads like personal founder note",
    frm=("Tom at Tinderbox", "noreply@workablemail.com"), subj="hey Léa, got it!",
    date="2025-09-26 23:40 +0100", hdr=AUTO,
    text="Hey Léa!\n\nTom here, I'm one of the founders. Just letting you know your application for Games QA "
         "Engineer landed safely. I read every single one myself (yes, really), so give me a week or two.\n\n"
         "Speak soon,\nTom\n")

add("application_received", "Trambus Digital GmbH", "", "QA Engineer", "de", "hard",
    "describes future interviews and possible Absage",
    frm=("Trambus Digital GmbH", "jobs@trambus.jobs.personio.de"), subj="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-03-11 09:00 +0100", hdr=AUTO,
    text="Hallo Léa\n\nVielen Dank für Ihre Bewerbung als QA Engineer. So geht es weiter: Wir prüfen Ihre "
         "Unterlagen innert zwei Wochen. Passt Ihr Profil, laden wir Sie zu einem ersten Videogespräch ein; "
         "andernfalls erhalten Sie von uns eine Absage per E-Mail.\n\nBeste Grüsse\nIhr Trambus People Team\n")

add("application_received", "Sablier Technologies", "", "QA Engineer Automatisation", "fr", "easy",
    "SmartRecruiters ack",
    frm=("Sablier Technologies", "noreply@smartrecruiters.com"), subj="Merci pour votre candidature",
    date="2026-01-08 12:12 +0100", hdr=AUTO,
    text="Bonjour Léa,\n\nMerci pour votre candidature au poste de QA Engineer Automatisation. Elle a bien été "
         "enregistrée et sera étudiée par notre équipe recrutement.\n\nSablier Technologies\n")

add("application_received", "Rivelle Retail", "", "QA Engineer – Checkout", "en", "easy", "Workable ack",
    frm=("Rivelle Retail", "noreply@workablemail.com"), subj="Application received – QA Engineer – Checkout",
    date="2026-08-20 10:30 +0100", hdr=AUTO,
    text="Hi Léa,\n\nThanks for applying to Rivelle Retail! We've received your application for QA Engineer – "
         "Checkout and will be in touch about next steps.\n\nRivelle Retail Talent\n")

add("application_received", "Médipôle Léman", "", "Ingénieur·e Qualité Logicielle", "fr", "hard",
    "'malheureusement' in ack; mentions possible refusal",
    frm=("Médipôle Léman", "rh@medipole-leman.ch"), subj="Accusé de réception",
    date="2026-04-27 08:05 +0200", hdr=AUTO,
    text="Madame,\n\nNous accusons réception de votre dossier pour le poste d'Ingénieur·e Qualité Logicielle.\n\n"
         "Malheureusement, en raison du nombre de candidatures, le traitement peut prendre jusqu'à quatre semaines. "
         "Si votre profil ne devait pas être retenu, nous vous en informerions par écrit.\n\nRessources humaines\n"
         "Médipôle Léman SA\n")

add("application_received", "Alpstream Energie AG", "", "Test Automation Engineer", "en", "easy", "Taleo ack",
    frm=("Alpstream Energie AG", "alpstream@taleo.net"), subj="Thank you for your application",
    date="2026-01-30 16:44 +0100", hdr=AUTO,
    text="Dear Léa Fontaine,\n\nThank you for your application for the position Test Automation Engineer "
         "(Job 26-0114). We confirm receipt and will review your documents carefully.\n\nAlpstream Energie AG, "
         "Human Resources\n")

add("application_received", "Ondine Software", "", "QA Engineer Automatisation", "fr", "easy",
    "job board relays ack",
    frm=("La Ruche Talents", "messages@laruche-talents.fr"), subj="Ondine Software a bien reçu votre candidature",
    date="2026-04-29 20:10 +0200", hdr=AUTO,
    text="Bonjour Léa,\n\nBonne nouvelle : Ondine Software a bien reçu votre candidature pour le poste QA Engineer "
         "Automatisation. L'équipe reviendra vers vous directement.\n\nL'équipe La Ruche Talents\n")

add("application_received", "Hexaport Logistics AG", "", "Senior QA Engineer", "en", "hard",
    "HTML only base64; FAQ mentions interviews",
    frm=("Hexaport Logistics AG", "hexaport@myworkday.com"), subj="Application submitted: Senior QA Engineer",
    date="2025-12-15 09:15 +0100", cte="base64", hdr=AUTO,
    html="<html><body><p>Dear Léa,</p><p>Your application for <b>Senior QA Engineer</b> has been submitted.</p>"
         "<h4>What happens next?</h4><p>Shortlisted candidates are usually invited to a first interview within "
         "three weeks. You can follow your status in the candidate home.</p><p>Hexaport Logistics AG</p>"
         "</body></html>")


# ----------------------------------------------------------------------------- auto replies
AR = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
add("auto_reply", "Glasswing", "Noor", "", "en", "easy", "US date format 3/16",
    frm=("Noor Haddad", "noor@glasswing.dev"), subj="Automatic reply: QA Engineer, Mobile",
    date="2026-03-09 08:01 -0400", reply=True, hdr=AR, ret="2026-03-16",
    text="Hi, I'm out of the office with limited access to email and will be back on 3/16. For urgent "
         "recruiting questions please write to talent@glasswing.dev.\n\nNoor\n")

add("auto_reply", "Ondine Software", "Sophie", "", "fr", "easy", "absence, retour daté",
    frm=("Sophie Marchetti", "sophie.marchetti@ondine-software.fr"), subj="Réponse automatique : Candidature QA",
    date="2025-12-22 10:14 +0100", reply=True, hdr=[("Auto-Submitted", "auto-replied")], ret="2026-01-05",
    text="Bonjour,\n\nJe suis absente du bureau pour les fêtes et serai de retour le lundi 5 janvier 2026.\n\n"
         "Bonne fin d'année,\nSophie Marchetti\n")

add("auto_reply", "Trambus Digital GmbH", "Reto", "", "de", "easy", "Abwesenheitsnotiz with explicit return",
    frm=("Reto Baumann", "reto.baumann@trambus.ch"), subj="Abwesenheitsnotiz: Rückfrage zum Gespräch",
    date="2026-03-13 14:30 +0100", reply=True, hdr=[("Auto-Submitted", "auto-replied")], ret="2026-03-23",
    text="Guten Tag\n\nIch bin bis einschliesslich 20.03.2026 abwesend und ab Montag, 23.03.2026, wieder im Büro. "
         "In dringenden Fällen wenden Sie sich bitte an people@trambus.ch.\n\nBeste Grüsse\nReto Baumann\n")

add("auto_reply", "Loupe Health", "Hannah", "", "en", "easy", "no longer works there; no date",
    frm=("Hannah Whitcombe", "hannah.whitcombe@loupehealth.co.uk"), subj="Automatic reply: Quick question",
    date="2026-05-04 09:00 +0100", reply=True, hdr=AR,
    text="Thank you for your email. I no longer work at Loupe Health. For recruitment matters, please contact "
         "Ravi Patel (ravi.patel@loupehealth.co.uk).\n")

add("auto_reply", "Koru Mobility", "", "", "en", "hard", "unmonitored mailbox bounce-back; no auto headers",
    frm=("Koru Mobility Recruitment", "recruitment@korumobility.co.uk"), subj="Re: QA Engineer (Ref 2291)",
    date="2026-01-28 11:22 +0000", reply=True,
    text="This mailbox is not monitored. Your message has not been read.\n\nTo check the status of your "
         "application, log in to the Koru Mobility careers portal.\n")

add("auto_reply", "Kestrelbyte", "Jordan", "", "en", "hard", "parental leave with month-level return date",
    frm=("Jordan Mbeki", "jordan@kestrelbyte.com"), subj="Out of office: Re: SDET take-home",
    date="2025-08-18 12:00 -0400", reply=True, hdr=[("X-Autoreply", "yes")], ret="2025-11-03",
    text="Hi there! I'm on parental leave and returning Monday, November 3, 2025. Your interview process is in good "
         "hands: please contact Alex Romero (alex@kestrelbyte.com) for anything related to scheduling.\n\nJordan\n")

add("auto_reply", "Cirrolux", "Yann", "", "fr", "hard", "'jusqu'au ... inclus' + date de retour; pas d'en-tête",
    frm=("Yann Chappuis", "yann.chappuis@cirrolux.ch"), subj="Absence – Re: QA Engineer – Trading Platform",
    date="2025-09-10 07:30 +0200", reply=True, ret="2025-09-22",
    text="Bonjour,\n\nJe suis en congé jusqu'au vendredi 19 septembre 2025 inclus, sans accès à ma messagerie. Je "
         "serai de retour le 22 septembre et traiterai votre message à ce moment-là.\n\nCordialement,\nYann "
         "Chappuis\n")

add("auto_reply", "Tessel Payments", "Priya", "", "en", "easy", "'returning Monday 9 March'",
    frm=("Priya Raman", "priya.raman@tesselpay.co.uk"), subj="Out of Office: Catching up",
    date="2026-03-04 16:20 +0000", reply=True, hdr=AR, ret="2026-03-09",
    text="Thanks for your message. I'm away and returning Monday 9 March. I'll reply when I'm back.\nPriya\n")

add("auto_reply", "Orvane Labs", "Ellie", "", "en", "hard", "subject mentions interview; back 'tomorrow'",
    frm=("Ellie Brandt", "ellie.brandt@orvanelabs.com"), subj="Re: Interview availability next week",
    date="2025-04-02 17:45 -0700", reply=True, hdr=[("X-Autoreply", "yes")], ret="2025-04-03",
    text="I'm out at an offsite today and back tomorrow. I'll respond to your note then.\n— Ellie\n")

add("auto_reply", "Quaiview Software GmbH", "Stefan", "", "de", "hard", "relative 'Montag'; no auto headers",
    frm=("Stefan Keller", "stefan.keller@quaiview.ch"), subj="AW: Kaffee?",
    date="2026-03-05 18:30 +0100", reply=True, ret="2026-03-09",
    text="Danke für Ihre Nachricht. Ich bin an einer Konferenz und am Montag wieder im Büro.\n\nStefan Keller\n")

add("auto_reply", "Lacustre Informatique", "Marc", "", "fr", "easy", "déplacement sans date",
    frm=("Marc Vuilleumier", "marc.vuilleumier@lacustre.ch"), subj="Réponse automatique : Entretien",
    date="2025-03-13 09:10 +0100", reply=True, hdr=AR,
    text="Ce message est une réponse automatique. Je suis actuellement en déplacement avec un accès limité à mes "
         "e-mails. Je vous répondrai dès que possible.\n\nMarc Vuilleumier\n")

add("auto_reply", "Pivotgrid", "Rosa", "", "en", "easy", "US OOO over Thanksgiving",
    frm=("Rosa Kim", "rosa.kim@pivotgrid.com"), subj="Automatic reply: Following up",
    date="2026-11-25 10:00 -0600", reply=True, hdr=AR, ret="2026-11-30",
    text="I'm out of the office through Friday, Nov 27 and will return Monday, Nov 30. Happy Thanksgiving!\nRosa\n")

add("auto_reply", "Helvetic Talent Partners", "Romain", "", "fr", "hard", "agency recruiter; 'retour le 4/08'",
    frm=("Romain Bessard", "r.bessard@helvetic-talent.ch"), subj="Absent : Re: Nouvelles missions QA",
    date="2025-07-21 08:00 +0200", reply=True, hdr=[("Auto-Submitted", "auto-replied")], ret="2025-08-04",
    text="Bonjour, je suis en vacances, retour le 4/08. Pour toute urgence : info@helvetic-talent.ch.\nRomain\n")

add("auto_reply", "Tessel Payments", "Femi", "", "en", "hard", "left company; inbox closing; no return",
    frm=("Femi Adeyemi", "femi.adeyemi@tesselpay.co.uk"), subj="Re: Referral for QA role",
    date="2025-11-05 13:00 +0000", reply=True,
    text="Hello, I have now left Tessel Payments and this inbox will be closed at the end of the month. "
         "Messages are not forwarded. For hiring questions write to careers@tesselpay.co.uk.\n")


# ----------------------------------------------------------------------------- other
def other(lang: str, diff: str, notes: str, contact: str = "", **kw: object) -> None:
    add("other", "", contact, "", lang, diff, notes, **kw)  # type: ignore[arg-type]


LU = [("List-Unsubscribe", "<https://example.net/unsubscribe>"), ("Precedence", "bulk")]
other("en", "easy", "job alert digest", frm=("JobLéman Alerts", "alerts@jobleman.ch"),
      subj="7 new QA Automation jobs near Lausanne", date="2025-02-03 06:00 +0100", hdr=LU,
      text="7 new jobs match your alert 'QA Automation, Lausanne':\n\n- Test Automation Engineer · Veltrix Medical · "
           "Épalinges\n- QA Engineer · Cirrolux · Genève\n- SDET · Brünnli Versicherungen AG · Zürich\n...\n\n"
           "Manage alerts: https://www.jobleman.ch/alerts\n")
other("fr", "hard", "newsletter: comment rebondir après un refus", frm=("La Ruche Talents", "news@laruche-talents.fr"),
      subj="Refus après entretien : comment rebondir ?", date="2025-03-27 07:30 +0100", hdr=LU,
      html="<html><body><h1>Refus après un entretien : 5 conseils pour rebondir</h1><p>« Nous ne donnerons pas "
           "suite à votre candidature »… Cette phrase, tout le monde l'a reçue. Voici comment transformer un refus "
           "en opportunité.</p><p>Aussi cette semaine : préparer un entretien technique en QA.</p></body></html>")
other("en", "hard", "podcast 'interview' with a CTO", frm=("The Flaky Test Podcast", "hello@flakytest.fm"),
      subj="New episode: our interview with Glasswing's CTO", date="2025-05-08 15:00 -0400", hdr=LU,
      text="This week we interview the CTO of Glasswing about killing flaky tests at scale. Listen now: "
           "https://flakytest.fm/ep/88\n")
other("en", "hard", "pull request closed: not moving forward", contact="Katarzyna",
      frm=("Katarzyna Nowak", "notifications@github.com"), subj="Re: [pytest-rerunx/pytest-rerunx] Add retry "
      "jitter option (PR #412)", date="2025-06-12 21:04 +0000",
      hdr=[("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/x>")],
      text="Thanks for the PR, @leafontaine. After discussion we've decided not to move forward with this change; "
           "it overlaps with #398. Closing, but happy to review a smaller version.\n\n-- \nReply to this email "
           "directly or view it on GitHub.\n")
other("fr", "hard", "dossier appartement non retenu", contact="Valérie",
      frm=("Valérie Mottier", "v.mottier@regie-lemanique.ch"), subj="Appartement 3.5 pièces – Av. de Cour 21",
      date="2025-07-02 11:40 +0200",
      text="Madame,\n\nNous vous remercions de l'intérêt porté à l'appartement de l'Avenue de Cour 21. Nous "
           "regrettons de vous informer que votre dossier n'a pas été retenu, le bailleur ayant choisi un autre "
           "candidat.\n\nMeilleures salutations,\nValérie Mottier\nRégie Lémanique\n")
other("en", "hard", "card payment declined", frm=("Posteo", "billing@posteo.de"),
      subj="Your payment was declined", date="2025-08-01 04:12 +0200", hdr=AUTO,
      text="Unfortunately your card payment for your mailbox renewal was declined. Please update your payment "
           "method within 14 days.\n")
other("de", "easy", "social network profile views", frm=("Netzwerk Pro", "notifications@netzwerkpro.com"),
      subj="Ihr Profil wurde 12 Mal angesehen", date="2025-09-21 09:00 +0200", hdr=LU,
      text="Hallo Léa, Ihr Profil wurde diese Woche 12 Mal angesehen, u. a. von Mitarbeitenden der Brünnli "
           "Versicherungen AG. Jetzt Premium testen.\n")
other("en", "hard", "conference talk proposal not accepted", contact="Elin",
      frm=("TestCon Europe Programme Committee", "cfp@testcon-europe.eu"),
      subj="TestCon Europe 2025: decision on your proposal", date="2025-06-25 10:00 +0200",
      text="Dear Léa,\n\nThank you for submitting 'Contract tests in a monolith'. Regrettably, your proposal was not "
           "accepted this year; we received over 600 submissions.\n\nElin Berg, on behalf of the Programme "
           "Committee\n")
other("fr", "hard", "amie raconte son propre entretien", contact="Chloé",
      frm=("Chloé Rey", "chloe.rey@gmail.com"), subj="mon entretien !!", date="2025-10-09 20:44 +0200",
      text="Coucou Léa,\n\nÇa y est, j'ai passé mon entretien final chez Cirrolux ce matin, je crois que ça s'est "
           "bien passé ! Ils doivent me répondre la semaine prochaine. On se fait un apéro samedi pour que je te "
           "raconte ?\n\nBisous,\nChloé\n")
other("en", "hard", "recruiter mass mailing; quick call", contact="Vikram",
      frm=("Vikram Sethi", "vikram@talentorbit-staffing.com"), subj="Urgent SDET contract – remote – quick call?",
      date="2025-11-18 03:12 -0500", hdr=BULK,
      text="Hi Candidate,\n\nI have an urgent 6-month SDET contract (Selenium/Java) for a Fortune 500 client. If "
           "interested, send your updated resume and a good time for a quick call; interviews are this week.\n\n"
           "Vikram Sethi\nTalentOrbit Staffing\n")
other("en", "easy", "marketing '20% off' offer", frm=("QualiPrep Academy", "deals@qualiprep.io"),
      subj="Offer: 20% off ISTQB Advanced prep", date="2025-12-01 12:00 +0000", hdr=LU,
      text="Cyber Monday offer: 20% off all ISTQB Advanced courses. Use code TEST20.\n")
other("fr", "hard", "demande de crédit refusée", frm=("Banque Cantonale du Lac", "noreply@bclac.ch"),
      subj="Votre demande de crédit privé", date="2026-01-19 09:30 +0100", hdr=AUTO,
      text="Madame Fontaine,\n\nNous avons examiné votre demande de crédit privé. Nous sommes au regret de ne "
           "pouvoir y donner une suite favorable.\n\nBanque Cantonale du Lac\n")
other("en", "hard", "friend forwards a posting; mentions interviews", contact="Josh",
      frm=("Josh Tan", "josh.tan@fastmail.com"), subj="Fwd: We're hiring: QA Engineer (remote EU)",
      date="2026-02-11 19:20 +0000",
      text="Saw this and thought of you! They're interviewing this week apparently, worth a shot.\nJosh\n\n"
           "---------- Forwarded message ---------\nFrom: Brightfold Careers\nSubject: We're hiring: QA Engineer "
           "(remote EU)\n\nJoin our quality team. Apply at https://brightfold.com/careers\n")
other("de", "hard", "Kita-Platz Zusage (looks like an offer)", contact="Monika",
      frm=("Monika Frei", "m.frei@kita-sonnenhof.ch"), subj="Zusage für einen Betreuungsplatz",
      date="2026-02-23 13:10 +0100",
      text="Liebe Frau Fontaine\n\nwir freuen uns, Ihnen einen Betreuungsplatz ab 1. August 2026 anbieten zu "
           "können. Bitte bestätigen Sie bis Ende März.\n\nHerzliche Grüsse\nMonika Frei\nKita Sonnenhof\n")
other("en", "easy", "Jira notification", frm=("Jira", "jira@openqa-tools.atlassian.net"),
      subj="[JIRA] (OQA-1423) Flaky login test – resolved as Won't Do", date="2026-03-02 10:01 +0000", hdr=AUTO,
      text="Ahmed Karim changed the status of OQA-1423 to Resolved (Won't Do).\n")
other("fr", "easy", "alerte emploi", frm=("La Ruche Talents", "alertes@laruche-talents.fr"),
      subj="12 nouvelles offres : Ingénieur·e QA à Lyon", date="2026-04-06 07:00 +0200", hdr=LU,
      text="12 nouvelles offres correspondent à votre recherche « Ingénieur QA, Lyon ».\n- QA Lead (H/F) · "
           "Mirabeau Mobilité\n- Testeur automatisation · Octave Mutuelle\n...\n")
other("en", "hard", "webinar on acing technical interviews", frm=("QA Guild", "events@qaguild.org"),
      subj="Webinar: How to ace your technical interview", date="2026-04-15 16:00 +0100", hdr=LU,
      text="Join us Thursday for a live session on technical interviews for testers, plus how to negotiate an "
           "offer. Register: https://qaguild.org/webinars/42\n")
other("en", "hard", "volunteer application received (not a job)",
      frm=("Romandie Testing Day", "volunteers@romandie-testing.ch"),
      subj="We received your volunteer application", date="2026-05-20 12:00 +0200", hdr=AUTO,
      text="Thanks for applying to volunteer at Romandie Testing Day 2026! We'll confirm shifts in June.\n")
other("fr", "hard", "admission formation continue", contact="Hélène",
      frm=("Hélène Cattin", "formation.continue@heig-lac.ch"), subj="Admission CAS Ingénierie logicielle",
      date="2026-06-15 14:00 +0200",
      text="Madame,\n\nNous avons le plaisir de vous annoncer que votre candidature au CAS Ingénierie logicielle est "
           "acceptée. Les cours débutent le 18 septembre 2026.\n\nHélène Cattin\nFormation continue\n")
other("en", "easy", "exam receipt", frm=("ISTQB Exam Centre", "receipts@istqb-exams.org"),
      subj="Receipt for your CTAL-TAE exam booking", date="2026-06-22 08:00 +0200", hdr=AUTO,
      text="Receipt #88213\nCTAL-TAE exam, 14 July 2026 – CHF 290.00 paid by card.\n")
other("en", "hard", "candidate experience survey after interview",
      frm=("Tinderbox Games", "surveys@greenhouse.io"), subj="How was your interview experience?",
      date="2026-05-02 10:00 +0100", hdr=AUTO,
      text="Hi Léa, you recently interviewed with Tinderbox Games. Tell us about your experience in a 2-minute "
           "anonymous survey: https://survey.greenhouse.io/x/77\n")
other("de", "easy", "invoice", frm=("Posteo", "rechnung@posteo.de"), subj="Ihre Rechnung von Posteo",
      date="2026-07-01 03:00 +0200", hdr=AUTO, text="Guten Tag, anbei Ihre Rechnung für Juli 2026: 1,00 EUR.\n")
other("en", "hard", "hackathon team not selected", frm=("Lakeside Hack", "team@lakesidehack.ch"),
      subj="Lakeside Hack 2026 results", date="2026-08-31 18:00 +0200",
      text="Hi Léa, thanks for taking part! Unfortunately your team was not selected as a finalist. We'd love to "
           "see you next year.\n")
other("fr", "easy", "offre club de sport", frm=("Club Nautique Ouchy", "info@cno-ouchy.ch"),
      subj="Offre de rentrée : -30 % sur l'abonnement", date="2026-09-01 09:00 +0200", hdr=LU,
      text="Profitez de notre offre de rentrée : -30 % sur l'abonnement annuel jusqu'au 30 septembre.\n")
other("en", "hard", "friend got an offer", contact="Priscilla",
      frm=("Priscilla Owusu", "priscilla.owusu@proton.me"), subj="I GOT THE OFFER",
      date="2026-10-14 22:10 +0100",
      text="Léa!!! They made me an offer this afternoon, senior QA at a fintech in London. Drinks on me when you're "
           "over. Also happy to refer you, they're still hiring.\nP.\n")
other("de", "hard", "career newsletter about Absagen", frm=("Karriere Kompass", "newsletter@karrierekompass.ch"),
      subj="Absagen richtig lesen – und was danach kommt", date="2026-11-03 07:00 +0100", hdr=LU,
      html="<html><body><h2>Absagen richtig lesen</h2><p>« Leider müssen wir Ihnen mitteilen… » – was steckt hinter "
           "den Standardformulierungen? Plus: Tipps fürs Vorstellungsgespräch.</p></body></html>")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    order = list(M)
    random.Random(39).shuffle(order)  # file order must not reveal the label
    for i, m in enumerate(order, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, m))
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"], "return_date": m["ret"],
                     "lang": m["lang"], "difficulty": m["diff"], "notes": m["notes"], "interview_at": m["iat"]})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
