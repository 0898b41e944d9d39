"""Common Russian given names in their English news spellings.

The small model types some Russian names as a product or work of art ('hosted Valery Gulev' as
PRODUCT), which loses the guest of a reception. A name whose first word is one of these given
names is a person's, whatever the model typed it (the names are kept folded, lower case)."""

from __future__ import annotations

from knowledge import names

_MALE = """
aleksandr alexander aleksei alexei aleksey alexey anatoly anatoli andrei andrey anton arkady artem artyom
boris denis dmitry dmitri evgeny evgeni yevgeny fyodor gennady georgy grigory igor ilya ivan kirill
konstantin leonid maxim maksim mikhail nikita nikolai nikolay oleg pavel pyotr roman ruslan sergei
sergey stanislav stepan timur vadim valery valeri valentin vasily vasili viktor victor vitaly vitali
vladimir vladislav vyacheslav yaroslav yegor egor yury yuri
"""
_FEMALE = """
alla anastasia anna antonina daria darya ekaterina yekaterina elena yelena elvira evgenia galina inna
irina lyudmila ludmila larisa marina maria natalia natalya nadezhda oksana olga polina svetlana
tatiana tatyana valentina vera veronika yulia yuliya zoya
"""
RUSSIAN_GIVEN = frozenset(_MALE.split()) | frozenset(_FEMALE.split())


def russian_given(word: str) -> bool:
    """word is a Russian given name ('Valery', 'Yelena')."""
    return word.lower() in RUSSIAN_GIVEN


def russian_named(ent, words) -> bool:
    """A product, work of art, event, law or facility entity of two or three capitalised words
    (`words`, its punctuation left out) opened by a Russian given name and naming no place: a person."""
    return ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC") and not ent.ent_id_ \
        and len(words) in (2, 3) and russian_given(words[0].text) and all(t.is_title and t.is_alpha for t in words) \
        and not any(names.canonical_place(t.text) or names.canonical_country(t.text) for t in words[1:])
