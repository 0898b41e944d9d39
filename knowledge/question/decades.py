"""A decade asked in Vietnamese or Russian ("những năm 1970", "thập niên 1990", "в 1970-е годы",
"в 1990-х годах") is English's "the 1970s": a span of ten years the articles write as such, never
the one year its figure spells (which would rule out every sentence of the decade's other years)."""

from __future__ import annotations

from knowledge import lazy_re

_DECADE = lazy_re.compile(r"(1[89]|20)\d0")
# what stands before the figure in Vietnamese: "những năm", "thập niên", "thập kỷ" (folded)
_VI_BEFORE = (("nhung", "nam"), ("thap", "nien"), ("thap", "ky"))
# the ending after the figure in Russian ("1970-е", "1970-х", "1970-ые"), folded as tokens
_RU_ENDINGS = {"е", "х", "ые", "ых"}


def vi_decades(toks: list[str], words: list[str]) -> tuple[list[str], list[str]]:
    """'nhung nam 1970' -> '1970s', the written words kept beside the tokens."""
    out, written, i = [], [], 0
    while i < len(toks):
        if i + 2 < len(toks) and tuple(toks[i : i + 2]) in _VI_BEFORE and _DECADE.fullmatch(toks[i + 2]):
            out.append(toks[i + 2] + "s")
            written.append(toks[i + 2] + "s")
            i += 3
            continue
        out.append(toks[i])
        written.append(words[i])
        i += 1
    return out, written


def ru_decades(toks: list[str]) -> list[str]:
    """'1970 е years' (Russian "1970-е годы", read) -> '1970s', as English writes the decade."""
    out, i = [], 0
    while i < len(toks):
        if i + 1 < len(toks) and _DECADE.fullmatch(toks[i]) and toks[i + 1] in _RU_ENDINGS:
            out.append(toks[i] + "s")
            i += 3 if i + 2 < len(toks) and toks[i + 2] == "years" else 2
            continue
        out.append(toks[i])
        i += 1
    return out
