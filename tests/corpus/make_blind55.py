"""Generate the blind55 evaluation corpus (job seeker: Wei Ling Tan, cybersecurity analyst, Singapore).

Stdlib only. Writes tests/corpus/blind55/NNN.eml and tests/corpus/blind55/labels.csv.
All people, companies and addresses are fictional.
Run: python tests/corpus/make_blind55.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind55"
ME = "Wei Ling Tan <weiling.tan.sec@gmail.com>"
ME_ADDR = "weiling.tan.sec@gmail.com"
COLUMNS = [
    "file", "label", "company", "contact_first_name", "role", "return_date",
    "lang", "difficulty", "notes", "interview_at",
]
MESSAGES: list[dict] = []


def M(label: str, company: str, contact: str, role: str, lang: str, diff: str, notes: str,
      frm: str, subject: str, date: str, body: str, **kw: object) -> None:
    """Register one message. date: 'YYYY-MM-DD HH:MM +HHMM'."""
    MESSAGES.append(dict(label=label, company=company, contact=contact, role=role, lang=lang,
                         diff=diff, notes=notes, frm=frm, subject=subject, date=date, body=body, **kw))


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def _fmt_time(d: datetime) -> str:
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}:{d.minute:02d} {ap}" if d.minute else f"{h} {ap}"


def _fill(text: str, spec: dict) -> str:
    iv = spec.get("iv")
    if iv:
        d = datetime.fromisoformat(iv)
        text = (text.replace("{ivday}", d.strftime("%A"))
                .replace("{ivdate}", f"{d.day} {d.strftime('%B %Y')}")
                .replace("{ivdm}", f"{d.day} {d.strftime('%B')}")
                .replace("{ivdmy}", d.strftime("%d/%m/%Y"))
                .replace("{ivtime}", _fmt_time(d))
                .replace("{iv24}", d.strftime("%H:%M")))
    ret = spec.get("ret")
    if ret:
        r = datetime.fromisoformat(ret)
        text = (text.replace("{retday}", r.strftime("%A"))
                .replace("{retdate}", f"{r.day} {r.strftime('%B %Y')}")
                .replace("{retdm}", f"{r.day} {r.strftime('%B')}")
                .replace("{retdmy}", r.strftime("%d/%m/%Y")))
    return text


def _to_html(text: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p style=\"margin:0 0 12px 0\">" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:16px\">\n"
            + "\n".join(out) + "\n</td></tr></table></body></html>\n")


def _ics(spec: dict, uid: str) -> str:
    d = datetime.fromisoformat(spec["iv"])
    end = d + timedelta(minutes=int(spec.get("ics_minutes", 45)))

    def u(x: datetime) -> str:
        return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    org = spec["frm"].split("<")[-1].rstrip(">")
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//blind55//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{uid}", f"DTSTAMP:{u(_dt(spec['date']))}", f"DTSTART:{u(d)}", f"DTEND:{u(end)}",
        f"SUMMARY:{spec.get('ics_summary', spec['subject'])}",
        f"ORGANIZER:mailto:{org}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}",
        f"LOCATION:{spec.get('ics_location', 'Microsoft Teams Meeting')}",
        "END:VEVENT", "END:VCALENDAR", ""])


def build(i: int, spec: dict) -> EmailMessage:
    msg = EmailMessage()
    d = _dt(spec["date"])
    frm = spec["frm"]
    dom = frm.split("@")[-1].rstrip(">").strip()
    h = hashlib.sha1(f"blind55-{i}-{spec['subject']}".encode()).hexdigest()
    msg["Delivered-To"] = ME_ADDR
    msg["Return-Path"] = f"<{spec.get('return_path', frm.split('<')[-1].rstrip('>'))}>"
    msg["From"] = frm
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = spec.get("to", ME)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{h[:16]}.{h[16:24]}@{spec.get('mid_domain', dom)}>"
    if spec.get("reply"):
        parent = f"<CAK{h[24:36].upper()}+{h[:8]}@mail.gmail.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in spec.get("hdrs", {}).items():
        msg[k] = v
    body = _fill(spec["body"], spec)
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte", "quoted-printable")
    if fmt == "plain":
        msg.set_content(body, cte=cte)
    elif fmt == "html":
        msg.set_content(_fill(spec.get("html") or _to_html(body), spec), subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte)
        msg.add_alternative(_fill(spec.get("html") or _to_html(body), spec), subtype="html", cte=cte)
    if spec.get("ics"):
        cal = _ics(spec, f"{h[:20]}@{dom}")
        msg.add_attachment(cal, subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
    if spec.get("pdf"):
        fake = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0"
                b"/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        msg.add_attachment(fake, maintype="application", subtype="pdf", filename=spec["pdf"])
    return msg


def check(spec: dict) -> None:
    d = _dt(spec["date"])
    if spec.get("iv"):
        assert spec["label"] == "interview", spec["subject"]
        iv = datetime.fromisoformat(spec["iv"])
        assert iv.tzinfo is not None
        local = d.astimezone(iv.tzinfo).date()
        rel = spec.get("rel")
        if rel == "tomorrow":
            assert (iv.date() - local).days == 1, spec["subject"]
        elif rel == "next":
            assert 0 < (iv.date() - local).days <= 7, spec["subject"]
        else:
            assert iv > d, spec["subject"]
    if spec.get("ret"):
        assert spec["label"] == "auto_reply"
        r = datetime.fromisoformat(spec["ret"]).date()
        if spec.get("rel") == "next":
            assert 0 < (r - d.date()).days <= 7, spec["subject"]
        assert r > d.date(), spec["subject"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for i, spec in enumerate(MESSAGES, 1):
        check(spec)
        name = f"{i:03d}.eml"
        msg = build(i, spec)
        (OUT / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
        rows.append({
            "file": name, "label": spec["label"], "company": spec["company"],
            "contact_first_name": spec["contact"], "role": spec["role"],
            "return_date": spec.get("ret", ""), "lang": spec["lang"], "difficulty": spec["diff"],
            "notes": spec["notes"],
            "interview_at": datetime.fromisoformat(spec["iv"]).isoformat() if spec.get("iv") else "",
        })
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


# --------------------------------------------------------------------------------------------
# Messages. Order is shuffled deterministically at the end so labels are not grouped.
# --------------------------------------------------------------------------------------------

# ---------------------------------------------------------------- rejection (26)
M("rejection", "Nightjar Security", "", "SOC Analyst II", "en", "easy", "Greenhouse template; 'won't be progressing'",
  "Nightjar Security Hiring Team <no-reply@us.greenhouse-mail.io>", "Your application to Nightjar Security",
  "2026-02-03 10:12 +0800", """Hi Wei Ling,

Thank you for applying for the SOC Analyst II position at Nightjar Security and for the time you put into your application.

After careful review, we won't be progressing your application to the next stage. We received a large number of applications and had to make some difficult choices.

We'd encourage you to keep an eye on our careers page for future openings that match your background.

Kind regards,
Talent Acquisition
Nightjar Security, Inc.
""", reply_to="Nightjar Recruiting <recruiting@nightjarsec.com>", hdrs={"Auto-Submitted": "auto-generated"})

M("rejection", "Orchard Pacific Bank", "", "Cyber Threat Intelligence Analyst", "en", "easy",
  "Workday HTML-only; 'other applicants whose experience more closely matches'",
  "Orchard Pacific Bank <orchardpacific@myworkday.com>", "Update on your application - Cyber Threat Intelligence Analyst (R-40712)",
  "2025-11-18 16:40 +0800", """Dear Wei Ling Tan,

Thank you for your interest in the Cyber Threat Intelligence Analyst role (R-40712) at Orchard Pacific Bank.

We have reviewed your application carefully and have decided to pursue other applicants whose experience more closely matches the requirements of this position.

We appreciate the time you invested and wish you every success in your career.

Orchard Pacific Bank Talent Acquisition

This is a system-generated email. Please do not reply.
""", fmt="html", cte="base64")

M("rejection", "Tembusu Telecom", "Farhan", "Incident Response Analyst", "en", "hard",
  "after final panel; 'team went a different direction'; keep in touch",
  "Farhan Iskandar <farhan.iskandar@tembusutel.com.sg>", "RE: Incident Response Analyst - final panel",
  "2026-04-09 18:55 +0800", """Hi Wei Ling,

Thanks again for coming in for the final panel last Thursday. Everyone enjoyed the tabletop exercise discussion, and your walkthrough of the ransomware containment scenario was one of the strongest we heard.

I wanted to tell you myself rather than via the portal: the team went a different direction and we've asked another candidate to join. It was genuinely close, and it came down to prior on-call experience in a carrier environment.

Please don't be a stranger. I'd be happy to keep in touch and I'll reach out if something fits better next year.

Warm regards,
Farhan Iskandar
Head of Cyber Defence | Tembusu Telecom
""", reply=True, fmt="alt")

M("rejection", "Southern Cross Cyber", "", "Detection Engineer", "en", "easy", "Lever template; Pty Ltd dropped",
  "Southern Cross Cyber <no-reply@hire.lever.co>", "Southern Cross Cyber | Detection Engineer",
  "2025-09-23 09:05 +1000", """Hi Wei Ling,

Thanks for taking the time to apply for the Detection Engineer role with us.

We've now completed our review and unfortunately we won't be moving forward with your application on this occasion. We know this isn't the news you were hoping for.

All the best with your search,
The Talent Team
Southern Cross Cyber Pty Ltd | Melbourne, VIC
""", hdrs={"List-Unsubscribe": "<https://hire.lever.co/unsubscribe/4d1c9a>"})

M("rejection", "Kinabalu Assurance", "Priya", "IT Security Analyst", "en", "hard",
  "agency recruiter relays client decision; sender domain is the agency",
  "Priya Raman <priya.raman@talentbridge.asia>", "Kinabalu Assurance - feedback",
  "2026-01-14 11:20 +0800", """Hi Wei Ling,

Hope your week is going well. I've just heard back from Kinabalu Assurance regarding the IT Security Analyst role in Kota Kinabalu.

They've reviewed the shortlist and have chosen to proceed with a candidate who is already based in Sabah, so they won't be taking your profile further. Their feedback on your CV was positive, particularly the SIEM tuning work.

I'll keep you in mind for the other insurance and banking mandates I have coming up.

Cheers,
Priya Raman
Senior Consultant, Technology & Cyber
TalentBridge Asia Pte. Ltd.
""")

M("rejection", "Pelican Payments", "Josh", "Security Analyst", "en", "hard", "very short; 'didn't work out'; no rejection keywords",
  "Josh Whitlock <josh@pelicanpayments.com.au>", "Re: Security Analyst chat",
  "2025-06-30 17:48 +1000", """Hey Wei Ling - sorry for the slow reply. This one didn't work out on our end, we've gone with someone local to Brisbane. Appreciated your time on the call.

- Josh
""", reply=True, cte="8bit")

M("rejection", "Halyard Exchange", "Mei", "Security Operations Engineer", "en", "hard",
  "rejection reply quoting the earlier interview invitation",
  "Mei Chen <mei.chen@halyard.exchange>", "Re: Technical interview - Security Operations Engineer",
  "2026-05-21 14:02 +0800", """Hi Wei Ling,

Thank you for your patience while we wrapped up the interviews. I'm sorry to say we won't be extending an offer for the Security Operations Engineer position. The panel felt your cloud forensics depth wasn't quite where we need it for this particular seat.

