"""Text stages: cleaning the scraped page, splitting sentences."""
