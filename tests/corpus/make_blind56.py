"""Generate the blind56 evaluation corpus (job seeker: Camille Rousseau, Paris).

Stdlib only. Writes tests/corpus/blind56/NNN.eml and labels.csv.
Run: python tests/corpus/make_blind56.py
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
import random
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind56"
ME = "Camille Rousseau <camille.rousseau.fin@gmail.com>"
ME_ADDR = "camille.rousseau.fin@gmail.com"
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date",
        "lang", "difficulty", "notes", "interview_at"]
MSGS: list[dict] = []
FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def M(label: str, company: str, first: str, role: str, lang: str, diff: str, notes: str,
      frm: str, subj: str, date: str, body: str, **kw: object) -> None:
    MSGS.append(dict(label=label, company=company, first=first, role=role, lang=lang,
                     diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body, **kw))


def _to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    inner = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,"
            "sans-serif;font-size:14px\">\n" + inner + "</body></html>\n")


def _ics(start: str, end: str, summary: str, organizer: str, uid: str, tz: str = "Europe/Paris",
         location: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tz}:{start}\r\nDTEND;TZID={tz}:{end}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        f"ORGANIZER;CN=Organizer:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def build(i: int, m: dict) -> EmailMessage:
    msg = EmailMessage()
    frm = str(m["frm"])
    dom = frm.split("@")[-1].rstrip(">").strip()
    dt = datetime.strptime(str(m["date"]), "%Y-%m-%d %H:%M %z")
    seed = hashlib.sha1(f"blind56-{i}".encode()).hexdigest()
    msg["From"] = frm
    msg["To"] = m.get("to", ME)
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{seed[:20]}.{seed[20:28]}@{dom}>"
    if m.get("irt"):
        ref = f"<{seed[28:]}-{seed[:6]}@mail.gmail.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in dict(m.get("hdr", {})).items():
        msg[k] = v
    fmt = m.get("fmt", "plain")
    cte = m.get("cte")
    body = str(m["body"]).strip("\n") + "\n"
    if fmt == "html":
        html = str(m.get("html") or _to_html(body))
        if cte:
            msg.set_content(html, subtype="html", cte=cte)
        else:
            msg.set_content(html, subtype="html")
    else:
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
        if fmt == "alt":
            msg.add_alternative(str(m.get("html") or _to_html(body)), subtype="html")
    if m.get("ics"):
        msg.add_attachment(str(m["ics"]), subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"})
    if m.get("pdf"):
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf",
                           filename=str(m["pdf"]))
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b56_{seed[:12]}_{n}")  # deterministic output
    return msg


# ---------------------------------------------------------------- rejection
M("rejection", "Banque Valmont", "", "Analyste Financier Junior (H/F)", "fr", "easy",
  "Workday refusal, French",
  "Banque Valmont <valmont@myworkday.com>",
  "Votre candidature – Analyste Financier Junior (H/F)", "2025-02-11 17:42 +0100",
  """Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez à Banque Valmont et pour votre candidature au poste d'Analyste Financier Junior (H/F).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Banque Valmont S.A. – 12 rue de la Paix, 75002 Paris

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
  hdr={"Auto-Submitted": "auto-generated"})

M("rejection", "Orsay Asset Management", "", "Investment Analyst, Multi-Asset", "en", "easy",
  "Greenhouse template; 'more closely matches'",
  "Orsay Asset Management <no-reply@us.greenhouse-mail.io>",
  "Your application to Orsay Asset Management", "2025-03-04 10:05 +0000",
  """Dear Camille,

Thank you for applying for the Investment Analyst, Multi-Asset position at Orsay Asset Management. We genuinely appreciate the time you took to share your background with us.

We have reviewed your application carefully and have decided to pursue other applicants whose experience more closely matches what the team needs right now.

We wish you every success with your search.

Talent Acquisition
Orsay Asset Management""", fmt="alt")

M("rejection", "Hollis & Marchetti Consulting", "Julien", "Senior Consultant – Finance Transformation", "en", "hard",
  "after final round; 'went a different direction' plus keep in touch; mentions partner interview",
  "Julien Marchand <j.marchand@hm-consult.eu>",
  "Following up on Thursday", "2025-04-14 19:21 +0200",
  """Camille,

Thanks again for making the time for the partner interview on Thursday and for the very thoughtful case write-up. I wanted you to hear this from me rather than from a template: after a long discussion, the partners went a different direction and chose someone who has already led a finance-function redesign end to end.

That is not a comment on your ability. Several of us were impressed, and I'd genuinely like to stay in touch; our Brussels team is likely to open a similar position later this year and I would be happy to put your name forward.

Warmly,
Julien Marchand
Manager, Finance Transformation
Hollis & Marchetti Consulting LLP | 40 avenue Hoche, Paris""", cte="quoted-printable")

M("rejection", "Assurances Mirabeau", "Sophie", "Contrôleur de gestion (H/F)", "fr", "hard",
  "cabinet de recrutement writing about its client; 'profil plus senior'",
  "Sophie Lambert <sophie.lambert@hargreave-recrutement.fr>",
  "RE: Poste Contrôleur de gestion – notre client", "2025-05-06 12:10 +0200",
  """Bonjour Camille,

Je reviens vers vous concernant le poste de Contrôleur de gestion (H/F) chez notre client Assurances Mirabeau.

J'ai eu le retour de la DAF ce matin : ils ont finalement retenu un profil plus senior, avec une expérience de clôture IFRS 17 déjà opérationnelle. Votre candidature ne sera donc pas poursuivie sur ce poste.

Je garde évidemment votre dossier en tête pour d'autres missions, je vous rappelle dès que j'ai quelque chose d'adapté.

Bien à vous,
Sophie Lambert
Consultante senior – Finance & Assurance
Hargreave Recrutement""", irt=True)

M("rejection", "Brabant Assurances", "", "Actuarial Financial Analyst", "en", "easy",
  "SmartRecruiters; 'won't be progressing'",
  "Brabant Assurances <noreply@smartrecruiters.com>",
  "Update on your application – Actuarial Financial Analyst", "2025-05-22 09:30 +0200",
  """Hello Camille,

Thank you for your interest in the Actuarial Financial Analyst role at Brabant Assurances SA/NV in Brussels.

We received a large number of strong applications. On this occasion we won't be progressing your application further.

Your profile will remain in our database, and you are welcome to apply for future openings.

Kind regards,
Brabant Assurances Recruitment""")

M("rejection", "Kessler Rückversicherung AG", "", "Finanzanalyst (m/w/d)", "de", "easy",
  "German template",
  "Kessler Rückversicherung AG <karriere@kessler-re.lu>",
  "Ihre Bewerbung als Finanzanalyst (m/w/d)", "2025-06-03 14:12 +0200",
  """Sehr geehrte Frau Rousseau,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Rückversicherung AG.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kessler Rückversicherung AG, Luxemburg""", cte="quoted-printable")

M("rejection", "Lumière Gestion", "Hélène", "Analyste gestion de portefeuille", "fr", "hard",
  "very short; internal hire; no refusal keywords",
  "Hélène Garnier <h.garnier@lumiere-gestion.fr>",
  "Re: Analyste gestion de portefeuille", "2025-06-18 08:47 +0200",
  """Bonjour Camille,

Petit mot rapide : le poste a finalement été pourvu en interne, par quelqu'un de l'équipe taux. Merci encore pour nos échanges, c'était un plaisir.

Hélène""", irt=True)

M("rejection", "Moselle Private Bank", "Thomas", "Credit Analyst – Private Banking", "en", "hard",
  "reply to thank-you note; quoted part is the interview invitation",
  "Thomas Weber <thomas.weber@mosellepb.lu>",
  "Re: Thank you – Credit Analyst interview", "2025-07-09 16:03 +0200",
  """Dear Camille,

Thank you for your kind note. I'm sorry to say that we have decided to offer the role to a candidate with more Luxembourg lending experience, so we will not be taking your application forward.

I enjoyed our conversation and wish you all the best.

Regards,
Thomas Weber
Head of Credit, Moselle Private Bank S.A.

-----Original Message-----
From: Thomas Weber
Sent: Tuesday, June 24, 2025 10:12
To: Camille Rousseau
Subject: Interview – Credit Analyst – Private Banking

Dear Camille,
We would be pleased to invite you to an interview on Monday 30 June at 11:00 in our offices at 2 boulevard Royal. Please confirm whether this suits you.
Thomas""", irt=True)

M("rejection", "Fontenay Industries", "", "Analyste FP&A (H/F)", "fr", "easy",
  "Teamtailor refusal, HTML only",
  "Fontenay Industries <no-reply@teamtailor-mail.com>",
  "Fontenay Industries – suite donnée à votre candidature", "2025-07-15 11:20 +0200",
  """Bonjour Camille,

Merci d'avoir postulé au poste d'Analyste FP&A (H/F) chez Fontenay Industries.

Nous avons le regret de vous annoncer que votre candidature n'a pas été retenue pour la suite du processus.

Nous vous remercions pour le temps consacré et vous souhaitons le meilleur pour la suite.

L'équipe Talent – Fontenay Industries SA""", fmt="html")

M("rejection", "Sablon Capital Partners", "Pieter", "Private Equity Associate", "en", "hard",
  "'this one didn't work out' plus referral offer",
  "Pieter Janssens <pj@sabloncap.be>",
  "Associate role", "2025-09-02 21:14 +0200",
  """Hi Camille,

I wanted to close the loop. This one didn't work out: the investment committee wanted someone with two full deal cycles behind them, and we went with that profile.

If it's useful, one of our portfolio companies in Ghent is looking for a finance manager. Happy to introduce you, just say the word.

— Pieter""")

