"""Gmail source and draft sink: the only module that imports googleapiclient.

Every API call goes through `GmailClient._execute`, the one chokepoint: it retries 429, 403
rate-limit, 5xx and connection errors with jittered exponential backoff that honours `Retry-After`,
and turns what a user must fix into one sentence (`AuthError`, `GmailError`). Batch requests go
through it too (`_batch`), and parts of a batch that failed with a retryable error are re-queued.

The chokepoint also paces itself (`QuotaPacer`, a token bucket): Gmail allows each user 250 quota
units per second (https://developers.google.com/gmail/api/reference/quota; a `messages.get` costs 5,
so a batch of 50 costs 250). Waiting for the bucket before each request lets a big first scan run at
the quota's pace instead of bouncing off 429s and sleeping for whole Retry-After seconds.

The base URL can be replaced (`ASSISTANT_GMAIL_ENDPOINT` or the `endpoint` argument), batch
requests included: `service.new_batch_http_request()` ignores `api_endpoint` and always posts to
Google (https://github.com/googleapis/google-api-python-client/issues/1107), so the batch is built
here with an explicit `batch_uri`.
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import os
import random
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from assistant import auth
from assistant.errors import AuthError, GmailError
from assistant.models import RawMail

log = logging.getLogger(__name__)

T = TypeVar("T")

GOOGLE_ENDPOINT = "https://gmail.googleapis.com/"
BATCH_PATH = "batch/gmail/v1"
BATCH_SIZE = 50  # Gmail allows 100 calls per batch and recommends at most 50
DEFAULT_CATEGORIES_EXCLUDED = ("promotions", "social", "forums")

RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "RATE_LIMIT_EXCEEDED"})
QUOTA_GONE_REASONS = frozenset({"dailyLimitExceeded", "quotaExceeded"})
SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
WATCHED_LABELS = frozenset({"INBOX", "SENT"})

# Quota units per method (https://developers.google.com/gmail/api/reference/quota).
QUOTA_UNITS: dict[str, int] = {
    "users.getProfile": 1,
    "users.labels.list": 1,
    "users.labels.get": 1,
    "users.labels.create": 5,
    "users.history.list": 2,
    "users.messages.list": 5,
    "users.messages.get": 5,
    "users.messages.modify": 5,
    "users.threads.get": 10,
    "users.drafts.create": 10,
    "users.drafts.get": 5,
    "users.drafts.list": 5,
    "users.drafts.update": 15,
    "users.drafts.delete": 10,
}
DEFAULT_UNITS = 5  # for a method missing above
ENV_QUOTA = "ASSISTANT_GMAIL_QUOTA_UNITS"
QUOTA_UNITS_PER_SECOND = 250.0  # Gmail's per-user limit (15,000 units per minute)

QUOTA_SENTENCE = "Gmail's usage limit for this account is used up; wait a few minutes and run the scan again."
SCOPE_SENTENCE = (
    "The Gmail sign-in lacks a permission this needs ({what}); run `assistant auth` again "
    "(and turn labels on first if you want Gmail labels)."
)


class HistoryExpired(Exception):
    """history.list answered 404: the stored historyId is too old. Do a full sync instead."""


class NotFound(Exception):
    """The API answered 404 for this call."""


@dataclass(frozen=True)
class FetchFailure:
    """A message fetch_raw could not deliver. permanent=True: Gmail says it no longer exists (404)
    or refused it for good; permanent=False: still failing after every retry (try it next run)."""

    id: str
    reason: str
    permanent: bool


def default_query(days: int = 180, exclude_categories: Iterable[str] = DEFAULT_CATEGORIES_EXCLUDED) -> str:
    """Gmail search for the first sync window: inbox and sent mail of the last `days` days,
    without the given categories."""
    parts = ["{in:inbox in:sent}", f"newer_than:{int(days)}d"]
    parts += [f"-category:{c}" for c in exclude_categories]
    return " ".join(parts)


def resolve_quota(units_per_second: float | None = None) -> float:
    """Units per second to pace at: the argument, else $ASSISTANT_GMAIL_QUOTA_UNITS, else 250
    (Gmail's per-user limit). 0 turns pacing off."""
    if units_per_second is not None:
        return max(0.0, float(units_per_second))
    value = os.environ.get(ENV_QUOTA, "").strip()
    try:
        return max(0.0, float(value)) if value else QUOTA_UNITS_PER_SECOND
    except ValueError:
        return QUOTA_UNITS_PER_SECOND


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The API base URL: the argument, else $ASSISTANT_GMAIL_ENDPOINT, else Google's. Ends with '/'."""
    url = endpoint or os.environ.get(auth.ENV_ENDPOINT) or GOOGLE_ENDPOINT
    return url if url.endswith("/") else url + "/"


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _error_reason(exc: HttpError) -> str:
    """The first machine-readable reason in a Google API error body ("" when none)."""
    try:
        body = json.loads(exc.content.decode("utf-8") if isinstance(exc.content, bytes) else exc.content)
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return ""
    for item in error.get("errors") or []:
        if isinstance(item, dict) and item.get("reason"):
            return str(item["reason"])
    for item in error.get("details") or []:
        if isinstance(item, dict) and item.get("reason"):
            return str(item["reason"])
    return str(error.get("status") or "")


def _retry_after(exc: HttpError) -> float:
    value = exc.resp.get("retry-after") if exc.resp is not None else None
    try:
        return max(0.0, float(value)) if value is not None else 0.0
    except ValueError:
        return 0.0  # an HTTP date: fall back to backoff


_TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    socket.timeout,
    http.client.HTTPException,
    httplib2.HttpLib2Error,
    TransportError,
)


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float = 0.0, rate_limited: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.rate_limited = rate_limited


