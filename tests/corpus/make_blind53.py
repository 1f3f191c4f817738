"""Generate the blind53 evaluation corpus (job seeker: Priya Raman, clinical research associate, Boston).

Stdlib only. Writes tests/corpus/blind53/NNN.eml and tests/corpus/blind53/labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind53"
ME = "Priya Raman <priya.raman.cra@gmail.com>"
ME_ADDR = "priya.raman.cra@gmail.com"

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
PT = ZoneInfo("America/Los_Angeles")
MT = ZoneInfo("America/Denver")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
PAR = ZoneInfo("Europe/Paris")
MAD = ZoneInfo("Europe/Madrid")
UTC = ZoneInfo("UTC")
IST = ZoneInfo("Asia/Kolkata")

SPECS: list[dict] = []
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang", "difficulty", "notes",
        "interview_at"]


def T(s: str, tz: ZoneInfo = ET) -> datetime:
    """'2026-03-23 09:14' in zone tz."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def iso(d: datetime) -> str:
    return d.isoformat()


def day(d: datetime) -> str:
    """'Thursday, March 26'."""
    return f"{d:%A}, {d:%B} {d.day}"


def hm(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def mid(tag: str, domain: str) -> str:
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:20]}.{h[20:32]}@{domain}>"


def add(label: str, frm: str, subject: str, date: datetime, text: str | None = None, *, company: str = "",
        contact: str = "", role: str = "", ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "",
        iat: str = "", html: str | None = None, cte: str | None = None, headers: dict | None = None,
        reply: str | None = None, pdf: str | None = None, ics: str | None = None, to: str = ME,
        msgdomain: str | None = None) -> None:
    SPECS.append(dict(label=label, frm=frm, subject=subject, date=date, text=text, company=company,
                      contact=contact, role=role, ret=ret, lang=lang, diff=diff, notes=notes, iat=iat, html=html,
                      cte=cte, headers=headers or {}, reply=reply, pdf=pdf, ics=ics, to=to, msgdomain=msgdomain))


def ics_event(start: datetime, minutes: int, summary: str, organizer: str, location: str, uid: str,
              prodid: str = "-//Google Inc//Google Calendar 70.9054//EN") -> str:
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    stamp = (s - timedelta(days=3)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}", f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={organizer}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:{ME_ADDR}",
        f"SUMMARY:{summary}", f"LOCATION:{location}", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
            b"/Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def build(i: int, s: dict) -> EmailMessage:
    m = EmailMessage()
    m["Delivered-To"] = ME_ADDR
    frm = s["frm"]
    addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    domain = s["msgdomain"] or addr.split("@")[-1]
    m["From"] = frm
    m["To"] = s["to"]
    m["Subject"] = s["subject"]
    m["Date"] = format_datetime(s["date"])
    m["Message-ID"] = mid(f"blind53-{i}-{s['subject']}", domain)
    if s["reply"]:
        m["In-Reply-To"] = s["reply"]
        m["References"] = s["reply"]
    for k, v in s["headers"].items():
        m[k] = v
    cte = s["cte"]
    if s["text"] is not None:
        m.set_content(s["text"], cte=cte) if cte else m.set_content(s["text"])
        if s["html"] is not None:
            m.add_alternative(s["html"], subtype="html")
    else:
        m.set_content(s["html"], subtype="html", cte=cte) if cte else m.set_content(s["html"], subtype="html")
    if s["ics"]:
        if m.get_content_type() == "text/plain":
            m.make_mixed()
        m.add_attachment(s["ics"].encode(), maintype="text", subtype="calendar", filename="invite.ics",
                         params={"method": "REQUEST"})
    if s["pdf"]:
        m.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=s["pdf"])
    return m


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, s in enumerate(SPECS, 1):
        name = f"{i:03d}.eml"
        msg = build(i, s)
        (OUT / name).write_bytes(msg.as_bytes(policy=SMTP))
        rows.append([name, s["label"], s["company"], s["contact"], s["role"], s["ret"], s["lang"], s["diff"],
                     s["notes"], s["iat"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLS)
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------------------------


def gm(tag: str) -> str:
    """A Gmail-style Message-ID for one of Priya's own earlier messages."""
    h = hashlib.md5(tag.encode()).hexdigest()
    return f"<CAH{h[:24].upper()}+{h[24:]}@mail.gmail.com>"


def html_of(text: str, brand: str = "") -> str:
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.strip().split("\n\n"))
    head = f'<div style="background:#1d3557;color:#fff;padding:12px;font-weight:bold">{brand}</div>\n' if brand else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f'{head}<div style="padding:16px">\n{paras}</div></body></html>\n')


AUTO_ATS = {"Auto-Submitted": "auto-generated"}
OOO_FULL = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}

# ----------------------------------------------------------------------------- rejection (26)
add("rejection", "Halvorsen Therapeutics <no-reply@us.greenhouse-mail.io>",
    "Your application to Halvorsen Therapeutics", T("2026-02-17 11:02"),
    """Hi Priya,

Thank you for your interest in the Clinical Research Associate II position at Halvorsen Therapeutics and for the time you put into your application.

We received a strong response for this opening. After reviewing your background against the needs of the study team, we've decided to pursue other applicants whose experience more closely matches what we need right now.

We'd be glad to see your name again on future postings.

Warm regards,
Talent Acquisition
Halvorsen Therapeutics
""", company="Halvorsen Therapeutics", role="Clinical Research Associate II",
    notes="indirect 'pursue other applicants'", headers=AUTO_ATS)

add("rejection", "Brightmoor Pharmaceuticals <brightmoor@myworkday.com>",
    "Update on your candidacy - Clinical Trial Associate (R-104482)", T("2025-05-06 18:45", CT),
    None, html=html_of("""Dear Priya Raman,

Thank you for applying for the Clinical Trial Associate (R-104482) role. We appreciate the interest you have shown in building a career with us.

After a thorough review, we regret to let you know that we will not be moving forward with your application for this requisition. The position has been filled.

You can keep track of all of your applications in your Candidate Home account.

Sincerely,
Brightmoor Pharmaceuticals, Inc. Talent Acquisition

This email was sent from an unmonitored account. Please do not reply.""", "Brightmoor Pharmaceuticals"),
    company="Brightmoor Pharmaceuticals", role="Clinical Trial Associate", notes="Workday; HTML only")

add("rejection", "Marguerite Olsen <molsen@corvanebio.com>", "Re: Following up - Senior CRA",
    T("2026-04-29 17:21"),
    """Priya,

Thanks for the patience while we worked through the debriefs, and for spending most of a Thursday with us. You gave the panel a lot to talk about.

I'll be straight with you since you asked: the team went a different direction. The person we chose has run two rare-disease programs end to end and that tipped it. I know that's not the answer you were hoping for.

Your site-relationship examples were the best we heard all cycle. If something opens on the oncology side in the fall I'd like to call you first.

Marguerite

Marguerite Olsen
Director, Clinical Operations
Corvane Biosciences
""", company="Corvane Biosciences", contact="Marguerite", role="Senior CRA", diff="hard",
    notes="after final round; 'went a different direction'; praise", reply=gm("olsen-followup"))

add("rejection", "Kevin Tran <ktran@harborline-ls.com>", "Ostrander feedback", T("2025-08-14 13:05"),
    """Hey Priya,

Heard back from Ostrander Bio this morning. They really liked you personally, but they won't be moving you forward for the CRA I (contract) spot. Their feedback was that they want someone who has already worked in Medidata Rave as a monitor, not only as a coordinator.

Don't let it get you down. I have two other clients with EDC-light requirements and I'm putting your profile in front of one of them today.

Talk soon,
Kevin Tran
Senior Recruiter, Clinical Division
Harborline Life Science Staffing
617-555-0148
""", company="Ostrander Bio", contact="Kevin", role="CRA I (contract)", diff="hard",
    notes="agency recruiter relays client's no; sender domain is the agency")

add("rejection", "Fenwick University Medical Center <fenwickumc@icims.com>",
    "Clinical Research Coordinator II - Cardiology (Job ID 2025-11873)", T("2025-10-02 09:30"),
    """Dear Priya,

Thank you for your interest in the Clinical Research Coordinator II - Cardiology position at Fenwick University Medical Center.

We have carefully reviewed your qualifications. While your background is impressive, it is not the right match at this time for this particular position. We encourage you to review our career site for other openings that align with your experience.

Best regards,
Human Resources - Talent Acquisition
Fenwick University Medical Center

Please do not reply to this email; this mailbox is not monitored.
""", company="Fenwick University Medical Center", role="Clinical Research Coordinator II - Cardiology",
    notes="iCIMS; footer says mailbox not monitored", headers=AUTO_ATS, cte="quoted-printable")

add("rejection", "Tessaline <no-reply@hire.lever.co>", "Tessaline | In-House CRA", T("2026-01-13 15:12", PT),
    """Hi Priya,

Thanks so much for applying for the In-House CRA role with Tessaline Clinical Research. We've reviewed your application and we won't be progressing your application further at this stage.

We know searching for a new role takes a lot of energy, and we're grateful you considered us.

All the best,
The Tessaline Recruiting Team
""", company="Tessaline Clinical Research", role="In-House CRA", notes="Lever; short brand in display name")

add("rejection", "Jess Morrow <jmorrow@qphospital.org>", "Re: Research Coordinator opening at Quarry Point Hospital",
    T("2025-03-20 08:12"),
    """Hi Priya - this one didn't work out, they ended up filling it with someone from inside the department. Sorry about that. I'll flag you if anything else comes up in research admin.

Sent from my iPhone
""", company="Quarry Point Hospital", contact="Jess", role="Research Coordinator", diff="hard",
    notes="very short; internal candidate; no signature", reply=gm("qp-coord"))

add("rejection", "Rafael Duarte <rduarte@anselmoncology.com>", "RE: Panel interview - Clinical Research Associate (Oncology)",
    T("2026-06-24 16:50"),
    """Hi Priya,

I wanted to close the loop with you personally. We've completed the panel interviews for the CRA (Oncology) position, and while it was a close call, we have offered the role to a candidate with more solid tumor monitoring experience.

Thank you for the thoughtful questions you asked the panel, especially around our RBQM approach.

Best,
Rafael

Rafael Duarte | Associate Director, Clinical Monitoring | Anselm Oncology

-----Original Message-----
From: Rafael Duarte
Sent: Monday, June 8, 2026 10:14 AM
To: Priya Raman <priya.raman.cra@gmail.com>
Subject: Panel interview - Clinical Research Associate (Oncology)

Hi Priya,

We'd love to invite you to a panel interview for the CRA (Oncology) role. Please let me know if Wednesday, June 17 at 1:00 PM ET works for a 90-minute video panel. You'll meet me, our lead CRA and a study manager.

Rafael
""", company="Anselm Oncology", contact="Rafael", role="Clinical Research Associate (Oncology)", diff="hard",
    notes="quoted part is an interview invite; 'offered the role' to someone else", reply=gm("anselm-panel"))