M("rejection", "Nordhaven Insurance", "", "Finance Business Partner", "en", "easy",
  "iCIMS HTML only; 'not the right match at this time'",
  "Nordhaven Insurance Careers <careers-noreply@icims.com>",
  "Nordhaven Insurance: Finance Business Partner (Req 4471)", "2025-09-10 08:02 +0100",
  """Dear Camille Rousseau,

Thank you for considering Nordhaven Insurance plc for the Finance Business Partner position (Req 4471).

After reviewing your background against the requirements of the role, we have concluded that it is not the right match at this time.

We encourage you to keep an eye on our careers site for other openings.

Nordhaven Insurance Talent Team
This mailbox is not monitored.""", fmt="html", cte="base64",
  hdr={"Auto-Submitted": "auto-generated"})

M("rejection", "Altessa Conseil", "Marc", "Consultant Senior Performance Financière", "fr", "hard",
  "after final interview; mentions 'proposition' made to another candidate",
  "Marc Tessier <marc.tessier@altessa-conseil.fr>",
  "Suite à notre entretien final", "2025-09-26 18:35 +0200",
  """Bonjour Camille,

Je tenais à vous remercier pour votre implication tout au long du processus et pour l'entretien final de mardi avec les associés.

Le choix a été très serré. Nous avons toutefois fait une proposition à un autre candidat, qui l'a acceptée ce matin. Je suis sincèrement désolé de ne pas pouvoir vous donner une réponse positive.

Je me permets de garder votre CV : nous ouvrirons sans doute d'autres postes en 2026.

Bien cordialement,
Marc Tessier
Directeur associé – Altessa Conseil""", fmt="alt")

M("rejection", "Vauban Mutuelle", "", "Analyste Solvabilité II (H/F)", "fr", "easy",
  "Taleo template",
  "Vauban Mutuelle <recrutement@taleo.net>",
  "Réponse à votre candidature – Réf. 25-0418", "2025-10-08 10:00 +0200",
  """Madame,

Nous avons bien étudié votre candidature au poste d'Analyste Solvabilité II (H/F), réf. 25-0418.

Malgré l'intérêt de votre parcours, votre profil ne correspond pas aux attentes du poste et nous ne pouvons y donner une suite favorable.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Vauban Mutuelle""")

M("rejection", "Rheinblick Asset Management GmbH", "Stefan", "Portfolio Analyst", "de", "hard",
  "personal German note; mentions the Gespräch",
  "Stefan Vogt <stefan.vogt@rheinblick-am.de>",
  "Unser Gespräch vom Freitag", "2025-10-20 09:15 +0200",
  """Liebe Frau Rousseau,

herzlichen Dank nochmals für das angenehme Gespräch am Freitag. Wir haben uns inzwischen für eine Kandidatin entschieden, die bereits in Frankfurt im Fixed-Income-Research tätig ist.

Ich hätte Sie gern im Team gesehen und würde mich freuen, wenn wir in Kontakt bleiben.

Beste Grüße
Stefan Vogt
Rheinblick Asset Management GmbH""", cte="quoted-printable")

M("rejection", "Eiffel Ridge Advisory", "Chloé", "M&A Analyst", "en", "hard",
  "agency recruiter forwards partner's decision; Fwd",
  "=?utf-8?q?Chlo=C3=A9_Bertin?= <chloe.bertin@kinross-search.com>",
  "Fwd: Camille R. – M&A Analyst", "2025-11-04 13:28 +0100",
  """Hi Camille,

Forwarding the feedback I received from Eiffel Ridge below. I'm sorry it isn't better news. Let's speak this week about the other two mandates.

Chloé

---------- Forwarded message ---------
From: Arnaud Delcourt <adelcourt@eiffelridge.com>
Date: Mon, 3 Nov 2025 at 19:02
Subject: Camille R. – M&A Analyst
To: Chloé Bertin <chloe.bertin@kinross-search.com>

Chloé, thanks for introducing Camille. Strong technicals in the modelling test, but we need someone who can run a sell-side data room from day one. We'll pass on her for the M&A Analyst seat.
Arnaud Delcourt
Partner, Eiffel Ridge Advisory LLP""")

M("rejection", "Crédit Fauvelle", "", "Analyste Risque de Crédit (H/F)", "fr", "hard",
  "post-interview ATS refusal; mentions entretien and prochaines étapes; base64",
  "Crédit Fauvelle Recrutement <ne-pas-repondre@credit-fauvelle.fr>",
  "Votre candidature chez Crédit Fauvelle", "2025-11-19 17:05 +0100",
  """Bonjour Camille,

Merci pour le temps que vous nous avez accordé lors de vos entretiens pour le poste d'Analyste Risque de Crédit (H/F).

Nous avons rencontré plusieurs candidats de grande qualité. À l'issue de ces échanges, nous avons choisi de ne pas vous proposer de passer aux prochaines étapes.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.

La Direction des Talents
Crédit Fauvelle""", cte="base64")

M("rejection", "Maison Castel", "", "Contrôleur Financier Junior", "fr", "easy",
  "Workable template",
  "Maison Castel <noreply@candidates.workablemail.com>",
  "Maison Castel – Contrôleur Financier Junior", "2025-12-02 09:41 +0100",
  """Bonjour Camille,

Merci de l'intérêt que vous portez à Maison Castel.

Nous avons choisi de poursuivre avec d'autres candidats pour le poste de Contrôleur Financier Junior. Nous vous souhaitons bonne chance dans vos démarches.

Cordialement,
L'équipe Recrutement Maison Castel""")

M("rejection", "Trévise Finance", "Amélie", "Treasury Analyst", "en", "hard",
  "culture-fit praise; CV kept on file; no explicit 'no' keyword",
  "=?utf-8?q?Am=C3=A9lie_Roux?= <amelie.roux@trevise-finance.com>",
  "Treasury Analyst – where we landed", "2026-01-13 15:50 +0100",
  """Hi Camille,

Thank you for the conversations over the past few weeks. Everyone who met you felt you'd be a great fit for the company; where we landed is that the Treasury Analyst seat needs deeper cash-pooling experience than you have today, so we've chosen a different candidate for it.

We'll hold onto your CV and I'll reach out directly if something closer to your background opens up.

Best,
Amélie Roux
Talent Partner | Trévise Finance""", fmt="alt", cte="quoted-printable")

M("rejection", "Pellerin Énergie", "", "Analyste Corporate Finance", "fr", "hard",
  "refusal mentioning 'vivier de talents' (could be read as on hold)",
  "Pellerin Énergie – Carrières <carrieres@pellerin-energie.com>",
  "Votre candidature : Analyste Corporate Finance", "2026-01-27 10:30 +0100",
  """Bonjour Camille,

Nous vous remercions pour votre candidature au poste d'Analyste Corporate Finance au sein de la Direction Financière de Pellerin Énergie.

Nous avons décidé de ne pas poursuivre le processus avec vous pour ce poste. Avec votre accord, nous intégrons votre profil à notre vivier de talents afin de pouvoir vous recontacter lors de futurs recrutements.

Bien cordialement,
Direction des Ressources Humaines – Pellerin Énergie SA""", fmt="alt")

M("rejection", "Luxinvest Fund Services", "", "Fund Accountant", "en", "easy",
  "Personio template",
  "Luxinvest Fund Services <jobs@luxinvest.jobs.personio.de>",
  "Your application as Fund Accountant", "2026-02-10 11:11 +0100",
  """Dear Camille Rousseau,

Thank you for your application for the position of Fund Accountant.

After careful consideration we have decided not to move forward with your application. We wish you all the best for your future career.

Kind regards
HR Team
Luxinvest Fund Services S.A.""")

M("rejection", "Groupe Aubrac", "Nadia", "Analyste Consolidation", "fr", "hard",
  "after case study; no refusal keywords; 'préféré un profil'",
  "Nadia Benali <nadia.benali@groupe-aubrac.fr>",
  "Re: Étude de cas – Analyste Consolidation", "2026-03-05 18:02 +0100",
  """Bonjour Camille,

Merci pour votre restitution de l'étude de cas lundi, très claire.

Le comité a finalement préféré un profil ayant davantage d'expérience en consolidation statutaire sous Magnitude. Je sais que ce n'est pas la réponse que vous attendiez.

Au plaisir de se recroiser,
Nadia

Nadia Benali
Responsable Consolidation | Groupe Aubrac""", irt=True)

M("rejection", "Ardennes Capital", "Olivia", "Junior Portfolio Manager", "en", "hard",
  "agency recruiter about client; 'Ardennes said no' phrasing",
  "Olivia Grant <olivia.grant@talentis-finance.com>",
  "Ardennes Capital feedback", "2026-03-24 12:44 +0100",
  """Hi Camille,

Just off the phone with Ardennes Capital. Unfortunately they've said no for the Junior Portfolio Manager role: they liked you, but they're going with an internal analyst who already knows their Luxembourg funds.

Don't be discouraged; your interview feedback was good and I'll use it when I present you elsewhere.

Speak soon,
Olivia Grant
Talentis Finance | Luxembourg & Brussels""")

M("rejection", "Quai Ouest Banque Privée", "", "Analyste Financier – Banque Privée", "fr", "easy",
  "Lever template",
  "Quai Ouest Banque Privée <no-reply@hire.lever.co>",
  "Quai Ouest Banque Privée | Analyste Financier – Banque Privée", "2026-04-15 09:26 +0200",
  """Bonjour Camille,

Suite à l'examen attentif de votre candidature pour le poste d'Analyste Financier – Banque Privée, nous sommes au regret de vous informer que nous ne pourrons pas donner suite.

Merci de l'intérêt porté à Quai Ouest Banque Privée.

L'équipe Recrutement""", fmt="alt")

M("rejection", "Baxter Lorne & Co.", "", "Valuation Analyst", "en", "easy",
  "Jobvite template; Co. kept",
  "Baxter Lorne & Co. <notifications@jobvite.com>",
  "Regarding your Valuation Analyst application", "2026-05-06 15:00 +0200",
  """Dear Camille,

Thank you for applying to Baxter Lorne & Co. for the Valuation Analyst role in Paris.

We regret to let you know that we have filled this position with another candidate.

Sincerely,
Baxter Lorne & Co. Recruiting""", fmt="html")

