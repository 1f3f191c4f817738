"""Generate the blind33 evaluation corpus (job seeker: Tomás Ferreira-Whitlock).

Stdlib only. Writes tests/corpus/blind33/NNN.eml and labels.csv.
Run: python tests/corpus/make_blind33.py
"""
from __future__ import annotations

import csv
import hashlib
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind33"
TO = "Tomás Ferreira-Whitlock <tomas.fw@icloud.com>"
ME = "tomas.fw@icloud.com"
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
COLUMNS = ["file", "label", "company", "contact_first_name", "role", "return_date",
           "lang", "difficulty", "notes", "interview_at"]
ROWS: list[dict[str, str]] = []
MSGS: list[EmailMessage] = []


def D(s: str, off: float) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=timezone(timedelta(hours=off)))


def mid(n: int, dom: str) -> str:
    h = hashlib.sha1(f"blind33-{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{dom}>"


def ical(uid: str, start: datetime, minutes: int, summary: str, org: str, loc: str) -> str:
    u = start.astimezone(UTC)
    e = u + timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Blind33//Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{u.strftime(f)}", f"DTSTART:{u.strftime(f)}",
        f"DTEND:{e.strftime(f)}", f"SUMMARY:{summary}", f"ORGANIZER:mailto:{org}",
        f"ATTENDEE;RSVP=TRUE:mailto:{ME}", f"LOCATION:{loc}", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR", ""])


def add(label: str, frm: str, subject: str, date: datetime, body: str | None = None, *,
        html: str | None = None, company: str = "", contact: str = "", role: str = "",
        ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "", iat: str = "",
        headers: dict[str, str] | None = None, reply: str | None = None, cte: str | None = None,
        pdf: str | None = None, ics: str | None = None, ics_attach: bool = False,
        to: str = TO) -> None:
    n = len(MSGS) + 1
    m = EmailMessage(policy=policy.default)
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    m["Delivered-To"] = ME
    m["Return-Path"] = "<" + frm.rsplit("<", 1)[-1].rstrip(">") + ">"
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(n, dom)
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(textwrap.dedent(body).strip() + "\n", cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        assert html is not None
        m.set_content(html, subtype="html", cte=cte)
    if ics:
        if ics_attach:
            m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
        else:
            m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    if pdf:
        m.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=pdf)
    MSGS.append(m)
    ROWS.append({"file": f"{n:03d}.eml", "label": label, "company": company,
                 "contact_first_name": contact, "role": role, "return_date": ret, "lang": lang,
                 "difficulty": diff, "notes": notes, "interview_at": iat})


AUTOGEN = {"Auto-Submitted": "auto-generated"}
AUTOREP = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
BULK = {"Precedence": "bulk"}


def unsub(url: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


def myid(x: str) -> str:
    return f"<{x}@icloud.com>"


# ---------------------------------------------------------------- messages
# ---- rejections
add("rejection", "Peachline Distribution Centers <peachline@myworkday.com>",
    "Update on your application – Inventory Control Coordinator", D("2025-03-18 16:42:10", -4), """
    Hello Tomás,

    Thank you for your interest in the Inventory Control Coordinator position (R-004418) at our
    Forest Park distribution center.

    We have carefully reviewed your background, and at this time we will not be moving forward
    with your candidacy for this requisition. We encourage you to create a job alert in our
    Career Site so you are notified when new roles open.

    Sincerely,
    Peachline Distribution Centers Talent Acquisition

    This email was sent from an unmonitored address. Please do not reply.
    """, company="Peachline Distribution Centers", role="Inventory Control Coordinator",
    headers=AUTOGEN)

add("rejection", "Cahaba Fresh Markets Careers <careers-noreply@cahabaretail.icims.com>",
    "Your Store Operations Coordinator application", D("2025-05-02 11:05:00", -5), """
    Hi Tomás,

    Thanks for the time you spent applying to Cahaba Fresh Markets for the Store Operations
    Coordinator opening at our Support Center in Marietta.

    We've decided to pursue other applicants whose experience more closely matches the day-to-day
    needs of the team right now. We know this isn't the news you hoped for.

    Your profile stays in our talent community, and our recruiters search it whenever similar
    roles open across our 60+ neighborhood stores.

    With appreciation,
    Talent Acquisition | Cahaba Retail Holdings
    """, company="Cahaba Fresh Markets", role="Store Operations Coordinator", diff="hard",
    notes="sender is parent-company iCIMS domain; indirect wording", cte="quoted-printable")

add("rejection", "SBRMC Talent Acquisition <aurelianhealth@taleo.net>",
    "St. Brigid Regional Medical Center - Materials Management Coordinator (Req 25-1183)",
    D("2025-06-20 08:15:33", -4), None, html="""<html><body style="font-family:Arial">
<p>Dear Tomás Ferreira-Whitlock,</p>
<p>Thank you for applying for the <b>Materials Management Coordinator</b> position (Req 25-1183)
at St. Brigid Regional Medical Center.</p>
<p>We wanted to let you know that this position has been filled. We appreciate your interest in
St. Brigid and the Aurelian Health family and invite you to review other openings on our career site.</p>
<p>Regards,<br>Human Resources<br>St. Brigid Regional Medical Center</p>
<p style="font-size:10px;color:#888">Please do not reply to this message; this mailbox is not monitored.</p>
</body></html>""", company="St. Brigid Regional Medical Center",
    role="Materials Management Coordinator", notes="HTML only; position filled", headers=AUTOGEN)

add("rejection", "Curtis Mabry <cmabry@redclayfreight.com>", "RE: Night dispatcher",
    D("2025-08-07 19:48:00", -4), """
    Tomás,

    We went with a guy who's been running a night board in Savannah for six years. Appreciated you
    coming out to the yard and sitting in with Deb for an hour, that was more than most do.

    Curtis

    Sent from my iPhone

    > On Aug 4, 2025, at 7:02 AM, Tomás Ferreira-Whitlock <tomas.fw@icloud.com> wrote:
    >
    > Hi Curtis, thanks again for the sit-along on Friday. Happy to come back if you need anything else.
    """, company="Redclay Freight Lines", contact="Curtis", role="Dispatcher – Night Shift",
    diff="hard", notes="curt; no rejection keywords; role only from earlier context",
    reply=myid("6A1F0C3B-77D2-4E0A-9C11-2B8D1E4F7A10"))

add("rejection", "Renata Osei <rosei@harvestcommons.org>",
    "Thank you — Distribution Coordinator", D("2025-09-26 14:20:00", -4), """
    Dear Tomás,

    I wanted to write personally rather than let the system do it. We've finished interviews for the
    Distribution Coordinator role and offered it to a colleague who has been volunteering in our
    warehouse for three years. It was a close call, and your pantry-routing ideas got a lot of
    discussion.

    I'd genuinely like to stay in touch. Our partner agency, Neighbor Table Network, is hiring a
    fleet scheduler, and I'm happy to introduce you to their operations director if that sounds
    useful. Just say the word.

    Warmly,
    Renata Osei
    Director of Operations
    Harvest Commons Food Bank
    """, company="Harvest Commons Food Bank", contact="Renata", role="Distribution Coordinator",
    diff="hard", notes="rejection plus referral offer; mentions interviews and 'offered'")

add("rejection", "Sweetgum Community College <sweetgumcc@myworkday.com>",
    "Facilities Scheduling Coordinator – Application Status", D("2025-10-29 10:00:00", -4), """
    Dear Applicant,

    Thank you for your interest in employment with Sweetgum Community College. The screening
    committee has completed its review of applications for Facilities Scheduling Coordinator
    (JR-2025-0311). We regret to inform you that you were not selected to advance in the process.

    We wish you success in your career search.

    Office of Human Resources
    Sweetgum Community College
    """, company="Sweetgum Community College", role="Facilities Scheduling Coordinator",
    notes="formal 'Dear Applicant' letter")

add("rejection", "Yvette Carrington <ycarrington@apa-ports.org>",
    "Cargo Operations Specialist – final panel outcome", D("2025-12-11 15:31:00", -5), """
    Good afternoon Mr. Ferreira-Whitlock,

    Thank you for participating in the final panel interview for the Cargo Operations Specialist
    position on December 4. The panel interviewed five finalists and has recommended another
    candidate for appointment, and the Authority has accepted that recommendation.

    Panel members asked me to pass along that your answers on yard congestion planning were among
    the strongest they heard. Please keep applying; we post operations roles year-round.

    Respectfully,

    Yvette Carrington, SHRM-CP
    Senior HR Generalist
    Altamaha Port Authority
    (912) 555-0148
    """, company="Altamaha Port Authority", contact="Yvette", role="Cargo Operations Specialist",
    diff="hard", notes="after final panel; interview words throughout; acronym domain")

add("rejection", "Jolene Pruitt | Keystaff <jpruitt@keystaffworkforce.com>",
    "Kudzu Cold Chain update", D("2026-01-14 09:12:00", -5), """
    Hey Tomás!

    Quick update from my side: I heard back from the hiring manager at Kudzu Cold Chain and they
    went a different direction for the Inbound Coordinator spot (they had an internal transfer come
    through at the last minute). Super frustrating, I know, since they liked you on the call.

    I've got a couple of other warehouse coordinator orders coming in next week and I'll put you
    forward first. Talk soon!

    Jolene Pruitt
    Senior Recruiter, Light Industrial
    Keystaff Workforce Solutions
    c: 404-555-0193
    """, company="Kudzu Cold Chain", contact="Jolene", role="Inbound Coordinator", diff="hard",
    notes="agency recruiter reports client's decision; upbeat tone")

add("rejection", "Lanternfly Retail Group <no-reply@us.greenhouse-mail.io>",
    "Lanternfly Retail Group | Replenishment Analyst", D("2025-02-21 13:44:00", -8), """
    Hi Tomás,

    Thank you for applying to the Replenishment Analyst role at Lanternfly Retail Group. After
    reviewing your application, we won't be progressing your application further at this stage.

    We're grateful for your interest in Lanternfly and hope you'll consider us again in future.

    Best,
    Lanternfly Talent Team
    """, company="Lanternfly Retail Group", role="Replenishment Analyst")

add("rejection", "Hallie Brandt <hallie.brandt@marigoldandpine.com>",
    "Re: Thank you – Logistics Coordinator interview", D("2026-03-12 17:05:00", -4), """
    Hi Tomás,

    Thanks so much for the thoughtful note, and for your patience while we wrapped up. I'm sorry to
    say this one didn't work out: the team chose a candidate with more recent LTL carrier
    management. It was a genuinely tough call and it says nothing about whether you're ready to
    come back to work (you clearly are).

    All the best,
    Hallie

    Hallie Brandt | Talent Partner | Marigold & Pine

    -----Original Message-----
    From: Tomás Ferreira-Whitlock <tomas.fw@icloud.com>
    Sent: Thursday, March 5, 2026 6:10 PM
    To: Hallie Brandt <hallie.brandt@marigoldandpine.com>
    Subject: Thank you – Logistics Coordinator interview

    Hi Hallie, thank you for setting up Wednesday's interview with Greg and the distribution team.
    I enjoyed walking through the carrier scorecard exercise and I'm excited about the role.
    """, company="Marigold & Pine", contact="Hallie", role="Logistics Coordinator", diff="hard",
    notes="reply to thank-you; quoted part is about the interview",
    reply=myid("A7C1D9E2-3B4F-4A51-8E62-95D0C2B8F311"))

add("rejection", "Mariana Gutiérrez <mgutierrez@sierradorada.com.mx>",
    "Proceso de selección – Coordinador de Tráfico", D("2025-07-22 12:30:00", -6), """
    Estimado Tomás:

    Le agradecemos el interés en formar parte de Transportes Sierra Dorada y el tiempo que dedicó a
    las entrevistas para la vacante de Coordinador de Tráfico (Monterrey / remoto).

    Después de evaluar a todos los candidatos, hemos decidido continuar el proceso con otra persona
    cuyo perfil se ajusta más a las necesidades actuales de la operación. Conservaremos sus datos
    para futuras vacantes.

    Reciba un cordial saludo,

    Mariana Gutiérrez
    Atracción de Talento
    Transportes Sierra Dorada, S.A. de C.V.
    """, company="Transportes Sierra Dorada", contact="Mariana", role="Coordinador de Tráfico",
    lang="es", notes="Spanish; legal suffix S.A. de C.V. in signature", cte="quoted-printable")

add("rejection", "Cabral & Nogueira Recruiting <noreply@cabral-nogueira.jobs.personio.com>",
    "Your application: Import/Export Coordinator (Atlanta)", D("2025-11-19 14:02:00", -3), """
    Dear Tomás,

    Many thanks for your application and for the conversations with Fernanda and our US team.

    We have now extended an offer to another candidate for the Import/Export Coordinator position
    in our Atlanta office, and they have accepted. For that reason we are closing your application.

    We truly appreciated getting to know you and wish you every success.

    Kind regards,
    People & Culture
    Cabral & Nogueira Comércio Exterior Ltda.
    São Paulo · Atlanta
    """, company="Cabral & Nogueira", role="Import/Export Coordinator", diff="hard",
    notes="'extended an offer' to someone else; Brazilian company in English")

add("rejection", "Oglethorpe Medical Supply <noreply@smartrecruiters.com>",
    "Shipping & Receiving Lead at Oglethorpe Medical Supply", D("2025-04-15 18:20:00", -4), """
    Dear Tomás,

    Thank you for considering Oglethorpe Medical Supply. We've reviewed your application for
    Shipping & Receiving Lead and have concluded it's not the right match at this time.

    We will keep your details on file and may reach out if a suitable opening comes up.

    Regards,
    Recruiting Team
    Oglethorpe Medical Supply
    """, company="Oglethorpe Medical Supply", role="Shipping & Receiving Lead", headers=AUTOGEN)

add("rejection", "Remy from Magnolia Parcel <remy@paradox.ai>",
    "Magnolia Parcel Co. – Hub Operations Lead", D("2025-06-03 07:55:00", -4), """
    Hi Tomás! 👋 It's Remy, the virtual recruiting assistant for Magnolia Parcel Co.

    Thanks again for chatting with me about the Hub Operations Lead opening at our Fulton Industrial
    hub. The hiring team has reviewed everything you shared, and at this time they aren't able to
    move forward with your application for this role.

    You can text JOBS to 55012 anytime to see other openings near you.

    Remy
    Magnolia Parcel Co. Recruiting
    Msg & data rates may apply. Reply STOP to opt out.
    """, company="Magnolia Parcel Co.", role="Hub Operations Lead", diff="hard",
    notes="Paradox-style chatbot; friendly emoji tone", cte="base64")

add("rejection", "Dwayne Hollis <dhollis@brightbridgestaffing.com>",
    "FW: Candidate feedback - T. Ferreira-Whitlock", D("2025-10-08 16:10:00", -4), """
    Tomás, passing along what I got back from Southbound Grocery Distribution below. Call me when
    you get a sec, I have thoughts on the next one.

    Dwayne Hollis | Account Manager | BrightBridge Staffing

    ________________________________
    From: Kendra Oyelaran <koyelaran@southboundgrocery.com>
    Sent: Wednesday, October 8, 2025 2:47 PM
    To: Dwayne Hollis <dhollis@brightbridgestaffing.com>
    Subject: Candidate feedback - T. Ferreira-Whitlock

    Dwayne,

    Thanks for sending Tomás over for the Transportation Coordinator role. We enjoyed the
    conversation, but we're going to pass. We need someone who has used a TMS daily in the last
    couple of years, and he's been out of it a while. Please keep sending people.

    Kendra
    """, company="Southbound Grocery Distribution", contact="Kendra",
    role="Transportation Coordinator", diff="hard",
    notes="agency forward; decision in forwarded client note")

add("rejection", "Priya Venkataraman <priya.v@tallowandthread.com>",
    "Transportation Analyst", D("2026-02-03 10:21:00", -5), """
    Hi Tomás — wanted to close the loop. We're not the right match for each other on the
    Transportation Analyst role, but I'd like to keep your info for our Q3 DC openings.

    Priya
    """, company="Tallow & Thread", contact="Priya", role="Transportation Analyst", diff="hard",
    notes="very short; signature is just a first name")

add("rejection", "Fernhill Bakeries <noreply@teamtailor-mail.com>",
    "About your application for Distribution Planner", D("2025-08-19 09:00:00", 0), """
    Hi Tomás,

    Thank you for applying for the Distribution Planner role at Fernhill Bakeries. We received many
    applications and unfortunately we have decided not to proceed with yours.

    All the best,
    The Fernhill Bakeries Recruitment Team
    """, company="Fernhill Bakeries", role="Distribution Planner", headers=AUTOGEN)

add("rejection", "Quarry Lane Builders Supply <noreply@candidates.workablemail.com>",
    "Your application at Quarry Lane Builders Supply", D("2026-04-22 15:40:00", -4), """
    Hi Tomás,

    Thanks for taking the time to speak with us about the Yard Coordinator role. Everyone who met
    you thought you'd be a great addition to Quarry Lane, but for this particular role we're looking
    for someone who holds a current CDL-A, so we've chosen to continue with other candidates.

    We'd love to see your name again when our inside sales and purchasing roles open this summer.

    Thanks,
    Marco Delgado
    Branch Manager, Quarry Lane Builders Supply
    """, company="Quarry Lane Builders Supply", contact="Marco", role="Yard Coordinator",
    diff="hard", notes="'great addition' praise; invites future applications")

add("rejection", "Parcelwise <no-reply@ashbyhq.com>", "Parcelwise – Operations Associate",
    D("2025-01-28 12:00:00", -8), """
    Hi Tomás,

    Thank you for your interest in the Operations Associate position at Parcelwise. Unfortunately,
    we've decided to move forward with other candidates for this role.

    We appreciate the time you invested and wish you the best of luck in your search.

    The Parcelwise Team
    """, company="Parcelwise", role="Operations Associate")

add("rejection", "Dockside Coffee Roasters <jobs@dockside.recruitee.com>",
    "Warehouse & Fulfillment Coordinator – update", D("2026-05-27 11:11:00", -4), None,
    html="""<div style="font-family:Helvetica"><p>Hello Tomás,</p>
<p>Thanks so much for applying to be our Warehouse &amp; Fulfillment Coordinator. We read every
application ourselves, and we've decided not to move forward with yours this time.</p>
<p>Keep brewing,<br>The Dockside Coffee Roasters crew</p></div>""",
    company="Dockside Coffee Roasters", role="Warehouse & Fulfillment Coordinator",
    notes="HTML only, base64", cte="base64")

add("rejection", "Aurelian Health Careers <careers@aurelianhealth.org>",
    "Application status: Supply Chain Analyst (Req 26-0412)", D("2026-06-30 07:30:00", -5), """
    Dear Tomás,

    Thank you for interviewing with Aurelian Health for the Supply Chain Analyst position. We
    appreciate the time you spent with our hiring team during the phone screen and the virtual
    interview.

    Following a careful review, the hiring team has selected a candidate whose qualifications best
    meet the current requirements of the position.

    We encourage you to visit careers.aurelianhealth.org for future opportunities.

    Aurelian Health Talent Acquisition

    This mailbox is not monitored. For questions, visit our Candidate Help Center.
    """, company="Aurelian Health", role="Supply Chain Analyst", diff="hard",
    notes="post-interview ATS rejection; mentions interviews; unmonitored-mailbox footer",
    headers=AUTOGEN)

add("rejection", "Lorraine Achebe <lachebe@sweetgum.edu>",
    "Auxiliary Services Coordinator search", D("2026-07-16 13:15:00", -4), """
    Dear Tomás,

    I want to thank you personally for coming to campus last week. You were one of two finalists for
    the Auxiliary Services Coordinator position, which is a real achievement in a pool of over ninety
    applicants.

    After a great deal of deliberation the committee has offered the position to the other finalist,
    who has managed our bookstore receiving for several years on a part-time basis. I know this is
    disappointing after a long process.

    If you're open to it, I would be glad to share the committee's notes with you over the phone.

    With gratitude,

    Dr. Lorraine Achebe
    Dean of Administrative Services
    Sweetgum Community College
    """, company="Sweetgum Community College", contact="Lorraine",
    role="Auxiliary Services Coordinator", diff="hard",
    notes="finalist after campus visit; 'offered the position' to other finalist")

add("rejection", "Daniela Rojas <drojas@bayfrontcargo.com>", "Coordinador(a) de Logística – Miami",
    D("2026-08-25 18:02:00", -4), """
    Hola Tomás,

    Muchas gracias por tu tiempo en la entrevista del martes y por el interés en Bayfront Cargo
    Solutions. Lamentablemente, hemos decidido seguir adelante con otros perfiles que cuentan con
    experiencia más reciente en exportaciones hacia Centroamérica.

    Tu perfil nos pareció muy interesante y no descartamos contactarte para otras posiciones.

    Un abrazo,
    Daniela Rojas
    Gerente de Recursos Humanos
    Bayfront Cargo Solutions, LLC | Doral, FL
    """, company="Bayfront Cargo Solutions", contact="Daniela",
    role="Coordinador(a) de Logística", lang="es", diff="hard",
    notes="Spanish; mentions interview; indirect 'seguir adelante con otros perfiles'")

add("rejection", "Ridgecrest Home Centers <ridgecrest@myworkday.com>",
    "Regarding your application for Merchandise Flow Specialist", D("2025-11-12 20:05:00", -5), """
    Dear Tomás Ferreira-Whitlock,

    Thank you for applying for the Merchandise Flow Specialist position at the Ridgecrest Home
    Centers Store Support Center. After careful consideration, we have decided to move forward with
    other candidates. We will keep your resume on file for 12 months and consider you for other
    openings that match your background.

    Best regards,
    Ridgecrest Talent Acquisition
    """, company="Ridgecrest Home Centers", role="Merchandise Flow Specialist")

add("rejection", "HireLoop <messages@hireloop-mail.com>",
    "An update from Tri-County Fulfillment", D("2026-09-09 08:47:00", -5), """
    Application update

    Tri-County Fulfillment has reviewed your application for Warehouse Shift Coordinator
    (Union City, GA) and decided not to move forward.

    Don't get discouraged: 214 new jobs matching "warehouse coordinator" were posted near
    Atlanta, GA this week.

    See similar jobs → https://www.hireloop.example/jobs?q=warehouse+coordinator

    HireLoop · You are receiving this because you applied through HireLoop.
    """, company="Tri-County Fulfillment", role="Warehouse Shift Coordinator", diff="hard",
    notes="job-board relay; company only in body; job-alert promo tail",
    headers={"List-Unsubscribe": "<https://www.hireloop.example/unsub>"})

add("rejection", "Gwen Tallis <gwen@secondhelpingalliance.org>", "Re: Programs logistics role",
    D("2025-03-04 12:40:00", -5), """
    Hi Tomás,

    Sorry for the slow reply. We ended up filling the Programs Logistics Associate role internally
    (one of our AmeriCorps members was ready to step up). I'm sorry it couldn't be you this time.

    Gwen

    On Mon, Feb 24, 2025 at 9:15 AM Tomás Ferreira-Whitlock <tomas.fw@icloud.com> wrote:
    > Hi Gwen, just checking in on the Programs Logistics Associate role. Still very interested!
    """, company="Second Helping Alliance", contact="Gwen", role="Programs Logistics Associate",
    diff="hard", notes="filled internally; short personal reply",
    reply=myid("0D4E7F21-9A3C-4B8D-B1E2-4C6A9F0E2D77"))
# ---- on_hold
add("on_hold", "Peachline Distribution Centers <peachline@myworkday.com>",
    "Your application for Shift Operations Supervisor (R-005102)", D("2025-07-09 17:02:00", -4), """
    Hello Tomás,

    We are writing regarding your application for Shift Operations Supervisor (R-005102) at the
    McDonough fulfillment center. This requisition has been cancelled and is no longer accepting
    candidates, so your application will not be considered further for this posting.

    This decision is not related to your qualifications. If the position is reposted, you are
    welcome to apply again.

    Peachline Distribution Centers Talent Acquisition
    A Voss Supply Group company
    """, company="Peachline Distribution Centers", role="Shift Operations Supervisor",
    diff="hard", notes="requisition cancelled; reads like ATS rejection", headers=AUTOGEN)

add("on_hold", "Yvette Carrington <ycarrington@apa-ports.org>",
    "Terminal Scheduling Analyst recruitment", D("2025-06-26 11:20:00", -4), """
    Dear Mr. Ferreira-Whitlock,

    I am writing to all applicants for the Terminal Scheduling Analyst position. Because the
    Authority's FY2026 operating budget has not yet been approved by the Board, we are pausing this
    search until the new fiscal year budget is finalized. Your application remains active and no
    action is needed on your part.

    We expect to provide an update in August.

    Yvette Carrington
    Senior HR Generalist, Altamaha Port Authority
    """, company="Altamaha Port Authority", contact="Yvette", role="Terminal Scheduling Analyst",
    notes="budget; search paused")

add("on_hold", "Marcus Thibodeaux <marcus.t@lanternflyretail.com>",
    "Inventory Planning Coordinator - heads up", D("2025-09-03 16:30:00", -5), """
    Hi Tomás,

    Wanted you to hear this from me directly. Our planning organization is being restructured under
    a new VP, and leadership has put the Inventory Planning Coordinator role on hold until the new
    structure is settled, likely not before January. Nothing to do with you; the team was looking
    forward to the next conversation.

    I'll reach out as soon as I know whether the role comes back in the same shape.

    Marcus Thibodeaux
    Senior Recruiter, Corporate | Lanternfly Retail Group
    """, company="Lanternfly Retail Group", contact="Marcus", role="Inventory Planning Coordinator",
    notes="reorg; role on hold")

add("on_hold", "Alana Brooks <abrooks@northpointtalent.com>", "Ironweed Packaging - update",
    D("2025-12-02 10:05:00", -5), """
    Hi Tomás,

    Bad timing news, unfortunately. Ironweed Packaging just announced a company-wide hiring freeze
    through the end of Q1, and that includes the Materials Coordinator contract we submitted you
    for. They told us they'll reopen the order when the freeze lifts, and you're first on my list
    when that happens.

    In the meantime I'm keeping an eye out for similar roles.

    Alana Brooks
    Recruiter | Northpoint Talent Partners
    """, company="Ironweed Packaging", contact="Alana", role="Materials Coordinator", diff="hard",
    notes="agency recruiter; client hiring freeze; 'unfortunately'")

add("on_hold", "SBRMC Talent Acquisition <aurelianhealth@taleo.net>",
    "Requisition 25-2290 Sterile Processing Inventory Coordinator – status", D("2025-10-21 06:45:00", -4), """
    Dear Tomás,

    Requisition 25-2290 (Sterile Processing Inventory Coordinator) at St. Brigid Regional Medical
    Center has been closed by the hiring department before a selection was made, due to a change in
    departmental staffing plans.

    As a result, no further action will be taken on applications submitted to this requisition.
    Thank you for your interest.

    Human Resources, St. Brigid Regional Medical Center
    """, company="St. Brigid Regional Medical Center", role="Sterile Processing Inventory Coordinator",
    diff="hard", notes="requisition closed before selection; 'no further action'", headers=AUTOGEN)

add("on_hold", "Thiago Albuquerque <thiago.albuquerque@logisticaipe.com.br>",
    "Vacante Analista de Operaciones Regionales", D("2026-02-24 15:10:00", -3), """
    Hola Tomás,

    Te escribo para avisarte que la empresa decidió congelar todas las contrataciones para el
    equipo regional hasta después del cierre del primer semestre. Por eso, el proceso para la
    vacante de Analista de Operaciones Regionales queda en pausa.

    No tiene que ver con tu candidatura: nos gustó mucho la primera conversación. Te escribiré en
    cuanto tengamos luz verde.

    Saludos,
    Thiago Albuquerque
    Gerente de Operaciones – Logística Ipê Ltda.
    """, company="Logística Ipê", contact="Thiago", role="Analista de Operaciones Regionales",
    lang="es", notes="Spanish from Brazilian company; hiring freeze")

add("on_hold", "Renata Osei <rosei@harvestcommons.org>", "Warehouse Supervisor search – pausing",
    D("2026-04-09 09:30:00", -4), """
    Hi Tomás,

    A quick and candid update: the state grant that funds the Warehouse Supervisor position has been
    delayed, and our board asked us to pause the search until the award letter arrives. I expect to
    know more by June. We would very much like to pick things back up with you then.

    Thank you for your patience,
    Renata
    """, company="Harvest Commons Food Bank", contact="Renata", role="Warehouse Supervisor",
    notes="grant delayed; search paused")

add("on_hold", "Tallow & Thread Careers <notifications@jobvite.com>",
    "Update: Distribution Center Planner", D("2026-05-14 12:00:00", -5), """
    Hi Tomás,

    We're reaching out about your application for Distribution Center Planner at Tallow & Thread.
    This role is no longer open: our plans for the new Lithia Springs DC have changed, and we are
    not filling the position at this time.

    We know this isn't a reflection of you or your experience, and we'd encourage you to check our
    careers page for other openings.

    Tallow & Thread Talent Acquisition
    """, company="Tallow & Thread", role="Distribution Center Planner", diff="hard",
    notes="'no longer open' template reads like a rejection")

add("on_hold", "Office of Human Resources <hr@sweetgum.edu>",
    "Search suspended: Receiving & Mailroom Supervisor", D("2026-10-14 14:00:00", -4), """
    Dear Applicant,

    The search for Receiving & Mailroom Supervisor (Posting S-26-044) has been suspended pending a
    review of auxiliary services staffing by the college's Board of Trustees. Applications will be
    retained and applicants will be notified if the search resumes.

    Office of Human Resources
    Sweetgum Community College
    """, company="Sweetgum Community College", role="Receiving & Mailroom Supervisor",
    notes="search suspended")

add("on_hold", "Curtis Mabry <cmabry@redclayfreight.com>", "RE: Yard lead opening",
    D("2026-03-27 18:22:00", -4), """
    Tomás,

    Heads up before you hear it from someone else: corporate is consolidating the Savannah
    terminal into Jacksonville and they froze every open req here while they sort it out, including
    the yard lead job. Not about you. If it comes back I'll call you.

    Curtis

    From: Tomás Ferreira-Whitlock <tomas.fw@icloud.com>
    Sent: Tuesday, March 24, 2026 8:02 AM
    Subject: Yard lead opening

    Hi Curtis, thanks for the second interview on Monday. Let me know if you need references.
    """, company="Redclay Freight Lines", contact="Curtis", role="Yard Lead", diff="hard",
    notes="terminal consolidation freeze; quoted interview mention",
    reply=myid("C9E0B8A1-5D2F-4C3E-A7B9-1E2F3A4B5C6D"))

# ---- interviews
add("interview", "Remy from Peachline <remy@paradox.ai>",
    "Interview confirmed: Peachline Distribution Centers", D("2025-04-03 14:12:00", -4), """
    Hi Tomás, you're all set! 🎉

    Your interview for Warehouse Operations Coordinator is confirmed:

    Tue, Apr 8, 2025 at 9:30 AM EDT
    Peachline Distribution Centers – Forest Park DC
    4100 Lakewood Industrial Pkwy, Forest Park, GA
    Ask for: Shonda Reeves (Site HR)

    Please bring a photo ID. Need to reschedule? Just reply to this email or text RESCHEDULE.

    Remy, Peachline's recruiting assistant
    """, company="Peachline Distribution Centers", contact="Shonda",
    role="Warehouse Operations Coordinator", notes="Paradox chatbot confirmation",
    iat="2025-04-08T09:30:00-04:00")

_ics = ical("cfm-7712@cahabaretail.com", D("2025-05-14 10:00", -4), 45,
            "Interview: Tomás Ferreira-Whitlock / Supply Planning Specialist",
            "mlopez@cahabaretail.com", "Microsoft Teams")
add("interview", "Maribel Lopez <mlopez@cahabaretail.com>",
    "Invitation: Interview - Supply Planning Specialist @ Wed May 14, 2025 10am - 10:45am (EDT)",
    D("2025-05-09 15:03:00", -4), """
    Hi Tomás,

    Sending over the invite for your interview with me and Anthony Pham (Director, Supply Planning)
    for the Supply Planning Specialist role at Cahaba Fresh Markets.

    When: Wednesday, May 14, 2025 10:00 AM – 10:45 AM Eastern
    Where: Microsoft Teams (link in the invite)

    Maribel Lopez
    Talent Acquisition Partner, Cahaba Retail Holdings
    """, company="Cahaba Fresh Markets", contact="Maribel", role="Supply Planning Specialist",
    notes="calendar invite with text/calendar part", ics=_ics, iat="2025-05-14T10:00:00-04:00")

add("interview", "SBRMC Talent Acquisition <scheduling@goodtime.io>",
    "Please select your interview time – St. Brigid Regional Medical Center", D("2025-08-12 09:40:00", -4), """
    Hi Tomás,

    The Supply Chain department at St. Brigid Regional Medical Center would like to invite you to a
    panel interview for the Inventory Analyst – Perioperative Services position.

    Format: 60 minutes, on site, with the Supply Chain Manager, an OR charge nurse and a buyer.

    Please choose a time that works for you from the available slots:
    https://app.goodtime.io/s/sbrmc/7f2a91

    Available slots are shown in your local time zone. This link expires in 72 hours.

    GoodTime on behalf of SBRMC Talent Acquisition
    """, company="St. Brigid Regional Medical Center", role="Inventory Analyst – Perioperative Services",
    notes="GoodTime slot picker; no fixed time")

add("interview", "Deb Kowalczyk <dkowalczyk@redclayfreight.com>", "come by tomorrow?",
    D("2025-07-30 16:55:00", -4), """
    Hi Tomas, Curtis asked me to grab you for the night dispatcher job. Can you swing by the
    terminal tomorrow at 10:30? Gate code is 4471, park by the shop, ask for me at the dispatch
    window. Should take about an hour, you'll sit with me on the board for a bit and then we'll
    talk with Curtis.

    Deb
    Redclay Freight Lines - Forest Park terminal
    """, company="Redclay Freight Lines", contact="Deb", role="Dispatcher – Night Shift",
    diff="hard", notes="informal; relative 'tomorrow at 10:30'; no word interview",
    iat="2025-07-31T10:30:00-04:00")

add("interview", "Yvette Carrington <ycarrington@apa-ports.org>",
    "Invitation to Final Panel Interview – Cargo Operations Specialist", D("2025-11-24 10:12:00", -5), """
    Dear Mr. Ferreira-Whitlock,

    On behalf of the Altamaha Port Authority, I am pleased to invite you to a final panel
    interview for the position of Cargo Operations Specialist.

    Date: Thursday, December 4, 2025
    Time: 1:30 PM Eastern
    Location: APA Administration Building, 2nd Floor Board Room, Brunswick, GA

    Please see the attached letter for parking instructions and the documents to bring. Kindly
    confirm your attendance by reply.

    Yvette Carrington
    Senior HR Generalist
    """, company="Altamaha Port Authority", contact="Yvette", role="Cargo Operations Specialist",
    notes="formal panel invitation with PDF letter", pdf="APA_Panel_Interview_Letter.pdf",
    iat="2025-12-04T13:30:00-05:00")

add("interview", "Renata Osei <rosei@harvestcommons.org>", "Quick chat?",
    D("2025-09-10 11:02:00", -4), """
    Hi Tomás,

    Thanks for applying for our Distribution Coordinator role! I'd love to set up a quick 20-minute
    chat to hear more about your background and tell you about how our warehouse runs. Grab whatever
    time suits you here: https://calendly.com/harvestcommons-rosei/20min

    Renata Osei
    Director of Operations, Harvest Commons Food Bank
    """, company="Harvest Commons Food Bank", contact="Renata", role="Distribution Coordinator",
    diff="hard", notes="'quick chat' with Calendly link; no word interview")

add("interview", "Lorraine Achebe <lachebe@sweetgum.edu>",
    "Campus visit – Auxiliary Services Coordinator", D("2026-06-29 09:05:00", -4), """
    Dear Tomás,

    The search committee would like to invite you to campus as a finalist for the Auxiliary
    Services Coordinator position. Your visit is confirmed for Wednesday, July 8, 2026, beginning
    at 9:00 a.m. in the Administration Building, Room 214.

    Schedule:
      9:00  Committee interview (60 min)
      10:15 Tour of receiving dock, bookstore and mailroom
      11:15 Meeting with Auxiliary Services staff

    Visitor parking is in Lot C. Please let my assistant, Jerome, know of any accommodations.

    Dr. Lorraine Achebe
    Dean of Administrative Services, Sweetgum Community College
    """, company="Sweetgum Community College", contact="Lorraine",
    role="Auxiliary Services Coordinator", notes="finalist campus visit",
    iat="2026-07-08T09:00:00-04:00")

add("interview", "Jolene Pruitt | Keystaff <jpruitt@keystaffworkforce.com>",
    "Kudzu Cold Chain wants to meet you!", D("2025-12-16 13:18:00", -5), """
    Hi Tomás!!

    Great news, Kudzu Cold Chain loved your resume for the Inbound Coordinator spot and the hiring
    manager, Earl Watts, wants to meet you Thursday at 2pm at their Conley facility
    (1550 Moreland Ave SE). It's a cold storage site so bring a jacket for the walk-through.

    Can you confirm by end of day? I'll send directions and a prep sheet.

    Jolene Pruitt
    Senior Recruiter, Light Industrial
    Keystaff Workforce Solutions
    """, company="Kudzu Cold Chain", contact="Jolene", role="Inbound Coordinator", diff="hard",
    notes="agency; relative 'Thursday at 2pm'", iat="2025-12-18T14:00:00-05:00")

add("interview", "Lanternfly Retail Group <no-reply@us.greenhouse-mail.io>",
    "Next steps: Inventory Planning Coordinator", D("2025-08-14 10:30:00", -7), """
    Hi Tomás,

    Thanks for your interest in the Inventory Planning Coordinator role at Lanternfly Retail Group!
    We'd like to invite you to a 45-minute video interview with the planning team.

    Please use the link below to choose from the available times over the next two weeks:
    https://app.modernloop.io/candidate/lanternfly/3c9d0e

    Marcus Thibodeaux
    Senior Recruiter, Lanternfly Retail Group
    """, company="Lanternfly Retail Group", contact="Marcus", role="Inventory Planning Coordinator",
    notes="ModernLoop slot picker; no fixed time")

add("interview", "Hallie Brandt <hallie.brandt@marigoldandpine.com>",
    "Change of time - Wednesday with Greg", D("2026-02-27 12:48:00", -5), """
    Hi Tomás,

    Unfortunately Greg has a conflict on Tuesday, so we need to move your conversation with him and
    the distribution team. Could we do Wednesday, March 4 at 11:00 AM ET instead, same Zoom link?
    If that doesn't work, send me two or three alternatives.

    Sorry for the shuffle!
    Hallie

    Hallie Brandt | Talent Partner | Marigold & Pine
    """, company="Marigold & Pine", contact="Hallie", role="Logistics Coordinator", diff="hard",
    notes="reschedule; 'unfortunately'; no word interview; role from thread",
    iat="2026-03-04T11:00:00-05:00",
    reply=myid("4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F60718"))

add("interview", "Mariana Gutiérrez <mgutierrez@sierradorada.com.mx>",
    "Entrevista – Coordinador de Tráfico", D("2025-06-05 17:20:00", -6), """
    Estimado Tomás:

    Gracias por su postulación. Nos gustaría invitarlo a una entrevista por videollamada con el
    Ing. Raúl Benavides, Gerente de Tráfico, el jueves 12 de junio a las 10:00 (hora del centro de
    México). La liga de Google Meet es: https://meet.google.com/qwe-rtyu-iop

    Le pedimos confirmar su asistencia respondiendo este correo.

    Saludos cordiales,
    Mariana Gutiérrez
    Atracción de Talento | Transportes Sierra Dorada
    """, company="Transportes Sierra Dorada", contact="Mariana", role="Coordinador de Tráfico",
    lang="es", notes="Spanish; Mexico City time", iat="2025-06-12T10:00:00-06:00",
    cte="quoted-printable")

add("interview", "Fernanda Ribeiro <fernanda.ribeiro@cabralnogueira.com.br>",
    "Import/Export Coordinator - next conversation", D("2025-10-31 16:40:00", -3), """
    Hi Tomás,

    It was great speaking with you last week. Our COO, Rodrigo Nogueira, would like to meet you
    as well. Would Monday at 3 pm Brasília time work? That is 1 pm for you in Atlanta. I'll send a
    Teams link once you confirm.

    Abraços,
    Fernanda Ribeiro
    Talent Acquisition | Cabral & Nogueira
    """, company="Cabral & Nogueira", contact="Fernanda", role="Import/Export Coordinator",
    diff="hard", notes="relative day; Brasília time vs Atlanta time; no word interview",
    iat="2025-11-03T15:00:00-03:00")

add("interview", "Oglethorpe Medical Supply <noreply@smartrecruiters.com>",
    "Oglethorpe Medical Supply: exercise and review session", D("2025-09-12 09:10:00", -4), """
    Hi Tomás,

    Thanks for speaking with us about the Inventory Control Specialist role. As the next step we'd
    like you to complete a short exercise: attached to the link below is a sample cycle-count
    variance file. Please spend no more than 90 minutes on it.

    https://www.smartrecruiters.com/assessment/oms-ics-2291

    You'll then walk us through your findings in a review session on Friday, September 19 at
    1:00 PM ET via Teams, with Leon Baptiste (Warehouse Manager) and Ada Kim (Quality).

    Regards,
    Leon Baptiste
    Oglethorpe Medical Supply
    """, company="Oglethorpe Medical Supply", contact="Leon", role="Inventory Control Specialist",
    notes="take-home plus review session", iat="2025-09-19T13:00:00-04:00")

add("interview", "Magnolia Parcel Co. <jobs@txt.magnoliaparcel.com>",
    "Your text-to-apply: pick an interview time", D("2026-01-21 18:33:00", -5), """
    Magnolia Parcel Co. | Sort Supervisor – Fulton Industrial Hub

    Thanks for texting APPLY to 55012! A hiring manager would like to meet you for a
    15-minute phone interview. Reply with the number of the slot that works:

    1) Fri 1/23 10:00 AM
    2) Fri 1/23 2:30 PM
    3) Mon 1/26 9:00 AM

    Reply STOP to opt out. Msg & data rates may apply.
    """, company="Magnolia Parcel Co.", role="Sort Supervisor", diff="hard",
    notes="text-to-apply relay; list of slots, no fixed time")

add("interview", "Daniela Rojas <drojas@bayfrontcargo.com>", "Entrevista presencial – Doral",
    D("2026-08-13 10:04:00", -4), """
    Hola Tomás,

    ¡Gracias por tu interés en Bayfront Cargo Solutions! Queremos conocerte en persona para la
    posición de Coordinador(a) de Logística. Te esperamos el martes 18 de agosto a las 11:00 a. m.
    (hora de Miami) en nuestra oficina de Doral: 8200 NW 25th St, Suite 110.

    La entrevista será con Óscar Medina, Director de Operaciones, y durará aproximadamente una hora.
    Si necesitas hacerla por videollamada, avísame.

    Saludos,
    Daniela Rojas
    Recursos Humanos | Bayfront Cargo Solutions
    """, company="Bayfront Cargo Solutions", contact="Daniela", role="Coordinador(a) de Logística",
    lang="es", notes="Spanish; in-person", iat="2026-08-18T11:00:00-04:00")

add("interview", "Parcelwise Recruiting <no-reply@ashbyhq.com>",
    "Your visit to Parcelwise on Thursday, October 16", D("2025-10-09 13:00:00", -7), """
    Hi Tomás,

    We're looking forward to hosting you at our Atlanta hub for the Hub Operations Specialist role!
    Here's your agenda for Thursday, October 16 (all times Eastern):

    10:00 – 10:45  Hub tour with Kayla Moss (Site Lead)
    10:45 – 11:30  Scenario walkthrough: peak-week labor planning
    11:30 – 12:15  Lunch with the ops team
    12:15 – 12:45  Wrap-up with Jordan Ellis (Recruiting)

    Address: 1880 Sullivan Rd, College Park, GA. Check in at the front desk.

    See you soon,
    Jordan Ellis, Parcelwise
    """, company="Parcelwise", contact="Jordan", role="Hub Operations Specialist", diff="hard",
    notes="onsite agenda; no word interview; Ashby sender in PT", iat="2025-10-16T10:00:00-04:00")

add("interview", "HireLoop <messages@hireloop-mail.com>",
    "Tri-County Fulfillment wants to interview you", D("2026-08-27 07:15:00", -5), """
    Good news, Tomás!

    Tri-County Fulfillment would like to interview you for Warehouse Shift Coordinator
    (Union City, GA).

    Choose a time: https://www.hireloop.example/interviews/schedule/88121

    Message from the employer: "Hi Tomás, we'd like to do a 20 min phone interview this week."

    HireLoop
    """, company="Tri-County Fulfillment", role="Warehouse Shift Coordinator",
    notes="job board relay; slot picker")

add("interview", "Nadine Foster <nfoster@aurelianhealth.org>", "RE: Supply Chain Analyst",
    D("2026-06-10 08:02:00", -4), """
    Tomás, glad it's still of interest. Let's talk Friday at 9 — I'll call your cell. Plan on 30
    minutes; mostly about par levels and how you'd handle backorders across the three hospitals.

    Nadine Foster
    Director, Supply Chain Operations | Aurelian Health

    -----Original Message-----
    From: Tomás Ferreira-Whitlock <tomas.fw@icloud.com>
    Sent: Tuesday, June 9, 2026 9:40 PM
    Subject: Supply Chain Analyst

    Hi Nadine, I was disappointed the St. Brigid materials role didn't work out last year, but I'm
    very interested in the analyst opening and would welcome a conversation.
    """, company="Aurelian Health", contact="Nadine", role="Supply Chain Analyst", diff="hard",
    notes="relative 'Friday at 9'; quoted text mentions an earlier rejection",
    iat="2026-06-12T09:00:00-04:00", reply=myid("8B7A6C5D-4E3F-4210-9ABC-DEF012345678"))

_ics2 = ical("shaint-2025-02@secondhelpingalliance.org", D("2025-02-11 15:00", -5), 60,
             "Interview - Programs Logistics Associate", "gwen@secondhelpingalliance.org",
             "Second Helping Alliance, 220 Boulevard SE, Atlanta")
add("interview", "Gwen Tallis <gwen@secondhelpingalliance.org>",
    "Interview - Programs Logistics Associate", D("2025-02-06 10:25:00", -5), """
    Hi Tomás,

    Thanks for your application. I'd like to meet in person on Tuesday, February 11 at 3:00 pm at our
    office on Boulevard SE. I've attached a calendar invite. Our warehouse lead, Andre, will join us.

    Gwen Tallis
    Executive Director, Second Helping Alliance
    """, company="Second Helping Alliance", contact="Gwen", role="Programs Logistics Associate",
    notes=".ics attachment", ics=_ics2, ics_attach=True, iat="2025-02-11T15:00:00-05:00")

add("interview", "Sol Ibarra <sol@docksideroasters.com>", "Come see the roastery",
    D("2026-04-08 15:30:00", -4), """
    Hey Tomás,

    Loved your note about running inbound for a bakery co-op before your break. Want to come by and
    walk the warehouse with me and our ops lead, Teddy? Tuesday the 14th, 8am works best for us
    since that's before the roaster fires up. 1120 Huff Rd NW. Coffee's on us.

    — Sol
    Co-founder, Dockside Coffee Roasters
    """, company="Dockside Coffee Roasters", contact="Sol",
    role="Warehouse & Fulfillment Coordinator", diff="hard",
    notes="informal walk-through; no word interview; role not stated in body",
    iat="2026-04-14T08:00:00-04:00")

add("interview", "Quarry Lane Builders Supply <noreply@candidates.workablemail.com>",
    "Phone screen for Yard Coordinator", D("2026-04-01 11:45:00", -4), """
    Hi Tomás,

    Thanks for applying to Quarry Lane Builders Supply! We'd like to schedule a 20-minute phone
    screen for the Yard Coordinator position. Please pick a time that suits you:

    https://apply.workable.com/quarry-lane/schedule/5a1b

    Marco Delgado
    Branch Manager
    """, company="Quarry Lane Builders Supply", contact="Marco", role="Yard Coordinator",
    notes="Workable scheduling link")

add("interview", "Ridgecrest Home Centers <ridgecrest@myworkday.com>",
    "Action required: Complete your video interview", D("2026-10-05 09:00:00", -4), None,
    html="""<html><body><p>Hi Tomás,</p>
<p>Congratulations! You've been selected to complete a recorded video interview for the
<b>Inbound Logistics Analyst</b> position at Ridgecrest Home Centers.</p>
<p>The interview consists of five questions and takes about 20 minutes. Please complete it within
five days using the link below.</p>
<p><a href="https://ridgecrest.hirevue.example/i/8811">Start my interview</a></p>
<p>Ridgecrest Talent Acquisition</p></body></html>""",
    company="Ridgecrest Home Centers", role="Inbound Logistics Analyst",
    notes="one-way video interview; HTML only", cte="quoted-printable")
# ---- offers
add("offer", "Peachline Distribution Centers <peachline@myworkday.com>",
    "Your offer from Peachline Distribution Centers is ready", D("2025-04-25 16:00:00", -4), """
    Hello Tomás,

    Congratulations! We are pleased to extend you an offer for the position of Warehouse
    Operations Coordinator at our Forest Park DC.

    Please sign in to your candidate home page to review and accept your offer letter by
    April 30, 2025. If you have questions, contact Shonda Reeves, Site HR.

    Peachline Distribution Centers Talent Acquisition
    """, company="Peachline Distribution Centers", contact="Shonda",
    role="Warehouse Operations Coordinator", notes="Workday offer notice; names HR contact",
    headers=AUTOGEN)

add("offer", "Gwen Tallis <gwen@secondhelpingalliance.org>",
    "Offer letter – Volunteer & Warehouse Coordinator", D("2025-05-19 17:45:00", -4), """
    Dear Tomás,

    I'm delighted to offer you the position of Volunteer & Warehouse Coordinator at Second Helping
    Alliance, starting June 9, 2025, at an annual salary of $46,500. Your offer letter with benefits
    details is attached. Please sign and return it by Friday, May 23.

    We're so glad to have found you.

    Gwen Tallis
    Executive Director
    """, company="Second Helping Alliance", contact="Gwen", role="Volunteer & Warehouse Coordinator",
    notes="offer letter PDF", pdf="SHA_Offer_Letter_TFerreiraWhitlock.pdf")

add("offer", "Curtis Mabry <cmabry@redclayfreight.com>", "Start paperwork",
    D("2026-09-30 15:12:00", -4), """
    Tomás,

    Good talking to you this morning, glad we could get you to $27 an hour. Like I said on the
    phone, you'll start on second shift yard lead at the Forest Park terminal. Before October 12
    you'll need to:

      - finish the drug screen at Concentra (order # attached in the HR portal)
      - sign the letter HR is sending you through DocuSign today
      - bring steel toes and two forms of ID your first day

    Welcome aboard.

    Curtis Mabry
    Terminal Manager, Redclay Freight Lines, Inc.
    """, company="Redclay Freight Lines", contact="Curtis", role="Yard Lead", diff="hard",
    notes="follow-up to verbal offer; never says 'offer'")

add("offer", "Daniela Rojas <drojas@bayfrontcargo.com>",
    "Oferta de empleo – Bayfront Cargo Solutions", D("2026-09-01 12:00:00", -4), """
    Hola Tomás,

    ¡Tenemos buenas noticias! Nos complace ofrecerte el puesto de Supervisor(a) de Almacén en
    nuestra bodega de Doral, con un salario anual de USD 52,000 y fecha de inicio el 21 de
    septiembre. Adjunto encontrarás la carta oferta con los detalles de beneficios.

    Por favor, envíanos la carta firmada antes del viernes 4 de septiembre.

    Saludos,
    Daniela Rojas
    Gerente de Recursos Humanos
    Bayfront Cargo Solutions
    """, company="Bayfront Cargo Solutions", contact="Daniela", role="Supervisor(a) de Almacén",
    lang="es", notes="Spanish; PDF offer letter", pdf="Carta_Oferta_Bayfront.pdf")

add("offer", "Jolene Pruitt | Keystaff <jpruitt@keystaffworkforce.com>",
    "You're in! Kudzu Cold Chain assignment", D("2026-02-18 11:30:00", -5), """
    Tomás!!

    Kudzu Cold Chain wants to bring you on as their Outbound Coordinator. Details:

      - Temp-to-hire, 90 days, then conversion to Kudzu payroll
      - $24.50/hr, 1st shift (6a–2:30p), Conley facility
      - Start Monday 2/23 pending background

    Reply YES and I'll send the assignment agreement through our onboarding app.

    Jolene Pruitt
    Senior Recruiter, Keystaff Workforce Solutions
    """, company="Kudzu Cold Chain", contact="Jolene", role="Outbound Coordinator", diff="hard",
    notes="agency temp-to-hire placement; word 'offer' absent")

add("offer", "Office of Human Resources <hr@sweetgum.edu>",
    "Conditional Offer of Employment – Receiving & Mailroom Supervisor", D("2026-11-10 10:30:00", -5), """
    Dear Mr. Ferreira-Whitlock,

    Sweetgum Community College is pleased to extend a conditional offer of employment for the
    position of Receiving & Mailroom Supervisor, Grade 14, at an annual salary of $49,870.
    This offer is contingent upon the successful completion of a criminal background check and
    verification of employment history.

    Please indicate your acceptance through the link in your candidate portal within five business days.

    Keisha Drummond
    Director of Human Resources
    Sweetgum Community College
    """, company="Sweetgum Community College", contact="Keisha",
    role="Receiving & Mailroom Supervisor", notes="conditional offer pending background check")

# ---- application_received
add("application_received", "Peachline Distribution Centers <peachline@myworkday.com>",
    "Thank you for applying – Inventory Control Coordinator", D("2025-03-02 21:14:00", -5), """
    Hello Tomás,

    Thank you for applying for the Inventory Control Coordinator (R-004418) position at Peachline
    Distribution Centers. We have received your application and our team will review your
    qualifications. You can check your status at any time in your candidate home.

    Peachline Distribution Centers Talent Acquisition
    """, company="Peachline Distribution Centers", role="Inventory Control Coordinator",
    headers=AUTOGEN)

add("application_received", "Cahaba Fresh Markets Careers <careers-noreply@cahabaretail.icims.com>",
    "We got it! Your Supply Planning Specialist application", D("2025-04-28 08:02:00", -4), """
    Hi Tomás,

    Thanks for applying for Supply Planning Specialist at Cahaba Fresh Markets. This note confirms
    we've received your application. A member of our recruiting team will review it, and if your
    background aligns, someone will be in touch about next steps.

    Cahaba Fresh Markets Talent Acquisition
    """, company="Cahaba Fresh Markets", role="Supply Planning Specialist", headers=AUTOGEN)

add("application_received", "SBRMC Talent Acquisition <aurelianhealth@taleo.net>",
    "Application Received - Inventory Analyst – Perioperative Services (25-1690)", D("2025-07-28 23:51:00", -4), """
    Dear Tomás Ferreira-Whitlock,

    Thank you for your application for Inventory Analyst – Perioperative Services (25-1690) at
    St. Brigid Regional Medical Center.

    What happens next: the hiring manager will review applications over the next two to three
    weeks. Candidates selected for an interview will be contacted directly by phone or email. If
    you are not selected, you will receive a notification once the position has been filled.

    Human Resources, St. Brigid Regional Medical Center
    """, company="St. Brigid Regional Medical Center", role="Inventory Analyst – Perioperative Services",
    diff="hard", notes="describes future interview and 'not selected' path", headers=AUTOGEN)

add("application_received", "Altamaha Port Authority HR <jobs@apa-ports.org>",
    "Application Received – Posting #APA-25-077 Cargo Operations Specialist", D("2025-10-15 12:00:00", -4), """
    This is an automated confirmation that the Altamaha Port Authority has received your
    application for Posting #APA-25-077, Cargo Operations Specialist.

    Applications are reviewed after the posting closes on October 31, 2025. Due to the volume of
    applications, only candidates selected for further consideration will be contacted.

    Human Resources Department
    Altamaha Port Authority
    """, company="Altamaha Port Authority", role="Cargo Operations Specialist", headers=AUTOGEN)

add("application_received", "Harvest Commons Food Bank <no-reply@bamboohr.com>",
    "Thanks for applying to Harvest Commons Food Bank", D("2025-09-01 10:37:00", -4), """
    Hi Tomás,

    Thank you for applying for the Distribution Coordinator position with Harvest Commons Food
    Bank. We've received your application and will be reviewing it shortly.

    Thanks again for your interest in joining our mission to end hunger in our community.

    Harvest Commons Food Bank
    """, company="Harvest Commons Food Bank", role="Distribution Coordinator")

add("application_received", "Lanternfly Retail Group <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Lanternfly Retail Group", D("2025-07-30 15:20:00", -7), """
    Hi Tomás,

    Thanks for applying to Lanternfly Retail Group! Your application for the Inventory Planning
    Coordinator role has been received and our team is reviewing it. If there's a fit, we'll reach
    out to talk about next steps.

    Lanternfly Talent Team
    """, company="Lanternfly Retail Group", role="Inventory Planning Coordinator")

add("application_received", "Hallie Brandt <no-reply@hire.lever.co>",
    "Hey Tomás, thanks for reaching out about Logistics Coordinator", D("2026-02-09 09:12:00", -5), """
    Hey Tomás,

    Hallie here from the people team at Marigold & Pine. Just wanted to say thanks for applying for
    our Logistics Coordinator role. I'm reading through applications this week and I'll get back to
    you either way. Appreciate you thinking of us!

    Hallie
    """, company="Marigold & Pine", contact="Hallie", role="Logistics Coordinator", diff="hard",
    notes="templated Lever ack written as a personal note")

add("application_received", "Remy from Magnolia Parcel <remy@paradox.ai>",
    "Thanks for chatting with Remy!", D("2025-05-27 22:08:00", -4), """
    Thanks for chatting with me, Tomás! 😊

    I've passed your answers for Hub Operations Lead at Magnolia Parcel Co. over to the hiring team.
    If they'd like to move forward, I'll text you to set up a time to meet. No need to do anything
    else right now!

    Remy
    Magnolia Parcel Co. Recruiting Assistant
    """, company="Magnolia Parcel Co.", role="Hub Operations Lead", diff="hard",
    notes="chatbot recap; mentions possible meeting")

add("application_received", "Reclutamiento Sierra Dorada <reclutamiento@sierradorada.com.mx>",
    "Confirmación de postulación – Coordinador de Tráfico", D("2025-05-29 09:00:00", -6), """
    Hola Tomás:

    Hemos recibido tu postulación para la vacante de Coordinador de Tráfico. Nuestro equipo de
    Atracción de Talento revisará tu perfil y, si cumple con los requisitos, nos pondremos en
    contacto contigo.

    Gracias por tu interés en Transportes Sierra Dorada.

    Este es un mensaje automático, por favor no respondas a este correo.
    """, company="Transportes Sierra Dorada", role="Coordinador de Tráfico", lang="es",
    headers=AUTOGEN)

add("application_received", "Cabral & Nogueira Recruiting <noreply@cabral-nogueira.jobs.personio.com>",
    "Thank you for your application – Import/Export Coordinator", D("2025-10-02 14:55:00", -3), """
    Dear Tomás,

    Thank you for your application for the position Import/Export Coordinator (Atlanta). We have
    received your documents and will review them carefully. We will get back to you as soon as
    possible.

    Kind regards,
    People & Culture, Cabral & Nogueira
    """, company="Cabral & Nogueira", role="Import/Export Coordinator", headers=AUTOGEN)

add("application_received", "Oglethorpe Medical Supply <jobs@smartrecruiters.com>",
    "Oglethorpe Medical Supply: application received", D("2025-08-26 11:30:00", -4), """
    Dear Tomás,

    Thank you for applying to Inventory Control Specialist at Oglethorpe Medical Supply. We have
    received your application and it's now being reviewed.

    Best regards,
    Oglethorpe Medical Supply Hiring Team
    """, company="Oglethorpe Medical Supply", role="Inventory Control Specialist")

add("application_received", "HireLoop <messages@hireloop-mail.com>",
    "Application submitted: Warehouse Shift Coordinator", D("2026-08-20 19:40:00", -5), """
    Your application was sent to Tri-County Fulfillment

    Warehouse Shift Coordinator
    Tri-County Fulfillment, LLC – Union City, GA
    $21–$24 an hour · Full-time

    Employers typically respond within 3 days. We'll let you know if they view your application.

    Jobs you may also like:
      • Inventory Associate – Kudzu Cold Chain – Conley, GA
      • Logistics Clerk – Magnolia Parcel Co. – Atlanta, GA
    """, company="Tri-County Fulfillment", role="Warehouse Shift Coordinator", diff="hard",
    notes="job board confirmation; other employers listed below",
    headers={"List-Unsubscribe": "<https://www.hireloop.example/unsub>"})

add("application_received", "Tallow & Thread Careers <notifications@jobvite.com>",
    "Tallow & Thread – We've received your application", D("2026-01-08 13:00:00", -5), """
    Hi Tomás,

    Thank you for applying for the Transportation Analyst position at Tallow & Thread. We have
    received your application. Our Talent Acquisition team is reviewing all applications and will
    contact candidates whose qualifications best match the position.

    Tallow & Thread Talent Acquisition
    """, company="Tallow & Thread", role="Transportation Analyst")

add("application_received", "Fernhill Bakeries <noreply@teamtailor-mail.com>",
    "Thanks for your application, Tomás", D("2025-07-31 08:10:00", 1), """
    Hi Tomás,

    Thank you for applying for Distribution Planner at Fernhill Bakeries! We've received your
    application.

    Unfortunately, due to the high volume of applications we receive, we can't reply to everyone
    individually, but we will be in touch if your profile matches what we're looking for.

    Best wishes,
    Fernhill Bakeries Recruitment
    """, company="Fernhill Bakeries", role="Distribution Planner", diff="hard",
    notes="'Unfortunately' in an acknowledgement")

add("application_received", "Dockside Coffee Roasters <jobs@dockside.recruitee.com>",
    "Application received: Warehouse & Fulfillment Coordinator", D("2026-03-30 20:20:00", -4), """
    Hi Tomás,

    We received your application for Warehouse & Fulfillment Coordinator. Thanks! We'll read it
    over the next week.

    Dockside Coffee Roasters
    """, company="Dockside Coffee Roasters", role="Warehouse & Fulfillment Coordinator")

add("application_received", "Bayfront Cargo Solutions <careers@bayfrontcargo.com>",
    "Application received | Bayfront Cargo Solutions", D("2026-07-28 16:45:00", -4), None,
    html="""<html><body><table width="600"><tr><td>
<h2 style="color:#0b4f6c">Thank you, Tomás!</h2>
<p>We have received your application for <b>Logistics Coordinator / Coordinador(a) de Log&iacute;stica</b>.</p>
<p>Our HR team reviews every application personally. If your profile is selected, we will contact
you by phone or email within two weeks.</p>
<p>Bayfront Cargo Solutions, LLC<br>Doral, Florida</p>
</td></tr></table></body></html>""", company="Bayfront Cargo Solutions",
    role="Logistics Coordinator", notes="HTML only; bilingual role title", headers=AUTOGEN)

add("application_received", "Ridgecrest Home Centers <ridgecrest@myworkday.com>",
    "Thank you for applying – Merchandise Flow Specialist", D("2025-10-20 07:05:00", -4), """
    Dear Tomás,

    Thank you for your interest in Ridgecrest Home Centers. We have received your application for
    Merchandise Flow Specialist. We appreciate your interest and will review your qualifications.
    Should your background match our needs, a recruiter will contact you.

    Ridgecrest Talent Acquisition
    """, company="Ridgecrest Home Centers", role="Merchandise Flow Specialist", headers=AUTOGEN)
# ---- auto_reply
add("auto_reply", "Shonda Reeves <sreeves@peachlinedc.com>",
    "Automatic reply: Question about Warehouse Operations Coordinator start date",
    D("2025-03-10 08:01:00", -4), """
    Thank you for your email. I am out of the office and will be back on 3/14. For urgent site HR
    matters at Forest Park, please contact hrforestpark@peachlinedc.com.

    Shonda Reeves
    Site HR Manager, Peachline Distribution Centers
    """, company="Peachline Distribution Centers", contact="Shonda",
    role="Warehouse Operations Coordinator", ret="2025-03-14", notes="'back on 3/14'",
    headers=AUTOREP, reply=myid("11AA22BB-33CC-44DD-55EE-66FF77008899"))

add("auto_reply", "Curtis Mabry <cmabry@redclayfreight.com>", "Out of Office: Yard lead opening",
    D("2026-03-02 06:30:00", -5), """
    I'm at our carrier safety summit and returning Monday 9 March. Dispatch can be reached 24/7 at
    404-555-0110.

    Curtis Mabry
    Terminal Manager
    """, company="Redclay Freight Lines", contact="Curtis", role="Yard Lead", ret="2026-03-09",
    notes="'returning Monday 9 March'", headers={"Auto-Submitted": "auto-replied"},
    reply=myid("22BB33CC-44DD-55EE-66FF-778899AA00BB"))

add("auto_reply", "Yvette Carrington <ycarrington@apa-ports.org>",
    "Out of Office Re: Terminal Scheduling Analyst recruitment", D("2026-03-09 12:14:00", -4), """
    I am away from the office until Wednesday 2026-03-18 inclusive, with no access to email.
    For recruitment questions please write to jobs@apa-ports.org.

    Yvette Carrington
    Senior HR Generalist, Altamaha Port Authority
    """, company="Altamaha Port Authority", contact="Yvette", role="Terminal Scheduling Analyst",
    ret="2026-03-19", diff="hard", notes="'until 2026-03-18 inclusive' -> back next day",
    headers=AUTOREP, reply=myid("33CC44DD-55EE-66FF-7788-99AA00BB11CC"))

add("auto_reply", "Hallie Brandt <hallie.brandt@marigoldandpine.com>",
    "Automatic reply: Checking in", D("2026-09-15 10:02:00", -4), """
    Hello,

    Hallie Brandt is no longer with Marigold & Pine. Please direct recruiting questions to
    talent@marigoldandpine.com and a member of the team will respond.

    Thank you.
    """, company="Marigold & Pine", contact="Hallie", notes="no longer with company",
    headers={"X-Autoreply": "yes"}, reply=myid("44DD55EE-66FF-7788-99AA-00BB11CC22DD"))

add("auto_reply", "Harvest Commons Food Bank <no-reply@bamboohr.com>",
    "Re: Question about Distribution Coordinator", D("2025-09-04 15:00:00", -4), """
    This mailbox is not monitored and replies are not read. To check on your application, log in
    to your candidate portal. For volunteer questions, email volunteer@harvestcommons.org.
    """, company="Harvest Commons Food Bank", role="Distribution Coordinator", diff="hard",
    notes="unmonitored-mailbox reply to candidate's question; no human",
    headers={"Auto-Submitted": "auto-replied"}, reply=myid("55EE66FF-7788-99AA-00BB-11CC22DD33EE"))

add("auto_reply", "Marcus Thibodeaux <marcus.t@lanternflyretail.com>",
    "Auto: Re: Inventory Planning Coordinator interview follow-up", D("2025-08-22 09:00:00", -5), """
    Hi there, thanks for your message! I'm on parental leave and returning September 15. While I'm
    out, my colleague Tasha Grant (tasha.grant@lanternflyretail.com) is covering my open roles,
    including any interview scheduling.

    Marcus
    """, company="Lanternfly Retail Group", contact="Marcus", role="Inventory Planning Coordinator",
    ret="2025-09-15", diff="hard", notes="parental leave; subject and body mention interview",
    reply=myid("66FF7788-99AA-00BB-11CC-22DD33EE44FF"))

add("auto_reply", "Mariana Gutiérrez <mgutierrez@sierradorada.com.mx>",
    "Respuesta automática: Confirmación entrevista", D("2025-06-30 09:15:00", -6), """
    Gracias por su mensaje. Me encuentro de vacaciones y regreso el lunes 7 de julio. Para temas
    urgentes de reclutamiento, favor de escribir a reclutamiento@sierradorada.com.mx.

    Mariana Gutiérrez
    Transportes Sierra Dorada
    """, company="Transportes Sierra Dorada", contact="Mariana", ret="2025-07-07", lang="es",
    notes="Spanish; 'regreso el lunes 7 de julio'", headers=AUTOREP,
    reply=myid("7788AA99-00BB-11CC-22DD-33EE44FF5566"))

add("auto_reply", "Fernanda Ribeiro <fernanda.ribeiro@cabralnogueira.com.br>",
    "Out of office", D("2026-02-13 18:10:00", -3), """
    Hi! Our São Paulo office is closed for Carnival. I'll be back on Thursday and will reply as
    soon as I can.

    Fernanda Ribeiro | Talent Acquisition | Cabral & Nogueira
    """, company="Cabral & Nogueira", contact="Fernanda", ret="2026-02-19", diff="hard",
    notes="relative 'back on Thursday'; no auto-reply headers",
    reply=myid("8899BB00-11CC-22DD-33EE-44FF55667788"))

add("auto_reply", "Nadine Foster <nfoster@aurelianhealth.org>",
    "Automatic reply: Supply Chain Analyst interview – thank you", D("2026-10-27 17:30:00", -4), """
    I'm attending the AHRMM conference and will be back 11/3. I'll have limited access to email.
    If this is about interview scheduling, please contact Talent Acquisition at
    careers@aurelianhealth.org.
    """, company="Aurelian Health", contact="Nadine", role="Supply Chain Analyst",
    ret="2026-11-03", diff="hard", notes="subject contains 'interview'; 'back 11/3'",
    headers=AUTOREP, reply=myid("99AA00BB-11CC-22DD-33EE-44FF55667799"))

add("auto_reply", "Office of Human Resources <hr@sweetgum.edu>",
    "Re: Application question", D("2025-12-23 10:00:00", -5), """
    Thank you for contacting the Sweetgum Community College Office of Human Resources. The college
    is closed for winter break from December 20 through January 4. Offices reopen on Monday,
    January 5, 2026, and we will respond to messages in the order received.
    """, company="Sweetgum Community College", ret="2026-01-05", notes="campus closure responder",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    reply=myid("AA00BB11-CC22-DD33-EE44-FF5566778899"))

add("auto_reply", "Jolene Pruitt <jpruitt@keystaffworkforce.com>",
    "Re: timesheet question", D("2026-05-22 14:45:00", -4), """
    Hi! I'm out of the office with limited access to email. If you need help with a timesheet or
    an assignment, please call the branch at 404-555-0190.

    Jolene
    """, company="Keystaff Workforce Solutions", contact="Jolene", diff="hard",
    notes="text only; no return date; no auto headers",
    reply=myid("BB11CC22-DD33-EE44-FF55-66778899AA00"))

add("auto_reply", "Daniela Rojas <drojas@bayfrontcargo.com>",
    "Fuera de la oficina: Re: Documentos de ingreso", D("2025-12-24 09:00:00", -5), """
    Hola, gracias por tu correo. Estaré de vacaciones del 22 de diciembre al 2 de enero, sin acceso
    al correo. Regreso a la oficina el lunes 5 de enero.

    Daniela Rojas
    Bayfront Cargo Solutions
    """, company="Bayfront Cargo Solutions", contact="Daniela", ret="2026-01-05", lang="es",
    notes="Spanish; return date after date range", headers=AUTOREP,
    reply=myid("CC22DD33-EE44-FF55-6677-8899AA00BB11"))

add("auto_reply", "Gwen Tallis <gwen@secondhelpingalliance.org>", "Re: start date",
    D("2025-05-29 11:00:00", -4), """
    Hi, I'm at our regional food-rescue convening through the end of the week with spotty service.
    I'll be back Monday and will get to your note then. If it's time-sensitive, Andre can help:
    andre@secondhelpingalliance.org.

    Gwen
    """, company="Second Helping Alliance", contact="Gwen", ret="2025-06-02", diff="hard",
    notes="relative 'back Monday'; no auto headers; reads like personal mail",
    reply=myid("DD33EE44-FF55-6677-8899-AA00BB11CC22"))

add("auto_reply", "Derek Ames <dames@oglethorpemed.com>", "Automatic reply: Inventory Control Specialist",
    D("2025-12-01 08:20:00", -5), """
    I no longer work at Oglethorpe Medical Supply. Please contact Leon Baptiste
    (lbaptiste@oglethorpemed.com) for warehouse matters or recruiting@oglethorpemed.com for
    hiring questions.
    """, company="Oglethorpe Medical Supply", contact="Derek", role="Inventory Control Specialist",
    notes="no longer works here; only X-Autoreply header", headers={"X-Autoreply": "yes"},
    reply=myid("EE44FF55-6677-8899-AA00-BB11CC22DD33"))
# ---- other
add("other", "HireLoop Job Alerts <alerts@hireloop-mail.com>",
    "15 new Logistics Coordinator jobs near Atlanta, GA", D("2025-02-10 06:00:00", -5), """
    Tomás, here are today's new jobs for "logistics coordinator" near Atlanta, GA

    Logistics Coordinator – Kudzu Cold Chain – Conley, GA – $22–$25/hr
    Transportation Coordinator – Southbound Grocery Distribution – Fairburn, GA
    Shipping Coordinator – Oglethorpe Medical Supply – Norcross, GA
    ... and 12 more

    Easy apply available · Interviews happening this week at 4 employers

    Manage alerts: https://www.hireloop.example/alerts
    """, notes="job alert digest", headers=unsub("https://www.hireloop.example/unsub"))

add("other", "ReturnPath Weekly <newsletter@returnpathcareers.example>",
    "How to explain a career break in your next interview (and handle rejection)", D("2025-03-20 07:00:00", -4), None,
    html="""<html><body><h1>ReturnPath Weekly</h1>
<p>Hi Tomás,</p><p>This week: three scripts for explaining a caregiving gap when the interviewer asks
"what have you been doing?", plus a reader story: "I got 40 rejections before my offer."</p>
<p>Quote of the week: "We regret to inform you" is not a verdict on your worth.</p>
<p><a href="https://returnpath.example/read">Read more</a></p></body></html>""",
    diff="hard", notes="returnship newsletter about interviews, rejection and offers",
    headers=unsub("https://returnpath.example/unsub"))

add("other", "Dock Talk Podcast <hello@docktalkpod.example>",
    "New episode: an interview with Parcelwise's COO on peak season", D("2025-11-25 12:00:00", -5), """
    New on Dock Talk: our interview with the COO of Parcelwise about hiring 3,000 seasonal workers in
    six weeks, what she looks for in a shift lead, and why she turned down an acquisition offer.

    Listen now: https://docktalkpod.example/ep/118
    """, diff="hard", notes="podcast 'interview' and 'offer'; names a real employer of the inbox",
    headers=unsub("https://docktalkpod.example/unsub"))

add("other", "Piedmont Peach Credit Union <alerts@ppcu.example>",
    "Card transaction declined", D("2025-06-14 19:22:00", -4), """
    We declined a transaction on your debit card ending 4412.

    Merchant: FORKLIFT CERT ONLINE
    Amount: $129.00

    Unfortunately this purchase exceeded your daily limit. If this was you, you can raise your limit
    in the app. If not, call us at 1-800-555-0177.
    """, diff="hard", notes="'declined' and 'unfortunately' in a bank alert")

add("other", "Leasing Office – The Lofts at Westview <leasing@westviewlofts.example>",
    "Your rental application", D("2025-08-01 15:15:00", -4), """
    Hi Tomás,

    Thank you for applying for unit 3C. After reviewing your application, we're unable to approve it
    at this time because your verifiable income doesn't meet the 3x rent requirement. You may
    reapply with a guarantor.

    Keiona
    Leasing Consultant
    """, contact="Keiona", diff="hard", notes="apartment application declined")

add("other", "Sweetgum Community College Admissions <admissions@sweetgum.edu>",
    "Congratulations! You're accepted to Sweetgum Community College", D("2026-07-02 10:00:00", -4), """
    Dear Tomás,

    Congratulations! Your application for admission to the Supply Chain Management Certificate
    program has been accepted for Fall 2026. Next steps: attend new student orientation and register
    for classes.

    Office of Admissions
    """, diff="hard", notes="school admission at an employer of the inbox; 'application accepted'")

add("other", "Inés Whitlock <ines.ferreira.w@gmail.com>", "¿Cómo te fue?",
    D("2025-12-18 21:40:00", -5), """
    Hijo,

    ¿Cómo te fue hoy en la entrevista con la empresa del frío? Tu papá dice que lleves chaqueta la
    próxima vez, jaja. Llámame cuando puedas, que quiero saber todo. El domingo hacemos tamales.

    Te quiero,
    Mamá
    """, contact="Inés", lang="es", diff="hard",
    notes="Spanish family mail asking about an interview", cte="quoted-printable")

add("other", "Ray Okonkwo <ray.okonkwo77@gmail.com>", "guess who has a final round",
    D("2026-01-29 20:15:00", -5), """
    Dude. Final round at the port on Tuesday, panel of four. If I get the offer I'm buying the wings.
    Any tips from your panel there? You said they asked a lot about yard congestion.

    Ray
    """, contact="Ray", diff="hard", notes="friend's own interview and offer")

add("other", "Tyrell Banks | Velocity Staffing <tbanks@velocitystaffing.example>",
    "URGENT: Forklift operators & Warehouse Leads - interview on the spot!", D("2025-09-17 07:30:00", -4), """
    Hi Candidate,

    We are hiring 40+ forklift operators and warehouse leads in South Fulton! Walk-in interviews
    Mon–Fri 8am–3pm, offers made on the spot, weekly pay.

    Reply with your updated resume or call 678-555-0123.

    Tyrell Banks
    Recruiter, Velocity Staffing
    """, contact="Tyrell", role="Forklift Operator", diff="hard",
    notes="recruiter mass mailing; 'interview' and 'offers'", headers=BULK)

add("other", "Linkwise <notifications@linkwise.example>",
    "Your profile was viewed by someone at Altamaha Port Authority", D("2025-11-06 13:05:00", -5), """
    Tomás, you appeared in 9 searches this week.

    Someone at Altamaha Port Authority viewed your profile.

    See all viewers: https://linkwise.example/me/views
    """, notes="social network notification naming an employer",
    headers=unsub("https://linkwise.example/settings"))

add("other", "WorkSource Atlanta <events@worksourceatl.example>",
    "Hiring Event Thursday: 30 employers, on-the-spot interviews", D("2026-04-20 09:00:00", -4), """
    Join us Thursday, April 23, 10am–2pm at the Georgia World Congress Center for our spring hiring
    event. Employers including Peachline Distribution Centers and Magnolia Parcel Co. will conduct
    on-the-spot interviews and some will extend offers the same day. Bring 10 copies of your resume.

    Register: https://worksourceatl.example/spring
    """, diff="hard", notes="hiring event announcement with definite time; not an invitation",
    headers=unsub("https://worksourceatl.example/unsub"))

add("other", "Ridgecrest Home Centers <deals@email.ridgecresthome.example>",
    "Tomás, your exclusive offer: 20% off pro tools", D("2025-11-28 05:00:00", -5), None,
    html="""<html><body><h1>Black Friday starts now</h1><p>Tomás, this offer is just for you:
take 20% off pro tools and storage. Offer ends Monday.</p></body></html>""",
    diff="hard", notes="marketing 'offer' from a company the seeker applied to", cte="base64",
    headers=unsub("https://ridgecresthome.example/unsub"))

add("other", "GitHub <notifications@github.com>",
    "Re: [pyops-course/cycle-count] Add ABC classification script (PR #14)", D("2026-05-05 16:40:00", -7), """
    @mkaur closed this pull request.

    Thanks for the submission Tomás! We decided not to merge this one since the course repo only
    accepts solutions in the solutions branch. Feel free to reopen against that branch.

    Reply to this email directly or view it on GitHub.
    """, contact="", diff="hard", notes="pull request closed, not merged",
    headers={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe>"})

add("other", "Southeast Supply Chain Forum <program@sscforum.example>",
    "Your session proposal", D("2026-06-18 14:00:00", -4), """
    Dear Tomás Ferreira-Whitlock,

    Thank you for submitting "Returning to the Dock: Lessons from a Career Break" to the 2026
    Southeast Supply Chain Forum. We received 212 proposals for 40 slots and regret that we were
    unable to accept yours. We hope to see you in the audience.

    The Program Committee
    """, diff="hard", notes="conference proposal not accepted")

add("other", "Ray Okonkwo <ray.okonkwo77@gmail.com>", "Fwd: Logistics Specialist – Altamaha Port Authority",
    D("2025-10-06 12:20:00", -4), """
    saw this and thought of you. deadline is end of month.

    ---------- Forwarded message ---------
    From: APA Careers <jobs@apa-ports.org>
    Date: Mon, Oct 6, 2025 at 9:00 AM
    Subject: Logistics Specialist – Altamaha Port Authority

    The Altamaha Port Authority is accepting applications for Cargo Operations Specialist
    (Posting #APA-25-077). Salary range $52,000–$61,000. Apply by October 31.
    """, contact="Ray", diff="hard", notes="friend forwards a job posting")

add("other", "SafeLift Training <receipts@safelift.example>", "Receipt for your order #SL-20931",
    D("2025-06-15 10:02:00", -4), """
    Thanks for your order!

    OSHA Forklift Operator Certification (online) ........ $129.00
    Tax ................................................. $0.00
    Total ............................................... $129.00

    Your certificate will be available after you pass the final exam.
    """, notes="receipt")

add("other", "Beatriz Ferreira <bea.ferreira.w@hotmail.com>", "Boda de Lucas – fechas",
    D("2026-05-03 11:30:00", -5), """
    Hola Tomi,

    Ya confirmaron la boda de Lucas para el 17 de octubre en Guadalajara. ¿Puedes pedir esos días en
    el trabajo nuevo o todavía es muy pronto? Avísame para comprar los boletos juntos.

    Besos,
    Bea
    """, contact="Beatriz", lang="es", notes="Spanish family mail; mentions new job in passing")

add("other", "Tío Ernesto <ernesto.whitlock@yahoo.com>", "Lo de la visa de Camila",
    D("2025-04-11 22:05:00", -6), """
    Tomás,

    Te cuento que le rechazaron la solicitud de visa a Camila otra vez. Dice el abogado que podemos
    volver a aplicar en seis meses. Tu tía te manda saludos y pregunta si ya encontraste trabajo.

    Un abrazo,
    Ernesto
    """, contact="Ernesto", lang="es", diff="hard",
    notes="Spanish; 'rechazaron la solicitud' about a visa")

add("other", "HireLoop <messages@hireloop-mail.com>", "Employers are looking for candidates like you",
    D("2026-02-11 18:00:00", -5), """
    Tomás, complete your profile to stand out.

    Profiles with work history filled in get 3x more interview requests. Add your most recent role
    and explain any gaps in a sentence or two.

    Update profile: https://www.hireloop.example/profile
    """, notes="job board profile nudge; mentions interview requests",
    headers=unsub("https://www.hireloop.example/unsub"))

add("other", "BrightBridge Staffing <news@brightbridgestaffing.com>", "This week's open shifts",
    D("2025-10-20 06:15:00", -4), """
    Good morning! Here are this week's open shifts and assignments:

    - Receiving Clerk, Norcross – 2nd shift – $19/hr
    - Inventory Control, McDonough – 1st shift – $21/hr
    - Dispatcher (temp), Forest Park – nights – $23/hr

    Reply to this email or call your BrightBridge recruiter to be submitted.
    """, notes="agency mass mailing", headers=unsub("https://brightbridgestaffing.com/unsub"))

add("other", "Harvest Commons Volunteers <volunteer@harvestcommons.org>",
    "Confirmed: Saturday sorting shift", D("2025-08-20 17:00:00", -4), """
    Hi Tomás,

    You're confirmed for our Saturday, August 23 sorting shift from 9:00 AM to 12:00 PM at the main
    warehouse. Closed-toe shoes required. Please check in with the shift lead when you arrive.

    Thank you for volunteering!
    The Volunteer Team, Harvest Commons Food Bank
    """, diff="hard", notes="volunteer shift confirmation at an employer; looks like interview confirmation")

add("other", "ReturnPath Careers <events@returnpathcareers.example>",
    "Webinar tomorrow: Acing virtual interviews after a career break", D("2025-05-06 08:30:00", -4), """
    Hi Tomás,

    Reminder: our free webinar "Acing virtual interviews after a career break" is tomorrow at
    12:00 PM ET. Join link: https://returnpath.example/webinar/join

    See you there!
    """, diff="hard", notes="webinar about interviews with a definite time",
    headers=unsub("https://returnpath.example/unsub"))

add("other", "Peach State Health Plan <claims@peachstatehp.example>",
    "Explanation of Benefits: claim denied", D("2025-09-29 13:00:00", -4), """
    Your claim for services on 09/02/2025 has been processed. Status: Denied. Reason: Service not
    covered under your current plan. You have the right to appeal this decision within 180 days.
    """, diff="hard", notes="insurance claim denied")

add("other", "Georgia Power <billing@georgiapower.example>", "Your bill is ready",
    D("2026-01-10 04:00:00", -5), """
    Your January bill of $142.38 is ready. Due date: January 30, 2026. Pay online or with AutoPay.
    """, notes="utility bill")

add("other", "Cahaba Fresh Markets Candidate Experience <survey@cahabaretail.icims.com>",
    "How was your interview experience?", D("2025-05-21 12:00:00", -4), """
    Hi Tomás,

    You recently interviewed with Cahaba Fresh Markets. We'd love to hear about your experience!
    This 2-minute survey is anonymous and won't affect your candidacy.

    Take the survey: https://survey.cahabaretail.example/c/9921
    """, diff="hard", notes="candidate-experience survey after interview; no status",
    headers=AUTOGEN)

add("other", "Jasmine Cole <jasmine.cole@marigoldandpine.com>", "Coffee next week?",
    D("2026-10-22 10:10:00", -4), """
    Hi Tomás! It's Jasmine from the parents' group. I saw on Linkwise you're back in logistics, so
    happy for you. Want to grab coffee next week? Not a work thing, I just miss our chats.

    Jas
    """, contact="Jasmine", diff="hard",
    notes="personal mail from someone at a company the seeker applied to; 'coffee' invite")


# ---------------------------------------------------------------- write
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    import random
    order = list(range(len(MSGS)))
    random.Random(33).shuffle(order)
    rows = []
    for i, k in enumerate(order, 1):
        name = f"{i:03d}.eml"
        (OUT / name).write_bytes(MSGS[k].as_bytes(policy=policy.SMTP))
        row = dict(ROWS[k])
        row["file"] = name
        rows.append(row)
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
