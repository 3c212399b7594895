"""Ketamine Cascade: animated, model-driven scenes of how rapid-acting antidepressants work."""

__version__ = "0.1.0"
