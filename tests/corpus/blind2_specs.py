"""Message specs for tests/corpus/blind2 (owner: Morgan Diaz). Held-out set. Built by make_blind.py."""
# ruff: noqa: E501
import textwrap

OWNER = "Morgan Diaz <morgan.diaz.work@outlook.com>"
SPECS: list = []


def m(*cols, **kw):
    kw["body"] = textwrap.dedent(kw["body"])
    SPECS.append((cols, kw))


# ---------------- rejection ----------------
m("rejection", "Saltmarsh Creative", "", "Marketing Coordinator", "", "en", "easy", "Greenhouse rejection, HTML",
  frm="Saltmarsh Creative <no-reply@greenhouse.io>", subj="Marketing Coordinator at Saltmarsh Creative", date="2025-03-11 13:20 -0500", fmt="html", vendor="greenhouse",
  body="""
  Hello Morgan,

  We appreciate you applying for Marketing Coordinator. Our team has carefully looked over your background and, while it's impressive, we've chosen candidates whose experience lines up more directly with this opening.

  Thanks for considering Saltmarsh.

  Saltmarsh Creative People Team
  """)
m("rejection", "Kinfolk Pharmacy", "Ruth", "Project Coordinator", "", "en", "hard", "'we've decided to go a different way'; personal",
  frm="Ruth Abernathy <ruth.abernathy@kinfolkrx.com>", subj="Project Coordinator role", date="2025-04-22 16:40 -0400", client="outlook",
  body="""
  Morgan,

  I appreciated the thoughtful answers on Friday. We've decided to go a different way for this hire - the team wants someone who has run a pharmacy systems rollout end to end.

  Thanks for your time, and don't be a stranger.

  Ruth
  """)
m("rejection", "Bellweather Labs", "", "Content Marketing Manager", "", "en", "easy", "Lever rejection, multipart",
  frm="Bellweather Labs <no-reply@hire.lever.co>", subj="Bellweather Labs - your application", date="2025-05-30 09:02 -0700", fmt="alt", vendor="lever",
  body="""
  Hi Morgan,

  Thanks for your interest in the Content Marketing Manager opening. We read every application closely, and after review we won't be advancing yours this time.

  We hope you'll check back - we're growing quickly.

  Bellweather Labs Recruiting
  """)
m("rejection", "Corvid Security", "Malik", "Product Marketing Associate", "", "en", "hard", "one line; no keywords",
  frm="Malik Jensen <malik@corvidsec.io>", subj="Re: PMA", date="2025-06-09 19:55 -0700", client="apple", reply=True,
  body="""
  Morgan - appreciate you, but we picked someone with security background for the PMA seat. Best of luck.

  Sent from my iPhone
  """)
m("rejection", "Eastgate Credit Union", "", "Member Communications Specialist", "", "en", "easy", "Workday 'not selected'",
  frm="Eastgate Credit Union <eastgatecu@myworkday.com>", subj="Member Communications Specialist - application status", date="2025-07-14 12:00 -0500", fmt="html", vendor="workday", ar="gen",
  body="""
  Dear Morgan Diaz,

  Thank you for your interest in Eastgate Credit Union. We wanted to let you know that you were not selected for the Member Communications Specialist position (JR4410).

  We invite you to continue to explore opportunities with us.

  Eastgate Talent Acquisition
  """)
m("rejection", "Harborview Museum", "Celeste", "Digital Engagement Manager", "", "en", "hard", "reply to owner's thank-you; quoted owner text is enthusiastic",
  frm="Celeste Park <cpark@harborviewmuseum.org>", subj="RE: Thank you!", date="2025-09-03 11:15 -0700", client="outlook", qstyle="outlook",
  quote=("Morgan Diaz <morgan.diaz.work@outlook.com>", "2025-08-28 17:20 -0700", """Hi Celeste,

Thank you for the tour and the conversation today! I'm so excited about the chance to bring the collection to new audiences online and look forward to next steps.

Morgan"""),
  body="""
  Dear Morgan,

  It was a pleasure to meet you. After much deliberation, we have offered the Digital Engagement Manager position to a candidate with extensive museum collections experience. I know this will be disappointing and I want you to know how close it was.

  With warm regards,
  Celeste Park
  Deputy Director, Harborview Museum
  """)
m("rejection", "Tandem Ride", "", "Growth Marketing Analyst", "", "en", "easy", "Ashby rejection",
  frm="Tandem Ride <no-reply@ashbyhq.com>", subj="Update from Tandem Ride", date="2025-10-07 15:30 -0700", fmt="alt", vendor="ashby",
  body="""
  Hi Morgan,

  Thank you for taking the time to apply to the Growth Marketing Analyst role at Tandem. After reviewing your application, we've decided to pursue other candidates for this position.

  We wish you the best in your search.
  Tandem Talent
  """)
m("rejection", "Fable & Finch", "Oliver", "Brand Manager", "", "en", "hard", "agency relays client decision; pitches other roles",
  frm="Oliver Grant <oliver@keystonerecruit.co.uk>", subj="Fable & Finch - feedback", date="2025-11-19 10:40 +0000",
  body="""
  Hi Morgan,

  Fable & Finch have come back to me and sadly it's not a yes. They loved your campaign portfolio but the brand lead wants someone who's managed a TV budget before.

  Separately I've got a Brand Manager role at a drinks start-up in Shoreditch that I think suits you better. Fancy a chat tomorrow?

  Oliver Grant
  Keystone Recruitment
  """)
m("rejection", "Ridgeback Outfitters", "", "E-commerce Marketing Specialist", "", "en", "hard", "'the position has been filled' with 'keep your information'",
  frm="Ridgeback Outfitters Careers <careers@ridgebackoutfitters.com>", subj="E-commerce Marketing Specialist", date="2026-01-06 08:20 -0700", fmt="html", vendor="bamboohr",
  body="""
  Hi Morgan,

  We're writing to let you know that the E-commerce Marketing Specialist position has been filled. We'll hold onto your information and let you know if another role fits your experience.

  Thanks for your interest in Ridgeback!
  """)
m("rejection", "Lumora Solar", "Anjali", "Field Marketing Manager", "", "en", "hard", "forward from referrer; decision in forwarded part",
  frm="Gabe Torres <gabe.torres@lumorasolar.com>", subj="Fw: Field Marketing Manager - Morgan Diaz", date="2026-02-18 18:20 -0800", client="outlook",
  body="""
  Morgan, sorry to be the bearer of this - see Anjali's note below. Let's get coffee soon, I owe you one for all the prep.

  Gabe

  ________________________________
  From: Anjali Rao <anjali.rao@lumorasolar.com>
  Sent: Wednesday, February 18, 2026 4:02 PM
  To: Gabe Torres <gabe.torres@lumorasolar.com>
  Subject: RE: Field Marketing Manager - Morgan Diaz

  Gabe, thanks for referring Morgan. We enjoyed the interviews, but we've decided to hire someone already based in Phoenix since the role is so event-heavy. Please thank Morgan for us.

  Anjali
  """)
m("rejection", "Pinegrove College", "", "Admissions Marketing Coordinator", "", "en", "easy", "formal college HR letter",
  frm="Pinegrove College Human Resources <hr@pinegrove.edu>", subj="Admissions Marketing Coordinator (Posting 2026-031)", date="2026-03-24 14:00 -0400",
  body="""
  Dear Morgan Diaz,

  Thank you for your interest in the Admissions Marketing Coordinator position at Pinegrove College. The search committee has completed its review, and we regret that we are unable to offer you further consideration.

  We appreciate your interest in Pinegrove College.

  Office of Human Resources
  """)
