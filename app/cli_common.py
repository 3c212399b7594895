"""What the commands share: a parser whose errors carry codes, usage errors, the language
of messages, SIGTERM handled as Ctrl+C, the options that build a scenario, and the scenes
an option names (a deck's from --scene, --lesson or --beats).

Pure Python: ``simulate`` and the drawing commands (``app.cli_drawing``) both use it, and
neither imports the other.
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import threading

from app.errors import Clock, Message, UserError
from app.excerpt import excerpt, shortened
from app.story.catalogue import DEFAULT_LANGUAGE, LANGUAGES, SCENE_IDS, language_of_locale
from app.story.timefmt import parse_time


class UsageError(UserError):
    """A mistake in the command line (codes ``cli.*``); printed as ``error: ...`` with exit
    status 2, like every other UserError."""


class Terminated(KeyboardInterrupt):
    """SIGTERM: the command stops as on Ctrl+C (what it wrote is removed), exit status 143.
    A KeyboardInterrupt, so every clean-up that Ctrl+C runs runs for it too."""


#: Exit statuses of a command stopped by a signal: 128 + the signal's number, as shells do.
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class Parser(argparse.ArgumentParser):
    """argparse whose mistakes are UsageErrors with codes: a bad choice and a value its type
    refuses are caught where argparse finds them; the rest through :meth:`error`."""

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise UsageError("cli.argument", argument=argparse._get_action_name(action),
                             error=Message("cli.bad_choice", value=excerpt(value),
                                           choices=", ".join(map(repr, action.choices))))

    def _get_value(self, action, arg_string):
        convert = self._registry_get("type", action.type, action.type)
        try:
            return convert(arg_string)
        except UserError as exc:
            raise UsageError("cli.argument", argument=argparse._get_action_name(action),
                             error=exc) from None
        except argparse.ArgumentTypeError as exc:
            raise UsageError("cli.argument", argument=argparse._get_action_name(action),
                             error=Message("cli.other", text=_short(str(exc)))) from None
        except (TypeError, ValueError):
            raise UsageError("cli.argument", argument=argparse._get_action_name(action),
                             error=Message("cli.invalid_value", value=excerpt(arg_string),
                                           type=getattr(convert, "__name__", "?"))) from None

    def error(self, message):
        raise argparse_error(message)


#: argparse's own messages (its fixed texts, not ours), as codes; "argument X: " is peeled
#: off first. A message of none of these shapes keeps argparse's words (``cli.other``).
_ARGUMENT = re.compile(r"argument (\S+): (.*)", re.DOTALL)
_ARGPARSE_SHAPES = tuple((code, re.compile(pattern, re.DOTALL)) for code, pattern in (
    ("cli.expected_one", r"expected one argument"),
    ("cli.expected_at_most_one", r"expected at most one argument"),
    ("cli.expected_at_least_one", r"expected at least one argument"),
    ("cli.ignored_explicit", r"ignored explicit argument (?P<value>.*)"),
    ("cli.not_allowed_with", r"not allowed with argument (?P<other>.*)"),
    ("cli.unrecognized", r"unrecognized arguments: (?P<arguments>.*)"),
    ("cli.required", r"the following arguments are required: (?P<arguments>.*)"),
    ("cli.one_required", r"one of the arguments (?P<arguments>.*) is required"),
    ("cli.ambiguous", r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)")))
_LONG_QUOTED = re.compile(r"'([^']{61,})'")  # a value argparse quotes, too long to echo


def argparse_error(message: str) -> UsageError:
    """The UsageError for one of argparse's messages (see ``_ARGPARSE_SHAPES``)."""
    argument = _ARGUMENT.fullmatch(message)
    inner = _argparse_message(argument[2] if argument else message)
    if argument:
        return UsageError("cli.argument", argument=_short(argument[1]), error=inner)
    return UsageError(inner.code, **inner.values)


