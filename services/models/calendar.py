"""Answer deadlines: Decree 43/2011 Art. 17 asks for answers within 15 working days.

The working-day calendar itself (holidays administrators manage) is the portal's:
``portal.workdays``.
"""

from portal.workdays import WorkingCalendar

ANSWER_WORKING_DAYS = 15


def answer_due_date(received_on, calendar=None):
    """Deadline for answering a question received on ``received_on`` (Decree 43/2011 Art. 17)."""
    return (calendar or WorkingCalendar()).add_working_days(received_on, ANSWER_WORKING_DAYS)
