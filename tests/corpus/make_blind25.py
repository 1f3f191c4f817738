"""Generate the blind25 evaluation corpus (stdlib only).

Writes tests/corpus/blind25/NNN.eml and labels.csv. Job seeker: Tom Becker-Hale.
All people, companies and addresses are fictional.
"""

from __future__ import annotations

import csv
import hashlib
import random
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind25"
ME = "Tom Becker-Hale <tom.beckerhale@outlook.com>"
ENTRIES: list[dict] = []

FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def M(label, company, contact, role, ret, lang, diff, notes, iat, frm, subj, date,
      text=None, html=None, **kw):
    ENTRIES.append(dict(label=label, company=company, contact=contact, role=role, ret=ret,
                        lang=lang, diff=diff, notes=notes, iat=iat, frm=frm, subj=subj,
                        date=date, text=text, html=html, kw=kw))


def ics(summary, start, end, tzid, organizer, uid):
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nSUMMARY:{summary}\r\n"
        f"DTSTART;TZID={tzid}:{start}\r\nDTEND;TZID={tzid}:{end}\r\n"
        f"ORGANIZER:mailto:{organizer}\r\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tom.beckerhale@outlook.com\r\n"
        "DTSTAMP:20250101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def build(e: dict, idx: int) -> bytes:
    kw = e["kw"]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = e["frm"]
    msg["To"] = kw.get("to", ME)
    if kw.get("cc"):
        msg["Cc"] = kw["cc"]
    msg["Subject"] = e["subj"]
    msg["Date"] = e["date"]
    dom = e["frm"].rsplit("@", 1)[-1].rstrip(">")
    digest = hashlib.sha1(f"{e['date']}{e['subj']}".encode()).hexdigest()[:20].upper()
    msg["Message-ID"] = f"<{digest}.{idx:03d}@{dom}>"
    if kw.get("irt"):
        ref = f"<{kw['irt']}@mail.outlook.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    for k, v in kw.get("headers", {}).items():
        msg[k] = v
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(kw.get("cte", ""), None)
    text, html = e["text"], e["html"]
    if text is not None:
        if cte:
            msg.set_content(text, cte=cte)
        else:
            msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=cte) if cte else msg.add_alternative(html, subtype="html")
    else:
        if cte:
            msg.set_content(html, subtype="html", cte=cte)
        else:
            msg.set_content(html, subtype="html")
    if kw.get("cal"):
        msg.add_attachment(kw["cal"], subtype="calendar", filename="invite.ics",
                           params={"method": "REQUEST"})
    if kw.get("pdf"):
        msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=kw["pdf"])
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{idx:03d}_{k}_b25")
    return msg.as_bytes()


# --------------------------------------------------------------------------------------
# REJECTIONS (26)
# --------------------------------------------------------------------------------------
M("rejection", "Harrowgate Aerospace", "", "Stress Engineer", "", "en", "easy",
  "Workday template", "",
  "Harrowgate Aerospace <harrowgate@myworkday.com>",
  "Your application for Stress Engineer (R-04502)",
  "Thu, 13 Feb 2025 16:02:11 +0000",
  "Dear Tom,\n\nThank you for applying for the Stress Engineer position (R-04502) at "
  "Harrowgate Aerospace.\n\nAfter careful review we will not be progressing your application on this "
  "occasion. We received a high number of applications and the competition was strong.\n\nYou can "
  "view your candidate home at any time to see other vacancies.\n\nKind regards,\nTalent Acquisition\n"
  "Harrowgate Aerospace Components Ltd\n",
  headers={"Auto-Submitted": "auto-generated"})

M("rejection", "Kestrel Marine Systems", "Fiona", "Senior Design Engineer - Naval Platforms", "", "en",
  "hard", "after final round; no negative keywords; praises detail", "",
  "Fiona Galbraith <fiona.galbraith@kestrel-ms.co.uk>",
  "RE: Final stage - Senior Design Engineer",
  "Fri, 07 Mar 2025 11:40:00 +0000",
  "Hi Tom,\n\nThanks for making the trip up to Barrow on Tuesday, and for the effort you put into the "
  "design review exercise - the panel genuinely enjoyed it.\n\nIt was a close call, but we have offered "
  "the Senior Design Engineer role to a candidate with more time on submarine structures, and they "
  "have accepted. I know that's not what you were hoping to hear.\n\nIf a mid-level post opens on the "
  "surface-ships side later in the year I would like to give you a ring.\n\nBest wishes,\nFiona\n\n"
  "Fiona Galbraith | Engineering Resourcing Lead\nKestrel Marine Systems\n",
  irt="kms-final-0304")

M("rejection", "Ashdown Medical", "", "Product Development Engineer", "", "en", "easy",
  "Greenhouse template", "",
  "Ashdown Medical <no-reply@us.greenhouse-mail.io>",
  "Update on your Ashdown Medical application",
  "Wed, 23 Apr 2025 09:15:33 +0100",
  None,
  "<html><body><p>Hi Tom,</p><p>Thanks for your interest in the <b>Product Development Engineer</b> "
  "role at Ashdown Medical. We've reviewed your background and have decided to move ahead with "
  "other applicants whose experience more closely fits what we need right now.</p>"
  "<p>We wish you the best in your search.</p><p>The Ashdown Medical Talent Team</p>"
  "<p style='font-size:10px;color:#888'>Powered by Greenhouse</p></body></html>")

M("rejection", "Lindqvist Wind Services", "Magnus", "Blade Structures Engineer", "", "en", "hard",
  "very short; 'gone with someone'; no rejection keywords", "",
  "Magnus Lindqvist <magnus@lindqvistwind.com>",
  "Blade Structures Engineer",
  "Mon, 02 Jun 2025 18:22:00 +0200",
  "Tom - quick note. We've gone with someone already on our Esbjerg crew for the blade role. "
  "Appreciated your time on the call.\n\n- Magnus\n")

M("rejection", "Brackwell Automotive", "", "CAD Engineer - Body in White", "", "en", "easy",
  "SuccessFactors template", "",
  "Brackwell Careers <DoNotReply@successfactors.eu>",
  "Brackwell Automotive - application status",
  "Tue, 17 Jun 2025 07:05:40 +0100",
  "Dear Tom Becker-Hale,\n\nRe: CAD Engineer - Body in White (Job ID 118842)\n\nThank you for your "
  "interest in Brackwell Automotive. We regret to let you know that you have not been shortlisted "
  "for this vacancy.\n\nPlease do not reply to this email; this mailbox is not monitored.\n\n"
  "Brackwell Automotive Recruitment\n",
  cte="qp")

M("rejection", "Fenwright", "Priya", "Mechanical Engineer (Building Services)", "", "en", "hard",
  "rejection plus referral to another firm; 'keep in touch'", "",
  "Priya Raman <p.raman@fenwright.co.uk>",
  "Following up",
  "Thu, 10 Jul 2025 14:03:00 +0100",
  "Dear Tom,\n\nI wanted to come back to you personally after our conversation last week. We've "
  "decided the Building Services post needs someone with more chartered M&E experience, so it won't "
  "be you this time round, I'm sorry to say.\n\nYour product-design background is strong though, and a "
  "friend of mine at Atlas & Finch is looking for exactly that. Happy to introduce you if you like - "
  "just say the word. Let's keep in touch.\n\nWarm regards,\nPriya Raman CEng\nAssociate Director, "
  "Fenwright Engineering Consultants\n")

M("rejection", "Tidewire Robotics", "", "Mechanical Engineer - Grippers", "", "en", "easy",
  "Lever template", "",
  "Tidewire Robotics <no-reply@hire.lever.co>",
  "Tidewire Robotics | Mechanical Engineer - Grippers",
  "Fri, 15 Aug 2025 20:11:09 -0700",
  "Hi Tom,\n\nThank you for taking the time to apply to Tidewire. After reviewing your application, "
  "we've decided not to move forward with your candidacy for the Mechanical Engineer - Grippers role.\n\n"
  "We'll keep your details in our talent pool and reach out if a better match comes up.\n\n"
  "Cheers,\nTidewire Recruiting\n")

M("rejection", "Rhenbach Antriebstechnik GmbH", "", "Projektingenieur Sondermaschinenbau (m/w/d)", "", "de", "easy",
  "German Personio rejection", "",
  "Rhenbach Antriebstechnik GmbH <jobs@rhenbach.jobs.personio.de>",
  "Ihre Bewerbung als Projektingenieur Sondermaschinenbau (m/w/d)",
  "Mon, 08 Sep 2025 10:31:00 +0200",
  "Sehr geehrter Herr Becker-Hale,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen und die "
  "Zusendung Ihrer Unterlagen.\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir "
  "Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nWir wünschen Ihnen für "
  "Ihren weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"
  "Rhenbach Antriebstechnik GmbH\n",
  cte="qp")

M("rejection", "Orrin Medical", "Dana", "Mechanical Engineer II", "", "en", "hard",
  "reply to thank-you; quoted text is the interview invite", "",
  "Dana Whitcombe <dwhitcombe@orrinmed.com>",
  "Re: Thank you - onsite on Thursday",
  "Tue, 30 Sep 2025 15:48:00 -0400",
  "Hi Tom,\n\nThanks for the kind note, and sorry for the slow reply. The team met yesterday and "
  "we've decided to extend an offer to another finalist whose catheter-handle work lined up very "
  "closely with our roadmap. It was not an easy decision.\n\nAll the best,\nDana\n\n"
  "On Fri, Sep 19, 2025 at 9:02 AM Dana Whitcombe wrote:\n> Hi Tom, we'd love to have you onsite in "
  "Marlborough on Thursday 25 Sept at 10:00 for a panel interview.\n> Please bring a portfolio.\n",
  irt="orrin-thanks-0926")

M("rejection", "Quarry Hill Defence", "", "Design Engineer (SC Clearance)", "", "en", "hard",
  "Oleeo; 'unsuccessful' after online tests; mentions interviews as next stage", "",
  "Quarry Hill Defence Recruitment <recruitment-noreply@tal.net>",
  "Design Engineer (SC Clearance) - outcome of online assessment",
  "Wed, 22 Oct 2025 12:00:04 +0100",
  "Dear Tom,\n\nThank you for completing the online assessment for Design Engineer (SC Clearance).\n\n"
  "Candidates who met the benchmark have now been invited to interview. I'm sorry to tell you that your "
  "application was unsuccessful at this stage.\n\nYou are welcome to apply for other Quarry Hill Defence "
  "vacancies after a 6 month period.\n\nRegards\nResourcing Team\n",
  headers={"Auto-Submitted": "auto-generated"})

M("rejection", "Van der Sluis Precision", "Eva", "Mechanical Design Engineer", "", "en", "hard",
  "Dutch company writing in English; 'not the right match at this time'", "",
  "Eva de Groot <eva.degroot@vdsluis.nl>",
  "Your application at Van der Sluis",
  "Thu, 13 Nov 2025 09:12:00 +0100",
  "Dear Tom,\n\nThank you for the video call last Friday. We had a good impression of you, however "
  "your profile is not the right match at this time for the vacancy in Eindhoven, mainly because "
  "we need someone who can start on site fairly soon and speaks some Dutch.\n\nWe keep your CV for "
  "one year, with your permission.\n\nMet vriendelijke groet / Kind regards,\n\nEva de Groot\n"
  "HR Advisor\nVan der Sluis Precision B.V.\n")

