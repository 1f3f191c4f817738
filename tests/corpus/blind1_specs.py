"""Message specs for tests/corpus/blind1 (owner: Jordan Lee). Built by make_blind.py."""
# ruff: noqa: E501
import textwrap

OWNER = "Jordan Lee <jordan.lee.careers@gmail.com>"
ME = OWNER
SPECS: list = []


def m(*cols, **kw):
    kw["body"] = textwrap.dedent(kw["body"])
    SPECS.append((cols, kw))


# ---- shared ATS templates (the same vendor template really is sent by many employers) ----

def gh_reject(company, role, date, sender="no-reply@greenhouse.io", who="Recruiting Team", fmt="alt", diff="easy", notes="Greenhouse rejection template"):
    m("rejection", company, "", role, "", "en", diff, notes,
      frm=f"{company} {who} <{sender}>", subj=f"Your application to {company}", date=date, fmt=fmt, vendor="greenhouse",
      body=f"""
      Hi Jordan,

      Thank you for your interest in {company} and for taking the time to apply for the {role} position.

      We received a large number of applications for this role. After careful review, we have decided not to move forward with your candidacy at this time.

      We encourage you to keep an eye on our careers page and to apply for future openings that match your experience.

      Best regards,
      The {company} {who}
      """)


def wd_ack(company, role, date, req, host):
    m("application_received", company, "", role, "", "en", "easy", "Workday acknowledgement",
      frm=f"{company} Careers <{host}@myworkday.com>", subj=f"Thank you for applying: {role} ({req})", date=date, fmt="html", vendor="workday", ar="gen",
      body=f"""
      Dear Jordan Lee,

      Thank you for applying for the {role} position ({req}) at {company}. We have received your application and it is now being reviewed.

      You can check the status of your application at any time by signing in to your candidate home account.

      If your qualifications match the requirements of the position, a member of our Talent Acquisition team will contact you about next steps.

      Sincerely,
      {company} Talent Acquisition
      """)


def lever_ack(company, role, date, slug):
    m("application_received", company, "", role, "", "en", "easy", "Lever acknowledgement",
      frm=f"{company} <no-reply@hire.lever.co>", subj=f"Thanks for applying to {company}!", date=date, fmt="alt", vendor="lever",
      reply_to="no-reply@hire.lever.co",
      body=f"""
      Hi Jordan,

      Thanks so much for your interest in {company}! We've received your application for {role} and our team will be reviewing it over the coming days.

      If there's a potential fit, someone from our team will reach out directly. In the meantime, feel free to learn more about us at https://{slug}.com/about.

      Cheers,
      {company}
      """)


def sr_reject(company, role, date):
    m("rejection", company, "", role, "", "en", "easy", "SmartRecruiters status update",
      frm=f"{company} <noreply@smartrecruiters.com>", subj=f"Update on your application for {role}", date=date, fmt="html", vendor="smartrecruiters",
      body=f"""
      Dear Jordan,

      We appreciate your interest in the {role} role at {company} and the time you invested in your application.

      After reviewing your profile against the requirements of the position, we regret to inform you that we will not be progressing your application further.

      We wish you every success in your job search.

      Kind regards,
      {company} Talent Acquisition
      """)


# ============================ REJECTIONS ============================

gh_reject("Brightloom Analytics", "Product Analyst", "2025-02-11 14:03 -0800")
gh_reject("Coral Bay Software", "Business Operations Associate", "2025-05-20 09:41 -0700")
gh_reject("Norrland Robotics", "Data Analyst, Operations", "2026-01-14 16:22 -0500", sender="recruiting@norrlandrobotics.com", who="Talent Team")
gh_reject("Pellucid Health", "Associate Product Manager", "2025-10-02 11:15 -0400", fmt="html")
sr_reject("Vantor Mobility", "Customer Insights Analyst", "2025-07-08 08:30 +0200")
sr_reject("Hollis Provisions", "Supply Planning Analyst", "2026-03-03 10:05 -0600")

m("rejection", "Quarry Lane Media", "Delphine", "Audience Data Analyst", "", "en", "hard", "no rejection keywords; 'went another direction'",
  frm="Delphine Marsh <delphine@quarrylane.media>", subj="Re: Audience Data Analyst", date="2025-03-19 17:48 -0400", client="gmail",
  body="""
  Jordan - quick note before the weekend gets away from me. We went another direction on the analyst role, someone with a lot more Adobe Analytics mileage than we'd initially scoped for. I liked our conversation a lot and I'd be glad to be a reference-of-sorts if you ever want an intro to anyone in the audience space.

  Take care,
  Delphine
  """)

m("rejection", "Fenwick & Ash", "Rohan", "Strategy Associate", "", "en", "hard", "'it's a no from the team'; informal",
  frm="Rohan Mehta <rohan.mehta@fenwickash.com>", subj="Strategy Associate - update", date="2025-04-03 12:10 +0100",
  body="""
  Hi Jordan,

  I wanted to let you know personally rather than have it come through the system: I'm afraid it's a no from the team this time. The case round was close, but the panel felt another finalist's client-facing experience was the deciding factor.

  I know that's not the news you were hoping for after three rounds. If it's useful I'm happy to share the panel's feedback on a short call - just say the word.

  All the best,
  Rohan

  Rohan Mehta
  Talent Partner, Fenwick & Ash
  """)

m("rejection", "Tillwater Bank", "", "Risk Reporting Analyst", "", "en", "hard", "position filled internally; no 'unfortunately'",
  frm="Tillwater Bank Careers <careers-noreply@tillwaterbank.com>", subj="Risk Reporting Analyst (REQ-20931)", date="2025-06-17 07:12 -0500", fmt="html", vendor="taleo",
  body="""
  Dear Jordan Lee,

  Thank you for your interest in the Risk Reporting Analyst position (REQ-20931) with Tillwater Bank.

  This position has been filled by an internal candidate. Your application will remain in our system, and you are welcome to apply to other positions that interest you.

  Tillwater Bank Talent Acquisition
  """)

m("rejection", "Ostrava Games", "Petra", "Live Ops Analyst", "", "en", "hard", "reply to owner's thank-you; quoted part mentions next steps",
  frm="Petra Novak <petra.novak@ostravagames.com>", subj="Re: Thank you - Live Ops Analyst interview", date="2025-08-27 15:31 +0200", client="gmail",
  quote=("", "2025-08-22 18:05 -0400", """Hi Petra,

Thank you for the time today, I really enjoyed hearing about how the live ops team plans seasonal events. I'm excited about the role and look forward to hearing about next steps.

Best,
Jordan"""),
  body="""
  Hi Jordan,

  Thanks for the kind note, and sorry it took me a few days to respond. We've now met all the finalists and decided to offer the position to someone who has run live events on a title of similar scale. It was a tough call and you interviewed really well.

  I'll keep your details and would be happy to talk again when we open the next analyst role in the spring.

  Petra
  """)

m("rejection", "Marlowe Studio", "Kit", "Junior Product Designer", "", "en", "hard", "very short; no keywords",
  frm="Kit Alvarez <kit@marlowe.studio>", subj="re: portfolio", date="2025-09-09 20:14 -0700", client="apple", reply=True,
  body="""
  hey jordan, thanks for sending the portfolio over. honestly it's strong but we need someone more senior on motion for this one so we're gonna pass. good luck out there!

  kit

  Sent from my iPhone
  """)

m("rejection", "Cobalt Ridge Energy", "", "Operations Analyst", "", "en", "easy", "Workday rejection",
  frm="Cobalt Ridge Energy <cobaltridge@myworkday.com>", subj="Your application for Operations Analyst at Cobalt Ridge Energy", date="2025-11-04 13:45 -0600", fmt="html", vendor="workday", ar="gen",
  body="""
  Dear Jordan,

  Thank you for your interest in the Operations Analyst position (R-0045521) at Cobalt Ridge Energy.

  We have reviewed your qualifications and have decided to pursue other candidates whose experience more closely matches the needs of the position at this time.

  We appreciate the time you took to apply and encourage you to visit our careers site for future opportunities.

  Regards,
  Cobalt Ridge Energy Recruiting
  """)

m("rejection", "Heliograph", "", "Growth Analyst", "", "en", "easy", "Ashby rejection",
  frm="Heliograph Hiring <no-reply@ashbyhq.com>", subj="Heliograph | Growth Analyst", date="2026-02-06 10:02 -0800", fmt="alt", vendor="ashby",
  body="""
  Hi Jordan,

  Thanks for applying to the Growth Analyst role at Heliograph. We really appreciate you taking the time.

  We've reviewed your application and unfortunately we won't be moving forward at this stage. We know this isn't the news you were hoping for.

  We'll keep your information on file and may reach out if a role opens up that looks like a stronger match.

  Best,
  The Heliograph Team
  """)

m("rejection", "Grayfield Consulting", "Amelia", "Business Analyst", "", "en", "hard", "'great fit for the company, not this role'; keep in touch",
  frm="Amelia Thornton <athornton@grayfield.co.uk>", subj="RE: Business Analyst - next steps", date="2025-05-14 16:20 +0100", client="outlook",
  quote=("Jordan Lee <jordan.lee.careers@gmail.com>", "2025-05-12 09:15 +0100", """Hi Amelia,

Just checking in on the Business Analyst role - is there anything else you need from me?

Kind regards,
Jordan"""), qstyle="outlook",
  body="""
  Hi Jordan,

  Thanks for checking in and for your patience.

  The team were genuinely impressed - you'd be a great fit for Grayfield as a firm, but for this particular role they've decided to go with a candidate with deeper public-sector procurement experience. I'd really like to keep in touch, as we have a couple of analytics roles likely to open later in the year.

  Kind regards,
  Amelia

  Amelia Thornton | Senior Recruiter
  Grayfield Consulting Ltd | 14 Cannon Street, London EC4N 5AE
  """)

m("rejection", "Sundew Foods", "", "Category Analyst", "", "en", "easy", "iCIMS rejection",
  frm="Sundew Foods Recruiting <sundewfoods@talent.icims.com>", subj="Category Analyst - Application Update", date="2025-03-28 09:00 -0400", fmt="html", vendor="icims",
  body="""
  Hello Jordan,

  Thank you for taking the time to apply for the Category Analyst position with Sundew Foods.

  After careful consideration, we have selected candidates whose qualifications more closely align with the requirements of this role. We will retain your resume in our database for consideration for future openings.

  Thank you again for your interest in Sundew Foods.

  Sundew Foods Talent Acquisition
  ---
  This mailbox is not monitored. Please do not reply to this message.
  """)

m("rejection", "Ironmark Logistics", "Beth", "Transportation Analyst", "", "en", "hard", "mentions 'next round' and 'offer' about other candidate",
  frm="Beth Cardenas <bcardenas@ironmarklogistics.com>", subj="Transportation Analyst", date="2025-07-24 11:37 -0500", client="outlook",
  body="""
  Good morning Jordan,

  I wanted to follow up after your final-round interview on Monday. We've extended an offer to another candidate for the Transportation Analyst role, and they've accepted.

  This was one of the hardest decisions I've had this year. You were our second choice and I'd love to reach out first if we open another analyst seat in Q4.

  Thank you for all the time you put into the process.

  Beth Cardenas
  Director, Network Planning
  Ironmark Logistics
  """)

m("rejection", "Pivotline", "", "Junior Data Engineer", "", "en", "easy", "Lever rejection; HTML only",
  frm="Pivotline <no-reply@hire.lever.co>", subj="Your application at Pivotline", date="2026-04-21 18:02 -0700", fmt="html", vendor="lever",
  body="""
  Hi Jordan,

  Thank you for your interest in the Junior Data Engineer position at Pivotline.

  We wanted to let you know that we've decided to move forward with other candidates whose background more closely matches what we're looking for right now.

  We're grateful you considered Pivotline and hope our paths cross again.

  Warmly,
  Pivotline Talent
  """)

m("rejection", "Blue Heron Hospital", "", "Quality Improvement Analyst", "", "en", "hard", "post-interview template; mentions interview and offer",
  frm="Blue Heron Hospital HR <hr-notify@blueheronhealth.org>", subj="Quality Improvement Analyst - Status of Your Application", date="2025-12-10 15:55 -0500", fmt="plain", cte="qp",
  body="""
  Dear Jordan Lee,

  Thank you for interviewing with us for the Quality Improvement Analyst position. We enjoyed learning about your background and appreciate the time you spent with our interview panel.

  The selection process has now concluded and an offer has been made to and accepted by another applicant. We recognize that this is disappointing news after the effort you invested.

  We hope you will consider Blue Heron Hospital for future career opportunities.

  Sincerely,
  Human Resources Department
  Blue Heron Hospital
  """)

m("rejection", "Kettle & Crane", "Nadia", "Marketing Analyst", "", "en", "hard", "forwarded by referrer; decision in forwarded note",
  frm="Owen Pratt <owen.pratt@kettlecrane.com>", subj="Fwd: Marketing Analyst referral - Jordan Lee", date="2025-10-21 19:03 -0400", client="gmail",
  body="""
  Hey Jordan,

  See below from Nadia - sorry man. Honestly their loss. Let's grab lunch and I'll tell you what I know about the other teams hiring.

  Owen

  ---------- Forwarded message ---------
  From: Nadia Rahman <nadia.rahman@kettlecrane.com>
  Date: Tue, Oct 21, 2025 at 3:12 PM
  Subject: RE: Marketing Analyst referral - Jordan Lee
  To: Owen Pratt <owen.pratt@kettlecrane.com>

  Hi Owen,

  Thanks again for the referral. We spoke with Jordan twice and really liked them, but we're going with someone who already knows our attribution stack. Could you pass along our thanks? I'd happily consider Jordan for future openings.

  Nadia
  """)

m("rejection", "Lantern Learning", "Grace", "Learning Data Analyst", "", "en", "hard", "says 'keep in touch' and 'future'; could look like on_hold",
  frm="Grace Whitfield <grace@lanternlearning.org>", subj="Learning Data Analyst", date="2026-05-08 10:26 -0400",
  body="""
  Dear Jordan,

  Thank you for your patience while we worked through a very large pool of applicants.

  We will not be inviting you to the next stage for the Learning Data Analyst position. The committee prioritised candidates with direct experience in K-12 assessment data, which was a narrower focus than the posting suggested - that's on us.

  Please do keep in touch. Lantern grows every year and I'd be glad to see your name again.

  Warm regards,
  Grace Whitfield
  Director of Research & Evaluation
  """)

m("rejection", "Sableport", "", "Business Intelligence Analyst", "", "en", "easy", "Teamtailor rejection",
  frm="Sableport <no-reply@teamtailor.com>", subj="Business Intelligence Analyst at Sableport", date="2025-09-30 14:11 +0200", fmt="html", vendor="teamtailor",
  body="""
  Hi Jordan,

  Thank you for applying for the role of Business Intelligence Analyst at Sableport and for your interest in joining us.

  We have now reviewed all applications and unfortunately we have chosen to proceed with other candidates in the process.

  We wish you the best of luck in your job search!

  Best regards,
  Sableport
  """)

m("rejection", "Fieldnote", "Sasha", "Product Operations Associate", "", "en", "hard", "Ashby rejection signed by a recruiter; 'not the right time'",
  frm="Sasha Ivers <sasha@fieldnote.app>", subj="Fieldnote - Product Operations Associate", date="2025-06-02 09:18 -0700", fmt="alt", vendor="ashby",
  hdrs={"Sender": "Fieldnote via Ashby <no-reply@ashbyhq.com>"},
  body="""
  Hi Jordan,

  Thank you again for speaking with Marcus and me last week. After a lot of discussion, we've decided not to move ahead with your candidacy for Product Operations Associate. The role is evolving toward more vendor management, and we think that's a weaker match for where you want to grow.

  I know that's frustrating to hear after a thoughtful take-home. Thank you for the effort you put into it.

  Sasha Ivers
  Recruiting Lead, Fieldnote
  """)

m("rejection", "Arbor Civic Trust", "", "Grants Data Analyst", "", "en", "easy", "formal letter; 'Dear Applicant'",
  frm="Arbor Civic Trust <recruitment@arborcivic.org>", subj="Grants Data Analyst - Recruitment Outcome", date="2025-02-25 16:40 +0000",
  body="""
  Dear Applicant,

  Re: Grants Data Analyst (Ref ACT/25/007)

  Thank you for applying for the above post. We regret to advise that on this occasion your application has not been shortlisted for interview.

  Due to the volume of applications received we are unable to provide individual feedback at the shortlisting stage.

  Thank you for your interest in Arbor Civic Trust.

  Yours faithfully,

  Recruitment Team
  Arbor Civic Trust, Registered Charity No. 1099812
  """)

