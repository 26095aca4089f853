"""U.S. Senate and Department of Justice releases as scraped: stripped punctuation and
quote marks, 'None' nulls glued between fields, possessives without apostrophes."""

import datetime as dt


def _official(record, last):
    return next(o for o in record.officials if o.name.split()[-1] == last)


def test_quote_without_marks_after_reporting_clause(extract, sample):
    # DOJ: "No woman should ..., said Acting Assistant Attorney General John Gore of ..."
    record = extract(sample("release_00766.txt"))
    quotes = {q.speaker: q.text for q in record.quotes}
    assert quotes["John Gore"].startswith("No woman should ever have to endure")
    assert quotes["Andrew Birge"].startswith("It is illegal to discriminate in housing")


def test_quotes_in_text_with_all_punctuation_stripped(extract, sample):
    # Senate: "... to maintain our competitive edge said Alexander This win ..."
    record = extract(sample("10Aug2007Alexander104.txt"))
    starts = {q.text[:40]: q.speaker for q in record.quotes}
    assert any(
        s.startswith("We have a tremendous need") and who == "Lamar Alexander"
        for s, who in starts.items()
    )


def test_scraped_none_nulls_do_not_leak(extract, sample):
    record = extract(sample("release_04630.txt"))
    assert record.title.endswith("Ferguson Police Department")
    assert not any("None" in q.text for q in record.quotes)
    assert not any(o.name.startswith("None") for o in record.organizations)


def test_scraped_none_standing_alone_is_a_null(extract):
    # DOJ: "None" printed for an empty field between two paragraphs, with spaces around it.
    record = extract(
        "Wallace was charged with damaging religious property. None Hate crimes violate our "
        "countrys most fundamental principles, said U.S. Attorney Benjamin G. Greenberg. None "
        "of the worshippers was hurt."
    )
    assert [q.text[:11] for q in record.quotes] == ["Hate crimes"]


def test_headline_of_one_line_scrape_skips_furniture_and_date(extract, sample):
    record = extract(sample("20Jun2007Kerry295.txt"))
    assert record.title == "Kerry Says Bush Stem Cell Veto Hurts Science"
    assert record.published.date == "2007-06-20"  # "06 20 2007": slashes stripped
    # A release that opens with its dateline and body has no headline.
    assert extract(sample("21Oct2005Crapo457.txt")).title is None


def test_sentence_case_headline_ends_at_the_date_set_apart(extract):
    record = extract(
        "          Enzi authors small business health insurance bill  November 3  2005 "
        "Washington  D C   U S  Senator Mike Enzi  R Wyo   Chairman of the Senate Health  "
        "Education  Labor and Pensions  HELP  Committee introduced a bill this week he said "
        "would help small businesses and their employees increase access to health plans     "
    )
    assert record.title == "Enzi authors small business health insurance bill"
    assert record.published.date == "2005-11-03"


def test_senator_party_and_state_on_top_are_no_headline(extract):
    record = extract(
        "   WASHINGTON  D C     Senator Tom Harkin  D IA   a senior member of the Senate "
        "Appropriations committee  today announced that he secured  300 000 to support Fort "
        "Dodge  s economic revitalization in the final FY 2006 Appropriations Bill   "
    )
    assert record.title is None


def test_headline_broken_where_no_headline_ends_goes_on(extract):
    record = extract(
        "                    Lincoln  Pryor  Boozman Announce  2 85 Million for   Rogers "
        "Municipal Airport                         Both      Washington  U S  Senators Blanche "
        "Lincoln and Mark Pryor announced today that the airport has been awarded a grant  "
    )
    assert (
        record.title
        == "Lincoln  Pryor  Boozman Announce  2 85 Million for   Rogers Municipal Airport"
    )
    # "Press Room" is page furniture, like "Press Releases".
    record = extract(
        "      United States Senator Richard Shelby   Press Room          Press Room News "
        "Releases                     SHELBY ANNOUNCES OVER  500 000 FOR THE SELMA "
        "INTERPRETIVE CENTER       March 7  2006  Washington  D C      U S  Senator Richard "
        "Shelby  R AL   a member of the Senate Appropriations Committee  announced today  "
    )
    assert record.title == "SHELBY ANNOUNCES OVER  500 000 FOR THE SELMA INTERPRETIVE CENTER"


