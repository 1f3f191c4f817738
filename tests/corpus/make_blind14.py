"""Generate the blind14 evaluation corpus: labelled job-search .eml files.

Job seeker: Dana Whitaker <dana.whitaker.jobs@icloud.com>, marketing / communications / content.
Stdlib only. Run: python tests/corpus/make_blind14.py  (writes tests/corpus/blind14/).
Output is deterministic (fixed Message-IDs and MIME boundaries).
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind14"
ME = "Dana Whitaker <dana.whitaker.jobs@icloud.com>"
ME_ADDR = "dana.whitaker.jobs@icloud.com"
FIELDS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
          "difficulty", "notes", "interview_at"]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

MESSAGES: list[tuple[EmailMessage, dict[str, str]]] = []


def _mid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:24]}.{h[24:32]}@{domain}>"


def _to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n")]
    body = "\n".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras
    )
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\">\n"
            f"{body}\n</body></html>\n")


def M(label: str, frm: str, subject: str, date: str, body: str, *, company: str = "",
      contact: str = "", role: str = "", ret: str = "", lang: str = "en", diff: str = "easy",
      notes: str = "", iat: str = "", html: str | None = None, fmt: str = "plain",
      cte: str | None = None, headers: dict[str, str] | None = None,
      attach: list[tuple[str, bytes]] | None = None, ics: str | None = None,
      reply: bool = False, to: str = ME) -> None:
    n = len(MESSAGES) + 1
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    addr = frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm
    domain = addr.split("@")[-1]
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = _mid(f"blind14-{n}-{subject}", domain)
    if reply:
        parent = _mid(f"blind14-parent-{n}", "icloud.com")
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    kw = {"cte": cte} if cte else {}
    if fmt == "html":
        msg.set_content(html or _to_html(body), subtype="html", **kw)
    else:
        msg.set_content(body, **kw)
        if fmt == "alt":
            msg.add_alternative(html or _to_html(body), subtype="html", **kw)
    if ics:
        if fmt == "alt" or attach is None:
            msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(ics, subtype="calendar", filename="invite.ics")
    for fname, data in attach or []:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{n:03d}_{i}_{hashlib.md5(subject.encode()).hexdigest()[:12]}")
    row = {"file": f"{n:03d}.eml", "label": label, "company": company,
           "contact_first_name": contact, "role": role, "return_date": ret, "lang": lang,
           "difficulty": diff, "notes": notes, "interview_at": iat}
    MESSAGES.append((msg, row))


def ics_event(uid: str, start: str, end: str, tzid: str, summary: str, organizer: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//blind14//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n"
        f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}\r\n"
        f"SUMMARY:{summary}\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


NOREPLY = {"Auto-Submitted": "auto-generated"}
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def LIST(url: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


# ----------------------------------------------------------------------------- rejections
M("rejection", "Brightloom Media Recruiting <no-reply@us.greenhouse-mail.io>",
  "Update on your Brightloom Media application", "2025-02-18 16:42 -0500",
  """Hi Dana,

Thanks for taking the time to apply for the Content Marketing Manager opening at Brightloom Media.

We've now had a chance to review your background carefully. While there is a lot to like in your portfolio, we have decided to pursue other applicants whose experience more closely matches what the team needs right now.

We'll hold on to your information, and you're welcome to apply again for future roles that catch your eye.

Warmly,
Talent Acquisition
Brightloom Media
""", company="Brightloom Media", role="Content Marketing Manager", headers=NOREPLY)

M("rejection", "Ines Caldwell <ines.caldwell@hire.lever.co>",
  "Social Media Manager - following up", "2025-04-03 11:05 -0700",
  """Dana,

Following up after your conversation with our brand team last week. I wanted to let you know that the team went a different direction for the Social Media Manager role and we won't be moving you to the next step.

Thanks for the thoughtful ideas on our TikTok strategy, people noticed. I hope our paths cross again.

Ines
People Team, Parcel & Pine
""", company="Parcel & Pine", contact="Ines", role="Social Media Manager", diff="hard",
  notes="indirect 'went a different direction'; Lever domain", fmt="alt")

M("rejection", "Halvorsen Foods <halvorsen@myworkday.com>",
  "Regarding your application: Brand Marketing Specialist (R-20417)", "2025-05-22 09:12 -0500",
  """Dear Dana Whitaker,

Thank you for your interest in the Brand Marketing Specialist position (R-20417) with Halvorsen Foods.

After careful review, we have selected another candidate whose qualifications better meet the needs of this position. We encourage you to visit our career site regularly and apply for any other opportunities that match your skills.

Sincerely,
Halvorsen Foods Talent Acquisition

This message was sent from an unmonitored mailbox.
""", company="Halvorsen Foods", role="Brand Marketing Specialist", cte="quoted-printable",
  headers=NOREPLY)

M("rejection", "Priya Raman <priya@morrowstreet.co>",
  "Re: Senior Copywriter - final round", "2025-06-12 18:20 -0400",
  """Hi Dana,

I owe you a real answer and not a template, so here it is. We went back and forth for most of the afternoon on this one. Your final-round presentation was the strongest writing we saw, full stop. In the end we chose someone who has spent the last few years inside healthcare accounts, since two of our biggest clients sit in that space and we can't afford a ramp-up right now.

I know that's not the news you wanted. If it's useful, I'd be glad to introduce you to Colm at Fathom & Field; they're building out a copy team and I think you'd like each other. Just say the word.

Let's keep in touch either way.

Best,
Priya Raman
Executive Creative Director | Morrow Street Creative
""", company="Morrow Street Creative", contact="Priya", role="Senior Copywriter", diff="hard",
  notes="after final round; warm, referral offer; no stock rejection phrase", reply=True)

M("rejection", "University of Cascadia <careers@cascadia.icims.com>",
  "Communications Specialist, Office of Marketing (Req 2025-1188)", "2025-07-08 14:31 -0700",
  """Dear Dana,

Thank you for applying for the Communications Specialist position in the Office of Marketing at the University of Cascadia.

We have reviewed all applications and we won't be progressing your application any further for this role. This decision does not prevent you from applying for other positions at the university.

Human Resources
University of Cascadia
""", company="University of Cascadia", role="Communications Specialist", headers=NOREPLY,
  fmt="alt")

M("rejection", "Jonah Feld <jonah@tallgrass.io>",
  "content strategist role", "2025-08-14 17:58 -0500",
  """hey Dana - short version: this one didn't work out. We're going with someone who's run SEO programs at a bigger scale. Appreciated the time you gave us.

- J
""", company="Tallgrass", contact="Jonah", role="Content Strategist", diff="hard",
  notes="curt lowercase note; company only from sender domain 'tallgrass.io'")

M("rejection", "Marcus Bell <marcus@harperlanetalent.com>",
  "Verdant Home feedback", "2025-09-30 10:15 -0400",
  """Hi Dana,

I heard back from the team at Verdant Home this morning. They really liked you, but they've decided to move ahead with another finalist for the Lifecycle Marketing Manager position - someone with more hands-on Klaviyo experience.

I'm disappointed too. I have two other consumer-brand searches opening next month and I'll reach out as soon as the job descriptions are final.

Talk soon,
Marcus Bell
Senior Recruiter, Harper Lane Talent
(617) 555-0148
""", company="Verdant Home", contact="Marcus", role="Lifecycle Marketing Manager", diff="hard",
  notes="agency recruiter writing about client; recruiter is the contact")

M("rejection", "Leah Brandt <lbrandt@oakhurstfoundation.org>",
  "RE: Interview - Communications Manager", "2025-10-21 15:02 -0400",
  """Dana,

Thank you again for coming in and for your patience while we finished our process. After a lot of discussion, the committee has offered the position to another candidate, and she has accepted.

I enjoyed our conversation and hope you'll consider Oakhurst in the future.

Kind regards,
Leah Brandt
Director of Advancement
Oakhurst Community Foundation

-----Original Message-----
From: Leah Brandt <lbrandt@oakhurstfoundation.org>
Sent: Monday, October 6, 2025 9:40 AM
To: Dana Whitaker <dana.whitaker.jobs@icloud.com>
Subject: Interview - Communications Manager

Hi Dana,

We'd like to invite you to interview for the Communications Manager position. Could you come to our office on Tuesday, October 14 at 10:00 AM? The interview will last about an hour with me and two board members.

Leah
""", company="Oakhurst Community Foundation", contact="Leah", role="Communications Manager",
  diff="hard", notes="rejection reply quoting the original interview invitation", reply=True)

M("rejection", "Tara Nguyen <tara.nguyen@solsticehealth.com>",
  "FW: Dana Whitaker - Marketing Manager, Patient Engagement", "2025-11-13 12:44 -0800",
  """Hi Dana - forwarding Evan's note below. I'm sorry this isn't better news; I pushed for you. Happy to be a reference for other roles.

Tara Nguyen | Talent Partner | Solstice Health

---------- Forwarded message ---------
From: Evan Osei <evan.osei@solsticehealth.com>
Date: Wed, Nov 12, 2025 at 4:51 PM
Subject: Dana Whitaker - Marketing Manager, Patient Engagement
To: Tara Nguyen <tara.nguyen@solsticehealth.com>

Tara - thanks for bringing Dana through. The panel landed on the other finalist; her clinical comms background tipped it. Can you let Dana know we won't be extending an offer and thank her for the great case study? Would be open to her for the content lead role next year.

Evan
""", company="Solstice Health", contact="Tara", role="Marketing Manager, Patient Engagement",
  diff="hard", notes="recruiter forwards hiring manager's decision; mentions offer and panel")

M("rejection", "Sophie Marchal <sophie.marchal@atelierbrume.fr>",
  "Votre candidature - Chargée de contenu digital (H/F)", "2025-03-11 10:27 +0100",
  """Bonjour Dana,

Nous vous remercions pour l'intérêt que vous portez à l'Atelier Brume et pour le temps consacré à nos échanges.

Après étude attentive de votre dossier, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Chargée de contenu digital (H/F). Nous avons retenu un profil dont l'expérience correspond davantage à nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos projets.

