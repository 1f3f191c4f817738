"""Helpers behind `assistant templates ...`: copy the defaults, list, show, preview and check templates,
and the built-in sample contexts. The CLI (cli_templates.py) only parses, calls one of these and prints.

The sample contexts have exactly the keys `service.note_context` builds (a test checks it), and
templates/README.md documents each of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes

from assistant.compose import (
    KINDS,
    MAX_BODY_CHARS,
    Composer,
    TemplateProblem,
    first_output_line,
    packaged_dir,
    reply_subject,
)
from assistant.config import Config, Paths, write_json_atomic
from assistant.errors import UserError, disk_error_sentence

# Remembers the packaged text each copied file started from, so `init` can tell a file the user changed
# (kept) from one they never touched (refreshed when the packaged default improves).
MANIFEST = ".packaged.json"
DOC_NAME = "README.md"


def composer_for(paths: Paths) -> Composer:
    """The composer a scan would use: the user's folder (when it exists) over the packaged one."""
    user_dir = paths.templates_dir
    return Composer(user_dir if user_dir.is_dir() else None)


def normalize_name(name: str) -> str:
    """`thank_you.warm` -> `thank_you.warm.j2`; a path's folder part is dropped."""
    name = Path(name.strip()).name
    return name if name.endswith(".j2") else f"{name}.j2"


def split_name(name: str) -> tuple[str, str]:
    """`thank_you.warm.j2` -> ("thank_you", "warm"); ("", "") when it does not follow `<kind>.<tone>.j2`."""
    parts = name.removesuffix(".j2").split(".")
    if len(parts) == 2 and all(parts):
        return parts[0], parts[1]
    return "", ""


# --- init --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InitAction:
    name: str
    action: str  # "created" | "unchanged" | "updated" | "kept"
    path: Path

    def sentence(self) -> str:
        return {
            "created": f"{self.name}: copied",
            "unchanged": f"{self.name}: already the same as the packaged one",
            "updated": f"{self.name}: refreshed to the new packaged version (you had not changed it)",
            "kept": f"{self.name}: kept as is, you changed it (see the default: assistant templates show --packaged {self.name})",
        }[self.action]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def init_templates(paths: Paths) -> list[InitAction]:
    """Copy the packaged templates (and their README) into `<home>/templates/`.

    Never overwrites a file the user changed. A file still identical to what was copied earlier is
    refreshed when the packaged one has changed since. Raises UserError when the folder is not writable.
    """
    target = paths.templates_dir
    sources = sorted(packaged_dir().glob("*.j2")) + [packaged_dir() / DOC_NAME]
    actions: list[InitAction] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        manifest = _read_manifest(target)
        for source in sources:
            if not source.is_file():
                continue
            new = source.read_bytes()
            dest = target / source.name
            if not dest.exists():
                action = "created"
            else:
                current = dest.read_bytes()
                if current == new:
                    action = "unchanged"
                elif manifest.get(source.name) == _digest(current):
                    action = "updated"
                else:
                    action = "kept"
            if action in ("created", "updated"):
                _write_atomic(dest, new)
            if action != "kept":
                manifest[source.name] = _digest(new)
            actions.append(InitAction(source.name, action, dest))
        write_json_atomic(target / MANIFEST, manifest, mode=0o644)
    except OSError as exc:
        raise UserError(disk_error_sentence(exc, target / "x.j2")) from exc
    return actions


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".tmp-{path.name}")
    tmp.write_bytes(data)
    tmp.replace(path)


# --- list and show -----------------------------------------------------------------------------


def list_templates(composer: Composer) -> list[dict[str, Any]]:
    """One row per template name: which file is in effect and what it is used for."""
    rows = []
    for name in composer.names():
        _, path = composer.source_of(name)
        origin = composer.origin(name)
        packaged = packaged_dir() / name
        same = origin == "yours" and packaged.is_file() and path.read_bytes() == packaged.read_bytes()
        kind, tone = split_name(name)
        rows.append(
            {
                "name": name,
                "kind": kind if kind in KINDS else "",
                "tone": tone if kind in KINDS else "",
                "in_effect": origin,
                "same_as_packaged": same if origin == "yours" else None,
                "overrides_packaged": origin == "yours" and packaged.is_file(),
                "used": kind in KINDS,
                "path": str(path),
            }
        )
    return rows


