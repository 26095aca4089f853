"""Outcomes: what a release reports as done or pledged, not what it describes, hopes for,
retells or quotes. Excerpts from samples/ and ../shared/corpus."""


def types(record, otype=None):
    return [o for o in record.outcomes if otype is None or o.type == otype]


def test_crimes_committed_are_no_pledges(extract):
    record = extract(
        "Judy Tull, 73, and Kay Ellison, 58, both of Edenton, North Carolina, were each "
        "convicted of one count of conspiracy to commit wire fraud affecting financial "
        "institutions and to commit bank fraud. Jeffery K. Armstrong, 51, was charged with "
        "wire fraud stemming from a scheme to defraud the U.N., an international organization "
        "committed to humanitarian and peace-keeping efforts. According to his subsequent "
        "statements to U.S. law enforcement, Underwood intended to sell his information."
    )
    assert not types(record, "commitment")
    assert len(types(record, "legal_action")) == 2


def test_forecasts_and_echoes_are_no_pledges(extract):
    for text in (
        "The Iraqi Government will continue to struggle to achieve national-level political "
        "reconciliation and improved governance.",
        "So will the Educational Opportunity Centers grant.",
    ):
        assert not types(extract(text), "commitment"), text
    pledge = "UNDP will continue to mobilize global best practices to support legal reforms."
    assert types(extract(pledge), "commitment")


def test_speech_and_descriptions_are_not_events(extract):
    for text in (
        # history told by a speaker whose quotation marks the scrape lost
        "We knew we needed to build a strong peacetime economy  So we passed the GI Bill to "
        "enable those who had served in war to obtain the benefits of a college education",
        # what money does, what a law says, what an injunction requires
        "These agencies utilize grants to provide counseling  support during the criminal "
        "justice process  emergency shelter",
        "States currently face a conflict between the new federal TANF requirements  as "
        "reauthorized by the Deficit Reduction Act of 2006",
        "Under the permanent injunction, if the defendants seek to resume such activity, they "
        "must take specific steps to improve the firms manufacturing practices, and then "
        "receive written approval from FDA.",
        # plans and hopes
        "It will vote on one final deficit reduction bill to move to the Senate floor.",
        "The House and Senate are expected to approve the final bill.",
        # a running tally
        "Since its inception in March 2007, the Medicare Fraud Strike Force, now operating in "
        "nine cities across the country, has charged more than 1,480 defendants.",
    ):
        assert not types(extract(text)), text


def test_a_passive_keeps_its_preceding_object(extract, sample):
    record = extract(sample("003_1b5c42066028a444.txt"))
    assert types(record, "recommendations")


def test_letters_signed_are_no_agreements(extract):
    record = extract(
        "In May  Senator Crapo and Senator Patrick Leahy  D CT  co authored a letter to the "
        "Senate Appropriations Subcommittee on Commerce  Justice and Science signed by 27 "
        "other Senators  urging the Committee to retain the Crime Victims Fund"
    )
    assert not types(record, "agreement_signed")


def test_one_person_recommending_is_advice(extract):
    advice = extract(
        "Brown met with Bernanke in October. Brown recommended the Fed require mortgage "
        "originators evaluate borrowers ability to repay prior to making a loan."
    )
    assert not types(advice, "recommendations")
    body = extract(
        "This past week, Sanders, along with the majority of members of the Veterans' Affairs "
        "Committee, recommended that the Budget Committee include billions more than the "
        "President's request in next year's budget for veterans' care."
    )
    assert types(body, "recommendations")


def test_a_retold_event_is_one_item(extract):
    verdict = extract(
        "A federal jury in the District of New Jersey found the former chief executive "
        "officer guilty yesterday for his role in a scheme. Judy Tull, 73, was convicted of "
        "one count of bank fraud following a seven-day trial."
    )
    assert len(types(verdict, "legal_action")) == 1
    grant = extract(
        "Senators today applauded the NSF announcement that the University of Tennessee will "
        "receive  60 million in federal grants over the next 6 years. The announced NSF  60 "
        "million grant will fund a second supercomputing center."
    )
    assert len(types(grant, "funding")) == 1


def test_charges_on_different_days_are_two_events(extract):
    record = extract(
        "Underwood, 32, was first charged in an indictment on Aug. 31, 2011, with two counts "
        "of making false statements. On Sept. 28, 2011, Underwood was charged in a superseding "
        "indictment with one count of attempting to communicate national defense information."
    )
    assert len(types(record, "legal_action")) == 2


def test_appeals_orders_and_votes(extract):
    appeal = extract(
        "U.S. Senator Sam Brownback today praised the announcement of U.S. Attorney General "
        "Alberto Gonzales to appeal the dismissal of federal criminal indictments."
    )
    assert types(appeal, "legal_action")
    order = extract(
        "President Clinton signed an Executive Order setting a goal of reducing federal "
        "government petroleum consumption by 20 percent in five years."
    )
    assert types(order, "document_adopted")
    vote = extract(
        "Earlier this year the Senate Budget Committee on which Senator Crapo serves voted to "
        "remove the proposed rescission."
    )
    assert types(vote, "legislation")