def _argparse_message(text: str) -> Message:
    for code, shape in _ARGPARSE_SHAPES:
        found = shape.fullmatch(text)
        if found:
            values = {name: _short(value) for name, value in found.groupdict().items()}
            return Message(code, **values)
    return Message("cli.other", text=_short(text))


def _short(text: str) -> str:
    return shortened(_LONG_QUOTED.sub(lambda value: excerpt(value[1]), text), 300)


class terminate_as_interrupt:
    """Within the block, SIGTERM raises :class:`Terminated` (in the main thread only:
    elsewhere Python cannot install signal handlers)."""

    def __enter__(self):
        self._previous = None
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGTERM, _raise_terminated)
        return self

    def __exit__(self, *exc_info):
        if self._previous is not None:
            signal.signal(signal.SIGTERM, self._previous)


def _raise_terminated(signum, frame):
    raise Terminated


# --- the language of messages -----------------------------------------------------------
def command_line_language(argv: list[str], environ=os.environ) -> str:
    """The language of the command line's messages: the last ``--lang X``/``--lang=X`` in
    ``argv`` naming a language the app speaks, else the environment's locale."""
    chosen = None
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif argument.startswith("--lang="):
            chosen = argument.partition("=")[2]
    return chosen if chosen in LANGUAGES else environment_language(environ)


