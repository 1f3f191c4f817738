"""Generate the blind15 evaluation corpus (job seeker: Camille Dubois, Montréal buyer).

Stdlib only. Writes tests/corpus/blind15/NNN.eml and labels.csv next to this script.
Run: python tests/corpus/make_blind15.py
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind15"
ME = "Camille Dubois <camille.dubois.pro@outlook.fr>"
FIELDS = [
    "file",
    "label",
    "company",
    "contact_first_name",
    "role",
    "return_date",
    "lang",
    "difficulty",
    "notes",
    "interview_at",
]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

SPECS: list[dict] = []


def tz(off: str) -> timezone:
    sign = -1 if off[0] == "-" else 1
    h, m = off[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def when(stamp: str, off: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz(off))


def ics(summary: str, start: datetime, minutes: int, organizer: str, location: str) -> str:
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{hashlib.md5(summary.encode()).hexdigest()[:16]}-b15@calendar\r\nDTSTAMP:{s.strftime(f)}\r\n"
        f"DTSTART:{s.strftime(f)}\r\nDTEND:{e.strftime(f)}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        f"ORGANIZER:mailto:{organizer}\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.dubois.pro@outlook.fr\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def add(
    label: str,
    *,
    frm: str,
    subj: str,
    date: tuple[str, str],
    body: str = "",
    company: str = "",
    contact: str = "",
    role: str = "",
    ret: str = "",
    lang: str = "en",
    diff: str = "easy",
    notes: str = "",
    iv: tuple[str, str] | None = None,
    html: str | None = None,
    html_only: bool = False,
    cte: str | None = None,
    hdr: dict[str, str] | None = None,
    reply: bool = False,
    pdf: str | None = None,
    cal: tuple[str, int, str, str] | None = None,
    to: str = ME,
) -> None:
    SPECS.append(
        dict(
            label=label,
            frm=frm,
            subj=subj,
            date=date,
            body=body,
            company=company,
            contact=contact,
            role=role,
            ret=ret,
            lang=lang,
            diff=diff,
            notes=notes,
            iv=iv,
            html=html,
            html_only=html_only,
            cte=cte,
            hdr=hdr or {},
            reply=reply,
            pdf=pdf,
            cal=cal,
            to=to,
        )
    )


def build(spec: dict) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    msg["Subject"] = spec["subj"]
    dt = when(*spec["date"])
    msg["Date"] = format_datetime(dt)
    addr = spec["frm"].rsplit("<", 1)[-1].rstrip(">")
    domain = addr.split("@")[-1]
    digest = hashlib.sha1((spec["subj"] + spec["date"][0]).encode()).hexdigest()
    msg["Message-ID"] = f"<{digest[:20]}.{digest[20:28]}@{domain}>"
    if spec["reply"]:
        ref = f"<PR0P264MB{digest[28:40].upper()}@PR0P264MB.FRAP264.PROD.OUTLOOK.COM>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in spec["hdr"].items():
        msg[k] = v
    cte = spec["cte"]
    if spec["html_only"]:
        msg.set_content(spec["html"], subtype="html", cte=cte or "quoted-printable")
    else:
        msg.set_content(spec["body"], cte=cte) if cte else msg.set_content(spec["body"])
        if spec["html"]:
            msg.add_alternative(spec["html"], subtype="html")
    if spec["cal"]:
        summary, minutes, organizer, location = spec["cal"]
        start = when(*spec["iv"]) if spec["iv"] else dt + timedelta(days=3)
        msg.add_attachment(
            ics(summary, start, minutes, organizer, location).encode(),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )
    if spec["pdf"]:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=spec["pdf"])
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{k}_{digest[:16]}")
    return msg


def p(text: str) -> str:
    """Very small text-to-HTML for HTML parts."""
    paras = [x.replace("\n", "<br>") for x in text.strip().split("\n\n")]
    inner = "".join(f'<p style="margin:0 0 12px 0">{x}</p>' for x in paras)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
        f'<div style="max-width:600px">{inner}</div></body></html>'
    )


# ----------------------------------------------------------------------------- rejections
add(
    "rejection",
    frm="Marché Bellerive <marchebellerive@myworkday.com>",
    subj="Mise à jour de votre candidature – Acheteuse, fruits et légumes (R-04417)",
    date=("2025-02-11 16:42", "-05:00"),
    company="Marché Bellerive",
    role="Acheteuse, fruits et légumes",
    lang="fr",
    body="""Bonjour Camille,

Merci d'avoir postulé au poste d'Acheteuse, fruits et légumes (R-04417) chez Marché Bellerive.

Après une analyse attentive des candidatures reçues, nous avons retenu des profils qui correspondent davantage aux exigences actuelles du poste. Votre candidature ne sera donc pas retenue pour la suite du processus.

Nous vous invitons à consulter régulièrement notre site carrières : de nouveaux postes s'ouvrent chaque semaine dans nos centres de distribution et au siège social.

Cordialement,
L'équipe Acquisition de talents
Marché Bellerive

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "rejection",
    frm="Harlow Medical Devices <no-reply@us.greenhouse-mail.io>",
    subj="Your application to Harlow Medical Devices",
    date=("2025-03-06 11:03", "-05:00"),
    company="Harlow Medical Devices",
    role="Strategic Sourcing Specialist, Direct Materials",
    body="""Hi Camille,

Thank you for your interest in the Strategic Sourcing Specialist, Direct Materials position at Harlow Medical Devices and for the time you put into your application.

We've reviewed your background carefully and have decided to pursue other applicants whose experience more closely matches the needs of the team right now.

We'd encourage you to keep an eye on our careers page.

Regards,
Harlow Talent Team""",
)

add(
    "rejection",
    frm="Élodie Marchand <e.marchand@aerotech-laurentides.ca>",
    subj="RE: Entrevue – Acheteuse senior, pièces usinées",
    date=("2025-04-17 17:55", "-04:00"),
    company="Aérotech Laurentides",
    contact="Élodie",
    role="Acheteuse senior, pièces usinées",
    lang="fr",
    diff="hard",
    notes="after final round; quoted invite mentions entrevue; no 'malheureusement'",
    reply=True,
    body="""Bonjour Camille,

Je tenais à vous appeler, mais je n'ai pas réussi à vous joindre, alors je vous écris.

Merci encore pour votre temps mardi avec Patrice et moi. Le comité a été impressionné par votre connaissance des fournisseurs de traitement de surface. Au terme de la dernière ronde, nous avons toutefois choisi une candidate qui possède déjà une expérience directe des programmes AS9100 chez un motoriste, ce qui était déterminant pour nous à ce moment-ci.

Ce n'est pas un non définitif à Aérotech : si un poste d'approvisionnement s'ouvre en planification, je penserai à vous en premier.

Au plaisir,
Élodie Marchand
Directrice, Approvisionnement stratégique
Aérotech Laurentides | Mirabel (Qc)

-----Message d'origine-----
De : Élodie Marchand
Envoyé : 9 avril 2025 10:12
À : Camille Dubois
Objet : Entrevue – Acheteuse senior, pièces usinées

Bonjour Camille, je vous confirme l'entrevue finale le mardi 15 avril à 13 h 30 à nos bureaux de Mirabel.""",
)

add(
    "rejection",
    frm="Pharmavance Careers <careers@pharmavance.com>",
    subj="Procurement Analyst – Application status",
    date=("2025-05-20 09:30", "-04:00"),
    company="Pharmavance",
    role="Procurement Analyst",
    html_only=True,
    html=p("""Dear Camille Dubois,

Thank you for applying for the <b>Procurement Analyst</b> role (Job ID 22871) at Pharmavance.

We have now completed our review and, unfortunately, we will not be progressing your application on this occasion.

Your profile will remain in our talent community, and you may be contacted about future roles that match your skills.

Kind regards,<br>Pharmavance Global Talent Acquisition

<span style="font-size:11px;color:#888">This mailbox is not monitored. © Pharmavance Inc.</span>"""),
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "rejection",
    frm="Sébastien Roy <sroy@talentis-conseil.ca>",
    subj="Poste d'acheteuse – client du secteur alimentaire",
    date=("2025-06-03 14:20", "-04:00"),
    company="Groupe Alimentaire Boréal",
    contact="Sébastien",
    role="Acheteuse, emballages",
    lang="fr",
    diff="hard",
    notes="agency recruiter relays client's no; client named only in body",
    body="""Salut Camille,

J'ai eu le retour de Groupe Alimentaire Boréal ce matin pour le poste d'acheteuse, emballages. Ils ont beaucoup aimé l'échange avec toi, mais ils ont décidé d'aller avec une personne qui vient directement de l'industrie du carton plat. Je sais que ce n'est pas la nouvelle que tu espérais.

Je garde ton profil en tête : j'ai deux mandats en approvisionnement qui devraient s'ouvrir d'ici la fin du mois, dont un dans le pharma à Laval. Je te reviens rapidement.

Sébastien Roy
Conseiller principal, Chaîne d'approvisionnement
Talentis Conseil – Recrutement de cadres
514 555-0143""",
)

add(
    "rejection",
    frm="Ville de Sainte-Adèle-des-Monts <emplois@ville-sadm.qc.ca>",
    subj="Concours 2025-ACH-07 – Agente d'approvisionnement",
    date=("2025-07-08 13:05", "-04:00"),
    company="Ville de Sainte-Adèle-des-Monts",
    role="Agente d'approvisionnement",
    lang="fr",
    body="""Madame,

Nous accusons réception de votre candidature au concours 2025-ACH-07, Agente d'approvisionnement (poste permanent, col blanc).

Après étude de l'ensemble des dossiers, nous regrettons de vous informer que votre candidature n'a pas été retenue pour l'étape de l'examen écrit.

Nous vous remercions de l'intérêt manifesté envers la Ville et vous souhaitons du succès dans vos démarches.

Service des ressources humaines
Ville de Sainte-Adèle-des-Monts""",
)

add(
    "rejection",
    frm="Nadia Khoury <nadia.khoury@northpine-logistics.com>",
    subj="Buyer II",
    date=("2025-08-14 08:12", "-04:00"),
    company="Northpine Logistics",
    contact="Nadia",
    role="Buyer II",
    diff="hard",
    notes="very short personal no; no rejection keywords",
    body="""Camille, thanks for coming in Monday. We're going with an internal candidate from our Mississauga DC for the Buyer II spot. Appreciated the conversation, truly.

Nadia""",
)

add(
    "rejection",
    frm="Kessler Pharma AG <jobs@kessler-pharma.successfactors.eu>",
    subj="Ihre Bewerbung als Einkäuferin (w/m/d) – Referenz 61204",
    date=("2025-09-02 10:47", "+02:00"),
    company="Kessler Pharma AG",
    role="Einkäuferin (w/m/d)",
    lang="de",
    body="""Sehr geehrte Frau Dubois,

vielen Dank für Ihr Interesse an der Position Einkäuferin (w/m/d) in Basel und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern spiegelt die hohe Zahl passender Bewerbungen wider.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Talent Acquisition
Kessler Pharma AG""",
    cte="quoted-printable",
)

add(
    "rejection",
    frm="Recrutement Maison Vautrin <recrutement@maisonvautrin.welcomekit.co>",
    subj="Maison Vautrin – Votre candidature Acheteuse Textile (CDI) – Lyon",
    date=("2025-09-23 18:02", "+02:00"),
    company="Maison Vautrin",
    role="Acheteuse Textile (CDI)",
    lang="fr",
    diff="hard",
    notes="Welcome to the Jungle; 'nous avons bien aimé' opening; decision mid-paragraph",
    html=p("""Bonjour Camille,

On a bien aimé découvrir ton parcours et ta double culture France–Québec, ce n'est pas si fréquent !

On a reçu énormément de candidatures pour ce poste d'Acheteuse Textile et on a fait le choix de poursuivre avec des profils ayant une expérience plus longue du sourcing en Asie. On ne va donc pas aller plus loin ensemble pour cette fois.

On te souhaite le meilleur pour la suite,
L'équipe Talents Maison Vautrin"""),
    body="""Bonjour Camille,

On a bien aimé découvrir ton parcours et ta double culture France–Québec, ce n'est pas si fréquent !

On a reçu énormément de candidatures pour ce poste d'Acheteuse Textile et on a fait le choix de poursuivre avec des profils ayant une expérience plus longue du sourcing en Asie. On ne va donc pas aller plus loin ensemble pour cette fois.

On te souhaite le meilleur pour la suite,
L'équipe Talents Maison Vautrin""",
)

