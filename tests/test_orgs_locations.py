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


def test_people_named_with_an_age_or_after_a_title_are_not_bodies(extract, sample):
    # "... James Horton, 48, Destry Wood, 51, Shelonda Shackleford, 26, ... and Jayme Barnes,
    # 35, of Odin": the model tags some of the defendants ORG, and their surnames after.
    record = extract(sample("release_04882.txt"))
    assert not org_names(record) & {"Destry Wood", "Wood", "Jayme Barnes"}
    # "Acting Special Agent in Charge Ricardo Mayoral of U.S. Immigration ...", "U.S. Attorney
    # Rosa Emilia Rodriguez-Vlez": the tail of a title or of a person's name.
    record = extract(
        "U.S. Attorney Rosa Emilia Rodriguez-Vlez of the District of Puerto Rico, Acting "
        "Inspector General Fred W. Gibson of the Federal Deposit Insurance Corporations Office "
        "of Inspector General (FDIC-OIG), Acting Special Agent in Charge Ricardo Mayoral of U.S. "
        "Immigration and Customs Enforcements Homeland Security Investigations (HSI) San Juan "
        "made the announcement."
    )
    names = org_names(record)
    assert not {n for n in names if "Mayoral" in n or "Vlez" in n}
    assert "FDIC-OIG" in names


def test_programmes_rules_products_and_laws_are_not_bodies(extract):
    record = extract(
        "The complaint alleges that Chism prepared returns falsely claiming refundable credits, "
        "including the Earned Income Tax Credit (EITC) and credits for education expenses. Any "
        "sentence will be determined by the court based on the advisory Sentencing Guidelines "
        "and other statutory factors. The Air National Guard received the final C 130J Super "
        "Hercules airplane. The Bullhead City Fire District violated the Uniformed Services "
        "Employment and Reemployment Rights Act of 1994 (USERRA)."
    )
    names = org_names(record)
    assert not names & {
        "Earned Income Tax Credit", "EITC", "Sentencing Guidelines", "C 130J Super Hercules",
        "Uniformed Services",
    }  # fmt: skip
    assert "Bullhead City Fire District" in names


def test_places_named_like_bodies_and_a_law_after_a_list(extract):
    # A stripped Senate page: "... Fort Dodge  s economic revitalization in the final FY 2006
    # Transportation  Treasury  ... (TTHUD)  Appropriations Bill   The House and Senate ..."
    record = extract(
        "   WASHINGTON  D C     Senator Tom Harkin  D IA   a senior member of the Senate "
        "Appropriations committee  today announced that he secured  300 000 to support Fort "
        "Dodge  s economic revitalization in the final FY 2006 Transportation  Treasury  "
        "Judiciary  Housing and Urban Development  TTHUD  Appropriations Bill   The House and "
        "Senate are expected to approve the final bill  "
    )
    names = org_names(record)
    assert {"Senate Appropriations committee", "House", "Senate"} <= names
    assert not names & {"Fort Dodge", "TTHUD", "House and Senate", "Senate Appropriations"}


def test_names_cut_at_and_commas_or_before_a_suffix_are_whole(extract):
    record = extract(
        "The case was referred by the U.S. Department of Labor (DOL), pursuant to an "
        "investigation by the DOLs Veterans Employment and Training Service. Assisting in the "
        "arrests were the United States Marshal Service, the Bureau of Alcohol, Tobacco, "
        "Firearms and Explosives, the Drug Enforcement Administration, and the Illinois "
        "Department of Corrections. Mayol was the president of Transportation Services "
        "Providers Inc., a transportation company."
    )
    names = org_names(record)
    assert {
        "Veterans Employment and Training Service",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        "Transportation Services Providers Inc",
    } <= names
    assert not names & {"Veterans Employment", "Training Service", "Bureau of Alcohol"}


def test_a_force_and_its_department_are_one_body(extract):
    record = extract(
        "I want to thank the FBI's Washington Field Office, the Metro Transit Police, and the "
        "trial team. Young was formerly employed as a police officer with the Metro Transit "
        "Police Department. Guinan served in the U.S. Army Reserve. He was deployed three times "
        "in the Army Reserves."
    )
    metro = [o for o in record.organizations if o.name.startswith("Metro Transit")]
    assert len(metro) == 1 and "Metro Transit Police" in metro[0].aliases
    army = [o for o in record.organizations if "Army" in o.name]
    assert len(army) == 1


def test_people_in_cases_and_after_bodies_are_not_bodies(extract):
    record = extract(
        "The case is being prosecuted by Assistant U.S. Attorney Ann Lee of the Violent and "
        "Organized Crime Section of the U.S. Attorneys Office and Trial Attorney Saeed Mody of "
        "the Civil Rights Division. The nine Los Angeles indictments (U.S. v. Soto Martinez; "
        "U.S. v. Castellon and Reynosa; and U.S. v. Bravo) involve the gang. Special Agent in "
        "Charge Daniel L. Board Jr. of the Bureau of Alcohol, Tobacco, Firearms and Explosives "
        "made the announcement."
    )
    names = org_names(record)
    assert "U.S. Attorneys Office" in names
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives" in names
    assert not {n for n in names if "Mody" in n or "Castellon" in n or "Charge" in n}


