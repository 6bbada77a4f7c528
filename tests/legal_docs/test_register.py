"""The public register: filters combine, keyword search ignores diacritics, sorting, counts,
notices for bad values, noindex on filtered views, and RSS and CSV honouring the filters."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import pytest

from legal_docs.models import RelationType

from .factories import make_document

D = datetime.date


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Five documents shared by the module (built once, rolled back at the end)."""
    with django_db_blocker.unblock():
        from django.db import transaction
        from wagtail.models import Site

        from .factories import make_register, taxonomy

        with transaction.atomic():
            tax = taxonomy()
            home = Site.objects.get(is_default_site=True).root_page.specific
            register = make_register(home)
            yield register, build_documents(register), tax
            transaction.set_rollback(True)


@pytest.fixture
def register(world, db):
    return world[0]


@pytest.fixture
def documents(world, db):
    return world[1]


@pytest.fixture
def tax(world, db):
    return world[2]


def build_documents(register):
    docs = {}
    docs["nd43"] = make_document(
        register,
        number="43/2011/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
        issued_on=D(2011, 6, 13),
        effective_on=D(2011, 8, 1),
        field_slugs=("van-thu-luu-tru",),
        signer_name="Nguyễn Tấn Dũng",
    )
    docs["nd42"] = make_document(
        register,
        number="42/2022/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên môi trường mạng",
        issued_on=D(2022, 6, 24),
        effective_on=D(2022, 8, 15),
        relations=[(RelationType.REPLACES, docs["nd43"])],
        field_slugs=("cong-chuc-vien-chuc",),
    )
    docs["nd30"] = make_document(
        register,
        number="30/2020/NĐ-CP",
        title="Về công tác văn thư",
        issued_on=D(2020, 3, 5),
        field_slugs=("van-thu-luu-tru",),
    )
    docs["luat"] = make_document(
        register,
        number="02/2016/QH14",
        title="Luật Tín ngưỡng, tôn giáo",
        type_slug="luat",
        body_slug="quoc-hoi",
        issued_on=D(2016, 11, 18),
        effective_on=D(2018, 1, 1),
        field_slugs=("ton-giao",),
        signer_name="Nguyễn Thị Kim Ngân",
    )
    docs["qd"] = make_document(
        register,
        number="680/QĐ-UBND",
        title="Phê duyệt danh mục thủ tục hành chính lĩnh vực tôn giáo",
        type_slug="quyet-dinh",
        body_slug="ubnd-tinh",
        issued_on=D(2020, 4, 2),
        field_slugs=("ton-giao", "cong-chuc-vien-chuc"),
    )
    return docs


def numbers(response):
    """Document numbers in the register table, in order."""
    content = response.content.decode()
    found = []
    for part in content.split('<td data-label="Số ký hiệu"><a href="')[1:]:
        found.append(part.split(">", 1)[1].split("</a>", 1)[0])
    return found


def test_unfiltered_register_lists_everything_newest_first(client, register, documents):
    response = client.get(register.url)
    assert response.status_code == 200
    assert numbers(response) == [
        "42/2022/NĐ-CP",
        "680/QĐ-UBND",
        "30/2020/NĐ-CP",
        "02/2016/QH14",
        "43/2011/NĐ-CP",
    ]
    content = response.content.decode()
    assert "Tìm thấy <strong>5</strong> văn bản" in content
    assert "noindex" not in content
    assert 'type="application/rss+xml"' in content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("loai=nghi-dinh", {"42/2022/NĐ-CP", "30/2020/NĐ-CP", "43/2011/NĐ-CP"}),
        ("loai=nghi-dinh&nam=2020", {"30/2020/NĐ-CP"}),
        ("coquan=quoc-hoi", {"02/2016/QH14"}),
        ("linhvuc=ton-giao", {"02/2016/QH14", "680/QĐ-UBND"}),
        ("linhvuc=ton-giao&nhom=cddh", {"680/QĐ-UBND"}),
        ("linhvuc=ton-giao&nhom=qppl", {"02/2016/QH14"}),
        ("linhvuc=van-thu-luu-tru&hieuluc=het-hieu-luc-toan-bo", {"43/2011/NĐ-CP"}),
        ("linhvuc=van-thu-luu-tru&hieuluc=con-hieu-luc", {"30/2020/NĐ-CP"}),
        ("nguoiky=Nguyễn+Thị+Kim+Ngân", {"02/2016/QH14"}),
        ("loai=luat&coquan=chinh-phu", set()),
        ("nam=2020&linhvuc=cong-chuc-vien-chuc&coquan=ubnd-tinh", {"680/QĐ-UBND"}),
    ],
)
def test_filters_combine(client, register, documents, query, expected):
    response = client.get(f"{register.url}?{query}")
    assert response.status_code == 200
    assert set(numbers(response)) == expected
    content = response.content.decode()
    assert f"Tìm thấy <strong>{len(expected)}</strong> văn bản phù hợp" in content
    assert '<meta name="robots" content="noindex, follow">' in content


@pytest.mark.parametrize(
    ("keyword", "expected"),
    [
        ("nghi dinh 43", {"43/2011/NĐ-CP"}),
        ("Nghị định 43", {"43/2011/NĐ-CP"}),
        ("NGHI DINH 43/2011", {"43/2011/NĐ-CP"}),
        ("43/2011/ND-CP", {"43/2011/NĐ-CP"}),
        ("nd-cp 43/2011", {"43/2011/NĐ-CP"}),
        ("van thu", {"30/2020/NĐ-CP"}),
        ("tín ngưỡng tôn giáo", {"02/2016/QH14"}),
        ("qd-ubnd", {"680/QĐ-UBND"}),
        ("dich vu cong truc tuyen", {"43/2011/NĐ-CP", "42/2022/NĐ-CP"}),
        ("không có văn bản này", set()),
    ],
)
def test_keyword_search_ignores_diacritics(client, register, documents, keyword, expected):
    response = client.get(register.url, {"q": keyword})
    assert set(numbers(response)) == expected


