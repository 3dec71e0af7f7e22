"""What the Stanza recipe needs to know per language: the UD files it pools, the prose for word
vectors, the treebank names Stanza's scripts see, and whether multi-word tokens are flattened.

English (EWT) writes contractions as multi-word tokens ("didn't" = did + n't). The package's
engine reads one word per token, so the English recipe flattens them into plain tokens (did with
SpaceAfter=No, then n't), as the Penn Treebank and EWT before UD 2.x did: the tokenizer learns to
split "didn't" itself and no MWT model is needed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"


@dataclass(frozen=True)
class RecipeLanguage:
    code: str
    name: str
    ud_dir: Path
    source_files: tuple[str, ...]
    text_dir: Path
    """plain-text prose for word vectors (every ``*.txt``, read only)"""
    flatten_mwt: bool = False

    @property
    def treebank(self) -> str:
        """Tagger, lemmatizer and parser data (with our quote-mark augmentation)."""
        return f"UD_{self.name}-Mix"

    @property
    def short_name(self) -> str:
        return f"{self.code}_mix"

    @property
    def plain_treebank(self) -> str:
        """The same split without augmentation, for the tokenizer: the package maps curly quotes
        to ASCII before tokenizing, and on Dutch dev the tokenizer trained on plain text was better."""
        return f"UD_{self.name}-Plain"

    @property
    def plain_short_name(self) -> str:
        return f"{self.code}_plain"


RECIPES: dict[str, RecipeLanguage] = {
    "nl": RecipeLanguage("nl", "Dutch", SHARED / "ud-dutch",
                         ("nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu"),
                         SHARED / "dutch-text" / "openboek"),
    "en": RecipeLanguage("en", "English", SHARED / "ud-english", ("en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"),
                         SHARED / "polnear" / "train" / "text", flatten_mwt=True),
}