def environment_language(environ=os.environ) -> str:
    """``zh_CN`` if the locale (the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) is
    Chinese, else ``en``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return language_of_locale(value)
    return DEFAULT_LANGUAGE


def error_line(error, lang: str) -> str:
    """``error: `` and ``error`` (a UserError or Message) in ``lang``, on one line (Qt is
    loaded only to translate)."""
    if lang != DEFAULT_LANGUAGE:
        from app.error_text import localized
        text = localized(error, lang)
    else:
        text = str(error)
    return "error: " + " ".join(text.splitlines())


# --- shared options ---------------------------------------------------------------------
def time_argument(text: str) -> float:
    """argparse type for times (``90min``, ``1.5h``, ``2d``, ``3w``; bare number = hours);
    a TimeError otherwise."""
    return parse_time(text)


def add_scenario_arguments(parser: argparse.ArgumentParser) -> None:
    """Options that build a scenario: a file, then field overrides."""
    from app.model import BLOCKERS, DRUGS, ROUTES

    group = parser.add_argument_group("scenario (a file, then overrides of its fields)")
    group.add_argument("--scenario", metavar="FILE", help="scenario JSON file")
    group.add_argument("--drug", choices=DRUGS)
    group.add_argument("--route", choices=ROUTES)
    group.add_argument("--dose-mg", type=float, metavar="MG", help="total dose per dose, mg")
    group.add_argument("--body-weight-kg", type=float, metavar="KG")
    group.add_argument("--infusion-min", type=float, metavar="MIN", help="IV infusion length")
    group.add_argument("--n-doses", type=int, metavar="N")
    group.add_argument("--dose-interval", type=time_argument, metavar="T",
                       help="time between doses (e.g. 84h, 3.5d)")
    group.add_argument("--stress", type=float, metavar="S", help="0 healthy .. 1 chronic stress")
    group.add_argument("--blockers", metavar="LIST",
                       help=f"comma-separated subset of {','.join(BLOCKERS)} ('' for none)")
    group.add_argument("--horizon", type=time_argument, metavar="T",
                       help="simulated span, e.g. 14d")


def add_compare_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """``--compare FILE``: scenario B, drawn (or written) beside the scenario of the other
    options; ``what`` says where B goes."""
    parser.add_argument("--compare", metavar="FILE",
                        help=f"scenario JSON file of a scenario B {what} (compare mode)")


def comparison_from_args(args, lesson=None):
    """The Comparison of ``--compare FILE`` (the lesson's without one, if it has one), or
    None; a bad file is a ScenarioError, as for ``--scenario``."""
    if getattr(args, "compare", None) is None:  # an empty name is a file that is not there
        return getattr(lesson, "comparison", None)
    from app.model import Scenario
    from app.story.comparison import Comparison
    return Comparison(Scenario.load(args.compare))


def scenario_from_args(args):
    """The scenario named by ``--scenario`` (or the default) with field overrides applied."""
    from app.model import Scenario

    scenario = Scenario.load(args.scenario) if args.scenario is not None else Scenario()
    return scenario_with_overrides(scenario, args)


def scenario_with_overrides(scenario, args):
    """``scenario`` with the field options given in ``args`` (``--drug``, ``--dose-mg``..)."""
    changes = {field: getattr(args, attribute) for attribute, field in _OVERRIDES.items()
               if getattr(args, attribute, None) is not None}
    if getattr(args, "blockers", None) is not None:
        changes["blockers"] = [b.strip() for b in args.blockers.split(",") if b.strip()]
    if "drug" in changes and "route" not in changes:
        changes["route"] = suitable_route(changes["drug"], scenario.route)
    return scenario.with_changes(**changes)


def suitable_route(drug: str, current: str) -> str:
    """Keep ``current`` if ``drug`` can be given that way, else the drug's usual route."""
    from app.model import ROUTES_BY_DRUG

    routes = ROUTES_BY_DRUG[drug]
    return current if current in routes else routes[0]


_OVERRIDES = {"drug": "drug", "route": "route", "dose_mg": "dose_mg",
              "body_weight_kg": "body_weight_kg", "infusion_min": "infusion_min",
              "n_doses": "n_doses", "dose_interval": "dose_interval_h", "stress": "stress",
              "horizon": "horizon_h"}


def check_scene(scene_id: str) -> str:
    """``scene_id`` if it names a scene; UsageError listing the scenes otherwise."""
    if scene_id not in SCENE_IDS:
        raise UsageError("cli.unknown_scene", scene=excerpt(scene_id),
                         scenes=", ".join(SCENE_IDS))
    return scene_id


def scenario_of(args, lesson):
    """The scenario of ``--scenario`` or else the lesson's, with the options' overrides."""
    if lesson is not None and not args.scenario:
        return scenario_with_overrides(lesson.scenario, args)
    return scenario_from_args(args)


def deck_scenes(args, lesson) -> list[str]:
    """The deck's scenes: --scene's, the lesson's, or those --beats names (first named
    first); UsageError when --scene and --lesson would both say."""
    if lesson is not None:
        if args.scene:
            raise UsageError("cli.lesson_and_scene")
        return list(lesson.scenes)
    if args.scene or not args.beats:
        return scene_list(args.scene or "")
    named = (part.strip().partition(":")[0] for part in args.beats.split(","))
    return list(dict.fromkeys(check_scene(scene) for scene in named if scene))


def scene_list(text: str) -> list[str]:
    """The scene ids of a comma-separated ``--scene``; UsageError for none or an unknown."""
    scene_ids = [check_scene(part.strip()) for part in text.split(",") if part.strip()]
    if not scene_ids:
        raise UsageError("cli.scene_missing", scenes=", ".join(SCENE_IDS))
    return scene_ids


def check_time_in_scene(scene_id: str, t: float, trajectory=None) -> float:
    """``t`` if it lies in the scene's window (of ``trajectory`` if given), else UsageError."""
    from app.scenes import SCENES
    from app.story.timeline import SceneTimeline
    scene = SCENES[scene_id]
    if trajectory is not None:
        timeline = SceneTimeline(scene, trajectory)
        t0, t1 = timeline.t0, timeline.t1
    else:
        t0, t1 = scene.window
    if not t0 - 1e-9 <= t <= t1 + 1e-9:
        raise UsageError("time.outside_scene", clock=Clock(t), scene=excerpt(scene_id),
                         start=Clock(t0), end=Clock(t1))
    return t


def lesson_from(path: str | None):
    """The lesson in ``path`` (None without one); LessonError saying what is wrong."""
    if not path:
        return None
    from app.story.lessons import Lesson
    return Lesson.load(path)