M("rejection", "University of Northmoor", "", "Research Associate in Mechanical Design", "", "en", "easy",
  "university template; 'Dear Applicant'", "",
  "University of Northmoor <jobs-noreply@northmoor.ac.uk>",
  "Vacancy ref NM-2025-311: Research Associate",
  "Mon, 01 Dec 2025 08:30:00 +0000",
  "Dear Applicant,\n\nRe: Research Associate in Mechanical Design, School of Engineering (NM-2025-311)\n\n"
  "The shortlisting panel has now met. We regret that on this occasion your application has not been "
  "shortlisted for interview.\n\nDue to the volume of applications we are unable to provide individual "
  "feedback.\n\nHuman Resources\nUniversity of Northmoor\n")

M("rejection", "Corrib Medical", "Aoife", "Senior R&D Engineer", "", "en", "hard",
  "agency recruiter relays client decision in a forward", "",
  "Aoife Brennan <aoife@westlinktalent.ie>",
  "FW: Tom Becker-Hale - Corrib",
  "Wed, 14 Jan 2026 17:05:00 +0000",
  "Hi Tom,\n\nSee below from the hiring manager at Corrib - not the news we wanted. Call me tomorrow "
  "and we'll talk about the Athlone role instead.\n\nAoife\nWestlink Talent | Galway\n\n"
  "-----Original Message-----\nFrom: Declan Moran <declan.moran@corribmedical.ie>\n"
  "Sent: 14 January 2026 15:20\nTo: Aoife Brennan\nSubject: RE: Tom Becker-Hale - Corrib\n\n"
  "Aoife, thanks for sending Tom along. Nice guy, but we're going to pass - we need more Class III "
  "design-control experience for the senior level. Please let him know.\nDeclan\n")

M("rejection", "Ateliers Vautrin", "Camille", "Ingénieur Conception Mécanique (H/F)", "", "fr", "easy",
  "French rejection", "",
  "Camille Fabre <c.fabre@ateliers-vautrin.fr>",
  "Votre candidature - Ingénieur Conception Mécanique (H/F)",
  "Tue, 03 Feb 2026 10:44:00 +0100",
  "Bonjour Monsieur Becker-Hale,\n\nNous vous remercions de l'intérêt que vous portez aux Ateliers "
  "Vautrin.\n\nAprès étude attentive de votre dossier, nous sommes au regret de vous informer que nous "
  "ne pouvons pas donner une suite favorable à votre candidature pour le poste d'Ingénieur Conception "
  "Mécanique.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nCordialement,\n"
  "Camille Fabre\nChargée de recrutement\n",
  cte="b64")

M("rejection", "Cygnet Battery Systems", "", "Mechanical Engineer - Pack Design", "", "en", "hard",
  "Ashby; 'position has been filled' framed as update; mentions next steps", "",
  "Cygnet Battery Systems <no-reply@ashbyhq.com>",
  "An update from Cygnet",
  "Thu, 19 Feb 2026 13:27:00 +0000",
  "Hi Tom,\n\nA quick update on the Mechanical Engineer - Pack Design role. We've now filled the "
  "position, so there are no further next steps on this one for you.\n\nThanks for the time you spent "
  "with us - we know interviewing is a lot of work.\n\nTeam Cygnet\n")

M("rejection", "Pellham Rail Engineering", "", "Bogie Design Engineer", "", "en", "easy",
  "Eploy; HTML only", "",
  "Pellham Rail Careers <noreply@eploy.net>",
  "Bogie Design Engineer - application update",
  "Mon, 09 Mar 2026 09:00:12 +0000",
  None,
  "<html><body><table width='600'><tr><td><h2>Pellham Rail Engineering</h2>"
  "<p>Dear Tom,</p><p>Thank you for applying for the role of Bogie Design Engineer. Unfortunately we "
  "have decided not to take your application any further.</p><p>We wish you every success.</p>"
  "<p>Pellham Rail Recruitment Team</p></td></tr></table></body></html>",
  cte="qp")

M("rejection", "Velmont Drives", "Jonas", "Entwicklungsingenieur Mechanik", "", "de", "hard",
  "German personal note after interview; 'Absage' never said; quoted invitation", "",
  "Jonas Weidner <jonas.weidner@velmont-drives.de>",
  "AW: Gespräch am Donnerstag",
  "Fri, 20 Mar 2026 16:10:00 +0100",
  "Hallo Herr Becker-Hale,\n\nnochmals danke für das offene Gespräch am Donnerstag. Wir haben uns im "
  "Team abgestimmt und uns für einen Kandidaten entschieden, der bereits Erfahrung mit "
  "Planetengetrieben in Serie mitbringt.\n\nIch hätte Sie gern im Team gehabt und wünsche Ihnen viel "
  "Erfolg.\n\nViele Grüße\nJonas Weidner\nTeamleiter Mechanik\nVelmont Drives GmbH\n\n"
  "-----Ursprüngliche Nachricht-----\nVon: Jonas Weidner\nGesendet: Montag, 16. März 2026 08:30\n"
  "Betreff: Gespräch am Donnerstag\n\nKönnen wir das Vorstellungsgespräch am Donnerstag um 14 Uhr per "
  "Teams machen?\n",
  irt="velmont-gespraech")

M("rejection", "Strathmore Subsea", "", "Mechanical Design Engineer - Subsea Controls", "", "en", "easy",
  "Taleo; 'other candidates'", "",
  "Strathmore Subsea <noreply@taleo.net>",
  "Strathmore Subsea: Mechanical Design Engineer - Subsea Controls",
  "Wed, 08 Apr 2026 06:45:00 +0100",
  "Dear Tom,\n\nThank you for your application for Mechanical Design Engineer - Subsea Controls "
  "(Aberdeen).\n\nWe have carefully considered all applications and have chosen to proceed with "
  "other candidates for this requisition.\n\nKind regards,\nStrathmore Subsea Talent Acquisition\n")

M("rejection", "Hollin Automation", "Gareth", "Design Engineer", "", "en", "hard",
  "curt; 'this one didn't work out'", "",
  "Gareth Hollin <gareth@hollinautomation.co.uk>",
  "design engineer",
  "Sat, 18 Apr 2026 08:02:00 +0100",
  "Tom, sorry, this one didn't work out - the lads picked someone local who can start Monday. Good luck.\n"
  "Gareth\n\nSent from my iPhone\n")

M("rejection", "Sorrel Energy Storage", "", "Mechanical Engineer - Enclosures", "", "en", "hard",
  "Workable; 'great fit for the company but not for this role'; encourages other roles", "",
  "Sorrel Energy Storage <noreply@candidates.workablemail.com>",
  "Thanks for applying to Sorrel Energy Storage",
  "Tue, 05 May 2026 11:18:00 +0100",
  "Hi Tom,\n\nThanks again for applying for Mechanical Engineer - Enclosures. We loved your "
  "enthusiasm for grid storage and think you'd be a great addition to Sorrel at some point, but for "
  "this particular opening we're prioritising candidates with IP-rated enclosure certification "
  "experience.\n\nDo keep an eye on our careers page - new roles go up most months.\n\nBest,\n"
  "Sorrel People Team\n")

M("rejection", "Eólica Sierra Norte", "Lucía", "Ingeniero/a de Diseño Mecánico", "", "es", "easy",
  "Spanish rejection", "",
  "=?utf-8?q?Luc=C3=ADa_Ortega?= <lortega@eolicasierranorte.es>",
  "Proceso de selección - Ingeniero/a de Diseño Mecánico",
  "Thu, 21 May 2026 12:30:00 +0200",
  "Estimado Tom:\n\nLe agradecemos su participación en el proceso de selección para el puesto de "
  "Ingeniero/a de Diseño Mecánico.\n\nLamentamos comunicarle que en esta ocasión hemos optado por otro "
  "perfil que se ajusta mejor a las necesidades actuales del proyecto.\n\nGuardaremos su CV para "
  "futuras oportunidades.\n\nUn saludo,\nLucía Ortega\nRecursos Humanos\n")

