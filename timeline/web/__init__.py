"""The web layer: a thin Flask app over the pipeline and the store."""