def test_headline_run_into_its_subheading_ends_before_it(extract, sample):
    # "... Facing Foreclosure Brown Announces Initiatives ...": the senator opens a clause.
    record = extract(sample("12Dec2007Brown2.txt"))
    assert record.title == "President s Plan Only Helps 7 000 Ohio Families Facing Foreclosure"
    record = extract(
        "      Press Releases             Barrasso Delivers Quilt To Injured Wyo Soldier Senator "
        "Tours Walter Reed Rehab Facility  Visits With Travis Woods    Family U S  Sen  John "
        "Barrasso  R WY  today delivered a quilt made by the Purple Heart Quilters of Casper  "
    )
    assert record.title == "Barrasso Delivers Quilt To Injured Wyo Soldier"
    # Where a stripped mark left two spaces before the subheading's subject.
    record = extract(sample("10Aug2007Alexander104.txt"))
    assert record.title == "Alexander  Corker Praise Major Win for University of Tennessee"
    # Not after a verb of saying, whose clause it is.
    assert extract(sample("20Jun2007Kerry295.txt")).title.endswith("Veto Hurts Science")


def test_senator_is_a_title_not_an_honorific(extract):
    record = extract(
        "WASHINGTON - Sen. Jeff Bingaman today issued a statement. At a plant in Palmdale, "
        "Calif., U.S. Senator Dianne Feinstein (D-Calif.) today called for a vote.\n"
    )
    assert _official(record, "Bingaman").title == "Senator"  # "Sen." written out
    assert _official(record, "Bingaman").honorific is None
    assert _official(record, "Feinstein").title == "U.S. Senator"


def test_title_tail_is_not_part_of_the_name(extract):
    record = extract(
        "The case was announced by Assistant Attorney General Lanny A. Breuer and Special "
        "Agent in Charge James W. McJunkin. Special Agent in Charge McJunkin thanked the team."
    )
    names = {o.name for o in record.officials}
    assert "James W. McJunkin" in names
    assert not any(n.startswith(("Charge", "General")) for n in names)


def test_possessive_with_stripped_apostrophe_names_two_bodies(extract):
    record = extract(
        "The case was prosecuted by Trial Attorney Jane Roe of the Justice Departments "
        "Criminal Division and investigated by the U.S. Department of the Interiors Bureau "
        "of Land Management."
    )
    names = {o.name for o in record.organizations}
    assert {"Justice Department", "Criminal Division", "Bureau of Land Management"} <= names
    assert not any("Departments" in n or "Interiors" in n for n in names)


def test_laws_and_people_are_not_organizations(extract):
    record = extract(
        "Senator Gordon Smith said the Americans with Disabilities Act protects workers. "
        "Smith spoke with the National Governors Association."
    )
    names = {o.name for o in record.organizations}
    assert "National Governors Association" in names
    assert not any(n.endswith("Act") or n == "Smith" for n in names)


def test_dateline_gives_a_location_and_state_abbreviations_merge(extract):
    record = extract(
        "WASHINGTON - A former guard pleaded guilty today in federal court in Jackson, "
        "Tenn. The guard worked in Tiptonville, Tennessee."
    )
    names = {loc.name for loc in record.locations}
    assert "WASHINGTON" in names
    tennessee = [loc for loc in record.locations if "Tenn" in loc.name]
    assert len(tennessee) == 1 and len(tennessee[0].mentions) == 2


def test_us_as_a_modifier_is_not_a_location(extract):
    record = extract("U.S. Attorney Preet Bharara and the U.S. District Court announced it.")
    assert not any(loc.name.startswith("U.S") for loc in record.locations)


def test_relative_dates_resolve_against_the_release_date(extract):
    record = extract(
        "WASHINGTON, March 6, 2024 - The committee met last Tuesday and will vote on "
        "Thursday. Today the bill moved on.\n"
    )
    days = {d.text: d.start for d in record.dates}
    assert days["last Tuesday"] == "2024-03-05"
    assert days["Thursday"] == "2024-03-07"
    assert "Today" not in days  # the release's own date, already in `published`
    assert any("counted from the release date" in w for w in record.warnings)


