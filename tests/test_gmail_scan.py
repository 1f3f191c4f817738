"""Gmail end to end: the real CLI and the real Google client over HTTP against the local Gmail API server.

The server's clock is a fake one pinned to NOW (and moved by hand), so Gmail's `newer_than:` window,
internal dates, token expiry and the scans' `--now` agree. The server fixture fails any test that
makes a call which would send mail.
"""

from __future__ import annotations

import io
import json
import socket
import stat
import sys
import threading
import time
import types
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant import cli as cli_mod
from assistant import config as config_mod
from assistant import service
from assistant.auth import EXPIRED_SENTENCE
from assistant.gmail_service import scan_gmail
from assistant.sources.gmail import GmailClient
from assistant.store import Store
from tests.gmail_server import CLIENT_ID, CLIENT_SECRET, DEFAULT_SCOPES, MODIFY, FakeClock, GmailServer
from tests.mailbox_builder import mail

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
OWNER = ("Sam Okafor", "owner@example.com")  # the local server's mailbox
DANA_MID = "<rej-dana@acmerobotics.com>"
DANA_SUBJECT = "Your application for Data Analyst at Acme Robotics"


@pytest.fixture
def fake_clock() -> FakeClock:
    """Overrides the shared fixture: the server's clock starts at NOW (the scans' --now)."""
    return FakeClock(start=NOW.timestamp())


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def dana_rejection() -> bytes:
    return mail(
        ("Dana Whitfield", "dana@acmerobotics.com"), DANA_SUBJECT,
        "Hi Sam,\n\nThank you for interviewing with us for the Data Analyst role. After careful consideration "
        "we have decided to move forward with another candidate whose experience more closely matches our "
        "needs.\n\nI enjoyed our conversation and wish you the best in your search.\n\nDana Whitfield\n"
        "Hiring Manager, Acme Robotics",
        ago(2), to=OWNER, mid=DANA_MID,
    ).as_bytes()


def priya_rejection(when: datetime) -> bytes:
    return mail(
        ("Priya Raman", "priya@initech.io"), "Re: Analyst role at Initech",
        "Hi Sam,\n\nThanks again for your time. Unfortunately we have decided not to move forward with your "
        "candidacy for the Analyst role; we chose a candidate with more domain experience.\n\nBest,\nPriya",
        when, to=OWNER, mid="<rej-priya@initech.io>",
    ).as_bytes()


def acknowledgement(i: int, when: datetime) -> bytes:
    return mail(
        (f"Company{i} Careers", f"no-reply@company{i}.example"), f"We received your application ({i})",
        f"Thank you for applying to the Analyst role at Company{i}. We have received your application and our "
        "team will review it.",
        when, to=OWNER, mid=f"<ack-{i}@company{i}.example>",
    ).as_bytes()


def fill_mailbox(server: GmailServer, acks: int = 58) -> dict[str, str]:
    """Dana's rejection, an owner's sent note and `acks` no-reply acknowledgements. name -> Gmail id."""
    ids = {"dana": server.add_message(dana_rejection())}
    sent = mail(OWNER, "Following up", "Hi Kim, just following up on my application.", ago(6),
                to=("Kim Lee", "kim@hooli.com"), mid="<follow-kim@example.com>")
    ids["sent"] = server.add_message(sent.as_bytes(), labels=("SENT",))
    for i in range(acks):
        ids[f"ack{i}"] = server.add_message(acknowledgement(i, ago(3 + i % 20)))
    return ids


def scan(run, home: Path, now: datetime = NOW, *extra: str) -> dict:
    result = run("--home", home, "--now", now.isoformat(), "scan", "--json", *extra)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    return json.loads(result.out)


def json_lines(run, home: Path, *args: str) -> list[dict]:
    result = run("--home", home, *args, "--json")
    assert result.code == 0, result.err
    return [json.loads(line) for line in result.out.splitlines() if line.strip()]


def gmail_state(home: Path) -> dict:
    with Store.open(home, lock=False) as store:
        return dict(store.state("gmail") or {})


