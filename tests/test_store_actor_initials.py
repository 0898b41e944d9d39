"""One actor per person across articles: a name written with initials ('A.V. Konovalov') and the
same surname with a full given name ('Alexander Konovalov') are one person when that is safe for
namesakes. Names made up for this test."""

from __future__ import annotations

from knowledge import store
from knowledge.store_actors import actor_id


def _db(tmp_path):
    db = store.open_db(tmp_path / "s.db")
    store.ensure_schema(db)
    return db


def test_initials_and_the_full_name_are_one_person_whichever_comes_first(tmp_path):
    db = _db(tmp_path)
    first = actor_id(db, "P.S. Ostrovsky", "person")
    assert actor_id(db, "Pavel Ostrovsky", "person") == first
    assert actor_id(db, "P. Ostrovsky", "person") == first
    # the full name takes over the row, so answers name him as the articles do in full
    assert store._conn(db).execute("SELECT name FROM actors WHERE id = ?", [first]).fetchone()[0] == "Pavel Ostrovsky"
    full = actor_id(db, "Irina Belova", "person")
    assert actor_id(db, "I.V. Belova", "person") == full


def test_initials_that_fit_two_people_or_another_given_name_stay_apart(tmp_path):
    db = _db(tmp_path)
    pavel = actor_id(db, "Pavel Ostrovsky", "person")
    pyotr = actor_id(db, "Pyotr Ostrovsky", "person")
    assert pavel != pyotr
    assert actor_id(db, "P. Ostrovsky", "person") not in (pavel, pyotr)  # either could be meant
    lena = actor_id(db, "Elena Sorokina", "person")
    assert actor_id(db, "A.V. Sorokina", "person") != lena  # another initial
