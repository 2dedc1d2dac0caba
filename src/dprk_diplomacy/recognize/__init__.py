"""Recognition of people, places, countries and dates in sentences."""
