"""Google sign-in: the installed-app OAuth flow and the token file `<home>/token.json` (mode 0600).

The token file is google-auth's authorized-user JSON (`Credentials.to_json()`). Tokens are never
logged or printed. Errors a user can fix are raised as `AuthError` with one sentence.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
import urllib.parse
from datetime import UTC
from pathlib import Path
from typing import Any

from assistant.errors import AuthError, UserError

log = logging.getLogger(__name__)

SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
SCOPE_MODIFY = "https://www.googleapis.com/auth/gmail.modify"

# Read mail + manage drafts. gmail.compose could also send; the code never does (tests check it).
SCOPES: tuple[str, ...] = (SCOPE_READONLY, SCOPE_COMPOSE)

TOKEN_FILE = "token.json"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
ENV_ENDPOINT = "ASSISTANT_GMAIL_ENDPOINT"
ENV_TOKEN_URI = "ASSISTANT_OAUTH_TOKEN_URI"

EXPIRED_SENTENCE = "Your Google sign-in has expired or was revoked; run `assistant auth` to sign in again."
MISSING_SENTENCE = "You are not signed in to Gmail; run `assistant auth` first."


def scopes(labels_enabled: bool = False) -> list[str]:
    """Scopes to ask for: gmail.modify only when the user turned Gmail labels on."""
    return [*SCOPES, SCOPE_MODIFY] if labels_enabled else list(SCOPES)


def token_path(home: Path) -> Path:
    return Path(home) / TOKEN_FILE


def resolve_token_uri(token_uri: str | None = None, endpoint: str | None = None) -> str | None:
    """The token endpoint override: argument, then $ASSISTANT_OAUTH_TOKEN_URI, then <endpoint>/token
    when a Gmail endpoint override is in force ($ASSISTANT_GMAIL_ENDPOINT). None: keep the file's."""
    if token_uri:
        return token_uri
    if os.environ.get(ENV_TOKEN_URI):
        return os.environ[ENV_TOKEN_URI]
    endpoint = endpoint or os.environ.get(ENV_ENDPOINT)
    if endpoint:
        return endpoint.rstrip("/") + "/token"
    return None


def revoke_uri_for(token_uri: str) -> str:
    """Google's revoke endpoint sits next to its token endpoint (https://oauth2.googleapis.com/revoke)."""
    if token_uri.rstrip("/").endswith("/token"):
        return token_uri.rstrip("/")[: -len("token")] + "revoke"
    return "https://oauth2.googleapis.com/revoke"