def quota_units(method: str) -> int:
    """Quota units one call of `method` (e.g. "users.messages.get") costs."""
    return QUOTA_UNITS.get(method, DEFAULT_UNITS)


class QuotaPacer:
    """Token bucket in front of the API: `units_per_second` refill each second, up to `burst` units
    (default: one second's worth, as Gmail's per-user limit allows).

    `acquire(units)` sleeps until the bucket holds the units (or is full, for a request that costs
    more than the whole bucket), then spends them; the bucket may go into debt, which later requests
    wait out. The server charges a request a little after we send it, and by varying amounts (a batch
    of 50 is built and serialised first), so refill restarts only `margin` seconds after the send:
    without it, a bucket spent to the last unit on both sides drifts into occasional 429s. Each 429
    for the rate (`rate_limited()`) empties our bucket and widens the margin a little (up to
    `max_margin`): a 429 costs a whole Retry-After second, a wider margin a few milliseconds.

    A wait is credited even when `clock` did not move during `sleep` (a fake sleep in tests): the
    pacer keeps its own time, the clock plus every slept second the clock did not see.
    """

    def __init__(
        self,
        units_per_second: float | None = QUOTA_UNITS_PER_SECOND,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        burst: float | None = None,
        margin: float = 0.04,
        max_margin: float = 0.25,
    ) -> None:
        self.rate = float(units_per_second or 0)
        self.capacity = float(burst if burst is not None else self.rate)
        self.margin = margin
        self.max_margin = max_margin
        self.limited = 0
        self._clock = clock
        self._sleep = sleep
        self._offset = 0.0
        self._level = self.capacity
        self._updated = clock()
        self.waits = 0
        self.waited = 0.0
        self.units = 0

    def _now(self) -> float:
        return self._clock() + self._offset

    def acquire(self, units: float) -> float:
        """Spend `units`, first sleeping as long as the bucket needs. Returns the seconds slept."""
        self.units += int(units)
        if self.rate <= 0:
            return 0.0
        now = self._now()
        base = max(now, self._updated)  # refill restarts `margin` after the last send
        self._level = min(self.capacity, self._level + (base - self._updated) * self.rate)
        self._updated = base
        need = min(float(units), self.capacity)
        seconds = 0.0
        if self._level < need:
            seconds = base - now + (need - self._level) / self.rate
            self._sleep(seconds)
            moved = self._now() - now
            if moved < seconds:  # a sleep the clock did not see (a fake sleep): trust the sleep
                self._offset += seconds - moved
            self.waits += 1
            self.waited += seconds
            self._level = need
            self._updated = now + seconds
        self._level -= units
        self._updated += self.margin
        return seconds

    def rate_limited(self) -> None:
        """The server refused a request for the rate: start again from an empty bucket, more carefully."""
        self.limited += 1
        if self.rate > 0:
            self._level = min(self._level, 0.0)
            self.margin = min(self.max_margin, self.margin + 0.01)


