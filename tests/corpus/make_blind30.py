"""Generate the blind30 evaluation corpus (stdlib only).

Inbox of a fictional job seeker, Priyanka Venkataraman-Cole, an HR business partner in Denver
who is job hunting while employed (her employer's HR mail is mixed in as hard negatives).
Run: python tests/corpus/make_blind30.py  -> writes tests/corpus/blind30/NNN.eml + labels.csv
"""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "blind30"
ME = "Priyanka Venkataraman-Cole <priya.vcole@outlook.com>"
MYADDR = "priya.vcole@outlook.com"
WORK = "Priyanka Venkataraman-Cole <pvenkataraman-cole@cairnfield.io>"
COLS = ["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
        "difficulty", "notes", "interview_at"]
ENTRIES: list[tuple[EmailMessage, dict[str, str]]] = []
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def T(y: int, mo: int, d: int, h: int = 9, mi: int = 0, tz: str = "America/Denver") -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def day(t: datetime) -> str:
    return f"{t:%A, %B} {t.day}, {t.year}"


def hm(t: datetime) -> str:
    return t.strftime("%I:%M %p").lstrip("0")


def ics(summary: str, start: datetime, minutes: int, organizer: str, attendee: str = MYADDR,
        location: str = "Video call") -> str:
    s = start.astimezone(ZoneInfo("UTC"))
    e = s + timedelta(minutes=minutes)
    uid = hashlib.sha1(f"{summary}{start}".encode()).hexdigest()
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//blind30//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{s:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}", f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
        f"LOCATION:{location}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])


def add(label: str, *, frm: str, subj: str, date: datetime, text: str | None = None,
        html: str | None = None, company: str = "", contact: str = "", role: str = "",
        ret: str = "", lang: str = "en", diff: str = "easy", notes: str = "",
        iat: datetime | None = None, to: str = ME, hdrs: dict[str, str] | None = None,
        cte: str | None = None, pdf: str | None = None, cal: str | None = None,
        irt: str | None = None) -> str:
    m = EmailMessage()
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    key = hashlib.md5(f"{subj}{date}{frm}".encode()).hexdigest()
    mid = f"<{key[:20]}.{key[20:28]}@{dom}>"
    m["Delivered-To"] = MYADDR
    m["Return-Path"] = "<" + frm.rsplit("<", 1)[-1].rstrip(">") + ">"
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (hdrs or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    if cal is not None:
        if m.get_content_type() == "multipart/alternative" or text is not None:
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
    if pdf is not None:
        m.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=pdf)
    ENTRIES.append((m, {
        "label": label, "company": company, "contact_first_name": contact, "role": role,
        "return_date": ret, "lang": lang, "difficulty": diff, "notes": notes,
        "interview_at": iat.isoformat() if iat else "",
    }))
    return mid