add(
    "rejection",
    frm="Wren & Ashby Consulting <notifications@wrenashby.bamboohr.com>",
    subj="Thanks from Wren & Ashby",
    date=("2025-10-09 15:27", "-04:00"),
    company="Wren & Ashby Consulting",
    role="Procurement Consultant",
    diff="hard",
    notes="mentions upcoming interview rounds for others; 'not the right match at this time'",
    body="""Hi Camille,

Thanks for applying to the Procurement Consultant position. We're now scheduling first-round interviews, and after reviewing your application against what the engagement team needs, we've concluded it's not the right match at this time.

Because we hire for new client engagements throughout the year, we'd welcome a future application from you.

All the best,
People Operations
Wren & Ashby Consulting""",
)

add(
    "rejection",
    frm="CIUSSS de l'Estuaire – Dotation <dotation.ciusss-estuaire@ssss.gouv.qc.ca>",
    subj="Affichage 2025-1187 – Chef de service, approvisionnement",
    date=("2025-11-04 12:00", "-05:00"),
    company="CIUSSS de l'Estuaire",
    contact="Karine",
    role="Chef de service, approvisionnement",
    lang="fr",
    diff="hard",
    notes="mentions entrevue and banque de candidatures; decision is no",
    body="""Bonjour Madame Dubois,

Nous vous remercions d'avoir participé au processus de sélection pour l'affichage 2025-1187, Chef de service, approvisionnement (Direction de la logistique).

À la suite des entrevues, le comité de sélection a arrêté son choix sur une autre personne. Nous tenons à souligner la qualité de votre préparation.

Votre nom sera conservé dans notre banque de candidatures pour une période de douze mois pour des postes comparables.

Veuillez agréer, Madame, nos salutations distinguées.

Karine Tremblay
Conseillère en dotation
Direction des ressources humaines
CIUSSS de l'Estuaire""",
)

add(
    "rejection",
    frm="Ashbury Foods Talent <talent@ashburyfoods.com>",
    subj="Re: Category Buyer – Dairy & Frozen",
    date=("2025-12-01 10:15", "-06:00"),
    company="Ashbury Foods",
    contact="Grant",
    role="Category Buyer – Dairy & Frozen",
    diff="hard",
    notes="rejection reply quoting Camille's thank-you note that mentions next steps",
    reply=True,
    body="""Hi Camille,

Appreciate the thoughtful note. I wish I had better news to share in return: the hiring team has wrapped up and the role went to another finalist whose background is more heavily in frozen co-manufacturing.

You handled the case exercise really well, and I'd be glad to connect you with our Canadian team in Toronto if something opens there.

Take care,
Grant Lindqvist
Senior Recruiter, Ashbury Foods

On Tue, Nov 25, 2025 at 4:02 PM Camille Dubois <camille.dubois.pro@outlook.fr> wrote:
> Hi Grant,
> Thank you again for arranging the panel interview today. I really enjoyed
> the case discussion and I'm excited about the next steps. Looking forward
> to hearing from you.
> Camille""",
)

add(
    "rejection",
    frm="Coop Agrinord <ne-pas-repondre@jobillico.com>",
    subj="Coop Agrinord – suivi de votre candidature",
    date=("2026-01-13 09:41", "-05:00"),
    company="Coop Agrinord",
    role="Coordonnatrice aux achats",
    lang="fr",
    body="""Bonjour Camille Dubois,

La Coop Agrinord vous remercie pour votre candidature au poste de Coordonnatrice aux achats.

Le poste a été pourvu. Nous conserverons toutefois votre dossier et communiquerons avec vous si une opportunité correspondant à votre profil se présente.

Bonne continuation !

Ce message vous est transmis par Jobillico au nom de Coop Agrinord.""",
)

add(
    "rejection",
    frm="Vantage Sourcing Partners <recruiting@vantagesp.com>",
    subj="Senior Analyst, Procurement Advisory – update",
    date=("2026-01-29 19:20", "-05:00"),
    company="Vantage Sourcing Partners",
    role="Senior Analyst, Procurement Advisory",
    cte="base64",
    body="""Dear Camille,

Thank you for taking the time to complete our online assessment for the Senior Analyst, Procurement Advisory role.

After careful consideration, we regret that we are unable to offer you a place in the next stage of our recruitment process.

We appreciate your interest in Vantage Sourcing Partners and wish you every success.

Vantage Recruiting""",
)

add(
    "rejection",
    frm="Priya Raman <priya.raman@clearwaterhealth.org>",
    subj="Following up – Supply Chain Buyer",
    date=("2026-02-18 16:05", "-05:00"),
    company="Clearwater Health",
    contact="Priya",
    role="Supply Chain Buyer",
    diff="hard",
    notes="warm, 'let's keep in touch' plus referral offer after a no",
    body="""Hi Camille,

I wanted to close the loop personally. We had two very strong finalists for the Supply Chain Buyer role and ultimately the team went a different direction, mostly because of the other person's experience with GPO contract tiers.

For what it's worth, your answer on supplier risk was the best we heard all week. Let's keep in touch. A peer of mine at St. Brendan's is building out a sourcing team and I'd be happy to make an introduction if you'd like.

Warmly,
Priya

Priya Raman | Director, Supply Chain Operations
Clearwater Health""",
)

add(
    "rejection",
    frm="Taleo <reply-to@taleo.net>",
    subj="Dessaulles Aéronautique - Acheteur(se), matières premières",
    date=("2026-03-03 11:11", "-05:00"),
    company="Dessaulles Aéronautique",
    role="Acheteur(se), matières premières",
    lang="fr",
    diff="hard",
    notes="company only in subject; Taleo generic sender",
    body="""Bonjour Camille,

Nous vous remercions de l'intérêt que vous portez à notre entreprise.

Nous avons examiné attentivement votre candidature au poste d'Acheteur(se), matières premières. Malgré vos compétences, nous avons décidé de ne pas donner suite à votre candidature à ce stade.

N'hésitez pas à créer une alerte emploi pour être informée des nouvelles offres.

Acquisition de talents""",
)

add(
    "rejection",
    frm="Brasserie Vandermolen <jobs@vandermolen.be>",
    subj="Votre candidature – Acheteur / Acheteuse Matières Premières (Bruxelles)",
    date=("2026-03-24 15:48", "+01:00"),
    company="Brasserie Vandermolen",
    contact="Liesbeth",
    role="Acheteur / Acheteuse Matières Premières",
    lang="fr",
    body="""Chère Madame Dubois,

Nous vous remercions pour l'intérêt que vous portez à la Brasserie Vandermolen et pour votre candidature.

Nous sommes au regret de vous informer que nous ne pourrons pas y réserver une suite favorable. Le poste requiert une connaissance du néerlandais que votre profil ne mentionne pas.

Nous vous souhaitons plein succès dans vos recherches.

Liesbeth Peeters
HR Business Partner
Brasserie Vandermolen""",
)

add(
    "rejection",
    frm="Lever <no-reply@hire.lever.co>",
    subj="Camille, an update on your Orchard Row application",
    date=("2026-04-08 13:37", "-07:00"),
    company="Orchard Row",
    contact="Jess",
    role="Sourcing Manager, Home Goods",
    html=p("""Hi Camille,

Thanks so much for chatting with us about Sourcing Manager, Home Goods. I know job hunting takes real energy, so I want to be straightforward: we're moving forward with other candidates for this role.

I really appreciated your perspective on vendor consolidation, and I hope our paths cross again.

Jess Moreno<br>Recruiting, Orchard Row"""),
    body="""Hi Camille,

Thanks so much for chatting with us about Sourcing Manager, Home Goods. I know job hunting takes real energy, so I want to be straightforward: we're moving forward with other candidates for this role.

I really appreciated your perspective on vendor consolidation, and I hope our paths cross again.

Jess Moreno
Recruiting, Orchard Row""",
)

add(
    "rejection",
    frm="Julien Fabre <julien.fabre@laboratoires-ceres.fr>",
    subj="Re: Suite à notre échange – Acheteur Projets",
    date=("2026-04-28 19:02", "+02:00"),
    company="Laboratoires Cérès",
    contact="Julien",
    role="Acheteur Projets",
    lang="fr",
    diff="hard",
    notes="indirect: 'pas pu aller plus loin'; mentions second entretien",
    reply=True,
    body="""Bonsoir Camille,

Merci pour votre patience. Je reviens vers vous après le second entretien avec notre directrice des achats : nous n'avons malheureusement pas pu aller plus loin, la mobilité immédiate sur le site d'Orléans étant un prérequis que votre calendrier ne permettait pas.

Je serais ravi de rester en contact, n'hésitez pas à m'ajouter sur LinkedIn.

Bien à vous,
Julien Fabre
Talent Acquisition Partner – Laboratoires Cérès""",
)

add(
    "rejection",
    frm="Stonebridge Transit Authority <careers@stonebridgetransit.gov>",
    subj="Notice of Non-Selection – Procurement Specialist II (Recruitment #26-114)",
    date=("2026-05-12 08:00", "-04:00"),
    company="Stonebridge Transit Authority",
    role="Procurement Specialist II",
    diff="easy",
    body="""Dear Applicant,

This notice is to inform you that you were not selected for the position of Procurement Specialist II (Recruitment #26-114).

The selection panel reviewed all qualified applications. Please note that this decision may not be appealed. Your application will remain on file for six (6) months for similar vacancies.

Human Resources Department
Stonebridge Transit Authority""",
)

add(
    "rejection",
    frm="Gabriela Ortiz <gortiz@sierranorte.com.mx>",
    subj="Proceso de selección – Compradora Senior",
    date=("2026-06-02 12:30", "-06:00"),
    company="Grupo Sierra Norte",
    contact="Gabriela",
    role="Compradora Senior",
    lang="es",
    body="""Hola Camille:

Gracias por tu tiempo en las entrevistas de la semana pasada para la posición de Compradora Senior.

Después de evaluar a las finalistas, decidimos continuar con otra candidata que ya reside en Monterrey. Lamentamos no tener mejores noticias.

Te deseamos mucho éxito.

Saludos cordiales,
Gabriela Ortiz
Gerente de Atracción de Talento
Grupo Sierra Norte""",
)

add(
    "rejection",
    frm="Meridian Aerostructures via Workday <meridianaero@myworkday.com>",
    subj="Regarding your application for Commodity Buyer - Composites",
    date=("2026-07-07 17:10", "-04:00"),
    company="Meridian Aerostructures",
    role="Commodity Buyer - Composites",
    diff="hard",
    notes="'requisition has been filled' could read as on_hold; it's a candidate decision",
    body="""Dear Camille,

Thank you for your interest in Meridian Aerostructures. The Commodity Buyer - Composites requisition has been filled by a candidate whose qualifications more closely align with our current needs, and your application is no longer under consideration.

We encourage you to apply to other positions that interest you.

Sincerely,
Meridian Aerostructures Talent Acquisition""",
)

add(
    "rejection",
    frm="Olivier Gagnon <olivier@gagnon-frere.ca>",
    subj="merci",
    date=("2026-08-19 21:47", "-04:00"),
    company="Gagnon & Frère",
    contact="Olivier",
    role="acheteuse",
    lang="fr",
    diff="hard",
    notes="very short; no subject hint; 'on a choisi quelqu'un d'autre'",
    body="""Bonsoir Camille,

merci d'être passée à l'entrepôt jeudi. On a finalement choisi quelqu'un d'autre pour le poste d'acheteuse, quelqu'un qui connaît déjà nos fournisseurs de quincaillerie. Bonne chance pour la suite, vraiment.

Olivier
Gagnon & Frère""",
)

add(
    "rejection",
    frm="Marc-André Lavoie <ma.lavoie@hotmail.com>",
    subj="TR: Candidature de Camille Dubois – Acheteuse TI",
    date=("2026-09-15 12:12", "-04:00"),
    company="Groupe Lumacor",
    contact="Marc-André",
    role="Acheteuse TI",
    lang="fr",
    diff="hard",
    notes="referrer forwards the hiring manager's decision (Isabelle); contact is the forwarder",
    body="""Salut Camille,

Désolé de te transmettre ça… Isabelle m'a répondu à propos de ta candidature. Je pense que ça vaut quand même la peine de garder contact avec elle.

Marc-André

-------- Message transféré --------
De : Isabelle Côté <isabelle.cote@lumacor.com>
Date : 14 septembre 2026 à 17:20
À : Marc-André Lavoie
Objet : Candidature de Camille Dubois – Acheteuse TI

Salut Marc-André,

Merci de m'avoir référé Camille. On a pris le temps de bien regarder son dossier, mais pour l'Acheteuse TI on a besoin de quelqu'un qui a déjà négocié des licences logicielles d'envergure, et on ne retiendra pas sa candidature. Elle a un très beau profil en approvisionnement direct, je la garderai en tête.

Isabelle Côté
Directrice, Approvisionnement TI – Groupe Lumacor""",
)

