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


# words of a time phrase set between a subject and its verb ('on Saturday', 'last Friday', 'earlier this week')
_TIME_WORDS = {"on", "last", "this", "earlier", "late", "early", "in", "the"}
# dependencies a verb heading its own clause has; a past verb under any other was misread as a word of a noun phrase
_CLAUSE_DEPS = {"ROOT", "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp", "csubj", "parataxis", "aux", "auxpass"}
_NOUN_DEPS = {"compound", "det", "amod", "poss", "nummod", "case", "punct"}


def _dated_misread_verb(sent):
    """(subject, verb, object) when a person's name, a time phrase and a past verb follow each other
    ('Lương Cường on Saturday hosted Alexander Gutsan') and the parser made the verb a word of the
    noun phrase after it (amod, pobj) and the name no verb's subject; else None."""
    for verb in sent:
        if verb.tag_ not in _PAST or verb.pos_ != "VERB" or verb.dep_ in _CLAUSE_DEPS or verb.i + 1 >= sent.end:
            continue
        k = verb.i - 1
        while k >= sent.start and (verb.doc[k].ent_type_ in ("DATE", "TIME") or verb.doc[k].lower_ in _TIME_WORDS):
            k -= 1
        subj = verb.doc[k] if k >= sent.start else None
        if subj is None or k == verb.i - 1 or not any(verb.doc[x].ent_type_ in ("DATE", "TIME") for x in range(k + 1, verb.i)):
            continue
        # a subject of a verb beyond this one is the parser skipping it ('A on D hosted B, who ..., was opened')
        if subj.ent_type_ != "PERSON" or subj.dep_ in ("nsubj", "nsubjpass") and subj.head.pos_ in ("VERB", "AUX") \
                and subj.head.i < verb.i:
            continue
        obj = verb.doc[verb.i + 1]
        while obj.dep_ in _NOUN_DEPS and obj.head.i > obj.i and obj.head.i < sent.end:
            obj = obj.head
        if obj.pos_ in ("PROPN", "NOUN"):
            return subj, verb, obj
    return None


def verb_after_time_phrase(doc):
    """spaCy component (after the parser): 'A on Saturday hosted B, ...' gets its verb back — the verb
    the root, the name its subject, the time phrase and the noun after the verb its own, and what was
    the root hung on the verb (the tree stays one tree: every chain now ends at the verb)."""
    for sent in list(doc.sents):
        found = _dated_misread_verb(sent)
        if found is None:
            continue
        subj, verb, obj = found
        root = sent.root
        time = [doc[x] for x in range(subj.i + 1, verb.i)]
        verb.head, verb.dep_ = verb, "ROOT"
        subj.head, subj.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        prep = None
        for t in time:
            if t.lower_ in ("on", "in") and prep is None:
                prep = t
                t.head, t.dep_ = verb, "prep"
            elif t.head.i <= subj.i or t.head.i >= verb.i or t.head is t:
                t.head, t.dep_ = (prep, "pobj") if prep is not None else (verb, "npadvmod")
        if root not in (verb, subj, obj):
            root.head, root.dep_ = verb, "dep"
    return doc


def _speaker_after_quote(sent):
    """(name root, title root or None) of 'QUOTE, A(, title,) told B ...' when the parser hung A on
    the quote's last noun and left the reporting verb (the root, its quote a ccomp before it) with
    no subject; else None."""
    verb = sent.root
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    if verb.i - 2 < sent.start or doc[verb.i - 1].text != ",":
        return None
    # the person whose name closes the stretch before the verb, or opens the appositive before it
    ents = [e for e in sent.ents if e.label_ == "PERSON" and e.end < verb.i and doc[e.start - 1].text == ","]
    if not ents:
        return None
    name = ents[-1]
    between = doc[name.end:verb.i - 1]
    if len(between) == 0:
        return name.root, None
    if between[0].text != "," or len(between) < 2 or len(between) > 14 \
            or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in between[1:]):
        return None
    title = next((t for t in between[1:] if t.head.i < between[1].i or t.head.i >= verb.i - 1 or t.head is t), None)
    return (name.root, title) if title is not None else None


def speaker_after_quote(doc):
    """spaCy component (after the parser): '"...", A, title, told B' gets its subject back — the
    name the subject of the reporting verb, its title the name's appositive."""
    for sent in list(doc.sents):
        found = _speaker_after_quote(sent)
        if found is None:
            continue
        name, title = found
        verb = sent.root
        name.head, name.dep_ = verb, "nsubj"
        if title is not None:
            title.head, title.dep_ = name, "appos"
    return doc
