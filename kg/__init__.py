"""kg: a knowledge-graph builder for news and intelligence text."""

__version__ = "0.1.0"
