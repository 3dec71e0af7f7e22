"""Helpers for ``training/train_stanza.py``: data layout, augmentation, vectors, Stanza stages, evaluation."""