class GmailClient:
    """A signed-in Gmail account. Build with `GmailClient.from_home(home)`.

    Counters: `api_calls` counts API operations sent (each batch part counts, retries count);
    `http_requests` counts HTTP round trips (a batch is one); `retries`/`slept` the backoff pauses;
    `pacer.waits`/`pacer.waited`/`pacer.units` the quota pacing (see `QuotaPacer`).

    `quota_units_per_second` paces requests by their quota cost (default: $ASSISTANT_GMAIL_QUOTA_UNITS,
    else 250, Gmail's per-user limit; 0: no pacing). `clock` is the pacer's clock; by default `time.monotonic` when
    `sleep` is `time.sleep`, else a clock that only the pacer's own sleeps move.
    """

    def __init__(
        self,
        credentials: Any,
        endpoint: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        *,
        timeout: float = 60.0,
        max_attempts: int = 8,
        base_delay: float = 1.0,
        max_delay: float = 64.0,
        max_retry_after: float = 300.0,
        batch_size: int = BATCH_SIZE,
        rng: random.Random | None = None,
        home: Path | None = None,
        quota_units_per_second: float | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.endpoint = resolve_endpoint(endpoint)
        self.batch_uri = self.endpoint + BATCH_PATH
        self.credentials = credentials
        self._sleep = sleep
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self.batch_size = min(batch_size, 100)
        self._rng = rng or random.Random()
        self._home = Path(home) if home is not None else None
        self._saved_token = getattr(credentials, "token", None)
        self.api_calls = 0
        self.http_requests = 0
        self.retries = 0
        self.slept = 0.0
        self.last_failures: list[FetchFailure] = []
        self.last_history_changed = True
        self._labels: dict[str, str] | None = None
        if clock is None:
            clock = time.monotonic if sleep is time.sleep else (lambda: 0.0)  # time = slept seconds
        self.pacer = QuotaPacer(resolve_quota(quota_units_per_second), clock=clock, sleep=sleep)
        authed = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout))
        self._service = build(
            "gmail",
            "v1",
            http=authed,
            client_options={"api_endpoint": self.endpoint},
            static_discovery=True,
            cache_discovery=False,
        )
        self._users = self._service.users()

    @classmethod
    def from_home(
        cls,
        home: Path,
        endpoint: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        **kwargs: Any,
    ) -> GmailClient:
        """Load <home>/token.json (refreshing it if expired). Raises AuthError when missing or revoked."""
        creds = auth.load_credentials(Path(home), endpoint=endpoint)
        return cls(creds, endpoint=endpoint, sleep=sleep, home=Path(home), **kwargs)

    # -- the chokepoint ----------------------------------------------------------------------------
    def _classify(self, exc: BaseException, what: str) -> _Retry:
        """Return a _Retry for errors worth retrying; raise the error to stop with otherwise."""
        if isinstance(exc, RefreshError):
            raise AuthError(auth.EXPIRED_SENTENCE) from exc
        if isinstance(exc, HttpError):
            status = exc.status_code or (int(exc.resp.status) if exc.resp is not None else 0)
            reason = _error_reason(exc)
            if status == 401:
                raise AuthError(auth.EXPIRED_SENTENCE) from exc
            if status == 404:
                raise NotFound(what) from exc
            if reason in QUOTA_GONE_REASONS:
                raise GmailError(QUOTA_SENTENCE) from exc
            if status == 403 and reason in SCOPE_REASONS:
                raise GmailError(SCOPE_SENTENCE.format(what=what)) from exc
            if status in RETRY_STATUSES or (status == 403 and reason in RATE_LIMIT_REASONS):
                limited = status == 429 or reason in RATE_LIMIT_REASONS
                return _Retry(f"{status} {reason}".strip(), _retry_after(exc), limited)
            raise GmailError(
                f"Gmail refused {what} ({status} {reason or 'error'}); this is likely a bug."
            ) from exc
        if isinstance(exc, _TRANSIENT_ERRORS) or (
            isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError)
        ):
            return _Retry(type(exc).__name__)
        raise exc

    def _delay(self, attempt: int, retry_after: float) -> float:
        cap = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        delay = cap / 2 + self._rng.uniform(0, cap / 2)  # jitter
        return max(delay, min(retry_after, self.max_retry_after))

    def _give_up(self, what: str, last: _Retry) -> GmailError:
        if last.rate_limited:
            return GmailError(QUOTA_SENTENCE)
        return GmailError(
            f"Gmail kept failing for {what} after {self.max_attempts} attempts ({last.reason}); try again later."
        )

    def _pause(self, seconds: float) -> None:
        self.retries += 1
        self.slept += seconds
        self._sleep(seconds)

    def _execute(
        self,
        what: str,
        run: Callable[..., T],
        calls: int = 1,
        units: int | None = None,
        prepare: Callable[[], Any] | None = None,
    ) -> T:
        """Run one API request (or one batch envelope) with retries. The one place calls are made.

        Each attempt builds the request (`prepare()`, when given; `run` then gets what it built),
        waits for `units` quota units (default: the cost of the method named by `what`, times
        `calls`) and sends it (`run`). Waiting after building keeps the time between our quota
        reading and the server's short and steady (building a batch of 50 takes tens of ms)."""
        if units is None:
            units = quota_units(what.split(" ", 1)[0]) * calls
        attempt = 0
        while True:
            attempt += 1
            prepared = prepare() if prepare is not None else None
            self.pacer.acquire(units)
            self.http_requests += 1
            self.api_calls += calls
            try:
                result = run(prepared) if prepare is not None else run()
            except Exception as exc:  # noqa: BLE001 - classified below; unknown errors are re-raised
                retry = self._classify(exc, what)
                if retry.rate_limited:
                    self.pacer.rate_limited()
                if attempt >= self.max_attempts:
                    raise self._give_up(what, retry) from exc
                delay = self._delay(attempt, retry.retry_after)
                log.info("Gmail %s failed (%s); retry %d in %.1fs", what, retry.reason, attempt, delay)
                self._pause(delay)
                continue
            self._persist_refreshed_token()
            return result

    def _call(self, what: str, request_factory: Callable[[], Any]) -> Any:
        return self._execute(what, lambda request: request.execute(num_retries=0), prepare=request_factory)

    def _persist_refreshed_token(self) -> None:
        token = getattr(self.credentials, "token", None)
        if self._home is not None and token != self._saved_token:
            auth.save_credentials(self._home, self.credentials)
            self._saved_token = token

    def _batch(
        self, what: str, factories: dict[str, Callable[[], Any]]
    ) -> tuple[dict[str, Any], dict[str, FetchFailure]]:
        """Send requests in batches of at most batch_size, re-queueing parts that failed with a
        retryable error. Returns (results by key, failures by key)."""
        results: dict[str, Any] = {}
        failures: dict[str, FetchFailure] = {}
        keys = list(factories)
        answers: dict[str, tuple[Any, BaseException | None]] = {}

        def callback(request_id: str, response: Any, exception: BaseException | None) -> None:
            answers[request_id] = (response, exception)

        for start in range(0, len(keys), self.batch_size):
            pending = {k: factories[k] for k in keys[start : start + self.batch_size]}
            tries: dict[str, int] = dict.fromkeys(pending, 0)
            stalled = 0  # rounds in a row where no part succeeded: drives the backoff
            while pending:
                for key in pending:
                    tries[key] += 1

                def build(pending: dict[str, Callable[[], Any]] = pending) -> BatchHttpRequest:
                    answers.clear()
                    batch = BatchHttpRequest(callback=callback, batch_uri=self.batch_uri)
                    for key, make in pending.items():
                        batch.add(make(), request_id=key)
                    return batch

                self._execute(
                    f"{what} (batch of {len(pending)})",
                    lambda batch: batch.execute(),
                    calls=len(pending),
                    units=quota_units(what) * len(pending),
                    prepare=build,
                )
                wait = 0.0
                last: _Retry | None = None
                progressed = False
                limited = False
                for key in list(pending):
                    response, exception = answers.get(key, (None, _Retry("no answer in batch")))
                    if exception is None:
                        results[key] = response
                        del pending[key]
                        progressed = True
                        continue
                    try:
                        retry = (
                            exception if isinstance(exception, _Retry) else self._classify(exception, what)
                        )
                    except NotFound:
                        failures[key] = FetchFailure(key, "not found in Gmail (deleted?)", True)
                        del pending[key]
                        continue
                    except AuthError:
                        raise
                    except GmailError as e:
                        failures[key] = FetchFailure(key, str(e), True)
                        del pending[key]
                        continue
                    if tries[key] >= self.max_attempts:
                        failures[key] = FetchFailure(
                            key, f"still failing after {tries[key]} attempts ({retry.reason})", False
                        )
                        del pending[key]
                        continue
                    wait = max(wait, retry.retry_after)
                    limited = limited or retry.rate_limited
                    last = retry
                if limited:
                    self.pacer.rate_limited()
                if pending and last is not None:
                    stalled = 0 if progressed else stalled + 1
                    self._pause(self._delay(max(1, stalled), wait))
        return results, failures

    # -- reading --------------------------------------------------------------------------------------
    def profile(self) -> dict[str, Any]:
        """{"emailAddress", "historyId", "messagesTotal", "threadsTotal"}."""
        return self._call("users.getProfile", lambda: self._users.getProfile(userId="me"))

    def full_sync_ids(
        self, query: str | None = None, label_ids: list[str] | None = None
    ) -> list[tuple[str, str]]:
        """(id, threadId) of every message matching the Gmail search `query` (default: default_query())."""
        query = default_query() if query is None else query
        found: dict[str, str] = {}
        page_token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"userId": "me", "q": query, "maxResults": 500}
            if label_ids:
                kwargs["labelIds"] = label_ids
            if page_token:
                kwargs["pageToken"] = page_token
            page = self._call("users.messages.list", lambda kw=kwargs: self._users.messages().list(**kw))
            for item in page.get("messages", []):
                found.setdefault(item["id"], item.get("threadId", ""))
            page_token = page.get("nextPageToken")
            if not page_token:
                return list(found.items())

    def history_since(self, history_id: str) -> tuple[list[tuple[str, str]], str]:
        """New messages in INBOX or SENT since history_id, and the mailbox's new historyId.

        One API call when nothing changed. Raises HistoryExpired when Gmail no longer has that id.
        Afterwards `last_history_changed` says whether anything happened that can change what became
        of a draft (new INBOX/SENT mail, or a message deleted: a draft sent or discarded); drafts
        added (ours included) and other label changes do not count.
        """
        found: dict[str, str] = {}
        deleted = False
        new_history_id = str(history_id)
        page_token: str | None = None
        while True:
            kwargs: dict[str, Any] = {
                "userId": "me",
                "startHistoryId": str(history_id),
                "historyTypes": ["messageAdded", "labelAdded", "messageDeleted"],
                "maxResults": 500,
            }
            if page_token:
                kwargs["pageToken"] = page_token
            try:
                page = self._call("users.history.list", lambda kw=kwargs: self._users.history().list(**kw))
            except NotFound as e:
                raise HistoryExpired(str(history_id)) from e
            for record in page.get("history", []):
                if record.get("messagesDeleted"):
                    deleted = True
                for added in record.get("messagesAdded", []):
                    msg = added.get("message", {})
                    labels = set(msg.get("labelIds") or [])
                    if labels & WATCHED_LABELS and "DRAFT" not in labels:
                        found.setdefault(msg["id"], msg.get("threadId", ""))
                for added in record.get("labelsAdded", []):
                    msg = added.get("message", {})
                    if set(added.get("labelIds") or []) & WATCHED_LABELS and "DRAFT" not in (
                        msg.get("labelIds") or []
                    ):
                        found.setdefault(msg["id"], msg.get("threadId", ""))
            new_history_id = str(page.get("historyId") or new_history_id)
            page_token = page.get("nextPageToken")
            if not page_token:
                self.last_history_changed = bool(found) or deleted
                return list(found.items()), new_history_id

    def fetch_raw(self, ids: Iterable[str]) -> Iterator[RawMail | FetchFailure]:
        """Fetch messages `format=raw` in batches of at most 50, in the order given (duplicates dropped).

        Yields a RawMail per message, or a FetchFailure for a message that is gone (permanent) or
        still failing after every retry (not permanent: fetch it again next run). Never drops one
        silently; the failures of the last call are also in `last_failures`.
        """
        unique = list(dict.fromkeys(ids))
        self.last_failures = []
        for start in range(0, len(unique), self.batch_size):
            chunk = unique[start : start + self.batch_size]
            factories = {
                mid: (lambda mid=mid: self._users.messages().get(userId="me", id=mid, format="raw"))
                for mid in chunk
            }
            results, failures = self._batch("users.messages.get", factories)
            for mid in chunk:
                if mid in results:
                    res = results[mid]
                    yield RawMail(
                        id=mid,
                        data=_b64decode(res.get("raw", "")),
                        source=f"gmail:{mid}",
                        labels=tuple(res.get("labelIds") or ()),
                        thread_id=res.get("threadId"),
                    )
                else:
                    failure = failures.get(mid) or FetchFailure(mid, "no answer", False)
                    self.last_failures.append(failure)
                    yield failure

    def thread_message_meta(self, thread_id: str) -> list[dict[str, Any]]:
        """Messages of a thread, oldest first: {"id", "labelIds", "from", "date", "message_id",
        "internalDate" (int, ms)}. [] when the thread no longer exists."""
        try:
            thread = self._call(
                "users.threads.get",
                lambda: self._users.threads().get(
                    userId="me",
                    id=thread_id,
                    format="metadata",
                    metadataHeaders=["From", "Date", "Message-ID"],
                ),
            )
        except NotFound:
            return []
        out = []
        for msg in thread.get("messages", []):
            headers = {h["name"].lower(): h["value"] for h in msg.get("payload", {}).get("headers", [])}
            out.append(
                {
                    "id": msg["id"],
                    "labelIds": list(msg.get("labelIds") or []),
                    "from": headers.get("from", ""),
                    "date": headers.get("date", ""),
                    "message_id": headers.get("message-id", ""),
                    "internalDate": int(msg.get("internalDate") or 0),
                }
            )
        return sorted(out, key=lambda m: m["internalDate"])

    # -- drafts (never sends) -------------------------------------------------------------------------
    def create_draft(self, raw: bytes, thread_id: str | None = None) -> str:
        """Create a Gmail draft from RFC 822 bytes, in thread_id when given. Returns the draft id.

        Threading needs thread_id plus In-Reply-To/References and a matching subject in `raw`.
        """
        message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
        if thread_id:
            message["threadId"] = thread_id
        res = self._call(
            "users.drafts.create", lambda: self._users.drafts().create(userId="me", body={"message": message})
        )
        return str(res["id"])

    def get_draft(self, draft_id: str) -> dict[str, Any] | None:
        """{"id", "message": {"id", "threadId", "labelIds"}}, or None when the draft no longer exists
        (deleted, or sent by the owner)."""
        try:
            return self._call(
                "users.drafts.get",
                lambda: self._users.drafts().get(userId="me", id=draft_id, format="minimal"),
            )
        except NotFound:
            return None

    def draft_raw(self, draft_id: str) -> bytes | None:
        """The RFC 822 bytes of a draft, or None when it no longer exists."""
        try:
            res = self._call(
                "users.drafts.get", lambda: self._users.drafts().get(userId="me", id=draft_id, format="raw")
            )
        except NotFound:
            return None
        return _b64decode(res.get("message", {}).get("raw", ""))

    def list_drafts(self) -> list[dict[str, Any]]:
        """Every draft: [{"id", "message": {"id", "threadId"}}]."""
        drafts: list[dict[str, Any]] = []
        page_token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"userId": "me", "maxResults": 500}
            if page_token:
                kwargs["pageToken"] = page_token
            page = self._call("users.drafts.list", lambda kw=kwargs: self._users.drafts().list(**kw))
            drafts += page.get("drafts", [])
            page_token = page.get("nextPageToken")
            if not page_token:
                return drafts

    # -- labels (optional feature; needs gmail.modify) ----------------------------------------------
    def ensure_label(self, name: str) -> str:
        """The id of the user label `name` (e.g. "Job search/Rejection"), creating it when missing."""
        if self._labels is None:
            res = self._call("users.labels.list", lambda: self._users.labels().list(userId="me"))
            self._labels = {lbl["name"].lower(): lbl["id"] for lbl in res.get("labels", [])}
        key = name.lower()
        if key not in self._labels:
            body = {"name": name, "labelListVisibility": "labelShow", "messageListVisibility": "show"}
            try:
                res = self._call(
                    "users.labels.create", lambda: self._users.labels().create(userId="me", body=body)
                )
            except GmailError:
                self._labels = None  # maybe created meanwhile (409): look again
                res = self._call("users.labels.list", lambda: self._users.labels().list(userId="me"))
                self._labels = {lbl["name"].lower(): lbl["id"] for lbl in res.get("labels", [])}
                if key not in self._labels:
                    raise
                return self._labels[key]
            self._labels[key] = res["id"]
        return self._labels[key]

    def add_labels(self, msg_id: str, label_ids: Iterable[str]) -> None:
        """Add labels to a message (messages.modify)."""
        body = {"addLabelIds": list(label_ids)}
        self._call(
            "users.messages.modify", lambda: self._users.messages().modify(userId="me", id=msg_id, body=body)
        )
