"""Generate the blind45 evaluation corpus (hospitality job seeker, FR/EN/DE/ES mail).

Stdlib only. Run: python tests/corpus/make_blind45.py
Writes tests/corpus/blind45/NNN.eml and tests/corpus/blind45/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind45"
ME_NAME = "Thomas Delacroix-Mensah"
ME_ADDR = "thomas.delacroix.m@orange.fr"
ME = f"{ME_NAME} <{ME_ADDR}>"
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date",
          "lang", "difficulty", "notes", "interview_at"]

ENTRIES: list[dict] = []


def when(stamp: str, off: str) -> str:
    """'2026-03-03 09:14' + '+0100' -> RFC 5322 date string with the right weekday."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    sign = 1 if off[0] == "+" else -1
    from datetime import timedelta, timezone
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return format_datetime(naive.replace(tzinfo=tz))


def E(label: str, company: str, contact: str, role: str, ret: str, lang: str, diff: str,
      notes: str, iat: str, *, frm: str, subj: str, date: str, off: str, body: str,
      fmt: str = "plain", cte: str | None = None, hdrs: dict | None = None,
      reply: bool = False, ics: str | None = None, pdf: str | None = None,
      htmlbody: str | None = None, to: str = ME) -> None:
    ENTRIES.append(dict(label=label, company=company, contact=contact, role=role, ret=ret,
                        lang=lang, diff=diff, notes=notes, iat=iat, frm=frm, subj=subj,
                        date=when(date, off), body=body, fmt=fmt, cte=cte, hdrs=hdrs or {},
                        reply=reply, ics=ics, pdf=pdf, htmlbody=htmlbody, to=to))


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    out = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            + out + "</body></html>\n")


def ics_event(uid: str, start: str, end: str, tzid: str, summary: str, organizer: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{uid}", f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}",
        "DTSTAMP:20250101T000000Z", "END:VEVENT", "END:VCALENDAR", ""])


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def build(n: int, e: dict) -> bytes:
    msg = EmailMessage(policy=default)
    seed = hashlib.sha1(f"blind45-{n}-{e['subj']}".encode()).hexdigest()
    dom = e["frm"].rsplit("@", 1)[-1].rstrip(">").strip()
    msg["From"] = e["frm"]
    msg["To"] = e["to"]
    msg["Subject"] = e["subj"]
    msg["Date"] = e["date"]
    msg["Message-ID"] = f"<{seed[:20]}.{seed[20:28]}@{dom}>"
    if e["reply"]:
        ref = f"<CAJ{seed[8:30].upper()}@mail.orange.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in e["hdrs"].items():
        msg[k] = v
    body = e["body"].strip("\n") + "\n"
    cte = {"qp": "quoted-printable", "b64": "base64", None: None}[e["cte"]]
    if e["fmt"] == "plain":
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
    elif e["fmt"] == "html":
        h = e["htmlbody"] or to_html(body)
        if cte:
            msg.set_content(h, subtype="html", cte=cte)
        else:
            msg.set_content(h, subtype="html")
    else:  # alt
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
        msg.add_alternative(e["htmlbody"] or to_html(body), subtype="html")
    if e["ics"]:
        msg.add_attachment(e["ics"].encode(), maintype="text", subtype="calendar",
                           filename="invite.ics", params={"method": "REQUEST"})
    if e["pdf"]:
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=e["pdf"])
    return msg.as_bytes()


# ---------------------------------------------------------------------------------------
# rejection
# ---------------------------------------------------------------------------------------
E("rejection", "Groupe Hôtelier Cerisaie", "", "Responsable des Opérations (H/F) – Lyon Confluence",
  "", "fr", "easy", "Workday template; 'pas été retenue'", "",
  frm="Groupe Hôtelier Cerisaie <cerisaie@myworkday.com>",
  subj="Votre candidature – Responsable des Opérations (H/F) – Lyon Confluence",
  date="2025-02-11 17:42", off="+0100", cte="qp", hdrs={"Auto-Submitted": "auto-generated"}, body="""
Bonjour Thomas,

Nous vous remercions de l'intérêt que vous portez au Groupe Hôtelier Cerisaie et du temps consacré à votre candidature au poste de Responsable des Opérations (H/F) – Lyon Confluence.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour ce poste.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières et vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

L'équipe Talents
Groupe Hôtelier Cerisaie SAS
""")

E("rejection", "Maison Valmorel Hôtels & Spa", "Claire", "Directeur adjoint d'exploitation",
  "", "fr", "hard", "personal note after immersion day; internal profile chosen; no 'regret' wording", "",
  frm="Claire Vautrin <c.vautrin@maisonvalmorel.fr>", subj="Suite à nos échanges",
  date="2025-05-06 19:05", off="+0200", reply=True, body="""
Thomas,

Merci encore pour la journée d'immersion de jeudi dernier : l'équipe de réception m'a fait d'excellents retours et votre lecture du tableau de bord hebdomadaire était très juste.

Je vous dois une réponse franche. Pour le poste de directeur adjoint d'exploitation, nous avons finalement fait le choix d'une personne déjà en poste dans le groupe, qui connaît nos outils et peut prendre la suite dès le mois prochain. La décision s'est jouée à peu de chose.

Je garde précieusement vos coordonnées et je me permettrai de vous recontacter si une opportunité se présente sur Annecy ou Évian.

Bien à vous,

Claire Vautrin
Directrice Générale
Maison Valmorel Hôtels & Spa
""")

E("rejection", "Kestrel & Moor Hotels", "", "Hotel Operations Manager, The Kestrel Bath", "", "en", "easy",
  "SmartRecruiters; 'won't be progressing'", "",
  frm="Kestrel & Moor Hotels <no-reply@smartrecruiters.com>",
  subj="Update on your application: Hotel Operations Manager, The Kestrel Bath",
  date="2025-04-02 09:31", off="+0100", fmt="alt", body="""
Dear Thomas,

Thank you for applying for the Hotel Operations Manager, The Kestrel Bath position and for the time you put into your application.

We have now reviewed all applications and, on this occasion, we won't be progressing yours any further. We know this isn't the news you were hoping for.

Your profile remains in our talent community and you are welcome to apply for future vacancies across the group.

Kind regards,
Talent Acquisition | Kestrel & Moor Hotels Ltd

This email was sent from an unmonitored address. Please do not reply.
""")

E("rejection", "Harbourline Cruises", "Priya", "Hotel Operations Manager (Shipboard)", "", "en", "hard",
  "after final panel; 'went a different direction' plus referral to sister brand", "",
  frm="Priya Nandakumar <priya.nandakumar@harbourline.co.uk>",
  subj="Re: Final panel – Hotel Operations Manager (Shipboard)",
  date="2025-07-09 12:18", off="+0100", reply=True, body="""
Hi Thomas,

Thank you for your patience since the panel last Thursday. I wanted to call you but I'm between ships this week, so email it is.

The panel went a different direction for this appointment: they chose someone who has already run hotel operations on a vessel of 2,000+ berths, which tipped it for them. Your answers on crew welfare and the galley audit were genuinely some of the best we heard.

If you're open to it, I'd like to pass your CV to my counterpart at Northlight Expeditions (our sister brand, smaller ships) as they are hiring in the autumn. Just say yes and I'll make the intro.

Let's keep in touch.

Priya

Priya Nandakumar
Senior Talent Partner, Marine Hotel Operations
Harbourline Cruises Ltd | Southampton
""")

E("rejection", "Alpenglück Resorts AG", "Sabine", "Betriebsleiter Hotel (m/w/d)", "", "de", "easy",
  "German; 'für einen anderen Kandidaten entschieden'", "",
  frm="Alpenglück Resorts AG <jobs@alpenglueck-resorts.ch>",
  subj="Ihre Bewerbung als Betriebsleiter Hotel (m/w/d)",
  date="2025-03-18 14:10", off="+0100", cte="qp", body="""
Sehr geehrter Herr Delacroix-Mensah

Vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil unseren Anforderungen noch etwas genauer entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Sabine Oberholzer
HR Business Partner
Alpenglück Resorts AG
Promenade 14, 7270 Davos Platz
""")

E("rejection", "Grupo Costa Almendra Hoteles", "", "Director de Operaciones Hoteleras", "", "es", "easy",
  "Spanish template", "",
  frm="Selección Costa Almendra <seleccion@costaalmendra.es>",
  subj="Proceso de selección: Director de Operaciones Hoteleras",
  date="2025-10-14 11:02", off="+0200", body="""
Estimado Thomas:

Le agradecemos sinceramente el interés mostrado en la posición de Director de Operaciones Hoteleras y el tiempo dedicado al proceso.

Lamentamos comunicarle que, tras valorar todas las candidaturas recibidas, hemos seleccionado a otra persona cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos sus datos para futuros procesos, siempre con su consentimiento.

Un cordial saludo,

Departamento de Selección
Grupo Costa Almendra Hoteles, S.L.
Málaga
""")

E("rejection", "Domaine des Quatre Vents", "Julien", "Responsable Événementiel & Exploitation", "", "fr", "hard",
  "agency consultant relays client's no ('pas souhaité donner suite')", "",
  frm="Julien Marchetti <j.marchetti@cledor-recrutement.fr>",
  subj="Domaine des Quatre Vents – retour du client",
  date="2025-06-24 18:47", off="+0200", body="""
Bonjour Thomas,

Je reviens vers vous suite à la présentation de votre profil au Domaine des Quatre Vents pour le poste de Responsable Événementiel & Exploitation.

J'ai eu la directrice au téléphone cet après-midi. Elle a apprécié votre parcours, mais mon client n'a pas souhaité donner suite : ils cherchent quelqu'un qui a déjà géré un lieu de mariages en autonomie, avec la partie commerciale, et ils ont finalement un candidat local sur ce profil.

Je reste évidemment à l'écoute pour d'autres missions sur la région lyonnaise, j'ai deux ou trois dossiers qui devraient s'ouvrir à la rentrée.

Belle soirée,

Julien Marchetti
Consultant Senior Hôtellerie-Restauration
Clé d'Or Recrutement
06 12 48 77 30
""")

E("rejection", "Thornbury Hall Venues", "Marcus", "Venue Operations Manager", "", "en", "hard",
  "reply quoting earlier onsite invitation; internal candidate", "",
  frm="Marcus Ellery <marcus@thornburyhall.co.uk>", subj="Re: Your visit on Friday 24 April",
  date="2026-05-05 16:22", off="+0100", reply=True, body="""
Hi Thomas,

Apologies for the slow reply after your visit, the bank holiday weekend swallowed everything.

We've decided to give the role to Jess, who has been running our wedding season as interim for the last eight months. It was a close call and I'm sorry it isn't better news for you. You'd be a strong operator anywhere and I'd happily be a reference.

All the best,
Marcus

> On 17 Apr 2026, at 11:04, Marcus Ellery <marcus@thornburyhall.co.uk> wrote:
>
> Hi Thomas, we'd love to have you over on Friday 24 April. 10:00 tour of the
> estate with Jess, then 11:00 a conversation with me and our Head of Events.
> Lunch in the orangery afterwards. Parking is by the stables.
""")

