"""Generate the blind52 evaluation corpus (job seeker: Lena Hofbauer, Vienna).

Stdlib only. Writes tests/corpus/blind52/NNN.eml and labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind52"
ME = "Lena Hofbauer <lena.hofbauer.design@gmail.com>"
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}


def T(y: int, m: int, d: int, hh: int = 9, mi: int = 0, off: float = 1) -> datetime:
    return datetime(y, m, d, hh, mi, tzinfo=timezone(timedelta(hours=off)))


def day(t: datetime, lang: str = "de", weekday: bool = True) -> str:
    w = WD[lang][t.weekday()]
    if lang == "de":
        s = f"{t.day}. {MO['de'][t.month - 1]}"
        return f"{w}, {s}" if weekday else s
    if lang == "fr":
        s = f"{t.day} {MO['fr'][t.month - 1]}"
        return f"{w} {s}" if weekday else s
    s = f"{t.day} {MO['en'][t.month - 1]}"
    return f"{w} {s}" if weekday else s


def iso(t: datetime) -> str:
    return t.isoformat()


ROWS: list[dict] = []


def add(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
        frm: str, subj: str, date: datetime, body: str | None = None, *, ret: str = "",
        iat: datetime | None = None, html: str | None = None, cte: str = "quoted-printable",
        hdr: dict | None = None, reply: bool = False, pdf: str | None = None,
        ics: str | None = None, to: str = ME) -> None:
    ROWS.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                     diff=diff, notes=notes, frm=frm, subj=subj, date=date, body=body, ret=ret,
                     iat=iat, html=html, cte=cte, hdr=hdr or {}, reply=reply, pdf=pdf, ics=ics,
                     to=to))


def _domain(frm: str) -> str:
    return frm.rsplit("@", 1)[-1].rstrip(">").strip()


def build(r: dict, n: int) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    h = hashlib.sha1(f"blind52-{n}-{r['subj']}".encode()).hexdigest()
    dom = _domain(r["frm"])
    msg["From"] = r["frm"]
    msg["To"] = r["to"]
    msg["Subject"] = r["subj"]
    msg["Date"] = format_datetime(r["date"])
    msg["Message-ID"] = f"<{h[:20]}.{h[20:28]}@{dom}>"
    if r["reply"]:
        ref = f"<CAK{h[5:30]}@mail.gmail.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in r["hdr"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    cte = r["cte"]
    if r["body"] is not None:
        msg.set_content(r["body"], cte=cte)
        if r["html"] is not None:
            msg.add_alternative(r["html"], subtype="html", cte=cte)
    else:
        msg.set_content(r["html"], subtype="html", cte=cte)
    if r["ics"]:
        if msg.get_content_type() == "text/plain":
            msg.make_alternative()
        if msg.get_content_type() == "multipart/alternative":
            msg.add_alternative(r["ics"], subtype="calendar",
                                cte="7bit" if r["ics"].isascii() else "quoted-printable",
                                params={"method": "REQUEST"})
        else:
            msg.add_attachment(r["ics"].encode(), maintype="text", subtype="calendar",
                               filename="invite.ics")
    if r["pdf"]:
        fake = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        msg.add_attachment(fake, maintype="application", subtype="pdf", filename=r["pdf"])
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{h[:12]}_{n}_{i}")
    return msg


def ics(uid: str, start: datetime, minutes: int, summary: str, org: str, loc: str) -> str:
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Blind52//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{s.strftime(f)}", f"DTSTART:{s.strftime(f)}",
        f"DTEND:{e.strftime(f)}", f"SUMMARY:{summary}", f"ORGANIZER:mailto:{org}",
        f"LOCATION:{loc}", "ATTENDEE;RSVP=TRUE:mailto:lena.hofbauer.design@gmail.com",
        "END:VEVENT", "END:VCALENDAR", ""])


AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk"}
GEN = {"Auto-Submitted": "auto-generated"}


def unsub(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "Precedence": "bulk"}


# ---------------------------------------------------------------- messages
# ============================ REJECTION (26) ============================
add("rejection", "Studio Kernbeißer GmbH", "", "Grafikdesigner:in Corporate Design (Vollzeit)", "de", "easy",
    "Personio template; Absage",
    "Studio Kernbeißer GmbH <noreply@jobs.personio.de>",
    "Ihre Bewerbung als Grafikdesigner:in Corporate Design (Vollzeit)", T(2025, 2, 11, 10, 42, 1),
    """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihr Interesse an Studio Kernbeißer und die Zeit, die Sie in Ihre
Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass
wir Ihre Bewerbung für die Position Grafikdesigner:in Corporate Design (Vollzeit)
nicht weiter berücksichtigen können.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Studio Kernbeißer GmbH · Schottenfeldgasse 41 · 1070 Wien

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""", hdr=GEN)

add("rejection", "Brandl & Partner Werbeagentur KG", "Verena", "Senior Art Director", "de", "hard",
    "after final round; warm, offers to stay in touch; no 'leider' until late",
    "Verena Brandl <v.brandl@brandl-partner.at>",
    "Re: Zweites Gespräch – Senior Art Director", T(2025, 3, 27, 17, 5, 1),
    """Liebe Frau Hofbauer,

danke nochmals für den Nachmittag bei uns und die Präsentation Ihres Case zur
Bäckerei Grünauer – das Team hat noch lange darüber gesprochen.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende haben wir uns
für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung in der Führung
eines Kreativteams mitbringt, was für diese Rolle gerade ausschlaggebend war.

Ich würde mich freuen, wenn wir in Kontakt bleiben – bei freien Projekten denke ich
sicher an Sie.

Herzliche Grüße
Verena Brandl
Geschäftsführung
Brandl & Partner Werbeagentur KG
Mariahilfer Straße 88a, 1070 Wien

-----Ursprüngliche Nachricht-----
Von: Lena Hofbauer
Gesendet: Mittwoch, 19. März 2025 09:12
Betreff: Zweites Gespräch – Senior Art Director

Liebe Frau Brandl, vielen Dank für die Einladung zum zweiten Gespräch, ich freue mich!
""", reply=True)

add("rejection", "Haus der Form Salzburg", "", "Ausstellungsgrafiker:in (Karenzvertretung)", "de", "easy",
    "formal museum letter",
    "Haus der Form Salzburg <bewerbung@hausderform.at>",
    "Ausschreibung Ausstellungsgrafiker:in (Karenzvertretung) – Rückmeldung", T(2025, 5, 6, 8, 30, 2),
    """Sehr geehrte Frau Hofbauer,

wir bedanken uns für Ihre Bewerbung auf die Stelle Ausstellungsgrafiker:in
(Karenzvertretung) im Haus der Form Salzburg.

Auf die Ausschreibung haben sich zahlreiche qualifizierte Personen beworben. Wir
bedauern, Ihnen mitteilen zu müssen, dass die Wahl auf eine andere Bewerberin
gefallen ist. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Haus der Form Salzburg
""")

add("rejection", "Kollektiv Tinte GmbH", "Jonas", "Junior Brand Designer", "de", "hard",
    "very short, no rejection keyword ('passt gerade nicht')",
    "Jonas Weidlich <jonas@kollektiv-tinte.de>",
    "Re: Bewerbung Junior Brand Designer", T(2025, 6, 3, 21, 48, 2),
    """Hi Lena,

danke dir für die Mappe, echt schöne Sachen dabei. Für die Junior-Stelle suchen wir
aber doch jemanden mit mehr Motion-Schwerpunkt, das passt gerade nicht zusammen.

Alles Gute dir!
Jonas
Kollektiv Tinte GmbH, Berlin
""", reply=True, cte="8bit")

add("rejection", "Weißblau Brand Partners GmbH", "", "Designer Packaging (m/w/d)", "de", "easy",
    "SmartRecruiters rejection; company only in body",
    "Karriere <noreply@smartrecruiters.com>",
    "Ihre Bewerbung: Designer Packaging (m/w/d)", T(2025, 7, 14, 11, 2, 2),
    None, html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Frau Hofbauer,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Designer Packaging (m/w/d)</b> bei der
Weißblau Brand Partners GmbH in München.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat:innen entschieden haben,
deren Profil noch genauer zu den Anforderungen passt.</p>
<p>Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Erfolg.</p>
<p>Ihr Talent Acquisition Team<br>Weißblau Brand Partners</p>
<p style="font-size:10px;color:#888">Powered by SmartRecruiters · Datenschutz</p>
</body></html>""", cte="base64")

add("rejection", "Verlagshaus Steinbock GmbH", "Ingrid", "Buchgestalter:in / Herstellung", "de", "hard",
    "mentions the interview and a possible future Umschlag job",
    "Ingrid Pammer <ingrid.pammer@steinbock-verlag.at>",
    "Ihr Vorstellungsgespräch am Dienstag", T(2025, 9, 19, 14, 20, 2),
    """Sehr geehrte Frau Hofbauer,

nochmals herzlichen Dank für das angenehme Vorstellungsgespräch am Dienstag. Ihre
Arbeiten zur Typografie haben uns sehr gut gefallen.

Nach Abschluss aller Gespräche haben wir uns entschieden, die Stelle intern mit einer
Kollegin aus der Herstellung zu besetzen. Ich hoffe, Sie verstehen das.

Sollte sich bei Umschlaggestaltungen ein freier Auftrag ergeben, würde ich gerne auf Sie
zukommen, wenn Sie einverstanden sind.

Mit besten Grüßen
Ingrid Pammer
Leitung Herstellung
Verlagshaus Steinbock GmbH
Innsbruck
""")

add("rejection", "Bergquell Getränke AG", "", "Brand Designer (w/m/d) – Inhouse", "de", "easy",
    "Workday rejection; sender domain myworkday",
    "Bergquell Getränke AG <bergquell@myworkday.com>",
    "Update zu Ihrer Bewerbung – Brand Designer (w/m/d) – Inhouse", T(2025, 10, 2, 7, 55, 2),
    """Guten Tag Lena Hofbauer,

vielen Dank für Ihre Bewerbung als Brand Designer (w/m/d) – Inhouse (R-004817).

Wir haben Ihre Unterlagen geprüft und werden Ihre Bewerbung für diese Position nicht
weiterverfolgen. Diese Entscheidung fiel uns bei der Vielzahl guter Bewerbungen nicht leicht.

Gerne können Sie sich auch künftig auf passende Stellen bei der Bergquell Getränke AG bewerben.

Freundliche Grüße
Talent Acquisition
Bergquell Getränke AG
""", hdr=GEN)

add("rejection", "Theater im Seitenflügel", "Mirjam", "Grafiker:in Spielzeitkampagne", "de", "hard",
    "reads like feedback; decision is indirect ('anders entschieden')",
    "Mirjam Kössler <m.koessler@seitenfluegel.at>",
    "Kampagne 25/26", T(2025, 4, 15, 22, 31, 2),
    """Liebe Lena,

ich wollte mich persönlich melden, bevor die Standardmail rausgeht: Die Dramaturgie und
ich haben lange diskutiert und uns dann anders entschieden – die Spielzeitkampagne
übernimmt eine Kollegin, die das Haus schon aus früheren Produktionen kennt.

Deine Plakatentwürfe für „Der Sturm" hängen trotzdem noch an meiner Pinnwand.

Mirjam
""")