add(
    "rejection",
    frm="SmartRecruiters <noreply@smartrecruiters.com>",
    subj="Halvorsen Retail Group: Application update",
    date=("2026-10-06 06:15", "-05:00"),
    company="Halvorsen Retail Group",
    role="Merchandise Buyer, Seasonal",
    html_only=True,
    cte="base64",
    html=p("""Hello Camille,

We appreciate you applying for <b>Merchandise Buyer, Seasonal</b> at Halvorsen Retail Group.

At this time, this one didn't work out – we've selected applicants whose experience aligns more closely with the role's requirements.

We hope you'll explore other openings with us.

— Halvorsen Retail Group Recruiting"""),
)

add(
    "rejection",
    frm="Roxanne Bélanger <rbelanger@pharmaquebec.ca>",
    subj="Poste de conseillère en approvisionnement",
    date=("2026-10-27 10:05", "-04:00"),
    company="PharmaQuébec",
    contact="Roxanne",
    role="Conseillère en approvisionnement",
    lang="fr",
    diff="hard",
    notes="'garder le contact' plus praise; decision embedded",
    body="""Bonjour Camille,

Je voulais d'abord vous remercier pour la belle rencontre de jeudi dernier et pour l'étude de cas très bien préparée.

Le comité a délibéré hier. Votre candidature ne sera pas retenue pour ce poste de conseillère en approvisionnement : nous avons privilégié une candidature ayant davantage d'expérience des appels d'offres publics.

J'aimerais beaucoup garder le contact pour de futurs postes.

Roxanne Bélanger
Gestionnaire, Approvisionnement
PharmaQuébec""",
)

# ----------------------------------------------------------------------------- on_hold
add(
    "on_hold",
    frm="Thierry Lavallée <tlavallee@transportsnordet.com>",
    subj="Parts & Maintenance Buyer – search on pause",
    date=("2025-03-19 15:30", "-04:00"),
    company="Transports Nordet",
    contact="Thierry",
    role="Parts & Maintenance Buyer",
    body="""Hello Camille,

I wanted to let you know that we are pausing the search for the Parts & Maintenance Buyer position. Following the acquisition of our Lévis terminal, management has decided to review how the department is structured, and no position will be filled until that review is complete.

This has nothing to do with your application, which we liked. If the position reopens, I will contact you directly.

Thierry Lavallée
Director of Operations, Transports Nordet""",
)

add(
    "on_hold",
    frm="Hartwell Biologics <talent@hartwellbio.icims.com>",
    subj="Update: Buyer/Planner position (Req 8831)",
    date=("2025-05-07 12:48", "-04:00"),
    company="Hartwell Biologics",
    role="Buyer/Planner",
    diff="hard",
    notes="requisition cancelled; template reads like ATS rejection",
    body="""Dear Camille,

Thank you for your interest in the Buyer/Planner position (Req 8831) at Hartwell Biologics.

We want to let you know that this requisition has been cancelled and the position will not be filled at this time. As a result, your application will no longer be considered for this opening.

We invite you to review our other openings at careers.hartwellbio.com.

Hartwell Biologics Talent Acquisition""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "on_hold",
    frm="Claire Nadeau <claire.nadeau@mce.gouv.qc.ca>",
    subj="Processus de qualification – Conseillère en gestion contractuelle",
    date=("2025-08-26 10:20", "-04:00"),
    company="Ministère de l'Économie circulaire",
    contact="Claire",
    role="Conseillère en gestion contractuelle",
    lang="fr",
    diff="hard",
    notes="gel d'embauche announced; mentions examen and entrevue dates that are cancelled",
    body="""Bonjour Madame Dubois,

Nous devons malheureusement vous informer que l'entrevue prévue le 4 septembre dans le cadre du processus de qualification pour l'emploi de Conseillère en gestion contractuelle est annulée.

À la suite de l'annonce du gel des embauches dans la fonction publique, le Ministère suspend ce processus jusqu'à nouvel ordre. Votre candidature demeure au dossier et vous serez avisée si le processus reprend.

Nous sommes désolés des inconvénients.

Claire Nadeau
Conseillère en ressources humaines
Ministère de l'Économie circulaire""",
)

add(
    "on_hold",
    frm="Ben Achterberg <ben@fieldstonecoffee.com>",
    subj="Re: Purchasing Lead – next steps",
    date=("2025-10-22 09:02", "-07:00"),
    company="Fieldstone Coffee",
    contact="Ben",
    role="Purchasing Lead",
    diff="hard",
    notes="pausing search due to budget; quoted message asks about next interview",
    reply=True,
    body="""Hi Camille,

Sorry for the radio silence. Our Q4 numbers came in below plan and leadership asked us to hit pause on all new headcount, including Purchasing Lead. I genuinely don't know yet whether it comes back in January or later.

I'd love to pick this up again when we get the green light. You're the person I'd call first.

Ben

> On Oct 14, 2025, Camille Dubois wrote:
> Hi Ben, just checking in on timing for the next interview round. Happy to
> work around your schedule.""",
)

add(
    "on_hold",
    frm="Recrutement Aerolis <recrutement@aerolis.ch>",
    subj="Poste Acheteuse Composants (80-100%) – Genève",
    date=("2025-12-09 14:40", "+01:00"),
    company="Aerolis",
    role="Acheteuse Composants (80-100%)",
    lang="fr",
    body="""Madame,

Nous vous remercions pour votre candidature au poste d'Acheteuse Composants (80-100%).

Suite à une réorganisation interne de notre département Supply Chain, ce poste n'est plus ouvert pour le moment. Nous avons donc clôturé le processus de recrutement, indépendamment de la qualité des candidatures reçues.

Nous reprendrons contact avec vous si le poste devait être republié.

Meilleures salutations,
Ressources Humaines
Aerolis SA, Genève""",
)

add(
    "on_hold",
    frm="Mara Jensen <mjensen@brightwell-staffing.com>",
    subj="Client update – Procurement Coordinator role",
    date=("2026-02-04 16:18", "-05:00"),
    company="Linden Grocery Co.",
    contact="Mara",
    role="Procurement Coordinator",
    diff="hard",
    notes="agency recruiter; client (named in body) froze the req",
    body="""Hi Camille,

Quick update from my side: Linden Grocery Co. just told us they're freezing the Procurement Coordinator req while they finish integrating the two banners they acquired. They were clear this isn't about the shortlist. You were one of the two people they wanted to meet.

I'll flag you the moment it thaws. In the meantime I'm sending your profile to a 3PL client in Cornwall, if that's OK.

Mara Jensen
Senior Recruiter | Brightwell Staffing""",
)

add(
    "on_hold",
    frm="STM – Carrières <carrieres@stm.info>",
    subj="Affichage ACH-2026-031 annulé",
    date=("2026-04-14 11:00", "-04:00"),
    company="STM",
    role="Agente d'approvisionnement, pièces de bus",
    lang="fr",
    body="""Bonjour,

Nous vous informons que l'affichage ACH-2026-031, Agente d'approvisionnement, pièces de bus, a été annulé par le service requérant.

Aucune candidature ne sera évaluée dans le cadre de cet affichage. Nous vous invitons à consulter nos offres d'emploi pour d'autres possibilités.

Service de la dotation
Société de transport de Montréal""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "on_hold",
    frm="Tobias Wirth <t.wirth@alpenfrisch.ch>",
    subj="Stelle Einkauf Frischwaren – Zwischenstand",
    date=("2026-06-16 08:45", "+02:00"),
    company="Alpenfrisch",
    contact="Tobias",
    role="Einkäuferin Frischwaren",
    lang="de",
    diff="hard",
    notes="German; 'vorerst auf Eis gelegt'; mentions Gespräch",
    body="""Guten Tag Frau Dubois

Danke nochmals für das angenehme Gespräch vom letzten Dienstag.

Leider muss ich Ihnen mitteilen, dass die Stelle als Einkäuferin Frischwaren vorerst auf Eis gelegt wurde. Die Geschäftsleitung hat das Budget für neue Stellen im zweiten Halbjahr gestrichen. Mit Ihrer Kandidatur hat das nichts zu tun.

Sobald wir die Stelle wieder freigeben dürfen, melde ich mich bei Ihnen.

Freundliche Grüsse
Tobias Wirth
Leiter Einkauf, Alpenfrisch AG""",
)

add(
    "on_hold",
    frm="Greenhouse <no-reply@us.greenhouse-mail.io>",
    subj="Update on the Sourcing Analyst role at Quarry Lane",
    date=("2026-08-04 13:22", "-04:00"),
    company="Quarry Lane",
    contact="Dana",
    role="Sourcing Analyst",
    diff="hard",
    notes="Greenhouse display name; search closed after reorg",
    body="""Hi Camille,

I'm reaching out to everyone still in process for our Sourcing Analyst opening: we've decided to close this search for now while we rethink how the procurement function is structured after our recent reorg. The role is no longer open, and we didn't want to leave you waiting.

Thanks for your patience and interest in Quarry Lane.

Dana Whitcombe
Talent Partner, Quarry Lane""",
)

add(
    "on_hold",
    frm="Hôpital Sainte-Famille – RH <rh@hsf-montreal.ca>",
    subj="Votre candidature – Technicienne en approvisionnement",
    date=("2026-09-30 14:05", "-04:00"),
    company="Hôpital Sainte-Famille",
    role="Technicienne en approvisionnement",
    lang="fr",
    diff="hard",
    notes="'conserver votre candidature' sounds like rejection; poste aboli",
    body="""Bonjour Madame Dubois,

Nous vous remercions de votre intérêt pour le poste de Technicienne en approvisionnement.

Dans le cadre de la transformation du réseau et du transfert de nos activités logistiques vers Santé Québec, ce poste a été aboli avant la fin du processus. Le processus de sélection est donc interrompu.

Nous conserverons votre candidature et vous aviserons si un poste équivalent est créé.

Service des ressources humaines
Hôpital Sainte-Famille""",
)

# ----------------------------------------------------------------------------- interviews
add(
    "interview",
    frm="Jess Moreno <jess.moreno@orchardrow.com>",
    subj="Orchard Row – let's set up a first conversation",
    date=("2026-03-17 10:14", "-07:00"),
    company="Orchard Row",
    contact="Jess",
    role="Sourcing Manager, Home Goods",
    body="""Hi Camille,

Thanks for applying for our Sourcing Manager, Home Goods role! I'd love to set up a 30-minute phone interview to learn more about your experience with overseas vendors and walk you through the team.

Grab any open time on my calendar here: https://calendly.com/jess-orchardrow/30min

Talk soon,
Jess Moreno
Recruiting | Orchard Row""",
)

add(
    "interview",
    frm="Élodie Marchand <e.marchand@aerotech-laurentides.ca>",
    subj="Entrevue – Acheteuse senior, pièces usinées",
    date=("2025-04-09 10:12", "-04:00"),
    company="Aérotech Laurentides",
    contact="Élodie",
    role="Acheteuse senior, pièces usinées",
    lang="fr",
    iv=("2025-04-15 13:30", "-04:00"),
    body="""Bonjour Camille,

Suite à notre appel de la semaine dernière, je vous confirme l'entrevue finale le mardi 15 avril à 13 h 30 à nos bureaux de Mirabel (12 500, rue de l'Avenir). Vous rencontrerez Patrice Lebel, directeur des opérations, et moi-même. Prévoyez environ 90 minutes.

Apportez une pièce d'identité avec photo : l'accès au site est contrôlé (ITAR).

Au plaisir,
Élodie Marchand
Directrice, Approvisionnement stratégique
Aérotech Laurentides""",
)

add(
    "interview",
    frm="Priya Raman <priya.raman@clearwaterhealth.org>",
    subj="Invitation: Panel – Supply Chain Buyer (Camille Dubois) @ Thu Feb 12, 2026 10am - 11am (EST)",
    date=("2026-02-06 14:33", "-05:00"),
    company="Clearwater Health",
    contact="Priya",
    role="Supply Chain Buyer",
    iv=("2026-02-12 10:00", "-05:00"),
    cal=("Panel – Supply Chain Buyer (Camille Dubois)", 60, "priya.raman@clearwaterhealth.org", "Zoom"),
    body="""Panel – Supply Chain Buyer (Camille Dubois)
