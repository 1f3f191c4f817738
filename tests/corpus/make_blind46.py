"""Generate the blind46 evaluation corpus (stdlib only).

Job seeker: Daniel Okonkwo-Reyes <dokonkwo.reyes@gmail.com>, product manager in Chicago.
All people, companies and domains are fictional.
Run: python tests/corpus/make_blind46.py
"""

from __future__ import annotations

import csv
import datetime as dt
import email.policy
import hashlib
import html as htmlmod
import random
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind46"
ME = Address("Daniel Okonkwo-Reyes", addr_spec="dokonkwo.reyes@gmail.com")
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]
ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []


def D(iso: str) -> str:
    """'2026-03-10' -> 'Tuesday, March 10' (weekday always consistent)."""
    d = dt.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"


def parse_date(s: str) -> dt.datetime:
    # "2026-03-10 09:14 -0500"
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def to_html(body: str) -> str:
    paras = [p for p in body.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;"
            "font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n")


def addr(spec: str) -> Address:
    # "Name <a@b>" or "a@b"
    if "<" in spec:
        name, rest = spec.split("<", 1)
        return Address(name.strip().strip('"'), addr_spec=rest.rstrip(">").strip())
    return Address(addr_spec=spec.strip())


def M(label: str, company: str, contact: str, role: str, *, frm: str, subj: str, date: str,
      body: str, ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "",
      iat: str = "", fmt: str = "plain", html: str | None = None, cte: str | None = None,
      hdrs: dict[str, str] | None = None, reply: bool = False, pdf: str | None = None,
      ics: str | None = None, to: Address | None = None) -> None:
    n = len(MSGS) + 1
    m = EmailMessage()
    m["From"] = addr(frm)
    m["To"] = to or ME
    m["Subject"] = subj
    m["Date"] = format_datetime(parse_date(date))
    dom = addr(frm).domain or "mail.example.net"
    h = hashlib.sha1(f"blind46-{n}-{subj}".encode()).hexdigest()
    m["Message-ID"] = f"<{h[:20]}.{h[20:30]}@{dom}>"
    if reply:
        ref = f"<{h[5:25]}@mail.gmail.com>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    for k, v in (hdrs or {}).items():
        m[k] = v
    kw = {"cte": cte} if cte else {}
    if fmt == "plain":
        m.set_content(body, **kw)
    elif fmt == "html":
        m.set_content(html or to_html(body), subtype="html", **kw)
    elif fmt == "alt":
        m.set_content(body, **kw)
        m.add_alternative(html or to_html(body), subtype="html", **kw)
    else:
        raise ValueError(fmt)
    if ics:
        if fmt == "plain":
            m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        else:
            m.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                             filename="invite.ics", params={"method": "REQUEST"})
    if pdf:
        fake = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        m.add_attachment(fake, maintype="application", subtype="pdf", filename=pdf)
    MSGS.append(m)
    ROWS.append({"file": f"{n:03d}.eml", "label": label, "company": company,
                 "contact_first_name": contact, "role": role, "return_date": ret, "lang": lang,
                 "difficulty": diff, "notes": notes, "interview_at": iat})


def ICS(uid: str, start: str, end: str, summary: str, org: str, tzid: str = "") -> str:
    tz = f";TZID={tzid}" if tzid else ""
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Fictional Scheduler//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nDTSTART{tz}:{start}\r\n"
            f"DTEND{tz}:{end}\r\nSUMMARY:{summary}\r\nORGANIZER:mailto:{org}\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:dokonkwo.reyes@gmail.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


NOREPLY = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://email.example-mailer.net/unsub?u=dor46>"}
OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

# ---------------------------------------------------------------- messages
# ============ REJECTIONS (26) ============
M("rejection", "Brightmarrow Payments", "", "Senior Product Manager, Merchant Risk",
  frm="Brightmarrow Payments <no-reply@us.greenhouse-mail.io>",
  subj="Your application to Brightmarrow Payments", date="2025-02-11 16:42 -0600",
  hdrs=NOREPLY, body="""Hi Daniel,

Thank you for your interest in the Senior Product Manager, Merchant Risk role at Brightmarrow Payments. We received a large number of strong applications, and after careful review we have decided not to move your candidacy forward at this time.

We encourage you to keep an eye on our careers page for future openings.

Regards,
The Brightmarrow Talent Team""")

M("rejection", "Lakeshore Mutual Insurance Co.", "Renata", "Product Manager, Claims Experience",
  frm="Renata Vasquez-Holm <rvasquezholm@lakeshoremutual.com>",
  subj="RE: Product Manager, Claims Experience - next steps", date="2025-04-15 11:05 -0500",
  diff="hard", reply=True, notes="rejection after final round; quotes earlier onsite invite",
  body="""Daniel,

I wanted to reach out personally rather than send a form note. The panel really enjoyed your session on the FNOL redesign, and it was a genuinely close call. In the end the team went a different direction and chose someone who has run a claims core-system migration before.

I'd be glad to stay in touch, and if something opens on the policy-admin side I'll ping you first.

Renata Vasquez-Holm
Director of Product | Lakeshore Mutual Insurance Co.

-----Original Message-----
From: Renata Vasquez-Holm
Sent: Tuesday, April 1, 2025 9:12 AM
To: Daniel Okonkwo-Reyes
Subject: Product Manager, Claims Experience - next steps

Hi Daniel, we'd love to bring you onsite for the final round on April 8 at our Wacker Drive office. Please plan for four interviews starting at 9:30 AM.""")

M("rejection", "Cartwheel Health Technologies", "", "Product Manager, Patient Intake",
  frm="Cartwheel Health <cartwheelhealth@myworkday-mail.com>",
  subj="Update on your application - R-20417", date="2025-06-10 07:31 -0400", hdrs=NOREPLY,
  fmt="html", cte="base64", diff="hard", notes="Workday HTML base64; decision only in second paragraph",
  body="""Dear Daniel Okonkwo-Reyes,

Thank you for applying for R-20417 Product Manager, Patient Intake at Cartwheel Health Technologies.

We have reviewed your background and qualifications, and we will not be progressing your application for this position.

Your candidate profile remains active, and you can apply to other roles at any time from your candidate home.

Cartwheel Health Technologies Talent Acquisition
This mailbox is not monitored.""")

M("rejection", "Ferrolane Freight Systems", "Owen", "Senior Product Manager, Carrier Platform",
  frm="Owen Tatsumi <owen.t@ferrolane.io>", subj="Carrier Platform PM", date="2025-09-08 18:20 -0500",
  diff="hard", notes="very short; no rejection keywords",
  body="""Hey Daniel - quick one. This one didn't work out on our side; we're going with an internal candidate who already owns the carrier APIs. Thanks for all the time you put in over the last three weeks.

- Owen
Owen Tatsumi | VP Product | Ferrolane Freight Systems""")

M("rejection", "Basketloom Commerce", "", "Product Manager, Checkout",
  frm="Basketloom Careers <notifications@jobs.lever-mail.co>", subj="Basketloom Commerce | Product Manager, Checkout",
  date="2025-10-21 13:02 -0400", fmt="alt",
  body="""Hi Daniel,

Thanks so much for your interest in the Product Manager, Checkout position at Basketloom Commerce and for the time you spent with our team.

After much consideration, we've decided to pursue other applicants whose experience more closely matches what we need for this role right now.

We wish you the best in your search.

Basketloom Commerce Recruiting""")

M("rejection", "Quillstone Lending", "Priya", "Group Product Manager",
  frm="Priya Ramanathan <priya@quillstonelending.com>", subj="Group PM role",
  date="2026-01-13 10:48 -0600", diff="hard",
  notes="rejection plus referral offer; mentions interviews in passing",
  body="""Hi Daniel,

Thank you for the conversations with Marcus and the credit team last week. I know you put real thought into the underwriting case study.

We've concluded that the Group PM role needs someone with deeper consumer-lending compliance experience, so we won't be moving ahead with your candidacy. That said, I think you'd be a strong fit for what my friend at a payments company is building. Would you be open to an intro?

Warmly,
Priya Ramanathan
VP Product, Quillstone Lending""")

M("rejection", "Harrowgate Assurance", "", "Product Manager - Underwriting Tools",
  frm="Harrowgate Assurance Recruiting <harrowgate@taleo-mail.net>",
  subj="Harrowgate Assurance - Application Status", date="2026-02-17 08:15 -0500", hdrs=NOREPLY,
  cte="quoted-printable",
  body="""Dear Daniel,

Thank you for your interest in the Product Manager - Underwriting Tools position (Req #11802) with Harrowgate Assurance.

We regret to inform you that the position has been filled. We appreciate the time you took to apply and will retain your information should a suitable opportunity arise in the future.

Sincerely,
Talent Acquisition
Harrowgate Assurance""")

M("rejection", "Tessellate Care", "Jonah", "Senior PM, Care Coordination",
  frm="Jonah Feld <jonah.feld@tessellatecare.com>", subj="Re: Thanks for today",
  date="2026-03-23 17:55 -0500", reply=True, diff="hard",
  notes="warm thank-you reply; rejection is indirect ('not the right match')",
  body="""Daniel,

Thanks for the kind note, and it was great chatting about your work on pharmacy prior-auth flows. I talked with the team this afternoon, and while we were impressed, we don't think this is the right match at this time given where the care coordination roadmap is heading.

Let's keep in touch - I mean that.

Jonah Feld
VP Product, Tessellate Care

On Mon, Mar 23, 2026 at 2:10 PM Daniel Okonkwo-Reyes <dokonkwo.reyes@gmail.com> wrote:
> Hi Jonah, thanks again for the time today. I enjoyed the interview and the
> discussion about care team handoffs. Looking forward to next steps!""")

M("rejection", "Palisade Route Labs", "", "Product Manager, Routing",
  frm="Palisade Route Labs <no-reply@ashbyhq-mail.com>", subj="Following up on your application",
  date="2026-05-05 12:00 -0700", hdrs=NOREPLY, fmt="html",
  body="""Hi Daniel,

Thank you for applying to the Product Manager, Routing role at Palisade Route Labs. We've now filled this position and are closing out the remaining applications.

We really appreciate your interest and hope you'll consider us again.

- Palisade Route Labs Hiring Team""")