M("rejection", "Corvina Payments", "Lena", "Corporate Finance Analyst", "en", "hard",
  "'extended an offer' to someone else; warm tone",
  "Lena Hoffmann <lena@corvinapay.com>",
  "Corporate Finance Analyst – update", "2026-06-16 17:19 +0200",
  """Hi Camille,

Thanks for your patience while we wrapped up the process. We've extended an offer to another finalist, and she accepted yesterday.

You were a close second, and I mean that. If you're open to it, I'd like to keep you in mind for the FP&A opening we expect in the autumn.

Lena Hoffmann
Head of Corporate Finance, Corvina Payments""")

M("rejection", "Ferrand Wealth Partners", "", "Wealth Planning Analyst", "en", "easy",
  "Ashby template after interview",
  "Ferrand Wealth Partners <no-reply@ashbyhq.com>",
  "Your application to Ferrand Wealth Partners", "2026-08-04 10:45 +0200",
  """Hi Camille,

Thank you for interviewing for the Wealth Planning Analyst role. Unfortunately, we will not be moving forward with your candidacy at this time.

We appreciate your interest in Ferrand Wealth Partners.

The Ferrand Wealth Partners Hiring Team""", fmt="alt")

# ---------------------------------------------------------------- on_hold
M("on_hold", "Banque Valmont", "Claire", "Analyste Trésorerie", "fr", "easy",
  "explicit gel des recrutements",
  "Claire Dumas <claire.dumas@banque-valmont.fr>",
  "Poste d'Analyste Trésorerie – gel des recrutements", "2025-03-27 11:02 +0100",
  """Bonjour Camille,

Je dois malheureusement vous informer que la banque a décidé un gel des recrutements jusqu'à nouvel ordre. Le processus pour le poste d'Analyste Trésorerie est donc suspendu, indépendamment de votre candidature, qui nous avait beaucoup plu.

Je reviendrai vers vous dès que le recrutement pourra reprendre.

Cordialement,
Claire Dumas
Chargée de recrutement – Banque Valmont""")

M("on_hold", "Orsay Asset Management", "Rachel", "Risk Analyst", "en", "hard",
  "'pausing this search' during reorg; 'keep your details' reads like rejection",
  "Rachel Moore <rachel.moore@orsay-am.com>",
  "Risk Analyst search", "2025-04-29 09:10 +0100",
  """Hi Camille,

A quick and slightly awkward update: with the risk and performance teams being merged next quarter, we're pausing this search until the new structure is settled. None of this reflects on you; the panel's feedback after your interview was very positive.

I'll keep your details and come back to you as soon as the role is confirmed in the new organisation.

Best,
Rachel""")

M("on_hold", "Assurances Mirabeau", "Sophie", "Analyste Reporting Financier (H/F)", "fr", "hard",
  "agency: client suspended hiring after reorganisation",
  "Sophie Lambert <sophie.lambert@hargreave-recrutement.fr>",
  "Assurances Mirabeau – point sur le poste", "2025-08-28 16:40 +0200",
  """Bonjour Camille,

Notre client Assurances Mirabeau vient de m'annoncer qu'il suspend le recrutement de l'Analyste Reporting Financier (H/F) : une réorganisation de la direction financière est en cours et le périmètre du poste doit être revu.

Ce n'est donc pas un refus. Je vous tiens informée dès qu'ils relancent, normalement à la rentrée de janvier.

Belle journée,
Sophie Lambert
Hargreave Recrutement""")

M("on_hold", "Brabant Assurances", "", "Reporting Analyst", "en", "easy",
  "requisition cancelled; ATS",
  "Brabant Assurances <noreply@smartrecruiters.com>",
  "Reporting Analyst – position cancelled", "2025-10-01 14:00 +0200",
  """Hello Camille,

We are writing to let you know that the Reporting Analyst requisition you applied to has been cancelled by the business and the position will not be filled.

This decision is unrelated to your profile. Should the role be reopened, we will let you know.

Brabant Assurances Recruitment""")

M("on_hold", "Fontenay Industries", "Julie", "Contrôleur de gestion industriel (H/F)", "fr", "hard",
  "'le poste n'est plus ouvert' after budget review; reads like refusal",
  "Julie Perrin <julie.perrin@fontenay-industries.com>",
  "Re: Contrôleur de gestion industriel", "2025-11-12 10:18 +0100",
  """Bonjour Camille,

Suite aux arbitrages budgétaires de fin d'année, le poste de Contrôleur de gestion industriel (H/F) n'est plus ouvert pour le moment. Nous ne pouvons donc pas poursuivre le processus, alors même que votre entretien avec le directeur d'usine s'était très bien passé.

Si le budget est réouvert au premier trimestre, je vous recontacterai en priorité.

Julie Perrin
RH – Fontenay Industries""", irt=True)

M("on_hold", "Kessler Rückversicherung AG", "Anna", "Controller (m/w/d)", "de", "easy",
  "German; Einstellungsstopp",
  "Anna Schmitt <anna.schmitt@kessler-re.lu>",
  "Ihre Bewerbung – Controller (m/w/d)", "2025-12-09 15:30 +0100",
  """Sehr geehrte Frau Rousseau,

aufgrund eines konzernweiten Einstellungsstopps müssen wir das Besetzungsverfahren für die Position Controller (m/w/d) vorerst aussetzen. Dies hat nichts mit Ihrer Qualifikation zu tun.

Wir melden uns, sobald die Stelle wieder freigegeben wird.

Mit freundlichen Grüßen
Anna Schmitt
HR Business Partner, Kessler Rückversicherung AG""")

M("on_hold", "Sablon Capital Partners", "Pieter", "Investment Analyst", "en", "hard",
  "fundraise delay; 'on ice'; no standard hold wording",
  "Pieter Janssens <pj@sabloncap.be>",
  "Re: Investment Analyst – next steps?", "2026-02-18 08:05 +0100",
  """Camille,

Honest answer to your question: Fund III's first close has slipped, and until it lands we've put the analyst hire on ice. I expect we'll pick it back up around Q3. You'd be the first person I call.

Pieter""", irt=True)

M("on_hold", "Luxinvest Fund Services", "", "Transfer Agency Analyst", "en", "easy",
  "put on hold due to budget; ATS",
  "Luxinvest Fund Services <jobs@luxinvest.jobs.personio.de>",
  "Transfer Agency Analyst – recruitment on hold", "2026-04-07 10:00 +0200",
  """Dear Camille Rousseau,

We would like to inform you that the recruitment for the Transfer Agency Analyst position has been put on hold due to budget constraints.

Your application remains in our system, and we will contact you if the process resumes.

Kind regards
HR Team
Luxinvest Fund Services S.A.""")

M("on_hold", "Altessa Conseil", "Marc", "Consultant Trésorerie", "fr", "hard",
  "client mission cancelled so position cancelled; 'malheureusement'",
  "Marc Tessier <marc.tessier@altessa-conseil.fr>",
  "Consultant Trésorerie – mauvaise nouvelle", "2026-05-20 19:12 +0200",
  """Bonjour Camille,

Malheureusement, le client pour lequel nous recrutions le Consultant Trésorerie a annulé la mission la semaine dernière. Sans cette mission, nous n'avons plus de besoin immédiat et le poste est annulé.

Ce n'est absolument pas lié à votre candidature. Dès qu'un projet comparable se signe, je reviens vers vous.

Marc""")

M("on_hold", "Maison Castel", "", "Analyste Financier Retail", "fr", "easy",
  "recrutement mis en pause",
  "Maison Castel <noreply@candidates.workablemail.com>",
  "Mise en pause du recrutement – Analyste Financier Retail", "2026-07-01 09:00 +0200",
  """Bonjour Camille,

Nous vous informons que le recrutement pour le poste d'Analyste Financier Retail est mis en pause pour une durée indéterminée.

Votre candidature reste enregistrée ; nous reprendrons contact avec vous si le processus redémarre.

L'équipe Recrutement Maison Castel""")

# ---------------------------------------------------------------- interview
M("interview", "Banque Valmont", "Claire", "Analyste Financier Junior (H/F)", "fr", "easy",
  "explicit date and hour, French",
  "Claire Dumas <claire.dumas@banque-valmont.fr>",
  "Convocation à un entretien – Analyste Financier Junior", "2025-03-10 10:15 +0100",
  """Bonjour Camille,

Votre candidature a retenu notre attention et nous souhaitons vous rencontrer pour un entretien le mardi 18 mars 2025 à 14h30, dans nos locaux du 12 rue de la Paix (Paris 2e). L'entretien durera environ une heure, avec moi-même et le responsable de l'équipe.

Merci de me confirmer votre présence.

Cordialement,
Claire Dumas
Chargée de recrutement – Banque Valmont""", iat="2025-03-18T14:30:00+01:00")

M("interview", "Orsay Asset Management", "Rachel", "Risk Analyst", "en", "easy",
  "Calendly link; no fixed time",
  "Rachel Moore <rachel.moore@orsay-am.com>",
  "Risk Analyst – let's find a time", "2025-04-02 14:33 +0100",
  """Hi Camille,

Thanks for applying for the Risk Analyst role. I'd like to set up a 30-minute video interview with you and our Head of Risk.

Please pick any slot that works for you here: https://calendly.com/rachel-moore-orsay/risk-analyst-interview

Best,
Rachel Moore
Talent Acquisition, Orsay Asset Management""")

M("interview", "Hollis & Marchetti Consulting", "Julien", "Senior Consultant – Finance Transformation", "en", "hard",
  "relative date 'Thursday at 10:00 Paris time'; called a case discussion",
  "Julien Marchand <j.marchand@hm-consult.eu>",
  "Case discussion Thursday", "2025-04-07 17:50 +0200",
  """Hi Camille,

Great speaking with you today. As discussed, the next step is a case discussion with two of our partners: Thursday at 10:00 Paris time, at our office on avenue Hoche (4th floor, ask for me at reception). Plan for 90 minutes.

You'll get the case on arrival; no preparation needed beyond a calculator.

Julien""", iat="2025-04-10T10:00:00+02:00")

