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


def test_words_describing_a_noun_or_an_act_are_not_events(extract):
    for text in (
        "Questions surrounding the FY2007 funding for Valles Caldera arose following the "
        "botched appropriations process that eliminated earmarked funding.",
        "Charging people more for home loans simply because of their race or national origin  "
        "as we have alleged in our complaint against GFI  is illegal.",
        "The issue involves a program that would not only provide positive benefits for our "
        "agricultural producers.",
        "According to signed documents, LIBOR is an average interest rate.",
    ):
        assert not types(extract(text)), text


def test_pledges_bind_to_an_act(extract):
    for text in (
        "ATF is committed to providing every available resource to combat violent crime and "
        "illegal firearm activity.",
        "The home health care companies paid kickbacks to recruiters who in turn paid Medicare "
        "beneficiaries cash and promised them access to narcotic prescriptions.",
        "Each Senator had pledges of support from enough Senators to win.",
        "The violent acts were intended to further the gangs activities, including "
        "intimidating witnesses.",
        # what a party gets, and a subject the parse lost after "and"
        "U S  Senator Jack Reed  D RI  and Governor Donald L  Carcieri today announced that the "
        "Rhode Island State Police will receive  250 000 in federal funding to enhance the "
        "Rhode Island Internet Crimes Against Children  RI ICAC  Task Force",
        "The bill is expected to be approved by the Senate Appropriations Committee on Thursday "
        "and will then proceed to the Senate floor.",
    ):
        assert not types(extract(text), "commitment"), text
    pledge = extract(
        "Additionally, through the consent decree, Magellan has promised to make a series of "
        "required improvements in its employee training."
    )
    assert types(pledge, "commitment")


def test_charges_name_a_count_a_court_or_a_defendant(extract):
    for text in (
        "Nelson charged today.",
        "If Taleo had followed the normal procedure, the rate TSA was charged would have been "
        "lower.",
        "From 2005 through at least 2009, GFI charged higher loan prices to African-American "
        "and Hispanic borrowers than it charged to similarly-situated white borrowers by "
        "charging higher interest rates and fees for home mortgage loans.",
        "Kazzaz agreed to pay kickbacks to Newell and Hunt totaling 13 percent of the amounts "
        "paid by Parsons.",
    ):
        assert not types(extract(text), "legal_action"), text
    charge = extract("Matthews was charged by criminal information on April 11, 2013.")
    assert types(charge, "legal_action")


def test_attempts_purposes_and_plans_are_not_events(extract):
    for text in (
        "In 2005  Schumer fought to reauthorize the 1994 Violence Against Women Act  VAWA",
        "The False Claims Act authorizes private parties to sue on behalf of the United States "
        "for fraud and to share in any recovery.",
        "BCFD also has agreed to adopt a new personnel policy that informs employees of their "
        "rights and obligations under USERRA.",
        "The bill should clear the conference committee tonight and then needs to be approved by "
        "the full Senate and House before being signed into law",
        "A project authorization in WRDA is a necessary first step towards securing funding in "
        "an appropriations bill at a later date",
        "Matthews faces a maximum penalty of five years in prison when he is sentenced on July "
        "19, 2013.",
        # history and habits
        "there are processing and bureaucratic delays within the various agencies  which an "
        "immigrant must overcome before they become naturalized  Last year Kohl and Sen  Gordon "
        "Smith  R OR   along with Feingold  introduced the SSI Extension for Elderly and "
        "Disabled Refugees Act",
        "The ARC awards grants from funds appropriated to the Commission annually by Congress",
        "The extraditions in this case are the latest development in the Eastern District of "
        "New Yorks comprehensive anti-trafficking program, which has to date indicted more than "
        "65 defendants in sex trafficking cases.",
    ):
        assert not types(extract(text)), text
    done = extract(
        "Coleman was also able to secure $1,250,000 for the Superior National Forest to "
        "maintain Long Island in Burntside Lake."
    )
    assert types(done, "funding")


