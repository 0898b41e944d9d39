"""Vietnamese words whose sense their place in the question decides, not the word alone.

A word right after "Ai" (who) is the verb the question asks about, though the table reads it as
the noun it more often is: "Ai tổ chức" is who organised (not "who held"), "Ai chỉ huy" who
commanded (not "who commander"). "Bộ" after a count is a classifier, like "three sets of", and
names no ministry ("bao nhiêu bộ số liệu": how many data sets). "Có" inside a question that
asks no yes/no is "has" ("Nhà máy có vốn đầu tư bao nhiêu": the plant has an investment of how
much), not the "did" it is at a question's start."""

from __future__ import annotations

# the English a table gives a word right after "who", and the verb it is in that place
_VERB_AFTER_WHO = {"held": "organised", "commander": "commanded", "representative": "represented",
                   "leader": "led", "sponsor": "sponsored", "director": "directed"}
# what "held" after "who" is still held: talks and consultations ("Ai hội đàm": who held talks)
_HELD_STILL = {"talks", "talk", "consultations", "negotiations"}
# the words that ask a count of what follows: "bao nhiêu", "mấy" (digits are checked apart); after a number
# word "bộ" is as often the ministries counted ("Hai bộ thống nhất …": the two ministries agreed)
_COUNTS = {"nhieu", "may"}
# the words after "có" that make it no "has": a count, "phải", "thể", "lẽ", "được", "không"
_NOT_HAS_AFTER = {"bao", "may", "khoang", "chung", "tren", "hon", "gan", "phai", "the", "le", "duoc", "khong", "nhung", "cac", "ai", "gi", "nao"}


def who_verb(toks: list[str]) -> list[str]:
    """English words read from a Vietnamese question: a noun reading right after "who" turned into
    the verb it is there ("who held meeting" -> "who organised meeting")."""
    out = list(toks)
    for k in range(1, len(out)):
        nxt = out[k + 1] if k + 1 < len(out) else ""
        if out[k - 1] == "who" and out[k] in _VERB_AFTER_WHO and nxt not in _HELD_STILL:
            out[k] = _VERB_AFTER_WHO[out[k]]
    return out


def classifier_bo(toks: list[str], words: list[str], i: int) -> bool:
    """Is the lower-case "bộ" at i a classifier: after a count asked, with a word after it it counts?"""
    if toks[i] != "bo" or not words[i][:1].islower() or i == 0 or i + 1 >= len(toks):
        return False
    prev = toks[i - 1]
    return prev.isdigit() or prev in _COUNTS and (prev != "nhieu" or i > 1 and toks[i - 2] == "bao")


def has_co(toks: list[str], words: list[str], i: int) -> list[str] | None:
    """["has"] for a lower-case "có" after the question's first word, followed by what it has, in a
    question that does not end as a yes/no one ("… không?", "… chưa?"); None otherwise."""
    if words[i] not in ("có", "co") or i == 0 or i + 1 >= len(toks):  # "cờ" (chess) is no "có"
        return None
    if toks[-1] in ("khong", "chua") or toks[i + 1] in _NOT_HAS_AFTER or toks[i - 1] in ("ai", "khong"):
        return None
    return ["has"]


def place_sense(toks: list[str], words: list[str], i: int) -> list[str] | None:
    """The English the word at i takes from its place ([] for a classifier "bộ"), or None."""
    return [] if classifier_bo(toks, words, i) else has_co(toks, words, i)
