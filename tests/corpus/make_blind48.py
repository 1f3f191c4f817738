"""Generate the blind48 evaluation corpus (job seeker: Mira Schönfeld, Berlin).

Stdlib only. Writes tests/corpus/blind48/NNN.eml and labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import email.policy
import email.utils
import hashlib
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind48"
ME = "Mira Schönfeld <mira.schoenfeld@posteo.de>"
BER = "Europe/Berlin"
M: list[dict] = []

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def tzof(tz: str):
    if tz.startswith(("+", "-")):
        sign = 1 if tz[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return ZoneInfo(tz)


def dt(s: str, tz: str = BER) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tzof(tz))


def iso(s: str, tz: str = BER) -> str:
    return dt(s, tz).isoformat()


def wd(s: str, lang: str = "en") -> str:
    return WD[lang][datetime.strptime(s[:10], "%Y-%m-%d").weekday()]


ICS = """BEGIN:VCALENDAR\r
PRODID:-//{prod}//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART:{start}\r
DTEND:{end}\r
DTSTAMP:{stamp}\r
ORGANIZER;CN={org}:mailto:{orgmail}\r
ATTENDEE;CN=Mira Schönfeld;RSVP=TRUE:mailto:mira.schoenfeld@posteo.de\r
UID:{uid}\r
SUMMARY:{summary}\r
LOCATION:{loc}\r
END:VEVENT\r
END:VCALENDAR\r
"""


def ics(start: str, minutes: int, tz: str, org: str, orgmail: str, summary: str, loc: str, prod: str) -> str:
    s = dt(start, tz).astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return ICS.format(prod=prod, start=s.strftime(f), end=e.strftime(f), stamp=(s - timedelta(days=3)).strftime(f),
                      org=org, orgmail=orgmail, uid=f"{hashlib.sha1((summary + start).encode()).hexdigest()[:16]}@{orgmail.split('@')[1]}",
                      summary=summary, loc=loc)


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str, *,
        frm: str, subj: str, date: str, tz: str = BER, body: str | None = None, html: str | None = None,
        ret: str = "", iat: str = "", hdrs: dict | None = None, cal: str | None = None,
        pdf: str | None = None, reply: bool = False, cte: str = "quoted-printable", to: str = ME) -> None:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(date, tz))
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    key = hashlib.sha1(f"{subj}|{date}|{frm}".encode()).hexdigest()
    m["Message-ID"] = f"<{key[:24]}@{dom}>"
    if reply:
        ref = f"<{key[24:]}.{key[:6]}@posteo.de>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (hdrs or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        m.set_content(html, subtype="html", cte=cte)
    if cal is not None:
        if m.get_content_type() == "multipart/alternative":
            m.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
        else:
            m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
    if pdf is not None:
        m.add_attachment(b"%PDF-1.4\n% fake\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", maintype="application",
                         subtype="pdf", filename=pdf)
    for n, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b48_{key[:12]}_{n}")
    M.append(dict(msg=m, label=label, company=company, contact=contact, role=role, ret=ret, lang=lang,
                  diff=diff, notes=notes, iat=iat))


AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
AG = {"Auto-Submitted": "auto-generated"}
LU = {"List-Unsubscribe": "<https://news.example.net/u/8842>", "Precedence": "bulk"}

# ---------------------------------------------------------------- rejections
add("rejection", "Nordlicht Mobility GmbH", "", "UX Researcher (m/w/d)", "de", "easy", "Personio template",
    frm="Nordlicht Mobility GmbH <jobs@nordlicht-mobility.jobs.personio.de>",
    subj="Deine Bewerbung als UX Researcher (m/w/d) bei Nordlicht Mobility", date="2025-02-11 16:40",
    hdrs=AG, body="""Hallo Mira,

vielen Dank für dein Interesse an Nordlicht Mobility und die Zeit, die du in deine Bewerbung gesteckt hast.

Nach sorgfältiger Prüfung haben wir uns entschieden, mit anderen Kandidat*innen weiterzumachen, deren Profil
noch genauer zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns bei der Menge an guten
Bewerbungen nicht leichtgefallen.

Wir wünschen dir für deine weitere Suche alles Gute.

Dein People-Team
Nordlicht Mobility GmbH
Schlesische Straße 29, 10997 Berlin
""")

add("rejection", "Harrowgate Fintech", "", "Senior User Researcher", "en", "easy", "Greenhouse template, remote UK",
    frm="Harrowgate Fintech <no-reply@us.greenhouse-mail.io>",
    subj="Update on your application to Harrowgate Fintech", date="2025-03-04 11:02", tz="+0000",
    body="""Hi Mira,

Thanks for applying for the Senior User Researcher position. We really appreciate you taking the time.

After reviewing your background against what the team needs right now, we won't be progressing your
application to the next stage.

We'll hold on to your details, and you're welcome to apply for other roles on our careers page.

All the best,
Talent Acquisition
Harrowgate Fintech Ltd · 14 Cowcross Street, London EC1M 6DR
""")

add("rejection", "Kiezwerk Digital GmbH", "Jonas", "Senior UX Researcher", "de", "hard",
    "personal note after two interviews; no 'Absage' keyword; mentions Interview in passing",
    frm="Jonas Brettschneider <jonas.brettschneider@kiezwerk.de>",
    subj="Re: Senior UX Researcher – nach unserem Gespräch", date="2025-04-17 18:22", reply=True,
    body="""Liebe Mira,

danke noch mal für das zweite Interview letzte Woche und die wirklich durchdachte Case-Präsentation –
das Team hat danach lange diskutiert.

Am Ende haben wir uns für eine Person entschieden, die schon mehrere Jahre Erfahrung mit
Agentur-Kunden aus dem Gesundheitsbereich mitbringt, was für die nächsten Projekte entscheidend ist.
Deshalb wird es dieses Mal leider nichts mit uns.

Wenn du magst, bleiben wir gern in Kontakt – ich melde mich, sobald wir wieder Research-Rollen öffnen.

Herzliche Grüße
Jonas

--
Jonas Brettschneider
Head of Research | Kiezwerk Digital GmbH
Oranienstraße 185, 10999 Berlin
""")

add("rejection", "Pinebluff Health", "Avery", "UX Researcher, Patient Experience", "en", "hard",
    "warm personal note, 'went a different direction', offers referral",
    frm="Avery Kowalczyk <avery.k@pinebluffhealth.com>",
    subj="Patient Experience research role", date="2025-05-08 13:15", tz="America/New_York",
    body="""Hi Mira,

I wanted to reach out personally rather than let the system do it. The panel enjoyed talking with you, and
your diary-study work came up more than once in our debrief.

We went a different direction for the UX Researcher, Patient Experience hire, mostly because we need someone who can be onsite in Boston
a few days a month.

If it helps, I'm happy to introduce you to a couple of folks I know at remote-first health startups. Just
say the word.

Warmly,
Avery Kowalczyk
Director of Design Research
Pinebluff Health, Inc.
""")

add("rejection", "Isarwerk Automobil AG", "", "User Researcher Connected Car (w/m/d)", "de", "easy",
    "Workday; formal Sie",
    frm="Isarwerk Automobil AG <isarwerk@myworkday.com>",
    subj="Ihre Bewerbung: User Researcher Connected Car (w/m/d) – Referenz JR-20417",
    date="2025-06-02 08:31", hdrs=AG,
    body="""Sehr geehrte Frau Schönfeld,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an der Isarwerk Automobil AG.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung
im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isarwerk Automobil AG, Petuelring 40, 80807 München

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""")

add("rejection", "Grachtwise", "Sanne", "UX Researcher", "en", "hard",
    "very short; 'not the right match at this time'; no legal-form label (B.V. dropped)",
    frm="Sanne de Vries <sanne@grachtwise.nl>", subj="Re: UX Researcher", date="2025-06-19 10:05", reply=True,
    tz="Europe/Amsterdam",
    body="""Hi Mira,

Quick one: after looking at the shortlist again we feel it's not the right match at this time. Sorry to
bring the news by email.

Sanne
Grachtwise B.V.
""")

add("rejection", "Wiener Donaublick Medien GmbH", "", "UX Researcher Digitale Produkte", "de", "easy",
    "softgarden; Vienna publisher",
    frm="Wiener Donaublick Medien GmbH <noreply@softgarden.io>",
    subj="Ihre Bewerbung bei der Wiener Donaublick Medien GmbH", date="2025-07-09 14:48", tz="Europe/Vienna",
    hdrs=AG,
    body="""Sehr geehrte Frau Schönfeld,

herzlichen Dank für Ihre Bewerbung als UX Researcher Digitale Produkte.

Wir haben uns die Entscheidung nicht leicht gemacht, uns jedoch für eine andere Kandidatin entschieden,
deren Erfahrungsprofil unseren derzeitigen Anforderungen noch mehr entspricht.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Human Resources
Wiener Donaublick Medien GmbH
Lassallestraße 7b, 1020 Wien
""")

add("rejection", "Fernweh Labs GmbH", "", "Product Researcher", "en", "hard",
    "HTML only; base64; position filled; GmbH only in footer",
    frm="Fernweh Labs Careers <careers@fernweh-labs.io>", subj="Your application status – Product Researcher",
    date="2025-08-14 17:20", cte="base64", hdrs=AG,
    html="""<html><body style="font-family:Arial">
<p>Hi Mira,</p>
<p>We wanted to give you an update on the <b>Product Researcher</b> role. We've now filled the position
with a candidate whose background lines up closely with our roadmap for next year.</p>
<p>Thank you for your patience throughout the process and for your interest in Fernweh Labs.</p>
<p>Kind regards,<br>The Fernweh Labs hiring team</p>
<p style="font-size:11px;color:#888">Fernweh Labs GmbH &middot; Torstraße 109 &middot; 10119 Berlin</p>
</body></html>""")


add("rejection", "Hafenkante Verlag GmbH & Co. KG", "Kirsten", "Senior UX Researcher (m/w/d)", "de", "hard",
    "after final round; praise; 'entschieden, die Position anders zu besetzen'",
    frm="Kirsten Lohmeier <k.lohmeier@hafenkante-verlag.de>",
    subj="Senior UX Researcher (m/w/d) – Rückmeldung nach dem Finale", date="2025-09-03 15:37",
    body="""Hallo Frau Schönfeld,

nochmals vielen Dank für den Tag bei uns in Hamburg und die Präsentation vor dem Produktteam. Ihre
Interviewleitfäden haben wirklich Eindruck gemacht.

Nach der finalen Runde haben wir uns dennoch entschieden, die Position anders zu besetzen. Den Ausschlag
hat die längere Führungserfahrung einer Mitbewerberin gegeben.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Kirsten Lohmeier
Leitung Talent Acquisition
Hafenkante Verlag GmbH & Co. KG
Großer Burstah 31 · 20457 Hamburg
""")

add("rejection", "Brightloom Analytics", "", "UX Research Lead", "en", "easy", "Lever rejection",
    frm="Brightloom Analytics <no-reply@hire.lever.co>", subj="Brightloom Analytics | UX Research Lead",
    date="2025-09-22 12:10", tz="America/Los_Angeles", hdrs=AG,
    body="""Hi Mira,

