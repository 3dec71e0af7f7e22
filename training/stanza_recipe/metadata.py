"""Versions, machine and per-stage records written beside the models as JSON."""
from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, is_dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any


def versions() -> dict[str, str]:
    """Versions of Python and the libraries that shape the models."""
    import stanza
    import torch

    out = {"python": platform.python_version(), "stanza": stanza.__version__, "torch": torch.__version__}
    try:
        import gensim

        out["gensim"] = gensim.__version__
    except ImportError:
        pass
    return out


def machine() -> dict[str, Any]:
    """CPU count, platform and the GPU (if any) this process sees."""
    import torch

    info: dict[str, Any] = {"platform": platform.platform(), "cpus": os.cpu_count(),
                            "omp_threads": os.environ.get("OMP_NUM_THREADS")}
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
    return info


def _plain(obj: Any) -> Any:
    return asdict(obj) if is_dataclass(obj) else obj


def write_stage_record(meta_dir: Path, stage: str, record: dict[str, Any]) -> None:
    """One JSON per stage, stamped with versions, machine and time (stages may run on different machines)."""
    meta_dir.mkdir(parents=True, exist_ok=True)
    record = {**{k: _plain(v) for k, v in record.items()}, "versions": versions(), "machine": machine(),
              "finished": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    (meta_dir / f"{stage}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")


def collect(meta_dir: Path) -> dict[str, Any]:
    """All stage records found in ``meta_dir``."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(meta_dir.glob("*.json"))}
