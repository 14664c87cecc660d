import codecs
import datetime as dt
from pathlib import Path

import pytest

from annotator.errors import InputError
from annotator.ingest import parse_text, read_path
from annotator.ingest.decoding import decode


def test_seed_header_sections_and_items(seed_path: Path) -> None:
    [loaded] = list(read_path(seed_path))
    b = loaded.bulletin
    assert b is not None
    assert (b.day_number, b.published, b.report_date, b.language) == (
        1413, dt.date(2026, 1, 7), dt.date(2026, 1, 7), "it")
    assert [s.title for s in b.sections] == ["Alleati ucraini riuniti a Parigi", "Battagliero"]
    assert len(b.items) >= 20
    for s in b.sections:
        assert b.text[s.start:s.end] == s.title
    for it in b.items:
        body = b.text[it.start:it.end]
        assert body and not body.startswith("- ") and "\n" not in body


@pytest.mark.parametrize(("text", "day", "published", "report", "lang"), [
    ("Russia-Ukraine war: List of key events, day 1,413\nPublished On 7 Jan 2026\n"
     "Here is the situation on Wednesday, January 7:\nFighting\n- Russian forces attacked.\n",
     1413, dt.date(2026, 1, 7), dt.date(2026, 1, 7), "en"),
    ("Russia-Ukraine war: List of key events, day 512\nPublished On 20 Jul 2023\n"
     "Here’s where things stand on Thursday, July 20, 2023:\n- The army said it was hit.\n",
     512, dt.date(2023, 7, 20), dt.date(2023, 7, 20), "en"),
    ("Questi sono gli sviluppi chiave del 845° giorno della guerra\nPubblicato il 18 giugno 2024\n"
     "Ecco come stanno le cose martedì 18 giugno:\n- Le forze russe hanno colpito la città.\n",
     845, dt.date(2024, 6, 18), dt.date(2024, 6, 18), "it"),
    # the elided article before 8 and 11, and the ordinal mark on the first of the month
    ("Questi sono gli sviluppi chiave del 1.234° giorno della guerra\nPubblicato l’11 luglio "
     "2025\nEcco come stanno le cose venerdì 11 luglio:\n- Le forze russe hanno colpito.\n",
     1234, dt.date(2025, 7, 11), dt.date(2025, 7, 11), "it"),
    ("Guerra Russia-Ucraina: l’elenco degli eventi chiave del giorno 646\nPubblicato il 1° "
     "dicembre 2023\nEcco la situazione di venerdì 1° dicembre 2023:\n- Kiev ha detto.\n",
     646, dt.date(2023, 12, 1), dt.date(2023, 12, 1), "it"),
    # a bare date line, as the page prints it (twice, glued), is the publication date
    ("Russia-Ukraine war: List of key events, day 1,000\n20 Nov 202420 Nov 2024\n"
     "- Russian forces shelled the city of Kharkiv overnight.\n",
     1000, dt.date(2024, 11, 20), dt.date(2024, 11, 20), "en"),
    # a line of update is the publication date only when no line says "Published"
    ("Russia-Ukraine war: List of key events from day 1,214\nLast updated: 21 Jun 2025\n"
     "- A Russian drone hit Sumy.\n", 1214, dt.date(2025, 6, 21), dt.date(2025, 6, 21), "en"),
    ("Russia-Ukraine war: List of key events from day 1,214\nUpdated on 22 Jun 2025\n"
     "Published On 21 Jun 2025\n- A Russian drone hit Sumy.\n",
     1214, dt.date(2025, 6, 21), dt.date(2025, 6, 21), "en"),
    # a date in digits, day first as Italian writes it
    ("Questi sono gli sviluppi chiave del 1000° giorno della guerra\nPubblicato il 19/11/2024\n"
     "- Un drone russo ha colpito Sumy.\n", 1000, dt.date(2024, 11, 19), dt.date(2024, 11, 19),
     "it"),
    # no publication line and no year: the year whose calendar has that weekday on that day,
    # the one near the day number where two years do (30 May fell on a Monday in 2022 and
    # falls on one in 2027)
    ("Russia-Ukraine war: List of key events, day 96\nAs the Russia-Ukraine war enters its "
     "96th day, we take a look at the main developments.\nHere are the key events so far on "
     "Monday, May 30.\nFighting\n- Two soldiers were hurt.\n", 96, None, dt.date(2022, 5, 30),
     "en"),
    ("Guerra Russia-Ucraina: elenco degli eventi chiave\nEcco come stanno le cose martedì 18 "
     "giugno:\n- Un drone russo ha colpito Sumy.\n", None, None, dt.date(2024, 6, 18), "it"),
    ("Russia’s invasion of Ukraine: List of key events from day 12\nThese are the key events "
     "so far from Monday, March 7.\n- Shelling hit Mykolaiv.\n", 12, None, dt.date(2022, 3, 7),
     "en"),
    # a saved page that glues standfirst, publication line, buttons and situation line into
    # one long line
    ("These are the key developments from day 1,425 of Russia’s war on Ukraine, as reported "
     "by our correspondents in Kyiv and Moscow. Published On 19 Jan 202619 Jan 2026Click here "
     "to share on social mediashare2ShareHere is where things stand on Monday, January 19:"
     "Fighting\nRussian drones hit a depot in Odesa overnight, the governor said.\n",
     1425, dt.date(2026, 1, 19), dt.date(2026, 1, 19), "en"),
    # a misprinted date that no year near the day number puts on its weekday: the day
    # number's date, a Thursday as printed
    ("Russia-Ukraine war: List of key events, day 491\nHere is the situation on Thursday, "
     "June 30.\nFighting\n- Shelling hit Kherson.\n", 491, None, dt.date(2023, 6, 29), "en"),
    # a situation line with its year and no weekday
    ("Russia-Ukraine war: List of key events, day 554\nAs the war enters its 554th day, these "
     "are the main developments.\nHere is the situation on August 31, 2023.\nFighting\n"
     "- Shelling hit Kherson.\n", 554, None, dt.date(2023, 8, 31), "en"),
    ("Guerra Russia-Ucraina: elenco degli eventi chiave, giorno 554\nEcco la situazione al "
     "31 agosto 2023.\n- Un drone russo ha colpito Sumy.\n", 554, None, dt.date(2023, 8, 31),
     "it"),
])
def test_header_forms(text: str, day: int | None, published: dt.date | None, report: dt.date,
                      lang: str) -> None:
    b = parse_text(text)
    assert (b.day_number, b.published, b.report_date, b.language) == (day, published, report,
                                                                      lang)


