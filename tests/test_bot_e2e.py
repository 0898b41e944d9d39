"""End to end: the real `vnru-bot run` process on the real seed store, through the fake Bot API.

One bot process serves the tests that change no file (each test uses its own chat ids, so any
one runs alone); the tests that change seeds/ start their own bot on their own copy. At the end
each process's stdout and stderr, written at LOG_LEVEL=DEBUG, are scanned for the token.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
from contextlib import asynccontextmanager

import pytest
import pytest_asyncio

from helpers.bot_harness import ADMIN, ROOT, BotProcess, bot_env
from helpers.fake_bot_api import TOKEN, FakeBotAPI, parse_html

pytestmark = pytest.mark.asyncio(loop_scope="module")

SECRET_HALF = TOKEN.split(":", 1)[1]
NEW_ARTICLE = """title: Lao and Russian ministers meet in Vientiane
outlet: Test Wire
date: 2023-11-08

Lao Foreign Minister Saleumxay Kommasith held talks with Russian Foreign Minister Sergey Lavrov in Vientiane on Wednesday.

Saleumxay said Laos values its friendship with Russia and wants closer cooperation in education and energy.
"""


@asynccontextmanager
async def running_bot(tmp, seeds, **env):
    """The real bot process until the block ends; then stopped by SIGTERM (which finishes every
    fetched update), its exit status 0 and its DEBUG output free of the token."""
    async with FakeBotAPI() as api:
        bot = await BotProcess(bot_env(api, tmp / "data" / "vnru.db", seeds, **env), tmp).start()
        try:
            await api.wait_for("getUpdates", timeout=90)  # store ready, menus set, polling
            yield api, bot, seeds
        finally:
            status = await bot.stop(signal.SIGTERM)
            out = bot.output()
            # checked here too so a leak fails the module even if the test below is deselected
            assert TOKEN not in out and SECRET_HALF not in out
            assert status == 0, out[-3000:]


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def world(tmp_path_factory):
    """One bot for the tests that change no file; it builds its store from seeds/ at start."""
    tmp = tmp_path_factory.mktemp("e2e")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    async with running_bot(tmp, tmp / "seeds") as world:
        yield world


@pytest_asyncio.fixture(loop_scope="module")
async def own_world(tmp_path):
    """A bot of the test's own, on its own copy of seeds/ with the store already built."""
    from knowledge.loader import load

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    load(tmp_path / "seeds", tmp_path / "data" / "vnru.db")
    async with running_bot(tmp_path, tmp_path / "seeds", VNRU_WATCH_INTERVAL="0.2") as world:
        yield world


async def ask(api, chat, text, **kw):
    reply = await api.ask(chat, text, timeout=15, **kw)
    return reply, parse_html(reply.params["text"])


