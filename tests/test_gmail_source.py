"""GmailClient against the local Gmail API server, over real HTTP with the real google-api-python-client."""

from __future__ import annotations

import email
import email.policy
import time
from collections import Counter
from pathlib import Path

import pytest

from assistant import auth
from assistant.errors import AuthError, GmailError
from assistant.models import RawMail
from assistant.sources.gmail import (
    QUOTA_SENTENCE,
    FetchFailure,
    GmailClient,
    HistoryExpired,
    default_query,
)

try:
    from tests.gmail_fixtures import fake_clock, gmail_client, gmail_home, gmail_server  # noqa: F401
    from tests.gmail_server import MODIFY, FakeClock, GmailServer, make_raw
except ImportError:  # tests/ itself is on sys.path
    from gmail_fixtures import fake_clock, gmail_client, gmail_home, gmail_server  # noqa: F401
    from gmail_server import MODIFY, FakeClock, GmailServer, make_raw

DAY = 86400


def deliver(
    server: GmailServer, n: int, labels: tuple[str, ...] = ("INBOX",), age_days: float = 1
) -> list[str]:
    when = server.clock() - age_days * DAY
    return [
        server.add_message(make_raw(subject=f"Application {i}", date=when), labels=labels, internal_date=when)
        for i in range(n)
    ]


def fetched(client: GmailClient, ids: list[str]) -> tuple[list[RawMail], list[FetchFailure]]:
    mails, failures = [], []
    for item in client.fetch_raw(ids):
        (mails if isinstance(item, RawMail) else failures).append(item)
    return mails, failures


def test_default_query_covers_inbox_and_sent_of_180_days_without_noisy_categories() -> None:
    q = default_query()
    assert "{in:inbox in:sent}" in q and "newer_than:180d" in q
    for cat in ("promotions", "social", "forums"):
        assert f"-category:{cat}" in q


