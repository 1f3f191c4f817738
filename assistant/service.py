"""The use cases the CLI calls: scan, classify, plan, drafts, contacts, status.

Fetch is separate from transform: sources hand over raw bytes; parse/classify/extract/plan are pure;
this module applies the results to the store and the draft sink (the only writers), with a dry run.
The clock is passed in as `now`.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol

from assistant import cadence as cadence_mod
from assistant.classify import (
    PERSONAL_DOMAINS,
    REVIEW_THRESHOLD,
    ats_name,
    classify,
    correction_features,
    is_no_reply,
)
from assistant.classify_rules import SHARED_ORG_DOMAINS
from assistant.compose import Composer, TemplateProblem, reply_subject, template_name, to_email
from assistant.config import Config
from assistant.errors import UserError
from assistant.extract import extract
from assistant.models import JOB_LABELS, Classification, Draft, Facts, FollowUp, Message, RawMail
from assistant.parse import parse
from assistant.store import Store

log = logging.getLogger("assistant")

# Labels that make the human behind them a contact worth following up with.
CONTACT_LABELS = frozenset({"rejection", "on_hold", "interview", "offer"})
# --- results -----------------------------------------------------------------------------------


@dataclass
class ScanSummary:
    source: str
    seen: int = 0
    new: int = 0
    already: int = 0
    failed: int = 0
    sent_by_you: int = 0
    by_label: Counter = field(default_factory=Counter)
    drafts: list[dict[str, Any]] = field(default_factory=list)
    review: int = 0
    template_problems: list[str] = field(default_factory=list)
    upcoming: list[FollowUp] = field(default_factory=list)
    dry_run: bool = False
    first_scan: bool = False
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "seen": self.seen,
            "new": self.new,
            "already_seen": self.already,
            "failed": self.failed,
            "sent_by_you": self.sent_by_you,
            "by_label": dict(self.by_label),
            "drafts": self.drafts,
            "review": self.review,
            "template_problems": self.template_problems,
            "upcoming": [followup_dict(f) for f in self.upcoming],
            "dry_run": self.dry_run,
            "first_scan": self.first_scan,
            "notes": self.notes,
        }


def followup_dict(f: FollowUp) -> dict[str, Any]:
    return {
        "contact": f.contact,
        "kind": f.kind,
        "due": f.due.isoformat(),
        "reason": f.reason,
        "message_id": f.message_id,
    }


class DraftSink(Protocol):
    """Where drafts go: the local store only, or Gmail's Drafts too."""

    name: str

    def create(self, draft: Draft, raw: bytes) -> str: ...  # returns the sink's draft id ("" for local)

    def status(
        self, record: dict[str, Any], owner: str
    ) -> str | None: ...  # new status, or None if unchanged


class Resumable(Protocol):
    """A source that can continue after a checkpoint (see sources.mailbox.LocalSource)."""

    resume_key: str

    def iter_from(self, checkpoint: dict[str, Any] | None, progress: dict[str, Any]) -> Iterable[RawMail]: ...


class LocalSink:
    """Drafts stay in the store; `assistant drafts export DIR` writes them as .eml files."""

    name = "local"

    def create(self, draft: Draft, raw: bytes) -> str:
        return ""

    def status(self, record: dict[str, Any], owner: str) -> str | None:
        # A "creating" record is a run killed between the write-ahead and the sink call: the local sink
        # has nothing to create, so the stored draft is complete. Else: decided from the sent mail.
        return "draft" if record.get("status") == "creating" else None


Progress = Callable[[Iterable[RawMail], int | None, str], Iterable[RawMail]]


def _no_progress(items: Iterable[RawMail], total: int | None, label: str) -> Iterable[RawMail]:
    return items


# --- message processing (pure) -----------------------------------------------------------------


def analyse(
    msg: Message,
    owner: str,
    corrections: list[dict[str, Any]] | None = None,
    known_companies: dict[str, str] | None = None,
) -> tuple[Classification, Facts]:
    """Classification and facts for one parsed message. `known_companies`: sender domain -> company
    name learned from earlier mail (see `learn_company`)."""
    cls = classify(msg, owner_email=owner, corrections=corrections or None)
    facts = extract(msg, cls.label, owner_email=owner, known_companies=known_companies)
    return cls, facts


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def learn_company(known: dict[str, str], record: dict[str, Any]) -> None:
    """Remember which company a sender domain belongs to, for later mail from that domain.

    Only a name that says more than the domain does (not "Kettleandcrane" from kettleandcrane.com, but
    "Tidewater Logix" when the mail spelled it so: `company_stated`), only
    from job mail. Webmail and applicant-tracking domains are shared by many employers, so a name from
    such mail is kept under its own key ("ats:<name>"): extraction matches it against later senders'
    domains ("Monarch Construction Group" for monarchcg.com). A longer form of a known name replaces it
    ("Bellweather" -> "Bellweather Analytics")."""
    if record["direction"] != "in" or record["label"] not in JOB_LABELS | {"auto_reply"}:
        return
    company = (record.get("facts") or {}).get("company") or ""
    sender = record["from_email"]
    domain = sender.rpartition("@")[2]
    if not company or not domain:
        return
    shared = bool(ats_name(sender)) or domain in PERSONAL_DOMAINS or domain in SHARED_ORG_DOMAINS
    if (
        not shared
        and any(_fold(company.replace("&", "and")) == _fold(label) for label in domain.split("."))
        and not (" " in company and record.get("company_stated"))
    ):
        return  # the domain's own name, unless the mail spelled it out in words ("Tidewater Logix")
    key = f"ats:{_fold(company)}" if shared else domain
    old = known.get(key, "")
    if not old or (len(company) > len(old) and _fold(company).startswith(_fold(old))):
        known[key] = company


def known_companies(store: Store) -> dict[str, str]:
    known: dict[str, str] = {}
    for _, record in sorted(store.items("messages"), key=lambda kv: kv[1]["date"]):
        learn_company(known, record)
    return known