def show_template(composer: Composer, name: str, packaged: bool = False) -> tuple[str, Path, str]:
    """(source text, path, origin) of the template in effect, or of the packaged one when asked."""
    name = normalize_name(name)
    if packaged:
        path = packaged_dir() / name
        if not path.is_file():
            raise UserError(f"There is no packaged template {name}; `assistant templates list` shows them.")
        return path.read_text(encoding="utf-8"), path, "packaged"
    if not composer.origin(name):
        raise UserError(f"There is no template {name}; `assistant templates list` shows them.")
    text, path = composer.source_of(name)
    return text, path, composer.origin(name)


def available_tones(composer: Composer) -> dict[str, set[str]]:
    """tone -> the kinds it has a template for (packaged or yours)."""
    tones: dict[str, set[str]] = {}
    for name in composer.names():
        kind, tone = split_name(name)
        if kind in KINDS:
            tones.setdefault(tone, set()).add(kind)
    return tones


def check_tone(composer: Composer, tone: str) -> str:
    """The tone if every kind of note has a template in it; else UserError saying what is missing."""
    tones = available_tones(composer)
    complete = sorted(t for t, kinds in tones.items() if set(KINDS) <= kinds)
    if tone not in tones:
        raise UserError(f"There is no tone {tone!r}; use one of: {', '.join(complete)}.")
    missing = [k for k in KINDS if k not in tones[tone]]
    if missing:
        files = ", ".join(f"{k}.{tone}.j2" for k in missing)
        raise UserError(f"Tone {tone!r} has no template for every kind of note; add {files} first.")
    return tone


# --- sample contexts ---------------------------------------------------------------------------

SAMPLE_NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
SAMPLE_ME = {
    "name": "Alex Rivera",
    "first_name": "Alex",
    "email": "alex.rivera@example.com",
    "signature": "alexrivera.dev | +1 555 0100",
}
_DANA = {
    "email": "dana.whitfield@acme-robotics.com",
    "name": "Dana Whitfield",
    "first_name": "Dana",
    "company": "Acme Robotics",
    "roles": ["Senior Data Analyst"],
    "notes": ["her trip to Lisbon", "the new forecasting team"],
}
_BY_KIND: dict[str, dict[str, Any]] = {
    "thank_you": {
        "subject": "Your application for Senior Data Analyst",
        "event": date(2026, 11, 18),
        "interview_at": None,
        "days": 2,
        "previous": 0,
        "reason": "rejected on 2026-11-18; thank-you due at once",
    },
    "check_in": {
        "subject": "Senior Data Analyst search on hold",
        "event": date(2026, 10, 20),
        "interview_at": None,
        "days": 31,
        "previous": 0,
        "reason": "search put on hold on 2026-10-20; check in after 28 days",
    },
    "interview_thank_you": {
        "subject": "Interview: Senior Data Analyst, Thursday 2pm",
        "event": date(2026, 11, 16),
        "interview_at": datetime(2026, 11, 19, 14, 0, tzinfo=UTC),
        "days": 1,
        "previous": 0,
        "reason": "interviewed on 2026-11-19; thank-you the same day",
    },
    "keep_in_touch": {
        "subject": "Re: Senior Data Analyst",
        "event": date(2026, 8, 3),
        "interview_at": None,
        "days": 109,
        "previous": 1,
        "reason": "last exchange on 2026-08-03; keep in touch after 42 days",
    },
}


def _context(kind: str, full: bool) -> dict[str, Any]:
    spec = _BY_KIND[kind]
    contact = dict(_DANA) if full else {k: ([] if isinstance(v, list) else "") for k, v in _DANA.items()}
    if not full:
        contact["email"] = "hiring@example.org"
    interview_at = spec["interview_at"] if full else None
    me = dict(SAMPLE_ME) if full else {"name": "", "first_name": "", "email": "", "signature": ""}
    subject = spec["subject"] if full else ""
    return {
        "kind": kind,
        "me": me,
        "contact": contact,
        "first_name": contact["first_name"],
        "company": contact["company"],
        "role": contact["roles"][-1] if contact["roles"] else "",
        "notes": list(contact["notes"]),
        "original_subject": subject,
        "reply_subject": reply_subject(subject),
        "interview_at": interview_at,
        "interview_date": interview_at.date() if interview_at else None,
        "event_date": spec["event"],
        "days_since_last_contact": spec["days"] if full else None,
        "previous_notes": spec["previous"] if full else 0,
        "reason": spec["reason"],
    }