M("rejection", "Bridgewater Compressors", "", "Product Design Engineer", "", "en", "hard",
  "iCIMS status change; 'no longer under consideration'; footer unmonitored", "",
  "Bridgewater Compressors <donotreply@icims.com>",
  "Status update: Product Design Engineer",
  "Wed, 17 Jun 2026 22:14:00 -0500",
  "Tom,\n\nYour application for Product Design Engineer (req 2026-0412) is no longer under "
  "consideration. The hiring team has selected finalists whose qualifications more closely align "
  "with the requirements.\n\nThis message was sent from an unmonitored mailbox.\n",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("rejection", "Ardent Motion", "Kelsey", "Mechanical Engineer (Founding Team)", "", "en", "hard",
  "warm startup note; 'we're going to pass for now' plus 'keep in touch'", "",
  "Kelsey Park <kelsey@ardentmotion.io>",
  "Re: Ardent Motion - founding mech eng",
  "Mon, 13 Jul 2026 19:40:00 -0400",
  "Hey Tom,\n\nReally enjoyed the whiteboard session with Raj. We talked it over as a team and we're "
  "going to pass for now - we need someone who can sit in Somerville full-time and visa timing makes "
  "that hard this year.\n\nWould love to stay in touch. If you're ever in Boston, coffee is on me.\n\n"
  "Kelsey\nCo-founder, Ardent Motion\n",
  irt="ardent-founding")

M("rejection", "Maasbeek Hydraulics", "", "Werktuigbouwkundig Ontwerper / Mechanical Designer", "", "en",
  "easy", "Recruitee template", "",
  "Maasbeek Hydraulics <noreply@recruitee.com>",
  "Your application - Mechanical Designer",
  "Fri, 07 Aug 2026 10:05:00 +0200",
  "Dear Tom,\n\nThank you for applying for the position Werktuigbouwkundig Ontwerper / Mechanical "
  "Designer at Maasbeek Hydraulics. Unfortunately we have decided not to continue with your "
  "application.\n\nKind regards,\nMaasbeek Hydraulics\n")

M("rejection", "Loughmore Engineering", "Ciara", "Mechanical Design Engineer", "", "en", "hard",
  "'went a different direction'; mentions second interview", "",
  "Ciara Doyle <ciara.doyle@loughmore-eng.ie>",
  "Mechanical Design Engineer - second interview",
  "Thu, 10 Sep 2026 15:25:00 +0100",
  "Hi Tom,\n\nThanks for coming back in for the second interview. After a lot of back and forth the "
  "team went a different direction and appointed an internal candidate.\n\nI'd be glad to give you "
  "some feedback over the phone if useful.\n\nKind regards,\n\nCiara Doyle\nHR Business Partner | "
  "Loughmore Engineering\nTel +353 90 644 1200\n")

M("rejection", "Northgate Defence Systems", "", "Mechanical Engineer - Land Systems", "", "en", "hard",
  "Jobvite; encoded subject; says 'offer' about other candidate", "",
  "Northgate Defence Systems <notification@jobvite.com>",
  "=?utf-8?q?Mechanical_Engineer_=E2=80=93_Land_Systems?=",
  "Mon, 12 Oct 2026 09:34:00 +0100",
  "Dear Tom,\n\nThank you for your interest in the Mechanical Engineer - Land Systems role and for "
  "attending our assessment day. We have now made an offer to another candidate and the vacancy is "
  "closed to new applicants.\n\nWe appreciate the time you invested.\n\nNorthgate Defence Systems "
  "Recruitment\n")

# --------------------------------------------------------------------------------------
# ON HOLD (10)
# --------------------------------------------------------------------------------------
M("on_hold", "Brackwell Automotive", "Helen", "Senior Product Engineer - Seating", "", "en", "easy",
  "explicit hiring freeze", "",
  "Helen Morley <hmorley@brackwell-auto.com>",
  "Senior Product Engineer - update",
  "Wed, 19 Mar 2025 12:11:00 +0000",
  "Hi Tom,\n\nI'm sorry to be writing with this. Brackwell has announced a hiring freeze across "
  "engineering until at least Q3 following the model-programme review, and the Senior Product "
  "Engineer search is paused with immediate effect.\n\nThis is nothing to do with you - you were one "
  "of our strongest candidates. If the freeze lifts I'll contact you first.\n\nKind regards,\nHelen\n"
  "Helen Morley | Talent Partner, Engineering | Brackwell Automotive\n")

M("on_hold", "Kestrel Marine Systems", "", "Mechanical Engineer - Propulsion", "", "en", "hard",
  "requisition withdrawn; ATS wording sounds like rejection", "",
  "Kestrel Marine Systems <kestrelms@myworkday.com>",
  "Mechanical Engineer - Propulsion (R-22951)",
  "Mon, 05 May 2025 14:00:00 +0100",
  "Dear Tom,\n\nThank you for your interest in Mechanical Engineer - Propulsion (R-22951).\n\nThis "
  "requisition has been withdrawn by the business and the position will not be filled. As a result "
  "your application will no longer be considered.\n\nWe encourage you to apply for other roles.\n\n"
  "Kestrel Marine Systems Talent Acquisition\n",
  headers={"Auto-Submitted": "auto-generated"})

M("on_hold", "Tidewire Robotics", "Sam", "Senior Mechanical Engineer", "", "en", "hard",
  "funding delay; 'pausing this search'; mentions onsite", "",
  "Sam Okonjo <sam@tidewire.ai>",
  "Pausing the senior mech search",
  "Thu, 24 Jul 2025 17:30:00 -0700",
  "Hi Tom,\n\nWanted to be upfront: our Series A close slipped, and we're pausing this search until it "
  "lands - probably October. That means the onsite we'd pencilled in for next week is off for now.\n\n"
  "You're still very much someone we'd like on the team and I'll reach out the moment we can restart.\n\n"
  "Sam\nHead of Hardware, Tidewire Robotics\n")

M("on_hold", "Carrow Valve Technologies", "", "Design Engineer - Actuators", "", "en", "easy",
  "vacancy cancelled", "",
  "Carrow Valve Technologies <careers@carrowvalves.co.uk>",
  "Vacancy cancelled: Design Engineer - Actuators",
  "Tue, 16 Sep 2025 10:20:00 +0100",
  "Dear Tom,\n\nWe are writing to let you know that the Design Engineer - Actuators vacancy has been "
  "cancelled due to a change in business requirements. No appointment will be made.\n\nThank you for "
  "your interest in Carrow.\n\nHR Department\nCarrow Valve Technologies\n")

M("on_hold", "Atlas & Finch", "Rowan", "Industrial Design Engineer", "", "en", "hard",
  "client project lost so role no longer open; agency-like consultancy; 'unfortunately'", "",
  "Rowan Atlas <rowan@atlasandfinch.design>",
  "Industrial Design Engineer role",
  "Fri, 31 Oct 2025 09:05:00 +0000",
  "Morning Tom,\n\nUnfortunately the client programme that this role was tied to has been pulled, so "
  "the role is no longer open. Nothing to do with how you came across - we both liked your portfolio "
  "a lot.\n\nIf we win the next medical bid in the new year the job will come back and I'll get in "
  "touch.\n\nRowan\n--\nRowan Atlas\nPartner, Atlas & Finch Product Design\n")

M("on_hold", "Velmont Drives", "", "Versuchsingenieur (m/w/d)", "", "de", "hard",
  "German; Stelle vorerst nicht besetzt (reorg)", "",
  "Velmont Drives GmbH <karriere@velmont-drives.de>",
  "Ihre Bewerbung: Versuchsingenieur (m/w/d)",
  "Wed, 26 Nov 2025 08:55:00 +0100",
  "Sehr geehrter Herr Becker-Hale,\n\nwir danken Ihnen für Ihre Bewerbung. Aufgrund einer "
  "Umstrukturierung unseres Entwicklungsbereichs wird die Stelle als Versuchsingenieur vorerst nicht "
  "besetzt. Das Auswahlverfahren ist daher bis auf Weiteres ausgesetzt.\n\nSobald wir die Stelle neu "
  "ausschreiben, melden wir uns gern wieder bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"
  "Velmont Drives GmbH\n")

M("on_hold", "Ashdown Medical", "Marcus", "Senior Mechanical Engineer - Surgical Instruments", "", "en",
  "easy", "budget reprioritised", "",
  "Marcus Lowe <marcus.lowe@ashdownmedical.com>",
  "Senior Mechanical Engineer - on hold",
  "Mon, 12 Jan 2026 13:45:00 +0000",
  "Hi Tom,\n\nOur 2026 budget came back lower than planned and the surgical instruments headcount has "
  "been moved to H2. I have to put the process on hold, including the panel we discussed.\n\nI'm sorry "
  "for the disruption. I'll keep your details and let you know as soon as it's reapproved.\n\n"
  "Best,\nMarcus Lowe\nEngineering Manager, Ashdown Medical\n")

M("on_hold", "Northgate Defence Systems", "", "Stress Engineer", "", "en", "hard",
  "contract award delayed; 'keep your CV on file' reads like rejection", "",
  "Northgate Resourcing <resourcing@northgate-defence.co.uk>",
  "Stress Engineer - contract award",
  "Thu, 05 Mar 2026 16:00:00 +0000",
  "Dear Tom,\n\nThe Stress Engineer position was dependent on a contract award that has been delayed "
  "by the customer. We are therefore not recruiting to this post at present.\n\nWe will keep your CV "
  "on file and contact you if the programme goes ahead.\n\nRegards,\nResourcing Team\n"
  "Northgate Defence Systems\n")

M("on_hold", "Eólica Sierra Norte", "Javier", "Ingeniero Mecánico de Proyectos", "", "es", "hard",
  "Spanish; proceso congelado", "",
  "Javier Montes <jmontes@eolicasierranorte.es>",
  "Proceso congelado - Ingeniero Mecánico de Proyectos",
  "Tue, 23 Jun 2026 09:40:00 +0200",
  "Hola Tom,\n\nTe escribo para avisarte de que la dirección ha decidido congelar todas las "
  "contrataciones hasta después del verano, así que el proceso de Ingeniero Mecánico de Proyectos queda "
  "en pausa. No tiene nada que ver con tu candidatura.\n\nTe escribiré en septiembre.\n\nUn abrazo,\n"
  "Javier\n")

M("on_hold", "Cygnet Battery Systems", "Nadia", "Lead Mechanical Engineer", "", "en", "hard",
  "role eliminated in restructuring; quoted thread mentions final round", "",
  "Nadia Farouk <nadia@cygnetbattery.com>",
  "Re: Lead Mechanical Engineer - final round",
  "Wed, 02 Sep 2026 18:05:00 +0100",
  "Hi Tom,\n\nI owe you an update and it isn't the one either of us wanted. We've restructured the "
  "hardware org this week and the lead mech position has been removed from the plan, so we won't be "
  "holding the final round.\n\nI'd genuinely like to stay in contact.\n\nNadia\n\n"
  "> On 28 Aug 2026, Tom Becker-Hale wrote:\n> Thanks Nadia - I'm free any day next week for the final "
  "round.\n",
  irt="cygnet-lead-final")

# --------------------------------------------------------------------------------------
# INTERVIEW (22)
# --------------------------------------------------------------------------------------
M("interview", "Harrowgate Aerospace", "Lauren", "Mechanical Design Engineer", "", "en", "easy",
  "calendar invite with text/calendar part", "2025-02-27T10:00:00+00:00",
  "Lauren Pike <lauren.pike@harrowgate-aero.com>",
  "Interview: Mechanical Design Engineer - Tom Becker-Hale",
  "Mon, 24 Feb 2025 09:12:00 +0000",
  "When: Thursday 27 February 2025 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n"
  "Where: Microsoft Teams\n\nHi Tom, first-stage interview with me and Chris Yates (Design Lead). "
  "Expect some questions on GD&T and a walk-through of a project you're proud of.\n\nLauren\n",
  cal=ics("Interview - Tom Becker-Hale", "20250227T100000", "20250227T110000", "Europe/London",
          "lauren.pike@harrowgate-aero.com", "hga-int-8812"))

M("interview", "Orrin Medical", "Dana", "Mechanical Engineer II", "", "en", "easy",
  "onsite panel, definite time, ET", "2025-09-25T10:00:00-04:00",
  "Dana Whitcombe <dwhitcombe@orrinmed.com>",
  "Onsite panel interview - Mechanical Engineer II",
  "Fri, 19 Sep 2025 09:02:00 -0400",
  "Hi Tom,\n\nGreat news - we'd love to have you onsite in Marlborough, MA on Thursday, September 25 "
  "at 10:00 AM ET for a panel interview with the catheter team. Plan for about four hours including "
  "lunch. Please bring a short portfolio (10 slides max).\n\nOur travel desk will reach out about "
  "flights.\n\nBest,\nDana\n\nDana Whitcombe\nSr. Technical Recruiter, Orrin Medical\n")

M("interview", "Lindqvist Wind Services", "Magnus", "Blade Structures Engineer", "", "en", "hard",
  "informal 'quick chat' without the word interview", "2025-05-21T15:00:00+02:00",
  "Magnus Lindqvist <magnus@lindqvistwind.com>",
  "quick chat?",
  "Mon, 19 May 2025 08:14:00 +0200",
  "Hi Tom,\n\nSaw your CV via Jens. Fancy a quick chat about the blade structures job? Wednesday at "
  "15:00 our time (CEST) works for me - I'll call your mobile.\n\nMagnus\n")

M("interview", "Tidewire Robotics", "", "Mechanical Engineer - Grippers", "", "en", "easy",
  "GoodTime scheduling link; no fixed time", "",
  "Tidewire Robotics Recruiting <scheduling@goodtime.io>",
  "Schedule your technical interview with Tidewire Robotics",
  "Tue, 29 Jul 2025 10:05:00 -0700",
  None,
  "<html><body><p>Hi Tom,</p><p>The Tidewire hiring team would like to invite you to a 60-minute "
  "<b>technical interview</b> for Mechanical Engineer - Grippers.</p><p>Please choose a time that works "
  "for you using the link below:</p><p><a href='https://app.goodtime.io/s/tw-8f2k1'>Pick a time</a></p>"
  "<p>Times are shown in your local time zone.</p><p>Thanks,<br>Tidewire Recruiting</p></body></html>")

M("interview", "Fenwright", "Priya", "Mechanical Engineer (Building Services)", "", "en", "hard",
  "reply thread; proposes slots; quoted part says 'unfortunately'", "",
  "Priya Raman <p.raman@fenwright.co.uk>",
  "Re: Mechanical Engineer application",
  "Mon, 30 Jun 2025 11:22:00 +0100",
  "Hi Tom,\n\nNo problem at all. Let's meet in person at our Leeds office instead - could you do "
  "either Wednesday 2 July at 2pm or Thursday 3 July at 9.30am? Let me know which suits.\n\nPriya\n\n"
  "> Unfortunately I'm travelling on Tuesday so can't make the video call - sorry about that.\n> Tom\n",
  irt="fenwright-tom-0629")

M("interview", "Quarry Hill Defence", "", "Mechanical Engineer - Weapons Integration", "", "en", "easy",
  "Oleeo interview booking confirmation", "2025-08-12T13:30:00+01:00",
  "Quarry Hill Defence Recruitment <recruitment-noreply@tal.net>",
  "Interview booked: Mechanical Engineer - Weapons Integration",
  "Tue, 05 Aug 2025 15:01:00 +0100",
  "Dear Tom,\n\nYour interview has been booked.\n\nVacancy: Mechanical Engineer - Weapons Integration\n"
  "Date: Tuesday 12 August 2025\nTime: 13:30 (UK time)\nFormat: In person, Quarry Hill site, Filton, "
  "Bristol\nDuration: 90 minutes incl. technical exercise\n\nPlease bring photo ID and your passport "
  "for security vetting.\n\nResourcing Team\n",
  headers={"Auto-Submitted": "auto-generated"})

M("interview", "Rhenbach Antriebstechnik GmbH", "Stefanie", "Konstrukteur Maschinenbau (m/w/d)", "", "de",
  "easy", "German invitation to Vorstellungsgespräch with date", "2025-06-24T10:00:00+02:00",
  "Stefanie Krämer <s.kraemer@rhenbach.de>",
  "Einladung zum Vorstellungsgespräch",
  "Wed, 18 Jun 2025 11:03:00 +0200",
  "Sehr geehrter Herr Becker-Hale,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich "
  "kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, 24. Juni 2025, um 10:00 Uhr "
  "per Microsoft Teams ein.\n\nGesprächspartner sind Herr Albers (Leitung Konstruktion) und ich.\n\n"
  "Bitte bestätigen Sie den Termin kurz.\n\nMit freundlichen Grüßen\nStefanie Krämer\nHR Business "
  "Partner\nRhenbach Antriebstechnik GmbH\n",
  cte="qp")

M("interview", "Van der Sluis Precision", "Eva", "Mechanical Design Engineer", "", "en", "easy",
  "video call via Calendly link", "",
  "Eva de Groot <eva.degroot@vdsluis.nl>",
  "Video interview - Mechanical Design Engineer",
  "Mon, 27 Oct 2025 14:20:00 +0100",
  "Dear Tom,\n\nThank you for your application. We would like to invite you for a first video "
  "interview of 45 minutes with me and our lead engineer.\n\nPlease book a slot here: "
  "https://calendly.com/vdsluis-hr/45min\n\nKind regards,\nEva de Groot\nHR Advisor\n")

M("interview", "Ashdown Medical", "Marcus", "Senior Mechanical Engineer - Surgical Instruments", "", "en",
  "hard", "take-home design exercise plus review; word interview absent", "",
  "Marcus Lowe <marcus.lowe@ashdownmedical.com>",
  "Next step - design exercise",
  "Tue, 25 Nov 2025 10:10:00 +0000",
  "Hi Tom,\n\nThanks for the call last week. As a next step I'd like you to have a go at a short design "
  "exercise (brief attached - a reusable trocar seal). Take no more than four hours over it. We'd then "
  "get you in to walk us through it with two of the team sometime in the week of 8 December.\n\n"
  "Cheers,\nMarcus\n",
  pdf="Ashdown_design_exercise.pdf")

M("interview", "Strathmore Subsea", "Craig", "Senior Mechanical Engineer", "", "en", "hard",
  "reschedule; relative day 'tomorrow'", "2025-12-10T11:30:00+00:00",
  "Craig Buchanan <craig.buchanan@strathmoresubsea.com>",
  "RE: Interview tomorrow",
  "Tue, 09 Dec 2025 16:48:00 +0000",
  "Tom,\n\nApologies - I've been pulled into a client meeting tomorrow morning. Can we push our "
  "interview back to 11:30 tomorrow instead of 9? Same Teams link. If that's no good, reply and I'll "
  "find another day.\n\nCraig Buchanan\nEngineering Manager\nStrathmore Subsea\n",
  irt="strathmore-int-1209")

M("interview", "Ardent Motion", "Kelsey", "Mechanical Engineer (Founding Team)", "", "en", "easy",
  "intro call with founder; definite time PT", "2026-06-18T09:00:00-07:00",
  "Kelsey Park <kelsey@ardentmotion.io>",
  "Ardent Motion - founding mech eng",
  "Fri, 12 Jun 2026 21:05:00 -0400",
  "Hi Tom,\n\nThanks for applying! Our co-founder Raj would love to do a 30 minute intro interview on "
  "Thursday June 18 at 9am Pacific (he's in SF that week). Zoom link to follow.\n\nBest,\nKelsey\n")

M("interview", "University of Northmoor", "", "Lecturer in Engineering Design", "", "en", "easy",
  "academic interview with presentation; definite time", "2026-02-10T09:45:00+00:00",
  "University of Northmoor <jobs-noreply@northmoor.ac.uk>",
  "Invitation to interview - Lecturer in Engineering Design (NM-2026-017)",
  "Tue, 27 Jan 2026 12:00:00 +0000",
  "Dear Tom,\n\nI am pleased to invite you to interview for the post of Lecturer in Engineering Design.\n\n"
  "Date: Tuesday 10 February 2026\nTime: 09:45 (please arrive 15 minutes early)\nVenue: Room 2.14, Fairbairn "
  "Building\n\nYou will give a 15-minute presentation on 'Teaching design for manufacture to first-year "
  "students', followed by a panel interview.\n\nPlease confirm your attendance by return.\n\n"
  "Recruitment Team, Human Resources\n")

M("interview", "Corrib Medical", "Declan", "Senior R&D Engineer", "", "en", "hard",
  "agency forwards client's request for phone screen; no word interview", "",
  "Aoife Brennan <aoife@westlinktalent.ie>",
  "FW: Tom - Corrib",
  "Mon, 08 Dec 2025 10:15:00 +0000",
  "Tom - good news, see below. Can you give me two or three times that suit this week?\n\nAoife\n\n"
  "---------- Forwarded message ---------\nFrom: Declan Moran <declan.moran@corribmedical.ie>\n"
  "Date: Mon, 8 Dec 2025 at 09:41\nSubject: Tom\n\nAoife, CV looks good. I'd like a 30-min call with "
  "him this week to talk through the inhaler project. Send me his availability.\nDeclan\n")

M("interview", "Maasbeek Hydraulics", "", "Mechanical Designer", "", "en", "hard",
  "Teamtailor; calendar invite; 'Unfortunately' about parking", "2026-07-07T14:00:00+02:00",
  "Maasbeek Hydraulics <notifications@mail.teamtailor.com>",
  "Interview confirmed: Mechanical Designer",
  "Wed, 01 Jul 2026 09:30:00 +0200",
  "Hi Tom,\n\nYour interview for Mechanical Designer is confirmed for Tuesday 7 July 2026, 14:00 CEST "
  "at our Venlo office.\n\nUnfortunately there is no visitor parking on site; the station is a 10 "
  "minute walk.\n\nSee you then,\nMaasbeek Hydraulics\n",
  cal=ics("Interview Maasbeek Hydraulics", "20260707T140000", "20260707T150000", "Europe/Amsterdam",
          "jobs@maasbeek.nl", "mh-int-0707"))

M("interview", "Ateliers Vautrin", "Camille", "Ingénieur Méthodes Industrialisation (H/F)", "", "fr", "easy",
  "French entretien with date and time", "2026-04-16T14:30:00+02:00",
  "Camille Fabre <c.fabre@ateliers-vautrin.fr>",
  "Entretien - Ingénieur Méthodes Industrialisation",
  "Thu, 09 Apr 2026 10:02:00 +0200",
  "Bonjour Tom,\n\nSuite à votre candidature, nous souhaitons vous rencontrer pour un entretien en "
  "visioconférence le jeudi 16 avril à 14h30 (heure de Paris) avec M. Leclerc, responsable bureau "
  "d'études.\n\nMerci de me confirmer votre disponibilité.\n\nBien cordialement,\nCamille Fabre\n"
  "Chargée de recrutement - Ateliers Vautrin\n")

M("interview", "Sorrel Energy Storage", "Imogen", "Mechanical Engineer - Thermal", "", "en", "hard",
  "ModernLoop; multiple slots offered", "",
  "Imogen Clarke via ModernLoop <scheduling@modernloop.io>",
  "Availability request: Sorrel Energy Storage panel",
  "Mon, 16 Mar 2026 13:13:00 +0000",
  "Hi Tom,\n\nImogen Clarke from Sorrel Energy Storage has requested your availability for a panel "
  "interview (3 x 45 min) for Mechanical Engineer - Thermal.\n\nProposed windows (UK time):\n"
  "- Tue 24 March, 10:00-12:30\n- Wed 25 March, 13:00-15:30\n- Fri 27 March, 09:00-11:30\n\n"
  "Please select your availability: https://modernloop.io/a/sorrel/7QZ2\n")

M("interview", "Pellham Rail Engineering", "Neil", "Senior Design Engineer - Interiors", "", "en", "hard",
  "short human confirmation; relative day; no word interview", "2026-05-12T10:00:00+01:00",
  "Neil Ashworth <neil.ashworth@pellhamrail.co.uk>",
  "Tuesday",
  "Thu, 07 May 2026 17:40:00 +0100",
  "Hi Tom - confirmed for Tuesday at 10, Derby office, ask for me at reception. We'll do an hour with "
  "me and Sunita, then a quick look round the shop floor.\nNeil\n")

M("interview", "Hollin Automation", "Gareth", "Design Engineer", "", "en", "hard",
  "curt; come in tomorrow; lower-case subject", "2026-04-02T08:30:00+01:00",
  "Gareth Hollin <gareth@hollinautomation.co.uk>",
  "cv",
  "Wed, 01 Apr 2026 19:02:00 +0100",
  "Tom,\nGot your cv. Can you come in tomorrow 8.30 for a chat and a look at what we build? Unit 4, "
  "Canal Side, Burnley.\nGareth\n")

M("interview", "Bridgewater Compressors", "", "Product Design Engineer", "", "en", "easy",
  "Paradox assistant; one-way video interview", "",
  "Olivia at Bridgewater Compressors <olivia@paradox.ai>",
  "Next step: record your video interview",
  "Thu, 04 Jun 2026 08:10:00 -0500",
  None,
  "<html><body><p>Hi Tom! I'm Olivia, Bridgewater's virtual recruiting assistant.</p><p>Good news - "
  "you've been selected to complete a short <b>video interview</b> for Product Design Engineer. It "
  "takes about 20 minutes and you can do it any time in the next 5 days.</p><p><a href='https://bridgewater."
  "paradox.ai/v/9XQ'>Start my interview</a></p></body></html>",
  cte="b64")

M("interview", "Loughmore Engineering", "Ciara", "Mechanical Design Engineer", "", "en", "easy",
  "second interview, definite time", "2026-08-27T11:00:00+01:00",
  "Ciara Doyle <ciara.doyle@loughmore-eng.ie>",
  "Second interview - Mechanical Design Engineer",
  "Wed, 19 Aug 2026 12:30:00 +0100",
  "Hi Tom,\n\nThe panel were impressed and would like you back for a second interview on Thursday 27 "
  "August at 11:00 at our Athlone site. It will include a short CAD test in SolidWorks (about 40 "
  "minutes).\n\nKind regards,\n\nCiara Doyle\nHR Business Partner | Loughmore Engineering\n")

M("interview", "Velmont Drives", "Jonas", "Entwicklungsingenieur Mechanik", "", "de", "hard",
  "German; short Teams appointment; Donnerstag relative", "2026-03-19T14:00:00+01:00",
  "Jonas Weidner <jonas.weidner@velmont-drives.de>",
  "Gespräch am Donnerstag",
  "Mon, 16 Mar 2026 08:30:00 +0100",
  "Hallo Herr Becker-Hale,\n\nkönnen wir das Vorstellungsgespräch am Donnerstag um 14 Uhr per Teams "
  "machen? Ich schicke gleich eine Einladung. Dauer ca. 60 Minuten, davon 15 Minuten Fachfragen zu "
  "Wälzlagerauslegung.\n\nViele Grüße\nJonas Weidner\n")

M("interview", "Northgate Defence Systems", "", "Mechanical Engineer - Land Systems", "", "en", "easy",
  "assessment centre invitation with SmartRecruiters", "2026-09-22T09:00:00+01:00",
  "Northgate Defence Systems <noreply@smartrecruiters.com>",
  "Assessment day invitation - Mechanical Engineer - Land Systems",
  "Mon, 14 Sep 2026 10:00:00 +0100",
  "Dear Tom,\n\nWe are delighted to invite you to our assessment day for Mechanical Engineer - Land "
  "Systems on Tuesday 22 September 2026, starting at 09:00 BST at our Telford site. The day includes "
  "a technical interview, a group design task and a site tour.\n\nPlease confirm your place via your "
  "candidate portal.\n\nNorthgate Defence Systems Early Careers & Recruitment\n")

# --------------------------------------------------------------------------------------
# OFFER (6)
# --------------------------------------------------------------------------------------
M("offer", "Harrowgate Aerospace", "Lauren", "Mechanical Design Engineer", "", "en", "easy",
  "offer letter attached as PDF", "",
  "Lauren Pike <lauren.pike@harrowgate-aero.com>",
  "Offer of employment - Mechanical Design Engineer",
  "Fri, 28 Mar 2025 15:30:00 +0000",
  "Dear Tom,\n\nFurther to our phone call this afternoon, I'm delighted to attach your formal offer "
  "of employment for the Mechanical Design Engineer role at our Preston site.\n\nPlease read it through "
  "and sign via DocuSign by Friday 4 April. Any questions, call me.\n\nCongratulations!\n\nLauren Pike\n"
  "Talent Acquisition Partner | Harrowgate Aerospace\n",
  pdf="Offer_Letter_TBeckerHale.pdf")

M("offer", "Tidewire Robotics", "Sam", "Senior Mechanical Engineer", "", "en", "hard",
  "verbal-offer follow-up; never says 'offer'; talks numbers", "",
  "Sam Okonjo <sam@tidewire.ai>",
  "Following up on our call",
  "Wed, 12 Nov 2025 16:12:00 -0800",
  "Tom,\n\nGreat talking just now. To recap what I said on the phone: we'd love you to join as Senior "
  "Mechanical Engineer, base of $168k, 0.15% equity on our standard 4-year vest, start date flexible "
  "in January. Paperwork comes from our HR platform tomorrow.\n\nTake the weekend to think it over - "
  "really hope you say yes.\n\nSam\n")

M("offer", "Menai Composites", "Rhiannon", "Composite Structures Design Engineer", "", "en", "easy",
  "BambooHR offer notification, HTML; names HR contact", "",
  "Menai Composites <notifications@app.bamboohr.com>",
  "Menai Composites has sent you an offer letter",
  "Tue, 29 Sep 2026 09:05:00 +0100",
  None,
  "<html><body><p>Hi Tom,</p><p>Menai Composites has sent you an offer letter for the position of "
  "<b>Composite Structures Design Engineer</b>.</p><p><a href='https://menai.bamboohr.com/offer/88a1'>"
  "Review and sign your offer</a></p><p>This offer expires on 6 October 2026. Questions? Contact "
  "Rhiannon Pryce in People.</p></body></html>")

M("offer", "Rhenbach Antriebstechnik GmbH", "Stefanie", "Konstrukteur Maschinenbau (m/w/d)", "", "de",
  "easy", "German Vertragsangebot", "",
  "=?utf-8?q?Stefanie_Kr=C3=A4mer?= <s.kraemer@rhenbach.de>",
  "=?utf-8?q?Ihr_Vertragsangebot_=E2=80=93_Konstrukteur_Maschinenbau?=",
  "Fri, 11 Jul 2025 13:20:00 +0200",
  "Sehr geehrter Herr Becker-Hale,\n\nwir freuen uns, Ihnen die Stelle als Konstrukteur Maschinenbau "
  "(m/w/d) anbieten zu können. Im Anhang finden Sie Ihren Arbeitsvertrag zur Durchsicht.\n\n"
  "Bitte senden Sie uns den unterschriebenen Vertrag bis zum 25. Juli zurück.\n\nMit freundlichen "
  "Grüßen\nStefanie Krämer\n",
  pdf="Arbeitsvertrag_Becker-Hale.pdf")

M("offer", "Pellham Rail Engineering", "Neil", "Senior Design Engineer - Interiors", "", "en", "hard",
  "informal; 'we'd like you to join'; subject neutral", "",
  "Neil Ashworth <neil.ashworth@pellhamrail.co.uk>",
  "Good news",
  "Fri, 22 May 2026 12:15:00 +0100",
  "Tom,\n\nSunita and I both want you on the interiors team. HR will send the contract on Monday - "
  "£58k plus the usual bonus, 25 days holiday, hybrid three days in Derby. We'd like you to start in "
  "July if notice allows.\n\nGive me a ring when you've had a think.\n\nNeil\n")

M("offer", "Eólica Sierra Norte", "Javier", "Ingeniero Mecánico de Proyectos", "", "es", "easy",
  "Spanish offer", "",
  "Javier Montes <jmontes@eolicasierranorte.es>",
  "Oferta de empleo - Ingeniero Mecánico de Proyectos",
  "Mon, 05 Oct 2026 10:00:00 +0200",
  "Hola Tom,\n\nTras reactivar el proceso, tengo el placer de ofrecerte el puesto de Ingeniero Mecánico "
  "de Proyectos en nuestra oficina de Pamplona. Adjunto la carta de oferta con las condiciones.\n\n"
  "¿Podrías respondernos antes del 16 de octubre?\n\nUn saludo,\nJavier Montes\nDirector de Ingeniería\n",
  pdf="Carta_oferta.pdf")

# --------------------------------------------------------------------------------------
# APPLICATION RECEIVED (16)
# --------------------------------------------------------------------------------------
M("application_received", "Harrowgate Aerospace", "", "Mechanical Design Engineer", "", "en", "easy",
  "Workday acknowledgement", "",
  "Harrowgate Aerospace <harrowgate@myworkday.com>",
  "Thank you for applying - Mechanical Design Engineer",
  "Mon, 03 Feb 2025 21:44:00 +0000",
  "Dear Tom,\n\nThank you for applying for Mechanical Design Engineer (R-04417). We have received your "
  "application and our team will review it shortly.\n\nYou can track the status in your Workday "
  "candidate account.\n\nHarrowgate Aerospace Talent Acquisition\n",
  headers={"Auto-Submitted": "auto-generated"})

M("application_received", "Kestrel Marine Systems", "", "Senior Design Engineer - Naval Platforms", "",
  "en", "hard", "describes interview and unsuccessful outcomes as future steps", "",
  "Kestrel Marine Systems <kestrelms@myworkday.com>",
  "Application received: Senior Design Engineer - Naval Platforms",
  "Tue, 04 Feb 2025 07:30:00 +0000",
  "Dear Tom,\n\nThank you for your application for Senior Design Engineer - Naval Platforms.\n\n"
  "What happens next? Our recruiters review every application. If shortlisted you will be invited to "
  "a telephone interview; if your application is unsuccessful we will let you know by email. Please "
  "note that this role requires eligibility for SC clearance.\n\nKestrel Marine Systems Resourcing\n")

M("application_received", "Ashdown Medical", "", "Product Development Engineer", "", "en", "easy",
  "Greenhouse acknowledgement", "",
  "Ashdown Medical <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Ashdown Medical!",
  "Thu, 03 Apr 2025 12:02:00 +0100",
  "Hi Tom,\n\nThanks for applying to the Product Development Engineer role. Our team will review your "
  "application and if there's a fit, a member of the recruiting team will be in touch.\n\n"
  "Ashdown Medical Recruiting\n")

M("application_received", "Orrin Medical", "", "Mechanical Engineer II", "", "en", "easy",
  "Taleo acknowledgement, HTML only", "",
  "Orrin Medical Careers <noreply@taleo.net>",
  "Orrin Medical - Application Confirmation",
  "Wed, 27 Aug 2025 23:10:00 -0400",
  None,
  "<html><body><p>Dear Tom Becker-Hale,</p><p>We confirm receipt of your application for "
  "<b>Mechanical Engineer II</b> (Req 25-0917), Marlborough, MA.</p><p>We are reviewing your "
  "qualifications. Please log in to the career section to check your status.</p>"
  "<p>Orrin Medical Talent Acquisition</p></body></html>",
  cte="qp")

M("application_received", "Brackwell Automotive", "", "CAD Engineer - Body in White", "", "en", "easy",
  "SuccessFactors acknowledgement", "",
  "Brackwell Careers <DoNotReply@successfactors.eu>",
  "We've received your application",
  "Fri, 30 May 2025 10:00:00 +0100",
  "Dear Tom Becker-Hale,\n\nThank you for your interest in the CAD Engineer - Body in White position "
  "(Job ID 118842). Your application has been successfully submitted.\n\nBrackwell Automotive "
  "Recruitment\n\nThis is an automatically generated email; please do not reply.\n")

M("application_received", "Van der Sluis Precision", "", "Mechanical Design Engineer", "", "en", "hard",
  "Dutch/English bilingual template; no promise of response; 'unfortunately' re volume", "",
  "Van der Sluis Precision <noreply@recruitee.com>",
  "Bedankt voor je sollicitatie / Thank you for your application",
  "Mon, 20 Oct 2025 08:00:00 +0200",
  "Beste Tom,\n\nBedankt voor je sollicitatie. We nemen zo snel mogelijk contact met je op.\n\n---\n\n"
  "Dear Tom,\n\nThanks for applying for Mechanical Design Engineer. Unfortunately we cannot reply to "
  "every application individually because of the high volume, but we do read every one.\n\n"
  "Van der Sluis Precision\n")

M("application_received", "Quarry Hill Defence", "", "Design Engineer (SC Clearance)", "", "en", "hard",
  "Oleeo ack that also asks for online tests", "",
  "Quarry Hill Defence Recruitment <recruitment-noreply@tal.net>",
  "Application submitted - Design Engineer (SC Clearance)",
  "Sat, 12 Jul 2025 09:41:00 +0100",
  "Dear Tom,\n\nThank you for submitting your application for Design Engineer (SC Clearance), ref "
  "QHD/2231.\n\nYour application will now be screened. Applicants who pass screening will be sent a "
  "link to an online numerical assessment; we aim to contact everyone within 15 working days.\n\n"
  "Resourcing Team\n",
  headers={"Auto-Submitted": "auto-generated"})

M("application_received", "Velmont Drives", "", "Entwicklungsingenieur Mechanik", "", "de", "easy",
  "German Eingangsbestätigung", "",
  "Velmont Drives GmbH <karriere@velmont-drives.de>",
  "=?utf-8?q?Eingangsbest=C3=A4tigung_Ihrer_Bewerbung?=",
  "Tue, 24 Feb 2026 14:15:00 +0100",
  "Sehr geehrter Herr Becker-Hale,\n\nvielen Dank für Ihre Bewerbung als Entwicklungsingenieur "
  "Mechanik. Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und "
  "melden uns in den nächsten zwei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Velmont-Recruiting-"
  "Team\n",
  headers={"Auto-Submitted": "auto-generated"})

M("application_received", "Cygnet Battery Systems", "", "Mechanical Engineer - Pack Design", "", "en",
  "easy", "Ashby ack, short", "",
  "Cygnet Battery Systems <no-reply@ashbyhq.com>",
  "Thanks for applying to Cygnet",
  "Mon, 19 Jan 2026 19:30:00 +0000",
  "Hi Tom, we've got your application for Mechanical Engineer - Pack Design. Sit tight - we'll be in "
  "touch.\n\nTeam Cygnet\n")

M("application_received", "Sorrel Energy Storage", "", "Mechanical Engineer - Enclosures", "", "en", "hard",
  "Workable; mentions possible rejection and interviews", "",
  "Sorrel Energy Storage <noreply@candidates.workablemail.com>",
  "Sorrel Energy Storage: application received",
  "Fri, 10 Apr 2026 16:44:00 +0100",
  "Hi Tom,\n\nThanks for applying for Mechanical Engineer - Enclosures. We review applications weekly. "
  "If we'd like to interview you we'll email a scheduling link; if we decide not to proceed we'll "
  "still let you know - no ghosting.\n\nSorrel People Team\n")

M("application_received", "Kingsbridge Technical Recruitment", "", "Mechanical Design Engineer (contract)", "",
  "en", "hard", "agency ack, client unnamed; company is agency", "",
  "Kingsbridge Technical <applications@kingsbridge-tech.co.uk>",
  "Your application: Mechanical Design Engineer (contract) - ref KT40981",
  "Wed, 29 Apr 2026 07:12:00 +0100",
  "Hi Tom,\n\nThanks for applying via Kingsbridge Technical Recruitment for the Mechanical Design "
  "Engineer (contract, Outside IR35) role with our client, a tier-1 automotive supplier in the West "
  "Midlands.\n\nA consultant will review your CV; if it's a match we'll call you before submitting "
  "it to the client.\n\nKingsbridge Technical Recruitment\n")

M("application_received", "Carrow Valve Technologies", "", "Design Engineer - Actuators", "", "en", "easy",
  "Eploy ack", "",
  "Carrow Valve Technologies <noreply@eploy.net>",
  "Application received - Design Engineer - Actuators",
  "Thu, 21 Aug 2025 11:05:00 +0100",
  "Dear Tom,\n\nThank you for your application for Design Engineer - Actuators. It has been passed to "
  "the hiring team for review.\n\nCarrow Valve Technologies\n")

M("application_received", "Ateliers Vautrin", "", "Ingénieur Conception Mécanique (H/F)", "", "fr", "easy",
  "French accusé de réception", "",
  "Ateliers Vautrin <recrutement@ateliers-vautrin.fr>",
  "Accusé de réception de votre candidature",
  "Fri, 16 Jan 2026 09:00:00 +0100",
  "Bonjour,\n\nNous accusons bonne réception de votre candidature au poste d'Ingénieur Conception "
  "Mécanique (H/F) et vous en remercions. Elle sera étudiée avec attention par nos équipes.\n\n"
  "Le service recrutement\nAteliers Vautrin\n",
  headers={"Auto-Submitted": "auto-generated"})

M("application_received", "Northgate Defence Systems", "", "Mechanical Engineer - Land Systems", "", "en",
  "easy", "SmartRecruiters ack", "",
  "Northgate Defence Systems <noreply@smartrecruiters.com>",
  "Thank you for your application to Northgate Defence Systems",
  "Sun, 30 Aug 2026 20:18:00 +0100",
  "Dear Tom,\n\nWe have received your application for Mechanical Engineer - Land Systems. Our "
  "recruitment team will review it and contact you about next steps.\n\nKind regards,\nNorthgate "
  "Defence Systems\n")

M("application_received", "Tidewire Robotics", "", "Mechanical Engineer - Grippers", "", "en", "hard",
  "Lever ack written like a personal note from founder", "",
  "Tidewire Robotics <no-reply@hire.lever.co>",
  "Hey Tom - got it!",
  "Sun, 13 Jul 2025 22:01:00 -0700",
  "Hey Tom,\n\nJust a note to say your application for Mechanical Engineer - Grippers landed safely. "
  "We're a small team so I read every application myself - give us a week or two.\n\n"
  "- The Tidewire team\n\n(You received this because you applied at jobs.lever.co/tidewire)\n")

M("application_received", "Bridgewater Compressors", "", "Product Design Engineer", "", "en", "easy",
  "iCIMS ack", "",
  "Bridgewater Compressors <donotreply@icims.com>",
  "Bridgewater Compressors: We received your application",
  "Mon, 18 May 2026 03:22:00 -0500",
  "Tom,\n\nThank you for applying for Product Design Engineer (req 2026-0412) at Bridgewater "
  "Compressors, Tulsa OK. We'll review your qualifications and be in touch if there is a match.\n\n"
  "This message was sent from an unmonitored mailbox.\n",
  headers={"Auto-Submitted": "auto-generated"})

# --------------------------------------------------------------------------------------
# AUTO REPLY (14)
# --------------------------------------------------------------------------------------
AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

M("auto_reply", "Kestrel Marine Systems", "Fiona", "", "2025-03-03", "en", "easy",
  "OOO with explicit date; both headers", "",
  "Fiona Galbraith <fiona.galbraith@kestrel-ms.co.uk>",
  "Automatic reply: Senior Design Engineer - availability",
  "Wed, 26 Feb 2025 10:01:00 +0000",
  "Thank you for your email. I am on annual leave and will return on Monday 3 March 2025. For urgent "
  "resourcing queries please contact resourcing@kestrel-ms.co.uk.\n\nFiona Galbraith\n",
  headers=AR, irt="tom-kms-0226")

M("auto_reply", "Orrin Medical", "Dana", "Mechanical Engineer II", "2025-10-06", "en", "hard",
  "US date format 'back on 10/6'; subject mentions interview; no headers", "",
  "Dana Whitcombe <dwhitcombe@orrinmed.com>",
  "Out of Office Re: Thank you - onsite on Thursday",
  "Fri, 26 Sep 2025 08:00:00 -0400",
  "I'm out of the office at a conference and will be back on 10/6 with limited access to email until "
  "then. If your question is about an upcoming interview, please contact recruiting@orrinmed.com.\n"
  "Dana\n",
  irt="orrin-thanks-0926")

M("auto_reply", "Rhenbach Antriebstechnik GmbH", "Stefanie", "", "2025-08-18", "de", "easy",
  "German Abwesenheitsnotiz; 'ab dem 18.08.'", "",
  "=?utf-8?q?Stefanie_Kr=C3=A4mer?= <s.kraemer@rhenbach.de>",
  "Abwesenheitsnotiz: Unterlagen",
  "Mon, 04 Aug 2025 12:12:00 +0200",
  "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
  "15.08.2025 im Urlaub und ab dem 18.08.2025 wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. "
  "In dringenden Fällen wenden Sie sich bitte an personal@rhenbach.de.\n\nMit freundlichen Grüßen\n"
  "Stefanie Krämer\n",
  headers={"Auto-Submitted": "auto-replied"})

M("auto_reply", "Ateliers Vautrin", "Camille", "", "2026-04-27", "fr", "easy",
  "French absence message", "",
  "Camille Fabre <c.fabre@ateliers-vautrin.fr>",
  "=?utf-8?q?R=C3=A9ponse_automatique=3A_Entretien?=",
  "Fri, 17 Apr 2026 15:00:00 +0200",
  "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 24 avril inclus, et serai de retour le "
  "lundi 27 avril. Pour toute demande urgente, merci de contacter recrutement@ateliers-vautrin.fr.\n\n"
  "Cordialement,\nCamille Fabre\n",
  headers=AR)

M("auto_reply", "Atlas & Finch", "Rowan", "", "", "en", "hard",
  "no longer works here; points to colleague; no headers", "",
  "Rowan Atlas <rowan@atlasandfinch.design>",
  "Re: Portfolio follow-up",
  "Tue, 17 Feb 2026 09:00:00 +0000",
  "Hi there - I've now left Atlas & Finch to start something new, and this inbox is no longer read. "
  "For anything about projects or roles please write to Mei Tanaka (mei@atlasandfinch.design).\n\n"
  "Thanks,\nRowan\n",
  irt="tom-af-portfolio")

M("auto_reply", "University of Northmoor", "", "", "", "en", "hard",
  "unmonitored HR mailbox bounce; mentions shortlisting", "",
  "University of Northmoor HR <hr-recruitment@northmoor.ac.uk>",
  "Re: Question about Lecturer shortlisting",
  "Wed, 28 Jan 2026 11:11:11 +0000",
  "This mailbox is not monitored. Your message has not been read.\n\nFor questions about a vacancy, "
  "including shortlisting and interview dates, please use the contact details on the job advert. "
  "Applicants with a disability who need adjustments should call 0113 496 0000.\n",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}, irt="tom-nm-lecturer")