def test_the_weekday_of_the_release_is_its_own_date(extract):
    record = extract("WASHINGTON, March 5, 2024 - On Tuesday the committee met.\n")
    assert [d.start for d in record.dates if d.text == "Tuesday"] == ["2024-03-05"]


def test_relative_dates_use_the_reference_date_first(extract):
    record = extract("The bill was introduced yesterday.", reference=dt.date(2024, 1, 1))
    assert [d.start for d in record.dates] == ["2023-12-31"]
    unresolved = extract("The bill was introduced yesterday.")
    assert unresolved.dates == []
    assert any("no date to count from" in w for w in unresolved.warnings)


def test_yesterday_and_tomorrow_as_eras_are_not_dates(extract):
    # Senate release (26Jul2005Leahy173), then a generic "of tomorrow".
    record = extract(
        "July 26, 2005 - The Senate has a duty to the American people of today and "
        "tomorrow to get it right. These are the jobs of tomorrow. The panel votes tomorrow."
    )
    assert [d.start for d in record.dates if d.text == "tomorrow"] == ["2005-07-27"]


def test_doj_outcomes_skip_conditions_and_boilerplate(extract, sample):
    record = extract(sample("release_09628.txt"))
    texts = [o.text for o in record.outcomes if o.type == "legal_action"]
    assert any("arrested" in t for t in texts)
    assert not any(t.startswith("If convicted") for t in texts)
    assert not any("is being prosecuted by" in t for t in texts)


def test_phone_with_slash(extract):
    record = extract(
        "Sen. Byron Dorgan won approval today.\n\nContact: Barry E. Piatt 202/224-2551\n"
    )
    assert [c.phone for c in record.contacts] == ["202/224-2551"]


def test_phone_after_a_name_closing_a_release_is_a_contact(extract, sample):
    # Punctuation stripped, no "Contact" label: "... worthy of theirenormous sacrifice
    # Laura Capps   202 224 2633".
    record = extract(sample("08Nov2006Kennedy10.txt"))
    assert [(c.name, c.phone) for c in record.contacts] == [("Laura Capps", "202 224 2633")]


def test_page_furniture_yields_nothing(extract):
    text = (
        "UNODC and Kazakhstan sign a workplan\n"
        "Astana, 15 June 2011 - UNODC signed a workplan with the Ministry of Interior.\n"
        "Story in Russian language\n###\nOn the Net: UNODC Regional Office\n"
        "http://www.unodc.org/centralasia\nShare this\n"
    )
    record = extract(text)
    furniture_start = text.index("Story in")
    for item in record.organizations + record.locations:
        assert all(start < furniture_start for start, _ in item.mentions)
    assert all(o.span[0] < furniture_start for o in record.outcomes)
    assert any(o.type == "agreement_signed" for o in record.outcomes)


def test_headline_kinds_of_scraped_pages(extract):
    # Capitals with "$", ";" and "&" are one headline; a caps dateline opens the body.
    record = extract(
        "SENS. LEVIN, STABENOW ANNOUNCE $1 MILLION FOR BENTON HARBOR POLICE DEPARTMENT\n"
        "  Sens. Carl Levin, D-Mich., and Debbie Stabenow, D-Mich., announced today that the "
        "Department of Justice has awarded $1,000,000 to the Benton Harbor Police Department.\n"
    )
    assert record.title.endswith("FOR BENTON HARBOR POLICE DEPARTMENT")
    record = extract(
        "\nKANSAS CITY, MO – U.S. Senator Kit Bond today joined the Chinese Ambassador to the "
        "United States at an economic forum to explore ways to expand business.\n"
    )
    assert record.title is None
    # One-line scrapes: the office's masthead is passed over; a release label goes on to the
    # date and the headline; a date set apart ends the headline.
    record = extract(
        "                   U S  Senator Patty Murray   Senator Murray Discusses VA Data Theft"
        "  Disaster  and Unveils Legislation to Benefit Nation s Veterans          Senator "
        "Murray today unveiled legislation to protect veterans from identity theft  "
    )
    assert record.title.startswith("Senator Murray Discusses VA Data Theft")
    record = extract(
        "    Latest News     FOR IMMEDIATE RELEASE  November 16  2005 Schumer Secures  200 000 "
        "For The Veterans Outreach Center In Rochester        Senator Aggressively Lobbied "
        "Committee To Include Funding In Spending Bill      "
    )
    assert record.title == "Schumer Secures  200 000 For The Veterans Outreach Center In Rochester"
    record = extract(
        "Casey on Afghanistan Hearing  March 8, 2007 WASHINGTON, DCU.S. Senator Bob Casey "
        "released the following statement on today's hearing on Afghanistan:  I am glad the "
        "Foreign Relations Committee is holding a hearing today."
    )
    assert record.title == "Casey on Afghanistan Hearing"