def sample_contexts() -> dict[str, dict[str, Any]]:
    """label -> context. `<kind>`: everything known; `<kind>.bare`: as little as a scan can know
    (no names, company, role, notes, dates or signature), which is where `{{ x or "..." }}` matters."""
    samples = {}
    for kind in KINDS:
        samples[kind] = _context(kind, full=True)
        samples[f"{kind}.bare"] = _context(kind, full=False)
    return samples


def sample_context(label: str, config: Config | None = None) -> dict[str, Any]:
    """One sample by label; with `config`, your name, email and signature replace the sample's."""
    samples = sample_contexts()
    if label not in samples:
        raise UserError(f"There is no sample {label!r}; use one of: {', '.join(samples)}.")
    context = samples[label]
    if config is not None:
        me = dict(context["me"])
        name = config.get("me.name") or ""
        if name:
            me["name"] = name
            me["first_name"] = name.split()[0]
        for key in ("email", "signature"):
            if config.get(f"me.{key}"):
                me[key] = config.get(f"me.{key}")
        context["me"] = me
    return context


# --- preview with a stored message -------------------------------------------------------------


def message_context(app: Any, store: Any, message_ident: str, kind: str) -> dict[str, Any]:
    """The context a scan would build for a note of `kind` replying to a stored message.

    `app` is a service.App and `store` an open Store. Raises UserError when no stored message matches.
    """
    from assistant import service
    from assistant.models import FollowUp

    record = _find_message(store, message_ident)
    owner = service.infer_owner(store, app.config)
    key = record.get("contact") or record.get("from_email") or ""
    contact = store.get("contacts", key) if key else None
    if contact is None:  # no contact for this message (sent by you, a no-reply sender): use what it says
        facts = record.get("facts") or {}
        name = facts.get("contact_name") or record.get("from_name") or ""
        contact = {
            "name": name,
            "first_name": facts.get("contact_first_name") or (name.split()[0] if name.split() else ""),
            "company": facts.get("company") or "",
            "roles": [facts["role"]] if facts.get("role") else [],
            "notes": [],
        }
    contact = dict(contact) | {"_key": key}
    followup = FollowUp(contact=key, kind=kind, due=app.today, reason="preview", message_id=record["_key"])
    return service.note_context(app, store, contact, record, followup, owner)


