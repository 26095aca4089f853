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
