"""``python -m timeline``: the command line."""
from timeline.cli import entry_point

entry_point()
