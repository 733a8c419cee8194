"""Build spaCy's parser and NER modules without Cython's profiling hooks (`make install` runs
`python -m newsevents.spacy_build`): the installed spaCy version's own sources, from its sdist on
the package index, compiled as its setup.py compiles them for Python >= 3.12. Why, and how they
are loaded: `newsevents.spacy_parser`. Optional: whatever fails, spaCy runs as installed."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from newsevents.spacy_parser import DONE, PARSER_MODULES, build_folder, module_file, needed

# spaCy's own Cython directives (setup.py), with profiling off as it builds for Python >= 3.12.
DIRECTIVES = ("language_level=3str", "embedsignature=True", "annotation_typing=False", "profile=False")
# The Cython the rebuild was checked with (identical tags, parses and entities): pinned, not the newest.
CYTHON = "cython==3.3.1"


def build(jobs: int = 2) -> int:
    """Compile the rebuilt modules for the installed spaCy (see the module's docstring)."""
    folder = build_folder()
    if not needed() or folder is None:
        print("spaCy parser rebuild: not needed (Python >= 3.12 or no spaCy)")
        return 0
    if (folder / DONE).exists():
        print(f"spaCy parser rebuild: already in {folder}")
        return 0
    version = metadata.version("spacy")
    site = Path(sysconfig.get_path("purelib"))
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        pip = [sys.executable, "-m", "pip", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "download", "--no-deps", "--no-binary", "spacy", f"spacy=={version}", "-d", str(work)],
                       check=True)
        subprocess.run([*pip, "install", "--target", str(work / "cython"), CYTHON], check=True)
        (sdist,) = work.glob("spacy-*.tar.gz")
        with tarfile.open(sdist) as archive:
            archive.extractall(work, filter="data")
        source = work / f"spacy-{version}"
        import numpy

        compiler = (sysconfig.get_config_var("CXX") or "g++").split()
        environment = {**os.environ, "PYTHONPATH": str(work / "cython")}

        def compile_one(name: str) -> None:
            pyx = source.joinpath(*name.split(".")).with_suffix(".pyx")
            cpp = pyx.with_suffix(".cpp")
            subprocess.run([sys.executable, "-m", "cython", "--cplus", *(f"-X{d}" for d in DIRECTIVES),
                            "-I", str(source), "-I", str(site), str(pyx), "-o", str(cpp)],
                           check=True, env=environment, cwd=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            target = module_file(folder, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*compiler, "-shared", "-fPIC", "-O2", "-std=c++11", "-Wno-unused-function",
                            f"-I{sysconfig.get_path('include')}", f"-I{numpy.get_include()}", f"-I{source}", f"-I{site}",
                            str(cpp), "-o", str(target)], check=True)

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(compile_one, PARSER_MODULES))
    (folder / DONE).write_text(f"spaCy {version}: {', '.join(PARSER_MODULES)}\n", encoding="utf-8")
    print(f"spaCy parser rebuild: {len(PARSER_MODULES)} modules of spaCy {version} in {folder}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(build(max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2))))
    except Exception as error:  # the build is optional: whatever fails, spaCy runs as installed
        print(f"spaCy parser rebuild failed, spaCy runs as installed (slower, same output): {error}", file=sys.stderr)
        sys.exit(0)
