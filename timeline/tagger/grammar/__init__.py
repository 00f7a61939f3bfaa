"""The tagger's resources: word lists, normalization tables and recognition rules (data only)."""