Thursday Feb 12, 2026 ⋅ 10am – 11am (Eastern Time - New York)

Joining: https://clearwaterhealth.zoom.us/j/8842219034

Camille, the panel will be me, our value analysis lead and a nurse manager from the OR. Expect behavioural questions plus a short discussion of a backorder scenario.

Priya

Invitation from Google Calendar""",
)

add(
    "interview",
    frm="Julien Fabre <julien.fabre@laboratoires-ceres.fr>",
    subj="Laboratoires Cérès – Entretien Acheteur Projets",
    date=("2026-04-08 11:26", "+02:00"),
    company="Laboratoires Cérès",
    contact="Julien",
    role="Acheteur Projets",
    lang="fr",
    iv=("2026-04-16 16:00", "+02:00"),
    body="""Bonjour Camille,

Votre candidature au poste d'Acheteur Projets a retenu notre attention et je souhaiterais échanger avec vous en visio.

Je vous propose le jeudi 16 avril à 16h00 (heure de Paris), soit 10h00 à Montréal. Le lien Teams suivra dans une invitation séparée. L'entretien durera environ 45 minutes.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Julien Fabre
Talent Acquisition Partner
Laboratoires Cérès – Orléans""",
)

add(
    "interview",
    frm="=?utf-8?q?Luc=C3=ADa_Fern=C3=A1ndez?= <lfernandez@altavista-distribucion.es>",
    subj="Entrevista – Responsable de Compras (Madrid)",
    date=("2026-11-03 09:50", "+01:00"),
    company="Distribuciones Altavista",
    contact="Lucía",
    role="Responsable de Compras",
    lang="es",
    iv=("2026-11-10 16:00", "+01:00"),
    body="""Hola Camille:

Gracias por tu interés en la posición de Responsable de Compras. Nos gustaría conocerte en una entrevista por Teams el martes 10 de noviembre a las 16:00 (hora de Madrid).

Participarán Jorge Salas, director de operaciones, y yo. Te enviaré el enlace el día anterior.

Un saludo,
Lucía Fernández
Selección de Personal
Distribuciones Altavista, S.L.""",
)

add(
    "interview",
    frm="Meridian Aerostructures Recruiting <scheduling@goodtime.io>",
    subj="Schedule your onsite: Commodity Buyer - Composites",
    date=("2026-06-10 13:05", "-04:00"),
    company="Meridian Aerostructures",
    role="Commodity Buyer - Composites",
    html=p("""Hi Camille,

The Meridian Aerostructures team would like to invite you to an onsite interview loop (about 3 hours, including a plant tour) for <b>Commodity Buyer - Composites</b> in Wichita.

Please choose from the available times using the link below. Travel will be arranged by our coordinator once your time is confirmed.

<a href="https://app.goodtime.io/s/mer-8831">Select your interview time</a>

Meridian Aerostructures Recruiting Coordination<br>Powered by GoodTime"""),
    body="""Hi Camille,

The Meridian Aerostructures team would like to invite you to an onsite interview loop (about 3 hours, including a plant tour) for Commodity Buyer - Composites in Wichita.

Please choose from the available times using the link below:
https://app.goodtime.io/s/mer-8831

Meridian Aerostructures Recruiting Coordination
Powered by GoodTime""",
)

add(
    "interview",
    frm="Ben Achterberg <ben@fieldstonecoffee.com>",
    subj="quick call?",
    date=("2025-09-29 15:10", "-07:00"),
    company="Fieldstone Coffee",
    contact="Ben",
    role="Purchasing Lead",
    diff="hard",
    notes="no word interview; single time stated as 'tomorrow at 11'",
    iv=("2025-09-30 11:00", "-07:00"),
    body="""Hey Camille, Ben here, I run ops at Fieldstone. Your resume for the Purchasing Lead role landed on my desk and I'd love to hear how you handled green coffee contracts at your last gig.

Does tomorrow at 11 (Pacific) work for a 30-min video chat? I'll send a Meet link. If not, shoot me another time.

Ben
Fieldstone Coffee Roasters""",
)

add(
    "interview",
    frm="Northpine Logistics <northpine@myworkday.com>",
    subj="Interview Scheduled: Buyer II",
    date=("2025-08-06 12:00", "-04:00"),
    company="Northpine Logistics",
    role="Buyer II",
    iv=("2025-08-11 09:30", "-04:00"),
    body="""Hello Camille,

Your interview for Buyer II (JR-20931) has been scheduled.

Date: Monday, August 11, 2025
Time: 9:30 AM - 10:30 AM Eastern Daylight Time
Location: Northpine Logistics, 4100 Harvester Rd, Burlington, ON
Interviewers: Nadia Khoury, Procurement Manager; Sam Peretti, DC Operations

To view details or cancel, sign in to your candidate home account.

Northpine Logistics Talent Acquisition""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "interview",
    frm="Grant Lindqvist <grant.lindqvist@ashburyfoods.com>",
    subj="RE: Category Buyer – panel timing",
    date=("2025-11-20 08:41", "-06:00"),
    company="Ashbury Foods",
    contact="Grant",
    role="Category Buyer – Dairy & Frozen",
    diff="hard",
    notes="reschedule; 'unfortunately' and 'cancel' refer to the old slot",
    iv=("2025-11-25 15:00", "-06:00"),
    reply=True,
    body="""Hi Camille,

Unfortunately our VP of Merchandising has to be in Chicago on Monday, so we need to cancel Monday's slot. Could we move the panel to Tuesday, Nov 25 at 3:00 PM Central instead? Same Teams link, same people. I've updated the invite.

Sorry for the shuffle!

Grant Lindqvist
Senior Recruiter, Ashbury Foods

-----Original Message-----
From: Grant Lindqvist
Sent: Friday, November 14, 2025 11:02 AM
To: Camille Dubois
Subject: Category Buyer – panel

Hi Camille, confirming your panel on Monday, Nov 24 at 1 PM CT.""",
)

add(
    "interview",
    frm="Corbel Advisory Recruiting <careers@corbeladvisory.com>",
    subj="Next step: case study – Procurement Transformation Consultant",
    date=("2025-06-23 10:00", "-04:00"),
    company="Corbel Advisory",
    contact="Hannah",
    role="Procurement Transformation Consultant",
    body="""Hi Camille,

Congratulations on moving to the next stage for the Procurement Transformation Consultant role!

This stage is a case interview. On Monday we'll email you a short spend-analysis case (about 3 hours of work). You will then present your recommendations to two of our partners in a 60-minute video interview.

Please pick a presentation slot for the week of July 7 here: https://corbel.modernloop.io/c/3391

Best regards,
Hannah Pryce
Campus & Experienced Recruiting, Corbel Advisory""",
)

add(
    "interview",
    frm="Karine Tremblay <karine.tremblay.estuaire@ssss.gouv.qc.ca>",
    subj="Convocation – entrevue de sélection, affichage 2025-1187",
    date=("2025-10-14 13:50", "-04:00"),
    company="CIUSSS de l'Estuaire",
    contact="Karine",
    role="Chef de service, approvisionnement",
    lang="fr",
    iv=("2025-10-22 09:00", "-04:00"),
    body="""Bonjour Madame Dubois,

Nous avons le plaisir de vous convoquer à une entrevue de sélection pour le poste de Chef de service, approvisionnement.

Date : mercredi 22 octobre 2025
Heure : 9 h (veuillez vous présenter 30 minutes à l'avance pour une mise en situation écrite)
Lieu : Pavillon administratif, 3e étage, salle 3.14

Merci de confirmer votre présence par retour de courriel.

Karine Tremblay
Conseillère en dotation
CIUSSS de l'Estuaire""",
)

add(
    "interview",
    frm="Mathieu Gingras <mathieu@fromagerielacbrule.ca>",
    subj="Re: Candidature – Acheteuse/planificatrice",
    date=("2026-01-20 16:30", "-05:00"),
    company="Fromagerie Lac-Brûlé",
    contact="Mathieu",
    role="Acheteuse/planificatrice",
    lang="fr",
    diff="hard",
    notes="no word entrevue; phone call confirmed 'demain à 14 h'",
    iv=("2026-01-21 14:00", "-05:00"),
    reply=True,
    body="""Bonjour Camille,

Parfait, merci pour votre retour rapide. Comme convenu, je vous appelle demain à 14 h au 514 555-0188. On jasera de votre expérience en planification des achats de lait et d'emballages, et je vous expliquerai comment on fonctionne à la fromagerie. Une vingtaine de minutes, pas plus.

Mathieu Gingras
Directeur de production
Fromagerie Lac-Brûlé""",
)

add(
    "interview",
    frm="Stéphane Ouimet <stephane.ouimet@solvena.com>",
    subj="Entrevue Teams – Acheteuse principale, API",
    date=("2026-05-07 09:12", "-04:00"),
    company="Solvena Pharma",
    contact="Stéphane",
    role="Acheteuse principale, API",
    lang="fr",
    diff="hard",
    notes="Outlook label says UTC-05:00 but it is EDT",
    iv=("2026-05-13 13:00", "-04:00"),
    cal=(
        "Entrevue – Acheteuse principale, API",
        45,
        "stephane.ouimet@solvena.com",
        "Réunion Microsoft Teams",
    ),
    body="""Quand : mercredi 13 mai 2026 13:00-13:45 (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

Bonjour Camille,
Voici l'invitation pour notre entrevue. Nathalie, de l'assurance qualité, se joindra à nous pour la partie sur la qualification des fournisseurs d'ingrédients actifs.

Stéphane
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_solvena_7721
ID de la réunion : 331 904 220 18
________________________________________________________________________________""",
    cte="quoted-printable",
)

add(
    "interview",
    frm="Épicerie Nomade <noreply@welcometothejungle.com>",
    subj="Épicerie Nomade souhaite échanger avec toi 🎉",
    date=("2025-11-18 10:03", "+01:00"),
    company="Épicerie Nomade",
    contact="Inès",
    role="Acheteuse Épicerie Fine (CDI)",
    lang="fr",
    html=p("""Hello Camille,

Bonne nouvelle : ta candidature pour le poste <b>Acheteuse Épicerie Fine (CDI)</b> a retenu l'attention d'Épicerie Nomade !

Inès, Head of Buying, aimerait faire un premier entretien avec toi. Choisis le créneau qui te convient :

<a href="https://calendly.com/ines-epicerienomade/entretien">Réserver mon entretien</a>

À très vite,<br>Inès pour l'équipe Épicerie Nomade

<span style="color:#999;font-size:11px">Envoyé via Welcome to the Jungle</span>"""),
    html_only=True,
)

add(
    "interview",
    frm="Logistique Escaut <recrutement@escaut-logistique.be>",
    subj="Invitation à un entretien – Acheteur Transport (H/F)",
    date=("2026-02-26 14:15", "+01:00"),
    company="Logistique Escaut",
    contact="Annelies",
    role="Acheteur Transport (H/F)",
    lang="fr",
    iv=("2026-03-09 10:00", "+01:00"),
    body="""Madame Dubois,

Nous avons le plaisir de vous inviter à un entretien par visioconférence pour le poste d'Acheteur Transport (H/F), le lundi 9 mars 2026 à 10h00 (heure belge).

Le lien de connexion vous parviendra 24 heures avant l'entretien. Nous vous prions de prévoir une durée d'une heure.

Bien cordialement,

Annelies Vermeulen
Talent Acquisition
Logistique Escaut SA – Liège""",
)

add(
    "interview",
    frm="Dana Whitcombe <no-reply@us.greenhouse-mail.io>",
    subj="Interview confirmation: Sourcing Analyst at Quarry Lane",
    date=("2026-07-10 16:44", "-07:00"),
    company="Quarry Lane",
    contact="Dana",
    role="Sourcing Analyst",
    iv=("2026-07-16 12:00", "-07:00"),
    html=p("""Hi Camille,

You're all set! Here are the details of your upcoming interview with Quarry Lane.

<b>Sourcing Analyst – Hiring Manager Interview</b><br>
Thursday, July 16, 2026<br>
12:00 PM – 12:45 PM PT<br>
Interviewer: Marcus Ohene, Head of Procurement<br>
Zoom: https://quarrylane.zoom.us/j/5512983302

If you need to reschedule, just reply to this email.

Dana Whitcombe<br>Talent Partner, Quarry Lane"""),
    body="""Hi Camille,

You're all set! Here are the details of your upcoming interview with Quarry Lane.

Sourcing Analyst – Hiring Manager Interview
Thursday, July 16, 2026
12:00 PM – 12:45 PM PT
Interviewer: Marcus Ohene, Head of Procurement
Zoom: https://quarrylane.zoom.us/j/5512983302

If you need to reschedule, just reply to this email.

Dana Whitcombe
Talent Partner, Quarry Lane""",
)

