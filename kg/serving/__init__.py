"""Answering queries: the on-disk store, SPARQL, the endpoint and its limits."""
