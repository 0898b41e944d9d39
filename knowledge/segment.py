"""Article body -> clean paragraphs, as (start, end) offsets into the file text.

Scraped news carries debris around the prose: image captions that repeat the headline
("… Vladimir Putin - ảnh 1Party General Secretary …"), outlet markers ("(VOVWORLD) -"),
datelines ("date 2022-07-06 VIETNAM, July 6 - HÀ NỘI —", "MOSCOW, November 30 (VNA) –"),
sign-offs ("— VNS") and "Related News". We never rewrite text: we only move offsets, so every
sentence stays a verbatim slice of the file.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.names import fold

_PARA = lazy_re.compile(r"[^\n]*\S[^\n]*(?:\n[ \t\r\f\v\u00a0]*\S[^\n]*)*")
_UP = "A-ZÀ-ÖØ-ÞĀ-ỸĐ"  # upper-case Latin incl. Vietnamese (matched on the raw text)
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DASH = r"[-–—]+"

_LEADING = [
    lazy_re.compile(r"date\s*:?\s*\d{4}-\d\d-\d\d\s*"),  # "date 2022-07-06 "
    lazy_re.compile(rf"\(\s*[{_UP}][\w.&]{{1,24}}\s*\)\s*{_DASH}\s*"),  # "(VOVWORLD) - "
    # "VIETNAM, July 6 - ", "MOSCOW, November 30 (VNA) – ", "HANOI, June 20, 2024 (Reuters) -"
    lazy_re.compile(rf"[{_UP}][{_UP}\s.'’-]{{1,40}},\s*(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})"
               rf"(?:,?\s*\d{{4}})?\s*(?:\(\s*[\w.&][\w.& ]{{1,30}}\)\s*)?{_DASH}\s*"),
    lazy_re.compile(rf"[{_UP}][{_UP}\s.'’]{{1,40}}?\s*(?:\(\s*[\w.&]{{2,24}}\s*\)\s*)?{_DASH}\s+"),  # "HÀ NỘI — "
    lazy_re.compile(r"\(\s*(?:Photo|Ảnh|Image)\s*:[^)]*\)\s*", re.I),
    # the same in title case: "Hà Nội, 14 February 2021 (VNA) – ", "Ulaanbaatar, October 9, 2023 – ",
    # "Vientiane (KPL) - " (a place of one to four words, then a full date or an outlet marker)
    lazy_re.compile(rf"[{_UP}][\w.'’-]*(?: [{_UP}][\w.'’-]*){{0,3}},\s*(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})"
               rf",?\s*\d{{4}}\s*(?:\(\s*[\w.&][\w.& ]{{1,30}}\)\s*)?{_DASH}\s+"),
    lazy_re.compile(rf"[{_UP}][\w.'’-]*(?: [{_UP}][\w.'’-]*){{0,3}},?\s*(?:(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})"
               rf",?\s*(?:\d{{4}})?\s*)?\(\s*[{_UP}][\w.&]{{1,24}}\s*\)\s*{_DASH}\s+"),
]
# the lead-in of a link to another article ("Related News: X arrives in Hanoi"): its headline
# is another story's news, not this article's
_LINK = r"(?:Related(?:\s+(?:News|Articles|Stories))?|Read more|See also|Xem thêm|Tin liên quan)\s*:"
_TRAILING = [
    lazy_re.compile(rf"\s*{_DASH}\s*[{_UP}]{{2,8}}\s*$"),  # " — VNS"
    lazy_re.compile(r"\s*\(\s*[{_UP}]{2,8}\s*\)\s*$".replace("{_UP}", _UP)),  # " (VNA)"
    lazy_re.compile(r"\s*(?:Related|Read more|See also|Xem thêm|Tin liên quan)[\w ]{0,20}:?\s*$", re.I),
    # a last line linking another article: "Related News: <its headline>"
    lazy_re.compile(r"\n[ \t]*" + _LINK + r"[^\n]*$", re.I),
]
_JUNK_PARA = lazy_re.compile(r"(?:Related\s+(?:News|Articles|Stories)|Read more|See also|Xem thêm|"
                        r"Tin liên quan|Share|Print|Tags?:.*|" + _LINK + r".*|"
                        r"(?:Photo|Ảnh|Image)\s*:.*|(?-i:[{_UP}]{2,8}))\W*$".replace("{_UP}", _UP), re.I)
_CAPTION = lazy_re.compile(r"\s*[-–—]?\s*(?:ảnh|Ảnh|photo|Photo|PHOTO|hình)\s*\d+\s*")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_upper_prefix(chunk: str) -> bool:
    letters = [c for c in chunk if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def clean_paragraph(text: str, s: int, e: int, title: str | None = None) -> tuple[int, int] | None:
    """Move (s, e) past debris; None when the paragraph is debris only."""
    s, e = _strip(text, s, e)
    # captions: "<caption> - ảnh 1<rest>" — drop the caption; drop all if rest repeats it
    m = _CAPTION.search(text, s, e)
    if m:
        cap, rest = text[s:m.start()], text[m.end():e]
        if not rest.strip() or fold(rest) in (fold(cap), fold(title or "")) or len(rest) < 3:
            return None
        s = m.end()
    changed = True
    while changed and s < e:
        changed = False
        for rx in _LEADING:
            m = rx.match(text, s, e)
            if not m:
                continue
            chunk = m.group(0)
            if rx is _LEADING[3] and not _is_upper_prefix(re.sub(_DASH, "", chunk)):
                continue
            if rx is _LEADING[2] and not _is_upper_prefix(chunk.split(",")[0]):
                continue
            s = m.end()
            changed = True
    for _ in range(3):
        for rx in _TRAILING:
            m = rx.search(text, s, e)
            if m and m.start() > s:
                e = m.start()
        s, e = _strip(text, s, e)
    if s >= e or _JUNK_PARA.fullmatch(text[s:e]):
        return None
    if title and fold(text[s:e]) == fold(title):
        return None
    return s, e


def _caption_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A caption line inside a block ('<headline> - ảnh 1<next sentence>') starts a paragraph of
    its own, so removing the caption never takes the lines above it along."""
    m = _CAPTION.search(text, s, e)
    if not m:
        return [(s, e)]
    line = text.rfind("\n", s, m.start())
    if line < 0:
        # a block written on one line: the caption begins after the last sentence before its
        # marker ('... at the opening ceremony. Delegates at the ceremony - ảnh 1Quang said ...')
        ends = [x.end() for x in _SENT_END.finditer(text, s, m.start())]
        return [(s, ends[-1]), (ends[-1], e)] if ends else [(s, e)]
    return [(s, line), *_caption_split(text, line + 1, e)]


