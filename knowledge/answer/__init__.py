"""The answer engine: a question -> facts from the store -> an Answer with verbatim, cited quotes.

Reads the store read-only through a plain sqlite3 connection and never imports spaCy, so
opening is quick. At open it builds the actor index (aliases, titles, nationalities); each
question then costs a few indexed SQL queries. A question is answered only when facts satisfy
everything it names (every person, the place, the date, the topic); otherwise the engine says its
sources don't cover it and suggests questions it can answer, checked by asking them.

The flow, one module a stage:
    engine        Engine: open/close, ask/who/timeline/sources/paragraph; builds answers and declines
    plan          the question read against the store: topics, unknown words and people, person/place slots
    route         which answerer a planned question goes to (or the decline that ends it early)
    event_answer  who met whom, when, where, on what occasion, did X visit Y  (event_match: which events fit)
    said          what X said (about Y)        agreements  what was agreed or signed
    relationship  what the relations are and since when
    profile       who X is                     suggest     questions to offer with a decline
Shared lookups: event_index (events and statements read at open), lookups (actors, places,
mentions), records (Ev, St), textmatch (folding and word tests on sentences).
"""

from knowledge.answer.engine import Engine

__all__ = ["Engine"]
