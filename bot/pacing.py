"""Flood control per chat, on top of PTB's AIORateLimiter (overall and per-group limits).

Telegram allows about one message per second into one chat and 20 per minute into one group.
AIORateLimiter knows the overall and group limits only, and when Telegram answers 429 RetryAfter
it halts *every* request until the wait is over. Here each chat also gets a minimum gap between
two messages (the parts of a long reply count one by one), and a RetryAfter holds back only the
chat it was about, while other chats go on; a request without a chat just waits and retries.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, BaseRateLimiter

log = logging.getLogger(__name__)

# Requests that put a new message into a chat (typing actions, edits and answers to button
# presses or inline queries are not messages).
_FORWARDS = {"copyMessage", "copyMessages", "forwardMessage", "forwardMessages"}


def is_message(endpoint: str) -> bool:
    return (endpoint.startswith("send") and endpoint != "sendChatAction") or endpoint in _FORWARDS


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that retry_after becomes a timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


class ChatPacer(BaseRateLimiter[int]):
    """`gap` seconds at least between two messages into one chat; RetryAfter handled per chat."""

    def __init__(self, gap: float, overall: float, group: float, group_period: float, retries: int) -> None:
        self.gap = gap
        self.retries = retries
        # Retries are done here, per chat: AIORateLimiter's own would halt every chat.
        self._limits = AIORateLimiter(overall_max_rate=overall, overall_time_period=1,
                                      group_max_rate=group, group_time_period=group_period, max_retries=0)
        self._next_message: dict[str, float] = {}  # chat -> earliest monotonic time of its next message
        self._held: dict[str, float] = {}  # chat -> until when Telegram asked us to wait

    async def initialize(self) -> None:
        await self._limits.initialize()

    async def shutdown(self) -> None:
        await self._limits.shutdown()

    async def process_request(self, callback, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: int | None):
        chat = data.get("chat_id")
        chat = None if chat is None else str(chat)
        retries = rate_limit_args if rate_limit_args is not None else self.retries
        message = is_message(endpoint)

        async def paced(*call_args, **call_kwargs):
            # Booked when the request is really about to go (after the overall and group
            # limiters), so the gap holds between what Telegram receives.
            if chat is not None:
                await self._turn(chat, message)
            return await callback(*call_args, **call_kwargs)

        for attempt in range(retries + 1):
            try:
                return await self._limits.process_request(paced, args, kwargs, endpoint, data, None)
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                wait = retry_seconds(exc) + 0.1
                log.info("Telegram asked to wait %.1f s (%s%s); retrying", wait, endpoint,
                         f", chat {chat}" if chat is not None else "")
                if chat is None:
                    await asyncio.sleep(wait)
                else:
                    self._held[chat] = max(self._held.get(chat, 0.0), time.monotonic() + wait)
        return None  # not reached: the last attempt returns or raises

    async def _turn(self, chat: str, message: bool) -> None:
        """Wait until this chat may take the request; a message books the chat's next free slot."""
        now = time.monotonic()
        start = max(now, self._held.get(chat, 0.0))
        if message and self.gap > 0:
            start = max(start, self._next_message.get(chat, 0.0))
            self._next_message[chat] = start + self.gap
        if len(self._next_message) > 1024 or len(self._held) > 1024:
            self._forget(now)
        if start > now:
            await asyncio.sleep(start - now)

    def _forget(self, now: float) -> None:
        for book in (self._next_message, self._held):
            for chat in [c for c, t in book.items() if t < now]:
                del book[chat]
