"""Names in an article: runs of capitalised words that name a person or an organisation, and the
index that maps short names to full ones ("Costa" → "Antonio Costa", "Riet" → "Riet Koster") and
titles to the names they stood before ("de minister" → "minister Marieke van Dalen").

Read from the tokens alone, so the same whether or not a sentence was parsed.
"""
from __future__ import annotations

from typing import Optional, Sequence

from quotes.lexicon import Lexicon
from quotes.parsing import Sentence


def name_runs(tokens: Sequence[str], lex: Lexicon, tags: Optional[Sequence[str]] = None,
              at_start: bool = True) -> list[tuple[int, int]]:
    """Personal and organisation names in a token sequence, as [start, end) index pairs.

    A name is a run of capitalised words without titles, time words, portfolio words ("van
    Defensie") and nationality adjectives ("Turkse"), with particles inside (Bart De Wever, Cees van
    der Linden) only after a first name, so that "Bas Vermeulen van Financiën" stops before "van".
    A capital at the start of a sentence starts a name only when another follows (or, with tags,
    when it is tagged PROPN): "Bakker Henk Post" is a baker.
    """
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if not _name_start(tokens, k, lex, tags, initial=k == 0 and at_start):
            k += 1
            continue
        end, core = k, 0
        while end < len(tokens):
            token = tokens[end]
            if token.lower() in lex.name_particles:
                if core <= 1 and _followed_by_name(tokens, end, lex):
                    end += 1
                    continue
                break
            if not _name_token(token, lex, inside_run=core > 0, mid_sentence=not (k == 0 and at_start)):
                break
            core += 1
            end += 1
        if core:
            runs.append((k, end))
        k = max(end, k + 1)
    return runs


def title_case(tokens: Sequence[str]) -> bool:
    """A headline in title case: of its words after the first (four at least), three in five or
    more are capitalised, so capitals do not mark names there."""
    words = [t for t in tokens[1:] if t.isalpha()]
    return len(words) >= 4 and sum(t[:1].isupper() for t in words) >= 0.6 * len(words)


def _followed_by_name(tokens: Sequence[str], k: int, lex: Lexicon) -> bool:
    j = k + 1
    while j < len(tokens) and tokens[j].lower() in lex.name_particles:
        j += 1
    return j < len(tokens) and _name_token(tokens[j], lex, inside_run=True)


def _name_start(tokens: Sequence[str], k: int, lex: Lexicon, tags: Optional[Sequence[str]], initial: bool) -> bool:
    token = tokens[k]
    if token.lower() in lex.name_particles:
        return token[:1].isupper() and _followed_by_name(tokens, k, lex)  # De Wever, Van Zanen
    if not _name_token(token, lex, mid_sentence=not initial):
        return False
    if not initial:  # "Koning Willem-Alexander": a title before a name is no surname
        return not (lex.is_title(token) and k + 1 < len(tokens) and _name_token(tokens[k + 1], lex, inside_run=True))
    if token not in lex.first_names and k + 1 < len(tokens) and tokens[k + 1] in lex.first_names \
            or lex.noun_type(token) is not None:
        return False  # "Juf Anneke Bos", "Consumentenorganisatie Test Aankoop": a noun before a name
    followed = k + 1 < len(tokens) and (_name_token(tokens[k + 1], lex, inside_run=True)
                                        or _followed_by_name(tokens, k, lex))
    if tags is not None:
        return tags[0] == "PROPN" or (tags[0] != "NOUN" and followed)
    return followed


def _name_token(token: str, lex: Lexicon, *, inside_run: bool = False, mid_sentence: bool = False) -> bool:
    """A capitalised word that can be (part of) a name. Inside a name ("Hilde Vandenbussche",
    "Saskia de Boer") an ending like that of "Turkse" and a word that is also a title are a
    surname's; so is a capitalised title word in mid-sentence ("Bakker begrijpt", "zegt Bakker"),
    where titles are written in lower case, except the titles that never are surnames."""
    low = token.lower()
    title = lex.is_title(token) and not ((inside_run or mid_sentence) and _surname_like(low, lex))
    return token[:1].isupper() and any(c.isalpha() for c in token) and not title \
        and not lex.is_temporal(token) and token not in lex.portfolios and low not in lex.pronouns \
        and not (lex.ends_with(low, "nationality_adjective_suffix") and len(token) > 4 and not inside_run) \
        and not lex.in_class(low, "non_speaking_pronoun") \
        and low not in lex.name_particles and not any(lex.in_class(low, c) for c in _FUNCTION_CLASSES) \
        and not _common_compound(token)


def _surname_like(low: str, lex: Lexicon) -> bool:
    """A title that is also a common surname ("Bakker", "Boer"): a simple word, not a compound
    title ("Raadsvoorzitter") nor one that never names a person ("Minister")."""
    return low in lex.titles and low not in lex.titles_lower_only \
        and not any(low != t and low.endswith(t) for t in lex.titles if len(t) >= 4)


_FUNCTION_CLASSES = ("opener", "preposition", "determiner")
"""Closed classes whose capitalised forms open sentences, never names ("Terwijl", "Behalve", "Met")."""