Best of luck, and thank you for the thoughtful questions.

Mei Chen
Talent Partner, Halyard Exchange

On Mon, 11 May 2026 at 10:15, Mei Chen <mei.chen@halyard.exchange> wrote:
> Hi Wei Ling,
> Great news, the hiring team would like to invite you to a technical
> interview for the Security Operations Engineer role. Please pick a slot
> that works for you: https://calendly.com/halyard-talent/tech-60
> Looking forward to it!
> Mei
""", reply=True)

M("rejection", "Redwater Defence Systems", "", "Vulnerability Management Analyst", "en", "easy", "iCIMS; position filled",
  "Redwater Defence Systems Careers <careers@redwaterdefence.icims.com>", "Vulnerability Management Analyst - application status",
  "2025-03-11 08:30 +1100", """Dear Wei Ling,

Thank you for your interest in the Vulnerability Management Analyst opportunity with Redwater Defence Systems.

We wish to advise that this position has now been filled. We will retain your details in our talent community and may contact you should a suitable role arise.

Regards,
Recruitment Team
Redwater Defence Systems
Please do not reply to this email; this mailbox is not monitored.
""", hdrs={"Auto-Submitted": "auto-generated"}, fmt="alt")

M("rejection", "National Digital Identity Office", "", "Assistant Manager (Cyber Security Operations)", "en", "easy",
  "formal government notice; 'not shortlisted'",
  "NDIO Recruitment <recruitment-noreply@ndio.gov.sg>", "Application for Assistant Manager (Cyber Security Operations)",
  "2026-07-02 10:00 +0800", """Dear Ms Tan,

APPLICATION FOR ASSISTANT MANAGER (CYBER SECURITY OPERATIONS)

We refer to your application for the above position.

We regret to inform you that your application has not been shortlisted for further consideration. We thank you for your interest in joining the National Digital Identity Office and wish you success in your future endeavours.

Yours sincerely,
Human Resource Division
National Digital Identity Office

This is a computer-generated email. No signature is required.
""")

M("rejection", "Lighthouse Managed Security", "", "SOC Analyst (Night Shift)", "en", "hard",
  "post-interview; 'extended an offer' to someone else",
  "Lighthouse Managed Security <noreply@smartrecruiters.com>", "Your interview with Lighthouse Managed Security",
  "2025-08-07 19:31 +0800", """Dear Wei Ling,

Thank you for interviewing with us for the SOC Analyst (Night Shift) role. We were impressed by your knowledge of Sentinel and KQL and appreciated your openness about shift work.

We have now extended an offer to another candidate, who has accepted. As a result we are closing your application for this role.

You are welcome to apply for other Lighthouse positions in the future.

Sincerely,
Lighthouse Managed Security Recruitment
""", fmt="alt")

M("rejection", "Obsidian Lattice", "", "Security Engineer, Detection & Response", "en", "easy", "Ashby template, remote role, US time zone",
  "Obsidian Lattice <no-reply@ashbyhq.com>", "Thank you from Obsidian Lattice",
  "2026-03-05 13:44 -0800", """Hi Wei Ling,

Thanks so much for your interest in the Security Engineer, Detection & Response (Remote - APAC) role at Obsidian Lattice.

We've reviewed your application and, unfortunately, we've decided not to move forward at this time.

We'll keep your information on file and may reach out if another role opens up that looks like a match.

Best,
Obsidian Lattice Recruiting
""", reply_to="talent@obsidianlattice.io")

M("rejection", "Groupe Sentinelle Numérique", "Élodie", "Analyste SOC N2 (H/F)", "fr", "easy", "French",
  "=?utf-8?q?=C3=89lodie_Marchand?= <e.marchand@sentinelle-numerique.fr>",
  "Votre candidature - Analyste SOC N2 (H/F)", "2025-10-15 15:20 +0200", """Bonjour Wei Ling,

Nous vous remercions de l'intérêt que vous portez au Groupe Sentinelle Numérique et du temps consacré à votre candidature au poste d'Analyste SOC N2 (H/F).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. Votre profil est intéressant, mais nous avons retenu un candidat dont l'expérience correspond davantage à nos besoins immédiats.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Élodie Marchand
Chargée de recrutement
Groupe Sentinelle Numérique
""", cte="quoted-printable")

M("rejection", "Rheinwacht AG", "", "IT-Security Analyst (m/w/d)", "de", "easy", "German; Personio template; AG kept",
  "Rheinwacht AG <jobs@rheinwacht.jobs.personio.de>", "Ihre Bewerbung als IT-Security Analyst (m/w/d)",
  "2026-01-27 11:03 +0100", """Hallo Wei Ling Tan,

vielen Dank für Ihre Bewerbung als IT-Security Analyst (m/w/d) bei der Rheinwacht AG und das damit verbundene Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis eines Abgleichs mit dem konkreten Anforderungsprofil.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinwacht AG
""", cte="base64")

M("rejection", "Ciberdefensa Andina", "Javier", "Analista de Ciberseguridad", "es", "easy", "Spanish; S.A. dropped",
  "Javier Ortega <javier.ortega@ciberdefensa-andina.com>", "Proceso de selección - Analista de Ciberseguridad",
  "2025-05-19 12:10 +0200", """Hola Wei Ling:

Gracias por participar en el proceso de selección para la posición de Analista de Ciberseguridad en modalidad remota.

Lamentablemente, hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a lo que buscamos en este momento. Agradecemos mucho el tiempo que dedicaste a la entrevista inicial.

Te deseamos mucho éxito.

Un saludo,
Javier Ortega
Responsable de Talento
Ciberdefensa Andina S.A.
""")

M("rejection", "Kestrel & Moss Advisory", "Aisyah", "Cyber Risk Consultant", "en", "hard",
  "'not the right match at this time' plus referral to another team",
  "Aisyah Rahman <aisyah.rahman@kestrelmoss.com>", "Cyber Risk Consultant - outcome and a suggestion",
  "2026-06-16 09:40 +0800", """Dear Wei Ling,

Thank you for speaking with Rohan and me last week. We've discussed your application at length, and I'm afraid it is not the right match at this time for the Cyber Risk Consultant opening, which leans heavily on MAS TRM audit engagements.

That said, your hands-on incident response background caught the attention of our Forensics & Incident Response practice. With your permission, I'd like to pass your CV to their lead, Daniel Ng, for any upcoming openings.

Let me know if you are comfortable with that.

Kind regards,
Aisyah Rahman
Manager, Talent Acquisition
Kestrel & Moss Advisory LLP
80 Robinson Road, Singapore
""", fmt="alt")

M("rejection", "Canopy Cloud Security Co.", "", "Cloud Security Analyst", "en", "easy", "Jobvite template; Co. kept",
  "Canopy Cloud Security Co. <notifications@jobvite.com>", "Regarding your application for Cloud Security Analyst",
  "2025-12-02 22:15 +0800", """Dear Wei Ling,

Thank you for your interest in the Cloud Security Analyst position with Canopy Cloud Security Co.

After reviewing your qualifications against the needs of this role, we have selected other candidates to move forward in the process.

We encourage you to apply for future positions that match your skills and experience.

Best regards,
Canopy Cloud Security Co. Recruiting
""", hdrs={"Auto-Submitted": "auto-generated"})

M("rejection", "Selat Bank", "", "Information Security Officer, Technology Risk", "en", "easy", "Taleo template",
  "Selat Bank Careers <selatbank@taleo.net>", "Selat Bank: Information Security Officer, Technology Risk (Req 2600431)",
  "2026-08-25 07:58 +0800", """Dear Wei Ling Tan,

Thank you for applying for the position of Information Security Officer, Technology Risk (requisition 2600431).

We regret that we are unable to progress your application further. The selection process was highly competitive.

Your profile will remain in our database, and we may contact you for other opportunities at Selat Bank.

Regards,
Selat Bank Talent Acquisition
""", cte="base64")

M("rejection", "Pangolin Forensics", "Ines", "DFIR Consultant", "en", "hard", "internal candidate accepted; no rejection keywords",
  "Ines Kowalczyk <ines@pangolinforensics.com>", "DFIR Consultant - update",
  "2025-04-03 16:22 +1100", """Hi Wei Ling,

Quick update on the DFIR Consultant role. One of our incident handlers put her hand up for it internally and has accepted the move, so we've closed the external process for this seat.

I know you were looking forward to the case-study round. Thanks for your enthusiasm throughout, and I hope our paths cross again.

Ines
Ines Kowalczyk | Practice Lead, Pangolin Forensics
""", fmt="plain")

M("rejection", "Jadestone Insurance", "", "GRC Analyst", "en", "easy", "Teamtailor template",
  "Jadestone Insurance <no-reply@teamtailor.com>", "Your application at Jadestone Insurance",
  "2025-07-08 11:11 +0800", """Hi Wei Ling,

Thank you for your application for the GRC Analyst position at Jadestone Insurance.

We have decided to move forward with other candidates whose profiles more closely fit our requirements. We appreciate your interest and encourage you to apply again in the future.

Best regards,
Jadestone Insurance
""", fmt="html", hdrs={"List-Unsubscribe": "<https://jadestone.teamtailor.com/connect/unsubscribe>"})

M("rejection", "Petaling Cyberworks", "", "Penetration Tester", "en", "hard", "Workable; 'keep your CV on file' after no; Sdn. Bhd. dropped",
  "Petaling Cyberworks <noreply@candidates.workablemail.com>", "Penetration Tester - Petaling Cyberworks",
  "2026-02-24 15:36 +0800", """Hi Wei Ling,

We appreciate you applying for the Penetration Tester role at Petaling Cyberworks Sdn. Bhd.

We've been fortunate to receive many strong applications. On this occasion we've decided that other candidates are a closer fit for the team, particularly with OSCE-level web exploitation experience.

We'll keep your CV on file and may get in touch if a suitable opening comes up.

Terima kasih,
Petaling Cyberworks Hiring Team
""")

M("rejection", "Bluefin Identity", "", "IAM Security Analyst", "en", "hard", "Recruitee HTML-only; indirect wording 'moving ahead with candidates'",
  "Bluefin Identity <bluefinidentity@recruitee.com>", "Update on your application",
  "2025-10-28 06:20 -0700", """Hello Wei Ling,

Thanks for your patience while our team reviewed applications for the IAM Security Analyst (Remote) role.

We're moving ahead with candidates who have more hands-on Okta and SailPoint administration experience, so we'll be closing your application for now.

Thank you for thinking of Bluefin Identity.

The Bluefin Identity team
""", fmt="html", cte="quoted-printable")

M("rejection", "Maritime Digital Authority", "Nicholas", "Senior Cybersecurity Engineer (OT)", "en", "hard",
  "agency recruiter forwards hiring manager's decision (Fwd:)",
  "Nicholas Lim <nicholas.lim@apexsearch.com.sg>", "Fwd: MDA - Senior Cybersecurity Engineer (OT) - candidate outcome",
  "2026-09-10 12:47 +0800", """Hi Wei Ling,

See below from the hiring manager at MDA. Sorry it isn't better news - give me a call when you're free and we'll talk about next steps.

Nicholas