M("auto_reply", "Ashdown Medical", "Marcus", "", "2026-06-01", "en", "hard",
  "parental leave; ISO inclusive end date; only X-Autoreply header", "",
  "Marcus Lowe <marcus.lowe@ashdownmedical.com>",
  "Automatic reply: Trocar exercise",
  "Mon, 02 Mar 2026 08:20:00 +0000",
  "Hi, I'm on parental leave until 2026-05-29 inclusive and back at work on 2026-06-01. I won't be "
  "checking email. For hiring questions on the surgical instruments team please contact Helen "
  "Okafor (helen.okafor@ashdownmedical.com).\n\nMarcus\n",
  headers={"X-Autoreply": "yes"})

M("auto_reply", "Strathmore Subsea", "Craig", "", "2025-12-22", "en", "hard",
  "relative return 'back Monday'; offshore trip", "",
  "Craig Buchanan <craig.buchanan@strathmoresubsea.com>",
  "Automatic reply: Interview follow-up",
  "Thu, 18 Dec 2025 13:05:00 +0000",
  "I'm offshore until the end of the week with no email access. I'm back Monday and will reply then.\n"
  "Craig\n",
  headers=AR)

M("auto_reply", "Lindqvist Wind Services", "Magnus", "", "", "en", "easy",
  "vacation responder, no return date", "",
  "Magnus Lindqvist <magnus@lindqvistwind.com>",
  "Auto: Re: Blade Structures Engineer",
  "Thu, 26 Jun 2025 07:30:00 +0200",
  "I'm on holiday with little signal. For site matters call the Esbjerg office on +45 75 00 00 00.\n"
  "- Magnus\n",
  headers=AR)

