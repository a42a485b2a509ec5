"""Company identity: canonical names from aliases, tickers, acronyms and legal suffixes.

Two layers:
- the curated alias table `data/companies.json` (what the world knows: "AWS" is Amazon,
  `<IBM>` is IBM), used by `canonical_company` and by the entity ruler of `timeline.nlp`;
- `resolve_companies(doc)`, what one article says: acronyms it defines ("the Competition and
  Markets Authority (CMA)"), short forms of names it already used ("Boeing Co" ... "Boeing"),
  tickers after a name ("Allegheny International Inc <AG>"), and the company in focus.

This module does not import spaCy: the `show` command imports it to resolve `--company`.
It works on a parsed Doc handed to it, touching only its public attributes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from timeline.models import Mention
from timeline.paths import load_data_json

if TYPE_CHECKING:  # only for annotations; spaCy is never imported here at run time
    from spacy.tokens import Doc, Span, Token

TABLE_FILE = "companies.json"
LABELS_FILE = "org_labels.json"

# Legal-form words dropped when comparing names; the last few are not legal forms but are
# dropped by the gold scorer as well ("Alibaba Group Holding" is Alibaba).
_LEGAL_WORDS = frozenset(
    "inc incorporated corp corporation co company cos ltd limited llc llp lp plc sa ag nv bv"
    " se gmbh spa srl sarl sas ab asa oyj kk pte pty bhd tbk group holdings holding"
    " the".split()
)
# cleanco's legal forms that also end real names or are common abbreviations ("Virgin
# Media UK", "Dell PC", "Kia EV"): these are never stripped from a displayed name.
_CLEANCO_DENY = frozenset(
    "uk at et eu ok ad ca ec ee ei ent ep gp pc pp ps pt sc sd sf sl sp ss ud xt private ba"
    " bl bm bt fa hb hf ij ik kb kd kf ky nl rt dd od og ou da eg ev mb kt ks cic cio cpt"
    " bv ltda vat".split()
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_TICKER_IN_ANGLES = re.compile(r"^<\s*([A-Z0-9][A-Z0-9.&-]{0,9})\s*>$")
_TICKER_SHAPE = re.compile(r"^[A-Z][A-Z0-9.&-]{0,9}$")
_POSSESSIVE = re.compile(r"(?:'s|'|\u2019s|\u2019)$")


@dataclass(frozen=True)
class AliasEntry:
    """One company of the alias table.

    `names` are written forms that denote the company itself (name, legal names, short
    forms, and units named after it such as "Amazon Web Services"); `former` are groups of
    names it traded under before (("Exxon", "Exxon Corp") for ExxonMobil), the first of each
    group being its canonical name in an article that uses only former names; `ambiguous`
    marks a name that is also an English word or
    a surname ("Target", "Ford"), which the ruler only accepts as a proper noun.
    """

    name: str
    names: tuple[str, ...]
    tickers: tuple[str, ...]
    former: tuple[tuple[str, ...], ...] = ()
    ambiguous: bool = False


@dataclass(frozen=True)
class _Table:
    entries: dict[str, AliasEntry]
    by_key: dict[str, str]  # normalised name -> canonical (a former name maps to itself)
    former_exact: dict[str, str]  # a former name as written (casefolded) -> its canonical
    by_ticker: dict[str, str | None]  # TICKER -> canonical, None when two companies share it
    successor: dict[str, str]  # former name -> current canonical name


@dataclass(frozen=True)
class CompanyReport:
    """What one article says about companies.

    - `mentions`: every company mention, in text order; `Mention.company` is canonical.
    - `focus`: the company the article is about (most mentions, those in the headline and
      first sentence counting more), or None; the event step resolves "the company",
      "the retailer", "it" to it.
    - `acronyms`: short forms the article writes in brackets after a name, mapped to the
      canonical name of the long form ("AWS" -> "Amazon", "(NYSE: BA)" gives "BA" ->
      "Boeing", "CMA" -> "Competition and Markets Authority"); includes government bodies.
    - `names`: for each canonical company, the distinct names the article uses for it, in
      order of first use (fit for an event's `aliases`).
    - `bodies`: mentions of government bodies and regulators (not companies), canonical
      name in `company`.
    - `outlets`: news outlets the article cites (never actors).
    """

    mentions: tuple[Mention, ...]
    focus: str | None
    acronyms: dict[str, str] = field(default_factory=dict)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    bodies: tuple[Mention, ...] = ()
    outlets: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- the table


def _load_json(name: str) -> Any:
    return load_data_json(name)


def name_key(name: str) -> str:
    """The comparison key of a company name: case, punctuation, "the" and legal words dropped.

    "Amazon.com, Inc." -> "amazoncom", "Sears, Roebuck and Co" -> "searsroebuck",
    "J.C. Penney" and "JC Penney" -> "jcpenney", "AT&T" -> "atandt".
    """
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = text.replace("&", " and ").replace("'s ", "s ").replace("'", "")
    words = re.sub(r"[^\w\s]", " ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_WORDS:
        words = words[:-1]
        if len(words) > 1 and words[-1] == "and":  # "& Co", "and Company"
            words = words[:-1]
    return "".join(words)


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = _load_json(TABLE_FILE)
    entries: dict[str, AliasEntry] = {}
    by_key: dict[str, str] = {}
    tickers: dict[str, set[str]] = defaultdict(set)
    successor: dict[str, str] = {}
    former_exact: dict[str, str] = {}
    for item in raw["companies"]:
        name = item["name"]
        names = tuple(dict.fromkeys([name, *item.get("aliases", ()), *item.get("units", ())]))
        former = tuple(tuple(g) for g in item.get("former", ()))
        entry = AliasEntry(name, names, tuple(item.get("tickers", ())), former,
                           bool(item.get("ambiguous", False)))
        entries[name] = entry
        for n in names:
            by_key.setdefault(name_key(n), name)
        for t in entry.tickers:
            tickers[t.upper()].add(name)
    # Former names second, so a current name always wins a key they share. The first
    # name of a group is the canonical of the others ("Exxon Corp" is Exxon).
    for entry in entries.values():
        for group in entry.former:
            for f in group:
                by_key.setdefault(name_key(f), group[0])
                # "Wal-Mart" has the key of "Walmart": as written, it is the former name.
                former_exact[" ".join(f.casefold().split())] = group[0]
            successor[group[0]] = entry.name
    by_ticker = {t: (next(iter(c)) if len(c) == 1 else None) for t, c in tickers.items()}
    return _Table(entries, by_key, former_exact, by_ticker, successor)


def alias_entries() -> tuple[AliasEntry, ...]:
    """All companies of the alias table, in file order (the entity ruler is built from it)."""
    return tuple(_table().entries.values())


def _lookup(name: str, tickers: bool = True) -> str | None:
    """The table's canonical name for a name or ticker, or None when it is not known.

    With `tickers` False a bare ticker is not looked up (`<IBM>` still is): in running
    text "CMB" may be anyone's acronym.
    """
    table = _table()
    text = " ".join(name.split())
    m = _TICKER_IN_ANGLES.match(text)
    if m:
        return table.by_ticker.get(m.group(1))
    written = " ".join(clean_name(text).casefold().split())
    hit = (table.former_exact.get(" ".join(text.casefold().split()))
           or table.former_exact.get(written) or table.by_key.get(name_key(text)))
    if hit:
        return hit
    # A bare ticker: upper case as written, or any case when it is long enough not to be
    # a word ("amzn"); short ones ("t", "s") only as written.
    up = text.upper()
    if tickers and _TICKER_SHAPE.match(up) and (text == up or len(text) >= 4):
        return table.by_ticker.get(up)
    return None


def clean_name(name: str) -> str:
    """A name with whitespace normalised, a leading "The" and trailing legal forms dropped.

    Casing is kept. A legal form is kept when dropping it would leave a dangling "and"
    ("Sears, Roebuck and Co" stays whole, as the scorer's own normalisation expects).
    """
    text = " ".join(name.translate(_APOSTROPHES).split()).strip(" ,;:")
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    m = re.search(r"\s*\(([^()]+)\)", text)
    if m and m.group(1).lower() not in _LEGAL_WORDS:
        # "Borg-Warner (Australia) Ltd": a table company's listed unit keeps its country,
        # or it would be taken for its parent
        outside = clean_name(text[:m.start()] + text[m.end():])
        if _lookup(outside, tickers=False):
            return f"{outside} ({m.group(1)})"
    base = text
    while True:
        cut = _strip_legal(base)
        if cut == base or not cut:
            break
        if re.search(r"(?:\band|&)$", cut, flags=re.IGNORECASE):
            break
        base = cut
    base = base.strip(" ,;:") or text
    # a founder's generation mark is no part of the company's short name
    # ("Wm. Wrigley Jr. Co" -> "Wm. Wrigley")
    base = re.sub(r"(?<=\w)\s+(?:Jr|Sr)\.?$", "", base)
    if base.count("(") > base.count(")"):
        # "Toshiba Information Systems (U.K." after its ") Ltd" went: the name before it
        base = base[:base.rindex("(")].strip(" ,;:") or base
    return base


@lru_cache(maxsize=1)
def _cleanco_terms() -> list[tuple[int, list[str]]]:
    from cleanco.clean import prepare_default_terms  # lazy: only names that need cleaning

    return [(size, parts) for size, parts in prepare_default_terms()
            if not (size == 1 and parts[0] in _CLEANCO_DENY)]


def _strip_legal(text: str) -> str:
    """Trailing legal forms removed by cleanco ("Samsung Electronics Co., Ltd.")."""
    from cleanco.clean import custom_basename

    if re.search(r"(?:&|\band)\s*(?:co|cos|company|companies)\.?$", text, re.IGNORECASE):
        return text  # "Smith & Co", "Sears, Roebuck and Co": the scorer keeps the "and"
    return custom_basename(text, _cleanco_terms()).strip(" ,;:")


def canonical_company(name: str) -> str:
    """The canonical name of a company from any of its names.

    Accepts aliases, legal names, units treated as the company, tickers (`AMZN`, `<IBM>`),
    in any case, with legal suffixes: "Amazon.com Inc." -> "Amazon", "aws" -> "Amazon",
    "AMZN" -> "Amazon", "Sears, Roebuck and Co" -> "Sears". A former name is its own
    canonical name ("Exxon Corp" -> "Exxon"). A name not in the table comes back cleaned
    (see `clean_name`) with its casing kept.
    """
    hit = _lookup(name)
    if hit:
        return hit
    m = _TICKER_IN_ANGLES.match(name.strip())
    if m:
        return m.group(1)
    return clean_name(name)


def known_aliases(canonical: str) -> list[str]:
    """Names and tickers the table lists for a canonical company ([] when unknown).

    For a current name this includes its former names; for a former name, the current
    name, so a query by either finds both.
    """
    table = _table()
    canon = canonical_company(canonical)
    entry = table.entries.get(canon)
    if entry:
        formers = [f for group in entry.former for f in group]
        return list(dict.fromkeys([*entry.names, *formers, *entry.tickers]))
    current = table.successor.get(canon)
    if current:
        entry = table.entries[current]
        group = next(g for g in entry.former if g[0] == canon)
        return list(dict.fromkeys([*group, entry.name]))
    return []


@lru_cache(maxsize=1)
def org_labels() -> dict[str, Any]:
    """The non-company organisation lists of `data/org_labels.json` (see its "about")."""
    return _load_json(LABELS_FILE)


@lru_cache(maxsize=8)
def _label_set(section: str) -> frozenset[str]:
    """One list of `data/org_labels.json` as a set."""
    return frozenset(org_labels()[section])


@lru_cache(maxsize=1)
def _label_keys() -> dict[str, str]:
    """name_key -> "NEWS_ORG" / "GOV_ORG" / "OTHER_ORG" for the listed organisations."""
    data = org_labels()
    keys: dict[str, str] = {}
    for section, label in (("news", "NEWS_ORG"), ("gov", "GOV_ORG"), ("other", "OTHER_ORG")):
        for name in data[section]:
            keys.setdefault(name_key(name), label)
    return keys


def org_kind(name: str) -> str | None:
    """NEWS_ORG, GOV_ORG or OTHER_ORG when `name` is a listed non-company, else None."""
    return _label_keys().get(name_key(name))


# ------------------------------------------------------------------- one parsed article


@dataclass
class _Cand:
    """A company mention being resolved."""

    start: int  # character offsets
    end: int
    text: str
    tok_start: int  # token offsets
    tok_end: int
    canonical: str | None = None
    known: bool = False  # from the table (ruler id or lookup)
    anchored: bool = False  # written next to a ticker or in newswire brackets: surely a company
    fixed: bool = False  # canonical set by a rule the short-form pass must not undo


def _cand(doc: Doc, start: int, end: int, **kw: Any) -> _Cand:
    span = doc[start:end]
    return _Cand(span.start_char, span.end_char, span.text, start, end, **kw)


_CONNECTORS = frozenset({"of", "and", "&", ",", "-", "/", "'s", "\u2019s", "."})
_TITLE_WORDS = frozenset(
    "Adviser Advisor Secretary Minister President Chairman Senator Governor Spokesman"
    " Spokeswoman Representative Ambassador Commissioner Director".split()
)
_LEFT_EXTENDABLE = frozenset({"", "GPE", "LOC", "NORP"})


def _is_ticker(text: str) -> bool:
    return bool(_TICKER_IN_ANGLES.match(text.replace(" ", "")))


def _bracketed(doc: Doc) -> list[_Cand]:
    """Newswire brackets: `<IBM>` is a ticker, `<Cinram Ltd>` an unlisted company's name."""
    found: list[_Cand] = []
    i = 0
    while i < len(doc):
        if doc[i].text != "<":
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i <= 10 and doc[j].text not in (">", "<") \
                and "\n" not in doc[j].text:
            j += 1
        if j >= len(doc) or doc[j].text != ">" or j == i + 1:
            i += 1
            continue
        inner = doc[i + 1:j]
        if len(inner) == 1 and _TICKER_SHAPE.match(inner.text):
            found.append(_cand(doc, i, j + 1, anchored=True))
        elif inner[0].text[:1].isupper() or inner[0].text[:1].isdigit():
            found.append(_cand(doc, i + 1, j, anchored=True))
        i = j + 1
    return found


_PAPER_WORDS = frozenset("securities shares stock notes bonds debentures warrants".split())


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of an ORG span without a leading "the" and a trailing possessive.

    A possessive that belongs to the name ("Moody's", "McDonald's") stays.
    """
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if end - start > 2 and doc[start].lower_ in _PAPER_WORDS and doc[start + 1].lower_ == "of":
        start += 2  # "the Securities of Hammer Technologies Inc": the issuer is the name
    if end > start and _lookup(doc[start:end].text, tickers=False):
        return start, end
    # "Japan's Mitsui Engineering": a place in the possessive is not part of the name.
    for i in range(start + 1, min(end - 1, start + 4)):
        if _POSSESSIVE.fullmatch(doc[i].text) and doc[start:i].text in _label_set("places_of"):
            start = i + 1
            break
    # "Royal Caribbean International's Sovereign": a name of two or more words owning a
    # thing (a ship, a product) is the name; one word before the possessive may be the
    # name's own ("Kohl's Department Stores", "Moody's Investors Service").
    for i in range(start + 2, end - 1):
        if doc[i].text in ("'s", "\u2019s") and not _has_legal_form(doc[i + 1:end].text):
            end = i
            break
    # (and table debris after a name: "National Bank +1.8")
    while end > start and (_POSSESSIVE.fullmatch(doc[end - 1].text) or doc[end - 1].is_punct
                           or not any(ch.isalpha() for ch in doc[end - 1].text)):
        end -= 1
    return (start, end) if end > start else None


def _extend_left(doc: Doc, start: int) -> int:
    """Take in capitalised proper nouns the NER left out ("Texas" of "Texas Commerce Bancshares").

    Company names often start with a place name, which the NER tags GPE and cuts off.
    """
    first = start
    while first > 0 and start - first < 3:
        tok = doc[first - 1]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in \
                _LEFT_EXTENDABLE or tok.text in _TITLE_WORDS:
            break
        first -= 1
    return first


def _proper_run(doc: Doc, end: int, stop: frozenset[str] = frozenset()) -> int:
    """The index after up to three capitalised proper nouns from `end`, each after a space,
    none a legal form or in `stop`: where a legal form would close a longer name."""
    j = end
    while j < len(doc) and j - end < 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
            and doc[j].text not in stop and doc[j].text not in _NAME_ENDING_FORMS \
            and doc[j - 1].whitespace_:
        j += 1
    return j


def _longer_name(doc: Doc, start: int, end: int) -> int | None:
    """The end of a longer, unknown name a table name begins: "Lear Siegler Inc" (proper
    nouns up to a legal form), which the table's "Lear" would otherwise claim."""
    j = _proper_run(doc, end, _label_set("designators"))
    if j == end or j >= len(doc) or doc[j].text not in _NAME_ENDING_FORMS:
        return None
    if _lookup(doc[start:j + 1].text, tickers=False) or _lookup(doc[start:j].text, tickers=False):
        return None
    return j + 1


_OUTLET_OWNER_WORDS = frozenset("Holdings Holding Group Media Company Co".split())


def _outlet_company_end(doc: Doc, end: int) -> int | None:
    """The end of a company name an outlet's name begins: "Reuters Holdings PLC" (proper
    nouns up to a legal form) or "Reuters PLC"; None for the outlet itself."""
    j = _proper_run(doc, end)
    if j < len(doc) and doc[j].text in _NAME_ENDING_FORMS and doc[j - 1].whitespace_:
        return j + 1
    return None


def _join_designated(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """"Grumman Aerospace Corp" tagged as "Grumman" (a table name) and "Aerospace Corp":
    a name that goes on with a designator word is one name, the table company's."""
    designators = _label_set("designators")
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and prev.tok_end == c.tok_start and prev.canonical \
                and doc[c.tok_start].text in designators and not _is_ticker(c.text) \
                and doc.text[prev.end:c.start] == " ":
            out[-1] = _Cand(prev.start, c.end, doc.text[prev.start:c.end], prev.tok_start,
                            c.tok_end, canonical=prev.canonical, known=prev.known,
                            anchored=prev.anchored)
            continue
        out.append(c)
    return out


def _glued_left(doc: Doc, start: int) -> int:
    """Take in the untagged start of a name written without spaces: "M/A-" of "M/A-Com Inc",
    which the NER tagged from "Com" on."""
    first = start
    while first > 0 and not doc[first - 1].whitespace_ and not doc[first - 1].ent_type_ \
            and doc[first - 1].text not in ("<", ">", "(", '"', "'", "\u201c") \
            and (doc[first - 1].text in ("-", "/", "&", ".") or doc[first - 1].text[:1].isupper()):
        first -= 1
    while first < start and not doc[first].text[:1].isalnum():
        first += 1  # never start on a hyphen or slash
    return first


def _org_keys(doc: Doc) -> set[str]:
    """The keys of the names the model tags ORG somewhere in the article."""
    return {_bare_key(e.text) for e in doc.ents if e.label_ == "ORG"}


def _person_words(doc: Doc, org_keys: set[str]) -> set[str]:
    """Words of person names; a one-word name the model tags ORG at least as often as
    PERSON, or writes after a company noun, is not one ("Quiz" said, "fashion chain Quiz");
    nor is a longer one tagged ORG elsewhere (`org_keys`)."""
    labels: Counter[tuple[str, str]] = Counter(
        (e.text, "ORG" if e.label_ == "PERSON" and _after_company_noun(doc, e.start)
         else e.label_) for e in doc.ents if len(e) == 1)
    words: set[str] = set()
    # ("Fluke" alone after "John Fluke Mfg Co Inc" is the company, however tagged)
    name_words = {t.text for e in _full_names(doc) for t in e[1:]}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or _ends_in_legal_form(ent) or (
                len(ent) > 1 and _bare_key(ent.text) in org_keys):
            continue  # ("Hapag Lloyd" tagged PERSON once and ORG elsewhere)
        if len(ent) == 1 and (labels[(ent.text, "ORG")] >= labels[(ent.text, "PERSON")]
                              or ent.text in name_words):
            continue
        words.add(ent.text)
        words.update(t.text for t in ent if t.is_alpha and t.text[:1].isupper()
                     and t.text not in name_words)
    # a company designator is nobody's name ("Resorts" of "Delta Hotels and Resorts")
    return words - _label_set("designators")


def _full_names(doc: Doc) -> list[Span]:
    """ORG entities written in full: three or more words ending in a legal form ("John
    Fluke Mfg Co Inc")."""
    return [e for e in doc.ents if e.label_ == "ORG" and len(e) > 2 and _ends_in_legal_form(e)]


def _bare_key(text: str) -> str:
    """A name's key without a possessive ending ("Duane Reade's" -> "duanereade")."""
    return name_key(_POSSESSIVE.sub("", text.rstrip()))


def _owner_names(doc: Doc, org_keys: set[str]) -> set[str]:
    """Names the model took for a place or a person that own what only a company owns
    somewhere in the article ("Getir's biggest shareholder", "Acme's food delivery
    business", "sovereign wealth fund Mubadala"), and capital acronyms it took for a
    person ("CSAV"): every mention of them is a company."""
    owned = _label_set("owned_nouns")
    places = _label_set("places_of")
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and _bare_key(ent.text) in org_keys:
            found.add(ent.text)  # "Hapag Lloyd" of "Hapag-Lloyd"
            continue
        if ent.label_ not in _MISLABELLED or ent.text in places or (
                ent.label_ == "PERSON" and len(ent) > 1):
            continue  # a full person name owns stakes and shares too
        root = ent.root
        if (root.dep_ == "poss" and root.head.text in owned and root.head.pos_ == "NOUN") \
                or (len(ent) == 1 and _after_company_noun(doc, ent.start)):
            found.add(ent.text)
        elif ent.label_ == "PERSON" and len(ent) == 1 and ent.text.isupper() \
                and ent.text.isalpha() and 2 <= len(ent.text) <= 6 \
                and ent.text not in _label_set("not_entities") \
                and not (ent.end < len(doc) and doc[ent.end].text in (":", "-", "--")):
            found.add(ent.text)  # "Chile-based CSAV has agreed": an acronym is no person
    return found


def _after_company_noun(doc: Doc, start: int) -> bool:
    """Whether a name is written right after a company noun ("courier firm DPD")."""
    return start > 0 and doc[start - 1].lower_ in _label_set("company_nouns") \
        and doc[start - 1].pos_ == "NOUN"


def _product_words(doc: Doc) -> set[str]:
    """Unknown ORG texts that somewhere in the article are told as a thing made.

    "737 MAX" or "MAX 737" names a product, and so does "the MAX" later in the text; so
    do "the HP LaserJet printer", "a plotter called the DraftPro" and "the Draftmaster
    costs 9,900 dlrs".
    """
    nouns = _label_set("product_nouns")
    # "the HP LaserJet Series II printer": the names after the maker's name the model
    model_words = {t.text for t in doc if t.i > 0 and t.pos_ == doc[t.i - 1].pos_ == "PROPN"
                   and (above := _product_noun_above(t, nouns)) is not None
                   and above == _product_noun_above(doc[t.i - 1], nouns)}
    out = set()
    for ent in doc.ents:
        if ent.label_ == "ORG" and not ent.ent_id_ and (
                _looks_like_product(doc, ent.start, ent.end) or _told_as_product(ent.root)
                or ent[0].text in model_words
                or (ent[0].lower_ == "the" and len(ent) > 1 and ent[1].text in model_words)):
            out.add(ent.text)
            out.add(ent.text.removeprefix("the ").removeprefix("The "))
    return out


def _product_noun_above(tok: Token, nouns: frozenset[str] | set[str]) -> int | None:
    """The index of the product noun a chain of proper-noun compounds modifies."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "NOUN":
            return tok.i if tok.lemma_.lower() in nouns else None
    return None


def _told_as_product(root: Token) -> bool:
    """Whether a name's use shows a product: it is priced, is called so, or stands in
    apposition with a product noun."""
    nouns = _label_set("product_nouns")
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in ("cost", "retail"):
        return True
    if root.dep_ == "nsubjpass" and head.lemma_ == "price":
        return True
    if root.dep_ == "oprd" and head.lemma_ in ("call", "name", "dub") and (
            head.head.lemma_.lower() in nouns):
        return True
    return _in_apposition_with_product(root)


def _looks_like_product(doc: Doc, start: int, end: int) -> bool:
    near = []
    if start > 0:
        near.append(doc[start - 1])
    if end < len(doc):
        near.append(doc[end])
    return any(t.like_num or (any(c.isdigit() for c in t.text) and not t.is_alpha
                              and not t.is_punct and t.text[:1] != "$")
               for t in near if t.text not in ("<", ">"))


def _names_a_unit(doc: Doc, end: int) -> bool:
    """Whether a name is one of a list that a unit noun closes ("the Industrial
    Technology and Aftermarket divisions")."""
    units = _label_set("unit_nouns")
    i = end
    while i < len(doc) and (doc[i].text in (",", "and", "&") or doc[i].text[:1].isupper()):
        i += 1
    if i >= len(doc):
        return False
    return doc[i].lower_ in units or (
        i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in units)


def _not_a_company(doc: Doc, start: int, end: int, persons: set[str],
                   products: set[str]) -> bool:
    """The checks that turn an unknown ORG span away (the table's names skip them)."""
    span = doc[start:end]
    text = span.text
    drop = _label_set("not_entities")
    if text in drop or text.title() in drop or org_kind(text):
        return True
    if not any(c.isalpha() for c in text) or text.islower() or len(text) < 2:
        return True
    if "<" in text or ">" in text:
        return True  # newswire bracket debris: "AMR>-ACI" of "<AMR>-ACI <ACF>"
    words = [w.lower().strip(".,") for w in text.split()]
    if all(w in _label_set("job_words") for w in words):
        return True
    if all(w in _LEGAL_WORDS or w in _label_set("generic_firsts") or w in ("and", "&")
           for w in words):
        return True  # "NV" of "Unilever Plc and NV group", "Cie" of "Cie du Midi"
    if any(t.text in _TITLE_WORDS for t in span):  # "National Security Adviser Brent Scowcroft"
        return True
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in _TITLE_WORDS:
        return True  # "Secretary of State for Trade and Industry Paul Channon": a post
    if text in persons or text in products:  # "Wang" of "Wang Minjie"; "MAX" of "737 MAX"
        return True
    last = span[-1]
    if last.is_alpha and last.text[:1].islower() and last.lower_ not in _CONNECTORS:
        return True  # "Democratic party"
    if "/" in text and clean_name(text) == text:
        return True  # "Aug/Sept", "Dlrs/Bu"
    if span[0].text in ("U.S.", "US", "U.K.", "UK", "EU") and not _has_legal_form(text):
        return True  # "U.S. Exporters", "U.S. Securities": wire-story nouns, not names
    if _names_a_unit(doc, end) and not _has_legal_form(text):
        return True  # "the Chassis Solutions and Aftermarket divisions": parts of a company
    if start >= 2 and doc[start - 1].text in ("'s", "\u2019s") and span[-1].lower_ in \
            _label_set("unit_nouns") and not _has_legal_form(text):
        return True  # "Microsoft's Business Division": a part of the owner named before
    root = span.root
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who" \
            and not _has_legal_form(text):
        return True  # "K.C. Crosthwaite, who previously served as ...": a person
    if root.dep_ == "appos" and root.head.lower_ in _label_set("job_words") \
            and not _has_legal_form(text):
        return True  # "its president, J.R.Moman, resigned": the person holding the job
    if end < len(doc) and doc[end].lower_ in _label_set("not_company_heads") \
            and not _has_legal_form(text):
        return True  # "the Solidaires Informatique union", "the Teamsters union"
    if len(span) == 1:
        if any(c.isdigit() for c in text):
            return True  # "BAA-3", "X-1986"
        if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].text == "the":
            return True  # "the House", "the State": a common noun used as a name
    return False


def _in_apposition_with_product(root: Token) -> bool:
    """Whether a name and a product noun stand in apposition, either way round ("the
    ScanJet, a desktop device"; "its new phone, the Pixel")."""
    nouns = _label_set("product_nouns")
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
               for c in root.children)


def _join_split_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """A name and the capitalised words after it that together are a company the article
    names in full: "BTR Nylex" after "BTR Nylex Ltd", which the table's "BTR" would
    otherwise take (the words after it a name of their own, or nothing)."""
    full = {c.canonical for c in cands if c.canonical and " " in c.canonical}
    out: list[_Cand] = []
    skip_to = -1
    for c in cands:
        if c.tok_start < skip_to:
            continue
        j = c.tok_end
        joined = None
        while j < len(doc) and j - c.tok_end < 3 and doc[j].pos_ == "PROPN" \
                and doc[j].text[:1].isupper() and doc[j - 1].whitespace_:
            j += 1
            name = clean_name(doc[c.tok_start:j].text)
            if c.canonical and name in full and name != c.canonical:
                joined = (j, name)
        if joined is not None:
            end, name = joined
            span = doc[c.tok_start:end]
            out.append(_Cand(span.start_char, span.end_char, span.text, c.tok_start, end,
                             canonical=name, fixed=True))
            skip_to = end
            continue
        out.append(c)
    return out


def _exchange_as_venue(doc: Doc, c: _Cand) -> bool:
    """An exchange operator named as the market a share trades on ("listed on Nasdaq",
    "(NYSE: VZ)", "Nasdaq-listed"): a place, not the company acting."""
    if c.canonical not in _label_set("exchanges"):
        return False
    i = c.tok_start - 1
    while i >= 0 and doc[i].lower_ == "the":
        i -= 1
    after = doc[c.tok_end].text if c.tok_end < len(doc) else ""
    return (i >= 0 and doc[i].lower_ in ("on", "onto")) or after in (":", "-")


def _split_conjoined(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Acme Corp and Zenith Widget Inc" into its two names.

    Only when the left part ends in a legal form or one part is in the alias table, so
    "Procter and Gamble", "Owens and Minor Inc" or "Marks and Spencer" stay whole.
    """
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in ("and", "&"):
            continue
        left, right = doc[start:i].text, doc[i + 1:end].text
        if _lookup(doc[start:end].text, tickers=False):
            break
        if clean_name(left) != left or _lookup(left, False) or _lookup(right, False) or (
                _named_with_form(doc.text, left) and _named_with_form(doc.text, right)):
            return [(start, i), (i + 1, end)]
    return [(start, end)]


def _named_with_form(text: str, name: str) -> bool:
    """Whether the article writes `name` with a legal form somewhere ("Worldgroup Cos
    Inc", "IT Financial Corp"): then "Worldgroup and IT Financial" are two companies."""
    forms = "|".join(re.escape(f) for f in sorted(_NAME_ENDING_FORMS | {"Cos", "Co"}))
    return bool(re.search(rf"\b{re.escape(name)}\s+(?:{forms})(?!\w)", text))


def _acronym_after(doc: Doc, end: int) -> tuple[str, int, int] | None:
    """An upper-case short form in brackets right after token `end` ("(AWS)", "(NYSE: BA)").

    Up to two capitalised words may sit between the name and the bracket ("Amazon Web
    (AWS)"). Returns the short form and its token bounds.
    """
    i = end
    if i < len(doc) and doc[i].text == ">":
        i += 1  # "<Borg-Warner (Australia) Ltd> (BWA)": past the wire's closing bracket
    skipped = 0
    while i < len(doc) and skipped < 2 and doc[i].text[:1].isupper() and doc[i].is_alpha:
        i += 1
        skipped += 1
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    # "(NYSE: BA)", "(Nasdaq:AMZN)": an exchange prefix before the ticker.
    if j + 2 < len(doc) and doc[j + 1].text == ":" and doc[j].text.isalpha():
        j += 2
    tok = doc[j]
    if j + 1 < len(doc) and doc[j + 1].text == ")" and 2 <= len(tok.text) <= 8 \
            and tok.text.upper() == tok.text and any(c.isalpha() for c in tok.text):
        return tok.text, j, j + 1
    return None


def _tokens_lower(name: str) -> list[str]:
    return [w for w in re.sub(r"[^\w&\s]", " ", name.translate(_APOSTROPHES).lower()).split()
            if w not in _LEGAL_WORDS]


def _initials(name: str) -> str:
    return "".join(w[0] for w in _tokens_lower(name)
                   if w not in ("and", "of", "&", "the", "for", "de", "du", "des", "la", "le",
                                "der", "di", "del", "y"))


# Entity labels the small model gives to company names it does not know.
_MISLABELLED = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC", "NORP"})
# Legal forms that end a company name whatever label the model gave it.
_NAME_ENDING_FORMS = frozenset(
    "Inc Inc. Incorporated Corp Corp. Corporation Co Co. Ltd Ltd. Limited LLC plc PLC AG SA"
    " NV Holdings".split()
)


def _ends_in_legal_form(ent: Span) -> bool:
    """A multi-word capitalised name ending in a legal form ("Globex Corporation")."""
    return (len(ent) > 1 and ent[-1].text in _NAME_ENDING_FORMS
            and ent[0].text[:1].isupper() and ent[0].pos_ == "PROPN")


def _has_legal_form(text: str) -> bool:
    return clean_name(text) != " ".join(text.split()).strip(" ,;:")


def resolve_companies(doc: Doc) -> CompanyReport:
    """Every company mention of a parsed article, with canonical names and the focus.

    Reads ORG entities (with `ent_id_` when the entity ruler of `timeline.nlp` set it),
    newswire brackets (`<IBM>`, `<Cinram Ltd>`) and the name before a ticker, acronyms
    defined in brackets, and GOV_ORG / NEWS_ORG entities. Resolution order for a mention:
    ruler id; an acronym the article defined; the alias table; a longer name of the same
    article it is a short form of ("Kohl's" after "Kohl's Department Stores", "Allegheny"
    after "Allegheny International Inc"); else its cleaned text. A former name ("Exxon")
    folds into the current one when the article also uses that. Possessives are not part
    of a mention ("Google's YouTube division" gives Google and YouTube). Unknown names in
    an all-caps headline count only when the body uses them too.
    """
    org_keys = _org_keys(doc)
    owners = _owner_names(doc, org_keys)
    persons = _person_words(doc, org_keys) - owners
    # Names tagged places at least as often as organisations, unless a word of a longer
    # company name of the article ("Fluke" of "John Fluke Mfg Co Inc", tagged ORG once and
    # a place once, stays a company; "Kimberley" does not).
    kinds = Counter((e.text, e.label_ in ("GPE", "LOC")) for e in doc.ents
                    if e.label_ in ("GPE", "LOC", "ORG"))
    name_words = {t.text for e in _full_names(doc) for t in e}
    places_here = {t for (t, place), n in kinds.items()
                   if place and n >= kinds[(t, False)] and t not in name_words}
    products = _product_words(doc)
    # (a designator after "&"/"and" goes on a name; "Group" starts a new one)
    designators = _label_set("designators") - {"Group"}
    cands = _bracketed(doc)
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    bodies: list[_Cand] = []
    outlets: list[str] = []
    acronyms: dict[str, str] = {}
    gov_acronyms: set[str] = set()

    # An outlet's name going on to a legal form is a company ("Fortune Brands Inc"); when
    # that company is the outlet's own ("Reuters Holdings PLC"), the article's other
    # uses of the outlet name are the company too.
    owned = {ent.text for ent in doc.ents if ent.label_ == "NEWS_ORG"
             for end in [_outlet_company_end(doc, ent.end)]
             if end and {t.text for t in doc[ent.end:end - 1]} <= _OUTLET_OWNER_WORDS}
    for ent in doc.ents:
        label = ent.label_
        if label == "NEWS_ORG":
            end = _outlet_company_end(doc, ent.end)
            if (end or ent.text in owned) and not any(
                    i in taken for i in range(ent.start, ent.end)):
                cands.append(_cand(doc, ent.start, end or ent.end))
                continue
            outlets.append(canonical_company(ent.text))
            continue
        if label in _MISLABELLED and (_ends_in_legal_form(ent) or ent.text in owners):
            label = "ORG"  # "Globex Corporation", "fashion chain Quiz" tagged PERSON
        if label not in ("ORG", "GOV_ORG") or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if ent.ent_id_:
            longer = _longer_name(doc, ent.start, ent.end)
            if longer is not None:
                cands.append(_cand(doc, ent.start, longer))  # "Lear Siegler Inc" is no Lear
            elif not _after_given_name(doc, ent.start, ent.end):
                cands.append(_cand(doc, ent.start, ent.end, canonical=ent.ent_id_, known=True))
            continue
        bounds = _trim(doc, ent.start, ent.end)
        if bounds is None:
            continue
        start, end = bounds
        if end < len(doc) and doc[end - 1].text in ("&", "and") and doc[end].text in designators:
            end += 1  # "Starwood Hotels & Resorts" tagged up to the "&": one name
        while end + 1 < len(doc) and doc[end].text in ("&", "and") \
                and doc[end + 1].text in designators:
            end += 2  # "Delta Hotels and Resorts"
        if label == "GOV_ORG":
            body = _cand(doc, start, end)
            body.canonical = clean_name(body.text)
            bodies.append(body)
            found = _acronym_after(doc, end)
            if found:
                acronyms[found[0]] = body.canonical
                gov_acronyms.add(found[0])
            continue
        text = doc[start:end].text
        if "\n" in text:
            # NER spans that run across lines are headline debris; keep only known names.
            for i in range(start, end):
                if "\n" in doc[i].text:
                    for s, e in ((start, i), (i + 1, end)):
                        if e > s and _lookup(doc[s:e].text, tickers=False):
                            cands.append(_cand(doc, s, e))
            continue
        start = _glued_left(doc, _extend_left(doc, start))
        while end - start > 1 and doc[end - 1].text in persons and not _lookup(text) \
                and doc[end - 2].whitespace_:
            end -= 1  # "CEO of American Doug Parker": the person named after the company
            # (not "Lloyd" of "Hapag-Lloyd")
        for s, e in _split_conjoined(doc, start, end):
            t = doc[s:e].text
            if org_kind(t) == "GOV_ORG":
                bodies.append(_cand(doc, s, e, canonical=clean_name(t)))
                continue
            if _lookup(t, tickers=False) or not (
                    _not_a_company(doc, s, e, persons, products)
                    or (t in places_here and t not in owners and not _has_legal_form(t)
                        and not t.isupper())):
                cands.append(_cand(doc, s, e))  # (a name tagged a place elsewhere is one)

    cands = _join_designated(doc, cands)
    cands = _names_before_tickers(doc, cands)
    cands = _headline_names(doc, cands)
    cands = [c for c in cands if c.text not in gov_acronyms]
    cands.extend(_short_forms_outside_orgs(doc, cands))
    cands.extend(_list_members(doc, cands))
    cands.sort(key=lambda c: c.start)
    tickers = [c for c in cands if _is_ticker(c.text)]
    names_ = [c for c in cands if not _is_ticker(c.text)]

    # Short forms defined in brackets after a name: "Amazon Web Services (AWS)".
    long_of: dict[str, _Cand] = {}
    for c in names_:
        found = _acronym_after(doc, c.tok_end)
        if found:
            long_of.setdefault(found[0], c)
    # The defined short form wherever the tagger missed it ("(BWA)", "BWA advised").
    taken_now = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    taken_now |= {i for b in bodies for i in range(b.tok_start, b.tok_end)}
    for tok in doc:
        if tok.text in long_of and tok.i not in taken_now and tok.text not in gov_acronyms:
            extra = _cand(doc, tok.i, tok.i + 1)
            names_.append(extra)
            cands.append(extra)
    # A short form the article defines for a company is that company, even where the
    # ruler took it for a regulator ("Fiat Chrysler Automobiles (FCA)").
    for b in list(bodies):
        if b.text in long_of and b.text not in gov_acronyms:
            bodies.remove(b)
            b.canonical = None
            names_.append(b)
            cands.append(b)
    for c in names_:
        if c.canonical is None and c.text not in long_of:
            hit = _lookup(c.text, tickers=False)
            longer = {d.canonical for d in names_ if d.canonical and d.known
                      and d.text.startswith(c.text + " ")}
            if len(longer) == 1 and hit not in longer and not any(
                    d.canonical == hit and d.text != c.text for d in names_):
                # "Mitsubishi" in an article about "Mitsubishi Motors" is that company,
                # not the table's other Mitsubishi the article never names in full.
                hit = longer.pop()
            if hit:
                c.canonical, c.known = hit, True
    _place_units(doc, names_)
    _resolve_short_forms([c for c in names_ if c.text not in long_of or c.known])
    for c in names_:
        if c.canonical is None and c.text in long_of:
            c.canonical = long_of[c.text].canonical
            c.known = long_of[c.text].known
    for short, c in long_of.items():
        if c.canonical:
            acronyms.setdefault(short, c.canonical)
    _resolve_tickers(tickers, names_)
    _fold_former_names(cands)
    cands = sorted((c for c in cands if not _stray_acronym(c, acronyms, doc.text)
                    and not _exchange_as_venue(doc, c)), key=lambda c: c.start)
    cands = _join_split_names(doc, cands)
    mentions = tuple(Mention(c.start, c.end, c.text, c.canonical) for c in cands if c.canonical)
    names: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        surface = m.text if _is_ticker(m.text) else clean_name(m.text)
        if surface not in names[m.company]:
            names[m.company].append(surface)
    return CompanyReport(
        mentions=mentions,
        focus=_focus(doc, mentions),
        acronyms=acronyms,
        names={k: tuple(v) for k, v in names.items()},
        bodies=tuple(Mention(b.start, b.end, b.text, b.canonical or b.text) for b in bodies),
        outlets=tuple(dict.fromkeys(outlets)),
    )


def _stray_acronym(c: _Cand, acronyms: dict[str, str], text_of_doc: str) -> bool:
    """A short all-caps word no one defined and no name explains ("CWT", "III") is noise,
    unless the article keeps using it as a name ("GKN" twice)."""
    text = c.text
    return (not c.known and not c.anchored and text == c.canonical and text.isupper()
            and " " not in text and len(text) <= 4 and text not in acronyms
            and len(re.findall(rf"(?<![\w-]){re.escape(text)}(?![\w-])", text_of_doc)) < 2)


def _names_before_tickers(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """The company name written right before a newswire ticker ("Zenith Widget Corp <ZWC>").

    On the wire the words before `<TICKER>` are the company's name, whatever the NER made
    of them (it often calls an all-caps headline name a person, or cuts "Owens and Minor
    Inc" in two). Capitalised words are taken back to the sentence start or the first
    lower-case word; "of", "and", "&" and commas only between capitalised words ("Bank of
    Boston Corp", "Sears, Roebuck and Co"). Mentions inside that stretch give way to it.
    """
    out = list(cands)
    text = doc.text
    body_names = [_tokens_lower(c.text) for c in cands
                  if not _is_ticker(c.text) and not _in_caps_line(text, c.start)]
    for c in cands:
        if not _is_ticker(c.text) or c.tok_start == 0:
            continue
        if any(o.known and o.tok_end == c.tok_start for o in out):
            continue  # "IBM <IBM>": the table already names it
        i = c.tok_start - 1
        first = c.tok_start
        while i >= 0 and doc[i].text.strip():
            tok = doc[i]
            glued = i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_
            if _POSSESSIVE.fullmatch(tok.text) and i < c.tok_start - 1:
                break  # "Japan's Mitsui Engineering ... <MSET.T>"
            if "<" in tok.text or ">" in tok.text:
                break  # another ticker: "<AMR>-ACI <ACF>"
            if tok.text == ")" and i >= 3 and doc[i - 2].text == "(" \
                    and doc[i - 1].text[:1].isupper() and doc[i - 3].text[:1].isupper():
                i -= 3  # "Cheung Kong (Holdings) Ltd <CKGH.HK>": a bracketed word inside
                continue
            if tok.text[:1].isupper() or (tok.text[:1].isdigit() and tok.text[-1:].isupper()):
                first = i
            elif not (tok.text in _CONNECTORS and i > 0 and doc[i - 1].text[:1].isupper()
                      and (glued or tok.text not in ("-", ".", "/"))):
                break
            if tok.is_sent_start:
                break
            i -= 1
        if c.tok_start - first > 2 and doc[first].lower_ in _PAPER_WORDS \
                and doc[first + 1].lower_ == "of":
            first += 2  # "the Securities of Hammer Technologies Inc <HAMM>"
        if first >= c.tok_start:
            continue
        last = c.tok_start
        while last > first and (_POSSESSIVE.fullmatch(doc[last - 1].text)
                                or doc[last - 1].text in (",", "-", "&")):
            last -= 1  # "Merrill Lynch ... Inc's <MER> unit"
        if _in_caps_line(text, doc[first].idx):
            first = _backed_suffix(doc, first, last, body_names)
            if first is None:
                continue
        span = doc[first:last]
        if org_kind(span.text) or span.text in _label_set("not_entities"):
            continue
        inside = [o for o in out if o is not c and first <= o.tok_start and o.tok_end <= last]
        across = [o for o in out if o.tok_start < first < o.tok_end]
        if any(o.known for o in across):
            continue  # a known name runs across the start: keep it
        out = [o for o in out if o not in inside and o not in across]
        out.append(_cand(doc, first, last, anchored=True))
    return out


def _in_caps_line(text: str, offset: int) -> bool:
    """Whether the line holding `offset` is an all-caps headline."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    letters = [ch for ch in text[start:end if end >= 0 else len(text)] if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _backed_suffix(doc: Doc, first: int, last: int, body_names: list[list[str]]) -> int | None:
    """Where a company name starts in an all-caps headline stretch before a ticker.

    "SOSNOFF STARTS BID FOR CAESARS WORLD <CAW>": the longest run of last words that the
    body or the table uses as a name ("CAESARS WORLD"); failing that, the whole stretch
    when it starts the line (up to six words), else the words after the last stop word
    other than "and" / "of", when at most four.
    """
    for s in range(first, last):
        words = _tokens_lower(doc[s:last].text)
        if not words:
            continue
        if _lookup(doc[s:last].text, tickers=False) or any(
                bw[:len(words)] == words for bw in body_names):
            return s
    line_start = first == 0 or "\n" in doc[first - 1].text
    if line_start and last - first <= 6:
        return first  # "ESQUIRE RADIO AND ELECTRONICS INC <EE>": the wire's usual headline
    s = last
    while s > first and doc[s - 1].text not in ("-", ":", "/") and (
            not doc[s - 1].is_stop or doc[s - 1].lower_ in ("and", "&", "of")):
        s -= 1
    while s < last and doc[s].lower_ in ("and", "&", "of"):
        s += 1
    return s if 0 < last - s <= 4 else None


def _headline_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Unknown names of an all-caps headline, kept only when the body backs them.

    The NER cuts capitals badly ("RED LION INNS FILES", "EXCELAN INC SETS INITIAL STOCK
    OFFER"): a headline mention is cut back to the longest leading words that are a body
    mention's name, and dropped when none is, unless it is written next to a ticker.
    """
    text = doc.text  # built from the tokens on each access: read it once
    body_words: list[list[str]] = []
    caps: list[_Cand] = []
    for c in cands:
        if not c.known and _in_caps_line(text, c.start):
            caps.append(c)
        elif not _is_ticker(c.text):
            body_words.append(_tokens_lower(c.text))
    out = [c for c in cands if c not in caps]
    for c in caps:
        if _is_ticker(c.text):
            out.append(c)
            continue
        words = _tokens_lower(c.text)
        best = 0
        for bw in body_words:
            n = 0
            while n < min(len(bw), len(words)) and bw[n] == words[n]:
                n += 1
            if n == len(bw) or (n >= 1 and n == len(words)):
                best = max(best, n)
        if best:
            keep, seen = c.tok_start, 0
            for t in doc[c.tok_start:c.tok_end]:
                if t.lower_ not in _LEGAL_WORDS and re.sub(r"[^\w&]", "", t.lower_):
                    seen += 1
                keep = t.i + 1
                if seen >= best:
                    break
            # Take a legal form that follows the kept words along.
            while keep < c.tok_end and doc[keep].lower_.strip(".") in _LEGAL_WORDS:
                keep += 1
            out.append(_cand(doc, c.tok_start, keep, anchored=c.anchored))
        elif c.anchored:
            out.append(c)
    return out


def _short_forms_outside_orgs(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Short forms of the article's company names that the NER missed or mislabelled.

    "Zenith said" after "Zenith Widget Corp", with "Zenith" tagged PERSON or nothing: a run
    of capitalised proper nouns outside any ORG that is the leading word(s) of a multi-word
    company name of the same article, known to the table or not (the ruler misses a
    table name the tagger takes for a common noun: "Melrose set to cut jobs"). Person
    names of the article are left alone ("Henry" of "Henry Ford").
    """
    heads: dict[tuple[str, ...], str] = {}
    for c in cands:
        if _is_ticker(c.text):
            continue
        words = [w for w in c.text.split() if w.lower().strip(".,") not in _LEGAL_WORDS]
        # (as the tokenizer splits it: "Heck's" is "Heck" and "'s")
        words = [p for w in words for p in (
            [w[:-2], w[-2:]] if len(w) > 3 and w[-2:] in ("'s", "\u2019s") else [w])]
        # "iRobot" of "iRobot Corp.": with the legal form gone, the whole name is one too.
        # A one-word name is its own short form: the NER tags "GKN" once and misses it
        # the next time.
        longest = len(words) + (1 if len(words) < len(c.text.split()) or len(words) == 1
                                else 0)
        for n in range(1, min(longest, len(words) + 1)):
            if n == 1 and words[0].lower() in _label_set("generic_firsts"):
                continue  # "Cie" of "Cie Generale de ..." is anyone's "Cie"
            heads.setdefault(tuple(w.casefold() for w in words[:n]), c.text)
    if not heads:
        return []
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    persons = {i for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
               for i in range(ent.start, ent.end)}
    # Places and groups of people are not short forms ("Korea" of "South Korea" is not
    # Korea Electric Power); a one-word PERSON may be ("Zenith said").
    # A PRODUCT may be too: the small model tags unknown company names as products.
    other_org = {i for ent in doc.ents if ent.label_ not in ("PERSON", "ORG", "PRODUCT")
                 for i in range(ent.start, ent.end)}
    longest = max(len(k) for k in heads)
    found: list[_Cand] = []
    i = 0
    while i < len(doc):
        hit = 0
        for n in range(min(longest, len(doc) - i), 0, -1):
            key = tuple(t.text.casefold() for t in doc[i:i + n])  # ("Rolm" of "ROLM Corp")
            # (the tagger takes a headline's first word for a common noun: "Melrose set to")
            if key in heads and (doc[i].pos_ == "PROPN" or (
                    doc[i].pos_ == "NOUN" and doc[i].is_title)) and len(doc[i].text) >= 3 \
                    and not any(j in taken or j in persons or (
                        j in other_org and not _speaks(doc[i + n - 1])
                        and not _owns_or_joins(doc[i + n - 1], taken))
                                for j in range(i, i + n)) \
                    and not (i + n < len(doc) and doc[i + n].pos_ == "PROPN"
                             and doc[i + n].text[:1].isupper()):
                hit = n
                break
        if hit:
            found.append(_cand(doc, i, i + hit))
            i += hit
        else:
            i += 1
    return found


def _after_given_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word table name is a person's surname: "president Frank E. Baxter"
    is no Baxter International, "analyst John Ford" no Ford."""
    if end - start != 1:
        return False
    j = start - 1
    if j >= 0 and re.fullmatch(r"[A-Z]\.", doc[j].text):
        j -= 1  # a middle initial
    if j < 0:
        return False
    given = doc[j]
    return given.pos_ == "PROPN" and given.is_title and given.ent_type_ in ("", "PERSON") \
        and given.dep_ == "compound" and given.head.i == start \
        and not _lookup(given.text, tickers=False)


def _list_head(tok: Any) -> Any:
    """The first name of the list a name stands in, climbing conjuncts and appositions."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def coordinated(tok: Any, names_only: bool = False) -> set[int]:
    """The token indices of the list a name stands in ("A, B and C", "airlines: A, B"):
    its conjuncts and appositions both ways (below it only proper nouns with
    `names_only`)."""
    top = _list_head(tok)
    out = {top.i}
    stack = [top]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ in ("conj", "appos") and c.i not in out and (
                    not names_only or c.pos_ == "PROPN"):
                out.add(c.i)
                stack.append(c)
    return out


def _list_members(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Names listed with companies that the tagger took for places or peoples:
    "loans to seven airlines: American, United, Alaska, JetBlue ..." gives American,
    United and Alaska as the table's airlines when JetBlue is a company of the list."""
    taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    found: list[_Cand] = []
    for c in cands:
        top = _list_head(doc[c.tok_end - 1])
        group = coordinated(top, names_only=True)
        # The kind the list names ("seven airlines: American, United"): "United Airlines".
        kind = top.head if top.dep_ == "appos" and top.head.pos_ == "NOUN" else None
        kinds = [""] + ([f" {kind.text.title()}", f" {kind.lemma_.title()}"] if kind else [])
        for i in sorted(group):
            if i in taken or (i + 1 < len(doc) and doc[i + 1].text == ":") or (
                    i > 0 and doc[i - 1].text == "("):
                continue  # ("(NASDAQ: LNTR)": an exchange, not a member)
            start = i
            while start > 0 and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            text = doc[start:i + 1].text
            name = next((n for k in kinds if (n := _lookup(text + k, tickers=False))), None)
            if name:
                found.append(_cand(doc, start, i + 1, canonical=name, known=True))
                taken.update(range(start, i + 1))
    return found


_SPEAKING = frozenset("say tell announce report add disclose state confirm".split())


def _owns_or_joins(tok: Any, taken: set[int]) -> bool:
    """Whether a word acts as a company does: an owner in the passive ("owned by Amselco
    and Nerco") or a name coordinated with a company mention."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_ in (
            "own", "control", "hold", "acquire", "buy", "run", "operate"):
        return True
    return any(t.i in taken for t in list(tok.conjuncts))


def _speaks(tok: Any) -> bool:
    """Whether a word is the subject of a verb of saying: a place does not speak, so
    "Phoenix said" after "Phoenix Financial Corp" is the company."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEAKING


def _resolve_tickers(tickers: list[_Cand], names: list[_Cand]) -> None:
    """`<AG>` right after a name is that name's ticker for the whole article.

    A ticker alone takes the company it was first attached to in the article, else the
    table's company for it (none when the table gives it to two companies).
    """
    end_at = {c.tok_end: c for c in names}
    seen: dict[str, str] = {}
    for c in tickers:
        ticker = _TICKER_IN_ANGLES.match(c.text.replace(" ", "")).group(1)  # type: ignore
        prev = end_at.get(c.tok_start) or end_at.get(c.tok_start - 1)
        if prev is not None and prev.canonical:
            c.canonical, c.known = prev.canonical, prev.known
            seen.setdefault(ticker, prev.canonical)
        elif ticker in seen:
            c.canonical = seen[ticker]
        else:
            c.canonical = _table().by_ticker.get(ticker)
            c.known = c.canonical is not None


def _place_units(doc: Doc, cands: list[_Cand]) -> None:
    """A company name followed by a place the article names as a place ("Ubisoft Milan",
    with "in Milan" elsewhere) is that company's office there: the company, when the
    article also names it alone."""
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} | _label_set("places_of")
    alone: dict[str, _Cand] = {}
    for c in cands:
        alone.setdefault(name_key(c.text), c)
    for c in cands:
        if c.known or c.tok_end - c.tok_start < 2:
            continue
        for k in (1, 2):
            place = doc[c.tok_end - k:c.tok_end].text
            short = doc[c.tok_start:c.tok_end - k].text
            other = alone.get(name_key(short)) if short else None
            if place in places and other is not None and other is not c:
                c.canonical, c.fixed = other.canonical or clean_name(short), True
                c.known = other.known
                break


def _resolve_short_forms(cands: list[_Cand]) -> None:
    """Give unknown mentions the canonical of a longer name of the same article they shorten.

    A short form is: the same key; a leading part of the longer name's words ("Allegheny"
    of "Allegheny International"); its initials, written in capitals ("DEC"); or a near
    spelling. A short form that fits two different companies is left alone. An unknown
    company is then named by the longest form the article uses, in body casing rather
    than headline capitals.
    """
    from rapidfuzz import fuzz  # lazy: only articles with unknown names pay the import

    for c in cands:
        if c.canonical is None:
            c.canonical = clean_name(c.text)
    # Forms with the same key are one company ("ZENITH WIDGET" and "Zenith Widget Corp"),
    # named by a known name when one of them is, else by the best-written form.
    same: dict[str, str] = {}
    for c in sorted(cands, key=lambda c: (not c.known, [-x for x in _form_rank(c.canonical)])):
        same.setdefault(name_key(c.canonical), c.canonical)  # type: ignore[arg-type]
    for c in cands:
        if not c.known:
            c.canonical = same[name_key(c.canonical)]  # type: ignore[arg-type]
    groups: dict[str, set[str]] = defaultdict(set)  # canonical -> names used for it
    for c in cands:
        groups[c.canonical].add(c.text)  # type: ignore[index]

    def longer_matches(c: _Cand) -> set[str]:
        words = _tokens_lower(c.text)
        hits: set[str] = set()
        full_name = any(t.split()[-1].lower().strip(".,") in _LEGAL_WORDS
                        for t in groups[c.canonical])  # type: ignore[index]
        if not words:
            return hits
        for canon, texts in groups.items():
            if canon == c.canonical:
                continue
            for t in (canon, *texts):
                other = _tokens_lower(t)
                if other == words:
                    hits.add(canon)
                elif len(other) > len(words) and other[: len(words)] == words \
                        and not full_name:
                    hits.add(canon)  # ("Royal Caribbean Group", and "Royal Caribbean"
                    # beside it, is a full name, not a short form of "Royal Caribbean
                    # International")
                elif (len(words) == 1 and c.text.isupper() and len(other) >= 2
                      and words[0] == _initials(t)):
                    hits.add(canon)
                elif (abs(len(other) - len(words)) <= 1 and min(len(other), len(words)) >= 2
                      and fuzz.ratio(" ".join(words), " ".join(other)) >= 92):
                    hits.add(canon)
                elif len(other) > len(words) and all(len(w) == 1 for w in other[:-len(words)]) \
                        and other[-len(words):] == words:
                    hits.add(canon)  # "Searle" of "G.D. Searle": a founder's initials dropped
                elif (len(words) == len(other) == 1 and min(len(words[0]), len(other[0])) >= 8
                      and words[0][0] == other[0][0]
                      and fuzz.ratio(words[0], other[0]) >= 88):
                    hits.add(canon)  # a slip of the pen: "AzkoNobel" for "AkzoNobel"
        return hits

    mapping: dict[str, str] = {}

    def final(name: str) -> str:
        seen: set[str] = set()
        while name in mapping and name not in seen:
            seen.add(name)
            name = mapping[name]
        return name

    # Longer names first, so "SHEARSON LEHMAN" has joined "Shearson Lehman Brothers" by
    # the time "Shearson" looks for the name it shortens.
    for c in sorted(cands, key=lambda c: -len(_tokens_lower(c.text))):
        if c.known or c.fixed or c.canonical in mapping:
            continue
        hits = {final(h) for h in longer_matches(c)} - {final(c.canonical)}  # type: ignore
        if len(hits) == 1:
            mapping[c.canonical] = hits.pop()  # type: ignore[index]
    for c in cands:
        seen: set[str] = set()
        while c.canonical in mapping and c.canonical not in seen:
            seen.add(c.canonical)  # type: ignore[arg-type]
            c.canonical = mapping[c.canonical]  # type: ignore[index]
            c.known = c.canonical in _table().entries or c.canonical in _table().successor
    # Unknown companies: the longest form used, preferring body casing to headline capitals.
    best: dict[str, str] = {}
    for c in cands:
        if c.known or c.fixed:
            continue
        form = clean_name(c.text)
        cur = best.get(c.canonical)  # type: ignore[arg-type]
        if cur is None or _form_rank(form) > _form_rank(cur):
            best[c.canonical] = form  # type: ignore[index]
    for c in cands:
        if not c.known and c.canonical in best:
            c.canonical = best[c.canonical]


def _form_rank(form: str) -> tuple[int, int]:
    """Body casing beats headline capitals (short acronyms excepted), then length."""
    return (int(form != form.upper() or len(form) <= 4), len(form))


def _fold_former_names(cands: list[_Cand]) -> None:
    """A former name ("Exxon") joins its current name when the article uses that too."""
    successor = _table().successor
    used = {c.canonical for c in cands}
    for c in cands:
        current = successor.get(c.canonical or "")
        # "Philip Morris" beside "Philip Morris International": the one the article names
        longer = {d.canonical for d in cands if d.canonical and d.canonical != current
                  and d.text.startswith(c.text + " ")}
        if current and len(longer) == 1:
            c.canonical = longer.pop()
        elif current and current in used:
            c.canonical = current


_OWNER_BEFORE = re.compile(r"\b(?:unit|subsidiary|division|affiliate|arm)\s+of\s+(?:the\s+)?$",
                           re.IGNORECASE)
_OWNER_AFTER = re.compile(r"(?:\s*<[^<>\n]{1,12}>)?(?:'s|\u2019s)?\s+(?:units?|subsidiary|"
                          r"subsidiaries|division|affiliate|arm)\b", re.IGNORECASE)


def _focus(doc: Doc, mentions: tuple[Mention, ...]) -> str | None:
    """The company the article is about: the highest score over its mentions.

    A mention counts 1, plus 2 in a headline line (a first line under 200 characters),
    plus 1 in the first sentence of the body (2 for its first name), plus 1 as the subject
    of a verb ("Amazon said it would buy iRobot" is about Amazon); an owner named to say
    whose unit acts ("BP UNIT TO BUILD", "a unit of BP") counts only 0.5, and a ticker
    after a name nothing. Ties go to the company named first.
    """
    if not mentions:
        return None
    text = doc.text
    first_line_end = text.find("\n")
    if first_line_end < 0 or first_line_end >= 200:
        first_line_end = 0
    first_sent_end = 0
    for sent in doc.sents:
        if sent.text.strip() and sent.start_char >= first_line_end:
            first_sent_end = sent.end_char
            break
    # The lede names the actor first ("Amselco Minerals Inc, a unit of BP, said ...").
    lede = next((m for m in mentions if first_line_end <= m.start < first_sent_end), None)
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in mentions:
        if _is_ticker(m.text) and text[max(0, m.start - 2):m.start].strip() and m.start > 0:
            continue  # "Nerco Inc <NER>": the name before it was counted
        if _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start) or _OWNER_AFTER.match(
                text, m.end):
            # "BP UNIT TO BUILD PLANT", "Amselco, a unit of British Petroleum": the story
            # is the unit's; its owner is named to say whose.
            score[m.company] += 0.5
            first_seen.setdefault(m.company, m.start)
            continue
        weight = 1.0
        if m.start < first_line_end:
            weight += 2
        if m.start < first_sent_end:
            weight += 1 + (m is lede)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            weight += 1
        score[m.company] += weight
        first_seen.setdefault(m.company, m.start)
    return max(score, key=lambda k: (score[k], -first_seen[k]))


def company_at(report: CompanyReport, start_char: int, end_char: int) -> Mention | None:
    """The company mention overlapping the characters [start_char, end_char), if any.

    When several overlap, the one sharing most characters wins, then the first.
    """
    best: Mention | None = None
    best_overlap = 0
    for m in report.mentions:
        overlap = min(m.end, end_char) - max(m.start, start_char)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best