def test_dates_and_glued_words_are_no_part_of_a_name(extract):
    record = extract(
        "Senator Barrasso visited injured soldiers at Walter Reed Medical Center on Nov. 2.\n"
        "Murray N. Ross, Ph.D., Vice President & Director, Institute of Health Policy, Kaiser "
        "PermanenteNone  John Thorne, Partner, Kellogg, Huber, Hansen, Todd, Evans & Figel PLLC"
    )
    names = org_names(record)
    assert {"Walter Reed Medical Center", "Kaiser Permanente"} <= names
    assert not {n for n in names if "Nov" in n or "None" in n}


def test_stripped_names_across_and_and_before_an_acronym(extract):
    # Stripped Senate pages: "(HELP)" and "(DNI)" left between runs of spaces.
    record = extract(
        "   WASHINGTON    U S  Senator Mike Enzi  R Wyo   Chairman of the Senate Health  "
        "Education  Labor and Pensions  HELP  Committee introduced a bill this week  The bill "
        "would provide the new Director of National Intelligence  DNI   the Secretary of "
        "Defense  and the Chairman of the Joint Chiefs of Staff with one primary advisor  "
        "Senator Reed secured a provision ensuring the Air Force would direct the planes  The "
        "task force will meet  "
    )
    names = org_names(record)
    assert "Senate Health Education Labor and Pensions HELP Committee" in names
    assert {"Joint Chiefs of Staff", "Air Force"} <= names
    assert not names & {"Senate Health Education Labor", "National Intelligence DNI"}


def test_home_towns_adjectives_and_empty_fields_are_not_bodies(extract):
    record = extract(
        "Michael Flanagan, 41, and Kathy Tomes, 61, of Sandoval; Dusty Gambill, 39, of Central "
        "City were charged. The U.S. Environmental Protection Agency (EPA) said the EPA-issued "
        "certificates were void.\nNone None None None None\n"
    )
    names = org_names(record)
    assert "EPA" in names
    assert not {n for n in names if "Sandoval" in n or "None" in n or "issued" in n}


def test_lists_and_possessives_before_and(extract):
    record = extract(
        "The Civil Rights Divisions Immigrant and Employee Rights Section (IER), formerly known "
        "as the Office of Special Counsel, enforces the law. He thanked the Philadelphia Police "
        "Department, the Department of Commerce, Customs and Border Protection, the Bureau of "
        "Alcohol, Tobacco, Firearms and Explosives and the Document and Media Exploitation "
        "Branch and International Organized Crime Intelligence and Operations Center (IOC-2)."
    )
    names = org_names(record)
    assert {
        "Immigrant and Employee Rights Section",
        "Department of Commerce",
        "International Organized Crime Intelligence and Operations Center",
    } <= names
    assert not {n for n in names if n.startswith("Rights") or "Borde" in n}


def test_scraper_leftovers_addresses_and_forms_of_address(extract):
    # A stripped Senate page: "University of South Alabama  Mitchell College of Business
    # Library and Career Center"; "U S  Sen  Dick Durbin  D IL" as a heading.
    record = extract(
        "   WASHINGTON    U S  Sen  Dick Durbin  D IL  today announced funding for the "
        "University of South Alabama  Mitchell College of Business Library and Career Center  "
        "The Mitchell College of Business will use the funds  Shelby said  The office is at "
        "245 Moreau St in the city  "
    )
    names = org_names(record)
    assert "Mitchell College of Business" in names
    assert not {n for n in names if n.endswith("Busines") or "Durbin" in n or "Moreau" in n}


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


def test_words_shouted_in_a_headline_are_no_acronyms(extract):
    # Senate 15Jul2004Dodd407, 29Jul2005Frist8, 15Nov2006Thomas75
    record = extract(
        "BRISTOL RECEIVES MORE THAN $700,000 FOR PUBLIC SERVICES\n"
        "SENATE PASSES FUNDING FOR INSTITUTE AT UNIVERSITY OF TENNESSEE\n"
        "The City of Bristol will receive the funds for public services, Senator Chris Dodd "
        "said. The Senate passed the bill. The University of Tennessee (UT) and FEMA will help."
    )
    names = org_names(record)
    assert not names & {"BRISTOL", "PUBLIC", "SENATE", "AT UNIVERSITY OF TENNESSEE"}
    assert {"University of Tennessee", "FEMA"} <= names


def test_titles_aliases_and_sentence_openers_are_no_places(extract):
    # Senate 02Nov2007Sununu35, DOJ release_03076, release_11644, Senate 11Oct2007Feinstein148
    names = place_names(
        extract(
            "WASHINGTON  DC  United States Senators Judd Gregg and John Sununu  R NH  today "
            "urged the Labor Department to act."
        )
    )
    assert "United States Senators" not in names
    names = place_names(
        extract(
            "Special Agent in Charge Douglas A. Leff of the FBI's San Juan, Puerto Rico, "
            "Division, Acting Special Agent in Charge James M. Gibbons of the U.S. Immigration "
            "and Customs Enforcement. Hamdan and other defendants, including Hamze El-Najjar, "
            'a/k/a "Hamze Al-Najjar," Moustafa Habib Kassem and Alaa Allia Ahmed Mohamed, '
            'a.k.a "Alaa Ahmed Mohamed Abouelnaga," shipped weapons to Syria.'
        )
    )
    assert not {"Acting Special Agent", "Hamze El-Najjar", "Mohamed, a.k.a"} & names
    assert {"Syria", "San Juan"} <= names
    record = extract(
        "The bill sets a cap on carbon emissions in California. Fourth, linking the U.S. carbon "
        "market with international markets will help."
    )
    assert "Fourth" not in place_names(record)


