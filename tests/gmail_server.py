"""A local, stateful Gmail v1 API server for tests.

It speaks the REST subset the tool uses over real HTTP on 127.0.0.1 (random port), so the real
google-api-python-client and google-auth talk to it exactly as they talk to Google:

- users.getProfile, messages.list (a `q` subset, labelIds, pagination), messages.get (raw, metadata,
  full, minimal), messages.modify, threads.get, history.list (404 for a startHistoryId older than
  the retained minimum), drafts create/get/list/update/delete, labels list/create;
- the batch endpoint `POST /batch/gmail/v1` (multipart/mixed of application/http parts; each answer
  part carries `Content-ID: <response-...>` echoing the request's Content-ID);
- an OAuth endpoint: `POST /token` (refresh_token and authorization_code grants; can answer
  `invalid_grant`), `POST /revoke`, and `GET /o/oauth2/auth` (redirects back with a code).

Every API request must carry a Bearer token this server issued (else 401) with a scope the discovery
document allows for the method (else 403 insufficientPermissions). Each request's method, path and
query parameters are checked against the Gmail discovery document shipped inside
google-api-python-client; anything unknown is recorded in `violations`, and so is every attempt to
send mail (messages.send, drafts.send, messages.import/insert), which is answered 400. The pytest
fixture fails the test at teardown when `violations` is not empty.

Faults (429 with Retry-After, 500, 503, dropped connections, slow answers) are injected with
`server.faults.add(...)`; a per-user quota in units per second is enforced with `quota_per_second`.
Faults and quota checks happen before a request takes effect, so a failed request changed nothing.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.message
import email.parser
import email.policy
import email.utils
import itertools
import json
import math
import random
import re
import secrets
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple

import googleapiclient

DISCOVERY_PATH = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" / "gmail.v1.json"

SCOPE_PREFIX = "https://www.googleapis.com/auth/"
READONLY = SCOPE_PREFIX + "gmail.readonly"
COMPOSE = SCOPE_PREFIX + "gmail.compose"
MODIFY = SCOPE_PREFIX + "gmail.modify"
DEFAULT_SCOPES: tuple[str, ...] = (READONLY, COMPOSE)

CLIENT_ID = "test-client.apps.googleusercontent.com"
CLIENT_SECRET = "test-client-secret"

# Quota units per method (https://developers.google.com/gmail/api/reference/quota).
QUOTA_UNITS: dict[str, int] = {
    "users.getProfile": 1,
    "users.labels.list": 1,
    "users.labels.get": 1,
    "users.labels.create": 5,
    "users.labels.update": 5,
    "users.labels.patch": 5,
    "users.labels.delete": 5,
    "users.history.list": 2,
    "users.messages.list": 5,
    "users.messages.get": 5,
    "users.messages.modify": 5,
    "users.messages.send": 100,
    "users.threads.get": 10,
    "users.threads.list": 10,
    "users.drafts.create": 10,
    "users.drafts.get": 5,
    "users.drafts.list": 5,
    "users.drafts.update": 15,
    "users.drafts.delete": 10,
    "users.drafts.send": 100,
}

SEND_METHODS = frozenset(
    {"users.messages.send", "users.drafts.send", "users.messages.import", "users.messages.insert"}
)

SYSTEM_LABELS = (
    "INBOX",
    "SENT",
    "DRAFT",
    "SPAM",
    "TRASH",
    "UNREAD",
    "STARRED",
    "IMPORTANT",
    "CHAT",
    "CATEGORY_PERSONAL",
    "CATEGORY_SOCIAL",
    "CATEGORY_PROMOTIONS",
    "CATEGORY_UPDATES",
    "CATEGORY_FORUMS",
)

CATEGORY_NAMES = {
    "primary": "CATEGORY_PERSONAL",
    "personal": "CATEGORY_PERSONAL",
    "social": "CATEGORY_SOCIAL",
    "promotions": "CATEGORY_PROMOTIONS",
    "updates": "CATEGORY_UPDATES",
    "forums": "CATEGORY_FORUMS",
}

_GLOBAL_PARAM_LOCATION = "query"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class LoggedRequest(NamedTuple):
    """One API request as the server saw it (batch parts are logged one by one)."""

    method: str
    path: str
    params: dict[str, list[str]]


class Response(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


# ---------------------------------------------------------------------------------------------------
# Discovery-document validation


@dataclass
class ApiMethod:
    id: str
    http_method: str
    pattern: re.Pattern[str]
    params: dict[str, dict[str, Any]]
    scopes: frozenset[str]


class Discovery:
    """Method/path/parameter rules read from the discovery document the client library ships."""

    def __init__(self, path: Path = DISCOVERY_PATH) -> None:
        doc = json.loads(path.read_text())
        self.global_params: dict[str, dict[str, Any]] = doc.get("parameters", {})
        self.methods: list[ApiMethod] = []
        self._walk(doc.get("resources", {}))

    def _walk(self, resources: dict[str, Any]) -> None:
        for resource in resources.values():
            for method in resource.get("methods", {}).values():
                path = method.get("flatPath", method["path"])
                regex = "^/" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$"
                self.methods.append(
                    ApiMethod(
                        id=method["id"].removeprefix("gmail."),
                        http_method=method["httpMethod"],
                        pattern=re.compile(regex),
                        params=method.get("parameters", {}),
                        scopes=frozenset(method.get("scopes", ())),
                    )
                )
                upload = method.get("mediaUpload", {}).get("protocols", {}).get("simple", {}).get("path")
                if upload:
                    regex = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", upload) + "$"
                    self.methods.append(
                        ApiMethod(
                            id=method["id"].removeprefix("gmail."),
                            http_method=method["httpMethod"],
                            pattern=re.compile(regex),
                            params={**method.get("parameters", {}), "uploadType": {"location": "query"}},
                            scopes=frozenset(method.get("scopes", ())),
                        )
                    )
            self._walk(resource.get("resources", {}))

    def match(self, http_method: str, path: str) -> tuple[ApiMethod | None, dict[str, str], bool]:
        """(method, path params, path_known). path_known is True when only the HTTP method is wrong."""
        path_known = False
        # Literal segments win over {id} (e.g. drafts/send vs drafts/{id}): try the most literal first.
        for m in sorted(self.methods, key=lambda m: m.pattern.pattern.count("(?P<")):
            found = m.pattern.match(path)
            if not found:
                continue
            path_known = True
            if m.http_method == http_method:
                return m, {k: urllib.parse.unquote(v) for k, v in found.groupdict().items()}, True
        return None, {}, path_known

    def check_params(self, method: ApiMethod, params: dict[str, list[str]]) -> list[str]:
        problems = []
        for name, values in params.items():
            spec = method.params.get(name) or self.global_params.get(name)
            if spec is None or spec.get("location", _GLOBAL_PARAM_LOCATION) != "query":
                problems.append(f"{method.id}: unknown query parameter {name!r}")
                continue
            if len(values) > 1 and not spec.get("repeated"):
                problems.append(f"{method.id}: parameter {name!r} given {len(values)} times")
            for value in values:
                if "enum" in spec and value not in spec["enum"]:
                    problems.append(f"{method.id}: {name}={value!r} not one of {spec['enum']}")
                if spec.get("type") == "integer" and not re.fullmatch(r"-?\d+", value):
                    problems.append(f"{method.id}: {name}={value!r} is not an integer")
                if spec.get("format") == "uint64" and not re.fullmatch(r"\d+", value):
                    problems.append(f"{method.id}: {name}={value!r} is not a uint64")
        for name, spec in method.params.items():
            if spec.get("required") and spec.get("location") == "query" and name not in params:
                problems.append(f"{method.id}: required parameter {name!r} missing")
        return problems


# ---------------------------------------------------------------------------------------------------
# Faults and quota


@dataclass
class FaultRule:
    rate: float
    kinds: tuple[str, ...]
    rng: random.Random
    methods: frozenset[str] | None = None  # method ids ("users.messages.get", "batch", "token")
    times: int | None = None  # stop after this many injections
    retry_after: int = 1
    slow_seconds: float = 0.3
    injected: int = 0


class Faults:
    """Injects failures into a fraction of requests. Kinds: "429", "500", "503", "drop", "slow".

    "drop" and "slow" apply to whole HTTP requests only; batch parts get 429/500/503.
    Faults are decided before the request takes effect.
    """

    KINDS = ("429", "500", "503", "drop", "slow")

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []
        self.injected: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(
        self,
        rate: float = 0.3,
        kinds: Iterable[str] = ("429", "500", "503", "drop"),
        seed: int | None = 0,
        methods: Iterable[str] | None = None,
        times: int | None = None,
        retry_after: int = 1,
        slow_seconds: float = 0.3,
    ) -> FaultRule:
        kinds = tuple(kinds)
        unknown = set(kinds) - set(self.KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds {sorted(unknown)}")
        rule = FaultRule(
            rate=rate,
            kinds=kinds,
            rng=random.Random(seed),
            methods=frozenset(methods) if methods is not None else None,
            times=times,
            retry_after=retry_after,
            slow_seconds=slow_seconds,
        )
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def pick(self, method_id: str, part: bool) -> tuple[str, FaultRule] | None:
        with self._lock:
            for rule in self.rules:
                if rule.methods is not None and method_id not in rule.methods:
                    continue
                if rule.methods is None and method_id == "token":
                    continue  # the token endpoint fails only when asked for by name
                if rule.times is not None and rule.injected >= rule.times:
                    continue
                kinds = [k for k in rule.kinds if not part or k in ("429", "500", "503")]
                if not kinds or rule.rng.random() >= rule.rate:
                    continue
                kind = rule.rng.choice(kinds)
                rule.injected += 1
                self.injected[kind] += 1
                return kind, rule
        return None


class Quota:
    """Token bucket per user: `per_second` units refill each second, burst up to `per_second`."""

    def __init__(self, per_second: float | None, clock: Callable[[], float]) -> None:
        self.per_second = per_second
        self.clock = clock
        self.available = float(per_second or 0)
        self.updated = clock()
        self._lock = threading.Lock()

    def take(self, units: int) -> float:
        """Spend units; returns 0 when allowed, else seconds until enough units are back."""
        if not self.per_second:
            return 0.0
        with self._lock:
            now = self.clock()
            self.available = min(self.per_second, self.available + (now - self.updated) * self.per_second)
            self.updated = now
            if units <= self.available:
                self.available -= units
                return 0.0
            return (units - self.available) / self.per_second


# ---------------------------------------------------------------------------------------------------
# Mailbox state


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    raw: bytes
    labels: list[str]
    internal_date: int  # ms since epoch
    history_id: int
    message_id: str = ""  # the Message-ID header
    references: tuple[str, ...] = ()

    def headers(self) -> email.message.Message:
        return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(self.raw)


@dataclass
class HistoryRecord:
    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message_id: str
    thread_id: str
    labels: tuple[str, ...]  # the message's labels at the time (messageAdded) or the labels changed


@dataclass
class Token:
    scopes: frozenset[str]
    expires: float
    refresh_token: str = ""


@dataclass
class ServerState:
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: list[HistoryRecord] = field(default_factory=list)


class ApiError(Exception):
    def __init__(self, status: int, reason: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.message = message
        self.headers = headers or {}


_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


def error_response(status: int, reason: str, message: str, headers: dict[str, str] | None = None) -> Response:
    domain = "usageLimits" if reason in ("rateLimitExceeded", "userRateLimitExceeded") else "global"
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
            "status": _STATUS_NAMES.get(status, "UNKNOWN"),
        }
    }
    return Response(
        status,
        {"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
        json.dumps(body).encode(),
    )


def json_response(obj: Any, status: int = 200) -> Response:
    return Response(status, {"Content-Type": "application/json; charset=UTF-8"}, json.dumps(obj).encode())


def _normalize_subject(subject: str) -> str:
    subject = " ".join(subject.split())
    while True:
        new = re.sub(r"^(re|fwd?|aw|sv)\s*:\s*", "", subject, flags=re.IGNORECASE)
        if new == subject:
            return subject.lower()
        subject = new


def _msgids(value: str | None) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


class GmailServer:
    """A running local Gmail API. Use as a context manager or call start()/stop().

    `clock` (seconds since the epoch) drives internal dates, `newer_than:`, token expiry and the
    quota bucket; pass a fake clock to make backoff tests instant.
    """

    def __init__(
        self,
        email_address: str = "owner@example.com",
        *,
        quota_per_second: float | None = None,
        clock: Callable[[], float] = time.time,
        discovery_path: Path = DISCOVERY_PATH,
        max_batch_parts: int = 50,
    ) -> None:
        self.email_address = email_address
        self.clock = clock
        self.discovery = Discovery(discovery_path)
        self.quota = Quota(quota_per_second, clock)
        self.faults = Faults()
        self.max_batch_parts = max_batch_parts
        self.state = ServerState()
        self.violations: list[str] = []
        self.request_log: list[LoggedRequest] = []
        self.call_log: list[str] = []  # method ids in order: "users.messages.get", "batch", "token", ...
        self.units_spent = 0
        self.quota_rejections = 0
        self.batch_sizes: list[int] = []
        self.refresh_error: str | None = None  # e.g. "invalid_grant": every refresh fails
        self.access_tokens: dict[str, Token] = {}
        self.refresh_tokens: dict[str, frozenset[str]] = {}
        self.auth_codes: dict[str, frozenset[str]] = {}
        self.revoked: list[str] = []
        self.min_history_id = 1
        self._history_counter = itertools.count(1001)
        self.history_id = 1000
        self._ids = itertools.count(0x18C0_0000_0000_0000)
        self._draft_ids = itertools.count(1)
        self._label_ids = itertools.count(1)
        self._lock = threading.RLock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        for name in SYSTEM_LABELS:
            self.state.labels[name] = {"id": name, "name": name, "type": "system"}

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> GmailServer:
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="gmail-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> GmailServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def endpoint(self) -> str:
        """Base URL to use as ASSISTANT_GMAIL_ENDPOINT (API paths are /gmail/v1/...)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_uri(self) -> str:
        return self.endpoint + "/token"

    @property
    def revoke_uri(self) -> str:
        return self.endpoint + "/revoke"

    @property
    def auth_uri(self) -> str:
        return self.endpoint + "/o/oauth2/auth"

    # -- tokens -----------------------------------------------------------------------------------
    def issue_tokens(self, scopes: Iterable[str] = DEFAULT_SCOPES, expires_in: int = 3600) -> tuple[str, str]:
        """A fresh (access_token, refresh_token) pair the server accepts."""
        scopes = frozenset(scopes)
        refresh = "1//test-refresh-" + secrets.token_urlsafe(12)
        with self._lock:
            self.refresh_tokens[refresh] = scopes
        return self._new_access_token(scopes, expires_in, refresh), refresh

    def _new_access_token(self, scopes: frozenset[str], expires_in: int, refresh: str = "") -> str:
        token = "ya29.test-" + secrets.token_urlsafe(16)
        with self._lock:
            self.access_tokens[token] = Token(scopes, self.clock() + expires_in, refresh)
        return token

    def authorized_user_info(
        self, scopes: Iterable[str] = DEFAULT_SCOPES, expired: bool = False
    ) -> dict[str, Any]:
        """google-auth authorized-user JSON (what `Credentials.to_json()` writes) for this server."""
        scopes = list(scopes)
        access, refresh = self.issue_tokens(scopes)
        expiry = time.gmtime(self.clock() + (-60 if expired else 3000))
        return {
            "token": access,
            "refresh_token": refresh,
            "token_uri": self.token_uri,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scopes": scopes,
            "expiry": time.strftime("%Y-%m-%dT%H:%M:%SZ", expiry),
        }

    def write_token(self, home: Path, scopes: Iterable[str] = DEFAULT_SCOPES, expired: bool = False) -> Path:
        """Write a valid `<home>/token.json` (mode 0600) signed in to this server."""
        import os

        home = Path(home)
        home.mkdir(parents=True, exist_ok=True)
        path = home / "token.json"
        data = json.dumps(self.authorized_user_info(scopes, expired=expired)).encode()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(path, 0o600)
        return path

    def expire_access_tokens(self) -> None:
        """Make every issued access token invalid (the next API call answers 401)."""
        with self._lock:
            self.access_tokens.clear()

    def revoke_all(self) -> None:
        """Simulate the user revoking access at myaccount.google.com: refreshes now fail invalid_grant."""
        with self._lock:
            self.access_tokens.clear()
            self.refresh_tokens.clear()

    # -- mailbox helpers for tests ------------------------------------------------------------------
    def _next_history(self) -> int:
        self.history_id = next(self._history_counter)
        return self.history_id

    def _new_message_id(self) -> str:
        return f"{next(self._ids):016x}"

    def _thread_for(self, headers: email.message.Message) -> str | None:
        wanted = _msgids(headers.get("In-Reply-To")) + _msgids(headers.get("References"))
        if not wanted:
            return None
        for msg in self.state.messages.values():
            if msg.message_id and msg.message_id in wanted and "DRAFT" not in msg.labels:
                return msg.thread_id
        return None

    def _store(
        self,
        raw: bytes,
        labels: Iterable[str],
        thread_id: str | None,
        internal_date: float | None,
    ) -> StoredMessage:
        with self._lock:
            headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
            msg_id = self._new_message_id()
            if thread_id is None:
                thread_id = self._thread_for(headers) or msg_id
            if internal_date is None:
                date = headers.get("Date")
                parsed = None
                if date:
                    with contextlib.suppress(TypeError, ValueError, IndexError):
                        parsed = email.utils.parsedate_to_datetime(date).timestamp()
                internal_date = parsed if parsed is not None else self.clock()
            hid = self._next_history()
            stored = StoredMessage(
                id=msg_id,
                thread_id=thread_id,
                raw=raw,
                labels=list(dict.fromkeys(labels)),
                internal_date=int(internal_date * 1000),
                history_id=hid,
                message_id=(_msgids(headers.get("Message-ID")) or [""])[0],
                references=tuple(_msgids(headers.get("References"))),
            )
            self.state.messages[msg_id] = stored
            self.state.history.append(
                HistoryRecord(hid, "messageAdded", msg_id, thread_id, tuple(stored.labels))
            )
            return stored

    def add_message(
        self,
        raw_bytes: bytes,
        labels: Iterable[str] = ("INBOX",),
        thread_id: str | None = None,
        internal_date: float | None = None,
    ) -> str:
        """Deliver a message (as if it arrived). Threads by In-Reply-To/References when thread_id is None.

        internal_date is seconds since the epoch; default: the Date header, else the server clock.
        """
        return self._store(raw_bytes, labels, thread_id, internal_date).id

    def send_as_owner(
        self,
        to: str = "",
        subject: str = "",
        body: str = "Thanks!",
        *,
        reply_to: str | None = None,
        raw: bytes | None = None,
        thread_id: str | None = None,
        internal_date: float | None = None,
    ) -> str:
        """Simulate the owner sending mail from the Gmail UI: a SENT message, threaded like Gmail.

        reply_to: a stored message id this mail answers (sets In-Reply-To/References/thread).
        """
        if raw is None:
            msg = email.message.EmailMessage()
            msg["From"] = self.email_address
            msg["To"] = to
            msg["Date"] = email.utils.formatdate(internal_date or self.clock())
            msg["Message-ID"] = email.utils.make_msgid(domain="mail.gmail.com")
            if reply_to is not None:
                original = self.state.messages[reply_to]
                ohead = original.headers()
                osubject = ohead.get("Subject", "")
                msg["Subject"] = subject or (
                    osubject if osubject.lower().startswith("re:") else f"Re: {osubject}"
                )
                if original.message_id:
                    msg["In-Reply-To"] = original.message_id
                    msg["References"] = " ".join([*original.references, original.message_id])
                thread_id = thread_id or original.thread_id
                if not to:
                    msg.replace_header("To", ohead.get("From", ""))
            else:
                msg["Subject"] = subject
            msg.set_content(body)
            raw = msg.as_bytes()
        return self._store(raw, ("SENT",), thread_id, internal_date).id

    def send_draft_as_owner(self, draft_id: str) -> str:
        """Simulate the owner pressing Send on a draft in Gmail: draft gone, a SENT message in its thread."""
        with self._lock:
            msg_id = self.state.drafts.pop(draft_id)
            draft_msg = self.state.messages.pop(msg_id)
            hid = self._next_history()
            self.state.history.append(
                HistoryRecord(hid, "messageDeleted", msg_id, draft_msg.thread_id, tuple(draft_msg.labels))
            )
            return self._store(draft_msg.raw, ("SENT",), draft_msg.thread_id, self.clock()).id

    def delete_draft(self, draft_id: str) -> None:
        """Simulate the owner discarding a draft in the Gmail UI."""
        with self._lock:
            msg_id = self.state.drafts.pop(draft_id)
            msg = self.state.messages.pop(msg_id)
            hid = self._next_history()
            self.state.history.append(
                HistoryRecord(hid, "messageDeleted", msg_id, msg.thread_id, tuple(msg.labels))
            )

    def expire_history(self) -> None:
        """Forget all history: any stored startHistoryId now answers 404 (as after about a week in Gmail)."""
        with self._lock:
            self.min_history_id = self.history_id + 1

    def message(self, msg_id: str) -> StoredMessage:
        return self.state.messages[msg_id]

    def draft(self, draft_id: str) -> StoredMessage:
        return self.state.messages[self.state.drafts[draft_id]]

    def draft_headers(self, draft_id: str) -> email.message.Message:
        return self.draft(draft_id).headers()

    def thread(self, thread_id: str) -> list[StoredMessage]:
        return sorted(
            (m for m in self.state.messages.values() if m.thread_id == thread_id),
            key=lambda m: m.internal_date,
        )

    def take_violations(self) -> list[str]:
        """Return and clear the recorded violations (for tests that provoke one on purpose)."""
        with self._lock:
            found, self.violations = self.violations, []
        return found

    def calls(self, method_id: str | None = None) -> list[str]:
        """Method ids of API calls made so far (batch parts included, batch envelopes and token excluded)."""
        return [
            c
            for c in self.call_log
            if c not in ("batch", "token", "revoke", "auth") and (method_id is None or c == method_id)
        ]

    def set_quota(self, per_second: float | None) -> None:
        """Enforce (or, with None, stop enforcing) a per-user quota of `per_second` units per second."""
        self.quota = Quota(per_second, self.clock)

    def reset_log(self) -> None:
        with self._lock:
            self.request_log.clear()
            self.call_log.clear()
            self.batch_sizes.clear()
            self.units_spent = 0

    # -- OAuth endpoints ------------------------------------------------------------------------------
    def handle_token(self, form: dict[str, str]) -> Response:
        self.call_log.append("token")
        grant = form.get("grant_type")
        if form.get("client_id") != CLIENT_ID:
            return json_response(
                {"error": "invalid_client", "error_description": "The OAuth client was not found."}, 401
            )
        if grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            with self._lock:
                scopes = self.refresh_tokens.get(refresh)
            if self.refresh_error or scopes is None:
                return json_response(
                    {
                        "error": self.refresh_error or "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                    400,
                )
            access = self._new_access_token(scopes, 3600, refresh)
            return json_response(
                {
                    "access_token": access,
                    "expires_in": 3599,
                    "scope": " ".join(sorted(scopes)),
                    "token_type": "Bearer",
                }
            )
        if grant == "authorization_code":
            with self._lock:
                scopes = self.auth_codes.pop(form.get("code", ""), None)
            if scopes is None:
                return json_response({"error": "invalid_grant", "error_description": "Bad code."}, 400)
            refresh = "1//test-refresh-" + secrets.token_urlsafe(12)
            with self._lock:
                self.refresh_tokens[refresh] = scopes
            access = self._new_access_token(scopes, 3600, refresh)
            return json_response(
                {
                    "access_token": access,
                    "expires_in": 3599,
                    "refresh_token": refresh,
                    "scope": " ".join(sorted(scopes)),
                    "token_type": "Bearer",
                }
            )
        return json_response({"error": "unsupported_grant_type"}, 400)

    def handle_revoke(self, token: str) -> Response:
        self.call_log.append("revoke")
        with self._lock:
            self.revoked.append(token)
            found = False
            if token in self.refresh_tokens:
                del self.refresh_tokens[token]
                found = True
                for key, tok in list(self.access_tokens.items()):
                    if tok.refresh_token == token:
                        del self.access_tokens[key]
            tok = self.access_tokens.pop(token, None)
            if tok is not None:
                found = True
                self.refresh_tokens.pop(tok.refresh_token, None)
        if not found:
            return json_response(
                {"error": "invalid_token", "error_description": "Token expired or revoked"}, 400
            )
        return json_response({})

    def handle_auth(self, params: dict[str, list[str]]) -> Response:
        """The consent page: approves at once and redirects back to the app with a code."""
        self.call_log.append("auth")
        redirect = params.get("redirect_uri", [""])[0]
        if params.get("client_id", [""])[0] != CLIENT_ID or not redirect.startswith("http://localhost"):
            return json_response({"error": "invalid_request"}, 400)
        code = "4/test-code-" + secrets.token_urlsafe(8)
        with self._lock:
            self.auth_codes[code] = frozenset(params.get("scope", [""])[0].split())
        query = {"code": code, "scope": params.get("scope", [""])[0]}
        if "state" in params:
            query["state"] = params["state"][0]
        return Response(302, {"Location": redirect + "?" + urllib.parse.urlencode(query)}, b"")

    # -- API dispatch ---------------------------------------------------------------------------------
    def handle_api(
        self, method: str, target: str, headers: Any, body: bytes, *, part: bool = False
    ) -> tuple[Response, str, float]:
        """Answer one API request. Returns (response, method id, seconds to delay the answer)."""
        parsed = urllib.parse.urlsplit(target)
        path = parsed.path
        params = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
        with self._lock:
            self.request_log.append(LoggedRequest(method, path, params))
        api, path_params, path_known = self.discovery.match(method, path)
        if api is None:
            self.call_log.append(f"unknown {method} {path}")
            self.violations.append(
                f"{method} {path}: "
                + ("method not allowed on this path" if path_known else "unknown API path")
            )
            return error_response(404, "notFound", f"Unknown API call {method} {path}"), "unknown", 0.0
        self.call_log.append(api.id)
        if api.id in SEND_METHODS:
            self.violations.append(f"{api.id}: the tool tried to send mail ({method} {path})")
            return (
                error_response(400, "failedPrecondition", "Sending mail is forbidden in tests"),
                api.id,
                0.0,
            )
        problems = self.discovery.check_params(api, params)
        if problems:
            self.violations.extend(problems)
            return error_response(400, "invalidArgument", "; ".join(problems)), api.id, 0.0

        auth = headers.get("Authorization", "") if headers is not None else ""
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        with self._lock:
            tok = self.access_tokens.get(token)
        if tok is None or tok.expires < self.clock():
            return (
                error_response(
                    401,
                    "authError",
                    "Request had invalid authentication credentials.",
                    {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
                ),
                api.id,
                0.0,
            )
        if api.scopes and not (api.scopes & tok.scopes):
            return (
                error_response(
                    403, "insufficientPermissions", "Request had insufficient authentication scopes."
                ),
                api.id,
                0.0,
            )
        user = path_params.get("userId")
        if user not in ("me", self.email_address):
            return error_response(403, "forbidden", "Delegation denied"), api.id, 0.0

        delay = 0.0
        fault = self.faults.pick(api.id, part)
        if fault is not None:
            kind, rule = fault
            if kind == "429":
                return (
                    error_response(
                        429,
                        "rateLimitExceeded",
                        "Too many concurrent requests for user.",
                        {"Retry-After": str(rule.retry_after)},
                    ),
                    api.id,
                    0.0,
                )
            if kind in ("500", "503"):
                return error_response(int(kind), "backendError", "Backend Error"), api.id, 0.0
            if kind == "drop":
                return Response(-1, {}, b""), api.id, 0.0
            if kind == "slow":
                delay = rule.slow_seconds

        units = QUOTA_UNITS.get(api.id, 5)
        wait = self.quota.take(units)
        if wait:
            self.quota_rejections += 1
            return (
                error_response(
                    429,
                    "rateLimitExceeded",
                    "User-rate limit exceeded.",
                    {"Retry-After": str(max(1, math.ceil(wait)))},
                ),
                api.id,
                0.0,
            )
        with self._lock:
            self.units_spent += units
            try:
                payload = json.loads(body) if body else None
            except ValueError:
                self.violations.append(f"{api.id}: request body is not JSON")
                return error_response(400, "invalidArgument", "Invalid JSON payload"), api.id, 0.0
            try:
                handler = getattr(self, "_api_" + api.id.split(".", 1)[1].replace(".", "_"))
            except AttributeError:
                self.violations.append(f"{api.id}: not implemented by the test server")
                return error_response(501, "notImplemented", f"{api.id} not implemented"), api.id, 0.0
            try:
                result = handler(path_params, params, payload)
            except ApiError as e:
                return error_response(e.status, e.reason, e.message, e.headers), api.id, delay
            except Exception as e:  # noqa: BLE001 - a bug in this server or a malformed request
                self.violations.append(f"{api.id}: test server crashed: {type(e).__name__}: {e}")
                return error_response(500, "backendError", "Test server error"), api.id, delay
            if result is None:
                return Response(204, {}, b""), api.id, delay
            return json_response(result), api.id, delay

    # -- API methods (called with the lock held) ------------------------------------------------------
    def _get_message(self, msg_id: str) -> StoredMessage:
        msg = self.state.messages.get(msg_id)
        if msg is None:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        return msg

    def _message_resource(
        self, msg: StoredMessage, fmt: str = "full", metadata_headers: list[str] | None = None
    ) -> dict[str, Any]:
        res: dict[str, Any] = {
            "id": msg.id,
            "threadId": msg.thread_id,
            "labelIds": list(msg.labels),
            "snippet": "",
            "historyId": str(msg.history_id),
            "internalDate": str(msg.internal_date),
            "sizeEstimate": len(msg.raw),
        }
        if fmt == "minimal":
            return res
        if fmt == "raw":
            res["raw"] = b64url(msg.raw)
            return res
        parsed = email.message_from_bytes(msg.raw, policy=email.policy.compat32)
        if fmt == "metadata":
            wanted = {h.lower() for h in metadata_headers or []}
            res["payload"] = {
                "mimeType": parsed.get_content_type(),
                "headers": [
                    {"name": k, "value": str(v)}
                    for k, v in parsed.items()
                    if not wanted or k.lower() in wanted
                ],
            }
            return res
        res["payload"] = self._part(parsed, "")
        return res

    def _part(self, part: email.message.Message, part_id: str) -> dict[str, Any]:
        res: dict[str, Any] = {
            "partId": part_id,
            "mimeType": part.get_content_type(),
            "filename": part.get_filename() or "",
            "headers": [{"name": k, "value": str(v)} for k, v in part.items()],
        }
        if part.is_multipart():
            res["body"] = {"size": 0}
            res["parts"] = [
                self._part(sub, f"{part_id}.{i}" if part_id else str(i))
                for i, sub in enumerate(part.get_payload())
            ]
        else:
            data = part.get_payload(decode=True) or b""
            res["body"] = {"size": len(data), "data": b64url(data)}
        return res

    def _api_getProfile(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        visible = [m for m in self.state.messages.values() if "DRAFT" not in m.labels]
        return {
            "emailAddress": self.email_address,
            "messagesTotal": len(visible),
            "threadsTotal": len({m.thread_id for m in visible}),
            "historyId": str(self.history_id),
        }

    def _page(
        self, items: list[Any], q: dict, default: int = 100, limit: int = 500
    ) -> tuple[list[Any], str | None]:
        size = min(int(q.get("maxResults", [default])[0]), limit) or default
        start = int(q.get("pageToken", ["0"])[0] or 0)
        page = items[start : start + size]
        token = str(start + size) if start + size < len(items) else None
        return page, token

    def _api_messages_list(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        include_spam = q.get("includeSpamTrash", ["false"])[0] == "true"
        label_ids = q.get("labelIds", [])
        matcher = self._query_matcher(q.get("q", [""])[0])
        found = []
        for msg in sorted(self.state.messages.values(), key=lambda m: (m.internal_date, m.id), reverse=True):
            if not include_spam and ({"SPAM", "TRASH"} & set(msg.labels)):
                continue
            if any(lbl not in msg.labels for lbl in label_ids):
                continue
            if not matcher(msg):
                continue
            found.append({"id": msg.id, "threadId": msg.thread_id})
        page, token = self._page(found, q)
        res: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            res["messages"] = page
        if token:
            res["nextPageToken"] = token
        return res

    def _query_matcher(self, query: str) -> Callable[[StoredMessage], bool]:
        """A subset of Gmail search: in:, label:, category:, after:, before:, newer_than:, older_than:,
        is:, {a b} (any of), OR, and a leading "-" to negate. Anything else is a violation."""
        tokens = re.findall(r"-?\{[^}]*\}|\S+", query)
        now = self.clock()

        def term(tok: str) -> Callable[[StoredMessage], bool]:
            if tok.startswith("-"):
                inner = term(tok[1:])
                return lambda m: not inner(m)
            if tok.startswith("{") and tok.endswith("}"):
                parts = [term(t) for t in tok[1:-1].split()]
                return lambda m: any(p(m) for p in parts)
            if ":" not in tok:
                self.violations.append(
                    f"messages.list q: free-text term {tok!r} is not supported by the test server"
                )
                return lambda m: True
            op, _, value = tok.partition(":")
            op, value = op.lower(), value.lower()
            if op in ("in", "label", "is"):
                name = {
                    "inbox": "INBOX",
                    "sent": "SENT",
                    "draft": "DRAFT",
                    "drafts": "DRAFT",
                    "spam": "SPAM",
                    "trash": "TRASH",
                    "unread": "UNREAD",
                    "starred": "STARRED",
                    "important": "IMPORTANT",
                }.get(value)
                if value == "anywhere":
                    return lambda m: True
                if name is None:
                    name = next(
                        (
                            lid
                            for lid, lbl in self.state.labels.items()
                            if lbl["name"].lower().replace(" ", "-") == value
                        ),
                        value.upper(),
                    )
                return lambda m: name in m.labels
            if op == "category":
                cat = CATEGORY_NAMES.get(value)
                if cat is None:
                    self.violations.append(f"messages.list q: unknown category {value!r}")
                    return lambda m: True
                return lambda m: cat in m.labels
            if op in ("after", "before"):
                if value.isdigit():
                    stamp = float(value)
                else:
                    y, mo, d = (int(x) for x in re.split(r"[/-]", value))
                    stamp = time.mktime((y, mo, d, 0, 0, 0, 0, 0, -1))
                if op == "after":
                    return lambda m: m.internal_date / 1000 > stamp
                return lambda m: m.internal_date / 1000 < stamp
            if op in ("newer_than", "older_than"):
                found = re.fullmatch(r"(\d+)([dmy])", value)
                if not found:
                    self.violations.append(f"messages.list q: bad {op} value {value!r}")
                    return lambda m: True
                days = int(found.group(1)) * {"d": 1, "m": 31, "y": 366}[found.group(2)]
                cutoff = now - days * 86400
                if op == "newer_than":
                    return lambda m: m.internal_date / 1000 >= cutoff
                return lambda m: m.internal_date / 1000 < cutoff
            self.violations.append(f"messages.list q: operator {op!r} is not supported by the test server")
            return lambda m: True

        # "a OR b" -> any; otherwise all terms must hold
        groups: list[list[Callable[[StoredMessage], bool]]] = [[]]
        pending_or = False
        for tok in tokens:
            if tok == "OR":
                pending_or = True
                continue
            fn = term(tok)
            if pending_or and groups[-1]:
                prev = groups[-1].pop()
                groups[-1].append(lambda m, a=prev, b=fn: a(m) or b(m))
            else:
                groups[-1].append(fn)
            pending_or = False
        checks = groups[0]
        return lambda m: all(c(m) for c in checks)

    def _api_messages_get(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        msg = self._get_message(pp["id"])
        return self._message_resource(msg, q.get("format", ["full"])[0], q.get("metadataHeaders"))

    def _api_messages_modify(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        msg = self._get_message(pp["id"])
        body = body or {}
        for lid in (body.get("addLabelIds") or []) + (body.get("removeLabelIds") or []):
            if lid not in self.state.labels:
                raise ApiError(400, "invalidArgument", f"Invalid label: {lid}")
        added = [lid for lid in body.get("addLabelIds") or [] if lid not in msg.labels]
        removed = [lid for lid in body.get("removeLabelIds") or [] if lid in msg.labels]
        msg.labels = [lbl for lbl in msg.labels if lbl not in removed] + added
        if added:
            self.state.history.append(
                HistoryRecord(self._next_history(), "labelAdded", msg.id, msg.thread_id, tuple(added))
            )
        if removed:
            self.state.history.append(
                HistoryRecord(self._next_history(), "labelRemoved", msg.id, msg.thread_id, tuple(removed))
            )
        return self._message_resource(msg, "minimal")

    def _api_threads_get(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        msgs = self.thread(pp["id"])
        if not msgs:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        fmt = q.get("format", ["full"])[0]
        return {
            "id": pp["id"],
            "historyId": str(max(m.history_id for m in msgs)),
            "messages": [self._message_resource(m, fmt, q.get("metadataHeaders")) for m in msgs],
        }

    def _api_history_list(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        if "startHistoryId" not in q:
            self.violations.append("users.history.list: startHistoryId missing")
            raise ApiError(400, "invalidArgument", "Missing startHistoryId")
        start = int(q["startHistoryId"][0])
        if start < self.min_history_id:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        types = set(q.get("historyTypes", [])) or {
            "messageAdded",
            "messageDeleted",
            "labelAdded",
            "labelRemoved",
        }
        label = q.get("labelId", [None])[0]
        records = []
        for rec in self.state.history:
            if rec.id <= start or rec.kind not in types:
                continue
            current = self.state.messages.get(rec.message_id)
            labels = list(current.labels) if current else list(rec.labels)
            if label is not None and label not in labels and label not in rec.labels:
                continue
            ref = {"id": rec.message_id, "threadId": rec.thread_id, "labelIds": labels}
            entry: dict[str, Any] = {
                "id": str(rec.id),
                "messages": [{"id": rec.message_id, "threadId": rec.thread_id}],
            }
            key = _HISTORY_KEYS[rec.kind]
            if rec.kind in ("labelAdded", "labelRemoved"):
                entry[key] = [{"message": ref, "labelIds": list(rec.labels)}]
            else:
                entry[key] = [{"message": ref}]
            records.append(entry)
        page, token = self._page(records, q)
        res: dict[str, Any] = {"historyId": str(self.history_id)}
        if page:
            res["history"] = page
        if token:
            res["nextPageToken"] = token
        return res

    def _check_draft_threading(self, raw: bytes, thread_id: str) -> None:
        """Gmail only threads a draft when threadId, References/In-Reply-To and the subject agree."""
        msgs = [m for m in self.thread(thread_id) if "DRAFT" not in m.labels]
        if not msgs:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        head = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        ids_in_thread = {m.message_id for m in msgs if m.message_id}
        refs = set(_msgids(head.get("In-Reply-To"))) | set(_msgids(head.get("References")))
        if not refs & ids_in_thread:
            self.violations.append(
                f"draft for thread {thread_id}: In-Reply-To/References name no message of the thread"
            )
        subjects = {_normalize_subject(m.headers().get("Subject", "")) for m in msgs}
        if _normalize_subject(head.get("Subject", "")) not in subjects:
            self.violations.append(f"draft for thread {thread_id}: subject does not match the thread")

    def _draft_message(self, body: Any) -> tuple[bytes, str | None]:
        message = (body or {}).get("message") or {}
        if "raw" not in message:
            raise ApiError(400, "invalidArgument", "Missing draft message")
        raw = b64url_decode(message["raw"])
        thread_id = message.get("threadId")
        if thread_id:
            self._check_draft_threading(raw, thread_id)
        return raw, thread_id

    def _draft_resource(self, draft_id: str, fmt: str = "full") -> dict[str, Any]:
        msg = self.state.messages[self.state.drafts[draft_id]]
        return {"id": draft_id, "message": self._message_resource(msg, fmt)}

    def _api_drafts_create(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        raw, thread_id = self._draft_message(body)
        stored = self._store(raw, ("DRAFT",), thread_id, self.clock())
        draft_id = f"r-{next(self._draft_ids)}"
        self.state.drafts[draft_id] = stored.id
        return {
            "id": draft_id,
            "message": {"id": stored.id, "threadId": stored.thread_id, "labelIds": ["DRAFT"]},
        }

    def _api_drafts_get(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        if pp["id"] not in self.state.drafts:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        return self._draft_resource(pp["id"], q.get("format", ["full"])[0])

    def _api_drafts_list(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        items = [
            {"id": did, "message": {"id": mid, "threadId": self.state.messages[mid].thread_id}}
            for did, mid in sorted(self.state.drafts.items())
        ]
        page, token = self._page(items, q)
        res: dict[str, Any] = {"resultSizeEstimate": len(items)}
        if page:
            res["drafts"] = page
        if token:
            res["nextPageToken"] = token
        return res

    def _api_drafts_update(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        draft_id = pp["id"]
        if draft_id not in self.state.drafts:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        raw, thread_id = self._draft_message(body)
        old = self.state.messages.pop(self.state.drafts[draft_id])
        self.state.history.append(
            HistoryRecord(self._next_history(), "messageDeleted", old.id, old.thread_id, tuple(old.labels))
        )
        stored = self._store(raw, ("DRAFT",), thread_id, self.clock())
        self.state.drafts[draft_id] = stored.id
        return {
            "id": draft_id,
            "message": {"id": stored.id, "threadId": stored.thread_id, "labelIds": ["DRAFT"]},
        }

    def _api_drafts_delete(self, pp: dict, q: dict, body: Any) -> None:
        if pp["id"] not in self.state.drafts:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        self.delete_draft(pp["id"])
        return None

    def _api_labels_list(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        return {"labels": list(self.state.labels.values())}

    def _api_labels_create(self, pp: dict, q: dict, body: Any) -> dict[str, Any]:
        name = (body or {}).get("name", "").strip()
        if not name:
            raise ApiError(400, "invalidArgument", "Invalid label name")
        if any(lbl["name"].lower() == name.lower() for lbl in self.state.labels.values()):
            raise ApiError(409, "duplicate", "Label name exists or conflicts")
        label_id = f"Label_{next(self._label_ids)}"
        label = {
            "id": label_id,
            "name": name,
            "type": "user",
            "labelListVisibility": body.get("labelListVisibility", "labelShow"),
            "messageListVisibility": body.get("messageListVisibility", "show"),
        }
        self.state.labels[label_id] = label
        return label

    # -- batch ----------------------------------------------------------------------------------------
    def handle_batch(self, content_type: str, body: bytes, outer_headers: Any) -> Response:
        self.call_log.append("batch")
        with self._lock:
            self.request_log.append(LoggedRequest("POST", "/batch/gmail/v1", {}))
        envelope = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        if not envelope.is_multipart():
            self.violations.append("batch: body is not multipart/mixed")
            return error_response(400, "invalidArgument", "Batch body must be multipart/mixed")
        parts = envelope.get_payload()
        self.batch_sizes.append(len(parts))
        if len(parts) > self.max_batch_parts:
            self.violations.append(f"batch: {len(parts)} parts, more than {self.max_batch_parts}")
            if len(parts) > 100:
                return error_response(400, "invalidArgument", "Too many requests in a batch (max 100)")
        boundary = "batch_" + secrets.token_hex(8)
        out = []
        for part in parts:
            cid = part.get("Content-ID", "")
            if part.get_content_type() != "application/http":
                self.violations.append("batch: part is not application/http")
            text = part.get_payload()
            if isinstance(text, list):
                self.violations.append("batch: nested multipart part")
                continue
            text = text.replace("\r\n", "\n")
            request_line, _, rest = text.partition("\n")
            head, _, inner_body = rest.partition("\n\n")
            inner_headers = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(head + "\n\n")
            try:
                method, target, _version = request_line.split(" ", 2)
            except ValueError:
                self.violations.append(f"batch: bad request line {request_line!r}")
                continue
            resp, _mid, _delay = self.handle_api(
                method, target, inner_headers, inner_body.encode(), part=True
            )
            if resp.status == -1:  # drop does not apply to parts
                resp = error_response(503, "backendError", "Backend Error")
            reason = _REASONS.get(resp.status, "Error")
            lines = [f"HTTP/1.1 {resp.status} {reason}"]
            lines += [f"{k}: {v}" for k, v in resp.headers.items()]
            inner = "\r\n".join(lines) + "\r\n\r\n" + resp.body.decode()
            response_cid = (
                "<response-" + cid.strip()[1:] if cid.strip().startswith("<") else f"<response-{cid}>"
            )
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: {response_cid}\r\n\r\n{inner}\r\n"
            )
        payload = "".join(out) + f"--{boundary}--\r\n"
        return Response(200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, payload.encode())


_HISTORY_KEYS = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}

_REASONS = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
}


def _make_handler(server: GmailServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep tests quiet
            pass

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(self, resp: Response) -> None:
            if resp.status == -1:  # dropped connection: no answer at all
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(2)
                return
            try:
                self.send_response(resp.status)
                for key, value in resp.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(resp.body)))
                self.end_headers()
                self.wfile.write(resp.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout): fine
                self.close_connection = True

        def _dispatch(self, method: str) -> None:
            body = self._body()
            parsed = urllib.parse.urlsplit(self.path)
            path = parsed.path
            if path == "/token" and method == "POST":
                form = dict(urllib.parse.parse_qsl(body.decode()))
                basic = self.headers.get("Authorization", "")
                if basic.lower().startswith("basic ") and "client_id" not in form:
                    user, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
                    form["client_id"] = urllib.parse.unquote(user)
                    form["client_secret"] = urllib.parse.unquote(secret)
                fault = server.faults.pick("token", False)
                if fault is not None:
                    self._send(_fault_response(fault[0], fault[1]))
                    return
                self._send(server.handle_token(form))
                return
            if path == "/revoke" and method == "POST":
                form = dict(urllib.parse.parse_qsl(parsed.query)) | dict(
                    urllib.parse.parse_qsl(body.decode())
                )
                self._send(server.handle_revoke(form.get("token", "")))
                return
            if path == "/o/oauth2/auth" and method == "GET":
                self._send(server.handle_auth(urllib.parse.parse_qs(parsed.query)))
                return
            if path in ("/batch/gmail/v1", "/batch") and method == "POST":
                if path == "/batch":
                    server.violations.append("batch: posted to /batch instead of /batch/gmail/v1")
                fault = server.faults.pick("batch", False)
                if fault is not None:
                    resp = _fault_response(fault[0], fault[1])
                    if resp.status != 0:
                        self._send(resp)
                        return
                    time.sleep(fault[1].slow_seconds)
                self._send(server.handle_batch(self.headers.get("Content-Type", ""), body, self.headers))
                return
            resp, _mid, delay = server.handle_api(method, self.path, self.headers, body)
            if delay:
                time.sleep(delay)
            self._send(resp)

        def do_GET(self) -> None:  # noqa: N802
            self._dispatch("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._dispatch("POST")

        def do_PUT(self) -> None:  # noqa: N802
            self._dispatch("PUT")

        def do_DELETE(self) -> None:  # noqa: N802
            self._dispatch("DELETE")

        def do_PATCH(self) -> None:  # noqa: N802
            self._dispatch("PATCH")

    return Handler


def _fault_response(kind: str, rule: FaultRule) -> Response:
    """Outer-level fault: status 0 means "slow" (answer normally after a pause)."""
    if kind == "429":
        return error_response(
            429,
            "rateLimitExceeded",
            "Too many concurrent requests for user.",
            {"Retry-After": str(rule.retry_after)},
        )
    if kind in ("500", "503"):
        return error_response(int(kind), "backendError", "Backend Error")
    if kind == "drop":
        return Response(-1, {}, b"")
    return Response(0, {}, b"")


class FakeClock:
    """A clock that only moves when someone sleeps: pass `.sleep` to the client and `.time` to the server."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def time(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += max(0.0, seconds)


def make_raw(
    subject: str = "Hello",
    sender: str = "Recruiter <recruiter@acme.example>",
    to: str = "owner@example.com",
    body: str = "Thanks for applying.",
    *,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    date: float | None = None,
) -> bytes:
    """A small RFC 822 message for tests."""
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(date if date is not None else time.time())
    msg["Message-ID"] = message_id or email.utils.make_msgid(domain="acme.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    return msg.as_bytes()


@contextlib.contextmanager
def running_server(**kwargs: Any) -> Iterator[GmailServer]:
    server = GmailServer(**kwargs)
    server.start()
    try:
        yield server
    finally:
        server.stop()