def is_from_owner(msg: Message, owner: str) -> bool:
    return (bool(owner) and msg.from_email == owner.lower()) or "SENT" in msg.labels


def company_stated(msg: Message, company: str) -> bool:
    """The mail spells the company as extracted ("Tidewater Logix"), rather than it being a guess from the
    domain: a spelling worth remembering for the domain's later mail."""
    if not company:
        return False
    needle = company.lower()
    return any(needle in part.lower() for part in (msg.subject, msg.from_name, msg.text))


def message_record(
    msg: Message, cls: Classification, facts: Facts, owner: str, now: datetime
) -> dict[str, Any]:
    """What the store keeps of a message: metadata and results, never the body."""
    outgoing = is_from_owner(msg, owner)
    refs = list(msg.references[-20:])
    return {
        "id": msg.id,
        "message_id": msg.message_id,
        "source": msg.source,
        "date": (msg.date or now).astimezone(UTC).isoformat(),
        "date_known": msg.date is not None,
        "from_email": msg.from_email,
        "from_name": msg.from_name,
        "reply_to": msg.reply_to[0][1] if msg.reply_to else "",
        "to": [addr for _, addr in msg.to],
        "cc": [addr for _, addr in msg.cc],
        "subject": msg.subject,
        "thread_id": msg.thread_id or "",
        "in_reply_to": msg.in_reply_to,
        "references": refs,
        "direction": "out" if outgoing else "in",
        "label": "other" if outgoing else cls.label,
        "confidence": round(cls.confidence, 3),
        "reasons": list(cls.reasons) if not outgoing else ["sent by you"],
        "facts": facts_dict(facts),
        "company_stated": company_stated(msg, facts.company),
        "contact": "" if outgoing else contact_key(msg, cls, facts, owner),
        "gmail_labels": list(msg.labels),
        "features": correction_features(msg),  # sender, domain, subject, phrase hashes: no body text
        "defects": list(msg.defects),
        "processed_at": now.astimezone(UTC).isoformat(),
    }


def facts_dict(f: Facts) -> dict[str, Any]:
    return {
        "company": f.company,
        "contact_first_name": f.contact_first_name,
        "contact_name": f.contact_name,
        "contact_email": f.contact_email,
        "role": f.role,
        "interview_at": f.interview_at.isoformat() if f.interview_at else None,
        "return_date": f.return_date.isoformat() if f.return_date else None,
        "redirect_email": f.redirect_email,
        "redirect_name": f.redirect_name,
        "interviewers": [list(p) for p in f.interviewers],
    }


_ROLE_ADDRESS = re.compile(
    r"^(careers?|jobs?|recruit(ing|ment|er)?|talent|hr|hiring|apply|applications?|people|team|info|hello|"
    r"notifications?|alerts?|support|news(letter)?|admin|staffing|workday|icims|greenhouse|lever)([._+-].*)?@",
    re.IGNORECASE,
)


def is_role_address(address: str) -> bool:
    """careers@, jobs@, talent@, or any address at an applicant-tracking system: not a person to thank."""
    return bool(_ROLE_ADDRESS.match(address)) or bool(ats_name(address))


def contact_key(msg: Message, cls: Classification, facts: Facts, owner: str) -> str:
    """The address of the human behind a message, or "" when there is none to write to.

    The extractor's contact wins; else Reply-To or From when they look like a person (not no-reply,
    not a shared careers@ mailbox, not the owner).
    """
    owner = owner.lower()
    explicit = (facts.contact_email or "").lower()
    if explicit and explicit != owner and not is_no_reply(explicit) and not is_role_address(explicit):
        return explicit
    for candidate in (*(a for _, a in msg.reply_to), msg.from_email):
        candidate = (candidate or "").lower()
        if candidate and candidate != owner and not is_no_reply(candidate) and not is_role_address(candidate):
            return candidate
    return ""


# --- scan --------------------------------------------------------------------------------------


@dataclass
class App:
    """Everything a use case needs: settings, where state lives, the clock and the time zone."""

    config: Config
    now: datetime
    tz: tzinfo

    @property
    def data_dir(self) -> Path:
        return self.config.paths.data_dir

    def composer(self) -> Composer:
        user_dir = self.config.paths.templates_dir
        return Composer(user_dir if user_dir.is_dir() else None)

    def cadence(self) -> cadence_mod.Cadence:
        try:
            return cadence_mod.Cadence.from_mapping(self.config.section("cadence"))
        except ValueError as exc:
            raise UserError(
                f"The cadence settings are not valid ({exc}); fix them with `assistant config set`."
            ) from exc

    @property
    def today(self) -> date:
        return self.now.astimezone(self.tz).date()


def infer_owner(store: Store, config: Config) -> str:
    configured = (config.get("me.email") or "").lower()
    if configured:
        return configured
    return (store.state("owner_email") or "").lower()


def _guess_owner(msgs: list[Message]) -> str:
    """With no me.email set: the sender of SENT-labelled mail, else the most common recipient."""
    sent = Counter(m.from_email for m in msgs if "SENT" in m.labels and m.from_email)
    if sent:
        return sent.most_common(1)[0][0]
    delivered = Counter()
    for m in msgs:
        target = m.header("Delivered-To") or (m.to[0][1] if m.to else "")
        if target:
            delivered[target.lower().strip("<>")] += 1
    return delivered.most_common(1)[0][0] if delivered else ""