M("auto_reply", "Eólica Sierra Norte", "Lucía", "", "2026-08-31", "es", "easy",
  "Spanish vacaciones; return date", "",
  "=?utf-8?q?Luc=C3=ADa_Ortega?= <lortega@eolicasierranorte.es>",
  "=?utf-8?q?Respuesta_autom=C3=A1tica=3A_Documentaci=C3=B3n?=",
  "Mon, 10 Aug 2026 09:00:00 +0200",
  "Hola,\n\nEstoy de vacaciones hasta el 28 de agosto. Volveré a la oficina el lunes 31 de agosto. "
  "Para asuntos urgentes, escriba a rrhh@eolicasierranorte.es.\n\nGracias,\nLucía Ortega\n",
  headers=AR)

M("auto_reply", "Westlink Talent", "Aoife", "", "2026-01-05", "en", "hard",
  "agency recruiter Christmas closure; return in day-month format", "",
  "Aoife Brennan <aoife@westlinktalent.ie>",
  "Out of office: Corrib call",
  "Tue, 23 Dec 2025 18:00:00 +0000",
  "Thanks for your email! Westlink Talent is closed for Christmas. I'll be back at my desk on 5th "
  "January and will get back to you then. Nollaig shona!\n\nAoife\n",
  headers={"Auto-Submitted": "auto-replied"})

