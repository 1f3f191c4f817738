"""Client-side quota pacing: the Gmail client spends quota units at the per-user rate instead of
bouncing off 429s (assistant/sources/gmail.py, `QuotaPacer` in the `_execute` chokepoint)."""

from __future__ import annotations

import pytest

from assistant.sources.gmail import GmailClient, QuotaPacer, quota_units, resolve_quota
from tests.gmail_server import FakeClock, GmailServer, make_raw


def test_units_follow_googles_table() -> None:
    assert quota_units("users.messages.get") == 5
    assert quota_units("users.messages.list") == 5
    assert quota_units("users.history.list") == 2
    assert quota_units("users.drafts.create") == 10
    assert quota_units("users.threads.get") == 10
    assert quota_units("users.getProfile") == 1
    assert quota_units("users.labels.list") == 1


def test_a_full_bucket_goes_at_once_then_requests_wait_for_the_refill() -> None:
    clock = FakeClock(start=1000.0)
    pacer = QuotaPacer(250, clock=clock.time, sleep=clock.sleep, margin=0.0)

    for _ in range(10):  # ten batches of 50 messages.get
        pacer.acquire(250)

    assert clock.slept == [pytest.approx(1.0)] * 9  # the first batch is the burst
    assert pacer.units == 2500 and pacer.waits == 9


def test_small_calls_share_the_bucket() -> None:
    clock = FakeClock(start=0.0)
    pacer = QuotaPacer(250, clock=clock.time, sleep=clock.sleep, margin=0.0)
    for _ in range(125):  # 125 history.list calls = 250 units: one second's worth
        pacer.acquire(2)
    assert clock.slept == []
    pacer.acquire(5)
    assert clock.slept == [pytest.approx(5 / 250)]


def test_a_request_bigger_than_the_bucket_waits_for_a_full_bucket_and_goes_into_debt() -> None:
    clock = FakeClock(start=0.0)
    pacer = QuotaPacer(250, clock=clock.time, sleep=clock.sleep, margin=0.0)
    pacer.acquire(500)  # a batch of 100 messages.get
    pacer.acquire(250)
    assert clock.slept == [pytest.approx(2.0)]  # 250 units of debt, then 250 for the next one


def test_a_rate_limit_answer_empties_the_bucket_and_widens_the_margin() -> None:
    clock = FakeClock(start=0.0)
    pacer = QuotaPacer(250, clock=clock.time, sleep=clock.sleep, margin=0.04, max_margin=0.06)
    pacer.rate_limited()
    pacer.rate_limited()
    pacer.rate_limited()
    assert pacer.margin == pytest.approx(0.06) and pacer.limited == 3
    pacer.acquire(250)
    assert clock.slept == [pytest.approx(1.0)]


def test_zero_units_per_second_turns_pacing_off() -> None:
    clock = FakeClock(start=0.0)
    pacer = QuotaPacer(0, clock=clock.time, sleep=clock.sleep)
    for _ in range(100):
        pacer.acquire(250)
    assert clock.slept == [] and pacer.units == 25_000


def test_the_rate_comes_from_the_argument_else_the_environment_else_gmails_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ASSISTANT_GMAIL_QUOTA_UNITS", raising=False)
    assert resolve_quota() == 250
    monkeypatch.setenv("ASSISTANT_GMAIL_QUOTA_UNITS", "100")
    assert resolve_quota() == 100
    assert resolve_quota(40) == 40
    monkeypatch.setenv("ASSISTANT_GMAIL_QUOTA_UNITS", "lots")
    assert resolve_quota() == 250


def test_a_big_fetch_runs_at_the_quotas_pace_without_a_single_429(
    gmail_server: GmailServer,
    gmail_home,
    fake_clock: FakeClock,  # noqa: ANN001
) -> None:
    ids = [gmail_server.add_message(make_raw(subject=f"Hello {i}")) for i in range(400)]
    gmail_server.set_quota(250)
    client = GmailClient.from_home(
        gmail_home, sleep=fake_clock.sleep, clock=fake_clock.time, quota_units_per_second=250
    )
    started = fake_clock.time()

    listed = client.full_sync_ids("in:inbox")
    mails = list(client.fetch_raw([mid for mid, _ in listed]))

    assert sorted(m.id for m in mails) == sorted(ids)
    assert gmail_server.quota_rejections == 0 and client.retries == 0
    minimum = gmail_server.units_spent / 250
    assert gmail_server.units_spent == 400 * 5 + 5
    assert minimum - 1.0 <= fake_clock.time() - started <= minimum * 1.15  # the first second is the burst


def test_without_pacing_the_same_fetch_bounces_off_the_quota(
    gmail_server: GmailServer,
    gmail_home,
    fake_clock: FakeClock,  # noqa: ANN001
) -> None:
    ids = [gmail_server.add_message(make_raw(subject=f"Hello {i}")) for i in range(400)]
    gmail_server.set_quota(250)
    client = GmailClient.from_home(gmail_home, sleep=fake_clock.sleep, quota_units_per_second=0)

    mails = list(client.fetch_raw(ids))

    assert sorted(m.id for m in mails) == sorted(ids)
    assert gmail_server.quota_rejections > 0 and client.retries > 0


def test_the_latency_margin_is_waited_out_before_the_next_request() -> None:
    clock = FakeClock(start=0.0)
    pacer = QuotaPacer(250, clock=clock.time, sleep=clock.sleep, margin=0.05)
    pacer.acquire(250)
    pacer.acquire(250)
    assert clock.slept == [pytest.approx(1.05)]


def test_a_sleep_the_clock_does_not_see_still_counts() -> None:
    slept: list[float] = []
    pacer = QuotaPacer(250, clock=lambda: 0.0, sleep=slept.append, margin=0.0)
    for _ in range(5):
        pacer.acquire(250)
    assert slept == [pytest.approx(1.0)] * 4  # no endless waiting on a clock that never moves