def scan(
    app: App,
    raws: Iterable[RawMail],
    source_name: str,
    sink: DraftSink | None = None,
    dry_run: bool = False,
    progress: Progress = _no_progress,
    total: int | None = None,
    owner_hint: str = "",
    store: Store | None = None,
    check_drafts: bool = True,
    resume: Resumable | None = None,
) -> ScanSummary:
    """Process new mail, update contacts, make the drafts that are due. Idempotent.

    `resume`: a source that can start where the last scan of it stopped (an mbox only grows); then
    `raws` is ignored and reading starts at the checkpoint kept in the store.

    Raises AlreadyRunning when another run holds the lock, StorageError for disk trouble.
    """
    own_store = store is None
    store = store or Store.open(app.data_dir)
    try:
        summary = _scan(
            app,
            store,
            raws,
            source_name,
            sink or LocalSink(),
            dry_run,
            progress,
            total,
            owner_hint,
            check_drafts=check_drafts,
            resume=resume,
        )
        if dry_run:
            store.abandon()
        return summary
    except BaseException:
        if own_store:
            store.abandon()
        raise
    finally:
        if own_store and not dry_run:
            store.close()


# Messages between flushes: a crash loses at most this much work, which a rerun redoes. Each flush
# rewrites the messages table, so the interval grows with the store (a quarter of it): the total
# writing stays linear in the mailbox instead of quadratic (50,000 messages made 100 ever larger writes).
FLUSH_EVERY = 500


