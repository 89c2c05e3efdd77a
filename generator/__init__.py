"""claim-timeline: turn news articles into a static timeline of dated events and claims."""

__version__ = "0.1.0"
