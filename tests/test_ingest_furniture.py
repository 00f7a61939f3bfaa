"""Page furniture: the lines a page wraps around an article are found, kept out of sentences and give the DCT.

Pages written for these tests in the manner of several kinds of site (a public broadcaster, a wire service, a
national daily, a local paper, a wiki bulletin); none is copied from a corpus.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.ingest import find_furniture, ingest

# A line of furniture inside a page: (the page, the furniture line or stretch it must hold).
FURNITURE = [
    # date lines, with or without a label, time and zone
    ("Budget passes\n\nFriday, May 20, 2005\n\nThe council passed the budget.", "Friday, May 20, 2005"),
    ("Budget passes\nNovember 15, 2024 - 7:09 AM\nThe council passed the budget.", "November 15, 2024 - 7:09 AM"),
    ("Budget passes\nPosted: Jan 25, 2021 4:00 AM ET | Last Updated: January 25, 2021\nThe council met.",
     "Posted: Jan 25, 2021 4:00 AM ET | Last Updated: January 25, 2021"),
    ("Budget passes\nPublished 10:34 am | Updated 11:02 am\nThe council met.", "Published 10:34 am | Updated 11:02 am"),
    ("The council met.\nJanuary 25, 2021, 12:28 Last Updated\nIt voted.", "January 25, 2021, 12:28 Last Updated"),
    ("Budget passes\nTue 14 Feb 2017 18.30 GMT\nLast modified on Wed 15 Feb 2017 09.00 GMT\nThe council met.",
     "Last modified on Wed 15 Feb 2017 09.00 GMT"),
    ("Budget passes\nUpdated 3 hours ago\nThe council met.", "Updated 3 hours ago"),
    # bylines
    ("Budget passes\nBy Dana Whitlock, The Canadian Press\nThe council met.", "By Dana Whitlock, The Canadian Press"),
    ("Budget passes\nBy Sam Lee slee@thecourier.com\nThe council met.", "By Sam Lee slee@thecourier.com"),
    ("Budget passes\nJane Doe · CBC News · Posted: Jan 25, 2021 4:00 AM ET\nThe council met.",
     "Jane Doe · CBC News · Posted: Jan 25, 2021 4:00 AM ET"),
    ("Budget passes\nBy Staff Reporter\nThe council met.", "By Staff Reporter"),
    # photo captions and credits
    ("The council met.\nThe mayor speaks on Monday, Jan. 25, 2021, in Ottawa. (AP Photo/Evan Vucci)\nIt voted.",
     "The mayor speaks on Monday, Jan. 25, 2021, in Ottawa. (AP Photo/Evan Vucci)"),
    ("The council met.\n\nGuy in 2005 (Image: Thane Plambeck)\n\nIt voted.", "Guy in 2005 (Image: Thane Plambeck)"),
    ("The council met.\n\nThe minister speaks on Monday, Jan. 18, 2021. (Adrian Wyld/The Canadian Press)\n\nIt voted.",
     "The minister speaks on Monday, Jan. 18, 2021. (Adrian Wyld/The Canadian Press)"),
    ("The council met.\n\nThe flooded square in March.\nImage: Jane Doe.\n\nIt voted.", "The flooded square in March."),
    ("The council met.\n\nThe flooded square in March.\nImage: Jane Doe.\n\nIt voted.", "Image: Jane Doe."),
    ("The council met.\nHurricane Adrian 21:15 UTC May 19.\nIt voted.", "Hurricane Adrian 21:15 UTC May 19."),
    ("The council met.\nStorm clouds over Kingston – Photo courtesy Jo Smith, used with permission.\nIt voted.",
     "Storm clouds over Kingston – Photo courtesy Jo Smith, used with permission."),
    ("The square was empty . Photograph : David Moir\\/Reuters The council met on Monday .",
     "Photograph : David Moir\\/Reuters"),
    # ... and one whose credit follows its last sentence on the same line
    ("The council met.\n\nA man walks past the flooded market on Monday. Photograph: Jo Smith/Courier\n\nIt voted.",
     "A man walks past the flooded market on Monday. Photograph: Jo Smith/Courier"),
    ("The council met.\n\nA woman carries water in Mirava on Nov. 20. AFP PHOTO / Jo Smith\n\nIt voted.",
     "A woman carries water in Mirava on Nov. 20. AFP PHOTO / Jo Smith"),
    ("The council met.\n\nThe mayor greets supporters on Sunday night. REUTERS/Jo Smith\n\nIt voted.",
     "The mayor greets supporters on Sunday night. REUTERS/Jo Smith"),
    # copyright, notes on publication
    ("The council met.\nCopyright 2021 The Associated Press. All rights reserved.",
     "Copyright 2021 The Associated Press. All rights reserved."),
    ("The council met.\nNews from © The Canadian Press", "News from © The Canadian Press"),
    ("The council met.\n\nThis report by The Canadian Press was first published Nov. 15, 2024.",
     "This report by The Canadian Press was first published Nov. 15, 2024."),
    ("The council met. This article was published ( ), so information in it may no longer be current.",
     "This article was published ( ), so information in it may no longer be current."),
    ("Budget passes\nThis article is more than 5 years old\nThe council met.", "This article is more than 5 years old"),
    ("The council met.\nReporting by Jane Doe in London; Editing by John Smith", "Reporting by Jane Doe in London; Editing by John Smith"),
    ("The council met.\nAssociated Press writer Jane Roe contributed to this report.",
     "Associated Press writer Jane Roe contributed to this report."),
    # cookie and subscription notices
    ("Rogers Media uses cookies for personalization. By continuing to use our service, you agree to our use of cookies.\n"
     "The council met.", "Rogers Media uses cookies for personalization. By continuing to use our service, you agree to our use of cookies."),
    ("The council met.\nSubscribe to The Courier for unlimited access.", "Subscribe to The Courier for unlimited access."),
    ("The council met.\nSign up for our daily newsletter", "Sign up for our daily newsletter"),
    # share bars, related stories, menus, category lines, site headers
    ("Jump to navigation Jump to search\nThe council met.", "Jump to navigation Jump to search"),
    ("Open main menu\nThe council met.", "Open main menu"),
    ("The council met.\nShare on Facebook\nIt voted.", "Share on Facebook"),
    ("The council met.\nFacebook Twitter Email Print\nIt voted.", "Facebook Twitter Email Print"),
    (" date 2023-11-16 Send this page to someone via email\n\nThe council met.", "date 2023-11-16 Send this page to someone via email"),
    ("The council met.\nREAD MORE: Council rejects budget in 2019 vote\nIt voted.", "READ MORE: Council rejects budget in 2019 vote"),
    ("The council met.\nRelated: Budget talks stall\nIt voted.", "Related: Budget talks stall"),
    ("The council met.\n\nRELATED STORIES\nBudget talks stall\n\nIt voted.", "RELATED STORIES"),
    ("Categories: Caribbean, Disaster, Environment\nThe council met.", "Categories: Caribbean, Disaster, Environment"),
    ("- Global Voices - https://globalvoices.org -\nThe council met.", "- Global Voices - https://globalvoices.org -"),
    # broadcast pages: date lines, page titles, timecodes
    ("Category:June 10, 2010\nThe council met.", "Category:June 10, 2010"),
    ("News briefs: April 18, 2014\nThe council met.", "News briefs: April 18, 2014"),
    ("Audio Wikinews News Brief for 2008-07-18\nThe council met.", "Audio Wikinews News Brief for 2008-07-18"),
    ("Today is Friday, April 18, 2014. I am Chad Tew and this is Wikinews.\nThe council met.",
     "Today is Friday, April 18, 2014. I am Chad Tew and this is Wikinews."),
    ("The time is 11:00 (UTC) on January 4, 2007, and this is Audio Wikinews News Briefs.\nThe council met.",
     "The time is 11:00 (UTC) on January 4, 2007, and this is Audio Wikinews News Briefs."),
    ("From Radio Town, this is the Evening Bulletin for Tuesday, May 4th, 2010. I'm Dan Harlow.\nThe council met.",
     "From Radio Town, this is the Evening Bulletin for Tuesday, May 4th, 2010. I'm Dan Harlow."),
    ("Severe flooding leaves 28 dead (0:16) edit\n\nSevere flooding left 28 people dead.", "(0:16) edit"),
    ("Arecibo faces budget cuts[edit]\n\nThe telescope may close.", "[edit]"),
    # publication timestamps set in running text (pages whose paragraphs were pasted onto one line)
    ("UK confirms new case Tuesday 5 May 2009 17.04 BST The leaflet is to be sent out.", "Tuesday 5 May 2009 17.04 BST"),
    ("Vaccine doses ordered GENEVA | Tue May 19 , 2009 2:36 pm EDT GENEVA - Vaccine makers said.",
     "Tue May 19 , 2009 2:36 pm EDT"),
    ("Flu spreads This article appeared on p28 of the Main section of the Guardian on 00.01 BST on Monday 27 April 2009 . "
     "Time for action.", "This article appeared on p28 of the Main section of the Guardian on 00.01 BST on Monday 27 April 2009"),
    ("Officials confirm case Link to this audio The ministry confirmed a case on Monday.", "Link to this audio"),
    ("Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts are worried about the new virus.",
     "Susan Watts | 18:00 UK time , Saturday , 25 April 2009"),
    # readers' comments under a blog post run from the first comment's header to the end of the page
    ("The leaflet arrived on Monday. At 5:49 pm on 05 May 2009 , GiniaHickley wrote : I like it. "
     "At 18:00 5th May 2009, Rob_T wrote: In 1976 we coped.",
     "At 5:49 pm on 05 May 2009 , GiniaHickley wrote : I like it. At 18:00 5th May 2009, Rob_T wrote: In 1976 we coped."),
    # a credit that names an agency alone, before the text it illustrates
    ("Photograph : AP Nine new cases of flu were confirmed in the UK today .", "Photograph : AP"),
    # a page's stamp inside running text: a label, a clock time and a full date
    ("Flood news Page last updated at 23:19 GMT , Tuesday , 19 January 2010 The river rose on Monday .",
     "Page last updated at 23:19 GMT , Tuesday , 19 January 2010"),
    ("The river rose on Monday. Published at 7:09 AM EST, November 15, 2024 Crews worked all night.",
     "Published at 7:09 AM EST, November 15, 2024"),
]


@pytest.mark.parametrize("page, line", FURNITURE)
def test_furniture_is_found(page, line):
    document = ingest(page)
    start = page.index(line)
    assert document.in_furniture(start, start + len(line)), [span.text for span in document.furniture]
    # no sentence holds both furniture and body text
    for sentence in document.sentences:
        inside = document.in_furniture(sentence.start, sentence.end)
        assert inside or not any(span.start < sentence.end and sentence.start < span.end for span in document.furniture)


# Body text that looks like furniture: nothing of it may be thrown away.
BODY = [
    "By Monday, the storm had weakened over the coast.",
    "By Jan. 5, 2021, the council had spent the fund.",
    "Search teams found the wreckage on Tuesday.",
    "The lawsuit alleged copyright infringement in 2019.",
    "The company uses cookies to track shoppers, regulators said in 2021.",
    "Subscribers to the service rose 5% in 2020.",
    "Related charges were filed on March 3.",
    "The photo by Smith won a Pulitzer in 2005.",
    "Flights resumed at 21:15 UTC on May 19.",
    "Today is the anniversary of the 2004 tsunami.",
    "Watch parties were held across the city on Sunday.",
    "Share prices fell 4% on Monday.",
    "Posted guards stood at the gate on Friday.",
    "The report, published on March 3, 2021, found no fraud.",
    "March 3, 2021, was a cold day in the city.",
    "Updated figures released on Tuesday showed 40 deaths.",
    "The quake struck at 1653 local time (2153 GMT) on Tuesday.",
    "He said the court will rule on Tuesday 28 April 2009 at 10.00 BST.",
    "Credit card debt rose in 2023.",
    "Protests planned for June 4, 2012 were cancelled.",
    "The prime minister said on Monday that taxes would rise.",
    "Image rights were sold to the agency in 2010.",
    "This is the third time the river has flooded since 2019.",
    "Support for the plan fell to 40% in March (Reuters/Ipsos poll of 1,000 adults), the pollster said in a long note.",
    "Wind speeds reached 120 km/h (75 mph) on Tuesday.",
    "At 9:30 on March 3, 2021, the mayor wrote to the council.",
    "At 10:15 am on 4 May 2009, Jones wrote a letter of resignation.",
    "The list was last updated at 9:00 GMT on Tuesday, 19 January 2010, officials said.",
]


@pytest.mark.parametrize("line", BODY)
def test_body_text_is_not_furniture(line):
    page = f"Council news\n\n{line}\n\nThe meeting ended at noon."
    document = ingest(page, "2024-05-02")
    start = page.index(line)
    assert not any(span.start < start + len(line) and start < span.end for span in document.furniture), document.furniture
    assert any(sentence.text == line for sentence in document.sentences)


# The publication date a page carries, when none is given: (page, dct, where it came from).
PUBLICATION_DATES = [
    ("Budget passes\nBy Dana Whitlock\nPosted Jan 25, 2021\n\nThe council met on Monday.", "2021-01-25", "byline"),
    ("Budget passes\nJane Doe · CBC News · Posted: Jan 25, 2021 4:00 AM ET | Last Updated: January 26, 2021\n\nIt met.",
     "2021-01-25", "byline"),
    ("Budget passes\nBy Sam Lee, Staff Reporter, Nov 15, 2024\n\nThe council met on Monday.", "2024-11-15", "byline"),
    ("Budget passes\nNovember 15, 2024 - 7:09 AM\n\nThe council met on Monday.", "2024-11-15", "dateline"),
    ("Budget passes\n\nFriday, May 20, 2005\n\nThe council met on Monday.", "2005-05-20", "dateline"),
    ("Category:June 10, 2010\n\nThe council met on Monday.", "2010-06-10", "dateline"),
    ("Evening news\n\nToday is Friday, April 18, 2014. I am Chad Tew and this is the news.\n\nThe council met.",
     "2014-04-18", "dateline"),
    ("Budget passes\n\nWednesday, December 24, 2014 With the year ending, the council met.", "2014-12-24", "dateline"),
    ("WASHINGTON, Nov. 20, 2023 — The council met on Monday.", "2023-11-20", "dateline"),
    ("Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts met on Monday .", "2009-04-25", "byline"),
    # far from the top, the furniture still dates the page: a closing note, a share bar's date, a timestamp
    ("Budget passes\n\n" + "The council met on Monday. " * 60 + "\n\nThis report by The Canadian Press was first "
     "published Nov. 15, 2024.", "2024-11-15", "byline"),
    ("Budget passes " + "The council met on Monday . " * 40 + "Tuesday 5 May 2009 17.04 BST The leaflet is out .",
     "2009-05-05", "dateline"),
    # a publication date wins over an update, wherever each stands
    ("Budget passes\nUpdated: Jan 27, 2021\n\nThe council met on Monday.\n\nFirst published Jan 25, 2021",
     "2021-01-25", "byline"),
    # an update is better than nothing
    ("Senate passes bill\nBy LISA MASCARO\nUpdated 10:52 PM EST, November 15, 2023\n\nWASHINGTON (AP) — It passed.",
     "2023-11-15", "byline"),
    ("Budget passes\nLast Updated: January 26, 2021 12:28 PM\n\nThe council met on Monday.", "2021-01-26", "byline"),
    ("Flood news Page last updated at 23:19 GMT , Tuesday , 19 January 2010 The river rose on Monday .", "2010-01-19",
     "byline"),
]


@pytest.mark.parametrize("page, dct, source", PUBLICATION_DATES)
def test_publication_date_from_the_page(page, dct, source):
    document = ingest(page)
    assert (document.dct, document.dct_source, document.warnings) == (dct, source, ())


def test_a_given_date_wins_and_says_so():
    document = ingest("Budget passes\nPosted Jan 25, 2021\n\nThe council met on Monday.", "2021-02-01")
    assert (document.dct, document.dct_source, document.warnings) == ("2021-02-01", "given", ())


@pytest.mark.parametrize("page", [
    "The council met on Monday and passed the budget.",
    "Budget passes\n\nThe council met on Monday, Nov. 15, 2024, and passed the budget.",  # a date the text speaks of
])
def test_no_publication_date_is_warned_about(page):
    document = ingest(page)
    assert (document.dct, document.dct_source) == (None, "none")
    assert [warning.code for warning in document.warnings] == ["no_dct"]
    assert "publication date" in document.warnings[0].message


@pytest.mark.parametrize("page, month_day", [
    ("LONDON, July 7 (Reuters) - British police arrested two men on Monday.", "July 7"),
    ("July 7 (Reuters) - Shares fell on Monday.", "July 7"),
    ("Budget passes\n\nMonday, July 7\n\nThe council met on Monday.", "July 7"),
])
def test_a_dateline_without_its_year_is_warned_about(page, month_day):
    document = ingest(page)
    assert (document.dct, document.dct_source) == (None, "none")
    assert [warning.code for warning in document.warnings] == ["dct_without_year"]
    assert month_day in document.warnings[0].message
    # the dateline is not part of the lede
    assert not any(sentence.text.startswith(("LONDON", "July")) and "arrested" in sentence.text for sentence in document.sentences)


def test_a_wire_dateline_without_year_takes_the_year_from_a_dated_line():
    document = ingest("LONDON, July 7 (Reuters) - Shares fell on Monday.\n\nPublished July 7, 2021")
    assert (document.dct, document.dct_source, document.warnings) == ("2021-07-07", "byline", ())


def test_furniture_spans_are_sorted_and_do_not_overlap():
    page = ("Budget passes\nBy Dana Whitlock\nPosted Jan 25, 2021 (0:16) edit\n\nShare on Facebook\n\n"
            "The council met . Photograph : Jo Smith\\/AFP The vote was close .")
    spans = ingest(page).furniture
    assert [span.start for span in spans] == sorted(span.start for span in spans)
    assert all(first.end < second.start for first, second in zip(spans, spans[1:]))
    assert all(page[span.start:span.end] == span.text for span in spans)


def test_in_furniture_is_inside_only():
    page = "Budget passes\nPosted Jan 25, 2021\n\nThe council met."
    document = ingest(page)
    start = page.index("Posted")
    assert document.in_furniture(start, start + 6)
    assert not document.in_furniture(start - 3, start + 6)  # reaches out of it
    assert not document.in_furniture(page.index("council"), page.index("council") + 7)


def test_furniture_in_html_keeps_offsets():
    source = "<html><body><p class=byline>By Dana Whitlock</p><p>Posted Jan 25, 2021</p><p>The council met.</p></body></html>"
    document = ingest(source)
    assert document.dct == "2021-01-25"
    assert [source[span.start:span.end] for span in document.furniture] == ["By Dana Whitlock", "Posted Jan 25, 2021"]



NEWS_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news-dev"


def _news_dev():
    gold = json.loads((NEWS_DEV / "gold.json").read_text(encoding="utf-8"))
    for article in gold["articles"]:
        text = (NEWS_DEV / article["file"]).read_text(encoding="utf-8")
        yield article, text, ingest(text)


def test_no_sentence_of_a_gold_event_is_furniture():
    """Real pages: every sentence the gold dates an event in (quotes and also_quotes) stays body text."""
    checked = 0
    for article, text, document in _news_dev():
        for event in article["events"] + article["optional_events"]:
            for quote in [event["quote"], *event.get("also_quotes", [])]:
                start = text.index(quote)
                assert not any(span.start < start + len(quote) and start < span.end for span in document.furniture), (
                    article["file"], quote)
                checked += 1
    assert checked > 100


def test_page_date_headers_and_broadcast_lines_of_real_pages_are_furniture():
    for article, text, document in _news_dev():
        for not_event in article["not_events"]:
            if any(cue in not_event["why"] for cue in ("page date header", "broadcast", "page title", "timecode")):
                start = text.index(not_event["quote"]) + not_event["quote"].index(not_event["text"])
                assert document.in_furniture(start, start + len(not_event["text"])), (article["file"], not_event["quote"])


def test_readers_comments_give_no_events():
    page = ("Flu leaflet goes out\n\nThe government sent a leaflet to every home on Monday. At 5:49 pm on 05 May 2009 , "
            "GiniaHickley wrote : My train was cancelled on Tuesday. At 6:02 pm on 05 May 2009 , Rob wrote : In 1976 "
            "we coped without leaflets.")
    from timeline.pipeline import extract

    assert [event.headline for event in extract(page, "2009-05-05").events] == ["Government sent a leaflet to every home"]