m("rejection", "Quillon Analytics", "Jae", "Marketing Operations Manager", "", "en", "hard", "after final round; praises; 'close second'",
  frm="Jae Moon <jae.moon@quillon.ai>", subj="MOps Manager - decision", date="2026-04-15 17:05 -0400",
  body="""
  Hi Morgan,

  I wanted to call, but I know you're traveling, so: we've made an offer to another finalist for the Marketing Operations Manager role and they've accepted. You were a close second and the HubSpot audit you walked us through was excellent.

  I'd like to keep in touch - we'll likely add a second MOps hire next year.

  Jae
  """)
m("rejection", "Nettlefield Council", "", "Communications Officer", "", "en", "easy", "UK council unsuccessful",
  frm="Nettlefield Council Recruitment <recruitment@nettlefield.gov.uk>", subj="Your application: Communications Officer (Ref NC1182)", date="2025-08-14 15:15 +0100",
  body="""
  Dear Morgan Diaz,

  Thank you for applying for the post of Communications Officer. I am sorry to tell you that on this occasion you have been unsuccessful.

  Yours sincerely,
  HR Recruitment Team
  Nettlefield Council
  """)
m("rejection", "Ardent Foods", "", "Associate Brand Manager", "", "en", "hard", "base64 text; 'not a match at this time'",
  frm="Ardent Foods Talent <talent@ardentfoods.com>", subj="Associate Brand Manager", date="2026-05-05 09:50 -0500", cte="b64",
  body="""
  Morgan,

  Thank you for your application for Associate Brand Manager. We have reviewed your profile, and it is not a match for our needs at this time. We will not be scheduling an interview.

  Ardent Foods Talent Acquisition
  """)
m("rejection", "Wavecrest Studios", "Pilar", "Social Media Manager", "", "en", "hard", "new text rejects; quoted scheduling email with 'interview'",
  frm="Pilar Ochoa <pilar@wavecreststudios.com>", subj="Re: Social Media Manager interview - Tuesday", date="2026-06-12 10:00 -0700", client="gmail",
  quote=("Pilar Ochoa <pilar@wavecreststudios.com>", "2026-06-01 09:30 -0700", """Hi Morgan, great - Tuesday at 10 for the interview. See you at the studio!

Pilar"""),
  body="""
  Hi Morgan, thanks for coming in Tuesday. The team has decided to move ahead with someone who's run TikTok for a film brand before. I'm sorry it isn't better news.

  Pilar
  """)
m("rejection", "Glenmore Hotels", "", "Marketing Executive", "", "en", "easy", "SmartRecruiters short",
  frm="Glenmore Hotels <noreply@smartrecruiters.com>", subj="Your application to Glenmore Hotels", date="2025-12-02 10:10 +0000", fmt="html", vendor="smartrecruiters",
  body="""
  Dear Morgan,

  Thank you for applying to the Marketing Executive role. We have decided to progress with other applicants at this time. We wish you all the best.

  Glenmore Hotels Recruitment
  """)
m("rejection", "Polestar Learning", "Beatriz", "Community Manager", "", "en", "hard", "'great fit for the culture, not the role'",
  frm="Beatriz Souza <beatriz@polestarlearning.com>", subj="community manager", date="2026-07-21 12:12 -0300",
  body="""
  Oi Morgan!

  The whole team loved talking with you and honestly you'd fit right into the Polestar culture. But for this specific Community Manager role we need someone fluent in Portuguese for our Brazilian learners, so we won't move forward. I'm really sorry!

  Let's stay in touch - I'll ping you when we open English-language roles.

  Bia
  """)
m("rejection", "Cinderhill Brewing", "", "Events & Marketing Lead", "", "en", "easy", "Workable rejection",
  frm="Cinderhill Brewing <noreply@candidates.workablemail.com>", subj="Events & Marketing Lead - Cinderhill Brewing", date="2026-08-03 16:16 -0400", fmt="html", vendor="workable",
  body="""
  Hi Morgan,

  Thanks for your interest in the Events & Marketing Lead role at Cinderhill Brewing. We've reviewed your application and decided not to continue with it. Cheers, and best of luck!

  The Cinderhill team
  """)
m("rejection", "Marigold Health", "", "Patient Engagement Coordinator", "", "en", "hard", "iCIMS post-interview rejection; 'please do not reply'",
  frm="Marigold Health <marigoldhealth@talent.icims.com>", subj="Patient Engagement Coordinator - Thank You", date="2026-09-09 13:05 -0500", fmt="html", vendor="icims",
  body="""
  Dear Morgan,

  Thank you for meeting with our team to discuss the Patient Engagement Coordinator position. Although your background is impressive, we have decided to move forward with another candidate.

  Marigold Health Talent Acquisition
  Please do not reply to this message.
  """)
m("rejection", "Thornbury & Webb", "Felicity", "Marketing Assistant", "", "en", "hard", "typo-laden quick note",
  frm="Felicity Webb <fwebb@thornburywebb.co.uk>", subj="marketing assistnat", date="2025-02-10 17:58 +0000",
  body="""
  Hi Morgan, thanks v much for applying. we've had loads of applicants and have gone with someone local who can start imediately. sorry! all the best F
  """)
m("rejection", "Solenne Paris", "Inès", "Chef de produit marketing (H/F)", "", "fr", "easy", "French rejection",
  frm="Inès Lefèvre <ines.lefevre@solenne-paris.fr>", subj="Suite à votre candidature", date="2025-10-16 11:30 +0200",
  body="""
  Bonjour Morgan,

  Merci pour le temps accordé lors de nos échanges. Malgré l'intérêt de votre parcours, nous avons choisi de poursuivre avec une autre candidate pour le poste de Chef de produit marketing (H/F).

  Je vous souhaite une belle continuation.

  Inès Lefèvre
  Talent Acquisition, Solenne Paris
  """)
m("rejection", "Brandhaus GmbH", "", "Marketing Manager (m/w/d)", "", "de", "easy", "German Absage",
  frm="Brandhaus GmbH <jobs@brandhaus.recruitee.com>", subj="Absage: Marketing Manager (m/w/d)", date="2026-01-27 08:45 +0100", fmt="html", vendor="recruitee",
  body="""
  Guten Tag Morgan Diaz,

  herzlichen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben.

  Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

  Ihr Brandhaus-Team
  """)
m("rejection", "Estudio Marea", "Pablo", "Responsable de Marketing Digital", "", "es", "hard", "Spanish; informal 'no vamos a seguir'",
  frm="Pablo Ibáñez <pablo@estudiomarea.com>", subj="Re: Responsable de Marketing Digital", date="2026-03-05 19:10 +0100", reply=True,
  body="""
  Hola Morgan,

  Te escribo para contarte que al final no vamos a seguir contigo en el proceso. Buscamos a alguien con más experiencia en campañas de pago. Me encantó la charla y te deseo mucha suerte.

  Un abrazo,
  Pablo
  """)
m("rejection", "Verdant Grid", "", "Communications Specialist", "", "en", "easy", "Jobvite rejection",
  frm="Verdant Grid Careers <notification@jobvite.com>", subj="Regarding your Verdant Grid application", date="2025-06-24 10:44 -0400", fmt="html", vendor="jobvite",
  body="""
  Dear Morgan,

  Thank you for your interest in the Communications Specialist role. After reviewing your qualifications, we have decided to move forward with candidates whose experience better meets our current needs.

  Verdant Grid Talent Team
  """)
m("rejection", "Holloway Press", "Graham", "Publicity Manager", "", "en", "hard", "'I'm afraid we won't be able to take this further'",
  frm="Graham Holloway <graham@hollowaypress.co.uk>", subj="Publicity Manager", date="2026-10-13 09:05 +0100",
  body="""
  Dear Morgan,

  Thank you for coming to see us last week. I'm afraid we won't be able to take things further - we've appointed someone from within the firm.

  With best wishes,
  Graham Holloway
  Managing Director
  """)