m("rejection", "Nimbus Freight", "Carlos", "Pricing Analyst", "", "en", "hard", "new text rejects; quoted old interview confirmation",
  frm="Carlos Reyes <creyes@nimbusfreight.com>", subj="RE: Pricing Analyst - interview Thursday 2pm", date="2025-04-29 18:22 -0500", client="outlook", qstyle="outlook",
  quote=("Carlos Reyes <creyes@nimbusfreight.com>", "2025-04-21 10:04 -0500", """Hi Jordan,

Confirming your interview on Thursday at 2pm with me and Anita. We'll send a Teams link.

Carlos"""),
  body="""
  Jordan,

  Thanks for coming in on Thursday. I'll be straight with you - we've decided to move forward with a candidate who has more experience with spot-market pricing models. I appreciated your questions on the fuel surcharge piece.

  Best of luck,
  Carlos
  """)

m("rejection", "Wrenfield Insurance", "", "Claims Data Analyst", "", "en", "hard", "base64 HTML; 'position has been filled'",
  frm="Wrenfield Insurance Careers <donotreply@wrenfieldins.com>", subj="Claims Data Analyst - position update", date="2026-06-19 08:05 -0400", fmt="html", vendor="jobvite", cte="b64",
  body="""
  Dear Jordan,

  Thank you for your recent application for the Claims Data Analyst position.

  We wanted to let you know that the position has been filled. We sincerely appreciate your interest in Wrenfield Insurance and invite you to continue exploring opportunities on our careers site.

  Best wishes,
  Wrenfield Talent Acquisition
  """)

m("rejection", "Greenway Transit Authority", "", "Service Planning Analyst", "", "en", "easy", "public agency; not among most qualified",
  frm="Greenway Transit Authority <noreply@governmentjobs.com>", subj="Application Status: Service Planning Analyst", date="2025-08-05 12:00 -0700", fmt="html", vendor="news",
  body="""
  Dear Jordan Lee,

  Thank you for your interest in the Service Planning Analyst (Recruitment #25-0418) position with the Greenway Transit Authority.

  The hiring department has reviewed your application materials. At this time, you were not selected to advance in the recruitment process, as other applicants were determined to be more closely qualified.

  We encourage you to apply for future openings.

  Human Resources
  Greenway Transit Authority
  """)

m("rejection", "Tessellate AI", "Priya", "Data Analyst", "", "en", "hard", "very warm; 'decided to pass'; no 'unfortunately'",
  frm="Priya Raman <priya@tessellate.ai>", subj="thanks jordan", date="2026-02-26 21:40 -0800", client="gmail",
  body="""
  Hi Jordan,

  I really appreciated the care you put into the SQL exercise - your write-up was the clearest one we got. We did decide to pass for the Data Analyst role though; the deciding factor was experience supporting an ML team, which is a big part of year one.

  I'd genuinely like to stay connected. If you're ever in SF, coffee's on me.

  Priya
  """)

m("rejection", "Copperfield Retail Group", "", "Merchandise Analyst", "", "en", "easy", "BambooHR rejection",
  frm="Copperfield Retail Group <notifications@app.bamboohr.com>", subj="Regarding your application for Merchandise Analyst", date="2025-11-18 10:34 -0700", fmt="html", vendor="bamboohr",
  body="""
  Hi Jordan,

  Thank you for applying for the Merchandise Analyst position at Copperfield Retail Group. We were fortunate to have many qualified applicants.

  After reviewing your application, we have decided to move forward with other candidates at this time.

  Thank you for your interest, and best of luck with your search.

  Copperfield Retail Group Hiring Team
  """)

m("rejection", "Sterling Oak Partners", "", "Investment Operations Analyst", "", "en", "hard", "interview mentioned; keep CV on file",
  frm="Sterling Oak Partners Recruitment <recruitment@sterlingoak.com>", subj="Investment Operations Analyst - Outcome", date="2025-01-22 17:05 +0000",
  body="""
  Dear Jordan,

  Many thanks for attending the first-stage interview for the Investment Operations Analyst position.

  Following careful deliberation we will not be progressing your application to the assessment centre on this occasion. We will keep your CV on file for six months, with your consent, should a suitable role arise.

  With thanks and best wishes,
  Recruitment Team
  Sterling Oak Partners LLP
  """)

m("rejection", "Mosaic Health Network", "Tamika", "Population Health Analyst", "", "en", "hard", "typos; informal; no keywords",
  frm="Tamika Brooks <tbrooks@mosaichealthnet.org>", subj="Re: checking in", date="2026-03-17 13:12 -0500", reply=True,
  body="""
  Hi Jordan thanks for checking in. sorry for the slow reply, its been a crazy few weeks here. The team decided to go with someone who already works in our care mgmt dept so we wont be moving ahead with you for the Pop Health Analyst spot. I know thats a bummer. you were great in the interview and I hope something comes thru soon!!

  Tamika
  """)

m("rejection", "Kalmar Systems", "", "Technical Product Analyst", "", "en", "easy", "Workable rejection",
  frm="Kalmar Systems <noreply@candidates.workablemail.com>", subj="Your application for Technical Product Analyst at Kalmar Systems", date="2025-07-15 11:48 +0300", fmt="html", vendor="workable",
  body="""
  Dear Jordan,

  Thank you for your interest in the Technical Product Analyst position at Kalmar Systems.

  Unfortunately, we have decided to proceed with other candidates whose profiles more closely match our current needs.

  We'll keep your details and reach out should a suitable opportunity arise.

  Kind regards,
  Kalmar Systems Recruiting Team
  """)

m("rejection", "Redwater Labs", "Jonah", "Associate Product Manager", "", "en", "hard", "reply to owner's follow-up; quoted text is owner's question",
  frm="Jonah Feld <jonah@redwaterlabs.io>", subj="Re: Following up - APM role", date="2025-12-02 08:55 -0500", client="gmail",
  quote=("", "2025-12-01 17:30 -0500", """Hi Jonah,

I hope you had a good Thanksgiving! I wanted to follow up on the APM role and see whether there's any update on timing. I'm still very interested.

Thanks,
Jordan"""),
  body="""
  Hi Jordan - thanks for the nudge and apologies for the silence. We closed the APM search last week with a candidate from our customer team. I should have told you sooner.

  Appreciate you, and best of luck.
  Jonah
  """)

m("rejection", "Brisa Hotels", "", "Revenue Analyst", "", "en", "easy", "SuccessFactors-style template",
  frm="Brisa Hotels Careers <careers@brisahotels.com>", subj="Revenue Analyst - your application", date="2026-07-09 10:30 -0400", fmt="alt", vendor="news",
  body="""
  Dear Jordan,

  Thank you for your application for Revenue Analyst at Brisa Hotels.

  We have carefully reviewed your profile and regret to inform you that you have not been selected for this position.

  We appreciate your interest in Brisa Hotels and wish you success in your career.

  Best regards,
  Brisa Hotels Talent Acquisition
  """)

m("rejection", "Alpenglow Outdoor", "Hailey", "E-commerce Analyst", "", "en", "hard", "'great fit for company but not this role' phrasing; invites reapply",
  frm="Hailey Kim <hailey.kim@alpenglowoutdoor.com>", subj="E-commerce Analyst - thank you", date="2025-03-05 14:42 -0700",
  body="""
  Hi Jordan,

  Thanks for chatting with me and Leo last Thursday. We both came away thinking you'd be a great addition to Alpenglow - just not in this particular seat, which ended up needing far more paid-media experience than we had planned.

  So we're not going to move you forward for E-commerce Analyst, but I've flagged your profile to our Merch Planning lead, who's hiring in the summer. Would you be OK with me passing your resume along?

  Hailey
  """)

m("rejection", "Trellis Bio", "", "Lab Operations Analyst", "", "en", "hard", "Greenhouse rejection after onsite; subject neutral",
  frm="Trellis Bio Recruiting <no-reply@us.greenhouse-mail.io>", subj="Following up from Trellis Bio", date="2026-08-12 12:20 -0400", fmt="alt", vendor="greenhouse",
  body="""
  Hi Jordan,

  Thank you for visiting us onsite and meeting with the Lab Operations team last week. We know it was a long day and we appreciate the energy you brought to it.

  After gathering feedback from everyone you met, we have decided not to extend an offer for the Lab Operations Analyst position.

  We'd be glad to hear from you again in the future.

  Best,
  Trellis Bio Recruiting
  """)

m("rejection", "Orchard & Pine", "Wes", "Operations Coordinator", "", "en", "hard", "text message style; 'role got filled'",
  frm="Wes Dunbar <wes@orchardandpine.com>", subj="ops coordinator", date="2025-10-08 07:51 -0400", client="apple",
  body="""
  Morning Jordan,

  Just a heads up the ops coordinator role got filled - we moved one of our store leads into it. Wanted you to hear it from me. Thanks for coming by the shop.

  Wes
  Orchard & Pine Market
  """)

m("rejection", "Drumlin Software", "Esther", "Solutions Analyst", "", "en", "hard", "long personal feedback; mentions strengths heavily",
  frm="Esther Lindqvist <esther.lindqvist@drumlin.io>", subj="Solutions Analyst - decision and some feedback", date="2026-01-29 16:04 -0500", fmt="alt", vendor="gmail",
  body="""
  Hi Jordan,

  I promised I'd get back to you this week, so here it is.

  We won't be moving forward with you for the Solutions Analyst position. I want to be specific about why, because I think it'll be more useful than a generic note:

  - Your discovery questions in the customer role-play were excellent, honestly some of the best we've seen.
  - Where we saw a gap was in the technical deep-dive: we need someone who can read a customer's API logs on day one without much support.
  - The panel also wanted more examples of pushing back on a customer request.

  None of that is a knock on your potential. If you build up some hands-on API experience over the next year, I would love to talk again.

  Esther Lindqvist
  Head of Solutions, Drumlin Software
  """)

m("rejection", "Caldera Games", "", "Player Insights Analyst", "", "en", "easy", "short rejection email",
  frm="Caldera Games Talent <talent@calderagames.com>", subj="Player Insights Analyst", date="2025-05-02 09:14 -0700",
  body="""
  Hi Jordan,

  Thanks for your interest in Caldera Games. After reviewing your application for Player Insights Analyst, we've decided not to proceed. We appreciate you thinking of us.

  Caldera Games Talent Team
  """)

m("rejection", "Beacon Street Capital", "Nora", "Analyst, Portfolio Operations", "", "en", "hard", "on-hold-sounding wording ('not right now'), but it's a no",
  frm="Nora Castellanos <ncastellanos@beaconstcap.com>", subj="RE: Analyst, Portfolio Operations", date="2026-04-08 18:35 -0400", client="outlook", reply=True,
  body="""
  Jordan,

  Sorry for the delay. The partners met yesterday and the answer is not right now - they want someone with two or three more years in PE portfolio reporting. I pushed for you, for what it's worth.

  Best,
  Nora
  """)

m("rejection", "Lindqvist Partners", "", "Junior Consultant", "", "en", "easy", "Recruitee rejection",
  frm="Lindqvist Partners <jobs@lindqvistpartners.recruitee.com>", subj="Your application - Junior Consultant", date="2025-02-18 13:33 +0100", fmt="html", vendor="recruitee",
  body="""
  Dear Jordan,

  Thank you for your application for the Junior Consultant position and your interest in Lindqvist Partners.

  We have carefully considered your application. Regrettably, we have decided not to invite you for an interview.

  We wish you all the best in your further career.

  Kind regards,
  Lindqvist Partners
  """)

m("rejection", "Hawthorne Medical Devices", "Ian", "Commercial Analyst", "", "en", "hard", "agency recruiter relays client decision",
  frm="Ian Gallagher <ian.gallagher@brightpathtalent.com>", subj="Hawthorne feedback", date="2025-09-16 12:47 -0400", client="outlook",
  body="""
  Hi Jordan,

  Just heard back from Hawthorne. They've decided to go with another candidate for the Commercial Analyst role - they felt the other person's medtech background tipped it. Feedback on you was really positive though, especially your Excel modelling in the case.

  I've got two other clients in the Boston area looking for commercial/FP&A profiles, so let's talk this week. Are you free Wednesday afternoon for a call?

  Ian Gallagher
  Senior Consultant | BrightPath Talent
  m: 617-555-0148
  """)

m("rejection", "Atlas Pediatrics", "", "Data Coordinator", "", "en", "hard", "'no longer under consideration' wording; about the candidate",
  frm="Atlas Pediatrics <atlaspediatrics@applytojob.com>", subj="Data Coordinator application", date="2025-06-25 17:20 -0500", fmt="html", vendor="jobvite",
  body="""
  Hello Jordan,

  Thank you for your interest in the Data Coordinator position at Atlas Pediatrics. We have reviewed your application and you are no longer under consideration for this role.

  We encourage you to review our other open positions.

  Atlas Pediatrics Human Resources
  """)

# non-English rejections
m("rejection", "Maison Orsay Conseil", "Claire", "Chargé d'études data (H/F)", "", "fr", "easy", "French",
  frm="Claire Dubois <claire.dubois@orsay-conseil.fr>", subj="Votre candidature - Chargé d'études data (H/F)", date="2025-04-15 10:12 +0200",
  body="""
  Bonjour Jordan,

  Nous vous remercions de l'intérêt que vous portez à Maison Orsay Conseil et du temps consacré à nos entretiens.

  Après examen attentif de votre candidature, nous sommes au regret de vous informer que nous ne donnerons pas suite pour le poste de Chargé d'études data (H/F). Nous avons retenu un profil dont l'expérience correspond davantage à nos besoins actuels.

  Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se présente.

  Bien cordialement,

  Claire Dubois
  Responsable recrutement
  """)

m("rejection", "Kessler Logistik AG", "", "Junior Data Analyst (m/w/d)", "", "de", "easy", "German Personio rejection",
  frm="Kessler Logistik AG <noreply@kessler-logistik.jobs.personio.de>", subj="Ihre Bewerbung als Junior Data Analyst (m/w/d)", date="2025-08-19 09:41 +0200", fmt="html", vendor="personio",
  body="""
  Hallo Jordan Lee,

  vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Logistik AG.

  Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlprozess für die Position Junior Data Analyst (m/w/d) nicht berücksichtigen können.

  Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

  Mit freundlichen Grüßen
  Ihr Recruiting-Team der Kessler Logistik AG
  """)

m("rejection", "Grupo Almira", "Lucía", "Analista de Operaciones", "", "es", "hard", "Spanish; personal, mentions interviews",
  frm="Lucía Ferrer <lferrer@grupoalmira.es>", subj="RE: Proceso Analista de Operaciones", date="2026-05-27 13:05 +0200", client="outlook", reply=True,
  body="""
  Hola Jordan:

  Muchas gracias por tu tiempo en las entrevistas de la semana pasada. Ha sido un proceso muy reñido, pero finalmente hemos decidido continuar con otra persona cuyo perfil encaja mejor con las necesidades del equipo en este momento.

  Me ha gustado mucho conocerte y espero que sigamos en contacto.

  Un saludo,
  Lucía Ferrer
  Talento y Cultura | Grupo Almira
  """)

m("rejection", "Nordstern Versicherung", "Jan", "Business Analyst (m/w/d)", "", "de", "hard", "German; personal; 'für eine andere Kandidatin entschieden'",
  frm="Jan Hoffmann <jan.hoffmann@nordstern-vers.de>", subj="AW: Business Analyst (m/w/d) - Rückmeldung", date="2026-02-12 16:30 +0100", client="outlook", reply=True,
  body="""
  Hallo Jordan,

  danke nochmal für das angenehme Gespräch am Montag. Wir haben uns nach langer Diskussion im Team für eine andere Kandidatin entschieden, die bereits Erfahrung mit unserem Kernsystem mitbringt.

  Das war wirklich knapp. Ich würde mich freuen, wenn wir in Kontakt bleiben.

  Viele Grüße
  Jan Hoffmann
  Teamleiter Business Analysis
  """)

m("rejection", "Atelier Verne", "", "Assistant chef de projet digital", "", "fr", "easy", "French Welcome-to-the-Jungle style template",
  frm="Atelier Verne <notifications@welcometothejungle.com>", subj="Atelier Verne - suite à votre candidature", date="2025-11-26 18:02 +0100", fmt="html", vendor="news",
  body="""
  Bonjour Jordan,

  Merci pour votre candidature au poste d'Assistant chef de projet digital chez Atelier Verne.

  Malheureusement, nous avons décidé de poursuivre avec d'autres candidats dont le parcours correspond davantage au poste.

  Nous vous souhaitons beaucoup de réussite dans vos recherches.

  L'équipe Atelier Verne
  """)


# ============================ INTERVIEWS ============================

def gh_confirm(company, role, date, when, who, link, tz_note="Eastern Time"):
    m("interview", company, "", role, "", "en", "easy", "Greenhouse interview confirmation",
      frm=f"{company} Recruiting <no-reply@greenhouse.io>", subj=f"Interview Confirmation: {role} at {company}", date=date, fmt="alt", vendor="greenhouse",
      body=f"""
      Hi Jordan,

      Your interview for the {role} role at {company} is confirmed. Here are the details:

      When: {when} ({tz_note})
      With: {who}
      Where: {link}

      If you need to reschedule, please reply to this email as soon as possible.

      Good luck!
      {company} Recruiting
      """)


