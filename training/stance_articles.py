"""The machinery of the stance training articles (``stance_context.py``, ``stance_context_b.py``,
``stance_context_c.py``): build_gold's markup plus one token, ``#``, which marks a quote whose
stance (a label or the deliberate absence of one) can only be decided from its context. The marker
is removed before the markup is parsed and counted by ``--stats``. Documents whose id starts with
``en-`` are English; spans are checked as in the other written sets, and indirect and mixed quotes
also by their quote marks.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import MARKUP, Article, MarkupError, build_articles, run, strip_markup  # noqa: E402


def language(doc_id: str) -> str:
    return "en" if doc_id.startswith("en-") else "nl"


def _drop_marker(match) -> str:
    tokens = [t for t in match.group(2).split() if t != "#"]
    return "[[" + match.group(1) + "".join(" " + t for t in tokens) + "|" + match.group(3) + "]]"


class ContextArticles:
    """One builder's articles, with per article and in body order whether each quote carries ``#``."""

    def __init__(self, out: Path, script: str) -> None:
        self.out = out
        self.script = script
        self.articles: list[Article] = []
        self.context: dict[str, list[bool]] = {}

    def article(self, doc_id: str, date: str, speakers: str, body: str) -> None:
        body = body.strip("\n") + "\n"
        self.context[doc_id] = ["#" in m.group(2).split() for m in MARKUP.finditer(body)]
        self.articles.append(Article(doc_id, date, speakers, MARKUP.sub(_drop_marker, body)))

    def build(self) -> list[dict[str, object]]:
        docs = build_articles(self.articles, language=language, kinds_by_marks=True)
        for doc in docs:
            if len(doc["quotes"]) != len(self.context[str(doc["id"])]):  # type: ignore[arg-type]
                raise MarkupError(f"{doc['id']}: context markers out of step with the quotes")
        return docs

    def label_stats(self) -> str:
        """Counts per label and of the quotes marked ``#`` (stance readable only in context)."""
        labels: Counter[str] = Counter()
        context_labels: Counter[str] = Counter()
        per_lang: Counter[str] = Counter()
        labeled = context_labeled = context_unlabeled = on_topic_unlabeled = 0
        on_topic_docs = 0
        for art in self.articles:
            _, quotes = strip_markup(art)
            on_topic = any(q.stances for q in quotes)
            on_topic_docs += on_topic
            for q, context in zip(quotes, self.context[art.id]):
                per_lang[language(art.id)] += 1
                labels.update(q.stances)
                labels["(none)"] += not q.stances
                labeled += bool(q.stances)
                on_topic_unlabeled += on_topic and not q.stances
                if context:
                    context_labels.update(q.stances)
                    context_labeled += bool(q.stances)
                    context_unlabeled += not q.stances
        return "\n".join([
            f"quotes by language: {dict(per_lang)}",
            f"labels: {dict(labels)}",
            (f"quotes with a label: {labeled}; articles with a label: {on_topic_docs} of {len(self.articles)};"
             f" quotes without a label in those articles: {on_topic_unlabeled}"),
            (f"context-dependent (#) quotes: with a label {context_labeled} {dict(context_labels)},"
             f" without a label {context_unlabeled}"),
        ])

    def main(self, argv: list[str] | None = None) -> int:
        args = sys.argv[1:] if argv is None else argv
        status = run(self.build, self.out, self.script, args)
        if status == 0 and "--stats" in args:
            print(self.label_stats())
        return status