def test_headline_glued_to_the_body_or_broken_by_the_layout(extract):
    # DOJ: a subheadline glued to the body's first word.
    record = extract(
        "Chiropractor Interfered with IRS Collection Efforts and Retired Firefighter Willfully "
        "Failed to File ReturnAnna Allen and Martin Armendariz of El Paso, Texas, pleaded "
        "guilty today in the U.S. District Court for the Western District of Texas."
    )
    assert record.title.endswith("Willfully Failed to File Return")
    record = extract(
        "       Comment Of Sen  Patrick Leahy On The White House s Position On Documents   "
        "Relating To The Roberts Nomination                  U S  SENATOR PATRICK        "
        "LEAHY                  VERMONT           Tuesday  July 26  2005  This is a lifetime "
        "nomination to our highest court "
    )
    assert record.title.endswith("On Documents   Relating To The Roberts Nomination")


def test_stripped_quotes_with_their_speaker_after_the_verb(extract):
    # Senate, punctuation stripped: a name before "said" ends the quote, not its speaker.
    record = extract(
        "QUONSET  RI  U S  Senator Jack Reed  D RI  today joined with members of the 143rd "
        "Airlift Wing to deliver the final airplane to the Rhode Island Air National Guard  "
        "This is a great day for the Guard and a great day for Rhode Island  said Reed  a "
        "senior member of the Armed Services Committee  The men and women of the Guard do an "
        "outstanding job  Reed said the planes will help them in severe weather  "
    )
    quotes = {q.text: q.speaker for q in record.quotes}
    assert quotes["This is a great day for the Guard and a great day for Rhode Island"] == (
        "Jack Reed"
    )
    record = extract(
        "Senator Patty Murray  D WA  demanded action from the Department of Veterans Affairs "
        "at a press conference held today in downtown Seattle          This is a disaster   "
        "said Senator Murray   Veterans are calling my office and they are worried that their "
        "privacy has been violated  Murray said the department must act now  "
    )
    assert [(q.speaker, q.text) for q in record.quotes][:1] == [
        ("Patty Murray", "This is a disaster")
    ]


def test_stripped_quote_opens_sentences_before_its_closing_clause(extract, sample):
    # "Every thing we have tried ... They needed it yesterday  Brown added": the quote
    # opens at the first sentence in the first person, the speaker named only by surname.
    record = extract(sample("12Dec2007Brown2.txt"))
    starts = {q.text[:31]: q.speaker for q in record.quotes}
    assert starts.get("Every thing we have tried to do") == "Brown"
    assert starts.get("Every day  more than 200 famili") == "Brown"


def test_stripped_quote_opens_where_its_mark_left_a_wider_gap(extract, sample):
    # "... for all students   As families come face to face ... sent overseas  More than
    # ever ... as well  Senator Kennedy said": three spaces where the opening mark was.
    record = extract(sample("16Oct2006Kennedy5.txt"))
    starts = {q.text[:29]: q.speaker for q in record.quotes}
    assert starts.get("As families come face to face") == "Edward M Kennedy"
    assert not any(s.startswith("More than ever  our young") for s in starts)


def test_statement_release_is_its_author_speaking(extract, sample):
    record = extract(sample("26Jul2005Leahy173.txt"))
    assert [q.speaker for q in record.quotes] == ["Patrick Leahy"]
    assert record.quotes[0].text.startswith("This is a lifetime nomination to our")