gh_confirm("Brightloom Analytics", "Senior Product Analyst", "2025-09-04 10:20 -0700", "Tuesday, September 9, 2025, 11:00 AM - 11:45 AM", "Maya Chen, Analytics Manager", "https://brightloom.zoom.us/j/91833401122", "Pacific Time")
gh_confirm("Sableport", "Data Analyst", "2026-03-10 08:02 +0100", "Thursday, March 12, 2026, 15:00 - 16:00", "Henrik Aas and Ola Brenna", "Google Meet: https://meet.google.com/pqx-trbn-kiw", "Central European Time")
gh_confirm("Pellucid Health", "Product Operations Analyst", "2026-06-03 13:44 -0400", "Monday, June 8, 2026, 2:30 PM - 3:15 PM", "Derek Osei (Hiring Manager)", "https://pellucid.zoom.us/j/83002219876")

m("interview", "Marlowe Studio", "Kit", "Product Designer", "", "en", "hard", "informal 'quick call Thursday?'; no word interview",
  frm="Kit Alvarez <kit@marlowe.studio>", subj="your case study", date="2026-04-13 22:10 -0700", client="apple",
  body="""
  hey Jordan! loved the wayfinding case study. can you do a quick call thursday? 20 min, just me, want to hear how you'd approach our onboarding flow. any time after 1 works.

  kit
  """)

m("interview", "Quarry Lane Media", "Delphine", "Audience Insights Lead", "", "en", "hard", "'meet the team'; no word interview",
  frm="Delphine Marsh <delphine@quarrylane.media>", subj="Audience Insights Lead - come meet the team?", date="2026-01-20 11:02 -0500", client="gmail",
  body="""
  Hi Jordan,

  I know the last role didn't work out, but we just opened an Audience Insights Lead position and your name was the first that came up. Would love to get you in to meet the team - we're on the 6th floor at 220 W 19th.

  Does next Wednesday or Thursday morning work? Plan on about two hours: me, our head of product, and two of the analysts.

  Delphine
  """)

m("interview", "Fenwick & Ash", "Rohan", "Strategy Associate", "", "en", "easy", "first-round invite with slots",
  frm="Rohan Mehta <rohan.mehta@fenwickash.com>", subj="Fenwick & Ash - first round interview", date="2025-02-27 09:33 +0000",
  body="""
  Hi Jordan,

  Thanks for applying for the Strategy Associate role. We'd like to invite you to a first-round interview: 45 minutes over video with one of our managers, covering your experience and a short market-sizing question.

  Could you let me know which of these works?
  - Tue 4 March, 10:00 GMT
  - Wed 5 March, 14:30 GMT
  - Thu 6 March, 09:00 GMT

  Best,
  Rohan
  """)

m("interview", "Nimbus Freight", "Carlos", "Pricing Analyst", "", "en", "easy", "Outlook calendar invite with text/calendar",
  frm="Carlos Reyes <creyes@nimbusfreight.com>", subj="Jordan Lee - Pricing Analyst interview", date="2025-04-21 10:04 -0500", client="outlook", fmt="alt", vendor="outlook",
  ics={"start": "2025-04-24 14:00 -0500", "minutes": 60, "attendees": ["Anita Shah <ashah@nimbusfreight.com>"], "location": "Microsoft Teams Meeting", "summary": "Jordan Lee - Pricing Analyst interview", "prodid": "Microsoft Exchange Server 2016", "description": "Interview with Carlos Reyes and Anita Shah."},
  body="""
  When: Thursday, April 24, 2025 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
  Where: Microsoft Teams Meeting

  Hi Jordan, confirming your interview on Thursday at 2pm with me and Anita. Expect some questions on lane-level margin analysis.

  Microsoft Teams meeting
  Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_nimbus_2291
  Meeting ID: 291 447 006 112  Passcode: Xk3p9r
  """)

m("interview", "Heliograph", "", "Analytics Engineer", "", "en", "easy", "Ashby self-schedule link",
  frm="Heliograph Hiring <no-reply@ashbyhq.com>", subj="Schedule your interview with Heliograph", date="2026-05-12 15:17 -0700", fmt="html", vendor="ashby",
  body="""
  Hi Jordan,

  Great news - the team would like to move forward with a 30-minute recruiter screen for the Analytics Engineer role.

  Please pick a time that works for you using the link below:
  https://jobs.ashbyhq.com/heliograph/interview/schedule/7d1e0a

  Talk soon,
  Heliograph Recruiting
  """)

m("interview", "Tessellate AI", "Priya", "Analytics Lead", "", "en", "hard", "reply: new text invites; quoted is old rejection",
  frm="Priya Raman <priya@tessellate.ai>", subj="Re: thanks jordan", date="2026-09-15 10:45 -0700", client="gmail",
  quote=("Priya Raman <priya@tessellate.ai>", "2026-02-26 21:40 -0800", """Hi Jordan,

I really appreciated the care you put into the SQL exercise. We did decide to pass for the Data Analyst role though; the deciding factor was experience supporting an ML team.

Priya"""),
  body="""
  Hi Jordan! Reviving this old thread - we're hiring an Analytics Lead now and the ML-support gap matters much less for it. Would you be up for a conversation with me and our CTO next week? I can do Tue/Wed afternoons Pacific.

  Priya
  """)

m("interview", "Ostrava Games", "Klara", "Live Ops Analyst", "", "en", "easy", "panel interview scheduling; coordinator",
  frm="Klara Dvorak <klara.dvorak@ostravagames.com>", subj="Live Ops Analyst - panel interview scheduling", date="2025-08-12 09:10 +0200",
  body="""
  Dear Jordan,

  Thank you for completing the take-home task. Petra and the team would like to invite you to a panel interview (60 minutes, Google Meet) next week.

  Available slots (CEST):
  - Mon 18 Aug 16:00
  - Tue 19 Aug 17:00
  - Fri 22 Aug 15:00

  Please reply with your preference and I'll send a calendar invitation.

  Best regards,
  Klara Dvorak
  Recruitment Coordinator, Ostrava Games
  """)

m("interview", "Ostrava Games", "Klara", "Live Ops Analyst", "", "en", "easy", "Google Calendar invite with text/calendar part",
  frm="Klara Dvorak <klara.dvorak@ostravagames.com>", subj="Invitation: Live Ops Analyst - Panel Interview (Jordan Lee) @ Fri Aug 22, 2025 3pm - 4pm (CEST) (jordan.lee.careers@gmail.com)", date="2025-08-13 11:25 +0200", fmt="alt", vendor="gmail",
  ics={"start": "2025-08-22 15:00 +0200", "minutes": 60, "attendees": ["Petra Novak <petra.novak@ostravagames.com>", "Tomas Horak <tomas.horak@ostravagames.com>"], "location": "https://meet.google.com/hbe-qwcz-ury", "summary": "Live Ops Analyst - Panel Interview (Jordan Lee)", "file": True},
  body="""
  You have been invited to the following event.

  Live Ops Analyst - Panel Interview (Jordan Lee)
  When: Friday Aug 22, 2025 3pm - 4pm (CEST)
  Joining info: meet.google.com/hbe-qwcz-ury

  Organizer: Klara Dvorak
  Guests: Petra Novak, Tomas Horak, jordan.lee.careers@gmail.com

  Going (jordan.lee.careers@gmail.com)? Yes - Maybe - No

  Invitation from Google Calendar
  """)

m("interview", "Beacon Street Capital", "Nora", "Analyst, Portfolio Operations", "", "en", "hard", "reschedule; no word interview; mentions 'unfortunately'",
  frm="Nora Castellanos <ncastellanos@beaconstcap.com>", subj="RE: Thursday", date="2026-03-24 07:48 -0400", client="outlook", reply=True,
  body="""
  Hi Jordan,

  Unfortunately Mark got pulled into a closing on Thursday. Could we push your conversation with him to Friday 3/27 at 11:30 instead? Same dial-in. Apologies for the shuffle.

  Nora
  """)

m("interview", "Hawthorne Medical Devices", "Ian", "Commercial Analyst", "", "en", "hard", "agency recruiter relays interview request",
  frm="Ian Gallagher <ian.gallagher@brightpathtalent.com>", subj="Hawthorne want to meet you!", date="2025-08-28 16:15 -0400", client="outlook",
  body="""
  Jordan,

  Good news - Hawthorne Medical loved your CV and want to meet you for the Commercial Analyst role. First stage is 45 min on Teams with Rachel Cho (Commercial Finance Manager).

  She's offered Tuesday 2nd Sept at 10am or Wednesday 3rd at 3pm. Let me know which and I'll lock it in. I'll send a prep pack tomorrow - they like to ask about pricing and rebate analysis.

  Ian
  """)

m("interview", "Coral Bay Software", "", "Customer Success Analyst", "", "en", "easy", "one-way video interview (HireVue style)",
  frm="Coral Bay Software <noreply@hirevue.com>", subj="Coral Bay Software: Your On Demand Interview", date="2026-02-02 14:00 -0800", fmt="html", vendor="news",
  body="""
  Hi Jordan,

  Thank you for your interest in the Customer Success Analyst position at Coral Bay Software. As the next step, we invite you to complete an On Demand video interview.

  You will answer five questions on camera, at any time that suits you, before Sunday, February 8 at 11:59 PM PT.

  Start your interview: https://app.hirevue.com/interviews/cbsw-92ad1

  Best of luck!
  Coral Bay Software Talent Acquisition
  """)

m("interview", "Drumlin Software", "Esther", "Solutions Analyst", "", "en", "easy", "take-home plus review session",
  frm="Esther Lindqvist <esther.lindqvist@drumlin.io>", subj="Solutions Analyst - next step", date="2026-01-12 13:21 -0500",
  body="""
  Hi Jordan,

  Thanks for the great first conversation. The next step is a short exercise: we'll send you a sample customer ticket and some logs, and you'll prepare a 15-minute walkthrough of how you'd respond. Then we'll spend 45 minutes discussing it with me and two of our solutions engineers.

  Could you do the session on Tuesday Jan 20 or Wednesday Jan 21? I'll send the materials 48 hours ahead.

  Esther
  """)

m("interview", "Lantern Learning", "Grace", "Research Associate", "", "en", "hard", "reply; quoted old rejection; new text invites",
  frm="Grace Whitfield <grace@lanternlearning.org>", subj="Re: Learning Data Analyst", date="2026-10-05 09:12 -0400",
  quote=("Grace Whitfield <grace@lanternlearning.org>", "2026-05-08 10:26 -0400", """Dear Jordan,

We will not be inviting you to the next stage for the Learning Data Analyst position. Please do keep in touch.

Grace"""),
  body="""
  Hi Jordan,

  As promised, I'm back! We've opened a Research Associate position that's a much closer match to your background. Would you have 30 minutes for a video chat with me and our senior researcher, Dev? Any time Tuesday through Thursday this week works.

  Warmly,
  Grace
  """)

m("interview", "Alpenglow Outdoor", "Marco", "Merchandise Planning Analyst", "", "en", "hard", "hiring manager via referral from another team; 'grab 30 minutes'",
  frm="Marco Lindgren <marco.lindgren@alpenglowoutdoor.com>", subj="Hailey passed along your resume", date="2025-03-12 12:40 -0700",
  body="""
  Hi Jordan,

  Hailey passed along your resume for the Merch Planning Analyst opening on my team. I'd like to grab 30 minutes with you next week to talk through the role and your retail experience. How's Monday 3/17 at 10 or Tuesday at 2 (Mountain)?

  Marco Lindgren
  Merchandise Planning Manager
  """)

m("interview", "Ironmark Logistics", "Beth", "Transportation Analyst", "", "en", "easy", "final round onsite itinerary",
  frm="Beth Cardenas <bcardenas@ironmarklogistics.com>", subj="Final round - Monday 7/21 itinerary", date="2025-07-16 15:02 -0500", client="outlook", fmt="alt", vendor="outlook",
  body="""
  Hi Jordan,

  Here's the plan for your final round on Monday, July 21 at our Memphis office (4100 Airways Blvd, Building C):

  9:00 - 9:45  Beth Cardenas, Director of Network Planning
  9:45 - 10:30  Case exercise with Tom and Priyanka
  10:30 - 11:00  Tour of the operations floor
  11:00 - 11:45  Lunch with two analysts on the team

  Visitor parking is by the main entrance. Ask for me at reception.

  Beth
  """)

m("interview", "Caldera Games", "", "Data Analyst, Monetization", "", "en", "easy", "ATS invite with scheduling link; Greenhouse",
  frm="Caldera Games Recruiting <no-reply@greenhouse.io>", subj="Caldera Games - let's schedule your interview", date="2025-11-03 16:50 -0800", fmt="html", vendor="greenhouse",
  body="""
  Hi Jordan,

  Thanks for applying for Data Analyst, Monetization. We'd like to schedule a 45-minute technical interview with one of our analysts.

  Use this link to choose a time over the next week: https://app.greenhouse.io/scheduling/caldera/8812ab

  Looking forward to it,
  Caldera Games Recruiting
  """)

m("interview", "Sterling Oak Partners", "", "Investment Operations Analyst", "", "en", "easy", "first-stage interview invite; formal",
  frm="Sterling Oak Partners Recruitment <recruitment@sterlingoak.com>", subj="Invitation to Interview - Investment Operations Analyst", date="2025-01-08 11:30 +0000",
  body="""
  Dear Jordan,

  Thank you for your application for the Investment Operations Analyst position. We are pleased to invite you to a first-stage interview, which will take place by video on Wednesday 15 January at 14:00 GMT and last approximately 40 minutes.

  Please confirm your attendance by replying to this email.

  Kind regards,
  Recruitment Team
  Sterling Oak Partners LLP
  """)

m("interview", "Mosaic Health Network", "Tamika", "Population Health Analyst", "", "en", "hard", "phone screen request; casual; typos",
  frm="Tamika Brooks <tbrooks@mosaichealthnet.org>", subj="Pop health analyst", date="2026-02-17 10:03 -0600",
  body="""
  Hi Jordan, this is Tamika from Mosaic HR. I saw your application for Population Health Analyst and wanted to set up a quick phone screen, 15-20 min. are you free wed or thurs between 9 and 12? whats the best number to reach you

  thx
  Tamika Brooks
  HR Generalist
  """)

m("interview", "Redwater Labs", "Jonah", "Associate Product Manager", "", "en", "hard", "reply thread; confirms time; says 'chat'",
  frm="Jonah Feld <jonah@redwaterlabs.io>", subj="Re: APM role - times", date="2025-11-13 14:05 -0500", client="gmail",
  quote=("", "2025-11-13 12:48 -0500", """Hi Jonah,

Monday at 11 or Tuesday at 3 both work for me. Looking forward to it!

Jordan"""),
  body="""
  Tuesday at 3 it is. I'll send a Zoom - it'll be me and Aisha from design, mostly a product sense chat plus a bit about your background.

  J
  """)

m("interview", "Sundew Foods", "Renee", "Demand Planning Analyst", "", "en", "easy", "iCIMS interview scheduling; signed by recruiter",
  frm="Renee Howard <sundewfoods@talent.icims.com>", subj="Interview Request - Demand Planning Analyst", date="2025-09-22 08:45 -0400", fmt="html", vendor="icims",
  body="""
  Hello Jordan,

  Thank you for your interest in the Demand Planning Analyst position at Sundew Foods. The hiring team would like to schedule a video interview with you.

  Please click the link below to select an available time slot:
  https://careers-sundewfoods.icims.com/jobs/5521/schedule

  Best regards,
  Renee Howard
  Talent Acquisition Partner
  """)

m("interview", "Kalmar Systems", "Aino", "Product Analyst", "", "en", "hard", "reschedule initiated by company; 'unfortunately' and 'cancel'",
  frm="Aino Virtanen <aino.virtanen@kalmarsystems.fi>", subj="Re: Interview on Friday", date="2025-10-29 09:12 +0200", reply=True,
  body="""
  Hi Jordan,

  Unfortunately I have to cancel our Friday slot - our CTO needs the whole team at an offsite. Could we do Monday 3 November at 15:00 Helsinki time (14:00 CET) instead? The Teams link stays the same.

  Sorry about this!
  Aino
  """)

m("interview", "Greenway Transit Authority", "", "Service Planning Analyst", "", "en", "easy", "panel interview notice; public agency",
  frm="Greenway Transit Authority <noreply@governmentjobs.com>", subj="Interview Notice: Service Planning Analyst", date="2026-03-30 11:00 -0700", fmt="html", vendor="news",
  body="""
  Dear Jordan Lee,

  Congratulations! You have been selected to participate in an oral board interview for the position of Service Planning Analyst (Recruitment #26-0112).

  Date: Thursday, April 9, 2026
  Time: 1:30 PM
  Location: 600 Harbor Way, Conference Room 4B

  Please bring a government-issued photo ID. If you require a reasonable accommodation, contact Human Resources at least three business days in advance.

  Human Resources
  Greenway Transit Authority
  """)

