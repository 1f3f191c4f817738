"""The local Gmail API server itself: auth, discovery checks, batch framing, search, formats, history."""

from __future__ import annotations

import base64
import email
import email.policy
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pytest

try:
    from tests.gmail_fixtures import fake_clock, gmail_server  # noqa: F401
    from tests.gmail_server import CLIENT_ID, CLIENT_SECRET, GmailServer, make_raw
except ImportError:
    from gmail_fixtures import fake_clock, gmail_server  # noqa: F401
    from gmail_server import CLIENT_ID, CLIENT_SECRET, GmailServer, make_raw

DAY = 86400


def call(
    server: GmailServer,
    method: str,
    path: str,
    params: dict[str, Any] | None = None,
    body: Any = None,
    token: str | None = "auto",
) -> tuple[int, dict[str, str], Any]:
    if token == "auto":
        token = server.issue_tokens()[0]
    url = server.endpoint + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
            return resp.status, dict(resp.headers), json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, dict(e.headers), json.loads(raw) if raw else None


def test_api_calls_without_an_issued_bearer_token_get_401(gmail_server: GmailServer) -> None:
    status, headers, body = call(gmail_server, "GET", "/gmail/v1/users/me/profile", token=None)
    assert status == 401 and "WWW-Authenticate" in headers
    status, _, _ = call(gmail_server, "GET", "/gmail/v1/users/me/profile", token="ya29.forged")
    assert status == 401
    status, _, body = call(gmail_server, "GET", "/gmail/v1/users/me/profile")
    assert status == 200 and body["emailAddress"] == "owner@example.com"


def test_unknown_paths_parameters_and_enum_values_are_violations(gmail_server: GmailServer) -> None:
    assert call(gmail_server, "GET", "/gmail/v1/users/me/nothing")[0] == 404
    assert call(gmail_server, "GET", "/gmail/v1/users/me/messages", {"bogus": "1"})[0] == 400
    assert call(gmail_server, "GET", "/gmail/v1/users/me/messages/abc", {"format": "pretty"})[0] == 400
    assert call(gmail_server, "PUT", "/gmail/v1/users/me/profile")[0] == 404
    assert call(gmail_server, "GET", "/gmail/v1/users/me/history")[0] == 400  # startHistoryId required
    found = gmail_server.take_violations()
    assert len(found) == 5
    assert any("bogus" in v for v in found) and any("pretty" in v for v in found)


def test_send_calls_are_refused_and_recorded(gmail_server: GmailServer) -> None:
    raw = base64.urlsafe_b64encode(make_raw()).decode()
    assert call(gmail_server, "POST", "/gmail/v1/users/me/messages/send", body={"raw": raw})[0] == 400
    assert call(gmail_server, "POST", "/gmail/v1/users/me/drafts/send", body={"id": "r-1"})[0] == 400
    assert (
        call(gmail_server, "POST", "/upload/gmail/v1/users/me/messages/send", {"uploadType": "media"})[0]
        == 400
    )
    found = gmail_server.take_violations()
    assert len(found) == 3 and all("send" in v for v in found)
    assert gmail_server.state.messages == {}


def test_a_token_without_the_methods_scope_gets_403(gmail_server: GmailServer) -> None:
    token = gmail_server.issue_tokens(["https://www.googleapis.com/auth/gmail.compose"])[0]
    mid = gmail_server.add_message(make_raw())
    status, _, body = call(
        gmail_server,
        "POST",
        f"/gmail/v1/users/me/messages/{mid}/modify",
        body={"addLabelIds": ["STARRED"]},
        token=token,
    )
    assert status == 403 and body["error"]["errors"][0]["reason"] == "insufficientPermissions"


def test_search_subset_and_label_filters(gmail_server: GmailServer) -> None:
    now = gmail_server.clock()
    recent = gmail_server.add_message(make_raw(), internal_date=now - 2 * DAY)
    old = gmail_server.add_message(make_raw(), internal_date=now - 300 * DAY)
    sent = gmail_server.send_as_owner("a@b.example", "Hi", internal_date=now - DAY)
    promo = gmail_server.add_message(
        make_raw(), labels=("INBOX", "CATEGORY_PROMOTIONS"), internal_date=now - DAY
    )

    def ids(**params: Any) -> list[str]:
        status, _, body = call(gmail_server, "GET", "/gmail/v1/users/me/messages", params)
        assert status == 200
        return [m["id"] for m in body.get("messages", [])]

    assert ids(q="{in:inbox in:sent} newer_than:180d -category:promotions") == [sent, recent]
    assert ids(q="in:inbox -category:promotions") == [recent, old]
    assert ids(q="in:sent") == [sent]
    assert set(ids(q="in:inbox OR in:sent")) == {recent, old, sent, promo}
    day = __import__("time").strftime("%Y/%m/%d", __import__("time").localtime(now - 10 * DAY))
    assert set(ids(q=f"after:{day}")) == {recent, sent, promo}
    assert ids(labelIds=["INBOX", "CATEGORY_PROMOTIONS"]) == [promo]
    assert ids(q="older_than:100d") == [old]
    assert gmail_server.violations == []
    ids(q="from:someone")
    assert gmail_server.take_violations()  # unsupported operators are flagged, not silently ignored