def test_first_sync_lists_recent_inbox_and_sent_mail_and_fetches_raw_bytes(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    inbox = deliver(gmail_server, 3)
    sent = deliver(gmail_server, 2, labels=("SENT",))
    deliver(gmail_server, 2, age_days=200)  # outside the window
    deliver(gmail_server, 1, labels=("INBOX", "CATEGORY_PROMOTIONS"))
    deliver(gmail_server, 1, labels=("INBOX", "CATEGORY_SOCIAL"))
    deliver(gmail_server, 1, labels=("SPAM",))

    listed = gmail_client.full_sync_ids(default_query())
    assert {mid for mid, _ in listed} == set(inbox + sent)

    mails, failures = fetched(gmail_client, [mid for mid, _ in listed])
    assert failures == []
    for mail in mails:
        stored = gmail_server.message(mail.id)
        assert mail.data == stored.raw
        assert mail.labels == tuple(stored.labels)
        assert mail.thread_id == stored.thread_id
        assert mail.source == f"gmail:{mail.id}"
    assert gmail_client.profile()["historyId"] == str(gmail_server.history_id)


def test_listing_follows_pagination(gmail_server: GmailServer, gmail_client: GmailClient) -> None:
    ids = deliver(gmail_server, 1205)
    listed = gmail_client.full_sync_ids("in:inbox")
    assert sorted(mid for mid, _ in listed) == sorted(ids)
    assert gmail_server.calls("users.messages.list") == ["users.messages.list"] * 3  # 500 + 500 + 205


def test_a_batch_of_120_ids_goes_as_three_batch_requests_of_at_most_50(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    ids = deliver(gmail_server, 120)
    gmail_server.reset_log()
    mails, _ = fetched(gmail_client, ids)
    assert [m.id for m in mails] == ids
    assert gmail_server.batch_sizes == [50, 50, 20]
    assert gmail_server.call_log.count("batch") == 3
    assert len(gmail_server.calls("users.messages.get")) == 120


def test_incremental_sync_returns_only_new_inbox_and_sent_messages(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    old = deliver(gmail_server, 3)
    start = gmail_client.profile()["historyId"]
    new_in = gmail_server.add_message(make_raw(subject="Interview invitation"))
    new_sent = gmail_server.send_as_owner(reply_to=old[0], body="Thank you!")
    gmail_client.create_draft(
        make_raw(
            subject="Application 1",
            in_reply_to=gmail_server.message(old[1]).message_id,
            references=gmail_server.message(old[1]).message_id,
        ),
        None,
    )
    added, new_history = gmail_client.history_since(start)
    assert [mid for mid, _ in added] == [new_in, new_sent]
    assert dict(added)[new_sent] == gmail_server.message(old[0]).thread_id
    assert new_history == str(gmail_server.history_id)

    mails, _ = fetched(gmail_client, [mid for mid, _ in added])
    assert [m.labels for m in mails] == [("INBOX",), ("SENT",)]


def test_incremental_sync_with_no_new_mail_makes_exactly_one_api_call(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    deliver(gmail_server, 5)
    start = gmail_client.profile()["historyId"]
    gmail_server.reset_log()
    calls_before = gmail_client.api_calls
    added, new_history = gmail_client.history_since(start)
    assert added == [] and new_history == start
    assert gmail_server.calls() == ["users.history.list"]
    assert gmail_client.api_calls - calls_before == 1


def test_incremental_sync_sees_mail_moved_into_the_inbox(
    gmail_server: GmailServer, gmail_home: Path, fake_clock: FakeClock
) -> None:
    gmail_server.write_token(gmail_home, scopes=[*auth.SCOPES, MODIFY])
    client = GmailClient.from_home(gmail_home, sleep=fake_clock.sleep)
    archived = gmail_server.add_message(make_raw(subject="Found in archive"), labels=())
    start = client.profile()["historyId"]
    client.add_labels(archived, ["INBOX"])
    added, _ = client.history_since(start)
    assert [mid for mid, _ in added] == [archived]


def test_stale_history_id_raises_history_expired(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    deliver(gmail_server, 2)
    start = gmail_client.profile()["historyId"]
    gmail_server.expire_history()
    with pytest.raises(HistoryExpired):
        gmail_client.history_since(start)


def test_draft_is_created_in_the_thread_with_reply_headers(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    original = gmail_server.add_message(
        make_raw(subject="Your interview with Acme", sender="Dana Lee <dana@acme.example>")
    )
    stored = gmail_server.message(original)
    raw = make_raw(
        subject="Re: Your interview with Acme",
        sender="owner@example.com",
        to="Dana Lee <dana@acme.example>",
        body="Thank you for your time today.",
        in_reply_to=stored.message_id,
        references=stored.message_id,
    )
    draft_id = gmail_client.create_draft(raw, stored.thread_id)

    draft = gmail_server.draft(draft_id)
    assert draft.thread_id == stored.thread_id
    assert "DRAFT" in draft.labels
    headers = gmail_server.draft_headers(draft_id)
    assert headers["In-Reply-To"] == stored.message_id
    assert stored.message_id in headers["References"]
    assert headers["Subject"] == "Re: Your interview with Acme"
    assert headers["To"] == "Dana Lee <dana@acme.example>"
    assert gmail_client.get_draft(draft_id)["message"]["threadId"] == stored.thread_id
    assert gmail_server.violations == []


def test_badly_threaded_draft_is_flagged_by_the_server(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    original = gmail_server.add_message(make_raw(subject="Next steps"))
    gmail_client.create_draft(make_raw(subject="Something else"), gmail_server.message(original).thread_id)
    found = gmail_server.take_violations()
    assert any("In-Reply-To" in v for v in found) and any("subject" in v for v in found)


def test_deleted_draft_reads_as_none(gmail_server: GmailServer, gmail_client: GmailClient) -> None:
    draft_id = gmail_client.create_draft(make_raw(subject="Checking in"), None)
    assert gmail_client.get_draft(draft_id) is not None
    gmail_server.delete_draft(draft_id)
    assert gmail_client.get_draft(draft_id) is None


def test_sent_draft_shows_as_a_sent_message_from_the_owner_later_in_the_thread(
    gmail_server: GmailServer, gmail_client: GmailClient, fake_clock: FakeClock
) -> None:
    original = gmail_server.add_message(make_raw(subject="Thanks for applying"))
    stored = gmail_server.message(original)
    draft_id = gmail_client.create_draft(
        make_raw(
            subject="Re: Thanks for applying",
            sender="owner@example.com",
            in_reply_to=stored.message_id,
            references=stored.message_id,
        ),
        stored.thread_id,
    )
    made_at_ms = int(fake_clock.time() * 1000)
    fake_clock.sleep(3600)
    gmail_server.send_draft_as_owner(draft_id)

    assert gmail_client.get_draft(draft_id) is None
    meta = gmail_client.thread_message_meta(stored.thread_id)
    sent = [m for m in meta if "SENT" in m["labelIds"]]
    assert len(sent) == 1
    assert sent[0]["from"] == "owner@example.com"
    assert sent[0]["internalDate"] > made_at_ms
    assert meta[0]["id"] == original


def test_thread_meta_of_an_unknown_thread_is_empty(gmail_client: GmailClient) -> None:
    assert gmail_client.thread_message_meta("ffffffffffffffff") == []


def test_expired_access_token_is_refreshed_at_the_token_endpoint_and_saved(
    gmail_server: GmailServer, gmail_home: Path, fake_clock: FakeClock
) -> None:
    gmail_server.write_token(gmail_home, expired=True)
    before = (gmail_home / "token.json").read_text()
    client = GmailClient.from_home(gmail_home, sleep=fake_clock.sleep)
    assert client.profile()["emailAddress"] == "owner@example.com"
    assert gmail_server.call_log.count("token") == 1
    assert (gmail_home / "token.json").read_text() != before

    # An access token that dies mid-run (401) is refreshed too, and the new one is saved.
    gmail_server.expire_access_tokens()
    deliver(gmail_server, 3)
    assert len(client.full_sync_ids("in:inbox")) == 3
    assert gmail_server.call_log.count("token") == 2
    saved = auth.load_credentials(gmail_home)
    assert saved.token == client.credentials.token


def test_revoked_sign_in_stops_with_one_sentence_telling_to_run_auth(
    gmail_server: GmailServer, gmail_client: GmailClient, gmail_home: Path, fake_clock: FakeClock
) -> None:
    gmail_server.revoke_all()  # the user removed access in their Google account
    with pytest.raises(AuthError) as err:
        gmail_client.profile()
    assert (
        str(err.value)
        == "Your Google sign-in has expired or was revoked; run `assistant auth` to sign in again."
    )

    gmail_server.write_token(gmail_home, expired=True)
    gmail_server.refresh_error = "invalid_grant"
    with pytest.raises(AuthError) as err:
        GmailClient.from_home(gmail_home, sleep=fake_clock.sleep)
    assert "run `assistant auth`" in str(err.value)


def test_missing_token_file_is_an_auth_error(tmp_path: Path, gmail_server: GmailServer) -> None:
    with pytest.raises(AuthError, match="assistant auth"):
        GmailClient.from_home(tmp_path)


def test_thirty_percent_failing_responses_still_fetch_every_message_exactly_once(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    ids = deliver(gmail_server, 150) + deliver(gmail_server, 30, labels=("SENT",))
    gmail_server.faults.add(rate=0.3, kinds=("429", "500", "503", "drop", "slow"), seed=7, slow_seconds=0.01)

    listed = gmail_client.full_sync_ids(default_query())
    mails, failures = fetched(gmail_client, [mid for mid, _ in listed])

    assert failures == []
    assert Counter(m.id for m in mails) == Counter(ids)
    assert all(m.data == gmail_server.message(m.id).raw for m in mails)
    assert sum(gmail_server.faults.injected.values()) >= 10
    assert gmail_client.retries > 0


def test_retry_after_is_honoured(
    gmail_server: GmailServer, gmail_client: GmailClient, fake_clock: FakeClock
) -> None:
    gmail_server.faults.add(rate=1.0, kinds=("429",), times=1, retry_after=7)
    assert gmail_client.profile()["emailAddress"] == "owner@example.com"
    assert fake_clock.slept and fake_clock.slept[0] >= 7


def test_quota_is_enforced_and_the_client_still_completes(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    ids = deliver(gmail_server, 120)
    gmail_server.set_quota(100)  # units per second: a 50-message batch costs 250
    mails, failures = fetched(gmail_client, ids)
    assert failures == []
    assert sorted(m.id for m in mails) == sorted(ids)
    assert gmail_server.quota_rejections > 0
    assert gmail_server.units_spent == 120 * 5


def test_quota_still_refused_after_every_retry_is_a_gmail_error(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    gmail_server.faults.add(rate=1.0, kinds=("429",))
    with pytest.raises(GmailError) as err:
        gmail_client.profile()
    assert str(err.value) == QUOTA_SENTENCE
    assert len(gmail_server.calls("users.getProfile")) == gmail_client.max_attempts


def test_batch_parts_failing_every_time_are_reported_not_dropped(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    ids = deliver(gmail_server, 3)
    gmail_server.faults.add(rate=1.0, kinds=("503",), methods=["users.messages.get"])
    mails, failures = fetched(gmail_client, [*ids, "00000000deadbeef"])
    assert mails == []
    assert {f.id for f in failures} == {*ids, "00000000deadbeef"}
    assert all(not f.permanent for f in failures)
    assert gmail_client.last_failures == failures


def test_a_message_gone_before_fetch_is_a_permanent_failure(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    ids = deliver(gmail_server, 2)
    items = list(gmail_client.fetch_raw([ids[0], "00000000deadbeef", ids[1]]))
    assert [type(i).__name__ for i in items] == ["RawMail", "FetchFailure", "RawMail"]
    assert items[1].permanent and items[1].id == "00000000deadbeef"


def test_missing_scope_is_a_gmail_error_naming_the_fix(gmail_client: GmailClient) -> None:
    with pytest.raises(GmailError, match="run `assistant auth` again"):
        gmail_client.ensure_label("Job search/Rejection")


def test_labels_are_created_once_and_added_with_the_modify_scope(
    gmail_server: GmailServer, gmail_home: Path, fake_clock: FakeClock
) -> None:
    gmail_server.write_token(gmail_home, scopes=[*auth.SCOPES, MODIFY])
    client = GmailClient.from_home(gmail_home, sleep=fake_clock.sleep)
    mid = gmail_server.add_message(make_raw(subject="Unfortunately"))
    label = client.ensure_label("Job search/Rejection")
    assert client.ensure_label("Job search/Rejection") == label
    client.add_labels(mid, [label])
    assert label in gmail_server.message(mid).labels
    assert gmail_server.calls("users.labels.create") == ["users.labels.create"]


def test_the_client_never_sends_and_the_server_fails_any_send(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    from googleapiclient.errors import HttpError

    raw = {"raw": "RnJvbTogYUBiLmMKClRlc3Q="}
    with pytest.raises(HttpError):
        gmail_client._users.messages().send(userId="me", body=raw).execute()
    with pytest.raises(HttpError):
        gmail_client._users.drafts().send(userId="me", body={"message": raw}).execute()
    found = gmail_server.take_violations()
    assert len(found) == 2 and all("send" in v for v in found)
    assert not [name for name in dir(GmailClient) if "send" in name.lower()]


def test_endpoint_comes_from_the_environment(
    gmail_server: GmailServer, gmail_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_GMAIL_ENDPOINT", gmail_server.endpoint + "/")
    client = GmailClient.from_home(gmail_home)
    assert client.batch_uri == gmail_server.endpoint + "/batch/gmail/v1"
    deliver(gmail_server, 2)
    assert len(list(client.fetch_raw([m for m, _ in client.full_sync_ids("in:inbox")]))) == 2


def test_raw_bytes_round_trip_non_ascii_and_8bit_mail(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Zoë Ünal <zoe@firma.example>"
    msg["To"] = "owner@example.com"
    msg["Subject"] = "Einladung zum Gespräch"
    msg["Date"] = email.utils.formatdate(time.time())
    msg.set_content("Grüße aus Köln — bis bald.", cte="8bit")
    raw = msg.as_bytes()
    mid = gmail_server.add_message(raw)
    (mail,) = list(gmail_client.fetch_raw([mid]))
    assert mail.data == raw


def test_access_token_expiring_before_a_batch_is_refreshed_and_the_parts_resent(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    ids = deliver(gmail_server, 10)
    gmail_server.expire_access_tokens()
    mails, failures = fetched(gmail_client, ids)
    assert failures == [] and [m.id for m in mails] == ids
    assert gmail_server.call_log.count("token") == 1


def test_an_answer_slower_than_the_timeout_is_retried(
    gmail_server: GmailServer, gmail_home: Path, fake_clock: FakeClock
) -> None:
    client = GmailClient.from_home(gmail_home, sleep=fake_clock.sleep, timeout=0.2)
    gmail_server.faults.add(rate=1.0, kinds=("slow",), times=1, slow_seconds=0.6)
    assert client.profile()["emailAddress"] == "owner@example.com"
    assert client.retries == 1
    assert len(gmail_server.calls("users.getProfile")) == 2


def test_an_unreachable_server_is_a_gmail_error_after_the_retries(
    gmail_server: GmailServer, gmail_client: GmailClient
) -> None:
    gmail_server.stop()
    with pytest.raises(GmailError, match="try again later"):
        gmail_client.profile()
    assert gmail_client.retries == gmail_client.max_attempts - 1
