"""The Telegram side on the real engine (hand-built store, no spaCy): the More button pages
through exactly the further facts the engine found, each quote verbatim, in the engine's order."""

from __future__ import annotations

from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import FakeBotAPI, parse_html
from knowledge.answer import Engine
from tests.data.engine_articles import build_store


def buttons(call) -> list[dict]:
    return [b for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


def more_data(call) -> str | None:
    return next((b["callback_data"] for b in buttons(call) if b["text"] == "➕ More"), None)


async def test_more_pages_through_the_real_engines_further_facts(tmp_path):
    db = build_store(tmp_path / "q.db", tmp_path / "seeds")
    engine = Engine.open(db, tmp_path / "seeds")
    question = "Who met whom?"
    expected = engine.ask(question)
    assert len(expected.more) > 3  # more than one page
    async with FakeBotAPI() as api:
        async with in_process_bot(api, engine):
            page = await api.ask(61, question)
            pages = []
            while (data := more_data(page)) is not None:
                since = len(api.calls)
                api.callback(61, page.result, data)
                page = await api.reply(61, since)
                pages.append(page)
    texts = [" ".join(parse_html(p.params["text"]).split()) for p in pages]
    quotes = [" ".join(c.quote.split()) for c in expected.more]
    # every further fact shown once, in the engine's order, on pages that follow one another
    where = [next(i for i, t in enumerate(texts) if q in t) for q in quotes]
    assert where == sorted(where) and all(sum(t.count(q) for t in texts) == 1 for q in quotes)
    assert all(c.source in texts[i] for c, i in zip(expected.more, where))
    first = len(expected.citations) + 1  # Source buttons go on numbering after the answer's quotes
    numbers = [int(b["callback_data"].rsplit(":", 1)[1]) for p in pages for b in buttons(p) if "Source" in b["text"]]
    assert numbers == list(range(first, first + len(quotes)))
    assert [f"[{n}]" in texts[i] for n, i in zip(numbers, where)] == [True] * len(quotes)
