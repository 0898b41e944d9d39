"""Russian set phrases whose words, read one by one, give nothing the articles write: "в том году"
is "that year" (never "in" and a transliterated "tom"), "на полях саммита" is "on the sidelines of
the summit" (never "polyakh"), "на самом деле" is "actually". Each is written out as a family (every
time word, every case the phrase takes), not as the forms one question used. Merged into
vocab_ru_reports' whole forms (keys folded on import: й -> и, ё -> е)."""

from __future__ import annotations

from knowledge.question.ru_set_names import RU_SET_NAMES

# "that" + a time word: the demonstrative in the cases "в"/"на"/"за"/"к" give it, each time word in
# the case the preposition asks for
_THAT_TIMES = {
    "year": ("в том году", "в тот год", "того года", "за тот год", "к тому году"),
    "day": ("в тот день", "того дня", "на тот день", "к тому дню"),
    "month": ("в том месяце", "в тот месяц", "того месяца"),
    "week": ("на той неделе", "той недели"),
    "time": ("в то время", "к тому времени", "в тот момент", "на тот момент"),
}
# the occasion a meeting was held beside: "на полях" (in the margins) and "в кулуарах" (in the lobbies)
# both say "on the sidelines", whatever follows ("саммита", "форума", "сессии")
_SIDELINES = ("на полях", "в кулуарах")

# "подводная лодка" (underwater boat) is one noun, a submarine: read word by word it gives "submarines
# boats", and the boats an article never writes beside its submarines weigh against the sentence
_SUBMARINE = ("подводная лодка", "подводной лодки", "подводную лодку", "подводной лодкой", "подводной лодке")
_SUBMARINES = ("подводные лодки", "подводных лодок", "подводным лодкам", "подводными лодками", "подводных лодках")

RU_PHRASE_FORMS: dict[str, str] = {
    **{f: "submarine" for f in _SUBMARINE}, **{f: "submarines" for f in _SUBMARINES},
    **{f: f"that {t}" for t, forms in _THAT_TIMES.items() for f in forms},
    # with "же" (the same): "в тот же день" is "the same day", as vocab_ru reads it
    **{f"{f.rsplit(' ', 1)[0]} же {f.rsplit(' ', 1)[1]}": f"same {t}" for t, forms in _THAT_TIMES.items()
       for f in forms if f.startswith(("в ", "на "))},
    **{f: "on the sidelines of" for f in _SIDELINES},
    **{f: "actually" for f in ("на самом деле", "в действительности", "фактически")},
    **RU_SET_NAMES,
}
