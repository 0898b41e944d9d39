"""Small talk (issue 11, item 5): recognised before the engine, in English, Vietnamese and Russian,
typos and missing diacritics forgiven; answered in the user's language with what the bot knows
and questions from the store; a real question that merely starts with "hi," is still a question."""

from __future__ import annotations

import json

import pytest
from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import FakeBotAPI, parse_html

from knowledge.smalltalk import recognise
from tests.helpers.question_set import hand_built_engine

# (message, intent, language): every intent in the three languages, as people type them
RECOGNISED = [
    ("hi", "greeting", "en"), ("Hello!", "greeting", "en"), ("hey there 👋", "greeting", "en"),
    ("Good morning", "greeting", "en"), ("helo", "greeting", "en"), ("HI BOT", "greeting", "en"),
    ("xin chào", "greeting", "vi"), ("Xin chao", "greeting", "vi"), ("chào bạn!", "greeting", "vi"),
    ("привет", "greeting", "ru"), ("Здравствуйте!", "greeting", "ru"), ("превет", "greeting", "ru"),
    ("thanks!", "thanks", "en"), ("Thank you very much.", "thanks", "en"), ("thnaks", "thanks", "en"),
    ("ok thanks", "thanks", "en"),
    ("cảm ơn", "thanks", "vi"), ("cam on ban", "thanks", "vi"), ("cảm ơn nhiều nhé", "thanks", "vi"),
    ("спасибо", "thanks", "ru"), ("Спасибо большое!", "thanks", "ru"), ("spasibo", "thanks", "ru"),
    ("bye", "goodbye", "en"), ("See you later!", "goodbye", "en"), ("goodbye", "goodbye", "en"),
    ("tạm biệt", "goodbye", "vi"), ("hen gap lai", "goodbye", "vi"),
    ("пока", "goodbye", "ru"), ("До свидания", "goodbye", "ru"),
    ("who are you?", "identity", "en"), ("What are you", "identity", "en"), ("who r u", "identity", "en"),
    ("Bạn là ai?", "identity", "vi"), ("ban la ai", "identity", "vi"),
    ("Кто ты?", "identity", "ru"), ("ты кто", "identity", "ru"),
    ("what can you do?", "abilities", "en"), ("What can I ask?", "abilities", "en"),
    ("wat can you do", "abilities", "en"),
    ("Bạn có thể làm gì?", "abilities", "vi"), ("ban lam duoc gi", "abilities", "vi"),
    ("Что ты умеешь?", "abilities", "ru"), ("что ты можешь", "abilities", "ru"),
    ("help", "help", "en"), ("Help me please", "help", "en"),
    ("giúp tôi", "help", "vi"), ("hướng dẫn", "help", "vi"),
    ("помощь", "help", "ru"), ("помогите!", "help", "ru"),
    ("What's new?", "news", "en"), ("whats new", "news", "en"), ("latest", "news", "en"),
    ("có gì mới?", "news", "vi"), ("tin mới nhất", "news", "vi"),
    ("Что нового?", "news", "ru"), ("новости", "news", "ru"),
    # several at once: the most informative one is answered
    ("Hi, what can you do?", "abilities", "en"), ("thanks, bye!", "goodbye", "en"),
    ("Привет! Кто ты?", "identity", "ru"), ("Xin chào, có gì mới không?", "news", "vi"),
]

# Real questions (and other messages) that must reach the engine untouched.
NOT_SMALL_TALK = [
    "Hi, who did Putin meet in Hanoi?", "hello, when did Lavrov visit Vietnam?", "Thanks, and what did Trong say?",
    "Xin chào, Putin gặp ai ở Hà Nội?", "Привет, когда Путин посетил Вьетнам?",
    "Who is Putin?", "Who are they?", "who met Lavrov", "What do you know about Lavrov?",
    "What is new in the partnership?", "news about Lavrov", "latest meeting of Putin and Trong",
    "help Vietnam", "thanks to whom was the treaty signed?", "Hi Lavrov",
    "Putin", "Lavrov", "Trong", "Tô Lâm", "Hanoi", "Moscow", "Bùi Thanh Sơn", "Путин",
    "ok", "", "   ", "?!", "bot",
    "hi " * 12,  # a long message is a question, whatever it holds
]


@pytest.mark.parametrize("text, intent, lang", RECOGNISED)
def test_small_talk_is_recognised(text, intent, lang):
    talk = recognise(text)
    got = (talk.intent, talk.lang) if talk else (None, None)
    assert got == (intent, lang)


@pytest.mark.parametrize("text", NOT_SMALL_TALK)
def test_questions_are_not_small_talk(text):
    assert recognise(text) is None


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = hand_built_engine(tmp_path_factory.mktemp("smalltalk"))
    yield eng
    eng.close()


