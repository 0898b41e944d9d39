"""One user must not stall the bot for everyone: fair scheduling, per-user limits, per-chat pacing.

In-process over the fake Bot API with the stand-in engine. Only orderings, counts and gaps
between calls are asserted; how fast the others are served is a figure of bench/bench_bot.py.
"""

from __future__ import annotations

import asyncio
import logging
import re

from helpers.bot_harness import ADMIN, in_process_bot
from helpers.fake_bot_api import FakeBotAPI, parse_html

FLOODER = 700
OTHERS = [800 + i for i in range(20)]
NOTICE = "You're asking faster than I can answer well"


def plain(call) -> str:
    return parse_html(call.params["text"])


def asked(api: FakeBotAPI, chat: int, since: int = 0) -> list[str]:
    """The questions the chat's answers say they answer, in the order the answers arrived."""
    return [m.group(1) for c in api.sent(chat, since=since) if (m := re.search(r"You asked: (.+?) \(turn", plain(c)))]


async def until(condition, timeout: float = 30.0) -> None:
    async def poll():
        while not condition():
            await asyncio.sleep(0.02)
    await asyncio.wait_for(poll(), timeout)


async def test_a_flood_from_one_chat_does_not_hold_up_the_others():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, limit_questions=0):  # no per-user limit: scheduling alone
            since = len(api.calls)
            for i in range(300):
                api.text(FLOODER, f"flood {i}")
            for chat in OTHERS:
                api.text(chat, f"question from {chat}")
            await until(lambda: len(api.sent(FLOODER, since=since)) == 300 and
                        all(api.sent(chat, since=since) for chat in OTHERS), timeout=120)
            flood = api.sent(FLOODER, since=since)
            thirtieth = flood[29].index
            for chat in OTHERS:
                (reply,) = api.sent(chat, since=since)
                assert reply.index < thirtieth, f"chat {chat} was answered after the flooder's 30th reply"
            # the flooder loses nothing either: every question answered once, in order, each
            # answer seeing the follow-up context of the one before (one update per chat at a time)
            assert asked(api, FLOODER, since) == [f"flood {i}" for i in range(300)]
            turns = [int(re.search(r"\(turn (\d+)\)", plain(c)).group(1)) for c in flood]
            assert turns == list(range(1, 301))


async def test_over_the_limit_told_once_per_window_and_the_rest_only_counted(caplog):
    caplog.set_level(logging.INFO, logger="bot.guard")
    async with FakeBotAPI() as api:
        async with in_process_bot(api, limit_questions=3, limit_period=2):
            user = 901
            since = len(api.calls)
            for i in range(8):
                api.text(user, f"secret question {i}")
            await until(lambda: len(api.sent(user, since=since)) >= 4)
            await api.quiet(0.5)
            replies = [plain(c) for c in api.sent(user, since=since)]
            assert asked(api, user, since) == ["secret question 0", "secret question 1", "secret question 2"]
            assert len(replies) == 4 and NOTICE in replies[3]
            wait = int(re.search(r"ask again in (\d+) s", replies[3]).group(1))
            assert 1 <= wait <= 2
            assert "3 questions in 2 seconds" in replies[3]

            await asyncio.sleep(2.2)  # the window has passed: answered again, and told again when over
            since = len(api.calls)
            for i in range(8, 13):
                api.text(user, f"secret question {i}")
            await until(lambda: len(api.sent(user, since=since)) >= 4)
            await api.quiet(0.5)
            assert asked(api, user, since) == ["secret question 8", "secret question 9", "secret question 10"]
            assert [NOTICE in plain(c) for c in api.sent(user, since=since)] == [False] * 3 + [True]

    log = [r.getMessage() for r in caplog.records if r.name == "bot.guard"]
    assert sum(f"User {user} is over the limit of 3 questions" in line for line in log) == 2
    assert f"User {user}: 5 questions ignored over the limit" in log  # the first window's, reported later
    assert "secret" not in caplog.text  # counted, never quoted


async def test_admins_are_not_limited():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, limit_questions=2):
            since = len(api.calls)
            for i in range(6):
                api.text(ADMIN, f"admin question {i}")
            await until(lambda: len(api.sent(ADMIN, since=since)) >= 6)
            await api.quiet(0.3)
            assert asked(api, ADMIN, since) == [f"admin question {i}" for i in range(6)]
            assert not any(NOTICE in plain(c) for c in api.sent(ADMIN, since=since))


async def test_buttons_and_inline_queries_have_their_own_limits():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, limit_questions=1, limit_buttons=2, limit_inline=2):
            user = 902
            reply = await api.ask(user, "a question with buttons")
            more = [b for row in reply.params["reply_markup"]["inline_keyboard"] for b in row][-1]
            since = len(api.calls)
            for _ in range(4):
                api.callback(user, reply.result, more["callback_data"])
            for i in range(4):
                api.inline(user, f"inline {i}")
            await api.quiet(0.5)
            answers = [c for c in api.calls[since:] if c.method == "answerCallbackQuery"]
            assert len(answers) == 3  # two presses handled, one told to wait, one ignored
            assert "please wait" in answers[-1].params["text"]
            assert len(api.sent(user, since=since)) == 2  # the two "More" pages
            inline = [c for c in api.calls[since:] if c.method == "answerInlineQuery"]
            assert [len(c.params["results"]) for c in inline] == [1, 1, 0]
            assert "please wait" in inline[-1].params["button"]["text"]
            # the question limit is its own: one question was allowed, the next is over it
            since = len(api.calls)
            api.text(user, "second question")
            notice = await api.reply(user, since)
            assert NOTICE in plain(notice)


async def test_private_chat_is_paced_and_gets_every_answer_in_order():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=True):  # defaults: 1 s between messages to a chat
            user, other = 903, 904
            since = len(api.calls)
            questions = ["first", "a long answer please", "third"]
            for q in questions:
                api.text(user, q)
            await api.wait_for("sendMessage", lambda c: str(c.params["chat_id"]) == str(user), since=since)
            api.text(other, "meanwhile")
            await until(lambda: asked(api, user, since)[-1:] == ["third"])
            await api.quiet(1.5)
            sent = api.sent(user, since=since)
            assert len(sent) > 4  # the long answer came in several parts
            assert [q for q in asked(api, user, since)] == ["first", "third"]  # the long one has no headline
            assert "A long answer" in plain(sent[1])
            gaps = [b.at - a.at for a, b in zip(sent, sent[1:])]
            assert min(gaps) >= 0.9, gaps  # each part counts: never two messages within ~1 s
            (answer,) = api.sent(other, since=since)
            assert answer.index < sent[2].index  # another chat is not held up by this one's pacing


async def test_retry_after_holds_back_only_its_own_chat():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=True, pace_chat=0):
            api.fail("sendMessage", "429", retry_after=2)
            since = len(api.calls)
            api.text(905, "asked first")
            await until(lambda: any(c.error for c in api.calls[since:] if c.method == "sendMessage"))
            api.text(906, "asked second")
            second = await api.reply(906, since)
            first = await api.reply(905, since, timeout=10)
            refusal = next(c for c in api.calls[since:] if c.method == "sendMessage" and c.error)
            assert second.index < first.index  # the other chat did not wait out 905's pause
            assert first.at - refusal.at >= 1.9  # 905 itself waited as Telegram asked