def test_quote_going_on_keeps_its_speaker(extract, sample):
    # "..., Brownback said. "The Justice Department's decision ..." then "Brownback
    # encouraged Gonzales": the second quote is still Brownback's.
    record = extract(sample("16Feb2005Brownback97.txt"))
    assert {q.speaker for q in record.quotes} == {"Sam Brownback"}
    # A contact line under a statement names no speaker.
    record = extract(
        "Today, Sen. Ken Salazar helped convene the 'Gang of 14' in advance of a vote.  \n"
        "On Sunday, Sen. Salazar spoke with Sens. Warner (R-VA) and Nelson (D-NE) and "
        "suggested the meeting. His statement follows:\n"
        "   \"In anticipation of today's cloture vote on Judge Alito, I asked the 'Gang of 14' "
        'to come together to ensure the bipartisan resolve of the organization is sustained."\n'
        "   Contact: Cody Wertz, 303/455-7600; Andrew Nannis, 202/224-5852.\n"
    )
    assert [q.speaker for q in record.quotes] == ["Ken Salazar"]


def test_quote_marks_as_scraped(extract):
    # DOJ: the opening mark lost, the closing one kept.
    record = extract(
        "Both Aguilar and Marquez admitted that the attack was motivated by the race of the "
        "victim.Despite the substantial progress made, violent acts of hate continue to occur "
        'to this day, and the department will prosecute hate crimes wherever they occur," said '
        "Acting Assistant Attorney General Jocelyn Samuels for the Civil Rights Division."
    )
    assert [(q.speaker, q.text[:30]) for q in record.quotes] == [
        ("Jocelyn Samuels", "Despite the substantial progre")
    ]
    # Senate: a speech over two paragraphs, each opening with a mark, after a statement's
    # lead-in; words of a document quoted in narration are nobody's speech.
    record = extract(
        "  Senate Majority Leader Bill Frist, M.D. (R-TN) today made the following statement "
        "regarding the living legacy of Dr.  \n Martin Luther King, Jr. whose birthday the "
        'nation will celebrate on Monday. \n   "Dr. Martin Luther King, Jr. taught that every '
        'human life is equal and that each person has a duty to help others. \n   "As we '
        "reflect upon Dr. King's legacy, I pray that we allow his spirit of hope to spread.\"\n"
        '   The FDA must certify that imports "would not present an increased risk to the '
        'public health."\n'
    )
    # The two paragraphs are one quote.
    assert [(q.speaker, q.text[:20], q.text[-20:]) for q in record.quotes] == [
        ("Bill Frist", "Dr. Martin Luther Ki", "t of hope to spread.")
    ]


def test_stripped_quote_with_its_speaker_alone_before_the_verb(extract):
    # "... communities     Harkin said    This grant ...": the surname is all there is.
    record = extract(
        "The City of Coin will receive a grant of 40 000 dollars to buy new fire equipment  the "
        "Department of Homeland Security announced today     Making sure residents are safe and "
        "secure is a top priority for Iowa communities     Harkin said    This grant will help "
        "make Coin residents safer by improving fire service  "
    )
    first = record.quotes[0]
    assert first.speaker == "Harkin"
    assert first.text.startswith("Making sure residents are safe and secure")
    assert first.text.endswith("priority for Iowa communities")


def test_middle_initial_without_its_period(extract):
    record = extract(
        "WASHINGTON  DC  U S  Senators Charles E  Schumer and Hillary Rodham Clinton today "
        "announced that the U S  Department of Transportation has awarded funds to Lake Placid "
        "Airport in Essex County  This is great news for Lake Placid   said Schumer   "
    )
    names = {o.name for o in record.officials}
    assert "Charles E Schumer" in names and "Charles" not in names
    assert [q.speaker for q in record.quotes] == ["Charles E Schumer"]


def test_speech_after_a_lead_in_keeps_its_speaker_over_paragraphs(extract):
    # Senate: a floor speech after a lead-in ending with a colon, one mark per paragraph.
    record = extract(
        "  U.S. Senate Republican Leader Mitch McConnell spoke on the Senate floor Tuesday "
        "regarding spending restraint for the remaining appropriations bills and the need to "
        "fund our troops in the field: \n"
        "   \"It's hard to understand the complaints we're hearing from the other side on our "
        "supposed lack of compromise on spending.\n"
        "   \"We've sought compromises all year -- dozens of appropriations committee and "
        'subcommittee hearings, which is the normal process."\n'
    )
    # One quote over both paragraphs.
    assert [q.speaker for q in record.quotes] == ["Mitch McConnell"]
    assert record.quotes[0].text.endswith("which is the normal process.")
    # "his remarks": the subject named last, not the judge named since.
    record = extract(
        "  U.S. Sen. John Cornyn, a member of the Senate Judiciary Committee, on Friday "
        "addressed DRI, a national organization of civil defense attorneys. He called for fair "
        "treatment and an end to the obstruction of Judge Leslie Southwick and other judicial "
        "nominees. Below is an excerpt of his remarks: \n"
        "   \"I've had the chance now to participate in two Supreme Court confirmation "
        'hearings, but also a number of others for the circuit court."\n'
    )
    assert [q.speaker for q in record.quotes] == ["John Cornyn"]


