"""Message specs for the blind5 held-out corpus (built by make_blind5.py).

Owner: "Sasha Novak" <sasha.novak.career@gmail.com>. All people, companies and addresses are fictional.
Each spec: key, labels (label, company, contact, role, ret, lang, difficulty, notes) and the message
(frm, subject, date, body, fmt plain/html/alt, cte, style ats/outlook/gmail, reply, headers, ics, pdf).
"""

from __future__ import annotations

OWNER_NAME = "Sasha Novak"
OWNER_ADDR = "sasha.novak.career@gmail.com"

MESSAGES: list[dict] = []

AUTO_BOTH = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
AUTO_GEN = {"Auto-Submitted": "auto-generated"}


def M(key: str, label: str, lang: str, difficulty: str, frm: tuple[str, str], subject: str, date: str, body: str,
      company: str = "", contact: str = "", role: str = "", ret: str = "", notes: str = "", **kw: object) -> None:
    MESSAGES.append(dict(key=key, label=label, lang=lang, difficulty=difficulty, frm=frm, subject=subject, date=date,
                         body=body, company=company, contact=contact, role=role, ret=ret, notes=notes, **kw))


# ---------------------------------------------------------------- Halvorsen Marine Systems (Workday)
M("halv_ack", "application_received", "en", "easy",
  ("Halvorsen Marine Systems", "halvorsen@myworkday.com"),
  "Thank you for applying: Embedded Software Engineer (R-20417)", "Tue, 13 Jan 2026 07:42:18 -0800",
  """Hi Sasha,

Thank you for your interest in Halvorsen Marine Systems. We have received your application for
Embedded Software Engineer (R-20417) in Bremerton, WA.

Our recruiting team is reviewing applications and will reach out if your background matches
what the team needs. You can check the status of your application at any time from the
Candidate Home page:

https://halvorsen.wd5.myworkday.com/careers/userHome

Kind regards,
Talent Acquisition
Halvorsen Marine Systems

Please do not reply to this message; this mailbox is not monitored.
""", company="Halvorsen Marine Systems", role="Embedded Software Engineer", notes="Workday acknowledgement",
  fmt="alt", style="ats", color="#0b3c5d", brand="Halvorsen Marine Systems", footer="Powered by Workday", headers=AUTO_GEN)

M("halv_int", "interview", "en", "easy",
  ("Ingrid Solberg", "ingrid.solberg@halvorsenmarine.com"),
  "Interview - Embedded Software Engineer - Sasha Novak", "Mon, 26 Jan 2026 16:05:40 -0800",
  """Hi Sasha,

Thanks for taking the time to talk with Reggie last week. The team would like to bring you in for
a technical interview for the Embedded Software Engineer role.

When: Tuesday, February 3, 2026, 9:30 AM - 12:00 PM (Pacific)
Where: Building 4, 1100 Naval Ave, Bremerton. Check in at the front desk and ask for me.

The morning is split into three parts: a walkthrough of a project you are proud of (bring slides
or just talk, your choice), a whiteboard session on RTOS scheduling and CAN bus debugging, and
45 minutes with two engineers from the propulsion controls group. I have sent a calendar hold
separately.

Parking is free in the visitor lot off 11th Street. If the ferry schedule makes 9:30 difficult,
tell me and we can start at 10.

Best,
Ingrid

Ingrid Solberg
Engineering Manager, Propulsion Controls
Halvorsen Marine Systems
""", company="Halvorsen Marine Systems", contact="Ingrid", role="Embedded Software Engineer",
  notes="Outlook invitation with calendar part", fmt="alt", style="outlook",
  ics=dict(start="20260203T173000Z", end="20260203T200000Z", stamp="20260127T000540Z",
           organizer=("Ingrid Solberg", "ingrid.solberg@halvorsenmarine.com"),
           attendees=[("Sasha Novak", "sasha.novak.career@gmail.com")],
           summary="Onsite interview - Sasha Novak - Embedded Software Engineer",
           location="Halvorsen Marine Systems, Building 4, 1100 Naval Ave, Bremerton WA",
           prodid="Microsoft Exchange Server 2010"))

M("halv_offer", "offer", "en", "easy",
  ("Ingrid Solberg", "ingrid.solberg@halvorsenmarine.com"),
  "Offer letter - Embedded Software Engineer", "Fri, 13 Feb 2026 11:22:09 -0800",
  """Hi Sasha,

It was a pleasure speaking with you this morning. As promised, I have attached your formal offer
letter for the Embedded Software Engineer position with Halvorsen Marine Systems.

A quick summary of what we discussed:
- Base salary of $138,000 per year
- Sign-on bonus of $8,000
- Start date of Monday, March 16, 2026 (flexible by a week or two)
- Hybrid schedule, three days a week in Bremerton

The letter needs a signature by February 20. Because this role touches defense work, the offer is
contingent on a background check; our HR partner Dolores will send the forms once you sign.

The whole team is excited. Call me any time if you have questions about the package.

Ingrid
""", company="Halvorsen Marine Systems", contact="Ingrid", role="Embedded Software Engineer",
  notes="offer letter attached as PDF", fmt="plain", cte="7bit",
  pdf=("Halvorsen_Offer_Letter_SNovak.pdf", "Halvorsen Marine Systems - Offer of Employment",
       ["Dear Sasha Novak,", "We are pleased to offer you the position of Embedded Software Engineer.",
        "Annual base salary: USD 138,000. Start date: March 16, 2026."]))

M("halv_noreply", "auto_reply", "en", "hard",
  ("Halvorsen Marine Systems", "halvorsen@myworkday.com"),
  "Re: Thank you for applying: Embedded Software Engineer (R-20417)", "Tue, 13 Jan 2026 21:17:55 -0800",
  """This mailbox does not accept replies. Your message was not delivered to a recruiter.

To update your application or withdraw, sign in to Candidate Home. For accessibility
accommodations during the hiring process, write to accommodations@halvorsenmarine.com.
""", company="Halvorsen Marine Systems", role="Embedded Software Engineer",
  notes="unmonitored-mailbox bounce on the ATS thread; no human", reply="owner", headers=AUTO_BOTH, fmt="plain", cte="7bit")

# ---------------------------------------------------------------- Brightfield Pediatric Dental (BambooHR)
M("bfd_ack", "application_received", "en", "easy",
  ("Brightfield Pediatric Dental", "notifications@app.bamboohr.com"),
  "We received your application for Office Manager", "Wed, 21 Jan 2026 12:03:31 -0600",
  """Hi Sasha,

Thanks so much for applying for the Office Manager position at Brightfield Pediatric Dental! We
received your application and our practice administrator will look it over in the next week or so.

We are a three-location practice in the Twin Cities and we love big smiles, small patients, and
organized people. If your experience looks like a match, someone from our team will give you a call.

Warmly,
The Brightfield Team
""", company="Brightfield Pediatric Dental", role="Office Manager", notes="BambooHR acknowledgement, HTML only",
  fmt="html", cte="quoted-printable", style="ats", color="#35a29f", brand="Brightfield Pediatric Dental",
  footer="Sent via BambooHR. Brightfield Pediatric Dental, 4410 France Ave S, Edina, MN 55410")

M("bfd_int", "interview", "en", "hard",
  ("Carla Nguyen", "carla@brightfieldsmiles.com"),
  "Office Manager - quick call?", "Mon, 02 Feb 2026 08:51:12 -0600",
  """Hi Sasha,

I'm the practice administrator at Brightfield. I read through your resume over the weekend and I'd
love to get to know you a little better. Would you have 20 minutes for a phone call this Wednesday
or Thursday? Mornings before 10 work best because that's before our first appointments get going.

Send me a couple of times and the best number to reach you and I'll call you.

Thanks!
Carla Nguyen
Practice Administrator | Brightfield Pediatric Dental
(952) 555-0178
""", company="Brightfield Pediatric Dental", contact="Carla", role="Office Manager",
  notes="phone screen request, no word interview", fmt="alt", style="gmail")

M("bfd_rej", "rejection", "en", "hard",
  ("Carla Nguyen", "carla@brightfieldsmiles.com"),
  "Re: Thank you", "Thu, 19 Feb 2026 17:36:48 -0600",
  """Hi Sasha,

Thank you for the lovely note, and for coming in to meet Dr. Patel and the front desk crew. Everyone
enjoyed talking with you.

I wanted to let you know personally that we have offered the role to someone who has run a dental
front office before and knows our insurance software inside and out. It was a close call and I
know that's not the news you hoped for.

If you're still looking in the spring, we may be opening a fourth location and I'd be glad to hear
from you then.

All the best,
Carla

On Tue, Feb 17, 2026 at 9:02 PM Sasha Novak <sasha.novak.career@gmail.com> wrote:
> Hi Carla,
>
> Thank you again for the interview today. I really enjoyed meeting the team and seeing how the
> Edina office runs. I'm very excited about the possibility of joining Brightfield and look
> forward to hearing about next steps.
>
> Best,
> Sasha
""", company="Brightfield Pediatric Dental", contact="Carla", role="Office Manager",
  notes="personal reply; 'offered the role' to someone else; quote mentions interview and next steps",
  reply="owner", fmt="alt", style="gmail")

# ---------------------------------------------------------------- Quillon Labs (Ashby)
M("quil_ack", "application_received", "en", "easy",
  ("Quillon Labs", "no-reply@ashbyhq.com"),
  "Thanks for applying to Quillon Labs", "Sat, 07 Mar 2026 14:28:03 +0000",
  """Hi Sasha,

Thanks for applying to the Senior Product Analyst role at Quillon Labs. We've got your application
and a member of our team will review it soon.

We read every application ourselves, so it can take up to two weeks to hear back. In the meantime,
feel free to read about how we work: https://quillonlabs.com/handbook

Cheers,
Quillon Labs Recruiting
""", company="Quillon Labs", role="Senior Product Analyst", notes="Ashby acknowledgement",
  fmt="alt", style="ats", color="#6d28d9", brand="Quillon Labs", footer="Sent with Ashby",
  reply_to="Quillon Labs Recruiting <recruiting@quillonlabs.com>", return_path="bounces+4e1c9a@ashbyhq.com")

M("quil_int", "interview", "en", "easy",
  ("Quillon Labs", "no-reply@ashbyhq.com"),
  "Confirmed: Product case interview with Quillon Labs on Thu, Mar 26", "Fri, 20 Mar 2026 18:40:11 +0000",
  """Hi Sasha,

Your interview with Quillon Labs is confirmed.

Interview: Product case study (60 minutes)
When: Thursday, March 26, 2026, 4:00 - 5:00 PM GMT
Where: Zoom, https://quillonlabs.zoom.us/j/83310562214
Interviewers: Wren Castellanos (Head of Product Analytics), Dmitri Volkov (Staff Analyst)

You'll get a small dataset about subscription churn 24 hours before the session. There is no need
to prepare slides; we're interested in how you frame the problem and what you would look at first.

Need to reschedule? https://jobs.ashbyhq.com/quillon/reschedule/91fe20

A calendar invitation is attached.

Quillon Labs Recruiting
""", company="Quillon Labs", role="Senior Product Analyst", notes="Ashby confirmation with .ics attachment",
  fmt="alt", style="ats", color="#6d28d9", brand="Quillon Labs", footer="Quillon Labs Ltd | Sent with Ashby",
  reply_to="Quillon Labs Recruiting <recruiting@quillonlabs.com>",
  ics=dict(inline=False, start="20260326T160000Z", end="20260326T170000Z", stamp="20260320T184011Z",
           organizer=("Quillon Labs Recruiting", "recruiting@quillonlabs.com"),
           attendees=[("Sasha Novak", "sasha.novak.career@gmail.com"), ("Wren Castellanos", "wren@quillonlabs.com")],
           summary="Quillon Labs: Product case interview (Sasha Novak)", location="https://quillonlabs.zoom.us/j/83310562214",
           prodid="-//Ashby//Scheduling//EN"))

M("quil_ooo", "auto_reply", "en", "hard",
  ("Tamsin Achebe", "tamsin@quillonlabs.com"),
  "Automatic reply: Senior Product Analyst - final round availability", "Mon, 30 Mar 2026 10:12:37 +0100",
  """Hi there,

I'm at ProductCon in Lisbon and checking email only occasionally. I'll be back in the office on
Wednesday and will get back to you then. If this is about interview scheduling, our coordinator
Felix (felix@quillonlabs.com) can help in the meantime.

Tamsin Achebe
Talent Partner, Quillon Labs
""", company="Quillon Labs", contact="Tamsin", role="Senior Product Analyst", ret="2026-04-01",
  notes="relative return date ('Wednesday'); mentions interview scheduling", reply="owner",
  headers={"Auto-Submitted": "auto-replied"}, fmt="alt", style="outlook")

M("quil_rej", "rejection", "en", "hard",
  ("Tamsin Achebe", "tamsin@quillonlabs.com"),
  "Senior Product Analyst - update", "Thu, 16 Apr 2026 15:48:20 +0100",
  """Hi Sasha,

Thanks for your patience while we wrapped up the final round, and for the time you gave us across
four conversations. Wren and Dmitri both said your churn case was one of the clearest they saw.

We've now extended an offer to another candidate whose background in marketplace pricing lines up
a bit more closely with the roadmap for the next year, and they have accepted. I'm sorry this
isn't the outcome you were hoping for.

If it's helpful, I'm happy to jump on a 15-minute call to share more detailed feedback from the
panel. And I'd genuinely like to stay in touch; we expect to open another analytics role in the
autumn.

Best wishes,
Tamsin
""", company="Quillon Labs", contact="Tamsin", role="Senior Product Analyst",
  notes="'extended an offer' to someone else; warm tone, offers feedback call", fmt="alt", style="outlook")

# ---------------------------------------------------------------- Tessellate Games (Greenhouse)
M("tess_ack", "application_received", "en", "easy",
  ("Tessellate Games", "no-reply@us.greenhouse-mail.io"),
  "Your application to Tessellate Games", "Thu, 05 Feb 2026 09:14:52 -0800",
  """Hi Sasha,

Thanks for applying to the Technical Artist position at Tessellate Games! Your application has been
received and the art team will be reviewing portfolios over the coming weeks.

Because we get a lot of applications, we can't always respond to each one personally, but we will be
in touch if your portfolio is a match for the team.

Game on,
Tessellate Games Recruiting
""", company="Tessellate Games", role="Technical Artist", notes="Greenhouse acknowledgement",
  fmt="alt", style="ats", color="#111827", brand="TESSELLATE", footer="Tessellate Games, Inc. | Powered by Greenhouse",
  return_path="bounces+2f9c11@us.greenhouse-mail.io")

M("tess_int", "interview", "en", "easy",
  ("Priya Raman", "priya.raman@tessellategames.com"),
  "Tessellate Games - art test + review session", "Wed, 18 Feb 2026 13:27:05 -0800",
  """Hey Sasha,

Thanks for chatting with me on Monday! Next up is our art test. It's a short one: take the attached
rock-formation mesh and build a shader in Unity (URP) that blends moss based on world-space normal
and a painted mask. Please don't spend more than 5-6 hours on it; we care about approach more than
polish.

Once you send it back, we'll schedule a 60-minute review session where you walk our lead technical
artist, Joaquin, and me through what you built and what you'd do with more time.

Test files: https://drive.tessellategames.com/s/art-test-ta-2026
Ideally send it by Friday, February 27. If that doesn't work, let me know.

Cheers,
Priya
Recruiter, Tessellate Games
""", company="Tessellate Games", contact="Priya", role="Technical Artist",
  notes="take-home plus review session", fmt="plain", cte="quoted-printable")

