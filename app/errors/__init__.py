"""The catalogue of errors a user can cause, each with a stable code and its values.

An error is raised as ``ScenarioError("scenario.out_of_range", name="stress", ...)``: a
:class:`UserError` (or a subclass: each family keeps its own class) carrying ``code`` (a
short dotted string, stable across wordings) and ``values`` (a dict). Its ``str()`` is the
English text: the code's template from :data:`TEMPLATES` filled with the values. The window
and the command line show it in the user's language through ``app.error_text.localized``,
which looks the template up by code in the translation (context ``Errors``).

A value may itself be a :class:`Message` or an error (a nested reason, a word such as "a
list"), an ``OSError`` (shown by its ``errno``), or a :class:`Clock` (a time readout,
whose unit words follow the language); any other value is shown as it is. Values quoted
from user input are short excerpts (``app.excerpt``), already at the raise site.

Qt-free and below everything else: the model imports it. The table of codes and templates
is ``app/errors/catalogue.py``.
"""
from __future__ import annotations

import errno as errno_codes

from app.clock import clock_readout
from app.errors.catalogue import CONTEXT, TEMPLATES

__all__ = ["CONTEXT", "TEMPLATES", "Clock", "Coded", "Message", "TimeError", "UserError",
           "describe_kind", "english_template", "json_problem", "os_message", "render"]


class Coded:
    """What errors and messages share: a ``code`` of :data:`TEMPLATES` and ``values``."""

    def _set(self, code: str, values: dict) -> None:
        if code not in TEMPLATES:
            raise KeyError(f"{code!r} is not a code of the error catalogue "
                           "(app/errors/catalogue.py)")
        self.code, self.values = code, dict(values)

    def __str__(self) -> str:
        return render(self)


class Message(Coded):
    """A text of the catalogue that is not raised: a nested reason, a word, a file's name."""

    def __init__(self, code: str, **values):
        self._set(code, values)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.values!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Message) and (self.code, self.values) == (other.code, other.values)

    __hash__ = None


class UserError(Coded, ValueError):
    """An error a user caused (a bad value, file or option): ``code`` and ``values``;
    ``str()`` is the English text. Each family subclasses it (ScenarioError, LessonError...)."""

    def __init__(self, code: str, **values):
        self._set(code, values)
        super().__init__(code)

    def __reduce__(self):
        return _rebuilt, (type(self), self.code, self.values)

    __str__ = Coded.__str__


def _rebuilt(kind, code: str, values: dict):
    return kind(code, **values)


class TimeError(UserError):
    """A time that cannot be read (``time.*``): ``parse_time("soon")``."""


class Clock:
    """A time readout as a value (``+2 d 4 h``): its unit words follow the language."""

    __slots__ = ("hours",)

    def __init__(self, hours: float):
        self.hours = hours

    def text(self, unit_word=None) -> str:
        """The readout, naming units through ``unit_word(word)`` (English without one)."""
        return clock_readout(self.hours, unit_word or _same)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Clock({self.hours!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Clock) and other.hours == self.hours

    __hash__ = None


def _same(word: str) -> str:
    return word


def english_template(code: str) -> str:
    """The English template of ``code``."""
    return TEMPLATES[code]


def render(item, template_of=english_template, unit_word=_same) -> str:
    """``item`` (an error, a Message, an OSError, a Clock or a plain value) as text: coded
    items through ``template_of(code)`` with their values rendered in turn; a template
    whose placeholders do not fit its values falls back to the English one."""
    if isinstance(item, Coded):
        values = {name: render(value, template_of, unit_word)
                  for name, value in item.values.items()}
        try:
            return template_of(item.code).format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError):
            return english_template(item.code).format_map(_Unfilled(values))
    if isinstance(item, OSError):
        return render(os_message(item), template_of, unit_word)
    if isinstance(item, Clock):
        return item.text(unit_word)
    return str(item)


class _Unfilled(dict):
    """Values that show a placeholder nobody filled as itself, so a message always reads."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def os_message(error: OSError) -> Message:
    """The catalogue's words for an operating-system error, chosen by its ``errno``."""
    number = error.errno
    name = errno_codes.errorcode.get(number, "") if isinstance(number, int) else ""
    if f"os.{name}" in TEMPLATES:
        return Message(f"os.{name}")
    text = error.strerror or str(error) or type(error).__name__
    if isinstance(number, int):
        return Message("os.other", text=text, errno=number)
    return Message("os.unnumbered", text=text)


_JSON_PROBLEMS = (("Expecting value", "json.expecting_value"),
                  ("Expecting property name", "json.expecting_name"),
                  ("Expecting ':'", "json.expecting_colon"),
                  ("Expecting ','", "json.expecting_comma"),
                  ("Unterminated string", "json.unterminated_string"),
                  ("Invalid control character", "json.control_character"),
                  ("Invalid \\escape", "json.invalid_escape"),
                  ("Invalid \\uXXXX", "json.invalid_unicode_escape"),
                  ("Extra data", "json.extra_data"),
                  ("Illegal trailing comma", "json.trailing_comma"))


def json_problem(error) -> Message:
    """What the JSON decoder found wrong (``error.msg``), as the catalogue's category."""
    msg = str(getattr(error, "msg", ""))
    for start, code in _JSON_PROBLEMS:
        if msg.startswith(start):
            return Message(code)
    return Message("json.other", text=msg[:80])


def describe_kind(value) -> Message:
    """How a value's kind is told to a person: "a number", "text", "a list"..."""
    from collections.abc import Mapping
    kinds = ((type(None), "word.null"), (bool, "word.true_false"), ((int, float), "word.number"),
             (str, "word.text"), ((list, tuple), "word.list"), (Mapping, "word.object"))
    code = next((code for kind, code in kinds if isinstance(value, kind)), None)
    return Message(code) if code else Message("word.type", type=type(value).__name__)