def test_keyword_accepts_decomposed_unicode(client, register, documents):
    import unicodedata

    response = client.get(register.url, {"q": unicodedata.normalize("NFD", "Tín ngưỡng")})
    assert set(numbers(response)) == {"02/2016/QH14"}


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("so", ["02/2016/QH14", "30/2020/NĐ-CP", "42/2022/NĐ-CP", "43/2011/NĐ-CP", "680/QĐ-UBND"]),
        ("-so", ["680/QĐ-UBND", "43/2011/NĐ-CP", "42/2022/NĐ-CP", "30/2020/NĐ-CP", "02/2016/QH14"]),
        (
            "ngay-ban-hanh",
            ["43/2011/NĐ-CP", "02/2016/QH14", "30/2020/NĐ-CP", "680/QĐ-UBND", "42/2022/NĐ-CP"],
        ),
    ],
)
def test_sorting(client, register, documents, sort, expected):
    assert numbers(client.get(register.url, {"sapxep": sort})) == expected


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("nam=abc", "Giá trị “abc” của bộ lọc “Năm ban hành” không hợp lệ"),
        ("nam=99999999999999999999999", "bộ lọc “Năm ban hành” không hợp lệ"),
        ("loai=khong-co", "Giá trị “khong-co” của bộ lọc “Loại văn bản” không hợp lệ"),
        ("hieuluc=%3Cscript%3E", "Giá trị “&lt;script&gt;” của bộ lọc “Tình trạng hiệu lực”"),
        ("sapxep=xyz", "bộ lọc “Sắp xếp theo” không hợp lệ"),
        ("linhvuc=999", "bộ lọc “Lĩnh vực” không hợp lệ"),
        ("coquan=%00", None),
    ],
)
def test_bad_values_are_ignored_with_a_notice(client, register, documents, query, notice):
    response = client.get(f"{register.url}?{query}&coquan=chinh-phu")
    assert response.status_code == 200
    content = response.content.decode()
    if notice:
        assert notice in content
        assert "nên đã được bỏ qua" in content
        # the valid filter still applies
        assert set(numbers(response)) == {"42/2022/NĐ-CP", "30/2020/NĐ-CP", "43/2011/NĐ-CP"}
    assert "<script>" not in content.split("</header>", 1)[-1].split("<footer")[0]


def test_garbage_everywhere_never_500(client, register, documents):
    for query in [
        "q=%00%01",
        "q=" + "x" * 5000,
        "page=abc",
        "page=-3",
        "nam=&loai=&hieuluc=",
        "q=%F0%9F%98%80&nguoiky=%E2%80%AE",
    ]:
        assert client.get(f"{register.url}?{query}").status_code == 200, query
    assert client.get(f"{register.url}?page=999").status_code == 404


def test_status_counts_ignore_the_status_filter(client, register, documents):
    content = client.get(register.url, {"loai": "nghi-dinh", "hieuluc": "con-hieu-luc"}).content
    content = content.decode()
    assert ">Còn hiệu lực (2)</option>" in content
    assert ">Hết hiệu lực toàn bộ (1)</option>" in content


def test_nested_register_lists_only_its_types(client, register, documents, tax):
    from .factories import make_register

    plans = make_register(register, "Kế hoạch", "ke-hoach", types=[tax["types"]["ke-hoach"]])
    make_document(
        plans,
        number="12/KH-SNV",
        title="Kế hoạch cải cách hành chính năm 2026",
        type_slug="ke-hoach",
        body_slug="so-noi-vu",
    )
    assert numbers(client.get(plans.url)) == ["12/KH-SNV"]
    assert "12/KH-SNV" in numbers(client.get(register.url))
    type_options = (
        client.get(plans.url).content.decode().split('name="loai"')[1].split("</select>")[0]
    )
    assert "Kế hoạch" in type_options and "Nghị định" not in type_options


def test_feed_honours_filters(client, register, documents):
    response = client.get(f"{register.url}rss/", {"linhvuc": "ton-giao", "coquan": "quoc-hoi"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    titles = [item.findtext("title") for item in root.iter("item")]
    assert titles == ["Luật 02/2016/QH14: Luật Tín ngưỡng, tôn giáo"]
    everything = ET.fromstring(client.get(f"{register.url}rss/").content)
    assert len(list(everything.iter("item"))) == 5


def test_csv_honours_filters(client, register, documents):
    response = client.get(f"{register.url}csv/", {"loai": "nghi-dinh", "sapxep": "so"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["Số ký hiệu", "Trích yếu", "Loại văn bản"]
    assert [row[0] for row in rows[1:]] == ["30/2020/NĐ-CP", "42/2022/NĐ-CP", "43/2011/NĐ-CP"]
    nd43 = rows[-1]
    assert "Hết hiệu lực toàn bộ" in nd43
    assert "13/06/2011" in nd43
    assert nd43[-1].startswith("http") and nd43[-1].endswith(documents["nd43"].url)


def test_csv_neutralises_formulas(client, register, tax):
    make_document(register, number="1/2020/NĐ-CP", title='=HYPERLINK("http://x")')
    text = b"".join(client.get(f"{register.url}csv/").streaming_content).decode("utf-8")
    assert "'=HYPERLINK" in text