M("tess_hold", "on_hold", "en", "hard",
  ("Priya Raman", "priya.raman@tessellategames.com"),
  "Re: Technical Artist test submission", "Tue, 10 Mar 2026 10:02:44 -0700",
  """Hi Sasha,

I owe you an update, and I'm sorry it isn't a better one. Last week leadership decided to pause the
project your role would have supported while we look for a new publishing partner. Every open
position on that team, including Technical Artist, is on hold, and we've stopped scheduling
review sessions.

This has nothing to do with your test. Joaquin looked at it and called the moss blend "really smart."
If the project starts back up, you'll be the first person I contact, and I'd skip you straight to
the review session.

Thanks for understanding,
Priya

> On Mar 2, 2026, at 11:47 PM, Sasha Novak <sasha.novak.career@gmail.com> wrote:
>
> Hi Priya, attached is my shader test. Looking forward to the review!
""", company="Tessellate Games", contact="Priya", role="Technical Artist",
  notes="project paused; 'stopped scheduling review sessions' could read as rejection", reply="owner",
  fmt="alt", style="gmail")

# ---------------------------------------------------------------- Marlowe & Pike LLP (iCIMS)
M("mp_ack", "application_received", "en", "easy",
  ("Marlowe & Pike LLP", "marlowepike@talent.icims.com"),
  "Marlowe & Pike LLP: Application received - Paralegal, Litigation (2026-1184)", "Mon, 16 Feb 2026 08:00:51 -0500",
  """Dear Sasha,

Thank you for your interest in Marlowe & Pike LLP. This message confirms that we have received your
application for the position of Paralegal, Litigation (Req. 2026-1184) in our Philadelphia office.

Our legal recruiting team carefully reviews all applications. Should your qualifications meet the
needs of the position, a member of the team will contact you to discuss next steps.

You may review your application status through our career portal at
https://careers-marlowepike.icims.com.

Sincerely,
Legal Recruiting
Marlowe & Pike LLP

Marlowe & Pike LLP is an Equal Opportunity Employer.
""", company="Marlowe & Pike LLP", role="Paralegal, Litigation", notes="iCIMS acknowledgement; base64 HTML",
  fmt="alt", cte="quoted-printable", html_cte="base64", style="ats", color="#3b1f2b", brand="MARLOWE &amp; PIKE LLP",
  footer="This email was sent by iCIMS on behalf of Marlowe & Pike LLP.", headers=AUTO_GEN)

M("mp_rej", "rejection", "en", "easy",
  ("Marlowe & Pike LLP", "marlowepike@talent.icims.com"),
  "Your application with Marlowe & Pike LLP", "Wed, 11 Mar 2026 16:30:02 -0400",
  """Dear Sasha,

Thank you for your interest in the Paralegal, Litigation position at Marlowe & Pike LLP and for the
time you invested in the application process.

After careful consideration, we have decided to pursue other candidates whose experience more
closely matches our current needs. We will retain your information in our system and encourage you
to apply for future openings that fit your background.

We wish you every success in your career.

Sincerely,
Legal Recruiting
Marlowe & Pike LLP
""", company="Marlowe & Pike LLP", role="Paralegal, Litigation", notes="standard iCIMS rejection",
  fmt="html", cte="base64", style="ats", color="#3b1f2b", brand="MARLOWE &amp; PIKE LLP",
  footer="This email was sent by iCIMS on behalf of Marlowe & Pike LLP.")

# ---------------------------------------------------------------- Fjordline Energie GmbH (Personio, German)
M("fjord_ack", "application_received", "de", "easy",
  ("Fjordline Energie GmbH", "no-reply@mail.personio.de"),
  "Ihre Bewerbung als Data Engineer (m/w/d) bei der Fjordline Energie GmbH", "Tue, 07 Apr 2026 10:31:16 +0200",
  """Hallo Sasha Novak,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) und Ihr Interesse an der Fjordline Energie GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Bitte haben Sie etwas Geduld;
in der Regel melden wir uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr People-Team der Fjordline Energie GmbH

Fjordline Energie GmbH · Am Sandtorkai 48 · 20457 Hamburg
Geschäftsführung: Henrike Lassen, Ole Brandt · Amtsgericht Hamburg HRB 174520
""", company="Fjordline Energie GmbH", role="Data Engineer (m/w/d)", notes="German Personio acknowledgement",
  fmt="alt", style="ats", color="#0f766e", brand="Fjordline Energie", footer="Versendet mit Personio",
  reply_to="Fjordline Energie GmbH <jobs@fjordline-energie.de>")

M("fjord_int", "interview", "de", "easy",
  ("Katrin Albers", "katrin.albers@fjordline-energie.de"),
  "Einladung zum Kennenlerngespräch – Data Engineer (m/w/d)", "Thu, 23 Apr 2026 14:06:50 +0200",
  """Hallo Sasha,

vielen Dank nochmals für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir würden Sie gerne
in einem ersten Gespräch kennenlernen.

Termin: Mittwoch, 29. April 2026, 11:00–12:00 Uhr (MESZ)
Ort: Microsoft Teams (den Link erhalten Sie mit der Kalendereinladung)
Gesprächspartner: Jonas Petersen (Teamlead Data Platform) und ich

Wir sprechen über Ihre bisherigen Projekte, unsere Datenplattform rund um Windpark-Telemetrie und
Ihre Fragen an uns. Eine Vorbereitung ist nicht nötig.

Passt Ihnen der Termin? Falls nicht, schlagen Sie mir gerne zwei Alternativen vor.

Viele Grüße
Katrin Albers
Talent Acquisition | Fjordline Energie GmbH
Tel. +49 40 555 18 230
""", company="Fjordline Energie GmbH", contact="Katrin", role="Data Engineer (m/w/d)",
  notes="German; 'Kennenlerngespräch'", fmt="alt", style="outlook")

M("fjord_rej", "rejection", "de", "easy",
  ("Katrin Albers", "katrin.albers@fjordline-energie.de"),
  "Ihre Bewerbung als Data Engineer (m/w/d)", "Fri, 15 May 2026 09:12:33 +0200",
  """Hallo Sasha,

nochmals vielen Dank für die offenen Gespräche mit Jonas und mir sowie für die Zeit, die Sie in die
Fallstudie investiert haben.

Nach reiflicher Überlegung haben wir uns leider für eine andere Kandidatin entschieden, deren
Erfahrung mit Azure Data Factory besser zu unseren aktuellen Projekten passt. Diese Entscheidung ist
uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und würden uns freuen, wenn wir
bei einer passenden Vakanz wieder von Ihnen hören.

Viele Grüße
Katrin Albers
Talent Acquisition | Fjordline Energie GmbH
""", company="Fjordline Energie GmbH", contact="Katrin", role="Data Engineer (m/w/d)",
  notes="German rejection after interview", fmt="plain", cte="quoted-printable")

# ---------------------------------------------------------------- Maison Bellecour (Teamtailor, French)
M("bell_ack", "application_received", "fr", "easy",
  ("Maison Bellecour", "no-reply@teamtailor-mail.com"),
  "Merci pour votre candidature chez Maison Bellecour", "Tue, 12 May 2026 18:44:09 +0200",
  """Bonjour Sasha,

Merci pour votre candidature au poste de Chargé(e) de communication digitale chez Maison Bellecour !

Nous avons bien reçu votre dossier. Notre équipe va l'étudier avec attention et reviendra vers vous
dans les meilleurs délais, au plus tard sous trois semaines.

En attendant, découvrez les coulisses de nos ateliers lyonnais sur notre page carrières.

À très bientôt,
L'équipe Maison Bellecour
""", company="Maison Bellecour", role="Chargé(e) de communication digitale", notes="French Teamtailor acknowledgement",
  fmt="alt", style="ats", color="#7c2d12", brand="Maison Bellecour", footer="Propulsé par Teamtailor",
  reply_to="Maison Bellecour <recrutement@maisonbellecour.fr>")

M("bell_int", "interview", "fr", "easy",
  ("Élodie Marchand", "elodie.marchand@maisonbellecour.fr"),
  "Entretien – Chargé(e) de communication digitale", "Thu, 28 May 2026 11:20:41 +0200",
  """Bonjour Sasha,

Votre profil a retenu toute notre attention et nous aimerions échanger avec vous lors d'un entretien
en visioconférence.

Je vous propose le mardi 2 juin à 14h30 (durée : environ 45 minutes), avec Antoine Giraud, notre
directeur marketing, et moi-même. Nous reviendrons sur votre parcours et sur la refonte de notre
présence Instagram et TikTok prévue cet automne.

Pourriez-vous me confirmer votre disponibilité ? Le lien Google Meet vous sera envoyé dès
confirmation.

Bien cordialement,
Élodie Marchand
Responsable RH – Maison Bellecour
04 72 55 81 30
""", company="Maison Bellecour", contact="Élodie", role="Chargé(e) de communication digitale",
  notes="French interview invitation", fmt="alt", style="gmail", cte="base64")

M("bell_ooo", "auto_reply", "fr", "easy",
  ("Élodie Marchand", "elodie.marchand@maisonbellecour.fr"),
  "Réponse automatique : Re: Entretien – Chargé(e) de communication digitale", "Mon, 08 Jun 2026 09:03:12 +0200",
  """Bonjour,

Je suis absente du bureau jusqu'au vendredi 12 juin inclus et serai de retour le lundi 15 juin.
Pendant mon absence, vos messages ne seront pas transférés.

Pour toute question urgente concernant un recrutement, vous pouvez contacter Bastien Roux
(bastien.roux@maisonbellecour.fr).

Cordialement,
Élodie Marchand
""", company="Maison Bellecour", contact="Élodie", role="Chargé(e) de communication digitale", ret="2026-06-15",
  notes="French out-of-office with explicit return date", reply="owner", headers=AUTO_BOTH, fmt="plain", cte="quoted-printable")

M("bell_offer", "offer", "fr", "easy",
  ("Élodie Marchand", "elodie.marchand@maisonbellecour.fr"),
  "Proposition d'embauche – Chargé(e) de communication digitale", "Fri, 19 Jun 2026 16:55:27 +0200",
  """Bonjour Sasha,

Suite à nos échanges et à votre rencontre avec Antoine, j'ai le plaisir de vous proposer de rejoindre
Maison Bellecour au poste de Chargé(e) de communication digitale.

Les principaux éléments de notre proposition :
- CDI, statut cadre, basé à Lyon 2e (télétravail deux jours par semaine)
- Rémunération brute annuelle : 41 000 €, sur 13 mois
- Prise de poste souhaitée : mardi 1er septembre 2026

Vous trouverez la promesse d'embauche en pièce jointe. Nous vous serions reconnaissants de nous faire
part de votre réponse d'ici le vendredi 26 juin.

Toute l'équipe se réjouit à l'idée de travailler avec vous !

Bien cordialement,
Élodie Marchand
Responsable RH – Maison Bellecour
""", company="Maison Bellecour", contact="Élodie", role="Chargé(e) de communication digitale",
  notes="French offer with PDF", fmt="alt", style="gmail",
  pdf=("Promesse_embauche_SNovak.pdf", "Maison Bellecour - Promesse d'embauche",
       ["Poste : Charge(e) de communication digitale", "Contrat : CDI", "Remuneration : 41 000 EUR brut annuel"]))

# ---------------------------------------------------------------- Grupo Solera (Workable, Spanish)
M("sol_ack", "application_received", "es", "easy",
  ("Grupo Solera", "noreply@candidates.workablemail.com"),
  "Hemos recibido tu candidatura - Analista de Marketing Digital", "Wed, 18 Nov 2026 12:10:45 +0100",
  """Hola Sasha,

¡Gracias por tu interés en Grupo Solera! Hemos recibido correctamente tu candidatura para el puesto
de Analista de Marketing Digital en Madrid.

Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Talento de Grupo Solera
""", company="Grupo Solera", role="Analista de Marketing Digital", notes="Spanish Workable acknowledgement, HTML only",
  fmt="html", cte="quoted-printable", style="ats", color="#b91c1c", brand="Grupo Solera",
  footer="Enviado con Workable")

M("sol_ooo", "auto_reply", "es", "easy",
  ("Marta Ibáñez", "marta.ibanez@gruposolera.es"),
  "Respuesta automática: Consulta sobre mi candidatura", "Tue, 22 Dec 2026 10:47:02 +0100",
  """Hola,

Estaré fuera de la oficina del 21 de diciembre al 6 de enero, sin acceso al correo. Volveré el
jueves 7 de enero y responderé a tu mensaje lo antes posible.

Para asuntos urgentes puedes escribir a talento@gruposolera.es.

¡Felices fiestas!
Marta Ibáñez
Talent Acquisition, Grupo Solera
""", company="Grupo Solera", contact="Marta", ret="2027-01-07",
  notes="Spanish OOO; return date across year boundary", reply="owner", headers={"X-Autoreply": "yes"},
  fmt="alt", style="outlook")

M("sol_rej", "rejection", "es", "easy",
  ("Marta Ibáñez", "marta.ibanez@gruposolera.es"),
  "Tu candidatura en Grupo Solera", "Wed, 13 Jan 2027 13:22:18 +0100",
  """Hola Sasha,

Muchas gracias por tu paciencia y por tu interés en el puesto de Analista de Marketing Digital.

Tras revisar con detalle todas las candidaturas, lamentamos comunicarte que en esta ocasión hemos
decidido continuar el proceso con otros perfiles que se ajustan más a las necesidades actuales del
equipo.

Guardaremos tu CV en nuestra base de datos para futuras oportunidades. Te deseamos mucha suerte en
tu búsqueda.

Un saludo,
Marta Ibáñez
Talent Acquisition, Grupo Solera
""", company="Grupo Solera", contact="Marta", role="Analista de Marketing Digital",
  notes="Spanish rejection", fmt="plain", cte="quoted-printable")

# ---------------------------------------------------------------- Cobalt Ridge Credit Union (Jobvite)
M("cob_int", "interview", "en", "easy",
  ("Cobalt Ridge Credit Union", "notification@jobvite.com"),
  "Action needed: your on-demand video interview for Fraud Analyst", "Mon, 06 Jul 2026 08:15:00 -0600",
  """Hi Sasha,

Thank you for applying for the Fraud Analyst position at Cobalt Ridge Credit Union. We'd like to move
you forward to an on-demand video interview.

You'll answer six questions on your own schedule. Each answer can be up to three minutes, and you'll
get a practice question first. Plan for about 30 minutes in a quiet space.

Please complete your interview by 11:59 PM Mountain Time on Sunday, July 12.

Start your video interview: https://app.jobvite.com/v/cobaltridge/ovi/a17c93

Questions? Reply to this email and a member of our recruiting team will help.

Cobalt Ridge Credit Union Talent Acquisition
""", company="Cobalt Ridge Credit Union", role="Fraud Analyst", notes="one-way video interview; HTML only, base64",
  fmt="html", cte="base64", style="ats", color="#1e3a8a", brand="Cobalt Ridge Credit Union",
  footer="Cobalt Ridge Credit Union is an equal opportunity employer. Federally insured by NCUA.",
  reply_to="Cobalt Ridge Recruiting <careers@cobaltridgecu.org>")

