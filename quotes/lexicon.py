"""Loading of a language's lexicons (``quotes/lang/<code>/``): cue verbs, cue markers, speaker
nouns, pronouns, the closed word classes the rules and the speaker tracker read.

Every word list the rules use is a data file of its language's package, documented in its header;
this module only reads them (once per language, cached) into lookup tables.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterator, Mapping, Optional


@dataclass(frozen=True)
class CueEntry:
    """One cue verb. ``particle`` is a separable particle, ``companion`` a required extra word."""

    lemma: str
    category: str
    frames: frozenset[str]
    particle: Optional[str] = None
    companion: Optional[str] = None


CATEGORY_CONFIDENCE: dict[str, float] = {"speech": 1.0, "assert": 0.95, "announce": 0.95, "response": 0.9,
                                          "opinion": 0.6}
"""How much a cue of each category is trusted: belief verbs (vinden, denken) report opinions, not speech."""


def _text(lang: str, name: str) -> str:
    return resources.files(f"quotes.lang.{lang}").joinpath(name).read_text(encoding="utf-8")


def _rows(lang: str, name: str) -> Iterator[list[str]]:
    text = _text(lang, name)
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen and "\t" in line:
            header_seen = True
            continue
        yield fields


def _words(lang: str, name: str) -> frozenset[str]:
    return frozenset(row[0].strip() for row in _rows(lang, name))


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, tuple[CueEntry, ...]]
    """word form (lowercase) -> the cue entries it can be a form of"""
    noun_like: frozenset[str]
    """forms that are also nouns or noun-like infinitives (vraag, antwoord, het zeggen): only these are
    ruled out when the tagger calls them nouns; "benadrukte" tagged as a noun is still a cue"""
    markers: dict[str, tuple[tuple[str, ...], str, str]]
    """last word of a marker -> (its words, kind of rule, category): volgens, naar eigen zeggen"""
    speaker_nouns: dict[str, str]
    titles: frozenset[str]
    pronouns: dict[str, tuple[str, str]]
    temporal: frozenset[str]
    weekdays: frozenset[str]
    day_parts: frozenset[str]
    name_particles: frozenset[str]
    organizations: frozenset[str]
    portfolios: frozenset[str]
    person_suffixes: frozenset[str]
    nonquote_patterns: tuple[tuple[str, ...], ...]
    first_names: dict[str, str]
    """first name -> the gender it usually marks (m, f or any)"""
    word_classes: dict[str, frozenset[str]]
    """closed classes the rules and the speaker tracker read (``discourse_<code>.tsv`` and
    ``grammar_<code>.tsv``): class -> words"""
    titles_lower_only: frozenset[str] = frozenset()
    """titles that are never surnames, even capitalised after a first name (class never_surname
    and the demonyms)"""
    settings: Mapping[str, str] = field(default_factory=dict)
    """the language's settings that are not word lists (``settings_<code>.tsv``)"""

    @property
    def closed_compounds(self) -> bool:
        """Whether the language writes compounds as one word, so that a title or speaker noun also
        counts at the end of one ("begrotingsminister"); English writes them apart ("budget
        minister"), and a title at the end of a word there is another word ("administer")."""
        return self.settings.get("compounds", "closed") == "closed"

    def setting(self, name: str, default: int) -> int:
        """A whole-number setting of the language."""
        return int(self.settings.get(name, default))

    def cue_entries(self, form: str) -> tuple[CueEntry, ...]:
        return self.forms.get(form.lower(), ())

    def is_temporal(self, word: str) -> bool:
        low = word.lower()
        if low in self.temporal:
            return True
        day = next((d for d in self.weekdays if low.startswith(d)), None)
        return day is not None and (low[len(day):] in self.day_parts or low[len(day):] == "")

    @cached_property
    def _title_suffixes(self) -> tuple[frozenset[str], tuple[int, ...]]:
        """Titles of five letters or more, which also count at the end of a compound, and their
        lengths, longest first: a lookup per length instead of a scan of every title."""
        long = frozenset(t for t in self.titles if len(t) >= 5)
        return long, tuple(sorted({len(t) for t in long}, reverse=True))

    def _title_suffix(self, low: str) -> Optional[str]:
        """The longest title of five letters or more that ``low`` ends with (in a language with
        closed compounds)."""
        if not self.closed_compounds:
            return None
        long, lengths = self._title_suffixes
        return next((low[-n:] for n in lengths if n <= len(low) and low[-n:] in long), None)

    def is_title(self, word: str) -> bool:
        low = word.lower()
        return low in self.titles or self._title_suffix(low) is not None

    def title_base(self, word: str) -> str:
        """The title a word is or ends with: "begrotingsminister" → "minister"."""
        low = word.lower()
        if low in self.titles:
            return low
        return self._title_suffix(low) or low

    def in_class(self, word: str, kind: str) -> bool:
        """Whether ``word`` (any case) belongs to a closed class (``discourse_<code>.tsv``,
        ``grammar_<code>.tsv``)."""
        return word.lower() in self.word_classes.get(kind, frozenset())

    def words(self, kind: str) -> frozenset[str]:
        """The words of a closed class (empty for a class the language does not have)."""
        return self.word_classes.get(kind, frozenset())

    def ends_with(self, word: str, kind: str) -> bool:
        """Whether ``word`` (any case) ends with one of the endings of a suffix class."""
        return word.lower().endswith(tuple(self.word_classes.get(kind, ())))

    def gender_of(self, word: str) -> Optional[str]:
        """The gender a first name, a form of address or a person noun marks, if any."""
        first = word.split("-")[0] if "-" in word and word[:1].isupper() else word  # Anne-Sophie
        if first in self.first_names:
            gender = self.first_names[first]
            return None if gender == "any" else gender
        low = word.lower()
        for kind, gender in (("female", "f"), ("male", "m")):
            if low in self.word_classes.get(kind, ()):
                return gender
        if word[:1].islower() and self.noun_type(word) is not None \
                and not low.endswith(tuple(self.word_classes.get("common_gender", ()))):
            for kind, gender in (("female_suffix", "f"), ("male_suffix", "m")):
                if low.endswith(tuple(self.word_classes.get(kind, ()))):
                    return gender
        return None

    @cached_property
    def _noun_suffixes(self) -> tuple[dict[str, int], tuple[int, ...]]:
        """Speaker nouns of four letters or more (which also count at the end of a compound) with
        their position in the list, and their lengths."""
        order = {noun: i for i, noun in enumerate(self.speaker_nouns) if len(noun) >= 4}
        return order, tuple(sorted({len(noun) for noun in order}))

    def noun_type(self, word: str) -> Optional[str]:
        low = word.lower()
        if low in self.speaker_nouns:
            return self.speaker_nouns[low]
        order, lengths = self._noun_suffixes
        hits = [low[-n:] for n in lengths if n <= len(low) and low[-n:] in order] if self.closed_compounds else []
        if hits:  # the first in the list, as a scan of the list would find
            return self.speaker_nouns[min(hits, key=order.__getitem__)]
        if word[:1].islower() and len(low) > 5 and low.endswith(tuple(self.person_suffixes)):
            return "person"  # een vrachtwagenchauffeur, een weggebruiker
        return None


