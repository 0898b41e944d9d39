"""Answer -> Telegram HTML: escaping, splitting under 4,096 characters, keyboards."""

from __future__ import annotations

import pytest

from bot import render
from helpers.fake_bot_api import parse_html, utf16_len
from knowledge.facts import Answer, Citation, Source, TimelineItem


def cite(quote: str, **kw) -> Citation:
    base = dict(source="001_x.txt", title="T <1>", outlet="Wire & Co", date="2020-01-02")
    base.update(kw)
    return Citation(quote=quote, **base)


def test_every_article_string_is_escaped():
    answer = Answer(True, "t", "A <b>met</b> B & C", [cite("He said <i>no</i> & left.")],
                    suggestions=["What about <script>?"])
    (html,) = render.render_answer(answer)
    plain = parse_html(html)
    for literal in ("A <b>met</b> B & C", "He said <i>no</i> & left.", "Wire & Co, 2020-01-02", "T <1>",
                    "What about <script>?", "001_x.txt"):
        assert literal in plain


def test_headline_falls_back_to_text():
    (html,) = render.render_answer(Answer(False, "Only text <x>", ""))
    assert parse_html(html) == "Only text <x>"


@pytest.mark.parametrize("unit", ["A sentence of words & <tags>. ", "Đây là câu tiếng Việt có dấu. ", "😀 emoji. "])
def test_split_at_sentence_boundaries_under_limit(unit):
    quote = unit * 400  # far over 4,096 characters
    answer = Answer(True, "t", "Headline", [cite(quote), cite("Short one.")])
    messages = render.render_answer(answer)
    assert len(messages) >= 2
    rebuilt = []
    for m in messages:
        plain = parse_html(m)  # each part is valid HTML on its own (tags closed per part)
        assert utf16_len(plain) <= 4096 and utf16_len(m) <= 4096
        rebuilt.append(plain)
    joined = "\n".join(rebuilt)
    assert joined.count(unit.strip()) == 400  # nothing lost, no sentence cut in half
    assert "Short one." in rebuilt[-1]


def test_single_enormous_word_is_cut_hard_but_fits():
    messages = render.pack([render.Block("&" * 10000, "<blockquote>", "</blockquote>")])
    assert all(utf16_len(m) <= 4096 for m in messages)
    assert sum(parse_html(m).count("&") for m in messages) == 10000


def test_blocks_are_packed_together_when_they_fit():
    blocks = [render.Block(f"line {i}") for i in range(10)]
    assert render.pack(blocks) == ["\n\n".join(f"line {i}" for i in range(10))]


def test_callback_data_round_trip_and_limit():
    data = render.callback("s", "zz9", 12)
    assert render.parse_callback(data) == ("s", "zz9", 12)
    assert render.parse_callback("m:abc") == ("m", "abc", None)
    for bad in (None, "", "x:abc", "s:ABC:1", "s:abc:1:2", "s:" + "a" * 13):
        assert render.parse_callback(bad) is None
    with pytest.raises(ValueError):
        render.callback("s", "a" * 70)


def test_keyboard_labels():
    kb = render.answer_keyboard("a1", [1], True)
    labels = [[b.text for b in row] for row in kb.inline_keyboard]
    assert labels == [["📄 Source"], ["➕ More"]]
    kb = render.answer_keyboard("a1", [1, 2, 3, 4], False)
    assert [[b.text for b in row] for row in kb.inline_keyboard] == [
        ["📄 Source 1", "📄 Source 2", "📄 Source 3"], ["📄 Source 4"]]
    assert render.answer_keyboard("a1", [], False) is None


def test_sources_and_timeline_escape_and_order():
    sources = [Source("b.txt", "0", "B & <b>", "Out", "2024-01-01"), Source("a.txt", "0", None, None, None)]
    plain = parse_html("\n".join(render.render_sources(sources)))
    assert plain.index("(untitled)") < plain.index("B & <b>")  # undated first, then by date
    item = TimelineItem("visit", ["X <y>"], None, "2020-05-01", "2020-05-03", None, cite("q"))
    plain = parse_html(render.render_timeline([item])[0])
    assert "1–3 May 2020" in plain and "visit: X <y>" in plain
    # a participant that is the place itself is not listed twice ("Vietnam … in Vietnam")
    item = TimelineItem("state visit", ["Ann Lee", "Laos"], "Laos", "2021-12-30", "2022-01-02", "on Thursday", cite("q"))
    plain = parse_html(render.render_timeline([item])[0])
    assert "30 Dec 2021 – 2 Jan 2022 — state visit: Ann Lee in Laos" in plain and "“on Thursday”" in plain
    assert "no meetings" in render.render_timeline([])[0]


@pytest.mark.parametrize("iso, shown", [
    ("2024-06-20", "20 Jun 2024"), ("2012", "2012"), ("2012-07", "Jul 2012"), (None, "undated"),
    ("soon", "soon"),
])
def test_human_dates(iso, shown):
    assert render.human_date(iso) == shown


def test_cite_line_separates_title_and_file():
    line = parse_html(render.cite_line(cite("q")))
    assert line == "— Wire & Co, 2020-01-02 · T <1> · 001_x.txt"