m("interview", "Tillwater Bank", "Monica", "Data Governance Analyst", "", "en", "hard", "calendar event via Outlook; subject 'Accepted'-style; hiring manager",
  frm="Monica Feld <monica.feld@tillwaterbank.com>", subj="Meet: Jordan Lee / Monica Feld (Data Governance)", date="2025-10-14 17:20 -0500", client="outlook", fmt="alt", vendor="outlook",
  ics={"start": "2025-10-17 09:00 -0500", "minutes": 30, "location": "Microsoft Teams Meeting", "summary": "Jordan Lee / Monica Feld (Data Governance)", "prodid": "Microsoft Exchange Server 2016", "description": "Intro conversation about the Data Governance Analyst role."},
  body="""
  When: Friday, October 17, 2025 9:00 AM-9:30 AM (UTC-06:00) Central Time (US & Canada).
  Where: Microsoft Teams Meeting

  Hi Jordan - looking forward to our conversation about the Data Governance Analyst role. Nothing to prepare.

  Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_tillwater_5520
  """)

m("interview", "Pivotline", "Ravi", "Data Engineer", "", "en", "hard", "coding exercise with follow-up review; no word interview",
  frm="Ravi Subramanian <ravi@pivotline.io>", subj="Pivotline - pairing session", date="2026-07-01 11:11 -0700",
  body="""
  Hi Jordan,

  Thanks for the call last week. Next up is a 90-minute pairing session with two of our engineers - you'll build a small ingestion job in Python together, your own laptop is fine. Are you around July 8 or 9, anytime 10-4 Pacific?

  Ravi
  Engineering Manager, Data Platform
  """)

m("interview", "Atlas Pediatrics", "Dana", "Data Coordinator", "", "en", "easy", "phone interview confirmation",
  frm="Dana Whitaker <dwhitaker@atlaspediatrics.org>", subj="Phone interview confirmed - Data Coordinator", date="2025-06-05 10:30 -0500",
  body="""
  Hello Jordan,

  This confirms your phone interview for the Data Coordinator position on Monday, June 9 at 10:00 AM Central. I will call you at the number on your application (ending in 4471).

  Thank you,
  Dana Whitaker
  Practice Administrator
  """)

m("interview", "Wrenfield Insurance", "Lauren", "Pricing Actuarial Analyst", "", "en", "hard", "interview reschedule after candidate asked; quoted owner's request",
  frm="Lauren Price <lprice@wrenfieldins.com>", subj="RE: Request to reschedule", date="2026-05-19 15:05 -0400", client="outlook", qstyle="outlook",
  quote=("Jordan Lee <jordan.lee.careers@gmail.com>", "2026-05-19 09:12 -0400", """Hi Lauren,

I'm so sorry, but I need to reschedule Thursday's interview due to a family emergency. Would any time next week work?

Best,
Jordan"""),
  body="""
  Hi Jordan,

  No problem at all, I hope everything is okay. We've moved your interview to Tuesday, May 26 at 1:00 PM ET with the same panel. An updated invite is on its way.

  Lauren Price
  Recruiting Coordinator
  """)

m("interview", "Copperfield Retail Group", "Jess", "Inventory Analyst", "", "en", "hard", "text-message-like; 'swing by the office'",
  frm="Jess Moreno <jess.moreno@copperfieldrg.com>", subj="Inventory analyst opening", date="2026-08-04 16:48 -0600", client="gmail",
  body="""
  Hi Jordan - I'm the inventory manager at Copperfield. We got your application through BambooHR and I'd like you to swing by the Denver office to talk, maybe an hour. Friday morning? Bring any examples of forecasting work you can share.

  Jess
  """)

m("interview", "Fieldnote", "Sasha", "Product Operations Associate", "", "en", "easy", "Ashby confirmation, HTML only, base64",
  frm="Fieldnote Hiring <no-reply@ashbyhq.com>", subj="Interview confirmed: Fieldnote x Jordan Lee", date="2025-05-20 12:00 -0700", fmt="html", vendor="ashby", cte="b64",
  body="""
  Hi Jordan,

  Your interview with Fieldnote is confirmed.

  Product Operations Associate - Hiring Manager Interview
  Wednesday, May 28, 2025, 10:00 AM - 10:45 AM PDT
  Interviewers: Marcus Webb, Sasha Ivers
  Location: https://meet.google.com/fnd-pqro-xyz

  Need to make changes? Reply to this email.
  """)

m("interview", "Orchard & Pine", "Wes", "Operations Coordinator", "", "en", "hard", "no interview keyword; 'come by the shop'",
  frm="Wes Dunbar <wes@orchardandpine.com>", subj="Re: Operations Coordinator", date="2025-09-24 17:30 -0400", client="apple", reply=True,
  body="""
  Hi Jordan,

  Thanks for the note. Want to come by the shop Saturday around 10 and walk through what the role looks like day to day? I'll have our GM Ruth there too. Coffee's on us.

  Wes
  """)

m("interview", "Norrland Robotics", "", "Operations Data Analyst", "", "en", "easy", "Google Calendar invite from recruiter; ics attachment",
  frm="Linnea Berg <linnea.berg@norrlandrobotics.com>", subj="Invitation: Jordan Lee <> Norrland Robotics - Technical Interview @ Wed Jun 17, 2026 10am - 11am (EDT)", date="2026-06-11 13:15 -0400", fmt="alt", vendor="gmail",
  ics={"start": "2026-06-17 10:00 -0400", "minutes": 60, "attendees": ["Ola Nilsson <ola.nilsson@norrlandrobotics.com>"], "location": "https://meet.google.com/nrb-uuvx-eka", "summary": "Jordan Lee <> Norrland Robotics - Technical Interview", "file": True},
  body="""
  You have been invited to the following event.

  Jordan Lee <> Norrland Robotics - Technical Interview
  When: Wednesday Jun 17, 2026 10am - 11am (EDT)
  Joining info: meet.google.com/nrb-uuvx-eka
  Guests: Linnea Berg (organizer), Ola Nilsson, jordan.lee.careers@gmail.com

  Operations Data Analyst - SQL and case discussion.

  Invitation from Google Calendar
  """)

m("interview", "Arbor Civic Trust", "", "Research Officer", "", "en", "easy", "UK shortlisting with interview and test",
  frm="Arbor Civic Trust <recruitment@arborcivic.org>", subj="Research Officer - Invitation to Interview (Ref ACT/26/003)", date="2026-02-04 15:10 +0000",
  body="""
  Dear Jordan,

  We are pleased to let you know that you have been shortlisted for the post of Research Officer.

  Interviews will be held on Tuesday 17 February at our offices at 12 Dunmore Place, Bristol. The interview will last 45 minutes and will be preceded by a 30-minute written exercise.

  Please confirm your attendance and let us know of any adjustments you may need.

  Yours sincerely,
  Recruitment Team
  Arbor Civic Trust
  """)

m("interview", "Vantor Mobility", "Felix", "Customer Insights Analyst", "", "en", "hard", "'virtual coffee' from hiring manager; European time",
  frm="Felix Brandt <felix.brandt@vantor-mobility.com>", subj="Virtual coffee?", date="2026-04-28 08:40 +0200",
  body="""
  Hi Jordan,

  I lead the insights team at Vantor and our recruiter forwarded me your profile for the Customer Insights Analyst position. Before we go through the formal process I'd love a 30-minute virtual coffee to tell you about the team and hear what you're looking for. Would Thursday at 16:00 CEST (10am your time) work?

  Best,
  Felix
  """)

# non-English interviews
m("interview", "Maison Orsay Conseil", "Claire", "Consultant data junior (H/F)", "", "fr", "easy", "French interview invitation",
  frm="Claire Dubois <claire.dubois@orsay-conseil.fr>", subj="Invitation à un entretien - Consultant data junior (H/F)", date="2026-01-13 09:25 +0100",
  body="""
  Bonjour Jordan,

  Suite à votre candidature pour le poste de Consultant data junior (H/F), nous souhaiterions vous rencontrer lors d'un entretien en visioconférence d'environ 45 minutes avec notre directeur associé, Laurent Mercier.

  Seriez-vous disponible le jeudi 22 janvier à 14h00 ou le vendredi 23 janvier à 10h30 ?

  Dans l'attente de votre retour,

  Claire Dubois
  Responsable recrutement, Maison Orsay Conseil
  """)

m("interview", "Kessler Logistik AG", "Sabine", "Data Analyst (m/w/d)", "", "de", "easy", "German interview invitation",
  frm="Sabine Kraus <sabine.kraus@kessler-logistik.de>", subj="Einladung zum Vorstellungsgespräch - Data Analyst (m/w/d)", date="2026-03-02 14:18 +0100",
  body="""
  Hallo Jordan,

  vielen Dank für Ihre Bewerbung. Wir würden Sie gerne in einem ersten Gespräch per Microsoft Teams kennenlernen.

  Passt Ihnen Dienstag, der 10. März, um 15:00 Uhr? Das Gespräch dauert ca. 45 Minuten, Gesprächspartner sind Herr Becker (Teamleitung BI) und ich.

  Viele Grüße
  Sabine Kraus
  HR Business Partner
  """)

m("interview", "Grupo Almira", "Lucía", "Analista de Operaciones", "", "es", "easy", "Spanish interview invite",
  frm="Lucía Ferrer <lferrer@grupoalmira.es>", subj="Entrevista - Analista de Operaciones", date="2026-05-11 10:02 +0200",
  body="""
  Hola Jordan:

  Gracias por tu interés en Grupo Almira. Nos gustaría invitarte a una entrevista por videollamada para la posición de Analista de Operaciones.

  ¿Te vendría bien el miércoles 20 de mayo a las 16:00 (hora de Madrid)? La entrevista durará unos 45 minutos y estarán presentes Javier Ortiz, responsable de operaciones, y yo.

  Un saludo,
  Lucía Ferrer
  Talento y Cultura
  """)

m("interview", "Nordstern Versicherung", "Jan", "Business Analyst (m/w/d)", "", "de", "hard", "German reschedule; 'leider' and 'absagen'",
  frm="Jan Hoffmann <jan.hoffmann@nordstern-vers.de>", subj="AW: Termin am Donnerstag", date="2026-02-03 08:15 +0100", client="outlook", reply=True,
  body="""
  Hallo Jordan,

  leider muss ich unseren Termin am Donnerstag absagen, da ich kurzfristig auf Dienstreise bin. Können wir das Gespräch auf Montag, 9. Februar, 11:00 Uhr verschieben? Der Teams-Link bleibt gleich.

  Viele Grüße
  Jan
  """)

m("interview", "Atelier Verne", "Théo", "Chef de projet digital junior", "", "fr", "hard", "French; 'échanger' informal, no 'entretien'",
  frm="Théo Marchand <theo@atelierverne.fr>", subj="On échange cette semaine ?", date="2026-09-08 18:44 +0200", client="gmail",
  body="""
  Salut Jordan,

  Ton profil nous a beaucoup plu pour le poste de chef de projet digital junior. On pourrait échanger 30 minutes cette semaine ? Je suis dispo mercredi après 14h ou jeudi matin. Je t'envoie le lien Meet dès que tu me confirmes.

  À très vite,
  Théo
  Atelier Verne
  """)

m("interview", "Coral Bay Software", "Mei", "Customer Success Analyst", "", "en", "hard", "calendar CANCEL + new REQUEST text; reschedule by company",
  frm="Mei Tanaka <mei.tanaka@coralbaysoftware.com>", subj="Updated invitation: Coral Bay - Final Interview (Jordan Lee) @ Thu Feb 26, 2026 1pm - 2pm (PST)", date="2026-02-20 09:30 -0800", fmt="alt", vendor="gmail",
  ics={"start": "2026-02-26 13:00 -0800", "minutes": 60, "sequence": 1, "attendees": ["Rob Gill <rob.gill@coralbaysoftware.com>"], "location": "https://coralbay.zoom.us/j/77120988123", "summary": "Coral Bay - Final Interview (Jordan Lee)"},
  body="""
  This event has been changed.

  Coral Bay - Final Interview (Jordan Lee)
  When: CHANGED: Thursday Feb 26, 2026 1pm - 2pm (PST)  (was Tuesday Feb 24, 2026 1pm - 2pm)
  Joining info: https://coralbay.zoom.us/j/77120988123

  Organizer: Mei Tanaka

  Invitation from Google Calendar
  """)

m("interview", "Blue Heron Hospital", "", "Quality Improvement Analyst", "", "en", "easy", "Taleo interview scheduling",
  frm="Blue Heron Hospital HR <hr-notify@blueheronhealth.org>", subj="Interview Scheduled - Quality Improvement Analyst", date="2025-11-20 14:22 -0500", fmt="html", vendor="taleo",
  body="""
  Dear Jordan Lee,

  An interview has been scheduled for you for the Quality Improvement Analyst position.

  Date: December 2, 2025
  Time: 9:30 AM - 10:30 AM Eastern
  Location: Blue Heron Hospital, Administration Building, 3rd Floor, Room 312
  Interviewers: Dr. Angela Moss, Director of Quality; Kevin Liu, Senior Analyst

  Please arrive 10 minutes early and check in with security.

  Human Resources Department
  """)

m("interview", "Drumlin Software", "", "Solutions Analyst", "", "en", "hard", "automated reminder from scheduling tool; no human",
  frm="Drumlin Software via GoodTime <scheduling@goodtime.io>", subj="Reminder: your conversation with Drumlin Software tomorrow", date="2026-01-19 09:00 -0500", fmt="html", vendor="news",
  body="""
  Hi Jordan,

  Just a reminder that your session with Drumlin Software is tomorrow, Tuesday January 20 at 1:00 PM EST.

  Participants: Esther Lindqvist, Sam Okoye, Lin Zhao
  Video link: https://drumlin.zoom.us/j/66102938471

  Need to reschedule? Use the link in your original confirmation.
  """)


# ============================ OFFERS ============================

m("offer", "Ironmark Logistics", "Beth", "Transportation Analyst", "", "en", "hard", "reverses earlier rejection; new text is offer",
  frm="Beth Cardenas <bcardenas@ironmarklogistics.com>", subj="Transportation Analyst - good news", date="2025-08-11 10:05 -0500", client="outlook",
  body="""
  Hi Jordan,

  I have some news I didn't expect to be sending. Our first-choice candidate had to withdraw for family reasons, and I'd love to offer you the Transportation Analyst position.

  Base salary would be $74,000, with a 6% annual bonus target and full benefits starting day one. Can we talk today or tomorrow so I can walk you through it before HR sends the formal letter?

  Beth
  """)

m("offer", "Quarry Lane Media", "Delphine", "Audience Insights Lead", "", "en", "easy", "offer letter attached",
  frm="Delphine Marsh <delphine@quarrylane.media>", subj="Offer - Audience Insights Lead", date="2026-02-09 16:33 -0500", client="gmail", attach=("Quarry_Lane_Offer_Jordan_Lee.pdf", "application/pdf"),
  body="""
  Hi Jordan,

  I'm thrilled to attach your offer letter for the Audience Insights Lead role. Everyone you met was unanimous.

  The letter covers salary, equity and the March 16 start date we discussed. Please review it and sign through the DocuSign link that'll arrive separately - and call me with any questions at all.

  Delphine
  """)

m("offer", "Tessellate AI", "Priya", "Analytics Lead", "", "en", "hard", "verbal-offer follow-up; never says 'offer'",
  frm="Priya Raman <priya@tessellate.ai>", subj="Following up on our call", date="2026-10-02 18:12 -0700", client="gmail",
  body="""
  Jordan,

  So great talking earlier - as promised, here's the summary in writing:

  - Title: Analytics Lead
  - Base: $168,000
  - Equity: 0.15%, 4-year vest, 1-year cliff
  - Start: November 2, or whenever works for you

  We'd be so excited to have you. Take the weekend to think it over and let me know if anything would make this an easier yes.

  Priya
  """)

m("offer", "Fieldnote", "", "Product Operations Associate", "", "en", "easy", "Ashby offer notification; HTML",
  frm="Fieldnote <no-reply@ashbyhq.com>", subj="Your offer from Fieldnote", date="2025-06-06 11:40 -0700", fmt="html", vendor="ashby",
  body="""
  Hi Jordan,

  Congratulations! Fieldnote has extended you an offer for the Product Operations Associate position.

  Review and sign your offer here: https://app.ashbyhq.com/offers/fnd-2211c

  This offer expires on June 13, 2025.
  """)

m("offer", "Kalmar Systems", "Aino", "Product Analyst", "", "en", "easy", "'we'd like to extend an offer'",
  frm="Aino Virtanen <aino.virtanen@kalmarsystems.fi>", subj="Product Analyst - offer", date="2025-11-12 15:55 +0200",
  body="""
  Hi Jordan,

  Thank you for your time during the process. I'm happy to let you know that we'd like to extend an offer for the Product Analyst position!

  Our HR team will send the contract for review by Friday. Would you be available for a short call tomorrow to go through the details and answer any questions about relocation support?

  Best regards,
  Aino Virtanen
  Head of Product, Kalmar Systems
  """)

