"""Answering queries: the on-disk store, SPARQL, the endpoint and its limits."""

# Here rather than in kg.serving.serve, so that the command line's parser need not import
# rdflib (issue 13: the unchanged rebuild).
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
