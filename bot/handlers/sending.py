"""Posting to the Bot API: HTML replies, the typing action, and retrying only what cannot duplicate."""

from __future__ import annotations

import asyncio
import logging
import warnings

import httpx
from telegram import LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.warnings import PTBUserWarning

from bot.pacing import retry_seconds

log = logging.getLogger(__name__)

# PTB parses every sent message back into a Message object: a sixth of the bot's CPU per reply
# under a burst (py-spy over bench/bench_bot.py), for objects nothing here reads. Replies are
# posted as the raw Bot API method instead; PTB warns that send_message exists, knowingly skipped.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def send_html(message: Message, texts: list[str], keyboard=None, quote: bool = False) -> None:
    """Send the parts in order; the keyboard goes under the last part."""
    bot = message.get_bot()
    for i, text in enumerate(texts):
        params = {"chat_id": message.chat_id, "text": text, "parse_mode": ParseMode.HTML,
                  "link_preview_options": _NO_PREVIEW}
        if keyboard is not None and i == len(texts) - 1:
            params["reply_markup"] = keyboard
        if quote and i == 0:
            params["reply_parameters"] = ReplyParameters(message.message_id)
        if message.is_topic_message:
            params["message_thread_id"] = message.message_thread_id
        await with_retry(bot.do_api_request, "sendMessage", api_kwargs=params)


async def with_retry(call, *args, attempts: int = 3, **kwargs):
    """Send again only when Telegram cannot have acted on the first try, so nobody reads a reply twice.

    Retried: 429 RetryAfter (after the wait it asks for), an error status from the Bot API (5xx),
    and failures before the request left (connection refused, connect or pool timeout). Not
    retried: a read timeout or a connection lost after the request was written — Telegram may
    already have delivered the message, and the Bot API has no idempotency key to ask it.
    """
    for attempt in range(attempts):
        try:
            return await call(*args, **kwargs)
        except RetryAfter as exc:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(retry_seconds(exc))
        except (TimedOut, NetworkError) as exc:
            if not certainly_not_sent(exc) or attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5 * (attempt + 1))
    return None


# httpx failures that happen before a request is on the wire.
_BEFORE_SENDING = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def certainly_not_sent(exc: BaseException) -> bool:
    """True when the Bot API cannot have acted on the request that raised `exc`."""
    if isinstance(exc, RetryAfter):
        return True
    if isinstance(exc, (BadRequest, Forbidden, Conflict)) or not isinstance(exc, NetworkError):
        return False  # a definite answer: sending again would fail the same way
    cause = exc.__cause__
    if cause is None:
        # PTB raises a bare NetworkError (or subclass) only for an HTTP error status it has no
        # closer class for: the Bot API answered (500, 502 …) and did not do the work.
        return not isinstance(exc, TimedOut)
    return isinstance(cause, _BEFORE_SENDING)


def delivery_unknown(exc: BaseException | None) -> bool:
    """A send that failed after the request left: the message may or may not have arrived."""
    return isinstance(exc, NetworkError) and not isinstance(exc, (BadRequest, Forbidden, Conflict)) \
        and not certainly_not_sent(exc)


async def typing(message: Message) -> None:
    try:
        await message.get_bot().send_chat_action(message.chat_id, ChatAction.TYPING, read_timeout=2, write_timeout=2)
    except Exception:  # the typing dots are a nicety; the answer matters
        log.debug("typing action failed", exc_info=True)


async def settle(typing_task: asyncio.Task) -> None:
    """Let the typing action go out before the answer, but never hold the answer up for long."""
    await asyncio.wait({typing_task}, timeout=1.0)