add(
    "interview",
    frm="Harbourline Pharma via ModernLoop <scheduling@modernloop.io>",
    subj="Harbourline Pharma: please share your availability",
    date=("2025-12-15 11:30", "-05:00"),
    company="Harbourline Pharma",
    role="Indirect Procurement Specialist",
    body="""Hi Camille,

The Harbourline Pharma hiring team would like to schedule a virtual interview loop (3 x 45 minutes) for the Indirect Procurement Specialist role.

Please share your availability for the next two weeks: https://app.modernloop.io/availability/hbp-44f1

Harbourline Pharma Recruiting""",
)

add(
    "interview",
    frm="Julie Lemaire <julie@lemaire-recrutement.com>",
    subj="Groupe Pétrel veut te rencontrer!",
    date=("2025-07-29 17:05", "-04:00"),
    company="Groupe Pétrel",
    contact="Julie",
    role="Acheteuse principale",
    lang="fr",
    diff="hard",
    notes="agency recruiter; client named in subject/body; asks for availabilities",
    body="""Allô Camille!

Bonne nouvelle : Groupe Pétrel a adoré ton CV et la directrice approvisionnement veut te rencontrer pour le poste d'acheteuse principale. Ce serait une première rencontre d'une heure à leurs bureaux de Saint-Laurent.

Peux-tu m'envoyer deux ou trois disponibilités la semaine prochaine, idéalement mardi ou mercredi? Je m'occupe de tout caler avec eux.

Julie Lemaire
Associée | Cabinet Lemaire Recrutement
438 555-0127""",
)

add(
    "interview",
    frm="Olivia at Trailmark Distribution <olivia@paradox.ai>",
    subj="Your interview is confirmed",
    date=("2026-09-17 08:20", "-05:00"),
    company="Trailmark Distribution",
    role="Inventory Buyer",
    iv=("2026-09-22 14:30", "-05:00"),
    diff="hard",
    notes="Paradox bot sender; company only in display name/body",
    body="""Hi Camille! This is Olivia, Trailmark Distribution's virtual recruiting assistant.

Your interview for Inventory Buyer with Hannah Cole is confirmed for Tuesday, September 22, 2026 at 2:30 PM CDT. It will be a video interview; the link is below.

https://trailmark.paradox.ai/video/9KQ2

Need to reschedule? Just reply RESCHEDULE.""",
)

add(
    "interview",
    frm="Norbec Maison <talent@norbecmaison.ca>",
    subj="Next step: recorded video interview – Acheteur(se) adjoint(e)",
    date=("2026-05-26 09:00", "-04:00"),
    company="Norbec Maison",
    role="Acheteur(se) adjoint(e)",
    body="""Hi Camille,

Thanks for your application for Acheteur(se) adjoint(e). The next step is a short one-way video interview: you'll record answers to four questions at a time that suits you.

Please complete it by Monday, June 1, 11:59 PM ET: https://app.hirevue.com/i/norbec-7731

Questions? Reply to this email.

Norbec Maison Talent Team""",
)

add(
    "interview",
    frm="Roxanne Bélanger <rbelanger@pharmaquebec.ca>",
    subj="Rencontre – conseillère en approvisionnement",
    date=("2026-10-16 15:35", "-04:00"),
    company="PharmaQuébec",
    contact="Roxanne",
    role="Conseillère en approvisionnement",
    lang="fr",
    iv=("2026-10-22 10:30", "-04:00"),
    body="""Bonjour Camille,

Merci pour votre candidature. Nous aimerions vous rencontrer jeudi 22 octobre à 10 h 30 à nos bureaux (1200, boul. Crémazie Est, 4e étage). La rencontre durera environ une heure et comprendra une courte étude de cas.

Pouvez-vous me confirmer votre présence?

Roxanne Bélanger
Gestionnaire, Approvisionnement
PharmaQuébec""",
)

add(
    "interview",
    frm="Jess Moreno <jess.moreno@orchardrow.com>",
    subj="Re: Sourcing Manager, Home Goods – need to move our chat",
    date=("2026-03-24 07:58", "-07:00"),
    company="Orchard Row",
    contact="Jess",
    role="Sourcing Manager, Home Goods",
    diff="hard",
    notes="'sorry, I have to cancel' but moves interview to a new definite time",
    iv=("2026-03-27 09:00", "-07:00"),
    reply=True,
    body="""Hi Camille,

So sorry, I have to cancel our call for this afternoon: our head of sourcing just scheduled an all-hands on top of it. Could we do Friday, March 27 at 9:00 AM PT instead? Same Zoom link. If that doesn't work, tell me what does.

Thanks for being flexible!
Jess""",
)

# ----------------------------------------------------------------------------- offers
add(
    "offer",
    frm="Isabelle Côté <isabelle.cote@lumacor.com>",
    subj="Offre d'emploi – Acheteuse principale, approvisionnement direct",
    date=("2026-10-20 16:40", "-04:00"),
    company="Groupe Lumacor",
    contact="Isabelle",
    role="Acheteuse principale, approvisionnement direct",
    lang="fr",
    pdf="Lettre_offre_C_Dubois.pdf",
    body="""Bonjour Camille,

Suite à nos rencontres, j'ai le grand plaisir de vous offrir le poste d'Acheteuse principale, approvisionnement direct, au sein de Groupe Lumacor.

Vous trouverez ci-jointe la lettre d'offre détaillant le salaire annuel, le régime d'assurances collectives, le REER avec contribution de l'employeur et la date d'entrée en fonction proposée du 30 novembre.

Merci de nous retourner la lettre signée d'ici le 27 octobre. Je reste disponible pour en discuter.

Au plaisir de vous accueillir dans l'équipe,
Isabelle Côté
Directrice, Approvisionnement
Groupe Lumacor""",
)

add(
    "offer",
    frm="Marcus Ohene <marcus.ohene@quarrylane.com>",
    subj="Following up on our call",
    date=("2026-07-23 18:12", "-07:00"),
    company="Quarry Lane",
    contact="Marcus",
    role="Sourcing Analyst",
    diff="hard",
    notes="written follow-up to verbal offer; never says 'offer'",
    body="""Camille,

Great talking with you this afternoon. As promised, here is what we discussed in writing: base salary of $92,000, 10% annual bonus target, remote from Montréal with quarterly trips to Oakland, and a start date of August 17 if that works on your end. Dana will send the formal paperwork through our HR system tomorrow.

We're really excited about the idea of you joining the team. Let me know if anything above doesn't match your understanding.

Marcus Ohene
Head of Procurement, Quarry Lane""",
)

add(
    "offer",
    frm="Clearwater Health HR <hr-noreply@clearwaterhealth.org>",
    subj="Action required: Your offer from Clearwater Health",
    date=("2026-06-11 10:00", "-04:00"),
    company="Clearwater Health",
    contact="Priya",
    role="Senior Supply Chain Buyer",
    diff="hard",
    notes="months after a rejection for a different role; HTML only",
    html_only=True,
    html=p("""Dear Camille,

Congratulations! Clearwater Health is pleased to extend you an offer of employment for the position of <b>Senior Supply Chain Buyer</b>.

Please log in to the candidate portal to review and e-sign your offer letter within five business days. Contingencies include reference checks and a background check.

If you have any questions, please contact your recruiter, Priya Raman.

Clearwater Health Human Resources"""),
)

add(
    "offer",
    frm="Lucía Fernández <lfernandez@altavista-distribucion.es>",
    subj="Propuesta de incorporación – Responsable de Compras",
    date=("2026-11-20 13:15", "+01:00"),
    company="Distribuciones Altavista",
    contact="Lucía",
    role="Responsable de Compras",
    lang="es",
    pdf="Propuesta_Altavista.pdf",
    body="""Hola Camille:

Nos alegra mucho comunicarte que queremos que te incorpores a Distribuciones Altavista como Responsable de Compras.

Adjuntamos la carta con la propuesta: salario bruto anual, apoyo para la reubicación a Madrid y fecha de incorporación prevista el 1 de febrero de 2027.

Quedamos a la espera de tu respuesta antes del 30 de noviembre.

Un abrazo,
Lucía Fernández
Selección de Personal""",
)

add(
    "offer",
    frm="Sébastien Roy <sroy@talentis-conseil.ca>",
    subj="Bonne nouvelle!!",
    date=("2025-07-02 11:48", "-04:00"),
    company="Biolab Laval",
    contact="Sébastien",
    role="Acheteuse, matières premières",
    lang="fr",
    diff="hard",
    notes="agency relays verbal offer from client named in body",
    body="""Camille!

Je sors d'un appel avec Biolab Laval : ils veulent t'offrir le poste d'acheteuse, matières premières! Ils proposent 78 000 $ plus 4 semaines de vacances dès la première année, avec une entrée en fonction le 4 août.

La lettre officielle devrait arriver d'ici vendredi. Appelle-moi quand tu peux pour qu'on en parle, je pense qu'il y a une marge de manœuvre sur le salaire.

Sébastien
Talentis Conseil""",
)

add(
    "offer",
    frm="Nadia Khoury <nadia.khoury@northpine-logistics.com>",
    subj="Welcome aboard – Senior Buyer, Indirect",
    date=("2025-09-25 14:03", "-04:00"),
    company="Northpine Logistics",
    contact="Nadia",
    role="Senior Buyer, Indirect",
    pdf="Northpine_Offer_Letter.pdf",
    body="""Hi Camille,

After turning you down for Buyer II I was hoping another door would open, and it did. I'm delighted to offer you the Senior Buyer, Indirect position on my team.

The attached letter has the details (salary, hybrid schedule from our Montréal office, benefits). Please sign and return by October 2.

Nadia Khoury
Procurement Manager, Northpine Logistics""",
)

# ----------------------------------------------------------------------------- application_received
add(
    "application_received",
    frm="Pharmavance Careers <careers@pharmavance.com>",
    subj="We've received your application – Procurement Analyst",
    date=("2025-04-28 22:14", "-04:00"),
    company="Pharmavance",
    role="Procurement Analyst",
    body="""Dear Camille,

Thank you for applying to the Procurement Analyst position (Job ID 22871). Your application has been received and will be reviewed by our recruiting team.

If your qualifications match our needs, a member of the team will contact you.

Pharmavance Global Talent Acquisition
This is an automated message, please do not reply.""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "application_received",
    frm="Marché Bellerive <marchebellerive@myworkday.com>",
    subj="Thank you for applying to Marché Bellerive",
    date=("2025-01-22 07:31", "-05:00"),
    company="Marché Bellerive",
    role="Acheteuse, fruits et légumes",
    diff="hard",
    notes="English ATS acknowledgement for a French-titled role",
    body="""Hello Camille,

We have received your application for Acheteuse, fruits et légumes (R-04417).

You can follow the status of your application at any time from your candidate home.

Thank you for your interest in Marché Bellerive!

Talent Acquisition Team""",
)

add(
    "application_received",
    frm="Taleo <reply-to@taleo.net>",
    subj="Dessaulles Aéronautique – Application acknowledgement",
    date=("2026-02-09 20:02", "-05:00"),
    company="Dessaulles Aéronautique",
    role="Acheteur(se), matières premières",
    diff="hard",
    notes="lists possible outcomes incl. 'not selected'",
    body="""Hello Camille,

We acknowledge receipt of your application for the position Acheteur(se), matières premières (No. 2600412).

Our team will review your file over the coming weeks. If your profile is selected, a member of the team will contact you to schedule a phone interview. If your application is not selected, you will be notified by email.

Thank you for your interest in Dessaulles Aéronautique.

Talent Acquisition""",
)

add(
    "application_received",
    frm="Halvorsen Retail Group <noreply@smartrecruiters.com>",
    subj="Thanks for applying to Halvorsen Retail Group",
    date=("2026-09-21 23:40", "-05:00"),
    company="Halvorsen Retail Group",
    role="Merchandise Buyer, Seasonal",
    html_only=True,
    html=p("""Hi Camille,

Thanks for your interest in <b>Merchandise Buyer, Seasonal</b>! We've got your application and our team is reviewing it.

What happens next? If your experience is a match, we'll reach out to set up a conversation. In the meantime, learn more about life at Halvorsen on our careers blog.

Halvorsen Retail Group Recruiting"""),
)

add(
    "application_received",
    frm="Coop Agrinord via Jobillico <ne-pas-repondre@jobillico.com>",
    subj="Votre candidature a été transmise",
    date=("2025-12-02 12:16", "-05:00"),
    company="Coop Agrinord",
    role="Coordonnatrice aux achats",
    lang="fr",
    diff="hard",
    notes="platform confirmation; company only in body",
    body="""Bonjour Camille,

Votre candidature pour l'offre « Coordonnatrice aux achats » a bien été transmise à l'employeur Coop Agrinord.

L'employeur la consultera prochainement. Vous recevrez une notification lorsque son statut changera.

Bonne chance!
L'équipe Jobillico""",
)

