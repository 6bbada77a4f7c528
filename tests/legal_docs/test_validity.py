"""Each validity status at its date boundaries (local date, Asia/Ho_Chi_Minh), and after
replacement, amendment and suspension."""

import datetime

import pytest
import time_machine

from legal_docs.models import Effect, RelationType, Validity, ValidityStatus
from legal_docs.status import refresh_statuses

from .factories import make_document

D = datetime.date
BEFORE, ON, AFTER = D(2022, 8, 14), D(2022, 8, 15), D(2022, 8, 16)


def status(validity, day):
    return validity.status_on(day)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (BEFORE, ValidityStatus.NOT_YET_EFFECTIVE),
        (ON, ValidityStatus.IN_FORCE),
        (AFTER, ValidityStatus.IN_FORCE),
    ],
)
def test_effective_date_boundary(day, expected):
    assert status(Validity(effective_on=ON), day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (BEFORE, ValidityStatus.IN_FORCE),
        (ON, ValidityStatus.EXPIRED),
        (AFTER, ValidityStatus.EXPIRED),
    ],
)
def test_expiry_date_boundary(day, expected):
    validity = Validity(effective_on=D(2011, 8, 1), expires_on=ON)
    assert status(validity, day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (BEFORE, ValidityStatus.IN_FORCE),
        (ON, ValidityStatus.EXPIRED),
        (AFTER, ValidityStatus.EXPIRED),
    ],
)
def test_replacement_takes_effect_with_the_replacing_document(day, expected):
    replaced_by = Effect(RelationType.REPLACES, starts_on=ON)
    validity = Validity(effective_on=D(2011, 8, 1), effects=[replaced_by])
    assert status(validity, day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (BEFORE, ValidityStatus.IN_FORCE),
        (ON, ValidityStatus.PARTIALLY_EXPIRED),
        (AFTER, ValidityStatus.PARTIALLY_EXPIRED),
    ],
)
def test_amendment_makes_it_partially_expired(day, expected):
    amended_by = Effect(RelationType.AMENDS, starts_on=ON)
    validity = Validity(effective_on=D(2010, 1, 1), effects=[amended_by])
    assert status(validity, day) == expected


def test_partial_replacement_or_abolition_is_partial():
    for relation_type in (RelationType.REPLACES, RelationType.ABOLISHES):
        effect = Effect(relation_type, partial=True, starts_on=ON)
        validity = Validity(effective_on=D(2010, 1, 1), effects=[effect])
        assert status(validity, ON) == ValidityStatus.PARTIALLY_EXPIRED


def test_abolition_ends_it_entirely():
    effect = Effect(RelationType.ABOLISHES, starts_on=ON)
    assert status(Validity(D(2011, 3, 5), effects=[effect]), ON) == ValidityStatus.EXPIRED


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (BEFORE, ValidityStatus.IN_FORCE),
        (ON, ValidityStatus.SUSPENDED),
        (AFTER, ValidityStatus.SUSPENDED),
        (D(2022, 12, 31), ValidityStatus.SUSPENDED),
        (D(2023, 1, 1), ValidityStatus.IN_FORCE),  # the suspending decision itself expired
    ],
)
def test_suspension_lasts_while_the_suspending_document_is_in_force(day, expected):
    suspended_by = Effect(RelationType.SUSPENDS, starts_on=ON, ends_on=D(2023, 1, 1))
    validity = Validity(effective_on=D(2020, 1, 1), effects=[suspended_by])
    assert status(validity, day) == expected


def test_precedence_full_expiry_beats_suspension_and_amendment():
    effects = [
        Effect(RelationType.SUSPENDS, starts_on=BEFORE),
        Effect(RelationType.AMENDS, starts_on=BEFORE),
        Effect(RelationType.REPLACES, starts_on=ON),
    ]
    validity = Validity(effective_on=D(2020, 1, 1), effects=effects)
    assert status(validity, BEFORE) == ValidityStatus.SUSPENDED
    assert status(validity, ON) == ValidityStatus.EXPIRED


