"""Settings come from the environment; production refuses to start without SECRET_KEY."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(code, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_production_without_secret_key_fails_with_a_clear_message():
    result = run_python(
        "import django; django.setup()", DJANGO_SETTINGS_MODULE="portal.settings.production"
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY is not set" in result.stderr


def test_production_with_secret_key_starts():
    result = run_python(
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_database_url_selects_postgres_with_health_checks():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "d = s.DATABASES['default']; "
        "print(d['ENGINE'], d['NAME'], d['CONN_HEALTH_CHECKS'], "
        "'django.contrib.postgres' in s.INSTALLED_APPS)"
    )
    result = run_python(
        code,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/cong_thong_tin",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "cong_thong_tin",
        "True",
        "True",
    ]


def test_without_database_url_sqlite_file_in_project_and_vietnamese_locale():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'], s.LANGUAGE_CODE, "
        "s.TIME_ZONE, dict(s.WAGTAILADMIN_PERMITTED_LANGUAGES)['vi'], s.EMAIL_BACKEND)"
    )
    result = run_python(code, DJANGO_SETTINGS_MODULE="portal.settings.dev")
    assert result.returncode == 0, result.stderr
    engine, name, lang, tz, admin_vi, email = result.stdout.strip().split(" ", 5)
    assert engine == "django.db.backends.sqlite3"
    assert name == str(ROOT / "db.sqlite3")
    assert (lang, tz) == ("vi", "Asia/Ho_Chi_Minh")
    assert admin_vi.startswith("Tiếng")
    assert email.endswith("console.EmailBackend")


def test_hosts_and_origins_from_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, s.MEDIA_ROOT)"
    )
    result = run_python(
        code,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="y" * 60,
        ALLOWED_HOSTS="sonv.hungyen.gov.vn, www.sonv.hungyen.gov.vn",
        CSRF_TRUSTED_ORIGINS="https://sonv.hungyen.gov.vn",
        MEDIA_ROOT="/srv/media",
    )
    assert result.returncode == 0, result.stderr
    assert "['sonv.hungyen.gov.vn', 'www.sonv.hungyen.gov.vn']" in result.stdout
    assert "['https://sonv.hungyen.gov.vn']" in result.stdout
    assert "/srv/media" in result.stdout