M("rejection", "Emberly Marketplace", "Simone", "Senior Product Manager, Seller Tools",
  frm="Simone Aberdeen <s.aberdeen@emberly.shop>", subj="Emberly - Seller Tools PM",
  date="2026-06-16 09:30 -0400", diff="hard",
  notes="mentions offer extended to another finalist",
  body="""Hi Daniel,

I wanted to let you know that we extended an offer to another finalist for the Seller Tools role yesterday and she has accepted. You were one of two people we seriously debated, and the team asked me to pass along how much they appreciated your prep for the marketplace fees exercise.

I'll keep your details and reach out if we open the Buyer Experience req later this year.

Best,
Simone Aberdeen
Senior Technical Recruiter
Emberly Marketplace""")

M("rejection", "Northmere Bank Technologies", "", "Product Manager, Digital Onboarding",
  frm="Northmere Bank Technologies <careers@smartrecruiters-notify.com>",
  subj="Your application for Product Manager, Digital Onboarding", date="2026-08-11 15:22 -0500",
  hdrs=NOREPLY, fmt="alt", cte="quoted-printable",
  body="""Dear Daniel,

Thank you for taking the time to apply for the Product Manager, Digital Onboarding opening at Northmere Bank Technologies.

After reviewing your application, we've decided to move forward with other candidates. This was not an easy decision given the quality of applicants.

We will keep your resume on file for future openings that match your profile.

Kind regards,
Northmere Bank Technologies Recruitment""")

M("rejection", "Kestrelbrook Health", "Aaron", "Principal Product Manager",
  frm="Aaron Whitlock <aaron.whitlock@kestrelbrook.org>", subj="Principal PM - decision",
  date="2026-10-06 16:03 -0500",
  body="""Daniel,

Thank you for interviewing with us for the Principal Product Manager role. Unfortunately we have decided not to move forward with you. We appreciate your interest in Kestrelbrook Health and wish you the very best.

Aaron Whitlock
Chief Product Officer""")

M("rejection", "Zinnober Zahlungen GmbH", "Katrin", "Senior Product Manager Payments (m/w/d)",
  frm="Katrin Obermeier <katrin.obermeier@zinnober-zahlungen.de>",
  subj="Ihre Bewerbung als Senior Product Manager Payments (m/w/d)", date="2026-04-14 10:12 +0200",
  lang="de", cte="quoted-printable",
  body="""Sehr geehrter Herr Okonkwo-Reyes,

vielen Dank für Ihr Interesse an der Position Senior Product Manager Payments (m/w/d) und die Zeit, die Sie in die Gespräche mit uns investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Obermeier
People & Culture
Zinnober Zahlungen GmbH, Berlin""")

M("rejection", "Nacelle Paiements", "Élodie", "Product Manager Paiements B2B",
  frm="Élodie Marchetti <elodie.marchetti@nacelle-paiements.fr>",
  subj="Votre candidature – Product Manager Paiements B2B", date="2025-11-18 14:40 +0100",
  lang="fr", fmt="alt", cte="base64", diff="hard", notes="French; RFC 2047 display name; base64",
  body="""Bonjour Daniel,

Merci pour nos échanges des dernières semaines et pour la qualité de votre étude de cas.

Après réflexion, nous ne donnerons malheureusement pas suite à votre candidature pour le poste de Product Manager Paiements B2B : nous avons retenu un profil disposant d'une expérience plus directe du marché français.

Nous garderons volontiers vos coordonnées pour de futures opportunités.

Bien cordialement,
Élodie Marchetti
Talent Acquisition – Nacelle Paiements""")

M("rejection", "Corvid Ledger", "", "Product Manager, Reconciliation",
  frm="Corvid Ledger Talent <jobs@corvidledger.com>", subj="Regarding your Corvid Ledger application",
  date="2025-03-04 19:10 +0000", diff="hard", notes="says 'not selected' only after praise; 'interview' mentioned as future policy",
  body="""Hi Daniel,

We appreciated learning about your background in payments operations. Our hiring team has reviewed every application for Product Manager, Reconciliation, and you were not selected to continue to the interview stage.

Because we hire year-round, you're welcome to reapply after 6 months.

Corvid Ledger Talent""")

M("rejection", "Saltgrass Logistics", "Marcy", "Senior Product Manager, Warehouse Systems",
  frm="Marcy Lindqvist <marcy@ridgewaytalent.com>", subj="Saltgrass update",
  date="2025-07-22 12:47 -0500", diff="hard",
  notes="agency recruiter relays client's decision; employer is the client",
  body="""Hi Daniel,

Heard back from Saltgrass Logistics this morning. They've decided to close out the Senior Product Manager, Warehouse Systems search with a candidate who came through a referral, so they won't be progressing with us on this one.

I know that's disappointing after the onsite. Their VP said your WMS roadmap walk-through was one of the best they saw. I have two other logistics-tech clients I want to talk to you about - free Thursday?

Marcy Lindqvist
Senior Partner, Ridgeway Talent Partners
(312) 555-0148""")

M("rejection", "Wrenfield Pharmacy Tech", "", "Product Manager II",
  frm="Wrenfield Pharmacy Tech <wrenfield@jobvite-notifications.com>", subj="Product Manager II at Wrenfield",
  date="2025-05-27 09:00 -0400", hdrs=NOREPLY, fmt="html",
  body="""Dear Daniel,

Thank you for your application for Product Manager II at Wrenfield Pharmacy Tech. While your qualifications are impressive, we have chosen to proceed with candidates whose backgrounds more closely align with the requirements of the role.

We wish you success in your job search.

Wrenfield Pharmacy Tech Recruiting""")

M("rejection", "Thamesward Insurtech", "Harriet", "Senior Product Manager, Pricing",
  frm="Harriet Coldwell <harriet.coldwell@thamesward.co.uk>", subj="Senior PM Pricing - feedback",
  date="2026-02-03 17:26 +0000", diff="hard", notes="British phrasing: 'not be taking your application further'",
  body="""Dear Daniel,

Thank you for speaking with Oliver and me last Thursday. We have now met all shortlisted candidates and I'm afraid we will not be taking your application further on this occasion. The panel felt your experience was strong but weighted more towards US carriers than the Lloyd's market.

Happy to share more detailed feedback over a short call if that's useful.

Kind regards,

Harriet Coldwell
Head of Talent
Thamesward Insurtech Ltd
London EC3""")

M("rejection", "Pellucid Claims", "", "Product Manager, Fraud Detection",
  frm="Pellucid Claims <noreply@rippling-ats.com>", subj="Update from Pellucid Claims",
  date="2026-07-09 14:14 -0500", hdrs=NOREPLY, diff="hard",
  notes="neutral subject; 'won't be scheduling an interview'",
  body="""Hi Daniel,

Thanks for applying to Pellucid Claims. We've reviewed your application for Product Manager, Fraud Detection and have decided to move ahead with other candidates, so we won't be scheduling an interview.

We appreciate your interest.

The Pellucid Claims team""")

M("rejection", "Marigold Cart", "Tomás", "Product Lead, Loyalty",
  frm="Tomás Ibarra <tomas@marigoldcart.com>", subj="Product Lead, Loyalty",
  date="2026-09-15 08:52 -0500", fmt="alt",
  body="""Hi Daniel,

Thank you for meeting with our team. After careful consideration, we've decided not to move forward with your application for the Product Lead, Loyalty role. We were impressed with your background and appreciate the time you invested.

All the best,
Tomás Ibarra
Head of Product, Marigold Cart""")

M("rejection", "Orrery Benefits", "", "Senior Product Manager, Employer Portal",
  frm="Orrery Benefits via Dover <notifications@dover-mail.com>", subj="Re: Senior Product Manager, Employer Portal",
  date="2025-12-09 11:33 -0600", reply=True, diff="hard",
  notes="ATS reply on thread; quoted part is earlier application acknowledgement",
  body="""Hi Daniel,

Thanks again for your patience. The hiring team at Orrery Benefits has decided to go with candidates whose experience is a closer match for this role, so we'll be closing your application.

Best of luck in your search!

---
On Nov 20, 2025, Orrery Benefits via Dover wrote:
> Thanks for applying to Senior Product Manager, Employer Portal! Our team is
> reviewing your application and will reach out if there's a fit.""")

M("rejection", "Velloway Capital", "Beatrice", "Product Manager, Wealth",
  frm="Calder & Finch Search <beatrice@calderfinch.com>", subj="Velloway - closing the loop",
  date="2026-03-31 19:45 -0400", diff="hard", notes="executive recruiter writing about client; short",
  body="""Daniel - closing the loop on Velloway Capital. They've chosen to proceed with another finalist for the Product Manager, Wealth role. Sorry it wasn't better news. I'll keep you close for the next search.

Beatrice Calder
Calder & Finch Search""")

M("rejection", "Plumtree Clinic Software", "", "Product Manager, Scheduling",
  frm="Plumtree Clinic Software <careers@plumtree-clinic.bamboohr.com>",
  subj="Thank you for your interest in Plumtree Clinic Software", date="2025-08-19 10:05 -0600",
  hdrs=NOREPLY,
  body="""Hello Daniel,

Thank you for your interest in the Product Manager, Scheduling position. We have carefully reviewed your application and, unfortunately, it is not a match for our current needs.

Best wishes,
Plumtree Clinic Software""")

M("rejection", "Pagoluz Tecnología", "Marta", "Product Manager Senior (Remoto)",
  frm="Marta Quintana <marta.quintana@pagoluz.es>", subj="Proceso de selección Product Manager Senior",
  date="2026-05-19 13:20 +0200", lang="es",
  body="""Hola Daniel:

Gracias por tu tiempo en las entrevistas con el equipo de producto de Pagoluz.

Lamentablemente, hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta mejor a lo que buscamos para el puesto de Product Manager Senior (Remoto).

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Marta Quintana
Talent Acquisition, Pagoluz Tecnología S.L.""")

