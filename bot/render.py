"""Engine results -> Telegram HTML messages (escaped, split under 4,096 chars) and keyboards.

Every string that comes from an article or a user goes through `esc`; only the few tags this
module writes itself are markup. Messages are built from blocks (answer line, one quote with
its citation, suggestions …) and split between blocks; a block too long on its own is split at
sentence boundaries, then at spaces, each part keeping its own tags.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge.facts import Answer, Citation, Source, TimelineItem

MAX_MESSAGE = 4096
MAX_CALLBACK_DATA = 64


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


@dataclass(frozen=True)
class Block:
    """`before + esc(text) + after`; only `text` may be split."""

    text: str
    before: str = ""
    after: str = ""

    def html(self, text: str | None = None) -> str:
        return self.before + esc(self.text if text is None else text) + self.after


def tg_len(text: str) -> int:
    """Telegram counts UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n+")


def _split_text(block: Block, limit: int) -> list[str]:
    """Split the block's text into pieces whose rendered block fits in `limit`."""
    room = limit - tg_len(block.before) - tg_len(block.after)
    if room < 16:
        raise ValueError("block markup leaves no room for text")
    pieces: list[str] = []
    current = ""
    for unit in _units(block.text, room):
        candidate = f"{current} {unit}" if current else unit
        if tg_len(esc(candidate)) <= room:
            current = candidate
        else:
            if current:
                pieces.append(current)
            current = unit
    if current:
        pieces.append(current)
    return pieces


def _units(text: str, room: int) -> list[str]:
    """Sentences; a sentence longer than `room` is cut at spaces, a word longer still, hard."""
    units: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        if not sentence:
            continue
        if tg_len(esc(sentence)) <= room:
            units.append(sentence)
            continue
        for word in sentence.split():
            while tg_len(esc(word)) > room:
                cut = room // 6  # escaping can grow a character to 5 (&amp;), UTF-16 to 2 units
                units.append(word[:cut])
                word = word[cut:]
            units.append(word)
    return units


def pack(blocks: list[Block], limit: int = MAX_MESSAGE, sep: str = "\n\n") -> list[str]:
    """Join blocks into as few messages as fit, never splitting inside a block if avoidable."""
    parts: list[str] = []
    for block in blocks:
        if tg_len(block.html()) <= limit:
            parts.append(block.html())
        else:
            parts.extend(block.html(piece) for piece in _split_text(block, limit))
    messages: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{sep}{part}" if current else part
        if tg_len(candidate) <= limit:
            current = candidate
        else:
            messages.append(current)
            current = part
    if current:
        messages.append(current)
    return messages


def cite_line(c: Citation) -> str:
    """`— Outlet, 2024-06-20 · Title (file)`, escaped."""
    bits = [b for b in (c.outlet, c.date) if b]
    head = ", ".join(bits) if bits else c.source
    line = f"— {esc(head)}"
    if c.title:
        line += f" · <i>{esc(c.title)}</i>"
    if bits:
        line += f" · <code>{esc(c.source)}</code>"
    return line


def quote_block(c: Citation, number: int | None = None) -> Block:
    label = f"[{number}] " if number is not None else ""
    return Block(c.quote, before=f"{label}<blockquote>", after=f"</blockquote>\n{cite_line(c)}")


def answer_blocks(answer: Answer) -> list[Block]:
    headline = answer.headline or answer.text or ""
    blocks = [Block(headline, "<b>", "</b>")] if headline else []
    if answer.lines:
        blocks.append(Block("\n".join(answer.lines)))
    numbered = len(answer.citations) > 1
    for i, c in enumerate(answer.citations, 1):
        blocks.append(quote_block(c, i if numbered else None))
    if answer.suggestions:
        lines = "\n".join(f"• {esc(s)}" for s in answer.suggestions)
        blocks.append(Block("", before=f"<i>{esc(answer.suggestions_label)}</i>\n{lines}"))
    return blocks


def render_answer(answer: Answer) -> list[str]:
    return pack(answer_blocks(answer))


