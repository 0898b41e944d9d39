"""The other forms of a Russian verb stem that its vocabulary entry does not start: the present
tense of "-ова-" verbs and the passive participle ("выдели(ть)": "выделен(о)", "запусти(ть)":
"запущен(а)", "подписа(ть)": "подписан(ы)"). A question asks "когда был запущен спутник" as often
as "когда запустили спутник": both must read "launched" from the one stem the vocabulary holds."""

from __future__ import annotations

# the final consonant of an "-ить" verb's stem before the participle's "-ен-" ("пусти": "пущен",
# "плати": "плачен", "вооружи": "вооружен", "купи": "куплен"); a consonant not listed stays
_ALTERNATION = {"ст": ("щ",), "т": ("ч", "щ"), "д": ("ж", "жд"), "с": ("ш",), "з": ("ж",),
                "б": ("бл",), "п": ("пл",), "в": ("вл",), "м": ("мл",), "ф": ("фл",)}


def present_stems(stems: dict[str, list[str]]) -> dict[str, list[str]]:
    """The stems of a verb's other tenses, which its past or infinitive stem does not start: "-ова-"
    verbs take "-у-" in the present ("участвова(л)": "участву(ет)", "организу(ют)"), and a past stem in
    "-ил" loses its "л" in the present, future and infinitive ("стоил": "стои(т)", "увеличи(ть)")."""
    out: dict[str, list[str]] = {}
    for k, v in stems.items():
        if k.endswith(("ова", "ева")) and len(k) >= 7 and k[:-3] not in stems:  # "команду" is the team's
            out.setdefault(k[:-3] + "у", v)
        elif k.endswith("ил") and len(k) >= 5:
            out.setdefault(k[:-1], v)
    return {k: v for k, v in out.items() if k not in stems}


def participle_stems(stems: dict[str, list[str]]) -> dict[str, list[str]]:
    """The passive participle's stem of each verb stem in "-и" or "-а" (five letters or more, so
    that no noun's short stem grows one): "-и" verbs take "-ен" after their last consonant, changed
    as Russian changes it ("запусти": "запущен"), "-а"/"-ова" verbs take "-н" ("подписа": "подписан").
    Only stems no entry holds already (an entry's own sense wins)."""
    out: dict[str, list[str]] = {}
    for k, v in stems.items():
        if len(k) < 5:
            continue
        if k.endswith("и"):
            base = k[:-1]
            tail = next((t for t in ("ст", "т", "д", "с", "з", "б", "п", "в", "м", "ф") if base.endswith(t)), "")
            for alt in _ALTERNATION.get(tail, ("",)):
                out.setdefault(base[:len(base) - len(tail)] + (alt or tail) + "ен", v)
        elif k.endswith("а") and not k.endswith(("иа", "еа")):
            out.setdefault(k + "н", v)
    return {k: v for k, v in out.items() if k not in stems}
