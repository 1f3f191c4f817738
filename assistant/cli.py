"""Command line: parse arguments, call one service function, print. User errors become one sentence."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from assistant import config as config_mod
from assistant import service
from assistant.errors import AlreadyRunning, GmailError, UserError
from assistant.models import RawMail
from assistant.store import Store

log = logging.getLogger("assistant")


class _StderrHandler(logging.Handler):
    """Log lines as plain sentences on the stderr of the moment (warnings always, more with -v)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


def _setup_logging(verbose: bool) -> None:
    logger = logging.getLogger("assistant")
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    level = logging.INFO if verbose else logging.WARNING
    handler.setLevel(level)
    logger.setLevel(level)


class Ctx:
    def __init__(self, home: str | None, now: str | None) -> None:
        self.paths = config_mod.resolve_paths(home)
        self._now = now

    def config(self) -> config_mod.Config:
        return config_mod.load(self.paths)

    def app(self, now: datetime | None = None) -> service.App:
        cfg = self.config()
        return service.App(config=cfg, now=now or self.now(), tz=cfg.tzinfo())

    def now(self) -> datetime:
        if self._now:
            try:
                value = datetime.fromisoformat(self._now)
            except ValueError as exc:
                raise UserError(
                    f"--now takes an ISO date-time such as 2026-11-20T18:00:00+00:00, not {self._now!r}."
                ) from exc
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        return datetime.now(UTC)

    @contextmanager
    def store(self, lock: bool = True):
        with Store.open(self.paths.data_dir, lock=lock) as store:
            yield store


def out() -> Console:
    # Under a timer or in a pipe there is no terminal width: use a wide one so tables stay readable.
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=160)
    return console


def err() -> Console:
    return Console(stderr=True, highlight=False)


def make_table(columns: Iterable[str], rows: Iterable[Iterable[Any]], title: str | None = None) -> Table:
    """A readable table: one header per column, one row per item (values shown as text)."""
    table = Table(title=title, title_justify="left") if title else Table()
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def followup_table(followups: Iterable[Any], title: str | None = None) -> Table:
    cells = ((f.due.isoformat(), f.contact, f.kind, f.reason) for f in followups)
    return make_table(("due", "to", "kind", "why"), cells, title=title)


def print_json_lines(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


def progress_for(json_mode: bool):
    """A progress bar on a terminal; nothing under a timer, in a pipe or with --json."""
    if json_mode or not sys.stderr.isatty():
        return service._no_progress

    def wrap(items: Iterable[RawMail], total: int | None, label: str) -> Iterable[RawMail]:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        columns = [
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        ]
        with Progress(*columns, console=err(), transient=True) as bar:
            task = bar.add_task(label, total=total)
            for item in items:
                yield item
                bar.advance(task)

    return wrap


# ----------------------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar="ASSISTANT_HOME",
    help="Keep all config and state in this folder (also: env ASSISTANT_HOME).",
)
@click.option(
    "--now",
    "now",
    hidden=True,
    envvar="ASSISTANT_NOW",
    help="Pretend the current time is this ISO date-time (for replays and tests).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log what happens to stderr.")
@click.version_option(package_name="job-followup-assistant", prog_name="assistant")
@click.pass_context
def cli(ctx: click.Context, home: str | None, now: str | None, verbose: bool) -> None:
    """Turn a job seeker's inbox into follow-up drafts: thank-you notes after a "no", check-ins when a
    search is on hold, thank-yous after interviews, keep-in-touch notes. It never sends mail."""
    _setup_logging(verbose)
    ctx.obj = Ctx(home, now)