Thank you for your interest in the UX Research Lead role at Brightloom Analytics.

We've carefully reviewed your application and decided to pursue other applicants whose experience more
closely matches the scope of this position. We know this isn't the news you were hoping for.

We wish you the very best in your search.

Brightloom Analytics Recruiting
""")

add("rejection", "Atelier Poussin", "Léa", "Chercheuse UX (CDI)", "fr", "easy", "French; Paris agency",
    frm="Léa Marchetti <lea.marchetti@atelier-poussin.fr>",
    subj="Votre candidature – Chercheuse UX (CDI)", date="2025-10-07 10:44", tz="Europe/Paris",
    body="""Bonjour Mira,

Merci pour votre candidature au poste de Chercheuse UX au sein d'Atelier Poussin et pour nos échanges.

Après réflexion, nous avons le regret de vous informer que nous ne donnerons pas suite à votre
candidature : nous avons retenu un profil plus proche de nos besoins actuels, notamment en français
natif pour les entretiens utilisateurs.

Nous vous souhaitons une belle continuation.

Bien cordialement,
Léa Marchetti
Responsable recrutement – Atelier Poussin SAS
""")

add("rejection", "Quaystone Media", "Ollie", "User Researcher", "en", "hard",
    "agency recruiter relays client's decision; recruiter is the contact",
    frm="Ollie Brannigan <ollie@brannigan-talent.co.uk>", subj="Re: Quaystone – feedback", reply=True,
    date="2025-10-21 17:55", tz="Europe/London",
    body="""Hi Mira,

Heard back from Quaystone Media this afternoon. Long story short, they've decided not to take you forward
for the User Researcher job – they felt the portfolio leaned heavily on B2B tooling and they want
someone with more consumer subscription work.

I know that's frustrating after two rounds. I've got another couple of briefs coming in next week that
look like a better fit; I'll ring you Monday.

Cheers,
Ollie Brannigan
Senior Consultant, Brannigan Talent Ltd
""")

add("rejection", "Spreebogen Energie SE", "", "UX Researcher Smart Home (m/w/d)", "de", "hard",
    "SE kept as legal form analogous to AG; 'Zwischenstand' subject",
    frm="Karriere Spreebogen Energie <karriere@spreebogen-energie.de>",
    subj="Zwischenstand zu Ihrer Bewerbung", date="2025-11-12 09:15", hdrs=AG,
    body="""Guten Tag Frau Schönfeld,

Sie haben sich bei der Spreebogen Energie SE als UX Researcher Smart Home (m/w/d) beworben. Dafür
danken wir Ihnen.

Leider können wir Ihnen keine positive Nachricht übermitteln: Ihr Profil kommt für die ausgeschriebene
Stelle nicht in die engere Auswahl. Gerne würden wir Ihre Daten für künftige Vakanzen in unserem
Talentpool speichern – hierfür benötigen wir Ihre Einwilligung über den Link im Bewerberportal.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
""")

add("rejection", "Tessellate", "Priya", "Design Researcher", "en", "hard",
    "rejection reply quoting earlier interview invite",
    frm="Priya Nandakumar <priya@tessellate.design>", subj="Re: Design Researcher – next steps", reply=True,
    date="2025-12-03 19:02", tz="-0500",
    body="""Hi Mira,

Thanks for your patience while we wrapped up. This one didn't work out – we've offered the role to
another candidate who has accepted. I genuinely enjoyed our conversations.

Priya
Tessellate

On Mon, Nov 17, 2025 at 10:12 AM Priya Nandakumar <priya@tessellate.design> wrote:
> Hi Mira, great news - we'd love to invite you to a final interview with our
> founders. Could you do Thursday at 11am ET? It'll be 60 minutes over Zoom.
> Looking forward to it!
""")

add("rejection", "Lumenfeld", "", "UX Researcher (Teilzeit)", "de", "easy", "Join.com template",
    frm="Lumenfeld via JOIN <noreply@join.com>", subj="Update zu deiner Bewerbung bei Lumenfeld",
    date="2026-01-13 11:28", hdrs=AG,
    body="""Hi Mira,

danke, dass du dich als UX Researcher (Teilzeit) bei Lumenfeld beworben hast.

Wir haben uns alle Bewerbungen angeschaut und uns entschieden, den Prozess mit anderen Bewerber:innen
fortzusetzen.

Viel Erfolg weiterhin!
Team Lumenfeld

Diese Nachricht wurde über JOIN versendet.
""")

add("rejection", "Korallenriff Games", "", "Games User Researcher", "en", "easy",
    "SmartRecruiters; multipart",
    frm="Korallenriff Games <noreply@smartrecruiters.com>", subj="Games User Researcher at Korallenriff Games",
    date="2026-02-05 15:00", tz="+0000", hdrs=AG,
    body="""Dear Mira,

Thank you for applying to Korallenriff Games. We regret that we are unable to offer you a position on
the Games User Research team at this time.

We encourage you to keep an eye on our careers page for future openings.

Sincerely,
Korallenriff Games Talent Team
""",
    html="""<html><body><p>Dear Mira,</p><p>Thank you for applying to Korallenriff Games. We regret that we are
unable to offer you a position on the Games User Research team at this time.</p><p>We encourage you to keep
an eye on our careers page for future openings.</p><p>Sincerely,<br>Korallenriff Games Talent Team</p>
</body></html>""")

add("rejection", "Stadtlabor Digital Hamburg", "Henrike", "Nutzerforscherin / Nutzerforscher (E13)", "de",
    "hard", "public sector; 'Auswahlverfahren abgeschlossen'; no explicit 'leider'",
    frm="Henrike Paulsen <henrike.paulsen@stadtlabor.hamburg.de>",
    subj="Ausschreibung 2026-014 Nutzerforschung", date="2026-02-24 10:10",
    body="""Sehr geehrte Frau Schönfeld,

das Auswahlverfahren zur Ausschreibung 2026-014 (Nutzerforscherin / Nutzerforscher (E13))
ist abgeschlossen. Die Stelle wurde mit einer anderen Bewerberin besetzt.

Ihre Unterlagen senden wir nicht zurück; sie werden nach Ablauf der Frist nach dem AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Henrike Paulsen
Stadtlabor Digital Hamburg
Personalservice
""")

add("rejection", "Mosaicly", "", "Senior UX Researcher", "en", "hard",
    "Ashby rejection mentioning the interview loop in passing",
    frm="Mosaicly Recruiting <no-reply@ashbyhq.com>", subj="Following up on your Mosaicly interviews",
    date="2026-03-10 21:40", tz="America/Los_Angeles", hdrs=AG,
    body="""Hi Mira,

Thanks so much for the time you spent with us across the interview loop for Senior UX Researcher. We know
interviewing is a big investment.

After discussing as a team, we've decided not to move forward. We made this decision based on the
specific needs of the role, not on your potential more broadly.

Best of luck,
Mosaicly Recruiting
""")

add("rejection", "Alpenglanz Reisen", "Tobias", "UX Researcher", "de", "hard",
    "curt; internal candidate; du-form; bare signature",
    frm="Tobias Grill <t.grill@alpenglanz-reisen.de>", subj="kurze Rückmeldung – UX Researcher", date="2026-03-27 07:58",
    body="""Hallo Mira,

kurz und ehrlich: wir besetzen die Stelle intern. Danke dir für deine Zeit und sorry für die lange
Funkstille.

Tobias
Alpenglanz Reisen
""")

add("rejection", "Ondulé Studio", "", "UX Researcher", "en", "easy", "Teamtailor template; Amsterdam",
    frm="Ondulé Studio <no-reply@teamtailor.com>", subj="Your application to Ondulé Studio",
    date="2026-04-15 13:33", tz="Europe/Amsterdam", hdrs=AG,
    body="""Hello Mira,

Thanks again for applying for UX Researcher at Ondulé Studio.

Unfortunately we've decided to go ahead with other candidates for this role. We'll keep your application
in our database, and may contact you if something suitable opens up.

Best regards,
Ondulé Studio
""")

add("rejection", "Rheinblick Versicherung AG", "", "UX Research Specialist", "de", "hard",
    "Recruitee; base64; talent pool framing",
    frm="Rheinblick Versicherung AG <rheinblick@recruitee.com>",
    subj="=?utf-8?q?R=C3=BCckmeldung?= UX Research Specialist", date="2026-05-06 16:05", cte="base64", hdrs=AG,
    body="""Liebe Frau Schönfeld,

wir haben Ihre Unterlagen mit großem Interesse gelesen. Für die Position UX Research Specialist haben wir
jedoch Kandidat:innen mit stärkerem quantitativen Schwerpunkt ausgewählt.

Wir haben Sie in unseren Talentpool aufgenommen und kommen auf Sie zu, falls eine passende Stelle frei
wird.

Beste Grüße
Talent Acquisition
Rheinblick Versicherung AG
""")

add("rejection", "Calderwood Group", "Nate", "Research Operations Manager", "en", "hard",
    "rejection with 'let's keep in touch' and mention of future opening; reads like on_hold",
    frm="Nathan Oyelaran <nate.o@calderwoodgroup.com>", subj="Research Ops role", date="2026-06-11 10:20",
    tz="America/New_York",
    body="""Mira –

I'll be direct because you deserve it: we're offering the Research Operations Manager role to someone
else. It was close.

We may open a second ResearchOps seat next year. If we do, you're the first person I'm calling.
Let's keep in touch.

— Nate
Calderwood Group
""")

add("rejection", "Fjordline Health", "", "UX Researcher (Contract)", "en", "easy", "Workable; HTML only",
    frm="Fjordline Health <noreply@workablemail.com>", subj="Thank you for your interest in Fjordline Health",
    date="2026-07-02 09:45", tz="+0000", hdrs=AG,
    html="""<html><body><p>Hi Mira,</p>
<p>Thank you for applying for the UX Researcher (Contract) position. After careful consideration we have
decided not to proceed with your application.</p>
<p>We appreciate your interest and wish you success.</p><p>Fjordline Health</p></body></html>""")

add("rejection", "Pixelhain GmbH", "Sina", "Mixed-Methods Researcher (m/w/d)", "de", "hard",
    "forward from recruiter; decision in forwarded hiring-manager note",
    frm="Sina Okoro <sina.okoro@pixelhain.de>", subj="WG: Mixed-Methods Researcher (m/w/d) – Entscheidung",
    date="2026-08-19 12:12",
    body="""Hallo Mira,

ich leite dir die Nachricht unseres Hiring Managers weiter, damit du die Begründung aus erster Hand hast.
Tut mir leid, dass es nicht geklappt hat.

Viele Grüße
Sina

-------- Weitergeleitete Nachricht --------
Von: Malte Fiedler <malte.fiedler@pixelhain.de>
An: Sina Okoro <sina.okoro@pixelhain.de>
Betreff: Mixed-Methods Researcher (m/w/d) – Entscheidung

Hi Sina,

