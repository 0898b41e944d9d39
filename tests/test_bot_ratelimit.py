"""Flood control: with AIORateLimiter on, a burst to one chat arrives in full, spaced as the limiter
says, and a 429 RetryAfter is waited out. Compared with the same burst with the limiter off, in
the same run (ratios, ordering and completeness; no tight wall-clock bounds)."""

from __future__ import annotations

import pytest

from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import FakeBotAPI, parse_html

GROUP = -100500
BURST = 10
RATE = 5  # requests per group per second in these tests


async def burst(limited: bool) -> tuple[list, float]:
    """Send BURST /ask commands to one group; return the group's calls and their time span."""
    async with FakeBotAPI() as api:
        async with in_process_bot(api, rate_limit=limited, rate_group=RATE, rate_group_period=1.0,
                                  rate_overall=1000, pace_chat=0):  # the group limit alone
            since = len(api.calls)
            for i in range(BURST):
                api.text(GROUP, f"/ask question {i}")
            for i in range(BURST):
                await api.wait_for("sendMessage", lambda c, i=i: f"question {i} " in parse_html(c.params["text"]),
                                   since=since, timeout=30)
            calls = [c for c in api.calls[since:] if str(c.params.get("chat_id")) == str(GROUP)]
    return calls, calls[-1].at - calls[0].at


async def test_burst_to_one_group_is_complete_and_spaced():
    free_calls, free_span = await burst(limited=False)
    calls, span = await burst(limited=True)
    answers = [c for c in calls if c.method == "sendMessage"]
    assert len(answers) == BURST  # every question answered, none dropped
    assert sorted(parse_html(c.params["text"]).split("question ")[1].split()[0] for c in answers) == \
        sorted(str(i) for i in range(BURST))
    n = len(calls)  # typing actions count against the group's limit too
    # a leaky bucket of RATE lets RATE through at once, then RATE per second
    expected = (n - RATE) / RATE
    assert span >= 0.7 * expected
    assert span > 5 * free_span  # the spacing comes from the limiter, not from the machine
    later = calls[RATE:]
    gaps = [b.at - a.at for a, b in zip(later, later[1:])]
    assert sum(gaps) / len(gaps) >= 0.7 / RATE


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
