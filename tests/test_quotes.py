"""Quotes as scraped releases leave them: marks lost, paragraphs glued, a stop for a comma,
a statement announced by its author's surname alone. Excerpts from samples/ (dev3)."""


def test_glued_paragraph_that_ends_in_a_reporting_clause_is_all_quote(extract, sample):
    # "... the spread of HIV.A public health crisis will not be solved ... drugs. It also
    # requires ..., said U.S. Attorney Minkler.": the quote opens at the glued paragraph.
    record = extract(sample("release_03118.txt"))
    starts = {q.text[:40]: q.speaker for q in record.quotes}
    assert starts.get("A public health crisis will not be solve") == "Josh Minkler"
    # One that opens its own paragraph is not taken further back.
    assert starts.get("I am grateful for the participation of o") == "Dan McClain"


def test_reporting_clause_after_a_full_stop(extract, sample):
    # "... contracting opportunities. said Acting Inspector General Hannibal Mike Ware."
    record = extract(sample("release_00934.txt"))
    starts = {q.text[:30]: q.speaker for q in record.quotes}
    assert starts.get("The actions of ADS and its aff") == "Hannibal Mike Ware"


def test_statement_announced_by_a_surname(extract, sample):
    # "Snowe issued the following statement on his passing:" where "his" is the late
    # governor's: the speaker is the one who issued it, named by surname alone.
    record = extract(sample("18Jan2006Snowe112.txt"))
    assert {q.speaker for q in record.quotes} == {"Olympia J. Snowe"}
    assert record.quotes[0].text.startswith("The loss of Melvin Francis was tragic")


def test_wide_gap_after_a_reporting_clause_opens_the_next_quote(extract, sample):
    # Punctuation stripped: "... so desperately need   Senator Clinton said          For
    # the over 3 million family care givers ... a helping hand   Senator Clinton said".
    record = extract(sample("17Jun2005Clinton453.txt"))
    starts = [q.text[:32] for q in record.quotes]
    assert "For the over 3 million family ca" in starts
    assert not any(s.startswith("But sadly") for s in starts)


def test_unmarked_clause_in_a_release_with_marks_is_reported_speech(extract):
    record = extract(
        'Senator Jane Roe criticized the agency. "This is an outrage," Roe said. "Families '
        'will lose their homes because of this decision," she added.\n'
        "The agency decided to add only a small inflation factor. That can result in less "
        "money being made available to renew all vouchers, Senator Roe said.\n"
    )
    assert [q.text[:10] for q in record.quotes] == ["This is an", "Families w"]


def test_speech_over_paragraphs_is_one_quote(extract):
    # Each paragraph opens with a mark, only the last one closes.
    record = extract(
        'Sen. John Cornyn spoke on the Senate floor today.\n   "I have served on the '
        'committee for years and I know its work.\n   "Back in 2003, not long after I began '
        'to serve, we had a debate about judges.\n   "So I would like to appeal to you once '
        'again to judge each nominee on the merits."\n'
    )
    assert len(record.quotes) == 1
    quote = record.quotes[0]
    assert quote.speaker == "John Cornyn"
    assert quote.text.startswith("I have served") and quote.text.endswith("on the merits.")


def test_statement_in_a_headline_in_capitals_is_its_authors(extract, sample):
    # "SEN. FEINGOLD ISSUES STATEMENT ON MICHAEL MUKASEY'S NOMINATION ...": Feingold's
    # words, not Mukasey's, though only Mukasey is named in the body.
    record = extract(sample("17Sep2007Feingold140.txt"))
    assert {q.speaker for q in record.quotes} == {"Feingold"}


def test_words_written_in_a_letter_are_a_quote_of_its_writers(extract, sample):
    record = extract(sample("7Jan2005Domenici499.txt"))
    starts = {q.text[:30]: q.speaker for q in record.quotes}
    assert starts.get("The logic of closing the most ") == "Steve Pearce"


def test_glued_paragraph_after_a_speaker_going_on_opens_the_next_quote(extract, sample):
    # "... to pursue these violent thugs ... traffickers.Violence takes a toll on our family
    # and community. The substantial sentence ..., said Special Agent in Charge Hester."
    record = extract(sample("release_01816.txt"))
    starts = {q.text[:30]: q.speaker for q in record.quotes}
    assert starts.get("Violence takes a toll on our f") == "Constance Hester"


def test_glued_quote_written_by_two_speakers(extract, sample):
    # "... institutions of higher educationHigh-quality correctional education is ... tools we
    # have, Attorney General Holder and Secretary Duncan wrote in a dear colleague letter".
    record = extract(sample("release_05008.txt"))
    starts = {q.text[:40]: q.speaker for q in record.quotes}
    assert starts.get("High-quality correctional education is t") == "Eric Holder"


