"""The token never reaches any output: redacting filter on every handler, checked at DEBUG."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from urllib.parse import quote

import pytest

from bot.logging_setup import Redactor, install_filter, setup_logging
from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import TOKEN, FakeBotAPI

SECRET_HALF = TOKEN.split(":", 1)[1]


@pytest.fixture
def captured():
    """A DEBUG handler on the root logger, with the redacting filter, as setup_logging installs."""
    setup_logging("DEBUG", [TOKEN])
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    install_filter()
    yield stream
    root.removeHandler(handler)


def test_redactor_forms():
    r = Redactor([TOKEN])
    assert SECRET_HALF not in r(f"url https://x/bot{TOKEN}/getMe and {quote(TOKEN, safe='')} and {SECRET_HALF}")
    assert "123456789:" in r(TOKEN)  # the public bot id stays, to tell bots apart in logs


def test_message_args_exception_and_stack_are_redacted(captured):
    log = logging.getLogger("some.library")
    log.debug("Set Bot API URL: %s", f"http://127.0.0.1/bot{TOKEN}")
    log.info("HTTP Request: POST %s", f"http://127.0.0.1/bot{TOKEN}/sendMessage")
    log.warning(f"f-string with {TOKEN}")
    try:
        raise RuntimeError(f"connect to /bot{TOKEN}/getUpdates failed")
    except RuntimeError:
        log.exception("failure")
    log.error("stack", stack_info=True, extra={"token": TOKEN})
    log.info("bad format %s %s", TOKEN)  # a broken log call must not leak either
    out = captured.getvalue()
    assert out.count("<redacted>") >= 5
    assert TOKEN not in out and SECRET_HALF not in out


async def test_bot_at_debug_never_logs_the_token(captured):
    async with FakeBotAPI() as api:
        async with in_process_bot(api):
            await api.ask(50, f"my question mentions {SECRET_HALF}")  # even a user pasting it
            since = len(api.calls)
            api.fail("getUpdates", "500")
            refused = await api.wait_for("getUpdates", since=since, failed=True)
            await api.wait_for("getUpdates", since=refused.index + 1)  # the failure was handled: polling again
    out = captured.getvalue()
    assert "getUpdates" in out and "Set Bot API URL" in out  # DEBUG really was on
    assert TOKEN not in out and SECRET_HALF not in out


def test_uncaught_exception_is_redacted():
    code = (
        "from bot.logging_setup import setup_logging\n"
        f"setup_logging('DEBUG', ['{TOKEN}'])\n"
        f"raise SystemError('boom at /bot{TOKEN}/getMe')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "boom at /bot123456789:<redacted>/getMe" in proc.stderr
    assert SECRET_HALF not in proc.stderr + proc.stdout