Bien cordialement,
Sophie Marchal
Responsable RH - Atelier Brume
""", company="Atelier Brume", contact="Sophie", role="Chargée de contenu digital (H/F)", lang="fr",
  cte="quoted-printable")

M("rejection", "Fernholz Medien GmbH <noreply@fernholz-medien.jobs.personio.de>",
  "Ihre Bewerbung als Content Marketing Manager (m/w/d)", "2025-06-03 13:10 +0200",
  """Hallo Dana Whitaker,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Fernholz Medien GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den Anforderungen der Position Content Marketing Manager (m/w/d) passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Fernholz Medien GmbH
""", company="Fernholz Medien GmbH", role="Content Marketing Manager (m/w/d)", lang="de",
  headers=NOREPLY, cte="base64")

M("rejection", "Inés Robledo <ines.robledo@grupoalborada.es>",
  "Proceso de selección - Responsable de Comunicación", "2026-02-17 17:35 +0100",
  """Hola Dana:

Muchas gracias por participar en el proceso de selección para el puesto de Responsable de Comunicación en Grupo Alborada y por la entrevista de la semana pasada.

Lamentamos comunicarte que hemos decidido continuar con otra candidatura cuyo perfil se ajusta mejor a lo que buscamos en este momento. Guardaremos tus datos por si surge una oportunidad más adecuada.

Un saludo cordial,
Inés Robledo
Talento y Cultura | Grupo Alborada
""", company="Grupo Alborada", contact="Inés", role="Responsable de Comunicación", lang="es",
  fmt="alt", cte="quoted-printable")

M("rejection", "Copperleaf Outdoor Careers <noreply@smartrecruiters.com>",
  "Your application for Digital Marketing Coordinator", "2025-01-27 08:03 -0700",
  """Dear Dana,

We appreciate your interest in Copperleaf Outdoor and the Digital Marketing Coordinator position.

After reviewing your application, we've determined that it is not the right match at this time. Please don't let this discourage you from exploring other openings with us.

All the best on the trail ahead,
The Copperleaf Outdoor Recruiting Team
""", company="Copperleaf Outdoor", role="Digital Marketing Coordinator", fmt="html",
  headers=NOREPLY)

M("rejection", "Marisco Seafood Co. <notifications@jobvite.com>",
  "Marisco Seafood Co. - Marketing Communications Specialist", "2025-03-28 15:20 -0400",
  """Hello Dana,

Thank you for applying for Marketing Communications Specialist. We have reviewed your application and regret to inform you that we will not be moving forward with your candidacy.

We truly appreciate your interest in Marisco Seafood Co.

Regards,
Marisco Seafood Co. Human Resources
""", company="Marisco Seafood Co.", role="Marketing Communications Specialist", headers=NOREPLY)

M("rejection", "City of Brookhaven Heights <cityofbrookhaven@taleo.net>",
  "Public Information Officer (Exam #24-117) - Notice of Results", "2025-10-02 11:00 -0400",
  """Dear Dana Whitaker,

This notice concerns your application for Public Information Officer, Exam #24-117.

The Human Resources Department has completed the evaluation of training and experience for this recruitment. Based on the scores received, your name has not been placed on the eligible list for this classification. Only candidates on the eligible list are referred to the hiring department for interviews.

You may file for other City of Brookhaven Heights recruitments at any time.

Human Resources Department
City of Brookhaven Heights
""", company="City of Brookhaven Heights", role="Public Information Officer", diff="hard",
  notes="civil-service 'not placed on the eligible list'; mentions interviews", headers=NOREPLY)

M("rejection", "Quillon Labs <no-reply@bamboohr.com>",
  "Thanks from Quillon Labs", "2026-01-14 10:45 -0800",
  """Hi Dana,

Thanks again for applying to be our Product Marketing Manager. We wanted to let you know that the position has been filled.

We're growing, so keep an eye on our careers page.

Cheers,
Quillon Labs
""", company="Quillon Labs", role="Product Marketing Manager")

M("rejection", "Nordlys Studio <jobs@nordlys.teamtailor-mail.com>",
  "Marketing Coordinator at Nordlys Studio", "2026-03-05 09:50 -0500",
  """Hi Dana,

Thank you for your application for the Marketing Coordinator role in Toronto. We've now reviewed all candidates and unfortunately we will not be taking your application further.

We really appreciate the interest you've shown in Nordlys.

Best,
Camille Tremblay
Studio Operations, Nordlys Studio
""", company="Nordlys Studio", contact="Camille", role="Marketing Coordinator", fmt="alt")

M("rejection", "Hearthside Pet Supply <noreply@workablemail.com>",
  "Email Marketing Specialist - Hearthside Pet Supply", "2026-04-22 13:37 -0500",
  """Hi Dana,

Thank you for interviewing with us for the Email Marketing Specialist role and for making time to meet with Jess and the retention team.

We were impressed by your experience, but after weighing all candidates we have decided to move forward with someone whose background aligns more closely with the role's requirements.

Wishing you the best,
Hearthside Pet Supply Hiring Team
""", company="Hearthside Pet Supply", role="Email Marketing Specialist", diff="hard",
  notes="post-interview ATS rejection that opens by thanking for the interview", headers=NOREPLY)

M("rejection", "Lumos Learning <careers@lumoslearning.recruitee.com>",
  "Content Designer | Lumos Learning", "2026-05-06 16:02 +0000",
  """Hello Dana,

Many thanks for your application for the Content Designer role at Lumos Learning. We've reviewed it carefully and decided not to proceed with your application on this occasion.

Kind regards,
Lumos Learning
""", company="Lumos Learning", role="Content Designer")

M("rejection", "Rosa Jiménez <rosa@fieldnote.so>",
  "Fieldnote - Head of Content next steps", "2026-06-09 12:18 -0700",
  """Hi Dana,

Thank you for the take-home - the editorial calendar you built was thorough and the voice was spot on.

We've reviewed all submissions and decided not to move you to the final stage for Head of Content. Candidly, we leaned toward people who have managed a team of writers before, since that's most of the job in year one.

I'd genuinely welcome a note from you in six months if you're still looking.

Rosa
Fieldnote · Co-founder
""", company="Fieldnote", contact="Rosa", role="Head of Content", diff="hard",
  notes="after take-home; 'not move you to the final stage'", headers={"X-Mailer": "Ashby"})

M("rejection", "City of Port Amelia <hr-noreply@portamelia.ca>",
  "Competition #PA-2026-031 Communications Advisor", "2026-06-25 14:05 -0700",
  "",
  html="""<html><body><table width="600" style="font-family:Arial"><tr><td>
<img src="https://www.portamelia.ca/logo.png" alt="City of Port Amelia">
<p>Dear Dana Whitaker,</p>
<p>Thank you for your interest in Competition #PA-2026-031, <b>Communications Advisor</b>.</p>
<p>We regret to advise that you were not successful in this competition. The volume of qualified applicants was very high.</p>
<p>We invite you to continue checking our career portal for future opportunities.</p>
<p>Human Resources<br>City of Port Amelia, British Columbia</p>
</td></tr></table></body></html>
""", company="City of Port Amelia", role="Communications Advisor", fmt="html", cte="base64",
  headers=NOREPLY)

M("rejection", "Gwen Haller <ghaller@bayviewlibraryfdn.org>",
  "Thank you, Dana", "2026-07-15 09:33 -0400",
  """Dear Dana,

I wanted to write personally. We've asked Theo, who has been running our events program for three years, to step into the Marketing and Events Manager position, and he has said yes. It was a close call, and your ideas for the summer reading campaign are already being talked about.

Thank you for the care you put into every stage.

With gratitude,
Gwen Haller
Executive Director
Bayview Public Library Foundation
""", company="Bayview Public Library Foundation", contact="Gwen", role="Marketing and Events Manager",
  diff="hard", notes="internal candidate chosen; no rejection keywords")

M("rejection", "Rafael Ortiz <rafael@kindlingcoffee.com>",
  "Re: Brand & Community Lead", "2026-08-04 19:41 -0700",
  """Hey Dana,

Wanted you to hear it from me: we made an offer for the Brand & Community Lead role last Friday and it was accepted today. You were in the final two and it honestly could have gone either way.

Please stay in touch - I'd love to have you do some freelance copy for our holiday launch if you're open to it.

Rafael
Kindling Coffee Roasters
""", company="Kindling Coffee Roasters", contact="Rafael", role="Brand & Community Lead", diff="hard",
  notes="'made an offer' to someone else; freelance invitation", reply=True)

M("rejection", "Westmark Credit Union Careers <careers@westmarkcu.org>",
  "Marketing Communications Specialist - status update", "2026-09-10 10:10 -0600",
  """Dear Dana,

As we shared in June, we put the Marketing Communications Specialist search on hold while we finalized our budget. We have since resumed the search and have selected a candidate who will start next month.

We regret that we are unable to offer you the position and thank you for your patience throughout the process.

Westmark Credit Union
Human Resources
""", company="Westmark Credit Union", role="Marketing Communications Specialist", diff="hard",
  notes="mentions earlier hold; actual decision is a rejection", fmt="alt")

M("rejection", "Olivia at Ridgeway Outfitters <olivia@paradox.ai>",
  "Ridgeway Outfitters: update on your application", "2026-10-01 08:15 -0600",
  """Hi Dana! This is Olivia, the virtual assistant for Ridgeway Outfitters.

Thanks for your interest in our Social Media Coordinator opening. The hiring team has reviewed your application, and they've chosen to move forward with other candidates at this time.

We'd love for you to check out our other openings anytime at careers.ridgewayoutfitters.com.
""", company="Ridgeway Outfitters", role="Social Media Coordinator", headers=NOREPLY)

M("rejection", "Owen Pryce <owen@marlowandfinch.com>",
  "re: the content lead conversation", "2026-11-03 14:26 -0500",
  """Dana,

Circling back on the full-time Content Lead conversation. We talked it through as partners and we're not going to bring the role in-house after all... kidding, we are, but we've decided to hire someone from the account side rather than convert a freelancer. I know you were hoping for this, so I'm sorry.

