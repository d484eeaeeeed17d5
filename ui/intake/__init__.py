"""The intake wizard: one page per domain, every answer saved as it is given."""
