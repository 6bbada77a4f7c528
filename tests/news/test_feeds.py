"""RSS 2.0 and Atom feeds parse, keep Vietnamese titles in NFC and honour each list's filter."""

import datetime
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from tests.news import factories as f

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
NFC_TITLE = "Sở Nội vụ tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng"
NFD_TITLE = unicodedata.normalize("NFD", NFC_TITLE)


def rss_items(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") and channel.findtext("link").startswith("http")
    return channel, channel.findall("item")


def atom_entries(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") and root.findtext(f"{ATOM}updated")
    assert root.findtext(f"{ATOM}id")
    return root, root.findall(f"{ATOM}entry")


@pytest.fixture
def feed_world(index):
    awards = f.category("Thi đua – Khen thưởng")
    other = f.category("Tin hoạt động")
    now = timezone.localtime()
    first = f.article(
        index,
        NFD_TITLE,  # pasted decomposed, as some Mac and web sources send it
        categories=[awards],
        tags=["khen thưởng"],
        authors=["Minh Châu"],
        date=now - datetime.timedelta(days=40),
    )
    second = f.article(
        index, "Tin hoạt động trong tuần", categories=[other], date=now - datetime.timedelta(1)
    )
    f.draft_article(index, "Bản nháp khen thưởng", categories=[awards], tags=["khen thưởng"])
    f.future_article(index, "Khen thưởng ngày mai", categories=[awards], tags=["khen thưởng"])
    return {"first": first, "second": second}


def test_rss_parses_with_nfc_titles_and_absolute_links(client, feed_world):
    channel, items = rss_items(client, "/tin-tuc/rss/")
    assert [item.findtext("title") for item in items] == [
        "Tin hoạt động trong tuần",
        NFC_TITLE,
    ]
    title = items[1].findtext("title")
    assert unicodedata.is_normalized("NFC", title)
    assert items[1].findtext("link") == "http://testserver" + feed_world["first"].url
    assert items[1].findtext("pubDate")
    assert [c.text for c in items[1].findall("category")] == ["Thi đua – Khen thưởng"]
    assert items[1].findtext("description") == feed_world["first"].lead
    assert channel.findtext("language") == "vi"


def test_atom_parses_with_nfc_titles(client, feed_world):
    _root, entries = atom_entries(client, "/tin-tuc/atom/")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles == ["Tin hoạt động trong tuần", NFC_TITLE]
    first = entries[1]
    assert first.find(f"{ATOM}link").get("href") == "http://testserver" + feed_world["first"].url
    assert first.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Minh Châu"
    assert first.findtext(f"{ATOM}published") and first.findtext(f"{ATOM}updated")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_filtered_feeds_match_their_lists(client, feed_world, kind):
    month = feed_world["first"].display_date.astimezone(timezone.get_current_timezone())
    for path in (
        "/tin-tuc/chuyen-muc/thi-dua-khen-thuong/",
        "/tin-tuc/the/khen-thuong/",
        f"/tin-tuc/{month.year}/{month.month:02d}/",
    ):
        listed = [a.title for a in client.get(path).context["articles"]]
        if kind == "rss":
            _channel, items = rss_items(client, f"{path}rss/")
            in_feed = [item.findtext("title") for item in items]
        else:
            _root, entries = atom_entries(client, f"{path}atom/")
            in_feed = [entry.findtext(f"{ATOM}title") for entry in entries]
        assert in_feed == listed == [NFC_TITLE], path


def test_feed_titles_name_the_filter(client, feed_world):
    channel, _items = rss_items(client, "/tin-tuc/chuyen-muc/thi-dua-khen-thuong/rss/")
    assert channel.findtext("title") == "Tin tức – Sự kiện – Thi đua – Khen thưởng"
    root, _entries = atom_entries(client, "/tin-tuc/the/khen-thuong/atom/")
    assert root.findtext(f"{ATOM}title") == "Tin tức – Sự kiện – khen thưởng"


def test_feed_is_capped_at_twenty_items(client, index):
    for number in range(23):
        f.article(index, f"Tin số {number:02d}", days_ago=number + 1)
    _channel, items = rss_items(client, "/tin-tuc/rss/")
    assert len(items) == 20
    assert items[0].findtext("title") == "Tin số 00"