wir gehen mit Kandidatin B weiter, nicht mit Mira. Bitte gib ihr freundlich Bescheid – der Umfrage-Teil
war stark, aber uns fehlt die Erfahrung mit Behördenprojekten.

Malte
--
Pixelhain GmbH · Kantstraße 14 · 10623 Berlin
""")

add("rejection", "Nubecita Tech", "Carmen", "Investigadora UX", "es", "easy", "Spanish",
    frm="Carmen Ibarra <carmen.ibarra@nubecita.tech>", subj="Tu candidatura para Investigadora UX",
    date="2026-09-08 18:30", tz="Europe/Madrid",
    body="""Hola Mira:

Gracias por tu interés en Nubecita Tech y por el tiempo dedicado a las entrevistas.

Lamentamos comunicarte que hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta
mejor a lo que buscamos en este momento.

Te deseamos mucha suerte.

Un saludo,
Carmen Ibarra
People & Culture · Nubecita Tech S.L.
""")

add("rejection", "Meridian Kite", "", "Lead UX Researcher", "en", "hard",
    "Workday status email that hides decision behind 'no longer under consideration'",
    frm="Meridian Kite <meridiankite@myworkday.com>", subj="Candidate Home: status change",
    date="2026-10-01 02:14", tz="-0800", hdrs=AG,
    body="""Hello Mira,

The status of your application for Lead UX Researcher (R-77310) has changed.

New status: No longer under consideration

You may view your application in Candidate Home. Thank you for your interest in Meridian Kite.
""")

add("rejection", "Schwarzwald Kartografie GmbH", "Ute", "UX Researcher Mobile Apps", "de", "hard",
    "sign-off 'Alles Gute' style; explains no decision phrase; 'passt nicht'",
    frm="Ute Kessler <kessler@schwarzwald-kartografie.de>", subj="Ihre Unterlagen", date="2026-09-18 11:11",
    body="""Guten Tag Frau Schönfeld,

vielen Dank für Ihre Unterlagen für die Stelle UX Researcher Mobile Apps. Wir suchen jemanden, der
zusätzlich Prototypen selbst baut; das passt mit Ihrem Profil nicht ganz zusammen. Wir werden den
Prozess daher ohne Sie fortführen.

Alles Gute für Sie!
Ute Kessler
Schwarzwald Kartografie GmbH, München
""")

# ---------------------------------------------------------------- on_hold
add("on_hold", "Nordlicht Mobility GmbH", "Lukas", "Senior UX Researcher (m/w/d)", "de", "easy", "Einstellungsstopp",
    frm="Lukas Behrendt <lukas.behrendt@nordlicht-mobility.de>", subj="Senior UX Researcher – Stand der Dinge",
    date="2025-03-18 17:05",
    body="""Hallo Mira,

ich muss dir leider eine unerfreuliche Nachricht überbringen: Wir haben ab sofort einen Einstellungsstopp
bis mindestens Ende Q3. Das betrifft auch die Stelle Senior UX Researcher (m/w/d), für die wir eigentlich schon
den nächsten Termin mit dir planen wollten.

Das hat nichts mit dir zu tun – im Gegenteil, du warst ganz vorne mit dabei. Sobald wir wieder einstellen
dürfen, melde ich mich als Erstes bei dir.

Viele Grüße
Lukas Behrendt
Talent Partner · Nordlicht Mobility GmbH
""")

add("on_hold", "Harbourside Commerce", "", "UX Researcher, Checkout", "en", "hard",
    "Greenhouse 'requisition closed' reads like a template rejection",
    frm="Harbourside Commerce <no-reply@us.greenhouse-mail.io>", subj="Regarding your application",
    date="2025-05-27 20:15", tz="America/New_York", hdrs=AG,
    body="""Hi Mira,

We're writing to let you know that the UX Researcher, Checkout requisition has been closed and will not be
filled at this time due to a change in business priorities. As a result, we are unable to continue
with your candidacy for this position.

This is not a reflection of your qualifications. We encourage you to apply to future roles.

Harbourside Commerce Talent Team
""")

add("on_hold", "Hafenkante Verlag GmbH & Co. KG", "Kirsten", "UX Researcher Audio (m/w/d)", "de", "hard",
    "reorg; 'vorerst nicht weiter' could read as rejection",
    frm="Kirsten Lohmeier <k.lohmeier@hafenkante-verlag.de>", subj="UX Researcher Audio – Umstrukturierung",
    date="2025-07-30 12:40",
    body="""Hallo Frau Schönfeld,

im Zuge einer Umstrukturierung unseres Audio-Bereichs wird die Stelle UX Researcher Audio (m/w/d)
vorerst nicht besetzt. Wir können das Verfahren daher leider nicht weiterführen.

Wir wissen noch nicht, ob und wann die Position neu ausgeschrieben wird. Falls ja, kommen wir gern auf Sie
zurück – Ihr Profil hat uns überzeugt.

Viele Grüße
Kirsten Lohmeier
Hafenkante Verlag GmbH & Co. KG
""")

add("on_hold", "Velvetine", "Marcus", "Lead User Researcher", "en", "easy", "pausing the search",
    frm="Marcus Thibodeaux <marcus@velvetine.com>", subj="Pausing the Lead User Researcher search",
    date="2025-09-09 09:30", tz="America/Los_Angeles",
    body="""Hi Mira,

Our leadership team decided this morning to pause the Lead User Researcher search until after our Series C
closes. I wanted you to hear it from me rather than from the ATS.

I hope to restart in early 2026 and would love to pick up where we left off.

Best,
Marcus Thibodeaux
VP Product, Velvetine
""")

add("on_hold", "Bürgerportal Berlin", "", "UX Researcher (m/w/d), E13", "de", "hard",
    "public sector; budget freeze (Haushaltssperre); formal",
    frm="Bürgerportal Berlin – Personalstelle <personal@buergerportal.berlin.de>",
    subj="Ausschreibung BP-25-07: Aussetzung des Verfahrens", date="2025-11-04 13:00",
    body="""Sehr geehrte Frau Schönfeld,

aufgrund der vom Senat verhängten Haushaltssperre wird das Stellenbesetzungsverfahren BP-25-07
(UX Researcher (m/w/d), E13) bis auf Weiteres ausgesetzt. Die für Dezember geplanten
Auswahlgespräche finden nicht statt.

Sobald Haushaltsmittel zur Verfügung stehen, informieren wir Sie über die Fortsetzung des Verfahrens.

Mit freundlichen Grüßen
Personalstelle Bürgerportal Berlin
""")

add("on_hold", "Tessellate", "Priya", "Research Coordinator", "en", "hard",
    "very short; 'role is no longer open'; no reason given",
    frm="Priya Nandakumar <priya@tessellate.design>", subj="Research Coordinator", date="2026-01-20 16:45",
    tz="America/New_York",
    body="""Hey Mira – heads up, the Research Coordinator role is no longer open. Leadership folded the budget
into another team this week. Sorry to leave you hanging, nothing to do with your application.

P.
Tessellate
""")

add("on_hold", "Isarwerk Automobil AG", "", "UX Researcher Infotainment (w/m/d)", "de", "easy",
    "Workday: Stelle storniert",
    frm="Isarwerk Automobil AG <isarwerk@myworkday.com>", subj="Information zu Ihrer Bewerbung JR-22891",
    date="2026-03-03 07:20", hdrs=AG,
    body="""Sehr geehrte Frau Schönfeld,

die Ausschreibung UX Researcher Infotainment (w/m/d) (JR-22891) wurde zurückgezogen. Die Stelle wird
aufgrund interner Planänderungen nicht besetzt. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Wir laden Sie herzlich ein, sich auf andere offene Positionen der Isarwerk Automobil AG zu bewerben.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""")

add("on_hold", "Brightloom Analytics", "Jess", "Senior UX Researcher", "en", "hard",
    "reply thread; quoted text schedules onsite; hiring freeze news on top",
    frm="Jess Amankwah <jess.amankwah@brightloom.io>", subj="RE: Onsite logistics", reply=True,
    date="2026-04-22 11:50", tz="America/Los_Angeles",
    body="""Mira,

I'm so sorry - we need to cancel next week's onsite. The company announced a hiring freeze across
product and design this morning, effective immediately, and the Senior UX Researcher req is included.

I'll keep your file active and reach out the moment the freeze lifts.

Jess
Brightloom Analytics

From: Jess Amankwah
Sent: Thursday, April 16, 2026 3:02 PM
To: Mira Schönfeld
Subject: Onsite logistics

Hi Mira, confirming your onsite interview on Tuesday April 28 at 10:00 AM PT at our SF office. Lunch
with the design team is included.
""")

add("on_hold", "Datagarten", "Elif", "UX Researcher B2B", "de", "hard",
    "'auf Eis gelegt' after funding round slipped; mentions Absage is not one",
    frm="Elif Yıldırım <elif@datagarten.de>", subj="Kurzes Update zur UX-Research-Stelle", date="2026-06-24 19:10",
    body="""Hi Mira,

damit du nicht im Dunkeln tappst: unsere Finanzierungsrunde verzögert sich, und wir haben alle offenen
Stellen erst einmal auf Eis gelegt, auch UX Researcher B2B. Das ist ausdrücklich keine Absage an dich.

Ich melde mich spätestens im September, wie es weitergeht.

LG Elif
Datagarten · Founder & CEO
""")

add("on_hold", "Grachtwise", "", "Senior UX Researcher", "en", "easy", "Recruitee: vacancy cancelled",
    frm="Grachtwise <grachtwise@recruitee.com>", subj="Senior UX Researcher vacancy cancelled",
    date="2026-09-29 10:00", tz="Europe/Amsterdam", hdrs=AG,
    body="""Dear Mira,

We have decided to cancel the Senior UX Researcher vacancy. Because the position will not be filled, we are
closing all open applications, including yours.

Thank you for your understanding.

Kind regards,
Grachtwise B.V.
""")

# ---------------------------------------------------------------- interviews
d = "2025-02-20 10:00"
add("interview", "Kiezwerk Digital GmbH", "Jonas", "Senior UX Researcher", "de", "easy",
    "concrete time, Google Meet", iat=iso(d),
    frm="Jonas Brettschneider <jonas.brettschneider@kiezwerk.de>",
    subj="Einladung zum Kennenlernen – Senior UX Researcher", date="2025-02-14 14:20",
    body=f"""Hallo Mira,

danke für deine Bewerbung! Wir würden dich gern kennenlernen. Passt dir {wd(d, 'de')}, der 20. Februar,
um 10:00 Uhr? Wir sprechen ca. 45 Minuten per Google Meet: https://meet.google.com/kzw-rsch-mir

Mit dabei ist außer mir noch Anke aus dem Design-Team.

Viele Grüße
Jonas
Kiezwerk Digital GmbH
""")

d = "2025-03-25 15:00"
add("interview", "Harrowgate Fintech", "Rory", "Senior User Researcher", "en", "hard",
    "'quick chat' without 'interview'; relative day 'Tuesday' and London time", iat=iso(d, "Europe/London"),
    frm="Rory Ashdown <rory.ashdown@harrowgate.co.uk>", subj="quick chat?", date="2025-03-20 09:12", tz="+0000",
    body="""Hi Mira,