# a sentence's end inside a block: '.', '!' or '?' (and a closing quote) before a capital
_SENT_END = lazy_re.compile(r"(?<=[a-zà-ỹ0-9)][.!?])[\"”’]?\s+(?=[A-ZÀ-Ỹ\"“])")


_FINAL = lazy_re.compile(r"[.!?\"”’),;:]\s*$")


def _lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    lines, pos = [], s
    while pos < e:
        nl = text.find("\n", pos, e)
        end = e if nl < 0 else nl
        lines.append((pos, end))
        pos = end + 1
    return lines


def one_paragraph_a_line(text: str, s: int, e: int) -> bool:
    """A block of two or more lines, most of them ending a sentence: each line is a paragraph
    (hard-wrapped prose runs its lines on unpunctuated)."""
    lines = _lines(text, s, e)
    ended = sum(bool(_FINAL.search(text[a:b])) for a, b in lines)
    return len(lines) >= 2 and ended > len(lines) - ended


def _headline_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A block written one paragraph a line (most lines end a sentence) may carry a headline line
    without final punctuation ('Top legislator hosts X during Y trip'): it is a paragraph of its own,
    so it never runs into the sentence below. Hard-wrapped prose (most lines unpunctuated) stays."""
    lines = _lines(text, s, e)
    ended = [bool(_FINAL.search(text[a:b])) for a, b in lines]
    if not one_paragraph_a_line(text, s, e):
        return [(s, e)]
    out, start = [], s
    for i, (a, b) in enumerate(lines[:-1]):
        nxt = text[lines[i + 1][0]:lines[i + 1][1]].lstrip()
        if not ended[i] and len(text[a:b].split()) <= 30 and nxt[:1].isupper():
            if a > start:
                out.append((start, a - 1))
            out.append((a, b))
            start = b + 1
    out.append((start, e))
    return out


def _first_line_headline(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The body's first line, short and without final punctuation, over prose starting with a
    capital ('Vietnam and Russia discuss new education pact' then the article in one block): a
    headline of its own, never the start of the first sentence."""
    nl = text.find("\n", s, e)
    if nl < 0:
        return [(s, e)]
    first, rest = text[s:nl].strip(), text[nl + 1:e].lstrip()
    ended = [bool(_FINAL.search(line)) for line in rest.splitlines() if line.strip()]
    # hard-wrapped prose (most lines run on unpunctuated) keeps its first line
    if _FINAL.search(first) or not 2 <= len(first.split()) <= 20 or not rest[:1].isupper() \
            or sum(ended) * 2 <= len(ended):
        return [(s, e)]
    return [(s, nl), (nl + 1, e)]


