"""Site settings in the chrome: footer fields, portal links, and the time-boxed site-wide notice."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from home.models import PortalLink, SiteSettings

pytestmark = pytest.mark.django_db

HCM = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture
def settings_obj(site):
    obj = SiteSettings.for_site(site)
    obj.agency_name = "Sở Nội vụ tỉnh Hưng Yên"
    obj.parent_agency = "Ủy ban nhân dân tỉnh Hưng Yên"
    obj.address = "Số 8, đường Chùa Chuông, phường Phố Hiến"
    obj.phone = "0221 3862 216"
    obj.fax = "0221 3862 217"
    obj.email = "sonv@hungyen.gov.vn"
    obj.responsible_person = "Nguyễn Văn A – Trưởng Ban Biên tập"
    obj.licence = "Giấy phép số 12/GP-STTTT"
    obj.copyright = "© Sở Nội vụ tỉnh Hưng Yên"
    obj.save()
    PortalLink.objects.create(settings=obj, title="Bộ Nội vụ", url="https://moha.gov.vn")
    return obj


def test_footer_shows_every_site_settings_field(client, settings_obj, home_page):
    html = client.get("/").content.decode()
    footer = html.split('role="contentinfo"', 1)[1]
    for value in [
        "Sở Nội vụ tỉnh Hưng Yên",
        "Ủy ban nhân dân tỉnh Hưng Yên",
        "Số 8, đường Chùa Chuông, phường Phố Hiến",
        "0221 3862 216",
        "0221 3862 217",
        "sonv@hungyen.gov.vn",
        "Nguyễn Văn A – Trưởng Ban Biên tập",
        "Giấy phép số 12/GP-STTTT",
        "© Sở Nội vụ tỉnh Hưng Yên",
        "Bộ Nội vụ",
        "https://moha.gov.vn",
    ]:
        assert value in footer, value
    header = html.split('role="banner"', 1)[1].split("</header>", 1)[0]
    assert "Sở Nội vụ tỉnh Hưng Yên" in header


def _set_notice(obj, start, end, text="Hệ thống tạm ngừng để bảo trì từ 22:00 đến 23:00"):
    obj.notice_text = text
    obj.notice_starts_at = start
    obj.notice_ends_at = end
    obj.full_clean()
    obj.save()


def test_site_notice_shows_only_inside_its_window(client, settings_obj, home_page):
    start = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=HCM)
    end = datetime.datetime(2026, 12, 8, 23, 0, tzinfo=HCM)
    _set_notice(settings_obj, start, end)
    text = "Hệ thống tạm ngừng để bảo trì"

    for moment, shown in [
        (start - datetime.timedelta(minutes=1), False),
        (start, True),
        (start + datetime.timedelta(days=3), True),
        (end - datetime.timedelta(seconds=1), True),
        (end, False),
        (end + datetime.timedelta(days=1), False),
    ]:
        with time_machine.travel(moment, tick=False):
            html = client.get("/").content.decode()
        assert (text in html) is shown, moment


def test_notice_needs_a_window_that_ends_after_it_starts(settings_obj):
    now = timezone.now()
    with pytest.raises(ValidationError) as excinfo:
        _set_notice(settings_obj, now, now - datetime.timedelta(hours=1))
    assert "phải sau thời điểm bắt đầu" in str(excinfo.value)
    with pytest.raises(ValidationError) as excinfo:
        _set_notice(settings_obj, None, now)
    assert "thời điểm bắt đầu" in str(excinfo.value)