M("auto_reply", "Ardent Motion", "Kelsey", "", "2026-07-20", "en", "hard",
  "'returning Monday, July 20'; subject has 'interview'; no headers", "",
  "Kelsey Park <kelsey@ardentmotion.io>",
  "Re: Interview feedback?",
  "Tue, 07 Jul 2026 10:00:00 -0400",
  "Hi! I'm away hiking with no laptop, returning Monday, July 20. Replies will be slow until then. "
  "For anything urgent about interviews, ping raj@ardentmotion.io.\nKelsey\n",
  irt="tom-ardent-feedback")

M("auto_reply", "Maasbeek Hydraulics", "", "", "", "en", "hard",
  "shared inbox does not accept replies; refers to portal", "",
  "Maasbeek Hydraulics <jobs@maasbeek.nl>",
  "Automatic reply: Mechanical Designer interview - question",
  "Thu, 02 Jul 2026 09:45:00 +0200",
  "Thank you for your email. This inbox is not monitored for individual replies. Candidates should "
  "use the message function in the Teamtailor candidate portal; we respond within three working "
  "days.\n\nMaasbeek Hydraulics HR\n",
  headers={"Auto-Submitted": "auto-replied"})

M("auto_reply", "Velmont Drives", "Jonas", "", "2026-04-13", "de", "hard",
  "German; 'bis 10. April'; back date after weekend", "",
  "Jonas Weidner <jonas.weidner@velmont-drives.de>",
  "Automatische Antwort: Rückfrage",
  "Mon, 30 Mar 2026 07:55:00 +0200",
  "Guten Tag,\n\nich bin bis Freitag, 10. April 2026, nicht im Haus und ab Montag, 13. April wieder "
  "erreichbar. In dringenden Fällen wenden Sie sich bitte an mechanik@velmont-drives.de.\n\n"
  "Jonas Weidner\n",
  headers={"X-Autoreply": "yes"})

