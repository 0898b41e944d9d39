"""The timeline as a picture: meetings, visits and calls in date order, one row per person or pair.

Drawn with matplotlib's Agg backend through the object API (no pyplot, so no global state and
safe in a worker thread) in DejaVu Sans, the font matplotlib ships: it has every Vietnamese and
Cyrillic letter, so no system font is needed. Every label is checked against the font's own
character map; a character it lacks is written without its accent, else as "?", never as a
missing-glyph box. The size is fixed by the number of rows and kept well inside Telegram's photo
limits (width + height <= 10,000 px, sides at most 20:1, 10 MB) and under 1 MB.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from knowledge.answer.records import event_family
from knowledge.facts import TimelineItem
from knowledge.names import strip_diacritics

FONT = "DejaVu Sans"
DPI = 100
WIDTH_IN = 12.8  # 1,280 px
ROW_IN = 0.42
TOP_IN, BOTTOM_IN = 0.95, 0.85
MAX_ROWS = 40  # the rows with the latest events; the text timeline lists everything
LABEL_CHARS = 44
FAMILIES = {  # family -> (legend text, marker, colour)
    "meet": ("meeting or talks", "o", "#1f5fa8"),
    "visit": ("visit", "D", "#c0392b"),
    "call": ("phone call", "^", "#2e8b57"),
}


@dataclass(frozen=True)
class Chart:
    png: bytes
    width: int
    height: int
    rows: list[str]  # row labels, top to bottom, as drawn
    events: int  # dots drawn
    undated: int  # meetings, visits and calls without a full date (in the text timeline only)
    beyond: int  # events in rows beyond MAX_ROWS (likewise)


@dataclass(frozen=True)
class _Dot:
    row: tuple[str, ...]
    family: str
    start: date
    end: date | None
    place: str | None


def chart_size(rows: int) -> tuple[int, int]:
    """(width, height) in pixels of a chart with `rows` rows."""
    return round(WIDTH_IN * DPI), round((TOP_IN + BOTTOM_IN + ROW_IN * max(rows, 1)) * DPI)


@lru_cache(maxsize=1)
def font_path() -> str:
    from matplotlib import font_manager

    return font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=False)


@lru_cache(maxsize=1)
def _charmap() -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(font_path()).get_charmap())


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` (composed, as drawn) that the chart's font has no glyph for."""
    have = _charmap()
    return {ch for ch in unicodedata.normalize("NFC", text) if not ch.isspace() and ord(ch) not in have}


def drawable(text: str) -> str:
    """`text` as the chart draws it: composed; a character the font lacks loses its accent, else is '?'."""
    text = unicodedata.normalize("NFC", text)
    if not missing_glyphs(text):
        return text
    return "".join(ch if not missing_glyphs(ch) else (strip_diacritics(ch) if not missing_glyphs(strip_diacritics(ch))
                                                      else "?") for ch in text)


def dots(items: list[TimelineItem]) -> tuple[list[_Dot], int]:
    """The meetings, visits and calls with a full date, one dot per row and day and kind; and how
    many such items have no full date."""
    out: dict[tuple, _Dot] = {}
    undated = 0
    for item in items:
        family = event_family(item.kind)
        if family not in FAMILIES:
            continue
        start, end = _day(item.date), _day(item.date_end)
        if start is None:
            undated += 1
            continue
        people = [p for p in item.participants if p != item.place] or item.participants
        row = tuple(sorted(dict.fromkeys(people), key=people.index))
        key = (frozenset(row), family, start)
        if key in out:
            prev = out[key]
            place = prev.place if not item.place or item.place == prev.place else f"{prev.place or '?'}, {item.place}"
            out[key] = _Dot(prev.row, family, start, prev.end or end, place)
        else:
            out[key] = _Dot(row, family, start, end if end and end > start else None, item.place)
    return sorted(out.values(), key=lambda d: (d.start, d.row)), undated


