"""Repairs of parses the small model gets wrong in the news' most common sentence shape.

'Gen. A, Việt Nam's Minister of X, hosted talks in P on D with B.': after a long appositive the
parser reads the finite verb as an adjective of its object ('hosted' amod of 'talks') and the whole
sentence as one noun phrase rooted at the name, so no clause has a subject, a verb or an object and
the event is lost. The tagger still calls the word a past-tense verb: when a sentence has no verb
at its root, and such a verb sits right after the comma that closes the subject's appositive,
heading the noun the parser hung on the subject as a second appositive, the verb becomes the root,
the name its subject and the noun its object (with the noun's phrases that are the clause's: where,
when, with whom)."""

from __future__ import annotations

_PAST = {"VBD", "VBN"}
# the noun's own phrases stay on it ('talks on trade', 'a ceremony of the Navy')
_OWN_PREPS = {"of", "on", "about", "between", "for"}


def _misread_verb(sent):
    """The past-tense verb the parser hung as an adjective after the subject's appositive, or None."""
    root = sent.root
    if root.pos_ not in ("PROPN", "NOUN") or root.i != sent.start + sum(1 for t in root.lefts):
        return None
    apps = [c for c in root.rights if c.dep_ == "appos"]
    if len(apps) < 2:
        return None
    obj = apps[-1]
    verb = next((c for c in obj.lefts if c.dep_ == "amod" and c.tag_ in _PAST and c.pos_ == "VERB"), None)
    if verb is None or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl", "relcl") for t in sent):
        return None
    return verb


def verb_after_appositive(doc):
    """spaCy component (last: it reads the parts of speech): 'A, title, hosted talks ... with B' gets its verb back."""
    for sent in list(doc.sents):
        verb = _misread_verb(sent)
        if verb is None:
            continue
        root, obj = sent.root, verb.head
        moved = [c for c in obj.rights if c.dep_ == "prep" and (c.lower_ not in _OWN_PREPS or any(
            g.ent_type_ == "DATE" for g in c.children))]
        comma = verb.doc[verb.i - 1]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        comma.head = root if comma.head is root else comma.head
        for p in moved:
            p.head = verb
        for t in sent:
            if t.dep_ == "punct" and t.head is root and t.i > obj.i:
                t.head = verb
    return doc
