"""The window: canvas, timeline, plots, controls, captions. A thin shell over the model
and the scenes; the one state object lives in ``app.ui.state``."""