Nothing changes on the freelance front - we still want you on the Haverford blog retainer through Q1, and the November invoice is approved.

Owen
""", company="Marlow & Finch", contact="Owen", role="Content Lead", diff="hard",
  notes="freelance client declines full-time conversion; freelance work continues; joke misleads",
  reply=True)

# ----------------------------------------------------------------------------- on hold
M("on_hold", "Nina Castellanos <nina.castellanos@cobaltridge.com>",
  "Demand Generation Manager - an update", "2025-02-06 13:22 -0700",
  """Hi Dana,

I'm sorry to be sending this one. This morning our leadership announced a company-wide hiring freeze through at least the end of Q2, and the Demand Generation Manager role is included.

This has nothing to do with you - the team was excited about your pipeline work. If the freeze lifts, you'll be my first call.

Nina Castellanos
Senior Recruiter | Cobalt Ridge Software
""", company="Cobalt Ridge Software", contact="Nina", role="Demand Generation Manager")

M("on_hold", "Pacific Crest Health <pacificcrest@myworkday.com>",
  "Your application status has changed", "2025-04-17 10:02 -0700",
  """Dear Dana,

You are receiving this message because you applied for Communications Coordinator (JR-88213) at Pacific Crest Health.

The requisition for this position has been closed and it will not be filled at this time. As a result, your application is no longer under consideration for this job. This is not a reflection of your qualifications.

Please visit our career site to view current openings.

Pacific Crest Health Recruitment
""", company="Pacific Crest Health", role="Communications Coordinator", diff="hard",
  notes="requisition closed; ATS phrasing resembles a rejection", headers=NOREPLY)

M("on_hold", "Hugo Lindqvist <hugo@gableandstone.com>",
  "Quick update", "2025-07-29 16:47 -0400",
  """Dana -

Some news from our side. We're folding the content studio into the strategy group as part of a reorg, and the Associate Content Director seat isn't going to exist in its current form. I can't in good conscience keep you in a process for a role that may disappear.

When the new structure settles (probably September) I'd like to talk again.

Hugo
Gable & Stone
""", company="Gable & Stone", contact="Hugo", role="Associate Content Director", diff="hard",
  notes="reorg; role may not exist; no hold/freeze keywords")

M("on_hold", "Riverstone Arts Council <hiring@riverstonearts.org>",
  "Development & Communications Manager search", "2025-09-09 11:30 -0500",
  """Dear Dana,

Thank you for your application for the Development & Communications Manager position.

Due to a significant reduction in our state arts funding for the coming fiscal year, the board has voted to postpone filling this position. We are pausing all hiring until the budget picture is clearer, and we will contact applicants if the search reopens.

With appreciation,
Marguerite Olsen
Executive Director, Riverstone Arts Council
""", company="Riverstone Arts Council", contact="Marguerite",
  role="Development & Communications Manager")

M("on_hold", "Kiara Mensah <kiara@tandemledger.com>",
  "Tandem Ledger / Content Marketing Lead", "2025-11-19 15:05 -0800",
  """Hi Dana,

Quick heads up before the holidays: we're pausing this search for the Content Marketing Lead while we rethink our go-to-market plan for next year. I expect we'll reopen in late January and I'd love to pick up where we left off then.

Thanks for your patience,
Kiara
Head of Marketing, Tandem Ledger
""", company="Tandem Ledger", contact="Kiara", role="Content Marketing Lead",
  headers={"X-Mailer": "Ashby"})

M("on_hold", "Lakemont College Human Resources <lakemont@icims.com>",
  "Position update: Digital Content Producer", "2026-01-22 09:00 -0500",
  """Dear Dana Whitaker,

Thank you for applying for the Digital Content Producer position at Lakemont College.

We want to let you know that this role is no longer open. The position was withdrawn by the department and will not be filled during this recruitment cycle. If the position is reposted, you will need to submit a new application.

Lakemont College Human Resources
""", company="Lakemont College", role="Digital Content Producer", diff="hard",
  notes="'no longer open' / withdrawn; could be misread as rejection", headers=NOREPLY)

M("on_hold", "Katrin Vogel <k.vogel@helmbrecht-soehne.de>",
  "Ihre Bewerbung: Kommunikationsreferent (m/w/d)", "2026-02-10 14:40 +0100",
  """Liebe Frau Whitaker,

vielen Dank für Ihre Geduld. Aufgrund einer internen Umstrukturierung haben wir entschieden, die Stelle als Kommunikationsreferent (m/w/d) vorerst nicht zu besetzen. Das Auswahlverfahren ruht daher bis auf Weiteres.

Dies ist ausdrücklich keine Entscheidung gegen Sie. Sobald wir die Stelle wieder ausschreiben, melden wir uns gern bei Ihnen.

Freundliche Grüße
Katrin Vogel
Personalabteilung
Helmbrecht & Söhne
""", company="Helmbrecht & Söhne", contact="Katrin", role="Kommunikationsreferent (m/w/d)",
  lang="de", cte="quoted-printable")

M("on_hold", "Alana Price <alana.price@juniperstreetmedia.com>",
  "Re: Audience Development Editor - interview Thursday", "2026-04-08 08:12 -0400",
  """Hi Dana,

I have to cancel Thursday's interview, and I'm sorry for the late notice. Yesterday our parent company put a stop on all open editorial roles while they review the newsroom budget, and the Audience Development Editor role is frozen until further notice.

I'll reach out the moment I hear it's back on.

Alana

On Tue, Mar 31, 2026 at 3:02 PM Alana Price <alana.price@juniperstreetmedia.com> wrote:
> Hi Dana, great news - we'd like you to interview with me and our
> executive editor on Thursday, April 9 at 11:00 AM ET. I'll send a Zoom link.
""", company="Juniper Street Media", contact="Alana", role="Audience Development Editor",
  diff="hard", notes="cancels interview due to freeze; quoted interview invitation", reply=True)

M("on_hold", "Devin Shaw <devin@brightpathsearch.com>",
  "Oro Beverage update", "2026-06-18 12:00 -0700",
  """Hi Dana,

Bad timing news from Oro Beverage: they've put the Brand Manager hire on ice while the new CMO settles in. They were very clear that you're still their front-runner and they hope to restart in the fall.

I'll keep you posted. Meanwhile, happy to send you other briefs if you want to keep options open.

Devin Shaw
Principal, Brightpath Search
""", company="Oro Beverage", contact="Devin", role="Brand Manager", diff="hard",
  notes="agency recruiter; 'on ice' idiom")

M("on_hold", "County of Sable Creek HR <jobs@sablecreekcounty.gov>",
  "Recruitment Cancelled - Community Engagement Specialist", "2026-08-26 16:30 -0700",
  """Dear Applicant,