def test_a_town_after_city_of_and_a_national_body_named_by_its_fields(extract):
    # seed 003: "in the city of Karaganda"
    record = extract(
        "The delegation met Police Departments in Akmola and Karaganda regions. In particular, "
        "in the city of Karaganda, the delegation visited a police station."
    )
    assert "Karaganda" not in org_names(record)
    assert "Karaganda" in place_names(record)
    # DOJ release_12400, release_10636
    record = extract(
        "The case was investigated by U.S. Immigration and Customs Enforcement, the "
        "Washington Metropolitan Police Department and the FBI."
    )
    names = org_names(record)
    assert "U.S. Immigration and Customs Enforcement" in names
    assert "U.S. Immigration" not in names


def test_possessives_stripped_of_their_apostrophe_after_a_body(extract):
    # DOJ release_01816, release_08620; Senate 30Nov2006Shelby369
    record = extract(
        "Special Agent in Charge Stephen G. Azzam of the Drug Enforcement Administrations (DEA) "
        "New Orleans Field Office announced the charges. The rule follows the Federal Trade "
        "Commissions (FTC) approval of a regulation. These funds have been awarded by the "
        "Department of Homeland Securitys Office for Domestic Preparedness as a grant."
    )
    names = org_names(record)
    assert {"Drug Enforcement Administration", "Federal Trade Commission"} <= names
    assert "Office for Domestic Preparedness" in names
    assert not {"Drug Enforcement Administrations", "Federal Trade Commissions"} & names
    assert "Department of Homeland Securitys Office for Domestic Preparedness" not in names


def test_headline_verbs_are_no_part_of_a_body(extract):
    # Senate 22Jun2005Lincoln15, 3Oct2005Clinton211
    record = extract(
        "Lincoln  Biofuels Would Provide Significant Boost to Economies of Rural America    \n"
        "October 3  2005 Clinton Calls on Bush Administration to Implement Federal Government "
        "Oil Savings Plan    \nSenator Lincoln said the plan will help farmers."
    )
    names = org_names(record)
    assert not {"Lincoln Biofuels Would", "Implement Federal Government"} & names


def test_an_acronym_of_a_run_of_a_names_words(extract):
    # DOJ release_01564; the ATF as DOJ releases name it
    record = extract(
        "The case was investigated by the U.S. Immigration and Customs Enforcements Homeland "
        "Security Investigations. HSI will continue to investigate. Agents of the Bureau of "
        "Alcohol, Tobacco, Firearms and Explosives arrested him; ATF agents found two guns."
    )
    by_acronym = {o.acronym: o.name for o in record.organizations if o.acronym}
    assert by_acronym.get("ATF") == "Bureau of Alcohol, Tobacco, Firearms and Explosives"
    assert "Homeland Security Investigations" in by_acronym.get("HSI", "")
    # Senate 02Nov2007Sununu35: "TAA" beside the "Alternative Trade Adjustment Assistance
    # (ATAA)" is another programme
    record = extract(
        "Workers may get Alternative Trade Adjustment Assistance (ATAA) from the Department "
        "of Labor. TAA benefits include training."
    )
    assert not any(o.acronym == "ATAA" and "TAA" in o.aliases for o in record.organizations)


def test_a_company_after_a_title_and_of_is_a_body(extract):
    # DOJ release_02152: the model tags the bare "Inyx" PERSON elsewhere
    record = extract(
        "From 2005 to 2007, Kachkar served as chairman and CEO of Inyx Inc., which was publicly "
        "traded on the Nasdaq. Westernbank provided loans and lines of credit to Inyx and its "
        "subsidiaries in exchange for a security interest in the assets of Inyx."
    )
    assert any(n.startswith("Inyx Inc") for n in org_names(record))


def test_a_laws_acronym_is_no_place(extract):
    # a Senate page with its punctuation stripped
    record = extract(
        "WASHINGTON  The FY 2006 Transportation  Treasury  Judiciary  Housing and Urban "
        "Development  TTHUD  Appropriations Bill   The House and Senate passed it today  "
        "Harkin said the bill funds roads in Iowa  "
    )
    names = place_names(record)
    assert "TTHUD" not in names
    assert "Iowa" in names


def test_sites_named_like_bodies_are_places(extract):
    # Senate 1Aug2007Craig109, 14Dec2004Stabenow427 and DOJ release_04756
    record = extract(
        "Idaho was exposed to fallout from nuclear tests at the Nevada Test Site in the 1950s. "
        "Officials joined Senator Stabenow at the St. Clair International Airport to highlight "
        "the funding. Both defendants worked out of a Texas National Guard Armory known as the "
        "Westheimer Armory."
    )
    places, bodies = place_names(record), org_names(record)
    assert {"Nevada Test Site", "St. Clair International Airport"} <= places
    assert "Texas National Guard Armory" not in places | bodies
    assert not bodies & {"Nevada Test Site", "Westheimer Armory"}