M("cob_ooo", "auto_reply", "en", "hard",
  ("Denise Harlan", "dharlan@cobaltridgecu.org"),
  "Re: Fraud Analyst video interview - question", "Thu, 16 Jul 2026 14:40:29 -0600",
  """Thanks for reaching out! I'm out of the office for the rest of the week at a member services
conference and will be back Monday. I'll reply to messages in the order they came in.

For help with an online application or video interview link, please email careers@cobaltridgecu.org.

Denise Harlan | Senior Recruiter
Cobalt Ridge Credit Union
""", company="Cobalt Ridge Credit Union", contact="Denise", role="Fraud Analyst", ret="2026-07-20",
  notes="relative return date ('Monday'); no auto-reply headers; subject mentions interview", reply="owner",
  fmt="plain", cte="7bit")

M("cob_rej", "rejection", "en", "hard",
  ("Cobalt Ridge Credit Union", "notification@jobvite.com"),
  "Update on your Fraud Analyst application", "Tue, 04 Aug 2026 11:02:40 -0600",
  """Hi Sasha,

Thank you for completing your video interview for the Fraud Analyst position. Our hiring team
appreciated the care you put into your answers.

After reviewing all of the interviews, we have decided to move forward with candidates whose
experience more closely matches the requirements of this role. This was a competitive search and
we are grateful you considered Cobalt Ridge.

We encourage you to create a job alert on our careers site so you hear about future openings.

Sincerely,
Cobalt Ridge Credit Union Talent Acquisition
""", company="Cobalt Ridge Credit Union", role="Fraud Analyst",
  notes="post-interview ATS rejection; mentions video interview", fmt="alt", style="ats", color="#1e3a8a",
  brand="Cobalt Ridge Credit Union", footer="Powered by Jobvite")

# ---------------------------------------------------------------- Northstar Freight Systems (Taleo)
M("nsf_ack", "application_received", "en", "easy",
  ("Northstar Freight Systems Careers", "northstar@taleo.net"),
  "Northstar Freight Systems - Application Confirmation - Logistics Coordinator (Req #0049127)",
  "Fri, 03 Apr 2026 02:16:58 -0500",
  """Dear Sasha Novak,

Thank you for your interest in employment with Northstar Freight Systems.

This email confirms that your application for Logistics Coordinator (Req #0049127), Memphis, TN has
been successfully submitted.

Your qualifications will be reviewed against the requirements of the position. If you are selected
to move forward, a recruiter will contact you. Due to the volume of applications, we are not able
to respond to inquiries regarding application status by phone.

To review your submission, log in to My Jobpage at https://northstarfreight.taleo.net/careersection/

Best Regards,
Northstar Freight Systems Talent Acquisition

*** This is an automated message. Please do not reply. ***
""", company="Northstar Freight Systems", role="Logistics Coordinator", notes="Taleo confirmation sent at 2 a.m.",
  fmt="plain", cte="7bit", headers=AUTO_GEN)

M("nsf_hold", "on_hold", "en", "easy",
  ("Luis Ortega", "luis.ortega@northstarfreight.com"),
  "Logistics Coordinator - hiring freeze", "Wed, 29 Apr 2026 15:33:07 -0500",
  """Hi Sasha,

I wanted to reach out before you heard it anywhere else. This morning our CFO announced a
company-wide hiring freeze through at least the end of Q3 because of the drop in spot-market volume.
All open requisitions, including the Logistics Coordinator role we talked about, are on hold
effective today.

I know we were close to setting up your conversation with the Memphis terminal manager. I've kept
your file active and I'll contact you directly the moment the freeze lifts.

Sorry for the disappointing news, and thank you for your patience.

Luis Ortega
Talent Acquisition Partner
Northstar Freight Systems
""", company="Northstar Freight Systems", contact="Luis", role="Logistics Coordinator",
  notes="explicit hiring freeze", fmt="alt", style="outlook")

# ---------------------------------------------------------------- Verdant Health Network (SuccessFactors)
M("ver_ack", "application_received", "en", "easy",
  ("Verdant Health Network", "donotreply@successfactors.com"),
  "Verdant Health Network: We have received your application", "Mon, 17 Aug 2026 07:05:22 -0700",
  """Dear Sasha,

Thank you for applying for the position of Clinical Informatics Specialist (Job ID 88213) with
Verdant Health Network.

Your application has been received and is now under review by our Talent Acquisition team. If your
skills and experience match the requirements of the role, we will contact you about next steps.

You can track your application in the Candidate Profile section of our career site.

Thank you for considering a career with Verdant, where every role supports healing.

Verdant Health Network Talent Acquisition
""", company="Verdant Health Network", role="Clinical Informatics Specialist", notes="SuccessFactors acknowledgement",
  fmt="alt", style="ats", color="#166534", brand="Verdant Health Network", footer="This message was sent from an unmonitored address.",
  headers=AUTO_GEN)

M("ver_int", "interview", "en", "easy",
  ("Odette Lin", "odette.lin@verdanthealth.org"),
  "Panel interview invitation - Clinical Informatics Specialist", "Thu, 10 Sep 2026 13:49:51 -0700",
  """Hello Sasha,

Thank you for speaking with me last week. I'm pleased to invite you to a panel interview for the
Clinical Informatics Specialist position.

Date: Monday, September 21, 2026
Time: 10:00 - 11:30 AM Pacific
Format: Microsoft Teams video (link to follow in a calendar invitation)

Panel:
- Dr. Anil Mehta, Chief Medical Information Officer
- Rosa Delgado, RN, Nursing Informatics Manager
- Kevin Park, Epic Applications Lead

The panel will ask behavioral questions and walk through a scenario about rolling out a new sepsis
alert in Epic. Please reply to confirm, or let me know if you need a different time.

Best regards,
Odette Lin
Senior Talent Acquisition Partner
Verdant Health Network
""", company="Verdant Health Network", contact="Odette", role="Clinical Informatics Specialist",
  notes="panel interview", fmt="alt", style="outlook", cte="quoted-printable")

M("ver_ooo", "auto_reply", "en", "hard",
  ("Odette Lin", "odette.lin@verdanthealth.org"),
  "Automatic reply: Thank you - panel interview", "Tue, 22 Sep 2026 08:12:05 -0700",
  """I'm out sick today and expect to be back tomorrow. I will respond to your message as soon as I can.
If you are a candidate with an interview scheduled today, please contact Talent Acquisition at
(503) 555-0164.

Odette Lin
Senior Talent Acquisition Partner
""", company="Verdant Health Network", contact="Odette", role="Clinical Informatics Specialist", ret="2026-09-23",
  notes="relative return date ('tomorrow'); only X-Autoreply header", reply="owner",
  headers={"X-Autoreply": "yes"}, fmt="plain", cte="7bit")

M("ver_offer", "offer", "en", "easy",
  ("Verdant Health Network", "donotreply@successfactors.com"),
  "Your offer from Verdant Health Network is ready", "Fri, 02 Oct 2026 12:30:14 -0700",
  """Dear Sasha,

Congratulations! We are delighted to extend you an offer of employment for the position of Clinical
Informatics Specialist with Verdant Health Network.

Your offer letter is ready to review and accept in the candidate portal:
https://career5.successfactors.com/portalcareer?company=verdanthealth&offer=55021

Please respond by Friday, October 9, 2026. Your recruiter, Odette Lin, will be glad to answer any
questions about compensation, benefits or your start date.

We look forward to welcoming you to Verdant.

Verdant Health Network Talent Acquisition
""", company="Verdant Health Network", contact="Odette", role="Clinical Informatics Specialist",
  notes="ATS offer notice; names recruiter as contact", fmt="html", cte="quoted-printable", style="ats",
  color="#166534", brand="Verdant Health Network", footer="SAP SuccessFactors")

# ---------------------------------------------------------------- Pellucid AI (Lever)
M("pel_int", "interview", "en", "easy",
  ("Jonah Whitfield", "jonah@pellucid.ai"),
  "Pellucid AI - ML Engineer: scheduling your technical screen", "Tue, 24 Feb 2026 10:18:30 -0800",
  """Hi Sasha,

Great speaking earlier! As discussed, the next step for the Machine Learning Engineer role is a
60-minute technical screen with one of our research engineers. It's half ML fundamentals (evaluation,
data leakage, that kind of thing) and half a practical coding problem in Python.

Please grab a slot that works for you here: https://hire.lever.co/interviews/pellucid/schedule/6b2f0c

Slots are available through next Friday. Let me know if none of them work and I'll find more.

Talk soon,
Jonah

Jonah Whitfield | Technical Recruiter | Pellucid AI
""", company="Pellucid AI", contact="Jonah", role="Machine Learning Engineer", notes="Lever self-scheduling link",
  fmt="alt", style="gmail", return_path="bounces+pel@hire.lever.co")

M("pel_sent", "other", "en", "hard",
  ("Sasha Novak", "sasha.novak.career@gmail.com"),
  "Thank you - ML Engineer technical screen", "Thu, 05 Mar 2026 19:41:02 -0500",
  """Hi Jonah,

Thank you for setting up today's technical screen with Aditi. I really enjoyed the discussion about
evaluating retrieval models, and the data leakage problem was a fun one to untangle.

I'm very interested in the Machine Learning Engineer role and in what the team is building for
document understanding. Please let me know if you need anything else from me for the next round.

Best regards,
Sasha Novak
""", company="", notes="owner's own sent thank-you after an interview", to=("Jonah Whitfield", "jonah@pellucid.ai"),
  delivered=False, reply="pel_int", fmt="alt", style="gmail")

M("pel_rej", "rejection", "en", "hard",
  ("Jonah Whitfield", "jonah@pellucid.ai"),
  "Re: Thank you - ML Engineer technical screen", "Wed, 11 Mar 2026 09:27:44 -0700",
  """Hi Sasha,

Thanks again for the kind note, and sorry for the slower reply. I've now heard back from Aditi and the
hiring manager. They liked how you reasoned through the leakage question, but for this role they need
someone with more hands-on experience training large models on GPU clusters, so we won't be moving
you to the onsite.

I know that's disappointing. I'd love to keep you in mind for our applied ML roles later this year,
which lean more on the evaluation side you're strong in.

Best,
Jonah

On Thu, Mar 5, 2026 at 4:41 PM Sasha Novak <sasha.novak.career@gmail.com> wrote:
> Hi Jonah,
>
> Thank you for setting up today's technical screen with Aditi. I really enjoyed the discussion about
> evaluating retrieval models, and the data leakage problem was a fun one to untangle.
>
> I'm very interested in the Machine Learning Engineer role. Please let me know if you need anything
> else from me for the next round.
""", company="Pellucid AI", contact="Jonah", role="Machine Learning Engineer",
  notes="'won't be moving you to the onsite'; quote mentions interview and next round", reply="pel_sent",
  refs=["pel_int"], fmt="alt", style="gmail")

M("pel_gone", "auto_reply", "en", "hard",
  ("Pellucid AI Recruiting", "recruiting@pellucid.ai"),
  "Re: Applied ML roles", "Mon, 14 Sep 2026 06:00:11 -0700",
  """Hello,

This address is no longer in use. Pellucid AI now manages all hiring through our careers page at
https://jobs.lever.co/pellucid. If you have an interview scheduled, please reply directly to the
recruiter who contacted you.

Thank you,
Pellucid AI
""", company="Pellucid AI", notes="retired role mailbox; no human, no date", reply="owner",
  headers={"Auto-Submitted": "auto-replied"}, fmt="plain", cte="7bit")

# ---------------------------------------------------------------- Copperleaf Bakery Co. (JazzHR)
M("cop_int", "interview", "en", "easy",
  ("Marcus Bell", "marcus.bell@copperleafbakery.com"),
  "Interview for Production Supervisor - Copperleaf Bakery Co.", "Wed, 20 May 2026 06:12:09 -0400",
  """Morning Sasha,

Thanks for applying to Copperleaf Bakery Co. I'm the plant manager here and I'd like to set up an
interview for the Production Supervisor (2nd shift) job.

Can you come by the plant on Tuesday, May 26 at 2 PM? Plan on about 90 minutes: we'll sit down for
a conversation, then I'll walk you through the lines so you can see the ovens and the packaging
area. Wear closed-toe shoes; we'll give you a hairnet and coat at the door.

Address: 2250 Industrial Pkwy, Dayton, OH 45414. Park in the front lot and call me at
(937) 555-0192 when you arrive.

Marcus Bell
Plant Manager
""", company="Copperleaf Bakery Co.", contact="Marcus", role="Production Supervisor",
  notes="onsite interview with plant tour; sent via JazzHR", fmt="alt", style="ats", color="#92400e",
  brand="Copperleaf Bakery Co.", footer="Sent via JazzHR", reply_to="Marcus Bell <marcus.bell@copperleafbakery.com>",
  return_path="bounce@applytojob.com")

M("cop_ooo", "auto_reply", "en", "hard",
  ("Marcus Bell", "marcus.bell@copperleafbakery.com"),
  "Re: Interview for Production Supervisor - Copperleaf Bakery Co.", "Fri, 29 May 2026 17:02:48 -0400",
  """Hi, I'm on vacation with my family and away from email. I'll be back on the 8th.
For anything urgent at the plant, call the shift office at (937) 555-0100.
Marcus
""", company="Copperleaf Bakery Co.", contact="Marcus", role="Production Supervisor", ret="2026-06-08",
  notes="return given as 'the 8th' only; subject mentions interview; only X-Autoreply header",
  reply="cop_int", headers={"X-Autoreply": "yes"}, fmt="plain", cte="7bit")

M("cop_offer", "offer", "en", "hard",
  ("Marcus Bell", "marcus.bell@copperleafbakery.com"),
  "Following up on our call", "Wed, 10 Jun 2026 11:35:16 -0400",
  """Hi Sasha,

Great talking with you this morning. Like I said on the phone, we'd really like you to run second
shift for us. Here's what we went over, so you have it in writing:

- Production Supervisor, 2nd shift (2 PM - 10:30 PM), reporting to me
- $72,500 a year plus shift differential and quarterly production bonus
- Medical, dental, 401(k) with 4% match, two weeks PTO the first year
- Start Monday, June 29, with a week of day-shift training

HR will send the formal paperwork through JazzHR tomorrow. Take the weekend to think it over and give
me a call Monday either way.

Marcus
""", company="Copperleaf Bakery Co.", contact="Marcus", role="Production Supervisor",
  notes="written follow-up to verbal offer; never says 'offer'", fmt="plain", cte="quoted-printable")