# ---------------- interview ----------------
m("interview", "Saltmarsh Creative", "Dana", "Senior Marketing Coordinator", "", "en", "easy", "phone screen request",
  frm="Dana Lowry <dana@saltmarshcreative.com>", subj="Phone screen - Senior Marketing Coordinator", date="2025-09-15 10:20 -0500",
  body="""
  Hi Morgan,

  Thanks for applying again! I'd like to set up a 30-minute phone screen for the Senior Marketing Coordinator position. Are you free Thursday 9/18 at 1:00 or Friday 9/19 at 11:00 Central?

  Dana Lowry
  Talent Manager
  """)
m("interview", "Kinfolk Pharmacy", "Ruth", "Project Coordinator", "", "en", "hard", "'chat'; no word interview",
  frm="Ruth Abernathy <ruth.abernathy@kinfolkrx.com>", subj="Let's talk", date="2025-04-08 08:30 -0400", client="outlook",
  body="""
  Hi Morgan,

  Your resume came across my desk for our Project Coordinator opening. Do you have time for a 30-minute chat Friday morning? I'd like to hear about your vendor-management work.

  Ruth Abernathy
  PMO Lead, Kinfolk Pharmacy
  """)
m("interview", "Bellweather Labs", "", "Demand Generation Manager", "", "en", "easy", "calendar invite ics, Outlook",
  frm="Tomas Reyes <treyes@bellweatherlabs.com>", subj="Morgan Diaz - Demand Gen Manager - Hiring Manager Interview", date="2026-01-13 15:00 -0800", client="outlook", fmt="alt", vendor="outlook",
  ics={"start": "2026-01-16 10:00 -0800", "minutes": 45, "location": "Microsoft Teams Meeting", "summary": "Morgan Diaz - Demand Gen Manager - Hiring Manager Interview", "prodid": "Microsoft Exchange Server 2016", "attendees": ["Lena Hart <lhart@bellweatherlabs.com>"]},
  body="""
  When: Friday, January 16, 2026 10:00 AM-10:45 AM (UTC-08:00) Pacific Time (US & Canada).
  Where: Microsoft Teams Meeting

  Morgan - interview with Lena Hart (VP Marketing). She'll focus on pipeline targets and channel mix.

  Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bwl_0193
  """)
m("interview", "Corvid Security", "Malik", "Content Lead", "", "en", "hard", "reply; quoted old rejection; new invite",
  frm="Malik Jensen <malik@corvidsec.io>", subj="Re: PMA", date="2025-11-04 12:30 -0800", client="apple",
  quote=("Malik Jensen <malik@corvidsec.io>", "2025-06-09 19:55 -0700", """Morgan - appreciate you, but we picked someone with security background for the PMA seat. Best of luck."""),
  body="""
  Morgan - different story now. We're hiring a Content Lead and I think you'd crush it. Free to meet me and our CMO over Zoom next Tues or Wed?

  Malik
  """)
m("interview", "Harborview Museum", "Celeste", "Digital Engagement Manager", "", "en", "easy", "onsite with tour",
  frm="Celeste Park <cpark@harborviewmuseum.org>", subj="Digital Engagement Manager - second interview", date="2025-08-20 09:10 -0700", client="outlook",
  body="""
  Dear Morgan,

  We'd be pleased to invite you to a second interview at the museum on Thursday, August 28 at 2:00 PM. You'll meet our curatorial and education leads and we'll finish with a short tour of the new wing.

  Please check in at the staff entrance on Pier Street.

  Celeste Park
  """)
m("interview", "Tandem Ride", "", "Lifecycle Marketing Manager", "", "en", "easy", "Ashby self-schedule",
  frm="Tandem Ride <no-reply@ashbyhq.com>", subj="Book your interview with Tandem", date="2026-02-24 11:40 -0800", fmt="html", vendor="ashby",
  body="""
  Hi Morgan,

  We're excited to move you forward for Lifecycle Marketing Manager! Please book a 45-minute interview with our Head of Growth using the link below.

  https://jobs.ashbyhq.com/tandem/schedule/11aa9c

  Tandem Talent
  """)
m("interview", "Fable & Finch", "Oliver", "Brand Manager", "", "en", "hard", "agency recruiter relays interview request",
  frm="Oliver Grant <oliver@keystonerecruit.co.uk>", subj="Fable & Finch want to meet!", date="2025-11-03 14:05 +0000",
  body="""
  Morgan - great news, Fable & Finch would like you in for a first meeting with their Head of Brand, Sophie, next Wednesday 12th at 11am at their Clerkenwell office. About an hour. Can I confirm you?

  Oliver
  """)
m("interview", "Quillon Analytics", "Jae", "Marketing Operations Manager", "", "en", "easy", "final round agenda",
  frm="Jae Moon <jae.moon@quillon.ai>", subj="Final round - Marketing Ops Manager", date="2026-04-01 10:30 -0400",
  body="""
  Hi Morgan,

  We'd love to have you for the final round next Thursday (April 9), virtual:

  10:00  Jae Moon - role deep-dive
  10:45  Case presentation: HubSpot audit (30 min + Q&A)
  11:45  Sales leadership - Carla Ruiz
  12:15  Wrap-up with People team

  Let me know if anything needs adjusting.
  Jae
  """)
m("interview", "Nettlefield Council", "", "Digital Communications Officer", "", "en", "easy", "UK shortlisting invitation",
  frm="Nettlefield Council Recruitment <recruitment@nettlefield.gov.uk>", subj="Invitation to interview: Digital Communications Officer (Ref NC1290)", date="2026-02-02 12:00 +0000",
  body="""
  Dear Morgan Diaz,

  I am pleased to invite you to interview for the post of Digital Communications Officer on Monday 16 February at 10:30am, Civic Centre, Room 2.14. You will be asked to give a 10-minute presentation on "Reaching residents who don't use social media".

  Please confirm by reply.

  HR Recruitment Team
  """)
m("interview", "Wavecrest Studios", "Pilar", "Social Media Manager", "", "en", "hard", "'come by the studio'; no 'interview'",
  frm="Pilar Ochoa <pilar@wavecreststudios.com>", subj="Come by the studio?", date="2026-05-28 15:45 -0700", client="gmail",
  body="""
  Hey Morgan! Loved your reel. Could you swing by the studio on Tuesday at 10? You'd meet me and our creative director, Luca - bring your laptop if you want to show a couple of campaigns.

  Pilar
  """)
m("interview", "Marigold Health", "Shawna", "Patient Engagement Coordinator", "", "en", "easy", "iCIMS scheduling by recruiter",
  frm="Shawna Miller <marigoldhealth@talent.icims.com>", subj="Interview Invitation - Patient Engagement Coordinator", date="2026-08-24 09:00 -0500", fmt="html", vendor="icims",
  body="""
  Hello Morgan,

  We would like to invite you to a video interview for the Patient Engagement Coordinator position. Please select a time using the link below.

  https://careers-marigoldhealth.icims.com/schedule/77120

  Shawna Miller
  Recruiter
  """)
m("interview", "Ridgeback Outfitters", "Cody", "Brand Partnerships Manager", "", "en", "hard", "reschedule; 'unfortunately' + 'cancel'",
  frm="Cody Hale <cody.hale@ridgebackoutfitters.com>", subj="Re: Wednesday", date="2026-06-23 07:40 -0600", reply=True,
  body="""
  Morgan, unfortunately I have to cancel our Wednesday call - trade show prep blew up my week. Can we do Monday the 29th, same time? Apologies!

  Cody
  """)