---------- Forwarded message ---------
From: Goh Wen Jie <goh_wen_jie@mda.gov.sg>
Date: Wed, 9 Sep 2026 at 17:02
Subject: MDA - Senior Cybersecurity Engineer (OT) - candidate outcome
To: Nicholas Lim <nicholas.lim@apexsearch.com.sg>

Hi Nicholas,

Thank you for presenting Wei Ling for the Senior Cybersecurity Engineer (OT) role at the Maritime Digital Authority. After the second interview the panel has decided not to proceed with her candidature; we need someone with deeper ICS protocol experience for the port systems work.

Please convey our thanks.

Regards,
Goh Wen Jie
Deputy Director, Cyber Security Operations
Maritime Digital Authority
""")

M("rejection", "Stormpetrel Labs", "Dev", "Application Security Analyst", "en", "hard", "mentions take-home review and interview in passing",
  "Dev Menon <dev@stormpetrel.dev>", "Your take-home + next steps",
  "2025-11-06 20:05 +0530", """Hi Wei Ling,

Thanks for turning around the take-home so quickly, and for walking us through it in the interview on Monday. Your threat model for the payments API was clear and well organised.

After comparing notes we've decided not to move you forward to the final round. The gap for us was secure code review in Go, which is most of what this role does day to day.

I really appreciate the effort you put in.

Dev Menon
Engineering Manager, Product Security
Stormpetrel Labs
""", cte="8bit")

M("rejection", "Tembusu Telecom", "Ryan", "Vulnerability Analyst", "en", "hard", "curt; no signature; company only in subject",
  "Ryan Koh <ryan.koh@tembusutel.com.sg>", "Tembusu Telecom - Vulnerability Analyst",
  "2025-02-12 09:03 +0800", """Hi Wei Ling,

Thanks for your time on the phone yesterday. We've decided not to move forward with your application. All the best.
""")

M("rejection", "Harbourfront Utilities Board", "", "Senior Executive, OT Security", "en", "hard",
  "statutory board; mentions earlier interview; 'unsuccessful'",
  "HUB Careers <careers@hub.gov.sg>", "Senior Executive, OT Security - Outcome of Application",
  "2026-10-20 14:30 +0800", """Dear Wei Ling Tan,

Thank you for attending the interview on 06/10/2026 for the position of Senior Executive, OT Security.

We have carefully considered all candidates and regret to inform you that your application has been unsuccessful on this occasion.

We appreciate your interest in a career with the Harbourfront Utilities Board and encourage you to apply for future openings.

Yours sincerely,
Human Resource Department
Harbourfront Utilities Board
""", fmt="alt", cte="base64")

M("rejection", "Merlion Shield Security", "Kelvin", "Threat Hunter", "en", "hard",
  "'great fit for the company, not this role'; let's keep in touch",
  "Kelvin Tay <kelvin.tay@merlionshield.sg>", "Threat Hunter role",
  "2025-05-29 21:14 +0800", """Hi Wei Ling,

I've been putting off writing this because I genuinely enjoyed our conversations. You'd be a great fit for Merlion Shield Security as a company, but for the Threat Hunter role we need someone who has led hunts end to end, and we've decided to go with a candidate who has done that at a larger MSSP.

I'd really like to keep in touch. We're expanding the SOC later this year and I'll think of you first.

Best,
Kelvin Tay
Director, Managed Detection & Response
Merlion Shield Security Pte. Ltd.
""")

# ---------------------------------------------------------------- on_hold (10)
M("on_hold", "Orchard Pacific Bank", "Shu Fen", "Cloud Security Analyst", "en", "easy", "explicit hiring freeze",
  "Lee Shu Fen <shufen.lee@orchardpacific.com.sg>", "Cloud Security Analyst - hiring update",
  "2026-03-18 17:20 +0800", """Dear Wei Ling,

I'm writing with an update on the Cloud Security Analyst role. Following a group-wide review, the bank has put a hiring freeze in place for all non-critical technology positions with immediate effect, and this role is included.

This has nothing to do with your candidacy; the hiring team rated your interview highly. If the freeze is lifted in the second half of the year, I'll be in touch.

Thank you for your understanding.

Best regards,
Lee Shu Fen
Talent Acquisition Partner, Technology
Orchard Pacific Bank
""")

M("on_hold", "Redwater Defence Systems", "", "SOC Analyst", "en", "hard", "requisition cancelled; reads like an ATS rejection",
  "Redwater Defence Systems <redwaterdefence@myworkday.com>", "Your application for SOC Analyst (JR-1187)",
  "2025-06-04 10:45 +1000", """Dear Wei Ling,

Thank you for your interest in the SOC Analyst position (JR-1187) at Redwater Defence Systems.

We wish to let you know that this requisition has been cancelled due to a change in business requirements, and as a result you will no longer be considered for it. Should the position be re-advertised, you are welcome to submit a new application.

Kind regards,
Redwater Defence Systems Talent Acquisition
""", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

M("on_hold", "Tembusu Telecom", "Hui Min", "Cyber Defence Analyst", "en", "hard", "reorganisation; mentions final round",
  "Ong Hui Min <huimin.ong@tembusutel.com.sg>", "Cyber Defence Analyst - pause",
  "2026-08-12 11:50 +0800", """Hi Wei Ling,

I know we had pencilled in the final round with our CISO for next week. Unfortunately, Group Technology announced a reorganisation of the security function yesterday, and every open headcount in Cyber Defence has been frozen until the new structure is confirmed.

I'll need to cancel the final round for now. Once I know whether the Cyber Defence Analyst role survives the reorganisation, you'll be the first to hear.

Apologies for the disruption.

Hui Min
Senior Talent Acquisition Specialist
Tembusu Telecom
""", fmt="alt")

M("on_hold", "Kestrel & Moss Advisory", "Oliver", "Cybersecurity Consultant (Financial Services)", "en", "easy", "budget reprioritised",
  "Oliver Grant <oliver.grant@kestrelmoss.com>", "Cybersecurity Consultant (Financial Services)",
  "2025-09-02 08:35 +0800", """Dear Wei Ling,

Thank you for your patience. I'm sorry to report that our Financial Services practice budget has been reprioritised for the coming quarter, and we are not in a position to fill the Cybersecurity Consultant role at present.

We would like to revisit this in the new year, and I'd be glad to reconnect then if you are still open to it.

Kind regards,
Oliver Grant
Partner, Cyber Risk
Kestrel & Moss Advisory LLP
""")

M("on_hold", "Obsidian Lattice", "Camila", "Threat Intelligence Engineer", "en", "easy", "'pausing this search'",
  "Camila Reyes <camila@obsidianlattice.io>", "Pausing the Threat Intelligence Engineer search",
  "2026-05-06 15:10 -0700", """Hi Wei Ling,

I wanted to let you know directly that we're pausing this search for the Threat Intelligence Engineer role while leadership revisits our plans for the APAC team. I don't yet have a timeline for restarting.

You were one of the candidates we were most excited about, so I'll reach out the moment things move again.

Thanks,
Camila
Recruiting Lead, Obsidian Lattice
""")

M("on_hold", "Pelican Payments", "", "Detection & Response Analyst", "en", "hard", "short template: 'role is no longer open'",
  "Pelican Payments <no-reply@hire.lever.co>", "Pelican Payments - Detection & Response Analyst",
  "2026-02-19 12:00 +1100", """Hi Wei Ling,

We wanted to let you know that the Detection & Response Analyst role is no longer open, as the business has decided not to proceed with this hire for now. Your application has been closed.

Thank you for your interest in Pelican Payments.

Pelican Payments Talent Team
""")

M("on_hold", "Falkenstein Sicherheit GmbH", "Markus", "SOC Analyst (m/w/d)", "de", "easy", "German; position not filled for now",
  "Markus Bauer <m.bauer@falkenstein-sicherheit.de>", "Ihre Bewerbung: SOC Analyst (m/w/d) - Zwischenstand",
  "2025-11-25 09:15 +0100", """Hallo Frau Tan,

vielen Dank für Ihre Geduld. Leider müssen wir Ihnen mitteilen, dass wir die Stelle als SOC Analyst (m/w/d) aufgrund einer internen Budgetentscheidung vorerst nicht besetzen werden. Das Auswahlverfahren ist daher bis auf Weiteres ausgesetzt.

Dies ist ausdrücklich keine Entscheidung gegen Sie. Sobald die Stelle wieder freigegeben wird, melden wir uns gerne bei Ihnen.

Viele Grüße
Markus Bauer
Teamleiter Security Operations
Falkenstein Sicherheit GmbH
""", cte="quoted-printable")

M("on_hold", "Kinabalu Assurance", "Priya", "Information Security Analyst", "en", "hard", "agency recruiter: client paused hiring",
  "Priya Raman <priya.raman@talentbridge.asia>", "Kinabalu Assurance update",
  "2026-06-03 16:05 +0800", """Hi Wei Ling,

A quick heads-up on the Information Security Analyst role at Kinabalu Assurance. The client has told me this morning that they're putting the hire on ice until their regional merger closes, probably in Q4.

They were keen to see you for the panel, so this is frustrating. I'll chase them in September and keep you posted.

Priya
TalentBridge Asia
""", cte="8bit")

M("on_hold", "National Digital Identity Office", "", "Senior Manager (Security Architecture)", "en", "easy", "recruitment exercise on hold pending headcount review",
  "NDIO Recruitment <recruitment-noreply@ndio.gov.sg>", "Senior Manager (Security Architecture) - Recruitment Status",
  "2026-10-01 09:30 +0800", """Dear Ms Tan,

We refer to your application for the position of Senior Manager (Security Architecture).

Please be informed that the recruitment exercise for this position has been put on hold pending a review of organisational headcount. We will contact you should the exercise resume.

We thank you for your interest in the National Digital Identity Office.

Human Resource Division
National Digital Identity Office
""")

M("on_hold", "Stormpetrel Labs", "Dev", "Product Security Engineer", "en", "hard", "hiring paused due to acquisition; 'keep your CV on file'",
  "Dev Menon <dev@stormpetrel.dev>", "Product Security Engineer - where things stand",
  "2026-07-21 19:40 +0530", """Hi Wei Ling,

I owe you an update. Stormpetrel Labs has agreed to be acquired, and as part of the deal all open requisitions, including the Product Security Engineer role, are paused until the integration plan is settled.

I'd like to keep your CV on file and pick this back up once we know what the combined security team will look like. It could be a couple of months.

Sorry for the limbo.
Dev
""")

# ---------------------------------------------------------------- interview (22)
M("interview", "Bluefin Identity", "", "IAM Security Analyst", "en", "easy", "Greenhouse confirmation; time in SGT",
  "Bluefin Identity <no-reply@us.greenhouse-mail.io>", "Interview confirmed: Bluefin Identity - IAM Security Analyst",
  "2025-09-10 02:15 -0700", """Hi Wei Ling,

Your interview with Bluefin Identity is confirmed.

Role: IAM Security Analyst (Remote)
When: {ivday}, {ivdate}, 9:00 - 9:45 am (Singapore Time, SGT)
Where: Zoom - https://bluefin.zoom.us/j/8841230095
With: Harriet Osei, Identity Engineering Manager

If you need to reschedule, use the link in your candidate portal.

Bluefin Identity Recruiting
""", iv="2025-09-16T09:00:00+08:00")

M("interview", "Pangolin Forensics", "Ines", "DFIR Consultant", "en", "hard", "Calendly link for a 'video conversation'; no word interview",
  "Ines Kowalczyk <ines@pangolinforensics.com>", "DFIR Consultant - let's talk",
  "2025-02-18 10:30 +1100", """Hi Wei Ling,