# a line that is only the header of a list of links to other articles ("Related News", "Tin liên quan:")
_LINK_HEADER = lazy_re.compile(r"\s*(?:Related(?:\s+(?:News|Articles|Stories))?|Read more|See also|Xem thêm|"
                          r"Tin liên quan)\s*:?\s*", re.I)


def _link_list(text: str, s: int, e: int, after_header: bool) -> bool:
    """A block of other stories' headlines: it starts with a link header line ("Related News" and the
    headlines under it), or follows one and none of its lines ends a sentence. Those headlines are
    other articles' news: quoted as this article's, they would answer questions it never answers."""
    lines = [text[a:b] for a, b in _lines(text, s, e)]
    if _LINK_HEADER.fullmatch(lines[0]):
        return True
    return after_header and not any(_FINAL.search(line) for line in lines)


def _before_link_header(text: str, s: int, e: int) -> int:
    """Where the block's prose ends when a link header line follows it without a blank line."""
    for a, b in _lines(text, s, e)[1:]:
        if _LINK_HEADER.fullmatch(text[a:b]):
            return a - 1
    return e


def paragraphs(text: str, body_start: int = 0, title: str | None = None) -> list[tuple[int, int]]:
    """Clean paragraphs of the body, in order; blank lines separate paragraphs."""
    out, links = [], False
    for k, m in enumerate(_PARA.finditer(text, body_start)):
        if _link_list(text, m.start(), m.end(), links):
            links = True
            continue
        start, end = m.start(), _before_link_header(text, m.start(), m.end())
        links = end < m.end()
        blocks = _headline_split(text, start, end)
        if k == 0 and len(blocks) == 1:
            blocks = _first_line_headline(text, start, end)
        spans = [p for bs, be in blocks for p in _caption_split(text, bs, be)]
        for bs, be in spans:
            span = clean_paragraph(text, bs, be, title)
            if span:
                out.append(span)
    # a headline line left in the body: first paragraph without sentence-final punctuation
    first = text[out[0][0]:out[0][1]] if out else ""
    if len(out) > 1 and not _FINAL.search(first) and len(first.split()) <= 30:
        out.pop(0)
    return out


def trim_sentence(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim whitespace and stray dashes around a sentence span; None when nothing is left."""
    s, e = _strip(text, s, e)
    while e > s and text[e - 1] in "—–-" :
        e -= 1
        s, e = _strip(text, s, e)
    if s >= e or not any(c.isalnum() for c in text[s:e]):
        return None
    return s, e