add("rejection", "Tamara Whitcombe <twhitcombe@cobaltridgebio.com>", "Clinical Operations Specialist",
    T("2025-11-18 12:40"),
    """Dear Priya,

Thank you again for meeting with Sean and me last week. I'm sorry to share that we won't be able to offer you the Clinical Operations Specialist position; we have decided to go with a candidate whose vendor-management experience is closer to what the program needs.

That said, I'd be happy to refer you to a colleague who runs site management at one of our partner CROs, where I think your monitoring background would be valued. Just reply and I'll make the introduction.

Kind regards,
Tamara Whitcombe
Head of Clinical Operations
Cobalt Ridge Biologics
""", company="Cobalt Ridge Biologics", contact="Tamara", role="Clinical Operations Specialist", diff="hard",
    notes="'offer' and referral offer in a rejection")

add("rejection", "Verity Trials Group <noreply@smartrecruiters.com>", "Regarding your application: Site Monitor - Northeast",
    T("2025-07-09 10:03", CT),
    """Dear Priya,

Thank you for your interest in the Site Monitor - Northeast position at Verity Trials Group.

We wanted to let you know that the position has been filled. We appreciate the time you invested in applying and wish you success in your search.

Regards,
Verity Trials Group LLC
Human Resources
""", company="Verity Trials Group", role="Site Monitor - Northeast", cte="base64",
    notes="SmartRecruiters; base64", headers=AUTO_ATS)

add("rejection", "Marta Ibáñez <marta.ibanez@ensayosibericos.es>", "Su candidatura - Monitora de Ensayos Clínicos (CRA)",
    T("2025-06-11 10:15", MAD),
    """Estimada Priya:

Muchas gracias por su interés en el puesto de Monitora de Ensayos Clínicos (CRA) y por el tiempo dedicado a las entrevistas.

Lamentamos comunicarle que, tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta más a los requisitos del puesto, especialmente en lo relativo a la experiencia con normativa europea.

Conservaremos su currículum para futuras oportunidades.

Un cordial saludo,

Marta Ibáñez
Responsable de Selección
Ensayos Clínicos Ibéricos S.L.
""", company="Ensayos Clínicos Ibéricos", contact="Marta", role="Monitora de Ensayos Clínicos (CRA)", lang="es",
    notes="Spanish", cte="quoted-printable")

add("rejection", "Sandrine Lefebvre <s.lefebvre@orvane-labs.fr>", "Votre candidature – Attaché(e) de Recherche Clinique (ARC)",
    T("2026-09-22 14:30", PAR),
    """Bonjour Priya,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Orvane et du temps que vous nous avez accordé lors de nos échanges.

Après étude attentive de votre dossier, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste d'Attaché(e) de Recherche Clinique (ARC) basé à Boston.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Sandrine Lefebvre
Chargée de recrutement
Laboratoires Orvane
""", company="Laboratoires Orvane", contact="Sandrine", role="Attaché(e) de Recherche Clinique (ARC)", lang="fr",
    notes="French")

add("rejection", "Pellham Research Institute <notification@jobvite.com>", "Clinical Research Associate - Pellham Research Institute",
    T("2025-12-04 16:20"),
    """Priya,

Thank you for taking the time to interview with our team for the Clinical Research Associate opening. We enjoyed learning about your work on the ambulatory cardiology studies.

After much consideration, we have selected another candidate for this role. We truly appreciate your interest in Pellham Research Institute.

Sincerely,
Human Resources
Pellham Research Institute
""", company="Pellham Research Institute", role="Clinical Research Associate",
    notes="Jobvite; mentions interview in passing")

add("rejection", "Kessling Pharmaceuticals <kessling@taleo.net>", "Your candidacy for Clinical Research Associate I (Req 26-0412)",
    T("2026-03-31 07:55"),
    """Dear Priya Raman,

Thank you for considering Kessling Pharmaceuticals as your potential employer and for applying to the Clinical Research Associate I position.

After careful review of your application, we will not be moving forward with your candidacy at this time. Your profile will remain in our talent community, and we encourage you to apply to future opportunities that match your skills.

Kessling Pharmaceuticals Talent Acquisition

*** This is an automated message. Replies are not monitored. ***
""", company="Kessling Pharmaceuticals", role="Clinical Research Associate I", notes="Taleo template",
    headers=AUTO_ATS)

add("rejection", "Ashby <no-reply@ashbyhq.com>", "Thanks for your interest", T("2026-07-15 19:42", PT),
    None, html=html_of("""Hi Priya,

Thank you for applying to the Clinical Trial Manager, Early Development role at Lyra Genomics. After reviewing your application, our team has decided not to advance your candidacy for this position.

We encourage you to keep an eye on our careers page for future roles that fit your background.

Best,
Lyra Genomics Recruiting"""),
    company="Lyra Genomics", role="Clinical Trial Manager, Early Development", diff="hard",
    notes="company only in body; sender is ATS; HTML only")

add("rejection", "Elliot Baptiste <elliot.baptiste@northgatecell.com>", "Study Start-Up Specialist - thank you",
    T("2026-10-07 11:11"),
    """Hi Priya,

I hope your week is off to a good start. I wanted to let you know before you heard it anywhere else: we extended an offer to another finalist for the Study Start-Up Specialist role and she accepted yesterday. Her experience activating sites in Canada ended up being the deciding factor.

I really enjoyed our conversations and I'd like to keep in touch. Let's grab a coffee when things calm down here.

Elliot

Elliot Baptiste
Senior Manager, Study Start-Up
Northgate Cell Therapy
""", company="Northgate Cell Therapy", contact="Elliot", role="Study Start-Up Specialist", diff="hard",
    notes="'extended an offer' to someone else; keep in touch")

add("rejection", "Sablewood Therapeutics <no-reply@bamboohr.com>", "Clinical Research Associate at Sablewood Therapeutics",
    T("2025-04-22 13:00", MT),
    """Hello Priya,

Thank you for your interest in the Clinical Research Associate position at Sablewood Therapeutics. We have decided to move forward with other candidates for this role.

We wish you the best in your job search.

Sablewood Therapeutics
""", company="Sablewood Therapeutics", role="Clinical Research Associate", notes="BambooHR")

add("rejection", "Fjordline Diagnostics <noreply@teamtailor.com>", "Update regarding Clinical Affairs Associate",
    T("2025-09-03 09:45", LON),
    """Hi Priya,

Many thanks for applying for Clinical Affairs Associate (Boston) at Fjordline Diagnostics. Unfortunately, we have chosen to proceed with candidates who better match the profile for the role this time around.

We hope you'll consider Fjordline Diagnostics again in the future.

Kind regards,
People Team, Fjordline Diagnostics
""", company="Fjordline Diagnostics", role="Clinical Affairs Associate (Boston)", notes="Teamtailor")

add("rejection", "Redfern Clinical Solutions <noreply@workablemail.com>", "Your application for Clinical Project Associate",
    T("2026-05-20 10:22"),
    """Dear Priya,

Thank you for your application for the Clinical Project Associate role at Redfern Clinical Solutions.

We regret that we will not be able to take your application further on this occasion. The volume of applications was very high and we had to make some difficult choices.

Best wishes,
Hiring Team - Redfern Clinical Solutions
""", company="Redfern Clinical Solutions", role="Clinical Project Associate", notes="Workable")

add("rejection", "Amberlight Health Research <jobs@amberlight.recruitee.com>", "Amberlight Health Research - Research Nurse Coordinator",
    T("2026-08-12 15:30"),
    None, html=html_of("""Dear Priya,

Thank you for your interest in the Research Nurse Coordinator position. We have reviewed your application carefully.

At this point we will not be inviting you to the next stage of the process, as the role requires an active RN license.

We appreciate your interest in Amberlight Health Research.

Kind regards,
Amberlight Health Research""", "Amberlight Health Research"), cte="quoted-printable",
    company="Amberlight Health Research", role="Research Nurse Coordinator", diff="hard",
    notes="'not inviting you to the next stage'; HTML only")

add("rejection", "Anjali Mehta <amehta@beaconsfieldamc.org>", "CRC position - decision", T("2026-02-26 18:05"),
    """Dear Priya,

Thank you for interviewing with our group for the Clinical Research Coordinator position in the Division of Hematology/Oncology. The committee was impressed with your interview, and I personally appreciated your candor about the challenges of running investigator-initiated trials.

After much discussion, the hiring committee selected a candidate with more oncology-specific coordination experience. I would genuinely love to have you interview for future roles in our division, and I hope you'll apply when the next posting goes up this summer.

With best wishes,
Anjali Mehta, MD, PhD
Associate Professor of Medicine
Beaconsfield Academic Medical Center
""", company="Beaconsfield Academic Medical Center", contact="Anjali", role="Clinical Research Coordinator",
    diff="hard", notes="academic PI; 'interview for future roles'")

add("rejection", "Greg Paulson <greg@meadowlarkbio.com>", "Re: CTA role", T("2025-10-30 21:14", PT),
    """Thanks Priya. Appreciate you coming in. We're going to pass for this one - looking for someone more senior on TMF. Best of luck out there.

Greg Paulson | Clinical Ops | Meadowlark Bio
""", company="Meadowlark Bio", contact="Greg", role="CTA", diff="hard",
    notes="curt; 'going to pass'", reply=gm("meadowlark-thanks"))

add("rejection", "Nicole Baird <nbaird@axiomclinicaltalent.com>", "FW: Priya Raman - Westbury CRA II",
    T("2026-09-09 12:48"),
    """Hi Priya,

Forwarding the note I got from Westbury below. I'm disappointed too; I thought the second round went well. Let's regroup on a call Friday and look at the Prairie Sky and Lyra openings.

Nicole Baird
Account Manager | Axiom Clinical Talent

From: Howard Liu <hliu@westburycrp.com>
Sent: Tuesday, September 8, 2026 5:32 PM
To: Nicole Baird <nbaird@axiomclinicaltalent.com>
Subject: Priya Raman - Westbury CRA II

Nicole,

Thanks for sending Priya our way. The team liked her, but we've decided not to move forward with her for the CRA II role; we need someone who can travel 70% from day one and she was clear about her limit. Please pass along our thanks.

Howard Liu
Clinical Operations Manager
Westbury Clinical Research Partners
""", company="Westbury Clinical Research Partners", contact="Nicole", role="CRA II", diff="hard",
    notes="agency recruiter forwards client's decision; Outlook-style forward")