# ---------------------------------------------------------------- Sable & Finch Publishing (Breezy)
M("sab_ack", "application_received", "en", "easy",
  ("Sable & Finch Publishing", "noreply@breezy-mail.com"),
  "Application received: Editorial Assistant", "Sun, 01 Mar 2026 20:50:33 -0500",
  """Hi Sasha,

This is a quick note to say thank you for applying to be an Editorial Assistant at Sable & Finch
Publishing. Your application arrived safely and is in our queue.

We are a small team, so please bear with us: we read everything, and we aim to respond to all
applicants within a month.

With thanks,
Sable & Finch Publishing
""", company="Sable & Finch Publishing", role="Editorial Assistant", notes="Breezy acknowledgement",
  fmt="alt", style="ats", color="#374151", brand="Sable &amp; Finch", footer="Powered by Breezy HR")

M("sab_rej", "rejection", "en", "easy",
  ("Hollis Fairweather", "hollis@sableandfinch.com"),
  "Your application to Sable & Finch", "Mon, 30 Mar 2026 10:08:50 -0400",
  """Dear Sasha,

Thank you for applying for the Editorial Assistant position and for your thoughtful cover letter;
your comments on our spring poetry list made us smile.

We received more than four hundred applications for this role and, I'm sorry to say, we won't be
taking yours further. The decision was a difficult one.

With warm wishes for your search,
Hollis Fairweather
Managing Editor
Sable & Finch Publishing
""", company="Sable & Finch Publishing", contact="Hollis", role="Editorial Assistant",
  notes="personal-sounding template signed by editor", fmt="alt", style="ats", color="#374151",
  brand="Sable &amp; Finch", footer="Powered by Breezy HR", return_path="noreply@breezy-mail.com")

# ---------------------------------------------------------------- Orchard Street Capital (Rippling)
M("orc_int", "interview", "en", "easy",
  ("Theo Marchetti", "theo.marchetti@orchardstreetcap.com"),
  "Invitation: Sasha Novak <> Theo Marchetti (FP&A Analyst) @ Thu Jun 11, 2026 3pm - 3:45pm (EDT)",
  "Fri, 05 Jun 2026 12:14:22 -0400",
  """Sasha, looking forward to it. We'll focus on your forecasting work and how you partner with
business owners on budget variances. Expect one short modelling question, no need to open Excel.

Join with Google Meet: https://meet.google.com/rkt-vsbq-jmw
Join by phone: +1 646-555-0121 PIN: 447 118 203#

Invitation from Google Calendar
""", company="Orchard Street Capital", contact="Theo", role="FP&A Analyst",
  notes="Google Calendar invitation; company only in sender domain", fmt="plain", cte="quoted-printable",
  ics=dict(start="20260611T190000Z", end="20260611T194500Z", stamp="20260605T161422Z",
           organizer=("Theo Marchetti", "theo.marchetti@orchardstreetcap.com"),
           attendees=[("Sasha Novak", "sasha.novak.career@gmail.com")],
           summary="Sasha Novak <> Theo Marchetti (FP&A Analyst)", location="https://meet.google.com/rkt-vsbq-jmw",
           description="Interview for FP&A Analyst at Orchard Street Capital"))

M("orc_ooo", "auto_reply", "en", "easy",
  ("Theo Marchetti", "theo.marchetti@orchardstreetcap.com"),
  "Out of Office: Re: FP&A Analyst - next steps?", "Mon, 06 Jul 2026 08:00:03 -0400",
  """Thank you for your message. I am on leave from July 1 through July 17 and will return on
Monday, July 20, 2026. During this time I will not be checking email.

For FP&A matters please contact Joanne Kim (joanne.kim@orchardstreetcap.com).

Theo Marchetti | Director, FP&A
Orchard Street Capital
""", company="Orchard Street Capital", contact="Theo", ret="2026-07-20", notes="explicit return date; both headers",
  reply="owner", headers=AUTO_BOTH, fmt="alt", style="outlook")

M("orc_hold", "on_hold", "en", "hard",
  ("Theo Marchetti", "theo.marchetti@orchardstreetcap.com"),
  "RE: FP&A Analyst - next steps?", "Wed, 22 Jul 2026 09:41:37 -0400",
  """Hi Sasha,

Apologies for going quiet, I was out most of July. I'm afraid I don't have the update either of us
wanted. While I was away, the investment committee decided to hold off on adding headcount to the
finance team until the new fund closes, which could be the end of the year. The FP&A Analyst
requisition has been withdrawn for now.

I enjoyed our conversation and you were one of two people I planned to bring back for a final round.
If the role reopens I'll reach out to you first.

Regards,
Theo

From: Sasha Novak <sasha.novak.career@gmail.com>
Sent: Monday, July 6, 2026 8:00 AM
To: Theo Marchetti <theo.marchetti@orchardstreetcap.com>
Subject: FP&A Analyst - next steps?

Hi Theo, I hope you're well. I wanted to check in on the FP&A Analyst role after our conversation
on June 11. I remain very interested and would be glad to provide anything else you need.
Best, Sasha
""", company="Orchard Street Capital", contact="Theo", role="FP&A Analyst",
  notes="requisition withdrawn until fund closes; mentions final round; Outlook-style quote", reply="owner",
  fmt="alt", style="outlook")

# ---------------------------------------------------------------- Kestrel Pointe Hotels (Dayforce)
M("kes_ack", "application_received", "en", "easy",
  ("Kestrel Pointe Hotels & Resorts", "noreply@dayforcehcm.com"),
  "Thank you for applying to Kestrel Pointe Hotels & Resorts", "Sat, 25 Jul 2026 22:37:10 -0700",
  """Dear Sasha,

Thank you for applying for the Front Office Manager position at Kestrel Pointe Resort, Monterey.

We have received your application. Our hiring team reviews every candidate and will be in touch if
your qualifications match our needs. You can view the status of your application anytime by signing
in to your Dayforce candidate account.

We appreciate your interest in joining our team.

Kestrel Pointe Hotels & Resorts | People & Culture
""", company="Kestrel Pointe Hotels & Resorts", role="Front Office Manager", notes="Dayforce acknowledgement, HTML only",
  fmt="html", cte="base64", style="ats", color="#0e7490", brand="Kestrel Pointe Hotels &amp; Resorts",
  footer="Please do not reply to this email. Powered by Dayforce.")

M("kes_int", "interview", "en", "hard",
  ("Amara Okonkwo", "amara.okonkwo@kestrelpointe.com"),
  "Your visit to Kestrel Pointe Resort - Monday, August 10", "Tue, 04 Aug 2026 16:20:55 -0700",
  """Hi Sasha,

We're excited to host you at the resort next week! Here's the plan for Monday, August 10:

10:00 AM  Meet me in the main lobby
10:15 AM  Conversation with Gregory Tan, General Manager
11:00 AM  Shadow the front desk during the late-checkout rush with our assistant FOM, Lily
12:15 PM  Lunch with two of the department heads in the Tidepool restaurant
1:15 PM   Wrap-up with me

Business casual is perfect. Valet parking is on us; just give the attendant your name. Please reply to
confirm, and tell me if you have any dietary needs for lunch.

Warm regards,
Amara Okonkwo
Director of People & Culture | Kestrel Pointe Resort, Monterey
""", company="Kestrel Pointe Hotels & Resorts", contact="Amara", role="Front Office Manager",
  notes="onsite itinerary, no word interview", fmt="alt", style="outlook")

M("kes_ooo", "auto_reply", "en", "easy",
  ("Amara Okonkwo", "amara.okonkwo@kestrelpointe.com"),
  "Automatic reply: Thank you for Monday", "Wed, 12 Aug 2026 07:15:40 -0700",
  """Thank you for your email. I am away from the resort and will return on Tuesday, August 18.
Your message will be answered upon my return. For urgent People & Culture matters please call
(831) 555-0150.

Amara Okonkwo
Director of People & Culture
""", company="Kestrel Pointe Hotels & Resorts", contact="Amara", ret="2026-08-18", notes="explicit date; both headers",
  reply="owner", headers=AUTO_BOTH, fmt="alt", style="outlook")

# ---------------------------------------------------------------- Lumina Robotics (SmartRecruiters)
M("lum_ack", "application_received", "en", "easy",
  ("Lumina Robotics", "noreply@smartrecruiters.com"),
  "Lumina Robotics: application received", "Mon, 19 Oct 2026 09:02:14 -0400",
  """Hello Sasha,

Thank you for your application for the position of Controls Engineer at Lumina Robotics.

We are reviewing your profile. You will hear from us as soon as there is an update. In the
meantime, you can check the status of your application in your SmartRecruiters profile.

Regards,
The Lumina Robotics Hiring Team
""", company="Lumina Robotics", role="Controls Engineer", notes="SmartRecruiters acknowledgement",
  fmt="alt", style="ats", color="#ea580c", brand="Lumina Robotics", footer="Powered by SmartRecruiters")

M("lum_gone", "auto_reply", "en", "hard",
  ("Devin Park", "devin.park@luminarobotics.com"),
  "Automatic reply: Controls Engineer application - Sasha Novak", "Tue, 03 Nov 2026 13:25:06 -0500",
  """Hello,

Thank you for your email. As of October 30 I am no longer with Lumina Robotics. For questions about
an open position or an application in progress, please contact Rebecca Torres at
rebecca.torres@luminarobotics.com, who is now covering engineering recruiting.

Best,
Devin
""", company="Lumina Robotics", contact="Devin", role="Controls Engineer",
  notes="no longer with company; names replacement contact; no return date", reply="owner",
  headers={"Auto-Submitted": "auto-replied"}, fmt="alt", style="outlook")

M("lum_rej", "rejection", "en", "easy",
  ("Lumina Robotics", "noreply@smartrecruiters.com"),
  "Your application for Controls Engineer at Lumina Robotics", "Thu, 19 Nov 2026 15:44:39 -0500",
  """Hello Sasha,

Thank you for your interest in the Controls Engineer role at Lumina Robotics and for taking the time
to apply.

We have carefully reviewed your application and unfortunately we will not be moving forward with your
candidacy for this position. We wish you success in your job search and hope you will consider us
again in the future.

Kind regards,
Rebecca Torres
Lumina Robotics Talent Team
""", company="Lumina Robotics", contact="Rebecca", role="Controls Engineer",
  notes="ATS rejection signed by named recruiter", fmt="alt", style="ats", color="#ea580c", brand="Lumina Robotics",
  footer="Powered by SmartRecruiters")

# ---------------------------------------------------------------- City of Ashgrove
M("ash_ack", "application_received", "en", "hard",
  ("City of Ashgrove Human Resources", "hr-jobs@ashgrove-wa.gov"),
  "Application Received - GIS Analyst II (Recruitment #26-031)", "Fri, 20 Mar 2026 16:58:00 -0700",
  """Dear Sasha Novak,

The City of Ashgrove has received your application for GIS Analyst II (Recruitment #26-031).

Next steps: After the recruitment closes on April 3, Human Resources will screen applications for
minimum qualifications. Applicants who pass screening will be invited to a written exercise, and the
top candidates will be invited to an oral board interview. If you are not selected to continue, you
will be notified by email after the recruitment is complete.

Please do not reply to this message.

City of Ashgrove Human Resources
""", company="City of Ashgrove", role="GIS Analyst II", notes="describes future interview and possible non-selection",
  fmt="plain", cte="7bit", headers=AUTO_GEN)

M("ash_int", "interview", "en", "easy",
  ("Gwendolyn Price", "gprice@ashgrove-wa.gov"),
  "Oral Board Interview - GIS Analyst II", "Wed, 22 Apr 2026 10:10:10 -0700",
  """Dear Sasha Novak,

Congratulations. Based on your written exercise score, you are invited to an oral board interview for
the position of GIS Analyst II.

Date: Thursday, April 30, 2026
Time: 1:30 p.m.
Location: Ashgrove City Hall, 2nd Floor, Conference Room B, 301 Main Street

The board will consist of three panelists from Public Works and Information Technology. The interview
will last approximately 45 minutes. Please bring a photo ID. Reasonable accommodation is available on
request.

Please confirm your attendance by replying to this email by April 27.

Gwendolyn Price
Human Resources Analyst
City of Ashgrove
""", company="City of Ashgrove", contact="Gwendolyn", role="GIS Analyst II", notes="government oral board",
  fmt="plain", cte="quoted-printable")

M("ash_hold", "on_hold", "en", "hard",
  ("Gwendolyn Price", "gprice@ashgrove-wa.gov"),
  "GIS Analyst II - Recruitment Status", "Mon, 18 May 2026 11:45:21 -0700",
  """Dear Sasha Novak,

Thank you for participating in the oral board interview for GIS Analyst II.

Due to revised revenue projections, the City Council adopted a mid-year budget amendment that freezes
several vacant positions, including this one. As a result, the City will not make an appointment from
this recruitment at this time. The eligibility list will remain valid for twelve months; if the
position is funded during that period, candidates on the list may be contacted in rank order.

We regret the inconvenience and appreciate your interest in serving the City of Ashgrove.

Gwendolyn Price
Human Resources Analyst
""", company="City of Ashgrove", contact="Gwendolyn", role="GIS Analyst II",
  notes="position frozen by budget amendment; 'will not make an appointment' reads like rejection",
  fmt="plain", cte="quoted-printable")

# ---------------------------------------------------------------- Osprey Learning (Greenhouse)
M("osp_int", "interview", "en", "easy",
  ("Naomi Reyes", "naomi.reyes@ospreylearning.com"),
  "Osprey Learning - Instructional Designer interview", "Tue, 08 Sep 2026 11:11:45 -0500",
  """Hi Sasha,

Thank you for sending your portfolio. The sample on onboarding microlearning was exactly the kind of
work we do. I'd like to invite you to a 45-minute video interview with me and Dev Malhotra, our
learning experience lead.

Here are three options (Central time):
- Friday, September 11, 10:00 AM
- Monday, September 14, 1:00 PM
- Tuesday, September 15, 3:30 PM

Just reply with the one that suits you and I'll send a Zoom invite.

Best,
Naomi Reyes
Director of Learning Design, Osprey Learning
""", company="Osprey Learning", contact="Naomi", role="Instructional Designer", notes="offers three time slots",
  fmt="alt", style="gmail")

M("osp_ooo", "auto_reply", "en", "hard",
  ("Naomi Reyes", "naomi.reyes@ospreylearning.com"),
  "Re: Osprey Learning - Instructional Designer interview", "Fri, 25 Sep 2026 18:30:12 -0500",
  """Hi! I'm offline until next Monday for a family wedding. I'll get back to you when I'm back.
If this is about a course launch, ping Dev at dev@ospreylearning.com.

Naomi
""", company="Osprey Learning", contact="Naomi", role="Instructional Designer", ret="2026-09-28",
  notes="relative return ('next Monday'); no headers; subject mentions interview", reply="owner",
  fmt="plain", cte="7bit")