E("rejection", "Saltmarsh Travel Group", "", "Operations Manager – Tour Programmes", "", "en", "easy",
  "Taleo; position filled", "",
  frm="Saltmarsh Travel Group Careers <saltmarsh@taleo.net>",
  subj="Operations Manager – Tour Programmes (Req 24-0871)",
  date="2025-01-28 08:55", off="+0000", fmt="html", body="""
Dear Thomas Delacroix-Mensah,

Thank you for your interest in the Operations Manager – Tour Programmes opportunity with Saltmarsh Travel Group.

We would like to let you know that the position has now been filled. We appreciate the time you took to apply and encourage you to keep an eye on our careers site.

Yours sincerely,
Saltmarsh Travel Group Recruitment
""")

E("rejection", "Les Brasseries Lumière", "", "Directeur de Restaurant (H/F)", "", "fr", "easy",
  "Teamtailor; 'ne poursuivrons pas'", "",
  frm="Brasseries Lumière <no-reply@teamtailor-mail.com>",
  subj="Votre candidature chez Brasseries Lumière",
  date="2025-09-03 10:15", off="+0200", fmt="alt", body="""
Bonjour Thomas,

Merci pour votre candidature au poste de Directeur de Restaurant (H/F).

Nous avons reçu de nombreuses candidatures de grande qualité. Malheureusement, nous ne poursuivrons pas le processus avec vous pour ce poste.

Nous vous souhaitons une belle continuation et espérons croiser votre route à une autre occasion.

L'équipe recrutement
Les Brasseries Lumière SARL
""")

E("rejection", "Wrenfield Hotel & Spa", "Gareth", "Deputy General Manager", "", "en", "hard",
  "two lines; 'didn't work out'; no signature title block", "",
  frm="Gareth Pryce <gareth.pryce@wrenfieldhotel.co.uk>", subj="Re: Deputy GM",
  date="2025-11-13 08:03", off="+0000", reply=True, body="""
Thomas - thanks for your time on Tuesday. This one didn't work out; we need someone with more banqueting volume behind them. All the best with the search.

Gareth
Wrenfield Hotel & Spa, Cardiff
""")

E("rejection", "Azuréa Croisières", "", "Hotel Manager à bord (H/F)", "", "fr", "hard",
  "Cornerstone; indirect ('d'autres profils correspondent davantage'); keeps CV in pool", "",
  frm="Azuréa Croisières – Recrutement <azurea@csod.com>",
  subj="Hotel Manager à bord (H/F) – suite donnée à votre candidature",
  date="2025-12-09 15:30", off="+0100", body="""
Bonjour Thomas,

Nous avons bien étudié votre candidature au poste de Hotel Manager à bord (H/F) et nous vous remercions pour l'ensemble des échanges de ces dernières semaines.

D'autres profils correspondent davantage aux exigences de ce poste, notamment en matière d'expérience maritime. Nous conservons votre CV dans notre vivier et reviendrons vers vous si une opportunité adaptée se présente.

Cordialement,

Direction des Ressources Humaines
Azuréa Croisières SA – Marseille
Ce message est envoyé depuis une adresse qui n'accepte pas les réponses.
""")

E("rejection", "Belvaux Events", "Anke", "Event Operations Manager", "", "en", "hard",
  "'not the right match at this time'; mentions interview in passing", "",
  frm="Anke Verhoeven <anke@belvaux-events.be>", subj="Event Operations Manager - update",
  date="2025-08-28 13:40", off="+0200", fmt="alt", cte="qp", body="""
Dear Thomas,

Following your interview with me and Pieter last week, we have taken time to compare all the shortlisted profiles.

Our conclusion is that your experience, while impressive on the hotel side, is not the right match at this time for a role that is about 70% large-format trade shows. We have therefore chosen to continue with another candidate.

Thank you for the thoughtful questions and for travelling to Brussels.

Kind regards,
Anke Verhoeven
People & Culture Lead
Belvaux Events SA | Avenue Louise 221 | 1050 Brussels
""")

E("rejection", "Hôtel Le Sémaphore", "", "Directeur d'hébergement (H/F)", "", "fr", "hard",
  "job board relays employer decision; sender is the board", "",
  frm="EmploiDirect <notifications@emploidirect.fr>",
  subj="Réponse de Hôtel Le Sémaphore à votre candidature",
  date="2025-05-21 07:12", off="+0200", fmt="html", hdrs={"List-Unsubscribe": "<https://emploidirect.fr/desabo?u=88271>"}, body="""
Bonjour Thomas,

Hôtel Le Sémaphore a mis à jour le statut de votre candidature au poste de Directeur d'hébergement (H/F) – La Rochelle.

Statut : Non retenue

L'employeur a indiqué que votre profil ne serait pas retenu pour la suite du recrutement. Ne vous découragez pas : 37 offres similaires vous attendent sur EmploiDirect.

Voir les offres similaires

EmploiDirect – Vous recevez cet e-mail car vous avez postulé via EmploiDirect.
""")

E("rejection", "Hostellerie du Lac de Joux", "Nadine", "Responsable Hébergement", "", "fr", "hard",
  "says 'accepté notre offre' about the other candidate", "",
  frm="Nadine Rochat <n.rochat@hostellerie-lacdejoux.ch>", subj="Poste de Responsable Hébergement",
  date="2026-01-22 16:48", off="+0100", body="""
Cher Monsieur Delacroix-Mensah,

Je tenais à vous écrire personnellement après nos deux entretiens.

Nous avons proposé le poste de Responsable Hébergement à une autre personne, qui a accepté notre offre hier. Votre candidature était très solide et ce choix n'a pas été simple.

Avec mes remerciements pour votre disponibilité et mes meilleurs vœux de réussite,

Nadine Rochat
Directrice
Hostellerie du Lac de Joux SA
Le Pont (VD)
""")

E("rejection", "Pemberton Leisure Group", "", "Resort Operations Manager", "", "en", "easy",
  "Workday; 'not been successful'", "",
  frm="Pemberton Leisure Group <pembertonleisure@myworkday.com>",
  subj="Your application for Resort Operations Manager",
  date="2025-03-05 12:00", off="+0000", body="""
Dear Thomas,

Thank you for applying for the role of Resort Operations Manager at Pemberton Leisure Group.

We regret to let you know that, on this occasion, you have not been successful. Due to the volume of applications we are unable to provide individual feedback.

We wish you every success in the future.

Pemberton Leisure Group Resourcing Team
""")

E("rejection", "Hotel Bergkristall Zermatt AG", "Reto", "Stellvertretender Direktor (m/w/d)", "", "de", "hard",
  "internal appointment; 'in Kontakt bleiben'; no 'leider'", "",
  frm="Reto Imboden <direktion@bergkristall-zermatt.ch>", subj="Stellvertretender Direktor",
  date="2025-10-30 09:26", off="+0100", body="""
Grüezi Herr Delacroix-Mensah

Herzlichen Dank für das angenehme Gespräch vom Montag.

Wir haben uns entschieden, die Stelle des stellvertretenden Direktors intern zu besetzen: unsere langjährige Front Office Managerin übernimmt per 1. Dezember. Ich hoffe, Sie haben Verständnis dafür.

Gerne bleiben wir in Kontakt, falls sich für die Sommersaison etwas ergibt.

Beste Grüsse aus Zermatt
Reto Imboden
Direktor
Hotel Bergkristall Zermatt AG
""")

E("rejection", "Voyages Orphéa", "", "Chef de projet Séminaires & Incentives", "", "fr", "hard",
  "WTTJ-like platform status update; company only in body", "",
  frm="Cap Talents <ne-pas-repondre@captalents.fr>", subj="Mise à jour de votre candidature",
  date="2025-04-15 20:05", off="+0200", fmt="alt", body="""
Bonjour Thomas,

L'entreprise Voyages Orphéa a examiné votre candidature au poste de Chef de projet Séminaires & Incentives.

Après réflexion, l'équipe a décidé de ne pas poursuivre avec vous pour ce poste. Votre candidature a été archivée.

Continuez à explorer les entreprises qui recrutent sur Cap Talents !

L'équipe Cap Talents
""")

E("rejection", "Amberlea Hotel Collection", "Callum", "Operations Manager – Edinburgh", "", "en", "hard",
  "agency recruiter forwards client's decision; decision in forwarded note", "",
  frm="Callum Reid <callum@meridianhospitalitysearch.co.uk>",
  subj="FW: Thomas Delacroix-Mensah - Operations Manager",
  date="2025-12-01 10:14", off="+0000", body="""
Hi Thomas,

Forwarding Amberlea's feedback below, verbatim. Sorry mate, I thought this one was ours. Call me when you've had a chance to read it, I still think the Glasgow opening suits you.

Callum
Meridian Hospitality Search

-----Original Message-----
From: Fiona Mackie <f.mackie@amberleahotels.co.uk>
Sent: 28 November 2025 17:51
To: Callum Reid <callum@meridianhospitalitysearch.co.uk>
Subject: Thomas Delacroix-Mensah - Operations Manager

Callum, thanks for putting Thomas forward. We enjoyed meeting him but we're going to move ahead with the other finalist, whose Scottish market knowledge is stronger. Please pass on our thanks.

Fiona Mackie
Regional Director, Amberlea Hotel Collection
""")

E("rejection", "Résidences Côté Parc", "", "Responsable de Résidence (H/F)", "", "fr", "easy",
  "Taleo-style letter; 'suite favorable'", "",
  frm="Résidences Côté Parc <recrutement@cotepark-residences.fr>",
  subj="Votre candidature – Responsable de Résidence (H/F) – Villeurbanne",
  date="2025-10-21 11:35", off="+0200", body="""
Monsieur,

Nous faisons suite à votre candidature et à votre entretien téléphonique du 6 octobre pour le poste de Responsable de Résidence (H/F) à Villeurbanne.

Nous sommes au regret de ne pouvoir y donner une suite favorable.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le Service Recrutement
Résidences Côté Parc
""")

E("rejection", "Le Grand Hôtel des Cévennes", "Isabelle", "Directeur d'hôtel (H/F)", "", "fr", "hard",
  "reply to thank-you note; decisive point explained, no negative keyword", "",
  frm="Isabelle Fabre <direction@grandhotel-cevennes.fr>", subj="RE: Merci pour l'entretien",
  date="2026-06-03 21:12", off="+0200", reply=True, body="""
Bonsoir Thomas,

Merci pour votre message, très apprécié.

Le comité a retenu un candidat qui a déjà piloté une réouverture après travaux lourds, et c'est ce point qui a été décisif pour nous cette année. Je voulais que vous l'appreniez de moi plutôt que par un courrier type.

Votre analyse des avis clients était remarquable ; n'hésitez pas à me solliciter si je peux vous recommander.

Isabelle Fabre
Présidente – Le Grand Hôtel des Cévennes

-----Message d'origine-----
De : Thomas Delacroix-Mensah
Envoyé : lundi 1 juin 2026 08:40
Objet : Merci pour l'entretien

Madame Fabre, merci encore pour l'entretien de vendredi et la visite des étages en travaux...
""")

E("rejection", "Caledon Rail Journeys", "", "Onboard Hospitality Manager", "", "en", "easy",
  "Cornerstone; 'after careful consideration'", "",
  frm="Caledon Rail Journeys <caledonrail@csod.com>", subj="Onboard Hospitality Manager – application outcome",
  date="2025-08-12 15:05", off="+0100", fmt="alt", body="""
Dear Thomas,

Thank you for your application for the Onboard Hospitality Manager vacancy.

After careful consideration we regret to inform you that we will not be taking your application further. We received a very high number of applications and the standard was strong.

Best wishes,
People Team, Caledon Rail Journeys Ltd
""")

