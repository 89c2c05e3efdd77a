"""Source text -> candidate events: segmentation, date tagging, claims, actors, merge."""