add(
    "application_received",
    frm="Wren & Ashby Consulting <notifications@wrenashby.bamboohr.com>",
    subj="Application received: Procurement Consultant",
    date=("2025-09-30 09:44", "-04:00"),
    company="Wren & Ashby Consulting",
    role="Procurement Consultant",
    body="""Hi Camille,

Thanks for applying for Procurement Consultant at Wren & Ashby Consulting. We've received your materials and will be in touch if we'd like to move forward.

Best,
Wren & Ashby People Operations""",
)

add(
    "application_received",
    frm="Kessler Pharma AG <jobs@kessler-pharma.successfactors.eu>",
    subj="Eingangsbestätigung Ihrer Bewerbung – Einkäuferin (w/m/d)",
    date=("2025-08-12 14:20", "+02:00"),
    company="Kessler Pharma AG",
    role="Einkäuferin (w/m/d)",
    lang="de",
    body="""Sehr geehrte Frau Dubois,

vielen Dank für Ihre Bewerbung als Einkäuferin (w/m/d), Referenz 61204. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Freundliche Grüsse
Talent Acquisition, Kessler Pharma AG

Diese E-Mail wurde automatisch erstellt.""",
    cte="quoted-printable",
)

add(
    "application_received",
    frm="Ville de Sainte-Adèle-des-Monts <emplois@ville-sadm.qc.ca>",
    subj="Accusé de réception – Concours 2025-ACH-07",
    date=("2025-06-16 10:00", "-04:00"),
    company="Ville de Sainte-Adèle-des-Monts",
    role="Agente d'approvisionnement",
    lang="fr",
    diff="hard",
    notes="mentions examen écrit and that only retained candidates are contacted",
    body="""Madame,

Nous accusons réception de votre candidature pour le concours 2025-ACH-07, Agente d'approvisionnement.

Seules les personnes dont la candidature sera retenue seront invitées à l'examen écrit, puis à l'entrevue. Les autres personnes seront avisées par courriel à la fin du processus.

Service des ressources humaines
Ville de Sainte-Adèle-des-Monts""",
)

add(
    "application_received",
    frm="Meridian Aerostructures <meridianaero@myworkday.com>",
    subj="Thank you for applying!",
    date=("2026-05-19 13:00", "-04:00"),
    company="Meridian Aerostructures",
    role="Commodity Buyer - Composites",
    diff="hard",
    notes="company only in signature/body",
    body="""Dear Camille,

Thank you for applying for Commodity Buyer - Composites (R-118204). We have received your application.

Our recruiting team will review your qualifications. Unfortunately, due to the volume of applications, we are unable to respond to every applicant individually; if you are selected to move forward, you will be contacted directly.

Meridian Aerostructures Talent Acquisition""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "application_received",
    frm="Trailmark Distribution <jobs@trailmark.teamtailor-mail.com>",
    subj="Application received – Inventory Buyer",
    date=("2026-09-08 15:55", "-05:00"),
    company="Trailmark Distribution",
    role="Inventory Buyer",
    body="""Hi Camille,

Thank you for applying to Inventory Buyer at Trailmark Distribution! We have received your application and will review it shortly.

Kind regards,
Trailmark Distribution""",
)

add(
    "application_received",
    frm="Ministère de l'Économie circulaire <emplois-noreply@mce.gouv.qc.ca>",
    subj="Inscription confirmée – processus de qualification 52403SP",
    date=("2025-07-21 08:03", "-04:00"),
    company="Ministère de l'Économie circulaire",
    role="Conseillère en gestion contractuelle",
    lang="fr",
    body="""Votre inscription au processus de qualification no 52403SP (Conseillère ou conseiller en gestion contractuelle) a été enregistrée le 2025-07-21.

Numéro de dossier : 88-20413

Votre candidature sera analysée à la fin de la période d'inscription. Vous serez informée par courriel des résultats de chacune des étapes.

Ce courriel est généré automatiquement.""",
    hdr={"Auto-Submitted": "auto-generated"},
)

add(
    "application_received",
    frm="Aerolis Recrutement <no-reply@aerolis.recruitee.com>",
    subj="Candidature reçue : Acheteuse Composants (80-100%)",
    date=("2025-10-30 17:42", "+01:00"),
    company="Aerolis",
    role="Acheteuse Composants (80-100%)",
    lang="fr",
    body="""Bonjour Camille,

Merci pour votre candidature au poste d'Acheteuse Composants (80-100%) chez Aerolis SA. Nous l'avons bien reçue et l'étudierons avec attention.

Nous reviendrons vers vous dans un délai de deux à trois semaines.

L'équipe RH d'Aerolis""",
)

add(
    "application_received",
    frm="Linden Grocery Co. <careers@lindengrocery.jobvite.com>",
    subj="Procurement Coordinator – thank you",
    date=("2025-12-03 10:21", "-05:00"),
    company="Linden Grocery Co.",
    role="Procurement Coordinator",
    body="""Dear Camille,

Thank you for your interest in the Procurement Coordinator position at Linden Grocery Co. This note confirms we have received your application.

Linden Grocery Co. Talent Acquisition""",
)

add(
    "application_received",
    frm="Harbourline Pharma <no-reply@harbourline.ashbyhq.com>",
    subj="Harbourline Pharma – we got your application",
    date=("2025-11-27 06:02", "-05:00"),
    company="Harbourline Pharma",
    role="Indirect Procurement Specialist",
    diff="hard",
    notes="reads like personal mail; mentions interview process stages",
    body="""Hi Camille,

Quick note to say your application for Indirect Procurement Specialist is in, and a real person on our team will read it (promise).

So you know what to expect: if there's a fit, we'll start with a 30-minute recruiter call, then a virtual loop with the team. We aim to get back to everyone within two weeks either way.

Cheers,
The Harbourline Talent Team""",
)

add(
    "application_received",
    frm="Grupo Sierra Norte <empleo@sierranorte.com.mx>",
    subj="Hemos recibido tu postulación",
    date=("2026-05-04 11:10", "-06:00"),
    company="Grupo Sierra Norte",
    role="Compradora Senior",
    lang="es",
    body="""Hola Camille:

Gracias por postularte a la vacante de Compradora Senior. Hemos recibido tu solicitud y nuestro equipo de Atracción de Talento la revisará en los próximos días.

Si tu perfil coincide con lo que buscamos, nos pondremos en contacto contigo.

Grupo Sierra Norte""",
)

add(
    "application_received",
    frm="Maison Vautrin <recrutement@maisonvautrin.welcomekit.co>",
    subj="Ta candidature chez Maison Vautrin 👗",
    date=("2025-09-08 12:20", "+02:00"),
    company="Maison Vautrin",
    role="Acheteuse Textile (CDI)",
    lang="fr",
    body="""Hello Camille,

Merci pour ta candidature au poste d'Acheteuse Textile (CDI) ! Elle est bien arrivée chez nous.

Notre équipe Talents revient vers toi sous 15 jours, quelle que soit la réponse.

À bientôt,
L'équipe Maison Vautrin""",
)

add(
    "application_received",
    frm="Cornerstone OnDemand <noreply@csod.com>",
    subj="Application Submitted: Purchasing Agent – Stonebridge Transit Authority",
    date=("2026-04-02 16:30", "-04:00"),
    company="Stonebridge Transit Authority",
    role="Purchasing Agent",
    diff="hard",
    notes="Cornerstone sender; company only in subject",
    body="""Dear Camille Dubois,

This message confirms that your application for Purchasing Agent has been submitted successfully.

Applications will be screened after the posting closes on April 15. Candidates who meet the minimum qualifications may be invited to a written exam.

Please do not reply to this message.""",
)

# ----------------------------------------------------------------------------- auto replies
add(
    "auto_reply",
    frm="Élodie Marchand <e.marchand@aerotech-laurentides.ca>",
    subj="Réponse automatique : Suivi – Acheteuse senior",
    date=("2025-07-18 09:01", "-04:00"),
    company="Aérotech Laurentides",
    contact="Élodie",
    role="Acheteuse senior",
    ret="2025-07-28",
    lang="fr",
    reply=True,
    hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Bonjour,

Je suis présentement en vacances et serai de retour au bureau le lundi 28 juillet. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence concernant l'approvisionnement, veuillez communiquer avec Patrice Lebel au poste 2204.

Élodie Marchand""",
)

add(
    "auto_reply",
    frm="Grant Lindqvist <grant.lindqvist@ashburyfoods.com>",
    subj="Automatic reply: Thank you – Category Buyer panel",
    date=("2025-11-26 07:30", "-06:00"),
    company="Ashbury Foods",
    contact="Grant",
    role="Category Buyer",
    ret="2025-12-01",
    reply=True,
    hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Thanks for your message. I'm out for the Thanksgiving holiday and will be back on 12/1 with limited access to email until then. If this is urgent, please reach out to recruiting@ashburyfoods.com.

Grant""",
)

add(
    "auto_reply",
    frm="Tobias Wirth <t.wirth@alpenfrisch.ch>",
    subj="Abwesenheitsnotiz: Nachfrage Stelle Einkauf Frischwaren",
    date=("2026-08-03 10:15", "+02:00"),
    company="Alpenfrisch",
    contact="Tobias",
    role="Einkauf Frischwaren",
    ret="2026-08-17",
    lang="de",
    reply=True,
    hdr={"Auto-Submitted": "auto-replied"},
    cte="quoted-printable",
    body="""Guten Tag

Ich bin bis und mit Freitag, 14. August 2026 abwesend. Ab Montag, 17. August bin ich wieder im Büro.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an einkauf@alpenfrisch.ch.

Freundliche Grüsse
Tobias Wirth""",
)

add(
    "auto_reply",
    frm="Ryan Castellano <rcastellano@harlowmed.com>",
    subj="Automatic reply: Strategic Sourcing Specialist – question",
    date=("2025-02-24 13:41", "-05:00"),
    company="Harlow Medical Devices",
    contact="Ryan",
    role="Strategic Sourcing Specialist",
    reply=True,
    hdr={"X-Autoreply": "yes", "Precedence": "auto_reply"},
    body="""Hello,

I am no longer with Harlow Medical Devices. For recruiting questions, please contact Talent Acquisition at talent@harlowmed.com, and for supplier matters, Megan O'Leary at moleary@harlowmed.com.

Thank you.""",
)

add(
    "auto_reply",
    frm="Ville de Sainte-Adèle-des-Monts <emplois@ville-sadm.qc.ca>",
    subj="Réponse automatique : Question – concours 2025-ACH-07",
    date=("2025-06-20 18:44", "-04:00"),
    company="Ville de Sainte-Adèle-des-Monts",
    role="Agente d'approvisionnement",
    lang="fr",
    diff="hard",
    reply=True,
    notes="unmonitored-mailbox notice on application thread; mentions concours",
    body="""Ceci est un message automatique.

Cette boîte courriel sert uniquement à la réception des candidatures et n'est pas surveillée. Aucune réponse ne sera donnée aux questions envoyées à cette adresse.

Pour toute question concernant un concours en cours, veuillez téléphoner au 450 555-0110, poste 231, du lundi au vendredi de 8 h 30 à 16 h 30.""",
)