The recruitment for Community Engagement Specialist (Recruitment #26-0412) has been cancelled due to budget constraints in the adopted FY 2026-27 budget. No further action will be taken on applications received for this recruitment.

Thank you for your interest in employment with the County of Sable Creek.

County of Sable Creek Human Resources
""", company="County of Sable Creek", role="Community Engagement Specialist", headers=NOREPLY,
  fmt="alt")

# ----------------------------------------------------------------------------- interviews
M("interview", "Saltmarsh Studio <no-reply@goodtime.io>",
  "Action needed: pick a time to meet Saltmarsh Studio", "2025-01-15 10:20 -0500",
  """Hi Dana,

The Saltmarsh Studio team would like to schedule a 45-minute video interview with you for the Senior Content Marketing Manager role.

Please choose a time that works for you using the link below. Available times are shown in your local time zone.

https://app.goodtime.io/s/saltmarsh/7Kq2vXo9

If none of the times work, reply to this email and your coordinator will help.

Powered by GoodTime
""", company="Saltmarsh Studio", role="Senior Content Marketing Manager", fmt="alt",
  headers=NOREPLY)

M("interview", "Bea Hollis <bea@hollisandreed.com>",
  "coffee (virtual)?", "2025-03-04 08:47 -0500",
  """Hi Dana,

Loved your piece on the Farrow rebrand. We're looking for someone to lead content for our consumer accounts and I think it could be you. Would you be up for a quick chat this week or next? Grab any 30 minutes here: https://calendly.com/bea-hollis/30min

Bea Hollis
Partner, Hollis & Reed
""", company="Hollis & Reed", contact="Bea", diff="hard",
  notes="'quick chat' via Calendly; no role title; no word interview")

M("interview", "Tidepool Health Recruiting <recruiting@tidepoolhealth.com>",
  "Confirmed: Interview with Tidepool Health", "2026-04-03 14:11 -0400",
  """Hi Dana,

Your interview for Content Marketing Manager is confirmed.

When: Thursday, April 9, 2026 at 1:30 PM ET (60 minutes)
Where: Google Meet - https://meet.google.com/tdp-qwer-xyz
With: Maya Lindgren (Director of Marketing) and Sam Rourke (Product Marketing)

Please come ready to walk through one campaign you led from brief to results.

Tidepool Health Talent Team
""", company="Tidepool Health", role="Content Marketing Manager",
  iat="2026-04-09T13:30:00-04:00", fmt="alt")

M("interview", "Renata Cole <rcole@larkspur.edu>",
  "Invitation: Search Committee Interview - Assistant Director of Communications", "2026-03-02 11:15 -0600",
  """Dear Dana,

On behalf of the search committee, I'm pleased to invite you to a panel interview for the Assistant Director of Communications position.

Date: Thursday, March 12, 2026
Time: 10:00-11:30 a.m. Central
Location: Holloway Hall, Room 214, Larkspur University

A calendar invitation is attached. Please let me know if you need parking information.

Renata Cole
Chair, Search Committee
Office of University Communications
""", company="Larkspur University", contact="Renata", role="Assistant Director of Communications",
  iat="2026-03-12T10:00:00-05:00", fmt="alt",
  ics=ics_event("lark-2026-0312", "20260312T100000", "20260312T113000", "America/Chicago",
                "Panel interview - Dana Whitaker", "rcole@larkspur.edu"))

M("interview", "Ethan Burke <ethan.burke@harborlight.io>",
  "Re: Tomorrow", "2026-05-11 09:05 -0700",
  """Hi Dana - something came up on my end for tomorrow morning. Could we move our conversation to Tuesday at 3pm PT instead? Same Zoom link. Apologies for the shuffle!

Ethan
Harborlight Software | VP Marketing

On Fri, May 8, 2026 at 4:12 PM Dana Whitaker <dana.whitaker.jobs@icloud.com> wrote:
> Thanks Ethan, I'll see you Monday at 10 for the Product Marketing Manager interview.
""", company="Harborlight Software", contact="Ethan", role="Product Marketing Manager", diff="hard",
  notes="reschedule to a relative day ('Tuesday at 3pm PT') resolved against Date", reply=True,
  iat="2026-05-12T15:00:00-07:00")

M("interview", "Jada Whitlock <jada.whitlock@emberlycandles.com>",
  "Your visit to Emberly on Monday", "2025-09-02 15:40 -0400",
  """Hi Dana,

We're excited to host you! Here's the plan for Monday, September 8:

9:30 AM  Arrive at 412 N. High Street, Columbus - ask for Jada at the front desk
9:45 AM  Coffee with Priscilla Ng, VP Brand
10:30 AM Portfolio review with the creative team
11:30 AM Lunch with two members of the social team
12:30 PM Wrap-up with me

Dress is casual. Let me know about any dietary restrictions.

Jada Whitlock
Talent Coordinator, Emberly Candles Co.
""", company="Emberly Candles Co.", contact="Jada", role="", diff="hard",
  notes="onsite itinerary without the word interview; no role title", iat="2025-09-08T09:30:00-04:00")

M("interview", "Clearwater Conservancy <jobs@clearwaterconservancy.org>",
  "Next step: Communications Manager exercise", "2025-05-14 12:00 -0600",
  """Hello Dana,

Thank you for your interest in the Communications Manager role. We'd like to move you forward to the next stage.

Step 1: Draft a one-page press release announcing our new river restoration project (brief attached in the link below). Please send it back by Tuesday, May 20.
Step 2: A 60-minute interview with our Director of Development and two staff, where you'll present your release.

For the interview, please tell us which of these works:
- Wednesday, May 21, 9:00 AM MT
- Thursday, May 22, 1:00 PM MT
- Friday, May 23, 10:30 AM MT

Exercise brief: https://clearwaterconservancy.org/hiring/brief-cm

Warm regards,
Daniela Ruiz
Operations Manager
""", company="Clearwater Conservancy", contact="Daniela", role="Communications Manager",
  notes="take-home plus interview; three slots offered")

M("interview", "Felix Arnaud <felix@meridianreview.com>",
  "your pitch", "2025-08-20 21:14 -0400",
  """Dana,

Got your application for the digital editor job and read the Substack pieces you linked. Good stuff. Next step here is a short paid edit test (two hours, we'll send a messy draft) and then a conversation with me and Priyanka sometime next week. Does that work?

F.

Felix Arnaud
Managing Editor, The Meridian Review
""", company="The Meridian Review", contact="Felix", role="Digital Editor", diff="hard",
  notes="edit test plus 'a conversation'; informal; no definite time")

M("interview", "Sparrowline via ModernLoop <scheduling@modernloop.io>",
  "Interview confirmed: Sparrowline - Lifecycle Marketing Manager", "2026-06-10 17:30 -0700",
  """Hi Dana,

Your interview with Sparrowline is confirmed.

Lifecycle Marketing Manager - Hiring Manager Interview
Wed, Jun 17, 2026
10:00 AM - 11:00 AM PDT
Interviewer: Kofi Adjei, Director of Growth
Zoom: https://sparrowline.zoom.us/j/88120044

Need to reschedule? Use this link: https://app.modernloop.io/r/sp-44129

Sent by ModernLoop on behalf of Sparrowline
""", company="Sparrowline", role="Lifecycle Marketing Manager", iat="2026-06-17T10:00:00-07:00",
  headers=NOREPLY, fmt="alt",
  ics=ics_event("ml-sp-44129", "20260617T100000", "20260617T110000", "America/Los_Angeles",
                "Sparrowline interview", "scheduling@modernloop.io"))

M("interview", "Claire Dumont <c.dumont@agence-mirabeau.fr>",
  "Entretien - Chargée de communication anglophone", "2025-11-20 11:02 +0100",
  """Bonjour Dana,

Merci pour votre candidature au poste de Chargée de communication anglophone. Votre parcours nous intéresse beaucoup et nous souhaiterions vous rencontrer.

Je vous propose un entretien en visioconférence le mardi 25 novembre à 14 h (heure de Paris), avec moi-même et notre directeur conseil. Le lien Teams suivra.

Pouvez-vous me confirmer votre disponibilité ?

Belle journée,
Claire Dumont
Responsable recrutement - Agence Mirabeau, Lyon
""", company="Agence Mirabeau", contact="Claire", role="Chargée de communication anglophone",
  lang="fr", iat="2025-11-25T14:00:00+01:00", cte="quoted-printable")

M("interview", "Jens Kessler <j.kessler@kessler-kommunikation.de>",
  "Einladung zum Vorstellungsgespräch - Senior Content Managerin (m/w/d)", "2026-04-29 09:25 +0200",
  """Sehr geehrte Frau Whitaker,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Donnerstag, 7. Mai 2026, 10:00 Uhr (MESZ)
Teilnehmende: Jens Kessler (Geschäftsführung), Anna Roth (Leitung Content)

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Jens Kessler
Kessler Kommunikation GmbH
""", company="Kessler Kommunikation GmbH", contact="Jens", role="Senior Content Managerin (m/w/d)",
  lang="de", iat="2026-05-07T10:00:00+02:00", fmt="alt")

M("interview", "Valeria Montes <vmontes@editorialmarea.mx>",
  "Entrevista - Coordinadora de Contenidos", "2025-06-24 13:48 -0600",
  """Hola Dana,

Gracias por tu interés en la vacante de Coordinadora de Contenidos en Editorial Marea. Nos gustaría conversar contigo en una entrevista por videollamada de unos 45 minutos.

¿Cuál de estos horarios (hora de Ciudad de México) te funciona mejor?
- lunes 30 de junio, 10:00
- martes 1 de julio, 16:00
- miércoles 2 de julio, 12:30

Quedo atenta,
Valeria Montes
Coordinación Editorial | Editorial Marea
""", company="Editorial Marea", contact="Valeria", role="Coordinadora de Contenidos", lang="es",
  notes="three slots offered", cte="base64")

M("interview", "Sienna Park <sienna@keystonecreativestaffing.com>",
  "Wildflower Bakehouse wants to meet you!", "2025-12-03 10:55 -0800",
  """Hi Dana!

Great news - I sent your portfolio over to Wildflower Bakehouse and their marketing director, Noor, would love to meet you for the Content & Social Lead contract-to-hire role. She's flexible Thursday or Friday afternoon. Which works better? I'll set it up once I hear back.

Sienna Park
Creative Recruiter | Keystone Creative Staffing
""", company="Wildflower Bakehouse", contact="Sienna", role="Content & Social Lead", diff="hard",
  notes="agency recruiter relays client's request to meet; 'meet' not 'interview'")

M("interview", "Mateo Ruiz <mateo@quarryhillbrewing.com>",
  "Re: Events & Partnerships Coordinator", "2025-05-05 11:30 -0600",
  """Hi Dana,

Following up on my last note. Even though the events role didn't work out, I kept thinking about your newsletter samples. We just opened a Content Manager position and I'd like to interview you for it - no need to reapply. Could you send me a couple of times that work for you next week?

Cheers,
Mateo

On Apr 18, 2025, at 2:14 PM, Mateo Ruiz <mateo@quarryhillbrewing.com> wrote:
> Hi Dana, thanks for interviewing for the Events & Partnerships Coordinator
> role. Unfortunately we've decided to go with a candidate who has more
> festival experience. We'll keep you in mind for future openings.
""", company="Quarry Hill Brewing", contact="Mateo", role="Content Manager", diff="hard",
  notes="new invitation above a quoted rejection for a different role", reply=True)

M("interview", "Dr. Angela Firth <afirth@pinebrookschools.org>",
  "Communications Coordinator", "2026-02-23 07:52 -0500",
  """Good morning Ms. Whitaker,

I'm the Chief of Staff for Pinebrook Public Schools. I've reviewed your materials for our Communications Coordinator opening and would like to set up a 20-minute phone call with you this week to learn more about your experience with crisis communications. Please reply with two or three times you're available.

Thank you,
Dr. Angela Firth
Chief of Staff
Pinebrook Public Schools
""", company="Pinebrook Public Schools", contact="Angela", role="Communications Coordinator",
  diff="hard", notes="phone screen request without the word interview")

M("interview", "Summit Mercantile <summitmercantile@myworkday.com>",
  "Please schedule your interview - Marketing Manager, Private Label", "2025-10-14 12:06 -0500",
  """Hello Dana,

Congratulations! You have been selected to move forward in the hiring process for Marketing Manager, Private Label (JR-4410).

Please log in to your Workday candidate home to schedule your interview with the hiring team. Interview slots are available over the next two weeks.

https://summitmercantile.wd5.myworkdayjobs.com/careers/login

Summit Mercantile Talent Acquisition
""", company="Summit Mercantile", role="Marketing Manager, Private Label", headers=NOREPLY)

M("interview", "Crestline Insurance <crestline@hirevue-mail.com>",
  "Crestline Insurance: complete your video interview", "2025-07-30 09:00 -0400",
  "",
  html="""<html><body>
<h2>Crestline Insurance</h2>
<p>Hi Dana,</p>
<p>Thank you for applying for <strong>Marketing Content Specialist</strong>. The next step is a short on-demand video interview: you will answer 5 questions on camera, on your own schedule.</p>
<p>Please complete it within 5 days.</p>
<p><a href="https://app.hirevue.com/i/crestline-9921">Start my interview</a></p>
<p>Crestline Insurance Talent Acquisition</p>
</body></html>
""", company="Crestline Insurance", role="Marketing Content Specialist", fmt="html", cte="base64",
  headers=NOREPLY)

M("interview", "Harriet Singh <harriet.singh@maplewoodmedia.ca>",
  "See you tomorrow", "2026-01-21 16:10 -0500",
  """Hi Dana,

Just confirming we're all set for tomorrow at 10:30. You'll meet me and Jean-Luc from our podcast team at the King Street office, 4th floor - sign in with security and they'll send you up. We'll talk about the Audience Growth Manager role for about an hour.

Harriet
Maplewood Media Group, Toronto
""", company="Maplewood Media Group", contact="Harriet", role="Audience Growth Manager",
  diff="hard", notes="relative time 'tomorrow at 10:30' resolved against Date",
  iat="2026-01-22T10:30:00-05:00")

M("interview", "Harrow Valley Water District <hr@harrowvalleywater.org>",
  "Oral Board Interview - Public Outreach Specialist", "2026-03-13 15:20 -0700",
  """Dear Dana Whitaker,

The District received 140 applications for Public Outreach Specialist. Applications were evaluated on the supplemental questionnaire; many qualified candidates were not selected to continue.

We are pleased to inform you that you have been selected for an oral board interview:

Monday, March 23, 2026 at 1:15 p.m.
District Administration Building, 900 Canal Road, Board Room B

Please arrive 15 minutes early and bring photo ID. If you cannot attend, contact Human Resources before Thursday.

Human Resources Division
Harrow Valley Water District
""", company="Harrow Valley Water District", role="Public Outreach Specialist", diff="hard",
  notes="'not selected' refers to other applicants; concrete time", iat="2026-03-23T13:15:00-07:00")

M("interview", "Bramblewood Hotels <notifications@jobvite.com>",
  "Interview scheduled: Social Media & PR Manager", "2025-10-28 10:12 -0400",
  """Dear Dana,

Your interview with Bramblewood Hotels has been scheduled.

Position: Social Media & PR Manager
Date: Tuesday, November 4, 2025
Time: 2:00 PM ET
Format: Microsoft Teams video call (link in the attached invitation)
Interviewers: Whitney Cho, Director of Communications

Regards,
Bramblewood Hotels Recruiting
""", company="Bramblewood Hotels", role="Social Media & PR Manager", iat="2025-11-04T14:00:00-05:00",
  headers=NOREPLY,
  attach=[],
  ics=ics_event("jv-bramble-1104", "20251104T140000", "20251104T150000", "America/New_York",
                "Interview: Social Media & PR Manager", "notifications@jobvite.com"))

M("interview", "Lily Tran <lily.tran@goldfinchskin.com>",
  "Final step: meet our CMO", "2026-09-14 10:02 -0700",
  """Hi Dana,

The team loved your case presentation! The last step for the Brand Content Manager role is a 45-minute conversation with our CMO, Adrienne Vale. I've booked Thursday 9/17 at 11am PT on Zoom; invite to follow.

Lily Tran
Recruiting Lead, Goldfinch Skincare
""", company="Goldfinch Skincare", contact="Lily", role="Brand Content Manager",
  iat="2026-09-17T11:00:00-07:00")

M("interview", "Nordhavn Design <no-reply@teamtailor.com>",
  "Book your video interview with Nordhavn Design", "2026-02-02 14:30 +0100",
  """Hi Dana,

Thanks for applying to the Communications Lead (North America) role at Nordhavn Design. We'd like to invite you to a first video interview with our Head of Brand.

Please pick a slot that suits you: https://nordhavn.teamtailor.com/meetings/book/8f2b1c

Best regards,
Nordhavn Design Talent Team, Copenhagen
""", company="Nordhavn Design", role="Communications Lead (North America)", headers=NOREPLY)

# ----------------------------------------------------------------------------- offers
M("offer", "Maya Lindgren <maya.lindgren@tidepoolhealth.com>",
  "Offer letter - Content Marketing Manager", "2026-04-20 16:05 -0400",
  """Hi Dana,

It's my pleasure to officially offer you the position of Content Marketing Manager at Tidepool Health! Your offer letter is attached with the details on salary, equity and benefits.

Please review and sign by Friday, April 24. I'm happy to hop on a call to talk anything through.

We can't wait to have you on the team.

Maya Lindgren
Director of Marketing, Tidepool Health
""", company="Tidepool Health", contact="Maya", role="Content Marketing Manager",
  attach=[("Tidepool_Health_Offer_Dana_Whitaker.pdf", PDF)])

M("offer", "Bea Hollis <bea@hollisandreed.com>",
  "Following up on our call", "2025-04-02 17:20 -0400",
  """Dana,

So glad I caught you this afternoon. As promised, in writing: we'd love you to join Hollis & Reed as Content Director for our consumer accounts, starting May 5. Base is $118,000, plus the annual bonus we discussed and four weeks of PTO. Ira will send the formal paperwork tomorrow.

Take the weekend, and call me with any questions.

Bea
""", company="Hollis & Reed", contact="Bea", role="Content Director", diff="hard",
  notes="written follow-up to verbal offer; never says 'offer'", reply=True)

M("offer", "Saltmarsh Studio <no-reply@us.greenhouse-mail.io>",
  "Your offer from Saltmarsh Studio is ready", "2025-02-12 12:30 -0500",
  "",
  html="""<html><body style="font-family:sans-serif">
<p>Hi Dana,</p>
<p>Congratulations! Saltmarsh Studio has sent you an offer for the <b>Senior Content Marketing Manager</b> position.</p>
<p><a href="https://app.greenhouse.io/offers/sm-55810">Review and sign your offer</a></p>
<p>Questions? Contact your recruiter, Olu Bakare, at olu@saltmarsh.studio.</p>
</body></html>
""", company="Saltmarsh Studio", contact="Olu", role="Senior Content Marketing Manager", fmt="html",
  headers=NOREPLY, notes="ATS offer notice; names recruiter as contact")

M("offer", "Valeria Montes <vmontes@editorialmarea.mx>",
  "Propuesta de contratación - Coordinadora de Contenidos", "2025-07-15 18:02 -0600",
  """Hola Dana:

¡Tenemos muy buenas noticias! Nos complace ofrecerte el puesto de Coordinadora de Contenidos en Editorial Marea. Adjuntamos la carta oferta con las condiciones: salario, modalidad híbrida y fecha de incorporación propuesta (1 de septiembre).

Te pedimos que nos respondas antes del 22 de julio.

Un abrazo,
Valeria Montes
Editorial Marea
""", company="Editorial Marea", contact="Valeria", role="Coordinadora de Contenidos", lang="es",
  attach=[("Carta_oferta_Whitaker.pdf", PDF)], cte="quoted-printable")

M("offer", "Cal Donnelly <cal@wrenandwharf.com>",
  "We'd love to bring you on", "2025-12-16 11:44 -0500",
  """Hi Dana,

Thanks for spending so much time with us over the past few weeks. The team is unanimous: we'd love to bring you on as our Senior Content Strategist. I've attached the agreement - a six-month contract at $65/hour, 30 hours a week, converting to full-time with benefits at the end if we both want that.

If it looks good, sign and send it back and we'll get you set up with Slack and Asana.

Cal Donnelly
Founder, Wren & Wharf
""", company="Wren & Wharf", contact="Cal", role="Senior Content Strategist", diff="hard",
  notes="contract-to-hire 'agreement'; no word offer", attach=[("WrenWharf_Agreement_Whitaker.pdf", PDF)])

M("offer", "Town of Millbrook Human Resources <hr@millbrookma.gov>",
  "Conditional Offer of Employment - Communications & Outreach Manager", "2026-10-07 13:00 -0400",
  """Dear Ms. Whitaker,

On behalf of the Town of Millbrook, I am pleased to extend to you a conditional offer of employment for the position of Communications & Outreach Manager (Grade M-7, Step 3), at an annual salary of $84,212.

This offer is contingent upon successful completion of a CORI background check. Please sign the enclosed letter and return it by October 16, 2026.

Sincerely,

Denise Marchetti
Human Resources Director
Town of Millbrook
""", company="Town of Millbrook", contact="Denise", role="Communications & Outreach Manager",
  attach=[("Conditional_Offer_Whitaker.pdf", PDF)])

# ----------------------------------------------------------------------------- application received
M("application_received", "Brightloom Media Recruiting <no-reply@us.greenhouse-mail.io>",
  "Thank you for applying to Brightloom Media", "2025-01-23 19:02 -0500",
  """Hi Dana,

Thanks for applying for the Content Marketing Manager role at Brightloom Media. Your application has been received and our team will review it soon.

If your experience is a match, someone from our team will be in touch.

Brightloom Media
""", company="Brightloom Media", role="Content Marketing Manager", headers=NOREPLY, fmt="alt")

M("application_received", "Parcel & Pine <no-reply@hire.lever.co>",
  "Parcel & Pine - Application received", "2025-03-09 22:14 -0700",
  """Hi Dana,

Thank you for your interest in Parcel & Pine! We received your application for Social Media Manager and we're excited to take a look.

Parcel & Pine
""", company="Parcel & Pine", role="Social Media Manager", headers=NOREPLY)

M("application_received", "Halvorsen Foods <halvorsen@myworkday.com>",
  "Application Received: Brand Marketing Specialist", "2025-04-28 08:40 -0500",
  """Dear Dana Whitaker,

Thank you for applying for the Brand Marketing Specialist (R-20417) position at Halvorsen Foods. We have received your application and it is currently under review.

You can track the status of your application at any time in your candidate home account.

Halvorsen Foods Talent Acquisition
""", company="Halvorsen Foods", role="Brand Marketing Specialist", headers=NOREPLY,
  cte="quoted-printable")

M("application_received", "University of Cascadia <careers@cascadia.icims.com>",
  "Application confirmation - Communications Specialist", "2025-06-01 13:55 -0700",
  """Dear Dana,

Thank you for applying for Communications Specialist, Office of Marketing (Req 2025-1188).

What happens next: the search committee reviews applications after the posting closes. Candidates selected for an interview will be contacted by the department, typically within three to four weeks. If you are not selected for an interview, you will receive a notification by email once the position has been filled.

Human Resources
University of Cascadia
""", company="University of Cascadia", role="Communications Specialist", diff="hard",
  notes="describes future interview and 'not selected' steps", headers=NOREPLY)

M("application_received", "Copperleaf Outdoor Careers <noreply@smartrecruiters.com>",
  "Thanks for applying to Copperleaf Outdoor", "2025-01-09 07:31 -0700",
  """Hi Dana,

We've received your application for Digital Marketing Coordinator. Our recruiting team is reviewing applications and will reach out if there's a fit.

Happy trails,
Copperleaf Outdoor
""", company="Copperleaf Outdoor", role="Digital Marketing Coordinator", fmt="html", headers=NOREPLY)

M("application_received", "Marisco Seafood Co. <notifications@jobvite.com>",
  "We received your application", "2025-03-02 10:48 -0500",
  """Hello Dana,

Thank you for your interest in the Marketing Communications Specialist position with Marisco Seafood Co. This email confirms that your application was submitted successfully.

Regards,
Marisco Seafood Co. Human Resources
""", company="Marisco Seafood Co.", role="Marketing Communications Specialist", headers=NOREPLY)

M("application_received", "City of Brookhaven Heights <cityofbrookhaven@taleo.net>",
  "Public Information Officer - Application Submitted", "2025-08-11 23:17 -0400",
  """Dear Dana Whitaker,

We have received your application for Public Information Officer (Exam #24-117).

Applications will be reviewed for minimum qualifications. Candidates who meet the minimum qualifications will be invited to the next phase of the examination process. Candidates who do not meet them will be notified that their application was not accepted.

Please do not reply to this message.

Human Resources Department
City of Brookhaven Heights
""", company="City of Brookhaven Heights", role="Public Information Officer", diff="hard",
  notes="mentions 'not accepted' as a future possibility", headers=NOREPLY)

M("application_received", "Quillon Labs <no-reply@bamboohr.com>",
  "Thanks for applying to Quillon Labs!", "2025-12-02 15:22 -0800",
  """Hi Dana,

Thanks for your interest in the Product Marketing Manager position. We've received your application. We'll review it and be in touch if your skills and experience match what we're looking for.

Cheers,
The Quillon Labs Team
""", company="Quillon Labs", role="Product Marketing Manager")

M("application_received", "Camille Tremblay <jobs@nordlys.teamtailor-mail.com>",
  "hi from nordlys", "2026-02-11 12:09 -0500",
  """Hey Dana!

Thanks a million for throwing your hat in the ring for our Marketing Coordinator role. We read every single application ourselves (no robots, promise) and we'll get back to you as soon as we've had a proper look, usually within two weeks.

Have a lovely day,
Camille at Nordlys Studio
""", company="Nordlys Studio", contact="Camille", role="Marketing Coordinator", diff="hard",
  notes="chatty templated acknowledgement that reads like a personal note")

M("application_received", "Hearthside Pet Supply <noreply@workablemail.com>",
  "Your application to Hearthside Pet Supply", "2026-03-30 09:14 -0500",
  """Hi Dana,

Thanks for applying for the Email Marketing Specialist position at Hearthside Pet Supply. We have received your application.

Unfortunately, because of the volume of applications we receive, we are unable to reply to every applicant individually. If your profile fits, a member of our team will contact you.

Hearthside Pet Supply Hiring Team
Powered by Workable
""", company="Hearthside Pet Supply", role="Email Marketing Specialist", diff="hard",
  notes="'Unfortunately' in an acknowledgement", headers=NOREPLY)

M("application_received", "Lumos Learning <careers@lumoslearning.recruitee.com>",
  "Application received: Content Designer", "2026-04-14 08:00 +0000",
  """Hello Dana,

Thank you for applying for the Content Designer position at Lumos Learning. We have received your application and will review it in the coming days.

Kind regards,
Lumos Learning
""", company="Lumos Learning", role="Content Designer", cte="base64")

M("application_received", "Fernholz Medien GmbH <noreply@fernholz-medien.jobs.personio.de>",
  "Eingangsbestätigung Ihrer Bewerbung", "2025-05-12 10:03 +0200",
  """Hallo Dana Whitaker,

vielen Dank für Ihre Bewerbung als Content Marketing Manager (m/w/d) bei der Fernholz Medien GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Fernholz Medien GmbH
""", company="Fernholz Medien GmbH", role="Content Marketing Manager (m/w/d)", lang="de",
  headers=NOREPLY, fmt="alt")

M("application_received", "Olivia at Ridgeway Outfitters <olivia@paradox.ai>",
  "Thanks for applying to Ridgeway Outfitters", "2026-09-18 20:44 -0600",
  """Hi Dana! I'm Olivia, the virtual recruiting assistant at Ridgeway Outfitters.

Your application for Social Media Coordinator is complete. The hiring team will review it, and I'll text or email you if there's a next step. You can check your status anytime by replying STATUS.
""", company="Ridgeway Outfitters", role="Social Media Coordinator", headers=NOREPLY)

M("application_received", "Fieldnote <no-reply@ashbyhq.com>",
  "Thanks for applying to Fieldnote", "2026-05-18 11:11 -0700",
  """Hi Dana,

Thanks for applying to the Head of Content role at Fieldnote! We review every application by hand and typically respond within 10 days.

- The Fieldnote team
""", company="Fieldnote", role="Head of Content", headers=NOREPLY, fmt="alt")

M("application_received", "Idealist <applications@idealist.org>",
  "Your application was sent to Oakhurst Community Foundation", "2025-09-12 14:26 -0400",
  """Hi Dana,

Your application for Communications Manager at Oakhurst Community Foundation was sent successfully. The organization received your resume and cover letter.

Organizations usually respond within a few weeks. You can see all your applications in your Idealist dashboard.

The Idealist Team
""", company="Oakhurst Community Foundation", role="Communications Manager", diff="hard",
  notes="job board confirms delivery to employer; sender is the platform",
  headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.idealist.org/unsubscribe>"})

M("application_received", "Sundial Public Radio <careers@sundialradio.org>",
  "We got it - Digital Producer application", "2026-07-08 16:40 -0600",
  """Hello Dana,

This is an automatic confirmation that Sundial Public Radio received your application for Digital Producer. We'll be in touch about next steps after the posting closes on July 24.

Thanks for supporting public media!
Sundial Public Radio People & Culture
""", company="Sundial Public Radio", role="Digital Producer", headers=NOREPLY)

# ----------------------------------------------------------------------------- auto replies
M("auto_reply", "Greta Olsen <greta.olsen@cobaltridge.com>",
  "Automatic reply: Following up - Demand Generation Manager", "2025-03-10 08:01 -0700",
  """Thanks for your message. I'm out of the office with limited access to email and will be back on 3/14. For anything urgent please reach recruiting@cobaltridge.com.

Greta
""", company="Cobalt Ridge Software", contact="Greta", role="Demand Generation Manager",
  ret="2025-03-14", headers=AUTOREPLY, reply=True)

M("auto_reply", "Sam Rourke <sam.rourke@tidepoolhealth.com>",
  "Out of office", "2026-03-02 07:15 +0000",
  """Hi, I'm travelling for our London launch and have very patchy access to email. I'm returning Monday 9 March and will reply then.

Sam Rourke | Product Marketing | Tidepool Health
""", company="Tidepool Health", contact="Sam", ret="2026-03-09",
  headers={"Auto-Submitted": "auto-replied"}, reply=True)

M("auto_reply", "Katrin Vogel <k.vogel@helmbrecht-soehne.de>",
  "Abwesenheitsnotiz: Ihre Bewerbung: Kommunikationsreferent (m/w/d)", "2026-03-16 06:30 +0100",
  """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.03.2026 nicht im Büro und ab dem 23.03.2026 wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@helmbrecht-soehne.de.

Mit freundlichen Grüßen
Katrin Vogel
""", company="Helmbrecht & Söhne", contact="Katrin", role="Kommunikationsreferent (m/w/d)",
  ret="2026-03-23", lang="de", headers=AUTOREPLY, reply=True, cte="quoted-printable")

M("auto_reply", "Evan Osei <evan.osei@solsticehealth.com>",
  "Automatic reply: Thank you", "2026-01-06 10:00 -0800",
  """I am no longer with Solstice Health. For marketing questions, please contact Ruth Adeyemi at ruth.adeyemi@solsticehealth.com. For recruiting matters, please write to talent@solsticehealth.com.

This inbox will be closed on January 31.
""", company="Solstice Health", contact="Evan", headers=AUTOREPLY, reply=True)

M("auto_reply", "City of Brookhaven Heights <cityofbrookhaven@taleo.net>",
  "Re: Public Information Officer - question about the exam", "2025-10-03 08:12 -0400",
  """This mailbox is not monitored and replies are not read. Please do not reply to this message.

For questions about a recruitment, contact the Human Resources Department at (555) 013-2200, Monday through Friday, 8:00 a.m. to 4:30 p.m.
""", company="City of Brookhaven Heights", role="Public Information Officer", diff="hard",
  notes="unmonitored-mailbox bounce on the exam thread", headers={"Auto-Submitted": "auto-replied"},
  reply=True)

M("auto_reply", "Kiara Mensah <kiara@tandemledger.com>",
  "Re: Checking in - Content Marketing Lead", "2026-02-09 09:41 -0800",
  """Hi there! I'm on parental leave and won't be checking email. I'm planning to return sometime in early summer.

While I'm out, Deepak Rao (deepak@tandemledger.com) is covering marketing, and hiring questions can go to people@tandemledger.com.

Thanks!
Kiara
""", company="Tandem Ledger", contact="Kiara", role="Content Marketing Lead", diff="hard",
  notes="parental leave; vague return ('early summer'); only X-Autoreply", headers={"X-Autoreply": "yes"},
  reply=True)

M("auto_reply", "Claire Dumont <c.dumont@agence-mirabeau.fr>",
  "Réponse automatique : Entretien - Chargée de communication anglophone", "2025-12-22 09:00 +0100",
  """Bonjour,

Je suis absente du bureau jusqu'au 2 janvier inclus. Je serai de retour le lundi 5 janvier 2026 et traiterai votre message dès mon retour.

Pour toute urgence : recrutement@agence-mirabeau.fr

Bien à vous,
Claire Dumont
""", company="Agence Mirabeau", contact="Claire", ret="2026-01-05", lang="fr", headers=AUTOREPLY,
  reply=True, cte="quoted-printable")

M("auto_reply", "Bea Hollis <bea@hollisandreed.com>",
  "Re: coffee (virtual)?", "2025-03-13 12:30 -0400",
  """Hi! I'm at a client shoot through the end of the week with spotty signal. Back Monday - I'll reply then.

B.
(auto-reply)
""", company="Hollis & Reed", contact="Bea", ret="2025-03-17", diff="hard",
  notes="relative return ('Back Monday'); no auto-reply headers", reply=True)

M("auto_reply", "Inés Robledo <ines.robledo@grupoalborada.es>",
  "Respuesta automática: Proceso de selección", "2026-03-30 08:05 +0200",
  """Hola,

Gracias por tu mensaje. Estoy fuera de la oficina por vacaciones de Semana Santa, sin acceso al correo. Regresaré el lunes 6 de abril.

Para cualquier asunto urgente, escribe a talento@grupoalborada.es.

Inés Robledo
""", company="Grupo Alborada", contact="Inés", ret="2026-04-06", lang="es", headers=AUTOREPLY,
  reply=True)

M("auto_reply", "Renata Cole <rcole@larkspur.edu>",
  "Automatic reply: Interview logistics - Assistant Director of Communications", "2026-03-03 08:00 -0600",
  """I am attending the CASE District V conference through March 4 and will respond when I return on March 5. If you are a candidate with a question about an upcoming interview, please contact Joel Baptiste in University Communications at jbaptiste@larkspur.edu or (555) 014-7720.

Renata Cole
""", company="Larkspur University", contact="Renata", role="Assistant Director of Communications",
  ret="2026-03-05", diff="hard", notes="subject and body mention interview; conference OOO",
  headers=AUTOREPLY, reply=True)

M("auto_reply", "Summit Mercantile Recruiting <recruiting@summitmercantile.com>",
  "Re: Marketing Manager, Private Label - scheduling question", "2025-12-26 09:00 -0600",
  """Thank you for contacting Summit Mercantile Talent Acquisition.

Our offices are closed for the holidays from December 24 through January 2. We will respond to your message when we reopen on Monday, January 5.

Happy holidays!
""", company="Summit Mercantile", role="Marketing Manager, Private Label", ret="2026-01-05",
  diff="hard", notes="holiday closure from team inbox; return year implied", headers={"Precedence": "auto_reply"},
  reply=True)

M("auto_reply", "Harriet Singh <harriet.singh@maplewoodmedia.ca>",
  "Automatic reply: Thank you!", "2026-01-23 18:03 -0500",
  """Thanks for your email. I'm at a conference this week and checking messages only intermittently, so expect a slower reply than usual.

Harriet Singh | Maplewood Media Group
""", company="Maplewood Media Group", contact="Harriet", headers=AUTOREPLY, reply=True)

M("auto_reply", "Ethan Burke <ethan.burke@harborlight.io>",
  "Re: Product Marketing Manager - portfolio link", "2026-04-08 12:22 -0700",
  """Thanks for reaching out! I'm out on vacation and I'll return on Tue, Apr 14. I won't be reading email before then.

Ethan
""", company="Harborlight Software", contact="Ethan", role="Product Marketing Manager",
  ret="2026-04-14", headers={"X-Autoreply": "yes"}, reply=True)

M("auto_reply", "Owen Pryce <owen@marlowandfinch.com>",
  "Out of Office Re: November invoice", "2026-11-12 07:45 -0500",
  """Out of office until 2026-11-20 (inclusive). Responses will resume 2026-11-23.

Urgent production issues: studio@marlowandfinch.com

- Owen
""", company="Marlow & Finch", contact="Owen", ret="2026-11-23", headers=AUTOREPLY, reply=True,
  notes="ISO dates; freelance-client thread")

# ----------------------------------------------------------------------------- other
M("other", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "15 new jobs for \u201ccontent marketing manager\u201d in Portland, Oregon", "2025-02-03 06:12 +0000",
  """Your job alert for content marketing manager in Portland, Oregon

Content Marketing Manager - Fernbrook Outdoor - Portland, OR (Hybrid) - Actively recruiting
Senior Content Strategist - Lattice Bay - Remote - Easy Apply
Manager, Brand Content - Cedar & Vine - Beaverton, OR - 3 connections work here

See all jobs: https://www.linkedin.com/jobs/search/?alert=88142

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/e/unsub
""", diff="easy", headers=LIST("https://www.linkedin.com/e/unsub"), fmt="alt", notes="job alert digest")

M("other", "Indeed <alert@indeed.com>",
  "Communications Manager jobs near Seattle, WA - 9 new", "2025-05-19 05:40 -0700",
  """9 new jobs match your search

Communications Manager - King County Library System - Seattle, WA - $92,000 - $118,000 a year
Communications Manager - Evergreen Children's Theatre - Seattle, WA - Responsive employer
Internal Communications Manager - Brightwell Systems - Bellevue, WA - Urgently hiring

Apply easily with your Indeed Resume. Employers are reviewing applications and scheduling interviews now.

Manage alerts | Unsubscribe
""", diff="hard", notes="alert mentions 'scheduling interviews'", headers=LIST("https://www.indeed.com/unsubscribe"))

M("other", "Glassdoor <noreply@glassdoor.com>",
  "Dana, see what Morrow Street Creative employees say about interviews", "2025-06-20 09:30 -0400",
  """Interview insights for companies you follow

Morrow Street Creative - Senior Copywriter interview: "Three rounds. Final was a presentation to the ECD. Got an offer two weeks later." Difficulty 3.4/5

Halvorsen Foods - 62% positive interview experience

Rejected after the final round? Read our guide to asking for feedback.

Glassdoor, Inc. | Unsubscribe
""", diff="hard", notes="interview reviews and 'rejected' in a platform digest naming employers",
  headers=LIST("https://www.glassdoor.com/unsub"), fmt="alt")

M("other", "Built In <newsletter@builtin.com>",
  "Top marketing jobs at Chicago startups this week", "2025-08-05 08:00 -0500",
  "",
  html="""<html><body><h1>Built In Chicago</h1>
<p>Hi Dana, here are this week's top marketing roles at tech companies hiring now.</p>
<ul><li>Growth Marketing Manager - Tessellate</li><li>Content Lead - Marrow Health</li><li>Brand Designer - Lumina Pay</li></ul>
<p>Plus: 7 questions to ask in your next interview.</p>
<p><a href="https://builtin.com/unsubscribe">Unsubscribe</a></p></body></html>
""", diff="easy", fmt="html", headers=LIST("https://builtin.com/unsubscribe"), notes="job newsletter")

M("other", "Idealist <alerts@idealist.org>",
  "New nonprofit jobs matching \"communications\"", "2025-10-08 07:05 -0400",
  """New listings for your saved search "communications" (Remote or Boston, MA):

- Communications Associate, Harborside Food Bank
- Digital Storytelling Manager, Kinfolk Refugee Alliance
- Marketing & Communications Director, North Shore Land Trust

View all on Idealist. Update your alert preferences anytime.
""", diff="easy", headers=LIST("https://www.idealist.org/en/alerts/unsubscribe"))

M("other", "The Funnel Report <hello@thefunnelreport.com>",
  "Issue #212: When the client says no", "2025-11-18 06:30 -0500",
  """THE FUNNEL REPORT - Issue #212

This week: rejection is part of the job. Last month our agency pitched seven clients and lost five. Here's what we learned from each "we've decided to go with another agency" email, and the three questions we now ask before every pitch.

Also: the subject line test that lifted open rates 14%, and why your welcome series should be shorter.

You're receiving this because you subscribed at thefunnelreport.com. Unsubscribe anytime.
""", diff="hard", notes="marketing newsletter about agency pitch rejections",
  headers=LIST("https://thefunnelreport.com/unsub"), fmt="alt")

M("other", "Freelance Friday <letters@freelancefriday.co>",
  "How I handle a \u201cnot moving forward\u201d from a client", "2026-01-09 09:00 -0800",
  """Hi friend,

A long-time client emailed last week: "We won't be moving forward with the Q1 retainer." Here is exactly what I replied, and why I now keep a 3-month cash buffer.

Plus: rate-setting worksheet for 2026, and an offer for readers - 30% off the Pricing Workshop until Sunday.

- Mara

Unsubscribe | Manage preferences
""", diff="hard", notes="freelance newsletter quoting rejection wording; '30% off' offer",
  headers=LIST("https://freelancefriday.co/unsubscribe"))

M("other", "Sidebar Design Digest <digest@sidebar.design>",
  "5 links: variable fonts, brand systems, and a good rant", "2026-02-14 10:00 +0000",
  """Today's five design links:
1. The case for fewer brand colors
2. Variable fonts in email - do they work yet?
3. A teardown of three nonprofit rebrands
4. Figma tokens for content designers
5. A rant about stock photography

Unsubscribe
""", diff="easy", headers=LIST("https://sidebar.design/unsubscribe"))

M("other", "Jolene Park <jolene.park@harbourvet.com>",
  "blog drafts - legal feedback", "2025-07-21 14:05 -0700",
  """Hi Dana,

Legal rejected the second draft of the dental-care post (they don't want "painless" anywhere near a claim), but they approved the puppy-training one as is. Could you send a revised version of the dental one by Thursday? Same invoice terms as before.

Thanks so much,
Jolene
Marketing Lead, Harbour Veterinary Group
""", contact="Jolene", diff="hard", notes="freelance client: draft 'rejected' by legal")

M("other", "Wave <no-reply@waveapps.com>",
  "Payment received for Invoice #1047", "2025-08-29 11:20 -0400",
  """Good news! Harbour Veterinary Group paid Invoice #1047.

Amount: $1,650.00 USD
Paid on: August 29, 2025
Payout expected: September 2, 2025

View invoice in Wave.
""", diff="easy", headers=NOREPLY, notes="invoice payment receipt")

M("other", "Stripe <notifications@stripe.com>",
  "Payment declined: invoice from Dana Whitaker Content", "2026-03-18 03:14 +0000",
  """A payment for invoice in_1PjQ from Dana Whitaker Content was declined.

Customer: Owlet Dental Studios
Amount: $900.00
Reason: The customer's card was declined (insufficient funds).

Stripe will retry automatically in 3 days. No action is needed unless you want to contact the customer.
""", diff="hard", notes="'declined' in a payment notice", headers=NOREPLY)

M("other", "Etsy <transaction@etsy.com>",
  "You made a sale on Etsy! Ship by Apr 22", "2026-04-17 19:48 -0400",
  """Congratulations, you made a sale!

Shop: WhitakerPaperGoods
Order #3194452208
Item: Letterpress thank-you cards, set of 8 - qty 2
Order total: $38.00

Ship by Apr 22.
""", diff="easy", headers=NOREPLY, fmt="alt")

M("other", "Shopify <mailer@shopify.com>",
  "Special offer: your first 3 months for $1/month", "2025-01-30 12:00 -0500",
  """Hi Dana,

Your Shopify trial for whitaker-paper-goods ends soon. Pick a plan today and get your first 3 months for $1/month.

This offer expires February 3.

Choose a plan

Shopify Inc., 151 O'Connor Street, Ottawa, ON
""", diff="hard", notes="marketing 'offer'", headers=LIST("https://www.shopify.com/email/unsubscribe"),
  fmt="alt")

M("other", "Etsy <support@etsy.com>",
  "Your listing was deactivated", "2025-09-25 16:02 -0400",
  """Hi Dana,

We reviewed your listing "Hand-lettered recipe cards - custom" and found that it doesn't meet our policy on trademarked phrases. It has been deactivated. This decision was made after careful review.

You can appeal within 14 days from the Shop Manager.

Etsy Trust & Safety
""", diff="hard", notes="marketplace listing removal; 'decision after careful review'", headers=NOREPLY)

M("other", "Nadia Kowalczyk <nadia.kowalczyk@gmail.com>",
  "book club - november pick + my news", "2025-10-27 20:15 -0500",
  """Hi all!

We voted and November's book is The Interview by Maren Holt. Meeting at my place on the 16th at 7; bring snacks, I've got wine.

Also personal news: I had my final interview at the museum last week and... I got rejected. Onward. I'll need a drink more than a discussion, honestly.

Nadia
""", contact="Nadia", diff="hard", notes="book club mail; friend's own interview and rejection",
  to="Dana Whitaker <dana.whitaker.jobs@icloud.com>, bookclub-list@googlegroups.com")

M("other", "Sycamore Ridge HOA <board@sycamoreridgehoa.org>",
  "Architectural Review: Application #2025-041 (Fence) - Not Approved", "2025-06-06 17:30 -0700",
  """Dear Homeowner,

The Architectural Review Committee has reviewed your application to install a 6-foot cedar fence at 18 Sycamore Ridge Lane. Unfortunately, the application was not approved, as fences over 5 feet are not permitted along the street-facing side.

You may submit a revised application at any time.

Sycamore Ridge Homeowners Association Board
""", diff="hard", notes="HOA application 'not approved'")

M("other", "Brightsmile Dental <reminders@brightsmiledental.com>",
  "Reminder: appointment Tuesday at 2:00 PM", "2026-05-08 10:00 -0700",
  """Hi Dana,

This is a reminder of your appointment with Dr. Kapoor on Tuesday, May 12 at 2:00 PM for a cleaning and exam.

Reply C to confirm or call (555) 019-4410 to reschedule.

Brightsmile Dental
""", diff="hard", notes="dentist appointment with a concrete time", headers=NOREPLY)

M("other", "Alaska Airlines <alaskaair@ifly.alaskaair.com>",
  "Schedule change: your trip to Boston has been updated", "2025-12-01 13:44 -0800",
  """Hi Dana,

The schedule for your upcoming flight has changed.

Confirmation code: KXQWRT
Flight 12 Seattle (SEA) to Boston (BOS) - Thursday, December 18
New departure: 8:05 AM (was 7:20 AM)

No action is needed if the new time works for you.
""", diff="hard", notes="airline reschedule with a concrete time", headers=NOREPLY, fmt="alt")

M("other", "Summit Rewards Visa <offers@summitrewardscard.com>",
  "Dana, you're pre-approved: 0% APR offer", "2026-06-02 09:15 -0400",
  """You've been pre-approved for a Summit Rewards Visa Signature card.

0% intro APR for 15 months | 60,000 bonus points after $4,000 spend

Accept your offer by July 1, 2026.

To opt out of prescreened offers, call 1-888-567-8688.
""", diff="hard", notes="credit card pre-approved 'offer'", headers=LIST("https://summitrewardscard.com/u"))

M("other", "Summit Rewards Visa <alerts@summitrewardscard.com>",
  "Transaction declined on card ending 4421", "2026-07-19 21:02 -0400",
  """We declined a transaction on your card ending in 4421.

Merchant: FIGMA.COM
Amount: $180.00

If this was you, reply YES. If not, reply NO and we'll lock your card.
""", diff="hard", notes="card transaction declined", headers=NOREPLY)

M("other", "Growth Loops Podcast <hi@growthloops.fm>",
  "New episode: our interview with Verdant Home's CMO", "2025-11-05 07:00 -0500",
  """New episode out now!

In episode 88 we interview Paula Ibarra, CMO of Verdant Home, about building a lifecycle team from scratch, why they rejected their first agency, and the offer that doubled their email revenue.

Listen on Spotify, Apple Podcasts or wherever you get your shows.

Unsubscribe
""", diff="hard", notes="podcast 'interview' naming a company the seeker applied to",
  headers=LIST("https://growthloops.fm/unsubscribe"))

M("other", "Kelsey Abrams <kelseyabrams88@gmail.com>",
  "ugh + drinks?", "2026-03-24 21:40 -0400",
  """Dana!!

So I had that second interview at the hospital system today and I'm 90% sure I bombed it. They asked me to walk through a crisis comms plan on the spot. Anyway, I'll hear back next week.

How's your search going? Drinks Friday? I want to hear about the Tidepool thing.

K
""", contact="Kelsey", diff="hard", notes="friend's personal mail about her own interview; names an employer")

M("other", "Rahul Menon <rahul.menon@apextalentsolutions.com>",
  "Immediate need: Marketing Coordinator (W2 contract) - Remote", "2025-04-22 10:05 -0400",
  """Hi,

Hope you are doing well. I came across your profile and have an immediate requirement with my client.

Role: Marketing Coordinator
Location: Remote (EST hours)
Duration: 6 months+
Rate: $28/hr on W2

Client is interviewing this week, please share your updated resume and best time for a quick call.

Thanks & Regards,
Rahul Menon
Apex Talent Solutions
To unsubscribe reply REMOVE
""", contact="Rahul", role="Marketing Coordinator", diff="hard",
  notes="recruiter mass mailing mentioning interviews and a quick call")

M("other", "LinkedIn <notifications-noreply@linkedin.com>",
  "Dana, your application was viewed by Goldfinch Skincare", "2026-08-28 14:10 +0000",
  """Your application was viewed

Goldfinch Skincare viewed your application for Brand Content Manager.

Also: you appeared in 23 searches this week.

View job  |  Unsubscribe
""", diff="hard", notes="platform notification about an application; not from the employer",
  headers=LIST("https://www.linkedin.com/e/unsub"), fmt="alt")

M("other", "Content Marketing Summit <speakers@cmsummit.org>",
  "CMS 2026: update on your session proposal", "2026-05-27 15:00 -0400",
  """Dear Dana Whitaker,

Thank you for submitting "Writing for Nobody: Content Strategy in Regulated Industries" to the Content Marketing Summit 2026 call for speakers.

We received over 600 proposals this year. Unfortunately, your session was not selected for the program. Reviewer comments are available in the speaker portal.

As a thank-you, we're offering all submitters 25% off a full conference pass with code CFP25.

The CMS Program Committee
""", diff="hard", notes="conference talk proposal not selected; 'offering' discount")

M("other", "Tomás Ferreira <tomas.ferreira@outlook.com>",
  "Fwd: Senior Content Manager @ Fathom & Field", "2026-10-14 08:30 -0700",
  """Saw this and immediately thought of you - they're hiring a Senior Content Manager and the hiring manager is a friend from my old agency. Want me to put in a word? Happy to do a mock interview with you too.

T

---------- Forwarded message ---------
From: Fathom & Field <jobs@fathomandfield.com>
Date: Tue, Oct 13, 2026
Subject: Senior Content Manager @ Fathom & Field

We're hiring a Senior Content Manager to lead our editorial team. Hybrid (Portland). Apply by Nov 1. Interviews begin mid-November.
""", contact="Tomás", diff="hard", notes="friend forwards a posting; mentions mock interview")


def main() -> None:
    import random

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(MESSAGES)))
    random.Random(14).shuffle(order)
    rows = []
    for k, idx in enumerate(order, start=1):
        msg, row = MESSAGES[idx]
        assert not row["interview_at"] or row["label"] == "interview", row
        assert not row["return_date"] or row["label"] == "auto_reply", row
        if row["interview_at"]:
            datetime.fromisoformat(row["interview_at"])
        row = dict(row, file=f"{k:03d}.eml")
        (OUT / row["file"]).write_bytes(msg.as_bytes(policy=policy.SMTP))
        rows.append(row)
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