def test_quote_inside_a_quote_does_not_end_it(extract):
    record = extract(
        "   Johnson released the following statement:\n"
        '   "I have spoken with the Governor to offer any federal support possible at the '
        "federal level. My staff has also been in touch with FEMA.\n"
        '   "I will tour the area later today. Safety and "rapid melt" remains a concern. '
        'April in South Dakota can be unpredictable, and we need to keep careful watch."\n'
        "  Sen. Tim Johnson (D-SD) will be in Sturgis today.\n"
    )
    # One quote over both paragraphs, the quoted "rapid melt" inside it.
    assert [(q.text[:27], q.text[-27:]) for q in record.quotes] == [
        ("I have spoken with the Gove", "need to keep careful watch.")
    ]


def test_quote_with_its_own_reporting_clause_is_not_the_last_speakers(extract):
    # DOJ: '...abuse."None  "My office is committed ...,"said Terrence Berg'
    record = extract(
        '"This settlement illustrates the governments commitment to pursuing fraud," said Tony '
        'West, Assistant Attorney General for the Civil Division. "The Justice Department will '
        'continue to work with our federal and state partners."None  "My office is committed '
        "to ensuring that healthcare providers are reimbursed only for legitimate services,"
        '"said Terrence Berg, U.S. Attorney for the Eastern District of Michigan.'
    )
    assert [q.speaker for q in record.quotes] == ["Tony West", "Tony West", "Terrence Berg"]


def test_statement_after_a_lead_in_without_marks(extract):
    record = extract(
        "SEN. JOHNSON FIGHTS FOR COUNTRY-OF-ORIGIN-LABELING BILL\n"
        "  Sen. Tim Johnson (D-SD), author of the provision signed into the Farm Bill, spoke on "
        "the Senate floor in support of Country-of-Origin-Labeling (COOL) today. A transcript "
        "of his statement follows: \n"
        "   I rise to discuss an issue of importance not only to South Dakota producers and "
        "ranchers, but to producers and ranchers across America. The issue involves a program "
        "that would ensure consumer choice in the grocery store aisle.\n"
        "   As you will recall, last year the Senate supported a resolution.\n"
    )
    assert [(q.speaker, q.text[:25]) for q in record.quotes] == [
        ("Tim Johnson", "I rise to discuss an issu")
    ]
    assert record.quotes[0].text.endswith("grocery store aisle.")


def test_reporting_clause_with_a_role_before_the_name(extract):
    # DOJ: "..., said head of the Civil Rights Division, Principal Deputy ... Vanita Gupta",
    # after a sentence glued on that the tokenizer kept whole ("HIV.Eliminating").
    record = extract(
        "In addition, the U.S. Attorneys Office recently filed a lawsuit for failures to "
        "provide medical treatment for an individual with HIV.Eliminating disability-based "
        "discrimination in health care is a priority for the department, said head of the "
        "Civil Rights Division, Principal Deputy Assistant Attorney General Vanita Gupta."
    )
    assert [(q.speaker, q.text[:21]) for q in record.quotes] == [
        ("Vanita Gupta", "Eliminating disabilit")
    ]


def test_said_he_would_is_reported_speech(extract):
    record = extract(
        "The quilts were made by the Purple Heart Quilters of Casper  The hand stitched purple "
        "quilts were blessed at a service at the Shepherd of the    Hills    Church in   Casper "
        "on Oct  21   Barrasso attended the church service in Casper and said he would deliver "
        "the quilts to our wounded warriors at Walter Reed  including this first one to Woods  "
        "a former resident of   Guernsey  Wyoming   "
    )
    assert not any(q.text.startswith("Barrasso attended") for q in record.quotes)
