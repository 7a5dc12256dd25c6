"""Domain knowledge from data files: canonical entities, aliases, patterns, relation triggers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from kg.model import ENTITY_CLASSES, RELATIONS
from kg.yaml_loader import load_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PLURAL_CLASSES = {"Weapon", "Agreement"}


class GazetteerError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class GazetteerEntry:
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    patterns: tuple[tuple[dict[str, Any], ...], ...] = ()
    wikidata: str | None = None
    broader: str | None = None
    part_of: str | None = None
    # Agreements: the states a specific treaty binds, and the generic kinds it is one of
    # ("Treaty on Comprehensive Strategic Partnership"); such an entry is reached only through
    # a kind's phrase whose sentence (or document) names its parties, never by a phrase alone.
    parties: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    generic: bool = False  # a kind of agreement ("defence pact"), not one treaty
    ambiguous: bool = False  # also a common given name: never overrides spaCy's NER
    unnamed: bool = False  # a kind of deal named "<kind> (<A>–<B>)" after its parties
    anaphor: bool = False  # a bare word ("the pact") that only refers back to an agreement
    # Verbs whose signing clause makes a phrase of this kind a new agreement "<kind> (<A>–<B>)"
    # of the clause's parties ("Kenya and Somalia signed a security pact"); an `unnamed` kind
    # that lists them is an agreement only there (or referring back).
    signing: tuple[str, ...] = ()
    # a year alone does not make a phrase of this kind an agreement ("in breach of a 1976
    # understanding"): only its signing or two parties named with it do
    undated: bool = False
    commercial: bool = False  # a contract: a company named is the party, not its home state
    # a new agreement of this kind is named after the kind as the text words it, with its
    # classifying modifiers ("a mutual defence agreement": "mutual defence agreement (A–B)")
    worded: bool = False
    # a state's demonyms, its adjective first ("Albanian", "Albanians"): a state named by them
    # alone may be an ethnic group's ("ethnic Albanians" in Kosovo, dev E9; h-ent80)
    demonyms: tuple[str, ...] = ()

    @property
    def demonym(self) -> str | None:
        """A state's adjective, countries.yaml's first demonym ("Kuwaiti"): a reader names the
        state's bodies by it ("the Kuwaiti Army" for the node "Army (Kuwait)")."""
        return self.demonyms[0] if self.demonyms else None


@dataclass(frozen=True)
class Era:
    """Names that meant ``state`` in the years [``since``, ``until``) and ``successor`` after
    ("Moscow": Soviet Union until 1992, Russia after); countries.yaml's ``eras``."""

    names: frozenset[str]  # normalised aliases (normalise_alias)
    state: str
    successor: str
    until: int
    since: int | None = None


@dataclass(frozen=True)
class FormerCapital:
    """A city that spoke for ``state`` while it was its capital, in the years [``since``,
    ``until``), and is a Region of its own name after the move ("KARACHI, April 8 (1950)" is
    Pakistan, Karachi in 1997 a city); countries.yaml's ``capital_eras``."""

    names: dict[str, str]  # normalised name → its spelling (the Region's key after the move)
    state: str
    until: int
    since: int | None = None


@dataclass(frozen=True)
class SharedName:
    """Names two states share ("Congo", "Congolese"): the one of ``states`` a document names
    in full, else ``default`` when it names none of them (news writes the other one out:
    "Congo-Brazzaville", "the Republic of Congo"); countries.yaml's ``shared_names``."""

    names: frozenset[str]  # normalised aliases (normalise_alias)
    states: tuple[str, ...]
    default: str | None = None  # none: the bare name stays unresolved (war-time "Korea")


@dataclass(frozen=True)
class Territory:
    """A state of today that was a colony, protectorate or province in the years [``since``,
    ``until``): then its names are the Region ``label`` and its capitals Regions of their own
    names (countries.yaml's ``territory_eras``, dev README E12)."""

    state: str
    label: str  # the territory's name ("East Timor"), the state's label unless it differs
    until: int  # the year it became a state
    since: int | None = None
    capitals: dict[str, str] = field(default_factory=dict)  # normalised name → its spelling
    # only a dated story (publication date or dateline year) is of the period, not one that
    # merely names an earlier year: states news often names beside the years of their past
    dated: bool = False

    @property
    def key(self) -> str:
        """The Region node's key: apart from the Country's, which may share the name."""
        return f"{self.label} (territory)"