add("rejection", "Stonebrook Biopharma <jobs@stonebrook-bio.jobs.personio.com>", "Your application: Clinical Research Associate (m/f/d) - Boston",
    T("2025-02-12 14:05", BER),
    """Dear Priya,

Thank you for your patience. As we mentioned earlier, the search for the Clinical Research Associate (m/f/d) position in Boston was briefly put on hold while our US budget was finalized. The search has now resumed and the position has been filled through an internal transfer.

We therefore won't be continuing with your application, but we appreciate the interest you've shown in Stonebrook Biopharma.

Best regards,
Stonebrook Biopharma Recruiting
""", company="Stonebrook Biopharma", role="Clinical Research Associate (m/f/d) - Boston", diff="hard",
    notes="mentions earlier hold but the decision is filled / no")

add("rejection", "Olivia at St. Brendan's Health <olivia@paradox.ai>", "Your application with St. Brendan's Health",
    T("2026-11-03 10:00"),
    """Hi Priya, it's Olivia, the virtual recruiting assistant for St. Brendan's Health System.

The hiring team has reviewed your application for Clinical Research Assistant - Pulmonary and will not be moving forward at this time. Thanks for your interest, and feel free to text APPLY to see other openings.
""", company="St. Brendan's Health System", role="Clinical Research Assistant - Pulmonary",
    notes="Paradox bot named Olivia (not a human contact)", diff="hard")

add("rejection", "Lorraine Okoye <lokoye@trilliumcrn.org>", "Clinical Research Manager opening",
    T("2025-01-28 11:37"),
    """Dear Ms. Raman,

Thank you for the time you spent speaking with me on Friday about the Clinical Research Manager opening at Trillium Clinical Research Network.

We've now met with all finalists. I'm sorry to let you know that you were not chosen for this position. We'll keep your resume on file, and if a similar opening becomes available we will reach out to you.

Sincerely,
Lorraine Okoye
Director of Research Operations
Trillium Clinical Research Network
""", company="Trillium Clinical Research Network", contact="Lorraine", role="Clinical Research Manager",
    notes="formal; 'not chosen'; resume on file")

# ----------------------------------------------------------------------------- on_hold (10)
add("on_hold", "Bettina Kraus <bkraus@halvorsentx.com>", "CRA II search - update", T("2026-05-12 09:05"),
    """Hi Priya,

I'm writing with news I didn't expect to be sending. As of this morning the company has put a hiring freeze in place across all non-critical roles, and the CRA II opening is included. This has nothing to do with you; you were one of two people we planned to bring onsite.

I don't know yet how long the freeze will last. If the role is reopened I will contact you directly before it goes back on the job boards.

Best,
Bettina Kraus
Senior Recruiter, Halvorsen Therapeutics
""", company="Halvorsen Therapeutics", contact="Bettina", role="CRA II", notes="explicit hiring freeze")

add("on_hold", "Kessling Pharmaceuticals <kessling@myworkday.com>", "Regarding Senior Clinical Research Associate (R-77810)",
    T("2026-08-04 16:30"),
    """Dear Priya,

Thank you for your interest in the Senior Clinical Research Associate position (R-77810).

We are writing to inform you that this requisition has been cancelled and will not be filled. As a result, your application will no longer be considered for this position. This decision was made for business reasons and is not a reflection of your qualifications.

We invite you to explore other opportunities on our careers site.

Kessling Pharmaceuticals Talent Acquisition
""", company="Kessling Pharmaceuticals", role="Senior Clinical Research Associate", diff="hard",
    notes="requisition cancelled; reads like ATS rejection", headers=AUTO_ATS)

add("on_hold", "Sunil Varghese <svarghese@lyragenomics.com>", "Re: CRA II - timing", T("2026-09-15 13:20", PT),
    """Hi Priya,

Thanks for checking in. Here's where things stand: following the Aster merger, our clinical operations group is being restructured and every open role is paused until the new org chart is final, which leadership expects sometime in Q1. The CRA II position is part of that pause.

I'd genuinely like to keep talking once we have clarity. Sorry I don't have a better answer.

Sunil Varghese
Associate Director, Clinical Operations
Lyra Genomics
""", company="Lyra Genomics", contact="Sunil", role="CRA II", notes="reorg after merger; roles paused",
    reply=gm("lyra-checkin"))

add("on_hold", "Laura Chen <lchen@fenwickumc.org>", "Coordinator position in our lab", T("2025-06-30 19:48"),
    """Hi Priya,

I owe you an update. The NIH award that funds the coordinator position was supposed to start July 1, but the notice of award has been delayed and our department can't commit salary until it arrives. So, with apologies, we are pausing this search for now.

I enjoyed meeting you and I'd be glad to reconnect once the grant is in hand.

Laura

Laura Chen, PhD
Principal Investigator, Cardiometabolic Research Lab
Fenwick University Medical Center
""", company="Fenwick University Medical Center", contact="Laura", role="", diff="hard",
    notes="grant funding delayed; search paused; no freeze/hold keywords")

add("on_hold", "Marcus Feld <marcus@biobridgesearch.com>", "Tessaline Senior CRA - on pause", T("2026-02-03 10:40"),
    """Priya,

Quick heads up: my client Tessaline Clinical Research has put the Senior CRA search on pause pending their Q2 budget sign-off. They were clear that you are still at the top of their list and they want to pick things back up with you if it's approved.

I'll keep you posted. In the meantime let me know if you want me to submit you anywhere else.

Marcus Feld
Principal, BioBridge Search Partners
""", company="Tessaline Clinical Research", contact="Marcus", role="Senior CRA",
    notes="agency recruiter; client's search on pause")

add("on_hold", "Anselm Oncology <no-reply@hire.lever.co>", "An update on the Clinical Trial Associate role", T("2025-08-21 15:55"),
    """Hi Priya,

We wanted to let you know that the Clinical Trial Associate role you applied for is no longer open. After the discontinuation of the ANS-204 program, we've closed this requisition.

This is not a reflection of your application. Thank you for your interest in Anselm Oncology, and we hope to see you apply again.

The Anselm Oncology Talent Team
""", company="Anselm Oncology", role="Clinical Trial Associate", diff="hard",
    notes="role no longer open because program discontinued; reads like rejection")

add("on_hold", "Sabine Vogt <sabine.vogt@brennwald-pharma.de>", "Ihre Bewerbung als Clinical Research Associate (m/w/d)",
    T("2026-01-20 11:10", BER),
    """Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung und das angenehme Gespräch in der vergangenen Woche.

Leider müssen wir Ihnen mitteilen, dass die Besetzung der Stelle als Clinical Research Associate (m/w/d) für unseren Standort in Boston aufgrund eines konzernweiten Einstellungsstopps vorerst ausgesetzt ist. Sobald wir die Stelle wieder ausschreiben dürfen, melden wir uns gerne bei Ihnen.

Mit freundlichen Grüßen
Sabine Vogt
Personalreferentin
Brennwald Pharma GmbH
""", company="Brennwald Pharma GmbH", contact="Sabine", role="Clinical Research Associate (m/w/d)", lang="de",
    notes="German; hiring freeze ('Einstellungsstopp'); 'Leider'", diff="hard", cte="quoted-printable")

add("on_hold", "Hollis Grant <hgrant@meadowlarkbio.com>", "CTA search", T("2026-06-02 08:30", PT),
    """Quick update, Priya - we're pausing the CTA search until after the portfolio review in July. Not a reflection on you at all. I'll reach out when we restart.

- Hollis
Hollis Grant, Meadowlark Bio
""", company="Meadowlark Bio", contact="Hollis", role="CTA", diff="hard",
    notes="two lines; pausing the search")

add("on_hold", "Westbury Clinical Research Partners <westburycrp@icims.com>", "Status of your application - Clinical Research Associate I",
    T("2025-11-05 12:00"),
    """Dear Priya,

Thank you for applying for the Clinical Research Associate I position with Westbury Clinical Research Partners.

Due to a change in business needs, the hiring for this position has been put on hold. We will keep your resume on file and contact you should the position become available again.

Sincerely,
Talent Acquisition Team
Westbury Clinical Research Partners
""", company="Westbury Clinical Research Partners", role="Clinical Research Associate I", diff="hard",
    notes="'keep your resume on file' usually signals rejection", headers=AUTO_ATS)

add("on_hold", "Nkechi Adebayo <nadebayo@cobaltridgebio.com>", "Clinical Research Associate - Phase III program",
    T("2026-10-21 17:02"),
    """Dear Priya,

Unfortunately the decision has been made to put the Clinical Research Associate position on hold. Funding for the Phase III program it supports is under review by our board, and we cannot extend any offers until that review is complete.

You were a strong candidate and we will reach back out if the role reopens.

Regards,
Nkechi Adebayo
Talent Partner, Cobalt Ridge Biologics
""", company="Cobalt Ridge Biologics", contact="Nkechi", role="Clinical Research Associate", diff="hard",
    notes="'Unfortunately', 'decision', 'offers' but is a hold")