M("rejection", "Cobaltline Mobility", "Dev", "Senior Product Manager, Fleet",
  frm="Dev Narang <dnarang@cobaltline.com>", subj="Fleet PM",
  date="2026-11-03 20:11 -0600", fmt="html", diff="hard",
  notes="HTML only; 'decided to hire' someone else; mentions great interview",
  body="""Daniel,

Great interview on Friday - honestly. We decided to hire someone with heavier telematics hardware exposure for the Senior Product Manager, Fleet opening. I'd still love to grab coffee next time I'm in Chicago.

Dev
Cobaltline Mobility""")

M("rejection", "Stonefinch Risk", "", "Product Manager",
  frm="Stonefinch Risk <hiring@stonefinchrisk.teamtailor-mail.com>", subj="Your application – Product Manager",
  date="2025-01-28 06:58 +0000", hdrs=NOREPLY,
  body="""Hi Daniel,

Thank you for applying for the Product Manager role at Stonefinch Risk. Unfortunately we will not proceed with your application at this time.

Thank you for your interest and good luck!

Stonefinch Risk""")
# ============ ON HOLD (10) ============
M("on_hold", "Aurelian Checkout", "Nina", "Senior Product Manager, Payments Orchestration",
  frm="Nina Castellanos <nina@aurelian-checkout.com>", subj="Pausing the Payments Orchestration search",
  date="2025-03-18 15:40 -0500",
  body="""Hi Daniel,

I owe you an update. Leadership has asked us to pause the Senior Product Manager, Payments Orchestration search while we finalize FY26 planning, so we aren't able to schedule your final round for now.

This has nothing to do with your candidacy - the team was excited about you. I'll reach out as soon as the req is reopened.

Nina Castellanos
Recruiting Lead, Aurelian Checkout""")

M("on_hold", "Maplewick Insurance Group", "", "Product Manager, Agency Portal",
  frm="Maplewick Insurance Group <maplewick@myworkday-mail.com>", subj="Job Requisition Cancelled: Product Manager, Agency Portal",
  date="2025-08-05 09:11 -0500", hdrs=NOREPLY, diff="hard",
  notes="requisition cancelled; ATS template reads like rejection",
  body="""Dear Daniel,

Thank you for your interest in the Product Manager, Agency Portal position at Maplewick Insurance Group.

Please be advised that this requisition has been cancelled and we are no longer considering candidates for it. As a result, your application will not be moving forward.

We encourage you to explore other opportunities on our careers site.

Maplewick Insurance Group Talent Acquisition""")

M("on_hold", "Driftwell Fulfillment Co.", "Garrett", "Product Manager, Returns",
  frm="Garrett Oyelaran <goyelaran@driftwell.com>", subj="Returns PM role - update",
  date="2025-10-14 10:27 -0500", diff="hard", notes="reorg; mentions offer stage and final round",
  body="""Hi Daniel,

As you know, we were close to the offer stage after your final round. Unfortunately we announced a reorganization of the fulfillment product group this morning, and the Product Manager, Returns role has been eliminated as part of it.

I'm really sorry about the timing. If the new structure creates a comparable role, I'll contact you directly.

Garrett Oyelaran
Director of Product
Driftwell Fulfillment Co.""")

M("on_hold", "Bramblecourt Health", "", "Senior Product Manager, Revenue Cycle",
  frm="Bramblecourt Health Careers <careers@bramblecourt.icims.com>", subj="Position update - Senior Product Manager, Revenue Cycle",
  date="2026-01-20 13:00 -0600", hdrs=NOREPLY, fmt="html",
  body="""Dear Daniel,

We are writing to let you know that Bramblecourt Health has placed a temporary hiring freeze on a number of positions, including Senior Product Manager, Revenue Cycle. Your application will remain on file, and we will contact you if the position is reopened.

Thank you for your patience.

Bramblecourt Health Talent Acquisition""")

M("on_hold", "Hollowpine Parcel", "Ifeoma", "Group Product Manager, Last Mile",
  frm="Ifeoma Clarke <ifeoma@hollowpine.co>", subj="Re: Group PM, Last Mile",
  date="2026-04-28 08:05 -0400", reply=True, diff="hard",
  notes="budget reprioritised; quoted part is interview scheduling",
  body="""Hi Daniel,

Before we lock in the panel, I have to pump the brakes. Our budget for the back half of the year was reprioritized toward the driver app, and the Group Product Manager, Last Mile role is on hold until at least Q4.

I know that's frustrating. You're at the top of our list if it comes back.

Ifeoma Clarke
Head of Talent, Hollowpine Parcel

> On Apr 24, 2026, at 4:12 PM, Ifeoma Clarke <ifeoma@hollowpine.co> wrote:
> Could you do a 90-minute panel next Wednesday or Thursday afternoon? Send me
> a couple of windows and I'll set it up.""")

M("on_hold", "Sundial Claims", "", "Product Manager, Adjuster Tools",
  frm="Sundial Claims <no-reply@greenhouse-mail.io>", subj="An update on the Product Manager, Adjuster Tools role",
  date="2026-06-02 11:45 -0500", hdrs=NOREPLY, diff="hard",
  notes="'no longer open' - not a judgement; ATS tone",
  body="""Hi Daniel,

We wanted to let you know that the Product Manager, Adjuster Tools role at Sundial Claims is no longer open. Due to a change in business priorities, we've decided not to fill this position.

We're grateful for the time you invested and hope to stay connected for future roles.

Sundial Claims Recruiting""")

M("on_hold", "Kettleby Shipping AG", "Lukas", "Senior Product Manager Logistics Platform",
  frm="Lukas Brandstetter <l.brandstetter@kettleby-shipping.de>", subj="Update zur Position Senior Product Manager",
  date="2026-07-21 09:02 +0200", lang="de", cte="quoted-printable",
  body="""Hallo Daniel,

leider muss ich Ihnen mitteilen, dass wir den Besetzungsprozess für die Stelle Senior Product Manager Logistics Platform vorerst auf Eis legen. Aufgrund eines konzernweiten Einstellungsstopps dürfen wir die Stelle derzeit nicht besetzen.

Sobald sich die Lage ändert, melde ich mich gerne wieder bei Ihnen.

Viele Grüße
Lukas Brandstetter
Recruiting, Kettleby Shipping AG
Hamburg""")

M("on_hold", "Orrery Benefits", "Lena", "Product Manager, Broker Experience",
  frm="Lena Marsh <lena.marsh@orrerybenefits.com>", subj="Broker Experience PM",
  date="2026-09-01 16:30 -0500", fmt="alt", diff="hard",
  notes="'not moving forward with the role' - process paused, not candidate",
  body="""Daniel,

Short version: we're not moving forward with the role at all right now. Finance closed the Product Manager, Broker Experience headcount at the end of Q3 while we re-scope the broker roadmap. Nobody else got it - the search is simply paused.

I'll be in touch if it's reopened in the new year.

Lena Marsh | Talent Partner | Orrery Benefits""")

M("on_hold", "Tessellate Care", "", "Product Manager, Member Engagement",
  frm="Tessellate Care Hiring <hiring@tessellatecare.com>", subj="Product Manager, Member Engagement - search on hold",
  date="2025-05-06 12:12 -0400",
  body="""Hello Daniel,

We're reaching out to candidates in process for the Product Manager, Member Engagement position to let you know that we've put this search on hold. We expect to revisit hiring for this team later in the year.

Thank you for your understanding,
Tessellate Care Hiring Team""")

M("on_hold", "Pagoluz Tecnología", "Sergio", "Product Manager Growth",
  frm="Sergio Albarrán <sergio.albarran@pagoluz.es>", subj="Actualización: Product Manager Growth",
  date="2025-12-02 18:05 +0100", lang="es", diff="hard", notes="Spanish; 'congelado' freeze",
  body="""Hola Daniel,

Te escribo para contarte que hemos congelado temporalmente la contratación para la posición de Product Manager Growth. La decisión se debe a una revisión de presupuesto y no tiene nada que ver con tu candidatura.

Te avisaré en cuanto reabramos el proceso.

Saludos,
Sergio Albarrán
Pagoluz Tecnología""")
# ============ INTERVIEWS (22) ============
M("interview", "Quillstone Lending", "", "Group Product Manager",
  frm="Quillstone Lending Scheduling <scheduling@goodtime-mail.io>", subj="Interview Confirmed: Quillstone Lending - Group Product Manager",
  date="2025-02-20 14:03 -0600", hdrs=NOREPLY, fmt="alt", iat="2025-02-26T11:00:00-06:00",
  body=f"""Hi Daniel,

Your interview with Quillstone Lending is confirmed.

Role: Group Product Manager
When: {D('2025-02-26')}, 2025, 11:00 AM - 12:00 PM Central Time
Where: Zoom (link below)
Interviewers: Priya Ramanathan, Marcus Bell

Need to reschedule? Use the link in this email at least 24 hours in advance.

Powered by GoodTime""")

M("interview", "Emberly Marketplace", "Simone", "Senior Product Manager, Seller Tools",
  frm="Simone Aberdeen <s.aberdeen@emberly.shop>", subj="Emberly x Daniel - let's talk Seller Tools",
  date="2026-05-12 10:14 -0400",
  body="""Hi Daniel,

Thanks for applying for our Senior Product Manager, Seller Tools role - your marketplace background stood out. I'd love to set up a 30-minute introductory call to walk through the role and your experience.

Please pick whatever time works best on my Calendly: https://calendly.example.com/simone-emberly/30min

Best,
Simone Aberdeen
Senior Technical Recruiter
Emberly Marketplace""")

M("interview", "Cartwheel Health Technologies", "Gwen", "Senior Product Manager, Provider Network",
  frm="Gwen Adeyemi <gadeyemi@cartwheelhealth.com>", subj="Invitation: Panel interview - Daniel Okonkwo-Reyes @ Thu Mar 12, 2026 10am - 12pm (CDT)",
  date="2026-03-05 09:40 -0600", iat="2026-03-12T10:00:00-05:00",
  ics=ICS("cw-panel-0312@cartwheelhealth.com", "20260312T100000", "20260312T120000",
          "Panel interview - Daniel Okonkwo-Reyes", "gadeyemi@cartwheelhealth.com", "America/Chicago"),
  body="""Daniel,

Sending the calendar hold for your panel interview on March 12 from 10:00 AM to 12:00 PM Central at our office, 600 W Fulton, 5th floor. You'll meet four people from product, engineering and clinical ops.

Gwen Adeyemi
Talent Partner, Cartwheel Health Technologies""")

