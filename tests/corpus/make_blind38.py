"""Generate the blind38 evaluation corpus (job seeker: Priya Raman, Sydney).

Stdlib only. Writes tests/corpus/blind38/NNN.eml and labels.csv.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import html as htmlmod
import random
import zlib
from datetime import UTC, date, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind38"
ME = Address("Priya Raman", "priya.raman.cpa", "gmail.com")
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date",
        "lang", "difficulty", "notes", "interview_at"]

ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []


def _first_sunday(y: int, m: int) -> date:
    d = date(y, m, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d


def syd(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    """Sydney/Melbourne local time with the right AEST/AEDT offset."""
    day = date(y, m, d)
    dst = not (_first_sunday(y, 4) <= day < _first_sunday(y, 10))
    return datetime(y, m, d, hh, mm, tzinfo=timezone(timedelta(hours=11 if dst else 10)))


def at(y: int, m: int, d: int, hh: int, mm: int, off: float) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=timezone(timedelta(hours=off)))


def day(dt: datetime) -> str:
    return f"{dt:%A} {dt.day} {dt:%B}"


def hm(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}:{dt.minute:02d}{ap}" if dt.minute else f"{h}{ap}"


def to_html(text: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    body = "".join(
        "<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
        + body + "</body></html>\n"
    )


def mail(
    frm: tuple[str, str],
    subject: str,
    when: datetime,
    text: str,
    *,
    fmt: str = "plain",  # plain | html | alt
    cte: str = "8bit",
    headers: dict[str, str] | None = None,
    reply_to: str | None = None,
    pdf: str | None = None,
    ics: str | None = None,
    to: Address | None = None,
) -> EmailMessage:
    m = EmailMessage()
    name, addr = frm
    local, dom = addr.split("@")
    m["From"] = Address(name, local, dom) if name else addr
    m["To"] = to or ME
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = make_msgid(domain=dom)
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    text = text.strip("\n") + "\n"
    if fmt == "plain":
        m.set_content(text, cte=cte)
    elif fmt == "html":
        m.set_content(to_html(text), subtype="html", cte=cte)
    else:
        m.set_content(text, cte=cte)
        m.add_alternative(to_html(text), subtype="html", cte=cte)
    if ics:
        if fmt == "alt":
            m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        else:
            m.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                             filename="invite.ics")
    if pdf:
        fake = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        m.add_attachment(fake, maintype="application", subtype="pdf", filename=pdf)
    return m


def ical(summary: str, start: datetime, minutes: int, org: str, loc: str) -> str:
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Fictional//Calendar 1.0//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{zlib.crc32(summary.encode())}@cal.example",
        f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{summary}", f"ORGANIZER:mailto:{org}",
        f"ATTENDEE;RSVP=TRUE:mailto:{ME.addr_spec}", f"LOCATION:{loc}",
        "END:VEVENT", "END:VCALENDAR", "",
    ])


def add(label: str, company: str, contact: str, role: str, m: EmailMessage, *,
        ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "",
        iv: datetime | None = None) -> None:
    MSGS.append(m)
    ROWS.append({
        "label": label, "company": company, "contact_first_name": contact, "role": role,
        "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
        "interview_at": iv.isoformat() if iv else "",
    })


def rid(dom: str) -> str:
    return make_msgid(domain=dom)


NOREPLY = {"Auto-Submitted": "auto-generated"}
OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{url}>", "Precedence": "bulk"}


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

def build() -> None:  # noqa: PLR0915
    # ---------------- rejections (26) ----------------
    add("rejection", "Coolabah Financial Group", "", "Senior Financial Analyst", mail(
        ("Coolabah Financial Group", "coolabah@myworkday.com"),
        "Update on your application – Senior Financial Analyst (R-10442)",
        syd(2025, 2, 11, 16, 5),
        """Dear Priya,

Thank you for your interest in the Senior Financial Analyst (R-10442) position at Coolabah Financial Group.

We have now completed our review of applications. While your background is impressive, we will not be progressing your application further on this occasion.

We encourage you to set up a job alert on our careers site so you hear about future roles.

Kind regards,
Talent Acquisition
Coolabah Financial Group Limited

This is an automated message sent from Workday. Please do not reply.""", headers=NOREPLY))

    add("rejection", "Bellbird Partners", "Hamish", "Assistant Manager", mail(
        ("Hamish Torrance", "hamish.torrance@bellbirdpartners.com.au"),
        "RE: Assistant Manager role - final round",
        syd(2025, 3, 26, 17, 42),
        """Hi Priya,

Thanks again for coming in to meet Louise and me last Tuesday, and for the time you put into the case study - it was genuinely one of the better ones we've seen.

I'll be straight with you: the partners have decided to go with another candidate who has more listed-entity audit experience. It was close, and this came down to the particular client mix the team is carrying into FY26 rather than anything you did in the room.

I'd be very happy to keep in touch, and if something in the advisory side opens up I'll let you know directly.

All the best,
Hamish

Hamish Torrance
Director, Audit & Assurance
Bellbird Partners
Level 22, 1 Macquarie Place, Sydney NSW 2000

-----Original Message-----
From: Hamish Torrance
Sent: Friday, 7 March 2025 10:02 AM
To: Priya Raman
Subject: Assistant Manager role - final round

