"""``python -m casefile``: the same as the ``casefile`` command."""

from casefile.cli import main

if __name__ == "__main__":
    main()