m("interview", "Lumora Solar", "Anjali", "Field Marketing Manager", "", "en", "easy", "Google Calendar invite with ics",
  frm="Anjali Rao <anjali.rao@lumorasolar.com>", subj="Invitation: Field Marketing Manager - Panel (Morgan Diaz) @ Tue Feb 10, 2026 9am - 10am (MST)", date="2026-02-04 16:30 -0700", fmt="alt", vendor="gmail",
  ics={"start": "2026-02-10 09:00 -0700", "minutes": 60, "attendees": ["Gabe Torres <gabe.torres@lumorasolar.com>", "Wen Li <wen.li@lumorasolar.com>"], "location": "https://meet.google.com/lms-ppan-ell", "summary": "Field Marketing Manager - Panel (Morgan Diaz)"},
  body="""
  You have been invited to the following event.

  Field Marketing Manager - Panel (Morgan Diaz)
  When: Tuesday Feb 10, 2026 9am - 10am (MST)
  Joining info: meet.google.com/lms-ppan-ell
  Guests: Anjali Rao (organizer), Gabe Torres, Wen Li, morgan.diaz.work@outlook.com

  Invitation from Google Calendar
  """)
m("interview", "Pinegrove College", "Howard", "Marketing & Communications Specialist", "", "en", "hard", "reply; confirms Zoom; quoted owner's availability",
  frm="Howard Bell <hbell@pinegrove.edu>", subj="Re: Availability", date="2026-05-12 13:30 -0400",
  quote=("", "2026-05-12 09:10 -0400", """Dear Dr. Bell,

Thank you for reaching out. I'm available Thursday afternoon or any time Friday.

Best regards,
Morgan Diaz"""),
  body="""
  Dear Morgan,

  Thursday at 2:30 PM works for the committee. You'll receive a Zoom link from our coordinator. The conversation will last about 50 minutes with four committee members.

  Howard Bell
  Search Committee Chair
  """)
m("interview", "Cinderhill Brewing", "", "Marketing Coordinator", "", "en", "easy", "one-way video interview",
  frm="Cinderhill Brewing <noreply@spark-hire.example>", subj="Cinderhill Brewing has invited you to a video interview", date="2025-05-19 12:00 -0400", fmt="html", vendor="news",
  body="""
  Hi Morgan,

  Cinderhill Brewing has invited you to complete a one-way video interview for Marketing Coordinator. It has 4 questions and takes about 15 minutes.

  Deadline: May 23, 2025

  Start interview: https://app.spark-hire.example/i/cb-2201
  """)
m("interview", "Glenmore Hotels", "Rhiannon", "Marketing Manager", "", "en", "hard", "informal 'grab a coffee' from GM",
  frm="Rhiannon Price <rhiannon.price@glenmorehotels.co.uk>", subj="Marketing Manager - coffee?", date="2026-03-18 17:30 +0000",
  body="""
  Hi Morgan,

  I'm the GM at Glenmore Edinburgh. Our recruiter shared your CV for the Marketing Manager role - any chance you'd grab a coffee with me at the hotel next Monday or Tuesday? Informal, 45 mins, I'll tell you about our plans for the rooftop bar.

  Rhiannon
  """)
m("interview", "Solenne Paris", "Inès", "Chef de produit marketing (H/F)", "", "fr", "easy", "French entretien",
  frm="Inès Lefèvre <ines.lefevre@solenne-paris.fr>", subj="Entretien - Chef de produit marketing", date="2025-09-24 10:00 +0200",
  body="""
  Bonjour Morgan,

  Votre candidature a retenu notre attention. Je vous propose un premier entretien en visio le mardi 30 septembre à 11h00, avec notre directrice marketing, Mme Garnier.

  Merci de me confirmer votre disponibilité.

  Inès Lefèvre
  """)
m("interview", "Brandhaus GmbH", "Lars", "Marketing Manager (m/w/d)", "", "de", "easy", "German Einladung",
  frm="Lars Becker <lars.becker@brandhaus.de>", subj="Einladung: Kennenlerngespräch Marketing Manager (m/w/d)", date="2025-12-09 11:00 +0100",
  body="""
  Hallo Morgan,

  wir möchten Sie gerne kennenlernen! Hätten Sie am Donnerstag, 18. Dezember, um 10:00 Uhr Zeit für ein Videogespräch mit unserer Geschäftsführerin und mir?

  Beste Grüße
  Lars Becker
  People & Culture
  """)
m("interview", "Estudio Marea", "Pablo", "Responsable de Marketing Digital", "", "es", "hard", "Spanish; 'tomamos un café'",
  frm="Pablo Ibáñez <pablo@estudiomarea.com>", subj="¿Hablamos?", date="2026-02-16 13:00 +0100",
  body="""
  Hola Morgan,

  He visto tu portfolio y me encantaría conocerte para el puesto de Responsable de Marketing Digital. ¿Te apetece una videollamada el jueves a las 17:00? Media horita, para contarte el proyecto.

  Pablo
  """)
m("interview", "Verdant Grid", "Keisha", "Communications Specialist", "", "en", "hard", "reschedule at company request; updated ics",
  frm="Keisha Grant <kgrant@verdantgrid.com>", subj="Updated: Verdant Grid - Communications Specialist Interview", date="2025-06-10 08:00 -0400", client="outlook", fmt="alt", vendor="outlook",
  ics={"start": "2025-06-13 15:00 -0400", "minutes": 45, "sequence": 1, "location": "Microsoft Teams Meeting", "summary": "Verdant Grid - Communications Specialist Interview", "prodid": "Microsoft Exchange Server 2016"},
  body="""
  When: Friday, June 13, 2025 3:00 PM-3:45 PM (UTC-05:00) Eastern Time (US & Canada).
  Where: Microsoft Teams Meeting

  Hi Morgan, moving us from Wednesday to Friday afternoon - thank you for your flexibility!

  Keisha
  """)
m("interview", "Holloway Press", "Graham", "Publicity Manager", "", "en", "easy", "letter-style invitation",
  frm="Graham Holloway <graham@hollowaypress.co.uk>", subj="Publicity Manager - meeting", date="2026-09-28 10:00 +0100",
  body="""
  Dear Morgan,

  Thank you for your application. I would be delighted if you could come to our offices at 3 Lamb's Passage on Tuesday 6 October at 2pm to discuss the Publicity Manager role with me and our editorial director.

  Kind regards,
  Graham Holloway
  """)

# ---------------- offer ----------------
m("offer", "Saltmarsh Creative", "Dana", "Senior Marketing Coordinator", "", "en", "easy", "offer letter attached",
  frm="Dana Lowry <dana@saltmarshcreative.com>", subj="Offer Letter - Senior Marketing Coordinator", date="2025-10-06 14:00 -0500", attach=("Saltmarsh_Offer_MDiaz.pdf", "application/pdf"),
  body="""
  Hi Morgan,

  We're delighted to offer you the Senior Marketing Coordinator position! Your offer letter is attached - salary, benefits, and an October 27 start date.

  Please sign and return by Friday. Call me with any questions.

  Dana
  """)
m("offer", "Corvid Security", "Malik", "Content Lead", "", "en", "hard", "verbal-offer recap; never says 'offer'",
  frm="Malik Jensen <malik@corvidsec.io>", subj="recap from today", date="2025-11-21 18:00 -0800", client="apple",
  body="""
  Morgan - recap of what we discussed: Content Lead, $132k base, 0.05% equity, remote with quarterly offsites, start Jan 5. Paperwork will come from our HR platform Monday. So pumped to work together.

  Malik
  """)
m("offer", "Quillon Analytics", "", "Marketing Operations Manager", "", "en", "easy", "Greenhouse offer e-sign",
  frm="Quillon Analytics <no-reply@greenhouse.io>", subj="Your offer from Quillon Analytics is ready", date="2026-11-10 09:00 -0500", fmt="html", vendor="greenhouse",
  body="""
  Hi Morgan,

  Congratulations! Quillon Analytics has sent you an offer for Marketing Operations Manager. Review and e-sign it here: https://app.greenhouse.io/offers/q-7721

  The offer expires November 17, 2026.
  """)