M("osp_rej", "rejection", "en", "hard",
  ("Naomi Reyes", "naomi.reyes@ospreylearning.com"),
  "Instructional Designer - thank you", "Wed, 30 Sep 2026 14:52:03 -0500",
  """Hi Sasha,

Thanks for your patience. Dev and I really enjoyed our conversation and your storyboard exercise.

We decided to go with a candidate who has several years building compliance courses in Articulate
360, since that's where most of our client work will be in the next six months. I know this is a
letdown after you put so much into the exercise.

I'd genuinely like to keep in touch. We often bring in contract designers for overflow work, and I'd
be glad to reach out if something comes up that fits your strengths.

Warmly,
Naomi
""", company="Osprey Learning", contact="Naomi", role="Instructional Designer",
  notes="'decided to go with a candidate'; offers contract work, keep in touch", fmt="alt", style="gmail")

# ---------------------------------------------------------------- Alpenglow Outdoor AG (German)
M("alp_int", "interview", "de", "easy",
  ("Lukas Imhof", "lukas.imhof@alpenglow-outdoor.ch"),
  "Einladung zum Interview: Product Manager E-Commerce (w/m/d)", "Mon, 09 Mar 2026 15:18:27 +0100",
  """Grüezi Sasha

Herzlichen Dank für Ihre Bewerbung als Product Manager E-Commerce (w/m/d) bei der Alpenglow Outdoor AG.
Wir möchten Sie gerne zu einem ersten Interview per Videocall einladen.

Vorschlag: Dienstag, 17. März 2026, 09:30 Uhr (MEZ), Dauer ca. 60 Minuten
Teilnehmende: Corinne Baumann (Head of Digital) und ich

Bitte bestätigen Sie den Termin kurz per E-Mail. Den Link für Microsoft Teams sende ich Ihnen danach.

Freundliche Grüsse
Lukas Imhof
HR Business Partner
Alpenglow Outdoor AG · Bahnhofstrasse 12 · 6003 Luzern
""", company="Alpenglow Outdoor AG", contact="Lukas", role="Product Manager E-Commerce (w/m/d)",
  notes="Swiss German interview invitation", fmt="alt", style="outlook", cte="quoted-printable")

M("alp_ooo", "auto_reply", "de", "hard",
  ("Lukas Imhof", "lukas.imhof@alpenglow-outdoor.ch"),
  "Abwesenheitsnotiz: AW: Einladung zum Interview: Product Manager E-Commerce (w/m/d)",
  "Thu, 02 Apr 2026 08:44:19 +0200",
  """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Ostermontag abwesend und ab Dienstag, 7. April
2026, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an hr@alpenglow-outdoor.ch.

Freundliche Grüsse
Lukas Imhof
""", company="Alpenglow Outdoor AG", contact="Lukas", ret="2026-04-07",
  notes="German OOO; subject contains 'Interview'", reply="owner", headers=AUTO_BOTH, fmt="plain", cte="quoted-printable")

# ---------------------------------------------------------------- Estudio Marea (Spanish)
M("mar_int", "interview", "es", "easy",
  ("Paula Ferrer", "paula@estudiomarea.com"),
  "Entrevista para Diseñador/a UX Senior – Estudio Marea", "Wed, 24 Jun 2026 12:35:48 +0200",
  """Hola Sasha:

Gracias por enviarnos tu portfolio; nos ha encantado el caso de la app de movilidad.

Nos gustaría invitarte a una entrevista por videollamada con Iñaki Soler, nuestro director creativo,
y conmigo. Te proponemos el martes 30 de junio a las 16:00 (hora de Madrid), con una duración de
una hora aproximadamente. Hablaremos de tu forma de trabajar y te contaremos los proyectos que
tenemos en marcha.

¿Te viene bien? Si no, dinos qué otro día te encaja.

Un abrazo,
Paula Ferrer
Operaciones y Personas · Estudio Marea (Valencia)
""", company="Estudio Marea", contact="Paula", role="Diseñador/a UX Senior", notes="Spanish interview invitation",
  fmt="alt", style="gmail", cte="base64")

M("mar_offer", "offer", "es", "easy",
  ("Paula Ferrer", "paula@estudiomarea.com"),
  "Oferta de incorporación – Diseñador/a UX Senior", "Fri, 10 Jul 2026 10:05:14 +0200",
  """Hola Sasha:

¡Tenemos buenas noticias! Después de las entrevistas con Iñaki y el equipo, nos encantaría que te
unieras a Estudio Marea como Diseñador/a UX Senior.

Te resumo nuestra oferta:
- Contrato indefinido, jornada completa, modelo híbrido (martes y jueves en el estudio)
- Salario bruto anual de 46.000 €
- Incorporación el 1 de septiembre de 2026

Adjuntamos la carta de oferta con todos los detalles. ¿Podrías darnos una respuesta antes del viernes
17 de julio? Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo,
Paula
""", company="Estudio Marea", contact="Paula", role="Diseñador/a UX Senior", notes="Spanish offer with PDF",
  fmt="plain", cte="quoted-printable",
  pdf=("Carta_oferta_Estudio_Marea.pdf", "Estudio Marea - Carta de oferta",
       ["Puesto: Disenador/a UX Senior", "Salario bruto anual: 46.000 EUR", "Incorporacion: 1 de septiembre de 2026"]))

# ---------------------------------------------------------------- standalone and short threads: decisions
M("iron_ack", "application_received", "en", "easy",
  ("Ironclad Security", "no-reply@us.greenhouse-mail.io"),
  "Thank you for applying to Ironclad Security", "Thu, 14 May 2026 13:01:19 -0400",
  """Hi Sasha,

Thanks for your interest in Ironclad Security! We've received your application for Security Analyst
(SOC, Tier 2) and our team is reviewing it.

If there's a fit, a recruiter will reach out to schedule an introductory call.

Best,
Ironclad Security Talent Team
""", company="Ironclad Security", role="Security Analyst (SOC, Tier 2)", notes="Greenhouse acknowledgement",
  fmt="alt", style="ats", color="#991b1b", brand="Ironclad Security", footer="Powered by Greenhouse")

M("iron_rej", "rejection", "en", "easy",
  ("Ironclad Security", "no-reply@us.greenhouse-mail.io"),
  "Your application to Ironclad Security", "Mon, 01 Jun 2026 10:44:02 -0400",
  """Hi Sasha,

Thank you for applying to the Security Analyst (SOC, Tier 2) role at Ironclad Security. We truly
appreciate your interest.

After reviewing your application, we've decided not to move forward at this time. We receive many
applications and this decision is never easy.

We'll keep your information on file and may reach out if a future role is a better match.

Best,
Ironclad Security Talent Team
""", company="Ironclad Security", role="Security Analyst (SOC, Tier 2)", notes="standard Greenhouse rejection",
  fmt="alt", style="ats", color="#991b1b", brand="Ironclad Security", footer="Powered by Greenhouse")

M("harw_ack", "application_received", "en", "easy",
  ("Harwick Logistics Careers", "notification@jobvite.com"),
  "We've received your application - Dispatch Supervisor", "Tue, 06 Oct 2026 09:30:41 -0500",
  """Hi Sasha,

Thank you for applying for the Dispatch Supervisor opening at Harwick Logistics in Joliet, IL. Your
application is complete and has been sent to our recruiting team.

What happens next? A recruiter reviews each application, usually within 10 business days. You'll hear
from us either way.

Thanks,
Harwick Logistics Recruiting
""", company="Harwick Logistics", role="Dispatch Supervisor", notes="Jobvite acknowledgement",
  fmt="alt", style="ats", color="#15803d", brand="Harwick Logistics", footer="Powered by Jobvite")

M("harw_rej", "rejection", "en", "easy",
  ("Harwick Logistics Careers", "notification@jobvite.com"),
  "Dispatch Supervisor - application update", "Fri, 23 Oct 2026 16:12:37 -0500",
  """Hi Sasha,

Thanks again for your interest in the Dispatch Supervisor position with Harwick Logistics.

We've reviewed your background carefully and, unfortunately, we have selected other applicants whose
experience more closely aligns with the needs of the Joliet terminal. We appreciate the time you
spent applying and wish you the best in your search.

Harwick Logistics Recruiting
""", company="Harwick Logistics", role="Dispatch Supervisor", notes="Jobvite rejection",
  fmt="alt", style="ats", color="#15803d", brand="Harwick Logistics", footer="Powered by Jobvite")

M("sun_ack", "application_received", "en", "hard",
  ("Sunline Transit Authority", "jobs@sunlinetransit.org"),
  "Receipt of application: Transit Planner II", "Wed, 11 Feb 2026 12:00:05 -0700",
  """Dear Applicant,

Sunline Transit Authority acknowledges receipt of your application for Transit Planner II.

Unfortunately, due to the number of applications we receive, we are unable to respond to questions
about the status of individual applications. Applications will be evaluated after the posting closes
on February 27. Candidates selected for interview will be contacted by telephone; all other
candidates will receive a notification once the position is filled.

Thank you for your interest in public service.

Human Resources Department
Sunline Transit Authority
""", company="Sunline Transit Authority", role="Transit Planner II",
  notes="'Unfortunately' and 'position is filled' in an acknowledgement", fmt="plain", cte="7bit")

M("sun_rej", "rejection", "en", "easy",
  ("Sunline Transit Authority", "jobs@sunlinetransit.org"),
  "Transit Planner II - Selection Notice", "Fri, 10 Apr 2026 08:30:00 -0600",
  """Dear Sasha Novak,

Thank you for your interest in the position of Transit Planner II with the Sunline Transit Authority.

The selection process has been completed. We regret to inform you that you were not among the
candidates selected to proceed. The evaluation panel reviewed a large number of well-qualified
applications.

We encourage you to apply for future openings that match your qualifications.

Sincerely,
Human Resources Department
Sunline Transit Authority
""", company="Sunline Transit Authority", role="Transit Planner II", notes="formal public-sector letter",
  fmt="html", cte="quoted-printable", style="ats", color="#ca8a04", brand="Sunline Transit Authority",
  footer="1700 Sunline Way, Tempe AZ 85281")

M("wren_rej", "rejection", "en", "hard",
  ("Oona Petrakis", "oona@wrenfieldarchitects.com"),
  "Re: Junior Architect - following up", "Tue, 27 Jan 2026 18:06:22 -0800",
  """Sasha,

Thanks for checking in, and again for bringing your thesis models to the studio. Impressive work.

We've gone another direction. The project we're staffing is a hospital expansion and we need someone
already licensed who can stamp drawings by summer. That says nothing about your design chops.

Do keep sending me your work as it develops.

Oona

Oona Petrakis, AIA
Principal, Wrenfield Architects

> On Jan 26, 2026, at 10:15 AM, Sasha Novak <sasha.novak.career@gmail.com> wrote:
> Hi Oona, I wanted to follow up on our meeting last Thursday about the Junior Architect role and
> see if there is any update on timing. I'd be glad to share more drawings if helpful.
""", company="Wrenfield Architects", contact="Oona", role="Junior Architect",
  notes="'gone another direction'; no rejection keywords", reply="owner", fmt="plain", cte="quoted-printable")

M("heron_rej", "rejection", "en", "easy",
  ("Blue Heron Conservancy", "careers@blueheronconservancy.org"),
  "Development Associate position", "Thu, 05 Mar 2026 11:20:48 -0500",
  """Dear Sasha,

Thank you for applying for the Development Associate position at Blue Heron Conservancy. We were
grateful to receive so many applications from people who care about protecting the Chesapeake's
wetlands.

After careful review, we have chosen to move forward with other candidates. We will keep your resume
on file for twelve months in case another opening fits your background.

If you'd like to stay connected, consider joining our volunteer water-monitoring program this spring.

With gratitude,
Lorraine Whitby
Director of Development
""", company="Blue Heron Conservancy", contact="Lorraine", role="Development Associate",
  notes="nonprofit rejection with volunteer invitation", fmt="alt", style="ats", color="#1d4ed8",
  brand="Blue Heron Conservancy", footer="Blue Heron Conservancy, PO Box 112, Annapolis MD")

M("cind_rej", "rejection", "en", "hard",
  ("Rafael Osei", "rafael@cinderandoak.com"),
  "GM role", "Sat, 14 Feb 2026 23:12:09 -0500",
  """Sasha - wanted to close the loop. We ended up promoting Jess, our AGM at the Fulton St location,
into the GM spot. Thanks for coming in and for the great ideas on the bar program.
Rafael
Cinder & Oak
""", company="Cinder & Oak", contact="Rafael", role="General Manager",
  notes="very short; internal promotion; no rejection keywords", fmt="plain", cte="7bit")

M("tan_rej", "rejection", "en", "hard",
  ("Tangent Bio", "no-reply@hire.lever.co"),
  "Tangent Bio - Research Associate II", "Tue, 21 Apr 2026 14:19:33 -0700",
  """Hi Sasha,

Thank you for interviewing with us for the Research Associate II position on the Cell Therapy
team. Everyone who met you appreciated your curiosity and your experience with flow cytometry.

We have decided to extend an offer to a candidate with more experience in GMP manufacturing, which is
a key need for the team this year. We know how much effort goes into interviewing and we're grateful
for yours.

We'd welcome your application for future roles at Tangent Bio.

Best,
Hyun-woo Cho
Talent Acquisition, Tangent Bio
""", company="Tangent Bio", contact="Hyun-woo", role="Research Associate II",
  notes="mentions interviewing and 'extend an offer' to someone else", fmt="alt", style="ats", color="#0d9488",
  brand="Tangent Bio", footer="Sent via Lever")

M("len_rej", "rejection", "fr", "easy",
  ("Cabinet Lenoir & Associés", "recrutement@cabinet-lenoir.fr"),
  "Votre candidature – Juriste droit social (H/F)", "Mon, 27 Apr 2026 09:40:56 +0200",
  """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez au Cabinet Lenoir & Associés et de votre
candidature au poste de Juriste droit social (H/F).

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable, d'autres profils correspondant davantage aux exigences du
poste.

Nous conservons néanmoins votre candidature dans notre vivier et ne manquerons pas de revenir vers
vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service des ressources humaines
Cabinet Lenoir & Associés
""", company="Cabinet Lenoir & Associés", role="Juriste droit social (H/F)", notes="French formal rejection letter",
  fmt="alt", style="ats", color="#1e293b", brand="Cabinet Lenoir &amp; Associ&eacute;s",
  footer="12 rue de la Paix, 75002 Paris", cte="quoted-printable", html_cte="base64")

M("para_rej", "rejection", "en", "easy",
  ("Parallax Insurance Group", "parallax@taleo.net"),
  "Regarding your application for Claims Adjuster I", "Thu, 07 May 2026 03:05:12 -0500",
  """Dear Sasha,

Thank you for your interest in the Claims Adjuster I position (Requisition 26-00871) at Parallax
Insurance Group.

We have reviewed your qualifications and regret to inform you that you have not been selected for
further consideration. Please continue to visit our career site for other opportunities.

Sincerely,
Parallax Insurance Group Recruitment

This is an automated message. Please do not reply.
""", company="Parallax Insurance Group", role="Claims Adjuster I", notes="Taleo rejection, HTML only base64",
  fmt="html", cte="base64", style="ats", color="#4338ca", brand="Parallax Insurance Group", footer="Oracle Taleo")

