"""The story the scenes tell, without Qt: which key moments (beats) a trajectory has and
what each scene's caption says at a time. Painting (``app.scenes``) and the window build on
it; nothing here imports Qt or the layers above."""