M("interview", "Harrowgate Assurance", "Colin", "Senior Product Manager, Policy Admin",
  frm="Colin Reyburn <creyburn@harrowgate.com>", subj="Quick chat?",
  date="2026-05-26 11:20 -0500", diff="hard", notes="short 'quick chat' with slot options; no word interview",
  body="""Hi Daniel - I lead the policy admin product team at Harrowgate Assurance and saw your application for the Senior Product Manager, Policy Admin role. Do you have 20 minutes for a quick chat this week? I'm open Wednesday 1-3 or Friday morning Central. Let me know what works.

Colin""")

M("interview", "Ferrolane Freight Systems", "Owen", "Senior Product Manager, Carrier Platform",
  frm="Owen Tatsumi <owen.t@ferrolane.io>", subj="Next conversation",
  date="2025-06-10 16:55 -0500", diff="hard", iat="2025-06-12T14:00:00-05:00",
  notes="relative date 'Thursday at 2'; resolve against Date header",
  body="""Daniel,

Enjoyed our call. Next step is a deeper product-sense conversation with me and our CTO. Does Thursday at 2pm CT work? I've sent a Google Meet invite for that slot - just accept if it works.

Owen Tatsumi
VP Product, Ferrolane Freight Systems""")

M("interview", "Thamesward Insurtech", "Harriet", "Senior Product Manager, Pricing",
  frm="Harriet Coldwell <harriet.coldwell@thamesward.co.uk>", subj="Interview - Senior Product Manager, Pricing",
  date="2026-01-27 12:31 +0000", iat="2026-01-29T15:00:00+00:00", fmt="alt",
  body=f"""Dear Daniel,

Thank you for your application. We would like to invite you to a video interview with Oliver Pryce (CPO) and me on {D('2026-01-29')} at 15:00 London time (9:00 AM in Chicago). It will last around 45 minutes and a Teams link will follow.

Kind regards,

Harriet Coldwell
Head of Talent
Thamesward Insurtech Ltd""")

M("interview", "Zinnober Zahlungen GmbH", "Katrin", "Senior Product Manager Payments (m/w/d)",
  frm="Katrin Obermeier <katrin.obermeier@zinnober-zahlungen.de>", subj="Einladung zum Gespräch – Senior Product Manager Payments (m/w/d)",
  date="2026-03-16 08:47 +0100", lang="de", iat="2026-03-24T14:00:00+01:00", cte="quoted-printable",
  body="""Sehr geehrter Herr Okonkwo-Reyes,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern kennenlernen und laden Sie zu einem Videogespräch am Dienstag, 24. März 2026, um 14:00 Uhr (MEZ, Berliner Zeit) ein. Gesprächspartner sind unser Head of Product und ich.

Den Link zu Google Meet erhalten Sie separat.

Mit freundlichen Grüßen
Katrin Obermeier
People & Culture
Zinnober Zahlungen GmbH""")

M("interview", "Pagoluz Tecnología", "Marta", "Product Manager Senior (Remoto)",
  frm="Marta Quintana <marta.quintana@pagoluz.es>", subj="Entrevista – Product Manager Senior",
  date="2026-04-09 11:02 +0200", lang="es", iat="2026-04-16T17:00:00+02:00",
  body="""Hola Daniel:

Gracias por tu candidatura. Nos gustaría invitarte a una entrevista por videollamada con nuestro Head of Product el jueves 16 de abril a las 17:00 (hora de Madrid).

Te enviaremos el enlace de Google Meet el día anterior.

Un saludo,
Marta Quintana
Talent Acquisition, Pagoluz Tecnología""")

M("interview", "Tillerwave Logistics", "Rashida", "Senior Product Manager, Shipper Experience",
  frm="Rashida Okafor-Lane <rashida@tillerwave.com>", subj="Take-home exercise + review session",
  date="2026-07-27 09:05 -0500", pdf="Tillerwave_PM_Exercise.pdf", diff="hard",
  notes="take-home plus later review session with slot choice; PDF attached",
  body="""Hi Daniel,

Great news - the team would like to move you forward. Attached is a short product exercise (a shipper onboarding problem). Please spend no more than 3 hours on it.

Once you've sent it back, we'll schedule a 60-minute review session with the hiring manager and two engineers. Reply with a few windows next week that suit you.

Rashida Okafor-Lane
Talent Acquisition Manager
Tillerwave Logistics""")

M("interview", "Aurelian Checkout", "Nina", "Senior Product Manager, Payments Orchestration",
  frm="Nina Castellanos <nina@aurelian-checkout.com>", subj="Unfortunately need to move our call",
  date="2025-02-24 13:16 -0600", diff="hard", iat="2025-02-27T15:30:00-06:00",
  notes="reschedule; subject starts 'Unfortunately'",
  body="""Hi Daniel,

Unfortunately our hiring manager has a conflict with tomorrow's slot. Could we move your interview to February 27 at 3:30 PM CT instead? Same Zoom link. If that doesn't work, just tell me and I'll find another time.

Thanks for your flexibility,
Nina Castellanos
Recruiting Lead, Aurelian Checkout""")

M("interview", "Northmere Bank Technologies", "", "Product Manager, Digital Onboarding",
  frm="Northmere Bank Technologies <scheduling@modernloop-mail.com>", subj="Your interview schedule with Northmere Bank Technologies",
  date="2026-07-08 17:44 -0500", hdrs=NOREPLY, fmt="html", iat="2026-07-14T13:00:00-05:00",
  body=f"""Hi Daniel,

Here is your interview schedule for the Product Manager, Digital Onboarding role at Northmere Bank Technologies.

{D('2026-07-14')}, 2026
1:00 PM - 1:45 PM CDT: Hiring manager interview with Kavya Raman
1:45 PM - 2:30 PM CDT: Cross-functional interview with Luis Ortega

All sessions are on Microsoft Teams; links are in the calendar invitations.

Scheduled with ModernLoop""")

M("interview", "Wrenfield Pharmacy Tech", "", "Product Manager II",
  frm="Remy from Wrenfield <remy@paradox-assistant.com>", subj="Phone screen scheduled - Wrenfield Pharmacy Tech",
  date="2025-05-09 15:26 -0400", hdrs=NOREPLY, iat="2025-05-14T09:30:00-04:00", diff="hard",
  notes="Paradox chatbot 'Remy' is not a human contact",
  body="""Hi Daniel! This is Remy, the virtual recruiting assistant for Wrenfield Pharmacy Tech.

You're all set! Your phone screen for Product Manager II is scheduled for 5/14/2025 at 9:30 AM EDT. A recruiter will call you at the number on your application.

Need to change it? Reply RESCHEDULE.""")

M("interview", "Lanternfish Health", "Ada", "Senior Product Manager, Clinical Workflows",
  frm="Ada Mbeki <ada@lanternfish.health>", subj="20 min this week?",
  date="2025-09-16 08:12 -0500",
  body="""Hi Daniel,

I'm the hiring manager for Senior Product Manager, Clinical Workflows at Lanternfish Health. Your background in EHR integrations caught my eye - could we do a 20-minute intro call this week? Grab any open slot here: https://calendly.example.com/ada-lanternfish

Thanks!
Ada Mbeki
Head of Product, Lanternfish Health""")

M("interview", "Saltgrass Logistics", "Marcy", "Senior Product Manager, Warehouse Systems",
  frm="Marcy Lindqvist <marcy@ridgewaytalent.com>", subj="Saltgrass - change of plan",
  date="2025-04-15 10:38 -0500", diff="hard", iat="2025-04-16T11:00:00-05:00",
  notes="agency; 'unfortunately' + 'didn't work out' about original slot; relative weekday",
  body="""Hi Daniel,

Unfortunately the Thursday slot didn't work out for Saltgrass Logistics' VP of Product - she's traveling. They've asked whether you can do Wednesday at 11 AM Central instead for the Senior Product Manager, Warehouse Systems interview. I've told them you're likely flexible; confirm and I'll lock it in.

Marcy Lindqvist
Senior Partner, Ridgeway Talent Partners""")

M("interview", "Fernhollow Health", "Marcy", "Director of Product, Care Navigation",
  frm="Marcy Lindqvist <marcy@ridgewaytalent.com>", subj="Fernhollow wants to meet you",
  date="2025-10-22 16:20 -0500", diff="hard", iat="2025-10-27T13:00:00-04:00",
  notes="agency recruiter for client; time in ET while sender is Central",
  body="""Daniel,

Great news - Fernhollow Health reviewed your profile and would like to interview you for the Director of Product, Care Navigation role. Their CPO proposed Monday 10/27 at 1:00 PM ET (noon your time) over Zoom. I've tentatively accepted on your behalf; tell me if that's a problem.

Marcy

Marcy Lindqvist | Senior Partner | Ridgeway Talent Partners""")

M("interview", "Quarrybank Financial", "Beatrice", "VP of Product",
  frm="Beatrice Calder <beatrice@calderfinch.com>", subj="Quarrybank - meeting with the CEO",
  date="2026-08-11 18:02 -0400", iat="2026-08-12T08:30:00-04:00", diff="hard",
  notes="executive recruiter; 'tomorrow' relative date",
  body="""Daniel,

Quarrybank Financial's CEO has an opening tomorrow at 8:30 AM Eastern and would like to use it for your VP of Product conversation - 45 minutes by video. Can you make it? Invite to follow once you confirm.

Beatrice Calder
Managing Partner
Calder & Finch Search | New York""")