m("offer", "Greenway Transit Authority", "", "Service Planning Analyst", "", "en", "hard", "conditional offer pending background check",
  frm="Greenway Transit Authority HR <hr@greenwaytransit.gov>", subj="Conditional Offer of Employment - Service Planning Analyst", date="2026-04-22 13:00 -0700", attach=("Conditional_Offer_Letter.pdf", "application/pdf"),
  body="""
  Dear Jordan Lee,

  On behalf of the Greenway Transit Authority, I am pleased to extend to you a conditional offer of employment for the position of Service Planning Analyst at Step 3 of the salary range ($82,411 annually).

  This offer is contingent upon successful completion of a background check and pre-employment medical evaluation. Please review the attached letter, sign, and return it by April 29, 2026.

  Sincerely,
  Human Resources Division
  Greenway Transit Authority
  """)

m("offer", "Brightloom Analytics", "Maya", "Senior Product Analyst", "", "en", "hard", "'congrats' plus 'unfortunately' about start date",
  frm="Maya Chen <maya.chen@brightloom.io>", subj="Welcome to Brightloom (almost!)", date="2025-09-19 17:03 -0700",
  body="""
  Hi Jordan,

  Congratulations - the team would love for you to join Brightloom as a Senior Product Analyst! Your recruiter Kevin will send the formal offer paperwork shortly.

  Unfortunately our October onboarding cohort is full, so the earliest start date would be November 3. I hope that works for you.

  Maya
  """)

m("offer", "Hawthorne Medical Devices", "Ian", "Commercial Analyst", "", "en", "hard", "agency recruiter relays verbal offer",
  frm="Ian Gallagher <ian.gallagher@brightpathtalent.com>", subj="Call me! Hawthorne", date="2026-01-27 12:30 -0500", client="outlook",
  body="""
  Jordan!!

  Hawthorne came back this morning - they want you for the Commercial Analyst role. Package is $88k base + 10% bonus, hybrid 3 days. They're hoping for a Feb 23 start. Give me a call when you get a sec so we can talk through it and any counter.

  Ian
  """)

m("offer", "Alpenglow Outdoor", "", "Merchandise Planning Analyst", "", "en", "easy", "BambooHR offer letter e-sign",
  frm="Alpenglow Outdoor <notifications@app.bamboohr.com>", subj="Alpenglow Outdoor has sent you an offer letter", date="2025-04-04 09:22 -0600", fmt="html", vendor="bamboohr",
  body="""
  Hi Jordan,

  Alpenglow Outdoor has sent you an offer letter for the Merchandise Planning Analyst position. Please review and sign it electronically.

  View Offer Letter: https://alpenglow.bamboohr.com/offer/9912ec

  This link expires in 7 days.
  """)

m("offer", "Orchard & Pine", "Wes", "Operations Coordinator", "", "en", "hard", "casual; 'job is yours'; no 'offer'",
  frm="Wes Dunbar <wes@orchardandpine.com>", subj="so...", date="2026-06-10 19:22 -0400", client="apple",
  body="""
  Jordan - Ruth and I talked it over and the ops job is yours if you want it. $24/hr to start, full time, bump after 90 days. Let me know by the end of the week? Really hope you say yes.

  Wes
  """)

m("offer", "Maison Orsay Conseil", "Claire", "Consultant data junior (H/F)", "", "fr", "easy", "French offer (promesse d'embauche)",
  frm="Claire Dubois <claire.dubois@orsay-conseil.fr>", subj="Proposition d'embauche - Consultant data junior", date="2026-02-05 11:48 +0100", attach=("Promesse_embauche_J_Lee.pdf", "application/pdf"),
  body="""
  Bonjour Jordan,

  J'ai le plaisir de vous confirmer notre proposition d'embauche pour le poste de Consultant data junior (H/F) en CDI, avec une rémunération annuelle brute de 42 000 EUR.

  Vous trouverez ci-joint la promesse d'embauche. Merci de nous la retourner signée avant le 13 février.

  Au plaisir de vous compter parmi nous,

  Claire Dubois
  """)

m("offer", "Kessler Logistik AG", "Sabine", "Data Analyst (m/w/d)", "", "de", "easy", "German contract offer",
  frm="Sabine Kraus <sabine.kraus@kessler-logistik.de>", subj="Vertragsangebot Data Analyst (m/w/d)", date="2026-03-26 10:15 +0100", attach=("Arbeitsvertrag_Lee.pdf", "application/pdf"),
  body="""
  Hallo Jordan,

  wir freuen uns sehr, Ihnen die Position als Data Analyst (m/w/d) anbieten zu können! Im Anhang finden Sie den Arbeitsvertrag zur Prüfung.

  Bitte senden Sie uns den unterschriebenen Vertrag bis zum 3. April zurück. Bei Fragen rufen Sie mich gerne an.

  Herzliche Grüße
  Sabine Kraus
  """)

m("offer", "Pellucid Health", "Derek", "Product Operations Analyst", "", "en", "hard", "reply; quoted thank-you; offer in new text",
  frm="Derek Osei <derek.osei@pellucidhealth.com>", subj="Re: Thank you!", date="2026-06-15 12:06 -0400", client="gmail",
  quote=("", "2026-06-08 18:44 -0400", """Hi Derek,

Thanks so much for the conversation today. I'd be thrilled to join the team and hope to hear from you soon.

Jordan"""),
  body="""
  Jordan, the feeling's mutual. We'd like to bring you on as Product Operations Analyst - our recruiter Jamie will call you this afternoon with the numbers and send the written offer right after.

  Derek
  """)

m("offer", "Sundew Foods", "", "Demand Planning Analyst", "", "en", "easy", "iCIMS offer letter ready",
  frm="Sundew Foods Recruiting <sundewfoods@talent.icims.com>", subj="Your Offer Letter is Ready for Review", date="2025-10-15 16:10 -0400", fmt="html", vendor="icims",
  body="""
  Hello Jordan,

  Congratulations! We are delighted to offer you the position of Demand Planning Analyst with Sundew Foods.

  Your offer letter is now available in the candidate portal. Please log in to review, accept, or decline the offer by October 22, 2025.

  Welcome to the Sundew family!
  Sundew Foods Talent Acquisition
  """)

m("offer", "Grupo Almira", "Javier", "Analista de Operaciones", "", "es", "easy", "Spanish offer",
  frm="Javier Ortiz <jortiz@grupoalmira.es>", subj="Oferta - Analista de Operaciones", date="2026-06-16 17:40 +0200",
  body="""
  Hola Jordan:

  Después de las entrevistas, nos encantaría que te unieras al equipo. Te ofrecemos el puesto de Analista de Operaciones con un salario bruto anual de 38.000 EUR y contrato indefinido.

  Lucía te enviará esta semana la carta de oferta con todos los detalles. Si tienes cualquier duda, llámame.

  Un abrazo,
  Javier Ortiz
  Director de Operaciones
  """)

m("offer", "Copperfield Retail Group", "Jess", "Inventory Analyst", "", "en", "hard", "offer with 'unfortunately' about salary band; still offer",
  frm="Jess Moreno <jess.moreno@copperfieldrg.com>", subj="Re: Inventory analyst", date="2026-08-19 15:20 -0600", client="gmail", reply=True,
  body="""
  Hi Jordan,

  Good news and a small caveat. We want you on the team as our Inventory Analyst. Unfortunately I couldn't get HR above $66k for the base, but I did get you an extra week of PTO and a $2k signing bonus. Formal letter coming from BambooHR tomorrow.

  Jess
  """)


# ============================ ON HOLD ============================

m("on_hold", "Coral Bay Software", "Mei", "Business Operations Associate", "", "en", "hard", "'pausing hiring until Q3'; no freeze keyword",
  frm="Mei Tanaka <mei.tanaka@coralbaysoftware.com>", subj="Business Ops Associate - timing update", date="2025-04-30 10:14 -0700",
  body="""
  Hi Jordan,

  I wanted to give you an honest update. Leadership has decided we're pausing hiring until Q3 while we finalize the new pricing model, and that includes the Business Operations Associate role. This has nothing to do with you - the team enjoyed meeting you.

  I'll reach out as soon as the req reopens, which I'm hoping is July.

  Mei
  """)

m("on_hold", "Norrland Robotics", "", "Data Analyst, Supply Chain", "", "en", "hard", "ATS wording like rejection; requisition cancelled",
  frm="Norrland Robotics Talent Team <recruiting@norrlandrobotics.com>", subj="Update regarding Data Analyst, Supply Chain", date="2026-07-22 14:50 -0400", fmt="alt", vendor="greenhouse",
  body="""
  Hi Jordan,

  We're writing to let you know that the Data Analyst, Supply Chain position has been cancelled, and we are no longer recruiting for it. As a result, your application will not be moving forward.

  This decision was not based on your qualifications. We encourage you to apply to other roles on our careers page.

  Norrland Robotics Talent Team
  """)

m("on_hold", "Heliograph", "Noah", "Analytics Engineer", "", "en", "easy", "hiring freeze",
  frm="Noah Pierce <noah@heliograph.dev>", subj="Analytics Engineer - hiring freeze", date="2026-05-29 16:30 -0700",
  body="""
  Hi Jordan,

  I'm sorry to be sending this after your strong technical round. Heliograph announced a company-wide hiring freeze this morning, effective immediately, and all open roles including Analytics Engineer are on hold.

  I don't know how long it will last. If it lifts, you'd be the first person I call.

  Noah Pierce
  Talent Partner
  """)

m("on_hold", "Sterling Oak Partners", "", "Investment Operations Analyst", "", "en", "hard", "role eliminated in restructuring; formal",
  frm="Sterling Oak Partners Recruitment <recruitment@sterlingoak.com>", subj="Investment Operations Analyst - Recruitment Closed", date="2025-06-12 12:20 +0100",
  body="""
  Dear Jordan,

  Following an internal restructuring of our operations function, the Investment Operations Analyst role has been withdrawn and the recruitment process has been closed.

  We are sorry for any inconvenience and thank you for the time you invested. We would be glad to consider you for future vacancies.

  Kind regards,
  Recruitment Team
  """)

m("on_hold", "Tillwater Bank", "Monica", "Data Governance Analyst", "", "en", "hard", "budget reprioritised; mentions next interview",
  frm="Monica Feld <monica.feld@tillwaterbank.com>", subj="RE: Data Governance Analyst - next interview", date="2025-10-30 08:02 -0500", client="outlook", reply=True,
  body="""
  Hi Jordan,

  I owe you an update before we book the next interview. Our 2026 budget came back this week and the Data Governance Analyst headcount was pushed out to at least mid-year. I'm disappointed - you were my top candidate.

  I'll keep your details and reach out directly if the headcount comes back.

  Monica
  """)

m("on_hold", "Pivotline", "Ravi", "Data Engineer", "", "en", "hard", "short; 'no longer hiring for this position'",
  frm="Ravi Subramanian <ravi@pivotline.io>", subj="quick update", date="2026-07-20 17:45 -0700", client="gmail",
  body="""
  Jordan - unfortunately we're no longer hiring for the Data Engineer position after some reorganisation on the platform team this week. Really sorry to pull the plug after the pairing session. You did great.

  Ravi
  """)

m("on_hold", "Lindqvist Partners", "", "Junior Consultant", "", "en", "easy", "Recruitee job closed notice",
  frm="Lindqvist Partners <jobs@lindqvistpartners.recruitee.com>", subj="Update: Junior Consultant position on hold", date="2026-03-09 09:30 +0100", fmt="html", vendor="recruitee",
  body="""
  Dear Jordan,

  We would like to inform you that the recruitment for the Junior Consultant position has been put on hold for the time being.

  We will contact you if the process resumes. Thank you for your patience and understanding.

  Kind regards,
  Lindqvist Partners
  """)

m("on_hold", "Blue Heron Hospital", "Angela", "Quality Improvement Analyst II", "", "en", "hard", "grant funding lapsed; mentions offer stage",
  frm="Angela Moss <amoss@blueheronhealth.org>", subj="QI Analyst II update", date="2026-04-14 11:50 -0400",
  body="""
  Dear Jordan,

  I'm writing with an update I'd hoped not to send. We were preparing to move to the offer stage for the QI Analyst II position, but the grant that funds it was not renewed, and the hospital has frozen the position until new funding is secured.

  I will contact you if the position is reinstated.

  With regret,
  Angela Moss, MD
  Director of Quality
  """)

m("on_hold", "Kettle & Crane", "Nadia", "Senior Marketing Analyst", "", "en", "hard", "'keep your resume on file' but process paused",
  frm="Nadia Rahman <nadia.rahman@kettlecrane.com>", subj="Senior Marketing Analyst - timing", date="2026-01-08 13:00 -0500",
  body="""
  Hi Jordan,

  Happy new year! Quick heads up: we've put the Senior Marketing Analyst search on pause while our new CMO settles in and reviews the team structure. We'll keep your resume on file and I'll reach out once we know more, probably in March.

  Nadia
  """)

m("on_hold", "Caldera Games", "", "Data Analyst, Monetization", "", "en", "easy", "Greenhouse requisition closed",
  frm="Caldera Games Recruiting <no-reply@greenhouse.io>", subj="Update on Data Analyst, Monetization", date="2025-12-03 11:00 -0800", fmt="alt", vendor="greenhouse",
  body="""
  Hi Jordan,

  We wanted to let you know that the Data Analyst, Monetization position has been closed due to changing business priorities. We are not filling the role at this time.

  Thank you for your interest in Caldera Games and for the time you spent with our team.

  Caldera Games Recruiting
  """)

m("on_hold", "Vantor Mobility", "Felix", "Customer Insights Analyst", "", "en", "hard", "merger announced; process suspended",
  frm="Felix Brandt <felix.brandt@vantor-mobility.com>", subj="Re: Customer Insights Analyst", date="2026-05-21 18:10 +0200", reply=True,
  body="""
  Hi Jordan,

  You may have seen the news that Vantor is merging with Ruta. Until the deal closes, all external recruiting is suspended, so the Customer Insights Analyst process is on ice. I honestly don't know if the role will survive in its current form.

  Sorry to leave you hanging - I'll write when I know more.

  Felix
  """)

m("on_hold", "Kessler Logistik AG", "", "Supply Chain Analyst (m/w/d)", "", "de", "hard", "German; Stelle vorerst nicht besetzt",
  frm="Kessler Logistik AG <noreply@kessler-logistik.jobs.personio.de>", subj="Ihre Bewerbung: Supply Chain Analyst (m/w/d)", date="2025-11-05 10:00 +0100", fmt="html", vendor="personio",
  body="""
  Hallo Jordan Lee,

  vielen Dank für Ihr Interesse an der Position Supply Chain Analyst (m/w/d).

  Aufgrund interner Umstrukturierungen wird die Stelle vorerst nicht besetzt. Der Auswahlprozess ist daher bis auf Weiteres ausgesetzt. Dies ist keine Entscheidung gegen Ihre Person.

  Sobald wir die Stelle wieder ausschreiben, melden wir uns bei Ihnen.

  Mit freundlichen Grüßen
  Ihr Recruiting-Team
  """)

m("on_hold", "Atelier Verne", "Théo", "Chef de projet digital junior", "", "fr", "hard", "French; recrutement suspendu",
  frm="Théo Marchand <theo@atelierverne.fr>", subj="Re: On échange cette semaine ?", date="2026-09-29 12:30 +0200", client="gmail", reply=True,
  body="""
  Salut Jordan,

  Mauvaise nouvelle de notre côté : un gros client vient de suspendre son contrat et la direction a gelé tous les recrutements jusqu'à la fin de l'année. Le poste de chef de projet est donc en suspens.

  Ça n'a rien à voir avec toi, ton entretien s'était super bien passé. Je reviens vers toi dès que ça se débloque.

  Théo
  """)

m("on_hold", "Brisa Hotels", "", "Revenue Analyst", "", "en", "easy", "position no longer available",
  frm="Brisa Hotels Careers <careers@brisahotels.com>", subj="Revenue Analyst - position withdrawn", date="2025-05-06 09:00 -0400", fmt="alt", vendor="news",
  body="""
  Dear Jordan,

  Thank you for your application for Revenue Analyst at Brisa Hotels.

  Please note that this vacancy has been withdrawn and is no longer available. No further candidates will be considered for the position.

  We appreciate your interest and encourage you to apply for other roles with us.

  Brisa Hotels Talent Acquisition
  """)

m("on_hold", "Mosaic Health Network", "Tamika", "Health Data Analyst", "", "en", "hard", "informal; budget; 'pushed to next fiscal year'",
  frm="Tamika Brooks <tbrooks@mosaichealthnet.org>", subj="health data analyst", date="2026-06-02 09:18 -0500",
  body="""
  hi Jordan! so the Health Data Analyst position got pushed to next fiscal year (july) bc of budget stuff. we're not interviewing anyone til then. I'll let you know when it reopens, you're still on my list :)

  Tamika
  """)