E("rejection", "Cruceros Alborán", "Marta", "Hotel Director a bordo", "", "es", "hard",
  "'seguir adelante con otros perfiles' (forward with others)", "",
  frm="Marta Quintana <mquintana@crucerosalboran.com>", subj="RE: Hotel Director a bordo",
  date="2026-02-17 18:21", off="+0100", reply=True, body="""
Hola Thomas:

Gracias por la videollamada del martes y por la paciencia con los horarios.

Después de comentarlo con el capitán y con el director de operaciones, hemos decidido seguir adelante con otros perfiles que ya tienen la certificación STCW vigente, que para nosotros es imprescindible en esta temporada.

Te deseo mucha suerte; si más adelante obtienes la certificación, escríbeme sin problema.

Un abrazo,
Marta

Marta Quintana
Talent Acquisition · Cruceros Alborán
""")

E("rejection", "Alpes Horizon Stations", "", "Responsable Hébergement Station (Saison d'hiver)", "", "fr", "hard",
  "HTML only, base64; 'poste a été pourvu'", "",
  frm="Alpes Horizon Stations <no-reply@smartrecruiters.com>",
  subj="Responsable Hébergement Station (Saison d'hiver) : point sur votre candidature",
  date="2026-01-20 09:48", off="+0100", fmt="html", cte="b64", body="""
Bonjour Thomas,

Merci pour votre venue au Pic-Blanc et pour la mise en situation du 9 janvier.

Nous vous informons que le poste de Responsable Hébergement Station (Saison d'hiver) a été pourvu. Nous ne sommes donc pas en mesure de poursuivre votre candidature.

Nous vous souhaitons une très bonne saison.

Alpes Horizon Stations – Ressources Humaines
""")

E("rejection", "Linden Square Hotels", "Verity", "Operations Manager", "", "en", "hard",
  "long feedback after case study; 'offered the role' to someone else", "",
  frm="Verity Holt <verity.holt@lindensquarehotels.com>", subj="Operations Manager - feedback",
  date="2026-09-16 17:55", off="+0100", fmt="alt", body="""
Dear Thomas,

Thank you for the work you put into the case study and the panel presentation on Monday. I promised feedback whichever way it went, so here it is.

What worked: your labour-cost model was the clearest we saw, and the panel liked your approach to the housekeeping outsourcing question.

Where others were stronger: we have offered the role to a candidate with more hands-on experience of UK employment law and union consultation, which will matter a lot in the next 18 months.

I realise that is disappointing after two rounds. I would be glad to stay in touch and to let you know if another opening comes up in the group.

With best wishes,

Verity Holt
Head of Operations
Linden Square Hotels
""")

E("rejection", "Snowline Chalets", "Ellie", "Chalet Operations Manager – Méribel", "", "en", "hard",
  "appointed someone; offers to keep details for next season", "",
  frm="Ellie Warburton <ellie@snowlinechalets.co.uk>", subj="Méribel role",
  date="2026-10-27 10:05", off="+0000", body="""
Hi Thomas,

Thanks for throwing your hat in the ring again. We've appointed someone who ran our Val Thorens chalets last winter, so the Méribel role is now taken.

I'd like to keep your details for the 2027/28 season if that's OK with you.

Ellie
Snowline Chalets
""")

# ---------------------------------------------------------------------------------------
# on_hold
# ---------------------------------------------------------------------------------------
E("on_hold", "Groupe Hôtelier Cerisaie", "Sophie", "Directeur des Opérations – Pôle Alpes", "", "fr", "easy",
  "gel des recrutements", "",
  frm="Sophie Lambertin <sophie.lambertin@cerisaie-hotels.fr>", subj="Directeur des Opérations – Pôle Alpes",
  date="2026-07-08 10:20", off="+0200", body="""
Bonjour Thomas,

Je reviens vers vous comme promis. La direction générale a décidé hier un gel des recrutements sur les postes de siège jusqu'à la fin de l'année, en attendant la finalisation du rachat de deux établissements.

Le poste de Directeur des Opérations – Pôle Alpes est donc suspendu. Ce n'est en aucun cas lié à votre candidature, qui reste à mes yeux l'une des plus intéressantes.

Je vous tiendrai informé dès que nous aurons de la visibilité.

Bien cordialement,
Sophie Lambertin
Responsable Talents & Recrutement
Groupe Hôtelier Cerisaie
""")

E("on_hold", "Harbourline Cruises", "Priya", "Guest Services Director", "", "en", "easy",
  "pausing this search", "",
  frm="Priya Nandakumar <priya.nandakumar@harbourline.co.uk>", subj="Guest Services Director - pausing the search",
  date="2026-03-03 11:09", off="+0000", body="""
Hi Thomas,

A quick and slightly awkward update: we are pausing this search while the leadership team reviews the 2027 deployment plan, which may change where the role is based.

Nothing has changed about how we see your application. I expect to know more by the end of April and will come back to you either way.

Best,
Priya
Harbourline Cruises
""")

E("on_hold", "Saltmarsh Travel Group", "", "Head of Guest Experience", "", "en", "hard",
  "requisition cancelled; 'no longer be considered' reads like a rejection", "",
  frm="Saltmarsh Travel Group Careers <saltmarsh@taleo.net>", subj="Head of Guest Experience (Req 25-0142) – status change",
  date="2025-06-10 14:33", off="+0100", hdrs={"Auto-Submitted": "auto-generated"}, body="""
Dear Thomas Delacroix-Mensah,

We are writing to let you know that requisition 25-0142, Head of Guest Experience, has been cancelled by the business and will not be filled at this time.

As a result, your application will no longer be considered for this position. This decision is not a reflection of your qualifications.

Should the position be re-opened, you are welcome to apply again.

Saltmarsh Travel Group Recruitment
""")

E("on_hold", "Les Brasseries Lumière", "Karima", "Manager de salle – mission intérim 3 mois", "", "fr", "hard",
  "interim agency; mission cancelled by the client", "",
  frm="Karima Benali <karima.benali@alto-interim.fr>", subj="Mission Brasseries Lumière – annulation",
  date="2025-02-19 17:02", off="+0100", body="""
Bonjour Thomas,

Mauvaise nouvelle de dernière minute : le client Les Brasseries Lumière vient d'annuler la mission de Manager de salle (3 mois) prévue à partir du 3 mars. Ils reportent l'ouverture de la terrasse et n'ont plus besoin du renfort pour l'instant.

Votre profil n'est pas en cause, le client était d'accord pour vous accueillir. Je vous garde en priorité si la mission est relancée au printemps.

Karima
Chargée de recrutement – Alto Intérim Lyon 3
""")

E("on_hold", "Alpenglück Resorts AG", "Sabine", "Leiter Gästeservice (m/w/d)", "", "de", "hard",
  "restructuring; position not filled for now", "",
  frm="Sabine Oberholzer <s.oberholzer@alpenglueck-resorts.ch>", subj="Leiter Gästeservice (m/w/d) – Zwischenstand",
  date="2025-09-25 08:44", off="+0200", cte="qp", body="""
Guten Tag Herr Delacroix-Mensah

Ich möchte Sie über den aktuellen Stand informieren: Aufgrund einer Umstrukturierung unserer Gästebetreuung in Davos und Arosa wird die Stelle Leiter Gästeservice vorerst nicht besetzt. Das Verfahren ist bis auf Weiteres ausgesetzt.

Sobald die neue Organisation feststeht, melde ich mich wieder bei Ihnen.

Freundliche Grüsse
Sabine Oberholzer
HR Business Partner, Alpenglück Resorts AG
""")

E("on_hold", "Pemberton Leisure Group", "Oliver", "General Manager – Harrogate", "", "en", "hard",
  "curt; role no longer open after property sale", "",
  frm="Oliver Stanhope <oliver.stanhope@pembertonleisure.co.uk>", subj="Re: Harrogate GM",
  date="2025-11-26 19:30", off="+0000", reply=True, body="""
Thomas,

Sorry to be brief. We agreed the sale of the Harrogate property this afternoon, so the GM role is no longer open with us. The buyer may keep the team; I'll pass on your details if they ask.

Oliver
""")

E("on_hold", "Château de Mirabelle", "Bertrand", "Responsable d'exploitation réceptions", "", "fr", "hard",
  "budget; recruitment postponed to autumn", "",
  frm="Bertrand Morel <bertrand@chateau-mirabelle.fr>", subj="Recrutement responsable d'exploitation",
  date="2026-05-12 12:15", off="+0200", fmt="alt", body="""
Bonjour Thomas,

Je préfère être transparent avec vous : la saison des mariages a démarré moins fort que prévu et, faute de budget, nous reportons ce recrutement à l'automne.

Je ne ferme pas la porte, au contraire. Nous reviendrons vers vous en septembre pour reprendre là où nous nous sommes arrêtés.

Cordialement,
Bertrand Morel
Gérant – Château de Mirabelle, lieu de réception
""")

E("on_hold", "Belvaux Events", "Anke", "Venue Manager – Antwerp", "", "en", "easy",
  "explicit hiring freeze", "",
  frm="Anke Verhoeven <anke@belvaux-events.be>", subj="Venue Manager – Antwerp: hiring freeze",
  date="2026-02-04 09:12", off="+0100", body="""
Dear Thomas,

I wanted to let you know that Belvaux Events has introduced a hiring freeze across our Brussels and Antwerp venues, effective today, following the loss of a major anchor client.

The Venue Manager – Antwerp recruitment is therefore on hold. We hope to restart in Q3 and I will contact you first if we do.

Kind regards,
Anke Verhoeven
People & Culture Lead, Belvaux Events
""")

E("on_hold", "Azuréa Croisières", "Mélanie", "Responsable Hébergement (H/F)", "", "fr", "easy",
  "suspended: ship delivery postponed", "",
  frm="Mélanie Giraud <m.giraud@azurea-croisieres.fr>", subj="Responsable Hébergement – recrutement suspendu",
  date="2026-06-18 15:57", off="+0200", body="""
Bonjour Thomas,

Le chantier naval nous a informés d'un report de la livraison de l'Azuréa Horizon à 2027. Le recrutement du Responsable Hébergement (H/F) est donc suspendu jusqu'à nouvel ordre.

Votre candidature reste active de notre côté et je reprendrai contact dès que nous aurons un nouveau calendrier.

Bien à vous,
Mélanie Giraud
Chargée de recrutement – Azuréa Croisières
""")

E("on_hold", "Snowline Chalets", "Ellie", "Resort Manager – Morzine", "", "en", "hard",
  "season delayed; 'keep your application active' can read like a soft no", "",
  frm="Ellie Warburton <ellie@snowlinechalets.co.uk>", subj="Resort Manager Morzine - where things stand",
  date="2025-11-18 13:02", off="+0100", body="""
Hi Thomas,

Not the update either of us wanted: two of our Morzine chalets have failed their fire inspection and we won't know until January whether they'll open this winter. Until then we've had to put the Resort Manager role on hold.

We'll keep your application active and I'll be in touch as soon as the owners confirm.

Cheers,
Ellie
Snowline Chalets | Operations
""")

