"""Russian words for the state's bodies and their parts, places of worship and memory, and the verb
"to do": a reader writes "Управление … Минобороны", "в Храме литературы", "что Путин сделал", and
each, left untranslated, was a word no article has, which ends the question with a decline. The
bodies are written as whole families (every ministry Russian shortens to "мин-", every case of
"Военно-морской флот"), not as the words seen. Merged into vocab_ru's stems and whole forms under
its conventions: keys folded on import; a stem is read with no more than an ending after it."""

from __future__ import annotations

# the ministries Russian writes as one shortened word, in the cases a question puts them in
_MINISTRIES = {
    "минобороны": "defence ministry", "минфин": "finance ministry", "минздрав": "health ministry",
    "минкультуры": "culture ministry", "минэнерго": "energy ministry", "минтранс": "transport ministry",
    "минпромторг": "industry and trade ministry", "минэкономразвития": "economic development ministry",
    "минобрнауки": "education and science ministry", "минпросвещения": "education ministry",
    "минсельхоз": "agriculture ministry", "минюст": "justice ministry", "минприроды": "natural resources ministry",
    "минвостокразвития": "far east development ministry", "минцифры": "digital development ministry",
    "минтруд": "labour ministry", "минспорт": "sports ministry", "минстрой": "construction ministry",
}
_CASE_ENDINGS = ("", "а", "у", "ом", "е")  # "Минфин", "Минфина", "Минфину", "Минфином", "Минфине"

RU_BODIES_FORMS = {
    **{k + (e if not k.endswith(("ы", "о", "я", "и")) else ""): v for k, v in _MINISTRIES.items() for e in _CASE_ENDINGS},
    **{f"военно {m} {f}": "navy" for m, f in (("морской", "флот"), ("морского", "флота"), ("морскому", "флоту"),
                                              ("морским", "флотом"), ("морском", "флоте"))},
    **{f: "did" for f in ("сделал", "сделала", "сделали", "сделало", "делал", "делала", "делали")},
    **{f: "do" for f in ("сделать", "делать", "делает", "делают", "сделает", "сделают")},
}

# stems (4 letters or more, read with an ending after them)
RU_BODIES_STEMS = {
    "управлени": "department", "департамент": "department", "директорат": "directorate",
    "храм": "temple", "пагод": "pagoda", "собор": "cathedral", "церкв": "church", "монастыр": "monastery",
}
