"""Mentions resolved across documents, then RDF: dates, figures, exports, validation."""
