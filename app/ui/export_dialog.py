"""File > Export…: a frame, a clip, a slide deck, an HTML player or the plot data (run by
``export_job``).

The dialog only gathers a request; ``app.export.export.run`` does the work in a worker
thread while a progress dialog with Cancel keeps the window responsive. Whatever goes wrong
is said in words, and nothing half-written is left under the final name.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.error_text import localized
from app.export.render import ExportError
from app.export.requests import (
    HTML_SIZE,
    ClipRequest,
    FrameRequest,
)
from app.i18n import current_language, translated
from app.i18n import translated as scene_tr
from app.scenes import SCENES
from app.scenes.settings import RenderSettings
from app.story.catalogue import (
    CLIP_FPS,
    CLIP_SECONDS,
    EXPORT_SIZE,
    LANGUAGE_NAMES,
    SLIDE_THEME,
    THEME_LABELS,
)
from app.story.file_names import safe_file_stem
from app.story.timefmt import parse_time
from app.story.timeline import SceneTimeline
from app.ui.checklists import check_state, holder, ticked
from app.ui.export_scopes import (
    deck_lists,
    deck_request,
    fill_beats,
    html_request,
    paper_choice,
    plot_data_request,
    worksheet_request,
)

#: (kind, label, formats with their file filters)
KINDS = (
    ("frame", QT_TRANSLATE_NOOP("", "A frame"),
     (("png", QT_TRANSLATE_NOOP("", "PNG image (*.png)")),
      ("svg", QT_TRANSLATE_NOOP("", "SVG drawing (*.svg)")))),
    ("clip", QT_TRANSLATE_NOOP("", "A clip"),
     (("mp4", QT_TRANSLATE_NOOP("", "MP4 video (*.mp4)")),
      ("gif", QT_TRANSLATE_NOOP("", "Animated GIF (*.gif)")),
      ("png", QT_TRANSLATE_NOOP("", "Numbered PNG frames (folder)")))),
    ("deck", QT_TRANSLATE_NOOP("", "A slide deck"),
     (("pptx", QT_TRANSLATE_NOOP("", "PowerPoint slides (*.pptx)")),)),
    ("html", QT_TRANSLATE_NOOP("", "An HTML player"),
     (("html", QT_TRANSLATE_NOOP("", "A web page to upload or open in a browser (*.html)")),)),
    ("worksheet", QT_TRANSLATE_NOOP("", "A printable worksheet"),
     (("pdf", QT_TRANSLATE_NOOP("", "PDF worksheet of the study questions (*.pdf)")),)),
    ("plots", QT_TRANSLATE_NOOP("", "The plot data"),
     (("csv", QT_TRANSLATE_NOOP("", "CSV table (*.csv)")),
      ("png", QT_TRANSLATE_NOOP("", "Plots as PNG (*.png)")),
      ("svg", QT_TRANSLATE_NOOP("", "Plots as SVG (*.svg)")))),
)
SIZES = ((1280, 720), (1920, 1080), (2560, 1440), (3840, 2160), (7680, 4320))



#: what a deck shows: (scope, label)
DECK_SCOPES = (
    ("scenes", QT_TRANSLATE_NOOP("", "Every beat of the scenes ticked below")),
    ("current", QT_TRANSLATE_NOOP("", "The current scene only")),
    ("beats", QT_TRANSLATE_NOOP("", "Only the beats ticked below")),
)


class ExportDialog(QDialog):
    """Collects what to export from ``state``'s trajectory, starting from the picture's
    render ``settings`` (motion, evidence view, language); :meth:`request` builds the
    validated export request. Inside a lesson (``state.scene_ids``, titled
    ``lesson_title``) scenes are numbered and offered as its steps, a deck is titled with
    it, and a player takes its scenes, title and steps."""

    def __init__(self, state, settings: RenderSettings, parent=None, lesson_title: str = "",
                 questions: tuple | None = None):
        super().__init__(parent)
        self.state = state
        self.lesson_title = lesson_title
        self.questions = questions  # the lesson's study questions (None: the built-in set)
        self._initial_look = settings
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(600)
        self._build()
        self._on_kind()

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        for kind, label, _ in KINDS:
            self.kind.addItem(translated(label), kind)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.format = QComboBox()
        self.format.currentIndexChanged.connect(self._suggest_path)
        self.scene = QComboBox()
        for step, scene_id in enumerate(self.state.scene_ids, start=1):
            self.scene.addItem(f"{step}  {scene_tr(SCENES[scene_id].title)}", scene_id)
        self.scene.setCurrentIndex(self.scene.findData(self.state.scene_id))
        self.scene.currentIndexChanged.connect(self._on_scene)
        self.scope = QComboBox()
        for scope, label in DECK_SCOPES:
            self.scope.addItem(translated(label), scope)
        self.scope.currentIndexChanged.connect(self._on_kind)
        self.scenes = QListWidget()
        for step, scene_id in enumerate(self.state.scene_ids, start=1):
            item = QListWidgetItem(f"{step}  {scene_tr(SCENES[scene_id].title)}")
            item.setData(Qt.ItemDataRole.UserRole, scene_id)
            item.setCheckState(check_state(scene_id in self.state.scene_ids))
            self.scenes.addItem(item)
        self.beats = QListWidget()
        self.beats.setAccessibleName(self.tr("Beats: each ticked beat becomes a slide"))
        self.beats.setMinimumHeight(200)
        self.time = QLineEdit(_hours_text(self.state.t))
        self.t_from, self.t_to = QLineEdit(), QLineEdit()
        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setValue(round(CLIP_SECONDS))
        self.duration.setSuffix(self.tr(" s"))
        self.fps = QSpinBox()
        self.fps.setRange(1, 60)
        self.fps.setValue(CLIP_FPS)
        self.size = QComboBox()
        for width, height in SIZES:
            self.size.addItem(f"{width} × {height}", (width, height))
        self.size.setCurrentIndex(SIZES.index(EXPORT_SIZE))
        self.follow_scale = QCheckBox(self.tr("Along the scene's time axis"))
        # a check box never wraps its text: the reason goes on a label that does
        self.follow_scale_hint = QLabel(self.tr("Its log scale: the first hours do not flash "
                                                "by. Unticked: evenly in hours."))
        self.follow_scale_hint.setWordWrap(True)
        self.transparent = QCheckBox(self.tr("Transparent background"))
        self.embed = QCheckBox(self.tr("Embed a short clip of each scene"))
        self.both = QCheckBox(self.tr("Both languages, with a switch on the page"))
        self.ask = QCheckBox(self.tr("A question slide before each study question's beat"))
        self.paper = paper_choice(self)
        self.calm = QCheckBox(self.tr("Reduce motion (still particles)"))
        self.calm.setChecked(self._initial_look.reduce_motion)
        self.evidence = QCheckBox(self.tr("Show the evidence behind each link (overview)"))
        self.evidence.setChecked(self._initial_look.evidence)
        self.theme = QComboBox()
        for name, label in THEME_LABELS:
            self.theme.addItem(translated(label), name)
        self.theme.setCurrentIndex(self.theme.findData(self.state.theme))
        self.lang = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(self.lang.findData(self._initial_look.lang))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D55E00; font-weight: bold")
        self._lay_out(browse)
        self._on_scene()

    def _lay_out(self, browse) -> None:
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        range_row = QHBoxLayout()
        for label, field in ((self.tr("from"), self.t_from), (self.tr("to"), self.t_to)):
            range_row.addWidget(QLabel(label))
            range_row.addWidget(field)
        form = QFormLayout()
        self.rows = {}
        for key, label, field in (
                ("kind", self.tr("Export"), self.kind), ("format", self.tr("Format"), self.format),
                ("scene", self.tr("Scene"), self.scene),
                ("scope", self.tr("Slides"), self.scope),
                ("scenes", self.tr("Scenes"), self.scenes),
                ("beats", self.tr("Beats"), self.beats),
                ("time", self.tr("Time (e.g. 45min, 2h, 3d)"), self.time),
                ("range", self.tr("Time range"), holder(range_row)),
                ("duration", self.tr("Clip length"), self.duration),
                ("fps", self.tr("Frames per second"), self.fps),
                ("size", self.tr("Size"), self.size),
                ("spacing", self.tr("Frame spacing"), self._spacing_field()),
                ("transparent", "", self.transparent), ("embed", "", self.embed),
                ("both", "", self.both), ("ask", "", self.ask),
                ("paper", self.tr("Paper"), self.paper),
                ("calm", "", self.calm), ("evidence", "", self.evidence),
                ("theme", self.tr("Theme"), self.theme), ("lang", self.tr("Language"), self.lang),
                ("path", self.tr("Save as"), holder(path_row))):
            form.addRow(label, field)
            self.rows[key] = field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _spacing_field(self) -> QWidget:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.follow_scale)
        column.addWidget(self.follow_scale_hint)
        return holder(column)

    # --- reactions ------------------------------------------------------------------------
    def _on_kind(self, *_):
        kind = self.kind.currentData()
        formats = dict((k, f) for k, _, f in KINDS)[kind]
        self.format.blockSignals(True)
        self.format.clear()
        for fmt, label in formats:
            self.format.addItem(translated(label), fmt)
        self.format.blockSignals(False)
        visible = {
            "frame": {"scene", "time", "size", "transparent", "calm", "theme", "lang"},
            "clip": {"scene", "range", "duration", "fps", "spacing", "size", "calm", "theme",
                     "lang"},
            "deck": {"scope", *deck_lists(self), "size", "embed", "ask", "calm", "theme",
                     "lang"},
            "worksheet": {"paper", "calm", "theme", "lang"},
            "html": {"scenes", "size", "both", "calm", "theme", "lang"},
            "plots": {"scene"},
        }[kind]
        if "beats" in visible:
            fill_beats(self)
        if kind == "worksheet":  # printed: the light theme, like the page
            self.theme.setCurrentIndex(self.theme.findData(SLIDE_THEME))
        for key, field in self.rows.items():
            if key in ("kind", "format", "path"):
                continue
            shown = key in visible
            field.setVisible(shown)
            label = self.layout().itemAt(0).layout().labelForField(field)
            if label is not None:
                label.setVisible(shown)
        self._suggest_path()

    def _on_scene(self, *_):
        scene = SCENES[self.scene.currentData()]
        timeline = SceneTimeline(scene, self.state.trajectory)  # as the window's and exports'
        t0, t1 = timeline.t0, timeline.t1
        self.follow_scale.setChecked(scene.scale == "log")
        self.t_from.setText(_hours_text(t0))
        self.t_to.setText(_hours_text(t1))
        self._suggest_path()

    def _suggest_path(self, *_):
        kind, fmt = self.kind.currentData(), self.format.currentData()
        if fmt is None:
            return
        stem = safe_file_stem(self.lesson_title, "lesson") if kind in ("deck", "html") \
            else safe_file_stem(self.lesson_title, "worksheet") if kind == "worksheet" \
            else f"{self.scene.currentData()}"
        if kind == "plots":
            stem += "-plots"
        suffix = "" if (kind == "clip" and fmt == "png") else f".{fmt}"
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        self.path.setText(str(folder / f"{stem}{suffix}"))
        if (kind == "clip" and fmt == "gif") or kind == "html":
            self.size.setCurrentIndex(SIZES.index(HTML_SIZE))

    def _browse(self) -> None:
        kind, fmt = self.kind.currentData(), self.format.currentData()
        if kind == "clip" and fmt == "png":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the frames"))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.path.text(),
                                                    self.format.currentText())
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        try:
            self.built = self.request()
        except (ExportError, ValueError) as exc:
            self.problem.setText(localized(exc, current_language()))
            return
        self.accept()

    # --- the request ------------------------------------------------------------------------
    def request(self):
        """The export request the fields describe (ExportError or ValueError if not valid)."""
        kind, fmt = self.kind.currentData(), self.format.currentData()
        out = Path(self.path.text().strip())
        if not self.path.text().strip():
            raise ExportError("export.choose_output")
        common = dict(lang=self.lang.currentData(), theme=self.theme.currentData(),
                      reduce_motion=self.calm.isChecked(), evidence=self.evidence.isChecked(),
                      comparison=self.comparison)
        scene_id = self.scene.currentData()
        if kind == "frame":
            return FrameRequest(scene_id, parse_time(self.time.text()), out, fmt,
                                self.size.currentData(), self.transparent.isChecked(),
                                badge=self.state.step(scene_id), **common)
        if kind == "clip":
            return ClipRequest(scene_id, parse_time(self.t_from.text()),
                               parse_time(self.t_to.text()), out, fmt,
                               float(self.duration.value()), self.fps.value(),
                               self.size.currentData(),
                               spacing="scale" if self.follow_scale.isChecked() else "time",
                               badge=self.state.step(scene_id), **common)
        if kind == "deck":
            return deck_request(self, out, common)
        if kind == "html":
            return html_request(self, tuple(ticked(self.scenes)), out, common)
        if kind == "worksheet":
            return worksheet_request(self, out, common)
        return plot_data_request(self, scene_id, out, fmt)

    @property
    def comparison(self):
        """What the window compares (scenario B in compare mode, else None): an export is
        what the window shows."""
        return self.state.comparison


def _hours_text(t: float) -> str:
    """A time the time fields read back exactly: minutes under 2 h, hours beyond, in the
    window's unit words (``45min``, ``45分钟``; :func:`parse_time` reads both)."""
    return (f"{t * 60:.4g}{translated('min')}" if t < 2
            else f"{t:.6g}{translated('h')}")
