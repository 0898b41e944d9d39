"""Russian names made of an adjective and a noun ("Красная площадь", "Ближний Восток", "Южный Урал"),
declined: a question writes them in whatever case its preposition asks ("на Красной площади", "на
Ближнем Востоке", "жителей Южного Урала"), and read word by word they give nothing the articles
write ("krasnoi area"), so the question was declined as naming an unknown word. Each name is written
once, as its adjective's stem and its noun's forms, and every case of the pair is generated."""

from __future__ import annotations

# an adjective's endings in each case, by its declension (folded: й -> и), nominative first
_ADJ = {
    "f": ("ая", "ои", "ую"),                    # красная, красной (gen/dat/instr/prep), красную
    "m": ("ыи", "ого", "ому", "ым", "ом"),       # южный, южного, южному, южным, южном
    "m_soft": ("ии", "его", "ему", "им", "ем"),  # ближний, ближнего, ближнему, ближним, ближнем
    "m_k": ("ии", "ого", "ому", "им", "ом"),     # президентский (after к the ending is -ий but -ого)
}

# adjective stem, declension, the noun's case forms, the English the articles write
_NAMES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("красн", "f", ("площадь", "площади", "площадью"), "red square"),
    ("красн", "f", ("армия", "армии", "армию", "армиеи"), "red army"),
    ("ближн", "m_soft", ("восток", "востока", "востоку", "востоком", "востоке"), "middle east"),
    ("дальн", "m_soft", ("восток", "востока", "востоку", "востоком", "востоке"), "far east"),
    ("южн", "m", ("урал", "урала", "уралу", "уралом", "урале"), "south urals"),
    ("юго восточн", "f", ("азия", "азии", "азию", "азиеи"), "southeast asia"),
    ("президентск", "m_k", ("дворец", "дворца", "дворцу", "дворцом", "дворце"), "presidential palace"),
)


def declined_names() -> dict[str, str]:
    """Every case form of each name (adjective ending by noun form: a case's adjective always
    stands beside its noun's, and the few mismatched pairs this also writes are never Russian)."""
    out: dict[str, str] = {}
    for stem, kind, nouns, eng in _NAMES:
        for ending in _ADJ[kind]:
            for noun in nouns:
                out.setdefault(f"{stem}{ending} {noun}", eng)
    return out


# a Vietnamese name Russian declines as one word ("академии Хо Ши Мина"): its last syllable's cases
_VI_NAMES = {"хо ши мин": "ho chi minh"}


def declined_vi_names() -> dict[str, str]:
    """Each case form of a Vietnamese name whose last syllable Russian declines as a noun."""
    return {f"{name}{e}": eng for name, eng in _VI_NAMES.items() for e in ("а", "у", "ом", "е")}


RU_SET_NAMES = declined_names() | declined_vi_names()