# ---------------------------------------------------------------------------------------
# interview
# ---------------------------------------------------------------------------------------
E("interview", "Kestrel & Moor Hotels", "Fiona", "Hotel Operations Manager", "", "en", "easy",
  "Teams invite with text/calendar attachment", "2026-03-12T14:00:00+00:00",
  frm="Fiona Daly <fiona.daly@kestrelmoor.co.uk>", subj="Invitation: Interview – Hotel Operations Manager (Thomas Delacroix-Mensah)",
  date="2026-03-09 10:02", off="+0000",
  ics=ics_event("km-77120", "20260312T140000", "20260312T150000", "Europe/London",
                "Interview - Hotel Operations Manager", "fiona.daly@kestrelmoor.co.uk"),
  body="""
When: Thursday 12 March 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Where: Microsoft Teams

Hi Thomas,

As discussed, here is the invite for your first interview for the Hotel Operations Manager role. You'll meet me and Rob Akers, our Area Director. Expect questions on P&L ownership, team structure and a recent service recovery you led.

Fiona Daly
Recruitment Partner | Kestrel & Moor Hotels
""")

E("interview", "Groupe Hôtelier Cerisaie", "Sophie", "Directeur d'Exploitation (H/F) – Cerisaie Annecy", "", "fr", "easy",
  "convocation with fixed date and place", "2026-04-14T10:30:00+02:00",
  frm="Sophie Lambertin <sophie.lambertin@cerisaie-hotels.fr>", subj="Entretien – Directeur d'Exploitation Annecy",
  date="2026-04-08 09:15", off="+0200", body="""
Bonjour Thomas,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien pour le poste de Directeur d'Exploitation (H/F) – Cerisaie Annecy :

Date : mardi 14 avril 2026 à 10h30
Lieu : siège du groupe, 12 quai Rambaud, 69002 Lyon
Interlocuteurs : Sophie Lambertin (Talents) et Hervé Guillot (Directeur Régional)

Merci de me confirmer votre présence.

Bien cordialement,
Sophie Lambertin
Responsable Talents & Recrutement
Groupe Hôtelier Cerisaie SAS
""")

E("interview", "Maison Valmorel Hôtels & Spa", "Claire", "Directeur adjoint d'exploitation", "", "fr", "hard",
  "scheduling link; no word 'entretien'", "",
  frm="Claire Vautrin <c.vautrin@maisonvalmorel.fr>", subj="Un échange la semaine prochaine ?",
  date="2025-04-03 08:51", off="+0200", fmt="alt", body="""
Bonjour Thomas,

Votre parcours entre Lyon et Genève m'a beaucoup intéressée. J'aimerais que nous prenions 30 minutes pour parler du poste de directeur adjoint d'exploitation et de vos attentes.

Vous pouvez choisir directement un créneau qui vous arrange ici : https://calendly.com/claire-vautrin-valmorel/30min

À très vite,
Claire Vautrin
Directrice Générale – Maison Valmorel Hôtels & Spa
""")

E("interview", "Harbourline Cruises", "Priya", "Hotel Operations Manager (Shipboard)", "", "en", "hard",
  "reschedule in reply thread, relative day resolved against Date header", "2025-06-19T15:00:00+01:00",
  frm="Priya Nandakumar <priya.nandakumar@harbourline.co.uk>", subj="Re: Second interview - Hotel Operations Manager (Shipboard)",
  date="2025-06-16 09:40", off="+0100", reply=True, body="""
Hi Thomas,

Bit of a shuffle, sorry: our VP Hotel Operations has been called to the Fort Lauderdale office. Could we move Wednesday's conversation to Thursday, same time (15:00 London time)? The Zoom link stays the same.

Thanks for being flexible,
Priya

On Wed, 11 Jun 2025 at 16:02, Priya Nandakumar wrote:
> Lovely, so that's confirmed for Wednesday 18 June at 15:00 with me and Dominic.
""")

E("interview", "Seehotel Bürgenblick AG", "Martina", "Resident Manager (m/w/d)", "", "de", "easy",
  "German invitation with fixed date", "2026-02-03T11:00:00+01:00",
  frm="Martina Zurbriggen <m.zurbriggen@buergenblick.ch>", subj="Einladung zum Vorstellungsgespräch – Resident Manager (m/w/d)",
  date="2026-01-27 14:25", off="+0100", body="""
Sehr geehrter Herr Delacroix-Mensah

Vielen Dank für Ihre Bewerbung als Resident Manager (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 3. Februar 2026, 11:00 Uhr
Seehotel Bürgenblick, Seestrasse 5, 6006 Luzern
Gesprächspartner: Stefan Kälin (Direktor) und ich

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse
Martina Zurbriggen
Leiterin Human Resources
Seehotel Bürgenblick AG
""")

E("interview", "Hospederías Sierra Alta", "Álvaro", "Subdirector de Hotel", "", "es", "easy",
  "Spanish video interview, fixed time", "2026-05-07T16:00:00+02:00",
  frm="Álvaro Ruiz <aruiz@hospederiassierraalta.es>", subj="Entrevista - Subdirector de Hotel",
  date="2026-04-30 12:33", off="+0200", body="""
Hola Thomas:

Nos ha gustado mucho tu candidatura para el puesto de Subdirector de Hotel en Granada. Te propongo una entrevista por videollamada el jueves 7 de mayo a las 16:00 (hora peninsular), con la directora del hotel y conmigo.

Te enviaré el enlace de Google Meet el día anterior. ¿Me confirmas que te va bien?

Saludos,
Álvaro Ruiz
Responsable de Personas · Hospederías Sierra Alta
""")

E("interview", "Aldwych Court Hotels", "Hannah", "Front Office Manager", "", "en", "hard",
  "agency recruiter; 'Tuesday at 2pm' relative to Date header", "2025-10-07T14:00:00+01:00",
  frm="Hannah Osei <hannah@meridianhospitalitysearch.co.uk>", subj="Aldwych Court - they want to meet you!",
  date="2025-10-02 17:26", off="+0100", body="""
Hi Thomas,

Great news - my client Aldwych Court Hotels loved your CV for the Front Office Manager role and would like to meet you in person on Tuesday at 2pm at their Covent Garden office (14 Maiden Lane, ask for Sean at reception).

It's a one-hour meeting with the Hotel Manager and the Rooms Division Director. Dress smart, bring a couple of examples of rota and forecasting work if you can.

Let me know you're good for it and I'll confirm.

Hannah Osei
Senior Consultant | Meridian Hospitality Search
""")

E("interview", "L'Auberge du Vieux Port", "Patrick", "Directeur adjoint", "", "fr", "hard",
  "informal 'café' with the GM; relative day", "2025-09-18T15:00:00+02:00",
  frm="Patrick Santoni <patrick@aubergeduvieuxport.fr>", subj="Re: Candidature directeur adjoint",
  date="2025-09-15 22:04", off="+0200", reply=True, body="""
Bonsoir Thomas,

Merci pour votre mail, votre profil m'intéresse. Passez me voir jeudi à 15h à l'auberge, on prendra un café en terrasse et je vous présenterai l'équipe de salle. Demandez Patrick au bar.

Patrick
L'Auberge du Vieux Port – Marseille
""")

E("interview", "Linden Square Hotels", "Verity", "Operations Manager", "", "en", "easy",
  "case study plus panel presentation; choose a slot", "",
  frm="Verity Holt <verity.holt@lindensquarehotels.com>", subj="Next stage: case study and panel - Operations Manager",
  date="2026-09-01 11:48", off="+0100", fmt="alt", body="""
Dear Thomas,

Thank you for a great first conversation. I'm pleased to invite you to the final stage for the Operations Manager role.

1. Case study: attached you'll find the trading figures for a 140-room city-centre hotel. Please prepare a 15-minute presentation of your 90-day plan.
2. Panel interview: 60 minutes with me, our CFO and the GM of Linden Square Manchester.

Please pick one of the slots below and reply:
- Monday 14 September, 10:00
- Monday 14 September, 15:00
- Tuesday 15 September, 09:30

Best wishes,
Verity Holt
Head of Operations, Linden Square Hotels
""", pdf="LSH_case_study_trading_figures.pdf")

E("interview", "Azuréa Croisières", "Mélanie", "Hotel Manager à bord (H/F)", "", "fr", "easy",
  "Teams invite with text/calendar part; Paris time stated", "2025-11-05T09:30:00+01:00",
  frm="Mélanie Giraud <m.giraud@azurea-croisieres.fr>", subj="Entretien visio – Hotel Manager à bord (H/F)",
  date="2025-10-29 16:40", off="+0100", cte="qp",
  ics=ics_event("azc-55310", "20251105T093000", "20251105T103000", "Europe/Paris",
                "Entretien - Hotel Manager a bord", "m.giraud@azurea-croisieres.fr"),
  body="""
Bonjour Thomas,

Comme convenu, je vous confirme votre entretien en visioconférence pour le poste de Hotel Manager à bord (H/F) :

mercredi 5 novembre 2025 à 9h30 (heure de Paris), durée 1 heure, sur Microsoft Teams.

Vous échangerez avec notre Directeur des Opérations Hôtelières Flotte et moi-même. L'invitation est jointe à ce message.

Bien cordialement,
Mélanie Giraud
Chargée de recrutement – Azuréa Croisières
""")

E("interview", "Saltmarsh Travel Group", "", "Destination Operations Manager", "", "en", "hard",
  "ModernLoop-style scheduling link; says 'conversation' not interview", "",
  frm="Saltmarsh Travel Group <scheduling@modernloop.io>", subj="Book your conversation with the Saltmarsh Destinations team",
  date="2026-08-20 08:05", off="-0500", fmt="html", body="""
Hi Thomas,

The Saltmarsh Destinations team would like to set up a 45-minute video conversation with you about the Destination Operations Manager role.

Please choose a time that suits you using the link below. Available times are shown in your local time zone.

Choose a time: https://app.modernloop.io/s/saltmarsh/8a7c21

If none of the times work, reply to this email and a coordinator will help.

Saltmarsh Travel Group Talent Team
""")

E("interview", "Voyages Orphéa", "", "Responsable Opérations Voyages de Groupe", "", "fr", "hard",
  "platform confirmation ('rendez-vous'), no-reply sender", "2026-03-20T11:00:00+01:00",
  frm="Cap Talents <ne-pas-repondre@captalents.fr>", subj="Rendez-vous confirmé avec Voyages Orphéa",
  date="2026-03-16 13:10", off="+0100", fmt="alt", body="""
Bonjour Thomas,

Votre rendez-vous avec Voyages Orphéa est confirmé.

Poste : Responsable Opérations Voyages de Groupe
Date : vendredi 20 mars 2026, 11:00 (UTC+01:00)
Format : visioconférence (le lien vous sera envoyé par l'équipe RH)

Pour déplacer ou annuler ce rendez-vous, rendez-vous dans votre espace candidat.

L'équipe Cap Talents
""")

