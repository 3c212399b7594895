"""The story layer: what the lecture tells, without Qt.

Above the model (``app.model``) and below the drawing (``app.scenes``): the catalogue of
scenes, languages, themes, regimens and export defaults (``catalogue``, ``regimens``), time
formatting (``timefmt``) and lessons (``lessons``). Nothing here imports PySide6; strings a
user sees are marked with a local ``QT_TRANSLATE_NOOP`` (so ``pyside6-lupdate`` finds them)
or come in through a ``tr`` argument, and the Qt layer translates them.
"""