add(
    "auto_reply",
    frm="Priya Raman <priya.raman@clearwaterhealth.org>",
    subj="Out of Office: Re: Senior Supply Chain Buyer – start date",
    date=("2026-03-16 08:02", "-04:00"),
    company="Clearwater Health",
    contact="Priya",
    role="Senior Supply Chain Buyer",
    ret="2026-03-23",
    diff="hard",
    notes="'until ... inclusive' plus 'back Monday'; only X-Autoreply",
    reply=True,
    hdr={"X-Autoreply": "yes"},
    body="""Hi there,

I'm away at the AHRMM regional conference until 2026-03-20 inclusive and back in the office Monday. I'll have spotty access to email.

If your note is about an interview or offer, my colleague Jordan Baptiste (jbaptiste@clearwaterhealth.org) can help in the meantime.

Priya""",
)

add(
    "auto_reply",
    frm="Dana Whitcombe <dana@quarrylane.com>",
    subj="Re: Interview confirmation: Sourcing Analyst at Quarry Lane",
    date=("2026-07-14 11:20", "-07:00"),
    company="Quarry Lane",
    contact="Dana",
    role="Sourcing Analyst",
    ret="2026-07-16",
    diff="hard",
    reply=True,
    notes="no auto-reply headers; relative 'back Thursday'; subject about interview",
    body="""Thanks for your note! I'm out of the office today and tomorrow and back Thursday. I'll get back to you then.

Dana""",
)

add(
    "auto_reply",
    frm="Gabriela Ortiz <gortiz@sierranorte.com.mx>",
    subj="Respuesta automática: Compradora Senior – disponibilidad",
    date=("2026-05-15 09:05", "-06:00"),
    company="Grupo Sierra Norte",
    contact="Gabriela",
    role="Compradora Senior",
    ret="2026-05-25",
    lang="es",
    reply=True,
    hdr={"Auto-Submitted": "auto-replied"},
    body="""Gracias por tu mensaje.

Me encuentro de vacaciones y regreso el lunes 25 de mayo. Para temas urgentes de reclutamiento, escribe a talento@sierranorte.com.mx.

Saludos,
Gabriela Ortiz""",
)

add(
    "auto_reply",
    frm="Julie Lemaire <julie@lemaire-recrutement.com>",
    subj="Absence – Re: Suivi Groupe Pétrel",
    date=("2026-09-02 10:10", "-04:00"),
    company="Cabinet Lemaire Recrutement",
    contact="Julie",
    lang="fr",
    diff="hard",
    reply=True,
    notes="congé de maternité, no precise return date; agency",
    body="""Bonjour,

Je suis présentement en congé de maternité, et ce, jusqu'au printemps 2027.

Pour tout mandat en cours ou toute question sur un processus de recrutement, veuillez écrire à mon collègue François Hébert (francois@lemaire-recrutement.com), qui assure le suivi de mes dossiers.

Merci et à bientôt!
Julie Lemaire""",
)

add(
    "auto_reply",
    frm="Jess Moreno <jess.moreno@orchardrow.com>",
    subj="Automatic reply: Sourcing Manager, Home Goods – thank you",
    date=("2026-04-14 16:22", "-07:00"),
    company="Orchard Row",
    contact="Jess",
    role="Sourcing Manager, Home Goods",
    ret="2026-04-20",
    reply=True,
    hdr={
        "Auto-Submitted": "auto-replied",
        "X-Autoreply": "yes",
        "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply",
    },
    body="""Hi! I'm OOO and back on 4/20. Replies will be slow until then.

Jess""",
)

add(
    "auto_reply",
    frm="Karine Tremblay <karine.tremblay.estuaire@ssss.gouv.qc.ca>",
    subj="Réponse automatique : Confirmation – entrevue du 22 octobre",
    date=("2025-11-03 08:00", "-05:00"),
    company="CIUSSS de l'Estuaire",
    contact="Karine",
    role="Chef de service, approvisionnement",
    ret="2025-11-06",
    lang="fr",
    diff="hard",
    notes="mentions entrevues and résultats; relative weekday with date",
    reply=True,
    hdr={"Auto-Submitted": "auto-replied"},
    body="""Bonjour,

Je suis en formation du 3 au 5 novembre inclusivement et je serai de retour le jeudi 6 novembre.

Pour toute question urgente concernant les entrevues ou les résultats d'un processus de sélection, veuillez écrire à dotation.ciusss-estuaire@ssss.gouv.qc.ca.

Karine Tremblay
Conseillère en dotation""",
)

add(
    "auto_reply",
    frm="=?utf-8?q?St=C3=A9phane_Ouimet?= <stephane.ouimet@solvena.com>",
    subj="Absent du bureau / Out of office",
    date=("2026-05-11 12:40", "-04:00"),
    company="Solvena Pharma",
    contact="Stéphane",
    ret="2026-05-18",
    lang="fr",
    reply=True,
    hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""(English follows)

Je suis absent jusqu'au vendredi 15 mai. De retour le lundi 18 mai.

I am out of the office until Friday, May 15. Back on Monday, May 18.

Stéphane Ouimet
Solvena Pharma""",
)

add(
    "auto_reply",
    frm="Sébastien Roy <sroy@talentis-conseil.ca>",
    subj="Réponse automatique : Nouvelles de ton côté?",
    date=("2026-01-15 14:25", "-05:00"),
    company="Talentis Conseil",
    contact="Sébastien",
    reply=True,
    hdr={"Precedence": "auto_reply"},
    diff="hard",
    notes="French subject, English body; no longer with agency",
    body="""Hello,

As of January 9, 2026 I am no longer with Talentis Conseil. Your message will not be forwarded.

To follow up on your file, please write to Mélanie Fortin (mfortin@talentis-conseil.ca).

Thank you!""",
)

add(
    "auto_reply",
    frm="Logistique Escaut <recrutement@escaut-logistique.be>",
    subj="Réponse automatique : Confirmation entretien",
    date=("2026-02-27 07:12", "+01:00"),
    company="Logistique Escaut",
    role="Acheteur Transport",
    lang="fr",
    diff="hard",
    reply=True,
    notes="generic recruitment inbox acknowledgement of a reply; subject mentions entretien",
    hdr={"Auto-Submitted": "auto-replied"},
    body="""Bonjour,

Merci pour votre message. Le service Recrutement traite les courriels dans un délai de 48 heures ouvrables.

Ceci est une réponse automatique, merci de ne pas y répondre.

Logistique Escaut SA""",
)

# ----------------------------------------------------------------------------- other
LU = "<https://www.linkedin.com/e/v2/unsubscribe?id=b15>, <mailto:unsubscribe@linkedin.com>"

add(
    "other",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subj="« acheteuse » : 15 nouveaux emplois à Montréal",
    date=("2025-03-12 07:05", "-04:00"),
    lang="fr",
    hdr={"List-Unsubscribe": LU, "Precedence": "bulk"},
    body="""Vos alertes emploi pour « acheteuse » à Montréal, Québec, Canada

Acheteuse senior – Groupe Pétrel – Saint-Laurent, QC – Il y a 2 jours
Acheteur(se), approvisionnement stratégique – Dessaulles Aéronautique – Mirabel, QC
Coordonnatrice aux achats – Coop Agrinord – Saint-Hyacinthe, QC
... et 12 autres emplois

Voir tous les emplois : https://www.linkedin.com/jobs/search/?alert=8812

Vous recevez ces courriels parce que vous avez créé une alerte emploi.""",
)

add(
    "other",
    frm="Jobillico <alertes@jobillico.com>",
    subj="Nouvelles offres : Approvisionnement (7)",
    date=("2025-05-05 06:30", "-04:00"),
    lang="fr",
    hdr={"List-Unsubscribe": "<https://www.jobillico.com/desabonnement?u=b15>"},
    html_only=True,
    html=p("""Bonjour Camille,

7 nouvelles offres correspondent à votre alerte <b>Approvisionnement – Montréal et environs</b> :

• Acheteur(euse) – Fromagerie Lac-Brûlé<br>• Technicien(ne) en approvisionnement – Hôpital Sainte-Famille<br>• Agent(e) d'approvisionnement – Ville de Laval

<a href="https://www.jobillico.com/alertes">Voir les offres</a>"""),
)

add(
    "other",
    frm="Indeed <alert@indeed.com>",
    subj="8 new Procurement Specialist jobs in Toronto, ON",
    date=("2026-01-06 05:44", "-05:00"),
    hdr={"List-Unsubscribe": "<https://ca.indeed.com/unsubscribe?b15>", "Precedence": "bulk"},
    body="""Procurement Specialist – Northpine Logistics – Mississauga, ON – $75,000 - $88,000 a year
Easily apply

Senior Buyer – Halvorsen Retail Group – Toronto, ON
Responsive employer

Buyer, Indirect – Harbourline Pharma – Toronto, ON

See all jobs: https://ca.indeed.com/jobs?q=procurement+specialist

You received this email because you subscribed to job alerts.""",
)

add(
    "other",
    frm="Crédit Rive-Nord – Financing <financing@creditrivenord.ca>",
    subj="Decision regarding your financing application",
    date=("2025-04-03 11:20", "-04:00"),
    diff="hard",
    notes="loan application refused ('unable to approve')",
    body="""Dear Ms. Dubois,

We have reviewed your auto financing application no. 4471-22.

Unfortunately, we are unable to approve your application at this time, notably because of the length of your credit history in Canada. You may obtain a free copy of your credit file from Equifax or TransUnion.

Thank you for your trust.

Financing Department
Crédit Rive-Nord""",
)

add(
    "other",
    frm="Hydro-Québec <ne-pas-repondre@hydroquebec.com>",
    subj="Votre facture est prête",
    date=("2025-06-24 04:12", "-04:00"),
    lang="fr",
    body="""Bonjour,

Votre facture d'électricité du 24 juin 2025 est maintenant disponible dans votre Espace client.

Montant à payer : 84,17 $
Date d'échéance : 15 juillet 2025

Hydro-Québec""",
)

add(
    "other",
    frm="STM Info <info@stm.info>",
    subj="Ligne orange : interruption de service ce week-end",
    date=("2025-10-08 16:00", "-04:00"),
    lang="fr",
    diff="hard",
    notes="STM (also an employer here) service notice; 'nous regrettons', 'annulé'",
    hdr={"List-Unsubscribe": "<https://www.stm.info/desabonnement>"},
    body="""Nous regrettons de vous informer que le service sera interrompu entre les stations Berri-UQAM et Jean-Talon samedi et dimanche en raison de travaux.

Des navettes par autobus seront offertes. Le service régulier reprendra lundi à 5 h 30.

Merci de votre compréhension.
Société de transport de Montréal""",
)

add(
    "other",
    frm="Patrick Ménard <pmenard@gestionbeaubien.ca>",
    subj="Your rental application – 4520 Saint-Denis, apt. 3",
    date=("2025-06-27 18:30", "-04:00"),
    contact="Patrick",
    diff="hard",
    notes="rental application accepted; reads like an offer ('pleased to offer')",
    body="""Hi Ms. Dubois,

Good news: your rental application has been accepted! We're pleased to offer you the lease for apartment 3 starting July 1.

Please drop by the office Thursday to sign the lease and pick up your keys. Bring a void cheque.

Patrick Ménard
Gestion Immobilière Beaubien""",
)

add(
    "other",
    frm="CPE Les Petits Explorateurs <direction@cpe-petitsexplorateurs.ca>",
    subj="Offre de place – La Place 0-5",
    date=("2026-02-10 13:10", "-05:00"),
    contact="Nathalie",
    lang="fr",
    diff="hard",
    notes="daycare place offer; 'offre', 'confirmer', 'date d'entrée'",
    body="""Bonjour Madame Dubois,

Nous avons le plaisir de vous offrir une place pour votre enfant Léa au CPE Les Petits Explorateurs (groupe des poupons), à compter du 6 avril 2026.

Merci de confirmer votre acceptation sur La Place 0-5 d'ici le 17 février. Nous vous inviterons ensuite à une rencontre d'accueil.

Nathalie Fortin
Directrice générale""",
)

add(
    "other",
    frm="Jean Coutu <infolettre@jeancoutu.com>",
    subj="Offre exclusive PJC : 20 % de rabais sur les soins de la peau",
    date=("2025-11-13 08:00", "-05:00"),
    lang="fr",
    diff="hard",
    notes="promo 'offre'",
    hdr={"List-Unsubscribe": "<https://www.jeancoutu.com/desabonnement?e=b15>", "Precedence": "bulk"},
    html_only=True,
    html=p("""<b>Offre exclusive aux membres PJC</b>

20 % de rabais sur les soins de la peau, cette fin de semaine seulement. Offre valide du 14 au 16 novembre 2025 en pharmacie et en ligne.

<a href="https://www.jeancoutu.com/promo">J'en profite</a>"""),
)