def _err(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    [loaded] = list(read_path(p))
    assert loaded.bulletin is None and loaded.error is not None
    assert name in str(loaded.error)
    return str(loaded.error)


def test_bad_files_name_the_file_and_the_problem(tmp_path: Path) -> None:
    assert "empty" in _err(tmp_path, "empty.txt", b"")
    assert "binary" in _err(tmp_path, "blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 50)
    msg = _err(tmp_path, "latin.txt", "Pubblicato il 7 gennaio 2026\nCittà già".encode("cp1252"))
    assert "not UTF-8" in msg and "line 2" in msg and "Windows-1252" in msg
    [loaded] = list(read_path(tmp_path / "nope.txt"))
    assert loaded.error is not None and "no such file" in str(loaded.error)


def test_utf16_with_bom_and_explicit_encoding(tmp_path: Path) -> None:
    text = "Russia-Ukraine war: List of key events, day 10\n- Città colpita.\n"
    p = tmp_path / "u16.txt"
    p.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    [loaded] = list(read_path(p))
    assert loaded.bulletin is not None and loaded.bulletin.day_number == 10
    p2 = tmp_path / "cp.txt"
    p2.write_bytes(text.encode("cp1252"))
    [loaded2] = list(read_path(p2, encoding="cp1252"))
    assert loaded2.bulletin is not None and "Città" in loaded2.bulletin.text
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"abc", "x.txt", "no-such-codec")


def test_jsonl_broken_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text('{"text": "Russia-Ukraine war: List of key events, day 3\\n- A strike."}\n'
                 '{"text": broken\n'
                 '{"source": "no text"}\n'
                 '{"text": "day 4 of the war\\n- Another item.", "published": "2022-02-27"}\n',
                 encoding="utf-8")
    loaded = list(read_path(p))
    assert [bool(ld.bulletin) for ld in loaded] == [True, False, False, True]
    assert "line 2" in str(loaded[1].error) and "not valid JSON" in str(loaded[1].error)
    assert "line 3" in str(loaded[2].error) and '"text"' in str(loaded[2].error)
    assert loaded[3].bulletin and loaded[3].bulletin.published == dt.date(2022, 2, 27)


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>t</title><style>body{}</style></head><body>"
                 "<h1>Russia-Ukraine war: List of key events, day 700</h1>"
                 "<p>Published On 24 Jan 2024</p><h2>Fighting</h2><ul>"
                 "<li>Russian drones <b>hit</b> Odesa &amp; Kherson.</li>"
                 "<li>Second <i>item</i>.</li></ul><script>alert('x')</script></body></html>",
                 encoding="utf-8")
    [loaded] = list(read_path(p))
    b = loaded.bulletin
    assert b is not None and b.day_number == 700
    assert "alert" not in b.text and "<" not in b.text and "body{}" not in b.text
    assert "Odesa & Kherson" in b.text
    assert [s.title for s in b.sections] == ["Fighting"] and len(b.items) == 2