def test_list_pagination(gmail_server: GmailServer) -> None:
    made = [gmail_server.add_message(make_raw(), internal_date=gmail_server.clock() - i) for i in range(25)]
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        params = {"maxResults": 10, **({"pageToken": token} if token else {})}
        _, _, body = call(gmail_server, "GET", "/gmail/v1/users/me/messages", params)
        seen += [m["id"] for m in body["messages"]]
        pages += 1
        token = body.get("nextPageToken")
        if not token:
            break
    assert pages == 3 and seen == made


def test_message_formats(gmail_server: GmailServer) -> None:
    raw = make_raw(subject="Formats", body="Hello there")
    mid = gmail_server.add_message(raw)
    base = f"/gmail/v1/users/me/messages/{mid}"
    _, _, res = call(gmail_server, "GET", base, {"format": "raw"})
    assert base64.urlsafe_b64decode(res["raw"]) == raw
    _, _, res = call(
        gmail_server, "GET", base, {"format": "metadata", "metadataHeaders": ["Subject", "From"]}
    )
    assert {h["name"] for h in res["payload"]["headers"]} == {"Subject", "From"}
    _, _, res = call(gmail_server, "GET", base, {"format": "full"})
    assert base64.urlsafe_b64decode(res["payload"]["body"]["data"]).decode().strip() == "Hello there"
    _, _, res = call(gmail_server, "GET", base, {"format": "minimal"})
    assert "payload" not in res and "raw" not in res and res["labelIds"] == ["INBOX"]


def test_replies_thread_by_in_reply_to_like_gmail(gmail_server: GmailServer) -> None:
    first = gmail_server.add_message(make_raw(subject="Role", message_id="<m1@acme.example>"))
    reply = gmail_server.send_as_owner(reply_to=first)
    later = gmail_server.add_message(
        make_raw(
            subject="Re: Role",
            in_reply_to=gmail_server.message(reply).message_id,
            references=f"<m1@acme.example> {gmail_server.message(reply).message_id}",
        )
    )
    other = gmail_server.add_message(make_raw(subject="Role"))
    thread = gmail_server.message(first).thread_id
    assert gmail_server.message(reply).thread_id == thread == gmail_server.message(later).thread_id
    assert gmail_server.message(other).thread_id != thread
    _, _, res = call(gmail_server, "GET", f"/gmail/v1/users/me/threads/{thread}", {"format": "minimal"})
    assert [m["id"] for m in res["messages"]] == [first, reply, later]


def test_history_lists_additions_and_answers_404_for_expired_ids(gmail_server: GmailServer) -> None:
    start = gmail_server.history_id
    a = gmail_server.add_message(make_raw())
    b = gmail_server.send_as_owner("x@y.example", "Hi")
    path = "/gmail/v1/users/me/history"
    _, _, res = call(gmail_server, "GET", path, {"startHistoryId": start, "historyTypes": "messageAdded"})
    assert [h["messagesAdded"][0]["message"]["id"] for h in res["history"]] == [a, b]
    assert res["historyId"] == str(gmail_server.history_id)
    _, _, res = call(gmail_server, "GET", path, {"startHistoryId": start, "labelId": "SENT"})
    assert [h["messages"][0]["id"] for h in res["history"]] == [b]
    gmail_server.expire_history()
    status, _, res = call(gmail_server, "GET", path, {"startHistoryId": start})
    assert status == 404 and res["error"]["code"] == 404


def test_drafts_lifecycle_bumps_history_and_keeps_the_thread(gmail_server: GmailServer) -> None:
    original = gmail_server.add_message(make_raw(subject="Offer", message_id="<o1@acme.example>"))
    thread = gmail_server.message(original).thread_id
    raw = make_raw(subject="Re: Offer", in_reply_to="<o1@acme.example>", references="<o1@acme.example>")
    before = gmail_server.history_id
    body = {"message": {"raw": base64.urlsafe_b64encode(raw).decode(), "threadId": thread}}
    status, _, draft = call(gmail_server, "POST", "/gmail/v1/users/me/drafts", body=body)
    assert status == 200 and draft["message"]["threadId"] == thread
    assert gmail_server.history_id > before
    assert [m.id for m in gmail_server.thread(thread)][-1] == draft["message"]["id"]

    _, _, listed = call(gmail_server, "GET", "/gmail/v1/users/me/drafts")
    assert [d["id"] for d in listed["drafts"]] == [draft["id"]]
    _, _, updated = call(gmail_server, "PUT", f"/gmail/v1/users/me/drafts/{draft['id']}", body=body)
    assert updated["id"] == draft["id"] and updated["message"]["threadId"] == thread
    _, _, got = call(gmail_server, "GET", f"/gmail/v1/users/me/drafts/{draft['id']}", {"format": "raw"})
    assert base64.urlsafe_b64decode(got["message"]["raw"]) == raw
    assert call(gmail_server, "DELETE", f"/gmail/v1/users/me/drafts/{draft['id']}")[0] == 204
    assert call(gmail_server, "GET", f"/gmail/v1/users/me/drafts/{draft['id']}")[0] == 404