def test_money_is_a_sum_given(extract):
    for text in (
        "By targeting illegal drug activity  these funds give law enforcement officials in Iowa "
        "additional resources to strike at one of the major factors behind crime",
        "The ABM is engaged in racketeering activities, including murder, money laundering and "
        "firearms trafficking.",
        "The United States military is the largest user and collector of intelligence  "
        "including tens of thousands of people and multibillion dollar budgets",
        "Senator Conrad also helped secure a Renewable Fuels Standard  requiring the use of 7 5 "
        "billion gallons of renewable fuels",
        "Six months later in August 2009, the plant again released an ammonia cloud, this time "
        "approximately 200 pounds of anhydrous ammonia was released into the atmosphere.",
        # money in a clause about the wheelchairs, not delivered
        "The beneficiaries testified that they neither needed nor used the power wheelchairs "
        "delivered to them by Luant, which were often billed to Medicare at more than $6,000 per "
        "chair.",
    ):
        assert not types(extract(text)), text


def test_money_secured_in_a_bill_is_funding(extract):
    for text in (
        # a "$" stripped by the scrape
        "Senator Tom Harkin  D IA   a senior member of the Senate Appropriations committee  today "
        "announced that he secured  300 000 to support Fort Dodge  s economic revitalization in "
        "the final FY 2006 Transportation  Treasury  Judiciary  Housing and Urban Development  "
        "TTHUD  Appropriations Bill",
        "Sen. Norm Coleman today announced that he was successful in securing over $4 million in "
        "funding for key Minnesota projects in the Senate's fiscal year 2008 Interior, "
        "Environment, and Related Agencies Appropriations bill.",
    ):
        record = extract(text)
        assert [o.type for o in record.outcomes] == ["funding"], text


def test_funding_retold_without_its_sum_is_one_item(extract):
    record = extract(
        "Local officials in St. Clair County expressed their appreciation to Sen. Debbie "
        "Stabenow (D-MI) today for her leadership in securing important funding for homeland "
        "security. Jim Wilson joined Senator Stabenow at the St. Clair International Airport to "
        "highlight recently-approved appropriations including $300,000 for St. Clair County for "
        "communications towers. St. Clair County and Port Huron will receive funding for the "
        "Blue Water Area Transportation Commission."
    )
    assert [o.amount for o in types(record, "funding")] == ["300,000"]


def test_coordinated_court_steps_are_two_events(extract):
    record = extract(
        "In October 2015, co-defendants Santiago Borges, Erik Alonso and Cristina Alonso pleaded "
        "guilty to related charges and were sentenced in December 2015 to prison terms ranging "
        "from 28 months to 120 months."
    )
    assert [o.trigger for o in types(record, "legal_action")] == ["pleaded", "sentenced"]


def test_findings_that_include_recommendations(extract):
    record = extract(
        "The findings include two sets of recommendations, 26 in total, that the Justice "
        "Department believes are necessary to correct the unconstitutional FPD and Ferguson "
        "Municipal Court practices."
    )
    assert types(record, "recommendations")


def test_creeds_and_crimes_are_no_pledges(extract):
    for text in (
        "The department is committed to enforcing the National Voter Registration Act so that "
        "neither income nor disability status stands in the way of equal voter registration "
        "opportunities for all citizens.",
        "The next time a homicide is traced to any member of a violent group, all members of "
        "that group will receive increased and comprehensive law enforcement attention to any "
        "and all crimes any of its members are committing.",
    ):
        assert not types(extract(text), "commitment"), text
    pledge = extract(
        "Tennessee has committed to provide significant matching funds for the project in "
        "support of the unique collaborative relationship between UT-Knoxville and the Oak Ridge "
        "National Laboratory."
    )
    assert types(pledge, "commitment")


def test_a_charge_that_is_a_claim_or_a_date(extract):
    claim = extract(
        "Durbin also charged that Presidents recent Executive Order regarding CIA detention and "
        "interrogation redefines Common Article 3."
    )
    assert not types(claim, "legal_action")
    dated = extract(
        "Jeffery Van Dyke, 46, was charged on April 4, 2016, and pleaded guilty before U.S. "
        "District Judge T.S. Ellis III of the Eastern District of Virginia."
    )
    assert [o.trigger for o in types(dated, "legal_action")] == ["charged", "pleaded"]


