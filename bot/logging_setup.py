"""Logging for the bot, with the token redacted from every line at every level.

PTB logs the API URL (token included) at DEBUG, httpx logs each request URL at INFO, and an
exception's text can carry the URL too. A filter on every root handler rewrites the finished
message, the traceback and the stack text before any formatter sees them; uncaught exceptions
and warnings are routed through logging so they pass the same filter.
"""

from __future__ import annotations

import logging
import sys
import threading
from urllib.parse import quote

FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
REDACTED = "<redacted>"


class Redactor:
    """Replaces secrets (and their URL-encoded forms and the token's secret half) in text."""

    def __init__(self, secrets: list[str] | tuple[str, ...] = ()) -> None:
        self._pairs: list[tuple[str, str]] = []
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        if not secret:
            return
        forms = {secret: REDACTED, quote(secret, safe=""): REDACTED}
        bot_id, sep, half = secret.partition(":")
        if sep and bot_id.isdigit():
            # Keep the bot id (public, useful when reading logs), hide the secret half.
            forms = {secret: f"{bot_id}:{REDACTED}", quote(secret, safe=""): f"{bot_id}%3A{REDACTED}"}
            if len(half) >= 8:
                forms[half] = REDACTED
        # Longest first, so the whole token is replaced before its secret half.
        pairs = dict(self._pairs) | forms
        self._pairs = sorted(pairs.items(), key=lambda kv: -len(kv[0]))

    def __call__(self, text: str) -> str:
        for secret, replacement in self._pairs:
            if secret in text:
                text = text.replace(secret, replacement)
        return text


class RedactingFilter(logging.Filter):
    """Handler filter: renders the record's message and traceback, then redacts them."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redact = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not hide the line or leak its args
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


_redactor = Redactor()


def redact(text: str) -> str:
    """Redact known secrets from text that is printed rather than logged."""
    return _redactor(str(text))


def setup_logging(level: str = "INFO", secrets: list[str] | tuple[str, ...] = (), stream=None) -> Redactor:
    """Configure the root logger once for the process; safe to call again with more secrets."""
    for secret in secrets:
        _redactor.add(secret)
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    install_filter()
    # httpx logs one INFO line per request; at INFO that floods the log (and carries the token).
    logging.getLogger("httpx").setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
    logging.captureWarnings(True)
    sys.excepthook = _excepthook
    threading.excepthook = lambda args: _excepthook(args.exc_type, args.exc_value, args.exc_traceback)
    return _redactor


def install_filter() -> None:
    """Put the redacting filter on every root handler (idempotent; call after adding handlers)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter(_redactor))


def _excepthook(exc_type, exc, tb) -> None:
    install_filter()
    logging.getLogger("vnru-bot").critical("Uncaught exception", exc_info=(exc_type, exc, tb))