M("interview", "Assurances Mirabeau", "Sophie", "Contrôleur de gestion (H/F)", "fr", "hard",
  "agency relays client's wish to meet; list of slots",
  "Sophie Lambert <sophie.lambert@hargreave-recrutement.fr>",
  "Assurances Mirabeau souhaite vous rencontrer", "2025-04-16 09:25 +0200",
  """Bonjour Camille,

Bonne nouvelle : notre client Assurances Mirabeau souhaite vous rencontrer pour le poste de Contrôleur de gestion (H/F). La DAF propose les créneaux suivants :
- mercredi 23 avril à 10h
- jeudi 24 avril à 15h
- vendredi 25 avril à 9h30

Pouvez-vous me dire lequel vous convient ? Je m'occupe de la confirmation.

Sophie Lambert
Hargreave Recrutement""")

M("interview", "Brabant Assurances", "Elise", "Actuarial Financial Analyst", "en", "easy",
  "calendar invitation with text/calendar part",
  "Elise Peeters <elise.peeters@brabant-assurances.be>",
  "Invitation: Interview – Actuarial Financial Analyst @ Wed 14 May 2025 11:00 – 12:00 (CEST)", "2025-05-07 13:00 +0200",
  """Elise Peeters has invited you to an interview.

When: Wednesday 14 May 2025, 11:00 – 12:00 (Brussels, CEST)
Where: Microsoft Teams

Interview with Elise Peeters (HR) and Koen Maes (Head of Actuarial Reporting).""", fmt="alt",
  ics=_ics("20250514T110000", "20250514T120000", "Interview – Actuarial Financial Analyst",
           "elise.peeters@brabant-assurances.be", "b56-brabant-01", tz="Europe/Brussels",
           location="Microsoft Teams"),
  iat="2025-05-14T11:00:00+02:00")

M("interview", "Kessler Rückversicherung AG", "Anna", "Finanzanalyst (m/w/d)", "de", "easy",
  "German Vorstellungsgespräch with date",
  "Anna Schmitt <anna.schmitt@kessler-re.lu>",
  "Einladung zum Vorstellungsgespräch", "2025-05-30 11:40 +0200",
  """Sehr geehrte Frau Rousseau,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Finanzanalyst (m/w/d) einzuladen:

Donnerstag, 12. Juni 2025, 10:00 Uhr
Kessler Rückversicherung AG, 8 rue Eugène Ruppert, Luxemburg

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Anna Schmitt
HR Business Partner""", iat="2025-06-12T10:00:00+02:00")

M("interview", "Lumière Gestion", "Hélène", "Analyste gestion de portefeuille", "fr", "hard",
  "informal 'un café' demain 9h; relative date; no word entretien",
  "Hélène Garnier <h.garnier@lumiere-gestion.fr>",
  "Un café demain ?", "2025-05-14 18:20 +0200",
  """Bonjour Camille,

Merci pour votre message. Je serais ravie d'en discuter de vive voix : seriez-vous disponible pour un café demain à 9h, au Café de la Bourse (place de la Bourse) ? On parlera du poste d'Analyste gestion de portefeuille et de la façon dont l'équipe travaille.

À demain j'espère,
Hélène Garnier
Gérante actions – Lumière Gestion""", iat="2025-05-15T09:00:00+02:00")

M("interview", "Sablon Capital Partners", "Pieter", "Private Equity Associate", "en", "hard",
  "take-home LBO model plus review session, slots to choose",
  "Pieter Janssens <pj@sabloncap.be>",
  "Modelling exercise", "2025-08-11 08:30 +0200",
  """Hi Camille,

Next step for the Associate role: attached you'll find a short LBO case. Please send your model back within 72 hours. We'll then walk through it together with two of the partners for about an hour; let me know which works best: 20, 21 or 22 August, any time after 14:00.

— Pieter""", pdf="Sablon_LBO_case.pdf")

M("interview", "Nordhaven Insurance", "", "Finance Business Partner", "en", "easy",
  "GoodTime scheduling link for panel",
  "Nordhaven Insurance <scheduling@goodtime.io>",
  "Schedule your panel interview with Nordhaven Insurance", "2025-08-20 12:00 +0100",
  """Hi Camille,

Nordhaven Insurance would like to schedule a panel interview for the Finance Business Partner position.

Select a time that suits you: https://app.goodtime.io/s/nordhaven/7f3k2

The panel will last 60 minutes and include members of the Finance leadership team.

Powered by GoodTime""", fmt="alt")

M("interview", "Altessa Conseil", "Marc", "Consultant Senior Performance Financière", "fr", "hard",
  "reschedule; 'malheureusement je dois décaler'",
  "Marc Tessier <marc.tessier@altessa-conseil.fr>",
  "Re: Entretien associés – changement d'horaire", "2025-11-03 08:12 +0100",
  """Bonjour Camille,

Malheureusement je dois décaler notre entretien avec les associés prévu mercredi : un comité client a été avancé. Je vous propose le vendredi 7 novembre à 16h, même lieu (rue de Courcelles) ; dites-moi si cela vous convient.

Toutes mes excuses pour ce changement.

Marc

> Le 28 oct. 2025 à 10:02, Marc Tessier a écrit :
> Nous vous attendons mercredi 5 novembre à 11h pour l'entretien final.""",
  irt=True, iat="2025-11-07T16:00:00+01:00")

M("interview", "Vauban Mutuelle", "", "Analyste Solvabilité II (H/F)", "fr", "easy",
  "entretien vidéo différé; deadline, no fixed time",
  "Vauban Mutuelle <recrutement@taleo.net>",
  "Étape suivante : entretien vidéo différé", "2025-09-15 09:00 +0200",
  """Bonjour Camille,

Votre candidature au poste d'Analyste Solvabilité II (H/F) a été présélectionnée. La prochaine étape est un entretien vidéo différé : vous enregistrez vos réponses à cinq questions, au moment de votre choix, avant le 22 septembre.

Lien personnel : https://vauban-mutuelle.video-entretien.fr/c/88213

Direction des Ressources Humaines
Vauban Mutuelle""")

M("interview", "Rheinblick Asset Management GmbH", "Stefan", "Portfolio Analyst", "en", "hard",
  "relative 'Tuesday 3pm Frankfurt time'; called a call",
  "Stefan Vogt <stefan.vogt@rheinblick-am.de>",
  "Portfolio Analyst – short call", "2025-10-09 12:10 +0200",
  """Hello Camille,

Thank you for your application. Could we have a first call about the Portfolio Analyst role on Tuesday at 3pm Frankfurt time? I'll ring you on the number in your CV; it should take about 30 minutes.

Best regards
Stefan Vogt
Head of Fixed Income, Rheinblick Asset Management GmbH""", iat="2025-10-14T15:00:00+02:00")

M("interview", "Crédit Fauvelle", "", "Analyste Risque de Crédit (H/F)", "fr", "easy",
  "ModernLoop scheduling link",
  "Crédit Fauvelle via ModernLoop <scheduling@modernloop.io>",
  "Crédit Fauvelle – choisissez vos créneaux d'entretien", "2025-10-27 14:45 +0100",
  """Bonjour Camille,

L'équipe Risques de Crédit Fauvelle souhaite organiser vos entretiens pour le poste d'Analyste Risque de Crédit (H/F).

Indiquez vos disponibilités ici : https://modernloop.io/availability/fauvelle-2210

Les entretiens se dérouleront dans nos locaux de La Défense.""", fmt="html")

M("interview", "Trévise Finance", "Amélie", "Treasury Analyst", "en", "hard",
  "onsite itinerary; no word interview",
  "=?utf-8?q?Am=C3=A9lie_Roux?= <amelie.roux@trevise-finance.com>",
  "Your visit on 9 December", "2025-12-03 16:20 +0100",
  """Hi Camille,

Here's the plan for your visit on Tuesday 9 December:

09:30 – Welcome at reception, 18 boulevard Haussmann
09:45 – Meet Olivier, Group Treasurer
10:30 – Cash forecasting exercise with two of the analysts
11:30 – Lunch with the team

Bring an ID for building security. See you then!

Amélie Roux
Talent Partner | Trévise Finance""", fmt="alt", iat="2025-12-09T09:30:00+01:00")

M("interview", "Pellerin Énergie", "Mathieu", "Analyste Corporate Finance", "fr", "hard",
  "échange de 20 minutes; relative 'lundi prochain à 11h'",
  "Mathieu Caron <mathieu.caron@pellerin-energie.com>",
  "Analyste Corporate Finance – premier échange", "2026-01-08 17:55 +0100",
  """Bonjour Camille,

J'ai bien reçu votre candidature pour le poste d'Analyste Corporate Finance. Je vous propose un premier échange téléphonique d'une vingtaine de minutes lundi prochain à 11h. Je vous appellerai sur votre portable.

Bonne soirée,
Mathieu Caron
Responsable Financements – Direction Financière, Pellerin Énergie""", iat="2026-01-12T11:00:00+01:00")

M("interview", "Groupe Aubrac", "Nadia", "Analyste Consolidation", "fr", "easy",
  "étude de cas plus restitution, definite date",
  "Nadia Benali <nadia.benali@groupe-aubrac.fr>",
  "Étude de cas – Analyste Consolidation", "2026-02-24 10:05 +0100",
  """Bonjour Camille,

Suite à notre premier entretien, je vous invite à la prochaine étape : une étude de cas que vous recevrez le vendredi 27 février, et dont vous ferez la restitution devant le comité le lundi 2 mars à 14h, au siège (Lyon Part-Dieu) ou en visio si vous préférez.

Bien à vous,
Nadia Benali
Responsable Consolidation | Groupe Aubrac""", iat="2026-03-02T14:00:00+01:00")

