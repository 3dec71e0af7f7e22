"""Store Stanza checkpoints in half precision.

Stanza's loaders copy a checkpoint's ``model`` state dict into the network's float32
parameters (``load_state_dict`` casts), so the weights of the tokenizer, tagger, lemmatizer
and parser can be kept as float16 on disk: half the bytes, and a float16 value widened to
float32 is exact, so what runs is the float32 network with every weight rounded once.
Whether that rounding changes any prediction is measured, not assumed
(``training/halve_stanza.py`` compares both on the held-out test documents).

``pretrain.pt`` is left alone: Stanza uses its ``emb`` matrix directly as a tensor.
"""
from __future__ import annotations

from pathlib import Path

HALVED = ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt")
KEPT = ("pretrain.pt",)


def halve_state(state: dict) -> tuple[dict, int]:
    """A copy of a state dict with its float32 tensors as float16, and how many were converted."""
    import torch

    out, n = {}, 0
    for key, value in state.items():
        if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
            value, n = value.to(torch.float16), n + 1
        out[key] = value
    return out, n


def halve_checkpoint(src: Path, dst: Path) -> dict:
    """Write ``src`` to ``dst`` with the ``model`` state dict in float16; everything else as it was."""
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=True)
    if not isinstance(checkpoint, dict) or not isinstance(checkpoint.get("model"), dict):
        raise ValueError(f"{src}: not a Stanza checkpoint with a 'model' state dict")
    checkpoint["model"], converted = halve_state(checkpoint["model"])
    tmp = dst.with_name(dst.name + ".part")
    torch.save(checkpoint, tmp)
    tmp.replace(dst)
    return {"tensors_halved": converted, "bytes_before": src.stat().st_size, "bytes_after": dst.stat().st_size}


def is_half(path: Path) -> bool:
    """Whether every floating tensor of a checkpoint's ``model`` state dict is float16."""
    import torch

    state = torch.load(path, map_location="cpu", weights_only=True)["model"]
    floats = [v for v in state.values() if isinstance(v, torch.Tensor) and v.is_floating_point()]
    return bool(floats) and all(v.dtype == torch.float16 for v in floats)
