"""Reporting frames and parties, one mechanism at a time on fictional sentences.

Each sentence is invented; its parties come from ``samples/actors.toml`` (loaded by the
``extract_fictional`` fixture). The expected records are what an analyst labelling by
``shared/eval/SCHEMA.md`` would write down.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casefile.extract import to_schema
from casefile.records import Extraction

Extract = Callable[[str], Extraction]

RIGHTS = "Veridane Rights Initiative"


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(a.speaker, a.accused, a.stance) for a in extraction.allegations}


def test_agent_phrase_on_the_part_of(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said it has documented cases amounting to crimes against humanity on the part of Varnia's government."
    )
    assert triples(extraction) == {(RIGHTS, "Republic of Varnia", "asserts")}


def test_agent_phrase_with_coordinated_agents(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} also pointed to evidence of suspected war crimes by both the Dalvor Brigades and the Tolvaren Guard."
    )
    assert triples(extraction) == {
        (RIGHTS, "Dalvor Brigades", "asserts"),
        (RIGHTS, "Tolvaren Guard", "asserts"),
    }


def test_agent_phrase_on_a_listed_conduct(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} has recorded murders, acts of terrorism and the destruction of civilian property "
        "across the Ostrel valley by the Varnian army."
    )
    assert triples(extraction) == {(RIGHTS, "Varnian Armed Forces", "asserts")}


def test_first_person_in_a_quote_is_the_quoted_speaker(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"We have documented cases amounting to crimes against humanity on the part of Varnia’s government," '
        "said Lena Varg, who sits on the Commission of Inquiry on Ostrelia."
    )
    [allegation] = extraction.allegations
    assert allegation.speaker == "Commission of Inquiry on Ostrelia"
    assert allegation.accused == "Republic of Varnia"


def test_trailing_relay_is_not_the_speaker(extract_fictional: Extract) -> None:
    """ "X said …, an agency reported": the agency relays X's words (SCHEMA.md: outlets are not speakers)."""
    extraction = extract_fictional(
        "The Concord of Nations said the Tolvaren Guard oversaw hundreds of extrajudicial killings "
        "in the capital, the Ostrand Wire reported."
    )
    assert {a.speaker for a in extraction.allegations} == {"Concord of Nations"}, triples(extraction)


@pytest.mark.parametrize(
    ("context", "category"),
    [
        ("Police fired on protesters in the capital during the election unrest.", "human_rights_violations"),
        ("Fighting between troops and rebels has raged along the front line for months.", "ihl_violations"),
    ],
)
def test_acts_without_a_category_are_classed_by_context(extract_fictional: Extract, context: str, category: str) -> None:
    """Killings outside armed conflict are human-rights violations; within it, IHL violations."""
    extraction = extract_fictional(f"{context} The {RIGHTS} said the Tolvaren Guard unlawfully killed dozens of people.")
    assert [a.categories for a in extraction.allegations] == [(category,)], triples(extraction)


def test_schema_names_are_the_fullest_names_in_the_passage(extract_fictional: Extract) -> None:
    """SCHEMA.md's speaker/accused: the fullest name the passage uses; the canonical id beside it."""
    extraction = extract_fictional(
        "Varnian authorities committed crimes against humanity, the Concord of Nations Council on Rights said."
    )
    [row] = to_schema(extraction)["allegations"]
    assert row["accused"] == "Varnian authorities"
    assert row["accused_id"] == "Republic of Varnia"
    assert row["speaker"] == "Concord of Nations Council on Rights"


def test_in_what_a_speaker_called(extract_fictional: Extract) -> None:
    """ "X did Y, in what Z called a war crime": Z accuses the one who did Y."""
    extraction = extract_fictional(
        "Thousands of villagers are being forced by the Dalvor Brigades to flee in what rights groups "
        "and a top Concord of Nations official characterized Wednesday as ethnic cleansing."
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades"}
    assert len(extraction.allegations) == 2, triples(extraction)


def test_denial_of_a_report_defends_the_accused_of_the_report(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"The latest Concord of Nations report accusing Varnian forces of killing or torturing 310 detained '
        'teachers is untrue and far from reality," Arlen Voss, the Varnian government spokesperson, said.'
    )
    assert triples(extraction) == {
        ("Concord of Nations", "Varnian Armed Forces", "asserts"),
        ("Republic of Varnia", "Varnian Armed Forces", "denies"),
    }
    [denial] = [a for a in extraction.allegations if a.stance == "denies"]
    assert denial.speaker_person == "Arlen Voss"


def test_committed_by_coordinated_agents(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} published a report alleging grave human rights violations carried out by the Dalvor Brigades "
        "and the Tolvaren Guard in the capital."
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades", "Tolvaren Guard"}


def test_a_relative_clause_on_the_speaker_does_not_name_the_speaker(extract_fictional: Extract) -> None:
    """ "The West, which also accuses X of …": X is accused, never the speaker."""
    extraction = extract_fictional(
        "The bloc, which likewise accuses the Republic of Varnia of war crimes in the valley, has announced new sanctions."
    )
    assert all(a.speaker != "Republic of Varnia" for a in extraction.allegations), triples(extraction)


def test_a_verdict_without_agent_is_the_court_named_in_the_story(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes sat for a final day in Tarsk. "
        "Two former Dalvor Brigades commanders were found guilty of crimes against humanity."
    )
    assert {a.speaker for a in extraction.allegations} == {"Permanent Tribunal for Atrocity Crimes"}
    assert len(extraction.allegations) == 1, triples(extraction)


def test_a_passive_verdict_with_no_court_in_the_story_has_no_speaker(extract_fictional: Extract) -> None:
    extraction = extract_fictional("Two former Dalvor Brigades commanders were found guilty of crimes against humanity.")
    assert extraction.allegations == ()


def test_human_rights_violations_in_a_state_are_laid_at_the_state(extract_fictional: Extract) -> None:
    """A state answers for human rights on its territory; war crimes "in X" only say where."""
    rights = extract_fictional(
        f"The {RIGHTS} found grave human rights violations taking place in the Republic of Varnia."
    )
    assert triples(rights) == {(RIGHTS, "Republic of Varnia", "asserts")}
    war = extract_fictional(f"The {RIGHTS} found that war crimes were committed in the Republic of Varnia.")
    assert war.allegations == (), triples(war)


def test_a_person_denies_for_themselves(extract_fictional: Extract) -> None:
    """A defendant's own denial defends the defendant, not the state the gazetteer links them to."""
    extraction = extract_fictional(
        "Arlen Voss chose to defend himself. At the hearings he denied any ethnic cleansing "
        "and blamed the Dalvor Brigades for violence in the valley."
    )
    denials = [(a.speaker, a.accused) for a in extraction.allegations if a.stance == "denies"]
    assert denials == [("Arlen Voss", "Arlen Voss")]


def test_speakers_coordinated_through_an_apposition(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Both the advocacy group Veridane Rights Initiative and Zemaryn's foreign minister Lena Varg "
        "have called the Republic of Varnia's actions in the north genocide."
    )
    assert {a.speaker for a in extraction.allegations} >= {RIGHTS}
    assert len(extraction.allegations) == 2, triples(extraction)


def test_dismissing_a_states_accusations_defends_whom_they_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Kingdom of Zemaryn has accused the Dalvor Brigades of war crimes during the conflict. "
        "Lena Varg, a rights commissioner, on Tuesday dismissed the Zemaryn accusations."
    )
    denials = [(a.accused, a.categories) for a in extraction.allegations if a.stance == "denies"]
    assert denials == [("Dalvor Brigades", ("war_crimes",))], triples(extraction)


def test_under_the_command_of_names_the_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} found that war crimes were committed under the command of the Tolvaren Guard."
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts")}


def test_schema_names_skip_descriptions(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "A statement by the Veridane Rights Initiative on Sunday described the attack. "
        "The global rights organisation said the Dalvor Brigades had committed war crimes."
    )
    [row] = to_schema(extraction)["allegations"]
    assert row["speaker"] == RIGHTS  # not "global rights organisation", a description


def test_subject_of_a_misparsed_auxiliary_speaks(extract_fictional: Extract) -> None:
    """ "X has several times accused Y": the parser may take "has" for the main verb."""
    extraction = extract_fictional(
        "Zemaryn Prime Minister Arlen Voss has several times accused the Republic of Varnia of ethnic cleansing "
        "since the region began its push to break away."
    )
    assert triples(extraction) == {("Arlen Voss", "Republic of Varnia", "asserts")}


@pytest.mark.parametrize(
    ("conduct", "act"),
    [
        ("killed at least 52 civilians", "attacks_on_civilians"),
        ("fired rockets at civilians", "attacks_on_civilians"),
        ("carried out systematic attacks on protesters", "attacks_on_civilians"),
        ("forced thousands of villagers to flee", "deportation_forcible_transfer"),
        ("subjected to torture of detainees", "mistreatment_of_detainees"),
        ("murdered 12 farmers", "murder"),
        ("carried out killings of farmers", "unlawful_killing"),
    ],
)
def test_underlying_acts_named_in_plain_words(extract_fictional: Extract, conduct: str, act: str) -> None:
    extraction = extract_fictional(f"The {RIGHTS} said the Tolvaren Guard {conduct} in the northern war zone.")
    assert [act in a.acts for a in extraction.allegations] == [True], [a.acts for a in extraction.allegations]


def test_a_quote_going_on_after_its_attribution_keeps_its_speaker(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"The northern towns have been emptied," Lena Varg, director at the Veridane Rights Initiative, said. '
        '"The Tolvaren Guard has committed atrocities across the country."'
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts")}


def test_narration_after_a_quote_is_not_the_speakers(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"The northern towns have been emptied," Lena Varg, director at the Veridane Rights Initiative, said. '
        "The Tolvaren Guard has committed atrocities across the country."
    )
    assert extraction.allegations == (), triples(extraction)


def test_a_capital_standing_for_its_state_is_named_as_written_with_the_state(extract_fictional: Extract) -> None:
    """As analysts write "Damascus (Syria)": the capital that spoke, and the state it stands for."""
    extraction = extract_fictional("Droskel denied that its forces had committed war crimes in the north.")
    [row] = to_schema(extraction)["allegations"]
    assert row["speaker"] == "Droskel (Republic of Varnia)"
    assert row["speaker_id"] == "Republic of Varnia"
    assert row["stance"] == "denies"


def test_a_person_goes_on_speaking_for_the_same_body(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"The towns have been emptied," said Lena Varg, the northern director for the Veridane Rights Initiative. '
        'She added, "The Tolvaren Guard has committed crimes against humanity."'
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.speaker_person) == (RIGHTS, "Lena Varg")


def test_schema_names_are_one_party_each(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said members of the Tolvaren Guard and the Dalvor Brigades had committed war crimes."
    )
    names = {row["accused"] for row in to_schema(extraction)["allegations"]}
    assert names == {"Tolvaren Guard", "Dalvor Brigades"}


def test_an_accusers_the_group_is_not_the_accuser(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'The Ostrel Liberation Front on Thursday dismissed as "fabricated" a report by Veridane Rights Initiative '
        "that accused the group of crimes against humanity over its attack on the town of Hallorn."
    )
    assert triples(extraction) == {
        (RIGHTS, "Ostrel Liberation Front", "asserts"),
        ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies"),
    }


def test_an_agent_phrase_in_a_misparsed_clause(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane considers that the arbitrary detention, torture and enforced disappearance of Sedrane residents "
        "by Varnian forces could constitute crimes against humanity."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused) == (RIGHTS, "Varnian Armed Forces")
    assert allegation.hedged


def test_a_state_adjective_alone_is_not_its_name(extract_fictional: Extract) -> None:
    extraction = extract_fictional(f"The {RIGHTS} said Varnian shelling of the market was a war crime.")
    [row] = to_schema(extraction)["allegations"]
    assert row["accused"] == "Republic of Varnia"


def test_a_call_to_investigate_a_named_crime_is_not_a_hedge(extract_fictional: Extract) -> None:
    """ "X must face investigation and prosecution for genocide" states the crime; an open
    question ("investigate whether") hedges it."""
    extraction = extract_fictional(
        f"The {RIGHTS} said the Tolvaren Guard's commanders must face investigation and prosecution for genocide."
    )
    assert [a.hedged for a in extraction.allegations] == [False], triples(extraction)


def test_a_state_speaking_under_its_short_name_keeps_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnian authorities have committed crimes against humanity, a Concord of Nations expert said. "
        "Varnia said those allegations were made up."
    )
    rows = {row["stance"]: row for row in to_schema(extraction)["allegations"]}
    assert rows["denies"]["speaker"] == "Varnia"
    assert rows["asserts"]["accused"] == "Varnian authorities"


def test_the_army_of_the_one_state_in_the_story(extract_fictional: Extract) -> None:
    one_state = extract_fictional(
        f"Fighting in the Republic of Varnia went on. The {RIGHTS} has again accused the army of war crimes."
    )
    assert triples(one_state) == {(RIGHTS, "Republic of Varnia", "asserts")}
    two_states = extract_fictional(
        f"Varnia and Zemaryn fought along the border. The {RIGHTS} has again accused the army of war crimes."
    )
    assert two_states.allegations == (), triples(two_states)


def test_a_trailing_attribution_whose_subject_the_parser_lost(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades committed genocide against the Serrin people and war crimes against unarmed trainees "
        "at the Tarsk Air Academy, the leader of the Concord of Nations team looking into these crimes told "
        "the General Council today."
    )
    assert triples(extraction) == {("Concord of Nations", "Dalvor Brigades", "asserts")}


def test_a_passive_verdict_after_a_comma_is_no_attribution(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes ruled on Friday. Arlen Voss was found guilty of genocide, "
        "while Mira Tal was found guilty of war crimes."
    )
    assert {a.speaker for a in extraction.allegations} == {"Permanent Tribunal for Atrocity Crimes"}


def test_a_negated_clause_about_the_speaker_itself_is_its_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional("The Republic of Varnia has made it clear that it never used chemical weapons.")
    assert triples(extraction) == {("Republic of Varnia", "Republic of Varnia", "denies")}
    about_another = extract_fictional("The Republic of Varnia said the Dalvor Brigades had not committed war crimes.")
    assert triples(about_another) == {("Republic of Varnia", "Dalvor Brigades", "denies")}


def test_the_reporting_subject_is_what_it_refers_to_in_its_clause(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Kingdom of Zemaryn accused the Republic of Varnia of genocide. "
        "The Republic of Varnia said it would contest the accusations."
    )
    assert triples(extraction) == {
        ("Kingdom of Zemaryn", "Republic of Varnia", "asserts"),
        ("Republic of Varnia", "Republic of Varnia", "denies"),
    }


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("The Republic of Varnia says it always tries to avoid harming civilians.", ("attacks_on_civilians",)),
        (
            "The Ostrel Liberation Front said that it takes all feasible measures to minimise civilian casualties.",
            ("attacks_on_civilians",),
        ),
        ("The Dalvor Brigades always act in accordance with international humanitarian law, a commander said.", ()),
    ],
)
def test_a_party_asserting_its_own_compliance_denies_violations(
    extract_fictional: Extract, text: str, acts: tuple[str, ...]
) -> None:
    [allegation] = extract_fictional(text).allegations
    assert allegation.stance == "denies"
    assert allegation.speaker == allegation.accused
    assert allegation.categories == ("ihl_violations",)
    assert allegation.acts == acts


@pytest.mark.parametrize(
    "text",
    [
        "The Kingdom of Zemaryn urged the Republic of Varnia to avoid harming civilians.",
        f"The {RIGHTS} said all parties must take feasible precautions to avoid harming civilians.",
    ],
)
def test_compliance_asked_of_others_is_no_denial(extract_fictional: Extract, text: str) -> None:
    assert extract_fictional(text).allegations == ()


def test_failing_the_duty_of_precaution_is_an_accusation(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said the Republic of Varnia failed to take feasible precautions to avoid harming civilians."
    )
    assert triples(extraction) == {(RIGHTS, "Republic of Varnia", "asserts")}


def test_a_pronoun_in_a_rejected_accusation_is_the_one_who_rejects_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Kingdom of Zemaryn has denied accusations by the Concord of Nations that it supports the Dalvor "
        "Brigades and that it has deployed troops into the Republic of Varnia."
    )
    assert ("Kingdom of Zemaryn", "Kingdom of Zemaryn", "denies") in triples(extraction)
    assert {a.categories for a in extraction.allegations} == {("aggression",)}


def test_his_country_is_the_state_in_the_speakers_title(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryni President Oren Hale has rejected allegations that his country is arming the Dalvor Brigades rebels."
    )
    [denial] = extraction.allegations
    assert (denial.speaker, denial.accused, denial.stance) == ("Oren Hale", "Kingdom of Zemaryn", "denies")
    assert denial.categories == ("aggression",)


def test_a_state_backed_group_is_no_accusation_of_aggression(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Villagers blamed the raid on shelling by the Zemaryn-backed Dalvor Brigades militia."
    )
    assert all("aggression" not in a.categories for a in extraction.allegations)


def test_blame_for_an_incident_without_a_legal_term(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional("The Kingdom of Zemaryn blamed the Dalvor Brigades for the attack.").allegations
    assert (allegation.speaker, allegation.accused, allegation.stance) == ("Kingdom of Zemaryn", "Dalvor Brigades", "asserts")
    assert allegation.categories == ("ihl_violations",)
    assert extract_fictional("The Republic of Varnia blamed the Dalvor Brigades for the economic crisis.").allegations == ()


def test_denied_responsibility_and_blame_shared_by_as_did(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades denied responsibility for the assault on the village, but the Republic of Varnia "
        "blamed the group for the raid, as did the Kingdom of Zemaryn."
    )
    assert triples(extraction) == {
        ("Dalvor Brigades", "Dalvor Brigades", "denies"),
        ("Republic of Varnia", "Dalvor Brigades", "asserts"),
        ("Kingdom of Zemaryn", "Dalvor Brigades", "asserts"),
    }
    assert {a.categories for a in extraction.allegations} == {("ihl_violations",)}


def test_killings_blamed_on_criminal_gangs_are_ordinary_crime(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional("The Dalvor Brigades blamed the killings on criminal gangs.").allegations
    assert allegation.speaker == "Dalvor Brigades"
    assert allegation.categories == ("other_crime",)
    assert allegation.acts == ("murder",)


@pytest.mark.parametrize(
    "text",
    [
        "The Varnian Armed Forces accused the Dalvor Brigades of using the central hospital in Tarsk as a shield.",
        "The Republic of Varnia said the Dalvor Brigades positioned rocket launchers near homes, schools and mosques.",
    ],
)
def test_shielding_military_objectives_with_civilians(extract_fictional: Extract, text: str) -> None:
    [allegation] = extract_fictional(text).allegations
    assert allegation.accused == "Dalvor Brigades"
    assert allegation.acts == ("human_shields",)
    assert allegation.categories == ("ihl_violations",)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The Concord of Nations accused the Varnian Armed Forces of showing blatant disregard for the rules "
            "of international law.",
            "ihl_violations",
        ),
        (
            "The Veridane Rights Initiative said Varnia violated its obligations under international human rights law.",
            "human_rights_violations",
        ),
    ],
)
def test_breaching_legal_obligations(extract_fictional: Extract, text: str, category: str) -> None:
    [allegation] = extract_fictional(text).allegations
    assert allegation.categories == (category,)


def test_all_sides_listed_after_a_colon(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "War crimes were committed by all sides in the fighting in the Ostrel valley: the Dalvor Brigades, "
        f"the Varnian army and the Tolvaren Guard, according to a report published today by the {RIGHTS}."
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades", "Varnian Armed Forces", "Tolvaren Guard"}
    assert {a.speaker for a in extraction.allegations} == {RIGHTS}


def test_both_sides_are_the_two_parties_just_named(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian army killed most of the civilians who died in its last offensive against the Dalvor Brigades, "
        "but both sides may have committed war crimes, the Concord of Nations said on Monday."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces", "Dalvor Brigades"}
    assert all(a.hedged for a in extraction.allegations if "war_crimes" in a.categories)


def test_both_sides_with_nobody_named_accuses_no_one(extract_fictional: Extract) -> None:
    extraction = extract_fictional("Both sides may have committed war crimes, the Concord of Nations said on Monday.")
    assert extraction.allegations == ()


def test_a_denier_among_the_accused_of_a_report_denies_for_itself(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The Dalvor Brigades on Friday categorically denied a report by the {RIGHTS} that alleged human rights "
        "violations committed by the Tolvaren Guard and the Dalvor Brigades against the Serrin people."
    )
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(extraction)
    assert ("Dalvor Brigades", "Tolvaren Guard", "denies") not in triples(extraction)


def test_a_description_named_just_after_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "According to a new report issued by the rights group on Tuesday, the Varnian army has deliberately "
        f"killed at least 32 civilians. The {RIGHTS} also accused the Dalvor Brigades of war crimes."
    )
    assert {a.speaker for a in extraction.allegations} == {RIGHTS}
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces", "Dalvor Brigades"}


def test_an_inverted_attribution_after_the_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Arlen Voss is responsible for crimes against humanity in Varnia, concluded the Commission of Inquiry on Ostrelia."
    )
    assert triples(extraction) == {("Commission of Inquiry on Ostrelia", "Arlen Voss", "asserts")}


def test_whom_a_speaker_wants_investigated_for_crimes_is_accused_with_a_hedge(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "Arlen Voss should be investigated as being responsible for crimes against humanity in the Ostrel valley, "
        "the Commission of Inquiry on Ostrelia concluded."
    ).allegations
    assert (allegation.speaker, allegation.accused) == ("Commission of Inquiry on Ostrelia", "Arlen Voss")
    assert allegation.hedged


def test_conduct_names_no_party_in_the_output(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"Two Varnian attacks in Tarsk must be investigated as possible war crimes, the {RIGHTS} said."
    )
    [row] = to_schema(extraction)["allegations"]
    assert row["accused_id"] == "Republic of Varnia"
    assert "attacks" not in row["accused"]


def test_a_hedge_phrase_with_an_adverb_inside(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "Arlen Voss should be judicially investigated as responsible for crimes against humanity, "
        "the Commission of Inquiry on Ostrelia concluded."
    ).allegations
    assert allegation.hedged and allegation.certainty < 1.0


def test_an_arrest_warrant_accuses_whom_it_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes has issued arrest warrants for Varnian President Arlen Voss "
        "and Mira Tal in connection with the deportations."
    )
    assert triples(extraction) == {
        ("Permanent Tribunal for Atrocity Crimes", "Arlen Voss", "asserts"),
        ("Permanent Tribunal for Atrocity Crimes", "Mira Tal", "asserts"),
    }
    # deportation named bare is a violation of IHL; a crime against humanity only when called one
    assert {a.categories for a in extraction.allegations} == {("ihl_violations",)}


def test_pleas_of_innocence_deny_the_charges(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Arlen Voss and Mira Tal are charged by the prosecution with crimes against humanity. "
        "Voss and Tal pleaded not guilty."
    )
    denials = {(a.speaker, a.accused, a.categories) for a in extraction.allegations if a.stance == "denies"}
    assert denials == {
        ("Arlen Voss", "Arlen Voss", ("crimes_against_humanity",)),
        ("Mira Tal", "Mira Tal", ("crimes_against_humanity",)),
    }


def test_a_quoted_protest_of_innocence(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Arlen Voss is charged by the prosecution with war crimes. "
        "“I am completely innocent”, Voss answered to the charges."
    )
    assert ("Arlen Voss", "Arlen Voss", "denies") in triples(extraction)


def test_a_plea_with_no_charge_in_the_story_is_no_record(extract_fictional: Extract) -> None:
    assert extract_fictional("Arlen Voss pleaded not guilty.").allegations == ()


def test_conduct_documented_by_a_body_in_a_relative_clause(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian army responded with a wave of violence involving killings, torture and other human rights "
        f"violations, all of which have been carefully documented by the {RIGHTS} and others."
    )
    assert triples(extraction) == {(RIGHTS, "Varnian Armed Forces", "asserts")}


def test_those_who_bore_criminal_responsibility(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'The Permanent Tribunal for Atrocity Crimes said it saw "reasonable grounds" to believe Voss and Tal '
        'bore "criminal responsibility" for starvation as a war crime in Sedrane.'
    )
    assert {a.accused_text for a in extraction.allegations} >= {"Voss", "Tal"}
    assert {a.speaker for a in extraction.allegations} == {"Permanent Tribunal for Atrocity Crimes"}


def test_a_person_included_among_the_accused_is_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia said that Varnia's senior army commanders, including "
        "Chief of Staff General Arlen Voss, must face prosecution for genocide."
    )
    assert "Arlen Voss" in {a.accused for a in extraction.allegations}
    part = extract_fictional(
        f"The {RIGHTS} said the Dalvor Brigades, including its armed wing, the Tolvaren Guard, committed war crimes."
    )
    assert "Tolvaren Guard" not in {a.accused for a in part.allegations}


def test_a_bare_group_noun_with_the_of_phrase_hung_elsewhere(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations said it is looking into the reported killing of some forty villagers last week by "
        "Varnian forces and mercenaries of the private military company Tolvaren Guard."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces", "Tolvaren Guard"}


def test_the_short_form_of_a_body_named_in_full_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Serrin Valley Movement of war crimes on Monday. "
        "This is the first time it has found that the Movement's conduct amounts to crimes against humanity."
    )
    assert {a.accused for a in extraction.allegations} == {"Serrin Valley Movement"}


def test_its_fighters_in_a_speakers_own_denial(extract_fictional: Extract) -> None:
    [denial] = extract_fictional(
        'The Ostrel Liberation Front said its fighters "did not commit any crimes against civilians".'
    ).allegations
    assert (denial.speaker, denial.accused, denial.stance) == ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies")


def test_a_claim_taken_back_is_denied_and_one_never_made_is_no_record(extract_fictional: Extract) -> None:
    withdrawn = extract_fictional("The Kingdom of Zemaryn will no longer accuse the Republic of Varnia of genocide.")
    assert triples(withdrawn) == {("Kingdom of Zemaryn", "Republic of Varnia", "denies")}
    never = extract_fictional("The Kingdom of Zemaryn did not accuse the Republic of Varnia of genocide.")
    assert never.allegations == ()


def test_first_person_in_a_quote_attributed_after_it_closes(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"We do not say that the Republic of Varnia is committing genocide. What we have seen are grave breaches '
        'of international humanitarian law," Lucan Terzavi said.'
    )
    assert {a.speaker for a in extraction.allegations} == {"Lucan Terzavi"}
    assert ("Lucan Terzavi", "Republic of Varnia", "denies") in triples(extraction)


def test_found_chiefly_responsible_with_an_apposition_between(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Ostrel Liberation Front of crimes against humanity. "
        "The report finds the Dalvor Brigades, the Front's armed wing, chiefly responsible for the crimes."
    )
    assert (RIGHTS, "Dalvor Brigades", "asserts") in triples(extraction)
    [brigades] = [a for a in extraction.allegations if a.accused == "Dalvor Brigades"]
    assert brigades.responsibility == "principal"


def test_attacking_only_military_targets_denies_what_the_story_alleged(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} has previously accused the Ostrel Liberation Front of war crimes over the Hallorn attack. "
        "The Ostrel Liberation Front has always maintained that its fighters attacked only military targets."
    )
    [denial] = [a for a in extraction.allegations if a.stance == "denies"]
    assert (denial.speaker, denial.accused, denial.categories) == (
        "Ostrel Liberation Front", "Ostrel Liberation Front", ("war_crimes",)
    )


def test_a_dateline_speaks_for_no_one(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Droskel (Kelvane News Agency) – The Permanent Tribunal for Atrocity Crimes, a court that hears cases "
        "from the war in Varnia, on Monday charged 23 soldiers with war crimes."
    )
    assert {a.speaker for a in extraction.allegations} == {"Permanent Tribunal for Atrocity Crimes"}


def test_a_described_speaker_speaks_as_described(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades denied responsibility for the assault, but two survivors blamed the group for the raid."
    )
    assert ("two survivors", "Dalvor Brigades", "asserts") in triples(extraction)


def test_the_gravest_category_brings_its_own_hedge(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "The Commission of Inquiry on Ostrelia found that serious human rights violations were committed in "
        "Sedrane by Varnian forces. Some of these violations by Varnian forces could amount to crimes against humanity."
    ).allegations
    assert set(allegation.categories) == {"crimes_against_humanity"} | {"human_rights_violations"}
    assert allegation.hedged


def test_not_addressing_a_criticism_denies_nothing(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian government welcomed the findings, foreign ministry spokesperson Oskar Bellamine said. "
        "He did not address the Veridane Rights Initiative's criticism of Varnia's detention of hundreds of men."
    )
    assert all(a.stance != "denies" for a in extraction.allegations)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The Concord of Nations said over 150 villagers were killed in the Dalvor Brigades attacks.", "Dalvor Brigades"),
        ("The Concord of Nations said 40 civilians were killed in Varnian air strikes on Tarsk.", "Republic of Varnia"),
    ],
)
def test_killed_in_someones_attacks(extract_fictional: Extract, text: str, accused: str) -> None:
    [allegation] = extract_fictional(text).allegations
    assert (allegation.speaker, allegation.accused) == ("Concord of Nations", accused)


def test_an_organ_that_speaks_keeps_its_words_in_the_output(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Dalvor Brigades fighters killed 131 civilians in the Republic of Varnia last month, the Concord of Nations "
        "said. Authorities in Droskel had earlier said over 150 villagers were killed in the Dalvor Brigades attacks."
    )
    rows = {(r["speaker"], r["speaker_id"]) for r in to_schema(extraction)["allegations"]}
    assert ("Authorities in Droskel", "Republic of Varnia") in rows


def test_a_speaking_it_after_a_bodys_report_and_shelled_hospitals(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS}'s report painted a grim picture of the offensive against the "
        "Dalvor Brigades. Hospitals and schools were deliberately shelled by Varnian forces, it said."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused) == (RIGHTS, "Varnian Armed Forces")
    assert allegation.acts == ("attacks_on_protected_objects",)


def test_a_quote_goes_on_after_an_added_line_without_a_record(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "“We are alarmed by the killing of nine detainees by Varnian troops,” said Mira Tal, the head of the "
        f"{RIGHTS}. “We are also troubled by the execution of three prisoners,” she added. "
        "“The Dalvor Brigades carried out four of these killings.”"
    )
    assert triples(extraction) == {(RIGHTS, "Republic of Varnia", "asserts"), (RIGHTS, "Dalvor Brigades", "asserts")}


def test_a_verb_parsed_as_its_subjects_modifier(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"“Varnian troops killed nine detainees,” said Mira Tal of the {RIGHTS}. "
        "“The Dalvor Brigades – private security contractors – perpetrated four of these executions.”"
    )
    assert (RIGHTS, "Dalvor Brigades", "asserts") in triples(extraction)


@pytest.mark.parametrize(
    "text",
    [
        f"The {RIGHTS} joined Salvance Medical in accusing Varnia of apartheid.",
        f"In a study out next week, the {RIGHTS} is set to join Salvance Medical in charging that Varnia has imposed apartheid on its minorities.",
    ],
)
def test_joining_another_in_an_accusation_makes_both_speakers(extract_fictional: Extract, text: str) -> None:
    speakers = {a.speaker for a in extract_fictional(text).allegations}
    assert speakers == {RIGHTS, "Salvance Medical"}


def test_an_unnamed_ministry_answers_for_the_state_just_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused Varnia of apartheid. The Foreign Ministry on Monday rejected the accusations."
    )
    assert triples(extraction) == {
        (RIGHTS, "Republic of Varnia", "asserts"),
        ("Republic of Varnia", "Republic of Varnia", "denies"),
    }
    rows = to_schema(extraction)["allegations"]
    assert {r["accused"] for r in rows} == {"Varnia"}, "the ministry's words must not stand for the state"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Commission of Inquiry on Ostrelia presented its findings on Monday. Lena Varg, a member of the "
            "commission, said Zemaryni troops committed war crimes in Tarsk.",
            "Commission of Inquiry on Ostrelia",
        ),
        ("Lena Varg, a member of the commission, said Zemaryni troops committed war crimes in Tarsk.", "commission"),
    ],
)
def test_a_member_speaks_for_the_body_her_title_names(extract_fictional: Extract, text: str, speaker: str) -> None:
    [row] = to_schema(extract_fictional(text))["allegations"]
    assert (row["speaker"], row.get("speaker_person"), row["accused"]) == (speaker, "Lena Varg", "Zemaryni troops")


def test_by_agent_hung_on_the_finding_verb(extract_fictional: Extract) -> None:
    extraction = extract_fictional(f"The {RIGHTS} found three cases of torture of captured Varnian conscripts by Zemaryni soldiers.")
    assert triples(extraction) == {(RIGHTS, "Kingdom of Zemaryn", "asserts")}


def test_the_team_in_reported_words_is_the_speakers_body(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Lena Varg, a member of the Commission of Inquiry on Ostrelia, told the Concord of Nations the team had "
        "found three cases of torture of captured Varnian conscripts by Zemaryni soldiers."
    )
    assert triples(extraction) == {("Commission of Inquiry on Ostrelia", "Kingdom of Zemaryn", "asserts")}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (f"The {RIGHTS} said the killing of villagers by the Dalvor Brigades amounted to war crimes.", ("murder",)),
        (f"The {RIGHTS} said the Dalvor Brigades unlawfully killed villagers in breach of humanitarian law.", ("unlawful_killing",)),
    ],
)
def test_a_killing_called_a_crime_is_murder(extract_fictional: Extract, text: str, acts: tuple[str, ...]) -> None:
    [allegation] = extract_fictional(text).allegations
    assert allegation.acts == acts


def test_rules_of_war_and_indiscriminate_rocket_fire(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "Mira Tal said the Ostrel Liberation Front's indiscriminate rocket fire on Tarsk plainly broke the rules of war."
    ).allegations
    assert (allegation.accused, allegation.categories, allegation.acts) == (
        "Ostrel Liberation Front", ("ihl_violations",), ("indiscriminate_attacks",)
    )
    [allegation] = extract_fictional("Mira Tal said the Dalvor Brigades broke the rules of war in Tarsk.").allegations
    assert (allegation.accused, allegation.categories) == ("Dalvor Brigades", ("ihl_violations",))


@pytest.mark.parametrize(
    "text",
    [
        "The Dalvor Brigades committed war crimes in Tarsk, Concord of Nations investigators said. The findings of "
        "the Commission of Inquiry on Ostrelia were published on Monday.",
        "A Concord of Nations report accused the Dalvor Brigades of war crimes in Tarsk. The Commission of Inquiry "
        "on Ostrelia interviewed 200 witnesses.",
    ],
)
def test_a_generic_description_is_the_one_body_the_passage_names(extract_fictional: Extract, text: str) -> None:
    assert triples(extract_fictional(text)) == {("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "asserts")}


def test_a_generic_description_stays_when_the_body_is_only_addressed(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Concord of Nations investigators told the Commission of Inquiry on Ostrelia that the Dalvor Brigades had "
        "committed war crimes in Tarsk."
    )
    assert triples(extraction) == {("Concord of Nations investigators", "Dalvor Brigades", "asserts")}


def test_they_are_suspected_of_what_the_warrant_before_did_not_say(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Prosecutors in Varnia issued arrest warrants against 12 police officers and nine security personnel. "
        "They are suspected of torture and murder."
    )
    rows = {(a.accused_text, a.categories, a.hedged) for a in extraction.allegations}
    assert rows == {("12 police officers", ("other_crime",), True), ("nine security personnel", ("other_crime",), True)}


def test_what_they_are_suspected_of_needs_a_charge_just_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Prosecutors in Varnia issued arrest warrants against 12 police officers. The hearing took place in Tarsk. "
        "They are suspected of torture and murder."
    )
    assert not extraction.allegations


@pytest.mark.parametrize(
    ("speaker", "categories"),
    [("A court in Varnia", ("other_crime",)), ("The Permanent Tribunal for Atrocity Crimes", ("ihl_violations",))],
)
def test_acts_charged_at_home_are_crimes_of_domestic_law(
    extract_fictional: Extract, speaker: str, categories: tuple[str, ...]
) -> None:
    [allegation] = extract_fictional(f"{speaker} charged Arlen Voss with torture and murder in Tarsk.").allegations
    assert allegation.categories == categories



def test_both_sides_deny_each_for_itself(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations cited evidence of war crimes by both the Dalvor Brigades and the Tolvaren Guard, "
        "but both sides have so far denied any wrongdoing."
    )
    assert {t for t in triples(extraction) if t[2] == "denies"} == {
        ("Dalvor Brigades", "Dalvor Brigades", "denies"),
        ("Tolvaren Guard", "Tolvaren Guard", "denies"),
    }


def test_an_infinitive_denial_takes_the_subject_above(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused Varnia of genocide. Varnia said it would go before the judges to contest the accusations."
    )
    assert ("Republic of Varnia", "Republic of Varnia", "denies") in triples(extraction)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Varnia denied on Friday that its forces were involved in the rocket strike on a grain depot in Tarsk.", "Republic of Varnia"),
        ("The Dalvor Brigades denied that they were responsible for the bombing of the market.", "Dalvor Brigades"),
    ],
)
def test_denied_involvement_stated_as_a_clause(extract_fictional: Extract, text: str, denier: str) -> None:
    assert triples(extract_fictional(text)) == {(denier, denier, "denies")}


def test_a_parenthetical_reporting_verb_frames_its_clause(extract_fictional: Extract) -> None:
    extraction = extract_fictional("Many of those killings, rights groups say, were committed by the Dalvor Brigades.")
    assert triples(extraction) == {("rights groups", "Dalvor Brigades", "asserts")}


def test_killings_in_policing_with_a_passing_militia_are_human_rights_violations(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Police in Tarsk killed 300 people during raids on suspected dealers, and police refused to release "
        "records of the operations. Many of those killings, rights groups say, were committed by police squads "
        "and unofficial militias."
    )
    assert {a.categories for a in extraction.allegations} == {("human_rights_violations",)}


@pytest.mark.parametrize(
    "text",
    [
        "A special prosecutor in Varnia said on Tuesday that an indictment had been filed against Arlen Voss "
        "and others, including Oren Hale. The group is accused of crimes against humanity.",
        "A special prosecutor in Varnia filed an indictment against Arlen Voss and Oren Hale. The two men are accused "
        "of crimes against humanity.",
    ],
)
def test_what_the_group_named_in_an_indictment_is_accused_of(extract_fictional: Extract, text: str) -> None:
    extraction = extract_fictional(text)
    assert {(a.accused, a.categories) for a in extraction.allegations} == {
        ("Arlen Voss", ("crimes_against_humanity",)),
        ("Oren Hale", ("crimes_against_humanity",)),
    }


def test_an_acronym_that_is_not_the_names_initials_gives_the_full_name(extract_fictional: Extract) -> None:
    rows = to_schema(extract_fictional("The TPCA found that the Dalvor Brigades committed war crimes in Tarsk."))["allegations"]
    assert [(r["speaker"], r["accused"]) for r in rows] == [("Permanent Tribunal for Atrocity Crimes", "Dalvor Brigades")]


def test_scattered_landmines_are_indiscriminate_and_not_justifying_is_no_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "“Zemaryni troops appear to have widely scattered landmines around Tarsk,” said Mira Tal of the "
        f"{RIGHTS}. “Varnian troops also used such mines, but this does not justify Zemaryni use of banned weapons.”"
    )
    rows = {(a.accused, a.stance, a.acts) for a in extraction.allegations}
    assert rows == {
        ("Kingdom of Zemaryn", "asserts", ("indiscriminate_attacks",)),
        ("Republic of Varnia", "asserts", ("indiscriminate_attacks",)),
    }


def test_the_report_again_is_by_the_author_named_first(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"A report produced by the {RIGHTS} says five people died in custody in Varnia. The report said the deaths "
        "point to the presumption of arbitrary deprivation of life on the part of State authorities in Tarsk."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused, allegation.hedged) == (RIGHTS, "Republic of Varnia", True)
    assert to_schema(extraction)["allegations"][0]["accused"] != "State authorities"


def test_no_agent_from_the_clause_above_a_passive_relative(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Five civilians were killed in the attack on the market in Tarsk, according to a statement by the Varnian "
        "Ministry of Information. That statement also said that Zemaryni troops rescued most of the traders during the "
        "attack, in which four gunmen were killed."
    )
    assert not extraction.allegations


def test_a_name_the_recogniser_missed_still_speaks(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Oskel accused the Dalvor Brigades of yet again ignoring their legal obligations to protect civilians."
    )
    assert triples(extraction) == {("Oskel", "Dalvor Brigades", "asserts")}



@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            f"The {RIGHTS} said armed groups in the north, including the armed wing of the Dalvor Brigades, committed war crimes.",
            {"armed groups", "armed wing of the Dalvor Brigades"},
        ),
        (
            f"The {RIGHTS} said the Dalvor Brigades, including its armed wing, the Tolvaren Guard, committed war crimes.",
            {"Dalvor Brigades"},
        ),
    ],
)
def test_members_of_a_class_are_accused_parts_of_a_named_group_are_not(
    extract_fictional: Extract, text: str, accused: set[str]
) -> None:
    assert {r["accused"] for r in to_schema(extract_fictional(text))["allegations"]} == accused


def test_each_coordinated_speaker_keeps_its_own_words(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The attack on the clinic was blamed by residents and Varnian military officials on shelling by the Dalvor Brigades."
    )
    assert {a.speaker_text for a in extraction.allegations} == {"residents", "Varnian military officials"}


def test_mass_killing_is_murder(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "The Dalvor Brigades rejected accusations by the Concord of Nations of mass killings in Tarsk."
    ).allegations[:1]
    assert allegation.acts == ("murder",)


def test_both_factions_are_the_two_named_in_the_sentence_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations reported that both warring parties, the Dalvor Brigades and the Tolvaren "
        "Guard, committed abuses that could amount to war crimes. Its report documented instances of torture "
        "by both factions."
    )
    rows = {(a.accused, "torture" in a.acts) for a in extraction.allegations}
    assert rows == {("Dalvor Brigades", True), ("Tolvaren Guard", True)}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The Concord of Nations found that the Zemaryni attack on a multi-storey residential building in Tarsk "
            "amounted to a war crime.",
            "attacks_on_civilians",
        ),
        (f"The {RIGHTS} accused the Tolvaren Guard of arbitrarily detaining 240 herders in Tarsk.", "imprisonment"),
        ("The Tolvaren Guard denied claims that Varnian forces had struck the grain market in Tarsk.", "attacks_on_civilians"),
        ("Lena Varg said Varnian jets bombed a house in Kelm where two families lived.", "attacks_on_civilians"),
    ],
)
def test_homes_attacked_and_people_detained_arbitrarily(extract_fictional: Extract, text: str, act: str) -> None:
    assert any(act in a.acts for a in extract_fictional(text).allegations)


@pytest.mark.parametrize(
    "text",
    [
        f"The {RIGHTS} accused the Tolvaren Guard of the occupation of schools and looting in Tarsk.",
        "The Concord of Nations said Zemaryni strikes hit a church where displaced families were sheltering, in "
        "violation of the laws of war.",
    ],
)
def test_schools_occupied_and_churches_hit(extract_fictional: Extract, text: str) -> None:
    assert any("attacks_on_protected_objects" in a.acts for a in extract_fictional(text).allegations)


def test_a_category_said_firmly_is_not_hedged_by_its_own_may(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "“My finding is that genocide has been committed by the Dalvor Brigades and that genocide by the Dalvor "
        "Brigades may still be occurring,” Arlen Voss told the Concord of Nations."
    )
    [allegation] = extraction.allegations
    assert (allegation.accused, allegation.hedged) == ("Dalvor Brigades", False)


def test_an_adverb_on_the_conducts_adjective_hedges(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        f"The {RIGHTS} said Zemaryni strikes were an apparently intentional attack on civilians."
    ).allegations
    assert allegation.hedged


def test_the_holder_of_reasonable_grounds_believes(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "The Commission of Inquiry on Ostrelia has reasonable grounds to believe that Varnian forces have starved "
        "the civilians of Sedrane as a method of warfare."
    ).allegations
    assert (allegation.speaker, allegation.accused, allegation.hedged) == (
        "Commission of Inquiry on Ostrelia", "Varnian Armed Forces", False
    )  # a standard of proof grades the finding (certainty under 1) without hedging it
    assert 0.8 <= allegation.certainty < 1.0


def test_a_bracketed_dateline_is_not_part_of_the_first_sentence(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "(Ombrevik, 19 March 2024) - Fighters of the Ostrel Liberation Front who shot civilians in the Varnian "
        f"town of Hallorn, and who carried residents off into Ostrelia, committed war crimes, the {RIGHTS} said today."
    )
    assert triples(extraction) == {(RIGHTS, "Ostrel Liberation Front", "asserts")}


def test_the_act_named_again_keeps_the_category_given_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} considers that the torture of Sedrane residents by Varnian forces may amount to crimes "
        "against humanity. The Tolvaren Guard bears direct responsibility for much of the torture described in "
        "this report."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {
        ("Varnian Armed Forces", ("crimes_against_humanity",)),
        ("Tolvaren Guard", ("crimes_against_humanity",)),
    }


def test_an_organ_that_denies_speaks_under_its_own_name(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Varnian military of human rights abuses in Tarsk. However, the Defence "
        "Headquarters has dismissed the report."
    )
    rows = {(r["speaker"], r["accused_id"], r["stance"]) for r in to_schema(extraction)["allegations"]}
    assert ("Defence Headquarters", "Republic of Varnia", "denies") in rows


def test_accepting_an_accusation_records_the_claim_and_the_admission(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Former commanders of the Dalvor Brigades yesterday accepted accusations by the Permanent Tribunal for "
        "Atrocity Crimes that they committed war crimes."
    )
    assert triples(extraction) == {
        ("Permanent Tribunal for Atrocity Crimes", "Dalvor Brigades", "asserts"),
        ("Dalvor Brigades", "Dalvor Brigades", "asserts"),
    }


def test_attributing_criminal_responsibility_is_an_accusation_of_a_war_crime(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional(
        "For the first time, the Permanent Tribunal for Atrocity Crimes attributed criminal responsibility for "
        "hostage-taking in Hallorn to two former leaders of the Dalvor Brigades."
    ).allegations
    assert (allegation.speaker, allegation.accused, allegation.categories, allegation.acts) == (
        "Permanent Tribunal for Atrocity Crimes", "Dalvor Brigades", ("war_crimes",), ("hostage_taking",)
    )


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Witnesses described a massacre of dozens of herders by Varnian soldiers in Tarsk.", "Republic of Varnia"),
        (f"The {RIGHTS} described the killing of dozens of villagers by the Dalvor Brigades.", "Dalvor Brigades"),
    ],
)
def test_the_agent_the_parser_hung_on_the_victims(extract_fictional: Extract, text: str, accused: str) -> None:
    assert {a.accused for a in extract_fictional(text).allegations} == {accused}


def test_the_government_and_the_opposition_named_by_common_nouns(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "According to the Varnian government, 1,900 people were detained in the unrest. Both the government "
        "and the prosecutor's office blame the opposition for terrorist acts."
    )
    rows = {(r["speaker_id"], r["accused"]) for r in to_schema(extraction)["allegations"]}
    assert ("Republic of Varnia", "opposition") in rows
    assert all(not r["speaker"].lower().startswith("both") for r in to_schema(extraction)["allegations"])


def test_arrested_on_charges_of_acts_is_a_domestic_charge(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "On Friday, former minister Oren Hale was arrested at his home in Tarsk on charges of enforced "
        "disappearance and torture, prosecutors said in a press release."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("prosecutors", "Oren Hale", ("other_crime",))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varnia said rioters were responsible for 17 deaths.", {("Republic of Varnia", "rioters", ("other_crime",))}),
        (
            "The Concord of Nations said the Dalvor Brigades were responsible for the attack on the market.",
            {("Concord of Nations", "Dalvor Brigades", ("ihl_violations",))},
        ),
        ("The Concord of Nations found the Dalvor Brigades were not responsible for the attack on the convoy.", set()),
    ],
)
def test_responsible_for_an_incident(extract_fictional: Extract, text: str, expected: set) -> None:
    assert {(a.speaker, a.accused, a.categories) for a in extract_fictional(text).allegations} == expected


def test_a_demonstrative_group_noun_names_the_group_in_view(extract_fictional: Extract) -> None:
    text = '"They left the road to Kelm in ruins. So far we know of 9 farmers killed by these insurgents," said Oren Hale.'
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Oren Hale", "insurgents")}
    bare = '"So far we know of 9 farmers killed by insurgents," said Oren Hale.'
    assert extract_fictional(bare).allegations == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"The Tolvaren Guard and its allies burned villages and committed war crimes in the north, the {RIGHTS} said.",
            {"Tolvaren Guard", "allies of Tolvaren Guard"},
        ),
        (
            f"The authorities in Ostrelia and their allies committed war crimes, the {RIGHTS} said.",
            {"authorities in Ostrelia", "allies of authorities in Ostrelia"},
        ),
        (
            f"The {RIGHTS} said the Dalvor Brigades and their affiliated militias committed war crimes.",
            {"Dalvor Brigades", "affiliated militias of Dalvor Brigades"},
        ),
    ],
)
def test_allies_are_a_party_of_their_own(extract_fictional: Extract, text: str, expected: set) -> None:
    assert {a.accused for a in extract_fictional(text).allegations} == expected


def test_an_ally_named_is_the_named_party(extract_fictional: Extract) -> None:
    text = "The Concord of Nations said Varnia and its ally Zemaryn committed war crimes in Ostrelia."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Varnia", "Kingdom of Zemaryn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"At least 15 farmers were killed overnight in Kelm (Ostrel district, Varnia)," the Salvance Medical (SMD) '
            "group posted on social media on Monday, adding that the Dalvor Brigades (DB) are suspects.",
            {("Salvance Medical", "Dalvor Brigades", ("ihl_violations",), True)},
        ),
        (
            "Lena Varg said the Tolvaren Guard was the main suspect in the ambush on the convoy near Kelm.",
            {("Lena Varg", "Tolvaren Guard", ("ihl_violations",), True)},
        ),
        ("Lena Varg said the Tolvaren Guard was not a suspect in the ambush on the convoy near Kelm.", set()),
    ],
)
def test_naming_suspects_attributes_the_incident_hedged(extract_fictional: Extract, text: str, expected: set) -> None:
    assert {(a.speaker, a.accused, a.categories, a.hedged) for a in extract_fictional(text).allegations} == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Salvance Medical group said the Dalvor Brigades committed war crimes.", "Salvance Medical"),
        ("The Salvance Medical (SMD) charity said the Dalvor Brigades committed war crimes.", "Salvance Medical"),
    ],
)
def test_a_type_noun_after_a_name_is_the_named_body(extract_fictional: Extract, text: str, speaker: str) -> None:
    assert {a.speaker for a in extract_fictional(text).allegations} == {speaker}


def test_a_group_of_an_international_body_is_not_the_body(extract_fictional: Extract) -> None:
    text = "The Concord of Nations group of experts said the Dalvor Brigades committed war crimes."
    [allegation] = extract_fictional(text).allegations
    assert allegation.speaker.startswith("Concord of Nations group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varnia now holds more than 9,000 Zemaryn children, 4,100 of whom it forcibly deported from Zemaryn. "
            "Ombudsman Lena Varg reported this at a briefing on May 3.",
            {("Lena Varg", "Republic of Varnia")},
        ),
        (
            "Varnia forcibly deported 4,100 children from Zemaryn. This was reported by the Veridane Rights Initiative.",
            {(RIGHTS, "Republic of Varnia")},
        ),
        ("Varnia forcibly deported 4,100 children from Zemaryn.\nLena Varg reported this at a briefing on May 3.", set()),
    ],
)
def test_a_report_of_this_frames_the_sentence_before(extract_fictional: Extract, text: str, expected: set) -> None:
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == expected


def test_it_in_a_relative_clause_is_the_subject_around_it(extract_fictional: Extract) -> None:
    [allegation] = extract_fictional("Varnia holds 9,000 Zemaryn soldiers, some of whom it tortured, Lena Varg said.").allegations
    assert (allegation.speaker, allegation.accused) == ("Lena Varg", "Republic of Varnia")


def test_a_denial_of_acts_takes_the_categories_of_the_claim_it_answers(extract_fictional: Extract) -> None:
    text = (
        '"The report accusing the Tolvaren Guard of killing or torturing 300 former officials is not true," '
        "a spokesman for the Tolvaren Guard said on Tuesday. The Concord of Nations report found 300 cases of "
        "human rights abuses by the Tolvaren Guard, including extrajudicial killings and torture."
    )
    by_stance = {a.stance: a.categories for a in extract_fictional(text).allegations if a.accused == "Tolvaren Guard"}
    assert by_stance == {"asserts": ("human_rights_violations",), "denies": ("human_rights_violations",)}


def test_a_participle_coordinated_with_a_passive_takes_its_agent(extract_fictional: Extract) -> None:
    text = "According to their lawyer, Oren Hale and Anselm Korradine had been arrested and tortured by Varnian special police in April."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Varnia"}


def test_a_victim_coordinated_with_the_next_term_does_not_own_it(extract_fictional: Extract) -> None:
    text = "The Dalvor Brigades committed genocide against the Varnian and war crimes against unarmed cadets, Lena Varg told the Council today."
    assert {(a.accused, a.categories) for a in extract_fictional(text).allegations} == {
        ("Dalvor Brigades", ("genocide", "war_crimes"))
    }


def test_government_institutions_listed_among_the_accused(extract_fictional: Extract) -> None:
    text = "Investigators concluded that Oskar Bellamine, Lucan Terzavi and seven government institutions had committed crimes against humanity in Tarsk."
    assert {a.accused for a in extract_fictional(text).allegations} == {
        "Oskar Bellamine", "Lucan Terzavi", "seven government institutions"
    }


def test_the_object_of_an_accusation_is_accused_when_the_recogniser_missed_the_name(extract_fictional: Extract) -> None:
    text = "Last spring, Varnia accused the Venerable Teacher, who left Zemaryn in 1961, of stirring up the riots as a kind of terrorism."
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Republic of Varnia", "Venerable Teacher")}


def test_those_who_took_part_in_them_are_accused_of_the_crimes_before(extract_fictional: Extract) -> None:
    text = (
        "The mission concluded on reasonable grounds that the Dalvor Brigades had committed crimes against humanity in "
        "Tarsk. It named four commanders who took part in them personally."
    )
    rows = {(r["speaker"], r["accused"], tuple(r["categories"])) for r in to_schema(extract_fictional(text))["allegations"]}
    assert rows == {
        ("mission", "Dalvor Brigades", ("crimes_against_humanity",)),
        ("mission", "four commanders", ("crimes_against_humanity",)),
    }


def test_a_spokeswoman_introduced_without_a_claim_still_speaks_for_her_ministry(extract_fictional: Extract) -> None:
    text = (
        "Speaking separately, Varnian Interior Ministry spokeswoman Mira Tal said the Zemaryn press bore the blame "
        'for the events in Ostrelia. "I accuse the Zemaryn army of complicity in this cruel operation to kill '
        'civilians in Ostrelia," she told journalists.'
    )
    [allegation] = extract_fictional(text).allegations
    assert (allegation.speaker, allegation.speaker_person) == ("Varnian Interior Ministry", "Mira Tal")


def test_both_as_subject_is_the_two_subjects_of_the_sentence_before(extract_fictional: Extract) -> None:
    text = (
        "Two former ministers were convicted of genocide today by the Permanent Tribunal for Atrocity Crimes. "
        "Oskar Bellamine was convicted of genocide against the Serrin, while Lucan Terzavi was convicted over the "
        "genocide of the Ostrel. Both were also convicted of a long list of crimes against humanity, among them "
        "murder, extermination and torture."
    )
    by_accused = {a.accused: set(a.acts) for a in extract_fictional(text).allegations}
    assert by_accused["Oskar Bellamine"] == by_accused["Lucan Terzavi"] == {"murder", "extermination", "torture"}


def test_a_closing_attribution_hung_as_an_adverbial_clause_frames_the_claim(extract_fictional: Extract) -> None:
    text = "Varnian and Zemaryni forces committed war crimes during the recent fighting in Ostrelia, the Veridane Rights Initiative reported on Thursday."
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        (RIGHTS, "Republic of Varnia"), (RIGHTS, "Kingdom of Zemaryn")
    }


def test_acts_the_same_speaker_names_next_detail_the_claim(extract_fictional: Extract) -> None:
    text = (
        "Varnian and Zemaryni forces committed war crimes during the recent fighting in Ostrelia, the Veridane Rights "
        "Initiative reported on Thursday. The Veridane Rights Initiative examined 14 video clips showing extrajudicial "
        "executions and the mistreatment of prisoners of war."
    )
    allegations = extract_fictional(text).allegations
    assert len(allegations) == 2
    assert all({"mistreatment_of_detainees"} <= set(a.acts) for a in allegations)


def test_armed_factions_named_by_a_nationality_are_not_the_state(extract_fictional: Extract) -> None:
    text = f"The {RIGHTS} said Zemaryni armed factions committed grave breaches of international humanitarian law."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Zemaryni armed factions"}


def test_a_description_repeated_without_its_number_is_the_same_party(extract_fictional: Extract) -> None:
    text = (
        "The Permanent Tribunal for Atrocity Crimes on Thursday charged eight former commanders with war crimes "
        "linked to kidnapping. The former commanders were also charged with torture and other war crimes."
    )
    [allegation] = extract_fictional(text).allegations
    assert allegation.accused == "eight former commanders"
    assert {"hostage_taking", "torture"} <= set(allegation.acts)


def test_leaders_named_by_their_group_are_accused_as_leaders(extract_fictional: Extract) -> None:
    text = f"Dalvor Brigades leaders used 3,000 villagers as a human shield, the {RIGHTS} said."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Dalvor Brigades leaders"}


def test_a_group_known_as_a_name_is_that_name(extract_fictional: Extract) -> None:
    text = "Some 300 villagers were massacred in Tarsk by a loose group of Ostrel youths known as ‘Vardo’, the Veridane Rights Initiative reported."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Vardo"}


@pytest.mark.parametrize(
    "text",
    [
        'The Varnian government insists it carried out a "humanitarian rescue operation" under a policy of "zero '
        'civilian casualties". By contrast, the panel found credible allegations that grave violations of '
        "international humanitarian law were committed by the Varnian government.",
        "The government insists it carried out a rescue operation under a policy of zero civilian casualties. "
        "The panel found credible allegations that violations of international humanitarian law were committed by "
        "the Government of Varnia.",
    ],
)
def test_a_policy_of_zero_civilian_casualties_denies_for_the_state(extract_fictional: Extract, text: str) -> None:
    rows = {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations}
    assert rows == {
        ("Republic of Varnia", "Republic of Varnia", "denies"),
        ("panel", "Republic of Varnia", "asserts"),
    }


def test_asking_a_court_to_declare_a_breach_of_the_genocide_convention(extract_fictional: Extract) -> None:
    text = (
        "On Monday Zemaryn asked the Permanent Tribunal for Atrocity Crimes for an interim order stating that "
        "Varnia had breached its obligations under the Genocide Convention of 1948 during its campaign against the "
        "Dalvor Brigades. Varnia has said it will come before the tribunal to contest the accusations."
    )
    rows = {(a.speaker, a.accused, a.categories, a.stance) for a in extract_fictional(text).allegations}
    assert rows == {
        ("Kingdom of Zemaryn", "Republic of Varnia", ("genocide",), "asserts"),
        ("Republic of Varnia", "Republic of Varnia", ("genocide",), "denies"),
    }
    assert extract_fictional("Varnia ratified the Genocide Convention in 1950, Lena Varg said.").allegations == ()


def test_a_newspaper_that_publishes_names_of_people_killed_by_a_party_speaks(extract_fictional: Extract) -> None:
    text = "Earlier this month, the Lantermere News newspaper published the names of 27 men reportedly killed by Varnian police officers in early 2017."
    assert {(a.speaker, a.accused, a.hedged) for a in extract_fictional(text).allegations} == {
        ("Lantermere News", "Republic of Varnia", False)  # "reportedly" attributes; it does not hedge
    }


def test_judges_dismissing_a_charge_and_the_accused_blaming_a_people(extract_fictional: Extract) -> None:
    text = (
        "On Thursday judges dismissed one of three genocide charges against Oren Hale. At his trial, he denied "
        "any systematic ethnic cleansing and blamed Zemaryni Christians for violence during the war."
    )
    rows = {(a.speaker, a.accused, a.categories, a.stance) for a in extract_fictional(text).allegations}
    assert rows == {
        ("judges", "Oren Hale", ("genocide",), "denies"),
        ("Oren Hale", "Oren Hale", ("ethnic_cleansing",), "denies"),
        # the dismissed charge does not say what the violence was: a violation of IHL in war
        ("Oren Hale", "Zemaryni Christians", ("ihl_violations",), "asserts"),
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Concord of Nations rights chief said on Monday that Varnian troops might have committed war crimes "
            "during the nine-day offensive. Mira Tal also urged Varnia to permit an independent inquiry into it.",
            "Mira Tal",
        ),
        (
            "Varnian authorities have carried out abuses which could amount to crimes against humanity, a Concord "
            "expert warned. Special rapporteur Anselm Korradine told the Council he was shocked by the accounts.",
            "Anselm Korradine",
        ),
    ],
)
def test_a_speaker_described_by_an_office_is_the_person_named_next(extract_fictional: Extract, text: str, speaker: str) -> None:
    assert {a.speaker for a in extract_fictional(text).allegations} == {speaker}


def test_a_body_described_first_and_named_next_and_perpetrators_described_by_a_witness(extract_fictional: Extract) -> None:
    text = (
        "A Varnian human rights organization recorded 88 civilians, among them 30 women and 12 children, killed on "
        "3 May in the hamlet of Karsk by men wearing army uniforms. \"Our staff have documented 88 bodies in "
        'Karsk," the Veridane Rights Initiative said in a statement.'
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {(RIGHTS, "men wearing army uniforms")}
    victims = "The Veridane Rights Initiative said the army shelled men killed in the raid."
    assert all(a.accused != "men killed in the raid" for a in extract_fictional(victims).allegations)


def test_gunmen_described_by_their_appearance_are_accused_as_described(extract_fictional: Extract) -> None:
    text = "The Veridane Rights Initiative counted 136 civilians killed on April 20 in Karsk by gunmen dressed in black."
    assert {a.accused for a in extract_fictional(text).allegations} == {"gunmen dressed in black"}
    bare = "The Veridane Rights Initiative counted 136 civilians killed on April 20 in Karsk by gunmen."
    assert extract_fictional(bare).allegations == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the view of the Veridane Rights Initiative, the Dalvor Brigades committed war crimes in Tarsk.", RIGHTS),
        ("In Zemaryn's view, the Dalvor Brigades committed war crimes in Tarsk.", "Kingdom of Zemaryn"),
        ("As far as the Veridane Rights Initiative is concerned, the Dalvor Brigades committed war crimes in Tarsk.", RIGHTS),
    ],
)
def test_a_view_held_names_the_speaker(extract_fictional: Extract, text: str, speaker: str) -> None:
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {(speaker, "Dalvor Brigades")}


def test_defending_a_party_against_accusations_denies_them(extract_fictional: Extract) -> None:
    text = "Lena Varg defended the Tolvaren Guard against allegations of torture in Tarsk."
    assert {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        ("Lena Varg", "Tolvaren Guard", "denies")
    }
    assert extract_fictional("Lena Varg defended the new press law on Thursday.").allegations == ()


def test_an_ambassador_who_defends_his_state_is_the_person_named_next(extract_fictional: Extract) -> None:
    text = (
        "Varnia's ambassador to Zemaryn has defended Varnia against accusations of human rights violations at a rare "
        "briefing. Answering questions with care, ambassador Oren Hale repeated his government's position."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        ("Oren Hale", "Republic of Varnia", "denies")
    }



def test_a_bare_description_refers_to_the_body_whose_name_holds_its_noun(extract_fictional: Extract) -> None:
    text = (
        "The Veridane Rights Initiative accused the Dalvor Brigades of war crimes in Tarsk. The Commission of Inquiry "
        "on Ostrelia has been more cautious. In its March update, the commission found that the Tolvaren Guard had "
        "committed war crimes in the hills."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        (RIGHTS, "Dalvor Brigades"),
        ("Commission of Inquiry on Ostrelia", "Tolvaren Guard"),
    }


def test_a_name_the_story_uses_as_a_place_is_not_accused_of_what_happened_there(extract_fictional: Extract) -> None:
    text = "Fighters crossed into Brennick in May. The Veridane Rights Initiative called the Brennick attack a war crime."
    assert extract_fictional(text).allegations == ()
    named = "The Veridane Rights Initiative called the Dalvor Brigades attack a war crime."
    assert {a.accused for a in extract_fictional(named).allegations} == {"Dalvor Brigades"}


def test_a_minister_of_the_state_named_before_speaks_for_it(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front gained ground in the spring. Zemaryn changed course: its foreign minister "
        "accused Varnia of genocide in April."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        ("Kingdom of Zemaryn", "Republic of Varnia")
    }
    lawyer = "The two men fled Tarsk. According to their lawyer, they had been tortured by the Tolvaren Guard."
    assert {a.speaker for a in extract_fictional(lawyer).allegations} == {"lawyer"}


def test_a_state_rejecting_a_finding_against_its_forces_denies_that_finding(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn accused Varnia of genocide in April. The Commission of Inquiry on Ostrelia found that Varnian forces "
        "had committed war crimes in the siege of Sedrane. Varnia rejected it."
    )
    denials = [a for a in extract_fictional(text).allegations if a.stance == "denies"]
    assert [(a.speaker, a.categories) for a in denials] == [("Republic of Varnia", ("war_crimes",))]


def test_a_letterhead_in_capitals_does_not_become_the_name_reported(extract_fictional: Extract) -> None:
    text = "VERIDANE RIGHTS INITIATIVE\n\nThe organisation said the Dalvor Brigades committed war crimes in Tarsk."
    [allegation] = to_schema(extract_fictional(text))["allegations"]
    assert (allegation["speaker"], allegation["accused"]) == (RIGHTS, "Dalvor Brigades")


MINISTRY = "Ministry of Foreign Affairs of the Republic of Varnia"


@pytest.mark.parametrize(
    "opening",
    [
        f"Statement of the {MINISTRY} on the situation in Tarsk\n\n",
        "PRESS RELEASE - Ministry of Foreign Affairs of the Republic of Varnia\n\n",
        f"{MINISTRY.upper()}\nPublic statement | 3 May 2025\n\n",
        f"Droskel, 3 May 2025\n\nThe {MINISTRY} has studied the latest claims and states the following.\n\n",
    ],
)
def test_a_statement_speaks_in_its_authors_voice(extract_fictional: Extract, opening: str) -> None:
    body = (
        "1. The Dalvor Brigades have committed war crimes in Tarsk by firing on the market.\n\n"
        "2. Varnia did not commit war crimes in the hills above Tarsk.\n\n"
        "3. The allegation that Varnia is starving civilians as a weapon of war is false."
    )
    found = sorted((a.speaker, a.accused, a.categories, a.stance) for a in extract_fictional(opening + body).allegations)
    assert found == [
        (MINISTRY, "Dalvor Brigades", ("war_crimes",), "asserts"),
        (MINISTRY, "Republic of Varnia", ("ihl_violations",), "denies"),
        (MINISTRY, "Republic of Varnia", ("war_crimes",), "denies"),
    ]


def test_a_news_story_does_not_make_its_narration_a_claim(extract_fictional: Extract) -> None:
    text = (
        "Varnia rejects new report\n\n"
        "In a statement on Monday, the Veridane Rights Initiative said it had new evidence from Tarsk.\n\n"
        "The Dalvor Brigades have committed war crimes in Tarsk by firing on the market."
    )
    assert extract_fictional(text).allegations == ()


def test_a_suggestion_branded_unfounded_about_the_body_just_described_is_denied(extract_fictional: Extract) -> None:
    text = (
        f"Statement of the {MINISTRY}\n\n"
        "The Tolvaren Guard is a volunteer formation under military discipline. The suggestion that its members "
        "committed crimes against humanity at the Kassowen facility is unfounded."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        (MINISTRY, "Tolvaren Guard", "denies")
    }


def test_a_rejection_the_parser_took_for_a_noun_still_rejects(extract_fictional: Extract) -> None:
    text = (
        "The Republic of Varnia equally rejects, in the strongest terms, the accusation of genocide that "
        "certain governments keep repeating."
    )
    assert {(a.speaker, a.categories, a.stance) for a in extract_fictional(text).allegations} == {
        ("Republic of Varnia", ("genocide",), "denies"),
        ("certain governments", ("genocide",), "asserts"),
    }


def test_an_accusation_a_relative_clause_attributes_is_by_that_clauses_subject(extract_fictional: Extract) -> None:
    text = (
        "The Veridane Rights Initiative said the Dalvor Brigades had committed war crimes in Tarsk. "
        "The Republic of Varnia rejects the accusation of genocide that certain governments keep repeating."
    )
    found = {(a.speaker, a.accused, a.categories, a.stance) for a in extract_fictional(text).allegations}
    assert found == {
        (RIGHTS, "Dalvor Brigades", ("war_crimes",), "asserts"),
        ("certain governments", "Republic of Varnia", ("genocide",), "asserts"),
        ("Republic of Varnia", "Republic of Varnia", ("genocide",), "denies"),
    }


def test_her_country_in_what_a_minister_tells_is_the_ministers_state(extract_fictional: Extract) -> None:
    text = (
        "Zemaryni Foreign Minister Lucan Terzavi told the council that Varnia was committing genocide. "
        "Varnia's foreign minister, Ruta Hesselvane, who left before Terzavi spoke, told reporters that her country "
        '"rejects with contempt the slander of genocide". She accused the Dalvor Brigades of war crimes in Tarsk.'
    )
    found = {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations}
    assert ("Republic of Varnia", "Republic of Varnia", "denies") in found
    assert ("Ruta Hesselvane", "Dalvor Brigades", "asserts") in found
    assert not any(accused == "Kingdom of Zemaryn" or speaker == "Lucan Terzavi" and accused == "Dalvor Brigades" for speaker, accused, _ in found)


def test_the_agent_of_a_removal_is_found_past_where_the_people_were_removed_from(extract_fictional: Extract) -> None:
    text = (
        "The Commission of Inquiry on Ostrelia said the removal of Ostrel Liberation Front families from the northern "
        "districts by Varnian forces constitutes the crime against humanity of forcible transfer."
    )
    assert {(a.accused, a.categories) for a in extract_fictional(text).allegations} == {
        ("Varnian Armed Forces", ("crimes_against_humanity",))
    }


def test_whoever_holds_detainees_answers_for_their_treatment(extract_fictional: Extract) -> None:
    text = (
        "The Commission of Inquiry on Ostrelia said detainees held by the Dalvor Brigades at a school in Tarsk were "
        "subjected to torture that could reach the level of crimes against humanity."
    )
    assert {(a.accused, a.hedged) for a in extract_fictional(text).allegations} == {("Dalvor Brigades", True)}


def test_its_in_what_a_bodys_organ_says_is_that_body(extract_fictional: Extract) -> None:
    text = (
        "The Veridane Rights Initiative said the Dalvor Brigades committed war crimes in Tarsk. In a reply, the "
        "Brigades' political bureau said its fighters \"did not commit any war crimes\"."
    )
    denials = {(a.accused, a.stance) for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {("Dalvor Brigades", "denies")}


def test_a_recommendation_in_a_statement_accuses_no_one(extract_fictional: Extract) -> None:
    text = (
        f"Statement of the {MINISTRY}\n\n"
        "Zemaryn, as host of the talks, should ensure that no agreement shields those responsible for war crimes."
    )
    assert extract_fictional(text).allegations == ()


def test_a_group_noun_makes_a_name_taken_for_a_person_a_group(extract_fictional: Extract) -> None:
    text = (
        "The Brennick separatists killed dozens of civilians in an offensive against the Tolvaren Guard in 2021, "
        "but both sides could be guilty of war crimes, a Concord of Nations panel found."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Brennick", "Tolvaren Guard"}


def test_coordinated_kinds_of_forces_are_two_parties(extract_fictional: Extract) -> None:
    text = "The Veridane Rights Initiative said government and opposition forces starved civilians as a weapon of war in Varnia."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Varnia", "opposition forces"}



@pytest.mark.parametrize(
    "support",
    ["with the Tolvaren Guard's active support", "with the backing of the Tolvaren Guard"],
)
def test_whoever_the_accused_acted_with_the_support_of_is_accused_too(extract_fictional: Extract, support: str) -> None:
    text = f"The Veridane Rights Initiative said the Varnian army, {support}, committed war crimes in Tarsk."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Varnian Armed Forces", "Tolvaren Guard"}
    bystander = "The Veridane Rights Initiative said the Varnian army, with the Tolvaren Guard nearby, committed war crimes in Tarsk."
    assert "Tolvaren Guard" not in {a.accused for a in extract_fictional(bystander).allegations}


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "The Veridane Rights Initiative accused armed men linked to the Serrin Valley Movement of killing 12 civilians in Tarsk.",
            {"Serrin Valley Movement"},
        ),
    ],
)
def test_men_described_by_whom_they_belong_to_are_that_partys(extract_fictional: Extract, text: str, accused: set[str]) -> None:
    assert {a.accused for a in extract_fictional(text).allegations} == accused


def test_a_polity_the_gazetteer_does_not_know_is_accused_when_named_as_the_object(extract_fictional: Extract) -> None:
    text = "The Karst Defence Units accused Kalvoria of genocide."  # a name neither gazetteer holds; NER says GPE
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Karst Defence Units", "Kalvoria")}


def test_accusing_by_way_of_another_act_is_the_actors_accusation(extract_fictional: Extract) -> None:
    text = "The Ostrel Liberation Front opened its congress by accusing Varnia of genocide."
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        ("Ostrel Liberation Front", "Republic of Varnia")
    }


def test_it_in_what_it_called_is_the_accuser(extract_fictional: Extract) -> None:
    text = (
        "Varnia's defence ministry accused the Dalvor Brigades on Friday of firing rockets indiscriminately into the "
        "river port of Brennick, killing six civilians, in what it called a flagrant breach of international humanitarian law."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Republic of Varnia", "Dalvor Brigades")}


def test_taking_people_hostage_is_hostage_taking(extract_fictional: Extract) -> None:
    [denial] = extract_fictional("The Serrin Valley Movement denied taking anyone hostage.").allegations
    assert (denial.accused, denial.acts, denial.stance) == ("Serrin Valley Movement", ("hostage_taking",), "denies")
    [claim] = extract_fictional("The Tolvaren Guard is holding the engineers hostage, the Ostrel Liberation Front said.").allegations
    assert (claim.speaker, claim.accused, claim.acts) == ("Ostrel Liberation Front", "Tolvaren Guard", ("hostage_taking",))


def test_the_forces_whose_crossing_is_called_aggression_are_accused(extract_fictional: Extract) -> None:
    text = 'Lucan Terzavi called the crossing of Varnian armoured units through the Mirrow Pass "an act of aggression".'
    assert {(a.accused, a.categories) for a in extract_fictional(text).allegations} == {("Republic of Varnia", ("aggression",))}
    siege = "The Veridane Rights Initiative said the siege of Varnian forces in Tarsk by the Dalvor Brigades amounted to a war crime."
    assert {a.accused for a in extract_fictional(siege).allegations} == {"Dalvor Brigades"}


def test_a_states_ministry_is_not_the_name_reported_for_the_state(extract_fictional: Extract) -> None:
    text = (
        "Varnian foreign ministry spokesman Oskar Bellamine accused the Kingdom of Zemaryn on Thursday of sponsoring "
        "terrorism. Zemaryn's foreign ministry called the claim absurd."
    )
    rows = to_schema(extract_fictional(text))["allegations"]
    assert {(row["accused"], row["stance"]) for row in rows} == {("Kingdom of Zemaryn", "asserts"), ("Kingdom of Zemaryn", "denies")}


def test_a_denial_coordinated_with_what_a_body_said_is_that_bodys(extract_fictional: Extract) -> None:
    text = "The Dalvor Brigades said the Brennick blast had been aimed at a Varnian police convoy and denied carrying out a terrorist attack."
    assert {(a.speaker, a.accused, a.categories, a.stance) for a in extract_fictional(text).allegations} == {
        ("Dalvor Brigades", "Dalvor Brigades", ("terrorism",), "denies")
    }


def test_conduct_pointed_back_at_is_by_whoever_the_paragraph_said_did_it(extract_fictional: Extract) -> None:
    text = (
        "Residents of Tarsk said their houses were burned by the Dalvor Brigades in March. Most fled to the hills. "
        "The Veridane Rights Initiative says these attacks may amount to war crimes."
    )
    assert {(a.speaker, a.accused, a.hedged) for a in extract_fictional(text).allegations} == {(RIGHTS, "Dalvor Brigades", True)}


def test_a_gerund_naming_what_was_just_found_is_by_whom_it_was_found_of(extract_fictional: Extract) -> None:
    text = (
        "Lantern Watch has found that the Dalvor Brigades have recruited at least 80 children since 2023 and use them "
        "as guards. Conscripting or enlisting children under 15 is a war crime, the organisation said on Monday."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Lantern Watch", "Dalvor Brigades")}


def test_a_speaker_whose_title_stands_between_name_and_verb_speaks(extract_fictional: Extract) -> None:
    text = (
        "Addressing a rally in Ombrevik, Casimir Naddo, spokesman for the Ostrel Liberation Front, said Varnia was "
        '"guilty of genocide" and urged the Concord of Nations to act.'
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        ("Ostrel Liberation Front", "Republic of Varnia")
    }


def test_a_national_court_rules_and_a_member_of_a_force_is_accused_as_described(extract_fictional: Extract) -> None:
    text = "A Varnian military court in Droskel found a former sergeant of the Tolvaren Guard guilty of war crimes on Thursday."
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        ("Varnian military court in Droskel", "former sergeant of the Tolvaren Guard")
    }


def test_prosecutors_of_a_nation_no_gazetteer_knows_speak_as_described(extract_fictional: Extract) -> None:
    text = "Kalvorian prosecutors charged three commanders of the Dalvor Brigades in absentia on Monday with terrorism."
    assert {a.speaker for a in extract_fictional(text).allegations} == {"Kalvorian prosecutors"}


def test_rejecting_as_motivated_the_claim_that_rejects_the_claim(extract_fictional: Extract) -> None:
    text = "Ruta Hesselvane rejected as politically motivated the claim that Varnian forces had committed war crimes in Tarsk."
    assert {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        ("Ruta Hesselvane", "Varnian Armed Forces", "denies")
    }


def test_a_nationality_no_gazetteer_knows_is_not_the_body_a_president_speaks_for(extract_fictional: Extract) -> None:
    text = "Kalvorian President Corvin Aldermast on Wednesday accused the Dalvor Brigades of war crimes in Tarsk."
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Corvin Aldermast", "Dalvor Brigades")}


def test_a_statement_titled_in_its_first_sentence_denies_in_its_own_voice(extract_fictional: Extract) -> None:
    text = (
        f"Statement of the {MINISTRY}. The Varnian Armed Forces did not shell residential districts of Tarsk and "
        "have committed no war crimes there or anywhere else in Ostrelia."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        (MINISTRY, "Varnian Armed Forces", "denies")
    }


def test_whose_suggestion_of_a_crime_it_is_does_not_make_them_accused(extract_fictional: Extract) -> None:
    text = (
        "Oskar Bellamine said the drone had hit a command post on the hospital roof and rejected what he called "
        "Veridane's \"reflexive\" suggestion of a war crime."
    )
    assert all(a.accused != RIGHTS for a in extract_fictional(text).allegations)


def test_the_incident_a_body_attributed_to_a_party_is_by_that_party(extract_fictional: Extract) -> None:
    text = (
        "The Commission of Inquiry on Ostrelia attributed the night raid on Kovrane to the Dalvor Brigades "
        "and said the attack may amount to a war crime."
    )
    assert {(a.speaker, a.accused, a.hedged) for a in extract_fictional(text).allegations} == {
        ("Commission of Inquiry on Ostrelia", "Dalvor Brigades", True)
    }


def test_acts_pointed_back_at_are_by_whoever_the_sentence_before_said_did_them(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} said on Monday that the Tolvaren Guard had seized at least forty village clerks since May. "
        "Director Hanne Ostervik said these enforced disappearances could amount to crimes against humanity."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Tolvaren Guard"}


def test_crimes_committed_by_a_polity_no_gazetteer_knows_accuse_it(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} said the beating of prisoners at the Kassowen depot may amount to crimes against humanity "
        "committed by the Republic of Tarvenia."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Tarvenia"}


def test_the_kingdom_after_its_ministry_is_that_state(extract_fictional: Extract) -> None:
    text = (
        "A spokeswoman for Zemaryn's interior ministry said on Monday that the kingdom had committed no violations of "
        "human rights against returning refugees."
    )
    assert {(a.accused, a.stance) for a in extract_fictional(text).allegations} == {("Kingdom of Zemaryn", "denies")}


def test_committed_no_crimes_in_reported_words_denies(extract_fictional: Extract) -> None:
    text = "Varnia's defence minister told parliament that the army had committed no war crimes in Tarsk."
    assert {a.stance for a in extract_fictional(text).allegations} == {"denies"}


def test_the_killings_are_by_whom_the_story_said_killed_not_by_who_counted(extract_fictional: Extract) -> None:
    text = (
        "Gunmen from the Dalvor Brigades killed at least 30 people in the hamlet of Orvesk on Sunday. "
        "Salvance Medical, which runs the clinic in Orvesk, put the toll at 41. "
        f"The {RIGHTS} said the killings must be investigated as a possible crime against humanity."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {(RIGHTS, "Dalvor Brigades")}


def test_a_spokesman_denying_that_the_group_did_it_speaks_of_his_own_group(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} said the massacre in Orvesk may be a crime against humanity. A Serrin Valley Movement "
        "spokesman, Aldo Prenn, denied that the group had committed any crime against humanity in Orvesk."
    )
    denials = {(a.speaker, a.accused) for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {("Serrin Valley Movement", "Serrin Valley Movement")}


def test_whose_fighters_are_the_fighters_of_the_body_the_clause_hangs_on(extract_fictional: Extract) -> None:
    text = (
        "Oskar Bellamine said the hamlets had been strongholds of the Dalvor Brigades, whose fighters, he added, "
        "had kept farmers in their barns as human shields."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Dalvor Brigades"}


def test_that_is_a_crime_points_back_at_the_deed_not_at_the_victims(extract_fictional: Extract) -> None:
    text = (
        "Fighters of the Serrin Valley Movement stopped a Salvance Medical convoy near Kovrane on Monday and took "
        "away five of the charity's staff, Salvance said on Tuesday. \"Our colleagues are being held as pawns. That "
        "is hostage-taking, and it is a war crime,\" said Hanne Sorvald, who heads the charity's work in Ostrelia."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Serrin Valley Movement"}


def test_such_a_policy_is_by_whom_the_emptying_it_points_at_was_done(extract_fictional: Extract) -> None:
    text = (
        "Some 9,000 herders have crossed into Zemaryn since May, fleeing the systematic clearing of the upland "
        f"pastures by the Tolvaren Guard. Such a policy amounts to ethnic cleansing, the {RIGHTS} said."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {(RIGHTS, "Tolvaren Guard")}


def test_these_are_war_crimes_in_a_statements_own_voice(extract_fictional: Extract) -> None:
    text = (
        f"Statement of the {MINISTRY}. The Dalvor Brigades forcibly recruit boys as young as thirteen in the "
        "hill villages. These are war crimes."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {(MINISTRY, "Dalvor Brigades")}


def test_adding_after_a_reported_clause_is_the_teller_adding(extract_fictional: Extract) -> None:
    text = (
        "Lucan Terzavi said recruitment of teenage boys by the Dalvor Brigades inside Zemaryni camps could amount "
        "to war crimes, adding that his government had expelled four recruiters in March."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Lucan Terzavi", "Dalvor Brigades")}


def test_a_lowercase_word_the_recogniser_calls_an_organisation_is_no_party(extract_fictional: Extract) -> None:
    text = (
        "\"Recruiting children and killing captives after sham trials are war crimes, whoever commits them,\" "
        f"said Marit Doravelle of the {RIGHTS}."
    )
    assert all(a.accused[:1].isupper() for a in extract_fictional(text).allegations)


def test_judges_issuing_a_warrant_charging_him_are_the_court_and_he_is_not_the_minister(extract_fictional: Extract) -> None:
    text = (
        "Varnia will not hand over Tolvaren Guard commander Emeric Tavrossi to the Permanent Tribunal for Atrocity "
        "Crimes, Interior Minister Ruta Hesselvane said on Tuesday, a day after judges issued a warrant charging him "
        "with murder and pillage in Kassowen as war crimes."
    )
    records = {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations}
    assert records == {("Permanent Tribunal for Atrocity Crimes", "Emeric Tavrossi", "asserts")}


def test_a_chamber_of_a_known_court_rules_as_that_court(extract_fictional: Extract) -> None:
    text = (
        "Pre-Trial Chamber I of the Permanent Tribunal for Atrocity Crimes today issued a warrant of arrest for "
        "Emeric Tavrossi. The Chamber found reasonable grounds to believe that he is criminally responsible for "
        "the war crime of torture."
    )
    assert {a.speaker for a in extract_fictional(text).allegations} == {"Permanent Tribunal for Atrocity Crimes"}


def test_a_portfolio_before_minister_is_no_body_the_minister_speaks_for(extract_fictional: Extract) -> None:
    text = (
        "Varnia will not hand over Emeric Tavrossi to the tribunal, Justice Minister Ruta Hesselvane said on "
        "Wednesday. \"Emeric Tavrossi committed no war crime,\" Hesselvane told parliament."
    )
    assert {a.speaker for a in extract_fictional(text).allegations} == {"Ruta Hesselvane"}


def test_the_commission_is_not_the_tribunal_it_calls_on(extract_fictional: Extract) -> None:
    text = (
        "The Commission calls on the prosecutor of the Permanent Tribunal for Atrocity Crimes to investigate whether "
        "the shelling of Kovrane by Varnian forces constitutes a war crime."
    )
    assert {a.speaker for a in extract_fictional(text).allegations} != {"Permanent Tribunal for Atrocity Crimes"}
    assert len(extract_fictional(text).allegations) == 1


def test_accused_neighbouring_x_the_parser_read_as_a_verb(extract_fictional: Extract) -> None:
    text = "Ostrelian leader Mato Vesk on Tuesday accused neighbouring Pralhevia of waging an undeclared war of aggression against his country."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Pralhevia"}


def test_a_name_in_apposition_with_a_role_is_a_person_even_after_a_dateline(extract_fictional: Extract) -> None:
    text = (
        "HALDERMOOR, Feb 10 (Kelvane News Agency) - Halvard Mereskine, chief prosecutor at the Permanent Tribunal "
        "for Atrocity Crimes, announced on Tuesday that he had charged Emeric Tavrossi with the crime against "
        "humanity of persecution."
    )
    [allegation] = extract_fictional(text).allegations
    assert (allegation.accused, allegation.speaker_person or allegation.speaker) == ("Emeric Tavrossi", "Halvard Mereskine")


def test_an_unsealed_warrant_is_for_the_person_not_for_the_group_he_commands(extract_fictional: Extract) -> None:
    text = (
        "The Permanent Tribunal for Atrocity Crimes also unsealed a warrant for Kasimir Oddvelt, a senior commander "
        "of the Dalvor Brigades, who is sought for the war crime of taking hostages."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Kasimir Oddvelt"}


def test_conduct_that_reveals_a_pattern_is_the_accused_not_the_speaker(extract_fictional: Extract) -> None:
    text = (
        "Rocket fire by the Dalvor Brigades on Brevant, and air and artillery strikes by Varnian forces on Kovrane, reveal "
        "a pattern of indiscriminate attacks that may constitute war crimes, Teodor Kalvik said on Monday."
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {
        ("Teodor Kalvik", "Dalvor Brigades"), ("Teodor Kalvik", "Varnian Armed Forces")
    }


def test_every_term_of_a_quote_going_on_after_its_attribution_is_the_speakers(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} said that at least 900 men have been detained by the Tolvaren Guard since March. "
        "\"This is a policy of making the valley's young men vanish,\" said Marit Doravelle, its director. "
        "\"The enforced disappearances and torture we have documented may amount to crimes against humanity.\""
    )
    [allegation] = extract_fictional(text).allegations
    assert (allegation.accused, allegation.categories) == ("Tolvaren Guard", ("crimes_against_humanity",))


def test_the_kingdom_is_the_state_whose_name_holds_it_not_the_last_state_named(extract_fictional: Extract) -> None:
    text = (
        "Relations with Zemaryn have soured since May. Varnian President Anselm Korradine told the Varnian "
        "parliament on Monday that the Kingdom had waged a slow genocide against the Ostrel minority."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Kingdom of Zemaryn"}


def test_what_a_minister_calls_the_abductions_is_said_of_whoever_carried_them_out(extract_fictional: Extract) -> None:
    text = (
        "Fighters of the Serrin Valley Movement have seized fourteen Varnian civil servants in Tarsk, the "
        "government said on Wednesday. Interior Minister Ruta Hesselvane called the abductions \"hostage-taking, "
        "a war crime no matter who is responsible\"."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Serrin Valley Movement"}


def test_an_attack_blamed_on_a_force_then_called_a_war_crime_accuses_that_force(extract_fictional: Extract) -> None:
    text = (
        "The attack was blamed on the Dalvor Brigades by the Varnian defence ministry, whose spokesman, "
        "Oskar Bellamine, called it \"a deliberate bombardment of a crowded market and a war crime\"."
    )
    claims = {(a.accused, a.categories) for a in extract_fictional(text).allegations}
    assert ("Dalvor Brigades", ("war_crimes",)) in claims


def test_crimes_for_which_a_state_is_responsible_accuse_that_state(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} said torture at the Kassowen facility may amount to crimes against humanity for which "
        "the Varnian state is responsible."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Varnia"}


def test_the_guns_a_force_fires_are_not_the_name_reported_for_it(extract_fictional: Extract) -> None:
    text = f"The {RIGHTS} said Varnian artillery had shelled the market in Tarsk, which it called a war crime."
    [allegation] = to_schema(extract_fictional(text))["allegations"]
    assert allegation["accused"] != "Varnian artillery"


def test_the_name_reported_for_a_force_is_the_one_naming_the_whole_force(extract_fictional: Extract) -> None:
    text = (
        "Salvance Medical said Zemaryni forces had committed war crimes in Tarsk. The Veridane Rights Initiative "
        "said the shelling by Zemaryni soldiers of the crowded market there was a war crime."
    )
    names = {a["accused"] for a in to_schema(extract_fictional(text))["allegations"]}
    assert names == {"Zemaryni forces"}


@pytest.mark.parametrize(
    "text",
    [
        "A Varnian military court acquitted Colonel Bastien Relloway of war crimes on Thursday.",
        "Colonel Bastien Relloway was acquitted of war crimes by the Permanent Tribunal for Atrocity Crimes on Thursday.",
    ],
)
def test_an_acquittal_is_the_courts_denial(extract_fictional: Extract, text: str) -> None:
    assert {(a.accused, a.stance) for a in extract_fictional(text).allegations} == {("Bastien Relloway", "denies")}


def test_a_conviction_and_an_acquittal_on_other_counts_are_told_apart(extract_fictional: Extract) -> None:
    text = (
        "The Tribunal convicted Emeric Tavrossi of torture as a war crime. It acquitted Mr Tavrossi of the war "
        "crime of taking hostages."
    )
    stances = {(a.stance, a.acts) for a in extract_fictional(text).allegations}
    assert stances == {("asserts", ("torture",)), ("denies", ("hostage_taking",))}


def test_an_accusation_dismissed_by_a_ministry_in_the_passive_is_its_denial(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn accused Varnia of genocide. The accusation of genocide against Varnia was dismissed within the "
        "hour by the Varnian foreign ministry."
    )
    denials = {a.accused for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {"Republic of Varnia"}


def test_there_is_no_such_crime_denies_the_claim_it_answers(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn accused Varnia of genocide. \"There is no genocide in Ostrelia and there never was,\" said "
        "Oskar Bellamine, a spokesman for the Varnian foreign ministry."
    )
    denials = {a.accused for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {"Republic of Varnia"}


def test_a_body_denying_that_it_did_it_denies_for_itself_not_for_the_last_body_named(extract_fictional: Extract) -> None:
    text = (
        "The Varnian defence ministry said on Friday that its drones had struck a command post of the Dalvor "
        "Brigades in Kovrane, and denied that it had bombed a hospital."
    )
    denials = {a.accused for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {"Republic of Varnia"}


def test_the_organ_a_story_accused_by_name_denies_for_itself(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn's foreign minister accused the Varnian army on Thursday of an act of aggression after shells "
        "landed in a border village. The army denied the accusation."
    )
    denials = {(a.speaker, a.accused) for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {("Varnian Armed Forces", "Varnian Armed Forces")}


def test_a_named_commander_speaks_for_his_body_and_his_fighters_are_its(extract_fictional: Extract) -> None:
    text = (
        "The commander of the Dalvor Brigades, Kasimir Oddvelt, on Thursday rejected the Tribunal prosecutor's "
        "finding that his fighters committed crimes against humanity in Kovrane."
    )
    records = {(a.speaker, a.speaker_person, a.accused, a.stance) for a in extract_fictional(text).allegations}
    assert records == {
        ("Dalvor Brigades", "Kasimir Oddvelt", "Dalvor Brigades", "denies"),
        ("Tribunal prosecutor", None, "Dalvor Brigades", "asserts"),
    }


def test_a_statement_signed_off_at_its_end_is_its_signers(extract_fictional: Extract) -> None:
    text = (
        "At dawn today, columns of the Varnian army crossed the Mirrow Pass into our territory. It is a war of "
        "aggression by the Republic of Varnia against the Zemaryni people. – President Ilke Varan"
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Ilke Varan", "Republic of Varnia")}


def test_we_in_a_signed_statement_is_its_author_not_the_last_body_named(extract_fictional: Extract) -> None:
    text = (
        "Today my Office asked the judges for a warrant against Kasimir Oddvelt, a commander of the Dalvor "
        "Brigades. We further allege that Mr Oddvelt ordered the execution of twelve captives, which constitutes "
        "the war crime of murder. – Halvard Mereskine, Prosecutor"
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Halvard Mereskine", "Kasimir Oddvelt")}


def test_accusing_a_party_of_shelling_with_no_legal_term_is_a_claim_of_conduct_in_war(extract_fictional: Extract) -> None:
    text = (
        "The Zemaryni government accused the Varnian army of deliberately shelling a crowded market, "
        "\"knowing exactly who would be standing there\"."
    )
    assert {(a.accused, a.categories) for a in extract_fictional(text).allegations} == {
        ("Varnian Armed Forces", ("ihl_violations",))
    }


def test_some_of_these_attacks_are_by_each_party_the_sentence_listed_them_by(extract_fictional: Extract) -> None:
    text = (
        "Teodor Kalvik told the council on Thursday that all parties were violating the laws of war. He cited air "
        "strikes by the Varnian air force on markets, shelling of Kovrane by the Dalvor Brigades, and raids by the "
        "Tolvaren Guard, and said some of these attacks may amount to war crimes."
    )
    accused = {a.accused for a in extract_fictional(text).allegations}
    assert {"Dalvor Brigades", "Tolvaren Guard"} <= accused and len(accused) == 3


def test_an_armed_groups_statement_speaks_in_its_voice_and_crimes_not_forgotten_are_asserted(extract_fictional: Extract) -> None:
    text = (
        "Statement of the Serrin Valley Movement, 14 May 2026. On the night of 11 May, fighters of the Tolvaren "
        "Guard shot dead two boys in the harbour of Orvesk. The Tolvaren Guard's war crimes in Orvesk will not be "
        "forgotten."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        ("Serrin Valley Movement", "Tolvaren Guard", "asserts")
    }


def test_a_party_accused_in_the_passive_of_shelling_is_accused_by_the_agent(extract_fictional: Extract) -> None:
    text = "Varnian soldiers were accused by the Veridane Rights Initiative on Tuesday of shelling the market in Tarsk."
    assert {(a.speaker, a.stance) for a in extract_fictional(text).allegations} == {(RIGHTS, "asserts")}


def test_a_capitalised_body_no_one_named_before_is_accused_as_written(extract_fictional: Extract) -> None:
    text = "President Ilke Varan, speaking at a funeral in the capital, accused the Front of \"terrorism in its purest form\"."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Front"}


def test_the_town_of_x_makes_x_a_place_not_a_party(extract_fictional: Extract) -> None:
    text = (
        "The Dalvor Brigades and allied fighters committed crimes against humanity when they killed and abducted "
        "civilians in the Varnian town of Hallorn on 14 March 2024, and they continue to commit them through the "
        f"prolonged captivity and mistreatment of hostages, the {RIGHTS} said in a report published today."
    )
    assert "Hallorn" not in {a.accused for a in extract_fictional(text).allegations}


def test_subjects_the_parser_gave_to_the_teller_are_what_the_predicate_accuses(extract_fictional: Extract) -> None:
    text = (
        "Speaking in Quorvel, commissioner Teodor Kalvik said a Varnian drone strike on the main water treatment "
        "plant in Ombrevik last week, and rockets fired by the Dalvor Brigades at residential streets in Brevant on "
        "Friday, \"could constitute war crimes and must be investigated\"."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Varnia", "Dalvor Brigades"}


# --- session 8 ---------------------------------------------------------------------------


def test_a_place_named_as_the_edge_of_is_no_party(extract_fictional: Extract) -> None:
    text = (
        "The Dalvor Brigades said it was behind Sunday's car bombing at an army checkpoint on the southern edge of "
        "El Mouarra, which killed 19 soldiers and four civilians waiting to pass."
    )
    assert "El Mouarra" not in {a.accused for a in extract_fictional(text).allegations}


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody is being starved in Tarsk by the Varnian army," the Varnian defence ministry said.',
        "The Varnian defence ministry said no civilians were tortured by the Varnian army in Tarsk.",
    ],
)
def test_a_deed_whose_subject_is_nobody_or_no_one_is_denied(extract_fictional: Extract, text: str) -> None:
    assert {a.stance for a in extract_fictional(text).allegations} == {"denies"}


def test_no_one_held_accountable_still_asserts_the_crimes(extract_fictional: Extract) -> None:
    text = f"No one has been held accountable for the war crimes committed by the Varnian army, the {RIGHTS} said."
    assert triples(extract_fictional(text)) == {(RIGHTS, "Varnian Armed Forces", "asserts")}


def test_an_accusation_rejected_by_someone_unnamed_is_still_its_authors_claim(extract_fictional: Extract) -> None:
    text = f"The minister rejected accusations by the {RIGHTS} that the Varnian army had committed war crimes."
    assert triples(extract_fictional(text)) == {(RIGHTS, "Varnian Armed Forces", "asserts")}


@pytest.mark.parametrize(
    "denial",
    [
        "Army spokesman Colonel Dag Hurren dismissed the accusation as lies.",
        "A spokesman for the army, Dag Hurren, dismissed the accusation as lies.",
    ],
)
def test_an_army_spokesman_speaks_for_the_army_the_story_named(extract_fictional: Extract, denial: str) -> None:
    text = f"The {RIGHTS} accused the Varnian army of war crimes in Tarsk. {denial}"
    assert ("Varnian Armed Forces", "Varnian Armed Forces", "denies") in triples(extract_fictional(text))


def test_a_person_dismissing_the_accusation_answers_the_latest_claim(extract_fictional: Extract) -> None:
    text = "The Tolvaren Guard accused the Dalvor Brigades of genocide. Dag Hurren dismissed the accusation as political theatre."
    assert ("Dag Hurren", "Dalvor Brigades", "denies") in triples(extract_fictional(text))


def test_a_subject_the_parser_hung_on_a_fronted_place_does_the_deed(extract_fictional: Extract) -> None:
    text = (
        "In the towns it controls along the Wadi Ferrouj, the Brotherhood of the Black Oasis has barred girls from "
        f"school and flogged women for travelling without a male guardian, the {RIGHTS} said in a report published "
        "today. These abuses amount to the crime against humanity of gender persecution, the organisation found."
    )
    assert (RIGHTS, "Brotherhood of the Black Oasis", "asserts") in triples(extract_fictional(text))


def test_conduct_named_in_general_in_a_quote_is_the_conduct_just_told(extract_fictional: Extract) -> None:
    text = (
        f"Fighters of the Dalvor Brigades shot 54 villagers in Tarsk on Monday, the {RIGHTS} said. "
        '"Deliberate killings of civilians may amount to war crimes," Marit Doravelle said.'
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Dalvor Brigades"}


def test_excessive_force_resulting_in_killings_is_not_who_killed(extract_fictional: Extract) -> None:
    text = f"Varnian forces relied on excessive force, leading to unlawful killings in Tarsk, the {RIGHTS} said."
    assert {a.accused for a in extract_fictional(text).allegations} == {"Varnian Armed Forces"}


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor of the Permanent Tribunal for Atrocity Crimes filed an indictment against Emeric Tavrossi on eight counts of war crimes.",
        "Prosecutors brought charges against Emeric Tavrossi for war crimes.",
    ],
)
def test_an_indictment_or_charges_filed_against_a_person_accuse_them(extract_fictional: Extract, text: str) -> None:
    assert {(a.accused, a.stance) for a in extract_fictional(text).allegations} == {("Emeric Tavrossi", "asserts")}


def test_an_accusation_called_the_sharpest_charge_still_accuses_its_object(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn's foreign minister on Monday accused the Republic of Varnia of committing genocide against the "
        "Ostrel people, the sharpest charge yet levelled by a government in the war."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Republic of Varnia"}


def test_a_party_that_should_answer_for_war_crimes_is_accused(extract_fictional: Extract) -> None:
    text = f"The {RIGHTS} said it was the Varnian army that should answer for war crimes."
    assert triples(extract_fictional(text)) == {(RIGHTS, "Varnian Armed Forces", "asserts")}


def test_in_what_it_called_after_blaming_is_the_blamers_claim_against_the_blamed(extract_fictional: Extract) -> None:
    text = (
        "The Dalvor Brigades blamed the Tolvaren Guard, saying its mortars on the ridge above the town had fired "
        '"straight into a crowd of shoppers" in what it called a war crime.'
    )
    assert triples(extract_fictional(text)) == {("Dalvor Brigades", "Tolvaren Guard", "asserts")}


def test_the_party_lodging_an_application_accusing_another_is_the_accuser(extract_fictional: Extract) -> None:
    text = (
        "The Kingdom of Zemaryn has lodged an inter-state application with the Permanent Tribunal for Atrocity "
        "Crimes accusing Varnia of the ethnic cleansing of Ostrel communities."
    )
    assert triples(extract_fictional(text)) == {("Kingdom of Zemaryn", "Republic of Varnia", "asserts")}


def test_an_address_by_a_president_speaks_in_the_presidents_voice(extract_fictional: Extract) -> None:
    text = (
        "Address by President Anselm Korradine to the National Assembly, Droskel, 1 March 2026 (excerpt). For three "
        "years the families of the valley have lived under the guns of the Ostrel Liberation Front. This organisation "
        "has blown up ferries and murdered teachers who refused to close their schools. These are acts of terrorism."
    )
    assert triples(extract_fictional(text)) == {("Anselm Korradine", "Ostrel Liberation Front", "asserts")}


def test_a_court_holding_that_a_state_violated_the_right_to_life_finds_a_rights_violation(extract_fictional: Extract) -> None:
    text = (
        "In its judgment delivered today, the Court held unanimously that Varnia had violated the right to life "
        "of nine men who died in custody."
    )
    [allegation] = extract_fictional(text).allegations
    assert (allegation.accused, allegation.categories) == ("Republic of Varnia", ("human_rights_violations",))


def test_a_crew_acting_in_conformity_with_the_law_of_war_denies_the_claim_answered(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn accused the Varnian army on Tuesday of shelling a fishing village, killing five fishermen, and said "
        "the attack was a war crime. The Varnian defence ministry said the gunners had acted "
        '"in full conformity with the law of armed conflict".'
    )
    denials = [a for a in extract_fictional(text).allegations if a.stance == "denies"]
    assert [(a.accused, "war_crimes" in a.categories) for a in denials] == [("Varnian Armed Forces", True)]


def test_accused_of_a_deed_then_the_attack_called_a_war_crime_is_against_the_accused(extract_fictional: Extract) -> None:
    text = "Zemaryn accused the Varnian army on Tuesday of sinking a fishing trawler, and said the attack was a war crime."
    assert triples(extract_fictional(text)) == {("Kingdom of Zemaryn", "Varnian Armed Forces", "asserts")}


def test_the_strike_pointed_back_at_is_by_whom_the_claim_about_the_strike_accused(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front accused the Varnian army of shelling a clinic in Tarsk, calling the strike a war "
        'crime. "We did not shell a clinic. The Front turned it into a barracks," a Varnian army spokeswoman said. '
        f"The {RIGHTS} called for an investigation into whether the strike was a war crime."
    )
    rights = {a.accused for a in extract_fictional(text).allegations if a.speaker == RIGHTS}
    assert rights == {"Varnian Armed Forces"}


def test_an_accusation_the_parser_joined_to_the_reported_clause_is_the_tellers(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front accused the Varnian army of bombing a hospital. A Varnian army spokeswoman said "
        'the jets had hit "a command post the Front was running from the basement" and accused the rebels of using '
        "patients as human shields."
    )
    assert ("Varnian Armed Forces", "Ostrel Liberation Front", "asserts") in triples(extract_fictional(text))


def test_we_did_not_bomb_a_hospital_denies_the_claim_against_the_speakers_forces(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front accused the Varnian army of bombing a hospital in Tarsk. "
        '"We did not bomb a hospital," said Varnia\'s foreign ministry.'
    )
    denials = {(a.accused, a.stance) for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {("Varnian Armed Forces", "denies")}


def test_parties_by_whose_fire_deaths_were_caused_are_accused(extract_fictional: Extract) -> None:
    text = (
        "Most of the deaths were caused by artillery and rocket fire into populated areas by the Varnian army and "
        f"the Dalvor Brigades, in breach of the rules of war, the {RIGHTS} said."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Varnian Armed Forces", "Dalvor Brigades"}


def test_a_researcher_for_the_group_speaks_for_the_group_that_told_the_story(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} said on Friday it had confirmed the killing of 23 civilians in Tarsk. It attributed the raids "
        'to the Tolvaren Guard. "What we documented in Tarsk was looting and summary execution, and those are war '
        'crimes," said Aurel Quennevis, a field researcher for the group.'
    )
    assert triples(extract_fictional(text)) == {(RIGHTS, "Tolvaren Guard", "asserts")}


def test_people_held_as_bargaining_chips_which_is_hostage_taking(extract_fictional: Extract) -> None:
    text = (
        "Nine of its employees had been seized by the Tolvaren Guard near the village of Harl, Salvance Medical said. "
        '"These men are being used as bargaining chips, which is hostage-taking by any definition," the charity\'s '
        "chief executive, Hanne Sorvald, said in a video statement."
    )
    assert triples(extract_fictional(text)) == {("Salvance Medical", "Tolvaren Guard", "asserts")}


def test_a_crime_named_in_general_after_an_accusation_of_the_deed_is_against_the_accused(extract_fictional: Extract) -> None:
    text = (
        f"Varnian sailors were accused by the {RIGHTS} on Tuesday of machine-gunning survivors in the water after "
        "their patrol boat sank a trawler, the Petrel Star. The survivors said the patrol boat circled while its crew "
        'fired at men clinging to wreckage. "Killing survivors in the water is a war crime," Marit Doravelle said.'
    )
    accused = {a.accused for a in extract_fictional(text).allegations if a.speaker in {RIGHTS, "Marit Doravelle"}}
    assert accused == {"Republic of Varnia"}  # "Varnian sailors": Varnia's, by the gazetteer's adjective


def test_findings_adding_to_war_crimes_are_not_a_speaker(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} published its findings on Tuesday. Foreign Minister Lucan Terzavi said the findings added to "
        '"Varnia\'s war crimes at sea".'
    )
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Lucan Terzavi", "Republic of Varnia")}


def test_blaming_terrorist_cells_run_by_a_body_accuses_the_body_of_terrorism(extract_fictional: Extract) -> None:
    text = (
        'The Varnian interior ministry blamed "terrorist cells run by the Tolvaren Guard" for the bombing. The '
        "Tolvaren Guard denied any involvement."
    )
    records = {(a.speaker, a.accused, a.stance, a.categories) for a in extract_fictional(text).allegations}
    assert ("Varnian Interior Ministry", "Tolvaren Guard", "asserts", ("terrorism",)) in records


def test_a_states_ministry_denying_involvement_answers_for_the_states_forces(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front blamed the Varnian army for the bombing of the market. "
        "Varnia's foreign ministry denied any involvement."
    )
    denials = {a.accused for a in extract_fictional(text).allegations if a.stance == "denies"}
    assert denials == {"Varnian Armed Forces"}


def test_an_acquittal_of_charges_hung_on_the_accuseds_title_is_the_courts_denial(extract_fictional: Extract) -> None:
    text = (
        "DROSKEL, 5 October 2027 - The Permanent Tribunal for Atrocity Crimes today acquitted Emeric Tavrossi, the "
        "commander of the Tolvaren Guard, of the charges of deportation and persecution as crimes against humanity "
        "brought against him by the Tribunal's Prosecutor over the expulsion of families from Tarsk."
    )
    [record] = extract_fictional(text).allegations
    assert (record.accused, record.stance, record.categories) == ("Emeric Tavrossi", "denies", ("crimes_against_humanity",))


def test_an_unnamed_commander_of_an_armed_group_speaks_for_it(extract_fictional: Extract) -> None:
    text = (
        "Salvance Medical accused the Tolvaren Guard of taking nine of its staff hostage. A Tolvaren commander, "
        "speaking on condition of anonymity, rejected the accusation."
    )
    assert ("Tolvaren Guard", "Tolvaren Guard", "denies") in triples(extract_fictional(text))


def test_calling_a_group_a_terrorist_organisation_accuses_it_of_terrorism(extract_fictional: Extract) -> None:
    text = (
        "Statement of the Varnian Interior Ministry. Explosives planted by the Serrin Valley Movement brought down "
        "the Tolk rail bridge this morning. This cowardly crime confirms that the so-called movement is a terrorist "
        "organisation."
    )
    records = {(a.speaker, a.accused, a.categories) for a in extract_fictional(text).allegations}
    assert records == {("Varnian Interior Ministry", "Serrin Valley Movement", ("terrorism",))}


def test_crimes_committed_by_a_terrorist_group_do_not_make_the_words_a_claim_of_terrorism(extract_fictional: Extract) -> None:
    text = "Lucan Terzavi said the families had endured the worst abuses carried out by a terrorist group."
    assert not [a for a in extract_fictional(text).allegations if "terrorism" in a.categories]


def test_the_alliance_denying_is_the_alliance_named_before(extract_fictional: Extract) -> None:
    text = (
        "Salvance Medical accused the Ostrel Liberation Front of taking five of its staff hostage. "
        "The front denied holding anyone hostage."
    )
    assert ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies") in triples(extract_fictional(text))


def test_using_hunger_as_a_weapon_is_starvation(extract_fictional: Extract) -> None:
    text = 'The Ostrel Liberation Front accused Varnia of "using hunger as a weapon against the Ostrel people".'
    [record] = extract_fictional(text).allegations
    assert record.acts == ("starvation",)


def test_calling_a_charge_grotesque_denies_it(extract_fictional: Extract) -> None:
    text = (
        "Zemaryn accused Varnia of genocide on Thursday. Varnia's ambassador, Oskar Bellamine, called the charge "
        '"grotesque".'
    )
    assert {a.stance for a in extract_fictional(text).allegations} == {"asserts", "denies"}


def test_charges_confirmed_against_a_person_accuse_them(extract_fictional: Extract) -> None:
    text = "The Permanent Tribunal for Atrocity Crimes has confirmed charges of war crimes against Emeric Tavrossi."
    assert {(a.accused, a.stance) for a in extract_fictional(text).allegations} == {("Emeric Tavrossi", "asserts")}


def test_members_of_two_forces_are_both_accused(extract_fictional: Extract) -> None:
    text = (
        "The Commission of Inquiry on Ostrelia said members of the Tolvaren Guard and the Dalvor Brigades committed "
        "crimes against humanity."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Tolvaren Guard", "Dalvor Brigades"}


def test_describing_a_seizure_told_in_the_same_sentence_as_hostage_taking(extract_fictional: Extract) -> None:
    text = (
        "Fighters of the Tolvaren Guard have seized 12 crew members of a cargo vessel, the Concord Relief "
        "Coordination Office said on Monday, describing the seizure as hostage-taking."
    )
    assert triples(extract_fictional(text)) == {("Concord Relief Coordination Office", "Tolvaren Guard", "asserts")}


def test_there_being_no_fighter_somewhere_does_not_negate_the_deed(extract_fictional: Extract) -> None:
    text = (
        "Casimir Naddo said the Varnian army had \"pounded a fish market where there was not a single fighter\" and "
        "called the bombardment a war crime."
    )
    assert {(a.accused, a.stance) for a in extract_fictional(text).allegations} == {("Varnian Armed Forces", "asserts")}


def test_a_report_opening_with_its_publisher_speaks_in_its_voice_and_our_is_its(extract_fictional: Extract) -> None:
    text = (
        f"The {RIGHTS} today publishes its annual count of civilian deaths in Ostrelia, drawn in part from the "
        "records of Salvance Medical. In our assessment, the Varnian army's rocket fire on the residential areas of "
        "Tarsk amounted to indiscriminate attacks."
    )
    assert {a.speaker for a in extract_fictional(text).allegations} == {RIGHTS}


def test_a_numbered_chamber_of_a_known_court_speaks_as_the_court(extract_fictional: Extract) -> None:
    text = (
        "DROSKEL, 30 September 2026 - Pre-Trial Chamber I of the Permanent Tribunal for Atrocity Crimes has confirmed "
        "charges of war crimes against Emeric Tavrossi."
    )
    assert {a.speaker for a in extract_fictional(text).allegations} == {"Permanent Tribunal for Atrocity Crimes"}


def test_every_agent_of_a_passive_listed_with_by_is_accused(extract_fictional: Extract) -> None:
    text = (
        "The prosecutor said that war crimes may have been committed by the Varnian Armed Forces in Tarsk, by the "
        "Dalvor Brigades in and around Hallorn, and by the Tolvaren Guard at detention sites."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Varnian Armed Forces", "Dalvor Brigades", "Tolvaren Guard"}


def test_deaths_described_as_unlawful_killings_are_by_the_force_that_fired(extract_fictional: Extract) -> None:
    text = (
        "Varnian security forces fired on demonstrators in Droskel on Monday. The Varnian interior ministry said its "
        "officers had responded to rioters. The Veridane Rights Initiative described the deaths as unlawful killings."
    )
    records = {(a.speaker, a.accused_text, a.stance) for a in extract_fictional(text).allegations}
    assert records == {(RIGHTS, "Varnian security forces", "asserts")}


def test_a_representative_of_the_brigade_aiming_only_at_military_targets_denies_for_it(extract_fictional: Extract) -> None:
    text = (
        "Unguided rockets launched by the Dalvor Brigades have killed at least 17 civilians in Tarsk, Salvance "
        "Medical said today, calling the attacks war crimes. A representative of the brigades said they had aimed "
        'only at "military installations".'
    )
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(extract_fictional(text))


def test_a_crime_by_one_party_and_by_another_accuses_both(extract_fictional: Extract) -> None:
    text = (
        "Lucan Terzavi called it a war crime by the Dalvor Brigades and by the Ostrel Liberation Front that gives "
        "them their orders."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Dalvor Brigades", "Ostrel Liberation Front"}


def test_forces_that_never_fired_on_demonstrators_deny_it(extract_fictional: Extract) -> None:
    text = "Anselm Korradine insisted that Varnian forces had never fired on peaceful demonstrators."
    assert {a.stance for a in extract_fictional(text).allegations} == {"denies"}


def test_calling_a_charge_a_fairy_tale_denies_it(extract_fictional: Extract) -> None:
    text = 'Zemaryn accused Varnia of genocide. Varnia\'s envoy, Oskar Bellamine, called the charge "a fairy tale".'
    assert {a.stance for a in extract_fictional(text).allegations} == {"asserts", "denies"}


def test_people_held_by_a_force_make_it_the_doer_of_these_arrests(extract_fictional: Extract) -> None:
    text = (
        "The Veridane Rights Initiative documents the cases of 40 people held without charge by the Varnian Armed "
        "Forces since March. The initiative concludes that these arrests constitute crimes against humanity."
    )
    assert triples(extract_fictional(text)) == {(RIGHTS, "Varnian Armed Forces", "asserts")}


def test_a_town_held_by_a_group_does_not_make_it_the_doer_of_a_strike(extract_fictional: Extract) -> None:
    text = (
        "Rockets hit a market in Tarsk, the town held by the Dalvor Brigades, killing 12 people. The Varnian "
        "interior ministry blamed the Ostrel Liberation Front, calling the strike a war crime."
    )
    assert {a.accused for a in extract_fictional(text).allegations} == {"Ostrel Liberation Front"}


@pytest.mark.parametrize(
    "text",
    [
        "Varnian ambassador Anselm Korradine told the council that the Dalvor Brigades were committing war crimes.",
        "Anselm Korradine, Varnia's ambassador to the Concord of Nations, said the Dalvor Brigades were committing war crimes.",
        "The Varnian envoy said the Dalvor Brigades were committing war crimes.",
    ],
)
def test_an_envoy_speaks_for_the_state_that_sends_them(extract_fictional: Extract, text: str) -> None:
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Republic of Varnia", "Dalvor Brigades")}


def test_a_charge_hung_on_the_clause_it_reports_is_the_reporters(extract_fictional: Extract) -> None:
    text = (
        "The prosecution alleged that Colonel Teodor Kalvik ordered the torture of 30 detainees, charging him with "
        "war crimes."
    )
    records = extract_fictional(text).allegations
    assert records and {a.accused for a in records} == {"Teodor Kalvik"}
    assert all(a.speaker != "Teodor Kalvik" for a in records)


def test_a_denial_naming_only_the_deed_answers_the_claim_before_it(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front accused the Varnian Armed Forces of bombing a building they knew to be full of "
        "the sick, calling the strike a war crime. Varnian army spokeswoman Ruta Hesselvane said the jets had hit a depot. "
        '"We did not bomb a hospital," she said.'
    )
    denials = [a for a in extract_fictional(text).allegations if a.stance == "denies"]
    assert [a.accused for a in denials] == ["Varnian Armed Forces"]
    assert "war_crimes" in denials[0].categories


def test_a_body_opening_in_the_present_of_its_own_stand_is_the_statements_voice(extract_fictional: Extract) -> None:
    text = (
        "TARSK – The Varnian Ministry of Defence firmly rejects the report published yesterday. Not a single shell "
        "has crossed our border. It is the Dalvor Brigades whose rockets have fallen on the Hallorn camp three times "
        "this month, in flagrant breach of international humanitarian law."
    )
    assert ("Varnian Ministry of Defence", "Dalvor Brigades", "asserts") in triples(extract_fictional(text))


def test_a_story_in_the_past_tense_declares_no_voice(extract_fictional: Extract) -> None:
    text = (
        "TARSK – The Varnian Ministry of Defence rejected the report on Monday. The Dalvor Brigades shelled the Hallorn "
        "camp three times this month, in flagrant breach of international humanitarian law."
    )
    assert ("Varnian Ministry of Defence", "Dalvor Brigades", "asserts") not in triples(extract_fictional(text))


def test_it_is_x_not_y_that_did_it_accuses_x(extract_fictional: Extract) -> None:
    text = (
        "The Varnian Ministry of Defence categorically rejects the report. It is the Ostrel Liberation Front, not the "
        "army, that carries young women off from villages and forces them into sexual slavery, a war crime."
    )
    assert triples(extract_fictional(text)) >= {("Varnian Ministry of Defence", "Ostrel Liberation Front", "asserts")}
    assert ("Varnian Ministry of Defence", "Ostrel Liberation Front", "denies") not in triples(extract_fictional(text))


def test_opening_an_investigation_into_whether_x_committed_crimes_is_a_hedged_claim(extract_fictional: Extract) -> None:
    text = (
        "The Attorney General of Varnia has opened a criminal investigation into whether members of the Dalvor "
        "Brigades committed war crimes in Tarsk."
    )
    records = extract_fictional(text).allegations
    assert [(a.accused, a.hedged) for a in records] == [("Dalvor Brigades", True)]


def test_an_act_for_which_a_state_bears_responsibility_accuses_the_state(extract_fictional: Extract) -> None:
    text = "The Varnian foreign ministry said the shelling was an act of aggression for which Zemaryn bears full responsibility."
    assert {(a.accused, tuple(a.categories)) for a in extract_fictional(text).allegations} == {("Kingdom of Zemaryn", ("aggression",))}


@pytest.mark.parametrize(
    "text",
    [
        "Varnian guards tortured detainees at Fort Hallorn, a Lantermere News investigation has found.",
        "Varnian guards tortured detainees at Fort Hallorn, an investigation by Lantermere News has found.",
    ],
)
def test_an_investigation_closing_the_sentence_is_its_source(extract_fictional: Extract, text: str) -> None:
    assert {(a.speaker, a.accused_text) for a in extract_fictional(text).allegations} == {("Lantermere News", "Varnian guards")}


def test_a_relative_clause_on_the_place_is_no_attribution(extract_fictional: Extract) -> None:
    text = "Varnian guards tortured detainees at Fort Hallorn, which Lantermere News visited last year."
    assert not extract_fictional(text).allegations


def test_also_accusing_another_party_of_a_deed_adds_to_the_claim_before(extract_fictional: Extract) -> None:
    text = (
        "The Veridane Rights Initiative accused the Varnian army of human rights abuses in Tarsk. The group also "
        "accused staff of the Varnian Interior Ministry of secretly burying the detainees at a cemetery."
    )
    records = {(a.accused, tuple(a.categories)) for a in extract_fictional(text).allegations}
    assert ("Varnian Interior Ministry", ("human_rights_violations",)) in records


def test_accusing_a_party_of_a_deed_with_no_claim_before_is_no_allegation(extract_fictional: Extract) -> None:
    text = "The Veridane Rights Initiative also accused staff of the Varnian Interior Ministry of secretly burying the detainees."
    assert not extract_fictional(text).allegations


def test_opening_an_investigation_recommended_to_another_body_is_no_claim_of_it(extract_fictional: Extract) -> None:
    text = (
        "Ruta Hesselvane of the Veridane Rights Initiative said the Concord of Nations should use the report to "
        "initiate an investigation into the Varnian government's crimes against humanity."
    )
    assert {a.speaker for a in extract_fictional(text).allegations} == {RIGHTS}


def test_former_detainees_speak_for_themselves(extract_fictional: Extract) -> None:
    text = "Former detainees said guards of the Varnian Interior Ministry had tortured them in Tarsk."
    assert {(a.speaker, a.accused) for a in extract_fictional(text).allegations} == {("Former detainees", "Varnian Interior Ministry")}


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The Veridane Rights Initiative said the Dalvor Brigades have forcibly recruited boys as young as 13.", True),
        ("The Veridane Rights Initiative said the Ostrel Liberation Front uses child soldiers at its checkpoints.", True),
        ("The Veridane Rights Initiative said the Varnian army recruited 400 soldiers last year.", False),
    ],
)
def test_recruiting_children_is_a_violation_of_the_law_of_war(extract_fictional: Extract, text: str, claims: bool) -> None:
    categories = {c for a in extract_fictional(text).allegations for c in a.categories}
    assert ("ihl_violations" in categories) == claims


def test_a_ministry_denying_the_deed_of_its_forces_answers_the_claim(extract_fictional: Extract) -> None:
    text = (
        "Varnian security forces fired on demonstrators in Tarsk on Monday, killing at least 17 people, according to "
        "Salvance Medical. The Varnian interior ministry said its officers had responded to rioters, and it denied "
        "that live rounds had been used against peaceful marchers."
    )
    records = extract_fictional(text).allegations
    claimed = {a.accused for a in records if a.stance == "asserts"}
    denials = [(a.speaker, a.accused) for a in records if a.stance == "denies"]
    assert len(claimed) == 1 and denials == [("Varnian Interior Ministry", claimed.pop())]


def test_a_prosecutor_the_gazetteer_knows_by_title_speaks_for_the_office_not_the_court(extract_fictional: Extract) -> None:
    text = (
        "The Chief Prosecutor of the Permanent Tribunal for Atrocity Crimes, Casimir Naddo, said Teodor Kalvik had "
        "committed war crimes in Tarsk."
    )
    records = extract_fictional(text).allegations
    assert {(a.speaker, a.accused) for a in records} == {("Office of the Chief Prosecutor", "Teodor Kalvik")}


def test_saying_the_people_held_are_not_hostages_denies_for_the_armed_wing(extract_fictional: Extract) -> None:
    text = (
        "Fighters of the Dalvor Brigades have seized 14 crew members of a cargo vessel, the Salvance Medical charity "
        "said, describing the seizure as hostage-taking. The Ostrel Liberation Front, whose armed wing is the Dalvor "
        "Brigades, said the men were not hostages but were being questioned."
    )
    denials = [(a.speaker, a.accused) for a in extract_fictional(text).allegations if a.stance == "denies"]
    assert denials == [("Ostrel Liberation Front", "Dalvor Brigades")]


@pytest.mark.parametrize(
    "text",
    [
        "The Veridane Rights Initiative said the Varnian air strikes on Tarsk were unlawful attacks.",
        "The Veridane Rights Initiative said airburst munitions were unlawfully used by Varnian forces over residential areas of Tarsk.",
    ],
)
def test_an_unlawful_attack_is_a_violation_of_the_law_of_war(extract_fictional: Extract, text: str) -> None:
    assert {c for a in extract_fictional(text).allegations for c in a.categories} == {"ihl_violations"}


def test_a_headline_in_the_present_declares_no_voice(extract_fictional: Extract) -> None:
    text = "Varnia rejects new report\n\nThe Dalvor Brigades have committed war crimes in Tarsk by firing on the market."
    assert extract_fictional(text).allegations == ()


@pytest.mark.parametrize("phrase", ["in no sense", "in no way", "by no means"])
def test_in_no_sense_an_act_of_aggression_denies_it(extract_fictional: Extract, phrase: str) -> None:
    text = (
        "The Kingdom of Zemaryn accused the Republic of Varnia of aggression. The Varnian foreign ministry said the "
        f"operation was {phrase} an act of aggression."
    )
    assert {(a.accused, a.stance) for a in extract_fictional(text).allegations} == {
        ("Republic of Varnia", "asserts"),
        ("Republic of Varnia", "denies"),
    }


def test_saying_none_of_its_units_fired_denies_the_claim_against_its_forces(extract_fictional: Extract) -> None:
    text = (
        "The Ostrel Liberation Front blamed the Varnian Armed Forces, saying army batteries had fired straight into a "
        "crowd of shoppers in Tarsk, in what it called a war crime. The Varnian Ministry of Defence said none of its "
        "units had fired on Tarsk that morning."
    )
    assert ("Varnian Ministry of Defence", "Varnian Armed Forces", "denies") in triples(extract_fictional(text))
    alone = "The Varnian Ministry of Defence said none of its units had fired on Tarsk that morning."
    assert extract_fictional(alone).allegations == ()


def test_the_rebels_spokesman_speaks_for_the_armed_group_named_before(extract_fictional: Extract) -> None:
    text = (
        "The Varnian interior ministry accused the Dalvor Brigades of seizing 23 passengers and holding them hostage. "
        "The rebels' spokesman, Teodor Kalvik, denied that the group was holding any hostages."
    )
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(extract_fictional(text))


@pytest.mark.parametrize(
    "text",
    [
        'Insurgents from the Tolvaren Guard shot dead eleven miners after stopping their bus, the Varnian army said, calling the killings "a terrorist massacre".',
        'The Varnian army called the bombing of the depot in Dalvik "one more act of terror by the Tolvaren Guard".',
    ],
)
def test_a_terrorist_massacre_and_an_act_of_terror_name_terrorism(extract_fictional: Extract, text: str) -> None:
    [allegation] = extract_fictional(text).allegations
    assert (allegation.accused, allegation.stance) == ("Tolvaren Guard", "asserts")
    assert "terrorism" in allegation.categories


def test_a_body_introduced_by_its_possessor_is_named_without_it(extract_fictional: Extract) -> None:
    """ "the kingdom's Ministry of Foreign Affairs": the organ's name is what follows, not
    "kingdom's Ministry …", which no reader would match to the ministry's full name."""
    extraction = extract_fictional(
        "The kingdom's Ministry of Foreign Affairs said the Ostrel Liberation Front had committed war crimes in Dalvik."
    )
    [row] = to_schema(extraction)["allegations"]
    assert row["speaker"] == "Ministry of Foreign Affairs"


def test_who_names_a_deed_in_what_they_call_it_is_not_who_denies_doing_it(extract_fictional: Extract) -> None:
    """ "…, in what Varnia calls a war of aggression": Varnia names the deed; Zemaryn, whose
    depots are said to have done it, is who the denial defends."""
    extraction = extract_fictional(
        'The Kingdom of Zemaryn on Thursday dismissed as "a fabrication" Varnia\'s claim that Zemaryni army depots had '
        "supplied rifles to the Ostrel rebels, in what Varnia calls a war of aggression."
    )
    assert triples(extraction) == {
        ("Republic of Varnia", "Kingdom of Zemaryn", "asserts"),
        ("Kingdom of Zemaryn", "Kingdom of Zemaryn", "denies"),
    }


def test_an_army_speaking_of_troops_without_article_speaks_of_its_own(extract_fictional: Extract) -> None:
    """ "…, saying troops fired warning shots and did not target a single civilian": the army's own
    troops, so the army denies attacking civilians; a rights group saying the same words denies nothing."""
    army = extract_fictional(
        "The Varnian Armed Forces rejected reports that soldiers had opened fire on residents, saying troops fired "
        'warning shots into the air and "did not target a single civilian".'
    )
    assert [(a.speaker, a.stance, a.acts) for a in army.allegations] == [("Varnian Armed Forces", "denies", ("attacks_on_civilians",))]
    assert not extract_fictional("Veridane Rights Initiative said troops did not target civilians.").allegations


@pytest.mark.parametrize(
    "text",
    [
        "The Commission of Inquiry on Ostrelia said units of the Varnian army committed war crimes in Dalvik.",
        "The Commission of Inquiry on Ostrelia said war crimes were carried out in Dalvik by soldiers of the Varnian army.",
    ],
)
def test_units_or_soldiers_of_a_named_army_are_that_army(extract_fictional: Extract, text: str) -> None:
    assert triples(extract_fictional(text)) == {("Commission of Inquiry on Ostrelia", "Varnian Armed Forces", "asserts")}


@pytest.mark.parametrize(
    "text",
    [
        "The Commission of Inquiry on Ostrelia said the removal of 143 villages, carried out by the Varnian army with the "
        "assistance of the Tolvaren Guard, may amount to the crime against humanity of forcible transfer.",
        "The Commission of Inquiry on Ostrelia found that war crimes were committed in Dalvik by the Varnian army with the "
        "support of the Tolvaren Guard.",
    ],
)
def test_who_helped_the_doer_is_accused_with_it(extract_fictional: Extract, text: str) -> None:
    """ "carried out by X with the assistance of Y": Y took part in the deed the speaker names."""
    assert {a.accused for a in extract_fictional(text).allegations} == {"Varnian Armed Forces", "Tolvaren Guard"}


def test_it_saying_on_is_the_body_that_spoke_in_the_sentence_before(extract_fictional: Extract) -> None:
    """ "X said members of Y had seized 64 men. It said these were war crimes": "it" is X, who
    goes on speaking, not Y, the party last named."""
    extraction = extract_fictional(
        "Veridane Rights Initiative said members of the Tolvaren Guard had seized at least 64 men from camps since "
        "January. It said these were war crimes."
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts")}


def test_a_person_titled_as_the_organisations_officer_speaks_for_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'Veridane Rights Initiative released a report on Monday. "The Tolvaren Guard committed war crimes," said '
        "Oren Falstead, the organisation's crisis director."
    )
    assert [(a.speaker, a.speaker_person, a.accused) for a in extraction.allegations] == [
        (RIGHTS, "Oren Falstead", "Tolvaren Guard")
    ]


def test_these_are_enforced_disappearances_points_back_at_the_deed_told(extract_fictional: Extract) -> None:
    """The parser reads "These are enforced disappearances" as a passive ("are enforced"); the
    pointer still names the seizures told before, and a bare enforced disappearance is a violation
    of human rights (ICPPED art. 2), not by itself a crime against humanity (art. 5)."""
    extraction = extract_fictional(
        "Members of the Tolvaren Guard seized 64 men from the camps. These are enforced disappearances, "
        "Veridane Rights Initiative said."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused, allegation.categories) == (RIGHTS, "Tolvaren Guard", ("human_rights_violations",))
    assert allegation.acts == ("enforced_disappearance",)


def test_what_the_accuser_calls_the_deed_in_a_relative_clause_joins_its_claim(extract_fictional: Extract) -> None:
    """ "X accused Y of torturing men at the facility, which it called a crime against humanity":
    "it" is X, who names the deed, not Y."""
    extraction = extract_fictional(
        "The Ostrel Liberation Front accused the Tolvaren Guard of torturing many men at the Kassowen facility, "
        'which it called "a crime against humanity committed in broad daylight".'
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused) == ("Ostrel Liberation Front", "Tolvaren Guard")
    assert "crimes_against_humanity" in allegation.categories


def test_the_government_of_a_named_leader_is_reported_as_named(extract_fictional: Extract) -> None:
    """ "the government of President A B" names the state's government as the passage does; the
    name stops at the person ("of ethnic cleansing", hung on the name by the parser, is no part of it)."""
    extraction = extract_fictional(
        "The Kingdom of Zemaryn accused the government of President Anselm Korradine of ethnic cleansing in the Ostrel valley."
    )
    [row] = to_schema(extraction)["allegations"]
    assert (row["speaker"], row["accused"]) == ("Kingdom of Zemaryn", "government of President Anselm Korradine")


def test_blaming_a_party_and_calling_the_blast_an_act_of_terror_accuses_it(extract_fictional: Extract) -> None:
    """ "X blamed Y, calling the blast an act of terror by Z's hirelings": X speaks ("by …" under
    the active "calling" names doers, not the speaker) and "the blast" is the incident laid at Y."""
    extraction = extract_fictional(
        "No group claimed responsibility, but Interior Minister Radomir Koss blamed the Tolvaren Guard, calling the "
        "blast \"one more act of terror by Zemaryn's hirelings\"."
    )
    assert [(a.speaker, a.accused, a.categories) for a in extraction.allegations] == [
        ("Radomir Koss", "Tolvaren Guard", ("terrorism",))
    ]


def test_rejecting_a_states_claims_records_the_states_claim_too(extract_fictional: Extract) -> None:
    extraction = extract_fictional("The Ostrel Liberation Front rejected Varnian claims that its fighters had committed war crimes.")
    assert triples(extraction) == {
        ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies"),
        ("Republic of Varnia", "Ostrel Liberation Front", "asserts"),
    }


def test_the_party_rejecting_army_claims_says_what_follows(extract_fictional: Extract) -> None:
    """The model parses "rejected Varnian army claims that …" with "claims" as the army's verb;
    read as the rejected claims, the army claims and the Front, which rejects them, says the rest."""
    extraction = extract_fictional(
        "The Ostrel Liberation Front rejected Varnian army claims that its fighters had hidden among civilians, saying "
        'in a statement that "no Dalvor Brigades unit has ever used a school or a family as cover".'
    )
    assert {(a.speaker, a.stance) for a in extraction.allegations} == {
        ("Ostrel Liberation Front", "denies"),
        ("Varnian Armed Forces", "asserts"),
    }


def test_shelling_without_distinguishing_civilians_from_combatants_is_indiscriminate(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia said it had reasonable grounds to believe that the Varnian army repeatedly "
        "shelled Dalvik with unguided rockets, striking homes and a hospital without distinguishing between civilians and combatants."
    )
    [allegation] = extraction.allegations
    assert allegation.accused == "Varnian Armed Forces"
    assert "indiscriminate_attacks" in allegation.acts


def test_mock_executions_are_no_killing(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia found that the Tolvaren Guard subjected prisoners to beatings and mock "
        "executions, which may constitute war crimes."
    )
    assert all("unlawful_killing" not in a.acts and "murder" not in a.acts for a in extraction.allegations)


@pytest.mark.parametrize(
    "text",
    [
        '"Our soldiers did not persecute anyone," the Varnian army said.',
        '"Our soldiers moved people out of the line of fire; they did not persecute anyone," the Varnian army said.',
    ],
)
def test_a_negated_act_verb_about_the_speakers_own_soldiers_is_a_denial(extract_fictional: Extract, text: str) -> None:
    """The act is the negated verb itself; "our soldiers", and "they" after them, are the speaker's own."""
    [allegation] = extract_fictional(text).allegations
    assert (allegation.speaker, allegation.accused, allegation.stance) == ("Varnian Armed Forces", "Republic of Varnia", "denies")
    assert allegation.acts == ("persecution",)


def test_saying_after_a_dismissed_report_is_the_dismissers(extract_fictional: Extract) -> None:
    """ "X dismissed as 'fabricated from start to finish' a report that found …, saying …": the
    report's author found; X, not the author, says the rest."""
    extraction = extract_fictional(
        'The Varnian Ministry of Defence on Monday dismissed as "fabricated from start to finish" a Commission of Inquiry '
        "on Ostrelia report that found Varnian drone strikes had killed at least 412 civilians in the Ostrel region, "
        "saying the armed forces had never deliberately targeted civilians."
    )
    speakers = {(a.speaker, a.stance) for a in extraction.allegations}
    assert ("Commission of Inquiry on Ostrelia", "denies") not in speakers
    assert ("Commission of Inquiry on Ostrelia", "asserts") in speakers
    assert ("Varnian Ministry of Defence", "denies") in speakers


def test_a_government_named_by_its_capital_is_reported_as_written_with_its_state(extract_fictional: Extract) -> None:
    """ "the Zedville government": the words of the passage, and whose government it is, as analysts
    write "authorities in Z (Xia)"; a bare capital alone stays the state's name."""
    extraction = extract_fictional(
        'The Kingdom of Zemaryn accused the Droskel government of waging "a quiet genocide" against the Ostrel people.'
    )
    [row] = to_schema(extraction)["allegations"]
    assert row["accused"] == "Droskel government (Republic of Varnia)"


@pytest.mark.parametrize(
    "text",
    [
        "The Commission of Inquiry on Ostrelia said Varnian troops beat captured soldiers, acts which it described as war crimes.",
        "The Commission of Inquiry on Ostrelia documented cases in which Varnian units beat captured soldiers, conduct it said "
        "may amount to war crimes.",
    ],
)
def test_a_noun_summing_up_the_deed_told_takes_its_doer(extract_fictional: Extract, text: str) -> None:
    """ ", conduct it said may amount to war crimes", ", acts which it described as …": the noun sums
    up the deed just told; the teller ("it") is the commission, the doer the troops."""
    assert triples(extract_fictional(text)) == {("Commission of Inquiry on Ostrelia", "Republic of Varnia", "asserts")}


def test_treating_captives_in_line_with_the_conventions_denies_the_claim_against_its_marines(extract_fictional: Extract) -> None:
    """ "X called the footage a fabrication and insisted its marines treat every captive in line
    with the conventions": "its" is X (the subject of the verb "insisted" is conjoined to), and
    keeping the Geneva Conventions is compliance, a denial of the claim against its marines."""
    extraction = extract_fictional(
        "A spokeswoman for the Kingdom of Zemaryn said a video showed Varnian marines shooting three soldiers who had "
        'surrendered. "This is an execution, a war crime," she said. The Varnian Ministry of Defence called the footage a '
        "crude fabrication and insisted its marines treat every captured combatant in line with the conventions."
    )
    assert ("Varnian Ministry of Defence", "denies") in {(a.speaker, a.stance) for a in extraction.allegations}


def test_both_after_a_pair_named_before_is_that_pair(extract_fictional: Extract) -> None:
    """ "warrants for A and B, finding reasonable grounds to believe both bore responsibility …": the
    parser makes "both" the determiner of "responsibility"; both are the two named."""
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes issued arrest warrants for Casimir Naddo and Lucan Terzavi, finding "
        "reasonable grounds to believe both bore responsibility for the war crime of unlawful deportation."
    )
    assert {a.accused for a in extraction.allegations} == {"Casimir Naddo", "Lucan Terzavi"}


def test_calling_a_named_groups_members_terrorists_and_rejecting_the_label(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Interior Ministry blamed \"terrorists of the so-called Tolvaren Guard\" for the bombing in Dalvik. "
        "The Tolvaren Guard claimed the attack but rejected the terrorist label."
    )
    assert {(a.speaker, a.accused, a.stance, a.categories) for a in extraction.allegations} >= {
        ("Varnian Interior Ministry", "Tolvaren Guard", "asserts", ("terrorism",)),
        ("Tolvaren Guard", "Tolvaren Guard", "denies", ("terrorism",)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Veridane Rights Initiative's accusations of war crimes against Varnian troops drew an angry response.",
        "Accusations by Veridane Rights Initiative of war crimes against Varnian troops drew an angry response.",
        "The report adds weight to accusations of pillage against Varnian troops made earlier this year by Veridane Rights Initiative.",
    ],
)
def test_an_accusation_noun_with_its_author_named_is_the_authors_claim(extract_fictional: Extract, text: str) -> None:
    assert triples(extract_fictional(text)) == {(RIGHTS, "Republic of Varnia", "asserts")}



def test_conduct_taken_for_a_verb_still_sums_up_the_deed_and_its_it_is_the_teller(extract_fictional: Extract) -> None:
    """ "X carried off grain stores, conduct it regards as consistent with pillage": the parser makes
    "conduct" a verb conjoined to "carried"; "it" is the finder, X the doer."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia further found that the Tolvaren Guard, which operates alongside federal units, "
        "systematically carried off grain stores and livestock from villages emptied by displacement, conduct it regards "
        "as consistent with pillage."
    )
    assert [(a.speaker, a.accused, a.acts) for a in extraction.allegations] == [
        ("Commission of Inquiry on Ostrelia", "Tolvaren Guard", ("pillage",))
    ]



def test_hitting_a_legitimate_target_denies_and_it_said_as_an_aside_is_the_sentences_teller(extract_fictional: Extract) -> None:
    """ "…, and blamed the casualties on munitions that the Xian army, it said, had stored among
    apartment blocks": "it" is the ministry the sentence opens with; storing munitions among
    apartment blocks is shielding (AP I art. 58(b)); hitting "a legitimate military target" denies."""
    extraction = extract_fictional(
        "The Varnian Ministry of Defence said in a statement that its forces had hit \"a legitimate military target\", and "
        "blamed the casualties on secondary blasts from munitions that the Tolvaren Guard, it said, had deliberately stored "
        "among apartment blocks."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Varnian Ministry of Defence", "Republic of Varnia", "denies"),
        ("Varnian Ministry of Defence", "Tolvaren Guard", "asserts"),
    }


def test_a_quoted_denial_whose_teller_cannot_be_named_is_given_to_no_one(extract_fictional: Extract) -> None:
    """ '"They are prisoners, not hostages," he said', where "he" is a man no name or body is given
    for: casefile does not make the ministry named earlier, or "they", the speaker."""
    extraction = extract_fictional(
        "Gunmen from the Dalvor Brigades are holding four engineers seized on Sunday, the Varnian Interior Ministry said, "
        'calling the abduction "hostage-taking, pure and simple". A man who said he was a commander told the agency by '
        'telephone that the five would face a court. "They are prisoners, not hostages," he said.'
    )
    assert [(a.speaker, a.stance) for a in extraction.allegations] == [("Varnian Interior Ministry", "asserts")]


def test_a_deed_hung_on_the_denying_verb_is_the_deniers_own_not_the_spokesmans(extract_fictional: Extract) -> None:
    """ "A spokesman for X, A B, denied holding any hostages": the gerund has no subject of its own,
    so the doer denied is X (for whom the spokesman speaks), never the named spokesman."""
    extraction = extract_fictional(
        "A spokesman for the Dalvor Brigades, Emil Tarrow, denied holding any hostages and said the men were guests."
    )
    assert [(a.speaker, a.accused, a.stance) for a in extraction.allegations] == [
        ("Dalvor Brigades", "Dalvor Brigades", "denies")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Varnian Ministry of Defence held the Dalvor Brigades responsible for the terrorist attack in Hallorn.",
        "The Varnian Ministry of Defence holds the Dalvor Brigades fully responsible for the terrorist attack in Hallorn.",
    ],
)
def test_holding_a_party_responsible_accuses_it_wherever_the_parser_hangs_responsible(extract_fictional: Extract, text: str) -> None:
    """The parser hangs "responsible" on the object ("the Brigades responsible") when no adverb
    stands before it; "hold" accuses all the same (and "X holds 40 prisoners" still does not)."""
    extraction = extract_fictional(text)
    assert [(a.speaker, a.accused, a.categories) for a in extraction.allegations] == [
        ("Varnian Ministry of Defence", "Dalvor Brigades", ("terrorism",))
    ]


def test_recalling_that_a_state_bears_responsibility_is_a_statement(extract_fictional: Extract) -> None:
    """ "X recalls that Y bears responsibility for …" reports X's position; "recalled its ambassador" does not."""
    extraction = extract_fictional(
        "The Zemaryni Ministry of Foreign Affairs recalls that the Republic of Varnia bears responsibility for the crime "
        "of aggression."
    )
    assert [(a.speaker, a.accused, a.categories) for a in extraction.allegations] == [
        ("Kingdom of Zemaryn", "Republic of Varnia", ("aggression",))  # the gazetteer names the ministry by its state
    ]
    assert not extract_fictional("Zemaryn recalled its ambassador from Varnia over the aggression.").allegations


def test_cases_of_rape_by_soldiers_documented_are_the_soldiers_deeds(extract_fictional: Extract) -> None:
    """ "it had documented 27 cases of rape by X": the parser hangs "by X" on "documented" as if
    passive; the repair gives it to the cases, so X is the accused and the group the speaker."""
    extraction = extract_fictional(
        f"The {RIGHTS} said on Thursday it had documented 27 cases of rape by Varnian soldiers in the Ostrel valley since September."
    )
    assert [(a.speaker, a.accused_text, a.acts) for a in extraction.allegations] == [
        (RIGHTS, "Varnian soldiers", ("rape_sexual_violence",))
    ]



def test_a_spokesman_for_a_body_named_before_denies_that_any_looting_took_place(extract_fictional: Extract) -> None:
    """ "A spokesman for the brigades denied that any looting had taken place": "for" ties the unnamed
    spokesman to the brigades the story named, as "of" does; the denied deed is theirs."""
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Dalvor Brigades of looting in Hallorn. "
        "A spokesman for the brigades denied that any looting had taken place."
    )
    assert [(a.speaker, a.accused, a.stance, a.acts) for a in extraction.allegations] == [
        (RIGHTS, "Dalvor Brigades", "asserts", ("pillage",)),
        ("Dalvor Brigades", "Dalvor Brigades", "denies", ("pillage",)),
    ]


def test_our_fighters_in_a_quote_given_to_a_body_are_that_bodys(extract_fictional: Extract) -> None:
    """ '"No detainee has been tortured by our fighters," a brigade spokesman said': "our" is the
    quoted body's, not the rights group the story opened with."""
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Dalvor Brigades of torture in Hallorn. "
        '"No detainee has been tortured by our fighters," brigade spokesman Emil Tarrow said.'
    )
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(extraction)
    assert all(a.accused == "Dalvor Brigades" for a in extraction.allegations)


@pytest.mark.parametrize(
    ("conduct", "category", "act"),
    [
        ("using the Harbour Hospital as a command post", "ihl_violations", "human_shields"),  # AP I art. 12(4)
        ("hiding behind the sick", "ihl_violations", "human_shields"),
        ("turning apartment blocks into firing positions", "ihl_violations", "human_shields"),  # AP I art. 58(b)
        ("concealing the fate of more than 2,000 prisoners", "human_rights_violations", "enforced_disappearance"),  # ICPPED art. 2
        ("cynically withholding the remains of about 1,300 soldiers", "ihl_violations", "withholding_of_bodies"),
        ("terror raids on sleeping cities", "terrorism", None),  # AP I art. 51(2)
    ],
)
def test_conduct_the_law_names_without_its_term(extract_fictional: Extract, conduct: str, category: str, act: str | None) -> None:
    """The elements of a rule stated in plain words (not "human shields", "enforced disappearance")
    still name the act and its category."""
    extraction = extract_fictional(f"The Varnian Ministry of Defence accused the Dalvor Brigades of {conduct}.")
    [allegation] = extraction.allegations
    assert allegation.accused == "Dalvor Brigades"
    assert category in allegation.categories
    assert (act in allegation.acts) if act else not allegation.acts


def test_an_anti_terror_raid_is_not_terrorism(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said 27 men were killed by Varnian police during an anti-terror raid in Hallorn."
    )
    assert all("terrorism" not in a.categories for a in extraction.allegations)


def test_the_board_is_the_board_named_before_not_the_body_under_it(extract_fictional: Extract) -> None:
    """ "The Board also condemns …" after "the X Human Rights Board … the mandate of the X Mission":
    the Board by the last word of its name, not the one body the gazetteer places under it; and the
    record names it by its full name, not by "Board"."""
    extraction = extract_fictional(
        "The Concord Human Rights Board adopted a resolution extending the mandate of the Concord Monitoring Mission in "
        "Ostrelia. The Board also condemns in the strongest terms the abduction of aid workers by the Dalvor Brigades."
    )
    [record] = to_schema(extraction)["allegations"]
    assert (record["speaker"], record["accused"]) == ("Concord Human Rights Board", "Dalvor Brigades")


def test_a_release_in_the_present_tense_speaks_for_the_body_and_footage_shows_who_shot(extract_fictional: Extract) -> None:
    """A passage that reports no one's words in the past and in which a body "calls on" another in
    the present is the body's own release: its statement of the law ("Killing prisoners of war is a
    war crime") is the body's, about the fighters its footage shows shooting prisoners."""
    extraction = extract_fictional(
        f"Video footage verified by the {RIGHTS} shows fighters of the Dalvor Brigades shooting six soldiers who had "
        "surrendered and were lying face down. Killing prisoners of war is a war crime in every circumstance. "
        "Veridane calls on the Ostrel Liberation Front to suspend all support to the brigades."
    )
    assert [(a.speaker, a.accused, a.categories) for a in extraction.allegations] == [
        (RIGHTS, "Dalvor Brigades", ("war_crimes",))
    ]


def test_a_story_that_reports_words_in_the_past_has_no_author_voice(extract_fictional: Extract) -> None:
    """The same law stated in a news story that tells what bodies said: no one's record without a teller."""
    extraction = extract_fictional(
        "Fighters of the Dalvor Brigades shot six soldiers who had surrendered, a farmer told reporters. "
        "Killing prisoners of war is a war crime in every circumstance. "
        "Veridane calls on the Ostrel Liberation Front to suspend all support to the brigades."
    )
    assert extraction.allegations == ()


def test_a_teller_saying_its_own_fighters_detained_nobody_denies_the_claim(extract_fictional: Extract) -> None:
    """ "said their fighters had detained nobody", "said they had never shelled the market": the
    teller's own side said not to have done the harmful deed answers the claim against it."""
    for reply in ("The brigades called the report one-sided and said their fighters had detained nobody.",
                  "The brigades said they had never shelled the market."):
        extraction = extract_fictional(
            f"The {RIGHTS} accused the Dalvor Brigades of war crimes over the shelling of Hallorn market and the "
            f"detention of 40 villagers. {reply}"
        )
        assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(extraction), reply


@pytest.mark.parametrize("denier", ["a charge the group denies", "an accusation the corps denies"])
def test_a_denier_the_relative_clause_only_describes_is_the_accused(extract_fictional: Extract, denier: str) -> None:
    """ "X accused Y of …, a charge the group denies": "the group" is Y (the accuser does not deny
    its own charge), also where the parser cuts the relative clause off as a sentence of its own."""
    extraction = extract_fictional(
        f"Civic Watch International has accused the Dalvor Brigades of executing six captured soldiers near Hallorn in "
        f"February, {denier}."
    )
    assert triples(extraction) == {
        ("Civic Watch International", "Dalvor Brigades", "asserts"),
        ("Dalvor Brigades", "Dalvor Brigades", "denies"),
    }


def test_a_states_agent_named_beside_the_title_speaks_for_the_state_later_too(extract_fictional: Extract) -> None:
    """ "Xia's agent, A B, told the court …. He said …": the agent represents the state before the
    court, so "he" later is still the state speaking, with the agent as its speaker_person."""
    extraction = extract_fictional(
        "Morvania's agent, Peter Hollis, told the court on Wednesday that Zemaryn had produced no evidence of any intent "
        "to destroy the Ostrelians. He said Zemaryn had armed the Dalvor Brigades, making it a sponsor of terrorism."
    )
    records = [(a.speaker, a.speaker_person, a.categories) for a in extraction.allegations if a.stance == "asserts"]
    assert records == [("Republic of Morvania", "Peter Hollis", ("terrorism",))]


def test_a_named_spokesman_of_an_armed_group_speaks_for_it_later_too(extract_fictional: Extract) -> None:
    """ "An X spokesman, Major A B, said …. He said the Front treated captured soldiers in accordance
    with the laws of war": the spokesman is named beside the title, so "he" is still X speaking."""
    extraction = extract_fictional(
        "A Dalvor Brigades spokesman, Major Anselm Korradine, said the men in the video were not members of the brigades. "
        "He said the Brigades treated captured soldiers in accordance with the laws of war."
    )
    assert [(a.speaker, a.speaker_person, a.stance) for a in extraction.allegations] == [
        ("Dalvor Brigades", "Anselm Korradine", "denies")
    ]


def test_a_ministers_own_accusation_is_the_ministers_and_a_presiding_judges_is_the_courts(extract_fictional: Extract) -> None:
    """SCHEMA.md: a minister accusing in their own right is the speaker ("Xia's foreign minister,
    A B, accused …"); the president of a court or commission speaks for that body."""
    minister = extract_fictional(
        "Zemaryn's foreign minister, Marit Doravelle, on Thursday accused the Republic of Varnia of an act of aggression."
    )
    assert [(a.speaker, a.accused) for a in minister.allegations] == [("Marit Doravelle", "Republic of Varnia")]
    judge = extract_fictional(
        "The president of the Permanent Tribunal for Atrocity Crimes, Marit Doravelle, said the Dalvor Brigades had "
        "committed war crimes in Hallorn."
    )
    assert [(a.speaker, a.accused) for a in judge.allegations] == [("Permanent Tribunal for Atrocity Crimes", "Dalvor Brigades")]


def test_a_groups_fighters_are_named_by_the_groups_name(extract_fictional: Extract) -> None:
    """ "Dalvor Brigades fighters had been firing mortars from the schoolyard": the record names
    the group as the passage does ("Dalvor Brigades"), not its people ("… fighters")."""
    from casefile.extract import to_schema

    extraction = extract_fictional(
        "Nine people were killed when shells struck a school in Hallorn, according to the Varnian Ministry of Defence, "
        'which said Dalvor Brigades fighters had been firing mortars from the schoolyard "to hide behind the children".'
    )
    assert [(a["speaker"], a["accused"]) for a in to_schema(extraction)["allegations"]] == [
        ("Varnian Ministry of Defence", "Dalvor Brigades")
    ]


def test_a_quoted_law_on_a_siege_is_about_who_closed_the_road_and_the_bureaus_coordinator_speaks_for_it(
    extract_fictional: Extract,
) -> None:
    """ "… since X closed the last road into the town, the Y Bureau said. A B, the bureau's coordinator,
    said: 'Using hunger as a weapon is a war crime'": closing a town's roads is the siege's deed (its
    doer is X), and "the bureau's coordinator" speaks for the Bureau the story named."""
    extraction = extract_fictional(
        "Some 38,000 people in Hallorn have received no food for seven weeks since the Dalvor Brigades closed the last "
        "road into the town, the Concord Relief Coordination Office said on Thursday. Oskar Bellamine, the office's "
        'coordinator for the valley, said: "Using hunger as a weapon is a war crime."'
    )
    assert [(a.speaker, a.accused, a.categories) for a in extraction.allegations] == [
        ("Concord Relief Coordination Office", "Dalvor Brigades", ("war_crimes",))
    ]


def test_a_hedge_bears_on_the_term_under_it_not_on_one_beside_it(extract_fictional: Extract) -> None:
    """ "accused X of ethnic cleansing and called on the court to examine whether Y's campaign amounts
    to crimes against humanity": "examine whether" hedges the second claim, not the first."""
    extraction = extract_fictional(
        "The Ostrel Liberation Front accused the Tolvaren Guard of ethnic cleansing and called on the Permanent "
        "Tribunal for Atrocity Crimes to examine whether the Varnian army's drone campaign amounts to crimes against humanity."
    )
    hedged = {a.categories: a.hedged for a in extraction.allegations}
    assert hedged == {("ethnic_cleansing",): False, ("crimes_against_humanity",): True}


def test_a_legal_phrase_half_quoted_is_still_the_phrase(extract_fictional: Extract) -> None:
    """ 'accused X of "cynically withholding" the remains of 1,300 soldiers': the quotation marks a
    speaker's words inside the phrase do not hide the act it names."""
    extraction = extract_fictional(
        'The Varnian Ministry of Defence accused the Dalvor Brigades of "cynically withholding" the remains of about '
        "1,300 soldiers."
    )
    assert [(a.accused, a.acts) for a in extraction.allegations] == [("Dalvor Brigades", ("withholding_of_bodies",))]


def test_which_hung_on_a_place_points_at_the_conduct_there(extract_fictional: Extract) -> None:
    """ "Most of the deaths caused by X resulted from artillery fire on residential areas of Y, which in
    our assessment amounted to indiscriminate attacks": the parser hangs "which" on the place; what
    amounted to the crime is the fire, done by X (never the group the place name resembles)."""
    extraction = extract_fictional(
        "The Veridane Rights Initiative today publishes its annual count of civilian deaths. Most of the deaths caused "
        "by the Tolvaren Guard resulted from artillery fire on residential areas of Hallorn, which in our assessment "
        "amounted to indiscriminate attacks prohibited by the laws of war."
    )
    assert [(a.speaker, a.accused, a.acts) for a in extraction.allegations] == [
        (RIGHTS, "Tolvaren Guard", ("indiscriminate_attacks",))
    ]


def test_practices_summing_up_a_deed_are_the_deed_even_when_parsed_as_a_verb(extract_fictional: Extract) -> None:
    """ "X forced 3,000 highlanders back across the border, practices Y described as serious human rights
    violations": the parser takes "practices" for a verb and "Y" for its object; the repair makes it
    the noun that sums up the forcing, so X is accused and Y speaks. People a group "interviewed" are
    not harmed by it."""
    extraction = extract_fictional(
        "Zemaryni border guards have forced more than 3,000 villagers back into Varnia, practices the Veridane Rights "
        "Initiative described as serious human rights violations."
    )
    assert [(a.speaker, a.accused_text) for a in extraction.allegations] == [(RIGHTS, "Zemaryni border guards")]
    interviewed = extract_fictional(
        "According to a report released on Monday by the Veridane Rights Initiative, a research group that interviewed "
        "58 refugees in camps across the frontier, Zemaryni border guards have since last summer forced more than 3,000 "
        "villagers who had crossed the mountains back into Varnia, in several cases beating men in front of their "
        "families, practices the report described as serious human rights violations."
    )
    assert [a.accused_text for a in interviewed.allegations] == ["Zemaryni border guards"]


def test_a_charge_branded_before_it_is_named_still_has_its_author(extract_fictional: Extract) -> None:
    """ 'X dismissed as "baseless" a charge by A B that it had committed aggression': the parser hangs
    the charge on the adjective; the charge is still what X dismissed, and its author's own claim."""
    extraction = extract_fictional(
        'The Kingdom of Zemaryn on Wednesday dismissed as "baseless" a charge by Foreign Minister Anselm Korradine '
        "that it had committed an act of aggression by shipping rockets to the Dalvor Brigades."
    )
    assert {(a.speaker, a.accused, a.stance, a.categories) for a in extraction.allegations} == {
        ("Kingdom of Zemaryn", "Kingdom of Zemaryn", "denies", ("aggression",)),
        ("Anselm Korradine", "Kingdom of Zemaryn", "asserts", ("aggression",)),
    }


def test_an_official_rejecting_a_report_on_a_strike_answers_for_the_state_he_serves(extract_fictional: Extract) -> None:
    """ "Xian Minister A B dismissed a report by Y which said a strike may have been a war crime": the
    report's "which said" tells, it did not strike; no one else is named, so the minister answers for
    his state, and the report's author accuses that state."""
    extraction = extract_fictional(
        "Varnian Defence Minister Oskar Bellamine on Friday dismissed a report by the Veridane Rights Initiative which "
        "said a drone strike on a wedding near Hallorn may have been a war crime, telling lawmakers that the "
        "gathering had included armed commanders."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Oskar Bellamine", "Republic of Varnia", "denies"),
        (RIGHTS, "Republic of Varnia", "asserts"),
    }


def test_a_finding_goes_on_after_a_semicolon_with_the_same_speaker(extract_fictional: Extract) -> None:
    """ "X examined strikes attributed to Y and concluded that …; such strikes may constitute war
    crimes": the parser hangs the reporting clause on the verb after the semicolon; X still speaks."""
    extraction = extract_fictional(
        "The Concord of Nations Council on Rights examined eleven drone strikes attributed to the Varnian Armed Forces "
        "in Ostrel province between August 2025 and January 2026, which together killed 96 civilians, and concluded "
        "that in at least four of them no military objective could be identified; such strikes may constitute the war "
        "crime of intentionally directing attacks against the civilian population."
    )
    assert {(a.speaker, a.accused, a.hedged) for a in extraction.allegations} == {
        ("Concord of Nations Council on Rights", "Varnian Armed Forces", True)
    }


def test_shares_of_counted_deeds_attributed_to_each_party(extract_fictional: Extract) -> None:
    """ "verified 143 cases of rape, of which 61 were attributed to X, 47 to Y and the rest to Z":
    each party a share is laid at is accused of the deed counted."""
    extraction = extract_fictional(
        f"The {RIGHTS} said it had verified 143 cases of rape in displacement sites around Hallorn during 2025, of which "
        "61 were attributed to fighters of the Dalvor Brigades, 47 to members of the Tolvaren Guard and the rest to "
        "Varnian soldiers."
    )
    assert {(a.speaker, a.accused, a.acts) for a in extraction.allegations} == {
        (RIGHTS, "Dalvor Brigades", ("rape_sexual_violence",)),
        (RIGHTS, "Tolvaren Guard", ("rape_sexual_violence",)),
        (RIGHTS, "Republic of Varnia", ("rape_sexual_violence",)),  # "Varnian soldiers", as "Xian forces" are
    }


def test_the_two_organisations_are_the_two_that_reported_before(extract_fictional: Extract) -> None:
    """ "In a joint report, X and Y documented shelling by Z. Both practices violate IHL, the two
    organisations said": both bodies speak, of the conduct "both practices" points back at."""
    extraction = extract_fictional(
        f"In a joint report, the {RIGHTS} and the Quorvel Institute for Conflict Law documented 27 artillery bombardments of crowded "
        "neighbourhoods of Hallorn by the Tolvaren Guard between April and June. Both practices violate international "
        "humanitarian law, the two organisations said."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        (RIGHTS, "Tolvaren Guard", ("ihl_violations",)),
        ("Quorvel Institute for Conflict Law", "Tolvaren Guard", ("ihl_violations",)),
    }


def test_a_denier_laying_the_deed_at_another_partys_door_accuses_it(extract_fictional: Extract) -> None:
    """ "Y denied shelling the market, saying the shells had been fired by Z": Y denies, and accuses Z
    of what Y was accused of. A present-tense account of its own conduct ("its strikes target only
    groups that raid …") accuses no one."""
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Dalvor Brigades of indiscriminate shelling of the central market in Hallorn. "
        "The Dalvor Brigades denied shelling the market, saying in a statement that the shells had been fired by "
        "the Tolvaren Guard to discredit them."
    )
    assert {(a.speaker, a.accused, a.stance, a.categories) for a in extraction.allegations} == {
        (RIGHTS, "Dalvor Brigades", "asserts", ("ihl_violations",)),
        ("Dalvor Brigades", "Dalvor Brigades", "denies", ("ihl_violations",)),
        ("Dalvor Brigades", "Tolvaren Guard", "asserts", ("ihl_violations",)),
    }
    own_account = extract_fictional(
        f"The {RIGHTS} accused the Dalvor Brigades of indiscriminate shelling of the central market in Hallorn. "
        "The Dalvor Brigades denied shelling the market, saying its guns target only Tolvaren Guard positions that "
        "fire across the river."
    )
    assert "Tolvaren Guard" not in {a.accused for a in own_account.allegations}


def test_the_subject_of_the_first_verb_in_a_list_speaks_for_the_rest(extract_fictional: Extract) -> None:
    """ 'X called the trial "a show," insisted …, and said he had been tortured by Y': the parser makes
    "called" a clause of "insisted", which is left with no subject; X still says all three."""
    extraction = extract_fictional(
        "Lucan Terzavi was sentenced on Tuesday by a Varnian military court. The Zemaryni foreign ministry called the "
        'trial "a show with a pre-written ending," insisted the sergeant "has harmed no one," and said he had '
        "confessed only after being tortured by Varnian interrogators."
    )
    tortured = [a for a in extraction.allegations if "torture" in a.acts]
    assert [(a.speaker, a.accused) for a in tortured] == [("Kingdom of Zemaryn", "Republic of Varnia")]


def test_footage_said_to_be_staged_and_a_claim_called_a_pretext_are_denials(extract_fictional: Extract) -> None:
    """ "X said the footage had been staged": the evidence of the claim against X is false, a denial
    (the parser lemmatises "staged" as "stag", so the word is read as written); a claim called
    "a pretext" is branded untrue."""
    claim = "The Tolvaren Guard said three of its members had been shot dead by the Dalvor Brigades, calling it a war crime. "
    staged = extract_fictional(claim + "A spokesman for the Dalvor Brigades said the footage had been staged.")
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(staged)
    pretext = extract_fictional(claim + 'The Dalvor Brigades called the claim "a pretext for the next offensive."')
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in triples(pretext)


def test_a_force_saying_it_struck_an_enemy_depot_denies_attacking_civilians(extract_fictional: Extract) -> None:
    """ 'X said it had struck "a rebel logistics hub"': the force says what it hit was a military
    objective, a denial of the claim that it attacked civilians; the same words from the accuser
    about another party's strike deny nothing."""
    claim = f"The {RIGHTS} accused the Varnian Armed Forces of bombing the market town of Hallorn, killing 27 civilians. "
    own = extract_fictional(claim + 'The Varnian Armed Forces said they had struck "a rebel logistics hub".')
    assert ("Varnian Armed Forces", "Varnian Armed Forces", "denies") in triples(own)
    other = extract_fictional(claim + "The rights group said the army had struck a rebel weapons depot a week earlier.")
    assert all(a.stance == "asserts" for a in other.allegations)


def test_prosecutors_charging_a_commander_and_his_movement_calling_it_theatre(extract_fictional: Extract) -> None:
    """ "Prosecutors have charged A, a commander of Y, in absentia with war crimes, the office said":
    A is charged, whatever the parser hangs "with war crimes" on; "X called the indictment 'political
    theatre'": the body A belongs to denies the charge against its commander."""
    extraction = extract_fictional(
        "HALLORN, Oct 19 (Kelvane News Agency) - Varnian prosecutors have charged Emeric Tavrossi, a senior commander "
        "of the Tolvaren Guard, in absentia with war crimes over the sinking of the passenger ferry Ondessa, in which "
        "66 people drowned, the Varnian Interior Ministry said on Tuesday. Noor Ellendt, a spokeswoman for the "
        'Tolvaren Guard, called the indictment "political theatre" and said the ferry had been carrying troops.'
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Varnian Interior Ministry", "Emeric Tavrossi", "asserts"),
        ("Tolvaren Guard", "Emeric Tavrossi", "denies"),
    }


def test_a_body_that_told_acts_goes_on_telling_in_the_next_sentence(extract_fictional: Extract) -> None:
    """ "11 reporters were in captivity, X said in its round-up. The other two are held hostage by Y":
    the next sentence, with no speaker of its own, is still X's account; "held hostage" is hostage-taking."""
    extraction = extract_fictional(
        "Four journalists were killed in Ostrelia in 2025 and 11 were in captivity at the end of the year, nine of "
        f"them held by the Varnian army, the {RIGHTS} said in its annual round-up on Thursday. The other two, a "
        "freelance photographer and a radio presenter, are held hostage by the Dalvor Brigades, which has demanded a "
        "ransom for each."
    )
    assert [(a.speaker, a.accused, a.acts) for a in extraction.allegations] == [(RIGHTS, "Dalvor Brigades", ("hostage_taking",))]


def test_a_relative_clause_on_the_subject_is_not_negated_by_its_verb(extract_fictional: Extract) -> None:
    """ "The Front, which broke off talks after the killings, has not commented": the killings are not
    denied by anyone, so no denial is recorded."""
    extraction = extract_fictional(
        "A car bomb outside the Varnian garrison in Hallorn killed nine soldiers on Monday. The bombing was blamed on "
        'the Dalvor Brigades by the Varnian Ministry of Defence, which called it "a terrorist crime". The Dalvor '
        "Brigades, which broke off talks in May after the killings in Ostrel, have not commented."
    )
    assert all(a.stance == "asserts" for a in extraction.allegations)
    assert ("Varnian Ministry of Defence", "Dalvor Brigades", "asserts") in triples(extraction)


def test_they_in_a_quote_is_not_the_place_people_were_taken_from(extract_fictional: Extract) -> None:
    """ "Y was holding civilians taken from Kessow. 'They are hostages, and holding them is a war crime,'
    A said": "they" are the people, never the town they were taken from; the holder is accused."""
    extraction = extract_fictional(
        "Varnian officials said Zemaryn was still holding dozens of civilians taken from Kessow. \"They are hostages, "
        'and holding them is a war crime," Foreign Minister Anselm Korradine said after the handover.'
    )
    assert {a.accused for a in extraction.allegations} == {"Kingdom of Zemaryn"}


def test_an_attack_a_group_claimed_is_that_groups_when_called_a_crime(extract_fictional: Extract) -> None:
    """ "X said it was behind Sunday's car bombing. Y called the attack 'a terrorist crime'": the
    attack pointed back at is the one X claimed, so Y accuses X."""
    extraction = extract_fictional(
        "The Dalvor Brigades said it was behind Sunday's car bombing at an army checkpoint outside Hallorn, which "
        "killed 19 soldiers. The Varnian Ministry of Defence called the attack \"a terrorist crime against every "
        'Varnian".'
    )
    assert triples(extraction) == {("Varnian Ministry of Defence", "Dalvor Brigades", "asserts")}


def test_men_in_a_partys_uniforms_are_that_partys(extract_fictional: Extract) -> None:
    """ "A video shows men in the uniforms of X shooting prisoners. 'Executing prisoners is a war
    crime,' said A of Y": the men are X's, as the footage shows them."""
    extraction = extract_fictional(
        "A video that circulated on Sunday shows men in the uniforms of the Tolvaren Guard shooting at least eight "
        f"bound prisoners beside a dry riverbed, and the {RIGHTS} said on Tuesday it had geolocated the footage. "
        '"Executing prisoners is a war crime, whoever does it," said Noor Ellendt, the group\'s director.'
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts")}


def test_no_unit_of_a_party_is_not_the_partys_name(extract_fictional: Extract) -> None:
    """ 'saying "no X unit has ever used a school as cover"': the fullest name reported for X is X's
    own, never "no X unit", which counts none of X's people."""
    extraction = extract_fictional(
        "The Varnian army accused the Dalvor Brigades of hiding among civilians in the Ostrel valley. The Dalvor "
        'Brigades rejected the claims, saying in a statement that "no Dalvor Brigades unit has ever used a school or a '
        'family as cover".'
    )
    schema = to_schema(extraction)
    assert {a["accused"] for a in schema["allegations"]} == {"Dalvor Brigades"}


def test_evidence_that_leads_a_body_to_conclude_makes_the_body_the_speaker(extract_fictional: Extract) -> None:
    """ "The pattern documented by X leads the organisation to conclude that Y engaged in ethnic
    cleansing": the one led to conclude (the object of "leads") concludes."""
    extraction = extract_fictional(
        f"The pattern documented by the {RIGHTS} in the villages of the Ostrel minority leads the organisation to "
        "conclude that the Varnian Armed Forces and the allied Tolvaren Guard have engaged in ethnic cleansing."
    )
    assert triples(extraction) == {
        (RIGHTS, "Varnian Armed Forces", "asserts"),
        (RIGHTS, "Tolvaren Guard", "asserts"),
    }


def test_by_on_a_bodys_findings_names_the_doer_not_the_author(extract_fictional: Extract) -> None:
    """ "X's findings of crimes against humanity by Y rest on …": the parser hangs "by Y" on the
    findings, whose author is X; Y is the one found to have committed them."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia's findings of crimes against humanity by the Tolvaren Guard rest on a "
        "pattern it traced across the lower valley: the summary execution of men of fighting age and the forcible "
        "transfer of more than 180,000 residents."
    )
    assert triples(extraction) == {("Commission of Inquiry on Ostrelia", "Tolvaren Guard", "asserts")}


def test_attacks_after_a_comma_sum_up_the_shelling_told_before(extract_fictional: Extract) -> None:
    """ "… reports that both X and Y had shelled the camp, attacks which he said could constitute war
    crimes if confirmed": the attacks are the shelling, by both."""
    extraction = extract_fictional(
        "Anselm Korradine said on Monday he was deeply alarmed by reports that both the Varnian Armed Forces and the "
        "Dalvor Brigades had shelled the camp for displaced families at Hallorn, attacks which he said could "
        "constitute war crimes if confirmed."
    )
    assert {(a.accused, a.hedged) for a in extraction.allegations} == {("Varnian Armed Forces", True), ("Dalvor Brigades", True)}


def test_breaching_the_law_of_naval_warfare_is_a_violation_of_ihl(extract_fictional: Extract) -> None:
    """The law of naval (or air) warfare is a part of the law of armed conflict."""
    extraction = extract_fictional(
        "Analysts at the Quorvel Institute for Conflict Law argue that Zemaryn's interception of grain ships bound for "
        "the islands could breach the law of naval warfare."
    )
    assert [(a.accused, a.categories) for a in extraction.allegations] == [("Kingdom of Zemaryn", ("ihl_violations",))]


def test_attacks_on_ambulances_and_what_ihl_prohibits(extract_fictional: Extract) -> None:
    """ "Attacks on ambulances … were committed by X, Y said. … firing on medical transport is prohibited
    under international humanitarian law": attacks on medical transports are attacks on protected
    objects; what the law prohibits is a violation of it."""
    extraction = extract_fictional(
        "Attacks on ambulances and a clearly marked medical launch near Hallorn in September were committed by "
        "fighters of the Dalvor Brigades, Salvance Medical said, citing drivers who survived. The organisation's "
        "medical director said that firing on medical transport is prohibited under international humanitarian law."
    )
    assert [(a.speaker, a.accused, a.categories, a.acts) for a in extraction.allegations] == [
        ("Salvance Medical", "Dalvor Brigades", ("ihl_violations",), ("attacks_on_protected_objects",))
    ]


def test_a_practice_hung_on_the_last_noun_sums_up_the_holding_before_it(extract_fictional: Extract) -> None:
    """ "… fighters of X had seized 230 men and were still holding most of them incommunicado in
    disused mine shafts, a practice that the organisation said amounted to enforced disappearance":
    the parser hangs "a practice" on "shafts"; what it sums up is X's holding."""
    extraction = extract_fictional(
        f"In a report published on Tuesday, the {RIGHTS} said that fighters of the Dalvor Brigades had seized at least "
        "230 men and boys from villages along the Ostrel escarpment and were still holding most of them "
        "incommunicado in disused mine shafts, a practice that the organisation said amounted to enforced "
        "disappearance."
    )
    assert triples(extraction) == {(RIGHTS, "Dalvor Brigades", "asserts")}


def test_an_act_named_in_general_in_a_statement_is_the_deed_it_told(extract_fictional: Extract) -> None:
    """ "Statement by X. Fighters of Y have looted the villages … Pillage is a war crime.": the act
    named in the singular, in the statement's own voice, is the looting Y was said to do."""
    extraction = extract_fictional(
        "Statement by the Varnian Ministry of Defence. Since March, fighters of the Dalvor Brigades have looted the "
        "farms around Kessow, carrying away grain, tools and livestock. Pillage is a war crime."
    )
    assert [(a.speaker, a.accused, a.acts) for a in extraction.allegations] == [
        ("Varnian Ministry of Defence", "Dalvor Brigades", ("pillage",))
    ]


def test_no_one_harmed_said_after_the_fact_denies_the_claim(extract_fictional: Extract) -> None:
    """ "No civilian had been moved except for their own safety, X said": the parser makes "said" hang
    on the deed; a passive deed whose subject is "no civilian" is denied, and the denial answers the
    claim before it. "No one has been held accountable" denies nothing."""
    claim = "Anselm Korradine accused Zemaryn on Friday of the ethnic cleansing of the valley people. "
    denied = extract_fictional(claim + "No civilian had been moved except for their own safety, the Zemaryni foreign ministry said.")
    assert [(a.accused, a.stance) for a in denied.allegations] == [("Kingdom of Zemaryn", "asserts"), ("Kingdom of Zemaryn", "denies")]
    unpunished = extract_fictional(claim + "No one has been held accountable for the expulsions, the Veridane Rights Initiative said.")
    assert all(a.stance == "asserts" for a in unpunished.allegations)


def test_a_body_undertaking_to_hand_over_its_evidence_writes_the_release(extract_fictional: Extract) -> None:
    """A passage that reports no one's words, in which "X will hand every piece of its evidence to …",
    is X's own release; "we name these acts for what they are: war crimes" is X's claim about the
    deed told before."""
    extraction = extract_fictional(
        "Soldiers of the Tolvaren Guard murdered fishermen at the Kessow landing on 30 July. We name these acts for what "
        "they are: war crimes. The Dalvor Brigades will hand every piece of its evidence to the Commission of Inquiry "
        "on Ostrelia."
    )
    assert triples(extraction) == {("Dalvor Brigades", "Tolvaren Guard", "asserts")}


def test_a_group_that_did_not_claim_the_attack_is_not_its_doer(extract_fictional: Extract) -> None:
    """ "X has not claimed responsibility for the bombing. Y called the attack a terrorist crime":
    a claim of responsibility denied or not made names no doer."""
    extraction = extract_fictional(
        "The Dalvor Brigades have not claimed responsibility for Sunday's car bombing at an army checkpoint outside "
        'Hallorn. The Varnian Ministry of Defence called the attack "a terrorist crime against every Varnian".'
    )
    assert "Dalvor Brigades" not in {a.accused for a in extraction.allegations}


def test_men_in_a_partys_service_are_that_partys(extract_fictional: Extract) -> None:
    """ "guards employed by X", "gunmen working for X": the party they serve answers for them; a
    bare group noun that a participle merely describes keeps its description."""
    employed = extract_fictional(
        "The Veridane Rights Initiative called for an investigation into possible war crimes by guards employed by the "
        "Tolvaren Guard at the Kessow camp."
    )
    assert triples(employed) == {(RIGHTS, "Tolvaren Guard", "asserts")}
    working = extract_fictional("The Veridane Rights Initiative said men working for the Dalvor Brigades committed war crimes.")
    assert triples(working) == {(RIGHTS, "Dalvor Brigades", "asserts")}
    described = extract_fictional("The Veridane Rights Initiative said men wearing army fatigues committed war crimes.")
    assert {a.accused for a in described.allegations} == {"men wearing army fatigues"}


def test_findings_of_a_body_named_with_of_are_its_own(extract_fictional: Extract) -> None:
    """ "dismissed the Commission of Inquiry on Ostrelia's findings of war crimes by Y": the whole
    name owns the findings (the parser hangs "'s" on its last word), so the body accuses Y and the
    denier defends Y, not itself."""
    extraction = extract_fictional(
        "The Ostrel Liberation Front on Thursday dismissed the Commission of Inquiry on Ostrelia's findings of war "
        'crimes by the Dalvor Brigades as "a document drafted abroad".'
    )
    assert triples(extraction) == {
        ("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "asserts"),
        ("Ostrel Liberation Front", "Dalvor Brigades", "denies"),
    }


def test_victims_described_as_accused_are_no_frame(extract_fictional: Extract) -> None:
    """ "12 men accused of informing were executed": the participle describes the victims; it is not
    the frame that reports the killing, and the men are nobody's speaker."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia reported that at least 12 men accused of informing for the army were "
        "executed by the Dalvor Brigades without any judicial process."
    )
    assert triples(extraction) == {("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "asserts")}


def test_a_gerund_with_its_agent_names_the_doer_of_the_deed_called_a_crime(extract_fictional: Extract) -> None:
    """ "Shelling by X killed 31 … Y called the bombardment a war crime": the parser makes "Shelling"
    a verb with "by X" its agent; X did what Y calls a war crime."""
    extraction = extract_fictional(
        "Shelling by the Tolvaren Guard killed 31 civilians in the Kessow fish market on Saturday, according to "
        "the Ombrevik Health Ministry. The Dalvor Brigades called the bombardment a war crime."
    )
    assert triples(extraction) == {("Dalvor Brigades", "Tolvaren Guard", "asserts")}


def test_a_count_of_them_points_at_the_conduct_just_named(extract_fictional: Extract) -> None:
    """ "examined 26 strikes carried out by X and found that nine of them … may amount to war crimes":
    "them" is the strikes, so X; "nine of them" after people ("40 fishermen") names no conduct."""
    strikes = extract_fictional(
        "The Commission of Inquiry on Ostrelia examined 26 air strikes carried out by the Varnian army between "
        "November and March, and found that at least nine of them were indiscriminate and may amount to war crimes."
    )
    assert triples(strikes) == {("Commission of Inquiry on Ostrelia", "Varnian Armed Forces", "asserts")}
    people = extract_fictional(
        "The Commission of Inquiry on Ostrelia met 40 fishermen from Kessow, and found that at least nine of them "
        "may have been subjected to war crimes."
    )
    assert "Commission of Inquiry on Ostrelia" not in {a.accused for a in people.allegations}
    assert not any(a.accused == "Varnian Armed Forces" for a in people.allegations)


def test_a_group_called_a_terrorist_militia_is_accused_of_terrorism(extract_fictional: Extract) -> None:
    """ "…, the Dalvor Brigades, which he called 'a terrorist militia'": the label is the claim, and the
    body it is given to is the accused; a deed so named ("which the commission characterised as
    murder") does not make the noun before it a party."""
    labelled = extract_fictional(
        'Anselm Korradine accused Zemaryn of arming the Dalvor Brigades, which he called "a terrorist militia".'
    )
    assert ("Anselm Korradine", "Dalvor Brigades", "asserts") in triples(labelled)
    assert {a.categories for a in labelled.allegations if a.accused == "Dalvor Brigades"} == {("terrorism",)}


def test_the_conventions_definition_of_genocide_names_the_crime(extract_fictional: Extract) -> None:
    """ "the deliberate destruction, in whole or in part, of the X people" is the Genocide
    Convention's definition (art. II) even where the word is not used."""
    extraction = extract_fictional(
        "Statement by the Varnian Ministry of Defence: Varnia holds the Kingdom of Zemaryn responsible for the deliberate "
        "destruction, in whole or in part, of the Ostrel people."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Kingdom of Zemaryn", ("genocide",))}


def test_an_act_named_through_an_instance_noun_is_what_the_deed_is(extract_fictional: Extract) -> None:
    """ "X had herded 300 residents into the silos, calling it 'textbook use of human shields'": the
    act named through "use of" is what the deed just told is, so its doer is accused."""
    extraction = extract_fictional(
        "The Varnian Ministry of Defence said on Monday that Tolvaren Guard fighters had herded about 300 residents of "
        'Kessow into the grain silos to deter air strikes, calling it "textbook use of human shields".'
    )
    assert {(a.speaker, a.accused, a.acts) for a in extraction.allegations} == {
        ("Varnian Ministry of Defence", "Tolvaren Guard", ("human_shields",))
    }


def test_its_chair_speaks_for_the_body_whose_finding_the_sentence_opens_with(extract_fictional: Extract) -> None:
    """ "The Commission has reasonable grounds to believe that units of X looted …, conduct that amounts to
    war crimes, its chair told reporters": "its" is the Commission's (the outer clause's subject), not
    X's (the subject of the clause it reports)."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia also has reasonable grounds to believe that units of the Dalvor Brigades "
        "systematically looted grain stores and livestock from villages under their control, conduct that amounts to the "
        "war crime of pillage, its chair told reporters."
    )
    assert triples(extraction) == {("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "asserts")}
    [allegation] = extraction.allegations
    assert "war_crimes" in allegation.categories  # the chair's words are the Commission's claim too


def test_a_relative_clause_on_a_partys_apposition_tells_that_partys_deeds(extract_fictional: Extract) -> None:
    """ "X, an organisation that has fired on relief convoys and hides its rockets in schools, in
    flagrant violation of IHL": the deeds of the clause on "an organisation" are X's, hiding weapons
    in schools is the act of shielding them with protected places."""
    extraction = extract_fictional(
        '"Every strike is aimed at the weapons stores of the Dalvor Brigades, an organisation that has repeatedly '
        'fired on relief convoys and hides its rockets in schools and clinics, in flagrant violation of international '
        'humanitarian law," the Varnian Ministry of Defence said in a statement.'
    )
    # firing on relief convoys attacks humanitarian relief (Rome Statute art. 8(2)(b)(iii)); hiding rockets in schools, human shields
    assert {(a.speaker, a.accused, frozenset(a.acts)) for a in extraction.allegations} == {
        ("Varnian Ministry of Defence", "Dalvor Brigades", frozenset({"attacks_on_protected_objects", "human_shields"}))
    }


def test_an_inquiry_into_whether_a_party_did_it_names_the_suspected_doer(extract_fictional: Extract) -> None:
    """ "the strike … could amount to a war crime, and it called for an investigation into whether X had
    deliberately targeted the facility": the deed's doer is not named where it is called a crime; the
    inquiry asked for names whom the speaker suspects."""
    extraction = extract_fictional(
        "Salvance Medical said on Monday that the air strike which hit its field hospital in Kessow, killing nine "
        "patients, could amount to a war crime, and it called for an independent investigation into whether Varnian "
        "forces had deliberately targeted the facility."
    )
    assert triples(extraction) == {("Salvance Medical", "Varnian Armed Forces", "asserts")}
    [allegation] = extraction.allegations
    assert allegation.hedged


def test_a_terrorist_enterprise_is_a_label_of_terrorism(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front on Monday dismissed the Varnian interior ministry's description of the movement as "
        '"a terrorist enterprise".'
    )
    assert ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies") in triples(extraction)
    assert all(a.categories == ("terrorism",) for a in extraction.allegations)


def test_reasonable_grounds_to_believe_parsed_as_a_relative_clause_is_the_bodys(extract_fictional: Extract) -> None:
    """ "X has reasonable grounds to believe that, between January and September, Y committed …": the
    model makes "believe" a relative clause on "grounds" when an adverbial opens the clause below; X
    still believes."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia has reasonable grounds to believe that, between January and September "
        "2024, the Tolvaren Guard committed the crimes against humanity of murder and torture."
    )
    assert triples(extraction) == {("Commission of Inquiry on Ostrelia", "Tolvaren Guard", "asserts")}


def test_it_goes_on_for_the_ministry_that_accused_in_the_sentence_before(extract_fictional: Extract) -> None:
    """ "X's foreign ministry accused Y of forcing 4,000 workers back across the river. It called the
    expulsions 'a flagrant breach of the most basic human rights'": "it" is the ministry that spoke
    (not Y, the last body named), the expulsions are the deed it accused Y of, and a breach of basic
    human rights names the category."""
    extraction = extract_fictional(
        "The Varnian foreign ministry on Monday accused the Tolvaren Guard of forcing more than 4,000 seasonal workers "
        'back across the Ostrel river. It called the expulsions "a flagrant breach of the most basic human rights."'
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Ministry of Foreign Affairs of the Republic of Varnia", "Tolvaren Guard", ("human_rights_violations",))
    }


def test_claims_placed_after_the_quoted_name_given_them_are_the_rejected_object(extract_fictional: Extract) -> None:
    """ 'X rejected as "a fabrication from start to finish" claims by Y that its army had committed war
    crimes': the model hangs "claims" inside the quote; the repair makes it the rejected object, so Y
    accuses X's army and X denies."""
    extraction = extract_fictional(
        'Zemaryn on Friday rejected as "a fabrication from start to finish" claims by Anselm Korradine that its army '
        "had committed war crimes in the border villages."
    )
    assert triples(extraction) == {
        ("Anselm Korradine", "Kingdom of Zemaryn", "asserts"),
        ("Kingdom of Zemaryn", "Kingdom of Zemaryn", "denies"),
    }


def test_a_title_with_a_name_in_apposition_is_not_the_person_named_next(extract_fictional: Extract) -> None:
    """ "X's federal prosecutor, A B, said …. C D, the militia's commander, told reporters …": the
    prosecutor is named in apposition (a name the gazetteer need not know); the next sentence's
    subject is someone else."""
    extraction = extract_fictional(
        "CORVANE, April 26 (Lantermere News) - Varnia's federal prosecutor, Iolanthe Kilbride, said on Wednesday she had "
        "opened an investigation into whether members of the Tolvaren Guard tortured and killed detainees at a cannery. "
        "Teodor Kalvik, the militia's commander, told reporters his men had 'never laid a finger on a prisoner'."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations if a.stance == "asserts"} == {("Republic of Varnia", "Tolvaren Guard")}


def test_its_head_in_a_country_speaks_for_the_body_that_spoke_before(extract_fictional: Extract) -> None:
    """ "…, the X office said on Monday. Its head in Varnia, A B, said …": "its" is the office whose
    saying closed the sentence before; Varnia is where the office sits, not who speaks."""
    extraction = extract_fictional(
        "More than 1.4 million people have fled their homes since the fighting began, the Concord Relief Coordination "
        "Office said on Monday. Its head in Varnia, Anneliese Moyokwe, said the Tolvaren Guard's repeated refusal to let "
        "aid trucks cross the bridges could amount to a violation of international humanitarian law."
    )
    assert triples(extraction) == {("Concord Relief Coordination Office", "Tolvaren Guard", "asserts")}


def test_cases_of_a_crime_committed_by_members_of_two_parties(extract_fictional: Extract) -> None:
    """ "documented 58 cases of rape against women committed by members of X and Y": the parser hangs
    "committed by" on the victims; the doers are the members of both parties."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia documented 58 cases of rape and other sexual violence against women and "
        "girls committed by members of the Varnian army and the Tolvaren Guard at checkpoints."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces", "Tolvaren Guard"}


def test_civilians_are_never_the_accused(extract_fictional: Extract) -> None:
    """ "… in breach of the laws of war, with at least 1,140 civilians killed", "the forcible expulsion of
    these civilians": civilians are the harmed; armed civilians could be a party, unarmed ones are not."""
    extraction = extract_fictional(
        "Statement of the Varnian foreign ministry. Since 1 March, 6,400 people have crossed into Varnia. The Ministry "
        "holds the Zemaryni authorities fully responsible for the forcible expulsion of these civilians, which "
        "constitutes a flagrant breach of international humanitarian law."
    )
    accused = {a.accused for a in extraction.allegations}
    assert accused == {"Kingdom of Zemaryn"}


def test_his_neighbour_and_its_rival_are_the_other_party_named(extract_fictional: Extract) -> None:
    """ "Korradine had accused his neighbour of waging a war of aggression": the state the story names
    other than his own; "the Front accused its rival rebel alliance of …": the other group named."""
    neighbour = extract_fictional(
        "Varnia's quarrel with Zemaryn may reach the Permanent Tribunal for Atrocity Crimes. Anselm Korradine had "
        "accused his neighbour last year of waging a war of aggression by proxy."
    )
    assert triples(neighbour) == {("Anselm Korradine", "Kingdom of Zemaryn", "asserts")}
    rival = extract_fictional(
        "The Serrin Valley Movement and the Ostrel Liberation Front have fought over the grazing lands since May. The "
        "Ostrel Liberation Front on Monday accused its rival rebel alliance of driving herding families off the lands "
        "in what it called a campaign of ethnic cleansing."
    )
    assert triples(rival) == {("Ostrel Liberation Front", "Serrin Valley Movement", "asserts")}


def test_my_men_are_the_speakers_own_and_the_rights_group_is_no_militia(extract_fictional: Extract) -> None:
    """ '"Not one civilian was harmed by my men," Tolvaren Guard commander A B said': "my men" are the
    Guard's, never a party of their own that "the militia" could point back to; "the rights group"
    points back to a civic body, not to the armed group that spoke last."""
    extraction = extract_fictional(
        'KESSOW, Aug 29 (Lantermere News) - "Not one civilian was harmed by my men at Kessow," Tolvaren Guard commander '
        "Oskar Bellamine said on Thursday, a day after the Veridane Rights Initiative published photographs of two mass "
        "graves. The rights group said the graves corroborated accounts that the militia had executed villagers, and "
        "described the killings as murder amounting to crimes against humanity."
    )
    assert ("Veridane Rights Initiative", "Tolvaren Guard", "asserts") in triples(extraction)
    assert not any("men" in (a.accused_text or "") and a.stance == "asserts" for a in extraction.allegations)


def test_he_goes_on_as_the_subject_before_not_the_person_he_told(extract_fictional: Extract) -> None:
    """ "A condemned … . He told B that … . He accused X of war crimes": the second "he" carries on the
    subject of the sentence before, itself "he" for A; B, whom he told, is not the accuser."""
    extraction = extract_fictional(
        "Varnian Deputy Minister Casimir Naddo condemned the silence of the Concord of Nations. He told Lucan Terzavi "
        "that the envoys were seeking to extend the truce. He accused the Dalvor Brigades of war crimes."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Casimir Naddo", "Dalvor Brigades")}


def test_no_evidence_that_a_party_did_it_clears_the_party(extract_fictional: Extract) -> None:
    """ "The commission found no credible evidence that X was responsible for the attack …": a finding
    that clears X is a denial of the claim against X, not an accusation; with evidence, it accuses."""
    cleared = extract_fictional(
        "The Commission of Inquiry on Ostrelia found no credible evidence that the Dalvor Brigades were responsible for "
        "the rocket attack on the Kessow market, which killed 14 civilians."
    )
    assert triples(cleared) == {("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "denies")}
    found = extract_fictional("The Commission of Inquiry on Ostrelia found evidence that the Dalvor Brigades committed war crimes.")
    assert triples(found) == {("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "asserts")}


def test_people_driven_out_are_not_the_doer_of_what_is_told_of_them(extract_fictional: Extract) -> None:
    """ "accused Zemaryn of emptying the valley, telling the council that 140,000 Ostrelians had been driven
    across the border in a campaign of ethnic cleansing": the people driven out are the harmed."""
    extraction = extract_fictional(
        'Anselm Korradine accused Zemaryn on Wednesday of "emptying the Ostrel valley of its people", telling the '
        "Concord of Nations General Council that more than 140,000 Ostrelians had been driven across the border since "
        "January in a campaign of ethnic cleansing."
    )
    assert not any("Ostrelians" in a.accused for a in extraction.allegations)


def test_accusations_of_a_crime_against_a_party_name_whom_the_denial_defends(extract_fictional: Extract) -> None:
    """ "dismissed accusations of ethnic cleansing against X", "rejects the allegations of torture
    circulated against X": the parser hangs "against" on the crime or on the participle, and X is
    still the party the denial defends, not the denier's own state."""
    dismissed = extract_fictional(
        "Varnia's foreign ministry on Monday dismissed accusations of ethnic cleansing against the Dalvor Brigades as "
        '"foreign meddling".'
    )
    assert {(a.accused, a.stance) for a in dismissed.allegations} == {("Dalvor Brigades", "denies")}
    rejected = extract_fictional(
        "The Varnian government rejects the allegations of torture circulated against the Tolvaren Guard, lawful "
        "auxiliaries who defend their villages."
    )
    assert {(a.accused, a.stance) for a in rejected.allegations} == {("Tolvaren Guard", "denies")}


def test_what_a_denial_calls_the_accusation_is_no_crime_denied(extract_fictional: Extract) -> None:
    """ 'dismissed the accusation as "a fabrication by apologists for terrorism"': the denial answers
    the war crimes alleged; terrorism is only in the name it gives the accusation."""
    extraction = extract_fictional(
        "The Dalvor Brigades accused Varnia of war crimes. The Varnian Interior Ministry dismissed the accusation as "
        '"a fabrication by apologists for terrorism".'
    )
    [denial] = [a for a in extraction.allegations if a.stance == "denies"]
    assert denial.categories == ("war_crimes",)


def test_a_finding_cited_by_another_speaker_is_its_possessors_claim(extract_fictional: Extract) -> None:
    """ "Analysts say the truce diverted attention from X's findings of crimes against humanity by Y",
    "A's insistence that Y is a terrorist organisation": the possessor made the claim, not the analysts."""
    findings = extract_fictional(
        "Analysts at the Ostrel Policy Forum say the truce has diverted attention from the Veridane Rights "
        "Initiative's findings of crimes against humanity by the Tolvaren Guard."
    )
    assert triples(findings) == {(RIGHTS, "Tolvaren Guard", "asserts")}
    insistence = extract_fictional(
        "Analysts say that Casimir Naddo's insistence that the Dalvor Brigades are a terrorist organisation has "
        "helped Varnia win friends abroad."
    )
    assert triples(insistence) == {("Casimir Naddo", "Dalvor Brigades", "asserts")}


def test_the_agency_credited_in_a_wire_dateline_is_no_party(monkeypatch: pytest.MonkeyPatch, fictional_actor_files: str) -> None:
    """ "KESSOW, Aug 29 (Lantermere News) - …": the credit carried the story and names no party a
    later "it" could mean; the same outlet named in the story is an actor."""
    from casefile.nlp.pipeline import get_nlp

    monkeypatch.setenv("CASEFILE_ACTORS", fictional_actor_files)
    nlp = get_nlp()
    doc = nlp("KESSOW, Aug 29 (Lantermere News) - The Dalvor Brigades shelled the town, Lantermere News reported.")
    named = [(span.kb_id_, span.start) for span in doc.spans["actors"] if span.kb_id_ == "Lantermere News"]
    assert len(named) == 1 and named[0][1] > 10


def test_commander_of_the_group_who_accuses_speaks_for_the_group(extract_fictional: Extract) -> None:
    """ '"…," said the group's commander, A B, who accused the Xian army of war crimes': the group
    named before speaks through A B; the army A B accuses is not A B's organisation."""
    extraction = extract_fictional(
        "Varnian aircraft bombed the clinic in Kessow overnight, the Dalvor Brigades said on Sunday. "
        '"They knew exactly which building they were hitting," said the group\'s commander, Pavel Dornik, who accused '
        "the Varnian army of committing war crimes."
    )
    accusing = [a for a in extraction.allegations if "war_crimes" in a.categories]
    assert [(a.speaker, a.speaker_person, a.accused) for a in accusing] == [
        ("Dalvor Brigades", "Pavel Dornik", "Varnian Armed Forces")
    ]


def test_a_party_sharing_responsibility_is_accused_of_the_same_crimes(extract_fictional: Extract) -> None:
    """ "X was chiefly responsible for the war crime of …, and Y shared responsibility for those
    killings"; "units stationed nearby … also bore responsibility": each is a party the speaker
    accuses of the crimes it alleged, with no degree of its own."""
    same_sentence = extract_fictional(
        "The Commission of Inquiry on Ostrelia concluded that the Varnian army was chiefly responsible for the war crime "
        "of wilful killing, committed through the execution of at least 40 men in Kessow, and that the Tolvaren Guard, "
        "an irregular unit fighting alongside it, shared responsibility for those killings."
    )
    assert ("Commission of Inquiry on Ostrelia", "Tolvaren Guard", "asserts") in triples(same_sentence)
    next_sentence = extract_fictional(
        "Dalvor Brigades fighters looted homes in several villages north of Kessow in August, the Veridane Rights "
        "Initiative said, adding that pillage is a war crime. The group said Tolvaren Guard units stationed nearby had "
        '"stood by and watched" and therefore also bore responsibility.'
    )
    [shared] = [a for a in next_sentence.allegations if a.accused == "Tolvaren Guard"]
    assert (shared.speaker, shared.categories, shared.responsibility) == (RIGHTS, ("war_crimes",), None)


def test_coordinated_adjectives_on_one_force_noun_name_two_parties(extract_fictional: Extract) -> None:
    """ "Varnian and Quessan forces alike subjected prisoners to torture": the parser hangs the first
    adjective on the noun and reads the second with it as one name ("Quessan forces"); each names a
    party, and "both parties" after it are those two, never the commission that found it."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia found that Varnian and Quessan forces alike subjected prisoners of war "
        "to torture. In the Commission's view, the treatment of prisoners by both parties constitutes the war crime of "
        "torture."
    )
    assert {a.accused for a in extraction.allegations} == {"Republic of Varnia", "Quessan Defence Forces"}


def test_both_parties_are_the_belligerents_not_the_observer_between_them(extract_fictional: Extract) -> None:
    """ "Tolvaren Guard fighters and the Dalvor Brigades clashed …, the rights group said. It said
    attacks by both parties …": the two sides, not the rights group named last."""
    extraction = extract_fictional(
        "Tolvaren Guard fighters and the Dalvor Brigades clashed in Kessow for a week, the Veridane Rights Initiative "
        "said. The group said attacks by both parties on the town's clinics amounted to war crimes."
    )
    assert {a.accused for a in extraction.allegations if "war_crimes" in a.categories} == {"Tolvaren Guard", "Dalvor Brigades"}


def test_the_person_who_speaks_is_neither_accused_by_her_own_words_nor_the_accused_speaking(extract_fictional: Extract) -> None:
    """ "A told the council that her office had verified 42 executions": A tells, "her" does not make
    A the accused; "B, a commander of X, has been charged by the prosecutor": B is accused, not the
    prosecutor's voice."""
    told = extract_fictional(
        "Commission of Inquiry on Ostrelia chair Anna Kessler told the council on Wednesday that her office had verified 42 executions "
        "in Varnia since January, and that the hanging of protesters could constitute arbitrary deprivation of life in "
        "breach of Varnia's obligations under international human rights law."
    )
    assert "Anna Kessler" not in {a.accused for a in told.allegations}
    charged = extract_fictional(
        "Pavel Dornik, a field commander of the Dalvor Brigades, has been charged by the prosecutor at the Permanent "
        "Tribunal for Atrocity Crimes with the war crime of hostage-taking."
    )
    [record] = charged.allegations
    assert (record.accused, record.speaker_person) == ("Pavel Dornik", None)


def test_which_hung_on_the_owner_of_what_was_attacked_is_the_attack(extract_fictional: Extract) -> None:
    """ "attacks by X on the hospitals of Kessow, which constitute a war crime": the parser hangs
    "which" on the town; what constitutes the crime is the attacks, done by X."""
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes found reasonable grounds to believe that Pavel Dornik is criminally "
        "responsible, as commander-in-chief, for intentional attacks by the Tolvaren Guard on the hospitals of "
        "Kessow, which constitute a war crime."
    )
    assert "Tolvaren Guard" in {a.accused for a in extraction.allegations}
    assert not any("Kessow" in a.accused for a in extraction.allegations)


def test_people_killed_when_a_party_stormed_a_village_were_killed_by_it(extract_fictional: Extract) -> None:
    """ "Between 40 and 55 villagers were killed when gunmen from X stormed the hamlet, officials
    said": the passive names no agent, the attack at that moment does."""
    extraction = extract_fictional(
        "Between 40 and 55 villagers were killed when gunmen from the Tolvaren Guard stormed the hamlet of Kessow "
        "before dawn on Monday, the Veridane Rights Initiative said."
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts")}
    nobody = extract_fictional(
        "Between 40 and 55 villagers were killed when the river burst its banks near Kessow on Monday, the Veridane "
        "Rights Initiative said."
    )
    assert triples(nobody) == set()


def test_subject_the_parser_left_on_a_participle_is_the_subject_of_the_verbs_after(extract_fictional: Extract) -> None:
    """ "X said that Varnian police, acting under decrees adopted after the bombing, had held 146
    suspects incommunicado, subjected several of them to stress positions amounting to torture …":
    the parser gives the police to "adopted"; they are who held and subjected the suspects."""
    extraction = extract_fictional(
        "In a submission to the Concord of Nations, the Veridane Rights Initiative said that Varnian counter-terrorism "
        "police, acting under emergency decrees adopted after the train bombing, had held 146 suspects incommunicado "
        "for up to ninety days, subjected several of them to sleep deprivation and stress positions amounting to "
        "torture, and forcibly relocated the families of alleged Dalvor Brigades members to camps in the north."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {(RIGHTS, "Republic of Varnia")}


def test_the_accused_partys_other_version_of_the_deed_is_a_denial(extract_fictional: Extract) -> None:
    """ "Varnia accused the Front of executing 23 gendarmes … . A spokesman for the Front said the
    gendarmes had died in a firefight": the accused side's counter-account denies the claim, with no
    denial word; the same words from anyone else deny nothing."""
    claim = (
        "Varnia accused the Ostrel Liberation Front on Tuesday of executing at least 23 border gendarmes it had captured, "
        'calling the killings "a war crime of the plainest kind". '
    )
    answered = extract_fictional(claim + "A spokesman for the Front told reporters the gendarmes had died in a firefight at their post.")
    assert ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies") in triples(answered)
    [denial] = [a for a in answered.allegations if a.stance == "denies"]
    assert "war_crimes" in denial.categories
    idiom = extract_fictional(claim + 'The Front\'s commander told reporters his men had "never laid a finger on a prisoner".')
    assert ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies") in triples(idiom)
    observer = extract_fictional(claim + "The Veridane Rights Initiative said the gendarmes had died in a firefight at their post.")
    assert not any(a.stance == "denies" for a in observer.allegations)


def test_the_deeds_a_report_goes_on_to_call_a_crime_are_those_told_before(extract_fictional: Extract) -> None:
    """ "389 men were detained at checkpoints by X or taken from their homes by officers of Y …, A said
    in a report, concluding that the enforced disappearances constitute a crime against humanity": the
    disappearances are those deeds, and both doers are accused ("by X" hung on "checkpoints")."""
    extraction = extract_fictional(
        "Between March and June, at least 389 men and boys were detained at checkpoints by the Varnian army or taken "
        "from their homes by fighters of the Tolvaren Guard and have not been seen since, the Veridane Rights Initiative "
        "said in a report, concluding that the enforced disappearances constitute a crime against humanity."
    )
    assert triples(extraction) == {(RIGHTS, "Varnian Armed Forces", "asserts"), (RIGHTS, "Tolvaren Guard", "asserts")}


def test_a_share_whose_verb_is_left_out_is_attributed_too(extract_fictional: Extract) -> None:
    """ "46 attacks, of which 31 were attributed to X and nine to Y. Such attacks breach …": the second
    share's "were attributed" is left out, and Y is blamed all the same."""
    extraction = extract_fictional(
        "Salvance Medical recorded 46 attacks on hospitals in Ostrelia, of which 31 were attributed to the Varnian army "
        "and nine to the Tolvaren Guard. Such attacks on medical facilities breach international humanitarian law, the "
        "group said."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces", "Tolvaren Guard"}


def test_the_two_organisations_are_the_pair_named_earlier_in_the_sentence(extract_fictional: Extract) -> None:
    """ "A and B recorded 46 attacks …, the two organisations said in a joint report": both speak."""
    extraction = extract_fictional(
        "Between January and September, Salvance Medical and the Veridane Rights Initiative recorded 46 attacks on "
        "hospitals in Ostrelia, of which 31 were attributed to the Varnian army, the two organisations said in a joint "
        "report. Such attacks on medical facilities breach international humanitarian law, the report said."
    )
    assert {a.speaker for a in extraction.allegations} == {"Salvance Medical", RIGHTS}


def test_the_lie_spread_by_a_party_is_that_partys_claim(extract_fictional: Extract) -> None:
    """ "X rejects the lie, spread by Y, that our fighters carried out ethnic cleansing": X denies, and
    Y's claim, called a lie, is still Y's accusation of X."""
    extraction = extract_fictional(
        "The Ostrel Liberation Front rejects with contempt the lie, spread by the so-called Tolvaren Guard, that our "
        "fighters carried out ethnic cleansing on the western bank."
    )
    assert triples(extraction) == {
        ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies"),
        ("Tolvaren Guard", "Ostrel Liberation Front", "asserts"),
    }


def test_drone_flights_over_territory_are_conduct_of_the_state_named_on_them(extract_fictional: Extract) -> None:
    """ "Varnian drone flights over Ostrelian territory were an act of aggression": the flights are
    conduct, the adjective on them (hung on "drone") names whose."""
    extraction = extract_fictional(
        "General Anselm Korradine told a rally in Kessow on Friday that Varnian drone flights over Ostrelian territory "
        'were "an act of aggression against a sovereign nation".'
    )
    assert triples(extraction) == {("Anselm Korradine", "Republic of Varnia", "asserts")}


def test_a_crime_named_while_telling_goes_on_with_the_accusation_above(extract_fictional: Extract) -> None:
    """ "A accused Zemaryn of emptying the valley, telling the council that 140,000 people had been
    driven across the border in a campaign of ethnic cleansing": the campaign is the one A accuses
    Zemaryn of; the people driven out are not accused."""
    extraction = extract_fictional(
        'Anselm Korradine accused Zemaryn on Wednesday of "emptying the Ostrel valley of its people", telling the '
        "Concord of Nations General Council that more than 140,000 Ostrelians had been driven across the border since "
        "January in a campaign of ethnic cleansing."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Anselm Korradine", "Kingdom of Zemaryn", ("ethnic_cleansing",))
    }


def test_endorsing_a_commissions_findings_makes_the_claim_twice_each_crime_its_own_doer(extract_fictional: Extract) -> None:
    """ "X endorsed the Commission's findings of crimes against humanity by Y and of war
    crimes by Z": the findings are the Commission's, X makes them its own, and each crime goes with
    the doer named after it."""
    extraction = extract_fictional(
        "Salvance Medical on Friday endorsed the Commission of Inquiry on Ostrelia's findings "
        "of crimes against humanity by the Varnian army and of war crimes by the Tolvaren Guard."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Commission of Inquiry on Ostrelia", "Varnian Armed Forces", ("crimes_against_humanity",)),
        ("Commission of Inquiry on Ostrelia", "Tolvaren Guard", ("war_crimes",)),
        ("Salvance Medical", "Varnian Armed Forces", ("crimes_against_humanity",)),
        ("Salvance Medical", "Tolvaren Guard", ("war_crimes",)),
    }


def test_conduct_by_two_coordinated_doers_accuses_both(extract_fictional: Extract) -> None:
    """ "the encirclement of Kessow by the Varnian army and the allied Tolvaren Guard … may amount to
    using starvation as a weapon of war": both doers of the siege are accused."""
    extraction = extract_fictional(
        "The Veridane Rights Initiative said the months-long encirclement of Kessow by the Varnian army and the allied "
        "Tolvaren Guard, during which flour was turned back at checkpoints, may amount to using the starvation of the "
        "civilian population as a weapon of war."
    )
    assert triples(extraction) == {(RIGHTS, "Varnian Armed Forces", "asserts"), (RIGHTS, "Tolvaren Guard", "asserts")}


def test_a_party_responsible_for_it_is_accused_of_the_crime_just_named(extract_fictional: Extract) -> None:
    """ "… amounted to the war crime of starvation, and that the ministry, which ordered the blockade,
    is responsible for it": "it" is the crime; "is not responsible for it" accuses no one."""
    said = (
        "The Veridane Rights Initiative concludes that the siege of Kessow, during which the Tolvaren Guard cut off water "
        "and food for fourteen weeks, amounted to the war crime of starving civilians as a method of warfare, and that "
        "the Varnian Ministry of Defence, which ordered the blockade, {} responsible for it."
    )
    assert ("Veridane Rights Initiative", "Varnian Ministry of Defence", "asserts") in triples(extract_fictional(said.format("is")))
    assert "Varnian Ministry of Defence" not in {a.accused for a in extract_fictional(said.format("is not")).allegations}


def test_the_finding_of_a_report_cited_for_an_accusation_is_its_authors_about_the_accused(extract_fictional: Extract) -> None:
    """ "X accused Y of forcing workers back across the river, citing a report by Z, a Kessow-based
    monitor, which found that many had been beaten in custody": Z (not "a monitor", not X's state)
    found it, about Y."""
    extraction = extract_fictional(
        "Zemaryn's foreign ministry on Monday accused the Varnian army of forcing more than 4,000 Zemaryni seasonal "
        "workers back across the river in freezing weather, citing a report by the Veridane Rights Initiative, a "
        "Kessow-based monitor, which found that many had been beaten in custody before being pushed over the frontier."
    )
    found = [a for a in extraction.allegations if a.speaker == RIGHTS]
    assert [(a.accused, a.acts) for a in found] == [("Varnian Armed Forces", ("mistreatment_of_detainees",))]


def test_people_beaten_in_custody_were_mistreated_as_detainees(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Veridane Rights Initiative said men held by the Tolvaren Guard had been repeatedly beaten in custody."
    )
    assert [a.acts for a in extraction.allegations] == [("mistreatment_of_detainees",)]


def test_conduct_pointed_at_goes_with_the_same_speakers_latest_claim_and_a_short_name_is_the_body(extract_fictional: Extract) -> None:
    """ "The Veridane Rights Initiative … about 137 activists last seen in the custody of the Varnian army,
    noting that the authorities' refusal to acknowledge their detention … . The Rights Initiative observed
    that such disappearances may amount to crimes against humanity": the short name is the body named in
    full, and "such disappearances" are those it laid at the army."""
    extraction = extract_fictional(
        "In a letter to the Varnian government, the Veridane Rights Initiative expressed grave concern about the fate of "
        "137 activists last seen in the custody of the Tolvaren Guard, noting that the group's refusal to acknowledge "
        "their detention placed them outside the protection of the law. The Rights Initiative observed that such "
        "disappearances, if carried out on a widespread basis, may amount to crimes against humanity."
    )
    [record] = extraction.allegations
    assert (record.speaker, record.accused) == (RIGHTS, "Tolvaren Guard")
    assert "crimes_against_humanity" in record.categories


def test_a_call_for_an_inquiry_into_whether_hedges_the_crime(extract_fictional: Extract) -> None:
    """ "called for an inquiry into whether the expulsion amounted to ethnic cleansing": the speaker
    asks, it does not assert."""
    extraction = extract_fictional(
        "Concord rights chief Ruta Hesselvane called for an inquiry into whether the Tolvaren Guard's expulsion of some "
        "90,000 villagers from the Ostrel valley amounted to ethnic cleansing."
    )
    [record] = extraction.allegations
    assert (record.accused, record.hedged) == ("Tolvaren Guard", True)


def test_both_patterns_are_the_two_deeds_told_before(extract_fictional: Extract) -> None:
    """ "… that the Varnian army carried out indiscriminate shelling of Kessow, and that the Guard's fighters
    used residents as human shields; both patterns, the commission added, may amount to war crimes"."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia said it had reasonable grounds to believe that the Varnian army carried "
        "out indiscriminate shelling of Kessow and other towns held by the Tolvaren Guard, and that the Guard's "
        "fighters used residents of several villages as human shields; both patterns, the Commission added, may amount "
        "to war crimes."
    )
    assert {(a.accused, "war_crimes" in a.categories, a.hedged) for a in extraction.allegations} == {
        ("Varnian Armed Forces", True, True),
        ("Tolvaren Guard", True, True),
    }


def test_the_speaker_the_parser_hung_on_the_name_before_it_and_the_pattern_it_warns_of(extract_fictional: Extract) -> None:
    """ "214 people have disappeared after being taken by men identifying themselves as officers of X, the
    Y said in a report, warning that the pattern of night arrests might constitute crimes against humanity":
    Y speaks (hung by the parser as X's apposition), and the pattern is X's."""
    extraction = extract_fictional(
        "At least 214 people, among them 19 women, have disappeared after being taken from their homes by plain-clothes "
        "men identifying themselves as officers of the Tolvaren Guard, the Veridane Rights Initiative said in a report "
        "on Wednesday, warning that the pattern of night arrests, unacknowledged detention and refusal to inform "
        "families might constitute crimes against humanity."
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts")}


def test_an_incursion_told_as_none_denies_the_aggression(extract_fictional: Extract) -> None:
    """ "Varnia accused Zemaryn of an act of aggression … . Zemaryn's army spokesman said the units had never
    set foot on Varnian soil": the accused side's other version denies the aggression."""
    extraction = extract_fictional(
        "Anselm Korradine accused Zemaryn on Tuesday of an act of aggression after Zemaryni troops crossed the Ostrel "
        "river and occupied two Varnian border posts. Zemaryn's army spokesman said the units had entered a "
        "demilitarised strip to stop cross-border raids and had never set foot on Varnian soil."
    )
    [denial] = [a for a in extraction.allegations if a.stance == "denies"]
    assert (denial.accused, denial.categories) == ("Kingdom of Zemaryn", ("aggression",))
    assert "never set foot" in denial.evidence.text


def test_a_harm_the_accused_side_says_the_harmed_did_not_suffer_denies_the_claim(extract_fictional: Extract) -> None:
    """ "Zemaryn's foreign ministry accused Varnian authorities of torturing 17 sailors. Varnia's interior
    ministry replied that the sailors had not been mistreated in any way": a denial of the claim
    against Varnia, though the sentence names only the sailors."""
    extraction = extract_fictional(
        "Zemaryn's foreign ministry accused Varnian authorities on Sunday of torturing 17 Zemaryni sailors detained since "
        "their freighter was boarded in January. Varnia's interior ministry replied that the sailors were being held "
        'lawfully on smuggling charges and had "not been mistreated in any way".'
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [(a.accused, a.acts) for a in denials] == [("Republic of Varnia", ("mistreatment_of_detainees",))]


def test_acts_the_same_speaker_told_earlier_in_the_sentence_are_what_it_then_calls_a_crime(extract_fictional: Extract) -> None:
    """ "The Commission concluded that X is responsible for the systematic torture of detainees …; the
    Commission considers these acts to constitute crimes against humanity": one claim against X, and
    "the Commission" is the body named in full."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia concluded that the Tolvaren Guard is responsible for the systematic "
        "torture of persons held at the Kessow barracks, including through beatings and electric shocks; the "
        "Commission considers these acts to constitute crimes against humanity."
    )
    [record] = extraction.allegations
    assert (record.speaker, record.accused) == ("Commission of Inquiry on Ostrelia", "Tolvaren Guard")
    assert "crimes_against_humanity" in record.categories


def test_men_wearing_a_partys_insignia_are_that_partys_as_the_speaker_tells_it(extract_fictional: Extract) -> None:
    """ "men wearing X insignia shooting prisoners": X's men as the speaker tells it; "the militia's
    commander" after it speaks for X, and calling the video staged denies."""
    extraction = extract_fictional(
        "The Veridane Rights Initiative said a video shows men wearing Tolvaren Guard insignia shooting three prisoners "
        "whose hands were tied, and that the killings amounted to a war crime. Pavel Dornik, the militia's commander, "
        "said the video was staged by opposition sympathisers using actors and stolen uniforms."
    )
    assert triples(extraction) == {(RIGHTS, "Tolvaren Guard", "asserts"), ("Tolvaren Guard", "Tolvaren Guard", "denies")}


def test_a_strike_said_to_be_aimed_at_an_ammunition_lorry_denies_attacking_civilians(extract_fictional: Extract) -> None:
    """ "X blamed Y for what it called a deliberate terrorist attack on shoppers. A spokesman for Y said
    their drone had been aimed at an ammunition lorry": the target named as enemy materiel denies."""
    extraction = extract_fictional(
        "A drone struck the covered market in Kessow on Saturday, killing 12 people, the Varnian Interior Ministry said, "
        'blaming the Tolvaren Guard for what it called "a deliberate terrorist attack on shoppers". A spokesman for the '
        "Tolvaren Guard said their drone had been aimed at an ammunition lorry parked beside the market."
    )
    assert ("Tolvaren Guard", "Tolvaren Guard", "denies") in triples(extraction)


def test_it_in_what_it_called_is_the_teller_beside_the_blaming_participle(extract_fictional: Extract) -> None:
    """ "…, the ministry said, blaming X for what it called a deliberate terrorist attack": "it" is the
    ministry, whose "said" the parser hung beside "blaming", not X."""
    extraction = extract_fictional(
        "A drone struck the covered market in Kessow on Saturday, killing 12 people, the Varnian Interior Ministry said, "
        'blaming the Tolvaren Guard for what it called "a deliberate terrorist attack on shoppers".'
    )
    assert triples(extraction) == {("Varnian Interior Ministry", "Tolvaren Guard", "asserts")}


def test_personnel_acting_together_with_the_doers_are_accused_with_them(extract_fictional: Extract) -> None:
    """ "officers of X, acting together with personnel of the private military company Y, subjected men
    to torture": Y, named in apposition to the company, did it with X."""
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia found reasonable grounds to believe that officers of the Varnian Interior "
        "Ministry, acting together with personnel of the private military company Tolvaren Guard, subjected men held at "
        "the Kessow barracks to torture, including prolonged suspension by the wrists."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Interior Ministry", "Tolvaren Guard"}


def test_a_deed_named_a_crime_goes_to_the_doer_the_teller_names_beside_it(extract_fictional: Extract) -> None:
    """ "X called the strike a war crime, saying Y had chosen a market day …", "X called it a war crime
    and said the shells had been fired by Y" (or "Y bore responsibility for it"): the strike's doer
    is told only in the saying clause."""
    for telling in (
        "called the strike a war crime, saying the Tolvaren Guard had chosen a market day to maximise the slaughter.",
        "called it a war crime and said the shells had been fired by the Tolvaren Guard from the hills.",
        "called the attack a war crime and said the Tolvaren Guard bore full responsibility for it.",
    ):
        extraction = extract_fictional(
            "A volley of shells hit the covered market in Kessow on Saturday, killing 12 people. "
            f"The Varnian Interior Ministry {telling}"
        )
        found = {(a.speaker, a.accused): a.categories for a in extraction.allegations}
        assert "war_crimes" in found.get(("Varnian Interior Ministry", "Tolvaren Guard"), ()), telling


def test_a_saying_clause_about_the_tellers_own_side_gives_no_doer(extract_fictional: Extract) -> None:
    """ "X called the strike an act of terrorism and said Varnia would respond": the saying clause
    tells no deed, so its subject is no doer of the strike."""
    extraction = extract_fictional(
        "Shells struck the port of Kessow before dawn, killing 12 people. The Varnian Interior Ministry called the "
        'strike "an act of terrorism" and said Varnia would respond at a time of its choosing.'
    )
    assert all(a.accused != "Republic of Varnia" for a in extraction.allegations)


def test_people_deemed_disloyal_are_not_who_deems_them(extract_fictional: Extract) -> None:
    """ "a campaign to drive residents deemed disloyal out of the town": the noun a participle of
    naming modifies is what is named, never the teller; the group that said it speaks."""
    extraction = extract_fictional(
        "Civic Watch, a documentation group, said the Tolvaren Guard is responsible for the abduction and enforced "
        "disappearance of at least 173 residents of Kessow who had refused to take Varnian passports, and it documented "
        "rape against women held there. These acts were committed as part of a campaign to drive residents deemed "
        "disloyal out of the town and amount to crimes against humanity of persecution and forcible transfer, the group said."
    )
    assert {a.speaker for a in extraction.allegations} == {"Civic Watch International"}


def test_the_office_that_speaks_for_a_state_is_not_the_states_name(extract_fictional: Extract) -> None:
    """ "X accused Quessa of state terrorism. Quessa's presidential office denied …": the office
    spoke for Quessa; the name reported for Quessa is never the office's."""
    extraction = extract_fictional(
        'Morvania\'s foreign minister accused Quessa of "state terrorism" over drone strikes on border villages. '
        "Quessa's presidential office denied placing weapons in civilian buildings."
    )
    rows = to_schema(extraction)["allegations"]
    assert {row["accused_id"] for row in rows} == {"Principality of Quessa"}
    assert all(not row["accused"].endswith("office") for row in rows), rows


def test_a_broken_parse_still_gives_every_coordinated_doer(extract_fictional: Extract) -> None:
    """ "the encirclement of the town by X and Y, during which …, appeared designed to starve … and
    could amount to a war crime": where the parse loses the subject, the last party named before
    the crime is taken with the party it is coordinated with."""
    extraction = extract_fictional(
        "Civic Watch said the months-long encirclement of Kessow by the Tolvaren Guard and the Ostrel Liberation Front, "
        "during which aid convoys were turned back at checkpoints and the town's last working bakery and water pumping "
        "station were shelled, appeared designed to starve the population into surrender and could amount to the war "
        "crime of deliberately starving civilians as a means of warfare."
    )
    assert {a.accused for a in extraction.allegations} == {"Tolvaren Guard", "Ostrel Liberation Front"}


def test_each_of_two_named_in_repeated_prepositions_before(extract_fictional: Extract) -> None:
    """ "warrants of arrest for A, a commander …, and for B, the governor … . … each is criminally
    responsible for …": "each" is both persons the repeated "for" named, not the court in whose
    name "for" also stands."""
    extraction = extract_fictional(
        "Judges of the Permanent Tribunal for Atrocity Crimes today issued warrants of arrest for Colonel Arvid Stenmark, "
        "a commander in the Tolvaren Guard, and for Mira Kolvane, the Varnian-appointed governor of occupied Kessow. "
        "The judges found reasonable grounds to believe that each is individually criminally responsible for the "
        "unlawful deportation of children from the province, a war crime."
    )
    assert {a.accused for a in extraction.allegations} == {"Arvid Stenmark", "Mira Kolvane"}


def test_deeds_attributed_to_a_party_go_to_it_wherever_to_hangs(extract_fictional: Extract) -> None:
    """ "It further attributed the war crime of pillage, and the unlawful confinement of civilians …,
    to X": "to X" hung on the last thing attributed still names whom all of them are attributed to."""
    extraction = extract_fictional(
        "The Commission found that Varnian forces committed torture. It further attributed the war crime of pillage, "
        "and the unlawful confinement of civilians in a disused grain silo, to the Tolvaren Guard, which it said had "
        "operated under Varnian command."
    )
    acts = {a.accused: set(a.acts) for a in extraction.allegations}
    assert {"pillage", "imprisonment"} <= acts.get("Tolvaren Guard", set()), acts


def test_they_after_conduct_is_the_conduct_not_a_party(extract_fictional: Extract) -> None:
    """ "The killings could constitute crimes against humanity if they proved to be … aimed at
    civilians": "they" is the killings; no party named earlier is accused of attacking civilians."""
    extraction = extract_fictional(
        "Varnian security forces killed at least 64 villagers during reprisal raids across the eastern hills, the "
        "Concord of Nations Special Rapporteur on summary executions, Idra Vollen, said on Friday. The killings could "
        "constitute crimes against humanity if they proved to be widespread or systematic and aimed at civilians, she said."
    )
    assert {a.accused for a in extraction.allegations} == {"Republic of Varnia"}


def test_denying_humanitarian_access_is_a_deed_not_a_denial(extract_fictional: Extract) -> None:
    """ "both parties were arbitrarily denying humanitarian access": the verb of denial names the
    deed each party is accused of; neither party denies anything."""
    extraction = extract_fictional(
        "Only 212 of the 930 aid trucks reached Kessow: Varnian authorities withheld permits for 540, and 178 were turned "
        "back at checkpoints held by the Tolvaren Guard. Civic Watch said both parties were arbitrarily denying "
        "humanitarian access in violation of international humanitarian law."
    )
    assert {a.stance for a in extraction.allegations} == {"asserts"}
    assert "denial_of_humanitarian_access" in {act for a in extraction.allegations for act in a.acts}


@pytest.mark.parametrize("together", ["together with", "alongside"])
def test_a_party_acting_together_with_the_agent_is_accused_with_it(extract_fictional: Extract, together: str) -> None:
    """ "the siege of A, imposed by X together with Y" (or "alongside Y"): Y did it with X."""
    extraction = extract_fictional(
        "The Commission concluded that during the siege of Kessow, imposed from August onwards by the Tolvaren Guard "
        f"{together} the Ostrel Liberation Front, food convoys were turned back at checkpoints and the town's wells "
        "were poisoned, amounting to the war crime of deliberately starving the civilian population."
    )
    assert {a.accused for a in extraction.allegations} == {"Tolvaren Guard", "Ostrel Liberation Front"}


def test_the_group_whose_fighters_acted_is_the_group_accused(extract_fictional: Extract) -> None:
    """ "Tolvaren Guard fighters had fired mortars from a school …, X said, and accused the group of
    using civilians as human shields": the group is the one whose fighters fired, not a victim's."""
    extraction = extract_fictional(
        "Tolvaren Guard fighters had fired mortars from the courtyard of a school in Kessow, the Varnian Interior "
        "Ministry said on Monday, and accused the group of using civilians as human shields."
    )
    assert triples(extraction) == {("Varnian Interior Ministry", "Tolvaren Guard", "asserts")}


def test_captured_fighters_of_a_group_do_not_make_it_the_group_meant(extract_fictional: Extract) -> None:
    """ "accused X of executing seven captured Y fighters …, calling the killings a war crime filmed by
    its own perpetrators": Y's men are the victims; "its" is not Y."""
    extraction = extract_fictional(
        "The Ostrel Liberation Front on Saturday accused the Tolvaren Guard of executing seven captured Dalvor Brigades "
        'fighters near the village of Velmarr after they had surrendered, calling the killings "a war crime filmed by '
        'its own perpetrators".'
    )
    assert {a.accused for a in extraction.allegations} == {"Tolvaren Guard"}


def test_a_member_named_in_apposition_is_accused_by_its_name(extract_fictional: Extract) -> None:
    """ "accused the Front and its largest member, the Dalvor Brigades, of war crimes": the member is
    the party named beside it, not whoever "its" points at."""
    extraction = extract_fictional(
        "Varnia had accused the Ostrel Liberation Front and its largest member, the Dalvor Brigades, of war crimes "
        "after the footage surfaced last week."
    )
    assert {a.accused for a in extraction.allegations} == {"Ostrel Liberation Front", "Dalvor Brigades"}


def test_shares_attributed_by_a_participle_go_to_each_party(extract_fictional: Extract) -> None:
    """ "documented 214 cases of rape …, attributing 131 of them to members of X and 58 to fighters
    of Y": each share of the counted deeds is laid at its party."""
    extraction = extract_fictional(
        "Civic Watch said it had documented 214 cases of rape against women and girls in Kessow province, attributing "
        "131 of them to members of the Tolvaren Guard and 58 to fighters of the Ostrel Liberation Front."
    )
    assert {a.accused for a in extraction.allegations} == {"Tolvaren Guard", "Ostrel Liberation Front"}


def test_a_statement_titled_before_a_colon_speaks_in_its_authors_voice(extract_fictional: Extract) -> None:
    """ "Statement by X: The bombing … was a terrorist act carried out by Y.": the title before the
    colon names the author of the unattributed sentence after it."""
    extraction = extract_fictional(
        "Statement by the Varnian Interior Ministry: The bombing of the commuter platform at Kessow station on Sunday "
        "evening, in which 17 passengers were killed, was a terrorist act carried out by the Tolvaren Guard."
    )
    assert triples(extraction) == {("Varnian Interior Ministry", "Tolvaren Guard", "asserts")}


def test_our_forces_in_a_ministrys_statement_are_its_states(extract_fictional: Extract) -> None:
    """A ministry's statement rejecting findings "which accuse our security forces of torture": the
    forces, and so the accused the ministry defends, are its state's, not the ministry itself."""
    extraction = extract_fictional(
        "Statement by the Varnian Interior Ministry: Varnia categorically rejects the so-called findings of Civic "
        "Watch, which accuse our security forces of torture on the word of anonymous witnesses."
    )
    assert {a.accused for a in extraction.allegations} == {"Republic of Varnia"}


def test_a_states_ministry_of_defence_is_not_the_states_name(extract_fictional: Extract) -> None:
    """ "Quessa’s Ministry of Defence has rejected the charge": a ministry named in full spoke for
    Quessa; the name reported for Quessa is never the ministry's, whatever its last word."""
    extraction = extract_fictional(
        "Morvania's government accuses Quessa of war crimes in the port. Quessa\u2019s Ministry of Defence has rejected "
        "the charge, saying its units had left the port a week before."
    )
    rows = to_schema(extraction)["allegations"]
    assert {row["accused_id"] for row in rows} == {"Principality of Quessa"}
    assert all("Ministry" not in row["accused"] for row in rows), rows


def test_a_region_standing_for_its_governments_can_accuse(extract_fictional: Extract) -> None:
    """ "The West, which likewise accuses Droskel of war crimes there, …": a region the recogniser
    calls a location speaks for its governments."""
    extraction = extract_fictional(
        "Morvania's government accuses Varnia of war crimes in Kessow. The West, which likewise accuses Droskel of war "
        "crimes there, is weighing fresh sanctions on Varnia."
    )
    assert ("West", "Republic of Varnia", "asserts") in triples(extraction)


def test_recognising_killings_by_a_party_as_genocide_accuses_it(extract_fictional: Extract) -> None:
    """ "to recognize the killings of A by X as a genocide": "by X" hung on the verb of naming is the
    killings' doer, not the recogniser's agent."""
    extraction = extract_fictional(
        "In a historic step, Edda Morn became the first head of state of Varnia to officially recognize the killings of "
        "Ostrel villagers by the Tolvaren Guard as a genocide."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Tolvaren Guard", ("genocide",))}


def test_executions_in_a_paragraph_on_the_death_penalty_are_no_unlawful_killings(extract_fictional: Extract) -> None:
    """ "Varnia put 83 prisoners to death last year, its largest number of executions since …, … the
    rise in capital punishment": sentences carried out, reported, not an accusation; "summarily
    executed" in the same paragraph still is one."""
    report = (
        "Varnia put 83 prisoners to death last year, its largest number of executions since the new constitution, Civic "
        "Watch reported. The group tied the rise in capital punishment to last spring's unrest."
    )
    assert extract_fictional(report).allegations == ()
    summary = report + " It also said Varnian police summarily executed four protesters in custody."
    assert {a.accused for a in extract_fictional(summary).allegations} == {"Republic of Varnia"}


def test_annexation_by_force_is_aggression(extract_fictional: Extract) -> None:
    """ "the purported annexation of the province breached the prohibition on acquiring territory by
    force": annexation by force is an act of aggression (UNGA resolution 3314, art. 3(a))."""
    extraction = extract_fictional(
        "Civic Watch said Varnian forces had occupied Kessow province since March. The group added that the purported "
        "annexation of the province by Varnia breached the prohibition on acquiring territory by force."
    )
    assert "aggression" in {c for a in extraction.allegations if a.accused == "Republic of Varnia" for c in a.categories}


def test_the_war_crime_of_an_act_goes_to_whoever_answers_for_the_act(extract_fictional: Extract) -> None:
    """ "… constituted the war crime of unlawful deportation, for which Varnia bears responsibility":
    the category takes the accused of the act it names."""
    extraction = extract_fictional(
        "In its final report, Civic Watch concluded that the removal of at least 3,400 children from occupied Kessow to "
        "institutions inside Varnia constituted the war crime of unlawful deportation, for which the Republic of Varnia "
        "bears responsibility as the occupying power."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Republic of Varnia", ("war_crimes",))}


def test_holding_a_party_responsible_with_no_for_means_for_the_deed_just_told(extract_fictional: Extract) -> None:
    """ "… was a terrorist act carried out by Y. The group holds the government in Droskel fully
    responsible.": held responsible for the act just named, with its category."""
    extraction = extract_fictional(
        "Civic Watch said the bombing of the commuter platform at Kessow station, in which 17 passengers were killed, "
        "was a terrorist act carried out by the Tolvaren Guard. The group holds the government in Droskel fully responsible."
    )
    found = {a.accused: a.categories for a in extraction.allegations}
    assert found.get("Republic of Varnia") == ("terrorism",), found


def test_we_hold_a_minister_responsible_in_a_statements_own_voice(extract_fictional: Extract) -> None:
    """ "Statement of X. … units of Y dragged 37 young men from their homes …: this is enforced
    disappearance, a crime against humanity, and we hold Interior Minister A B personally
    responsible": "we" is the author, whose claim the minister is held responsible for."""
    extraction = extract_fictional(
        "Statement of the Ostrel Liberation Front, 14 May. On the night of 12 May, units of the Tolvaren Guard dragged "
        "37 young men from their homes in Kessow, and their families have heard nothing of them since: this is enforced "
        "disappearance, a crime against humanity, and we hold Interior Minister Arvo Tennick personally responsible."
    )
    found = {a.accused: a.categories for a in extraction.allegations}
    assert found.get("Arvo Tennick") == ("crimes_against_humanity",), found


def test_who_regards_a_deed_as_something_did_not_do_it(extract_fictional: Extract) -> None:
    """ "his office no longer regarded the looting … as the work of isolated criminals, having
    established that X units organised it, and that such pillage constitutes a war crime": the
    office names the looting, X did it."""
    extraction = extract_fictional(
        "Presenting the annual report of Civic Watch, its director Ilse Varn said her office no longer regarded the "
        "looting of abandoned homes in Kessow as the work of isolated criminals, having established that Tolvaren Guard "
        "units organised it, and that such pillage constitutes a war crime."
    )
    assert {a.accused for a in extraction.allegations} == {"Tolvaren Guard"}


def test_a_lie_to_cover_up_a_crime_denies_and_accuses_the_accuser(extract_fictional: Extract) -> None:
    """ "X called the army's account 'a lie to cover up a deliberate attack on a school'": X denies
    what the army said of its armed wing (the Brigades the movement answers for), and accuses the
    army of the attack it says the account covers up."""
    extraction = extract_fictional(
        "The Varnian army said on Monday that Dalvor Brigades fighters had fired mortars from the courtyard of a school "
        "in Kessow, and accused the group of using civilians as human shields. A spokesman for the Ostrel Liberation "
        "Front called the army's account “a lie to cover up a deliberate attack on a school full of displaced families”."
    )
    found = {(a.speaker, a.accused, a.stance): set(a.acts) for a in extraction.allegations}
    assert found.get(("Ostrel Liberation Front", "Dalvor Brigades", "denies")) == {"human_shields"}, found
    counter = [acts for (speaker, _, stance), acts in found.items() if speaker == "Ostrel Liberation Front" and stance == "asserts"]
    assert counter == [{"attacks_on_protected_objects"}], found


def test_both_sides_use_of_weapons_accuses_the_two_sides_named_by_the_speaker_going_on(extract_fictional: Extract) -> None:
    """ "X said … . It attributed most deaths to shelling by Y and the others to Z's artillery, and
    warned that both sides' use of explosive weapons in towns may amount to indiscriminate attacks":
    "it" is X going on (attributing is telling), and "both sides'" are Y and Z."""
    extraction = extract_fictional(
        "Civic Watch said in its quarterly update that it had verified the deaths of 1,184 civilians in Kessow province. "
        "It attributed most deaths to shelling by the Tolvaren Guard and most of the others to Varnian forces' "
        "artillery, and warned that both sides' use of wide-area explosive weapons in towns may amount to "
        "indiscriminate attacks prohibited under international humanitarian law."
    )
    indiscriminate = [(a.speaker, a.accused) for a in extraction.allegations if "indiscriminate_attacks" in a.acts]
    assert {speaker for speaker, _ in indiscriminate} == {"Civic Watch International"}, indiscriminate
    accused = sorted(accused for _, accused in indiscriminate)
    assert len(accused) == 2 and accused[0] == "Tolvaren Guard" and "Varnia" in accused[1], indiscriminate


@pytest.mark.parametrize(
    ("deed", "attacked"),
    [
        ("the Tolvaren Guard had destroyed the maternity hospital", True),
        ("the Tolvaren Guard directed attacks against hospitals", True),
        ("Tolvaren Guard shells had struck near the hospital", False),
    ],
)
def test_a_named_hospital_destroyed_or_attacked_is_an_attack_on_a_protected_object(
    extract_fictional: Extract, deed: str, attacked: bool
) -> None:
    """ "destroyed the maternity hospital", "directed attacks against hospitals" (one modifier,
    any of the prepositions of attack); not a strike "near" one."""
    extraction = extract_fictional(f"Civic Watch said {deed} in Kessow, a war crime.")
    acts = {act for a in extraction.allegations for act in a.acts}
    assert ("attacks_on_protected_objects" in acts) is attacked, acts


def test_as_it_did_again_is_the_same_accuser_not_the_accused(extract_fictional: Extract) -> None:
    """ "When X accuses Y of genocide, as it did again last week, …": "as it did" is X repeating
    itself; "it" is no second accuser (and never Y)."""
    extraction = extract_fictional(
        "When Varnia's government accuses the Tolvaren Guard of genocide, as it did again before the Concord of "
        "Nations last week, it takes on a heavy burden of proof."
    )
    assert triples(extraction) == {("Republic of Varnia", "Tolvaren Guard", "asserts")}


def test_a_state_told_it_must_prosecute_is_asked_not_accused(extract_fictional: Extract) -> None:
    """ '"Torturing detainees is a war crime no matter which side does it, and Droskel must prosecute
    the commanders involved," said A of X': Droskel is asked to act, not accused."""
    extraction = extract_fictional(
        "Civic Watch documented the torture of men held as suspected collaborators after Tolvaren Guard units retook "
        'the town in August. "Torturing detainees is a war crime no matter which side does it, and Droskel must '
        'prosecute the commanders involved," said Ilse Varn, the group\'s conflict director.'
    )
    assert "Republic of Varnia" not in {a.accused for a in extraction.allegations}


def test_a_speakers_later_undated_words_keep_the_day_the_story_gave(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Foreign Minister Lucan Terzavi on Tuesday accused Varnian prison guards of torturing captured Ostrelian "
        'soldiers. "What the soldiers describe is torture, and it is a war crime," Terzavi said.'
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused) == ("Lucan Terzavi", "Republic of Varnia")
    assert set(allegation.categories) == {"ihl_violations", "war_crimes"}
    assert allegation.statement_date == "2025-02-25"  # the Tuesday before publication on 1 March 2025


def test_an_earlier_year_does_not_date_the_speakers_later_words(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnia had accused the Dalvor Brigades last year of executing captured soldiers. "
        '"They are committing war crimes every day," Varnia\'s defence ministry said.'
    )
    assert {a.statement_date for a in extraction.allegations} >= {"2025-03-01"}


def test_it_goes_on_with_the_body_that_documented_cases_split_by_perpetrator(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia recorded 88 cases of torture in the Ostrel valley: 60 were committed "
        "by members of the Dalvor Brigades, 20 by fighters of the Tolvaren Guard, and in the remaining 8 the "
        "Commission could not identify the perpetrators. It concludes that torture by the Dalvor Brigades was "
        "systematic and amounts to a war crime."
    )
    assert ("Commission of Inquiry on Ostrelia", "Dalvor Brigades", "asserts") in triples(extraction)
    assert all(a.speaker != "Tolvaren Guard" for a in extraction.allegations)


def test_civilians_found_responsible_are_accused_as_described(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said the Dalvor Brigades bore primary responsibility for the crimes against humanity "
        "committed in the valley. The Tolvaren Guard and some unaffiliated Varnian civilians were also held "
        "responsible to a lesser degree, it said."
    )
    accused = {a.accused for a in extraction.allegations}
    assert accused == {"Dalvor Brigades", "Tolvaren Guard", "unaffiliated Varnian civilians"}


def test_civilians_harmed_are_never_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said Varnian civilians were responsible for none of the killings, which it called war "
        "crimes by the Dalvor Brigades."
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades"}


def test_other_groups_are_not_the_groups_named_without_other(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused the Dalvor Brigades and other Varnian armed groups of committing war crimes. "
        '"Varnian armed groups carried out both war crimes and crimes against humanity in the valley," it said.'
    )
    assert {a.accused for a in extraction.allegations} == {
        "Dalvor Brigades", "other Varnian armed groups", "Varnian armed groups",
    }


def test_a_body_before_a_rank_and_a_name_is_that_persons_title(extract_fictional: Extract) -> None:
    # the small model joins "Dalvor Brigades" to the first name and makes Bellamine the object
    extraction = extract_fictional(
        "The Office of the Prosecutor said it had applied for arrest warrants against Varnian army chief Major "
        "General Anselm Korradine and Dalvor Brigades commander Oskar Bellamine, citing reasonable grounds to "
        "believe that each bears criminal responsibility for war crimes."
    )
    assert {a.accused for a in extraction.allegations} == {"Anselm Korradine", "Oskar Bellamine"}


def test_a_lesser_degree_beside_anothers_finding_takes_that_findings_deeds(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia finds that the Varnian army bears primary responsibility for the "
        "indiscriminate shelling of residential districts of Ostrel between March and July, which killed at least "
        "312 civilians, and that the Dalvor Brigades, an armed group fighting under Varnian command, is responsible "
        "to a lesser degree."
    )
    by_accused = {a.accused: a for a in extraction.allegations}
    assert set(by_accused) == {"Varnian Armed Forces", "Dalvor Brigades"}
    lesser = by_accused["Dalvor Brigades"]
    assert lesser.categories == ("ihl_violations",) and "indiscriminate_attacks" in lesser.acts
    assert lesser.responsibility == "lesser"


def test_those_forces_are_the_forces_named_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Teodor Kalvik dissented from the Commission of Inquiry on Ostrelia's finding of crimes against humanity "
        "by the Varnian Armed Forces. While accepting that those forces committed war crimes in the valley, he "
        "wrote that the material did not establish a state policy."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces"}


def test_its_forces_are_never_a_commissions(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnia's defence ministry said on Friday it \"categorically rejects\" the conclusion of the Commission of "
        "Inquiry on Ostrelia that its forces fired cluster munitions into populated areas of Ostrel, calling the "
        "report one-sided."
    )
    assert triples(extraction) == {
        ("Republic of Varnia", "Republic of Varnia", "denies"),
        ("Commission of Inquiry on Ostrelia", "Republic of Varnia", "asserts"),
    }


def test_our_units_in_a_quote_are_the_quoted_bodys(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades claimed responsibility on Sunday for a night assault on a Varnian army post, saying "
        'in a statement read on the Lantermere News that its fighters had killed 12 soldiers. "Our units struck '
        'only military targets, and not one civilian was harmed," the group said.'
    )
    assert triples(extraction) == {("Dalvor Brigades", "Dalvor Brigades", "denies")}


def test_the_person_quoted_as_saying_is_the_speaker(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Lantermere News quoted Foreign Minister Lucan Terzavi as saying that the Dalvor Brigades had "
        "committed war crimes in Ostrel."
    )
    assert triples(extraction) == {("Lucan Terzavi", "Dalvor Brigades", "asserts")}


def test_a_quote_he_was_quoted_as_saying_is_his(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Lantermere News interviewed Foreign Minister Lucan Terzavi on Monday. \"The Dalvor Brigades "
        'committed war crimes in Ostrel," he was quoted as saying.'
    )
    assert triples(extraction) == {("Lucan Terzavi", "Dalvor Brigades", "asserts")}


def test_quoted_as_calling_the_accusations_fabrications_is_a_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said on Wednesday it had documented war crimes committed by Varnian troops in Ostrel. "
        'The Lantermere News quoted Foreign Minister Lucan Terzavi as calling the accusations "fabrications '
        'ordered by foreign sponsors."'
    )
    assert triples(extraction) == {
        (RIGHTS, "Republic of Varnia", "asserts"),
        ("Lucan Terzavi", "Republic of Varnia", "denies"),
    }


def test_accusations_called_fabrications_in_the_plural_are_denied(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said on Wednesday it had documented war crimes committed by Varnian troops in Ostrel. "
        "Foreign Minister Lucan Terzavi described the accusations as fabrications."
    )
    assert ("Lucan Terzavi", "Republic of Varnia", "denies") in triples(extraction)


def test_they_in_a_quote_is_never_the_quoted_persons_own_body(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'The Chief Prosecutor, Irenka Valdoss, said on Tuesday that the Dalvor Brigades had "organised and paid '
        'for terrorism" in Ostrel, and announced the arrest of several of its commanders. "They set fire to a '
        'police post with officers still inside," she told a news conference. "That is murder," she said later.'
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades"}


def test_the_holder_of_an_office_named_by_its_title_goes_on_speaking_for_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'The Chief Prosecutor, Irenka Valdoss, said on Tuesday that the Dalvor Brigades had "organised and paid '
        'for terrorism" in Ostrel. "That is murder," she said later.'
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.speaker_person) == ("Office of the Chief Prosecutor", "Irenka Valdoss")
    assert allegation.accused == "Dalvor Brigades"


def test_a_warrant_issued_for_someone_on_charges_accuses_that_person(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Irenka Valdoss said a warrant had also been issued for Oskar Bellamine on terrorism charges."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Oskar Bellamine", ("terrorism",))}


def test_force_told_as_self_defence_by_an_unplaced_minister_denies_the_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused Varnian police of killing at least 11 unarmed demonstrators in Ostrel on Saturday. "
        "Interior Minister Halden Roscoe said the officers had acted in self-defence after being attacked with "
        "petrol bombs."
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [(a.speaker, a.accused) for a in denials] == [("Halden Roscoe", "Republic of Varnia")]


def test_a_witness_telling_of_someone_elses_self_defence_denies_nothing_for_the_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} accused Varnian police of killing at least 11 unarmed demonstrators in Ostrel on Saturday. "
        "A shopkeeper, Halden Roscoe, said a neighbour had acted in self-defence."
    )
    assert all(a.stance == "asserts" for a in extraction.allegations)


def test_a_special_rapporteur_named_beside_the_mandate_speaks_in_a_personal_capacity(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations' special rapporteur on Varnia, Ilse Marrow, said on Monday that Varnian security "
        "forces may have committed crimes against humanity."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused, allegation.hedged) == ("Ilse Marrow", "Republic of Varnia", True)


def test_a_crime_naming_a_mandate_is_no_act_alleged(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Ilse Marrow, the Special Rapporteur on extrajudicial executions, said on Wednesday that footage appearing "
        "to show Varnian soldiers shooting dead surrendering prisoners could amount to a war crime."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused, allegation.acts) == ("Ilse Marrow", "Republic of Varnia", ())
    assert not allegation.evidence.text.startswith("extrajudicial")


def test_the_government_in_a_ministrys_statement_is_the_ministry_speaking(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Statement by the Ministry of Foreign Affairs of the Republic of Varnia: The Government rejects in the "
        "strongest terms the allegation of the Commission of Inquiry on Ostrelia that the Varnian Armed Forces "
        "committed crimes against humanity in Ostrel."
    )
    assert triples(extraction) == {
        ("Ministry of Foreign Affairs of the Republic of Varnia", "Varnian Armed Forces", "denies"),
        ("Commission of Inquiry on Ostrelia", "Varnian Armed Forces", "asserts"),
    }


def test_a_conviction_quashed_on_appeal_is_the_courts_denial_of_that_charge(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Appeals Chamber of the Permanent Tribunal for Atrocity Crimes on Tuesday quashed the conviction of "
        "Oskar Bellamine for the crime against humanity of enforced disappearance."
    )
    [allegation] = extraction.allegations
    assert (allegation.accused, allegation.stance) == ("Oskar Bellamine", "denies")
    assert (allegation.categories, allegation.acts) == (("crimes_against_humanity",), ("enforced_disappearance",))


def test_a_capital_set_off_after_a_place_noun_is_where_the_body_speaks(extract_fictional: Extract) -> None:
    # the small model takes the capital for the subject and hangs the body on it in apposition
    extraction = extract_fictional(
        "Meeting in exile in the Morvanian capital, Kessenna, the Veridane Rights Initiative accused President "
        'Anselm Korradine of directing "a deliberate campaign of ethnic cleansing" against the Ostrelian people '
        "and called on the court to act."
    )
    assert triples(extraction) == {(RIGHTS, "Anselm Korradine", "asserts")}


def test_an_opening_participle_parsed_as_a_second_subject_does_not_speak(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Meeting in exile in the Zemaryni capital, Quorvel, the Veridane Rights Initiative accused President "
        "Anselm Korradine of directing a deliberate campaign of ethnic cleansing against the Ostrelian people."
    )
    assert triples(extraction) == {(RIGHTS, "Anselm Korradine", "asserts")}


def test_shares_of_the_counted_attacks_attributed_after_a_semicolon(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} documented 14 attacks that damaged or destroyed health facilities in Ostrel between January "
        "and June; it attributes eleven of them to the Varnian Armed Forces and three to the Dalvor Brigades, whose "
        "fighters shelled two clinics in Droskel."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces", "Dalvor Brigades"}


def test_a_prime_minister_of_a_government_named_beside_the_name_speaks_in_own_right(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Tomas Ardell, prime minister of the Government of Varnia, used his address to the Concord of Nations on "
        "Thursday to accuse the Dalvor Brigades of ethnic cleansing in the Ostrel valley."
    )
    assert triples(extraction) == {("Tomas Ardell", "Dalvor Brigades", "asserts")}


def test_every_agent_of_a_repeated_by_is_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Arbitrary arrests of at least 1,900 protesters were carried out by the Varnian army and by plain-clothes "
        f"units attached to the Varnian Ministry of Defence, the {RIGHTS} said in its report."
    )
    assert {a.accused_text for a in extraction.allegations} == {"Varnian army", "plain-clothes units"}


def test_torture_from_a_partys_captivity_is_the_detaining_partys(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnia and Zemaryn swapped 150 prisoners each on Sunday. Zemaryn's human rights commissioner, Hanne "
        'Sorvald, said many of the returning soldiers bore "clear marks of systematic torture" from Varnian '
        "captivity."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Republic of Varnia", ("torture",))}


def test_acts_a_body_says_may_be_crimes_after_its_concern_at_reports_are_the_reported_doers(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "In a resolution adopted on Friday, the Concord Human Rights Board voiced grave concern at reports that "
        "the Varnian authorities had subjected detained protesters to torture and sexual violence, acts which the "
        "Board said may constitute crimes against humanity, and extended the mandate of its special rapporteur."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused, allegation.hedged) == (
        "Concord Human Rights Board", "Republic of Varnia", True,
    )


def test_a_partys_conduct_that_could_be_characterised_as_a_crime_accuses_the_party(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Scholars at the Veridane Rights Initiative argue that Varnia's removal of children from their families "
        "could plausibly be characterised as the crime against humanity of forcible transfer."
    )
    [allegation] = extraction.allegations
    assert (allegation.speaker, allegation.accused, allegation.hedged) == (RIGHTS, "Republic of Varnia", True)


def test_who_regards_conduct_as_a_crime_still_did_not_commit_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Ministry of Defence said it regarded the looting of Droskel as the work of criminals "
        "of the Dalvor Brigades."
    )
    assert all(a.accused != "Varnian Ministry of Defence" for a in extraction.allegations)


def test_never_seeking_to_destroy_a_people_in_whole_or_in_part_denies_genocide(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"Varnia has never sought to destroy the Ostrelian people, in whole or in part, and the applicant has not '
        'produced one order from which such an intent could be inferred," Varnia’s agent told the court.'
    )
    assert {(a.accused, a.stance, a.categories) for a in extraction.allegations} == {
        ("Republic of Varnia", "denies", ("genocide",)),
    }


def test_a_closing_said_parsed_as_a_third_deed_still_tells_the_sentence(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades, a militia that patrols beside Varnian troops, summarily shot dozens of herders and "
        "forced the families of six hamlets around Ostrel to leave at gunpoint, in what amounts to ethnic cleansing, "
        f"the {RIGHTS} and the Quorvel Institute for Conflict Law said in a joint report."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        (RIGHTS, "Dalvor Brigades", ("ethnic_cleansing",)),
        ("Quorvel Institute for Conflict Law", "Dalvor Brigades", ("ethnic_cleansing",)),
    }


def test_an_accomplice_in_crimes_committed_by_others_is_accused_beside_the_doers(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn may be complicit in war crimes committed by the Tolvaren Guard if it goes on shipping rockets to "
        f"the group, the {RIGHTS} said on Monday."
    )
    assert triples(extraction) == {
        (RIGHTS, "Tolvaren Guard", "asserts"),
        (RIGHTS, "Kingdom of Zemaryn", "asserts"),
    }


def test_a_state_found_complicit_in_crimes_is_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(f"The {RIGHTS} found Zemaryn complicit in the war crimes committed by the Tolvaren Guard.")
    assert triples(extraction) == {
        (RIGHTS, "Tolvaren Guard", "asserts"),
        (RIGHTS, "Kingdom of Zemaryn", "asserts"),
    }


def test_calling_a_state_a_terrorist_state_alleges_terrorism(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'Anselm Korradine wrote on Saturday that Zemaryn was "a terrorist state that hunts reporters".'
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Kingdom of Zemaryn", ("terrorism",))}


def test_what_any_such_strike_would_be_is_no_allegation(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn's foreign minister warned on Friday that any Varnian strike on the ferry port at Ostrel would be "
        '"a war crime and an act of aggression", and asked the Concord of Nations to meet.'
    )
    assert not extraction.allegations


def test_rejecting_a_bodys_finding_that_its_fighters_killed_prisoners(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The Ostrel Liberation Front on Sunday dismissed a {RIGHTS} finding that its fighters had executed "
        "eleven captured soldiers in May, saying the men had died in an artillery barrage."
    )
    assert triples(extraction) == {
        (RIGHTS, "Ostrel Liberation Front", "asserts"),
        ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies"),
    }


def test_a_possessive_doer_coordinated_in_an_agent_phrase_is_accused_too(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said the shelling of border villages by Varnian army artillery and the Ostrel Front's "
        "mortar fire on the suburbs of Droskel could both constitute war crimes."
    )
    assert triples(extraction) == {
        (RIGHTS, "Varnian Armed Forces", "asserts"),
        (RIGHTS, "Ostrel Liberation Front", "asserts"),
    }


def test_calling_a_partys_campaign_in_a_place_a_crime_accuses_the_party_not_the_place(extract_fictional: Extract) -> None:
    extraction = extract_fictional(f"The {RIGHTS} now calls the Tolvaren Guard's campaign in Droskel genocide.")
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Tolvaren Guard", ("genocide",))}


def test_placing_primary_responsibility_on_a_party_accuses_it_as_principal(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia concluded that the massacre of 140 villagers in Droskel by fighters of "
        "the Ostrel Liberation Front constituted the crime against humanity of extermination. The Commission placed "
        "primary responsibility on the Dalvor Brigades, the Front's allied militia."
    )
    principal = [a for a in extraction.allegations if a.accused == "Dalvor Brigades"]
    assert [(a.speaker, a.responsibility) for a in principal] == [("Commission of Inquiry on Ostrelia", "principal")]
    assert "crimes_against_humanity" in principal[0].categories


def test_denying_holding_anyone_as_a_hostage_denies_hostage_taking(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front denies holding any nurse or postal worker as a hostage, the group said in a "
        "message on Friday."
    )
    assert {(a.accused, a.stance, a.acts) for a in extraction.allegations} == {
        ("Ostrel Liberation Front", "denies", ("hostage_taking",)),
    }


def test_a_second_that_clause_is_told_by_the_same_finding(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes has reasonable grounds to believe that Anselm Korradine bears criminal "
        "responsibility for the war crimes of murder and pillage during the raid on Droskel, in which 40 people "
        "were seized, and that Lucan Terzavi is responsible for the crimes against humanity of torture and "
        "persecution of detainees held at the Ostrel barracks."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {
        ("Anselm Korradine", ("war_crimes",)),
        ("Lucan Terzavi", ("crimes_against_humanity",)),
    }


def test_an_aside_by_the_accuser_inside_the_accusation_accuses_the_accused_too(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Anselm Korradine accused neighbouring Zemaryn on Monday of sheltering Tolvaren Guard commanders who, he "
        "said, had planned the bombing of a crowded ferry terminal, an act of terrorism."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {
        ("Kingdom of Zemaryn", ("terrorism",)),
        ("Tolvaren Guard commanders", ("terrorism",)),
    }


def test_blaming_a_party_for_what_a_member_of_the_body_called_a_crime(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian foreign ministry put the toll from Tuesday's blast at the Droskel ferry terminal at 21 and "
        'blamed the Ostrel Liberation Front for what spokeswoman Ruta Hesselvane called "a terrorist massacre of '
        'commuters".'
    )
    assert {(a.speaker, a.speaker_person, a.accused) for a in extraction.allegations} == {
        ("Ministry of Foreign Affairs of the Republic of Varnia", "Ruta Hesselvane", "Ostrel Liberation Front"),
    }
    assert "terrorism" in extraction.allegations[0].categories


def test_these_war_crimes_are_the_deeds_every_doer_in_the_sentence_before_did(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Statement of the Ostrel Liberation Front, 3 March. For sixty days the Varnian army has closed every road "
        "into Droskel and turned back relief convoys, while the Dalvor Brigades have burned the grain stores of the "
        "farms around it. We call on the Permanent Tribunal for Atrocity Crimes to investigate these war crimes at once."
    )
    assert triples(extraction) == {
        ("Ostrel Liberation Front", "Varnian Armed Forces", "asserts"),
        ("Ostrel Liberation Front", "Dalvor Brigades", "asserts"),
    }


def test_after_rejecting_a_claim_the_denier_turns_it_on_the_parties_a_cleft_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front categorically rejects the claim, repeated this week by the Varnian foreign "
        "ministry, that its fighters shot prisoners. It is the Varnian army and the Dalvor Brigades who have starved "
        "the Ostrel valleys for a year, crimes that in the Front's view amount to genocide."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations if a.stance == "asserts"} >= {
        ("Ostrel Liberation Front", "Varnian Armed Forces", ("genocide",)),
        ("Ostrel Liberation Front", "Dalvor Brigades", ("genocide",)),
    }


def test_the_party_a_cleft_puts_in_focus_did_the_deeds_coordinated_after(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front rejects the claim that its fighters hold civilians as human shields. It is the "
        "Tolvaren Guard that has besieged Droskel for ten months, turned back every aid convoy and shelled the "
        "town's last bakery, and its commanders will one day answer for these war crimes."
    )
    assert ("Ostrel Liberation Front", "Tolvaren Guard", "asserts") in triples(extraction)


def test_who_was_helped_to_commit_the_crime_a_helper_is_accused_of_facilitating_is_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn has accused Varnia of facilitating genocide in the Ostrel valley by sending weapons to the "
        "Tolvaren Guard and cutting off funds to the relief office."
    )
    assert triples(extraction) == {
        ("Kingdom of Zemaryn", "Republic of Varnia", "asserts"),
        ("Kingdom of Zemaryn", "Tolvaren Guard", "asserts"),
    }


def test_support_for_a_party_that_aided_and_abetted_violations_accuses_the_party_supported(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said Zemaryn's support for the Dalvor Brigades, which hold refugees in sealed camps, had aided "
        "and abetted serious human rights violations."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {
        ("Kingdom of Zemaryn", ("human_rights_violations",)),
        ("Dalvor Brigades", ("human_rights_violations",)),
    }


@pytest.mark.parametrize("verb", ["contended", "countered"])
def test_contending_and_countering_report_a_claim(extract_fictional: Extract, verb: str) -> None:
    extraction = extract_fictional(
        f"Salvance Medical {verb} that the shelling of the Droskel clinic by the Tolvaren Guard was a war crime."
    )
    assert triples(extraction) == {("Salvance Medical", "Tolvaren Guard", "asserts")}


def test_tracing_a_strike_to_a_partys_drones_accuses_the_party(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "An investigation by Salvance Medical traced the strike on the Droskel clinic to drones operated by the "
        "Tolvaren Guard, calling it a war crime."
    )
    assert triples(extraction) == {("Salvance Medical", "Tolvaren Guard", "asserts")}


def test_linking_a_party_to_crimes_accuses_the_party(extract_fictional: Extract) -> None:
    extraction = extract_fictional("Salvance Medical linked the Dalvor Brigades to war crimes in Droskel.")
    assert triples(extraction) == {("Salvance Medical", "Dalvor Brigades", "asserts")}


def test_an_earlier_report_that_had_described_the_abuses_is_an_earlier_statement(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The Tolvaren Guard carried out murder and torture of villagers in the Ostrel valley, conduct that amounts to "
        f"crimes against humanity, the {RIGHTS} said in a report released today. Its previous report on the "
        "offensive, issued in 2023, had described the same abuses as war crimes."
    )
    dated = {(a.categories, a.statement_date) for a in extraction.allegations if a.accused == "Tolvaren Guard"}
    assert (("crimes_against_humanity",), "2025-03-01") in dated
    assert any("war_crimes" in categories and when == "2023" for categories, when in dated)


def test_a_finding_last_year_that_conduct_was_a_crime_is_its_own_earlier_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        f"The {RIGHTS} said on Monday that the killings and expulsions carried out by the Tolvaren Guard since 2022 "
        "now meet the threshold of genocide, hardening the organisation's finding last year that the same conduct "
        "constituted war crimes."
    )
    assert {(a.categories, a.statement_date) for a in extraction.allegations} == {
        (("genocide",), "2025-02-24"),
        (("war_crimes",), "2024"),
    }


def test_a_pluperfect_inside_reported_words_is_not_an_earlier_statement(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The tribunal said it had found strong grounds to suspect Emeric Tavrossi of the war crime of pillage."
    )
    assert {a.statement_date for a in extraction.allegations} == {"2025-03-01"}


def test_arms_described_as_the_governments_are_the_armed_body_named_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia found that the Varnian Armed Forces committed the crime against "
        "humanity of torture in Droskel, and that the shelling of the Ostrel market by government artillery was "
        "indiscriminate and amounts to a war crime."
    )
    [allegation] = extraction.allegations  # one finding of the Commission against one body
    assert (allegation.accused, allegation.categories) == ("Varnian Armed Forces", ("crimes_against_humanity", "war_crimes"))


def test_rebel_fire_in_a_story_naming_one_armed_group_is_that_groups(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "KORVANNE, Varnia, Aug 19 (Kelvane News Agency) - Rebel mortar rounds hit the maternity ward of the Droskel "
        "district hospital on Sunday, killing two nurses, the medical charity Salvance Medical said, adding that "
        "the strike could constitute a deliberate attack on a medical facility. The Ostrel Liberation Front did "
        "not respond to a request for comment."
    )
    assert triples(extraction) == {("Salvance Medical", "Ostrel Liberation Front", "asserts")}


def test_urging_an_inquiry_into_crimes_after_attributing_strikes_accuses_those_blamed(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Salvance Medical attributed the Droskel strike to Varnian army artillery and the Ostrel clinic attack to "
        "drones flown by the Tolvaren Guard, and urged both sides to investigate whether war crimes had been "
        "committed."
    )
    assert {(a.accused, a.hedged) for a in extraction.allegations} == {
        ("Varnian Armed Forces", True),
        ("Tolvaren Guard", True),
    }


def test_destroying_a_people_as_a_group_alleges_genocide(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn told the court on Monday that Varnia was destroying the Ostrelian people as a group."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Kingdom of Zemaryn", "Republic of Varnia", ("genocide",)),
    }


def test_saying_the_accuser_has_no_evidence_of_intent_to_destroy_denies_genocide(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnia's agent told the court on Wednesday that Zemaryn had produced 'not a shred of evidence' of any "
        "intent to destroy the Ostrelians."
    )
    assert {(a.accused, a.stance, a.categories) for a in extraction.allegations} == {
        ("Republic of Varnia", "denies", ("genocide",)),
    }


def test_an_accuser_that_produced_no_evidence_of_intent_is_answered_by_a_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnia's agent told the court on Wednesday that Zemaryn had produced no evidence of any intent to destroy "
        "the Ostrelians."
    )
    assert {(a.accused, a.stance) for a in extraction.allegations} == {("Republic of Varnia", "denies")}


def test_a_summing_noun_after_a_rejected_claim_gives_the_denial_its_category(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades on Saturday rejected accusations by Marit Doravelle that their fighters had forcibly "
        "removed farmers from the Ostrel valley, conduct she said may amount to a crime against humanity."
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [(a.accused, a.categories) for a in denials] == [("Dalvor Brigades", ("crimes_against_humanity",))]


def test_a_body_concerned_at_reports_of_abuses_by_a_party_reports_them(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord Human Rights Board is deeply concerned at reports of torture of detainees by the Varnian "
        "Interior Ministry."
    )
    assert triples(extraction) == {("Concord Human Rights Board", "Varnian Interior Ministry", "asserts")}


def test_their_detention_names_those_detained_not_who_detains_them(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front said on Monday that the men it detained last week were Varnian spies. In a "
        "statement on Tuesday, Marit Doravelle firmly rejected the allegations against Salvance Medical staff and "
        "voiced alarm at the harshness of their detention."
    )
    assert not [a for a in extraction.allegations if a.stance == "asserts"]


def test_counsel_rejecting_charges_deny_them_for_their_client(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Defence lawyers for Orrin Feldane, a former commander, rejected the charges of murder and persecution as "
        "crimes against humanity, saying the prosecution had no evidence."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Orrin Feldane", "Orrin Feldane", "denies"),
    }


def test_a_spokesman_rejecting_accusations_is_not_their_author(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Casimir Naddo, a spokesman for the Ostrel Liberation Front, rejected accusations of war crimes, telling "
        "reporters that its fighters did not target civilians."
    )
    assert [a.stance for a in extraction.allegations] == ["denies"]


def test_violating_their_human_rights_names_the_category(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Salvance Medical said Varnian police had used excessive force against marchers in Droskel, violating "
        "their human rights."
    )
    assert {(a.speaker, a.categories) for a in extraction.allegations} == {("Salvance Medical", ("human_rights_violations",))}


def test_a_rapporteur_raising_allegations_with_a_government_reports_them(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Ilse Marrow raised allegations of torture by the Varnian Interior Ministry with the Government of Varnia."
    )
    assert triples(extraction) == {("Ilse Marrow", "Varnian Interior Ministry", "asserts")}


def test_charges_brought_by_a_prosecutor_that_a_court_acquits_of_are_the_prosecutors_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes acquitted Orrin Feldane of the charges of rape and forcible "
        "transfer as crimes against humanity brought by the Office of the Chief Prosecutor. By majority, the "
        "judges held that the evidence had not established that Feldane ordered the expulsions."
    )
    assert {(a.speaker, a.stance) for a in extraction.allegations if a.accused == "Orrin Feldane"} == {
        ("Permanent Tribunal for Atrocity Crimes", "denies"),
        ("Office of the Chief Prosecutor", "asserts"),
    }


def test_holding_people_without_charge_is_arbitrary_detention_but_a_law_allowing_it_is_not(extract_fictional: Extract) -> None:
    held = extract_fictional(
        "The Ostrel Liberation Front had accused the Varnian government last year of holding more than 2,000 "
        "civilians without charge in military camps."
    )
    assert {(a.accused, a.acts) for a in held.allegations} == {("Republic of Varnia", ("imprisonment",))}
    allowed = extract_fictional(
        "Salvance Medical said that under the new law suspects could be held without charge by the Varnian police "
        "for up to 90 days."
    )
    assert not allowed.allegations


def test_turning_families_into_shields_and_slamming_the_remarks_as_lies(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnian state television quoted Ruta Hesselvane as saying on Friday that fighters of the Ostrel "
        "Liberation Front had turned the schools of Droskel into fortresses and the families inside them into "
        "shields. The Front's spokesman, Casimir Naddo, slammed the remarks as the usual lies of a regime that "
        "bombs its own people."
    )
    assert {(a.accused, a.stance, a.acts) for a in extraction.allegations} >= {
        ("Ostrel Liberation Front", "asserts", ("human_shields",)),
        ("Ostrel Liberation Front", "denies", ("human_shields",)),
    }


def test_asking_a_court_to_order_a_state_to_halt_what_the_asker_calls_genocide(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn asked the Permanent Tribunal for Atrocity Crimes on Thursday to order Varnia to halt what it "
        "called a genocide against the Ostrelians."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Kingdom of Zemaryn", "Republic of Varnia", ("genocide",)),
    }


def test_blaming_a_party_alone_blames_it_for_the_attack_just_told(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Gunmen ambushed a convoy of relief trucks near Droskel on Sunday, killing three drivers, Salvance Medical "
        "said. The charity did not name the attackers. But Ruta Hesselvane blamed the Ostrel Liberation Front, "
        "telling reporters its fighters had stolen food meant for the valley."
    )
    blamed = [a for a in extraction.allegations if a.accused == "Ostrel Liberation Front"]
    assert [(a.stance, a.categories) for a in blamed] == [("asserts", ("ihl_violations",))]


def test_weaponising_access_and_turning_back_convoys_deny_humanitarian_access(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Salvance Medical accused both the Varnian army and the Ostrel Liberation Front of weaponising access, "
        "saying the army had turned back aid convoys at the Droskel crossing for 19 days."
    )
    assert {(a.accused, "denial_of_humanitarian_access" in a.acts) for a in extraction.allegations} == {
        ("Varnian Armed Forces", True),
        ("Ostrel Liberation Front", True),
    }


def test_violations_said_to_exist_are_by_those_the_speaker_just_said_caused_the_harm(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"Most of the civilian deaths we recorded were caused by shelling of towns, mainly by the Tolvaren Guard," '
        "Marit Doravelle said. She stressed that the scale of the ruin showed there had been breaches of "
        "international humanitarian law."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Tolvaren Guard", ("ihl_violations",))}


def test_bearing_no_responsibility_for_a_strike_denies_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "A spokesman for the Varnian Ministry of Defence said its pilots had followed every rule and that the "
        "Varnian Armed Forces bore no responsibility at all for the bombing of the Droskel clinic."
    )
    assert {(a.accused, a.stance) for a in extraction.allegations} == {("Varnian Armed Forces", "denies")}


def test_a_relative_pronoun_held_responsible_stands_for_the_name_it_follows(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane Rights Initiative called for the arrest of Emeric Tavrossi, whom it holds personally "
        "responsible for the torture of prisoners in Droskel. Salvance Medical said the rifles had reached the "
        "Tolvaren Guard, the militia that its own doctors hold responsible for the massacre of 40 farmers."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {
        ("Veridane Rights Initiative", "Emeric Tavrossi"),
        ("Salvance Medical", "Tolvaren Guard"),
    }


def test_a_speaker_after_an_opening_phrase_is_the_subject_not_an_apposition(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "In her report to the Concord of Nations Council on Rights, the special rapporteur on Varnia, Ilse Marrow, "
        "concluded that the treatment of students held by Varnia's security services may amount to the crimes "
        "against humanity of torture and persecution."
    )
    assert {(a.speaker_person or a.speaker, a.accused) for a in extraction.allegations} == {("Ilse Marrow", "Republic of Varnia")}


def test_a_count_sought_by_the_prosecution_is_the_prosecutors_claim_against_the_defendant(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes today issued a warrant of arrest for Emeric Tavrossi, finding "
        "reasonable grounds to believe that he is criminally responsible for the war crime of murder. The judges "
        "declined to include the crime against humanity of extermination sought by the Prosecution, finding the "
        "evidence thin."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Permanent Tribunal for Atrocity Crimes", "Emeric Tavrossi", ("war_crimes",)),
        ("Office of the Chief Prosecutor", "Emeric Tavrossi", ("crimes_against_humanity",)),
    }


def test_applying_for_warrants_for_two_people_and_accusing_both(extract_fictional: Extract) -> None:
    applied = extract_fictional(
        "The Office of the Chief Prosecutor said it had applied for arrest warrants for Guard commander Emeric "
        "Tavrossi and Front spokesman Casimir Naddo over the war crime of taking hostages."
    )
    assert {a.accused for a in applied.allegations} == {"Emeric Tavrossi", "Casimir Naddo"}
    both = extract_fictional(
        "Irenka Valdoss said she had asked judges to issue warrants for Guard commander Emeric Tavrossi and Front "
        "spokesman Casimir Naddo, accusing both of war crimes in the valley."
    )
    assert {a.accused for a in both.allegations} == {"Emeric Tavrossi", "Casimir Naddo"}


def test_striking_only_the_enemys_military_positions_denies_the_attack(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn accused Varnian forces of shelling the market in Droskel. The Varnian Ministry of Defence said its "
        "guns had struck only Zemaryni military positions."
    )
    assert {(a.speaker, a.stance) for a in extraction.allegations} == {
        ("Kingdom of Zemaryn", "asserts"),
        ("Varnian Ministry of Defence", "denies"),
    }


def test_a_decision_to_list_a_movement_as_terrorist_is_the_deciders_accusation(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front on Sunday rejected the Varnian government's decision to list the movement as "
        "a terrorist organisation."
    )
    assert {(a.speaker, a.accused, a.stance, a.categories) for a in extraction.allegations} == {
        ("Republic of Varnia", "Ostrel Liberation Front", "asserts", ("terrorism",)),
        ("Ostrel Liberation Front", "Ostrel Liberation Front", "denies", ("terrorism",)),
    }


def test_a_finding_dismissed_after_its_quoted_label_is_the_object_of_the_dismissal(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'The Varnian Interior Ministry dismissed as "an invention of hostile capitals" the commission\'s finding '
        "that the Varnian Armed Forces had tortured detainees."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} >= {
        ("Varnian Interior Ministry", "Varnian Armed Forces", "denies"),
    }
    assert not [a for a in extraction.allegations if a.speaker == "Varnian Interior Ministry" and a.stance == "asserts"]


def test_those_said_to_have_fabricated_the_claims_are_not_accused_by_the_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane Rights Initiative said detainees had been tortured in the Droskel police station. The Government "
        "of Varnia considers that the claims of torture at the Droskel police station have been fabricated by "
        "foreign-funded groups."
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [(a.speaker, a.accused) for a in denials] == [("Republic of Varnia", "Republic of Varnia")]


def test_the_holder_of_a_mandate_named_after_it_is_the_author_of_the_allegation(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Government of Varnia categorically rejects the allegation of the Special Rapporteur on Ostrelia, Ilse "
        "Marrow, that members of the Serrin Valley Movement were subjected to enforced disappearance."
    )
    claims = [a for a in extraction.allegations if a.stance == "asserts"]
    assert [(a.speaker, a.accused) for a in claims] == [("Ilse Marrow", "Republic of Varnia")]


def test_bare_officials_after_a_government_spoke_are_that_governments(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian government blamed the Ostrel Liberation Front for a car bomb that tore through a bus station "
        "in Droskel on Monday, killing 14 people. Officials called the blast an act of terrorism."
    )
    assert {(a.speaker, a.accused, "terrorism" in a.categories) for a in extraction.allegations} == {
        ("Republic of Varnia", "Ostrel Liberation Front", True),
    }


def test_a_holder_named_right_after_the_office_still_speaks_for_it_as_she(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Concord Commissioner for Human Rights Ilse Marrow told the council on Tuesday that the Tolvaren Guard had "
        "deported villagers from Droskel and looted their grain stores, acts she said were war crimes."
    )
    assert {(a.speaker, a.speaker_person) for a in extraction.allegations} == {
        ("Concord Commissioner for Human Rights", "Ilse Marrow"),
    }


def test_officers_who_beat_or_otherwise_abused_detainees_mistreat_them(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane Rights Initiative said it had found credible evidence that soldiers of the Varnian Armed Forces "
        "beat or otherwise abused detainees during questioning."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Varnian Armed Forces", ("mistreatment_of_detainees",))}


def test_using_grenades_is_the_deed_a_summing_noun_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane Rights Initiative found that Varnian Armed Forces used grenades during the raid on the farm in "
        "which four hostages died, conduct that it said may have violated the right to life."
    )
    assert {(a.speaker, a.accused, a.hedged) for a in extraction.allegations} == {
        ("Veridane Rights Initiative", "Varnian Armed Forces", True),
    }


def test_ill_treatment_while_in_custody_is_the_detaining_powers(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord Monitoring Mission in Ostrelia said it had recorded the cases of dozens of Zemaryni prisoners "
        "who were beaten, subjected to mock executions or refused medical care while in the custody of the "
        "Tolvaren Guard, treatment it described as a serious breach of the laws of war."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {
        ("Concord Monitoring Mission in Ostrelia", "Tolvaren Guard"),
    }


def test_its_forces_in_a_joined_clause_are_the_first_clauses_subjects(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Lucan Terzavi said Varnia had launched an unprovoked war of aggression against Zemaryn, and its forces "
        "continue to commit war crimes, including the deliberate starvation of besieged towns."
    )
    assert {a.accused for a in extraction.allegations} == {"Republic of Varnia"}


def test_a_statements_own_account_of_its_forces_compliance_is_its_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ministry of Foreign Affairs of the Republic of Varnia deplores the latest report of Veridane Rights "
        "Initiative, which treats the victim and the aggressor alike. Varnian Armed Forces strike only legitimate "
        "military targets and have never deliberately attacked a hospital."
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [(a.speaker, a.accused) for a in denials] == [
        ("Ministry of Foreign Affairs of the Republic of Varnia", "Varnian Armed Forces"),
    ]


def test_government_jets_are_the_armed_body_the_passage_names_only_later(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Ostrel Liberation Front said on Sunday that government jets had dropped incendiary bombs on a camp "
        "for displaced families near Droskel, killing 23 people. The Varnian Armed Forces did not respond to a "
        "request for comment."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Ostrel Liberation Front", "Varnian Armed Forces")}


def test_what_it_called_terrorist_riots_is_the_speaker_of_its_own_sentence(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane Rights Initiative said on Friday that the crackdown on the Droskel protests may amount to crimes "
        "against humanity. The Varnian Interior Ministry said nine police officers had been killed in what it "
        'called "terrorist riots" organised by the Serrin Valley Movement.'
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} >= {
        ("Varnian Interior Ministry", "Serrin Valley Movement", ("terrorism",)),
    }


def test_the_two_groups_are_the_authors_of_the_joint_investigation_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "A joint investigation by Veridane Rights Initiative and Salvance Medical documented 212 killings of "
        "civilians in the Droskel hills during the year. The two groups concluded that the Tolvaren Guard had also "
        "raped women held at its checkpoints, acts they said are war crimes."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} >= {
        ("Veridane Rights Initiative", "Tolvaren Guard"),
        ("Salvance Medical", "Tolvaren Guard"),
    }


def test_a_ministrys_troops_are_its_states(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Ministry of Defence on Friday rejected the conclusion of Veridane Rights Initiative that its "
        "troops forcibly removed civilians from Droskel, saying residents had left of their own accord."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Veridane Rights Initiative", "Republic of Varnia", "asserts"),
        ("Varnian Ministry of Defence", "Republic of Varnia", "denies"),
    }
    named = extract_fictional(
        "The Varnian Armed Forces were deployed to Droskel in May. The Varnian Ministry of Defence on Friday "
        "rejected the conclusion of Veridane Rights Initiative that its troops forcibly removed civilians from the town."
    )
    assert {a.accused for a in named.allegations} == {"Varnian Armed Forces"}


def test_strikes_called_war_crimes_after_a_quoted_cleft_are_the_focus_parties(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'Zemaryn denied shelling the town. "It is the Varnian army that has shelled the schools of Droskel for '
        'months," Lucan Terzavi told a news briefing, calling the strikes "war crimes by any measure".'
    )
    named = {(a.speaker, a.accused) for a in extraction.allegations if a.stance == "asserts" and "war_crimes" in a.categories}
    assert named == {("Lucan Terzavi", "Varnian Armed Forces")}


def test_saying_a_state_bore_no_responsibility_for_a_strike_denies_the_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Zemaryn accused Varnia of a war crime over the strike on the Droskel clinic. A Varnian Ministry of Defence "
        'spokesman said all its pilots had followed the rules and that Varnia bore "no responsibility whatsoever" '
        "for the strike."
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [(a.speaker, a.accused) for a in denials] == [("Varnian Ministry of Defence", "Republic of Varnia")]


def test_a_disclaimer_of_responsibility_defends_the_party_it_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Lucan Terzavi accused Varnia of complicity in war crimes by the Tolvaren Guard. Ruta Hesselvane answered "
        "that the Tolvaren Guard bore no responsibility for the market strike."
    )
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert [a.accused for a in denials] == ["Tolvaren Guard"]


def test_a_rejection_and_its_staffs_lack_of_any_role_are_one_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Salvance Medical called for an inquiry into possible war crimes by guards of the Tolvaren Guard. In a "
        'statement, Emeric Tavrossi said the Guard "categorically rejects" the claims and that its staff had "no '
        'custodial role of any kind".'
    )
    assert len([a for a in extraction.allegations if a.stance == "denies"]) == 1


def test_a_charge_the_prosecution_had_not_proved_was_the_prosecutions_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes today convicted Emeric Tavrossi of the war crime of torture. "
        "The Tribunal acquitted him of rape as a crime against humanity, finding that the Prosecution had not proved "
        "beyond reasonable doubt that he knew of the assaults."
    )
    assert ("Office of the Chief Prosecutor", "Emeric Tavrossi", "asserts") in {
        (a.speaker, a.accused, a.stance) for a in extraction.allegations
    }


def test_a_lawyer_named_in_the_next_sentence_urging_a_war_crimes_charge_against_x(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "A lawyer for victims urged the judges of the Permanent Tribunal for Atrocity Crimes on Monday to confirm "
        "every war crimes charge against Emeric Tavrossi. Orrin Feldane, who represents 300 victims, said families "
        "had waited years for this hearing."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Orrin Feldane", "Emeric Tavrossi")}


def test_a_former_head_of_a_body_writes_in_his_own_right(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "In a memoir published this week, Orrin Feldane, who headed the Varnian Interior Ministry until 2024, writes "
        "that the Tolvaren Guard tortured prisoners in Droskel."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Orrin Feldane", "Tolvaren Guard")}


def test_its_authors_are_the_author_of_the_report_just_named(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "A report by the Quorvel Institute for Conflict Law concludes that restrictions on food convoys bound for "
        "the Serrin highlands have pushed 340,000 people into famine. Its authors write that the Varnian army's "
        "pattern of refusals is consistent with starving a population as a method of war."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Quorvel Institute for Conflict Law", "Varnian Armed Forces")}


def test_warrants_for_two_named_people_having_found_grounds_are_the_askers_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Droskel, 3 December - The Office of the Chief Prosecutor today asked the judges to issue warrants of "
        "arrest for Emeric Tavrossi, a commander of the Tolvaren Guard, and Casimir Naddo, a spokesman of the "
        "Ostrel Liberation Front, having found reasonable grounds to believe that each bears criminal "
        "responsibility for the deportation of civilians as a crime against humanity."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {
        ("Office of the Chief Prosecutor", "Emeric Tavrossi"),
        ("Office of the Chief Prosecutor", "Casimir Naddo"),
    }


def test_separatist_fighters_are_the_armed_group_the_passage_names_by_its_name(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnian separatist fighters shelled a crowded ferry landing near Droskel on Sunday, killing nine "
        "civilians, the Zemaryni defence ministry said. The Ostrel Liberation Front, which has fought since 2024 "
        "for the valley's independence, did not respond."
    )
    assert {a["accused"] for a in to_schema(extraction)["allegations"]} == {"Ostrel Liberation Front"}


def test_findings_against_a_party_in_a_bodys_report_are_the_bodys_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The war crimes findings against the Tolvaren Guard in the latest report by the Commission of Inquiry on "
        "Ostrelia rest chiefly on the summary execution of captured soldiers near Droskel."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Commission of Inquiry on Ostrelia", "Tolvaren Guard", ("war_crimes",)),
    }


# --- session 19: repression, communal violence and multilateral voices -------------------------


def test_a_mayor_named_after_her_town_holds_forces_responsible_for_deaths(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The mayor of Halvenmoor, Ilse Marrow, held Quessan forces responsible for the deaths of seven herders "
        "whose bodies were found in a dry riverbed on Monday."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Ilse Marrow", "Quessan Defence Forces", "asserts"),
    }


def test_forces_first_described_are_the_police_the_same_speaker_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Security forces opened fire on marchers in Halvenmoor on Tuesday, killing at least 14 people, according "
        "to Civic Watch International, which accused the Quessan National Police of extrajudicial killings."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "Quessan National Police")}


def test_a_spokesman_insisting_in_a_third_conjunct_that_the_force_acted_lawfully_denies(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International accused the Quessan National Police of killing 14 marchers in Halvenmoor. "
        "Police spokesman Teodor Kalvik put the death toll at six, told reporters that officers had come under "
        "attack, and insisted the force had acted within the law."
    )
    assert ("Quessan National Police", "Quessan National Police", "denies") in {
        (a.speaker, a.accused, a.stance) for a in extraction.allegations
    }


def test_victims_described_as_denied_water_are_no_denial(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Detainees held at a camp outside Halvenmoor described being beaten with cables, forced into stress "
        "positions and denied water, Civic Watch International said in a report that documents 19 cases of "
        "torture by the Quessan National Police."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Civic Watch International", "Quessan National Police", "asserts"),
    }


def test_the_army_telling_the_dead_were_militants_killed_in_a_firefight_denies(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International held Quessan forces responsible for the deaths of seven herders. The army "
        "said the seven were among 12 militants killed in a firefight after ambushing troops."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Civic Watch International", "Quessan Defence Forces", "asserts"),
        ("Quessan Defence Forces", "Quessan Defence Forces", "denies"),
    }


def test_denying_what_another_called_a_massacre_after_an_opening_phrase(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "In a statement posted on its channel and quoted by Lantermere News, the Tolvaren Guard denied carrying "
        "out what Ilse Marrow had called a terrorist massacre at Halvenmoor."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Ilse Marrow", "Tolvaren Guard", "asserts"),
        ("Tolvaren Guard", "Tolvaren Guard", "denies"),
    }


def test_the_foreign_ministers_of_three_states_each_accuse(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The foreign ministers of Morvania, Quessa and Aldressa jointly condemned what they called Zemaryn's war "
        "of aggression against Varnia."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        (state, "Kingdom of Zemaryn", ("aggression",))
        for state in ("Republic of Morvania", "Principality of Quessa", "Kingdom of Aldressa")
    }


def test_air_strikes_carried_out_by_x_on_residential_neighbourhoods(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations General Council condemned air strikes carried out by the Quessan Defence Forces "
        "on residential neighbourhoods of Halvenmoor."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Quessan Defence Forces", ("attacks_on_civilians",))}


def test_two_condemned_deeds_each_with_its_own_doer_keep_their_own_acts(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations General Council condemned the abduction of 12 aid workers by the Tolvaren Guard "
        "and the repeated attacks by Quessan forces on humanitarian convoys."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {
        ("Tolvaren Guard", ("hostage_taking",)),
        ("Quessan Defence Forces", ("attacks_on_protected_objects",)),
    }


def test_some_of_these_attacks_points_at_every_doer_the_list_named(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Irenka Valdoss, who heads the Concord Monitoring Mission in Ostrelia, briefed the Concord of Nations "
        "General Council on Thursday. She cited air strikes by the Quessan Defence Forces on markets in the east, "
        "shelling of villages by the Tolvaren Guard, and bombings by the Dalvor Brigades, and said some of these "
        "attacks may be war crimes."
    )
    assert {a.accused for a in extraction.allegations if "war_crimes" in a.categories} == {
        "Quessan Defence Forces", "Tolvaren Guard", "Dalvor Brigades",
    }


def test_bare_investigators_in_a_chairs_words_are_the_commission_not_its_audience(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Presenting the second report by the Commission of Inquiry on Ostrelia to the Concord of Nations Council on "
        "Rights, its chair, Irenka Valdoss, said investigators had established that the Tolvaren Guard executed "
        "captured soldiers, conduct that amounts to war crimes."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Commission of Inquiry on Ostrelia", "Tolvaren Guard")}


def test_the_organisations_head_of_mission_in_a_country_speaks_for_the_organisation(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Salvance Medical said on Thursday that fighters of the Tolvaren Guard had stormed the district hospital in "
        "Halvenmoor. Attacking medical facilities and killing wounded combatants are war crimes, the organisation's "
        "head of mission in Varnia, Ilse Marrow, said."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Salvance Medical", "Tolvaren Guard")}
    [claim] = [a for a in extraction.allegations if "war_crimes" in a.categories]
    assert "attacks_on_protected_objects" in claim.acts


def test_a_quoted_speaker_is_never_the_accused_of_the_crimes_she_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "(Halvenmoor) - The Dalvor Brigades have forcibly recruited boys as young as 13 from fishing villages, Civic "
        "Watch International said today. The group has also executed at least 12 men it accused of informing. "
        '"Recruiting children and killing captives after sham trials are war crimes, whoever commits them and '
        "whatever cause they claim,\" said Ilse Marrow, Civic Watch's researcher."
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades"}


def test_accusing_a_party_of_arming_terrorists_is_an_accusation_of_terrorism(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Anselm Korradine on Friday accused the Serrin Valley Movement of arming \"foreign-backed terrorists\" who "
        "he said had torched 17 polling stations. Its leader, Ruta Hesselvane, called the charge \"a lie\"."
    )
    assert {(a.speaker, a.accused, a.categories, a.stance) for a in extraction.allegations} == {
        ("Anselm Korradine", "Serrin Valley Movement", ("terrorism",), "asserts"),
        ("Serrin Valley Movement", "Serrin Valley Movement", ("terrorism",), "denies"),  # its leader, for it
    }


def test_an_aside_inside_an_accusation_says_what_the_accused_failed_to_do(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International faulted the Quessan police for failing to protect marchers, which it said "
        "breached the state's human rights obligations."
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Civic Watch International", "Quessan National Police", ("human_rights_violations",)),
    }


def test_raids_on_herders_are_attacks_on_civilians(extract_fictional: Extract) -> None:
    extraction = extract_fictional("Civic Watch International accused the Tolvaren Guard of raids on Zemaryni herders.")
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Tolvaren Guard", ("attacks_on_civilians",))}


def test_target_read_as_a_noun_in_a_rejected_claim_is_the_verb_of_its_clause(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian foreign ministry categorically rejects the claims of the so-called Tolvaren Guard that the "
        "Varnian Armed Forces target civilians."
    )
    assert {(a.speaker, a.accused, a.stance, a.acts) for a in extraction.allegations} == {
        ("Tolvaren Guard", "Varnian Armed Forces", "asserts", ("attacks_on_civilians",)),
        ("Ministry of Foreign Affairs of the Republic of Varnia", "Varnian Armed Forces", "denies", ("attacks_on_civilians",)),
    }


def test_holding_up_aid_convoys_denies_humanitarian_access(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International said the Varnian authorities were deliberately holding up aid convoys at the "
        "Halvenmoor crossing."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Republic of Varnia", ("denial_of_humanitarian_access",))}


def test_its_members_in_a_finding_rejected_by_it_are_the_rejecters_own(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Tolvaren Guard said that it rejected the Concord of Nations' finding that its members raped women "
        "during raids on villages."
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Concord of Nations", "Tolvaren Guard", "asserts"),
        ("Tolvaren Guard", "Tolvaren Guard", "denies"),
    }


def test_evidence_a_judge_found_established_guilt_is_not_the_prosecutors_claim_against_her(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Permanent Tribunal for Atrocity Crimes today acquitted Emeric Tavrossi of the charge of deportation as "
        "a crime against humanity brought against him by the Office of the Chief Prosecutor. In a dissenting "
        "opinion, Judge Irenka Valdoss found that the evidence established his responsibility for the forcible "
        "transfer of at least 3,400 civilians."
    )
    assert "Irenka Valdoss" not in {a.accused for a in extraction.allegations}
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} >= {
        ("Office of the Chief Prosecutor", "Emeric Tavrossi", "asserts"),
        ("Permanent Tribunal for Atrocity Crimes", "Emeric Tavrossi", "denies"),
    }


def test_the_subject_of_whom_it_held_responsible_is_not_the_party_whom_stands_for(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Interior Ministry said the unrest had been the work of foreign-backed gunmen from the "
        "Serrin Valley Movement, whom it held responsible for the killing of nine police officers."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {
        ("Varnian Interior Ministry", "Serrin Valley Movement"),
    }


def test_a_pattern_the_mission_said_amounted_to_a_crime_is_the_deed_told_before_the_comma(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord Monitoring Mission in Ostrelia documented 126 cases in which civilians were detained by the "
        "Quessan police or the Tolvaren Guard and held incommunicado for weeks, a pattern the mission said amounted "
        "to enforced disappearance."
    )
    # (being held incommunicado is also a detention of its own: imprisonment may stand beside it)
    assert {(a.speaker, a.accused, "enforced_disappearance" in a.acts) for a in extraction.allegations} == {
        ("Concord Monitoring Mission in Ostrelia", "Quessan National Police", True),
        ("Concord Monitoring Mission in Ostrelia", "Tolvaren Guard", True),
    }


def test_men_in_police_uniform_are_the_doers_such_practices_point_back_at(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International said it had verified 41 cases in which opposition activists were seized by men "
        "in police uniform and held incommunicado for up to three weeks. Such practices constitute enforced "
        "disappearance, the group said."
    )
    assert {(a.speaker, a.accused, "enforced_disappearance" in a.acts) for a in extraction.allegations} == {
        ("Civic Watch International", "men in police uniform", True),
    }


def test_she_said_inside_an_accusation_leaves_the_accused_to_the_outer_verb(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Tolvaren Guard commander Ilse Marrow accused the Varnian army of holding some 200 farmers in a disused "
        "mine outside the capital, where, she said, many had been tortured."
    )
    assert {(a.speaker, a.accused, "torture" in a.acts) for a in extraction.allegations} == {
        ("Tolvaren Guard", "Varnian Armed Forces", True),
    }


def test_he_said_inside_a_relative_clause_with_its_own_doer_keeps_that_doer(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Varnian President Anselm Korradine accused Zemaryn on Monday of sheltering Serrin Valley Movement commanders "
        "who, he said, had organised the bombing of a crowded bus depot, an act of terrorism."
    )
    accused = {a.accused for a in extraction.allegations}
    assert "Kingdom of Zemaryn" in accused and any(name.startswith("Serrin Valley Movement") for name in accused)


def test_holding_someone_incommunicado_is_detention(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International accused the Tolvaren Guard of holding the photographer Mara Venn incommunicado "
        "since her arrest at a checkpoint in January."
    )
    assert {(a.speaker, a.accused, a.acts) for a in extraction.allegations} == {
        ("Civic Watch International", "Tolvaren Guard", ("imprisonment",)),
    }


def test_it_after_the_group_said_is_the_group(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International condemned the killing of two reporters on Saturday. Five media workers have "
        "been killed in the region this year, the group said. It also accused the Tolvaren Guard of holding a "
        "photographer incommunicado since January."
    )
    assert ("Civic Watch International", "Tolvaren Guard") in {(a.speaker, a.accused) for a in extraction.allegations}


def test_a_platform_named_at_a_sentence_end_does_not_join_the_next_sentence(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The director of Civic Watch International wrote on X. Three reporters have been killed this year, the "
        "group said. It also accused the Tolvaren Guard of holding a photographer incommunicado."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "Tolvaren Guard")}


def test_a_strike_by_a_party_on_journalists_is_an_attack_on_civilians(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International said the drone strike by the Varnian army on journalists near the border "
        "had been deliberate."
    )
    assert {(a.accused, "attacks_on_civilians" in a.acts) for a in extraction.allegations} == {
        ("Varnian Armed Forces", True),
    }


def test_opening_fire_on_a_funeral_procession_is_an_attack_on_civilians(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Veridane Rights Initiative said Varnian forces had opened fire on a funeral procession in the market town."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Varnian Armed Forces", ("attacks_on_civilians",))}


def test_an_admission_of_its_own_soldiers_deed_and_the_denial_it_made_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian army acknowledged on Friday that its soldiers had opened fire on a funeral procession in "
        "the hill town last month, killing 14 mourners, after initially dismissing reports of the shooting as "
        '"rebel propaganda."'
    )
    assert {(a.speaker, a.accused, a.stance) for a in extraction.allegations} == {
        ("Varnian Armed Forces", "Varnian Armed Forces", "asserts"),
        ("Varnian Armed Forces", "Varnian Armed Forces", "denies"),
    }


def test_a_denial_before_an_admission_keeps_the_admitted_deeds_category(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "After a week of insisting the footage was fake, the Tolvaren Guard acknowledged on Thursday that its "
        "fighters had killed seven captured soldiers. The Varnian army called the killings a war crime."
    )
    own = {(a.stance, a.categories) for a in extraction.allegations if a.speaker == "Tolvaren Guard"}
    assert own == {("asserts", ("ihl_violations",)), ("denies", ("ihl_violations",))}


def test_an_earlier_denial_in_an_after_clause_is_the_admitters_not_the_doers(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Interior Ministry acknowledged on Tuesday that Varnian border guards had fired on refugees "
        'crossing the river at night, killing two of them, a week after it had called reports of the shooting "pure invention."'
    )
    assert {(a.speaker, a.stance) for a in extraction.allegations} == {
        ("Varnian Interior Ministry", "asserts"),
        ("Varnian Interior Ministry", "denies"),
    }


def test_an_admission_of_a_lawful_version_with_the_rest_denied_accuses_no_one(extract_fictional: Extract) -> None:
    owned = extract_fictional("The Tolvaren Guard acknowledged that its fighters laid mines on roads used by civilians.")
    assert {(a.speaker, a.accused, a.stance) for a in owned.allegations} == {("Tolvaren Guard", "Tolvaren Guard", "asserts")}
    extraction = extract_fictional(
        "The Tolvaren Guard acknowledged that its fighters laid mines on the army's supply routes "
        "but denied that any had been placed on roads used by civilians."
    )
    assert not [a for a in extraction.allegations if a.stance == "asserts"]


def test_a_rejected_report_of_a_strike_on_a_hospital_named_by_its_own_name(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Ministry of Defence on Tuesday rejected reports that a Varnian army strike had deliberately "
        "targeted Saint Aurel Hospital in the border town."
    )
    assert {(a.speaker, a.stance, a.acts) for a in extraction.allegations} == {
        ("Varnian Ministry of Defence", "denies", ("attacks_on_protected_objects",)),
    }


def test_soldiers_in_uniform_after_by_are_the_doers_as_described(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International said it had collected testimony from 12 women who said they were raped or "
        "sexually assaulted by soldiers in uniform during searches of their homes."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "soldiers in uniform")}


def test_recruiting_a_counted_number_of_children_is_a_violation_of_the_laws_of_war(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations said it had verified the recruitment of at least 112 children by the Tolvaren Guard."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {("Tolvaren Guard", ("ihl_violations",))}


def test_guns_said_to_have_hit_only_barracks_deny_attacking_civilians(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "In a statement, the Tolvaren Guard insisted that its operations over the weekend had hit "
        '"exclusively the barracks, checkpoints and supply lines of the occupying army."'
    )
    assert {(a.speaker, a.accused, a.stance, a.acts) for a in extraction.allegations} == {
        ("Tolvaren Guard", "Tolvaren Guard", "denies", ("attacks_on_civilians",)),
    }


def test_a_garrison_hit_and_nothing_else_denies_attacking_civilians(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'Tolvaren Guard commander Ilse Marrow said her fighters had hit the Varnian garrison with rockets "and nothing else."'
    )
    assert {(a.speaker, a.stance, a.acts) for a in extraction.allegations} == {
        ("Tolvaren Guard", "denies", ("attacks_on_civilians",)),
    }


def test_a_state_named_only_through_its_ministry_is_not_named_as_the_ministry(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        'The Varnian defence ministry said its guns had struck "a rebel ammunition depot and fighting positions," '
        "killing no civilians."
    )
    rows = to_schema(extraction)["allegations"]
    denial = [(r["speaker"], r["accused"]) for r in rows if r["stance"] == "denies"]
    assert denial == [("Varnian defence ministry", "Republic of Varnia")]


def test_an_interview_answer_is_in_the_voice_its_label_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Q (Northwind Radio): Minister, villagers say Varnian soldiers entered the village at night. Were your "
        "units there? DEFENCE MINISTER ANSELM KORRADINE: Our units were conducting a lawful operation, and I reject "
        "completely the claim that they executed civilians. What really happened is that the Tolvaren Guard "
        "murdered its own informers."
    )
    # (whom "they" stands for in the answer is left open: "our units" of a person's voice name no body)
    assert {(a.speaker, a.stance) for a in extraction.allegations} == {("Anselm Korradine", "denies"), ("Anselm Korradine", "asserts")}
    assert {a.accused for a in extraction.allegations if a.stance == "asserts"} == {"Tolvaren Guard"}


def test_an_interview_answer_under_a_role_speaks_for_the_body_the_role_names(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "KELVANE NEWS AGENCY: Your commission visited the camps last month. What did you hear? TEODOR KALVIK, "
        "chair of the Commission of Inquiry on Ostrelia: We interviewed scores of former detainees. The treatment "
        "of detainees by the Varnian army may, in our view, amount to crimes against humanity."
    )
    assert {(a.speaker, a.accused, a.hedged) for a in extraction.allegations} == {
        ("Commission of Inquiry on Ostrelia", "Varnian Armed Forces", True),
    }


def test_a_lone_capitalised_label_is_no_transcript(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "UPDATE: The Tolvaren Guard murdered 12 villagers, Civic Watch International said on Monday."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "Tolvaren Guard")}


def test_a_modal_verb_tagged_a_noun_still_heads_its_clause(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The treatment of detainees by the Varnian army may, in the view of Civic Watch International, amount to "
        "crimes against humanity."
    )
    assert {(a.speaker, a.accused, a.hedged) for a in extraction.allegations} == {
        ("Civic Watch International", "Varnian Armed Forces", True),
    }


def test_deeds_both_of_which_it_described_as_war_crimes_are_the_doers(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Commission of Inquiry on Ostrelia said on Thursday that the Varnian army had committed the crime "
        "against humanity of torture in detention sites, and that the Tolvaren Guard had taken aid workers "
        "hostage and used villagers as human shields, both of which it described as war crimes."
    )
    found = {(a.speaker, a.accused): a.categories for a in extraction.allegations}
    assert "war_crimes" in found[("Commission of Inquiry on Ostrelia", "Tolvaren Guard")]
    assert "war_crimes" not in found[("Commission of Inquiry on Ostrelia", "Varnian Armed Forces")]


def test_gunners_said_to_fire_at_a_rebel_position_deny_attacking_civilians(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "In a statement, the Varnian defence ministry said its gunners had been firing at a rebel mortar position "
        "300 metres from the hospital."
    )
    assert {(a.stance, a.acts) for a in extraction.allegations} == {("denies", ("attacks_on_civilians",))}


def test_it_in_what_it_called_after_a_relative_of_blame_is_the_relatives_antecedent(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "A rocket hit the maternity wing of the town hospital before dawn, killing three people, according to the "
        'Varnian Interior Ministry, which blamed the Tolvaren Guard for what it called "a cowardly terrorist attack '
        'on mothers and infants."'
    )
    assert {(a.speaker, a.accused, "terrorism" in a.categories) for a in extraction.allegations} == {
        ("Varnian Interior Ministry", "Tolvaren Guard", True),
    }


def test_no_armed_group_operating_from_its_soil_denies_harbouring_them(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian foreign ministry accused Zemaryn of sponsoring terrorism by letting the Dalvor Brigades train in "
        "camps near the border. A Zemaryni government spokesman wrote that the accusation was \"a clumsy attempt to "
        "justify the shelling of our villages\" and that no armed group operated from Zemaryni soil."
    )
    denials = {(a.speaker, a.accused, a.categories) for a in extraction.allegations if a.stance == "denies"}
    assert denials == {("Kingdom of Zemaryn", "Kingdom of Zemaryn", ("terrorism",))}


def test_a_party_claiming_it_killed_enemy_soldiers_accuses_no_one(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Tolvaren Guard said in a communiqué that its fighters had destroyed a column of army vehicles and "
        "killed 61 soldiers over the past fortnight."
    )
    assert not extraction.allegations


def test_a_tally_dismissed_as_fantasy_denies_no_accusation(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Tolvaren Guard accused the Varnian army of starving the highlands. Its communiqué claimed that its "
        'fighters had killed 61 soldiers over the past fortnight, figures the Varnian Ministry of Defence dismissed as "fantasy."'
    )
    assert [a for a in extraction.allegations if a.stance == "denies"] == []


def test_quartering_troops_in_schools_and_turning_them_into_barracks_use_protected_places(extract_fictional: Extract) -> None:
    quartered = extract_fictional(
        "Civic Watch International accused the Varnian army of quartering troops in village schools."
    )
    converted = extract_fictional(
        "Civic Watch International said Varnian forces had converted school buildings in Kestra district into "
        "barracks and firing positions."
    )
    for extraction in (quartered, converted):
        assert {(a.accused, a.acts) for a in extraction.allegations} == {("Varnian Armed Forces", ("human_shields",))}


def test_what_a_reporter_asked_whether_someone_believed_is_no_claim(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Asked at the daily briefing whether the Concord of Nations believed Varnian forces had committed war "
        'crimes in the town, its spokesperson said it was "not for this podium to make legal determinations."'
    )
    assert not extraction.allegations


def test_a_call_on_all_parties_to_respect_the_law_is_no_claim_of_compliance(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations General Council on Thursday adopted a statement calling on all parties to the "
        "conflict to respect international humanitarian law and spare medical facilities."
    )
    assert not extraction.allegations


def test_gunmen_on_motorcycles_firing_on_a_vaccine_convoy_are_the_doers_as_described(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Three staff members of Salvance Medical were killed on Monday when gunmen on motorcycles opened fire on a "
        "clearly marked convoy carrying vaccines to the border town, the medical charity said."
    )
    assert {(a.accused, "attacks_on_protected_objects" in a.acts) for a in extraction.allegations} == {
        ("gunmen on motorcycles", True),
    }


def test_grave_violations_against_children_shared_out_among_parties(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International verified 1,317 grave violations against children, of which 912 were attributed "
        "to the Varnian army and 287 to the Tolvaren Guard."
    )
    assert {(a.accused, a.categories) for a in extraction.allegations} == {
        ("Varnian Armed Forces", ("ihl_violations",)),
        ("Tolvaren Guard", ("ihl_violations",)),
    }



def test_a_release_with_capitalised_headings_is_no_interview(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "PRESS RELEASE: The Varnian Interior Ministry categorically rejects the accusations of torture levelled "
        "against the national police by Civic Watch International. NOTES TO EDITORS: The ministry will publish "
        "its own figures next week."
    )
    assert "Press Release" not in {a.speaker for a in extraction.allegations}
    assert ("Varnian Interior Ministry", "denies") in {(a.speaker, a.stance) for a in extraction.allegations}


def test_a_party_listed_for_its_deeds_is_accused_by_the_lists_author(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord of Nations published its annual report on children in armed conflict on Tuesday. Among the "
        "parties added to its annex is the Tolvaren Guard, cited for abductions and sexual violence against girls. "
        "The Dalvor Brigades remain listed for killing and maiming children."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {
        ("Concord of Nations", "Tolvaren Guard"),
        ("Concord of Nations", "Dalvor Brigades"),
    }
    maimed = next(a for a in extraction.allegations if a.accused == "Dalvor Brigades")
    assert "attacks_on_civilians" in maimed.acts


def test_an_annex_that_keeps_a_party_on_its_list_accuses_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Interior Ministry rejected the annex of the Concord of Nations report. The same annex keeps "
        "the Dalvor Brigades on the list for abducting children."
    )
    assert ("Concord of Nations", "Dalvor Brigades", "asserts") in {
        (a.speaker, a.accused, a.stance) for a in extraction.allegations
    }


def test_a_listing_names_its_lister_only_through_an_agent(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades, cited by Civic Watch International for abductions and torture, did not respond."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "Dalvor Brigades")}


def test_shares_of_what_the_sentence_before_counted(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Concord monitors verified 1,317 cases of sexual violence in Ostrelia last year, Marit Doravelle of the "
        "Commission of Inquiry on Ostrelia told the council. Of those, 912 were attributed to the Dalvor Brigades "
        "and 287 to the Tolvaren Guard, she said."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {
        ("Dalvor Brigades", ("rape_sexual_violence",)),
        ("Tolvaren Guard", ("rape_sexual_violence",)),
    }


def test_a_reduced_share_of_a_count_is_laid_at_each_party(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International recorded 622 incidents of denial of humanitarian access, 401 of them attributed "
        "to the Dalvor Brigades and 221 to the Tolvaren Guard."
    )
    assert {a.accused for a in extraction.allegations} == {"Dalvor Brigades", "Tolvaren Guard"}


def test_disappearances_carried_out_by_a_police_force(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International found that the disappearances were carried out by the Quessan National Police."
    )
    assert {(a.accused, a.acts) for a in extraction.allegations} == {("Quessan National Police", ("enforced_disappearance",))}


def test_migrants_lost_at_sea_are_no_disappearances(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International said the Varnian navy was responsible for disappearances at sea of migrants."
    )
    assert not any("enforced_disappearance" in a.acts for a in extraction.allegations)


def test_cases_registered_by_a_pair_then_attributed_by_the_two_groups(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Of the 1,128 disappearances registered by Civic Watch International and the Veridane Rights Initiative "
        "since the war began, the two groups attribute 804 to Varnian state forces, chiefly military intelligence, "
        "and 211 to the Dalvor Brigades."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {
        (speaker, accused)
        for speaker in ("Civic Watch International", "Veridane Rights Initiative")
        for accused in ("Republic of Varnia", "Dalvor Brigades")
    }


def test_the_practice_a_concluding_clause_names_is_the_deed_told(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Tolvaren Guard held 214 people in secret sites, Civic Watch International said, concluding that the "
        "practice amounted to enforced disappearance."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "Tolvaren Guard")}


def test_a_clause_told_to_an_audience_is_not_the_audiences(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "KESTRA, June 26 (Lantermere News) - Quessa's ambassador, Teodor Kalvik, told the same session that the "
        "Quessan Defence Forces \"bear no responsibility\" for the deaths of children in Kestra, which he blamed on "
        "Dalvor Brigades fighters."
    )
    assert ("Principality of Quessa", "Quessan Defence Forces", "denies") in {
        (a.speaker, a.accused, a.stance) for a in extraction.allegations
    }


def test_the_deed_an_accuser_blames_which_it_calls_a_crime(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Tolvaren Guard blamed the Dalvor Brigades' siege of Kestra, which it said amounted to collective "
        "punishment, for the deaths of 37 children."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Tolvaren Guard", "Dalvor Brigades")}


def test_a_plural_noun_opening_a_quote_is_no_person(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International accused the Tolvaren Guard of shelling schools in Kestra. \"Strikes of this kind "
        "may amount to war crimes,\" said Marit Doravelle, the group's director."
    )
    assert "Strikes" not in {a.accused for a in extraction.allegations}


def test_a_ministry_named_by_another_portfolio_is_another_ministry(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "At least 19 people were killed when a bomb exploded in the covered market of Kestra, the Ombrevik Health "
        "Ministry said. The interior ministry blamed the Dalvor Brigades for what it called a terrorist attack on "
        "shoppers."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("interior ministry", "Dalvor Brigades")}


def test_the_paramilitary_force_is_the_armed_body_named_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Interior Ministry denied that Tolvaren Guard units had burned villages in the Kestra valley. "
        "Civic Watch International said last week that the paramilitary force had torched at least 380 homes."
    )
    assert ("Civic Watch International", "Tolvaren Guard", "asserts") in {
        (a.speaker, a.accused, a.stance) for a in extraction.allegations
    }


def test_atrocities_said_to_be_manufactured_are_no_claim_of_atrocities(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        '"Zemaryn is paying foreign NGOs to manufacture atrocities," the Varnian Interior Ministry said.'
    )
    assert not extraction.allegations


def test_a_nationality_inside_a_civic_bodys_name_is_that_body(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian Red Lantern Society said eight of its volunteers were missing and accused the Dalvor Brigades "
        "of looting food stocks from the camp's warehouse."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Varnian Red Lantern Society", "Dalvor Brigades")}


def test_a_breach_of_a_protection_the_laws_of_war_give(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Salvance Medical called the Varnian army's bombing of the maternity ward \"a flagrant breach of the "
        'protection that hospitals enjoy under the laws of war".'
    )
    assert {(a.speaker, a.accused, a.categories) for a in extraction.allegations} == {
        ("Salvance Medical", "Varnian Armed Forces", ("ihl_violations",)),
    }


def test_the_strike_said_to_be_indiscriminate_is_the_strike_told_before(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Varnian army said on Tuesday that its strike on a former granary in Kestra had destroyed a command "
        "post. Civic Watch International said the strike appeared to have been indiscriminate."
    )
    assert ("Civic Watch International", "Varnian Armed Forces") in {(a.speaker, a.accused) for a in extraction.allegations}


def test_an_incident_told_before_that_merely_happens_accuses_no_one_anew(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International said the killing of 40 villagers by the Dalvor Brigades was a crime against "
        "humanity. Survivors described gunmen separating out the men before the killing began."
    )
    assert {a.speaker for a in extraction.allegations} == {"Civic Watch International"}


def test_firing_at_a_hospital_named_by_its_town(extract_fictional: Extract) -> None:
    accused = extract_fictional(
        "The Varnian Ministry of Defence said the Dalvor Brigades had shelled Kestra's children's hospital."
    )
    denied = extract_fictional("The Dalvor Brigades denied firing at the hospital.")
    assert {(a.accused, a.stance, a.acts) for a in (*accused.allegations, *denied.allegations)} == {
        ("Dalvor Brigades", "asserts", ("attacks_on_protected_objects",)),
        ("Dalvor Brigades", "denies", ("attacks_on_protected_objects",)),
    }


def test_a_limit_of_evidence_after_a_semicolon_keeps_the_denial_before_it(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Dalvor Brigades denied firing at the hospital and said the shells had come from Varnian army "
        "positions; we were unable to establish who fired them."
    )
    assert ("Dalvor Brigades", "Dalvor Brigades", "denies") in {
        (a.speaker, a.accused, a.stance) for a in extraction.allegations
    }


def test_an_agent_the_parser_hung_on_the_victims_is_the_deeds(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "Civic Watch International condemns the abduction of at least 40 residents of Kestra and nearby villages "
        "by the Tolvaren Guard since August."
    )
    assert {(a.speaker, a.accused) for a in extraction.allegations} == {("Civic Watch International", "Tolvaren Guard")}


def test_the_person_speaking_for_a_body_is_not_its_accused(extract_fictional: Extract) -> None:
    extraction = extract_fictional(
        "The Concord Commissioner for Human Rights, Marit Doravelle, said on Tuesday that the Varnian army's mass "
        "arrests of men in the capital were possibly a form of collective punishment. Doravelle urged both sides "
        "to give independent monitors access to every place of detention."
    )
    assert {a.accused for a in extraction.allegations} == {"Varnian Armed Forces"}
