"""Events of envoys, bodies and units: an envoy's credentials handed to the head of state (told as
'the first of the new envoys to hand ...'), ambassadors met without their names, a ceremony a body
held and the first one who spoke at it, a courtesy call on unnamed leaders and who 'hosted the
reception', a naval unit's port call (its fleet the visitor, never the ship leading it), and the
day a visit ended, which is not the day it began."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2019-12-08"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.date) for e in art.events]


def test_credentials_handed_as_the_first_of_the_new_envoys():
    evs = _events("Chile's new ambassador to Peru, Jorge Salas, officially took up his duties on Friday.\n"
                  "The office of the Peruvian president said that on Thursday he became the first of the newly "
                  "arrived foreign ambassadors to hand his letters of credence to President Ana Lopez.")
    assert any(k == "ceremony" and {n for n, _ in ps} == {"Jorge Salas", "Ana Lopez"} for k, ps, _ in evs), evs
    assert _events("Chilean Ambassador Jorge Salas will be the first to present his credentials to President "
                   "Ana Lopez.") == []


def test_ambassadors_met_unnamed():
    evs = _events("Peruvian Health Minister Rosa Gutierrez met the ambassadors of Chile, Brazil and India on "
                  "Wednesday to talk about vaccines.", date="2021-03-31")
    assert ("meeting", [("Rosa Gutierrez", "participant")], "2021-03-31") in evs, evs


def test_the_first_speaker_at_a_ceremony_a_body_held_was_there():
    evs = _events("The Chilean Embassy in Peru held a ceremony in Lima on August 31 to mark Chile's National "
                  "Day. More than 500 guests attended.\n"
                  "In his welcome speech, Ambassador Jorge Salas said the two countries had grown closer.",
                  date="2022-09-01")
    assert any(k == "ceremony" and ps == [("Jorge Salas", "participant")] and d == "2022-08-31"
               for k, ps, d in evs), evs


def test_a_courtesy_call_on_unnamed_leaders_and_who_hosted_the_reception():
    evs = _events("A working delegation from the Chilean Consulate General in Lima, led by Consul General Jorge "
                  "Salas, paid a courtesy call on leaders of the Cusco regional government on December 8.\n"
                  "Vice Governor Rosa Quispe hosted the reception, attended by heads of regional departments.")
    calls = [ps for k, ps, _ in evs if k in ("courtesy call", "reception")]
    assert calls == [[("Jorge Salas", "visitor"), ("Rosa Quispe", "host")]], evs


def test_a_naval_unit_calling_at_a_port_is_visitor_by_its_fleet():
    evs = _events("A task force of Chile's Southern Fleet wrapped up its call at the Peruvian port of Callao on "
                  "Wednesday and set sail for home, a fleet spokesman said.", date="2011-05-11")
    visits = [(ps, d) for k, ps, d in evs if "visit" in k]
    assert visits and all(("Southern Fleet", "visitor") in ps for ps, _ in visits), evs
    assert all(d is None for _, d in visits)  # Wednesday is the day it ended, not its first
    assert not any(n == "Chile" for ps, _ in visits for n, _ in ps)
