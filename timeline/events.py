"""Event extraction: dated corporate events from one parsed article.

For each sentence of the body (headlines and questions are skipped):

1. **Triggers**: verbs and event nouns whose lemma is in `data/triggers.json` and whose
   rule holds (a verb's objects, a noun's modifiers, the kind of its subject): "closed
   its lab" is a closure, "cut 700 jobs" a layoff, "its acquisition of Booker" an
   acquisition, while "cut prices" or "shares closed higher" state no event.
2. **Actor**: the subject, the "by" agent of a passive, a noun's possessor; pronouns and
   definite company nouns ("it", "the retailer") go to the company of the governing
   clause, else to the article's focus; a person acting ("the CEO resigned") belongs to
   the company named with them or around them. News outlets, analysts and rivals never
   act; a regulator acting on a company makes the company's event (type legal).
3. **Status**: negated and hypothetical events are dropped ("did not close", "could cut",
   "whether to close"); "will", "would", "plans to", "is set to", "proposed" make it
   planned; states (revenue, headcount) are reported; else happened.
4. **Date**: the time expression governing the trigger in the parse (its own subtree
   first, then the clauses above it), never one owned by another trigger of the sentence.
   An event with none takes the news day (present perfect, news of the day), the date of
   the sentence before (a past or future narrative that goes on), or nothing: a reported
   state needs an explicit period, and background with no company in focus is dropped.
5. **Repeats** of one happening inside the article fold into one event.

A sentence the parser ran together with a headline or the next paragraph is parsed again
piece by piece (same pipeline, without the company rulers: companies, bodies and entities
come over by offset). A newswire results table ("ACME CORP <ACM> 4TH QTR NET" over lines
"Shr 34 cts vs 1.19 dlrs") gives one financial_results event for the headline's period.

All word lists are data (`data/triggers.json`); this module holds the procedure.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.util import filter_spans

from timeline.companies import coordinated
from timeline.dates import is_yearless
from timeline.models import (
    Article,
    Event,
    Mention,
    Period,
    Source,
    Timex,
    day_period,
    month_period,
    period_from_label,
    quarter_period,
    span_period,
    year_period,
)
from timeline.paths import load_data_json

if TYPE_CHECKING:  # annotations only: the caller hands us spaCy objects
    from spacy.tokens import Doc, Span, Token

    from timeline.companies import CompanyReport

TRIGGERS_FILE = "triggers.json"

# Dependency labels that open another clause: a timex or an argument found past one of
# these belongs to that clause, not to the trigger.
_CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "csubj", "csubjpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Children that are not arguments of a trigger.
_NOT_ARGS = _SUBJECTS | _CLAUSAL | frozenset(
    {"aux", "auxpass", "neg", "punct", "cc", "mark", "det", "predet", "case", "dep",
     "discourse", "intj", "meta", "preconj"})
# An argument phrase is read this deep below the trigger (keeps long sentences cheap).
_ARG_DEPTH = 4
_TERMINAL = ('.', '!', '?', '"', '\u201d', '\u2019', "'", ')', ':', ';')
_MAX_HEADLINE_WORDS = 25
_SUMMARY_WORDS = 16
# A news day taken from the lead ("said on Wednesday") may be this many days before the
# publication date.
_NEWS_DAY_WINDOW = 7
_LEAD_SENTENCES = 3
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12",
    "hundred": "100", "thousand": "1000",
}
_MONEY_WORDS = frozenset(
    "$ £ € ¥ dlr dlrs dollar dollars euro euros pound pounds yen yuan mln bln million billion"
    " trillion bn m cts ct cent cents stg".split())
_PERCENT_WORDS = frozenset("% pct percent per cent percentage".split())
_SITES_FOR_ELISION = ("sites", "workers", "products")
# A company named this early in the body is what a short article is about.
_LEAD_CHARS = 300
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "The year ended Jan. 31": a period named by its last day, and how many months it has.
_FISCAL_END = re.compile(
    r"\b(year|quarter|half|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,2})[\s-]+months?)(?:\s+period)?"
    r"(?:\s*,)?\s+(?:(?:that|which)\s+)?(?:ended|ending|to|through)\s+$")
_FISCAL_MONTHS = {"year": 12, "quarter": 3, "half": 6, **{
    w: int(n) for w, n in _NUMBER_WORDS.items() if int(n) <= 12},
    **{str(n): n for n in range(1, 13)}}
# What a company sells when another buys its ...: "Unisys's stake", "Tandy's operations".
_SOLD_THINGS = frozenset("stake interest unit division subsidiary operations operation "
                         "business businesses asset assets shares holding holdings arm group "
                         "portfolio property properties".split())
# How far back (characters) "it" may refer to the focus company.
_PRONOUN_REACH = 600
# Nouns whose "to" clause is done by the noun's own doer: "made an attempt to take over".
_PLAN_NOUNS = frozenset(
    "plan plans attempt effort bid offer decision agreement right option move intention"
    " proposal pledge commitment ability way chance opportunity goal aim target intent letter"
    " approval permission clearance authorization consent license licence".split())
# Prepositions of cause and circumstance, which a one-line summary leaves out.
_SIDE_PREPS = frozenset(
    "due because amid despite following after before as since given owing thanks".split())
# An undated re-telling folds into a dated event of at most this many days (a year, a
# half and the next year), not into a span of years that would swallow anything.
_FOLD_SPAN_DAYS = 731
# Time expressions that name the base of a comparison, never the period of a figure.
_BASE_PERIOD = re.compile(r"\b(?:same (?:period|quarter|month|time)|year[- ](?:earlier|ago|before)"
                          r"|(?:previous|prior|preceding) (?:year|period|quarter))\b", re.I)
_FIGURE_PRECISIONS = ("year", "quarter", "half", "month", "span")
# A time right after a figure's base, wherever the parser hung it ("fell to 3.1 billion
# dlrs from 4.9 billion dlrs in 1985").
_FROM_FIGURE = re.compile(r"\bfrom\s+\W?\d[\d.,]*\s*(?:[A-Za-z$%]+\s+){0,3}(?:in|for)\s+$")
_FIGURE_REACH = 4  # sentences a results period carries over to figures told without one


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Rule:
    """One reading of a trigger word: its type when the conditions hold."""

    type: str
    obj: tuple[str, ...] = ()
    subj: tuple[str, ...] = ()
    sense: str = ""
    status: str | None = None
    weak: bool = False
    targets: bool = False
    buyers: bool = False
    needs_word: frozenset[str] = frozenset()
    needs_prep: frozenset[str] = frozenset()
    needs_verb: frozenset[str] = frozenset()
    needs_number: bool = False
    needs_company: bool = False
    passive_only: bool = False
    unless: frozenset[str] = frozenset()
    singular: bool = False
    object_actor: bool = False
    dobj: tuple[str, ...] = ()
    state: bool = False
    noun_acl: bool = False  # needs_verb may also be a participle after the noun


@dataclass(frozen=True)
class _Tables:
    """How a newswire results table looks (see "earnings_tables" in the lexicon)."""

    line: re.Pattern
    min_lines: int
    quarter: re.Pattern
    year: re.Pattern
    ordinals: dict[str, int]


@dataclass(frozen=True)
class _Lexicon:
    classes: dict[str, frozenset[str]]
    verbs: dict[str, tuple[_Rule, ...]]
    nouns: dict[str, tuple[_Rule, ...]]
    status: dict[str, frozenset[str]]
    actors: dict[str, frozenset[str]]
    particles: frozenset[str]
    range_links: tuple[str, ...]
    tables: _Tables


def _rule(raw: dict) -> _Rule:
    return _Rule(
        type=raw["type"], obj=tuple(raw.get("obj", ())), subj=tuple(raw.get("subj", ())),
        sense=raw.get("sense", raw["type"]), status=raw.get("status"),
        weak=bool(raw.get("weak")), targets=bool(raw.get("targets")),
        buyers=bool(raw.get("buyers")), needs_word=frozenset(raw.get("needs_word", ())),
        needs_prep=frozenset(raw.get("needs_prep", ())),
        needs_verb=frozenset(raw.get("needs_verb", ())),
        needs_number=bool(raw.get("needs_number")),
        needs_company=bool(raw.get("needs_company")),
        passive_only=bool(raw.get("passive_only")),
        unless=frozenset(raw.get("unless", ())),
        singular=bool(raw.get("singular")),
        object_actor=bool(raw.get("object_actor")),
        dobj=tuple(raw.get("dobj", ())),
        state=bool(raw.get("state")),
        noun_acl=bool(raw.get("noun_acl")),
    )


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The trigger lexicons of `data/triggers.json`, read once."""
    raw = load_data_json(TRIGGERS_FILE)
    verbs = {k: tuple(_rule(r) for r in v) for k, v in raw["verbs"].items()}
    nouns = {k: tuple(_rule(r) for r in v) for k, v in raw["nouns"].items()}
    particles = frozenset(k.split(" ", 1)[1] for k in verbs if " " in k)
    return _Lexicon(
        classes={k: frozenset(v) for k, v in raw["classes"].items()},
        verbs=verbs, nouns=nouns,
        status={k: frozenset(v) for k, v in raw["status"].items() if k != "range_links"},
        actors={k: frozenset(v) for k, v in raw["actors"].items()},
        particles=particles,
        range_links=tuple(raw["status"]["range_links"]),
        tables=_Tables(
            line=re.compile(raw["earnings_tables"]["line"], re.IGNORECASE | re.MULTILINE),
            min_lines=int(raw["earnings_tables"]["min_lines"]),
            quarter=re.compile(raw["earnings_tables"]["quarter"], re.IGNORECASE),
            year=re.compile(raw["earnings_tables"]["year"], re.IGNORECASE),
            ordinals=dict(raw["earnings_tables"]["ordinals"]),
        ),
    )


# ----------------------------------------------------------------------- per article


@dataclass
class _Tx:
    """A timex located in the parse."""

    timex: Timex
    period: Period
    tokens: frozenset[int]
    root: int


@dataclass
class _Actor:
    """Who an event is about: canonical companies and how they were found."""

    companies: tuple[str, ...]
    how: str  # named | pronoun | anaphor | inherited | focus | owner
    targets: tuple[str, ...] = ()


@dataclass
class _Hit:
    tok: Token
    key: str
    rule: _Rule
    noun: bool
    domain: frozenset[int] = frozenset()


@dataclass
class _Cand:
    """An event before repeats are folded."""

    company: str
    type: str
    sense: str
    status: str
    period: Period
    explicit: bool
    summary: str
    confidence: float
    sentence: str
    trigger: str
    tok: int
    detail: str
    words: frozenset[str]
    persons: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]
    sent_index: int
    eid: str
    companies: tuple[str, ...] = ()
    folded: list[_Cand] = field(default_factory=list)
    above: frozenset[int] = frozenset()  # the trigger's ancestors in its sentence
    fresh: bool = False  # its object is brought in with "a": something not told before
    effective: bool = False  # dated by when it takes effect ("effective July 1")


@dataclass
class _Ctx:
    """One parsed text and what is known about its words. `text` is `doc.text`, which
    starts at `base` in the article (a re-parsed piece of it, or the whole)."""

    article: Article
    doc: Doc
    report: CompanyReport
    lex: _Lexicon
    txs: list[_Tx]
    tx_of_token: dict[int, _Tx]
    company_of_token: dict[int, str]
    regulator_tokens: frozenset[int]
    outlet_tokens: frozenset[int]
    skip_chars: list[tuple[int, int]]
    paragraph_starts: list[int]
    news_day: Period | None
    focus: str | None = None
    deals: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # Past periods figures were given for, by sentence: (sentence index, period).
    figures: list[tuple[int, Period]] = field(default_factory=list)
    told: set[str] = field(default_factory=set)  # event types the article has told so far
    text: str = ""
    base: int = 0
    person_names: frozenset[str] = frozenset()
    employers: dict[str, str] = field(default_factory=dict)  # surname -> company named with
    subject_starts: frozenset[int] = frozenset()


def _local(items: list, base: int, size: int) -> list:
    """Items with character offsets (`start`, `end`) inside [base, base + size), shifted
    to start at 0 there."""
    from dataclasses import replace

    return [replace(x, start=x.start - base, end=x.end - base) for x in items
            if x.start >= base and x.end <= base + size]


def _build_ctx(article: Article, doc: Doc, timexes: list[Timex], report: CompanyReport,
               base: int = 0, parent: _Ctx | None = None) -> _Ctx:
    """What the steps need to know about a parsed text: timexes, companies, regulators and
    outlets by token, headline and question stretches to skip, paragraphs, the news day
    and the focus. A re-parsed piece (`base` > 0) takes the article-wide ones from
    `parent`."""
    lex = lexicon()
    size = len(doc.text)
    if base or parent is not None:
        timexes = _local(timexes, base, size)
        mentions = _local(list(report.mentions), base, size)
        bodies = _local(list(report.bodies), base, size)
    else:
        mentions, bodies = list(report.mentions), list(report.bodies)
    txs: list[_Tx] = []
    tx_of_token: dict[int, _Tx] = {}
    for t in timexes:
        if t.period is None or t.type not in ("DATE", "TIME", "DURATION") \
                or t.value == "PRESENT_REF":
            continue  # "currently", "now": the state of things, not the time of an event
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tx = _Tx(t, t.period, frozenset(range(span.start, span.end)), span.root.i)
        txs.append(tx)
        for i in tx.tokens:
            tx_of_token.setdefault(i, tx)
    company_of_token: dict[int, str] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            company_of_token[tok.i] = m.company
    regulators: set[int] = set()
    for b in bodies:
        span = doc.char_span(b.start, b.end, alignment_mode="expand")
        if span is not None:
            regulators.update(range(span.start, span.end))
    outlets = {t.i for ent in doc.ents if ent.label_ == "NEWS_ORG" for t in ent
               if t.i not in company_of_token}  # ("Reuters Holdings PLC" is a company)
    regulators.update(t.i for ent in doc.ents if ent.label_ == "GOV_ORG" for t in ent)
    text = doc.text
    skip: list[tuple[int, int]] = []
    paragraphs = [0]
    pos = 0
    lines = text.split("\n")
    seen_text = False
    for n, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            paragraphs.append(pos + len(line) + 1)
        else:
            # A headline, byline or caption stands alone: the first line, or a line between
            # blank lines (a line of hard-wrapped text runs on into the next one).
            follows = lines[n + 1].strip() if n + 1 < len(lines) else ""
            alone = parent is None and (
                (not seen_text and not follows[:1].islower())
                or ((n == 0 or not lines[n - 1].strip()) and not follows))
            if (alone or _shouting(stripped)) and _is_headline(stripped):
                skip.append((pos, pos + len(line)))
                paragraphs.append(pos + len(line) + 1)
            seen_text = True
        pos += len(line) + 1
    # Questions ask, they do not tell: "Want to work at Kohl's?"
    skip.extend((m.start(), m.end()) for m in re.finditer(r"[^.!?\n]*\?", text))
    ctx = _Ctx(article, doc, report, lex, txs, tx_of_token, company_of_token,
               frozenset(regulators), frozenset(outlets), skip, paragraphs, None,
               text=text, base=base)
    ctx.person_names = frozenset(
        t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent
        if t.is_alpha and t.text[:1].isupper())
    # Where company mentions start that are subjects: "it" refers back to those first.
    ctx.subject_starts = frozenset(
        base + doc[i].idx for i in company_of_token
        if doc[i].dep_ in ("nsubj", "nsubjpass") or doc[i].head.dep_ in ("nsubj", "nsubjpass")
        and doc[i].dep_ in ("compound", "poss"))
    if parent is not None:
        ctx.subject_starts = ctx.subject_starts | parent.subject_starts
        ctx.person_names = ctx.person_names | parent.person_names
        ctx.paragraph_starts = parent.paragraph_starts
        ctx.news_day, ctx.focus, ctx.deals = parent.news_day, parent.focus, parent.deals
        ctx.figures = parent.figures
        ctx.told = parent.told
        ctx.employers = parent.employers
        return ctx
    ctx.news_day = _news_day(ctx)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            found = _person_company(ctx, ent[-1])
            if found:
                ctx.employers.setdefault(ent[-1].text, found[0])
    # The focus stands in for "it" and "the company" only when the article names it more
    # than once: a single stray mention is not what the article is about.
    counts: dict[str, int] = {}
    for m in report.mentions:
        counts[m.company] = counts.get(m.company, 0) + 1
    lead = min((m.start for m in report.mentions if m.company == report.focus), default=None)
    if report.focus and (counts.get(report.focus, 0) >= 2
                         or (lead is not None and lead < _LEAD_CHARS)):
        ctx.focus = report.focus
    return ctx


def _shouting(line: str) -> bool:
    """A line in capitals (a newswire headline)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _is_headline(line: str) -> bool:
    """A line that reads as a headline, byline or caption: in capitals, or short with no
    sentence punctuation at its end."""
    if _shouting(line):
        return True
    return not line.endswith(_TERMINAL) and len(line.split()) <= _MAX_HEADLINE_WORDS


def _news_day(ctx: _Ctx) -> Period | None:
    """The day the article's news happened: the publication date, or the day a lead
    sentence names for its announcement ("Google said on Wednesday") when it is at most a
    week earlier."""
    pub = ctx.article.published
    if pub is None:
        return None
    reporting = ctx.lex.status["reporting_verbs"]
    seen = 0
    for sent in ctx.doc.sents:
        if all(_skipped(ctx, t.idx) for t in sent):
            continue
        seen += 1
        if seen > _LEAD_SENTENCES:
            break
        for tx in ctx.txs:
            if not (sent.start <= tx.root < sent.end) or tx.period.precision != "day":
                continue
            head = _attachment(ctx.doc[tx.root])
            if head is not None and head.lemma_.lower() in reporting \
                    and 0 <= (pub - tx.period.start).days <= _NEWS_DAY_WINDOW:
                return tx.period
    return day_period(pub)


def _skipped(ctx: _Ctx, char: int) -> bool:
    return any(a <= char < b for a, b in ctx.skip_chars)


def _paragraph(ctx: _Ctx, char: int) -> int:
    n = 0
    for i, start in enumerate(ctx.paragraph_starts):
        if start <= char:
            n = i
    return n


def _attachment(tok: Token) -> Token | None:
    """The verb a time expression modifies ("said on Monday" -> said), through the
    preposition and the words of the expression; None when it hangs from no verb."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


# ---------------------------------------------------------------------- trigger match


def _particle(tok: Token, lex: _Lexicon) -> str | None:
    for child in tok.children:
        if child.dep_ == "prt" and child.lower_ in lex.particles:
            return child.lower_
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.head.i == tok.i and nxt.lower_ in lex.particles \
            and nxt.pos_ in ("ADP", "ADV", "PART"):
        return nxt.lower_
    return None


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return lemma if lemma and lemma != "-pron-" else tok.lower_


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl")
        and not any(c.dep_ == "aux" for c in tok.children))