# ============================ APPLICATION RECEIVED ============================

wd_ack("Cobalt Ridge Energy", "Operations Analyst", "2025-10-20 16:12 -0500", "R-0045521", "cobaltridge")
wd_ack("Blue Heron Hospital", "Quality Improvement Analyst", "2025-11-06 21:40 -0500", "JR-10392", "blueheronhealth")
wd_ack("Tillwater Bank", "Data Governance Analyst", "2025-09-29 08:03 -0500", "REQ-21877", "tillwaterbank")
lever_ack("Pivotline", "Junior Data Engineer", "2026-04-02 10:30 -0700", "pivotline")
lever_ack("Redwater Labs", "Associate Product Manager", "2025-10-27 13:15 -0400", "redwaterlabs")
lever_ack("Tessellate AI", "Data Analyst", "2026-02-03 09:45 -0800", "tessellate")

m("application_received", "Brightloom Analytics", "", "Product Analyst", "", "en", "easy", "Greenhouse acknowledgement",
  frm="Brightloom Analytics <no-reply@greenhouse.io>", subj="Thank you for applying to Brightloom Analytics", date="2025-01-28 11:02 -0800", fmt="alt", vendor="greenhouse",
  body="""
  Hi Jordan,

  Thanks for applying to Brightloom Analytics! Your application for the Product Analyst role has been received.

  Our team reviews every application, and if your experience is a good match we'll reach out to schedule an initial conversation. Because of the number of applications we receive, this may take up to two weeks.

  Best,
  Brightloom Recruiting
  """)

m("application_received", "Sableport", "", "Business Intelligence Analyst", "", "en", "easy", "Teamtailor acknowledgement",
  frm="Sableport <no-reply@teamtailor.com>", subj="We've received your application!", date="2025-09-02 10:05 +0200", fmt="html", vendor="teamtailor",
  body="""
  Hi Jordan,

  Thank you for applying for the Business Intelligence Analyst position at Sableport! We're happy you want to join us.

  We'll review your application as soon as possible and get back to you.

  All the best,
  Sableport
  """)

m("application_received", "Hollis Provisions", "", "Supply Planning Analyst", "", "en", "hard", "mentions interview and 'not selected' as future steps",
  frm="Hollis Provisions <noreply@smartrecruiters.com>", subj="Hollis Provisions - application received", date="2026-02-10 15:20 -0600", fmt="html", vendor="smartrecruiters",
  body="""
  Dear Jordan,

  Thank you for applying for the Supply Planning Analyst position at Hollis Provisions. This email confirms we have your application.

  What happens next? Our recruiters review applications in the order received. If you are shortlisted, we will contact you to arrange an interview. If you are not selected, we will let you know by email - we never leave candidates without an answer.

  Thank you for your interest,
  Hollis Provisions Talent Acquisition
  """)

m("application_received", "Copperfield Retail Group", "", "Merchandise Analyst", "", "en", "easy", "BambooHR acknowledgement",
  frm="Copperfield Retail Group <notifications@app.bamboohr.com>", subj="Thanks for applying to Copperfield Retail Group", date="2025-10-30 12:45 -0600", fmt="html", vendor="bamboohr",
  body="""
  Hi Jordan,

  Thank you for your interest in the Merchandise Analyst position at Copperfield Retail Group. We have received your application and will review it shortly.

  If your experience matches what we're looking for, we'll be in touch.

  Copperfield Retail Group
  """)

m("application_received", "Kalmar Systems", "", "Technical Product Analyst", "", "en", "easy", "Workable acknowledgement",
  frm="Kalmar Systems <noreply@candidates.workablemail.com>", subj="Thanks for applying to Kalmar Systems", date="2025-06-30 18:20 +0300", fmt="html", vendor="workable",
  body="""
  Hi Jordan,

  Thank you for applying for the Technical Product Analyst position at Kalmar Systems.

  We've received your application and our hiring team is reviewing it. We'll contact you if your profile fits the role.

  Best regards,
  Kalmar Systems
  """)

m("application_received", "Wrenfield Insurance", "", "Claims Data Analyst", "", "en", "hard", "'Unfortunately' used about response times",
  frm="Wrenfield Insurance Careers <donotreply@wrenfieldins.com>", subj="Application Confirmation - Claims Data Analyst", date="2026-05-28 20:11 -0400", fmt="html", vendor="jobvite",
  body="""
  Dear Jordan,

  Thank you for applying for the Claims Data Analyst position with Wrenfield Insurance. Your application has been successfully submitted.

  Unfortunately, due to the high volume of applications we receive, we are not able to respond to inquiries about application status by phone. You can track your status any time in the candidate portal.

  Wrenfield Talent Acquisition
  """)

m("application_received", "Greenway Transit Authority", "", "Service Planning Analyst", "", "en", "easy", "government jobs receipt",
  frm="Greenway Transit Authority <noreply@governmentjobs.com>", subj="Application Received: Service Planning Analyst", date="2026-03-12 23:05 -0700", fmt="html", vendor="news",
  body="""
  Dear Jordan Lee,

  Your application for Service Planning Analyst (Recruitment #26-0112) was received on 03/12/2026 at 11:05 PM.

  Applications will be reviewed after the closing date. Candidates who meet the minimum qualifications will be notified of the next step in the selection process.

  Human Resources
  """)

m("application_received", "Fenwick & Ash", "Rohan", "Strategy Associate", "", "en", "hard", "templated but signed by recruiter; reads personal",
  frm="Rohan Mehta <rohan.mehta@fenwickash.com>", subj="Thanks for your application, Jordan", date="2025-02-17 08:00 +0000",
  body="""
  Hi Jordan,

  Thanks for applying for the Strategy Associate role at Fenwick & Ash - I've received your application and I'll be reviewing it personally over the next week or so.

  In the meantime, you might enjoy our latest piece on consumer health strategy: fenwickash.com/insights.

  Speak soon,
  Rohan
  """)

m("application_received", "Marlowe Studio", "", "Junior Product Designer", "", "en", "hard", "informal studio auto-ack; emoji; no 'received' keyword",
  frm="Marlowe Studio <hello@marlowe.studio>", subj="got it! ✨", date="2025-08-30 14:12 -0700",
  body="""
  Hey there!

  Your portfolio just landed in our inbox - thank you for thinking of Marlowe. We're a tiny team so it might take us a couple weeks to look through everything, but a real human will read it, promise.

  - the Marlowe crew
  """)

m("application_received", "Atlas Pediatrics", "", "Data Coordinator", "", "en", "easy", "JazzHR-style receipt",
  frm="Atlas Pediatrics <atlaspediatrics@applytojob.com>", subj="Application Received - Data Coordinator", date="2025-05-26 07:30 -0500", fmt="html", vendor="jobvite",
  body="""
  Hello Jordan,

  Thank you for your interest in Atlas Pediatrics! We have received your application for the Data Coordinator position.

  Our hiring team will review your qualifications and contact you if there is a match.

  Atlas Pediatrics Human Resources
  """)

m("application_received", "Drumlin Software", "", "Solutions Analyst", "", "en", "easy", "Ashby acknowledgement",
  frm="Drumlin Software <no-reply@ashbyhq.com>", subj="Application received: Solutions Analyst", date="2025-12-18 16:44 -0500", fmt="alt", vendor="ashby",
  body="""
  Hi Jordan,

  Thanks for your application for Solutions Analyst at Drumlin Software. We've received it and will be in touch about next steps.

  Drumlin Software Recruiting
  """)

m("application_received", "Kessler Logistik AG", "", "Junior Data Analyst (m/w/d)", "", "de", "easy", "German Personio Eingangsbestätigung",
  frm="Kessler Logistik AG <noreply@kessler-logistik.jobs.personio.de>", subj="Eingangsbestätigung Ihrer Bewerbung", date="2025-07-28 11:14 +0200", fmt="html", vendor="personio",
  body="""
  Hallo Jordan Lee,

  vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

  Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

  Mit freundlichen Grüßen
  Ihr Recruiting-Team der Kessler Logistik AG
  """)

m("application_received", "Maison Orsay Conseil", "", "Chargé d'études data (H/F)", "", "fr", "easy", "French accusé de réception",
  frm="Maison Orsay Conseil <recrutement@orsay-conseil.fr>", subj="Accusé de réception de votre candidature", date="2025-03-24 09:02 +0100", ar="gen",
  body="""
  Bonjour,

  Nous accusons bonne réception de votre candidature au poste de Chargé d'études data (H/F) et vous en remercions.

  Votre dossier est en cours d'étude. Nous reviendrons vers vous dans les meilleurs délais.

  Cordialement,
  Le service recrutement
  Maison Orsay Conseil
  """)

m("application_received", "Grupo Almira", "", "Analista de Operaciones", "", "es", "easy", "Spanish confirmation",
  frm="Grupo Almira Empleo <empleo@grupoalmira.es>", subj="Hemos recibido tu candidatura", date="2026-04-27 12:00 +0200", fmt="alt", vendor="news",
  body="""
  Hola Jordan:

  Gracias por inscribirte en la oferta de Analista de Operaciones. Hemos recibido tu candidatura correctamente.

  Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

  Equipo de Talento - Grupo Almira
  """)

m("application_received", "Lantern Learning", "", "Learning Data Analyst", "", "en", "hard", "acknowledges with timeline; mentions 'decline' if not selected",
  frm="Lantern Learning Careers <careers@lanternlearning.org>", subj="Your Lantern Learning application", date="2026-04-09 08:30 -0400",
  body="""
  Dear Jordan,

  Thank you for applying for the Learning Data Analyst position. This message confirms that your materials are complete.

  Our review timeline: applications close April 24; interviews for selected candidates will take place in early May. All applicants will be notified whether they are invited to interview or declined by May 15.

  Lantern Learning People Team
  """)

m("application_received", "Pellucid Health", "", "Associate Product Manager", "", "en", "easy", "Greenhouse receipt; HTML only",
  frm="Pellucid Health <no-reply@greenhouse.io>", subj="Application received - Associate Product Manager", date="2025-09-15 14:03 -0400", fmt="html", vendor="greenhouse",
  body="""
  Hi Jordan,

  Thank you for your interest in Pellucid Health! We've received your application for Associate Product Manager and our recruiting team is reviewing it now.

  Pellucid Health Talent
  """)

m("application_received", "Nimbus Freight", "", "Pricing Analyst", "", "en", "hard", "iCIMS receipt with Auto-Submitted: auto-generated header",
  frm="Nimbus Freight Careers <careers@nimbusfreight.icims.com>", subj="Pricing Analyst - your application", date="2025-04-02 17:55 -0500", ar="gen", fmt="html", vendor="icims",
  body="""
  Hello Jordan,

  Thank you for submitting your application for the Pricing Analyst position at Nimbus Freight. Your application is now under review.

  If your background matches our needs, a recruiter will contact you.

  Nimbus Freight Talent Acquisition
  """)

lever_ack("Quarry Lane Media", "Audience Data Analyst", "2025-02-24 12:12 -0500", "quarrylane")
wd_ack("Sundew Foods", "Category Analyst", "2025-03-10 06:58 -0400", "R-3390", "sundewfoods")

m("application_received", "Trellis Bio", "", "Lab Operations Analyst", "", "en", "easy", "short acknowledgement",
  frm="Trellis Bio Recruiting <no-reply@us.greenhouse-mail.io>", subj="Trellis Bio: we got your application", date="2026-07-14 07:40 -0400",
  body="""
  Hi Jordan, thanks for applying to Lab Operations Analyst at Trellis Bio. We'll review your application and follow up if there's a fit.

  - Trellis Bio Recruiting
  """)

m("application_received", "Ostrava Games", "", "Live Ops Analyst", "", "en", "hard", "Teamtailor receipt that mentions the interview process and rejection emails",
  frm="Ostrava Games <no-reply@teamtailor.com>", subj="Thanks for applying to Ostrava Games!", date="2025-07-21 13:13 +0200", fmt="html", vendor="teamtailor",
  body="""
  Hi Jordan,

  Thanks for applying for Live Ops Analyst! Here's how our process works:

  1. Application review (1-2 weeks)
  2. Take-home task
  3. Panel interview
  4. Offer

  Every applicant hears back from us - whether it's an invitation to the next step or a "no thanks" email. We'll be in touch soon.

  Ostrava Games Talent
  """)


# ============================ AUTO REPLIES ============================

m("auto_reply", "Brightloom Analytics", "Maya", "", "2025-08-25", "en", "easy", "OOO with explicit date; both headers",
  frm="Maya Chen <maya.chen@brightloom.io>", subj="Automatic reply: Senior Product Analyst - references", date="2025-08-14 09:02 -0700", ar="both", reply=True,
  body="""
  Thanks for your email. I'm out of the office from August 14 and will return on Monday, August 25, 2025, with limited access to email.

  For anything urgent related to recruiting, please contact kevin.ng@brightloom.io.

  Maya
  """)

m("auto_reply", "Fenwick & Ash", "Rohan", "Strategy Associate", "2025-03-17", "en", "hard", "relative date ('back Monday'); no headers; mentions interviews",
  frm="Rohan Mehta <rohan.mehta@fenwickash.com>", subj="Re: Strategy Associate - first round interview", date="2025-03-13 07:45 +0000", reply=True,
  body="""
  Hi, I'm travelling for client work until the end of the week and will be back Monday. If you're a candidate confirming an interview slot, no action is needed - your invitation stands.

  Rohan (auto-response)
  """)

m("auto_reply", "Grayfield Consulting", "Amelia", "", "", "en", "easy", "no longer with company; points to colleague",
  frm="Amelia Thornton <athornton@grayfield.co.uk>", subj="Automatic reply: Business Analyst", date="2025-11-03 10:00 +0000", ar="both", reply=True, client="outlook",
  body="""
  Thank you for your email. Amelia Thornton is no longer with Grayfield Consulting. For recruitment enquiries please contact Sophie Lane <sophie.lane@grayfield.co.uk>.

  This mailbox will not be monitored.
  """)

m("auto_reply", "Hawthorne Medical Devices", "Rachel", "", "2025-09-08", "en", "easy", "OOO text only; no headers",
  frm="Rachel Cho <rachel.cho@hawthornemed.com>", subj="Out of Office", date="2025-09-01 06:00 -0400", reply=True,
  body="""
  I am out of the office for the Labor Day week and will return on September 8. I will respond to your message when I return.

  Rachel Cho
  Commercial Finance Manager
  """)

m("auto_reply", "Tessellate AI", "Priya", "", "2026-12-14", "en", "hard", "parental leave; return date in month-day form",
  frm="Priya Raman <priya@tessellate.ai>", subj="Re: Analytics Lead - signed offer", date="2026-10-19 12:00 -0700", ar="x", reply=True,
  body="""
  Hi! I'm on parental leave and will be back December 14. For hiring questions please reach out to our recruiting coordinator, Zoe (zoe@tessellate.ai). If you're a new hire, your onboarding is in great hands with her!

  Priya
  """)

m("auto_reply", "Coral Bay Software", "", "", "", "en", "easy", "no-reply mailbox not monitored",
  frm="Coral Bay Software Careers <noreply@coralbaysoftware.com>", subj="Re: Business Operations Associate", date="2025-05-21 11:19 -0700", ar="both", reply=True,
  body="""
  This is an automated response. This email address is not monitored and replies will not be read.

  To contact our recruiting team, please visit https://coralbaysoftware.com/careers/contact.
  """)

m("auto_reply", "Nimbus Freight", "Carlos", "", "", "en", "hard", "OOO with no date; 'limited access'",
  frm="Carlos Reyes <creyes@nimbusfreight.com>", subj="Automatic reply: Thank you - Pricing Analyst interview", date="2025-04-25 16:10 -0500", ar="as", reply=True, client="outlook",
  body="""
  I'm currently out of the office with limited access to email. I'll get back to you as soon as I can. For urgent pricing matters please call the desk at (901) 555-0199.
  """)

m("auto_reply", "Drumlin Software", "Esther", "", "2026-01-05", "en", "hard", "holiday OOO; 'back after New Year' with explicit date",
  frm="Esther Lindqvist <esther.lindqvist@drumlin.io>", subj="Re: Solutions Analyst application", date="2025-12-22 09:30 -0500", ar="both", reply=True,
  body="""
  Happy holidays! Drumlin is closed for the winter break. I'll be back in the office on Monday, January 5, 2026 and will respond then.
  """)

m("auto_reply", "Sterling Oak Partners", "", "", "", "en", "hard", "recruitment mailbox auto-ack of owner's email; not an application receipt",
  frm="Sterling Oak Partners Recruitment <recruitment@sterlingoak.com>", subj="Re: Investment Operations Analyst - question about assessment", date="2025-01-16 18:20 +0000", ar="as", reply=True,
  body="""
  Thank you for contacting Sterling Oak Recruitment. This is an automatic acknowledgement of your email. We aim to respond to all enquiries within three working days.
  """)

