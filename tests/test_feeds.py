"""RSS/Atom feeds -> articles: titles, links, dates, text with the HTML stripped and entities decoded."""

from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.io import feeds
from marsad.io.readers import ArticleInput, BadRecord

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.mark.parametrize("fragment,expected", [
    ("<p>قال الوزير &quot;نعم&quot;</p>", 'قال الوزير "نعم"'),
    ("<p>الأول</p><p>الثاني</p>", "الأول\n\nالثاني"),
    ("سطر<br/>سطر آخر", "سطر\nسطر آخر"),
    ("&#1575;لرياض &amp; جدة", "الرياض & جدة"),
    ("<script>var x = 1;</script><b>خبر</b>&nbsp;عاجل", "خبر عاجل"),
])
def test_feeds_strip_html_decodes_entities(fragment, expected):
    assert feeds.strip_html(fragment) == expected


@pytest.mark.parametrize("name,index,title,published,url,needle", [
    ("feed.rss", 0, 'وزير الخارجية: "المحادثات إيجابية"', "2024-03-12", "https://news.example.org/a/1",
     '"المحادثات مع الجانب الفرنسي كانت إيجابية"'),
    ("feed.rss", 0, 'وزير الخارجية: "المحادثات إيجابية"', "2024-03-12", "https://news.example.org/a/1",
     "في الرياض الشهر المقبل & ستبحث"),
    ("feed.rss", 1, "افتتاح معرض الكتاب الدولي", "2024-03-13", "https://news.example.org/a/2",
     "وقالت إدارة المعرض إن الدورة"),
    ("feed.atom", 0, "ارتفاع صادرات التمور & الفواكه", "2024-03-14", "https://agency.example.org/1",
     "ارتفعت صادرات التمور"),
])
def test_feeds_entries_become_articles(name, index, title, published, url, needle):
    recs = list(feeds.read_feed(CORPUS / name))
    rec = recs[index]
    assert isinstance(rec, ArticleInput)
    assert rec.title == title and rec.published == published and rec.url == url
    assert needle in rec.text
    assert "<" not in rec.text and "&quot;" not in rec.text and "&amp;" not in rec.text


@pytest.mark.parametrize("name,source", [("feed.rss", "أخبار & تقارير"), ("feed.atom", "وكالة الأنباء")])
def test_feeds_source_is_feed_title(name, source):
    rec = next(r for r in feeds.read_feed(CORPUS / name) if isinstance(r, ArticleInput))
    assert rec.source == source


@pytest.mark.parametrize("name,bad_index", [("feed.atom", 1)])
def test_feeds_entry_without_text_is_bad_record(name, bad_index):
    recs = list(feeds.read_feed(CORPUS / name))
    assert isinstance(recs[bad_index], BadRecord)
    assert "no content" in recs[bad_index].reason


@pytest.mark.parametrize("name", ["broken.xml", "missing.rss"])
def test_feeds_not_a_feed_raises_input_error(name):
    with pytest.raises(InputError):
        list(feeds.read_feed(CORPUS / name))