E("interview", "Skiarena Hohtälli AG", "Urs", "Leiter Hotellerie Bergrestaurants (m/w/d)", "", "de", "hard",
  "trial day ('Schnuppertag') on site; no word 'Interview'", "2025-12-13T08:00:00+01:00",
  frm="Urs Ruppen <urs.ruppen@hohtaelli.ch>", subj="Schnuppertag Bergrestaurants",
  date="2025-12-04 18:12", off="+0100", body="""
Hallo Herr Delacroix-Mensah

Danke für das gute Telefonat. Wir würden Sie gerne vor Ort kennenlernen und schlagen einen Schnuppertag in unseren Bergrestaurants vor: am Samstag, 13. Dezember 2025 ab 8:00 Uhr, Treffpunkt Talstation Hohtälli. Am Nachmittag sitzen wir mit dem Geschäftsführer zusammen.

Skipass und Mittagessen übernehmen wir.

Gruss
Urs Ruppen
Leiter Gastronomie, Skiarena Hohtälli AG
""")

E("interview", "Caledon Rail Journeys", "Moira", "Guest Experience Manager", "", "en", "easy",
  "phone screen 'tomorrow at 10:30'", "2026-02-11T10:30:00+00:00",
  frm="Moira Buchanan <moira.buchanan@caledonrail.co.uk>", subj="Phone call tomorrow - Guest Experience Manager",
  date="2026-02-10 16:20", off="+0000", body="""
Hi Thomas,

Thanks for applying for the Guest Experience Manager role. I'd like to do a 20-minute phone interview tomorrow at 10:30 if that works for you. I'll call the mobile number on your CV.

Best,
Moira Buchanan
Talent Lead, Caledon Rail Journeys
""")

E("interview", "Les Brasseries Lumière", "", "Directeur de Restaurant – Lyon Bellecour", "", "fr", "easy",
  "Teamtailor invitation; pick a slot", "",
  frm="Brasseries Lumière <no-reply@teamtailor-mail.com>", subj="Invitation à un entretien – Directeur de Restaurant – Lyon Bellecour",
  date="2026-10-06 10:05", off="+0200", fmt="alt", body="""
Bonjour Thomas,

Bonne nouvelle ! Nous souhaitons vous rencontrer pour le poste de Directeur de Restaurant – Lyon Bellecour.

Choisissez le créneau d'entretien qui vous convient parmi les disponibilités de notre équipe :
https://brasserieslumiere.teamtailor.com/meetings/b7f1e2

L'entretien dure environ 45 minutes et se déroule dans la brasserie.

À bientôt,
L'équipe recrutement des Brasseries Lumière
""")

E("interview", "Vaudrière Lakeside Resort", "Laurent", "Resort Operations Manager", "", "en", "hard",
  "'Unfortunately' opens a reschedule; Geneva time", "2025-06-02T09:00:00+02:00",
  frm="Laurent Favre <l.favre@vaudriere-resort.ch>", subj="Change of date - your interview",
  date="2025-05-28 17:50", off="+0200", body="""
Dear Thomas,

Unfortunately our General Manager can no longer make Friday. We have moved your interview to Monday 2 June at 9:00 (Geneva time), still on Teams, same link.

Please let me know if this causes any problem.

Kind regards,
Laurent Favre
HR Manager, Vaudrière Lakeside Resort SA
""")

E("interview", "Hôtel Saint-Clair Part-Dieu", "Karima", "Responsable de réception (mission intérim)", "", "fr", "hard",
  "interim agency; client meeting 'demain à 14h'", "2025-03-14T14:00:00+01:00",
  frm="Karima Benali <karima.benali@alto-interim.fr>", subj="RDV client demain – Saint-Clair",
  date="2025-03-13 11:22", off="+0100", body="""
Thomas,

Le client Hôtel Saint-Clair Part-Dieu souhaite vous rencontrer pour la mission de Responsable de réception : rendez-vous demain à 14h avec la directrice, Mme Perrin, directement à l'hôtel (accueil, 3e étage).

Pensez à prendre une pièce d'identité. Tenez-moi au courant après le rendez-vous !

Karima
Alto Intérim Lyon 3
""")

E("interview", "Thornbury Hall Venues", "Marcus", "Venue Operations Manager", "", "en", "hard",
  "visit itinerary; no word interview", "2026-04-24T10:00:00+01:00",
  frm="Marcus Ellery <marcus@thornburyhall.co.uk>", subj="Your visit on Friday 24 April",
  date="2026-04-17 11:04", off="+0100", body="""
Hi Thomas,

We'd love to have you over on Friday 24 April. The plan:

10:00  tour of the estate and the barn with Jess
11:00  conversation with me and our Head of Events, Priti
12:30  lunch in the orangery with the duty managers

Parking is by the stables. Any dietary requirements, just say.

Marcus Ellery
General Manager, Thornbury Hall Venues
""")

E("interview", "Résidences Côté Parc", "", "Responsable de Résidence (H/F)", "", "fr", "easy",
  "Cornerstone convocation, phone interview fixed", "2025-10-06T17:00:00+02:00",
  frm="Résidences Côté Parc <cotepark@csod.com>", subj="Convocation à un entretien téléphonique",
  date="2025-09-30 10:00", off="+0200", body="""
Bonjour Thomas,

Votre candidature au poste de Responsable de Résidence (H/F) a retenu notre attention.

Nous vous proposons un entretien téléphonique le lundi 6 octobre 2025 à 17h00. Un membre de notre équipe vous appellera au numéro indiqué dans votre profil.

En cas d'empêchement, merci de nous prévenir via votre espace candidat.

Le Service Recrutement
Résidences Côté Parc
""")

E("interview", "Kestrel & Moor Hotels", "Fiona", "Guest Services Manager, The Kestrel York", "", "en", "hard",
  "thread quotes an earlier rejection for another role", "2025-11-26T11:00:00+00:00",
  frm="Fiona Daly <fiona.daly@kestrelmoor.co.uk>", subj="Re: Update on your application",
  date="2025-11-20 12:12", off="+0000", reply=True, body="""
Hi Thomas,

Thanks for your reply. I know the Bath outcome wasn't what you wanted, but a Guest Services Manager role has just opened at The Kestrel York and I immediately thought of you.

Would Wednesday 26 November at 11:00 work for a video interview with the GM? I've pencilled it in and will send a Teams link once you confirm.

Fiona

> Thank you for applying for the Hotel Operations Manager, The Kestrel Bath
> position. ... on this occasion, we won't be progressing yours any further.
""")

E("interview", "Alpes Horizon Stations", "", "Responsable Hébergement Station (Saison d'hiver)", "", "fr", "hard",
  "HTML only; 'mise en situation' on site, no word entretien", "2026-01-09T09:00:00+01:00",
  frm="Alpes Horizon Stations <no-reply@smartrecruiters.com>", subj="Étape suivante : mise en situation au Pic-Blanc",
  date="2025-12-22 14:30", off="+0100", fmt="html", body="""
Bonjour Thomas,

Votre candidature au poste de Responsable Hébergement Station (Saison d'hiver) passe à l'étape suivante.

Nous vous attendons pour une visite du site et une mise en situation avec l'équipe d'exploitation le vendredi 9 janvier 2026 à 9h, à l'accueil de la résidence Les Cristaux, station du Pic-Blanc.

Prévoyez une tenue adaptée à la neige.

Alpes Horizon Stations – Ressources Humaines
""")

E("interview", "Snowline Chalets", "Ellie", "Resort Manager – Morzine", "", "en", "easy",
  "'quick chat', choose between two afternoons", "",
  frm="Ellie Warburton <ellie@snowlinechalets.co.uk>", subj="Quick chat about Morzine?",
  date="2025-10-21 09:15", off="+0100", body="""
Hi Thomas,

Thanks for applying through Workable for the Resort Manager role in Morzine. Fancy a quick chat on Zoom? I'm free Thursday or Friday afternoon, pick whichever suits and I'll send a link.

Ellie Warburton
Operations, Snowline Chalets
""")

# ---------------------------------------------------------------------------------------
# offer
# ---------------------------------------------------------------------------------------
E("offer", "Groupe Hôtelier Cerisaie", "Sophie", "Directeur d'Exploitation (H/F) – Cerisaie Annecy", "", "fr", "easy",
  "promesse d'embauche PDF attached", "",
  frm="Sophie Lambertin <sophie.lambertin@cerisaie-hotels.fr>", subj="Proposition d'embauche – Directeur d'Exploitation Annecy",
  date="2026-04-29 18:02", off="+0200", pdf="Proposition_embauche_Delacroix-Mensah.pdf", body="""
Bonjour Thomas,

J'ai le plaisir de vous adresser, au nom du Groupe Hôtelier Cerisaie, notre proposition d'embauche pour le poste de Directeur d'Exploitation (H/F) – Cerisaie Annecy, en CDI, statut cadre, avec une prise de poste au 1er juin 2026.

Vous trouverez en pièce jointe le détail de la rémunération et des avantages. Nous vous remercions de nous faire part de votre réponse d'ici le 8 mai.

Toute l'équipe se réjouit à l'idée de vous accueillir.

Sophie Lambertin
Responsable Talents & Recrutement
Groupe Hôtelier Cerisaie SAS
""")

E("offer", "Caledon Rail Journeys", "Moira", "Guest Experience Manager", "", "en", "hard",
  "never says 'offer'; package and start date", "",
  frm="Moira Buchanan <moira.buchanan@caledonrail.co.uk>", subj="Good news",
  date="2026-03-19 17:35", off="+0000", body="""
Hi Thomas,

I'm delighted to say the panel wants you on board as our Guest Experience Manager. As discussed on the phone: £58,000 base, 10% bonus, 28 days plus bank holidays, relocation support up to £4,000, start date 1 June.

Contract and onboarding paperwork will follow from our HR system this week. Welcome aboard (literally)!

Moira
""")

E("offer", "L'Auberge du Vieux Port", "Julien", "Directeur adjoint", "", "fr", "hard",
  "agency consultant relays verbal offer from client", "",
  frm="Julien Marchetti <j.marchetti@cledor-recrutement.fr>", subj="Bonne nouvelle – L'Auberge du Vieux Port",
  date="2025-10-01 12:40", off="+0200", body="""
Thomas,

Je sors d'un appel avec Patrick Santoni : mon client est prêt à vous faire une proposition ferme pour le poste de Directeur adjoint à L'Auberge du Vieux Port. 52 k€ brut annuel, logement de fonction les trois premiers mois, démarrage souhaité le 3 novembre.

La lettre officielle partira de chez eux demain. Appelez-moi quand vous pouvez pour en parler !

Julien Marchetti
Clé d'Or Recrutement
""")

E("offer", "Seehotel Bürgenblick AG", "Martina", "Resident Manager (m/w/d)", "", "de", "easy",
  "German contract offer with PDF", "",
  frm="Martina Zurbriggen <m.zurbriggen@buergenblick.ch>", subj="Vertragsangebot Resident Manager",
  date="2026-02-12 10:30", off="+0100", pdf="Arbeitsvertrag_Entwurf.pdf", body="""
Sehr geehrter Herr Delacroix-Mensah

Es freut uns sehr, Ihnen die Stelle als Resident Manager (m/w/d) im Seehotel Bürgenblick anbieten zu dürfen. Den Vertragsentwurf mit allen Konditionen finden Sie im Anhang.

Wir bitten Sie um Rückmeldung bis zum 20. Februar 2026.

Freundliche Grüsse
Martina Zurbriggen
Leiterin Human Resources, Seehotel Bürgenblick AG
""")