async def test_question_in_cited_answer_out(world):
    api, _, _ = world
    since = len(api.calls)
    reply, plain = await ask(api, 100, "Who did Putin meet in Hanoi?")
    assert "Trọng" in plain or "Trong" in plain
    assert "000_660d5ccee3f9ddf8.txt" in plain  # cited by file
    assert api.sent(100, "sendChatAction", since=since)[0].index < reply.index
    labels = [b["text"] for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    assert any("Source" in label for label in labels)


async def test_answers_match_the_engine_exactly(world):
    from knowledge.answer import Engine

    api, _, seeds = world
    engine = Engine.open(seeds.parent / "data" / "vnru.db", seeds)
    try:
        for question in ("When did Lavrov visit Vietnam?", "What did Trong say about Ukraine?"):
            expected = engine.ask(question)
            _, plain = await ask(api, 101, question)
            assert expected.headline in plain
            for c in expected.citations:
                assert c.quote in plain
            await api.ask(101, "/start")  # a fresh turn so context does not carry over
    finally:
        engine.close()


async def test_source_button_expands_paragraph(world):
    """On the real store, Source shows the quote's whole paragraph of the seed file, verbatim."""
    from knowledge.answer import Engine

    api, _, seeds = world
    question = "What did Putin and Trong agree on?"
    with Engine.open(seeds.parent / "data" / "vnru.db", seeds) as engine:
        first = engine.ask(question).citations[0]
    text = (seeds / first.source).read_text(encoding="utf-8")
    (paragraph,) = [p.strip() for p in re.split(r"\n\s*\n", text) if first.quote in p]
    assert len(paragraph) > len(first.quote)  # a quote that is not its paragraph's only sentence
    reply, plain = await ask(api, 102, question)
    assert " ".join(first.quote.split()) in " ".join(plain.split())
    data = reply.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    since = len(api.calls)
    api.callback(102, reply.result, data)
    shown = parse_html((await api.reply(102, since, timeout=15)).params["text"])
    assert " ".join(paragraph.split()) in " ".join(shown.split()) and first.source in shown
    await api.wait_for("answerCallbackQuery", since=since)


async def test_follow_up_uses_chat_context(world):
    api, _, _ = world
    await ask(api, 103, "Who did Lavrov meet?")
    _, plain = await ask(api, 103, "When?")
    assert "2022" in plain  # the meeting Lavrov's question was about, not a decline
    _, other = await ask(api, 104, "When?")
    assert "2022" not in other and "Name a person or a place" in other  # no context leaks into another chat


async def test_every_command(world):
    api, _, _ = world
    _, start = await ask(api, 105, "/start")
    from bot.handlers import EXAMPLES

    for example in EXAMPLES:  # the greeting's examples really answer, with a citation
        assert example in start
        _, plain = await ask(api, 107, example)
        assert ".txt" in plain and "don't" not in plain.split("\n")[0], plain
    _, help_ = await ask(api, 105, "/help")
    assert "/who" in help_ and len(help_) < 1200
    _, sources = await ask(api, 105, "/sources")
    assert "VOV World" in sources and "000_660d5ccee3f9ddf8.txt" in sources and "003_ba13613c7541d8ad.txt" in sources
    _, who = await ask(api, 105, "/who Lavrov")
    assert "Lavrov" in who and "003_ba13613c7541d8ad.txt" in who
    _, usage = await ask(api, 105, "/who")
    assert usage == "Whom do you mean? For example: /who Putin"
    _, nobody = await ask(api, 105, "/who Zebulon Quist")
    assert "Zebulon Quist" in nobody and ".txt" not in nobody  # declined, nothing invented
    _, timeline = await ask(api, 105, "/timeline")
    assert timeline.index("6 Jul 2022") < timeline.index("20 Jun 2024")
    assert "Vietnam in Vietnam" not in timeline
    _, about = await ask(api, 105, "/about")
    assert "2 news articles" in about
    _, reload_ = await ask(api, 105, "/reload")
    assert "admins" in reload_
    default = api.commands[json.dumps({"type": "default"}, sort_keys=True)]
    assert {c["command"] for c in default} == {"start", "help", "sources", "who", "timeline", "about"}


async def test_inline_mode(world):
    api, _, _ = world
    since = len(api.calls)
    api.inline(106, "who met lavrov")
    call = await api.wait_for("answerInlineQuery", since=since, timeout=15)
    assert "Lavrov" in parse_html(call.params["results"][0]["input_message_content"]["message_text"])


async def test_groups(world):
    api, _, _ = world
    group = -100106
    since = len(api.calls)
    chatter = api.text(group, "Putin is in the news again")
    assert not api.sent(group, since=since, before=await api.handled(group, chatter))
    _, plain = await ask(api, group, "@vnru_test_bot who did Putin meet?")
    assert "Trọng" in plain or "Trong" in plain
    _, plain = await ask(api, group, "/ask when did Lavrov meet Trong?")
    assert "2022" in plain


@pytest.mark.parametrize("chat, inject, expect", [
    (201, lambda api, c: api.sticker(c), "only read text"),
    (202, lambda api, c: api.photo(c), "only read text"),
    (203, lambda api, c: api.photo(c, caption="<b>Who</b> did Putin meet in Hanoi?"), "000_660d5ccee3f9ddf8.txt"),
    (204, lambda api, c: api.voice(c), "only read text"),
    (205, lambda api, c: api.edited(c, "Who did Lavrov meet?"), "003_ba13613c7541d8ad.txt"),
    (206, lambda api, c: api.text(c, ""), "Ask me a question"),
    (207, lambda api, c: api.text(c, "x" * 4096), "long message"),
    (208, lambda api, c: api.text(c, "/nonsense <b>"), "I don't know the command /nonsense"),
    (209, lambda api, c: api.text(c, "<b>Who</b> did *Putin* meet & <i>where</i>?"), "000_660d5ccee3f9ddf8.txt"),
    (210, lambda api, c: api.text(c, "<script>alert('x')</script> [a](http://x) `y`"), "My sources don't mention"),
])
async def test_bad_input_gets_short_reply_and_next_question_works(world, chat, inject, expect):
    api, _, _ = world
    since = len(api.calls)
    inject(api, chat)
    reply = await api.reply(chat, since, timeout=15)
    plain = parse_html(reply.params["text"])  # valid HTML: nothing echoed unescaped
    assert expect in plain
    assert len(plain) <= 4096
    _, plain = await ask(api, chat, "Who did Putin meet in Hanoi?")
    assert "000_660d5ccee3f9ddf8.txt" in plain


@pytest.mark.parametrize("chat, method, kind", [
    (301, "getUpdates", "500"), (302, "getUpdates", "502"), (303, "getUpdates", "429"), (304, "getUpdates", "drop"),
    (305, "getUpdates", "hang"), (306, "sendMessage", "429"), (307, "sendMessage", "500"),
    (308, "sendMessage", "502"), (309, "sendChatAction", "hang"), (310, "sendChatAction", "drop"),
])
async def test_faults_survived_next_question_answered(world, chat, method, kind):
    api, bot, _ = world
    api.fail(method, kind, retry_after=1, seconds=30)
    reply = await api.ask(chat, "Who did Putin meet in Hanoi?", timeout=30)
    assert "000_660d5ccee3f9ddf8.txt" in parse_html(reply.params["text"])  # retried, not lost
    assert not api.faults[method]  # the fault really happened
    _, plain = await ask(api, chat, "Who did Lavrov meet?")
    assert "003_ba13613c7541d8ad.txt" in plain
    assert bot.proc.returncode is None


async def test_reply_delivered_but_answer_lost_is_not_duplicated(world):
    """Telegram acts on sendMessage but its answer never comes: one message, no retry, no apology."""
    api, bot, _ = world
    chat = 350
    api.fail("sendMessage", "drop-after")
    since = len(api.calls)
    asked = api.text(chat, "Who did Putin meet in Hanoi?")
    first = await api.reply(chat, since, timeout=15)
    assert [c.index for c in api.sent(chat, since=since, before=await api.handled(chat, asked))] == [first.index]
    _, plain = await ask(api, chat, "Who did Lavrov meet?")
    assert "003_ba13613c7541d8ad.txt" in plain
    assert bot.proc.returncode is None


async def test_seed_file_added_while_running_is_answered(own_world):
    api, _, seeds = own_world
    _, before = await ask(api, 400, "Who did Saleumxay meet?")
    assert "Vientiane" not in before
    old, _ = await ask(api, 399, "What did Trong say about Ukraine?")  # its buttons outlive the reload
    since = len(api.calls)
    (seeds / "010_lao_russia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    # the admin is told about the automatic reload: the signal that it happened
    note = await api.wait_for("sendMessage", lambda c: str(c.params["chat_id"]) == str(ADMIN), since=since, timeout=60)
    assert "seeds/ changed" in parse_html(note.params["text"]) and "1 added" in note.params["text"]
    _, sources = await ask(api, 401, "/sources")
    assert "010_lao_russia.txt" in sources
    _, plain = await ask(api, 402, "Who did Saleumxay meet in Vientiane?")
    assert "Lavrov" in plain and "010_lao_russia.txt" in plain
    # a Source button pressed on an answer from before the reload still shows that answer's source
    since = len(api.calls)
    api.callback(399, old.result, old.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    shown = parse_html((await api.reply(399, since, timeout=15)).params["text"])
    assert "Ukraine" in shown and "000_660d5ccee3f9ddf8.txt" in shown
    await api.wait_for("answerCallbackQuery", since=since)


async def test_admin_reload_and_failed_reload_keeps_old_store(own_world):
    api, _, seeds = own_world
    (seeds / "010_lao_russia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    reply = await api.ask(ADMIN, "/reload", timeout=15)
    done = await api.wait_for("sendMessage", lambda c: str(c.params["chat_id"]) == str(ADMIN)
                              and "Reload" in c.params["text"], since=reply.index + 1, timeout=60)
    assert "✅" in done.params["text"]
    # take seeds/ away: the reload fails, the admin is told why, answers continue from the old store
    hidden = seeds.with_name("seeds-away")
    seeds.rename(hidden)
    try:
        since = len(api.calls)
        api.text(ADMIN, "/reload")
        failed = await api.wait_for("sendMessage", lambda c: str(c.params["chat_id"]) == str(ADMIN)
                                    and "failed" in c.params["text"], since=since, timeout=60)
        assert "no seeds folder" in parse_html(failed.params["text"])
        _, plain = await ask(api, 403, "Who did Putin meet in Hanoi?")
        assert "000_660d5ccee3f9ddf8.txt" in plain
    finally:
        hidden.rename(seeds)
    _, plain = await ask(api, 404, "Who did Saleumxay meet in Vientiane?")
    assert "010_lao_russia.txt" in plain  # the store from before the failed reload


async def test_token_absent_from_debug_output(world):
    api, bot, _ = world
    await ask(api, 405, f"is {TOKEN} secret?")
    out = bot.output()
    assert "Set Bot API URL" in out and "HTTP Request" in out  # DEBUG and httpx request logs were on
    assert TOKEN not in out and SECRET_HALF not in out
