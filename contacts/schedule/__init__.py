"""The leadership work schedule (Art. 7.9): weeks, iCalendar and RSS feeds, spreadsheet import.

Models live in ``contacts.models.schedule``; this package holds the logic around them:

* ``weeks`` — ISO weeks (Monday–Sunday) in Asia/Ho_Chi_Minh, parsing ``?week=2026-W48``;
* ``ical`` — the RFC 5545 feed (whole schedule and per leader);
* ``feeds`` — the RSS feed of published changes;
* ``importer`` — reading and validating an XLSX/CSV week, all or nothing;
* ``admin_views`` — the Wagtail admin view for the import.
"""
