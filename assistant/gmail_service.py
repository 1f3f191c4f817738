"""Scanning Gmail: which messages to fetch (full sync or history), the Gmail draft sink, optional labels.

Every API call goes through `GmailClient` (assistant/sources/gmail.py), whose one chokepoint retries and
turns hopeless failures into one sentence. This module decides *what* to ask:

- First run: list the configured window (inbox and sent, last 180 days, no promotions/social/forums),
  fetch new messages `format=raw` in batches of at most 50, store the mailbox historyId read *before*
  listing (so mail arriving meanwhile is seen next time).
- Later runs: `history.list` from the stored id; when Gmail answers 404 (id too old), a full resync.
  A scan with no new mail makes exactly one API call.
- Messages whose fetch kept failing are remembered in `gmail_pending` and fetched again next run, so a
  historyId moving on never loses them. A message Gmail says is gone is recorded as a failure.
- Drafts: each note becomes a Gmail draft replying in the original thread. When the mailbox changed,
  open drafts are checked: still a draft; sent (a message from the owner in that thread after the draft
  was made); or deleted unsent (never recreated).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from assistant import service
from assistant.errors import GmailError
from assistant.models import Draft, RawMail
from assistant.sources.gmail import FetchFailure, GmailClient, HistoryExpired, default_query
from assistant.store import Store

log = logging.getLogger("assistant")

STATE_KEY = "gmail"
PENDING_KEY = "gmail_pending"


class GmailSink:
    """Drafts go into Gmail's Drafts, in the original thread. Never sends."""

    name = "gmail"

    def __init__(self, client: GmailClient) -> None:
        self.client = client

    def create(self, draft: Draft, raw: bytes) -> str:
        return self.client.create_draft(raw, draft.thread_id)

    def status(self, record: dict[str, Any], owner: str) -> str | None:
        """"sent", "deleted", or None while it is still a draft."""
        draft_id = record.get("gmail_draft_id")
        if record.get("status") == "creating":
            return None  # resolved by `recover_creating` before planning
        if not draft_id:
            return None
        if self.client.get_draft(draft_id) is not None:
            return None
        created = service._dt(record.get("created_at"))
        created_ms = int(created.timestamp() * 1000) if created else 0
        for meta in self.client.thread_message_meta(record.get("thread_id") or ""):
            if "SENT" in meta["labelIds"] and meta["internalDate"] >= created_ms:
                sent_at = datetime.fromtimestamp(meta["internalDate"] / 1000, tz=UTC)
                record["sent_at"] = sent_at.isoformat()
                return "sent"
        return "deleted"


def recover_creating(store: Store, client: GmailClient) -> None:
    """Drafts whose creation was interrupted (status "creating"): find them in Gmail by their
    X-Assistant-Draft header, else forget the attempt so it is made again. Never duplicates."""
    creating = [d for d in store.all("drafts") if d.get("status") == "creating" and d.get("sink") == "gmail"]
    if not creating:
        return
    remote = client.list_drafts()
    for record in creating:
        found = ""
        for item in remote:
            if record.get("thread_id") and item.get("message", {}).get("threadId") != record["thread_id"]:
                continue
            raw = client.draft_raw(item["id"])
            if raw is not None and f"X-Assistant-Draft: {record['id']}".encode() in raw:
                found = item["id"]
                break
        if found:
            store.update("drafts", record["_key"], {"status": "draft", "gmail_draft_id": found})
        else:
            store.delete("drafts", record["_key"])
    store.flush()


def _ids_to_fetch(app: service.App, store: Store, client: GmailClient) -> tuple[list[str], dict[str, Any], bool]:
    """(message ids to fetch, new gmail state, whether the mailbox changed since last time)."""
    state = dict(store.state(STATE_KEY) or {})
    pending = list(store.state(PENDING_KEY) or [])
    history_id = state.get("historyId")
    if history_id:
        try:
            found, new_history_id = client.history_since(str(history_id))
            changed = client.last_history_changed  # our own new drafts are no change
            state["historyId"] = new_history_id
            return _new_only(store, [*pending, *(mid for mid, _ in found)]), state, changed
        except HistoryExpired:
            log.info("Gmail history %s is too old; doing a full resync", history_id)
    profile = client.profile()
    state["email"] = profile.get("emailAddress", "")
    state["historyId"] = str(profile.get("historyId", ""))
    days = int(app.config.get("gmail.window_days") or 180)
    found = client.full_sync_ids(default_query(days))
    return _new_only(store, [*pending, *(mid for mid, _ in found)]), state, True


def _new_only(store: Store, ids: list[str]) -> list[str]:
    return [mid for mid in dict.fromkeys(ids) if not store.has("messages", mid) and not store.has("failures", mid)]


def scan_gmail(
    app: service.App,
    client: GmailClient,
    dry_run: bool = False,
    progress: service.Progress = service._no_progress,
) -> service.ScanSummary:
    """One Gmail scan. Raises AlreadyRunning, AuthError, GmailError, StorageError (one sentence each)."""
    store = Store.open(app.data_dir)
    try:
        if not dry_run:  # recovery writes to the store; a dry run writes nothing
            recover_creating(store, client)
        ids, state, changed = _ids_to_fetch(app, store, client)
        owner_hint = state.get("email", "")
        if owner_hint and not store.state("owner_email"):
            store.set_state("owner_email", owner_hint.lower())
        retry_later: list[str] = []

        def raws() -> Iterator[RawMail]:
            for item in client.fetch_raw(ids):
                if isinstance(item, FetchFailure):
                    if item.permanent:
                        service._record_failure(store, RawMail(item.id, b"", f"gmail:{item.id}"),
                                                RuntimeError(item.reason), app.now)
                    else:
                        retry_later.append(item.id)
                    continue
                yield item

        sink = GmailSink(client)
        summary = service.scan(
            app, raws(), "Gmail", sink=sink, dry_run=dry_run, progress=progress, total=len(ids),
            owner_hint=owner_hint, store=store, check_drafts=changed,
        )
        summary.failed += len(retry_later)
        if retry_later:
            summary.notes.append(f"{len(retry_later)} message(s) could not be fetched now; they will be fetched next scan.")
        if dry_run:
            store.abandon()
            return summary
        store.set_state(PENDING_KEY, retry_later)
        store.set_state(STATE_KEY, state)
        store.flush()  # the scan is done and saved; labels are extra and may fail on their own
        if app.config.get("gmail.labels"):
            try:
                _apply_labels(app, store, client)
            except GmailError as exc:
                summary.notes.append(f"Gmail labels were not applied: {exc}")
        store.close()
        return summary
    except BaseException:
        store.abandon()
        raise


LABEL_NAMES = {
    "rejection": "Rejection",
    "on_hold": "On hold",
    "interview": "Interview",
    "offer": "Offer",
    "application_received": "Application received",
}


def _apply_labels(app: service.App, store: Store, client: GmailClient) -> None:
    """Optional: label classified job mail in Gmail, e.g. "Job search/Rejection" (needs gmail.modify).

    Every stored Gmail message not labelled yet is tried, so messages a failed run missed get their
    label on a later scan."""
    prefix = app.config.get("gmail.label_prefix") or "Job search"
    for record in store.all("messages"):
        mid = record["_key"]
        if record.get("direction") != "in" or record["label"] not in LABEL_NAMES:
            continue
        if record.get("gmail_labelled") or not str(record.get("source", "")).startswith("gmail:"):
            continue
        label_id = client.ensure_label(f"{prefix}/{LABEL_NAMES[record['label']]}")
        client.add_labels(mid, [label_id])
        store.update("messages", mid, {"gmail_labelled": True})
        store.flush()