# --------------------------------------------------------------------------------------
# OTHER (26)
# --------------------------------------------------------------------------------------
M("other", "", "", "", "", "en", "easy", "job alert digest", "",
  "Totaljobs <alerts@totaljobs-mail.com>",
  "9 new Mechanical Design Engineer jobs in Lancashire",
  "Tue, 11 Feb 2025 06:30:00 +0000",
  "Hi Tom,\n\nNew jobs matching your alert 'Mechanical Design Engineer' near Preston:\n\n"
  "- Design Engineer, Baxworth Pumps - £42,000-£48,000\n- CAD Technician, Ribble Fabrications\n"
  "- Senior Mechanical Engineer, Fylde Composites - apply in 1 click\n...and 6 more\n\n"
  "Manage alerts | Unsubscribe\n",
  headers={"List-Unsubscribe": "<https://www.totaljobs.com/unsub?t=9x>", "Precedence": "bulk"})

M("other", "", "", "", "", "en", "hard", "council tax bill; 'application' for discount refused", "",
  "Ribble Borough Council <counciltax@ribble-bc.gov.uk>",
  "Council Tax: single person discount application",
  "Thu, 06 Mar 2025 14:00:00 +0000",
  "Dear Mr Becker-Hale,\n\nAccount ref 40017721\n\nThank you for your application for Single Person "
  "Discount. Unfortunately we are unable to award the discount because our records show two adults "
  "at the property from 1 January. Your revised bill is attached. You can appeal this decision within "
  "two months.\n\nRevenues and Benefits\n",
  pdf="CouncilTaxBill_2025.pdf")

M("other", "", "", "", "", "en", "hard", "energy supplier 'offer' and 'not successful' payment", "",
  "Brightflow Energy <hello@brightflow.energy>",
  "Your Direct Debit payment wasn't successful",
  "Fri, 04 Apr 2025 09:10:00 +0100",
  None,
  "<html><body><p>Hi Tom,</p><p>We tried to collect your Direct Debit of <b>£86.40</b> but your bank "
  "declined the payment. We'll try again in 5 days.</p><p>PS: our new fixed tariff offer ends Sunday - "
  "lock in your rate today.</p><p>Brightflow Energy</p></body></html>",
  headers={"List-Unsubscribe": "<mailto:unsub@brightflow.energy>"}, cte="b64")

M("other", "", "", "", "", "en", "easy", "rail ticket confirmation", "",
  "Avanti Rail Tickets <tickets@trainline-mail.co.uk>",
  "Your e-ticket: Preston to London Euston",
  "Wed, 20 Aug 2025 20:20:00 +0100",
  "Booking confirmed\n\nPreston -> London Euston\nTue 26 Aug 2025, dep 07:14, arr 09:27\nAdvance "
  "Single, Standard, Coach C seat 41\n\nTotal paid: £38.60\n")

M("other", "", "Ollie", "", "", "en", "hard", "friend's personal mail about own interview and rejection", "",
  "Ollie Grant <olliegrant88@gmail.com>",
  "pint thursday?",
  "Mon, 29 Sep 2025 19:45:00 +0100",
  "Tom mate,\n\nGot rejected by the Rolls job after the final interview, gutted. Got another "
  "interview Thursday at 10 with a wind firm though. Pint after? Red Lion, 7ish.\n\nOllie\n")

M("other", "", "", "", "", "en", "hard", "newsletter about rejection and interview tips", "",
  "The Engineer's Desk <newsletter@engineersdesk.co.uk>",
  "How to bounce back from a rejection (and nail your next interview)",
  "Sat, 08 Nov 2025 07:00:00 +0000",
  None,
  "<html><body><h1>The Engineer's Desk - Weekly</h1><p>This week: 'Unfortunately, we will not be "
  "progressing your application.' We've all read it. Three senior engineers tell us how they handled "
  "rejection, and what they'd do differently in the interview.</p><p>Plus: CSWP vs CSWE - is "
  "certification worth it?</p><p><a href='https://engineersdesk.co.uk/unsub'>Unsubscribe</a></p>"
  "</body></html>",
  headers={"List-Unsubscribe": "<https://engineersdesk.co.uk/unsub?u=tbh>", "Precedence": "list"})

