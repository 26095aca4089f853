"""Organizations and locations as releases write them: names cut by stripped punctuation,
bodies named inside other bodies' names, acronyms, companies, people and places that the
model takes for bodies, and the other way round."""

from pressmine.extract.locations import _may_be_place


def org_names(record):
    names = set()
    for o in record.organizations:
        names |= {o.name, *o.aliases} | ({o.acronym} if o.acronym else set())
    return names


def place_names(record):
    return {n for p in record.locations for n in (p.name, *p.aliases)}


# A Senate page with its punctuation stripped: commas and parentheses left runs of spaces.
STRIPPED = (
    "   WASHINGTON   Senator Mike Crapo  R ID  and Senator Patrick Leahy  D VT  wrote to the "
    "Senate Appropriations Subcommittee on Commerce  Justice and Science  urging it to keep the "
    "fund  Senator Sherrod Brown  a member of the Senate Banking  Housing  and Urban Affairs "
    "Committee  joined them  Senator Edward Kennedy of the Senate s Health  Education  Labor "
    "and Pensions Committee said the fund matters to families in Akron  Columbus  Dayton  and "
    "Toledo  The letter went to the Department of Justice  which runs the fund  Brown said the "
    "families need help now  He said that the fund has served them for two decades  and that "
    "the Senate will act on it soon  The letter was sent on Monday  "
)


def test_names_cut_at_stripped_commas_are_whole(extract):
    record = extract(STRIPPED)
    names = org_names(record)
    assert "Senate Appropriations Subcommittee on Commerce Justice and Science" in names
    assert "Senate Banking Housing and Urban Affairs Committee" in names
    assert "Health Education Labor and Pensions Committee" in names
    assert not names & {"Science", "Urban Affairs Committee", "Labor and Pensions Committee"}
    # A body's name may end on a word that is also a title.
    assert "Department of Justice" in names


def test_party_states_are_neither_bodies_nor_places(extract):
    record = extract(STRIPPED)
    assert not org_names(record) & {"ID", "VT"}
    assert not place_names(record) & {"ID", "VT", "Idaho", "Vermont"}


def test_names_listed_among_places_are_places(extract):
    record = extract(STRIPPED)
    assert {"Akron", "Columbus", "Dayton", "Toledo"} <= place_names(record)
    assert not org_names(record) & {"Columbus", "Dayton"}


def test_acronym_of_a_common_phrase_is_no_body(extract):
    record = extract(
        "The defendant contacted an FBI online covert employee (OCE) on a dark web market. "
        "He later sent the OCE a package. He had worked as a cleared American guard (CAG) at "
        "a consulate."
    )
    names = org_names(record)
    assert "FBI" in names
    assert not names & {"OCE", "CAG"}


def test_companies_with_legal_suffixes_and_short_names(extract, sample):
    # "... against ATP Oil & Gas Corporation and ATP Infrastructure Partners, LP (ATP-IP)"
    bodies = {o.name: o for o in extract(sample("release_07360.txt")).organizations}
    assert bodies["ATP Infrastructure Partners, LP"].acronym == "ATP-IP"
    assert "ATP" in bodies["ATP Oil & Gas Corporation"].aliases
    # "... against Kwong Tung Foods Inc. (Kwong Tung Foods) doing business as Canton Foods"
    record = extract(sample("release_02446.txt"))
    foods = [o for o in record.organizations if "Foods" in o.name]
    assert len(foods) == 1 and "Canton Foods" in foods[0].aliases


def test_owner_acronym_keeps_its_unit_and_the_unit_its_full_name(extract):
    record = extract(
        "Special Agent in Charge Vincent Lisi of the FBI's Boston Division made the "
        "announcement. The case was investigated by the FBI's Boston Division Cyber Task Force."
    )
    names = org_names(record)
    assert {"FBI", "FBI Boston Division", "FBI Boston Division Cyber Task Force"} <= names


def test_two_bodies_joined_by_and_when_the_text_names_one_alone(extract):
    record = extract(
        "The award goes to the University of Tennessee. Oak Ridge National Laboratory (ORNL) "
        "will host the machine. I am proud of the University of Tennessee and Oak Ridge "
        "National Laboratory, which built it."
    )
    names = {o.name for o in record.organizations}
    assert {"University of Tennessee", "Oak Ridge National Laboratory"} <= names
    assert not any(" and " in n for n in names)


def test_department_of_health_and_human_services_stays_one(extract):
    record = extract(
        "The Office of Inspector General of the U.S. Department of Health and Human Services "
        "investigated the case."
    )
    names = {o.name for o in record.organizations}
    assert "Human Services" not in names
    assert any(n.endswith("Health and Human Services") for n in names)