M("interview", "Palisade Route Labs", "", "Product Manager, Routing",
  frm="Palisade Route Labs <no-reply@ashbyhq-mail.com>", subj="Interview scheduled: Product Manager, Routing",
  date="2026-03-27 09:50 -0700", hdrs=NOREPLY, fmt="html", iat="2026-04-02T11:00:00-07:00",
  ics=ICS("prl-ashby-4471@ashbyhq-mail.com", "20260402T180000Z", "20260402T184500Z",
          "Palisade Route Labs - Video interview", "no-reply@ashbyhq-mail.com"),
  body="""Hi Daniel,

Your video interview for Product Manager, Routing at Palisade Route Labs is scheduled for April 2, 2026 at 11:00 AM PDT (45 minutes). A calendar invitation is attached.

Palisade Route Labs Recruiting""")

M("interview", "Gannetry Insurance", "", "Product Manager, Personal Lines",
  frm="Gannetry Insurance <gannetry@jobvite-notifications.com>", subj="Next step: recorded video interview",
  date="2025-07-29 08:00 -0400", hdrs=NOREPLY, fmt="alt", cte="base64",
  notes="one-way recorded video interview with a deadline, no start time",
  body="""Dear Daniel,

Thank you for your interest in the Product Manager, Personal Lines position at Gannetry Insurance. As the next step, we invite you to complete a recorded video interview. You will answer five questions on your own schedule; please finish by August 5, 2025.

Start here: https://jobs.example-jobvite.com/gannetry/video/8812

Gannetry Insurance Talent Team""")

M("interview", "Emberly Marketplace", "Simone", "Senior Product Manager, Seller Tools",
  frm="Simone Aberdeen <s.aberdeen@emberly.shop>", subj="Your visit to Emberly on June 4",
  date="2026-05-29 15:10 -0400", diff="hard", iat="2026-06-04T09:00:00-04:00",
  notes="onsite itinerary; never says interview",
  body="""Hi Daniel,

Here's the itinerary for your visit on June 4 at our New York office (200 Park Ave South, 11th floor). Please check in with reception by 8:50.

9:00 - 9:45 AM ET  Ravi Sethi, Director of Product
9:45 - 10:30 AM ET  Seller Tools engineering leads
10:45 - 11:30 AM ET  Marketplace fees case with Joanna Lu
11:30 AM - 12:30 PM ET  Lunch with the product team

Best,
Simone Aberdeen
Senior Technical Recruiter, Emberly Marketplace""")

M("interview", "Nacelle Paiements", "Élodie", "Product Manager Paiements B2B",
  frm="Élodie Marchetti <elodie.marchetti@nacelle-paiements.fr>", subj="Entretien – Product Manager Paiements B2B",
  date="2025-10-29 09:30 +0100", lang="fr", iat="2025-11-04T10:00:00+01:00",
  body="""Bonjour Daniel,

Suite à l'examen de votre candidature, nous avons le plaisir de vous proposer un entretien en visioconférence le mardi 4 novembre 2025 à 10h00 (heure de Paris) avec notre directrice produit.

Merci de nous confirmer votre disponibilité.

Bien cordialement,
Élodie Marchetti
Talent Acquisition – Nacelle Paiements""")

M("interview", "Marlowe Freight", "Tess", "Product Manager, Pricing & Quoting",
  frm="Tess Varga <tess.varga@marlowefreight.com>", subj="Marlowe Freight | Product Manager, Pricing & Quoting",
  date="2026-02-24 11:58 -0600", hdrs={"X-Mailer": "Gem"}, fmt="alt",
  body="""Hi Daniel,

Thanks for applying to Marlowe Freight! I'm the recruiter for the Product Manager, Pricing & Quoting role and would like to set up a 30-minute phone screen. Could you share two or three times that work for you next week?

Talk soon,
Tess Varga
Recruiter, Marlowe Freight""")

M("interview", "Cobaltline Mobility", "Dev", "Senior Product Manager, Fleet",
  frm="Dev Narang <dnarang@cobaltline.com>", subj="Re: Fleet PM - follow-up conversation",
  date="2026-10-01 12:40 -0500", reply=True, diff="hard", iat="2026-10-05T09:00:00-05:00",
  notes="short confirmation reply; relative 'Monday'; quoted candidate text",
  body="""Confirmed - see you Monday at 9 CT. I'll send the Zoom.

Dev Narang
Sr. Director, Product - Cobaltline Mobility

On Thu, Oct 1, 2026 at 11:02 AM Daniel Okonkwo-Reyes <dokonkwo.reyes@gmail.com> wrote:
> Hi Dev, Monday at 9 AM Central works well for me for the second-round
> conversation. Thanks!""")
# ============ OFFERS (6) ============
M("offer", "Quarrybank Financial", "Theresa", "VP of Product",
  frm="Theresa Kowalczyk <tkowalczyk@quarrybankfin.com>", subj="Offer of Employment - VP of Product",
  date="2026-08-27 17:20 -0400", pdf="Quarrybank_Offer_Okonkwo-Reyes.pdf", fmt="alt",
  body="""Dear Daniel,

On behalf of Quarrybank Financial, I am delighted to offer you the position of VP of Product. Your offer letter, including compensation, equity and benefits details, is attached. Please review and sign by September 3.

We are very excited about the prospect of you joining us.

Sincerely,
Theresa Kowalczyk
Chief People Officer
Quarrybank Financial""")

M("offer", "Fernhollow Health", "Jolene", "Director of Product, Care Navigation",
  frm="Jolene Ashcroft <jashcroft@fernhollowhealth.com>", subj="Following up on our call",
  date="2025-11-14 13:45 -0600", diff="hard", notes="written follow-up to verbal offer; never says 'offer'",
  body="""Hi Daniel,

It was a pleasure speaking with you this morning. As promised, here is a summary of what we discussed for the Director of Product, Care Navigation position:

- Base salary: $212,000
- Annual bonus target: 15%
- Start date: January 5, 2026
- Remote, with quarterly visits to Nashville

The formal letter will arrive through DocuSign shortly. We're thrilled at the thought of having you on the team.

Jolene Ashcroft
Chief Product Officer, Fernhollow Health""")

M("offer", "Ledgerkite Payments", "", "Senior Product Manager, Issuing",
  frm="Ledgerkite Payments <no-reply@us.greenhouse-mail.io>", subj="You have an offer from Ledgerkite Payments",
  date="2026-04-21 10:00 -0500", hdrs=NOREPLY, fmt="html",
  body="""Hi Daniel,

Congratulations! Ledgerkite Payments has sent you an offer for the Senior Product Manager, Issuing position. Please log in to review and e-sign your offer letter.

Review offer: https://app.example-greenhouse.io/offers/ab12cd

This link expires in 7 days.""")

M("offer", "Tillerwave Logistics", "Rashida", "Senior Product Manager, Shipper Experience",
  frm="Rashida Okafor-Lane <rashida@tillerwave.com>", subj="Welcome aboard (almost)!",
  date="2026-08-20 16:15 -0500",
  body="""Daniel,

I'm thrilled to extend you an offer to join Tillerwave Logistics as Senior Product Manager, Shipper Experience. The hiring team was unanimous. I'll call you tomorrow to walk through the numbers, and the written offer will follow right after.

Congratulations!
Rashida""")

M("offer", "Lanternfish Health", "Ada", "Senior Product Manager, Clinical Workflows",
  frm="Ada Mbeki <ada@lanternfish.health>", subj="Re: Revised numbers",
  date="2025-10-30 19:02 -0500", reply=True, diff="hard",
  notes="revised offer; 'unfortunately' about base salary; quotes negotiation",
  body="""Hi Daniel,

Unfortunately we can't move the base beyond $178k for this level, but I got approval to raise the sign-on bonus to $25k and add 2,000 options. Updated offer letter is attached to the DocuSign envelope you'll get in a minute. Hope this gets us there - we'd love to have you.

Ada Mbeki | Head of Product, Lanternfish Health

> On Oct 29, 2025, at 9:15 PM, Daniel Okonkwo-Reyes wrote:
> Thanks Ada. I'm excited about the role; is there any flexibility on base?""")

M("offer", "Gannetry Insurance", "", "Product Manager, Personal Lines",
  frm="Gannetry Insurance <no-reply@rippling-ats.com>", subj="Action required: Your offer letter from Gannetry Insurance",
  date="2025-09-02 09:30 -0400", hdrs=NOREPLY, fmt="alt",
  body="""Hi Daniel,

Gannetry Insurance has sent you an offer letter for the Product Manager, Personal Lines role. Please review and sign it in Rippling before September 9, 2025.

View offer letter: https://app.example-rippling.com/offer/77a1

Rippling, on behalf of Gannetry Insurance""")

# ============ APPLICATION RECEIVED (16) ============
M("application_received", "Brightmarrow Payments", "", "Senior Product Manager, Merchant Risk",
  frm="Brightmarrow Payments <no-reply@us.greenhouse-mail.io>", subj="Thank you for applying to Brightmarrow Payments",
  date="2025-01-22 21:14 -0600", hdrs=NOREPLY,
  body="""Hi Daniel,

Thanks for applying to the Senior Product Manager, Merchant Risk role at Brightmarrow Payments. Our team will review your application and get back to you if your experience is a match.

The Brightmarrow Talent Team""")

M("application_received", "Basketloom Commerce", "", "Product Manager, Checkout",
  frm="Basketloom Careers <notifications@jobs.lever-mail.co>", subj="Thanks for your application to Basketloom Commerce",
  date="2025-09-30 08:44 -0400", fmt="html",
  body="""Hi Daniel,

We've received your application for Product Manager, Checkout. A member of our recruiting team will review it in the coming days. If your background fits what we're looking for, we'll be in touch to set up a first conversation.

Basketloom Commerce Recruiting""")

M("application_received", "Palisade Route Labs", "", "Product Manager, Routing",
  frm="Palisade Route Labs <no-reply@ashbyhq-mail.com>", subj="Application received - Product Manager, Routing",
  date="2026-03-10 13:33 -0700", hdrs=NOREPLY,
  body="""Hi Daniel,

Thank you for your interest in Palisade Route Labs! This is a confirmation that we received your application for Product Manager, Routing.

- Palisade Route Labs Hiring Team""")

