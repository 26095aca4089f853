import datetime as dt

import pytest

from pressmine.extract.dates import find_dates


def values(text):
    return [(d.text, d.start.iso(), d.end.iso() if d.end else None) for d in find_dates(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On September 18-19, 2024, Central Asia Ministerial Meeting",
            ("September 18-19, 2024", "2024-09-18", "2024-09-19"),
        ),
        ("On March 12–13, a seminar was held", ("March 12–13", "XXXX-03-12", "XXXX-03-13")),
        (
            "was held in Nur-Sultan on 28-30 September.",
            ("28-30 September", "XXXX-09-28", "XXXX-09-30"),
        ),
        ("cooperation for 2022-2030;", ("2022-2030", "2022", "2030")),
        ("Over the course of 2021-2022 UNODC", ("2021-2022", "2021", "2022")),
        ("on or about Jan. 4, 2017, Williams", ("Jan. 4, 2017", "2017-01-04", None)),
        ("on or about March 7, 2017", ("March 7, 2017", "2017-03-07", None)),
        ("Vienna / Astana. 15 June 2011.", ("15 June 2011", "2011-06-15", None)),
        ("March 1  2007   Washington  DC", ("March 1  2007", "2007-03-01", None)),
        (
            "from March 30 to April 2, 2017",
            ("March 30 to April 2, 2017", "2017-03-30", "2017-04-02"),
        ),
        (
            "between January 2010 and March 2012",
            ("January 2010 and March 2012", "2010-01", "2012-03"),
        ),
        ("approved at the Regional Forum in 2021.", ("2021", "2021", None)),
        (  # DOJ release_09628
            "between the middle of April and the end of September 2009, Abdi",
            (
                "between the middle of April and the end of September 2009",
                "2009-04",
                "2009-09",
            ),
        ),
        ("in the January–March 2010 quarter", ("January–March 2010", "2010-01", "2010-03")),
        ("grew between 2005 and 2009", ("between 2005 and 2009", "2005", "2009")),
    ],
)
def test_dates_and_ranges(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # DOJ release_01774: a sentence glued to the next
            "which continued to be made.Between 2002 and 2013, General Cable",
            [("Between 2002 and 2013", "2002", "2013")],
        ),
        (  # Senate 12Dec2007Levin: a heading glued to the date line
            "FOR IMMEDIATE RELEASEDecember 12  2007 Contact  Press Office",
            [("December 12  2007", "2007-12-12", None)],
        ),
        (  # Senate: the date glued to the next line
            "FOR IMMEDIATE RELEASE  June 22  2005Contact  Katie",
            [("June 22  2005", "2005-06-22", None)],
        ),
        (  # DOJ: a word glued to the date, the date glued to a time
            "sentenced on April 7, 2010. OnNov. 9, 2009, Susan Holloman",
            [("April 7, 2010", "2010-04-07", None), ("Nov. 9, 2009", "2009-11-09", None)],
        ),
        (
            "Blackwell WHEN:TUESDAY, MAY 18, 201511:00 a.m. EDT",
            [("MAY 18, 2015", "2015-05-18", None)],
        ),
        (  # DOJ: months of one year, no "from"
            "for the months October to December 2008, White created",
            [("October to December 2008", "2008-10", "2008-12")],
        ),
        (
            "In July and August of 2011, three other defendants",
            [("July", "2011-07", None), ("August of 2011", "2011-08", None)],
        ),
        (  # DOJ release_06688
            "By mid-March 2012, Grout was",
            [("March 2012", "2012-03", None)],
        ),
        (  # Senate 18May2007Durbin7: a date line with one-digit parts
            "of Baroody Nomination          5 18 2007          ",
            [("5 18 2007", "2007-05-18", None)],
        ),
        (  # DOJ release_07234: a date listed before one that gives the year
            "Hedman and Hamilton pleaded guilty on March 13 and March 15, 2013, respectively",
            [("March 13", "2013-03-13", None), ("March 15, 2013", "2013-03-15", None)],
        ),
        (  # DOJ release_02068
            "In November and December 2009, Eaton filed",
            [("November", "2009-11", None), ("December 2009", "2009-12", None)],
        ),
        (  # DOJ: ends with commas
            "recruits.Between Dec. 3, 2015, and Dec. 5, 2015, Young",
            [("Dec. 3, 2015, and Dec. 5, 2015", "2015-12-03", "2015-12-05")],
        ),
        (  # DOJ release_12106: hedged ends
            "From approximately February 2003 through approximately September 2004, Griffiths",
            [("February 2003 through approximately September 2004", "2003-02", "2004-09")],
        ),
        (  # DOJ release_05344: a date and a month
            "From Dec. 5, 2008, through late July 2009, the company",
            [("Dec. 5, 2008, through late July 2009", "2008-12-05", "2009-07")],
        ),
        (  # DOJ release_11476
            "beginning at least in January 2003 and continuing through July 27, 2009. The",
            [("January 2003 and continuing through July 27, 2009", "2003-01", "2009-07-27")],
        ),
    ],
)
def test_scraped_listed_and_mixed_ranges(text, expected):
    assert values(text) == expected