def test_a_state_or_town_by_its_government_is_a_place(extract):
    # Senate 18Jan2006Snowe112 and 14Sep2005Sarbanes63
    record = extract(
        "His leadership will be missed not only by the Passamaquoddy nation at Pleasant Point, "
        "but across the State of Maine. The Town of Ocean City committed more than $12 million "
        "to protect Ocean City."
    )
    places, bodies = place_names(record), org_names(record)
    assert {"State of Maine", "Pleasant Point"} <= places
    assert not bodies & {"State of Maine", "Town of Ocean City"}
    town = {"Ocean City", "Town of Ocean City"}
    assert any(town <= {p.name, *p.aliases} for p in record.locations)


def test_a_state_named_only_in_a_courts_district_is_no_place(extract):
    # DOJ release_03664, release_09628, release_02026
    record = extract(
        "Maweu was sentenced by U.S. District Judge S. Maurice Hicks Jr. of the Western District "
        "of Louisiana. Jeffery K. Armstrong, 51, of South Riding, Va., was charged in the "
        "Eastern District of Virginia. Comments may be sent to the Federal Trade Commission, "
        "600 Pennsylvania Avenue, NW, Washington, D.C. 20580."
    )
    places = place_names(record)
    assert not places & {"Louisiana", "NW"}
    assert {"Virginia", "Va."} & places and "South Riding" in places


def test_drugs_aliases_diseases_and_people_in_lists_are_no_bodies(extract):
    # DOJ release_03118, release_03664, release_01480 and Senate 12Jul2005Crapo524 (stripped)
    record = extract(
        "The investigation sought the source of the prescription painkiller Opana (oxymorphone), "
        "which was prevalent in Austin, Indiana. The two obtained Opana and methamphetamine from "
        "sources in Louisville, Kentucky. Maweu admitted that, using the online alias Catfish, "
        "he posted messages. He used celebrity names on fake prescriptions, such as Michael "
        "Jackson, Freddie Mae and Diana Ross. The rule helps passengers with Chronic Obstructive "
        "Pulmonary Disease (COPD) and the Federal Response Plan."
    )
    names = org_names(record) | place_names(record)
    assert not names & {"Opana", "Catfish", "Freddie Mae", "COPD", "Federal Response Plan"}
    assert not any("Disease" in n for n in names)
    assert {"Austin", "Louisville"} <= place_names(record)


def test_acronyms_of_kinds_of_bodies_and_of_substances_are_no_bodies(extract):
    # DOJ release_05302, release_01480 and Senate 10May2004Corzine215
    record = extract(
        "Caremark L.L.C., a pharmacy benefit management company (PBM), will pay the United "
        "States $6 million. Medicaid may seek reimbursement from the insurer or its PBM. A PBM "
        "administers drug benefits. Patients received injections of preservative-free "
        "methylprednisolone acetate (MPA) manufactured by NECC. HUD's notice also states that "
        "PHAs can appeal. If funds can be used for some PHAs, there is no reason why a PHA "
        "should not."
    )
    assert not org_names(record) & {"PBM", "MPA", "PHA", "PHAs"}
    assert "NECC" in org_names(record)


def test_an_acronym_of_a_run_of_words_of_one_body_named_twice(extract):
    # Senate 10May2004Corzine215: "HUD" for both names of the department
    record = extract(
        "Grants were awarded by the U.S. Department of Housing and Urban Development. In a "
        "letter to HUD Secretary Alphonso Jackson, Senator Corzine wrote that HUD's "
        "interpretation harms families. He wrote to the Department of Housing and Urban "
        "Development again."
    )
    hud = [o for o in record.organizations if "HUD" in {o.acronym, *o.aliases, o.name}]
    assert len(hud) == 1 and "Housing and Urban Development" in hud[0].name


def test_a_chamber_before_fields_a_possessive_inside_and_a_glued_of(extract):
    # Senate 10May2004Corzine215 and 17Jun2005Clinton453 (stripped), DOJ release_05302
    record = extract(
        '"This is an outrage," wrote Senator Corzine, a member of the Senate Banking, Housing '
        "and Urban Affairs Committee. The case was handled by the U.S. Attorneys Office for the "
        "Western District ofTexas."
    )
    names = org_names(record)
    assert "Senate Banking, Housing and Urban Affairs Committee" in names
    assert "U.S. Attorneys Office for the Western District ofTexas" in names
    assert not names & {"Senate Banking", "Housing and Urban Affairs Committee"}
    record = extract(
        "   Valhalla  NY    Today  Senator Hillary Rodham Clinton was joined by leaders at "
        "Blythedale Children s Hospital in announcing that she will be introducing the Lifespan "
        "Respite Care Act  "
    )
    assert "Blythedale Children s Hospital" in org_names(record)
    # the dateline in small letters: the model tags the town a person, the state's code a body
    assert "Valhalla" in place_names(record) and "NY" not in org_names(record)


