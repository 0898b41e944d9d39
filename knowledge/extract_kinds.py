"""Event kinds: which word in a sentence reports a meeting, a visit, a call, a session or a
ceremony, and of what kind ('state visit', 'working session', 'welcome ceremony'). A word is a
trigger only in the frame that makes it one: 'held talks with', 'attended the ceremony',
'received X' — never 'visits' in the plural or a 'statement' that is not joint."""

from __future__ import annotations

from knowledge.extract_tree import carrier, guest_participle, person_after_place


_NOUNS = {"talks": "talks", "talk": "talks", "meeting": "meeting", "visit": "visit", "trip": "visit",
          "consultations": "talks", "consultation": "talks", "reception": "reception",
          "call": "phone call", "conversation": "phone call", "declaration": "joint declaration",
          "statement": "joint declaration"}
_VERBS = {"meet": "meeting", "visit": "visit", "receive": "reception", "talk": "talks",
          "phone": "phone call", "telephone": "phone call", "welcome": "reception", "host": "reception",
          "greet": "reception", "travel": "visit"}


# sessions and forums are events of the people who chair, attend or hold them
_SESSIONS = {"session": "session", "sessions": "session", "forum": "meeting", "dialogue": "meeting",
             "summit": "summit"}
# ceremonies are events of the people who attend them: 'attended the opening ceremony of the fair'
CEREMONIES = {"ceremony", "opening", "inauguration", "launch", "launching", "parade"}
_CEREMONY_VERBS = {"attend", "witness", "join", "grace", "watch"}
# attendance: one person is enough ('attended the summit', 'watched the parade')
ATTENDED = {"summit", "ceremony", "opening ceremony", "welcome ceremony", "parade", "opening", "launch"}
_SESSION_VERBS = {"chair", "co-chair", "co-chaired", "attend", "hold", "co-host", "host", "preside", "open",
                  "co-organise", "co-organize", "convene"}


# saying to someone: 'A told B during a phone call', 'assured B at the talks'
TELL_VERBS = {"tell", "assure", "inform", "brief", "thank", "congratulate", "urge", "ask", "invite", "remind"}


def _session_kind(t, low: str) -> str | None:
    c = carrier(t)
    if c.dep_ in ("dobj", "nsubjpass") and c.head.pos_ in ("VERB", "AUX") and (
            c.head.lemma_.lower() in _SESSION_VERBS or c.head.lower_ in _SESSION_VERBS):
        if t.tag_ == "NNS":
            return None
        return "working session" if low == "session" and any(c.lower_ == "working" for c in t.children) else _SESSIONS[low]
    if t.dep_ == "pobj" and t.head.lower_ in ("at", "during") and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                                     for c in t.children):
        return _SESSIONS[low]  # "At the session, ...": the one reported before
    if low == "session" and t.dep_ == "pobj" and t.head.lower_ in ("at", "during") and t.head.head.pos_ == "VERB" \
            and t.head.head.lemma_.lower() in TELL_VERBS:
        # 'A told B at a working session': the session where A and B met
        return "working session" if any(c.lower_ == "working" for c in t.children) else "session"
    if worked_with(t):
        return "working session"
    return None


def worked_with(t) -> bool:
    """'He gave the assurance during a working session with B', 'A and B reviewed X at a working
    session in Moscow': a working session of the one who acts there and whom it was with, or of the
    two the clause's subject joins."""
    v = t.head.head
    if t.lower_ != "session" or t.dep_ != "pobj" or t.head.lower_ not in ("at", "during") or v.pos_ != "VERB" \
            or not any(c.lower_ == "working" and c.dep_ in ("amod", "compound") for c in t.children):
        return False
    if v.dep_ == "ccomp" and any(c.dep_ == "nsubjpass" for c in v.children):
        v = v.head  # 'A and B reviewed how the deal is implemented at a working session'
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children) or any(
        c.dep_ == "conj" for s in v.children if s.dep_ == "nsubj" for c in s.children)


def chaired(t) -> bool:
    """'X co-chaired the sixth defence dialogue': a session, forum or dialogue someone co-chairs
    has two sides — an event of the co-chair even when the other is not named (one who opens or
    chairs a plenary session of his own body meets no one)."""
    return t.lower_ in _SESSIONS and t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.tag_ != "NNS" and (
        t.head.lemma_.lower() == "co-chair" or t.head.lower_.startswith(("co-chair", "cochair")))