M("other", "", "", "", "", "en", "hard", "LinkedIn-style notification; interview word in course title", "",
  "LinkedIn <notifications-noreply@linkedin.com>",
  "Tom, Lauren Pike viewed your profile",
  "Tue, 14 Jan 2025 12:30:00 +0000",
  "Lauren Pike, Talent Acquisition Partner at Harrowgate Aerospace, viewed your profile.\n\n"
  "Recommended for you: 'Acing the Engineering Interview' (course, 1h 12m)\n\nUnsubscribe\n",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"})

M("other", "", "", "", "", "en", "hard", "gym membership 'offer'; 'application' for freeze", "",
  "PureMotion Gym Preston <members@puremotiongyms.co.uk>",
  "Your membership freeze request",
  "Thu, 12 Jun 2025 18:00:00 +0100",
  "Hi Tom,\n\nWe've received your request to freeze your membership. It will be on hold from 1 July "
  "to 31 July. Your direct debit will resume in August.\n\nSpecial offer: bring a friend in July for "
  "free!\n\nPureMotion Preston\n")

M("other", "", "Bev", "", "", "en", "hard", "cycling club ride cancelled; 'regret to inform'", "",
  "Bev Howarth <ridesec@ribblevalleywheelers.org.uk>",
  "Sunday club run CANCELLED",
  "Sat, 18 Oct 2025 16:30:00 +0100",
  "Hi all,\n\nWe regret to inform you that tomorrow's club run to Clitheroe is cancelled due to the "
  "storm warning. The café stop booking has been moved to next Sunday.\n\nStay safe,\nBev\nRide "
  "Secretary, Ribble Valley Wheelers\n",
  to="members@ribblevalleywheelers.org.uk",
  headers={"List-Id": "RVW members <members.ribblevalleywheelers.org.uk>", "Precedence": "list"})

M("other", "", "Sandra", "", "", "en", "hard", "landlord: tenancy renewal 'offer'", "",
  "Sandra Pilling <sandra@pillinglettings.co.uk>",
  "Tenancy renewal - 14 Winckley Street",
  "Wed, 05 Nov 2025 11:00:00 +0000",
  "Dear Tom,\n\nThe landlord is happy to offer a renewal of your tenancy for a further 12 months from "
  "1 January at £925 pcm. Please let me know by 20 November whether you would like to accept.\n\n"
  "Kind regards,\nSandra Pilling\nPilling Lettings\n")

M("other", "", "", "", "", "en", "hard", "bank card declined alert", "",
  "Northern Mutual Bank <alerts@northernmutual.co.uk>",
  "A card payment was declined",
  "Sun, 22 Feb 2026 13:14:00 +0000",
  "Hi Tom,\n\nUnfortunately a payment of £64.99 to CYCLESTORE LTD on your debit card ending 4421 was "
  "declined. If this was you, please check your available balance.\n\nNorthern Mutual Bank\n")

M("other", "", "", "", "", "en", "hard", "loan/credit card application unable to approve", "",
  "Northern Mutual Bank <noreply@northernmutual.co.uk>",
  "About your credit card application",
  "Tue, 24 Mar 2026 10:00:00 +0000",
  "Dear Mr Becker-Hale,\n\nThank you for applying for a Northern Mutual Rewards Credit Card. We've "
  "reviewed your application and are unable to approve it at this time. This decision was based on "
  "information from a credit reference agency.\n\nNorthern Mutual Bank\n")

M("other", "", "Katrin", "", "", "en", "hard", "GitHub PR closed: 'not moving forward'", "",
  "Katrin Vogel <notifications@github.com>",
  "Re: [freecad-parts/fasteners] Add ISO 7380 button head screws (PR #412)",
  "Thu, 09 Apr 2026 21:10:00 +0200",
  "Thanks for this, @tombh. We've decided not to move forward with this PR since the upcoming 2.0 "
  "rewrite generates these from tables. Closing - but please do open an issue first next time!\n\n"
  "-- \nReply to this email directly or view it on GitHub.\n",
  headers={"List-Unsubscribe": "<mailto:unsub@github.com>", "Precedence": "list"})

M("other", "", "", "", "", "en", "hard", "conference paper not accepted", "",
  "DESIGN 2026 Programme Chairs <design2026@easychair.org>",
  "DESIGN 2026 notification for paper 187",
  "Wed, 14 Jan 2026 23:59:00 +0100",
  "Dear Tom Becker-Hale,\n\nWe regret to inform you that your paper 'Tolerance stack-up automation in "
  "parametric CAD' could not be accepted for DESIGN 2026. We received 412 submissions. The reviews are "
  "included below.\n\nReview 1: ... \n\nBest regards,\nThe Programme Chairs\n")

M("other", "", "Rahul", "Mechanical Design Engineer", "", "en", "hard",
  "recruiter mass mailing; mentions interview slots and quick call", "",
  "Rahul Mehta <rahul.m@apexstaffglobal.com>",
  "Urgent requirement: Mechanical Design Engineer - Detroit, MI (W2 only)",
  "Mon, 11 May 2026 08:03:00 -0400",
  "Hi,\n\nHope you are doing well. We have an urgent requirement with our client. Interview slots "
  "available this week. Please share your updated resume, rate and visa status for a quick call.\n\n"
  "Role: Mechanical Design Engineer\nLocation: Detroit, MI (onsite)\nDuration: 12+ months\n\n"
  "Thanks & Regards,\nRahul Mehta\nApex Staff Global\n\nTo unsubscribe reply REMOVE\n",
  to="undisclosed-recipients:;")

M("other", "", "", "", "", "en", "hard", "podcast 'interview with' a CTO", "",
  "Hardware Heroes Podcast <show@hardwareheroes.fm>",
  "New episode: our interview with Cygnet's CTO",
  "Thu, 25 Jun 2026 15:00:00 +0100",
  None,
  "<html><body><h2>Episode 84</h2><p>In this interview, Cygnet Battery Systems' CTO explains why "
  "they rejected three enclosure designs before shipping. Listen now on all platforms.</p>"
  "<p><a href='https://hardwareheroes.fm/unsubscribe'>Unsubscribe</a></p></body></html>",
  headers={"List-Unsubscribe": "<https://hardwareheroes.fm/unsubscribe>"})

M("other", "", "", "", "", "en", "hard", "software marketing 'offer' 20% off", "",
  "CADWorks Store <deals@cadworks-store.com>",
  "=?utf-8?q?Offer_inside=3A_20=25_off_SolidWorks_training_=F0=9F=8E=93?=",
  "Fri, 27 Nov 2026 07:00:00 +0000",
  None,
  "<html><body><p>Black Friday offer: <b>20% off</b> every certification course. Get interview-ready "
  "with CSWA prep.</p><p>Offer ends midnight.</p></body></html>",
  headers={"List-Unsubscribe": "<https://cadworks-store.com/u>", "Precedence": "bulk"}, cte="b64")

M("other", "", "Hannah", "", "", "en", "hard", "Fwd posting from a friend; mentions interviews", "",
  "Hannah Becker <hannah.becker.home@gmail.com>",
  "Fwd: Senior Design Engineer - might suit you?",
  "Sun, 15 Mar 2026 20:40:00 +0000",
  "Saw this and thought of you! They're interviewing in April apparently.\nH x\n\n"
  "---------- Forwarded message ---------\nFrom: Jobs at Fylde Composites <jobs@fyldecomposites.co.uk>\n"
  "Subject: Senior Design Engineer\n\nWe're hiring a Senior Design Engineer to lead our carbon "
  "structures team. Apply by 31 March.\n")

M("other", "", "", "", "", "en", "easy", "job board weekly digest from Indeed-like site", "",
  "Jobsite Europe <jobs@jobsite-europe.com>",
  "Tom, 15 Product Engineer jobs in Munich and Amsterdam",
  "Mon, 07 Sep 2026 06:00:00 +0200",
  "Jobs picked for you:\n- Product Engineer (m/w/d), München\n- Mechanical Engineer, Amsterdam\n"
  "- Design Engineer, Eindhoven\n\nSee all 15 jobs\n\nUnsubscribe from this alert\n",
  headers={"List-Unsubscribe": "<https://jobsite-europe.com/u/tbh>", "Precedence": "bulk"})

M("other", "", "", "", "", "de", "hard", "German rail cancellation notice", "",
  "Deutsche Bahn <noreply@bahn.de>",
  "Ihre Fahrt am 22.10.2025: Zugausfall",
  "Tue, 21 Oct 2025 18:30:00 +0200",
  "Guten Tag Herr Becker-Hale,\n\nleider fällt Ihr ICE 623 am 22.10.2025 von Köln Hbf nach München Hbf "
  "aus. Ihre Zugbindung ist aufgehoben. Sie können einen anderen Zug nutzen.\n\nIhre Deutsche Bahn\n")

M("other", "", "", "", "", "fr", "hard", "French newsletter on entretien d'embauche tips", "",
  "Cadremploi Conseils <newsletter@cadremploi-conseils.fr>",
  "5 erreurs à éviter en entretien d'embauche",
  "Wed, 13 May 2026 08:00:00 +0200",
  None,
  "<html><body><p>Bonjour Tom,</p><p>Cette semaine : comment répondre à « pourquoi devrions-nous vous "
  "recruter ? » et que faire après un refus.</p><p><a href='https://cadremploi-conseils.fr/desinscription'>"
  "Se désinscrire</a></p></body></html>",
  headers={"List-Unsubscribe": "<https://cadremploi-conseils.fr/desinscription>"}, cte="qp")

M("other", "", "Neil", "", "", "en", "hard", "meetup moved forward with new venue; mentions rejected", "",
  "Neil Fairbrother <neil@ukmakersmeet.org>",
  "Makers Meetup: we've moved forward with a new venue",
  "Tue, 03 Feb 2026 12:00:00 +0000",
  "Hi makers,\n\nQuick heads up - we've moved forward with a new venue for February: the Harris Library "
  "lecture room. Same time, 7pm Thursday. Talks: 'rapid prototyping with SLS' and 'why my startup got "
  "rejected by every VC'.\n\nNeil\n",
  to="members@ukmakersmeet.org", headers={"Precedence": "list"})

M("other", "", "", "", "", "en", "hard", "university admission offer (MSc), reads like job offer", "",
  "Admissions, University of Northmoor <pg-admissions@northmoor.ac.uk>",
  "Your offer of a place - MSc Advanced Mechanical Engineering",
  "Thu, 16 Apr 2026 09:30:00 +0100",
  "Dear Tom,\n\nCongratulations! We are pleased to make you an unconditional offer of a place on the "
  "MSc Advanced Mechanical Engineering (part-time) starting September 2026. Please accept your offer "
  "via the applicant portal by 30 June.\n\nPostgraduate Admissions\n")

M("other", "", "", "", "", "en", "easy", "Strava-like club activity notification", "",
  "Strava <no-reply@strava.com>",
  "Ollie Grant gave you kudos",
  "Sun, 24 Aug 2025 14:02:00 +0100",
  "Ollie Grant gave you kudos on your ride 'Trough of Bowland loop'.\n\nUnsubscribe\n",
  headers={"List-Unsubscribe": "<https://www.strava.com/unsub>"})

M("other", "", "", "", "", "es", "hard", "Spanish newsletter: oferta (discount) and entrevista podcast", "",
  "InfoEmpleo Ingeniería <boletin@infoempleo-ing.es>",
  "Oferta especial: curso de CATIA V5 con 30% de descuento",
  "Tue, 19 May 2026 09:00:00 +0200",
  "Hola Tom,\n\nEsta semana: entrevista con la directora de ingeniería de una start-up eólica, y una "
  "oferta especial en nuestro curso de CATIA V5.\n\nDarse de baja\n",
  headers={"List-Unsubscribe": "<https://infoempleo-ing.es/baja>"})

M("other", "", "Lauren", "", "", "en", "hard", "post-acceptance onboarding logistics (not offer)", "",
  "Lauren Pike <lauren.pike@harrowgate-aero.com>",
  "Your first day - parking and induction",
  "Tue, 15 Apr 2025 10:00:00 +0100",
  "Hi Tom,\n\nSo glad you've accepted! For your first day on 6 May: park in visitor bay C, report to "
  "reception at 8:30, and bring your passport for right-to-work checks. Induction runs until lunch.\n\n"
  "Lauren\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(ENTRIES)))
    random.Random(25).shuffle(order)
    rows = []
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for n, i in enumerate(order, 1):
        e = ENTRIES[i]
        dt = parsedate_to_datetime(e["date"])
        assert days[dt.weekday()] == e["date"][:3], e["date"]
        name = f"{n:03d}.eml"
        (OUT / name).write_bytes(build(e, n))
        rows.append([name, e["label"], e["company"], e["contact"], e["role"], e["ret"], e["lang"],
                     e["diff"], e["notes"], e["iat"]])
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "company", "contact_first_name", "role", "return_date", "lang",
                    "difficulty", "notes", "interview_at"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