def test_the_owner_before_its_unit_and_a_secretarys_portfolio(extract):
    # DOJ release_05302
    record = extract(
        "The initiative was announced in May 2009 by the Attorney General and the Secretary of "
        "Health and Human Services. The case was investigated by the Justice Departments Civil "
        "Division and the Department of Health and Human Services Office of Inspector General."
    )
    names = org_names(record)
    assert "Department of Health and Human Services" in names
    assert "Department of Health and Human Services Office of Inspector General" in names
    assert "Human Services" not in names


def test_a_command_owns_its_units_and_a_chamber_its_caucus(extract):
    # DOJ release_00178 (outside the splits) and Senate 12Jul2005Crapo524 (stripped)
    record = extract(
        "Director Frank Robey of the U.S. Army Criminal Investigation Commands (CID) Major "
        "Procurement Fraud Unit (MPFU) made the announcement."
    )
    command = [o for o in record.organizations if o.acronym == "CID"]
    assert command and command[0].name == "U.S. Army Criminal Investigation Command"
    assert "Major Procurement Fraud Unit" in org_names(record)
    record = extract(
        "   Washington  DC   Idaho Senator Mike Crapo  Co Chair of a Senate Caucus dealing with "
        "chronic breathing issues  today won federal rule changes   Crapo formed the Senate COPD "
        "Caucus in 2003 to give those with breathing difficulties a larger voice  "
    )
    caucus = [o for o in record.organizations if "Caucus" in o.name]
    assert len(caucus) == 1 and {"Senate COPD Caucus", "Senate Caucus"} <= org_names(record)
    assert "Senate" not in org_names(record)


def test_a_name_a_pronoun_refers_to_and_glued_link_titles_are_no_bodies(extract):
    # DOJ release_02026
    record = extract(
        "The Antitrust Division filed a civil antitrust lawsuit yesterday in U.S. District Court "
        "against Fayez Sarofim for violating the premerger notification requirements of the HSR "
        "Act when he acquired voting securities of Kinder Morgan Inc. in 2001. Sarofim has "
        "agreed to pay a $720,000 civil penalty.Sarofim CISSarofim ComplaintSarofim "
        "ExplanationSarofim PFJSarofim Stipulation"
    )
    names = org_names(record)
    assert not any("Sarofim" in n for n in names)
    assert "Kinder Morgan Inc." in names or "Kinder Morgan Inc" in names


def test_a_newspaper_a_senators_office_and_a_fiscal_year(extract):
    # Senate 10May2004Corzine215 and 07Jun2007Corker121 (stripped)
    record = extract(
        "The vouchers would run out on June 30th because of the HUD changes, the Home News "
        "Tribune reported. I am writing to express my concern about HUD's guidance on FY2004 "
        "Section 8 voucher renewals."
    )
    names = org_names(record)
    assert "Home News Tribune" in names
    assert not any(n.startswith(("FY2004", "Section")) for n in names)
    record = extract(
        "   Contact  Todd Womack   from the Office of Senator Bob Corker  Thursday  June 07  2007 "
        " WASHINGTON  D C   U S  Senator Bob Corker  R TN  made the following statement today  "
    )
    assert "Office of Senator" not in org_names(record)


def test_a_unit_of_a_body_named_by_its_owners_possessive(extract):
    # DOJ release_03664: the apostrophe of "ICE's" stripped
    record = extract(
        "The case was investigated by Immigration and Customs Enforcement-Homeland Security "
        "Investigations (ICE-HSI), the Child Exploitation Section of ICEs Cyber Crime Center, "
        "and the Criminal Divisions Child Exploitation and Obscenity Section (CEOS)."
    )
    names = org_names(record)
    assert "Child Exploitation Section of ICEs Cyber Crime Center" in names
    assert "Cyber Crime Center" in names and "ICE" in names
    assert "Child Exploitation Section of ICE" not in names


def test_a_town_before_its_state_is_a_place_though_tagged_a_person_elsewhere(extract):
    # Senate 10May2004Corzine215
    record = extract(
        "Just last week, Woodbridge Housing Authority in Woodbridge, New Jersey, was forced to "
        "notify 72 families. I fear that Woodbridge is only the tip of the iceberg. Other "
        "housing authorities will have to cut vouchers just as Woodbridge did."
    )
    assert "Woodbridge" in place_names(record)


def test_a_company_with_a_legal_suffix_tagged_as_a_person_is_a_body(extract):
    # DOJ release_05302: the model tags "Caremark L.L.C." PERSON
    record = extract(
        "Caremark L.L.C., a pharmacy benefit management company, will pay the United States $6 "
        "million to settle allegations that Caremark knowingly failed to reimburse Medicaid."
    )
    assert {"Caremark L.L.C.", "Caremark L.L.C"} & org_names(record)