add("rejection", "Nordlicht Mobility GmbH", "", "Visual Designer Brand (m/w/d)", "de", "hard",
    "Greenhouse; subject 'Status', rejection in 'nicht in die nächste Runde'; quote of invitation below",
    "Nordlicht Mobility <no-reply@us.greenhouse-mail.io>",
    "Status Ihrer Bewerbung bei Nordlicht Mobility", T(2025, 11, 20, 16, 10, 1),
    """Hallo Lena,

danke, dass du dir Zeit für das Interview mit Sandra und Tobias genommen hast.

Wir haben alle Eindrücke im Team besprochen und werden dich für die Rolle Visual
Designer Brand (m/w/d) nicht in die nächste Runde einladen. Wir wissen, dass diese
Nachricht enttäuschend ist.

Dein Profil bleibt in unserem Talent-Pool, sofern du nicht widersprichst.

Viele Grüße
People Team · Nordlicht Mobility GmbH, Hamburg

> Am 05.11.2025 schrieb Nordlicht Mobility:
> Wir würden dich gerne zu einem Video-Interview einladen ...
""")

add("rejection", "Grafikbüro Aigner", "Thomas", "Grafikdesigner:in Teilzeit 30h", "de", "easy",
    "e.U. dropped; short personal",
    "Thomas Aigner <office@grafik-aigner.at>",
    "Ihre Bewerbung", T(2026, 1, 13, 9, 3, 1),
    """Sehr geehrte Frau Hofbauer,

danke für Ihre Bewerbung als Grafikdesigner:in (Teilzeit 30h). Wir haben die Stelle
inzwischen vergeben und können Ihnen daher leider keine Zusage machen.

Alles Gute und freundliche Grüße
Thomas Aigner

Grafikbüro Aigner e.U.
Landstraße 12, 4020 Linz
""")

add("rejection", "Seeblick Versicherungen AG", "", "UX/UI & Brand Designer 80–100 %", "de", "hard",
    "Swiss; no ß; 'Absage' only implied by 'anderen Weg'",
    "Seeblick Versicherungen <jobs@seeblick.ch>",
    "Ihre Bewerbung UX/UI & Brand Designer 80–100 %", T(2026, 2, 24, 13, 15, 1),
    """Guten Tag Frau Hofbauer

Wir danken Ihnen für Ihr Dossier und das Interesse an der Seeblick Versicherungen AG.

Nach eingehender Prüfung gehen wir für diese Funktion einen anderen Weg. Ihr Profil
entspricht in wesentlichen Punkten (Erfahrung mit Design Systems in Figma) nicht
ganz dem gesuchten Schwerpunkt.

Wir wünschen Ihnen für die Stellensuche viel Erfolg.

Freundliche Grüsse
Human Resources
Seeblick Versicherungen AG, Luzern
""", cte="base64")

add("rejection", "Agentur Fuchsbau GmbH", "", "Mediengestalter:in Digital", "de", "hard",
    "Teamtailor; subject positive ('Danke!'); rejection plus talent pool",
    "Agentur Fuchsbau <jobs@mail.teamtailor.com>",
    "Danke für deine Bewerbung, Lena!", T(2025, 4, 8, 10, 0, 2),
    None, html="""<html><body>
<h2 style="color:#d35400">Danke, Lena!</h2>
<p>Wir haben uns deine Bewerbung als Mediengestalter:in Digital in Ruhe angeschaut.</p>
<p>Ehrlich gesagt: Die Entscheidung war knapp, aber diesmal hat es leider nicht gepasst.
Wir haben die Stelle mit jemandem besetzt, der schon länger im Performance-Bereich arbeitet.</p>
<p>Magst du in unserem Talent-Netzwerk bleiben? Dann hören wir uns hoffentlich wieder.</p>
<p>Liebe Grüße aus Graz<br>Agentur Fuchsbau GmbH</p>
</body></html>""")

add("rejection", "Maison Verrier", "Claire", "Designer graphique junior (H/F)", "fr", "easy",
    "French; SA dropped",
    "Claire Dubois <claire.dubois@maisonverrier.ch>",
    "Votre candidature – Designer graphique junior (H/F)", T(2025, 8, 28, 15, 40, 2),
    """Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Verrier et de votre candidature
au poste de Designer graphique junior (H/F).

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Claire Dubois
Responsable RH
Maison Verrier SA, Genève
""")

add("rejection", "Sixpack Creative", "Rob", "Designer (Brand & Campaign)", "en", "hard",
    "no negative keywords; 'went a different direction'",
    "Rob Keller <rob@sixpackcreative.com>",
    "quick update", T(2025, 3, 25, 18, 2, 1),
    """Hey Lena,

Just closing the loop: the team went a different direction on the Brand & Campaign seat.
Your case studies were strong, I just think we need someone who's shipped more campaign
work end to end right now.

Ping me if you're ever in Berlin, coffee's on me.

— Rob
""")

add("rejection", "Fahrwerk Mobility", "", "Brand Designer", "en", "easy",
    "Ashby template rejection",
    "Fahrwerk Mobility <no-reply@ashbyhq.com>",
    "Your application to Fahrwerk Mobility", T(2025, 3, 4, 12, 31, 1),
    """Hi Lena,

Thank you for applying for the Brand Designer role at Fahrwerk Mobility. We've reviewed
your application and we won't be progressing it further at this time.

We get a lot of applications and can't give individual feedback, but we appreciate the
time you took.

Best,
The Fahrwerk Mobility Talent Team
""")

add("rejection", "Lumora Eyewear", "", "Graphic Designer (Retail)", "en", "hard",
    "Lever; subject neutral; 'closer match' phrasing; ATS domain",
    "Lumora Eyewear <no-reply@hire.lever.co>",
    "Graphic Designer (Retail) – next steps", T(2025, 5, 22, 19, 4, 2),
    """Hi Lena,

Thanks again for your interest in Lumora Eyewear. After reviewing all candidates for our
Graphic Designer (Retail) opening, we've decided to pursue other applicants whose
experience more closely matches what the team needs right now.

We'll hold on to your details and may reach out if something suitable opens up.

Kind regards,
People @ Lumora Eyewear
""")

add("rejection", "Halden Press", "Priya", "Book Cover Designer", "en", "hard",
    "rejection after final round with referral offer",
    "Priya Raman <priya.raman@haldenpress.co.uk>",
    "Re: Final round – Book Cover Designer", T(2025, 6, 18, 16, 55, 1),
    """Dear Lena,

Thank you for coming through all three stages with us, and for the cover roughs for the
autumn list – they were genuinely lovely.

I'm sorry to say that this one didn't work out: we've offered the post to a designer who
is based in London and can be in the studio four days a week, which turned out to matter
more than we expected.

If it helps, I'd be glad to introduce you to two art directors at publishers in Munich
and Zurich who work with freelancers. Just say the word.

With warm wishes,
Priya

Priya Raman
Art Director, Halden Press Ltd.
""", reply=True)

add("rejection", "Orell Studio", "", "Graphic Designer (Exhibitions)", "en", "easy",
    "Workable rejection, multipart",
    "Orell Studio <noreply@candidates.workablemail.com>",
    "Graphic Designer (Exhibitions) at Orell Studio", T(2025, 8, 6, 9, 12, 2),
    """Dear Lena,

Thank you for your application for Graphic Designer (Exhibitions) at Orell Studio.
Unfortunately, we will not be moving forward with your candidacy.

We wish you all the best in your search.

Orell Studio
""", html="""<html><body><p>Dear Lena,</p><p>Thank you for your application for
<b>Graphic Designer (Exhibitions)</b> at Orell Studio.
Unfortunately, we will not be moving forward with your candidacy.</p>
<p>We wish you all the best in your search.</p><p>Orell Studio</p>
<p style="font-size:10px">Sent via Workable</p></body></html>""")

add("rejection", "Copperleaf Advertising", "Mark", "Middleweight Designer", "en", "hard",
    "agency recruiter relays client decision",
    "Mark Ellison <mark.ellison@brightfield-talent.com>",
    "Copperleaf feedback", T(2026, 3, 3, 11, 26, 1),
    """Hi Lena,

Heard back from Copperleaf Advertising this morning. They liked you, especially the
Wildbach rebrand, but they've decided to offer the Middleweight Designer role to the
other finalist, who has more FMCG packaging in her book.

Not the news we wanted. I've got two other briefs in Vienna I think you'd suit – can I
call you Thursday?

Cheers,
Mark Ellison
Senior Consultant – Creative
Brightfield Talent Partners
""")

add("rejection", "Donauwerk Energie AG", "", "Corporate Designer", "en", "hard",
    "iCIMS; 'requisition' wording could read as on_hold but says filled",
    "Donauwerk Energie AG <careers-donauwerk@icims.com>",
    "Regarding your application: Corporate Designer (Req 2291)", T(2025, 12, 9, 14, 0, 1),
    """Dear Lena Hofbauer,

We are writing about requisition 2291, Corporate Designer. This requisition has now been
filled, and we are therefore unable to consider your application any further.

Your candidate profile remains active and you can apply for other openings at
Donauwerk Energie AG at any time.

Sincerely,
Recruiting Services
Donauwerk Energie AG

This message was sent from an unmonitored address. Please do not reply.
""", hdr=GEN)

add("rejection", "Pixelhain", "Sophie", "Product & Brand Designer", "en", "hard",
    "'not the right match at this time' plus 'keep in touch'; friendly",
    "Sophie Lindqvist <sophie@pixelhain.io>",
    "Thanks Lena", T(2025, 2, 12, 15, 37, 1),
    """Hi Lena,

Thank you for the call last week, I really enjoyed it. After thinking it over, we don't
think it's the right match for the Product & Brand Designer role at this time – it has shifted towards product UI more
than we planned when we posted it.

I'd love to keep in touch though. If you're open to it, I'll add you to our freelance list.

Sophie
Co-founder, Pixelhain
""", cte="8bit")

add("rejection", "Kestner & Roth Design", "", "Brand Designer", "en", "easy",
    "BambooHR rejection",
    "Kestner & Roth Design <notifications@app.bamboohr.com>",
    "Kestner & Roth Design – Brand Designer", T(2026, 3, 12, 8, 45, 1),
    """Hello Lena,

Thanks so much for your interest in the Brand Designer position. We have reviewed your
application and have decided not to move forward at this time.

All the best,
Kestner & Roth Design
""")

add("rejection", "Aurelia Hotels", "", "In-house Graphic Designer", "en", "hard",
    "Taleo; mentions interview invitations going to others; 'not selected'",
    "Aurelia Hotels Careers <aurelia@taleo.net>",
    "Your candidacy - In-house Graphic Designer", T(2026, 5, 19, 3, 12, -4),
    """Dear Lena,

Thank you for your interest in the In-house Graphic Designer position (Vienna) with
Aurelia Hotels. Interview invitations for this position have now been sent to the
selected candidates, and we regret that you were not among them.

We encourage you to continue to review our career site.

Aurelia Hotels Talent Acquisition
""", hdr=GEN)

