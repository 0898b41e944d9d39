"""Find the actors a question names: by alias (exact, then rapidfuzz), by role or title, by country.

The index is built once when the engine opens the store: every alias folded with names.fold,
the short name of each person ("Trọng", "Lavrov"), every spelling the names lexicon knows for
the store's countries and places (Vietnamese and Russian forms included), and each actor's titles
reduced to (head, modifiers, nationality) so "the Russian foreign minister" or "the party chief"
can be compared with "Russian Minister of Foreign Affairs" or "Party General Secretary".

The package: index (ActorIndex, built once per engine), find (a question's mentions, step by step),
titled (a person by a title of a body), role_mentions (roles and titles in a question), roles (title
vocabulary, Role, fits), name_forms (Russian case forms, Vietnamese names in Russian), found (Mention,
Found).
"""

from knowledge.match.found import Found, Mention
from knowledge.match.index import ActorIndex
from knowledge.match.name_forms import normalise, ru_name_forms
from knowledge.match.roles import TITLE_WORDS, Role, canon_role, parse_title, role_fits

__all__ = ["ActorIndex", "Found", "Mention", "Role", "TITLE_WORDS", "canon_role", "normalise", "parse_title",
           "role_fits", "ru_name_forms"]
