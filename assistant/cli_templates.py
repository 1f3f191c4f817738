"""`assistant templates ...`: make the notes yours. Each command parses, calls template_tools, prints."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click
from rich.table import Table

from assistant import template_tools as tt
from assistant.compose import KINDS, TemplateProblem
from assistant.errors import UserError
from assistant.store import DB_NAME, Store

if TYPE_CHECKING:  # the CLI's context object; imported lazily to keep cli.py -> cli_templates one-way
    from assistant.cli import Ctx


def _out():
    from assistant.cli import out

    return out()


@contextmanager
def _read_store(obj: Ctx) -> Iterator[Store | None]:
    """The store opened read-only (no lock, never written), or None before the first scan."""
    if not (obj.paths.data_dir / DB_NAME).is_file():
        yield None
        return
    store = Store.open(obj.paths.data_dir, lock=False)
    try:
        yield store
    finally:
        store.abandon()


@click.group()
def templates() -> None:
    """Make the notes yours: copy, list, show, preview and check the note templates, and pick tones.

    Your templates live in <home>/templates/ (`assistant templates init` puts copies of the defaults
    there); a file there overrides the packaged one of the same name. The variables and filters a
    template can use are in README.md in that folder.
    """


@templates.command("init")
@click.pass_obj
def templates_init(obj: Ctx) -> None:
    """Copy the default templates into <home>/templates/ to edit them; never overwrites your changes."""
    actions = tt.init_templates(obj.paths)
    click.echo(f"Templates folder: {obj.paths.templates_dir}")
    for action in actions:
        click.echo(f"  {action.sentence()}")
    click.echo("Edit any file there; `assistant templates check` tells you if something is wrong.")


@templates.command("list")
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per template.")
@click.pass_obj
def templates_list(obj: Ctx, json_mode: bool) -> None:
    """Every template, and whether yours or the packaged one is in effect."""
    rows = tt.list_templates(tt.composer_for(obj.paths))
    if json_mode:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table()
    for col in ("template", "in effect", "kind", "tone", "file"):
        table.add_column(col)
    for r in rows:
        effect = r["in_effect"]
        if effect == "yours" and r["same_as_packaged"]:
            effect = "yours (same as packaged)"
        elif effect == "yours" and r["overrides_packaged"]:
            effect = "yours (overrides packaged)"
        if not r["used"]:
            effect += "; never used: name it <kind>.<tone>.j2"
        table.add_row(r["name"], effect, r["kind"], r["tone"], r["path"])
    con = _out()
    con.print(table)
    con.print(f"Your folder: {obj.paths.templates_dir}  (kinds: {', '.join(KINDS)})")


@templates.command("show")
@click.argument("name")
@click.option("--packaged", is_flag=True, help="Show the packaged default even if you have your own.")
@click.pass_obj
def templates_show(obj: Ctx, name: str, packaged: bool) -> None:
    """Print the source of template NAME (for example thank_you.warm.j2) that is in effect."""
    text, path, origin = tt.show_template(tt.composer_for(obj.paths), name, packaged=packaged)
    click.echo(f"# {path} ({origin})", err=True)
    click.echo(text, nl=not text.endswith("\n"))


@templates.command("preview")
@click.argument("name")
@click.option("--message", "message_id", metavar="ID", help="Reply to this stored message (its id).")
@click.option(
    "--sample",
    "label",
    metavar="LABEL",
    help="Built-in sample data: a kind (thank_you, check_in, interview_thank_you, keep_in_touch), "
    "or KIND.bare for a message where little is known. Default: the template's kind.",
)
@click.pass_obj
def templates_preview(obj: Ctx, name: str, message_id: str | None, label: str | None) -> None:
    """Render template NAME with a real stored message or with sample data, and print the note."""
    if message_id and label:
        raise UserError("Give --message or --sample, not both.")
    name = tt.normalize_name(name)
    composer = tt.composer_for(obj.paths)
    kind = tt.kind_of(name)
    if message_id:
        with _read_store(obj) as store:
            if store is None:
                raise UserError(
                    "Nothing is stored yet; run `assistant scan` first, or preview with --sample."
                )
            context = tt.message_context(obj.app(), store, message_id, kind)
        origin = f"message {message_id}"
    else:
        label = label or kind
        context = tt.sample_context(label, obj.config())
        origin = f"sample {label}"
    try:
        subject, body = tt.preview(composer, name, context)
    except TemplateProblem as problem:
        click.echo(problem.sentence(), err=True)
        raise click.exceptions.Exit(1) from problem
    click.echo(f"# {name} ({composer.origin(name)}) with {origin}", err=True)
    click.echo(f"Subject: {subject}\n\n{body}", nl=False)


@templates.command("check")
@click.option("--json", "json_mode", is_flag=True, help="One JSON object per problem.")
@click.pass_obj
def templates_check(obj: Ctx, json_mode: bool) -> None:
    """Render every template against sample data; report problems with file:line. Exit 1 if any."""
    composer = tt.composer_for(obj.paths)
    names, problems = tt.check_templates(composer)
    problems += _tone_problems(obj, composer)
    if json_mode:
        for p in problems:
            click.echo(json.dumps(p.as_dict(), ensure_ascii=False))
    else:
        samples = len(tt.sample_contexts())
        click.echo(f"Checked {len(names)} templates against {samples} sample contexts.")
        for p in problems:
            click.echo(p.sentence())
        if problems:
            broken = len({p.name for p in problems})
            click.echo(f"{len(problems)} problem(s) in {broken} template(s).")
        else:
            click.echo("All good.")
    if problems:
        raise click.exceptions.Exit(1)


def _tone_problems(obj: Ctx, composer: Any) -> list[tt.Problem]:
    """A tone chosen in config or for a contact/company must have a template for every kind."""
    in_use = {str(obj.config().get("tone") or "warm"): "config"}
    with _read_store(obj) as store:
        if store is not None:
            overrides = tt.tone_overrides(store)
            for company, tone in overrides["companies"].items():
                in_use.setdefault(tone, f"company {company}")
            for contact, tone in overrides["contacts"].items():
                in_use.setdefault(tone, f"contact {contact}")
    problems = []
    for tone, who in sorted(in_use.items()):
        try:
            tt.check_tone(composer, tone)
        except UserError as exc:
            problems.append(
                tt.Problem(f"tone {tone}", str(obj.paths.templates_dir), f"{exc} (used by {who})")
            )
    return problems


@templates.command("tone")
@click.argument("tone", required=False)
@click.option("--company", metavar="NAME", help="Use TONE for everyone at this company.")
@click.option("--contact", metavar="ID", help="Use TONE for this contact (email or part of the name).")
@click.pass_obj
def templates_tone(obj: Ctx, tone: str | None, company: str | None, contact: str | None) -> None:
    """Pick the tone for a company or a contact (TONE `default` removes the choice); with no
    arguments, show the tones in use. The overall tone is a setting: `assistant config set tone brief`."""
    if company and contact:
        raise UserError("Give --company or --contact, not both.")
    if tone is None:
        if company or contact:
            raise UserError("Say which tone, for example `assistant templates tone --company Acme brief`.")
        _print_tones(obj)
        return
    if not (company or contact):
        raise UserError(
            "Give --company NAME or --contact ID; the overall tone is `assistant config set tone TONE`."
        )
    chosen = tt.parse_tone_argument(tone)
    if chosen:
        tt.check_tone(tt.composer_for(obj.paths), chosen)
    with obj.store() as store:
        if company:
            tt.set_company_tone(store, company, chosen)
            who = f"everyone at {company}"
        else:
            who = tt.set_contact_tone(store, contact or "", chosen)
    click.echo(f"Tone for {who}: {chosen or 'default'}.")


def _print_tones(obj: Ctx) -> None:
    cfg = obj.config()
    composer = tt.composer_for(obj.paths)
    tones = tt.available_tones(composer)
    click.echo(f"Default tone: {cfg.get('tone')} (from {cfg.origins['tone']})")
    click.echo(
        "Tones with a template for every kind: "
        + ", ".join(sorted(t for t, kinds in tones.items() if set(KINDS) <= kinds))
    )
    with _read_store(obj) as store:
        overrides = tt.tone_overrides(store) if store is not None else {"companies": {}, "contacts": {}}
    for company, tone in sorted(overrides["companies"].items()):
        click.echo(f"  company {company}: {tone}")
    for contact, tone in sorted(overrides["contacts"].items()):
        click.echo(f"  contact {contact}: {tone}")
    click.echo("A contact's tone wins over their company's, which wins over the default.")
