from .mixins import ResponsibleUnitMixin
from .people import Appointment, Person, Position
from .units import Unit, UnitKind

__all__ = ["Unit", "UnitKind", "Position", "Person", "Appointment", "ResponsibleUnitMixin"]