Thanks for applying for the DFIR Consultant role - your write-up on the Linux persistence case was great reading.

I'd love to set up a 45-minute video conversation with me and one of our senior examiners. Grab whichever time suits you here: https://calendly.com/pangolin-ines/45min

Times are shown in your local zone, so don't worry about the Sydney offset.

Cheers,
Ines
""")

M("interview", "Selat Bank", "Nurul", "Information Security Officer, Technology Risk", "en", "easy", "calendar invitation with text/calendar part",
  "Nurul Huda <nurul.huda@selatbank.com.sg>", "Invitation: Interview - Information Security Officer (Wei Ling Tan)",
  "2026-06-08 15:02 +0800", """When: {ivday}, {ivdate} {ivtime} to 3:45 pm (UTC+08:00) Kuala Lumpur, Singapore
Where: Selat Bank Tower, Level 21, Meeting Room Orchid

Dear Wei Ling,

Please join us for a face-to-face interview with Mr Lawrence Yeo (Head of Technology Risk) and Ms Kavitha Raj (Senior Manager, IT Security). Kindly bring your NRIC for registration at the lobby.

Best regards,
Nurul Huda
Talent Acquisition, Selat Bank
""", iv="2026-06-15T15:00:00+08:00", ics=True, ics_location="Selat Bank Tower, Level 21, Orchid", fmt="alt")

M("interview", "Merlion Shield Security", "Kelvin", "Senior SOC Analyst", "en", "hard", "short confirmation 'tomorrow at 10:30'; no word interview",
  "Kelvin Tay <kelvin.tay@merlionshield.sg>", "Re: Senior SOC Analyst",
  "2026-01-19 22:41 +0800", """Hi Wei Ling,

Perfect - tomorrow at 10:30 works. Come to our office at 1 Fusionopolis Way, Tower B, and ask for me at reception. Ben from our IR team will join us for the second half.

See you then,
Kelvin
""", iv="2026-01-20T10:30:00+08:00", rel="tomorrow", reply=True)

M("interview", "Orchard Pacific Bank", "", "Cloud Security Analyst", "en", "easy", "GoodTime availability request; slots, no fixed time",
  "Orchard Pacific Bank Recruiting <scheduling@goodtime.io>", "Schedule your panel interview with Orchard Pacific Bank",
  "2026-02-23 09:18 +0800", """Hi Wei Ling,

The Technology Security team at Orchard Pacific Bank would like to invite you to a 90-minute panel interview for the Cloud Security Analyst position.

Please select your availability using the link below. We'll confirm a time within one business day.

https://app.goodtime.io/availability/opb-7c2e11

Interview format: three 30-minute sessions (cloud architecture, incident scenario, and a conversation with the hiring manager).

Thanks,
Orchard Pacific Bank Recruiting Coordination
""", fmt="alt")

M("interview", "Halyard Exchange", "", "Security Operations Engineer", "en", "easy", "ModernLoop confirmation with concrete time",
  "Halyard Exchange via ModernLoop <notifications@modernloop.io>", "Confirmed: Technical Interview - Halyard Exchange",
  "2026-05-12 11:00 +0800", """Hi Wei Ling,

Your technical interview for Security Operations Engineer has been scheduled.

Date: {ivday}, {ivdmy}
Time: {iv24} - 15:00 SGT
Interviewers: Arjun Pillai (Staff SecOps Engineer), Mei Chen (Talent Partner)
Link: https://meet.google.com/hlx-qpaz-trd

Expect a hands-on session: triaging a sample of CloudTrail logs and talking through your approach.

Halyard Exchange Talent
""", iv="2026-05-15T14:00:00+08:00", ics=True, ics_minutes=60,
  ics_location="Google Meet")

M("interview", "Tembusu Telecom", "Farhan", "Incident Response Analyst", "en", "hard", "reschedule: 'unfortunately'; relative weekday",
  "Farhan Iskandar <farhan.iskandar@tembusutel.com.sg>", "RE: Incident Response Analyst - final panel",
  "2026-03-27 13:25 +0800", """Hi Wei Ling,

Unfortunately one of our panellists has been pulled into a live incident, so we need to move Monday's session. Could we do Wednesday at 2:30pm instead, same place (Tembusu Hub, 11 Tai Seng Link, Level 5)? I've updated the invite.

Sorry for the shuffle, and thanks for being flexible.

Farhan
""", iv="2026-04-01T14:30:00+08:00", rel="next", reply=True)

M("interview", "Stormpetrel Labs", "Dev", "Application Security Analyst", "en", "easy", "take-home exercise plus review interview; no fixed time",
  "Dev Menon <dev@stormpetrel.dev>", "Application Security Analyst - take-home exercise",
  "2025-10-24 18:10 +0530", """Hi Wei Ling,

Thanks for the great first conversation. As the next step, we'd like you to complete a short take-home: a threat model and a few code-review findings for a small sample service (repo link below). Please budget about three hours, and send it back within a week.

Afterwards we'll schedule a 60-minute interview where you walk us through your findings.

Repo: https://git.stormpetrel.dev/hiring/appsec-takehome

Dev Menon
Engineering Manager, Product Security
Stormpetrel Labs
""")

M("interview", "Southern Cross Cyber", "Hamish", "Incident Response Lead", "en", "easy", "video panel in AEDT",
  "Hamish Doyle <hamish.doyle@southerncrosscyber.com.au>", "Panel interview - Incident Response Lead",
  "2026-03-09 16:40 +1100", """G'day Wei Ling,

Thanks for your time last week. We'd like to invite you to a video panel interview for the Incident Response Lead role.

It's locked in for {ivday} {ivdm} at {ivtime} AEDT (Melbourne time) on Teams. The panel will be me, our CISO Fiona Burke, and a senior consultant. Please prepare a 10-minute walkthrough of an incident you led.

Cheers,
Hamish Doyle
Head of Incident Response
Southern Cross Cyber Pty Ltd
""", iv="2026-03-17T11:00:00+11:00")

M("interview", "Orbe Conseil", "Thomas", "Consultante Cybersécurité", "fr", "easy", "French; time in Paris time",
  "Thomas Lefèvre <thomas.lefevre@orbe-conseil.fr>", "Entretien - Consultante Cybersécurité",
  "2026-04-07 10:05 +0200", """Bonjour Wei Ling,

Suite à votre candidature pour le poste de Consultante Cybersécurité (100 % à distance), nous souhaiterions vous rencontrer lors d'un entretien en visioconférence.

Comme convenu par téléphone, l'entretien est fixé au mardi 14 avril à 10h00 (heure de Paris), soit 16h00 à Singapour. Le lien Teams suit par invitation.

Au plaisir d'échanger avec vous.

Cordialement,
Thomas Lefèvre
Directeur de mission
Orbe Conseil
""", iv="2026-04-14T10:00:00+02:00", cte="quoted-printable")

M("interview", "Adlerhorst Cyber GmbH", "Katrin", "Threat Intelligence Analyst (m/w/d)", "en", "easy", "German company writing in English; slot options only",
  "Katrin Vogel <katrin.vogel@adlerhorst-cyber.de>", "Invitation to an interview - Threat Intelligence Analyst (m/w/d)",
  "2025-08-14 14:20 +0200", """Dear Ms Tan,

Thank you for your application as Threat Intelligence Analyst (m/w/d). We would like to get to know you better in a video interview.

The following slots are available (all German time, CEST):
- Tuesday, 19.08., 09:00
- Wednesday, 20.08., 08:30
- Friday, 22.08., 10:00

Please let us know which one suits you.

Best regards
Katrin Vogel
People & Culture
Adlerhorst Cyber GmbH
""", cte="base64")

M("interview", "Grupo Centinela Digital", "Lucía", "Analista de Inteligencia de Amenazas", "es", "easy", "Spanish; Madrid time",
  "=?utf-8?q?Luc=C3=ADa_Ferrer?= <lucia.ferrer@centineladigital.es>", "Entrevista - Analista de Inteligencia de Amenazas",
  "2026-02-26 09:45 +0100", """Hola Wei Ling:

Nos ha gustado mucho tu perfil para el puesto de Analista de Inteligencia de Amenazas (remoto). Te confirmamos la entrevista técnica para el jueves 5 de marzo a las 10:00 (hora de Madrid) por Google Meet.

Participarán Sergio, nuestro responsable de CTI, y yo. Dura unos 45 minutos.

Un saludo,
Lucía Ferrer
Talent Acquisition, Grupo Centinela Digital
""", iv="2026-03-05T10:00:00+01:00")

M("interview", "Archipelago Mobile", "Priya", "Security Operations Analyst", "en", "hard", "agency recruiter relays client's request; sender is agency",
  "Priya Raman <priya.raman@talentbridge.asia>", "Archipelago Mobile want to meet you!",
  "2025-12-09 10:10 +0800", """Hi Wei Ling,

Good news - Archipelago Mobile have reviewed your CV for the Security Operations Analyst role in KL and want to meet you. First step is a 30-min call with their SOC manager, Haziq.

Could you send me three or four windows that work for you over the next week? I'll coordinate with their side.

Priya Raman
Senior Consultant, Technology & Cyber
TalentBridge Asia
""")

M("interview", "Jadestone Insurance", "", "Security Analyst", "en", "hard", "Paradox chatbot confirmation; sender bot name",
  "Olivia at Jadestone Insurance <jadestone@paradox.ai>", "You're all set, Wei Ling!",
  "2026-09-01 12:33 +0800", """Hi Wei Ling! It's Olivia, the recruiting assistant at Jadestone Insurance.

You're confirmed for a phone screen for the Security Analyst position:
{ivday}, {ivdmy} at {ivtime} (GMT+8)

A member of our recruitment team will call you on the number you provided. Reply R if you need to reschedule.

Good luck!
""", iv="2026-09-03T11:00:00+08:00", fmt="html")

M("interview", "Kinabalu Assurance", "", "IT Security Analyst", "en", "easy", "iCIMS phone screen; HTML only; MYT",
  "Kinabalu Assurance Careers <careers@kinabaluassurance.icims.com>", "Phone Interview Scheduled - IT Security Analyst",
  "2025-12-01 09:00 +0800", """Dear Wei Ling,

Thank you for your application for the IT Security Analyst position.

We are pleased to invite you to a telephone interview on {ivday}, {ivdate} at {ivtime} Malaysia Time (MYT). The call will last about 30 minutes.

Please ensure you are reachable on the mobile number in your profile.

Kinabalu Assurance Talent Acquisition
""", iv="2025-12-04T16:00:00+08:00", fmt="html", cte="base64")

M("interview", "Lighthouse Managed Security", "Aaron", "SOC Analyst (L2)", "en", "hard", "reply; quoted text from candidate sounds like a rejection",
  "Aaron Goh <aaron.goh@lighthousemss.com>", "Re: SOC Analyst (L2) - following up",
  "2026-04-22 09:12 +0800", """Hi Wei Ling,

Not at all - we haven't made any decision yet, it's just been a busy fortnight. The hiring manager would like to see you on {ivday} {ivdm} at {ivtime} at our Paya Lebar office for a technical interview (about 90 minutes, including a short log analysis exercise).