def html_wrap(body: str) -> str:
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    return ("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            f"{paras}</body></html>")


# ---------------------------------------------------------------- senders
GH = "Corvidra Recruiting <no-reply@us.greenhouse-mail.io>"
LEVER = "Fernhollow <no-reply@hire.lever.co>"
WD_BANK = "First Cordillera Bank <fcbank@myworkday.com>"
ICIMS = "LVHS Careers <lvhs-talent@talent.icims.com>"
ASHBY = "Tallyloom Hiring Team <no-reply@ashbyhq.com>"
SMART = "Bellweather Foods <no-reply@smartrecruiters.com>"
JOBVITE = "Quarrystone Builders <notification@jobvite.com>"
TALEO = "Thistlecrest Careers <thistlecrest@taleo.net>"
BAMBOO = "Juno Harbor Labs <notifications@app.bamboohr.com>"
TEAMT = "Wildmoor Apparel <no-reply@teamtailor-mail.com>"
WORKABLE = "Patchwise <noreply@candidates.workablemail.com>"
RECRUITEE = "Kiteline Analytics <kiteline@recruitee-mail.com>"
PERSONIO = "Alpwerk Systeme AG <noreply@personio.de>"
PARADOX = "Olivia at Silverpine <olivia@paradox.ai>"
NEOGOV = "Kessling County Human Resources <noreply@governmentjobs.com>"
GIDEON = "Gideon Marsh <gmarsh@hallorannsearle.com>"
SHAY = "Shay Okonkwo <shay@peaklinetalent.com>"
AUTO_GEN = {"Auto-Submitted": "auto-generated"}
GIDEON_SIG = ("Gideon Marsh\nPartner, Human Capital Practice\nHallorann Searle Partners | Executive Search\n"
              "Denver · Chicago · Toronto")
SHAY_SIG = "Shay Okonkwo\nSenior Talent Consultant | Peakline Talent\n(720) 555-0148"


# ================================================================ rejections
def rejections() -> None:
    add("rejection", frm=GH, subj="Your application to Corvidra",
        date=T(2026, 2, 11, 15, 42, "America/New_York"), company="Corvidra",
        role="Senior People Business Partner", notes="pursue other applicants whose experience matches",
        text="Hi Priyanka,\n\nThank you for your interest in the Senior People Business Partner position at "
        "Corvidra and for the time you put into your application.\n\nAfter careful review, we've decided to "
        "pursue other applicants whose experience more closely matches what the team needs right now.\n\n"
        "We'd encourage you to keep an eye on our careers page; new roles open often.\n\n"
        "Warmly,\nThe Corvidra Talent Team")

    inv = add("interview", frm="Maren Lindqvist <maren@ledgerlyte.com>",
              subj="Final conversations - Director, People Operations",
              date=T(2025, 9, 2, 8, 15), company="Ledgerlyte", contact="Maren",
              role="Director, People Operations", iat=T(2025, 9, 9, 13, 0), diff="hard",
              notes="final-round confirmation from VP; 'conversation' not 'interview'",
              text=f"Priyanka,\n\nThanks for making the time last week. I'd love for you to meet the rest of "
              f"the exec team. We have you down for {day(T(2025, 9, 9))} starting at 1:00 PM Mountain, in person "
              "at our Larimer St. office. Four back-to-back conversations, wrapping up around 4:30.\n\n"
              "Parking validation at the front desk.\n\nMaren\n\nMaren Lindqvist\nVP, People | Ledgerlyte")
    add("rejection", frm="Maren Lindqvist <maren@ledgerlyte.com>",
        subj="Re: Final conversations - Director, People Operations", irt=inv,
        date=T(2025, 9, 16, 17, 5), company="Ledgerlyte", contact="Maren",
        role="Director, People Operations", diff="hard",
        notes="after final round; 'went a different direction'; quotes the onsite invite",
        text="Priyanka,\n\nI wanted you to hear this from me and not from an automated note. The team went "
        "a different direction for this role. It was close, and the debrief was full of good things about how "
        "you handled the manager-calibration case.\n\nI hope our paths cross again.\n\nMaren\n\n"
        f"On {T(2025, 9, 2, 8, 15):%a, %b %d, %Y at %I:%M %p} Maren Lindqvist <maren@ledgerlyte.com> wrote:\n"
        "> Priyanka,\n> Thanks for making the time last week. I'd love for you to meet the rest of the exec\n"
        "> team. We have you down for Tuesday starting at 1:00 PM Mountain, in person.\n")

    add("rejection", frm=WD_BANK, subj="Update on your application: Employee Relations Manager (R-24871)",
        date=T(2025, 4, 22, 6, 3, "America/Chicago"), company="First Cordillera Bank",
        role="Employee Relations Manager", hdrs=AUTO_GEN,
        text="Dear Priyanka Venkataraman-Cole,\n\nThank you for applying for the Employee Relations Manager "
        "position (R-24871) at First Cordillera Bank.\n\nWe have reviewed your background against the "
        "requirements of the role and we won't be progressing your application further.\n\n"
        "Your candidate profile remains active, and you are welcome to apply for other openings.\n\n"
        "First Cordillera Bank Talent Acquisition\nThis is a system-generated message. Please do not reply.")

    add("rejection", frm=ICIMS, subj="LVHS - HR Business Partner, Ambulatory Services",
        date=T(2025, 7, 30, 11, 20), company="Larkspur Valley Health System",
        role="HR Business Partner, Ambulatory Services", cte="quoted-printable",
        notes="acronym sender; position filled",
        text="Dear Priyanka,\n\nThank you for your interest in the HR Business Partner, Ambulatory Services "
        "opening at Larkspur Valley Health System. We wanted to let you know that this position has now been "
        "filled.\n\nWe appreciate the time you took to apply and wish you the best in your search.\n\n"
        "Talent Acquisition\nLarkspur Valley Health System\n\n---\nThis mailbox is not monitored.",
        hdrs=AUTO_GEN)

    add("rejection", frm=GIDEON, subj="Tallyloom - update",
        date=T(2025, 11, 4, 18, 40, "America/Chicago"), company="Tallyloom", contact="Gideon",
        role="VP, People", diff="hard", notes="executive-search consultant relays client's decision",
        text="Priyanka,\n\nI spoke with Tallyloom's CEO this afternoon. They have chosen to proceed with "
        "another finalist, someone who has taken a company through an IPO, which ended up weighing heavily "
        "for the board.\n\nFor what it's worth, you were the candidate the CFO wanted. I'll be in touch when "
        "I have a search that fits you better, and I'd be glad to get coffee in the meantime.\n\n" + GIDEON_SIG)

    add("rejection", frm=SHAY, subj="Oxbow", date=T(2026, 1, 20, 10, 5),
        company="Oxbow Outdoor Gear", contact="Shay", role="HR Manager", diff="hard",
        notes="agency recruiter; 'didn't work out'; internal candidate",
        text="Hey Priyanka - quick one. This one didn't work out. Oxbow ended up filling the HR Manager seat "
        "with someone from their retail side who'd been acting in the role. Frustrating, I know, since they "
        "loved the panel.\n\nI've got two other conversations I want to run by you. Call you Thursday?\n\n"
        + SHAY_SIG)

    add("rejection", frm="Cutler State University Human Resources <hr-noreply@cutlerstate.edu>",
        subj="Position #S03117 - HR Business Partner, Academic Affairs",
        date=T(2025, 3, 6, 14, 0), company="Cutler State University",
        role="HR Business Partner, Academic Affairs",
        text="Dear Applicant,\n\nThank you for your interest in Position #S03117, HR Business Partner, "
        "Academic Affairs. The search committee has completed its review, and you were not selected for "
        "further consideration.\n\nCutler State University appreciates your interest in employment with us.\n\n"
        "Office of Human Resources\nCutler State University")

    add("rejection", frm=NEOGOV, subj="Application Status Update - Human Resources Manager",
        date=T(2026, 5, 12, 8, 30), company="Kessling County", role="Human Resources Manager",
        hdrs=AUTO_GEN, notes="government status change template",
        html=html_wrap("Dear Priyanka Venkataraman-Cole,\n\nThe status of your application for "
        "<b>Human Resources Manager</b> (Recruitment #26-0193) with Kessling County has changed to: "
        "<b>Not Selected</b>.\n\nCandidates whose qualifications most closely aligned with the needs of the "
        "department have been advanced.\n\nKessling County Human Resources\n1200 Courthouse Way, Suite 300"))

    add("rejection", frm="Tobias Reinholt <treinholt@alpenglowresorts.com>",
        subj="People & Culture Manager - Silverpine", date=T(2025, 10, 14, 16, 55),
        company="Silverpine Mountain Resort", contact="Tobias", role="People & Culture Manager",
        diff="hard", notes="parent-company domain; 'not the right match at this time'",
        text="Hi Priyanka,\n\nThanks again for driving up to the mountain last week. After a lot of "
        "back-and-forth we've concluded this isn't the right match at this time. The role is going to "
        "lean much harder into seasonal hiring volume than we described, and we need someone who has run a "
        "1,500-person seasonal ramp.\n\nI'm sorry it's not better news.\n\nTobias Reinholt\n"
        "General Manager, Silverpine Mountain Resort\nan Alpenglow Resorts property")

    inv2 = "<CAHx9sQ-nimbleroot-7781@mail.gmail.com>"
    add("rejection", frm="Rosalind Achebe <rosalind.achebe@nimbleroot.com>",
        subj="Re: Thank you - Head of People conversation", irt=inv2,
        date=T(2026, 4, 3, 9, 12, "America/Los_Angeles"), company="Nimbleroot Software",
        contact="Rosalind", role="Head of People", diff="hard",
        notes="reply; quoted thank-you mentions next interview steps",
        text="Priyanka, thank you for the kind note. I owe you a straight answer: we've decided to move ahead "
        "with another candidate for Head of People. You made it a hard call.\n\nRosalind\n\n"
        "Rosalind Achebe\nCOO, Nimbleroot Software, Inc.\n\n"
        "-----Original Message-----\nFrom: Priyanka Venkataraman-Cole <priya.vcole@outlook.com>\n"
        "Subject: Thank you - Head of People conversation\n\n"
        "Rosalind, thank you for the time on Tuesday. I enjoyed the interview and I'm excited about the "
        "next round with your CEO. Happy to send anything that helps.\n")

    add("rejection", frm="Dev Raghunathan <dev@patchwise.com>", subj="Following up",
        date=T(2026, 6, 18, 12, 30, "America/New_York"), company="Patchwise", contact="Dev",
        role="People Partner", diff="hard", notes="rejection with referral offer",
        text="Priyanka,\n\nWe're going to close out your candidacy for the People Partner role; we need "
        "someone with deeper engineering-org experience for this particular seat.\n\nThat said, a friend of "
        "mine is building out HR at a Denver climate startup and I think you'd be a strong fit there. If "
        "you're open to it, I'd be happy to make an intro.\n\nDev\nHead of Talent, Patchwise")

    add("rejection", frm="Fernhollow <no-reply@ashbyhq.com>", subj="Fernhollow | Your application",
        date=T(2025, 2, 3, 19, 1, "America/Los_Angeles"), company="Fernhollow",
        role="Senior Manager, People Operations",
        text="Hi Priyanka,\n\nThanks for applying to the Senior Manager, People Operations role at "
        "Fernhollow. We've reviewed your application and decided not to move forward at this time.\n\n"
        "We wish you luck with your search.\n\nFernhollow Recruiting")

    add("rejection", frm=SMART, subj="Thank you for your interest in Bellweather Foods",
        date=T(2025, 8, 8, 7, 45, "America/Chicago"), company="Bellweather Foods",
        role="Regional HR Business Partner",
        html=html_wrap("Dear Priyanka,\n\nThank you for applying to the <b>Regional HR Business Partner</b> "
        "position. We have decided to move forward with other candidates for this role.\n\n"
        "We appreciate your interest in Bellweather Foods.\n\nBellweather Foods Recruiting Team"),
        text="Dear Priyanka,\n\nThank you for applying to the Regional HR Business Partner position. We have "
        "decided to move forward with other candidates for this role.\n\nWe appreciate your interest in "
        "Bellweather Foods.\n\nBellweather Foods Recruiting Team")

    add("rejection", frm=JOBVITE, subj="Quarrystone Builders - HR Manager, Field Operations",
        date=T(2025, 5, 27, 13, 10), company="Quarrystone Builders", role="HR Manager, Field Operations",
        diff="hard", notes="mentions panel interview and next steps in passing",
        text="Dear Priyanka,\n\nThank you for taking the time to interview with our panel for the HR Manager, "
        "Field Operations position. We enjoyed learning about your approach to safety-sensitive employee "
        "relations.\n\nThe panel has identified a candidate whose experience in heavy civil construction "
        "aligns more directly with the role, and we will be taking next steps with that candidate.\n\n"
        "Thank you again for your interest in Quarrystone Builders.\n\nQuarrystone Builders Talent Team")

    add("rejection", frm=TALEO, subj="Requisition 25-0412 Senior HR Business Partner",
        date=T(2025, 6, 3, 10, 2, "America/New_York"), company="Thistlecrest Insurance Co.",
        role="Senior HR Business Partner", hdrs=AUTO_GEN,
        text="Dear Priyanka Venkataraman-Cole,\n\nWe regret to inform you that you have not been selected for "
        "requisition 25-0412, Senior HR Business Partner.\n\nThank you for considering Thistlecrest Insurance "
        "Co. as a potential employer.\n\nSincerely,\nThistlecrest Insurance Co. Human Resources")

    add("rejection", frm=BAMBOO, subj="Re: People Operations Lead at Juno Harbor Labs",
        date=T(2025, 12, 9, 11, 48, "America/Los_Angeles"), company="Juno Harbor Labs",
        role="People Operations Lead",
        text="Hi Priyanka,\n\nThanks so much for your interest in the People Operations Lead position. We've "
        "filled the position and are closing the search.\n\nAll the best,\nJuno Harbor Labs")

    add("rejection", frm=TEAMT, subj="Wildmoor Apparel - HR Business Partner (Retail)",
        date=T(2026, 3, 17, 9, 0, "Europe/London"), company="Wildmoor Apparel",
        role="HR Business Partner (Retail)", cte="base64", notes="HTML only, base64",
        html=html_wrap("Hi Priyanka,\n\nThank you for applying for HR Business Partner (Retail) at Wildmoor "
        "Apparel. We received a lot of strong applications, and unfortunately we won't be moving your "
        "application to the next stage.\n\nTake care,\nWildmoor Apparel People Team"))

    add("rejection", frm=RECRUITEE, subj="Your application for People & Culture Lead",
        date=T(2025, 1, 28, 16, 20, "Europe/Amsterdam"), company="Kiteline Analytics",
        role="People & Culture Lead",
        text="Dear Priyanka,\n\nThank you for applying to Kiteline Analytics. After reviewing your "
        "application for People & Culture Lead, we will not be moving on with it. The role requires "
        "residency in the Netherlands, which we should have made clearer in the posting.\n\n"
        "Kind regards,\nKiteline Analytics")

    fwd = ("Hi Priyanka,\n\nForwarding Craig's note below so you have it straight from him. Not the outcome "
           "either of us wanted. I'm happy to talk it through whenever works.\n\nJolene Faircloth\n"
           "Talent Acquisition Partner | First Cordillera Bank\n\n"
           "---------- Forwarded message ---------\nFrom: Craig Benavidez <cbenavidez@fcbank.com>\n"
           "Date: Mon, Sep 14, 2026 at 4:12 PM\nSubject: RE: VP HRBP finalists\nTo: Jolene Faircloth\n\n"
           "Jolene - we're going to pass on Priyanka. Strong ER depth but the commercial banking exposure just "
           "isn't there and I need someone who can walk into the credit committee on day one. Please thank her "
           "for me; she was gracious through a long process.\n\nCraig\n")
    add("rejection", frm="Jolene Faircloth <jfaircloth@fcbank.com>",
        subj="Fwd: RE: VP HRBP finalists", date=T(2026, 9, 15, 8, 5),
        company="First Cordillera Bank", contact="Jolene", role="VP, HR Business Partner", diff="hard",
        notes="recruiter forwards hiring manager's decision", text=fwd)

    add("rejection", frm="Marta Ibarra <marta.ibarra@veltrano.es>",
        subj="Tu candidatura - HR Business Partner (Madrid)",
        date=T(2025, 10, 2, 13, 30, "Europe/Madrid"), company="Veltrano Ibérica", contact="Marta",
        role="HR Business Partner", lang="es",
        text="Hola Priyanka:\n\nGracias por tu interés en la posición de HR Business Partner en Veltrano "
        "Ibérica y por el tiempo que has dedicado al proceso.\n\nTras valorar todas las candidaturas, hemos "
        "decidido continuar con otra persona cuyo perfil encaja mejor con lo que necesita el equipo en este "
        "momento.\n\nTe deseamos mucha suerte en tu búsqueda.\n\nUn saludo,\n\nMarta Ibarra\n"
        "Responsable de Talento\nVeltrano Ibérica, S.L. (Grupo Veltrano)")

    add("rejection", frm=PERSONIO, subj="Ihre Bewerbung als HR Business Partner (m/w/d)",
        date=T(2026, 2, 24, 10, 15, "Europe/Zurich"), company="Alpwerk Systeme AG",
        role="HR Business Partner (m/w/d)", lang="de",
        text="Sehr geehrte Frau Venkataraman-Cole\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an "
        "der Alpwerk Systeme AG.\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir "
        "Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben uns für eine Kandidatin entschieden, "
        "deren Profil noch besser zu den Anforderungen passt.\n\nWir wünschen Ihnen für Ihre berufliche "
        "Zukunft alles Gute.\n\nFreundliche Grüsse\nTeam Human Resources\nAlpwerk Systeme AG, Winterthur")

    add("rejection", frm="=?utf-8?q?Am=C3=A9lie_Dufresne?= <amelie.dufresne@arvelis.be>",
        subj="Votre candidature - HR Business Partner", date=T(2026, 7, 7, 11, 0, "Europe/Brussels"),
        company="Arvélis", contact="Amélie", role="HR Business Partner", lang="fr", diff="hard",
        notes="French; rejection plus 'restons en contact'",
        text="Bonjour Priyanka,\n\nMerci pour nos échanges de ces dernières semaines. Nous avons "
        "finalement retenu un profil plus familier du droit social belge, qui était un point important "
        "pour ce poste.\n\nVotre parcours nous a beaucoup plu, et je serais ravie que nous restions en "
        "contact pour de futures opportunités au sein du groupe.\n\nBien à vous,\n\nAmélie Dufresne\n"
        "Talent Acquisition Manager\nArvélis SA - Bruxelles")

    add("rejection", frm="Kit Alvarado <kit@fernhollow.com>", subj="re: next steps",
        date=T(2025, 3, 19, 17, 2, "America/Los_Angeles"), company="Fernhollow", contact="Kit",
        role="", diff="hard", notes="curt, no rejection keywords; company only in domain",
        text="Hi Priyanka - we're going to pass. Thanks for your time, truly.\n\n-K")

    add("rejection", frm="Naomi Castellanos <ncastellanos@redcedarlogistics.com>",
        subj="HR Director search", date=T(2026, 8, 21, 15, 25, "America/Phoenix"),
        company="Redcedar Logistics", contact="Naomi", role="HR Director", diff="hard",
        notes="says 'extended an offer' to someone else",
        text="Dear Priyanka,\n\nI wanted to close the loop with you. Earlier this week we extended an offer "
        "for the HR Director role, and it has been accepted.\n\nYou brought real substance to every "
        "conversation, and I'd welcome hearing from you if something opens up that's a better fit.\n\n"
        "Best regards,\nNaomi Castellanos\nChief Operating Officer\nRedcedar Logistics, LLC")

    add("rejection", frm="Glenmoor Senior Living <careers@glenmoorliving.org>",
        subj="Following up on your interview", date=T(2025, 6, 25, 14, 14),
        company="Glenmoor Senior Living", contact="Bettina", role="Regional HR Manager", diff="hard",
        notes="subject says interview; resume kept on file",
        text="Dear Priyanka,\n\nThank you for interviewing for the Regional HR Manager position. We have "
        "selected another candidate and will keep your resume on file for future openings that match your "
        "background.\n\nWith appreciation,\nBettina Okafor-Lund\nDirector of Human Resources\n"
        "Glenmoor Senior Living")

    add("rejection", frm="Priya from Brightbarrow <people@brightbarrow.io>",
        subj="Brightbarrow x Priyanka", date=T(2026, 10, 6, 9, 40, "America/New_York"),
        company="Brightbarrow", contact="Priya", role="Senior People Partner", diff="hard",
        notes="signer shares the candidate's nickname; phrased as 'not moving ahead together'",
        text="Hi Priyanka,\n\nFunny to be writing to a fellow Priya! I'm reaching out about the Senior People "
        "Partner role. After our hiring committee met, we decided we won't be moving ahead together on this "
        "one. Your stakeholder-mapping exercise was one of the best we saw.\n\nI'd love to keep in touch.\n\n"
        "Priya Natarajan\nRecruiting Lead, Brightbarrow")


# ================================================================ on hold
def on_hold() -> None:
    add("on_hold", frm=GH, subj="Update on the HR Business Partner, GTM role",
        date=T(2025, 4, 1, 12, 0, "America/New_York"), company="Corvidra", role="HR Business Partner, GTM",
        text="Hi Priyanka,\n\nWe wanted to give you an update. Corvidra has paused hiring for the HR Business "
        "Partner, GTM role while leadership revisits the sales org design for the second half of the year.\n\n"
        "This isn't a reflection of your candidacy. If the role reopens we'll reach out before reposting.\n\n"
        "The Corvidra Talent Team")

    add("on_hold", frm=GIDEON, subj="Mesaridge - CHRO search on pause", date=T(2026, 3, 3, 7, 50),
        company="Mesaridge Energy", contact="Gideon", role="Chief People Officer", diff="hard",
        notes="exec-search firm; board paused search",
        text="Priyanka,\n\nAwkward news. Mesaridge's board met yesterday and voted to pause the Chief People "
        "Officer search until the merger question is settled, likely not before Q3. Everyone remains "
        "enthusiastic about you. I'll call once the board gives us the green light again.\n\n" + GIDEON_SIG)

    add("on_hold", frm="Kessling County Human Resources <hr@kesslingcounty.gov>",
        subj="Recruitment #25-0877 Cancelled - Labor Relations Manager", date=T(2025, 11, 18, 15, 0),
        company="Kessling County", role="Labor Relations Manager", notes="requisition cancelled (budget)",
        text="Dear Applicant,\n\nRecruitment #25-0877, Labor Relations Manager, has been cancelled following "
        "the Board of County Commissioners' adoption of the 2026 budget, which did not fund the position.\n\n"
        "No further action is required on your part.\n\nKessling County Human Resources")

    add("on_hold", frm="Harold Pemberton <hpemberton@cutlerstate.edu>",
        subj="Search update: Director, Employee & Labor Relations", date=T(2026, 1, 13, 10, 30),
        company="Cutler State University", contact="Harold", role="Director, Employee & Labor Relations",
        diff="hard", notes="search cancelled, may be reposted later; sounds final",
        text="Dear Ms. Venkataraman-Cole,\n\nOn behalf of the search committee, I write to let you know "
        "that the University has cancelled the search for Director, Employee & Labor Relations. The "
        "Provost has asked that the position description be revised to reflect the new shared-services "
        "model, and the role may be reposted at a later date.\n\nWe are grateful for your patience "
        "throughout the process.\n\nHarold Pemberton, Ph.D.\nChair, Search Committee\nCutler State University")

    add("on_hold", frm="Annette Crowe <acrowe@lvhs.org>", subj="HRBP - Surgical Services",
        date=T(2025, 8, 19, 13, 5), company="Larkspur Valley Health System", contact="Annette",
        role="HR Business Partner, Surgical Services", diff="hard",
        notes="role eliminated in reorg; 'top candidates'",
        text="Hi Priyanka,\n\nI'm sorry to send this. As part of LVHS's restructuring of the perioperative "
        "service line, the HRBP role for Surgical Services has been eliminated and will be absorbed into the "
        "existing business partner team. You were one of our top two candidates, so this is really "
        "disappointing on my end.\n\nAnnette Crowe\nSenior Recruiter, Larkspur Valley Health System")

    add("on_hold", frm="Dev Raghunathan <dev@patchwise.com>", subj="People Ops Manager - pausing",
        date=T(2025, 10, 29, 16, 0, "America/New_York"), company="Patchwise", contact="Dev",
        role="People Operations Manager", diff="hard", notes="hiring freeze worded like a rejection",
        text="Priyanka,\n\nWe won't be able to move forward with the People Operations Manager hire. Our "
        "board asked us to freeze all new headcount until the next funding round closes. I hate that it "
        "lands this way after two great conversations.\n\nLet's stay in touch; I'll ping you the moment it "
        "thaws.\n\nDev")

    add("on_hold", frm="Sabine Huber <sabine.huber@alpwerk.ch>",
        subj="Ihre Bewerbung - Leitung HR Operations", date=T(2026, 5, 20, 9, 45, "Europe/Zurich"),
        company="Alpwerk Systeme AG", contact="Sabine", role="Leitung HR Operations", lang="de",
        diff="hard", notes="German; Einstellungsstopp",
        text="Liebe Frau Venkataraman-Cole\n\nvielen Dank für die angenehmen Gespräche. Leider muss ich Ihnen "
        "mitteilen, dass die Geschäftsleitung einen vorläufigen Einstellungsstopp beschlossen hat. Die Stelle "
        "Leitung HR Operations wird daher bis auf Weiteres nicht besetzt.\n\nDies hat nichts mit Ihrer "
        "Bewerbung zu tun. Sobald wir den Prozess wieder aufnehmen, melde ich mich gerne bei Ihnen.\n\n"
        "Freundliche Grüsse\nSabine Huber\nHead of Talent Acquisition\nAlpwerk Systeme AG")

    add("on_hold", frm="=?utf-8?q?In=C3=A9s_Calder=C3=B3n?= <icalderon@alpenglowresorts.com>",
        subj="Silverpine - Talent Acquisition Manager", date=T(2026, 4, 28, 11, 11),
        company="Silverpine Mountain Resort", contact="Inés", role="Talent Acquisition Manager",
        notes="pausing search until the fall",
        text="Hi Priyanka,\n\nAfter a softer-than-expected season we're pausing this search until budgets "
        "are set in the fall. I'll reach out in September to see where you are.\n\nThanks for your "
        "patience,\nInés Calderón\nDirector of Human Resources\nSilverpine Mountain Resort")

    add("on_hold", frm=SHAY, subj="Ironwood Dental update", date=T(2026, 7, 23, 14, 35),
        company="Ironwood Dental Partners", contact="Shay", role="HR Business Partner", diff="hard",
        notes="agency: client put the req on hold",
        text="Priyanka,\n\nHeads up: Ironwood Dental Partners just put the HRBP req on hold. Their PE sponsor "
        "wants to finish integrating the two practices they bought this spring before adding corporate "
        "headcount. Nothing to do with you. I'll keep your file at the top of the pile.\n\n" + SHAY_SIG)

    add("on_hold", frm=TALEO, subj="Requisition 26-0131 HR Manager, Claims",
        date=T(2026, 6, 9, 7, 30, "America/New_York"), company="Thistlecrest Insurance Co.",
        role="HR Manager, Claims", hdrs=AUTO_GEN, diff="hard",
        notes="ATS 'position no longer open' template, close to rejection wording",
        text="Dear Priyanka Venkataraman-Cole,\n\nThe position HR Manager, Claims (requisition 26-0131) is no "
        "longer open. The requisition has been closed by the business and the role will not be filled at "
        "this time. As a result, your application will not be reviewed further.\n\nThank you for your "
        "interest in Thistlecrest Insurance Co.\n\nThistlecrest Insurance Co. Human Resources")


# ================================================================ interviews
def interviews() -> None:
    t = T(2025, 12, 10, 10, 0, "America/Los_Angeles")
    add("interview", frm="Wes Hartigan <whartigan@oxbowgear.com>",
        subj="Priyanka V-C / Wes Hartigan - HR Manager", date=T(2025, 12, 3, 14, 2, "America/Los_Angeles"),
        company="Oxbow Outdoor Gear", contact="Wes", role="HR Manager", iat=t,
        notes="calendar invitation with text/calendar part", cte="quoted-printable",
        text=f"When: {day(t)} 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).\n"
        "Where: Microsoft Teams Meeting\n\nHi Priyanka, looking forward to it. I'll bring our retail ops "
        "lead, Jess, for the second half.\n\nWes Hartigan\nVP Operations, Oxbow Outdoor Gear\n\n"
        "Join on your computer or mobile app\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_oxbow_5521",
        cal=ics("Priyanka V-C / Wes Hartigan - HR Manager", t, 60, "whartigan@oxbowgear.com"))

    add("interview", frm="Kit Alvarado <kit@fernhollow.com>", subj="Fernhollow - intro call?",
        date=T(2025, 1, 14, 11, 30, "America/Los_Angeles"), company="Fernhollow", contact="Kit",
        role="Head of People Operations", notes="Calendly link, 'intro call'",
        text="Hi Priyanka,\n\nThanks for applying for Head of People Operations. I'd love to set up a 30-minute "
        "intro call to hear more about your background. Grab any open slot here:\n"
        "https://calendly.com/kit-fernhollow/30min\n\nTalk soon,\nKit Alvarado\nRecruiting, Fernhollow")

    t = T(2026, 5, 14, 10, 0)
    add("interview", frm="Corvidra Recruiting <scheduling@goodtime.io>",
        subj="Interview Confirmed: Director, HR Business Partners at Corvidra",
        date=T(2026, 5, 8, 16, 21, "America/New_York"), company="Corvidra",
        role="Director, HR Business Partners", iat=t, notes="GoodTime confirmation",
        html=html_wrap(f"Hi Priyanka,\n\nYour interview is confirmed.\n\n<b>{day(t)}</b><br>{hm(t)} - "
        "11:00 AM MDT (Mountain Daylight Time)\n\n<b>Interviewer:</b> Lauren Cho, SVP People\n"
        "<b>Location:</b> Zoom (link below)\n\n<a href=\"https://zoom.us/j/81234556610\">Join Zoom</a>\n\n"
        "Need to reschedule? Use the link in this email.\n\nPowered by GoodTime"),
        text=f"Hi Priyanka,\n\nYour interview is confirmed.\n\n{day(t)}\n{hm(t)} - 11:00 AM MDT\n\n"
        "Interviewer: Lauren Cho, SVP People\nLocation: Zoom https://zoom.us/j/81234556610\n\n"
        "Need to reschedule? Use the link in this email.\n\nPowered by GoodTime",
        cal=ics("Interview: Priyanka Venkataraman-Cole / Lauren Cho", t, 60, "scheduling@goodtime.io"))

    t = T(2025, 10, 21, 9, 0, "America/Los_Angeles")
    add("interview", frm="Tallyloom Recruiting <schedules@modernloop.io>",
        subj="Your final interview loop with Tallyloom", date=T(2025, 10, 15, 12, 10, "America/Los_Angeles"),
        company="Tallyloom", role="VP, People", iat=t, notes="ModernLoop itinerary; times in PT",
        text=f"Hi Priyanka,\n\nHere is your schedule for {day(t)} (all times Pacific):\n\n"
        "9:00 - 9:45   Amir Haddad, CEO\n9:50 - 10:35  Joy Whitcomb, CFO\n10:45 - 11:30 Panel: Engineering leads\n"
        "11:35 - 12:15 Sam Ferreira, General Counsel\n\nAll sessions use the same Google Meet link: "
        "https://meet.google.com/tly-vppl-oct\n\nSent via ModernLoop on behalf of Tallyloom")

    t = T(2026, 4, 8, 13, 30)
    add("interview", frm=PARADOX, subj="You're scheduled! Silverpine Mountain Resort interview",
        date=T(2026, 4, 2, 19, 44), company="Silverpine Mountain Resort", role="HR Manager, Mountain Operations",
        iat=t, notes="Paradox assistant confirmation, no human signer", hdrs=AUTO_GEN,
        text=f"Hi Priyanka! You're all set for your interview for HR Manager, Mountain Operations.\n\n"
        f"When: {t:%a %b} {t.day}, {hm(t)} (Mountain Time)\nWhere: Base Lodge, 2nd floor admin offices - "
        "ask for Inés at the front desk.\n\nReply R to reschedule.\n\n- Olivia, Silverpine's virtual "
        "recruiting assistant")

    add("interview", frm="Tobias Reinholt <treinholt@alpenglowresorts.com>", subj="coffee?",
        date=T(2025, 9, 24, 7, 2), company="Silverpine Mountain Resort", contact="Tobias",
        role="People & Culture Manager", diff="hard", notes="informal; no time, no word interview",
        text="Priyanka - Inés passed along your resume for the P&C Manager job and I'd like to hear how you'd "
        "approach our seasonal staffing mess. Any chance you could come up to the mountain for coffee and a "
        "walk-around sometime next week? I'm flexible.\n\nTobias\nGM, Silverpine")

    t = T(2026, 3, 27, 9, 30)
    add("interview", frm="Rosalind Achebe <rosalind.achebe@nimbleroot.com>",
        subj="Re: Head of People - Thursday", date=T(2026, 3, 23, 8, 14, "America/Los_Angeles"),
        company="Nimbleroot Software", contact="Rosalind", role="Head of People", iat=t, diff="hard",
        irt="<CAHx9sQ-nimbleroot-7710@mail.gmail.com>",
        notes="reschedule; quoted text has the old time",
        text="Hi Priyanka,\n\nSomething came up for Thursday. Could we move our 11am to Friday at 9:30 MT "
        "instead? Same Zoom link. If Friday doesn't work, tell me and I'll find another time.\n\nRosalind\n\n"
        "> On Mar 19, 2026, Rosalind Achebe wrote:\n> Let's plan on Thursday 3/26 at 11:00am MT for the "
        "second round with me.\n")

    add("interview", frm=WORKABLE, subj="Next step: case exercise & panel - People Partner",
        date=T(2026, 5, 26, 10, 0, "America/New_York"), company="Patchwise", role="People Partner",
        notes="take-home plus panel presentation; slots",
        text="Hi Priyanka,\n\nThanks for speaking with Dev. The next step is a short case exercise: a people "
        "analytics brief on attrition in a fictional engineering org (about 2 hours). You'll present it to a "
        "panel of three for 45 minutes.\n\nPlease choose a presentation slot here: "
        "https://apply.workable.com/patchwise/schedule/8f2c1\n\nThe Patchwise Team")

    add("interview", frm=SHAY, subj="FW: Ironwood - meet Priyanka?", date=T(2026, 6, 16, 9, 20),
        company="Ironwood Dental Partners", contact="Shay", role="HR Business Partner", diff="hard",
        notes="agency forwards client request with several slots",
        text="Priyanka - they want to meet you! Which of these works? I'll lock it in.\n\n" + SHAY_SIG +
        "\n\nFrom: Carmen Ybarra <cybarra@ironwooddental.com>\nSent: Monday, June 15, 2026 5:02 PM\n"
        "To: Shay Okonkwo\nSubject: meet Priyanka?\n\nShay, thanks for sending her over. We'd like to do a "
        "60-minute video interview with me and our COO. Options:\n- Thu 6/18 2:00 pm MT\n- Fri 6/19 10:00 am MT\n"
        "- Mon 6/22 1:00 pm MT\n\nCarmen Ybarra\nVP Operations, Ironwood Dental Partners\n")

    t = T(2026, 2, 9, 8, 0)
    add("interview", frm=GIDEON, subj="Mesaridge - breakfast with the CEO confirmed",
        date=T(2026, 2, 5, 16, 45, "America/Chicago"), company="Mesaridge Energy", contact="Gideon",
        role="Chief People Officer", iat=t, diff="hard",
        notes="exec search; 'breakfast' meeting with CEO; time in Mountain, sent from Central",
        text=f"Priyanka,\n\nConfirmed: breakfast with Dale Henning, Mesaridge's CEO, on {day(t)} at 8:00 am "
        "Mountain at the Brown Palace (Ship Tavern side). Expect 90 minutes. He will want to hear how you'd "
        "handle the field workforce integration after the merger.\n\nI'll call you Sunday evening to prep.\n\n"
        + GIDEON_SIG)

    t = T(2026, 4, 15, 9, 0)
    add("interview", frm="Kessling County Human Resources <hr@kesslingcounty.gov>",
        subj="Oral Board Interview - Human Resources Manager (#26-0193)", date=T(2026, 4, 2, 13, 0),
        company="Kessling County", role="Human Resources Manager", iat=t, pdf="Oral_Board_Instructions.pdf",
        text=f"Dear Priyanka Venkataraman-Cole,\n\nCongratulations! You have been selected to participate in "
        f"an oral board interview for the position of Human Resources Manager.\n\nDate: {day(t)}\n"
        "Time: 9:00 a.m.\nLocation: Kessling County Administration Building, Room 2B\n\nPlease arrive 15 "
        "minutes early and bring a photo ID. Instructions are attached.\n\nKessling County Human Resources")

    t = T(2025, 12, 4, 8, 30)
    add("interview", frm="Harold Pemberton <hpemberton@cutlerstate.edu>",
        subj="Campus visit itinerary", date=T(2025, 11, 24, 15, 15),
        company="Cutler State University", contact="Harold", role="Director, Employee & Labor Relations",
        iat=t, diff="hard", notes="campus visit itinerary; word interview absent",
        text=f"Dear Ms. Venkataraman-Cole,\n\nWe look forward to your campus visit on {day(t)}. Your "
        "itinerary:\n\n8:30  Breakfast with the search committee (Alumni Center)\n10:00 Meeting with the "
        "Vice President for Finance & Administration\n11:00 Open forum with HR staff\n12:15 Lunch with "
        "deans' council representatives\n2:00  Campus tour\n\nParking pass attached to the follow-up email.\n\n"
        "Harold Pemberton, Ph.D.\nChair, Search Committee")

    t = T(2025, 9, 18, 17, 0, "Europe/Madrid")
    add("interview", frm="Marta Ibarra <marta.ibarra@veltrano.es>", subj="Entrevista - HR Business Partner",
        date=T(2025, 9, 10, 10, 5, "Europe/Madrid"), company="Veltrano Ibérica", contact="Marta",
        role="HR Business Partner", lang="es", iat=t, notes="Spanish; single time in Madrid time",
        text="Hola Priyanka:\n\nNos encantaría conocerte. Te proponemos una entrevista por Teams con "
        "nuestra directora de Personas el jueves 18 de septiembre a las 17:00 (hora peninsular), que "
        "serían las 9:00 en Denver.\n\nLa conversación será en inglés. Te enviaré la convocatoria en breve.\n\n"
        "Un saludo,\nMarta Ibarra\nResponsable de Talento\nVeltrano Ibérica (Grupo Veltrano)")

    t = T(2026, 4, 15, 16, 0, "Europe/Zurich")
    add("interview", frm="Sabine Huber <sabine.huber@alpwerk.ch>",
        subj="Einladung zum Vorstellungsgespräch - Leitung HR Operations",
        date=T(2026, 4, 7, 14, 20, "Europe/Zurich"), company="Alpwerk Systeme AG", contact="Sabine",
        role="Leitung HR Operations", lang="de", iat=t,
        text="Liebe Frau Venkataraman-Cole\n\nherzlichen Dank für Ihre Bewerbung. Gerne laden wir Sie zu "
        "einem ersten Vorstellungsgespräch per Microsoft Teams ein:\n\nMittwoch, 15. April 2026, 16:00 Uhr "
        "(MESZ)\nTeilnehmende: Sabine Huber, Reto Imhof (CFO)\n\nBitte bestätigen Sie uns den Termin kurz "
        "per E-Mail.\n\nFreundliche Grüsse\nSabine Huber\nHead of Talent Acquisition\nAlpwerk Systeme AG")

    add("interview", frm="=?utf-8?q?Am=C3=A9lie_Dufresne?= <amelie.dufresne@arvelis.be>",
        subj="Entretien - HR Business Partner", date=T(2026, 6, 11, 9, 30, "Europe/Brussels"),
        company="Arvélis", contact="Amélie", role="HR Business Partner", lang="fr",
        notes="French; several slots",
        text="Bonjour Priyanka,\n\nVotre candidature a retenu toute notre attention et nous souhaiterions "
        "vous rencontrer en visioconférence. Voici quelques créneaux (heure de Bruxelles) :\n\n"
        "- mardi 16 juin, 16h00\n- mercredi 17 juin, 17h30\n- vendredi 19 juin, 15h00\n\n"
        "Pouvez-vous me dire lequel vous convient ?\n\nBien à vous,\nAmélie Dufresne\n"
        "Talent Acquisition Manager - Arvélis")

    t = T(2026, 9, 17, 14, 0, "America/New_York")
    add("interview", frm="Priya Natarajan <people@brightbarrow.io>", subj="Small change for Thursday",
        date=T(2026, 9, 15, 11, 2, "America/New_York"), company="Brightbarrow", contact="Priya",
        role="Senior People Partner", iat=t, diff="hard", notes="'unfortunately' but the interview stands",
        text="Hi Priyanka,\n\nUnfortunately our CPO has a board conflict on Thursday, so you'll meet Dana "
        f"Whitfield, our VP of People, instead. Same time ({t:%A} at 2:00 pm ET) and same Zoom link, so nothing "
        "changes on your side.\n\nPriya\nRecruiting Lead, Brightbarrow")

    add("interview", frm="Lena Marsh-Ortiz <lmarshortiz@quarrystonebuilders.com>",
        subj="Tomorrow's panel", date=T(2025, 4, 21, 16, 40), company="Quarrystone Builders",
        contact="Lena", role="HR Manager, Field Operations", diff="hard",
        notes="cancels tomorrow's panel but will reschedule",
        text="Hi Priyanka,\n\nI'm so sorry for the late notice, but we need to cancel tomorrow's panel. Our "
        "GM got called out to the Pueblo site. We still very much want to meet you; I'll send new times by "
        "Wednesday.\n\nLena Marsh-Ortiz\nTalent Acquisition, Quarrystone Builders")

    t = T(2026, 8, 11, 10, 30)
    add("interview", frm="Jolene Faircloth <jfaircloth@fcbank.com>", subj="Quick call re: VP HRBP",
        date=T(2026, 8, 10, 7, 45), company="First Cordillera Bank", contact="Jolene",
        role="VP, HR Business Partner", iat=t, diff="hard", notes="relative time ('tomorrow at 10:30')",
        text="Hi Priyanka,\n\nThanks for the quick reply. I'll call you tomorrow at 10:30 your time for a "
        "30-minute screen on the VP, HR Business Partner role. I'll use the number on your resume.\n\n"
        "Jolene Faircloth\nTalent Acquisition Partner | First Cordillera Bank")

    t = T(2026, 7, 24, 11, 0, "America/Phoenix")
    add("interview", frm="Naomi Castellanos <ncastellanos@redcedarlogistics.com>",
        subj="HR Director - next round", date=T(2026, 7, 17, 9, 5, "America/Phoenix"),
        company="Redcedar Logistics", contact="Naomi", role="HR Director", iat=t, diff="hard",
        notes="'offer you a second-round interview'; Arizona time",
        text=f"Dear Priyanka,\n\nI'm pleased to offer you a second-round interview for the HR Director role. "
        f"We'd like to host you at our Phoenix distribution center on {day(t)} at 11:00 AM Arizona time. "
        "We'll cover your travel; Marisol will send flight options.\n\nBest regards,\nNaomi Castellanos\n"
        "Chief Operating Officer, Redcedar Logistics")

    add("interview", frm="First Cordillera Bank <noreply@hirevue.com>",
        subj="Complete your video interview - Employee Relations Manager", date=T(2025, 3, 24, 9, 0),
        company="First Cordillera Bank", role="Employee Relations Manager", hdrs=AUTO_GEN,
        notes="one-way recorded video interview with deadline", cte="base64",
        html=html_wrap("Hello Priyanka,\n\nFirst Cordillera Bank has invited you to complete an on-demand "
        "video interview for <b>Employee Relations Manager</b>. You will answer 5 questions; each answer can "
        "be up to 3 minutes long.\n\nPlease complete it by March 28, 2025.\n\n"
        "<a href=\"https://app.hirevue.com/i/fcb-erm-2025\">Start interview</a>"))

    add("interview", frm=ASHBY, subj="Tallyloom: pick times for your conversation with our CEO",
        date=T(2025, 10, 6, 13, 30, "America/Los_Angeles"), company="Tallyloom", role="VP, People",
        notes="Ashby self-scheduling link",
        text="Hi Priyanka,\n\nAmir would like to meet you for a 45-minute interview. Please select times that "
        "work for you using the link below:\n\nhttps://jobs.ashbyhq.com/tallyloom/schedule/c8a1\n\n"
        "Tallyloom Hiring Team")


# ================================================================ offers
def offers() -> None:
    add("offer", frm="Vivian Oduya <voduya@harlowpike.com>", subj="Offer letter - Senior HR Business Partner",
        date=T(2026, 10, 30, 15, 0, "America/Chicago"), company="Harlow & Pike Consulting", contact="Vivian",
        role="Senior HR Business Partner", pdf="Harlow_Pike_Offer_Venkataraman-Cole.pdf",
        notes="offer letter attached",
        text="Dear Priyanka,\n\nWe are delighted to offer you the position of Senior HR Business Partner at "
        "Harlow & Pike Consulting. Your offer letter is attached; please review and sign by November 6.\n\n"
        "Warm regards,\nVivian Oduya\nDirector of Human Resources\nHarlow & Pike Consulting, LLP")

    add("offer", frm="=?utf-8?q?In=C3=A9s_Calder=C3=B3n?= <icalderon@alpenglowresorts.com>",
        subj="Following up on today", date=T(2026, 10, 9, 18, 20), company="Silverpine Mountain Resort",
        contact="Inés", role="Talent Acquisition Manager", diff="hard",
        notes="written follow-up to a verbal offer; never says 'offer'",
        text="Priyanka,\n\nIt was great to finally say it out loud today: we want you on the team. To recap "
        "what we discussed:\n\n- Talent Acquisition Manager, reporting to me\n- $128,000 base, 10% bonus\n"
        "- Season pass for you and your family\n- Start date in early November, before opening day\n\n"
        "Paperwork will come from our HR system once you say yes. Take the weekend.\n\nInés\n\n"
        "Inés Calderón\nDirector of Human Resources | Silverpine Mountain Resort")

    add("offer", frm=WD_BANK, subj="Action required: Review your offer",
        date=T(2026, 10, 20, 9, 0, "America/Chicago"), company="First Cordillera Bank",
        role="Senior HR Business Partner, Retail Banking", hdrs=AUTO_GEN, notes="Workday offer task",
        html=html_wrap("Hi Priyanka,\n\nCongratulations! First Cordillera Bank has extended an offer for "
        "<b>Senior HR Business Partner, Retail Banking</b>. Sign in to your candidate home to review and "
        "accept your offer.\n\n<a href=\"https://fcbank.wd5.myworkdayjobs.com/candidatehome\">Review offer</a>"))

    add("offer", frm=GIDEON, subj="Mesaridge", date=T(2026, 9, 30, 17, 10, "America/Chicago"),
        company="Mesaridge Energy", contact="Gideon", role="Chief People Officer", diff="hard",
        notes="exec-search consultant relays client's offer",
        text="Priyanka,\n\nThe board restarted the search two weeks ago and Dale just called me: Mesaridge "
        "wants you as their Chief People Officer. He'll send the formal offer tomorrow, but the headline "
        "numbers are $265k base, 40% target bonus and an LTI grant. Call me tonight if you can.\n\n" + GIDEON_SIG)

    add("offer", frm="Marta Ibarra <marta.ibarra@veltrano.es>", subj="Carta de oferta - HR Business Partner Senior",
        date=T(2026, 6, 2, 12, 0, "Europe/Madrid"), company="Veltrano Ibérica", contact="Marta",
        role="HR Business Partner Senior", lang="es", pdf="Carta_oferta_Veltrano.pdf",
        text="Hola Priyanka:\n\n¡Enhorabuena! Nos alegra mucho ofrecerte el puesto de HR Business Partner "
        "Senior, en remoto desde Denver con viajes trimestrales a Madrid. Te adjuntamos la carta de oferta "
        "con las condiciones.\n\nTe agradecería una respuesta antes del 12 de junio.\n\nUn abrazo,\n"
        "Marta Ibarra\nResponsable de Talento\nVeltrano Ibérica")

    add("offer", frm="Kessling County Human Resources <hr@kesslingcounty.gov>",
        subj="Conditional Offer of Employment - Deputy Human Resources Director",
        date=T(2026, 11, 10, 10, 0), company="Kessling County", contact="Rochelle",
        role="Deputy Human Resources Director", diff="hard",
        notes="conditional offer; 'unable' and 'withdrawn' appear in conditions",
        text="Dear Ms. Venkataraman-Cole,\n\nI am pleased to extend to you a conditional offer of employment "
        "as Deputy Human Resources Director, Grade M7, Step 4 ($121,480 annually).\n\nThis offer is "
        "contingent on a background check. If we are unable to complete the check, or the results are "
        "unsatisfactory, the offer may be withdrawn.\n\nPlease sign and return the acceptance form by "
        "November 17.\n\nRochelle Dunmore\nHuman Resources Director, Kessling County")


# ================================================================ application received
def acks() -> None:
    add("application_received", frm=GH, subj="Thank you for applying to Corvidra",
        date=T(2026, 1, 27, 22, 14, "America/New_York"), company="Corvidra",
        role="Senior People Business Partner",
        text="Hi Priyanka,\n\nThanks for applying to the Senior People Business Partner role at Corvidra! Our "
        "team will review your application and reach out if there's a match.\n\nBest,\nCorvidra Recruiting")

    add("application_received", frm=LEVER, subj="Thanks for applying to Fernhollow",
        date=T(2025, 1, 9, 20, 5, "America/Los_Angeles"), company="Fernhollow",
        role="Head of People Operations",
        text="Priyanka,\n\nThank you for your interest in Fernhollow! We received your application for Head of "
        "People Operations and will be in touch soon.\n\nThe Fernhollow team")

    add("application_received", frm=WD_BANK, subj="Thank you for applying: VP, HR Business Partner",
        date=T(2026, 7, 29, 23, 1, "America/Chicago"), company="First Cordillera Bank",
        role="VP, HR Business Partner", hdrs=AUTO_GEN,
        text="Dear Priyanka,\n\nThank you for applying for VP, HR Business Partner (R-26310) at First Cordillera "
        "Bank. Your application has been submitted successfully. You can check its status at any time in "
        "your candidate home.\n\nFirst Cordillera Bank Talent Acquisition")

    add("application_received", frm=ICIMS, subj="LVHS Application Confirmation",
        date=T(2025, 7, 2, 5, 58), company="Larkspur Valley Health System",
        role="HR Business Partner, Surgical Services", hdrs=AUTO_GEN, notes="acronym in sender and subject",
        text="Dear Priyanka,\n\nThis confirms we have received your application for HR Business Partner, "
        "Surgical Services (Req 2025-11842). A recruiter will review your qualifications.\n\n"
        "Larkspur Valley Health System | Talent Acquisition\nPlease do not reply to this email.")

    add("application_received", frm=SMART, subj="We've received your application",
        date=T(2025, 7, 21, 8, 0, "America/Chicago"), company="Bellweather Foods",
        role="Regional HR Business Partner", diff="hard",
        notes="describes interview and 'not selected' paths as future steps",
        text="Hi Priyanka,\n\nWe've received your application for Regional HR Business Partner. Here's what "
        "happens next: if your background matches, a recruiter will contact you to schedule a phone "
        "interview. If you are not selected to move forward, we'll let you know by email.\n\n"
        "Thanks for considering Bellweather Foods!")

    add("application_received", frm=JOBVITE, subj="Application received - HR Manager, Field Operations",
        date=T(2025, 3, 30, 14, 40), company="Quarrystone Builders", role="HR Manager, Field Operations",
        text="Dear Priyanka,\n\nThank you for applying for HR Manager, Field Operations at Quarrystone "
        "Builders. We have received your application.\n\nQuarrystone Builders Talent Team")

    add("application_received", frm=TALEO, subj="Thistlecrest Insurance Co. - Application Received",
        date=T(2025, 5, 12, 1, 22, "America/New_York"), company="Thistlecrest Insurance Co.",
        role="Senior HR Business Partner", hdrs=AUTO_GEN,
        text="Dear Priyanka Venkataraman-Cole,\n\nThank you for submitting your application for requisition "
        "25-0412, Senior HR Business Partner. We will review your qualifications.\n\nThistlecrest Insurance Co.")

    add("application_received", frm=BAMBOO, subj="Thanks for applying!",
        date=T(2025, 11, 11, 13, 3, "America/Los_Angeles"), company="Juno Harbor Labs",
        role="People Operations Lead", diff="hard", notes="'unfortunately' in an acknowledgement",
        text="Hi Priyanka,\n\nThanks for applying for People Operations Lead at Juno Harbor Labs. We read every "
        "application. Unfortunately we can't respond to each one personally, but if your experience lines up "
        "with what we need, someone from the team will reach out within two weeks.\n\nJuno Harbor Labs")

    add("application_received", frm=TEAMT, subj="Thanks for your application, Priyanka!",
        date=T(2026, 3, 2, 18, 30, "Europe/London"), company="Wildmoor Apparel",
        role="HR Business Partner (Retail)",
        html=html_wrap("Hi Priyanka,\n\nThanks for applying for <b>HR Business Partner (Retail)</b>! We'll "
        "review your application and get back to you.\n\nWildmoor Apparel People Team"))

    add("application_received", frm=WORKABLE, subj="Patchwise: application received",
        date=T(2026, 5, 4, 21, 0, "America/New_York"), company="Patchwise", role="People Partner",
        text="Hi Priyanka,\n\nThank you for applying for the People Partner position at Patchwise. We have "
        "received your application and will review it shortly.\n\nThe Patchwise Team")

    add("application_received", frm=RECRUITEE, subj="Application received: People & Culture Lead",
        date=T(2025, 1, 15, 9, 12, "Europe/Amsterdam"), company="Kiteline Analytics",
        role="People & Culture Lead", cte="base64", notes="HTML only, base64",
        html=html_wrap("Dear Priyanka,\n\nWe received your application for <b>People & Culture Lead</b>. "
        "Our team is reviewing applications and will update you soon.\n\nKiteline Analytics"))

    add("application_received", frm=PERSONIO, subj="Eingangsbestätigung Ihrer Bewerbung",
        date=T(2026, 2, 2, 8, 5, "Europe/Zurich"), company="Alpwerk Systeme AG",
        role="HR Business Partner (m/w/d)", lang="de", hdrs=AUTO_GEN,
        text="Sehr geehrte Frau Venkataraman-Cole\n\nvielen Dank für Ihre Bewerbung als HR Business Partner "
        "(m/w/d). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Wir melden uns "
        "innerhalb von zwei Wochen bei Ihnen.\n\nFreundliche Grüsse\nIhr HR-Team der Alpwerk Systeme AG")

    add("application_received", frm="Arvélis Recrutement <recrutement@arvelis.be>",
        subj="Accusé de réception de votre candidature", date=T(2026, 5, 28, 7, 40, "Europe/Brussels"),
        company="Arvélis", role="HR Business Partner", lang="fr",
        text="Bonjour Priyanka,\n\nNous vous remercions pour votre candidature au poste de HR Business "
        "Partner. Celle-ci a bien été reçue et sera étudiée avec attention par notre équipe. Nous reviendrons "
        "vers vous dans les meilleurs délais.\n\nL'équipe Recrutement\nArvélis SA")

    add("application_received", frm="Veltrano Ibérica <empleo@veltrano.es>",
        subj="Hemos recibido tu candidatura", date=T(2025, 8, 26, 19, 0, "Europe/Madrid"),
        company="Veltrano Ibérica", role="HR Business Partner", lang="es",
        text="Hola Priyanka:\n\nGracias por inscribirte en la oferta de HR Business Partner. Hemos recibido tu "
        "candidatura correctamente. Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en "
        "contacto contigo.\n\nEquipo de Talento - Veltrano Ibérica")

    add("application_received", frm=NEOGOV, subj="Thank you for applying - Human Resources Manager",
        date=T(2026, 3, 9, 12, 12), company="Kessling County", role="Human Resources Manager",
        hdrs=AUTO_GEN, diff="hard", notes="explains future interview and 'not selected' notices",
        text="Thank you for your application for Human Resources Manager (Recruitment #26-0193) with Kessling "
        "County.\n\nAll applications are reviewed for minimum qualifications. Applicants who are selected "
        "for an oral board interview will be notified by email. Applicants who are not selected will also be "
        "notified once the recruitment closes.\n\nKessling County Human Resources")

    add("application_received", frm=PARADOX, subj="Thanks for applying to Silverpine!",
        date=T(2026, 3, 29, 21, 10), company="Silverpine Mountain Resort",
        role="HR Manager, Mountain Operations", hdrs=AUTO_GEN, diff="hard",
        notes="chatbot acknowledgement that talks about scheduling",
        text="Hi Priyanka, it's Olivia, Silverpine's recruiting assistant! Thanks for applying for HR "
        "Manager, Mountain Operations. I've passed your application to the hiring team. If they'd like to "
        "meet you, I'll text you to find an interview time.")


# ================================================================ auto replies
def auto_replies() -> None:
    ar = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
    add("auto_reply", frm="Lauren Cho <lauren.cho@corvidra.com>", subj="Automatic reply: Thank you",
        date=T(2026, 3, 10, 8, 2, "America/New_York"), company="Corvidra", contact="Lauren", ret="2026-03-16",
        hdrs=ar, notes="'back on 3/16'",
        text="Thanks for your email. I'm out of the office and will be back on 3/16. For urgent recruiting "
        "matters, please contact talent@corvidra.com.\n\nLauren")

    add("auto_reply", frm="Kit Alvarado <kit@fernhollow.com>", subj="Out of office Re: Head of People Ops",
        date=T(2026, 3, 4, 10, 0, "America/Los_Angeles"), company="Fernhollow", contact="Kit",
        ret="2026-03-09", hdrs={"Auto-Submitted": "auto-replied"}, notes="'returning Monday 9 March'",
        text="Hi there, I'm offline for a family trip and returning Monday 9 March. I'll reply when I'm "
        "back.\n\nKit")

    add("auto_reply", frm="Joy Whitcomb <joy@tallyloom.com>", subj="Away: VP People follow-up",
        date=T(2026, 7, 8, 9, 15, "America/Los_Angeles"), company="Tallyloom", contact="Joy",
        ret="2026-07-17", diff="hard", hdrs={"X-Autoreply": "yes"},
        notes="'until 2026-07-16 inclusive'; return taken as next day",
        text="I am out of office until 2026-07-16 inclusive with no access to email. Your message will be "
        "read after my return.\n\nJoy Whitcomb | CFO | Tallyloom")

    add("auto_reply", frm="Annette Crowe <acrowe@lvhs.org>", subj="Automatic reply: checking in",
        date=T(2026, 2, 16, 12, 3), company="Larkspur Valley Health System", contact="Annette",
        hdrs=ar, notes="no longer with the organization; redirect",
        text="Thank you for your message. I am no longer with Larkspur Valley Health System. For "
        "recruiting questions, please contact Derek Sato at dsato@lvhs.org.")

    add("auto_reply", frm="Kessling County HR <noreply@kesslingcounty.gov>",
        subj="RE: Question about Recruitment #26-0193", date=T(2026, 3, 12, 9, 1),
        company="Kessling County", role="Human Resources Manager", hdrs={"Auto-Submitted": "auto-replied"},
        diff="hard", notes="unmonitored mailbox reply quoting a question about the recruitment",
        text="This mailbox is not monitored. Your message has not been read. For questions about a "
        "recruitment, call (303) 555-0110 or visit the county careers page.\n\n-----Original Message-----\n"
        "Subject: Question about Recruitment #26-0193\n\nHello, could you tell me when oral board interviews "
        "are expected for the Human Resources Manager recruitment?\n")

    add("auto_reply", frm="Dev Raghunathan <dev@patchwise.com>", subj="Re: Checking in",
        date=T(2026, 4, 14, 13, 0, "America/New_York"), company="Patchwise", contact="Dev",
        diff="hard", notes="parental leave, vague return; no auto-reply headers",
        text="Hi! I'm on parental leave and will be back sometime in early summer. While I'm out, please "
        "reach out to recruiting@patchwise.com and someone will help.\n\nDev")

    add("auto_reply", frm="Sabine Huber <sabine.huber@alpwerk.ch>",
        subj="Abwesenheitsnotiz: Leitung HR Operations - Unterlagen", date=T(2026, 7, 20, 8, 0, "Europe/Zurich"),
        company="Alpwerk Systeme AG", contact="Sabine", role="Leitung HR Operations", ret="2026-08-03",
        lang="de", hdrs=ar, notes="German; 'ab Montag, 3. August'",
        text="Guten Tag\n\nIch bin bis und mit 31. Juli 2026 abwesend und ab Montag, 3. August wieder im "
        "Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
        "hr@alpwerk.ch.\n\nFreundliche Grüsse\nSabine Huber")

    add("auto_reply", frm="=?utf-8?q?Am=C3=A9lie_Dufresne?= <amelie.dufresne@arvelis.be>",
        subj="Réponse automatique : Suivi de candidature", date=T(2026, 10, 23, 17, 45, "Europe/Brussels"),
        company="Arvélis", contact="Amélie", ret="2026-11-02", lang="fr", hdrs=ar,
        notes="French absence message",
        text="Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 2 novembre. Pour toute "
        "question urgente, vous pouvez contacter recrutement@arvelis.be.\n\nBien à vous,\nAmélie Dufresne")

    add("auto_reply", frm="Tobias Reinholt <treinholt@alpenglowresorts.com>", subj="Re: thank you",
        date=T(2025, 10, 9, 18, 30), company="Silverpine Mountain Resort", contact="Tobias",
        ret="2025-10-13", diff="hard", notes="'back Monday' relative to Date; no headers",
        text="I'm up on the mountain doing lift inspections with no signal until I'm back Monday. If it's "
        "urgent, call the Silverpine front desk at (970) 555-0133.\n\n- Tobias")

    add("auto_reply", frm="Rosalind Achebe <rosalind.achebe@nimbleroot.com>",
        subj="Automatic reply: Re: Interview confirmation - Head of People",
        date=T(2026, 5, 28, 6, 0, "America/Los_Angeles"), company="Nimbleroot Software", contact="Rosalind",
        ret="2026-06-04", diff="hard", hdrs=ar, notes="subject says interview confirmation",
        text="I'm traveling for our offsite and will return Thursday, June 4. Responses will be delayed.\n\n"
        "Rosalind Achebe | COO | Nimbleroot Software")

    add("auto_reply", frm=GIDEON, subj="Out of Office: Mesaridge timing",
        date=T(2026, 10, 19, 22, 0, "America/Chicago"), company="Hallorann Searle Partners", contact="Gideon",
        ret="2026-10-27", diff="hard", hdrs={"X-Autoreply": "yes"},
        notes="exec-search firm auto-reply; company is the firm, not the client",
        text="I am traveling in Asia with limited access to email and will respond on my return Tuesday "
        "27 October. For urgent matters please contact my associate, Leah Brandt, at "
        "lbrandt@hallorannsearle.com.\n\n" + GIDEON_SIG)

    add("auto_reply", frm="Marta Ibarra <marta.ibarra@veltrano.es>", subj="Fuera de la oficina",
        date=T(2026, 8, 10, 9, 0, "Europe/Madrid"), company="Veltrano Ibérica", contact="Marta",
        ret="2026-08-24", lang="es", hdrs=ar, notes="Spanish",
        text="Hola,\n\nEstoy de vacaciones y volveré a la oficina el lunes 24 de agosto. Durante mi ausencia "
        "no revisaré el correo. Para asuntos urgentes, escribe a talento@veltrano.es.\n\nUn saludo,\nMarta")

    add("auto_reply", frm="Jolene Faircloth <jfaircloth@fcbank.com>", subj="Automatic reply: Interview times",
        date=T(2026, 6, 22, 14, 40), company="First Cordillera Bank", contact="Jolene", ret="2026-06-24",
        diff="hard", hdrs={"Auto-Submitted": "auto-replied"},
        notes="conference OOO mentions interview scheduling",
        text="Thanks for reaching out! I'm at the SHRM Annual Conference and back in the office on Wed 6/24. "
        "If you're a candidate trying to schedule an interview, please use the scheduling link in your "
        "invitation email and it will go straight to our coordinator.\n\nJolene")

    add("auto_reply", frm="Cutler State University HR <hr@cutlerstate.edu>",
        subj="Auto Reply: Position #S04410", date=T(2025, 12, 23, 12, 0), company="Cutler State University",
        ret="2026-01-02", hdrs=ar, notes="office closed for winter break, reopens January 2",
        text="The Office of Human Resources is closed for winter break from December 24 through January 1. "
        "We will respond to your message when the office reopens on Friday, January 2, 2026.")


# ================================================================ other (incl. hard negatives)
def others() -> None:
    fw = {"X-Forwarded-To": MYADDR, "X-Forwarded-For": "pvenkataraman-cole@cairnfield.io"}
    t = T(2026, 2, 19, 11, 0)
    add("other", frm="Cairnfield Recruiting <no-reply@us.greenhouse-mail.io>", to=WORK,
        subj="Interview scheduled: Jordan Pike - Payroll Specialist", date=T(2026, 2, 16, 10, 30),
        diff="hard", notes="employer HR work: she is the interviewer", hdrs=fw,
        text=f"Hi Priyanka,\n\nYou've been added as an interviewer.\n\nCandidate: Jordan Pike\nJob: Payroll "
        f"Specialist\nWhen: {day(t)}, 11:00 AM - 11:45 AM MST\nInterview: HR Screen\n\nYour scorecard will "
        "be available in Greenhouse 15 minutes before the interview.",
        cal=ics("Interview: Jordan Pike (Payroll Specialist)", t, 45, "no-reply@greenhouse.io",
                attendee="pvenkataraman-cole@cairnfield.io"))

    add("other", frm="Cairnfield Workday <cairnfield@myworkday.com>", to=WORK,
        subj="Approval needed: Offer for Marisa Quon - Senior Accountant", date=T(2025, 6, 11, 9, 5),
        diff="hard", notes="employer HR work: offer approval task", hdrs=fw,
        text="You have a new inbox item.\n\nBusiness Process: Offer: Marisa Quon - Senior Accountant (R-1042)\n"
        "Step: Approval by HR Partner\nInitiated by: Tom Albers\n\nPlease review the offer details and approve "
        "or send back.\n\nCairnfield Systems via Workday")

    add("other", frm="Renata Gallo <rgallo@cairnfield.io>", to=WORK, contact="Renata",
        subj="CONFIDENTIAL - Ops org changes, talking points", date=T(2025, 11, 6, 19, 40),
        diff="hard", notes="internal reorg note: position eliminated (not hers)", hdrs=fw,
        text="Priyanka,\n\nAhead of Monday: the Facilities Coordinator and Office Services Lead positions will "
        "be eliminated as part of the Ops reorg, and the hiring freeze extends to all backfills through Q1. "
        "Can you draft talking points for the managers and an FAQ for the two affected employees? Severance "
        "terms are in the shared folder.\n\nThanks,\nRenata\n\nRenata Gallo\nChief People Officer, "
        "Cairnfield Systems")

    add("other", frm="Jordan Pike <jordan.pike.cpa@gmail.com>", to=WORK, contact="Jordan",
        subj="Thank you for the interview", date=T(2026, 2, 19, 15, 22), diff="hard",
        notes="candidate thanks her for interviewing them", hdrs=fw,
        text="Hi Priyanka,\n\nThank you for taking the time to interview me today for the Payroll Specialist "
        "role. I really enjoyed learning about Cairnfield's move to a single payroll platform, and I'm very "
        "interested in next steps.\n\nBest,\nJordan Pike")

    add("other", frm="Elise Marchetti <elise.marchetti@fastmail.com>", to=WORK, contact="Elise",
        subj="Re: Offer - Product Marketing Manager", date=T(2025, 8, 27, 8, 50, "America/New_York"),
        diff="hard", notes="candidate declines her employer's offer", hdrs=fw,
        text="Dear Priyanka,\n\nThank you so much for the offer and for your patience while I thought it "
        "over. After a lot of reflection I've decided to decline; I've accepted a role closer to family in "
        "Boston. I'm sorry to disappoint the team.\n\nWarmly,\nElise")

    add("other", frm="Tom Albers <talbers@cairnfield.io>", to=WORK, contact="Tom",
        subj="rejection email template - can you review?", date=T(2026, 9, 2, 13, 15), diff="hard",
        notes="colleague asks her to review a rejection template", hdrs=fw,
        text="Hey P, legal wants us to tighten the candidate rejection template. Draft below - does this read "
        "ok to you?\n\n\"Thank you for your interest in Cairnfield Systems. After careful consideration, we "
        "have decided not to move forward with your application at this time.\"\n\nTom")

    add("other", frm="Cairnfield Workday <cairnfield@myworkday.com>", to=WORK,
        subj="Requisition R-1188 status changed to On Hold", date=T(2025, 11, 10, 7, 0), diff="hard",
        notes="employer's own requisition put on hold", hdrs=fw,
        text="Requisition R-1188 (Office Services Lead) has been placed On Hold by Renata Gallo.\n"
        "Reason: Hiring freeze.\n\nNo action is required from you.\n\nCairnfield Systems via Workday")

    add("other", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        subj="15 new jobs for 'HR Business Partner' in Denver, CO", date=T(2025, 5, 5, 6, 30),
        hdrs={"List-Unsubscribe": "<https://www.linkedin.com/jobs/alerts/unsubscribe>"}, notes="job alert digest",
        html=html_wrap("<b>HR Business Partner</b> - Aurora Ridge Health - Aurora, CO\n\n"
        "<b>Senior People Partner</b> - Cobalt Trail Software - Remote\n\n"
        "<b>HRBP, Manufacturing</b> - Highplains Mills - Greeley, CO\n\n<a href=\"#\">See all 15 jobs</a>"))

    add("other", frm="Indeed <alert@indeed.com>", subj="3 employers viewed your resume this week",
        date=T(2026, 1, 5, 7, 15, "America/Chicago"), notes="job board notification",
        hdrs={"List-Unsubscribe": "<mailto:unsubscribe@indeed.com>"},
        text="Your resume is getting noticed! 3 employers viewed your resume this week, including a hospital "
        "system and a bank.\n\nUpdate your resume to stay at the top of search results.")

    add("other", frm="The People Brief <newsletter@peoplebrief.news>",
        subj="How to bounce back after a final-round rejection", date=T(2026, 4, 21, 5, 0, "America/New_York"),
        diff="hard", notes="newsletter about rejection and interviews",
        hdrs={"List-Unsubscribe": "<https://peoplebrief.news/unsub>", "Precedence": "bulk"},
        html=html_wrap("<h2>This week: getting to 'no' gracefully</h2>\n\n\"Unfortunately, we have decided "
        "to move forward with another candidate.\" If you've been on the receiving end after a final-round "
        "interview, here's how senior HR leaders say they regroup.\n\nAlso: three questions to ask when an "
        "offer comes in below band."))

    add("other", frm="HR Uncut Podcast <hello@hruncut.fm>",
        subj="New episode: our interview with the CHRO who cut hiring time in half",
        date=T(2025, 9, 30, 6, 0, "America/New_York"), diff="hard", notes="podcast 'interview'",
        hdrs={"List-Unsubscribe": "<https://hruncut.fm/unsubscribe>", "Precedence": "bulk"},
        html=html_wrap("Episode 112 is live! In this interview, we sit down with a Fortune 500 CHRO to talk "
        "about structured interviews, offer acceptance rates and why she rejects 'culture fit'.\n\n"
        "<a href=\"#\">Listen now</a>"))

    add("other", frm="Silverpine Mountain Resort <noreply@alpenglowresorts.com>",
        subj="Your payment was declined", date=T(2025, 11, 28, 22, 4), diff="hard",
        notes="card declined by a prospective employer's resort; 'unfortunately'",
        text="Hi Priyanka,\n\nUnfortunately, your payment for the Silverpine Season Pass (Adult) could not be "
        "processed because your card was declined. Please update your payment method within 48 hours to "
        "keep your pass reserved.\n\nSilverpine Mountain Resort Guest Services")

    add("other", frm="Cobblestone Home <deals@cobblestonehome.com>",
        subj="Special offer: 20% off everything this weekend", date=T(2025, 2, 14, 8, 0, "America/New_York"),
        hdrs={"List-Unsubscribe": "<https://cobblestonehome.com/u>", "Precedence": "bulk"},
        notes="marketing 'offer'",
        html=html_wrap("<h1>Our offer to you: 20% off</h1>\n\nUse code HOME20 at checkout. Offer ends Sunday."))

    add("other", frm="Leasing at The Foundry Lofts <leasing@foundrylofts.com>",
        subj="Your rental application", date=T(2025, 4, 9, 16, 0), contact="Darnell", diff="hard",
        notes="apartment application not approved",
        text="Hi Priyanka,\n\nThank you for applying to The Foundry Lofts. Unfortunately, we are unable to "
        "approve your application for unit 4C at this time because another applicant's paperwork was "
        "completed first. We'd be happy to put you on the waitlist.\n\nDarnell\nLeasing Consultant")

    add("other", frm="Admissions - Aspen Hollow Montessori <admissions@aspenhollowmontessori.org>",
        subj="Admission offer for Arjun", date=T(2026, 3, 2, 16, 30), contact="Colleen", diff="hard",
        notes="school admission 'offer' for her child",
        text="Dear Priyanka,\n\nWe are delighted to offer Arjun a place in our Upper Elementary program for "
        "the 2026-27 school year. Please accept the offer by March 16 to hold his spot.\n\nColleen Reyes\n"
        "Director of Admissions")

    add("other", frm="Rahul Verma <rahul.v@talentsparkglobal.com>",
        subj="Immediate need: HR Generalist (contract) - Chicago, IL", date=T(2025, 7, 15, 10, 3, "Asia/Kolkata"),
        contact="Rahul", role="HR Generalist", diff="hard", notes="recruiter mass mailing",
        text="Hi,\n\nHope you are doing well. We have an immediate need for HR Generalist (6+ months contract, "
        "onsite Chicago). If interested, please share your updated resume and a good time for a quick call. "
        "Interviews this week!\n\nRegards,\nRahul Verma\nTalentSpark Global")

    add("other", frm="Meg Thornbury <megthornbury@gmail.com>", subj="guess who got to the final round",
        date=T(2026, 6, 30, 21, 12), contact="Meg", diff="hard",
        notes="friend writes about her own interview and offer hopes",
        text="P!!\n\nI had my final interview at the credit union today and I think it went well?? They said "
        "they'd make an offer decision by Friday. If it's a no I'm going to need margaritas. If it's a yes, "
        "also margaritas.\n\nHow's your search going? Still hearing from that ski place?\n\nMeg")

    add("other", frm="Dani Whitlock <dani.whitlock@icloud.com>", subj="Fwd: Director of People - saw this",
        date=T(2025, 8, 4, 12, 50), contact="Dani", diff="hard", notes="friend forwards a job posting",
        text="Saw this and immediately thought of you. My cousin works there, want an intro?\n\n"
        "---------- Forwarded message ---------\nFrom: Cobalt Trail Software Careers\nSubject: Director of "
        "People\n\nWe're hiring a Director of People to lead HR for our 400-person team. You'll partner with "
        "the exec team on org design, comp and performance. Apply by August 31.\n")

    add("other", frm="Colorado HR Summit <speakers@cohrsummit.org>",
        subj="Your session proposal for CO HR Summit 2026", date=T(2026, 5, 6, 11, 0), diff="hard",
        notes="conference talk proposal not accepted",
        text="Dear Priyanka,\n\nThank you for submitting 'Managing People Through a Hiring Freeze' to the "
        "2026 Colorado HR Summit. We received over 300 proposals, and we regret that we are unable to include "
        "your session in this year's program.\n\nWe hope to see you in the audience.\n\nThe Program Committee")

    add("other", frm="Front Range Trail Crew <volunteer@frtrailcrew.org>",
        subj="Volunteer application update", date=T(2025, 6, 2, 9, 30), contact="Hal", diff="hard",
        notes="volunteer session full; 'not selected' wording",
        text="Hi Priyanka,\n\nThanks for applying to join our June 14 trail build. The session filled up "
        "quickly and you were not selected in the lottery this time. We've added you to the waitlist and "
        "will let you know about July dates.\n\nHappy trails,\nHal")

    add("other", frm="Foothill Federal Credit Union <alerts@foothillfcu.org>",
        subj="Update on your credit limit request", date=T(2026, 8, 3, 6, 45), diff="hard",
        notes="credit request not approved",
        text="Dear Priyanka Venkataraman-Cole,\n\nWe have reviewed your request for a credit limit increase. "
        "At this time we are unable to approve the request. You may request a copy of the information we "
        "used in our decision.\n\nFoothill Federal Credit Union")

    t = T(2025, 10, 22, 18, 0)
    add("other", frm="Nora Pell <nora.pell@gmail.com>", subj="Invitation: HR book club - October",
        date=T(2025, 10, 8, 20, 0), contact="Nora", diff="hard",
        notes="personal calendar invite (text/calendar), not an interview",
        text=f"Hi all! Book club is {day(t)} at 6pm at my place. We're discussing 'The Fearless "
        "Organization'. Bring snacks!\n\nNora",
        cal=ics("HR book club - The Fearless Organization", t, 120, "nora.pell@gmail.com",
                location="Nora's place"))

    add("other", frm="Glassnode Careers Network <notifications@careersnetwork.com>",
        subj="Your application was viewed by the employer", date=T(2026, 2, 25, 14, 0), diff="hard",
        hdrs={"List-Unsubscribe": "<https://careersnetwork.com/unsub>"},
        notes="job-board 'application viewed' notification",
        text="Good news, Priyanka! An employer viewed the application you submitted through our network "
        "last week. Upgrade to Premium to see who viewed it and how you compare to other applicants.")

    add("other", frm="SHRM Webinars <webinars@shrmevents.org>",
        subj="Webinar: Mastering behavioral interviews", date=T(2025, 3, 3, 8, 0, "America/New_York"),
        notes="webinar invitation",
        hdrs={"List-Unsubscribe": "<https://shrmevents.org/unsub>", "Precedence": "bulk"},
        html=html_wrap("Join us Thursday for a live session on designing behavioral interview guides and "
        "calibrating panels. Earn 1.0 PDC.\n\n<a href=\"#\">Register</a>"))

    add("other", frm="HRCI <receipts@hrci.org>", subj="Receipt for your SPHR recertification",
        date=T(2025, 12, 1, 10, 10, "America/New_York"), notes="receipt",
        text="Thank you for your payment.\n\nItem: SPHR Recertification\nAmount: $150.00\n"
        "Paid with: Visa ending 4412\n\nHRCI")

    add("other", frm="Silverpine Mountain Resort <news@alpenglowresorts.com>",
        subj="Opening day is coming - pass offer ends Sunday", date=T(2026, 10, 15, 9, 0), diff="hard",
        notes="marketing from a prospective employer's resort; 'offer'",
        hdrs={"List-Unsubscribe": "<https://alpenglowresorts.com/unsubscribe>", "Precedence": "bulk"},
        html=html_wrap("<h1>Opening day: November 20</h1>\n\nLock in our best season pass offer before "
        "Sunday. We're also hiring for the season - apply at jobs.silverpine.com."))


def main() -> None:
    rejections()
    on_hold()
    interviews()
    offers()
    acks()
    auto_replies()
    others()
    random.Random(30).shuffle(ENTRIES)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    pol = policy.default.clone(linesep="\r\n")
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        for i, (msg, row) in enumerate(ENTRIES, 1):
            name = f"{i:03d}.eml"
            (OUT / name).write_bytes(msg.as_bytes(policy=pol))
            w.writerow({"file": name, **row})
    print(f"wrote {len(ENTRIES)} messages to {OUT}")


if __name__ == "__main__":
    main()