add("rejection", "Marken & Meer GmbH", "Hannes", "Senior Brand Designer", "en", "hard",
    "English mail from German agency; rejection plus praise and 'keep your CV'",
    "Hannes Wulf <hannes.wulf@markenundmeer.de>",
    "Re: Senior Brand Designer – portfolio review", T(2026, 6, 25, 10, 17, 2),
    """Hi Lena,

Thanks for your patience. We compared your portfolio review with the other two shortlisted
people and, honestly, it was close. In the end we chose someone with deeper experience in
retail environments, so we won't be making you an offer for the senior role.

We'll keep your CV on file – we're expecting to grow the team next spring.

Best,
Hannes Wulf
Creative Director | Marken & Meer GmbH
Hamburg

On 17 Jun 2026, at 09:40, Lena Hofbauer wrote:
> Dear Hannes, thank you for the portfolio review yesterday, I enjoyed the discussion.
""", reply=True)

add("rejection", "Kunstforum Ost", "", "Graphic Designer (Communications)", "en", "easy",
    "Recruitee rejection; plain HTML",
    "Kunstforum Ost <noreply@recruitee.com>",
    "Update on your application", T(2026, 11, 20, 16, 0, 1),
    None, html="""<html><body><p>Dear Lena,</p>
<p>thank you for applying for <i>Graphic Designer (Communications)</i> at Kunstforum Ost.
We regret to inform you that we have decided to proceed with other candidates.</p>
<p>Kind regards,<br>Kunstforum Ost HR</p></body></html>""")

add("rejection", "Atelier Grünspan AG", "Nina", "Junior Brand Designer", "en", "hard",
    "forward from recruiter with hiring manager decision quoted",
    "Nina Baumann <nina.baumann@gruenspan.ch>",
    "Fwd: Junior Brand Designer – Lena Hofbauer", T(2026, 4, 14, 12, 48, 2),
    """Hi Lena,

I'm forwarding Lukas's note below so you hear it straight from him. Sorry it wasn't the
result we hoped for.

Nina

---------- Forwarded message ---------
From: Lukas Frei <lukas.frei@gruenspan.ch>
Date: Mon, 13 Apr 2026
Subject: Junior Brand Designer – Lena Hofbauer

Nina, thanks for setting up the task review. Lena's work is thoughtful, but for this seat
I need someone who can lead client workshops in Swiss German from day one. Let's not
move her forward. Please pass on my thanks.

Lukas Frei
Head of Design, Atelier Grünspan AG, Zürich
""")

# ============================ ON_HOLD (10) ============================
add("on_hold", "Hirsch & Hase Kommunikation GmbH", "Barbara", "Art Director:in", "de", "easy",
    "explicit Aufnahmestopp",
    "Barbara Lechner <b.lechner@hirschundhase.at>",
    "Art Director:in – Zwischenstand", T(2025, 2, 26, 11, 20, 1),
    """Liebe Frau Hofbauer,

ich muss Ihnen leider eine unerfreuliche Nachricht überbringen, die nichts mit Ihnen zu tun
hat: Nach dem Verlust eines großen Etats hat die Geschäftsführung gestern einen
Aufnahmestopp bis auf Weiteres beschlossen. Die Besetzung der Stelle Art Director:in ist
damit vorerst ausgesetzt.

Sobald wir wieder suchen dürfen, melde ich mich als Erste bei Ihnen.

Beste Grüße
Barbara Lechner
HR & Office
Hirsch & Hase Kommunikation GmbH
""")

add("on_hold", "Edition Lindwurm", "", "Grafiker:in Verlagsprogramm", "de", "hard",
    "ATS wording 'nicht weiter berücksichtigen' but reason is cancelled posting",
    "Edition Lindwurm <bewerbung@prescreen.io>",
    "Ausschreibung Grafiker:in Verlagsprogramm", T(2025, 6, 11, 9, 5, 2),
    """Sehr geehrte Frau Hofbauer,

wir informieren Sie, dass die Ausschreibung Grafiker:in Verlagsprogramm aus
organisatorischen Gründen zurückgezogen wurde. Bewerbungen auf diese Stelle können daher
nicht weiter berücksichtigt werden. Diese Entscheidung steht in keinem Zusammenhang mit
Ihrer Qualifikation.

Mit freundlichen Grüßen
Edition Lindwurm – Personal
""", hdr=GEN)

add("on_hold", "Kaltenegger Bau GmbH", "Martin", "Marketing- & Grafikdesigner:in", "de", "hard",
    "reorg; 'leider' and 'keine Zusage' language",
    "Martin Kaltenegger <m.kaltenegger@kaltenegger-bau.at>",
    "Re: Ihr Termin bei uns", T(2025, 10, 21, 16, 44, 2),
    """Sehr geehrte Frau Hofbauer,

leider kann ich Ihnen heute keine Zusage geben, aber auch keine Absage: Im Zuge der
Umstrukturierung unseres Marketings wird die Stelle Marketing- & Grafikdesigner:in derzeit
neu bewertet und ist bis Jahresende eingefroren. Ob und in welcher Form sie nachbesetzt
wird, entscheidet sich frühestens im Jänner.

Ich bitte um Ihr Verständnis.

Freundliche Grüße
Martin Kaltenegger
Kaltenegger Bau GmbH, Graz
""", reply=True)

add("on_hold", "Volksbühne Ried", "Katrin", "Grafikdesigner:in (Karenzvertretung)", "de", "easy",
    "budget cut by Land; position not filled",
    "Katrin Obermair <k.obermair@volksbuehne-ried.at>",
    "Karenzvertretung Grafik – Budget", T(2026, 2, 3, 12, 0, 1),
    """Liebe Frau Hofbauer,

durch die Kürzung der Landesförderung für die kommende Saison können wir die
Karenzvertretung im Bereich Grafik nun doch nicht besetzen. Das Bewerbungsverfahren
wird daher eingestellt. Es tut mir sehr leid, gerade weil Ihr Portfolio so gut zu uns
gepasst hätte.

Herzliche Grüße
Katrin Obermair
Kommunikation, Volksbühne Ried
""")

add("on_hold", "Bergquell Getränke AG", "", "Designer:in Packaging", "de", "hard",
    "Workday 'withdrawn' status; no candidate judgement",
    "Bergquell Getränke AG <bergquell@myworkday.com>",
    "Statusänderung: Designer:in Packaging (R-005102)", T(2026, 7, 7, 6, 30, 2),
    """Guten Tag Lena Hofbauer,

die Stellenausschreibung Designer:in Packaging (R-005102), auf die Sie sich beworben haben,
wurde vom Unternehmen storniert. Ihre Bewerbung wurde daher geschlossen.

Sie müssen nichts weiter unternehmen. Vielen Dank für Ihr Interesse an der
Bergquell Getränke AG.

Talent Acquisition
""", hdr=GEN)

add("on_hold", "Quellwerk Studio", "Dana", "Brand Designer", "en", "easy",
    "pausing the search",
    "Dana Whitcombe <dana@quellwerk.studio>",
    "Brand Designer search – pausing for now", T(2025, 4, 29, 14, 2, 2),
    """Hi Lena,

A quick, honest update: we're pausing this search. A client project we'd hired for was
postponed to next year, and we can't justify a new seat until it's confirmed.

It has nothing to do with you – you were very much in the running. I'll get back to you
when we reopen the role, hopefully in Q1.

Best,
Dana Whitcombe
Studio Lead | Quellwerk Studio
""")

add("on_hold", "Fahrwerk Mobility", "Elif", "Senior Brand Designer", "en", "hard",
    "'role is no longer open' after layoffs; could read as rejection",
    "Elif Demir <elif.demir@fahrwerk.io>",
    "Re: Senior Brand Designer – onsite", T(2025, 9, 9, 18, 27, 2),
    """Hi Lena,

I'm sorry to be writing this before your onsite. As you may have read, Fahrwerk Mobility
announced a restructuring this morning and the Senior Brand Designer role is no longer
open. All open design roles were withdrawn, so we have to cancel Thursday.

I genuinely enjoyed our conversations and I'm happy to be a reference for the first rounds.

Elif Demir
Design Recruiter, Fahrwerk Mobility
""", reply=True)

add("on_hold", "Northgate Publishing", "", "Designer, Children's Books", "en", "hard",
    "Jobvite 'position closed'; 'we have decided' phrasing",
    "Northgate Publishing <notification@jobvite.com>",
    "Designer, Children's Books – position update", T(2025, 12, 2, 10, 11, 0),
    """Dear Lena,

We have decided to close the Designer, Children's Books position without making a hire, as
the imprint is being merged into our adult list. Your application is therefore closed.
This is not a reflection of your qualifications.

Thank you for your interest in Northgate Publishing.

Northgate Publishing Recruitment
""", hdr=GEN)

add("on_hold", "Vantor Group", "Sam", "Brand Designer (DACH)", "en", "easy",
    "hiring freeze via agency recruiter",
    "Sam Fletcher <sam.fletcher@hollis-search.com>",
    "Vantor – hiring freeze", T(2026, 3, 18, 9, 50, 0),
    """Hi Lena,

Bad timing I'm afraid: Vantor Group has put a global hiring freeze in place effective today,
so the Brand Designer (DACH) process is on hold. They've told us to expect an update after
the half-year results in August.

I'll keep your file at the top of the pile.

Sam Fletcher
Hollis Search
""")

add("on_hold", "Museum Moderner Druck", "Helga", "Graphic Designer (Exhibitions)", "en", "hard",
    "'we will keep your application' (usually rejection) but search suspended",
    "Helga Strobl <helga.strobl@museum-druck.at>",
    "Graphic Designer (Exhibitions)", T(2026, 8, 20, 15, 3, 2),
    """Dear Ms Hofbauer,

thank you for your patience. The recruitment for Graphic Designer (Exhibitions) has been
suspended while our board reviews the 2027 exhibition budget. We will keep your application
and contact you should the recruitment resume this autumn.

Kind regards,
Helga Strobl
Museum Moderner Druck, Vienna
""")
# ============================ INTERVIEW (22) ============================
_d = T(2025, 1, 20, 14, 5, 1)
_i = T(2025, 1, 23, 10, 0, 1)
add("interview", "Studio Kernbeißer GmbH", "Anna", "Junior Grafikdesigner:in", "de", "easy",
    "invitation with definite time", "Anna Reisinger <anna.reisinger@kernbeisser.at>",
    "Einladung zum Kennenlernen – Junior Grafikdesigner:in", _d,
    f"""Liebe Frau Hofbauer,

vielen Dank für Ihre Bewerbung! Wir würden Sie gerne persönlich kennenlernen und laden Sie
zu einem Gespräch am {day(_i)} um 10:00 Uhr in unser Studio ein
(Schottenfeldgasse 41, 1070 Wien, 2. Stock). Bitte bringen Sie 3–4 Arbeitsproben mit.

Bitte bestätigen Sie den Termin kurz per Mail.

Beste Grüße
Anna Reisinger
Studio Kernbeißer GmbH
""", iat=_i)

