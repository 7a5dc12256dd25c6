"""Entity mentions from a parsed document: gazetteer matches first, then spaCy's NER, then
the refinement rules of ``kg.extract.refine`` in the order ``refine_entities`` runs them."""

from __future__ import annotations

import dataclasses

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.front_words import names_cut_at_the_front
from kg.extract.gazetteer import Gazetteer, Roles
from kg.extract.joined_firms import firms_joined_by_trades, names_joined_by_and
from kg.extract.kind_names import names_after_kinds
from kg.extract.loose_tails import names_cut_at_verb_to, names_without_loose_tails
from kg.extract.named_firms import firms_after_nouns
from kg.extract.named_places import places_named_elsewhere
from kg.extract.organised import organised_names
from kg.extract.parent_firms import firms_before_parents
from kg.extract.refine.agreement_keys import _agreements
from kg.extract.refine.agreement_names import (
    _agreement_edges,
    _known_as,
    _long_agreements,
    _named_in_relative_clause,
    _named_operations,
    _names_in_lower_case,
    _names_signed,
    _open_regions,
    _place_declarations,
    _purchase_orders,
    _resolutions,
    _short_agreement_names,
    _signed_packages,
    _titled_agreements,
)
from kg.extract.refine.bodies import (
    _administrations,
    _bare_ministries,
    _bare_missions,
    _bodies_after_the,
    _bodies_ending_in_places,
    _bodies_in_regions,
    _bodies_of_listed,
    _cause_names,
    _cued_bodies,
    _modifiers_before_demonyms,
    _names_before_owners,
    _names_cut_at_demonyms,
    _names_with_lower_heads,
    _names_with_unit_heads,
    _national_societies,
    _nested_names,
    _party_names,
    _possessed_bodies,
    _regional_governments,
    _shared_states,
    _state_agencies,
    _state_qualified_speakers,
    _sub_bodies,
)
from kg.extract.refine.class_names import coordinated_class_names, hyphened_class_names
from kg.extract.refine.deployed_services import deployed_services
from kg.extract.refine.firms import (
    _company_lists,
    _described_firms,
    _firms_named_like_kinds,
    _firms_taken_for_people,
    _firms_throughout,
    _makers_by_agent,
    _outlets_and_companies,
    _outlets_by_last_words,
    _sellers_taken_for_weapons,
    _the_demonym_outlets,
)
from kg.extract.refine.forces import (
    _armed_group_names,
    _bare_services,
    _battalions_of_regiments,
    _cited_services,
    _coordinated_services,
    _described_owners_services,
    _forces_abroad,
    _group_branches,
    _groups_by_noun,
    _groups_of_members,
    _military_officials,
    _movements_by_description,
    _named_groups,
    _national_police,
    _numbered_units,
    _pronoun_services,
    _regiments,
    _speaking_movements,
    _speaking_police,
    _speaking_services,
    _units_named_by_kinds,
    _voiced_services,
)
from kg.extract.refine.headlines import (
    HEADLINE_NAMES,
    _dateline_agencies,
    _dateline_agreements,
    _dateline_places,
    _government_seats,
    _headline_labels_from_body,
    _headline_names_below,
    _line_openers_named_below,
)
from kg.extract.refine.led_states import speaking_coalitions, states_before_led
from kg.extract.refine.maker_models import makers_as_aircraft, makers_of_numbered_models
from kg.extract.refine.mentions import mention_of
from kg.extract.refine.modifier_capitals import modifier_capitals
from kg.extract.refine.name_pieces import joined_name_pieces
from kg.extract.refine.names import (
    _acronyms,
    _arabic_article_names,
    _bracketed_names,
    _cut_names,
    _cut_short,
    _generic_capitals,
    _hyphen_joined,
    _izafe_names,
    _listed_names,
    _names_across_and,
    _names_of_modifiers,
    _names_past_prepositions,
    _names_through_hyphens,
    _names_through_links,
    _not_names,
    _org_head_names,
    _qualified_names,
    _short_names,
    _stated_classes,
)
from kg.extract.refine.numbered_names import numbered_names
from kg.extract.refine.one_class import names_typed_elsewhere
from kg.extract.refine.people import (
    _described_people,
    _listed_surnames,
    _monarchs,
    _names_after_titles,
    _names_ending_in_places,
    _offices,
    _okina_names,
    _people_after_titles,
    _people_by_cues,
    _people_by_role,
    _people_by_who,
    _people_in_apposition,
    _people_leading_bodies,
    _people_listed_with_people,
    _people_of_states,
    _portfolios_in_titles,
    _pronoun_offices,
    _split_names_after_titles,
    _split_people,
    _surnames_as_people,
    _titled_names,
    _titles_across,
    _titles_in_names,
    _untagged_described_people,
    _untagged_surnames,
)
from kg.extract.refine.place_names import (
    _based_places,
    _bloc_words,
    _capital_airports,
    _compass_countries,
    _compass_regions,
    _coordinated_before_place_noun,
    _coordinated_places,
    _era_demonyms,
    _ethnic_demonyms,
    _features_of_places,
    _framed_places,
    _headed_places,
    _joined_members,
    _joined_places,
    _language_demonyms,
    _listed_towns,
    _named_facilities,
    _named_features,
    _names_listed_with_places,
    _natural_features,
    _places,
    _places_across_particles,
    _places_around_states,
    _places_by_cue,
    _places_in_places,
    _places_listed,
    _places_named_as_people,
    _places_taken_for_people,
    _qualified_towns,
    _seat_venues,
    _shared_heads,
    _state_zones,
    _states_named_features,
    _stations,
    _stormed_places,
    _subdivision_qualifiers,
    _town_states,
    _towns_of_other_states,
)
from kg.extract.refine.place_tails import places_run_on
from kg.extract.refine.possessors import leaders_of_bodies
from kg.extract.refine.renamed_ships import (
    _formerly_named_ships,
    _renamed_ship_lists,
    _ships_as_the,
    _ships_under_new_names,
)
from kg.extract.refine.ships import (
    _bare_ship_names,
    _civil_ships,
    _class_short_forms,
    _former_ship_names,
    _ship_classes,
    _ships_and_models,
    _warship_anaphors,
)
from kg.extract.refine.spans import POSSESSIVE, _headline, _replace, _roles, _without_overlaps
from kg.extract.refine.system_names import weapon_system_names
from kg.extract.refine.typed_services import services_before_types
from kg.extract.refine.weapons import (
    _aircraft_taken_for_names,
    _bare_kinds,
    _bomber_people,
    _calibre_anaphors,
    _combatant_fighters,
    _coordinated_weapons,
    _counted_kind_anaphors,
    _designations,
    _equipment,
    _equipment_models,
    _headline_weapons,
    _hyphened_kinds,
    _kind_anaphors,
    _kinds_named_elsewhere,
    _listed_system,
    _made_systems,
    _models_before_kinds,
    _named_kinds,
    _names_before_heads,
    _names_listed_with_weapons,
    _not_weapons,
    _numbered_models,
    _numbered_systems,
    _plural_systems,
    _popular_names,
    _predicated_kinds,
    _ranked_kinds,
    _system_kind_heads,
    _system_with_kind,
    _systems_named_alone,
    _types_before_kind,
    _untagged_names_before_heads,
    _variant_blocks,
    _verb_kinds,
    _verb_weapons,
    _weapon_names,
    _weapon_owners,
)
from kg.extract.state_firsts import names_first_before_states
from kg.extract.state_fronts import names_opened_by_states
from kg.extract.state_sellers import state_sellers
from kg.extract.state_tails import names_ending_in_states
from kg.extract.titled import titled_form
from kg.extract.tokens import text_of, where
from kg.heap import paused_gc
from kg.model import Mention

