"""The bot's conversation behaviour, in-process over the fake Bot API with a stand-in engine."""

from __future__ import annotations

import json
import re

import pytest

from helpers.bot_harness import ADMIN, in_process_bot
from helpers.fake_bot_api import FakeBotAPI, parse_html, texts
from helpers.fake_engine import FakeEngine


@pytest.fixture
async def api():
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(api):
    engine = FakeEngine()
    async with in_process_bot(api, engine) as app:
        app.bot_data["engine_for_test"] = engine
        yield app


def keyboard(call) -> list[list[dict]]:
    markup = call.params.get("reply_markup") or {}
    return markup.get("inline_keyboard", [])


async def test_start_sets_commands_menus(api, bot):
    default = json.dumps({"type": "default"}, sort_keys=True)
    groups = json.dumps({"type": "all_group_chats"}, sort_keys=True)
    admin = json.dumps({"type": "chat", "chat_id": ADMIN}, sort_keys=True)
    names = lambda key: [c["command"] for c in api.commands[key]]  # noqa: E731
    assert names(default) == ["start", "help", "sources", "who", "timeline", "about"]
    assert "ask" in names(groups)
    assert "reload" in names(admin) and "reload" not in names(default)


async def test_question_gets_typing_then_escaped_answer_with_buttons(api, bot):
    since = len(api.calls)
    reply = await api.ask(10, "Who met <b>whom</b> & when?")
    typing = await api.reply(10, since, method="sendChatAction")
    assert typing.index < reply.index  # typing… goes out before the answer
    assert reply.params["parse_mode"] == "HTML"
    plain = parse_html(reply.params["text"])  # well-formed Telegram HTML or this raises
    assert "You asked: Who met <b>whom</b> & when?" in plain  # user text shown literally, not as markup
    assert "&lt;b&gt;whom&lt;/b&gt; &amp; when" in reply.params["text"]
    assert "Test Wire, 2021-03-04" in plain and "900_test.txt" in plain
    buttons = [b for row in keyboard(reply) for b in row]
    assert [b["text"] for b in buttons] == ["📄 Source 1", "📄 Source 2", "➕ More"]
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)


async def test_follow_up_context_is_per_chat(api, bot):
    engine = bot.bot_data["engine_for_test"]
    await api.ask(11, "first question")
    await api.ask(11, "and then?")
    await api.ask(12, "another chat")
    contexts = {q: c for q, c in engine.questions}
    assert contexts["first question"] is None
    assert contexts["and then?"] == {"turn": 1, "last": "first question"}
    assert contexts["another chat"] is None


async def test_source_button_shows_whole_paragraph(api, bot):
    reply = await api.ask(13, "Who met whom?")
    source2 = keyboard(reply)[0][1]["callback_data"]
    since = len(api.calls)
    api.callback(13, reply.result, source2)
    shown = await api.reply(13, since)
    plain = parse_html(shown.params["text"])
    assert "Whole paragraph around: Quote two <b>bold?</b> & more. And more <context>." in plain
    assert "Test Wire" in plain
    await api.wait_for("answerCallbackQuery", since=since)


async def test_source_after_store_change_never_shows_another_sentence(api, bot):
    """After a reload a stored sentence id may name another sentence: the quote itself is shown."""
    from dataclasses import replace

    engine = bot.bot_data["engine_for_test"]
    reply = await api.ask(13, "Who met whom?")
    engine.paragraph = lambda c: replace(c, quote="An unrelated paragraph from the new store.")
    since = len(api.calls)
    api.callback(13, reply.result, keyboard(reply)[0][0]["callback_data"])
    shown = parse_html((await api.reply(13, since)).params["text"])
    assert "Quote one for Who met whom?." in shown and "unrelated" not in shown
    engine.paragraph = lambda c: (_ for _ in ()).throw(RuntimeError("store closed"))
    since = len(api.calls)
    api.callback(13, reply.result, keyboard(reply)[0][1]["callback_data"])
    shown = parse_html((await api.reply(13, since)).params["text"])
    assert "Quote two <b>bold?</b> & more." in shown


async def test_source_pressed_twice_is_shown_once(api, bot):
    reply = await api.ask(13, "Who met whom?")
    source1 = keyboard(reply)[0][0]["callback_data"]
    since = len(api.calls)
    api.callback(13, reply.result, source1)
    await api.reply(13, since)
    since = len(api.calls)
    again = api.callback(13, reply.result, source1)
    toast = await api.wait_for("answerCallbackQuery", since=since)
    assert toast.params["text"] == "That source is already shown above."
    assert not api.sent(13, since=since, before=await api.handled(13, again))


