"""blind6 hard negatives and other-sense evidence, pinned after blind6 was scored once (now tuned on)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.classify import REVIEW_THRESHOLD, classify
from assistant.models import Message
from assistant.parse import parse_bytes

_BLIND6 = Path(__file__).resolve().parent / "corpus" / "blind6"
_BLIND1 = Path(__file__).resolve().parent / "corpus" / "blind1"
_BLIND4 = Path(__file__).resolve().parent / "corpus" / "blind4"


def _load(folder: Path, name: str) -> Message:
    return parse_bytes((folder / f"{name}.eml").read_bytes(), id=name, source=name)


def _msg(text: str, subject: str, from_email: str = "team@example-org.com", from_name: str = "Example Org") -> Message:
    return Message(
        id="m", source="m", message_id="", subject=subject, text=text, from_name=from_name, from_email=from_email,
        date=datetime(2026, 3, 2, 12, 0, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("folder", "name", "why"),
    [
        (_BLIND6, "050", "a friend's mock-interview calendar invitation"),
        (_BLIND6, "073", "an insurance underwriting 'offer' of coverage"),
        (_BLIND6, "091", "a sports try-out result"),
        (_BLIND6, "095", "a child's kindergarten waitlist"),
        (_BLIND6, "114", "a TV producer asking for an on-camera interview"),
        (_BLIND1, "173", "a calendar platform's cancelled-event notice"),
        (_BLIND4, "135", "a flat that went to another applicant"),
    ],
)
def test_mail_that_only_sounds_like_job_mail_is_other(folder: Path, name: str, why: str) -> None:
    assert classify(_load(folder, name)).label == "other", why


def test_rental_decision_is_not_a_rejection_even_with_applicant_wording() -> None:
    msg = _msg(
        "Thank you for your application. Unfortunately we have selected another applicant for this unit. "
        "We encourage you to apply for other available units.",
        "Application decision - 14 Elm St #2",
    )
    c = classify(msg)
    assert c.label == "other"
    assert any("another sense" in r for r in c.reasons)


def test_offer_of_admission_is_not_a_job_offer() -> None:
    msg = _msg(
        "Congratulations! I am delighted to offer you admission to the Master of Science in Data Science "
        "program for Fall 2026. Please pay the enrollment deposit through the applicant portal.",
        "Your admission decision",
    )
    assert classify(msg).label != "offer"


def test_real_job_offer_for_a_volunteer_coordinator_role_stays_an_offer() -> None:
    msg = _msg(
        "I'm very happy to offer you the position of Volunteer Coordinator. This is a full-time, paid staff role "
        "at $46,000 per year, starting October 13. I've attached the formal offer letter.",
        "Volunteer Coordinator position - offer",
    )
    assert classify(msg).label == "offer"


def test_no_confident_rejection_for_a_soft_non_job_turn_down() -> None:
    msg = _msg(
        "Thanks for coming out to tryouts on Saturday. We had 31 players for 6 open spots and we've decided to go "
        "with other players this season.",
        "Tryout results",
    )
    c = classify(msg)
    assert c.label != "rejection" or c.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sorry, I know I said we'd put things on hold until after the rush, but it's not going to work out. "
         "We need someone who has run a bakery line and we found one.", "rejection"),
        ("The board has chosen to appoint Dr. Hannah Reyes as Head of School, effective July 1.", "rejection"),
        ("Finalmente hemos optado por otro perfil, así que no seguiremos adelante con tu candidatura.", "rejection"),
        ("Teams like yours use HireLoop to screen applicants faster. Would you be open to a 15-minute demo?", "other"),
    ],
)
def test_decision_families_from_out_of_fold_errors(text: str, label: str) -> None:
    assert classify(_msg(text, "Your candidacy")).label == label


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        ("Your car insurance quote", "Thank you for your application. We are happy to offer you a policy at $84/month. "
         "To accept this offer, log in.", "quotes@safeauto.example"),
        ("Scholarship decision", "Unfortunately you were not selected for the 2026 Smith Scholarship. We received many "
         "strong applications.", "scholarships@smithfoundation.example"),
        ("Marathon entry", "Unfortunately your entry was not selected in the lottery for the 2026 City Marathon.",
         "entries@citymarathon.example"),
        ("Re: the flat", "Thanks for coming to see the flat. Unfortunately the landlord went with another applicant.",
         "agent@lettings.example"),
        ("Audition results", "Thank you for auditioning for our spring production. We are unable to cast you this time.",
         "director@theatre.example"),
    ],
)
def test_hard_negatives_in_other_senses_are_other(subject: str, text: str, sender: str) -> None:
    assert classify(_msg(text, subject, from_email=sender)).label == "other"


def test_model_only_job_reading_of_a_calendar_notice_goes_to_review() -> None:
    msg = _msg(
        "You have been invited to the following event. Coffee with Dana. Going? Yes - Maybe - No. "
        "Invitation from Google Calendar",
        "Invitation: Coffee with Dana @ Wed Mar 4, 2026 10am",
        from_email="calendar-notification@google.com",
        from_name="Dana Kim",
    )
    c = classify(msg)
    assert c.label == "other" or c.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Research study invitation", "We'd like to invite you to a 30-minute user research interview about our app. "
         "You'll receive a $50 gift card."),
        ("Jury duty", "You have been summoned for jury duty on Monday, March 16 at 8:30 AM."),
        ("Your appointment", "Your dental appointment with Dr. Lee is confirmed for Tuesday at 2:00 PM."),
        ("Parent-teacher conference", "We'd like to schedule a parent-teacher conference. Are you available Thursday?"),
        ("Offer accepted!", "The seller has accepted your offer on 45 Pine Road. Next step: the inspection."),
        ("Library card application", "Your library card application has been received and is being processed."),
    ],
)
def test_appointments_and_applications_outside_work_are_other(subject: str, text: str) -> None:
    assert classify(_msg(text, subject)).label == "other"