# --------------------------------------------------------------------------- refinement
# A pipeline component after spaCy's NER (kg/extract/nlp.py adds it) corrects entity spans with
# rules that need the gazetteer: agencies of a state, titles before names, bare title words, and
# generic agreement phrases resolved against the states the sentence names.
# The rules live in kg/extract/refine/, one module per family; the order below is theirs.


def refine_entities(doc: Doc, gaz: Gazetteer) -> Doc:
    """Apply the refinement rules to ``doc.ents`` in place (longer spans win)."""
    ents = list(doc.ents)
    if not ents:
        return doc
    ents = _listed_names(doc, ents, gaz)
    ents = _names_through_hyphens(doc, ents)
    ents = _civil_ships(doc, ents, gaz.roles)
    ents = _equipment_models(doc, ents, gaz.roles)
    ents = _weapon_owners(doc, ents, gaz)
    ents = _cut_names(doc, ents, gaz)
    ents = _compass_regions(doc, ents, gaz.roles)
    ents = _names_past_prepositions(doc, ents)
    ents = _names_through_links(doc, ents, gaz.roles)
    # (after ``_names_through_links``: "<firm> and | <Engineers>" goes on, a dangling "and" ends)
    ents = names_cut_at_verb_to(doc, ents)
    ents = names_without_loose_tails(doc, ents, gaz.roles)
    ents = _based_places(doc, ents)
    ents = _numbered_models(doc, ents, gaz.roles)
    ents = _listed_surnames(doc, ents, gaz)
    ents = _split_people(doc, ents)
    ents = _okina_names(doc, ents)  # "Tauaika 'Uta'atu" (h-rep132)
    ents = _cut_short(doc, ents, gaz)
    # "Juan Alberto | Melgar | Castro": the surname that _cut_short took back to an untagged
    # word now touches the given names (d579)
    ents = _split_people(doc, ents)
    # "near <Town> West High School": an unlisted place NER cut before its untagged last words
    ents = places_run_on(doc, ents, gaz)
    # "the <X> Airborne Warfare System": a weapon's name NER took for a body
    ents = weapon_system_names(doc, ents, gaz.roles)
    # "Ana Reyes's Unity League": the leader before the possessive, the party after it
    ents = leaders_of_bodies(doc, ents, gaz)
    ents = _names_before_heads(doc, ents, gaz.roles)
    ents = _untagged_names_before_heads(doc, ents, gaz)
    ents = _combatant_fighters(doc, ents, gaz)
    ents = hyphened_class_names(doc, ents)
    ents = coordinated_class_names(doc, ents)
    ents = _weapon_names(doc, ents, gaz)
    ents = _coordinated_weapons(doc, ents, gaz)
    ents = _names_listed_with_weapons(doc, ents, gaz.roles)
    ents = _designations(doc, ents, gaz)
    ents = _long_agreements(doc, ents, gaz.roles, _open_regions(gaz))
    ents = _agreement_edges(doc, ents, gaz.roles)
    ents = _names_signed(doc, ents)
    ents = _titled_agreements(doc, ents, gaz.roles, gaz.signing_verbs)
    ents = _names_in_lower_case(doc, ents)
    ents = _short_agreement_names(ents, gaz.roles)
    ents = _sub_bodies(doc, ents, gaz.roles)
    ents = _ships_and_models(doc, ents, gaz.roles)
    ents = _known_as(doc, ents, gaz.roles)
    ents = _named_in_relative_clause(doc, ents, gaz.roles)
    ents = _named_operations(doc, ents, gaz.roles)
    ents = _named_kinds(doc, ents, gaz)
    ents = _numbered_systems(doc, ents, gaz)
    ents = _models_before_kinds(doc, ents, gaz)
    ents = _headline_weapons(doc, ents, gaz)
    ents = _plural_systems(doc, ents, gaz)
    ents = _system_with_kind(doc, ents, gaz)
    ents = _system_kind_heads(doc, ents, gaz)
    ents = _kind_anaphors(doc, ents, gaz)
    ents = _predicated_kinds(doc, ents, gaz)
    ents = _counted_kind_anaphors(doc, ents, gaz)
    ents = _calibre_anaphors(doc, ents, gaz)  # "the 155mm guns" after a named howitzer
    ents = _hyphened_kinds(doc, ents)
    ents = _popular_names(doc, ents)
    ents = _kinds_named_elsewhere(doc, ents, gaz)
    ents = _warship_anaphors(doc, ents, gaz)
    ents = _made_systems(doc, ents, gaz.roles)
    ents = _types_before_kind(doc, ents, gaz)
    ents = _systems_named_alone(doc, ents, gaz)
    ents = _bare_kinds(doc, ents, gaz)
    ents = _ranked_kinds(doc, ents, gaz)
    ents = _resolutions(ents)
    ents = _titles_across(doc, ents, gaz.roles)
    ents = _titled_names(doc, ents, gaz.roles)
    ents = _people_after_titles(doc, ents, gaz.roles)
    ents = _split_names_after_titles(doc, ents, gaz.roles)
    ents = _described_people(doc, ents, gaz.roles)
    ents = _untagged_described_people(doc, ents, gaz.roles)
    ents = _people_in_apposition(doc, ents, gaz.roles)
    ents = _people_by_who(doc, ents, gaz.roles)
    ents = _people_listed_with_people(doc, ents, gaz.roles)
    ents = _people_by_cues(doc, ents, gaz.roles)
    ents = _people_leading_bodies(doc, ents, gaz)
    ents = _names_after_titles(doc, ents, gaz.roles)
    ents = _monarchs(doc, ents, gaz.roles)
    ents = _towns_of_other_states(ents, gaz.roles)
    ents = _qualified_towns(doc, ents, gaz)
    ents = _places(doc, ents, gaz.roles)
    ents = _listed_towns(doc, ents)
    ents = _coordinated_places(doc, ents, gaz.roles)
    ents = _names_listed_with_places(doc, ents, gaz.roles)
    ents = _joined_members(doc, ents, gaz)
    ents = _joined_places(doc, ents, gaz)
    ents = _states_named_features(doc, ents, gaz.roles)
    ents = _places_across_particles(doc, ents, gaz.roles)
    ents = _headed_places(doc, ents, gaz.roles)
    ents = _coordinated_before_place_noun(doc, ents, gaz.roles)
    ents = _natural_features(doc, ents, gaz.roles)
    ents = _features_of_places(doc, ents, gaz.roles)
    ents = _named_features(doc, ents, gaz.roles)
    ents = _named_facilities(doc, ents, gaz.roles)
    ents = _stations(doc, ents, gaz.roles)
    ents = _capital_airports(doc, ents, gaz)
    ents = _state_zones(doc, ents, gaz.roles)
    ents = _town_states(doc, ents, gaz.roles)
    ents = _stormed_places(doc, ents, gaz.roles)
    ents = _seat_venues(doc, ents, gaz.roles)
    ents = _names_ending_in_places(doc, ents)
    ents = _bodies_ending_in_places(doc, ents, gaz.roles)
    ents = _untagged_surnames(doc, ents, gaz.roles)
    ents = _people_of_states(doc, ents, gaz.roles)
    ents = _places_listed(doc, ents, gaz)
    ents = _regiments(doc, ents, gaz.roles)
    ents = _units_named_by_kinds(doc, ents, gaz.roles)
    ents = _state_agencies(doc, ents, gaz.roles, _shared_states(ents, gaz))
    ents = state_sellers(doc, ents, gaz.roles)
    ents = _regional_governments(doc, ents, gaz)
    ents = _bare_ministries(doc, ents, gaz.roles)
    ents = _party_names(doc, ents, gaz.roles)
    ents = _possessed_bodies(doc, ents, gaz.roles)
    ents = _bare_missions(doc, ents, gaz.roles)
    ents = _described_owners_services(doc, ents, gaz.roles)
    ents = _bare_services(doc, ents, gaz.roles)
    ents = _coordinated_services(doc, ents, gaz.roles)
    ents = _cited_services(doc, ents, gaz.roles)
    ents = _speaking_services(doc, ents, gaz.roles)
    ents = _voiced_services(doc, ents, gaz.roles)
    ents = _national_police(doc, ents, gaz)
    ents = _speaking_police(doc, ents, gaz.roles)
    ents = _military_officials(doc, ents, gaz)
    ents = _nested_names(doc, ents, gaz.roles)
    ents = _state_qualified_speakers(doc, ents, gaz.roles)
    ents = _bodies_of_listed(doc, ents, gaz.roles)
    ents = _forces_abroad(doc, ents, gaz.roles)
    ents = _outlets_and_companies(doc, ents, gaz.roles)
    ents = _outlets_by_last_words(doc, ents, gaz.roles)
    ents = _the_demonym_outlets(doc, ents, gaz)
    ents = _replace(ents, names_ending_in_states(doc, ents))
    ents = _replace(ents, names_opened_by_states(doc, ents, gaz))
    ents = _replace(ents, names_first_before_states(doc, ents, gaz.roles))
    ents = _sellers_taken_for_weapons(doc, ents, gaz)
    ents = _makers_by_agent(doc, ents, gaz.roles)
    ents = _company_lists(doc, ents, gaz.roles)
    ents = _firms_taken_for_people(doc, ents, gaz)
    ents = _described_firms(doc, ents, gaz.roles)
    ents = _replace(ents, firms_after_nouns(doc, ents, gaz.roles))
    ents = _replace(ents, firms_before_parents(doc, ents, gaz.roles))
    ents = _replace(ents, names_joined_by_and(doc, ents))
    ents = _replace(ents, firms_joined_by_trades(doc, ents, gaz.roles))
    ents = _cause_names(doc, ents, gaz.roles)
    ents = _names_across_and(doc, ents, gaz.roles)
    ents = _hyphen_joined(doc, ents)
    ents = _arabic_article_names(doc, ents, gaz.roles)
    ents = _izafe_names(doc, ents, gaz.roles)
    ents = _places_in_places(doc, ents, gaz.roles)
    ents = _framed_places(doc, ents, gaz.roles)
    ents = _org_head_names(doc, ents, gaz.roles)
    ents = _bodies_in_regions(doc, ents, gaz.roles)
    ents = _names_cut_at_demonyms(doc, ents, gaz)
    ents = _names_before_owners(doc, ents, gaz.roles)
    ents = _named_groups(doc, ents, gaz.roles)
    ents = _names_with_lower_heads(doc, ents, gaz.roles)
    ents = _names_with_unit_heads(doc, ents, gaz)
    ents = _cued_bodies(doc, ents, gaz.roles)
    ents = _modifiers_before_demonyms(doc, ents, gaz.roles)
    ents = _groups_by_noun(doc, ents, gaz.roles)
    ents = _groups_of_members(doc, ents, gaz.roles)
    ents = _armed_group_names(doc, ents, gaz)
    ents = _compass_countries(doc, ents, gaz.roles)
    ents = _places_around_states(doc, ents)
    ents = _equipment(ents, gaz.roles, frozenset(
        e.start for e in ents if e.label_ == "Weapon" and _listed_system(e, gaz)))
    ents = _not_weapons(doc, ents, gaz.roles)
    # (after ``_equipment``, ``_not_weapons``: a transport's type is no weapon, E5)
    ents = services_before_types(doc, ents, gaz.roles)
    ents = deployed_services(doc, ents, gaz)
    ents = _era_demonyms(doc, ents, gaz.roles)
    ents = _short_names(doc, ents, gaz.roles)
    ents = _people_by_role(doc, ents, gaz.roles)
    ents = _titles_in_names(doc, ents, gaz.roles)
    ents = _surnames_as_people(doc, ents, gaz.roles)
    ents = _okina_names(doc, ents)  # "'Etuate Lavulavu", "Tauaika 'Uta'atu" (h-rep132)
    ents = _offices(doc, ents, gaz.roles)
    ents = _pronoun_offices(doc, ents, gaz.roles)
    ents = _portfolios_in_titles(doc, ents, gaz)
    ents = _pronoun_services(doc, ents, gaz.roles)
    ents = _national_societies(doc, ents, gaz.roles)
    ents = _bodies_after_the(doc, ents, gaz.roles)
    ents = _not_names(ents, gaz.roles)
    ents = _administrations(doc, ents, gaz.roles)
    ents = _firms_named_like_kinds(doc, ents, gaz.roles)
    ents = _firms_throughout(doc, ents, gaz.roles)
    ents = _bloc_words(doc, ents, gaz.roles)
    ents = _dateline_places(doc, ents, gaz)
    ents = _government_seats(doc, ents, gaz)
    ents = _places_named_as_people(doc, ents)
    ents = _places_by_cue(doc, ents, gaz.roles)
    ents = _places_taken_for_people(doc, ents, gaz)
    ents = _numbered_units(doc, ents, gaz.roles)
    ents = _battalions_of_regiments(doc, ents, gaz.roles)
    ents = _dateline_agencies(doc, ents)
    ents = _variant_blocks(doc, ents, gaz.roles)
    ents = _bracketed_names(doc, ents)
    ents = _qualified_names(doc, ents)
    ents = _names_of_modifiers(doc, ents, gaz.roles)
    ents = _signed_packages(doc, ents, gaz.roles)
    ents = _purchase_orders(doc, ents, gaz.roles)
    ents = _place_declarations(doc, ents, gaz.roles, gaz.signing_verbs)
    ents = _ship_classes(doc, ents, gaz)
    ents = _class_short_forms(doc, ents, gaz.roles)
    ents = _bare_ship_names(doc, ents, gaz.roles)
    ents = _former_ship_names(doc, ents)
    ents = _renamed_ship_lists(doc, ents, gaz.roles)
    ents = _formerly_named_ships(doc, ents, gaz.roles)
    ents = _ships_under_new_names(doc, ents, gaz.roles)
    ents = _ships_as_the(doc, ents, gaz.roles)
    ents = numbered_names(doc, ents)
    ents = makers_of_numbered_models(doc, ents)
    ents = makers_as_aircraft(doc, ents, gaz.roles)
    ents = states_before_led(doc, ents, gaz)
    ents = speaking_coalitions(doc, ents)
    ents = _verb_kinds(ents)
    ents = _verb_weapons(ents)
    ents = _bomber_people(doc, ents, gaz.roles)
    ents = _generic_capitals(ents, gaz.roles)
    ents = modifier_capitals(doc, ents, gaz)
    ents = _movements_by_description(doc, ents, gaz.roles)
    ents = _speaking_movements(doc, ents, gaz.roles)
    ents = _line_openers_named_below(doc, ents)
    ents = _group_branches(doc, ents, gaz.roles)
    ents = _shared_heads(doc, ents, gaz)
    ents = places_named_elsewhere(doc, ents)
    ents = _language_demonyms(doc, ents, gaz.roles)
    ents = _ethnic_demonyms(doc, ents, gaz)
    ents = _subdivision_qualifiers(doc, ents, gaz)
    ents = _headline_labels_from_body(ents)
    # again: rules after the first pass run names on ("Operation <name> in October")
    ents = names_without_loose_tails(doc, ents, gaz.roles)
    if front := names_cut_at_the_front(doc, ents, gaz, _headline):
        ents = _replace(ents, front)
    # again: rules after the first pass add unlisted places of their own ("in Schleswig")
    ents = _names_through_hyphens(doc, ents)
    # last of the people: one person's name NER cut into touching pieces is one Person
    ents = joined_name_pieces(doc, ents, gaz)
    # after every rule that runs a name on: "Royal Australian Air Force Hercules planes"
    ents = _aircraft_taken_for_names(doc, ents, gaz.roles)
    kept = _without_overlaps(_dateline_agreements(
        doc, _acronyms(doc, _agreements(doc, ents, gaz), gaz.roles), gaz.roles))
    kept = _stated_classes(doc, kept, gaz)
    kept = organised_names(doc, kept, gaz)
    kept = names_after_kinds(doc, kept, gaz.roles)
    # last: every rule that types a name has run, so its class reaches NER's bare mentions of it
    kept = names_typed_elsewhere(doc, kept, gaz.roles)
    doc.ents = kept
    # what reading ``doc.ents`` back would give (the same bounds, labels and ids; an unlabelled
    # span is no entity), without a Span made per entity again
    doc.user_data[HEADLINE_NAMES] = _headline_names_below([e for e in kept if e.label])
    return doc


