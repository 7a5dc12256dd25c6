"""Mentions resolved across documents, then RDF: dates, figures, exports, validation."""

# Here rather than in kg.graph.rdf, so that kg build's options and up-to-date check need not
# import rdflib (issue 13: the unchanged rebuild).
DEFAULT_BASE_IRI = "https://example.org/kg/id/"