Does that work?

Aaron Goh
Recruitment Lead | Lighthouse Managed Security

On 21/04/2026 16:04, Wei Ling Tan wrote:
> Hi Aaron,
> I haven't heard back since my screening call and completely understand if
> you've decided to go with other candidates. Could you let me know either way?
> Thanks, Wei Ling
""", iv="2026-04-28T14:00:00+08:00", reply=True)

M("interview", "Canopy Cloud Security Co.", "Nadia", "Cloud Security Engineer", "en", "hard", "'coffee' with hiring manager; no word interview",
  "Nadia Sulaiman <nadia@canopycloudsec.com>", "Coffee on Friday?",
  "2026-07-07 20:03 +0800", """Hi Wei Ling,

Thanks for reaching out about the Cloud Security Engineer opening. Rather than a formal process straight away, let's grab a coffee and talk about what the team does. Friday 8:30am at Common Man Coffee, Tanjong Pagar works for me - I've booked a table under Canopy.

Nadia Sulaiman
Engineering Manager, Canopy Cloud Security Co.
""", iv="2026-07-10T08:30:00+08:00", rel="next")

M("interview", "Maritime Digital Authority", "", "Cybersecurity Engineer", "en", "easy", "one-way recorded video interview with deadline; no fixed time",
  "MDA Talent Acquisition <talent-noreply@mda.gov.sg>", "Next Step: Video Interview for Cybersecurity Engineer",
  "2026-08-17 10:20 +0800", """Dear Wei Ling Tan,

Thank you for applying for the position of Cybersecurity Engineer with the Maritime Digital Authority.

You have been shortlisted for a recorded video interview. Please complete it by 11:59 pm on 24/08/2026 via the link below. It consists of five questions, and you will have two minutes to answer each.

https://interview.hirevue.com/mda/7f21ac

Human Resource Division
Maritime Digital Authority
""", fmt="alt")

M("interview", "Quokka Security", "", "Cloud Detection Analyst", "en", "easy", "Ashby confirmation with .ics; AEST time",
  "Quokka Security <no-reply@ashbyhq.com>", "Confirmed: Hiring Manager Interview with Quokka Security",
  "2025-07-14 09:05 +1000", """Hi Wei Ling,

Your interview with Quokka Security is confirmed.

Role: Cloud Detection Analyst (Remote, APAC)
When: {ivday}, {ivdm}, {ivtime} - 12:45 pm AEST (Brisbane)
Where: Google Meet - https://meet.google.com/qok-fdsz-mnr
Interviewer: Liam O'Connor, Detection Engineering Manager

A calendar invitation is attached.

Quokka Security Recruiting
""", iv="2025-07-17T12:00:00+10:00", ics=True, ics_location="Google Meet", reply_to="talent@quokkasec.com.au")

M("interview", "Harbourfront Utilities Board", "Jasmine", "Executive, Cyber Security Operations", "en", "hard",
  "day-first date 12/03/2026 in body",
  "Jasmine Teo <jasmine_teo@hub.gov.sg>", "Interview for Executive, Cyber Security Operations",
  "2026-03-04 11:27 +0800", """Dear Wei Ling,

Thank you for your application for the position of Executive, Cyber Security Operations.

We would like to invite you for an interview on 12/03/2026 (Thursday) at 3.00pm. The interview will be held at HUB Building, 8 Harbourfront Avenue, Level 3 Reception. Please arrive 15 minutes early and bring your original certificates.

Kindly acknowledge receipt of this email.

Regards,
Jasmine Teo
Senior Executive, Human Resource
Harbourfront Utilities Board
""", iv="2026-03-12T15:00:00+08:00")

M("interview", "Redwater Defence Systems", "Hamish", "Threat Intelligence Analyst", "en", "hard", "subject says Cancelled; body gives the new time",
  "Hamish Burke <hamish.burke@redwaterdefence.com.au>", "Cancelled: Interview - Threat Intelligence Analyst (Wei Ling Tan)",
  "2025-04-28 15:50 +1000", """Hi Wei Ling,

Apologies - I've had to cancel tomorrow's slot because of a clash with a board briefing. I've sent a fresh invite for {ivday} {ivdm}, {ivtime} AEST instead, same Teams link. Everything else stays the same: 45 minutes with me and our lead analyst.

Thanks for bearing with us.

Hamish Burke
Intelligence Manager
Redwater Defence Systems
""", iv="2025-05-01T10:00:00+10:00")

M("interview", "Nightjar Security", "Sofia", "Incident Responder", "en", "hard", "opens with an apology ('we regret'); second-round slots only",
  "Sofia Marin <sofia.marin@nightjarsec.com>", "Nightjar Security - second round",
  "2026-10-05 08:02 -0700", """Hi Wei Ling,

We regret not getting back to you sooner after your first conversation with Omar. The team would like you to come back for a second round: a 60-minute technical deep dive on memory forensics and a 30-minute chat with our VP of Security.

Could you let me know which of these work (all times SGT)?
- Thu 8 Oct, 9:00 am
- Fri 9 Oct, 8:00 am
- Mon 12 Oct, 9:30 am

Thanks,
Sofia Marin
Recruiting Coordinator, Nightjar Security
""")

# ---------------------------------------------------------------- offer (6)
M("offer", "Merlion Shield Security", "Kelvin", "Senior SOC Analyst", "en", "easy", "offer letter attached as PDF",
  "Kelvin Tay <kelvin.tay@merlionshield.sg>", "Offer of Employment - Senior SOC Analyst",
  "2026-01-28 18:30 +0800", """Dear Wei Ling,

On behalf of Merlion Shield Security, I am delighted to offer you the position of Senior SOC Analyst, reporting to me.

Your offer letter is attached, setting out a monthly base salary of SGD 8,400, a 13th-month AWS, and a proposed start date of 2 March 2026. Please review it and let us know your decision by 04/02/2026.

We're excited about the prospect of having you on the team.

Best,
Kelvin Tay
Director, Managed Detection & Response
Merlion Shield Security Pte. Ltd.
""", pdf="Offer_Letter_Wei_Ling_Tan.pdf", fmt="alt")

M("offer", "Lighthouse Managed Security", "Aaron", "SOC Analyst (L2)", "en", "hard", "written follow-up to verbal offer; never says 'offer'",
  "Aaron Goh <aaron.goh@lighthousemss.com>", "Following up on our call",
  "2026-05-08 17:15 +0800", """Hi Wei Ling,

Great speaking with you this afternoon - the whole team is thrilled that you want to join us as a SOC Analyst (L2).

As discussed: SGD 6,800 per month, shift allowance on top, 18 days of annual leave, and the SANS course of your choice in your first year. HR will send the formal paperwork through DocuSign tomorrow; once you've signed, we'll lock in the 1 June start.

Any questions at all, just call me.

Aaron Goh
Recruitment Lead | Lighthouse Managed Security
""")

M("offer", "Selat Bank", "Nurul", "Information Security Officer, Technology Risk", "en", "easy", "Workday offer notification, HTML only; names recruiter",
  "Selat Bank <selatbank@myworkday.com>", "Action required: Your offer from Selat Bank",
  "2026-06-26 10:02 +0800", """Dear Wei Ling,

Congratulations! We are pleased to extend to you an offer for the position of Information Security Officer, Technology Risk.

Please sign in to the Selat Bank candidate portal to view and accept your offer letter by 03/07/2026.

If you have questions, please contact your recruiter, Nurul Huda (nurul.huda@selatbank.com.sg).

Selat Bank Talent Acquisition
""", fmt="html")

M("offer", "Adlerhorst Cyber GmbH", "Katrin", "Threat Intelligence Analyst (m/w/d)", "de", "easy", "German; contract offer",
  "Katrin Vogel <katrin.vogel@adlerhorst-cyber.de>", "Ihr Vertragsangebot bei der Adlerhorst Cyber GmbH",
  "2025-09-15 16:45 +0200", """Hallo Frau Tan,

wir freuen uns sehr, Ihnen die Position als Threat Intelligence Analyst (m/w/d) in Vollzeit und remote anbieten zu dürfen. Den Arbeitsvertrag finden Sie im Anhang.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 26. September zurück. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Katrin Vogel
People & Culture
Adlerhorst Cyber GmbH
""", pdf="Arbeitsvertrag_Tan.pdf")

M("offer", "Harbourfront Utilities Board", "Jasmine", "Executive, Cyber Security Operations", "en", "hard",
  "statutory board 'letter of appointment', conditional on clearance",
  "Jasmine Teo <jasmine_teo@hub.gov.sg>", "Appointment as Executive, Cyber Security Operations",
  "2026-04-02 16:00 +0800", """Dear Wei Ling,

We are pleased to inform you that you have been selected for appointment as Executive, Cyber Security Operations with the Harbourfront Utilities Board.

The appointment is subject to satisfactory security screening and a pre-employment medical examination. Please find the letter of appointment attached; kindly sign and return it to us by 09/04/2026 if you accept the terms.

Regards,
Jasmine Teo
Senior Executive, Human Resource
Harbourfront Utilities Board
""", pdf="HUB_Letter_of_Appointment.pdf", cte="base64")

M("offer", "Archipelago Mobile", "Priya", "Security Operations Analyst", "en", "hard", "agency recruiter relays client's offer",
  "Priya Raman <priya.raman@talentbridge.asia>", "Archipelago Mobile - they want you!",
  "2026-01-08 13:20 +0800", """Hi Wei Ling,

Fantastic news: Archipelago Mobile have come back with an offer for the Security Operations Analyst role. Headline terms are RM 9,500 a month, EPF on top, hybrid three days in the KL office, and relocation support of RM 8,000.

The formal offer letter will come directly from their HR tomorrow. Can we jump on a call tonight to go through it?

Priya
TalentBridge Asia
""", cte="8bit")

# ---------------------------------------------------------------- application_received (16)
M("application_received", "Nightjar Security", "", "Incident Responder", "en", "easy", "Greenhouse acknowledgement",
  "Nightjar Security <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Nightjar Security",
  "2026-09-14 04:31 -0700", """Hi Wei Ling,

Thanks for applying for the Incident Responder position at Nightjar Security. Your application has been received and our team will review it shortly.

If your background is a match, someone from our recruiting team will be in touch.

Nightjar Security Recruiting
""")

M("application_received", "Orchard Pacific Bank", "", "Cyber Threat Intelligence Analyst", "en", "easy", "Workday acknowledgement; Auto-Submitted header",
  "Orchard Pacific Bank <orchardpacific@myworkday.com>", "Application received: Cyber Threat Intelligence Analyst (R-40712)",
  "2025-10-21 23:05 +0800", """Dear Wei Ling Tan,

Thank you for applying for the Cyber Threat Intelligence Analyst position (R-40712) at Orchard Pacific Bank. We have received your application.

You can track the status of your application at any time by signing in to your candidate home page.

Orchard Pacific Bank Talent Acquisition
""", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

M("application_received", "Southern Cross Cyber", "", "Detection Engineer", "en", "easy", "Lever acknowledgement",
  "Southern Cross Cyber <no-reply@hire.lever.co>", "Thanks for your application to Southern Cross Cyber",
  "2025-08-29 10:14 +1000", """Hi Wei Ling,

Thanks for your interest in Southern Cross Cyber! We've received your application for the Detection Engineer role and will be in touch once we've had a chance to review it.