def save_credentials(home: Path, creds: Any) -> Path:
    """Write `creds.to_json()` to <home>/token.json atomically with mode 0600."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    path = token_path(home)
    fd, tmp = tempfile.mkstemp(prefix=".token.", suffix=".tmp", dir=home)  # mkstemp creates 0600
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(creds.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def token_mode_warning(home: Path) -> str | None:
    """A sentence when the token file can be read by others (mode wider than 0600), else None."""
    path = token_path(home)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None
    if mode & 0o077:
        return f"{path} is readable by other users (mode {mode:o}); run `chmod 600 {path}`."
    return None


def load_credentials(home: Path, token_uri: str | None = None, endpoint: str | None = None) -> Any:
    """Load <home>/token.json, refresh it when expired (saving it back), and return the Credentials.

    Raises AuthError when the file is missing or unreadable, or when Google refuses the refresh
    (revoked or expired sign-in). Logs a warning when the file mode is wider than 0600.
    """
    from google.auth.exceptions import RefreshError, TransportError
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials

    path = token_path(home)
    if not path.exists():
        raise AuthError(MISSING_SENTENCE)
    warning = token_mode_warning(home)
    if warning:
        log.warning(warning)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        creds = Credentials.from_authorized_user_info(info)
    except (OSError, ValueError) as e:
        raise AuthError(
            f"The sign-in file {path} is unreadable ({type(e).__name__}); run `assistant auth` again."
        ) from e
    # from_authorized_user_info always resets token_uri to Google's; keep the file's or the override.
    uri = resolve_token_uri(token_uri, endpoint) or info.get("token_uri") or GOOGLE_TOKEN_URI
    if uri != creds.token_uri:
        expiry = creds.expiry
        creds = creds.with_token_uri(uri)
        # with_token_uri() copies the credentials without their expiry (google-auth's _make_copy),
        # which would make an expired token look valid forever; put it back.
        creds.expiry = expiry
    if not creds.valid and creds.refresh_token:
        try:
            creds.refresh(Request())
        except RefreshError as e:
            raise AuthError(EXPIRED_SENTENCE) from e
        except TransportError as e:
            raise UserError(
                f"Could not reach Google's sign-in server ({type(e).__name__}); check the network."
            ) from e
        save_credentials(home, creds)
    elif not creds.valid:
        raise AuthError(EXPIRED_SENTENCE)
    return creds


def run_auth(
    home: Path,
    credentials_path: Path,
    open_browser: bool = True,
    port: int = 0,
    labels_enabled: bool = False,
) -> Path:
    """Run Google's installed-app flow and save the token to <home>/token.json (0600).

    With open_browser=False the consent URL is printed (for a headless machine: forward `port`
    through an SSH tunnel, e.g. `ssh -L 8765:localhost:8765 host`, then `--port 8765`).
    Raises UserError when the OAuth client file is missing or not a Desktop-app client.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    credentials_path = Path(credentials_path)
    if not credentials_path.exists():
        raise UserError(
            f"OAuth client file {credentials_path} not found; download it from Google Cloud Console "
            "(APIs & Services > Credentials > OAuth client ID, Desktop app) and pass --credentials."
        )
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(credentials_path), scopes=scopes(labels_enabled))
    except ValueError as e:
        raise UserError(f"{credentials_path} is not a Desktop-app OAuth client file ({e}).") from e
    creds = flow.run_local_server(
        host="localhost",
        port=port,
        open_browser=open_browser,
        authorization_prompt_message="Open this URL in a browser to let the assistant read mail and write drafts:\n{url}",
        success_message="Signed in. You can close this window and return to the terminal.",
        access_type="offline",
        prompt="consent",
    )
    return save_credentials(home, creds)


def _email_from_profile(creds: Any, endpoint: str | None) -> str | None:
    try:
        from assistant.sources.gmail import GmailClient

        return GmailClient(creds, endpoint=endpoint).profile().get("emailAddress")
    except UserError:
        return None


def auth_status(home: Path, endpoint: str | None = None, check_profile: bool = True) -> dict[str, Any]:
    """Who is signed in: {"signed_in", "email", "scopes", "expiry", "token_file", "warning"}.

    Never raises for a missing or broken sign-in: "signed_in" is False and "error" says why.
    """
    path = token_path(home)
    status: dict[str, Any] = {
        "signed_in": False,
        "email": None,
        "scopes": [],
        "expiry": None,
        "token_file": str(path),
        "warning": token_mode_warning(home),
        "error": None,
    }
    if not path.exists():
        status["error"] = MISSING_SENTENCE
        return status
    try:
        creds = load_credentials(home, endpoint=endpoint)
    except UserError as e:
        status["error"] = str(e)
        return status
    status["signed_in"] = True
    status["scopes"] = sorted(creds.scopes or [])
    if creds.expiry:
        status["expiry"] = creds.expiry.replace(tzinfo=UTC).isoformat()
    if check_profile:
        status["email"] = _email_from_profile(creds, endpoint)
    return status


def revoke(home: Path, token_uri: str | None = None, endpoint: str | None = None) -> bool:
    """Sign out: ask Google to revoke the token, then delete <home>/token.json.

    Returns True when the server confirmed the revocation (False when it was already invalid or
    unreachable; the file is deleted either way).
    """
    import requests

    path = token_path(home)
    if not path.exists():
        return False
    confirmed = False
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    token = info.get("refresh_token") or info.get("token")
    uri = resolve_token_uri(token_uri, endpoint) or info.get("token_uri") or GOOGLE_TOKEN_URI
    if token:
        try:
            resp = requests.post(
                revoke_uri_for(uri),
                data=urllib.parse.urlencode({"token": token}),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                timeout=30,
            )
            confirmed = resp.status_code == 200
        except requests.RequestException as e:
            log.warning(
                "Could not reach Google to revoke the token (%s); deleting it locally.", type(e).__name__
            )
    path.unlink(missing_ok=True)
    return confirmed
