"""/timeline as a picture (issue 11, item 3): the chart itself, its cache, sendPhoto through the
fake Bot API, the text-only fallback, and `vnru-bot timeline --png FILE`."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import matplotlib
import pytest
from helpers.bot_harness import in_process_bot
from helpers.cli_runner import fake_cli, run
from helpers.fake_bot_api import FakeBotAPI, parse_html
from helpers.fake_engine import FakeEngine, cite
from matplotlib.ft2font import FT2Font
from PIL import Image

from bot import timeline_chart, timeline_photo
from knowledge.facts import TimelineItem

NAMES = ["Nguyễn Phú Trọng", "Bùi Thanh Sơn", "Tô Lâm"]


def item(kind, people, date, place=None, date_end=None, phrase=None) -> TimelineItem:
    return TimelineItem(kind, list(people), place, date, date_end, phrase, cite(f"{' and '.join(people)} {kind}.", 7))


ITEMS = [
    item("talks", ["Nguyễn Phú Trọng", "Vladimir Putin"], "2024-06-20", "Hà Nội"),
    item("state visit", ["Vladimir Putin", "Vietnam"], "2024-06-19", "Vietnam", "2024-06-20"),
    item("meeting", ["Sergey Lavrov", "Bùi Thanh Sơn"], "2022-07-06", "Hà Nội"),
    item("phone call", ["Bùi Thanh Sơn", "Sergey Lavrov"], "2024-11-19"),  # the same pair: the same row
    item("meeting", ["Tô Lâm", "Vladimir Putin"], "2024-05-08", "Moscow"),
    item("agreement", ["Vietnam", "Russia"], "2024-06-20", "Hà Nội"),  # not a meeting: not drawn
    item("established", ["Vietnam", "Russia"], "1950"),  # likewise
    item("reception", ["Vladimir Putin", "Nguyễn Xuân Phúc"], None, "Moscow", phrase="on Tuesday"),  # no date
]


def decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()  # decodes every pixel, or raises
    return image


def test_the_font_has_every_letter_of_the_vietnamese_names():
    bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    assert Path(timeline_chart.font_path()) == bundled  # matplotlib's own copy, no system font needed
    charmap = FT2Font(str(bundled)).get_charmap()
    for name in NAMES:
        assert all(ord(ch) in charmap for ch in name if ch != " "), name
        assert timeline_chart.missing_glyphs(name) == set() and timeline_chart.drawable(name) == name
    # decomposed input (as some pages are copied) is drawn composed, from the same glyphs
    import unicodedata

    assert timeline_chart.drawable(unicodedata.normalize("NFD", NAMES[0])) == NAMES[0]
    # a letter the font lacks is never drawn as a missing-glyph box
    assert timeline_chart.drawable("习近平 – Tô Lâm") == "??? – Tô Lâm"


def test_the_chart_draws_the_names_from_the_font_without_a_missing_glyph():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart = timeline_chart.render(ITEMS)
    assert not [w for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
    labels = " ".join(chart.rows)
    assert all(name in labels for name in NAMES)


def test_one_row_per_person_or_pair_and_a_dot_per_event():
    chart = timeline_chart.render(ITEMS)
    assert chart.rows == [  # by each row's first event; a visit's row is the visitor
        "Sergey Lavrov – Bùi Thanh Sơn",
        "Tô Lâm – Vladimir Putin",
        "Vladimir Putin",
        "Nguyễn Phú Trọng – Vladimir Putin",
    ]
    assert (chart.events, chart.undated, chart.beyond) == (5, 1, 0)


def test_the_png_decodes_at_the_expected_size_within_telegram_limits():
    chart = timeline_chart.render(ITEMS)
    image = decode(chart.png)
    assert image.format == "PNG" and image.size == (chart.width, chart.height) == timeline_chart.chart_size(4)
    assert image.size == (1280, 348)
    assert len(chart.png) < 1024 * 1024


def test_a_long_timeline_stays_small_and_keeps_the_latest_rows():
    many = [item("meeting", [f"Person {i:03d}", f"Другой {i % 7}"], f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                 f"Place {i}") for i in range(300)]
    chart = timeline_chart.render(many)
    width, height = decode(chart.png).size
    assert len(chart.rows) == timeline_chart.MAX_ROWS and chart.beyond == 300 - chart.events > 0
    assert (width, height) == timeline_chart.chart_size(timeline_chart.MAX_ROWS)
    assert width + height <= 10_000 and max(width, height) / min(width, height) <= 20  # Telegram's photo limits
    assert len(chart.png) < 1024 * 1024


def test_nothing_to_draw_without_a_dated_meeting():
    assert timeline_chart.render([]) is None
    assert timeline_chart.render([ITEMS[-1], ITEMS[-2]]) is None


def test_drawn_once_per_store_version_and_a_failure_is_tried_again(monkeypatch):
    pictures = timeline_photo.TimelinePictures()
    first = pictures.get(ITEMS)
    assert pictures.get(list(ITEMS)) is first and pictures.drawn == 1
    changed = ITEMS + [item("talks", ["Tô Lâm", "Sergey Lavrov"], "2025-01-14", "Hà Nội")]
    assert pictures.get(changed).events == first.events + 1 and pictures.drawn == 2

    def broken(items):
        raise RuntimeError("no renderer")

    monkeypatch.setattr(timeline_chart, "render", broken)
    fresh = timeline_photo.TimelinePictures()
    with pytest.raises(RuntimeError):
        fresh.get(ITEMS)
    monkeypatch.undo()
    assert fresh.get(ITEMS) is not None and fresh.drawn == 1


class TimelineEngine(FakeEngine):
    def timeline(self) -> list[TimelineItem]:
        return list(ITEMS)


@pytest.fixture
async def api():
    async with FakeBotAPI() as server:
        yield server


async def test_timeline_command_sends_the_text_then_the_picture(api):
    async with in_process_bot(api, TimelineEngine()) as app:
        since = len(api.calls)
        text = await api.ask(50, "/timeline")
        assert "Bùi Thanh Sơn" in parse_html(text.params["text"])
        photo = await api.wait_for("sendPhoto", since=since, timeout=60)
        assert str(photo.params["chat_id"]) == "50" and photo.error is None and text.index < photo.index
        png = photo.params["photo"]
        assert isinstance(png, bytes) and decode(png).size == timeline_chart.chart_size(4)
        assert "5 events in 4 rows" in photo.params["caption"]
        # the second time: the same picture from the cache, not drawn again
        since = len(api.calls)
        await api.ask(51, "/timeline")
        again = await api.wait_for("sendPhoto", since=since, timeout=30)
        assert again.params["photo"] == png and app.bot_data["timeline_pictures"].drawn == 1


async def test_timeline_falls_back_to_text_when_drawing_fails(api, monkeypatch):
    def broken(items):
        raise RuntimeError("matplotlib is broken here")

    monkeypatch.setattr(timeline_chart, "render", broken)
    async with in_process_bot(api, TimelineEngine()):
        since = len(api.calls)
        text = await api.ask(52, "/timeline")
        assert "Sergey Lavrov" in parse_html(text.params["text"])
        await api.quiet(1.0)
        assert api.sent(52, method="sendPhoto", since=since) == []
        assert [c for c in api.sent(52, since=since) if "Sorry" in c.params.get("text", "")] == []


def test_cli_writes_the_same_picture(monkeypatch, tmp_path, capsys):
    fake_cli(monkeypatch, tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("---\ndate: 2023-05-02\n---\nIvan Petrov met Lan Anh in Hanoi on Monday.\n")
    (tmp_path / "seeds" / "b.txt").write_text("---\ndate: 2024-02-01\n---\nOleg Sokolov met Bùi Thanh Sơn in Hanoi.\n")
    code, out, err = run(capsys, "timeline", "--png", "t.png")
    assert code == 0 and out == "" and "wrote t.png (1280×" in err and "2 events in 2 rows" in err
    assert decode((tmp_path / "t.png").read_bytes()).size == timeline_chart.chart_size(2)
    code, out, _ = run(capsys, "timeline")
    assert code == 0 and "Bùi Thanh Sơn" in out and out.count("\n") == 2
    code, _, err = run(capsys, "timeline", "--png", str(tmp_path / "no" / "such" / "dir.png"))
    assert code == 2 and "cannot write" in err


def test_cli_says_when_there_is_nothing_to_draw(monkeypatch, tmp_path, capsys):
    fake_cli(monkeypatch, tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Ivan Petrov said the energy partnership is strong.\n")
    code, _, err = run(capsys, "timeline", "--png", "t.png")
    assert code == 1 and "nothing written" in err and not (tmp_path / "t.png").exists()