Loved your portfolio piece on onboarding drop-off. Fancy a quick chat about the Senior User Researcher role on my team?
Tuesday at 3pm London time works on my side - I'll send a Teams link if that suits.

Rory
Head of Product Design | Harrowgate Fintech
""")

add("interview", "Pinebluff Health", "Avery", "UX Researcher, Patient Experience", "en", "easy",
    "scheduling link with slots; no single time",
    frm="Avery Kowalczyk <avery.k@pinebluffhealth.com>", subj="Next step: interview with Pinebluff Health",
    date="2025-04-10 12:00", tz="America/New_York",
    body="""Hi Mira,

Thanks for your application for UX Researcher, Patient Experience. We'd like to invite you to a 45-minute
video interview with me and our research manager.

Please grab any open slot that works for you here: https://calendly.com/pinebluff-avery/45min
Slots are shown in your local time.

Best,
Avery
Pinebluff Health
""")

d = "2025-05-14 14:00"
add("interview", "Isarwerk Automobil AG", "", "User Researcher Fahrerassistenz (w/m/d)", "de", "easy",
    "calendar invite with text/calendar part", iat=iso(d),
    frm="Isarwerk Automobil AG <recruiting@isarwerk-automobil.de>",
    subj="Einladung: Vorstellungsgespräch User Researcher Fahrerassistenz (w/m/d)", date="2025-05-06 09:40",
    body=f"""Sehr geehrte Frau Schönfeld,

gerne laden wir Sie zu einem Vorstellungsgespräch ein:

Termin: {wd(d, 'de')}, 14. Mai 2025, 14:00–15:00 Uhr (MESZ)
Ort: Microsoft Teams (Link im Kalendereintrag)
Gesprächspartner: Dr. Florian Aigner (Fachbereich UX), Nadine Huber (HR)

Bitte bestätigen Sie den Termin über die Kalendereinladung.

Mit freundlichen Grüßen
Recruiting, Isarwerk Automobil AG
""", cal=ics(d, 60, BER, "Isarwerk Recruiting", "recruiting@isarwerk-automobil.de",
             "Vorstellungsgespräch User Researcher Fahrerassistenz", "Microsoft Teams", "Microsoft Corporation//Outlook 16.0 MIMEDIR"))

d = "2025-06-26 11:30"
add("interview", "Wiener Donaublick Medien GmbH", "Katharina", "UX Researcher Digitale Produkte", "de", "hard",
    "reschedule; 'verschieben' and 'leider'; new time stated", iat=iso(d, "Europe/Vienna"),
    frm="Katharina Pichler <k.pichler@donaublick-medien.at>", subj="AW: Gesprächstermin UX Researcher Digitale Produkte – Verschiebung",
    reply=True, date="2025-06-23 08:55", tz="Europe/Vienna",
    body=f"""Liebe Frau Schönfeld,

leider muss ich unseren Termin am Dienstag absagen – unser Chefredakteur ist kurzfristig verhindert.
Können wir stattdessen auf {wd(d, 'de')}, 26. Juni, 11:30 Uhr gehen? Der Zoom-Link bleibt gleich.

Entschuldigen Sie die Umstände!

Herzliche Grüße
Katharina Pichler
HR Business Partnerin
Wiener Donaublick Medien GmbH
""")

add("interview", "Quaystone Media", "Ollie", "User Researcher", "en", "hard",
    "agency recruiter; client wants to meet; slots offered",
    frm="Ollie Brannigan <ollie@brannigan-talent.co.uk>", subj="Quaystone want to meet you!",
    date="2025-09-30 16:20", tz="Europe/London",
    body="""Hi Mira,

Great news - Quaystone Media loved your CV and want a first-stage video call with their Head of Research
for the User Researcher role. They've offered Thursday 2nd or Friday 3rd October, any time between 10 and
4 UK time. Let me know what works and I'll lock it in.

Cheers,
Ollie
Brannigan Talent
""")

d = "2025-10-14 16:00"
add("interview", "Brightloom Analytics", "", "UX Research Lead", "en", "easy",
    "GoodTime confirmation, PT", iat=iso(d, "America/Los_Angeles"),
    frm="Brightloom Analytics Recruiting <scheduling@goodtime.io>",
    subj="Confirmed: Brightloom Analytics interview – UX Research Lead", date="2025-10-08 18:03",
    tz="America/Los_Angeles", hdrs=AG,
    body=f"""Hi Mira,

Your interview has been scheduled.

Role: UX Research Lead
When: {wd(d)}, October 14, 2025, 4:00 PM - 5:00 PM Pacific Time
Interviewers: Dana Whitlock (Hiring Manager), Theo Park (Staff Designer)
Where: Zoom - https://brightloom.zoom.us/j/88120933

Need to reschedule? Use the link in your candidate portal.

Brightloom Analytics Recruiting
""")

add("interview", "Nubecita Tech", "Carmen", "Investigadora UX", "es", "easy", "Spanish; slots to choose",
    frm="Carmen Ibarra <carmen.ibarra@nubecita.tech>", subj="Entrevista – Investigadora UX",
    date="2026-08-20 12:15", tz="Europe/Madrid",
    body="""Hola Mira:

Nos ha gustado mucho tu perfil y queremos invitarte a una primera entrevista por videollamada (unos 40
minutos) con nuestro equipo de producto.

¿Te vendría bien el martes 25 o el miércoles 26 de agosto por la mañana? Dinos qué horario prefieres.

Un saludo,
Carmen Ibarra
Nubecita Tech
""")

d = "2025-11-25 09:30"
add("interview", "Tessellate", "Priya", "Design Researcher", "en", "hard",
    "take-home exercise plus review session; no word 'interview'", iat=iso(d, "America/New_York"),
    frm="Priya Nandakumar <priya@tessellate.design>", subj="Design Researcher – exercise + review",
    date="2025-11-18 15:40", tz="America/New_York",
    body=f"""Hi Mira,