m("offer", "Fable & Finch", "Oliver", "Brand Manager", "", "en", "hard", "agency recruiter relays offer",
  frm="Oliver Grant <oliver@keystonerecruit.co.uk>", subj="!!!", date="2026-04-28 12:15 +0100",
  body="""
  Morgan - Fable & Finch want you for the Brand Manager role! £58k plus 10% bonus, hybrid. Ring me as soon as you can so we can go through it before they send the contract.

  Oliver
  """)
m("offer", "Nettlefield Council", "", "Digital Communications Officer", "", "en", "hard", "conditional offer pending references",
  frm="Nettlefield Council Recruitment <recruitment@nettlefield.gov.uk>", subj="Conditional offer of appointment (Ref NC1290)", date="2026-02-20 11:00 +0000",
  body="""
  Dear Morgan Diaz,

  Following your recent interview, I am pleased to offer you the post of Digital Communications Officer, subject to satisfactory references and right-to-work checks. The salary is Grade 7, £33,945 per annum.

  Please confirm acceptance by reply within five working days.

  HR Recruitment Team
  """)
m("offer", "Brandhaus GmbH", "Lars", "Marketing Manager (m/w/d)", "", "de", "easy", "German Angebot",
  frm="Lars Becker <lars.becker@brandhaus.de>", subj="Ihr Vertragsangebot", date="2026-01-09 15:00 +0100", attach=("Vertrag_Diaz.pdf", "application/pdf"),
  body="""
  Hallo Morgan,

  wir freuen uns, Ihnen die Stelle als Marketing Manager (m/w/d) anzubieten. Den Vertragsentwurf finden Sie im Anhang. Wir bitten um Rückmeldung bis zum 16. Januar.

  Beste Grüße
  Lars
  """)
m("offer", "Harborview Museum", "Celeste", "Digital Programs Coordinator", "", "en", "hard", "reply; quoted old rejection; new text offers a different role",
  frm="Celeste Park <cpark@harborviewmuseum.org>", subj="RE: Thank you!", date="2025-10-20 10:00 -0700", client="outlook", qstyle="outlook",
  quote=("Celeste Park <cpark@harborviewmuseum.org>", "2025-09-03 11:15 -0700", """Dear Morgan,

After much deliberation, we have offered the Digital Engagement Manager position to a candidate with extensive museum collections experience."""),
  body="""
  Dear Morgan,

  I have happier news this time. A Digital Programs Coordinator position has been approved, and the team would like to offer it to you without a further interview. HR will send the formal letter this week, at $64,500.

  Warmly,
  Celeste
  """)
m("offer", "Estudio Marea", "Pablo", "Responsable de Marketing Digital", "", "es", "easy", "Spanish offer",
  frm="Pablo Ibáñez <pablo@estudiomarea.com>", subj="¡Queremos que te unas!", date="2026-09-02 12:00 +0200",
  body="""
  Hola Morgan,

  Nos encantaría que te incorporaras como Responsable de Marketing Digital. Te adjuntaremos la carta de oferta mañana: 40.000 EUR brutos anuales, contrato indefinido y teletrabajo dos días.

  ¡Dime algo!
  Pablo
  """)

# ---------------- on_hold ----------------
m("on_hold", "Tandem Ride", "Arjun", "Lifecycle Marketing Manager", "", "en", "hard", "'pausing hiring' after funding round delay",
  frm="Arjun Nair <arjun@tandemride.com>", subj="Lifecycle role - pause", date="2026-03-20 16:00 -0700",
  body="""
  Hi Morgan, candidly our Series B close slipped and we're pausing all non-engineering hiring until it's done, probably 6-8 weeks. Lifecycle Marketing Manager included. You're still our top choice, and I'll come back to you first when we unpause.

  Arjun
  """)
m("on_hold", "Eastgate Credit Union", "", "Marketing Analyst", "", "en", "hard", "Workday 'requisition closed' reads like rejection",
  frm="Eastgate Credit Union <eastgatecu@myworkday.com>", subj="Marketing Analyst (JR4522) - update", date="2026-04-07 12:00 -0500", fmt="html", vendor="workday",
  body="""
  Dear Morgan Diaz,

  The Marketing Analyst requisition (JR4522) has been closed without a hire and is not being filled at this time. As a result, your application is no longer active. This is not a reflection of your qualifications.

  Eastgate Talent Acquisition
  """)
m("on_hold", "Pinegrove College", "Howard", "Marketing & Communications Specialist", "", "en", "easy", "state budget freeze",
  frm="Howard Bell <hbell@pinegrove.edu>", subj="Search suspended", date="2026-06-01 10:00 -0400",
  body="""
  Dear Morgan,

  I regret to share that, following the state budget announcement, the College has instituted a hiring freeze and our search for the Marketing & Communications Specialist has been suspended. We hope to resume in the fall and will contact finalists then.

  Howard Bell
  """)
m("on_hold", "Ardent Foods", "Lisa", "Brand Manager", "", "en", "hard", "role eliminated after acquisition; mentions offer stage",
  frm="Lisa Tran <lisa.tran@ardentfoods.com>", subj="Brand Manager - difficult update", date="2026-08-18 09:15 -0500",
  body="""
  Morgan,

  We were about to move to an offer, but Ardent was acquired last week and the new parent company has eliminated the Brand Manager role as part of the integration. I'm so sorry - it had nothing to do with you.

  Lisa Tran
  Marketing Director
  """)
m("on_hold", "Glenmore Hotels", "Rhiannon", "Marketing Manager", "", "en", "hard", "'no longer recruiting' due to refurbishment delay",
  frm="Rhiannon Price <rhiannon.price@glenmorehotels.co.uk>", subj="Re: Marketing Manager - coffee?", date="2026-04-14 09:00 +0100", reply=True,
  body="""
  Hi Morgan, bit of a curveball - the rooftop refurb has been delayed a year, and head office has told me we're no longer recruiting for the Marketing Manager post until it's back on track. Sorry to mess you about after our coffee.

  Rhiannon
  """)
m("on_hold", "Verdant Grid", "", "Communications Specialist II", "", "en", "easy", "Jobvite position on hold",
  frm="Verdant Grid Careers <notification@jobvite.com>", subj="Communications Specialist II - position on hold", date="2025-12-15 10:00 -0500", fmt="html", vendor="jobvite",
  body="""
  Dear Morgan,

  The Communications Specialist II position you applied for has been placed on hold. We will notify you if recruitment resumes.

  Verdant Grid Talent Team
  """)
m("on_hold", "Solenne Paris", "Inès", "Chargée de communication (H/F)", "", "fr", "hard", "French; recrutement gelé",
  frm="Inès Lefèvre <ines.lefevre@solenne-paris.fr>", subj="Point sur le poste de Chargée de communication", date="2026-05-19 15:00 +0200",
  body="""
  Bonjour Morgan,

  Je reviens vers vous concernant le poste de Chargée de communication : la direction a décidé de geler ce recrutement jusqu'à la rentrée suite à une réorganisation. Ce n'est en aucun cas lié à votre candidature.

  Je vous recontacte dès que le poste est rouvert.

  Inès
  """)
m("on_hold", "Cinderhill Brewing", "Jake", "Events & Marketing Lead", "", "en", "hard", "brewery seasonal slowdown; casual",
  frm="Jake Moreau <jake@cinderhillbrewing.com>", subj="events lead", date="2026-07-08 20:20 -0400", client="gmail",
  body="""
  Hey Morgan, owner decided to hold off on the events lead hire until after the taproom expansion permits come through. No idea on timing yet. Wanted you to know we haven't forgotten about you.

  Jake
  """)