E("offer", "Vaudrière Lakeside Resort", "Laurent", "Resort Operations Manager", "", "en", "easy",
  "Workday offer notification, HTML only; names HR contact", "",
  frm="Vaudrière Lakeside Resort <vaudriere@myworkday.com>", subj="Your offer from Vaudrière Lakeside Resort is ready",
  date="2025-06-20 08:00", off="+0200", fmt="html", body="""
Dear Thomas,

Congratulations! We are pleased to extend you an offer for the position of Resort Operations Manager.

Please sign in to your candidate home to review and accept your offer letter by 27 June 2025.

If you have any questions, please contact Laurent Favre, HR Manager, at l.favre@vaudriere-resort.ch.

Vaudrière Lakeside Resort SA
""")

E("offer", "Voyages Orphéa", "Inès", "Responsable Opérations Voyages de Groupe", "", "fr", "hard",
  "'Bienvenue' plus promesse d'embauche; no word 'offre'", "",
  frm="Inès Carpentier <ines.carpentier@voyages-orphea.fr>", subj="Bienvenue chez Orphéa !",
  date="2026-04-02 16:15", off="+0200", pdf="Promesse_embauche_Orphea.pdf", body="""
Bonjour Thomas,

Suite à nos échanges et au feu vert de la direction, c'est avec grand plaisir que je vous transmets votre promesse d'embauche pour le poste de Responsable Opérations Voyages de Groupe.

Il ne vous reste qu'à la signer et à nous la retourner ; nous caleront ensuite votre parcours d'intégration.

À très bientôt,
Inès Carpentier
Responsable RH – Voyages Orphéa
""")

# ---------------------------------------------------------------------------------------
# application_received
# ---------------------------------------------------------------------------------------
E("application_received", "Groupe Hôtelier Cerisaie", "", "Responsable des Opérations (H/F) – Lyon Confluence", "", "fr", "easy",
  "Workday acknowledgement", "",
  frm="Groupe Hôtelier Cerisaie <cerisaie@myworkday.com>", subj="Nous avons bien reçu votre candidature",
  date="2025-01-20 22:41", off="+0100", hdrs={"Auto-Submitted": "auto-generated"}, body="""
Bonjour Thomas,

Merci d'avoir postulé au poste de Responsable des Opérations (H/F) – Lyon Confluence. Votre candidature a bien été enregistrée et sera étudiée par notre équipe Talents.

Vous pouvez suivre son avancement à tout moment depuis votre espace candidat.

Groupe Hôtelier Cerisaie
""")

E("application_received", "Kestrel & Moor Hotels", "", "Hotel Operations Manager, The Kestrel Bath", "", "en", "easy",
  "SmartRecruiters acknowledgement", "",
  frm="Kestrel & Moor Hotels <no-reply@smartrecruiters.com>", subj="Thanks for applying to Kestrel & Moor Hotels",
  date="2025-03-10 19:20", off="+0000", fmt="alt", body="""
Hi Thomas,

Thanks for applying for Hotel Operations Manager, The Kestrel Bath. We've received your application and our team will review it shortly.

Kestrel & Moor Hotels Talent Acquisition
""")

E("application_received", "Les Brasseries Lumière", "", "Directeur de Restaurant (H/F)", "", "fr", "easy",
  "Teamtailor acknowledgement", "",
  frm="Brasseries Lumière <no-reply@teamtailor-mail.com>", subj="Merci pour votre candidature !",
  date="2025-08-18 07:55", off="+0200", body="""
Bonjour Thomas,

Merci pour votre candidature au poste de Directeur de Restaurant (H/F) ! Nous l'avons bien reçue et nous la lisons avec attention. Nous revenons vers vous dans les deux semaines.

L'équipe recrutement des Brasseries Lumière
""")

E("application_received", "Saltmarsh Travel Group", "", "Head of Guest Experience", "", "en", "hard",
  "'Unfortunately' about not replying individually; describes interview step", "",
  frm="Saltmarsh Travel Group Careers <saltmarsh@taleo.net>", subj="Application received: Head of Guest Experience (Req 25-0142)",
  date="2025-05-02 13:12", off="+0100", body="""
Dear Thomas Delacroix-Mensah,

Thank you for submitting your application for Head of Guest Experience (Req 25-0142).

Unfortunately, due to the number of applications we receive, we are not able to reply to everyone individually. If your profile is shortlisted, a member of the recruitment team will contact you to arrange an interview. If you have not heard from us within four weeks, please assume your application has not been successful on this occasion.

Saltmarsh Travel Group Recruitment
""")

E("application_received", "Voyages Orphéa", "", "Responsable Opérations Voyages de Groupe", "", "fr", "hard",
  "job platform confirmation that application was sent", "",
  frm="Cap Talents <ne-pas-repondre@captalents.fr>", subj="Votre candidature a bien été envoyée à Voyages Orphéa",
  date="2026-02-24 21:03", off="+0100", fmt="alt", body="""
Bonjour Thomas,

Votre candidature au poste de Responsable Opérations Voyages de Groupe a bien été envoyée à Voyages Orphéa.

Et maintenant ? L'équipe de recrutement va étudier votre profil. Vous serez notifié(e) dès que le statut de votre candidature évolue.

L'équipe Cap Talents
""")

E("application_received", "Snowline Chalets", "", "Resort Manager – Morzine", "", "en", "easy",
  "Workable acknowledgement", "",
  frm="Snowline Chalets <noreply@candidates.workablemail.com>", subj="Thanks for applying to Snowline Chalets",
  date="2025-10-14 20:45", off="+0100", body="""
Hi Thomas,

Thank you for your application for the Resort Manager – Morzine position at Snowline Chalets. We've received it and will be in touch if your experience matches what we're looking for.

Snowline Chalets
Sent via Workable
""")

E("application_received", "Alpenglück Resorts AG", "", "Betriebsleiter Hotel (m/w/d)", "", "de", "easy",
  "German acknowledgement", "",
  frm="Alpenglück Resorts AG <jobs@alpenglueck-resorts.ch>", subj="Eingangsbestätigung Ihrer Bewerbung",
  date="2025-02-26 06:30", off="+0100", hdrs={"Auto-Submitted": "auto-generated"}, body="""
Sehr geehrter Herr Delacroix-Mensah

Vielen Dank für Ihre Bewerbung als Betriebsleiter Hotel (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden nun sorgfältig geprüft. Wir melden uns so bald wie möglich bei Ihnen.

Freundliche Grüsse
HR-Team Alpenglück Resorts AG
""")

E("application_received", "Grupo Costa Almendra Hoteles", "", "Director de Operaciones Hoteleras", "", "es", "easy",
  "Spanish acknowledgement", "",
  frm="Selección Costa Almendra <seleccion@costaalmendra.es>", subj="Hemos recibido tu candidatura",
  date="2025-09-08 10:11", off="+0200", body="""
Hola Thomas:

Gracias por tu interés en la vacante de Director de Operaciones Hoteleras. Hemos recibido tu candidatura correctamente y nuestro equipo la revisará en los próximos días.

Departamento de Selección
Grupo Costa Almendra Hoteles
""")

E("application_received", "Azuréa Croisières", "", "Hotel Manager à bord (H/F)", "", "fr", "hard",
  "describes future interview and possible 'non retenue'", "",
  frm="Azuréa Croisières – Recrutement <azurea@csod.com>", subj="Confirmation de candidature – Hotel Manager à bord (H/F)",
  date="2025-10-08 09:02", off="+0200", body="""
Bonjour Thomas,

Nous accusons réception de votre candidature au poste de Hotel Manager à bord (H/F).

Prochaines étapes : si votre profil correspond, vous serez invité(e) à un premier entretien en visioconférence. Dans le cas où votre candidature ne serait pas retenue, vous en serez informé(e) par e-mail.

Direction des Ressources Humaines
Azuréa Croisières
""")

E("application_received", "Thornbury Hall Venues", "", "Venue Operations Manager", "", "en", "hard",
  "chatty templated reply that reads like personal mail", "",
  frm="Thornbury Hall <careers@thornburyhall.co.uk>", subj="Thanks, Thomas!",
  date="2026-03-24 23:10", off="+0000", body="""
Hi Thomas!

Thanks so much for getting in touch about the Venue Operations Manager job. Marcus reads every application personally (usually with a coffee on a Monday morning), so give us a week or so and we'll get back to you.

In the meantime, have a look at our autumn wedding gallery on Instagram.

The Thornbury team
""")

E("application_received", "Hôtel Le Sémaphore", "", "Directeur d'hébergement (H/F)", "", "fr", "easy",
  "job board: application transmitted", "",
  frm="EmploiDirect <notifications@emploidirect.fr>", subj="Candidature envoyée : Directeur d'hébergement (H/F)",
  date="2025-05-03 14:27", off="+0200", hdrs={"List-Unsubscribe": "<https://emploidirect.fr/desabo?u=88271>"}, body="""
Bonjour Thomas,

Votre candidature a été transmise à Hôtel Le Sémaphore pour le poste de Directeur d'hébergement (H/F) – La Rochelle.

Conseil : les recruteurs consultent en moyenne les candidatures sous 5 jours.

EmploiDirect
""")

E("application_received", "Caledon Rail Journeys", "", "Onboard Hospitality Manager", "", "en", "hard",
  "HTML only, base64; status 'under review'", "",
  frm="Caledon Rail Journeys <caledonrail@csod.com>", subj="Application status: Under review",
  date="2025-07-22 11:00", off="+0100", fmt="html", cte="b64", body="""
Dear Thomas,

Your application for Onboard Hospitality Manager (requisition CRJ-0412) has been received and its status is now: Under review.

You can log in to the careers portal at any time to check progress.

People Team, Caledon Rail Journeys
""")

E("application_received", "Maison Valmorel Hôtels & Spa", "", "Directeur adjoint d'exploitation", "", "fr", "hard",
  "auto-generated header and 'ne pas répondre' look like an auto-reply", "",
  frm="Maison Valmorel <recrutement@maisonvalmorel.fr>", subj="Accusé de réception – Directeur adjoint d'exploitation",
  date="2025-03-27 00:14", off="+0100", hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, body="""
Bonjour,

Nous vous confirmons la bonne réception de votre candidature au poste de Directeur adjoint d'exploitation. Elle sera examinée avec attention par la direction de l'établissement.

Ce message est généré automatiquement, merci de ne pas y répondre.

Maison Valmorel Hôtels & Spa
""")

E("application_received", "Harbourline Cruises", "", "Hotel Operations Manager (Shipboard)", "", "en", "easy",
  "acknowledgement", "",
  frm="Harbourline Cruises Careers <careers@harbourline.co.uk>", subj="We've got your application",
  date="2025-05-14 08:30", off="+0100", fmt="alt", body="""
Hello Thomas,

We've got your application for Hotel Operations Manager (Shipboard). Our marine talent team is reviewing applications now and aims to be in touch within three weeks.

Harbourline Cruises
""")

E("application_received", "Résidences Côté Parc", "", "Responsable de Résidence (H/F)", "", "fr", "easy",
  "Cornerstone acknowledgement", "",
  frm="Résidences Côté Parc <cotepark@csod.com>", subj="Votre candidature a bien été reçue",
  date="2025-09-17 16:05", off="+0200", body="""
Bonjour Thomas,

Nous vous remercions pour votre candidature au poste de Responsable de Résidence (H/F). Celle-ci est en cours d'examen.

Le Service Recrutement
Résidences Côté Parc
""")