def test_measures_amendments_motions_and_settlements_announced(extract):
    bill = extract(
        "Sens. Saxby Chambliss, R-Ga., and Johnny Isakson, R-Ga., today introduced a measure to "
        "fix the current funding shortfall for the State Children's Health Insurance Program "
        "(SCHIP). The senators filed an amendment to the Continuing Resolution legislation, "
        "H.J. Res.20, being considered this week by the Senate."
    )
    assert len(types(bill, "legislation")) == 2
    for text in (
        "In a motion filed with the court today, the United States alleges that the school "
        "district has failed to dismantle the vestiges of segregation in its schools.",
        "The Justice Department announced today a settlement with the Columbia, South Carolina, "
        "Police Department (CPD) to ensure that persons who are deaf or hard of hearing receive "
        "sign language interpreters.",
    ):
        assert types(extract(text), "legal_action"), text
    # a civil action filed under an Act is no bill; money released is a grant's only as
    # what is released
    for text in (
        "Today the United States filed a civil action against ATP Oil & Gas Corporation for "
        "civil penalties and injunctive relief under the Clean Water Act.",
        "She also arranged to have victims released to the custody of other associates in "
        "exchange for money.",
    ):
        assert not types(extract(text), "legislation") + types(extract(text), "funding"), text


def test_denied_wished_and_coordinated_acts(extract):
    for text in (
        "Unfortunately  we have not been successful in passing meaningful reform in the form of "
        "a reauthorization of the Export Administration Act",
        "Sen. Jim Talent (R-Mo.) today urged the Senate to pass the Defense Appropriations bill "
        "which includes a measure to allow oil exploration in the Arctic National Wildlife "
        "Refuge.",
        "Sporyshev and Podobnyy no longer reside in the United States and have not been arrested.",
        "Congress should be committed to granting this authority",
        "Al-Jayab returned to the United States on Jan. 23, 2014, and settled in Sacramento.",
        # a letter signed, not the Act it seeks funding for; convictions secured, not money
        "Craig and Crapo have signed a letter headed by Senators Ron Wyden (D-Oregon) and Pete "
        "Domenici (R-New Mexico) seeking to include an extension and funding for the Secure "
        "Rural Schools and Self-Determination Act of 2000.",
    ):
        assert not types(extract(text)), text
    record = extract(
        "In 2011, the branch secured 19 convictions, with prison sentences totaling more than "
        "100 years, and recovered more than $30 million in civil penalties."
    )
    assert not [o for o in types(record, "funding") if o.trigger.startswith("secured")]


def test_what_a_bill_includes_is_funding(extract):
    record = extract(
        "Sen. David Vitter announces that the U.S. Senate Treasury, Transportation and Housing "
        "and Urban Development Appropriations Bill, which passed out of the U.S. Senate "
        "Appropriations Committee today, includes $250,000 for the Robert E. Nims Center for "
        "Entertainment Arts."
    )
    assert [o.amount for o in types(record, "funding")] == ["250,000"]


def test_a_sentence_listing_sums_gives_one_grant_each(extract):
    record = extract(
        "Jim Wilson, general manager of the Blue Water Area Transportation Commission, joined "
        "Senator Stabenow at the St. Clair International Airport to highlight recently-approved "
        "appropriations including $300,000 for St. Clair County for communications towers and "
        "other equipment upgrades and $3 million to improve public transportation services for "
        "the County."
    )
    assert [o.amount for o in types(record, "funding")] == ["300,000", "$3 million"]