def test_batch_answers_echo_content_ids_and_count_each_part(gmail_server: GmailServer) -> None:
    token = gmail_server.issue_tokens()[0]
    ids = [gmail_server.add_message(make_raw()) for _ in range(3)]
    boundary = "===============1234=="
    parts = []
    for i, mid in enumerate([*ids, "0000000000000bad"]):
        parts.append(
            f"--{boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n"
            f"Content-ID: <abc + {i}>\n\nGET /gmail/v1/users/me/messages/{mid}?format=minimal&alt=json HTTP/1.1\n"
            f"Authorization: Bearer {token}\n\n"
        )
    body = ("".join(parts) + f"--{boundary}--\n").encode()
    req = urllib.request.Request(gmail_server.endpoint + "/batch/gmail/v1", data=body, method="POST")
    req.add_header("Content-Type", f'multipart/mixed; boundary="{boundary}"')
    req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=10) as resp:
        ctype = resp.headers["Content-Type"]
        content = resp.read()
    msg = email.message_from_bytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + content, policy=email.policy.compat32
    )
    answers = msg.get_payload()
    assert [p["Content-ID"] for p in answers] == [f"<response-abc + {i}>" for i in range(4)]
    statuses = [p.get_payload().split("\r\n", 1)[0] for p in answers]
    assert statuses == ["HTTP/1.1 200 OK"] * 3 + ["HTTP/1.1 404 Not Found"]
    assert gmail_server.calls() == ["users.messages.get"] * 4
    assert gmail_server.batch_sizes == [4]


def test_quota_answers_429_with_retry_after_and_counts_units(gmail_server: GmailServer, fake_clock) -> None:  # noqa: ANN001
    gmail_server.set_quota(10)
    token = gmail_server.issue_tokens()[0]
    assert call(gmail_server, "GET", "/gmail/v1/users/me/messages", token=token)[0] == 200  # 5 units
    assert call(gmail_server, "GET", "/gmail/v1/users/me/messages", token=token)[0] == 200  # 10 units
    status, headers, body = call(gmail_server, "GET", "/gmail/v1/users/me/messages", token=token)
    assert status == 429 and int(headers["Retry-After"]) >= 1
    assert body["error"]["errors"][0]["reason"] == "rateLimitExceeded"
    fake_clock.sleep(1)
    assert call(gmail_server, "GET", "/gmail/v1/users/me/profile", token=token)[0] == 200
    assert gmail_server.units_spent == 11


def test_token_endpoint_refreshes_and_can_answer_invalid_grant(gmail_server: GmailServer) -> None:
    _, refresh = gmail_server.issue_tokens()
    form = {
        "grant_type": "refresh_token",
        "refresh_token": refresh,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }

    def post(data: dict[str, str]) -> tuple[int, dict[str, Any]]:
        req = urllib.request.Request(
            gmail_server.token_uri, data=urllib.parse.urlencode(data).encode(), method="POST"
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    status, res = post(form)
    assert status == 200 and res["access_token"] in gmail_server.access_tokens
    gmail_server.refresh_error = "invalid_grant"
    status, res = post(form)
    assert status == 400 and res["error"] == "invalid_grant"


@pytest.mark.parametrize("kind", ["429", "500", "503", "drop"])
def test_fault_injection_kinds(gmail_server: GmailServer, kind: str) -> None:
    gmail_server.faults.add(rate=1.0, kinds=(kind,), times=1)
    if kind == "drop":
        with pytest.raises((urllib.error.URLError, ConnectionError)):
            call(gmail_server, "GET", "/gmail/v1/users/me/profile")
    else:
        status, headers, _ = call(gmail_server, "GET", "/gmail/v1/users/me/profile")
        assert status == int(kind)
        if kind == "429":
            assert headers["Retry-After"] == "1"
    assert call(gmail_server, "GET", "/gmail/v1/users/me/profile")[0] == 200  # times=1: only once
    assert gmail_server.faults.injected[kind] == 1
