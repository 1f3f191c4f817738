"""Generate the blind29 evaluation corpus (stdlib only).

Writes tests/corpus/blind29/NNN.eml and tests/corpus/blind29/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind29"
ME = "Élodie Marchand-Singh <elodie.ms@videotron.ca>"
ME_ADDR = "elodie.ms@videotron.ca"
FIELDS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def D(stamp: str, off: str) -> str:
    """'2026-03-10 09:14' + '-0400' -> RFC 5322 date string."""
    dt = datetime.strptime(stamp + " " + off, "%Y-%m-%d %H:%M %z")
    return format_datetime(dt)


def mid(domain: str) -> str:
    h = hashlib.sha1(f"{len(MSGS)}-{domain}".encode()).hexdigest()
    return f"<{h[:20]}.{h[20:28]}@{domain}>"


def build(
    frm: str,
    subject: str,
    date: str,
    text: str | None = None,
    html: str | None = None,
    *,
    to: str = ME,
    cte: str | None = None,
    hdrs: dict[str, str] | None = None,
    irt: str | None = None,
    pdf: str | None = None,
    ics: str | None = None,
    msgid_domain: str | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    dom = msgid_domain or frm.rsplit("@", 1)[1].rstrip(">")
    m["Message-ID"] = mid(dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (hdrs or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        if cte:
            m.set_content(text, cte=cte)
        else:
            m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        assert html is not None
        if cte:
            m.set_content(html, subtype="html", cte=cte)
        else:
            m.set_content(html, subtype="html")
    if ics:
        m.add_attachment(ics, subtype="calendar", filename="invite.ics",
                         params={"method": "REQUEST"})
    if pdf:
        m.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    return m


def add(label: str, m: EmailMessage, company: str = "", contact: str = "", role: str = "",
        ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "", iat: str = "") -> None:
    n = len(MSGS) + 1
    MSGS.append(m)
    ROWS.append({
        "file": f"{n:03d}.eml", "label": label, "company": company,
        "contact_first_name": contact, "role": role, "return_date": ret, "lang": lang,
        "difficulty": diff, "notes": notes, "interview_at": iat,
    })


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str, tzid: str = "America/Toronto") -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Example//Calendar 1.0//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
GEN = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


def messages() -> None:  # noqa: PLR0915
    # 1
    add("application_received", build(
        "Maison Boréale Careers <maisonboreale@myworkday.com>",
        "We received your application - Brand Manager, Skincare (R-10482)",
        D("2025-02-03 14:22", "+0000"),
        "Hello Élodie,\n\nThank you for applying to the Brand Manager, Skincare position (R-10482) at "
        "Maison Boréale. Your application is now with our Talent Acquisition team.\n\n"
        "You can follow the status of your candidacy at any time by signing in to your candidate home "
        "on our careers site. Because we receive a high volume of applications, only candidates whose "
        "profile matches the requirements will be contacted.\n\nMerci / Thank you,\n"
        "Talent Acquisition\nMaison Boréale inc.\n\nThis is a system-generated message. Please do not reply.\n",
        hdrs=GEN), "Maison Boréale", "", "Brand Manager, Skincare", notes="Workday acknowledgement")
    # 2
    add("rejection", build(
        "Maison Boréale Careers <maisonboreale@myworkday.com>",
        "Update on your candidacy - R-10482",
        D("2025-03-11 19:05", "+0000"),
        "Hello Élodie,\n\nThank you for the time you invested in your application for Brand Manager, "
        "Skincare (R-10482).\n\nAfter a careful review, we have decided to move ahead with applicants whose "
        "background lines up more directly with the needs of this role. Your profile will remain in our "
        "talent community and you are welcome to apply to future openings.\n\n"
        "We wish you every success.\n\nTalent Acquisition\nMaison Boréale inc.\n",
        hdrs=GEN), "Maison Boréale", "", "Brand Manager, Skincare", notes="ATS rejection without 'unfortunately'")
    # 3
    add("interview", build(
        "Geneviève Lapointe <glapointe@fondationhsc.org>",
        "Entrevue – Directrice des communications et du marketing",
        D("2025-02-17 16:41", "-0500"),
        "Bonjour Élodie,\n\nMerci pour votre candidature au poste de directrice des communications et du "
        "marketing. Nous aimerions vous rencontrer en entrevue le jeudi 20 février à 10 h, à nos bureaux "
        "(4200, rue Sherbrooke Est, 3e étage). Prévoyez environ une heure; vous rencontrerez aussi notre "
        "directeur général, Paul-André Gagnon.\n\nPourriez-vous me confirmer votre présence?\n\n"
        "Au plaisir,\n\nGeneviève Lapointe\nConseillère principale, ressources humaines\n"
        "Fondation de l'Hôpital Sainte-Clotilde (FHSC)\n514 555-0148\n"),
        "Fondation de l'Hôpital Sainte-Clotilde", "Geneviève", "Directrice des communications et du marketing",
        lang="fr", notes="French; relative weekday date", iat="2025-02-20T10:00:00-05:00")
    # 4
    add("rejection", build(
        "Geneviève Lapointe <glapointe@fondationhsc.org>",
        "RE: Entrevue – Directrice des communications et du marketing",
        D("2025-03-14 11:02", "-0400"),
        "Bonjour Élodie,\n\nJe tiens d'abord à vous remercier pour votre disponibilité et pour la qualité de "
        "nos échanges lors des deux rencontres. Le comité a été impressionné par votre vision des campagnes "
        "de dons majeurs.\n\nAu terme du processus, nous avons toutefois retenu une candidature dont le "
        "parcours en philanthropie hospitalière correspond davantage à nos besoins immédiats. La décision "
        "a été difficile.\n\nJe vous souhaite la meilleure des chances dans vos démarches.\n\n"
        "Geneviève\n\n"
        "-----Message d'origine-----\nDe : Geneviève Lapointe\nEnvoyé : 17 février 2025 16:41\n"
        "Objet : Entrevue – Directrice des communications et du marketing\n\n"
        "Nous aimerions vous rencontrer en entrevue le jeudi 20 février à 10 h, à nos bureaux...\n",
        irt="<a1b2c3d4e5f6a7b8c9d0.11223344@fondationhsc.org>"),
        "Fondation de l'Hôpital Sainte-Clotilde", "Geneviève", "Directrice des communications et du marketing",
        lang="fr", diff="hard", notes="after final round; quoted interview invite; praise first")
    # 5
    add("other", build(
        "Alertes Emploi Carrefour <alertes@carrefouremploi.ca>",
        "8 nouveaux emplois : Gestionnaire marketing – Montréal",
        D("2025-02-05 07:00", "-0500"),
        "Bonjour Élodie,\n\nVoici les nouvelles offres qui correspondent à votre alerte « Gestionnaire "
        "marketing – Montréal (25 km) » :\n\n"
        "• Gestionnaire marketing numérique – Groupe Aubelle – Laval\n"
        "• Chef de marque – Confiserie Vallier – Saint-Hyacinthe\n"
        "• Directeur(trice) communications – OBNL – Montréal\n"
        "• Gestionnaire, marketing de contenu – Télécom – Montréal (hybride)\n"
        "... et 4 autres offres.\n\nPostulez rapidement : les premiers candidats ont plus de chances "
        "d'obtenir une entrevue!\n\nGérer mes alertes : https://carrefouremploi.ca/alertes\n",
        hdrs=unsub("https://carrefouremploi.ca/desabonnement?u=88213")),
        lang="fr", notes="job alert digest")
    # 6
    add("auto_reply", build(
        "Priya Raman <priya.raman@northbrookprovisions.com>",
        "Automatic reply: Senior Marketing Manager - references",
        D("2025-03-06 08:12", "-0500"),
        "Thanks for your note. I'm out of the office at a trade show and back on 3/14 with limited access "
        "to email until then. For anything urgent regarding marketing, please reach Colin Tesfaye at "
        "colin.tesfaye@northbrookprovisions.com.\n\nPriya\n",
        hdrs=AUTO), "Northbrook Provisions", "Priya", "Senior Marketing Manager", ret="2025-03-14",
        notes="return date in m/d form")
    # 7
    add("interview", build(
        "Marcus Bell <no-reply@us.greenhouse-mail.io>",
        "Northbrook Provisions: let's find a time to talk",
        D("2025-02-24 15:30", "-0500"),
        "Hi Élodie,\n\nThanks for applying for the Senior Marketing Manager role at Northbrook Provisions! "
        "Our VP Marketing, Priya Raman, would like to set up a 45-minute video interview with you.\n\n"
        "Please pick a time that suits you using the link below (all times shown in your local time zone):\n"
        "https://app.greenhouse.io/scheduling/candidate/4f7c9e2d\n\n"
        "If none of the slots work, just reply to this email and I'll find an alternative.\n\n"
        "Cheers,\nMarcus Bell\nRecruiting Coordinator, Northbrook Provisions Ltd.\n",
        hdrs={"Reply-To": "marcus.bell@northbrookprovisions.com"}),
        "Northbrook Provisions", "Marcus", "Senior Marketing Manager", notes="Greenhouse self-scheduling link")
    # 8
    add("offer", build(
        "Priya Raman <priya.raman@northbrookprovisions.com>",
        "Your offer from Northbrook Provisions",
        D("2025-04-22 17:48", "-0400"),
        "Hi Élodie,\n\nIt was a pleasure speaking with you this afternoon. As promised, please find attached "
        "your formal offer letter for the Senior Marketing Manager position, including the compensation, "
        "bonus and benefits details we discussed.\n\nWe'd love to have your answer by Monday, April 28. "
        "Please don't hesitate to call me if anything needs clarifying.\n\nWarmly,\nPriya Raman\n"
        "VP Marketing | Northbrook Provisions\nToronto, ON\n",
        pdf="Offer_Letter_E_Marchand-Singh.pdf"),
        "Northbrook Provisions", "Priya", "Senior Marketing Manager", notes="offer letter attached as PDF")
    # 9
    add("other", build(
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Priya Raman and 3 others viewed your profile",
        D("2025-03-02 12:10", "+0000"),
        None,
        "<html><body><p>Hi Élodie,</p><p>Your profile was viewed by people at <b>Northbrook Provisions</b>, "
        "Maison Boréale and 2 other companies this week.</p><p>See who's looking and get discovered by "
        "recruiters with Premium.</p><p><a href='https://www.linkedin.com/me/profile-views'>See all views</a>"
        "</p><p style='font-size:11px'>You are receiving notification emails. Unsubscribe.</p></body></html>",
        hdrs=unsub("https://www.linkedin.com/e/unsub?m=1")),
        notes="social network notification naming employers")
    # 10
    add("on_hold", build(
        "Mathieu Cloutier <mcloutier@agrinord.com>",
        "Poste de gestionnaire de marque – mise à jour",
        D("2025-04-09 13:27", "-0400"),
        "Bonjour Élodie,\n\nJe voulais vous informer personnellement que nous suspendons le recrutement pour "
        "le poste de gestionnaire de marque à la Laiterie Saint-Arsène. La direction du groupe a annoncé "
        "une réorganisation de nos équipes marketing et les postes ouverts sont gelés d'ici la fin de "
        "l'exercice.\n\nCela n'a rien à voir avec votre candidature, que nous avions beaucoup appréciée. "
        "Si le poste est rouvert, je communiquerai avec vous en priorité.\n\nCordialement,\n\n"
        "Mathieu Cloutier\nDirecteur marketing, Laiterie Saint-Arsène\nUne division de Groupe Agrinord inc.\n"),
        "Laiterie Saint-Arsène", "Mathieu", "Gestionnaire de marque", lang="fr", diff="hard",
        notes="parent-company domain; reorg freeze")
    # 11
    add("application_received", build(
        "Laiterie Saint-Arsène <noreply@smartrecruiters.com>",
        "Merci d'avoir postulé chez Laiterie Saint-Arsène",
        D("2025-03-18 10:03", "+0000"),
        "Bonjour Élodie,\n\nNous avons bien reçu votre candidature pour le poste de Gestionnaire de marque, "
        "produits laitiers. Notre équipe l'examinera attentivement au cours des prochaines semaines.\n\n"
        "Si votre profil correspond à nos besoins, un membre de l'équipe communiquera avec vous.\n\n"
        "Merci de l'intérêt que vous portez à notre entreprise!\n\nL'équipe Talents\n"
        "Laiterie Saint-Arsène ltée — membre de Groupe Agrinord\n",
        hdrs=GEN), "Laiterie Saint-Arsène", "", "Gestionnaire de marque, produits laitiers", lang="fr",
        notes="SmartRecruiters acknowledgement")
    # 12
    add("interview", build(
        "Harriet Okonjo <hokonjo@urivemont.ca>",
        "Panel interview invitation – Communications Manager, Faculty of Engineering",
        D("2025-06-02 09:15", "-0400"),
        None,
        "<html><body><p>Dear Ms. Marchand-Singh,</p><p>On behalf of the selection committee, I am pleased to "
        "invite you to a panel interview for the position of <b>Communications Manager, Faculty of "
        "Engineering</b> (posting #A-25-117).</p><p><b>Date:</b> Tuesday, June 10, 2025<br><b>Time:</b> "
        "1:30 p.m. to 2:30 p.m. (Eastern)<br><b>Location:</b> Pavillon Desjardins, room D-412</p><p>The panel "
        "will include the Associate Dean, the Director of University Communications and a staff "
        "representative. You will be asked to present a 10-minute communications plan for a new "
        "research institute; details are attached to your candidate portal.</p><p>Kind regards,</p>"
        "<p>Harriet Okonjo<br>HR Advisor, Staffing<br>Université Rivemont</p></body></html>",
        cte="base64"),
        "Université Rivemont", "Harriet", "Communications Manager, Faculty of Engineering",
        notes="HTML only, base64; panel with presentation", iat="2025-06-10T13:30:00-04:00")
    # 13
    add("rejection", build(
        "Université Rivemont Careers <careers@urivemont.taleo.net>",
        "Posting #A-25-117 – Communications Manager, Faculty of Engineering",
        D("2025-07-03 20:44", "+0000"),
        "Dear Élodie Marchand-Singh,\n\nThank you for your interest in the position of Communications "
        "Manager, Faculty of Engineering, and for meeting with our selection committee.\n\n"
        "The committee has completed its deliberations and the position has now been filled. We regret "
        "that we are unable to offer you the role on this occasion.\n\n"
        "We encourage you to consult our career site regularly for future opportunities.\n\n"
        "Human Resources – Staffing\nUniversité Rivemont\n\n"
        "Please do not reply to this automated message.\n",
        cte="quoted-printable", hdrs=GEN),
        "Université Rivemont", "", "Communications Manager, Faculty of Engineering",
        notes="Taleo; position filled after panel")
    # 14
    add("other", build(
        "Balado Marque & Cie <bonjour@marqueetcie.fm>",
        "Nouvel épisode : entrevue avec la VP marketing de Brasserie des Vallons",
        D("2025-05-15 06:30", "-0400"),
        None,
        "<html><body><h2>Marque &amp; Cie – épisode 84</h2><p>Cette semaine, notre entrevue avec "
        "Sandrine Potvin, VP marketing chez Brasserie des Vallons : comment relancer une bière "
        "patrimoniale, pourquoi elle a refusé trois agences, et le jour où une campagne a été rejetée "
        "par le conseil.</p><p><a href='https://marqueetcie.fm/84'>Écouter l'épisode</a></p>"
        "<p>Vous recevez ce courriel parce que vous êtes abonnée. Se désabonner.</p></body></html>",
        hdrs=unsub("https://marqueetcie.fm/desabonner")),
        lang="fr", diff="hard", notes="podcast 'entrevue'; mentions rejection; HTML only")
    # 15
    add("interview", build(
        "Maxime Beaulieu <maxime@festivallumieres.ca>",
        "Ta candidature - communications et partenariats",
        D("2025-05-06 17:55", "-0400"),
        "Salut Élodie!\n\nJ'ai lu ta candidature pour le poste de responsable des communications et "
        "partenariats et j'ai vraiment aimé ton portfolio (la campagne pour le Marché Jean-Talon, wow).\n\n"
        "Est-ce qu'on pourrait se parler demain à 15 h? Un petit appel de 20 minutes au téléphone pour "
        "faire connaissance et te présenter le festival. Je peux t'appeler au numéro sur ton CV.\n\n"
        "Max\n--\nMaxime Beaulieu | Directeur général\nFestival Lumières du Fleuve\n"),
        "Festival Lumières du Fleuve", "Maxime", "Responsable des communications et partenariats",
        lang="fr", diff="hard", notes="informal call, no word 'entrevue'; 'demain'; signs as Max",
        iat="2025-05-07T15:00:00-04:00")
    # 16
    add("on_hold", build(
        "Maxime Beaulieu <maxime@festivallumieres.ca>",
        "Re: Ta candidature - communications et partenariats",
        D("2025-06-12 10:20", "-0400"),
        "Salut Élodie,\n\nMauvaise nouvelle de notre côté : la subvention que nous attendions pour "
        "l'édition 2026 n'a pas été renouvelée, et le conseil d'administration nous demande de mettre "
        "l'embauche en pause jusqu'à ce que le financement soit confirmé. Le poste est donc suspendu "
        "pour l'instant.\n\nJe suis vraiment désolé, d'autant plus que tu étais ma candidate préférée. "
        "Je te tiens au courant dès qu'on a du nouveau.\n\nMax\n\n"
        "Le mar. 6 mai 2025, à 17 h 55, Maxime Beaulieu <maxime@festivallumieres.ca> a écrit :\n"
        "> Est-ce qu'on pourrait se parler demain à 15 h?\n",
        irt="<c0ffee11223344556677.aabbccdd@festivallumieres.ca>"),
        "Festival Lumières du Fleuve", "Maxime", "Responsable des communications et partenariats",
        lang="fr", notes="funding not renewed; praises candidate")
    # 17
    add("auto_reply", build(
        "Catherine Fortin <cfortin@festivallumieres.ca>",
        "Réponse automatique : Dossier de partenariat",
        D("2025-07-14 09:01", "-0400"),
        "Bonjour,\n\nJe suis en vacances jusqu'au 25 juillet et je serai de retour au bureau le lundi "
        "28 juillet. Pendant mon absence, veuillez écrire à info@festivallumieres.ca.\n\n"
        "Merci et bon été!\nCatherine Fortin\nCoordonnatrice, commandites\n",
        hdrs={"Auto-Submitted": "auto-replied"}),
        "Festival Lumières du Fleuve", "Catherine", "", ret="2025-07-28", lang="fr",
        notes="French out-of-office")
    # 18
    add("rejection", build(
        "Theo Castellano <theo@hollispike.com>",
        "Account Director",
        D("2025-05-21 18:33", "-0400"),
        "Élodie -\n\nWanted to close the loop personally. The team went a different direction for the "
        "Account Director seat; we landed on someone who has run the Brightmoor business at another shop. "
        "You made it a genuinely tough call.\n\nLet's stay in touch.\n\nTheo\n"),
        "Hollis & Pike", "Theo", "Account Director", diff="hard", notes="curt; 'different direction'; no sig company")
    # 19
    add("interview", build(
        "Sofia Marin <notifications@ashbyhq.com>",
        "Interview confirmed: Hollis & Pike - Account Director, Consumer Brands",
        D("2025-04-11 14:02", "+0000"),
        "Hi Élodie,\n\nYour interview with Hollis & Pike is confirmed.\n\n"
        "Account Director, Consumer Brands\nWednesday, April 16, 2025\n11:00 AM - 12:00 PM EDT\n"
        "Video call: https://meet.google.com/vxa-qpmn-tur\n\nInterviewers: Theo Castellano (Managing "
        "Partner), June Adeyemi (Group Strategy Director)\n\nNeed to reschedule? Reply to this email.\n\n"
        "Sofia Marin\nTalent, Hollis & Pike LLC\n",
        hdrs={"Reply-To": "sofia@hollispike.com"},
        ics=ics_event("hp-4471", "20250416T110000", "20250416T120000",
                      "Interview: Hollis & Pike", "sofia@hollispike.com", "America/New_York")),
        "Hollis & Pike", "Sofia", "Account Director, Consumer Brands", notes="Ashby confirmation with ics",
        iat="2025-04-16T11:00:00-04:00")
    # 20
    add("application_received", build(
        "Brightmoor Apparel <no-reply@hire.lever.co>",
        "Thanks for applying to Brightmoor Apparel",
        D("2025-01-14 16:40", "+0000"),
        "Hi Élodie,\n\nThanks for your interest in the Marketing Manager, Retail Activation role. We've got "
        "your application and our team is reviewing it now. If there's a match, someone will be in touch "
        "within two weeks to talk next steps.\n\nThe Brightmoor Apparel Team\n\n"
        "Brightmoor Apparel, Inc. · 215 W 38th St · New York, NY\n"),
        "Brightmoor Apparel", "", "Marketing Manager, Retail Activation", notes="Lever acknowledgement")
    # 21
    add("rejection", build(
        "Brightmoor Apparel <no-reply@hire.lever.co>",
        "Your application to Brightmoor Apparel",
        D("2025-02-06 21:12", "+0000"),
        "Hi Élodie,\n\nThank you again for applying to be our Marketing Manager, Retail Activation. "
        "We read every application closely, and we won't be progressing yours to the next stage.\n\n"
        "This is never an easy note to send. We hope you'll keep Brightmoor in mind as we grow.\n\n"
        "All the best,\nThe Brightmoor Apparel Team\n"),
        "Brightmoor Apparel", "", "Marketing Manager, Retail Activation", notes="'won't be progressing'")
    # 22
    add("other", build(
        "Julie Tremblay <julie.tremblay88@hotmail.com>",
        "Fwd: Gestionnaire, communications de marque – BSH",
        D("2025-08-19 21:47", "-0400"),
        "Coucou Élo!\n\nJ'ai vu passer ça et j'ai tout de suite pensé à toi. Moi j'ai mon entrevue finale "
        "chez Cascadelle jeudi, croise les doigts pour moi 🤞 On se fait un souper après?\n\nJu xx\n\n"
        "---------- Message transféré ---------\nDe : Alertes BSH Carrières <carrieres@bsh-group.com>\n"
        "Date : 19 août 2025 à 08:00\nObjet : Gestionnaire, communications de marque\n\n"
        "Banque Sainte-Hélène recherche un(e) gestionnaire, communications de marque pour son siège "
        "social à Montréal. Postulez avant le 5 septembre.\n"),
        contact="Julie", lang="fr", diff="hard", notes="friend forwards a posting and mentions her own interview")
    # 23
    add("interview", build(
        "BSH Talent Acquisition <bshgroup@talent.icims.com>",
        "Phone screen confirmed - Manager, Brand Communications (2025-8841)",
        D("2025-08-28 13:36", "-0400"),
        "Hello Élodie,\n\nThis message confirms your phone screen for the Manager, Brand Communications "
        "position (req. 2025-8841).\n\nWhen: Thursday, September 4, 2025, 9:30 AM ET\nDuration: 30 minutes\n"
        "Who: Nadège Pierre-Louis, Senior Talent Partner\nNadège will call you at the number on your "
        "application.\n\nIf you need to change the time, please use the link in your candidate dashboard.\n\n"
        "Talent Acquisition\nBanque Sainte-Hélène\n",
        hdrs=GEN), "Banque Sainte-Hélène", "Nadège", "Manager, Brand Communications", diff="hard",
        notes="acronym display name; iCIMS domain", iat="2025-09-04T09:30:00-04:00")
    # 24
    add("rejection", build(
        "BSH Talent Acquisition <bshgroup@talent.icims.com>",
        "Manager, Brand Communications (2025-8841) – application status",
        D("2025-10-01 22:10", "+0000"),
        "Hello Élodie,\n\nThank you for speaking with our team about the Manager, Brand Communications "
        "position. We enjoyed learning about your experience.\n\nAfter reviewing all candidates who "
        "interviewed, we have concluded that your profile is not the right match at this time, and we "
        "will not be moving your candidacy forward.\n\nWe appreciate your interest in Banque Sainte-Hélène "
        "and encourage you to create job alerts on our careers site.\n\nTalent Acquisition\n"
        "Banque Sainte-Hélène\n\nThis mailbox is not monitored.\n",
        hdrs=GEN), "Banque Sainte-Hélène", "", "Manager, Brand Communications", diff="hard",
        notes="post-interview rejection; footer says mailbox not monitored")
    # 25
    add("auto_reply", build(
        "Nadège Pierre-Louis <nadege.pierre-louis@bsh-group.com>",
        "Réponse automatique / Automatic reply: Thank you - phone screen",
        D("2025-09-05 10:14", "-0400"),
        "Je ne fais plus partie de Banque Sainte-Hélène. Pour toute question liée au recrutement, "
        "veuillez écrire à talent@bsh-group.com.\n\nI am no longer with Banque Sainte-Hélène. For "
        "recruitment matters, please contact talent@bsh-group.com.\n",
        hdrs={"X-Autoreply": "yes"}),
        "Banque Sainte-Hélène", "Nadège", "", lang="fr", diff="hard",
        notes="bilingual 'no longer with' auto-reply; only X-Autoreply")
    # 26
    add("interview", build(
        "Ingrid Solberg <ingrid@parkdalequay.com>",
        "Next step: brief + presentation",
        D("2025-09-15 11:50", "-0400"),
        "Hi Élodie,\n\nThanks so much for the conversation last week - the team really enjoyed it.\n\n"
        "For the next step, we'd like you to take on a short brief (attached in the portal): a launch plan "
        "for a fictional Canadian snack brand entering the US. Spend no more than 4 hours on it. You'll "
        "then present it to me, our ECD and our head of strategy for about 45 minutes, followed by Q&A.\n\n"
        "Could you send me three windows that work the week of September 29? We're in Toronto but happy "
        "to do it over Zoom.\n\nBest,\nIngrid Solberg\nDirector of Talent | Parkdale & Quay\n"),
        "Parkdale & Quay", "Ingrid", "", notes="take-home plus presentation, no fixed time")
    # 27
    add("rejection", build(
        "Ingrid Solberg <ingrid@parkdalequay.com>",
        "Re: Next step: brief + presentation",
        D("2025-10-08 16:05", "-0400"),
        "Hi Élodie,\n\nI wanted to get back to you after the presentation. Honestly, the launch plan was one "
        "of the strongest we saw, but this one didn't work out - the partners decided to hire someone "
        "with deeper US retail media experience.\n\nIf you're open to it, I'd like to introduce you to a "
        "friend at Cardinal Studio who is hiring a communications lead. Just say the word.\n\nIngrid\n\n"
        "On Mon, Sep 15, 2025 at 11:50 AM Ingrid Solberg <ingrid@parkdalequay.com> wrote:\n"
        "> For the next step, we'd like you to take on a short brief...\n"
        "> You'll then present it to me, our ECD and our head of strategy for about 45 minutes\n",
        irt="<d00d1234abcd5678ef90.12345678@parkdalequay.com>"),
        "Parkdale & Quay", "Ingrid", "", diff="hard",
        notes="'didn't work out' plus referral offer; quoted interview step")
    # 28
    add("application_received", build(
        "Tallgrass Beverage Co. <notifications@app.bamboohr.com>",
        "Thanks for applying to Tallgrass Beverage Co.!",
        D("2025-06-23 15:19", "+0000"),
        None,
        "<html><body><p>Hi Élodie,</p><p>Thanks for your interest in the <strong>Marketing Manager</strong> "
        "position at Tallgrass Beverage Co. We've received your application and we're excited to review "
        "it.</p><p>Cheers!<br>Tallgrass Beverage Co. Hiring Team</p><p style='color:#888'>Powered by "
        "BambooHR</p></body></html>",
        cte="quoted-printable"),
        "Tallgrass Beverage Co.", "", "Marketing Manager", notes="BambooHR acknowledgement, HTML only")
    # 29
    add("on_hold", build(
        "Keri Lindqvist <keri.lindqvist@tallgrassbev.com>",
        "Marketing Manager position",
        D("2025-07-29 12:41", "-0400"),
        "Hi Élodie,\n\nI'm writing to let you know that the Marketing Manager position is no longer open. "
        "Following our acquisition by Meadowline Brands last week, all open requisitions were closed "
        "while the two marketing teams are combined. We have not made a hire and this has nothing to do "
        "with your candidacy.\n\nI'm sorry to deliver this after your interview with Grant. If anything "
        "reopens under Meadowline, I'll make sure your name is on the list.\n\nRegards,\nKeri Lindqvist\n"
        "People & Culture\nTallgrass Beverage Co.\n"),
        "Tallgrass Beverage Co.", "Keri", "Marketing Manager", diff="hard",
        notes="requisitions closed after acquisition; reads like a rejection")
    # 30
    add("other", build(
        "Mosaïk Financière <alertes@mosaikfinance.ca>",
        "Transaction declined on your card ending in 4417",
        D("2025-06-30 23:58", "-0400"),
        "Hi Élodie,\n\nUnfortunately, a transaction of $212.45 at AIRCANADA.COM was declined on your "
        "Mosaïk Visa ending in 4417 because it exceeds your available credit.\n\nIf you recognize this "
        "transaction, you can make a payment in the app and try again. If you don't, call us right away "
        "at 1 888 555-0199.\n\nMosaïk Financière\n", hdrs=GEN),
        diff="hard", notes="'declined' and 'unfortunately' in a card alert")
    # 31
    add("interview", build(
        "Aurélie Vasseur <a.vasseur@maison-verlaine.fr>",
        "Entretien – Responsable marketing Amérique du Nord",
        D("2025-11-12 18:20", "+0100"),
        "Bonjour Élodie,\n\nSuite à notre premier échange téléphonique, j'ai le plaisir de vous proposer un "
        "entretien en visioconférence avec Mme Hélène Roussel, directrice internationale, le mardi 18 "
        "novembre à 15 h (heure de Paris), soit 9 h à Montréal.\n\nLe lien Teams vous sera envoyé la "
        "veille. Merci de me confirmer que ce créneau vous convient.\n\nBien cordialement,\n\n"
        "Aurélie Vasseur\nChargée de recrutement\nMaison Verlaine SAS – 12, rue de Sèvres, 75006 Paris\n"),
        "Maison Verlaine", "Aurélie", "Responsable marketing Amérique du Nord", lang="fr", diff="hard",
        notes="France; time stated in Paris time and Montréal time", iat="2025-11-18T15:00:00+01:00")
    # 32
    add("offer", build(
        "Aurélie Vasseur <a.vasseur@maison-verlaine.fr>",
        "Proposition d'embauche – Maison Verlaine",
        D("2025-12-10 10:45", "+0100"),
        "Bonjour Élodie,\n\nJ'ai le grand plaisir de vous adresser, au nom de Mme Roussel, notre proposition "
        "d'embauche pour le poste de Responsable marketing Amérique du Nord, basé à Montréal.\n\n"
        "Vous trouverez en pièce jointe la lettre détaillant la rémunération, la date d'entrée souhaitée "
        "(2 février 2026) et les avantages. Nous vous serions reconnaissants de nous faire part de votre "
        "décision d'ici le 17 décembre.\n\nToute l'équipe se réjouit à l'idée de travailler avec vous.\n\n"
        "Bien cordialement,\nAurélie Vasseur\nChargée de recrutement – Maison Verlaine\n",
        pdf="Proposition_embauche_Marchand-Singh.pdf"),
        "Maison Verlaine", "Aurélie", "Responsable marketing Amérique du Nord", lang="fr",
        notes="France; offer letter as PDF")
    # 33
    add("auto_reply", build(
        "Katharina Albrecht <k.albrecht@kieferwald.de>",
        "Abwesenheitsnotiz: Ihre Bewerbung als Marketing Manager Kanada",
        D("2025-12-22 08:03", "+0100"),
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. Januar 2026 nicht im "
        "Büro und ab Montag, dem 12. Januar, wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. "
        "In dringenden Fällen wenden Sie sich bitte an bewerbung@kieferwald.de.\n\n"
        "Mit freundlichen Grüßen\nKatharina Albrecht\nPeople & Culture\nKieferwald Naturkosmetik GmbH\n",
        hdrs=AUTO), "Kieferwald Naturkosmetik GmbH", "Katharina", "Marketing Manager Kanada",
        ret="2026-01-12", lang="de", notes="German Abwesenheitsnotiz")
    # 34
    add("rejection", build(
        "Kieferwald Naturkosmetik GmbH <noreply@mail.personio.de>",
        "Ihre Bewerbung bei Kieferwald Naturkosmetik GmbH",
        D("2026-01-27 14:31", "+0100"),
        "Liebe Frau Marchand-Singh,\n\nherzlichen Dank für Ihr Interesse an der Position Marketing Manager "
        "Kanada (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.\n\nNach sorgfältiger "
        "Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch genauer zu unseren "
        "Anforderungen passt. Wir bitten um Ihr Verständnis.\n\nWir wünschen Ihnen für Ihre berufliche "
        "Zukunft alles Gute.\n\nIhr People-&-Culture-Team\nKieferwald Naturkosmetik GmbH\n"),
        "Kieferwald Naturkosmetik GmbH", "", "Marketing Manager Kanada (m/w/d)", lang="de",
        notes="German; Personio")
    # 35
    add("interview", build(
        "Valeria Ortiz <vortiz@ondavivamedia.com>",
        "Entrevista - Gerente de Comunicaciones",
        D("2026-03-09 12:14", "-0400"),
        "Hola Élodie:\n\nGracias por tu interés en el puesto de Gerente de Comunicaciones en Onda Viva Media. "
        "Nos gustaría invitarte a una entrevista por video con nuestra directora de marketing el jueves "
        "12 de marzo a las 4:00 p. m., hora del Este.\n\nTe enviaré el enlace de Zoom por separado. "
        "¿Nos confirmas tu disponibilidad?\n\nSaludos cordiales,\nValeria Ortiz\nRecursos Humanos\n"
        "Onda Viva Media · Nueva York\n"),
        "Onda Viva Media", "Valeria", "Gerente de Comunicaciones", lang="es", notes="Spanish",
        iat="2026-03-12T16:00:00-04:00")
    # 36
    add("other", build(
        "Admisiones Instituto Meridiano <admisiones@imeridiano.edu.mx>",
        "¡Felicidades! Tu solicitud ha sido aceptada",
        D("2025-08-04 10:00", "-0600"),
        "Hola Élodie:\n\nNos complace informarte que tu solicitud de admisión al Diplomado en Marketing "
        "Digital (modalidad en línea) ha sido aceptada. Para asegurar tu lugar, completa el pago de la "
        "inscripción antes del 20 de agosto.\n\nAtentamente,\nOficina de Admisiones\nInstituto Meridiano\n",
        hdrs=BULK), lang="es", diff="hard", notes="course admission 'accepted'")
    # 37
    add("application_received", build(
        "VMG Careers <noreply@candidates.workablemail.com>",
        "VMG: application received",
        D("2025-12-02 17:25", "+0000"),
        "Dear Élodie,\n\nThank you for applying for Director of Communications at Verrazzano Media Group. "
        "Your application has been received and will be reviewed by the hiring team.\n\n"
        "Kind regards,\nVMG Talent\n\nSent via Workable\n"),
        "Verrazzano Media Group", "", "Director of Communications", diff="hard",
        notes="acronym in sender and subject; full name only in body")
    # 38
    add("interview", build(
        "Reggie Fairbanks <rfairbanks@vmg.nyc>",
        "RE: Thursday conversation",
        D("2026-01-20 08:47", "-0500"),
        "Hi Élodie,\n\nApologies for the shuffle - our CEO's travel changed. Could we move Thursday's "
        "conversation to Friday, January 23 at 3:30 PM ET instead? Same Zoom link. If that doesn't work, "
        "let me know and I'll find something early next week.\n\nThanks for your flexibility,\n"
        "Reggie Fairbanks\nChief People Officer\nVerrazzano Media Group\n\n"
        "From: Reggie Fairbanks\nSent: Wednesday, January 14, 2026 4:02 PM\nTo: Élodie Marchand-Singh\n"
        "Subject: Thursday conversation\n\nLooking forward to Thursday at 2 PM with our CEO.\n",
        irt="<0a1b2c3d4e5f60718293.a4b5c6d7@vmg.nyc>"),
        "Verrazzano Media Group", "Reggie", "", diff="hard",
        notes="reschedule; new time replaces quoted one", iat="2026-01-23T15:30:00-05:00")
    # 39
    add("rejection", build(
        "Reggie Fairbanks <rfairbanks@vmg.nyc>",
        "Director of Communications - decision",
        D("2026-02-11 17:30", "-0500"),
        "Élodie,\n\nThank you for the time you gave us over the past weeks. We've now made a hire for the "
        "Director of Communications role, and it won't be you this time - it came down to two people and "
        "experience in US broadcast tipped it.\n\nOur CEO asked me to say she'd be glad to stay in touch; "
        "please don't be a stranger.\n\nBest,\nReggie Fairbanks\nChief People Officer, VMG\n"),
        "Verrazzano Media Group", "Reggie", "Director of Communications", notes="after final round; keep in touch")
    # 40
    add("other", build(
        "Anjali Mehta <anjali.mehta@gmail.com>",
        "lunch? + news",
        D("2026-02-18 20:12", "-0500"),
        "Hey Élo,\n\nGuess what, I had my final-round interview at the agency yesterday and they already "
        "called with an offer!! Still deciding. Also I was rejected by the condo board for the balcony "
        "thing, lol.\n\nLunch next week to celebrate / commiserate? Tuesday works for me.\n\nA.\n"),
        contact="Anjali", diff="hard", notes="friend's personal mail about her own interview and offer")
    # 41
    add("application_received", build(
        "Biscuiterie Mont-Royal <careers@biscuiteriemontroyal.recruitee.com>",
        "Candidature reçue : Chef de marque principale",
        D("2025-09-22 13:08", "+0200"),
        "Bonjour Élodie,\n\nMerci d'avoir postulé au poste de Chef de marque principale chez Biscuiterie "
        "Mont-Royal! Nous confirmons la réception de votre dossier.\n\nNotre équipe prend le temps de lire "
        "chaque candidature; nous reviendrons vers vous d'ici trois semaines, quelle que soit l'issue.\n\n"
        "Bonne journée,\nL'équipe RH – Biscuiterie Mont-Royal ltée\n", hdrs=GEN),
        "Biscuiterie Mont-Royal", "", "Chef de marque principale", lang="fr",
        notes="Recruitee acknowledgement; promise of an answer")
    # 42
    add("rejection", build(
        "Biscuiterie Mont-Royal <careers@biscuiteriemontroyal.recruitee.com>",
        "Votre candidature – Chef de marque principale",
        D("2025-10-09 15:40", "+0200"),
        "Bonjour Élodie,\n\nNous vous remercions de l'intérêt que vous avez manifesté pour le poste de Chef "
        "de marque principale. Après analyse de l'ensemble des dossiers, nous avons choisi de poursuivre "
        "le processus avec d'autres personnes dont l'expérience en grande distribution est plus poussée.\n\n"
        "Nous conservons vos coordonnées et n'hésiterons pas à vous joindre si une occasion se présente.\n\n"
        "Cordialement,\nL'équipe RH – Biscuiterie Mont-Royal\n", cte="quoted-printable", hdrs=GEN),
        "Biscuiterie Mont-Royal", "", "Chef de marque principale", lang="fr",
        notes="French; Recruitee; keeps details on file")
    # 43
    add("interview", build(
        "Benoît Lacasse <benoit@cardinalstudio.ca>",
        "Ingrid's intro - coffee?",
        D("2025-10-14 19:22", "-0400"),
        "Hi Élodie,\n\nIngrid speaks very highly of you. We're looking for a communications lead to run our "
        "own brand and PR (the cobbler's children have no shoes, as they say).\n\nHow about Thursday at "
        "8:30 at Café Olimpico on Saint-Viateur? Coffee's on me. Bring nothing but opinions.\n\n— B.\n\n"
        "Benoît Lacasse\nCo-founder, Cardinal Studio\n"),
        "Cardinal Studio", "Benoît", "Communications Lead", diff="hard",
        notes="coffee meeting from a referral; no word interview; relative day", iat="2025-10-16T08:30:00-04:00")
    # 44
    add("on_hold", build(
        "Benoît Lacasse <benoit@cardinalstudio.ca>",
        "Re: Ingrid's intro - coffee?",
        D("2025-11-04 09:05", "-0500"),
        "Élodie,\n\nI owe you an honest update. We lost our largest retainer last Friday and my partner and "
        "I agreed to pause this search until we've rebuilt the pipeline, probably into spring. I hate "
        "doing this after such a good conversation.\n\nI'll reach out the moment we're ready to restart.\n\n"
        "— B.\n\n> How about Thursday at 8:30 at Café Olimpico on Saint-Viateur?\n",
        irt="<b0b0b0b0c1c1c1c1d2d2.e3e3e3e3@cardinalstudio.ca>"),
        "Cardinal Studio", "Benoît", "Communications Lead", notes="search paused after client loss")
    # 45
    add("auto_reply", build(
        "Olivia Brandt <obrandt@desrochersallard.com>",
        "Re: Marketing & Business Development Manager – thank you",
        D("2026-04-02 11:18", "-0400"),
        "Thank you for your message. I am currently on parental leave, returning Tuesday 8 September "
        "2026. During my absence, recruitment matters are handled by Karim Haddad "
        "(khaddad@desrochersallard.com).\n\nMerci de votre message. Je suis en congé parental; "
        "de retour le mardi 8 septembre 2026.\n\nOlivia Brandt\nTalent Acquisition Partner\nDesrochers Allard S.E.N.C.R.L.\n"),
        "Desrochers Allard", "Olivia", "Marketing & Business Development Manager", ret="2026-09-08",
        diff="hard", notes="parental leave; no auto-reply headers; reply-style subject")
    # 46
    add("interview", build(
        "Desrochers Allard via GoodTime <scheduling@goodtime.io>",
        "Please select your interview times – Desrochers Allard",
        D("2026-03-11 14:56", "+0000"),
        None,
        "<html><body><p>Hi Élodie,</p><p>Desrochers Allard would like to schedule a 60-minute interview "
        "with you for the <b>Marketing &amp; Business Development Manager</b> role with Me Sophie Allard "
        "(Managing Partner) and Olivia Brandt (Talent Acquisition).</p><p><a href='https://goodtime.io/"
        "s/da-7731'>Select your availability</a></p><p>Please respond within 48 hours.</p><p>Sent on "
        "behalf of Olivia Brandt, Desrochers Allard S.E.N.C.R.L.</p></body></html>",
        hdrs={"Reply-To": "obrandt@desrochersallard.com"}),
        "Desrochers Allard", "Olivia", "Marketing & Business Development Manager",
        notes="GoodTime availability request; legal form in footer")
    # 47
    add("interview", build(
        "Olivia Brandt <obrandt@desrochersallard.com>",
        "Interview: Élodie Marchand-Singh / Desrochers Allard",
        D("2026-03-16 10:02", "-0400"),
        "When: Wednesday, March 25, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).\n"
        "Where: 1501 McGill College, 26th floor - reception\n\nHi Élodie, looking forward to welcoming you. "
        "Please ask for me at reception; you'll meet Me Allard and our Director of Client Development.\n\n"
        "Olivia\n", ics=ics_event("da-7731-1", "20260325T100000", "20260325T110000",
                                  "Interview: Élodie Marchand-Singh / Desrochers Allard",
                                  "obrandt@desrochersallard.com")),
        "Desrochers Allard", "Olivia", "", notes="Outlook calendar invite with text/calendar part",
        iat="2026-03-25T10:00:00-04:00")
    # 48
    add("offer", build(
        "Olivia Brandt <obrandt@desrochersallard.com>",
        "Desrochers Allard – employment letter",
        D("2026-04-01 16:30", "-0400"),
        "Dear Élodie,\n\nFurther to your conversation with Me Allard this morning, I am happy to confirm our "
        "offer of employment for the position of Marketing & Business Development Manager. Your "
        "employment letter, including salary, vacation and the hybrid work arrangement, will arrive "
        "shortly through DocuSign for your signature.\n\nWe would be grateful for your response by April "
        "8. Welcome, we hope!\n\nKind regards,\nOlivia Brandt\nTalent Acquisition Partner\n"
        "Desrochers Allard S.E.N.C.R.L. | LLP\n"),
        "Desrochers Allard", "Olivia", "Marketing & Business Development Manager",
        notes="offer confirmed by HR after verbal; law-firm legal form")
    # 49
    add("other", build(
        "Sylvie Bergeron <sylvie.bergeron@gestionfabre.ca>",
        "Demande de location – 4520, rue Fabre, app. 3",
        D("2025-07-02 14:11", "-0400"),
        "Bonjour Madame Marchand-Singh,\n\nMerci d'avoir visité le logement. Malheureusement, nous ne "
        "pourrons pas donner suite à votre demande de location : le propriétaire a retenu un autre dossier "
        "dont la date d'emménagement convenait mieux.\n\nNous conservons votre demande pour nos prochains "
        "logements disponibles dans le Plateau.\n\nSylvie Bergeron\nGestion Fabre inc.\n"),
        contact="Sylvie", lang="fr", diff="hard", notes="apartment application turned down; rejection wording")
    # 50
    add("application_received", build(
        "Harbourfront Home & Garden <no-reply@teamtailor.com>",
        "We've received your application",
        D("2026-05-12 18:40", "+0000"),
        "Hi Élodie,\n\nThanks for applying for Brand Communications Manager at Harbourfront Home & Garden.\n\n"
        "Here's what happens next: our team reviews applications every Friday. If your experience is a "
        "fit, we'll invite you to a 30-minute interview with the hiring manager. If we decide not to move "
        "forward, we'll let you know by email - no ghosting, promise.\n\nHarbourfront Home & Garden\n",
        hdrs=GEN), "Harbourfront Home & Garden", "", "Brand Communications Manager", diff="hard",
        notes="describes future interview and possible no")
    # 51
    add("rejection", build(
        "Harbourfront Home & Garden <no-reply@teamtailor.com>",
        "Your application for Brand Communications Manager",
        D("2026-05-29 19:02", "+0000"),
        "Hi Élodie,\n\nThank you for applying for Brand Communications Manager. We've decided to pursue "
        "other applicants whose experience more closely matches what the role needs right now.\n\n"
        "We'd love to stay connected - join our talent community to hear about new roles.\n\n"
        "Harbourfront Home & Garden\n",
        "<html><body><p>Hi Élodie,</p><p>Thank you for applying for Brand Communications Manager. We've "
        "decided to pursue other applicants whose experience more closely matches what the role needs "
        "right now.</p><p>We'd love to stay connected - join our talent community to hear about new "
        "roles.</p><p>Harbourfront Home &amp; Garden</p></body></html>", hdrs=GEN),
        "Harbourfront Home & Garden", "", "Brand Communications Manager", notes="Teamtailor; multipart")
    # 52
    add("interview", build(
        "Olivia at Rideau Outdoor <olivia@paradox.ai>",
        "Your interview with Rideau Outdoor Co. is scheduled",
        D("2026-04-08 16:21", "+0000"),
        "Hi Élodie! It's Olivia, Rideau Outdoor Co.'s virtual recruiting assistant.\n\n"
        "You're all set! Your interview for Marketing Manager, Canada is scheduled for:\n"
        "Mon, Apr 13 at 2:00 PM EDT\nWith: Graham Whitcombe, Director of Marketing\n"
        "Where: Microsoft Teams (link to follow)\n\nReply R to reschedule or C to cancel.\n", hdrs=GEN),
        "Rideau Outdoor Co.", "", "Marketing Manager, Canada", diff="hard",
        notes="Paradox bot with a human first name; not a human signer", iat="2026-04-13T14:00:00-04:00")
    # 53
    add("auto_reply", build(
        "Graham Whitcombe <gwhitcombe@rideauoutdoor.com>",
        "Out of Office: Thank you - Marketing Manager, Canada",
        D("2026-04-14 07:55", "-0400"),
        "I'm away on a product trip until 2026-04-21 inclusive, with no access to email. I'll reply when "
        "I'm back. For anything related to recruiting, please contact careers@rideauoutdoor.com.\n\nGraham\n",
        hdrs=AUTO), "Rideau Outdoor Co.", "Graham", "Marketing Manager, Canada", ret="2026-04-22",
        diff="hard", notes="'until ... inclusive' so back the next day")
    # 54
    add("rejection", build(
        "Shauna Kirk <skirk@rideauoutdoor.com>",
        "Marketing Manager, Canada",
        D("2026-05-06 13:47", "-0400"),
        None,
        "<html><body><div>Hi Élodie,</div><div><br></div><div>Thanks again for interviewing with Graham "
        "and the team. I'm sorry to share that you were not selected for the Marketing Manager, Canada "
        "role. The team appreciated your bilingual campaign work and I'll keep your file top of mind for "
        "Québec roles.</div><div><br></div><div>Shauna Kirk<br>Talent Partner, Rideau Outdoor Co.</div>"
        "</body></html>"),
        "Rideau Outdoor Co.", "Shauna", "Marketing Manager, Canada", notes="HTML only; 'not selected'")
    # 55
    add("other", build(
        "Brandwire Weekly <editors@brandwire.news>",
        "How CMOs handle rejection (and 4 interview questions to expect)",
        D("2026-05-07 06:00", "-0400"),
        "BRANDWIRE WEEKLY\n\n1. We asked six CMOs how they dealt with being rejected for their first VP role.\n"
        "2. The 4 interview questions every marketing leader should prepare.\n"
        "3. Offer season: why agency salaries are finally moving.\n\nRead online: https://brandwire.news/w19\n",
        hdrs=unsub("https://brandwire.news/unsubscribe?id=55")),
        diff="hard", notes="newsletter about rejection, interviews and offers")
    # 56
    add("other", build(
        "Derek Abara <derek@keystonesearch.ca>",
        "Marketing Director roles - 15 min call this week?",
        D("2026-04-20 10:30", "-0400"),
        "Hi Élodie,\n\nI'm reaching out to a handful of senior marketing professionals in Montréal and "
        "Toronto. Keystone is currently retained on several Director-level mandates (CPG, retail, "
        "fintech) and clients are interviewing this month.\n\nIf you're open to a quick call, grab a slot "
        "here: https://calendly.com/keystone-derek/15min\n\nBest regards,\nDerek Abara\nPartner, Keystone "
        "Search Partners Inc.\n\nTo stop receiving these emails, reply STOP.\n", hdrs=BULK),
        contact="Derek", diff="hard", notes="recruiter mass mailing with scheduling link")
    # 57
    add("interview", build(
        "Derek Abara <derek@keystonesearch.ca>",
        "Glenmoor Foods - meeting with Claire",
        D("2026-04-29 15:12", "-0400"),
        "Hi Élodie,\n\nGreat news - my client Glenmoor Foods would like to meet you for the Director, Brand "
        "Marketing role. Claire Dubé (SVP Marketing) has booked Tuesday, May 5 at 11:00 AM at their "
        "Mississauga office (6200 Dixie Rd). Plan for 90 minutes: Claire, then their head of insights.\n\n"
        "Let's do a 15-minute prep call Monday; I'll send a few notes on what Claire cares about.\n\n"
        "Derek\n\nDerek Abara | Partner | Keystone Search Partners\n"),
        "Glenmoor Foods", "Derek", "Director, Brand Marketing", diff="hard",
        notes="agency recruiter writing about client", iat="2026-05-05T11:00:00-04:00")
    # 58
    add("rejection", build(
        "Derek Abara <derek@keystonesearch.ca>",
        "Fwd: Élodie M-S - feedback",
        D("2026-05-13 17:58", "-0400"),
        "Élodie, sharing Claire's note below verbatim. Not the outcome we wanted. Call me tomorrow - I have "
        "two other mandates I think you'd be great for.\n\nDerek\n\n"
        "---------- Forwarded message ---------\nFrom: Claire Dubé <claire.dube@glenmoorfoods.com>\n"
        "Date: Wed, May 13, 2026 at 4:40 PM\nSubject: Élodie M-S - feedback\nTo: Derek Abara\n\n"
        "Derek - thanks for introducing Élodie, she is sharp and very polished. We're going to go with the "
        "internal candidate from our frozen-foods team, who knows the retailer relationships. Please pass "
        "on our thanks.\nClaire\n"),
        "Glenmoor Foods", "Derek", "", diff="hard",
        notes="recruiter forwards client's decision; decision only in forwarded part")
    # 59
    add("offer", build(
        "Isabelle Royer <iroyer@selectionnordik.com>",
        "Brasserie des Vallons – bonne nouvelle!",
        D("2026-03-20 12:06", "-0400"),
        "Bonjour Élodie,\n\nComme je vous l'ai dit au téléphone ce matin, Brasserie des Vallons souhaite "
        "vous accueillir comme directrice marketing! Voici le résumé de ce qu'ils proposent :\n\n"
        "– Salaire de base : 118 000 $\n– Boni cible : 15 %\n– 4 semaines de vacances\n"
        "– Entrée en fonction : 4 mai 2026\n\nLa lettre officielle suivra de la part de Sandrine Potvin "
        "d'ici lundi. Dites-moi si vous voulez qu'on négocie un point.\n\nFélicitations!\n\n"
        "Isabelle Royer, CRHA\nAssociée, Groupe Sélection Nordik inc.\n"),
        "Brasserie des Vallons", "Isabelle", "Directrice marketing", lang="fr", diff="hard",
        notes="agency recruiter relays verbal offer; no word 'offre'")
    # 60
    add("interview", build(
        "Isabelle Royer <iroyer@selectionnordik.com>",
        "Rencontre avec Brasserie des Vallons",
        D("2026-02-24 09:40", "-0500"),
        "Bonjour Élodie,\n\nMon client, Brasserie des Vallons, aimerait vous rencontrer pour le poste de "
        "directrice marketing. La rencontre aura lieu le lundi 2 mars à 14 h, à la brasserie (Saint-Jérôme), "
        "avec Sandrine Potvin, VP marketing, et le président.\n\nJe vous appelle demain pour vous préparer.\n\n"
        "Isabelle Royer, CRHA\nAssociée\nGroupe Sélection Nordik inc.\n"),
        "Brasserie des Vallons", "Isabelle", "Directrice marketing", lang="fr", diff="hard",
        notes="recruitment firm writing about client; 'rencontre'", iat="2026-03-02T14:00:00-05:00")
    # 61
    add("application_received", build(
        "Université Rivemont – Dotation <dotation@urivemont.taleo.net>",
        "Accusé de réception – Conseillère ou conseiller principal en communication (A-26-031)",
        D("2026-01-19 15:03", "+0000"),
        "Madame,\n\nNous accusons réception de votre candidature au concours A-26-031, Conseillère ou "
        "conseiller principal en communication, Service des communications.\n\nSeules les personnes "
        "retenues pour une entrevue seront contactées. Nous vous remercions de votre intérêt pour "
        "l'Université Rivemont.\n\nService des ressources humaines – Dotation\nUniversité Rivemont\n",
        hdrs=GEN), "Université Rivemont", "", "Conseillère ou conseiller principal en communication",
        lang="fr", diff="hard", notes="Taleo French acknowledgement; mentions entrevue")
    # 62
    add("on_hold", build(
        "Université Rivemont – Dotation <dotation@urivemont.taleo.net>",
        "Concours A-26-031 – annulation",
        D("2026-02-27 20:15", "+0000"),
        "Madame,\n\nNous vous informons que le concours A-26-031, Conseillère ou conseiller principal en "
        "communication, est annulé en raison des compressions budgétaires annoncées par l'Université. "
        "Aucune nomination ne sera faite.\n\nNous vous remercions de l'intérêt manifesté.\n\n"
        "Service des ressources humaines – Dotation\nUniversité Rivemont\n", hdrs=GEN),
        "Université Rivemont", "", "Conseillère ou conseiller principal en communication", lang="fr",
        notes="competition cancelled for budget reasons")
    # 63
    add("auto_reply", build(
        "Harbourfront Home & Garden <careers@harbourfronthome.ca>",
        "Re: Your application for Brand Communications Manager",
        D("2026-05-30 02:11", "+0000"),
        "Thanks for writing! This inbox isn't monitored, so your message hasn't been read by a person. "
        "For questions about your application or an interview, please use the candidate portal at "
        "harbourfronthome.teamtailor.com.\n\nHarbourfront Home & Garden\n",
        hdrs={"Auto-Submitted": "auto-replied"}),
        "Harbourfront Home & Garden", "", "Brand Communications Manager", diff="hard",
        notes="unmonitored mailbox reply on rejection thread; mentions interview")
    # 64
    add("other", build(
        "Postflow <notify@postflow.app>",
        "Post rejected: \"Spring launch teaser – IG Reels\"",
        D("2026-03-04 16:09", "-0500"),
        "Marc Lévesque rejected a post in workspace \"Client – Confiserie Vallier\".\n\n"
        "Comment: \"Not the right direction for this campaign, let's regroup tomorrow.\"\n\n"
        "Open in Postflow: https://app.postflow.app/p/88213\n\nYou get this because you are the author. "
        "Manage notifications.\n", hdrs=GEN),
        diff="hard", notes="social media approval tool rejects a post")
    # 65
    add("other", build(
        "BrandCon Toronto <speakers@brandcon.ca>",
        "BrandCon 2026: decision on your session proposal",
        D("2026-06-18 12:00", "-0400"),
        "Dear Élodie,\n\nThank you for submitting \"Bilingual brands: one voice, two languages\" to BrandCon "
        "Toronto 2026. We received over 400 proposals and, unfortunately, yours was not accepted for this "
        "year's program.\n\nAs a thank-you, here is a 30% discount code for a full pass: SPEAKER30.\n\n"
        "The BrandCon Program Committee\n", hdrs=BULK),
        diff="hard", notes="conference talk not accepted")
    # 66
    add("other", build(
        "Mireille Charbonneau <direction@cpelaplace05.org>",
        "Offre de place – CPE La Place 0-5",
        D("2026-06-03 10:25", "-0400"),
        "Bonjour Madame Marchand-Singh,\n\nBonne nouvelle! Une place se libère dans notre installation "
        "Saint-Denis et nous avons le plaisir de vous l'offrir pour votre fils, à compter du 24 août 2026.\n\n"
        "Merci de nous confirmer votre acceptation d'ici le 10 juin, sans quoi nous passerons à la famille "
        "suivante sur la liste d'attente.\n\nMireille Charbonneau\nDirectrice générale\n"),
        contact="Mireille", lang="fr", diff="hard", notes="daycare place offered; reads like an offer")
    # 67
    add("other", build(
        "Maison Boréale <infolettre@maisonboreale.ca>",
        "Offre exclusive : 20 % sur les soins hydratants 💧",
        D("2026-02-10 11:00", "-0500"),
        None,
        "<html><body><h1>20 % de rabais</h1><p>Chère Élodie, profitez de notre offre exclusive aux membres "
        "sur toute la gamme Hydra-Boréale jusqu'au 14 février.</p><p><a href='https://maisonboreale.ca/"
        "offre'>Magasiner</a></p><p>Maison Boréale inc., Montréal. Se désabonner.</p></body></html>",
        cte="base64", hdrs=unsub("https://maisonboreale.ca/desabonnement")),
        lang="fr", diff="hard", notes="marketing 'offre' from a past employer applied to; base64 HTML")
    # 68
    add("rejection", build(
        "Fernhill & Co. <no-reply@ashbyhq.com>",
        "Following up on your Fernhill & Co. application",
        D("2026-06-24 21:40", "+0000"),
        "Hi Élodie,\n\nThanks for your interest in the Senior Communications Manager role at Fernhill & Co. "
        "We've carefully reviewed your background, and we've decided not to move forward at this stage.\n\n"
        "We know job searching takes real effort, and we're grateful you considered us.\n\n"
        "Fernhill & Co. Talent Team\n"),
        "Fernhill & Co.", "", "Senior Communications Manager", notes="Ashby rejection")
    # 69
    add("interview", build(
        "Pellucid Beauty Recruiting <notification@jobvite.com>",
        "Interview request: Associate Director, Brand Communications",
        D("2026-07-08 14:30", "+0000"),
        "Hello Élodie,\n\nWe are pleased to invite you to interview for the Associate Director, Brand "
        "Communications position at Pellucid Beauty. Please choose one of the following times "
        "(all Eastern):\n\n- Tue, July 14, 10:00 AM\n- Wed, July 15, 1:00 PM\n- Thu, July 16, 4:30 PM\n\n"
        "Click here to choose: https://app.jobvite.com/CompanyJobs/Interview.aspx?k=pb882\n\n"
        "Regards,\nMarisa Chen\nTalent Acquisition, Pellucid Beauty, Inc.\n",
        hdrs={"Reply-To": "mchen@pellucidbeauty.com"}),
        "Pellucid Beauty", "Marisa", "Associate Director, Brand Communications",
        notes="Jobvite; list of slots, no single time")
    # 70
    add("application_received", build(
        "Pellucid Beauty Recruiting <notification@jobvite.com>",
        "Thank you for applying to Pellucid Beauty",
        D("2026-06-26 13:02", "+0000"),
        "Dear Élodie,\n\nThank you for submitting your application for Associate Director, Brand "
        "Communications. We will review your qualifications against the requirements of the role.\n\n"
        "Pellucid Beauty Talent Acquisition\n", hdrs=GEN),
        "Pellucid Beauty", "", "Associate Director, Brand Communications", notes="Jobvite acknowledgement")
    # 71
    add("rejection", build(
        "Ostara Wellness <no-reply@us.greenhouse-mail.io>",
        "Ostara Wellness - Marketing Manager, Brand",
        D("2026-07-15 22:03", "+0000"),
        "Hi Élodie,\n\nThank you for taking the time to interview with us for the Marketing Manager, Brand "
        "role. Everyone you met enjoyed the conversation.\n\nWe've now completed our process and have "
        "decided to move forward with another candidate. We know this isn't the news you were hoping "
        "for.\n\nWishing you the best,\nThe Ostara Wellness Recruiting Team\n"),
        "Ostara Wellness", "", "Marketing Manager, Brand", notes="Greenhouse rejection after interviews")
    # 72
    add("rejection", build(
        "Naomi Achterberg <naomi@larkledger.com>",
        "Thank you, truly",
        D("2025-11-20 19:41", "-0500"),
        "Dear Élodie,\n\nI've been putting off writing this because I genuinely enjoyed every conversation "
        "we had. After a lot of back and forth, we are offering the Communications Director role to a "
        "candidate who led a very similar rebrand for a financial client last year, and who can start "
        "in January.\n\nYour strategic thinking stood out, and I would be glad to be a reference or to "
        "make introductions in New York - just ask.\n\nWith gratitude,\nNaomi Achterberg\nPresident\n"
        "Lark & Ledger Communications\n"),
        "Lark & Ledger Communications", "Naomi", "Communications Director", diff="hard",
        notes="'offering the role' to someone else; warm; no negative keywords")
    # 73
    add("rejection", build(
        "Cinémas Bellerive <noreply@candidates.workablemail.com>",
        "Cinémas Bellerive – suivi de votre candidature",
        D("2025-07-08 18:26", "+0000"),
        "Bonjour Élodie,\n\nMerci d'avoir pris le temps de passer l'entrevue téléphonique pour le poste de "
        "Gestionnaire, marketing et communications.\n\nMalheureusement, votre candidature n'a pas été "
        "retenue pour la suite du processus. Nous vous souhaitons bon succès dans votre recherche.\n\n"
        "L'équipe Talents\nCinémas Bellerive inc.\n"),
        "Cinémas Bellerive", "", "Gestionnaire, marketing et communications", lang="fr",
        notes="French Workable rejection after phone screen")
    # 74
    add("rejection", build(
        "Rob Kowalczyk <rob@eastgatepr.com>",
        "Re: Senior Account Manager",
        D("2025-10-28 12:09", "-0400"),
        "Thanks Élodie - we've filled it. Good luck out there.\n\nSent from my iPhone\n",
        irt="<5150a1c2e3f4a5b6c7d8.99aa00bb@gmail.com>"),
        "Eastgate PR", "Rob", "Senior Account Manager", diff="hard", notes="one line; no signature company")
    # 75
    add("rejection", build(
        "Sunnybank Children's Hospital Foundation <sunnybank@talent.icims.com>",
        "Your application: Manager, Donor Communications (2025-1190)",
        D("2025-09-30 14:17", "+0000"),
        "Dear Élodie,\n\nThank you for applying for the Manager, Donor Communications role with Sunnybank "
        "Children's Hospital Foundation. The position has now been filled, and we are closing all "
        "applications for this posting.\n\nYou may receive a short survey about your candidate experience; "
        "we would value your feedback.\n\nPeople & Culture\nSunnybank Children's Hospital Foundation\n",
        hdrs=GEN), "Sunnybank Children's Hospital Foundation", "", "Manager, Donor Communications",
        notes="iCIMS; position filled")
    # 76
    add("rejection", build(
        "Maple & Main Markets <noreply@smartrecruiters.com>",
        "Update from Maple & Main",
        D("2026-01-09 16:55", "+0000"),
        "Hello Élodie,\n\nWe appreciate your interest in the Senior Manager, Customer Marketing position. "
        "Our hiring team reviewed your application in detail and we are unable to offer you an interview "
        "for this opening.\n\nWe will retain your application and may contact you about future "
        "opportunities.\n\nMaple & Main Markets Talent Team\n"),
        "Maple & Main Markets", "", "Senior Manager, Customer Marketing", diff="hard",
        notes="'unable to offer you an interview' contains interview and offer")
    # 77
    add("rejection", build(
        "Jonah Whitlock <jonah@copperleafroasters.com>",
        "Re: Thank you!",
        D("2026-02-02 10:33", "-0500"),
        "Hi Élodie,\n\nThank you for your kind note after Friday's interview. I'll be straightforward: "
        "we've chosen to move ahead with someone else for the marketing lead position, mostly because of "
        "their wholesale background. It was close.\n\nAll the best,\nJonah\nCopperleaf Coffee Roasters\n\n"
        "On Fri, Jan 30, 2026 at 5:14 PM Élodie Marchand-Singh <elodie.ms@videotron.ca> wrote:\n"
        "> Hi Jonah, thank you again for today's interview. I'm excited about the next steps\n"
        "> and would love to help Copperleaf grow in Québec.\n",
        irt="<CAF0e1d2c3b4a59687.elodie@videotron.ca>"),
        "Copperleaf Coffee Roasters", "Jonah", "Marketing Lead", diff="hard",
        notes="reply to thank-you; quoted text is enthusiastic about next steps")
    # 78
    add("rejection", build(
        "Northway Credit Union <notifications@app.bamboohr.com>",
        "Regarding your application",
        D("2025-04-30 20:20", "+0000"),
        None,
        "<html><body><p>Dear Élodie,</p><p>Thank you for your interest in the <b>Communications Manager</b> "
        "position at Northway Credit Union. We wanted to let you know that the position has been filled."
        "</p><p>We sincerely appreciate your interest and wish you success.</p><p>Northway Credit Union "
        "Human Resources</p></body></html>", cte="quoted-printable"),
        "Northway Credit Union", "", "Communications Manager", notes="BambooHR; HTML only; filled")
    # 79
    add("rejection", build(
        "Harbourline Financial <harbourline@myworkday.com>",
        "Harbourline Financial: Senior Manager, Marketing Communications",
        D("2026-09-16 15:44", "+0000"),
        "Dear Élodie,\n\nThank you for considering a career with Harbourline Financial. After reviewing your "
        "application for Senior Manager, Marketing Communications (JR-56120), we will not be moving "
        "forward with your candidacy.\n\nWe invite you to continue exploring opportunities on our careers "
        "page.\n\nHarbourline Financial Talent Acquisition\n", hdrs=GEN),
        "Harbourline Financial", "", "Senior Manager, Marketing Communications", notes="Workday rejection")
    # 80
    add("rejection", build(
        "Nathalie Roy <nroy@aubelle.com>",
        "Marketing numérique / Digital Marketing Manager",
        D("2025-03-26 15:12", "-0400"),
        "Hi Élodie,\n\nThank you for meeting with us last Tuesday. We've thought it through and won't be "
        "moving forward for the Digital Marketing Manager role, as we need someone with more hands-on "
        "paid media experience. I am keeping your resume on file because I think you'd be a strong "
        "match for our brand team later this year.\n\nNathalie Roy\nDirectrice RH | Groupe Aubelle\n"),
        "Groupe Aubelle", "Nathalie", "Digital Marketing Manager", diff="hard",
        notes="'keeping your resume on file' could read as on hold")
    # 81
    add("rejection", build(
        "Atelier Sauvage <noreply@welcomekit.co>",
        "Votre candidature chez Atelier Sauvage",
        D("2026-10-05 09:30", "+0200"),
        "Bonjour Élodie,\n\nNous avons bien étudié votre candidature au poste de Responsable communication "
        "(CDI – Lyon ou télétravail) et nous vous remercions pour l'intérêt porté à Atelier Sauvage.\n\n"
        "Nous sommes au regret de ne pouvoir y donner une suite favorable, d'autres profils correspondant "
        "davantage à nos attentes.\n\nBelle continuation,\nL'équipe Atelier Sauvage\n"),
        "Atelier Sauvage", "", "Responsable communication", lang="fr", notes="France; formal French rejection")
    # 82
    add("rejection", build(
        "Soren Lindahl <soren@tamarindstudios.com>",
        "Tamarind - where we landed",
        D("2026-09-25 17:20", "-0400"),
        "Hi Élodie,\n\nThanks for spending a whole afternoon with us last week. We've decided to bring on "
        "someone from our freelance bench who already knows our clients, so we won't be hiring externally "
        "for the Head of Communications role.\n\nI'd genuinely like to keep in touch - next time you're "
        "in New York, let's grab a coffee.\n\n—S\n"),
        "Tamarind Studios", "Soren", "Head of Communications", diff="hard",
        notes="after onsite; 'won't be hiring externally' may read as on hold")
    # 83
    add("on_hold", build(
        "Lorraine Mbeki <lorraine.mbeki@meadowlinebrands.com>",
        "Senior Brand Manager - update",
        D("2026-02-26 14:05", "-0500"),
        "Hi Élodie,\n\nI wanted to let you know that Meadowline has announced a hiring freeze across "
        "Canada through the end of Q3. The Senior Brand Manager search is on hold effective today.\n\n"
        "You were one of our two finalists, and I'll reach out as soon as we're able to reopen the role.\n\n"
        "Best regards,\nLorraine Mbeki\nSenior Talent Partner, Meadowline Brands\n"),
        "Meadowline Brands", "Lorraine", "Senior Brand Manager", notes="explicit hiring freeze")
    # 84
    add("on_hold", build(
        "Verdigris Health <careers@verdigrishealth.org>",
        "Requisition 88412 - Senior Communications Manager",
        D("2026-06-05 21:00", "+0000"),
        "Dear Élodie Marchand-Singh,\n\nWe are writing to inform you that requisition 88412, Senior "
        "Communications Manager, has been cancelled and the position will not be filled. As a result, "
        "your application will not proceed further.\n\nThis decision is unrelated to your qualifications. "
        "We encourage you to apply to other openings at Verdigris Health.\n\nTalent Acquisition\n", hdrs=GEN),
        "Verdigris Health", "", "Senior Communications Manager", diff="hard",
        notes="requisition cancelled; 'will not proceed' reads like rejection")
    # 85
    add("on_hold", build(
        "Geneviève Lapointe <glapointe@fondationhsc.org>",
        "Poste de gestionnaire, campagne annuelle",
        D("2025-10-21 15:48", "-0400"),
        "Bonjour Élodie,\n\nJe reviens vers vous au sujet du poste de gestionnaire, campagne annuelle. Le "
        "conseil a décidé de mettre le poste sur la glace le temps de revoir la structure de l'équipe "
        "philanthropie. Nous devrions y voir plus clair en janvier.\n\nJe garde précieusement votre "
        "candidature et je vous reviens dès que possible.\n\nGeneviève Lapointe\nFHSC\n"),
        "Fondation de l'Hôpital Sainte-Clotilde", "Geneviève", "Gestionnaire, campagne annuelle", lang="fr",
        diff="hard", notes="Québec idiom 'sur la glace'; acronym-only signature")
    # 86
    add("on_hold", build(
        "Alyssa Park <apark@beacontalent.com>",
        "Granite Peak Snacks search",
        D("2026-08-11 11:37", "-0400"),
        "Hi Élodie,\n\nQuick update on Granite Peak Snacks: my client has put the Marketing Director search "
        "on ice pending a budget review with their new owners. They were positive about you, so this is "
        "purely timing.\n\nI'll check back with them in September and keep you posted.\n\nAlyssa Park\n"
        "Beacon Talent Group\n"),
        "Granite Peak Snacks", "Alyssa", "Marketing Director", diff="hard",
        notes="agency recruiter; client search on ice")
    # 87
    add("on_hold", build(
        "Martin Okafor-Leblanc <martin.ol@bellcourthotels.com>",
        "Director, Brand & Communications",
        D("2026-10-29 09:58", "-0400"),
        "Hi Élodie,\n\nUnfortunately I have to press pause on our process. Our owners have frozen all new "
        "senior positions until the next fiscal year begins in February. We are still very interested "
        "in you and would like to reconnect then.\n\nThanks for understanding,\nMartin\n"
        "VP Marketing, Bellcourt Hotels\n"),
        "Bellcourt Hotels", "Martin", "Director, Brand & Communications", diff="hard",
        notes="'unfortunately' but process paused")
    # 88
    add("interview", build(
        "Ostara Wellness <scheduling@modernloop.io>",
        "Schedule your onsite with Ostara Wellness",
        D("2026-06-29 17:10", "+0000"),
        "Hi Élodie,\n\nCongratulations on moving to the final stage for Marketing Manager, Brand! The onsite "
        "is a 3-hour loop at our Toronto office with four interviewers.\n\nPlease share your "
        "availability for the week of July 6: https://app.modernloop.io/availability/ost-2291\n\n"
        "Ostara Wellness Recruiting\n"),
        "Ostara Wellness", "", "Marketing Manager, Brand", notes="ModernLoop onsite availability request")
    # 89
    add("interview", build(
        "Soren Lindahl <soren@tamarindstudios.com>",
        "Your portfolio",
        D("2026-09-08 13:02", "-0400"),
        "Élodie - loved the Festival Lumières work. Want to talk about the Head of Communications role? "
        "Grab 30 min on my Calendly whenever suits: https://calendly.com/soren-tamarind/30min\n\n"
        "Soren Lindahl\nFounder & ECD, Tamarind Studios\n"),
        "Tamarind Studios", "Soren", "Head of Communications", diff="hard",
        notes="short; Calendly link; no word interview")
    # 90
    add("interview", build(
        "Josée Gagné <jgagne@cinemasbellerive.ca>",
        "Entrevue téléphonique – Gestionnaire, marketing et communications",
        D("2025-06-05 16:44", "-0400"),
        "Bonjour Élodie,\n\nTel que discuté, je vous confirme notre entrevue téléphonique le mercredi "
        "11 juin à 13 h 30. Je vous appellerai au 514 555-0172. Prévoyez 30 minutes.\n\nÀ bientôt!\n"
        "Josée Gagné\nConseillère en acquisition de talents\nCinémas Bellerive\n"),
        "Cinémas Bellerive", "Josée", "Gestionnaire, marketing et communications", lang="fr",
        notes="French phone interview confirmation", iat="2025-06-11T13:30:00-04:00")
    # 91
    add("interview", build(
        "Northway Credit Union <notifications@app.bamboohr.com>",
        "Next step: video interview for Communications Manager",
        D("2025-04-10 15:05", "+0000"),
        "Hi Élodie,\n\nThank you for your application. We'd like to learn more about you through a short "
        "recorded video interview (4 questions, about 15 minutes). Please complete it by Thursday, April "
        "17, at any time that suits you: https://northwaycu.hirevue.example/v/7731\n\n"
        "Northway Credit Union Human Resources\n"),
        "Northway Credit Union", "", "Communications Manager", notes="one-way video interview with deadline")
    # 92
    add("interview", build(
        "Alex Moreau <alex@kinrosshale.com>",
        "Re: Tomorrow",
        D("2026-08-03 16:25", "-0400"),
        "Hi Élodie, confirmed for tomorrow at 9:00 AM ET. Unfortunately Ruth can't join after all, so it "
        "will be me and Julian (our CFO). Same Google Meet link as before.\n\nAlex\n"
        "Alex Moreau | COO | Kinross & Hale\n\n> Could we confirm tomorrow's time?\n",
        irt="<CAF9988776655443322.elodie@videotron.ca>"),
        "Kinross & Hale", "Alex", "", diff="hard",
        notes="'unfortunately' about a panelist; confirms time", iat="2026-08-04T09:00:00-04:00")
    # 93
    add("offer", build(
        "Cobalt & Clay <no-reply@us.greenhouse-mail.io>",
        "Congratulations! Your offer from Cobalt & Clay",
        D("2025-11-27 16:00", "+0000"),
        None,
        "<html><body><p>Hi Élodie,</p><p>We are thrilled to extend you an offer to join Cobalt &amp; Clay "
        "as <b>Head of Brand Marketing</b>! Your offer letter is ready to review and sign in our secure "
        "portal.</p><p><a href='https://app.greenhouse.io/offers/cc-1104'>Review your offer</a></p>"
        "<p>Reach out to Fatima Qureshi with any questions.</p><p>The Cobalt &amp; Clay Team</p>"
        "</body></html>"),
        "Cobalt & Clay", "Fatima", "Head of Brand Marketing", notes="Greenhouse offer portal, HTML only")
    # 94
    add("offer", build(
        "Ruth Kessler <ruth@kinrosshale.com>",
        "Welcome aboard?",
        D("2026-08-12 18:02", "-0400"),
        "Élodie,\n\nThe partners met this morning and it was unanimous: we'd love you to lead "
        "communications at Kinross & Hale. Attached are the terms - salary, start date of September 14, "
        "and the relocation support we talked about. Take the weekend; call me with any questions.\n\n"
        "Really hoping you say yes.\nRuth\n\nRuth Kessler\nManaging Partner, Kinross & Hale LLC\n",
        pdf="KH_terms_Marchand-Singh.pdf"),
        "Kinross & Hale", "Ruth", "", diff="hard", notes="no word 'offer'; terms attached")
    # 95
    add("auto_reply", build(
        "Lorraine Mbeki <lorraine.mbeki@meadowlinebrands.com>",
        "Automatic reply: Senior Brand Manager - update",
        D("2026-03-02 08:30", "-0500"),
        "Hello, and thanks for your email. I'm on vacation with no access to email, returning Monday "
        "9 March. If your message is urgent, please contact talent@meadowlinebrands.com.\n\nLorraine\n",
        hdrs=AUTO), "Meadowline Brands", "Lorraine", "Senior Brand Manager", ret="2026-03-09",
        notes="OOO with return weekday and date")
    # 96
    add("auto_reply", build(
        "Josée Gagné <jgagne@cinemasbellerive.ca>",
        "Absence du bureau – Re: Entrevue téléphonique",
        D("2026-03-30 10:12", "-0400"),
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 3 avril. Je prendrai connaissance de votre "
        "message à mon retour, le lundi 6 avril.\n\nPour une question urgente concernant le recrutement : "
        "talents@cinemasbellerive.ca\n\nJosée Gagné\nCinémas Bellerive\n",
        hdrs={"Auto-Submitted": "auto-replied"}),
        "Cinémas Bellerive", "Josée", "", ret="2026-04-06", lang="fr", diff="hard",
        notes="French OOO; subject mentions entrevue")
    # 97
    add("auto_reply", build(
        "Harbourline Financial <harbourline@myworkday.com>",
        "Undeliverable reply: Senior Manager, Marketing Communications",
        D("2026-09-16 16:02", "+0000"),
        "This is an automated response. Replies to this address are not monitored and will not be read. "
        "To check the status of your application, sign in to the Harbourline Financial careers site.\n",
        hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
        "Harbourline Financial", "", "Senior Manager, Marketing Communications",
        notes="unmonitored-mailbox response from ATS address")
    # 98
    add("auto_reply", build(
        "Alex Moreau <alex@kinrosshale.com>",
        "Re: Start date paperwork",
        D("2026-08-20 14:00", "-0400"),
        "Hi there - I'm out until Monday and checking email only occasionally. If this is about payroll or "
        "onboarding, Priscilla (priscilla@kinrosshale.com) can help in the meantime.\n\nAlex\n"),
        "Kinross & Hale", "Alex", "", ret="2026-08-24", diff="hard",
        notes="relative 'until Monday'; no auto-reply headers; reads personal")
    # 99
    add("auto_reply", build(
        "Soren Lindahl <soren@tamarindstudios.com>",
        "Automatic reply: Coffee next month?",
        D("2026-11-09 10:45", "-0500"),
        "I'm no longer with Tamarind Studios. For studio business please contact Hana Ito at "
        "hana@tamarindstudios.com. Personal: soren.lindahl@fastmail.com\n",
        hdrs={"X-Autoreply": "yes"}),
        "Tamarind Studios", "Soren", "", notes="no longer with the company")
    # 100
    add("auto_reply", build(
        "Fatima Qureshi <fatima@cobaltandclay.com>",
        "Out of office: Re: Interview follow-up",
        D("2025-11-05 09:20", "-0500"),
        "Thanks for your message! I'm at a client offsite and back on the 12th. I'll get back to you then.\n\n"
        "Fatima Qureshi\nPeople Lead, Cobalt & Clay\n", hdrs=AUTO),
        "Cobalt & Clay", "Fatima", "", ret="2025-11-12", diff="hard",
        notes="day-of-month only ('back on the 12th'); subject says interview")
    # 101
    add("auto_reply", build(
        "Theo Castellano <theo@hollispike.com>",
        "Auto: Re: Account Director, Consumer Brands",
        D("2025-06-16 03:10", "-0400"),
        "I'm at Cannes Lions until June 20 and back in the office June 23. Replies will be slow until then.\n"
        "- Theo\n", hdrs=AUTO),
        "Hollis & Pike", "Theo", "Account Director, Consumer Brands", ret="2025-06-23",
        notes="conference OOO")
    # 102
    add("application_received", build(
        "Cinémas Bellerive <noreply@candidates.workablemail.com>",
        "Merci pour votre candidature chez Cinémas Bellerive",
        D("2025-05-27 13:33", "+0000"),
        "Bonjour Élodie,\n\nMerci d'avoir postulé au poste de Gestionnaire, marketing et communications. "
        "Votre candidature a bien été transmise à notre équipe, qui la lira avec attention.\n\n"
        "L'équipe Talents de Cinémas Bellerive\n\nEnvoyé via Workable\n"),
        "Cinémas Bellerive", "", "Gestionnaire, marketing et communications", lang="fr",
        notes="French Workable acknowledgement")
    # 103
    add("application_received", build(
        "Ostara Wellness <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Ostara Wellness",
        D("2026-05-19 12:48", "+0000"),
        "Hi Élodie,\n\nThanks for applying to Ostara Wellness! We've received your application for "
        "Marketing Manager, Brand and our team will review it shortly.\n\nBest,\nOstara Wellness Recruiting\n"),
        "Ostara Wellness", "", "Marketing Manager, Brand", notes="Greenhouse acknowledgement")
    # 104
    add("application_received", build(
        "Verdigris Health <verdigrishealth@talent.icims.com>",
        "We have your application (Req 88412)",
        D("2026-04-22 19:31", "+0000"),
        "Dear Élodie,\n\nThank you for applying for Senior Communications Manager (Req 88412). Unfortunately, "
        "because of the volume of applications, we are unable to respond to each applicant individually. "
        "If your qualifications are a match, a recruiter will contact you to arrange a phone interview.\n\n"
        "Verdigris Health Talent Acquisition\n", hdrs=GEN),
        "Verdigris Health", "", "Senior Communications Manager", diff="hard",
        notes="'unfortunately' and 'interview' in an acknowledgement")
    # 105
    add("application_received", build(
        "Cobalt & Clay <no-reply@us.greenhouse-mail.io>",
        "Application received - Head of Brand Marketing",
        D("2025-10-06 15:15", "+0000"),
        "Hi Élodie,\n\nThanks for applying to Cobalt & Clay. We review every application by hand and will "
        "get back to you within 10 business days either way.\n\nThe Cobalt & Clay Team\n"),
        "Cobalt & Clay", "", "Head of Brand Marketing", notes="Greenhouse acknowledgement")
    # 106
    add("application_received", build(
        "Lark & Ledger Communications <notifications@app.bamboohr.com>",
        "Application received: Communications Director",
        D("2025-10-02 14:51", "+0000"),
        None,
        "<html><body><p>Hello Élodie,</p><p>We have received your application for <b>Communications "
        "Director</b>. Thank you for your interest in Lark &amp; Ledger.</p><p>Lark &amp; Ledger "
        "Communications, LLC</p></body></html>"),
        "Lark & Ledger Communications", "", "Communications Director", notes="BambooHR; HTML only")
    # 107
    add("application_received", build(
        "Harbourline Financial <harbourline@myworkday.com>",
        "Application Received: Senior Manager, Marketing Communications (JR-56120)",
        D("2026-08-28 13:22", "+0000"),
        "Dear Élodie,\n\nThank you for applying to Senior Manager, Marketing Communications (JR-56120). "
        "Your application has been submitted successfully. You can view its status in your candidate "
        "home.\n\nHarbourline Financial Talent Acquisition\n", hdrs=GEN),
        "Harbourline Financial", "", "Senior Manager, Marketing Communications", notes="Workday acknowledgement")
    # 108
    add("application_received", build(
        "Tamarind Studios <hello@tamarindstudios.com>",
        "Re: Head of Communications - Élodie Marchand-Singh",
        D("2026-08-31 09:00", "-0400"),
        "Hey Élodie!\n\nThanks so much for reaching out and sending your portfolio - it landed safely with us. "
        "Our small team looks at everything together on Fridays, so give us a week or two. We'll be in "
        "touch either way.\n\nHappy Monday,\nTeam Tamarind 🌱\n"),
        "Tamarind Studios", "", "Head of Communications", diff="hard",
        notes="templated acknowledgement that reads like personal mail")
    # 109
    add("other", build(
        "Jobly Alerts <alerts@jobly.example.com>",
        "15 new Communications Manager jobs in Toronto, ON",
        D("2026-07-21 11:00", "+0000"),
        "Communications Manager - Toronto, ON\n\n- Communications Manager, Ontario Arts Fund - Toronto\n"
        "- Manager, Corporate Communications - fintech - Toronto (hybrid)\n"
        "- Internal Communications Manager - Mississauga\n... 12 more\n\nEasily apply from your phone.\n",
        hdrs=unsub("https://jobly.example.com/unsub?a=77")), notes="job alert digest")
    # 110
    add("other", build(
        "Glassview <community@glassview.example.com>",
        "Interview questions people were asked at Banque Sainte-Hélène",
        D("2025-09-01 14:30", "+0000"),
        None,
        "<html><body><p>Élodie, preparing for interviews?</p><p>See 48 interview reviews for Marketing "
        "Manager roles, including what candidates said about getting an offer, being rejected and how long "
        "the process took.</p><p><a href='https://glassview.example.com/iv'>Read reviews</a></p>"
        "<p>Unsubscribe</p></body></html>", hdrs=unsub("https://glassview.example.com/unsub")),
        diff="hard", notes="employer-review site digest mentioning interview, offer, rejected")
    # 111
    add("other", build(
        "Women in Marketing Montréal <events@wimmtl.org>",
        "You're registered: Land the offer - negotiating your salary",
        D("2026-01-28 12:00", "-0500"),
        "Hi Élodie,\n\nYou're registered for \"Land the offer: negotiating your marketing salary\" on "
        "Thursday, February 5, 12:00-13:00 ET (Zoom). Our panel includes two recruiters who will share "
        "what happens after the final interview.\n\nAdd to calendar: https://wimmtl.org/ev/55.ics\n",
        hdrs=BULK), diff="hard", notes="webinar registration with offer/interview words and a time")
    # 112
    add("other", build(
        "Canadian Marketing Awards <awards@cdnmarketingawards.ca>",
        "Your entry: Bilingual Campaign of the Year",
        D("2026-09-14 16:00", "-0400"),
        "Dear Élodie,\n\nThank you for entering \"Le fleuve en lumières\" in the Bilingual Campaign of the "
        "Year category. The jury has completed its review and your entry was not selected as a finalist "
        "this year.\n\nWe hope to see you at the gala on October 22.\n\nThe CMA Awards team\n", hdrs=BULK),
        diff="hard", notes="award entry 'not selected'")
    # 113
    add("other", build(
        "Prêts hypothécaires Rivecrest <no-reply@rivecrest.ca>",
        "Your mortgage pre-approval request",
        D("2026-04-16 09:42", "-0400"),
        "Dear Élodie Marchand-Singh,\n\nThank you for your application for a mortgage pre-approval. After "
        "reviewing your file, we are unable to approve your request at this time, mainly due to the "
        "length of your current employment.\n\nYou have the right to request a copy of the credit report "
        "used in this decision.\n\nRivecrest Lending\n", hdrs=GEN),
        diff="hard", notes="loan application 'unable to approve'")
    # 114
    add("other", build(
        "Zoom <no-reply@zoom.us>",
        "Cloud Recording - Mock interview w/ Anjali is now available",
        D("2026-02-22 18:17", "+0000"),
        "Hi Élodie,\n\nYour cloud recording is now available.\n\nTopic: Mock interview w/ Anjali\n"
        "Date: Feb 22, 2026 12:30 PM Eastern Time (US and Canada)\n\nShare recording: "
        "https://zoom.us/rec/share/abc123\n", hdrs=GEN),
        diff="hard", notes="recording of a mock interview with a friend")
    # 115
    add("other", build(
        "Imprimerie Saint-Laurent <commandes@imprimeriestl.ca>",
        "Receipt for order #20417",
        D("2025-01-22 15:05", "-0500"),
        "Thank you for your order!\n\nOrder #20417\n25 x Portfolio booklet, 24 pages, matte - $187.50\n"
        "GST/QST - $28.08\nTotal - $215.58\n\nPick-up: 5400 boul. Saint-Laurent, from Friday.\n", hdrs=GEN),
        notes="receipt")
    # 116
    add("other", build(
        "Empire Staffing Group <jobs@empirestaffing.example.com>",
        "Hot marketing jobs this week - NYC & remote",
        D("2025-08-12 13:00", "+0000"),
        "Hi Élodie,\n\nThis week's featured roles:\n\n* Brand Manager (CPG) - $140-160K - Manhattan\n"
        "* PR Director (healthcare) - $180K - hybrid\n* Social Media Lead - contract - remote\n\n"
        "Interviews are happening now. Reply with your updated resume!\n\nThe Empire Staffing team\n",
        hdrs=unsub("https://empirestaffing.example.com/u?x=1")),
        diff="hard", notes="staffing agency mass mailing; 'interviews happening now'")
    # 117
    add("other", build(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Ostara Wellness",
        D("2026-05-21 16:25", "+0000"),
        "Élodie, your application for Marketing Manager, Brand at Ostara Wellness was viewed by the hiring "
        "team.\n\nApplied 2 days ago. See similar jobs: https://www.linkedin.com/jobs\n",
        hdrs=unsub("https://www.linkedin.com/e/unsub?m=2")),
        diff="hard", notes="social-network application status notification")
    # 118
    add("other", build(
        "Banque Sainte-Hélène <avis@bsh-group.com>",
        "Votre reçu de cotisation REER 2025",
        D("2026-02-14 07:15", "-0500"),
        "Bonjour Élodie,\n\nVotre reçu officiel de cotisation au REER pour l'année 2025 est maintenant "
        "disponible dans la section Documents de votre espace client.\n\nBanque Sainte-Hélène\n", hdrs=GEN),
        lang="fr", diff="hard", notes="bank mail from an employer she applied to")
    # 119
    add("other", build(
        "Dmitri Volkov <dmitri.volkov@protonmail.com>",
        "Quick favour - reference?",
        D("2026-06-09 21:03", "-0400"),
        "Hi Élodie,\n\nHope you're well! I'm in the final round for a content director role at an agency "
        "in Toronto and they asked for references. Would you be comfortable being one? They'd call you "
        "sometime next week, 15 minutes max.\n\nThanks a million,\nDmitri\n"),
        contact="Dmitri", diff="hard", notes="former colleague asks for a reference for his own interview")
    # 120
    add("other", build(
        "Google Ads <ads-account-noreply@google.com>",
        "Your ad was disapproved",
        D("2026-10-20 18:45", "+0000"),
        "Hello,\n\nOne or more of your ads in account \"Élodie MS Consulting\" were disapproved and aren't "
        "running. Policy: Unverified claims.\n\nReview the policy and fix your ad to appeal.\n\n"
        "The Google Ads team\n", hdrs=GEN),
        diff="hard", notes="ad disapproved")


def main() -> None:
    messages()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    pol = policy.default.clone(linesep="\r\n")
    for i, m in enumerate(MSGS, 1):
        (OUT / f"{i:03d}.eml").write_bytes(m.as_bytes(policy=pol))
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(ROWS)
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