def _ceremony_kind(t, low: str) -> str | None:
    """'attended the opening ceremony', 'watched the parade', 'A welcome ceremony was held for X'."""
    attended = t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _CEREMONY_VERBS
    held_for = t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in ("hold", "organise", "organize", "host") \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.head.children)
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod")}
    # 'held talks after an official welcome ceremony for the Russian guest': the guest's welcome
    welcomed = low == "ceremony" and "welcome" in mods and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
    # 'X presided over a ceremony at which ...': the one who presides is at it
    presided = t.dep_ == "pobj" and t.head.lower_ == "over" and t.head.head.lemma_.lower() == "preside"
    if not (attended or held_for or welcomed or presided):
        return None
    if low == "ceremony":
        return "opening ceremony" if "opening" in mods else "welcome ceremony" if "welcome" in mods else "ceremony"
    if low == "parade":
        return "parade"
    return "opening" if low in ("opening", "inauguration") else "launch"


def _noun_kind(t, low: str, lem: str) -> str | None:
    k = _NOUNS.get(low) or _NOUNS.get(lem)
    if k is None:
        return None
    mods = {c.text.lower() for c in t.children if c.dep_ in ("amod", "compound", "nmod")}
    if k == "phone call" and mods & {"courtesy", "farewell"}:
        return "courtesy call"  # 'paid a courtesy call on Prime Minister X', 'a farewell call on X'
    if low == "call" and ("port" in mods or any(c.dep_ == "prep" and c.lower_ == "at" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _CALLED_AT for o in c.children) for c in t.children)):
        return "visit"  # 'the task force wrapped up its call at the port of X', 'a port call'
    if k == "phone call" and not mods & {"phone", "telephone", "video"}:
        if low == "call" and t.head.lemma_ in ("hold", "have", "make"):
            return "phone call" if mods & {"phone", "telephone"} else None
        return None
    if k == "talks" and (mods & {"phone", "telephone"} or t.head.pos_ == "VERB" and by_phone(t.head)):
        return "phone call"  # 'phone talks', 'held talks by telephone with X'
    if k == "joint declaration" and "joint" not in mods:
        return None
    if k == "visit":
        for m in ("state", "official", "working"):
            if m in mods:
                return f"{m} visit"
        if low == "visits" or t.tag_ == "NNS":
            return None
    if k == "meeting" and t.tag_ == "NNS" and "separate" not in mods and carrier(t).i == t.i:
        # 'held separate meetings with A and B': one each (split later); 'held a series of meetings
        # with the authorities of X': the subject's meetings there, told as one
        return None
    return k


_PHONE_MEDIA = {"phone", "telephone", "videophone", "telephones"}
# verbs of talking that a 'by phone' makes a call: 'spoke by telephone with X'
PHONE_TALK_VERBS = {"speak", "talk", "converse", "chat", "confer"}


def by_phone(v) -> bool:
    """'... by phone', 'over the telephone', 'via telephone' on verb v."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _PHONE_MEDIA for o in c.children) for c in v.children)


# premises one calls at on a visit (not 'called at a meeting for ...')
_CALLED_AT = {"office", "offices", "headquarters", "plant", "factory", "embassy", "consulate", "centre", "center",
              "institute", "university", "port", "base", "site", "mission"}


# things one receives that are no guest: 'received a letter from X' is a message, not a reception
THINGS_RECEIVED = {"message", "telegram", "letter", "congratulation", "congratulations", "greeting", "greetings",
                   "condolence", "condolences", "cable", "gift", "award", "medal", "order", "prize", "invitation",
                   "certificate", "donation", "aid", "support", "batch", "shipment", "dose", "vaccine", "call", "visa"}


# the last word of an honour's proper name: 'the Labour Order', 'the Friendship Medal' (one merged token)
_HONOUR_HEADS = {"order", "medal", "prize", "award", "decoration", "badge"}


def honour_name(tok) -> bool:
    """A proper name of several words ending in an honour noun ('Friendship Order'): no guest."""
    words = tok.text.split()
    return len(words) > 1 and words[-1].lower() in _HONOUR_HEADS and words[0][:1].isupper()


def called_on_person(v) -> bool:
    """'X called on Prime Minister Y (in Hanoi on Monday)': a courtesy call on a named person — not
    'called on Y to end the war' (an appeal), 'called on Monday', 'called on businesses'."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
        return False
    ons = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME", "EVENT") and not any(
        d.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in d.children) for d in o.children) for o in ons)