Hi Priya, we'd love to invite you to a final round interview with Louise Kemp (Partner) and me. Could you do Tuesday 18 March at 2pm at our Macquarie Place office?""",
        reply_to=rid("bellbirdpartners.com.au")),
        diff="hard", notes="post-final-round rejection; quoted part is an interview invite")

    add("rejection", "Wattlegrove Super", "", "Investment Reporting Analyst", mail(
        ("Wattlegrove Super Careers", "noreply@pageuppeople.com"),
        "Investment Reporting Analyst - Application Outcome",
        syd(2025, 4, 2, 11, 30),
        """Dear Priya

Thank you for taking the time to apply for the Investment Reporting Analyst role with Wattlegrove Super.

We received a very strong field of applicants and, after careful consideration, we have decided to pursue other applicants whose experience more closely matches the requirements of the role.

We will retain your details in our talent community and may contact you should a suitable opportunity arise.

Yours sincerely
People & Culture Team
Wattlegrove Super Pty Ltd (ABN 00 000 000 000)""", fmt="html", headers=NOREPLY))

    add("rejection", "Moreton Ledger", "Jess", "Finance Business Partner", mail(
        ("Jess from Moreton Ledger", "jess.okoro@moretonledger.io"),
        "Quick update",
        syd(2025, 6, 4, 13, 12),
        """Hey Priya,

Hope your week's going well. Just wanted to close the loop personally - the team went a different direction for the Finance Business Partner hire, and we've made an internal appointment.

Really enjoyed chatting about your month-end automation work. Happy to grab a coffee sometime if you're ever around Surry Hills.

Jess
People Lead, Moreton Ledger""", cte="quoted-printable"),
        diff="hard", notes="casual; internal appointment; 'went a different direction'")

    add("rejection", "Tallowwood Capital", "", "Senior Fund Accountant", mail(
        ("Tallowwood Capital", "no-reply@greenhouse.io"),
        "Your application to Tallowwood Capital",
        syd(2025, 1, 28, 9, 47),
        """Hi Priya,

Thanks so much for applying to the Senior Fund Accountant position at Tallowwood Capital. We've carefully considered your application and unfortunately this one didn't work out - we've moved ahead with other candidates for this opening.

We really appreciate your interest and hope you'll consider us again in the future.

Best,
The Tallowwood Capital Recruiting Team""", fmt="alt", headers=NOREPLY))

    add("rejection", "City of Carramar Vale", "", "Management Accountant", mail(
        ("City of Carramar Vale - Recruitment", "recruitment@carramarvale.nsw.gov.au"),
        "Position No. 2025/118 Management Accountant",
        syd(2025, 7, 21, 15, 0),
        """Dear Ms Raman

RE: POSITION NO. 2025/118 - MANAGEMENT ACCOUNTANT

Thank you for your recent application and for attending an interview for the above position.

The selection panel has now completed its assessment. I regret to advise that you have not been recommended for appointment on this occasion.

Council appreciates the effort you have put into your application and wishes you every success in your future career.

Should you wish to receive feedback, please contact the panel convenor, Mr Graham Pettit, on (02) 5550 1180.

Yours faithfully

Recruitment Officer
People and Culture
City of Carramar Vale""", pdf="Outcome_Letter_2025-118.pdf"),
        diff="hard", notes="formal council letter; mentions attending interview; PDF attached")

    add("rejection", "Ironbark Advisory", "Sophie", "Transaction Services Senior Analyst", mail(
        ("Sophie Lindqvist", "sophie.lindqvist@calderwestsearch.com.au"),
        "Ironbark - feedback",
        syd(2025, 8, 6, 18, 20),
        """Hi Priya,

Sorry for the slow follow-up. I've heard back from Ironbark Advisory on the Transaction Services Senior Analyst role. They liked your technical grounding but felt they needed someone who'd done a couple more sell-side deals end to end, so they won't be moving you to the next stage.

Not the outcome we wanted. I've got a couple of other FDD roles coming through from clients in the next few weeks and I'll have you front of mind.

Speak soon,
Sophie

Sophie Lindqvist | Senior Consultant, Accounting & Finance
Calder West Search Pty Ltd | Sydney""", cte="quoted-printable"),
        diff="hard", notes="agency recruiter relays client decision; company is the client")

    add("rejection", "Harbourline Bank", "", "Credit Risk Analyst", mail(
        ("Harbourline Bank Careers", "harbourline@smartrecruiters.com"),
        "Credit Risk Analyst at Harbourline Bank",
        syd(2025, 9, 9, 10, 15),
        """Dear Priya,

Thank you for your application for the position of Credit Risk Analyst.

After careful review we regret to inform you that we won't be moving forward with your application. We know this news may be disappointing.

Please do not reply to this email as this mailbox is not monitored.

Warm regards,
Harbourline Bank Talent Team""", fmt="html", cte="base64", headers=NOREPLY),
        diff="hard", notes="'mailbox is not monitored' footer in an ATS rejection")

    add("rejection", "Yarrabend University", "", "Finance Officer (Research Grants)", mail(
        ("Yarrabend University", "careers@yarrabend.edu.au"),
        "Finance Officer (Research Grants) - Ref 51839",
        syd(2025, 10, 14, 12, 0),
        """Dear Priya Raman,

Thank you for your interest in employment at Yarrabend University.

We wish to advise that the position of Finance Officer (Research Grants) has now been filled. We thank you for the time taken to submit your application.

Regards,
HR Services
Yarrabend University""", headers=NOREPLY))

    add("rejection", "Kingfisher Mutual", "Daniel", "FP&A Manager", mail(
        ("Daniel Moreau", "dmoreau@kingfishermutual.com.au"),
        "FP&A Manager",
        syd(2025, 11, 3, 19, 5),
        """Priya,

Appreciate your patience while we worked through things. We've offered the role to someone else who accepted today.

Thanks for your time across the three conversations.

Daniel""", ),
        diff="hard", notes="curt; 'offered the role' to someone else")

    add("rejection", "Salt Creek Energy", "", "Commercial Analyst", mail(
        ("Salt Creek Energy", "salt-creek-energy@jobs.lever.co"),
        "Salt Creek Energy - Commercial Analyst",
        syd(2025, 11, 27, 8, 33),
        """Hi Priya,

Thank you for your interest in Salt Creek Energy and for the time you spent on our online assessment.

We've reviewed your application carefully. At this stage we've decided not to progress your candidacy for the Commercial Analyst role, as we are focusing on candidates with direct energy trading exposure.

We hope our paths cross again.

Salt Creek Energy Talent""", fmt="alt", headers=NOREPLY),
        diff="hard", notes="mentions assessment; 'decided not to progress your candidacy'")

    add("rejection", "Southbank Health Partners", "", "Payroll & Financial Accountant", mail(
        ("Southbank Health Partners", "donotreply@taleo.net"),
        "Southbank Health Partners: Application Status",
        syd(2025, 12, 16, 14, 50),
        """Dear Priya,

Thank you for applying for Payroll & Financial Accountant (Requisition 25-0931) at Southbank Health Partners.

We regret to advise that your application has been unsuccessful. Due to the high volume of applications, we are unable to provide individual feedback.

Regards,
Southbank Health Partners Recruitment""", headers=NOREPLY))

    add("rejection", "Arcadia Wealth Management", "Fiona", "Senior Tax Accountant", mail(
        ("Fiona Achterberg", "fiona@arcadiawealth.com.au"),
        "Re: Thank you!",
        syd(2026, 2, 3, 10, 40),
        """Hi Priya,

Lovely to get your note, and thank you for the kind words about the team.

I'm afraid I have news I'd rather not be giving: we've decided to offer the Senior Tax Accountant role to a candidate who has spent the last few years in a family-office setting, which is where most of our growth is coming from. You were a great fit for Arcadia culturally, just not quite the right match for this particular seat at this time.

With your permission I'd like to pass your CV to a friend at a mid-tier firm in Parramatta who is hiring. Let me know.

Warmly,
Fiona Achterberg
Practice Manager
Arcadia Wealth Management Pty Ltd

> On Thu, 29 Jan 2026 at 8:14 pm, Priya Raman <priya.raman.cpa@gmail.com> wrote:
> Hi Fiona, thank you for this morning's session. I really enjoyed
> hearing about the family office clients and I'm excited about the
> possibility of joining the team. Looking forward to hearing about next steps.""",
        reply_to=rid("mail.gmail.com")),
        diff="hard", notes="reply to thank-you note; referral offer; 'offer' used for other candidate")

    add("rejection", "Ashgrove Insurance Group", "", "Reinsurance Accountant", mail(
        ("Ashgrove Insurance Group", "ashgrove@myworkday.com"),
        "Regarding your application for Reinsurance Accountant",
        syd(2026, 2, 4, 7, 58),
        """Hi Priya,

Thank you for your interest in the Reinsurance Accountant opportunity. We're writing to let you know the position has been filled.

We appreciate the time you invested and hope you will explore other opportunities with Ashgrove Insurance Group.

Ashgrove Insurance Group Ltd""", fmt="html", headers=NOREPLY))

    add("rejection", "Pelican Point Payments", "Marcus", "Financial Controller", mail(
        ("Marcus Webb", "marcus.webb@harlowfinch.com.au"),
        "FW: Financial Controller - Pelican Point",
        syd(2026, 2, 26, 16, 10),
        """Hi Priya,

See below from the CFO - not the news we hoped for. Let's have a chat tomorrow about the other two roles I mentioned.

Marcus Webb
Principal Consultant | Harlow Finch Recruitment

________________________________
From: Eleanor Baptiste <eleanor.baptiste@pelicanpoint.com.au>
Sent: Thursday, 26 February 2026 3:31 PM
To: Marcus Webb <marcus.webb@harlowfinch.com.au>
Subject: Financial Controller - Pelican Point

Marcus, thanks for sending Priya through. Great interview, very composed, but we're going to progress with Tom as his payments-scheme background is hard to pass up. Please pass on our thanks.

Eleanor
CFO, Pelican Point Payments""", cte="quoted-printable"),
        diff="hard", notes="agency forwards client CFO's decision; decision in forwarded part")

    add("rejection", "Brolga Analytics", "", "Finance Analyst", mail(
        ("Brolga Analytics Hiring", "notifications@ashbyhq.com"),
        "Update from Brolga Analytics",
        syd(2026, 3, 11, 12, 2),
        """Hi Priya,

Thanks for your patience. After reviewing your application for Finance Analyst, we've decided to move forward with other candidates at this time.

We'll keep your profile on file and may reach out if a future role is a good match.

- Brolga Analytics""", fmt="alt", headers=NOREPLY))

    add("rejection", "Deloraine Consulting", "", "Senior Consultant, Financial Advisory", mail(
        ("Deloraine Consulting Careers", "deloraine@jobvite.com"),
        "Senior Consultant, Financial Advisory – next steps",
        syd(2026, 4, 15, 9, 20),
        """Dear Priya,

Thank you for completing the video interview and the technical assessment for the Senior Consultant, Financial Advisory role.

Having reviewed your responses alongside those of other applicants, we will not be inviting you to the next stage of our process. Competition for this role was very strong.

Next steps: there are no further actions required from you. Your profile will remain in our system for 12 months.

Deloraine Consulting Recruitment""", headers=NOREPLY),
        diff="hard", notes="'next steps' in subject; mentions video interview; rejection in the middle")

    add("rejection", "Fernleigh Credit Union", "Angus", "Treasury Analyst", mail(
        ("Angus McPhail", "angus.mcphail@fernleighcu.com.au"),
        "Treasury Analyst",
        syd(2026, 5, 7, 14, 45),
        """Good afternoon Priya,

Many thanks for your interest in the Treasury Analyst position and for speaking with me last week.

After a lot of deliberation we have decided to offer the position to a candidate who currently manages liquidity reporting for a similar-sized ADI. I know that's not what you were hoping to hear.

I'll hold on to your details. Our regulatory reporting team is likely to grow in the second half of the year, and I'd be keen to talk to you then.

Regards,
Angus McPhail
Head of Treasury
Fernleigh Credit Union Limited"""),
        diff="hard", notes="'offer the position' to another candidate; future interest")

    add("rejection", "Gannet Logistics", "", "Cost Accountant", mail(
        ("Gannet Logistics via SEEK", "applications@seek-relay.example.com.au"),
        "Your application for Cost Accountant at Gannet Logistics",
        syd(2026, 5, 29, 11, 11),
        """Hi Priya,

Gannet Logistics has updated the status of your application for Cost Accountant.

Status: Not suitable

Employers may not always provide feedback. Keep searching - there are thousands of new jobs added each week.

View your applied jobs""", fmt="html", headers=NOREPLY),
        diff="hard", notes="job board status update 'Not suitable'; no prose rejection")

    add("rejection", "Quandong Foods", "Leila", "Commercial Finance Manager", mail(
        ("Leila Haddad", "leila.haddad@quandongfoods.com.au"),
        "Commercial Finance Manager - outcome",
        syd(2025, 6, 18, 17, 2),
        """Hi Priya,

Thank you for taking part in our interview process for the Commercial Finance Manager role, including the panel with our CFO on Monday.

We were impressed by your technical knowledge of AASB consolidation. However, on this occasion we have selected a candidate whose experience is a closer fit with our ERP migration.

Please don't hesitate to apply for future roles with us.

Kind regards,
Leila Haddad
Talent Acquisition Partner
Quandong Foods Pty Ltd""", fmt="alt"))

    add("rejection", "Eastmoor Water", "", "Regulatory Finance Analyst", mail(
        ("Eastmoor Water Recruitment", "eastmoorwater@pageuppeople.com"),
        "Application outcome - Regulatory Finance Analyst",
        syd(2026, 7, 8, 10, 0),
        """Dear Priya,

Thank you for your application for the role of Regulatory Finance Analyst (Job No. 774321).

The shortlisting process for this role is now complete. Unfortunately, you have not been shortlisted for interview.

Thank you for your interest in working with Eastmoor Water.

Regards,
Eastmoor Water Recruitment Team""", headers=NOREPLY))

    add("rejection", "Norquay Bank", "Olivia", "Product Control Analyst", mail(
        ("Olivia Brennan", "olivia.brennan@norquaybank.com"),
        "Product Control Analyst - Sydney",
        at(2025, 9, 26, 9, 15, 1),
        """Hi Priya,

Thanks for your time on the video calls with the Sydney desk and with me in London.

We've now wrapped up the process and, while the Sydney team thought highly of you, we have decided to move ahead with a candidate who has more rates-derivatives product control experience. I'm sorry it isn't better news.

Best wishes,
Olivia Brennan
Talent Acquisition, APAC & EMEA
Norquay Bank"""),
        diff="hard", notes="sent from London office (+0100); mentions video calls")

    add("rejection", "Currawong Property Trust", "", "Trust Accountant", mail(
        ("Currawong Property Trust", "hiring@currawong.teamtailor-mail.com"),
        "Thanks for applying, Priya",
        syd(2026, 8, 19, 13, 30),
        """Hi Priya,

Thank you for interviewing for the Trust Accountant position at Currawong Property Trust. We've now completed our interviews and we're sorry to let you know that we have chosen to continue with other candidates.

We wish you the best of luck with your job search.

Best regards,
Currawong Property Trust""", fmt="alt", cte="quoted-printable", headers=NOREPLY))

    add("rejection", "Finanzas Brisa", "Lucía", "Analista Financiera Senior", mail(
        ("Lucía Fernández Ortega", "lucia.fernandez@finanzasbrisa.es"),
        "Proceso de selección - Analista Financiera Senior",
        at(2026, 9, 10, 11, 20, 2),
        """Hola Priya:

Muchas gracias por tu interés en Finanzas Brisa y por el tiempo dedicado a las entrevistas con nuestro equipo de Madrid y con la oficina de Sídney.

Lamentablemente, hemos decidido continuar el proceso con otra candidata cuyo perfil se ajusta más a las necesidades actuales del puesto de Analista Financiera Senior.

Guardaremos tu candidatura para futuras vacantes.

Un saludo cordial,
Lucía Fernández Ortega
Responsable de Selección
Finanzas Brisa, S.L.""", cte="quoted-printable"),
        lang="es", notes="Spanish; S.L. dropped")

    add("rejection", "Kestrelton Insurance", "", "Claims Finance Analyst", mail(
        ("Kestrelton Insurance Careers", "careers-noreply@kestrelton.com.au"),
        "Your application status has changed",
        syd(2026, 10, 13, 15, 45),
        """Hello Priya,

The status of your application for Claims Finance Analyst has changed.

Current status: Position filled - not selected

Log in to the candidate portal to view details.

Kestrelton Insurance""", fmt="html", headers=NOREPLY),
        diff="hard", notes="portal status notice only")

    add("rejection", "Marrawah Group", "Ben", "Senior Management Accountant", mail(
        ("Ben Castellano", "ben@marrawahgroup.com.au"),
        "Re: Senior Management Accountant – interview Thursday",
        syd(2026, 11, 6, 8, 55),
        """Morning Priya,

Before anything else - apologies, I should have called. We have had a change of heart on the level of the role after Thursday's interviews and we are appointing someone with a CFO-in-waiting profile. So it's a no from us for the Senior Management Accountant role, sadly.

Thanks for being so generous with your time.

— Ben

On Mon, 2 Nov 2026, Ben Castellano wrote:
> Hi Priya, great news - we'd like you in for an interview on Thursday 5 November
> at 11am, 201 Kent St, level 9. Bring your CPA certificate if you can.""",
        reply_to=rid("marrawahgroup.com.au")),
        diff="hard", notes="subject says interview; quoted invitation; 'it's a no'")

    # ---------------- on_hold (10) ----------------
    add("on_hold", "Harbourline Bank", "Nadia", "Senior Analyst, Capital Management", mail(
        ("Nadia Karimi", "nadia.karimi@harbourlinebank.com.au"),
        "Senior Analyst, Capital Management - pause",
        syd(2025, 3, 4, 11, 20),
        """Hi Priya,

I wanted to let you know that Harbourline Bank has put a temporary freeze on all external hiring in Group Treasury while we complete our annual planning. That means the Senior Analyst, Capital Management search is paused, effective today.

This is no reflection on you at all - the hiring manager was keen to meet you. I'm hoping to restart in around six weeks and will contact you as soon as I have news.

Thanks for your patience,
Nadia Karimi
Talent Acquisition Lead"""))

    add("on_hold", "Wattlegrove Super", "", "Member Finance Analyst", mail(
        ("Wattlegrove Super Careers", "noreply@pageuppeople.com"),
        "Member Finance Analyst - position withdrawn",
        syd(2025, 6, 24, 16, 0),
        """Dear Priya

Thank you for your application for the Member Finance Analyst role.

Following a review of our structure in preparation for the fund merger, this role has been withdrawn and will not be filled at this time. As a result your application will no longer be considered for this position.

We appreciate your interest in Wattlegrove Super and encourage you to apply for future roles.

People & Culture Team""", headers=NOREPLY),
        diff="hard", notes="role withdrawn due to merger; 'no longer be considered' reads like a rejection")

    add("on_hold", "Moreton Ledger", "Jess", "Revenue Accountant", mail(
        ("Jess Okoro", "jess.okoro@moretonledger.io"),
        "Revenue Accountant - putting things on ice",
        syd(2025, 8, 28, 12, 30),
        """Hi Priya,

Awkward one. Our Series B close has slipped into next quarter, and the board has asked us to hold all new headcount until it lands. So we're pausing the Revenue Accountant search for now.

You were our front runner, so please don't read anything into this. I'll be in touch the moment we can hire again - hopefully by November.

Jess""", cte="quoted-printable"),
        diff="hard", notes="informal; funding delay; no 'freeze' word")

    add("on_hold", "Yarrabend University", "", "Senior Finance Business Partner", mail(
        ("Yarrabend University", "careers@yarrabend.edu.au"),
        "Senior Finance Business Partner (Ref 52210) - recruitment cancelled",
        syd(2025, 10, 30, 10, 10),
        """Dear Priya Raman,

We are writing to inform you that recruitment for the Senior Finance Business Partner position (Ref 52210) has been cancelled due to organisational restructure within the Finance Division.

We thank you for your interest and encourage you to monitor our careers page.

HR Services
Yarrabend University""", headers=NOREPLY))

    add("on_hold", "Tallowwood Capital", "Rohan", "Fund Accountant, Private Credit", mail(
        ("Rohan Mehta", "rohan.mehta@tallowwoodcapital.com"),
        "Private Credit Fund Accountant",
        syd(2026, 1, 13, 9, 5),
        """Hi Priya,

Hope you had a good break. I'm sorry to say that the new private credit fund we were hiring for has been deferred by the investment committee, so the Fund Accountant role attached to it is on hold indefinitely.

We'd kept you on our shortlist and I'll keep your details if the fund is relaunched. I'm genuinely sorry for the stop-start.

Cheers,
Rohan Mehta
Head of Fund Operations
Tallowwood Capital Pty Ltd""", fmt="alt"))

    add("on_hold", "Brolga Analytics", "", "Senior FP&A Analyst", mail(
        ("Brolga Analytics Hiring", "notifications@ashbyhq.com"),
        "Senior FP&A Analyst role update",
        syd(2026, 3, 19, 15, 22),
        """Hi Priya,

We wanted to give you a quick update. The Senior FP&A Analyst role has been closed as our priorities for the year have changed and we are no longer hiring for this position.

We're grateful you took the time to apply and to speak with our team.

- Brolga Analytics""", fmt="html", headers=NOREPLY),
        diff="hard", notes="'no longer hiring for this position'; template tone like a rejection")

    add("on_hold", "Pfennig Treuhand GmbH", "Katharina", "Financial Analyst (m/w/d)", mail(
        ("Katharina Vogel", "k.vogel@pfennig-treuhand.de"),
        "Ihre Bewerbung als Financial Analyst (m/w/d) – Stellenbesetzung pausiert",
        at(2026, 4, 21, 10, 30, 2),
        """Sehr geehrte Frau Raman,

vielen Dank für Ihr Interesse an der Position Financial Analyst (m/w/d) an unserem Standort Sydney.

Aufgrund einer kurzfristigen Budgetüberprüfung haben wir das Besetzungsverfahren für diese Stelle vorübergehend ausgesetzt. Dies ist ausdrücklich keine Entscheidung gegen Ihre Person. Sobald wir das Verfahren wieder aufnehmen, melden wir uns unaufgefordert bei Ihnen.

Mit freundlichen Grüßen
Katharina Vogel
Personalabteilung
Pfennig Treuhand GmbH""", cte="quoted-printable"),
        lang="de", notes="German; budget review pause")

    add("on_hold", "Kingfisher Mutual", "Daniel", "Finance Manager, Shared Services", mail(
        ("Daniel Moreau", "dmoreau@kingfishermutual.com.au"),
        "Finance Manager, Shared Services",
        syd(2026, 6, 2, 18, 40),
        """Priya,

We've just been told the shared services restructure is going ahead, and the Finance Manager role is one of the positions being eliminated. I wanted you to hear it from me before you see any announcement.

I'm disappointed - we'd scheduled you for next week's panel. If anything comparable emerges from the new structure I'll reach out.

Daniel Moreau
GM Finance, Kingfisher Mutual"""),
        diff="hard", notes="role eliminated; mentions scheduled panel")

    add("on_hold", "Salt Creek Energy", "", "Senior Commercial Analyst", mail(
        ("Salt Creek Energy", "salt-creek-energy@jobs.lever.co"),
        "An update on the Senior Commercial Analyst role",
        syd(2026, 8, 11, 10, 5),
        """Hi Priya,

Thank you for your continued interest in Salt Creek Energy. We're writing to let everyone in the process know that we've paused hiring for the Senior Commercial Analyst role while we reassess our commercial team's structure following the asset sale announced last week.

We'll keep your application active and will be in touch if and when the role reopens. We're sorry for the delay this causes.

Salt Creek Energy Talent""", fmt="alt", headers=NOREPLY),
        diff="hard", notes="ATS-style pause after asset sale")

    add("on_hold", "Banksia Community Housing", "Grace", "Finance Manager", mail(
        ("Grace Nwosu", "gnwosu@banksiahousing.org.au"),
        "Finance Manager recruitment",
        syd(2025, 10, 20, 14, 0),
        """Dear Priya,

Thank you for your patience. I regret to let you know that the board has put the Finance Manager recruitment on hold until our government funding agreement for 2026-27 is confirmed, which we expect in February.

We will contact shortlisted candidates, including you, once we are in a position to proceed.

Kind regards,
Grace Nwosu
CEO
Banksia Community Housing Ltd"""),
        diff="hard", notes="'I regret to let you know' but it is a pause")

    # ---------------- interviews (22) ----------------
    iv = syd(2025, 2, 20, 10, 0)
    add("interview", "Bellbird Partners", "Louise", "Senior Accountant, Audit & Assurance", mail(
        ("Louise Kemp", "louise.kemp@bellbirdpartners.com.au"),
        "Interview - Senior Accountant, Audit & Assurance",
        syd(2025, 2, 14, 13, 0),
        f"""Dear Priya,

Thank you for your application for the Senior Accountant position in our Audit & Assurance team.

I'm pleased to invite you to an interview on {day(iv)} at {hm(iv)} at our office at Level 22, 1 Macquarie Place, Sydney. You will meet me and Hamish Torrance, one of our Directors. Please allow about an hour.

Please ask for me at reception on level 22.

Kind regards,
Louise Kemp
Partner
Bellbird Partners"""), iv=iv)

    iv = syd(2025, 3, 27, 14, 30)
    add("interview", "Coolabah Financial Group", "", "Finance Analyst, Group Performance", mail(
        ("Coolabah Financial Group", "coolabah@myworkday.com"),
        "Interview confirmed: Finance Analyst, Group Performance",
        syd(2025, 3, 21, 9, 2),
        f"""Hi Priya,

Your interview has been confirmed.

Role: Finance Analyst, Group Performance
Date: {day(iv)} {iv.year}
Time: 2:30 PM - 3:15 PM AEDT
Format: Microsoft Teams (link in the attached invitation)
Interviewers: Simone Tait, Finance Manager; Arun Pillai, Senior Analyst

If you need to reschedule, please use the link in your candidate home.

Coolabah Financial Group Talent Acquisition""", fmt="alt", headers=NOREPLY,
        ics=ical("Interview: Finance Analyst, Group Performance", iv, 45,
                 "talent@coolabahfg.com.au", "Microsoft Teams")), iv=iv)

    add("interview", "Tallowwood Capital", "Rohan", "Fund Accountant", mail(
        ("Rohan Mehta", "rohan.mehta@tallowwoodcapital.com"),
        "Fund Accountant - let's chat",
        syd(2025, 4, 29, 16, 14),
        """Hi Priya,

Thanks for applying for the Fund Accountant role. Your unit pricing experience caught my eye.

Would you be up for a 30-minute call with me this week or next? Grab any slot that suits here: https://calendly.com/rohan-tallowwood/30min

Cheers,
Rohan"""),
        diff="hard", notes="scheduling link; 'call' not 'interview'")

    iv = syd(2025, 5, 16, 11, 0)
    add("interview", "Moreton Ledger", "Jess", "Finance Business Partner", mail(
        ("Jess Okoro", "jess.okoro@moretonledger.io"),
        "Re: Finance Business Partner",
        syd(2025, 5, 15, 15, 48),
        """Perfect - tomorrow at 11 works. I'll send a Google Meet link, it'll be me and our CFO, Anil. Very informal, mostly about how you'd partner with the growth team.

Jess

> On 15 May 2025, at 2:10 pm, Priya Raman wrote:
> Hi Jess, thanks for getting back to me. Unfortunately I can't do Wednesday
> as I have a month-end deadline, but tomorrow (Friday) at 11 would suit.""",
        reply_to=rid("mail.gmail.com"), cte="quoted-printable"),
        diff="hard", notes="'tomorrow at 11' relative; quoted part says 'unfortunately'", iv=iv)

    add("interview", "Harbourline Bank", "", "Credit Risk Analyst", mail(
        ("Harbourline Bank Careers", "harbourline@smartrecruiters.com"),
        "Next step: online video interview - Credit Risk Analyst",
        syd(2025, 6, 10, 10, 30),
        """Dear Priya,

Congratulations - you've been selected to progress to the next stage for the Credit Risk Analyst role.

The next step is a one-way video interview. You'll be asked five questions and have up to three minutes to record each answer. Please complete it within 5 days using the link below.

Start your video interview

Good luck!
Harbourline Bank Talent Team""", fmt="html", headers=NOREPLY), notes="one-way video interview")

    iv = syd(2025, 7, 3, 9, 30)
    add("interview", "City of Carramar Vale", "Graham", "Management Accountant", mail(
        ("Graham Pettit", "gpettit@carramarvale.nsw.gov.au"),
        "Interview invitation - Position 2025/118",
        syd(2025, 6, 26, 11, 45),
        f"""Dear Priya,

Thank you for your application for the position of Management Accountant (2025/118). I am pleased to advise that you have been shortlisted for interview.

Date: {day(iv)} {iv.year}
Time: {hm(iv)}
Location: Council Administration Centre, 14 Civic Way, Carramar Vale (meeting room 3)
Panel: Graham Pettit (Chief Financial Officer), Yvonne Lau (Finance Coordinator), Sam Doherty (People & Culture)

Please bring your original qualifications and two forms of ID. You will be given a short written exercise 20 minutes before the interview.

Please confirm your attendance by reply email.

Regards
Graham Pettit
Chief Financial Officer
City of Carramar Vale"""), iv=iv)

    add("interview", "Ironbark Advisory", "Sophie", "Transaction Services Senior Analyst", mail(
        ("Sophie Lindqvist", "sophie.lindqvist@calderwestsearch.com.au"),
        "Ironbark Advisory want to meet you!",
        syd(2025, 7, 24, 12, 12),
        """Hi Priya,

Great news - Ironbark Advisory loved your CV and would like to meet you for a first-round interview for the Transaction Services Senior Analyst role. They've offered either Tuesday 29 July at 4pm or Wednesday 30 July at 8:30am at their Barangaroo office.

Let me know which you prefer and I'll lock it in. I'll send over some prep notes tonight.

Sophie
Calder West Search"""),
        diff="hard", notes="agency recruiter; two slots offered so no single time")

    iv = at(2025, 8, 26, 9, 0, 2)
    add("interview", "Pfennig Treuhand GmbH", "Katharina", "Financial Analyst (m/w/d)", mail(
        ("Katharina Vogel", "k.vogel@pfennig-treuhand.de"),
        "Einladung zum Vorstellungsgespräch – Financial Analyst (m/w/d)",
        at(2025, 8, 11, 14, 5, 2),
        """Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem ersten Vorstellungsgespräch per Videokonferenz einladen.

Termin: Dienstag, 26. August 2025, 9:00 Uhr MESZ (17:00 Uhr in Sydney)
Teilnehmende: Katharina Vogel (Personal), Dr. Felix Brandt (Leitung Controlling)

Den Link zur Microsoft-Teams-Besprechung erhalten Sie separat.

Mit freundlichen Grüßen
Katharina Vogel
Pfennig Treuhand GmbH""", cte="quoted-printable"),
        lang="de", diff="hard", notes="German; time stated in CEST with Sydney conversion", iv=iv)

    iv = syd(2025, 9, 17, 13, 0)
    add("interview", "Norquay Bank", "Olivia", "Product Control Analyst", mail(
        ("Olivia Brennan", "olivia.brennan@norquaybank.com"),
        "Invitation: Product Control Analyst - Interview with Sydney desk",
        at(2025, 9, 12, 8, 0, 1),
        f"""Hi Priya,

I've set up your interview with the Sydney product control team for {day(iv)} at {hm(iv)} Sydney time. The calendar invitation is attached; the meeting is in person at 60 Martin Place, level 31.

You'll meet Victor Huang and Clara Nsimba for about 45 minutes.

Best,
Olivia Brennan
Talent Acquisition, Norquay Bank""", fmt="alt",
        ics=ical("Interview - Product Control Analyst", iv, 45,
                 "olivia.brennan@norquaybank.com", "60 Martin Place L31")),
        diff="hard", notes="sent from London (+0100) but time stated in Sydney time", iv=iv)

    iv = syd(2025, 10, 22, 15, 0)
    add("interview", "Gannet Logistics", "Priyanka", "Financial Accountant", mail(
        ("Priyanka Shah", "priyanka.shah@gannetlogistics.com.au"),
        "Financial Accountant - phone screen",
        syd(2025, 10, 20, 9, 37),
        f"""Hi Priya,

Thanks for applying for our Financial Accountant role. I'd love to have a quick 20-minute phone conversation to learn a bit more about you. I've pencilled in {day(iv)} at 3pm and will call you on the mobile number in your CV - if that doesn't suit, just reply with another time.

Speak then,
Priyanka Shah
Recruitment Coordinator
Gannet Logistics"""),
        diff="hard", notes="phone screen without the word interview", iv=iv)

    iv = syd(2025, 11, 12, 10, 0)
    add("interview", "Southbank Health Partners", "", "Finance Manager, Clinical Services", mail(
        ("Southbank Health Partners", "donotreply@taleo.net"),
        "Interview Scheduled - Finance Manager, Clinical Services",
        syd(2025, 11, 5, 17, 20),
        f"""Dear Priya,

An interview has been scheduled for you.

Position: Finance Manager, Clinical Services
Date/Time: {iv:%d/%m/%Y} 10:00 AM (AEDT)
Location: Southbank Health Partners, 88 Riverside Parade, Southbank VIC 3006
Duration: 60 minutes (panel interview)

Please arrive 10 minutes early and report to the Level 2 reception.

Southbank Health Partners Recruitment""", headers=NOREPLY),
        notes="Melbourne; DD/MM/YYYY date", iv=iv)

    add("interview", "Deloraine Consulting", "", "Senior Consultant, Financial Advisory", mail(
        ("Deloraine Consulting Careers", "deloraine@jobvite.com"),
        "Schedule your interview with Deloraine Consulting",
        syd(2025, 12, 2, 11, 0),
        """Hi Priya,

We'd like to invite you to a 45-minute interview for the Senior Consultant, Financial Advisory role.

Please choose a time that works for you using the link below. Available times are shown in your local time zone.

Select a time: https://deloraine.goodtime.io/schedule/abc123

We look forward to speaking with you.
Deloraine Consulting Recruitment""", fmt="alt", headers=NOREPLY), notes="GoodTime scheduling link")

    iv = syd(2026, 1, 29, 9, 0)
    add("interview", "Arcadia Wealth Management", "Fiona", "Senior Tax Accountant", mail(
        ("Fiona Achterberg", "fiona@arcadiawealth.com.au"),
        "Take-home + catch-up",
        syd(2026, 1, 19, 12, 30),
        f"""Hi Priya,

Thanks for chatting last week. As a next step we'd like you to complete a short tax exercise (attached) - it should take 2-3 hours, and please send it back by Wednesday.

We'll then walk through it together with our senior partner, Geoff, on {day(iv)} at 9am at our North Sydney office. Coffee will be on us.

Fiona
Practice Manager, Arcadia Wealth Management""", pdf="Arcadia_Tax_Exercise.pdf"),
        diff="hard", notes="take-home plus review session; no word interview", iv=iv)

    iv = syd(2026, 2, 17, 16, 30)
    add("interview", "Pelican Point Payments", "Marcus", "Financial Controller", mail(
        ("Marcus Webb", "marcus.webb@harlowfinch.com.au"),
        "Pelican Point - interview confirmed",
        syd(2026, 2, 12, 10, 5),
        f"""Hi Priya,

Confirmed for you: {day(iv)} at 4:30pm with Eleanor Baptiste (CFO) at Pelican Point Payments, Level 5, 33 Alfred Street, Sydney.

Eleanor is direct and will want to talk through how you'd handle scheme settlement reconciliations. Call me afterwards.

Marcus Webb
Principal Consultant | Harlow Finch Recruitment Pty Ltd""", cte="quoted-printable"),
        diff="hard", notes="agency recruiter confirms client interview", iv=iv)

    iv = syd(2026, 3, 10, 13, 0)
    add("interview", "Quandong Foods", "Leila", "Group Reporting Accountant", mail(
        ("Leila Haddad", "leila.haddad@quandongfoods.com.au"),
        "Rescheduled: Group Reporting Accountant interview",
        syd(2026, 3, 5, 8, 45),
        f"""Hi Priya,

Unfortunately our CFO has been called to a board meeting on Friday, so we need to move your interview. Our apologies!

The new time is {day(iv)} at 1pm, same location (Level 3, 12 Eastern Valley Way, Chatswood). The rest of the panel is unchanged.

Please let me know if this doesn't work.

Kind regards,
Leila Haddad
Talent Acquisition Partner
Quandong Foods""", fmt="alt"),
        diff="hard", notes="reschedule opening with 'Unfortunately'", iv=iv)

    iv = syd(2026, 4, 1, 11, 30)
    add("interview", "Fernleigh Credit Union", "Angus", "Treasury Analyst", mail(
        ("Angus McPhail", "angus.mcphail@fernleighcu.com.au"),
        "Treasury Analyst: Meeting",
        syd(2026, 3, 27, 14, 0),
        "",
        fmt="alt",
        ics=ical("Treasury Analyst - Priya Raman / Angus McPhail", iv, 60,
                 "angus.mcphail@fernleighcu.com.au", "Fernleigh CU, 2 Park St, Sydney")),
        diff="hard", notes="calendar invite only; body empty, time only in text/calendar", iv=iv)

    add("interview", "Marrawah Group", "Ben", "Senior Management Accountant", mail(
        ("Ben Castellano", "ben@marrawahgroup.com.au"),
        "Senior Management Accountant",
        syd(2026, 4, 22, 7, 50),
        """Priya - loved your application. Are you free for a quick chat sometime early next week? Nothing formal, 20 mins on Teams. Send me a couple of times that suit.

Ben Castellano
Head of Finance | Marrawah Group"""),
        diff="hard", notes="'quick chat' request, no set time")

    iv = syd(2026, 5, 21, 10, 0)
    add("interview", "Yarrabend University", "Wen", "Senior Finance Officer", mail(
        ("Wen Zhao", "wen.zhao@yarrabend.edu.au"),
        "Invitation to interview - Senior Finance Officer (Ref 53102)",
        syd(2026, 5, 13, 15, 10),
        f"""Dear Priya,

On behalf of the selection committee, I am pleased to invite you to interview for the Senior Finance Officer position.

The interview will take place on {day(iv)} {iv.year}, from 10:00am to 11:00am, in Room 4.12, Chancellery Building, Yarrabend University, Parkville campus. The panel will comprise three members including myself.

We will also ask you to complete a 30-minute Excel task immediately after the interview.

Yours sincerely,
Wen Zhao
Associate Director, Financial Operations
Yarrabend University""", fmt="html", cte="base64"), iv=iv)

    iv = at(2026, 6, 9, 10, 0, 2)
    add("interview", "Groupe Sarrazin Finance", "Élodie", "Contrôleuse de gestion", mail(
        ("Élodie Marchand", "elodie.marchand@sarrazin-finance.fr"),
        "Entretien – poste de Contrôleuse de gestion (Sydney)",
        at(2026, 6, 2, 16, 30, 2),
        """Bonjour Priya,

Suite à l'examen de votre candidature, nous avons le plaisir de vous proposer un entretien en visioconférence pour le poste de Contrôleuse de gestion rattaché à notre filiale de Sydney.

L'entretien aura lieu le mardi 9 juin 2026 à 10h00 (heure de Paris), soit 18h00 à Sydney. Vous échangerez avec moi-même et avec M. Julien Roche, directeur financier Asie-Pacifique.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Élodie Marchand
Chargée de recrutement
Groupe Sarrazin Finance""", cte="quoted-printable"),
        lang="fr", diff="hard", notes="French; Paris time with Sydney conversion", iv=iv)

    add("interview", "Currawong Property Trust", "", "Trust Accountant", mail(
        ("Currawong Property Trust", "hiring@currawong.teamtailor-mail.com"),
        "Book your interview with Currawong Property Trust",
        syd(2026, 7, 14, 10, 0),
        """Hi Priya,

Good news! We would like to invite you to an interview for the Trust Accountant position.

Please book a time that suits you via the link below. Interviews are held on Teams and take around 40 minutes.

Book a time

Best regards,
Currawong Property Trust""", fmt="html", headers=NOREPLY))

    iv = syd(2026, 8, 25, 14, 0)
    add("interview", "Kestrelton Insurance", "Mitchell", "Senior Claims Finance Analyst", mail(
        ("Mitchell Grant", "mitchell.grant@kestrelton.com.au"),
        "Re: Senior Claims Finance Analyst - second round",
        syd(2026, 8, 20, 17, 25),
        f"""Hi Priya,

Thanks for the quick reply. Locking in {day(iv)} at 2pm for the second round - it will be a case exercise (45 min) followed by a conversation with Rachel, our Chief Actuary. Address: Level 14, 55 Clarence Street, Sydney.

Regards,
Mitchell

From: Priya Raman
Sent: Thursday, 20 August 2026 4:58 PM
Subject: Re: Senior Claims Finance Analyst - second round

Hi Mitchell, unfortunately Monday is difficult for me; Tuesday afternoon would be ideal.""",
        reply_to=rid("mail.gmail.com")),
        diff="hard", notes="second round in reply thread; quoted 'unfortunately'", iv=iv)

    iv = syd(2026, 10, 8, 15, 0)
    add("interview", "Harbourline Bank", "Nadia", "Senior Analyst, Capital Management", mail(
        ("Nadia Karimi", "nadia.karimi@harbourlinebank.com.au"),
        "We're back! Senior Analyst, Capital Management",
        syd(2026, 10, 1, 11, 0),
        f"""Hi Priya,

Good news - the Capital Management role has been reopened after the freeze, and Sanjay would like to meet you. I've booked {day(iv)} at 3pm, 45 minutes on Teams. Invitation to follow from the calendar.

If that doesn't work let me know and I'll shuffle it.

Nadia Karimi
Talent Acquisition Lead
Harbourline Bank"""),
        diff="hard", notes="reopened after freeze; date after DST switch (+1100)", iv=iv)

    iv = syd(2026, 11, 17, 9, 30)
    add("interview", "Banksia Community Housing", "Grace", "Finance Manager", mail(
        ("Grace Nwosu", "gnwosu@banksiahousing.org.au"),
        "Finance Manager - interview confirmation",
        syd(2026, 11, 10, 12, 15),
        f"""Dear Priya,

Thank you for confirming. This email confirms your interview on {day(iv)} at 9:30am at our office, 7 Wattle Street, Ultimo.

The panel will be myself, our Board Treasurer and our Operations Manager. There is no presentation; please bring a copy of a board finance report you have prepared (with confidential details removed).

Kind regards,
Grace Nwosu
CEO, Banksia Community Housing"""), iv=iv)

    # ---------------- offers (6) ----------------
    add("offer", "Moreton Ledger", "Jess", "Revenue Accountant", mail(
        ("Jess Okoro", "jess.okoro@moretonledger.io"),
        "Offer - Revenue Accountant, Moreton Ledger",
        syd(2025, 12, 9, 14, 20),
        """Hi Priya,

As promised on the phone - we're thrilled to formally offer you the role of Revenue Accountant now that the raise has closed.

Attached is your offer letter with salary ($128,000 plus super), the ESOP grant and a proposed start date of Monday 2 February. Please sign via DocuSign by Friday 12 December if you're happy.

Welcome (almost) aboard!
Jess
Moreton Ledger Pty Ltd""", pdf="Moreton_Ledger_Offer_Raman.pdf"))

    add("offer", "Fernleigh Credit Union", "Angus", "Senior Regulatory Reporting Analyst", mail(
        ("Angus McPhail", "angus.mcphail@fernleighcu.com.au"),
        "Following up on our call",
        syd(2026, 7, 16, 16, 35),
        """Hi Priya,

Thanks for taking my call this afternoon. As discussed, we'd love you to join Fernleigh as Senior Regulatory Reporting Analyst on a base of $135,000 plus superannuation.

Our People team will send the formal letter and contract tomorrow. In the meantime, if you have any questions about the package or start date, call me any time.

Regards,
Angus McPhail
Head of Treasury
Fernleigh Credit Union"""),
        diff="hard", notes="verbal offer follow-up; never says 'offer'")

    add("offer", "Quandong Foods", "", "Group Reporting Accountant", mail(
        ("Quandong Foods", "quandongfoods@myworkday.com"),
        "Action required: your offer from Quandong Foods",
        syd(2026, 3, 20, 10, 0),
        """Hi Priya,

Congratulations! Quandong Foods has extended an offer for the Group Reporting Accountant position.

Please log in to Workday to review and accept your offer by 27/03/2026. If you have any questions, contact Leila Haddad.

Quandong Foods Talent Acquisition""", fmt="html", headers=NOREPLY),
        notes="Workday offer notice naming recruiter")

    add("offer", "Banksia Community Housing", "Grace", "Finance Manager", mail(
        ("Grace Nwosu", "gnwosu@banksiahousing.org.au"),
        "Letter of offer",
        syd(2026, 11, 24, 17, 0),
        """Dear Priya,

I am delighted to offer you the position of Finance Manager with Banksia Community Housing, commencing on 12 January 2027. Please find the letter of offer and employment contract attached.

The panel was unanimous, and the Board Treasurer has asked me to pass on her congratulations.

Kind regards,
Grace Nwosu
CEO
Banksia Community Housing Ltd""", pdf="Letter_of_Offer_P_Raman.pdf"))

    add("offer", "Tallowwood Capital", "Rohan", "Fund Accountant", mail(
        ("Rohan Mehta", "rohan.mehta@tallowwoodcapital.com"),
        "Good news",
        syd(2025, 5, 23, 18, 15),
        """Priya,

The team loved you. We'd like you to come on board as Fund Accountant. I'll get the paperwork out Monday, but wanted to give you a heads up tonight so you can enjoy the weekend.

Package as discussed: $105k base + super + 10% bonus target.

Rohan"""),
        diff="hard", notes="short personal note; no 'offer' word")

    add("offer", "Aguaclara Inversiones", "Diego", "Analista de Control Financiero", mail(
        ("Diego Salcedo", "diego.salcedo@aguaclara-inversiones.com"),
        "Oferta de empleo – Analista de Control Financiero",
        at(2026, 9, 28, 18, 0, -3),
        """Estimada Priya:

Nos complace ofrecerte el puesto de Analista de Control Financiero en nuestra oficina de Melbourne. Adjuntamos la carta de oferta con las condiciones económicas y la fecha de incorporación propuesta.

Te agradeceríamos una respuesta antes del 9 de octubre.

Un abrazo,
Diego Salcedo
Director de Recursos Humanos
Aguaclara Inversiones S.A.""", pdf="Carta_Oferta_PRaman.pdf", cte="quoted-printable"),
        lang="es", notes="Spanish; sent from Buenos Aires (-0300)")

    # ---------------- application_received (16) ----------------
    add("application_received", "Coolabah Financial Group", "", "Senior Financial Analyst", mail(
        ("Coolabah Financial Group", "coolabah@myworkday.com"),
        "Thank you for applying - Senior Financial Analyst",
        syd(2025, 1, 20, 21, 3),
        """Hi Priya,

Thank you for applying to Coolabah Financial Group. We have received your application for Senior Financial Analyst (R-10442).

You can check the status of your application at any time through your candidate home.

Kind regards,
Talent Acquisition""", fmt="alt", headers=NOREPLY))

    add("application_received", "Wattlegrove Super", "", "Investment Reporting Analyst", mail(
        ("Wattlegrove Super Careers", "noreply@pageuppeople.com"),
        "Application received - Investment Reporting Analyst",
        syd(2025, 3, 12, 8, 1),
        """Dear Priya

Thank you for your application for the Investment Reporting Analyst position at Wattlegrove Super.

Our team will review all applications after the closing date. Shortlisted candidates will be contacted for an interview. If you are not shortlisted, we will let you know by email.

People & Culture Team""", headers=NOREPLY),
        diff="hard", notes="mentions interview and not-shortlisted as future steps")

    add("application_received", "Salt Creek Energy", "", "Commercial Analyst", mail(
        ("Salt Creek Energy", "salt-creek-energy@jobs.lever.co"),
        "Thanks for applying to Salt Creek Energy",
        syd(2025, 11, 2, 14, 27),
        """Hi Priya,

Thanks for your interest in the Commercial Analyst role. Our team is reviewing your application and we'll be in touch if your experience is a good match for what we need.

Salt Creek Energy""", headers=NOREPLY))

    add("application_received", "Brolga Analytics", "", "Finance Analyst", mail(
        ("Brolga Analytics Hiring", "notifications@ashbyhq.com"),
        "We've got your application!",
        syd(2026, 2, 16, 19, 55),
        """Hi Priya,

Thanks for applying for Finance Analyst at Brolga Analytics! Someone on our team will take a look and you'll hear from us either way - we don't ghost.

Brolga Analytics""", fmt="html", headers=NOREPLY),
        diff="hard", notes="informal; company only in body")

    add("application_received", "Gannet Logistics", "", "Cost Accountant", mail(
        ("SEEK", "applications@seek-relay.example.com.au"),
        "Application sent: Cost Accountant",
        syd(2026, 5, 12, 20, 18),
        """Your application was sent to Gannet Logistics

Cost Accountant
Gannet Logistics - Alexandria NSW

We'll let you know if Gannet Logistics views your application or updates its status.""", fmt="html", headers=NOREPLY),
        diff="hard", notes="job-board relay; company only in body")

    add("application_received", "Southbank Health Partners", "", "Payroll & Financial Accountant", mail(
        ("Southbank Health Partners", "donotreply@taleo.net"),
        "Southbank Health Partners - Application Acknowledgement",
        syd(2025, 11, 24, 10, 2),
        """Dear Priya,

This is to acknowledge that we have received your application for Payroll & Financial Accountant (Requisition 25-0931).

Please note that due to high volumes, only candidates selected to proceed will be contacted.

Southbank Health Partners Recruitment""", headers=NOREPLY))

    add("application_received", "Kestrelton Insurance", "", "Claims Finance Analyst", mail(
        ("Kestrelton Insurance Careers", "careers-noreply@kestrelton.com.au"),
        "We have received your application",
        syd(2026, 9, 29, 12, 40),
        """Hello Priya,

Thank you for applying for the Claims Finance Analyst role. Unfortunately we're unable to respond to every applicant personally, but rest assured your application will be reviewed by a member of our team.

Kestrelton Insurance""", fmt="alt", headers=NOREPLY),
        diff="hard", notes="'Unfortunately' in an acknowledgement")

    add("application_received", "Deloraine Consulting", "", "Senior Consultant, Financial Advisory", mail(
        ("Deloraine Consulting Careers", "deloraine@jobvite.com"),
        "Application Received: Senior Consultant, Financial Advisory",
        syd(2025, 11, 18, 9, 0),
        """Dear Priya,

Thank you for your interest in joining Deloraine Consulting. This email confirms that we have received your application for Senior Consultant, Financial Advisory (Sydney).

Our recruitment team will review your application. If your profile matches the requirements, you will be invited to complete an online assessment and a video interview.

Deloraine Consulting Recruitment""", headers=NOREPLY),
        diff="hard", notes="describes future video interview")

    add("application_received", "Currawong Property Trust", "", "Trust Accountant", mail(
        ("Currawong Property Trust", "hiring@currawong.teamtailor-mail.com"),
        "Thanks for your application",
        syd(2026, 7, 1, 22, 10),
        """Hi Priya,

Thanks for applying to the Trust Accountant position with us. We've received your application and will review it shortly.

Best regards,
Currawong Property Trust""", fmt="alt", headers=NOREPLY))

    add("application_received", "Norquay Bank", "", "Product Control Analyst", mail(
        ("Norquay Bank Careers", "norquaybank@smartrecruiters.com"),
        "Norquay Bank - Thank you for your application",
        at(2025, 8, 27, 3, 12, 1),
        """Dear Priya,

Thank you for your application for Product Control Analyst - Sydney. We confirm receipt and our recruitment team will be reviewing it over the coming weeks.

Norquay Bank Talent Acquisition""", headers=NOREPLY), notes="sent from London office")

    add("application_received", "Eastmoor Water", "", "Regulatory Finance Analyst", mail(
        ("Eastmoor Water Recruitment", "eastmoorwater@pageuppeople.com"),
        "Thank you for your application - Job No. 774321",
        syd(2026, 6, 14, 13, 14),
        """Dear Priya,

Thank you for applying for the Regulatory Finance Analyst role (Job No. 774321) at Eastmoor Water. Applications close on 28 June 2026 and shortlisting will take place shortly after.

Regards,
Eastmoor Water Recruitment Team""", headers=NOREPLY))

    add("application_received", "Ashgrove Insurance Group", "", "Reinsurance Accountant", mail(
        ("Ashgrove Insurance Group", "ashgrove@myworkday.com"),
        "Ashgrove Insurance Group: Application Submitted",
        syd(2026, 1, 9, 11, 45),
        """Application submitted

Thank you for applying for the Reinsurance Accountant role with Ashgrove Insurance Group. Your submission has been received and is under review.""", fmt="html", cte="base64", headers=NOREPLY))

    add("application_received", "Pfennig Treuhand GmbH", "", "Financial Analyst (m/w/d)", mail(
        ("Pfennig Treuhand Karriere", "karriere@pfennig-treuhand.de"),
        "Eingangsbestätigung Ihrer Bewerbung",
        at(2025, 7, 30, 7, 5, 2),
        """Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung als Financial Analyst (m/w/d). Ihre Unterlagen sind bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Pfennig Treuhand GmbH""", headers=NOREPLY, cte="quoted-printable"),
        lang="de", notes="German; Personio-style acknowledgement")

    add("application_received", "Marrawah Group", "", "Senior Management Accountant", mail(
        ("Marrawah Group Careers", "marrawah@applytojob.example.com"),
        "Re: Senior Management Accountant",
        syd(2026, 4, 14, 6, 30),
        """Hi Priya,

Got it - thanks for sending your resume through for the Senior Management Accountant role at Marrawah Group. We read every application, and we'll reach out if there's a fit.

Cheers,
Marrawah Group Hiring Team""", headers=NOREPLY),
        diff="hard", notes="'Re:' subject and casual tone; templated acknowledgement")

    add("application_received", "Yarrabend University", "", "Senior Finance Officer", mail(
        ("Yarrabend University", "careers@yarrabend.edu.au"),
        "Application received: Senior Finance Officer (Ref 53102)",
        syd(2026, 4, 28, 16, 48),
        """Dear Priya Raman,

Thank you for submitting your application for the position of Senior Finance Officer (Ref 53102). Your application number is 53102-0219.

The selection committee will assess applications against the key selection criteria after the closing date. Applicants selected for interview will typically be contacted within three weeks of the closing date.

HR Services
Yarrabend University""", headers=NOREPLY))

    add("application_received", "Groupe Sarrazin Finance", "", "Contrôleuse de gestion", mail(
        ("Groupe Sarrazin Finance – Recrutement", "noreply@sarrazin.recruitee.com"),
        "Votre candidature a bien été reçue",
        at(2026, 5, 18, 9, 10, 2),
        """Bonjour Priya,

Nous vous remercions pour votre candidature au poste de Contrôleuse de gestion (Sydney). Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

L'équipe Recrutement
Groupe Sarrazin Finance""", fmt="alt", cte="quoted-printable", headers=NOREPLY),
        lang="fr", notes="French acknowledgement")

    # ---------------- auto replies (14) ----------------
    add("auto_reply", "Bellbird Partners", "Hamish", "Assistant Manager", mail(
        ("Hamish Torrance", "hamish.torrance@bellbirdpartners.com.au"),
        "Automatic reply: Thank you - Assistant Manager interview",
        syd(2025, 3, 19, 20, 2),
        """Thank you for your email. I am on annual leave and will return on Monday 24 March. For urgent matters please contact Kerry Blanch on 02 5550 2290.

Hamish Torrance
Bellbird Partners""", headers=OOO, reply_to=rid("mail.gmail.com")),
        ret="2025-03-24", diff="hard", notes="subject contains 'interview'; both headers")

    add("auto_reply", "Harbourline Bank", "Nadia", "", mail(
        ("Nadia Karimi", "nadia.karimi@harbourlinebank.com.au"),
        "Out of Office: Capital Management role",
        syd(2025, 4, 17, 9, 0),
        """Hi,

I'm out of the office for the Easter break until 2025-04-28 inclusive with limited access to email. I'll reply on my return.

Nadia Karimi | Talent Acquisition Lead | Harbourline Bank""", headers={"Auto-Submitted": "auto-replied"}),
        ret="2025-04-29", diff="hard", notes="'until 2025-04-28 inclusive' so back on the 29th")

    add("auto_reply", "Ironbark Advisory", "Craig", "Transaction Services Senior Analyst", mail(
        ("Craig Dunleavy", "craig.dunleavy@ironbarkadvisory.com.au"),
        "Re: Transaction Services Senior Analyst",
        syd(2025, 8, 12, 11, 30),
        """Thanks for your message. I no longer work at Ironbark Advisory. Please direct recruitment enquiries to careers@ironbarkadvisory.com.au or to Mia Petrakis (mia.petrakis@ironbarkadvisory.com.au).

This mailbox will be deactivated shortly.""", reply_to=rid("mail.gmail.com")),
        diff="hard", notes="no longer with company; no auto-reply headers; no signature name in body")

    add("auto_reply", "Kingfisher Mutual", "Daniel", "FP&A Manager", mail(
        ("Daniel Moreau", "dmoreau@kingfishermutual.com.au"),
        "Automatic reply: FP&A Manager - follow up",
        syd(2025, 10, 24, 15, 3),
        """Hi there,

I'm currently travelling for work and checking emails intermittently. I'm back in the office on 3/11.

Daniel Moreau
GM Finance, Kingfisher Mutual""", headers={"X-Autoreply": "yes"}),
        ret="2025-11-03", diff="hard", notes="Australian D/M date '3/11' = 3 November")

    add("auto_reply", "Quandong Foods", "Leila", "", mail(
        ("Leila Haddad", "leila.haddad@quandongfoods.com.au"),
        "Out of office",
        syd(2026, 6, 26, 17, 45),
        """Thank you for your email.

I am currently on parental leave and will be returning to work in February 2027. During this time please contact talent@quandongfoods.com.au for all recruitment matters, including interview scheduling.

Kind regards,
Leila Haddad
Quandong Foods""", headers={"Auto-Submitted": "auto-replied"}),
        diff="hard", notes="parental leave; return only month given; mentions interview scheduling")

    add("auto_reply", "Yarrabend University", "", "Finance Officer (Research Grants)", mail(
        ("HR Services", "hr-noreply@yarrabend.edu.au"),
        "Re: Finance Officer (Research Grants) - Ref 51839",
        syd(2025, 9, 24, 10, 12),
        """This mailbox is not monitored. Your email has not been read.

For enquiries about a current vacancy, please contact the contact person listed in the position advertisement.

HR Services, Yarrabend University""", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        reply_to=rid("mail.gmail.com")),
        diff="hard", notes="unmonitored mailbox bounce-back on application thread")

    add("auto_reply", "Pfennig Treuhand GmbH", "Katharina", "Financial Analyst", mail(
        ("Katharina Vogel", "k.vogel@pfennig-treuhand.de"),
        "Abwesenheitsnotiz: Rückfrage zur Stelle Financial Analyst",
        at(2025, 8, 14, 8, 0, 2),
        """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 22. August 2025, nicht im Büro. Ab Montag, dem 25. August, bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an personal@pfennig-treuhand.de.

Mit freundlichen Grüßen
Katharina Vogel
Pfennig Treuhand GmbH""", headers=OOO, cte="quoted-printable"),
        ret="2025-08-25", lang="de", notes="German Abwesenheitsnotiz")

    add("auto_reply", "Groupe Sarrazin Finance", "Élodie", "Contrôleuse de gestion", mail(
        ("Élodie Marchand", "elodie.marchand@sarrazin-finance.fr"),
        "Réponse automatique : Entretien – Contrôleuse de gestion",
        at(2026, 7, 20, 12, 0, 2),
        """Bonjour,

Je suis actuellement absente et serai de retour le lundi 10 août 2026. Pendant mon absence, vous pouvez contacter recrutement@sarrazin-finance.fr.

Cordialement,
Élodie Marchand
Groupe Sarrazin Finance""", headers=OOO, cte="quoted-printable"),
        ret="2026-08-10", lang="fr", diff="hard", notes="French absence message; subject mentions Entretien")

    add("auto_reply", "Pelican Point Payments", "Eleanor", "", mail(
        ("Eleanor Baptiste", "eleanor.baptiste@pelicanpoint.com.au"),
        "Automatic reply: Thank you",
        syd(2026, 2, 18, 19, 20),
        """I'm away from the office with limited access to email, returning Wednesday 25 February. For anything urgent please contact my EA, Tania, on 02 5550 7713.

Eleanor Baptiste
CFO | Pelican Point Payments""", headers=OOO),
        ret="2026-02-25", diff="hard", notes="return weekday and date without year")

    add("auto_reply", "Marrawah Group", "Ben", "Senior Management Accountant", mail(
        ("Ben Castellano", "ben@marrawahgroup.com.au"),
        "Re: Senior Management Accountant - times",
        syd(2026, 4, 24, 16, 30),
        """Hi, I'm on leave today and back Monday. I'll get back to you then.

Ben Castellano | Marrawah Group""", reply_to=rid("mail.gmail.com")),
        ret="2026-04-27", diff="hard", notes="'back Monday' relative to Friday Date; no headers")

    add("auto_reply", "Salt Creek Energy", "", "Senior Commercial Analyst", mail(
        ("Salt Creek Energy Talent", "talent@saltcreekenergy.com.au"),
        "Auto: Re: Senior Commercial Analyst",
        syd(2026, 8, 12, 9, 0),
        """Thanks for getting in touch with the Salt Creek Energy Talent team. We aim to respond to all enquiries within 3 business days.

If your question is about an application, you can check its status in your candidate portal.""", headers={"Auto-Submitted": "auto-replied"}),
        diff="hard", notes="team inbox auto-response; no person, no return date")

    add("auto_reply", "Arcadia Wealth Management", "Fiona", "", mail(
        ("Fiona Achterberg", "fiona@arcadiawealth.com.au"),
        "Away: Re: Tax exercise",
        syd(2026, 1, 27, 23, 5),
        """Thanks for your email. I'm out of the office on Wednesday 28 January, returning Thursday 29 January.

Fiona Achterberg | Practice Manager | Arcadia Wealth Management""", headers={"X-Autoreply": "yes"}),
        ret="2026-01-29")

    add("auto_reply", "Aguaclara Inversiones", "Diego", "", mail(
        ("Diego Salcedo", "diego.salcedo@aguaclara-inversiones.com"),
        "Respuesta automática: Aceptación oferta",
        at(2026, 10, 3, 10, 0, -3),
        """Hola,

Estoy de vacaciones hasta el 12 de octubre sin acceso al correo. Volveré a la oficina el martes 13 de octubre. Para temas urgentes, escribe a rrhh@aguaclara-inversiones.com.

Saludos,
Diego Salcedo
Aguaclara Inversiones""", headers=OOO),
        ret="2026-10-13", lang="es", diff="hard", notes="Spanish; subject mentions offer acceptance")

    add("auto_reply", "Coolabah Financial Group", "Simone", "Finance Analyst", mail(
        ("Simone Tait", "simone.tait@coolabahfg.com.au"),
        "Automatic reply: Finance Analyst interview - thank you",
        syd(2025, 3, 28, 18, 0),
        """Thank you for your message.

I am on leave from Monday 31 March until Friday 4 April inclusive, returning Monday 7 April 2025. If your matter is urgent, please contact Arun Pillai.

Simone Tait
Finance Manager, Group Performance
Coolabah Financial Group""", headers=OOO),
        ret="2025-04-07", notes="leave with explicit return date")

    # ---------------- other (26) ----------------
    add("other", "", "", "", mail(
        ("SEEK Job Mail", "jobmail@seek-mail.example.com.au"),
        "14 new jobs for Financial Analyst in Sydney NSW",
        syd(2025, 2, 3, 6, 0),
        """Hi Priya, here are new jobs matching your saved search.

Senior Financial Analyst - Coolabah Financial Group - Sydney CBD - $130k-$145k
Financial Analyst, FP&A - Gannet Logistics - Alexandria
Finance Business Partner - Moreton Ledger - Surry Hills
... and 11 more

Apply now before applications close. Manage your job mail settings.""", fmt="html",
        headers=unsub("https://seek-mail.example.com.au/unsub?u=pr")), notes="job alert digest")

    add("other", "", "", "", mail(
        ("The Ledger Line", "newsletter@theledgerline.example.com"),
        "How to bounce back from a 'no' after a final-round interview",
        syd(2025, 4, 9, 7, 30),
        """THIS WEEK IN THE LEDGER LINE

1. Rejected after the final round? A CFO explains what really happens in the debrief, and why 'we've decided to move forward with other candidates' rarely means you were close to last.
2. Interview questions for FP&A roles in 2025.
3. Salary guide: what CAs earn in Sydney vs Melbourne.

You are receiving this because you subscribed at theledgerline.example.com.""", fmt="alt",
        headers=unsub("https://theledgerline.example.com/u/889")),
        diff="hard", notes="newsletter about rejection and interviews")

    add("other", "", "", "", mail(
        ("CPA Connect Podcast", "podcast@cpaconnect.example.org.au"),
        "New episode: an interview with the CFO of Wattlegrove Super",
        syd(2025, 5, 6, 12, 0),
        """In this week's episode, host Tamsin Reilly sits down for an in-depth interview with the CFO of a major super fund about climate reporting, ASRS and the future of the finance function.

Listen now on your favourite podcast app.""", fmt="html", cte="base64",
        headers=unsub("https://cpaconnect.example.org.au/unsubscribe")),
        diff="hard", notes="podcast 'interview' with an employer's CFO")

    add("other", "", "", "", mail(
        ("Opal Card", "noreply@opal-notify.example.com.au"),
        "Your auto top-up payment was declined",
        syd(2025, 6, 12, 7, 41),
        """Hi Priya,

Unfortunately, we were unable to process your automatic top-up of $40.00 because your card was declined. Please update your payment details to avoid interruption.""",
        headers=NOREPLY), diff="hard", notes="'declined' and 'unfortunately' in a transport card alert")

    add("other", "", "Anjali", "", mail(
        ("Anjali Raman", "anjali.raman88@gmail.com"),
        "Fwd: saw this and thought of you",
        syd(2025, 7, 5, 20, 14),
        """Hey didi! One of my uni friends works here and says the team is lovely. They're hiring a Senior Management Accountant - you'd smash it. Also how did your interview go last week?? Call me.

xx A

---------- Forwarded message ---------
From: Kwame Boateng <kwame@marrawahgroup.com.au>
Subject: We're hiring - Senior Management Accountant

Marrawah Group is looking for a Senior Management Accountant to join our finance team in Sydney. Apply via our careers page."""),
        diff="hard", notes="sister forwards a posting; asks about an interview")

    add("other", "", "", "", mail(
        ("LinkedIn", "notifications-noreply@linkedin.example.com"),
        "Priya, Coolabah Financial Group viewed your profile",
        syd(2025, 8, 2, 10, 10),
        """Priya, you're getting noticed.

A recruiter at Coolabah Financial Group viewed your profile. See who else is viewing your profile with Premium - try it free for 1 month.""", fmt="html",
        headers=unsub("https://linkedin.example.com/e/unsub")), notes="social network notification naming employer")

    add("other", "", "Tom", "", mail(
        ("Tom Iredale", "tom.iredale@outlook.example.com"),
        "Interview tomorrow!!",
        syd(2025, 9, 1, 21, 30),
        """Hey Priya,

Sorry for the random message but you're the only CA I know. I've got an interview tomorrow at 10 for a graduate audit role and I'm panicking about the technical questions. Any chance I could call you tonight for 15 minutes?

Cheers,
Tom"""),
        diff="hard", notes="friend's own interview; relative time")

    add("other", "", "", "", mail(
        ("GitHub", "notifications@github.example.com"),
        "Re: [ledger-tools/xero-export] Add AUD rounding option (PR #42)",
        syd(2025, 9, 15, 3, 12),
        """@mkowalczyk closed this pull request.

Thanks for the contribution, but we've decided not to move forward with this change - rounding belongs in the reporting layer. Closing.

Reply to this email directly or view it on GitHub.""",
        headers={"Precedence": "list", "List-Unsubscribe": "<https://github.example.com/unsub>"}),
        diff="hard", notes="pull request closed; 'decided not to move forward'")

    add("other", "", "", "", mail(
        ("Accounting Research Forum 2025", "arf2025@conftool.example.org"),
        "ARF 2025 - decision on submission #117",
        syd(2025, 10, 7, 9, 0),
        """Dear Priya Raman,

We regret to inform you that your submission #117 'Audit fee premia in Australian super funds' was not accepted for presentation at ARF 2025. We received 212 submissions and could accept only 48.

Reviewer comments are included below.

Reviewer 1: The research question is interesting but the identification strategy is weak...

The ARF 2025 Programme Committee""", headers=NOREPLY),
        diff="hard", notes="academic submission not accepted")

    add("other", "", "", "", mail(
        ("Harbour City Rentals", "leasing@harbourcityrentals.example.com.au"),
        "Your application for 4/18 Ourimbah Rd, Mosman",
        syd(2025, 10, 21, 14, 0),
        """Hi Priya,

Thank you for your application for 4/18 Ourimbah Rd, Mosman. Unfortunately the landlord has decided to proceed with another applicant on this occasion.

We have several other properties available - see our listings.

Harbour City Rentals Leasing Team"""),
        diff="hard", notes="rental application declined; reads like a rejection")

    add("other", "", "", "", mail(
        ("Kookaburra Bank", "alerts@kookaburrabank.example.com.au"),
        "Your personal loan application",
        syd(2025, 12, 1, 11, 20),
        """Dear Priya,

Thank you for your recent personal loan application. After careful assessment we are unable to approve your application at this time.

You may request a copy of your credit report from a credit reporting body.""", fmt="html", headers=NOREPLY),
        diff="hard", notes="loan application not approved")

    add("other", "", "", "", mail(
        ("Harlow Finch Recruitment", "jobs@harlowfinch.com.au"),
        "Hot roles this week: Accounting & Finance, Sydney",
        syd(2026, 1, 15, 8, 0),
        """Hi Priya,

Our top Accounting & Finance roles this week:

- Financial Controller, fintech, Sydney CBD, $200k + super
- FP&A Manager, retail, Parramatta
- Senior Tax Accountant, mid-tier, North Sydney

Interested? Reply to book a quick chat with a consultant, or upload your CV.

Harlow Finch Recruitment""", fmt="alt",
        headers=unsub("https://harlowfinch.com.au/prefs")),
        diff="hard", notes="agency mass mailing; 'quick chat'")

    add("other", "", "", "", mail(
        ("CA ANZ", "events@caanz.example.org.au"),
        "Offer ends Friday: 20% off CPD workshops",
        syd(2026, 2, 9, 10, 0),
        """Members' offer: take 20% off all March CPD workshops, including 'Acing the Finance Interview' and 'Negotiating your offer'.

Book before Friday 13 February.""", fmt="html", cte="base64",
        headers=unsub("https://caanz.example.org.au/unsub")),
        diff="hard", notes="marketing 'offer'; workshop titles mention interview and offer")

    add("other", "", "Meera", "", mail(
        ("Meera Pillai", "meera.pillai@yarrabend.edu.au"),
        "Your MBA application - Yarrabend Business School",
        syd(2026, 2, 20, 15, 30),
        """Dear Priya,

Congratulations! I am delighted to offer you a place in the part-time MBA program commencing in Trimester 2, 2026. Your offer letter is available in the applicant portal.

Warm regards,
Meera Pillai
Admissions Manager
Yarrabend Business School""", fmt="alt"),
        diff="hard", notes="university admission offer, not a job")

    add("other", "", "", "", mail(
        ("Sydney Opera Trust", "boxoffice@operatrust.example.com.au"),
        "Important: performance cancelled",
        syd(2026, 3, 3, 16, 0),
        """Dear Patron,

We regret to inform you that Saturday's performance of 'The Pearl Fishers' has been cancelled due to cast illness. A full refund will be issued to your original payment method within 5-7 business days.""",
        fmt="html", headers=NOREPLY), diff="hard", notes="'we regret to inform you' about a cancelled show")

    add("other", "", "", "", mail(
        ("Xero", "no-reply@xero-mail.example.com"),
        "Your invoice INV-0042 has been paid",
        syd(2026, 3, 25, 12, 1),
        """Hi Priya,

Good news - Bellini Bakery paid invoice INV-0042 for $660.00 (bookkeeping services, March).

View invoice""", fmt="html", headers=NOREPLY), notes="freelance invoice notification")

    add("other", "", "Callum", "", mail(
        ("Callum Price", "callum@finmeetup.example.com.au"),
        "Sydney Finance Meetup - venue update",
        syd(2026, 4, 8, 11, 10),
        """Hi all,

Quick one: we've moved forward with a new venue for next Thursday's meetup - we'll now be at The Grounds, Alexandria. Same time, 6pm.

Our guest speaker will talk about how she prepares candidates for CFO interviews.

Callum""", headers=BULK),
        diff="hard", notes="meetup 'moved forward with a new venue'; mentions interviews")

    add("other", "", "", "", mail(
        ("Glassdoor", "noreply@glassdoor.example.com"),
        "Tallowwood Capital interview reviews you might like",
        syd(2026, 5, 4, 18, 0),
        """People who viewed Tallowwood Capital also read these interview reviews:

'Fund Accountant interview - 3 rounds, case study, got an offer' - Sydney
'Declined offer after second round' - Melbourne

See all interview questions.""", fmt="html",
        headers=unsub("https://glassdoor.example.com/unsub")),
        diff="hard", notes="review site digest full of 'interview' and 'offer'")

    add("other", "", "Sarah", "", mail(
        ("Sarah Kim", "sarah.kim@bellbirdpartners.com.au"),
        "Alumni drinks - Friday 29 May",
        syd(2026, 5, 20, 12, 40),
        """Hi Priya,

You're invited to the Bellbird Partners Alumni drinks on Friday 29 May from 5:30pm at the Rooftop, 1 Macquarie Place. It would be great to see you!

Sarah Kim
Alumni Relations
Bellbird Partners""", fmt="alt"), notes="alumni event invitation from a past employer")

    add("other", "", "", "", mail(
        ("ATO Online", "noreply@ato-notices.example.gov.au"),
        "You have a new message in your myGov inbox",
        syd(2026, 7, 20, 9, 0),
        """You have a new message from the Australian Taxation Office. Sign in to myGov to read it.

This is an automated message. Please do not reply.""", headers=NOREPLY), notes="government notification")

    add("other", "", "Hannah", "", mail(
        ("Hannah O'Sullivan", "hannah.osullivan@gmail.com"),
        "Re: reference check",
        syd(2026, 7, 10, 19, 45),
        """Hi Priya!

Of course I'm happy to be your referee. Just had a call from a recruiter at Fernleigh asking about you - I told them you're the most organised person I've ever worked with. Fingers crossed you get the offer!

Hx""", reply_to=rid("mail.gmail.com")),
        diff="hard", notes="former colleague as referee; mentions offer")

    add("other", "", "", "", mail(
        ("Workday", "noreply@myworkday.com"),
        "Reset your candidate account password",
        syd(2026, 8, 3, 22, 12),
        """We received a request to reset the password for your candidate account at Ashgrove Insurance Group.

If you did not request this, you can ignore this email. This link expires in 24 hours.""", headers=NOREPLY),
        diff="hard", notes="ATS account email, not about an application")

    add("other", "", "Nick", "", mail(
        ("Nick Papadopoulos", "nick@brightsidetalent.com.au"),
        "Exclusive CFO-track opportunities",
        syd(2026, 9, 1, 9, 0),
        """Hi Priya,

I came across your profile and I'm working on several exclusive opportunities with ASX-listed clients for high-calibre CAs. If you're open to a confidential conversation, I'd love to set up an interview to understand your career goals.

Nick Papadopoulos
Director, Brightside Talent""", headers=BULK),
        diff="hard", notes="recruiter cold outreach using 'interview'")

    add("other", "", "", "", mail(
        ("Commonwealth Games Volunteers", "volunteers@cgvol.example.org.au"),
        "Volunteer application update",
        syd(2026, 9, 15, 10, 30),
        """Hi Priya,

Thanks for applying to volunteer as a Finance Assistant. Unfortunately all Finance volunteer positions have now been filled. We have added you to the waitlist and will contact you if a spot opens up.""", fmt="alt"),
        diff="hard", notes="volunteer application 'positions filled'")

    add("other", "", "", "", mail(
        ("Indeed", "alert@indeed.example.com"),
        "Treasury Analyst jobs in Melbourne VIC - 9 new",
        syd(2026, 10, 5, 5, 0),
        """9 new jobs

Treasury Analyst - Kingfisher Mutual - Melbourne VIC
Treasury Analyst (12 month contract) - Eastmoor Water - Docklands
Graduate Treasury - Norquay Bank - Melbourne

Easily apply. Unsubscribe from these alerts.""", fmt="html",
        headers=unsub("https://indeed.example.com/unsub")), notes="job alert digest")

    add("other", "", "Kwame", "", mail(
        ("Kwame Boateng", "kwame@marrawahgroup.com.au"),
        "Re: coffee?",
        syd(2026, 11, 12, 13, 5),
        """Priya, sorry to hear about the Marrawah role - Ben told me. Their loss! Coffee next week anyway? I'll be in the city Wednesday.

K""", reply_to=rid("mail.gmail.com")),
        diff="hard", notes="friend mentions the candidate's rejection; from employer domain")


def main() -> None:
    build()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    pairs = list(zip(MSGS, ROWS, strict=True))
    random.Random(38).shuffle(pairs)
    for i, (m, row) in enumerate(pairs, start=1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(m.as_bytes(policy=SMTP))
        row["file"] = name
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        for _, row in pairs:
            w.writerow(row)


if __name__ == "__main__":
    main()