def render_citations(citations: list[Citation], first_number: int, heading: str) -> list[str]:
    blocks = [Block(heading, "<b>", "</b>")]
    blocks += [quote_block(c, first_number + i) for i, c in enumerate(citations)]
    return pack(blocks)


def render_paragraph(c: Citation) -> list[str]:
    """The "Source" expansion: the quote's whole paragraph and its full citation."""
    return pack([Block(c.quote, before="<blockquote>", after=f"</blockquote>\n{cite_line(c)}")])


def answer_keyboard(answer_id: str, citation_numbers: list[int], has_more: bool) -> InlineKeyboardMarkup | None:
    """ "Source" per shown quote (numbered when several) and "More" when further facts match."""
    buttons = []
    for n in citation_numbers:
        label = "📄 Source" if len(citation_numbers) == 1 else f"📄 Source {n}"
        buttons.append(InlineKeyboardButton(label, callback_data=callback("s", answer_id, n)))
    row2 = [InlineKeyboardButton("➕ More", callback_data=callback("m", answer_id))] if has_more else []
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    if row2:
        rows.append(row2)
    return InlineKeyboardMarkup(rows) if rows else None


def callback(kind: str, answer_id: str, number: int | None = None) -> str:
    data = f"{kind}:{answer_id}" + (f":{number}" if number is not None else "")
    if len(data.encode()) > MAX_CALLBACK_DATA:
        raise ValueError("callback data over 64 bytes")
    return data


def parse_callback(data: str | None) -> tuple[str, str, int | None] | None:
    m = re.fullmatch(r"([sm]):([0-9a-z]{1,12})(?::(\d{1,4}))?", data or "")
    if not m:
        return None
    return m.group(1), m.group(2), int(m.group(3)) if m.group(3) else None


def render_sources(sources: list[Source]) -> list[str]:
    if not sources:
        return ["I don't know any articles yet: add text files to <code>seeds/</code>."]
    blocks = [Block(f"I answer from {len(sources)} article{'s' if len(sources) != 1 else ''}:", "<b>", "</b>")]
    for i, s in enumerate(sorted(sources, key=lambda s: (s.date or "", s.file)), 1):
        meta = ", ".join(esc(b) for b in (s.outlet, s.date) if b)
        title = f"<b>{esc(s.title)}</b>" if s.title else "<i>(untitled)</i>"
        blocks.append(Block("", before=f"{i}. {title}\n    {meta}{' · ' if meta else ''}<code>{esc(s.file)}</code>"))
    return pack(blocks, sep="\n")


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def human_date(iso: str | None) -> str:
    """`2024-06-20` -> `20 Jun 2024`; `2012-07` -> `Jul 2012`; `2012` stays; anything else as is."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not m:
        return iso or "undated"
    year, month, day = m.groups()
    if not month:
        return year
    name = _MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"


def date_span(start: str | None, end: str | None) -> str:
    """`19–20 Jun 2024` for a span within a month, else both dates in full."""
    if not end or end == start:
        return human_date(start)
    a, b = human_date(start), human_date(end)
    if start and len(start) == len(end) == 10 and start[:7] == end[:7]:
        return f"{int(start[8:])}–{b}"
    return f"{a} – {b}"


def timeline_line(item: TimelineItem) -> str:
    when = date_span(item.date, item.date_end)
    # "state visit: Vladimir Putin in Vietnam" rather than "Vladimir Putin, Vietnam in Vietnam"
    people = [p for p in item.participants if not item.place or p != item.place] or item.participants
    where = f" in {esc(item.place)}" if item.place else ""
    phrase = f" (“{esc(item.date_phrase)}”)" if item.date_phrase else ""
    c = item.citation
    src = " · ".join(b for b in (c.outlet, c.source) if b)
    return (f"<b>{esc(when)}</b> — {esc(item.kind)}: {esc(', '.join(people))}{where}\n"
            f"    <i>{esc(src)}</i>{phrase}")


def render_timeline(items: list[TimelineItem]) -> list[str]:
    if not items:
        return ["My sources mention no meetings or visits yet."]
    blocks = [Block("Meetings and visits, in date order:", "<b>", "</b>")]
    blocks += [Block("", before=timeline_line(item)) for item in items]
    return pack(blocks, sep="\n")