M("grey_rej", "rejection", "en", "hard",
  ("Simone Adair", "simone.adair@greywaterconsulting.com"),
  "Senior Consultant - our decision", "Fri, 12 Jun 2026 17:25:44 -0400",
  """Hi Sasha,

Thank you for the energy you brought to the final round on Tuesday. The partners loved your case
presentation, and several of them said you'd be a great addition to Greywater's culture.

Where we landed is that the Senior Consultant role needs someone who has already led client
engagements on their own, and we don't think it's fair to put you in that seat yet. We've decided
not to extend an offer for this role.

I'd like to suggest that you consider our Consultant track instead; I'd be glad to introduce you to
the lead for that search if you're interested.

Best regards,
Simone Adair
Director of Talent, Greywater Consulting
""", company="Greywater Consulting", contact="Simone", role="Senior Consultant",
  notes="'great addition to culture' but not this role; suggests another track", fmt="alt", style="outlook")

M("grey_ooo", "auto_reply", "en", "easy",
  ("Simone Adair", "simone.adair@greywaterconsulting.com"),
  "Automatic reply: Re: Senior Consultant - our decision", "Mon, 15 Jun 2026 07:02:10 -0400",
  """Thank you for your note. I am travelling with limited access to email and will respond as soon as
I am able. For urgent matters please contact talent@greywaterconsulting.com.

Simone Adair
""", company="Greywater Consulting", contact="Simone", notes="travel OOO without a return date", reply="owner",
  refs=["grey_rej"], headers=AUTO_BOTH, fmt="plain", cte="7bit")

M("nim_rej", "rejection", "en", "easy",
  ("Nimbus Home & Living", "noreply@smartrecruiters.com"),
  "Application status update - Store Manager, Riverside Mall", "Tue, 21 Jul 2026 12:48:31 -0400",
  """Hello Sasha,

Thank you for your interest in the Store Manager position at our Riverside Mall store.

Unfortunately, we have decided to proceed with other candidates for this role. We appreciate the time
you invested and encourage you to explore other openings on our careers page.

Kind regards,
Nimbus Home & Living Talent Acquisition
""", company="Nimbus Home & Living", role="Store Manager", notes="SmartRecruiters rejection",
  fmt="alt", style="ats", color="#7c3aed", brand="Nimbus Home &amp; Living", footer="Powered by SmartRecruiters")

M("brook_rej", "rejection", "en", "hard",
  ("Zoe Lindqvist", "zoe.lindqvist@meridiantalent.com"),
  "FW: Candidate feedback - Sasha Novak (Regulatory Affairs Specialist)", "Wed, 22 Jul 2026 16:40:03 -0400",
  """Hi Sasha,

I just heard back from Brookhaven Pharmaceuticals and wanted to share it with you directly. Their note
is below. I'm sorry, I know you were hoping for this one. Let's talk tomorrow about the two other
roles I mentioned; both are a better fit for your device experience anyway.

Zoe

Zoe Lindqvist | Senior Recruiter | Meridian Talent Partners

-----Original Message-----
From: Carl Engstrom <c.engstrom@brookhavenpharma.com>
Sent: Wednesday, July 22, 2026 2:15 PM
To: Zoe Lindqvist <zoe.lindqvist@meridiantalent.com>
Subject: Candidate feedback - Sasha Novak (Regulatory Affairs Specialist)

Zoe, thanks for introducing Sasha. Strong communicator and clearly knows 510(k) submissions, but we
need hands-on experience with EU MDR technical files from day one. We will not be progressing Sasha
to the next stage. Please pass on our thanks.

Carl
""", company="Brookhaven Pharmaceuticals", contact="Zoe", role="Regulatory Affairs Specialist",
  notes="agency recruiter forwards client's rejection; decision in forwarded note", fmt="alt", style="outlook")

M("fern_rej", "rejection", "en", "hard",
  ("Ibrahim Haddad", "ibrahim@ferncastle.io"),
  "Re: Feedback on Backend Engineer interview?", "Thu, 13 Aug 2026 12:02:51 +0100",
  """Hi Sasha,

Of course, happy to share. The team liked your API design discussion a lot. Where it fell short was
the concurrency exercise: we need people who are very comfortable with async Python and queue
workers, and that part didn't come through strongly enough for us to go ahead with an offer.

I hope that's useful, and I'm sorry we couldn't make it work this time.

Cheers,
Ibrahim
Engineering Manager, Ferncastle

On Wed, 12 Aug 2026 at 21:34, Sasha Novak <sasha.novak.career@gmail.com> wrote:
> Hi Ibrahim, thank you for letting me know about the Backend Engineer role. Would you be willing to
> share any feedback from the interview? I'm still excited about what Ferncastle is building and
> would love to know what to work on.
""", company="Ferncastle", contact="Ibrahim", role="Backend Engineer",
  notes="feedback reply after earlier no; quote sounds upbeat; 'offer' negated", reply="owner",
  fmt="alt", style="gmail")

M("atlas_rej", "rejection", "en", "easy",
  ("Atlas Peak Winery", "notifications@app.bamboohr.com"),
  "Tasting Room Lead at Atlas Peak Winery", "Sun, 23 Aug 2026 19:33:27 -0700",
  """Hi Sasha,

Thank you for applying for the Tasting Room Lead role at Atlas Peak Winery. We enjoyed learning about
your hospitality background.

We have filled the position and are no longer reviewing applications for it. We hope you'll keep us
in mind, and we'd love to see you on the terrace for a glass sometime.

Cheers,
The Atlas Peak Team
""", company="Atlas Peak Winery", role="Tasting Room Lead", notes="position filled; BambooHR",
  fmt="html", cte="quoted-printable", style="ats", color="#831843", brand="Atlas Peak Winery",
  footer="Sent via BambooHR")

M("pine_rej", "rejection", "en", "easy",
  ("Pinegrove University Human Resources", "jobs@pinegrove.edu"),
  "Academic Advisor (Posting #S02871)", "Tue, 01 Sep 2026 10:15:00 -0400",
  """Dear Sasha Novak,

Thank you for your interest in the Academic Advisor position in the Office of Undergraduate Advising
at Pinegrove University.

The search committee has completed its review and has selected another candidate for the position.
We appreciate the time and effort you devoted to your application and wish you success in your
future endeavors.

Office of Human Resources
Pinegrove University
""", company="Pinegrove University", role="Academic Advisor", notes="university staff rejection",
  fmt="plain", cte="7bit", headers=AUTO_GEN)

M("kin_rej", "rejection", "en", "hard",
  ("Kinetic Dental Laboratories", "hr@kineticdentallabs.com"),
  "Quality Technician application", "Wed, 09 Sep 2026 15:05:42 -0500",
  """Hello Sasha,

Thank you for applying for the Quality Technician position at Kinetic Dental Laboratories.

After reviewing your application, we have decided not to continue with your candidacy for this
opening. With your permission we will keep your profile on hold in our talent pool and contact you
if a suitable position opens in the next six months.

Best regards,
Yolanda Pierce
HR Generalist
""", company="Kinetic Dental Laboratories", contact="Yolanda", role="Quality Technician",
  notes="rejection that says 'profile on hold'", fmt="plain", cte="quoted-printable")

M("tally_rej", "rejection", "en", "hard",
  ("Jun Takeda", "jun@tallyho.money"),
  "quick update", "Thu, 17 Sep 2026 21:48:16 -0700",
  """Hey Sasha,

Really appreciated you spending Saturday morning with Priscilla and me. We talked it over and we're
going to go with someone who's shipped a payments product before, since we can't afford much ramp-up
with a team of six. Wish it were different. If you ever want intros to other fintech founders, just
ask.

Jun
Co-founder, Tallyho
""", company="Tallyho", contact="Jun", role="",
  notes="founder's informal note; no role stated; no rejection keywords", fmt="alt", style="gmail")

M("drift_rej", "rejection", "en", "easy",
  ("Driftwood Studios", "no-reply@rippling.com"),
  "Update on your application to Driftwood Studios", "Mon, 05 Oct 2026 11:30:19 -0700",
  """Hi Sasha,

Thank you for applying for the Video Editor role at Driftwood Studios. We were impressed by the
creativity in your reel.

We've reviewed all applications and have decided to move forward with other candidates at this
time. We'll keep your reel in mind for freelance projects.

Best,
Driftwood Studios Hiring Team
""", company="Driftwood Studios", role="Video Editor", notes="Rippling rejection",
  fmt="alt", style="ats", color="#b45309", brand="Driftwood Studios", footer="Powered by Rippling Recruiting")

M("bram_rej", "rejection", "en", "easy",
  ("Bramble & Co. Home Goods", "noreply@dayforcehcm.com"),
  "Merchandising Coordinator - application status", "Wed, 28 Oct 2026 08:55:30 -0500",
  """Dear Sasha,

Thank you for your interest in the Merchandising Coordinator position at Bramble & Co. Home Goods.

The position has now been filled. We appreciate your interest in our company and encourage you to
apply for future openings.

Regards,
Bramble & Co. Talent Acquisition
""", company="Bramble & Co. Home Goods", role="Merchandising Coordinator", notes="position filled; Dayforce",
  fmt="alt", style="ats", color="#4d7c0f", brand="Bramble &amp; Co.", footer="Powered by Dayforce")

M("aur_rej", "rejection", "en", "hard",
  ("Saint Aurelia Medical Center", "saintaurelia@talent.icims.com"),
  "Patient Access Representative - Saint Aurelia Medical Center", "Tue, 10 Nov 2026 14:22:11 -0500",
  """Dear Sasha,

Thank you for taking the time to complete a phone interview for the Patient Access Representative
position (Req. 2026-4471) with Saint Aurelia Medical Center.

We have carefully considered your qualifications and have decided to continue with other applicants
whose experience more closely matches the position. If you have applied for other positions with us,
this decision does not affect those applications.

We appreciate your interest in Saint Aurelia and wish you success in your search.

Talent Acquisition
Saint Aurelia Medical Center

Please do not reply to this message. This mailbox is not monitored.
""", company="Saint Aurelia Medical Center", role="Patient Access Representative",
  notes="post-phone-interview rejection; footer says not monitored", fmt="alt", style="ats", color="#be123c",
  brand="Saint Aurelia Medical Center", footer="Sent via iCIMS")

M("nord_rej", "rejection", "en", "easy",
  ("Nordlicht Software GmbH", "no-reply@mail.personio.de"),
  "Your application as Frontend Developer (m/f/d)", "Thu, 03 Dec 2026 16:01:47 +0100",
  """Hi Sasha,

Thank you very much for your interest in Nordlicht Software and your application as Frontend
Developer (m/f/d).

We have looked at your profile carefully. Unfortunately, we have decided to proceed with other
candidates whose experience with Vue 3 and design systems fits our current project better.

We wish you all the best for your future career.

Best regards,
The People Team at Nordlicht Software
""", company="Nordlicht Software", role="Frontend Developer (m/f/d)", notes="English Personio rejection from German firm",
  fmt="alt", style="ats", color="#0369a1", brand="Nordlicht Software", footer="Sent with Personio")

# ---------------------------------------------------------------- interviews, offers, holds
M("hol_int", "interview", "en", "hard",
  ("Bryce Kaminski", "bkaminski@hollisgroup.com"),
  "Project Engineer - let's find a time", "Tue, 20 Jan 2026 10:47:29 -0600",
  """Hi Sasha,

Your background on the water treatment retrofit caught my eye. I'd like to set up 30 minutes to walk
through your experience and tell you more about the Project Engineer opening in our Omaha office.

Grab whatever works on my calendar: https://calendly.com/bkaminski-hollis/30min

Bryce Kaminski
Engineering Recruiter | Hollis Engineering Group
""", company="Hollis Engineering Group", contact="Bryce", role="Project Engineer",
  notes="scheduling link for a call; no word interview", fmt="alt", style="outlook")

M("brisk_int", "interview", "en", "easy",
  ("Bea Lindgren", "bea@briskhealth.co"),
  "Invitation: Product Designer chat - Sasha / Bea @ Wed Feb 18, 2026 11am - 11:45am (PST)",
  "Thu, 12 Feb 2026 09:03:55 -0800",
  """Bea Lindgren has invited you to an event.

Product Designer interview - portfolio walkthrough
Wednesday Feb 18, 2026 11am - 11:45am (Pacific Time)
Joining info: https://meet.google.com/wsd-pkcx-trq

Hi Sasha! Pick two projects to walk me through; 15 minutes each is plenty.

Going (sasha.novak.career@gmail.com)? Yes - Maybe - No
Invitation from Google Calendar
""", company="Brisk Health", contact="Bea", role="Product Designer", notes="Google Calendar invite with text/calendar",
  fmt="alt", style="gmail",
  ics=dict(start="20260218T190000Z", end="20260218T194500Z", stamp="20260212T170355Z",
           organizer=("Bea Lindgren", "bea@briskhealth.co"),
           attendees=[("Sasha Novak", "sasha.novak.career@gmail.com"), ("Bea Lindgren", "bea@briskhealth.co")],
           summary="Product Designer interview - portfolio walkthrough", location="https://meet.google.com/wsd-pkcx-trq"))

M("brisk_offer", "offer", "en", "easy",
  ("Brisk Health", "no-reply@rippling.com"),
  "Brisk Health has sent you an offer letter", "Fri, 06 Mar 2026 14:10:08 -0800",
  """Hi Sasha,

Brisk Health has sent you an offer letter for the role of Product Designer.

Review and sign your offer: https://app.rippling.com/offer/7f3c21e9

This offer expires on March 13, 2026. If you have questions, reach out to Bea Lindgren
(bea@briskhealth.co).

Rippling, on behalf of Brisk Health
""", company="Brisk Health", contact="Bea", role="Product Designer", notes="Rippling offer notice, HTML only",
  fmt="html", cte="quoted-printable", style="ats", color="#7e22ce", brand="Brisk Health", footer="Sent by Rippling")

M("wave_int", "interview", "en", "hard",
  ("Nell Ashworth", "nell.ashworth@wavelengthmedia.com"),
  "Change of plans for Thursday", "Tue, 24 Mar 2026 13:30:14 -0400",
  """Hi Sasha,

Unfortunately I have to cancel our Thursday slot; our quarterly board review got moved on top of it.
I'm really sorry for the late notice. Could we do Monday, March 30 at 11:00 or 3:30 instead? Same
Zoom link, same format: 45 minutes on the Audience Analyst role and a look at the dashboard you sent.

Thanks for being flexible,
Nell
Head of Audience Insights, Wavelength Media
""", company="Wavelength Media", contact="Nell", role="Audience Analyst",
  notes="'unfortunately... cancel' but proposes new interview times", fmt="plain", cte="quoted-printable")

M("grid_int", "interview", "en", "easy",
  ("Gridpoint Energy Recruiting", "no-reply@us.greenhouse-mail.io"),
  "Next steps with Gridpoint Energy: coding assessment and interview", "Mon, 13 Apr 2026 08:20:40 -0600",
  """Hi Sasha,

Thanks for your time with our recruiter! The next step for Software Engineer II is a 75-minute coding
assessment on CodeSignal, followed by a 60-minute technical interview where you'll talk through your
solution with two engineers.

Assessment link (valid 7 days): https://app.codesignal.com/invite/gridpoint-7a21
After you finish, you'll receive a link to schedule the technical interview.

Good luck!
Gridpoint Energy Recruiting
""", company="Gridpoint Energy", role="Software Engineer II", notes="assessment plus interview",
  fmt="alt", style="ats", color="#facc15", brand="Gridpoint Energy", footer="Powered by Greenhouse")

