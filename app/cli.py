"""The command line: the window (default), ``scenes``, ``simulate``, ``model`` and ``export``.

On a user's mistake (any :class:`app.errors.UserError`, argparse's own included) every
command prints one ``error: ...`` line on stderr and exits 2; no traceback reaches the user.
The line is in the language asked for (``--lang``), else the environment's (``LC_ALL``,
``LC_MESSAGES``, ``LANG``), else English; its ``error: `` prefix stays English for scripts.
Qt is imported only by the commands that draw, and for a message in Chinese (QtCore, for
the translation).
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli_common import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    Parser,
    Terminated,
    UsageError,
    add_compare_argument,
    add_scenario_arguments,
    command_line_language,
    comparison_from_args,
    error_line,
    scenario_from_args,
    terminate_as_interrupt,
    time_argument,
)
from app.errors import Message, UserError
from app.excerpt import excerpt
from app.story.catalogue import LANGUAGES

COMMANDS = ("scenes", "simulate", "model", "export")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = command_line_language(argv)
    try:
        if argv and argv[0] in COMMANDS:
            with terminate_as_interrupt():
                return _COMMAND_RUNNERS[argv[0]](argv[1:])
        return _run_window(argv)
    except UserError as exc:
        print(error_line(exc, lang), file=sys.stderr)
        return 2
    except Terminated:
        print(error_line(Message("cli.terminated"), lang), file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print(error_line(Message("cli.interrupted"), lang), file=sys.stderr)
        return EXIT_INTERRUPTED


# --- simulate ---------------------------------------------------------------------------
def _run_simulate(argv: list[str]) -> int:
    parser = Parser(prog="main.py simulate",
                     description="Simulate a scenario and write every observable as CSV "
                                 "(with --compare: t_h, then a_<observable> columns of the "
                                 "scenario, then b_<observable> columns of scenario B).")
    add_scenario_arguments(parser)
    add_compare_argument(parser, "simulated too, its columns beside the first's")
    parser.add_argument("--csv", required=True, metavar="OUT",
                        help="CSV file to write, or - for standard output")
    parser.add_argument("--step", type=time_argument, metavar="T",
                        help="write one row every T (default: every model sample, 1 min)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of error messages (default: from the locale)")
    args = parser.parse_args(argv)
    from app.model import simulate
    from app.model.paired import paired_csv_text
    from app.safefile import write_text_atomically

    trajectory = simulate(scenario_from_args(args))
    comparison = comparison_from_args(args)
    text = trajectory.csv_text(args.step) if comparison is None else \
        paired_csv_text(trajectory, simulate(comparison.b), args.step)
    if args.csv == "-":
        sys.stdout.write(text)
        return 0
    try:
        write_text_atomically(Path(args.csv), text)
    except OSError as exc:
        raise UsageError("file.cannot_write", path=excerpt(args.csv, 300), reason=exc) from None
    return 0


# --- model -----------------------------------------------------------------------------
def _run_model(argv: list[str]) -> int:
    parser = Parser(prog="main.py model",
                     description="Write the kinetic model of a scenario for other tools "
                                 "(SBML Level 3 Version 2: COPASI, Tellurium, libRoadRunner).")
    add_scenario_arguments(parser)
    parser.add_argument("--format", choices=("sbml",), default="sbml",
                        help="file format (default: sbml)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="file to write, or - for standard output")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of error messages (default: from the locale)")
    args = parser.parse_args(argv)
    from app.model.sbml import to_sbml
    from app.safefile import write_text_atomically

    text = to_sbml(scenario_from_args(args))
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    try:
        write_text_atomically(Path(args.out), text)
    except OSError as exc:
        raise UsageError("file.cannot_write", path=excerpt(args.out, 300), reason=exc) from None
    return 0


# --- scenes, export and the window (they need Qt) ---------------------------------------
def _run_scenes(argv: list[str]) -> int:
    from app.cli_drawing import run_scenes

    return run_scenes(argv, Parser)


def _run_export(argv: list[str]) -> int:
    from app.cli_drawing import run_export

    return run_export(argv, Parser)


def _run_window(argv: list[str]) -> int:
    from app.cli_window import run_window

    return run_window(argv, Parser)


_COMMAND_RUNNERS = {"scenes": _run_scenes, "simulate": _run_simulate, "model": _run_model,
                    "export": _run_export}