# --- scan ----------------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--source",
    metavar="SPEC",
    help="mbox:PATH, maildir:PATH or eml:DIR. Without it: Gmail (after `assistant auth`).",
)
@click.option("--dry-run", is_flag=True, help="Show what would happen; write nothing.")
@click.option("--json", "json_mode", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--watch", is_flag=True, help="Keep running: scan, wait, scan again (Ctrl-C stops).")
@click.option(
    "--every",
    default="15m",
    show_default=True,
    metavar="DURATION",
    help="With --watch: time between scans (15m, 1h).",
)
@click.pass_obj
def scan(obj: Ctx, source: str | None, dry_run: bool, json_mode: bool, watch: bool, every: str) -> None:
    """Read new mail, classify it, update contacts and make the drafts that are due."""
    from assistant.schedule import parse_every

    interval = parse_every(every) if watch else 0
    while True:
        try:
            summary = run_scan(obj, source, dry_run, json_mode)
        except (AlreadyRunning, GmailError) as exc:  # passing trouble: a watch loop waits and tries again
            if not watch:
                raise
            click.echo(f"{exc} Next scan in {every}; Ctrl-C stops.", err=True)
            time.sleep(interval)
            continue
        if json_mode:
            click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
        else:
            print_scan_summary(summary)
        if not watch:
            return
        if not json_mode:
            click.echo(f"Next scan in {every}; Ctrl-C stops.", err=True)
        time.sleep(interval)


def run_scan(obj: Ctx, source: str | None, dry_run: bool, json_mode: bool, app: service.App | None = None):
    from assistant.sources.mailbox import open_source

    app = app or obj.app()
    if source is None:
        return run_gmail_scan(obj, app, dry_run, json_mode)
    src = open_source(source)
    return service.scan(
        app,
        iter(()),
        src.describe(),
        dry_run=dry_run,
        progress=progress_for(json_mode),
        total=src.count(),
        resume=src,
    )


def run_gmail_scan(obj: Ctx, app: service.App, dry_run: bool, json_mode: bool):
    from assistant import auth
    from assistant.gmail_service import scan_gmail
    from assistant.sources.gmail import GmailClient

    if not auth.token_path(obj.paths.config_dir).exists():
        raise UserError(
            "Gmail is not connected: run `assistant auth` first, or scan local mail with "
            "--source mbox:PATH, maildir:PATH or eml:DIR."
        )
    # A token file readable by others is warned about (once) by auth.load_credentials, through logging.
    endpoint = app.config.get("gmail.endpoint") or None
    client = GmailClient.from_home(obj.paths.config_dir, endpoint=endpoint)
    return scan_gmail(app, client, dry_run=dry_run, progress=progress_for(json_mode))


def print_scan_summary(summary: service.ScanSummary) -> None:
    con = out()
    head = "Dry run: nothing was written. " if summary.dry_run else ""
    con.print(
        f"{head}Scanned {summary.source}: {summary.seen} messages, {summary.new} new, "
        f"{summary.already} already seen, {summary.failed} could not be read, {summary.sent_by_you} sent by you."
    )
    if summary.by_label:
        counts = sorted(summary.by_label.items(), key=lambda kv: (-kv[1], kv[0]))
        table = make_table(("label", "count"), counts, title="New messages by label")
        table.columns[1].justify = "right"
        con.print(table)
    if summary.drafts:
        title = "Drafts that would be made" if summary.dry_run else "Drafts made (review them before sending)"
        rows = ((d["id"], d["to"], d["kind"], d["subject"]) for d in summary.drafts)
        con.print(make_table(("id", "to", "kind", "subject"), rows, title=title))
    else:
        con.print("No new drafts.")
    for problem in summary.template_problems:
        con.print(f"Template problem, draft skipped: {problem}")
    if summary.upcoming:
        con.print(followup_table(summary.upcoming, title="Scheduled next"))
    if summary.review:
        con.print(f"{summary.review} message(s) need a look: run `assistant review`.")


# --- classify ------------------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per message.")
@click.option("--me", "owner", default="", metavar="EMAIL", help="Your address (mail from it is yours).")
def classify(paths: tuple[str, ...], json_mode: bool, owner: str) -> None:
    """Classify .eml files, folders of them or mbox files, without storing anything."""
    from assistant.sources.mailbox import iter_paths

    rows = service.iter_classified(iter_paths(list(paths)), owner=owner)
    if json_mode:
        print_json_lines(rows)
        return
    columns = ("source", "label", "conf.", "company", "contact", "role", "why")
    cells = (
        (
            r["source"],
            r["label"],
            f"{r['confidence']:.2f}",
            r["company"],
            r["contact_first_name"],
            r["role"],
            "; ".join(r["reasons"][:2]),
        )
        for r in rows
    )
    out().print(make_table(columns, cells))


# --- drafts --------------------------------------------------------------------------------------


@cli.group()
def drafts() -> None:
    """List, show and export the drafts the assistant made."""


@drafts.command("list")
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per draft.")
@click.option("--all", "show_all", is_flag=True, help="Include sent and deleted drafts.")
@click.pass_obj
def drafts_list(obj: Ctx, json_mode: bool, show_all: bool) -> None:
    """List drafts (open ones unless --all)."""
    with obj.store(lock=False) as store:
        rows = [d for d in service.drafts(store) if show_all or d.get("status") in ("draft", "creating")]
    if json_mode:
        print_json_lines(
            {
                k: d.get(k)
                for k in (
                    "id",
                    "to",
                    "to_name",
                    "subject",
                    "kind",
                    "status",
                    "in_reply_to",
                    "thread_id",
                    "created_at",
                    "due",
                    "gmail_draft_id",
                )
            }
            for d in rows
        )
        return
    if not rows:
        out().print("No drafts yet. Run `assistant scan` (or `assistant demo` to try it out).")
        return
    cells = (
        (d["id"], d.get("status"), d["kind"], d["to"], d["subject"], (d.get("created_at") or "")[:10])
        for d in rows
    )
    out().print(make_table(("id", "status", "kind", "to", "subject", "made"), cells))


@drafts.command("show")
@click.argument("draft_id")
@click.pass_obj
def drafts_show(obj: Ctx, draft_id: str) -> None:
    """Show one draft as the mail it will be."""
    with obj.store(lock=False) as store:
        record = service.find_draft(store, draft_id)
        app = obj.app()
        raw = service.draft_as_email(app, store, record)
    click.echo(
        f"# {record['kind']} draft, status {record.get('status')}, due {record.get('due')}: {record.get('reason', '')}"
    )
    click.echo(raw.decode("utf-8", "replace"))


@drafts.command("export")
@click.argument("directory", type=click.Path(file_okay=False))
@click.pass_obj
def drafts_export(obj: Ctx, directory: str) -> None:
    """Write open drafts as .eml files any mail client opens."""
    with obj.store(lock=False) as store:
        paths = service.export_drafts(obj.app(), store, Path(directory))
    click.echo(f"Wrote {len(paths)} draft(s) to {directory}.")


# --- demo ----------------------------------------------------------------------------------------


@cli.command()
@click.option("--json", "json_mode", is_flag=True, help="Print the scan summary as JSON.")
@click.pass_context
def demo(ctx: click.Context, json_mode: bool) -> None:
    """Run the whole scan over a bundled sample mailbox, in a temporary home unless --home is given."""
    from importlib.resources import files

    obj: Ctx = ctx.obj
    sample = Path(str(files("assistant.sample") / "sample.mbox"))
    explicit_home = ctx.parent.params.get("home") if ctx.parent else None
    with tempfile.TemporaryDirectory(prefix="assistant-demo-") as tmp:
        if not explicit_home:
            obj.paths = config_mod.Paths(Path(tmp), Path(tmp))
        from assistant.sources.mailbox import open_source

        src = open_source(f"mbox:{sample}")
        raws = list(src)
        app = obj.app(now=obj.now() if obj._now else DEMO_NOW)
        if not app.config.get("me.name"):
            app.config = app.config.with_values(
                "demo", **{"me.name": "Alex Rivera", "me.email": "alex.rivera.jobs@gmail.com"}
            )
        summary = service.scan(
            app, raws, "the sample mailbox", progress=progress_for(json_mode), total=len(raws)
        )
        if json_mode:
            click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
            return
        con = out()
        con.print(
            f"Demo: the sample inbox of Alex Rivera, as of {app.now.astimezone(app.tz):%A %d %B %Y %H:%M}."
        )
        print_scan_summary(summary)
        if explicit_home:
            con.print(
                f"State kept in {obj.paths.data_dir}: try `assistant --home {explicit_home} drafts list`."
            )
        else:
            con.print(
                "This ran in a temporary folder that is now gone. Add --home DIR to keep it and explore."
            )


# The sample mailbox tells a story that ends on this day: recent rejections, an interview two days
# earlier, a search put on hold. The demo runs as of then so it always shows the same, fresh picture.
DEMO_NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


# --- review and tag ------------------------------------------------------------------------------


@cli.command()
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per item.")
@click.pass_obj
def review(obj: Ctx, json_mode: bool) -> None:
    """Messages that need a person's look: unsure labels, no-reply senders, unreadable mail."""
    with obj.store(lock=False) as store:
        items = service.review_items(obj.app(), store)
    if json_mode:
        print_json_lines(items)
        return
    if not items:
        out().print("Nothing to review.")
        return
    cells = (
        (i["message"], (i.get("date") or "")[:10], i.get("from"), i.get("subject"), i["why"])
        for i in sorted(items, key=lambda i: i.get("date") or "")
    )
    out().print(make_table(("message", "date", "from", "subject", "why"), cells))
    out().print("Correct a label with `assistant tag MESSAGE_ID LABEL`.")


@cli.command()
@click.argument("message_id")
@click.argument("label")
@click.pass_obj
def tag(obj: Ctx, message_id: str, label: str) -> None:
    """Correct a message's label; the correction sticks and teaches later scans."""
    with obj.store() as store:
        record = service.tag_message(obj.app(), store, message_id, label)
    click.echo(f"Tagged {record['id']} as {label}.")


# --- contacts, due, status -----------------------------------------------------------------------


@cli.group()
def contacts() -> None:
    """The people you met in your search: list, show, add notes, pause, mark done."""


@contacts.command("list")
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per contact.")
@click.pass_obj
def contacts_list(obj: Ctx, json_mode: bool) -> None:
    """Everyone you have exchanged job mail with."""
    with obj.store(lock=False) as store:
        rows = service.contact_rows(obj.app(), store)
    if json_mode:
        print_json_lines(rows)
        return
    if not rows:
        out().print("No contacts yet. Run `assistant scan`.")
        return
    columns = ("email", "name", "company", "stage", "last contacted", "last heard", "next due")
    cells = (
        (
            r["email"],
            r["name"],
            r["company"],
            r["stage"] + (" (paused)" if r["paused"] else " (done)" if r["done"] else ""),
            r["last_contacted"],
            r["last_heard"],
            f"{r['next_due'] or ''} {r['next_kind'] or ''}".strip(),
        )
        for r in rows
    )
    out().print(make_table(columns, cells))


@contacts.command("show")
@click.argument("ident", metavar="ID")
@click.option("--json", "json_mode", is_flag=True, help="As one JSON object.")
@click.pass_obj
def contacts_show(obj: Ctx, ident: str, json_mode: bool) -> None:
    """One contact, with their history and what is planned."""
    with obj.store(lock=False) as store:
        contact = service.find_contact(store, ident)
        rows = {r["id"]: r for r in service.contact_rows(obj.app(), store)}
        row = rows[contact["_key"]]
        history = [store.get("messages", m) for m in row["messages"]]
    row["history"] = [
        {"date": h["date"][:10], "label": h["label"], "subject": h["subject"], "direction": h["direction"]}
        for h in history
        if h
    ]
    if json_mode:
        click.echo(json.dumps(row, ensure_ascii=False))
        return
    con = out()
    con.print(
        f"{row['name'] or row['email']} <{row['email']}>, {row['company'] or 'company unknown'}; stage: {row['stage'] or '-'}"
    )
    con.print(
        f"Last contacted: {row['last_contacted'] or 'never'}; last heard: {row['last_heard'] or 'never'}; "
        f"next: {row['next_kind'] or 'nothing planned'} {row['next_due'] or ''}"
    )
    for note in row["notes"]:
        con.print(f"Note: {note}")
    cells = (
        (h["date"], "→" if h["direction"] == "out" else "←", h["label"], h["subject"])
        for h in sorted(row["history"], key=lambda h: h["date"])
    )
    con.print(make_table(("date", "", "label", "subject"), cells, title="History"))


@contacts.command("note")
@click.argument("ident", metavar="ID")
@click.argument("text")
@click.option("--json", "json_mode", is_flag=True, help="Print the contact's notes as one JSON object.")
@click.pass_obj
def contacts_note(obj: Ctx, ident: str, text: str, json_mode: bool) -> None:
    """Add a personal note (templates can use it)."""
    with obj.store() as store:
        contact = service.find_contact(store, ident)
        notes = [*contact.get("notes", []), {"text": text, "at": obj.now().isoformat()}]
        store.update("contacts", contact["_key"], {"notes": notes})
    if json_mode:
        row = {"id": contact["_key"], "notes": [n["text"] for n in notes]}
        click.echo(json.dumps(row, ensure_ascii=False))
        return
    click.echo(f"Noted for {contact['_key']}.")


def _set_flag(obj: Ctx, ident: str, field: str, value: bool) -> str:
    with obj.store() as store:
        contact = service.find_contact(store, ident)
        store.update("contacts", contact["_key"], {field: value})
    return contact["_key"]


def _pause_company(obj: Ctx, company: str, paused: bool) -> str:
    """Add or remove a company (as spelled in `contacts list`) from the paused companies."""
    with obj.store() as store:
        known = {c.get("company", "").lower(): c.get("company", "") for c in store.all("contacts")}
        name = known.get(company.strip().lower())
        if not name:
            raise UserError(
                f"No contact works at {company!r}; `assistant contacts list` shows the companies."
            )
        current = [c for c in store.state("paused_companies", []) or [] if c.lower() != name.lower()]
        store.set_state("paused_companies", [*current, name] if paused else current)
    return name


@contacts.command("pause")
@click.argument("ident", metavar="ID", required=False)
@click.option("--company", metavar="NAME", help="Pause everyone at this company instead of one person.")
@click.option("--undo", is_flag=True, help="Resume follow-ups.")
@click.option("--json", "json_mode", is_flag=True, help="Print the result as one JSON object.")
@click.pass_obj
def contacts_pause(obj: Ctx, ident: str | None, company: str | None, undo: bool, json_mode: bool) -> None:
    """Stop follow-ups to a person, or with --company NAME to everyone there, for now (--undo resumes)."""
    if bool(ident) == bool(company):
        raise UserError(
            "Give a contact ID or --company NAME (one of them), e.g. `assistant contacts pause ID`."
        )
    if company:
        name = _pause_company(obj, company, not undo)
        if json_mode:
            click.echo(json.dumps({"company": name, "paused": not undo}, ensure_ascii=False))
            return
        click.echo(f"{'Resumed' if undo else 'Paused'} follow-ups to everyone at {name}.")
        return
    key = _set_flag(obj, ident or "", "paused", not undo)
    if json_mode:
        click.echo(json.dumps({"id": key, "paused": not undo}, ensure_ascii=False))
        return
    click.echo(f"{'Resumed' if undo else 'Paused'} follow-ups to {key}.")


@contacts.command("done")
@click.argument("ident", metavar="ID")
@click.option("--undo", is_flag=True, help="Start following up again.")
@click.option("--json", "json_mode", is_flag=True, help="Print the result as one JSON object.")
@click.pass_obj
def contacts_done(obj: Ctx, ident: str, undo: bool, json_mode: bool) -> None:
    """No more follow-ups to a person (--undo reverses)."""
    key = _set_flag(obj, ident, "done", not undo)
    if json_mode:
        click.echo(json.dumps({"id": key, "done": not undo}, ensure_ascii=False))
        return
    click.echo(f"{'Reopened' if undo else 'Marked done:'} {key}.")


@contacts.command("tone")
@click.argument("ident", metavar="ID")
@click.argument("tone")
@click.pass_obj
def contacts_tone(obj: Ctx, ident: str, tone: str) -> None:
    """Write to this person in TONE (warm, brief, or your own); `default` removes the choice."""
    from assistant import template_tools

    chosen = template_tools.parse_tone_argument(tone)
    if chosen:
        template_tools.check_tone(template_tools.composer_for(obj.paths), chosen)
    with obj.store() as store:
        key = template_tools.set_contact_tone(store, ident, chosen)
    click.echo(f"Tone for {key}: {chosen or 'default'}.")


@cli.command()
@click.option("--as-of", "as_of", metavar="DATE", help="Plan as if today were DATE (YYYY-MM-DD).")
@click.option(
    "--within", type=click.IntRange(min=0), default=None, metavar="DAYS", help="Only notes due within DAYS."
)
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per note.")
@click.pass_obj
def due(obj: Ctx, as_of: str | None, within: int | None, json_mode: bool) -> None:
    """What will be drafted, when and why."""
    now = obj.now()
    if as_of:
        try:
            day = date.fromisoformat(as_of)
        except ValueError as exc:
            raise UserError(f"--as-of takes a date like 2026-12-01, not {as_of!r}.") from exc
        now = datetime(day.year, day.month, day.day, 12, tzinfo=obj.config().tzinfo())
    app = obj.app(now=now)
    with obj.store(lock=False) as store:
        plan = service.plan_followups(app, store)
    rows = sorted(plan, key=lambda f: (f.due, f.contact))
    if within is not None:
        rows = [f for f in rows if f.due <= app.today + timedelta(days=within)]
    if json_mode:
        print_json_lines(service.followup_dict(f) for f in rows)
        return
    if not rows:
        out().print("Nothing planned.")
        return
    out().print(followup_table(rows))


@cli.command()
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per application.")
@click.pass_obj
def status(obj: Ctx, json_mode: bool) -> None:
    """Your applications by company and stage."""
    with obj.store(lock=False) as store:
        rows = service.status_rows(obj.app(), store)
        last = store.state("last_scan")
    if json_mode:
        print_json_lines(rows)
        return
    if not rows:
        out().print("No applications seen yet. Run `assistant scan`.")
        return
    title = f"Applications (last scan {last['at'][:16] if last else 'never'})"
    cells = ((r["company"], r["role"], r["stage"], r["date"], r["contact"]) for r in rows)
    out().print(make_table(("company", "role", "stage", "since", "contact"), cells, title=title))


# --- config --------------------------------------------------------------------------------------


@cli.group("config")
def config_group() -> None:
    """Show and change settings (your name, signature, cadence, tone, time zone)."""


@config_group.command("show")
@click.option("--json", "json_mode", is_flag=True, help="As one JSON object.")
@click.pass_obj
def config_show(obj: Ctx, json_mode: bool) -> None:
    """The effective settings and where each came from."""
    cfg = obj.config()
    if json_mode:
        click.echo(
            json.dumps(
                {k: {"value": v, "from": cfg.origins[k]} for k, v in cfg.values.items()}, ensure_ascii=False
            )
        )
        return
    con = out()
    con.print(f"Config file: {cfg.paths.config_file}\nState: {cfg.paths.data_dir}")
    cells = ((st.key, cfg.values[st.key], cfg.origins[st.key], st.help) for st in config_mod.SETTINGS)
    con.print(make_table(("setting", "value", "from", "meaning"), cells))


@config_group.command("set")
@click.argument("key")
@click.argument("value")
@click.pass_obj
def config_set(obj: Ctx, key: str, value: str) -> None:
    """Change a setting, for example `assistant config set me.name "Alex Rivera"`."""
    parsed = config_mod.set_value(obj.paths, key, value)
    click.echo(f"{key} = {parsed!r}")


@config_group.command("unset")
@click.argument("key")
@click.pass_obj
def config_unset(obj: Ctx, key: str) -> None:
    """Return a setting to its default."""
    config_mod.unset_value(obj.paths, key)
    click.echo(f"{key} is back to its default.")


# --- Gmail sign-in and periodic scans ------------------------------------------------------------


@cli.command()
@click.option(
    "--credentials",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="PATH",
    help="The OAuth client file (Desktop app) from Google Cloud Console [default: <home>/credentials.json].",
)
@click.option(
    "--no-browser",
    is_flag=True,
    help="Print the sign-in URL instead of opening a browser (headless machines).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="Local port for Google's redirect (0: any free port).",
)
@click.option("--status", "show_status", is_flag=True, help="Say who is signed in and with which scopes.")
@click.option("--revoke", "do_revoke", is_flag=True, help="Sign out: revoke the token and delete it.")
@click.option("--json", "json_mode", is_flag=True, help="With --status: as one JSON object.")
@click.pass_obj
def auth(
    obj: Ctx,
    credentials: str | None,
    no_browser: bool,
    port: int,
    show_status: bool,
    do_revoke: bool,
    json_mode: bool,
) -> None:
    """Sign in to Gmail (read mail, write drafts; never send)."""
    from assistant import auth as auth_mod

    home = obj.paths.config_dir
    endpoint = obj.config().get("gmail.endpoint") or None
    if show_status:
        st = auth_mod.auth_status(home, endpoint=endpoint)
        if json_mode:
            click.echo(json.dumps(st))
        elif st["signed_in"]:
            click.echo(
                f"Signed in as {st['email'] or '(address unknown)'} with scopes: {', '.join(st['scopes'])}."
            )
        else:
            click.echo(st["error"] or "Not signed in.")
        if st.get("warning"):
            click.echo(st["warning"], err=True)
        return
    if do_revoke:
        existed = auth_mod.token_path(home).exists()
        confirmed = auth_mod.revoke(home, endpoint=endpoint)
        if not existed:
            click.echo("You were not signed in.")
        else:
            click.echo(
                "Signed out"
                + (" and the token was revoked." if confirmed else "; the token file was deleted.")
            )
        return
    creds_path = Path(credentials) if credentials else obj.paths.config_dir / "credentials.json"
    labels = bool(obj.config().get("gmail.labels"))
    path = auth_mod.run_auth(home, creds_path, open_browser=not no_browser, port=port, labels_enabled=labels)
    click.echo(f"Signed in. Token saved to {path} (readable only by you). Next: `assistant scan`.")


@cli.group()
def schedule() -> None:
    """Run the scan periodically (systemd user timer, or cron)."""


@schedule.command("install")
@click.option(
    "--every", default="1h", show_default=True, metavar="DURATION", help="Time between scans (15m, 1h, 1d)."
)
@click.pass_obj
def schedule_install(obj: Ctx, every: str) -> None:
    """Install and start the periodic scan."""
    from assistant import schedule as schedule_mod

    seconds = schedule_mod.parse_every(every)
    command = schedule_mod.scan_command(obj.paths.config_dir, obj.paths.data_dir)
    st = schedule_mod.install(seconds, command, log_file=obj.paths.data_dir / "scan.log")
    click.echo(f"Installed ({st.kind}): {st.detail}")


@schedule.command("status")
def schedule_status() -> None:
    """Whether a periodic scan is installed, and when it runs."""
    from assistant import schedule as schedule_mod

    st = schedule_mod.status()
    click.echo(st.detail if st.kind == "none" else f"{st.kind}: {st.detail}")


@schedule.command("remove")
def schedule_remove() -> None:
    """Stop and remove the periodic scan."""
    from assistant import schedule as schedule_mod

    click.echo(schedule_mod.remove().detail)


# ----------------------------------------------------------------------------------------------


from assistant.cli_templates import templates as _templates_group  # noqa: E402

cli.add_command(_templates_group)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors print one sentence and exit with their code; no traceback."""
    try:
        code = cli.main(args=argv, prog_name="assistant", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except UserError as exc:
        click.echo(str(exc), err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Stopped.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("Stopped; nothing stored was lost.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
