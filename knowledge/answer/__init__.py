"""The answer engine: a question -> facts from the store -> an Answer with verbatim, cited quotes.

Reads the store read-only through a plain sqlite3 connection and never imports spaCy, so
opening is quick. At open it builds the actor index (aliases, titles, nationalities); each
question then costs a few indexed SQL queries. A question is answered only when facts satisfy
everything it names (every person, the place, the date, the topic); otherwise the engine says its
sources don't cover it and suggests questions it can answer, checked by asking them.

Retrieval is the backbone (knowledge.passages indexes every sentence with the actors it names or
refers to); the fact answerers keep the short structured line when their quote is one retrieval
also ranks best:
    intent        question -> plan: answer type (date, place, person, number, reason …), search terms, entity slots
    retrieve      plan -> candidate sentences: articles naming every asked entity, then BM25 over their words
    rank          candidates -> ranked sentences on explainable features
    checks        ranked sentences that bear out the date, city, people, speaker and act the question states
    rerank        the best 40 re-sorted by a small model fitted on the development sets (bench/fit_rerank.py)
    compose       ranked sentences -> a reply; the claim check before a fact answer's line is stated
    pipeline      chooses between the fact answer and the best sentence, or declines on evidence

The fact answerers, one module a stage:
    engine        Engine: open/close, ask/who/timeline/sources/paragraph; builds answers and declines
    plan          the question read against the store: topics, unknown words and people, person/place slots
    typos         a word no article writes that is a one-letter slip of one they do ("capcity")
    word_roles    which of those words only frame the question (a verb of wanting, an adverb) and weigh nothing
                  (english_lexicon: WordNet's word classes prepared from the spaCy model's files, stdlib only)
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
