"""Who speaks through a broadcaster or an agency (issue 12, stop 30, h-rep15), on sentences
written for this test (invented or generic participants, not taken from any article): each
construction has cases where a claim or an outlet must appear and near-misses where none may."""

from __future__ import annotations

import pytest

from tests.test_extract_claim2 import _check


def _outlets(run, text: str) -> list[str]:
    """The texts of the MediaOutlet mentions of ``text``."""
    mentions, _ = run(text)
    return [m.span.text for m in mentions if m.cls == "MediaOutlet"]


# --- a capitalised word before a media noun that names nothing (a pronoun, a number, an
# adjective) leaves the outlet unnamed (dev conventions E15): "Its radio said" is the state
# the pronoun stands for, not an outlet called "Its" ---------------------------------------
NO_NAME_BEFORE_MEDIA_NOUN = [
    ("pronoun_radio", "Bolivia closed its border on Monday. Its radio said on Tuesday that "
                      "the troops would stay in the north.", "Its"),
    ("adjective_radio", "Socialist radio in the capital praised the new treaty.", "Socialist"),
    ("number_television", "Three television crews filmed the parade in the capital.", "Three"),
]


@pytest.mark.parametrize(("text", "word"), [c[1:] for c in NO_NAME_BEFORE_MEDIA_NOUN],
                         ids=[c[0] for c in NO_NAME_BEFORE_MEDIA_NOUN])
def test_no_name_before_media_noun(run, text, word):
    assert not any(word in o.split() for o in _outlets(run, text))


def test_its_radio_is_the_state(claims):
    _check(claims("Bolivia closed its border on Monday. Its radio said on Tuesday that the "
                  "troops would stay in the north."), "Bolivia", "troops would stay")


NAMED_BEFORE_MEDIA_NOUN = [
    # a capital before "radio" still names the state's broadcaster (d226–d245 conventions)
    ("capital_radio", "Lima radio said on Tuesday that the troops would stay.", "Lima radio"),
    ("name_newspaper", "The Vanguardia newspaper said the frigates would cost more.",
     "Vanguardia"),
]


@pytest.mark.parametrize(("text", "outlet"), [c[1:] for c in NAMED_BEFORE_MEDIA_NOUN],
                         ids=[c[0] for c in NAMED_BEFORE_MEDIA_NOUN])
def test_named_before_media_noun(run, text, outlet):
    assert any(outlet in o for o in _outlets(run, text)), _outlets(run, text)
