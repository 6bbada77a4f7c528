"""Settings shared by every environment; everything that differs comes from the environment.

Environment variables:
    DATABASE_URL          unset → SQLite file ``db.sqlite3`` in the project; ``postgres://…`` → PostgreSQL
    SECRET_KEY            required in production (see production.py)
    ALLOWED_HOSTS         comma-separated host names
    CSRF_TRUSTED_ORIGINS  comma-separated origins (``https://sonv.hungyen.gov.vn``)
    MEDIA_ROOT            where uploads are stored (default: ``media/`` in the project)
    REDIS_URL             optional shared cache (rate limits across worker processes)
    EMAIL_*               SMTP settings for production (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, …)
    WAGTAILADMIN_BASE_URL absolute address of the site, used in notification emails
    SEARCH_URL            optional OpenSearch/Elasticsearch address (SEARCH_ENGINE, SEARCH_INDEX_PREFIX)
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Apps, bottom floor first: shared core, then contacts, the sections, and home/search on top.
PORTAL_APPS = [
    "portal",
    "contacts",
    "news",
    "legal_docs",
    "consultations",
    "services",
    "home",
    "search",
]

INSTALLED_APPS = PORTAL_APPS + [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: SQLite by default so `make run` works on a bare machine; PostgreSQL through DATABASE_URL.
DATABASE_URL = os.environ.get("DATABASE_URL", "").strip()
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "db.sqlite3",
            "OPTIONS": {"timeout": 20},
        }
    }
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: a shared Redis when REDIS_URL is set (several gunicorn workers share rate limits),
# otherwise a per-process memory cache.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time: Vietnamese first, English for the pages Decree 42/2022 asks to translate.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# Static and media files; whitenoise serves static files in every environment.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Email: console in development (dev.py), SMTP from the environment in production.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Sở Nội vụ tỉnh Hưng Yên <sonv@hungyen.gov.vn>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Trang thông tin điện tử Sở Nội vụ tỉnh Hưng Yên"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (search app, docs/search.md): Wagtail's database backend taught Vietnamese (folding on
# SQLite; the vi_unaccent text search configuration on PostgreSQL), or OpenSearch/Elasticsearch
# with Vietnamese folding analysers when SEARCH_URL is set.
SEARCH_URL = os.environ.get("SEARCH_URL", "").strip()
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [SEARCH_URL],
            # opensearch2, opensearch3, elasticsearch7, elasticsearch8 or elasticsearch9
            "ENGINE": os.environ.get("SEARCH_ENGINE", "opensearch2"),
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "sonv_"),
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "vi_unaccent"}
    }
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "odt",
    "ods",
    "csv",
    "txt",
    "zip",
    "rtf",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# The approval chain (portal.models, portal.workflows): the last step's approval publishes, on the
# workflow's authority — no role holds the publish permission (docs/permissions.md).
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.workflow_finish.publish_approved"
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False

# Citizens' submissions (comments, questions): per-IP rate limit, overridable per form.
PORTAL_RATE_LIMIT = {"count": 5, "seconds": 600}
# Per-form overrides from the environment (load tests raise them), count/seconds per scope:
#   PORTAL_RATE_LIMITS="consultation-comment=100000/60,question=3/600"
PORTAL_RATE_LIMITS = {
    scope.strip(): {"count": int(limit.split("/")[0]), "seconds": int(limit.split("/")[1])}
    for scope, _sep, limit in (item.partition("=") for item in env_list("PORTAL_RATE_LIMITS"))
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
