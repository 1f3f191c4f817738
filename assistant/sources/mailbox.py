"""Local mail sources: an mbox file (a Google Takeout export is one), a Maildir, a directory of .eml files.

`open_source("mbox:PATH")` returns a `LocalSource`; iterating it yields `RawMail`. Ids are stable across
runs and re-exports: derived from the Message-ID header, else from the bytes.
"""

from __future__ import annotations

import hashlib
import mailbox
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UserError
from assistant.models import RawMail

SOURCE_KINDS = ("mbox", "maildir", "eml")


def stable_id(data: bytes) -> str:
    """An id that survives re-exports: a hash of the Message-ID header, else of the whole message."""
    mid = _message_id(data)
    digest = hashlib.sha256(mid.encode() if mid else data).hexdigest()[:20]
    return ("m" if mid else "h") + digest


def _message_id(data: bytes) -> str:
    head = _head(data)
    match = re.search(rb"^message-id:[ \t]*(.+?)\r?$", head, re.IGNORECASE | re.MULTILINE)
    return match.group(1).strip().decode("ascii", "replace") if match else ""


def _head(data: bytes) -> bytes:
    """The header block (without copying the body)."""
    end = data.find(b"\n\n")
    crlf = data.find(b"\r\n\r\n")
    if crlf != -1 and (end == -1 or crlf < end):
        end = crlf
    return data if end == -1 else data[:end]


def _header_value(head: bytes, name: bytes) -> str | None:
    """The first `name` header, unfolded, or None. A regex over the header block: parsing every
    header of every message just to read two of them was a third of an idle rescan."""
    match = re.search(
        rb"^" + name + rb"[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)", head, re.IGNORECASE | re.MULTILINE
    )
    if match is None:
        return None
    value = re.sub(rb"\r?\n(?=[ \t])", b"", match.group(1)).rstrip(b"\r")
    return value.decode("utf-8", "replace")


def gmail_labels(data: bytes) -> tuple[tuple[str, ...], str | None]:
    """Labels and thread id from a Google Takeout message (`X-Gmail-Labels`, `X-GM-THRID`)."""
    head = _head(data)
    if b"x-g" not in head.lower():
        return (), None
    raw_labels = _header_value(head, rb"X-Gmail-Labels") or ""
    labels = []
    for label in (part.strip() for part in raw_labels.split(",")):
        if label:
            labels.append(
                label.upper() if label.lower() in ("inbox", "sent", "draft", "spam", "trash") else label
            )
    thread = _header_value(head, rb"X-GM-THRID")
    return tuple(labels), (thread.strip() if thread else None)


@dataclass
class LocalSource:
    kind: str
    path: Path

    def describe(self) -> str:
        return f"{self.kind}:{self.path}"

    def count(self) -> int | None:
        """How many messages, when cheap to know (for the progress bar)."""
        if self.kind == "eml":
            return len(_eml_files(self.path))
        if self.kind == "maildir":
            return sum(1 for _ in mailbox.Maildir(str(self.path), factory=None, create=False).iterkeys())
        return None

    @property
    def resume_key(self) -> str:
        """The store key under which where reading stopped is kept ("" when the kind cannot resume)."""
        return f"mbox:{self.path.resolve()}" if self.kind == "mbox" else ""

    def iter_from(self, checkpoint: dict | None, progress: dict) -> Iterator[RawMail]:
        """Like iterating, but an mbox resumes after `checkpoint`; `progress` gets the new checkpoint."""
        if self.kind == "mbox":
            return iter_mbox(self.path, checkpoint, progress)
        return iter(self)

    def __iter__(self) -> Iterator[RawMail]:
        if self.kind == "mbox":
            yield from iter_mbox(self.path)
        elif self.kind == "maildir":
            yield from iter_maildir(self.path)
        else:
            yield from iter_eml(self.path)


def open_source(spec: str) -> LocalSource:
    """`mbox:PATH`, `maildir:PATH` or `eml:PATH` (a directory of .eml files or one file).

    Raises UserError with one sentence when the spec or the path is wrong.
    """
    kind, sep, rest = spec.partition(":")
    if not sep or kind not in SOURCE_KINDS or not rest:
        raise UserError(
            f"Unknown source {spec!r}: use mbox:PATH, maildir:PATH or eml:DIR (for Gmail, leave --source out)."
        )
    path = Path(rest).expanduser()
    if not path.exists():
        raise UserError(f"{path} does not exist; check the path after {kind}:.")
    if not os.access(path, os.R_OK):
        raise UserError(f"{path} cannot be read (permission denied); check its permissions.")
    if kind == "mbox":
        check_mbox(path)
    elif kind == "maildir":
        if not path.is_dir() or not all((path / sub).is_dir() for sub in ("cur", "new")):
            raise UserError(f"{path} is not a Maildir (it needs cur/ and new/ folders).")
    return LocalSource(kind, path)