def test_people_are_not_bodies(extract, sample):
    record = extract(
        "U.S. Senators Lamar Alexander (R-TN) and Bob Corker (R-TN) today applauded the grant. "
        "This announcement means a great deal, said Corker."
    )
    assert not org_names(record) & {"Corker", "TN"}
    # "The defendants charged in the indictment are Zechariah Aaron Johnston, 31; Steven
    # Walter Cooke, 47; ...": a first name split from the rest; a name also tagged PERSON.
    record = extract(sample("release_10174.txt"))
    assert "Steven Walter Cooke" not in org_names(record)
    assert "Zechariah" not in place_names(record)


def test_the_va_is_a_body_and_us_before_a_noun_no_place(extract):
    record = extract(
        "Sen. Bernie Sanders (I-VT) said it is critical that the VA has the resources it needs. "
        "U.S. law enforcement agents and the U.S. government agreed."
    )
    assert "VA" in org_names(record)
    places = place_names(record)
    assert "VA" not in places and not any(p.startswith("U.S") for p in places)


def test_washington_dc_is_one_place_and_state_codes_merge(extract):
    record = extract(
        "The plant in Lowell, MA will close, and workers in Massachusetts will lose their "
        "jobs. The agency in Washington, D.C. agreed."
    )
    places = {p.name: p for p in record.locations}
    assert not any(n.startswith("D.C") for n in places)
    assert "MA" in places["Massachusetts"].aliases
    assert "MA" not in org_names(record)


def test_names_around_a_place_and_a_body(extract):
    record = extract(
        "Sanders was joined by Gary DeGasta, head of the Veterans Administration Medical Center "
        "in White River Junction. Sanders serves on the Veterans' Affairs Committee. The case "
        "was investigated by the Walker County, Texas, Sheriff's Office and the Massachusetts "
        "State Police."
    )
    names = org_names(record)
    assert "White River Junction" not in names
    assert "White River Junction" in place_names(record)
    assert "Veterans' Affairs Committee" in names
    assert "Walker County, Texas, Sheriff's Office" in names
    assert "Massachusetts State" not in place_names(record)


def test_parenthesis_does_not_leak_into_a_name(extract):
    record = extract(
        "An unclassified summary of a National Intelligence Estimate (NIE) on Iraq was "
        "released today. The NIE notes measurable progress."
    )
    assert not any("(" in n for n in org_names(record))


def test_a_stripped_possessive_is_the_place_itself(extract):
    # DOJ release_02152: apostrophes dropped by the scraper
    record = extract(
        "the collapse and failure of Westernbank Puerto Rico (Westernbank), once one of "
        "Puerto Ricos largest banks. The bank was based in Puerto Rico."
    )
    assert "Puerto Rico" in {p.name for p in record.locations}
    assert "Puerto Ricos" not in {p.name for p in record.locations}


def test_visas_codes_and_furniture_are_no_places(extract):
    # DOJ release_00724; Senate pages with their punctuation stripped
    record = extract("such as H-1B, H-2A, and H-2B visas. The agencies will also meet in Denver.")
    assert not any(any(c.isdigit() for c in n) for n in place_names(record))
    record = extract("  WASHINGTON    Sen  Carl Levin  D Mich   announced today that the Veterans")
    assert "D Mich" not in place_names(record)
    record = extract(
        "of the Department of Defense  DoD  under a single commander  DoD has eight members"
    )
    assert "DoD" not in place_names(record)


def test_counties_in_bodies_and_homes_of_defendants_are_places(extract):
    # DOJ release_04882
    record = extract(
        "Craig Heitkamp, 50, and Rachel Reeve, all of Centralia; Michael Flanagan, 41, and "
        "Kathy Tomes, 61, of Sandoval; Dusty Gambill, 39, of Central City; and David Altom. "
        "The case was investigated by the FBI and the Clinton County Sheriffs Department, "
        "assisted by the Mt. Vernon Police Department."
    )
    names = place_names(record)
    assert {"Centralia", "Sandoval", "Central City", "Clinton County", "Mt. Vernon"} <= names
    assert "Vernon" not in names
    # Senate 16Jun2005Carper11: a county's officer is no county
    record = extract("Governor Ruth Ann Minner and County Executive Chris Coons announced")
    assert "County" not in place_names(record)


def test_aliases_and_company_initials_are_no_places(extract):
    # DOJ release_01060, release_03244
    record = extract(
        "The following defendants, all of Baltimore, are charged: John Harrison, a/k/a Binkie, "
        "age 27;Linton Broughton, a/k/a Marty, age 24; Dennis Pulley, a/k/a Denmo, age 30."
    )
    assert not {"Binkie", "Marty", "Denmo"} & place_names(record)
    # DOJ release_03244: "R&S, St. Theresa and New Day were community mental health centers"
    assert not _may_be_place("R&S")
    assert _may_be_place("St. Theresa")
