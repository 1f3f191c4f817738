"""Notes from Jinja templates, and drafts as RFC 822 replies. The only importer of jinja2.

- A sandboxed environment with StrictUndefined: a template that names a variable that does not exist
  fails loudly (with file and line) instead of writing "Dear None".
- The user's folder (`<home>/templates/`) is searched before the packaged defaults, so a user file
  overrides the packaged one of the same name.
- Mail content only ever reaches templates as *data* in the context: a subject containing `{{ ... }}`
  comes out literally.
- A template's output starts with a `Subject: ...` line, then a blank line, then the body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from assistant.models import Draft

TONES = ("warm", "brief")
KINDS = ("thank_you", "check_in", "interview_thank_you", "keep_in_touch")
MAX_BODY_CHARS = 2000  # a note longer than this stops being a note


class TemplateProblem(Exception):
    """A template could not be rendered. `where` is "file:line" when known."""

    def __init__(self, message: str, name: str = "", where: str = "") -> None:
        super().__init__(message)
        self.name = name
        self.where = where

    def sentence(self) -> str:
        place = self.where or self.name
        return f"Template {place}: {self}" if place else str(self)


def packaged_dir() -> Path:
    return Path(str(files("assistant.templates")))


def template_name(kind: str, tone: str) -> str:
    return f"{kind}.{tone}.j2"


# --- filters available to templates (documented in templates/README.md) ----------------------


def _as_date(value: date | datetime | str) -> date | datetime | str:
    """A date from a date, a datetime or an ISO string; any other string is returned as it is."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _weekday(value: date | datetime | str | None) -> str:
    """`{{ interview_date | weekday }}` -> "Tuesday"."""
    if not value:
        return ""
    value = _as_date(value)
    return value if isinstance(value, str) else value.strftime("%A")


def _human_date(value: date | datetime | str | None) -> str:
    """`{{ some_date | human_date }}` -> "Tuesday, March 3"."""
    if not value:
        return ""
    value = _as_date(value)
    return value if isinstance(value, str) else f"{value.strftime('%A, %B')} {value.day}"


def _first_word(value: str | None) -> str:
    """`{{ contact.name | first_word }}` -> first name from a full name."""
    return (value or "").split()[0] if (value or "").split() else ""


FILTERS = {"weekday": _weekday, "human_date": _human_date, "first_word": _first_word}


@dataclass
class Composer:
    user_dir: Path | None = None

    def __post_init__(self) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if self.user_dir is not None:
            loaders.append(jinja2.FileSystemLoader(str(self.user_dir)))
        loaders.append(jinja2.FileSystemLoader(str(packaged_dir())))
        self.env = SandboxedEnvironment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )
        self.env.filters.update(FILTERS)

    def source_of(self, name: str) -> tuple[str, Path]:
        """(text, path) of the template in effect for `name`."""
        if self.user_dir is not None and (self.user_dir / name).is_file():
            path = self.user_dir / name
        else:
            path = packaged_dir() / name
        return path.read_text(encoding="utf-8"), path

    def origin(self, name: str) -> str:
        """Who provides `name`: "yours" (the user's folder wins), "packaged", or "" if neither."""
        if self.user_dir is not None and (self.user_dir / name).is_file():
            return "yours"
        return "packaged" if (packaged_dir() / name).is_file() else ""

    def names(self) -> list[str]:
        """Every template name (`*.j2`) in the user's folder or the packaged one, sorted."""
        found = {p.name for p in packaged_dir().glob("*.j2")}
        if self.user_dir is not None and self.user_dir.is_dir():
            found |= {p.name for p in self.user_dir.glob("*.j2") if p.is_file()}
        return sorted(found)

    def render(self, name: str, context: Mapping[str, Any]) -> tuple[str, str]:
        """Render template `name` -> (subject, body). Raises TemplateProblem with file:line."""
        try:
            template = self.env.get_template(name)
        except jinja2.TemplateNotFound as exc:
            raise TemplateProblem(f"no template named {name}", name=name) from exc
        except jinja2.TemplateSyntaxError as exc:
            where = f"{exc.filename or name}:{exc.lineno}"
            raise TemplateProblem(f"syntax error: {exc.message}", name=name, where=where) from exc
        try:
            output = template.render(dict(context))
        except jinja2.UndefinedError as exc:
            raise TemplateProblem(
                f"undefined variable: {exc.message}", name=name, where=_where(exc, template)
            ) from exc
        except jinja2.TemplateError as exc:
            raise TemplateProblem(
                f"{exc.__class__.__name__}: {exc}", name=name, where=_where(exc, template)
            ) from exc
        except Exception as exc:  # a filter or sandbox failure in a user template
            raise TemplateProblem(
                f"{exc.__class__.__name__}: {exc}", name=name, where=_where(exc, template)
            ) from exc
        filename = template.filename or name
        try:
            return split_subject(output, name, filename)
        except TemplateProblem as problem:
            try:
                source = Path(filename).read_text(encoding="utf-8")
            except OSError:
                source = ""
            problem.where = f"{filename}:{first_output_line(source)}"
            raise


