"""Replies are sent at most once: retried only when Telegram cannot have acted on the first try.

The fake Bot API's "hang-after" and "drop-after" faults carry the request out (the message is
delivered) and then lose the answer, as when Telegram's reply never arrives; "500", "429" and a
refused connection are failures before anything was done, which are safe to retry.
"""

from __future__ import annotations

import socket

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.handlers import _with_retry, certainly_not_sent, delivery_unknown
from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import TOKEN, FakeBotAPI, parse_html

TIMEOUT = 1.0  # the bot's request timeout in these tests, seconds


@pytest.fixture
async def api():
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(api):
    async with in_process_bot(api, request_timeout=TIMEOUT) as app:
        yield app


def delivered(api, chat: int, before: int) -> list[str]:
    return [parse_html(c.params["text"]) for c in api.sent(chat, before=before) if c.result is not None]


@pytest.mark.parametrize("kind", ["hang-after", "drop-after"])
async def test_reply_whose_answer_is_lost_is_not_sent_twice(api, bot, kind, caplog):
    chat = 50
    api.fail("sendMessage", kind, seconds=30)
    asked = api.text(chat, "Who met whom?")
    replies = delivered(api, chat, before=await api.handled(chat, asked))  # past the timeout and every retry
    assert len(replies) == 1 and "You asked: Who met whom?" in replies[0]  # once: no duplicate, no apology
    assert any("not sent again" in r.getMessage() for r in caplog.records)
    reply = await api.ask(chat, "next question")  # the chat goes on
    assert "You asked: next question" in parse_html(reply.params["text"])


@pytest.mark.parametrize("kind", ["500", "502", "429"])
async def test_refused_by_the_api_is_retried_and_arrives_once(api, bot, kind):
    chat = 51
    api.fail("sendMessage", kind, retry_after=1)
    asked = api.text(chat, "Who met whom?")
    replies = delivered(api, chat, before=await api.handled(chat, asked))
    assert len(replies) == 1 and "You asked: Who met whom?" in replies[0]
    failed = [c for c in api.calls if c.method == "sendMessage" and c.error]
    assert len(failed) == 1  # the first try really failed


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_refused_connection_is_retried_read_timeout_is_not(api):
    # connection refused: the request never left, so it is retried (attempts times)
    refused = Bot(TOKEN, base_url=f"http://127.0.0.1:{closed_port()}/bot")
    tries = 0

    async def send_refused():
        nonlocal tries
        tries += 1
        return await refused.send_message(7, "hello")

    with pytest.raises(NetworkError) as info:
        await _with_retry(send_refused, attempts=2)
    assert tries == 2 and certainly_not_sent(info.value) and not delivery_unknown(info.value)

    # read timeout: the request reached the server, so one try only
    api.fail("sendMessage", "hang-after", seconds=30)
    bot = Bot(TOKEN, base_url=api.base_url)
    tries = 0

    async def send():
        nonlocal tries
        tries += 1
        return await bot.send_message(7, "hello", read_timeout=0.5)

    async with bot:
        with pytest.raises(TimedOut) as info:
            await _with_retry(send, attempts=3)
    assert tries == 1 and not certainly_not_sent(info.value) and delivery_unknown(info.value)
    assert len([c for c in api.sent(7) if c.result is not None]) == 1
