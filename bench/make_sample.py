"""Write the hand-curated sample mailbox used by `assistant demo`.

    python bench/make_sample.py            # writes assistant/sample/sample.mbox + tests/fixtures/sample_labels.csv

The mailbox belongs to "Alex Rivera" <alex.rivera.jobs@gmail.com>, a data analyst looking for work in
Chicago, and covers the ~10 weeks before 2026-11-20T17:00Z. Every person and company is fictional.
The truth for each message lives in this file (the `label=`, `company=`... arguments) and is written to
tests/fixtures/sample_labels.csv. With now=2026-11-20T18:00Z the recent events are: an interview on
Nov 18 with no thank-you sent yet, rejections on Nov 13 and Nov 17, an on-hold on Nov 10 and an offer on Nov 9.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mailgen import (  # noqa: E402
    Person,
    build_message,
    forward_block,
    job_alert_html,
    make_ics,
    make_pdf,
    newsletter_html,
    quote,
    text_to_html,
    to_bytes,
    write_mbox,
)

ROOT = Path(__file__).resolve().parent.parent
MBOX_PATH = ROOT / "assistant" / "sample" / "sample.mbox"
CSV_PATH = ROOT / "tests" / "fixtures" / "sample_labels.csv"
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=ZoneInfo("UTC"))

CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")

ME = Person("Alex Rivera", "alex.rivera.jobs@gmail.com")


def t(tz: ZoneInfo, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


@dataclass
class Thread:
    subject: str
    ids: list[str] = field(default_factory=list)
    last: tuple[str, Person, datetime] | None = None


@dataclass
class Sample:
    rows: list[dict] = field(default_factory=list)
    msgs: list[tuple[bytes, dict]] = field(default_factory=list)

    def add(
        self,
        *,
        mid: str,
        sender: Person,
        to: list[Person],
        subject: str,
        when: datetime,
        label: str,
        text: str | None = None,
        html: str | None = None,
        thread: Thread | None = None,
        quote_style: str | None = "gmail",
        company: str = "",
        contact: str = "",
        role: str = "",
        return_date: str = "",
        interview_at: str = "",
        expect_draft: str = "",
        gmail_labels: str = "",
        **kw,
    ) -> None:
        mid = f"<{mid}>"
        body_text = text
        if thread is not None and thread.ids:
            kw["in_reply_to"] = thread.ids[-1]
            kw["references"] = thread.ids[-10:]
            if quote_style and thread.last and text is not None:
                ltext, lsender, lwhen = thread.last
                text = text.rstrip() + "\n" + quote(ltext, lsender, lwhen, quote_style)
        folder = "SENT" if sender.email == ME.email else "INBOX"
        msg = build_message(
            sender=sender,
            to=to,
            subject=subject,
            when=when,
            message_id=mid,
            text=text,
            html=html,
            delivered_to=ME.email if folder == "INBOX" else "",
            **kw,
        )
        if thread is not None:
            thread.ids.append(mid)
            thread.last = (body_text or "", sender, when)
        truth = {
            "label": label,
            "company": company,
            "contact_first_name": contact,
            "role": role,
            "return_date": return_date,
            "interview_at": interview_at,
            "folder": folder,
            "message_id": mid,
            "thread": thread.ids[0] if thread else mid,
            "date": when.isoformat(),
            "expect_draft": expect_draft,
            "gmail_labels": gmail_labels or ("Sent" if folder == "SENT" else "Inbox,Opened"),
        }
        self.msgs.append((to_bytes(msg), truth))


def build() -> list[tuple[bytes, dict]]:  # noqa: PLR0915 - one long, readable script of a mailbox
    rng = random.Random(20261120)
    s = Sample()

    # ------------------------------------------------------------------ Meadowlark Analytics (personal thread)
    priya = Person("Priya Natarajan", "priya.natarajan@meadowlarkanalytics.com")
    co, role = "Meadowlark Analytics", "Senior Data Analyst"
    th = Thread("Senior Data Analyst - referral from Jonah Pruitt")
    resume = make_pdf(rng, 58_000, "Alex Rivera - Resume")
    s.add(
        mid="CAJx7aQ2mLk9Rv1sWb3nPq8Tz4Ye6Ud0Hf5Gc2Ni@mail.gmail.com",
        sender=ME,
        to=[priya],
        subject=th.subject,
        when=t(CHI, 9, 14, 20, 41),
        label="other",
        thread=th,
        company=co,
        contact="Priya",
        role=role,
        text=(
            "Hi Priya,\n\nJonah Pruitt suggested I reach out. He mentioned your team is hiring a Senior Data Analyst "
            "to work on the claims-forecasting models, and that's very close to what I've been doing for the past "
            "four years at a regional logistics firm (demand forecasting, a lot of SQL and dbt, and the dashboards "
            "the ops leads actually open on Monday morning).\n\nI've attached my resume and also applied through the "
            "careers page. If it seems like a fit, I'd love a short call.\n\nThanks,\nAlex Rivera\n(312) 555-0147"
        ),
        attachments=[("Alex_Rivera_Resume.pdf", "application/pdf", resume)],
    )
    s.add(
        mid="CAHb2Kp9qW1xZr7Lm3Nv5Tt8Ya0Sd4Fg6Jh1Ek2P@mail.gmail.com",
        sender=priya,
        to=[ME],
        subject="Re: " + th.subject,
        when=t(CHI, 9, 16, 9, 12),
        label="interview",
        thread=th,
        company=co,
        contact="Priya",
        role=role,
        interview_at="2026-09-18T10:00:00-05:00",
        text=(
            "Hi Alex,\n\nThanks for reaching out, and any friend of Jonah's! Your background looks like a good match. "
            "Would you have 30 minutes for a phone call this Thursday or Friday? I'm fairly open Friday morning, "
            "10:00 would be ideal.\n\nBest,\nPriya\n\nPriya Natarajan\nDirector of Analytics, Meadowlark Analytics"
        ),
    )
    s.add(
        mid="CAJx7aQ3Bv8Lw2Ne6Rt1Pz5Ku9Md3Ys7Xc4Hf0Qa@mail.gmail.com",
        sender=ME,
        to=[priya],
        subject="Re: " + th.subject,
        when=t(CHI, 9, 16, 11, 3),
        label="other",
        thread=th,
        company=co,
        contact="Priya",
        role=role,
        text="Hi Priya,\n\nFriday at 10:00 works great. I'll call your cell unless you'd prefer Zoom.\n\nThanks!\nAlex",
    )
    s.add(
        mid="CAJx7aQ4Dn2Rk6Ps9Vt3Lw8Ze1Mb5Yc7Hq0Gf4Ju@mail.gmail.com",
        sender=ME,
        to=[priya],
        subject="Re: " + th.subject,
        when=t(CHI, 9, 18, 15, 27),
        label="other",
        thread=th,
        company=co,
        contact="Priya",
        role=role,
        quote_style=None,
        text=(
            "Hi Priya,\n\nThank you for the conversation this morning. I really enjoyed hearing how the team moved the "
            "claims forecast from spreadsheets to a weekly automated model, and the question you raised about "
            "explaining forecast error to non-analysts has stuck with me.\n\nI'm very interested in the role. "
            "Please let me know if there's anything else I can send.\n\nBest,\nAlex"
        ),
    )
    s.add(
        mid="CAHb2Kp7Vw3Nt9Lq1Rz6Xm4Ys8Pd2Ub5Ge0Ho3Fi@mail.gmail.com",
        sender=priya,
        to=[ME],
        subject="Re: " + th.subject,
        when=t(CHI, 10, 2, 16, 48),
        label="rejection",
        thread=th,
        company=co,
        contact="Priya",
        role=role,
        text=(
            "Hi Alex,\n\nThank you for the kind note, and sorry it took me a couple of weeks to get back to you. "
            "We've decided to go with a candidate who has several years of healthcare claims experience, which "
            "turned out to matter more for this particular role than I expected.\n\nI genuinely enjoyed our "
            "conversation. Let's keep in touch: we'll have more analytics openings in the spring, and I'd be happy "
            "to be a reference point for you if anything at Meadowlark comes up.\n\nWarmly,\nPriya"
        ),
    )

    # ------------------------------------------------------------------ Larkspur Logistics (Greenhouse)
    co, role = "Larkspur Logistics", "Operations Data Analyst"
    gh = Person("Larkspur Logistics Recruiting", "no-reply@greenhouse.io")
    ack = (
        "Hi Alex,\n\nThanks for applying to the Operations Data Analyst role at Larkspur Logistics! We've received "
        "your application, and our recruiting team is reviewing it now.\n\nIf your experience is a match for the "
        "role, we'll be in touch to schedule a conversation. In the meantime, you can learn more about life at "
        "Larkspur at larkspurlogistics.com/careers.\n\nThanks again,\nThe Larkspur Logistics Recruiting Team"
    )
    s.add(
        mid="6f1c0e9a52b34d7e.a41@greenhouse.io",
        sender=gh,
        to=[ME],
        subject="Thank you for applying to Larkspur Logistics",
        when=t(CHI, 9, 22, 13, 5),
        label="application_received",
        company=co,
        role=role,
        text=ack,
        html=text_to_html(ack, brand="Larkspur Logistics", accent="#2f6f4f"),
        gmail_labels="Inbox,Opened,Category Updates",
    )
    rej = (
        "Hi Alex,\n\nThank you for your interest in the Operations Data Analyst position at Larkspur Logistics and "
        "for the time you put into your application.\n\nAfter careful consideration, we have decided not to move "
        "forward with your candidacy at this time. We received many strong applications and this was not an easy "
        "decision.\n\nWe wish you the best in your search.\n\nBest regards,\nLarkspur Logistics Recruiting\n\n"
        "Please do not reply to this email; this mailbox is not monitored."
    )
    s.add(
        mid="b7d21f08c6e94a13.c05@greenhouse.io",
        sender=gh,
        to=[ME],
        subject="Your application to Larkspur Logistics",
        when=t(CHI, 10, 6, 8, 31),
        label="rejection",
        company=co,
        role=role,
        html=text_to_html(rej, brand="Larkspur Logistics", accent="#2f6f4f"),
        gmail_labels="Inbox,Opened,Category Updates",
    )

    # ------------------------------------------------------------------ Tessellate Health (Workday)
    co, role = "Tessellate Health", "Clinical Operations Analyst"
    wd = Person("Tessellate Health Careers", "tessellatehealth@myworkday.com")
    ack = (
        "Dear Alex Rivera,\n\nThank you for applying to the Clinical Operations Analyst (Req JR-20417) position at "
        "Tessellate Health. We have received your application and it is now under review.\n\nYou can track the "
        "status of your application at any time by signing in to your candidate home account.\n\nDue to the high "
        "volume of applications, only candidates selected for interviews will be contacted.\n\nSincerely,\n"
        "Tessellate Health Talent Acquisition"
    )
    s.add(
        mid="1480326911.77213.1758816000412@wd5-prod-mail.myworkday.com",
        sender=wd,
        to=[ME],
        subject="Tessellate Health: Application Received - Clinical Operations Analyst",
        when=t(NYC, 9, 25, 11, 40),
        label="application_received",
        company=co,
        role=role,
        html=text_to_html(ack, brand="Tessellate Health", accent="#6b21a8"),
        headers=[("Auto-Submitted", "auto-generated")],
        gmail_labels="Inbox,Opened,Category Updates",
    )
    rej = (
        "Dear Alex Rivera,\n\nThank you for your interest in the Clinical Operations Analyst (Req JR-20417) position "
        "at Tessellate Health.\n\nWe wanted to let you know that the position has been filled. We will keep your "
        "resume on file and encourage you to apply for other roles that match your skills and experience.\n\n"
        "Sincerely,\nTessellate Health Talent Acquisition"
    )
    s.add(
        mid="1480326911.90544.1761062400388@wd5-prod-mail.myworkday.com",
        sender=wd,
        to=[ME],
        subject="Update on your application - Clinical Operations Analyst",
        when=t(NYC, 10, 21, 17, 2),
        label="rejection",
        company=co,
        role=role,
        text=rej,
        html=text_to_html(rej, brand="Tessellate Health", accent="#6b21a8"),
        headers=[("Auto-Submitted", "auto-generated")],
        gmail_labels="Inbox,Opened,Category Updates",
    )

    # ------------------------------------------------------------------ Copperfield & Lowe (OOO auto-reply)
    owen = Person("Owen Castellano", "ocastellano@copperfieldlowe.com")
    co, role = "Copperfield & Lowe", "Analytics Consultant"
    th = Thread("Analytics Consultant role - Alex Rivera")
    s.add(
        mid="CAJx7aQ5Hs4Tm8Wp2Lc6Ny0Kb3Rv9Zd1Qe7Uf5Xg@mail.gmail.com",
        sender=ME,
        to=[owen],
        subject=th.subject,
        when=t(CHI, 9, 30, 8, 14),
        label="other",
        thread=th,
        company=co,
        contact="Owen",
        role=role,
        text=(
            "Hi Owen,\n\nI saw your post about the Analytics Consultant opening on the Chicago team. I've spent four "
            "years building forecasting and reporting for an operations group and I'm looking to move into "
            "client-facing work. Resume attached; I'd be grateful for 15 minutes to learn more.\n\nBest regards,\n"
            "Alex Rivera"
        ),
        attachments=[("Alex_Rivera_Resume.pdf", "application/pdf", resume)],
    )
    s.add(
        mid="PH0PR11MB4983A1C7E2F64B0D9E11A2B7C9F0@PH0PR11MB4983.namprd11.prod.outlook.com",
        sender=owen,
        to=[ME],
        subject="Automatic reply: " + th.subject,
        when=t(NYC, 9, 30, 9, 14),
        label="auto_reply",
        thread=th,
        quote_style=None,
        company=co,
        contact="Owen",
        return_date="2026-10-12",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text=(
            "Thank you for your message. I am out of the office on client travel and will return on Monday, "
            "October 12, 2026, with limited access to email until then.\n\nFor recruiting questions, please contact "
            "careers@copperfieldlowe.com.\n\nOwen Castellano | Principal | Copperfield & Lowe"
        ),
    )

    # ------------------------------------------------------------------ Northstar Ledger (Lever, onsite, offer)
    co, role = "Northstar Ledger", "Product Analyst"
    kenji = Person("Kenji Watanabe", "kenji.watanabe@northstarledger.io")
    lever = Person("Northstar Ledger", "no-reply@hire.lever.co")
    ack = (
        "Hi Alex,\n\nThank you for your interest in Northstar Ledger! We've received your application for Product "
        "Analyst and our team will review it shortly.\n\nWe read every application, and if there's a potential "
        "fit, a member of our team will reach out.\n\nCheers,\nNorthstar Ledger Talent Team"
    )
    s.add(
        mid="lever-5b2e9c4d-1f7a-4e3b-9a62-0d8c7e4b1a93@hire.lever.co",
        sender=lever,
        to=[ME],
        subject="Thanks for applying to Northstar Ledger",
        when=t(NYC, 9, 29, 14, 22),
        label="application_received",
        company=co,
        role=role,
        text=ack,
        html=text_to_html(ack, brand="Northstar Ledger", accent="#0f172a"),
        gmail_labels="Inbox,Opened,Category Updates",
    )
    th = Thread("Your onsite at Northstar Ledger - Thursday, October 29")
    s.add(
        mid="CADq8Rt2Nv6Lm0Xw4Kp9Zs3Yb7He1Ug5Fj2Ci8Ta@mail.gmail.com",
        sender=kenji,
        to=[ME],
        subject=th.subject,
        when=t(NYC, 10, 26, 10, 5),
        label="interview",
        thread=th,
        company=co,
        contact="Kenji",
        role=role,
        interview_at="2026-10-29T10:00:00-04:00",
        text=(
            "Hi Alex,\n\nWe're excited to host you at our office for the final round on Thursday, October 29. "
            "Here is your itinerary (all times Eastern, 4th floor, 88 Pearl Street):\n\n"
            "10:00-10:45  Marisol Oyelaran, Head of Product Analytics - metrics and experimentation\n"
            "10:45-11:30  Declan Rourke, Senior Analytics Engineer - SQL and data modelling pairing\n"
            "11:30-12:15  Lunch with the analytics team\n"
            "12:15-1:00   Hana Takeda, Product Manager - product case study\n\n"
            "Ask for me at the front desk. If you need anything before then, just reply here.\n\n"
            "See you Thursday,\nKenji\n\nKenji Watanabe | Technical Recruiter | Northstar Ledger"
        ),
    )
    s.add(
        mid="CAJx7aQ6Kq1Zv5Mr9Ts3Bw7Ln2Pe6Yd0Hc4Ua8Jx@mail.gmail.com",
        sender=ME,
        to=[kenji],
        subject="Re: " + th.subject,
        when=t(NYC, 10, 29, 19, 40),
        label="other",
        thread=th,
        quote_style=None,
        company=co,
        contact="Kenji",
        role=role,
        text=(
            "Hi Kenji,\n\nThank you for organising today, everything ran like clockwork. Please pass my thanks to "
            "Marisol, Declan and Hana; the pairing session with Declan was the most fun I've had in an interview. "
            "I left even more excited about the role.\n\nBest,\nAlex"
        ),
    )
    s.add(
        mid="BN8PR04MB6210F3A9C1D7E54B2A0F8E6D1C3B@BN8PR04MB6210.namprd04.prod.outlook.com",
        sender=kenji,
        to=[ME],
        subject="Out of Office: Re: " + th.subject,
        when=t(NYC, 10, 29, 20, 41),
        label="auto_reply",
        thread=th,
        quote_style=None,
        company=co,
        contact="Kenji",
        return_date="2026-11-02",
        headers=[("X-Autoreply", "yes")],
        text=(
            "Hi there, I'm out of the office Friday, October 30 and back on Monday, November 2. I'll reply when I "
            "return.\n\nKenji"
        ),
    )
    offer_pdf = make_pdf(rng, 142_000, "Northstar Ledger - Offer Letter - Alex Rivera")
    s.add(
        mid="CADq8Rt5Wm3Jq7Xp1Ls9Nb4Vy8Hd2Ke6Gz0Fa5Tc@mail.gmail.com",
        sender=kenji,
        to=[ME],
        subject="Offer - Product Analyst at Northstar Ledger",
        when=t(CHI, 11, 9, 15, 10),
        label="offer",
        company=co,
        contact="Kenji",
        role=role,
        expect_draft="",
        text=(
            "Hi Alex,\n\nI'm thrilled to share that we'd like to offer you the Product Analyst position at Northstar "
            "Ledger! Everyone you met was impressed, and Marisol in particular is excited to work with you.\n\n"
            "The attached letter has the details: a base salary of $112,000, equity, benefits, and a proposed start "
            "date of January 4. Take a few days to review it; I'm happy to set up a call with Marisol if you have "
            "questions about the role, or with me about the package.\n\nCongratulations,\nKenji"
        ),
        attachments=[("Northstar_Ledger_Offer_Letter_Alex_Rivera.pdf", "application/pdf", offer_pdf)],
    )

    # ------------------------------------------------------------------ Wildgrain Foods (iCIMS, then on hold)
    co, role = "Wildgrain Foods", "Supply Chain Analyst"
    icims = Person("Wildgrain Foods Talent Acquisition", "donotreply@icims.com")
    ack = (
        "Dear Alex,\n\nThank you for your interest in the Supply Chain Analyst position (Job ID 2026-4418) at "
        "Wildgrain Foods. Your application has been successfully submitted and is being reviewed by our "
        "recruiting team.\n\nIf your qualifications match the requirements of the position, a recruiter will "
        "contact you to discuss next steps.\n\nRegards,\nWildgrain Foods Talent Acquisition"
    )
    s.add(
        mid="1759330225.2214.0.icims.mail.43@icims.com",
        sender=icims,
        to=[ME],
        subject="Wildgrain Foods - Thank you for applying: Supply Chain Analyst",
        when=t(CHI, 10, 1, 10, 10),
        label="application_received",
        company=co,
        role=role,
        html=text_to_html(ack, brand="Wildgrain Foods", accent="#a16207"),
        headers=[("Auto-Submitted", "auto-generated")],
        gmail_labels="Inbox,Opened,Category Updates",
    )
    rosalind = Person("Rosalind Achebe", "rachebe@wildgrainfoods.com")
    s.add(
        mid="SA1PR12MB7741C2E9B0A64F3D8B17E5A20C4D@SA1PR12MB7741.namprd12.prod.outlook.com",
        sender=rosalind,
        to=[ME],
        subject="Supply Chain Analyst - an update",
        when=t(CHI, 11, 10, 14, 25),
        label="on_hold",
        company=co,
        contact="Rosalind",
        role=role,
        expect_draft="check_in",
        text=(
            "Hi Alex,\n\nI wanted to reach out personally after our phone conversation last month. We've had to put "
            "the search for the Supply Chain Analyst role on hold while the leadership team finalises next year's "
            "budget. I'm sorry; I know you've been patient with us.\n\nThis has nothing to do with you or your "
            "candidacy. I expect to know more in January, and if the role reopens you'll be the first person I "
            "call.\n\nBest,\nRosalind\n\nRosalind Achebe\nSupply Chain Planning Manager | Wildgrain Foods"
        ),
    )

    # ------------------------------------------------------------------ Halcyon Robotics (Ashby, reschedule, great-fit rejection)
    co, role = "Halcyon Robotics", "Analytics Engineer"
    ashby = Person("Halcyon Robotics Hiring Team", "no-reply@ashbyhq.com")
    ack = (
        "Hi Alex,\n\nThanks so much for applying for the Analytics Engineer role at Halcyon Robotics. We've got "
        "your application and the hiring team will take a look over the next week or so.\n\nWhatever happens, "
        "we'll let you know.\n\nThe Halcyon Robotics Hiring Team"
    )
    s.add(
        mid="ashby-3c8f1e2a-77b4-4d19-8e05-6a9b2c1d0f47@ashbyhq.com",
        sender=ashby,
        to=[ME],
        subject="We got your application to Halcyon Robotics",
        when=t(LAX, 10, 8, 9, 2),
        label="application_received",
        company=co,
        role=role,
        text=ack,
        html=text_to_html(ack, brand="Halcyon Robotics", accent="#0e7490"),
        gmail_labels="Inbox,Opened,Category Updates",
    )
    sofia = Person("Sofia Brandt", "sofia.brandt@halcyonrobotics.ai")
    th = Thread("Halcyon Robotics - Analytics Engineer technical interview")
    s.add(
        mid="CAEf3Gh8Jk2Lm6Np0Qr4St8Uv2Wx6Yz0Ab4Cd8Ef@mail.gmail.com",
        sender=sofia,
        to=[ME],
        subject=th.subject,
        when=t(LAX, 10, 20, 11, 16),
        label="interview",
        thread=th,
        company=co,
        contact="Sofia",
        role=role,
        interview_at="2026-10-26T11:00:00-07:00",
        text=(
            "Hi Alex,\n\nGood news: the team would like to move you forward to the technical interview for the "
            "Analytics Engineer role. It's 60 minutes over Zoom with Ilya Petrov, our analytics engineering lead: "
            "about 30 minutes of live SQL/dbt modelling and 30 minutes talking through a past project.\n\n"
            "Would Monday, October 26 at 11:00 AM Pacific work for you?\n\nBest,\nSofia\n\n"
            "Sofia Brandt | Recruiting | Halcyon Robotics"
        ),
    )
    s.add(
        mid="CAJx7aQ7Pt6Wb0Rn4Xs8Mk2Gv6Lf1Za5Jd9Qh3Ye@mail.gmail.com",
        sender=ME,
        to=[sofia],
        subject="Re: " + th.subject,
        when=t(CHI, 10, 20, 14, 2),
        label="other",
        thread=th,
        company=co,
        contact="Sofia",
        role=role,
        text="Hi Sofia,\n\nThat's great news, thank you! Monday the 26th at 11:00 PT works for me.\n\nBest,\nAlex",
    )
    s.add(
        mid="CAEf3Gh1Mn5Pq9Rs3Tu7Vw1Xy5Za9Bc3De7Fg1Hi@mail.gmail.com",
        sender=sofia,
        to=[ME],
        subject="Re: " + th.subject,
        when=t(LAX, 10, 23, 16, 45),
        label="interview",
        thread=th,
        company=co,
        contact="Sofia",
        role=role,
        interview_at="2026-10-28T13:00:00-07:00",
        text=(
            "Hi Alex,\n\nI'm so sorry to do this, but Ilya has been pulled into an offsite on Monday. Could we move "
            "your interview to Wednesday, October 28 at 1:00 PM Pacific instead? Same format, same Zoom link; I'll "
            "send an updated invite once you confirm.\n\nThanks for your flexibility,\nSofia"
        ),
    )
    s.add(
        mid="CAJx7aQ8Rb2Yc6Tm0Wq4Nv8Hs2Kd7Lp1Xe5Gf9Ja@mail.gmail.com",
        sender=ME,
        to=[sofia],
        subject="Re: " + th.subject,
        when=t(CHI, 10, 23, 19, 10),
        label="other",
        thread=th,
        company=co,
        contact="Sofia",
        role=role,
        text="Hi Sofia,\n\nNo problem at all. Wednesday the 28th at 1:00 PT works.\n\nThanks,\nAlex",
    )
    s.add(
        mid="CAEf3Gh6Qr0St4Uv8Wx2Yz6Ab0Cd4Ef8Gh2Ij6Kl@mail.gmail.com",
        sender=sofia,
        to=[ME],
        subject="Re: " + th.subject,
        when=t(LAX, 11, 13, 10, 30),
        label="rejection",
        thread=th,
        company=co,
        contact="Sofia",
        role=role,
        expect_draft="thank_you",
        text=(
            "Hi Alex,\n\nThank you again for your time with Ilya and the team. I wanted to give you an update: we've "
            "decided not to move forward for the Analytics Engineer role. The feedback was genuinely positive. "
            "Everyone agreed you'd be a great fit for Halcyon, just not for this particular role, which ended up "
            "needing deeper experience running production data pipelines.\n\nWe expect to open a Product Analyst "
            "position early next year, and with your permission I'd love to reach out when it does.\n\nAll the best,\nSofia"
        ),
    )

    # ------------------------------------------------------------------ Pinewater Credit Union (personal rejection, recent)
    co, role = "Pinewater Credit Union", "Member Insights Analyst"
    helen = Person("Helen Marchetti", "hmarchetti@pinewatercu.org")
    th = Thread("Application: Member Insights Analyst")
    s.add(
        mid="CAJx7aQ9Sd4Ke8Pn2Vr6Ty0Lb4Mw9Gx3Hc7Ja1Zu@mail.gmail.com",
        sender=ME,
        to=[helen],
        subject=th.subject,
        when=t(CHI, 10, 5, 19, 55),
        label="other",
        thread=th,
        company=co,
        contact="Helen",
        role=role,
        text=(
            "Dear Ms. Marchetti,\n\nI'm applying for the Member Insights Analyst position posted on the Pinewater "
            "website. I've been a Pinewater member for six years, and the chance to use my analytics background to "
            "improve the member experience is a big draw.\n\nMy resume is attached. Thank you for your "
            "consideration.\n\nSincerely,\nAlex Rivera"
        ),
        attachments=[("Alex_Rivera_Resume.pdf", "application/pdf", resume)],
    )
    s.add(
        mid="MN2PR07MB5522D8E1A93F40C6B5E27D9F1A08@MN2PR07MB5522.namprd07.prod.outlook.com",
        sender=helen,
        to=[ME],
        subject="RE: " + th.subject,
        when=t(CHI, 11, 17, 11, 20),
        label="rejection",
        thread=th,
        quote_style="outlook",
        company=co,
        contact="Helen",
        role=role,
        expect_draft="thank_you",
        text=(
            "Hi Alex,\n\nThank you for your patience, and for the thoughtful conversation on the phone a few weeks "
            "ago. After a lot of deliberation we've offered the role to another candidate whose background in "
            "member lending data was a closer match for where the team is heading.\n\nThis was a difficult decision. "
            "You clearly care about our members, and that came through. I hope our paths cross again.\n\n"
            "Kind regards,\nHelen\n\nHelen Marchetti\nVP, Member Experience | Pinewater Credit Union"
        ),
    )

    # ------------------------------------------------------------------ Saltmarsh Studios (Lever rejection)
    s.add(
        mid="lever-8d4a2c7e-5b91-4f3d-a6e8-2c0b9f7d1e55@hire.lever.co",
        sender=Person("Saltmarsh Studios", "no-reply@hire.lever.co"),
        to=[ME],
        subject="Your application to Saltmarsh Studios",
        when=t(LAX, 10, 9, 16, 11),
        label="rejection",
        company="Saltmarsh Studios",
        role="Player Insights Analyst",
        text=(
            "Hi Alex,\n\nThank you for applying for the Player Insights Analyst role at Saltmarsh Studios.\n\n"
            "We received an overwhelming number of applications, and after reviewing yours we've decided to pursue "
            "other candidates whose experience more closely matches the needs of the team. We'll keep your details "
            "on file for future openings.\n\nThanks for your interest in Saltmarsh, and good luck with your search.\n\n"
            "Saltmarsh Studios Talent"
        ),
    )

    # ------------------------------------------------------------------ Juniper Transit Authority (hiring freeze)
    s.add(
        mid="20261014151207.4F2A1C9D03@mail.junipertransit.org",
        sender=Person("Juniper Transit Authority - Human Resources", "careers@junipertransit.org"),
        to=[ME],
        subject="Program Analyst II (Posting #26-118) - recruitment cancelled",
        when=t(CHI, 10, 14, 10, 12),
        label="on_hold",
        company="Juniper Transit Authority",
        contact="Marcus",
        role="Program Analyst II",
        text=(
            "Dear Alex Rivera,\n\nThank you for applying for Program Analyst II (Posting #26-118).\n\nDue to the "
            "authority-wide hiring freeze announced on October 9, this recruitment has been cancelled and no "
            "position will be filled from this posting at this time. This decision is not a reflection of your "
            "qualifications.\n\nIf the position is re-posted, you are welcome to apply again.\n\nRespectfully,\n"
            "Marcus Bell\nHR Generalist, Juniper Transit Authority"
        ),
    )

    # ------------------------------------------------------------------ Ostrander Medical Devices (no longer here)
    leah = Person("Leah Voss", "leah.voss@ostrandermed.com")
    th = Thread("Reporting Analyst opening - Alex Rivera")
    s.add(
        mid="CAJx7aQ0Uf8Lh2Wt6Rb0Nq4Mz8Kc3Gv7Ys1Jd5Xp@mail.gmail.com",
        sender=ME,
        to=[leah],
        subject=th.subject,
        when=t(CHI, 10, 7, 12, 30),
        label="other",
        thread=th,
        company="Ostrander Medical Devices",
        contact="Leah",
        role="Reporting Analyst",
        text=(
            "Hi Leah,\n\nI came across your post about the Reporting Analyst opening on the quality team. I build "
            "operational reporting in Power BI and SQL and would love to learn more about the role. Would you be "
            "open to a quick chat?\n\nThank you,\nAlex Rivera"
        ),
    )
    s.add(
        mid="DM6PR03MB4410B7C2E5F914A8D3C60E1B9F27@DM6PR03MB4410.namprd03.prod.outlook.com",
        sender=leah,
        to=[ME],
        subject="Automatic reply: " + th.subject,
        when=t(CHI, 10, 7, 12, 31),
        label="auto_reply",
        thread=th,
        quote_style=None,
        company="Ostrander Medical Devices",
        contact="Leah",
        text=(
            "Hello,\n\nLeah Voss is no longer with Ostrander Medical Devices. For recruiting and hiring questions, "
            "please contact Bianca Ferreira at bianca.ferreira@ostrandermed.com.\n\nThis mailbox is no longer "
            "monitored and your message will not be forwarded."
        ),
    )

    # ------------------------------------------------------------------ Brightforge Energy (recent interview, no thank-you yet)
    co, role = "Brightforge Energy", "Energy Markets Data Analyst"
    maren = Person("Maren Lindqvist", "maren.lindqvist@brightforge.energy")
    tomas = Person("Tomás Herrera", "tomas.herrera@brightforge.energy")
    dana = Person("Dana Whitfield", "dana.whitfield@brightforge.energy")
    th = Thread("Brightforge Energy - Energy Markets Data Analyst")
    s.add(
        mid="CAKm4Np8Qr2St6Uv0Wx4Yz8Ab2Cd6Ef0Gh4Ij8Kl@mail.gmail.com",
        sender=maren,
        to=[ME],
        subject=th.subject,
        when=t(DEN, 11, 4, 9, 45),
        label="interview",
        thread=th,
        company=co,
        contact="Maren",
        role=role,
        text=(
            "Hi Alex,\n\nThanks for applying to Brightforge! I'm the recruiter for the Energy Markets Data Analyst "
            "role, and the hiring manager, Tomás Herrera, would like to meet you.\n\nThe next step is a 60-minute "
            "video interview with Tomás and Dana Whitfield from the trading desk. Could you send me two or three "
            "times that work for you between November 16 and 19?\n\nThanks,\nMaren\n\n"
            "Maren Lindqvist | Talent Partner | Brightforge Energy"
        ),
    )
    s.add(
        mid="CAJx7aQ1Vg9Mi3Xu7Sc1Or5Na9Ld4Hw8Zt2Ke6Yq@mail.gmail.com",
        sender=ME,
        to=[maren],
        subject="Re: " + th.subject,
        when=t(CHI, 11, 4, 13, 20),
        label="other",
        thread=th,
        company=co,
        contact="Maren",
        role=role,
        text=(
            "Hi Maren,\n\nThank you, I'd be glad to meet Tomás and Dana. Any of these would work (Central time):\n\n"
            "- Tuesday, Nov 17: 10am-2pm\n- Wednesday, Nov 18: 1pm-4pm\n- Thursday, Nov 19: 9am-noon\n\nBest,\nAlex"
        ),
    )
    start = t(CHI, 11, 18, 13, 0)
    ics = make_ics(
        uid="7c1e94b0d2a84f5fa3b6e0c9@brightforge.energy",
        summary="Brightforge Energy - Video interview: Alex Rivera (Energy Markets Data Analyst)",
        start=start,
        end=start + timedelta(hours=1),
        organizer=maren,
        attendees=[ME, tomas, dana],
        location="Google Meet: https://meet.google.com/bfe-xqnt-kra",
        description="Video interview with Tomás Herrera (Hiring Manager) and Dana Whitfield (Trading Analytics).",
        stamp=t(DEN, 11, 5, 8, 2),
    )
    inv_text = (
        "You have been invited to the following event.\n\n"
        "Brightforge Energy - Video interview: Alex Rivera (Energy Markets Data Analyst)\n"
        "When: Wednesday Nov 18, 2026 1pm - 2pm (Central Time - Chicago)\n"
        "Joining info: Join with Google Meet https://meet.google.com/bfe-xqnt-kra\n\n"
        "Organizer: Maren Lindqvist - maren.lindqvist@brightforge.energy\n"
        "Guests:\nAlex Rivera - alex.rivera.jobs@gmail.com\nTomás Herrera - tomas.herrera@brightforge.energy\n"
        "Dana Whitfield - dana.whitfield@brightforge.energy\n\n"
        "Hi Alex, looking forward to it! Tomás will focus on your forecasting work; Dana will walk through a short "
        "case on day-ahead prices. - Maren\n\nInvitation from Google Calendar"
    )
    s.add(
        mid="0000000000007c1e94b0d2a84f5f@google.com",
        sender=maren,
        to=[ME, tomas, dana],
        subject="Invitation: Brightforge Energy - Video interview: Alex Rivera @ Wed Nov 18, 2026 1pm - 2pm (CST)",
        when=t(DEN, 11, 5, 8, 2),
        label="interview",
        company=co,
        contact="Maren",
        role=role,
        interview_at=start.isoformat(),
        expect_draft="interview_thank_you",
        text=inv_text,
        html=text_to_html(inv_text),
        calendar=ics,
        reply_to=maren,
    )

    # ------------------------------------------------------------------ other: newsletters, alerts, hard negatives
    html, text = newsletter_html(
        rng, "The Analyst's Edge", "Rejected after the final round? What to do next", 22
    )
    s.add(
        mid="3a9f0c2e71d84b56.e1@mail.analystsedge.example",
        sender=Person("The Analyst's Edge", "hello@analystsedge.example"),
        to=[ME],
        subject="Rejected after the final round? What to do next (+ 4 more reads)",
        when=t(CHI, 9, 24, 6, 30),
        label="other",
        text=text,
        html=html,
        gmail_labels="Inbox,Category Promotions",
        headers=[("List-Unsubscribe", "<https://analystsedge.example/unsubscribe>"), ("Precedence", "bulk")],
    )
    jobs = [
        ("Data Analyst", "Prairie Wind Cooperative", "Chicago, IL"),
        ("Senior Data Analyst", "Marigold Learning", "Remote (US)"),
        ("Business Intelligence Analyst", "Amberline Telecom", "Hybrid - Chicago, IL"),
        ("Operations Analyst", "Greyfield Manufacturing", "Elgin, IL"),
        ("Data Analyst II", "Oakhaven Property Trust", "Chicago, IL"),
        ("Analytics Engineer", "Mosaic Transit Labs", "Chicago, IL"),
        ("Reporting Analyst", "Fernhill Pharmacy Group", "Oak Brook, IL"),
        ("Product Analyst", "Starling Payroll", "Remote (US)"),
        ("Pricing Analyst", "Caspian Retail Group", "Chicago, IL"),
        ("Data Quality Analyst", "Harlow Civic Services", "Harlow, IL"),
        ("Supply Chain Data Analyst", "Keystone Freight", "Joliet, IL"),
        ("Marketing Analyst", "Tamarind Hospitality", "Chicago, IL"),
        ("People Analytics Analyst", "Silverbirch Consulting", "Remote"),
        ("Data Analyst, Claims", "Orchard Lane Insurance", "Schaumburg, IL"),
    ]
    s.add(
        mid="alert.20261019.88213@mail.jobharbor.example",
        sender=Person("JobHarbor Job Alerts", "jobalerts-noreply@jobharbor.example"),
        to=[ME],
        subject="14 new jobs for Data Analyst in Chicago, IL",
        when=t(CHI, 10, 19, 7, 2),
        label="other",
        text="14 new jobs for Data Analyst in Chicago, IL\n\n"
        + "\n".join(f"{r} - {c} - {ci}" for r, c, ci in jobs),
        html=job_alert_html(rng, "JobHarbor", "Data Analyst in Chicago, IL", jobs),
        gmail_labels="Inbox,Opened,Category Updates",
        headers=[("List-Unsubscribe", "<https://jobharbor.example/unsub?u=a19>"), ("Precedence", "bulk")],
    )
    pod = (
        "New episode out now\n\nEpisode 87: An interview with Ines Valcourt, CEO of Fernway\n\nThis week we sit down "
        "with Ines for a candid interview about building Fernway's data team from three people to forty, the hiring "
        "mistakes she'd never repeat, and why she still reviews every offer letter herself.\n\nListen on your "
        "favourite podcast app or at datahours.example/87.\n\nThanks for listening,\nThe Data Hours team"
    )
    s.add(
        mid="ep87.20261027@send.datahours.example",
        sender=Person("Data Hours Podcast", "episodes@datahours.example"),
        to=[ME],
        subject="Ep. 87: our interview with the CEO of Fernway",
        when=t(CHI, 10, 27, 5, 0),
        label="other",
        html=text_to_html(pod, brand="Data Hours", accent="#7c2d12"),
        gmail_labels="Inbox,Category Promotions",
    )
    s.add(
        mid="billing.5518420@streamlet.example",
        sender=Person("Streamlet", "billing@streamlet.example"),
        to=[ME],
        subject="Action needed: your card was declined",
        when=t(CHI, 10, 11, 3, 17),
        label="other",
        text=(
            "Hi Alex,\n\nUnfortunately we weren't able to process your monthly payment: your Visa ending in 4417 was "
            "declined. We'll try again in 3 days. To avoid an interruption, please update your payment details at "
            "streamlet.example/account.\n\nThe Streamlet team"
        ),
    )
    s.add(
        mid="arivera/sql-style-guide/pull/14/c1984432@codehub.example",
        sender=Person("Katrin Solberg", "notifications@codehub.example"),
        to=[ME],
        subject="Re: [arivera/sql-style-guide] Add rule for CTE naming (PR #14)",
        when=t(CHI, 10, 16, 14, 8),
        label="other",
        text=(
            "@arivera thanks for the PR! After discussing it with the other maintainers we've decided not to move "
            "forward with this rule, since it conflicts with the lint config most users already have. I'm closing "
            "this one, so the pull request was rejected, but please keep the ideas coming.\n\n-- \nReply to this email "
            "directly or view it on CodeHub:\nhttps://codehub.example/arivera/sql-style-guide/pull/14#issuecomment-1984432"
        ),
        headers=[("List-ID", "arivera/sql-style-guide <sql-style-guide.arivera.codehub.example>")],
    )
    promo = (
        "Alex, this offer is just for you.\n\n20% OFF everything interview-ready\n\nBlazers, trousers and crisp "
        "shirts for the moment you walk into the room. Use code READY20 at checkout. Offer ends Sunday at midnight.\n\n"
        "Shop now: tailorbird.example/ready"
    )
    s.add(
        mid="promo.2026w44.771@news.tailorbird.example",
        sender=Person("Tailorbird", "deals@news.tailorbird.example"),
        to=[ME],
        subject="Alex, your exclusive offer: 20% off interview-ready looks",
        when=t(CHI, 10, 30, 9, 0),
        label="other",
        text=promo,
        html=text_to_html(promo, brand="TAILORBIRD", accent="#111827"),
        gmail_labels="Inbox,Category Promotions",
    )
    s.add(
        mid="evt.negotiate.20261111@careercompass.example",
        sender=Person("Career Compass Events", "events@careercompass.example"),
        to=[ME],
        subject='Reminder: "Negotiating your first offer" starts tomorrow at noon CT',
        when=t(CHI, 11, 11, 12, 0),
        label="other",
        text=(
            'Hi Alex,\n\nYou\'re registered for our free webinar "Negotiating your first offer" tomorrow, '
            "November 12, at 12:00 PM CT. Join here: https://careercompass.example/live/negotiate\n\n"
            "See you there,\nCareer Compass"
        ),
    )
    dee = Person("Dee Kowalski", "dee.kowalski@fastmail.example")
    fwd_orig = (
        "Hi team,\n\nKeystone Freight is hiring an Operations Analyst on my team (Joliet, hybrid). If you know "
        "anyone good with SQL and a bit of Python, send them my way.\n\nThanks,\nGideon Asante"
    )
    s.add(
        mid="e3b1a7c4-1d2f-4f8e-9a61-77c0d5e2b9f1@fastmail.example",
        sender=dee,
        to=[ME],
        subject="Fwd: Hiring: Operations Analyst at Keystone Freight",
        when=t(CHI, 11, 6, 21, 14),
        label="other",
        contact="Dee",
        text=(
            "Alex! Saw this from my old manager, thought of you right away. Want me to introduce you? Also, still on "
            "for the mock interview Saturday? I'll bring the awkward behavioural questions.\n\nDee\n"
            + forward_block(
                fwd_orig,
                Person("Gideon Asante", "gasante@keystonefreight.com"),
                Person("Ops Alumni", "ops-alumni@groups.example"),
                t(CHI, 11, 6, 9, 2),
                "Hiring: Operations Analyst at Keystone Freight",
            )
        ),
    )
    s.add(
        mid="meetup.chidata.20261015@chidatameetup.example",
        sender=Person("Chicago Data Meetup", "organizers@chidatameetup.example"),
        to=[ME],
        subject="October meetup: we've moved forward with a new venue",
        when=t(CHI, 10, 15, 18, 0),
        label="other",
        text=(
            "Hi everyone,\n\nQuick update for Thursday: the brewery cancelled on us, so we've moved forward with a "
            "new venue, the third-floor commons at the Harold Washington Library. Same time (6:30 PM), more chairs, "
            "no beer.\n\nRSVP is still open.\n\nThe organisers"
        ),
    )

    s.msgs.sort(key=lambda m: datetime.fromisoformat(m[1]["date"]))
    return s.msgs


CSV_COLUMNS = (
    "index",
    "message_id",
    "label",
    "company",
    "contact_first_name",
    "role",
    "return_date",
    "folder",
    "interview_at",
    "expect_draft",
    "date",
)


def write_csv(path: Path, msgs: list[tuple[bytes, dict]]) -> None:
    """index is the 0-based position in the mbox (mailbox.mbox order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for i, (_raw, truth) in enumerate(msgs):
            w.writerow({"index": i, **truth})


def main() -> int:
    msgs = build()
    MBOX_PATH.parent.mkdir(parents=True, exist_ok=True)
    write_mbox(MBOX_PATH, msgs)
    write_csv(CSV_PATH, msgs)
    counts: dict[str, int] = {}
    for _raw, truth in msgs:
        key = truth["label"] if truth["folder"] == "INBOX" else "SENT"
        counts[key] = counts.get(key, 0) + 1
    print(
        f"{len(msgs)} messages -> {MBOX_PATH.relative_to(ROOT)}; "
        + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