def store_facts(engine) -> tuple[int, str, str]:
    dates = sorted(s.date for s in engine.sources() if s.date)
    return len(engine.sources()), dates[0], dates[-1]


@pytest.mark.parametrize("text, opening, knows", [
    ("hi", "Hello!", "I know {n} articles, from {first:en} to {last:en}."),
    ("xin chào", "Xin chào!", "Tôi biết {n} bài báo, từ {first:vi} đến {last:vi}."),
    ("привет", "Здравствуйте!", "Я знаю {n} {statey}, с {first:ru} по {last:ru}."),
])
def test_the_reply_says_what_the_bot_knows_in_the_users_language(engine, text, opening, knows):
    from knowledge.smalltalk_reply import fmt, ru_plural

    n, first, last = store_facts(engine)
    answer = engine.ask(text)
    assert answer.answered and answer.citations == [] and answer.headline.startswith(opening)

    class D(str):
        def __format__(self, lang):
            return fmt(self, lang)

    expected = knows.format(n=n, first=D(first), last=D(last), statey=ru_plural(n, "статью", "статьи", "статей"))
    expected = expected.rstrip(".") + "."  # one full stop, also after "г."
    assert expected in answer.lines and expected in answer.text
    # two or three example questions, from the store: each one is answered by the engine
    assert 2 <= len(answer.suggestions) <= 3 and all(q in answer.text for q in answer.suggestions)
    for question in answer.suggestions:
        assert engine.ask(question).answered, question


def test_who_are_you_never_reaches_the_who_met_whom_path(engine):
    for text in ("who are you?", "Кто ты?", "Bạn là ai?"):
        answer = engine.ask(text)
        assert answer.citations == [] and answer.more == []
        assert "vnru-bot" in answer.headline and " met " not in answer.headline


def test_whats_new_lists_the_newest_articles(engine):
    sources = sorted(engine.sources(), key=lambda s: s.date or "", reverse=True)
    answer = engine.ask("What's new?")
    listed = [line for line in answer.lines if line.startswith("• ")]
    assert len(listed) == min(3, len(sources))
    for line, source in zip(listed, sources):
        assert (source.title or source.file) in line and line.startswith(f"• {_en(source.date)} — ")
    ru = engine.ask("что нового")
    assert ru.headline == "Мои самые новые статьи:" and (sources[0].title or sources[0].file) in ru.text


def _en(iso: str) -> str:
    from knowledge.reply import fmt_date

    return fmt_date(iso)


def test_small_talk_keeps_the_follow_up_context(engine):
    first = engine.ask("Who did Putin meet in Hanoi?")
    thanks = engine.ask("thanks!", first.context)
    assert thanks.context == first.context
    assert engine.ask("When?", thanks.context).text == engine.ask("When?", first.context).text


def test_a_question_after_hi_is_answered_as_the_question(engine):
    plain = engine.ask("Who did Putin meet in Hanoi?")
    greeted = engine.ask("Hi, who did Putin meet in Hanoi?")
    assert plain.answered and greeted.answered and greeted.lines == []
    assert [c.quote for c in greeted.citations] == [c.quote for c in plain.citations]


def test_ask_json_and_the_chat_get_the_same_reply(engine, capsys, monkeypatch):
    from argparse import Namespace

    from bot import cmd_ask

    monkeypatch.setattr(cmd_ask, "open_engine", lambda args: (engine, None))
    monkeypatch.setattr(engine, "close", lambda: None)
    assert cmd_ask.run(Namespace(question=["cảm", "ơn"], json=True, seeds=None, db=None)) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["answered"] and obj["citations"] == [] and obj["text"].startswith("Không có gì!")
    assert obj["suggestions"] and obj["text"].endswith(obj["suggestions"][-1])


@pytest.fixture
async def api():
    async with FakeBotAPI() as server:
        yield server


async def test_telegram_replies_in_the_users_language(api, tmp_path):
    async with in_process_bot(api, hand_built_engine(tmp_path)):  # its own engine: the bot closes it at the end
        reply = await api.ask(60, "Что ты умеешь?")
        plain = parse_html(reply.params["text"])
        assert plain.startswith("Я могу рассказать, кто с кем встречался")
        assert "Я знаю" in plain and "Например, можно спросить:" in plain and "You could ask" not in plain
        assert not (reply.params.get("reply_markup") or {}).get("inline_keyboard")  # nothing to expand
        news = parse_html((await api.ask(60, "có gì mới")).params["text"])
        assert news.startswith("Các bài báo mới nhất của tôi:") and "• " in news