def test_relations_that_do_not_change_validity():
    for relation_type in (
        RelationType.BASIS,
        RelationType.GUIDES,
        RelationType.CORRECTS,
        RelationType.CONSOLIDATES,
    ):
        validity = Validity(D(2020, 1, 1), effects=[Effect(relation_type, starts_on=BEFORE)])
        assert status(validity, ON) == ValidityStatus.IN_FORCE


# -- stored status on real pages, at the local date ------------------------------------------------


def test_status_uses_the_local_date_not_utc(register):
    # 15/08/2022 00:30 in Hà Nội is still 14/08/2022 17:30 in UTC.
    with time_machine.travel(datetime.datetime(2022, 8, 14, 17, 30, tzinfo=datetime.UTC)):
        document = make_document(register, issued_on=D(2022, 6, 24), effective_on=D(2022, 8, 15))
        assert document.status == ValidityStatus.IN_FORCE
    with time_machine.travel(datetime.datetime(2022, 8, 14, 16, 30, tzinfo=datetime.UTC)):
        # 23:30 local on the 14th: the day before
        assert refresh_statuses()[0][2] == ValidityStatus.NOT_YET_EFFECTIVE


def test_replacement_on_pages_and_both_directions(register, client):
    old = make_document(
        register,
        number="43/2011/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
        issued_on=D(2011, 6, 13),
        effective_on=D(2011, 8, 1),
    )
    with time_machine.travel(datetime.datetime(2022, 6, 25, 9, 0, tzinfo=datetime.UTC)):
        new = make_document(
            register,
            number="42/2022/NĐ-CP",
            title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên môi trường mạng",
            issued_on=D(2022, 6, 24),
            effective_on=D(2022, 8, 15),
            relations=[(RelationType.REPLACES, old)],
        )
        old.refresh_from_db()
        assert old.status == ValidityStatus.IN_FORCE  # replacement not in force yet
        assert new.status == ValidityStatus.NOT_YET_EFFECTIVE
    with time_machine.travel(datetime.datetime(2022, 8, 15, 1, 0, tzinfo=datetime.UTC)):
        changes = {pk: status for pk, _old, status in refresh_statuses()}
        assert changes == {old.pk: ValidityStatus.EXPIRED, new.pk: ValidityStatus.IN_FORCE}
        page = client.get(old.url).content.decode()
        assert "Văn bản này đã hết hiệu lực toàn bộ từ ngày 15/08/2022" in page
        assert f'Được thay thế bởi <a href="{new.url}">Nghị định 42/2022/NĐ-CP</a>' in page
        other = client.get(new.url).content.decode()
        assert "<h3>Thay thế</h3>" in other and old.url in other


def test_amendment_and_suspension_on_pages(register):
    law = make_document(
        register,
        number="58/2010/QH12",
        type_slug="luat",
        body_slug="quoc-hoi",
        issued_on=D(2010, 11, 15),
        effective_on=D(2012, 1, 1),
    )
    make_document(
        register,
        number="52/2019/QH14",
        type_slug="luat",
        body_slug="quoc-hoi",
        issued_on=D(2019, 11, 25),
        effective_on=D(2020, 7, 1),
        relations=[(RelationType.AMENDS, law)],
    )
    law.refresh_from_db()
    assert law.status == ValidityStatus.PARTIALLY_EXPIRED
    decision = make_document(
        register,
        number="356/QĐ-SNV",
        type_slug="quyet-dinh",
        body_slug="so-noi-vu",
        issued_on=D(2024, 1, 2),
    )
    suspender = make_document(
        register,
        number="2150/QĐ-UBND",
        type_slug="quyet-dinh",
        body_slug="ubnd-tinh",
        issued_on=D(2024, 3, 1),
        relations=[(RelationType.SUSPENDS, decision)],
    )
    decision.refresh_from_db()
    assert decision.status == ValidityStatus.SUSPENDED
    # unpublishing the suspending decision lifts the suspension
    suspender.unpublish()
    decision.refresh_from_db()
    assert decision.status == ValidityStatus.IN_FORCE
