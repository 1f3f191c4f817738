"""Errors a user can act on, kept apart from bugs.

`UserError` carries one plain sentence saying what happened and what to do. The CLI catches it once
and prints the sentence without a traceback, exiting with `exit_code`.
"""

from __future__ import annotations

import errno
from pathlib import Path


class UserError(Exception):
    """Something the user can fix (bad path, bad flag, revoked token). Message is one sentence."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class AlreadyRunning(UserError):
    """Another run holds the lock on this home directory."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class AuthError(UserError):
    """Sign-in is missing, expired or revoked; the user must run `assistant auth`."""

    exit_code = 3


class StorageError(UserError):
    """The store cannot be read or written (read-only home, full disk, corrupt file)."""

    exit_code = 4


class GmailError(UserError):
    """Gmail refused in a way retries cannot fix (quota exhausted, missing scope)."""

    exit_code = 5


def disk_error_sentence(exc: OSError, path: Path) -> str:
    """One sentence for an OS error while writing `path`."""
    if exc.errno == errno.ENOSPC:
        return f"The disk is full, so {path} could not be saved; free some space and run again (nothing was lost)."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"{path.parent} is not writable; fix its permissions or choose another --home (nothing was lost)."
    return f"Could not write {path} ({exc.strerror or exc}); nothing was lost, fix the problem and run again."