# ---------------- application_received ----------------
m("application_received", "Saltmarsh Creative", "", "Senior Marketing Coordinator", "", "en", "easy", "Greenhouse receipt",
  frm="Saltmarsh Creative <no-reply@greenhouse.io>", subj="We received your application", date="2025-09-05 22:10 -0500", fmt="alt", vendor="greenhouse",
  body="""
  Hi Morgan,

  Thanks for applying to Senior Marketing Coordinator at Saltmarsh Creative. We've got your application and we'll be in touch if there's a match.

  Saltmarsh Creative People Team
  """)
m("application_received", "Bellweather Labs", "", "Demand Generation Manager", "", "en", "easy", "Lever receipt",
  frm="Bellweather Labs <no-reply@hire.lever.co>", subj="Application received: Demand Generation Manager", date="2025-12-18 08:15 -0800", fmt="html", vendor="lever",
  body="""
  Hi Morgan,

  Your application for Demand Generation Manager is in. Our team reviews applications weekly - if it looks like a fit, we'll reach out to set up a conversation.

  Bellweather Labs
  """)
m("application_received", "Eastgate Credit Union", "", "Marketing Analyst", "", "en", "easy", "Workday receipt",
  frm="Eastgate Credit Union <eastgatecu@myworkday.com>", subj="Application Received - Marketing Analyst (JR4522)", date="2026-02-26 19:30 -0600", fmt="html", vendor="workday", ar="gen",
  body="""
  Dear Morgan Diaz,

  We have received your application for Marketing Analyst (JR4522). You can view your application status in your candidate home.

  Eastgate Talent Acquisition
  """)
m("application_received", "Marigold Health", "", "Patient Engagement Coordinator", "", "en", "hard", "iCIMS receipt mentions interviews and rejections as future outcomes",
  frm="Marigold Health <marigoldhealth@talent.icims.com>", subj="Thank you for applying to Marigold Health", date="2026-08-11 06:40 -0500", fmt="html", vendor="icims",
  body="""
  Dear Morgan,

  Your application for Patient Engagement Coordinator has been received. Qualified applicants will be contacted for a phone interview within 2-3 weeks. If you are not selected, you will receive an email once the position is filled.

  Marigold Health Talent Acquisition
  """)
m("application_received", "Holloway Press", "", "Publicity Manager", "", "en", "hard", "small-firm auto-ack; no headers; from generic mailbox",
  frm="Holloway Press Jobs <jobs@hollowaypress.co.uk>", subj="Re: Application - Publicity Manager", date="2026-09-14 08:00 +0100", reply=True,
  body="""
  Thank you for your application for the Publicity Manager position. We will review all applications after the closing date of 25 September and contact shortlisted candidates.

  Holloway Press
  """)
m("application_received", "Cinderhill Brewing", "", "Events & Marketing Lead", "", "en", "easy", "Workable receipt",
  frm="Cinderhill Brewing <noreply@candidates.workablemail.com>", subj="Thanks for applying to Cinderhill Brewing", date="2026-06-15 13:00 -0400", fmt="html", vendor="workable",
  body="""
  Hi Morgan,

  Cheers for applying for Events & Marketing Lead! Your application has been received and our team will review it soon.

  Cinderhill Brewing
  """)
m("application_received", "Glenmore Hotels", "", "Marketing Executive", "", "en", "easy", "SmartRecruiters receipt",
  frm="Glenmore Hotels <noreply@smartrecruiters.com>", subj="Glenmore Hotels: application confirmation", date="2025-11-10 09:30 +0000", fmt="html", vendor="smartrecruiters",
  body="""
  Dear Morgan,

  Thank you for your application for Marketing Executive. We confirm it has been received and is now with our recruitment team.

  Glenmore Hotels Recruitment
  """)
m("application_received", "Ridgeback Outfitters", "", "Brand Partnerships Manager", "", "en", "easy", "BambooHR receipt",
  frm="Ridgeback Outfitters <notifications@app.bamboohr.com>", subj="Application received - Brand Partnerships Manager", date="2026-06-01 10:00 -0600", fmt="html", vendor="bamboohr",
  body="""
  Hi Morgan,

  Thanks for applying to be our Brand Partnerships Manager. We've received your application and will get back to you soon.

  Ridgeback Outfitters
  """)
m("application_received", "Lumora Solar", "", "Field Marketing Manager", "", "en", "hard", "'Unfortunately' in the receipt (about feedback)",
  frm="Lumora Solar Careers <careers@lumorasolar.com>", subj="Application confirmation - Field Marketing Manager", date="2026-01-15 11:11 -0700", fmt="alt", vendor="teamtailor",
  body="""
  Hi Morgan,

  Thanks for applying for Field Marketing Manager. We've received your application.

  Unfortunately we can't give individual feedback at the screening stage, but we'll let you know either way once we've made a decision.

  Lumora Solar Talent
  """)
m("application_received", "Brandhaus GmbH", "", "Marketing Manager (m/w/d)", "", "de", "easy", "German receipt",
  frm="Brandhaus GmbH <jobs@brandhaus.recruitee.com>", subj="Vielen Dank für Ihre Bewerbung", date="2025-11-24 14:00 +0100", fmt="html", vendor="recruitee",
  body="""
  Guten Tag Morgan Diaz,

  vielen Dank für Ihre Bewerbung als Marketing Manager (m/w/d). Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich.

  Ihr Brandhaus-Team
  """)
m("application_received", "Solenne Paris", "", "Chef de produit marketing (H/F)", "", "fr", "easy", "French receipt via Teamtailor",
  frm="Solenne Paris <no-reply@teamtailor.com>", subj="Merci pour votre candidature !", date="2025-09-12 16:00 +0200", fmt="html", vendor="teamtailor",
  body="""
  Bonjour Morgan,

  Merci d'avoir postulé au poste de Chef de produit marketing (H/F). Nous avons bien reçu votre candidature et reviendrons vers vous rapidement.

  L'équipe Solenne Paris
  """)
m("application_received", "Kinfolk Pharmacy", "", "Project Coordinator", "", "en", "hard", "Taleo receipt; subject says 'status'",
  frm="Kinfolk Pharmacy Careers <kinfolkrx@taleo.net>", subj="Application Status: Project Coordinator", date="2025-03-30 23:00 -0400", fmt="html", vendor="taleo",
  body="""
  Dear Morgan Diaz,

  Thank you for submitting your application for Project Coordinator (Req 25-0311). Your application status is: Under Review.

  Kinfolk Pharmacy Talent Acquisition
  """)
m("application_received", "Wavecrest Studios", "", "Social Media Manager", "", "en", "hard", "playful receipt, no standard wording",
  frm="Wavecrest Studios <jobs@wavecreststudios.com>", subj="🎬 you're in the queue", date="2026-05-20 12:00 -0700",
  body="""
  Hey Morgan!

  Your application for Social Media Manager made it to us safe and sound. We're watching every reel (yes, every one). Give us about two weeks.

  Wavecrest Studios
  """)

# ---------------- auto_reply ----------------
m("auto_reply", "Bellweather Labs", "Tomas", "", "2026-01-26", "en", "easy", "OOO with date; both headers",
  frm="Tomas Reyes <treyes@bellweatherlabs.com>", subj="Automatic reply: Thank you - interview", date="2026-01-16 12:00 -0800", ar="both", reply=True, client="outlook",
  body="""
  I'm out of the office through January 23 and will return Monday, January 26. For urgent recruiting matters, contact recruiting@bellweatherlabs.com.
  """)
m("auto_reply", "Quillon Analytics", "Jae", "", "2026-04-20", "en", "hard", "relative 'back Monday' from Thursday, no headers",
  frm="Jae Moon <jae.moon@quillon.ai>", subj="Re: Final round - thank you", date="2026-04-16 09:00 -0400", reply=True,
  body="""
  Hey - I'm offline for a family thing and back Monday. I'll catch up on email then. - Jae
  """)