_d = T(2025, 3, 10, 9, 15, 1)
add("interview", "Brandl & Partner Werbeagentur KG", "Verena", "Senior Art Director", "de", "hard",
    "several slots offered; no definite time", "Verena Brandl <v.brandl@brandl-partner.at>",
    "Senior Art Director – zweites Gespräch?", _d,
    f"""Liebe Frau Hofbauer,

das erste Gespräch hat uns sehr gefallen. Hätten Sie Zeit für eine zweite Runde mit unserem
Kreativteam (ca. 90 Minuten, inkl. kurzer Case-Präsentation)?

Mögliche Termine:
- {day(T(2025, 3, 18))}, 14:00 Uhr
- {day(T(2025, 3, 19))}, 10:00 Uhr
- {day(T(2025, 3, 21))}, 15:30 Uhr

Geben Sie mir einfach Bescheid, was Ihnen passt.

Herzliche Grüße
Verena Brandl
Brandl & Partner Werbeagentur KG
""")

_d = T(2025, 4, 14, 8, 2, 2)
_i = T(2025, 4, 17, 15, 0, 2)
add("interview", "Nordlicht Mobility GmbH", "", "Visual Designer Brand (m/w/d)", "de", "easy",
    "Greenhouse confirmation with calendar part",
    "Nordlicht Mobility <no-reply@us.greenhouse-mail.io>",
    "Interview bestätigt: Nordlicht Mobility – Visual Designer Brand (m/w/d)", _d,
    f"""Hallo Lena,

dein Video-Interview ist bestätigt:

Datum: {day(_i)} 2025
Uhrzeit: 15:00–15:45 Uhr (MESZ)
Mit: Sandra Opitz (Head of Brand), Tobias Rehm (Senior Designer)
Link: https://meet.google.com/nlm-vdbx-qrt

Nordlicht Mobility GmbH · People Team
""", iat=_i, ics=ics("nlm-int-4417@greenhouse.io", _i, 45, "Interview Nordlicht Mobility",
                    "no-reply@us.greenhouse-mail.io", "Google Meet"))

_d = T(2025, 5, 27, 16, 40, 2)
_i = _d.replace(hour=10, minute=30) + timedelta(days=1)
add("interview", "Verlagshaus Steinbock GmbH", "Ingrid", "Buchgestalter:in / Herstellung", "de", "hard",
    "relative time 'morgen um 10:30'; no word Interview", "Ingrid Pammer <ingrid.pammer@steinbock-verlag.at>",
    "Re: Kurzer Austausch", _d,
    """Liebe Frau Hofbauer,

passt, dann telefonieren wir morgen um 10:30 – ich rufe Sie auf Ihrer Handynummer an. Planen
Sie ca. 30 Minuten ein, ich möchte Ihnen die Stelle und unser Programm vorstellen und
ein paar Fragen zu Ihrer Erfahrung mit Satz und Herstellung stellen.

Bis morgen
Ingrid Pammer
Verlagshaus Steinbock GmbH
""", iat=_i, reply=True)

_d = T(2025, 7, 1, 11, 11, 2)
add("interview", "Weißblau Brand Partners GmbH", "", "Designer Packaging (m/w/d)", "de", "easy",
    "scheduling link; choose slot", "Weißblau Brand Partners <noreply@smartrecruiters.com>",
    "Terminvereinbarung für Ihr Interview", _d,
    None, html="""<html><body><p>Hallo Frau Hofbauer,</p>
<p>wir freuen uns, Sie zu einem ersten Video-Interview (30 Min.) für die Position
<b>Designer Packaging (m/w/d)</b> einzuladen.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin:</p>
<p><a href="https://calendly.com/weissblau-recruiting/30min">Termin auswählen</a></p>
<p>Viele Grüße<br>Ihr Recruiting-Team der Weißblau Brand Partners GmbH</p></body></html>""")

_d = T(2025, 8, 19, 13, 0, 2)
_i = T(2025, 8, 26, 9, 30, 2)
add("interview", "Haus der Form Salzburg", "", "Grafiker:in Ausstellungskommunikation", "de", "hard",
    "Hearing with Kommission; word 'Hearing' not Interview",
    "Haus der Form Salzburg <bewerbung@hausderform.at>",
    "Einladung zum Hearing", _d,
    f"""Sehr geehrte Frau Hofbauer,

wir freuen uns, Ihnen mitzuteilen, dass Sie in die engere Auswahl für die Stelle
Grafiker:in Ausstellungskommunikation aufgenommen wurden.

Wir laden Sie zum Hearing vor der Auswahlkommission ein:
{day(_i)} 2025, 9:30 Uhr, Seminarraum 2, Museumsplatz 1, 5020 Salzburg.

Bitte bereiten Sie eine 10-minütige Präsentation zu einem Ausstellungsprojekt vor.

Mit freundlichen Grüßen
Personalabteilung
Haus der Form Salzburg
""", iat=_i)

_d = T(2025, 10, 6, 10, 45, 2)
add("interview", "Agentur Fuchsbau GmbH", "Lisa", "Mediengestalter:in Digital", "de", "hard",
    "take-home plus presentation; date not fixed yet",
    "Lisa Hartl <lisa@fuchsbau.agency>",
    "Kleine Aufgabe + Termin", _d,
    """Hi Lena,

wie besprochen schicke ich dir die Aufgabe: Entwickle drei Social-Ads für unseren Kunden
„Murtaler Käserei" (Briefing im Anhang). Du hast eine Woche Zeit.

Im Anschluss würden wir deine Ideen gern in einem 45-minütigen Call mit unserem CD
besprechen – den Termin machen wir aus, sobald du abgegeben hast.

Liebe Grüße
Lisa
Agentur Fuchsbau GmbH
""", pdf="Briefing_Murtaler.pdf")

_d = T(2025, 11, 24, 17, 2, 1)
_i = T(2025, 12, 2, 13, 0, 1)
add("interview", "Seeblick Versicherungen AG", "Reto", "Brand Designer 100 %", "de", "hard",
    "reschedule; Swiss German spelling", "Reto Ammann <reto.ammann@seeblick.ch>",
    "Verschiebung unseres Gesprächs", _d,
    f"""Grüezi Frau Hofbauer

Leider muss ich unser Gespräch von morgen verschieben, da ich kurzfristig an eine
Geschäftsleitungssitzung muss. Wäre es für Sie möglich, stattdessen am {day(_i)} um
13.00 Uhr (MEZ) per Teams zu sprechen? Der Link bleibt derselbe.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Reto Ammann
Leiter Markenkommunikation, Seeblick Versicherungen AG
""", iat=_i)

_d = T(2026, 1, 15, 9, 0, 1)
_i = T(2026, 1, 22, 11, 0, 1)
add("interview", "Kaltenegger Bau GmbH", "Martin", "Marketing- & Grafikdesigner:in", "de", "easy",
    "Outlook calendar invite", "Martin Kaltenegger <m.kaltenegger@kaltenegger-bau.at>",
    f"Einladung: Vorstellungsgespräch Lena Hofbauer @ {day(_i)} 2026 11:00 - 12:00 (MEZ)", _d,
    f"""Vorstellungsgespräch Marketing- & Grafikdesigner:in
Wann: {day(_i)} 2026 11:00–12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Wo: Kaltenegger Bau GmbH, Triester Straße 220, 8020 Graz, Besprechungsraum „Schöckl"

Martin Kaltenegger
""", iat=_i, ics=ics("kb-vg-2026-01", _i, 60, "Vorstellungsgespräch Lena Hofbauer",
                    "m.kaltenegger@kaltenegger-bau.at", "Graz"))

_d = T(2026, 4, 20, 12, 12, 2)
add("interview", "Theater im Seitenflügel", "Mirjam", "Grafiker:in Spielzeitkampagne", "de", "hard",
    "informal 'auf einen Kaffee' chat, no time fixed",
    "Mirjam Kössler <m.koessler@seitenfluegel.at>",
    "Spielzeit 26/27", _d,
    """Liebe Lena,

wir suchen wieder jemanden für die Spielzeitkampagne und ich musste sofort an dich denken.
Hast du nächste Woche Lust, auf einen Kaffee vorbeizukommen und mit mir und unserer
Dramaturgin über die Stelle zu reden? Sag mir einfach, welcher Vormittag dir passt.

Mirjam
""")

_d = T(2025, 10, 13, 10, 0, 2)
_i = T(2025, 10, 20, 14, 30, 2)
add("interview", "Maison Verrier", "Claire", "Designer graphique (H/F)", "fr", "easy",
    "French; definite time", "Claire Dubois <claire.dubois@maisonverrier.ch>",
    "Entretien – Designer graphique (H/F)", _d,
    f"""Madame Hofbauer,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien
en visioconférence le {day(_i, 'fr')} 2025 à 14h30 (heure de Genève), avec notre directrice
artistique.

Merci de nous confirmer votre disponibilité.

Bien cordialement,
Claire Dubois
Maison Verrier SA
""", iat=_i)

_d = T(2025, 2, 5, 15, 20, 1)
add("interview", "Sixpack Creative", "Rob", "Designer (Brand & Campaign)", "en", "hard",
    "'quick chat' with Calendly; no word interview",
    "Rob Keller <rob@sixpackcreative.com>",
    "your folio", _d,
    """Hey Lena,

Loved the Wildbach stuff. Up for a quick chat about the Brand & Campaign role? Grab any 30
minutes that works here: https://calendly.com/rob-sixpack/30

— Rob
""")

_d = T(2025, 6, 2, 8, 30, 2)
_i = T(2025, 6, 5, 16, 0, 1)
add("interview", "Halden Press", "Priya", "Book Cover Designer", "en", "hard",
    "time stated in London time; Date header in CEST",
    "Priya Raman <priya.raman@haldenpress.co.uk>",
    "Final round – Book Cover Designer", _d,
    f"""Dear Lena,

We'd love you to join us for the final round: a 60-minute video conversation with our
publisher and two editors, on {day(_i, 'en')} at 4pm London time. We'll ask you to walk us
through one of the cover roughs you sent.

Teams link to follow from my assistant.

Warmly,
Priya Raman
Art Director, Halden Press Ltd.
""", iat=_i)

_d = T(2025, 7, 22, 12, 44, 2)
_i = T(2025, 7, 29, 11, 0, 2)
add("interview", "Lumora Eyewear", "", "Senior Graphic Designer", "en", "easy",
    "GoodTime confirmation with ics",
    "Lumora Eyewear Recruiting <scheduling@goodtime.io>",
    "Confirmed: Interview with Lumora Eyewear", _d,
    f"""Hi Lena,

Your interview for Senior Graphic Designer is confirmed.

When: {day(_i, 'en')} 2025, 11:00 – 12:00 CEST
Where: Zoom (link in the calendar invite)
Interviewers: Marta Kowalski, Design Director; Felix Brandt, Brand Manager

Need to reschedule? Use the link in your invite.

Lumora Eyewear Recruiting
""", iat=_i, ics=ics("gt-lumora-88231", _i, 60, "Interview: Lumora Eyewear",
                    "scheduling@goodtime.io", "Zoom"), hdr=GEN)

