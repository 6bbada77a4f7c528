"""Vietnamese name order for admin accounts.

Django's ``get_full_name`` writes "first last" ("Anh Ngô Thị Lan"); Vietnamese names put the
family name first ("Ngô Thị Lan Anh"). The admin form asks for *Tên* (given name, ``first_name``)
and *Họ* (family and middle names, ``last_name``), and every place Wagtail names a user — the
dashboard's approval lists, workflow history, comments, notification emails — goes through
``get_full_name``. A custom user model would be the textbook place for this, but the project
started on Django's ``User``; swapping it later means rewriting every migration, so the order is
set on the model class once, at start-up.
"""

from django.contrib.auth.models import AbstractUser


def vietnamese_full_name(user):
    """ "Họ" then "Tên": ``Ngô Thị Lan`` + ``Anh`` → ``"Ngô Thị Lan Anh"``."""
    return " ".join(part for part in (user.last_name.strip(), user.first_name.strip()) if part)


def install_vietnamese_name_order():
    AbstractUser.get_full_name = vietnamese_full_name