Next up is a small exercise: attached is a brief for a recruiting plan and discussion guide (should take
about 3 hours - please don't spend more). Send it back by Monday, and then we'll walk through it together
with two of our designers on {wd(d)}, Nov 25 at 9:30am ET.

Thanks!
Priya
Tessellate
""", pdf="Tessellate_research_brief.pdf")

d = "2026-01-28 13:00"
add("interview", "Spreebogen Energie SE", "Melanie", "UX Researcher Kundenportal (m/w/d)", "de", "hard",
    "'Kennenlerngespräch' confirmation; relative 'Mittwoch'", iat=iso(d),
    frm="Melanie Vogt <melanie.vogt@spreebogen-energie.de>", subj="Bestätigung unseres Kennenlerngesprächs – UX Researcher Kundenportal (m/w/d)",
    date="2026-01-23 10:02",
    body="""Hallo Frau Schönfeld,

wie eben am Telefon besprochen, bestätige ich Ihnen unser Kennenlerngespräch am kommenden Mittwoch um
13 Uhr bei uns in der Zentrale (Holzmarktstraße 4, 10179 Berlin, Empfang 3. OG).

Bringen Sie gerne ein kurzes Research-Beispiel mit, das Sie uns 10 Minuten vorstellen.

Freundliche Grüße
Melanie Vogt
Recruiterin · Spreebogen Energie SE
""")

d = "2026-02-19 15:00"
add("interview", "Mosaicly", "", "Senior UX Researcher", "en", "easy",
    "Ashby with .ics attachment", iat=iso(d, "+0000"),
    frm="Mosaicly Recruiting <no-reply@ashbyhq.com>", subj="Interview confirmed: Senior UX Researcher at Mosaicly",
    date="2026-02-12 17:30", tz="America/Los_Angeles", hdrs=AG,
    body="""Hi Mira,

Your panel interview for Senior UX Researcher is confirmed for February 19, 2026 at 15:00 UTC
(90 minutes). A calendar invitation is attached.

You'll meet three members of the research and product teams. Google Meet link inside the invite.

Mosaicly Recruiting
""", cal=ics(d, 90, "+0000", "Mosaicly Recruiting", "recruiting@mosaicly.com", "Mosaicly panel interview",
             "Google Meet", "Ashby//Interview Scheduling"))

add("interview", "Ondulé Studio", "Femke", "UX Researcher", "en", "hard",
    "ModernLoop link; reply thread whose quote is the acknowledgement",
    frm="Femke Bakker <femke@ondule.studio>", subj="Re: Application received – UX Researcher", reply=True,
    date="2026-03-31 11:15", tz="Europe/Amsterdam",
    body="""Hi Mira,

Jumping in personally on this thread - we'd like to set up a first conversation with you and our
design lead. Could you pick a time here? https://app.modernloop.io/schedule/ondule-ux-rsch

Best,
Femke
People Partner, Ondulé Studio

> Thanks for applying to Ondulé Studio! We've received your application and will
> review it shortly. Unfortunately we can't respond to every applicant individually.
""")

d = "2026-04-16 10:00"
add("interview", "Stadtlabor Digital Hamburg", "Henrike", "Senior Nutzerforscherin / Senior Nutzerforscher (E14)",
    "de", "easy", "formal public-sector invitation; date and time", iat=iso(d),
    frm="Henrike Paulsen <henrike.paulsen@stadtlabor.hamburg.de>",
    subj="Einladung zum Auswahlgespräch – Ausschreibung 2026-031", date="2026-04-02 14:30",
    body=f"""Sehr geehrte Frau Schönfeld,

wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle
Senior Nutzerforscherin / Senior Nutzerforscher (E14) einladen zu können.

Datum: {wd(d, 'de')}, 16. April 2026
Uhrzeit: 10:00 Uhr
Ort: Stadtlabor Digital Hamburg, Steckelhörn 12, 20457 Hamburg, Raum 4.12

Das Gespräch dauert ca. 60 Minuten; die Gleichstellungsbeauftragte und die Personalvertretung nehmen teil.
Reisekosten können nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag
Henrike Paulsen
""")

d = "2026-05-20 16:30"
add("interview", "Calderwood Group", "Nate", "Research Operations Manager", "en", "hard",
    "sent in ET; stated time in CET for candidate", iat=iso(d),
    frm="Nathan Oyelaran <nate.o@calderwoodgroup.com>", subj="Wed works - Research Operations Manager",
    date="2026-05-15 08:40", tz="America/New_York",
    body="""Mira - great, Wednesday at 4:30pm your time (Berlin) it is. That's 10:30am for me in New York. I'll
bring our head of research, Ines, for the second half. Zoom: https://calderwood.zoom.us/j/55210

— Nate
Calderwood Group
""")

d = "2026-06-03 09:00"
add("interview", "Rheinblick Versicherung AG", "", "UX Research Specialist", "de", "hard",
    "online-Assessment + Interview; HTML only; no word 'Vorstellungsgespräch'", iat=iso(d),
    frm="Rheinblick Versicherung AG <rheinblick@recruitee.com>", subj="Ihr nächster Schritt bei Rheinblick",
    date="2026-05-26 10:30", cte="base64", hdrs=AG,
    html=f"""<html><body style="font-family:Helvetica">
<p>Liebe Frau Schönfeld,</p>
<p>wir möchten Sie gern persönlich kennenlernen! Für die Position <b>UX Research Specialist</b> haben wir
folgenden Termin für Sie reserviert:</p>
<p><b>{wd(d, 'de')}, 03.06.2026, 09:00 Uhr</b> &ndash; Videocall mit dem Research-Team (60 Min.)</p>
<p>Den Link erhalten Sie am Vortag.</p>
<p>Beste Grüße<br>Talent Acquisition<br>Rheinblick Versicherung AG</p></body></html>""")

add("interview", "Fjordline Health", "Ingrid", "UX Researcher (Contract)", "en", "hard",
    "'Can we talk?' - phone screen request, no time",
    frm="Ingrid Solberg <ingrid.solberg@fjordlinehealth.com>", subj="Can we talk?", date="2026-06-18 14:02",
    tz="+0000",
    body="""Hi Mira,

I'm the research lead at Fjordline Health. Your application for the UX Researcher (Contract) role landed on my desk
and I'd like to do a 20-minute phone screen before we go further. When are you free in the next few
days? Mornings UK time are easiest for me.

Ingrid
""")

d = "2026-07-09 14:00"
add("interview", "Pixelhain GmbH", "Sina", "Mixed-Methods Researcher (m/w/d)", "de", "easy",
    "invite with 'morgen' relative date", iat=iso(d),
    frm="Sina Okoro <sina.okoro@pixelhain.de>", subj="Interview morgen – Mixed-Methods Researcher (m/w/d)",
    date="2026-07-08 11:20",
    body="""Hi Mira,

wie eben besprochen: wir sehen uns morgen um 14:00 Uhr bei uns im Büro (Kantstraße 14, 2. Hinterhof).
Mit dabei sind Malte (Hiring Manager) und Deniz aus dem Design. Plan ca. 75 Minuten ein.

Bis morgen!
Sina
Pixelhain GmbH
""")

d = "2026-07-27 10:00"
add("interview", "Atelier Poussin", "Léa", "Chercheuse UX Senior", "fr", "easy", "French; visio",
    iat=iso(d, "Europe/Paris"),
    frm="Léa Marchetti <lea.marchetti@atelier-poussin.fr>", subj="Entretien – Chercheuse UX Senior",
    date="2026-07-17 16:00", tz="Europe/Paris",
    body=f"""Bonjour Mira,

Suite à votre candidature, nous serions ravis d'échanger avec vous. Je vous propose un entretien en
visio le {wd(d, 'fr')} 27 juillet à 10h00 (heure de Paris), avec notre directrice de la recherche.

Merci de me confirmer votre disponibilité.

Bien à vous,
Léa Marchetti
Atelier Poussin
""")

d = "2026-09-15 13:00"
add("interview", "Korallenriff Games", "Kai", "Senior Games User Researcher", "en", "hard",
    "onsite itinerary in Hamburg; 'playtest' wording", iat=iso(d),
    frm="Kai Ruhnke <kai.ruhnke@korallenriff.games>", subj="Your visit on the 15th",
    date="2026-09-07 09:15",
    body="""Hi Mira,

Here's the plan for your Senior Games User Researcher interviews at our Hamburg studio on September 15th:

13:00  Welcome & studio tour (me)
13:30  Portfolio walk-through with the GUR team
14:30  Live playtest moderation exercise
15:30  Chat with our Head of Design

Address: Korallenriff Games, Sternstraße 67, 20357 Hamburg. Ring "KRG".

See you soon,
Kai Ruhnke
Games User Research Lead
""")

add("interview", "Velvetine", "Marcus", "Lead User Researcher", "en", "hard",
    "restarted search after pause; asks to reconnect, no time",
    frm="Marcus Thibodeaux <marcus@velvetine.com>", subj="We're back - Lead User Researcher",
    date="2026-02-02 10:00", tz="America/Los_Angeles",
    body="""Hi Mira,

Good news: the funding closed and the Lead User Researcher search is back on. I'd love to reconnect for a
second-round interview with our CPO. Could you send me two or three windows that work next week?

Best,
Marcus
VP Product, Velvetine
""")

d = "2026-10-22 11:00"
add("interview", "Schwarzwald Kartografie GmbH", "Ute", "Senior UX Researcher Navigation", "de", "hard",
    "confirmation reply; quoted text contains an old Absage", iat=iso(d),
    frm="Ute Kessler <kessler@schwarzwald-kartografie.de>", subj="AW: Senior UX Researcher Navigation",
    reply=True, date="2026-10-16 15:00",
    body=f"""Guten Tag Frau Schönfeld,

prima, dann halten wir {wd(d, 'de')}, den 22.10., um 11:00 Uhr fest. Wir treffen uns per Teams.

Viele Grüße
Ute Kessler
Schwarzwald Kartografie GmbH

-----Ursprüngliche Nachricht-----
Von: Mira Schönfeld
Gesendet: Donnerstag, 15. Oktober 2026 18:12
Betreff: Senior UX Researcher Navigation

Liebe Frau Kessler, nach Ihrer Absage für die Mobile-Apps-Stelle im September habe ich die neue
Ausschreibung gesehen ... Donnerstag 11 Uhr würde mir gut passen.
""")

add("interview", "Lumenfeld", "Hannes", "UX Researcher (Teilzeit)", "de", "hard",
    "Calendly link; 'auf einen Kaffee' framing",
    frm="Hannes Wrede <hannes@lumenfeld.de>", subj="Kaffee (virtuell)?", date="2025-12-10 09:05",
    body="""Moin Mira,

ich bin Gründer von Lumenfeld und habe deine Bewerbung als UX Researcher (Teilzeit) gesehen. Lust auf einen virtuellen Kaffee, bevor
wir in den formalen Prozess gehen? Such dir einfach einen Slot aus: https://calendly.com/hannes-lumenfeld/30

Bis bald
Hannes
""")

# ---------------------------------------------------------------- offers
add("offer", "Kiezwerk Digital GmbH", "Jonas", "UX Researcher", "de", "easy", "Angebot with PDF contract",
    frm="Jonas Brettschneider <jonas.brettschneider@kiezwerk.de>", subj="Unser Angebot für dich 🎉",
    date="2025-05-22 16:00", pdf="Kiezwerk_Arbeitsvertrag_Schoenfeld.pdf",
    body="""Liebe Mira,

wir freuen uns riesig: Wir möchten dir die Stelle als UX Researcher bei Kiezwerk Digital GmbH anbieten!

Im Anhang findest du den Vertragsentwurf (68.000 € brutto/Jahr, 30 Urlaubstage, Start am 1. Juli).
Gib uns bitte bis Freitag nächster Woche Bescheid, ob du zusagen möchtest. Fragen gern jederzeit an mich.

Herzliche Grüße
Jonas
""")

add("offer", "Velvetine", "Marcus", "Lead User Researcher", "en", "hard",
    "verbal offer follow-up; never says 'offer'; 'package'",
    frm="Marcus Thibodeaux <marcus@velvetine.com>", subj="Following up on our call", date="2026-03-05 18:20",
    tz="America/Los_Angeles",
    body="""Mira,

Really glad we got to talk this afternoon. As promised, here's the summary in writing: we want you to lead
user research at Velvetine as our Lead User Researcher. Base of $168k (remote, paid via our EOR in Germany), 0.15% equity, start date
flexible. Formal paperwork will come from DocuSign tomorrow.

Take the weekend to think it over. Call me with any questions.

Marcus Thibodeaux
VP Product | Velvetine, Inc.
""")

add("offer", "Spreebogen Energie SE", "Melanie", "UX Researcher Kundenportal (m/w/d)", "de", "easy",
    "Vertragsangebot; SE",
    frm="Melanie Vogt <melanie.vogt@spreebogen-energie.de>", subj="Vertragsangebot UX Researcher Kundenportal",
    date="2026-02-16 11:45", pdf="Angebot_Schoenfeld.pdf",
    body="""Sehr geehrte Frau Schönfeld,

nach den sehr guten Gesprächen freuen wir uns, Ihnen die Position UX Researcher Kundenportal (m/w/d)
anbieten zu dürfen. Das Vertragsangebot finden Sie im Anhang.

Bitte senden Sie uns das unterschriebene Exemplar bis zum 27. Februar zurück.

Mit freundlichen Grüßen
Melanie Vogt
Spreebogen Energie SE
""")

add("offer", "Ondulé Studio", "Femke", "UX Researcher", "en", "hard",
    "Teamtailor offer notice HTML-only; 'Congratulations' with portal link",
    frm="Femke Bakker via Teamtailor <no-reply@teamtailor.com>", subj="Congratulations from Ondulé Studio!",
    date="2026-05-12 15:30", tz="Europe/Amsterdam",
    html="""<html><body><h2>Congratulations, Mira!</h2>
<p>We are delighted to offer you the position of <b>UX Researcher</b> at Ondulé Studio.</p>
<p>Your offer letter is waiting for you in our candidate portal. Please review and sign it by 19 May.</p>
<p>Warm regards,<br>Femke Bakker<br>People Partner, Ondulé Studio B.V.</p></body></html>""")

add("offer", "Atelier Poussin", "Léa", "Chercheuse UX Senior", "fr", "hard",
    "French; 'proposition d'embauche'",
    frm="Léa Marchetti <lea.marchetti@atelier-poussin.fr>", subj="Proposition – Chercheuse UX Senior",
    date="2026-08-10 17:10", tz="Europe/Paris",
    body="""Bonjour Mira,

Suite à vos entretiens, j'ai le plaisir de vous faire une proposition d'embauche pour le poste de
Chercheuse UX Senior, en télétravail depuis Berlin avec deux déplacements par trimestre à Paris.
Vous trouverez les détails (rémunération, date de début) dans le document joint.

Au plaisir de vous compter parmi nous !
Léa
Atelier Poussin
""", pdf="Proposition_Atelier_Poussin.pdf")

add("offer", "Korallenriff Games GmbH", "Kai", "Senior Games User Researcher", "en", "hard",
    "offer hidden in casual message; 'we'd like you on the team'",
    frm="Kai Ruhnke <kai.ruhnke@korallenriff.games>", subj="decision :)", date="2026-09-24 12:00",
    body="""Hi Mira,

Team's unanimous: we'd like you to join us as Senior Games User Researcher. Our HR colleague Birte will send
the contract and salary details (as discussed, 78k) later today. Hope the answer is yes!

Kai
Korallenriff Games GmbH
""")

# ---------------------------------------------------------------- application_received
add("application_received", "Nordlicht Mobility GmbH", "", "UX Researcher (m/w/d)", "de", "easy",
    "Personio Eingangsbestätigung",
    frm="Nordlicht Mobility GmbH <jobs@nordlicht-mobility.jobs.personio.de>",
    subj="Danke für deine Bewerbung!", date="2025-01-21 22:03", hdrs=AG,
    body="""Hallo Mira,

wir haben deine Bewerbung als UX Researcher (m/w/d) erhalten – danke dafür!

Unser Team schaut sich alle Unterlagen in Ruhe an. Du hörst in den nächsten zwei Wochen von uns.

Viele Grüße
Nordlicht Mobility GmbH
""")

add("application_received", "Harrowgate Fintech", "", "Senior User Researcher", "en", "easy", "Greenhouse ack",
    frm="Harrowgate Fintech <no-reply@us.greenhouse-mail.io>",
    subj="Thank you for applying to Harrowgate Fintech", date="2025-02-17 08:12", tz="+0000", hdrs=AG,
    body="""Hi Mira,

Thanks for applying to the Senior User Researcher role at Harrowgate Fintech. Your application has been
received and our team will review it soon.

If your experience is a match, a recruiter will be in touch to discuss next steps.

Harrowgate Fintech Talent Team
""")

add("application_received", "Isarwerk Automobil AG", "", "User Researcher Connected Car (w/m/d)", "de", "hard",
    "Workday ack that describes possible Absage and Vorstellungsgespräch as future steps",
    frm="Isarwerk Automobil AG <isarwerk@myworkday.com>",
    subj="Eingangsbestätigung: User Researcher Connected Car (w/m/d)", date="2025-04-28 19:44", hdrs=AG,
    body="""Sehr geehrte Frau Schönfeld,

vielen Dank für Ihre Bewerbung als User Researcher Connected Car (w/m/d). Ihre Unterlagen sind bei uns
eingegangen.

So geht es weiter: Unser Fachbereich prüft Ihre Bewerbung. Passt Ihr Profil, laden wir Sie zu einem
Vorstellungsgespräch ein; andernfalls erhalten Sie eine Absage per E-Mail. Bitte sehen Sie von
Rückfragen zum Bearbeitungsstand ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Isarwerk Automobil AG
""")

add("application_received", "Brightloom Analytics", "", "UX Research Lead", "en", "easy", "Lever ack",
    frm="Brightloom Analytics <no-reply@hire.lever.co>", subj="Thanks for applying to Brightloom Analytics",
    date="2025-09-02 15:30", tz="America/Los_Angeles", hdrs=AG,
    body="""Hi Mira,

Thanks for your interest in the UX Research Lead position. We've received your application and will be
reviewing it shortly.

Brightloom Analytics
""")

add("application_received", "Wiener Donaublick Medien GmbH", "", "UX Researcher Digitale Produkte", "de", "easy",
    "softgarden ack", frm="Wiener Donaublick Medien GmbH <noreply@softgarden.io>",
    subj="Wir haben Ihre Bewerbung erhalten", date="2025-05-30 10:20", tz="Europe/Vienna", hdrs=AG,
    body="""Sehr geehrte Frau Schönfeld,

vielen Dank für Ihre Bewerbung als UX Researcher Digitale Produkte bei der Wiener Donaublick Medien GmbH.
Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Freundliche Grüße
Human Resources
""")

add("application_received", "Korallenriff Games", "", "Games User Researcher", "en", "hard",
    "'Unfortunately' about response times in an acknowledgement",
    frm="Korallenriff Games <noreply@smartrecruiters.com>", subj="We got your application!",
    date="2026-01-09 11:00", tz="+0000", hdrs=AG,
    body="""Hi Mira,

Thanks for applying for Games User Researcher at Korallenriff Games! Your application is now with our
recruiting team.

Unfortunately we receive a very high number of applications, so it may take up to four weeks until you
hear from us. We appreciate your patience.

Korallenriff Games Talent Team
""")

add("application_received", "Lumenfeld", "", "UX Researcher (Teilzeit)", "de", "easy", "JOIN ack",
    frm="Lumenfeld via JOIN <noreply@join.com>", subj="Deine Bewerbung ist angekommen",
    date="2025-12-01 13:13", hdrs=AG,
    body="""Hi Mira,

deine Bewerbung als UX Researcher (Teilzeit) bei Lumenfeld ist eingegangen. Das Team meldet sich bei dir.

Powered by JOIN
""")

add("application_received", "Mosaicly", "", "Senior UX Researcher", "en", "easy", "Ashby ack, HTML only",
    frm="Mosaicly Recruiting <no-reply@ashbyhq.com>", subj="Application received – Senior UX Researcher",
    date="2026-01-27 23:10", tz="America/Los_Angeles", hdrs=AG,
    html="""<html><body><p>Hi Mira,</p><p>Thank you for applying to <b>Senior UX Researcher</b> at Mosaicly.
We're reviewing applications on a rolling basis.</p><p>— Mosaicly Recruiting</p></body></html>""")

add("application_received", "Stadtlabor Digital Hamburg", "", "Senior Nutzerforscherin / Senior Nutzerforscher (E14)",
    "de", "hard", "public sector ack mentions Auswahlgespräch and Absagen in process description",
    frm="Bewerbungsportal Stadtlabor Digital Hamburg <bewerbung@stadtlabor.hamburg.de>",
    subj="Eingangsbestätigung Ausschreibung 2026-031", date="2026-03-12 09:00", hdrs=AG,
    body="""Sehr geehrte Frau Schönfeld,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Ausschreibung 2026-031
(Senior Nutzerforscherin / Senior Nutzerforscher (E14)).

Nach Ende der Bewerbungsfrist werden alle Bewerbungen gesichtet. Ausgewählte Bewerberinnen und Bewerber
werden zu einem Auswahlgespräch eingeladen; alle anderen erhalten nach Abschluss des Verfahrens eine
schriftliche Nachricht. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Stadtlabor Digital Hamburg – Personalservice
""")

add("application_received", "Rheinblick Versicherung AG", "", "UX Research Specialist", "de", "easy",
    "Recruitee ack", frm="Rheinblick Versicherung AG <rheinblick@recruitee.com>",
    subj="Vielen Dank für Ihre Bewerbung", date="2026-04-20 14:44", hdrs=AG,
    body="""Liebe Frau Schönfeld,

vielen Dank für Ihre Bewerbung als UX Research Specialist. Wir prüfen Ihre Unterlagen und melden uns
zeitnah bei Ihnen.

Beste Grüße
Rheinblick Versicherung AG
""")

add("application_received", "Fjordline Health", "", "UX Researcher (Contract)", "en", "easy", "Workable ack",
    frm="Fjordline Health <noreply@workablemail.com>", subj="Fjordline Health – application received",
    date="2026-06-10 07:30", tz="+0000", hdrs=AG,
    body="""Hi Mira,

We've received your application for UX Researcher (Contract). Thanks for considering Fjordline Health.

The Fjordline Health team
""")

add("application_received", "Ondulé Studio", "", "UX Researcher", "en", "hard",
    "Teamtailor ack with 'we can't respond to every applicant'",
    frm="Ondulé Studio <no-reply@teamtailor.com>", subj="Application received – UX Researcher",
    date="2026-03-24 10:10", tz="Europe/Amsterdam", hdrs=AG,
    body="""Thanks for applying to Ondulé Studio!

We've received your application and will review it shortly. Unfortunately we can't respond to every
applicant individually, but if your profile matches we'll reach out within three weeks.

Ondulé Studio
""")

add("application_received", "Datagarten", "Elif", "UX Researcher B2B", "de", "hard",
    "templated but signed by founder; reads like personal mail",
    frm="Elif Yıldırım <elif@datagarten.de>", subj="Danke, Mira!", date="2026-05-28 21:30",
    body="""Hi Mira,

danke für deine Bewerbung als UX Researcher B2B! Ich lese jede Bewerbung selbst, das kann also ein paar
Tage dauern. Ich melde mich bis spätestens Ende nächster Woche.

Liebe Grüße
Elif, Gründerin von Datagarten
""")

add("application_received", "Grachtwise", "", "Senior UX Researcher", "en", "easy", "Recruitee ack",
    frm="Grachtwise <grachtwise@recruitee.com>", subj="We received your application",
    date="2026-08-31 12:00", tz="Europe/Amsterdam", hdrs=AG,
    body="""Dear Mira,

Thanks for applying for Senior UX Researcher. We have received your application and will be in touch.

Kind regards,
Grachtwise
""")

add("application_received", "Meridian Kite", "", "Lead UX Researcher", "en", "hard",
    "Workday ack mentions 'decision' and 'not selected' as possible outcomes; -0800",
    frm="Meridian Kite <meridiankite@myworkday.com>", subj="Thank you for applying – Lead UX Researcher",
    date="2026-09-03 18:00", tz="-0800", hdrs=AG,
    body="""Hello Mira,

Thank you for applying for Lead UX Researcher (R-77310). We have received your application.

What happens next: our recruiters review every application. If you are not selected, we will let you know
by email. If your background is a match, we will contact you to schedule a conversation. No decision has
been made yet.

Meridian Kite Talent Acquisition
""")

add("application_received", "Nubecita Tech", "", "Investigadora UX", "es", "easy", "Spanish ack",
    frm="Nubecita Tech <empleo@nubecita.tech>", subj="Hemos recibido tu candidatura",
    date="2026-08-04 09:00", tz="Europe/Madrid", hdrs=AG,
    body="""Hola Mira:

Gracias por presentar tu candidatura al puesto de Investigadora UX. La hemos recibido correctamente y la
revisaremos en los próximos días.

Equipo de People · Nubecita Tech
""")

# ---------------------------------------------------------------- auto replies
add("auto_reply", "Kiezwerk Digital GmbH", "Jonas", "", "de", "easy", "Abwesenheitsnotiz; both headers",
    ret="2025-03-17", frm="Jonas Brettschneider <jonas.brettschneider@kiezwerk.de>",
    subj="Abwesenheitsnotiz: Rückfrage zum Prozess", reply=True, date="2025-03-05 12:01", hdrs=AR,
    body="""Hallo,

ich bin bis einschließlich 14.03.2025 nicht im Büro und lese in dieser Zeit keine E-Mails. Ab Montag,
17.03., bin ich wieder da. In dringenden Fällen schreib bitte an people@kiezwerk.de.

Jonas Brettschneider
Kiezwerk Digital GmbH
""")

add("auto_reply", "Pinebluff Health", "Avery", "", "en", "hard", "US date '4/7'; no auto headers",
    ret="2025-04-07", frm="Avery Kowalczyk <avery.k@pinebluffhealth.com>",
    subj="Re: Thank you - Patient Experience interview", reply=True, date="2025-04-01 06:30",
    tz="America/New_York",
    body="""Thanks for your note! I'm out of the office with limited access to email and will be back on 4/7.
For anything time-sensitive please contact talent@pinebluffhealth.com.

Avery Kowalczyk | Director of Design Research | Pinebluff Health
""")

add("auto_reply", "Harrowgate Fintech", "Rory", "", "en", "easy", "no longer with company; redirect",
    frm="Rory Ashdown <rory.ashdown@harrowgate.co.uk>", subj="Automatic reply: Research role follow-up",
    reply=True, date="2025-11-10 10:00", tz="+0000", hdrs={"Auto-Submitted": "auto-replied",
                                                           "X-Auto-Response-Suppress": "All"},
    body="""Hello,

I no longer work at Harrowgate Fintech. Please contact Bethany Cole (bethany.cole@harrowgate.co.uk) for
anything design- or research-related.

Thanks,
Rory
""")

add("auto_reply", "Fernweh Labs", "", "", "en", "hard", "mailbox not monitored bounce on application thread",
    frm="Fernweh Labs Careers <careers@fernweh-labs.io>", subj="Re: Product Researcher – question about the role",
    reply=True, date="2025-08-01 03:12", hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    body="""This mailbox is not monitored. Replies to this address are not read.

To check the status of your application, please log in to your candidate profile. For other questions,
visit fernweh-labs.io/careers/faq.
""")

add("auto_reply", "Hafenkante Verlag GmbH & Co. KG", "Kirsten", "", "de", "hard",
    "Elternzeit; return stated as 'ab 2. März'", ret="2026-03-02",
    frm="Kirsten Lohmeier <k.lohmeier@hafenkante-verlag.de>", subj="Automatische Antwort: Neue Stelle?",
    reply=True, date="2025-12-15 09:44", hdrs={"X-Autoreply": "yes"},
    body="""Liebe Absenderin, lieber Absender,

ich befinde mich derzeit in Elternzeit und bin ab dem 2. März 2026 wieder erreichbar. Ihre Nachricht wird
nicht weitergeleitet. Bei Fragen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an
recruiting@hafenkante-verlag.de.

Kirsten Lohmeier
Hafenkante Verlag GmbH & Co. KG
""")

add("auto_reply", "Atelier Poussin", "Léa", "", "fr", "easy", "French absence message",
    ret="2026-08-24", frm="Léa Marchetti <lea.marchetti@atelier-poussin.fr>",
    subj="Réponse automatique : Proposition – Chercheuse UX Senior", reply=True, date="2026-08-12 09:01",
    tz="Europe/Paris", hdrs=AR,
    body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 21 août inclus, et de retour le lundi 24 août 2026.
Pour toute urgence, merci de contacter rh@atelier-poussin.fr.

Cordialement,
Léa Marchetti
Atelier Poussin
""")

add("auto_reply", "Calderwood Group", "Nate", "", "en", "hard", "'returning Monday 9 March'; no headers",
    ret="2026-03-09", frm="Nathan Oyelaran <nate.o@calderwoodgroup.com>", subj="Re: Research Ops role",
    reply=True, date="2026-03-02 08:05", tz="America/New_York",
    body="""Hi - I'm traveling with patchy connectivity, returning Monday 9 March. I'll reply when I'm back. If
it's about hiring, my colleague Ines (ines.varga@calderwoodgroup.com) can help.

— Nate
Calderwood Group
""")

add("auto_reply", "Tessellate", "Priya", "", "en", "hard", "relative 'back Monday'; subject mentions interview",
    ret="2025-10-20", frm="Priya Nandakumar <priya@tessellate.design>",
    subj="Auto: Re: Interview availability", reply=True, date="2025-10-16 11:00", tz="America/New_York",
    hdrs={"X-Autoreply": "yes"},
    body="""Hi there, I'm off until the weekend and back Monday. I'll get back to you on scheduling then.
Priya
Tessellate
""")

add("auto_reply", "Nubecita Tech", "Carmen", "", "es", "easy", "Spanish OOO", ret="2026-09-07",
    frm="Carmen Ibarra <carmen.ibarra@nubecita.tech>", subj="Respuesta automática: Gracias",
    reply=True, date="2026-09-01 10:00", tz="Europe/Madrid", hdrs=AR,
    body="""Hola:

Estoy de vacaciones y volveré a la oficina el lunes 7 de septiembre. Para temas urgentes, escribe a
people@nubecita.tech.

Un saludo,
Carmen
Nubecita Tech
""")

add("auto_reply", "Brightloom Analytics", "Jess", "", "en", "hard",
    "OOO on interview thread; ordinal date 'October 20th'", ret="2025-10-20",
    frm="Jess Amankwah <jess.amankwah@brightloom.io>", subj="Out of Office Re: Interview on the 14th",
    reply=True, date="2025-10-10 14:00", tz="America/Los_Angeles", hdrs=AR,
    body="""Thank you for your email. I'm out of office at a conference and will be back on October 20th. Your
interview on the 14th is still on as scheduled - Dana will host.

Jess Amankwah
Recruiting, Brightloom Analytics
""")

add("auto_reply", "Datagarten", "Elif", "", "de", "hard", "conference; no return date; no headers",
    frm="Elif Yıldırım <elif@datagarten.de>", subj="Re: Danke, Mira!", reply=True, date="2026-06-01 08:00",
    body="""[Automatische Antwort] Ich bin diese Woche auf der re:publica und nur eingeschränkt erreichbar.
Ich antworte, so schnell ich kann.

Elif · Datagarten
""")

add("auto_reply", "Wiener Donaublick Medien GmbH", "Katharina", "", "de", "hard",
    "Austrian 'Jänner'; Christmas closure", ret="2026-01-07",
    frm="Katharina Pichler <k.pichler@donaublick-medien.at>", subj="Abwesend: Frage zu offenen Stellen",
    reply=True, date="2025-12-22 16:00", tz="Europe/Vienna", hdrs=AR,
    body="""Grüß Gott,

unser Büro bleibt über die Feiertage geschlossen. Ab 7. Jänner 2026 bin ich wieder für Sie da.

Mit freundlichen Grüßen
Katharina Pichler
Wiener Donaublick Medien GmbH
""")

add("auto_reply", "Brannigan Talent", "Ollie", "", "en", "hard",
    "agency recruiter's OOO ('Tues 3rd June'); company is the agency", ret="2025-06-03",
    frm="Ollie Brannigan <ollie@brannigan-talent.co.uk>", subj="Annual leave", reply=True,
    date="2025-05-26 09:00", tz="Europe/London", hdrs={"Auto-Submitted": "auto-replied"},
    body="""Thanks for your email. I'm on annual leave and back in the office on Tues 3rd June. For urgent
candidate matters please call the office on 020 7946 0123.

Ollie Brannigan | Brannigan Talent Ltd
""")

add("auto_reply", "Isarwerk Automobil AG", "", "", "de", "easy", "unmonitored recruiting mailbox",
    frm="Isarwerk Automobil AG Recruiting <recruiting@isarwerk-automobil.de>",
    subj="Automatische Antwort: Terminbestätigung", reply=True, date="2025-05-07 10:15", hdrs=AR,
    body="""Vielen Dank für Ihre Nachricht. Dieses Postfach wird nicht aktiv betreut.

Bitte nutzen Sie für Fragen zu Ihrer Bewerbung das Kontaktformular im Bewerberportal.

Isarwerk Automobil AG
""")

# ---------------------------------------------------------------- other
add("other", "", "", "", "de", "easy", "job alert digest (StepStone-like)",
    frm="JobHafen Jobagent <jobagent@jobhafen.de>", subj="14 neue Jobs für „UX Researcher“ in Berlin",
    date="2025-01-28 06:00", hdrs=LU,
    body="""Guten Morgen Mira,

dein Jobagent hat 14 neue Stellen gefunden:

- Senior UX Researcher (m/w/d) – Fernweh Labs, Berlin
- User Researcher (all genders) – Tiergarten Payments, Berlin
- UX Research Lead – Nordlicht Mobility GmbH, Berlin/Remote
... und 11 weitere

Jetzt bewerben mit einem Klick!
Jobagent abbestellen: https://jobhafen.de/jobagent/abmelden
""")

add("other", "", "", "", "de", "hard", "XING-like notification naming an employer",
    frm="Karrierenetz <benachrichtigung@karrierenetz.de>", subj="Jemand von Isarwerk Automobil AG hat Ihr Profil besucht",
    date="2025-03-01 19:20", hdrs=LU,
    body="""Hallo Mira,

eine Person aus dem Bereich Personal bei Isarwerk Automobil AG hat sich Ihr Profil angesehen.
Mit Karrierenetz Premium sehen Sie, wer es war – jetzt 30 Tage gratis testen!

Ihr Karrierenetz-Team
""")

add("other", "", "", "", "en", "hard", "newsletter article about rejection and interviews",
    frm="The Research Room <hello@researchroom.news>", subj="Issue #88: Bouncing back from rejection",
    date="2025-04-03 07:00", tz="+0000", hdrs=LU,
    body="""This week in The Research Room:

1. "We've decided not to move forward": what 200 researchers learned from their rejections
2. Five interview questions every UX research lead asks (and how to answer them)
3. Job board: 9 remote research roles

Unsubscribe anytime.
""")

add("other", "", "", "", "de", "hard", "podcast 'Interview mit unserer CPO'; HTML only",
    frm="Produktpuls Podcast <podcast@produktpuls.fm>", subj="Neue Folge: Das große Interview mit Nordlicht-CPO Jana Reuter",
    date="2025-06-06 12:00", hdrs=LU,
    html="""<html><body><h1>Produktpuls #54</h1><p>In unserem Interview erzählt Jana Reuter, CPO bei Nordlicht
Mobility, wie ihr Team User Research skaliert – und warum sie jede Bewerbung selbst liest.</p>
<p><a href="https://produktpuls.fm/54">Jetzt anhören</a></p></body></html>""")

add("other", "", "", "", "de", "hard", "declined card payment ('abgelehnt', 'leider')",
    frm="Kontowerk Bank <service@kontowerk.de>", subj="Ihre Kartenzahlung wurde abgelehnt",
    date="2025-07-14 20:41",
    body="""Hallo Mira Schönfeld,

leider wurde Ihre Kartenzahlung über 89,00 EUR bei FLIXTRAIN am 14.07.2025 abgelehnt, da das Tageslimit
erreicht war. Sie können Ihr Limit in der App anpassen.

Ihre Kontowerk Bank
""")

add("other", "", "Kenji", "", "en", "hard", "PR closed 'not moving forward'",
    frm="Kenji Mori <notifications@github.com>", subj="Re: [research-ops-toolkit] Add German consent template (PR #41)",
    date="2025-08-27 13:05", tz="+0000", hdrs={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe>",
                                               "List-ID": "research-ops-toolkit"},
    body="""Thanks for the contribution, @mira-sch! After discussing with the maintainers we've decided not to
move forward with this PR - we'd rather keep locale templates in a separate repo. Closing for now.

-- Kenji

Reply to this email directly or view it on GitHub.
""")

add("other", "", "", "", "en", "hard", "conference paper not accepted",
    frm="MuC 2025 Program Chairs <chairs@muc-conf.org>", subj="MuC 2025 submission #217: decision",
    date="2025-05-15 23:59", tz="+0000",
    body="""Dear Mira Schönfeld,

We regret to inform you that your submission #217 "Diary studies with commuters" was not accepted for the
Mensch und Computer 2025 short paper track. Reviews are included below.

Reviewer 1: ...
Best regards, the Program Chairs
""")

add("other", "", "", "", "de", "easy", "'Angebot' 20% marketing",
    frm="Kaffeekontor <news@kaffeekontor.de>", subj="Exklusives Angebot: 20 % auf alle Bohnen",
    date="2025-09-19 10:00", hdrs=LU, cte="base64",
    body="""Nur bis Sonntag: Unser Angebot für dich – 20 % auf alle Bohnen mit dem Code HERBST20.

Abmelden: https://kaffeekontor.de/abmelden
""",
    html="""<html><body><h2>Nur bis Sonntag!</h2><p>20 % auf alle Bohnen mit dem Code <b>HERBST20</b>.</p></body></html>""")

add("other", "", "Sabine", "", "de", "hard", "apartment application rejected; Absage wording",
    frm="Sabine Krolik <s.krolik@hv-krolik.de>", subj="Ihre Anfrage zur Wohnung Weserstraße 12",
    date="2025-10-02 15:15",
    body="""Sehr geehrte Frau Schönfeld,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Weserstraße. Leider müssen wir Ihnen eine
Absage erteilen, da wir uns für andere Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Sabine Krolik
Hausverwaltung Krolik
""")

add("other", "", "", "", "de", "hard", "Kita-Platz Zusage reads like offer",
    frm="Kita Spatzennest <anmeldung@kita-spatzennest.de>", subj="Zusage für einen Kita-Platz",
    date="2026-02-10 11:00",
    body="""Liebe Frau Schönfeld,

wir freuen uns, Ihnen einen Betreuungsplatz ab dem 1. August 2026 anbieten zu können. Bitte bestätigen Sie
das Angebot bis zum 28. Februar.

Ihr Team der Kita Spatzennest
""")

add("other", "", "Derek", "Senior UX Researcher", "en", "hard", "recruiter mass mailing with 'quick call' and 'interview'",
    frm="Derek Lang <derek@talentsprout.io>", subj="Exciting Senior UX Researcher opportunities - quick call?",
    date="2025-11-18 14:00", tz="-0500",
    body="""Hi there,

I'm working with several fast-growing SaaS clients hiring Senior UX Researchers (remote, US hours). Interviews
are moving quickly! If you're open to a quick call, reply with your availability and an updated resume.

Derek Lang
TalentSprout Recruiting
To opt out of future emails, reply STOP.
""")

add("other", "", "Nele", "", "de", "hard", "friend's personal mail about her own interview",
    frm="Nele Hartung <nele.hartung@posteo.de>", subj="Daumen drücken!", date="2025-12-04 20:30",
    body="""Hey Mira,

ich hatte heute mein Vorstellungsgespräch bei der Agentur, von der ich dir erzählt hab – lief gut, glaube
ich! Die wollen sich nächste Woche melden. Und wenn's eine Absage wird, gehen wir trotzdem Glühwein
trinken, okay?

Kuss, Nele
""")

add("other", "", "Tom", "UX Researcher", "en", "hard", "friend forwards a posting (Fwd)",
    frm="Tom Achterberg <tom.achterberg@gmail.com>", subj="Fwd: UX Researcher @ Tiergarten Payments",
    date="2026-01-15 09:20",
    body="""Saw this and thought of you! Their research lead is lovely, happy to refer you.

Tom

---------- Forwarded message ---------
From: Tiergarten Payments Careers <careers@tiergarten-payments.com>
Subject: UX Researcher @ Tiergarten Payments

We're hiring a UX Researcher to join our Berlin team. Interview process: intro call, case study, team
interview. Apply by Feb 1.
""")

add("other", "", "", "", "en", "hard", "meetup moved venue ('moved forward')",
    frm="ResearchOps Berlin <organizers@researchops-berlin.org>", subj="Update: March meetup has moved",
    date="2026-03-02 18:00", hdrs=LU,
    body="""Hi all,

Heads up: we've moved forward with a new venue for Thursday's meetup - we'll be at Factory Görlitzer Park
instead. Unfortunately the old space cancelled on us. Talks (incl. an interview with two ReOps leads) start
at 19:00.

The organizers
""")

add("other", "", "", "", "en", "easy", "webinar invitation",
    frm="UXcelerate Academy <events@uxcelerate.academy>", subj="Webinar: Nail your research portfolio review",
    date="2026-04-08 16:00", tz="+0000", hdrs=LU,
    body="""Join our free live webinar on April 22: how hiring managers evaluate research portfolios, plus live
mock interview feedback. Save your seat: https://uxcelerate.academy/webinar
""")

add("other", "", "", "", "de", "easy", "mail provider invoice",
    frm="Posteo <rechnung@posteo.de>", subj="Ihre Rechnung Nr. 2026-04411", date="2026-01-02 03:00",
    body="""Liebe Posteo-Kundin,

anbei erhalten Sie Ihre Rechnung über 12,00 EUR für 12 Monate Posteo.

Posteo e.K.
""", pdf="Rechnung_2026-04411.pdf")

add("other", "", "", "", "de", "hard", "train ticket for a trip mentioning Vorstellungsgespräch in booking note",
    frm="Bahnreise Service <buchung@bahnreise-service.de>", subj="Ihre Buchung: Berlin Hbf → Hamburg Hbf",
    date="2026-04-10 21:10",
    body="""Ihre Buchungsbestätigung

Hinfahrt: Do, 16.04.2026, 06:34 Berlin Hbf → 08:22 Hamburg Hbf
Rückfahrt: Do, 16.04.2026, 15:36 Hamburg Hbf → 17:24 Berlin Hbf
Ihre Notiz: Vorstellungsgespräch Stadtlabor

Gute Reise!
""")

add("other", "", "", "", "es", "hard", "language school admission 'aceptada'",
    frm="Escuela Sol de Madrid <admisiones@soldemadrid.es>", subj="Tu solicitud ha sido aceptada",
    date="2026-05-04 10:00", tz="Europe/Madrid",
    body="""Hola Mira:

¡Enhorabuena! Tu solicitud para el curso intensivo de español C1 (julio 2026) ha sido aceptada. Te
ofrecemos una plaza; confirma antes del 15 de mayo.

Escuela Sol de Madrid
""")

add("other", "", "", "", "fr", "hard", "booking request refused ('refusée')",
    frm="Séjours Faciles <noreply@sejours-faciles.fr>", subj="Votre demande de réservation a été refusée",
    date="2026-06-15 08:00", tz="Europe/Paris",
    body="""Bonjour Mira,

Malheureusement, l'hôte n'a pas pu accepter votre demande de réservation à Lyon du 3 au 6 juillet.
Nous ne vous avons rien facturé. Découvrez des logements similaires.

L'équipe Séjours Faciles
""")

add("other", "", "", "", "en", "hard", "research tool: participant interview session confirmed (Mira as interviewer)",
    frm="Testfeld <sessions@testfeld.io>", subj="Interview confirmed: Participant P07 - Tue 10:00",
    date="2026-06-26 12:00", tz="+0000", hdrs=AG,
    body="""Hi Mira,

Your participant P07 has booked a session for your study "Checkout friction 2026":
Interview: Tuesday, 10:00 CEST (45 min), Zoom link in your Testfeld dashboard.
Incentive: 60 EUR, paid automatically after the session.

Testfeld
""", cal=ics("2026-06-30 10:00", 45, BER, "Testfeld", "sessions@testfeld.io", "Study session P07", "Zoom",
             "Testfeld//Sessions"))

add("other", "", "", "", "de", "easy", "salary report newsletter",
    frm="UX Gehaltsreport <report@uxgehalt.de>", subj="Der UX-Gehaltsreport 2026 ist da",
    date="2026-07-07 08:00", hdrs=LU,
    body="""Was verdienen UX Researcher in Berlin, Hamburg und München? Unser neuer Report vergleicht 2.300
Angaben – inklusive Tipps für die Gehaltsverhandlung nach dem Angebot.

Report herunterladen: https://uxgehalt.de/2026
""")

add("other", "", "Tamara", "", "de", "hard", "mentoring programme acceptance reads like an offer",
    frm="Tamara Lenz <tamara@women-in-research.de>", subj="Willkommen im Mentoring-Programm!",
    date="2026-07-21 17:45",
    body="""Liebe Mira,

wir freuen uns sehr, dir mitzuteilen, dass du als Mentorin in unser Herbstprogramm aufgenommen wurdest!
Das Kick-off findet am 10. September statt.

Herzliche Grüße
Tamara
Women in Research e.V.
""")

add("other", "", "Vikram", "Senior UX Researcher (m/w/d)", "de", "hard",
    "agency mass mailing titled 'Jobangebot'; no application",
    frm="Vikram Sethi <v.sethi@kopfwerk-personal.de>", subj="Jobangebot: Senior UX Researcher (m/w/d) – 85k – München",
    date="2026-08-13 09:30",
    body="""Hallo Frau Schönfeld,

für einen namhaften Automobilkonzern in München suche ich eine:n Senior UX Researcher (m/w/d), bis 85k.
Haben Sie Interesse an einem unverbindlichen Telefonat? Dann senden Sie mir gern Ihren aktuellen
Lebenslauf.

Beste Grüße
Vikram Sethi
Kopfwerk Personalberatung GmbH
Wenn Sie keine weiteren Nachrichten wünschen, antworten Sie mit „Abmelden“.
""")

add("other", "", "", "", "en", "easy", "project tool notification",
    frm="Linear <notifications@linear.app>", subj="[RES-112] Recruit 8 participants for diary study",
    date="2026-09-10 14:20", tz="+0000",
    body="""Jonah assigned RES-112 to you: Recruit 8 participants for diary study.
Status: Todo · Priority: High
""")

add("other", "", "", "", "en", "hard", "job-board relay suggesting jobs after a rejection ('not selected')",
    frm="Karrierenetz Jobs <jobs@karrierenetz.de>", subj="Not selected this time? 6 similar roles for you",
    date="2026-10-05 07:30", hdrs=LU,
    body="""Hi Mira,

Applications don't always work out. Here are 6 UX research roles similar to the ones you applied for:

- Lead UX Researcher – Meridian Kite (Remote)
- User Researcher – Quaystone Media (London)
...

Manage your job alerts in settings.
""")

add("other", "", "Jonas", "", "de", "hard", "former hiring manager's personal note (birthday/meetup), mentions Angebot",
    frm="Jonas Brettschneider <jonas.brettschneider@kiezwerk.de>", subj="Sommerfest am Freitag",
    date="2025-07-28 12:00",
    body="""Hi Mira,

kleine Erinnerung an unser Sommerfest am Freitag ab 17 Uhr auf der Dachterrasse. Das Angebot mit dem
Grillen steht, bring gern Nele mit!

Jonas
""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    items = sorted(M, key=lambda x: email.utils.parsedate_to_datetime(str(x["msg"]["Date"])))
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
                    "difficulty", "notes", "interview_at"])
        for i, it in enumerate(items, 1):
            name = f"{i:03d}.eml"
            (OUT / name).write_bytes(it["msg"].as_bytes(policy=email.policy.SMTP))
            w.writerow([name, it["label"], it["company"], it["contact"], it["role"], it["ret"], it["lang"],
                        it["diff"], it["notes"], it["iat"]])


if __name__ == "__main__":
    main()