def test_a_short_name_whose_words_a_longer_one_has_in_order(extract):
    # DOJ release_04756 and Senate 15Jun2007Reed4
    record = extract(
        "An Army National Guard recruiter was convicted today. Martin served as an Army "
        "National Guard recruiter, paid to refer others to join the National Guard."
    )
    guard = [o for o in record.organizations if "Guard" in o.name]
    assert len(guard) == 1 and guard[0].name == "Army National Guard"
    record = extract(
        "   Reed welcomed the eighth and final C 130J Super Hercules airplane to the Rhode "
        "Island Air National Guard  This is a great day  Senator Reed has been a tireless "
        "advocate for modernizing the Air Guards fleet  The Rhode Island National Guard helped  "
    )
    names = {o.name for o in record.organizations}
    assert "Air Guards" not in names
    assert any(o.name.endswith("Air National Guard") for o in record.organizations)


def test_a_place_before_coast_is_one_name_with_it(extract):
    # Senate 14Sep2005Sarbanes63
    record = extract(
        "Sens. Paul S. Sarbanes (D-MD) and Barbara A. Mikulski (D-MD) cited the threat of severe "
        "erosion along the Atlantic Coast. Officials agreed to share in the costs of providing "
        "hurricane protection to the Town of Ocean City on Maryland's Atlantic coast."
    )
    places = place_names(record)
    assert "Atlantic Coast" in places and "Atlantic" not in places


def test_an_item_of_a_list_of_bodies_runs_to_its_comma(extract):
    # DOJ release_03118
    record = extract(
        "The investigation was conducted by the Drug Enforcement Administration, Indiana State "
        "Police, Bureau of Alcohol Tobacco, Firearms and Explosives, Internal Revenue Service "
        "Criminal Investigation, U. S. Postal Inspection Service, United States Marshals "
        "Service, and the Hendricks County Sheriffs Department."
    )
    names = org_names(record)
    assert "Internal Revenue Service Criminal Investigation" in names
    assert "Internal Revenue Service" not in names


def test_a_headlines_capitals_on_a_phrase_the_text_writes_small(extract):
    # Senate 02Feb2007Schumer681 (stripped) and DOJ release_10678 (outside the splits)
    record = extract(
        "   Schumer Announces Over  742 000 For Upstate Medical University In Syracuse       "
        "Federal Funds Will Be Used For Genetic Research Projects       The university will use "
        " 445 768 in federal funds for genetic studies  "
    )
    assert "Federal Funds" not in org_names(record)
    record = extract(
        "The Justice Department today announced that the Housing Authority for the city of "
        "Royston, Ga., will pay $100,000. The RHA is a public housing authority."
    )
    assert any(n.startswith("Housing Authority") for n in org_names(record))


def test_a_hyphenated_compound_before_a_name_and_a_pages_topics(extract):
    # DOJ release_00934 and Senate 02Feb2007Schumer681 (page furniture on top)
    record = extract(
        "This case involved fraud perpetrated in the Service-Disabled Veteran-Owned Small "
        "Business Contracting Program and the 8(a) Program for disadvantaged individuals."
    )
    assert "Service-Disabled Veteran-Owned Small Business Contracting Program" in org_names(record)
    record = extract(
        "    Latest News             TOPICS                        Latest              News     "
        "       FOR IMMEDIATE RELEASE  February 2  2007 Schumer Announces Over  742 000 For "
        "Upstate Medical University In Syracuse   The university will use the funds  "
    )
    assert "TOPICS" not in place_names(record)


def test_a_police_forces_place_is_not_cut_from_a_longer_name(extract):
    # DOJ release_01060
    record = extract(
        "The arrests were made by special agents and task force officers from the Baltimore, "
        "Baltimore County and Anne Arundel County Police Departments."
    )
    assert "Arundel County" not in place_names(record)


def test_places_listed_before_a_plural_force_name_one_force_each(extract):
    # DOJ release_01060
    record = extract(
        "The arrests were made by special agents and task force officers from the Baltimore, "
        "Baltimore County and Anne Arundel County Police Departments."
    )
    names = {o.name for o in record.organizations}
    assert {
        "Baltimore Police Department",
        "Baltimore County Police Department",
        "Anne Arundel County Police Department",
    } <= names


def test_checks_found_on_releases_outside_the_splits(extract):
    # Senate 02Sep2005Inouye29 (stripped): the dateline after furniture is no term's acronym
    record = extract(
        "   BIOCONTAINMENT LABORATORY              September 2  2005        For Immediate "
        "Release  WASHINGTON  U S  Senator Daniel K  Inouye announced today that the University "
        "of Hawaii will receive funds  "
    )
    assert "WASHINGTON" in place_names(record)
    # DOJ release_11476: a stripped possessive before a quotation is no plural
    record = extract(
        'The long-term investigation was initiated by the FBIs "Safe Streets" Gang Task Force '
        "from North Carolina. The Task Force is composed of the FBI, the Bureau of Alcohol, "
        "Tobacco, Firearms, and Explosives and local police."
    )
    assert "FBI" in org_names(record)
    # Senate 4Nov2005Lott230: "he" is the judge named in an earlier sentence
    record = extract(
        "Judge Alito wrote the opinion. Yet, in another case involving the pro-abortion Planned "
        "Parenthood, he ruled that a state law was unconstitutional."
    )
    assert "Planned Parenthood" in org_names(record)


