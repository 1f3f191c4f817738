"""Generate the blind51 evaluation corpus (job seeker: Mathieu Gagnon-Roy, Montréal).

Stdlib only. Writes tests/corpus/blind51/NNN.eml and tests/corpus/blind51/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind51"
ME = "Mathieu Gagnon-Roy <mathieu.gagnonroy@gmail.com>"
MTL = "America/Toronto"
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date",
          "lang", "difficulty", "notes", "interview_at"]

MSGS: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
        **kw: object) -> None:
    MSGS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                     diff=diff, notes=notes, **kw))


def _dt(s: str, tz: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def _msgid(n: int, domain: str) -> str:
    h = hashlib.sha1(f"blind51-{n}-{domain}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def build(n: int, m: dict) -> bytes:
    msg = EmailMessage()
    frm = str(m["frm"])
    domain = frm.rsplit("@", 1)[-1].rstrip(">").strip()
    dt = _dt(str(m["date"]), str(m.get("tz", MTL)))
    for k, v in (m.get("pre") or {}).items():
        msg[k] = v
    msg["From"] = frm
    msg["To"] = m.get("to", ME)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _msgid(n, str(m.get("mid_domain", domain)))
    if m.get("reply"):
        parent = f"<CAM{hashlib.md5(str(n).encode()).hexdigest()[:20]}+mgr@mail.gmail.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in (m.get("hdr") or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    text, html, cte = m.get("text"), m.get("html"), m.get("cte")
    if text is not None:
        msg.set_content(str(text), cte=cte) if cte else msg.set_content(str(text))
        if html is not None:
            msg.add_alternative(str(html), subtype="html")
    elif html is not None:
        if cte:
            msg.set_content(str(html), subtype="html", cte=cte)
        else:
            msg.set_content(str(html), subtype="html")
    if m.get("ics"):
        if msg.get_content_type() == "text/plain":
            msg.make_alternative()
        msg.add_alternative(str(m["ics"]), subtype="calendar", params={"method": "REQUEST"})
    for fname, data in m.get("att") or []:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b51_{n:03d}_{k}_{hashlib.md5(f'{n}/{k}'.encode()).hexdigest()[:12]}")
    return msg.as_bytes(policy=email.policy.SMTP)


def iso(m: dict) -> str:
    if not m.get("iat"):
        return ""
    s, tz = m["iat"]
    return _dt(s, tz).isoformat()


def ics(uid: str, start: str, end: str, summary: str, org: str, loc: str, tz: str = MTL) -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tz}:{start}\r\nDTEND;TZID={tz}:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{org}\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.gagnonroy@gmail.com\r\n"
        f"LOCATION:{loc}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
AUTO = {"Auto-Submitted": "auto-generated"}
OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


# ---------------------------------------------------------------- messages
# ---- rejection
add("rejection", "Harcourt Lyle Engineering", "", "Structural EIT – Buildings", "en", "easy",
    "Greenhouse template; 'won't be progressing'",
    frm="Harcourt Lyle Engineering <no-reply@us.greenhouse-mail.io>",
    subj="Your application to Harcourt Lyle Engineering", date="2025-02-11 16:42",
    hdr=AUTO,
    text="""Hi Mathieu,

Thank you for your interest in the Structural EIT – Buildings position at Harcourt Lyle Engineering and for the time you took to apply.

We had a strong response to this opening. After reviewing your background against the requirements of the role, we won't be progressing your application at this stage.

We encourage you to keep an eye on our careers page for future openings that match your experience.

Kind regards,
Talent Acquisition
Harcourt Lyle Engineering
""")

add("rejection", "Groupe Conseil Rivemont", "", "Ingénieur(e) en structure junior", "fr", "easy",
    "Workday template in French",
    frm="Carrières Rivemont <rivemont@myworkday.com>",
    subj="Mise à jour de votre candidature – Ingénieur(e) en structure junior (R-10482)",
    date="2025-03-04 10:05", hdr=AUTO,
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Mathieu,</p>
<p>Nous vous remercions de l'intérêt que vous portez au poste d'<b>Ingénieur(e) en structure junior</b> (R-10482).</p>
<p>Après un examen attentif de l'ensemble des dossiers reçus, nous avons choisi de poursuivre le processus avec des candidat(e)s dont le profil correspond davantage aux exigences actuelles du poste.</p>
<p>Nous vous souhaitons bonne chance dans vos démarches.</p>
<p>L'équipe Acquisition de talents<br>Groupe Conseil Rivemont inc.</p>
<p style="font-size:10px;color:#888">Ce message a été généré automatiquement. Merci de ne pas y répondre.</p>
</body></html>""")

add("rejection", "Construction Beaulieu & Fils", "Sylvain", "Chargé de projet – béton", "fr", "hard",
    "warm personal note after final interview; 'autre direction', keep in touch",
    frm="Sylvain Beaulieu <sbeaulieu@beaulieufils.qc.ca>",
    subj="Suivi – poste de chargé de projet", date="2025-04-17 18:21", reply=True,
    text="""Salut Mathieu,

Merci encore d'être venu nous rencontrer mardi pour l'entrevue finale. Honnêtement, la décision a été difficile : on a beaucoup aimé ta rigueur et ta façon d'expliquer tes calculs de coffrage.

On a finalement décidé d'aller dans une autre direction pour le poste de chargé de projet – béton, avec quelqu'un qui a déjà quelques années de gestion de chantier derrière la cravate.

Je garde ton nom en tête. Si un poste plus axé conception s'ouvre l'automne prochain, je te fais signe sans faute.

Bonne continuation,

Sylvain Beaulieu, ing.
Directeur de projets
Construction Beaulieu & Fils Ltée
450 555-0184
""")

add("rejection", "Northgate Transit Authority", "", "Structures Engineer, Capital Projects", "en", "hard",
    "Lever; company only in body; mentions interviews in passing; 'didn't work out'",
    frm="no-reply@hire.lever.co",
    subj="Following up on your application", date="2025-05-20 13:10", hdr=AUTO,
    text="""Hi Mathieu,

Thanks again for speaking with our team about the Structures Engineer, Capital Projects role at Northgate Transit Authority. We know interviews take real time and preparation, and we appreciated the care you put into yours.

We wanted to let you know that this one didn't work out: the hiring team has decided to move ahead with another finalist for the position.

Your profile will stay in our system, and you're welcome to apply to other postings on our site.

All the best,
The Northgate Transit Authority Recruiting Team
""")

add("rejection", "Halverson Bridge Group", "Priya", "Bridge Design Engineer", "en", "hard",
    "reply to thank-you note; quoted earlier interview invite",
    frm="Priya Raman <praman@halversonbridge.com>",
    subj="RE: Thank you – Bridge Design Engineer interview", date="2025-06-03 09:47", reply=True,
    text="""Hi Mathieu,

Thanks for the kind note, and for walking us through the girder retrofit you worked on — the team enjoyed it.

I'll be straight with you: we've gone with a candidate whose load-rating experience lines up more closely with the project pipeline we have for the next two years. It was close.

I hope our paths cross again.

Priya Raman, P.Eng.
Bridge Practice Lead | Halverson Bridge Group

-----Original Message-----
From: Priya Raman <praman@halversonbridge.com>
Sent: Thursday, May 22, 2025 3:12 PM
To: Mathieu Gagnon-Roy
Subject: Bridge Design Engineer interview

Hi Mathieu, we'd like to invite you to a technical interview on Wednesday, May 28 at 10:00 AM at our Ottawa office. Please bring a sample calculation package.
""")

