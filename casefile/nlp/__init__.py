"""nlp: the spaCy model, loaded once per process, plus casefile's own components.

``get_nlp()`` returns the shared pipeline with the actor gazetteer
(``casefile_actors``) and the legal lexicon (``casefile_legal``) added.
"""

from casefile.nlp.pipeline import get_nlp

__all__ = ["get_nlp"]
