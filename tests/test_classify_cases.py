"""Hard cases pinned with their expected label and a reason a person can read."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.classify import (
    REVIEW_THRESHOLD,
    classify,
    correction_features,
    match_correction,
    normalize_subject,
)
from assistant.models import CalendarEvent, Message
from assistant.parse import parse_bytes

DEV = Path(__file__).resolve().parent / "fixtures" / "corpus" / "dev"
OWNER = "sam.okafor.jobs@gmail.com"


def _dev(name: str) -> Message:
    return parse_bytes((DEV / f"{name}.eml").read_bytes(), id=name, source=name)


HARD_CASES = [
    # (file, label, reason substring, why it is hard)
    ("d003", "other", "List-Unsubscribe", "newsletter quoting ATS rejection wording"),
    ("d063", "rejection", "won't be moving you", "quoted thank-you mentions the interview"),
    ("d069", "interview", "final round", "quoted thank-you contains rejection-like wording"),
    ("d009", "on_hold", "role was eliminated", "Outlook quote mentions the final round"),
    ("d012", "on_hold", "requisition has been cancelled", "reads like an ATS rejection"),
    ("d042", "on_hold", "on hold", "'keep your resume on file' usually means rejection"),
    ("d037", "auto_reply", "header Auto-Submitted: auto-replied", "subject mentions an interview"),
    ("d011", "auto_reply", "back at my desk", "no auto-reply headers, relative date"),
    ("d071", "rejection", "Not selected", "Auto-Submitted: auto-generated is not an auto-reply"),
    ("d010", "interview", "calendar invite: METHOD:REQUEST", "calendar part"),
    ("d047", "rejection", "sender: no-reply ATS domain greenhouse.io", "ATS rejection"),
    ("d029", "other", "no job context", "'we regret to inform you' about a concert"),
    ("d028", "rejection", "forwarded part", "decision only in the forwarded note"),
    ("d030", "rejection", "to another candidate", "says 'extended an offer' to someone else"),
    ("d026", "application_received", "reviewing", "describes future interview and decline"),
    ("d057", "other", "notification platform github.com", "pull request 'not move forward'"),
    ("d055", "other", "admission", "school admission 'offer'"),
    ("d044", "other", "rental application", "apartment application approved"),
    ("d052", "other", "Urgent Requirement", "staffing mass mailing mentions interview"),
    ("d035", "rejection", "going to pass", "'pass for now' plus 'stay in touch'"),
    ("d021", "rejection", "promoting one of our own", "no rejection keywords"),
    ("d001", "interview", "interview", "says 'unfortunately' but confirms the interview"),
]


@pytest.mark.parametrize(("name", "label", "reason", "why"), HARD_CASES, ids=[c[0] for c in HARD_CASES])
def test_hard_case_gets_expected_label_and_reason(name: str, label: str, reason: str, why: str) -> None:
    c = classify(_dev(name), owner_email=OWNER)
    assert c.label == label, (why, c)
    assert any(reason.lower() in r.lower() for r in c.reasons), (why, c.reasons)


def test_mail_sent_by_owner_is_other_with_reason() -> None:
    msg = replace(_dev("d047"), from_email=OWNER, from_name="Sam Okafor")
    c = classify(msg, owner_email=OWNER)
    assert c.label == "other"
    assert c.reasons == ("sent by you",)


def test_quoted_history_does_not_drive_the_label() -> None:
    msg = Message(
        id="q", source="q", message_id="", subject="Re: lunch", from_name="Pat Lee", from_email="pat@example.org",
        text="Sounds good, see you at noon!",
        quoted="> We have decided to move forward with other candidates for the Analyst position.",
        in_reply_to="<x@y>",
    )
    assert classify(msg, owner_email=OWNER).label == "other"


def test_calendar_invite_alone_is_an_interview() -> None:
    ev = CalendarEvent(summary="Chat", method="REQUEST", organizer_email="lee@acme.example")
    msg = Message(id="c", source="c", message_id="", subject="Invitation: Chat", from_name="Lee Park",
                  from_email="lee@acme.example", text="", calendar=(ev,))
    c = classify(msg, owner_email=OWNER)
    assert c.label == "interview"
    assert "calendar invite: METHOD:REQUEST" in c.reasons


def test_confidence_is_in_range_and_clear_cases_clear_the_review_threshold() -> None:
    assert 0.0 < REVIEW_THRESHOLD < 1.0
    for name in ("d047", "d012", "d037", "d068", "d065"):
        c = classify(_dev(name), owner_email=OWNER)
        assert 0.0 <= c.confidence <= 1.0
        assert c.confidence >= REVIEW_THRESHOLD, (name, c)


def test_vague_job_mail_goes_to_review() -> None:
    msg = Message(id="v", source="v", message_id="", subject="Your application", from_name="Acme Careers",
                  from_email="careers@acme.example", text="Hi Sam, regarding your application for the role. Regards")
    c = classify(msg, owner_email=OWNER)
    assert c.confidence < REVIEW_THRESHOLD


def test_correction_features_hold_no_body_text() -> None:
    msg = _dev("d047")
    feats = correction_features(msg)
    assert set(feats) == {"id", "sender", "domain", "subject", "phrases"}
    assert feats["sender"] == "no-reply@greenhouse.io"
    assert feats["subject"] == normalize_subject("Your application to Kestrel Data")
    assert all(len(h) == 12 and "move" not in h for h in feats["phrases"])
    assert "forward" not in repr(feats)


def test_correction_of_similar_mail_from_same_sender_applies() -> None:
    first = _dev("d052")  # recruiter mass mailing, say the user calls it an interview
    corr = (correction_features(first), "interview")
    later = replace(first, id="later", subject="Urgent Requirement: Sr. Java Developer - Remote - 6 Months Contract")
    c = classify(later, owner_email=OWNER, corrections=[corr])
    assert c.label == "interview"
    assert c.reasons[0].startswith("your correction of d052")
    # Corrections also accept the dict shape with a "label" key.
    c2 = classify(later, owner_email=OWNER, corrections=[{**corr[0], "label": "other"}])
    assert c2.label == "other"


def test_correction_does_not_leak_to_unrelated_mail() -> None:
    corr = (correction_features(_dev("d052")), "interview")
    assert match_correction(_dev("d047"), [corr]) is None
    assert classify(_dev("d047"), owner_email=OWNER, corrections=[corr]).label == "rejection"


def test_correction_on_shared_ats_domain_needs_same_sender_or_wording() -> None:
    # Two employers both mail from no-reply@greenhouse.io: a correction for one must not relabel the other
    # unless the subject is similar.
    corr = (correction_features(_dev("d054")), "other")
    assert match_correction(_dev("d065"), [corr]) is None


BLIND2 = Path(__file__).resolve().parent / "corpus" / "blind2"

# Hard cases from blind2 (written blind to the rules, then used for tuning): (file, label, reason substring, why).
BLIND2_CASES = [
    ("020", "on_hold", "geler ce recrutement", "French 'freeze this hiring' without 'position on hold'"),
    ("031", "on_hold", "pausing all non-engineering hiring", "a kind of hiring is paused, no 'position' word"),
    ("046", "on_hold", "hold off on the events lead hire", "casual 'hold off on the hire'"),
    ("057", "offer", "que te unas", "Spanish offer that never says 'offer'"),
    ("012", "offer", "base", "verbal-offer recap: salary, equity and start date, no 'offer'"),
    ("100", "offer", "offer it to you", "reply whose quoted part was a rejection"),
    ("097", "rejection", "no vamos a seguir contigo", "informal Spanish rejection"),
    ("106", "rejection", "not a yes", "agency relays a client's no"),
    ("007", "other", "erstattet", "German event cancellation 'Absage'"),
    ("053", "other", "newsletter", "newsletter quoting offer and rejection phrases"),
    ("096", "auto_reply", "offline", "'I'm offline ... back Monday' in a thread about a final round"),
    ("103", "other", "sent by you", "the owner's own thank-you, delivered to the owner's mailbox"),
    ("027", "interview", "invited you to a video interview", "platform mail with an unsubscribe footer"),
]


@pytest.mark.parametrize(("name", "label", "reason", "why"), BLIND2_CASES, ids=[c[0] for c in BLIND2_CASES])
def test_blind2_hard_case_gets_expected_label_and_reason(name: str, label: str, reason: str, why: str) -> None:
    msg = parse_bytes((BLIND2 / f"{name}.eml").read_bytes(), id=name, source=name)
    c = classify(msg, owner_email=OWNER)
    assert c.label == label, (why, c)
    assert any(reason.lower() in r.lower() for r in c.reasons), (why, c.reasons)


def test_rejection_close_to_other_mail_goes_to_review() -> None:
    msg = Message(
        id="n", source="n", message_id="", subject="Your talk proposal", from_name="Pat Lee",
        from_email="pat@confco.example",
        text="Unfortunately we have decided not to move forward with your application. See the refund details below.",
    )
    c = classify(msg, owner_email=OWNER)
    if c.label == "rejection":
        assert c.confidence < REVIEW_THRESHOLD
        assert any(r.startswith("unsure: also reads like other mail") for r in c.reasons), c.reasons


def test_phrase_in_quotation_marks_is_cited_not_said() -> None:
    msg = Message(
        id="c", source="c", message_id="", subject="This week on the blog", from_name="Pat Lee",
        from_email="pat@careerblog.example",
        text='How to negotiate after "we are delighted to offer you the position" lands in your inbox.',
    )
    c = classify(msg, owner_email=OWNER)
    # Cited wording counts little: not an offer, or at least not one sure enough to draft a reply to.
    assert c.label != "offer" or c.confidence < REVIEW_THRESHOLD, c
    assert any("(in quotation marks)" in r for r in c.reasons) or c.label != "offer", c.reasons


BLIND5 = Path(__file__).resolve().parent / "corpus" / "blind5"
# Hard cases from blind5 (written blind to the rules, then used for tuning): (file, label, reason substring, why).
BLIND5_CASES = [
    ("023", "other", "writing to pellucid.ai", "the owner's own thank-you after an interview, owner unknown"),
    ("086", "other", "writing to apexstaffing.com", "the owner's own reply accepting an offer"),
    ("033", "other", "how did the quillon interview go", "a friend asks about an interview"),
    ("053", "other", "mietinteressenten", "German apartment application declined"),
    ("079", "other", "pre-approved", "a credit card 'offer' with 'pleased to offer you'"),
    ("124", "other", "volunteer", "volunteer application with an orientation call"),
    ("072", "rejection", "decided not to extend an offer", "praise, a final round, then no offer"),
    ("085", "offer", "wants you for the", "agency relays a contract offer with an hourly rate"),
    ("135", "offer", "want you as our", "founder's offer that never says 'offer'"),
    ("140", "interview", "can u come in", "lowercase texting-style request to come in and talk"),
]


@pytest.mark.parametrize(("name", "label", "reason", "why"), BLIND5_CASES, ids=[c[0] for c in BLIND5_CASES])
def test_blind5_hard_case_gets_expected_label_and_reason(name: str, label: str, reason: str, why: str) -> None:
    msg = parse_bytes((BLIND5 / f"{name}.eml").read_bytes(), id=name, source=name)
    c = classify(msg)
    assert c.label == label, (why, c)
    assert any(reason.lower() in r.lower() for r in c.reasons), (why, c.reasons)


BLIND67 = Path(__file__).resolve().parent / "corpus"
# Hard cases from blind6-blind11 (each written blind, scored once, then used for tuning).
BLIND67_CASES = [
    ("blind7/053", "rejection", "poursuivre avec un", "French no after 'Suite à notre entretien'"),
    ("blind7/049", "rejection", "position has been filled", "'don't put your search on hold' is the candidate's search"),
    ("blind6/099", "interview", "proposer un entretien", "'nous avons le plaisir de vous proposer un entretien' is no offer"),
    # blind8 (scored once as written, then tuned on)
    ("blind8/081", "other", "I made it to the final round", "a friend's own final round, with 'panel interview Friday at 10'"),
    ("blind8/112", "other", "hiring on my team", "an alum's coffee chat; the 'hiring' phrase is split by a line wrap"),
    ("blind8/047", "other", "has been leased", "apartment: 'unable to move forward with your application'"),
    ("blind8/079", "other", "registering", "summer camp waitlist: 'we will contact you if a spot opens'"),
    # blind10 (scored once as written, then tuned on)
    ("blind10/003", "other", "Intensivkurs", "German language course: 'Bewerbung um einen Kursplatz', 'Gespräch'"),
    ("blind10/013", "on_hold", "requisition for Platform Engineer (JR-110482) has been cancelled",
     "Workday's 'no longer under consideration' after a cancelled requisition"),
    ("blind10/046", "other", "talk has been accepted", "'happy to offer you a speaker slot'"),
    ("blind10/054", "other", "thought of you", "a friend forwards a posting that mentions a technical interview"),
    ("blind10/058", "on_hold", "competition has been cancelled", "public-sector 'competition cancelled', 'being reviewed'"),
    ("blind10/105", "other", "Mock system design interview", "a friend's calendar invite for a mock interview"),
    # blind9 and blind11 (sealed until all the tuning above, scored once, then tuned on)
    ("blind9/034", "rejection", "not been placed on the eligible list", "civil-service eligibility notice"),
    ("blind9/057", "other", "Offer of a place", "a university's offer of a place on an MSc"),
    ("blind9/092", "on_hold", "no longer open", "a restructure: 'won't be moving forward with any candidates'"),
    ("blind11/086", "rejection", "not be placed on the eligible list", "NEOGOV score notice that says 'thank you for applying'"),
    ("blind11/104", "other", "registered", "a webinar 'Ace Your Panel Interview' with a definite time"),
    ("blind11/121", "other", "Hi team", "a principal's end-of-year memo to staff"),
    # blind12 (sealed until the tuning above, scored once, then tuned on)
    ("blind12/003", "other", "I got the offer", "a friend's own offer after 'that awful case interview'"),
    ("blind12/055", "rejection", "unable to offer you a place", "after an assessment centre and a panel interview"),
    ("blind12/063", "on_hold", "lost its budget", "budget lost after a final round; 'keep your resume on file'"),
    # blind14 and blind15 (French-heavy; sealed until the tuning above, scored once, then tuned on)
    ("blind14/006", "interview", "like to interview you", "a new invitation from the manager whose earlier role didn't work out"),
    ("blind14/011", "interview", "all set for tomorrow", "'see you tomorrow at 10:30', meeting the podcast team"),
    ("blind15/015", "rejection", "we regret that we are unable to", "'unable to offer you a place in the next stage'"),
    ("blind15/024", "rejection", "ne retiendra pas sa candidature", "a referrer forwards the French decision ('TR:')"),
    ("blind15/028", "other", "Offre de place", "a daycare place 'nous avons le plaisir de vous offrir'"),
    ("blind15/052", "on_hold", "a été annulé", "'l'affichage a été annulé': a cancelled public posting"),
    ("blind15/062", "other", "comité scientifique", "a conference proposal 'n'a pas été retenue'"),
    ("blind15/069", "rejection", "choisi quelqu", "Québec French 'on a finalement choisi quelqu'un d'autre'"),
    ("blind15/084", "rejection", "arrêté son choix sur une autre", "a CIUSSS selection committee's choice"),
    ("blind15/096", "other", "viewing the unit", "an apartment 'move forward with another applicant'"),
    ("blind15/101", "on_hold", "poste a été aboli", "'ce poste a été aboli', the selection process stopped"),
    # blind16 and blind17 (Spanish-heavy; sealed until the tuning above, scored once, then tuned on)
    ("blind16/001", "other", "invited you to edit", "a Notion share of an 'Interview guide'"),
    ("blind16/035", "other", "qué tal", "an aunt asks how the interview went"),
    ("blind16/037", "rejection", "Ineligible", "civil-service 'Result: Ineligible'"),
    ("blind16/057", "other", "mentoring session", "a mentoring session with a definite time"),
    ("blind17/004", "rejection", "no fue seleccionada", "Computrabajo: 'tu hoja de vida no fue seleccionada'"),
    ("blind17/061", "rejection", "decidido no continuar contigo", "InfoJobs status 'Descartada'"),
    ("blind17/071", "rejection", "optamos por seguir con otra", "a warm Mexican no after the last round"),
    ("blind17/078", "rejection", "ha cubierto finalmente la posición", "a consultora relays that the client filled the post"),
    ("blind17/101", "on_hold", "ha cancelado la posición", "an ETT: the client cancelled the position"),
    ("blind17/108", "on_hold", "se cerró sin ser cubierta", "a Colombian 'convocatoria' closed unfilled"),
    ("blind17/110", "application_received", "Hemos recibido tu candidatura", "'if you hear nothing in 15 days, you were not selected'"),
    ("blind17/062", "other", "consular", "a consular visa 'entrevista' with a fixed time"),
    # blind18 and blind19 (sealed until the tuning above, scored once, then tuned on)
    ("blind18/072", "other", "Reset your password", "an ATS password reset 'was received'"),
    ("blind18/086", "on_hold", "requisition for IT Systems", "a cancelled requisition 'no longer being considered'"),
    ("blind18/120", "rejection", "able to offer you", "'we aren't able to offer you the position'"),
    ("blind19/019", "rejection", "position to another", "after a case interview and a final round"),
    ("blind19/025", "rejection", "not going to be offering you", "'the panel wanted you in the next round', then no"),
    ("blind19/048", "other", "Fahrgastrechte", "a declined rail compensation claim: 'keine positivere Nachricht'"),
    ("blind19/067", "rejection", "aboutisse", "a French forward: 'on part sur Inès pour le poste'"),
    ("blind19/068", "other", "programme de mentorat", "a mentoring programme application not accepted"),
    ("blind19/095", "application_received", "Justificante de registro", "a Spanish municipal application receipt"),
    ("blind19/098", "other", "birthday", "a family dinner calendar invitation"),
    # blind20 and blind21 (the last held-out pair: scored once, then these fixes)
    ("blind20/040", "rejection", "closer match", "an iCIMS no that describes the interview steps it is not offering"),
    ("blind20/112", "other", "sleep study", "screened out of a sleep study: 'Unfortunately ... not eligible'"),
    ("blind21/012", "other", "annulé", "a French concert cancellation: 'nous avons le regret'"),
    ("blind21/117", "other", "billetterie", "a season-ticket request 'n'a pas pu être retenue'"),
    # blind22 and blind23 (the very last pair: scored once, then these fixes)
    ("blind22/071", "other", "swap", "a café shift schedule that mentions an interview"),
    ("blind22/072", "on_hold", "hiring pause", "an interview cancelled by a county hiring pause"),
    ("blind22/075", "other", "me han ofrecido el puesto", "a friend's own offer, in Spanish"),
    ("blind23/019", "other", "approved by all approvers", "an HR professional's own work: a candidate's offer approved"),
    ("blind23/073", "other", "set up the interview with him", "a plant manager asks HR to book a candidate"),
    ("blind27/003", "on_hold", "recruitment on hold", "an NGO's donor delayed its grant decision: a job on hold, not a grant"),
    ("blind27/016", "on_hold", "As a result", "a cancelled requisition, then 'no longer under consideration'"),
    ("blind27/052", "application_received", "completing your application", "a chatbot: 'if they'd like to chat'"),
    ("blind27/065", "rejection", "internal transfer", "an internal transfer took the role"),
    ("blind27/067", "on_hold", "position without filling", "a position closed without filling it"),
    ("blind27/079", "on_hold", "vorerst nicht besetzt", "German 'Leider' about a budget cut"),
    ("blind27/014", "other", "personal address", "a friend's calendar invite for dinner"),
    ("blind28/003", "other", "Grand Prix", "a coding contest's 'final round' with prizes"),
    ("blind28/043", "other", "for admission", "a community college's admissions office: 'we have received your application'"),
    ("blind28/079", "rejection", "different direction", "a rejection after a final round that praises the panel interview"),
    ("blind29/119", "other", "in the final round", "a former colleague in his own final round asks for a reference"),
    ("blind29/072", "rejection", "to a candidate who", "a rejection that offers to be a reference"),
    ("blind15/025", "application_received", "Votre inscription au processus", "a Québec ministry's registration notice, no 'reçu'"),
    ("blind30/037", "other", "new inbox item", "an HR professional's Workday approval task for someone else's offer"),
    ("blind30/075", "other", "talking points", "an internal reorganisation note: positions eliminated, not hers"),
    ("blind30/089", "other", "rejection email template", "a colleague's draft rejection, quoted for review"),
    ("blind30/090", "other", "added as an interviewer", "she is the interviewer"),
    ("blind31/029", "on_hold", "will not be filled", "a cancelled requisition, then 'no longer being considered'"),
    ("blind31/111", "other", "parking permit", "a council permit application acknowledgement"),
    ("blind31/116", "other", "ballot", "an unsuccessful race ballot"),
    ("blind31/118", "other", "selection evening", "a volunteer rescue team that cannot offer a place"),
    ("blind31/053", "interview", "come in and see us", "a reply that reverses the quoted rejection, informally"),
    ("blind32/050", "other", "with another agency", "a freelance pitch lost to another agency"),
    ("blind32/051", "other", "cleaning and exam", "a dentist's appointment confirmation with a time"),
    ("blind32/063", "other", "mentor application", "a mentoring programme that did not accept her"),
    ("blind32/068", "other", "statement of work", "a freelance client accepting a proposal"),
    ("blind32/089", "interview", "still very much in process", "an automated rejection sent in error; the interview stands"),
    ("blind33/006", "offer", "sign the letter", "a written follow-up to a verbal offer with an 'order #'"),
    ("blind33/022", "other", "parents' group", "a friend from the parents' group who works at an employer"),
    ("blind33/029", "application_received", "Your application was sent to", "a job board's relay with a promo tail"),
    ("blind33/041", "rejection", "has reviewed your application", "a job board relaying the employer's decision"),
    ("blind33/092", "rejection", "recommended another candidate", "a port authority's panel outcome"),
    ("blind18/100", "other", "List-Unsubscribe", "a job board's 'application viewed' notice: employers 'may reach out'"),
    # blind13 (German-heavy; sealed until the tuning above, scored once, then tuned on)
    ("blind13/016", "rejection", "can't move you", "'can't move you to the next round' is a no, not an invitation"),
    ("blind13/025", "rejection", "für den anderen Finalisten", "a headhunter relays the client's choice of the other finalist"),
    ("blind13/063", "rejection", "intern besetzt", "the role was filled internally"),
    ("blind13/070", "rejection", "hat sich nach den Zweitgesprächen", "a reply to a status question, with the decision"),
    ("blind13/067", "interview", "Auswahlgespräch", "a university's selection interview with a talk and travel refund"),
    ("blind13/095", "application_received", "eingegangen", "'should we not consider you, you will hear from us'"),
    ("blind13/102", "offer", "gewinnen", "a German offer that says 'Leider' about a company car"),
    ("blind13/060", "application_received", "erfolgreich", "StepStone: your application was sent to the employer"),
    ("blind13/010", "other", "Kreditantrag", "a declined loan: 'leider kein Angebot'"),
    ("blind13/031", "other", "Probe-Interview", "a friend's calendar invite for a mock interview"),
    ("blind13/033", "other", "Betreuungsplatz", "a daycare place 'anbieten' with an 'Aufnahmegespräch'"),
    ("blind13/100", "other", "Ihre Verbindung", "a cancelled train: 'leider fällt aus'"),
    # blind38/39 (scored once, then tuned on)
    ("blind38/073", "rejection", "not be inviting you to the next stage", "'video interview' and 'next stage' in a no"),
    ("blind38/087", "other", "got an interview", "a friend's own interview tomorrow, subject 'Interview tomorrow!!'"),
    ("blind38/089", "rejection", "Status: Not suitable", "a job board's status relay with no prose"),
    ("blind39/003", "rejection", "pas été retenu", "a job board relays the employer's words in a <blockquote>"),
    ("blind39/006", "rejection", "chosen to move forward with candidates whose", "'chosen to move forward' is a no here"),
    ("blind39/008", "interview", "auf einen Kaffee", "a German hiring manager's coffee invitation, no time"),
    ("blind39/038", "on_hold", "pause all open backfills", "a backfill freeze after the final round"),
    ("blind39/079", "rejection", "fait le choix d", "a Swiss agency relays the client's choice in French"),
    ("blind39/084", "other", "Betreuungsplatz", "a daycare place 'anbieten zu können'"),
    # blind40/41 (scored once, then tuned on)
    ("blind41/030", "on_hold", "not to move ahead with this headcount", "'decided not to move ahead' about the headcount"),
    ("blind41/072", "rejection", "promoción interna", "a headhunter: the client promoted from within"),
    ("blind41/077", "other", "artículo", "a conference paper not accepted, 'Lamentamos informarle'"),
    ("blind41/079", "rejection", "Estado: Descartada", "a job board's status relay with an unsubscribe footer"),
    ("blind41/110", "on_hold", "vacante pausada", "a job board relays a paused vacancy"),
    ("blind41/118", "on_hold", "auf Eis gelegt", "'leider müssen wir Ihnen mitteilen' before a freeze"),
    ("blind41/034", "application_received", "Application received", "'shortlisted candidates are invited to a first interview'"),
    ("blind41/044", "other", "limpieza dental", "a dentist's calendar invite in Spanish"),
    ("blind41/104", "other", "arrendamiento", "an apartment application approved"),
    ("blind40/118", "other", "voluntari", "a volunteer application accepted, in Spanish"),
    # blind42/43 (the last pair: scored once, then tuned on)
    ("blind42/059", "rejection", "made an offer to another", "a warm no after the final round; subject 'final round'"),
    ("blind42/080", "rejection", "decided not to invite you to", "a no after a take-home, 'next stage' negated"),
    ("blind42/098", "application_received", "has been sent", "a job board's relay above 'jobs you might like'"),
    ("blind43/013", "rejection", "has gone to someone", "an internal hire, then 'we've closed the search'"),
    ("blind43/020", "rejection", "Not shortlisted", "a job board's status relay with an unsubscribe footer"),
    ("blind43/077", "other", "visa interview", "a consular visa interview with a time"),
    # blind44/45 (the last pair: scored once, then tuned on)
    ("blind44/007", "other", "licen", "a teaching licence renewal 'has been received and is under review'"),
    ("blind44/012", "other", "Resume review", "a career coach's Calendly booking with a time"),
    ("blind45/010", "other", "zurückerstattet", "a cancelled concert: 'Leider müssen wir Ihnen mitteilen', subject 'Absage'"),
    ("blind45/013", "rejection", "intern zu besetzen", "a Swiss hotel fills the role internally"),
    ("blind45/018", "application_received", "suggest application_received", "'dans le cas où votre candidature ne serait pas retenue'"),
    ("blind45/044", "offer", "suggest offer", "an agency's verbal offer with staff housing ('logement de fonction')"),
    ("blind45/078", "other", "confirmer votre admission", "admission to a training course after an 'entretien de positionnement'"),
    # blind46/47 (the last pair: scored once, then tuned on)
    ("blind47/011", "interview", "Te confirmo la jornada", "an onsite agenda in Spanish with no 'entrevista' in the body"),
    ("blind47/036", "rejection", "hemos decidido no avanzar", "a curt Spanish no"),
    ("blind47/050", "application_received", "ha sido enviada", "a Spanish job board's relay with bulk headers"),
    # blind48/49 (the last pair: scored once, then tuned on)
    ("blind48/049", "rejection", "keine positive Nachricht", "a German no under the subject 'Zwischenstand'"),
    ("blind48/066", "rejection", "unable to", "a no from the 'Games User Research team' (not a user study)"),
    ("blind48/070", "rejection", "mit einer anderen Bewerberin besetzt", "a public-sector 'Auswahlverfahren abgeschlossen'"),
    ("blind49/033", "rejection", "not the right match", "'we had hoped to schedule a second interview'"),
    ("blind49/111", "rejection", "another finalist", "'extend the Healthcare Consultant, Revenue Cycle position to another finalist'"),
    # session 12: the model's vote counts 5, not 3, beside a decisive rule
    ("blind33/041", "rejection", "has reviewed your application", "a job board relays the employer's 'decided not to move forward'"),
    ("blind38/073", "rejection", "not be inviting you", "a rejection that names the technical assessment"),
    ("blind24/015", "rejection", "suggest rejection", "rejection wording the rules miss, beside interview words"),
    # blind50/51 (scored once, then tuned on)
    ("blind51/100", "application_received", "candidature reçue", "a French chatbot's 'J'ai bien transmis votre candidature'"),
    # blind52/53 (scored once, then tuned on)
    ("blind52/077", "other", "die Jury", "a design award's 'Einreichung ... leider nicht für die Shortlist ausgewählt'"),
    ("blind52/096", "on_hold", "Stellenausschreibung Designer", "a Workday 'Stellenausschreibung ... storniert'"),
    ("blind52/119", "rejection", "nicht weiterverfolgen", "'werden Ihre Bewerbung für diese Position nicht weiterverfolgen'"),
    ("blind53/024", "on_hold", "Einstellungsstopps", "'Leider müssen wir Ihnen mitteilen' before a hiring freeze"),
    # blind54/55 (the last pair: scored once, then tuned on)
    ("blind54/032", "on_hold", "fue cancelada", "'la requisición ... fue cancelada por la compañía'"),
    ("blind54/077", "on_hold", "frenamos la búsqueda", "Rioplatense 'frenamos la búsqueda' with a past interview"),
    ("blind54/085", "rejection", "cerramos con otra persona", "'la búsqueda ... la cerramos con otra persona'"),
    ("blind54/087", "application_received", "Ya tenemos tu CV", "a warm Recruitee acknowledgement"),
    ("blind55/019", "application_received", "suggest application_received", "an acknowledgement that lists the interview stages"),
    # blind56/57 (a confirmation pair scored once at the final code, then tuned on)
    ("blind56/057", "other", "no job context", "an exam board's 'Nous sommes au regret de vous informer'"),
    ("blind57/120", "other", "no job context", "an insurer's 'leider müssen wir Ihnen mitteilen'"),
    ("blind56/004", "other", "chirurgien-dentiste", "a Doctolib appointment with a calendar invite"),
    ("blind57/051", "interview", "suggest interview", "French 'en tenant compte du décalage horaire' is no tenant"),
]


@pytest.mark.parametrize(("name", "label", "reason", "why"), BLIND67_CASES, ids=[c[0] for c in BLIND67_CASES])
def test_later_blind_set_hard_case_gets_expected_label_and_reason(name: str, label: str, reason: str, why: str) -> None:
    msg = parse_bytes((BLIND67 / f"{name}.eml").read_bytes(), id=name, source=name)
    c = classify(msg)
    assert c.label == label, (why, c)
    assert any(reason.lower() in r.lower() for r in c.reasons), (why, c.reasons)
