"""Entity resolution: mentions → one entity per real-world thing; relation roles → entity keys.

Order of evidence for a mention's canonical entity:
1. the gazetteer pattern that matched it (EntityRuler id);
2. the gazetteer alias index (an NER span that equals a known alias);
3. within one document, a one-word person name that is the first or last word of a longer
   person name seen in that document ("Lee" after "Lee Seong-kweun"; the word before a name
   particle, "Lula" of "Luiz Inacio Lula da Silva", and the surname with its particle in
   either case, "de Gaulle" or "De Gaulle" of "Charles de Gaulle"), a royal title or Arabic
   honorific with one given name ("Prince Abdulaziz") the person written in full after that
   title (kg/graph/titled_short.py), a leading run of one longer person name ("Abdel Wahid"
   of "Abdel Wahid al-Nur"), a surname of a full name typed another class, which is then a
   person, or one opened by its particle capitalised ("Von der Leyen", "El-Naser") that NER
   typed a body (kg/graph/person_short.py), a weapon family name that a longer weapon name of that
   document narrows ("Leopard tanks" after "Leopard 2 tanks"), and one ship class named with
   other ship nouns or without "-class" ("MILGEM ship", "MILGEM-class corvette":
   kg/graph/ship_classes.py), and a feature's bare head the feature news means by it ("the
   Gulf": the Persian Gulf, kg/graph/short_features.py);
4. otherwise its own normalised surface form;
then an era-aware name ("Moscow", "Belgrade") is re-pointed to the state it meant in the
document's years, and a name two states share ("Congo") to the one the document names in full
(kg/graph/eras.py).
A ship an extraction rule named after a place (listed, or another article's) or after another
article's person is keyed "X (ship)" apart from its namesake (E6), so one class vote does not
merge a warship and a city, nor one article's ship and another's president.
An entity's class is the most frequent class among its mentions (a gazetteer class wins; a tie
is broken whatever the order of the articles: kg/graph/votes.py).
An entity the gazetteer does not list gets, by rule: ``part_of`` the country its name ends
with in brackets ("Ministry of Defence (Russia)"); a weapon, ``broader`` the longest listed
weapon its name ends with ("anti-ship ballistic missile" → "ballistic missile").
A person's title and affiliation are the first ones seen beside a mention of them.
An entity's aliases (skos:altLabel) are its mentions' surface forms, less the lower-case
descriptions of a named node ("the navy" of the Royal Navy: `_description_of`), which are kept
per document (``Entity.descriptions``: what the node was called there, for `kg.evaluate`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kg.extract.gazetteer import (
    Gazetteer,
    RelationRules,
    Roles,
    bracketed,
    paternal_surname,
    singular,
    surface_form,
)
from kg.extract.titled import untitled_royal
from kg.graph.bare import bare_name
from kg.graph.eras import (
    era_keys,
    former_capital_keys,
    former_capital_nodes,
    named_capital_keys,
    shared_name_keys,
    territory_keys,
    territory_nodes,
)
from kg.graph.firm_short import MISTYPED_BRAND_CLASSES, headline_end, short_firm_keys
from kg.graph.force_names import named_force_keys
from kg.graph.legislature_names import legislature_keys
from kg.graph.owned_bodies import owned_descriptions
from kg.graph.person_short import leading_run_keys, mistyped_full_name, particled_surname_keys
from kg.graph.ship_classes import ship_class_keys
from kg.graph.short_features import short_feature_keys
from kg.graph.titled_short import titled_short_keys
from kg.graph.votes import ClassVote
from kg.model import DocExtraction, Entity, Mention, Relation, RelationMention

REQUIRED = {
    "supplies": (("supplier",), ("recipient", "item")),
    "deploys": (("deployer",), ("destination",)),
    "reports": (("claimant",),),
    "signed": (("party",), ("agreement",)),
}
# One-word mentions of these classes that equal the surname of a person named in full in the
# same document are that person ("Trappier" after "Eric Trappier", even if NER said ORG).
SURNAME_CLASSES = ("Person", "Agency", "Region", "Company", "MediaOutlet")
# Classes of a place a ship is named after (dev README E6: `Sevastopol (ship)`).
NAMESAKE_PLACES = ("Region", "Country")
# A person is a ship's namesake only in another article: in the ship's own article a rule that
# named a person a ship more often misfired than met a ship named after someone there.
NAMESAKE_OTHERS = (*NAMESAKE_PLACES, "Person")
SINGLE = {"supplier", "recipient", "deployer", "destination", "claimant", "agreement"}
# Role → the relations.yaml role group whose classes may fill it ("about" takes any entity).
ROLE_GROUP = {"supplier": "actor", "recipient": "actor", "deployer": "actor", "party": "actor",
              "claimant": "actor", "destination": "place", "item": "item",
              "agreement": "agreement"}


def related_keys(relations: Iterable[Relation]) -> set[str]:
    """The entity keys that any of ``relations`` names in a role (kg add's record keeps these of
    the relations before :meth:`Resolver.finish`, not the relations)."""
    return {k for r in relations for _, keys in r.roles for k in keys}


def untitled_office(form: str, roles: Roles) -> str | None:
    """"Prime Minister Benjamin Netanyahu's office" → "Benjamin Netanyahu's office", "Mr X's
    office" → "X's office": a holder's office (refine.people._offices, which keeps the title in
    the phrase) is as often named by the holder alone; None for any other form (h-rep59)."""
    holder, sep, noun = form.rpartition("'s ")
    if not sep or noun.lower() not in roles.office_nouns:
        return None
    words = holder.split()
    if words and words[0].lower() in roles.honorifics:
        size = 1
    else:
        size = roles.opening_title(tuple(w.lower() for w in words))
    return f"{' '.join(words[size:])}'s {noun}" if size else None


@dataclass
class Resolver:
    """Accumulates entities over documents; ``add`` one document at a time (bounded memory)."""

    gazetteer: Gazetteer
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    _classes: dict[str, ClassVote] = field(default_factory=dict)
    # a territory's Region node (kg/graph/eras.py) → its label: a Region whatever its mentions
    _territories: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # mention text → its surface_form: the same names recur in every document
    _surfaces: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # a ship keyed by its bare name (no namesake met yet) → the documents that call it a ship
    _ships: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)
    # bare names that are also another thing's (a place, a person): their ships are "X (ship)"
    _namesakes: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._territories = {**former_capital_nodes(self.gazetteer.former_capitals),
                             **territory_nodes(self.gazetteer.territories)}

    def add(self, ex: DocExtraction) -> None:
        # "Moscow" in a 1985 story is the Soviet Union (countries.yaml's eras)
        keys = era_keys(self.gazetteer, ex.doc, ex.mentions, self._doc_keys(ex.mentions))
        keys = shared_name_keys(self.gazetteer, ex.mentions, keys)  # "Congo" after "DR Congo"
        keys = territory_keys(self.gazetteer, ex.doc, ex.mentions, keys)  # Algeria in 1956
        keys = former_capital_keys(self.gazetteer, ex.doc, ex.mentions, keys)  # Karachi in 1950
        keys = named_capital_keys(self.gazetteer, ex.mentions, keys)  # Jerusalem beside Israel
        keys = self._namesake_ships(ex.mentions, keys, ex.doc.doc_id)  # Vladivostok, the ship
        # "Acme" after "Acme Aviation": the one firm so named with a trade word
        keys = short_firm_keys(ex.mentions, keys, self.gazetteer.roles.company_suffixes,
                               headline_end(ex.doc))
        firms = {keys[m.span] for m in ex.mentions if m.cls == "Company"}
        people = {keys[m.span] for m in ex.mentions if m.cls == "Person"}
        # a person's name no Person mention was written as: a short form took it ("Benigno
        # Aquino", tagged a place, after "Aquino" the person: kg.graph.person_short)
        unwritten = people - {m.lemma for m in ex.mentions if m.cls == "Person"}
        for m in ex.mentions:
            key = keys[m.span]  # a Span hashes all four fields: looked up once
            if m.cls != "Person" and m.key is None and key in people \
                    and (key != m.lemma or key in unwritten):
                m = replace(m, cls="Person")  # a surname ("Y") tagged an organisation
            elif m.cls in MISTYPED_BRAND_CLASSES and m.key is None and key in firms \
                    and key != m.lemma:
                m = replace(m, cls="Company")  # a firm's brand tagged an organisation
            self._record(m, key, ex.doc.doc_id, keys)
            self._other_forms(m, self.entities[key])
        agencies = [(keys[m.span], surface_form(m.span.text)) for m in ex.mentions
                    if m.cls == "Agency"]
        for key, called in owned_descriptions(agencies, self.gazetteer.roles.agency_nouns).items():
            self.entities[key].descriptions.setdefault(ex.doc.doc_id, set()).update(called)
        for rm in ex.relations:
            rel = self._relation(rm, keys)
            if rel is not None:
                self.relations.append(rel)

    def finish(self, rules: RelationRules) -> list[Relation]:
        """Relations whose roles still fit their entities' final classes.

        An unknown name's class is a majority vote that can change as documents arrive
        ("Moldova" tagged a person in one sentence, a place in others), so role constraints are
        checked once, after the last document; a relation that loses a required role is dropped.
        """
        kept = []
        for rel in self.relations:
            roles = []
            for name, keys in rel.roles:
                group = ROLE_GROUP.get(name)
                if group is not None:
                    keys = tuple(k for k in keys if self.entities[k].cls in rules.roles[group])
                roles.append((name, keys))
            fitted = dict(roles)
            if all(any(fitted.get(r) for r in alts) for alts in REQUIRED[rel.relation]):
                fit = tuple((n, k) for n, k in roles if k)
                # most keep every role: the relation itself (frozen, equal to its copy)
                kept.append(rel if fit == rel.roles else replace(rel, roles=fit))
        self.relations = kept
        return kept

    def _namesake_ships(self, mentions: Iterable[Mention], keys: dict, doc_id: str) -> dict:
        """Keys a ship apart from its namesake (dev README E6: "the warship, named
        Vladivostok" and the city of another article are two nodes; one class vote over both
        made the city a Weapon): a ship is a Weapon mention an extraction rule named
        (``Mention.key`` not a listed weapon); its name is a namesake's (``_namesake_class``)
        where the gazetteer lists it so, or where another article's mention of it says so (a
        person too there: "the carrier John F. Kennedy" is not the president of another
        article). Then the ship is "X (ship)", and a ship keyed "X" by earlier articles is
        re-keyed; a ship-rule mention of a person its own article names stays that person."""
        mentions = list(mentions)
        others = {k for m in mentions for k in (keys[m.span],) if _namesake_class(m.cls, k)}
        people = {keys[m.span] for m in mentions if m.cls == "Person"}
        for name in (others | people) & self._ships.keys():
            ent = self.entities.get(name)
            # another article's ship, and only ships so far: the name is shared
            if doc_id not in self._ships[name] and ent is not None \
                    and ent.documents <= self._ships[name]:
                self._rename(name, ship_key(name))
                self._namesakes.add(name)
                del self._ships[name]
        out = dict(keys)
        for m in mentions:
            name = self._ship_mention(m, keys)
            if name is None:
                continue
            entry = self.gazetteer.by_label.get(name)
            if name in self._namesakes or name in others \
                    or entry is not None and _namesake_class(entry.cls, name) \
                    or name not in self._ships and name in self.entities \
                    and _namesake_class(self.entities[name].cls, name,
                                        NAMESAKE_PLACES if _named_person(name, people)
                                        else NAMESAKE_OTHERS):
                out[m.span] = ship_key(name)
            elif not _named_person(name, people):  # a rule's misfire on this article's person
                self._ships.setdefault(name, set()).add(doc_id)
        return out

    def _ship_mention(self, m: Mention, keys: dict) -> str | None:
        """The name of ``m`` where it is a ship an extraction rule named ("the frigate X", "a
        second ship, X"): a Weapon whose rule key is its own key in ``keys``, not a listed
        weapon's; else None. (Class and rule key are tested before the key is looked up: most
        mentions are no ship, and each lookup hashes a Span.)"""
        if m.cls != "Weapon" or m.key is None or not m.key[:1].isupper() or keys[m.span] != m.key:
            return None
        entry = self.gazetteer.by_label.get(m.key)
        return m.key if entry is None or entry.cls != "Weapon" else None

    def _rename(self, old: str, new: str) -> None:
        """Moves the node ``old`` (and the relations that name it) to the key ``new``."""
        ent = self.entities.pop(old, None)
        if ent is None or new in self.entities:
            return
        ent.key = ent.label = new
        ent.aliases.add(old)
        self.entities[new] = ent
        self._classes[new] = self._classes.pop(old, ClassVote())
        for i, rel in enumerate(self.relations):
            if any(old in ks for _, ks in rel.roles):
                roles = tuple((n, tuple(new if k == old else k for k in ks)) for n, ks in rel.roles)
                self.relations[i] = replace(rel, roles=roles)

    def _doc_keys(self, mentions: Iterable[Mention]) -> dict:
        """Canonical key for every mention span of one document."""
        keys = {}
        people: list[str] = []
        pending: list[Mention] = []
        for m in mentions:
            key = self._known_key(m)
            if key is None and m.cls in SURNAME_CLASSES and " " not in m.lemma:
                pending.append(m)
                continue
            key = keys[m.span] = key or self._own_name(m)
            if m.cls == "Person" or self._class_of(key) == "Person":
                people.append(key)
        for m in pending:
            # a surname (or, "Najib" after "Najib Razak", a first name) NER took for an
            # organisation or place is still the person's
            full = [p for p in people if " " in p
                    and m.lemma in _short_forms(p, self.gazetteer.roles.name_particles)]
            # ("Aquino" after a "Benigno Aquino" NER took for a place)
            if not full and m.cls == "Person" and (mistyped := mistyped_full_name(
                    m.lemma, mentions, keys, self.gazetteer.by_label,
                    self.gazetteer.roles.name_particles)):
                full = [mistyped]
            keys[m.span] = full[0] if full else self._own_name(m)
        # "the Senate" after "the US Senate": the one organisation (or person) of the
        # document whose name ends with these words
        # (and "Jaber Ansari" after "Hossein Jaber Ansari"; "de Gaulle" or, opening a
        # sentence, "De Gaulle" after "Charles de Gaulle": a surname with its name particle)
        for cls in ("Agency", "Person"):
            named = {keys[m.span] for m in mentions if m.cls == cls}
            folded = self.gazetteer.roles.name_particles if cls == "Person" else ()
            for m in mentions:
                if m.cls != cls or self._known_key(m) is not None:
                    continue
                tail = _particle_case(m.lemma.split(), folded)
                if tail and (tail[0][:1].isupper() or len(tail) > 1 and tail[0] in folded):
                    longer = [k for k in named if len(k.split()) > len(tail)
                              and _particle_case(k.split()[-len(tail):], folded) == tail]
                    if len(longer) == 1:
                        keys[m.span] = longer[0]
        # "Von der Leyen said" (NER: a body) after "Ursula von der Leyen": the one person
        # whose name ends so with the particle in lower case
        keys = particled_surname_keys(mentions, keys, SURNAME_CLASSES, self.gazetteer.by_label,
                                      self.gazetteer.roles.name_particles)
        # "Abdel Wahid" after "Abdel Wahid al-Nur": the one person whose name it opens
        keys = leading_run_keys(mentions, keys)
        # "Prince Abdulaziz" after "Prince Abdulaziz bin Salman": the one person so titled
        keys = titled_short_keys(mentions, keys, self.gazetteer.roles)
        # "the army" and "Israel's military" beside "the Israel Defense Forces": the one body
        # the article names (kg.graph.force_names.py)
        forces = named_force_keys({keys[m.span] for m in mentions if m.cls == "Agency"
                                   or self._class_of(keys[m.span]) == "Agency"}, self.gazetteer)
        if forces:  # mostly none: then no key changes
            for m in mentions:
                if (key := keys[m.span]) in forces:
                    keys[m.span] = forces[key]
        # "the Senate" after "the Philippine Senate" (`Senate (Philippines)`): one legislature
        houses = legislature_keys({keys[m.span] for m in mentions if m.cls == "Agency"},
                                  self.gazetteer.roles)
        if houses:
            for m in mentions:
                if (key := keys[m.span]) in houses:
                    keys[m.span] = houses[key]
        # "Acme" after "Acme Ltd" (or "Astilleros Acme": a trade word of the firm's own language
        # opens it; h-firm1): the one firm of the document so named with its legal form
        legal = self.gazetteer.roles.legal_suffixes
        prefixes = self.gazetteer.roles.company_prefixes
        firms = {keys[m.span] for m in mentions if m.cls == "Company"}
        for m in mentions:
            if m.cls == "Company" and self._known_key(m) is None:
                longer = [k for k in firms if k.rpartition(" ")[0] == m.lemma
                          and k.rpartition(" ")[2] in legal
                          or k.partition(" ")[2] == m.lemma and k.partition(" ")[0] in prefixes]
                if len(longer) == 1:
                    keys[m.span] = longer[0]
        # "the Gulf" alone: the Persian Gulf, also beside "the Gulf of Oman" (short_features)
        keys = short_feature_keys(mentions, keys, self.gazetteer.roles.short_features)
        # "Kano" beside "Kano airport": the one site of the document so named (issue 12)
        sites: dict[str, set[str]] = {}
        for m in mentions:
            if m.cls == "Region" and keys[m.span] not in self.gazetteer.by_label:
                name = self._site_name(keys[m.span])
                if name is not None:
                    sites.setdefault(name, set()).add(keys[m.span])
        # (not the town a dateline names beside its air base: "LAAGE, … - … at Laage" beside
        # "the Laage air base" is the town, the base a place of its own; dev E12, stop 79)
        towns = _dateline_towns(mentions)
        apart = self.gazetteer.roles.town_apart_bases
        for m in mentions if sites else ():  # no site named: no key changes
            known = self._known_key(m)
            name = known or m.lemma
            longer = sites.get(name, ()) if m.cls == "Region" else ()
            if name in towns:
                longer = [k for k in longer if not _base_of_kind(k, apart)]
            if (known is None or known not in self.gazetteer.by_label) and len(longer) == 1:
                keys[m.span] = next(iter(longer))
        weapons = sorted({k for m in mentions if m.cls == "Weapon" for k in [keys[m.span]]})
        # "the MILGEM ship" beside "MILGEM-class corvettes": one class (kg/graph/ship_classes.py)
        ships = ship_class_keys((w for w in weapons if w not in self.gazetteer.by_label),
                                self.gazetteer.ship_kinds | self.gazetteer.roles.ship_words,
                                self._listed_other)
        weapons = sorted({ships.get(w, w) for w in weapons})
        said: dict[str, list[int]] = {}
        for m in mentions:
            if m.cls == "Weapon":
                key = keys[m.span]
                said.setdefault(ships.get(key, key), []).append(m.span.start)
        for m in mentions:
            if m.cls == "Weapon" and (key := keys[m.span]) not in self.gazetteer.by_label:
                key = _narrower(ships.get(key, key), weapons, m.span.start, said)
                keys[m.span] = _variant_system(_named_designation(key, weapons), weapons)
        # the family or popular name after the full one ("Mirage" after "Mirage 5"), once the
        # variants have their systems: only a full name said before it is referred back to
        # ("Pakistan's Mirage fighters" before "India's Mirage 2000s" stays apart)
        first: dict[str, int] = {}
        for m in mentions:
            if m.cls == "Weapon":
                key = keys[m.span]
                first[key] = min(first.get(key, m.span.start), m.span.start)
        for m in mentions:
            if m.cls == "Weapon" and (key := keys[m.span]) not in self.gazetteer.by_label:
                earlier = [k for k, start in first.items() if start < m.span.start]
                keys[m.span] = _family_member(key, earlier)
        return keys

    def _own_name(self, m: Mention) -> str:
        """The mention's own name as key; a person called like an ambiguous listed place
        ("Jordan") gets the class in brackets so as not to merge with the place."""
        entry = self.gazetteer.by_label.get(m.lemma)
        if entry is not None and entry.ambiguous and entry.cls != m.cls:
            return f"{m.lemma} ({m.cls})"
        return m.lemma

    def _site_name(self, key: str) -> str | None:
        """"Vaernes military base" → "Vaernes", "Trondelag region" → "Trondelag": the name of
        a place that a lower-case place noun ends (roles.yaml place_nouns, admin_nouns:
        "Jonglei state" → "Jonglei"), and "Clark Air
        Base" → "Clark" (roles.yaml base_words), "Camp Taji" → "Taji" (roles.yaml site_prefixes,
        station_prefixes), "RAAF Base Amberley" → "Amberley" (station_words after a
        station prefix or a service's full name); news and readers name the site by either."""
        words = key.split()
        roles = self.gazetteer.roles
        if len(words) == 2 and (words[0] in roles.site_prefixes
                                or words[0] in roles.station_prefixes) and words[1].istitle():
            return words[1]  # "Camp Taji", "RAF Feltwell" → "Taji", "Feltwell"
        k = next((k for k, w in enumerate(words) if w in roles.station_words), 0)
        if k and 1 <= len(words) - k - 1 <= 2 and all(w.istitle() for w in words[k + 1:]) \
                and (k == 1 and words[0] in roles.station_prefixes
                     or words[k - 1] in roles.service_ends):
            return " ".join(words[k + 1:])  # "RAAF Base Amberley", "Canadian Forces Base Borden"
        cut = len(words)
        while cut > 1 and words[cut - 1].islower() and words[cut - 1].isalpha():
            cut -= 1
        if cut == len(words) and words[-1] == "Base":  # "Clark Air Base" → "Clark"
            while cut > 1 and words[cut - 1].lower() in roles.base_words:
                cut -= 1
        last = words[-1].lower()
        if cut == len(words) or last not in roles.place_nouns and last not in roles.admin_nouns \
                or not words[cut - 1][:1].isupper():
            return None
        return " ".join(words[:cut])

    def _known_key(self, m: Mention) -> str | None:
        if m.key:
            return self._official_name(m.key)
        entry = self.gazetteer.lookup(m.lemma)
        if entry is None or (entry.ambiguous and m.cls == "Person"):
            return None
        return entry.label

    def _official_name(self, key: str) -> str:
        """"Ministry of Defence (Chile)" → "Ministry of National Defence (Chile)": a state
        body's key made of its kind and state that the gazetteer lists as an alias of another
        body is that body, under its official name (organisations.yaml; h-rep65)."""
        if not key.endswith(")") or key in self.gazetteer.by_label:
            return key
        entry = self.gazetteer.lookup(key)
        return entry.label if entry is not None and entry.cls == "Agency" else key

    def _listed_other(self, name: str) -> bool:
        """Whether the gazetteer lists ``name`` as something other than a weapon ("Russian",
        "US": a state; kg.graph.ship_classes)."""
        entry = self.gazetteer.lookup(name)
        return entry is not None and entry.cls != "Weapon"

    def _class_of(self, key: str) -> str | None:
        entry = self.gazetteer.by_label.get(key)
        return entry.cls if entry else None

    def _state_of(self, key: str) -> str | None:
        """"Ministry of Defence (Russia)" → "Russia", when that is a listed country."""
        inner = bracketed(key)
        if inner is None:
            return None
        entry = self.gazetteer.by_label.get(inner)
        return inner if entry is not None and entry.cls == "Country" else None

    def _broader_weapon(self, key: str) -> str | None:
        """The longest listed weapon that ``key`` ends with, word-wise ("Fath-360 ballistic
        missile" → "ballistic missile"; "Leopard tank" → "tank")."""
        words = key.split()
        for i in range(1, len(words)):
            entry = self.gazetteer.lookup(" ".join(words[i:]))
            if entry is not None and entry.cls == "Weapon" and not entry.generic:
                return entry.label
        return None

    def _service_names(self, key: str) -> list[str]:
        """The names a reader gives a state's armed service keyed "<Service> (<State>)": by the
        state's adjective and by its name ("Army (Kuwait)" → "Kuwaiti Army", "Kuwait Army"),
        as the dev gold names services (`Kuwaiti Army`, `Jordanian Army`, `Kenya Army`); a
        service reached only by a description ("the emirate's army") is known by them too."""
        state = bracketed(key)
        service = key[:-len(state) - 3] if state else ""
        entry = self.gazetteer.by_label.get(state) \
            if service in self.gazetteer.roles.capital_services else None
        if entry is None or entry.cls != "Country":
            return []
        return [f"{name} {service}" for name in (entry.demonym, state) if name]

    def _other_forms(self, m: Mention, ent: Entity) -> None:
        """The other boundary a reader draws around a name: a person is known by their name
        with the titles written before it ("President George Bush"), a monarch without the
        royal title ("Gyanendra"), a firm or group without its noun ("Acme" for "Acme
        shipyard")."""
        roles = self.gazetteer.roles
        forms = (m.titled, untitled_royal(ent.label, roles)) if m.cls == "Person" \
            else (bare_name(ent.label, ent.cls, roles),)
        for form in forms:
            if form and form != ent.label:
                ent.aliases.add(form)

    def _record(self, m: Mention, key: str, doc_id: str, keys_of_doc: dict) -> None:
        ent = self.entities.get(key)
        if ent is None:
            entry = self.gazetteer.by_label.get(key)
            territory = self._territories.get(key)
            ent = Entity(key=key, label=territory or key,
                         cls="Region" if territory else entry.cls if entry else m.cls)
            if entry is not None:
                ent.wikidata, ent.broader = entry.wikidata, entry.broader
                ent.part_of = entry.part_of
            else:
                ent.part_of = self._state_of(key)
                ent.broader = self._broader_weapon(key) if m.cls == "Weapon" else None
                ent.aliases.update(self._service_names(key))
            self.entities[key] = ent
            self._classes[key] = ClassVote()
        if m.cls == "Weapon" and ent.broader is None and key not in self.gazetteer.by_label:
            # a named system keyed by its name alone ("Fath-360"): its kind is in the phrase
            # it was found as ("Fath-360 ballistic missiles" → ballistic missile)
            ent.broader = self._broader_weapon(singular(surface_form(m.span.text)))
        if m.cls == "Person" and ent.title is None and m.title:
            ent.title = m.title
        if m.cls == "Person" and ent.affiliation is None and m.affiliation is not None:
            ent.affiliation = keys_of_doc.get(m.affiliation)
        ent.mention_count += 1
        ent.documents.add(doc_id)
        alias = self._surfaces.get(m.span.text)
        if alias is None:
            alias = self._surfaces[m.span.text] = surface_form(m.span.text)
        if alias and alias != ent.label:
            if _description_of(alias, ent.label, ent.cls, self.gazetteer.roles.agency_nouns):
                ent.descriptions.setdefault(doc_id, set()).add(alias)
            else:
                ent.aliases.add(alias)
        site = self._site_name(key) if m.cls == "Region" else None
        if site is not None:
            ent.aliases.add(site)
        owner, sep, body = alias.partition("'s ")
        if m.cls == "Agency" and sep and (bare := untitled_office(alias, self.gazetteer.roles)):
            ent.aliases.add(bare)
        if m.cls == "Agency" and sep and key.endswith(")") and body[:1].isupper():
            # "Russia's Federal Service for …" (keyed "… (Russia)"): the body's own name is an
            # alias too, as a reader would name it
            ent.aliases.add(body)
        if key not in self.gazetteer.by_label and key not in self._territories:
            self._classes[key].add(m, doc_id)
            ent.cls = self._classes[key].winner()

    def _relation(self, rm: RelationMention, keys: dict) -> Relation | None:
        roles: dict[str, tuple[str, ...]] = {}
        get = keys.get  # one Span hash per mention, not two (keys hold no None)
        for name, mentions in rm.roles:
            ks = tuple(dict.fromkeys(k for m in mentions if (k := get(m.span)) is not None))
            roles[name] = ks[:1] if name in SINGLE else ks
        agent = next(iter(roles.get("supplier") or roles.get("deployer") or ()), None)
        for other in ("recipient", "destination"):
            roles[other] = tuple(k for k in roles.get(other, ()) if k != agent)
        if "about" in roles:
            roles["about"] = tuple(k for k in roles["about"] if k not in roles.get("claimant", ()))
        for alternatives in REQUIRED[rm.relation]:
            if not any(roles.get(r) for r in alternatives):
                return None
        return Relation(
            relation=rm.relation,
            roles=tuple((k, v) for k, v in roles.items() if v),
            evidence=rm.sentence,
            trigger=rm.trigger,
            attrs=rm.attrs,
            figures=rm.figures,
        )


def resolve(extractions: Iterable[DocExtraction], gazetteer: Gazetteer) -> Resolver:
    """Resolve every document's mentions and relations into one set of entities."""
    r = Resolver(gazetteer)
    for ex in extractions:
        r.add(ex)
    return r


def _namesake_class(cls: str, name: str, classes: tuple[str, ...] = NAMESAKE_PLACES) -> bool:
    """Whether a node of ``cls`` named ``name`` is a ship's namesake (E6): one of ``classes``,
    places by default. Organisations keep the class vote: a weapon family NER misread
    ("Hunter", "Mirage" an ORG) is as common as a ship named after one; a person only in
    another article (``NAMESAKE_OTHERS``), as a ship rule's misfire on a titled person of the
    article itself is as common too."""
    return cls in classes and bool(name)


def _named_person(name: str, people: Collection[str]) -> bool:
    """Whether the article names a person ``name``, in full or by one of its words ("Mr
    Thomson" after a rule took "Defence Minister David Thomson" for a ship)."""
    return name in people or " " in name and any(p in _short_forms(name) for p in people)


def ship_key(name: str) -> str:
    """A ship's key beside a namesake (dev README E6: `Sevastopol (ship)`)."""
    return f"{name} (ship)"


def _short_forms(name: str, particles: Collection[str] = ()) -> tuple[str, ...]:
    """The one words a person named in full goes by later: the first name, the surname, the
    surname without its article, of three words or more the one before the last ("Belaunde"
    of "Fernando Belaunde Terry", a paternal surname before the maternal one), and the one
    before a name particle ("Lula" of "Luiz Inacio Lula da Silva", "Collor" of "Fernando
    Collor de Mello": a Portuguese surname before the particled one; roles.yaml
    name_particles)."""
    words = name.split()
    return words[0], words[-1], _bare_surname(name), paternal_surname(name), \
        _before_particle(words, particles)


def _before_particle(words: list[str], particles: Collection[str]) -> str:
    """The capitalised word, not the first, right before the first name particle of a
    person's name; "" if none ("Mohammed bin Salman bin Abdulaziz": the first particle
    follows the first name, and "Salman" is his father's name, not his)."""
    at = next((i for i, w in enumerate(words) if w in particles), 0)
    return words[at - 1] if at > 1 and words[at - 1][:1].isupper() else ""


def _particle_case(words: list[str], particles: Collection[str]) -> list[str]:
    """A name's words with an opening particle in lower case ("Van Middelkoop", "De Gaulle" at
    a sentence start → "van Middelkoop", "de Gaulle"), on both sides of a comparison: a full
    name may write it in either case ("Ahmed Ben Bella", "Eimert van Middelkoop")."""
    first = words[0].lower() if words else ""
    return [first, *words[1:]] if len(words) > 1 and first in particles else words


def _bare_surname(name: str) -> str:
    """"Nuri al-Maliki" → "Maliki": a surname without its lower-case article."""
    prefix, dash, rest = name.split()[-1].partition("-")
    return rest if dash and prefix.islower() else ""


def _dateline_towns(mentions: Iterable[Mention]) -> set[str]:
    """The places that wire datelines name ("LAAGE, Germany, Sept 18 -", keyed "Laage" by
    kg.extract.refine.headlines): a story filed from a town speaks of the town by its name,
    whatever site of that name it also speaks of."""
    return {m.key for m in mentions if m.cls == "Region" and m.key and m.span.text.isupper()
            and m.key != m.span.text and m.key.upper() == m.span.text}


def _base_of_kind(key: str, kinds: Collection[str]) -> bool:
    """Whether ``key`` names a base of one of ``kinds`` ("Laage air base", "Laage Air Base"
    of "air")."""
    words = key.lower().split()
    return len(words) > 2 and words[-1] == "base" and words[-2] in kinds


def _narrower(key: str, weapons: list[str], at: int = 0,
              said: Mapping[str, Sequence[int]] | None = None) -> str:
    """The longer weapon name of the document that narrows ``key``: same first word and same
    head noun, more words ("Leopard tank" → "Leopard 2 tank"); of several, the one said
    nearest to offset ``at`` (``said``: each name's mention offsets), as a story names the
    system it means beside the family ("Leopard tanks" in a headline over a lead's "Leopard
    2A6 tanks", older Leopard 1s further down; h-fam1); else ``key``."""
    words = key.split()
    if len(words) < 2:
        return key
    found = [w for w in weapons if w != key and len(w.split()) > len(words)
             and w.split()[0] == words[0] and w.split()[-1] == words[-1]]
    if len(found) > 1 and said:
        return min(found, key=lambda w: min(abs(s - at) for s in said[w]))
    return found[0] if len(found) == 1 else key


def _named_designation(key: str, weapons: list[str]) -> str:
    """The one weapon name of the document that gives the designation ``key`` its popular
    name ("P-8" → "P-8 Poseidon", "A-4" → "A-4 Skyhawk"): the designation (a word with a
    digit) and one capitalised word; else ``key`` (issue 12, h-ent9)."""
    if " " in key or not any(c.isdigit() for c in key) or not key[:1].isupper():
        return key
    found = [w for w in weapons if len(w.split()) == 2 and w.split()[0] == key
             and w.split()[1][:1].isupper() and w.split()[1].isalpha()]
    return found[0] if len(found) == 1 else key


def _variant_system(key: str, weapons: list[str]) -> str:
    """The one weapon of the document named by the system designation that the variant
    designation ``key`` begins with ("F-5E Tiger" → "F-5", "B-1B Lancer" → "B-1", "A-4AR
    Fightinghawk" → "A-4 Skyhawk": the variant keeps the system, dev README E3); else ``key``."""
    first = key.split()[0]
    prefix, dash, number = first.partition("-")
    digits = number.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if not (dash and prefix[:1].isupper() and digits.isdigit() and digits != number):
        return key
    system = f"{prefix}-{digits}"
    found = [w for w in weapons if w.split()[0] == system]
    return found[0] if len(found) == 1 else key


def _family_member(key: str, weapons: list[str]) -> str:
    """The one longer weapon name of ``weapons`` (those said before it) that a one-word name
    begins ("Mirage" → "Mirage 5", "MiG" → "MiG-21") or ends ("Sabre" → "F-86 Sabre",
    "Phantom" → "F-4E Phantom"): a story names the system once in full, then by its family or
    popular name; else ``key``."""
    if " " in key or not key[:1].isupper():
        return key
    found = []
    for w in weapons:
        words = w.split()
        if w != key and (words[0] == key or words[0].startswith(f"{key}-")
                         or (len(words) > 1 and words[-1] == key)):
            found.append(w)
    return found[0] if len(found) == 1 else key


def _description_of(form: str, label: str, cls: str = "",
                    kinds: Collection[tuple[str, ...]] = ()) -> bool:
    """Whether a mention form is a description of a named node, not one of its names: all its
    words are lower-case common words ("navy", "army", "kingdom", "defence ministry") while
    the node's label is a name (has a capital). A node is still mentioned by such a form (the
    mention counts), but it is no alias: "navy" would name every navy ("the navy" of one
    article and "the Royal Navy" of another). A node whose label is itself lower-case (a kind
    of weapon, "aircraft carrier") is named by lower-case forms; capitalised forms ("the
    North") and ones with digits ("t-72") are names. An agreement is often named in lower
    case ("a \"comprehensive strategic partnership\" agreement"): its forms stay aliases.
    A capitalised form that is only a kind of state body (``kinds``, roles ``agency_nouns``:
    "the Navy said", "Army officers") describes too: capitals do not make "Navy" the name of
    one navy among the graph's many (issue 12, s55 h-ent77)."""
    if cls == "Agreement" or label == label.lower():
        return False
    folded = form.casefold()
    if folded != label.casefold() and tuple(folded.split()) in kinds:
        return True
    return form == form.lower() and all(w.isalpha() for w in form.replace("-", " ").split())
