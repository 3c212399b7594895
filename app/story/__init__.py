"""The story layer, free of Qt: what the scenes tell and when. The catalogue of scenes,
languages, themes and regimens; the time axis and :class:`~app.story.timeline.SceneTimeline`;
the beats a trajectory has and each scene's caption at a time; lessons and time formatting.
Painting (``app.scenes``) and the window build on it; nothing here imports Qt or the layers
above."""