add("rejection", "Ville de Saint-Aurèle", "", "Ingénieur(e) municipal(e) – infrastructures", "fr", "easy",
    "lettre municipale formelle; 'Madame, Monsieur'",
    frm="Ville de Saint-Aurèle – Ressources humaines <dotation@saint-aurele.qc.ca>",
    subj="Concours 2025-041 – Ingénieur(e) municipal(e) – infrastructures",
    date="2025-07-08 11:30",
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au concours 2025-041, Ingénieur(e) municipal(e) – infrastructures, et vous remercions de l'intérêt manifesté envers la Ville de Saint-Aurèle.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service des ressources humaines
Ville de Saint-Aurèle
""")

add("rejection", "Dunmore Precast", "Kelsey", "Structural Design Engineer", "en", "hard",
    "agency recruiter forwards client hiring manager's decision",
    frm="Kelsey Marchand <kelsey@apextechsearch.ca>",
    subj="Fwd: Candidate feedback – M. Gagnon-Roy", date="2025-08-14 15:02",
    text="""Hi Mathieu,

Passing along what I heard back from Dunmore this afternoon. Not the outcome we wanted, I'm sorry. Call me tomorrow if you want to talk through it — I have two other precast clients I'd like to put you in front of.

Kelsey Marchand
Senior Recruiter, Engineering | Apex Technical Search

---------- Forwarded message ---------
From: Graham Lowe <glowe@dunmoreprecast.com>
Date: Thu, Aug 14, 2025 at 1:40 PM
Subject: Candidate feedback – M. Gagnon-Roy
To: Kelsey Marchand <kelsey@apextechsearch.ca>

Kelsey, thanks for sending Mathieu our way. Solid interview, but we're going to pass — we need someone who has already stamped prestressed hollow-core designs. Please thank him for us.

Graham Lowe
Engineering Manager
Dunmore Precast Ltd.
""")

add("rejection", "Regional Municipality of Halbrook", "", "Project Engineer – Wastewater", "en", "easy",
    "iCIMS; position filled",
    frm="Regional Municipality of Halbrook <halbrook@talent.icims.com>",
    subj="Project Engineer – Wastewater (Job ID 2025-3318)", date="2025-09-02 08:15",
    tz="America/Toronto", hdr=AUTO,
    html="""<html><body>
<p>Dear Mathieu Gagnon-Roy,</p>
<p>Thank you for applying for the position of Project Engineer – Wastewater (Job ID 2025-3318) with the Regional Municipality of Halbrook.</p>
<p>Please be advised that this position has now been filled. We thank you for your interest in a career with the Region and invite you to apply to future competitions.</p>
<p>Human Resources<br>Regional Municipality of Halbrook</p>
<p><small>Please do not reply to this e-mail. This mailbox is not monitored.</small></p>
</body></html>""")

add("rejection", "Structures Lavallée", "Julie", "", "fr", "hard",
    "très court; comblé à l'interne; aucun mot-clé de refus",
    frm="Julie Ouellet <jouellet@structureslavallee.ca>",
    subj="Re: Poste en conception", date="2025-09-19 17:55", reply=True,
    text="""Bonjour Mathieu,

Le poste a finalement été comblé à l'interne. Merci encore pour ton temps et bonne chance pour la suite!

Julie
Structures Lavallée
""")

add("rejection", "Marrow & Keats Consulting Engineers", "Owen", "Senior Structural Engineer", "en", "hard",
    "rejection plus referral offer to another office",
    frm="Owen Keats <owen.keats@marrowkeats.com>",
    subj="Senior Structural Engineer – decision", date="2025-10-06 12:20",
    text="""Mathieu,

I wanted to write personally rather than let the system do it. We're not going to move ahead with you for the Senior Structural Engineer opening. The role needs someone who can run a team of six from day one, and I don't think it would be fair to you to put you in that seat yet.

That said, our Ottawa office is building out its intermediate bench and I think you'd be a strong fit there. If you're open to it, I'd be glad to introduce you to Farah Nasser, who leads that group.

Let me know.

Best,
Owen Keats
Principal | Marrow & Keats Consulting Engineers
""")

add("rejection", "Ingeniería Sísmica Andina", "Ana", "Ingeniero Estructural (remoto)", "es", "easy",
    "Spanish",
    frm="Ana Villalobos <avillalobos@sismicaandina.cl>",
    subj="Proceso de selección – Ingeniero Estructural (remoto)", date="2025-03-27 10:12",
    tz="America/Santiago",
    text="""Estimado Mathieu:

Le agradecemos sinceramente su participación en el proceso de selección para el cargo de Ingeniero Estructural (remoto).

Tras evaluar a todos los postulantes, hemos decidido continuar con otro candidato cuyo perfil se ajusta mejor a las necesidades actuales del equipo. Lamentamos no traerle mejores noticias.

Le deseamos mucho éxito en su búsqueda.

Saludos cordiales,
Ana Villalobos
Jefa de Personas
Ingeniería Sísmica Andina S.A.
""")

add("rejection", "Béton Laurentide", "", "Ingénieur(e) de conception – préfabriqué", "fr", "easy",
    "SmartRecruiters, français",
    frm="Béton Laurentide <noreply@smartrecruiters.com>",
    subj="Votre candidature chez Béton Laurentide", date="2025-11-12 09:02", hdr=AUTO,
    text="""Bonjour Mathieu,

Merci d'avoir postulé au poste d'Ingénieur(e) de conception – préfabriqué.

Nous avons bien examiné votre dossier et nous ne donnerons pas suite à votre candidature pour ce poste. Cette décision ne remet pas en question vos compétences.

Au plaisir de recevoir votre candidature pour un autre poste!

L'équipe Talents
Béton Laurentide
""")

add("rejection", "Tallgrass Infrastructure Partners", "", "Structural Engineer II", "en", "easy",
    "Taleo template",
    frm="Tallgrass Infrastructure Partners <no-reply@taleo.net>",
    subj="Structural Engineer II - Requisition 25000417", date="2025-12-01 20:44", hdr=AUTO,
    text="""Dear Mathieu,

Thank you for your interest in Tallgrass Infrastructure Partners and the Structural Engineer II position.

After careful consideration, we regret to inform you that you have not been selected for further consideration for this position.

We appreciate the time you invested in your application and wish you success in your career search.

Sincerely,
Tallgrass Infrastructure Partners Recruitment
""")

add("rejection", "Corvane Construction Group", "Rachel", "Field Engineer", "en", "hard",
    "after final round; HTML only base64; no standard rejection keywords",
    frm="Rachel Osei <rosei@corvane.com>",
    subj="Field Engineer – following your site visit", date="2026-01-14 16:30",
    cte="base64",
    html="""<div dir="ltr"><p>Hi Mathieu,</p>
<p>I promised you'd hear from me by mid-week. The panel met this morning and made its decision, and I'm afraid it isn't the news you were hoping for. The other finalist has run two tilt-up projects as field engineer and that tipped it.</p>
<p>Everyone who met you at the Vaughan site said good things about how you handled the formwork questions. Please don't be a stranger.</p>
<p>Rachel<br>--<br>Rachel Osei | Talent Partner<br>Corvane Construction Group</p></div>""")

add("rejection", "Ingénierie Cap-Rouge", "", "Ingénieur(e) en réhabilitation de structures", "fr", "hard",
    "Workable; mentions entrevues terminées and dossier conservé",
    frm="Ingénierie Cap-Rouge <noreply@candidates.workablemail.com>",
    subj="Ingénieur(e) en réhabilitation de structures – Ingénierie Cap-Rouge",
    date="2026-01-22 14:11", hdr=AUTO,
    text="""Bonjour Mathieu,

Les entrevues pour le poste d'Ingénieur(e) en réhabilitation de structures sont maintenant terminées. Merci pour le temps que vous nous avez consacré.

Nous avons retenu une autre candidature pour ce poste. Avec votre permission, nous conserverons votre dossier pour de futures occasions qui correspondraient à votre profil.

Cordialement,
L'équipe de recrutement
Ingénierie Cap-Rouge inc.
""")

add("rejection", "Lakeshore Regional Transit", "Darnell", "Engineer-in-Training, Track & Structures", "en", "hard",
    "another candidate accepted; mentions interview and offer",
    frm="Darnell Hughes <dhughes@lakeshoretransit.ca>",
    subj="EIT, Track & Structures", date="2026-02-09 11:05",
    text="""Good morning Mathieu,

Thank you for interviewing with us last week for the Engineer-in-Training, Track & Structures position. I'm writing to let you know that another candidate has accepted our offer for the role.

You were not the right match at this time, but I would encourage you to watch for the two EIT postings we expect in the spring.

Regards,

Darnell Hughes
Manager, Track & Structures Engineering
Lakeshore Regional Transit
""")

add("rejection", "Tétreault Gingras Experts-Conseils", "Marc-André", "Ingénieur en structure – bâtiments", "fr", "hard",
    "réponse dans un fil Outlook; 'ce ne sera pas pour cette fois'",
    frm="Marc-André Gingras <magingras@tgexperts.ca>",
    subj="RE: Merci – deuxième rencontre", date="2025-12-11 08:40", reply=True,
    text="""Bonjour Mathieu,

Merci pour ton message, ça fait plaisir.

Malheureusement, ce ne sera pas pour cette fois : nous avons retenu un candidat qui a déjà son permis de l'Ordre et de l'expérience en charpente d'acier lourde.

Je te souhaite sincèrement bonne chance dans tes recherches.

Marc-André Gingras, ing.
Associé
Tétreault Gingras Experts-Conseils

De : Mathieu Gagnon-Roy <mathieu.gagnonroy@gmail.com>
Envoyé : 3 décembre 2025 19:02
À : Marc-André Gingras <magingras@tgexperts.ca>
Objet : Merci – deuxième rencontre

Bonjour Marc-André, merci encore pour la rencontre d'hier. J'ai beaucoup apprécié la discussion sur le projet de Sherbrooke.
""")

add("rejection", "Fieldstone Modular", "", "Structural Designer, Mass Timber", "en", "easy",
    "Ashby template",
    frm="Fieldstone Modular <no-reply@ashbyhq.com>",
    subj="Update on your Fieldstone Modular application", date="2026-02-26 19:15", hdr=AUTO,
    text="""Hi Mathieu,

Thanks for applying to the Structural Designer, Mass Timber role at Fieldstone Modular.

We've reviewed your application carefully and decided not to move forward at this time. We know this isn't the answer you were looking for, and we're grateful you considered us.

Best,
Fieldstone Modular Hiring Team
""")

add("rejection", "Gestion Dufresne-Arsenault", "", "Ingénieur(e) de chantier", "fr", "easy",
    "Recruitee, français",
    frm="Gestion Dufresne-Arsenault <no-reply@recruitee.com>",
    subj="Votre candidature : Ingénieur(e) de chantier", date="2026-03-17 10:48", hdr=AUTO,
    text="""Bonjour Mathieu,

Merci d'avoir pris le temps de postuler au poste d'Ingénieur(e) de chantier chez Gestion Dufresne-Arsenault.

Après analyse, nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Cordialement,
Équipe RH – Gestion Dufresne-Arsenault
""")

add("rejection", "Pike Civil", "Jordan", "", "en", "hard",
    "curt; 'going to pass'; signed with initial",
    frm="Jordan Pike <jordan@pikecivil.ca>",
    subj="Re: Intro", date="2026-04-02 21:07", reply=True,
    text="""Hi Mathieu — appreciate you reaching out and coming by the yard. We're going to pass for now. Good luck out there.

J.
Pike Civil Ltd.
""")

add("rejection", "Ville de Terrebois", "", "Ingénieur(e) de projets – ponts et structures", "fr", "hard",
    "mentionne examen écrit et entrevue passés; comité a retenu une autre candidature",
    frm="Ville de Terrebois <emplois@terrebois.ca>",
    subj="Résultat – affichage 26-EMP-117", date="2026-04-21 15:30",
    text="""Bonjour M. Gagnon-Roy,

Nous vous remercions d'avoir participé à l'examen écrit du 2 avril et à l'entrevue du 9 avril dans le cadre de l'affichage 26-EMP-117, Ingénieur(e) de projets – ponts et structures.

Au terme du processus, le comité de sélection a retenu une autre candidature. Votre nom ne sera pas inscrit sur la liste d'admissibilité.

Nous vous remercions de l'intérêt que vous portez à la Ville de Terrebois.

Direction des ressources humaines
Ville de Terrebois
""")

add("rejection", "Brightwell Geotechnical", "", "Geostructural Engineer", "en", "hard",
    "Teamtailor; invites to talent community (reads like positive)",
    frm="Brightwell Geotechnical <no-reply@mail.teamtailor.com>",
    subj="Stay connected with Brightwell Geotechnical", date="2026-05-05 13:00", hdr=AUTO,
    html="""<html><body>
<h2>Thanks for your interest, Mathieu!</h2>
<p>We've finished reviewing applications for the <b>Geostructural Engineer</b> role and have decided to continue with other candidates.</p>
<p>We'd love to stay in touch, though. Join our Talent Community and be the first to hear about new openings in Toronto and Montréal.</p>
<p><a href="https://brightwellgeo.teamtailor.com/connect">Join the Talent Community</a></p>
<p>Warm regards,<br>People &amp; Culture, Brightwell Geotechnical</p>
</body></html>""")

add("rejection", "Kora Ingénierie", "", "Ingénieur(e) en structure – bois massif", "fr", "easy",
    "Personio, français",
    frm="Kora Ingénierie <no-reply@personio.de>",
    subj="Votre candidature – Ingénieur(e) en structure – bois massif", date="2026-05-28 09:30",
    hdr=AUTO,
    text="""Bonjour Mathieu Gagnon-Roy,

Nous vous remercions pour votre candidature au poste d'Ingénieur(e) en structure – bois massif.

Nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.

Nous vous souhaitons plein succès dans vos recherches.

Cordialement,
Kora Ingénierie
""")

add("rejection", "Ostrander Steel Fabricators", "Gwen", "Connection Design Engineer", "en", "hard",
    "long feedback after onsite; positive tone",
    frm="Gwen Ostrander <gwen@ostrandersteel.com>",
    subj="Your onsite – feedback", date="2026-06-16 17:12",
    text="""Hi Mathieu,

Thanks for spending the whole day with us on Friday. You asked for honest feedback, so here it is.

Strengths: your moment-connection check was clean and well documented, and the shop guys liked that you asked about fit-up tolerances.

Where we landed: we've decided to go with someone who already carries a P.Eng. and has stamped connection packages for erectors. For the Connection Design Engineer seat that ended up being the deciding factor, and we won't be extending an offer to you.

Once your licence comes through, please reach out again.

Best,
Gwen Ostrander
VP Engineering
Ostrander Steel Fabricators
""")

add("rejection", "Groupe Ferroviaire Norgal", "Étienne", "Ingénieur(e) structures ferroviaires", "fr", "hard",
    "ami/référent transfère la réponse RH; décision dans le message transféré",
    frm="Étienne Paradis <etienne.paradis@norgal.ca>",
    subj="TR: Candidature de Mathieu Gagnon-Roy", date="2026-07-07 12:44",
    text="""Salut Mathieu,

Je viens d'avoir la réponse des RH, je te la transfère. Plate, je pensais vraiment que ça passerait. On se prend une bière bientôt?

Étienne

-------- Message transféré --------
De : Chantal Roux <croux@norgal.ca>
Date : 7 juillet 2026 à 11 h 58
À : Étienne Paradis
Objet : Candidature de Mathieu Gagnon-Roy

Bonjour Étienne,

Merci pour la recommandation. Après les entrevues, l'équipe a choisi un autre candidat pour le poste d'Ingénieur(e) structures ferroviaires. Peux-tu le remercier de notre part?

Chantal Roux
Conseillère en acquisition de talents
Groupe Ferroviaire Norgal
""")

add("rejection", "Greyhaven Engineering", "", "Junior Structural Engineer – Industrial", "en", "easy",
    "Jobvite template",
    frm="Greyhaven Engineering <notification@jobvite.com>",
    subj="Greyhaven Engineering - Application Update", date="2026-08-19 10:00", hdr=AUTO,
    text="""Dear Mathieu,

Thank you for applying for the Junior Structural Engineer – Industrial opportunity at Greyhaven Engineering.

We have reviewed your qualifications and, unfortunately, will not be moving forward with your candidacy for this position.

Best regards,
Greyhaven Engineering Talent Acquisition
""")
# ---- on_hold
add("on_hold", "Town of Ashcombe Falls", "", "Infrastructure Engineer", "en", "easy",
    "council-imposed hiring freeze",
    frm="Town of Ashcombe Falls HR <careers@ashcombefalls.ca>",
    subj="Competition #25-022 Infrastructure Engineer – status", date="2025-02-24 14:20",
    text="""Dear Applicant,

Thank you for applying to Competition #25-022, Infrastructure Engineer.

Please be advised that Council has approved a hiring freeze on all non-essential positions pending adoption of the 2025 operating budget. As a result, this competition is suspended effective immediately. This decision is not a reflection of your qualifications.

Should the competition resume, applicants will be contacted directly.

Human Resources
Town of Ashcombe Falls
""")

add("on_hold", "Consultants Rivard-Lemieux", "Nathalie", "Ingénieur(e) structure – ouvrages d'art", "fr", "easy",
    "poste 'mis sur la glace' (expression québécoise)",
    frm="Nathalie Rivard <nrivard@rivardlemieux.com>",
    subj="Poste ouvrages d'art – mise à jour", date="2025-05-13 16:05",
    text="""Bonjour Mathieu,

Je te donne des nouvelles comme promis. On a appris la semaine passée que le ministère reporte l'appel d'offres pour les trois viaducs sur lequel on comptait. Du coup, le poste d'Ingénieur(e) structure – ouvrages d'art est mis sur la glace jusqu'à nouvel ordre.

Rien à voir avec ta candidature; on a bien aimé te rencontrer. Je te recontacte dès que le dossier débloque.

Nathalie Rivard
Directrice, Ressources humaines
Consultants Rivard-Lemieux inc.
""")

add("on_hold", "Autorité régionale de transport de Laurentie", "", "Ingénieur(e) – infrastructures de transport collectif", "fr", "hard",
    "processus annulé; formulé comme un refus ATS",
    frm="ARTL Carrières <artl@myworkday.com>",
    subj="Avis concernant votre candidature (R-7731)", date="2025-06-26 09:15", hdr=AUTO,
    text="""Bonjour Mathieu,

Nous vous informons que le processus de dotation pour le poste Ingénieur(e) – infrastructures de transport collectif (R-7731) a été annulé par le service requérant.

Votre candidature ne sera donc plus considérée pour ce poste. Nous vous invitons à consulter régulièrement notre site carrière.

Autorité régionale de transport de Laurentie
Ce courriel est envoyé automatiquement.
""")

add("on_hold", "Calder & Whyte Construction", "Brendan", "Project Engineer – Heavy Civil", "en", "hard",
    "reorg; role no longer open after final round",
    frm="Brendan Whyte <bwhyte@calderwhyte.com>",
    subj="Project Engineer role", date="2025-08-28 10:22",
    text="""Hi Mathieu,

I owe you an update after your final round two weeks ago. We announced an internal reorganization yesterday that merges our heavy civil and industrial groups, and the Project Engineer – Heavy Civil position is no longer open as a result.

I want to be clear that this has nothing to do with you or your interviews — we were getting ready to move forward. I'm sorry the timing worked out this way.

Brendan Whyte
Operations Manager
Calder & Whyte Construction
""")

add("on_hold", "Keystone Rail Systems Canada", "Aisha", "Structural Engineer – Rail Bridges", "en", "hard",
    "pausing search until Q3; 'keep your application on file' sounds like rejection",
    frm="Aisha Mensah <amensah@keystonerail.ca>",
    subj="Structural Engineer – Rail Bridges: pausing", date="2025-10-09 15:48",
    text="""Hello Mathieu,

Quick note to let you know we're pausing this search until Q3 while our client finalizes the funding envelope for the corridor program. We'll keep your application on file and pick up where we left off once the requisition is re-approved.

Thanks for your patience,
Aisha Mensah
Talent Acquisition Lead, Keystone Rail Systems Canada
""")

add("on_hold", "Municipalité de Lac-Sauvin", "Hélène", "Ingénieur(e) civil(e) – voirie", "fr", "easy",
    "financement reporté, budget",
    frm="Hélène Côté <hcote@lac-sauvin.qc.ca>",
    subj="Poste d'ingénieur(e) civil(e) – voirie", date="2025-11-25 13:40",
    text="""Bonjour Monsieur Gagnon-Roy,

À la suite de l'adoption du budget 2026, le conseil municipal a reporté le financement du poste d'Ingénieur(e) civil(e) – voirie. Le processus de recrutement est donc suspendu pour une durée indéterminée.

Nous communiquerons avec vous si le poste est réaffiché.

Veuillez agréer nos salutations distinguées,

Hélène Côté
Directrice générale adjointe
Municipalité de Lac-Sauvin
""")

add("on_hold", "Verity Structural Consultants", "", "Structural Engineer (EIT)", "en", "easy",
    "Greenhouse; position closed, not due to qualifications",
    frm="Verity Structural Consultants <no-reply@us.greenhouse-mail.io>",
    subj="Update: Structural Engineer (EIT) at Verity Structural Consultants", date="2026-01-29 12:00",
    hdr=AUTO,
    text="""Hi Mathieu,

We're writing to let you know that the Structural Engineer (EIT) position you applied for has been closed and we are no longer hiring for it. This decision was made for business reasons and is not due to your qualifications.

Thank you for your interest in Verity Structural Consultants.

Verity Recruiting
""")

add("on_hold", "Morrow Civil Contractors", "Tyler", "Site Engineer", "en", "hard",
    "curt agency note: client pulled the requisition",
    frm="Tyler Bains <tyler.bains@northpeakstaffing.com>",
    subj="Re: Morrow Civil – Site Engineer", date="2026-03-11 08:05", reply=True,
    text="""Mathieu — Morrow Civil Contractors pulled the req this morning (budget). Sorry, nothing on your end. Will ping you if it reopens.

T.

Tyler Bains | NorthPeak Staffing
""")

add("on_hold", "Fondations Boréal", "Karine", "Ingénieur(e) en structure – fondations", "fr", "hard",
    "gel du recrutement; annule l'entrevue prévue",
    frm="Karine Lapointe <klapointe@fondationsboreal.ca>",
    subj="Annulation – entrevue du 12 mai", date="2026-05-06 11:18",
    text="""Bonjour Mathieu,

Je dois malheureusement annuler notre entrevue prévue le 12 mai à 10 h. La direction vient d'annoncer que nous suspendons temporairement tout recrutement jusqu'à la fin de l'été, le temps de revoir nos prévisions de carnet de commandes.

Le poste d'Ingénieur(e) en structure – fondations n'est pas comblé; il est simplement en pause. Je te réécris dès qu'on a le feu vert.

Désolée pour le contretemps,

Karine Lapointe
Conseillère RH, Fondations Boréal
""")

add("on_hold", "Cedar Span Engineering", "Maya", "Bridge Engineer", "en", "hard",
    "reply thread quotes interview invite; project lost funding",
    frm="Maya Lindqvist <mlindqvist@cedarspan.com>",
    subj="Re: Interview – Bridge Engineer", date="2026-06-24 14:35", reply=True,
    text="""Hi Mathieu,

Before we lock in next week: the bridge replacement program we were hiring for lost its provincial funding yesterday, and we've had to put the Bridge Engineer role on hold. I don't have a restart date yet.

I'm sorry — you were one of the people I most wanted the team to meet.

Maya

On Tue, Jun 16, 2026 at 9:10 AM Maya Lindqvist <mlindqvist@cedarspan.com> wrote:
> Hi Mathieu, thanks for applying! I'd like to set up a 45-minute interview with
> our bridge group. Are you free Monday June 29 or Thursday July 2?
> --
> Maya Lindqvist | Talent Acquisition | Cedar Span Engineering
""")

# ---- interview
add("interview", "Allard Thibeault Engineering", "Joanne", "Intermediate Structural Engineer", "en", "easy",
    "calendar invitation with text/calendar part",
    frm="Joanne Allard <jallard@allardthibeault.com>",
    subj="Invitation: Interview – Intermediate Structural Engineer @ Tue Feb 17, 2026 10am - 11am (EST)",
    date="2026-02-10 15:20",
    text="""Joanne Allard has invited you to an event.

Interview – Intermediate Structural Engineer
When: Tuesday, February 17, 2026, 10:00 – 11:00 Eastern Time
Where: Microsoft Teams

Hi Mathieu, you'll meet me and Vikram Shah (Structures lead). We'll talk through a project of your choice and a short design question on a steel moment frame.

Joanne Allard
Allard Thibeault Engineering
""",
    ics=ics("at-int-4471@allardthibeault.com", "20260217T100000", "20260217T110000",
            "Interview – Intermediate Structural Engineer", "jallard@allardthibeault.com",
            "Microsoft Teams"),
    iat=("2026-02-17 10:00", MTL))

add("interview", "Ville de Mont-Caribou", "Geneviève", "Ingénieur(e) de projets – bâtiments municipaux", "fr", "easy",
    "convocation claire, date et heure en format québécois",
    frm="Geneviève Tremblay <gtremblay@mont-caribou.ca>",
    subj="Convocation en entrevue – Ingénieur(e) de projets – bâtiments municipaux",
    date="2026-05-11 10:14",
    text="""Bonjour Monsieur Gagnon-Roy,

Nous avons le plaisir de vous convoquer à une entrevue pour le poste d'Ingénieur(e) de projets – bâtiments municipaux.

Date : le jeudi 14 mai 2026
Heure : 14 h 30 (heure de l'Est)
Lieu : Hôtel de ville, 200, rue Principale, salle du conseil
Durée : environ 60 minutes

Veuillez confirmer votre présence en répondant à ce courriel.

Geneviève Tremblay
Conseillère en dotation
Ville de Mont-Caribou
""",
    iat=("2026-05-14 14:30", MTL))

add("interview", "Groupe SMB Structures", "Sébastien", "", "fr", "hard",
    "'un petit café' informel; pas de date fixe",
    frm="Sébastien Morin <smorin@groupesmb.ca>",
    subj="Café?", date="2025-03-18 19:40",
    text="""Salut Mathieu,

Ton CV m'a été refilé par Isabelle. On cherche quelqu'un pour épauler l'équipe de conception sur nos projets de bâtiments en acier. Ça te dirait qu'on prenne un petit café la semaine prochaine pour jaser de ce que tu cherches et de ce qu'on fait? Je suis pas mal flexible en après-midi.

Sébastien
Groupe SMB Structures
""")

add("interview", "Kettleby Design Group", "", "Structural Engineer – Residential", "en", "easy",
    "Calendly scheduling link for phone screen",
    frm="Kettleby Design Group via Calendly <notifications@calendly.com>",
    subj="Schedule your phone screen with Kettleby Design Group", date="2025-04-08 09:30",
    hdr=AUTO,
    html="""<html><body>
<p>Hi Mathieu,</p>
<p>Thanks for applying for the <b>Structural Engineer – Residential</b> position. We'd like to set up a 20-minute phone screen with our recruiting team.</p>
<p>Please pick a time that works for you: <a href="https://calendly.com/kettleby-talent/phone-screen">calendly.com/kettleby-talent/phone-screen</a></p>
<p>Kettleby Design Group</p>
</body></html>""")

add("interview", "Ridgeback Engineering", "Lauren", "Structural Engineer", "en", "hard",
    "reschedule in reply thread; relative day 'Thursday'",
    frm="Lauren Park <lpark@ridgebackeng.com>",
    subj="Re: Monday interview", date="2026-03-23 08:12", reply=True,
    text="""Hi Mathieu,

Sorry for the short notice — our principal got pulled onto a site emergency today, so we can't do this afternoon. I've moved us to Thursday at 3:30 pm ET, same Zoom link. The updated invite is in your inbox.

Thanks for being flexible!
Lauren

Lauren Park
Recruiting Coordinator, Ridgeback Engineering
""",
    iat=("2026-03-26 15:30", MTL))

add("interview", "Société de transport de Val-Morency", "", "Ingénieur(e) structures – métro", "fr", "easy",
    "confirmation GoodTime, heure précise",
    frm="STVM Recrutement <scheduling@goodtime.io>",
    subj="Confirmation de votre entrevue – Ingénieur(e) structures – métro",
    date="2026-01-27 13:05", hdr=AUTO,
    text="""Bonjour Mathieu,

Votre entrevue est confirmée.

Poste : Ingénieur(e) structures – métro
Date : mardi 3 février 2026
Heure : 9 h 00 à 10 h 30 (heure de l'Est)
Lieu : Microsoft Teams (le lien suivra)
Panel : Mélanie Girard, Yves Bergeron

Pour modifier l'heure, utilisez le lien ci-dessous.
https://app.goodtime.io/reschedule/stvm/8841

Société de transport de Val-Morency
""",
    iat=("2026-02-03 09:00", MTL))

add("interview", "City of Brantwell", "Priscilla", "Structural Engineer, Facilities", "en", "easy",
    "ModernLoop onsite panel itinerary",
    frm="Priscilla Nguyen via ModernLoop <scheduling@modernloop.io>",
    subj="Your onsite panel with City of Brantwell – Thu Sep 10", date="2026-09-01 11:00",
    text="""Hi Mathieu,

Your panel interview for Structural Engineer, Facilities is confirmed:

Thursday, September 10, 2026
9:00 AM – 9:45 AM  Technical panel (D. Foster, R. Iqbal)
9:45 AM – 10:15 AM  Facilities tour
10:15 AM – 11:00 AM  HR conversation (P. Nguyen)

Location: Brantwell Civic Centre, 71 Main Street East, 3rd floor. Times are Eastern.

Priscilla Nguyen
Human Resources Advisor, City of Brantwell
""",
    iat=("2026-09-10 09:00", MTL))

add("interview", "Lambert-Dionne Experts-conseils", "Frédéric", "Ingénieur(e) en structure", "fr", "hard",
    "exercice de conception + présentation; jamais le mot 'entrevue'; 'lundi prochain'",
    frm="Frédéric Dionne <fdionne@lambertdionne.ca>",
    subj="Prochaine étape – exercice de conception", date="2025-09-10 16:25",
    att=[("Exercice_conception_passerelle.pdf", PDF)],
    text="""Bonjour Mathieu,

Merci pour notre échange téléphonique. Pour la prochaine étape, tu trouveras ci-joint un court exercice de conception (passerelle piétonne en acier). Compte environ trois heures.

On se rencontre ensuite lundi prochain à 13 h à nos bureaux de la rue Saint-Jacques pour que tu nous présentes ta solution (45 minutes avec moi et deux ingénieurs de l'équipe).

Au plaisir,
Frédéric Dionne, ing.
Lambert-Dionne Experts-conseils
""",
    iat=("2025-09-15 13:00", MTL))

add("interview", "Pemberton Marine Structures", "Kelsey", "Marine Structural Engineer", "en", "hard",
    "agency recruiter; 'quick chat' tomorrow; relative date",
    frm="Kelsey Marchand <kelsey@apextechsearch.ca>",
    subj="Quick chat with Pemberton tomorrow?", date="2025-10-21 17:50",
    text="""Hi Mathieu,

Good news — the hiring manager at Pemberton Marine Structures liked your wharf rehab experience and wants a quick chat. I've tentatively held tomorrow at 10:30 Eastern with him (Doug Harlan) on Teams; he confirmed on his side, so unless you tell me otherwise tonight, it's on.

It's for the Marine Structural Engineer role we discussed. 30 minutes, informal.

Kelsey Marchand
Senior Recruiter, Engineering | Apex Technical Search
""",
    iat=("2025-10-22 10:30", MTL))

add("interview", "Grupo Constructor Arenal", "Mariana", "Ingeniero de Estructuras", "es", "easy",
    "Spanish; video interview, Mexico City time",
    frm="Mariana Ortega <mortega@arenal.com.mx>",
    subj="Entrevista – Ingeniero de Estructuras", date="2026-06-02 12:10", tz="America/Mexico_City",
    text="""Hola Mathieu:

Gracias por tu interés en Grupo Constructor Arenal. Nos gustaría invitarte a una entrevista por videollamada para la vacante de Ingeniero de Estructuras.

Fecha: martes 9 de junio
Hora: 11:00 (hora de Ciudad de México)
Plataforma: Google Meet (te enviaremos el enlace)

Por favor confirma tu asistencia.

Saludos,
Mariana Ortega
Reclutamiento, Grupo Constructor Arenal S.A. de C.V.
""",
    iat=("2026-06-09 11:00", "America/Mexico_City"))

add("interview", "Stonebridge Builders", "Marcus", "Project Engineer", "en", "hard",
    "'meet the team on site'; no word interview; relative Friday",
    frm="Marcus Reid <mreid@stonebridgebuilders.ca>",
    subj="Next steps", date="2026-07-14 10:02",
    text="""Hey Mathieu,

Enjoyed our call. Next step is to come meet the team on site — can you do this Friday at 9:00? Address is 1450 Industrial Rd, Mississauga, trailer 2. Bring boots and a hard hat if you have them, we'll walk the podium pour. Plan on a couple of hours.

See you then,
Marcus Reid
Project Director, Stonebridge Builders
""",
    iat=("2026-07-17 09:00", MTL))

add("interview", "Énergie Mauricie", "", "Ingénieur(e) civil(e) – barrages", "fr", "easy",
    "invitation avec plages horaires au choix (pas d'heure fixe)",
    frm="Énergie Mauricie – Carrières <energiemauricie@myworkday.com>",
    subj="Invitation à une entrevue – Ingénieur(e) civil(e) – barrages", date="2025-11-04 08:30",
    hdr=AUTO,
    text="""Bonjour Mathieu,

Votre candidature a retenu notre attention! Nous aimerions vous rencontrer en entrevue pour le poste d'Ingénieur(e) civil(e) – barrages.

Veuillez choisir l'une des plages suivantes dans votre espace candidat d'ici vendredi :
- mercredi 12 novembre, 9 h 30
- jeudi 13 novembre, 13 h 00
- vendredi 14 novembre, 10 h 00

Énergie Mauricie – Acquisition de talents
""")

add("interview", "Fairweather Bridge Consultants", "", "Bridge Engineer (EIT)", "en", "easy",
    "Greenhouse confirmation; Pacific time",
    frm="Fairweather Bridge Consultants <no-reply@us.greenhouse-mail.io>",
    subj="Interview confirmed: Bridge Engineer (EIT)", date="2026-04-14 18:00",
    tz="America/Vancouver", hdr=AUTO,
    text="""Hi Mathieu,

Your video interview for the Bridge Engineer (EIT) role is confirmed.

When: Monday, April 20, 2026 at 11:00 AM Pacific Time
Duration: 60 minutes
Interviewers: Helen Cho, Ravi Dhillon
Join: https://meet.google.com/fbc-eit-2201

Fairweather Bridge Consultants Recruiting
""",
    iat=("2026-04-20 11:00", "America/Vancouver"))

add("interview", "Construction Demers-Plante", "Isabelle", "Ingénieur(e) de projets", "fr", "hard",
    "tutoiement; 'rencontre' mercredi (date relative); pas le mot entrevue",
    frm="Isabelle Plante <iplante@demersplante.com>",
    subj="Rencontre avec Pierre", date="2026-02-23 14:50",
    text="""Bonjour Mathieu,

Suite à notre conversation téléphonique de ce matin, je te confirme la rencontre avec Pierre Demers, notre directeur des opérations, mercredi à 8 h à nos bureaux de Laval (3100, boul. Industriel). Prévois environ une heure.

Si jamais il y a un pépin, texte-moi au 514 555-0139.

Isabelle Plante
Conseillère principale, talents
Construction Demers-Plante
""",
    iat=("2026-02-25 08:00", MTL))

add("interview", "Tidemark Infrastructure", "", "Structural Engineer – Transit", "en", "hard",
    "subject 'status update'; moves to technical interview; self-scheduling, no time",
    frm="Tidemark Infrastructure <notification@jobvite.com>",
    subj="Your application status has been updated", date="2025-12-03 09:41", hdr=AUTO,
    text="""Hello Mathieu,

There has been an update to your application for Structural Engineer – Transit at Tidemark Infrastructure.

Good news: the hiring team would like to move you forward to the technical interview stage. Please use the link below to choose a 60-minute slot in the next ten days.

https://jobs.jobvite.com/tidemark/schedule/88f1a2

Regards,
Tidemark Infrastructure Talent Acquisition
""")

add("interview", "Bouchard Pelletier Ingénieurs", "Caroline", "Ingénieur(e) en structure – bâtiments institutionnels", "fr", "easy",
    "invitation calendrier (text/calendar) en français",
    frm="Caroline Pelletier <cpelletier@bpingenieurs.ca>",
    subj="Invitation : Entrevue – Ingénieur(e) en structure – bâtiments institutionnels",
    date="2026-03-30 11:25",
    text="""Bonjour Mathieu,

Voici l'invitation pour notre entrevue.

Quand : jeudi 2 avril 2026, 10 h 00 – 11 h 00 (heure de l'Est)
Où : 1200, av. McGill College, bureau 1500, Montréal

Caroline Pelletier
Bouchard Pelletier Ingénieurs
""",
    ics=ics("bp-ent-0402@bpingenieurs.ca", "20260402T100000", "20260402T110000",
            "Entrevue – Ingénieur(e) en structure", "cpelletier@bpingenieurs.ca",
            "1200 av. McGill College, bureau 1500"),
    iat=("2026-04-02 10:00", MTL))

add("interview", "Province Line Transit", "Nadia", "Structural Engineer, Stations", "en", "easy",
    "recruiter phone screen confirmation",
    frm="Nadia Haddad <nhaddad@provinceline.ca>",
    subj="Phone screen confirmed – Structural Engineer, Stations", date="2026-10-01 13:33",
    text="""Hi Mathieu,

Confirming our phone screen for the Structural Engineer, Stations role on Wednesday, October 7 at 1:00 PM ET. I'll call you at 514-555-0172.

Talk soon,
Nadia Haddad
Talent Acquisition Partner | Province Line Transit
""",
    iat=("2026-10-07 13:00", MTL))

add("interview", "Ville de Rivière-aux-Cèdres", "", "Ingénieur(e) – structures et ouvrages d'art", "fr", "hard",
    "convocation à examen écrit suivi d'entrevue; menace de retrait",
    frm="Ville de Rivière-aux-Cèdres <recrutement@riviereauxcedres.ca>",
    subj="Convocation – examen et entrevue (affichage 2025-RH-58)", date="2025-09-11 15:00",
    text="""Monsieur,

Votre candidature au poste d'Ingénieur(e) – structures et ouvrages d'art (affichage 2025-RH-58) a été retenue pour la suite du processus.

Vous êtes convoqué à un examen écrit suivi d'une entrevue de sélection :
le lundi 22 septembre 2025 à 9 h, à l'hôtel de ville (salle Marcel-Lévesque).

Si vous ne pouvez pas vous présenter, votre candidature sera retirée du processus. Veuillez apporter une pièce d'identité avec photo.

Service des ressources humaines
Ville de Rivière-aux-Cèdres
""",
    iat=("2025-09-22 09:00", MTL))

add("interview", "Harrow Geostructural", "Noor", "Geostructural Engineer", "en", "hard",
    "one-line body; time only in .ics part",
    frm="Noor Aziz <naziz@harrowgeo.com>",
    subj="Harrow Geostructural / Mathieu Gagnon-Roy", date="2025-06-10 16:02",
    text="""Mathieu - see invite. Looking forward to it.

Noor
""",
    ics=ics("hg-0612@harrowgeo.com", "20250612T140000", "20250612T144500",
            "Harrow Geostructural - Geostructural Engineer interview (Noor Aziz)",
            "naziz@harrowgeo.com", "Zoom https://zoom.us/j/5550100"),
    iat=("2025-06-12 14:00", MTL))

add("interview", "Larochelle Ponts et Chaussées", "Annie", "Ingénieur(e) de conception – ponts", "fr", "easy",
    "invitation Teams en français (format Outlook)",
    frm="Annie Larochelle <alarochelle@larochelle-pc.ca>",
    subj="Entrevue – Ingénieur(e) de conception – ponts", date="2026-10-29 09:15",
    text="""Quand : vendredi 6 novembre 2026 10:00-11:00 (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

Bonjour Mathieu, tu rencontreras Annie Larochelle et Paul-Émile Roy pour l'entrevue technique. Prévois de parler d'un projet de pont que tu as conçu.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
ID de la réunion : 291 448 310 772
________________________________________________________________________________
""",
    iat=("2026-11-06 10:00", MTL))

add("interview", "Kettleby Design Group", "Hugo", "Structural Engineer – Residential", "en", "hard",
    "reschedule offering two slots; no definite time",
    frm="Hugo Brandt <hbrandt@kettlebydesign.com>",
    subj="Re: Phone screen – Structural Engineer – Residential", date="2025-04-15 12:30", reply=True,
    text="""Hi Mathieu,

Apologies, I have to move our conversation — I'm stuck on a site review Thursday. Would Tuesday at 2pm or Wednesday at 11am work instead? Either is fine on my side.

Hugo Brandt
Engineering Manager, Kettleby Design Group
""")

add("interview", "Tétreault Gingras Experts-Conseils", "Marc-André", "Ingénieur en structure – bâtiments", "fr", "hard",
    "deuxième rencontre; 'malheureusement' (Jean absent) mais confirme",
    frm="Marc-André Gingras <magingras@tgexperts.ca>",
    subj="Deuxième rencontre – Ingénieur en structure – bâtiments", date="2025-11-26 17:05",
    text="""Bonjour Mathieu,

Merci pour la première entrevue. Nous aimerions te revoir pour une deuxième rencontre, cette fois avec l'équipe technique, le 2 décembre à 15 h à nos bureaux.

Malheureusement, Jean ne pourra pas être présent, mais Sophie Nadeau prendra sa place.

Marc-André Gingras, ing.
Associé, Tétreault Gingras Experts-Conseils
""",
    iat=("2025-12-02 15:00", MTL))
# ---- offer
add("offer", "Allard Thibeault Engineering", "Joanne", "Intermediate Structural Engineer", "en", "easy",
    "offer letter attached as PDF",
    frm="Joanne Allard <jallard@allardthibeault.com>",
    subj="Offer of Employment – Intermediate Structural Engineer", date="2026-02-27 16:10",
    att=[("Offer_Letter_MGagnonRoy.pdf", PDF)],
    text="""Hi Mathieu,

On behalf of everyone at Allard Thibeault Engineering, I'm delighted to offer you the position of Intermediate Structural Engineer. Your offer letter is attached, with salary, benefits and a proposed start date of April 6.

Please review it and let me know if you have any questions. We'd appreciate your signed copy by March 6.

Warmly,
Joanne Allard
Director, People & Operations
Allard Thibeault Engineering Inc.
""")

add("offer", "Société de transport de Val-Morency", "Mélanie", "Ingénieur(e) structures – métro", "fr", "easy",
    "offre d'emploi formelle",
    frm="Mélanie Girard <mgirard@stvm.qc.ca>",
    subj="Offre d'emploi – Ingénieur(e) structures – métro", date="2026-02-18 10:40",
    text="""Bonjour Mathieu,

C'est avec grand plaisir que nous vous offrons le poste d'Ingénieur(e) structures – métro au sein de la Direction de l'ingénierie de la Société de transport de Val-Morency.

Conditions principales :
- Salaire annuel : 84 500 $ (classe 7, échelon 3)
- Entrée en fonction : le 16 mars 2026
- Régime de retraite à prestations déterminées et assurances collectives

Votre embauche est conditionnelle à la vérification des antécédents judiciaires. Merci de nous faire part de votre décision d'ici le 25 février.

Mélanie Girard
Chef de division, Structures
Société de transport de Val-Morency
""")

add("offer", "Construction Demers-Plante", "Isabelle", "Ingénieur(e) de projets", "fr", "hard",
    "suivi d'offre verbale; jamais le mot 'offre'",
    frm="Isabelle Plante <iplante@demersplante.com>",
    subj="Suite à notre appel", date="2026-03-05 17:22",
    text="""Re-bonjour Mathieu,

Comme discuté au téléphone tantôt, voici ce qu'on te propose pour le poste d'Ingénieur(e) de projets :
- 82 000 $ par année
- entrée en fonction le lundi 4 mai
- 4 semaines de vacances dès la première année (en plus des vacances de la construction)
- véhicule de compagnie pour les visites de chantier

Si ça te convient, signe le document dans DocuSign que je t'envoie ce soir et renvoie-le d'ici vendredi. On a bien hâte de t'avoir dans l'équipe!

Isabelle
Construction Demers-Plante
""")

add("offer", "City of Brantwell", "Priscilla", "Structural Engineer, Facilities", "en", "hard",
    "conditional offer pending references; HTML only",
    frm="Priscilla Nguyen <pnguyen@brantwell.ca>",
    subj="Conditional Offer – Structural Engineer, Facilities", date="2026-09-22 14:05",
    html="""<html><body style="font-family:Calibri,sans-serif">
<p>Dear Mathieu,</p>
<p>Further to your interview on September 10, the City of Brantwell is pleased to extend a <b>conditional offer of employment</b> for the position of Structural Engineer, Facilities (Grade 9, $96,420 per annum).</p>
<p>This offer is conditional on satisfactory reference checks and a Criminal Record Check. Unfortunately our system cannot issue e-signatures, so please print, sign and return the attached letter by October 2.</p>
<p>Sincerely,<br>Priscilla Nguyen<br>Human Resources Advisor<br>City of Brantwell</p>
</body></html>""",
    att=[("Brantwell_Conditional_Offer.pdf", PDF)])

add("offer", "Stonebridge Builders", "Marcus", "Project Engineer", "en", "hard",
    "reply thread; quoted delay message with 'unfortunately'",
    frm="Marcus Reid <mreid@stonebridgebuilders.ca>",
    subj="Re: Project Engineer – timing", date="2026-07-29 08:55", reply=True,
    text="""Mathieu,

Good news — we got sign-off this morning. We'd like you to join as Project Engineer at $88,000 plus the site allowance we talked about. HR will send the formal letter today; start date is your call, ideally before Sept 1.

Welcome aboard (I hope!).
Marcus

On Jul 24, 2026, at 4:12 PM, Marcus Reid <mreid@stonebridgebuilders.ca> wrote:
> Hi Mathieu, unfortunately the timeline slipped a bit — our VP is away until
> Monday and needs to sign off. Sorry for the wait.
""")

add("offer", "Bouchard Pelletier Ingénieurs", "Caroline", "Ingénieur(e) en structure – bâtiments institutionnels", "fr", "easy",
    "offre avec lettre PDF jointe",
    frm="Caroline Pelletier <cpelletier@bpingenieurs.ca>",
    subj="Lettre d'offre – Ingénieur(e) en structure – bâtiments institutionnels",
    date="2026-04-14 15:45", att=[("Lettre_offre_Gagnon-Roy.pdf", PDF)],
    text="""Bonjour Mathieu,

Nous sommes heureux de vous offrir le poste d'Ingénieur(e) en structure – bâtiments institutionnels. Vous trouverez en pièce jointe votre lettre d'offre détaillant la rémunération et les avantages sociaux.

Nous vous saurions gré de nous retourner la lettre signée d'ici le 21 avril.

Caroline Pelletier
Directrice, Capital humain
Bouchard Pelletier Ingénieurs inc.
""")

# ---- application_received
add("application_received", "Harcourt Lyle Engineering", "", "Structural EIT – Buildings", "en", "easy",
    "Greenhouse acknowledgement",
    frm="Harcourt Lyle Engineering <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Harcourt Lyle Engineering", date="2025-01-22 22:14", hdr=AUTO,
    text="""Hi Mathieu,

Thanks for applying for the Structural EIT – Buildings role at Harcourt Lyle Engineering. We've received your application and our team will review it shortly.

If your experience is a match, a member of our recruiting team will be in touch about next steps.

Harcourt Lyle Engineering Recruiting
""")

add("application_received", "Groupe Conseil Rivemont", "", "Ingénieur(e) en structure junior", "fr", "easy",
    "accusé de réception Workday",
    frm="Carrières Rivemont <rivemont@myworkday.com>",
    subj="Nous avons bien reçu votre candidature", date="2025-02-12 07:55", hdr=AUTO,
    text="""Bonjour Mathieu,

Merci d'avoir postulé au poste d'Ingénieur(e) en structure junior (R-10482) chez Groupe Conseil Rivemont inc.

Votre candidature a bien été reçue et sera étudiée par notre équipe. Vous pouvez suivre son état dans votre espace candidat.

L'équipe Acquisition de talents
""")

add("application_received", "Regional Municipality of Halbrook", "", "Project Engineer – Wastewater", "en", "easy",
    "iCIMS acknowledgement",
    frm="Regional Municipality of Halbrook <halbrook@talent.icims.com>",
    subj="Application received – Project Engineer – Wastewater", date="2025-07-18 10:02", hdr=AUTO,
    text="""Dear Mathieu,

This is to confirm that we have received your application for Project Engineer – Wastewater (Job ID 2025-3318).

Your application is under review. Due to the number of applications, only candidates selected for further consideration will be contacted.

Human Resources, Regional Municipality of Halbrook
""")

add("application_received", "Ville de Rivière-aux-Cèdres", "", "Ingénieur(e) – structures et ouvrages d'art", "fr", "hard",
    "accusé de réception mentionnant entrevue et 'non retenue'",
    frm="Ville de Rivière-aux-Cèdres <recrutement@riviereauxcedres.ca>",
    subj="Accusé de réception – affichage 2025-RH-58", date="2025-08-25 09:00", hdr=AUTO,
    text="""Bonjour,

Nous accusons réception de votre candidature pour le poste d'Ingénieur(e) – structures et ouvrages d'art (affichage 2025-RH-58).

Les personnes retenues pour une entrevue seront contactées au cours des prochaines semaines. Si votre candidature n'est pas retenue, vous ne recevrez pas d'autre communication.

Merci de l'intérêt porté à la Ville de Rivière-aux-Cèdres.

Service des ressources humaines
""")

add("application_received", "Northgate Transit Authority", "", "Structures Engineer, Capital Projects", "en", "hard",
    "Lever; chatty template reads like personal mail",
    frm="Northgate Transit Authority <no-reply@hire.lever.co>",
    subj="Hey Mathieu, we got it!", date="2025-04-02 11:47", hdr=AUTO,
    text="""Hey Mathieu!

Thanks a ton for applying for Structures Engineer, Capital Projects. A real human on our team is going to read it (promise), and we'll get back to you either way.

In the meantime, feel free to check out how we're rebuilding the Eastline viaducts on our blog.

Cheers,
The folks at Northgate Transit Authority
""")

add("application_received", "Grupo Constructor Arenal", "", "Ingeniero de Estructuras", "es", "easy",
    "Spanish acknowledgement",
    frm="Grupo Constructor Arenal <empleos@arenal.com.mx>",
    subj="Hemos recibido tu postulación", date="2026-05-20 18:20", tz="America/Mexico_City",
    hdr=AUTO,
    text="""Hola Mathieu:

Gracias por postularte a la vacante de Ingeniero de Estructuras en Grupo Constructor Arenal. Hemos recibido tu solicitud y nuestro equipo la revisará en los próximos días.

Atentamente,
Equipo de Talento
""")

add("application_received", "Béton Laurentide", "", "Ingénieur(e) de conception – préfabriqué", "fr", "easy",
    "SmartRecruiters, français",
    frm="Béton Laurentide <noreply@smartrecruiters.com>",
    subj="Merci pour votre candidature!", date="2025-10-28 13:13", hdr=AUTO,
    text="""Bonjour Mathieu,

Merci pour votre candidature au poste d'Ingénieur(e) de conception – préfabriqué chez Béton Laurentide. Nous l'avons bien reçue.

Notre équipe analyse chaque dossier avec soin; nous vous contacterons si votre profil correspond à nos besoins.

L'équipe Talents, Béton Laurentide
""")

add("application_received", "Tallgrass Infrastructure Partners", "", "Structural Engineer II", "en", "hard",
    "Taleo acknowledgement with 'Unfortunately'",
    frm="Tallgrass Infrastructure Partners <no-reply@taleo.net>",
    subj="Thank you for your application - Structural Engineer II", date="2025-11-10 02:31",
    hdr=AUTO,
    text="""Dear Mathieu,

Thank you for submitting your application for the Structural Engineer II position (Requisition 25000417). Your application has been successfully received.

Unfortunately, due to the high volume of applications, we are unable to respond to each applicant individually regarding the status of their application. You can check your status at any time in the candidate portal.

Tallgrass Infrastructure Partners Recruitment
""")

add("application_received", "Fieldstone Modular", "", "Structural Designer, Mass Timber", "en", "easy",
    "Ashby acknowledgement",
    frm="Fieldstone Modular <no-reply@ashbyhq.com>",
    subj="Thanks for applying to Fieldstone Modular", date="2026-02-10 20:05", hdr=AUTO,
    text="""Hi Mathieu,

Thanks for applying to the Structural Designer, Mass Timber role. We've received your application and will review it soon.

Fieldstone Modular
""")

add("application_received", "Gestion Dufresne-Arsenault", "", "Ingénieur(e) de chantier", "fr", "easy",
    "Recruitee, français",
    frm="Gestion Dufresne-Arsenault <no-reply@recruitee.com>",
    subj="Candidature reçue : Ingénieur(e) de chantier", date="2026-03-02 08:41", hdr=AUTO,
    text="""Bonjour Mathieu,

Nous avons bien reçu votre candidature pour le poste d'Ingénieur(e) de chantier. Merci!

Nous reviendrons vers vous dès que nous aurons examiné votre dossier.

Équipe RH – Gestion Dufresne-Arsenault
""")

add("application_received", "Oakridge Formwork Solutions", "", "Formwork Design Engineer", "en", "hard",
    "BambooHR; describes phone interview and rejection as future steps",
    frm="Oakridge Formwork Solutions <notifications@app.bamboohr.com>",
    subj="Application received: Formwork Design Engineer", date="2026-06-03 15:27", hdr=AUTO,
    text="""Hi Mathieu,

Thank you for your interest in the Formwork Design Engineer position at Oakridge Formwork Solutions. Your application has been received.

Here's what happens next: our hiring team reviews applications weekly. Shortlisted candidates will be invited to a 30-minute phone interview. If you are not selected, we will let you know by email once the position is filled.

Oakridge Formwork Solutions
""")

add("application_received", "Construction Beaulieu & Fils", "", "Chargé de projet – béton", "fr", "hard",
    "assistante virtuelle Paradox avec prénom (pas un humain)",
    frm="Olivia – Construction Beaulieu & Fils <olivia@paradox.ai>",
    subj="Construction Beaulieu & Fils : candidature reçue", date="2025-03-21 21:09", hdr=AUTO,
    text="""Bonjour Mathieu! C'est Olivia, l'assistante virtuelle de Construction Beaulieu & Fils.

J'ai bien transmis votre candidature pour le poste de Chargé de projet – béton à l'équipe de recrutement. Si votre profil est retenu, je vous écrirai pour planifier une rencontre.

Répondez AIDE en tout temps pour obtenir de l'assistance.
""")

add("application_received", "Cedar Span Engineering", "", "Bridge Engineer", "en", "easy",
    "Workable acknowledgement",
    frm="Cedar Span Engineering <noreply@candidates.workablemail.com>",
    subj="Thanks for applying to Cedar Span Engineering", date="2026-06-08 12:12", hdr=AUTO,
    text="""Hi Mathieu,

Thank you for applying for the Bridge Engineer position at Cedar Span Engineering. This email confirms we have received your application.

We'll be in touch if your background fits what we're looking for.

Cedar Span Engineering Hiring Team
""")

add("application_received", "Kora Ingénierie", "", "Ingénieur(e) en structure – bois massif", "fr", "easy",
    "Personio, français",
    frm="Kora Ingénierie <no-reply@personio.de>",
    subj="Confirmation de réception de votre candidature", date="2026-05-11 10:30", hdr=AUTO,
    text="""Bonjour Mathieu Gagnon-Roy,

Nous vous confirmons la bonne réception de votre candidature au poste d'Ingénieur(e) en structure – bois massif. Nous étudions votre dossier et reviendrons vers vous dans les meilleurs délais.

Cordialement,
Kora Ingénierie
""")

add("application_received", "Town of Ashcombe Falls", "", "Infrastructure Engineer", "en", "hard",
    "receipt PDF attached; competition number; auto-generated header",
    frm="Town of Ashcombe Falls <noreply@ashcombefalls.ca>",
    subj="Competition #25-022 – Receipt of Application", date="2025-02-03 09:00", hdr=AUTO,
    att=[("Application_Receipt_25-022.pdf", PDF)],
    text="""This message confirms receipt of your application for Competition #25-022, Infrastructure Engineer. Your receipt is attached for your records.

Applications will be screened after the closing date of February 14, 2025. Applicants selected for interview will be contacted by telephone.

Town of Ashcombe Falls – Human Resources
This is an automated message.
""")

add("application_received", "Greyhaven Engineering", "", "Junior Structural Engineer – Industrial", "en", "hard",
    "'Re:' subject; forwarded to hiring manager, no decision",
    frm="Greyhaven Engineering <notification@jobvite.com>",
    subj="Re: Your application – Junior Structural Engineer – Industrial", date="2026-08-05 14:00",
    hdr=AUTO,
    text="""Dear Mathieu,

Thank you for your application for Junior Structural Engineer – Industrial. It has been forwarded to the hiring manager for review.

We regret that we cannot respond personally to every applicant, but you will hear from us once a decision has been made.

Greyhaven Engineering Talent Acquisition
""")
# ---- auto_reply
add("auto_reply", "Consultants Rivard-Lemieux", "Nathalie", "", "fr", "easy",
    "absence, retour 'le lundi 9 mars'", ret="2026-03-09",
    frm="Nathalie Rivard <nrivard@rivardlemieux.com>",
    subj="Réponse automatique : Candidature – ingénieur structure", date="2026-02-27 18:02",
    reply=True, hdr=OOO,
    text="""Bonjour,

Je suis absente du bureau et n'aurai pas accès à mes courriels. Je serai de retour le lundi 9 mars.

Pour toute urgence, veuillez communiquer avec Luc Lemieux (llemieux@rivardlemieux.com).

Merci,
Nathalie Rivard
Consultants Rivard-Lemieux inc.
""")

add("auto_reply", "Marrow & Keats Consulting Engineers", "Owen", "", "en", "easy",
    "OOO 'back on 3/14'", ret="2025-03-14",
    frm="Owen Keats <owen.keats@marrowkeats.com>",
    subj="Automatic reply: Following up – structural engineer application", date="2025-03-07 10:15",
    reply=True, hdr={"Auto-Submitted": "auto-replied"},
    text="""Thanks for your email. I'm at a client site with limited access to email and will be back on 3/14. For anything urgent please call the office at 613-555-0110.

Owen Keats
Marrow & Keats Consulting Engineers
""")

add("auto_reply", "Brückner Ingenieurbau GmbH", "Jonas", "Tragwerksplaner (m/w/d)", "de", "easy",
    "German Abwesenheitsnotiz; 'ab dem 7. April'", ret="2026-04-07",
    frm="Jonas Weber <j.weber@brueckner-ingenieurbau.de>",
    subj="Abwesenheitsnotiz: Bewerbung Tragwerksplaner (m/w/d) – Mathieu Gagnon-Roy",
    date="2026-03-30 08:01", tz="Europe/Berlin", reply=True, hdr=OOO,
    text="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April 2026 nicht im Büro. Ab dem 7. April bin ich wieder erreichbar.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@brueckner-ingenieurbau.de.

Mit freundlichen Grüßen
Jonas Weber
Personalabteilung
Brückner Ingenieurbau GmbH
""")

add("auto_reply", "Fondations Boréal", "Karine", "Ingénieur(e) en structure – fondations", "fr", "hard",
    "congé parental; mentionne processus d'entrevues; pas d'en-têtes; pas de date précise",
    frm="Karine Lapointe <klapointe@fondationsboreal.ca>",
    subj="Re: Suivi – poste Ingénieur(e) en structure – fondations", date="2026-09-14 09:33",
    reply=True,
    text="""Bonjour,

Je suis présentement en congé parental jusqu'en janvier 2027. Pour tout ce qui concerne les processus d'entrevues et les candidatures en cours, veuillez écrire à Marie-Ève Fortin (mefortin@fondationsboreal.ca), qui me remplace.

Merci et bonne journée!

Karine Lapointe
Conseillère RH, Fondations Boréal
""")

add("auto_reply", "Calder & Whyte Construction", "Brendan", "", "en", "hard",
    "no longer works there, contact someone else; no headers except X-Autoreply",
    frm="Brendan Whyte <bwhyte@calderwhyte.com>",
    subj="Re: Checking in", date="2026-01-12 11:40", reply=True, hdr={"X-Autoreply": "yes"},
    text="""Hello,

I no longer work at Calder & Whyte Construction. For recruiting matters please contact careers@calderwhyte.com; for project matters, please contact Lina Park at lpark@calderwhyte.com.

This mailbox will be deactivated on January 31.
""")

add("auto_reply", "Ville de Saint-Aurèle", "", "", "fr", "easy",
    "boîte non surveillée",
    frm="Ville de Saint-Aurèle – Ressources humaines <dotation@saint-aurele.qc.ca>",
    subj="Réponse automatique : Question – concours 2025-041", date="2025-07-09 07:12",
    reply=True, hdr={"Auto-Submitted": "auto-replied"},
    text="""Ce message est une réponse automatique.

Cette boîte de courriel n'est pas surveillée. Pour toute question concernant un concours, veuillez consulter la section Emplois du site Web de la Ville ou téléphoner au 311.

Ville de Saint-Aurèle
""")

add("auto_reply", "Ridgeback Engineering", "Lauren", "Structural Engineer", "en", "hard",
    "subject mentions interview; explicit return 'Monday 23 March'", ret="2026-03-23",
    frm="Lauren Park <lpark@ridgebackeng.com>",
    subj="Automatic reply: Interview availability – Structural Engineer", date="2026-03-13 16:45",
    reply=True, hdr=OOO,
    text="""Hi there,

I'm away until 2026-03-20 inclusive, returning Monday 23 March. If your message is about interview scheduling, please reach recruiting@ridgebackeng.com and someone on the team will help.

Lauren
""")

add("auto_reply", "Construction Beaulieu & Fils", "Sylvain", "", "fr", "hard",
    "vacances de la construction; date de retour; Précédence bulk seulement", ret="2026-08-03",
    frm="Sylvain Beaulieu <sbeaulieu@beaulieufils.qc.ca>",
    subj="Absent(e) du bureau – vacances de la construction", date="2026-07-21 06:30",
    reply=True, hdr={"Precedence": "bulk"},
    text="""Bonjour,

Nos bureaux sont fermés pendant les vacances de la construction, du 18 juillet au 2 août 2026. Je serai de retour le lundi 3 août et vous répondrai dans les meilleurs délais.

Pour une urgence sur un chantier : 450 555-0199.

Sylvain Beaulieu, ing.
Construction Beaulieu & Fils Ltée
""")

add("auto_reply", "Ingeniería Sísmica Andina", "Ana", "", "es", "easy",
    "Spanish OOO; 'regreso el 16 de abril'", ret="2025-04-16",
    frm="Ana Villalobos <avillalobos@sismicaandina.cl>",
    subj="Respuesta automática: Consulta sobre el proceso", date="2025-04-03 12:00",
    tz="America/Santiago", reply=True, hdr=OOO,
    text="""Hola,

Estaré fuera de la oficina hasta el 15 de abril, sin acceso regular al correo. Regreso el 16 de abril.

Para temas urgentes, escriba a personas@sismicaandina.cl.

Ana Villalobos
Ingeniería Sísmica Andina
""")

add("auto_reply", "Halverson Bridge Group", "Priya", "", "en", "easy",
    "OOO 'returning Tuesday, January 6'", ret="2026-01-06",
    frm="Priya Raman <praman@halversonbridge.com>",
    subj="Out of Office: Catching up", date="2025-12-22 09:05", reply=True, hdr=OOO,
    text="""Thank you for your message. Our office is closed for the holidays and I'm returning Tuesday, January 6. I'll respond as soon as I can after that.

Happy holidays,
Priya Raman
Halverson Bridge Group
""")

add("auto_reply", "Bouchard Pelletier Ingénieurs", "Caroline", "", "fr", "easy",
    "absente jusqu'au 14 août inclusivement; retour le 17", ret="2026-08-17",
    frm="Caroline Pelletier <cpelletier@bpingenieurs.ca>",
    subj="Réponse automatique : Question – date d'entrée en fonction", date="2026-08-03 13:20",
    reply=True, hdr=OOO,
    text="""Bonjour,

Je serai absente du bureau jusqu'au 14 août inclusivement. De retour le lundi 17 août.

Pour les questions urgentes concernant les nouvelles embauches, écrivez à rh@bpingenieurs.ca.

Caroline Pelletier
Bouchard Pelletier Ingénieurs
""")

add("auto_reply", "Keystone Rail Systems Canada", "Aisha", "Structural Engineer – Rail Bridges", "en", "hard",
    "relative 'back Monday'; no auto-reply headers", ret="2025-10-20",
    frm="Aisha Mensah <amensah@keystonerail.ca>",
    subj="Re: Structural Engineer – Rail Bridges: pausing", date="2025-10-15 14:02", reply=True,
    text="""Hi, I'm at the Rail Canada conference through the end of the week with spotty email. Back Monday — I'll reply then.

Aisha Mensah
Keystone Rail Systems Canada
""")

add("auto_reply", "Société de transport de Val-Morency", "Mélanie", "Ingénieur(e) structures – métro", "fr", "hard",
    "objet contient 'Offre'; retour 'le lundi 2 mars' (semaine de relâche)", ret="2026-03-02",
    frm="Mélanie Girard <mgirard@stvm.qc.ca>",
    subj="Réponse automatique : RE: Offre – Ingénieur(e) structures – métro", date="2026-02-23 10:30",
    reply=True, hdr={"Auto-Submitted": "auto-replied"},
    text="""Bonjour,

Je suis en vacances pour la semaine de relâche. Je serai de retour le lundi 2 mars et traiterai votre message à ce moment.

Pour toute question urgente concernant votre offre, écrivez à dotation@stvm.qc.ca.

Mélanie Girard
Chef de division, Structures
Société de transport de Val-Morency
""")

add("auto_reply", "Lakeshore Regional Transit", "", "", "en", "easy",
    "careers mailbox not monitored",
    frm="Lakeshore Regional Transit Careers <careers-noreply@lakeshoretransit.ca>",
    subj="Auto: Re: Question about EIT, Track & Structures", date="2026-01-20 19:51",
    reply=True, hdr=OOO,
    text="""This mailbox is not monitored. Your message has not been read.

To check the status of an application, sign in to your candidate profile at careers.lakeshoretransit.ca.

Lakeshore Regional Transit – Human Resources
""")
# ---- other
add("other", "", "", "", "en", "easy", "job alert digest",
    frm="JobStream Alerts <alerts@jobstream-mail.com>",
    subj="14 new jobs for Structural Engineer in Montréal, QC", date="2025-01-15 06:02",
    hdr={**BULK, **unsub("https://jobstream-mail.com/u/a81f")},
    html="""<html><body>
<h3>14 new jobs match your alert "Structural Engineer" near Montréal, QC</h3>
<ul>
<li><b>Structural Engineer – Bridges</b> · Halverson Bridge Group · Montréal · 2d ago</li>
<li><b>Ingénieur(e) en structure</b> · Bouchard Pelletier Ingénieurs · Montréal · 3d ago</li>
<li><b>Field Engineer</b> · Corvane Construction Group · Laval · 1w ago</li>
<li><b>Project Engineer – Wastewater</b> · Regional Municipality of Halbrook · Halbrook, ON</li>
</ul>
<p><a href="https://jobstream-mail.com/alerts/see-all">See all 14 jobs</a> · Easy Apply available</p>
<p><small>You're receiving this because you created a job alert. <a href="https://jobstream-mail.com/u/a81f">Unsubscribe</a></small></p>
</body></html>""")

add("other", "", "", "", "fr", "easy", "alerte d'emplois en français",
    frm="Emplois Génie Québec <alertes@emploisgenieqc.ca>",
    subj="Vos nouvelles offres d'emploi : ingénieur en structure", date="2025-06-30 05:45",
    hdr={**BULK, **unsub("https://emploisgenieqc.ca/desabonnement?id=55")},
    text="""Bonjour Mathieu,

Voici les nouvelles offres correspondant à votre recherche « ingénieur en structure – Montréal » :

• Ingénieur(e) de conception – ponts – Larochelle Ponts et Chaussées – Québec
• Ingénieur(e) structures – métro – Société de transport de Val-Morency – Val-Morency
• Chargé(e) de projet – béton – Construction Beaulieu & Fils – Saint-Jérôme

Postulez en un clic : https://emploisgenieqc.ca/offres

Pour vous désabonner de cette alerte : https://emploisgenieqc.ca/desabonnement?id=55
""")

add("other", "", "", "", "en", "hard", "career newsletter about handling rejection and interviews",
    frm="The Load Path <newsletter@theloadpath.ca>",
    subj="The Load Path #87: What a 'no' after the final round really means",
    date="2025-05-08 07:00", hdr={**BULK, **unsub("https://theloadpath.ca/unsubscribe")},
    text="""THE LOAD PATH — careers for Canadian structural engineers

This week: rejection after the final interview. We asked six hiring managers why strong candidates don't get the offer. The answers: licence timing, a competing internal candidate, and sometimes just budget. "We regret to inform you" rarely tells the whole story.

Also inside:
- Salary survey 2025: EIT vs P.Eng. in Ontario and Québec
- How to answer "tell me about a design error you made"

You're receiving this because you subscribed at theloadpath.ca.
Unsubscribe: https://theloadpath.ca/unsubscribe
""")

add("other", "", "", "", "fr", "hard", "inscription à un cours confirmée (ressemble à un accusé de réception)",
    frm="Centre de formation continue en génie <inscriptions@cfcgenie.ca>",
    subj="Confirmation d'inscription – Conception parasismique (CNB 2020)", date="2025-08-05 12:30",
    text="""Bonjour Mathieu Gagnon-Roy,

Nous avons bien reçu votre demande d'inscription à la formation « Conception parasismique des bâtiments selon le CNB 2020 » (7 heures de formation continue).

Date : le 24 septembre 2025, de 8 h 30 à 16 h 30
Lieu : en ligne (lien envoyé 48 h avant)

Votre reçu officiel sera transmis après paiement.

Centre de formation continue en génie
""")

add("other", "", "", "", "en", "hard", "podcast 'interview' with a chief engineer",
    frm="Spans & Sections Podcast <hello@spanspodcast.fm>",
    subj="New episode: our interview with the chief engineer behind the Riverside cable-stayed bridge",
    date="2025-09-24 08:00", hdr={**BULK, **unsub("https://spanspodcast.fm/unsub")},
    html="""<html><body>
<h2>Episode 112 is live</h2>
<p>In this week's interview, we sit down with the chief engineer of the Riverside cable-stayed bridge to talk stay-cable fatigue, wind tunnel surprises, and the offer she almost turned down that changed her career.</p>
<p><a href="https://spanspodcast.fm/112">Listen now</a></p>
<p><small>Unsubscribe: https://spanspodcast.fm/unsub</small></p>
</body></html>""")

add("other", "", "Manon", "", "fr", "hard", "demande de location acceptée (ressemble à une offre)",
    frm="Manon Desrosiers <manon.desrosiers@gestionimmoplateau.ca>",
    subj="Votre demande de location – 4½ rue Fabre", date="2025-06-12 15:20",
    text="""Bonjour Mathieu,

Bonne nouvelle : votre demande de location pour le 4½ de la rue Fabre a été acceptée! Le bail débutera le 1er juillet. Je vous propose de passer le signer samedi à 10 h.

Merci d'apporter un chèque pour le premier mois.

Manon Desrosiers
Gestion Immo Plateau
""")

add("other", "", "", "", "en", "hard", "card declined; 'unfortunately'",
    frm="Maplecard Alerts <alerts@maplecard.ca>",
    subj="Transaction declined on your card ending in 4471", date="2025-10-03 20:17",
    text="""Hi Mathieu,

Unfortunately, a transaction of $212.40 at HARDHAT SUPPLY CO on Oct 3 was declined because it exceeded your available credit.

If you did not attempt this purchase, call us at 1-800-555-0148.

Maplecard Security
""")

add("other", "", "Dmitri", "", "en", "hard", "pull request closed; 'decided not to move forward'",
    frm="Dmitri Volkov <notifications@github.com>",
    subj="Re: [openframe-fea/solver] Add Eurocode load combinations (PR #318)",
    date="2025-11-19 04:33", hdr={"Precedence": "list", "List-Id": "openframe-fea/solver <solver.openframe-fea.github.com>"},
    text="""@mgagnonroy thanks for the work here. After discussing with the other maintainers we've decided not to move forward with this approach — we'd rather keep design codes in a separate plugin package. Closing for now, but happy to review a plugin PR.

— Dmitri

Reply to this email directly or view it on GitHub:
https://github.com/openframe-fea/solver/pull/318#issuecomment-2210
""")

add("other", "", "", "", "fr", "hard", "résumé de conférence non retenu",
    frm="Colloque québécois sur les structures <comite@cqs-colloque.ca>",
    subj="Décision du comité scientifique – résumé CQS-2026-044", date="2026-01-08 10:00",
    text="""Bonjour M. Gagnon-Roy,

Le comité scientifique du Colloque québécois sur les structures 2026 a terminé l'évaluation des résumés. Nous avons le regret de vous informer que votre résumé « Comportement des assemblages bois-béton sous charges cycliques » n'a pas été retenu pour une présentation orale.

Vous êtes toutefois invité à le soumettre à la session d'affiches.

Le comité scientifique
""")

add("other", "", "", "", "en", "hard", "marketing 'offer' 20% off",
    frm="StructPro CAD <deals@structprocad.com>",
    subj="Your exclusive offer: 20% off StructPro Design Suite", date="2026-02-02 11:00",
    hdr={**BULK, **unsub("https://structprocad.com/unsubscribe")},
    html="""<html><body><h1>Limited-time offer</h1>
<p>Hi Mathieu, get 20% off StructPro Design Suite annual licences until Feb 15. Be interview-ready with portfolio-grade drawings.</p>
<p><a href="https://structprocad.com/offer">Claim my offer</a></p>
<p><small>Unsubscribe</small></p></body></html>""")

add("other", "", "Raj", "Structural Engineer", "en", "hard", "recruiter mass mailing; mentions interview slots",
    frm="Raj Malhotra <raj@talentbridge-staffing.com>",
    subj="Urgent requirement: Structural Engineer (multiple locations)", date="2026-03-04 09:58",
    hdr={"Precedence": "bulk"},
    text="""Hello,

Hope you are doing well. We have multiple urgent requirements for Structural Engineer with our clients in Toronto, Calgary and Montreal. Immediate interviews available this week.

Please share your updated resume, expected rate and a good time for a quick call.

Thanks & Regards,
Raj Malhotra
TalentBridge Staffing
""")

add("other", "", "Véro", "", "fr", "hard", "courriel d'une amie qui parle de sa propre entrevue et offre",
    frm="Véronique Lussier <vero.lussier@gmail.com>",
    subj="devine quoi!!", date="2026-03-21 21:40",
    text="""Mathieu!!

J'ai eu mon entrevue finale chez Pomme & Acier jeudi, et ils m'ont fait une offre ce matin! Je commence en mai. Je suis aux oiseaux.

Et toi, ça avance tes recherches? On se fait un souper pour fêter?

Bisous,
Véro
""")

add("other", "", "", "", "en", "easy", "social network notification",
    frm="ProLink <notifications@prolink-mail.com>",
    subj="Mathieu, you appeared in 12 searches this week", date="2026-04-06 07:30",
    hdr={**BULK, **unsub("https://prolink.com/settings/email")},
    text="""You appeared in 12 searches this week.

A recruiter at Harcourt Lyle Engineering and 3 others viewed your profile.
Top search keywords: structural engineer, SAP2000, bridge design

See who's looking: https://prolink.com/me/search-appearances
""")

add("other", "", "Olivier", "", "fr", "hard", "un ami transfère une offre d'emploi affichée",
    frm="Olivier Beaudry <obeaudry@outlook.com>",
    subj="TR: Affichage – Ingénieur(e) en structure (Ville de Mont-Caribou)", date="2026-04-28 12:05",
    text="""Salut Mat,

Vu passer ça, ça a l'air fait pour toi. Ma blonde travaille à l'urbanisme là-bas, je peux lui demander qui gère le poste si tu veux.

O.

-------- Message transféré --------
Objet : Affichage – Ingénieur(e) de projets – bâtiments municipaux
La Ville de Mont-Caribou est à la recherche d'un(e) ingénieur(e) de projets. Date limite pour postuler : le 8 mai 2026. Les candidat(e)s retenu(e)s seront convoqué(e)s en entrevue.
""")

add("other", "", "", "", "en", "hard", "loan application not approved",
    frm="Riverside Trust Lending <lending@riversidetrust.ca>",
    subj="Decision on your auto loan application", date="2026-05-19 16:00",
    text="""Dear Mathieu Gagnon-Roy,

Thank you for applying for an auto loan with Riverside Trust. After reviewing your application, we are unable to approve your request at this time. This decision was based in part on information obtained from Equifax Canada.

You may request a copy of your credit report free of charge.

Riverside Trust Lending Services
""")

add("other", "", "", "", "fr", "easy", "relevé bancaire disponible",
    frm="Caisse Riviera <avis@caisseriviera.ca>",
    subj="Votre relevé de compte de mai est disponible", date="2026-06-04 03:10",
    text="""Bonjour,

Votre relevé de compte pour la période du 1er au 31 mai 2026 est maintenant disponible dans AccèsRiviera.

Ceci est un message automatique; merci de ne pas y répondre.

Caisse Riviera
""")

add("other", "", "", "", "en", "hard", "webinar on interview prep and offer negotiation",
    frm="Engineers Career Forum <events@engcareerforum.org>",
    subj="Live webinar: Ace the technical interview & negotiate your offer", date="2026-06-10 10:00",
    hdr={**BULK, **unsub("https://engcareerforum.org/unsub")},
    text="""Join us Thursday, June 18 at 12:00 PM ET for a free webinar:

"From technical interview to signed offer" — with hiring managers from three Canadian consultancies.

Register: https://engcareerforum.org/webinars/0618

Engineers Career Forum
""")

add("other", "", "", "", "es", "hard", "admisión a una maestría ('oferta de plaza')",
    frm="Admisiones Posgrado <admisiones@politecnica-andes.edu>",
    subj="Resolución de admisión – Máster en Ingeniería Sísmica", date="2026-06-22 09:00",
    tz="America/Bogota",
    text="""Estimado Mathieu Gagnon-Roy:

Nos complace comunicarle que ha sido admitido al Máster en Ingeniería Sísmica (cohorte 2027). Esta oferta de plaza deberá aceptarse antes del 15 de julio mediante el pago de la matrícula.

Oficina de Admisiones de Posgrado
""")

add("other", "", "", "", "en", "hard", "'regret to inform' about cancelled technical tour",
    frm="Montreal Structural Engineers Society <events@mses-montreal.org>",
    subj="Technical tour cancelled – we regret to inform you", date="2026-07-02 13:15",
    hdr={**BULK, **unsub("https://mses-montreal.org/unsub")},
    text="""Dear member,

We regret to inform you that the July 9 technical tour of the Turcotte interchange rebuild has been cancelled at the contractor's request. Registration fees will be refunded within 5 business days.

MSES Events Committee
""")

add("other", "", "", "", "fr", "hard", "demande de permis de rénovation refusée",
    frm="Ville de Pointe-Sévigny – Urbanisme <permis@pointe-sevigny.qc.ca>",
    subj="Demande de permis 2026-0871 – décision", date="2026-07-15 14:00",
    text="""Monsieur,

Votre demande de permis no 2026-0871 (agrandissement – terrasse sur toit) a été analysée. Nous regrettons de vous informer qu'elle ne peut être acceptée dans sa forme actuelle, la charge de neige de conception n'ayant pas été démontrée par un ingénieur.

Vous pouvez soumettre une demande révisée.

Service de l'urbanisme
""")

add("other", "", "", "", "en", "easy", "social network message notification from a recruiter",
    frm="ProLink <messages-noreply@prolink-mail.com>",
    subj="Kelsey sent you a message", date="2026-08-11 17:02",
    hdr={**BULK, **unsub("https://prolink.com/settings/email")},
    text="""Kelsey Marchand
Senior Recruiter, Engineering at Apex Technical Search

"Hi Mathieu, are you open to a conversation about a bridge role in Ottawa? ..."

View message: https://prolink.com/messaging/thread/2288
""")

add("other", "", "", "", "fr", "easy", "infolettre générale",
    frm="Infolettre Béton & Acier <infolettre@betonacier.ca>",
    subj="Béton & Acier – septembre 2026 : nouveaux règlements sur les balcons",
    date="2026-09-01 06:00", hdr={**BULK, **unsub("https://betonacier.ca/desabonnement")},
    html="""<html><body><h2>Béton &amp; Acier – septembre 2026</h2>
<p>Au sommaire : inspection des balcons et garages étagés, retour sur le colloque, et les nouveautés de la norme CSA S16.</p>
<p><a href="https://betonacier.ca/desabonnement">Se désabonner</a></p></body></html>""")

add("other", "", "", "", "en", "easy", "shipping notification",
    frm="Northline Workwear <orders@northlineworkwear.com>",
    subj="Your order #NW-20931 has shipped", date="2026-09-15 11:47",
    text="""Good news, Mathieu — your order is on its way.

1 × Steel-toe boots, size 10
1 × Hi-vis vest, class 2

Tracking: https://northlineworkwear.com/track/NW-20931
""")

add("other", "", "Jean-François", "", "fr", "hard", "courriel de masse d'un recruteur; mentionne entrevues",
    frm="Jean-François Caron <jfcaron@recrutementgenieplus.ca>",
    subj="Opportunités en structure – disponible pour un appel?", date="2026-10-13 08:20",
    text="""Bonjour,

Je représente plusieurs firmes d'ingénierie de la région de Montréal qui recrutent des ingénieur(e)s en structure (2 à 8 ans d'expérience). Les entrevues peuvent se faire rapidement, parfois la même semaine.

Si vous êtes ouvert(e) à une discussion confidentielle, répondez simplement avec vos disponibilités.

Jean-François Caron
Recrutement Génie Plus
""")

add("other", "", "", "", "en", "hard", "reservation request declined",
    frm="StayNest <automated@staynest-mail.com>",
    subj="Your reservation request was declined", date="2026-10-27 22:10",
    text="""Hi Mathieu,

Unfortunately, your host declined your request to book "Cozy loft near Old Port" for Nov 20–22. You haven't been charged.

Here are some similar places available for your dates: https://staynest.com/s/quebec-city
""")

add("other", "", "Lise", "", "fr", "hard", "offre de place en CPE (garderie), pas un emploi",
    frm="CPE Les Petits Castors <direction@cpepetitscastors.ca>",
    subj="Offre de place – CPE Les Petits Castors", date="2026-11-03 10:05",
    text="""Bonjour Monsieur Gagnon-Roy,

Une place s'est libérée dans notre installation pour votre enfant à compter du 4 janvier 2027. Merci de nous confirmer si vous acceptez cette offre de place d'ici le 10 novembre.

Au plaisir,
Lise Bergeron
Directrice générale, CPE Les Petits Castors
""")


def main() -> None:
    import random

    order = list(range(len(MSGS)))
    random.Random(51).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(build(i, m))
        rows.append({"file": name, "label": m["label"], "company": m["company"],
                     "contact_first_name": m["contact"], "role": m["role"],
                     "return_date": m.get("ret", ""), "lang": m["lang"],
                     "difficulty": m["diff"], "notes": m["notes"], "interview_at": iso(m)})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
