"""Is a city the question names the setting of a sentence that does not write it?

"When did the delegation fly home from Kazan?" is answered by "… the delegation flew home early on
October 25", a sentence of the article about the Kazan trip that names no city: the article has
set the scene and writes around it. A city the sentence does not name is only evidence against the
sentence when something else takes its place — another city in the sentence or its paragraph, or an
article whose events happen elsewhere ("what did X and Y discuss in Hanoi" where they met in
Moscow). So an asked city counts as the sentence's setting when

- the sentence writes it as "the <nationality> capital" ("his stay in the Russian capital"), or
- an event of the sentence's article is placed in it, or the article's first sentence (its lede,
  where the dateline and the scene are written: "Authorities in the province of Thái Bình have …")
  names it, and neither the sentence nor its paragraph names any other city or province.

The decision (pipeline.py) then does not count the sentence as away from that city. A city the
article only mentions (no event there) or one contradicted nearby stays away.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re, names

_CAPITAL = lazy_re.compile(r"\bthe (\w+) capital\b", re.I)


def is_setting(conn: sqlite3.Connection, cand, slot: set[int], kinds: dict[int, str]) -> bool:
    """Is the asked place (`slot`: its actor ids, all places) the setting of the candidate sentence?"""
    if not slot or any(kinds.get(a) != "place" for a in slot):
        return False
    ids = sorted(slot)
    marks = ",".join("?" * len(ids))
    asked = {r[0] for r in conn.execute(f"SELECT name FROM actors WHERE id IN ({marks})", ids)}
    if any(names.CAPITALS.get(names.country_of_demonym(m.group(1)) or "") in asked for m in _CAPITAL.finditer(cand.text)):
        return True
    others = conn.execute(
        "SELECT 1 FROM sentences s JOIN sentence_actors sa ON sa.sentence_id = s.id JOIN actors a ON a.id = sa.actor_id"
        f" WHERE s.source_id = ? AND s.paragraph = ? AND a.kind = 'place' AND a.id NOT IN ({marks}) LIMIT 1",
        [cand.source_id, cand.paragraph, *ids]).fetchone()
    if others or any(kinds.get(a) == "place" and a not in slot for a in cand.ties):
        return False
    if conn.execute(f"SELECT 1 FROM events WHERE source_id = ? AND place_id IN ({marks}) LIMIT 1",
                    [cand.source_id, *ids]).fetchone():
        return True
    return conn.execute("SELECT 1 FROM sentences s JOIN sentence_actors sa ON sa.sentence_id = s.id"
                        f" WHERE s.source_id = ? AND s.position = 0 AND sa.actor_id IN ({marks}) LIMIT 1",
                        [cand.source_id, *ids]).fetchone() is not None
