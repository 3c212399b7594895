"""Offscreen rendering and export: frames, clips and decks from the same ``render_frame``."""
from app.export.render import ExportError, ensure_gui_application, render_frame

__all__ = ["ExportError", "ensure_gui_application", "render_frame"]
