from .directory import DirectoryPage
from .mixins import ResponsibleUnitMixin
from .people import Appointment, Person, Position
from .schedule import EntryState, ScheduleEntry, SchedulePage
from .units import Unit, UnitKind

__all__ = [
    "Unit",
    "UnitKind",
    "Position",
    "Person",
    "Appointment",
    "ResponsibleUnitMixin",
    "DirectoryPage",
    "SchedulePage",
    "ScheduleEntry",
    "EntryState",
]