E("application_received", "Belvaux Events", "", "Event Operations Manager", "", "en", "hard",
  "bilingual FR/EN Belgian acknowledgement", "",
  frm="Belvaux Events <jobs@belvaux-events.be>", subj="Merci / Thank you – Event Operations Manager",
  date="2025-07-30 12:00", off="+0200", body="""
Bonjour Thomas, hello Thomas,

Merci pour votre candidature. Thank you for applying for the Event Operations Manager position. Your application has been received and will be reviewed by our People & Culture team.

Belvaux Events SA, Brussels
""")

# ---------------------------------------------------------------------------------------
# auto_reply
# ---------------------------------------------------------------------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
E("auto_reply", "Groupe Hôtelier Cerisaie", "Sophie", "", "2026-02-23", "fr", "easy", "French absence message", "",
  frm="Sophie Lambertin <sophie.lambertin@cerisaie-hotels.fr>", subj="Réponse automatique : Candidature Pôle Alpes",
  date="2026-02-13 09:00", off="+0100", reply=True, hdrs=AR, body="""
Bonjour,

Je suis absente du bureau et serai de retour le lundi 23 février 2026. Pour toute urgence, merci de contacter recrutement@cerisaie-hotels.fr.

Sophie Lambertin
""")
E("auto_reply", "Kestrel & Moor Hotels", "Fiona", "", "2026-04-14", "en", "easy", "'back on 14/04' UK date format", "",
  frm="Fiona Daly <fiona.daly@kestrelmoor.co.uk>", subj="Automatic reply: Thank you",
  date="2026-04-02 15:12", off="+0100", reply=True, hdrs={"Auto-Submitted": "auto-replied"}, body="""
Thank you for your email. I'm on leave and back on 14/04. I'll reply as soon as I can.

Fiona Daly | Recruitment Partner | Kestrel & Moor Hotels
""")
E("auto_reply", "Alpenglück Resorts AG", "Sabine", "", "2026-03-09", "de", "easy", "Abwesenheitsnotiz", "",
  frm="Sabine Oberholzer <s.oberholzer@alpenglueck-resorts.ch>", subj="Abwesenheitsnotiz: Ihre Bewerbung",
  date="2026-02-27 10:44", off="+0100", reply=True, hdrs=AR, body="""
Guten Tag

Ich bin bis einschliesslich 6. März 2026 abwesend und ab Montag, 9. März wieder im Büro. Ihre Nachricht wird nicht weitergeleitet.

Freundliche Grüsse
Sabine Oberholzer
""")
E("auto_reply", "Maison Valmorel Hôtels & Spa", "Claire", "", "2025-09-01", "fr", "hard",
  "maternity leave; mentions entretiens", "",
  frm="Claire Vautrin <c.vautrin@maisonvalmorel.fr>", subj="Absence : Claire Vautrin",
  date="2025-06-30 08:20", off="+0200", reply=True, hdrs={"X-Autoreply": "yes"}, body="""
Bonjour,

Je suis en congé maternité et reprendrai mes fonctions le 1er septembre 2025. Pour les candidatures et l'organisation des entretiens, merci d'écrire à Lucas Perret (l.perret@maisonvalmorel.fr).

Claire Vautrin
""")
E("auto_reply", "Harbourline Cruises", "Tom", "", "", "en", "hard", "no longer works there; redirect to colleague", "",
  frm="Tom Baird <tom.baird@harbourline.co.uk>", subj="Automatic reply: Shipboard hotel roles",
  date="2025-05-08 12:01", off="+0100", reply=True, hdrs=AR, body="""
Hello,

I no longer work at Harbourline Cruises. For recruitment questions please contact Priya Nandakumar (priya.nandakumar@harbourline.co.uk).

Thanks,
Tom
""")
E("auto_reply", "Saltmarsh Travel Group", "", "", "", "en", "hard", "unmonitored mailbox bounce on application thread", "",
  frm="Saltmarsh Travel Group Careers <saltmarsh@taleo.net>", subj="Re: Head of Guest Experience (Req 25-0142)",
  date="2025-06-11 07:02", off="+0100", reply=True, hdrs={"Auto-Submitted": "auto-replied"}, body="""
This mailbox is not monitored. Replies sent to this address are not read.

To update your application, please sign in to the Saltmarsh Travel Group careers portal.
""")
E("auto_reply", "Hospederías Sierra Alta", "Álvaro", "", "2026-01-08", "es", "easy", "Spanish OOO", "",
  frm="Álvaro Ruiz <aruiz@hospederiassierraalta.es>", subj="Respuesta automática: Candidatura Subdirector",
  date="2025-12-29 09:33", off="+0100", reply=True, hdrs=AR, body="""
Hola:

Estaré fuera de la oficina por vacaciones hasta el 7 de enero de 2026. Volveré el jueves 8 de enero y responderé a tu mensaje lo antes posible.

Álvaro Ruiz
""")
E("auto_reply", "L'Auberge du Vieux Port", "Patrick", "", "2025-07-28", "fr", "hard",
  "relative 'de retour lundi'; no auto-reply headers", "",
  frm="Patrick Santoni <patrick@aubergeduvieuxport.fr>", subj="Re: Candidature directeur adjoint",
  date="2025-07-24 14:05", off="+0200", reply=True, body="""
Bonjour, je suis en congés, de retour lundi. Pour une réservation, appelez l'auberge au 04 91 00 00 00.
Patrick
""")
E("auto_reply", "Thornbury Hall Venues", "Marcus", "Venue Operations Manager", "2026-04-28", "en", "hard",
  "subject contains 'Interview'; 'returning Tuesday 28 April'", "",
  frm="Marcus Ellery <marcus@thornburyhall.co.uk>", subj="Automatic reply: Re: Interview – Venue Operations Manager",
  date="2026-04-22 18:30", off="+0100", reply=True, hdrs={"X-Autoreply": "yes"}, body="""
Thanks for your email. I'm at a venue trade show and returning Tuesday 28 April. If it's urgent, please call the estate office.

Marcus
""")
E("auto_reply", "Skiarena Hohtälli AG", "Urs", "", "2026-01-05", "de", "hard", "'bis ... inklusive' plus explicit return", "",
  frm="Urs Ruppen <urs.ruppen@hohtaelli.ch>", subj="Automatische Antwort: Schnuppertag",
  date="2025-12-24 08:10", off="+0100", reply=True, hdrs=AR, body="""
Ich bin bis 2. Januar 2026 (inklusive) abwesend und ab Montag, 5. Januar 2026 wieder erreichbar. In dringenden Fällen: gastro@hohtaelli.ch.
""")
E("auto_reply", "Azuréa Croisières", "Mélanie", "", "2025-11-24", "fr", "easy", "absence with return date", "",
  frm="Mélanie Giraud <m.giraud@azurea-croisieres.fr>", subj="Réponse automatique : Entretien visio",
  date="2025-11-10 08:00", off="+0100", reply=True, hdrs=AR, body="""
Bonjour,

Je suis absente du 10 au 21 novembre inclus, retour le 24 novembre. Votre message sera traité à mon retour.

Mélanie Giraud
""")
E("auto_reply", "Caledon Rail Journeys", "Moira", "", "2026-03-09", "en", "easy", "annual leave, back Monday 9 March", "",
  frm="Moira Buchanan <moira.buchanan@caledonrail.co.uk>", subj="Out of Office: Re: Good news",
  date="2026-02-27 12:00", off="+0000", reply=True, hdrs=AR, body="""
I'm on annual leave, back Monday 9 March. For anything urgent contact people@caledonrail.co.uk.
""")
E("auto_reply", "Voyages Orphéa", "Damien", "", "", "fr", "hard", "no longer at the company; redirect", "",
  frm="Damien Lefort <damien.lefort@voyages-orphea.fr>", subj="Réponse automatique : Candidature",
  date="2026-02-25 10:12", off="+0100", reply=True, hdrs={"Auto-Submitted": "auto-replied"}, body="""
Bonjour,

Je ne fais plus partie de Voyages Orphéa. Merci d'adresser vos messages à Inès Carpentier (ines.carpentier@voyages-orphea.fr).

Damien Lefort
""")
E("auto_reply", "Snowline Chalets", "Ellie", "", "2025-12-12", "en", "hard", "only X-Autoreply; 'back in the office on the 12th'", "",
  frm="Ellie Warburton <ellie@snowlinechalets.co.uk>", subj="Re: Resort Manager Morzine",
  date="2025-12-03 16:45", off="+0100", reply=True, hdrs={"X-Autoreply": "yes"}, body="""
Hi! I'm up the mountain doing chalet checks with patchy signal. Back in the office on the 12th, I'll reply then.
Ellie
""")