ERROR_KEY = "kg_error"  # Doc.user_data key: why kg's components gave up on a text


class EntityRefiner:
    """The spaCy component: ``refine_entities`` with the gazetteer it was given."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None:
            return doc
        try:
            # ~200 rules make and drop thousands of Spans, Tokens and lists per article, none
            # in a cycle (refcounting frees them): the collector's passes that their churn set
            # off found nothing, and took a twentieth of the component's time
            with paused_gc():
                return refine_entities(doc, self.gazetteer)
        except Exception as exc:  # one odd text must not stop the batch: the runner skips it
            doc.user_data[ERROR_KEY] = f"entity refinement: {type(exc).__name__}: {exc}"
            return doc


def extract_mentions(
    doc: Doc, doc_id: str, offset: int = 0, ignore: frozenset[str] = frozenset()
) -> list[Mention]:
    """All entity mentions of ``doc``, in text order; offsets shifted by ``offset``.

    ``ignore``: lower-case names that are never entities (web furniture, platforms).
    """
    out = []
    roles = _roles()
    for ent in doc.ents:
        m = mention_of(ent, doc_id, offset, ignore, roles)
        if m is None:
            continue
        person = _office_holder(ent, roles) if m.cls == "Agency" else None
        if person is not None:  # the person stays named ("Conte" later is this one); the
            held = mention_of(person, doc_id, offset, ignore, roles)  # office, after it, speaks
            out.extend([held] if held is not None else [])
        out.append(m)
    return _titled_people(doc, _sole_title_holders(doc, out, offset, roles), offset, roles)


def _titled_people(doc: Doc, mentions: list[Mention], offset: int, roles: Roles
                   ) -> list[Mention]:
    """Each person's mention with the titles written before it ("Defence Minister X Y"), which
    the resolver keeps as an alias: extraction cuts them off the name."""
    text = text_of(doc)  # joined once per document: ``Doc.text`` makes a Token per word (issue 13)
    return [dataclasses.replace(m, titled=form) if m.cls == "Person" and (form := titled_form(
        text, m.span.start - offset, m.span.end - offset, roles)) else m for m in mentions]


def _sole_title_holders(doc: Doc, mentions: list[Mention], offset: int, roles: Roles
                        ) -> list[Mention]:
    """"The Shah, Mohammad Reza Pahlavi, has …" then "accused Britain of arming the Shah": a
    ruler's bare title (roles.yaml sole_titles) that NER made a name of another class is the
    one person the text names in apposition right after that title (h-sup12); a title two
    people are named with stays as it was. A title the text names no one with is the ruler
    that roles.yaml sole_rulers lists for it in the one listed state the text mentions
    ("officials of the Shah's government" in a story of Iran, h-shah1)."""
    if not where(doc, ORTH, roles.sole_titles):
        return mentions  # most documents: one pass over the words
    people = {m.span.start - offset: m for m in mentions if m.cls == "Person"}
    holders: dict[str, set[tuple[str | None, str]]] = {}
    for t in doc[:-2]:
        if t.text in roles.sole_titles and doc[t.i + 1].text == "," and \
                (p := people.get(doc[t.i + 2].idx)) is not None:
            holders.setdefault(t.text, set()).add((p.key, p.lemma))
    states = {m.key for m in mentions if m.cls == "Country" and m.key}
    for title, rulers in roles.sole_rulers.items():
        listed = {(None, ruler) for state, ruler in rulers.items() if state in states}
        if title not in holders and len(listed) == 1:
            holders[title] = listed
    if not holders:
        return mentions
    out = []
    for m in mentions:
        held = holders.get(m.span.text, ())
        if m.cls != "Person" and m.key is None and len(held) == 1:
            key, lemma = next(iter(held))
            m = dataclasses.replace(m, cls="Person", key=key, lemma=lemma, title=m.span.text)
        out.append(m)
    return out


def _office_holder(ent: SpacySpan, roles: Roles) -> SpacySpan | None:
    """The person inside an office span of `_offices` ("Prime Minister X Y's office")."""
    if len(ent) < 3 or ent[-1].lower_ not in roles.office_nouns \
            or ent[-2].text not in POSSESSIVE:
        return None
    if ent[-3].is_lower:  # "the prime minister's office": a title alone names no one (h-rep88)
        return None
    if ent[0].lower_ in roles.honorifics:  # "Mr Schmidt's office"
        return SpacySpan(ent.doc, ent.start + 1, ent.end - 2, label="PERSON")
    # the longest title that opens the span, before the holder's name and "'s office"
    start = ent.start + roles.opening_title(tuple(t.lower_ for t in ent), keep=3)
    return SpacySpan(ent.doc, start, ent.end - 2, label="PERSON")