# words that tell a pair's discussion happened at or through something the sentence names itself
# (a call, a letter, talks, a forum): those frames read it; a bare 'A and B discussed X' is a meeting
_DISCUSSED_THROUGH = {"phone", "telephone", "call", "conversation", "talks", "meeting", "videoconference",
                      "teleconference", "online", "virtual", "video", "letter", "message", "webinar",
                      "conference", "forum", "session", "summit", "sidelines", "email", "correspondence"}


def pair_discussed(t) -> bool:
    """'Mayor A and Consul General B discussed the prospects of ...': two named people who discussed
    something together met, though no meeting noun says so — only when the sentence names no
    call, letter or gathering the discussion went through (those frames read it)."""
    if t.lemma_.lower() != "discuss" or t.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "neg" for c in t.children) or any(w.lower_ in _DISCUSSED_THROUGH for w in t.sent):
        return False
    subj = [list(c.subtree) for c in t.children if c.dep_ == "nsubj"]
    return bool(subj) and any(w.dep_ == "cc" and w.lower_ == "and" for w in subj[0]) and len(
        {w.text for w in subj[0] if w.ent_type_ == "PERSON" and w.pos_ == "PROPN"}) >= 2


def _verb_kind(t, lem: str) -> str | None:
    if lem == "discuss":
        return "meeting" if pair_discussed(t) else None
    if lem == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
        return "talks"  # 'A sat down (for talks) with B'
    if lem == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and any(
                w.dep_ == "prep" and w.lower_ == "with" for w in o.children) for o in c.children) for c in t.children):
        return "talks"  # 'A sat down in X on D for a working session with B'
    if lem in PHONE_TALK_VERBS and by_phone(t):
        # 'A spoke by phone with B', 'A and B talked by telephone' (who called is not said)
        return "phone call"
    if lem == "call" and any(c.dep_ == "prep" and c.lower_ == "at" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _CALLED_AT for o in c.children) for c in t.children):
        return "visit"  # 'has called at the Moscow office of the company': a visit there
    if lem == "call" and called_on_person(t):
        return "courtesy call"  # 'Ambassador X called on Prime Minister Y'
    if lem in TELL_VERBS and any(c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ == "visiting" for m in c.children)
                                 for c in t.children):
        return "meeting"  # 'A told a visiting Russian minister, B, on Wednesday that ...': they met
    k = _VERBS.get(lem)
    if k == "reception" and lem == "receive" and any(c.dep_ == "dobj" and (c.lemma_.lower() in THINGS_RECEIVED or honour_name(c))
                                                     for c in t.children):
        return None  # 'received a letter of thanks from X', 'received the award', '... the Labour Order': no guest
    if k == "reception" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) and guest_participle(t) is None \
            and not (lem == "receive" and person_after_place(t)):
        return None
    if k == "reception" and lem in ("welcome", "greet") and t.tag_ == "VBG":
        return None  # 'Welcoming her, X said ...': how X spoke at the meeting reported
    if k == "talks" and not any(c.dep_ == "prep" and c.text.lower() == "with" for c in t.children) \
            and not any(c.dep_ == "cc" for s_ in [*t.head.children, *t.children] if s_.dep_ == "nsubj"
                        for c in s_.subtree):
        return None  # 'X talked about ...' (one side); 'A and B sat down to talk' has both
    return k


def kind_of(t) -> str | None:
    if t.pos_ not in ("NOUN", "PROPN", "VERB"):
        return None  # every kind below needs one of these (cheap test before the lemma)
    low = t.text.lower()
    lem = t.lemma_.lower()
    if t.pos_ in ("NOUN", "PROPN") and low in _SESSIONS:
        return _session_kind(t, low)
    if t.pos_ in ("NOUN", "PROPN") and low in CEREMONIES:
        return _ceremony_kind(t, low)
    if t.pos_ in ("NOUN", "PROPN"):
        return _noun_kind(t, low, lem)
    if t.pos_ == "VERB":
        return _verb_kind(t, lem)
    return None