def test_questions_powers_and_what_is_to_come(extract):
    for text in (
        "The investigation will assess whether juveniles are detained at the jail in conditions "
        "that pose a serious risk of harm to their physical and psychological well-being.",
        "The department has the authority to bring federal lawsuits to enforce the ECOA against "
        "any creditor that engages in a pattern or practice in violation of the ECOA.",
        "Since being arrested, Rovinski has sought to continue their planned attacks.",
        "Gonzales was assigned to the Receiving-Discharge-Transfer (RDT) Unit at MDC where "
        "individuals are brought to be booked soon after they are arrested.",
        "Despite promising early signs that such important legislation would move in a quick and "
        "bipartisan fashion through both the House and Senate, that goal has sadly proven too "
        "much to expect of this Congress.",
        "It is important to note that Texans will want to hang onto receipts for big-ticket "
        "items such as boats, cars or trucks.",
    ):
        assert not types(extract(text)), text
    record = extract(
        "The defendants were indicted on Aug. 7, 2013, and will be sentenced on May 7, 2015, by "
        "U.S. District Judge David Hittner of the Southern District of Texas."
    )
    assert len(types(record, "legal_action")) == 1
    record = extract(
        "Casaus and fellow former MDC corrections officers, Demetrio Juan Gonzales, 41, and "
        "Matthew Pendley, 26, were indicted in June 2012, and charged with various crimes "
        "related to the Dec. 21, 2011 assault of an inmate housed at MDC."
    )
    assert len(types(record, "legal_action")) == 1  # an indictment is its charges


def test_events_named_by_nouns(extract):
    record = extract(
        "WASHINGTON  U S  Senator Benjamin L  Cardin today praised Senate passage of the CLEAN "
        "Energy Act  calling the legislation an Apollo like commitment to make our nation energy "
        "independent"
    )
    assert types(record, "legislation")
    for text in (
        "TALENT URGES PASSAGE OF ANWR MEASURE WITH OIL EXPORT BAN",
        "Committee consideration and eventual Senate passage of this bill would be a major step "
        "toward providing",
        "The frequency of water quality monitoring has increased at Great Lakes beaches since the "
        "passage of the BEACH Act, helping states and localities identify",
    ):
        assert not types(extract(text), "legislation"), text


def test_wished_means_and_possible_suits_are_not_events(extract):
    for text in (
        # the means of a wished act, with "by" hung on a word far from the wish
        "Senator Lott urged the Congress to discard the layers of bureaucracy, the ambiguous "
        "chain of command, and the chronic accountability issues which led to FEMA's failings "
        "after hurricanes Rita and Katrina by passing his bill.",
        "Encourage collaboration among states in raising the bar for student achievement by "
        "providing grants to state consortia that develop common standards.",
        # a verb describing a noun in a clause of what can or would be
        "Federal courts can assess civil penalties for premerger notification violations under "
        "the HSR Act in lawsuits brought by the department.",
        "The Bush budget would eliminate the $255 death benefit provided by Social Security to "
        "the families of those who die.",
    ):
        assert not types(extract(text)), text
    record = extract(
        "The bipartisan legislation introduced today, S. 1917, would amend the Radiation "
        "Exposure Compensation Act (RECA) to include all of Idaho and Montana."
    )
    assert types(record, "legislation")  # the subject of "would" was introduced


def test_the_post_is_not_the_appointer(extract):
    text = (
        "Senator Lott's legislation stipulates that FEMA remain the lead agency for the Federal "
        "Response Plan and be headed by a director appointed by the President and confirmed by "
        "the Senate."
    )
    assert not types(extract(text), "appointment")
    record = extract(
        "Senator Sam Brownback today congratulated Lt. Gen. David Petraeus on being named by "
        "President Bush as the new top military commander in Iraq."
    )
    assert [o.trigger for o in types(record, "appointment")] == ["named commander"]


def test_announcing_ones_own_act_pledges_it(extract):
    for text in (
        "Today  Senator Hillary Rodham Clinton was joined by leaders at Blythedale Children s "
        "Hospital in announcing that she will be introducing the Lifespan Respite Care Act of "
        "2005",
        "Bayh also announced that he will introduce legislation next month designed specifically "
        "to assist small businesses, called the Small Business Growth Initiative.",
    ):
        assert types(extract(text), "commitment"), text


def test_restored_money_is_funding(extract):
    record = extract(
        "In the Senate's Fiscal 2006 Energy and Water Appropriations bill, we succeeded in "
        "restoring the $5 million needed for periodic nourishment of the Ocean City hurricane "
        "protection project."
    )
    assert types(record, "funding")


