"""Headlines and release dates on top of scraped pages: padded lines, contact lines, date
labels, datelines glued on, the page's own clock. Excerpts from samples/ and the corpus."""


def test_release_date_after_a_padded_header(extract, sample):
    # The scrape pads the headline line with hundreds of spaces before the date line.
    record = extract(sample("07Jun2007Corker121.txt"))
    assert record.published is not None and record.published.date == "2007-06-07"


def test_headline_glued_to_its_dateline(extract):
    record = extract(
        "Bayh Calls on President to Protect Consumers from Price-Gouging Washington-- With "
        "oil prices topping $70 a barrel today, U.S. Senator Evan Bayh called on the "
        "President to act.\n"
    )
    assert record.title == "Bayh Calls on President to Protect Consumers from Price-Gouging"


def test_contact_line_and_date_label_on_top_are_no_headline(extract):
    record = extract(
        "  Press Releases\n  Senator Graham Press Relases Contact  Wes Hickman  202 224 5972  "
        "or Kevin Bishop  864 250 1417   Date  04 20 2005  Graham Announces  66 000 Grant to "
        "Conway Fire Department   WASHINGTON   U S  Senator Lindsey Graham  R South Carolina  "
        "today announced the Conway Fire Department will receive a grant\n"
    )
    assert record.title == "Graham Announces  66 000 Grant to Conway Fire Department"
    assert record.published is not None and record.published.date == "2005-04-20"


def test_page_clock_is_not_the_release_date(extract):
    pad = " " * 200
    record = extract(
        "\n\nBill Nelson, U.S. Senator from Florida:\nMedia Release: Complaints over drug "
        f"seizures continue to mount{pad}\n{pad}\n\nToday: July 24, 2008\n\n\n"
        "February 24, 2006\nWASHINGTON - Sen. Bill Nelson said today that complaints over "
        "seizures of medicine ordered from Canada continue to mount.\n"
    )
    assert record.title == "Complaints over drug seizures continue to mount"
    assert record.published is not None and record.published.date == "2006-02-24"


def test_dateline_in_capitals_is_no_headline(extract):
    record = extract(
        "   June 5  2006 EAST BOOTHBAY  MAINE Senator Susan Collins  a member of the Senate "
        "Armed Services Committee  toured the Hodgdon Yachts facilities in East Boothbay\n"
    )
    assert record.title is None


def test_contact_label_run_on_after_the_headline_ends_it(extract):
    record = extract(
        "Senator Gregg Comments on Baker Hamilton Commission Report Contact  Erin Rath  "
        "WASHINGTON  U S  Senator Judd Gregg  R NH  today made the following comments\n"
    )
    assert record.title == "Senator Gregg Comments on Baker Hamilton Commission Report"
