"""Read and validate one seed file: decode it, reject what is not an article, find its metadata.

A seed file is plain UTF-8 text (a BOM is accepted), at most `DEFAULT_MAX_BYTES`. It may open
with a front-matter block::

    ---
    title: Party General Secretary Nguyen Phu Trong holds talks with Russian President Vladimir Putin
    outlet: VOV World
    date: 2024-06-20
    url: https://vovworld.vn/...
    ---

Without front matter (or for keys it leaves out) the metadata is recognised in the text itself:
a first-line `date YYYY-MM-DD` prefix, a dateline with a full date ("HANOI, June 20, 2024 -"),
an outlet marker such as "(VOVWORLD) -", a sign-off such as "— VNS", and a headline (a short
first line without terminal punctuation, followed by a blank line). Front matter wins over what
is recognised; what neither says stays None: nothing is guessed.

Line endings are normalised to "\\n" (as Python's text mode does), so offsets are into the
decoded, normalised text kept in `SeedFile.text`; the BOM is not part of it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from pathlib import Path

from knowledge import lazy_re
from knowledge.facts import SeedFile, Source

DEFAULT_MAX_BYTES = 1024 * 1024  # 1 MiB: far above any news article, far below anything harmful
FRONT_MATTER_KEYS = ("title", "date", "outlet", "url")

# Outlet markers in the first line, "(VOVWORLD) -", and sign-offs at the end, "— VNS".
KNOWN_OUTLETS = {
    "VOVWORLD": "VOV World",
    "VOV": "Voice of Vietnam",
    "VNA": "Vietnam News Agency",
    "VNS": "Viet Nam News",
    "VNEXPRESS": "VnExpress",
    "NDO": "Nhân Dân",
    "QDND": "Quân đội nhân dân",
    "VIR": "Vietnam Investment Review",
    "SGGP": "Sài Gòn Giải Phóng",
    "TASS": "TASS",
    "RIA NOVOSTI": "RIA Novosti",
    "RIA": "RIA Novosti",
    "SPUTNIK": "Sputnik",
    "INTERFAX": "Interfax",
    "XINHUA": "Xinhua",
    "REUTERS": "Reuters",
    "AFP": "AFP",
    "AP": "Associated Press",
}

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_ISO_DATE = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_PREFIX = lazy_re.compile(r"^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
# A dateline with a full date before the first dash: "HANOI, June 20, 2024 -", "Moscow, 3 May 2023 (TASS) -".
_DATELINE_DATE = lazy_re.compile(
    rf"^[^\n]{{0,60}}?\b(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\.?,?\s+(?P<y2>\d{{4}}))\b[^\n]{{0,40}}?\s[-–—]\s",
    re.IGNORECASE,
)
# A page header that is only a date (scraped pages carry one above the headline):
# "Thursday, June 29, 2017", "May 23, 2019 | 09:41 GMT+7", "Published: 2013-11-13 09:25",
# "Updated: 11/11/2014 19:05", "Mon, 04/06/2015 - 16:19"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_HEADER_DATE = lazy_re.compile(
    rf"^[ \t]*(?:(?:published|updated|posted|last updated|date)[ \t]*(?:on)?[ \t]*:?[ \t]*)?(?:{_WEEKDAY}[ \t]+)?"
    rf"(?:(?P<iso>\d{{4}}-\d\d-\d\d)|(?P<m1>{_MONTH_RE})\.?[ \t]+(?P<d1>\d{{1,2}}),?[ \t]+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})[ \t]+(?P<m2>{_MONTH_RE})\.?,?[ \t]+(?P<y2>\d{{4}})"
    rf"|(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<y3>\d{{4}}))"
    rf"(?:[ \t]*[|,\-–—]?[ \t]*\d{{1,2}}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    rf"(?:[ \t]*\(?(?:GMT|UTC|ICT)[+-]?\d{{0,2}}(?::?\d\d)?\)?)?)?"
    rf"[ \t]*$",
    re.IGNORECASE,
)
# a dateline without a year ("HANOI, April 6 (TASS) -"): it settles an ambiguous 04/06/2015
_DATELINE_MD = lazy_re.compile(rf"^[^\n]{{0,60}}?,[ \t]*(?:(?P<m1>{_MONTH_RE})\.?[ \t]+(?P<d1>\d{{1,2}})"
                          rf"|(?P<d2>\d{{1,2}})[ \t]+(?P<m2>{_MONTH_RE}))\b", re.IGNORECASE | re.MULTILINE)
_MARKER = lazy_re.compile(r"\((?P<m>[A-Za-z][A-Za-z0-9 .&/]{0,28}[A-Za-z0-9.])\)\s*[-–—:]")
_SIGNOFF = lazy_re.compile(r"(?:^|\s)(?P<dash>[-–—])\s*(?P<m>[A-Za-z][A-Za-z/ ]{0,20}[A-Za-z])\s*$")
_TERMINAL = ".!?:;…\"'”’)»"


class SeedError(Exception):
    """A file that cannot be loaded; `reason` is one human sentence saying why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def read_seed(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SeedFile:
    """Read a seed file from disk; the size is checked before reading so huge files cost nothing."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SeedError("not a regular file")
        if size > max_bytes:
            raise SeedError(_too_big(size, max_bytes))
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise SeedError(f"cannot read the file ({exc.strerror or exc})") from exc
    return parse_seed(path.name, data, max_bytes=max_bytes)


def parse_seed(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> SeedFile:
    """Validate raw bytes and recognise the metadata; raises SeedError with the reason."""
    if len(data) > max_bytes:
        raise SeedError(_too_big(len(data), max_bytes))
    if not data:
        raise SeedError("the file is empty")
    if b"\x00" in data:
        raise SeedError("binary file (it contains NUL bytes), not text")
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _control_ratio(data) > 0.05:
            raise SeedError("binary file (mostly control bytes), not text") from exc
        raise SeedError(f"not UTF-8 text: {_where(data, exc.start)}; save the file as UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v")
    if controls > max(8, len(text) // 20):
        raise SeedError(f"binary file ({controls} control characters in {len(text)}), not text")
    if not text.strip():
        raise SeedError("the file has only whitespace, no article text")

    meta, pos = _front_matter(text)
    body = text[pos:]
    if not body.strip():
        raise SeedError("no article text after the front matter")
    found, body_start = _recognise(text, pos)
    merged = {k: meta.get(k) or found.get(k) for k in FRONT_MATTER_KEYS}
    source = Source(file=name, sha256=sha, title=merged["title"], outlet=merged["outlet"], date=merged["date"],
                    url=merged["url"])
    return SeedFile(name=name, text=text, body_start=body_start, source=source)


def _too_big(size: int, limit: int) -> str:
    return f"the file is {_human(size)}, over the {_human(limit)} limit for a seed file"


def _human(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MiB".replace(".0 ", " ")
    if n >= 1024:
        return f"{n / 1024:.1f} KiB".replace(".0 ", " ")
    return f"{n} bytes"


def _control_ratio(data: bytes) -> float:
    sample = data[:4096]
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / max(1, len(sample))


def _where(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"invalid byte 0x{data[offset]:02x} at line {line}, column {col} (byte offset {offset})"


def _front_matter(text: str) -> tuple[dict[str, str | None], int]:
    """Parse a leading `---` block; returns (metadata, offset just after the closing line)."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)  # blank lines before it are fine
    if lines[first].strip() != "---":
        return {}, 0
    if not any(line.strip() == "---" for line in lines[first + 1 :]):
        raise SeedError(f"front matter is not closed: the '---' on line {first + 1} has no closing '---' line")
    meta: dict[str, str | None] = {}
    unknown: list[str] = []
    pos = sum(len(line) + 1 for line in lines[: first + 1])
    for lineno, line in enumerate(lines[first + 1 :], start=first + 2):
        pos_next = pos + len(line) + 1
        stripped = line.strip()
        if stripped == "---":
            if unknown:
                plural = "keys" if len(unknown) > 1 else "key"
                raise SeedError(
                    f"unknown front-matter {plural} {', '.join(repr(k) for k in unknown)}"
                    f" (allowed: {', '.join(FRONT_MATTER_KEYS)})"
                )
            return meta, min(pos_next, len(text))
        if stripped and not stripped.startswith("#"):
            key, colon, value = stripped.partition(":")
            key = key.strip().lower()
            if not colon or not key or " " in key:
                raise SeedError(f"front matter line {lineno} is not 'key: value': {stripped[:60]!r}")
            if key not in FRONT_MATTER_KEYS:
                if key not in unknown:
                    unknown.append(key)
            elif key in meta:
                raise SeedError(f"front matter line {lineno}: {key!r} is given twice")
            else:
                meta[key] = _check_value(key, _unquote(value.strip()), lineno)
        pos = pos_next
    raise AssertionError("unreachable: a closing line exists")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _check_value(key: str, value: str, lineno: int) -> str | None:
    if not value:
        return None
    if key == "date":
        try:
            if not _ISO_DATE.match(value):
                raise ValueError
            _dt.date.fromisoformat(value)
        except ValueError:
            raise SeedError(f"front matter line {lineno}: date {value!r} is not a valid YYYY-MM-DD date") from None
    if key == "url" and not re.match(r"^https?://\S+$", value):
        raise SeedError(f"front matter line {lineno}: url {value!r} is not an http(s) address")
    return value


def _header_date(line: str, following: str) -> str | None:
    """The ISO date of a date-only header line; a numeric d/m/yyyy only when unambiguous or
    settled by a yearless dateline in the text that follows."""
    m = _HEADER_DATE.match(line)
    if not m:
        return None
    if m.group("iso"):
        return m.group("iso") if _valid(m.group("iso")) else None
    if m.group("y1") or m.group("y2"):
        month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        iso = f"{int(m.group('y1') or m.group('y2')):04d}-{month:02d}-{int(m.group('d1') or m.group('d2')):02d}"
        return iso if _valid(iso) else None
    a, b, y = int(m.group("n1")), int(m.group("n2")), int(m.group("y3"))
    readings = {(b, a), (a, b)} if a <= 12 and b <= 12 else {(b, a)} if a > 12 else {(a, b)}  # (month, day)
    if len(readings) > 1:
        d = _DATELINE_MD.search(following)
        if not d:
            return None
        md = (_MONTHS[(d.group("m1") or d.group("m2")).lower()], int(d.group("d1") or d.group("d2")))
        readings = {r for r in readings if r == md}
    iso = next((f"{y:04d}-{mo:02d}-{da:02d}" for mo, da in readings), None)
    return iso if iso and _valid(iso) else None


def _recognise(text: str, pos: int) -> tuple[dict[str, str], int]:
    """Metadata the article text itself carries; returns (values, body_start)."""
    found: dict[str, str] = {}
    start = _skip_blank(text, pos)
    line_end = _line_end(text, start)
    first = text[start:line_end]
    # date-only header lines above the headline: the publication date, no part of the body
    for _ in range(2):
        if not _HEADER_DATE.match(first):
            break
        iso = _header_date(first, text[line_end:line_end + 400])
        if iso:
            found.setdefault("date", iso)
        start = _skip_blank(text, line_end)
        line_end = _line_end(text, start)
        first = text[start:line_end]

    # Headline: a short standalone line without terminal punctuation, then a blank line (or a
    # dateline / an outlet marker opening the next line, or a date-only line), then more.
    after = _skip_blank(text, line_end)
    stamp = _header_date(text[after:_line_end(text, after)], "") if "date" not in found else None
    if stamp and _headline_like(first) and _skip_blank(text, _line_end(text, after)) < len(text):
        # "Headline\nDecember 22, 2023 | 11:15 (GMT+7)\nBody": the date line under the headline
        found["title"], found["date"] = first.strip(), stamp
        start = _skip_blank(text, _line_end(text, after))
        line_end = _line_end(text, start)
        first = text[start:line_end]
        after = _skip_blank(text, line_end)
    blank_follows = text.count("\n", line_end, after) >= 2 and after < len(text)
    nxt = text[after:_line_end(text, after)]
    if not blank_follows and after < len(text) and (_MARKER.match(nxt.lstrip()) or _DATELINE_DATE.match(nxt)
                                                    or _DATELINE_MD.match(nxt) and re.search(r"\s[-–—]+\s", nxt[:80])):
        blank_follows = True
    if blank_follows and not stamp and _headline_like(first):
        found["title"] = first.strip()
        start = after
        line_end = _line_end(text, start)
        first = text[start:line_end]
    body_start = start + (len(first) - len(first.lstrip()))

    _first_line_meta(first, text, found)
    return found, body_start


def _first_line_meta(first: str, text: str, found: dict[str, str]) -> None:
    """The date and outlet that the body's first line (a dateline) or a sign-off carries."""
    m = _DATE_PREFIX.match(first)
    if m and _valid(m.group(1)):
        found["date"] = m.group(1)
    elif "date" not in found:
        m = _DATELINE_DATE.match(first)
        if m:
            month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
            day, year = int(m.group("d1") or m.group("d2")), int(m.group("y1") or m.group("y2"))
            try:
                found["date"] = _dt.date(year, month, day).isoformat()
            except ValueError:
                pass

    m = _MARKER.search(first[:120])
    if m and m.start() <= 60:
        found["outlet"] = _outlet(m.group("m"))
    else:
        m = _SIGNOFF.search(text.rstrip()[-40:])
        if m:
            marker = m.group("m").strip()
            if marker.upper() in KNOWN_OUTLETS or (marker.isupper() and m.group("dash") in "–—"):
                found["outlet"] = _outlet(marker)


def _headline_like(line: str) -> bool:
    """A short line of two words or more that ends without a sentence's punctuation."""
    line = line.strip()
    return bool(line) and len(line) <= 250 and len(line.split()) >= 2 and line[-1] not in _TERMINAL \
        and not _DATE_PREFIX.match(line) and not _MARKER.search(line[:80])


def _outlet(marker: str) -> str:
    return KNOWN_OUTLETS.get(marker.upper().strip(), marker.strip())


def _valid(iso: str) -> bool:
    try:
        _dt.date.fromisoformat(iso)
        return True
    except ValueError:
        return False


def _skip_blank(text: str, pos: int) -> int:
    """Offset of the first line at or after `pos` that has something other than whitespace."""
    while pos < len(text):
        end = _line_end(text, pos)
        if text[pos:end].strip():
            return pos
        pos = end + 1
    return len(text)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
