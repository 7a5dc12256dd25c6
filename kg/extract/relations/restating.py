"""A clause that restates its sentence's main event: "X flew jets to Y, the first time Z jets
have been stationed in the country" (one deployment told twice, dev gold one line a sentence)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations._base import _Sentence


def restated_event(ctx: _Sentence, verb: Token) -> Token | None:
    """The main verb whose event a relative clause on an ordinal "time" restates ("…, the first
    time American bombers have been stationed in the Nordic country"): the clause hangs on a
    noun of ``restating_nouns`` ranked by an ordinal, the noun itself on a verb of the same
    sentence (or on its purpose infinitive). None for any other clause ("It is the first time
    …" restates no verb of its own sentence, so its own words stand)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in ctx.rules.words["restating_nouns"] \
            or not any(c.dep_ == "amod" and c.lower_ in ctx.rules.words["ranking_ordinals"]
                       for c in noun.children) \
            or noun.dep_ not in ("npadvmod", "appos") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    main = noun.head
    while main.dep_ in ("xcomp", "advcl") and main.tag_ == "VB" and main.head.i != main.i:
        # "flown to Romania to help guard its airspace, the first time …": the parser may hang
        # the noun on the purpose infinitive; the event is the verb the purpose serves
        main = main.head
    return main