def _arg_tokens(tok: Token, noun: bool) -> list[Token]:
    """The words of a trigger's arguments: objects, prepositional phrases, particles,
    compounds and modifiers, not crossing into another clause."""
    out: list[Token] = []
    stack = [(c, 1) for c in tok.children
             if c.dep_ not in _NOT_ARGS or (noun and c.dep_ in ("det",) and c.lower_ == "no")]
    if noun:
        stack += [(c, 1) for c in tok.children if c.dep_ == "poss"]
        if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            # "a modernization and expansion of its operations": the conjuncts share
            # the phrase after the first.
            stack += [(c, 1) for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i]
    while stack:
        cur, depth = stack.pop()
        if cur.dep_ in _CLAUSAL and depth > 1 and not (
                cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN")
                and cur.head.pos_ in ("NOUN", "PROPN")):
            continue  # (coordinated nouns are one argument: "its Iowa and Ohio plants")
        if cur.dep_ in ("relcl", "appos") and depth > 1 and not (
                cur.dep_ == "appos" and cur.i > 0 and cur.doc[cur.i - 1].text == ":"):
            continue  # (a list after a colon names the members: "airlines: A, B and C")
        if cur.dep_ == "acl" and cur.pos_ == "VERB" and depth > 1:
            continue
        out.append(cur)
        if depth < _ARG_DEPTH or cur.dep_ in ("conj", "appos"):
            # (a list's members are one level: "A, B, C and D" is no deeper than "A")
            stack.extend((c, depth + (c.dep_ != "conj")) for c in cur.children
                         if c.dep_ not in ("punct", "cc"))
    return out


def _subject_of(tok: Token) -> Token | None:
    """A verb's subject; of two (a misparse of "monitoring company Datadog said"), the
    name."""
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subs:
        return None
    return next((c for c in subs if c.pos_ == "PROPN"), subs[0]) if len(subs) > 1 else subs[0]


def _word_set(tokens: list[Token]) -> set[str]:
    words: set[str] = set()
    for t in tokens:
        words.add(_lemma(t))
        words.add(t.lower_)
        if t.dep_ == "compound" and t.head.i != t.i:
            words.add(f"{_lemma(t)} {_lemma(t.head)}")
        for c in t.children:
            if c.dep_ == "amod" and c.i == t.i - 1:
                words.add(f"{_lemma(c)} {_lemma(t)}")  # "joint venture" (amod "joint")
    return words


# Words that stand for a part of what "of" names ("some of its employees").
_PART_WORDS = frozenset("some many most several all few none each one".split())


class _Args:
    """What a rule's conditions look at for one trigger."""

    def __init__(self, ctx: _Ctx, hit_tok: Token, noun: bool) -> None:
        self.tokens = _arg_tokens(hit_tok, noun)
        self.words = _word_set(self.tokens)
        self.context: list[Token] = []
        self.noun = noun
        self.tok = hit_tok
        self.passive = (not noun) and _is_passive(hit_tok)
        self.has_object = any(c.dep_ in ("dobj", "attr", "oprd", "dative", "xcomp", "ccomp",
                                         "pobj", "acomp")
                              or (c.dep_ == "prep" and noun)
                              for c in hit_tok.children)
        self.preps = {c.lower_ for c in hit_tok.children if c.dep_ in ("prep", "agent", "prt")}
        subj = _subject_of(hit_tok) if not noun else _noun_subject(hit_tok)
        if subj is None and not noun:
            subj = _inherited_subject(hit_tok)
        self.light = _light_verb(ctx, hit_tok) if noun else None
        if self.light is not None:
            # "the CMA gave clearance to Tesco's purchase": the verb's doer and its other
            # arguments belong to the event noun.
            lv_subj = _subject_of(self.light)
            if lv_subj is None and self.light.dep_ == "xcomp":
                ctrl = _inherited_subject(self.light)
                if ctrl is not None and ctrl.dep_ == "dobj":
                    lv_subj = ctrl  # "prompted Nasdaq to make a bid": Nasdaq bids
            extra = [t for t in _arg_tokens(self.light, False) if t.i != hit_tok.i
                     and hit_tok.i not in {a.i for a in t.ancestors}]
            self.tokens = self.tokens + extra
            self.words |= _word_set(extra)
            if subj is None and lv_subj is not None:
                subj = lv_subj
                near = [lv_subj] + [c for c in lv_subj.children if c.dep_ == "compound"]
                self.context = near
                self.words |= _word_set(near)
        if self.passive:
            # "their joint venture facility was dissolved": the patient is an argument.
            for c in hit_tok.children:
                if c.dep_ == "nsubjpass":
                    self.tokens = self.tokens + list(c.subtree)
        self.companies = [t.i for t in self.tokens if t.i in ctx.company_of_token]
        self.subject = subj
        self.subject_words: set[str] = set()
        if subj is not None:
            self.subject_words = _word_set([subj] + [c for c in subj.children
                                                    if c.dep_ in ("compound", "amod")])
            if subj.lower_ in _PART_WORDS:
                # "some of its employees will testify": the employees are the subject
                self.subject_words |= _word_set([p for c in subj.children if c.dep_ == "prep"
                                                 and c.lower_ == "of" for p in c.children])
            elided = _elided_noun(ctx, subj)
            if elided:
                self.subject_words.add(elided)
                self.words.add(elided)
            if self.passive or subj.dep_ == "nsubjpass":
                self.words |= self.subject_words
                if _lemma(subj) in ctx.lex.classes["quantity_heads"]:
                    # "the number of employees is to be reduced": the employees are
                    self.words |= _word_set([p for c in subj.children if c.dep_ == "prep"
                                             and c.lower_ == "of" for p in c.children])


def _light_verb(ctx: _Ctx, tok: Token) -> Token | None:
    """The verb an event noun is the object of, when it only carries it ("gave clearance",
    "completed its acquisition", "announced layoffs")."""
    if tok.dep_ == "dobj" and tok.head.i != tok.i and _lemma(tok.head) in \
            ctx.lex.status["light_verbs"]:
        return tok.head
    return None


def _noun_subject(tok: Token) -> Token | None:
    """The doer named on an event noun: possessor, "by" agent, or the subject of the
    verb the noun is the object of ("Google announced layoffs")."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return tok.head  # "BTR Nylex, which makes tyres, first bid for BWA in January"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "a strike called by unions"
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            return p
    return None


def _inherited_subject(tok: Token) -> Token | None:
    """A verb without subject takes the one of the clause it hangs from: "intends to cut"
    (xcomp), "closed ... and cut" (conj), "the lab, which was ..." (relcl antecedent)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl") and cur.head.i != cur.i:
            head = cur.head
            if cur.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "NUM"):
                # "his plans to acquire", "an attempt to take over": the doer of the plan.
                if _lemma(head) not in _PLAN_NOUNS:
                    return head
                poss = [c for c in head.children if c.dep_ == "poss"]
                if poss:
                    return poss[0]
                for c in head.children:  # "a bid by investor Martin Sosnoff to acquire"
                    if c.dep_ == "prep" and c.lower_ == "by":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return p
                if head.dep_ in ("dobj", "attr") and head.head.i != head.i:
                    subj = _subject_of(head.head)
                    if subj is not None:
                        return subj
                    cur = head.head
                    continue
                return None
            if head.pos_ == "ADP" and head.head.i != head.i:  # "with the others making"
                head = head.head
            if cur.dep_ == "xcomp" and head.pos_ == "VERB" and _lemma(head) != "promise":
                objs = [c for c in head.children if c.dep_ == "dobj"
                        and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON"))]
                if objs:
                    return objs[0]  # "prompted Nasdaq to make a bid": Nasdaq makes it
            subj = _subject_of(head)
            if subj is not None:
                return subj
            cur = head
            continue
        break
    return None


def _elided_noun(ctx: _Ctx, subj: Token) -> str | None:
    """The noun left out in "the first five opened": the nearest plural noun before it
    that names sites, workers or products."""
    if not (subj.pos_ == "NUM" or subj.lower_ in ctx.lex.classes["elided_heads"]):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return None
    classes = [ctx.lex.classes[c] for c in _SITES_FOR_ELISION]
    for i in range(subj.i - 1, max(-1, subj.i - 80), -1):
        t = ctx.doc[i]
        if t.pos_ == "NOUN" and t.tag_ == "NNS":
            lemma = _lemma(t)
            if any(lemma in c for c in classes):
                return lemma
    return None


def _class_hit(ctx: _Ctx, name: str, args: _Args, words: set[str]) -> bool:
    """Whether argument words belong to a class, a computed kind or are the word itself."""
    lex = ctx.lex
    if name == "@NONE":
        # (a passive's subject is its object: "the city was founded" founds no company)
        return not args.has_object and not (
            args.passive and args.subject is not None
            and args.subject.pos_ in ("NOUN", "PROPN") and not _is_companyish(ctx, args.subject))
    if name == "@COMPANY":
        return bool(args.companies)
    if name == "@PERSON":
        return any(t.ent_type_ == "PERSON" for t in args.tokens)
    if name == "@REGULATOR":
        return any(t.i in ctx.regulator_tokens for t in args.tokens + args.context) or bool(
            words & lex.classes["regulators"])
    if name == "@HOLDERS":
        return bool(words & lex.classes["holders"])
    if name == "@MONEY":
        return any(t.ent_type_ == "MONEY" or t.lower_ in _MONEY_WORDS for t in args.tokens)
    if name == "@PERCENT":
        return any(t.ent_type_ == "PERCENT" or t.lower_ in _PERCENT_WORDS for t in args.tokens)
    if name == "@NUMBER":
        return any(t.like_num and t.i not in ctx.tx_of_token for t in args.tokens)
    if name == "@GPE":
        return any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in args.tokens)
    if name == "@GERUND":
        return any(t.tag_ == "VBG" and t.dep_ in ("xcomp", "dobj", "pcomp") for t in args.tokens)
    members = lex.classes.get(name)
    if members is not None:
        if name == "products" and any(
                t.i not in ctx.company_of_token and (t.ent_type_ == "PRODUCT" or (
                    t.pos_ == "PROPN" and any(
                        (c.dep_ == "nummod" and c.i == t.i + 1)
                        or (c.dep_ == "appos" and _lemma(c) in members) for c in t.children)))
                for t in args.tokens):
            # a product by its name: "the Switch 2 would be released", "unveiled the
            # ScanJet, a desktop device"
            return True
        return bool(words & members)
    return name in words


def _subject_kind_hit(ctx: _Ctx, name: str, args: _Args) -> bool:
    subj = args.subject
    if subj is None:
        return False
    if name == "@COMPANY":
        return _is_companyish(ctx, subj)
    if name == "@PERSON":
        return _is_person(ctx, subj)
    if name == "@REGULATOR":
        # In the passive the authority is the "by" agent ("approved by the court").
        # (a finite clause only: "a scheme sanctioned by the court" describes a thing)
        agents = [p for c in args.tok.children if c.dep_ == "agent" for p in c.children
                  if p.dep_ == "pobj"] if any(
            c.dep_ == "auxpass" for c in args.tok.children) else []
        return _is_regulator(ctx, subj) or any(_is_regulator(ctx, a) for a in agents)
    if name == "@HOLDERS":
        return bool(args.subject_words & ctx.lex.classes["holders"])
    words = args.subject_words
    if subj.tag_ == "WDT" and args.tok.dep_ == "relcl":
        words = words | {_lemma(args.tok.head)}  # "the drone, which launched in April"
    if args.passive:
        # "the deal was approved by the boards of both companies": the agent is the doer.
        words = words | _word_set([p for c in args.tok.children if c.dep_ == "agent"
                                   for p in c.children if p.dep_ == "pobj"])
    members = ctx.lex.classes.get(name)
    if members is not None:
        return bool(words & members)
    return name in words


def _is_person(ctx: _Ctx, tok: Token) -> bool:
    """A person: a PERSON entity, a name the article gives a person elsewhere ("Niccol"
    after "Brian Niccol"), a title ("the chief executive") or "he", "she"."""
    if tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)):
        return True  # (a noun the name follows: "two directors, John Doe and Jane Roe")
    if tok.pos_ == "PROPN" and tok.i not in ctx.company_of_token and any(
            c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children)
            for c in tok.children):
        return True  # "K.C. Crosthwaite, who previously served as ...", however tagged
    if tok.pos_ == "PROPN" and tok.text in ctx.person_names \
            and tok.i not in ctx.company_of_token:
        return True
    lemma = _lemma(tok)
    return lemma in ctx.lex.actors["person_nouns"] or lemma in ctx.lex.classes["exec"] \
        or lemma in ctx.lex.actors["person_pronouns"]


def _is_regulator(ctx: _Ctx, tok: Token) -> bool:
    if tok.i in ctx.regulator_tokens:
        return True
    if tok.i in ctx.company_of_token:
        return False
    if _lemma(tok) in ("staff", "official", "inspector", "examiner") and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        # "The NRC said its staff has ordered ...": the body whose staff it is.
        cur = tok.head
        for _ in range(4):
            subj = _subject_of(cur)
            if subj is not None and subj.i != tok.i:
                return _is_regulator(ctx, subj)
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return False
    return _lemma(tok) in ctx.lex.classes["regulators"]


def _is_companyish(ctx: _Ctx, tok: Token) -> bool:
    """A company itself: its name, "it", "the company", or a unit or board named with it
    ("Google's YouTube division"); not a thing of it ("Moulinex's capital")."""
    if tok.i in ctx.company_of_token or _lemma(tok) in ctx.lex.actors["pronouns"]:
        return True
    if _lemma(tok) in ctx.lex.actors["internal_units"] | ctx.lex.actors["company_nouns"] and any(
            c.i in ctx.company_of_token for c in tok.children if c.dep_ in ("compound", "poss")):
        return True
    return _is_company_noun(ctx, tok)


def _is_company_noun(ctx: _Ctx, tok: Token) -> bool:
    """A definite noun that refers to a company: "the retailer", "the Chicago-based
    planemaker", "the company"."""
    lemma = _lemma(tok)
    if lemma not in ctx.lex.actors["company_nouns"] and not lemma.endswith("maker"):
        return False
    if any(c.dep_ in ("compound", "amod") and _lemma(c) in ctx.lex.actors["not_companies"]
           for c in tok.children):
        return False  # "the investor group", "the takeover group": not a company
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "our", "their")
               for c in tok.children) or any(c.dep_ == "poss" for c in tok.children)


def _match(ctx: _Ctx, tok: Token) -> _Hit | None:
    """The trigger rule that holds for a token, if any."""
    lex = ctx.lex
    if tok.dep_ in ("amod", "compound") and tok.pos_ == "VERB" and _lemma(tok) != "instal":
        return None  # "the reorganized company", "a planned merger": states, not events
    if tok.tag_ == "VBN" and tok.i > 1 and (
            ctx.doc[tok.i - 1].lower_ in ("the", "a", "an", "its", "their")
            or (ctx.doc[tok.i - 1].lower_ == "all" and ctx.doc[tok.i - 2].pos_ == "ADP")):
        return None  # "for all issued shares" misparsed as a verb: still a modifier
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _lemma(tok.head) in (
            "document", "paper", "filing", "record", "report", "statement"):
        return None  # "according to documents filed with the court": where it is told
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")) or (
            tok.pos_ in ("ADV", "ADJ", "NOUN") and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)):
        # (a word with a modal is a verb, however tagged: "it would furlough 900 workers")
        lemma = _verb_lemma(tok, lex)
        part = _particle(tok, lex)
        keys = ([f"{lemma} {part}"] if part else []) + [lemma]
        if lemma in ("be", "become"):
            # A copula and its adjective: "the new phone will be available on June 7".
            # (and its adverb: "sales were down 30%")
            keys = [f"{lemma} {_lemma(c)}" for c in tok.children
                    if c.dep_ in ("acomp", "advmod", "prt")] + keys
        table, noun = lex.verbs, False
    elif tok.pos_ in ("NOUN", "PROPN"):
        lemma = _lemma(tok)
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        money = _lemma(head.head)
        if head.dep_ in ("compound", "nmod") and (
                money in lex.classes["cost_nouns"] or money in lex.classes["charge_nouns"]):
            return None  # "acquisition costs", "restructuring charges": money, not events
        keys = []
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            keys.append(f"{lemma} {_lemma(tok.head)}")
        keys.append(lemma)
        if tok.pos_ == "PROPN" and tok.lower_ not in ("ipo",):
            keys = [k for k in keys if k == "ipo"]
        table, noun = lex.nouns, True
    else:
        return None
    for key in keys:
        rules = table.get(key)
        if not rules:
            continue
        args = _Args(ctx, tok, noun)
        for rule in rules:
            if _rule_holds(ctx, tok, rule, args):
                return _Hit(tok, key, rule, noun)
        return None
    return None


def _bought_product(ctx: _Ctx, tok: Token) -> bool:
    """Whether what is bought is a product named with its maker ("a Cray supercomputer",
    "Boeing jets"), not a company."""
    heads = _object_heads(tok)
    return any(_lemma(h) in ctx.lex.classes["products"] for h in heads) \
        and not any(h.i in ctx.company_of_token for h in heads)