m("auto_reply", "Quarry Lane Media", "Delphine", "", "2026-03-02", "en", "hard", "relative date ('back next Monday') from Wednesday",
  frm="Delphine Marsh <delphine@quarrylane.media>", subj="Re: Offer - Audience Insights Lead", date="2026-02-25 10:03 -0500", reply=True,
  body="""
  Hi! I'm at a conference in Austin and back in the office next Monday. Responses will be slow until then. - D
  """)

m("auto_reply", "Alpenglow Outdoor", "Hailey", "", "", "en", "easy", "left company; X-Autoreply only",
  frm="Hailey Kim <hailey.kim@alpenglowoutdoor.com>", subj="Hailey Kim has left Alpenglow Outdoor", date="2026-07-07 08:00 -0600", ar="x", reply=True,
  body="""
  Hailey Kim is no longer with Alpenglow Outdoor. Your message has not been forwarded. For recruiting questions please email talent@alpenglowoutdoor.com.
  """)

m("auto_reply", "Kettle & Crane", "Owen", "", "2025-11-10", "en", "hard", "personal referrer OOO; vacation, casual tone",
  frm="Owen Pratt <owen.pratt@kettlecrane.com>", subj="Re: thanks for the referral!", date="2025-10-31 17:30 -0400", ar="x", reply=True,
  body="""
  I'm off hiking in Patagonia with zero signal until November 10th. I'll read everything when I'm back (maybe). For anything Kettle & Crane marketing-related, try marketing-ops@kettlecrane.com.
  """)

m("auto_reply", "Lantern Learning", "Grace", "", "2026-07-20", "en", "easy", "summer OOO with date",
  frm="Grace Whitfield <grace@lanternlearning.org>", subj="Out of office: Re: Research Associate", date="2026-07-06 09:00 -0400", ar="both", reply=True,
  body="""
  Thank you for your message. I am on annual leave until Friday, July 17, returning Monday, July 20, 2026. I will reply upon my return.

  Grace Whitfield
  """)

m("auto_reply", "Kalmar Systems", "Aino", "", "2025-12-29", "en", "hard", "Finnish company English OOO; date in European format",
  frm="Aino Virtanen <aino.virtanen@kalmarsystems.fi>", subj="Automaattinen vastaus: Product Analyst - contract", date="2025-12-19 16:00 +0200", ar="both", reply=True, client="outlook",
  body="""
  Hi, I'm on holiday and will be back on 29.12.2025. For urgent matters please contact hr@kalmarsystems.fi.

  Hei, olen lomalla ja palaan 29.12.2025.
  """)

m("auto_reply", "Mosaic Health Network", "", "", "", "en", "easy", "HR mailbox not monitored; bounce-style",
  frm="Mosaic HR Do Not Reply <hr-donotreply@mosaichealthnet.org>", subj="Undeliverable mailbox: Re: Pop health analyst", date="2026-02-18 12:01 -0600", ar="both", reply=True,
  body="""
  This mailbox is not monitored. If you are an applicant, please contact the Human Resources department directly at (312) 555-0142 or by replying to your recruiter's email.
  """)

m("auto_reply", "Ironmark Logistics", "Beth", "", "2025-08-04", "en", "hard", "mentions offer in OOO; date with weekday",
  frm="Beth Cardenas <bcardenas@ironmarklogistics.com>", subj="Automatic reply: Transportation Analyst", date="2025-07-28 13:00 -0500", ar="both", reply=True, client="outlook",
  body="""
  I'm out of the office until Monday, August 4. If you're a candidate awaiting an offer decision, please know we're still finalizing and will be in touch the week I return. For urgent matters contact Tom Reilly at treilly@ironmarklogistics.com.
  """)

m("auto_reply", "Nordstern Versicherung", "Jan", "", "2026-02-23", "de", "easy", "German Abwesenheitsnotiz",
  frm="Jan Hoffmann <jan.hoffmann@nordstern-vers.de>", subj="Abwesenheitsnotiz: AW: Termin am Donnerstag", date="2026-02-13 17:00 +0100", ar="both", reply=True, client="outlook",
  body="""
  Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. Februar nicht im Büro und ab dem 23.02.2026 wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an bewerbung@nordstern-vers.de.

  Mit freundlichen Grüßen
  Jan Hoffmann
  """)

m("auto_reply", "Maison Orsay Conseil", "Claire", "", "2025-08-25", "fr", "easy", "French absence",
  frm="Claire Dubois <claire.dubois@orsay-conseil.fr>", subj="Réponse automatique : Votre candidature", date="2025-08-04 08:00 +0200", ar="both", reply=True,
  body="""
  Bonjour,

  Je suis absente du bureau jusqu'au 22 août inclus et serai de retour le lundi 25 août 2025. Pour toute urgence, merci de contacter recrutement@orsay-conseil.fr.

  Cordialement,
  Claire Dubois
  """)

m("auto_reply", "Grupo Almira", "Lucía", "", "2026-08-31", "es", "hard", "Spanish vacation reply; no headers",
  frm="Lucía Ferrer <lferrer@grupoalmira.es>", subj="Re: Oferta - Analista de Operaciones", date="2026-08-03 09:00 +0200", reply=True,
  body="""
  Hola, estoy de vacaciones y volveré el 31 de agosto. Durante mi ausencia no tendré acceso al correo. Para asuntos urgentes, escribe a talento@grupoalmira.es.

  Respuesta automática.
  """)

m("auto_reply", "Wrenfield Insurance", "Lauren", "", "", "en", "hard", "new role at same company; contact someone else; no date",
  frm="Lauren Price <lprice@wrenfieldins.com>", subj="Automatic reply: Pricing Actuarial Analyst", date="2026-09-02 10:00 -0400", ar="as", reply=True, client="outlook",
  body="""
  Hello, I have moved to a new role within Wrenfield and no longer support recruiting. Please contact Marcus Bell <mbell@wrenfieldins.com> for any candidate questions. Thank you!
  """)

m("auto_reply", "Arbor Civic Trust", "", "", "", "en", "easy", "office closure auto-response; no date",
  frm="Arbor Civic Trust <recruitment@arborcivic.org>", subj="Auto: Research Officer - adjustments request", date="2026-02-06 17:30 +0000", ar="both", reply=True,
  body="""
  Thank you for your email. Our office is currently closed and we will respond as soon as possible. Please note we do not monitor this inbox outside office hours (Mon-Fri 9-5).
  """)

m("auto_reply", "Vantor Mobility", "Felix", "", "2026-06-08", "en", "hard", "bilingual OOO; relative 'in two weeks' plus date",
  frm="Felix Brandt <felix.brandt@vantor-mobility.com>", subj="Abwesend / Out of office", date="2026-05-25 07:00 +0200", ar="x", reply=True,
  body="""
  Ich bin bis 5. Juni im Urlaub. Ab Montag, 8. Juni, bin ich wieder da.
  I'm on vacation until June 5 and back on Monday, June 8.

  Felix
  """)


# ============================ OTHER (incl. hard negatives) ============================

def job_alert(site, sender, title, n, date, jobs, vendor="news"):
    lines = "\n\n".join(f"{t}\n{c} - {loc}\n{extra}" for t, c, loc, extra in jobs)
    m("other", "", "", "", "", "en", "easy", f"job alert digest ({site})",
      frm=f"{site} <{sender}>", subj=f"{n} new jobs for \"{title}\"", date=date, fmt="html", vendor=vendor,
      hdrs={"List-Unsubscribe": f"<https://{sender.split('@')[1]}/unsubscribe>", "Precedence": "bulk"},
      body=f"""
      Hi Jordan,

      Here are new jobs matching your alert "{title}":

      {lines}

      See all {n} jobs: https://{sender.split('@')[1]}/jobs?alert=8812

      You are receiving this email because you created a job alert.
      """)


job_alert("Indeedy Jobs", "alert@indeedy-jobs.example", "product analyst", 14, "2025-02-03 06:10 -0500",
          [("Product Analyst", "Brightloom Analytics", "Remote", "Easily apply"), ("Associate Product Analyst", "Foxglove Pay", "Austin, TX", "$78,000 - $92,000 a year"), ("Product Data Analyst", "Veridian Homes", "Denver, CO", "Hiring multiple candidates")])
job_alert("Hired Today", "jobs@hiredtoday.example", "data analyst remote", 27, "2025-09-15 07:00 -0400",
          [("Data Analyst II", "Larch Health", "Remote (US)", "Posted 1 day ago"), ("Junior Data Analyst", "Cobalt Ridge Energy", "Houston, TX", "Responsive employer"), ("Marketing Data Analyst", "Ember & Oak", "Remote", "New")])
job_alert("Glasswall", "noreply@glasswall-jobs.example", "business operations", 9, "2026-04-06 08:15 -0700",
          [("Business Operations Associate", "Coral Bay Software", "San Diego, CA", "4.1 ★"), ("BizOps Analyst", "Heliograph", "Remote", "3.8 ★")])

m("other", "", "", "", "", "en", "hard", "podcast 'interview' with a CEO; HTML newsletter",
  frm="The Analytics Hour <newsletter@analyticshour.example>", subj="New episode: our interview with Pellucid Health's CEO", date="2025-10-09 06:00 -0400", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://analyticshour.example/unsub>", "Precedence": "bulk"},
  body="""
  This week on The Analytics Hour

  Our interview with Rana Okafor, CEO of Pellucid Health: how a 40-person startup built a data culture before it had a data team, why she reads every customer support ticket, and the hiring mistake she'll never make again.

  Listen now on your favourite podcast app.

  Also: we're recording a live episode in Chicago on November 12. Grab a free ticket while they last.
  """)

m("other", "", "", "", "", "en", "hard", "newsletter about handling rejection quoting ATS phrases",
  frm="Career Compass <hello@careercompass.example>", subj="Why 'we've decided to move forward with other candidates' isn't about you", date="2026-01-25 09:00 -0500", fmt="alt", vendor="news",
  hdrs={"List-Unsubscribe": "<https://careercompass.example/u/1>"},
  body="""
  Hi Jordan,

  If you've been job hunting for more than a month, you've probably seen lines like "after careful consideration, we have decided not to move forward with your application" or "the position has been filled."

  This week we break down what those emails really mean, when it's worth replying, and the three-sentence thank-you note that has landed our readers second interviews.

  Plus: a reader who received an offer after being told "unfortunately, we went with another candidate" - and how.

  Read the full issue: https://careercompass.example/issues/88

  Career Compass - a weekly newsletter for job seekers
  """)

m("other", "", "", "", "", "en", "hard", "'your card was declined'",
  frm="Streamly <billing@streamly.example>", subj="Action needed: your payment was declined", date="2025-06-03 03:12 +0000", fmt="html", vendor="bank",
  body="""
  Hi Jordan,

  Unfortunately, your card ending in 4471 was declined when we tried to process your monthly payment of $15.49.

  To keep watching without interruption, please update your payment details within 7 days.

  Update payment: https://streamly.example/account/billing

  The Streamly Team
  """)

m("other", "", "Tomasz", "", "", "en", "hard", "pull request rejected / closed",
  frm="Tomasz Wiśniewski <notifications@github.com>", subj="Re: [openmetrics-kit/openmetrics-kit] Add percentile aggregation to rollup (PR #412)", date="2025-07-30 11:44 +0200",
  hdrs={"List-ID": "openmetrics-kit/openmetrics-kit <openmetrics-kit.openmetrics-kit.github.com>", "X-GitHub-Reason": "author"}, reply=True,
  body="""
  Closed #412.

  Thanks for the PR, @jordanlee-data. After discussing this in the maintainers' sync we've decided not to move forward with adding percentile aggregation to the core rollup - we'd rather keep the core small and point people to the plugin API instead. I've rejected the change for now but would happily review a plugin version.

  --
  Reply to this email directly, view it on GitHub, or unsubscribe.
  You are receiving this because you authored the thread.
  """)

m("other", "", "", "", "", "en", "hard", "academic paper rejection",
  frm="CHI Workshop on Data Work 2026 <noreply@easychair.example>", subj="[DataWork 2026] Notification for submission #57", date="2026-02-20 14:00 +0000",
  body="""
  Dear Jordan Lee,

  We regret to inform you that your submission #57, "Spreadsheet Archaeology: How Operations Teams Rebuild Lost Analyses", has not been accepted for presentation at the DataWork 2026 workshop.

  We received 94 submissions and could accept only 21. The reviews are included below; we hope they are helpful.

  ----- REVIEW 1 -----
  The topic is timely, but the interview study (n=9) is small and the coding method is under-described.

  ----- REVIEW 2 -----
  Interesting findings; I would encourage the authors to resubmit to a longer venue.

  Best regards,
  The DataWork 2026 Program Committee
  """)

m("other", "", "", "", "", "en", "hard", "marketing 'exclusive offer'; interview-ready",
  frm="ResumeForge <deals@resumeforge.example>", subj="Exclusive offer: 30% off Pro - get interview-ready this week", date="2025-11-28 08:00 -0500", fmt="html", vendor="news", cte="b64",
  hdrs={"List-Unsubscribe": "<https://resumeforge.example/unsubscribe>", "Precedence": "bulk"},
  body="""
  Black Friday is here, Jordan.

  Get 30% off ResumeForge Pro - AI resume rewrites, unlimited cover letters and mock interview practice with instant feedback.

  This offer expires Monday at midnight.

  Claim my offer: https://resumeforge.example/bf30
  """)

m("other", "", "", "", "", "en", "hard", "apartment application decision ('unable to approve')",
  frm="Cedar Court Apartments <leasing@cedarcourt-apts.example>", subj="Update on your rental application - Unit 4C", date="2025-12-01 15:30 -0600",
  body="""
  Hi Jordan,

  Thank you for applying to lease Unit 4C at Cedar Court Apartments. After reviewing your application, we're unable to approve it at this time because the verified income did not meet the 3x monthly rent requirement.

  You may reapply with a co-signer or for a unit at a lower rent. Your application fee is non-refundable, but your holding deposit of $300 will be returned within 10 business days.

  Cedar Court Leasing Office
  """)

m("other", "", "", "", "", "en", "hard", "event cancelled 'we regret to inform you'",
  frm="Riverside Jazz Series <tickets@riversidejazz.example>", subj="Event cancelled: Saturday's performance", date="2026-06-25 18:00 -0400", fmt="alt", vendor="news",
  body="""
  Dear Jordan,

  We regret to inform you that Saturday's performance of the Marisa Okonjo Quartet has been cancelled due to illness.

  A full refund has been issued to your original payment method. Please allow 5-7 business days for it to appear.

  We hope to see you at another show this season.

  Riverside Jazz Series
  """)

m("other", "", "Sam", "", "", "en", "hard", "personal mail from friend mentioning interviews and offers",
  frm="Sam Whitaker <samwhit88@gmail.com>", subj="how'd it go??", date="2025-07-22 20:15 -0500",
  body="""
  Jordy!! How did the final round go yesterday? I want the full debrief. Also, update from my side - I got the offer from the dental place but honestly I think I'm going to decline, the commute is brutal.

  Dinner Thursday? Mel's making lasagna.

  Sam
  """)

m("other", "", "Deepa", "Sr. Java Developer", "", "en", "hard", "recruiter mass mailing for irrelevant role; mentions interview",
  frm="Deepa Sharma <deepa.s@techstaffsolutions.example>", subj="Urgent requirement - Sr. Java Developer - Onsite - Charlotte, NC", date="2025-08-06 10:33 -0400",
  body="""
  Hi,

  Hope you are doing well. Please find the job description below and let me know if you are interested.

  Role: Sr. Java Developer
  Location: Charlotte, NC (Onsite from day 1)
  Duration: 12+ months contract
  Must have: Java 17, Spring Boot, Kafka, 10+ years

  Client is doing immediate interviews. Please share your updated resume, rate and visa status ASAP.

  Thanks & Regards,
  Deepa Sharma
  Technical Recruiter | TechStaff Solutions
  """)

m("other", "", "", "", "", "en", "easy", "social network notification",
  frm="Linkd <notifications-noreply@linkd.example>", subj="Jordan, you appeared in 12 searches this week", date="2026-03-16 05:05 +0000", fmt="html", vendor="social",
  body="""
  You appeared in 12 searches this week.

  People who searched for you work at: Coral Bay Software, Heliograph, Sableport.

  See who's looking: https://www.linkd.example/me/search-appearances
  """)

m("other", "", "", "", "", "en", "hard", "social notification: someone started a new position",
  frm="Linkd <notifications-noreply@linkd.example>", subj="Congratulate Priya Raman on starting a new position as Head of Data at Tessellate AI", date="2026-11-02 07:30 +0000", fmt="html", vendor="social",
  body="""
  Priya Raman started a new position

  Head of Data at Tessellate AI

  Say congrats: https://www.linkd.example/feed/update/urn:li:activity:7211

  Linkd, 1000 W Maude Ave, Sunnyvale, CA
  """)

