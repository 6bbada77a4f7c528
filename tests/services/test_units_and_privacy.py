"""Unit membership from contacts (who is staff, who is head) and the masking of personal data."""

import datetime

import pytest
from django.utils import timezone

from services import units
from services.privacy import normalize_phone, redact
from tests.services import factories


@pytest.mark.django_db
def test_staff_and_heads_come_from_current_appointments(tdkt, btg):
    head = factories.person_in(tdkt, head=True)
    staff = factories.person_in(tdkt)
    former = factories.person_in(
        tdkt, head=True, end=timezone.localdate() - datetime.timedelta(days=1)
    )
    future = factories.person_in(btg, start=timezone.localdate() + datetime.timedelta(days=5))
    assert units.is_head(head.user, tdkt) and units.is_member(head.user, tdkt)
    assert units.is_member(staff.user, tdkt) and not units.is_head(staff.user, tdkt)
    assert not units.is_member(former.user, tdkt)
    assert not units.is_member(future.user, btg)
    assert [p.pk for p in units.heads_of(tdkt)] == [head.pk]
    assert units.head_emails(tdkt) == [head.email]


@pytest.mark.django_db
def test_an_inactive_person_is_no_longer_staff(tdkt):
    person = factories.person_in(tdkt)
    person.is_active = False
    person.save()
    assert not units.is_member(person.user, tdkt)


@pytest.mark.django_db
def test_someone_in_two_units_heads_only_the_one_they_head(tdkt, btg):
    person = factories.person_in(tdkt, head=True)
    from contacts.models import Appointment

    Appointment.objects.create(person=person, unit=btg, position=factories.position("Chuyên viên"))
    units.forget(person.user)
    assert units.headed_unit_ids(person.user) == {tdkt.pk}
    assert units.unit_ids_of(person.user) == {tdkt.pk, btg.pk}


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("0912 345 678", "0912345678"),
        ("+84 912.345.678", "0912345678"),
        ("84912345678", "0912345678"),
    ],
)
def test_phone_numbers_are_normalized(raw, normalized):
    assert normalize_phone(raw) == normalized


def test_redaction_masks_contacts_and_the_askers_name():
    text = (
        "Tôi là Nguyễn Văn An (nguyen.an@example.com, 0912.345.678). Anh tôi: +84 98 765 4321. "
        "Theo Nghị định 98/2023/NĐ-CP, ngày 31/12/2023, thời hạn 20 ngày."
    )
    result = redact(text, name="Nguyễn Văn An", email="nguyen.an@example.com", phone="0912345678")
    for secret in ["Nguyễn Văn An", "nguyen.an@example.com", "0912.345.678", "98 765 4321"]:
        assert secret not in result
    # legal references, dates and small numbers survive
    assert "98/2023/NĐ-CP" in result and "31/12/2023" in result and "20 ngày" in result