_d = T(2025, 9, 1, 9, 5, 2)
add("interview", "Fahrwerk Mobility", "Elif", "Senior Brand Designer", "en", "hard",
    "onsite itinerary with several sessions; starting time stated",
    "Elif Demir <elif.demir@fahrwerk.io>",
    "Your onsite on Thursday", _d,
    None, html=f"""<html><body><p>Hi Lena,</p>
<p>Here's the plan for your onsite at our Munich office on {day(T(2025, 9, 11), 'en')}:</p>
<ul><li>10:00 Welcome &amp; coffee with me</li>
<li>10:30 Portfolio presentation (Design team)</li>
<li>11:30 Brand systems exercise</li><li>12:30 Lunch with the team</li></ul>
<p>Address: Fahrwerk Mobility, Landsberger Str. 110, 80339 München. Ask for me at reception.</p>
<p>Elif</p></body></html>""", iat=T(2025, 9, 11, 10, 0, 2))

_d = T(2025, 11, 3, 14, 14, 1)
_i = T(2025, 11, 11, 15, 0, 1)
add("interview", "Donauwerk Energie AG", "", "Brand Manager Design", "en", "easy",
    "iCIMS invite; panel interview",
    "Donauwerk Energie AG <careers-donauwerk@icims.com>",
    "Interview invitation: Brand Manager Design", _d,
    f"""Dear Lena Hofbauer,

We are pleased to invite you to a panel interview for the position Brand Manager Design.

Date: {day(_i, 'en')} 2025
Time: 15:00 CET
Location: Donauwerk Energie AG, Am Kai 4, 1020 Vienna – Reception B

Please bring a photo ID.

Recruiting Services, Donauwerk Energie AG
""", iat=_i)

_d = T(2026, 2, 10, 18, 3, 1)
add("interview", "Copperleaf Advertising", "Mark", "Middleweight Designer", "en", "hard",
    "agency recruiter; client wants to meet; options not fixed",
    "Mark Ellison <mark.ellison@brightfield-talent.com>",
    "Copperleaf want to meet you!", _d,
    """Hi Lena,

Great news – Copperleaf Advertising loved your CV and want to set up a first interview for the
Middleweight Designer role. Their ECD is free Wednesday or Friday afternoon next week.
Which suits you better? Video or in person at their Neubau office both work.

Cheers,
Mark Ellison
Brightfield Talent Partners
""")

_d = T(2026, 3, 2, 10, 10, 1)
add("interview", "Pixelhain", "Sophie", "Junior Designer", "en", "hard",
    "ModernLoop link; word 'conversation'",
    "Sophie Lindqvist via ModernLoop <no-reply@modernloop.io>",
    "Pick a time to meet the Pixelhain team", _d,
    """Hi Lena,

Sophie Lindqvist from Pixelhain would like to schedule a 45-minute conversation with you about
the Junior Designer opening. Please choose a time that suits you:

https://app.modernloop.io/candidate/avail/8f3k2

Thanks!
""")

_d = T(2026, 5, 5, 17, 36, 2)
_i = T(2026, 5, 7, 9, 0, -4)
add("interview", "Aurelia Hotels", "Jessica", "Brand Designer EMEA", "en", "hard",
    "time given in ET; Date header in CEST",
    "Jessica Moreno <jessica.moreno@aureliahotels.com>",
    "RE: Brand Designer EMEA – call with our VP", _d,
    f"""Hi Lena,

Confirming your call with Daniel Price, VP Brand, on {day(_i, 'en')} at 9:00 am ET
(3:00 pm in Vienna). He'll dial in on Teams.

Best,
Jessica Moreno
Talent Acquisition Partner | Aurelia Hotels
""", iat=_i, reply=True)

_d = T(2026, 6, 8, 11, 23, 2)
add("interview", "Marken & Meer GmbH", "Hannes", "Senior Brand Designer", "en", "easy",
    "portfolio review; slots", "Hannes Wulf <hannes.wulf@markenundmeer.de>",
    "Portfolio review – Senior Brand Designer", _d,
    f"""Hi Lena,

Thanks for your application. We'd like to invite you to a portfolio review with me and our
design lead (about an hour, on Zoom). Would {day(T(2026, 6, 15), 'en')} at 10:00 or
{day(T(2026, 6, 16), 'en')} at 14:00 work for you?

Best,
Hannes Wulf
Creative Director | Marken & Meer GmbH
""")

_d = T(2026, 9, 22, 8, 41, 2)
_i = T(2026, 9, 24, 14, 0, 2)
add("interview", "Atelier Grünspan AG", "Nina", "Brand Designer 100%", "en", "hard",
    "reply quotes previous rejection of another role; this one is invitation",
    "Nina Baumann <nina.baumann@gruenspan.ch>",
    "Re: Brand Designer 100%", _d,
    f"""Hi Lena,

Perfect, then let's lock in {day(_i, 'en')} at 2 pm for your task review with Lukas (on site
in Zürich, Hardstrasse 219). Looking forward!

Nina

> On 21 Sep 2026, Lena Hofbauer wrote:
> Thank you, Nina. After the junior role didn't work out in spring, I'm all the more
> happy to be considered for this one. Thursday works well for me.
""", iat=_i, reply=True)

_d = T(2026, 11, 2, 9, 17, 1)
add("interview", "Kunstforum Ost", "", "Graphic Designer (Communications)", "en", "hard",
    "Paradox chatbot scheduling; sender not company domain",
    "Olivia from Kunstforum Ost <olivia@paradox.ai>",
    "Let's schedule your interview", _d,
    """Hi Lena! I'm Olivia, the virtual assistant for Kunstforum Ost.

Good news: the hiring team would like to interview you for Graphic Designer (Communications).
Reply with the number of the slot that works best:

1) Tue 10 Nov, 10:00
2) Wed 11 Nov, 13:30
3) Thu 12 Nov, 16:00

Reply STOP to opt out of text-style messages.
""")
# ============================ OFFER (6) ============================
add("offer", "Haus der Form Salzburg", "Gudrun", "Grafiker:in Ausstellungskommunikation", "de", "easy",
    "Dienstvertrag attached", "Gudrun Eder <g.eder@hausderform.at>",
    "Ihr Dienstvertrag – Grafiker:in Ausstellungskommunikation", T(2025, 9, 4, 10, 30, 2),
    """Sehr geehrte Frau Hofbauer,

wie gestern telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle Grafiker:in
Ausstellungskommunikation anbieten zu können. Anbei finden Sie den Dienstvertrag
(30 Wochenstunden, Einstufung nach Kollektivvertrag, Beginn 1. Oktober 2025).

Bitte senden Sie uns ein unterschriebenes Exemplar bis 12. September zurück.

Mit freundlichen Grüßen
Gudrun Eder
Personalabteilung, Haus der Form Salzburg
""", pdf="Dienstvertrag_Hofbauer.pdf")

add("offer", "Kaltenegger Bau GmbH", "Martin", "Marketing- & Grafikdesigner:in", "de", "hard",
    "never says Angebot; 'würden uns freuen, wenn Sie bei uns anfangen'",
    "Martin Kaltenegger <m.kaltenegger@kaltenegger-bau.at>",
    "Wie geht's weiter?", T(2026, 1, 27, 15, 5, 1),
    """Sehr geehrte Frau Hofbauer,

nach unserem Gespräch letzte Woche war für uns schnell klar: Wir würden uns sehr freuen,
wenn Sie ab 1. März bei uns anfangen. Wir können Ihnen ein Bruttomonatsgehalt von
EUR 3.450,– (14 Mal) bieten, dazu Gleitzeit und einen Homeoffice-Tag pro Woche.

Wenn das für Sie passt, schicke ich Ihnen den Vertrag zur Durchsicht.

Freundliche Grüße
Martin Kaltenegger
Kaltenegger Bau GmbH
""")

add("offer", "Agentur Fuchsbau GmbH", "", "Mediengestalter:in Digital", "de", "easy",
    "Teamtailor offer letter; Zusage",
    "Agentur Fuchsbau <jobs@mail.teamtailor.com>",
    "Zusage: Mediengestalter:in Digital 🎉", T(2025, 11, 5, 12, 0, 1),
    None, html="""<html><body><h2>Willkommen im Bau, Lena!</h2>
<p>Wir freuen uns riesig, dir die Stelle als <b>Mediengestalter:in Digital</b> anbieten zu können.
Dein Angebot mit allen Eckdaten findest du im Anhang bzw. unter dem Link unten.</p>
<p><a href="https://fuchsbau.teamtailor.com/offers/ab81">Angebot ansehen &amp; annehmen</a></p>
<p>Agentur Fuchsbau GmbH, Graz</p></body></html>""", pdf="Angebot_Fuchsbau.pdf", cte="base64")

add("offer", "Lumora Eyewear", "Marta", "Senior Graphic Designer", "en", "easy",
    "offer letter PDF", "Marta Kowalski <marta.kowalski@lumora-eyewear.com>",
    "Offer – Senior Graphic Designer", T(2025, 8, 8, 16, 16, 2),
    """Dear Lena,

I'm delighted to offer you the position of Senior Graphic Designer at Lumora Eyewear.
Please find your offer letter attached, including salary, start date and benefits.
We'd appreciate your answer by 15 August.

We're really excited at the thought of you joining us.

Marta Kowalski
Design Director, Lumora Eyewear
""", pdf="Lumora_Offer_Hofbauer.pdf")

add("offer", "Pixelhain", "Sophie", "Junior Designer", "en", "hard",
    "verbal-offer follow-up; informal; mentions 'rejected' in jest",
    "Sophie Lindqvist <sophie@pixelhain.io>",
    "so... welcome aboard?", T(2026, 3, 20, 19, 48, 1),
    """Hi Lena,

As promised on the phone: we'd love to have you as our Junior Designer, 32 hours a week,
starting in May. I'll send the contract on Monday; salary as discussed (EUR 44k gross).

No pressure, but the team has already rejected three other names for the new studio dog
in your honour. Let me know if you have any questions.

Sophie
""", cte="8bit")

add("offer", "Atelier Grünspan AG", "Lukas", "Brand Designer 100%", "en", "hard",
    "reply thread quoting an interview; offer in body",
    "Lukas Frei <lukas.frei@gruenspan.ch>",
    "Re: Task review", T(2026, 10, 1, 11, 0, 2),
    """Dear Lena,

Thank you again for last Thursday. We'd like to offer you the role of Brand Designer (100%)
at Atelier Grünspan AG, starting 1 January 2027, at CHF 92,000 per year. Nina will send
the formal offer documents today.

Kind regards,
Lukas Frei
Head of Design

> On 24 Sep 2026, Nina Baumann wrote:
> Confirming your task review with Lukas on Thursday at 2 pm.
""", reply=True)
# ============================ APPLICATION_RECEIVED (16) ============================
add("application_received", "Studio Kernbeißer GmbH", "", "Grafikdesigner:in Corporate Design (Vollzeit)", "de", "easy",
    "Personio Eingangsbestätigung", "Studio Kernbeißer GmbH <noreply@jobs.personio.de>",
    "Eingangsbestätigung Ihrer Bewerbung", T(2025, 1, 8, 20, 14, 1),
    """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung als Grafikdesigner:in Corporate Design (Vollzeit). Ihre
Unterlagen sind bei uns eingegangen und werden nun geprüft. Wir melden uns in den
nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Studio Kernbeißer GmbH
""", hdr=GEN)