def _scan(
    app: App,
    store: Store,
    raws: Iterable[RawMail],
    source_name: str,
    sink: DraftSink,
    dry_run: bool,
    progress: Progress,
    total: int | None,
    owner_hint: str,
    check_drafts: bool = True,
    resume: Resumable | None = None,
) -> ScanSummary:
    checkpoint: dict[str, Any] = {}
    if resume is not None:
        saved = store.state(f"resume:{resume.resume_key}") if resume.resume_key else None
        raws = resume.iter_from(saved, checkpoint)
    summary = ScanSummary(source=source_name, dry_run=dry_run, first_scan=not store.state("scanned", False))
    if not store.state("first_scan_at"):
        store.set_state("first_scan_at", app.now.astimezone(UTC).isoformat())
    owner = infer_owner(store, app.config) or owner_hint.lower()
    corrections = stored_corrections(store)
    companies: dict[str, str] | None = None  # learned on first use: an idle rescan never needs it
    flushed_at, stored = 0, store.count("messages")
    pending: list[tuple[RawMail, Message]] = []  # parsed, waiting for the owner to be known

    def handle(raw: RawMail, msg: Message) -> None:
        if is_from_owner(msg, owner):
            # Your own mail: nothing to classify or extract (the store keeps who you wrote to, and when).
            cls, facts = Classification("other", 1.0, ("sent by you",)), Facts()
        else:
            nonlocal companies
            if companies is None:
                companies = known_companies(store)
            cls, facts = analyse(msg, owner, corrections, companies)
        record = message_record(msg, cls, facts, owner, app.now)
        if companies is not None:
            learn_company(companies, record)
        store.put("messages", raw.id, record)
        summary.new += 1
        if record["direction"] == "out":
            summary.sent_by_you += 1
            if msg.from_name and not store.state("owner_name"):
                store.set_state("owner_name", msg.from_name)
        else:
            summary.by_label[record["label"]] += 1
        _after_message(app, store, record, summary)

    def drain_pending() -> None:
        """Guess the owner from the messages held back (no me.email yet), then process them with it."""
        nonlocal owner
        owner = owner or _guess_owner([m for _, m in pending])
        if owner:
            store.set_state("owner_email", owner)
        for r, m in pending:
            _guarded(handle, store, r, m, summary, app.now)
        pending.clear()

    for raw in progress(raws, total, f"Reading {source_name}"):
        summary.seen += 1
        if store.has("messages", raw.id) or store.has("failures", raw.id):
            summary.already += 1
            continue
        try:
            msg = parse(raw)
        except Exception as exc:  # recorded, never silently dropped
            _record_failure(store, raw, exc, app.now)
            summary.failed += 1
            continue
        if not owner:
            pending.append((raw, msg))
            if len(pending) >= 200:
                drain_pending()
            continue
        _guarded(handle, store, raw, msg, summary, app.now)
        if summary.new - flushed_at >= max(FLUSH_EVERY, stored // 4) and not dry_run:
            flushed_at, stored = summary.new, stored + summary.new - flushed_at
            store.flush()
    if pending:
        drain_pending()
    skipped = int(checkpoint.pop("skipped", 0) or 0)  # read by an earlier scan: already seen
    summary.seen += skipped
    summary.already += skipped
    if checkpoint.get("size") and resume is not None and resume.resume_key:
        # Saved with the messages it covers, in the same flush: a crash before it rereads, never skips.
        store.set_state(f"resume:{resume.resume_key}", checkpoint)
    if not dry_run and (summary.new or summary.failed):
        store.flush()  # the new messages are safe on disk before any draft is made

    _sync_drafts(app, store, sink, owner, ask_sink=check_drafts)
    events = contact_events(store)  # every contact's history, built once per scan
    plan = plan_followups(app, store, events)
    make_drafts(app, store, sink, plan, owner, summary, dry_run, events)
    summary.upcoming = sorted((f for f in plan if f.due > app.today), key=lambda f: (f.due, f.contact))[:10]
    summary.review = len(review_items(app, store))
    store.set_state("scanned", True)
    store.set_state("last_scan", {"at": app.now.astimezone(UTC).isoformat(), "source": source_name})
    return summary


def stored_corrections(store: Store) -> list[dict[str, Any]]:
    return [dict(c.get("features") or {}) | {"label": c["label"]} for c in store.all("corrections")]


def _guarded(handle, store: Store, raw: RawMail, msg: Message, summary: ScanSummary, now: datetime) -> None:
    try:
        handle(raw, msg)
    except UserError:
        raise
    except Exception as exc:  # a bug on one message must not stop the scan; it is recorded
        log.debug("message %s failed", raw.id, exc_info=True)
        store.delete("messages", raw.id)
        _record_failure(store, raw, exc, now)
        summary.failed += 1


def _record_failure(store: Store, raw: RawMail, exc: BaseException, now: datetime) -> None:
    store.put(
        "failures",
        raw.id,
        {
            "source": raw.source,
            "error": f"{exc.__class__.__name__}: {str(exc)[:200]}",
            "at": now.astimezone(UTC).isoformat(),
        },
    )


def _after_message(app: App, store: Store, record: dict[str, Any], summary: ScanSummary) -> None:
    """Contacts and the review list from one stored message."""
    label = record["label"]
    facts = record["facts"]
    contact = record["contact"]
    if record["direction"] == "out":
        return
    threshold = float(app.config.get("review.threshold") or REVIEW_THRESHOLD)
    if label in JOB_LABELS and record["confidence"] < threshold:
        _add_review(store, record, f"unsure it is {label} ({record['confidence']:.2f})")
        return
    if label in CONTACT_LABELS:
        if contact:
            _upsert_contact(store, contact, record)
        elif label in ("rejection", "on_hold", "interview"):
            who = facts.get("company") or record["from_email"]
            _add_review(store, record, f"{label} from {who} has no person to write to (no-reply sender)")
        if label == "interview":
            for name, address in facts.get("interviewers") or []:
                address = (address or "").lower()
                if (
                    address
                    and address != contact
                    and not is_no_reply(address)
                    and address != infer_owner(store, app.config)
                ):
                    _upsert_contact(store, address, record, name=name)
    elif label == "auto_reply":
        redirect = (facts.get("redirect_email") or "").lower()
        sender = record["from_email"]
        if redirect and store.has("contacts", sender) and not store.has("contacts", redirect):
            old = store.get("contacts", sender) or {}
            _upsert_contact(store, redirect, record, name=facts.get("redirect_name") or "", inherit=sender)
            store.update(
                "contacts", sender, {"done": True, "done_reason": f"left; follow-ups go to {redirect}"}
            )
            store.update(
                "contacts", redirect, {"company": old.get("company", ""), "roles": old.get("roles", [])}
            )


def _upsert_contact(
    store: Store, email: str, record: dict[str, Any], name: str = "", inherit: str = ""
) -> None:
    facts = record["facts"]
    existing = store.get("contacts", email)
    if name:
        full = name
    elif facts.get("contact_email", "").lower() == email and facts.get("contact_name"):
        full = facts["contact_name"]
    elif record["from_email"] == email:
        full = record["from_name"]
    else:
        full = ""
    first = full.split()[0] if full.split() else ""
    if facts.get("contact_first_name") and (facts.get("contact_email", "").lower() in ("", email)):
        first = facts["contact_first_name"]
    if existing is None:
        store.put(
            "contacts",
            email,
            {
                "email": email,
                "name": full,
                "first_name": first,
                "company": facts.get("company", ""),
                "roles": [facts["role"]] if facts.get("role") else [],
                "notes": [],
                "paused": False,
                "done": False,
                "inherits": [inherit] if inherit else [],
                "tone": "",
                "created_at": record["date"],
            },
        )
        return
    changes: dict[str, Any] = {}
    if full and not existing.get("name"):
        changes["name"] = full
    if first and not existing.get("first_name"):
        changes["first_name"] = first
    if facts.get("company") and not existing.get("company"):
        changes["company"] = facts["company"]
    if facts.get("role") and facts["role"] not in existing.get("roles", []):
        changes["roles"] = [*existing.get("roles", []), facts["role"]]
    if changes:
        store.update("contacts", email, changes)


def _add_review(store: Store, record: dict[str, Any], why: str) -> None:
    store.put(
        "review",
        record["id"],
        {
            "message": record["id"],
            "why": why,
            "label": record["label"],
            "subject": record["subject"],
            "from": record["from_email"],
            "date": record["date"],
        },
    )


# --- contacts and history ----------------------------------------------------------------------


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def contact_events(store: Store, inherited: bool = True) -> dict[str, list[cadence_mod.Event]]:
    """Every contact's history, derived from the stored messages and drafts.

    With `inherited` (for planning), someone who took over from a person who left also gets that
    person's history; without it (for "last contacted / last heard"), only their own.
    """
    events: dict[str, list[cadence_mod.Event]] = defaultdict(list)
    contacts = {c["_key"]: c for c in store.all("contacts")}
    records = [r for _, r in sorted(store.items("messages"), key=lambda kv: kv[1]["date"])]
    roots = _thread_roots(records)
    seen_decisions: set[tuple[str, str, str]] = set()
    for record in records:
        at = _dt(record["date"])
        if at is None:
            continue
        if record["direction"] == "out":
            for address in {*record.get("to", []), *record.get("cc", [])}:
                if address in contacts:
                    events[address].append(cadence_mod.Event(at=at, kind="sent", message_id=record["id"]))
            continue
        facts = record.get("facts") or {}
        label = record["label"]
        kind = label if label in (*JOB_LABELS, "auto_reply") else "heard"
        involved = {record.get("contact") or ""} | {record["from_email"]}
        if label == "interview":
            involved |= {(a or "").lower() for _, a in facts.get("interviewers") or []}
        for address in involved:
            if address not in contacts:
                continue
            this_kind = (
                kind
                if (address == record.get("contact") or label == "interview" or kind == "auto_reply")
                else "heard"
            )
            if this_kind in ("rejection", "on_hold", "offer"):
                # A decision is news once per conversation: their reply to your thank-you ("let's stay in
                # touch") is an answer, not a second rejection that would call for a second thank-you.
                key = (address, roots.get(record["id"], record["id"]), this_kind)
                if key in seen_decisions:
                    this_kind = "heard"
                seen_decisions.add(key)
            events[address].append(
                cadence_mod.Event(
                    at=at,
                    kind=this_kind,
                    message_id=record["id"],
                    interview_at=_dt(facts.get("interview_at")),
                    return_date=date.fromisoformat(facts["return_date"])
                    if facts.get("return_date")
                    else None,
                )
            )
    for draft in store.all("drafts"):
        at = _dt(draft.get("created_at"))
        # A deleted draft still counts as drafted: the tool must not draft the same note again.
        if at is not None and draft.get("contact") in contacts and draft.get("status") != "creating":
            events[draft["contact"]].append(
                cadence_mod.Event(
                    at=at, kind="drafted", message_id=draft.get("reply_to_message", ""), detail=draft["kind"]
                )
            )
            if draft.get("status") == "sent" and draft.get("sent_at"):
                _mark_sent_note(events[draft["contact"]], _dt(draft["sent_at"]), draft["kind"])
    for key, contact in contacts.items() if inherited else ():
        for parent in contact.get("inherits", []):
            # The successor takes over the conversation: what was said and sent to the person who left
            # (so no second thank-you for their rejection), but not their own out-of-office replies.
            events[key].extend(e for e in events.get(parent, []) if e.kind != "auto_reply")
    for key in events:
        events[key].sort(key=lambda e: e.at)
    return events


def _thread_roots(records: list[dict[str, Any]]) -> dict[str, str]:
    """Stored message id -> an id for its conversation (Gmail's threadId, else the first message of the
    In-Reply-To/References chain that is stored). `records` must be in date order."""
    by_message_id: dict[str, str] = {}
    roots: dict[str, str] = {}
    for record in records:
        root = record.get("thread_id") or ""
        if not root:
            parents = [record.get("in_reply_to") or "", *reversed(record.get("references") or [])]
            for parent in parents:
                if parent and parent in by_message_id:
                    root = roots[by_message_id[parent]]
                    break
        roots[record["id"]] = root or record["id"]
        if record.get("message_id"):
            by_message_id.setdefault(record["message_id"], record["id"])
    return roots


def _mark_sent_note(evs: list[cadence_mod.Event], sent_at: datetime, kind: str) -> None:
    """A sent draft is one "sent" event whose detail is the note kind, not a second one.

    The owner's sent mail is already a plain "sent" event (from the stored message); counting the draft
    again made every sent note count twice towards `max_unanswered`. The nearest plain "sent" event within
    a day of `sent_at` becomes the note; without one (the message is not stored), a note event is added.
    """
    plain = [
        (abs((e.at - sent_at).total_seconds()), i)
        for i, e in enumerate(evs)
        if e.kind == "sent" and not e.detail and abs((e.at - sent_at).total_seconds()) <= 86400
    ]
    if plain:
        i = min(plain)[1]
        evs[i] = replace(evs[i], detail=kind)
    else:
        evs.append(cadence_mod.Event(at=sent_at, kind="sent", detail=kind))


def contact_states(
    store: Store, events: dict[str, list[cadence_mod.Event]] | None = None
) -> list[cadence_mod.ContactState]:
    events = contact_events(store) if events is None else events
    open_by_contact = {d["contact"] for d in store.all("drafts") if d.get("status") == "draft"}
    states = []
    for contact in store.all("contacts"):
        key = contact["_key"]
        states.append(
            cadence_mod.ContactState(
                email=key,
                events=tuple(events.get(key, [])),
                paused=bool(contact.get("paused")) or _company_paused(store, contact.get("company", "")),
                done=bool(contact.get("done")),
                open_draft=key in open_by_contact,
            )
        )
    return states


def _company_paused(store: Store, company: str) -> bool:
    if not company:
        return False
    paused = store.state("paused_companies", []) or []
    return company.lower() in {c.lower() for c in paused}


def plan_followups(
    app: App, store: Store, events: dict[str, list[cadence_mod.Event]] | None = None
) -> list[FollowUp]:
    """The next note for every contact.

    Mail from before the first scan only feeds the history: a check-in or keep-in-touch that was already
    overdue when the assistant first ran is not drafted at once (that would flood a new user with notes
    about old news); it is rescheduled to `keep_in_touch_first_days` after the first scan.
    """
    cadence = app.cadence()
    plan = cadence_mod.plan(contact_states(store, events), cadence, app.now, app.tz)
    first = store.state("first_scan_at")
    baseline = _dt(first).astimezone(app.tz).date() if first else app.today
    out = []
    for f in plan:
        if f.kind in ("keep_in_touch", "check_in") and f.due < baseline:
            due = cadence_mod.roll_weekend(baseline + timedelta(days=cadence.keep_in_touch_first_days))
            f = FollowUp(
                contact=f.contact,
                kind=f.kind,
                due=due,
                message_id=f.message_id,
                reason=f"{f.reason}; history from before your first scan ({baseline}), so "
                f"{cadence.keep_in_touch_first_days} days after it",
            )
        out.append(f)
    return out


# --- drafts ------------------------------------------------------------------------------------


def draft_id(contact: str, kind: str, message_id: str, due: date) -> str:
    return "d" + hashlib.sha256(f"{contact}|{kind}|{message_id}|{due.isoformat()}".encode()).hexdigest()[:12]


def _reply_target(store: Store, followup: FollowUp) -> dict[str, Any] | None:
    """The message a note replies to: the one the follow-up names, else the latest one from the person."""
    record = store.get("messages", followup.message_id) if followup.message_id else None
    if record is not None:
        return record
    latest = None
    for _, candidate in store.items("messages"):
        if candidate["direction"] == "in" and followup.contact in (
            candidate.get("contact"),
            candidate["from_email"],
        ):
            if latest is None or candidate["date"] > latest["date"]:
                latest = candidate
    return dict(latest) if latest is not None else None


def note_context(
    app: App,
    store: Store,
    contact: dict[str, Any],
    target: dict[str, Any],
    followup: FollowUp,
    owner: str,
    events: dict[str, list[cadence_mod.Event]] | None = None,
) -> dict[str, Any]:
    """Everything a template can use (documented in templates/README.md). `events`: every contact's
    history when the caller already has it (see `contact_events`)."""
    facts = target.get("facts") or {}
    history = (events if events is not None else contact_events(store)).get(contact["_key"], [])
    last_contact = cadence_mod.last_contacted(history)
    me_name = app.config.get("me.name") or store.state("owner_name") or ""
    interview_at = _dt(facts.get("interview_at"))
    company = contact.get("company") or facts.get("company") or ""
    role = facts.get("role") or (contact.get("roles") or [""])[-1]
    previous = [
        d for d in store.all("drafts") if d.get("contact") == contact["_key"] and d.get("status") in ("sent",)
    ]
    return {
        "kind": followup.kind,
        "me": {
            "name": me_name,
            "first_name": me_name.split()[0] if me_name.split() else "",
            "email": owner,
            "signature": app.config.get("me.signature") or "",
        },
        "contact": {
            "email": contact["_key"],
            "name": contact.get("name", ""),
            "first_name": contact.get("first_name", ""),
            "company": company,
            "roles": contact.get("roles", []),
            "notes": [n["text"] for n in contact.get("notes", [])],
        },
        "first_name": contact.get("first_name", ""),
        "company": company,
        "role": role,
        "notes": [n["text"] for n in contact.get("notes", [])],
        "original_subject": target.get("subject", ""),
        "reply_subject": reply_subject(target.get("subject", "")),
        "interview_at": interview_at,
        "interview_date": interview_at.astimezone(app.tz).date() if interview_at else None,
        "event_date": _dt(target["date"]).astimezone(app.tz).date() if target.get("date") else None,
        "days_since_last_contact": (app.now - last_contact).days if last_contact else None,
        "previous_notes": len(previous),
        "reason": followup.reason,
    }


def make_drafts(
    app: App,
    store: Store,
    sink: DraftSink,
    plan: list[FollowUp],
    owner: str,
    summary: ScanSummary,
    dry_run: bool,
    events: dict[str, list[cadence_mod.Event]] | None = None,
) -> None:
    composer = app.composer()
    default_tone = app.config.get("tone") or "warm"
    ready: list[tuple[Draft, bytes, dict[str, Any]]] = []
    events = contact_events(store) if events is None else events
    for followup in sorted(plan, key=lambda f: (f.due, f.contact)):
        if followup.due > app.today:
            continue
        contact = store.get("contacts", followup.contact)
        if contact is None or is_no_reply(followup.contact) or followup.contact == owner:
            continue
        contact["_key"] = followup.contact
        target = _reply_target(store, followup)
        if target is None:
            continue
        did = draft_id(followup.contact, followup.kind, target["id"], followup.due)
        if store.has("drafts", did):
            continue
        tone = contact.get("tone") or _company_tone(store, contact.get("company", "")) or default_tone
        context = note_context(app, store, contact, target, followup, owner, events=events)
        try:
            subject, body = composer.render(template_name(followup.kind, tone), context)
        except TemplateProblem as problem:
            summary.template_problems.append(problem.sentence())
            continue
        refs = [*target.get("references", []), target.get("message_id", "")]
        draft = Draft(
            id=did,
            kind=followup.kind,
            to_name=contact.get("name", ""),
            to_email=followup.contact,
            subject=subject,
            body=body,
            in_reply_to=target.get("message_id", ""),
            references=tuple(r for r in refs if r)[-20:],
            thread_id=target.get("thread_id") or None,
            reply_to_message=target["id"],
            contact=followup.contact,
            created_at=app.now,
        )
        entry = {
            "id": did,
            "to": followup.contact,
            "subject": subject,
            "kind": followup.kind,
            "due": followup.due.isoformat(),
        }
        if dry_run:
            summary.drafts.append(entry | {"status": "would create"})
            continue
        store.put("drafts", did, draft_record(draft, followup, status="creating", sink=sink.name))
        ready.append((draft, to_email(draft, context["me"]["name"], owner, app.now), entry))
    if not ready:
        return
    # Write-ahead, once for all: every draft about to be made is on disk as "creating" before the sink is
    # called, so a crash mid-way can never make a second copy (a rerun finds the made ones by their
    # X-Assistant-Draft header). One flush before and one after, not two per draft: each flush rewrites
    # the whole store.
    store.flush()
    try:
        for draft, raw, entry in ready:
            remote_id = sink.create(draft, raw)
            store.update("drafts", draft.id, {"status": "draft", "gmail_draft_id": remote_id})
            summary.drafts.append(entry | {"status": "draft"})
    finally:
        store.flush()


def _company_tone(store: Store, company: str) -> str:
    tones = store.state("company_tones", {}) or {}
    return tones.get(company.lower(), "") if company else ""


def draft_record(draft: Draft, followup: FollowUp, status: str, sink: str) -> dict[str, Any]:
    return {
        "id": draft.id,
        "kind": draft.kind,
        "to": draft.to_email,
        "to_name": draft.to_name,
        "subject": draft.subject,
        "body": draft.body,
        "in_reply_to": draft.in_reply_to,
        "references": list(draft.references),
        "thread_id": draft.thread_id or "",
        "reply_to_message": draft.reply_to_message,
        "contact": draft.contact,
        "created_at": draft.created_at.astimezone(UTC).isoformat() if draft.created_at else None,
        "due": followup.due.isoformat(),
        "reason": followup.reason,
        "status": status,
        "sink": sink,
        "gmail_draft_id": draft.gmail_draft_id,
    }


def _sync_drafts(app: App, store: Store, sink: DraftSink, owner: str, ask_sink: bool = True) -> None:
    """What became of each open draft: still a draft, sent, or deleted unsent (never recreated)."""
    outgoing = [r for _, r in store.items("messages") if r["direction"] == "out"]
    for record in store.all("drafts"):
        if record.get("status") not in ("draft", "creating"):
            continue
        new_status = sink.status(record, owner) if ask_sink and record.get("sink") == sink.name else None
        if new_status == "sent" and record.get("sent_at"):
            store.update("drafts", record["_key"], {"sent_at": record["sent_at"]})
        if new_status is None and record.get("status") == "draft":
            created = _dt(record.get("created_at"))
            for out in outgoing:
                sent_at = _dt(out["date"])
                if (
                    created is not None
                    and sent_at is not None
                    and sent_at >= created
                    # the owner wrote to this person after the draft was made (a reply in the same
                    # thread to someone else does not count: each interviewer has a draft of their own)
                    and record["to"] in {*out.get("to", []), *out.get("cc", [])}
                ):
                    new_status = "sent"
                    store.update("drafts", record["_key"], {"sent_at": out["date"]})
                    break
        if new_status and new_status != record.get("status"):
            store.update("drafts", record["_key"], {"status": new_status})


def drafts(store: Store) -> list[dict[str, Any]]:
    return sorted(store.all("drafts"), key=lambda d: (d.get("created_at") or "", d["id"]))


def find_draft(store: Store, draft_id_prefix: str) -> dict[str, Any]:
    matches = [d for d in store.all("drafts") if d["id"].startswith(draft_id_prefix)]
    if not matches:
        raise UserError(f"No draft with id {draft_id_prefix!r}; `assistant drafts list` shows them.")
    if len(matches) > 1:
        raise UserError(f"{draft_id_prefix!r} matches {len(matches)} drafts; give more of the id.")
    return matches[0]


def draft_as_email(app: App, store: Store, record: dict[str, Any]) -> bytes:
    owner = infer_owner(store, app.config)
    draft = Draft(
        id=record["id"],
        kind=record["kind"],
        to_name=record.get("to_name", ""),
        to_email=record["to"],
        subject=record["subject"],
        body=record["body"],
        in_reply_to=record.get("in_reply_to", ""),
        references=tuple(record.get("references", [])),
    )
    name = app.config.get("me.name") or store.state("owner_name") or ""
    return to_email(draft, name, owner, _dt(record.get("created_at")))


def export_drafts(app: App, store: Store, directory: Path) -> list[Path]:
    from assistant.errors import disk_error_sentence

    out = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for record in drafts(store):
            if record.get("status") not in ("draft",):
                continue
            path = directory / f"{record['id']}.eml"
            path.write_bytes(draft_as_email(app, store, record))
            out.append(path)
    except OSError as exc:
        raise UserError(disk_error_sentence(exc, directory / "x.eml")) from exc
    return out


# --- review, status, contacts --------------------------------------------------------------------


def review_items(app: App, store: Store) -> list[dict[str, Any]]:
    items = [r | {"kind": "review"} for r in store.all("review")]
    for failure in store.all("failures"):
        items.append(
            {
                "message": failure["_key"],
                "why": f"could not be processed: {failure['error']}",
                "label": "",
                "subject": "",
                "from": "",
                "date": failure.get("at", ""),
                "kind": "failure",
            }
        )
    corrected = {c["_key"] for c in store.all("corrections")}
    return [i for i in items if i["message"] not in corrected]


def contact_rows(app: App, store: Store) -> list[dict[str, Any]]:
    events = contact_events(store)
    own_events = contact_events(store, inherited=False)
    plan = {f.contact: f for f in plan_followups(app, store, events)}
    rows = []
    for contact in sorted(store.all("contacts"), key=lambda c: c["_key"]):
        key = contact["_key"]
        evs = events.get(key, [])
        own = own_events.get(key, [])
        last_c = cadence_mod.last_contacted(own)
        last_h = cadence_mod.last_heard(own)
        nxt = plan.get(key)
        rows.append(
            {
                "id": key,
                "email": key,
                "name": contact.get("name", ""),
                "company": contact.get("company", ""),
                "roles": contact.get("roles", []),
                "stage": cadence_mod.stage(evs),
                "last_contacted": last_c.astimezone(app.tz).date().isoformat() if last_c else None,
                "last_heard": last_h.astimezone(app.tz).date().isoformat() if last_h else None,
                "next_due": nxt.due.isoformat() if nxt else None,
                "next_kind": nxt.kind if nxt else None,
                "paused": bool(contact.get("paused")) or _company_paused(store, contact.get("company", "")),
                "done": bool(contact.get("done")),
                "notes": [n["text"] for n in contact.get("notes", [])],
                "messages": [e.message_id for e in evs if e.message_id],
            }
        )
    return rows


def find_contact(store: Store, ident: str) -> dict[str, Any]:
    ident = ident.lower()
    if store.has("contacts", ident):
        return store.get("contacts", ident) | {"_key": ident}
    matches = [
        c for c in store.all("contacts") if ident in c["_key"] or ident in (c.get("name") or "").lower()
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(f"No contact matches {ident!r}; `assistant contacts list` shows them.")
    raise UserError(f"{ident!r} matches {len(matches)} contacts; give the full email address.")


def status_rows(app: App, store: Store) -> list[dict[str, Any]]:
    """Applications by company: the latest job event per company and role."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    stage_of = {
        "application_received": "applied",
        "interview": "interviewing",
        "rejection": "rejected",
        "on_hold": "on hold",
        "offer": "offer",
    }
    for _, record in store.items("messages"):
        if record["direction"] != "in" or record["label"] not in stage_of:
            continue
        facts = record.get("facts") or {}
        company = facts.get("company") or record["from_email"].split("@")[-1]
        key = (company.lower(), (facts.get("role") or "").lower())
        if key not in latest or record["date"] > latest[key]["date"]:
            latest[key] = {
                "company": company,
                "role": facts.get("role") or "",
                "stage": stage_of[record["label"]],
                "date": record["date"][:10],
                "contact": record.get("contact", ""),
            }
    # one row per company+role; a role-less row is dropped when the company has a row with a role
    rows = list(latest.values())
    with_role = {r["company"].lower() for r in rows if r["role"]}
    rows = [r for r in rows if r["role"] or r["company"].lower() not in with_role]
    return sorted(rows, key=lambda r: (r["company"].lower(), r["role"].lower()))


def tag_message(app: App, store: Store, message_id: str, label: str) -> dict:
    """Correct a label. The correction sticks across rescans and teaches later classification."""
    from assistant.models import LABELS

    if label not in LABELS:
        raise UserError(f"Unknown label {label!r}; use one of: {', '.join(LABELS)}.")
    record = store.get("messages", message_id)
    if record is None:
        matches = [
            r
            for r in store.all("messages")
            if r["_key"].startswith(message_id) or r.get("message_id") == message_id
        ]
        if len(matches) != 1:
            raise UserError(f"No stored message with id {message_id!r}; `assistant review` lists ids.")
        record = matches[0]
        message_id = record["_key"]
    features = record.get("features") or _stored_features(record)
    store.put("corrections", message_id, {"label": label, "features": features, "from": record["label"]})
    record.pop("_key", None)
    record["label"] = label
    record["confidence"] = 1.0
    record["reasons"] = ["your correction"]
    record["corrected"] = True
    store.put("messages", message_id, record)
    store.delete("review", message_id)
    return record


def _stored_features(record: dict[str, Any]) -> dict[str, Any]:
    """Correction features from a stored record (no body needed)."""
    stub = Message(
        id=record.get("id", ""),
        source=record.get("source", ""),
        message_id=record.get("message_id", ""),
        subject=record.get("subject", ""),
        from_name=record.get("from_name", ""),
        from_email=record.get("from_email", ""),
    )
    return correction_features(stub)


CLASSIFY_BUFFER = 5000  # up to this many messages, `classify` reads them all first (see below)


def iter_classified(raws: Iterable[RawMail], owner: str = "") -> Iterator[dict[str, Any]]:
    """`assistant classify`: stateless, one dict per message with the contract's keys, in input order.

    Within one run the companies learned from the mail help other mail from the same domain: up to
    CLASSIFY_BUFFER messages are parsed first and analysed twice, once to learn every sender domain's
    company and once to report; beyond that, the rest stream in input order, learning as they go."""
    companies: dict[str, str] = {}
    buffered: list[tuple[RawMail, Message | Exception]] = []
    iterator = iter(raws)
    for raw in iterator:
        buffered.append((raw, _parse_or_error(raw)))
        if len(buffered) >= CLASSIFY_BUFFER:
            break
    by_date = sorted(
        (i for i, (_, m) in enumerate(buffered) if isinstance(m, Message)),
        key=lambda i: buffered[i][1].date or datetime.min.replace(tzinfo=UTC),  # type: ignore[union-attr]
    )
    # First pass: learn each sender domain's company from all the buffered mail. A label does not depend on
    # the companies learned, so the second pass reuses it and only extracts again.
    labels: dict[int, Classification] = {}
    for i in by_date:
        try:
            labels[i] = classify(buffered[i][1], owner_email=owner)  # type: ignore[arg-type]
            _classified_row(buffered[i][0], buffered[i][1], owner, companies, labels[i])  # type: ignore[arg-type]
        except Exception:  # reported by the second pass, in its row
            labels.pop(i, None)
    results: dict[int, dict[str, Any]] = {}
    for i in by_date:
        results[i] = _row_or_error(buffered[i][0], buffered[i][1], owner, companies, labels.get(i))  # type: ignore[arg-type]
    for i, (raw, parsed) in enumerate(buffered):
        yield results.get(i) or _error_row(raw, f"could not be parsed: {parsed}")
    for raw in iterator:
        parsed = _parse_or_error(raw)
        yield (
            _row_or_error(raw, parsed, owner, companies)
            if isinstance(parsed, Message)
            else _error_row(raw, f"could not be parsed: {parsed}")
        )


def _row_or_error(
    raw: RawMail, msg: Message, owner: str, companies: dict[str, str], cls: Classification | None = None
) -> dict[str, Any]:
    """The message's row; a bug on one message is reported in its row (as `scan` records it), never a crash."""
    try:
        return _classified_row(raw, msg, owner, companies, cls)
    except Exception as exc:
        log.debug("message %s failed", raw.id, exc_info=True)
        return _error_row(raw, f"could not be processed: {type(exc).__name__}: {exc}", msg.message_id)


def _parse_or_error(raw: RawMail) -> Message | Exception:
    try:
        return parse(raw)
    except Exception as exc:  # reported in the row, never dropped
        return exc


def _error_row(raw: RawMail, reason: str, message_id: str = "") -> dict[str, Any]:
    """The row of a message that could not be parsed or processed: `other`, confidence 0, the reason said."""
    return {
        "source": raw.source,
        "message_id": message_id,
        "label": "other",
        "confidence": 0.0,
        "reasons": [reason],
        "company": "",
        "contact_first_name": "",
        "role": "",
        "interview_at": None,
        "return_date": None,
    }


def _classified_row(
    raw: RawMail, msg: Message, owner: str, companies: dict[str, str], cls: Classification | None = None
) -> dict[str, Any]:
    if cls is None:
        cls, facts = analyse(msg, owner, known_companies=companies)
    else:
        facts = extract(msg, cls.label, owner_email=owner, known_companies=companies)
    learn_company(
        companies,
        {
            "direction": "in",
            "label": cls.label,
            "facts": facts_dict(facts),
            "from_email": msg.from_email,
            "company_stated": company_stated(msg, facts.company),
        },
    )
    return {
        "source": raw.source,
        "message_id": msg.message_id,
        "label": cls.label,
        "confidence": round(cls.confidence, 3),
        "reasons": list(cls.reasons),
        "company": facts.company,
        "contact_first_name": facts.contact_first_name,
        "role": facts.role,
        "interview_at": facts.interview_at.isoformat() if facts.interview_at else None,
        "return_date": facts.return_date.isoformat() if facts.return_date else None,
    }