M("application_received", "Maplewick Insurance Group", "", "Product Manager, Agency Portal",
  frm="Maplewick Insurance Group <maplewick@myworkday-mail.com>", subj="Application Received: Product Manager, Agency Portal (JR-5521)",
  date="2025-07-14 07:02 -0500", hdrs=NOREPLY, fmt="html", cte="base64", diff="hard",
  notes="describes interview and 'not selected' as future possibilities",
  body="""Dear Daniel,

Thank you for applying for JR-5521 Product Manager, Agency Portal at Maplewick Insurance Group.

What happens next: our recruiters review every application. If you are selected for an interview, a recruiter will contact you directly. If you are not selected, you will receive an email once the position has been filled.

You can track your status in your candidate home.

Maplewick Insurance Group Talent Acquisition""")

M("application_received", "Bramblecourt Health", "", "Senior Product Manager, Revenue Cycle",
  frm="Bramblecourt Health Careers <careers@bramblecourt.icims.com>", subj="We received your application",
  date="2025-12-15 15:48 -0600", hdrs=NOREPLY,
  body="""Dear Daniel,

Thank you for submitting your application for the Senior Product Manager, Revenue Cycle position at Bramblecourt Health. We are reviewing applications and will contact candidates whose qualifications best match our needs.

Bramblecourt Health Talent Acquisition""")

M("application_received", "Northmere Bank Technologies", "", "Product Manager, Digital Onboarding",
  frm="Northmere Bank Technologies <careers@smartrecruiters-notify.com>", subj="Thanks for applying, Daniel",
  date="2026-06-22 10:10 -0500", hdrs=NOREPLY, fmt="alt",
  body="""Dear Daniel,

Thank you for applying for Product Manager, Digital Onboarding at Northmere Bank Technologies. Your application has been successfully submitted and is now being reviewed by our hiring team.

Kind regards,
Northmere Bank Technologies Recruitment""")

M("application_received", "Wrenfield Pharmacy Tech", "", "Product Manager II",
  frm="Wrenfield Pharmacy Tech <wrenfield@jobvite-notifications.com>", subj="Wrenfield Pharmacy Tech: application confirmation",
  date="2025-04-29 12:01 -0400", hdrs=NOREPLY,
  body="""Hello Daniel,

Thank you for your interest in Wrenfield Pharmacy Tech. We have received your application for Product Manager II and will review it shortly.

Due to the high volume of applications, we are unable to respond to every applicant individually.

Wrenfield Pharmacy Tech Recruiting""")

M("application_received", "Pellucid Claims", "", "Product Manager, Fraud Detection",
  frm="Pellucid Claims <noreply@rippling-ats.com>", subj="Application received: Product Manager, Fraud Detection",
  date="2026-06-25 18:30 -0500", hdrs=NOREPLY,
  body="""Hi Daniel,

We got your application for Product Manager, Fraud Detection at Pellucid Claims. Thanks for your interest! We'll review it and reach out if there's a match.

The Pellucid Claims team""")

M("application_received", "Orrery Benefits", "", "Senior Product Manager, Employer Portal",
  frm="Orrery Benefits via Dover <notifications@dover-mail.com>", subj="Senior Product Manager, Employer Portal",
  date="2025-11-20 09:09 -0600",
  body="""Thanks for applying to Senior Product Manager, Employer Portal at Orrery Benefits! Our team is reviewing your application and will reach out if there's a fit.

Dover, on behalf of Orrery Benefits""")

M("application_received", "Stonefinch Risk", "", "Product Manager",
  frm="Stonefinch Risk <hiring@stonefinchrisk.teamtailor-mail.com>", subj="We got your application!",
  date="2025-01-09 12:22 +0000", hdrs=NOREPLY, fmt="html", diff="hard",
  notes="casual template reads personal; mentions 'interview' as next step",
  body="""Hey Daniel!

Woohoo - your application for Product Manager just landed in our inbox. Someone from the team (a real human, promise) will read it within two weeks. If it's a fit, the next step is a 30-minute interview with our Head of Product.

Cheers,
Stonefinch Risk""")

M("application_received", "Kettleby Shipping AG", "", "Senior Product Manager Logistics Platform",
  frm="Kettleby Shipping AG <jobs@kettleby-shipping.jobs.personio.de>", subj="Your application at Kettleby Shipping AG",
  date="2026-06-30 14:05 +0200", hdrs=NOREPLY,
  body="""Dear Daniel Okonkwo-Reyes,

Thank you for your application for the position Senior Product Manager Logistics Platform. We have received your documents and will get back to you as soon as possible.

Best regards
Your recruiting team at Kettleby Shipping AG""")

M("application_received", "Plumtree Clinic Software", "", "Product Manager, Scheduling",
  frm="Plumtree Clinic Software <careers@plumtree-clinic.bamboohr.com>", subj="Application Received",
  date="2025-08-04 16:40 -0600", hdrs=NOREPLY,
  body="""Hello Daniel,

Thank you for applying for the Product Manager, Scheduling position at Plumtree Clinic Software. We will review your information and be in touch if there is a fit.

Best wishes,
Plumtree Clinic Software""")

M("application_received", "Cartwheel Health Technologies", "", "Senior Product Manager, Provider Network",
  frm="Cartwheel Health <cartwheelhealth@myworkday-mail.com>", subj="Thank you for applying - R-21088",
  date="2026-02-12 06:30 -0600", hdrs=NOREPLY, fmt="html",
  body="""Dear Daniel Okonkwo-Reyes,

Thank you for applying for R-21088 Senior Product Manager, Provider Network at Cartwheel Health Technologies. We have received your application and our team is reviewing it.

Cartwheel Health Technologies Talent Acquisition""")

M("application_received", "Hollowpine Parcel", "", "Group Product Manager, Last Mile",
  frm="Hollowpine Parcel <apply@hollowpine.workable-mail.com>", subj="Hollowpine Parcel - Application for Group Product Manager, Last Mile",
  date="2026-04-02 11:11 -0400",
  body="""Hi Daniel,

Thank you for applying to Group Product Manager, Last Mile at Hollowpine Parcel. We've received your application and we'll be in touch soon if we decide to move forward.

Unfortunately, due to the number of applications, we may not be able to give individual feedback.

Hollowpine Parcel""")

M("application_received", "Driftwell Fulfillment Co.", "", "Product Manager, Returns",
  frm="Driftwell Fulfillment Co. <driftwell@recruitee-mail.com>", subj="Your application has been received",
  date="2025-08-26 10:55 -0500", diff="hard", notes="'unfortunately' and 'rejection' appear in FAQ text",
  body="""Hi Daniel,

Thanks for applying for Product Manager, Returns at Driftwell Fulfillment Co. We've received your application.

FAQ
- When will I hear back? Usually within 10 business days.
- Will I get a rejection email if I'm not selected? Yes - unfortunately we can't always give detailed feedback, but you will always hear from us.

Driftwell Fulfillment Co. Talent""")

M("application_received", "Harrowgate Assurance", "", "Product Manager - Underwriting Tools",
  frm="Harrowgate Assurance <harrowgate@taleo-mail.net>", subj="Harrowgate Assurance - Application Submitted",
  date="2026-01-30 22:47 -0500", hdrs=NOREPLY,
  body="""Dear Daniel Okonkwo-Reyes,

Thank you for applying to Job Number 11802, Product Manager - Underwriting Tools. Your application has been successfully submitted. Should your qualifications meet our needs, a member of our team will contact you.

Harrowgate Assurance
Do not reply to this message.""")
# ============ AUTO REPLIES (14) ============
M("auto_reply", "Lakeshore Mutual Insurance Co.", "Renata", "", ret="2025-03-14",
  frm="Renata Vasquez-Holm <rvasquezholm@lakeshoremutual.com>", subj="Automatic reply: Product Manager, Claims Experience",
  date="2025-03-10 08:02 -0500", hdrs=OOO, reply=True,
  body="""Thank you for your message. I am out of the office and will be back on 3/14. For urgent recruiting matters, please contact talent@lakeshoremutual.com.

Renata Vasquez-Holm
Director of Product | Lakeshore Mutual Insurance Co.""")

M("auto_reply", "Thamesward Insurtech", "Harriet", "", ret="2026-03-09",
  frm="Harriet Coldwell <harriet.coldwell@thamesward.co.uk>", subj="Out of office Re: Thank you",
  date="2026-03-02 10:15 +0000", reply=True, notes="no auto-reply headers",
  body="""Hello,

I'm on annual leave, returning Monday 9 March. I'll reply to your email as soon as I can after that.

Harriet Coldwell
Head of Talent, Thamesward Insurtech Ltd""")

M("auto_reply", "Zinnober Zahlungen GmbH", "Katrin", "", ret="2026-03-23",
  frm="Katrin Obermeier <katrin.obermeier@zinnober-zahlungen.de>", subj="Out of Office: Re: Einladung zum Gespräch",
  date="2026-03-17 19:30 +0100", hdrs={"Auto-Submitted": "auto-replied"}, reply=True, diff="hard",
  notes="English OOO from German company; 'until 2026-03-20 inclusive', back date stated separately",
  body="""Thank you for your email. I am out of office until 2026-03-20 inclusive and will be back at my desk on 2026-03-23. Your message will not be forwarded.

Katrin Obermeier
People & Culture | Zinnober Zahlungen GmbH""")

M("auto_reply", "Brightmarrow Payments", "Jordan", "",
  frm="Jordan Pike <jordan.pike@brightmarrow.com>", subj="Automatic reply: Checking in on Merchant Risk PM",
  date="2025-02-05 10:41 -0600", hdrs=OOO, reply=True,
  body="""Hi there,

I no longer work at Brightmarrow Payments. For anything related to recruiting, please contact Alana Brooks at alana.brooks@brightmarrow.com.

Thanks,
Jordan""")

M("auto_reply", "Basketloom Commerce", "", "",
  frm="Basketloom Careers <careers@basketloom.com>", subj="Re: Question about Product Manager, Checkout",
  date="2025-10-02 14:00 -0400", hdrs={"Auto-Submitted": "auto-replied"}, reply=True, diff="hard",
  notes="unmonitored mailbox bounce-back on the application thread",
  body="""This mailbox is not monitored. If you have applied for a role at Basketloom Commerce, you can check your application status in your candidate profile. We are unable to respond to individual emails sent to this address.

Basketloom Commerce Recruiting""")