@dataclass(frozen=True)
class Roles:
    """Words that name people's roles and state agencies (``kg/data/roles.yaml``). Tables derived
    from them (by length, first and last words) are ``cached_property``s: once per instance."""

    titles: tuple[tuple[str, ...], ...] = ()  # lower-case token tuples, longest first
    name_titles: frozenset[tuple[str, ...]] = frozenset()  # "Justice X Y": only before a name
    honorifics: frozenset[str] = frozenset()  # "Mr Otieno": never part of the name
    # "Sheikh Hamad bin Khalifa": no part of a name with a nasab or family particle after it
    nasab_honorifics: frozenset[str] = frozenset()
    nasab_particles: frozenset[str] = frozenset()  # "bin", "al": what makes Sheikh a title
    arabic_articles: frozenset[str] = frozenset()  # "al-Manar": the article opens the name
    leader_bodies: dict[str, str] = field(default_factory=dict)  # "the X administration"
    bare_kinds: dict[str, str] = field(default_factory=dict)  # "its jets" → fighter jet
    sea_kinds: dict[str, str] = field(default_factory=dict)  # "mines" at sea → naval mine
    # "the Gulf" alone → the feature news means by it ("Persian Gulf")
    short_features: dict[str, str] = field(default_factory=dict)
    sea_words: frozenset[str] = frozenset()  # "ship", "hull", "waters": a sentence at sea
    sea_kind_cues: frozenset[str] = frozenset()  # an article's minesweeper: its mines at sea
    civil_words: frozenset[str] = frozenset()  # "private jets": no bare kind
    # "the two destroyers", "the remaining nine helicopters": words between "the" and a kind
    anaphor_count_words: frozenset[str] = frozenset()
    # "the 155mm guns" after a named howitzer: that system (``calibre_anaphors``)
    calibre_anaphor_nouns: frozenset[str] = frozenset()
    artillery_nouns: frozenset[str] = frozenset()
    # "new jets", "more fighters": a bare kind set apart from the system the article names
    kind_contrast_words: frozenset[str] = frozenset()
    # "its first combat aircraft", "the last combat jets": ordinals that rank a kind
    ranking_words: frozenset[str] = frozenset()
    ship_title_kinds: dict[str, str] = field(default_factory=dict)  # "the carrier USS X"
    # "THE HAGUE, May 3 -", "The Hague would pay": a seat of government (no capital), its state
    government_seats: dict[str, str] = field(default_factory=dict)
    town_states: dict[str, str] = field(default_factory=dict)  # "Everett, Washington": the state
    # "the demilitarised zone" in an article naming North or South Korea: words → (place, states)
    state_zones: dict[tuple[str, ...], tuple[str, frozenset[str]]] = field(default_factory=dict)
    led_bodies: frozenset[str] = frozenset()  # "the government of X Y": X Y leads it, a person
    leader_events: frozenset[str] = frozenset()  # "the coup against X Y": X Y, a person
    leading_verbs: frozenset[str] = frozenset()  # "led by X Y": X Y, a person
    civil_ship_prefixes: frozenset[str] = frozenset()  # "MV Faina": a merchant ship
    equipment_heads: frozenset[str] = frozenset()  # "AWACS radar planes": a product name
    system_name_words: frozenset[str] = frozenset()  # "<X> Warfare System": a Weapon's name
    system_heads: frozenset[str] = frozenset()  # "Ouragan fighters": a weapon system's name
    crew_heads: frozenset[str] = frozenset()  # "M23 fighters", "Toyota vehicles": no weapon
    combatant_heads: frozenset[str] = frozenset()  # "Hutu fighters": people as often as jets
    kept_kind_nouns: frozenset[str] = frozenset()  # "K2 tank": the key keeps its noun
    plane_nouns: frozenset[str] = frozenset()  # "an Il-20 reconnaissance plane": equipment
    unmanned_nouns: frozenset[str] = frozenset()  # "ScanEagle surveillance drones": equipment
    watching_words: frozenset[str] = frozenset()  # "P-3C surveillance aircraft": may be armed
    built_participles: frozenset[str] = frozenset()  # "the French-built Mirage III": a model
    maker_participles: frozenset[str] = frozenset()  # "Grumlin-built helicopters": a firm
    variant_words: frozenset[str] = frozenset()  # "F-16 Block 70": a variant, no Weapon
    taking_verbs: frozenset[str] = frozenset()  # "seized Goma": a known town is a place
    storming_verbs: frozenset[str] = frozenset()  # "stormed X University": X is a place
    site_guarding_verbs: frozenset[str] = frozenset()  # "guard Government House": the building
    seat_venues: frozenset[str] = frozenset()  # "signed at the Elysee Palace": the building
    seat_venue_preps: frozenset[str] = frozenset()  # prepositions that make it the venue
    armed_words: frozenset[str] = frozenset()  # "the rebel group X": no firm
    movement_words: frozenset[str] = frozenset()  # "the X Liberation Front": a movement's name
    movement_speakers: frozenset[str] = frozenset()  # "Rebel leaders said": the movement speaks
    movement_voices: frozenset[str] = frozenset()  # "a Tamil spokesman": not a people's voice
    cause_words: frozenset[str] = frozenset()  # "the opposition group, X": no firm
    bought_verbs: frozenset[str] = frozenset()  # "ordered from Italy's Acme": a firm
    seller_with_words: frozenset[str] = frozenset()  # "a contract with Britain's Acme": a firm
    paying_verbs: frozenset[str] = frozenset()  # "paid … for jets under a 2009 agreement"
    giving_verbs: frozenset[str] = frozenset()  # "sold jets to the air force": a recipient
    making_verbs: frozenset[str] = frozenset()  # "built by the X Complex": a firm
    signed_deal_nouns: frozenset[str] = frozenset()  # "a package … signed with X": a deal
    order_nouns: frozenset[str] = frozenset()  # "an order for 80 jets", "an order with Airbus"
    order_placing_verbs: frozenset[str] = frozenset()  # "an order that the government placed"
    purchase_nouns: frozenset[str] = frozenset()  # "an agreement for the purchase of …"
    signed_deal_verbs: frozenset[str] = frozenset()  # (the participles that make it one)
    place_named_nouns: frozenset[str] = frozenset()  # "a declaration in Tashkent"
    unnamed_place_modifiers: frozenset[str] = frozenset()  # "a separate declaration in X"
    naming_verbs: frozenset[str] = frozenset()  # "call the document the X Accord": its name
    speech_verbs: frozenset[str] = frozenset()  # "X told reporters": X speaks, a person
    agency_nouns: dict[tuple[str, ...], str] = field(default_factory=dict)  # tokens → name
    not_names: frozenset[str] = frozenset()  # lower-case words never an organisation alone
    generic_capitals: frozenset[str] = frozenset()  # "Allied troops": a word, never a name alone
    modifier_capitals: frozenset[str] = frozenset()  # "a Crown agency": no name before a noun
    service_title_heads: frozenset[str] = frozenset()  # "Army chief General X": only the person
    title_words: frozenset[str] = frozenset()  # every lower-case word of a title
    plural_title_words: frozenset[str] = frozenset()  # "ministers": names after it are many
    place_nouns: frozenset[str] = frozenset()  # "the town of Moura": its name is a place
    site_compounds: frozenset[str] = frozenset()  # "the Kessel border post": a place's name
    locative_nouns: frozenset[str] = frozenset()  # "the hill of X", "residents of X": a place
    entering_verbs: frozenset[str] = frozenset()  # "troops entered X": X, a place
    goal_words: frozenset[str] = frozenset()  # "the battle for X", "fled for X": a place
    company_suffixes: frozenset[str] = frozenset()  # "Hanwha Aerospace": a Company
    org_heads: frozenset[str] = frozenset()  # "the Norwegian Refugee Council": one name
    media_nouns: tuple[tuple[str, ...], ...] = ()  # "the Interfax news agency": an outlet
    outlet_owner_words: frozenset[str] = frozenset()  # "State television", "Army radio"
    outlet_service_words: frozenset[str] = frozenset()  # "the X Press Service": an outlet
    press_office_words: frozenset[str] = frozenset()  # "the Presidential Press Service": none
    royal_titles: frozenset[str] = frozenset()  # "King Farouk": a monarch by one name
    sole_titles: frozenset[str] = frozenset()  # "The Shah, X, …": "the Shah" later is X
    sole_rulers: dict[str, dict[str, str]] = field(default_factory=dict)  # title → state → ruler
    company_nouns: frozenset[str] = frozenset()  # "the shipbuilder DCNS": a Company
    trade_company_nouns: frozenset[str] = frozenset()  # "the shipping group X": a trade word
    parent_nouns: frozenset[str] = frozenset()  # "Acme, part of the Atlas Group": a Company
    holder_nouns: frozenset[str] = frozenset()  # "His successor, X,": X is a person
    firm_kind_nouns: frozenset[str] = frozenset()  # "another French yard, Ocea": a Company
    ship_modifiers: frozenset[str] = frozenset()  # "the Panamanian-flagged Klos C": a ship
    armed_firm_words: frozenset[str] = frozenset()  # "a private military company": no firm
    organised_nouns: frozenset[str] = frozenset()  # "Vorn, the … movement": a body
    works_nouns: frozenset[str] = frozenset()  # "the Skoda works": the firm, by its site
    plant_nouns: frozenset[str] = frozenset()  # "built by the Malyshev plant": as works
    name_yard_nouns: frozenset[str] = frozenset()  # "the Thyssen shipyard": the firm's yard
    name_particles: frozenset[str] = frozenset()  # "Ursula von der Leyen": one name
    joining_particles: frozenset[str] = frozenset()  # "the Gulf of Guinea … Pact": one name
    month_words: frozenset[str] = frozenset()  # "May 30": a date, no model, no name
    tail_time_words: frozenset[str] = frozenset()  # "<place> early next year": no name
    weekday_words: frozenset[str] = frozenset()  # "<operation> on Monday": no name
    place_particles: frozenset[str] = frozenset()  # "Rio Grande do Sul": one place name
    izafe_particles: frozenset[str] = frozenset()  # "Jaish-e-Mohammed": one group's name
    place_particle_articles: frozenset[str] = frozenset()  # "Puerto de la Cruz"
    ship_nouns: frozenset[str] = frozenset()  # "the frigate Lafayette": the name is a ship
    media_heads: frozenset[str] = frozenset()  # "the Hindustan Times": a news outlet
    media_firsts: frozenset[str] = frozenset()  # "Radio Solano", "the Daily X": an outlet
    media_tails: frozenset[str] = frozenset()  # "Pakistan Television": a listed name's outlet
    firm_verbs: frozenset[str] = frozenset()  # "Italy's Acme will build …": a Company
    legal_suffixes: frozenset[str] = frozenset()  # "Acme Ltd" later "Acme": one firm
    company_prefixes: frozenset[str] = frozenset()  # "Astilleros Acme" later "Acme": a firm
    firm_group_heads: frozenset[str] = frozenset()  # "Acme Aviation Group": a firm's group
    base_words: frozenset[str] = frozenset()  # "Clark Air Base" later "Clark": one place
    town_apart_bases: frozenset[str] = frozenset()  # "LAAGE" dateline, "Laage air base": two
    station_prefixes: frozenset[str] = frozenset()  # "RAF Fairford": a base, a place
    station_words: frozenset[str] = frozenset()  # "Canadian Forces Base Gagetown": a base
    site_prefixes: frozenset[str] = frozenset()  # "Camp Taji" later "Taji": one place
    service_suffixes: frozenset[str] = frozenset()  # "Airwork Services": a Company …
    paired_trades: frozenset[str] = frozenset()  # "Acme Defense and Security": one firm
    public_service_words: frozenset[str] = frozenset()  # … not "Tonga Defence Services"
    legislatures: frozenset[str] = frozenset()  # "told parliament": the state's body
    other_legislature_words: frozenset[str] = frozenset()  # "the regional parliament"
    owned_legislature_preps: frozenset[str] = frozenset()  # "before its parliament"
    other_service_words: frozenset[str] = frozenset()  # "the Portuguese colonial army"
    legislature_names: frozenset[str] = frozenset()  # "the Senate": many states' name
    broadcast_nouns: frozenset[str] = frozenset()  # "Tehran radio": a state broadcaster
    old_capital_names: frozenset[str] = frozenset()  # "Peking radio": a capital's older name
    unit_heads: frozenset[str] = frozenset()  # "42 Commando": a numbered military unit
    local_preps: frozenset[str] = frozenset()  # "near Dorvik": an unknown name there a place
    crossing_preps: frozenset[str] = frozenset()  # "across the Velda": terrain, as "in the"
    surface_preps: frozenset[str] = frozenset()  # "on the Clyde": NER's "person" is terrain
    taking_nouns: frozenset[str] = frozenset()  # "the capture of Goma": a known town a place
    place_adjectives: frozenset[str] = frozenset()  # "the disputed Velda": a territory
    maker_heads: frozenset[str] = frozenset()  # "Sukhoi jets": the maker's aircraft
    firm_parts: frozenset[str] = frozenset()  # "Acme's chief executive": Acme is a firm
    move_verbs: frozenset[str] = frozenset()  # "moved to Seongju": the name is a place
    # relations.yaml's force_nouns: "troops had been sent to Dorvik": what moves is a force
    force_nouns: frozenset[str] = frozenset()
    headline_fillers: frozenset[str] = frozenset()  # "Buys New Submarines": no name
    compass_words: frozenset[str] = frozenset()  # "West Philippine Sea": one place name
    continents: frozenset[str] = frozenset()  # "southern Africa": a region of its own
    state_heads: frozenset[str] = frozenset()  # "the Republic of Angola": that state
    group_adjectives: frozenset[str] = frozenset()  # "European missiles": no weapon's name
    agency_prefixes: frozenset[str] = frozenset()  # "the Royal Malaysian Air Force"
    body_nouns: frozenset[str] = frozenset()  # "the UN refugee agency": a body of the UN
    modified_heads: frozenset[str] = frozenset()  # "missile defence": no weapon named
    counter_prefixes: frozenset[str] = frozenset()  # "anti-submarine": no submarine named
    kind_adjectives: frozenset[str] = frozenset()  # "a trilateral memorandum": its kind
    treaty_aims: frozenset[str] = frozenset()  # "a treaty of friendship": its kind, its mention
    aim_heads: frozenset[str] = frozenset()  # the agreement words a treaty aim follows
    bare_agreement_heads: frozenset[str] = frozenset()  # "agreement": fits a name of any kind
    specific_agreement_heads: frozenset[str] = frozenset()  # "the treaty": the last treaty
    named_agreement_nouns: frozenset[str] = frozenset()  # "the AUKUS pact": a name's noun
    protocol_words: frozenset[str] = frozenset()  # "signed protocols": a treaty's protocols
    agreement_title_heads: frozenset[str] = frozenset()  # "… Security Pact": a name's end
    named_lower_heads: frozenset[str] = frozenset()  # "the Ohrid accord": a name
    named_lower_kinds: frozenset[str] = frozenset()  # "the Dayton peace accord": a name
    deal_markers: frozenset[str] = frozenset()  # "a separate deal": its mention, not its kind
    member_ordinals: frozenset[str] = frozenset()  # "the first accord": one of counted deals
    member_counts: dict[str, int] = field(default_factory=dict)  # "two treaties": 2 members
    similar_marks: frozenset[str] = frozenset()  # "a similar deal": the last one's kind
    separate_marks: frozenset[str] = frozenset()  # "a separate agreement": another deal
    further_marks: frozenset[str] = frozenset()  # "a further agreement", "a second accord"
    prior_marks: frozenset[str] = frozenset()  # "an earlier pact": always one of its own
    additional_marks: frozenset[str] = frozenset()  # "signed other agreements": a set of its own
    matter_words: frozenset[str] = frozenset()  # "an agreement under which … debt": its matter
    reference_preps: frozenset[str] = frozenset()  # "outside the NPT": no name of the deal
    subject_nouns: frozenset[str] = frozenset()  # "a trade treaty": a deal of its own subject
    contract_fields: frozenset[str] = frozenset()  # "a separate contract for maintenance"
    tenure_nouns: frozenset[str] = frozenset()  # "the lease on the air base": a site's tenure
    tie_nouns: frozenset[str] = frozenset()  # "a strategic partnership": a tie, no deal
    time_nouns: frozenset[str] = frozenset()  # "the Soviet era": the demonym dates, no state
    language_participles: frozenset[str] = frozenset()  # "Portuguese-speaking": a language
    ethnic_words: frozenset[str] = frozenset()  # "ethnic Albanians": a group, no state
    minority_nouns: frozenset[str] = frozenset()  # "the Albanian minority": a group, no state
    people_nouns: frozenset[str] = frozenset()  # "the Kanak people": a people, no actor
    stateless_peoples: frozenset[str] = frozenset()  # "the Tamil rebel leader": no group's name
    member_nouns: frozenset[str] = frozenset()  # "Hutu militias": a people's members
    state_nouns: frozenset[str] = frozenset()  # "the three countries", "the Malaysian government"
    party_names: dict[str, str] = field(default_factory=dict)  # "the Greens" → "Green"
    party_members: frozenset[str] = frozenset()  # "Communist deputies": the party's members
    party_officers: frozenset[str] = frozenset()  # "the Liberal defence critic": its officer
    side_plurals: frozenset[str] = frozenset()  # "held by the Communists": a war's side
    combatant_cues: frozenset[str] = frozenset()  # "Kashmiri freedom fighters": no jets
    bomber_heads: frozenset[str] = frozenset()  # "bomber": an aircraft or a person
    bomber_people: frozenset[str] = frozenset()  # "a suicide bomber": a person, no weapon
    programme_heads: frozenset[str] = frozenset()  # "X Programme": a programme, no body
    operation_nouns: frozenset[str] = frozenset()  # "an operation code-named X": X names it
    operation_naming: frozenset[str] = frozenset()  # "code-named X", "also named Chakra"
    operation_naming_now: frozenset[str] = frozenset()  # "the operation, which it calls X"
    ship_naming: frozenset[str] = frozenset()  # "the warship, renamed X": X is the ship
    known_as_words: frozenset[str] = frozenset()  # "X, known as Y", "nicknamed Y": Y is X
    acronym_nouns: frozenset[str] = frozenset()  # "X, known by its initials Y": Y is X
    naming_kind_words: frozenset[str] = frozenset()  # "the unit, named X": X is a unit
    naming_kinds: dict[str, str] = field(default_factory=dict)  # kind noun lemma → its class
    apposed_kinds: dict[str, str] = field(default_factory=dict)  # "the task force X" → class
    state_name_firsts: dict[str, str] = field(default_factory=dict)  # "Statistics <State>" → class
    relative_naming_verbs: frozenset[str] = frozenset()  # "X, which they know as Y"
    hull_words: frozenset[str] = frozenset()  # "the Oberon-class O'Brien": a ship
    former_name_words: frozenset[str] = frozenset()  # "X, formerly HMS Y": Y is X's old name
    new_name_nouns: frozenset[str] = frozenset()  # "X … under the name Y": Y is X's new name
    ship_heads: frozenset[str] = frozenset()  # with ship_nouns: "the boat, renamed Tareq"
    ship_anaphors: frozenset[str] = frozenset()  # "She will be renamed X": the ship before
    made_participles: frozenset[str] = frozenset()  # "the Indian-made X": a made system
    type_units: frozenset[str] = frozenset()  # "Canberra and Hunter squadrons": types
    storm_words: tuple[tuple[str, ...], ...] = ()  # "Cyclone Gita": weather, no name
    office_nouns: frozenset[str] = frozenset()  # "X's office": the body, not the person
    national_societies: frozenset[str] = frozenset()  # "the Mexican Red Cross": its own body
    sited_bodies: frozenset[str] = frozenset()  # "the US embassy in Kampala": with its city
    article_states: frozenset[str] = frozenset()  # "Embassy of the United States"
    equipment_words: frozenset[str] = frozenset()  # "transport planes": no weapon
    transport_aircraft: frozenset[str] = frozenset()  # "C-17", "An-26": equipment (h-wpn)
    unarmed_aircraft: frozenset[str] = frozenset()  # "Global Hawk", "EP-3": equipment (E5)
    craft_nouns: frozenset[str] = frozenset()  # "Dakota transports": the name is a type
    armed_variant_words: frozenset[str] = frozenset()  # "Heron TP": an armed variant
    not_weapon_compounds: frozenset[str] = frozenset()  # "fuel tank", "think tank" (h-wpn)
    group_nouns: frozenset[str] = frozenset()  # "the FLNKS coalition": the name is a group's
    feature_nouns: frozenset[str] = frozenset()  # "Beagle Channel", "the Cunene river": a place
    feature_of_heads: frozenset[str] = frozenset()  # "the Gulf of Thailand": a place, not the state
    feature_org_heads: frozenset[str] = frozenset()  # "at Reed Bank": a place where used as one
    bank_words: frozenset[str] = frozenset()  # "Central Bank": a lender, never a sea bank
    namesake_water_heads: frozenset[str] = frozenset()  # "Sulu" of "the Sulu Sea": the land
    people_area_nouns: frozenset[str] = frozenset()  # "the Kurdish region": a people's, no place
    facility_nouns: frozenset[str] = frozenset()  # "the Inga dam", "Race Course ground"
    structure_heads: frozenset[str] = frozenset()  # "Albert Harbour": a built place's name
    admin_suffixes: frozenset[str] = frozenset()  # "Wajir District": a place, not a body
    admin_nouns: frozenset[str] = frozenset()  # "Kurigram district": the place's name with it
    place_heads: frozenset[str] = frozenset()  # "Isla Calero": a place, first word
    building_heads: frozenset[str] = frozenset()  # "the Palais des X": a building, first word
    venue_nouns: frozenset[str] = frozenset()  # "at Barnes Court", "in the Oval Office": a place
    venue_preps: frozenset[str] = frozenset()  # prepositions that make such a name a venue
    venue_members: frozenset[str] = frozenset()  # "students at Acme University": the body
    institution_words: frozenset[str] = frozenset()  # "at the Supreme Court": still a body
    staff_nouns: frozenset[str] = frozenset()  # "a Libyan embassy official": the embassy
    service_speakers: frozenset[str] = frozenset()  # "army officers said": the army speaks
    service_voices: frozenset[str] = frozenset()  # "quoted a navy spokesman": the navy's voice
    military_speakers: frozenset[str] = frozenset()  # "Israeli military officials": Israel
    military_voices: frozenset[str] = frozenset()  # "a military spokesman": the armed forces
    bare_military_speakers: frozenset[str] = frozenset()  # "Military officials said": none
    voice_places: frozenset[str] = frozenset()  # "a military spokesman in Dakar": the state
    # "the federation's armed forces": a description of a state → the states it may mean
    # (empty: any state)
    owner_descriptions: dict[str, frozenset[str]] = field(default_factory=dict)
    service_adjectives: dict[str, str] = field(default_factory=dict)  # "naval" → Navy
    # "Israel Defense Forces" → "Armed Forces": a state's force name's last words → the service
    # key its keyed mentions get (kg.graph.force_names.py)
    force_name_heads: dict[str, str] = field(default_factory=dict)
    rebel_force_words: frozenset[str] = frozenset()  # "the <Region> People's Liberation Army"
    force_name_prefixes: frozenset[str] = frozenset()  # "the Royal <Demonym> Army"
    # "her office said" after "Prime Minister X": a holder's title → the title of the office
    office_titles: dict[str, str] = field(default_factory=dict)
    # relations.yaml's leader_states (full name, lower case → state): "his office said" after
    # "President Michel Temer" names the office of the state he led though no state is written
    leader_states: dict[str, str] = field(default_factory=dict)
    bare_services: frozenset[str] = frozenset()  # "the army": the story's state's Army
    joining_verbs: frozenset[str] = frozenset()  # "joined the army": the service as a career
    joining_fighters: frozenset[str] = frozenset()  # "the rebels will join the army": a body
    joining_fighter_modifiers: frozenset[str] = frozenset()  # "armed men will join the army"
    ending_verbs: frozenset[str] = frozenset()  # "abolished its army": no body to mention
    police_nouns: frozenset[str] = frozenset()  # "West Berlin police said": that force
    regional_government_words: frozenset[str] = frozenset()  # "the Quebec government"
    regional_government_modifiers: frozenset[str] = frozenset()  # "Catalonia's regional …"
    cased_services: frozenset[str] = frozenset()  # "US Marines", not "Chinese marines"
    modifier_services: frozenset[str] = frozenset()  # "Indian army engineers": the service
    capital_services: frozenset[str] = frozenset()  # "The Navy has sent …": a state's service
    forces_heads: frozenset[str] = frozenset()  # "US Forces Korea": the host ends the name
    firm_people: frozenset[str] = frozenset()  # "executives of X": X is a firm
    paper_nouns: frozenset[str] = frozenset()  # "The Independent daily": a paper's name
    magazine_nouns: frozenset[str] = frozenset()  # with paper_nouns, the print nouns
    armed_group_cues: frozenset[str] = frozenset()  # "the Anyanya guerrilla army"
    armed_group_heads: frozenset[str] = frozenset()  # "… rebel leader": an armed group
    peoples_heads: frozenset[str] = frozenset()  # "the Donetsk People's Republic": a body
    branch_heads: frozenset[str] = frozenset()  # "Islamic State West Africa Province"
    portfolio_heads: frozenset[str] = frozenset()  # "Finance Minister X": no body
    regiment_words: frozenset[str] = frozenset()  # "the Bangladesh Rifles": a unit
    unit_name_heads: frozenset[str] = frozenset()  # "the Cheshire Regiment": a unit
    franchised_groups: frozenset[str] = frozenset()  # "Islamic State in the Greater Sahara"
    shared_place_heads: frozenset[str] = frozenset()  # "the Andaman and Nicobar Islands"
    formation_heads: frozenset[str] = frozenset()  # "…, 4th Infantry Division": a unit itself
    command_areas: frozenset[tuple[str, str]] = frozenset()  # "the Jinan Military Region"
    facility_kinds: frozenset[str] = frozenset()  # "hydroelectric" in "the Inga hydroelectric dam"
    name_lower_heads: frozenset[str] = frozenset()  # "the Congress party": the party's name
    unit_lower_heads: frozenset[str] = frozenset()  # "the Akh unit": the unit's name
    side_cues: frozenset[str] = frozenset()  # "the opposition X": X is a body

    @cached_property
    def name_lead_words(self) -> frozenset[str]:
        """The words that may stand before a person's given name without being one: title
        words and honorifics (lower-cased) and royal titles (as written: "King", so a token's
        ``lower_`` meets them only where the title words hold them too, as "king" but not
        "lord"; ``_bodies_after_the`` lower-cases them itself)."""
        return self.title_words | self.honorifics | self.royal_titles

    @cached_property
    def name_titles_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """``name_titles`` by their first word: a token's ``lower_`` picks the few that may
        open at it."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for title in sorted(self.name_titles):
            out.setdefault(title[0], []).append(title)
        return {first: tuple(titles) for first, titles in out.items()}

    @cached_property
    def post_kind_nouns(self) -> frozenset[str]:
        """The nouns of a person's post set beside a name: one-word titles ("director"),
        holders' nouns ("successor"), a firm's people ("executive")."""
        return frozenset(t[0] for t in self.titles if len(t) == 1) | self.holder_nouns \
            | self.firm_people

    @cached_property
    def print_nouns(self) -> frozenset[str]:
        """The printed outlets' nouns: papers' and magazines'."""
        return self.paper_nouns | self.magazine_nouns

    @cached_property
    def other_marks(self) -> frozenset[str]:
        """The adjectives that make an indefinite agreement another than the article's deal
        ("a similar treaty", "a separate deal", "a further agreement"): the three lists."""
        return self.similar_marks | self.separate_marks | self.further_marks

    @cached_property
    def service_ends(self) -> frozenset[str]:
        """The last words of the capitalised services ("Navy", "Force")."""
        return frozenset(s.split()[-1] for s in self.capital_services)

    @cached_property
    def owning_services(self) -> frozenset[str]:
        """The bare services that are one service, lower case ("navy", "air force"; not "armed
        forces"): "the navy's X" names one of its ships or aircraft (s64 h-agy3)."""
        return frozenset(s.lower() for s in self.bare_services if s != "Armed Forces")

    @cached_property
    def service_words(self) -> frozenset[str]:
        """The lower-case words of the bare services ("air", "force", "navy"): an owner's words
        before a maker's name that stands for its aircraft ("an air force Acme"; s68 h-ent32)."""
        return frozenset(w for s in self.bare_services for w in s.lower().split())

    @cached_property
    def ship_words(self) -> frozenset[str]:
        """The nouns that make a name beside them a ship's: ship nouns and ship heads."""
        return self.ship_nouns | self.ship_heads

    @cached_property
    def naming_words(self) -> frozenset[str]:
        """The words before an operation's name: "code-named X" and "which it calls X"."""
        return self.operation_naming | self.operation_naming_now

    @cached_property
    def title_sizes(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """The titles grouped by length, longest first: one look-up per length."""
        return _by_length(self.titles)

    def opening_title(self, words: tuple[str, ...], keep: int = 1) -> int:
        """Length of the longest title (lower-case words) that opens ``words`` and leaves at least
        ``keep`` words after it; 0 when none does."""
        return next((n for n, titles in self.title_sizes
                     if n <= len(words) - keep and words[:n] in titles), 0)

    @cached_property
    def chain_title_sizes(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """Every word or words that may stand in a run of titles before a name ("Chief of Air
        Staff Air Marshal", "Ratu Sir"), by length, longest first."""
        return _by_length({*self.titles, *self.name_titles, *((w,) for w in self.honorifics),
                           *((w.lower(),) for w in self.royal_titles)})

    @cached_property
    def written_title_sizes(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """The chain titles and the Arabic honorifics ("Sheikh") that a name may be written
        after, by length, longest first (kg.extract.titled)."""
        return _by_length({*self.titles, *self.name_titles, *((w,) for w in self.honorifics),
                           *((w.lower(),) for w in self.royal_titles),
                           *((w,) for w in self.nasab_honorifics)})

    @cached_property
    def agency_noun_sizes(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """The agency nouns grouped by length, longest first."""
        return _by_length(self.agency_nouns)

    @cached_property
    def agency_first_words(self) -> frozenset[str]:
        """The first words of the agency nouns: a cheap test before a look-up."""
        return frozenset(words[0] for words in self.agency_nouns)

    @cached_property
    def title_last_words(self) -> frozenset[str]:
        """The last words of the titles: a cheap test before a look-up."""
        return frozenset(words[-1] for words in self.titles if words)

    @cached_property
    def media_noun_sizes(self) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        """The media nouns grouped by length, longest first."""
        return _by_length(self.media_nouns)

    @cached_property
    def media_noun_first_words(self) -> frozenset[str]:
        """The first words of the media nouns: a cheap test before a look-up."""
        return frozenset(words[0] for words in self.media_nouns if words)

    @cached_property
    def media_noun_last_words(self) -> frozenset[str]:
        """The last words of the media nouns: a cheap test before a look-up from the end."""
        return frozenset(words[-1] for words in self.media_nouns if words)

    @cached_property
    def post_nouns(self) -> frozenset[str]:
        """The head nouns of the titles that name one person's post ("minister", "spokesman"),
        not those ending a longer phrase ("Chief of Staff", "Head of State")."""
        return frozenset(t[-1] for t in self.titles if "of" not in t and "for" not in t)


def _by_length(phrases: Iterable[tuple[str, ...]]
               ) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    sizes: dict[int, set[tuple[str, ...]]] = {}
    for words in phrases:
        sizes.setdefault(len(words), set()).add(words)
    return tuple((n, frozenset(sizes[n])) for n in sorted(sizes, reverse=True))


@dataclass(frozen=True)
class RelationRules:
    """Trigger lemmas and role constraints for the relation extractor."""

    triggers: dict[str, frozenset[str]]
    force_nouns: frozenset[str]
    to_preps: frozenset[str]
    place_preps: frozenset[str]
    support_verbs: frozenset[str]
    roles: dict[str, frozenset[str]]
    actor_priority: tuple[str, ...]
    estimating: frozenset[str] = frozenset()  # reporting verbs that mark an estimate
    denying: frozenset[str] = frozenset()  # reporting verbs that deny what they report
    accusing: frozenset[str] = frozenset()  # "accuse Y of V-ing": Y is V's subject
    stance_nouns: frozenset[str] = frozenset()  # "expressed concern that"
    hedging_heads: frozenset[str] = frozenset()  # "preparing to deploy": a plan, hedged
    # More word lists by name (WORD_LISTS; relations.yaml says what each is for).
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    modals: frozenset[str] = frozenset()
    anaphors: dict[str, frozenset[str]] = field(default_factory=dict)
    descriptions: dict[str, frozenset[str]] = field(default_factory=dict)
    # a bare executive noun → the state news English means by it ("administration officials")
    executive_states: dict[str, str] = field(default_factory=dict)
    # a head of state or government's full name (lower case) → the state he or she led
    leader_states: dict[str, str] = field(default_factory=dict)

    def relations_for(self, lemma: str) -> tuple[str, ...]:
        return self._relations_by_trigger.get(lemma, ())

    @cached_property
    def _relations_by_trigger(self) -> dict[str, tuple[str, ...]]:
        """Each trigger lemma → the relations it triggers, in ``RELATIONS`` order (what
        ``relations_for`` answers; made once per rules, not once per verb: issue 13)."""
        words = frozenset().union(*(self.triggers.get(r, ()) for r in RELATIONS))
        return {w: tuple(r for r in RELATIONS if w in self.triggers.get(r, ())) for w in words}


    @cached_property
    def stating(self) -> frozenset[str]:
        """The reporting verbs that state what they report ("said", not "denied")."""
        return self.triggers["reports"] - self.denying

    @cached_property
    def denying_forms(self) -> frozenset[str]:
        """The lower-case forms of the denying verbs, whatever the tagger makes of them
        ("denies" lemmatised "denie", "rejects" taken for a plural noun)."""
        return frozenset(f for d in self.denying for f in (
            d, d + "s", d + "es", d + "d", d + "ed", d[:-1] + "ies", d[:-1] + "ied"))

@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    generic_patterns: tuple[dict[str, Any], ...] = ()
    not_entities: frozenset[str] = frozenset()  # lower-case names never made entities
    by_label: dict[str, GazetteerEntry] = field(default_factory=dict)
    alias_index: dict[str, str] = field(default_factory=dict)  # normalised alias → label
    roles: Roles = field(default_factory=Roles)
    eras: tuple[Era, ...] = ()  # era-aware names (kg/graph/eras.py)
    territories: tuple[Territory, ...] = ()  # states' territory periods (kg/graph/eras.py)
    # names two states share ("Congo"): normalised names → the states (kg/graph/eras.py)
    shared_names: tuple[SharedName, ...] = ()
    former_capitals: tuple[FormerCapital, ...] = ()  # capitals that moved (kg/graph/eras.py)

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry whose label or alias equals ``surface`` (normalised), if any."""
        label = self.alias_index.get(normalise_alias(surface))
        return self.by_label.get(label) if label else None

    @cached_property
    def weapon_kind_heads(self) -> frozenset[str]:
        """Last words of the generic weapon kinds' names ("aircraft", "jets", "gun" of "field
        gun"): a kind's head, not any word of it ("field")."""
        return frozenset(a.lower().split()[-1] for e in self.entries
                         if e.cls == "Weapon" and e.label.islower()
                         for a in (e.label, *e.aliases) if a.strip())

    @cached_property
    def shared_words(self) -> frozenset[str]:
        """Every normalised name two states share ("congolese", "korean"), from
        ``shared_names``."""
        return frozenset(n for row in self.shared_names for n in row.names)

    @cached_property
    def systems_by_designation(self) -> dict[str, str]:
        """Designation → label of the listed system a designation and a name make ("P-8" →
        "P-8 Poseidon", "AH-64" → "AH-64 Apache"): a variant's designation ("P-8I") names that
        system though no alias writes it alone; designations two systems share are left out."""
        def designation(alias: str) -> str | None:
            first, _, rest = alias.partition(" ")
            return first if rest and DESIGNATION_WORD.match(first) else None
        return self._systems_by(designation)

    @cached_property
    def systems_by_short_name(self) -> dict[str, str]:
        """Short name → label of a listed system whose alias is that name before a kind noun
        ("Canberra jet" → "English Electric Canberra", "Hunter fighter" → "Hawker Hunter"; the
        kind written in lower case, the name with no lower-case word): the
        name alone may be a city or a surname, but its plural ("Canberras", "Hunters") is the
        aircraft; short names two systems share are left out."""
        def short_name(alias: str) -> str | None:
            name, _, kind = alias.rpartition(" ")
            return name.lower() if (kind in self.kind_words and name[:1].isupper()
                                    and not any(w.islower() for w in name.split())) else None
        return self._systems_by(short_name)

    def _systems_by(self, key: Callable[[str], str | None]) -> dict[str, str]:
        """``key`` of an alias (or label) of a listed system with a name → that system's label,
        for the keys one system alone has."""
        found: dict[str, set[str]] = {}
        for e in self.entries:
            if e.cls == "Weapon" and not e.label.islower():
                for a in (e.label, *e.aliases):
                    if (k := key(a)) is not None:
                        found.setdefault(k, set()).add(e.label)
        return {k: next(iter(labels)) for k, labels in found.items() if len(labels) == 1}

    @cached_property
    def kind_words(self) -> frozenset[str]:
        """Lower-case words of the generic weapon kinds' names ("fighter", "jet", "missile")."""
        return frozenset(w for e in self.entries if e.cls == "Weapon" and e.label.islower()
                         for a in (e.label, *e.aliases) for w in a.lower().split())

    @cached_property
    def ship_kinds(self) -> frozenset[str]:
        """Head words of the warship kind and of the Weapon entries filed under it ("warship",
        "frigate", "corvette"): the ships an anaphoric "the warship" may name again."""
        return frozenset(e.label.split()[-1] for e in self.entries
                         if e.cls == "Weapon" and SHIP_KIND in (e.label, e.broader))

    # Tables derived from the entries are ``functools.cached_property``s: made on first use,
    # once per gazetteer (the entity refiner asks for them per document or per phrase), and
    # kept in the instance's __dict__, which a frozen dataclass lets cached_property write.

    @cached_property
    def open_regions(self) -> frozenset[str]:
        """The listed regions that lie in no one state (seas, oceans, straits: no `part_of`)."""
        return frozenset(label for label, x in self.by_label.items()
                         if x.cls == "Region" and x.part_of is None)

    @cached_property
    def demonym_set(self) -> frozenset[str]:
        """``demonyms()`` as a set."""
        return frozenset(self._demonyms)

    @cached_property
    def _demonyms(self) -> tuple[str, ...]:
        out = set()
        for e in self.entries:
            if e.cls == "Country":
                out.update(a.lower() for a in (*e.aliases, *e.exact) if " " not in a)
        return tuple(sorted(out))

    def demonyms(self) -> list[str]:
        """Lower-case single-word aliases of countries ("russian", "ukrainians"), sorted."""
        return list(self._demonyms)

    @cached_property
    def _agreements_by_kind(self) -> dict[str, tuple[GazetteerEntry, ...]]:
        made: dict[str, list[GazetteerEntry]] = {}
        for e in self.entries:
            if e.parties:
                for kind in dict.fromkeys(e.kinds):
                    made.setdefault(kind, []).append(e)
        return {kind: tuple(found) for kind, found in made.items()}

    def agreements_of_kind(self, kind: str) -> list[GazetteerEntry]:
        """Specific agreements (with parties) that are of the generic ``kind``, in file order."""
        return list(self._agreements_by_kind.get(kind, ()))

    @cached_property
    def signing_verbs(self) -> tuple[str, ...]:
        """The signing verbs of the default relation rules and of the agreement kinds."""
        rules = default_relation_rules()
        return tuple(dict.fromkeys([*rules.triggers.get("signed", ()),
                                    *(v for x in self.entries if x.cls == "Agreement"
                                      for v in x.signing)]))

    def name_patterns(
        self, tokenize: Callable[[str], list[str]], ambiguous: bool = False
    ) -> list[NamePattern]:
        """Every alias and exact name of the entries, as words (``tokenize`` splits them like the
        pipeline's tokenizer). ``ambiguous``: only the names that must not override spaCy's
        NER (for a second ruler after it); otherwise all the others. Of an ambiguous entry
        only the name itself is a given name ("Jordan"): its other forms, a demonym
        ("Jordanian", which NER tags NORP) or a capital, override NER like any other entry's."""
        out: list[NamePattern] = []
        for e in self.entries:
            if e.parties:
                continue

            def wanted(form: str, e: GazetteerEntry = e) -> bool:
                return (e.ambiguous and form.casefold() == e.label.casefold()) == ambiguous

            plural = e.cls in PLURAL_CLASSES
            aliases = _with_and(e.aliases) if e.cls == "Company" else e.aliases
            out += [NamePattern(e.cls, e.label, tuple(tokenize(a)), plural=plural)
                    for a in aliases if wanted(a)]
            out += [NamePattern(e.cls, e.label, tuple(tokenize(a)), exact=True, article=False)
                    for a in e.exact if wanted(a)]
        return out

    def token_patterns(self, ambiguous: bool = False) -> list[dict[str, Any]]:
        """EntityRuler token patterns: the entries' own, plus (unless ``ambiguous``) the generic
        ones; label = class, id = canonical label."""
        out = [_pattern(e, [dict(t) for t in raw]) for e in self.entries
               if e.ambiguous == ambiguous and not e.parties for raw in e.patterns]
        if not ambiguous:
            out.extend(dict(p) for p in self.generic_patterns)
        return out

    def ruler_patterns(
        self, tokenize: Callable[[str], list[str]], ambiguous: bool = False
    ) -> list[dict[str, Any]]:
        """All of it as spaCy ``EntityRuler`` token patterns: what ``kg.extract.ruler`` matches,
        written the slow way (the reference its tests compare with)."""
        names = [{"label": n.cls, "pattern": n.token_pattern(), "id": n.label}
                 for n in self.name_patterns(tokenize, ambiguous)]
        return names + self.token_patterns(ambiguous)


@dataclass(frozen=True)
class NamePattern:
    """One written form of an entry, matched word by word: case-insensitively, with any
    apostrophe (' ‘ ’), and after an optional "the"; or, ``exact``, as written."""

    cls: str
    label: str
    words: tuple[str, ...]
    exact: bool = False
    article: bool = True  # "the" before the name belongs to the match
    plural: bool = False  # the last word may take -s or -es (weapons, agreements)

    def token_pattern(self) -> list[dict[str, Any]]:
        """The same as a spaCy token pattern."""
        if self.exact:
            return [{"TEXT": w} for w in self.words]
        toks = [_token_pattern(w) for w in self.words]
        if self.plural:
            toks[-1] = {"LOWER": {"IN": sorted(plural_forms(self.words[-1].lower()))}}
        return [{"LOWER": "the", "OP": "?"}, *toks] if self.article else toks


def _token_pattern(token: str) -> dict[str, Any]:
    """Case-insensitive; an apostrophe also matches its typographic variants."""
    low = token.lower()
    if "'" in low:
        return {"LOWER": {"IN": sorted({low.replace("'", q) for q in "'\u2019\u2018"})}}
    return {"LOWER": low}


def _pattern(entry: GazetteerEntry, tokens: list[dict[str, Any]]) -> dict[str, Any]:
    return {"label": entry.cls, "pattern": tokens, "id": entry.label}


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
SHIP_KIND = "warship"  # the gazetteer's umbrella kind of ships
DESIGNATION_WORD = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}$")  # "P-8", "AH-64", "Su-30"
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*'s?$")


def _with_and(aliases: tuple[str, ...]) -> list[str]:
    """A firm's names, each also with "and" for its "&" and the other way round: "Daewoo
    Shipbuilding and Marine Engineering" is the listed "Daewoo Shipbuilding & Marine
    Engineering" (a text writes either)."""
    out = dict.fromkeys(aliases)
    for a in aliases:
        out.setdefault(a.replace(" & ", " and ") if " & " in a else a.replace(" and ", " & "))
    return list(out)


@lru_cache(maxsize=1 << 16)  # a pure function of names that recur in every document
def normalise_alias(text: str) -> str:
    """Case-, space-, apostrophe-, article- and "&"/"and"-insensitive form used as an index
    key."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.split()).replace(" & ", " and ")
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.lower()


def paternal_surname(name: str) -> str:
    """Of a person's name of three words or more, the capitalised one before the last: the
    paternal surname a later mention may use alone ("Belaunde" of "Fernando Belaunde Terry");
    "" for shorter names."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-2][:1].isupper() else ""


@lru_cache(maxsize=1 << 16)  # a pure function of names that recur in every document (issue 13)
def surface_form(text: str) -> str:
    """A mention's text as an alias: whitespace collapsed, plain apostrophes, no leading
    article, no possessive."""
    text = " ".join(unicodedata.normalize("NFC", text).translate(_APOSTROPHES).split())
    text = _LEADING_ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text)


def bracketed(key: str) -> str | None:
    """The name an entity key ends with in brackets: "Ministry of Defence (Russia)" →
    "Russia"; None for a key without one."""
    return key[key.rindex(" (") + 2:-1] if key.endswith(")") and " (" in key else None


def unbracketed(key: str) -> str:
    """An entity key without the name it ends with in brackets: "Air Force (United Kingdom)" →
    "Air Force"; the key itself when it has none."""
    return key[:key.rindex(" (")] if bracketed(key) is not None else key


def _leader_states(relations: dict[str, Any]) -> dict[str, str]:
    """relations.yaml's ``leader_states`` (state → leaders' full names) as full name, lower
    case → state: read by the relation rules and, for the offices of the entity stage, by
    ``Roles``."""
    return {str(n).lower(): str(k) for k, v in (relations.get("leader_states") or {}).items()
            for n in v}


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = load_yaml(path)  # libyaml's loader: read by every process that builds
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a mapping at the top level")
    return data


def _entry(raw: dict[str, Any], path: Path) -> GazetteerEntry:
    label, cls = raw.get("label"), raw.get("class")
    if not isinstance(label, str) or not label.strip():
        raise GazetteerError(f"{path}: entry without a label: {raw!r}")
    if cls not in ENTITY_CLASSES:
        raise GazetteerError(f"{path}: {label!r}: class {cls!r} is not one of {ENTITY_CLASSES}")
    exact = tuple(str(a) for a in raw.get("exact") or ())
    aliases = tuple(str(a) for a in raw.get("aliases") or ())
    # (an explicit `aliases: []`: no written form, a kind reached only through a phrase's
    # words, `listed_by_words`; h-agr1)
    if label not in aliases and label not in exact and raw.get("aliases", ()) != []:
        aliases = (label, *aliases)
    return GazetteerEntry(
        label=label,
        cls=cls,
        aliases=aliases,
        exact=exact,
        patterns=tuple(tuple(p) for p in raw.get("patterns") or ()),
        wikidata=raw.get("wikidata"),
        broader=raw.get("broader"),
        part_of=raw.get("part_of"),
        parties=tuple(str(p) for p in raw.get("parties") or ()),
        kinds=tuple(str(k) for k in raw.get("kinds") or ()),
        generic=bool(raw.get("generic", False)),
        ambiguous=bool(raw.get("ambiguous", False)),
        unnamed=bool(raw.get("unnamed", False)),
        anaphor=bool(raw.get("anaphor", False)),
        signing=tuple(str(v) for v in raw.get("signing") or ()),
        undated=bool(raw.get("undated", False)),
        commercial=bool(raw.get("commercial", False)),
        worded=bool(raw.get("worded", False)),
    )


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _country(raw: dict[str, Any], path: Path) -> GazetteerEntry:
    """A countries.yaml entry: name, aliases, demonyms and capital all resolve to the state."""
    if not isinstance(raw, dict):
        raise GazetteerError(f"{path}: expected a mapping per country, got {raw!r}")
    names = [str(raw.get("label", "")), *_listed(raw.get("aliases"))]
    # "Democratic Republic of the Congo" is often written without the article
    plain = [n.replace(" of the ", " of ") for n in names if " of the " in n]
    aliases = [*_listed(raw.get("aliases")), *plain, *_listed(raw.get("demonyms")),
               *_listed(raw.get("capital"))]
    entry = _entry({**raw, "class": "Country", "aliases": aliases}, path)
    demonyms = _listed(raw.get("demonyms"))  # the adjective first ("Kuwaiti", "Kuwaitis")
    exact = _listed(raw.get("exact"))
    if not demonyms and len(exact) > 1 and exact[0] == raw.get("label"):
        # a state whose forms are all case-sensitive lists its adjective second ("Jordan,
        # Jordanian, Jordanians"): "Army (Jordan)" is the "Jordanian Army" all the same
        return replace(entry, demonyms=tuple(exact[1:]))
    return replace(entry, demonyms=tuple(demonyms)) if demonyms else entry


def _entries_of(path: Path, data: dict[str, Any]) -> list[GazetteerEntry]:
    out = [_entry(r, path) for r in data.get("entities") or []]
    out += [_country(r, path) for r in data.get("countries") or []]
    return out


def _territories(data: dict[str, Any], states: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Region entries for the dependent territories of pycountry's list (``territories`` of
    regions.yaml): its entries less the ``skip`` codes and the states already listed."""
    if not isinstance(data.get("territories"), dict):
        return []
    from kg.extract.places import iso_codes, territories, territory_other_names

    skip = {str(c) for c in data["territories"].get("skip") or ()}
    skip |= iso_codes(n for e in states if e.cls == "Country"
                      for n in (e.label, *e.aliases, *e.exact))
    other = territory_other_names()
    return [GazetteerEntry(label=n, cls="Region", exact=(n, *other.get(n, ())))
            for n in territories(skip)]


ISLANDS = re.compile(r"^([A-Z][a-z]+[^s\W]) Islands$")  # "Falkland Islands", not "Cocos …"


def _with_island_short_name(e: GazetteerEntry) -> GazetteerEntry:
    """A state or territory named "<Name> Islands" is also "<Name>s", as news shortens it
    ("the Falklands", "the Solomons", "the Marshalls"): matched case-sensitively (issue 12)."""
    if e.cls not in ("Country", "Region"):
        return e
    short = [f"{m[1]}s" for n in (e.label, *e.aliases) if (m := ISLANDS.match(n))]
    short = [n for n in short if n not in e.exact and n not in e.aliases]
    return replace(e, exact=(*e.exact, *short)) if short else e


def _eras_of(raws: list[Any], path: Path, by_label: dict[str, GazetteerEntry]) -> list[Era]:
    """The ``eras`` table of a gazetteer file; both states of a row must be listed."""
    out = []
    for raw in raws:
        if not isinstance(raw, dict) or not isinstance(raw.get("until"), int):
            raise GazetteerError(f"{path}: era row without a year `until`: {raw!r}")
        for ref in (raw.get("state"), raw.get("successor")):
            if ref not in by_label:
                raise GazetteerError(f"{path}: era row refers to unknown state {ref!r}")
        since = raw.get("since")
        if since is not None and not isinstance(since, int):
            raise GazetteerError(f"{path}: era row `since` is not a year: {raw!r}")
        names = frozenset(normalise_alias(str(n)) for n in _listed(raw.get("names")))
        out.append(Era(names, str(raw["state"]), str(raw["successor"]), raw["until"], since))
    return out


def _territories_of(data: dict[str, Any], path: Path, by_label: dict[str, GazetteerEntry]
                    ) -> list[Territory]:
    """The ``territory_eras`` table of a gazetteer file; the state must be a listed Country, and
    its capitals are those its ``countries`` row in the same file gives."""
    capitals = {str(r.get("label")): _listed(r.get("capital"))
                for r in data.get("countries") or [] if isinstance(r, dict)}
    out = []
    for raw in data.get("territory_eras") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("until"), int):
            raise GazetteerError(f"{path}: territory row without a year `until`: {raw!r}")
        state = raw.get("state")
        entry = by_label.get(state) if isinstance(state, str) else None
        if entry is None or entry.cls != "Country":
            raise GazetteerError(f"{path}: territory row refers to unknown state {state!r}")
        since = raw.get("since")
        if since is not None and not isinstance(since, int):
            raise GazetteerError(f"{path}: territory row `since` is not a year: {raw!r}")
        caps = {normalise_alias(c): c for c in capitals.get(state, ())}
        out.append(Territory(state, str(raw.get("label") or state), raw["until"], since, caps,
                             bool(raw.get("dated"))))
    return out


def _former_capitals_of(raws: list[Any], path: Path, by_label: dict[str, GazetteerEntry]
                        ) -> list[FormerCapital]:
    """The ``capital_eras`` table of a gazetteer file; the state must be a listed Country."""
    out = []
    for raw in raws:
        if not isinstance(raw, dict) or not isinstance(raw.get("until"), int):
            raise GazetteerError(f"{path}: capital row without a year `until`: {raw!r}")
        entry = by_label.get(raw.get("state"))
        if entry is None or entry.cls != "Country":
            raise GazetteerError(f"{path}: capital row refers to unknown state {raw!r}")
        since = raw.get("since")
        if since is not None and not isinstance(since, int):
            raise GazetteerError(f"{path}: capital row `since` is not a year: {raw!r}")
        names = {normalise_alias(str(n)): str(n) for n in _listed(raw.get("names"))}
        out.append(FormerCapital(names, entry.label, raw["until"], since))
    return out


def _shared_of(raws: list[Any], path: Path, by_label: dict[str, GazetteerEntry]
                ) -> list[SharedName]:
    """The ``shared_names`` table of a gazetteer file; every state must be listed, and a
    default be one of its row's states."""
    out = []
    for raw in raws:
        states = tuple(_listed(raw.get("states"))) if isinstance(raw, dict) else ()
        if len(states) < 2 or any(s not in by_label for s in states):
            raise GazetteerError(f"{path}: shared name row needs two listed states: {raw!r}")
        default = raw.get("default")
        if default is not None and default not in states:
            raise GazetteerError(f"{path}: shared name default is not a state of its row: {raw!r}")
        names = frozenset(normalise_alias(n) for n in _listed(raw.get("names")))
        out.append(SharedName(names, states, default))
    return out


def _without(entry: GazetteerEntry, taken: set[str]) -> GazetteerEntry:
    """``entry`` less the aliases an earlier file already claims (the earlier file wins)."""
    keep = tuple(a for a in entry.aliases if normalise_alias(a) not in taken)
    exact = tuple(a for a in entry.exact if normalise_alias(a) not in taken)
    return replace(entry, aliases=keep, exact=exact)


def plural_forms(word: str) -> frozenset[str]:
    """A weapon's or an agreement's last word and the plurals a name may take: "-s", "-es",
    and "-ies" for a consonant's "-y" ("treaty" → "treaties", issue 12, s62 h-sig14)."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        forms.add(word[:-1] + "ies")
    return frozenset(forms)


def plural(word: str) -> str:
    """The English plural of a title word: "minister" → "ministers", "secretary" →
    "secretaries", "spokesman" → "spokesmen", "marshal" → "marshals"."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(phrase: str) -> str:
    """The phrase with its last word singular, as the gazetteer lists kinds ("ballistic
    missiles" → "ballistic missile", "batteries" → "battery")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def _plural_title(title: tuple[str, ...]) -> tuple[str, ...]:
    """"foreign minister" → "foreign ministers", "chief of staff" → "chiefs of staff"."""
    at = title.index("of") - 1 if "of" in title[1:] else len(title) - 1
    return (*title[:at], plural(title[at]), *title[at + 1:])


# The roles.yaml word lists read as they stand, each into the Roles field of its key's name:
# those read lower-cased (matched against a token's lower_ or lemma_) …
_ROLE_WORD_LISTS = (
    "honorifics", "nasab_honorifics", "nasab_particles", "arabic_articles", "equipment_heads",
    "system_name_words", "system_heads", "crew_heads", "combatant_heads", "kept_kind_nouns",
    "plane_nouns",
    "unmanned_nouns", "watching_words", "sea_words", "sea_kind_cues",
    "built_participles", "maker_participles", "taking_verbs", "storming_verbs",
    "site_guarding_verbs", "seat_venue_preps", "armed_words", "movement_words",
    "movement_speakers", "movement_voices",
    "cause_words", "bought_verbs", "seller_with_words", "paying_verbs", "giving_verbs",
    "making_verbs",
    "signed_deal_nouns", "order_nouns", "order_placing_verbs", "purchase_nouns",
    "signed_deal_verbs",
    "place_named_nouns", "unnamed_place_modifiers", "naming_verbs",
    "speech_verbs", "led_bodies", "leader_events", "leading_verbs", "not_names", "place_nouns",
    "site_compounds",
    "company_nouns", "trade_company_nouns", "parent_nouns", "holder_nouns", "firm_kind_nouns",
    "ship_modifiers",
    "armed_firm_words",
    "organised_nouns",
    "works_nouns",
    "plant_nouns", "name_yard_nouns", "name_particles",
    "joining_particles",
    "month_words", "tail_time_words", "weekday_words", "place_particles", "izafe_particles",
    "place_particle_articles", "ship_nouns",
    "firm_verbs", "base_words", "town_apart_bases", "broadcast_nouns", "outlet_owner_words",
    "press_office_words",
    "old_capital_names",
    "local_preps", "crossing_preps", "surface_preps", "taking_nouns", "place_adjectives",
    "police_nouns", "regional_government_words", "regional_government_modifiers",
    "maker_heads", "firm_parts", "move_verbs", "headline_fillers", "group_adjectives", "body_nouns",
    "modified_heads", "counter_prefixes", "kind_adjectives", "treaty_aims", "aim_heads",
    "bare_agreement_heads",
    "specific_agreement_heads", "named_agreement_nouns", "protocol_words", "named_lower_heads",
    "named_lower_kinds", "deal_markers", "member_ordinals", "similar_marks", "separate_marks",
    "reference_preps",
    "subject_nouns", "time_nouns", "language_participles", "ethnic_words", "minority_nouns",
    "people_nouns", "stateless_peoples",
    "member_nouns",
    "state_nouns", "party_members", "party_officers", "combatant_cues", "bomber_heads",
    "bomber_people", "programme_heads", "operation_nouns",
    "operation_naming",
    "operation_naming_now",
    "relative_naming_verbs",
    "ship_naming", "known_as_words", "acronym_nouns", "naming_kind_words",
    "hull_words", "ship_heads", "office_nouns", "equipment_words",
    "ship_anaphors", "former_name_words", "new_name_nouns",
    "made_participles", "type_units",
    "transport_aircraft", "unarmed_aircraft", "craft_nouns", "armed_variant_words",
    "not_weapon_compounds", "group_nouns", "feature_nouns", "facility_nouns",
    "admin_nouns",
    "venue_preps", "venue_members", "staff_nouns", "service_speakers", "service_voices",
    "service_title_heads",
    "military_speakers", "military_voices", "bare_military_speakers", "voice_places",
    "firm_people",
    "paper_nouns", "magazine_nouns", "armed_group_cues", "armed_group_heads", "portfolio_heads",
    "facility_kinds", "further_marks", "prior_marks", "civil_words", "people_area_nouns",
    "contract_fields",
    "tenure_nouns", "tie_nouns", "locative_nouns", "entering_verbs", "goal_words",
    "name_lower_heads",
    "unit_lower_heads", "side_cues", "additional_marks", "anaphor_count_words",
    "calibre_anaphor_nouns", "artillery_nouns",
    "kind_contrast_words", "ranking_words",
    "matter_words",
)
# … and those kept as written (matched against a name's own casing).
_ROLE_CASED_LISTS = (
    "royal_titles", "sole_titles", "civil_ship_prefixes", "variant_words", "seat_venues",
    "generic_capitals", "modifier_capitals", "company_suffixes", "org_heads", "media_heads",
    "media_firsts",
    "media_tails", "outlet_service_words", "legal_suffixes", "station_prefixes", "station_words",
    "site_prefixes",
    "service_suffixes", "paired_trades", "side_plurals", "company_prefixes",
    "firm_group_heads",
    "public_service_words", "legislatures", "other_legislature_words", "owned_legislature_preps",
    "legislature_names",
    "other_service_words",
    "unit_heads",
    "compass_words", "continents", "state_heads", "agency_prefixes", "agreement_title_heads",
    "sited_bodies", "article_states", "structure_heads", "admin_suffixes", "place_heads",
    "building_heads",
    "venue_nouns", "institution_words", "bare_services", "joining_verbs", "joining_fighters",
    "joining_fighter_modifiers", "ending_verbs",
    "cased_services",
    "capital_services", "modifier_services",
    "forces_heads", "peoples_heads", "branch_heads", "regiment_words", "unit_name_heads",
    "franchised_groups", "shared_place_heads", "formation_heads",
    "national_societies", "feature_of_heads", "feature_org_heads", "bank_words",
    "namesake_water_heads",
    "rebel_force_words", "force_name_prefixes",
)


def load_roles(path: Path = DATA_DIR / "roles.yaml") -> Roles:
    """Person titles and state-agency nouns (``kg/data/roles.yaml``)."""
    if not path.is_file():
        return Roles()
    data = _read_yaml(path)
    singular = {tuple(str(t).lower().split()) for t in data.get("titles") or ()}
    plurals = {_plural_title(t) for t in singular if t[-1].isalpha()}
    titles = sorted(singular | plurals, key=lambda t: (-len(t), t))
    nouns: dict[tuple[str, ...], str] = {}
    for name, forms in (data.get("agency_nouns") or {}).items():
        for form in [name, *(forms or [])]:
            nouns.setdefault(tuple(str(form).lower().split()), str(name))
    return Roles(
        **{f: _lemmas(data.get(f) or ()) for f in _ROLE_WORD_LISTS},
        **{f: frozenset(str(w) for w in data.get(f) or ()) for f in _ROLE_CASED_LISTS},
        titles=tuple(titles),
        name_titles=frozenset(tuple(str(t).lower().split()) for t in data.get("name_titles") or ()
                              if str(t).split()),
        leader_bodies={str(k).lower(): str(v) for k, v in
                       (data.get("leader_bodies") or {}).items()},
        sole_rulers={str(t): {str(k): str(v) for k, v in (states or {}).items()}
                     for t, states in (data.get("sole_rulers") or {}).items()},
        party_names={str(k): str(v) for k, v in (data.get("party_names") or {}).items()},
        bare_kinds={str(k).lower(): str(v) for k, v in (data.get("bare_kinds") or {}).items()},
        sea_kinds={str(k): str(v) for k, v in (data.get("sea_kinds") or {}).items()},
        short_features={str(k): str(v) for k, v in
                        (data.get("short_features") or {}).items()},
        member_counts={str(k).lower(): int(v) for k, v in
                       (data.get("member_counts") or {}).items()},
        ship_title_kinds={str(k).lower(): str(v) for k, v in
                          (data.get("ship_title_kinds") or {}).items()},
        government_seats={str(k).lower(): str(v) for k, v in
                          (data.get("government_seats") or {}).items()},
        town_states={str(k): str(v) for k, v in (data.get("town_states") or {}).items()},
        state_zones={tuple(str(k).lower().split()): (str(v["place"]),
                                                      frozenset(map(str, v["states"])))
                     for k, v in (data.get("state_zones") or {}).items()},
        agency_nouns=nouns,
        title_words=frozenset(w for t in titles for w in t),  # plural words too ("ministers")
        plural_title_words=frozenset(w for t in plurals for w in t) - frozenset(
            w for t in singular for w in t),
        media_nouns=tuple(sorted({tuple(str(w).lower().split())
                                  for w in data.get("media_nouns") or ()},
                                 key=lambda t: (-len(t), t))),
        force_nouns=_lemmas(_read_yaml(path.parent / "relations.yaml").get("force_nouns") or ()
                            if (path.parent / "relations.yaml").is_file() else ()),
        storm_words=tuple(tuple(str(w).split()) for w in data.get("storm_words") or ()),
        owner_descriptions={str(k).lower(): frozenset(str(m) for m in v or ()) for k, v in
                            (data.get("owner_descriptions") or {}).items()},
        service_adjectives={str(k).lower(): str(v) for k, v in
                            (data.get("service_adjectives") or {}).items()},
        naming_kinds={str(w).lower(): str(cls) for cls, words in
                      (data.get("naming_kinds") or {}).items() for w in words or ()},
        apposed_kinds={str(w).lower(): str(cls) for cls, words in
                       (data.get("apposed_kinds") or {}).items() for w in words or ()},
        state_name_firsts={str(w): str(cls) for cls, words in
                           (data.get("state_name_firsts") or {}).items() for w in words or ()},
        force_name_heads={str(h): str(k) for k, heads in
                          (data.get("force_name_heads") or {}).items() for h in heads or ()},
        office_titles={str(k).lower(): str(v) for k, v in
                       (data.get("office_titles") or {}).items()},
        leader_states=_leader_states(_read_yaml(path.parent / "relations.yaml")
                                     if (path.parent / "relations.yaml").is_file() else {}),
        command_areas=frozenset(tuple(str(w).split()) for w in data.get("command_areas") or ()),
    )


def _expand(value: Any, symbols: dict[str, list[str]]) -> Any:
    """Substitute symbolic lists (WEAPON_NOUNS, WEAPON_KINDS, SHIP_NOUNS, HULL_PREFIXES,
    AGREEMENT_HEADS, CALENDAR, DEMONYMS, NAME_STOPS) inside a pattern."""
    if isinstance(value, str) and value in symbols:
        return symbols[value]
    if isinstance(value, dict):
        return {k: _expand(v, symbols) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, symbols) for v in value]
    return value


# General knowledge beyond the sample corpus, read after entities.yaml (which wins on a label
# or an alias both claim): every sovereign state, regions and seas, organisations and armed
# groups, well-known weapon systems, generic kinds of agreement.
EXTRA_FILES = ("countries.yaml", "regions.yaml", "organisations.yaml", "weapons.yaml",
               "agreements.yaml", "companies.yaml", "media.yaml")


def load_gazetteer(
    entities_file: Path = DATA_DIR / "entities.yaml",
    patterns_file: Path = DATA_DIR / "patterns.yaml",
    extra_files: Iterable[Path] | None = None,
    roles_file: Path = DATA_DIR / "roles.yaml",
) -> Gazetteer:
    """Read and check the gazetteer; every ``broader``/``part_of``/party must name an entry.

    ``extra_files`` defaults to ``EXTRA_FILES`` in ``kg/data`` when ``entities_file`` is the
    default one, and to none otherwise (a test's own small gazetteer stays small).
    """
    if extra_files is None:
        default = entities_file == DATA_DIR / "entities.yaml"
        extra_files = [DATA_DIR / f for f in EXTRA_FILES] if default else []
    entries: list[GazetteerEntry] = []
    by_label: dict[str, GazetteerEntry] = {}
    alias_index: dict[str, str] = {}
    era_rows: list[tuple[Path, list[Any], list[Any]]] = []
    files: list[tuple[Path, dict[str, Any]]] = []
    for path in (entities_file, *extra_files):
        taken = set(alias_index)
        data = _read_yaml(path)
        era_rows.append((path, data.get("eras") or [], data.get("shared_names") or []))
        files.append((path, data))
        for e in _entries_of(path, data) + _territories(data, entries):
            e = _with_island_short_name(e)
            if e.label in by_label:
                if path == entities_file:
                    raise GazetteerError(f"{path}: duplicate label {e.label!r}")
                continue  # entities.yaml (or an earlier file) wins
            e = _without(e, taken) if path != entities_file else e
            entries.append(e)
            by_label[e.label] = e
            if e.parties or not (e.aliases or e.exact or e.patterns):
                continue  # reached only through its kinds' phrases (or words), in context
            for alias in (e.label, *e.aliases, *e.exact):
                alias_index.setdefault(normalise_alias(alias), e.label)
    for e in entries:
        for ref in (e.broader, e.part_of, *e.parties, *e.kinds):
            if ref is not None and ref not in by_label:
                raise GazetteerError(f"{entities_file}: {e.label!r} refers to unknown {ref!r}")
    gaz = Gazetteer(entries=tuple(entries), by_label=by_label, alias_index=alias_index)
    pat = _read_yaml(patterns_file)
    symbols = {"WEAPON_NOUNS": list(pat.get("weapon_nouns") or []), "DEMONYMS": gaz.demonyms(),
               "WEAPON_KINDS": list(pat.get("weapon_kinds") or []),
               "SHIP_NOUNS": list(pat.get("ship_nouns") or []),
               "HULL_PREFIXES": list(pat.get("hull_prefixes") or []),
               "AGREEMENT_HEADS": list(pat.get("agreement_heads") or []),
               "CALENDAR": list(pat.get("calendar") or [])}
    symbols["NAME_STOPS"] = symbols["DEMONYMS"] + symbols["CALENDAR"]  # no system's name
    generic = tuple(_expand(p, symbols) for p in pat.get("patterns") or [])
    for p in generic:
        if p.get("label") not in ENTITY_CLASSES:
            raise GazetteerError(f"{patterns_file}: pattern label {p.get('label')!r} unknown")
    ignore = frozenset(str(n).lower() for n in pat.get("not_entities") or ())
    eras = tuple(e for path, rows, _ in era_rows for e in _eras_of(rows, path, by_label))
    shared = tuple(x for path, _, rows in era_rows for x in _shared_of(rows, path, by_label))
    territories = tuple(t for path, data in files for t in _territories_of(data, path, by_label))
    capitals = tuple(c for path, data in files
                     for c in _former_capitals_of(data.get("capital_eras") or [], path, by_label))
    return Gazetteer(tuple(entries), generic, ignore, by_label, alias_index,
                     load_roles(roles_file), eras, territories, shared, capitals)


def _lemmas(values: Iterable[Any]) -> frozenset[str]:
    """``values`` lower-cased: a word list matched against a token's ``lower_`` or lemma."""
    return frozenset(str(v).lower() for v in values)


# Word lists of relations.yaml read into RelationRules.words (issue 12 constructions).
WORD_LISTS = ("needs_clause", "receiving", "transfer_nouns", "supplier_nouns",
              "supplied_participles", "concluding", "signed_object_only", "supply_objects",
              "transfer_verbs", "signature_verbs", "signature_nouns", "appeal_preps",
              "planning_heads", "planning_modals", "planning_nouns", "not_purchases",
              "denied_objects", "receiving_nouns", "deal_contents")


def load_relation_rules(path: Path = DATA_DIR / "relations.yaml",
                        claims_path: Path | None = DATA_DIR / "claims.yaml") -> RelationRules:
    data = _read_yaml(path)
    triggers = {r: _lemmas(data.get("triggers", {}).get(r) or ()) for r in RELATIONS}
    roles = {k: frozenset(v) for k, v in (data.get("roles") or {}).items()}
    for needed in ("actor", "place", "item", "agreement"):
        if needed not in roles:
            raise GazetteerError(f"{path}: roles.{needed} missing")
    # kg/data/claims.yaml: the reporting verbs and words of claims extend those of relations
    extra = {str(k): _lemmas(v) for k, v in
             ((_read_yaml(claims_path).get("reports") or {}) if claims_path else {}).items()}
    triggers["reports"] |= extra.pop("triggers", frozenset())
    lists = {k: _lemmas(v) for k, v in data.items() if isinstance(v, list)}
    lists.update({k: lists.get(k, frozenset()) | v for k, v in extra.items()})
    return RelationRules(
        triggers=triggers,
        force_nouns=_lemmas(data.get("force_nouns") or ()),
        to_preps=_lemmas(data.get("to_preps") or ()),
        place_preps=_lemmas(data.get("place_preps") or ()),
        support_verbs=_lemmas(data.get("support_verbs") or ()),
        roles=roles,
        actor_priority=tuple(data.get("actor_priority") or ()),
        estimating=_lemmas(data.get("estimating") or ()),
        denying=_lemmas(data.get("denying") or ()),
        accusing=_lemmas(data.get("accusing") or ()),
        stance_nouns=_lemmas(data.get("stance_nouns") or ()),
        hedging_heads=_lemmas(data.get("hedging_heads") or ()),
        words={**{name: frozenset() for name in WORD_LISTS},  # any other list by its key too
               **lists},
        modals=_lemmas(data["modals"]),
        anaphors={str(k).lower(): frozenset(v) for k, v in (data.get("anaphors") or {}).items()},
        descriptions={str(k).lower(): frozenset(v)
                      for k, v in (data.get("descriptions") or {}).items()},
        executive_states={str(k).lower(): str(v)
                          for k, v in (data.get("executive_states") or {}).items()},
        leader_states=_leader_states(data),
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()


@lru_cache(maxsize=1)
def default_relation_rules() -> RelationRules:
    return load_relation_rules()
