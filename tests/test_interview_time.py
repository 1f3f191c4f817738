"""The interview start time: stated once -> found and resolved; slots, deadlines and vague days -> none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.interview_time import interview_at
from assistant.models import CalendarEvent, Message
from assistant.parse import parse_bytes

DEV = Path(__file__).resolve().parent / "fixtures" / "corpus" / "dev"
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
PDT = timezone(timedelta(hours=-7))
CEST = timezone(timedelta(hours=2))
NY = ZoneInfo("America/New_York")


def _msg(text: str, sent: datetime, subject: str = "Interview", **kw: object) -> Message:
    return Message(id="m", source="m", message_id="", subject=subject, from_name="Lee Park",
                   from_email="lee@acme.example", text=text, date=sent, **kw)  # type: ignore[arg-type]


def _dev(name: str) -> Message:
    return parse_bytes((DEV / f"{name}.eml").read_bytes(), id=name, source=name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("d001", datetime(2026, 11, 12, 15, 0, tzinfo=EST)),  # "Thursday's interview ... Same time, 3:00 p.m. Eastern"
        ("d010", datetime(2026, 3, 26, 14, 0, tzinfo=EDT)),  # Teams invite
        ("d022", datetime(2025, 7, 25, 9, 0, tzinfo=EDT)),  # onsite itinerary: the day's first item
        ("d050", datetime(2025, 10, 8, 13, 0, tzinfo=EDT)),  # UTC invite, mail says Eastern
        ("d056", datetime(2025, 2, 14, 10, 0, tzinfo=EST)),  # "move your conversation ... to Friday, Feb 14 at 10:00 a.m."
    ],
)
def test_dev_interviews_that_state_a_time_get_it(name: str, expected: datetime) -> None:
    assert interview_at(_dev(name)) == expected


@pytest.mark.parametrize("name", ["d020", "d024", "d039", "d054", "d058", "d069", "d070", "d072"])
def test_dev_interviews_without_one_definite_time_get_none(name: str) -> None:
    # d020: a deadline, not an interview; d024/d039: slots to choose from; the rest: no time stated
    assert interview_at(_dev(name)) is None


def test_a_utc_invite_is_shown_in_the_zone_the_mail_names() -> None:
    ev = CalendarEvent(summary="Interview", start=datetime(2026, 6, 2, 16, 0, tzinfo=UTC))
    found = interview_at(_msg("Looking forward to it. 9:00 a.m. Pacific works.", datetime(2026, 5, 28, 9, 0, tzinfo=PDT),
                              calendar=(ev,)))
    assert found is not None and found.utcoffset() == timedelta(hours=-7)
    assert found == datetime(2026, 6, 2, 16, 0, tzinfo=UTC)


def test_tomorrow_at_half_past_ten_resolves_against_the_date_header() -> None:
    sent = datetime(2026, 3, 31, 17, 5, tzinfo=EDT)
    assert interview_at(_msg("Confirmed, see you tomorrow at 10:30am.", sent)) == datetime(2026, 4, 1, 10, 30, tzinfo=EDT)


def test_a_range_takes_the_am_pm_of_its_end() -> None:
    sent = datetime(2026, 1, 12, 9, 0, tzinfo=EST)
    text = "Your panel is confirmed for Wednesday, January 14, 1:00 - 2:30 PM ET."
    assert interview_at(_msg(text, sent)) == datetime(2026, 1, 14, 13, 0, tzinfo=NY)


def test_next_weekday_means_the_one_in_next_week() -> None:
    sent = datetime(2026, 7, 15, 11, 0, tzinfo=EDT)  # a Wednesday
    assert interview_at(_msg("We'll see you next Friday at 9am.", sent)) == datetime(2026, 7, 24, 9, 0, tzinfo=EDT)


def test_a_list_of_slots_has_no_single_start() -> None:
    text = "Could you do one of the following?\n\nTue 10/20 11:00 am\nWed 10/21 2:00 pm\nThu 10/22 9:30 am\n"
    assert interview_at(_msg(text, datetime(2026, 10, 14, 10, 0, tzinfo=EDT))) is None


def test_a_deadline_is_not_an_interview_time() -> None:
    text = "Please complete the recorded video interview by 11:59 p.m. ET on Monday, December 8."
    assert interview_at(_msg(text, datetime(2025, 12, 3, 13, 0, tzinfo=EST))) is None


def test_afternoon_is_not_noon() -> None:
    text = "Would you have 20 minutes on Thursday or Friday afternoon for a quick call?"
    assert interview_at(_msg(text, datetime(2025, 1, 27, 10, 0, tzinfo=EST))) is None


def test_forwarded_header_timestamps_are_ignored() -> None:
    text = "Sent: Tuesday, October 13, 2026 4:58 PM\nTo: Brooke\n\nWe'd like to meet Sam; what times work?"
    assert interview_at(_msg(text, datetime(2026, 10, 14, 10, 0, tzinfo=EDT))) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous vous proposons un entretien le mardi 3 mars à 14h30 (heure de Paris).",
         datetime(2026, 3, 3, 14, 30, tzinfo=ZoneInfo("Europe/Paris"))),
        ("Gerne laden wir Sie am Dienstag, 3. März um 14:00 Uhr zu einem Gespräch ein.",
         datetime(2026, 3, 3, 14, 0, tzinfo=CEST)),
        ("Te confirmamos la entrevista el martes 3 de marzo a las 16:00.",
         datetime(2026, 3, 3, 16, 0, tzinfo=CEST)),
    ],
)
def test_french_german_and_spanish_times(text: str, expected: datetime) -> None:
    assert interview_at(_msg(text, datetime(2026, 2, 24, 9, 0, tzinfo=CEST))) == expected


def test_date_and_time_lines_of_a_confirmation_pair_up() -> None:
    text = "Date: Monday, September 29, 2025\nTime: 10:00 AM - 11:00 AM PDT\nFormat: Zoom video"
    found = interview_at(_msg(text, datetime(2025, 9, 23, 14, 8, tzinfo=PDT)))
    assert found == datetime(2025, 9, 29, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


def test_a_24_hour_time_in_london_time() -> None:
    text = "Date: Thursday 23 July 2026\nTime: 15:00 London time\nLocation: Microsoft Teams"
    found = interview_at(_msg(text, datetime(2026, 7, 14, 11, 25, tzinfo=timezone(timedelta(hours=1)))))
    assert found == datetime(2026, 7, 23, 15, 0, tzinfo=ZoneInfo("Europe/London"))


def test_come_by_is_a_visit_not_a_deadline() -> None:
    text = "Next step is for you to come by the Nisku DC Tuesday at 8am so you can see the operation."
    mdt = timezone(timedelta(hours=-6))
    assert interview_at(_msg(text, datetime(2026, 8, 27, 17, 55, tzinfo=mdt))) == datetime(2026, 9, 1, 8, 0, tzinfo=mdt)


def test_a_forwarded_header_block_is_not_the_interview() -> None:
    text = ("Can you do Thursday?\n\nFrom: Carla Vitale <cv@redline.example>\nDate: Tuesday, October 13, 2026 4:58 PM\n"
            "To: Brooke <b@agency.example>\nSubject: Sam\n\nWe'd like to meet Sam.")
    assert interview_at(_msg(text, datetime(2026, 10, 14, 10, 0, tzinfo=EDT))) is None


def test_the_same_moment_in_two_zones_is_one_time() -> None:
    text = "When: Monday 16 March at 14:00 Amsterdam time (13:00 UK)\nFormat: Teams"
    found = interview_at(_msg(text, datetime(2026, 3, 11, 17, 26, tzinfo=UTC)))
    assert found == datetime(2026, 3, 16, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert found is not None and found.utcoffset() == timedelta(hours=1)


def test_a_deadline_with_a_full_date_is_not_an_interview_time() -> None:
    text = "Please complete your interview by Friday, February 20, 2026 at 11:59 PM ET."
    assert interview_at(_msg(text, datetime(2026, 2, 13, 10, 0, tzinfo=EST))) is None


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("Je vous confirme l'entrevue finale le mardi 15 avril à 13 h 30 à nos bureaux de Mirabel.",
         datetime(2025, 4, 9, 10, 12, tzinfo=EDT), datetime(2025, 4, 15, 13, 30, tzinfo=EDT)),
        ("Does tomorrow at 11 (Pacific) work for a 30-min video chat?",
         datetime(2025, 9, 29, 15, 10, tzinfo=PDT), datetime(2025, 9, 30, 11, 0, tzinfo=ZoneInfo("America/Los_Angeles"))),
        ("L'entretien aura lieu le jeudi 14 mai à 11h00 en visioconférence (Teams), avec M. Garnier et moi-même.",
         datetime(2026, 5, 7, 11, 32, tzinfo=CEST), datetime(2026, 5, 14, 11, 0, tzinfo=CEST)),
        ("Dienstag, 09.12.2025, 10:30 Uhr\nOrt: Werk 2", datetime(2025, 12, 1, 12, 6, tzinfo=timezone(timedelta(hours=1))),
         datetime(2025, 12, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("Je vous propose le jeudi 16 avril à 16h00 (heure de Paris), soit 10h00 à Montréal.",
         datetime(2026, 4, 8, 11, 26, tzinfo=CEST), datetime(2026, 4, 16, 16, 0, tzinfo=ZoneInfo("Europe/Paris"))),
    ],
)
def test_french_german_and_bare_hour_times(text: str, sent: datetime, expected: datetime) -> None:
    assert interview_at(_msg(text, sent)) == expected


def test_a_window_between_two_times_is_not_a_start() -> None:
    text = "Suggested windows: Tue Feb 10, Wed Feb 11 or Thu Feb 12, between 9:00 AM and 4:00 PM ET."
    assert interview_at(_msg(text, datetime(2026, 2, 6, 11, 45, tzinfo=EST))) is None


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("¿Tienes chance mañana a las 5 de la tarde (hora CDMX)? Te marco por Google Meet.",
         datetime(2025, 9, 15, 11, 2, tzinfo=timezone(timedelta(hours=-6))),
         datetime(2025, 9, 16, 17, 0, tzinfo=ZoneInfo("America/Mexico_City"))),
        ("el jueves 6 de agosto a las 9:00 a. m. (hora de Bogotá, UTC-5), por Google Meet.",
         datetime(2026, 8, 3, 15, 30, tzinfo=timezone(timedelta(hours=-5))),
         datetime(2026, 8, 6, 9, 0, tzinfo=timezone(timedelta(hours=-5)))),
        ("We have reserved Tuesday, July 21 at 1:00 PM in the Central Office conference room.",
         datetime(2026, 7, 14, 10, 30, tzinfo=EDT), datetime(2026, 7, 21, 13, 0, tzinfo=EDT)),
    ],
)
def test_spanish_hours_utc_offsets_and_central_office(text: str, sent: datetime, expected: datetime) -> None:
    found = interview_at(_msg(text, sent))
    assert found == expected and found.utcoffset() == expected.utcoffset()


def test_outlooks_standard_offset_label_gives_way_to_summer_time_on_the_day() -> None:
    text = "When: Monday, June 8, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).\nWhere: Microsoft Teams"
    got = interview_at(_msg(text, datetime(2026, 6, 2, 9, 22, tzinfo=timezone(timedelta(hours=-5)))))
    assert got is not None and got == datetime(2026, 6, 8, 15, 0, tzinfo=ZoneInfo("America/Chicago"))
    assert got.utcoffset() == timedelta(hours=-5)


def test_a_time_converted_in_parentheses_is_the_same_start() -> None:
    text = "Termin: Dienstag, 22. September 2026, 16:00 Uhr MESZ (9:00 Uhr Chicago)\nPlattform: Microsoft Teams"
    got = interview_at(_msg(text, datetime(2026, 9, 15, 9, 40, tzinfo=CEST)))
    assert got == datetime(2026, 9, 22, 16, 0, tzinfo=CEST)


def test_the_time_that_names_its_zone_beats_the_readers_conversion() -> None:
    text = "When: Thursday 4 December 2025, 16:00 CET (09:00 in Austin)\nWhere: Google Meet"
    got = interview_at(_msg(text, datetime(2025, 11, 27, 10, 0, tzinfo=timezone(timedelta(hours=1)))))
    assert got == datetime(2025, 12, 4, 16, 0, tzinfo=timezone(timedelta(hours=1)))
    es = "Te proponemos el martes 14 de octubre a las 17:00 (hora peninsular española), que para ti serían las 10:00 en Austin."
    got = interview_at(_msg(es, datetime(2025, 10, 8, 10, 0, tzinfo=CEST)))
    assert got == datetime(2025, 10, 14, 17, 0, tzinfo=CEST)


def test_a_range_starts_at_its_first_time_in_the_zone_written_after_it() -> None:
    text = "Date: 11:00am - 11:30am, Monday, September 14, 2026 (Eastern Time - US & Canada)"
    got = interview_at(_msg(text, datetime(2026, 9, 10, 19, 2, tzinfo=EDT)))
    assert got == datetime(2026, 9, 14, 11, 0, tzinfo=EDT)


def test_numeric_dates_are_day_first_from_east_of_utc_and_month_first_from_the_americas() -> None:
    aedt = timezone(timedelta(hours=11))
    sydney = _msg("Date/Time: 12/11/2025 10:00 AM (AEDT)", datetime(2025, 11, 5, 17, 20, tzinfo=aedt))
    assert interview_at(sydney) == datetime(2025, 11, 12, 10, 0, tzinfo=aedt)
    chicago = _msg("Date/Time: 12/11/2025 10:00 AM", datetime(2025, 11, 5, 17, 20, tzinfo=EST))
    assert interview_at(chicago) == datetime(2025, 12, 11, 10, 0, tzinfo=EST)


def test_a_bare_hour_that_works_is_the_time() -> None:
    sent = datetime(2025, 5, 15, 15, 48, tzinfo=timezone(timedelta(hours=10)))
    got = interview_at(_msg("Perfect - tomorrow at 11 works. I'll send a Google Meet link.", sent))
    assert got == datetime(2025, 5, 16, 11, 0, tzinfo=timezone(timedelta(hours=10)))


def test_a_british_domain_on_utc_writes_the_day_first_but_an_ats_on_utc_does_not() -> None:
    sent = datetime(2026, 1, 14, 9, 0, tzinfo=UTC)
    uk = Message(id="m", source="m", message_id="", subject="Interview", from_name="Amy Cole",
                 from_email="amy.cole@northbridge.nhs.uk", text="Your interview: 03/02/2026 at 10:00 (UK time).", date=sent)
    assert interview_at(uk) == datetime(2026, 2, 3, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    ats = _msg("Your interview: 03/02/2026 at 10:00 AM.", sent)
    assert interview_at(ats) is not None and interview_at(ats).date() == datetime(2026, 3, 2).date()  # type: ignore[union-attr]


def test_ist_is_india_time_but_irish_time_from_an_irish_clock() -> None:
    us = _msg("Works for me -- see you Friday at 6:30 pm IST.", datetime(2025, 8, 13, 8, 20, tzinfo=PDT))
    assert interview_at(us) == datetime(2025, 8, 15, 18, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
    dublin = _msg("See you Wednesday at 2pm IST.", datetime(2026, 7, 6, 9, 0, tzinfo=timezone(timedelta(hours=1))))
    assert interview_at(dublin) == datetime(2026, 7, 8, 14, 0, tzinfo=ZoneInfo("Europe/Dublin"))


def test_irish_and_british_dotted_times() -> None:
    ist = timezone(timedelta(hours=1))
    sent = datetime(2026, 6, 23, 18, 31, tzinfo=ist)
    got = interview_at(_msg("Your interview is confirmed for Friday 26 June at 10.15am at our Support Office.", sent))
    assert got == datetime(2026, 6, 26, 10, 15, tzinfo=ist)
    sent = datetime(2025, 6, 16, 16, 12, tzinfo=ist)
    got = interview_at(_msg("Hi Aoife, confirming tomorrow at 10.30 in our Grand Canal Dock office.", sent))
    assert got == datetime(2025, 6, 17, 10, 30, tzinfo=ist)
    assert interview_at(_msg("Version 9.30 of the portal is live; the interview date is to follow.", sent)) is None


def test_two_times_offered_with_or_are_options_not_a_start() -> None:
    sent = datetime(2025, 4, 16, 9, 0, tzinfo=timezone(timedelta(hours=-4)))
    text = "Apologies, I have to move our conversation. Would Tuesday at 2pm or Wednesday at 11am work instead?"
    assert interview_at(_msg(text, sent)) is None
    assert interview_at(_msg("Could we do Monday, April 21 at 11:00 or 3:30 instead?", sent)) is None
    agenda = "Your agenda for Tuesday, April 22:\n\n9:30 Arrive\n12:45 System design - Martin O.\n13:45 Behavioral"
    assert interview_at(_msg(agenda, sent)) == datetime(2025, 4, 22, 9, 30, tzinfo=timezone(timedelta(hours=-4)))


def test_an_itinerary_starts_at_its_first_item_after_an_arrive_by_line_and_despite_a_weekday_subject() -> None:
    sent = datetime(2026, 3, 4, 15, 15, tzinfo=timezone(timedelta(hours=-5)))
    text = ("We look forward to welcoming you on Tuesday, March 10. Please arrive at Suite 300 by 8:45 AM.\n"
            "9:00 - 9:45   Dr. Anjali Mehta\n9:45 - 10:30  Panel\n10:30 - 11:00 Tour")
    assert interview_at(_msg(text, sent)) == datetime(2026, 3, 10, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    sent = datetime(2025, 9, 1, 9, 5, tzinfo=timezone(timedelta(hours=2)))
    text = "Here's the plan for your onsite on Thursday 11 September:\n\n  * 10:00 Welcome\n  * 10:30 Portfolio presentation"
    got = interview_at(_msg(text, sent, subject="Your onsite on Thursday"))
    assert got == datetime(2025, 9, 11, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def test_argentine_hours_and_a_weekday_restating_a_date() -> None:
    art = timezone(timedelta(hours=-3))
    sent = datetime(2026, 3, 18, 10, 0, tzinfo=art)
    assert interview_at(_msg("Lo presentás el lunes 23 de marzo a las 16 hs por Meet.", sent)) == datetime(2026, 3, 23, 16, 0, tzinfo=art)
    sgt = timezone(timedelta(hours=8))
    sent = datetime(2026, 3, 4, 11, 27, tzinfo=sgt)
    text = "We would like to invite you for an interview on 12/03/2026 (Thursday) at 3.00pm at HUB Building."
    assert interview_at(_msg(text, sent)) == datetime(2026, 3, 12, 15, 0, tzinfo=sgt)


def test_days_offered_to_choose_from_give_no_start() -> None:
    sent = datetime(2025, 8, 12, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    text = "Let me know which works best: 20, 21 or 22 August, any time after 14:00."
    assert interview_at(_msg(text, sent)) is None
    assert interview_at(_msg("Could you do April 15 or April 17, starting 9:30?", sent)) is None
    assert interview_at(_msg("Est-ce que tu serais dispo mardi ou mercredi prochain, vers 17h ?", sent)) is None