async def test_more_button_pages_through_further_facts(api, bot):
    reply = await api.ask(14, "Who met whom?")
    more = keyboard(reply)[-1][0]["callback_data"]
    since = len(api.calls)
    api.callback(14, reply.result, more)
    page1 = await api.reply(14, since)
    assert "Extra fact 1." in page1.params["text"] and "Extra fact 3." in page1.params["text"]
    assert "[3]" in page1.params["text"]  # numbering continues after the answer's two quotes
    labels = [b["text"] for row in keyboard(page1) for b in row]
    assert labels == ["📄 Source 3", "📄 Source 4", "📄 Source 5", "➕ More"]
    since = len(api.calls)
    api.callback(14, page1.result, keyboard(page1)[-1][0]["callback_data"])
    page2 = await api.reply(14, since)
    assert "Extra fact 5." in page2.params["text"]
    assert all(b["text"] != "➕ More" for row in keyboard(page2) for b in row)
    # a Source button of a "More" page expands that fact
    since = len(api.calls)
    api.callback(14, page2.result, keyboard(page2)[0][0]["callback_data"])
    shown = await api.reply(14, since)
    assert "Extra fact 4." in shown.params["text"]


async def test_stale_or_forged_callback_is_answered_not_crashed(api, bot):
    reply = await api.ask(15, "Who met whom?")
    for data in ("s:zzzz:1", "garbage", "m:" + "9" * 12, "s:1:99"):
        since = len(api.calls)
        pressed = api.callback(15, reply.result, data)
        call = await api.wait_for("answerCallbackQuery", since=since)
        assert call.params.get("text")  # tells the user why nothing happened
    assert not api.sent(15, since=reply.index + 1, before=await api.handled(15, pressed))


async def test_decline_lists_suggestions_escaped(api, bot):
    reply = await api.ask(16, "nothing here")
    plain = parse_html(reply.params["text"])
    assert "My sources don't say." in plain
    assert "Who met <Putin>?" in plain and "When did A & B meet?" in plain
    assert "reply_markup" not in reply.params  # nothing to expand


async def test_long_answer_split_under_limit_at_boundaries(api, bot):
    since = len(api.calls)
    asked = api.text(17, "a huge one please")
    parts = api.sent(17, since=since, before=await api.handled(17, asked))
    assert len(parts) >= 2
    sentence = re.compile(r"Sentence number (\d) about <tags> & things\.")
    for part in parts:
        plain = parse_html(part.params["text"])
        assert len(plain) <= 4096
        # split at sentence boundaries: every piece of a quote in a part is whole sentences
        assert plain.count("Sentence number") == len(sentence.findall(plain)), plain[-300:]
    joined = parse_html(texts(parts))
    assert [joined.count(f"Sentence number {i} about <tags> & things.") for i in range(1, 6)] == [120] * 5
    assert "reply_markup" in parts[-1].params and all("reply_markup" not in p.params for p in parts[:-1])


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_non_text_gets_short_hint(api, bot, kind):
    since = len(api.calls)
    getattr(api, kind)(18)
    reply = await api.reply(18, since)
    assert parse_html(reply.params["text"]) == (
        "I can only read text. Ask me a question in words, for example: Who did Putin meet in Hanoi?")


async def test_photo_caption_is_read_as_the_question(api, bot):
    since = len(api.calls)
    api.photo(18, caption="Who met <whom>?")
    reply = await api.reply(18, since)
    assert "You asked: Who met <whom>?" in parse_html(reply.params["text"])
    # in a group only when the caption mentions the bot
    group = -1000018
    since = len(api.calls)
    unaddressed = api.photo(group, caption="Who met whom?")
    assert not api.sent(group, since=since, before=await api.handled(group, unaddressed))
    since = len(api.calls)
    api.photo(group, caption="@vnru_test_bot who met whom?")
    reply = await api.reply(group, since)
    assert "You asked: who met whom?" in parse_html(reply.params["text"])


async def test_empty_and_oversized_text(api, bot):
    reply = await api.ask(19, "")
    assert "Ask me a question" in reply.params["text"]
    reply = await api.ask(19, "   ")
    assert "Ask me a question" in reply.params["text"]
    reply = await api.ask(19, "<i>" + "y" * 4093)
    assert "long message" in reply.params["text"]
    assert "yyyy" not in reply.params["text"]  # no echo


async def test_markup_in_text_is_never_echoed_raw(api, bot):
    for text in ["<script>alert(1)</script>", "*bold* _it_ [x](http://e.com) `code`", "a < b & c > d", "&amp; &lt;"]:
        reply = await api.ask(20, text)
        assert text in parse_html(reply.params["text"])


