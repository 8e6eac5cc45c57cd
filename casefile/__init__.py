"""casefile: a ledger of who accused whom of what, each record citing the words it rests on.

Data flows one way: ``sources`` (bytes → text) → ``nlp`` (spaCy + casefile's
components) → ``extract`` (typed records with evidence spans) → ``store``
(SQLAlchemy) → ``analysis``; ``service`` ties them, ``cli`` is a thin edge.
"""

__version__ = "0.1.0"
