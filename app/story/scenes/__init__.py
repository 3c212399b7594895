"""Each scene's story, one module per scene, without Qt: which beats a trajectory has and
what the caption says at a time.

Every module has ``beats(trajectory, window, tr) -> list[Beat]`` and
``caption(trajectory, t, tr) -> str``, where ``window`` is the scene's time window clipped
to the trajectory and ``tr`` the translator of the language wanted (``app.i18n.translator``
in the Qt layers). Two scenes need more than the lecturer's run: ``two_timescales`` tells
its story from the SSRI course and the rapid drug's run it compares (``beats(ssri, rapid,
window, tr)``, ``caption(ssri, rapid, t, tr)``), and ``other_hypotheses``' caption names
the beat in force, so it takes the window too (``caption(trajectory, t, window, tr)``).
The scene classes in ``app.scenes`` delegate to these functions and paint the rest.
"""