def test_passage_retold_by_its_verb_is_one_outcome(extract, sample):
    # "... lauded the Senate passage of the appropriations bill ... (H.R. 5385). The Senate
    # passed the fiscal year 2007 Military Construction Appropriations bill Tuesday ..."
    # is one outcome; "The House of Representatives passed its version of the bill 395-0"
    # is the other chamber's.
    record = extract(sample("15Nov2006Thomas75.txt"))
    bills = types(record, "legislation")
    assert len(bills) == 2 and "395-0" in bills[1].text


def test_court_barring_defendants_is_legal_action(extract):
    record = extract(
        "A federal court in West Palm Beach, Florida, has permanently barred defendants "
        "John Roe and Jane Roe from preparing federal tax returns for others."
    )
    assert [o.type for o in record.outcomes] == ["legal_action"]


def test_steps_of_other_dates_and_sums_are_other_events(extract):
    record = extract(
        "A member of the Aryan Brotherhood of Mississippi (ABM) gang was sentenced to life in "
        "prison for his participation in a variety of violent criminal acts. Eric Glenn Parker, "
        "36, of Forrest County, Mississippi, a member of ABM, was sentenced on Dec. 16, 2016 to "
        "serve life in prison by U.S. District Judge Glen H. Davidson. On Nov. 2, 2016, Owens was "
        "sentenced to life in prison and 120 months for attempted murder."
    )
    assert len(types(record, "legal_action")) == 2
    record = extract(
        "General Cable entered into a non-prosecution agreement and agreed to pay a $20 million "
        "penalty. General Cable agreed to pay a criminal penalty of $20,469,694.80 to resolve the "
        "matter. In related proceedings, the SEC filed a cease and desist order against General "
        "Cable, whereby General Cable agreed to pay approximately $55 million in disgorgement."
    )
    assert len(types(record, "legal_action")) == 2


def test_pledged_and_formalized_cooperation(extract):
    record = extract(
        "Both sides re-commit to cooperate on the investigation of cyber crimes and malicious "
        "cyber activities. - Intend to hold, as early as possible in 2017, a U.S.-China "
        "government and technology company roundtable to discuss cybersecurity issues."
    )
    assert types(record, "cooperation")
    assert "roundtable" in types(record, "commitment")[0].text
    record = extract(
        "The Justice Department and the State Department announced today that they have "
        "formalized a partnership aimed at protecting U.S. workers from discrimination. The "
        "partnership, memorialized by a Memorandum of Understanding (MOU) between the Civil "
        "Rights Division and the Bureau of Consular Affairs, facilitates information sharing."
    )
    assert types(record, "cooperation") and types(record, "agreement_signed")


def test_remits_sources_custody_and_alleged_plans_are_no_events(extract):
    for text in (
        "The Commission, made up of nine members and chaired by the former U.S. Secretary of "
        "Veteran's Affairs, Anthony Principi, is charged with assessing the DOD's May 13, 2005, "
        "recommendations.",
        "According to a criminal complaint filed in the Eastern District of California, "
        "Al-Jayab is a Palestinian born in Iraq.",
        "All of the defendants are currently detained on related state criminal charges.",
        "Between October 2012 and November 2013, Al-Jayab communicated via social media with "
        "numerous individuals about his intention to go to Syria to fight for terrorist "
        "organizations, the complaint alleges.",
        "The City of Bristol will use the community development funding for a broad range of "
        "initiatives, including housing rehabilitation.",
        "At the end of all of that, when Prime Minister Allawi came over and talked to us, he "
        "said, We will talk about the withdrawal of the American troops.",
    ):
        assert not types(extract(text)), text
    assert types(extract("Smith was charged with possessing a firearm."), "legal_action")


def test_people_pledge_the_events_they_will_host(extract):
    record = extract(
        "Working to provide Iowa women the opportunity to draw and learn from one another's "
        "experiences, the Grassleys will host for the sixth time an inspirational forum that "
        "again features locally and nationally acclaimed presenters."
    )
    assert types(record, "commitment")