The Talent Team
Southern Cross Cyber
""")

M("application_received", "Redwater Defence Systems", "", "Vulnerability Management Analyst", "en", "hard",
  "describes possible interview and 'not selected' as future steps",
  "Redwater Defence Systems Careers <careers@redwaterdefence.icims.com>", "Thank you for applying - Vulnerability Management Analyst",
  "2025-02-14 12:40 +1100", """Dear Wei Ling,

Thank you for submitting your application for the Vulnerability Management Analyst position.

What happens next: our recruitment team reviews every application. Shortlisted candidates will be contacted for a phone interview within three weeks. If you are not selected, you will receive an email once the position has been filled.

Please note this role requires eligibility for an Australian security clearance.

Recruitment Team
Redwater Defence Systems
""", hdrs={"Auto-Submitted": "auto-generated"})

M("application_received", "Lighthouse Managed Security", "", "SOC Analyst (Night Shift)", "en", "easy", "SmartRecruiters acknowledgement",
  "Lighthouse Managed Security <noreply@smartrecruiters.com>", "We've received your application",
  "2025-07-12 14:16 +0800", """Hi Wei Ling,

Thank you for applying for SOC Analyst (Night Shift) at Lighthouse Managed Security. We have received your application and will be reviewing it carefully.

Lighthouse Managed Security Recruitment
""", fmt="alt")

M("application_received", "Obsidian Lattice", "", "Threat Intelligence Engineer", "en", "easy", "Ashby acknowledgement",
  "Obsidian Lattice <no-reply@ashbyhq.com>", "Thanks for applying to Obsidian Lattice!",
  "2026-03-30 08:22 -0700", """Hi Wei Ling,

Thanks for applying for the Threat Intelligence Engineer role. We're excited you're interested in helping us build the future of attack-surface intelligence.

Our team reviews applications on a rolling basis. We'll get back to you as soon as we can.

Obsidian Lattice Recruiting
""")

M("application_received", "National Digital Identity Office", "", "Assistant Manager (Cyber Security Operations)", "en", "hard",
  "'only shortlisted candidates will be notified' reads like a brush-off",
  "NDIO Recruitment <recruitment-noreply@ndio.gov.sg>", "Acknowledgement of Application",
  "2026-05-20 10:31 +0800", """Dear Ms Tan,

Thank you for your application for the position of Assistant Manager (Cyber Security Operations) at the National Digital Identity Office.

We will review your application and only shortlisted candidates will be notified. Due to the high volume of applications received, we regret that we are unable to respond to every applicant individually.

Human Resource Division
National Digital Identity Office
""")

M("application_received", "Canopy Cloud Security Co.", "", "Cloud Security Analyst", "en", "easy", "Jobvite acknowledgement",
  "Canopy Cloud Security Co. <notifications@jobvite.com>", "Application Received - Cloud Security Analyst",
  "2025-11-03 19:45 +0800", """Dear Wei Ling,

Thank you for applying for the Cloud Security Analyst position with Canopy Cloud Security Co. We have received your application and our recruiting team is reviewing it.

Best regards,
Canopy Cloud Security Co. Recruiting
""", cte="base64")

M("application_received", "Selat Bank", "", "Information Security Officer, Technology Risk", "en", "hard",
  "'Unfortunately' and 'regret' in an acknowledgement",
  "Selat Bank Careers <selatbank@taleo.net>", "Selat Bank - Application Confirmation",
  "2026-05-11 06:50 +0800", """Dear Wei Ling Tan,

This is to confirm that we have received your application for Information Security Officer, Technology Risk (requisition 2600431).

Unfortunately, due to the large number of applications we receive, we regret that we cannot provide individual feedback at this stage. We will contact you if your profile is selected for the next step.

Selat Bank Talent Acquisition
""")

M("application_received", "Pangolin Forensics", "", "DFIR Consultant", "en", "hard", "BambooHR template that reads like personal mail",
  "Pangolin Forensics <notifications@app.bamboohr.com>", "Got it - thanks Wei Ling!",
  "2025-02-11 09:12 +1100", """Hey Wei Ling,

Just a quick note to say your application for DFIR Consultant landed safely with us. We're a small team, so a real human (probably Ines) will read it properly in the next week or so.

Talk soon,
The Pangolin Forensics crew
""")

M("application_received", "Jadestone Insurance", "", "GRC Analyst", "en", "easy", "Teamtailor acknowledgement",
  "Jadestone Insurance <no-reply@teamtailor.com>", "Thanks for your application, Wei Ling",
  "2025-06-16 15:27 +0800", """Hi Wei Ling,

Thank you for applying for the GRC Analyst position at Jadestone Insurance. We have received your application and will review it as soon as possible.

Best regards,
Jadestone Insurance
""", fmt="html")

M("application_received", "Petaling Cyberworks", "", "Penetration Tester", "en", "easy", "Workable acknowledgement; Sdn. Bhd. dropped",
  "Petaling Cyberworks <noreply@candidates.workablemail.com>", "Thanks for applying to Petaling Cyberworks",
  "2026-02-02 11:58 +0800", """Hi Wei Ling,

Your application for the Penetration Tester job was submitted successfully. Thanks for your interest in Petaling Cyberworks Sdn. Bhd.

Here's what happens next: our hiring team will review your application and get back to you if your profile matches the role.

Petaling Cyberworks Hiring Team
""")

M("application_received", "Quokka Security", "", "Cloud Detection Analyst", "en", "easy", "Recruitee acknowledgement",
  "Quokka Security <quokkasecurity@recruitee.com>", "Application received - Cloud Detection Analyst",
  "2025-06-27 13:00 +1000", """Hi Wei Ling,

We've received your application for Cloud Detection Analyst (Remote, APAC). Thanks for applying!

We'll review it and let you know about next steps within two weeks.

Quokka Security
""", fmt="alt")

M("application_received", "Rheinwacht AG", "", "IT-Security Analyst (m/w/d)", "en", "easy", "Personio acknowledgement in English; AG kept",
  "Rheinwacht AG <jobs@rheinwacht.jobs.personio.de>", "Your application as IT-Security Analyst (m/w/d)",
  "2026-01-06 17:22 +0100", """Dear Wei Ling Tan,

Thank you for your application as IT-Security Analyst (m/w/d) at Rheinwacht AG. We have received your documents and will review them carefully.

We will get back to you as soon as possible.

Kind regards,
Your Recruiting Team of Rheinwacht AG
""")

M("application_received", "Groupe Sentinelle Numérique", "", "Analyste SOC N2 (H/F)", "fr", "easy", "French acknowledgement",
  "Groupe Sentinelle Numérique <recrutement@sentinelle-numerique.fr>", "Accusé de réception de votre candidature",
  "2025-09-24 11:05 +0200", """Bonjour,

Nous accusons bonne réception de votre candidature au poste d'Analyste SOC N2 (H/F) et vous remercions de l'intérêt que vous portez au Groupe Sentinelle Numérique.

Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

L'équipe Recrutement
Groupe Sentinelle Numérique
""", hdrs={"Auto-Submitted": "auto-generated"}, cte="quoted-printable")

M("application_received", "Tembusu Telecom", "", "Cyber Defence Analyst", "en", "hard",
  "iCIMS-style ack that lists interview stages; subject says 'next steps'",
  "Tembusu Telecom Careers <careers-noreply@tembusutel.com.sg>", "Next steps for your application - Cyber Defence Analyst",
  "2026-07-06 08:45 +0800", """Hi Wei Ling,

Thank you for your interest in Tembusu Telecom. Your application for Cyber Defence Analyst is now with our Talent Acquisition team.

Our process usually includes: an application review (1-2 weeks), a recruiter phone interview, a technical interview, and a final interview with the hiring manager. We'll update you by email at each stage.

Tembusu Telecom Talent Acquisition
""", fmt="alt")

# ---------------------------------------------------------------- auto_reply (14)
M("auto_reply", "Merlion Shield Security", "Benjamin", "Senior SOC Analyst", "en", "hard", "day-first return date '16/03'",
  "Benjamin Lau <benjamin.lau@merlionshield.sg>", "Automatic reply: Senior SOC Analyst - follow-up",
  "2026-03-09 08:12 +0800", """Hi,

Thank you for your email. I am on annual leave with limited access to email and will be back on 16/03. For urgent SOC matters please contact soc-duty@merlionshield.sg or call +65 6555 0190.

Regards,
Benjamin Lau
Incident Response Lead, Merlion Shield Security
""", ret="2026-03-16", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("auto_reply", "Falkenstein Sicherheit GmbH", "Markus", "SOC Analyst (m/w/d)", "de", "easy", "German Abwesenheitsnotiz; 'ab Montag, 5. Januar'",
  "Markus Bauer <m.bauer@falkenstein-sicherheit.de>", "Abwesenheitsnotiz: Ihre Bewerbung: SOC Analyst (m/w/d)",
  "2025-12-19 17:30 +0100", """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Januar 2026 nicht im Büro. Ab Montag, 5. Januar 2026 bin ich wieder erreichbar.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an soc@falkenstein-sicherheit.de.

Markus Bauer
Falkenstein Sicherheit GmbH
""", ret="2026-01-05", reply=True, hdrs={"Auto-Submitted": "auto-replied"}, cte="quoted-printable")

M("auto_reply", "Orbe Conseil", "Thomas", "Consultante Cybersécurité", "fr", "easy", "French absence message; 'de retour le lundi 4 mai'",
  "Thomas Lefèvre <thomas.lefevre@orbe-conseil.fr>", "Réponse automatique : Entretien - Consultante Cybersécurité",
  "2026-04-24 12:00 +0200", """Bonjour,

Je suis actuellement absent et n'ai pas accès à ma messagerie. Je serai de retour le lundi 4 mai et traiterai votre message dès que possible.

Pour toute urgence, merci de contacter Claire Dubois : claire.dubois@orbe-conseil.fr.

Cordialement,
Thomas Lefèvre
""", ret="2026-05-04", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

M("auto_reply", "Kestrel & Moss Advisory", "Oliver", "Cybersecurity Consultant (Financial Services)", "en", "easy", "no longer with the firm; redirects to a colleague",
  "Oliver Grant <oliver.grant@kestrelmoss.com>", "Automatic reply: Cybersecurity Consultant (Financial Services)",
  "2026-01-13 09:01 +0800", """Thank you for your message.

I have now left Kestrel & Moss Advisory and this mailbox is no longer monitored. For matters relating to the Cyber Risk practice, please contact Aisyah Rahman at aisyah.rahman@kestrelmoss.com.

Oliver
""", reply=True, hdrs={"Auto-Submitted": "auto-replied"})

M("auto_reply", "Maritime Digital Authority", "", "Cybersecurity Engineer", "en", "hard", "unmonitored mailbox; subject repeats interview",
  "MDA Talent Acquisition <talent-noreply@mda.gov.sg>", "Re: Next Step: Video Interview for Cybersecurity Engineer",
  "2026-08-18 21:40 +0800", """This mailbox is not monitored and replies are not read.

For queries about your application, please log in to the Careers portal and use the 'Contact Us' form, or call the MDA HR hotline at 6555 0123 (Mon-Fri, 9am-5pm).