add(
    "other",
    frm="Air Canada <notification@notification.aircanada.ca>",
    subj="Important: Your flight AC872 has been cancelled",
    date=("2025-12-20 02:14", "-05:00"),
    diff="hard",
    notes="'regret', 'unfortunately cancelled', rebooking offer",
    body="""Dear Camille Dubois,

We regret to inform you that flight AC872 from Montréal (YUL) to Paris (CDG) on December 20 has unfortunately been cancelled due to an aircraft maintenance issue.

We have rebooked you on AC870 departing December 21 at 18:25. If this option does not suit you, you can choose another flight or request a refund.

Booking reference: QX4T7L

Air Canada""",
)

add(
    "other",
    frm="Procurement Pulse <newsletter@procurementpulse.com>",
    subj="The Pulse: 5 ways to bounce back after a final-round rejection",
    date=("2026-03-05 06:00", "-05:00"),
    diff="hard",
    notes="newsletter about rejection and interviews; quotes ATS wording",
    hdr={"List-Unsubscribe": "<https://procurementpulse.com/unsub?u=b15>", "Precedence": "bulk"},
    html=p("""<b>This week in The Pulse</b>

"Unfortunately, we have decided to move forward with other candidates." If that line stings, you're not alone. Our columnist asked 40 CPOs what they wish candidates did after a no.

Also: tariff pass-through clauses, and why your next interview will include a should-cost question."""),
    body="""This week in The Pulse

"Unfortunately, we have decided to move forward with other candidates." If that line stings, you're not alone. Our columnist asked 40 CPOs what they wish candidates did after a no.

Also: tariff pass-through clauses, and why your next interview will include a should-cost question.

Unsubscribe: https://procurementpulse.com/unsub?u=b15""",
)

add(
    "other",
    frm="Chaîne de valeur – le balado <balado@chainedevaleur.ca>",
    subj="Nouvel épisode : entrevue avec la VP approvisionnement de Groupe Pétrel",
    date=("2026-04-22 07:30", "-04:00"),
    lang="fr",
    diff="hard",
    notes="podcast 'entrevue' with an executive; employer name appears",
    hdr={"List-Unsubscribe": "<mailto:desabonner@chainedevaleur.ca>"},
    body="""Épisode 52 – Dans cette entrevue, Hélène Vachon, VP approvisionnement de Groupe Pétrel, nous parle de la relocalisation des fournisseurs et de la pénurie de médicaments.

Écoutez-le sur votre plateforme préférée : https://chainedevaleur.ca/52

Bonne écoute!""",
)

add(
    "other",
    frm="LinkedIn <messages-noreply@linkedin.com>",
    subj="Camille, you appeared in 14 searches this week",
    date=("2026-05-18 10:02", "-04:00"),
    hdr={"List-Unsubscribe": LU},
    body="""You appeared in 14 searches this week

Top companies your searchers work at: Quarry Lane, Solvena Pharma, Brightwell Staffing

Recruiters from Meridian Aerostructures viewed your profile.

See all searches: https://www.linkedin.com/me/search-appearances""",
)

add(
    "other",
    frm="Deepak Varma <deepak.v@apexcorestaffing.com>",
    subj="Urgent Requirement: Buyer (6 month contract) – Brampton, ON – quick call?",
    date=("2026-06-30 11:47", "-04:00"),
    contact="Deepak",
    role="Buyer",
    diff="hard",
    notes="recruiter mass mailing; asks for quick call/interview availability",
    body="""Hi,

Hope you are doing well. I have an urgent requirement with one of my direct clients. Please let me know if you are comfortable and share your updated resume.

Role: Buyer (SAP MM)
Location: Brampton, ON (Onsite)
Duration: 6 months contract
Rate: $35/hr

Interviews happening this week, client will hire immediately after the first round. Please share your availability for a quick call.

Thanks & Regards,
Deepak Varma
Apexcore Staffing Solutions

To unsubscribe from this list, reply REMOVE.""",
)

add(
    "other",
    frm="Sophie Girard <sophie.girard88@gmail.com>",
    subj="my interview!!!",
    date=("2025-10-23 21:15", "-04:00"),
    contact="Sophie",
    diff="hard",
    notes="friend's personal mail about her own interview and a rejection",
    body="""Hey you!

Had to tell you: I did my second interview at Solvena today, it was intense, three people and a case study. The other job at Pharmavance turned me down last week, so fingers crossed for this one.

Dinner Friday? I need wine and your negotiation tips haha.

xx
Sophie""",
)

add(
    "other",
    frm="Tom Albright <tom.albright@gmail.com>",
    subj="Fwd: Posting – Senior Buyer, Cascadia Paper",
    date=("2026-01-28 19:40", "-08:00"),
    contact="Tom",
    diff="hard",
    notes="friend forwards a posting; mentions interview with his own manager",
    body="""Cam, saw this and immediately thought of you. My manager knows their VP and says they're interviewing in February. Want me to pass along your CV?

Tom

---------- Forwarded message ---------
From: Cascadia Paper Careers <careers@cascadiapaper.com>
Subject: Posting – Senior Buyer, Cascadia Paper

Cascadia Paper is hiring a Senior Buyer (pulp chemicals and MRO) based in Vancouver, BC. Apply by February 20.""",
)

add(
    "other",
    frm="Desjardins <alertes@desjardins.com>",
    subj="Alerte : transaction refusée sur votre carte Visa",
    date=("2026-03-29 20:51", "-04:00"),
    lang="fr",
    diff="hard",
    notes="card declined; 'refusée'",
    body="""Une transaction de 212,40 $ chez SAQ Marché Atwater a été refusée sur votre carte Visa Desjardins se terminant par 4417.

S'il s'agit bien de vous, aucune action n'est requise. Sinon, communiquez avec nous au 1 800 224-7737.

Desjardins""",
)

add(
    "other",
    frm="Comité scientifique – Colloque de l'approvisionnement <colloque@aqa-quebec.ca>",
    subj="Décision du comité – proposition de conférence #118",
    date=("2026-02-17 09:00", "-05:00"),
    lang="fr",
    diff="hard",
    notes="conference talk proposal not accepted (not a job)",
    body="""Madame Dubois,

Le comité scientifique du Colloque québécois de l'approvisionnement 2026 a évalué votre proposition « Approvisionnement local et résilience : retour d'expérience ».

Nous avons le regret de vous informer que votre proposition n'a pas été retenue. Le comité a reçu 146 propositions pour 30 places.

Nous espérons vous compter parmi les participants.

Le comité scientifique""",
)

add(
    "other",
    frm="Association québécoise des acheteurs <evenements@aqa-quebec.ca>",
    subj="Webinaire : réussir son entrevue en approvisionnement",
    date=("2025-09-10 12:00", "-04:00"),
    lang="fr",
    diff="hard",
    notes="webinar about interviews",
    hdr={"List-Unsubscribe": "<https://aqa-quebec.ca/desabonnement>", "Precedence": "bulk"},
    body="""Jeudi 25 septembre, 12 h – Webinaire gratuit pour les membres

Réussir son entrevue en approvisionnement : questions comportementales, études de cas et négociation salariale. Avec la participation de recruteurs de Talentis Conseil et Cabinet Lemaire Recrutement.

Inscription : https://aqa-quebec.ca/webinaires""",
)

add(
    "other",
    frm="École de gestion du Mont-Royal – Admission <admission@egmr.ca>",
    subj="Offre d'admission – Certificat en gestion de la chaîne d'approvisionnement",
    date=("2025-05-28 15:00", "-04:00"),
    lang="fr",
    diff="hard",
    notes="school admission 'offre'",
    pdf="Offre_admission.pdf",
    body="""Madame,

Nous avons le plaisir de vous offrir une admission au Certificat en gestion de la chaîne d'approvisionnement (temps partiel), trimestre d'automne 2025.

Pour accepter cette offre, veuillez confirmer en ligne d'ici le 15 juin. Votre lettre officielle est jointe.

Bureau du registraire""",
)

add(
    "other",
    frm="Staples <orders@staples.ca>",
    subj="Your Print & Marketing order is ready for pickup",
    date=("2025-02-03 14:22", "-05:00"),
    body="""Hi Camille,

Your order #P-558120 (Resume printing – 20 copies, 32 lb paper) is ready for pickup at Staples Ste-Catherine.

Total: $14.95

Thank you for shopping with us!""",
)

add(
    "other",
    frm="Supply Chain Montréal (Meetup) <info@meetup.com>",
    subj="Event cancelled: Networking night – Procurement & Logistics",
    date=("2026-06-09 13:40", "-04:00"),
    diff="hard",
    notes="meetup cancelled; 'unfortunately', 'not able to move forward'",
    hdr={"List-Unsubscribe": "<https://www.meetup.com/unsub?b15>"},
    body="""Unfortunately, the organizers of Supply Chain Montréal have cancelled "Networking night – Procurement & Logistics" scheduled for Thursday, June 11.

Message from the organizers: "Our venue fell through and we're not able to move forward with the event this month. Sorry, everyone!"

Meetup""",
)

add(
    "other",
    frm="Glassdoor <noreply@glassdoor.com>",
    subj="Interview questions at Pharmavance – see what candidates were asked",
    date=("2025-05-02 09:15", "-04:00"),
    diff="hard",
    notes="Glassdoor marketing about interviews at an employer she applied to",
    hdr={"List-Unsubscribe": "<https://www.glassdoor.ca/unsubscribe?b15>", "Precedence": "bulk"},
    body="""Preparing for an interview at Pharmavance?

See 23 interview reviews from Procurement Analyst candidates, including: "Tell me about a time you managed a supplier failure."

Interview difficulty: 3.1 / 5. Offer rate: 41%.

Read more on Glassdoor""",
)

add(
    "other",
    frm="StepStone Jobagent <jobagent@stepstone.ch>",
    subj="Neue Jobs für Einkäuferin in Basel",
    date=("2025-08-19 06:10", "+02:00"),
    lang="de",
    hdr={"List-Unsubscribe": "<https://www.stepstone.ch/abmelden?b15>"},
    body="""Guten Tag Frau Dubois

Ihr Jobagent hat 5 neue Stellen gefunden:

Einkäuferin / Einkäufer Rohstoffe (80–100 %) – Kessler Pharma AG – Basel
Strategische Einkäuferin – Alpenfrisch AG – Zürich
Projekteinkäufer (m/w/d) – Basel-Landschaft

Alle Stellen ansehen: https://www.stepstone.ch/jobagent

Ihr StepStone-Team""",
)

add(
    "other",
    frm="Harlow Medical Devices <survey@harlowmed.qualtrics.com>",
    subj="How was your interview experience with Harlow?",
    date=("2025-03-10 10:00", "-04:00"),
    diff="hard",
    notes="candidate-experience survey after a decision; no decision stated",
    body="""Hi Camille,

You recently went through our hiring process. Whatever the outcome, we'd value 3 minutes of your feedback about your interview and application experience.

Take the survey: https://harlowmed.qualtrics.com/jfe/form/SV_b15

Thank you,
Harlow Talent Team""",
)

add(
    "other",
    frm="Kevin Tran <kevin@plateaurentals.ca>",
    subj="Re: Application – 3870 av. de l'Hôtel-de-Ville",
    date=("2025-05-30 17:05", "-04:00"),
    contact="Kevin",
    diff="hard",
    reply=True,
    notes="apartment application declined; 'decided to move forward with another applicant'",
    body="""Hi Camille,

Thanks for viewing the unit and sending your application. We've decided to move forward with another applicant who can take possession on June 1. Best of luck with your search!

Kevin
Plateau Rentals""",
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    specs = list(SPECS)
    random.Random(15).shuffle(specs)
    rows = []
    for i, spec in enumerate(specs, 1):
        name = f"{i:03d}.eml"
        msg = build(spec)
        (OUT / name).write_bytes(msg.as_bytes())
        iv = when(*spec["iv"]).isoformat() if spec["iv"] and spec["label"] == "interview" else ""
        rows.append(
            {
                "file": name,
                "label": spec["label"],
                "company": spec["company"],
                "contact_first_name": spec["contact"],
                "role": spec["role"],
                "return_date": spec["ret"],
                "lang": spec["lang"],
                "difficulty": spec["diff"],
                "notes": spec["notes"],
                "interview_at": iv,
            }
        )
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