def test_a_title_glued_to_a_caption_ends_at_its_day_number() -> None:
    b = parse_text("Guerra Russia-Ucraina: elenco degli eventi chiave, giorno 1.302 Ecco gli "
                   "eventi chiave del giorno 1.302 della guerra. Vigili del fuoco al lavoro "
                   "dopo un attacco di droni su un deposito vicino a Nizhyn, nella regione di "
                   "Chernihiv, domenica [Foto: Servizio di emergenza statale] " + "x" * 200
                   + "\nUn drone ucraino ha ucciso due donne a Belgorod.\n")
    assert (b.day_number, b.title) == (1302, "Guerra Russia-Ucraina: elenco degli eventi chiave, "
                                             "giorno 1.302")
    assert [b.text[i.start:i.end] for i in b.items] == [
        "Un drone ucraino ha ucciso due donne a Belgorod."]


def test_the_pages_standfirst_is_header_and_an_item_naming_the_day_stays_an_item(
        tmp_path: Path) -> None:
    page = tmp_path / "day1000.html"
    page.write_text(
        "<html><head><title>Russia-Ukraine war | Al Jazeera</title><script>var a=1;</script>"
        "</head><body><nav><a href='/'>News</a></nav><h1>Russia-Ukraine war: List of key "
        "events, day 1,000</h1><p><em>These are the key developments on day 1,000 of Russia’s "
        "war on Ukraine.</em></p><div>Published On 19 Nov 2024</div><h2>Fighting</h2><ul>"
        "<li>Ukraine marked its 1,000th day of war as a Russian drone hit Sumy.</li>"
        "<li>A drone hit Kyiv.</li></ul></body></html>", encoding="utf-8")
    [loaded] = list(read_path(page))
    b = loaded.bulletin
    assert b is not None and b.day_number == 1000 and b.published == dt.date(2024, 11, 19)
    assert [b.text[i.start:i.end][:24] for i in b.items] == [
        "Ukraine marked its 1,000", "A drone hit Kyiv."]


def test_a_saved_pages_caption_byline_and_buttons_are_no_items() -> None:
    text = ("Russia-Ukraine war: List of key events, day 1,036\n"
            "Here are the key events on day 1,036 of Russia’s war on Ukraine.\n"
            "Ukrainian servicemen fire a howitzer towards Russian troops\n"
            "Ukrainian servicemen fire a howitzer near Pokrovsk [File: Reuters]\n"
            "By Al Jazeera Staff\n"
            "Published On 26 Dec 2024\n"
            "26 Dec 2024\n"
            "Save articles to read later and create your own reading list.\n"
            "Here is the situation on Thursday, December 26, 2024:\n"
            "Fighting\n"
            "Russia launched 78 missiles and 106 drones at Ukraine’s energy system.\n"
            "Save\n"
            "Share\n"
            "Follow Al Jazeera English:\n")
    b = parse_text(text)
    assert (b.day_number, b.published, b.report_date) == (
        1036, dt.date(2024, 12, 26), dt.date(2024, 12, 26))
    assert [s.title for s in b.sections] == ["Fighting"]
    assert [text[i.start:i.end][:16] for i in b.items] == ["Russia launched "]


