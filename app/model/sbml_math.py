"""A small expression language for the SBML export: formulas written with Python operators
(``drive - x``, ``a * b ** n``) that render as the MathML an SBML file carries.

Qt-free and libSBML-free (the export must work without the optional ``sbml`` extra), so
the formulas are built here rather than parsed from text.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

MATHML_NS = "http://www.w3.org/1998/Math/MathML"
SBML_NS = "http://www.sbml.org/sbml/level3/version2/core"
#: The csymbol SBML defines for the simulation time (a name fixed by the SBML standard).
SBML_TIME = "http://www.sbml.org/sbml/symbols/time"


class Expr:
    """A node of a formula: an operator applied to operands, a symbol or a number."""

    def __init__(self, op: str, *args, value=None, units: str | None = None):
        self.op, self.args, self.value, self.units = op, tuple(map(expr, args)), value, units

    def __add__(self, other):
        return Expr("plus", self, other)

    def __radd__(self, other):
        return Expr("plus", other, self)

    def __sub__(self, other):
        return Expr("minus", self, other)

    def __rsub__(self, other):
        return Expr("minus", other, self)

    def __mul__(self, other):
        return Expr("times", self, other)

    def __rmul__(self, other):
        return Expr("times", other, self)

    def __truediv__(self, other):
        return Expr("divide", self, other)

    def __rtruediv__(self, other):
        return Expr("divide", other, self)

    def __pow__(self, other):
        return Expr("power", self, other)

    def __neg__(self):
        return Expr("minus", self)

    def __lt__(self, other):
        return Expr("lt", self, other)

    def __le__(self, other):
        return Expr("leq", self, other)

    def __gt__(self, other):
        return Expr("gt", self, other)

    def __ge__(self, other):
        return Expr("geq", self, other)

    def __and__(self, other):
        return Expr("and", self, other)

    def symbols(self) -> set[str]:
        """The identifiers this formula reads."""
        if self.op == "ci":
            return {self.value}
        return set().union(*(arg.symbols() for arg in self.args)) if self.args else set()

    def element(self) -> ET.Element:
        """This formula as a MathML element (without the enclosing ``<math>``)."""
        if self.op == "ci":
            node = ET.Element("ci")
            node.text = f" {self.value} "
            return node
        if self.op == "cn":
            node = ET.Element("cn")
            if self.units:
                node.set("sbml:units", self.units)
            node.text = f" {self.value!r} "
            return node
        if self.op == "time":
            node = ET.Element("csymbol", encoding="text", definitionURL=SBML_TIME)
            node.text = " time "
            return node
        node = ET.Element("apply")
        ET.SubElement(node, self.op)
        for arg in self.args:
            node.append(arg.element())
        return node


def expr(thing) -> Expr:
    """``thing`` as a formula: an Expr unchanged, a number as a dimensionless constant."""
    if isinstance(thing, Expr):
        return thing
    if isinstance(thing, (int, float)) and not isinstance(thing, bool):
        return number(float(thing))
    raise TypeError(f"not a formula: {thing!r}")


def sym(name: str) -> Expr:
    """The parameter (or other identifier) called ``name``."""
    return Expr("ci", value=name)


def number(value: float, units: str = "dimensionless") -> Expr:
    """A numeric literal with its SBML units."""
    return Expr("cn", value=float(value), units=units)


def time() -> Expr:
    """The simulation time, hours."""
    return Expr("time")


def positive(x, units: str = "dimensionless") -> Expr:
    """``max(x, 0)``, the 0 in ``x``'s units."""
    return Expr("max", x, number(0.0, units))


def clipped(x, low, high) -> Expr:
    """``x`` limited to ``[low, high]``."""
    return Expr("min", Expr("max", x, low), high)


def hill(x, half, n=1.0, units: str = "dimensionless") -> Expr:
    """``x**n / (x**n + half**n)`` for ``x > 0``, else 0 (as ``filters.hill``); ``x`` and
    ``half`` in ``units``."""
    xn = positive(x, units) ** n
    return xn / (xn + expr(half) ** n)


def math_element(formula) -> ET.Element:
    """``<math>`` holding ``formula``."""
    math = ET.Element("math", {"xmlns": MATHML_NS, "xmlns:sbml": SBML_NS})
    math.append(expr(formula).element())
    return math