def stored_message_ids(home: Path) -> set[str]:
    with Store.open(home, lock=False) as store:
        return set(store.keys("messages"))


def mailbox_ids(server: GmailServer) -> set[str]:
    return {mid for mid, m in server.state.messages.items() if "DRAFT" not in m.labels}


# --- reading ----------------------------------------------------------------------------------------


def test_first_scan_fetches_every_message_raw_in_batches_of_at_most_50_and_stores_the_history_id(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    ids = fill_mailbox(gmail_server, acks=58)
    history_before = gmail_server.history_id

    summary = scan(run, gmail_home)

    assert summary["first_scan"] is True and summary["new"] == 60 and summary["failed"] == 0
    fetched = [r for r in gmail_server.request_log if r.path.endswith("/messages/" + r.path.rsplit("/", 1)[-1])
               and r.method == "GET" and "/messages/" in r.path]
    assert sorted(r.path.rsplit("/", 1)[-1] for r in fetched) == sorted(ids.values())  # each once
    assert all(r.params.get("format") == ["raw"] for r in fetched)
    assert gmail_server.batch_sizes and max(gmail_server.batch_sizes) <= 50 and sum(gmail_server.batch_sizes) >= 60
    listing = [r for r in gmail_server.request_log if r.path.endswith("/messages") and r.method == "GET"]
    query = listing[0].params["q"][0]
    assert "newer_than:180d" in query and "-category:promotions" in query and "-category:social" in query
    assert gmail_state(gmail_home)["historyId"] == str(history_before)
    assert stored_message_ids(gmail_home) == set(ids.values())


def test_an_incremental_scan_fetches_only_the_new_messages(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=5)
    scan(run, gmail_home)
    gmail_server.reset_log()
    later = NOW + timedelta(hours=3)
    new = {
        gmail_server.add_message(priya_rejection(later - timedelta(hours=1))),
        gmail_server.add_message(acknowledgement(99, later - timedelta(hours=2))),
    }

    summary = scan(run, gmail_home, later)

    assert summary["first_scan"] is False and summary["new"] == 2
    calls = gmail_server.calls()
    assert calls.count("users.history.list") == 1
    assert "users.messages.list" not in calls and "users.getProfile" not in calls
    fetched = {r.path.rsplit("/", 1)[-1] for r in gmail_server.request_log if "/messages/" in r.path}
    assert fetched == new
    assert [d["to"] for d in summary["drafts"]] == ["priya@initech.io"]


def test_an_incremental_scan_with_no_new_mail_makes_exactly_one_api_call(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=5)
    assert len(scan(run, gmail_home)["drafts"]) == 1  # its own new draft is in Gmail's history now
    gmail_server.reset_log()

    summary = scan(run, gmail_home, NOW + timedelta(minutes=15))

    assert summary["new"] == 0
    assert gmail_server.calls() == ["users.history.list"]
    assert len(gmail_server.request_log) == 1  # counted on the server: one HTTP request in all
    assert "token" not in gmail_server.call_log


def test_a_stale_history_id_triggers_a_full_resync_that_fetches_only_what_is_new(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=5)
    scan(run, gmail_home)
    gmail_server.expire_history()
    new_id = gmail_server.add_message(priya_rejection(NOW + timedelta(hours=1)))
    gmail_server.reset_log()

    summary = scan(run, gmail_home, NOW + timedelta(hours=2))

    calls = gmail_server.calls()
    assert calls[:3] == ["users.history.list", "users.getProfile", "users.messages.list"]
    assert summary["new"] == 1 and summary["failed"] == 0
    fetched = [r.path.rsplit("/", 1)[-1] for r in gmail_server.request_log if "/messages/" in r.path]
    assert fetched == [new_id]
    assert int(gmail_state(gmail_home)["historyId"]) >= gmail_server.min_history_id


# --- drafts in Gmail ----------------------------------------------------------------------------------


def test_a_note_becomes_a_gmail_draft_replying_in_the_original_thread(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    ids = fill_mailbox(gmail_server, acks=3)

    summary = scan(run, gmail_home)

    assert [d["to"] for d in summary["drafts"]] == ["dana@acmerobotics.com"]
    assert len(gmail_server.state.drafts) == 1
    (draft_id,) = gmail_server.state.drafts
    stored = gmail_server.draft(draft_id)
    headers = gmail_server.draft_headers(draft_id)
    assert stored.thread_id == gmail_server.message(ids["dana"]).thread_id
    assert "DRAFT" in stored.labels
    assert headers["In-Reply-To"] == DANA_MID
    assert DANA_MID in headers["References"].split()
    assert headers["Subject"] == f"Re: {DANA_SUBJECT}"
    assert "dana@acmerobotics.com" in headers["To"]
    (local,) = json_lines(run, gmail_home, "drafts", "list")
    assert local["gmail_draft_id"] == draft_id and local["thread_id"] == stored.thread_id
    assert local["status"] == "draft"


def test_a_rescan_creates_no_duplicate_drafts(run, gmail_home: Path, gmail_server: GmailServer) -> None:
    fill_mailbox(gmail_server, acks=3)
    scan(run, gmail_home)
    gmail_server.add_message(acknowledgement(50, NOW + timedelta(hours=1)))  # the mailbox changed

    for hours in (2, 3, 26):
        scan(run, gmail_home, NOW + timedelta(hours=hours))

    assert len(gmail_server.state.drafts) == 1
    assert gmail_server.calls("users.drafts.create") == ["users.drafts.create"]
    assert len(json_lines(run, gmail_home, "drafts", "list")) == 1


def test_a_draft_the_owner_deleted_is_never_recreated(run, gmail_home: Path, gmail_server: GmailServer) -> None:
    fill_mailbox(gmail_server, acks=3)
    scan(run, gmail_home)
    (draft_id,) = gmail_server.state.drafts
    gmail_server.delete_draft(draft_id)

    scan(run, gmail_home, NOW + timedelta(hours=1))
    gmail_server.add_message(acknowledgement(51, NOW + timedelta(hours=2)))
    scan(run, gmail_home, NOW + timedelta(days=1))

    assert gmail_server.state.drafts == {}
    assert gmail_server.calls("users.drafts.create") == ["users.drafts.create"]
    (record,) = json_lines(run, gmail_home, "drafts", "list", "--all")
    assert record["status"] == "deleted"
    assert json_lines(run, gmail_home, "drafts", "list") == []


def test_a_sent_draft_moves_the_contacts_last_contacted_date(
    run, gmail_home: Path, gmail_server: GmailServer, fake_clock: FakeClock
) -> None:
    fill_mailbox(gmail_server, acks=3)
    scan(run, gmail_home)
    (before,) = [c for c in json_lines(run, gmail_home, "contacts", "list") if c["email"] == "dana@acmerobotics.com"]
    assert before["last_contacted"] != (NOW + timedelta(days=2)).date().isoformat()
    (draft_id,) = gmail_server.state.drafts
    fake_clock.now += 2 * 86400  # two days later the owner presses Send in Gmail
    sent_id = gmail_server.send_draft_as_owner(draft_id)

    summary = scan(run, gmail_home, NOW + timedelta(days=2, hours=1))

    assert summary["sent_by_you"] == 1 and summary["drafts"] == []
    (after,) = [c for c in json_lines(run, gmail_home, "contacts", "list") if c["email"] == "dana@acmerobotics.com"]
    assert after["last_contacted"] == (NOW + timedelta(days=2)).date().isoformat()
    (record,) = json_lines(run, gmail_home, "drafts", "list", "--all")
    assert record["status"] == "sent"
    assert sent_id in stored_message_ids(gmail_home)
    assert gmail_server.state.drafts == {}  # nothing recreated
    assert not [c for c in gmail_server.call_log if "send" in c]  # the owner sent it, never the tool


def test_an_interrupted_draft_creation_is_found_again_not_duplicated(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=3)
    scan(run, gmail_home)
    (draft_id,) = gmail_server.state.drafts
    with Store.open(gmail_home) as store:  # as if the scan died right after drafts.create answered
        (record,) = store.all("drafts")
        store.update("drafts", record["_key"], {"status": "creating", "gmail_draft_id": None})

    scan(run, gmail_home, NOW + timedelta(minutes=20))

    assert list(gmail_server.state.drafts) == [draft_id]
    (local,) = json_lines(run, gmail_home, "drafts", "list")
    assert local["status"] == "draft" and local["gmail_draft_id"] == draft_id


# --- sign-in and failures -------------------------------------------------------------------------------


def test_an_expired_access_token_is_refreshed_and_saved_back(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=2)
    old = json.loads((gmail_home / "token.json").read_text())["token"]
    gmail_server.write_token(gmail_home, expired=True)

    scan(run, gmail_home)

    assert "token" in gmail_server.call_log
    saved = json.loads((gmail_home / "token.json").read_text())
    assert saved["token"] != old and saved["token"] in gmail_server.access_tokens
    assert stat.S_IMODE((gmail_home / "token.json").stat().st_mode) == 0o600
    # An access token Gmail stops accepting mid-life (401) is refreshed too.
    gmail_server.expire_access_tokens()
    gmail_server.add_message(priya_rejection(NOW + timedelta(hours=1)))
    assert scan(run, gmail_home, NOW + timedelta(hours=2))["new"] == 1


@pytest.mark.parametrize("how", ["invalid_grant", "revoked_at_google"])
def test_a_revoked_sign_in_stops_with_one_sentence_and_a_nonzero_exit(
    run, gmail_home: Path, gmail_server: GmailServer, how: str
) -> None:
    fill_mailbox(gmail_server, acks=2)
    if how == "invalid_grant":
        gmail_server.refresh_error = "invalid_grant"
        gmail_server.expire_access_tokens()
    else:
        gmail_server.revoke_all()

    result = run("--home", gmail_home, "--now", NOW.isoformat(), "scan")

    assert result.code == 3
    assert result.err.strip() == EXPIRED_SENTENCE
    assert "Traceback" not in result.err and result.out == ""


def test_thirty_percent_of_responses_failing_still_processes_every_message_exactly_once(
    gmail_home: Path, gmail_server: GmailServer, fake_clock: FakeClock
) -> None:
    fill_mailbox(gmail_server, acks=78)
    gmail_server.faults.add(rate=0.3, kinds=("429", "500", "503", "drop"), seed=3)
    client = GmailClient.from_home(gmail_home, endpoint=gmail_server.endpoint, sleep=fake_clock.sleep)
    cfg = config_mod.load(config_mod.resolve_paths(gmail_home))

    processed = 0
    for hour in range(4):  # what one scan could not fetch, the next one does
        summary = scan_gmail(service.App(config=cfg, now=NOW + timedelta(hours=hour), tz=UTC), client)
        processed += summary.new
        assert summary.already == 0
        with Store.open(gmail_home, lock=False) as store:
            if not store.state("gmail_pending"):
                break

    assert sum(gmail_server.faults.injected.values()) > 20
    assert processed == len(mailbox_ids(gmail_server)) == 80
    assert stored_message_ids(gmail_home) == mailbox_ids(gmail_server)
    with Store.open(gmail_home, lock=False) as store:
        assert store.keys("failures") == []
    assert len(gmail_server.state.drafts) == 1  # a retried drafts.create made no second draft


def test_a_second_concurrent_scan_exits_at_once_with_code_75(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=2)
    with Store.open(gmail_home):  # another scan holds this home
        started = time.monotonic()
        result = run("--home", gmail_home, "--now", NOW.isoformat(), "scan")
        took = time.monotonic() - started

    assert result.code == 75
    assert "Another assistant run" in result.err and "Traceback" not in result.err
    assert took < 5
    assert gmail_server.calls() == []
    assert scan(run, gmail_home)["new"] == 4  # and once it is free, the scan runs


def test_scan_without_a_sign_in_says_how_to_connect(run, home: Path) -> None:
    result = run("--home", home, "scan")
    assert result.code != 0
    assert "assistant auth" in result.err and "Traceback" not in result.err


def test_scan_watch_scans_then_waits_the_interval(
    run, gmail_home: Path, gmail_server: GmailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_mailbox(gmail_server, acks=2)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_mod, "time", types.SimpleNamespace(sleep=sleep))
    result = run("--home", gmail_home, "--now", NOW.isoformat(), "scan", "--watch", "--every", "15m", "--json")

    assert result.code == 130
    assert waits == [900, 900]
    first, second = (json.loads(line) for line in result.out.splitlines())
    assert first["new"] == 4 and second["new"] == 0
    assert run("--home", gmail_home, "scan", "--watch", "--every", "10s").code == 2


def test_labels_are_off_by_default_and_applied_when_turned_on(
    run, tmp_path: Path, gmail_server: GmailServer
) -> None:
    ids = fill_mailbox(gmail_server, acks=2)
    plain, labelled = tmp_path / "plain", tmp_path / "labelled"
    gmail_server.write_token(plain)
    scan(run, plain)
    assert gmail_server.calls("users.labels.create") == [] and gmail_server.calls("users.messages.modify") == []

    gmail_server.write_token(labelled, scopes=(*DEFAULT_SCOPES, MODIFY))
    assert run("--home", labelled, "config", "set", "gmail.labels", "true").code == 0
    scan(run, labelled)

    names = {v["id"]: v["name"] for v in gmail_server.state.labels.values()}
    assert "Job search/Rejection" in {names[label] for label in gmail_server.message(ids["dana"]).labels}
    assert "Job search/Application received" in {names[label] for label in gmail_server.message(ids["ack0"]).labels}
    assert gmail_server.message(ids["sent"]).labels == ["SENT"]  # the owner's own mail is left alone


# --- the auth command -------------------------------------------------------------------------------


def client_file(tmp_path: Path, server: GmailServer) -> Path:
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps({"installed": {
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "project_id": "test",
        "auth_uri": server.auth_uri, "token_uri": server.token_uri, "redirect_uris": ["http://localhost"],
    }}))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_auth_no_browser_signs_in_through_the_printed_url(
    run, tmp_path: Path, gmail_server: GmailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[str] = []

    class Terminal(io.StringIO):
        """The person at a headless machine: reads the URL and opens it in a browser elsewhere."""

        def write(self, text: str | bytes) -> int:
            text = text.decode() if isinstance(text, bytes) else text
            printed.append(text)
            for word in text.split():
                if word.startswith(gmail_server.auth_uri):
                    threading.Thread(target=lambda u=word: urllib.request.urlopen(u, timeout=10).read(),
                                     daemon=True).start()
            return super().write(text)

    monkeypatch.setattr("webbrowser.get", lambda using=None: pytest.fail("no browser should open"))
    terminal = sys.stdout
    monkeypatch.setattr(sys, "stdout", Terminal())
    home = tmp_path / "home"
    port = free_port()

    result = run("--home", home, "auth", "--credentials", client_file(tmp_path, gmail_server),
                 "--no-browser", "--port", str(port))

    assert result.code == 0, result.err
    text = "".join(printed)
    assert gmail_server.auth_uri in text and f"localhost%3A{port}" in text
    assert "Signed in." in text
    token = home / "token.json"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    info = json.loads(token.read_text())
    assert info["refresh_token"] in gmail_server.refresh_tokens
    assert MODIFY not in info["scopes"]
    monkeypatch.setattr(sys, "stdout", terminal)
    status = run("--home", home, "auth", "--status")
    assert status.out.startswith("Signed in as owner@example.com")


def test_auth_status_says_who_is_signed_in_with_which_scopes(run, gmail_home: Path) -> None:
    result = run("--home", gmail_home, "auth", "--status")
    assert result.code == 0
    assert result.out.strip() == (
        "Signed in as owner@example.com with scopes: https://www.googleapis.com/auth/gmail.compose, "
        "https://www.googleapis.com/auth/gmail.readonly."
    )
    info = json.loads(run("--home", gmail_home, "auth", "--status", "--json").out)
    assert info["signed_in"] is True and info["email"] == "owner@example.com"
    assert "token" not in info and "refresh_token" not in json.dumps(info)


def test_auth_revoke_signs_out_at_google_and_deletes_the_token(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    refresh = json.loads((gmail_home / "token.json").read_text())["refresh_token"]

    result = run("--home", gmail_home, "auth", "--revoke")

    assert result.code == 0 and result.out.strip() == "Signed out and the token was revoked."
    assert not (gmail_home / "token.json").exists()
    assert refresh in gmail_server.revoked and refresh not in gmail_server.refresh_tokens
    assert run("--home", gmail_home, "auth", "--status").out.strip() == "You are not signed in to Gmail; run `assistant auth` first."
    assert run("--home", gmail_home, "auth", "--revoke").out.strip() == "You were not signed in."
    assert run("--home", gmail_home, "scan").code != 0


def test_a_token_file_readable_by_others_is_warned_about(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=1)
    scan(run, gmail_home)  # (the first scan refreshes the token: the server's clock is in the past)
    token = gmail_home / "token.json"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    token.chmod(0o644)

    result = run("--home", gmail_home, "--now", NOW.isoformat(), "scan")

    assert result.code == 0
    assert result.err.count(f"chmod 600 {token}") == 1  # said once, not once per layer
    assert "chmod 600" in run("--home", gmail_home, "auth", "--status").err


def test_the_example_client_file_has_the_shape_of_a_desktop_app_client() -> None:
    from google_auth_oauthlib.flow import InstalledAppFlow

    path = Path(__file__).parent.parent / "credentials.example.json"
    flow = InstalledAppFlow.from_client_secrets_file(str(path), scopes=["https://www.googleapis.com/auth/gmail.readonly"])
    assert flow.client_type == "installed"
    assert flow.client_config["token_uri"] == "https://oauth2.googleapis.com/token"
    assert "YOUR_CLIENT_SECRET" in path.read_text()  # a placeholder, never a real secret


def test_a_dry_run_creates_no_gmail_draft_and_stores_nothing(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=3)

    summary = scan(run, gmail_home, NOW, "--dry-run")

    assert [d["status"] for d in summary["drafts"]] == ["would create"]
    assert gmail_server.state.drafts == {}
    assert not (gmail_home / "assistant.json").exists() or stored_message_ids(gmail_home) == set()
    assert scan(run, gmail_home)["first_scan"] is True
    assert len(gmail_server.state.drafts) == 1


def test_a_dry_run_leaves_an_interrupted_draft_for_the_real_scan_to_recover(
    run, gmail_home: Path, gmail_server: GmailServer
) -> None:
    fill_mailbox(gmail_server, acks=2)
    scan(run, gmail_home)
    with Store.open(gmail_home) as store:
        (record,) = store.all("drafts")
        store.update("drafts", record["_key"], {"status": "creating", "gmail_draft_id": None})

    scan(run, gmail_home, NOW + timedelta(minutes=5), "--dry-run")

    with Store.open(gmail_home, lock=False) as store:
        assert [d["status"] for d in store.all("drafts")] == ["creating"]
    scan(run, gmail_home, NOW + timedelta(minutes=10))
    assert [d["status"] for d in json_lines(run, gmail_home, "drafts", "list")] == ["draft"]
    assert len(gmail_server.state.drafts) == 1


def test_scan_watch_outlasts_a_busy_home_and_still_stops_on_a_revoked_sign_in(
    run, gmail_home: Path, gmail_server: GmailServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_mailbox(gmail_server, acks=2)
    other = Store.open(gmail_home)  # a timer's scan is running when the watch loop starts
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            other.close()  # the other scan finished
        else:
            gmail_server.revoke_all()  # then the person revokes access at Google

    monkeypatch.setattr(cli_mod, "time", types.SimpleNamespace(sleep=sleep))
    result = run("--home", gmail_home, "--now", NOW.isoformat(), "scan", "--watch", "--every", "15m", "--json")

    assert "Another assistant run" in result.err and "Next scan in 15m" in result.err
    (summary,) = (json.loads(line) for line in result.out.splitlines())
    assert summary["new"] == 4
    assert waits == [900, 900]
    assert result.code == 3 and result.err.strip().endswith(EXPIRED_SENTENCE)  # fixing sign-in needs a person