def _classes(lang: str, *names: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for name in names:
        for word, kind in _rows(lang, name):
            classes.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in classes.items()}


def _cue_forms(lang: str) -> dict[str, list[CueEntry]]:
    forms: dict[str, list[CueEntry]] = {}
    for lemma, particle, category, frames, form_list in _rows(lang, f"cues_{lang}.tsv"):
        particle = None if particle == "-" else particle
        entry = CueEntry(lemma, category, frozenset(frames.split(",")), particle=particle)
        base = [f for f in form_list.split(",") if f]
        variants = base + [lemma] + ([particle + f for f in base] if particle else [])
        if particle:
            variants += [particle + f for f in base if f.startswith("ge")]  # aangegeven
        for form in set(variants):
            forms.setdefault(form, []).append(entry)
    for lemma, companion, category, frames, form_list in _rows(lang, f"cue_phrases_{lang}.tsv"):
        entry = CueEntry(lemma, category, frozenset(frames.split(",")), companion=companion)
        for form in form_list.split(","):
            forms.setdefault(form, []).append(entry)
    return forms


@lru_cache(maxsize=None)
def load(lang: str = "nl") -> Lexicon:
    """The lexicon of a language (a code of :data:`quotes.lang.LANGUAGES` that has lexicon files),
    read once per process."""
    from quotes.lang import language

    lang = language(lang, need_rules=True).code
    noun_rows = list(_rows(lang, f"speaker_nouns_{lang}.tsv"))
    nouns = {row[0]: row[1] for row in noun_rows}
    titles = frozenset(row[0] for row in noun_rows if row[2] in ("yes", "demonym"))
    demonyms = frozenset(row[0] for row in noun_rows if row[2] == "demonym")
    temporal_rows = _text(lang, f"temporal_{lang}.txt")
    sections: dict[str, set[str]] = {"day": set(), "part": set(), "word": set()}
    current = "word"
    for line in temporal_rows.splitlines():
        if line.startswith("# ") and line[2:].strip() in sections:
            current = line[2:].strip()
        elif line.strip() and not line.startswith("#"):
            sections[current].add(line.strip())
    classes = _classes(lang, f"discourse_{lang}.tsv", f"grammar_{lang}.tsv")
    patterns = tuple(tuple(row[0].split()) for row in _rows(lang, f"nonquote_phrases_{lang}.tsv"))
    noun_like = frozenset(form for row in _rows(lang, f"cues_{lang}.tsv") for form in (row[4].split(",")[0], row[0]))
    return Lexicon(
        forms={k: tuple(v) for k, v in _cue_forms(lang).items()}, noun_like=noun_like,
        markers={row[0].split()[-1]: (tuple(row[0].split()), row[1], row[2]) for row in _rows(lang, f"markers_{lang}.tsv")},
        speaker_nouns=nouns, titles=titles,
        pronouns={row[0]: (row[1], row[2]) for row in _rows(lang, f"pronouns_{lang}.tsv")},
        temporal=frozenset(sections["word"] | sections["day"]), weekdays=frozenset(sections["day"]),
        day_parts=frozenset(sections["part"]), name_particles=_words(lang, f"name_particles_{lang}.txt"),
        organizations=_words(lang, f"organizations_{lang}.txt"), portfolios=_words(lang, f"portfolios_{lang}.txt"),
        person_suffixes=_words(lang, f"person_suffixes_{lang}.txt"),
        nonquote_patterns=patterns,
        titles_lower_only=classes.get("never_surname", frozenset()) | demonyms,
        first_names={row[0]: row[1] for row in _rows(lang, f"first_names_{lang}.tsv")},
        word_classes=classes, settings=_settings(lang),
    )


def _settings(lang: str) -> dict[str, str]:
    """The language's settings (``settings_<code>.tsv``: setting, value), if it has the file."""
    if not resources.files(f"quotes.lang.{lang}").joinpath(f"settings_{lang}.tsv").is_file():
        return {}
    return {row[0]: row[1] for row in _rows(lang, f"settings_{lang}.tsv")}


def cue_lemmas(lang: str = "nl") -> frozenset[str]:
    """All cue lemmas: the size of the lexicon, for docs and tests."""
    return frozenset(e.lemma for entries in load(lang).forms.values() for e in entries)