add("application_received", "Bergquell Getränke AG", "", "Brand Designer (w/m/d) – Inhouse", "de", "hard",
    "describes possible Absage and interview in next steps",
    "Bergquell Getränke AG <bergquell@myworkday.com>",
    "Vielen Dank für Ihre Bewerbung bei Bergquell", T(2025, 9, 15, 22, 3, 2),
    """Guten Tag Lena Hofbauer,

wir haben Ihre Bewerbung für Brand Designer (w/m/d) – Inhouse erhalten.

So geht es weiter: Unser Team prüft alle Bewerbungen. Wenn Ihr Profil passt, laden wir Sie
zu einem Interview ein; falls nicht, erhalten Sie eine Absage per E-Mail. Den Status können
Sie jederzeit in Ihrem Kandidatenkonto einsehen.

Talent Acquisition, Bergquell Getränke AG
""", hdr=GEN)

add("application_received", "Edition Lindwurm", "", "Grafiker:in Verlagsprogramm", "de", "easy",
    "prescreen acknowledgement", "Edition Lindwurm <bewerbung@prescreen.io>",
    "Ihre Bewerbung ist eingegangen", T(2025, 5, 20, 10, 2, 2),
    """Sehr geehrte Frau Hofbauer,

herzlichen Dank für Ihre Bewerbung als Grafiker:in Verlagsprogramm. Wir haben Ihre
Unterlagen erhalten und melden uns nach Ende der Bewerbungsfrist bei Ihnen.

Edition Lindwurm – Personal
""")

add("application_received", "Theater im Seitenflügel", "", "Grafiker:in Spielzeitkampagne", "de", "hard",
    "sounds personal but is the template; no decision",
    "Theater im Seitenflügel <karriere@seitenfluegel.at>",
    "Vorhang auf – wir haben deine Bewerbung!", T(2025, 3, 12, 11, 11, 1),
    """Liebe Lena,

toll, dass du bei uns mitmachen willst! Deine Bewerbung als Grafiker:in Spielzeitkampagne
ist gut bei uns angekommen. Wir sind ein kleines Haus und lesen jede Bewerbung selbst –
bitte gib uns ein bisschen Zeit.

Dein Theater im Seitenflügel
""")

add("application_received", "Hirsch & Hase Kommunikation GmbH", "", "Art Director:in", "de", "easy",
    "karriere.at forwarding confirmation; company in body",
    "karriere.at <noreply@karriere.at>",
    "Bewerbung erfolgreich versendet: Art Director:in", T(2025, 2, 3, 8, 47, 1),
    """Hallo Lena Hofbauer,

deine Bewerbung für Art Director:in bei Hirsch & Hase Kommunikation GmbH wurde erfolgreich
übermittelt. Das Unternehmen hat deine Unterlagen erhalten.

Viel Erfolg!
Dein karriere.at Team
""", hdr=GEN)

add("application_received", "Weißblau Brand Partners GmbH", "", "Designer Packaging (m/w/d)", "de", "hard",
    "'leider' in acknowledgement (long processing time)",
    "Weißblau Brand Partners <noreply@smartrecruiters.com>",
    "Wir haben Ihre Bewerbung erhalten", T(2025, 6, 16, 9, 9, 2),
    """Hallo Frau Hofbauer,

vielen Dank für Ihre Bewerbung als Designer Packaging (m/w/d) bei der Weißblau Brand
Partners GmbH. Aufgrund der hohen Anzahl an Bewerbungen kann die Bearbeitung leider bis zu
vier Wochen dauern. Wir bitten um Ihre Geduld.

Ihr Recruiting-Team
""", cte="base64")

add("application_received", "Volksbühne Ried", "", "Grafikdesigner:in (Karenzvertretung)", "de", "easy",
    "short acknowledgement", "Volksbühne Ried <bewerbung@volksbuehne-ried.at>",
    "AW: Bewerbung Grafikdesigner:in (Karenzvertretung)", T(2026, 1, 9, 13, 2, 1),
    """Sehr geehrte Frau Hofbauer,

danke für Ihre Bewerbung, wir haben sie erhalten und melden uns bis Ende Jänner.

Volksbühne Ried – Kommunikation
""", reply=True)

add("application_received", "Maison Verrier", "", "Designer graphique junior (H/F)", "fr", "easy",
    "French acknowledgement", "Maison Verrier <recrutement@maisonverrier.ch>",
    "Accusé de réception de votre candidature", T(2025, 8, 1, 9, 0, 2),
    """Madame,

Nous accusons bonne réception de votre candidature au poste de Designer graphique junior (H/F)
et vous en remercions. Elle sera étudiée avec attention par notre équipe.

Le service Recrutement
Maison Verrier
""")

add("application_received", "Fahrwerk Mobility", "", "Brand Designer", "en", "easy",
    "Ashby acknowledgement", "Fahrwerk Mobility <no-reply@ashbyhq.com>",
    "Thanks for applying to Fahrwerk Mobility", T(2025, 2, 18, 16, 1, 1),
    """Hi Lena,

Thanks for applying for Brand Designer at Fahrwerk Mobility! We've received your application
and our team will review it soon.

The Fahrwerk Mobility Talent Team
""")

add("application_received", "Lumora Eyewear", "", "Senior Graphic Designer", "en", "hard",
    "Lever ack mentions 'unfortunately' and interview steps",
    "Lumora Eyewear <no-reply@hire.lever.co>",
    "Lumora Eyewear – application received", T(2025, 5, 2, 7, 12, 2),
    """Hi Lena,

Thanks for your interest in Lumora Eyewear! Your application for Senior Graphic Designer is in.

Unfortunately we can't reply to every applicant personally straight away, but if your
experience is a match, a recruiter will reach out to schedule a first interview.

People @ Lumora Eyewear
""")

add("application_received", "Donauwerk Energie AG", "", "Corporate Designer", "en", "easy",
    "iCIMS ack with auto-generated header", "Donauwerk Energie AG <careers-donauwerk@icims.com>",
    "Thank you for applying: Corporate Designer (Req 2291)", T(2025, 10, 28, 11, 0, 1),
    """Dear Lena Hofbauer,

Thank you for applying for Corporate Designer (Req 2291) at Donauwerk Energie AG. We have
received your application and will be in touch if your qualifications match our needs.

Recruiting Services
""", hdr=GEN)

add("application_received", "Aurelia Hotels", "", "In-house Graphic Designer", "en", "easy",
    "Taleo ack", "Aurelia Hotels Careers <aurelia@taleo.net>",
    "Application Confirmation - In-house Graphic Designer", T(2026, 4, 28, 2, 44, -4),
    """Dear Lena,

This is to confirm that your application for In-house Graphic Designer (Vienna) has been
successfully submitted to Aurelia Hotels.

Aurelia Hotels Talent Acquisition
""", hdr=GEN)

add("application_received", "Kunstforum Ost", "", "Graphic Designer (Communications)", "en", "hard",
    "Recruitee ack with 'not selected' explained as future possibility",
    "Kunstforum Ost <noreply@recruitee.com>",
    "We received your application", T(2026, 8, 14, 18, 30, 2),
    None, html="""<html><body><p>Dear Lena,</p>
<p>thank you for applying for <i>Graphic Designer (Communications)</i> at Kunstforum Ost.</p>
<p>What happens next: we review applications after the deadline on 31 August. Shortlisted
candidates are invited to interview in October. If you are not selected, we will let you
know by email.</p><p>Kunstforum Ost HR</p></body></html>""")

add("application_received", "Northgate Publishing", "", "Designer, Children's Books", "en", "easy",
    "Jobvite ack", "Northgate Publishing <notification@jobvite.com>",
    "Your application to Northgate Publishing", T(2025, 11, 4, 9, 30, 0),
    """Dear Lena,

Thank you for your application for Designer, Children's Books. We have received it and it is
now under review.

Northgate Publishing Recruitment
""")

add("application_received", "Orell Studio", "", "Graphic Designer (Exhibitions)", "en", "easy",
    "Workable ack", "Orell Studio <noreply@candidates.workablemail.com>",
    "Thanks for applying to Orell Studio", T(2025, 7, 10, 12, 5, 2),
    """Hi Lena,

We've received your application for Graphic Designer (Exhibitions) and will review it shortly.

Orell Studio
""")

