"""Flood control: with the rate limiter on, a burst to one group arrives in full, every request
having passed the limiter, and a 429 RetryAfter is waited out. How the limiter spaces a burst is
measured by bench/bench_ratelimit.py (a timing figure, so not asserted here)."""

from __future__ import annotations

import pytest

from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import FakeBotAPI, parse_html

GROUP = -100500
BURST = 10
RATE = 5  # requests per group per second in these tests


async def test_burst_to_one_group_is_complete_and_every_request_passes_the_limiter():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=True, rate_group=RATE, rate_group_period=1.0,
                                  rate_overall=1000, pace_chat=0) as app:  # the group limit alone
            limiter, passed = app.bot.rate_limiter, []
            process_request = limiter.process_request

            async def recording(callback, args, kwargs, endpoint, data, rate_limit_args):
                passed.append((endpoint, str(data.get("chat_id"))))
                return await process_request(callback, args, kwargs, endpoint, data, rate_limit_args)

            limiter.process_request = recording
            calls = await api.burst(GROUP, BURST)
    answers = [c for c in calls if c.method == "sendMessage"]
    assert sorted(parse_html(c.params["text"]).split("question ")[1].split()[0] for c in answers) == \
        sorted(str(i) for i in range(BURST))  # every question answered once, none dropped
    to_group = [endpoint for endpoint, chat in passed if chat == str(GROUP)]
    assert sorted(to_group) == sorted(c.method for c in calls)  # typing actions too: none went round it


async def test_retry_after_is_honoured_with_limiter():
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=True, rate_retries=2):
            api.fail("sendMessage", "429", retry_after=1)
            since = len(api.calls)
            api.text(501, "a question")
            reply = await api.reply(501, since, timeout=15)
            refused = [c for c in api.calls[since:] if c.method == "sendMessage" and c.error]
            assert len(refused) == 1 and "retry after" in refused[0].error.lower()
            assert reply.at - refused[0].at >= 0.9  # waited as Telegram asked
            assert "You asked: a question" in parse_html(reply.params["text"])


@pytest.mark.parametrize("limited", [True, False])
async def test_retry_after_never_loses_the_answer(limited):
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=limited):
            api.fail("sendMessage", "429", times=2, retry_after=1)
            reply = await api.ask(502, "still there?", timeout=20)
            assert "still there?" in parse_html(reply.params["text"])
