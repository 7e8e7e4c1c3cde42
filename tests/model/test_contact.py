"""Contact details as editors type them: the checks of e-mail, phone and role, with Dutch messages that name the
file, line, field and value; the subregions' aanspreekpunten in data/contacts.yml; the request template."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from conftest import ProjectMaker, only_problem
from sitegen.limits import CONTACT_ROLE_CHARACTERS, EMAIL_CHARACTERS
from sitegen.loading.loader import load_site
from sitegen.model.contact import Contact
from sitegen.model.requests import fill


@pytest.mark.parametrize("email", ["gastlessen@voorbeeld.nl", "a.b+c@sub.example.org", "INFO@Example.ORG"])
def test_a_public_email_address_is_accepted(email: str) -> None:
    assert Contact(role="Coördinator gastlessen", email=email).email == email


@pytest.mark.parametrize(
    "email",
    ["gastlessen", "gastlessen@voorbeeld", "mailto:a@voorbeeld.nl", "a b@voorbeeld.nl", "a@@voorbeeld.nl",
     "a@voorbeeld.nl, b@voorbeeld.nl", "a..b@voorbeeld.nl", "<a@voorbeeld.nl>"],
)
def test_something_that_is_not_one_email_address_is_refused_in_dutch(email: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Contact(role="Coördinator", email=email)
    message = caught.value.errors()[0]["msg"]
    assert "is geen e-mailadres" in message and f"'{email}'" in message and "zoals 'gastlessen@voorbeeld.nl'" in message


def test_an_email_address_longer_than_smtp_delivers_is_refused() -> None:
    long = "a" * 64 + "@" + "b" * (EMAIL_CHARACTERS - 64) + ".nl"
    with pytest.raises(ValidationError, match=f"hoogstens {EMAIL_CHARACTERS} tekens"):
        Contact(role="Coördinator", email=long)


@pytest.mark.parametrize(
    ("phone", "tel"),
    [("072 000 0101", "tel:0720000101"), ("+31 72 000 0101", "tel:+31720000101"), ("020-0000103", "tel:0200000103"),
     ("(072) 000 0101", None)],
)
def test_a_phone_number_becomes_a_tel_link_of_its_digits(phone: str, tel: str | None) -> None:
    if tel is None:
        with pytest.raises(ValidationError, match="is geen telefoonnummer"):
            Contact(role="Loket", phone=phone)
        return
    assert Contact(role="Loket", phone=phone).tel == tel


@pytest.mark.parametrize("phone", ["0720000", "bel ons", "072 000 0101 of 06", "+31 72 000 0101 0000 000", "072/0000101"])
def test_something_that_is_not_a_phone_number_is_refused_in_dutch(phone: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Contact(role="Loket", phone=phone)
    message = caught.value.errors()[0]["msg"]
    assert f"'{phone}' is geen telefoonnummer" in message and "zoals '072 123 4567'" in message


def test_a_role_is_short_enough_for_a_button() -> None:
    with pytest.raises(ValidationError, match=f"hoogstens {CONTACT_ROLE_CHARACTERS} tekens"):
        Contact(role="C" * (CONTACT_ROLE_CHARACTERS + 1), email="a@voorbeeld.nl")


def test_a_contact_without_any_way_to_reach_it_is_refused() -> None:
    with pytest.raises(ValidationError, match="geef minstens een e-mailadres"):
        Contact(role="Loket")


def test_a_wrong_email_in_a_partner_file_names_file_line_field_and_value(project: ProjectMaker) -> None:
    project.replace(
        "content/partners/voorbeeld-bv.md", "example: true\n",
        "example: true\ncontact:\n  role: Coördinator gastlessen\n  email: gastlessen(at)voorbeeld.nl\n",
    )
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == ("content/partners/voorbeeld-bv.md", 10, "contact.email")
    assert "'gastlessen(at)voorbeeld.nl' is geen e-mailadres" in problem.message


def test_an_aanspreekpunt_of_an_unknown_subregion_is_refused(project: ProjectMaker) -> None:
    project.replace("data/contacts.yml", "region: gooi-en-vechtstreek", "region: het-gooi")
    problem = only_problem(project)
    assert problem.path == "data/contacts.yml" and problem.field.endswith(".region")
    assert "'het-gooi' is geen subregio uit data/regions.yml" in problem.message and "gooi-en-vechtstreek" in problem.message


def test_a_subregion_has_one_aanspreekpunt(project: ProjectMaker) -> None:
    project.replace("data/contacts.yml", "region: zaanstreek-waterland", "region: noord-holland-noord")
    problem = only_problem(project)
    assert "heeft al een aanspreekpunt op regel" in problem.message


def test_without_contacts_file_the_site_still_loads(project: ProjectMaker) -> None:
    (project.root / "data" / "contacts.yml").unlink()
    assert load_site(project.root).references.region_contacts == ()


def test_a_requested_offer_must_be_one_of_the_offers(project: ProjectMaker) -> None:
    project.replace("data/requests.yml", "offers: [gastlessen,", "offers: [gastles,")
    problem = only_problem(project)
    assert problem.path == "data/requests.yml" and "'gastles' is geen soort aanbod uit data/offers.yml" in problem.message


def test_the_template_fills_only_its_own_placeholders() -> None:
    assert fill("{aanbod} in {regio} {onbekend} {0}", {"aanbod": "Gastlessen", "regio": "{rol}"}) == "Gastlessen in {rol} {onbekend} {0}"