def _find_message(store: Any, ident: str) -> dict[str, Any]:
    record = store.get("messages", ident)
    if record is not None:
        return record | {"_key": ident}
    bare = ident.strip().strip("<>")
    matches = [
        r
        for r in store.all("messages")
        if r["_key"].startswith(ident) or (r.get("message_id") or "").strip("<>") == bare
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(
            f"No stored message with id {ident!r}; ids are in `assistant review` and `assistant contacts show`."
        )
    raise UserError(f"{ident!r} matches {len(matches)} messages; give more of the id.")


def kind_of(name: str) -> str:
    kind, _ = split_name(name)
    return kind if kind in KINDS else "thank_you"


def preview(composer: Composer, name: str, context: Mapping[str, Any]) -> tuple[str, str]:
    """(subject, body). Raises TemplateProblem (with file:line) or UserError for an unknown name."""
    name = normalize_name(name)
    if not composer.origin(name):
        raise UserError(f"There is no template {name}; `assistant templates list` shows them.")
    return composer.render(name, context)


# --- check -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    name: str
    where: str  # file:line, or file
    message: str
    sample: str = ""

    def sentence(self) -> str:
        tail = f" (with sample {self.sample})" if self.sample else ""
        return f"{self.where}: {self.message}{tail}"

    def as_dict(self) -> dict[str, str]:
        return {"template": self.name, "where": self.where, "problem": self.message, "sample": self.sample}


def check_templates(
    composer: Composer, samples: Mapping[str, Mapping[str, Any]] | None = None, limit: int = MAX_BODY_CHARS
) -> tuple[list[str], list[Problem]]:
    """Render every template in effect against the sample contexts of its kind (all samples for a name
    that is not `<kind>.<tone>.j2`). -> (names checked, problems).

    Reports syntax errors and undefined variables with file:line (also undefined names in branches the
    samples do not take), a missing Subject line, and notes longer than `limit` characters.
    """
    samples = sample_contexts() if samples is None else samples
    names = composer.names()
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()

    def add(problem: Problem) -> None:
        # one report per place: the source scan and a render can find the same undefined name
        what = "undefined" if problem.message.startswith("undefined variable") else problem.message
        if (problem.where, what) not in seen:
            seen.add((problem.where, what))
            problems.append(problem)

    for name in names:
        kind, _ = split_name(name)
        labels = [label for label, ctx in samples.items() if ctx.get("kind") == kind] or list(samples)
        try:
            template = composer.env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            add(Problem(name, f"{exc.filename or name}:{exc.lineno}", f"syntax error: {exc.message}"))
            continue
        nested = {
            key: _all_keys(ctx[key] for ctx in samples.values() if isinstance(ctx.get(key), Mapping))
            for key in ("me", "contact")
        }
        for problem in _static_undefined(composer, name, template, _all_keys(samples.values()), nested):
            add(problem)
        for label in labels:
            try:
                _, body = composer.render(name, samples[label])
            except TemplateProblem as problem:
                add(Problem(name, problem.where or name, str(problem), label))
                continue
            if len(body) > limit:
                add(
                    Problem(
                        name,
                        template.filename or name,
                        f"the note is {len(body)} characters long; keep it under {limit}",
                        label,
                    )
                )
    return names, problems


def _all_keys(contexts: Iterable[Mapping[str, Any]]) -> set[str]:
    keys: set[str] = set()
    for ctx in contexts:
        keys |= set(ctx)
    return keys


def _static_undefined(
    composer: Composer,
    name: str,
    template: jinja2.Template,
    known: set[str],
    nested: Mapping[str, set[str]],
) -> list[Problem]:
    """Names a template reads that no context provides, found in the source (so a typo inside an
    `{% if %}` branch the samples skip is still caught), with the line of their first use."""
    filename = template.filename or name
    try:
        source = Path(filename).read_text(encoding="utf-8")
        ast = composer.env.parse(source, name, filename)
    except (OSError, jinja2.TemplateSyntaxError):
        return []
    unknown = meta.find_undeclared_variables(ast) - known - set(composer.env.globals)
    problems = []
    for node_name in sorted(unknown):
        line = min(
            (n.lineno for n in ast.find_all(nodes.Name) if n.name == node_name and n.ctx == "load"),
            default=first_output_line(source),
        )
        problems.append(
            Problem(name, f"{filename}:{line}", f"undefined variable: '{node_name}' is undefined")
        )
    for node in ast.find_all(nodes.Getattr):  # me.nmae, contact.frist_name
        parent = node.node
        if (
            isinstance(parent, nodes.Name)
            and parent.name in nested
            and node.attr not in nested[parent.name] | {"get", "items", "keys", "values"}
        ):
            problems.append(
                Problem(
                    name,
                    f"{filename}:{node.lineno}",
                    f"undefined variable: '{parent.name}' has no attribute '{node.attr}'",
                )
            )
    return problems


# --- tones per contact and company -------------------------------------------------------------


def set_company_tone(store: Any, company: str, tone: str | None) -> dict[str, str]:
    """Use `tone` for everyone at `company` (None: back to the default). -> all company tones."""
    company = " ".join(company.split())
    if not company:
        raise UserError("Give the company's name, for example --company 'Acme Robotics'.")
    tones = dict(store.state("company_tones", {}) or {})
    if tone:
        tones[company.lower()] = tone
    else:
        tones.pop(company.lower(), None)
    store.set_state("company_tones", tones)
    return tones


def set_contact_tone(store: Any, ident: str, tone: str | None) -> str:
    """Use `tone` for one contact (None: back to the company's or the default). -> the contact's id."""
    from assistant import service

    contact = service.find_contact(store, ident)
    store.update("contacts", contact["_key"], {"tone": tone or ""})
    return contact["_key"]


def tone_overrides(store: Any) -> dict[str, dict[str, str]]:
    """{"companies": {company: tone}, "contacts": {email: tone}}."""
    contacts = {c["_key"]: c["tone"] for c in store.all("contacts") if c.get("tone")}
    return {"companies": dict(store.state("company_tones", {}) or {}), "contacts": contacts}


def parse_tone_argument(tone: str) -> str | None:
    """`default` (or `none`) clears an override."""
    return None if tone.lower() in ("default", "none", "") else tone