def _where(exc: BaseException, template: jinja2.Template) -> str:
    """file:line of the innermost template frame in the traceback, when there is one.

    Jinja rewrites the traceback of a failed render so that its frames carry the template's file name
    and the template's own line numbers (frames marked with `__jinja_exception__`, see jinja2/debug.py);
    an un-rewritten frame of compiled template code needs its Python line mapped back.
    """
    filename = template.filename or template.name or "?"
    where = filename
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if "__jinja_exception__" in frame.f_globals:
            where = f"{frame.f_code.co_filename}:{tb.tb_lineno}"
        elif frame.f_code.co_filename == filename:
            where = f"{filename}:{template.get_corresponding_lineno(tb.tb_lineno)}"
        tb = tb.tb_next
    return where


def first_output_line(source: str) -> int:
    """The line of a template's source where its output starts (its `Subject:` line should be there).

    Jinja comments (`{# ... #}`) are skipped; a line mentioning `Subject:` wins when there is one.
    """
    stripped = re.sub(r"\{#.*?#\}", lambda m: "\n" * m.group(0).count("\n"), source, flags=re.DOTALL)
    lines = stripped.split("\n")
    for number, line in enumerate(lines, start=1):
        if re.match(r"^\s*Subject:", line, re.IGNORECASE):
            return number
    for number, line in enumerate(lines, start=1):
        if line.strip():
            return number
    return 1


_SUBJECT = re.compile(r"^\s*Subject:[ \t]*(.*)$", re.IGNORECASE)


def split_subject(output: str, name: str = "", filename: str = "") -> tuple[str, str]:
    lines = output.strip("\n").split("\n")
    first = lines[0] if lines else ""
    match = _SUBJECT.match(first)
    if not match or not match.group(1).strip():
        raise TemplateProblem("the output must start with a 'Subject: ...' line", name=name, where=filename)
    body = "\n".join(lines[1:]).strip("\n")
    return clean_header(match.group(1)), body.rstrip() + "\n"


def clean_header(value: str) -> str:
    """One line: CR/LF and other control characters cannot add headers to a draft."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", value).strip()


def reply_subject(subject: str) -> str:
    subject = clean_header(subject) or "(no subject)"
    return subject if re.match(r"^\s*re\s*:", subject, re.IGNORECASE) else f"Re: {subject}"


# --- drafts as mail --------------------------------------------------------------------------


def to_email(draft: Draft, from_name: str, from_email: str, date_: datetime | None = None) -> bytes:
    """The draft as an RFC 822 message any mail client opens (and Gmail's drafts.create accepts)."""
    msg = EmailMessage()
    if from_email:
        msg["From"] = formataddr((clean_header(from_name), clean_header(from_email)))
    msg["To"] = formataddr((clean_header(draft.to_name), clean_header(draft.to_email)))
    msg["Subject"] = clean_header(draft.subject)
    if date_ is not None:
        msg["Date"] = format_datetime(date_)
    msg["Message-ID"] = make_msgid(idstring=draft.id, domain="assistant.local")
    if draft.in_reply_to:
        msg["In-Reply-To"] = clean_header(draft.in_reply_to)
    refs = " ".join(clean_header(r) for r in draft.references if r)
    if refs:
        msg["References"] = refs
    msg["X-Assistant-Draft"] = draft.id
    msg.set_content(draft.body)
    return msg.as_bytes()