def _object_heads(tok: Token) -> list[Token]:
    """The head words of a verb's direct object, looking through quantities ("two of its
    plants", "93% of a unit", "all of the shares") and a name in apposition ("its chain
    Asda"); not its compounds ("a store owner" is an owner)."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass", "attr"):
            continue
        if c.dep_ == "nsubjpass" and not _is_passive(tok):
            continue
        out.append(c)
        out.extend(x for x in c.children if x.dep_ == "appos"
                   or (x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN")))
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                out.extend(q for q in p.children if q.dep_ == "pobj")
    return out


def _verb_lemma(tok: Token, lex: _Lexicon) -> str:
    """The lemma of a verb, mended when the lemmatizer slips ("fined" -> "fin",
    "installed" -> "instal"): a regular form of the word that the lexicon knows wins."""
    lemma = _lemma(tok)
    if lemma in lex.verbs:
        return lemma
    word = tok.lower_
    tries = []
    if word.endswith("ied"):
        tries.append(word[:-3] + "y")
    if word.endswith("ed"):
        tries += [word[:-1], word[:-2], word[:-3]]
    if word.endswith("ing"):
        tries += [word[:-3], word[:-3] + "e", word[:-4]]
    if word.endswith("es"):
        tries += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        tries.append(word[:-1])
    return next((t for t in tries if t in lex.verbs), lemma)


def _rule_holds(ctx: _Ctx, tok: Token, rule: _Rule, args: _Args) -> bool:
    words = args.words
    if rule.passive_only and not args.passive:
        return False
    if rule.unless and rule.unless & words:
        return False
    if rule.singular and tok.tag_ in ("NNS", "NNPS"):
        return False  # "a sale of the unit" is a deal, "sales of 15 mln dlrs" a figure
    if rule.obj and not any(_class_hit(ctx, name, args, words) for name in rule.obj):
        return False
    if rule.dobj:
        heads = _object_heads(tok)
        names = [n for n in rule.dobj if n != "@COMPANY"]
        hw = _word_set(heads)
        if not (any(_class_hit(ctx, n, args, hw) for n in names if not n.startswith("@"))
                or ("@COMPANY" in rule.dobj and any(h.i in ctx.company_of_token
                                                    for h in heads))
                or ("@MONEY" in rule.dobj and any(
                    h.ent_type_ == "MONEY" or h.lower_ in _MONEY_WORDS for h in heads))):
            return False
    if rule.subj and not any(_subject_kind_hit(ctx, name, args) for name in rule.subj):
        return False
    sent_words = {t.lower_ for t in tok.sent} | {_lemma(t) for t in tok.sent}
    if rule.needs_word and not rule.needs_word & sent_words:
        return False
    if rule.needs_prep and not rule.needs_prep & (args.preps | {t.lower_ for t in args.tokens
                                                                if t.dep_ in ("prep", "prt",
                                                                              "advmod")}):
        return False
    # The verb an event noun hangs from, through its preposition ("put into administration").
    verb = tok.head.head if tok.head.pos_ == "ADP" and tok.dep_ == "pobj" else tok.head
    if rule.needs_verb and not (verb.i != tok.i and _lemma(verb) in rule.needs_verb) and not (
            rule.noun_acl and any(c.dep_ == "acl" and _lemma(c) in rule.needs_verb
                                  for c in tok.children)):
        return False
    if rule.needs_number and not _class_hit(ctx, "@NUMBER", args, words):
        return False
    if rule.needs_company and not args.companies and not (
            args.subject is not None and args.subject.i in ctx.company_of_token):
        return False
    return True


# ------------------------------------------------------------------------ the event


def extract_events(article: Article, doc: Doc, timexes: list[Timex],
                   report: CompanyReport) -> list[Event]:
    """The dated corporate events of one article, repeats within it folded.

    `doc` is the parsed `article.text`, `timexes` its time expressions (offsets into the
    same text) and `report` its company mentions and focus. Events with no time anchor
    (no governing time expression and no publication date) are left out. The same input
    gives the same events, with the same ids, on every run.
    """
    ctx = _build_ctx(article, doc, timexes, report)
    cands: list[_Cand] = []
    prev_periods: list[tuple[Period, str]] = []
    prev_paragraph = -1
    s_index = 0
    for sent in doc.sents:
        if not sent.text.strip() or all(_skipped(ctx, t.idx) for t in sent):
            continue
        pieces = _merged_pieces(ctx, sent) if _has_trigger_word(ctx, sent) else None
        units: list[tuple[_Ctx, Span]] = [(ctx, sent)]
        if pieces:
            units = []
            for a, b in pieces:
                sub = _reparse(ctx, a, b, timexes, report)
                units.extend((sub, s) for s in sub.doc.sents if s.text.strip())
        for uctx, usent in units:
            paragraph = _paragraph(ctx, uctx.base + usent.start_char)
            carry = prev_periods if paragraph == prev_paragraph else []
            found, periods = _sentence_events(uctx, usent, s_index, carry, prev_periods)
            cands.extend(found)
            ctx.told.update(c.type for c in found)
            prev_periods = periods
            prev_paragraph = paragraph
            s_index += 1
    cands.extend(_table_events(ctx, timexes))
    return [_to_event(ctx, c) for c in _fold(cands)]


def _table_events(ctx: _Ctx, timexes: list[Timex]) -> list[_Cand]:
    """The results of a newswire table ("BROWN-FORMAN INC <BFD> 4TH QTR NET" over lines
    "Shr one dlr vs 73 cts", "Net 12.6 mln vs 15.8 mln"): one financial_results event for
    the headline's company, dated by the headline's period. A quarter named without its
    year is the latest such quarter ended before publication; one named by its end date
    ("2ND QTR JAN 31") is the three months ending then."""
    spec = ctx.lex.tables
    pub = ctx.article.published
    rows = [line.strip() for line in ctx.text.split("\n") if spec.line.match(line)]
    if pub is None or len(rows) < spec.min_lines:
        return []
    first = next((line for line in ctx.text.split("\n") if line.strip()), "")
    head_end = ctx.text.find(first) + len(first)
    if not _is_headline(first.strip()):
        return []
    period: Period | None = None
    q = spec.quarter.search(first)
    if q:
        ends = [t.period for t in timexes if t.end <= head_end and t.period is not None
                and t.period.precision == "day"]
        if ends:
            last = month_period(ends[0].start.year, ends[0].start.month)
            back = ends[0].start.replace(day=1)
            for _ in range(2):
                back = (back - timedelta(days=1)).replace(day=1)
            period = span_period(month_period(back.year, back.month), last)
        else:
            n = spec.ordinals[q.group(1).upper()]
            year = pub.year if quarter_period(pub.year, n).end < pub else pub.year - 1
            period = quarter_period(year, n)
    elif spec.year.search(first):
        period = year_period(pub.year - 1)
    names = [m.company for m in ctx.report.mentions if m.end <= head_end]
    company = names[0] if names else ctx.report.focus
    if period is None or not company:
        return []
    summary = f"{company} results for {period.label}: " + "; ".join(rows[:2])
    eid = hashlib.sha1(f"{ctx.article.id}|table|{company}".encode()).hexdigest()[:12]
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(rows[:3])))
    return [_Cand(company=company, type="financial_results", sense="financial_results",
                  status="reported", period=period, explicit=True, summary=summary,
                  confidence=0.8, sentence="\n".join(rows[:3]), trigger="report",
                  tok=-1, detail=" ".join(rows[:2]), words=words, persons=frozenset(),
                  numbers=frozenset(), names=frozenset(), sent_index=0, eid=eid,
                  companies=(company,))]


def _has_trigger_word(ctx: _Ctx, sent: Span) -> bool:
    """Whether a sentence holds a word of the lexicons at all (cheap: no parse needed)."""
    lex = ctx.lex
    return any(_verb_lemma(t, lex) in lex.verbs or _lemma(t) in lex.nouns
               for t in sent if t.is_alpha and not _skipped(ctx, t.idx))


def _merged_pieces(ctx: _Ctx, sent: Span) -> list[tuple[int, int]] | None:
    """When the parser ran a headline or two paragraphs into one sentence, the body text
    pieces of it (character offsets), to be parsed again on their own; else None."""
    skipped = [_skipped(ctx, t.idx) for t in sent]
    breaks = any(t.is_space and t.text.count("\n") >= 2 for t in sent[:-1])
    if not breaks and (all(skipped) or not any(skipped)):
        return None
    pieces: list[tuple[int, int]] = []
    start = None
    for tok, skip in zip(sent, skipped, strict=True):
        cut = skip or (tok.is_space and tok.text.count("\n") >= 2)
        if cut:
            if start is not None:
                pieces.append((start, tok.idx))
            start = None
        elif start is None:
            start = tok.idx
    if start is not None:
        pieces.append((start, sent.end_char))
    out = []
    for a, b in pieces:
        chunk = ctx.text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        a, b = a + lead, a + len(chunk.rstrip())
        if b > a:
            out.append((a, b))
    return out


def _reparse(ctx: _Ctx, start: int, end: int, timexes: list[Timex],
             report: CompanyReport) -> _Ctx:
    """A context for one piece of the article, parsed again by the same pipeline."""
    from timeline.nlp import load_pipeline  # the pipeline is built once per process

    nlp = load_pipeline()
    # Companies, bodies and named entities are known already (by offset): the re-parse
    # needs only the tagger, parser and lemmatizer; the entities are copied over.
    keep = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"}
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in keep]):
        doc = nlp(ctx.text[start:end])
    ents = []
    for ent in ctx.doc.ents:
        if ent.start_char >= start and ent.end_char <= end:
            span = doc.char_span(ent.start_char - start, ent.end_char - start,
                                 label=ent.label_, alignment_mode="contract")
            if span is not None and len(span):
                ents.append(span)
    doc.ents = filter_spans(ents)
    return _build_ctx(ctx.article, doc, timexes, report, base=ctx.base + start, parent=ctx)


def _sentence_events(ctx: _Ctx, sent: Span, s_index: int, carry: list[tuple[Period, str]],
                     last: list[tuple[Period, str]] | None = None,
                     ) -> tuple[list[_Cand], list[tuple[Period, str]]]:
    """The candidate events of one sentence, and the explicit periods it gives (with the
    tense they were told in) for the sentence after it."""
    hits = []
    for tok in sent:
        if _skipped(ctx, tok.idx):
            continue
        hit = _match(ctx, tok)
        if hit is not None:
            hits.append(hit)
    sent_txs = [tx for tx in ctx.txs if sent.start <= tx.root < sent.end]
    periods = [(tx.period, _tense_of(ctx.doc[tx.root])) for tx in sent_txs
               if not _BASE_PERIOD.search(tx.timex.text)]  # (a comparison base carries not)
    # "the planned acquisition is scheduled to close Monday": the verb only carries the
    # event noun that is its subject; the noun is the event.
    noun_type = {h.tok.i: h.rule.type for h in hits if h.noun}
    hits = [h for h in hits if h.noun or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in noun_type
        and (noun_type[c.i] == h.rule.type or h.rule.weak) for c in h.tok.children)]
    for hit in hits:
        hit.domain = _domain(hit, hits, ctx)
    owner = _owners(sent_txs, hits)
    out: list[_Cand] = []
    told: list[_Hit] = []
    for hit in hits:
        found = _events_of(ctx, hit, hits, sent, s_index, sent_txs, owner, carry, last)
        out.extend(found)
        if found:
            told.append(hit)
    # The verbs no trigger told an event of, dated by a time no told event owns.
    generic = _generic_hits(ctx, sent_txs, told, _owners(sent_txs, told))
    if generic:
        both = told + generic
        for hit in generic:
            hit.domain = _domain(hit, both, ctx)
        owner = _owners(sent_txs, both)
        for hit in generic:
            out.extend(_events_of(ctx, hit, both, sent, s_index, sent_txs, owner, carry, last))
    return out, periods


# The reading of a verb that no lexicon entry covers but that a company does at a time the
# sentence names ("the union told Firestone on March 1 ...", "GM Canada and the union
# remain far apart"): a corporate event of no listed type.
_GENERIC = _Rule(type="other", sense="generic", weak=True)
_GENERIC_LEGAL = _Rule(type="legal", sense="generic", weak=True)
_ADVERBIAL = frozenset({"prep", "npadvmod", "tmod", "advmod", "obl"})


def _generic_hits(ctx: _Ctx, txs: list[_Tx], hits: list[_Hit],
                  owner: dict[int, _Hit | None]) -> list[_Hit]:
    """Verbs that a time expression no trigger owns dates adverbially, whose subject is
    a company, in a clause that holds no trigger: events of type `other`."""
    out: list[_Hit] = []
    taken = {h.tok.i for h in hits} | {i for h in hits for i in h.domain}
    excluded = ctx.lex.classes["generic_excluded"] | ctx.lex.status["reporting_verbs"]
    for tx in txs:
        if owner.get(tx.root) is not None or _BASE_PERIOD.search(tx.timex.text) \
                or tx.period.precision == "span" and tx.timex.text.lower().startswith(
                    ("over", "for", "in the past", "the past", "the last")):
            continue
        root = ctx.doc[tx.root]
        verb = root.head if root.dep_ in _ADVERBIAL else None
        if root.dep_ == "pobj" and root.head.dep_ == "prep":
            verb = root.head.head
        if verb is None or verb.pos_ != "VERB" or verb.i in taken or verb.dep_ in (
                "amod", "compound", "acl", "relcl") or _lemma(verb) in excluded:
            continue
        if any(t.i in taken for t in verb.subtree):
            continue  # a clause that holds a trigger is that trigger's
        if any(c.dep_ == "dobj" and _definite(c) and _lemma(c) in ctx.lex.nouns
               for c in verb.children):
            continue  # "will complete the sale by Friday": a told event's step
        subj = _subject_of(verb)
        if subj is None or _is_passive(verb) or any(h.tok.i == verb.i for h in out):
            continue
        if _is_regulator(ctx, subj) and subj.i not in ctx.company_of_token and any(
                t.i in ctx.company_of_token for t in _arg_tokens(verb, False)):
            # "the Casino Control Commission put off its vote on Holiday's plan to April
            # 1": an authority's act on a company named in it is the company's
            out.append(_Hit(verb, _lemma(verb), _GENERIC_LEGAL, False))
            continue
        if not (subj.i in ctx.company_of_token or _is_company_noun(ctx, subj)
                or _lemma(subj) in ctx.lex.actors["pronouns"]):
            continue
        out.append(_Hit(verb, _lemma(verb), _GENERIC, False))
    return out


def _domain(hit: _Hit, hits: list[_Hit], ctx: _Ctx) -> frozenset[int]:
    """The tokens a trigger owns: its subtree, and for an event noun that is the subject
    of a plain verb ("the Boston shutdown coming early next year") that verb's adjuncts."""
    tok = hit.tok
    dom = _clause_subtree(tok, hit.noun)
    head = tok.head
    if hit.noun and tok.dep_ in ("nsubj", "nsubjpass") and head.i != tok.i \
            and not any(h.tok.i == head.i for h in hits):
        dom.add(head.i)
        for c in head.children:
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl") and c.i != tok.i:
                dom.update(t.i for t in c.subtree)
    return frozenset(dom)