def test_procedures_habits_and_task_lists_are_no_events(extract):
    for text in (
        "Again, Congress has 45 days to enact a joint resolution to reject the report in full, "
        "or the recommendations are adopted and the report becomes law.",
        "The CDBG program works by providing funds to local governments with the flexibility "
        "that enables local officials to select the most appropriate programs.",
        "This type of repair and rehabilitation happens all across the country because of the "
        "money provided by CDBG.",
        "The Attorney General has directed the PIL Task Force to establish immediately a "
        "working group to: (1) improve coordination and data sharing across the federal "
        "government; (2) evaluate possible changes to the regulatory regime governing opioid "
        "distribution; and (3) recommend changes in laws.",
        "This means, according to the Texas Comptroller, more than $974 million will stay in "
        "the hands of Lone Star State taxpayers and will lead to an increase of $1.2 billion in "
        "state gross product, including $819 million in new retail sales.",
    ):
        assert not types(extract(text)), text


def test_what_a_bill_holds_is_one_item(extract):
    record = extract(
        "The bill provides $16 billion for active and reserve military construction and $78 "
        "billion for the Department of Veterans Affairs, with $29 billion for the Veterans "
        "Medical Service."
    )
    assert len(types(record, "funding")) == 1


def test_sums_in_a_court_release_are_the_crimes(extract):
    record = extract(
        "A former state circuit judge in Arkansas was sentenced today to 120 months for "
        "accepting a bribe. Two weeks later, the owner of the nursing home company donated "
        "approximately $24,000 to Maggio's campaign."
    )
    assert [o.type for o in record.outcomes] == ["legal_action"]


def test_parts_of_a_settlement_retell_it(extract):
    record = extract(
        "Community Health Systems Inc. (CHS) has agreed to pay $98.15 million to resolve "
        "allegations that it violated the False Claims Act. CHS agreed to pay $89.15 million to "
        "resolve these allegations. CHS agreed to pay $9 million to resolve the allegations "
        "involving LMC."
    )
    assert len(types(record, "legal_action")) == 1


def test_nominated_to_a_court(extract):
    record = extract(
        "Judge Leslie Southwick of Mississippi has been nominated to the Court of Appeals for "
        "the Fifth Circuit."
    )
    assert types(record, "appointment")
    record = extract(
        "As a former Governor who appointed the entire Nebraska Supreme Court, Nelson believes "
        "personal interviews are best."
    )
    assert not types(record, "appointment")


def test_a_bill_unveiled_and_offered_is_one_bill(extract):
    record = extract(
        "Senator Murray also unveiled legislation that would provide funding for veterans. "
        "Senator Murray, a member of the Senate Veterans Affairs Committee, also offered up new "
        "legislation that addresses a myriad of veterans concerns."
    )
    assert len(types(record, "legislation")) == 1


def test_funding_told_in_a_forecast_or_a_crime_is_none(extract):
    for text in (
        "Many of those veterans will also benefit from the Post Traumatic Stress Disorder and "
        "transition assistance funding provided in Senator Murray s new legislation",
        "Fraud against TARP banks equals fraud against taxpayers, and SIGTARP and our law "
        "enforcement partners will hold perpetrators of TARP fraud accountable for their crimes.",
    ):
        assert not types(extract(text)), text
    record = extract(
        "Bekale was sentenced today to 24 months in prison. According to the indictment, Bekale "
        "fraudulently obtained matching funds from the bank's charitable arm. The bank disbursed "
        "a total of approximately $27,000 to the charities."
    )
    assert not types(record, "funding")
    suit = extract(
        "The settlement will resolve a lawsuit, filed today in the U.S. District Court for the "
        "Western District of Michigan, alleging that Tjoelker harassed female tenants."
    )
    assert types(suit, "legal_action")


def test_sums_included_in_a_listed_sum(extract):
    record = extract(
        "* $30 million for Department of Defense Supplemental Impact Aid, including $5 million "
        "for disabled students and $10 million to assist local communities affected by BRAC"
    )
    assert types(record, "funding")


def test_each_chamber_passing_a_bill_is_an_event(extract):
    record = extract(
        "Sen. Craig Thomas today lauded the Senate passage of the appropriations bill for "
        "veterans and military construction (H.R. 5385). The Senate passed the fiscal year 2007 "
        "Military Construction Appropriations bill Tuesday evening by a voice vote. In May of "
        "2006, The House of Representatives passed its version of the bill 395-0."
    )
    assert len(types(record, "legislation")) == 2