def test_lone_name_before_the_verb_is_the_speaker_not_the_word_before_it(extract):
    # Stripped text: "... the 3rd District  Boozman said" names Boozman, not "District".
    text = (
        "Improving our area airports has a direct connection to continuing the economic "
        "development of the 3rd District   Boozman said   This grant will lead to improved "
        "capabilities for travelers " * 3
    )
    record = extract(text)
    assert record.quotes and {q.speaker for q in record.quotes} <= {"Boozman"}


def test_unmarked_quote_opens_where_a_wide_gap_sets_its_paragraph_apart(extract):
    # DOJ pages as scraped: paragraphs set apart by two spaces, sentences by one.
    text = (
        "The Department of Justice investigated and filed the lawsuit jointly.  Charging "
        "people more for home loans simply because of their race, as we have alleged in our "
        "complaint, is illegal. The Justice Department will act aggressively to ensure that all "
        "people have equal access to credit, said Thomas E. Perez, Assistant Attorney General "
        "for the Civil Rights Division. For that reason, enforcement remains a top priority.  "
        "HUD and the Justice Department work together to end lending discrimination in America. "
        "This case demonstrates our commitment, said Department of Housing and Urban "
        "Development (HUD) Assistant Secretary for Fair Housing and Equal Opportunity John "
        "Trasvia."
    )
    starts = {q.text[:20]: q.speaker for q in extract(text).quotes}
    assert starts.get("Charging people more") == "Thomas E. Perez"
    assert starts.get("HUD and the Justice ", "").endswith("Trasvia")


def test_speakers_named_after_a_long_title_or_an_acronym(extract):
    record = extract(
        "SBAs contracting programs, including the HUBZone program, provide small businesses "
        "with the opportunity to grow, said SBA General Counsel Sara D. Lipscomb. Todays "
        "sentencings close the door on a business built on skirting the law, said Chief of "
        "IRS-Criminal Investigation Richard Weber. I commend the efforts of those who worked "
        "on this case, said Crow Tribe Vice-Chairman Jefferson."
    )
    speakers = [q.speaker for q in record.quotes]
    assert speakers == ["Sara D. Lipscomb", "Richard Weber", "Jefferson"]
    assert "Crow Tribe" not in {o.name for o in record.officials}


def test_stripped_stop_inside_a_name_ends_it(extract):
    # "said Senator Shelby  Firefighters are ...": the model took "Shelby Firefighters" for
    # one person; the run of spaces is a stripped full stop. "apply to states" reports nothing.
    text = (
        "U S  Senator Richard C  Shelby  R AL   today announced the grant   This grant will "
        "assist the New Market Volunteer Fire Departments operations and safety programs  said "
        "Senator Shelby  Firefighters are our nations true first responders and as such must "
        "have the resources   CMS laid out the limits that apply to states covering children "
        "from families with incomes above the federal poverty level  Today  Shelby said that "
        "passing this new legislation will help"
    )
    record = extract(text)
    assert not any("Firefighters" in o.name for o in record.officials)
    assert [(q.text[:18], q.speaker) for q in record.quotes] == [("This grant will as", "Shelby")]


def test_quote_after_its_reporting_clause_and_a_surname_after_a_marked_quote(extract):
    text = (
        "U.S. Attorney for the Southern District of New York Preet Bharara said, As the "
        "lawsuit we filed today alleges, discrimination still exists in certain quarters. "
        "Sen. Richard Burr brought together experts.\n"
        '   "If our emergency rooms are stretched thin now, how will they provide medical '
        'care in the event of a disaster?" Burr said.'
    )
    record = extract(text)
    starts = {q.text[:20]: q.speaker for q in record.quotes}
    assert starts.get("As the lawsuit we fi") == "Preet Bharara"
    assert starts.get("If our emergency roo") == "Richard Burr"
    titles = {o.name: o.title for o in record.officials}
    assert titles["Preet Bharara"] == "U.S. Attorney for the Southern District of New York"


def test_places_and_regions_after_a_title_are_no_people(extract):
    record = extract(
        "The case was prosecuted by U.S. Attorney for the District of New Mexico. Columbus is "
        "responsible for letting gas escape, said Jared Blumenfeld, EPAs Regional "
        "Administrator for the Pacific Southwest."
    )
    names = {o.name for o in record.officials}
    assert not names & {"New Mexico", "Pacific Southwest"}


def test_a_speech_that_quotes_others_stays_one_quote(extract, sample):
    # Cornyn's remarks, one paragraph after another each opened by a mark, quote McConnell
    # ('put it this way: "When do we stop ..."') and a columnist ('He writes: "The long-term
    # cost ..."'): those are theirs, and the speech goes on past them as one quote.
    record = extract(sample("12Oct2007Cornyn202.txt"))
    starts = {q.text[:25]: q.speaker for q in record.quotes}
    assert starts == {
        "I've had the chance now t": "John Cornyn",
        "When do we stop for the s": "Mitch McConnell",
        "The long-term cost to the": "Stuart Taylor",
    }
    speech = next(q for q in record.quotes if q.speaker == "John Cornyn")
    assert "I share the story with you" in speech.text