def test_month_alone():
    # DOJ release_02698, release_03874, release_06688
    assert values("sentenced today after pleading guilty in February to one count") == [
        ("February", "XXXX-02", None)
    ]
    assert values("are scheduled to be sentenced in September. Bowie") == [
        ("September", "XXXX-09", None)
    ]
    assert values("CIO traders.  In Aug. 2012, after") == [("Aug. 2012", "2012-08", None)]
    assert values("was narrowly defeated in May when the Committee first") == [
        ("May", "XXXX-05", None)
    ]


def test_month_alone_takes_the_year_before_or_after_the_release(extract):
    # Senate 03Nov2005Enzi200, 28Apr2005Landrieu132
    text = "ENZI BILL\nNovember 3, 2005\nEnzi held a hearing in April to gather information."
    assert ("April", "2005-04") in [(d.text, d.start) for d in extract(text).dates]
    text = "HOUSE CUTS\nApril 28, 2005\nIn October  the Senate passed a similar measure."
    assert ("October", "2004-10") in [(d.text, d.start) for d in extract(text).dates]
    text = "HEARING SET\nApril 28, 2005\nThe committee will hold a hearing in October."
    assert ("October", "2005-10") in [(d.text, d.start) for d in extract(text).dates]


def test_year_to_month_range(extract):
    # DOJ release_06184, release_03286
    record = extract("Mendez admitted that from approximately 2008 to August 2011, he received")
    assert [(d.start, d.end) for d in record.dates] == [("2008", "2011-08")]
    record = extract("The government alleged that between 2009 and mid-2012, the firm sold")
    assert [(d.start, d.end) for d in record.dates] == [("2009", "2012")]


def test_and_joins_two_dates_unless_between():
    # Senate 11Apr2007Durbin12, DOJ release_09040
    assert values("contracts expire in May 2007 and July 2007") == [
        ("May 2007", "2007-05", None),
        ("July 2007", "2007-07", None),
    ]
    assert values("Between January 2003 and December 2006") == [
        ("January 2003 and December 2006", "2003-01", "2006-12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a two-day seminar",
        "in recent years",
        "sentenced to 46 months",
        "paid $2019",
        "the Help America Vote Act of 2002",
        "you may 5 times",
        "more than 2000 people",
        "Releases   March 2007 News Releases   Browse by",  # a Senate site's archive menu
        "for holding today's hearing on S. 2013, the Satellite Home Viewer",  # a bill
        "the FIRE Act (S. 1941)",
        "when it was built in the 1930’s, it is",  # a decade
        "Enzis bill  S  1955  would allow",  # a bill, its period stripped
    ],
)
def test_not_dates(text):
    assert values(text) == []


def test_no_year_stays_unknown_without_reference(extract):
    record = extract("On March 12–13, a seminar was held in Astana.")
    assert [(d.start, d.end) for d in record.dates] == [("XXXX-03-12", "XXXX-03-13")]
    assert any("no year" in w for w in record.warnings)


def test_reference_date_fills_missing_year(extract):
    record = extract(
        "On March 12–13, a seminar was held in Astana.", reference=dt.date(2024, 3, 20)
    )
    assert [(d.start, d.end) for d in record.dates] == [("2024-03-12", "2024-03-13")]


def test_missing_year_nearest_to_reference(extract):
    record = extract("The hearing is set for January 5.", reference=dt.date(2016, 12, 20))
    assert record.dates[0].start == "2017-01-05"


def test_release_date_resolves_missing_year(extract):
    text = "SENATOR PRAISES NEW HOSPITAL SITE\nMarch 1, 2007\nWork will start on June 4."
    record = extract(text)
    assert record.published.date == "2007-03-01"
    assert ("June 4", "2007-06-04") in [(d.text, d.start) for d in record.dates]


def test_yesterday_in_an_idiom_is_no_date(extract):
    # Senate 12Dec2007Brown2: the relief is overdue, not a day's event
    text = (
        "December 12  2007\nThe people of Ohio have waited too long for relief  They needed "
        "it yesterday  Brown added. The Senate yesterday passed the bill."
    )
    record = extract(text)
    assert [(d.span[0], d.start) for d in record.dates if d.text == "yesterday"] == [
        (text.rfind("yesterday"), "2007-12-11")
    ]


def test_an_owned_tomorrow_is_no_date(extract):
    # Senate 9Nov2005Lieberman52, the apostrophe stripped
    text = (
        "November 9  2005\nThese important investments made today can improve Connecticut   s "
        "tomorrow     said Dodd. The Senate votes tomorrow."
    )
    # Senate 7Dec2006Clinton19: "late" qualifies the time of day, not the word
    late = extract("December 7  2006\nwas passed unanimously late yesterday by the Senate")
    assert [d.start for d in late.dates if d.text == "yesterday"] == ["2006-12-06"]
    record = extract(text)
    assert [(d.span[0], d.start) for d in record.dates if d.text == "tomorrow"] == [
        (text.rfind("tomorrow"), "2005-11-10")
    ]


def test_last_and_next_month(extract):
    # Senate 17May2007Biden16, 19Mar2007Leahy401
    text = "WATER BILL\nMay 17, 2007\nthe same improvements approved by the Senate last July, but"
    assert ("last July", "2006-07") in [(d.text, d.start) for d in extract(text).dates]
    text = "LEAHY\nMarch 19  2007\nU S  Attorneys across the country last December  by which"
    assert ("last December", "2006-12") in [(d.text, d.start) for d in extract(text).dates]
