"""Near-duplicate detection: wire copies republished by many outlets are coded once.

Exact copies share a content id (the hash of the normalised body). Near copies (the same agency
story with another headline, a trimmed last paragraph, the outlet's own furniture) are found by
MinHash over word 5-grams and an LSH index (datasketch): a candidate counts as a copy when the
estimated Jaccard similarity of the two bodies' 5-gram sets is at least `threshold`. Two
different reports of the same event share few 5-grams (about 0.05), a rewritten wire copy most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsevents.model import normalise_text

NUM_PERM = 128
SHINGLE_WORDS = 5
DEFAULT_THRESHOLD = 0.6
# Stored signatures must be read back with the hashing scheme that made them.
SCHEME = "affine32"
WORD = re.compile(r"\w+")


def signature(body: str) -> MinHash:
    """MinHash of the body's word 5-grams (case and spacing normalised)."""
    words = WORD.findall(normalise_text(body))
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([gram.encode("utf-8") for gram in grams])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint32).copy())


@dataclass(frozen=True)
class Match:
    document_id: str
    similarity: float  # estimated Jaccard similarity of the 5-gram sets


class NearDuplicateIndex:
    """An LSH index of document signatures; `find` answers the most similar stored copy."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, document_id: str) -> bool:
        return document_id in self._signatures

    def add(self, document_id: str, minhash: MinHash) -> None:
        if document_id not in self._signatures:
            self._lsh.insert(document_id, minhash)
            self._signatures[document_id] = minhash

    def find(self, minhash: MinHash) -> Match | None:
        # LSH candidates are probable, not certain: confirm each with the signature estimate.
        scored = [Match(candidate, minhash.jaccard(self._signatures[candidate]))
                  for candidate in self._lsh.query(minhash)]
        scored = [match for match in scored if match.similarity >= self.threshold]
        return max(scored, key=lambda match: (match.similarity, match.document_id), default=None)