def _day(iso: str | None) -> date | None:
    if not iso or len(iso) != 10:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def row_label(row: tuple[str, ...]) -> str:
    label = " – ".join(row[:2]) + (f" +{len(row) - 2}" if len(row) > 2 else "")
    label = drawable(label)
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def render(items: list[TimelineItem]) -> Chart | None:
    """The chart as PNG bytes, or None when no meeting has a full date."""
    all_dots, undated = dots(items)
    if not all_dots:
        return None
    rows = _rows(all_dots)
    kept = [d for d in all_dots if frozenset(d.row) in rows]
    labels = [row_label(r) for r in rows.values()]
    note = f"{len(kept)} events from the articles, labelled with the place where the article names one."
    if undated or len(kept) < len(all_dots):
        parts = [f"{undated} without a full date"] if undated else []
        parts += [f"{len(all_dots) - len(kept)} in more rows"] if len(kept) < len(all_dots) else []
        note += f" Only in the text timeline: {' and '.join(parts)}."
    png = _draw(kept, list(rows), labels, note)
    width, height = chart_size(len(rows))
    return Chart(png, width, height, labels, len(kept), undated, len(all_dots) - len(kept))


def _rows(all_dots: list[_Dot]) -> dict[frozenset, tuple[str, ...]]:
    """Row key -> people, in order of each row's first event; at most MAX_ROWS, those with the latest events."""
    first: dict[frozenset, tuple[date, tuple[str, ...]]] = {}
    last: dict[frozenset, date] = {}
    for d in all_dots:
        key = frozenset(d.row)
        first.setdefault(key, (d.start, d.row))
        last[key] = max(last.get(key, d.start), d.end or d.start)
    keep = sorted(last, key=lambda k: last[k], reverse=True)[:MAX_ROWS]
    return {k: first[k][1] for k in sorted(keep, key=lambda k: first[k])}


def _draw(kept: list[_Dot], keys: list[frozenset], labels: list[str], note: str) -> bytes:
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = chart_size(len(keys))
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=0.3, right=0.97, top=1 - TOP_IN * DPI / height, bottom=BOTTOM_IN * DPI / height)
    ax = fig.add_subplot()
    index = {k: i for i, k in enumerate(keys)}
    seen_in_row: dict[int, int] = {}
    for d in kept:
        y = index[frozenset(d.row)]
        _, marker, colour = FAMILIES[d.family]
        if d.end:
            ax.plot([d.start, d.end], [y, y], color=colour, linewidth=4, alpha=0.35, solid_capstyle="round")
        ax.plot([d.start], [y], marker=marker, color=colour, markersize=8, linestyle="none")
        if d.place:  # alternate above/below so close events in one row keep readable labels
            n = seen_in_row[y] = seen_in_row.get(y, -1) + 1
            ax.annotate(drawable(d.place), (mdates.date2num(d.start), y), xytext=(0, -13 if n % 2 else 7),
                        textcoords="offset points", ha="center", fontsize=8, color="#333333", family=FONT)
    ax.set_yticks(range(len(keys)), labels, family=FONT, fontsize=10)
    ax.set_ylim(len(keys) - 0.4, -0.7)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    _pad_dates(ax, kept)
    ax.grid(axis="x", color="#dddddd")
    ax.grid(axis="y", color="#f0f0f0")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    first, last = kept[0].start.year, max((d.end or d.start) for d in kept).year
    span = f"{first}" if first == last else f"{first}–{last}"
    fig.suptitle(drawable(f"Meetings, visits and calls, {span}"), family=FONT, fontsize=14, fontweight="bold",
                 y=1 - 0.3 * DPI / height)
    handles = [ax.plot([], [], marker=FAMILIES[f][1], color=FAMILIES[f][2], linestyle="none")[0] for f in FAMILIES]
    ax.legend(handles, [FAMILIES[f][0] for f in FAMILIES], loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3,
              frameon=False, prop={"family": FONT, "size": 9})
    fig.text(0.01, 0.25 * DPI / height, drawable(note), family=FONT, fontsize=8, color="#666666")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None}, pil_kwargs={"optimize": True})
    return buf.getvalue()


def _pad_dates(ax, kept: list[_Dot]) -> None:
    """A margin on both sides (at least two weeks), so the first and last labels are not cut."""
    from datetime import timedelta

    lo, hi = kept[0].start, max((d.end or d.start) for d in kept)
    pad = max(timedelta(days=14), (hi - lo) * 0.06)
    ax.set_xlim(lo - pad, hi + pad)