m("auto_reply", "Kinfolk Pharmacy", "Ruth", "", "", "en", "easy", "no longer with company; contact given",
  frm="Ruth Abernathy <ruth.abernathy@kinfolkrx.com>", subj="Automatic reply: Project Coordinator", date="2025-12-01 08:00 -0500", ar="as", reply=True, client="outlook",
  body="""
  Ruth Abernathy is no longer employed at Kinfolk Pharmacy. Please direct inquiries to Martin Cole <martin.cole@kinfolkrx.com>.
  """)
m("auto_reply", "Harborview Museum", "Celeste", "", "2025-12-01", "en", "hard", "sabbatical; date stated as 'December 1st'",
  frm="Celeste Park <cpark@harborviewmuseum.org>", subj="Out of Office: RE: Thank you!", date="2025-11-03 07:00 -0800", ar="x", reply=True,
  body="""
  I'm on research sabbatical until the end of November and will return December 1st. For Digital team questions, please contact Ian Moss, imoss@harborviewmuseum.org.
  """)
m("auto_reply", "Marigold Health", "", "", "", "en", "easy", "unmonitored mailbox",
  frm="Marigold Health <marigoldhealth@talent.icims.com>", subj="Re: Patient Engagement Coordinator - Thank You", date="2026-09-09 14:00 -0500", ar="both", reply=True,
  body="""
  This is an automated message. Replies to this email address are not monitored. Please log in to the career portal for updates on your application.
  """)
m("auto_reply", "Fable & Finch", "Oliver", "", "2026-05-11", "en", "hard", "agency recruiter OOO; bank holiday relative ('back Monday 11th')",
  frm="Oliver Grant <oliver@keystonerecruit.co.uk>", subj="Out of office", date="2026-05-01 17:00 +0100", ar="both", reply=True,
  body="""
  Thanks for your email. I'm away until Monday 11th May with no access to email. For anything urgent please call the Keystone office on 020 7946 0312.

  Oliver
  """)
m("auto_reply", "Ridgeback Outfitters", "Cody", "", "2026-07-06", "en", "hard", "trade show OOO; 'back after July 4th' plus explicit date",
  frm="Cody Hale <cody.hale@ridgebackoutfitters.com>", subj="Auto: Re: Wednesday", date="2026-06-29 06:00 -0600", ar="x", reply=True,
  body="""
  I'm at Outdoor Retailer and then out for the holiday. Back in the office Monday, July 6. Slow replies until then!
  """)
m("auto_reply", "Nettlefield Council", "", "", "", "en", "easy", "council mailbox auto-ack, no human",
  frm="Nettlefield Council Recruitment <recruitment@nettlefield.gov.uk>", subj="Automatic reply: Conditional offer of appointment (Ref NC1290)", date="2026-02-21 10:00 +0000", ar="both", reply=True,
  body="""
  Thank you for contacting Nettlefield Council Recruitment. We aim to respond within 5 working days. This is an automated reply.
  """)
m("auto_reply", "Brandhaus GmbH", "Lars", "", "2026-01-07", "de", "easy", "German holiday OOO",
  frm="Lars Becker <lars.becker@brandhaus.de>", subj="Automatische Antwort: Kennenlerngespräch", date="2025-12-22 09:00 +0100", ar="both", reply=True, client="outlook",
  body="""
  Vielen Dank für Ihre E-Mail. Ich bin vom 22.12.2025 bis 06.01.2026 nicht im Büro. Ab dem 7. Januar bin ich wieder für Sie da.
  """)
m("auto_reply", "Estudio Marea", "Pablo", "", "", "es", "hard", "Spanish OOO, no date",
  frm="Pablo Ibáñez <pablo@estudiomarea.com>", subj="Respuesta automática", date="2026-09-04 10:00 +0200", ar="x", reply=True,
  body="""
  Hola, estoy fuera de la oficina con acceso limitado al correo. Te responderé lo antes posible.
  """)
m("auto_reply", "Lumora Solar", "Wen", "", "2026-02-17", "en", "hard", "parental leave return with weekday; mentions panel interview",
  frm="Wen Li <wen.li@lumorasolar.com>", subj="Automatic reply: Field Marketing Manager - Panel", date="2026-02-05 08:00 -0700", ar="as", reply=True, client="outlook",
  body="""
  I'm out on leave and back Tuesday, February 17, 2026. If you're scheduled for a panel interview with me, Gabe Torres will cover.
  """)

# ---------------- other ----------------
m("other", "", "", "", "", "en", "easy", "job alert digest",
  frm="Hired Today <jobs@hiredtoday.example>", subj="Morgan, 11 new marketing manager jobs near Denver", date="2025-06-02 06:00 -0600", fmt="html", vendor="news",
  hdrs={"List-Unsubscribe": "<https://hiredtoday.example/u>", "Precedence": "bulk"},
  body="""
  Marketing Manager - Ridgeback Outfitters - Boulder, CO
  Digital Marketing Manager - Peakline Health - Denver, CO
  Brand Marketing Manager - Cask & Copper - Golden, CO

  View all 11 jobs
  """)
m("other", "", "", "", "", "en", "hard", "podcast episode 'interview with hiring managers'",
  frm="Marketing Over Coffee-ish <show@mktgcoffee.example>", subj="Ep. 212: We interview three CMOs about what they hire for", date="2025-07-17 05:00 -0400", fmt="html", vendor="news",
  body="""
  New episode! We interview three CMOs about the portfolio pieces that get candidates an offer - and the red flags that get an instant rejection.

  Listen now.
  """)
m("other", "", "", "", "", "en", "hard", "credit card declined alert",
  frm="Northline Card Services <alerts@northlinecard.example>", subj="Transaction declined at SKYWAYS AIR", date="2025-08-09 21:14 -0400", fmt="html", vendor="bank",
  body="""
  A transaction of $412.30 at SKYWAYS AIR on your card ending 7781 was declined. If you did not attempt this, call us at the number on your card.
  """)
m("other", "", "Ben", "", "", "en", "hard", "GitHub PR closed: 'not moving forward'",
  frm="Ben Adler <notifications@github.com>", subj="Re: [brandkit/brandkit-ui] Add dark mode tokens (PR #88)", date="2026-03-02 13:10 +0000", reply=True,
  hdrs={"List-ID": "brandkit/brandkit-ui <brandkit-ui.brandkit.github.com>"},
  body="""
  @morgandiaz thanks for this! We've decided not to move forward with dark-mode tokens in v2 - closing for now.

  --
  Reply to this email directly or view it on GitHub.
  """)
m("other", "", "", "", "", "en", "hard", "conference talk proposal not accepted",
  frm="ContentCon 2026 <speakers@contentcon.example>", subj="Your ContentCon 2026 talk proposal", date="2026-01-30 15:00 -0500",
  body="""
  Hi Morgan,

  Thank you for submitting "Measuring Brand in a Cookieless World". Unfortunately, we were unable to include it in this year's program. We received 600 proposals for 40 slots.

  We hope to see you in the audience - use code SPEAKER20 for 20% off.

  ContentCon Program Team
  """)
m("other", "", "", "", "", "en", "hard", "marketing 'offer' 40% off",
  frm="Canvasly <hello@canvasly.example>", subj="Your exclusive offer: 40% off Canvasly Pro ends tonight", date="2025-12-31 10:00 +0000", fmt="html", vendor="news",
  body="""
  Morgan, last chance! Get 40% off Canvasly Pro - templates, brand kits and unlimited exports. Offer ends at midnight.
  """)
m("other", "", "Tasha", "", "", "en", "hard", "apartment application approved",
  frm="Tasha Moore <tasha@mapleandvine-apts.example>", subj="Congrats - you're approved for Unit 12!", date="2026-05-22 14:00 -0600",
  body="""
  Hi Morgan! Your rental application has been approved. Please sign the lease within 48 hours to hold Unit 12 - move-in June 15. We'd love to schedule a walkthrough, what day works?

  Tasha
  Leasing, Maple & Vine
  """)