def check_mbox(path: Path) -> None:
    """Raise UserError unless `path` is a readable file that starts like an mbox."""
    if path.is_dir():
        raise UserError(
            f"{path} is a directory, not an mbox file; for a folder of .eml files use eml:{path}."
        )
    try:
        with open(path, "rb") as fh:
            start = fh.read(5)
    except OSError as exc:
        raise UserError(f"{path} cannot be read ({exc.strerror}).") from exc
    if start and start != b"From ":
        raise UserError(f"{path} does not look like an mbox file (it should start with a 'From ' line).")


def iter_mbox(path: Path, checkpoint: dict | None = None, progress: dict | None = None) -> Iterator[RawMail]:
    """The messages of an mbox. With a `checkpoint` from an earlier read of the same file that still
    holds (the file only grew: an mbox is appended to), reading starts where that one ended. `progress`,
    when given, is kept up to date with the checkpoint of what has been yielded so far."""
    start, first = 0, 0
    if checkpoint and mbox_checkpoint_holds(path, checkpoint):
        start, first = int(checkpoint["size"]), int(checkpoint["count"])
    if progress is not None:
        tail = checkpoint.get("tail", "") if start and checkpoint else ""
        progress.update(size=start, count=first, tail=tail, skipped=first)
    n = first
    reached: dict[str, int] = {}
    for data in mbox_messages(path, start, reached):
        labels, thread = gmail_labels(data)
        yield RawMail(id=stable_id(data), data=data, source=f"{path}#{n}", labels=labels, thread_id=thread)
        n += 1
    if progress is not None and reached.get("end"):
        progress.update(size=reached["end"], count=n, tail=_tail_hash(path, reached["end"]), skipped=first)


def _tail_hash(path: Path, size: int) -> str:
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 4096))
        return hashlib.sha256(fh.read(min(size, 4096))).hexdigest()


def mbox_checkpoint_holds(path: Path, checkpoint: dict) -> bool:
    """The file still starts with what was read last time: at least as long, the same last 4 KB before
    the old end, and a new message (or nothing) right after it."""
    try:
        size = int(checkpoint.get("size", 0))
        current = path.stat().st_size
        if size <= 0 or current < size or _tail_hash(path, size) != checkpoint.get("tail"):
            return False
        with open(path, "rb") as fh:
            fh.seek(size)
            nxt = fh.read(5)
        return nxt in (b"", b"From ")
    except (OSError, ValueError, TypeError):
        return False


def mbox_messages(path: Path, start: int = 0, reached: dict[str, int] | None = None) -> Iterator[bytes]:
    """Each message of an mbox file, exactly as `mailbox.mbox(path).get_bytes(key, from_=False)` gives
    it, in one streaming pass holding one message at a time. (The standard library first builds a
    table of contents with a `tell()` per line, then seeks back for each message: twice the reading
    and most of an idle rescan's time.) Ids hash these bytes, so they must stay byte-identical.
    `start`: a byte offset where a message's From line begins; `reached["end"]` is set to the offset
    read up to once the file is exhausted (where the next read can start)."""
    linesep = os.linesep.encode()
    with open(path, "rb") as fh:
        fh.seek(start)
        lines: list[bytes] | None = None  # the current message's lines after its From line
        last_was_empty = False
        for line in fh:
            if line.startswith(b"From "):
                if lines is not None:
                    yield _mbox_message(lines, last_was_empty, linesep)
                lines = []
                last_was_empty = False
                continue
            if lines is not None:
                lines.append(line)
            last_was_empty = line == linesep
        if lines is not None:
            yield _mbox_message(lines, last_was_empty, linesep)
        if reached is not None:
            reached["end"] = fh.tell()


def _mbox_message(lines: list[bytes], last_was_empty: bool, linesep: bytes) -> bytes:
    data = b"".join(lines)
    if last_was_empty and lines:  # the blank line before the next "From " belongs to the separator
        data = data[: -len(linesep)]
    return data.replace(linesep, b"\n") if linesep != b"\n" else data


def iter_maildir(path: Path) -> Iterator[RawMail]:
    box = mailbox.Maildir(str(path), factory=None, create=False)
    for key in sorted(box.iterkeys()):
        data = box.get_bytes(key)
        labels, thread = gmail_labels(data)
        yield RawMail(id=stable_id(data), data=data, source=f"{path}/{key}", labels=labels, thread_id=thread)


def _eml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.eml") if p.is_file())


def iter_eml(path: Path) -> Iterator[RawMail]:
    for file in _eml_files(path):
        data = file.read_bytes()
        labels, thread = gmail_labels(data)
        yield RawMail(id=stable_id(data), data=data, source=str(file), labels=labels, thread_id=thread)


def iter_paths(paths: list[str]) -> Iterator[RawMail]:
    """For `assistant classify PATH...`: .eml files, directories of them, mbox files."""
    for raw_path in paths:
        path = Path(raw_path).expanduser()
        if not path.exists():
            raise UserError(f"{path} does not exist.")
        if path.is_dir():
            if all((path / sub).is_dir() for sub in ("cur", "new")):
                yield from iter_maildir(path)
            else:
                yield from iter_eml(path)
        elif path.suffix.lower() == ".eml":
            yield from iter_eml(path)
        else:
            check_mbox(path)
            yield from iter_mbox(path)
