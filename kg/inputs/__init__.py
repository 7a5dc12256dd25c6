"""Find and read article files, scraper exports, feeds and web archives: Documents."""