m("other", "", "", "", "", "en", "hard", "concert cancelled 'we regret to inform you'",
  frm="Red Mesa Amphitheatre <tickets@redmesa.example>", subj="Show cancelled: refund issued", date="2025-07-30 18:00 -0600",
  body="""
  We regret to inform you that the August 2 show has been cancelled due to severe weather forecasts. A full refund has been issued.
  """)
m("other", "", "Jules", "", "", "en", "hard", "friend's personal mail mentions own rejection and interview",
  frm="Jules Carter <jules.c.carter@outlook.com>", subj="ugh", date="2026-02-19 21:00 -0700",
  body="""
  Got rejected from the Denver Zoo job today :( but I have another interview Friday so whatever. Wine this weekend? I need to vent and hear about your Lumora stuff.

  J
  """)
m("other", "", "Vikram", "Salesforce Admin", "", "en", "hard", "recruiter mass mailing irrelevant role",
  frm="Vikram Rao <vikram@nexgenstaffing.example>", subj="Salesforce Admin - W2 - Remote - Immediate interview", date="2025-10-02 09:00 -0400",
  body="""
  Hi Morgan,

  I have an urgent requirement for a Salesforce Admin (6+ yrs, W2 only). Client is ready to interview immediately. Please reply with your updated resume and expected rate.

  Vikram Rao | NexGen Staffing
  """)
m("other", "", "", "", "", "en", "easy", "social network job recommendation",
  frm="Linkd Jobs <jobs-noreply@linkd.example>", subj="Morgan, Quillon Analytics is hiring", date="2026-03-10 07:00 +0000", fmt="html", vendor="social",
  body="""
  Quillon Analytics is hiring for Marketing Operations Manager. You're a top applicant based on your skills. Apply now.
  """)
m("other", "", "", "", "", "en", "easy", "webinar invite",
  frm="HubSpot-ish Academy <academy@hubacademy.example>", subj="Live tomorrow: Lifecycle email masterclass", date="2025-09-08 11:00 -0400", fmt="html", vendor="news",
  body="""
  Join us tomorrow at 12 PM ET for a free masterclass on lifecycle email. Register now to save your spot.
  """)
m("other", "", "", "", "", "en", "hard", "graduate certificate admission offer",
  frm="Front Range University <admissions@frontrange.example>", subj="Offer of admission - Certificate in Digital Marketing", date="2026-04-02 12:00 -0600",
  body="""
  Dear Morgan, we're pleased to offer you admission to the Graduate Certificate in Digital Marketing (Fall 2026). Accept your offer by May 1.
  """)
m("other", "", "", "", "", "en", "hard", "loan pre-approval declined",
  frm="Keystone Home Loans <noreply@keystonehl.example>", subj="Update on your pre-approval request", date="2026-06-10 10:00 -0600",
  body="""
  Dear Morgan Diaz, we are unable to issue a pre-approval at this time based on the information provided. You may request the reasons within 60 days.
  """)
m("other", "", "Ella", "", "", "en", "hard", "Jira comment 'rejected' design",
  frm="Ella Novak (Jira) <jira@wavecrest.atlassian.example>", subj="[JIRA] (MKT-88) Q3 campaign banner - Rejected", date="2026-07-15 10:00 -0700",
  body="""
  Ella Novak changed MKT-88 to Rejected: "Colours clash with the film poster - let's regroup."
  """)
m("other", "", "", "", "", "en", "hard", "career newsletter quoting rejection and offer phrases",
  frm="The Job Hunt Weekly <editor@jobhuntweekly.example>", subj="Counter-offers, ghosting, and 'we'll keep your resume on file'", date="2026-08-16 08:00 -0400", fmt="alt", vendor="news",
  body="""
  This week: how to negotiate after "we're pleased to offer you", what to do when you're ghosted after a final interview, and whether "we'll keep your resume on file" ever means anything.
  """)
m("other", "", "", "", "", "en", "easy", "receipt",
  frm="Cafe Lumen <receipts@squareup.example>", subj="Your receipt from Cafe Lumen", date="2026-03-19 08:30 -0600",
  body="""
  2 x Oat latte - $11.00
  Tip - $2.00
  Total - $13.00
  """)
m("other", "", "", "", "", "en", "hard", "job board 'application viewed'",
  frm="Linkd Jobs <jobs-noreply@linkd.example>", subj="Your application was viewed by Tandem Ride", date="2026-02-20 09:00 +0000", fmt="html", vendor="social",
  body="""
  Your application for Lifecycle Marketing Manager was viewed by Tandem Ride. Keep your profile up to date to stand out.
  """)
m("other", "", "", "", "", "en", "hard", "sports league registration waitlisted/on hold",
  frm="Denver Social Volleyball <info@denversocialvb.example>", subj="Registration on hold - Fall league", date="2025-08-20 12:00 -0600",
  body="""
  Hi Morgan, the Thursday fall league is full and your registration is on hold. You're #3 on the waitlist - we'll email you if a team spot opens up.
  """)
m("other", "", "Morgan", "", "", "en", "hard", "owner's own outgoing thank-you (sent copy)",
  frm="Morgan Diaz <morgan.diaz.work@outlook.com>", to="Jae Moon <jae.moon@quillon.ai>", subj="Thank you - final round", date="2026-04-09 16:00 -0600", client="outlook",
  body="""
  Hi Jae,

  Thank you for organizing today's final round. I enjoyed presenting the HubSpot audit and meeting Carla. I'm very excited about the role.

  Best,
  Morgan
  """)
m("other", "", "", "", "", "fr", "hard", "French newsletter about entretiens and refus",
  frm="Cadremploi-ish <newsletter@cadrejobs.example>", subj="Entretien d'embauche : 7 questions pièges", date="2025-11-04 07:00 +0100", fmt="html", vendor="news",
  body="""
  Cette semaine : les 7 questions pièges en entretien, et comment rebondir après un refus.
  """)
m("other", "", "", "", "", "de", "hard", "German event cancellation 'Absage'",
  frm="Kulturhaus Mitte <tickets@kulturhaus.example>", subj="Absage der Veranstaltung am 12. März", date="2026-03-08 10:00 +0100",
  body="""
  Liebe Besucherinnen und Besucher, leider müssen wir die Lesung am 12. März absagen. Der Ticketpreis wird automatisch erstattet.
  """)
m("other", "", "", "", "", "es", "easy", "Spanish job alert",
  frm="InfoTrabajo <alertas@infotrabajo.example>", subj="Nuevas ofertas: marketing digital", date="2026-02-01 07:00 +0100", fmt="html", vendor="news",
  body="""
  Hola Morgan, tenemos 6 nuevas ofertas de marketing digital en Madrid y remoto. Ver ofertas.
  """)
m("other", "", "", "", "", "en", "hard", "candidate-cancelled interview: Calendar decline notification (owner declined)",
  frm="Outlook Calendar <no-reply@outlook.com>", subj="Declined: Glenmore Hotels - Marketing Manager chat", date="2026-04-13 09:00 +0100",
  body="""
  Morgan Diaz has declined this event.

  Glenmore Hotels - Marketing Manager chat
  Monday, April 20, 2026 10:00 - 10:45 (BST)
  """)
m("other", "", "Nina", "", "", "en", "hard", "former colleague reference request; mentions interviewing",
  frm="Nina Hollis <nina.hollis@gmail.com>", subj="reference?", date="2025-10-28 19:00 -0600",
  body="""
  Hi Morgan! I'm interviewing at a couple of agencies and one of them asked for references - would you be OK being one? They'd call sometime next week. Thank you!!

  Nina
  """)
