"""Ingest: markup blanking keeps offsets, datelines give the DCT, sentences split sensibly."""
import pytest

from timeline.ingest import IngestError, blank_markup, find_dateline, ingest, parse_dct, split_sentences


@pytest.mark.parametrize("text, dct", [
    (" date 2023-11-16 Send this page to someone via email\n\nBody.", "2023-11-16"),
    ("Published March 22, 2013\n\nThe council met.", "2013-03-22"),
    ("Updated: Jan. 5, 2020 — The council met.", "2020-01-05"),
    ("Posted on 7 June 2019\nThe council met.", "2019-06-07"),
    ("Tuesday, October 3, 2017\nThe council met.", "2017-10-03"),
    ("WASHINGTON, November 20, 2023 — The company grew fast in 2022.", "2023-11-20"),
    ("SAN JUAN, Puerto Rico (AP) — Oct. 2, 2017 — Power is out.", "2017-10-02"),
    ("Washington, the capital, grew fast in 2022.", None),
    ("The council met in 2013-03-22 to vote.", None),  # a date inside the text is not a dateline
    ("The council met on Tuesday.", None),
    # after a headline and a byline: a labelled date, or a date on a line of its own
    ("Council approves transit plan\nBy Staff Reporter\nPublished March 14, 2024\n\nThe council met.", "2024-03-14"),
    ("Council approves transit plan\n\nMarch 14, 2024 at 10:30 a.m. ET | 4 min read\n\nThe council met.", "2024-03-14"),
    ("Council approves transit plan\nThe council met on March 14, 2024, to vote.", None),  # the text's own date
    ("Council approves transit plan\nThe council met, March 14, 2024, to vote.", None),  # no place line: not capitals
    ("Council approves transit plan\nWASHINGTON, March 14, 2024 — The council met.", "2024-03-14"),
])
def test_dateline_gives_the_dct(text, dct):
    found = find_dateline(text)
    assert (found.date if found else None) == dct
    if found:
        assert text[found.span.start:found.span.end] == found.span.text


def test_explicit_dct_wins_over_dateline():
    assert ingest("Published March 22, 2013\nText.", "2020-01-01").dct == "2020-01-01"


@pytest.mark.parametrize("bad", ["2023-13-01", "yesterday", "16/11/2023", ""])
def test_invalid_dct_is_an_error(bad):
    with pytest.raises(IngestError):
        parse_dct(bad)


def test_html_is_blanked_to_the_same_length():
    source = ('<html><head><style>p{color:red}</style><script>var year = "1999";</script></head>'
              '<body><p>The bridge opened in <b>2020</b> &amp; closed.</p><!-- 1998 --></body></html>')
    document = ingest(source)
    assert len(document.plain) == len(source)
    assert "1999" not in document.plain and "1998" not in document.plain and "color" not in document.plain
    start = document.plain.index("2020")
    assert source[start:start + 4] == "2020"
    assert "&" in document.plain
    assert [s.text.split()[0] for s in document.sentences] == ["The"]


def test_block_tags_break_sentences():
    document = ingest("<p>Headline without a stop</p><p>The body starts here.</p>")
    assert [s.text for s in document.sentences] == ["Headline without a stop", "The body starts here."]


def test_plain_text_is_left_alone():
    text = "Profits rose 5% when x < y and y > z."
    assert ingest(text).plain == text
    assert blank_markup("<b>a</b>") == "   a    "


@pytest.mark.parametrize("text, sentences", [
    ("Mr. Smith arrived on Jan. 5. He left the U.S. later.", ["Mr. Smith arrived on Jan. 5.", "He left the U.S. later."]),
    ("“It is over,” he said. Then he left!", ["“It is over,” he said.", "Then he left!"]),
    ("First paragraph\n\nSecond paragraph.", ["First paragraph", "Second paragraph."]),
    ("It cost $4.5 million. Prices rose 3.2 percent.", ["It cost $4.5 million.", "Prices rose 3.2 percent."]),
])
def test_sentences(text, sentences):
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    assert all(text[s.start:s.end] == s.text for s in found)


@pytest.mark.parametrize("text, sentences", [
    ("WASHINGTON, November 20, 2023 — The bridge opened. It rained.", ["WASHINGTON, November 20, 2023", "The bridge opened.", "It rained."]),
    ("SAN JUAN, Puerto Rico (AP) — Oct. 2, 2017 — Power is out.", ["SAN JUAN, Puerto Rico (AP) — Oct. 2, 2017", "Power is out."]),
    ("PARIS, Nov. 3, 2021 (AP) - Officials spoke.", ["PARIS, Nov. 3, 2021", "Officials spoke."]),
    # No separator: the date is the sentence's own subject, not a dateline to cut off.
    ("March 3, 2021, was a cold day.", ["March 3, 2021, was a cold day."]),
    # A place line without a date, under a "Published" line that gave the DCT, is cut off too.
    ("Mill to close\nPublished October 8, 2025\n\nPORTLAND, Ore. — Harbor Foods said it would cut jobs.",
     ["Mill to close", "Published October 8, 2025", "PORTLAND, Ore.", "Harbor Foods said it would cut jobs."]),
    ("LONDON (Reuters) - Shares fell. Bonds rose.", ["LONDON (Reuters)", "Shares fell.", "Bonds rose."]),
    # Old wire copy dashes with an underscore.
    ("MOSCOW (AP)_ Two presidents signed a plan. Talks resume.", ["MOSCOW (AP)", "Two presidents signed a plan.", "Talks resume."]),
    # Capitals without a dash after them, or not opening a paragraph, are the sentence's own words.
    ("NATO, the alliance, met on Friday.", ["NATO, the alliance, met on Friday."]),
    ("The vote was close. USA — and Canada — agreed.", ["The vote was close.", "USA — and Canada — agreed."]),
])
def test_a_dateline_is_not_part_of_the_lede_sentence(text, sentences):
    found = ingest(text).sentences
    assert [s.text for s in found] == sentences
    assert all(text[s.start:s.end] == s.text for s in found)