Maritime Digital Authority
""", reply=True, hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

M("auto_reply", "Canopy Cloud Security Co.", "Nadia", "Cloud Security Engineer", "en", "hard", "parental leave; only X-Autoreply header",
  "Nadia Sulaiman <nadia@canopycloudsec.com>", "Re: Following up - Cloud Security Engineer",
  "2026-06-02 10:20 +0800", """Hello!

I'm on parental leave and will be returning on 1 September 2026. During this time I won't be checking email.

For hiring-related questions, please reach out to talent@canopycloudsec.com; for anything engineering-related, Marcus Yeo is covering for me.

Nadia
""", ret="2026-09-01", reply=True, hdrs={"X-Autoreply": "yes"})

M("auto_reply", "Pelican Payments", "Josh", "Security Analyst", "en", "hard", "relative return date ('back Monday'); no auto-reply headers",
  "Josh Whitlock <josh@pelicanpayments.com.au>", "Re: Security Analyst chat",
  "2025-06-18 07:30 +1000", """Hi there, I'm away on leave and back Monday. I'll reply when I'm back - if it's urgent, ping security@pelicanpayments.com.au.

Josh
""", ret="2025-06-23", rel="next", reply=True, cte="8bit")

M("auto_reply", "Quokka Security", "Liam", "Cloud Detection Analyst", "en", "easy", "ISO date 'until 2026-03-20 inclusive', back Monday 23 March",
  "Liam O'Connor <liam.oconnor@quokkasec.com.au>", "Out of Office: Re: Cloud Detection Analyst",
  "2026-03-16 09:00 +1100", """Thanks for your email. I'm out of the office until 2026-03-20 inclusive and will be back at my desk on Monday 23 March.

If your message is urgent, please contact detection@quokkasec.com.au.

Liam O'Connor
Detection Engineering Manager, Quokka Security
""", ret="2026-03-23", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

M("auto_reply", "Grupo Centinela Digital", "Lucía", "Analista de Inteligencia de Amenazas", "es", "easy", "Spanish out-of-office; 'de vuelta el 7 de abril'",
  "=?utf-8?q?Luc=C3=ADa_Ferrer?= <lucia.ferrer@centineladigital.es>", "Respuesta automática: Entrevista - Analista de Inteligencia de Amenazas",
  "2026-03-30 10:00 +0200", """Hola,

Gracias por tu mensaje. Estoy fuera de la oficina por Semana Santa y estaré de vuelta el 7 de abril. Responderé a tu correo lo antes posible.

Para temas urgentes, escribe a talento@centineladigital.es.

Un saludo,
Lucía Ferrer
""", ret="2026-04-07", reply=True, hdrs={"Auto-Submitted": "auto-replied"})

M("auto_reply", "Southern Cross Cyber", "Hamish", "Incident Response Lead", "en", "easy", "conference out-of-office; no return date",
  "Hamish Doyle <hamish.doyle@southerncrosscyber.com.au>", "Automatic reply: Thank you - Incident Response Lead panel",
  "2026-03-19 15:10 +1100", """Hi,

I'm attending a conference this week with very limited access to email. I'll respond as soon as I can. For urgent incident response matters, please call our 24/7 hotline on 1300 555 017.

Hamish Doyle
Head of Incident Response
Southern Cross Cyber
""", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("auto_reply", "Halyard Exchange", "Mei", "Security Operations Engineer", "en", "hard", "subject contains 'interview'; 'returning Monday 18 May'",
  "Mei Chen <mei.chen@halyard.exchange>", "Automatic reply: Technical interview - Security Operations Engineer",
  "2026-05-13 16:44 +0800", """Thanks for your note! I'm travelling for our APAC hiring days and returning Monday 18 May. Interview scheduling continues as normal through ModernLoop, so any confirmed interviews stay as planned.

Mei Chen
Talent Partner, Halyard Exchange
""", ret="2026-05-18", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

M("auto_reply", "Petaling Cyberworks", "Hafiz", "Penetration Tester", "en", "hard", "festive leave; day-first return date 25/03/2026; Sdn. Bhd. dropped",
  "Hafiz Othman <hafiz@petalingcyber.com.my>", "Auto-reply: Penetration Tester application",
  "2026-03-18 13:05 +0800", """Assalamualaikum and hello,

I am on Hari Raya leave and will be back in office on 25/03/2026. Selamat Hari Raya Aidilfitri, maaf zahir dan batin!

For urgent matters please contact admin@petalingcyber.com.my.

Hafiz Othman
Technical Director, Petaling Cyberworks Sdn. Bhd.
""", ret="2026-03-25", reply=True)

M("auto_reply", "Apex Search Partners", "Nicholas", "Senior Cybersecurity Engineer (OT)", "en", "easy", "agency recruiter travelling; no return date",
  "Nicholas Lim <nicholas.lim@apexsearch.com.sg>", "Automatic reply: Re: MDA - Senior Cybersecurity Engineer (OT)",
  "2026-09-11 07:15 +0800", """Thanks for your email. I'm travelling with limited access and will respond within 48 hours. For urgent matters, please call the office on +65 6555 0440.

Nicholas Lim
Principal Consultant | Apex Search Partners
""", reply=True, hdrs={"Auto-Submitted": "auto-replied"})

M("auto_reply", "Bluefin Identity", "Harriet", "IAM Security Analyst", "en", "hard", "US-style date 'back on 3/16'; no auto-reply headers",
  "Harriet Osei <harriet.osei@bluefinidentity.com>", "Re: IAM Security Analyst - thank you",
  "2026-03-10 18:02 -0700", """Hi - I'm out of the office and back on 3/16. I'll have limited access to email until then. For anything urgent, reach out to identity-eng@bluefinidentity.com.

Thanks,
Harriet
""", ret="2026-03-16", reply=True)

# ---------------------------------------------------------------- other (26)
M("other", "", "", "", "en", "easy", "job alert digest",
  "JobsPulse Alerts <alerts@jobspulse.sg>", "15 new jobs for \"SOC Analyst\" in Singapore",
  "2026-02-09 07:00 +0800", """Hi Wei Ling, here are today's new matches for your saved search "SOC Analyst" in Singapore.

SOC Analyst (L1/L2) - Lighthouse Managed Security - Paya Lebar - Easy apply
Cyber Security Analyst - Selat Bank - Raffles Place
Security Operations Engineer - Halyard Exchange - Remote
Incident Response Analyst - Tembusu Telecom - Tai Seng
... and 11 more

View all jobs: https://jobspulse.sg/search/saved/8812

You are receiving this because you created a job alert. Manage alerts or unsubscribe: https://jobspulse.sg/alerts
""", fmt="alt", hdrs={"List-Unsubscribe": "<https://jobspulse.sg/alerts/unsub/8812>", "Precedence": "bulk"})

M("other", "", "", "", "en", "easy", "social network notification mentioning an employer",
  "ProLink <notifications@prolink.network>", "Farhan Iskandar and 3 others viewed your profile",
  "2026-03-02 12:30 +0800", """Wei Ling, your profile is getting noticed.

Farhan Iskandar, Head of Cyber Defence at Tembusu Telecom, and 3 others viewed your profile this week.

See all viewers with ProLink Premium - try it free for 1 month.

Unsubscribe | Help | ProLink Network
""", fmt="html", hdrs={"List-Unsubscribe": "<https://prolink.network/unsub?u=wlt>", "Precedence": "bulk"})

M("other", "", "", "", "en", "hard", "career newsletter about coping with rejection; quotes template wording",
  "The Breach Report <newsletter@breachreport.io>", "Weekly: 'We won't be moving forward' - decoding rejection emails",
  "2025-10-04 08:00 +0800", """THE BREACH REPORT - Careers edition

This week: 'Unfortunately, we have decided to pursue other candidates.' We've all seen it. Our columnist, a former SOC manager, explains what those rejection templates actually mean, when to ask for feedback, and why 'we'll keep your CV on file' is sometimes sincere.

Also inside: how to prepare for a blue-team technical interview, and salary benchmarks for security analysts in Singapore and KL.

Read online: https://breachreport.io/careers/41
Unsubscribe: https://breachreport.io/unsub
""", fmt="alt", hdrs={"List-Unsubscribe": "<https://breachreport.io/unsub>", "List-Id": "<careers.breachreport.io>"})

M("other", "", "", "", "en", "hard", "podcast 'interview' with a CISO; HTML only",
  "Packet Pushers of the Strait <hello@straitpod.fm>", "New episode: our interview with the CISO of Selat Bank",
  "2026-06-19 18:00 +0800", """New episode out now!

In episode 87 we sit down for an in-depth interview with the CISO of Selat Bank about building a fusion centre, hiring junior analysts, and the interview questions she always asks candidates.

Listen on your favourite podcast app or at https://straitpod.fm/87

You're receiving this because you subscribed at straitpod.fm.
""", fmt="html", hdrs={"List-Unsubscribe": "<mailto:unsubscribe@straitpod.fm>"})

M("other", "", "", "", "en", "hard", "card declined alert from a bank she applied to",
  "Orchard Pacific Bank Alerts <alerts@orchardpacific.com.sg>", "Transaction declined",
  "2025-12-14 20:47 +0800", """Dear Customer,

Unfortunately, a transaction of SGD 412.00 at AIRASIA*WEB on your card ending 4471 was declined on 14/12/2025 at 8:46 PM due to insufficient available limit.

If you did not attempt this transaction, please call 1800 555 0100 immediately.

This is an automated message. Please do not reply.
Orchard Pacific Bank
""", hdrs={"Auto-Submitted": "auto-generated"})

M("other", "", "Tomás", "", "en", "hard", "pull request closed: 'decided not to merge'",
  "Tomás Villanueva <notifications@github.com>", "Re: [sigmahq-community/rules] Add detection for rundll32 LOLBin abuse (PR #2291)",
  "2025-08-21 03:14 +0000", """Closed #2291.

Thanks for the contribution @wltan-sec. After discussion with the other maintainers we've decided not to merge this one: the rule overlaps heavily with proc_creation_win_rundll32_susp and produced too many false positives on our test corpus. Happy to review a narrower version!

--\u0020
Reply to this email directly, view it on GitHub, or unsubscribe.
""", hdrs={"List-Id": "<rules.sigmahq-community.github.com>", "List-Unsubscribe": "<mailto:unsub+2291@reply.github.com>", "Precedence": "list"})

M("other", "", "", "", "en", "hard", "conference talk (CFP) not accepted",
  "GovWare Asia CFP Committee <cfp@govwareasia.example.org>", "Your submission #118 to GovWare Asia 2026",
  "2026-07-30 16:00 +0800", """Dear Wei Ling Tan,

Thank you for submitting "Hunting Living-off-the-Land Techniques in Hybrid Cloud" to the GovWare Asia 2026 call for papers.

We received 412 submissions for 40 speaking slots. We regret to inform you that your talk was not accepted for this year's programme. Reviewer comments are included below.

Reviewer 1: Strong practical content, but overlaps with two accepted talks.
Reviewer 2: Would welcome this as a workshop proposal next year.

We hope to see you at the conference.
CFP Committee
""")

M("other", "", "", "", "en", "hard", "marketing 'offer' for a training course",
  "CyberLearn Academy <deals@cyberlearn.academy>", "Offer ends tonight: 20% off incident response certification",
  "2025-11-28 09:00 +0800", """Black Friday offer: 20% off all incident response and threat hunting courses.

Land your next interview with a hands-on cert employers recognise. Use code FRIDAY20 at checkout.