def test_a_police_service_after_the_names_its_country(extract):
    # DOJ release_01522 (outside the splits)
    record = extract(
        "The South Africa Police Service, Family Violence, Child Protection and Sexual Offences "
        "unit assisted in the investigation."
    )
    assert "South Africa" in place_names(record)


def test_a_datelines_short_town_in_capitals_is_the_place_in_full(extract):
    # Senate 15Jun2007Reed4 (stripped)
    record = extract(
        "   QUONSET  RI  U S  Senator Jack Reed  D RI  today joined with members of the "
        "143rdAirlift Wing  In 2004  the 143rd was the first U S  unit to deploy a C 130J to "
        "Iraq  Over the years  Senator Reed secured  37 million for construction of a new "
        "maintenance hanger for the planes at Quonset Point  The old maintenance hanger  built "
        "in 1941 was not large enough  "
    )
    quonset = [p for p in record.locations if "Quonset Point" in {p.name, *p.aliases}]
    assert quonset and "QUONSET" in {quonset[0].name, *quonset[0].aliases}


def test_a_name_before_neighborhood_is_a_place(extract):
    # DOJ release_01060: the model tags "Sandtown" PERSON
    record = extract(
        "The indictment alleges robbery and witness intimidation. TTG operated in the Sandtown "
        "neighborhood of West Baltimore. Members and associates of TTG sold drugs."
    )
    assert "Sandtown" in place_names(record)


def test_a_places_office_after_a_body_is_that_bodys_office(extract):
    # DOJ release_01816: the owner's acronym between; the owner is still a body of its own
    record = extract(
        "The announcement was made by Special Agent in Charge Stephen G. Azzam of the Drug "
        "Enforcement Administrations (DEA) New Orleans Field Office, Special Agent in Charge "
        "Constance Hester of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) New "
        "Orleans Field Office, and Director John Dowdy of the Mississippi Bureau of Narcotics."
    )
    names = org_names(record)
    assert {
        "Drug Enforcement Administration New Orleans Field Office",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives New Orleans Field Office",
        "Drug Enforcement Administration",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    } <= names
    assert "New Orleans Field Office" not in {o.name for o in record.organizations}


def test_a_body_after_special_agent_in_charge_and_a_name(extract):
    # DOJ release_00640: the model tags "Charge Daniel L. Board of the Bureau of Alcohol" ORG
    record = extract(
        "The announcement was made by Special Agent in Charge Andre Watson of U.S. Immigration "
        "and Customs Enforcements Homeland Security Investigations (ICE-HSI) Baltimore Office; "
        "Special Agent in Charge Daniel L. Board of the Bureau of Alcohol, Tobacco, Firearms and "
        "Explosives, Baltimore Office; and Police Chief Tim Altomare of the Anne Arundel Police "
        "Department."
    )
    names = org_names(record)
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives" in names
    assert (
        "U.S. Immigration and Customs Enforcements Homeland Security Investigations Baltimore "
        "Office" in names
    )
    assert "U.S. Immigration" not in names


def test_listed_local_bodies_keep_their_places(extract):
    # DOJ release_01816: "place, state, body" in a list of bodies; a national body named by
    # its fields and the unit its possessive owns; districts that share one plural noun
    record = extract(
        "The U.S. Marshals Service; Federal Protective Service; U.S. Immigration and Customs "
        "Enforcements Homeland Security Investigations; Mississippi Highway Patrol; Tupelo, "
        "Mississippi, Police Department; North Mississippi Narcotics Unit; Forrest County, "
        "Mississippi, District Attorneys Office; and South Mississippi Metro Enforcement Team "
        "provided valuable assistance in the investigation. The U.S. Attorneys Offices of the "
        "Northern and Southern Districts of Mississippi prosecuted the case."
    )
    names = {o.name for o in record.organizations}
    assert {
        "Tupelo, Mississippi, Police Department",
        "Forrest County, Mississippi, District Attorneys Office",
        "U.S. Immigration and Customs Enforcements Homeland Security Investigations",
        "U.S. Attorneys Offices of the Northern and Southern Districts of Mississippi",
    } <= names
    assert not names & {
        "Police Department",
        "District Attorneys Office",
        "U.S. Immigration",
        "Office of Northern",
        "Office of Southern Districts",
    }
    # DOJ release_02782 (outside the splits): a state of two words
    record = extract(
        "Assistance was provided by the Rhode Island State Police; Warwick, Rhode Island, Police "
        "Department; and the Rhode Island Fusion Center."
    )
    assert "Warwick, Rhode Island, Police Department" in org_names(record)


def test_the_state_itself_and_a_persons_alias_are_no_bodies(extract):
    # Senate 22Aug2007Bunning40 (stripped); DOJ release_00640
    record = extract(
        "Everyday these men and women put their lives on the line to protect life and property "
        "for the Commonwealth  said Senator Bunning. Charged in the indictment is Fermin "
        "Gomez-Jimenez, 20; Manuel Martinez-Aguilar, aka El Lunatic and Zomb, 19."
    )
    assert not org_names(record) & {"Commonwealth", "El Lunatic"}


