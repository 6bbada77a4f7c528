"""The server the browser tests drive: development settings with DEBUG off (real 404/500 pages),
static files through whitenoise's finders and uploads served by Django (no web server in front)."""

from .dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