Don't miss out - offer ends midnight SGT.

Unsubscribe from marketing emails: https://cyberlearn.academy/unsub
""", fmt="alt", cte="base64", hdrs={"List-Unsubscribe": "<https://cyberlearn.academy/unsub>", "Precedence": "bulk"})

M("other", "", "Vanessa", "", "en", "hard", "rental application unsuccessful; reads like a rejection",
  "Vanessa Koh <vanessa.koh@propnex-realty.example.com.sg>", "Re: Viewing - 2BR at Tiong Bahru",
  "2026-01-22 19:20 +0800", """Hi Wei Ling,

Thanks for viewing the unit on Saturday. Unfortunately the landlord has decided to go with another applicant who can commit to a two-year lease, so your application was not successful this time.

I have two similar units in Redhill coming up next month - shall I arrange viewings?

Best regards,
Vanessa Koh
Property Agent
""", reply=True)

M("other", "", "", "", "en", "hard", "home loan 'letter of offer' from a bank",
  "Selat Bank Mortgages <mortgages@selatbank.com.sg>", "Your Letter of Offer for Home Loan (Ref HL-2607713)",
  "2026-08-04 11:10 +0800", """Dear Ms Tan Wei Ling,

We are pleased to inform you that your home loan application has been approved. Please find your Letter of Offer attached.

Kindly sign and return the acceptance within 14 days. The offer is subject to valuation of the property and the terms set out in the letter.

Selat Bank Mortgage Services
""", pdf="Letter_of_Offer_HL-2607713.pdf")

M("other", "", "Raj", "SOC Analyst L1", "en", "hard", "recruiter mass mailing: 'interview this week'",
  "Raj Kumar <raj@hirefast-staffing.example.com>", "URGENT: 10 x SOC Analyst L1 - immediate interviews this week!!",
  "2025-05-06 10:05 +0530", """Dear Candidate,

We have URGENT requirements for 10 x SOC Analyst L1 for a leading MNC client (24x7 shifts, Singapore/Malaysia).

Immediate interviews this week for shortlisted profiles! Kindly share your updated CV, current CTC, expected CTC and notice period at the earliest.

Regards,
Raj Kumar
Sr. Talent Acquisition Executive
HireFast Staffing Solutions

To unsubscribe reply REMOVE.
""", to="undisclosed-recipients:;", hdrs={"Precedence": "bulk"})

M("other", "", "Jia Hui", "", "en", "hard", "friend's personal mail about her own interview and offer",
  "Jia Hui <jiahui.lim88@gmail.com>", "omg update",
  "2026-04-11 23:48 +0800", """WL!!

So the interview at the bank on Thursday went SO much better than I expected. They asked the exact Active Directory question you drilled me on. The HR lady said I should hear about the offer next week, fingers crossed.

Also sorry to hear about the other one rejecting you, their loss honestly. Dinner Sat? My treat if I get it.

JH
""", cte="8bit")

M("other", "", "Marcus", "", "en", "hard", "Fwd: friend forwards a posting; mentions interviews",
  "Marcus Lee <marcus.lee.wk@gmail.com>", "Fwd: We're hiring: Red Team Consultant (Singapore)",
  "2025-10-12 21:30 +0800", """Saw this on our internal board and thought of you immediately. I can refer you if you want - they interview pretty quickly once there's a referral.

M

---------- Forwarded message ---------
From: Kestrel & Moss Careers <careers@kestrelmoss.com>
Date: Fri, 10 Oct 2025
Subject: We're hiring: Red Team Consultant (Singapore)

Join our Offensive Security team! We're looking for a Red Team Consultant with 3+ years of experience in adversary simulation. Apply at kestrelmoss.com/careers.
""")

M("other", "", "", "", "en", "hard", "bug bounty report closed as duplicate ('rejected')",
  "BountyNest <no-reply@bountynest.example.io>", "Report #55102 status changed to Duplicate",
  "2026-05-27 02:40 +0000", """Your report #55102 "Stored XSS in merchant dashboard" for program Pelican Payments VDP has been closed as Duplicate.

The program team has determined that this issue was already reported (#54877). Duplicate reports are not eligible for a reward, but your reputation will not be affected.

View report: https://bountynest.example.io/reports/55102
""", hdrs={"Auto-Submitted": "auto-generated"})

M("other", "", "", "", "en", "easy", "certification renewal reminder",
  "ISC Member Services <membership@isc-members.example.org>", "Reminder: CPE credits due before your renewal",
  "2025-03-03 22:00 -0500", """Dear Wei Ling Tan,

Your certification cycle ends on 31 May 2025. You have earned 96 of the 120 CPE credits required. Log your remaining credits and pay your annual maintenance fee to stay in good standing.

Member Services
""", fmt="html", hdrs={"Precedence": "bulk"})

M("other", "", "", "", "en", "hard", "part-time master's admission 'offer'",
  "Lion City University Graduate Admissions <gradadmissions@lcu.edu.sg>", "Offer of Admission - Master of Science in Cybersecurity (Part-time)",
  "2026-05-15 15:00 +0800", """Dear Ms Tan Wei Ling,

Congratulations! We are delighted to offer you admission to the Master of Science in Cybersecurity (Part-time) programme, commencing in August 2026.

Please accept your offer via the applicant portal by 29/05/2026 and pay the acceptance deposit.

Graduate Admissions Office
Lion City University
""", fmt="alt")

M("other", "", "", "", "en", "hard", "webinar about interviewing for cyber roles",
  "Women in Cyber SG <events@wicsg.example.org>", "Webinar Thursday: acing the SOC technical interview",
  "2026-02-10 10:00 +0800", """Join us this Thursday at 7pm SGT for a free webinar: "From rejection to offer - acing the SOC technical interview".

Our panel of hiring managers from banks and MSSPs will run mock interview questions live and share what gets candidates to the next round.

Register: https://wicsg.example.org/events/soc-interview
""", fmt="alt", hdrs={"List-Unsubscribe": "<https://wicsg.example.org/unsub>"})

M("other", "", "Tamsin", "", "en", "easy", "Jira notification from a volunteer project",
  "Tamsin Hale (Jira) <jira@owasp-sg.atlassian.net>", "[JIRA] (OWSG-214) Update CTF scoreboard TLS config",
  "2025-09-08 14:22 +0800", """Tamsin Hale updated OWSG-214

Status: In Progress -> In Review
Assignee: Wei Ling Tan

Comment: Looks good, can you rotate the cert before the meetup? Thanks!

View: https://owasp-sg.atlassian.net/browse/OWSG-214
""", hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("other", "", "", "", "en", "hard", "telco bill from a company she applied to",
  "Tembusu Telecom <ebill@tembusutel.com.sg>", "Your Tembusu Telecom bill for October is ready",
  "2025-11-05 06:00 +0800", """Hi Wei Ling,

Your bill of SGD 48.90 for account 7720-11843 is ready. Payment is due on 25/11/2025 via GIRO.

View your bill in the Tembusu app.

Tembusu Telecom
""", fmt="html", cte="base64")

M("other", "", "", "", "en", "hard", "mock-interview practice score from a prep platform",
  "CodeGauntlet <team@codegauntlet.example.io>", "Your mock interview results are in",
  "2026-01-05 09:30 +0800", """Hi Wei Ling,

You completed the "Blue Team Analyst" mock interview. Score: 78/100.

Strengths: log analysis, MITRE ATT&CK mapping. To improve: explaining containment trade-offs.

Try another mock interview: https://codegauntlet.example.io/mock
""", hdrs={"List-Unsubscribe": "<https://codegauntlet.example.io/unsub>"})

M("other", "", "", "", "en", "easy", "salary survey from a recruitment firm",
  "Apex Search Partners <insights@apexsearch.com.sg>", "2026 Cybersecurity Salary Guide - Singapore & Malaysia",
  "2026-01-20 08:00 +0800", """The 2026 Apex Cybersecurity Salary Guide is here.

SOC analyst pay in Singapore rose 6% year on year, while demand for cloud security skills continues to outstrip supply in Kuala Lumpur. Download the full guide for role-by-role benchmarks.

Download: https://apexsearch.com.sg/salary-guide-2026
""", fmt="html", hdrs={"List-Unsubscribe": "<https://apexsearch.com.sg/unsub>", "Precedence": "bulk"})

M("other", "", "", "", "en", "easy", "ride-hailing receipt",
  "Zoomcab Receipts <receipts@zoomcab.example.com>", "Your Tuesday morning ride with Zoomcab",
  "2026-04-28 13:40 +0800", """Thanks for riding with Zoomcab!

Trip: Tiong Bahru -> Paya Lebar Quarter
Date: 28/04/2026, 1:05 PM
Total: SGD 17.40 (Visa 4471)
""", fmt="alt")

M("other", "", "", "", "en", "hard", "candidate-portal account verification (ATS), no application content",
  "Orchard Pacific Bank <orchardpacific@myworkday.com>", "Verify your candidate account",
  "2025-10-21 22:51 +0800", """Hi Wei Ling,

Thanks for creating a candidate account on the Orchard Pacific Bank careers site. Please verify your email address to continue: https://orchardpacific.wd3.myworkdayjobs.com/verify?t=8842a

If you did not create this account, you can ignore this email.
""", hdrs={"Auto-Submitted": "auto-generated"})

M("other", "", "Daniel", "", "en", "hard", "volunteer application accepted for a conference",
  "Daniel Ng <daniel.ng@kestrelmoss.com>", "GovWare volunteer crew - you're in!",
  "2026-09-22 11:15 +0800", """Hi Wei Ling,

Great news - your application to volunteer on the GovWare CTF crew has been accepted! We'll need you on Day 2 (shift 9am-1pm) helping run the blue-team challenges.

Briefing is on Zoom next Tuesday; I'll send the details separately.

Cheers,
Daniel
""")

M("other", "", "", "", "en", "hard", "careers newsletter about interviews and refused applications",
  "Cyber Careers Weekly <letter@cybercareers.example.org>", "Cyber Careers Weekly: nailing the SOC interview",
  "2025-12-06 08:00 +0100", """This week in Cyber Careers Weekly:

- SOC technical interview: the 10 questions you will almost certainly be asked
- Application turned down? How to ask for feedback that is actually useful
- Job offers: 34 new remote cybersecurity roles across EMEA and APAC

Unsubscribe: https://cybercareers.example.org/unsubscribe
""", fmt="alt", hdrs={"List-Unsubscribe": "<https://cybercareers.example.org/unsubscribe>", "Precedence": "bulk"})

M("other", "", "Stefan", "", "en", "hard", "meetup organiser to a list: 'we regret', event cancelled",
  "Stefan Krueger <stefan@bsides-remote.example.org>", "Cancelled: remote Threat Hunting meetup on Thursday",
  "2026-10-27 18:00 +0100", """Hi all,

We regret that we have to cancel Thursday's remote Threat Hunting meetup: our speaker has fallen ill at short notice. We'll be in touch with a new date, and everyone who RSVP'd will keep their spot.

Thanks for understanding!
Stefan
""", to="meetup-threat-hunting@lists.bsides-remote.example.org", hdrs={"List-Id": "<meetup-threat-hunting.lists.bsides-remote.example.org>"})

if __name__ == "__main__":
    import random

    random.Random(55).shuffle(MESSAGES)
    main()