def _name_part(token: str, lex: Lexicon) -> str:
    """"Goorbergh" of "Goorbergh-tribune": the name a compound is made on, for the index of names
    (not for "ABVV-voorzitter", a title)."""
    if _common_compound(token) and token[:1].isupper() and lex.noun_type(token.rsplit("-", 1)[1]) is None:
        return token.rsplit("-", 1)[0]
    return token


def _common_compound(token: str) -> bool:
    """"Wimbledon-winnares", "NOS-journaal": a compound whose last part is a common noun is no name."""
    last = token.rsplit("-", 1)[-1]
    return "-" in token and last.isalpha() and last.islower()


class NameIndex:
    """Every name in an article, to map short names to the longest name that ends with them, and
    titles to the names they stood before ("de minister" → "minister Marieke van Dalen").

    Read from the tokens alone, so it is the same whether or not a sentence was parsed.
    """

    def __init__(self, sentences: Sequence[Sentence], lex: Lexicon) -> None:
        self.lex = lex
        self.names: list[tuple[str, ...]] = []
        self.occurrences: list[tuple[int, tuple[str, ...]]] = []
        self.titled: list[tuple[int, str, tuple[str, ...]]] = []
        self._order: dict[tuple[str, ...], int] = {}  # each name and where it first appeared
        self._by_last: dict[str, list[tuple[str, ...]]] = {}  # lowercased last word -> names, in order
        self._by_first: dict[str, list[tuple[str, ...]]] = {}  # first word of a full name -> names
        headings = bool(lex.setting("title_case_headings", 0))
        for sent in sentences:
            tokens = tuple(_name_part(t, lex) for t in sent.tokens)
            if headings and title_case(tokens):
                continue  # "Republican Donor Adelson and Trump May be Aligning on Israel": no names to learn
            for a, b in name_runs(tokens, lex):
                run = tokens[a:b]
                if run not in self._order:
                    self._add(run)
                self.occurrences.append((sent.words[a].start, run))
                title = self._title_before(tokens, a)
                if title:
                    self.titled.append((sent.words[a].start, title, run))

    def _add(self, run: tuple[str, ...]) -> None:
        self._order[run] = len(self.names)
        self.names.append(run)
        self._by_last.setdefault(run[-1].lower(), []).append(run)
        if len(run) > 1 and run[0].lower() not in self.lex.name_particles:
            self._by_first.setdefault(run[0], []).append(run)

    def _title_before(self, tokens: Sequence[str], a: int) -> Optional[str]:
        if a and self.lex.in_class(tokens[a - 1], "affiliation"):
            return None  # "de gouverneur van Oost-Vlaanderen": a place, not the governor
        window = tokens[max(0, a - 6):a]
        for k in range(len(window) - 1, -1, -1):
            token = window[k]
            if self.lex.is_title(token):
                return self.lex.title_base(token)
            after_link = k > 0 and self.lex.in_class(window[k - 1], "affiliation")  # "officier van justitie X"
            if token == "," and k == len(window) - 1:
                continue  # an apposition: "de gouverneur van Oost-Vlaanderen, Jan Brouckaert,"
            if token in (",", ".", ":", ";", "(", ")") or (token[:1].islower() and not self.lex.in_class(token, "affiliation")
                                                          and not self.lex.ends_with(token, "nationality_adjective_suffix")
                                                          and not after_link):
                return None
        return None

    def known(self, token: str) -> bool:
        """Whether the article uses ``token`` as a name elsewhere: alone, as a surname or as the first
        name of someone named in full ("Riet" after "Riet Koster")."""
        return _name_token(token, self.lex, mid_sentence=True) and (
            any(run[-1] == token for run in self._by_last.get(token.lower(), ()))
            or self._by_first_name(token) is not None)

    def _by_first_name(self, token: str) -> Optional[tuple[str, ...]]:
        """The one full name of the article that starts with this first name, if exactly one does."""
        full = self._by_first.get(token, [])
        return full[0] if len(full) == 1 else None

    def canonical(self, name: Sequence[str]) -> str:
        """The longest name of the article that ends with ``name`` ("Costa" → "Antonio Costa"); for a
        single word that opens a full name introduced before any such longer name, that full name
        ("Riet" → "Riet Koster", not the later "Salon Riet")."""
        name = tuple(name)
        if not name:
            return ""
        best, key = name, tuple(t.lower() for t in name)
        for tokens in self._by_last.get(key[-1], ()):
            if len(tokens) > len(best) and tuple(t.lower() for t in tokens[-len(name):]) == key:
                best = tokens
        if len(name) == 1:
            first = self._by_first_name(name[0])
            if first is not None and (best == name or self._order[first] < self._order[best]):
                best = first
        return " ".join(best)

    def by_title(self, title: str, before: int) -> Optional[str]:
        """The most recent name that stood after ``title`` before offset ``before``."""
        base = self.lex.title_base(title)
        found = [run for pos, t, run in self.titled if t == base and pos < before]
        return self.canonical(found[-1]) if found else None