add("application_received", "Kestner & Roth Design", "", "Brand Designer", "en", "hard",
    "BambooHR ack; reads like personal mail from founder name",
    "Kestner & Roth Design <notifications@app.bamboohr.com>",
    "Hello from Kestner & Roth", T(2026, 2, 25, 14, 40, 1),
    """Hi Lena,

Got it – thanks for sending your application for Brand Designer over! We're a team of six, so
it may take us a little while, but every portfolio gets looked at by both of us.

Cheers,
Kestner & Roth Design
""")
# ============================ AUTO_REPLY (14) ============================
add("auto_reply", "Brandl & Partner Werbeagentur KG", "Verena", "", "de", "easy",
    "Abwesenheitsnotiz with explicit date", "Verena Brandl <v.brandl@brandl-partner.at>",
    "Abwesenheitsnotiz: Bewerbung Senior Art Director", T(2025, 2, 14, 8, 1, 1),
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. Februar 2025 auf Urlaub
und ab Montag, 24. Februar wieder im Büro. In dringenden Fällen wenden Sie sich bitte an
office@brandl-partner.at.

Verena Brandl
Brandl & Partner Werbeagentur KG
""", ret="2025-02-24", hdr=AUTO)

add("auto_reply", "Verlagshaus Steinbock GmbH", "Ingrid", "", "de", "hard",
    "no auto headers; relative 'ab Montag'", "Ingrid Pammer <ingrid.pammer@steinbock-verlag.at>",
    "Automatische Antwort: Bewerbungsunterlagen", T(2025, 5, 14, 17, 20, 2),
    """Guten Tag,

ich bin diese Woche auf der Buchmesse und ab Montag wieder erreichbar. Ihre E-Mail wird
nicht weitergeleitet.

Ingrid Pammer
Verlagshaus Steinbock GmbH
""", ret="2025-05-19")

add("auto_reply", "Nordlicht Mobility GmbH", "Sandra", "", "de", "hard",
    "Elternzeit; long absence with date and contact person",
    "Sandra Opitz <sandra.opitz@nordlicht-mobility.de>",
    "Automatische Antwort: Rückfrage Interview", T(2025, 12, 1, 9, 0, 1),
    """Hallo,

ich befinde mich bis 31.03.2026 in Elternzeit. Ab dem 01.04.2026 bin ich wieder für Sie da.
In Brand-Themen hilft Ihnen Tobias Rehm (tobias.rehm@nordlicht-mobility.de) gerne weiter.

Sandra Opitz
Head of Brand, Nordlicht Mobility GmbH
""", ret="2026-04-01", hdr={"Auto-Submitted": "auto-replied"})

add("auto_reply", "Hirsch & Hase Kommunikation GmbH", "Barbara", "", "de", "hard",
    "'nicht mehr im Unternehmen'; no return date; German",
    "Barbara Lechner <b.lechner@hirschundhase.at>",
    "Abwesend: Art Director:in – Rückfrage", T(2025, 8, 5, 10, 10, 2),
    """Bitte beachten Sie, dass Frau Barbara Lechner nicht mehr im Unternehmen tätig ist.
Ihre Nachricht wird nicht weitergeleitet. Bewerbungen senden Sie bitte an
jobs@hirschundhase.at.

Hirsch & Hase Kommunikation GmbH
""", hdr=AUTO)

add("auto_reply", "Kaltenegger Bau GmbH", "Martin", "", "de", "easy",
    "date format dd.mm.", "Martin Kaltenegger <m.kaltenegger@kaltenegger-bau.at>",
    "Abwesenheitsnotiz", T(2025, 12, 23, 7, 30, 1),
    """Sehr geehrte Damen und Herren,

unser Büro ist vom 24.12. bis 06.01. geschlossen. Ab 07.01.2026 sind wir wieder für Sie da.

Frohe Weihnachten und einen guten Rutsch!
Martin Kaltenegger
Kaltenegger Bau GmbH
""", ret="2026-01-07", hdr=AUTO)

add("auto_reply", "Seeblick Versicherungen AG", "Reto", "", "de", "hard",
    "Swiss; 'Ferien' bis inkl.; no headers, X-Autoreply only",
    "Reto Ammann <reto.ammann@seeblick.ch>",
    "Automatische Antwort: Bewerbung Brand Designer", T(2025, 7, 18, 12, 0, 2),
    """Besten Dank für Ihre Nachricht. Ich bin bis und mit 1. August in den Ferien und habe
keinen Zugriff auf meine E-Mails. Ab dem 4. August bin ich wieder zurück.

Freundliche Grüsse
Reto Ammann
""", ret="2025-08-04", hdr={"X-Autoreply": "yes"})

add("auto_reply", "Theater im Seitenflügel", "", "", "de", "hard",
    "Theaterferien; return with weekday; sender is shared box",
    "Theater im Seitenflügel <karriere@seitenfluegel.at>",
    "Sommerpause", T(2026, 7, 20, 9, 0, 2),
    """Liebe:r Absender:in,

das Theater im Seitenflügel ist in der Sommerpause. Ab Montag, 24. August 2026 sind wir
wieder im Haus und beantworten Ihre Nachricht so bald wie möglich.

Schöne Sommerwochen!
""", ret="2026-08-24", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

add("auto_reply", "Maison Verrier", "Claire", "", "fr", "easy",
    "French absence message", "Claire Dubois <claire.dubois@maisonverrier.ch>",
    "Réponse automatique : Entretien – Designer graphique (H/F)", T(2025, 10, 24, 18, 0, 2),
    """Bonjour,

Je suis absente du bureau jusqu'au vendredi 31 octobre inclus, avec un accès limité à mes
courriels. Je serai de retour le lundi 3 novembre.

Bien cordialement,
Claire Dubois
Maison Verrier SA
""", ret="2025-11-03", hdr=AUTO)

add("auto_reply", "Sixpack Creative", "Rob", "", "en", "easy",
    "US-style date 'back on 3/14'", "Rob Keller <rob@sixpackcreative.com>",
    "Out of office", T(2025, 3, 7, 10, 2, 1),
    """I'm out of the office with limited access to email, back on 3/14. For anything urgent,
please contact studio@sixpackcreative.com.

— Rob
""", ret="2025-03-14", hdr=AUTO)

add("auto_reply", "Lumora Eyewear", "Marta", "Senior Graphic Designer", "en", "hard",
    "subject contains 'Offer'; auto-reply to Lena's offer questions",
    "Marta Kowalski <marta.kowalski@lumora-eyewear.com>",
    "Automatic reply: Offer – Senior Graphic Designer", T(2025, 8, 11, 8, 5, 2),
    """Thank you for your email. I am travelling until 2025-08-13 inclusive and will reply when
I'm back. Questions about offers and contracts can go to people@lumora-eyewear.com.

Marta
""", ret="2025-08-14", hdr={"X-Autoreply": "yes"})

add("auto_reply", "Halden Press", "Priya", "", "en", "hard",
    "relative 'returning Monday' (resolve against Date)",
    "Priya Raman <priya.raman@haldenpress.co.uk>",
    "Re: Cover roughs", T(2025, 5, 29, 13, 45, 1),
    """Hello,

Thanks for your message. I'm at a print fair for the rest of the week and returning Monday.
I'll get back to you then.

Priya Raman
Art Director, Halden Press Ltd.
""", ret="2025-06-02", reply=True)

add("auto_reply", "Copperleaf Advertising", "", "", "en", "easy",
    "mailbox not monitored; no return date", "Copperleaf Advertising <jobs@copperleaf.at>",
    "Automatic reply: Application – Middleweight Designer", T(2026, 1, 30, 11, 1, 1),
    """This mailbox is not monitored. Please apply for our open positions via
https://copperleaf.at/careers. We are unable to respond to emails sent to this address.

Copperleaf Advertising
""", hdr=AUTO)

add("auto_reply", "Pixelhain", "Sophie", "", "en", "easy",
    "parental leave with month-name date", "Sophie Lindqvist <sophie@pixelhain.io>",
    "Away: parental leave", T(2026, 10, 6, 10, 0, 2),
    """Hi there,

I'm on parental leave and returning Monday 11 January 2027. Until then, please write to
hello@pixelhain.io.

Sophie
""", ret="2027-01-11", hdr=AUTO)

add("auto_reply", "Marken & Meer GmbH", "Hannes", "", "en", "hard",
    "subject says Interview; vacation without date",
    "Hannes Wulf <hannes.wulf@markenundmeer.de>",
    "Automatic reply: Interview follow-up", T(2026, 7, 3, 6, 40, 2),
    """I'm currently on holiday with no access to email. Your message will not be forwarded;
for urgent requests please call our studio on +49 40 555 0187.

Hannes Wulf | Marken & Meer GmbH
""", hdr={"Auto-Submitted": "auto-replied"})
# ============================ OTHER (26) ============================
add("other", "", "", "", "de", "easy", "karriere.at job alert digest",
    "karriere.at Jobagent <jobagent@karriere.at>",
    "8 neue Jobs für „Grafikdesign Wien\"", T(2025, 4, 2, 6, 0, 2),
    """Hallo Lena,

dein Jobagent hat 8 neue Jobs gefunden:

• Grafikdesigner:in (m/w/d) – Werbeagentur Sonnleitner, 1050 Wien
• Junior Art Director – Pfeffer & Salz Kommunikation GmbH, 1010 Wien
• Mediengestalter:in Print – Druckerei Holzer, 2700 Wiener Neustadt
... und 5 weitere

Jetzt bewerben: https://www.karriere.at/jobagent/8812

Jobagent abbestellen: https://www.karriere.at/jobagent/abmelden
""", hdr=unsub("https://www.karriere.at/jobagent/abmelden"))

add("other", "", "", "", "de", "hard", "newsletter article about Absagen and Vorstellungsgespräch",
    "Page Magazin <newsletter@page-online.example>",
    "Absage erhalten? So nutzen Sie das nächste Vorstellungsgespräch besser", T(2025, 6, 26, 7, 30, 2),
    None, html="""<html><body><h1>PAGE Weekly</h1>
<h2>Absage erhalten? Was Designer:innen daraus lernen können</h2>
<p>„Leider müssen wir Ihnen mitteilen …" – kaum ein Satz ist im Postfach so gefürchtet.
Wir haben mit drei Creative Directors gesprochen, worauf sie im Vorstellungsgespräch achten
und warum eine Absage selten etwas über Ihr Portfolio aussagt.</p>
<p><a href="https://page-online.example/absage">Weiterlesen</a></p>
<p style="font-size:10px">Newsletter abbestellen</p></body></html>""",
    hdr=unsub("https://page-online.example/unsub?u=lena"))

add("other", "", "", "", "de", "hard", "bank: Zahlung abgelehnt",
    "Donau Sparbank <noreply@donausparbank.example>",
    "Ihre Kartenzahlung wurde abgelehnt", T(2025, 10, 9, 19, 12, 2),
    """Sehr geehrte Frau Hofbauer,

leider wurde Ihre Kartenzahlung über EUR 89,90 bei ADOBE *CREATIVE CLOUD am 09.10.2025
abgelehnt, da das Tageslimit erreicht wurde. Bitte prüfen Sie Ihre Limits im Online-Banking.

Ihre Bank
""", hdr=GEN)

add("other", "", "", "", "de", "hard", "apartment application declined (Wohnung)",
    "Immobilien Hausmann <vermietung@hausmann-immo.example>",
    "Ihre Bewerbung für die Wohnung Kaiserstraße 12/7", T(2025, 3, 3, 15, 1, 1),
    """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung um die Mietwohnung in der Kaiserstraße 12/7, 1070 Wien.
Leider hat sich die Eigentümerin für andere Interessent:innen entschieden.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Immobilien Hausmann
""")

add("other", "", "Magdalena", "", "de", "hard", "friend's personal mail about her own interview",
    "Magdalena Huber <magda.huber88@gmx.at>",
    "na, wie geht's?", T(2025, 11, 12, 21, 40, 1),
    """Hey Lena!

Stell dir vor, ich hatte heute mein Vorstellungsgespräch bei der Agentur in Linz – und die
haben mir am Ende quasi direkt ein Angebot gemacht! Ich muss noch drüber schlafen.

Wie läuft's bei dir mit den Bewerbungen? Lass uns am Samstag auf einen Spritzer gehen.

Bussi, Magda
""", cte="8bit")

add("other", "", "", "", "de", "hard", "design award submission not accepted",
    "Austrian Design Awards <jury@designawards.example>",
    "Ihre Einreichung „Wildbach Rebrand\"", T(2026, 5, 12, 11, 0, 2),
    """Sehr geehrte Frau Hofbauer,

die Jury hat alle 412 Einreichungen in der Kategorie Corporate Design bewertet. Ihre
Einreichung „Wildbach Rebrand" wurde leider nicht für die Shortlist ausgewählt.

Wir danken für Ihre Teilnahme und freuen uns auf Ihre Einreichung im nächsten Jahr.

Das Team der Austrian Design Awards
""")

add("other", "", "", "", "de", "easy", "LinkedIn-style notification",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Lena, Ihr Profil wurde von Brandl & Partner angesehen", T(2025, 2, 20, 8, 5, 1),
    """Lena, Ihr Profil wurde diese Woche 14 Mal angesehen, u. a. von jemandem bei
Brandl & Partner Werbeagentur KG.

Alle Profilbesucher ansehen: https://www.linkedin.com/me/profile-views/

Benachrichtigungen abbestellen
""", hdr=unsub("https://www.linkedin.com/e/unsub"))

add("other", "", "", "", "de", "hard", "Angebot = shop discount; 'Zusage' nowhere",
    "Boesner Österreich <news@boesner.example>",
    "Nur heute: Unser Angebot für Sie – 20 % auf Papiere", T(2026, 3, 5, 10, 0, 1),
    None, html="""<html><body><h1>20 % auf alle Papiere</h1>
<p>Liebe Lena, nur heute gilt unser exklusives Angebot für Kreative: 20 % auf Fine-Art-Papiere
und Skizzenbücher.</p><p><a href="https://boesner.example/angebot">Zum Angebot</a></p>
</body></html>""", hdr=unsub("https://boesner.example/unsub"), cte="base64")

add("other", "", "Florian", "", "de", "hard", "recruiter mass mailing mentioning Interview",
    "Florian Gschwandtner <f.gschwandtner@creativestaffing.example>",
    "Spannende Design-Positionen in Wien – kurzer Call?", T(2026, 6, 2, 9, 20, 2),
    """Hallo Lena,

ich bin Personalberater mit Fokus auf Kreativberufe und betreue aktuell mehrere
Designpositionen (Art Direction, Brand Design, UX) bei namhaften Kunden in Wien.
Hätten Sie Lust auf einen kurzen Call? Bei passendem Profil organisiere ich direkt ein
Interview mit meinen Kunden.

Beste Grüße
Florian Gschwandtner
Creative Staffing Partners

Sie erhalten diese Nachricht, weil Ihr Profil öffentlich ist. Abmelden: antworten Sie mit STOP.
""", hdr={"Precedence": "bulk"})

add("other", "", "", "", "de", "hard", "Fwd job posting from friend; no employer correspondence",
    "Jakob Hofbauer <jakob.hofbauer@icloud.com>",
    "Fwd: Stellenausschreibung Grafik – wär das was?", T(2026, 9, 10, 20, 15, 2),
    """Schau mal, hat mir ein Kollege geschickt. Wär das was für dich?
J.

---------- Weitergeleitete Nachricht ---------
Von: Alpenverein Sektion Innsbruck <info@av-ibk.example>
Betreff: Wir suchen: Grafiker:in (20h)

Für unsere Mitgliederzeitschrift suchen wir ab sofort eine:n Grafiker:in (20 Std./Woche).
Bewerbungen mit Mappe bis 30.09. an info@av-ibk.example.
""")

add("other", "", "", "", "fr", "hard", "French newsletter about 'entretien d'embauche'",
    "Étapes Magazine <newsletter@etapes.example>",
    "Réussir son entretien d'embauche en design – notre dossier", T(2025, 9, 17, 8, 0, 2),
    """Cette semaine dans Étapes : comment présenter son portfolio lors d'un entretien d'embauche,
et pourquoi un refus n'est jamais définitif. Interview exclusive avec la directrice
artistique d'un grand studio parisien.

Lire le dossier : https://etapes.example/dossier-entretien
Se désinscrire : https://etapes.example/unsub
""", hdr=unsub("https://etapes.example/unsub"))

add("other", "", "", "", "en", "easy", "LinkedIn-style job alert digest",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "12 new jobs for 'Brand Designer' in Vienna", T(2025, 1, 15, 7, 2, 1),
    """Your job alert for Brand Designer in Vienna, Austria

Brand Designer – Hirsch & Hase Kommunikation GmbH – Vienna (Hybrid)
Senior Visual Designer – Fahrwerk Mobility – Munich (Remote)
Graphic Designer – Lumora Eyewear – Vienna
See all 12 jobs: https://www.linkedin.com/jobs/alerts

Unsubscribe: https://www.linkedin.com/e/unsub
""", hdr=unsub("https://www.linkedin.com/e/unsub"))

add("other", "", "", "", "en", "hard", "podcast 'interview with' a creative director",
    "Brand New Conversations <hello@brandnewpod.example>",
    "New episode: our interview with Paula Scher's former intern", T(2025, 4, 24, 17, 0, 2),
    None, html="""<html><body><h2>Episode 88 is live</h2>
<p>This week we sit down for an in-depth interview with a creative director who turned a
rejected pitch into a decade-long client relationship.</p>
<p><a href="https://brandnewpod.example/88">Listen now</a></p></body></html>""",
    hdr=unsub("https://brandnewpod.example/unsub"))

add("other", "", "", "", "en", "hard", "'offer' = 20% off fonts",
    "TypeFoundry <deals@typefoundry.example>",
    "Your exclusive offer: 20% off all font licences", T(2025, 11, 28, 14, 0, 1),
    """Black Friday at TypeFoundry: we're delighted to offer you 20% off every desktop and web
licence until Monday. Use code LENA20 at checkout.

Unsubscribe: https://typefoundry.example/unsub
""", hdr=unsub("https://typefoundry.example/unsub"))

add("other", "", "", "", "en", "hard", "GitHub PR closed: 'decided not to move forward'",
    "GitHub <notifications@github.com>",
    "Re: [iconkit/iconkit] Add Austrian flag glyphs (PR #412)", T(2025, 7, 3, 14, 22, 0),
    """@mkrause closed this pull request.

Thanks for the contribution, @lenahofbauer! We've decided not to move forward with
regional flag glyphs in the core set; they'd fit better in a community extension.

--
Reply to this email directly or view it on GitHub.
""", hdr={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe>",
          "Precedence": "list"})

add("other", "", "", "", "en", "hard", "conference talk proposal not accepted",
    "Typo Labs Program Committee <cfp@typolabs.example>",
    "Your talk proposal for Typo Labs 2026", T(2026, 2, 16, 12, 0, 1),
    """Dear Lena Hofbauer,

Thank you for submitting "Grids for small brands" to Typo Labs 2026. We regret to inform you
that your proposal was not accepted this year. We received 318 proposals for 24 slots.

Reviewer comments are attached below.

The Programme Committee
""")

add("other", "", "", "", "en", "easy", "receipt for portfolio printing",
    "Printfabrik <orders@printfabrik.example>",
    "Order #PF-20931 confirmed", T(2025, 3, 20, 10, 45, 1),
    """Thank you for your order!

1 x Portfolio book, A4 landscape, 24 pages, matte – EUR 48.50
Shipping: EUR 4.90

Your order will ship within 3 working days.
""", hdr=GEN)

add("other", "", "Chiara", "", "en", "hard", "friend's mail about her rejection and interview",
    "Chiara Esposito <chiara.esposito@gmail.com>",
    "ugh", T(2025, 10, 30, 23, 5, 1),
    """Lena,

got rejected by the agency in Milan after the final interview, they gave it to someone
internal. I'm fine, mostly. Wine on Friday? And tell me about your offer from Lumora, I want
all the details.

C.
""", cte="8bit")

add("other", "", "", "", "en", "hard", "loan application declined",
    "Wiener Kreditbank Service <kredit@bank.example>",
    "Decision on your loan application", T(2026, 4, 14, 9, 30, 2),
    """Dear Ms Hofbauer,

We have carefully reviewed your application for a personal loan of EUR 8,000. Unfortunately,
we are unable to approve your application at this time based on your current income
documentation.

You may reapply after three months.

Customer Service
""")

add("other", "", "", "", "en", "hard", "university master's admission offer",
    "Admissions Office <admissions@design-uni.example>",
    "Offer of admission – MA Communication Design", T(2026, 4, 30, 16, 0, 1),
    """Dear Lena,

Congratulations! We are pleased to offer you a place on the MA Communication Design programme
starting in October 2026. Please accept your offer in the applicant portal by 31 May.

Admissions Office
""")

add("other", "", "", "", "en", "easy", "webinar invitation",
    "Figma <events@figma.example>",
    "Webinar: Building brand systems in Figma", T(2026, 5, 20, 17, 0, 2),
    """Join us on Thursday for a live session on variables, brand libraries and handoff.
Register: https://figma.example/webinar

Unsubscribe: https://figma.example/unsub
""", hdr=unsub("https://figma.example/unsub"))

add("other", "", "", "", "en", "hard", "Behance: project 'rejected' from gallery",
    "Behance <no-reply@behance.example>",
    "Your project was not featured", T(2026, 7, 29, 15, 15, 2),
    """Hi Lena,

Our curators reviewed "Wildbach – brand identity" for the Branding gallery. This time it
wasn't selected to be featured. Keep sharing your work!

The Behance Team
""", hdr=GEN)

add("other", "", "Mark", "", "en", "hard", "recruiter newsletter mentioning interviews and offers",
    "Mark Ellison <mark.ellison@brightfield-talent.com>",
    "Brightfield Creative – Autumn market update", T(2026, 9, 29, 8, 0, 2),
    """Hi all,

Quick market update from the Brightfield creative desk: Vienna agencies are hiring again,
interview processes are shorter (two rounds on average) and offers are landing 5–8% higher
than last year. Current openings: https://brightfield-talent.example/jobs

Mark

You're receiving this because you registered with Brightfield Talent Partners. Unsubscribe.
""", hdr=unsub("https://brightfield-talent.example/unsub"), to="candidates@brightfield-talent.com")

add("other", "", "", "", "en", "hard", "concert cancelled 'we regret'",
    "Konzerthaus Tickets <tickets@konzerthaus.example>",
    "Important: change to your booking", T(2026, 10, 20, 12, 0, 2),
    """Dear Lena Hofbauer,

We regret to inform you that the concert on 3 November has been cancelled due to illness.
Your tickets will be refunded automatically within 14 days.

Konzerthaus Box Office
""")

add("other", "", "", "", "en", "easy", "Dribbble notification",
    "Dribbble <no-reply@dribbble.example>",
    "Your shot got 25 likes", T(2026, 11, 10, 18, 0, 1),
    """Nice! "Bäckerei Grünauer – packaging" got 25 likes this week.

Manage notifications: https://dribbble.example/settings
""", hdr=unsub("https://dribbble.example/settings"))

add("other", "", "", "", "en", "hard", "client invoice 'application' (credit card) approved",
    "Wise <noreply@wise.example>",
    "Your business account application was approved", T(2025, 12, 15, 9, 0, 1),
    """Hi Lena,

Good news – your application for a Wise Business account for "Lena Hofbauer Design" has been
approved. You can now receive payments in EUR, CHF and GBP.

The Wise Team
""", hdr=GEN)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(ROWS)))
    random.Random(52).shuffle(order)
    out_rows = []
    for n, idx in enumerate(order, start=1):
        r = ROWS[idx]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(r, n).as_bytes())
        out_rows.append({
            "file": name, "label": r["label"], "company": r["company"],
            "contact_first_name": r["contact"], "role": r["role"], "return_date": r["ret"],
            "lang": r["lang"], "difficulty": r["diff"], "notes": r["notes"],
            "interview_at": iso(r["iat"]) if r["iat"] else "",
        })
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        w.writerows(out_rows)
    print(f"wrote {len(out_rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
