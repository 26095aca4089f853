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