# ----------------------------------------------------------------------------- interview (22)
_i = T("2026-03-26 14:00")
add("interview", "Devika Shah <dshah@brightmoorpharma.com>", "Priya Raman / Devika Shah - Clinical Trial Associate",
    T("2026-03-23 09:14"),
    f"""When: {day(_i)}, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Priya, this will be a conversation with me and Andre from our TMF team. We'll go through your coordinator experience and a couple of scenarios about site queries.

Devika Shah
Clinical Operations Lead, Brightmoor Pharmaceuticals
________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_brightmoor_5512
Meeting ID: 271 660 118 204  Passcode: Hx8pQ2
""", ics=ics_event(_i, 45, "Priya Raman / Devika Shah - Clinical Trial Associate", "Devika Shah:mailto:dshah@brightmoorpharma.com",
                   "Microsoft Teams Meeting", "040000008200E00074C5B7101A82E008-brightmoor-5512",
                   "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    company="Brightmoor Pharmaceuticals", contact="Devika", role="Clinical Trial Associate", iat=iso(_i),
    notes="calendar invite with text/calendar part")

add("interview", "Jasmine Cole <jcole@corvanebio.com>", "Corvane Biosciences - let's find a time", T("2026-01-08 10:25"),
    """Hi Priya,

Thanks for applying for the Clinical Research Associate II role. I'd like to set up a 30-minute phone screen to learn more about your background and walk you through the team.

Please grab a time that works for you here: https://calendly.com/jcole-corvane/cra-phone-screen

Looking forward to it,
Jasmine Cole
Talent Acquisition Partner
Corvane Biosciences
""", html=None, company="Corvane Biosciences", contact="Jasmine", role="Clinical Research Associate II",
    notes="Calendly link; no fixed time")

_i = T("2026-06-09 10:30", PT)
add("interview", "Lyra Genomics Recruiting <scheduling@goodtime.io>", "Interview Confirmation: Lyra Genomics - Clinical Research Associate II",
    T("2026-06-03 14:02", PT),
    None, html=html_of(f"""Hi Priya,

Your interview with Lyra Genomics is confirmed.

Position: Clinical Research Associate II
Date: {day(_i)}, 2026
Time: 10:30 AM - 11:30 AM PT (Pacific Time)
Format: Zoom video (link below)
Interviewers: Sunil Varghese, Hana Yoon

Join Zoom: https://lyragenomics.zoom.us/j/84411920355

Need to reschedule? Use the link in this email at least 24 hours before your interview.

Powered by GoodTime""", "Lyra Genomics"),
    company="Lyra Genomics", role="Clinical Research Associate II", iat=iso(_i), notes="GoodTime confirmation; PT")

_i = T("2026-10-16 13:00")
add("interview", "Northgate Cell Therapy <notifications@modernloop.io>", "Rescheduled: Your interview with Northgate Cell Therapy",
    T("2026-09-28 09:41"),
    f"""Hi Priya,

Your interview for Clinical Research Associate - Cell Therapy has been rescheduled. The original time on Wednesday was cancelled because one of the interviewers is travelling.

New time: {day(_i)}, 2026 at 1:00 PM EDT (60 min)
Location: Google Meet - https://meet.google.com/nxt-qkfa-rpe

If the new time doesn't work, reply to this message and our coordinator will help.

Thanks,
Northgate Cell Therapy Recruiting Coordination
Sent via ModernLoop
""", company="Northgate Cell Therapy", role="Clinical Research Associate - Cell Therapy", iat=iso(_i), diff="hard",
    notes="reschedule; 'cancelled' refers to old slot")

_i = T("2026-04-16 10:30")
add("interview", "Ines Albuquerque <ines@sablewoodtx.com>", "Re: Clinical Research Associate - Sablewood Therapeutics",
    T("2026-04-15 16:40"),
    """Great - confirmed for tomorrow at 10:30. We're at 300 Binney Street, 4th floor; check in at the front desk and ask for me. Plan for about 90 minutes, you'll meet three people.

Ines

> On Wed, Apr 15, 2026 at 3:58 PM Priya Raman <priya.raman.cra@gmail.com> wrote:
> Hi Ines, thank you! Tomorrow morning works for me. Would 10:30 be OK?
""", company="Sablewood Therapeutics", contact="Ines", role="Clinical Research Associate", iat=iso(_i),
    diff="hard", notes="relative 'tomorrow at 10:30'; no word interview; company only in subject",
    reply=gm("sablewood-tomorrow"))

_i = T("2025-09-16 14:00")
add("interview", "Rob Castellano <rcastellano@veritytrials.com>", "RE: Site Monitor - availability", T("2025-09-11 12:10"),
    """Hi Priya,

Tuesday at 2pm works on our end. I'll send a Teams link this afternoon. It'll be me and our regional lead, Brenda, for about 45 minutes: mostly behavioural questions and a walk-through of a monitoring visit you've supported.

Rob

Rob Castellano
Manager, Site Monitoring
Verity Trials Group
""", company="Verity Trials Group", contact="Rob", role="Site Monitor", iat=iso(_i), diff="hard",
    notes="relative 'Tuesday at 2pm'", reply=gm("verity-avail"))

_i = T("2026-03-10 09:00")
add("interview", "Dolores Whitaker <dwhitaker@beaconsfieldamc.org>", "Onsite interview itinerary - Clinical Research Coordinator II",
    T("2026-03-04 15:15"),
    f"""Dear Priya,

We look forward to welcoming you on {day(_i)}. Below is your itinerary for the day. Please arrive at the Research Administration Building, 55 Fruit Lane, Suite 300, by 8:45 AM.

9:00 - 9:45   Dr. Anjali Mehta, Principal Investigator
9:45 - 10:30  Panel: research nurses and regulatory coordinator
10:30 - 11:00 Tour of the infusion center
11:00 - 11:30 Dolores Whitaker, HR

Parking validation is available at the Fruit Lane garage.

Best regards,
Dolores Whitaker
Talent Acquisition Specialist
Beaconsfield Academic Medical Center
""", company="Beaconsfield Academic Medical Center", contact="Dolores", role="Clinical Research Coordinator II",
    iat=iso(_i), notes="onsite itinerary; first slot is start time")

add("interview", "Redfern Clinical Solutions <noreply@workablemail.com>", "Next step: written exercise + review session",
    T("2026-06-17 11:00"),
    """Hi Priya,

Thanks for speaking with us. As a next step for the Clinical Project Associate role, we'd like you to complete a short written exercise: a mock monitoring visit follow-up letter based on the attached scenario. Please return it within five days.

Once we have it, we'll set up a 60-minute review session with the project manager where you'll walk through your letter. Proposed windows:
- Tue 6/23, 10:00-12:00 ET
- Wed 6/24, 13:00-16:00 ET

Best,
Kavya Iyer
Recruiter, Redfern Clinical Solutions
""", company="Redfern Clinical Solutions", contact="Kavya", role="Clinical Project Associate",
    notes="take-home plus review session; several windows")

_i = T("2026-02-09 15:00")
add("interview", "Kevin Tran <ktran@harborline-ls.com>", "Pellham wants to talk!", T("2026-02-05 17:22"),
    """Priya!

Dr. Patel from Pellham Research Institute read your resume and wants to do a quick chat on Monday at 3 ET about the CRA position on her vascular team. It's informal, 20-30 minutes, video. I told her you were available; shout if that's a problem and I'll move it.

I'll send you a prep sheet tomorrow.

Kevin
Harborline Life Science Staffing
""", company="Pellham Research Institute", contact="Kevin", role="CRA", iat=iso(_i), diff="hard",
    notes="agency recruiter; relative 'Monday at 3 ET'; 'quick chat'")

add("interview", "Alana Brooks <abrooks@brightmoorpharma.com>", "Clinical Research Associate I - 20 minutes this week?",
    T("2025-04-07 08:50"),
    """Hi Priya,

I came across your application for the Clinical Research Associate I role and would love to learn more. Would you have 20 minutes for a call this week? Any of these work on my end (all ET):

Tue 4/8: 11:00 or 3:30
Wed 4/9: 9:30
Thu 4/10: 2:00

Just reply with what suits you and I'll send an invite.

Thanks,
Alana Brooks
Recruiter | Brightmoor Pharmaceuticals
""", company="Brightmoor Pharmaceuticals", contact="Alana", role="Clinical Research Associate I", diff="hard",
    notes="phone screen request without the word interview; list of slots")

_i = T("2026-04-14 10:00", BER)
add("interview", "Jonas Weber <jonas.weber@brennwald-pharma.de>", "Einladung zum Vorstellungsgespräch – Clinical Research Associate (m/w/d)",
    T("2026-04-02 14:20", BER),
    """Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Dienstag, 14. April 2026, 10:00 Uhr (deutscher Zeit)
Teilnehmer: Jonas Weber (Clinical Operations), Sabine Vogt (Personal)

Den Einwahllink erhalten Sie separat. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Jonas Weber
Teamleiter Clinical Operations
Brennwald Pharma GmbH
""", company="Brennwald Pharma GmbH", contact="Jonas", role="Clinical Research Associate (m/w/d)", lang="de",
    iat=iso(_i), notes="German; time in German time")

_i = T("2026-11-05 16:00", MAD)
add("interview", "Marta Ibáñez <marta.ibanez@ensayosibericos.es>", "Entrevista - Coordinadora de Estudios Clínicos",
    T("2026-10-29 09:30", MAD),
    """Hola Priya:

Gracias por tu interés en el puesto de Coordinadora de Estudios Clínicos para nuestra oficina de Boston. Nos gustaría conocerte en una entrevista por videollamada el jueves 5 de noviembre a las 16:00 (hora de Madrid), con una duración aproximada de 45 minutos.

Te enviaremos el enlace de Google Meet el día anterior. ¿Nos confirmas tu disponibilidad?

Un saludo,
Marta Ibáñez
Responsable de Selección
Ensayos Clínicos Ibéricos
""", company="Ensayos Clínicos Ibéricos", contact="Marta", role="Coordinadora de Estudios Clínicos", lang="es",
    iat=iso(_i), notes="Spanish; Madrid time")

_i = T("2025-12-10 11:00")
add("interview", "Nkechi Adebayo <nadebayo@cobaltridgebio.com>", "Updated time - second round", T("2025-12-05 14:44"),
    f"""Hi Priya,

Unfortunately Dr. Haddad had a conflict come up on Tuesday, so we've moved your second-round conversation to {day(_i)} at 11:00 AM ET, same Zoom link as before. Apologies for the shuffle - please let me know that still works.

Nkechi
Talent Partner, Cobalt Ridge Biologics
""", company="Cobalt Ridge Biologics", contact="Nkechi", role="", iat=iso(_i), diff="hard",
    notes="'Unfortunately' but confirms moved interview; role not stated")

add("interview", "Yvonne Castellanos <ycastellanos@stonebrook-bio.com>", "Re: CRA - Boston", T("2025-03-03 10:05"),
    """Priya, not at all - quite the opposite! The team would like to meet you for a second round with our medical monitor and the CRA manager. Could you share your availability for Thursday or Friday next week?

Yvonne
Yvonne Castellanos | People Partner | Stonebrook Biopharma

On Fri, Feb 28, 2025 at 4:12 PM Priya Raman <priya.raman.cra@gmail.com> wrote:
> Hi Yvonne, I hadn't heard back after my first conversation and wanted to check in. I completely understand if you've decided to move forward with other candidates; either way I'd appreciate knowing where things stand.
""", company="Stonebrook Biopharma", contact="Yvonne", role="CRA", diff="hard",
    notes="quoted text contains rejection wording; asks availability", reply=gm("stonebrook-checkin"))

add("interview", "Kessling Pharmaceuticals <kessling@myworkday.com>", "Action required: schedule your interview",
    T("2026-09-14 08:00"),
    None, html=html_of("""Hello Priya,

Congratulations! The hiring team for Clinical Research Associate II - Immunology would like to interview you.

Please sign in to your Candidate Home account and select an interview time from the available options within the next 3 business days.

Kessling Pharmaceuticals Talent Acquisition""", "Kessling Pharmaceuticals"), headers=AUTO_ATS,
    company="Kessling Pharmaceuticals", role="Clinical Research Associate II - Immunology",
    notes="Workday self-scheduling; HTML only")

add("interview", "Westbury Clinical Research Partners <noreply@smartrecruiters.com>", "Video interview invitation - Clinical Research Associate I",
    T("2025-10-13 13:30"),
    """Hi Priya,

Thank you for applying to Westbury Clinical Research Partners. We'd like to invite you to complete a recorded video interview for the Clinical Research Associate I position. You'll answer five questions on your own schedule; each answer can be up to 3 minutes.

Please complete it by Friday, October 17: https://westbury.smartrecruiters.com/video/8c1f2

Good luck!
Westbury Talent Acquisition
""", company="Westbury Clinical Research Partners", role="Clinical Research Associate I",
    notes="one-way recorded video interview; deadline not a start time", cte="base64")

_i = T("2025-08-27 13:30", CT)
add("interview", "Prairie Sky Clinical <no-reply@us.greenhouse-mail.io>", "Interview confirmed: Prairie Sky Clinical",
    T("2025-08-20 10:10", CT),
    f"""Hi Priya,

This confirms your interview for the In-House CRA position at Prairie Sky Clinical.

{day(_i)}, 2025, 1:30 PM - 2:30 PM Central Time
Video: https://prairiesky.zoom.us/j/93277104561

You'll meet with Carmen Ruiz (Clinical Trial Manager) and Todd Becker (Lead CRA). A calendar invitation is attached.

Prairie Sky Clinical Recruiting
""", ics=ics_event(_i, 60, "Interview: Priya Raman - In-House CRA", "Prairie Sky Recruiting:mailto:recruiting@prairieskyclinical.com",
                   "https://prairiesky.zoom.us/j/93277104561", "gh-7781231-prairiesky"),
    company="Prairie Sky Clinical", role="In-House CRA", iat=iso(_i), notes="Greenhouse confirmation with .ics; Central Time")

_i = T("2025-05-22 08:00")
add("interview", "Meredith Sloane <msloane@qphospital.org>", "coffee?", T("2025-05-19 19:02"),
    """Hi Priya,

Laura Chen passed along your resume - we have a CRC opening in the Quarry Point Hospital neuro group and I think you'd be a great fit. Want to grab coffee at Tatte on Charles St on Thursday at 8? Very informal, I just want to tell you about the studies and hear what you're looking for.

Meredith Sloane, RN, CCRC
Research Manager, Neurosciences
Quarry Point Hospital
""", company="Quarry Point Hospital", contact="Meredith", role="CRC", iat=iso(_i), diff="hard",
    notes="informal coffee; one proposed time, relative 'Thursday at 8'")

_i = T("2026-07-22 11:00")
add("interview", "Olivia at St. Brendan's Health <olivia@paradox.ai>", "Interview confirmed - St. Brendan's Health System",
    T("2026-07-17 15:31"),
    f"""Hi Priya! You're all set. Your interview for Clinical Research Coordinator - Emergency Medicine is confirmed for {day(_i)[:3]}, {_i:%b} {_i.day} at 11:00 AM ET with Tom Gallagher.

Location: St. Brendan's Health System, 1 Harbor Medical Plaza, Research Office (2nd floor).

Reply R to reschedule. - Olivia
""", company="St. Brendan's Health System", role="Clinical Research Coordinator - Emergency Medicine", iat=iso(_i),
    notes="Paradox assistant confirmation")

_i = T("2026-11-12 13:00")
add("interview", "Nicole Baird <nbaird@axiomclinicaltalent.com>", "FW: Priya - panel", T("2026-11-06 09:12"),
    """Hi Priya,

Great news, see below. I've put a hold on your calendar for Thu 11/12 at 1:00 PM ET for the 90-minute panel at Northgate (Cambridge office). Bring a copy of your CV and the monitoring report sample we discussed.

Nicole Baird
Account Manager | Axiom Clinical Talent

From: Elliot Baptiste <elliot.baptiste@northgatecell.com>
Sent: Thursday, November 5, 2026 6:03 PM
To: Nicole Baird
Subject: RE: Priya - panel

Sounds good, let's get her in for a panel with Mira and the QA lead. Thursday afternoon works best for us.

Elliot Baptiste
Senior Manager, Study Start-Up
Northgate Cell Therapy
""", company="Northgate Cell Therapy", contact="Nicole", role="", iat=iso(_i), diff="hard",
    notes="agency forward of hiring manager note; date in recruiter's text")

add("interview", "Yvonne Marsh <ymarsh@meadowlarkbio.com>", "Re: Next steps", T("2026-08-18 12:30", PT),
    """Hi Priya,

Thanks again for the conversation on Friday. The team would like to meet you in person at our South San Francisco office for the Clinical Trial Associate role. Our coordinator, Beth, will reach out with a few dates.

Best,
Yvonne Marsh
Director, Clinical Operations | Meadowlark Bio
""", company="Meadowlark Bio", contact="Yvonne", role="Clinical Trial Associate", diff="hard",
    notes="no word interview; no time yet", reply=gm("meadowlark-nextsteps"))

_i = T("2025-11-20 09:00", PT)
add("interview", "Grant Holloway <gholloway@sequoiacrest.com>", "Priya Raman - Regional CRA (West) - Hiring Manager Interview",
    T("2025-11-14 16:00", PT),
    None, html=f"""<html><body><p>When: {day(_i)}, 2025 9:00 AM-10:00 AM (UTC-08:00) Pacific Time (US &amp; Canada).<br>
Where: Microsoft Teams Meeting</p>
<p>Hi Priya, looking forward to talking through the Regional CRA role and the territory. - Grant</p>
<p>Grant Holloway<br>Associate Director, Clinical Monitoring<br>Sequoia Crest Biotherapeutics</p>
<p>________________________________________________________________________________<br>
Microsoft Teams meeting<br>Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_sequoia_2291</p></body></html>
""", cte="quoted-printable", company="Sequoia Crest Biotherapeutics", contact="Grant", role="Regional CRA (West)",
    iat=iso(_i), notes="Teams invite text, HTML only, PT")

# ----------------------------------------------------------------------------- offer (6)
add("offer", "Jasmine Cole <jcole@corvanebio.com>", "Offer letter - Clinical Research Associate II", T("2026-02-20 15:40"),
    """Hi Priya,

On behalf of everyone at Corvane Biosciences, I'm thrilled to extend you an offer for the Clinical Research Associate II position! Your offer letter is attached, including base salary, bonus target, and benefits summary.

Please review and let me know if you have any questions. We'd love to have your signed letter back by Friday, February 27.

Congratulations!
Jasmine Cole
Talent Acquisition Partner, Corvane Biosciences
""", pdf="Corvane_Offer_Letter_PRaman.pdf", company="Corvane Biosciences", contact="Jasmine",
    role="Clinical Research Associate II", notes="offer letter PDF attached")

add("offer", "Ines Albuquerque <ines@sablewoodtx.com>", "Following up on our call", T("2026-04-24 17:55"),
    """Priya,

It was great to speak this afternoon. As promised, here's what we discussed in writing:

- Title: Clinical Research Associate
- Base: $104,000, plus 10% annual bonus target
- Start date: Monday, May 18
- Hybrid, Kendall Square office two days a week

HR will send the formal paperwork tomorrow. Everyone here is excited for you to join.

Ines
Sablewood Therapeutics
""", company="Sablewood Therapeutics", contact="Ines", role="Clinical Research Associate", diff="hard",
    notes="written follow-up to verbal offer; never says 'offer'")

add("offer", "Beaconsfield Academic Medical Center <beaconsfieldamc@myworkday.com>", "An offer is waiting for you",
    T("2026-03-19 13:13"),
    None, html=html_of("""Dear Priya,

Congratulations! Beaconsfield Academic Medical Center has extended an offer for the position of Clinical Research Coordinator II.

Please log in to your Candidate Home account to review and accept your offer. If you have questions, contact your recruiter, Dolores Whitaker.

Human Resources
Beaconsfield Academic Medical Center""", "Beaconsfield Academic Medical Center"), cte="base64",
    company="Beaconsfield Academic Medical Center", contact="Dolores", role="Clinical Research Coordinator II",
    notes="Workday offer notice; HTML only base64; names recruiter", headers=AUTO_ATS)

add("offer", "Nicole Baird <nbaird@axiomclinicaltalent.com>", "Northgate said YES", T("2026-11-17 11:20"),
    """Priya!!

Northgate Cell Therapy just called - they're extending you an offer for the Clinical Research Associate - Cell Therapy contract: 12 months, $68/hr W2, fully benefited through Axiom, start date flexible in December. Written offer coming from us this afternoon.

Call me when you can!

Nicole Baird
Account Manager | Axiom Clinical Talent
""", company="Northgate Cell Therapy", contact="Nicole", role="Clinical Research Associate - Cell Therapy",
    notes="agency relays client's offer")

add("offer", "Rob Castellano via Docusign <dse_na3@docusign.net>", "Please DocuSign: Verity Trials Group - Offer of Employment - Priya Raman",
    T("2025-09-30 10:02"),
    None, html=html_of("""Rob Castellano sent you a document to review and sign.

REVIEW DOCUMENT

Rob Castellano
rcastellano@veritytrials.com

Priya, please review and sign your offer of employment for the Site Monitor position. Welcome to Verity Trials Group!

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others."""),
    company="Verity Trials Group", contact="Rob", role="Site Monitor", diff="hard",
    notes="DocuSign envelope; sender is e-signature service")

add("offer", "Yvonne Castellanos <ycastellanos@stonebrook-bio.com>", "RE: Compensation", T("2025-03-27 16:18"),
    """Hi Priya,

Thanks for being so open about your expectations. Unfortunately we aren't able to move on the base salary - $96,000 is the top of the band for this level. What we can do is add a $7,500 sign-on bonus and an extra week of PTO.

With that, we'd like to formally extend the offer for the CRA position. Updated letter attached; let me know by Tuesday if you'd like to accept.

Best,
Yvonne Castellanos
People Partner, Stonebrook Biopharma
""", pdf="Stonebrook_Revised_Offer.pdf", company="Stonebrook Biopharma", contact="Yvonne", role="CRA", diff="hard",
    notes="'Unfortunately' in a negotiated offer", reply=gm("stonebrook-comp"))

# ----------------------------------------------------------------------------- application_received (16)
ACKS = [
    ("Lyra Genomics <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Lyra Genomics", T("2026-05-04 22:10", PT),
     "Hi Priya,\n\nThanks for applying to the Clinical Research Associate II role at Lyra Genomics. Our team will review your application and, if there's a match, we'll reach out about next steps.\n\nBest,\nLyra Genomics Recruiting\n",
     "Lyra Genomics", "Clinical Research Associate II", "easy", "Greenhouse acknowledgement"),
    ("Brightmoor Pharmaceuticals <brightmoor@myworkday.com>", "We've received your application", T("2025-03-28 06:44", CT),
     "Dear Priya,\n\nThank you for applying for Clinical Research Associate I (R-103915) at Brightmoor Pharmaceuticals. Your application has been received and is under review.\n\nYou can check your status anytime in Candidate Home.\n\nBrightmoor Pharmaceuticals Talent Acquisition\n",
     "Brightmoor Pharmaceuticals", "Clinical Research Associate I", "easy", "Workday acknowledgement"),
    ("Fenwick University Medical Center <fenwickumc@icims.com>", "Application received: Clinical Research Coordinator II - Cardiology", T("2025-09-12 12:31"),
     "Dear Priya,\n\nThank you for applying to the Clinical Research Coordinator II - Cardiology position. Our recruiters review every application. If you are selected for an interview, a member of the team will contact you. If you are not selected, you will be notified by email once the position has been filled.\n\nFenwick University Medical Center Talent Acquisition\n",
     "Fenwick University Medical Center", "Clinical Research Coordinator II - Cardiology", "hard", "mentions interview selection and 'not selected' as future steps"),
    ("Tessaline <no-reply@hire.lever.co>", "Thanks for applying - In-House CRA", T("2026-01-02 09:15", PT),
     "Hi Priya,\n\nThank you for applying to the In-House CRA role at Tessaline Clinical Research. We've received your application and our team will be in touch if your background is a fit.\n\nTessaline Recruiting\n",
     "Tessaline Clinical Research", "In-House CRA", "easy", "Lever acknowledgement"),
    ("Halvorsen Therapeutics <no-reply@ashbyhq.com>", "Application received", T("2026-01-29 14:00"),
     "Hi Priya,\n\nWe received your application for Clinical Research Associate II at Halvorsen Therapeutics. Thanks for thinking of us! We review applications on a rolling basis.\n\nHalvorsen Therapeutics\n",
     "Halvorsen Therapeutics", "Clinical Research Associate II", "easy", "Ashby acknowledgement"),
    ("Verity Trials Group <noreply@smartrecruiters.com>", "Verity Trials Group: your application has been received", T("2025-06-18 08:05", CT),
     "Dear Priya,\n\nThank you for your application for Site Monitor - Northeast. We have received it and will review your profile shortly.\n\nKind regards,\nVerity Trials Group Recruitment\n",
     "Verity Trials Group", "Site Monitor - Northeast", "easy", "SmartRecruiters acknowledgement"),
    ("Pellham Research Institute <notification@jobvite.com>", "Thank you for your application", T("2025-10-20 17:45"),
     "Priya,\n\nThank you for your interest in the Clinical Research Associate position at Pellham Research Institute. This email confirms we received your application. Due to the number of applications, we may not be able to respond to each applicant personally.\n\nHuman Resources\n",
     "Pellham Research Institute", "Clinical Research Associate", "easy", "Jobvite acknowledgement"),
    ("Kessling Pharmaceuticals <kessling@taleo.net>", "Kessling Pharmaceuticals - Application Confirmation", T("2026-03-02 23:58"),
     "Dear Priya Raman,\n\nThank you for submitting your application for Clinical Research Associate I (Req 26-0412).\n\nUnfortunately, due to the high volume of applications we receive, we cannot respond to each candidate individually. If your qualifications match our requirements, a recruiter will contact you.\n\nKessling Pharmaceuticals Talent Acquisition\n",
     "Kessling Pharmaceuticals", "Clinical Research Associate I", "hard", "'Unfortunately' in an acknowledgement"),
    ("Sablewood Therapeutics <no-reply@bamboohr.com>", "Thanks for applying to Sablewood Therapeutics", T("2026-03-30 10:48", MT),
     "Hi Priya,\n\nThank you for applying for the Clinical Research Associate position. We have received your application and our hiring team will review it soon.\n\nSablewood Therapeutics\n",
     "Sablewood Therapeutics", "Clinical Research Associate", "easy", "BambooHR acknowledgement"),
    ("Fjordline Diagnostics <noreply@teamtailor.com>", "Your application to Fjordline Diagnostics", T("2025-08-11 11:20", LON),
     "Hi Priya,\n\nThank you for your application for Clinical Affairs Associate (Boston)! This is a confirmation that we have received it.\n\nBest,\nFjordline Diagnostics\n",
     "Fjordline Diagnostics", "Clinical Affairs Associate (Boston)", "easy", "Teamtailor; no next steps promised"),
    ("Redfern Clinical Solutions <noreply@workablemail.com>", "Thanks for applying to Redfern Clinical Solutions", T("2026-05-07 13:02"),
     "Dear Priya,\n\nThanks for applying for the Clinical Project Associate role. Our hiring team is reviewing applications and will be in touch either way: if we decide not to move forward, we'll let you know, and if we'd like to interview you, we'll reach out to schedule a call.\n\nHiring Team - Redfern Clinical Solutions\n",
     "Redfern Clinical Solutions", "Clinical Project Associate", "hard", "describes both interview and not moving forward as possibilities"),
    ("Amberlight Health Research <jobs@amberlight.recruitee.com>", "Application received - Research Nurse Coordinator", T("2026-07-28 09:00"),
     "Dear Priya,\n\nWe have received your application for the Research Nurse Coordinator role. Thank you! We'll review it carefully and get back to you within two weeks.\n\nAmberlight Health Research\n",
     "Amberlight Health Research", "Research Nurse Coordinator", "easy", "Recruitee acknowledgement"),
    ("Stonebrook Biopharma <jobs@stonebrook-bio.jobs.personio.com>", "Eingangsbestätigung / Application received: Clinical Research Associate (m/f/d) - Boston", T("2024-12-30 15:00", BER),
     "Dear Priya,\n\nThank you for your application for the position Clinical Research Associate (m/f/d) - Boston. We have received your documents and will get back to you as soon as possible.\n\nBest regards,\nStonebrook Biopharma Recruiting\n",
     "Stonebrook Biopharma", "Clinical Research Associate (m/f/d) - Boston", "easy", "Personio; bilingual subject"),
    ("Laboratoires Orvane <recrutement@orvane-labs.fr>", "Accusé de réception de votre candidature", T("2026-08-31 10:05", PAR),
     "Bonjour Priya,\n\nNous avons bien reçu votre candidature au poste d'Attaché(e) de Recherche Clinique (ARC) et nous vous en remercions. Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.\n\nL'équipe Recrutement\nLaboratoires Orvane\n",
     "Laboratoires Orvane", "Attaché(e) de Recherche Clinique (ARC)", "easy", "French acknowledgement"),
    ("Olivia at St. Brendan's Health <olivia@paradox.ai>", "Thanks for applying!", T("2026-07-06 20:12"),
     "Hi Priya, this is Olivia with St. Brendan's Health System! Thanks for applying to Clinical Research Coordinator - Emergency Medicine. I've passed your info to the hiring team. If they'd like to meet, I'll text you to pick an interview time.\n",
     "St. Brendan's Health System", "Clinical Research Coordinator - Emergency Medicine", "hard", "chatty bot; mentions interview time as future step"),
    ("BioBridge Search Partners <applications@biobridgesearch.com>", "We received your application - In-House CRA", T("2025-07-24 14:37"),
     "Hello Priya,\n\nThank you for applying via BioBridge Search Partners for the In-House CRA opening with our client, Prairie Sky Clinical. A member of our clinical recruiting team will review your resume within 3 business days.\n\nBioBridge Search Partners\n",
     "Prairie Sky Clinical", "In-House CRA", "hard", "agency acknowledgement naming client"),
]
for _k, (frm, subj, d, body, comp, role, diff, note) in enumerate(ACKS):
    kw: dict = dict(company=comp, role=role, diff=diff, notes=note, lang="fr" if "Orvane" in comp else "en")
    if _k % 4 == 1:
        kw["html"] = html_of(body, comp)
    elif _k % 4 == 3:
        kw["cte"] = "quoted-printable"
    if _k % 3 == 0:
        kw["headers"] = AUTO_ATS
    add("application_received", frm, subj, d, body, **kw)

# ----------------------------------------------------------------------------- auto_reply (14)
add("auto_reply", "Jasmine Cole <jcole@corvanebio.com>", "Automatic reply: Thank you - CRA II phone screen",
    T("2026-03-09 08:02"),
    """Hi, thanks for your note. I'm out of the office and back on 3/16 with limited email access until then. For anything urgent about an open requisition, please contact talent@corvanebio.com.

Jasmine Cole | Talent Acquisition Partner | Corvane Biosciences
""", headers=OOO_FULL, company="Corvane Biosciences", contact="Jasmine", ret="2026-03-16",
    notes="'back on 3/16' month-first", reply=gm("corvane-thanks"))

add("auto_reply", "Alana Brooks <abrooks@brightmoorpharma.com>", "Out of Office: Re: Clinical Research Associate I",
    T("2026-03-04 12:20"),
    """Thank you for your message. I am on annual leave, returning Monday 9 March. I will reply as soon as possible after my return.

Alana Brooks
Recruiter | Brightmoor Pharmaceuticals
""", headers={"Auto-Submitted": "auto-replied"}, company="Brightmoor Pharmaceuticals", contact="Alana",
    role="Clinical Research Associate I", ret="2026-03-09", notes="'returning Monday 9 March'", reply=gm("bm-avail"))

add("auto_reply", "Kavya Iyer <kiyer@redfernclinical.com>", "Out of office: Clinical Project Associate exercise",
    T("2026-05-08 17:30"),
    """I am out of office from 2026-05-11 until 2026-05-14 inclusive and will be back on Friday. Your email will not be forwarded.

Kavya Iyer
Recruiter, Redfern Clinical Solutions
""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}, company="Redfern Clinical Solutions",
    contact="Kavya", role="Clinical Project Associate", ret="2026-05-15", diff="hard",
    notes="'until 2026-05-14 inclusive', back on Friday = 2026-05-15", reply=gm("redfern-ex"))

add("auto_reply", "Ben Okafor <bokafor@tessalinecr.com>", "Automatic reply: Application follow-up - In-House CRA",
    T("2026-01-21 10:00"),
    """Thank you for your email. I no longer work at Tessaline Clinical Research. For recruiting matters, please contact Maria Lindqvist at mlindqvist@tessalinecr.com.
""", headers=OOO_FULL, company="Tessaline Clinical Research", contact="Ben", role="In-House CRA",
    notes="no longer with company; no return date", reply=gm("tess-followup"))

add("auto_reply", "Kessling Pharmaceuticals <kessling@taleo.net>", "Re: Question about Clinical Research Associate I (Req 26-0412)",
    T("2026-03-05 11:11"),
    """This mailbox is not monitored. Your message has not been delivered to a recruiter.

To check the status of your application, please log in to the Kessling Pharmaceuticals careers portal. For accessibility accommodations, call 1-800-555-0199.
""", headers={"Auto-Submitted": "auto-replied"}, company="Kessling Pharmaceuticals",
    role="Clinical Research Associate I", diff="hard", notes="unmonitored-mailbox reply on the application thread",
    reply=gm("kessling-q"))

add("auto_reply", "Hollis Grant <hgrant@meadowlarkbio.com>", "Re: CTA search - checking in", T("2026-08-03 09:00", PT),
    """Hello! I'm on parental leave and returning September 8, 2026. I'm not checking email during this time. For the CTA search or any interview scheduling, please reach out to Yvonne Marsh (ymarsh@meadowlarkbio.com).

Hollis Grant
Clinical Operations, Meadowlark Bio
""", headers={"X-Autoreply": "yes"}, company="Meadowlark Bio", contact="Hollis", role="CTA", ret="2026-09-08",
    diff="hard", notes="parental leave; mentions interview scheduling; only X-Autoreply", reply=gm("hollis-checkin"))

add("auto_reply", "Jonas Weber <jonas.weber@brennwald-pharma.de>", "Abwesenheitsnotiz: Bestätigung Vorstellungsgespräch",
    T("2026-04-03 08:15", BER),
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.04.2026 nicht im Büro und ab Montag, dem 20.04.2026, wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an Sabine Vogt (sabine.vogt@brennwald-pharma.de).

Mit freundlichen Grüßen
Jonas Weber
Brennwald Pharma GmbH
""", headers=OOO_FULL, company="Brennwald Pharma GmbH", contact="Jonas", ret="2026-04-20", lang="de",
    notes="German Abwesenheitsnotiz; subject mentions interview", diff="hard", cte="quoted-printable",
    reply=gm("brennwald-confirm"))

add("auto_reply", "Sandrine Lefebvre <s.lefebvre@orvane-labs.fr>", "Réponse automatique : Votre candidature ARC",
    T("2026-08-10 07:40", PAR),
    """Bonjour,

Je suis absente du bureau jusqu'au 24 août inclus, avec un accès limité à ma messagerie. Je serai de retour le mardi 25 août et traiterai votre message dès mon retour.

Cordialement,
Sandrine Lefebvre
Laboratoires Orvane
""", headers={"Auto-Submitted": "auto-replied"}, company="Laboratoires Orvane", contact="Sandrine",
    ret="2026-08-25", lang="fr", notes="French absence message", reply=gm("orvane-cand"))

add("auto_reply", "Marta Ibáñez <marta.ibanez@ensayosibericos.es>", "Respuesta automática: Consulta sobre el proceso",
    T("2025-12-22 09:00", MAD),
    """Gracias por su mensaje. Estaré fuera de la oficina por vacaciones de Navidad. Volveré el lunes 12 de enero de 2026 y responderé a su correo lo antes posible.

Marta Ibáñez
Ensayos Clínicos Ibéricos
""", headers=OOO_FULL, company="Ensayos Clínicos Ibéricos", contact="Marta", ret="2026-01-12", lang="es",
    notes="Spanish out-of-office", reply=gm("ensayos-consulta"))

add("auto_reply", "Rob Castellano <rcastellano@veritytrials.com>", "Re: Thank you - Site Monitor", T("2025-09-19 15:30"),
    """Hi - I'm at the DIA regional meeting through Friday with spotty access. Back Monday and will respond then. If it's urgent, call my cell.

Rob Castellano | Verity Trials Group
""", company="Verity Trials Group", contact="Rob", role="Site Monitor", ret="2025-09-22", diff="hard",
    notes="relative 'Back Monday'; no auto-reply headers", reply=gm("verity-thanks"))

add("auto_reply", "Greg Paulson <greg@meadowlarkbio.com>", "Automatic reply: CTA role", T("2025-10-20 13:00", PT),
    """I'm currently out of the office with limited access to email. I'll respond when I can.

Greg Paulson | Clinical Ops | Meadowlark Bio
""", headers=OOO_FULL, company="Meadowlark Bio", contact="Greg", role="CTA", notes="no return date",
    reply=gm("greg-cta"))

add("auto_reply", "Sunil Varghese <svarghese@lyragenomics.com>", "Automatic reply: Interview availability - CRA II",
    T("2026-07-10 10:45", PT),
    """Thanks for reaching out. I'm traveling for site visits and will be back Thursday, July 16. If this is about interview scheduling for the CRA II role, please contact recruiting@lyragenomics.com and the team will help.

Sunil Varghese
Associate Director, Clinical Operations, Lyra Genomics
""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    company="Lyra Genomics", contact="Sunil", role="CRA II", ret="2026-07-16", diff="hard",
    notes="subject contains 'interview'", reply=gm("lyra-avail"))

add("auto_reply", "Dolores Whitaker <dwhitaker@beaconsfieldamc.org>", "Out of Office", T("2025-11-26 16:05"),
    """I will be out of the office for the Thanksgiving holiday and returning Monday, December 1. Thank you for your patience.

Dolores Whitaker | Talent Acquisition Specialist | Beaconsfield Academic Medical Center
""", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, company="Beaconsfield Academic Medical Center",
    contact="Dolores", ret="2025-12-01", notes="holiday OOO", reply=gm("bamc-q"))

add("auto_reply", "Vikram Patel <vpatel@pellhamri.org>", "Automatic reply: Clinical Research Associate - references",
    T("2025-12-23 12:00"),
    None, html="""<html><body><p>Thank you for your email. I am out of the office 2025-12-22 through 2026-01-02, returning 2026-01-05.
During this time I will have no access to email.</p><p>Vikram Patel, MD<br>Pellham Research Institute</p></body></html>
""", headers=OOO_FULL, company="Pellham Research Institute", contact="Vikram", ret="2026-01-05",
    notes="ISO dates; HTML only", reply=gm("pellham-refs"))

# ----------------------------------------------------------------------------- other (26)
UNSUB = {"List-Unsubscribe": "<https://mail.example-news.com/unsub?u=pr>", "Precedence": "bulk"}

add("other", "CareerNest Job Alerts <alerts@careernest.com>", "15 new Clinical Research Associate jobs in Boston, MA",
    T("2026-02-02 07:00"), None, html=html_of("""Priya, here are today's matches for Clinical Research Associate near Boston, MA.

Clinical Research Associate II - Halvorsen Therapeutics - Boston, MA - Easy apply
Senior CRA (Oncology) - Anselm Oncology - Remote (US) - Posted 2 days ago
Clinical Research Coordinator - Fenwick University Medical Center - Boston, MA
Site Monitor - Verity Trials Group - Northeast region

See all 15 jobs. You're receiving this because you created a job alert.""", "CareerNest"),
    headers=UNSUB, notes="job alert digest naming employers")

add("other", "TalentPulse <digest@talentpulse.io>", "Your weekly job matches: CRA, CTA, CRC", T("2025-06-09 06:30", CT),
    """Your weekly job matches

1. In-House CRA - Prairie Sky Clinical - Chicago, IL / Remote
2. Clinical Trial Associate - Meadowlark Bio - South San Francisco, CA
3. CRC II - St. Brendan's Health System - Boston, MA

Update your preferences or unsubscribe: https://talentpulse.io/prefs
""", headers=UNSUB, notes="job alert digest")

add("other", "Clinical Ops Digest <newsletter@clinopsdigest.com>", "This week: bouncing back from a CRA interview rejection",
    T("2026-04-03 08:00"), None, html=html_of("""CLINICAL OPS DIGEST - Issue 212

Feature: "We regret to inform you..." What to do after a rejection from a sponsor. Five CRAs share how they turned a final-round no into their next offer, and how to ask for interview feedback without burning a bridge.

Also inside: RBQM adoption survey results; the new ICH E6(R3) timeline; salary data for in-house CRAs.

Unsubscribe | Manage preferences""", "Clinical Ops Digest"), headers=UNSUB, diff="hard",
    notes="newsletter about rejection and interviews")

add("other", "The Biotech Builders Podcast <hello@biotechbuilders.fm>", "New episode: our interview with the CEO of Corvane Biosciences",
    T("2026-01-15 12:00"), None, html=html_of("""Episode 88 is live! In this interview, Corvane Biosciences CEO talks about rare-disease trial design, hiring a clinical team from scratch, and why she schedules every final-round interview herself.

Listen now on your favorite podcast app.""", "Biotech Builders"), headers=UNSUB, cte="base64", diff="hard",
    notes="podcast 'interview'; names a company; HTML only base64")

add("other", "Bay Colony Bank Alerts <alerts@baycolonybank.com>", "Your card ending in 4417 was declined", T("2025-07-02 19:33"),
    """Unfortunately, a purchase of $212.40 at LOGAN AIRPORT PARKING on your debit card ending in 4417 was declined because it exceeded your daily limit.

If you recognize this purchase, you can raise your limit in the app. If not, call us at 1-800-555-0142.

Bay Colony Bank
""", diff="hard", notes="bank alert: declined, unfortunately")

add("other", "Tomas Rehak <notifications@github.com>", "Re: [clinstats/ctmsr] Add visit window helper (PR #57)",
    T("2025-11-08 10:14", BER),
    """@priyaraman-cra thanks for the contribution. We've decided not to move forward with this change since the windowing logic now lives in the core package. Closing this PR, but feel free to open an issue to discuss.

--
Reply to this email directly or view it on GitHub:
https://github.com/clinstats/ctmsr/pull/57#issuecomment-2231
""", headers={"List-Unsubscribe": "<mailto:unsub+abc@reply.github.com>", "Precedence": "list",
                "List-ID": "clinstats/ctmsr <ctmsr.clinstats.github.com>"}, contact="Tomas", diff="hard",
    notes="pull request closed: 'not move forward'")

add("other", "SCRP Annual Conference <abstracts@scrp-conference.org>", "Abstract #1142 decision", T("2026-06-26 14:00"),
    """Dear Priya Raman,

Thank you for submitting your abstract "Reducing query turnaround at academic sites through targeted CRC training" to the 2026 Annual Conference.

We regret to inform you that your abstract was not accepted for poster presentation. The committee received over 900 submissions. Reviewer comments are below.

Reviewer 1: Interesting topic; sample size limits generalizability.
Reviewer 2: Please clarify the comparison period.

Program Committee
""", diff="hard", notes="conference abstract not accepted")

add("other", "CCRA Prep Academy <offers@ccraprep.com>", "Offer ends tonight: 20% off CCRA exam prep", T("2025-10-31 18:00"),
    None, html=html_of("""Last chance, Priya!

Take 20% off our complete CCRA exam prep bundle with code BOO20. Includes 600 practice questions, a mock interview module for your next CRA role, and live review sessions.

This offer expires at midnight.

Unsubscribe""", "CCRA Prep Academy"), headers=UNSUB, diff="hard", notes="marketing 'offer' and 'interview'")

add("other", "Back Bay Residential <leasing@backbayresidential.com>", "Your rental application for 14 Peterborough St, Unit 5",
    T("2026-06-05 13:40"),
    """Hi Priya,

Good news - your application for 14 Peterborough St, Unit 5 has been approved! We'd like to offer you a 12-month lease starting July 1. Please sign the lease and submit the first month's rent within 48 hours to hold the unit.

Kendra Lowell
Leasing Agent, Back Bay Residential
""", contact="Kendra", diff="hard", notes="apartment application approved; 'offer'")

add("other", "Harborview Credit <noreply@harborviewcredit.com>", "Important information about your loan application",
    T("2025-02-14 09:00"),
    """Dear Priya Raman,

Thank you for applying for a personal loan. After reviewing your application, we are unable to approve your request at this time. The principal reason(s) for our decision: length of employment at current employer.

You have the right to a free copy of your credit report within 60 days. This notice is provided under the Equal Credit Opportunity Act.

Harborview Credit
""", diff="hard", notes="loan adverse action notice")

add("other", "Graduate Admissions, Emerson Park University <gradadmissions@emersonpark.edu>", "Decision on your application: MS in Regulatory Affairs",
    T("2026-03-13 17:00"),
    """Dear Priya,

Congratulations! On behalf of the College of Professional Studies, I am pleased to offer you admission to the part-time MS in Regulatory Affairs program for Fall 2026. Please confirm your enrollment by May 1.

Sincerely,
Margaret Hale
Director of Graduate Admissions
""", contact="Margaret", diff="hard", notes="graduate school admission 'offer'")

add("other", "Rahul Verma <rahul.v@nexaprotech-staffing.com>", "Urgent Need: CRA II - Oncology - Remote - 12+ months W2",
    T("2026-09-01 05:12", IST),
    """Hi,

Hope you are doing well. This is Rahul from Nexapro Tech Staffing. We have an urgent requirement with one of our clients. Please share your updated resume if interested.

Role: CRA II - Oncology
Location: Remote (US)
Duration: 12+ months W2
Interview: Video, slots available this week

Please reply with your rate and availability for a quick call.

Thanks & Regards,
Rahul Verma
Nexapro Tech Staffing
""", contact="Rahul", role="CRA II - Oncology", diff="hard", notes="recruiter mass mailing; mentions interview slots")

add("other", "ProNet <notifications@pronet-mail.com>", "Marguerite Olsen and 3 others viewed your profile", T("2026-04-20 11:00"),
    """Priya, your profile is getting attention.

Marguerite Olsen, Director, Clinical Operations at Corvane Biosciences, and 3 others viewed your profile this week.

Corvane Biosciences is hiring: 4 open roles.

Unsubscribe from these notifications.
""", headers=UNSUB, notes="social network notification naming an employer")

add("other", "Deepa Krishnan <deepa.krish88@gmail.com>", "ugh, final round today", T("2025-05-15 21:47"),
    """Priya!!

I had my final round at that big vaccine company today. Five interviews back to back, and the last guy asked me to whiteboard a monitoring plan. I think it went ok?? They said I'd hear by Friday. If they reject me I'm eating an entire cheesecake.

How are your applications going? Still waiting on Sablewood? Let's get dinner next week.

D
""", contact="Deepa", diff="hard", notes="friend's personal mail about her own interview")

add("other", "Colin Murphy <colinmurphy.bos@gmail.com>", "Fwd: CRA opening on my team", T("2026-01-11 14:05"),
    """Hey P, saw this and thought of you right away. Happy to refer you, just send me your resume.

---------- Forwarded message ---------
From: Talent Team <talent@anselmoncology.com>
Date: Fri, Jan 9, 2026 at 4:30 PM
Subject: Employee referral bonus: Clinical Research Associate (Oncology)

Team, we're hiring a Clinical Research Associate (Oncology) in Boston. Referral bonus $3,000 if your referral is hired after the interview process. Share the link below.
""", contact="Colin", diff="hard", notes="friend forwards a posting")

add("other", "Harborline Life Science Staffing <events@harborline-ls.com>", "Webinar: Nail your next CRA interview (free)",
    T("2026-02-24 10:00"), None, html=html_of("""Join Harborline recruiters on Thursday, March 5 at 12:00 PM ET for a free webinar on preparing for CRA and CRC interviews: behavioural questions, mock monitoring scenarios and salary negotiation.

Register now - seats are limited.""", "Harborline Life Science Staffing"), headers=UNSUB, diff="hard",
    notes="webinar about interviews with a date and time")

add("other", "Clinical Research Credentialing Board <receipts@crcb-cert.org>", "Receipt: CCRP exam registration",
    T("2025-08-05 15:22"),
    """Thank you for your payment.

Item: CCRP Certification Exam - Computer-Based Testing
Amount: $450.00
Card: Visa ending 4417
Order #: CRCB-88120

Your testing window opens September 1.
""", notes="exam registration receipt")

add("other", "Back Bay Dental <reminders@backbaydental.com>", "Appointment confirmed: Tuesday at 2:00 PM", T("2026-05-08 09:00"),
    """Hi Priya, your cleaning with Dr. Amato is confirmed for Tuesday, May 12 at 2:00 PM at 220 Newbury St. Reply C to confirm or R to reschedule.
""", diff="hard", notes="appointment confirmation with a time")

add("other", "Cambridge Biotech Mixer <events@cambiomixer.org>", "We regret to inform you: October mixer cancelled",
    T("2025-10-14 16:00"),
    """Hi all,

We regret to inform you that the October Cambridge Biotech Mixer is cancelled due to a venue issue. Tickets will be refunded automatically within 5 business days. We hope to see you in November!

The Mixer Team
""", headers=UNSUB, diff="hard", notes="'we regret to inform you' about a cancelled event")

add("other", "Boston Clinical Research Meetup <info@meetup-mail.com>", "You're on the waitlist for 'CRA Career Paths Panel'",
    T("2026-09-20 12:12"),
    """Priya, you've been added to the waitlist for CRA Career Paths Panel on Wed, Oct 7. We'll let you know if a spot opens.
""", headers=UNSUB, notes="meetup waitlist")

add("other", "Vault eTMF <no-reply@veevavault-mail.com>", "Document rejected: Monitoring Visit Report - Site 014",
    T("2026-02-11 13:47"),
    """Document MVR-014-0007 "Monitoring Visit Report - Site 014" was rejected in workflow "QC Review" by Helen Brandt.

Comment: Please correct the visit date in section 2 and re-route.

Open the document in Vault to make changes.
""", diff="hard", notes="work system notification: document 'rejected'")

add("other", "Empleo Clínico <boletin@empleoclinico.es>", "Boletín semanal: nuevas ofertas de empleo en investigación clínica",
    T("2026-05-25 08:00", MAD), None, html=html_of("""Hola Priya,

Estas son las ofertas de la semana:

Monitor/a de Ensayos Clínicos (CRA) - Madrid
Coordinador/a de Estudios - Barcelona
Clinical Trial Assistant - remoto

Consejo de la semana: cómo preparar una entrevista con un promotor.

Darse de baja""", "Empleo Clínico"), headers=UNSUB, lang="es", diff="hard",
    notes="Spanish job newsletter; 'ofertas' and 'entrevista'")

add("other", "Halvorsen Therapeutics <surveys@candidate-pulse.com>", "How was your candidate experience?", T("2026-02-19 10:00"),
    """Hi Priya,

You recently applied for a role at Halvorsen Therapeutics. We'd love your feedback on the application and interview experience - it takes 2 minutes and responses are anonymous.

Start survey: https://candidate-pulse.com/s/hx77
""", headers=UNSUB, diff="hard", notes="candidate experience survey from an employer")

add("other", "Workday <brightmoor@myworkday.com>", "Reset your password", T("2025-04-01 22:30", CT),
    """Hello,

A password reset was requested for your Brightmoor Pharmaceuticals candidate account. Use the link below within 30 minutes. If you didn't request this, ignore this email.
""", headers=AUTO_ATS, diff="hard", notes="ATS password reset")

add("other", "Aisha Thompson <aisha.t.crc@gmail.com>", "Favor - reference?", T("2026-10-02 18:20"),
    """Hi Priya,

I hope things are good! I have a second interview Friday for a CRC role at a hospital in Worcester and they asked for three references. Would you be willing to be one? We worked together on the heart-failure registry, so you know my coordinating better than anyone.

Thank you!!
Aisha
""", contact="Aisha", diff="hard", notes="reference request; former colleague's own interview")

add("other", "Axiom Clinical Talent <hotjobs@axiomclinicaltalent.com>", "Hot jobs this week + referral offer",
    T("2025-12-08 09:00"), None, html=html_of("""Hot clinical jobs this week:

- CRA II, Cell Therapy - Cambridge, MA - contract
- Clinical Trial Manager - Remote
- Research Coordinator - Boston, MA

Referral offer: earn $500 for every referred candidate we place.""", "Axiom Clinical Talent"), headers=UNSUB,
    notes="agency marketing newsletter")



if __name__ == "__main__":
    import random
    rnd = random.Random(53)
    rnd.shuffle(SPECS)
    write()
    print(f"wrote {len(SPECS)} messages to {OUT}")
