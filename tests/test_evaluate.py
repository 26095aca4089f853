from pressmine.evaluate import Report, names_match, norm, score_document, title_right


def test_norm_rules():
    assert norm("The “U.S. Embassy”.") == "u.s. embassy"
    assert norm("Ministère") == "ministere"


def test_names_match_rules():
    assert names_match("Wendy O’Brien", "Wendy O'Brien")
    assert names_match("Dragovic", "Filip Dragovic")
    assert names_match("F. Dragovic", "Filip Dragovic")
    assert names_match("Mr. Filip Dragovic Jr.", "Filip Dragovic")
    assert not names_match("Ivan Dragovic", "Filip Dragovic")


def test_title_right_any_role():
    gold = ["Professor of public administration", "Founding Director of the Center"]
    assert title_right("Founding Director", gold)
    assert not title_right("Dean", gold)
    assert title_right(None, None)


def test_optional_items_neither_reward_nor_punish():
    gold = {
        "doc": "d",
        "title": None,
        "published": None,
        "organizations": [
            {"name": "UNDP", "aliases": []},
            {"name": "UNDP Kazakhstan", "aliases": [], "optional": True},
        ],
    }
    record = {
        "title": None,
        "published": None,
        "organizations": [
            {"name": "UNDP", "acronym": None, "aliases": []},
            {"name": "UNDP Kazakhstan", "acronym": None, "aliases": []},
        ],
    }
    report = Report()
    score_document(gold, record, report)
    c = report.fields["organizations"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_dates_are_values():
    gold = {"doc": "d", "dates": [{"start": "2021", "end": None, "text": "2021"}]}
    record = {"dates": [{"start": "2021", "end": None}, {"start": "2021", "end": None}]}
    report = Report()
    score_document(gold, record, report)
    c = report.fields["dates"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_gold_that_annotates_one_field_is_scored_on_it_alone():
    gold = {
        "doc": "d",
        "annotated": ["quotes"],
        "quotes": [{"speaker": "Preet Bharara", "starts_with": "As the lawsuit we filed"}],
    }
    record = {
        "title": "Some headline",
        "organizations": [{"name": "GFI Mortgage", "aliases": []}],
        "quotes": [{"speaker": "Preet Bharara", "text": "As the lawsuit we filed today alleges"}],
    }
    report = Report()
    score_document(gold, record, report)
    assert report.scored == {"quotes"}
    assert report.fields["quotes"].tp == 1
    assert report.fields["organizations"].fp == 0
    assert report.doc_titles.total == report.published.total == 0