# ---------------------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------------------
LU = {"List-Unsubscribe": "<mailto:unsubscribe@lists.example.net>", "Precedence": "bulk"}
OTH = "other"
E(OTH, "", "", "", "", "fr", "easy", "job alert digest", "", frm="EmploiDirect Alertes <alertes@emploidirect.fr>",
  subj="14 nouvelles offres : Directeur d'hôtel – Lyon", date="2025-06-02 06:30", off="+0200", hdrs=LU, fmt="alt", body="""
Bonjour Thomas,

14 nouvelles offres correspondent à votre alerte « Directeur d'hôtel – Lyon » :
- Directeur d'hôtel (H/F) – Villefranche-sur-Saône
- Directeur d'exploitation hôtellerie – Lyon 7e
- Responsable hébergement – Caluire
Voir toutes les offres

Modifier ou supprimer cette alerte
""")
E(OTH, "", "", "", "", "en", "easy", "job alert digest", "", frm="HospoJobs UK <alerts@hospojobs.co.uk>",
  subj="9 new Hotel Operations Manager jobs near London", date="2025-09-09 07:00", off="+0100", hdrs=LU, fmt="html", body="""
9 new jobs match your search: Hotel Operations Manager, London.

Hotel Operations Manager - Marylebone - £55k
Operations Manager, Boutique Hotel - Shoreditch - £50k
Guest Services Manager - Heathrow - £42k

Manage alerts | Unsubscribe
""")
E(OTH, "", "", "", "", "en", "hard", "newsletter article about rejection after final interview", "", frm="HotelCareers Weekly <newsletter@hotelcareersweekly.com>",
  subj="How to bounce back after a final-round rejection", date="2026-01-15 12:00", off="-0500", hdrs=LU, fmt="alt", body="""
This week: "We regret to inform you..." - five GMs on the rejections that shaped their careers, and how to ask for feedback after an interview without sounding defensive.

Also: salary benchmarks for hotel operations managers in 2026.

Read more on HotelCareers Weekly. You are receiving this because you subscribed.
""")
E(OTH, "", "", "", "", "fr", "hard", "trade newsletter 'interview exclusive' podcast", "", frm="Hôtel & Table Hebdo <redaction@hoteletable-hebdo.fr>",
  subj="Podcast : interview exclusive de la DG du Groupe Cerisaie", date="2026-05-20 18:00", off="+0200", hdrs=LU, fmt="html", body="""
Cette semaine dans notre podcast, interview exclusive de la directrice générale du Groupe Hôtelier Cerisaie : ouvertures 2027, recrutement et fidélisation des équipes.

Écouter l'épisode

Se désabonner de la newsletter
""")
E(OTH, "", "", "", "", "en", "hard", "card payment declined", "", frm="Ardent Bank <alerts@ardentbank.co.uk>",
  subj="Your card payment was declined", date="2025-08-04 21:14", off="+0100", body="""
Hi Thomas,

Unfortunately a payment of £84.20 to TRAINLINE was declined on your card ending 4471 because it exceeded your contactless limit. No action is needed if you didn't try to make this payment.

Ardent Bank
""")
E(OTH, "", "", "", "", "fr", "hard", "hotel group marketing '-20 %' offer from a target employer", "", frm="Hôtels Cerisaie <offres@news.cerisaie-hotels.fr>",
  subj="Offre spéciale : -20 % sur votre prochain séjour", date="2025-11-27 10:00", off="+0100", hdrs=LU, fmt="html", body="""
Thomas, profitez de notre offre Black Friday : -20 % sur votre séjour dans tous nos hôtels Cerisaie jusqu'au 1er décembre.

Réserver maintenant

Conditions sur cerisaie-hotels.fr. Se désinscrire.
""")
E(OTH, "", "Élodie", "", "", "fr", "hard", "apartment rental application refused", "", frm="Élodie Martin <e.martin@immosaonegestion.fr>",
  subj="Votre dossier de location – T3 rue Vendôme", date="2025-04-09 17:20", off="+0200", body="""
Bonjour Monsieur Delacroix-Mensah,

Après examen par le propriétaire, nous ne pouvons malheureusement pas donner une suite favorable à votre dossier pour le T3 de la rue Vendôme, un autre dossier ayant été retenu.

Cordialement,
Élodie Martin
Immo Saône Gestion
""")
E(OTH, "", "Rob", "General Manager", "", "en", "hard", "recruiter mass mailing; mentions interviews and a quick call", "", frm="Rob Tanner <rob@apexleisuretalent.com>",
  subj="GM opportunities across Europe - quick call?", date="2026-06-09 08:12", off="+0100", body="""
Hi Thomas,

I'm working on 12 General Manager openings for luxury and lifestyle hotels across Europe, with clients interviewing as early as next week. Would you be open to a quick call? Just reply with a good time.

Rob Tanner
Apex Leisure Talent
Reply STOP to opt out of future emails.
""")
E(OTH, "", "", "", "", "en", "hard", "social network notification naming a recruiter and employer", "", frm="ProLink <notifications@prolink.com>",
  subj="Fiona from Kestrel & Moor Hotels viewed your profile", date="2025-03-12 18:40", off="+0000", hdrs=LU, fmt="html", body="""
Fiona Daly, Recruitment Partner at Kestrel & Moor Hotels, viewed your profile.

See who else viewed your profile with ProLink Premium.
""")
E(OTH, "", "Nicolas", "", "", "fr", "hard", "friend's personal mail about his own interview", "", frm="Nicolas Ferrand <nico.ferrand@gmail.com>",
  subj="Nouvelles + apéro ?", date="2025-10-10 19:47", off="+0200", body="""
Salut Thomas,

J'ai eu mon entretien final chez la compagnie aérienne hier, je crois que c'est bien parti, ils m'ont parlé de date de démarrage ! Et toi, des nouvelles de tes candidatures ?

Apéro vendredi à la Croix-Rousse ?

Nico
""")
E(OTH, "", "Ben", "Hotel Manager – Lake District", "", "en", "hard", "friend forwards a job posting", "", frm="Ben Whitaker <ben.whitaker@outlook.com>",
  subj="Fwd: Hotel Manager – Lake District, thought of you", date="2026-07-21 20:30", off="+0100", body="""
Mate, saw this and thought of you straight away. Apply!

Ben

---------- Forwarded message ---------
From: Fellside Inns <jobs@fellsideinns.co.uk>
Subject: Hotel Manager – Lake District

We are recruiting a Hotel Manager for our 40-room lakeside inn. Interviews will be held in August.
""")
E(OTH, "", "", "", "", "de", "hard", "concert cancellation ('Absage')", "", frm="TicketAlp <service@ticketalp.ch>",
  subj="Absage: Konzert am 14. Juni – Rückerstattung", date="2025-06-05 11:00", off="+0200", body="""
Guten Tag

Leider müssen wir Ihnen mitteilen, dass das Konzert vom 14. Juni in Genf abgesagt wurde. Der Ticketpreis wird Ihnen automatisch zurückerstattet.

Ihr TicketAlp-Team
""")
E(OTH, "", "", "", "", "es", "hard", "language course place 'ofrecer'; reads like offer", "", frm="Academia Lingua Viva <admisiones@linguaviva.es>",
  subj="Plaza confirmada en el curso intensivo", date="2025-07-01 10:30", off="+0200", body="""
Estimado Thomas:

Nos complace ofrecerle una plaza en el curso intensivo de español B2 (julio 2025). Su solicitud ha sido aceptada; confirme la matrícula antes del día 7.

Academia Lingua Viva
""")
E(OTH, "", "", "", "", "en", "hard", "conference session proposal not accepted", "", frm="Hospitality Ops Summit <programme@hospopssummit.eu>",
  subj="Your session proposal for HOS 2026", date="2026-03-30 14:00", off="+0200", body="""
Dear Thomas,

Thank you for submitting "Labour scheduling in multi-site hotels" to the Hospitality Ops Summit 2026. We regret that your proposal was not accepted this year; we received 310 submissions for 40 slots.

Programme Committee
""")
E(OTH, "", "", "", "", "fr", "easy", "ISP invoice", "", frm="Néolia Télécom <facture@neolia-telecom.fr>",
  subj="Votre facture de mars est disponible", date="2026-03-04 05:10", off="+0100", body="""
Bonjour,

Votre facture Néolia Box du mois de mars (34,99 €) est disponible dans votre espace client.

Néolia Télécom
""")
E(OTH, "", "", "", "", "en", "easy", "webinar invitation", "", frm="Hotel Revenue Institute <events@hotelrevenueinstitute.org>",
  subj="Live masterclass: revenue management for operations leaders", date="2025-02-05 16:00", off="+0000", hdrs=LU, fmt="alt", body="""
Join our free live masterclass on 19 February: pricing, forecasting and what operations managers need to know about RevPAR.

Register now.
""")
E(OTH, "", "", "", "", "fr", "hard", "loan application refused", "", frm="Banque Rhodanienne <ne-pas-repondre@banque-rhodanienne.fr>",
  subj="Votre demande de prêt personnel", date="2025-11-05 09:15", off="+0100", body="""
Monsieur,

Nous avons étudié votre demande de prêt personnel. Nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable.

Banque Rhodanienne
""")
E(OTH, "", "", "", "", "en", "hard", "travel review rejected", "", frm="Wanderlog Reviews <reviews@wanderlog-mail.com>",
  subj="Your review could not be published", date="2026-08-02 13:00", off="-0500", body="""
Hi Thomas,

Your review of Hotel Miramar Lisbon was rejected by our moderation team because it mentions staff members by name. You can edit and resubmit it.

Wanderlog
""")
E(OTH, "", "Aurélie", "", "", "fr", "hard", "training programme admission with 'entretien de positionnement'", "", frm="Aurélie Chapuis <a.chapuis@cci-formation-lyon.fr>",
  subj="Admission – Formation Manager en hôtellerie", date="2026-09-08 11:30", off="+0200", body="""
Bonjour Thomas,

Suite à votre entretien de positionnement, j'ai le plaisir de vous confirmer votre admission à la formation certifiante « Manager en hôtellerie-restauration » (session d'octobre).

Aurélie Chapuis
CCI Formation Lyon
""")
E(OTH, "", "", "", "", "en", "hard", "job fair announcing walk-in interviews", "", frm="Alpine Jobs Fair <hello@alpinejobsfair.ch>",
  subj="Seasonal hiring day: on-the-spot interviews in Geneva", date="2025-09-22 09:00", off="+0200", hdrs=LU, fmt="html", body="""
30 ski resorts, 600 jobs: meet employers and get interviewed on the spot at the Alpine Jobs Fair, Geneva Palexpo, 11 October.

Register free.
""")
E(OTH, "", "", "", "", "fr", "easy", "train e-ticket", "", frm="RailEx <billets@railex.fr>",
  subj="Votre e-billet Lyon Part-Dieu → Paris Gare de Lyon", date="2026-04-10 20:00", off="+0200", body="""
Bonjour Thomas,

Voici votre e-billet pour le trajet du 14 avril, départ 06:04, voiture 14, place 52.

Bon voyage avec RailEx.
""")
E(OTH, "", "", "", "", "en", "hard", "guest satisfaction survey from a target employer", "", frm="Aldwych Court Hotels <guest@aldwychcourt.co.uk>",
  subj="How was your stay, Thomas?", date="2025-10-09 10:00", off="+0100", fmt="html", body="""
Thank you for staying at Aldwych Court Covent Garden. We'd love to hear about your experience. It takes two minutes.

Rate your stay
""")
E(OTH, "", "Léa", "", "", "fr", "hard", "ex-colleague asks for a reference about her own offer", "", frm="Léa Bonnet <lea.bonnet@laposte.net>",
  subj="Petit service ?", date="2026-01-12 21:40", off="+0100", body="""
Coucou Thomas,

On vient de me proposer le poste de chef de réception à Bordeaux (offre reçue ce matin !). Ils demandent une référence, est-ce que je peux donner ton nom ?

Bises,
Léa
""")
E(OTH, "", "", "", "", "en", "easy", "running club race entry", "", frm="Fellside Running Club <entries@fellsiderc.org>",
  subj="Race entry confirmed: Saône 10K", date="2025-05-15 08:00", off="+0200", body="""
Hi Thomas, your entry to the Saône 10K on 1 June is confirmed. Bib collection opens at 8am.
""")
E(OTH, "", "", "", "", "de", "easy", "Swiss job alert", "", frm="AlpenJobs.ch <alarm@alpenjobs.ch>",
  subj="Stellenalarm: 6 neue Jobs für Hoteldirektor", date="2025-12-01 07:00", off="+0100", hdrs=LU, body="""
6 neue Stellen passen zu Ihrem Suchabo «Hoteldirektor, Westschweiz»:
- Hoteldirektor (m/w/d), Montreux
- Direktor Hotel & Spa, Crans-Montana
Alle Stellen ansehen | Suchabo abmelden
""")
E(OTH, "", "", "", "", "en", "hard", "Workday account/password mail from a target employer", "", frm="Groupe Hôtelier Cerisaie <cerisaie@myworkday.com>",
  subj="Reset your candidate account password", date="2026-03-31 23:55", off="+0200", body="""
A password reset was requested for your candidate account. Click the link below within 24 hours to choose a new password. If you didn't request this, ignore this email.
""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(ENTRIES)))
    random.Random(45).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        e = ENTRIES[idx]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(n, e))
        rows.append({"file": name, "label": e["label"], "company": e["company"],
                     "contact_first_name": e["contact"], "role": e["role"], "return_date": e["ret"],
                     "lang": e["lang"], "difficulty": e["diff"], "notes": e["notes"],
                     "interview_at": e["iat"]})
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