M("grid_offer", "offer", "en", "easy",
  ("Renee Castillo", "renee.castillo@gridpointenergy.com"),
  "Your offer - Software Engineer II", "Thu, 07 May 2026 17:52:08 -0600",
  """Hi Sasha,

Congratulations again! It was great to share the news by phone. Your offer letter for Software
Engineer II is on its way through DocuSign; here are the highlights:

Base salary: $128,000
Equity: 6,000 RSUs vesting over four years
Start date: June 1, 2026 (Denver office, hybrid)

Please sign by May 14. I'm here for any questions.

Renee Castillo
Senior Recruiter, Gridpoint Energy
""", company="Gridpoint Energy", contact="Renee", role="Software Engineer II", notes="offer summary after call",
  fmt="alt", style="gmail")

M("mar_bank_int", "interview", "en", "hard",
  ("Dwayne Fields", "dwayne.fields@apexstaffing.com"),
  "Mariner Bank wants to meet you!", "Wed, 15 Jul 2026 09:58:02 -0400",
  """Hi Sasha,

Great news, Mariner Bank liked your resume for the 6-month Business Systems Analyst contract and the
hiring manager, Tom Keller, wants to meet you Friday at 2 PM on Teams. He'll mostly ask about your
requirements gathering and UAT experience.

Can you confirm by noon tomorrow? I'll send the Teams invite once you're in.

Dwayne Fields
Account Manager | Apex Staffing Solutions
""", company="Mariner Bank", contact="Dwayne", role="Business Systems Analyst",
  notes="agency recruiter arranges client interview", fmt="plain", cte="7bit")

M("mar_bank_offer", "offer", "en", "hard",
  ("Dwayne Fields", "dwayne.fields@apexstaffing.com"),
  "RE: Mariner Bank - good news", "Tue, 21 Jul 2026 16:14:29 -0400",
  """Sasha,

Tom called me this afternoon: Mariner wants you for the Business Systems Analyst contract! They're
offering $68/hr W2 through Apex, six months with likely extension, start Monday, August 3.
I'll send the assignment agreement tonight. Let me know if you accept and I'll start the background
check.

Dwayne
""", company="Mariner Bank", contact="Dwayne", role="Business Systems Analyst",
  notes="contract offer relayed by agency", reply="owner", refs=["mar_bank_int"], fmt="plain", cte="7bit")

M("spr_int", "interview", "en", "hard",
  ("Jolene Marsh", "jolene@sprocketcycles.com"),
  "Re: Inventory Analyst - availability", "Thu, 27 Aug 2026 08:45:53 -0700",
  """Tuesday at 10 works. See you then at the warehouse - come to the side door by the loading dock.

Jolene

On Wed, Aug 26, 2026 at 7:12 PM Sasha Novak <sasha.novak.career@gmail.com> wrote:
> Hi Jolene, thanks for the invitation to interview for the Inventory Analyst role. I'm available
> Tuesday 10-12 or Wednesday afternoon. Looking forward to meeting you.
> Sasha
""", company="Sprocket Cycles", contact="Jolene", role="Inventory Analyst",
  notes="one-line confirmation; details only in quote", reply="owner", fmt="plain", cte="7bit")

M("lake_int", "interview", "en", "easy",
  ("Lakeshore Unified School District", "recruitment@lakeshoreusd.org"),
  "Interview Invitation - Special Education Teacher (Mild/Moderate)", "Fri, 12 Jun 2026 13:00:00 -0700",
  """Dear Sasha Novak,

You have been selected for a panel interview for Special Education Teacher (Mild/Moderate) at
Harbor View Middle School.

Date: Wednesday, June 17, 2026
Time: 9:00 a.m. (please arrive 10 minutes early)
Location: District Office, 440 Lakeshore Blvd, Room 12

The panel will include the principal, the special education coordinator and a teacher. Please bring a
sample IEP goal (with identifying information removed) to discuss.

Lakeshore Unified School District, Certificated Human Resources
""", company="Lakeshore Unified School District", role="Special Education Teacher (Mild/Moderate)",
  notes="district panel interview", fmt="html", cte="base64", style="ats", color="#1e40af",
  brand="Lakeshore Unified School District", footer="An Equal Opportunity Employer")

M("bright_int", "interview", "en", "easy",
  ("Hana Okafor-Reid", "hana.okafor-reid@brightlineaero.com"),
  "Final round itinerary - Manufacturing Engineer", "Wed, 02 Dec 2026 15:15:20 -0700",
  """Hi Sasha,

Looking forward to hosting you on Tuesday, December 8 for the final round for Manufacturing Engineer.

8:45  Arrive at Brightline Aerospace, Gate 2 (visitor badge ready)
9:00  Composite layup line tour
10:00 Technical interview: Greg Salas and Min-jun Park
11:00 Interview with the Director of Operations
12:00 Lunch with the team

Please bring a government-issued ID (ITAR site). Let me know if you have questions.

Hana Okafor-Reid
Recruiting Coordinator, Brightline Aerospace
""", company="Brightline Aerospace", contact="Hana", role="Manufacturing Engineer", notes="onsite final-round itinerary",
  fmt="alt", style="outlook")

M("fox_int", "interview", "en", "easy",
  ("Foxglove Analytics", "no-reply@us.greenhouse-mail.io"),
  "Foxglove Analytics - please share your availability", "Mon, 25 Jan 2027 10:00:12 -0500",
  """Hi Sasha,

The Foxglove Analytics team would like to schedule a 30-minute phone interview with you for the Data
Scientist position. Please let us know when you're available by selecting times here:

https://app.greenhouse.io/availability/foxglove/a8f3e2

Thanks,
Maren Holt
Recruiting Coordinator, Foxglove Analytics
""", company="Foxglove Analytics", contact="Maren", role="Data Scientist", notes="Greenhouse availability request",
  fmt="alt", style="ats", color="#9d174d", brand="Foxglove Analytics", footer="Powered by Greenhouse")

M("loom_int", "interview", "en", "easy",
  ("Loomis Legal Tech", "no-reply@ashbyhq.com"),
  "Updated: your interview with Loomis Legal Tech has moved", "Thu, 11 Feb 2027 12:20:05 -0800",
  """Hi Sasha,

Your interview with Loomis Legal Tech has been rescheduled.

Customer Success Manager - Hiring manager interview
New time: Tuesday, February 16, 2027, 1:00 - 1:45 PM Pacific
Where: Google Meet, https://meet.google.com/ytn-ffrq-abm
Interviewer: Hector Alvarado

An updated calendar invitation is attached.

Loomis Legal Tech Recruiting
""", company="Loomis Legal Tech", role="Customer Success Manager", notes="Ashby reschedule with updated invite",
  fmt="alt", style="ats", color="#0f172a", brand="Loomis Legal Tech", footer="Sent with Ashby",
  ics=dict(inline=False, start="20270216T210000Z", end="20270216T214500Z", stamp="20270211T202005Z",
           organizer=("Loomis Legal Tech Recruiting", "recruiting@loomislegal.com"),
           attendees=[("Sasha Novak", "sasha.novak.career@gmail.com"), ("Hector Alvarado", "hector@loomislegal.com")],
           summary="Loomis Legal Tech: Hiring manager interview (Sasha Novak)", location="https://meet.google.com/ytn-ffrq-abm",
           prodid="-//Ashby//Scheduling//EN"))

M("west_int", "interview", "en", "hard",
  ("Farah Qureshi", "fqureshi@westhavenhealth.org"),
  "Charge Nurse - come meet the 4 West team", "Sat, 20 Feb 2027 07:48:19 -0600",
  """Hi Sasha,

Thanks for your application for Charge Nurse on 4 West (med-surg). I'd love for you to come shadow
part of a day shift and meet the team. After the shadow we'll sit down with our nurse manager,
Patrice, for about 45 minutes.

Does Thursday, February 25 at 7:00 AM work? Wear scrubs and comfortable shoes.

Farah Qureshi, RN, BSN
Nurse Recruiter, Westhaven Health
""", company="Westhaven Health", contact="Farah", role="Charge Nurse",
  notes="shadow shift plus meeting; no word interview", fmt="plain", cte="quoted-printable")

M("luna_int", "interview", "en", "hard",
  ("Luna Verde Taqueria", "lunaverdetaqueria@gmail.com"),
  "kitchen manager", "Wed, 03 Mar 2027 22:51:36 -0800",
  """hi sasha, saw ur application on indeed for kitchen manager. can u come in saturday at 3 to talk? we
are at 18th and mission. ask for Ramon

sent from my iphone
""", company="Luna Verde Taqueria", contact="Ramon", role="Kitchen Manager",
  notes="informal lowercase request to come in and talk", fmt="plain", cte="7bit")

M("kite_offer", "offer", "en", "hard",
  ("Ada Brennan", "ada@kiteandcompass.travel"),
  "We'd love you on the team", "Mon, 08 Feb 2027 12:05:41 +0000",
  """Hi Sasha,

I'll keep it short: Callum and I both want you as our Operations Lead. We can do GBP 52,000, 28 days'
holiday plus bank holidays, remote-first with a monthly meetup in Bristol, and a start date in March
that suits you. The contract will come from our HR provider this week.

Say yes and we'll open the fizz.

Ada Brennan
Co-founder, Kite & Compass Travel
""", company="Kite & Compass Travel", contact="Ada", role="Operations Lead",
  notes="informal founder offer; never says 'offer'", fmt="alt", style="gmail")

M("riv_hold", "on_hold", "fr", "easy",
  ("Atelier Rivoire", "rh@atelier-rivoire.fr"),
  "Votre candidature – Responsable logistique", "Wed, 30 Sep 2026 10:25:09 +0200",
  """Bonjour Sasha,

Nous vous remercions pour votre candidature au poste de Responsable logistique et pour l'entretien
de la semaine dernière.

En raison d'une réorganisation de notre site de Villeurbanne, la direction a décidé de suspendre ce
recrutement jusqu'à nouvel ordre. Cette décision ne remet aucunement en cause la qualité de votre
profil.

Nous reviendrons vers vous dès que le poste sera rouvert.

Bien cordialement,
Nathalie Vidal
Ressources humaines, Atelier Rivoire
""", company="Atelier Rivoire", contact="Nathalie", role="Responsable logistique",
  notes="French; recruitment suspended", fmt="alt", style="outlook")

M("sum_hold", "on_hold", "en", "hard",
  ("Garrett Lowe", "garrett.lowe@summitpeakoutdoors.com"),
  "Category Manager role", "Tue, 27 Oct 2026 17:03:22 -0600",
  """Hi Sasha,

I wanted to give you an honest update. As part of the reorganisation announced today, the Category
Manager, Camping role has been eliminated; its responsibilities are being split between two existing
managers. So we're not moving forward with the role at all, for anyone.

I'm sorry, because you were our top candidate. I'll gladly be a reference for you.

Garrett Lowe
VP Merchandising, Summit Peak Outdoors
""", company="Summit Peak Outdoors", contact="Garrett", role="Category Manager, Camping",
  notes="role eliminated; 'not moving forward' with the role", fmt="plain", cte="quoted-printable")

M("crest_hold", "on_hold", "en", "hard",
  ("Crestline Utilities", "crestline@myworkday.com"),
  "Update on your application: Asset Management Analyst (R-7781)", "Mon, 16 Nov 2026 06:40:10 -0800",
  """Hello Sasha,

Thank you for your interest in Asset Management Analyst (R-7781) at Crestline Utilities.

We are writing to let you know that this requisition has been cancelled and the position will not be
filled at this time. As a result, your application will no longer be considered for this job. This
decision is not a reflection of your qualifications.

We encourage you to visit Candidate Home for other opportunities.

Crestline Utilities Talent Acquisition
""", company="Crestline Utilities", role="Asset Management Analyst",
  notes="requisition cancelled; reads like ATS rejection", fmt="alt", style="ats", color="#0c4a6e",
  brand="Crestline Utilities", footer="Powered by Workday", headers=AUTO_GEN)

M("helix_hold", "on_hold", "en", "easy",
  ("Miriam Castellano", "mcastellano@helixbiologics.com"),
  "Lab Operations Manager - pausing the search", "Thu, 14 Jan 2027 11:33:05 -0500",
  """Dear Sasha,

I wanted to let you know that we are pausing the Lab Operations Manager search until our Q3 budget is
finalized. Our Series C close has slipped and the leadership team has put all new hiring on hold.

You are very much in the running, and I'd like to pick things up with you as soon as we get the green
light. I'll be in touch by early summer at the latest.

Best,
Miriam Castellano
VP, Research Operations, Helix Biologics
""", company="Helix Biologics", contact="Miriam", role="Lab Operations Manager", notes="search paused for budget",
  fmt="alt", style="outlook")

M("tall_hold", "on_hold", "en", "easy",
  ("Priscilla Vance", "priscilla@tallwood.ai"),
  "Head of Data - timing update", "Tue, 09 Feb 2027 18:20:44 -0800",
  """Hi Sasha,

Thank you for the three rounds of conversations. Our board asked us this week to freeze hiring until
we hit our next revenue milestone, so the Head of Data search is on hold, likely for a quarter.

I know you're talking to other companies and I don't want to hold you back. If you're still open when
we restart, I'd love to continue.

Priscilla
CEO, Tallwood Analytics
""", company="Tallwood Analytics", contact="Priscilla", role="Head of Data", notes="board hiring freeze",
  fmt="alt", style="gmail")

M("rcc_hold", "on_hold", "en", "hard",
  ("Riverside Community Clinic", "hr@riversideclinic.org"),
  "Practice Manager", "Fri, 26 Feb 2027 12:12:12 -0800",
  """Hi Sasha,

Following your interview with Dr. Ames, the Practice Manager position has been put on hold pending
approval of our grant renewal. We expect to know more in April and will reach out then.

Thank you for your patience.
Tomasina Ruiz, HR Coordinator
""", company="Riverside Community Clinic", contact="Tomasina", role="Practice Manager",
  notes="brief; pending grant approval; mentions interview", fmt="plain", cte="7bit")

# ---------------------------------------------------------------- other (hard negatives and inbox noise)
def Other(key: str, difficulty: str, frm: tuple[str, str], subject: str, date: str, body: str, notes: str,
      lang: str = "en", contact: str = "", **kw: object) -> None:
    M(key, "other", lang, difficulty, frm, subject, date, body, contact=contact, notes=notes, **kw)


Other("pod", "hard", ("The Ops Room Podcast", "hello@opsroompod.fm"), "New episode: our interview with the COO of Fernway",
  "Thu, 22 Jan 2026 06:00:00 -0500", """This week on The Ops Room: an interview with Dana Whitlock, COO of Fernway, on scaling
warehouses without burning out your people. Plus: why she rejected three offers before joining.

Listen now: https://opsroompod.fm/ep/118
""", "podcast 'interview with the COO'; HTML only", fmt="html", style="ats", color="#111827", brand="The Ops Room",
  footer="Unsubscribe | Manage preferences", headers={"List-Unsubscribe": "<https://opsroompod.fm/u/9a1>"})
