"""The entity stage's refinement rules, one module per family of names; ``refine_entities`` in
``kg.extract.entities`` runs them in order. ``spans`` holds what several families share,
``mentions`` turns a span into a Mention."""
