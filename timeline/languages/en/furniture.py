"""English page furniture: what a web page wraps around an article, and the dates it carries.

Data for ``timeline.ingest`` (the engine): regular-expression pieces and word lists, no code. Pages are built
the same way on every news site: a date line or a byline with "Posted"/"Updated" under the title, photo captions
followed by their credit, share bars and menus, cookie and subscription notices, copyright lines, and at the end
a note that says when the report was first published. Broadcast pages add a line that reads out the date and
timecodes after each story's title. None of it is news, and its date, when it has one, is the publication date.

Patterns are written for a whole line (``LINE_*``, tried only on lines shorter than ``MAX_LINE``) or for a
stretch inside running text (``INLINE_*``, for pages whose paragraphs were pasted onto one line).
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Month names as a page writes them, and their numbers (by the first three letters).
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
MONTH_NUMBERS = {name: number for number, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?"
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]|20)\d\d\b"
# A calendar date, the weekday optional, the year optional ("July 7" in a wire dateline lacks it). Named groups:
# weekday, month/day/year for "Nov. 15, 2024", day2/month2/year2 for "15 November 2024", iso for "2024-11-15".
DATE = (rf"(?:(?P<weekday>{WEEKDAY})\s*,?\s*)?(?:(?P<month>{MONTH})\s*(?P<day>{_DAY})(?:\s*,?\s*(?P<year>{_YEAR}))?"
        rf"|(?P<day2>{_DAY})\s+(?:of\s+)?(?P<month2>{MONTH})(?:\s*,?\s*(?P<year2>{_YEAR}))?"
        rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d))")
# A clock time as datelines write it ("7:09 AM", "18.17", "34 am" when cut), with its zone ("EST", "(UTC)").
ZONE = r"\(?\b(?:UTC|GMT|BST|CES?T|[ECMPA][SD]?T|AE[SD]T|NZ[SD]T|HKT|SGT|JST|IST)\b\)?|\b(?:local|UK) time\b"
CLOCK = rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{{1,2}}[:.]\d\d(?::\d\d)?\b)(?:\s*(?:{ZONE}))?"

# Labels that say a date line is the publication date, or a later update of it.
PUBLISHED_LABELS = r"first published|originally published|published|posted|date|dated|created|filed"
UPDATED_LABELS = r"last updated|updated|last modified|modified"
# The pieces a date line is made of: dates, times, labels, "3 hours ago", "4 min read", separators.
DATE_LINE_PIECE = (
    rf"(?P<date>{DATE})|(?P<clock>{CLOCK})|(?P<zone>{ZONE})"
    rf"|(?P<updated>\b(?:{UPDATED_LABELS})\b)|(?P<published>\b(?:{PUBLISHED_LABELS})\b)"
    r"|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|\b\d+\s*min(?:ute)?s?\s+read\b"
    r"|\b(?:on|at|and)\b|[|·•,:;/()\[\]–—-]+|\.{3}|…")

# Words a byline may hold besides names and dates: "By Jane Smith, Staff Reporter · CBC News".
BYLINE_WORDS = _words("by and of the for in from with staff reporter reporters writer writers correspondent "
                      "correspondents editor editors contributor contributors columnist photographer news wire "
                      "service services press agency special to &")
# A byline opens with one of these and a name ("By Jane Smith", "Story by", "Words by").
BYLINE_OPENERS = _words("by")
BYLINE_MAX_WORDS = 25

# Lines that read out the date on broadcast and bulletin pages, opening the line. Each has a DATE.
LINE_BROADCAST = (
    rf"today is\s+{DATE}",
    rf"the time is\s+{CLOCK}[^.\n]{{0,30}}?\bon\s+{DATE}",
    rf"(?:from\s[^,\n]{{1,40}},\s(?:[^,\n]{{1,60}},\s)?)?this is\s+(?:the\s+)?[^.!?\n]{{1,60}}?\b(?:for|on)\s+{DATE}",
)
# A page title that is a label and a date: "Category:May 14, 2006", "News briefs: April 18, 2014",
# "Audio Wikinews News Brief for 2008-07-18". The label is short and the date ends the line.
LINE_DATED_TITLES = (rf"[\w'’&.:/ -]{{0,50}}?[:/]\s*{DATE}\W*",
                     rf"(?-i:(?:[A-Z][\w'’&.-]*\s){{1,6}})for\s+{DATE}\W*")
# A picture caption that is a name and the time it was taken: "Hurricane Adrian 21:15 UTC May 19."
LINE_TIMESTAMPED_CAPTION = rf"(?-i:(?:[A-Z][\w'’-]*\s+){{1,5}}){CLOCK},?\s+(?:on\s+)?{DATE}\.?"

# Credit lines: the line under a photo or video ("Image: Nicholas Moreau.", "Photograph: David Moir/Reuters").
CREDIT_LABELS = (r"(?:photo|image|picture|photograph|video|illustration|graphic|credit|source|file photo|"
                 r"photo credit|image credit|photo illustration)s?")
LINE_CREDIT = rf"{CREDIT_LABELS}\s*:\s*\S.*"
# A caption that ends on its credit: "Guy in 2005 (Image: Thane Plambeck)", "... on Monday. (AP Photo/Evan Vucci)",
# "... on Parliament Hill. (Adrian Wyld/The Canadian Press)" (a photographer and an agency).
LINE_CAPTION_WITH_CREDIT = (rf".*\((?:{CREDIT_LABELS}\b[^)]*|[^)]*\bphoto\b[^)]*|[^)]*/\s*getty images"
                            r"|(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*/\s*(?:The )?[A-Z][^)]*))\)\W*"
                            r"|.*[–—|.(-]\s*(?:photo|photograph|image|picture)\s+(?:courtesy|by|credit)\b.*"
                            r"|.*\bcredit\s*:\s*\S.*"
                            # the credit after the caption's last sentence: "... in Kourou on Friday. Photograph:
                            # ESA/CNES", "... in Mirava on Nov. 20. AFP PHOTO / Samuel Oketch", "... REUTERS/Jonas Eberl"
                            rf"|.*[.!?][\"”’]?\s+(?:{CREDIT_LABELS}\s*:\s*\S.*"
                            r"|(?-i:(?:Reuters|REUTERS|AP|AFP|EPA|PA|Getty Images|Xinhua)(?:\s+(?:PHOTO|Photo))?\s*/\s*\S.*))")
# A caption sits on the line just above its credit; longer lines above a credit are body text.
CAPTION_MAX_WORDS = 30

# Notices and links a page carries, opening their line.
LINE_NOTICES = (
    # cookie and consent notices speak to the reader
    r".*\bcookies?\b.*\b(?:we|our|you|your|this (?:site|website))\b.*",
    r".*\b(?:we|our|you|your|this (?:site|website))\b.*\bcookies?\b.*",
    # subscriptions, accounts, newsletters
    r"(?:subscribe|sign up|sign in|already a subscriber|already have an account|become a (?:member|subscriber)"
    r"|get (?:unlimited|full|digital) access|support (?:our|independent|quality) journalism"
    r"|create (?:a |an |your )?(?:free )?account|you(?: have|'ve|’ve) reached your|to continue reading"
    r"|this (?:article|story|content) is (?:for|available to|only available to) subscribers)(?!\w).*",
    r".*\b(?:sign up|subscribe)\b.*\bnewsletters?\b.*",
    # share bars, related stories, navigation
    r"(?:share (?:this|on|via|article|story)|send this (?:page|article|story)|email this|print this|copy link"
    r"|read more|read next|related(?: stories| articles| coverage| content| links| topics| video)?\s*:|more from"
    r"|related (?:stories|articles|coverage|content|links|topics|videos?)\s*$"
    r"|more stories|see also|also read|you may also like|recommended(?: for you| stories)?\s*:?$"
    r"|jump to (?:navigation|search|content|main content)|skip to (?:main )?(?:content|navigation)"
    r"|open main menu|main menu|back to top|click here|follow us|listen to this (?:article|story|brief|report)"
    r"|watch\s*:|listen\s*:|advertisement\s*$|sponsored content|story continues below)(?!\w).*",
    r".*\b(?:send this (?:page|article|story)|share this (?:article|story|page)"
    r"|share on (?:facebook|twitter|x|linkedin|whatsapp))\b.*",
    # copyright
    r".*©.*|(?:copyright\s*)?\(c\)\s*\d{4}.*|copyright\s+\d{4}\b.*|.*\ball rights reserved\b.*",
    # notes about the article itself: "This article mentions the Wikimedia Foundation", "This article is more
    # than 5 years old", "This story has been updated"
    r"this (?:article|story|report|page) (?:mentions|contains|includes|is more than|is over|has been (?:updated|"
    r"amended|corrected)|was (?:updated|amended|corrected))\b.*",
    # credits for the reporting: "Reporting by Jane Doe; Editing by John Smith", "Associated Press writer Jane
    # Roe contributed to this report.", "Our Standards: The Thomson Reuters Trust Principles."
    r"(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.*",
    r".*\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?",
    r"our standards\s*:.*",
    # category and tag lines
    r"(?:categories|category|tags|topics|filed under|posted in)\s*:.*",
)
# A notice is a short paragraph: a longer one is body text that happens to use the words.
NOTICE_MAX_WORDS = 60
# Notices made of these words alone: share bars ("Facebook Twitter Email"), menus.
SHARE_WORDS = _words("share shares facebook twitter x linkedin whatsapp reddit pinterest email e-mail print tweet "
                     "copy link comments comment menu search home subscribe login log in sign advertisement")
# A line this short holding a web address is a site header or a link ("- Global Voices - https://...").
URL = r"https?://|www\.\w"
URL_LINE_MAX_WORDS = 12

# A full date without named groups, for the patterns below ("Tuesday 28 April 2009", "Wed Apr 29 , 2009").
FULL_DATE = rf"(?:{WEEKDAY}\s*,?\s*)?(?:{MONTH}\s*{_DAY}|{_DAY}\s+{MONTH})\s*,?\s*{_YEAR}"
# Agencies that close a photo credit ("Photograph: David Moir/Reuters"): the credit ends with their name.
PHOTO_AGENCIES = (r"Reuters|AP|AFP|PA|EPA|Getty Images|Getty|Zuma|Bloomberg|Corbis|Rex Features|Rex|Shutterstock|Alamy|"
                  r"Xinhua|The Canadian Press|CP|UPI|Sipa|NurPhoto|Anadolu|Pool|Handout|PA Wire|PA Images")

# A publication timestamp set in the text: "Tuesday 28 April 2009 18.17 BST", "Wed Apr 29 , 2009 11:17 am BST".
# Found from its clock time and zone (cheap to look for), then the full date that must end just before it
# (within TIMESTAMP_WINDOW characters), not after a word that makes it a time the text speaks of
# ("on Tuesday 28 April 2009 at 18.17 BST"). It gives the publication date.
TIMESTAMP_CLOCK = rf"\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?\s*(?:{ZONE})"
TIMESTAMP_DATE = rf"\b{FULL_DATE}\s*,?\s*$"
TIMESTAMP_WINDOW = 48
TIMESTAMP_NOT_AFTER = _words("on at by of until since from before after")

# What follows a page stamp's label: a clock time and a full date ("at 23:19 GMT, Tuesday, 19 January 2010").
_STAMP = rf"\s*(?:at|on|:)?\s*(?i:{CLOCK})\s*,?\s*(?:on\s+)?(?i:{FULL_DATE})"

# Stretches inside running text, by kind (matched case-sensitively; "(?i:" marks the parts that are not).
INLINE_PATTERNS = {
    # audio and video timecodes after a story's title, with a wiki's edit link: "(0:16) edit", "[edit]"
    "timecode": r"\(\d{1,2}:\d\d(?::\d\d)?\)(?:[ \t]+edit\b)?|\[edit\]",
    # a photo credit inside text: "Photograph : David Moir\/Reuters", "Photograph: Reuters/Eliana Aponte", or an
    # agency alone ("Photograph : AP Nine new cases were confirmed")
    "credit": rf"\b(?:Photograph|Photo|Picture|Image)s?\s*:\s*(?:(?:[A-Z][\w.'’-]*\s*){{1,4}}\\?/\s*"
              rf"(?:(?:{PHOTO_AGENCIES})\b|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)|(?:{PHOTO_AGENCIES})\b)",
    # the note on when a report was first published: "This report by The Canadian Press was first published
    # Nov. 15, 2024.", "This article was published ( ), so information in it may no longer be current."
    "published": rf"\bThis (?:report|article|story|item|piece|content)\b[^\n]{{0,150}}?\b(?:published|posted)\b"
                 rf"[^\n]{{0,150}}?(?:(?i:{FULL_DATE})\.?|[.!?](?=\s+[A-Z“\"]|[ \t]*(?:\n|$))|(?=\n)|$)",
    # "A version appeared on p1 of the Main section of the Guardian on 08.53 BST on Wednesday 6 May 2009", "This
    # article appeared on p28 of the Main section of the Guardian on 00.01 BST on Monday 27 April 2009"
    "print": rf"\b(?:A version (?:of this (?:article|story|report) )?|This (?:article|story|report) )appeared\b"
             rf"[^\n]{{0,150}}?(?:(?i:{FULL_DATE})\.?|[.!?](?=\s+[A-Z“\"]|[ \t]*(?:\n|$))|(?=\n)|$)",
    # the link a page puts under an embedded player: "Link to this audio", "Link to this video"
    "player_link": r"\bLink to this (?:audio|video|clip|podcast)\b",
    # a blog's byline opening a line: the author, a bar, the time and the date ("Susan Watts | 18:00 UK time,
    # Saturday, 25 April 2009")
    "byline": rf"(?m:^)(?:[A-Z][\w'’.-]*[ \t]+){{1,4}}\|[ \t]*(?i:{CLOCK})[ \t]*,?[ \t]*(?i:{FULL_DATE})",
    # a page's stamp of when it was put up or last changed, a label, a clock time and a full date: "Page last
    # updated at 23:19 GMT, Tuesday, 19 January 2010", "Published at 7:09 AM EST, November 15, 2024"
    "updated_stamp": rf"\b(?:Page last updated|Last updated|Updated|Last modified){_STAMP}",
    "published_stamp": rf"\b(?:First published|Published|Posted){_STAMP}",
    # readers' comments under a blog post, from the first comment's header to the end of the page: "At 15:31
    # 26th Apr 2009, Tumbleworld wrote:", "At 11:45 pm on 13 Jan 2010, SheffTim wrote:"
    "comments": rf"\bAt\s+(?i:{CLOCK})\s*,?\s*(?:on\s+)?(?i:{FULL_DATE})\s*,?\s*[^\s,.:;]{{1,40}}\s+wrote\s*:[\s\S]*",
}
# The inline kinds whose date is the publication date: a "published" note says so; a "print" note gives the day
# the paper printed it, usually the day after, so it counts as an update (only when nothing better is found).
INLINE_PUBLICATION_DATES = {"published": "published", "byline": "published", "print": "updated",
                            "published_stamp": "published", "updated_stamp": "updated"}
# The characters the inline patterns start with: a cheap look at each position before trying them.
INLINE_STARTS = r"[(\[A-Z]"
# The longest line that line patterns are tried on: longer lines are paragraphs of body text.
MAX_LINE = 400

# Datelines at the top of an article. A labelled date ("Published March 14, 2024"), or a wire-style place line
# ("WASHINGTON, Nov. 20, 2023 — ...", "PARIS (AP) — March 3, 2021"), or a date alone: the engine takes the
# first such line near the top, and only a labelled one, a place line or a date on a line of its own after
# the first line (a date inside the text is what the text speaks of, not when it was written).
DATELINE = (
    r"\W{0,3}(?:(?P<label>date|dated|published|posted|updated|last updated|first published)\s*(?:on|:)?\s*"
    r"|(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?: \([A-Za-z]+\))?)\s*[,—–-]\s*)?"
    rf"(?P<date>{DATE})"
)
# Dateline labels that name a later change, not the publication, and those that only say "date": the others
# ("Published", "Posted") make the line a byline.
UPDATED_DATELINE_LABELS = _words("updated")
PLAIN_DATELINE_LABELS = _words("date dated")
# How many characters and lines from the top a dateline may stand (a headline, a standfirst, a byline first).
DATELINE_SEARCH_CHARS = 600
DATELINE_SEARCH_LINES = 8
# What may follow a date on a line of its own: a time and zone ("10:30 a.m. ET"), a reading time after a bar.
AFTER_DATE_ON_ITS_LINE = (r"[ \t,]*(?:(?:at[ \t]+)?\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
                          r"[ \t]*(?:[|·•].*)?$")
# A news agency's name in brackets after a dateline's date: "July 7 (Reuters) -" has no year, the wire leaves it out.
AGENCY_AFTER_DATE = r"\s*\([A-Z][\w .&-]{1,30}\)\s*(?:—|–|--|-|_)"
# A date header glued to the paragraph under it when the page was pasted: "Wednesday, December 24, 2014 With the
# English-language Wikinews ...": a weekday, a full date, and a capital with no punctuation between.
GLUED_TO_LEDE = r"[ \t]+(?=[A-Z])"
# What separates a dateline from the lede it opens: a dash or colon (a bare comma would be part of the sentence).
DATELINE_SEPARATOR = r"\s*(?:\([A-Za-z]+\))?\s*[—–:-]+\s*"
# A wire-style place line without a date, opening the lede: "PORTLAND, Ore. — ", "LONDON (Reuters) - ", and
# the underscore old wire copy dashes with, "MOSCOW (AP)_ ". The place is in capitals and a dash follows it,
# so an ordinary sentence ("NATO, the alliance, ...") is not one.
PLACE_LINE = (r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z ]+\))?"
              r"\s*(?:—|–|--| - |_)\s*(?=[\"'“‘]?[A-Z0-9])")