def _clause_subtree(tok: Token, noun: bool) -> set[int]:
    """A token's subtree without the other clauses hanging from it (a verb's conjoined,
    adverbial and complement clauses; a noun keeps its relative clauses)."""
    cut = frozenset({"conj"}) if noun else _CLAUSAL
    out = {tok.i}
    # An infinitive of purpose stays ("formed a venture to make batteries in 2020": the
    # parser often hangs the date on it).
    stack = [c for c in tok.children if c.dep_ not in cut or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    while stack:
        cur = stack.pop()
        out.add(cur.i)
        stack.extend(cur.children)
    return out


def _owners(txs: list[_Tx], hits: list[_Hit]) -> dict[int, _Hit | None]:
    """For each timex (by root token), the trigger with the smallest domain holding it."""
    owner: dict[int, _Hit | None] = {}
    for tx in txs:
        best = None
        for h in hits:
            if tx.root in h.domain and (best is None or len(h.domain) < len(best.domain)):
                best = h
        owner[tx.root] = best
    return owner


def _governing_timex(ctx: _Ctx, hit: _Hit, txs: list[_Tx],
                     owner: dict[int, _Hit | None], planned: bool = False) -> _Tx | None:
    """The time expression that governs a trigger: in its own domain first (nearest in
    the tree), else attached to the clauses above it (never reached by going down into
    another clause), never one another trigger owns unless that trigger governs this one.
    Of two adjacent expressions ("Wednesday last week") the finer wins."""
    best: tuple | None = None
    chosen = None
    anc = {hit.tok.i: 0}
    cur = hit.tok
    up = 0
    while cur.head.i != cur.i and up < 8:
        cur = cur.head
        up += 1
        anc[cur.i] = up
    text = ctx.text
    # "has kept a bureau there since the 1870s, and now employs 180 people": a verb told
    # as now takes no time from the clauses above it
    present = not hit.noun and any(c.dep_ == "advmod" and c.lower_ in (
        "now", "currently", "presently") for c in hit.tok.children)
    reported = {t.i for c in hit.tok.children if c.dep_ == "dobj" for t in c.subtree} if (
        hit.rule.type == "financial_results" and not hit.noun and not planned
        and _lemma(hit.tok) in ctx.lex.status["reporting_verbs"]) else set()
    for tx in txs:
        if present and tx.root not in hit.domain:
            continue
        own = owner.get(tx.root)
        if own is not None and own is not hit and hit.tok.i not in own.domain and not (
                not hit.noun and hit.tok.dep_ == "conj" and hit.tok.head.i == own.tok.i):
            continue  # another event's time (a conjoined event shares its head's)
        lo, hi = sorted((tx.timex.start, hit.tok.idx))
        if _BLANK_LINE.search(text, lo, hi):
            continue  # another paragraph: a sentence the parser failed to split
        in_domain = tx.root in hit.domain
        cur = ctx.doc[tx.root]
        down = 0
        crossed = relative = told = False
        while cur.i not in anc and cur.head.i != cur.i:
            if cur.dep_ in _CLAUSAL and hit.rule.type == "financial_results" \
                    and cur.head.i == hit.tok.i and _speech_tag(ctx, cur):
                told = True  # "sales rose 5%, Acme reported today in its Q2 results"
            elif cur.dep_ in _CLAUSAL and cur.lower_ != "effective":
                crossed = True  # (", effective July 1" is no clause of its own)
            if cur.dep_ == "relcl" and cur.head.i != hit.tok.i and _lemma(cur.head) not in (
                    "period", "quarter", "year", "month", "half", "week"):
                relative = True  # (a clause on the trigger noun itself dates it, and one
                # that says which period: "the three-month period that ended Feb. 3")
            cur = cur.head
            down += 1
        if cur.i not in anc or (crossed and not in_domain) or relative:
            continue  # "debt that calls for payment through March 1989": the debt's time
        if down and _sequence_verb(cur) and any(
                c.dep_ == "nsubj" and c.left_edge.i <= hit.tok.i <= c.right_edge.i
                for c in cur.children):
            continue  # "the deal follows a strong fourth quarter": the quarter's time
        # ("from 2019, when the company made a loss": a clause on the year is its own)
        on_time = any(a.dep_ == "relcl" and a.head.i == tx.root
                      for a in [hit.tok, *hit.tok.ancestors])
        if hit.rule.type == "financial_results" and not on_time and (
                _in_comparison(ctx.doc[tx.root], hit.tok) or _BASE_PERIOD.search(tx.timex.text)
                or _FROM_FIGURE.search(text, max(0, tx.timex.start - 60), tx.timex.start)):
            continue  # "net rose to $5 million from $4 million last year": the base
        ahead = 0
        if planned and ctx.news_day is not None and tx.period.end < ctx.news_day.start:
            ahead = 1  # a plan is dated by its target, not by the day it was told
        told = told or (hit.rule.type == "financial_results" and cur.i != hit.tok.i
                        and _lemma(cur) in ctx.lex.status["reporting_verbs"])
        # A figure is dated by the period its telling names, not the day it was told.
        day_told = int(told and tx.period.precision not in _FIGURE_PRECISIONS)
        # "In July, Nokia reported a slump in second-quarter profits": a reported figure
        # is dated by the period named in what is reported, not by the telling
        in_report = int(not (tx.root in reported and tx.period.precision in _FIGURE_PRECISIONS))
        # "appointed him CEO today, effective July 1": the day it takes effect dates it
        effective = 0 if _effective(ctx, tx) else 1
        key = (effective, ahead, day_told, in_report, 0 if in_domain else 1, anc[cur.i], down,
               -_precision_rank(tx.period))
        if best is None or key < best:
            best, chosen = key, tx
    if chosen is None and not hit.noun and hit.rule.type != "financial_results":
        # "closing 13 plants ... and reducing our workforce by 47,000 since 2003": a time
        # ending the last of conjoined acts is all of theirs
        for c in hit.tok.children:
            if c.dep_ != "conj" or c.pos_ != "VERB":
                continue
            last = c.sent.end - 1
            while last > c.i and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
                last -= 1
            for tx in txs:
                own = owner.get(tx.root)
                if tx.root > c.i and max(tx.tokens) == last and not _BASE_PERIOD.search(
                        tx.timex.text) and tx.root in {
                        t.i for t in c.subtree} and (own is None or own is hit
                                                     or own.tok.i == c.i):
                    return tx
    if chosen is not None:
        for tx in txs:
            gap = ctx.text[min(tx.timex.end, chosen.timex.end):
                                   max(tx.timex.start, chosen.timex.start)]
            if tx is not chosen and not gap.strip() and (
                    tx.period.days < chosen.period.days
                    and chosen.period.start <= tx.period.start <= chosen.period.end
                    or tx.period.days == chosen.period.days and tx.timex.start > chosen.timex.end
                    and any(ch.isdigit() for ch in tx.timex.text)
                    and not any(ch.isdigit() for ch in chosen.timex.text)):
                return tx  # (and "the full year 2025": the year written out)
    return chosen


_EFFECTIVE = re.compile(r"\b(?:effective|with effect from|as of|as from)\s+(?:from\s+|on\s+)?$",
                        re.IGNORECASE)


def _effective(ctx: _Ctx, tx: _Tx) -> bool:
    """Whether a time is the one an act takes effect ("effective July 1")."""
    start = tx.timex.start
    return _EFFECTIVE.search(ctx.text, max(0, start - 25), start) is not None


def _grievance(tok: Token) -> bool:
    """What people protest over is a cause told, not news ("a strike over the studio
    closures", "anger over the layoffs")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("over", "against") \
        and prep.head.lemma_.lower() in lexicon().status["grievances"]


def _not_until(chain: list[tuple[Token, str]]) -> bool:
    """"Not ... until March": the act is put off to then, not denied."""
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") and any(
        p.dep_ == "pobj" for p in c.children) for t, _ in chain for c in t.children)


# Words that make a clause a habit, not a happening.
_HABIT = re.compile(r"\bfrom time to time\b|\bon occasion\b", re.IGNORECASE)


def _speech_tag(ctx: _Ctx, tok: Token) -> bool:
    """A company's reporting verb after the figure it tells: ", Spotify reported today in
    its second-quarter results"."""
    subj = _subject_of(tok)
    return _lemma(tok) in ctx.lex.status["reporting_verbs"] and tok.i > tok.head.i \
        and subj is not None and (subj.i in ctx.company_of_token or _is_company_noun(ctx, subj)
                                  or _lemma(subj) in ctx.lex.actors["pronouns"])


def _sequence_verb(tok: Token) -> bool:
    """A verb that sets one happening after another ("the deal follows a strong fourth
    quarter", "comes after a turbulent 2024"): a time in its object is not its subject's."""
    lemma = _lemma(tok)
    return lemma in ("follow", "precede") or (lemma == "come" and any(
        c.dep_ == "prep" and c.lower_ in ("after", "amid", "on") for c in tok.children))


def _in_comparison(tok: Token, trigger: Token) -> bool:
    """Whether a word sits in the comparison base of a figure ("from $4 million last
    year", "against a year-earlier loss", "compared with 1988")."""
    cur = tok
    for _ in range(6):
        if cur.i == trigger.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in ("from", "against", "versus", "vs", "than",
                                                 "with") and (
                cur.lower_ != "with" or cur.head.lower_ in ("compared", "comparison")) and not (
                # (what is taken "against" a period's results is not compared with it)
                cur.lower_ == "against" and _lemma(cur.head) in lexicon().classes[
                    "charge_nouns"]) and not (
                cur.lower_ == "from" and cur.head.pos_ == "NOUN" and cur.head.ent_type_ not in (
                    "MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                and _lemma(cur.head) in lexicon().status["figure_sources"]):
            return True  # (but "a charge against third-quarter results" is taken then, and
            # "earnings from exploration in 1986" says where the earnings came from)
        cur = cur.head
    return False


def _precision_rank(p: Period) -> int:
    from timeline.models import PRECISION_RANK

    return PRECISION_RANK.get(p.precision, 0)


def _tense_of(tok: Token) -> str:
    """'future' when the clause a token hangs from is future, else 'past'."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if any(c.lower_ in ("will", "'ll", "shall") for c in cur.children if c.dep_ == "aux"):
        return "future"
    return "past"


def _chain(tok: Token, noun: bool) -> list[tuple[Token, str]]:
    """The trigger and the words that govern its mood, each with the dependency it was
    reached by: heads through xcomp ("plans to cut"), the verb an event noun is the
    object of ("announced layoffs"), a noun "plans" over "to cut"."""
    out = [(tok, "")]
    cur = tok
    while noun and cur.dep_ == "conj" and cur.head.pos_ == "NOUN" and cur.head.i != cur.i:
        cur = cur.head  # "plans a modernization and expansion": the first conjunct's verb
        out.append((cur, "conj"))
    if noun and cur.head.i != cur.i and cur.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj",
                                                     "attr", "compound", "conj"):
        dep = cur.dep_
        head = cur.head
        if dep == "compound":
            out.append((head, "compound"))
            dep = head.dep_
            head = head.head
        if dep == "pobj" and head.head.i != head.i:
            head = head.head
        out.append((head, dep))
        cur = head
    forecasts = lexicon().status["forecast_heads"]
    for _ in range(4):
        purpose = cur.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if (cur.dep_ in ("xcomp", "acl", "conj", "pcomp", "auxpass") or purpose or (
                cur.dep_ == "ccomp" and _lemma(cur.head) in forecasts
                and cur.head.tag_ in ("VBZ", "VBP", "VB"))) \
                and cur.head.i != cur.i:
            dep = cur.dep_
            cur = cur.head
            if cur.dep_ == "prep" and cur.head.i != cur.i:
                cur = cur.head
            out.append((cur, dep))
        else:
            break
    return out


@dataclass
class _Mood:
    """How an event is told: its status, or dropped (negated, hypothetical)."""

    status: str
    dropped: bool = False


def _mood(ctx: _Ctx, hit: _Hit) -> _Mood:
    """Negated and hypothetical events are dropped; planned and reported are told apart
    from what happened."""
    st = ctx.lex.status
    chain = _chain(hit.tok, hit.noun)
    planned = hit.rule.status == "planned" or (
        not hit.noun and hit.tok.dep_ in ("relcl", "acl") and hit.tok.tag_ in ("VB", "VBN")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in hit.tok.children))
    # (an infinitive on a noun is still to come: "Smithfield, to be purchased by ...")
    drop = _Mood("happened", dropped=True)
    clause = hit.tok.head if hit.noun else hit.tok
    if _HABIT.search(hit.tok.sent.text) and _HABIT.search("".join(
            t.text_with_ws for t in clause.subtree)):
        return drop  # "acquisitions taking place from time to time": a habit, not news
    if hit.noun and (_grievance(hit.tok) or (
            hit.tok.dep_ == "attr" and hit.tok.head.lemma_ == "be"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in hit.tok.children))):
        return drop  # (and "Duane Reade is a compelling acquisition": a judgement)
    if hit.noun:
        for c in hit.tok.children:
            if c.dep_ == "det" and c.lower_ in ("no", "neither", "any"):
                return drop  # "no closings are planned", "any hostile takeover"
            if c.dep_ == "amod" and c.lower_ in st["planned_modifiers"]:
                planned = True
            if c.dep_ in ("amod", "advmod", "compound") and c.lower_ in st["void_modifiers"]:
                return drop  # "a possible acquisition", "an aborted merger agreement"
            if hit.tok.tag_ == "NNS" and c.dep_ in ("amod", "det") and c.lower_ in st[
                    "plural_background"]:
                return drop  # "some previous acquisitions": background, not one happening
        if hit.tok.tag_ == "NNS" and hit.tok.dep_ in ("pobj", "conj") and not any(
                c.dep_ in ("det", "poss", "nummod") for c in hit.tok.children) and _lemma(
                hit.tok.head) in ("through", "for", "via", "by", "with", "including", "like",
                                  "such", "and", "of") and not any(
                t.i in ctx.company_of_token or t.like_num for t in hit.tok.subtree):
            return drop  # "growth through acquisitions", "in connection with corporate
            # restructurings": a kind of thing, not a happening of a company named here
            # (with a number it is one: "furloughs for about 2,000 of its pilots")
    for i, (t, via) in enumerate(chain):
        verbal = t.pos_ in ("VERB", "AUX")
        for c in t.children:
            word = c.lower_
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and word == "never"):
                if (i == 0 or verbal) and not (word != "never" and _not_until(chain[:i + 1])):
                    return drop
            if c.dep_ in ("aux", "auxpass"):
                if word in st["hypothetical_aux"]:
                    if word in ("can", "could") and any(
                            m.dep_ == "mark" and m.lower_ == "so" for m in t.children):
                        planned = True  # "invest ... so it can build a new SUV": a purpose
                        continue
                    return drop
                if word in st["future_aux"] or word in st["conditional_aux"]:
                    planned = True
                if word in st["planned_aux_soft"]:
                    planned = True  # "more layoffs should be expected"
            if c.dep_ == "mark" and word in st["hypothetical_marks"]:
                return drop
        if i == 0:
            continue
        lemma = _lemma(t)
        governs = via in ("xcomp", "dobj", "acl", "nsubjpass", "pobj") or (
            via == "ccomp" and lemma in st["forecast_heads"] and t.tag_ in ("VBZ", "VBP", "VB"))
        # ("expects EPS to be $0.70"; "expected revenue of" a closed quarter is a result)
        if governs and verbal and lemma in st["negating_heads"]:
            return drop
        if governs and lemma in st["planned_heads"] and t.pos_ in ("VERB", "ADJ", "AUX"):
            planned = True
        if via in ("acl", "xcomp") and t.pos_ == "NOUN" and lemma in st["planned_nouns"]:
            planned = True
        if via == "xcomp" and t.lower_ in ("going", "set", "due", "poised", "about", "slated",
                                           "scheduled", "is", "are", "was", "were"):
            planned = True  # "is going to close", "is set to close", "is to close"
        done = t if verbal else t.head if t.dep_ in ("dobj", "nsubjpass") else None
        if done is not None and hit.rule.status != "planned" and done.tag_ in ("VBD", "VBN") \
                and _lemma(done) in st["completion_heads"] and not any(
                c.dep_ == "aux" and c.lower_ in st["future_aux"] for c in done.children):
            planned = False  # "said it completed agreements to restructure debt": done
    # Denials, rumours and speculation hold everything below them: "KLM denied a report
    # saying it was discussing a takeover", "rumors that Tenneco might be a target".
    cur = hit.tok
    own_clause = False  # above a relative clause: its head's negation is not the clause's
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        via, below = cur.dep_, cur
        own_clause = own_clause or via == "relcl"
        cur = cur.head
        lemma = _lemma(cur)
        if cur.i in ctx.company_of_token or cur.ent_type_ in ("ORG", "PERSON"):
            continue  # "Target, which closed ...": a name, not the word
        if lemma in st["hedges"] and cur.pos_ == "NOUN" and cur.dep_ == "dobj" and _lemma(
                cur.head) in st["planned_heads"] and via == "prep" and below.lower_ == "of":
            planned = True  # "is exploring the possibility of furloughs": a plan weighed
            continue
        if lemma == "risk" and cur.dep_ == "pobj" and cur.head.lower_ == "at":
            planned = True  # "1,650 staff are at risk of redundancy": cuts proposed
            continue
        if lemma in st["denials"] or (lemma in st["hedges"] and via != "nsubj"):
            return drop
        if lemma in st["failures"] and via in ("nsubj", "nsubjpass") and (
                lemma != "fall" or any(c.lower_ == "through" for c in cur.children)):
            return drop  # "a plan to sell its branches fell through"
        if cur.pos_ in ("VERB", "AUX") and via in ("ccomp", "xcomp", "advcl", "conj", "acl"):
            for c in cur.children:
                if c.dep_ == "aux" and c.lower_ in st["hypothetical_aux"]:
                    return drop
                if c.dep_ == "mark" and c.lower_ in st["hypothetical_marks"]:
                    return drop  # "unless more bonds, to raise cash, are issued"
        if cur.pos_ in ("VERB", "AUX"):
            subj = _subject_of(cur)
            if subj is not None and _lemma(subj) in st["commentators"]:
                return drop  # "analysts said they believe ...": their view, not news
        if via != "conj" and not own_clause and any(c.dep_ == "neg" for c in cur.children) or (
                cur.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("no", "any") for c in cur.children)):
            return drop  # "isn't aware of any attempts to take over", "did not say when"
    # A noun held by a hypothetical verb: "could result in job losses".
    if hit.noun:
        head = hit.tok.head
        for _ in range(5):
            if head.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "aux" and c.lower_ in st["hypothetical_aux"]
                       for c in head.children):
                    return drop
                if any(c.dep_ == "neg" for c in head.children) and hit.tok.dep_ in (
                        "dobj", "nsubjpass", "pobj"):
                    return drop
                break
            if head.head.i == head.i:
                break
            head = head.head
    if planned:
        return _Mood("planned")
    if hit.rule.status == "reported":
        return _Mood("reported")
    return _Mood("happened")


def _events_of(ctx: _Ctx, hit: _Hit, hits: list[_Hit], sent: Span, s_index: int,
               txs: list[_Tx], owner: dict[int, _Hit | None],
               carry: list[tuple[Period, str]],
               last: list[tuple[Period, str]] | None = None) -> list[_Cand]:
    tok = hit.tok
    mood = _mood(ctx, hit)
    if mood.dropped:
        return []  # negated or hypothetical
    if mood.status == "planned" and hit.rule.state and not (
            hit.rule.type == "financial_results" and any(
                t.ent_type_ in ("MONEY", "PERCENT") for t in tok.subtree)):
        # (a figure forecast is: "expects revenue to be about $435 million")
        if _verb_lemma(tok, ctx.lex) != "employ":
            return []  # a state to come ("will have 40 pct") is no event
        # "the plant is expected to employ 5,000 people": jobs to come are hiring.
        hit = _Hit(tok, hit.key, replace(hit.rule, type="hiring", status=None, state=False),
                   hit.noun, hit.domain)
    tx = _governing_timex(ctx, hit, txs, owner, mood.status == "planned")
    if tx is None and txs and not hit.noun and hit.tok.dep_ == "advcl" and (any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "when", "as", "once", "until")
            for c in hit.tok.children) or (hit.tok.tag_ == "VBG" and not any(
                c.dep_ == "mark" for c in hit.tok.children))):
        # (and a participle's: "will idle six plants next week, laying off 21,600 workers")
        # "The deal closed in October 2023 after regulators approved it": a clause whose
        # time another event owns is still nearer that time than the news day.
        tx = _governing_timex(ctx, hit, txs, {}, mood.status == "planned")
    # An event noun inside another trigger's core argument, with no time of its own, is
    # that event's topic ("clearance to Tesco's purchase"), not an event.
    if hit.noun and (tx is None or tx.root not in hit.domain) and _nested(ctx, hit, hits):
        return []
    definite = hit.noun and _definite(tok) and not _new_party(ctx, tok)
    if definite and (tx is None or tx.root not in hit.domain) and (
            hit.rule.type in ctx.told or hit.rule.type == "@DEAL" or not _of_complement(tok)
            or (hit.rule.type in _DEAL_TYPES and ctx.told & _DEAL_TYPES)):
        return []  # "the closure", "the layoffs": a re-mention of what was told
        # (not the first telling: "is negotiating for the acquisition of 50 pct of ...")
    etype = hit.rule.type
    if etype in ("investment", "acquisition") and not hit.noun and any(
            w.lower_ == "own" for head in _object_heads(tok) for w in head.subtree):
        etype = "other"  # "buy up to 54 pct of its own shares": a buyback
    elif etype == "acquisition" and not hit.noun and _bought_product(ctx, tok):
        etype = "other"  # "bought a Cray supercomputer": a product, not the company
    elif etype == "investment" and _control(ctx, hit):
        etype = "acquisition"  # "buy all of the shares", "acquire a 70 pct stake"
    actor = _resolve_actor(ctx, hit)
    if actor is not None and etype in ("acquisition", "investment") \
            and hit.rule.type == "investment" and not hit.noun:
        # "acquired a controlling interest in Data Access": Data Access is taken over too;
        # "will buy a minority stake in Fluke": Fluke receives the investment.
        held = [n for h in _object_heads(hit.tok) for q in _prep_objects(h, ("in",))
                for n in _company_in(ctx, q)]
        if etype == "investment" and _sellers(ctx, hit):
            held = []  # "acquire Unisys's stake in Magnetic Peripherals": no new money in
        if etype == "acquisition":
            # "offer 3.50 dlrs a share for all the capital of Monier": the company bid for
            held += [n for h in [hit.tok, *_object_heads(hit.tok)]
                     for q in _prep_objects(h, ("for",)) for n in _company_in(ctx, q)]
        actor = _with_targets(actor, [n for n in held if n not in actor.companies])
    if actor is not None and actor.how == "regulated":
        etype = "legal"  # a regulator acting on a company is the company's legal event
    if actor is not None and etype == "leadership" and actor.how == "inherited" \
            and len(actor.companies) > 1:
        # "the acquisition will see Sorenson instated as CEO": the buyer's post
        actor = _Actor(actor.companies[:1], actor.how, actor.targets)
    if etype == "@DEAL":
        deal = ctx.deals[-1] if ctx.deals else None  # "the deal": the last one told
        if deal is None:
            return []
        etype, companies = deal
        actor = _Actor(companies, "anaphor")
    if actor is None or not actor.companies:
        return []
    status = mood.status
    if hit.rule.status == "reported" and status != "planned":
        status = "reported"
    if status == "happened" and tx is not None and ctx.news_day is not None \
            and tx.period.start > ctx.news_day.end and _effective(ctx, tx):
        status = "planned"  # "named him CEO, effective July 1": it takes effect later
    out: list[_Cand] = []
    # "one 747 in September and one in November": one event per dated part of the plan.
    for part in [tx, *_parts(ctx, hit, tx, txs, owner)]:
        out.extend(_dated_events(ctx, hit, sent, s_index, txs, part, part is not tx,
                                 actor, etype, status, carry, last))
    if out and etype in ("acquisition", "partnership", "divestiture", "investment"):
        # (both sides: the seller too, for "the transaction is expected to close")
        sides = list(out[0].companies)
        sides += [c.company for c in out if c.company not in sides]
        ctx.deals.append((etype, tuple(sides)))
    return out


def _parts(ctx: _Ctx, hit: _Hit, tx: _Tx | None, txs: list[_Tx],
           owner: dict[int, _Hit | None]) -> list[_Tx]:
    """The further dated parts of one trigger: time expressions coordinated with the
    governing one ("in September and November", "this year and 1,000 more in 2008"),
    owned by no other trigger."""
    if tx is None:
        return []
    doc = ctx.doc

    def anchor(t: _Tx) -> Token:
        # The word a time hangs from its clause by: its preposition, if any.
        root = doc[t.root]
        return root.head if root.dep_ == "pobj" and root.head.i != root.i else root

    def conj_group(tok: Token) -> set[int]:
        group = {tok.i}
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
            group.add(tok.i)
        stack = [tok]
        while stack:
            cur = stack.pop()
            group.add(cur.i)
            stack.extend(c for c in cur.children if c.dep_ == "conj")
        return group

    mine = anchor(tx)
    linked = conj_group(doc[tx.root]) | conj_group(mine)
    out = []
    for t in txs:
        if t is tx or t.root in tx.tokens or owner.get(t.root) not in (None, hit):
            continue
        if t.period.overlaps(tx.period) or _in_comparison(doc[t.root], hit.tok):
            continue
        a = anchor(t)
        first, second = sorted((tx.timex, t.timex), key=lambda x: x.start)
        between = ctx.text[first.end:second.start]
        if t.root in linked or a.i in linked or (
                a.head.i == mine.head.i == hit.tok.i and re.search(r"\band\b", between)):
            out.append(t)
    return out


def _dated_events(ctx: _Ctx, hit: _Hit, sent: Span, s_index: int, txs: list[_Tx],
                  tx: _Tx | None, extra: bool, actor: _Actor, etype: str, status: str,
                  carry: list[tuple[Period, str]],
                  last: list[tuple[Period, str]] | None) -> list[_Cand]:
    """The events of one trigger dated by one time expression (or none), one per company.
    `extra` marks a further dated part of the same trigger."""
    tok = hit.tok
    explicit = tx is not None
    period: Period | None = None
    if tx is not None:
        period = _event_period(ctx, tx, status, txs, tx.root in hit.domain,
                               status == "happened" and _verb_tense(hit) == "past",
                               _plan_told_before(ctx, hit) if status == "planned" else None)
    else:
        if etype == "financial_results" and status == "reported":
            # A state needs the period it is stated for: figures told in the past right
            # after a sentence that names a past period are that period's ("It reported
            # 1986 net profit ... But it recorded higher finance charges").
            period = _figure_period(ctx, hit, last or [], s_index)
            if period is None and hit.rule.state and _verb_tense(hit) == "simple present":
                # "the complex, which now employs 9,400 workers": a headcount stated as
                # of today is the news day's.
                period = ctx.news_day
            if period is None:
                return []
        elif not hit.noun and status == "happened" and _verb_tense(hit) == "simple present":
            return []  # "Montedison invests 30 billion lire a year": a habit, not news
        elif not hit.noun and status == "happened" and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children) and (
                actor.how != "named" or hit.rule.sense == "generic") \
                and not _told_by_company(ctx, hit):
            return []  # "the plant had been idled": undated background before the news
            # (but "Glynwed said it had bought ..." is the news, told in reported speech)
        else:
            period = _elapsed_period(ctx, hit)
            explicit = period is not None  # "two years after it bought": a date told
            if period is None:
                period = _implicit_period(ctx, hit, status, carry)
            if _background(ctx, hit, actor, period != ctx.news_day):
                return []
    if period is None:
        return []
    if etype == "financial_results" and status == "planned" and explicit \
            and ctx.news_day is not None and period.end < ctx.news_day.start:
        status = "reported"  # "expects revenue of $435 million for the fourth quarter" ended
    if etype == "financial_results" and explicit and ctx.news_day is not None and \
            period.end < ctx.news_day.start and period.precision in _FIGURE_PRECISIONS:
        ctx.figures.append((s_index, period))
    if period.precision == "week":
        # A week is written as its days ("2022-02-28/2022-03-06"): the gold dates and the
        # timeline use calendar labels only.
        period = span_period(day_period(period.start), day_period(period.end))
    if status == "happened" and ctx.news_day is not None and period.start > ctx.news_day.end:
        status = "planned"
    told_sellers = _sellers(ctx, hit) if etype in ("acquisition", "investment") else []
    if actor.how != "named" and told_sellers and set(actor.companies) <= set(told_sellers):
        # "the companies purchased from Gallaher" read as Gallaher's: the seller is no
        # buyer; the buyer of the deal told before (else the article's company) bought them
        told = [c for c in (ctx.deals[-1][1] if ctx.deals else ()) if c not in told_sellers]
        buyer = told[0] if told else ctx.focus
        if buyer is None or buyer in told_sellers:
            return []
        actor = _Actor((buyer,), "anaphor", actor.targets)
    companies = list(actor.companies)
    if hit.rule.targets or etype in ("acquisition", "investment"):
        companies += [c for c in actor.targets if c not in companies]
    sellers = [c for c in told_sellers if c not in actor.companies]
    companies = [c for c in companies if c not in sellers]  # the seller is no buyer
    if etype == "acquisition":
        companies += [c for c in _bidders(ctx, hit) if c not in companies]
        if hit.noun and _lemma(tok) in ctx.lex.classes["bid_nouns"] and tok.dep_ == "pobj" \
                and not actor.targets and any(c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                              for c in tok.children):
            # "AkzoNobel announced its plan amid a takeover bid by PPG": the clause's
            # company is the one bid for
            up = _upper_company(ctx, tok)
            if isinstance(up, list):
                companies += [c for c in up if c not in companies]
    if etype == "legal":
        # "filed suit against Samsung", "sued Fujifilm": the other side's legal event too
        companies += [c for c in _legal_opponents(ctx, hit) if c not in companies]
    parent = None
    if etype == "divestiture":
        sellers = [c for c in _recipients(ctx, hit) if c not in companies]  # see below
        parent = _spinning_parent(ctx, hit)
        if parent and parent not in companies:
            companies.append(parent)  # "Intertan was spun off to Tandy holders": Tandy's too
    detail_tokens = [t for t in _arg_tokens(tok, hit.noun) if t.i not in ctx.tx_of_token]
    words = frozenset(_content_words(detail_tokens, companies))
    persons = frozenset(t.text for t in list(sent) if t.ent_type_ == "PERSON"
                        and (t.i in {d.i for d in detail_tokens} or t.head.i == tok.i
                             or (tok.i in {a.i for a in t.head.subtree}
                                 and t.dep_ in ("nsubj", "nsubjpass"))))
    if hit.rule.type == "leadership":
        persons = frozenset(_persons_near(ctx, hit))
    numbers = frozenset(_numbers(detail_tokens))
    names = frozenset(t.lower_ for t in detail_tokens if t.pos_ == "PROPN"
                      and t.i not in ctx.company_of_token and t.ent_type_ != "PERSON")
    fresh = not hit.noun and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                 for h in _object_heads(tok)[:1] for d in h.children)
    detail = " ".join(sorted(words))
    out = []
    for company in companies + sellers:
        # The other side of a deal: a purchase's seller divests, a sale's buyer acquires.
        side = "seller" if etype != "divestiture" else "buyer"
        ctype = ("divestiture" if etype != "divestiture" else "acquisition") \
            if company in sellers else etype
        if company in sellers:
            lead = companies[0]
            told = _summary(ctx, hit, lead, tx, lead).replace(f"{lead}: ", f"{lead} ", 1)
            summary = f"{company} ({side}): {told}"
        elif company == parent:
            unit = actor.companies[0]
            told = _summary(ctx, hit, unit, tx, unit).replace(f"{unit}: ", f"{unit} ", 1)
            summary = f"{company}: {told}"
        else:
            summary = _summary(ctx, hit, company, tx, actor.companies[0])
        conf = _confidence(hit, actor, explicit, ctype, company in actor.targets
                           or company in sellers)
        part = f"|{tx.root}" if extra and tx is not None else ""
        eid = hashlib.sha1(
            f"{ctx.article.id}|{ctx.base + sent.start_char}|{tok.i}|{company}|{ctype}{part}"
            .encode()).hexdigest()[:12]
        out.append(_Cand(
            company=company, type=ctype, sense=hit.rule.sense if ctype == hit.rule.type
            else ctype, status=status, period=period, explicit=explicit, summary=summary,
            confidence=conf, sentence=sent.text, trigger=hit.key, tok=tok.i, detail=detail,
            words=words | {hit.key.split(" ")[0]}, persons=persons, numbers=numbers,
            names=names,
            sent_index=s_index, eid=eid, companies=tuple(companies),
            above=frozenset(a.i for a in tok.ancestors), fresh=fresh,
            effective=tx is not None and _effective(ctx, tx)))
    targets = [t for t in actor.targets if t in companies]
    if etype == "acquisition" and len(targets) > 1:
        # "has acquired Hoover, Rowenta and McGuire": one purchase per company bought,
        # each the buyer's own line.
        split: list[_Cand] = []
        for c in out:
            if c.company in targets or c.company in sellers:
                split.append(c)
                continue
            for t in targets:
                eid = hashlib.sha1(f"{c.eid}|{t}".encode()).hexdigest()[:12]
                verb = "acquired" if c.status == "happened" else "to acquire"
                split.append(replace(c, eid=eid, companies=(c.company, t),
                                     summary=f"{c.company} {verb} {t}", detail=t.lower(),
                                     names=c.names | {t.lower()}))
        out = split
    return out


def _sellers(ctx: _Ctx, hit: _Hit) -> list[str]:
    """Who sells in a purchase: "buy Occidental Life from Transamerica", "acquire
    Unisys's 13 pct stake" (the seller's divestiture, the other side of the deal)."""
    if hit.noun:
        return []
    out: list[str] = []
    for c in hit.tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj" and (p.i in ctx.company_of_token or not _is_person(ctx, p)):
                    out += [n for n in _company_in(ctx, p) if n not in out]
    for head in _object_heads(hit.tok):
        if _lemma(head) in _SOLD_THINGS or _lemma(head) in ctx.lex.classes["stake"]:
            for c in head.children:
                if c.dep_ == "poss":
                    out += [n for n in _company_in(ctx, c) if n not in out]
                elif c.dep_ == "prep" and c.lower_ == "of" and _lemma(head) in _SOLD_THINGS \
                        and _lemma(head) not in ctx.lex.classes["stake"]:
                    # "acquired the assets of Advent Solar": Advent Solar sold them
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out += [n for n in _company_in(ctx, p) if n not in out]
    return out


def _legal_opponents(ctx: _Ctx, hit: _Hit) -> list[str]:
    """The company a suit or accusation is against: "against X" on the trigger or its
    object ("filed suit against Samsung"), the object of "sue" / "accuse"."""
    tok = hit.tok
    heads = [tok, *(_object_heads(tok) if not hit.noun else [])]
    out = [n for h in heads for q in _prep_objects(h, ("against",)) for n in _company_in(ctx, q)]
    if not hit.noun and _lemma(tok) in ("sue", "accuse"):
        out += [n for c in tok.children if c.dep_ == "dobj" for n in _company_in(ctx, c)]
    return list(dict.fromkeys(out))


def _prep_objects(tok: Token, preps: tuple[str, ...],
                  deps: tuple[str, ...] = ("prep",)) -> list[Token]:
    """The objects of a word's prepositions: "to X" of "sell ... to X"."""
    return [p for c in tok.children if c.dep_ in deps and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _recipients(ctx: _Ctx, hit: _Hit) -> list[str]:
    """Who buys in a sale: "sell some brands to Fortune Brands Inc", "the sale of its
    chemicals unit to Carlyle Group and GIC" (the buyer's acquisition, the other side)."""
    if not hit.noun and (not hit.rule.buyers or _is_passive(hit.tok)):
        return []
    objs = [p for p in _prep_objects(hit.tok, ("to",), ("prep", "dative"))
            if not _is_person(ctx, p) and _lemma(p) not in ctx.lex.classes["holders"]]
    return list(dict.fromkeys(ctx.company_of_token[t.i] for p in objs for t in p.subtree
                              if t.i in ctx.company_of_token))


def _spinning_parent(ctx: _Ctx, hit: _Hit) -> str | None:
    """The company whose holders receive a unit spun off in the passive: "was spun off
    to Tandy holders" (Tandy divests; the unit is what is divested)."""
    if hit.noun or not _is_passive(hit.tok):
        return None
    return next((names[0] for p in _prep_objects(hit.tok, ("to",))
                 if _lemma(p) in ctx.lex.classes["holders"]
                 for names in [_company_in(ctx, p)] if names), None)


def _bidders(ctx: _Ctx, hit: _Hit) -> list[str]:
    """Who bids in a takeover offer the target answers: "agreed to a takeover offer from
    Pernod Ricard" is Pernod's acquisition too."""
    tok = hit.tok
    bids = ctx.lex.classes["bid_nouns"]
    noun = tok if hit.noun and _lemma(tok) in bids else tok.head if (
        hit.noun and tok.dep_ == "compound" and _lemma(tok.head) in bids) else None
    if noun is None:
        return []
    out: list[str] = []
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
            objs = [p for p in c.children if p.dep_ == "pobj"]
            out += [n for p in objs if not _is_person(ctx, p) for n in _company_in(ctx, p)]
            if not objs:
                # a name the parser left off the preposition ("by U.S.-based PPG
                # Industries Inc." read as ending the sentence): the name right after it
                out += [ctx.company_of_token[t.i] for t in ctx.doc[c.i + 1:c.i + 6]
                        if t.i in ctx.company_of_token][:1]
    return list(dict.fromkeys(out))


def _control(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a purchase of shares or a stake is a takeover: all, a majority or control,
    or a share of more than half."""
    words = _arg_tokens(hit.tok, hit.noun)
    if {t.lower_ for t in words} & {"all", "majority", "controlling", "control", "remaining",
                                    "outstanding"}:
        return True
    for t in words:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.like_num and nxt is not None and nxt.lower_ in _PERCENT_WORDS:
            try:
                if float(t.text.replace(",", "")) > 50:
                    return True
            except ValueError:
                continue
    return False


def _nested(ctx: _Ctx, hit: _Hit, hits: list[_Hit]) -> bool:
    """An event noun among the core arguments of another trigger ("gave clearance to
    Tesco's purchase", "approved the merger"): the topic of that event, not an event."""
    tok = hit.tok
    for other in hits:
        if other is hit:
            continue
        if hit.noun and not other.noun and other.rule.type in _DEAL_TYPES \
                and _lemma(tok) in ctx.lex.classes["deal_words"] and tok.dep_ == "pobj" \
                and tok.head.head.i == other.tok.i and tok.head.lower_ in ("in", "under"):
            return True  # "acquired the assets in a deal aimed at ...": the same deal
        args = _Args(ctx, other.tok, other.noun)
        if any(t.i == hit.tok.i for t in args.tokens):
            if not other.noun and hit.tok.dep_ not in ("dobj", "nsubjpass", "attr", "oprd") \
                    and hit.tok.head.i != other.tok.i:
                continue
            if other.noun and hit.noun and hit.tok.dep_ == "conj" \
                    and hit.tok.head.i != other.tok.i and hit.rule.type != other.rule.type:
                continue  # "the closure of two studios and further job losses": a list
            return True
    return False


def _new_party(ctx: _Ctx, tok: Token) -> bool:
    """A deal noun whose "of" names a company no deal of the article has involved yet
    ("Pending approval is the purchase of Rainier", after the Orbanco deal): news."""
    seen = {c for _, sides in ctx.deals for c in sides}
    named = [ctx.company_of_token[p.i] for c in tok.children
             if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj" and p.i in ctx.company_of_token]
    return bool(named) and not seen & set(named)


def _of_complement(tok: Token) -> bool:
    """Whether an event noun says what it is of ("the acquisition of 50 pct of X")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _definite(tok: Token) -> bool:
    """An event noun introduced as known: "the closure", "that deal", "the layoffs"."""
    cur = tok
    if tok.dep_ == "conj":
        cur = tok.head
    if tok.dep_ == "compound":
        cur = tok.head
    if any(t.lower_ in ("previously", "previously-announced", "previously-reported",
                        "already-announced", "aforementioned") for t in tok.subtree):
        return True  # "its previously announced merger": told before
    if cur.dep_ == "pobj" and cur.head.lower_ == "with" and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
            q.dep_ == "pobj" and any(n.dep_ == "nummod" for n in q.children)
            for q in p.children) for p in cur.children):
        return False  # "with the loss of 93 jobs": the figure is news, not a re-mention
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in cur.children)


def _background(ctx: _Ctx, hit: _Hit, actor: _Actor, carried: bool) -> bool:
    """Undated background: a comparison told in the present perfect ("rivals have also
    closed stores"), or an undated event of a company the article is not about that no
    one announces and that is not told as a named company's past act."""
    lex = ctx.lex
    chain = _chain(hit.tok, hit.noun)
    adverbs = {c.lower_ for t, _ in chain for c in t.children if c.dep_ == "advmod"}
    if adverbs & lex.status["background_adverbs"]:
        return True
    focus = ctx.report.focus
    if adverbs & lex.status["comparison_adverbs"] and focus not in actor.companies:
        return True  # "rivals have also closed stores"; the focus's "also" adds news
    if focus in actor.companies or focus in actor.targets or carried:
        return False
    if actor.how == "named" and (_verb_tense(hit) == "past" or (
            hit.rule.type == "leadership" and _verb_tense(hit) == "present")):
        return False  # "Debenhams slashed 2,500 positions": a named company's act, told
        # (and "he is leaving his job at Microsoft": the person the news is about)
    return not _told_by_company(ctx, hit)  # news of the day told by the company itself


def _told_by_company(ctx: _Ctx, hit: _Hit) -> bool:
    """Whether a company tells the event: "X said it would ...". A company announcing it
    makes it news of the day, whichever company acts ("Nissan said it and Lancer have
    agreed to cooperate"); the subject may name it in an apposition ("Equity investment
    company <Battery Group Ltd> said"), or be "it" / "the company"."""
    lex = ctx.lex
    cur = hit.tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if _lemma(cur) in lex.status["reporting_verbs"]:
            subj = _subject_of(cur)
            if subj is not None and (any(t.i in ctx.company_of_token for t in subj.subtree)
                                     or _lemma(subj) in lex.actors["pronouns"]
                                     or _is_company_noun(ctx, subj)):
                return True
    return False


def _plan_told_before(ctx: _Ctx, hit: _Hit) -> tuple[Period | None] | None:
    """When a plan was told as a plan of the past ("originally planned to reopen on
    July 17", "notified staff in April that it would furlough them"): (the period of the
    telling, if dated,); None for a plan told now."""
    cur = hit.tok
    if not hit.noun and (cur.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.lower_ in ("was", "were", "had") for c in cur.children)):
        return (None,)  # "it was seeking new financing in January"
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX") or cur.tag_ != "VBD":
            continue
        for c in cur.children:
            if c.dep_ in ("prep", "npadvmod", "tmod"):
                for t in c.subtree:
                    tx = ctx.tx_of_token.get(t.i)
                    if tx is None or ctx.news_day is None:
                        continue
                    period = tx.period
                    if period.start > ctx.news_day.end and is_yearless(tx.timex.text):
                        # a past verb's yearless date is behind the news ("notified its
                        # employees in April that it would ...")
                        period = period_from_label(_shift_year(period.label, -1))
                    if period.end < ctx.news_day.start:
                        return (period,)  # the telling itself is dated
        if _lemma(cur) in ctx.lex.status["planned_heads"]:
            return (None,)
    return None


def _event_period(ctx: _Ctx, tx: _Tx, status: str, txs: list[_Tx],
                  own: bool = False, past: bool = False,
                  told: tuple[Period | None] | None = None) -> Period:
    """The governing timex's period; a deadline ("by 1991", "until June") of a plan spans
    from the news day; "throughout 2023 and into 2024" spans both."""
    text = ctx.text
    period = tx.period
    before = text[max(0, tx.timex.start - 16):tx.timex.start].lower()
    news = ctx.news_day
    root = ctx.doc[tx.root]
    if period.precision in ("year", "quarter", "half") and root.dep_ == "nsubj" \
            and root.head.lemma_ in ("begin", "start", "open", "kick"):
        # "The year began with Ubisoft announcing ...": its first month.
        period = month_period(period.start.year, period.start.month)
    if (own or told is not None) and news is not None and period.precision in ("day", "month") \
            and is_yearless(tx.timex.text) and not period.label.endswith("02-29"):
        # A month or day named without its year is placed by the tagger from tense cues
        # in the words around it; the parse knows better whether the event it dates is
        # still to come ("would take delivery in September and November") or told in the
        # past ("was spun off to holders of record December 31").
        shift = 1 if status == "planned" and period.end < news.start else (
            -1 if past and period.start > news.end else 0)
        if told is not None:
            # A plan of the past: the first such date after its telling, or the one
            # nearest the news ("planned to reopen on July 17", said in late September).
            options = [period_from_label(_shift_year(period.label, k)) for k in (-1, 0, 1)]
            if told[0] is not None:
                later = [p for p in options if p.start >= told[0].start]
                period = later[0] if later else period
            else:
                period = min(options, key=lambda p: abs((p.start - news.start).days))
            shift = 0
        if shift:
            moved = period_from_label(_shift_year(period.label, shift))
            if abs((moved.start - news.start).days) <= 366:
                period = moved
    if period.precision in ("quarter", "half", "year"):
        for other in txs:
            if other.timex.start > tx.timex.end and other.period.precision in (
                    "day", "month") and re.fullmatch(
                    r"\s*,?\s*(?:ended|ending)\s+", text[tx.timex.end:other.timex.start]):
                # "third quarter, ended February 28": the fiscal quarter that ends then.
                return _event_period(ctx, other, status, txs)
    fiscal = _FISCAL_END.search(text[max(0, tx.timex.start - 40):tx.timex.start].lower())
    if fiscal and period.precision in ("day", "month"):
        # "the fiscal year ended Jan. 31", "the quarter ended March 28": the months up to
        # that day, not the day.
        word = fiscal.group(1)
        n = _FISCAL_MONTHS.get(re.split(r"[\s-]+", word)[0], 0)
        if n:
            end = period.start
            first = end.replace(day=1)
            # A period that ends in a month's first days ("ended Feb. 3") is mostly the
            # months before it: all of them are in its span.
            for _ in range(n - 1 if period.precision == "month" or end.day > 7 else n):
                first = (first - timedelta(days=1)).replace(day=1)
            return span_period(month_period(first.year, first.month),
                               month_period(end.year, end.month))
    if news is not None and re.search(r"\bsince\s+$", before) and period.end < news.start:
        # "Since November 1985, it has acquired ...": from then up to the news.
        return span_period(period, month_period(news.start.year, news.start.month))
    deadline = re.search(r"\b(by|until|till|on or before|no later than)\s+$", before)
    if deadline and deadline.group(1) in ("until", "till") and re.search(
            r"(\bnot|n't)\b[^.;]*$", text[max(0, tx.timex.start - 80):tx.timex.start].lower()):
        deadline = None  # "not ... until March": then, not any time before
    if status == "planned" and news is not None and deadline:
        if period.end > news.end and period.precision != "span":
            return span_period(news, period)
    for other in txs:
        if other is tx or other.period == period:
            continue
        first, last = (tx, other) if tx.timex.start < other.timex.start else (other, tx)
        between = text[first.timex.end:last.timex.start].strip(" ,").lower()
        if between in ctx.lex.range_links and between != "and":
            return span_period(first.period, last.period)
    return period


def _elapsed_period(ctx: _Ctx, hit: _Hit) -> Period | None:
    """The time of a past event told by how long before the news it was: "(the cuts)
    come two years after it bought GKN" -> two years before the news day, at the
    precision of the unit."""
    news = ctx.news_day
    tok = hit.tok
    if news is None or hit.noun or tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in tok.children):
        return None
    for c in tok.children:
        unit = _lemma(c)
        if c.dep_ != "npadvmod" or unit not in ("year", "month", "week", "day"):
            continue
        nums = [n for n in c.children if n.dep_ == "nummod"]
        word = nums[0].lower_ if nums else ("1" if any(
            d.lower_ in ("a", "one") for d in c.children) else "")
        word = _NUMBER_WORDS.get(word, word)
        if not word.isdigit():
            return None
        n = int(word)
        day = news.start
        if unit == "year":
            return year_period(day.year - n)
        if unit == "month":
            back = day.year * 12 + day.month - 1 - n
            return month_period(back // 12, back % 12 + 1)
        return day_period(day - timedelta(days=n * (7 if unit == "week" else 1)))
    return None


def _shift_year(label: str, years: int) -> str:
    """A day or month label moved by whole years ("1986-11" -> "1987-11")."""
    return f"{int(label[:4]) + years:04d}{label[4:]}"


def _implicit_period(ctx: _Ctx, hit: _Hit, status: str,
                     carry: list[tuple[Period, str]]) -> Period | None:
    """The date of an event with no time expression of its own: a narrative that goes on
    from the sentence before keeps its time (a past event after a past date, a planned
    one after a future date); else the news day."""
    tense = _verb_tense(hit)
    if carry:
        period, told = carry[-1]
        if tense == "past" and told == "past" and ctx.news_day is not None \
                and period.end < ctx.news_day.start:
            return period
        if status == "planned" and told == "future" and ctx.news_day is not None \
                and period.start > ctx.news_day.end:
            return period
    return ctx.news_day


def _figure_period(ctx: _Ctx, hit: _Hit, last: list[tuple[Period, str]],
                   s_index: int) -> Period | None:
    """The past period named by the sentence before, for figures told in the past; else
    the period the last few sentences gave figures for ("Net profit rose 76% in the
    fourth quarter ... But its film division saw profits slump 27%")."""
    if ctx.news_day is None:
        return None
    past = _verb_tense(hit) == "past" or (
        hit.tok.dep_ in ("ccomp", "xcomp") and hit.tok.head.tag_ == "VBD")
    if not past:
        return None
    if any(t.lower_ in ("annual", "full-year", "yearly") for t in hit.tok.sent):
        # "Annual turnover for the retail unit fell ...": the last year-long period told,
        # not the quarter named in between.
        for period in [p for p, _ in reversed(last)] + [p for _, p in reversed(ctx.figures)]:
            if period.days >= 300 and period.end < ctx.news_day.start:
                return period
    if last:
        period, told = last[-1]
        if told == "past" and period.end < ctx.news_day.start \
                and period.precision in _FIGURE_PRECISIONS:
            return period
    if ctx.figures and s_index - ctx.figures[-1][0] <= _FIGURE_REACH:
        return ctx.figures[-1][1]
    return None


def _verb_tense(hit: _Hit) -> str:
    """'past' for a simple past ("trimmed"), 'perfect' for "has closed", else 'present'."""
    tok = hit.tok
    if hit.noun:
        tok = tok.head
    if tok.tag_ == "VBD" and not any(c.dep_ == "aux" for c in tok.children):
        return "past"
    if any(c.lower_ in ("has", "have", "'ve") for c in tok.children if c.dep_ == "aux"):
        return "perfect"
    if any(c.lower_ in ("was", "were") for c in tok.children if c.dep_ == "auxpass"):
        return "past"
    if tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass")
                                               for c in tok.children):
        return "simple present"
    return "present"


# --------------------------------------------------------------------------- actors


_UNIT_NOUNS = frozenset("unit subsidiary division affiliate arm offshoot".split())


def _company_in(ctx: _Ctx, tok: Token) -> list[str]:
    """Companies named by a noun phrase head: itself, its compounds, possessor, "of X",
    and coordinated names ("Tesco ... and Booker")."""
    found: list[str] = []

    def add(t: Token) -> None:
        c = ctx.company_of_token.get(t.i)
        if c and c not in found:
            found.append(c)

    def add_named(t: Token) -> None:
        """A word and the names that modify it ("Tandy's", "the Nissan unit")."""
        add(t)
        for m in t.children:
            if m.dep_ in ("compound", "poss"):
                add(m)

    add(tok)
    if not found and _lemma(tok) in _UNIT_NOUNS:
        for c in tok.children:  # "Borg-Warner Corp's listed unit, <BWA>": the unit itself
            if c.dep_ == "appos" and c.i > tok.i:
                add(c)
    if not found:
        for c in tok.children:
            if c.dep_ in ("compound", "nmod", "amod"):
                add(c)
    if not found and tok.pos_ == "NOUN":
        for c in tok.children:  # "Cafe chain Costa", parsed as an apposition
            between = range(tok.i + 1, c.left_edge.i)
            if c.dep_ == "appos" and c.i > tok.i and all(
                    ctx.doc[k].text in ("<", '"', "\u201c", ",") for k in between):
                add(c)  # (also "Equity investment company <Battery Group Ltd>")
    if not found:
        for c in tok.children:
            if c.dep_ == "poss":
                add_named(c)
    if not found and not (tok.lower_.endswith(("maker", "makers")) or _lemma(tok) in (
            "producer", "manufacturer", "seller", "distributor", "retailer", "owner")):
        # ("the maker of Sharpie markers" names what it makes, not who it is)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        add_named(p)
                        for q in p.children:  # "of Verizon and Vodafone", "of the
                            if q.dep_ in ("conj", "appos"):  # building group Monier Ltd"
                                add_named(q)
                        if not found and _lemma(p) == "director":
                            # "the boards of directors of Verizon and Vodafone"
                            found += _company_in(ctx, p)
    for c in tok.children:
        if c.dep_ == "conj":
            found += [x for x in _company_in(ctx, c) if x not in found]
        elif c.dep_ == "appos" and "NNS" in (c.tag_, tok.tag_):
            # "Rowenta, both appliance companies, and furniture companies <X> and <Y>":
            # the names a plural description lists ("The two consortiums, <A> and <B>").
            for i in sorted(coordinated(c)):
                name = ctx.company_of_token.get(i)
                if name and name not in found:
                    found.append(name)
    return found


def _resolve_actor(ctx: _Ctx, hit: _Hit) -> _Actor | None:
    """The company (or companies) an event belongs to, or None when its actor is not a
    company a reader would look up (an analyst, "a US company", a rival chain)."""
    tok = hit.tok
    etype = hit.rule.type
    args = _Args(ctx, tok, hit.noun)
    targets = _targets(ctx, hit, args) if (hit.rule.targets or hit.rule.buyers) else []
    # Passive with a "by" agent: the agent acts.
    if not hit.noun and _is_passive(tok):
        for c in tok.children:
            if c.dep_ == "agent":  # (not "sales dived by 54 per cent")
                for p in c.children:
                    if p.dep_ == "pobj":
                        r = _classify(ctx, p, hit, args)
                        if r == "skip":
                            # "Twitter was acquired by Elon Musk": a person buys, the
                            # company bought is still the event's.
                            patient = _patient_companies(ctx, tok)
                            if patient and _is_person(ctx, p):
                                return _Actor(tuple(patient), "named")
                            return None
                        if isinstance(r, _Actor):
                            extra = _patient_companies(ctx, tok)
                            if hit.rule.type in _DEAL_TYPES and set(extra) & set(r.companies):
                                # "it was acquired by IBM" read as IBM: the pronoun means
                                # the company before, not the buyer
                                extra = _patient_companies(ctx, tok, exclude=r.companies)
                                if not extra or set(extra) & set(r.companies):
                                    return None
                            return _with_targets(r, targets + extra)
                        if _is_regulator(ctx, p):
                            # "the bank was shut down by regulators": the bank's, legal.
                            patient = _patient_companies(ctx, tok) or (
                                [ctx.focus] if ctx.focus else [])
                            return _Actor(tuple(patient), "regulated") if patient else None
                        if not _is_person(ctx, p):
                            return None
                        # "Burns will be replaced by Crosthwaite": whose post it is, below
    if hit.rule.object_actor and not args.passive:
        # An authority acts on a company ("regulators fined Google"): the event is the
        # company's; with no company as object, only a regulator's act on the focus counts.
        named = [t for t in sorted(args.tokens, key=lambda x: x.i)
                 if t.i in ctx.company_of_token]
        if named:
            # "loans to seven airlines: American, United, Alaska ...": each one named in
            # the list with the first is acted on.
            top = named[0]
            while top.head.i != top.i and ctx.company_of_token.get(top.head.i) \
                    == ctx.company_of_token[top.i]:
                top = top.head  # "CBS Inc <CBS> and Capital Cities/ABC Inc": from the name's head
            group = coordinated(top)
            names = []
            for t in named:
                c = ctx.company_of_token[t.i]
                if (t.i in group or t is named[0]) and c not in names:
                    names.append(c)
            return _Actor(tuple(names), "named")
        subj = args.subject
        if subj is None or not _is_regulator(ctx, subj):
            return None
        up = _upper_company(ctx, tok)
        if isinstance(up, list) and up:
            return _Actor(tuple(_prefer_focus(ctx, up)), "inherited")
        return _Actor((ctx.focus,), "focus") if ctx.focus else None
    subj = args.subject
    if subj is not None and etype != "legal" and not hit.noun and subj.dep_ == "nsubj" \
            and _is_regulator(ctx, subj) and subj.i not in ctx.company_of_token:
        return None  # "the government sold its stake": not a company's divestiture
    if subj is not None and not hit.noun and _own_patient(subj, tok):
        # "United said the MAX would be removed": the speaker acts, not the patient.
        up = _upper_company(ctx, tok)
        if up == "skip":
            return None
        if up:
            patient = [c for c in _company_in(ctx, subj) if c not in up]
            return _Actor(tuple(up), "inherited",
                          tuple(t for t in targets + patient if t not in up))
    if subj is not None:
        r = _classify(ctx, subj, hit, args)
        if r == "skip":
            return None
        if r is not None:
            if etype == "legal" and _is_regulator(ctx, subj):
                pass
            else:
                if isinstance(r, _Actor):
                    r = _conjoined(ctx, subj, hit, args, r)
                return _with_targets(r, targets)
    # An offering of a company's shares is that company's, whoever underwrites it.
    if hit.noun and etype == "ipo" and args.companies:
        return _Actor((ctx.company_of_token[min(args.companies)],), "named")
    # A noun with no named doer: the company it happens at ("reductions across Amazon");
    # a strike is the struck employer's ("the union threatened to strike at GM").
    if hit.noun or hit.rule.sense == "strike":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("across", "at", "within", "in", "inside",
                                                 "against"):
                for p in c.children:
                    names = _company_in(ctx, p) if p.dep_ == "pobj" else []
                    if names:
                        return _Actor(tuple(names), "named", tuple(targets))
    # The head of a government body is no company's leadership: "Volcker's resignation as
    # Federal Reserve Board chairman".
    if etype == "leadership" and not args.companies and (any(
            t.i in ctx.regulator_tokens for t in args.tokens)
            or args.words & ctx.lex.actors["gov_titles"]):
        return None
    # A regulator's or a person's event: the company among its arguments.
    if etype == "legal" or (subj is not None and _is_person(ctx, subj)) or (
            subj is not None and _is_regulator(ctx, subj)):
        names = []
        for t in sorted(args.tokens, key=lambda x: x.i):
            c = ctx.company_of_token.get(t.i)
            if c and c not in names:
                names.append(c)
        if not names and etype == "leadership":
            # "he is leaving his job as the head of Microsoft's business division"
            names = [ctx.company_of_token[i] for i in sorted(_clause_subtree(tok, hit.noun))
                     if i in ctx.company_of_token]
        if names:
            return _Actor((names[0],), "named")
        if subj is not None and _is_regulator(ctx, subj) and etype != "legal":
            return None
    # (both parties of a merger: "NYSE Group and Euronext have agreed to a merger")
    up = _upper_company(ctx, tok, every=hit.rule.targets and hit.noun)
    if up == "skip":
        return None
    if up:
        return _Actor(tuple(up), "inherited", tuple(t for t in targets if t not in up))
    focus = ctx.focus
    # Before the article has named any company, an event with no actor of its own is
    # the scene the story opens on ("125,000 retail jobs have been axed this year").
    here = ctx.base + tok.idx
    if hit.noun and any(a.dep_ in ("acl", "relcl") and _generic_companies(ctx, a.head)
                        for a in [tok, *list(tok.ancestors)[:3]]):
        return None  # "jobs lost through retailers falling into administration"
    for a in [tok, *list(tok.ancestors)[:3]]:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        doers = [_subject_of(a)] + [p for c in a.children if c.dep_ == "agent"
                                    for p in c.children if p.dep_ == "pobj"]
        if any(d is not None and d.i not in ctx.company_of_token and (
                _generic_companies(ctx, d) or _lemma(d) in ctx.lex.classes["markets"])
               for d in doers):
            return None  # "the retail sector ... whilst employing 2.9 million workers",
            # "job losses announced by major British employers"
    if focus and any(m.start < here for m in ctx.report.mentions):
        return _Actor((focus,), "focus", tuple(t for t in targets if t != focus))
    return None


def _conjoined(ctx: _Ctx, subj: Token, hit: _Hit, args: _Args, r: _Actor) -> _Actor:
    """A subject coordinated with a pronoun: "X said it and Y have agreed to cooperate"
    is both companies' event, however the parser split "it and Y"."""
    pronouns = ctx.lex.actors["pronouns"]
    other: Token | None = None
    left = subj.left_edge.i
    if _lemma(subj) in pronouns:
        if not any(c.dep_ == "conj" for c in subj.children):
            return r
        up = _upper_company(ctx, subj, skip_self=True, strict=True)
        near = _recent_company(ctx, subj)
        own = up if isinstance(up, list) and up else [near] if near else []
        names = [c for c in own if c not in r.companies]
        return _Actor(tuple(names) + r.companies, r.how, r.targets) if names else r
    if left >= 2 and ctx.doc[left - 1].lower_ == "and" and ctx.doc[left - 2].lower_ == "it":
        other = ctx.doc[left - 2]  # "said it and <Y> have agreed", "it" parsed as an object
    if other is None:
        return r
    more = _classify(ctx, other, hit, args)
    if not isinstance(more, _Actor):
        return r
    names = [c for c in more.companies if c not in r.companies]
    return _Actor(tuple(names) + r.companies, r.how, r.targets) if names else r


def _with_targets(r: _Actor, targets: list[str]) -> _Actor:
    return _Actor(r.companies, r.how, tuple(t for t in targets if t not in r.companies))


def _patient_companies(ctx: _Ctx, tok: Token, exclude: tuple[str, ...] = ()) -> list[str]:
    """The company that undergoes a passive verb ("Booker was acquired", "the company
    was founded"); a pronoun is never one of `exclude`."""
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            names = _company_in(ctx, c)
            if names:
                return names
            if _lemma(c) in ctx.lex.actors["pronouns"] or _is_company_noun(ctx, c):
                near = _recent_company(ctx, c, exclude=exclude)
                return [near] if near else []
    if tok.dep_ in ("relcl", "acl") and tok.tag_ == "VBN" and not any(
            c.dep_ == "nsubjpass" for c in tok.children):
        # "its parent company, Smithfield Foods, to be purchased by ...": the noun the
        # passive clause hangs on undergoes it.
        return _company_in(ctx, tok.head)
    return []


def _targets(ctx: _Ctx, hit: _Hit, args: _Args) -> list[str]:
    """The other side of a deal: the object company of "acquire", "of X" of an
    acquisition, "with X" of a partnership, the patient of a passive "was acquired"."""
    tok = hit.tok
    out: list[str] = []
    around = list(tok.children)
    if hit.noun and tok.dep_ == "compound" and _lemma(tok.head) in ctx.lex.classes["bid_nouns"]:
        # "its takeover offer for BWA": the offer's "for" names the target
        around += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for"]
    for c in around:
        if c.dep_ in ("dobj", "nsubjpass", "dative", "attr"):
            if c.dep_ == "nsubjpass" and not _is_passive(tok):
                continue
            out += _company_in(ctx, c)
            if hit.rule.type == "partnership" and _lemma(c) in ctx.lex.classes["agreements"]:
                out += _contract_parties(ctx, c)
            if c.dep_ == "dobj" and not hit.noun and _lemma(tok) in ("merge", "combine"):
                # "merge its container business with Hapag-Lloyd" ("with" on the object)
                out += [n for pp in c.children if pp.dep_ == "prep" and pp.lower_ == "with"
                        for p in pp.children if p.dep_ == "pobj" for n in _company_in(ctx, p)]
        elif c.dep_ == "prep" and c.lower_ in ("of", "with", "for", "to"):
            if c.lower_ == "to" and not hit.rule.buyers:
                continue
            for p in c.children:
                if p.dep_ == "pobj":
                    out += _company_in(ctx, p)
                    for pc in p.children:
                        if pc.dep_ == "appos":
                            out += _company_in(ctx, pc)
        elif c.dep_ == "compound" and hit.noun:
            out += _company_in(ctx, c)
    return list(dict.fromkeys(out))


def _contract_parties(ctx: _Ctx, noun: Token) -> list[str]:
    """The other party named inside an agreement noun: "a contract with X", "a contract
    to sell 10 jets to X", "an agreement to buy engines from X"."""
    out: list[str] = []
    for c in noun.children:
        heads = [c] if c.dep_ == "prep" else [
            p for p in c.children if p.dep_ == "prep"] if c.dep_ == "acl" else []
        for prep in heads:
            if prep.lower_ in ("with", "between", "to", "from", "for"):
                for p in prep.children:
                    if p.dep_ == "pobj":
                        out += [n for t in sorted(coordinated(p))
                                for n in _company_in(ctx, ctx.doc[t])]
    return out


def _classify(ctx: _Ctx, tok: Token, hit: _Hit, args: _Args) -> _Actor | str | None:
    """Who a subject-like token is: an _Actor, "skip" when it is not a company (and so the
    event is not a company's), or None when it says nothing (look further)."""
    lex = ctx.lex
    lemma = _lemma(tok)
    if tok.i in ctx.outlet_tokens:
        return None
    if lemma in ("which", "that") and tok.dep_ == "nsubj" and tok.head.dep_ != "relcl" \
            and tok.tag_ == "WDT":
        return "skip"  # a relative clause the parser lost: its antecedent is unknown
    if lemma in lex.actors["relative_pronouns"] and tok.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.dep_ == "relcl":
        ante = tok.head.head
        if ante.i in ctx.company_of_token:
            return _Actor(tuple(_company_in(ctx, ante)), "named")
        if lemma in ("who", "whom") and hit.rule.type not in ("leadership", "legal"):
            return "skip"  # "the men who launched the revolution": people, not a company
        if hit.rule.state and _lemma(ante) in lex.classes["sites"] and not any(
                c.dep_ == "poss" and c.i not in ctx.company_of_token
                and _lemma(c) not in lex.actors["pronouns"] for c in ante.children):
            return None  # "the complex, which now employs 9,400 workers": the owner's state
        if tok.dep_ == "nsubj" and not _is_companyish(ctx, ante) and not _is_person(
                ctx, ante) and (ante.pos_ == "NUM" or not _patient_ok(ctx, hit, ante)):
            return "skip"  # "a new office, which will employ 2,000 people": the office
        return _classify(ctx, ante, hit, args)
    if tok.pos_ == "NUM" or lemma in lex.classes["elided_heads"]:
        for c in tok.children:  # "three of its major shareholders": the shareholders act
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return _classify(ctx, p, hit, args)
    if hit.rule.type == "launch" and tok.dep_ in ("nsubjpass", "nsubj") \
            and tok.i in ctx.company_of_token and _lemma(tok) in lex.classes["products"]:
        return None  # "The Reuter Monitor Dealing Service was launched": a product's maker
    names = _company_in(ctx, tok)
    if names and not (_is_person(ctx, tok) and tok.i not in ctx.company_of_token
                      and _lemma(tok) not in ("board",)):
        return _Actor(tuple(names), "named")
    if lemma in lex.actors["pronouns"]:
        up = _upper_company(ctx, tok.head if tok.dep_ == "poss" else tok, skip_self=True,
                            strict=True)
        if up == "skip":
            return "skip"  # "a shareholder group ... said it sold": "it" is the group
        if up:
            return _Actor(tuple(up), "pronoun")
        near = _recent_company(ctx, tok)
        if near:
            return _Actor((near,), "pronoun")
        return "skip"
    if lemma in lex.classes["deal_words"] and ctx.deals:
        return _Actor(ctx.deals[-1][1], "anaphor")
    for c in tok.children:  # "its revenue", "their workforce": whose
        if c.dep_ == "poss" and _lemma(c) in lex.actors["pronouns"] and not _is_company_noun(
                ctx, tok):
            r = _classify(ctx, c, hit, args)
            if isinstance(r, _Actor):
                return r
    if _is_company_noun(ctx, tok):
        # "A spokesman for Seagram said the company will ...": the speaker's company.
        up = _upper_company(ctx, tok, skip_self=True)
        if isinstance(up, list) and up:
            return _Actor(tuple(up), "anaphor")
        near = _recent_company(ctx, tok, reach=None)
        if near:
            return _Actor((near,), "anaphor")
        return "skip"
    if _is_person(ctx, tok):
        names = _person_company(ctx, tok)
        if not names and not args.companies and tok.text in ctx.employers and (
                args.passive or hit.rule.sense == "depart"):
            # "Burns will be replaced", "Burns resigned" after "Juul Labs CEO Kevin Burns":
            # the post he leaves (a newcomer's old employer is not where he goes)
            names = [ctx.employers[tok.text]]
        if names:
            return _Actor(tuple(names), "named")
        if hit.rule.type == "acquisition" and hit.rule.sense == "control" and args.companies:
            return None  # "Lenfest won control of the Inquirer": the company taken over
        if hit.rule.type not in ("leadership", "legal"):
            return "skip"  # "Pickens made an attempt to take over ...": an investor acts
        return None  # look at the arguments and the clauses above
    if _is_regulator(ctx, tok):
        return None
    if lemma in lex.actors["internal_units"]:
        return None
    if lemma in lex.actors["third_plural"]:
        # "Coca-Cola and PepsiCo said they would stop ...": the companies that speak.
        up = _upper_company(ctx, tok.head if tok.dep_ == "poss" else tok, skip_self=True,
                            strict=True, every=True)
        return _Actor(tuple(up), "pronoun") if isinstance(up, list) and len(up) > 1 \
            else "skip"
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.pos_ in ("NOUN", "PROPN"):
        return "skip"  # done "by a US company", "by leftist unions": not a company we know
    if hit.rule.type == "legal" and (lemma in lex.classes["outsiders"]
                                     or lemma in lex.classes["holders"]):
        return None  # "shareholders filed a suit against X": X's legal event
    if lemma in lex.classes["outsiders"] and not _patient_ok(ctx, hit, tok):
        return "skip"
    if _generic_companies(ctx, tok):
        return "skip"  # "retailers cut jobs": companies in general
    if hit.rule.type in ("layoff", "hiring") and lemma in lex.classes["sites"] \
            and tok.dep_ == "nsubj":
        return None  # "the mine shed 35 workers": the site's owner, found further on
    own_patient = _own_patient(tok, hit.tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and not own_patient \
            and hit.rule.type != "financial_results" and not _patient_ok(ctx, hit, tok) \
            and tok.pos_ in ("NOUN", "PROPN") and not hit.noun:
        # An active verb whose doer is some other thing: "a US company", "the framework",
        # "stock-index funds are expected to continue launching".
        return "skip"
    if tok.dep_ == "poss" and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
        return "skip"  # "British Petroleum Co.'s takeover": a name we do not know
    if hit.rule.type == "financial_results" and not _own_metric(ctx, tok):
        return "skip"
    return None


def _generic_companies(ctx: _Ctx, tok: Token) -> bool:
    """Companies in general: a bare plural company noun ("retailers", "many banks")."""
    lemma = _lemma(tok)
    if lemma in ctx.lex.classes["sites"]:
        return False  # "stores had opened": places, not companies
    return tok.tag_ == "NNS" and (
        lemma in ctx.lex.actors["company_nouns"] or lemma.endswith("maker")) and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both"))
        for c in tok.children)


_RIVAL_BEFORE = re.compile(r"\b(?:rival|rivals|competitor|competitors)\s+(?:the\s+)?$",
                           re.IGNORECASE)


def _recent_company(ctx: _Ctx, tok: Token, reach: int | None = _PRONOUN_REACH,
                    exclude: tuple[str, ...] = ()) -> str | None:
    """What "it" or "the bank" refers to: the last company named before it in its
    paragraph (preferring one named as a subject), else the article's focus when named
    close enough before (`reach` characters; None: anywhere). Never one of `exclude`."""
    here = ctx.base + tok.idx
    par = _paragraph(ctx, here)
    start = ctx.paragraph_starts[par] if par < len(ctx.paragraph_starts) else 0
    before = [m for m in ctx.report.mentions if start <= m.start < here
              and m.company not in exclude]
    if before:
        # Centering: a company of this sentence or the one before outranks an earlier
        # subject ("... a turbulent few years for Getir. The company launched in 2015").
        sent = tok.sent
        prev_start = sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
        near = [m for m in before if m.start >= ctx.base + prev_start]
        pool = near or before
        # A maker named to describe a thing ("GB's Airbus fleet") is not what "it" means,
        # nor is a rival named beside the story ("competition from rival Barnes & Noble").
        pool = [m for m in pool if not _maker_modifier(ctx, m)] or pool
        def named(ms: list[Mention]) -> list[Mention]:
            return [m for m in ms if not _RIVAL_BEFORE.search(
                ctx.article.text, max(0, m.start - 25), m.start)]
        pool = named(pool) or named(before) or pool
        subjects = [m for m in pool if m.start in ctx.subject_starts]
        return (subjects or pool)[-1].company
    if ctx.focus in exclude:
        return None
    if ctx.focus and (reach is None or _focus_recent(ctx, tok)):
        return ctx.focus
    if ctx.focus and any(t.dep_ == "nsubj" and _is_company_noun(ctx, t) and any(
            c.lower_ == "the" for c in t.children) for t in tok.doc[:tok.i]
            if ctx.base + t.idx >= start):
        return ctx.focus  # "The company said ... . For the nine months, it had ...": its
    return None


def _maker_modifier(ctx: _Ctx, m: Mention) -> bool:
    """A company name modifying a common noun that is no company or unit: "Airbus fleet",
    "Boeing jets"."""
    span = ctx.doc.char_span(m.start - ctx.base, m.end - ctx.base, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.pos_ == "NOUN" and head.i not in \
        ctx.company_of_token and _lemma(head) not in ctx.lex.actors["company_nouns"] \
        and _lemma(head) not in ctx.lex.actors["internal_units"]


def _focus_recent(ctx: _Ctx, tok: Token) -> bool:
    """Whether the focus company was named shortly before a pronoun ("it" refers back a
    few sentences at most) or in the same sentence."""
    here = ctx.base + tok.idx
    sent_end = ctx.base + tok.sent.end_char
    return any(m.company == ctx.focus and here - _PRONOUN_REACH <= m.start <= sent_end
               for m in ctx.report.mentions)


def _patient_ok(ctx: _Ctx, hit: _Hit, tok: Token) -> bool:
    """An ergative or metric subject: the thing that undergoes the event ("nine stores are
    opening", "sales rose"), whose company is found elsewhere."""
    lemma = _lemma(tok)
    if tok.pos_ == "NUM" or lemma in ctx.lex.classes["elided_heads"]:
        return True
    for name in hit.rule.subj:
        if name.startswith("@"):
            continue
        if lemma in ctx.lex.classes.get(name, frozenset((name,))):
            return True
    return _own_patient(tok, hit.tok)


def _own_patient(subj: Token, trigger: Token) -> bool:
    """The passive subject of the trigger itself, or raised from it: "57 employees are
    expected to be discharged" (the employees are the discharged)."""
    if subj.dep_ != "nsubjpass" and not (subj.dep_ == "nsubj" and subj.head.pos_ == "AUX"):
        return False  # ("the number of staff is to be reduced": raised by "is")
    if subj.head.i == trigger.i:
        return True
    # raised ("is expected to be closed") or shared ("was unprofitable and will be closed")
    return trigger.dep_ in ("xcomp", "conj") and trigger.head.i == subj.head.i \
        and _is_passive(trigger)


def _own_metric(ctx: _Ctx, tok: Token) -> bool:
    """A figure of the company itself ("sales", "its net income", "fourth-quarter
    earnings"), not of a market ("sales of personal computers", "auto sales")."""
    lex = ctx.lex
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "at", "across", "among"):
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            if pobj and not _company_in(ctx, pobj[0]) and pobj[0].i not in ctx.tx_of_token \
                    and not _is_companyish(ctx, pobj[0]):
                return False  # "sales of personal computers", "turnover on the exchange"
        if c.dep_ in ("compound", "amod", "nmod") and c.i not in ctx.company_of_token \
                and c.i not in ctx.tx_of_token:
            word = _lemma(c)
            if word not in lex.classes["fiscal_modifiers"] and word not in lex.classes[
                    "metrics"] and "quarter" not in word and not c.like_num:
                return False
    return True


def _person_company(ctx: _Ctx, tok: Token) -> list[str]:
    """The company a person is named with: "Intel CEO Brian Krzanich", "the chief
    executive of Boeing", "Tesco's Chief Executive Dave Lewis"."""
    names: list[str] = []
    for t in tok.subtree:
        if t.dep_ in ("relcl", "acl"):
            break
        c = ctx.company_of_token.get(t.i)
        if c and c not in names:
            names.append(c)
        if len(names) >= 1 and t.i > tok.i:
            break
    return names


def _upper_company(ctx: _Ctx, tok: Token, skip_self: bool = False,
                   strict: bool = False, every: bool = False) -> list[str] | str:
    """The company acting in the clauses above a token: the first company subject up the
    tree ("Google said it planned ..."), or "skip" when an outsider speaks there
    ("analysts expect sales to fall"). `strict` (resolving "it"): the first subject that
    is some other thing ("a shareholder group said it ...") also gives "skip"."""
    lex = ctx.lex
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        subj = _subject_of(cur)
        if subj is None or (skip_self and subj.i == tok.i):
            continue
        if strict and subj.dep_ == "nsubjpass" and subj.i not in ctx.company_of_token \
                and _lemma(subj) not in lex.actors["pronouns"] and not _is_company_noun(ctx, subj):
            continue  # "the terms were approved by its board": "its" is not the terms'
        names = _company_in(ctx, subj)
        if names and _lemma(subj) in lex.actors["pronouns"] and subj.i not in \
                ctx.company_of_token:
            near = _recent_company(ctx, subj)  # "it and Data Access are reorganizing"
            if near and near not in names:
                names = [near, *names]
                every = True
        if not names and _is_person(ctx, subj):
            names = _person_company(ctx, subj)  # "Boyd Jefferies, former chairman of ..."
        if names:
            if _is_person(ctx, subj) and subj.i not in ctx.company_of_token:
                return names[:1]
            return names if len(names) == 1 or every else _prefer_focus(ctx, names)
        lemma = _lemma(subj)
        if lemma in lex.classes["deal_words"] and ctx.deals:
            return list(ctx.deals[-1][1])
        if _is_company_noun(ctx, subj):
            if ctx.focus and subj.i > tok.i and _lemma(cur) in lex.status["reporting_verbs"]:
                # "... its interest in Melamine Chemicals, the company said": the speaker
                # after the news is the article's company, not the name just before
                return [ctx.focus]
            near = _recent_company(ctx, subj, reach=None) or ctx.focus
            if near:
                return [near]
        if strict and subj.pos_ in ("NOUN", "PROPN") and not _is_person(ctx, subj) \
                and lemma not in lex.actors["internal_units"] and not _is_regulator(ctx, subj):
            return "skip"
        if lemma in lex.classes["outsiders"] and lemma not in ("company", "firm") \
                and subj.dep_ == "nsubj" and _lemma(cur) in lex.status["reporting_verbs"] | {
                    "expect", "believe", "think", "see", "predict", "forecast", "estimate"}:
            return "skip"
    return []


def _prefer_focus(ctx: _Ctx, names: list[str]) -> list[str]:
    """Several companies say something together: the event is the focus company's."""
    focus = ctx.focus
    return [focus] if focus in names else names[:1]


def _persons_near(ctx: _Ctx, hit: _Hit) -> set[str]:
    """The people a leadership event is about: named in the subject or the arguments."""
    tok = hit.tok
    out: set[str] = set()
    pool = list(_arg_tokens(tok, hit.noun))
    subj = _subject_of(tok) if not hit.noun else _noun_subject(tok)
    if subj is None and not hit.noun:
        subj = _inherited_subject(tok)
    if subj is not None:
        pool += list(subj.subtree)
    for t in pool:
        if (t.ent_type_ == "PERSON" or t.text in ctx.person_names) and t.is_alpha \
                and t.i not in ctx.company_of_token:
            out.add(t.text)
    return out


# -------------------------------------------------------------------------- outputs


def _content_words(tokens: list[Token], companies: list[str]) -> list[str]:
    names = {w.lower() for c in companies for w in re.findall(r"\w+", c)}
    out = []
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and not t.is_stop and t.is_alpha \
                and t.lower_ not in names:
            out.append(_lemma(t))
        elif t.like_num and not t.is_alpha:
            out.append(t.text)
    return out


_SCALE_WORDS = frozenset("hundred thousand million billion trillion mln bln bn".split())


def _numbers(tokens: list[Token]) -> list[str]:
    """The figures among some tokens ("1.3" of "$1.3 billion"; not the scale word, which
    two different sums share)."""
    out = []
    for t in tokens:
        glued = _GLUED_FIGURE.fullmatch(t.lower_)
        if glued and t.ent_type_ != "DATE":
            out.append(glued.group(1).replace(",", ""))  # "8.47bn", "134m"
        elif t.like_num and t.ent_type_ not in ("DATE", "ORDINAL") \
                and t.lower_ not in _SCALE_WORDS:
            word = t.lower_.replace(",", "")
            out.append(_NUMBER_WORDS.get(word, word))
    return out


_GLUED_FIGURE = re.compile(r"(\d[\d.,]*)(?:bn|mn|m|b|k|mln|bln)")


def _summary(ctx: _Ctx, hit: _Hit, company: str, tx: _Tx | None,
             actor: str | None = None) -> str:
    """A short line: the doer and the clause of the trigger, without the time, appositions,
    side clauses, sentence-initial adjuncts and source attributions ("Amazon shut down its
    Chinese ebook store"). A pronoun or "the company" doer becomes the company's name; a
    person, a regulator or a patient stays, after "Company:" when the company is not named."""
    tok = hit.tok
    top = tok
    for _ in range(3):  # the heads that carry the mood: "proposed relocating"
        if top.dep_ in ("xcomp", "conj") and top.head.i != top.i and (
                top.dep_ == "xcomp" or top.head.dep_ == "xcomp") and top.head.pos_ == "VERB":
            top = top.head
        else:
            break
    if not hit.noun and top.dep_ == "xcomp" and top.head.pos_ == "AUX" and _subject_of(
            top.head) is not None and _subject_of(top) is None:
        top = top.head  # "the number of staff is to be reduced": the raised subject
    subj = _subject_of(top) if not hit.noun else None
    keep: set[int] = {tok.i}
    _take(ctx, tok, keep, subj, True)
    head = tok.head
    if hit.noun and tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB":
        # "the deal was first announced": the verb says what became of the event.
        keep.add(head.i)
        keep.update(c.i for c in head.children if c.dep_ in (
            "aux", "auxpass", "neg", "prt", "advmod", "acomp") and c.i not in ctx.tx_of_token
            and c.tag_ != "WRB")
    cur = tok
    while cur.i != top.i:
        via = cur.dep_
        cur = cur.head
        if via == "conj":
            continue  # "to cut jobs and to shift roles": not the other conjunct's verb
        keep.add(cur.i)
        keep.update(c.i for c in cur.children if c.dep_ in ("aux", "neg", "prt", "auxpass"))
    replace: dict[int, str] = {}
    if subj is None and not hit.noun and top.dep_ in ("relcl", "acl") and top.tag_ == "VBN":
        keep.update(_np(top.head))  # "Smithfield Foods, to be purchased by Shuanghui"
        for c in top.head.children:
            if c.dep_ == "appos" and c.i in ctx.company_of_token:
                keep.update(t.i for t in c.subtree)  # "its parent, Smithfield Foods,"
                keep.update(p.i for p in top.head.children
                            if p.text == "," and c.left_edge.i - 1 <= p.i <= c.i + 1)
    if subj is not None:
        lemma = _lemma(subj)
        if lemma in ctx.lex.actors["relative_pronouns"] and subj.head.dep_ == "relcl":
            ante = subj.head.head
            keep.update(_np(ante))
            replace[subj.i] = ""
        elif lemma in ctx.lex.actors["pronouns"] or (_is_company_noun(ctx, subj)
                                                      and subj.i not in ctx.company_of_token):
            keep.add(subj.i)
            patient = _patient_companies(ctx, top) if subj.dep_ == "nsubjpass" else []
            if patient and patient[0] == actor:  # "it was acquired by IBM": not IBM
                patient = _patient_companies(ctx, top, exclude=(actor,))
            # the doer, also in the target's line; a passive's subject is what undergoes it
            replace[subj.i] = patient[0] if patient else actor or company
            for c in subj.children:
                if c.dep_ == "det":
                    replace[c.i] = ""
                    keep.add(c.i)
        else:
            keep.update(_np(subj))
    if tx is not None:
        prep = ctx.doc[tx.root].head
        if prep.lower_ in ("until", "till") and any(ctx.doc[i].dep_ == "neg" for i in keep):
            keep |= {prep.i, *tx.tokens}  # "will not open the store until 2027" says when
        else:
            keep -= set(tx.tokens)
            if prep.pos_ == "ADP" and all(c.i in tx.tokens for c in prep.children):
                keep.discard(prep.i)  # (no dangling "in" of "in 1986")
    words = []
    for i in sorted(keep):
        t = ctx.doc[i]
        if i in replace:
            if replace[i]:
                words.append(replace[i])
        elif t.dep_ == "poss" and t.lower_ in ("its", "their", "our") and hit.noun \
                and t.head.i == tok.i:
            words.append(f"{actor or company}'s")
        else:
            words.append(t.text)
    phrase = " ".join(words)
    # Newswire brackets: a ticker goes ("Ltd <CAPH.HK>"), a name keeps its words.
    phrase = re.sub(r"\s*<\s*([A-Z0-9.\-]+)\s*>", "", phrase)
    phrase = re.sub(r"<\s*([^<>]*?)\s*>", r"\1", phrase)
    phrase = re.sub(r"(?:^|\s)[<>](?=\s|$)", "", phrase)
    phrase = re.sub(r"\s+([,.;:%)\u2019'])", r"\1", phrase)
    phrase = re.sub(r"([($£€])\s+", r"\1", phrase)
    phrase = re.sub(r"\s+(n't|'s|\u2019s)\b", r"\1", phrase)
    phrase = re.sub(r"\s*-\s*", "-", phrase) if " - " in phrase else phrase
    phrase = phrase.strip(" ,;:-\u2014\"\u201c\u201d")
    names = {company.lower()} | {n.lower() for n in ctx.report.names.get(company, ())}
    low = phrase.lower()
    if not any(n in low for n in names):
        if low.startswith(("the ", "a ", "an ")) and hit.noun:
            phrase = phrase.split(" ", 1)[1]
        phrase = f"{company}: {phrase}"
    words = phrase.split()
    if len(words) > _SUMMARY_WORDS:
        phrase = " ".join(words[:_SUMMARY_WORDS]).rstrip(",;:") + " ..."
    return phrase[:1].upper() + phrase[1:]


def _take(ctx: _Ctx, t: Token, keep: set[int], subj: Token | None, top: bool) -> None:
    """Add the words of a trigger's clause that a summary keeps."""
    for c in t.children:
        dep = c.dep_
        if dep == "appos" and c.i in ctx.company_of_token and not top and not (
                c.i > 0 and c.doc[c.i - 1].text == "("):
            pass  # "its British grocery chain Asda": the name says which
        elif dep in ("conj", "cc") and not top and c.pos_ not in ("VERB", "AUX") \
                and t.pos_ not in ("VERB", "AUX"):
            pass  # "research and development positions": coordinated words stay
        elif dep == "punct" and c.text in ("-", "\u2013", "/") and not top and (
                c.i > 0 and c.doc[c.i - 1].whitespace_ == ""):
            pass  # "all-new", "three-row", "747-300": a hyphen inside a word stays
        elif dep == "punct" and c.text == "," and not top and any(
                x.dep_ == "conj" and x.i > c.i for x in t.children):
            pass  # "the Driveline, Chassis and Aftermarket divisions": a list keeps commas
        elif dep == "punct" or dep in _CLAUSAL or dep in _SUBJECTS or dep in (
                "appos", "mark", "cc", "meta", "dep", "intj", "preconj"):
            continue
        if dep in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") and not top:
            continue
        if dep in ("prep", "npadvmod", "advmod", "pobj", "obl", "agent") and any(
                x.i in ctx.tx_of_token for x in c.subtree) and c.i not in ctx.tx_of_token \
                or (dep in ("npadvmod", "advmod") and c.i in ctx.tx_of_token):
            if not any(x.i in ctx.company_of_token for x in c.subtree):
                continue
        if top and dep in ("prep", "advmod", "npadvmod") and c.i < t.i and (
                subj is None or c.i < subj.i):
            continue  # "With remote work reducing ...", "According to the board, ..."
        if dep == "prep" and (c.lower_ in _SIDE_PREPS or any(
                x.pos_ == "VERB" for x in c.children)):
            continue  # "due to fierce competition", "with AWS previously employing ..."
        keep.add(c.i)
        _take(ctx, c, keep, subj, False)


def _np(tok: Token) -> set[int]:
    """A noun phrase without its appositions, relative clauses and trailing commas."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj") and c.i > tok.i:
            if c.dep_ in ("cc", "conj") and _lemma(c) not in ("and", "&") and c.dep_ == "cc":
                continue
            if c.dep_ in ("cc", "conj") and c.ent_type_ in ("ORG", "PERSON"):
                out.update(_np(c))
                out.update(x.i for x in tok.children if x.dep_ == "cc")
            continue
        out.update(x.i for x in c.subtree)
    return out


def _confidence(hit: _Hit, actor: _Actor, explicit: bool, etype: str, target: bool) -> float:
    """Higher for an explicit date, a named actor and a strong trigger."""
    score = 0.5
    score += 0.2 if explicit else 0.05
    score += {"named": 0.15, "inherited": 0.1, "pronoun": 0.08, "anaphor": 0.05,
              "owner": 0.08, "focus": 0.0}.get(actor.how, 0.0)
    if hit.rule.weak:
        score -= 0.15
    if etype == "other":
        score -= 0.1
    if target:
        score -= 0.05
    if hit.noun:
        score -= 0.03
    return round(min(0.97, max(0.05, score)), 3)


# --------------------------------------------------------------------------- folding


# Types whose plans are one deal told again as "the deal", "the transaction".
_DEAL_TYPES = frozenset(("acquisition", "divestiture", "investment", "partnership", "ipo"))


def _fold(cands: list[_Cand]) -> list[_Cand]:
    """One event per happening: a repeat (same company, type and sense, overlapping
    dates, alike in words; or undated and alike) joins the first telling. Events with an
    explicit date, then a date of taking effect, then finer precision are kept first."""
    # (the day a change takes effect dates it over the day it was told: the guide's target)
    order = sorted(cands, key=lambda c: (not c.explicit, not c.effective, c.period.days,
                                         c.sent_index, c.tok))
    kept: list[_Cand] = []
    for c in order:
        home = next((k for k in kept if _same_happening(k, c) or _one_act(k, c)), None)
        if home is None:
            kept.append(c)
        elif (home.type == "other" and c.type != "other") or (
                home.type == "acquisition" and c.type == "divestiture"):
            # (a side told as a target by the deal noun and as the seller by its verb:
            # "an agreement with Vodafone to acquire Vodafone's U.S. group")
            # "shareholders approved a reorganization": the typed telling stands
            kept[kept.index(home)] = c
            c.folded.extend([home, *home.folded])
            home.folded = []
            c.confidence = round(min(0.99, c.confidence + 0.05), 3)
        else:
            home.folded.append(c)
            home.confidence = round(min(0.99, home.confidence + 0.05), 3)
    return sorted(kept, key=lambda c: (c.sent_index, c.tok, c.company))


# Types one act is often told as at once, by a trigger and another inside it ("agreed to
# acquire a 35 pct interest", "signed an agreement establishing a credit facility").
_ONE_ACT_TYPES = frozenset(frozenset(p) for p in (
    ("acquisition", "investment"), ("acquisition", "expansion"), ("investment", "expansion"),
    ("partnership", "expansion"), ("acquisition", "divestiture"),
    *((t, "other") for t in ("restructuring", "acquisition", "investment", "partnership",
                             "expansion", "divestiture", "legal", "launch",
                             "financial_results", "closure", "layoff"))))


def _one_act(k: _Cand, c: _Cand) -> bool:
    """Two types told of one act in one sentence: one trigger inside the other's clause,
    the same company and time."""
    return k.company == c.company and k.type != c.type and k.sent_index == c.sent_index \
        and "strike" not in (k.sense, c.sense) and k.period == c.period \
        and frozenset((k.type, c.type)) in _ONE_ACT_TYPES \
        and (k.tok in c.above or c.tok in k.above)


def _same_happening(k: _Cand, c: _Cand) -> bool:
    """Whether `c` tells again the happening `k` (kept earlier: explicit and finer first)."""
    sides = {k.type, c.type} == {"acquisition", "divestiture"}
    if k.company != c.company or (k.type != c.type and not sides):
        return False
    if sides:
        # One side of a deal told as its target and as its seller: one happening unless
        # their figures differ (a company seldom buys and sells on one day).
        return k.period.overlaps(c.period) and not (
            k.numbers and c.numbers and not k.numbers & c.numbers)
    if k.sense and c.sense and k.sense != c.sense:
        return False
    k_other, c_other = set(k.companies) - {k.company}, set(c.companies) - {c.company}
    if k.type in _DEAL_TYPES and k_other and c_other and not k_other & c_other:
        return False  # a buyer's two deals: Orbanco bought, Rainier pending
    if k.persons and c.persons and not _same_people(k.persons, c.persons):
        return False
    if k.effective and not c.effective and c.period.end <= k.period.start and (
            (k.persons and c.persons and _same_people(k.persons, c.persons))
            or k.names & c.names):
        return True  # "named Gulden CEO on Thursday" ... "effective July 1": one change
    if k.type == "leadership" and k.sense == c.sense == "search" \
            and k.period.overlaps(c.period):
        return True  # "will look for a new CEO" ... "is considering candidates": one search
    if k.type == "leadership":
        roles = lexicon().classes["exec"] | {"directors", "board"}
        kr, cr = k.words & roles, c.words & roles
        if kr and cr and not kr & cr:
            return False  # "named directors" and "named chief executive": two posts
    if k.type == "launch" and k.sent_index != c.sent_index and k.names != c.names and (
            (k.names and c.names) or k.fresh or c.fresh):
        # "unveiled the LaserJet II" ... "introduced the ScanJet" ... "introduced a
        # larger printer": three products
        return False
    if k.type == "legal" and {k.status, c.status} == {"happened", "planned"} \
            and k.trigger != c.trigger and not (k.words & c.words) - {""}:
        return False  # "is investigating" ... "employees will testify": a step still to come
    overlap = k.period.overlaps(c.period)
    numbers_clash = bool(k.numbers and c.numbers and not k.numbers & c.numbers)
    shared = (k.words & c.words) - {""}
    # Names and figures tell happenings apart best; two plain words will do.
    strong = bool(k.names & c.names or k.numbers & c.numbers or len(shared) >= 2
                  or (k.trigger == c.trigger and shared - {k.trigger.split(" ")[0]}))
    if k.type == "financial_results":
        # The figures one sentence gives for a period are one report; another sentence's
        # figures for it are another line of the timeline unless they repeat a number.
        return k.period == c.period and (k.sent_index == c.sent_index or not numbers_clash
                                         and (strong or not c.numbers))
    if overlap and not c.explicit and k.period.days <= _FOLD_SPAN_DAYS:
        return not numbers_clash  # an undated re-telling of a dated happening
    if k.sent_index == c.sent_index and k.explicit and not c.explicit and not numbers_clash \
            and (k.tok in c.above or c.tok in k.above):
        return True  # "will idle its plant, which will be shut down from March 23": one
    if overlap and (strong or k.trigger == c.trigger) and not numbers_clash:
        return True
    if overlap and abs(k.sent_index - c.sent_index) <= 1 and k.period != c.period and (
            c.period.start <= k.period.start and k.period.end <= c.period.end):
        return True  # "nine stores open this month" ... "the first five opened March 3"
    if overlap and k.status == c.status == "planned" and k.type in _DEAL_TYPES and any(
            not x.names and not x.numbers for x in (k, c)) and (
            c.period.start <= k.period.start and k.period.end <= c.period.end):
        return True  # "the deal is expected to close early next year" ... "in Q1 2014"
    if not c.explicit and strong and not numbers_clash and (
            not c.persons or k.persons & c.persons):
        return True
    return False


def _same_people(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of name words share a person, spelling slips allowed
    ("Krzanich" / "Kraznich")."""
    from rapidfuzz.distance import Levenshtein

    return any(x == y or (len(x) >= 5 and Levenshtein.distance(x, y) <= 2)
               for x in a for y in b)


def _to_event(ctx: _Ctx, c: _Cand) -> Event:
    art = ctx.article
    sources = (Source(article=art.id, title=art.title, path=art.path,
                      published=art.published.isoformat() if art.published else None,
                      sentence=" ".join(c.sentence.split())),)
    aliases = tuple(ctx.report.names.get(c.company, ()))
    return Event(id=c.eid, company=c.company, type=c.type, status=c.status, period=c.period,
                 summary=c.summary, confidence=c.confidence, sources=sources,
                 trigger=c.trigger, detail=c.detail, aliases=aliases)


__all__ = ["extract_events", "lexicon"]
