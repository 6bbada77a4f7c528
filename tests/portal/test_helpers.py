"""Shared helpers: Vietnamese folding, NFC, safe pagination, rate limit."""

import unicodedata

import pytest
from django.http import Http404
from django.test import RequestFactory

from portal.pagination import paginate
from portal.ratelimit import is_limited, record
from portal.text import fold, nfc


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Sở Nội vụ tỉnh Hưng Yên", "so noi vu tinh hung yen"),
        ("ĐẢNG CỘNG SẢN", "dang cong san"),
        ("đường", "duong"),
        (unicodedata.normalize("NFD", "Nội vụ"), "noi vu"),
        ("Nghị định 43/2011/NĐ-CP", "nghi dinh 43/2011/nd-cp"),
    ],
)
def test_fold_removes_every_vietnamese_mark_including_d_bar(text, folded):
    assert fold(text) == folded


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Sở Nội vụ")
    assert decomposed != "Sở Nội vụ"
    assert nfc(decomposed) == "Sở Nội vụ"
    assert nfc(None) is None


@pytest.mark.parametrize("raw", ["abc", "-1", "0", "", "1.5", "%00"])
def test_paginate_garbage_gives_first_page(raw):
    request = RequestFactory().get("/", {"page": raw})
    assert paginate(request, list(range(50)), per_page=20).number == 1


def test_paginate_past_the_end_is_404():
    request = RequestFactory().get("/", {"page": "99999"})
    with pytest.raises(Http404):
        paginate(request, list(range(50)), per_page=20)


def test_paginate_empty_list_renders_first_page():
    request = RequestFactory().get("/")
    assert list(paginate(request, [], per_page=20)) == []


def test_rate_limit_counts_per_client(settings):
    settings.PORTAL_RATE_LIMITS = {"test-scope": {"count": 2, "seconds": 60}}
    first = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1")
    other = RequestFactory().post("/", REMOTE_ADDR="10.0.0.2")
    assert not is_limited(first, "test-scope")
    record(first, "test-scope")
    record(first, "test-scope")
    assert is_limited(first, "test-scope")
    assert not is_limited(other, "test-scope")