def test_an_acronym_leaves_out_a_departments_noun(extract):
    # Senate 12Jun2006Murray14 (stripped)
    record = extract(
        "Senator Patty Murray  D WA  demanded action from the Department of Veterans Affairs in "
        "response to the recent data theft  Now that trust has been broken  The VA has "
        "compromised the private  personal data of tens of millions of veterans  "
    )
    dva = [o for o in record.organizations if o.name == "Department of Veterans Affairs"]
    assert dva and dva[0].acronym == "VA"
    assert "VA" not in {o.name for o in record.organizations}


def test_a_title_after_a_departments_field_is_a_persons(extract):
    # DOJ release_01312; "Office of General Counsel" is named by one title
    record = extract(
        "Assistant U.S. Attorney Nick Chase, Assistant U.S. Attorney James Patrick Thomas, and "
        "Department of Justice Trial Attorney Lorinda Laryea are prosecuting the cases. The "
        "Office of General Counsel reviewed them."
    )
    names = org_names(record)
    assert {"Department of Justice", "Office of General Counsel"} <= names
    assert "Department of Justice Trial Attorney" not in names


def test_capitalized_small_words_make_a_headline_not_a_name(extract):
    # Senate 22Jun2007Schumer441 (stripped)
    record = extract(
        "Federal Funds Awarded To Albany Medical Center And Hudson Valley Community College in "
        "Rensselaer County    U S  Senators Charles E  Schumer and Hillary Rodham Clinton today "
        "announced that the full Senate Appropriation Committee has approved the funds  "
    )
    assert not any(" To " in n or " And " in n for n in org_names(record))


def test_the_people_of_a_place_name_a_place(extract):
    # Senate 13Sep2006Schumer243 (stripped)
    record = extract(
        "The funds were awarded by the Appalachian Regional Commission  ARC    ARC is a federal "
        "state partnership that works with the people of Appalachia to create opportunities for "
        "self sustaining economic development  "
    )
    assert "Appalachia" not in org_names(record)
    assert "Appalachia" in place_names(record)


def test_a_states_code_after_a_person_is_no_body(extract):
    # Senate 7Jan2005Domenici499
    record = extract(
        "Reps. Steve Pearce (NM-02) and Heather Wilson (NM-01), with Sen. Pete Domenici (NM), "
        "today encouraged Governor Bill Richardson to keep Camp Sierra Blanca (CSB) open."
    )
    assert "NM" not in org_names(record)


def test_the_acronym_of_a_law_or_an_agreement_is_no_body(extract):
    # DOJ release_03958: the ADA, its law named in full elsewhere; release_00724: the MOU
    record = extract(
        "Twenty five years after the passage of the ADA, we fully expect that all health care "
        "providers will provide equal access to people with disabilities. Eliminating "
        "disability-based discrimination is a priority for the department under the Americans "
        "with Disabilities Act, said the head of the Civil Rights Division. The partnership, "
        "memorialized by a Memorandum of Understanding (MOU) between the Civil Rights Division "
        "and the Bureau of Consular Affairs, facilitates information sharing. Under the MOU, "
        "the Civil Rights Division and the Bureau of Consular Affairs will share information."
    )
    names = org_names(record)
    assert "Civil Rights Division" in names
    assert not names & {"ADA", "MOU"}


def test_a_body_named_by_its_noun_alone_before_and_is_not_the_next_ones(extract):
    # Senate 16Jun2005Carper11
    record = extract(
        "The delegation presented preliminary information to two BRAC Commission staffers.  "
        "Just today, the delegation sent a letter to the Commission and Congressional Armed "
        "Services Committees asking them to hold hearings."
    )
    assert not any(n.startswith("Commission and") for n in org_names(record))


def test_a_professional_corporations_suffix_ends_its_name(extract):
    # DOJ release_03958
    record = extract(
        "The U.S. Attorneys Office for the Southern District of New York recently filed a "
        "lawsuit against Emmanuel Asare, M.D. and Springfield Medical Aesthetic PC d/b/a "
        "Advanced Cosmetic Surgery of New York."
    )
    assert "Springfield Medical Aesthetic PC" in org_names(record)


def test_stripped_us_before_a_noun_is_no_place(extract):
    # Senate 12Jun2006Murray14 (stripped)
    record = extract(
        "When Americans sign up to serve our country in the U S  military  they put their trust "
        "in the federal government  Now that trust has been broken  "
    )
    assert not place_names(record) & {"U S", "U.S.", "United States"}


def test_a_word_glued_onto_the_state_that_ends_a_name_is_cut(extract):
    # DOJ release_03958: the scraper glued "address" onto "Michigan"
    record = extract(
        "The department has entered into agreements with the U.S. Attorneys Office for the "
        "Eastern District of Michiganaddress the requirements of the law for health care "
        "providers."
    )
    assert "U.S. Attorneys Office for the Eastern District of Michigan" in org_names(record)


def test_america_is_the_united_states(extract):
    # Senate 19Dec2005Talent237
    record = extract(
        "The ANWR is the single greatest prospect for onshore oil and gas development in the "
        "United States. Drilling in the Arctic is a plan that will reduce America's dependence "
        "on unreliable foreign sources of oil."
    )
    us = [p for p in record.locations if p.name == "United States"]
    assert us and "America" in us[0].aliases
