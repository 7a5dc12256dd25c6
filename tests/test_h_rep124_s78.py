"""Issue 12, stop 78 (h-rep124): a headline's clause "<actor> calls <object> <name>" or
"<actor> cries <noun>" is the actor's claim, however the parser read the verb.

"…; Lima calls report false", "Ghana calls border shooting a grave error; …", "…; Moscow cries
slander": in a headline's clause of its own (between semicolons) the actor named right before
the naming verb claims the words after it (dev conventions R1 "called X Y": statement "X Y";
"cries <noun>" read as a headline "says"; kg.extract.relations.headline_namings). Not "calls
for …", "calls on X to …", nor a call "ahead of" something. Headlines and first lines written
for these tests, none taken from a corpus; real spaCy parse.
"""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


@pytest.mark.parametrize(("text", "claimant", "fragment"), [
    # a naming verb after a semicolon: the object and its name
    ("Chile says Peruvian drones crossed its border; Lima calls report false\n\nSANTIAGO, "
     "March 3 - Chile said on Monday that two Peruvian drones had flown over its territory.",
     "Peru", "report false"),
    # … before the semicolon, with a preposition inside the object
    ("Ghana calls border shooting a grave error; Togo blames smugglers\n\nACCRA, May 9 - "
     "Ghana said on Friday that the shooting of two Togolese farmers was an error.",
     "Ghana", "border shooting a grave error"),
    # a verb of outcry with its one noun
    ("Sweden blames Russia for drone flights over base; Moscow cries slander\n\nSTOCKHOLM, "
     "June 2 - Sweden said on Tuesday that Russian drones had flown over a naval base.",
     "Russia", "slander"),
    ("Estonia says Russian jet entered its airspace; Kremlin cries fabrication\n\nTALLINN, "
     "April 4 - Estonia said a Russian fighter had crossed into its airspace for two minutes.",
     "Russia", "fabrication"),
])
def test_headline_naming_claims(claims, text, claimant, fragment):
    _check(claims(text), claimant, fragment)


@pytest.mark.parametrize(("text", "claimant"), [
    # "calls for", "calls on X to": an appeal, no naming
    ("Norway buys submarines; Japan calls for calm over islands\n\nOSLO, July 3 - Norway "
     "ordered four submarines on Monday.", "Japan"),
    ("Poland signs tank deal; Germany calls on Russia to withdraw\n\nWARSAW, July 3 - Poland "
     "signed a deal for 250 tanks on Monday.", "Germany"),
    # a clause that ends on a preposition's phrase: a telephone call
    ("Finland says talks went well; Austria calls Hungary ahead of summit\n\nHELSINKI, July 3 "
     "- Finland said the talks had gone well.", "Austria"),
])
def test_no_naming_claim(claims, text, claimant):
    _check(claims(text), claimant, None)