async def test_unknown_command_private_and_group(api, bot):
    reply = await api.ask(21, "/frobnicate <x>")
    assert "/frobnicate" in reply.params["text"] and "/help" in reply.params["text"]
    since = len(api.calls)
    api.text(-1000021, "/frobnicate")
    other_bots = api.text(-1000021, "/start@some_other_bot")
    assert not api.sent(-1000021, since=since, before=await api.handled(-1000021, other_bots))


async def test_edited_question_is_answered_again_in_private_silence_in_group(api, bot):
    since = len(api.calls)
    api.edited(22, "corrected question")
    reply = await api.reply(22, since)
    assert "You asked: corrected question" in parse_html(reply.params["text"])
    edited = api.injected[-1]["edited_message"]
    assert reply.params["reply_parameters"]["message_id"] == edited["message_id"]  # which version
    since = len(api.calls)
    api.edited(22, "/frobnicate")
    reply = await api.reply(22, since)
    assert "I don't know the command /frobnicate" in reply.params["text"]
    since = len(api.calls)
    edit = api.edited(-1000022, "edited")
    assert not api.sent(-1000022, since=since, before=await api.handled(-1000022, edit))


async def test_groups_answer_only_when_addressed(api, bot):
    group = -1000023
    since = len(api.calls)
    chatter = api.text(group, "people chatting about Putin")
    assert not api.sent(group, since=since, before=await api.handled(group, chatter))
    reply = await api.ask(group, "@vnru_test_bot who met whom?")
    assert "You asked: who met whom?" in parse_html(reply.params["text"])
    # answers the right person in a busy group
    assert reply.params["reply_parameters"]["message_id"] == api.injected[-1]["message"]["message_id"]
    reply = await api.ask(group, "/ask when was it?")
    assert "You asked: when was it?" in parse_html(reply.params["text"])
    reply = await api.ask(group, "/ask@vnru_test_bot where?")
    assert "You asked: where?" in parse_html(reply.params["text"])
    # a reply to one of the bot's messages counts as addressed
    reply = await api.ask(group, "and then?", reply_to=reply.result)
    assert "You asked: and then?" in parse_html(reply.params["text"])
    since = len(api.calls)
    chatter = api.text(group, "hey @someone_else what's up")
    assert not api.sent(group, since=since, before=await api.handled(group, chatter))


async def test_commands(api, bot):
    start = await api.ask(30, "/start")
    assert "Who did Putin meet in Hanoi?" in start.params["text"]
    help_ = await api.ask(30, "/help")
    assert "/who NAME" in help_.params["text"] and "@vnru_test_bot" in help_.params["text"]
    sources = parse_html((await api.ask(30, "/sources")).params["text"])
    assert "Leaders <meet> & talk" in sources and "Test Wire, 2021-03-04" in sources
    who = await api.ask(30, "/who Lavrov <b>")
    assert "About Lavrov <b>" in parse_html(who.params["text"])
    assert "Source" in json.dumps(who.params.get("reply_markup"))
    usage = await api.ask(30, "/who")
    assert "/who Putin" in usage.params["text"]
    timeline = parse_html((await api.ask(30, "/timeline")).params["text"])
    assert "4 Mar 2021 — talks: A <One>, B & Two in Hanoi" in timeline
    about = await api.ask(30, "/about")
    assert "1 news article" in about.params["text"]


async def test_reload_is_for_admins_only(api, bot):
    reply = await api.ask(31, "/reload")
    assert "Only the bot's admins" in reply.params["text"]


async def test_inline_query_offers_the_answer(api, bot):
    since = len(api.calls)
    api.inline(32, "who met <whom>")
    call = await api.wait_for("answerInlineQuery", since=since)
    (result,) = call.params["results"]
    assert result["type"] == "article"
    assert "You asked: who met <whom>" in parse_html(result["input_message_content"]["message_text"])
    since = len(api.calls)
    api.inline(32, "")
    call = await api.wait_for("answerInlineQuery", since=since)
    assert call.params["results"] == []


async def test_engine_error_is_logged_and_user_told(api, bot, caplog):
    reply = await api.ask(33, "boom please")
    assert "something went wrong" in reply.params["text"]
    assert any("engine failure for the test" in str(r.exc_info) for r in caplog.records if r.exc_info)
    reply = await api.ask(33, "next question")  # still answering
    assert "You asked: next question" in reply.params["text"]


async def test_flood_sheds_typing_but_answers_everything(api, bot):
    since = len(api.calls)
    for i in range(60):
        api.text(600 + i % 20, f"flood {i}")
    for i in range(60):
        await api.wait_for("sendMessage", lambda c, i=i: f"flood {i} " in parse_html(c.params["text"]), since=since)
    typing = len(api.sent(method="sendChatAction", since=since))
    assert 0 < typing < 60  # typing dots while calm, none once answers queue up