Other("card", "hard", ("Streamline Music", "billing@streamlinemusic.com"), "Your payment was declined",
  "Sat, 31 Jan 2026 04:12:40 +0000", """Hi Sasha, unfortunately your card ending in 4417 was declined when we tried to renew your
Premium plan. Please update your payment details within 7 days to keep listening without interruption.
""", "'declined' and 'unfortunately' in billing mail", fmt="alt", style="ats", color="#16a34a", brand="Streamline")
Other("pr", "hard", ("Katya Morozova", "notifications@github.com"), "Re: [tidyframe/tidyframe] Add lazy CSV reader (PR #2291)",
  "Mon, 16 Feb 2026 11:03:27 +0000", """@sashanovak thanks for the work here. After discussing with the other maintainers we've decided not
to move forward with this approach and will close the PR; the reader belongs in the plugin package.

--
Reply to this email directly or view it on GitHub:
https://github.com/tidyframe/tidyframe/pull/2291#issuecomment-2210045
""", "pull request closed: 'decided not to move forward'", contact="Katya",
  headers={"List-ID": "tidyframe/tidyframe <tidyframe.tidyframe.github.com>"})
Other("paper", "hard", ("WISDA 2026 Program Chairs", "wisda2026@easychair.org"), "WISDA 2026 notification for paper 47",
  "Fri, 27 Mar 2026 23:59:10 +0100", """Dear Sasha Novak,

We regret to inform you that your submission #47 "Label noise in small job-ad corpora" was not
accepted to WISDA 2026. We received 212 submissions and accepted 41. The reviews are included below.

REVIEW 1: The problem is relevant but the evaluation is limited to one dataset...

Best regards,
WISDA 2026 Program Chairs
""", "workshop paper rejection with reviews")
Other("cvcraft", "hard", ("CVCraft", "deals@cvcraft.io"), "Special offer: 40% off Pro - be interview-ready tonight",
  "Sun, 12 Apr 2026 17:30:00 +0000", """Your dream job won't wait. Get 40% off CVCraft Pro: unlimited templates, AI cover letters and mock
interview questions. Offer ends at midnight.

Claim my offer: https://cvcraft.io/pro?promo=SPRING40
""", "marketing 'offer' and 'interview'; base64 HTML", fmt="alt", cte="base64", style="ats", color="#f97316",
  brand="CVCraft", footer="You received this because you created a CVCraft account. Unsubscribe.")
Other("wohnung", "hard", ("Hausverwaltung Brenner & Söhne", "vermietung@brenner-hv.de"),
  "Ihre Bewerbung für die Wohnung Eppendorfer Weg 31, 2. OG", "Wed, 06 May 2026 15:22:11 +0200",
  """Sehr geehrte Frau Novak,

vielen Dank für Ihr Interesse an der Wohnung im Eppendorfer Weg 31. Leider müssen wir Ihnen mitteilen,
dass wir uns für andere Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Hausverwaltung Brenner & Söhne
""", "German apartment application declined", lang="de", cte="quoted-printable")
Other("loan", "hard", ("Brightpath Lending", "notices@brightpathlending.com"), "Important information about your loan application",
  "Tue, 19 May 2026 09:00:02 -0500", """Dear Sasha Novak,

Thank you for applying for a personal loan. After reviewing your application, we are unable to approve
your request at this time. Principal reason(s): insufficient length of employment.

You have the right to a free copy of your credit report within 60 days.
""", "loan application adverse action")
Other("school", "hard", ("Lincoln Park Montessori", "admissions@lpmontessori.org"), "Enrollment offer for the 2026-27 school year",
  "Thu, 02 Apr 2026 16:45:00 -0500", """Dear Sasha,

We are delighted to offer your child, Mila, a place in our Primary classroom for the 2026-27 school
year. Please accept the offer and submit the enrollment deposit by April 16.

Warmly,
Beatrice Hale, Director of Admissions
""", "school admission offer for a child", contact="Beatrice", fmt="alt", style="ats", color="#059669",
  brand="Lincoln Park Montessori")
Other("visa", "hard", ("Online Visa Services", "no-reply@evisa-services.gov.example"), "Application received: reference EV-2026-5581902",
  "Mon, 08 Jun 2026 03:14:55 +0000", """Your visa application has been received and is being processed. Processing normally takes up to
15 business days. Do not reply to this email; you can check your status online.
""", "visa application acknowledgement", headers=AUTO_GEN)
Other("digest", "hard", ("The Job Hunt Digest", "digest@jobhuntdigest.com"),
  "Decoding 'we've decided to move forward with other candidates'", "Sun, 19 Jul 2026 07:00:00 -0400",
  """This week: what recruiters really mean.

"After careful consideration, we have decided to move forward with other candidates" usually comes
from a template. "We'll keep your resume on file" rarely leads anywhere. And when a company says a
search is "on hold", ask when they expect to revisit it.

Also inside: three scripts for following up after an interview.
""", "newsletter quoting rejection and on-hold phrases", fmt="html", style="ats", color="#312e81",
  brand="The Job Hunt Digest", footer="Unsubscribe", headers={"List-Unsubscribe": "<mailto:unsub@jobhuntdigest.com>"})
Other("alert", "easy", ("HireLoop Job Alerts", "alerts@hireloop.com"), "14 new jobs for Product Analyst near Seattle, WA",
  "Tue, 28 Jul 2026 08:02:19 -0700", """New jobs matching your alert "Product Analyst":

Product Analyst - Quillon Labs - Remote
Senior Product Analyst - Brisk Health - Seattle, WA
Product Data Analyst - Hollis Engineering Group - Omaha, NE
...and 11 more

View all jobs: https://hireloop.com/alerts/pa-sea
""", "job alert digest naming real thread companies", fmt="alt", style="ats", color="#2563eb", brand="HireLoop")
Other("viewed", "hard", ("Linkwise", "notifications@linkwise.com"), "Ingrid from Halvorsen Marine Systems viewed your profile",
  "Wed, 21 Jan 2026 12:30:44 +0000", """Ingrid Solberg, Engineering Manager at Halvorsen Marine Systems, viewed your profile.
See who else is looking: https://linkwise.com/me/profile-views
""", "social notification naming an employer and contact", fmt="alt", style="ats", color="#0a66c2", brand="Linkwise")
Other("webinar", "hard", ("Careerwise Academy", "events@careerwise.academy"), "Live workshop: Ace your next interview (Thursday 6 PM ET)",
  "Mon, 14 Sep 2026 10:00:00 -0400", """Join career coach Marisa Tang for a free 60-minute workshop on behavioral interviews, salary
negotiation and how to respond to an offer. Register: https://careerwise.academy/live/ace-interview
""", "webinar invitation about interviews and offers", fmt="html", style="ats", color="#be185d", brand="Careerwise Academy")
Other("mass", "hard", ("Rahul Verma", "rahul.v@teksourceinc.com"), "Immediate need: Java Developer (W2) - Plano, TX - 12 months",
  "Tue, 29 Sep 2026 09:14:02 -0500", """Hi,

Hope you are doing well. I have an urgent requirement for a Java Developer with Spring Boot and Kafka
for our direct client in Plano, TX (onsite from day 1). Interview: video, immediate. If interested,
please share your updated resume and a good time for a quick call.

Thanks & Regards,
Rahul Verma | TekSource Inc.
""", "irrelevant recruiter mass mail mentioning interview", contact="Rahul")
Other("friend", "hard", ("Jess Kowalczyk", "jess.kowalczyk@gmail.com"), "how'd it go??",
  "Thu, 26 Mar 2026 20:40:12 -0400", """Sasha!! How did the Quillon interview go? I had my own final round today and I think I bombed the
SQL part lol. Drinks Saturday to debrief / commiserate / celebrate?

J
""", "friend asks about an interview", contact="Jess", fmt="alt", style="gmail")
Other("meetup", "hard", ("Seattle Data Viz Meetup", "info@meetup-mail.example.com"), "Event cancelled: Dashboards That Don't Lie",
  "Fri, 17 Apr 2026 14:05:51 -0700", """We regret to inform you that Thursday's meetup, Dashboards That Don't Lie, has been cancelled
because our speaker is ill. We're working on a new date and will let you know.
""", "event cancellation 'we regret to inform you'")
Other("sent_app", "hard", ("Sasha Novak", "sasha.novak.career@gmail.com"), "Application: Operations Analyst - Sasha Novak",
  "Mon, 11 May 2026 08:30:00 -0400", """Dear Ms. Chen,

Please find attached my resume for the Operations Analyst position posted on your website. I'd welcome
the chance to interview and discuss how my experience could help your team.

Kind regards,
Sasha Novak
""", "owner's own sent application email", to=("Laura Chen", "laura.chen@ridgemontsupply.com"), delivered=False,
  fmt="alt", style="gmail")
Other("reviews", "hard", ("Glasswork", "digest@glasswork.com"), "New interview reviews at companies you follow",
  "Sat, 06 Jun 2026 09:15:00 +0000", """Tessellate Games: "Art test was fair, but got rejected after a long wait." (Technical Artist)
Pellucid AI: "Two interviews, then an offer in 10 days." (ML Engineer)
Read more reviews: https://glasswork.com/following
""", "review digest quoting rejected/offer", fmt="alt", style="ats", color="#0f766e", brand="Glasswork")
Other("bank", "easy", ("Evergreen Federal Bank", "alerts@evergreenfederal.com"), "Your April statement is ready",
  "Wed, 06 May 2026 05:30:00 -0700", """Your checking account statement for April is now available in online banking. Sign in to view it.
""", "bank statement notice")
Other("linear", "hard", ("Linear", "notifications@linear.app"), "Hana declined OPS-412: Migrate volunteer roster to Airtable",
  "Tue, 23 Jun 2026 13:12:44 +0000", """Hana Sato changed status of OPS-412 from In Review to Declined.
"Not doing this one, we'll stay on Sheets for this season."
""", "project-tool notification 'declined'", contact="Hana")
Other("credit", "hard", ("Northline Card Services", "offers@northlinecard.com"), "You're pre-approved: we're pleased to offer you a $5,000 limit",
  "Thu, 09 Jul 2026 11:00:00 -0500", """Congratulations, Sasha! Based on your application, we're pleased to offer you the Northline Rewards
card with a $5,000 credit limit. Accept your offer by July 31.
""", "credit card 'offer'", fmt="html", cte="base64", style="ats", color="#1f2937", brand="Northline")
Other("mentor", "hard", ("UX Mentorship Collective", "team@uxmentor.org"), "Your application to the Fall 2026 cohort",
  "Fri, 31 Jul 2026 16:20:00 -0700", """Hi Sasha, thank you for applying to the Fall 2026 mentorship cohort. We had 900 applicants for 60
spots and you've been placed on our waitlist. We'll let you know by August 20 if a spot opens.
""", "mentorship program waitlist")
Other("ship", "easy", ("Northfolk Outfitters", "orders@northfolk.com"), "Your order #NF-88213 has shipped",
  "Sat, 08 Aug 2026 12:44:10 -0700", """Good news, your order has shipped! Items: Wool blazer (navy, 38R). Arriving Tuesday.
Track: https://northfolk.com/track/NF-88213
""", "shipping notice", fmt="alt", style="ats", color="#334155", brand="Northfolk")
Other("mock", "hard", ("Dan Whitaker", "dan.whitaker@gmail.com"), "Invitation: Mock interview practice @ Sun Aug 30, 2026 4pm - 5pm (EDT)",
  "Thu, 27 Aug 2026 21:05:33 -0400", """Dan Whitaker has invited you to: Mock interview practice
Bring the Verdant job description and I'll play the grumpy CMIO. Coffee's on me.
""", "friend's calendar invite for a mock interview", contact="Dan", fmt="plain",
  ics=dict(start="20260830T200000Z", end="20260830T210000Z", stamp="20260828T010533Z",
           organizer=("Dan Whitaker", "dan.whitaker@gmail.com"), attendees=[("Sasha Novak", "sasha.novak.career@gmail.com")],
           summary="Mock interview practice", location="Blue Door Coffee"))
Other("negot", "hard", ("Kira Lansing", "kira@offerready.coach"), "Offer Negotiation 101 (newsletter #52)",
  "Sun, 04 Oct 2026 08:00:00 -0400", """Hi friend,

When you get that offer letter, don't sign on day one. This week: the three-number rule, how to ask for
a sign-on bonus, and what to say if they say "this is our final offer."

Kira
""", "career coach newsletter about offers", contact="", headers={"List-Unsubscribe": "<https://offerready.coach/u>"})
Other("inmail", "hard", ("Linkwise", "messages-noreply@linkwise.com"), "Rahul sent you a new message",
  "Mon, 19 Oct 2026 07:30:00 +0000", """Rahul Verma (Talent Acquisition at TekSource) sent you a message: "Hi Sasha, are you open to a quick
interview for a Java role..." Reply on Linkwise.
""", "social inbox notification for recruiter spam", fmt="alt", style="ats", color="#0a66c2", brand="Linkwise")
Other("volunteer", "hard", ("Riverside Food Bank", "volunteer@riversidefoodbank.org"), "Thanks for applying to volunteer!",
  "Sat, 14 Nov 2026 10:10:10 -0800", """Hi Sasha, we received your volunteer application. Next step: a 20-minute orientation call with our
volunteer coordinator, Bev. Pick a slot: https://riversidefoodbank.org/orientation
""", "volunteer application with orientation call")
Other("flight", "easy", ("Cascade Air", "noreply@cascadeair.com"), "Check-in is open: Seattle (SEA) to Denver (DEN)",
  "Sun, 06 Dec 2026 09:00:00 -0800", """Your flight CA 412 departs Monday, December 7 at 7:15 AM. Check in now to choose your seat.
""", "airline check-in", fmt="html", style="ats", color="#0284c7", brand="Cascade Air")
Other("survey", "hard", ("Quillon Labs", "surveys@candidatepulse.io"), "How was your candidate experience at Quillon Labs?",
  "Tue, 21 Apr 2026 10:00:00 +0000", """Hi Sasha, you recently interviewed with Quillon Labs. Please take 2 minutes to rate your
experience. Your answers are anonymous and don't affect any hiring decision.
Start survey: https://candidatepulse.io/s/quillon/4f2a
""", "candidate survey after rejection; names employer", fmt="alt", style="ats", color="#6d28d9", brand="Quillon Labs")
Other("sent_fu", "hard", ("Sasha Novak", "sasha.novak.career@gmail.com"), "Re: Mariner Bank - good news",
  "Tue, 21 Jul 2026 17:02:10 -0400", """Hi Dwayne, that's fantastic news - yes, I accept! Please send the agreement over and let me know what
you need for the background check.

Sasha
""", "owner's own reply accepting an offer", to=("Dwayne Fields", "dwayne.fields@apexstaffing.com"), delivered=False,
  reply="mar_bank_offer")
