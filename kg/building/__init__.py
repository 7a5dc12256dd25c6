"""Running the stages: the build, kg add, the Dask engine, cache, up-to-date check."""