m("other", "", "", "", "", "en", "easy", "webinar invite",
  frm="DataCamp Live <events@datacamplive.example>", subj="You're invited: Ace the Analytics Interview (free webinar)", date="2025-04-08 12:00 -0400", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://datacamplive.example/unsub>"},
  body="""
  Join us Thursday, April 17 at 1 PM ET for "Ace the Analytics Interview", a free 60-minute webinar with hiring managers from three tech companies.

  You'll learn how SQL screens are scored, what a good case answer looks like, and how to talk about projects.

  Save my seat: https://datacamplive.example/webinars/ace-interview
  """)

m("other", "", "", "", "", "en", "hard", "loan application not approved (adverse action)",
  frm="Summit Federal Credit Union <noreply@summitfcu.example>", subj="Your auto loan application decision", date="2026-05-05 09:45 -0600",
  body="""
  Dear Jordan Lee,

  Thank you for your recent application for an auto loan. After careful review, we are unable to approve your request at this time.

  Principal reason(s): Length of credit history; Debt-to-income ratio.

  You have the right to a free copy of your credit report from the reporting agency within 60 days.

  Summit Federal Credit Union - Equal Housing Lender
  """)

m("other", "", "", "", "", "en", "hard", "school admission offer",
  frm="Westbrook University Graduate Admissions <gradadmissions@westbrook.example>", subj="Congratulations! Your offer of admission to the MS in Business Analytics", date="2026-03-20 16:00 -0400", attach=("Admission_Letter.pdf", "application/pdf"),
  body="""
  Dear Jordan,

  Congratulations! On behalf of the Admissions Committee, I am delighted to offer you admission to the Master of Science in Business Analytics program for Fall 2026.

  Please accept your offer and pay the enrollment deposit by April 15 through the applicant portal.

  Sincerely,
  Dr. Helen Marsh
  Director of Graduate Admissions
  """)

m("other", "", "Ana", "", "", "en", "hard", "Jira notification: ticket rejected",
  frm="Ana Costa (Jira) <jira@volunteer-ops.atlassian.example>", subj="[JIRA] (OPS-221) Migrate donor dashboard to Looker - status changed to Rejected", date="2025-09-11 14:20 -0300",
  body="""
  Ana Costa changed the status of OPS-221 from In Review to Rejected.

  Comment: We're not going to move forward with the Looker migration this year - budget went to the CRM. Thanks Jordan for the estimate, it was really useful.

  Assignee: Jordan Lee
  Project: Volunteer Ops
  """)

m("other", "", "", "", "", "en", "easy", "bank alert",
  frm="Harborline Bank Alerts <alerts@harborline-bank.example>", subj="Your statement is ready", date="2025-05-01 04:00 -0400", fmt="html", vendor="bank",
  body="""
  Your April statement for checking account ending 0912 is now available. Sign in to view it.
  """)

m("other", "", "", "", "", "en", "easy", "online order receipt",
  frm="Parcel & Co <orders@parcelco.example>", subj="Your order #PC-22871 has shipped", date="2026-01-09 13:40 -0800", fmt="html", vendor="news",
  body="""
  Good news, Jordan - your order has shipped!

  1 x Ergonomic laptop stand - $39.00
  1 x Leather portfolio folder - $24.00

  Track your package: https://parcelco.example/track/1Z88
  """)

m("other", "", "Jordan", "", "", "en", "hard", "owner's own sent follow-up copied to inbox (thank-you note)",
  frm="Jordan Lee <jordan.lee.careers@gmail.com>", to="Hailey Kim <hailey.kim@alpenglowoutdoor.com>", subj="Thank you - E-commerce Analyst interview", date="2025-02-27 19:02 -0700", client="gmail",
  body="""
  Hi Hailey,

  Thank you for taking the time to speak with me today about the E-commerce Analyst role. I enjoyed learning about how the team plans promotions and I'm excited about the opportunity.

  Best,
  Jordan
  """)

m("other", "", "Linnea", "", "", "en", "hard", "interview cancelled by candidate: recruiter acknowledges withdrawal",
  frm="Linnea Berg <linnea.berg@norrlandrobotics.com>", subj="Re: Withdrawing my application", date="2026-06-16 11:30 -0400",
  quote=("", "2026-06-16 08:05 -0400", """Hi Linnea,

I wanted to let you know that I've accepted another offer, so I'd like to withdraw and cancel tomorrow's technical interview. Thank you for everything.

Jordan"""),
  body="""
  Hi Jordan,

  Thanks for letting me know, and congratulations! I've cancelled tomorrow's session with Ola. Best of luck in the new role.

  Linnea
  """)

m("other", "", "", "", "", "en", "hard", "calendar cancel for candidate-cancelled interview (owner cancelled)",
  frm="Google Calendar <calendar-notification@google.com>", subj="Canceled event: Jordan Lee <> Norrland Robotics - Technical Interview @ Wed Jun 17, 2026 10am - 11am (EDT)", date="2026-06-16 11:32 -0400", fmt="alt", vendor="gmail",
  ics={"start": "2026-06-17 10:00 -0400", "minutes": 60, "method": "CANCEL", "organizer": "Linnea Berg <linnea.berg@norrlandrobotics.com>", "summary": "Jordan Lee <> Norrland Robotics - Technical Interview", "sequence": 2},
  body="""
  This event has been canceled and removed from your calendar.

  Jordan Lee <> Norrland Robotics - Technical Interview
  Wednesday Jun 17, 2026 10am - 11am (EDT)
  Organizer: Linnea Berg

  Invitation from Google Calendar
  """)

m("other", "", "", "", "", "en", "hard", "job board 'application viewed' notification; no decision",
  frm="Indeedy Jobs <noreply@indeedy-jobs.example>", subj="Your application was viewed by Foxglove Pay", date="2025-02-14 10:00 -0500", fmt="html", vendor="news",
  body="""
  Good news! Foxglove Pay viewed your application for Associate Product Analyst.

  Employers typically respond within 2 weeks. Keep applying to increase your chances.

  View similar jobs: https://indeedy-jobs.example/similar
  """)

m("other", "", "Marcus", "", "", "en", "hard", "mock interview offer from a friend; 'reject' and 'offer' in other senses",
  frm="Marcus Webb <marcus.webb.pm@gmail.com>", subj="mock interview this weekend?", date="2026-04-01 21:10 -0700",
  body="""
  Hey! Happy to do a mock PM interview with you Saturday if you still want. I'll play the grumpy interviewer who rejects every idea, it's my specialty. Offer stands for Sunday too if Saturday's bad.

  m
  """)

m("other", "", "", "", "", "en", "easy", "conference registration confirmation",
  frm="Midwest Data Summit <register@mwdatasummit.example>", subj="Registration confirmed: Midwest Data Summit 2025", date="2025-08-18 12:12 -0500", fmt="html", vendor="news",
  body="""
  Thanks for registering, Jordan! Your ticket for Midwest Data Summit (Oct 2-3, Chicago) is confirmed. Order #MDS-8812.

  Add to calendar | View agenda
  """)

m("other", "", "", "", "", "en", "hard", "recruiting agency newsletter with open roles; mentions offers and interviews",
  frm="BrightPath Talent <newsletter@brightpathtalent.com>", subj="BrightPath Monthly: 9 hot roles + salary guide 2026", date="2026-02-02 08:00 -0500", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://brightpathtalent.com/unsub>"},
  body="""
  Hi Jordan,

  Our 2026 Salary Guide is out! Finance analysts saw offers rise 6% on average, and candidates with SQL skills got to interview 40% faster.

  Hot roles this month:
  - FP&A Analyst, Boston (hybrid)
  - Commercial Analyst, Worcester
  - Revenue Operations Manager, Remote

  Reply to this email to speak with a consultant.
  """)

m("other", "", "", "", "", "en", "hard", "HR tech product marketing 'applications received'",
  frm="Formsy <team@formsy.example>", subj="Your form 'Volunteer sign-up' received 18 new applications", date="2025-10-12 09:00 +0000", fmt="html", vendor="news",
  body="""
  Your form "Volunteer sign-up - Fall Food Drive" received 18 new responses this week.

  View responses: https://formsy.example/f/8821/responses
  """)

m("other", "", "Rosa", "", "", "en", "hard", "volunteer role 'welcome aboard' from a food bank",
  frm="Rosa Delgado <rosa@eastsidefoodbank.example>", subj="Welcome aboard, volunteer!", date="2025-10-15 16:20 -0500",
  body="""
  Hi Jordan,

  We'd love to have you join our Saturday sorting crew! Orientation is October 25 at 9am. Wear closed-toe shoes.

  Rosa Delgado
  Volunteer Coordinator, Eastside Food Bank
  """)

m("other", "", "", "", "", "en", "easy", "security notice",
  frm="Gmail Security <no-reply@accounts.google.com>", subj="Security alert: new sign-in on Mac", date="2026-01-03 22:14 +0000",
  body="""
  A new sign-in on Mac

  jordan.lee.careers@gmail.com

  We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
  """)

m("other", "", "", "", "", "en", "hard", "gym membership 'application on hold'",
  frm="Peak Climbing Co-op <members@peakclimb.example>", subj="Your membership application is on hold", date="2026-03-04 10:10 -0700",
  body="""
  Hi Jordan,

  Thanks for applying to join Peak Climbing Co-op! Our membership is currently at capacity, so your application is on hold and you've been placed on the waitlist (position 14).

  We'll email you as soon as a spot opens.

  Peak Climbing Co-op
  """)

m("other", "", "Diane", "", "", "en", "hard", "personal mail from parent mentioning job search and 'no news'",
  frm="Diane Lee <dianelee.home@gmail.com>", subj="thinking of you", date="2025-06-18 18:33 -0700",
  body="""
  Hi sweetie,

  Just thinking of you. Any news from that bank? Your dad says no news is good news but I'm not so sure! Don't let the rejections get you down, something will turn up.

  Love, Mom
  """)

m("other", "", "Kevin", "Data Analyst", "", "en", "hard", "recruiter InMail-style mass outreach; asks for call",
  frm="Kevin Osei via Linkd <inmail-hit-reply@linkd.example>", subj="Opportunity at a fast-growing fintech", date="2025-07-02 14:00 +0000", fmt="html", vendor="social",
  body="""
  Hi Jordan,

  I came across your profile and think you'd be a great fit for a Data Analyst role with one of our fintech clients. 100% remote, competitive comp.

  Open to a quick chat this week?

  Kevin Osei
  Recruiter at Apex Search Partners
  """)

m("other", "", "", "", "", "en", "easy", "newsletter digest (industry news)",
  frm="Morning Brew-ish <crew@morningdigest.example>", subj="☕ Tech layoffs slow, hiring picks up", date="2026-05-14 06:00 -0400", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://morningdigest.example/unsub>", "Precedence": "bulk"},
  body="""
  Good morning.

  Tech layoffs fell to their lowest level in two years in April, while job postings for analysts rose 8%. Meanwhile a major airline rejected a takeover offer, and the Fed held rates steady.

  Read more at morningdigest.example
  """)

m("other", "", "", "", "", "en", "hard", "scholarship/fellowship rejection",
  frm="Civic Data Fellowship <fellowship@civicdata.example>", subj="Civic Data Fellowship 2026 - application decision", date="2026-04-30 17:00 -0400",
  body="""
  Dear Jordan,

  Thank you for applying to the 2026 Civic Data Fellowship. We received over 1,400 applications for 24 spots, and unfortunately we are not able to offer you a place in this year's cohort.

  We encourage you to apply again next year.

  The Civic Data Fellowship Team
  """)

m("other", "", "", "", "", "en", "easy", "receipt for resume printing",
  frm="PrintHub <receipts@printhub.example>", subj="Receipt for your order", date="2025-03-03 11:02 -0500",
  body="""
  Thank you for your purchase!

  25 x Resume prints, 32lb cream paper - $12.50
  Tax - $1.03
  Total - $13.53

  PrintHub #114, 88 Main St
  """)

m("other", "", "", "", "", "en", "hard", "job board 'your application has been sent' confirmation (not from employer)",
  frm="Hired Today <jobs@hiredtoday.example>", subj="Application sent to Larch Health", date="2025-09-16 12:30 -0400", fmt="html", vendor="news",
  body="""
  Your application was sent!

  Data Analyst II at Larch Health, Remote (US)

  We'll notify you when the employer views it. Tip: candidates who follow up within a week are 2x more likely to hear back.
  """)

m("other", "", "", "", "", "en", "hard", "SaaS trial 'your trial is ending' with 'extend offer'",
  frm="Notably <billing@notably.example>", subj="Your trial ends tomorrow - special offer inside", date="2025-11-05 10:00 +0000", fmt="html", vendor="news",
  body="""
  Hi Jordan, your Notably Pro trial ends tomorrow. Upgrade today and we'll extend an offer of 3 months at 50% off.

  Upgrade now: https://notably.example/upgrade
  """)

m("other", "", "Bea", "", "", "en", "hard", "book club event moved; 'unfortunately' 'postponed'",
  frm="Bea Nakamura <bea.nakamura@gmail.com>", subj="book club moved!", date="2026-02-10 12:44 -0800",
  body="""
  hi all! unfortunately we have to postpone thursday's book club - Jamie's kid is sick. Let's do next tuesday instead, same time, my place. We're still on "The Overstory" (no spoilers Jordan!!)

  Bea
  """)

m("other", "", "", "", "", "de", "hard", "German newsletter about Vorstellungsgespräch tips",
  frm="Karriere Kompass <newsletter@karrierekompass.example>", subj="5 Fehler im Vorstellungsgespräch - und wie Sie sie vermeiden", date="2025-10-20 07:00 +0200", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://karrierekompass.example/abmelden>"},
  body="""
  Guten Morgen,

  in dieser Ausgabe: Die fünf häufigsten Fehler im Vorstellungsgespräch, wie Sie auf eine Absage reagieren, und warum "Wir haben uns für einen anderen Kandidaten entschieden" selten etwas mit Ihnen zu tun hat.

  Jetzt lesen: https://karrierekompass.example/ausgabe/42
  """)

m("other", "", "", "", "", "fr", "hard", "French bank: paiement refusé",
  frm="Banque Mistral <alertes@banquemistral.example>", subj="Paiement refusé", date="2025-06-21 13:02 +0200", fmt="html", vendor="bank",
  body="""
  Bonjour,

  Nous vous informons que votre paiement de 84,90 EUR chez LIBRAIRIE DU PORT a été refusé. Malheureusement, le plafond de votre carte a été atteint.

  Banque Mistral
  """)

m("other", "", "", "", "", "es", "hard", "Spanish event cancelled 'lamentamos informarle'",
  frm="Teatro Alameda <entradas@teatroalameda.example>", subj="Cancelación del evento del 14 de marzo", date="2026-03-10 11:00 +0100", fmt="alt", vendor="news",
  body="""
  Estimado/a Jordan:

  Lamentamos informarle que la función del 14 de marzo ha sido cancelada por motivos técnicos. Se le reembolsará el importe íntegro de sus entradas en un plazo de 10 días.

  Disculpe las molestias.
  Teatro Alameda
  """)

m("other", "", "", "", "", "fr", "easy", "French job alert digest",
  frm="EmploiDirect <alertes@emploidirect.example>", subj="8 nouvelles offres : analyste données", date="2026-01-19 06:30 +0100", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://emploidirect.example/desinscription>"},
  body="""
  Bonjour Jordan,

  8 nouvelles offres correspondent à votre alerte "analyste données" :

  Analyste données (H/F) - Groupe Rivoli - Paris
  Data Analyst junior - Fintech Lumen - Lyon (télétravail partiel)
  Chargé d'études statistiques - Mutuelle Azur - Nantes

  Voir toutes les offres
  """)

m("other", "", "", "", "", "en", "hard", "HR-tech vendor cold sales email to owner as if employer",
  frm="Mia from HireLoop <mia@hireloop.example>", subj="Jordan, cut your time-to-interview in half", date="2026-06-09 10:22 -0400",
  body="""
  Hi Jordan,

  Teams like yours use HireLoop to screen applicants 2x faster and send interview invites automatically. Would you be open to a 15-minute demo next week?

  Mia Patel
  Account Executive, HireLoop
  """)

m("other", "", "", "", "", "en", "easy", "Zoom cloud recording ready (webinar)",
  frm="Zoom <no-reply@zoom.us>", subj="Cloud Recording - Portfolio Review Circle is now available", date="2025-12-09 20:00 +0000",
  body="""
  Hi Jordan,

  Your cloud recording is now available.

  Topic: Portfolio Review Circle
  Date: Dec 9, 2025 02:00 PM Central Time

  Share recording with viewers: https://zoom.us/rec/share/x8812
  """)

m("other", "", "Aisha", "", "", "en", "hard", "former interviewer connects socially after process; no decision",
  frm="Aisha Bello <aisha.bello.design@gmail.com>", subj="nice meeting you!", date="2025-11-20 19:40 -0500",
  body="""
  Hi Jordan - Aisha from Redwater here (I was the designer in your product sense chat). Not related to the hiring decision at all, just wanted to send you the article on service blueprints I mentioned. Hope you find it useful!

  Aisha
  """)