def test_offsets_are_exact_with_crlf_and_nbsp() -> None:
    b = parse_text("Title, day 5\r\nFighting\r\n- Uno\u00a0due “tre”.\r\n")
    assert "\r" not in b.text
    assert b.text[b.items[0].start:b.items[0].end] == "Uno\u00a0due “tre”."


def test_an_italian_scale_word_keeps_the_dot_a_thousands_separator() -> None:
    from annotator.extract.numbers import find_numbers
    for text, value in [("2.200 miliardi di grivne", 2_200_000_000_000),
                        ("2,175 miliardi di dollari", 2_175_000_000),
                        ("2.175 billion dollars", 2_175_000_000), ("1.5 miliardi", 1_500_000_000)]:
        assert [n.value for n in find_numbers(text, 0, len(text))] == [value]


@pytest.mark.parametrize("line", ["Pubblicato il 31/02/2024", "Pubblicato il 13/13/2024",
                                  "Last updated: 45 Jun 2025", "Pubblicato il 19/11"])
def test_an_impossible_or_partial_date_of_publication_or_update_gives_none(line: str) -> None:
    b = parse_text("Russia-Ukraine war: List of key events, day 5\n" + line + "\n"
                   "- Russian forces shelled the city of Kharkiv overnight.\n")
    assert b.published is None and b.day_number == 5 and len(b.items) == 1


@pytest.mark.parametrize("line", ["32 Nov 2024", "31 Feb 2024", "Nov 2024", "20 Nov"])
def test_a_bare_line_that_is_no_full_date_gives_no_publication_date(line: str) -> None:
    b = parse_text("Russia-Ukraine war: List of key events, day 5\n" + line + "\n"
                   "- Russian forces shelled the city of Kharkiv overnight.\n")
    assert b.published is None and b.day_number == 5 and len(b.items) == 1


def test_a_photo_caption_between_items_is_no_item() -> None:
    b = parse_text(
        "Russia-Ukraine war: List of key events, day 700\n"
        "Here is the situation on Tuesday, January 23, 2024.\n"
        "Fighting\n"
        "- A Russian missile hit a school in Kharkiv.\n"
        "Rescuers work at a damaged building in Kharkiv, Ukraine [Vyacheslav Madiyevskyy/Reuters]\n"
        "A general view shows a building heavily damaged by a missile strike in Kharkiv\n"
        "Firefighters at the site (AP Photo/Andrii Marienko)\n"
        "- Drones hit a depot in Odesa.\n")
    assert [b.text[i.start:i.end] for i in b.items] == [
        "A Russian missile hit a school in Kharkiv.", "Drones hit a depot in Odesa."]


def test_a_site_menu_before_the_title_is_header_and_its_date_is_not_the_pages() -> None:
    menu = "".join(f"  • {w}\n" for w in ("Home", "News", "Politics", "Sports", "Business",
                                          "Opinion", "About Us", "Contact Us", "Privacy Policy",
                                          "Login", "Register", "Related posts"))
    b = parse_text(
        "Tuesday, June 3, 2025\n" + menu +
        "Russia-Ukraine war: List of key events, day 1,194\n"
        "June 2, 2025\n"
        "These are the key events on day 1,194 of Russia's war on Ukraine.\n"
        "Here's where things stand on Monday, June 2:\n"
        "Fighting\n"
        "  • Ukraine said it destroyed Russian bombers at airbases in Siberia.\n")
    assert (b.day_number, b.published, b.report_date) == (
        1194, dt.date(2025, 6, 2), dt.date(2025, 6, 2))
    assert [b.text[i.start:i.end] for i in b.items] == [
        "Ukraine said it destroyed Russian bombers at airbases in Siberia."]


@pytest.mark.parametrize("title, day", [
    ("Russia – Ukraine Crisis: List of key events from day eight", 8),
    ("Russia-Ukraine war: key events as the war enters its twelfth day", 12),
    ("Guerra Russia-Ucraina: gli eventi chiave del terzo giorno", 3)])
def test_a_day_written_out_in_the_title_is_the_day_number(title: str, day: int) -> None:
    b = parse_text(title + "\n- Russian forces shelled the city of Kharkiv overnight.\n")
    assert b.day_number == day and len(b.items) == 1