M("interview", "Fontenay Industries", "Julie", "Contrôleur de gestion industriel (H/F)", "fr", "easy",
  "Outlook invitation with .ics, Teams",
  "Julie Perrin <julie.perrin@fontenay-industries.com>",
  "Invitation : Entretien – Contrôleur de gestion industriel", "2025-10-16 15:02 +0200",
  """Quand : jeudi 23 octobre 2025 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Réunion Microsoft Teams

Bonjour Camille, entretien avec le directeur d'usine et moi-même.""",
  ics=_ics("20251023T100000", "20251023T110000", "Entretien – Contrôleur de gestion industriel",
           "julie.perrin@fontenay-industries.com", "b56-fontenay-02", location="Microsoft Teams"),
  iat="2025-10-23T10:00:00+02:00")

M("interview", "Ardennes Capital", "Olivia", "Junior Portfolio Manager", "en", "hard",
  "agency recruiter confirms client interview time, Luxembourg time",
  "Olivia Grant <olivia.grant@talentis-finance.com>",
  "Confirmed: Ardennes Capital, Wednesday", "2025-10-17 11:30 +0200",
  """Hi Camille,

All confirmed with my client Ardennes Capital: you'll meet their CIO, Luc Heinen, on Wednesday 22 October at 2pm Luxembourg time, by video (link to follow from their side). It's a first conversation, about 45 minutes, mostly on your asset allocation views.

Call me before if you want to prep.

Olivia
Talentis Finance""", iat="2025-10-22T14:00:00+02:00")

M("interview", "Ferrand Wealth Partners", "", "Wealth Planning Analyst", "en", "easy",
  "Ashby confirmation with concrete time",
  "Ferrand Wealth Partners <no-reply@ashbyhq.com>",
  "Interview confirmed: Wealth Planning Analyst", "2026-01-09 09:12 +0100",
  """Hi Camille,

Your interview for Wealth Planning Analyst at Ferrand Wealth Partners is confirmed.

Date: Thu, Jan 15, 2026
Time: 10:00 AM – 10:45 AM CET
Location: Google Meet (link in the calendar invitation)

Need to reschedule? Use the link in your calendar invitation.""", fmt="alt", iat="2026-01-15T10:00:00+01:00")

M("interview", "Luxinvest Fund Services", "Sarah", "Fund Accountant", "en", "hard",
  "reschedule reply; 'unfortunately' but new time",
  "Sarah Klein <sarah.klein@luxinvest.lu>",
  "Re: Interview Friday", "2026-01-28 13:40 +0100",
  """Hi Camille,

Unfortunately Marc from the NAV team is out on Friday, so we need to move your interview. Could we do Monday 2 February at 4pm instead? Same address, 19 rue de Bitbourg.

Thanks for your flexibility,
Sarah Klein
HR, Luxinvest Fund Services

On Tue, 27 Jan 2026 at 10:20, Camille Rousseau wrote:
> Dear Sarah, Friday at 10:00 works well for me. Best regards, Camille""",
  irt=True, iat="2026-02-02T16:00:00+01:00")

M("interview", "Maison Castel", "", "Analyste Financier Retail", "fr", "easy",
  "Teamtailor invitation with slot picker",
  "Maison Castel <no-reply@teamtailor-mail.com>",
  "Maison Castel vous invite à un entretien", "2026-05-12 10:30 +0200",
  """Bonjour Camille,

Nous avons le plaisir de vous inviter à un entretien en visio pour le poste d'Analyste Financier Retail.

Réservez le créneau qui vous convient : https://maisoncastel.teamtailor.com/meetings/book/3c91

À très bientôt,
L'équipe Recrutement Maison Castel""", fmt="html")

M("interview", "Moselle Private Bank", "Thomas", "Credit Analyst – Private Banking", "en", "easy",
  "invitation with definite date and time",
  "Thomas Weber <thomas.weber@mosellepb.lu>",
  "Interview – Credit Analyst – Private Banking", "2025-06-24 10:12 +0200",
  """Dear Camille,

We would be pleased to invite you to an interview for the Credit Analyst – Private Banking role on Monday 30 June at 11:00 in our offices at 2 boulevard Royal, Luxembourg.

Please confirm whether this suits you.

Kind regards,
Thomas Weber
Head of Credit, Moselle Private Bank S.A.""", iat="2025-06-30T11:00:00+02:00")

# ---------------------------------------------------------------- offer
M("offer", "Banque Valmont", "Claire", "Analyste Financier Junior (H/F)", "fr", "easy",
  "promesse d'embauche PDF attached",
  "Claire Dumas <claire.dumas@banque-valmont.fr>",
  "Promesse d'embauche – Analyste Financier Junior", "2025-04-03 17:30 +0200",
  """Bonjour Camille,

J'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste d'Analyste Financier Junior (H/F), en CDI, avec une prise de poste au 2 juin 2025.

Merci de nous la retourner signée d'ici le 11 avril.

Bien cordialement,
Claire Dumas
Banque Valmont""", pdf="Promesse_embauche_C_Rousseau.pdf")

M("offer", "Hollis & Marchetti Consulting", "Julien", "Consultant – Finance Transformation", "en", "hard",
  "verbal offer follow-up; never says offer",
  "Julien Marchand <j.marchand@hm-consult.eu>",
  "Following our call", "2025-06-05 18:44 +0200",
  """Camille,

As promised on the phone: we'd love to have you join the Paris team as Consultant – Finance Transformation. Package as discussed: €58k fixed plus up to 12% variable, start 1 September. HR will send the paperwork tomorrow; shout if anything doesn't match what we agreed.

Really pleased about this.

Julien
Hollis & Marchetti Consulting""")

M("offer", "Kessler Rückversicherung AG", "Anna", "Finanzanalyst (m/w/d)", "de", "easy",
  "German Vertragsangebot",
  "Anna Schmitt <anna.schmitt@kessler-re.lu>",
  "Vertragsangebot Finanzanalyst (m/w/d)", "2025-06-20 10:25 +0200",
  """Sehr geehrte Frau Rousseau,

wir freuen uns, Ihnen die Position Finanzanalyst (m/w/d) anbieten zu dürfen. Anbei erhalten Sie unser Vertragsangebot.

Wir würden uns freuen, bis zum 30. Juni von Ihnen zu hören.

Mit freundlichen Grüßen
Anna Schmitt
Kessler Rückversicherung AG""", pdf="Vertragsangebot.pdf")

M("offer", "Trévise Finance", "Amélie", "Treasury Analyst", "en", "easy",
  "offer letter, HTML",
  "=?utf-8?q?Am=C3=A9lie_Roux?= <amelie.roux@trevise-finance.com>",
  "Your offer from Trévise Finance", "2026-09-15 12:00 +0200",
  """Dear Camille,

I'm delighted to offer you the position of Treasury Analyst at Trévise Finance. Your offer letter, with salary and benefits, is attached; please sign via the DocuSign link by 22 September.

Welcome aboard (almost)!

Amélie Roux
Talent Partner | Trévise Finance""", fmt="alt", pdf="Offer_Letter_Treasury_Analyst.pdf")

M("offer", "Groupe Aubrac", "Nadia", "Contrôleur Financier", "fr", "hard",
  "proposition d'embauche with 'malheureusement' about start date",
  "Nadia Benali <nadia.benali@groupe-aubrac.fr>",
  "Proposition – Contrôleur Financier", "2026-06-02 09:48 +0200",
  """Bonjour Camille,

Suite à vos entretiens, nous avons le plaisir de vous proposer de rejoindre Groupe Aubrac en tant que Contrôleur Financier, statut cadre, 52 k€ bruts annuels.

Malheureusement, nous ne pourrons pas vous accueillir avant le 1er septembre, pour des raisons d'organisation. Vous recevrez le contrat par la RH cette semaine.

Dans l'attente de votre réponse,
Nadia Benali
Groupe Aubrac""", cte="quoted-printable")

M("offer", "Meuse Reinsurance", "Olivia", "Financial Reporting Analyst", "en", "hard",
  "offer relayed by agency recruiter for client",
  "Olivia Grant <olivia.grant@talentis-finance.com>",
  "Great news – Meuse Reinsurance", "2026-10-06 17:05 +0200",
  """Camille!

Meuse Reinsurance have come back and want to make you an offer for the Financial Reporting Analyst role: €64k base, 10% bonus target, start as early as November. Formal letter will come from their HR in the next day or two.

Call me when you can so we can talk it through.

Olivia Grant
Talentis Finance""")

# ---------------------------------------------------------------- application_received
M("application_received", "Orsay Asset Management", "", "Investment Analyst, Multi-Asset", "en", "easy",
  "Greenhouse acknowledgement",
  "Orsay Asset Management <no-reply@us.greenhouse-mail.io>",
  "Thank you for applying to Orsay Asset Management", "2025-02-19 22:14 +0000",
  """Hi Camille,

Thanks for applying for the Investment Analyst, Multi-Asset role. Our team will review your application and be in touch if your experience is a match.

Orsay Asset Management Recruiting""")

M("application_received", "Banque Valmont", "", "Analyste Financier Junior (H/F)", "fr", "easy",
  "Workday accusé de réception",
  "Banque Valmont <valmont@myworkday.com>",
  "Confirmation de candidature – Analyste Financier Junior (H/F)", "2025-01-28 20:03 +0100",
  """Bonjour Camille,

Nous accusons réception de votre candidature au poste d'Analyste Financier Junior (H/F) (réf. R-10482). Elle sera étudiée avec attention par nos équipes.

Vous pouvez suivre son avancement depuis votre espace candidat.

L'équipe Recrutement – Banque Valmont""", hdr={"Auto-Submitted": "auto-generated"})

