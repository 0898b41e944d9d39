"""Words spoken at a gathering, for extract_attended: who spoke, said, made the remarks, the proposal
or an announcement 'at' an event was at it — 'Speaking at the forum, X said', 'X announced the
figure at a press conference', 'X made the proposal at the congress'. Telling the press in a
report or a letter puts no one anywhere: only the verb's own 'at' phrase does."""

from __future__ import annotations

SPEAK = {"speak", "address"}  # 'Speaking at the event', 'Addressing the ceremony'
# 'made the remark / the point at a forum', 'delivered a speech at the ceremony': words spoken there
SPOKEN = {"remark", "remarks", "point", "comment", "comments", "speech", "address", "presentation", "statement",
          "proposal", "announcement", "pledge"}
# verbs of making something known, done at a gathering the speaker was at: 'announced the figure at
# a press conference', 'proposed ... at the congress'
ANNOUNCE = {"announce", "propose", "stress", "emphasise", "emphasize", "note", "reveal", "disclose", "declare",
            "state", "unveil", "pledge"}
# gatherings named only where someone spoke at them: 'made the remarks at the X exhibition', 'said
# at a meeting of trade ministers' (held by no one named, they are no event in their own right)
SPOKEN_AT = {"exhibition": "forum", "expo": "forum", "fair": "forum", "meeting": "meeting"}


def spoke(v) -> bool:
    """Did verb v's subject speak at the place its 'at' phrase names? ('spoke at', 'said at',
    'made the remark at', 'delivered a speech at', 'announced the figure at')."""
    lem = v.lemma_.lower()
    return lem in SPEAK or lem == "say" or lem in ANNOUNCE and v.pos_ == "VERB" or lem in ("make", "deliver", "give") \
        and any(c.dep_ == "dobj" and c.lower_ in SPOKEN for c in v.children)
