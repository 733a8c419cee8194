"""spaCy's parser and entity recognizer compiled without Cython's profiling hooks: loading them.

spaCy builds its wheels for Python < 3.12 with Cython's `profile` directive on (its setup.py:
`"profile": sys.version_info < (3, 12)`). In a `nogil` function a profiling hook takes and drops
the GIL on every call, and the transition loop of the parser and of NER calls small `nogil`
functions (the state's `B()`, each move's `is_valid`) about a hundred times per token: on the
development machine half of NER's time and two thirds of the parser's went to acquiring the GIL
(py-spy: `PyGILState_Ensure` → `pthread_mutex_lock` under `StateC::B_`).

`python -m newsevents.spacy_build` (run by `make install`) compiles the installed spaCy
version's own sources of those modules (its sdist, from the package index) as its setup.py does
on Python 3.12, that is with the hooks off, into a folder of the environment; `use_rebuilt_parser()`
(called when newsevents is imported, before spaCy is) has Python load them in place of the wheel's. The
same code, so the same tags, parses and entities (bench/same_output.py: every stored row
identical); the installed spaCy is left as it is. Nothing to do on Python >= 3.12, nor where the
build was not made (no compiler, no network at install time): spaCy then runs as installed.
Set NEWSEVENTS_STOCK_SPACY=1 to run the wheel's modules anyway.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from types import ModuleType

# The modules of spaCy's transition-based parser and NER: every module that defines the parser
# state's methods (a state's methods come from whichever module made it) or runs the transition loop.
PARSER_MODULES = (
    "spacy.ml.parser_model",
    "spacy.pipeline._parser_internals._beam_utils",
    "spacy.pipeline._parser_internals._state",
    "spacy.pipeline._parser_internals.arc_eager",
    "spacy.pipeline._parser_internals.ner",
    "spacy.pipeline._parser_internals.nonproj",
    "spacy.pipeline._parser_internals.stateclass",
    "spacy.pipeline._parser_internals.transition_system",
    "spacy.pipeline.dep_parser",
    "spacy.pipeline.ner",
    "spacy.pipeline.transition_parser",
)
DONE = "COMPLETE"
STOCK_VARIABLE = "NEWSEVENTS_STOCK_SPACY"


def needed() -> bool:
    """Python < 3.12: spaCy's wheels for it carry the profiling hooks."""
    return sys.version_info < (3, 12)


def build_folder() -> Path | None:
    """Where the rebuilt modules of the installed spaCy live in this environment (by spaCy's and
    thinc's versions, whose compiled types they use); None when spaCy is not installed."""
    try:
        versions = f"spacy-{metadata.version('spacy')}-thinc-{metadata.version('thinc')}"
    except metadata.PackageNotFoundError:
        return None
    return Path(sys.prefix) / "newsevents-spacy-build" / f"{versions}-{sys.implementation.cache_tag}"


def module_file(folder: Path, name: str) -> Path:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    return folder.joinpath(*name.split(".")).with_name(name.rsplit(".", 1)[1] + suffix)


class RebuiltModules(importlib.abc.MetaPathFinder):
    """Finds the rebuilt extension modules before the installed package's."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in PARSER_MODULES:
            return None
        file = module_file(self.folder, fullname)
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def use_rebuilt_parser() -> bool:
    """Load spaCy's parser modules from the rebuild, when there is one and spaCy is not loaded
    yet. True when they will be (or already are) the rebuilt ones."""
    if any(isinstance(finder, RebuiltModules) for finder in sys.meta_path):
        return True
    folder = build_folder()
    if not needed() or os.environ.get(STOCK_VARIABLE) or folder is None or not (folder / DONE).exists():
        return False
    if "spacy" in sys.modules:  # its parser modules are loaded already: too late to swap them
        warnings.warn("spaCy was imported before newsevents, so its parser and entity recognizer run as "
                      "installed, about three times slower: import newsevents first (or set "
                      f"{STOCK_VARIABLE}=1 to choose the installed modules and silence this)", stacklevel=2)
        return False
    sys.meta_path.insert(0, RebuiltModules(folder))
    return True


def parser_is_rebuilt() -> bool:
    """Whether the loaded spaCy's NER module is the rebuilt one (for benchmarks to say so)."""
    module, folder = sys.modules.get("spacy.pipeline._parser_internals.ner"), build_folder()
    return folder is not None and str(folder) in (getattr(module, "__file__", None) or "")