M("application_received", "Nordhaven Insurance", "", "Finance Business Partner", "en", "easy",
  "iCIMS acknowledgement; Auto-Submitted: auto-generated",
  "Nordhaven Insurance Careers <careers-noreply@icims.com>",
  "We've received your application – Finance Business Partner", "2025-08-04 07:55 +0100",
  """Dear Camille Rousseau,

Thank you for your application for Finance Business Partner (Req 4471) at Nordhaven Insurance. We have received it and it is now under review.

Nordhaven Insurance Talent Team""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("application_received", "Vauban Mutuelle", "", "Analyste Solvabilité II (H/F)", "fr", "easy",
  "Taleo accusé de réception",
  "Vauban Mutuelle <recrutement@taleo.net>",
  "Accusé de réception – Réf. 25-0418", "2025-09-01 08:30 +0200",
  """Madame,

Nous avons bien reçu votre candidature pour le poste d'Analyste Solvabilité II (H/F), réf. 25-0418, et vous en remercions.

Direction des Ressources Humaines – Vauban Mutuelle""")

M("application_received", "Fontenay Industries", "", "Analyste FP&A (H/F)", "fr", "easy",
  "Teamtailor acknowledgement",
  "Fontenay Industries <no-reply@teamtailor-mail.com>",
  "Merci pour votre candidature !", "2025-07-02 21:40 +0200",
  """Bonjour Camille,

Merci pour votre candidature au poste d'Analyste FP&A (H/F) ! Notre équipe l'étudiera dans les prochains jours et reviendra vers vous.

L'équipe Talent – Fontenay Industries""", fmt="alt")

M("application_received", "Luxinvest Fund Services", "", "Fund Accountant", "en", "easy",
  "Personio acknowledgement",
  "Luxinvest Fund Services <jobs@luxinvest.jobs.personio.de>",
  "Application received: Fund Accountant", "2026-01-20 16:12 +0100",
  """Dear Camille Rousseau,

We have received your application for the position of Fund Accountant. We will review your documents and get back to you as soon as possible.

HR Team, Luxinvest Fund Services S.A.""")

M("application_received", "Crédit Fauvelle", "", "Analyste Risque de Crédit (H/F)", "fr", "hard",
  "describes future entretiens and possible refusal",
  "Crédit Fauvelle Recrutement <ne-pas-repondre@credit-fauvelle.fr>",
  "Nous avons bien reçu votre candidature", "2025-10-13 12:00 +0200",
  """Bonjour Camille,

Votre candidature au poste d'Analyste Risque de Crédit (H/F) nous est bien parvenue.

Comment se passe la suite ? Si votre profil est retenu, un chargé de recrutement vous contactera pour un premier entretien téléphonique, suivi d'entretiens avec l'équipe. Si votre candidature n'est pas retenue, vous en serez informé(e) par e-mail.

La Direction des Talents – Crédit Fauvelle""", cte="base64")

M("application_received", "Maison Castel", "", "Contrôleur Financier Junior", "fr", "easy",
  "Workable acknowledgement",
  "Maison Castel <noreply@candidates.workablemail.com>",
  "Candidature reçue – Contrôleur Financier Junior", "2025-11-20 14:05 +0100",
  """Bonjour Camille,

Merci d'avoir postulé chez Maison Castel pour le poste de Contrôleur Financier Junior. Nous avons bien reçu votre candidature.

L'équipe Recrutement Maison Castel""")

M("application_received", "Pellerin Énergie", "", "Analyste Corporate Finance", "fr", "hard",
  "'Malheureusement' about response delays in an acknowledgement",
  "Pellerin Énergie – Carrières <carrieres@pellerin-energie.com>",
  "Pellerin Énergie – confirmation de votre candidature", "2026-01-05 09:15 +0100",
  """Bonjour Camille,

Merci pour votre candidature au poste d'Analyste Corporate Finance.

Malheureusement, en raison du nombre important de candidatures, nous ne pouvons pas répondre individuellement dans l'immédiat. Votre dossier est bien enregistré et sera examiné par la Direction Financière.

Direction des Ressources Humaines – Pellerin Énergie""", fmt="alt")

M("application_received", "Kessler Rückversicherung AG", "", "Finanzanalyst (m/w/d)", "de", "easy",
  "German Eingangsbestätigung",
  "Kessler Rückversicherung AG <karriere@kessler-re.lu>",
  "Eingangsbestätigung Ihrer Bewerbung", "2025-05-12 08:44 +0200",
  """Sehr geehrte Frau Rousseau,

vielen Dank für Ihre Bewerbung als Finanzanalyst (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden derzeit geprüft.

Ihr Recruiting-Team
Kessler Rückversicherung AG""")

M("application_received", "Brabant Assurances", "", "Reporting Analyst", "en", "hard",
  "chatty templated reply that reads like personal mail",
  "Brabant Assurances Talent <talent@brabant-assurances.be>",
  "Hi Camille – got it!", "2025-09-03 19:20 +0200",
  """Hi Camille!

Just a quick note to say we've got your application for Reporting Analyst, and we're really glad you thought of us. A real person from our team will read it (promise) and we'll let you know how things stand within two weeks.

Speak soon,
The Talent team at Brabant Assurances""")

M("application_received", "Baxter Lorne & Co.", "", "Valuation Analyst", "en", "easy",
  "Jobvite acknowledgement",
  "Baxter Lorne & Co. <notifications@jobvite.com>",
  "Application received – Valuation Analyst", "2026-04-21 11:30 +0200",
  """Dear Camille,

Thank you for your interest in Baxter Lorne & Co. We have received your application for Valuation Analyst (Paris) and will review it shortly.

Baxter Lorne & Co. Recruiting""")

M("application_received", "Ferrand Wealth Partners", "", "Wealth Planning Analyst", "en", "hard",
  "only contacts if selected for interview",
  "Ferrand Wealth Partners <no-reply@ashbyhq.com>",
  "Thanks for applying to Ferrand Wealth Partners", "2025-12-18 23:02 +0100",
  """Hi Camille,

We've received your application for Wealth Planning Analyst. Due to volume, we'll only reach out if you are selected for an interview; if you don't hear from us within four weeks, please assume we won't be moving forward this time.

Ferrand Wealth Partners""")

M("application_received", "Corvina Payments", "", "Corporate Finance Analyst", "en", "hard",
  "Paradox chatbot; 'chatting' and first person",
  "Olivia at Corvina Payments <corvina@paradox.ai>",
  "Thanks for chatting with me, Camille", "2026-05-08 20:31 +0200",
  """Hi Camille, it's Olivia, Corvina Payments' recruiting assistant.

Thanks for chatting with me and completing your application for Corporate Finance Analyst. Your application is complete and with the hiring team now. I'll text you here if there's an update.

This is an automated message.""", hdr={"Auto-Submitted": "auto-generated"})

M("application_received", "Bastide Assurances", "", "Analyste Actuariat Finance (H/F)", "fr", "easy",
  "Recruitee acknowledgement",
  "Bastide Assurances <bastide-assurances@recruitee.com>",
  "Bastide Assurances : votre candidature a bien été reçue", "2026-06-09 13:22 +0200",
  """Bonjour Camille,

Nous vous confirmons la bonne réception de votre candidature au poste d'Analyste Actuariat Finance (H/F). Nous reviendrons vers vous prochainement.

L'équipe RH – Bastide Assurances""")

M("application_received", "Trévise Finance", "", "Treasury Analyst", "en", "easy",
  "BambooHR acknowledgement",
  "Trévise Finance <notifications@app.bamboohr.com>",
  "Thank you for your application", "2025-11-10 10:10 +0100",
  """Hi Camille,

Thank you for applying for the Treasury Analyst position at Trévise Finance. We've received your application and our hiring team is reviewing it.

Trévise Finance People Team""", fmt="alt")

M("application_received", "Quai Ouest Banque Privée", "", "Analyste Financier – Banque Privée", "fr", "easy",
  "Lever accusé de réception",
  "Quai Ouest Banque Privée <no-reply@hire.lever.co>",
  "Merci pour votre candidature chez Quai Ouest Banque Privée", "2026-03-30 08:05 +0200",
  """Bonjour Camille,

Merci d'avoir postulé au poste d'Analyste Financier – Banque Privée. Votre candidature a bien été reçue et sera examinée par l'équipe.

L'équipe Recrutement""")

# ---------------------------------------------------------------- auto_reply
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
M("auto_reply", "Lumière Gestion", "Hélène", "", "fr", "easy",
  "absence message, de retour le lundi 24 mars",
  "Hélène Garnier <h.garnier@lumiere-gestion.fr>",
  "Réponse automatique : Candidature Analyste gestion de portefeuille", "2025-03-17 09:02 +0100",
  """Bonjour,

Je suis absente du bureau et serai de retour le lundi 24 mars. Pour toute urgence, vous pouvez contacter gestion@lumiere-gestion.fr.

Cordialement,
Hélène Garnier""", hdr=AR, ret="2025-03-24")

M("auto_reply", "Rheinblick Asset Management GmbH", "Stefan", "", "de", "easy",
  "Abwesenheitsnotiz; ab dem 4. August",
  "Stefan Vogt <stefan.vogt@rheinblick-am.de>",
  "Abwesenheitsnotiz: Bewerbung Portfolio Analyst", "2025-07-21 10:00 +0200",
  """Vielen Dank für Ihre Nachricht.

Ich bin im Urlaub und ab dem 4. August wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.

Stefan Vogt""", hdr={"Auto-Submitted": "auto-replied"}, ret="2025-08-04")

M("auto_reply", "Moselle Private Bank", "Thomas", "", "en", "easy",
  "returning Monday 9 March",
  "Thomas Weber <thomas.weber@mosellepb.lu>",
  "Automatic reply: Following up", "2026-03-03 14:10 +0100",
  """Thank you for your message. I am out of the office, returning Monday 9 March, with limited access to email.

Thomas Weber""", hdr=AR, ret="2026-03-09")

M("auto_reply", "Orsay Asset Management", "Rachel", "", "en", "easy",
  "no longer works at company; redirects",
  "Rachel Moore <rachel.moore@orsay-am.com>",
  "Automatic reply: Risk Analyst – any update?", "2025-09-22 11:15 +0100",
  """Hello,

I no longer work at Orsay Asset Management. For recruitment matters, please contact talent@orsay-am.com.

Thank you.""", hdr=AR)

M("auto_reply", "Vauban Mutuelle", "", "", "fr", "hard",
  "boîte non consultée; no auto-reply headers",
  "Vauban Mutuelle <recrutement@vauban-mutuelle.fr>",
  "Re: Candidature Analyste Solvabilité II", "2025-10-09 08:00 +0200",
  """Bonjour,

Cette adresse n'est pas consultée. Les réponses envoyées à ce message ne seront pas lues.

Pour suivre votre candidature, connectez-vous à votre espace candidat.

Vauban Mutuelle – Direction des Ressources Humaines""", irt=True)

M("auto_reply", "Brabant Assurances", "Elise", "", "en", "easy",
  "parental leave; returning 1 September 2026",
  "Elise Peeters <elise.peeters@brabant-assurances.be>",
  "Out of office: Thank you", "2026-04-14 09:00 +0200",
  """Hi,

I'm on parental leave and returning on 1 September 2026. In the meantime, please reach out to recruitment@brabant-assurances.be.

Elise""", hdr={"X-Autoreply": "yes"}, ret="2026-09-01")

M("auto_reply", "Pellerin Énergie", "Mathieu", "", "fr", "hard",
  "relative 'de retour lundi'; no headers",
  "Mathieu Caron <mathieu.caron@pellerin-energie.com>",
  "Absent : Re: Analyste Corporate Finance", "2026-01-15 16:22 +0100",
  """Bonjour,

Je suis en déplacement sans accès à mes e-mails, de retour lundi. Je vous répondrai dès que possible.

Mathieu Caron
Direction Financière – Pellerin Énergie""", ret="2026-01-19")

M("auto_reply", "Luxinvest Fund Services", "Sarah", "Fund Accountant", "en", "hard",
  "OOO that mentions interview scheduling",
  "Sarah Klein <sarah.klein@luxinvest.lu>",
  "Automatic reply: Re: Interview – Fund Accountant", "2025-12-29 10:00 +0100",
  """Thank you for your email. The office is closed over the holidays and I'll be back on Tuesday 6 January.

If your message concerns an interview you already have scheduled, it will go ahead as planned. To reschedule, please reply after my return.

Sarah Klein, HR""", hdr=AR, ret="2026-01-06")

M("auto_reply", "Groupe Aubrac", "Nadia", "", "fr", "easy",
  "congé maternité; no date; redirects",
  "Nadia Benali <nadia.benali@groupe-aubrac.fr>",
  "Réponse automatique", "2026-09-07 11:00 +0200",
  """Bonjour,

Je suis actuellement en congé maternité. Pour toute question, merci de contacter Paul Girard (paul.girard@groupe-aubrac.fr).

Nadia Benali""", hdr=AR)

M("auto_reply", "Kessler Rückversicherung AG", "Anna", "", "de", "easy",
  "ab dem 7. Januar 2026 wieder erreichbar",
  "Anna Schmitt <anna.schmitt@kessler-re.lu>",
  "Automatische Antwort: Ihre Bewerbung – Controller (m/w/d)", "2025-12-22 08:30 +0100",
  """Guten Tag,

ich bin derzeit nicht im Büro. Ab dem 7. Januar 2026 bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an hr@kessler-re.lu.

Anna Schmitt""", hdr=AR, ret="2026-01-07")

M("auto_reply", "Ardennes Capital", "Luc", "", "en", "easy",
  "back in office on 20 October",
  "Luc Heinen <luc.heinen@ardennes-capital.lu>",
  "Out of Office", "2025-10-13 07:45 +0200",
  """I'm travelling with limited access to email and will be back in the office on 20 October. I'll reply on my return.

Luc Heinen
CIO, Ardennes Capital""", hdr={"Auto-Submitted": "auto-replied"}, ret="2025-10-20")

M("auto_reply", "Altessa Conseil", "Marc", "", "fr", "hard",
  "déplacement; retour le 3 novembre; subject mentions entretien",
  "Marc Tessier <marc.tessier@altessa-conseil.fr>",
  "Réponse automatique : Re: Entretien associés", "2025-10-29 12:00 +0100",
  """Bonjour,

Je suis en déplacement chez un client et je reviens vers vous dès mon retour, le 3 novembre.

Marc Tessier – Altessa Conseil""", hdr={"X-Autoreply": "yes"}, ret="2025-11-03")

M("auto_reply", "Nordhaven Insurance", "", "", "en", "hard",
  "mailbox not monitored bounce on reply; no autoreply headers",
  "Nordhaven Insurance Careers <careers-noreply@icims.com>",
  "Re: Nordhaven Insurance: Finance Business Partner (Req 4471)", "2025-09-10 09:14 +0100",
  """This mailbox is not monitored and your message has not been read. Please do not reply to this email.

To view the status of your application, visit the Nordhaven Insurance careers portal.""", irt=True)

M("auto_reply", "Sablon Capital Partners", "Pieter", "", "en", "hard",
  "short vacation responder, return date with weekday, no headers",
  "Pieter Janssens <pj@sabloncap.be>",
  "Re: Investment Analyst – next steps?", "2026-02-13 18:00 +0100",
  """On holiday skiing until the end of the week, back Monday 16 February. Replies will be slow.
P.""", irt=True, hdr={"Precedence": "auto_reply"}, ret="2026-02-16")

# ---------------------------------------------------------------- other
M("other", "", "", "", "fr", "easy", "job alert digest",
  "Alertes Cadremploi <alertes@cadrejobs-mail.fr>",
  "9 nouvelles offres : Analyste financier – Paris", "2025-02-03 07:00 +0100",
  """Bonjour Camille,

9 nouvelles offres correspondent à votre alerte « Analyste financier – Paris » :
- Analyste Financier H/F – Banque Valmont – Paris 2e
- Contrôleur de gestion – Fontenay Industries – Nanterre
- Analyste FP&A – Maison Castel – Paris 8e
...

Gérer mes alertes | Se désabonner""", fmt="alt",
  hdr={"List-Unsubscribe": "<https://cadrejobs-mail.fr/unsub?u=4451>", "Precedence": "bulk"})

M("other", "", "", "", "en", "easy", "social network notification",
  "ProNet <notifications@pronet-mail.com>",
  "Camille, you appeared in 14 searches this week", "2025-03-09 09:00 +0100",
  """You appeared in 14 searches this week.
Recruiters from Orsay Asset Management and 3 other companies viewed your profile.

See who's looking""", fmt="html", hdr={"List-Unsubscribe": "<https://pronet-mail.com/u/88>"})

M("other", "", "", "", "fr", "hard", "newsletter article about handling refusals after interviews",
  "La Lettre Finance & Carrières <newsletter@finance-carrieres.fr>",
  "Refus après un entretien final : comment rebondir ?", "2025-04-22 08:00 +0200",
  """Cette semaine dans la Lettre :

« Nous sommes au regret de vous informer... » Recevoir un refus après un entretien final est frustrant. Nos conseils pour demander un retour, garder le contact avec le recruteur et transformer l'essai la fois suivante.

Aussi : les salaires des analystes financiers en 2025.

Se désinscrire""", fmt="alt", hdr={"List-Unsubscribe": "<mailto:unsub@finance-carrieres.fr>"})

M("other", "", "", "", "en", "hard", "podcast 'interview with our CIO'; HTML only",
  "Orsay Insights <insights@orsay-am.com>",
  "New episode: an interview with our CIO on rates in 2025", "2025-05-28 12:00 +0200",
  """<html><body><h2>Orsay Insights Podcast</h2><p>In this episode, an exclusive interview with our Chief Investment Officer on the rates outlook, credit spreads and why we remain cautious on duration.</p><p><a href="https://orsay-am.com/podcast/42">Listen now</a></p><p style="font-size:11px">You are receiving this because you subscribed. <a href="https://orsay-am.com/unsub">Unsubscribe</a></p></body></html>""",
  fmt="html", html=None, hdr={"List-Unsubscribe": "<https://orsay-am.com/unsub>"})

M("other", "", "", "", "fr", "hard", "card payment 'refusé'",
  "Ma Banque en ligne <alertes@mabanque-alertes.fr>",
  "Paiement refusé sur votre carte", "2025-06-11 21:32 +0200",
  """Bonjour,

Un paiement de 89,90 € chez LIBRAIRIE DALLOZ a été refusé le 11/06 à 21h31 : plafond de paiement atteint.

Vous pouvez modifier votre plafond depuis l'application.

Votre conseiller""")

M("other", "", "", "", "fr", "hard", "mortgage application cannot proceed",
  "Crédit Fauvelle – Service Crédit Immobilier <credit.immo@credit-fauvelle.fr>",
  "Votre demande de prêt immobilier n° 2025-77812", "2025-07-24 14:00 +0200",
  """Madame Rousseau,

Après étude de votre dossier, nous sommes au regret de vous informer que votre demande de prêt immobilier ne peut aboutir en l'état, le taux d'endettement dépassant les critères en vigueur.

Votre conseiller reste à votre disposition.

Service Crédit Immobilier""", cte="quoted-printable")

M("other", "", "Laurent", "", "fr", "hard", "rental application accepted; reads like an offer",
  "Laurent Morel <l.morel@agence-bastille-immo.fr>",
  "Votre dossier de location – 14 rue Oberkampf", "2025-08-19 11:05 +0200",
  """Bonjour Madame Rousseau,

Bonne nouvelle : le propriétaire a retenu votre dossier pour l'appartement du 14 rue Oberkampf. Nous vous proposons une signature du bail le 1er septembre à 10h à l'agence.

Bien à vous,
Laurent Morel
Agence Bastille Immobilier""")

M("other", "", "Inès", "", "fr", "hard", "friend's personal mail about her own entretien",
  "=?utf-8?q?In=C3=A8s_Fabre?= <ines.fabre@gmail.com>",
  "mon entretien chez Altessa !!", "2025-09-18 22:40 +0200",
  """Coucou Camille,

J'ai eu mon entretien final chez Altessa aujourd'hui, je crois que ça s'est bien passé ! Ils m'ont dit qu'ils feraient une proposition d'ici vendredi. Croise les doigts pour moi.

Et toi, des nouvelles de ta banque ? On se fait un dîner la semaine prochaine ?

Bises,
Inès""")

M("other", "", "Tom", "", "en", "hard", "friend forwards a job posting; mentions interview tips",
  "Tom Delaney <tom.delaney@outlook.com>",
  "Fwd: FP&A Analyst – Corvina Payments (Paris)", "2025-10-30 08:15 +0100",
  """Saw this and thought of you! I know their CFO a bit; happy to do a mock interview with you if you apply.

Tom

---------- Forwarded message ---------
From: Corvina Careers <careers@corvinapay.com>
Subject: FP&A Analyst – Corvina Payments (Paris)

We're hiring an FP&A Analyst to join our finance team in Paris. Apply on our careers page.""")

M("other", "", "Kevin", "", "en", "hard", "recruiter mass mailing; quick call, interviews",
  "Kevin Shaw <kevin@interimfinancepro.co.uk>",
  "Interim FP&A roles – quick call this week?", "2025-11-25 10:02 +0000",
  """Hi Camille,

I'm working on several interim FP&A and financial controller assignments across Paris and Brussels, with interviews happening this week. Day rates €450–650.

Would you be open to a quick call? Just reply with a good time.

Kevin Shaw
Interim Finance Pro
To stop receiving these emails, reply STOP.""", hdr={"Precedence": "bulk"})

M("other", "", "", "", "fr", "hard", "professional exam result 'ajournée'",
  "Institut des Analystes Financiers <examens@iaf-examens.fr>",
  "Résultats de votre examen – session de décembre", "2026-01-29 10:00 +0100",
  """Madame,

Nous sommes au regret de vous informer que vous n'avez pas obtenu la note minimale requise à l'épreuve d'analyse financière de la session de décembre. Vous pourrez vous réinscrire à la session de juin.

Le Service des Examens""")

M("other", "", "", "", "fr", "hard", "promo 'Offre : -20%'",
  "Les Echos Premium <offres@lesechos-premium-mail.fr>",
  "Offre exclusive : -20 % sur votre abonnement", "2026-02-02 07:30 +0100",
  """Camille, profitez de notre offre : -20 % sur l'abonnement annuel, pour suivre les marchés et préparer vos entretiens d'embauche en finance.

Offre valable jusqu'au 15 février.

Se désabonner""", fmt="alt", cte="base64",
  hdr={"List-Unsubscribe": "<https://lesechos-premium-mail.fr/u>"})

M("other", "", "", "", "en", "easy", "webinar invitation on interviews",
  "CareerBridge Events <events@careerbridge.io>",
  "Webinar: Cracking the finance case interview", "2026-03-10 13:00 +0100",
  """Join our free webinar on 19 March: how to structure a finance case interview, with former hiring managers from three banks.

Register: https://careerbridge.io/webinar/finance-case""", fmt="html",
  hdr={"List-Unsubscribe": "<https://careerbridge.io/unsub>", "Precedence": "bulk"})

M("other", "", "", "", "en", "easy", "bank statement notification",
  "Revolt Bank <no-reply@revoltbank.com>",
  "Your March statement is ready", "2026-04-01 06:00 +0200",
  """Hi Camille, your statement for March 2026 is now available in the app.""")

M("other", "", "", "", "en", "hard", "conference paper not accepted",
  "EFMA 2026 Program Committee <program@efma-conference.org>",
  "EFMA 2026: decision on submission #318", "2026-02-20 18:00 +0100",
  """Dear Camille Rousseau,

We regret to inform you that your submission #318, "ESG ratings and the cost of debt for European mid-caps", was not accepted for presentation at EFMA 2026. This year we received 1,240 submissions and could accept 22%.

Reviews are available in the submission system.

The Program Committee""")

M("other", "", "", "", "en", "hard", "MBA admission offer",
  "ESCP Admissions <admissions@escp-admissions.eu>",
  "Offer of admission – Executive Master in Finance", "2026-05-15 10:00 +0200",
  """Dear Camille,

Congratulations! We are pleased to offer you a place on the Executive Master in Finance, starting September 2026. Please confirm your place by 15 June.

Admissions Office""", fmt="alt")

M("other", "", "Jonas", "", "en", "hard", "pull request closed, not moving forward",
  "Jonas Berg <notifications@github.com>",
  "Re: [quantlib-lite/quantlib-lite] Add XIRR day-count option (PR #214)", "2026-06-03 20:11 +0200",
  """Thanks for the PR, Camille. After discussion we've decided not to move forward with this change; the day-count logic belongs in the calendar module. Closing for now.

—
Reply to this email directly or view it on GitHub.""", irt=True,
  hdr={"List-Unsubscribe": "<mailto:unsub+pr214@reply.github.com>", "Precedence": "list"})

M("other", "", "", "", "fr", "hard", "afterwork cancelled 'nous avons le regret'",
  "Club Finance Paris <contact@clubfinanceparis.fr>",
  "Annulation – afterwork du 12 juin", "2026-06-08 17:00 +0200",
  """Bonjour à toutes et à tous,

Nous avons le regret d'annuler l'afterwork networking du jeudi 12 juin, le lieu n'étant plus disponible. Une nouvelle date vous sera proposée.

L'équipe du Club Finance Paris""", hdr={"Precedence": "bulk"})

M("other", "", "", "", "fr", "easy", "career newsletter",
  "Welcome to the Jobs <hello@wttj-news.fr>",
  "Les entreprises qui recrutent en finance cet été", "2026-07-07 09:00 +0200",
  """Cette semaine : 30 entreprises qui recrutent en finance à Paris, Bruxelles et Luxembourg, et nos conseils pour négocier votre salaire.

Lire la newsletter | Se désinscrire""", fmt="html",
  hdr={"List-Unsubscribe": "<https://wttj-news.fr/unsubscribe>"})

M("other", "", "", "", "fr", "easy", "train e-ticket",
  "SNCF Connect <confirmation@sncf-connect-mail.fr>",
  "Votre e-billet Paris – Luxembourg", "2025-10-18 19:45 +0200",
  """Bonjour Camille,

Votre voyage Paris Est → Luxembourg du mercredi 22 octobre, départ 07h40, est confirmé. Référence : QXW7TR.

Bon voyage !""", fmt="alt")

M("other", "", "", "", "en", "easy", "alumni association mail",
  "Dauphine Alumni <alumni@dauphine-alumni.org>",
  "Alumni drinks in Luxembourg – 27 November", "2025-11-06 12:00 +0100",
  """Dear alumni, join us for drinks in Luxembourg-Kirchberg on 27 November from 19:00. RSVP on the alumni platform.""",
  hdr={"Precedence": "bulk"})

M("other", "", "Priya", "", "en", "hard", "former colleague offers mock interview",
  "Priya Nair <priya.nair@gmail.com>",
  "Re: prep for Trévise", "2025-12-04 21:05 +0100",
  """Of course! Let's do a mock interview on Sunday afternoon, I'll grill you on cash pooling and FX hedging. Good luck on Tuesday, you'll be great.

Priya""", irt=True)

M("other", "", "", "", "fr", "hard", "dentist appointment with text/calendar part",
  "Doctolib <no-reply@doctolib-mail.fr>",
  "Rendez-vous confirmé le 16 mars à 8h45", "2026-03-11 12:30 +0100",
  """Votre rendez-vous avec Dr Martin (chirurgien-dentiste) est confirmé le lundi 16 mars à 8h45, 22 rue des Martyrs, Paris 9e.""",
  ics=_ics("20260316T084500", "20260316T091500", "Rendez-vous Dr Martin",
           "no-reply@doctolib-mail.fr", "b56-doc-01", location="22 rue des Martyrs"))

M("other", "", "", "", "de", "easy", "German career newsletter",
  "Karriere-Newsletter <newsletter@finanzkarriere-mail.de>",
  "Die besten Finanzjobs der Woche", "2026-08-18 08:00 +0200",
  """Hallo Camille,

diese Woche: 25 neue Stellen im Controlling und Asset Management in Luxemburg und Frankfurt.

Abmelden""", hdr={"List-Unsubscribe": "<https://finanzkarriere-mail.de/abmelden>"})

M("other", "", "", "", "fr", "hard", "insurance claim refused",
  "Assurances Mirabeau – Sinistres <sinistres@assurances-mirabeau.fr>",
  "Votre déclaration de sinistre n° S-25-99031", "2025-12-15 10:40 +0100",
  """Madame,

Après examen de votre déclaration, nous ne pouvons malheureusement pas donner une suite favorable à votre demande d'indemnisation, le dommage n'étant pas couvert par votre contrat habitation.

Le Service Sinistres""")

M("other", "", "", "", "en", "easy", "LinkedIn-style job recommendations",
  "ProNet Jobs <jobs-noreply@pronet-mail.com>",
  "Treasury Analyst at Trévise Finance and 7 more jobs for you", "2026-09-28 07:15 +0200",
  """Jobs you may be interested in:
Treasury Analyst – Trévise Finance – Paris
Credit Analyst – Moselle Private Bank – Luxembourg
FP&A Analyst – Corvina Payments – Paris""", fmt="alt",
  hdr={"List-Unsubscribe": "<https://pronet-mail.com/u/99>"})

M("other", "", "", "", "en", "hard", "candidate portal password reset from ATS",
  "Workday <valmont@myworkday.com>",
  "Reset your password", "2026-10-20 22:10 +0200",
  """Someone requested a password reset for your candidate account at Banque Valmont. If this was you, use the link below within 24 hours.""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(MSGS)
    random.Random(56).shuffle(order)  # file number must not reveal the label
    rows = []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, m).as_bytes(policy=SMTP))
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["first"], "role": m["role"],
                     "return_date": m.get("ret", ""), "lang": m["lang"],
                     "difficulty": m["diff"], "notes": m["notes"],
                     "interview_at": m.get("iat", "")})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
