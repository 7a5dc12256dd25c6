"""For readers: the HTML page and its tables, the picture, the summary, networkx."""