M("auto_reply", "Emberly Marketplace", "Simone", "", ret="2026-09-08",
  frm="Simone Aberdeen <s.aberdeen@emberly.shop>", subj="Re: Thank you - Seller Tools",
  date="2026-06-17 08:01 -0400", hdrs={"X-Autoreply": "yes"}, reply=True, diff="hard",
  notes="parental leave; mentions interview process; only X-Autoreply",
  body="""Hi! I'm currently on parental leave and will be returning on September 8, 2026. If you're in an active interview process with Emberly Marketplace, please reach out to recruiting@emberly.shop and a teammate will help.

Simone""")

M("auto_reply", "Kettleby Shipping AG", "Lukas", "", ret="2026-08-17", lang="de",
  frm="Lukas Brandstetter <l.brandstetter@kettleby-shipping.de>", subj="Abwesenheitsnotiz: AW: Update zur Position Senior Product Manager",
  date="2026-07-31 12:00 +0200", hdrs=OOO, reply=True,
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.08.2026 nicht im Büro und ab Montag, dem 17.08.2026, wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an recruiting@kettleby-shipping.de.

Mit freundlichen Grüßen
Lukas Brandstetter
Kettleby Shipping AG""")

M("auto_reply", "Nacelle Paiements", "Élodie", "", ret="2026-01-05", lang="fr",
  frm="Élodie Marchetti <elodie.marchetti@nacelle-paiements.fr>", subj="Réponse automatique : Re: Votre candidature",
  date="2025-12-22 09:00 +0100", hdrs=OOO, reply=True,
  body="""Bonjour,

Je suis absente du bureau jusqu'au 2 janvier 2026 inclus, avec un accès limité à mes e-mails. Je serai de retour le lundi 5 janvier.

Bonnes fêtes,
Élodie Marchetti
Nacelle Paiements""")

M("auto_reply", "Ferrolane Freight Systems", "Owen", "", ret="2025-06-16",
  frm="Owen Tatsumi <owen.t@ferrolane.io>", subj="Re: Next conversation",
  date="2025-06-11 07:22 -0500", reply=True, diff="hard",
  notes="relative return date 'back Monday'; no auto-reply headers; subject like real reply",
  body="""I'm out at a customer summit with spotty signal - back Monday. If it's about Thursday's interview, it's still on.

Owen Tatsumi
VP Product, Ferrolane Freight Systems""")

M("auto_reply", "Cartwheel Health Technologies", "Gwen", "", ret="2026-03-13",
  frm="Gwen Adeyemi <gadeyemi@cartwheelhealth.com>", subj="Automatic reply: Accepted: Panel interview - Daniel Okonkwo-Reyes",
  date="2026-03-09 06:45 -0500", hdrs=OOO, reply=True, diff="hard",
  notes="conference OOO; subject contains interview; weekday-only return date",
  body=f"""I'm at a healthcare conference and will be back in the office on {D('2026-03-13')}. For interview scheduling questions in the meantime, please email recruiting@cartwheelhealth.com.

Gwen Adeyemi
Talent Partner, Cartwheel Health Technologies""")

M("auto_reply", "Aurelian Checkout", "Nina", "",
  frm="Nina Castellanos <nina@aurelian-checkout.com>", subj="Auto: Re: Pausing the Payments Orchestration search",
  date="2025-03-19 09:03 -0500", hdrs={"Auto-Submitted": "auto-replied"}, reply=True,
  body="""I'm currently out of the office with limited access to email. I'll respond as soon as possible.

Nina Castellanos | Aurelian Checkout""")

M("auto_reply", "Marlowe Freight", "Tess", "", ret="2026-02-27",
  frm="Tess Varga <tess.varga@marlowefreight.com>", subj="Automatic reply: Interview availability - Daniel Okonkwo-Reyes",
  date="2026-02-25 13:31 -0600", hdrs=OOO, reply=True, diff="hard", notes="subject mentions interview",
  body="""Thanks for your note! I'm out of the office and will return on 2/27/2026. I'll get back to you then.

Tess Varga
Recruiter, Marlowe Freight""")

M("auto_reply", "Ridgeway Talent Partners", "Marcy", "", ret="2025-12-01",
  frm="Marcy Lindqvist <marcy@ridgewaytalent.com>", subj="Away: Re: Fernhollow wants to meet you",
  date="2025-11-24 09:10 -0600", hdrs={"X-Autoreply": "yes", "Precedence": "auto_reply"}, reply=True,
  diff="hard", notes="agency recruiter OOO; date range then return date",
  body="""Hi - I'm away for Thanksgiving week (Nov 24-28) and back Monday, Dec 1. If this is about an active offer or interview, text my cell.

Marcy Lindqvist
Ridgeway Talent Partners""")

M("auto_reply", "Harrowgate Assurance", "Colin", "", ret="2026-06-01",
  frm="Colin Reyburn <creyburn@harrowgate.com>", subj="Re: Quick chat?",
  date="2026-05-27 16:44 -0500", reply=True, diff="hard",
  notes="no headers; 'back on the 1st' relative to Date month rollover",
  body="""Traveling through the end of the month with limited email. I'll respond when I'm back on the 1st.

-- Colin Reyburn, Harrowgate Assurance""")
# ============ OTHER (26) ============
M("other", "", "", "",
  frm="RoleRadar Alerts <alerts@roleradar-jobs.com>", subj="14 new Product Manager jobs in Chicago, IL",
  date="2025-02-03 06:00 -0600", hdrs=BULK, fmt="alt",
  body="""Daniel, here are today's matches for "Product Manager" near Chicago, IL:

- Senior Product Manager, Payments - Brightmarrow Payments - Chicago, IL
- Product Manager, Claims - Lakeshore Mutual Insurance Co. - Chicago, IL
- Group PM, Logistics - Ferrolane Freight Systems - Remote
... and 11 more

Apply with one click. Manage alerts | Unsubscribe""")

M("other", "", "", "",
  frm="The PM Ledger <newsletter@thepmledger.com>", subj="Bouncing back after a final-round rejection",
  date="2025-05-14 07:15 -0400", hdrs=BULK, fmt="html", diff="hard",
  notes="newsletter about rejection; quotes 'decided not to move forward'",
  body="""This week in The PM Ledger

"After careful consideration, we've decided not to move forward." Few sentences sting more after four rounds of interviews. We asked twelve product leaders how they handle a final-round rejection - and how they ask for feedback that's actually useful.

Also: the three questions to ask in every hiring-manager interview.

You're receiving this because you subscribed. Unsubscribe.""")

M("other", "", "", "",
  frm="Checkout Chronicles Podcast <hello@checkoutchronicles.fm>", subj="New episode: our interview with the CEO of Aurelian Checkout",
  date="2025-06-23 10:00 -0500", hdrs=BULK, diff="hard", notes="podcast 'interview'",
  body="""New on Checkout Chronicles: an in-depth interview with the CEO of Aurelian Checkout on payments orchestration, hiring product managers, and why they paused growth hiring last year.

Listen now on your favorite podcast app.

Unsubscribe from episode alerts.""")

M("other", "", "", "",
  frm="Lakefront Credit Union <alerts@lakefrontcu.example.org>", subj="Your card was declined",
  date="2025-07-03 19:42 -0500", hdrs=NOREPLY, diff="hard", notes="'declined' in card sense",
  body="""Hi Daniel,

A purchase of $84.10 at SKYLINE PARKING CHI on your debit card ending 4417 was declined due to insufficient available balance. If you recognize this transaction, no action is needed.

Lakefront Credit Union""")

M("other", "", "", "",
  frm="Codehaven <notifications@codehaven.example.com>", subj="[okr-tools/roadmap-cli] Pull request #212 closed: Add Jira export",
  date="2025-08-12 22:10 +0000", hdrs={"Precedence": "list", "List-Unsubscribe": "<https://codehaven.example.com/unsub>"},
  diff="hard", notes="rejected pull request",
  body="""@mkessler closed this pull request without merging.

> Thanks for the contribution, but we've decided not to move forward with a Jira exporter in core. Rejecting for now - happy to revisit as a plugin.

Reply to this email directly or view it on Codehaven.""")

M("other", "", "Harold", "",
  frm="ProductSummit Program Committee <program@productsummit.example.org>", subj="ProductSummit 2025: decision on your talk proposal",
  date="2025-09-04 11:00 -0500", diff="hard", notes="conference talk not accepted; signed by chair",
  body="""Dear Daniel,

Thank you for submitting "Risk-based onboarding without killing conversion" to ProductSummit 2025. We received over 600 proposals, and unfortunately we are unable to accept yours this year.

We hope to see you in the audience - use code SPEAKER15 for 15% off a ticket.

Harold Benning
Program Chair, ProductSummit""")

M("other", "", "", "",
  frm="ResumeRocket <deals@resumerocket.example.com>", subj="Offer inside: 20% off Premium + free interview prep guide",
  date="2025-11-28 05:30 -0500", hdrs=BULK, fmt="alt", cte="base64", diff="hard",
  notes="marketing 'offer' and 'interview'",
  body="""Black Friday offer, Daniel!

Get 20% off ResumeRocket Premium this week only and a free "Ace the Product Manager Interview" guide. Your dream job offer starts with a better resume.

Claim offer | Unsubscribe""")

M("other", "", "Kelsey", "",
  frm="Kelsey Drummond <kelsey@westloopresidences.example.com>", subj="Your rental application - Unit 1407",
  date="2026-01-06 15:12 -0600", diff="hard", notes="apartment application decision reads like rejection",
  body="""Hi Daniel,

Thank you for applying for Unit 1407 at West Loop Residences. Unfortunately, we've decided to move forward with another applicant for this unit. We do have a similar two-bedroom opening on the 9th floor next month if you'd like to be considered.

Best,
Kelsey Drummond
Leasing Manager""")

M("other", "", "Amara", "",
  frm="Amara Lindgren <amara.lindgren@gmail.com>", subj="ugh, interview recap",
  date="2026-02-19 21:48 -0600", diff="hard", notes="friend's personal mail about her own interview and offer hopes",
  body="""Dan!!

Had my final round at that insurance startup today. The case interview went fine but the CFO grilled me on unit economics. They said they'd have an offer decision by Friday - fingers crossed. How's your search going? Drinks Saturday?

A.""")

M("other", "", "", "",
  frm="Ridgeway Talent Partners <news@ridgewaytalent.com>", subj="Hot roles this week: 9 product openings in fintech and insurtech",
  date="2026-03-03 08:00 -0600", hdrs=BULK, fmt="html", diff="hard",
  notes="agency mass mailing from a recruiter Daniel works with",
  body="""Hi Daniel,

Here are this week's featured searches from Ridgeway Talent Partners:

- Director of Product, Embedded Finance - Chicago (hybrid)
- Senior PM, Claims Automation - Remote US
- Group PM, Freight Marketplace - Chicago

Interested? Reply and one of our partners will reach out to schedule a conversation.

Unsubscribe from Ridgeway updates.""")

M("other", "", "", "",
  frm="Linkwise <notifications@linkwise.example.com>", subj="Daniel, you appeared in 38 searches this week",
  date="2026-04-06 07:30 -0500", hdrs=BULK, fmt="alt",
  body="""Your profile appeared in 38 searches this week.

Recruiters from Emberly Marketplace, Quillstone Lending and 4 others viewed your profile.

See who's looking | Unsubscribe""")

M("other", "", "Kwame", "",
  frm="Kwame Boateng <kwame.boateng@outlook.example.com>", subj="Fwd: Senior PM - Claims Automation (Remote)",
  date="2026-04-20 12:05 -0400", diff="hard", notes="friend forwards a posting; quoted posting mentions interview process",
  body="""Saw this and thought of you - my old manager is the hiring lead. Happy to refer you.

K

---------- Forwarded message ---------
From: Sundial Claims Careers <careers@sundialclaims.com>
Subject: Senior PM - Claims Automation (Remote)

We're hiring a Senior PM to own our claims automation roadmap. Interview process: recruiter screen, hiring manager interview, case presentation, final panel. Offers typically within two weeks.""")

M("other", "", "", "",
  frm="Little Oaks Early Learning <admissions@littleoaks.example.org>", subj="Waitlist update for the 2026-27 school year",
  date="2026-05-11 14:20 -0500", diff="hard", notes="daycare waitlist; 'unable to offer a spot'",
  body="""Dear Okonkwo-Reyes Family,

Thank you for your application to Little Oaks Early Learning. At this time we are unable to offer a spot in the Toddler room for fall 2026. Your child remains #4 on our waitlist, and we will contact you if a space opens.

Little Oaks Admissions""")

M("other", "", "", "",
  frm="Lakeview Dental <reminders@lakeviewdental.example.com>", subj="Appointment confirmed: Tue, Jun 9 at 8:00 AM",
  date="2026-06-01 10:00 -0500", hdrs=NOREPLY, diff="hard", notes="appointment confirmation with definite time",
  body="""Hi Daniel,

Your cleaning with Dr. Osei is confirmed for Tuesday, June 9 at 8:00 AM. Reply C to confirm or R to reschedule.

Lakeview Dental""")

M("other", "", "", "",
  frm="Jobsprout <updates@jobsprout.example.com>", subj="Your application was viewed",
  date="2026-06-24 09:18 -0500", hdrs=BULK, diff="hard",
  notes="job-board relay engagement notice, no employer decision",
  body="""Good news, Daniel! An employer viewed the application you sent through Jobsprout for Senior Product Manager (Remote).

Employers who view applications often reach out within a week. Boost your profile to stand out.

Jobsprout | Manage notifications""")

M("other", "", "", "",
  frm="Northgate Home Lending <no-reply@northgatelending.example.com>", subj="Update on your pre-approval request",
  date="2026-07-15 16:00 -0500", hdrs=NOREPLY, diff="hard", notes="loan application not approved",
  body="""Dear Daniel Okonkwo-Reyes,

Thank you for your mortgage pre-approval request. After reviewing your information, we are unable to approve your application at this time because of insufficient verified income history. A notice explaining this decision is available in your account.

Northgate Home Lending""")

M("other", "", "Imelda", "",
  frm="Imelda Ferrante <admissions@lakeshore-business.example.edu>", subj="Offer of admission - Executive MBA",
  date="2026-03-12 17:00 -0500", diff="hard", notes="graduate program admission 'offer'", pdf="EMBA_Admission.pdf",
  body="""Dear Daniel,

Congratulations! On behalf of the admissions committee, I'm delighted to offer you admission to the Executive MBA Class of 2028. Your formal offer letter is attached. Please confirm your place by April 10.

Imelda Ferrante
Director of Admissions""")

M("other", "", "", "",
  frm="PM Career Lab <events@pmcareerlab.example.com>", subj="You're registered: Mastering the PM Interview (live webinar)",
  date="2026-08-03 11:30 -0400", hdrs=BULK, fmt="html", diff="hard",
  notes="webinar registration with definite time; mentions interview",
  body="""You're in, Daniel!

Mastering the PM Interview
August 12, 2026 at 12:00 PM ET (live on Zoom)

We'll cover product sense, execution and behavioral interview questions. Add this event to your calendar.

PM Career Lab""")

M("other", "", "", "",
  frm="Chicago Product Collective <noreply@meetwise.example.com>", subj="You're on the waitlist for Product Night: Fintech",
  date="2026-09-08 13:13 -0500", hdrs=NOREPLY,
  body="""We regret that Product Night: Fintech is currently full. You've been added to the waitlist and we'll email you if a spot opens.

Chicago Product Collective""")

M("other", "", "", "",
  frm="Jira <jira@sidequest-labs.example.net>", subj="[SQL-431] Status changed to Won't Do",
  date="2026-10-13 15:02 -0500", hdrs={"Auto-Submitted": "auto-generated"},
  body="""Mara Ives changed the status of SQL-431 "Onboarding checklist v2" from In Review to Won't Do.

Comment: Rejected in roadmap review; not moving forward this quarter.""")

M("other", "", "", "",
  frm="Ridehop Receipts <receipts@ridehop.example.com>", subj="Your Wednesday morning trip with Ridehop",
  date="2025-04-16 09:58 -0500", hdrs=NOREPLY, fmt="html",
  body="""Thanks for riding, Daniel

Total: $23.41
Pickup: N Halsted St, Chicago
Dropoff: 600 W Fulton St, Chicago

Rate your trip.""")

M("other", "", "", "",
  frm="Emberly Marketplace Talent Community <talent@emberly.shop>", subj="We're hiring across product and engineering",
  date="2025-12-03 12:00 -0500", hdrs=BULK, fmt="alt", diff="hard",
  notes="company talent-community mass mailing; names an employer",
  body="""Hi Daniel,

Thanks for joining the Emberly Marketplace talent community! We've just opened 30 new roles, including Product Manager, Buyer Experience and Staff Product Designer.

Browse roles and apply on our careers page. Unsubscribe from talent updates.""")

M("other", "", "Rosalind", "",
  frm="Rosalind Achebe <rachebe@fieldstone.example.com>", subj="Reference for Tobi Adewale",
  date="2026-01-22 10:30 -0600", diff="hard",
  notes="reference-check request about someone else's candidacy; mentions interview and offer",
  body="""Hi Daniel,

Tobi Adewale listed you as a reference for a Senior Product Manager role at Fieldstone. He did very well in his interviews and we're hoping to extend an offer this week. Do you have 15 minutes tomorrow or Friday for a quick reference call?

Thanks,
Rosalind Achebe
Talent Lead, Fieldstone""")

M("other", "", "", "",
  frm="Cloverbridge Health Plan <member-services@cloverbridgeplan.example.com>", subj="Your claim has been denied",
  date="2026-05-20 08:40 -0500", hdrs=NOREPLY, diff="hard",
  notes="health-insurance claim denial (insurer, but not an employer)",
  body="""Dear Daniel Okonkwo-Reyes,

We have reviewed claim #CB-88314 for services on 04/28/2026. This claim has been denied because the provider is out of network. You may appeal this decision within 180 days.

Cloverbridge Health Plan Member Services""")

M("other", "", "", "",
  frm="Greater Chicago Food Depot Volunteers <volunteer@gcfd-volunteers.example.org>", subj="Volunteer shift update",
  date="2025-11-19 17:05 -0600", hdrs=BULK, diff="hard", notes="volunteer signup full; reads like rejection",
  body="""Hi Daniel,

Thank you for signing up for the Thanksgiving packing shift. Due to overwhelming interest, all positions for this shift have been filled and we won't be able to confirm your spot. Please consider another date in December.

With gratitude,
Volunteer Services""")

M("other", "", "", "",
  frm="HireHarbor <digest@hireharbor.example.com>", subj="Weekly digest: remote product roles in London and Berlin",
  date="2026-10-19 07:00 +0100", hdrs=BULK, fmt="html", cte="quoted-printable",
  body="""Your weekly HireHarbor digest

- Senior Product Manager, Pricing - Thamesward Insurtech - London
- Product Lead, Payments - Zinnober Zahlungen GmbH - Berlin
- Principal PM, Risk - Stonefinch Risk - Remote (UK/EU)

See all 27 roles | Unsubscribe""")


def main() -> None:
    # deterministic shuffle so file order does not reveal the label
    order = list(range(len(MSGS)))
    random.Random(46).shuffle(order)
    msgs = [MSGS[i] for i in order]
    rows = [dict(ROWS[i], file=f"{k:03d}.eml") for k, i in enumerate(order, 1)]
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for i, m in enumerate(msgs, 1):
        for j, part in enumerate(p for p in m.walk() if p.is_multipart()):
            part.set_boundary(f"=_b46_{i:03d}_{j}_{hashlib.md5(str(i).encode()).hexdigest()[:12]}")
        (OUT / f"{i:03d}.eml").write_bytes(m.as_bytes(policy=email.policy.SMTP))
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
