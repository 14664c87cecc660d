import json
import random
import time
from collections import Counter
from datetime import date
from pathlib import Path

from annotator.extract import ORIGIN, extract
from annotator.ingest import parse_text, read_path
from annotator.quality.fuzz import mutants, problems


def _seed(seed_path: Path):  # type: ignore[no-untyped-def]
    [loaded] = list(read_path(seed_path))
    assert loaded.bulletin is not None
    return loaded.bulletin


def test_seed_has_every_kind_with_valid_evidence(seed_path: Path) -> None:
    b = _seed(seed_path)
    facts = extract(b)
    kinds = Counter(f.kind for f in facts)
    assert set(kinds) == {"strike", "casualty", "air_defence", "statement", "commitment",
                          "figure"}
    for f in facts:
        assert f.origin == ORIGIN and f.status == "suggested"
        assert 0 <= (f.confidence or 0) <= 1
        assert any(s.field is None for s in f.evidence)
        for s in f.evidence:
            assert 0 <= s.start < s.end <= len(b.text)
            if s.field is not None:
                assert getattr(f.fields, s.field) is not None


def test_seed_key_facts(seed_path: Path) -> None:
    facts = extract(_seed(seed_path))
    ad = [f.fields for f in facts if f.kind == "air_defence"]
    assert any(a.launched == 61 and a.destroyed == 53 and a.claimant_side == "UA"
               and a.attacker == "RU" for a in ad)
    cas = [f.fields for f in facts if f.kind == "casualty"]
    assert any(c.outcome == "killed" and c.age == 42 and c.sex == "male"
               and c.region_code == "UA-23" for c in cas)
    com = [f.fields for f in facts if f.kind == "commitment"]
    assert any(c.actor == "HR" and c.action == "troops" and c.negated for c in com)
    assert any(c.actor == "FR" and c.certainty == "possible" for c in com)


def test_extraction_is_deterministic(seed_path: Path) -> None:
    b = _seed(seed_path)
    assert [f.model_dump() for f in extract(b)] == [f.model_dump() for f in extract(b)]


def test_non_bulletins_give_few_facts_fast() -> None:
    recipe = ("Pasta alla carbonara\nIngredienti\n- 200 g di spaghetti\n- 2 uova\n"
              "- 100 g di guanciale\nCuocere la pasta per 10 minuti.\n")
    noise = "".join(chr(0x250 + (i * 7919) % 3000) for i in range(20000))
    big = ("Lorem ipsum dolor sit amet, 12 consectetur adipiscing. " * 95000)[:5_000_000]
    for text in (recipe, noise, big):
        t = time.perf_counter()
        facts = extract(parse_text(text))
        assert time.perf_counter() - t < 30
        assert len(facts) <= 5


def test_prose_of_common_words_is_not_read_as_facts() -> None:
    rng = random.Random(7)
    words = ("the of and a to in is was that for it with as his on be at by had not are but "
             "from or have an they which one you were her all she there would their we him "
             "been has when who will more no if out so said what up its about into than them "
             "can only other new some could time these two may then do first any my now such "
             "like our over man me even most made after also did many before must through back "
             "years where much your way well down should because each just those people Mr how "
             "too little state good very make world still own see men work long get here "
             "between both life being under never day same another know while last three").split()
    text = "\n".join(" ".join(rng.choice(words) for _ in range(25)) + "." for _ in range(2000))
    facts = extract(parse_text(text))
    # 50,000 words of English glue: no statement by "Mr Mr", no figure of "three made"
    assert not [f for f in facts if f.kind != "figure"]
    assert all(f.fields.unit in ("people", "years", "men") for f in facts)
    assert len(facts) <= 40  # "two men", "three years": real counts, a few in 2,000 lines


def _facts(body: str):  # type: ignore[no-untyped-def]
    text = "Day 400 of the war\n\n" + body + "\n"
    return extract(parse_text(text))


def _facts_it(body: str):  # type: ignore[no-untyped-def]
    text = "Giorno 400 della guerra\n\n" + body + "\n"
    return extract(parse_text(text))


def test_a_days_toll_over_a_region_is_a_figure_not_a_casualty() -> None:
    facts = _facts(
        "- Shelling hit the village of Bilozerka in the Kherson region on Tuesday, killing a "
        "67-year-old woman, the governor said. Across the region, Russian attacks killed five "
        "people and wounded 17 over the past day, he added.\n"
        "- Nella regione di Sumy le forze russe hanno ucciso tre persone e ne hanno ferite altre "
        "otto nelle ultime 24 ore, ha detto l'amministrazione regionale.")
    cas = [f.fields for f in facts if f.kind == "casualty"]
    figs = {(f.fields.metric, f.fields.value, f.fields.region_code)
            for f in facts if f.kind == "figure"}
    assert [(c.count, c.age, c.settlement) for c in cas] == [(1, 67, "Bilozerka")]
    assert {("killed", 5, "UA-65"), ("injured", 17, "UA-65"), ("killed", 3, "UA-59"),
            ("injured", 8, "UA-59")} <= figs


def test_soldiers_killed_in_fighting_are_losses_unless_a_strike_killed_them() -> None:
    facts = _facts(
        "- The southern command said its forces had killed 64 Russian soldiers and destroyed "
        "three tanks over the past day.\n"
        "- A Russian missile strike on a training ground in the Dnipropetrovsk region killed "
        "seven soldiers, the army said.")
    figs = {(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"}
    cas = [(f.fields.count, f.fields.population) for f in facts if f.kind == "casualty"]
    assert ("military_losses", 64) in figs
    assert cas == [(7, "military")]


def test_speaker_with_particles_and_address_medium() -> None:
    facts = _facts(
        "- European Commission President Ursula von der Leyen said the bloc would stand by "
        "Kyiv.\n"
        "- President Volodymyr Zelenskyy said in his nightly video address that the front "
        "was holding.")
    said = [f.fields for f in facts if f.kind == "statement"]
    assert any(s.speaker == "Ursula von der Leyen" for s in said)
    assert any(s.speaker == "Volodymyr Zelenskyy" and s.medium == "nightly video address"
               for s in said)


def test_glued_machine_translation_keeps_refusals() -> None:
    """MT glues "non" to the actor before it; the refusal and the actor are kept, and a
    name that ends in "non" is a name."""
    facts = _facts("- Il cancelliere Olaf Scholz ha detto che la Germanianon fornirà aerei da "
                   "combattimento, mentre la NATOnon invierà truppe in Ucraina.\n"
                   "- Lebanon will send humanitarian aid to Ukraine, its foreign minister said.\n")
    com = {(f.fields.actor, f.fields.negated) for f in facts if f.kind == "commitment"}
    assert ("DE", True) in com and ("NATO", True) in com
    assert ("LB", False) in com


def test_damage_is_a_short_phrase_from_the_bulletins_words() -> None:
    facts = _facts(
        "- Russian forces shelled Nikopol on Thursday, wounding a man and damaging a gas "
        "pipeline, governor Serhiy Lysak said.\n"
        "- Russian attacks overnight cut power to more than 100,000 consumers in the Chernihiv "
        "region, the energy ministry said.\n"
        "- Ukraine's air force said it destroyed 40 drones overnight.\n")
    damage = [f.fields.damage for f in facts if f.kind == "strike"]
    assert "gas pipeline damaged" in damage
    assert "power cut to more than 100,000 consumers" in damage
    assert not any(d and "drones" in d for d in damage)  # an interception is no damage


def test_money_in_many_currencies_points_at_its_words() -> None:
    text = ("Giorno 500 della guerra\n\n- La Svezia ha annunciato aiuti militari da 13,5 "
            "miliardi di corone svedesi, mentre la Polonia spenderà 10 miliardi di zloty e gli "
            "Stati Uniti 2 miliardi di dollari.\n")
    facts = extract(parse_text(text))
    units = {f.fields.unit for f in facts if f.kind in ("figure", "commitment")}
    assert {"SEK", "PLN", "USD"} <= units
    for f in facts:
        for s in f.evidence:
            assert 0 <= s.start < s.end <= len(text)
            if s.field == "unit" and f.fields.unit in ("SEK", "PLN", "USD"):
                assert text[s.start:s.end].rstrip().endswith(("svedesi", "zloty", "dollari"))


def test_a_place_glued_to_the_next_word_is_still_found() -> None:
    text = ("Giorno 700 della guerra\n\n- Un attacco russo con droni ha colpito il distretto "
            "Saltivskyidi Kharkiv, ferendo 19 persone, ha detto il sindaco Ihor Terekhov.\n")
    [strike] = [f for f in extract(parse_text(text)) if f.kind == "strike"]
    assert (strike.fields.district, strike.fields.settlement) == ("Saltivskyi", "Kharkiv")
    span = next(s for s in strike.evidence if s.field == "district")
    assert text[span.start:span.end] == "Saltivskyi"  # the evidence leaves the glued "di" out


def test_a_missile_not_intercepted_is_zero_destroyed_not_unknown() -> None:
    facts = _facts("- The air force said Russia launched an Iskander-M ballistic missile at "
                   "Poltava overnight, which was not intercepted.\n")
    [claim] = [f for f in facts if f.kind == "air_defence"]
    assert (claim.fields.launched, claim.fields.destroyed) == (1, 0)


def test_a_running_total_is_its_own_cumulative_figure() -> None:
    facts = _facts("- Ukraine's General Staff said 1,230 Russian soldiers had been killed or "
                   "wounded in the past 24 hours, bringing the total since the start of the "
                   "invasion to 640,000.\n")
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert figs[1230].period == "last_24h" and not figs[1230].cumulative
    assert figs[640000].cumulative and figs[640000].period is None
    assert figs[640000].metric == figs[1230].metric == "military_losses"


def test_where_it_was_said_and_who_relayed_it() -> None:
    facts = _facts(
        "- Finnish President Alexander Stubb told the BBC that Europe must prepare for a long "
        "war.\n"
        "- Kremlin spokesman Dmitry Peskov said on state television that talks were not on the "
        "agenda.\n"
        "- Russian Foreign Minister Sergei Lavrov said the West was to blame, TASS reported.\n"
        "- Putin told reporters in Minsk that Russia had no plans to attack NATO.\n")
    said = {f.fields.speaker: f.fields for f in facts if f.kind == "statement"}
    assert (said["Alexander Stubb"].medium, said["Alexander Stubb"].via) == ("BBC", None)
    assert said["Dmitry Peskov"].medium == "state television"
    assert (said["Sergei Lavrov"].via, said["Sergei Lavrov"].medium) == ("TASS", None)
    assert said["Vladimir Putin"].country == "RU"  # a public figure named by surname alone


def test_a_second_group_with_its_own_passive_outcome() -> None:
    facts = _facts("- Due persone sono morte e altre cinque sono rimaste ferite in un attacco di "
                   "droni russi contro Odessa nella notte, ha dichiarato il governatore Oleh "
                   "Kiper.\n")
    groups = {(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"}
    assert groups == {("killed", 2), ("injured", 5)}


def test_an_interception_told_over_two_sentences_is_one_claim() -> None:
    facts = _facts("- Russia attacked Ukraine overnight with 20 Shahed drones and an Iskander-M "
                   "ballistic missile, Ukraine's air force said. It said 15 of the drones were "
                   "shot down and the missile was not intercepted.\n")
    claims = {f.fields.weapon: (f.fields.launched, f.fields.destroyed)
              for f in facts if f.kind == "air_defence"}
    assert claims == {"drone": (20, 15), "missile": (1, 0)}
    assert not [f for f in facts if f.kind == "strike"]  # a salvo told by the air force


def test_broadcasters_and_names_with_diacritics() -> None:
    facts = _facts(
        "- Slovak Defence Minister Robert Kalinak told the TA3 news channel that Slovakia "
        "needed its weapons.\n"
        "- Southern military spokeswoman Natalia Humeniuk told Ukrainian television that the "
        "situation was tense.\n"
        "- Il presidente lituano Gitanas Nausėda ha detto che la Lituania è pronta ad "
        "addestrare soldati ucraini.\n")
    said = {f.fields.speaker: f.fields for f in facts if f.kind == "statement"}
    assert said["Robert Kalinak"].medium == "TA3"
    assert said["Natalia Humeniuk"].medium == "Ukrainian television"
    assert said["Gitanas Nausėda"].country == "LT"


def test_a_part_of_a_total_is_a_figure_of_its_own_period() -> None:
    facts = _facts("- Lo stato maggiore ucraino ha affermato che circa 133.190 soldati russi sono "
                   "stati uccisi dall’inizio dell’invasione, inclusi 910 nell’ultimo giorno.\n")
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert figs[133190].cumulative and figs[133190].period is None
    assert figs[910].period == "last_24h" and not figs[910].cumulative
    assert figs[910].metric == figs[133190].metric == "military_losses"
    assert figs[133190].unit == "soldiers"  # "soldati russi": the nationality is no unit


def test_pledges_by_the_us_loans_and_armoured_vehicles() -> None:
    facts = _facts("- The US announced a new $400m military aid package for Ukraine.\n"
                   "- The European Union agreed to lend Ukraine €90bn over the next two years.\n"
                   "- Canada said it would send 50 armoured vehicles to Ukraine.\n")
    com = {(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"}
    # a package of military aid is arms, whatever it is worth (GUIDE)
    assert {("US", "weapons"), ("EU", "economic_aid"), ("CA", "weapons")} <= com


def test_missile_adjectives_and_the_mistranslated_strike() -> None:
    facts = _facts("- Il sindaco Ruslan Martsinkiv ha detto che uno sciopero missilistico russo ha "
                   "colpito un’infrastruttura critica a Ivano-Frankivsk, ferendo tre dipendenti.\n"
                   "- Un attacco missilistico russo su Odessa ha ucciso tre persone.\n"
                   "- Ukrenergo ha detto che circa 450.000 utenti nella regione di Sumy sono "
                   "rimasti senza elettricità dopo uno sciopero russo contro una sottostazione.\n")
    strikes = [f.fields for f in facts if f.kind == "strike"]
    assert [(s.weapon, s.perpetrator, s.target) for s in strikes] == [
        ("missile", "RU", "critical infrastructure"), ("missile", "RU", None),
        (None, "RU", "substation")]


def test_a_later_attack_by_another_weapon_on_the_same_place_is_a_strike_of_its_own() -> None:
    facts = _facts(
        "- Russian glide bombs hit Zaporizhzhia on Thursday afternoon, killing a 39-year-old "
        "woman, governor Ivan Fedorov said. About an hour later, a Russian drone hit the same "
        "neighbourhood, wounding two rescuers, he added.\n"
        "- Russian shelling hit Kherson on Monday, killing a man. Later, more shelling hit "
        "the city, wounding a woman.\n")
    strikes = [f.fields for f in facts if f.kind == "strike"]
    assert [(f.weapon, f.settlement, f.killed, f.injured) for f in strikes] == [
        ("guided_bomb", "Zaporizhzhia", 1, None), ("drone", "Zaporizhzhia", None, 2),
        ("artillery", "Kherson", 1, 1)]


def test_victims_named_by_trade_and_a_couple_counted_as_two() -> None:
    facts = _facts(
        "- A Russian glide bomb hit a market in Kostiantynivka on Friday, killing a 47-year-old "
        "nurse and an elderly couple and injuring two aid workers, the regional governor said. "
        "A passenger train was damaged nearby.\n"
        "- Un drone russo ha colpito un trattore vicino a Nikopol, uccidendo un agricoltore di "
        "56 anni e ferendo una commessa, ha detto il governatore.\n")
    groups = {(f.fields.outcome, f.fields.count, f.fields.age, f.fields.role)
              for f in facts if f.kind == "casualty"}
    assert groups == {("killed", 1, 47, "nurse"), ("killed", 2, None, None),
                      ("injured", 2, None, "aid worker"), ("killed", 1, 56, "farmer"),
                      ("injured", 1, None, "shop assistant")}


def test_counted_attacks_are_a_tally_and_a_weapon_that_destroyed_is_a_strike() -> None:
    facts = _facts(
        "- Russian forces struck the Nikopol area 29 times during the day, the regional "
        "administration said.\n"
        "- Nella regione di Zaporizhzhia sono stati registrati 83 attacchi russi contro 21 "
        "località nell'ultimo giorno, ha detto il governatore.\n"
        "- Ukrainian HIMARS rockets destroyed a Russian ammunition depot near occupied Tokmak, "
        "a military spokeswoman said.\n")
    strikes = [f.fields for f in facts if f.kind == "strike"]
    assert [(s.perpetrator, s.weapon, s.settlement) for s in strikes] == [
        ("UA", "mlrs", "Tokmak")]
    figs = {(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"}
    assert {(29, "attacks"), (83, "attacks")} <= figs


def test_pledges_to_pay_train_and_host() -> None:
    facts = _facts(
        "- Norway will contribute 1.5 billion kroner to the PURL scheme for Ukraine, Defence "
        "Minister Tore Sandvik said.\n"
        "- Defence Secretary Ben Wallace said Britain could train as many as 10,000 more "
        "Ukrainian recruits next year.\n"
        "- Il ministro polacco ha detto che la Polonia potrebbe ospitare un hub logistico per "
        "la forza multinazionale.\n")
    got = {(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity)
           for f in facts if f.kind == "commitment"}
    assert got == {("NO", "funding", "definite", 1_500_000_000),
                   ("GB", "training", "possible", 10_000),
                   ("PL", "military_hubs", "possible", None)}


def test_a_national_toll_and_a_toll_whose_parts_name_places_are_figures() -> None:
    facts = _facts(
        "- Across Ukraine, the overnight barrage killed at least five people and wounded more "
        "than 30, the interior minister said.\n"
        "- Russian attacks on the Donetsk region killed three civilians and wounded eight over "
        "the past day, the governor said, including two people injured when a drone hit their "
        "car in Kostiantynivka.\n")
    figs = {(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"}
    assert {("killed", 5), ("injured", 30), ("killed", 3), ("injured", 8)} <= figs
    assert {f.fields.count for f in facts if f.kind == "casualty"} <= {2}


def test_a_denial_is_a_statement_and_a_second_medium_a_second_statement() -> None:
    facts = _facts(
        "- Lo stato maggiore ucraino ha negato di aver colpito la prigione, accusando le truppe "
        "russe di averla fatta saltare in aria. Il presidente Volodymyr Zelenskyy ha parlato di "
        "“un crimine di guerra deliberato”.\n"
        "- President Volodymyr Zelenskyy wrote on Telegram that the strikes were “cynical”. "
        "“Darkness will not make us give back what we have freed,” he said in a video address.\n")
    assert not [f for f in facts if f.kind == "strike"]
    said = [(f.fields.speaker, f.fields.organization, f.fields.medium)
            for f in facts if f.kind == "statement"]
    assert said == [(None, "General Staff of the Armed Forces of Ukraine", None),
                    ("Volodymyr Zelenskyy", None, None),
                    ("Volodymyr Zelenskyy", None, "Telegram"),
                    ("Volodymyr Zelenskyy", None, "video address")]


def test_running_totals_shares_and_a_tallys_damage_are_figures() -> None:
    facts = _facts(
        "- Ukraine's General Staff said Russia had lost 940 troops over the past day, bringing "
        "its count since February 2022 to 1,125,300.\n"
        "- Ukrenergo said about a fifth of consumers in the Kharkiv region were still without "
        "electricity on Monday morning.\n"
        "- Il governatore ha detto che le forze russe hanno colpito 12 località della regione "
        "nelle ultime 24 ore, danneggiando decine di case.\n")
    figs = {(f.fields.metric, f.fields.value, f.fields.unit, f.fields.cumulative)
            for f in facts if f.kind == "figure"}
    assert figs == {("military_losses", 940, "troops", False),
                    ("military_losses", 1_125_300, "troops", True),
                    ("power_outages", 20, "percent", False),
                    ("places_attacked", 12, "settlements", False),
                    ("infrastructure_damaged", 10, "homes", False)}
    assert not [f for f in facts if f.kind in ("strike", "casualty")]


def test_two_attacks_in_one_sentence_are_two_strikes() -> None:
    facts = _facts(
        "- In the Donetsk region, Russian shelling killed two civilians in Bakhmut, and a rocket "
        "attack on Kramatorsk on Sunday night damaged a school, governor Pavlo Kyrylenko said. "
        "Marhanets was also shelled, he said.\n")
    strikes = [(f.fields.settlement, f.fields.killed, f.fields.reported_by)
               for f in facts if f.kind == "strike"]
    assert strikes == [("Bakhmut", 2, "Pavlo Kyrylenko"), ("Kramatorsk", None, "Pavlo Kyrylenko"),
                       ("Marhanets", None, "Pavlo Kyrylenko")]


def test_known_zero_casualties_and_a_victims_own_passive_verb() -> None:
    facts = _facts(
        "- A Ukrainian drone attack set fire to an oil depot in the Tikhoretsk district of "
        "Russia's Krasnodar region, the regional headquarters said. No casualties were "
        "reported.\n"
        "- Un drone ucraino ha colpito una sottostazione a Belgorod, senza causare vittime né "
        "feriti, ha detto il governatore.\n"
        "- Un uomo è stato ucciso e tre persone sono rimaste ferite quando un drone ha colpito "
        "un edificio a Ramenskoye, nella regione di Mosca, ha detto il governatore.\n")
    strikes = [(f.fields.killed, f.fields.injured) for f in facts if f.kind == "strike"]
    assert strikes == [(0, 0), (0, 0), (1, 3)]


def test_interceptions_all_of_them_and_parts_in_words() -> None:
    facts = _facts(
        "- On Monday, Russia fired 11 ballistic and cruise missiles at Kyiv, all of which were "
        "shot down, the Ukrainian military said.\n"
        "- The navy said it had shot down two of the four Kalibr cruise missiles.\n"
        "- Ukraine's air force said Russia had fired 11 cruise missiles at energy facilities, "
        "and that air defences had destroyed eight of them.\n"
        "- Mayor Vitali Klitschko said air defences had shot down all 12 Russian drones.\n")
    claims = [(f.fields.weapon, f.fields.launched, f.fields.destroyed)
              for f in facts if f.kind == "air_defence"]
    assert claims == [("missile", 11, 11), ("missile", 4, 2), ("missile", 11, 8),
                      ("drone", 12, 12)]


def test_training_on_jets_is_training_and_the_warring_sides_pledge_no_support() -> None:
    facts = _facts(
        "- Dutch Prime Minister Mark Rutte said the Netherlands and Denmark could begin training "
        "Ukrainian pilots on F-16 fighter jets within weeks.\n"
        "- President Volodymyr Zelenskyy said Ukraine would not withdraw its troops from the "
        "Donbas.\n")
    got = {(f.fields.actor, f.fields.action, f.fields.certainty)
           for f in facts if f.kind == "commitment"}
    assert got == {("NL", "training", "possible"), ("DK", "training", "possible")}


def test_damaged_bulletins_never_break_extraction() -> None:
    """A few hundred cut, glued and spliced bulletins (bench/extract_fuzz.py runs thousands)."""
    gold = sorted((Path(__file__).parents[1] / "gold").glob("*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in gold]
    failures = [found for text in mutants(texts, 150, seed=11) if (found := problems(text))]
    assert failures == []


def test_victims_in_two_places_make_two_strikes() -> None:
    facts = _facts(
        "- Russian shelling on Wednesday killed a nurse on her way to work in Kherson and a "
        "58-year-old man in the village of Bilozerka, the regional governor said.\n")
    strikes = {f.id: (f.fields.settlement, f.fields.killed, f.fields.perpetrator)
               for f in facts if f.kind == "strike"}
    assert sorted(strikes.values()) == [("Bilozerka", 1, "RU"), ("Kherson", 1, "RU")]
    cas = {(f.fields.settlement, strikes[f.fields.strike][0]) for f in facts
           if f.kind == "casualty"}
    assert cas == {("Kherson", "Kherson"), ("Bilozerka", "Bilozerka")}


def test_unnamed_officials_make_a_statement_and_are_not_a_quantity() -> None:
    facts = _facts("- Two US officials told Reuters that Washington would announce a new package "
                   "of weapons for Ukraine this week.\n")
    said = [(f.fields.speaker, f.fields.role, f.fields.country, f.fields.medium)
            for f in facts if f.kind == "statement"]
    assert said == [(None, "official", "US", "Reuters")]
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("US", None)]


def test_a_group_with_one_age_each_is_one_row_per_person() -> None:
    facts = _facts("- Russian shelling of Orikhiv killed two men aged 45 and 52, the governor "
                   "said.\n- Un attacco russo a Kherson ha ucciso due donne, di 63 e 71 anni.\n")
    rows = [(f.fields.count, f.fields.age, f.fields.sex) for f in facts if f.kind == "casualty"]
    assert rows == [(1, 45, "male"), (1, 52, "male"), (1, 63, "female"), (1, 71, "female")]
    assert [f.fields.killed for f in facts if f.kind == "strike"] == [2, 2]
    # a typo for an age ("568") is no age and drops no victim
    assert problems("Day 9\n\n- A Russian drone killed two men aged 45 and 568 in Sumy.\n") == []


def test_one_more_victim_counted_by_its_place() -> None:
    facts = _facts("- Le forze russe hanno ucciso due civili a Toretsk e uno a Niu-York, ha detto "
                   "il governatore. Russian attacks killed three people in")
    rows = [(f.fields.count, f.fields.settlement) for f in facts if f.kind == "casualty"]
    assert rows[:2] == [(2, "Toretsk"), (1, "Niu-York")]


def test_a_strikes_weapons_and_victims_are_not_figures() -> None:
    facts = _facts(
        "- Nella notte due droni Shahed hanno colpito un'infrastruttura critica nella regione di "
        "Khmelnytskyi, ha riferito l'amministrazione regionale.\n"
        "- Un attacco di droni russi ha colpito un edificio a Odessa nella notte, ferendo sei "
        "persone, tra cui due bambini, ha detto il governatore.\n")
    assert [f for f in facts if f.kind == "figure"] == []
    assert [f.fields.count for f in facts if f.kind == "casualty"] == [6]


def test_attacks_that_are_stopped_or_repaired_are_no_strikes() -> None:
    facts = _facts(
        "- Il Cremlino ha detto che la Russia sarebbe disposta a una tregua energetica se Kiev "
        "smetterà di attaccare le raffinerie russe, ha riferito la TASS.\n"
        "- La Banca europea per gli investimenti ha firmato con Kiev accordi per 400 milioni di "
        "euro destinati a riparare la rete elettrica e gli impianti idrici danneggiati dagli "
        "attacchi russi.\n")
    assert [f for f in facts if f.kind == "strike"] == []


def test_a_late_destroyed_verb_and_a_quoted_name() -> None:
    facts = _facts(
        "- Moscow Mayor Sergei Sobyanin said a drone flying towards the capital had been shot "
        "down over the Istra district.\n"
        "- President Volodymyr Zelenskyy said Ukraine would keep fighting. “Putin will not "
        "outlast us,” he added.\n")
    air = [(f.fields.claimant, f.fields.destroyed) for f in facts if f.kind == "air_defence"]
    assert air == [("Sergei Sobyanin", 1)]
    said = [f.fields.speaker for f in facts if f.kind == "statement"]
    assert said == ["Volodymyr Zelenskyy"]


def test_hundreds_of_thousands_is_a_hundred_thousand() -> None:
    facts = _facts("- The strikes left several hundred thousand consumers without electricity in "
                   "the Sumy region, the governor said.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.value_text) for f in facts
            if f.kind == "figure"] == [("power_outages", 100_000, "several hundred thousand")]


def test_agreements_with_partners_donations_and_each_clause_its_speaker() -> None:
    facts = _facts(
        "- Venerdì il presidente Volodymyr Zelenskyy ha firmato accordi bilaterali sulla "
        "sicurezza con la Germania a Berlino e con la Francia a Parigi.\n"
        "- La prima ministra danese Mette Frederiksen ha detto a Monaco che la Danimarca ha "
        "deciso di donare \"tutta la nostra artiglieria\" all'Ucraina.\n"
        "- Il cancelliere tedesco Olaf Scholz ha annunciato un nuovo pacchetto di armi da 1,13 "
        "miliardi di euro, mentre il presidente francese Emmanuel Macron ha detto che Parigi "
        "fornirà fino a 3 miliardi di euro di aiuti militari.\n")
    got = {(f.fields.actor, f.fields.action, f.fields.speaker)
           for f in facts if f.kind == "commitment"}
    assert got == {("DE", "security_guarantees", None), ("FR", "security_guarantees", None),
                   ("DK", "weapons", "Mette Frederiksen"), ("DE", "weapons", "Olaf Scholz"),
                   ("FR", "funding", "Emmanuel Macron")}


def test_a_toll_glued_to_its_period_and_one_more_in_a_village() -> None:
    facts = _facts(
        "- Nella regione di Donetsk gli attacchi russi hanno ucciso tre civili e ne hanno feriti "
        "altri 10nell’ultimo giorno, ha detto il governatore.\n"
        "- Russian shelling killed two people in the city of Kherson and one in the village of "
        "Antonivka, the governor said.\n")
    figs = {(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"}
    assert figs == {("killed", 3), ("injured", 10)}
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Kherson", 2), ("Antonivka", 1)]


def test_an_updated_toll_counts_for_its_strike() -> None:
    facts = _facts(
        "- Il bilancio delle vittime dell'attacco russo di sabato a Kurakhove è salito a otto, ha "
        "detto il Servizio di emergenza statale.\n"
        "- The mayor said the death toll from the Russian missile strike on an apartment "
        "building in Dnipro on January 14 had reached 46.\n")
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Kurakhove", 8), ("Dnipro", 46)]


def test_victims_with_their_own_verb_after_while() -> None:
    facts = _facts("- The mayor said a Russian missile strike on Dnipro had killed 46 people, "
                   "while 11 people were still missing.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 46), ("missing", 11)]


def test_two_speakers_in_one_sentence_make_two_statements() -> None:
    facts = _facts(
        "- Il ministro della Difesa russo Sergei Shoigu ha riferito al presidente Vladimir Putin "
        "che le truppe russe hanno preso il controllo di Avdiivka, e Putin si è congratulato con "
        "i soldati per una “importante vittoria”, secondo la TASS.\n")
    said = [(f.fields.speaker, f.fields.quote, f.fields.via)
            for f in facts if f.kind == "statement"]
    assert said == [("Sergei Shoigu", None, "TASS"),
                    ("Vladimir Putin", "importante vittoria", "TASS")]


def test_two_places_hit_in_one_clause_are_two_strikes() -> None:
    facts = _facts("- Russian missiles hit an industrial site in Kharkiv and a school in Chuhuiv "
                   "overnight, the governor said.\n")
    assert [(f.fields.settlement, f.fields.target) for f in facts if f.kind == "strike"] == [
        ("Kharkiv", "industrial site"), ("Chuhuiv", "school")]


def test_passive_pledges_commit_their_agents() -> None:
    facts = _facts(
        "- The $60-a-barrel price cap on Russian seaborne crude, agreed by the G7, the European "
        "Union and Australia, took effect on Monday.\n"
        "- Il tetto al prezzo deciso dall'UE e dal G7 sui prodotti petroliferi russi è entrato "
        "in vigore domenica.\n"
        "- The ministry said four IRIS-T air defence systems promised by Berlin would arrive "
        "soon.\n")
    got = [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"]
    assert sorted(got) == sorted([("G7", "sanctions"), ("EU", "sanctions"), ("AU", "sanctions"),
                                  ("EU", "sanctions"), ("G7", "sanctions"), ("DE", "weapons")])


def test_money_given_or_received_is_a_pledge_of_its_giver() -> None:
    facts = _facts(
        "- The Netherlands would give Ukraine 120 million euros for generators, the defence "
        "minister said.\n"
        "- Il premier Denys Shmyhal ha detto che l'Ucraina riceverà dalla Banca mondiale "
        "ulteriori 2,5 miliardi di dollari per pagare stipendi e pensioni.\n")
    got = [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
           if f.kind == "commitment"]
    assert got == [("NL", "funding", 120_000_000), ("World Bank", "economic_aid", 2_500_000_000)]


def test_more_ways_to_pledge_and_refuse() -> None:
    facts = _facts(
        "- Il cancelliere tedesco Olaf Scholz ha detto che la NATO non imporrà una no-fly zone "
        "sull'Ucraina.\n"
        "- Il presidente Joe Biden ha detto che Washington non invierà razzi in grado di colpire "
        "il territorio russo.\n"
        "- La presidente della Commissione europea Ursula von der Leyen ha detto che l'UE sta "
        "preparando un nuovo pacchetto di sanzioni.\n"
        "- Il ministero delle Finanze ha detto che l'Ucraina ha ricevuto 1,5 miliardi di dollari "
        "dal Giappone.\n")
    got = {(f.fields.actor, f.fields.action, f.fields.negated, f.fields.certainty)
           for f in facts if f.kind == "commitment"}
    assert got == {("NATO", "air_support", True, "definite"), ("US", "weapons", True, "definite"),
                   ("EU", "sanctions", False, "possible"),
                   ("JP", "economic_aid", False, "definite")}


def test_a_sure_and_a_possible_pledge_of_one_actor_and_help_to_build() -> None:
    facts = _facts(
        "- Il presidente francese Emmanuel Macron ha detto che Parigi fornirà radar e sistemi di "
        "difesa aerea nelle prossime settimane, e che potrebbe inviare altri sei cannoni "
        "semoventi Caesar.\n"
        "- Il ministro israeliano Benny Gantz ha detto che Israele potrebbe aiutare Kiev a "
        "sviluppare un sistema di allerta precoce per i civili.\n")
    got = {(f.fields.actor, f.fields.action, f.fields.certainty)
           for f in facts if f.kind == "commitment"}
    assert got == {("FR", "weapons", "definite"), ("FR", "weapons", "possible"),
                   ("IL", "other", "possible")}


def test_a_quoted_comment_on_an_attack_is_a_statement() -> None:
    facts = _facts(
        "- Drones attacked Moscow overnight, damaging two buildings. Russian President Vladimir "
        "Putin said the attack was a “clear sign of terrorist activity”.\n"
        "- A Russian missile killed two people in Kharkiv, the governor said.\n")
    said = [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"]
    assert said == [("Vladimir Putin", "clear sign of terrorist activity")]


def test_losses_in_quotes_are_still_losses() -> None:
    facts = _facts("- Il Ministero della Difesa russo ha detto che le sue forze hanno respinto 15 "
                   "attacchi ucraini, uccidendo “fino a 220” soldati ucraini.\n")
    figs = {(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"}
    assert ("military_losses", 220) in figs


def test_italian_artillery_and_the_more_exact_weapon() -> None:
    facts = _facts(
        "- Nella notte l'artiglieria russa ha colpito Mykolaiv, uccidendo una donna.\n"
        "- Nella notte i razzi Grad russi hanno colpito la città di Marhanets, uccidendo undici "
        "persone.\n"
        "- Domenica un attacco aereo russo con bombe guidate su Kharkiv ha ferito 11 persone.\n")
    assert [f.fields.weapon for f in facts if f.kind == "strike"] == [
        "artillery", "mlrs", "guided_bomb"]


def test_a_side_reporting_a_hit_on_the_other_struck_it() -> None:
    facts = _facts("- Russia's defence ministry said Kalibr missiles had hit ammunition depots of "
                   "Ukrainian forces near Avdiivka.\n")
    assert [(f.fields.perpetrator, f.fields.weapon) for f in facts if f.kind == "strike"] == [
        ("RU", "missile")]


def test_the_region_around_a_city_region_is_its_oblast() -> None:
    facts = _facts("- Un drone ha colpito un edificio nella regione di Mosca, ha detto il "
                   "governatore.\n- Russian drones attacked the Kyiv region overnight, injuring "
                   "two people.\n- A missile hit Kyiv, the mayor said.\n")
    assert [f.fields.region_code for f in facts if f.kind == "strike"] == [
        "RU-MOS", "UA-32", "UA-30"]


def test_a_capital_that_acts_is_its_government_not_a_place() -> None:
    facts = _facts("- Martedì Kiev ha ricevuto i corpi di 212 soldati caduti, ha detto il quartier "
                   "generale.\n")
    figs = [(f.fields.value, f.fields.region_code) for f in facts if f.kind == "figure"]
    assert figs == [(212, None)]


def test_receiving_bodies_is_no_pledge_and_a_ministrys_name_is_no_action() -> None:
    facts = _facts(
        "- Martedì Kiev ha ricevuto i corpi di 212 soldati caduti.\n"
        "- Ukraine received $1.5bn in budget support from Japan, the finance ministry said.\n"
        "- Finance Minister Mihaly Varga said Budapest would not back an EU plan to borrow 18 "
        "billion euros to fund Ukraine next year.\n")
    got = [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
           if f.kind == "commitment"]
    assert got == [("JP", "economic_aid", False), ("HU", "economic_aid", True)]


def test_a_relative_named_with_a_possessive_is_one_person() -> None:
    facts = _facts("- Un drone russo ha ucciso una donna di 62 anni e suo nipote di 9 anni a "
                   "Bilopillia.\n")
    assert [(f.fields.count, f.fields.age, f.fields.role) for f in facts
            if f.kind == "casualty"] == [(1, 62, None), (1, 9, "child")]


def test_a_price_per_barrel_and_what_happens_despite_sanctions() -> None:
    facts = _facts(
        "- The price cap of $60 per barrel took effect on Monday, the EU said.\n"
        "- Il Fondo monetario internazionale prevede che l’economia russa crescerà dello 0,7 per "
        "cento, nonostante le sanzioni occidentali.\n")
    # a cap taking effect is the EU's sanction (as the gold has it), its price no quantity;
    # what happens despite sanctions pledges nothing
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("EU", "sanctions", None)]
    assert ("economy", 60, "USD per barrel") in {
        (f.fields.metric, f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"}
    # a price named inside a decree is still a price, not the quantity of a pledge
    facts = _facts("- Putin signed a decree banning oil sales to countries that abide by the "
                   "price cap of $60 per barrel.\n")
    assert [f.fields.quantity for f in facts if f.kind == "commitment"] in ([], [None])
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (60, "USD per barrel")]


def test_an_ordinal_attack_is_a_running_count() -> None:
    facts = _facts("- DTEK said it was the 13th major attack on its power plants this year.\n"
                   "- Naftogaz ha detto che si tratta del 14° attacco contro le sue strutture.\n"
                   "- It was the 10th day of fighting in the town.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative, f.fields.claimant)
            for f in facts if f.kind == "figure"] == [
        ("attacks", 13, True, "DTEK"), ("attacks", 14, True, "Naftogaz")]


def test_two_villages_shelled_are_two_strikes() -> None:
    facts = _facts("- Belgorod governor Vyacheslav Gladkov said Ukrainian forces had shelled the "
                   "villages of Zhuravlevka and Kozinka on Wednesday.\n")
    assert [(f.fields.settlement, f.fields.perpetrator) for f in facts if f.kind == "strike"] == [
        ("Zhuravlevka", "UA"), ("Kozinka", "UA")]


def test_a_tolls_parts_by_place_are_strikes_and_the_toll_a_figure() -> None:
    facts = _facts(
        "- Over the past day, Russian attacks killed five civilians in the Donetsk region – "
        "three in Kramatorsk and one each in Bakhmut and Vuhledar – and wounded 27 others, "
        "the governor said.\n"
        "- Nella regione di Donetsk le forze russe hanno ucciso sei civili nell'ultimo giorno, "
        "tra cui tre a Pokrovsk e due a Myrnohrad, ha detto il governatore.\n")
    strikes = [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"]
    assert strikes == [("Kramatorsk", 3), ("Bakhmut", 1), ("Vuhledar", 1), ("Pokrovsk", 3),
                       ("Myrnohrad", 2)]
    figs = {(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"}
    assert {("killed", 5), ("injured", 27), ("killed", 6)} <= figs


def test_a_strike_with_damage_beside_an_interception() -> None:
    facts = _facts("- Drones attacked the port of Ust-Luga in the Leningrad region overnight, "
                   "starting a fire at a fuel terminal, governor Alexander Drozdenko said, adding "
                   "that air defences had shot down three of them.\n")
    assert [(f.fields.settlement, f.fields.damage) for f in facts if f.kind == "strike"] == [
        ("Ust-Luga", "fire at fuel terminal")]
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts if f.kind == "air_defence"] == [
        ("drone", 3)]  # "three of them": of the drones named before, with no number


def test_a_tolls_in_a_tail_or_across_the_country_are_figures() -> None:
    facts = _facts(
        "- Russian glide bombs hit the town of Selydove on Friday, killing four people, the "
        "governor said, adding that Russian attacks had killed six people and wounded 19 across "
        "the region over the past day.\n"
        "- Gli attacchi russi di lunedì hanno ucciso almeno 19 persone e ne hanno ferite 105 in "
        "tutto il Paese, secondo il Servizio di emergenza statale.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 4)]
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("killed", 6, "people"), ("injured", 19, "people"),
                                       ("killed", 19, "people"), ("injured", 105, "people")]


def test_sanction_packages_and_listings_are_pledges() -> None:
    facts = _facts(
        "- EU foreign policy chief Josep Borrell said the bloc’s 11th package of sanctions "
        "against Russia, aimed at closing loopholes, could be adopted before the end of June.\n"
        "- Ursula von der Leyen said in Kyiv that the bloc aimed to have a new package of "
        "sanctions against Russia in place by February 24.\n"
        "- The British government said it had sanctioned 11 tankers of Russia’s shadow fleet.\n"
        "- Il Regno Unito ha sanzionato 20 navi della flotta ombra russa.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity,
             f.fields.unit, f.fields.recipient) for f in facts if f.kind == "commitment"] == [
        ("EU", "sanctions", "possible", None, None, None),
        ("EU", "sanctions", "definite", None, None, None),
        ("GB", "sanctions", "definite", 11, "tankers", None),
        ("GB", "sanctions", "definite", 20, "ships", None)]


def test_ground_captured_denied_attacks_and_attacks_since_a_month_are_no_strikes() -> None:
    facts = _facts(
        "- Wagner chief Yevgeny Prigozhin said his fighters had captured the village of "
        "Blahodatne, north of Bakhmut.\n"
        "- Podolyak said Kyiv had “nothing directly to do” with the drone strikes on Moscow.\n"
        "- Russian attacks since March have knocked out about 9 gigawatts of Ukraine’s power "
        "generating capacity, the energy minister said.\n"
        "- Russian forces captured two civilians in Kherson.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Kherson"]
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("captured", 2)]
    assert [(f.fields.value, f.fields.cumulative) for f in facts if f.kind == "figure"] == [
        (9, True)]


def test_a_tail_has_its_own_tally_cue() -> None:
    facts = _facts(
        "- Two people were killed and four injured in Russian shelling of border communities in "
        "the Sumy region on Wednesday, the regional military administration said, adding that "
        "the region had come under 87 attacks in 24 hours.\n"
        "- Ukrainian forces shelled Shebekino, wounding two women, the governor said, and that "
        "more than 4,000 residents had been moved to shelters.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 2), ("injured", 4), ("injured", 2)]
    attacks = [f.fields for f in facts if f.kind == "figure" and f.fields.metric == "attacks"]
    assert [(a.value, a.value_text) for a in attacks] == [(87, None)]


def test_a_scare_quoted_number_is_a_figure_not_a_statement() -> None:
    facts = _facts(
        "- Ukraine’s General Staff said Russian marines had lost “dozens” of armoured vehicles "
        "in failed assaults near Vuhledar.\n"
        "- Il Ministero della Difesa russo ha detto che le sue forze hanno respinto 15 attacchi "
        "ucraini vicino a Lyman, uccidendo “fino a 220” soldati ucraini.\n")
    assert [f for f in facts if f.kind == "statement"] == []
    assert [(f.fields.metric, f.fields.value, f.fields.value_text) for f in facts
            if f.kind == "figure" and f.fields.metric == "military_losses"] == [
        ("military_losses", 12, "dozens"), ("military_losses", 220, "fino a 220")]


def test_a_figure_in_an_adding_that_tail_is_not_the_strikes() -> None:
    facts = _facts(
        "- Venerdì gli attacchi russi a Kostiantynivka hanno ucciso quattro civili, ha scritto "
        "su Telegram il governatore Vadym Filashkin, aggiungendo che a Pokrovsk restano ancora "
        "circa 11.000 abitanti.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.settlement) for f in facts
            if f.kind == "figure"] == [("population", 11000, "Pokrovsk")]


def test_more_pledges_hosting_minesweepers_monitoring_bans_and_implied_recipients() -> None:
    facts = _facts(
        "- Il ministro Jean-Noël Barrot ha detto che Parigi non esclude l’invio di truppe.\n"
        "- Il ministro Hanno Pevkur ha detto che l’Estonia potrebbe partecipare a una missione di "
        "monitoraggio una volta raggiunto un cessate il fuoco.\n"
        "- Il ministro Luigi Di Maio ha detto che l’Italia potrebbe mettere a disposizione le "
        "proprie navi cacciamine per sminare il porto di Odessa.\n"
        "- The US, Britain, Canada and Japan announced a ban on imports of Russian gold.\n"
        "- Germany said it was ready to station a brigade of 4,000 soldiers in Lithuania.\n"
        "- Irish Taoiseach Micheál Martin said Ireland would not send soldiers.\n")
    got = [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.recipient,
            f.fields.condition) for f in facts if f.kind == "commitment"]
    assert got == [
        ("FR", "troops", "possible", "UA", None),
        ("EE", "ceasefire_monitoring", "possible", None, "una volta raggiunto un cessate il fuoco"),
        ("IT", "naval_support", "possible", "UA", None),
        ("GB", "sanctions", "definite", None, None), ("CA", "sanctions", "definite", None, None),
        ("JP", "sanctions", "definite", None, None), ("US", "sanctions", "definite", None, None),
        ("DE", "troops", "possible", None, None),
        ("IE", "troops", "definite", "UA", None)]
    assert [f.fields.speaker for f in facts if f.kind == "statement"][-1] == "Micheál Martin"


def test_attacks_told_as_a_cause_and_attacks_over_a_region() -> None:
    facts = _facts(
        "- About a quarter of households in the Sumy region remain without electricity after "
        "weeks of Russian shelling, the regional military administration said.\n"
        "- Circa la metà degli utenti di Sumy era senza elettricità dopo gli attacchi russi "
        "della settimana contro le infrastrutture energetiche, ha detto il sindaco.\n"
        "- Gli attacchi russi nella regione di Donetsk hanno ucciso quattro civili e ne hanno "
        "feriti 11, ha scritto su Telegram il governatore Vadym Filashkin.\n")
    assert [f for f in facts if f.kind in ("strike", "casualty")] == []
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("power_outages", 25), ("power_outages", 50), ("killed", 4), ("injured", 11)]


def test_a_strike_told_in_the_tail_of_a_tally() -> None:
    facts = _facts(
        "- Russian troops attacked 10 towns and villages in the Zaporizhzhia region 386 times "
        "over the past day, governor Ivan Fedorov wrote on Telegram, adding that a Russian drone "
        "had hit a house in Huliaipole, killing a 67-year-old man.\n")
    [strike] = [f.fields for f in facts if f.kind == "strike"]
    assert (strike.settlement, strike.weapon, strike.killed, strike.reported_by) == (
        "Huliaipole", "drone", 1, "Ivan Fedorov")
    assert {(f.fields.value, f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "figure"} == {(10, None, "UA-23"), (386, None, "UA-23")}


def test_a_victim_in_a_nearby_village_and_municipal_workers() -> None:
    facts = _facts(
        "- Russian shelling killed a 64-year-old man in Kherson and wounded a woman in nearby "
        "Bilozerka, the regional military administration said.\n"
        "- Russian artillery hit the centre of Kherson, wounding two municipal workers who were "
        "clearing debris.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == [
        "Kherson", "Bilozerka", "Kherson"]
    assert [f.fields.role for f in facts if f.kind == "casualty"][-1] == "municipal worker"


def test_comments_denials_and_vague_groups_before_their_verb() -> None:
    facts = _facts(
        "- Zelenskyy called the attack on Kremenchuk “one of the most brazen terrorist acts in "
        "European history”.\n"
        "- Peskov insisted that the Russian army does not strike civilian targets.\n"
        "- Leontyev, capo dell’amministrazione insediata da Mosca, ha affermato che sono stati "
        "colpiti magazzini civili e che decine di residenti sono rimasti feriti.\n")
    assert [(f.fields.settlement, f.fields.injured) for f in facts if f.kind == "strike"] == [
        (None, 10)]
    assert [(f.fields.count, f.fields.count_text) for f in facts if f.kind == "casualty"] == [
        (10, "decine")]


def test_a_country_that_speaks_is_its_government_and_people_are_no_unit() -> None:
    facts = _facts(
        "- Switzerland said it would not allow Germany to re-export Swiss-made ammunition.\n"
        "- La Danimarca ha detto che invierà altri 20 carri armati.\n"
        "- Peskov said the two sides would meet again, and two presidents could talk later.\n")
    assert [(f.fields.organization, f.fields.country) for f in facts
            if f.kind == "statement"][:2] == [("Swiss government", "CH"),
                                              ("Danish government", "DK")]
    assert [f for f in facts if f.kind == "figure"] == []


def test_a_toll_over_several_districts_and_dozens_of_times() -> None:
    facts = _facts(
        "- Nella regione di Dnipropetrovsk, droni e artiglieria russi hanno colpito decine di "
        "volte i distretti di Nikopol e Synelnykove nelle ultime 24 ore, uccidendo due persone "
        "e ferendone nove, ha riferito il governatore.\n")
    assert [f for f in facts if f.kind in ("strike", "casualty")] == []
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("attacks", 10, "attacks"), ("killed", 2, "people"),
                                       ("injured", 9, "people")]


def test_destroyed_enemy_equipment_is_a_loss_and_a_dismissal_is_a_statement() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its aircraft had destroyed four Ukrainian military "
        "boats near Cape Tarkhankut in Crimea. Ukraine’s navy spokesman Dmytro Pletenchuk "
        "dismissed the claim as “fiction” on national television.\n")
    assert [f for f in facts if f.kind == "strike"] == []
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("military_losses", 4, "boats")]
    assert [(f.fields.speaker, f.fields.medium) for f in facts if f.kind == "statement"] == [
        ("Dmytro Pletenchuk", "national television")]


def test_a_night_between_two_days_is_dated_by_the_first() -> None:
    text = ("Questi sono gli sviluppi chiave del 489° giorno della guerra.\n"
            "Pubblicato il 27 giugno 2023\n\n"
            "- Nella notte tra lunedì e martedì la Russia ha lanciato 12 droni Shahed, nove dei "
            "quali sono stati abbattuti, ha detto l’aeronautica.\n")
    [claim] = [f.fields for f in extract(parse_text(text)) if f.kind == "air_defence"]
    assert (str(claim.date), claim.period) == ("2023-06-26", "overnight")


def test_an_attack_reported_after_an_interception_is_a_strike_of_its_own() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha detto, secondo l’agenzia RIA Novosti, che le sue "
        "difese aeree hanno abbattuto 12 droni ucraini nelle ultime 24 ore e che missili ad alta "
        "precisione hanno distrutto un deposito di munizioni per i lanciarazzi HIMARS a "
        "Kostiantynivka, nella regione di Donetsk.\n")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [("drone", 12)]
    [strike] = [f.fields for f in facts if f.kind == "strike"]
    assert (strike.perpetrator, strike.weapon, strike.settlement, strike.damage) == (
        "RU", "missile", "Kostiantynivka", "ammunition depot destroyed")


def test_a_share_of_capacity_knocked_out_is_a_damage_figure() -> None:
    facts = _facts(
        "- Ukrainian attacks have now idled about 17 percent of Russia’s oil refining capacity, "
        "analysts said.\n"
        "- The energy minister said Russian strikes had damaged about 30 percent of Ukraine’s "
        "energy infrastructure.\n")
    assert [f for f in facts if f.kind == "strike"] == []
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("infrastructure_damaged", 17, "percent"),
                                       ("infrastructure_damaged", 30, "percent")]


def test_what_a_condition_or_a_reason_names_is_not_pledged() -> None:
    facts = _facts(
        "- The United States imposed sanctions on 11 Russian defence officials and the head of "
        "Russia’s state-owned arms exporter, the Treasury said.\n"
        "- Downing Street said Britain would not send fighter jets to Ukraine, because pilots "
        "need months of training.\n"
        "- La ministra Kajsa Ollongren ha detto che i Paesi Bassi potrebbero consegnare i caccia "
        "F-16 prima del previsto se la formazione dei piloti ucraini sarà completata in tempo.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [("US", "sanctions", False), ("GB", "weapons", True),
                                           ("NL", "weapons", False)]


def test_forces_served_and_a_delivery_answered_are_not_pledged() -> None:
    facts = _facts(
        "- Tusk ha detto che la Polonia fornirà supporto logistico alle forze alleate.\n"
        "- Stati Uniti e Regno Unito hanno imposto sanzioni a Iran Air in risposta alla consegna "
        "dei missili.\n"
        "- Germany pledged to send troops to Lithuania.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("PL", "other"), ("GB", "sanctions"), ("US", "sanctions"), ("DE", "troops")]


def test_any_countrys_ministry_or_government_speaks() -> None:
    facts = _facts(
        "- The Dutch defence ministry said it would send 14 Leopard tanks.\n"
        "- Il ministero degli Esteri turco ha detto che i colloqui riprenderanno.\n"
        "- The Japanese government said it would lend Ukraine $3bn.\n")
    assert [(f.fields.organization, f.fields.country) for f in facts
            if f.kind == "statement"] == [("Dutch Ministry of Defence", "NL"),
                                          ("Turkish Foreign Ministry", "TR"),
                                          ("Japanese government", "JP")]


def test_a_ministry_named_by_its_capital_is_that_countrys() -> None:
    facts = _facts(
        "- The foreign ministry in Tokyo said Japan would send more generators to Kyiv.\n"
        "- Il ministero degli Esteri a Pechino ha detto che la Cina non è parte del conflitto.\n"
        "- The economy ministry in Bern said exports of dual-use goods to Russia fell 40%.\n"
        "- The economy ministry said exports fell by 12% in March.\n")
    orgs = [(f.fields.organization if f.kind == "statement" else f.fields.claimant)
            for f in facts if f.kind in ("statement", "figure")]
    assert orgs == ["Japanese Foreign Ministry", "Chinese Foreign Ministry",
                    "Swiss Ministry of Economy", "Ukrainian Ministry of Economy"]


def test_the_press_and_broadcasters_by_name_are_the_medium() -> None:
    facts = _facts(
        "- Sikorski said in an interview with the Polish daily Rzeczpospolita that Warsaw "
        "would not send troops.\n"
        "- Zelenskyy ha detto in un’intervista alla televisione sudcoreana KBS che Seul "
        "dovrebbe inviare armi.\n"
        "- Merz told the German newspaper Welt am Sonntag that the war could last years.\n"
        "- Il ministro degli Esteri indiano ha detto al quotidiano The Hindu che Nuova Delhi è "
        "“pronta a contribuire” alla pace.\n")
    assert [(f.fields.speaker, f.fields.country, f.fields.medium) for f in facts
            if f.kind == "statement"] == [
        ("Radosław Sikorski", "PL", "Rzeczpospolita"), ("Volodymyr Zelenskyy", "UA", "KBS"),
        ("Friedrich Merz", "DE", "Welt am Sonntag"), (None, "IN", "The Hindu")]


def test_a_bodys_office_named_without_its_holder_is_the_role() -> None:
    facts = _facts(
        "- The European Union’s foreign policy chief told a news conference in Brussels that "
        "the war had to end.\n"
        "- NATO's secretary general said the alliance was ready.\n")
    assert [(f.fields.organization, f.fields.role) for f in facts if f.kind == "statement"] == [
        ("EU", "foreign policy chief"), ("NATO", "secretary general")]


def test_welcoming_is_speaking() -> None:
    facts = _facts(
        "- Zelenskyy welcomed the decision on Telegram, calling Norway “a true friend”.\n"
        "- Il presidente Sergio Mattarella ha accolto con favore l'accordo.\n")
    assert [(f.fields.speaker, f.fields.medium, f.fields.quote) for f in facts
            if f.kind == "statement"] == [("Volodymyr Zelenskyy", "Telegram", "a true friend"),
                                          ("Sergio Mattarella", None, None)]


def test_losses_named_long_before_their_count() -> None:
    facts = _facts(
        "- Ukraine's General Staff said its forces had repelled 71 attacks. It put Russian troop "
        "losses since the start of the invasion at about 137,780, including 1,030 on Sunday "
        "alone.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit, f.fields.cumulative)
            for f in facts if f.kind == "figure"][1:] == [
        ("military_losses", 137780, "troops", True), ("military_losses", 1030, "troops", False)]


def test_an_office_without_its_holder_speaks_beside_another_speaker() -> None:
    facts = _facts(
        "- Il ministro della Difesa lituano ha detto che Vilnius invierà due elicotteri, mentre "
        "la Danimarca ha annunciato l’invio di tutti i suoi 19 obici Caesar.\n")
    # (Denmark announcing acts: its pledge is told, with no statement of its own)
    assert sorted((f.fields.role or "", f.fields.country) for f in facts
                  if f.kind == "statement") == [("defence minister", "LT")]
    assert sorted(str(f.fields.actor) for f in facts if f.kind == "commitment") == ["DK", "LT"]


def test_a_spokesperson_of_a_body_takes_the_country_the_sentence_opens_on() -> None:
    facts = _facts(
        "- Germany will deliver two more IRIS-T systems, a defence ministry spokesperson told "
        "journalists.\n"
        "- La Germania non invierà missili Taurus, ha detto un portavoce del governo.\n"
        "- Sweden could send Gripen jets once a ceasefire holds, the Swedish prime minister’s "
        "office said in a statement.\n"
        "- L'ufficio del primo ministro svedese ha affermato che Stoccolma invierà 20 CV90.\n"
        "- A government spokesperson said the talks would resume.\n")
    assert [(f.fields.role, f.fields.country, f.fields.organization, f.fields.medium)
            for f in facts if f.kind == "statement"] == [
        ("spokesperson", "DE", "German Ministry of Defence", "journalists"),
        ("spokesperson", "DE", "German government", None),
        (None, "SE", "Swedish government", "statement"),
        (None, "SE", "Swedish government", None)]  # no country to take: no statement


def test_a_toll_after_the_regional_administration_of_a_city_region_is_the_regions() -> None:
    facts = _facts(
        "- Secondo l’amministrazione militare regionale di Kherson, nelle ultime 24 ore gli "
        "attacchi russi nella regione hanno ucciso due persone e ne hanno ferite altre 14.\n"
        "- Secondo l’amministrazione militare regionale di Kherson, un drone russo ha colpito "
        "un autobus a Kherson, uccidendo due persone.\n")
    assert [(f.kind, f.fields.region_code, getattr(f.fields, "settlement", None))
            for f in facts] == [
        ("figure", "UA-65", None), ("figure", "UA-65", None), ("strike", "UA-65", "Kherson"),
        ("casualty", "UA-65", "Kherson")]


def test_a_package_named_with_its_giver_and_worth_is_pledged_without_a_verb() -> None:
    facts = _facts(
        "- A new air-defence aid package from Norway worth 2.5 billion kroner, the fourth this "
        "year, Defence Minister Bjørn Arild Gram announced in Oslo on Friday.\n"
        "- Un nuovo pacchetto di aiuti militari danese da 1,2 miliardi di corone, il diciottesimo "
        "dall’inizio della guerra, con munizioni e attrezzature per lo sminamento.\n"
        "- A possible new EU military aid package for Ukraine of up to €40bn is under "
        "discussion, Kallas said.\n"
        "- Il pacchetto da 95 miliardi di dollari approvato dal Senato include 61 miliardi per "
        "Kiev.\n")  # no giver named with it: no pledge of this rule's
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity,
             f.fields.unit) for f in facts if f.kind == "commitment"] == [
        ("NO", "weapons", "definite", 2500000000, "NOK"),
        ("DK", "weapons", "definite", 1200000000, "DKK"),
        ("EU", "funding", "possible", 40000000000, "EUR")]
    assert not [f for f in facts if f.kind == "figure" and f.fields.unit != "USD"]


def test_crowns_named_without_their_country_are_the_crowns_of_the_country_named() -> None:
    facts = _facts("- Norway has so far given Ukraine aid worth 30 billion kroner.\n")
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (30000000000, "NOK")]


def test_a_toll_over_one_place_and_many_others_is_the_regions() -> None:
    facts = _facts(
        "- Nelle ultime 24 ore i bombardamenti russi hanno colpito Kherson e decine di altre "
        "località della regione, uccidendo in tutto due persone e ferendone sette.\n"
        "- A Russian drone hit Nikopol, killing three people and injuring nine.\n")
    assert [(f.kind, getattr(f.fields, "metric", None) or getattr(f.fields, "outcome", None))
            for f in facts if f.kind != "strike"] == [
        ("figure", "places_attacked"), ("figure", "killed"), ("figure", "injured"),
        ("casualty", "killed"), ("casualty", "injured")]


def test_arms_given_are_pledged_and_what_a_question_asks_is_not() -> None:
    facts = _facts(
        "- Norway has given Ukraine about 100 Mistral missiles.\n"
        "- La Norvegia ha dato all'Ucraina circa 100 missili Mistral.\n"
        "- Given the situation, the talks were postponed.\n"
        "- Asked by reporters whether he would keep arming Kyiv, Trump said only that the war "
        "had to “end fast”.\n"
        "- Asked about the tanks, Scholz said Germany would send 14 Leopards.\n")
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("NO", 100), ("NO", 100), ("DE", 14)]


def test_what_a_givers_aid_will_amount_to_is_pledged() -> None:
    facts = _facts(
        "- Germany will deliver two more IRIS-T systems, adding that Berlin’s military aid to "
        "Kyiv would total about €4bn this year.\n"
        "- Gli aiuti giapponesi all’Ucraina per il prossimo anno saranno pari a circa 4,5 "
        "miliardi di dollari, ha detto Kishida.\n"
        "- Germany's military aid to Ukraine has totalled €28bn since 2022.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit)
            for f in facts if f.kind == "commitment"] == [
        ("DE", "weapons", 2, "iris-t systems"), ("DE", "funding", 4000000000, "EUR"),
        ("JP", "economic_aid", 4500000000, "USD")]
    assert [(f.fields.metric, f.fields.cumulative) for f in facts if f.kind == "figure"] == [
        ("aid", True)]  # what it came to so far is a figure


def test_a_pronoun_before_the_verb_is_its_subject_not_the_one_named_after_it() -> None:
    facts = _facts(
        "- President Volodymyr Zelenskyy said in his nightly video address that Russia wanted "
        "to destabilise the region. On Tuesday morning he wrote on Twitter that he had "
        "discussed “further defence support” with Canada’s prime minister Justin Trudeau.\n")
    assert [(f.fields.speaker, f.fields.medium) for f in facts if f.kind == "statement"] == [
        ("Volodymyr Zelenskyy", "nightly video address"), ("Volodymyr Zelenskyy", "Twitter")]


def test_an_outlet_spoken_to_by_its_kind_is_the_medium_not_the_via() -> None:
    facts = _facts(
        "- Dmitry Peskov ha detto al canale televisivo Rossiya 1 che Mosca “non vede alcuna "
        "base” per colloqui.\n"
        "- Peskov ha detto alla televisione Rossiya 1 che Mosca non vede basi per colloqui.\n"
        "- Peskov told broadcaster Rossiya 1 that Moscow saw no basis for talks.\n")
    assert [(f.fields.medium, f.fields.via) for f in facts if f.kind == "statement"] == [
        ("Rossiya 1", None)] * 3
    facts = _facts(
        "- Jonas Gahr Store told Norwegian broadcaster NRK that Norway would deliver F-16s.\n"
        "- Hanno Pevkur ha detto alla radiotelevisione pubblica ERR che l’Estonia potrebbe "
        "partecipare.\n"
        "- Robert Kalinak ha detto che Bratislava non cambierà posizione, secondo l’agenzia "
        "TASR.\n")
    assert [(f.fields.medium, f.fields.via) for f in facts if f.kind == "statement"] == [
        ("NRK", None), ("ERR", None), (None, "TASR")]


def test_a_speaker_who_tells_of_aid_makes_a_statement_and_an_adverb_is_no_name() -> None:
    facts = _facts(
        "- Zelenskyy visited Brussels.\n"
        "- Later Zelenskyy told journalists that Ukraine would receive €5bn from the European "
        "Peace Facility this year.\n"
        "- Meanwhile Putin said Russia would respond.\n"
        "- The governor said Russian shelling had damaged 40 houses.\n")
    assert [(f.fields.speaker, f.fields.medium) for f in facts if f.kind == "statement"] == [
        ("Volodymyr Zelenskyy", "journalists"), ("Vladimir Putin", None)]


def test_a_national_body_pledges_for_its_country() -> None:
    facts = _facts("- The Pentagon unveiled a further $988m in military aid for Ukraine.\n")
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("US", 988000000)]


def test_what_pledged_money_pays_for_is_no_pledge_of_its_own() -> None:
    facts = _facts(
        "- Norway pledged 2.5 billion kroner; most of it is to be spent on ammunition for "
        "NASAMS systems.\n"
        "- Denmark pledged €50m. The money will buy drones and HIMARS ammunition and pay for "
        "repairs, a spokesperson said.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("NO", "funding"), ("DK", "economic_aid")]


def test_drones_that_intrude_are_not_pledged() -> None:
    facts = _facts(
        "- Il segretario generale della NATO Mark Rutte ha detto che gli alleati “non si "
        "faranno intimidire” dalle incursioni di droni russi nello spazio aereo alleato.\n")
    assert [f.kind for f in facts] == ["statement"]


def test_the_one_spoken_with_is_no_speaker_and_an_aside_is_no_distance() -> None:
    facts = _facts(
        "- French President Emmanuel Macron, whose government has promised 12 more Caesar "
        "howitzers by the end of the year, said at a news conference with President Volodymyr "
        "Zelenskyy in Paris that France would remain at Ukraine's side.\n")
    assert [(f.kind, f.fields.speaker) for f in facts] == [
        ("statement", "Emmanuel Macron"), ("commitment", "Emmanuel Macron")]


def test_a_named_victim_is_no_source_a_calibre_no_count_and_hand_over_no_qualifier() -> None:
    facts = _facts(
        "- Russian missiles pounded Mykolaiv overnight, killing grain magnate Oleksiy "
        "Vadatursky, 74, and his wife, the governor said.\n"
        "- France is to hand over six more Caesar howitzers by the end of August.\n"
        "- Madrid potrebbe fornire anche obici da 155 mm.\n"
        "- Germany will send 10,000 155mm shells.\n")
    assert all(getattr(f.fields, "reported_by", None) is None for f in facts)
    assert [(f.fields.quantity, f.fields.quantity_text) for f in facts
            if f.kind == "commitment"] == [(6, None), (None, None), (10000, None)]


def test_a_holiday_is_no_person() -> None:
    facts = _facts(
        "- Russia launched 78 missiles at Ukraine’s energy system on Christmas Day, killing at "
        "least one person in the Dnipropetrovsk region.\n")
    assert not [f for f in facts if getattr(f.fields, "reported_by", None)
                or getattr(f.fields, "claimant", None)]


def test_a_days_losses_beside_a_weapon_are_losses_not_a_strikes_victims() -> None:
    facts = _facts(
        "- Operational Command South said Ukrainian forces had struck the bridge with HIMARS "
        "rockets, and that they had killed 51 Russian soldiers and destroyed seven tanks in the "
        "south over the past day.\n"
        "- A Russian missile strike on a training ground killed 20 Ukrainian soldiers in the "
        "Dnipropetrovsk region.\n")
    assert [(f.kind, getattr(f.fields, "metric", None), getattr(f.fields, "count", None))
            for f in facts if f.kind != "strike"] == [
        ("figure", "military_losses", None), ("figure", "military_losses", None),
        ("casualty", None, 20)]


def test_brussels_pledging_is_the_eu() -> None:
    facts = _facts("- Bruxelles ha versato all'Ucraina altri 1,5 miliardi di euro.\n")
    assert [f.fields.actor for f in facts if f.kind == "commitment"] == ["EU"]


def test_the_sources_own_forces_striking_a_named_target_is_a_strike() -> None:
    facts = _facts(
        "- Ukraine's General Staff said its forces had struck the Novokuibyshevsk refinery in "
        "Russia's Samara region overnight, causing a large fire.\n")
    assert [(f.kind, f.fields.perpetrator, f.fields.settlement) for f in facts] == [
        ("strike", "UA", "Novokuibyshevsk")]


def test_italian_damage_to_a_target_after_una_and_debris_of_a_downed_drone() -> None:
    facts = _facts(
        "- A Belgorod i detriti di un drone abbattuto hanno danneggiato una sottostazione "
        "elettrica, ha detto il governatore Vyacheslav Gladkov.\n")
    assert [(f.kind, getattr(f.fields, "damage", None)) for f in facts] == [
        ("strike", "electrical substation damaged"), ("air_defence", None)]


def test_a_target_knocked_out_is_struck() -> None:
    facts = _facts(
        "- A substation in the Zaporizhzhia district was knocked out by a drone, leaving about "
        "2,300 households without power, governor Ivan Fedorov said.\n")
    assert (facts[0].kind, facts[0].fields.target) == ("strike", "substation")


def test_the_one_spoken_for_is_no_speaker_and_he_later_said_is_the_subjects() -> None:
    facts = _facts(
        "- Steffen Hebestreit, a spokesperson for German Chancellor Olaf Scholz, said the first "
        "Leopard 2 tanks would reach Ukraine by the end of March.\n"
        "- Zelenskyy met Kishida in Kyiv. In his nightly video address, he later said the "
        "partners had promised “new, stronger” air defence systems.\n"
        "- Air force spokesman Yurii Ihnat said Moscow appeared to be “saving up” missiles "
        "for a larger strike.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Steffen Hebestreit", None), ("Volodymyr Zelenskyy", "new, stronger"),
        ("Yurii Ihnat", "saving up")]
    assert not [f for f in facts if f.kind == "strike"]  # a strike prepared is none made


def test_a_visit_told_between_the_speaker_and_the_verb_is_no_distance() -> None:
    facts = _facts(
        "- Japanese Prime Minister Fumio Kishida, on a surprise visit to Kyiv on Tuesday, "
        "pledged $30m through a NATO trust fund for non-lethal military equipment.\n")
    assert [(f.kind, f.fields.speaker) for f in facts] == [
        ("statement", "Fumio Kishida"), ("commitment", "Fumio Kishida")]


def test_attacks_a_condition_would_stop_are_none_made() -> None:
    facts = _facts(
        "- Il presidente Volodymyr Zelenskyy ha detto nel suo videomessaggio serale che l’Ucraina "
        "è pronta a un cessate il fuoco di 30 giorni “in qualsiasi momento”, purché anche Mosca "
        "fermi gli attacchi contro le infrastrutture energetiche.\n")
    assert [f.kind for f in facts] == ["statement", "commitment"]


def test_a_village_named_like_a_person_does_not_speak() -> None:
    facts = _facts(
        "- The Russian defence ministry said its forces had captured the village of Zhelanne "
        "Pershe.\n"
        "- The ministry also said its forces had taken the village of Zhelanne Druhe.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts] == [
        (None, "Russian Ministry of Defence"), (None, "Russian Ministry of Defence")]


def test_a_second_attack_on_another_district_is_a_strike_of_its_own() -> None:
    facts = _facts(
        "- In the Belgorod region, a Ukrainian drone dropped an explosive on a car in the "
        "village of Zhuravlyovka, killing its driver, while shelling damaged a substation in "
        "the Shebekino district and cut power to several villages, governor Vyacheslav Gladkov "
        "said.\n")
    assert [(f.fields.settlement, f.fields.district, f.fields.weapon, f.fields.damage)
            for f in facts if f.kind == "strike"] == [
        ("Zhuravlyovka", None, "drone", None),
        (None, "Shebekinsky", "artillery", "substation damaged; power cut to several villages")]


def test_drones_of_which_some_were_downed_and_others_lost_to_jamming() -> None:
    facts = _facts(
        "- L'aeronautica ucraina ha detto che la Russia ha lanciato 120 droni Shahed nella notte, "
        "70 dei quali sono stati abbattuti, mentre altri 47 sono stati “persi localmente”.\n"
        "- Ukraine’s air force said Russia launched 145 drones overnight; 82 were shot down and "
        "59 others were “lost” to electronic jamming.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(120, 70), (145, 82)]
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("military_losses", 47, "drones"),
                                       ("military_losses", 59, "drones")]


def test_residents_evacuated_after_a_strike_and_capacity_destroyed_are_figures() -> None:
    facts = _facts(
        "- A Russian rocket hit an apartment building in Kurakhove, killing eight people, and "
        "dozens of residents were evacuated from neighbouring buildings, rescuers said.\n"
        "- Ukrenergo ha annunciato interruzioni di corrente, dopo che gli attacchi russi hanno "
        "distrutto circa 9 gigawatt di capacità di generazione.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 8)]
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Kurakhove"]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("evacuated", 12), ("infrastructure_damaged", 9)]


def test_an_italian_singular_in_e_is_one_victim() -> None:
    text = ("Questi sono gli sviluppi chiave del 489° giorno della guerra.\n"
            "Pubblicato il 27 giugno 2023\n\n"
            "- Un drone russo ha colpito un'auto a Beryslav, uccidendo il conducente.\n")
    assert [(f.fields.role, f.fields.count) for f in extract(parse_text(text))
            if f.kind == "casualty"] == [("driver", 1)]


def test_more_pledge_shapes_passive_money_monitors_and_talks() -> None:
    facts = _facts(
        "- Norway is considering a contribution of Leopard tanks, minister Bjorn Arild Gram said.\n"
        "- Healey ha detto che soldati britannici potrebbero contribuire a sorvegliare una "
        "futura tregua.\n"
        "- The first €3bn tranche of the EU’s loan programme has been transferred to Kyiv.\n"
        "- Un pacchetto di 120 milioni di euro per riparare ospedali è stato approvato per "
        "l’Ucraina dalla Banca europea per gli investimenti.\n"
        "- I ministri dell’UE si riuniranno lunedì per discutere di nuovi aiuti militari a Kiev.\n"
        "- Anita Anand said Canadian soldiers would help train Ukrainian crews.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("NO", "weapons"), ("GB", "ceasefire_monitoring"), ("EU", "economic_aid"),
        ("European Investment Bank", "reconstruction"), ("CA", "training")]


def test_a_rule_that_fails_on_one_item_costs_only_that_item(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    import annotator.extract.pipeline as pipeline
    real = pipeline.extract_air_defence

    def broken(ctx, item, segs):  # type: ignore[no-untyped-def]
        if item == 0:
            raise ValueError("a rule bug")
        return real(ctx, item, segs)

    monkeypatch.setattr(pipeline, "extract_air_defence", broken)
    text = ("Russia-Ukraine war: List of key events, day 400\nPublished On 1 Feb 2023\n\n"
            "- Russia fired 12 drones at Odesa overnight; 9 were shot down.\n"
            "- A Russian missile killed two people in Kharkiv on Tuesday.\n")
    facts = extract(parse_text(text))
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Kharkiv"]
    assert "failed on item 1" in caplog.text
    try:
        extract(parse_text(text), strict=True)
    except ValueError:
        pass
    else:
        raise AssertionError("strict extraction hid the failure")


def test_an_air_defence_system_delivered_and_scare_quotes_in_incidents() -> None:
    text = ("Questi sono gli sviluppi chiave del 46° giorno della guerra.\n"
            "Pubblicato il 10 aprile 2022\n\n"
            "- Il primo ministro slovacco Eduard Heger ha confermato che Bratislava ha consegnato "
            "all’Ucraina il suo sistema di difesa aerea S-300.\n"
            "- Ad Abu Dhabi si è concluso mercoledì il secondo round di colloqui.\n")
    facts = extract(parse_text(text))
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("SK", "weapons")]
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Eduard Heger"]
    facts = _facts("- Rostov Governor Vasily Golubev said a fire at an “industrial facility” "
                   "had been put out after a Ukrainian drone attack.\n"
                   "- Zelenskyy dismissed air force commander Mykola Oleshchuk on Friday.\n")
    assert [f for f in facts if f.kind == "statement"] == []


def test_a_front_direction_is_a_region_and_a_sides_daily_losses_a_figure() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its forces had killed up to 210 Ukrainian servicemen "
        "in the Donetsk direction over the past day and shot down 11 Ukrainian drones.\n"
        "- Ukraine's General Staff said 63 clashes took place in the Pokrovsk direction.\n"
        "- Un attacco di droni ucraini ha lasciato senza corrente circa 3.000 persone a Pogar, "
        "ma senza causare vittime.\n")
    assert [f for f in facts if f.kind == "casualty"] == []
    assert [(f.fields.metric, f.fields.value, f.fields.settlement, f.fields.region_code)
            for f in facts if f.kind == "figure"][:2] == [
        ("military_losses", 210, None, "UA-14"), ("clashes", 63, None, "UA-14")]


def test_a_denial_in_an_incident_item_and_a_long_quote_with_a_number_are_statements() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its forces had shot down 11 Ukrainian drones. "
        "Ukraine’s General Staff dismissed the claim as “propaganda”.\n"
        "- Commander-in-Chief Oleksandr Syrskyi told the Ukrinform news agency that Pokrovsk was "
        "not encircled. “The enemy has massed up to 170,000 troops in the Pokrovsk direction,” "
        "he said.\n")
    assert [(f.fields.organization or f.fields.speaker) for f in facts
            if f.kind == "statement"] == ["General Staff of the Armed Forces of Ukraine",
                                          "Oleksandr Syrskyi"]


def test_a_strike_in_the_tail_of_a_days_toll_and_a_port_worker() -> None:
    text = ("Questi sono gli sviluppi chiave del 988° giorno della guerra.\n"
            "Pubblicato il 7 novembre 2024\n\n"
            "- Nelle ultime 24 ore gli attacchi russi nella regione di Kherson hanno ucciso due "
            "persone e ne hanno ferite 14, ha detto il governatore Oleksandr Prokudin,aggiungendo "
            "che a Bilozerka un drone ha colpito un autobus di linea ferendo l’autista.\n"
            "- Un missile russo sul porto di Odessa ha ucciso un portuale di 43 anni.\n")
    facts = extract(parse_text(text))
    assert [(f.fields.settlement, f.fields.reported_by) for f in facts if f.kind == "strike"] == [
        ("Bilozerka", "Oleksandr Prokudin"), ("Odesa", None)]
    assert [(f.fields.role, f.fields.age) for f in facts if f.kind == "casualty"] == [
        ("driver", None), ("port worker", 43)]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 2), ("injured", 14)]


def test_a_quoted_name_is_no_quote_and_the_two_agreements_no_figure() -> None:
    facts = _facts(
        "- Più di due dozzine di paesi del cosiddetto “coalizione dei volenterosi” hanno detto in "
        "una dichiarazione congiunta che “qualsiasi soluzione” dovrà includere garanzie.\n"
        "- Descrivendo i due accordi, Zelenskyy ha affermato che includono “contenuti concreti”.\n")
    assert [f.fields.quote for f in facts if f.kind == "statement"] == [
        "qualsiasi soluzione", "contenuti concreti"]
    assert [f.fields.value for f in facts if f.kind == "figure"] == [24]


def test_leaders_who_pledge_pledge_for_their_countries() -> None:
    facts = _facts(
        "- Il presidente francese Emmanuel Macron e il primo ministro britannico Keir Starmer "
        "hanno firmato un accordo dichiarando la loro intenzione di schierare forze "
        "multinazionali se verrà concordato un cessate il fuoco.\n")
    assert sorted(f.fields.actor for f in facts if f.kind == "commitment"
                  and f.fields.action == "troops") == ["FR", "GB"]


def test_crowns_are_the_pledging_countrys_own() -> None:
    facts = _facts(
        "- Norway will contribute 1.5 billion kroner ($150m) to the PURL scheme, the minister "
        "said.\n"
        "- La Danimarca destinerà altri 2,2 miliardi di corone all’Ucraina.\n")
    assert [(f.fields.actor, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [("NO", 1500000000, "NOK"), ("DK", 2200000000, "DKK")]


def test_money_for_missiles_is_munitions_and_a_tranche_is_economic_aid() -> None:
    facts = _facts(
        "- The Netherlands will provide €15m to buy missiles for Ukraine’s air defences.\n"
        "- Tokyo erogherà a Kiev una nuova tranche da 471 miliardi di yen.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("NL", "munitions_funding"), ("JP", "economic_aid")]


def test_villages_taken_are_territory_not_places_attacked() -> None:
    facts = _facts("- Russia’s defence ministry said its troops had taken two villages in the "
                   "Donetsk region.\n"
                   "- Ukraine’s General Staff said Russian forces shelled 14 towns and villages.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("territory", 2), ("places_attacked", 14)]


def test_an_outlets_name_is_no_speaker() -> None:
    facts = _facts(
        "- Ukrainian President Volodymyr Zelenskyy wrote on X that the first jets were “a strong "
        "signal”. In an interview with Fox News, he said Ukraine needed at least 128 F-16s.\n")
    assert {f.fields.speaker for f in facts if f.kind == "statement"} == {"Volodymyr Zelenskyy"}


def test_more_ways_to_say_no_one_was_hurt() -> None:
    facts = _facts(
        "- Ukrainian drones hit an oil refinery in Saratov overnight, the governor said, adding "
        "that no one had been killed.\n"
        "- L’artiglieria ucraina ha colpito il villaggio di Tetkino, danneggiando una decina di "
        "case; non ci sono stati né morti né feriti.\n")
    assert [(f.fields.killed, f.fields.injured) for f in facts if f.kind == "strike"] == [
        (0, None), (0, 0)]


def test_a_side_named_on_its_launchers_or_submarine_is_the_attacker() -> None:
    facts = _facts(
        "- Rockets from Russian Grad launchers slammed into apartment blocks in Kharkiv on "
        "Monday evening, killing five people and wounding 22, the governor said.\n")
    assert {f.fields.perpetrator for f in facts if f.kind in ("strike", "casualty")} == {"RU"}


def test_a_proposal_is_a_possible_pledge_of_money_for_arms() -> None:
    facts = _facts(
        "- L’alto rappresentante dell’UE Josep Borrell ha proposto di aggiungere altri 500 milioni "
        "di euro al fondo per le armi all’Ucraina.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.speaker)
            for f in facts if f.kind == "commitment"] == [
        ("EU", "funding", "possible", "Josep Borrell")]
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Josep Borrell"]


def test_a_further_count_over_another_region_is_a_claim_of_its_own() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its air defences had destroyed 25 Ukrainian drones "
        "over the Bryansk region overnight and a further seven over the Smolensk region.\n")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [("drone", 25), ("drone", 7)]


def test_drones_counted_with_no_verb_of_launch_are_what_a_part_was_downed_of() -> None:
    facts = _facts("- Polish Prime Minister Donald Tusk said 19 Russian drones had violated Polish "
                   "airspace last week, of which at least four were shot down.\n")
    assert [(f.fields.claimant_side, f.fields.attacker, f.fields.launched, f.fields.destroyed)
            for f in facts if f.kind == "air_defence"] == [("PL", "RU", 19, 4)]


def test_n_of_the_drones_downed_is_the_part_destroyed() -> None:
    facts = _facts(
        "- Russia fired 465 drones and 32 missiles at Ukraine overnight, Ukraine’s air force "
        "said, adding that 405 of the drones and 15 of the missiles had been shot down.\n")
    assert [(f.fields.weapon, f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [("drone", 465, 405), ("missile", 32, 15)]
    assert [f for f in facts if f.kind == "figure"] == []


def test_denials_and_characterisations_in_incident_items_and_officials_after_the_verb() -> None:
    text = ("Questi sono gli sviluppi chiave del 165° giorno della guerra.\n"
            "Pubblicato il 7 agosto 2022\n\n"
            "- Le forze russe hanno colpito con razzi la centrale nucleare di Zaporizhzhia, "
            "ferendo un dipendente, ha detto Energoatom. Il ministero della Difesa russo ha "
            "respinto le accuse. Il direttore generale dell’AIEA Rafael Grossi ha definito gli "
            "attacchi “molto preoccupanti”.\n"
            "- Gli Stati Uniti potrebbero annunciare un nuovo pacchetto di armi, hanno detto due "
            "funzionari americani all’agenzia Reuters.\n")
    said = [(f.fields.speaker, f.fields.organization, f.fields.role, f.fields.country)
            for f in extract(parse_text(text)) if f.kind == "statement"]
    assert said == [(None, "Russian Ministry of Defence", None, "RU"),
                    ("Rafael Grossi", "IAEA", "director general", None),
                    (None, None, "official", "US")]


def test_a_speaker_named_by_office_first_and_by_name_later() -> None:
    facts = _facts(
        "- France’s president said on Tuesday that Ukraine should be allowed to “neutralise” "
        "military sites inside Russia. Emmanuel Macron was speaking at a news conference.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Emmanuel Macron", "neutralise")]


def test_money_given_for_aid_is_funding_and_a_package_is_arms() -> None:
    facts = _facts(
        "- Merz said Berlin would help Ukraine produce long-range weapons and pledged €5bn in "
        "new military aid.\n"
        "- The Netherlands will spend €300m on American weapons for Kyiv, including Patriot "
        "parts.\n"
        "- Il Pentagono ha annunciato un nuovo pacchetto di aiuti militari da 1 miliardo di "
        "dollari per l’Ucraina.\n"
        "- The European Commission announced €2.3bn in loans and guarantees for Ukraine’s "
        "reconstruction.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [
        ("DE", "weapons", None), ("DE", "funding", 5000000000),
        ("NL", "funding", 300000000), ("US", "weapons", 1000000000),
        ("EU", "reconstruction", 2300000000)]


def test_a_figure_takes_the_place_and_cumulation_of_its_own_report() -> None:
    facts = _facts(
        "- Ukraine’s General Staff said its troops had repelled 19 assaults near Bakhmut over "
        "the past day and that Russia had lost about 123,080 soldiers since the invasion "
        "began.\n"
        "- Russian shelling hit the Kherson region again. Russian forces fired on the region "
        "53 times over the past day, the governor said.\n")
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert figs[19].region_code == "UA-14" and not figs[19].cumulative
    assert figs[123080].region_code is None and figs[123080].cumulative
    assert figs[53].region_code == "UA-65"  # the item's one region


def test_a_venue_is_where_the_words_were_said_not_what_they_are_about() -> None:
    facts = _facts(
        "- Turkish Foreign Minister Hakan Fidan said he hoped a new round of talks in Istanbul "
        "would bring the sides closer.\n"
        "- The EU will provide €500m in military aid to Kyiv, EU foreign policy chief Josep "
        "Borrell said.\n"
        "- Russian President Vladimir Putin, speaking to reporters in Tashkent, accused NATO "
        "of escalation.\n"
        "- L’UE sta valutando nuove sanzioni, ha detto l’alto rappresentante Josep Borrell a "
        "Bruxelles.\n"
        "- La prima ministra danese Mette Frederiksen ha detto a Monaco che la Danimarca "
        "donerà tutta la sua artiglieria.\n")
    venues = [f.fields.venue for f in facts if f.kind == "statement"]
    assert venues == [None, None, "Tashkent", "Brussels", "Munich"]


def test_a_strike_that_destroys_goods_or_leaves_a_share_without_power_is_a_strike() -> None:
    facts = _facts(
        "- A Russian strike on grain terminals in Chornomorsk on Wednesday destroyed 60,000 "
        "tonnes of grain, the minister said.\n"
        "- Martedì i missili russi hanno colpito infrastrutture energetiche a Leopoli, "
        "lasciando circa il 30 % della città senza elettricità.\n"
        "- Russia's defence ministry said its forces destroyed 30 Ukrainian drones over the "
        "Belgorod region.\n")
    assert [(f.kind, getattr(f.fields, "region_code", None)) for f in facts
            if f.kind != "figure"] == [
        ("strike", "UA-51"), ("strike", "UA-46"), ("air_defence", None)]


def test_pledges_of_munitions_numbered_packages_deals_and_deliveries_to_be_made() -> None:
    facts = _facts(
        "- Baerbock said Berlin would not send cluster munitions to Kyiv.\n"
        "- Peskov said Russia would not return to the Black Sea grain deal.\n"
        "- Il presidente Joe Biden ha annunciato nuove sanzioni, mentre l’UE ha adottato il "
        "suo 13° pacchetto.\n"
        "- La Commissione europea ha detto che la prima tranche da 4,5 miliardi di euro del "
        "nuovo strumento per l’Ucraina da 50 miliardi, approvato all’inizio del mese dai "
        "leader dell’UE, sarà versata a marzo.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [
        ("DE", "weapons", True), ("RU", "other", True), ("US", "sanctions", False),
        ("EU", "sanctions", False), ("EU", "economic_aid", False)]


def test_attacks_told_as_a_cause_do_not_make_a_pledge_item_an_incident() -> None:
    facts = _facts(
        "- Il ministro della Difesa israeliano Benny Gantz ha ribadito che Israele non fornirà "
        "sistemi d’arma all’Ucraina, nonostante le richieste di Kiev dopo gli attacchi con i "
        "droni iraniani.\n")
    assert [(f.kind, getattr(f.fields, "actor", None)) for f in facts] == [
        ("statement", None), ("commitment", "IL")]


def test_a_clause_with_its_own_speaker_pledges_for_that_speakers_country() -> None:
    facts = _facts(
        "- L’Estonia fornirà armi per 113 milioni di euro, ha detto la prima ministra Kaja "
        "Kallas, mentre il ministro della Difesa britannico Ben Wallace ha promesso "
        "all’Ucraina 600 missili Brimstone.\n"
        "- Mentre la Spagna ha promesso altri quattro lanciatori Hawk, Gantz ha parlato.\n")
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("EE", 113000000), ("GB", 600), ("ES", 4)]


def test_two_speakers_joined_by_while_each_keep_their_words_and_an_interview_is_a_medium() -> None:
    facts = _facts(
        "- Il ministero degli Esteri iraniano ha negato di aver fornito droni a Mosca, "
        "definendo le accuse “infondate”, mentre il ministro degli Esteri ucraino Dmytro "
        "Kuleba ha detto che proporrà di interrompere le relazioni.\n"
        "- In a Fox News interview aired on Wednesday, Zelenskyy said Ukraine would “lose” "
        "the war.\n")
    said = [(f.fields.speaker, f.fields.organization, f.fields.quote, f.fields.medium)
            for f in facts if f.kind == "statement"]
    assert said == [(None, "Iranian Foreign Ministry", "infondate", None),
                    ("Dmytro Kuleba", None, None, None),
                    ("Volodymyr Zelenskyy", None, "lose", "Fox News")]


def test_a_regional_toll_after_a_named_strike_is_a_figure() -> None:
    facts = _facts(
        "- Venerdì i bombardamenti russi hanno ucciso due civili a Bakhmut, ha detto il "
        "governatore Pavlo Kyrylenko, secondo cui in tutta la regione di Donetsk ci sono "
        "stati cinque morti e nove feriti nelle ultime 24 ore.\n")
    strike = next(f.fields for f in facts if f.kind == "strike")
    assert (strike.killed, strike.injured) == (2, None)
    assert [(f.fields.metric, f.fields.value, f.fields.unit, f.fields.region_code)
            for f in facts if f.kind == "figure"] == [
        ("killed", 5, "people", "UA-14"), ("injured", 9, "people", "UA-14")]


def test_people_an_exchange_brings_home_are_no_casualties() -> None:
    facts = _facts(
        "- Lunedì 108 donne, di cui 37 catturate dopo la caduta dell’acciaieria Azovstal di "
        "Mariupol, sono tornate in Ucraina nel primo scambio di prigionieri, ha scritto Andriy "
        "Yermak su Telegram.\n"
        "- Russian forces captured 20 Ukrainian soldiers near Bakhmut, the ministry said.\n")
    assert {f.kind for f in facts} == {"figure"}
    assert [f.fields.unit for f in facts] == ["women", "women", "soldiers"]


def test_a_running_total_is_named_by_what_it_brings_up() -> None:
    facts = _facts(
        "- Ukraine’s General Staff said Russia lost 1,690 troops over the past day, bringing "
        "its losses since the full-scale invasion to about 725,800.\n"
        "- I ministri degli Esteri dell’UE hanno approvato un’ulteriore tranche di 500 milioni "
        "di euro, che porta il totale a 3,1 miliardi.\n")
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert (figs[1690].cumulative, figs[725800].cumulative) == (False, True)
    assert figs[725800].metric == "military_losses" and figs[725800].unit == "troops"
    assert (figs[3100000000].metric, figs[3100000000].unit) == ("aid", "EUR")


def test_the_part_of_a_toll_one_place_had_is_that_places_strike() -> None:
    facts = _facts(
        "- Russian attacks on the Donetsk region killed four civilians and wounded 13 over "
        "the past day, the governor said. Three of the dead were in Kostiantynivka, where a "
        "shell hit people queuing for water.\n")
    assert [(f.kind, getattr(f.fields, "count", None) or getattr(f.fields, "killed", None)
             or getattr(f.fields, "value", None)) for f in facts] == [
        ("strike", 3), ("casualty", 3), ("figure", 4), ("figure", 13)]


def test_victims_each_in_two_places_are_counted_at_each() -> None:
    facts = _facts("- Russian strikes killed two civilians each in Pokrovsk and Kurakhove on "
                   "Thursday, the governor wrote on Telegram.\n")
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Pokrovsk", 2), ("Kurakhove", 2)]
    assert [f.fields.count for f in facts if f.kind == "casualty"] == [2, 2]


def test_people_trapped_or_unaccounted_for_are_missing() -> None:
    facts = _facts(
        "- A Russian missile struck an apartment block in Kramatorsk, killing at least three "
        "people. Rescuers were still searching the rubble for two residents believed to be "
        "trapped.\n"
        "- The death toll from Saturday’s Russian attack on a hypermarket in Kharkiv has risen "
        "to 19, the mayor said, adding that two employees of the store were still unaccounted "
        "for.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 3), ("missing", 2), ("killed", 19), ("missing", 2)]


def test_pledges_told_as_noun_phrases_packages_and_relative_clauses() -> None:
    facts = _facts(
        "- Zelenskyy urged allies to back a proposed €140bn EU reparations loan to Ukraine.\n"
        "- Sweden’s latest package includes 50 CV90 infantry fighting vehicles.\n"
        "- Brekelmans said the first of the 24 F-16 fighter jets the Netherlands pledged to "
        "Kyiv had arrived.\n"
        "- Reznikov said the four IRIS-T systems that Germany had promised would arrive soon.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [
        ("EU", "economic_aid", 140000000000), ("SE", "weapons", 50), ("NL", "weapons", 24),
        ("DE", "weapons", 4)]


def test_an_office_named_without_its_holder_speaks() -> None:
    facts = _facts(
        "- Il ministro della Difesa lituano ha detto che Vilnius invierà due elicotteri Mi-8.\n"
        "- The Polish foreign minister told reporters that Warsaw would not send jets.\n")
    assert [(f.fields.speaker, f.fields.role, f.fields.country) for f in facts
            if f.kind == "statement"] == [(None, "defence minister", "LT"),
                                          (None, "foreign minister", "PL")]
    assert [(f.fields.actor, f.fields.negated) for f in facts if f.kind == "commitment"] == [
        ("LT", False), ("PL", True)]


def test_a_part_told_after_its_number_and_a_duration_are_figures() -> None:
    facts = _facts(
        "- Ukraine's General Staff said Russia had lost 296,000 soldiers since the invasion "
        "began, 640 of them over the past day.\n"
        "- Le delegazioni si sono viste a Istanbul in un incontro durato meno di due ore.\n")
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert (figs[640].metric, figs[640].period, figs[640].cumulative) == (
        "military_losses", "last_24h", False)
    assert (figs[2].metric, figs[2].unit) == ("other", "hours")


def test_a_groups_name_glued_before_a_persons_is_not_part_of_it() -> None:
    facts = _facts(
        "- Il capo della Wagner Yevgeny Prigozhin ha detto lunedì su Telegram che i suoi "
        "uomini si ritirano.\n"
        "- A spokesman for the Khortytsia group Nazar Voloshyn said the claim was false.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Yevgeny Prigozhin", "Nazar Voloshyn"]


def test_the_warring_sides_pledge_truces_and_pauses() -> None:
    facts = _facts(
        "- Kyiv was ready to accept an immediate 30-day ceasefire, subject to Russia’s "
        "agreement, the delegations said.\n"
        "- Zelensky ha detto che l’Ucraina “rispetterà” la pausa se la Russia farà lo stesso.\n"
        "- Peskov ha detto che la Russia si è impegnata a sospendere fino a domenica gli "
        "attacchi contro le infrastrutture energetiche.\n"
        "- Wallace said Ukrainian crews would be trained to use them in Britain.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.recipient) for f in facts
            if f.kind == "commitment"] == [
        ("UA", "other", None), ("UA", "other", None), ("RU", "other", None),
        ("GB", "training", "UA")]


def test_conditions_once_depending_and_quoted_words() -> None:
    facts = _facts(
        "- The Netherlands could send more jets once Washington gives its approval.\n"
        "- Trump said he could send Tomahawk missiles to Ukraine if the war was not settled "
        "“soon”.\n"
        "- Starmer ha detto che il Regno Unito schiererà truppe dopo un vertice della "
        "coalizione.\n")
    assert [f.fields.condition for f in facts if f.kind == "commitment"] == [
        "once Washington gives its approval", "if the war was not settled “soon”", None]


def test_a_models_number_counts_nothing() -> None:
    facts = _facts("- Nella notte missili S-300 hanno colpito un edificio a Kharkiv.\n"
                   "- The Netherlands will send 24 F-16 jets to Ukraine.\n")
    assert [(f.kind, getattr(f.fields, "quantity", None)) for f in facts] == [
        ("strike", None), ("commitment", 24)]


def test_a_strike_told_with_its_running_count_is_still_a_strike() -> None:
    facts = _facts(
        "- Naftogaz ha detto che un attacco russo con missili e droni ha danneggiato un "
        "impianto di produzione di gas nella regione di Poltava, il 14° attacco contro le sue "
        "strutture dall’inizio dell’anno.\n")
    assert [(f.kind, getattr(f.fields, "region_code", None)) for f in facts] == [
        ("strike", "UA-53"), ("figure", "UA-53")]


def test_the_victims_a_toll_includes_are_their_own_places_casualties() -> None:
    facts = _facts(
        "- Russian attacks on the Donetsk region killed three civilians and wounded eight over "
        "the past day, the governor said, including a 57-year-old man killed by shelling in "
        "Avdiivka and two people injured when a drone hit their car in Kostiantynivka.\n")
    assert [(f.fields.settlement, f.fields.killed, f.fields.injured) for f in facts
            if f.kind == "strike"] == [("Avdiivka", 1, None), ("Kostiantynivka", None, 2)]
    assert [f.fields.value for f in facts if f.kind == "figure"] == [3, 8]


def test_a_weapon_that_destroys_something_is_no_interception() -> None:
    facts = _facts(
        "- A Russian missile destroyed a house in Ochakiv on Monday, killing a six-year-old "
        "girl and injuring seven people, two of them children, the governor said.\n"
        "- Ukraine said 15 missiles were destroyed over Kyiv.\n"
        "- Russia's defence ministry said its forces had destroyed three Ukrainian sea drones "
        "that tried to attack a ship.\n")
    assert [f.kind for f in facts if f.kind in ("strike", "air_defence")] == [
        "strike", "air_defence", "air_defence"]


def test_a_range_is_its_lower_bound_with_its_words() -> None:
    facts = _facts("- Russia said Ukraine was losing between 300 and 400 soldiers a day.\n"
                   "- Lo Stato maggiore ha detto che la Russia perde tra 900 e 1.000 soldati al "
                   "giorno.\n")
    assert [(f.fields.value, f.fields.value_text, f.fields.metric) for f in facts
            if f.kind == "figure"] == [
        (300, "between 300 and 400", "military_losses"),
        (900, "tra 900 e 1.000", "military_losses")]


def test_a_range_told_without_between_and_a_total_since_a_date_are_told_apart() -> None:
    facts = _facts("- The talks in Istanbul lasted six to seven hours, Russian state media said.\n"
                   "- Ukraine would need $3bn to $4bn a month in external financing next year, "
                   "the finance ministry said.\n"
                   "- Another 300 people left Vovchansk on Tuesday, bringing the number evacuated "
                   "since May 10 to more than 11,000, the governor said.\n"
                   "- Another 95 Ukrainians came home on Friday, bringing the number freed since "
                   "2022 to 6,031, the ombudsman said.\n")
    assert [(f.fields.value, f.fields.value_text) for f in facts if f.kind == "figure"] == [
        (6, "six to seven"), (3_000_000_000, "$3bn to $4bn"), (300, None),
        (11_000, "more than 11,000"), (95, None), (6031, None)]


def test_a_denied_past_deed_is_no_refusal() -> None:
    facts = _facts(
        "- China's foreign ministry said Beijing “has never supplied lethal weapons” to either "
        "side.\n"
        "- Pechino ha detto che la Cina non ha mai fornito armi letali a nessuna delle parti.\n"
        "- Orban said Hungary would never send weapons to Ukraine.\n")
    assert [(f.fields.actor, f.fields.negated) for f in facts if f.kind == "commitment"] == [
        ("HU", True)]


def test_arms_that_act_or_are_used_are_not_pledged() -> None:
    facts = _facts(
        "- Rutte said allies would “respond with resolve” to any further violations of their "
        "airspace by Russian drones.\n"
        "- Il Pentagono ha detto che Washington “non imporrà nuove restrizioni” all’uso delle "
        "armi americane da parte dell’Ucraina.\n"
        "- Germany will send 20 Leopard tanks, followed by 30 tanks next month.\n")
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("DE", 20), ("DE", 30)]


def test_a_numbered_package_spelled_out_is_of_sanctions() -> None:
    facts = _facts(
        "- Orban said Budapest would not back the tenth package if it targeted nuclear "
        "energy.\n"
        "- L'Ue ha adottato il quattordicesimo pacchetto.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [("HU", "sanctions", True), ("EU", "sanctions", False)]


def test_small_arms_are_weapons() -> None:
    facts = _facts(
        "- The Pentagon said the package would include 190 heavy machine guns.\n"
        "- Il governo ha detto che invierà 500 fucili e 40 mitragliatrici.\n"
        "- More than 80,000 surplus rocket motors and 1,300 warheads are to be donated to "
        "Ukraine by Canada, Defence Minister Bill Blair announced.\n")
    assert [(f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("weapons", 190, "heavy machine guns"), ("weapons", 500, "rifles"),
        ("weapons", 40, "machine guns"), ("weapons", 80000, "rocket motors"),
        ("weapons", 1300, "warheads")]


def test_a_pledge_echoed_by_a_verb_and_a_bare_number() -> None:
    facts = _facts(
        "- Robles said Spain would send six Leopard tanks once their repairs were complete, "
        "while Portugal pledged three.\n"
        "- La Germania invierà 20 carri armati, mentre la Polonia ne ha promessi quattro.\n"
        "- Germany will not send jets, and Poland pledged 14 Leopards.\n")
    assert [(f.fields.actor, f.fields.quantity, f.fields.unit, f.fields.condition)
            for f in facts if f.kind == "commitment" and f.fields.quantity] == [
        ("ES", 6, "leopard tanks", "once their repairs were complete"),
        ("PT", 3, "leopard tanks", None), ("DE", 20, "tanks", None), ("PL", 4, "tanks", None),
        ("PL", 14, "leopards", None)]


def test_a_refused_request_to_re_export_is_the_permitting_countrys_other() -> None:
    facts = _facts(
        "- A Swiss government spokesperson said Bern had turned down a request from Germany to "
        "re-export 12,000 rounds of Swiss-made anti-aircraft ammunition to Ukraine.\n"
        "- La Svizzera ha respinto la richiesta della Germania di riesportare 12.000 proiettili "
        "all'Ucraina.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.quantity)
            for f in facts if f.kind == "commitment"] == [("CH", "other", True, 12000)] * 2


def test_what_leaders_will_discuss_days_and_places_later_is_not_pledged() -> None:
    facts = _facts(
        "- I leader dell’UE discuteranno giovedì e venerdì a Bruxelles di un tetto al prezzo "
        "del gas.\n")
    assert [f for f in facts if f.kind == "commitment"] == []


def test_a_pledges_count_told_in_the_next_sentence_by_a_pronoun() -> None:
    facts = _facts(
        "- Norway's defence minister said Oslo would send Leopard 2 tanks to Ukraine. The country "
        "will supply eight of them, together with ammunition and spare parts, he told NRK.\n"
        "- La Germania invierà carri armati Leopard all'Ucraina. Berlino ne consegnerà 14 entro "
        "marzo.\n")
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("NO", 8), ("DE", 14)]


def test_soldiers_trained_are_not_sent_and_a_relative_clause_pledges_on_its_own() -> None:
    facts = _facts(
        "- Lecornu ha detto che la Francia sta addestrando sul proprio territorio una brigata "
        "ucraina di 2.300 soldati, alla quale Parigi fornirà anche 18 obici Caesar e 128 veicoli "
        "blindati VAB.\n")
    assert [(f.fields.action, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("training", 2300), ("weapons", 18), ("weapons", 128)]


def test_arms_to_be_handed_over_by_a_giver_are_its_pledge() -> None:
    facts = _facts(
        "- Ten more Leopard tanks are to be handed over by Poland next month, the defence "
        "ministry in Warsaw said.\n")
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("PL", 10)]


def test_a_refusal_with_no_verb_and_not_a_single_soldier() -> None:
    facts = _facts(
        "- No fighter jets from Germany for now, Chancellor Olaf Scholz told the Bundestag.\n"
        "- Nessun soldato italiano in Ucraina, ha detto il ministro della Difesa Guido "
        "Crosetto.\n"
        "- Orban said Hungary would not send a single soldier to Ukraine.\n"
        "- No casualties were reported, the governor said.\n"
        "- No Russian troops crossed the border, Lukashenko said.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.recipient)
            for f in facts if f.kind == "commitment"] == [
        ("DE", "weapons", True, "UA"), ("IT", "troops", True, "UA"),
        ("HU", "troops", True, "UA")]


def test_more_ways_of_pledging() -> None:
    facts = _facts(
        "- Biden said Ukraine would receive five more strategic air defence systems, "
        "including Patriot batteries, from the United States, Germany and Italy.\n"
        "- Poland will examine shooting down Russian missiles and drones over Ukraine.\n"
        "- Tusk said Poland would also train and equip a Ukrainian legion.\n"
        "- Macron ha detto che soldati francesi potrebbero essere schierati in Ucraina una "
        "volta raggiunto un cessate il fuoco.\n"
        "- Scholz ha detto che la Germania smetterà di importare petrolio russo.\n"
        "- Sanzioni contro altre 178 persone sono state annunciate giovedì da Londra.\n"
        "- Giappone e Nuova Zelanda hanno esteso le loro misure contro banche russe.\n"
        "- Trump ha detto che è “probabile” che imponga sanzioni a Mosca.\n"
        "- L’Australia ha promesso 20 blindati Bushmaster.\n"
        "- Scholz said Berlin would not send warplanes.\n")
    got = [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.negated)
           for f in facts if f.kind == "commitment"]
    assert got == [
        ("DE", "weapons", "definite", False), ("IT", "weapons", "definite", False),
        ("US", "weapons", "definite", False), ("PL", "air_support", "possible", False),
        ("PL", "training", "definite", False), ("FR", "troops", "possible", False),
        ("DE", "sanctions", "definite", False), ("GB", "sanctions", "definite", False),
        ("NZ", "sanctions", "definite", False), ("JP", "sanctions", "definite", False),
        ("US", "sanctions", "possible", False), ("AU", "weapons", "definite", False),
        ("DE", "weapons", "definite", True)]


def test_an_attack_named_with_nothing_of_its_own_is_told_elsewhere() -> None:
    facts = _facts(
        "- Modi said the killing of children was “painful”. Zelenskyy wrote on X that seeing "
        "Modi embrace Putin on the day of the hospital strike was “a heavy blow” to peace.\n")
    assert [f.kind for f in facts] == ["statement", "statement"]


def test_the_person_met_is_not_the_one_who_speaks() -> None:
    facts = _facts(
        "- On Monday, Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping "
        "in Beijing and wrote on X that China was “a key power” for peace.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Viktor Orban"]


def test_both_counts_nothing_and_a_conjunction_is_no_unit() -> None:
    facts = _facts(
        "- Lo Stato maggiore ha smentito entrambe le affermazioni.\n"
        "- Il bilancio è salito a 44 morti. I feriti sono 79, mentre una ventina di residenti "
        "risultano dispersi.\n")
    assert all(f.fields.value != 2 for f in facts if f.kind == "figure")
    assert all(f.fields.unit != "mentre" for f in facts if f.kind == "figure")


def test_victims_in_the_former_and_the_latter_place() -> None:
    facts = _facts(
        "- Bombe plananti russe hanno colpito venerdì Huliaipole e Orikhiv, uccidendo un uomo "
        "di 56 anni nella prima e ferendo due donne nella seconda, ha detto il governatore.\n")
    assert [(f.fields.settlement, f.fields.killed, f.fields.injured) for f in facts
            if f.kind == "strike"] == [("Huliaipole", 1, None), ("Orikhiv", None, 2)]


def test_a_government_named_by_its_capital_speaks_and_asking_is_speaking() -> None:
    facts = _facts(
        "- Switzerland will not let Germany re-export Swiss-made ammunition to Ukraine, the "
        "government in Bern said, according to Reuters.\n"
        "- Incontrando Putin giovedì a Kazan, il segretario generale delle Nazioni Unite "
        "António Guterres ha chiesto una pace “giusta” in Ucraina.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts
            if f.kind == "statement"] == [(None, "Swiss government"),
                                          ("António Guterres", "United Nations")]


def test_a_body_that_takes_the_word_after_another_speaks_for_itself() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha detto che le sue truppe hanno riconquistato il "
        "villaggio di Novoivanovka; lo Stato maggiore ucraino ha smentito, affermando che i "
        "combattimenti sono ancora in corso.\n"
        "- Warsaw handed over its first four Leopard 2 tanks to Ukraine on Friday.\n")
    assert [f.fields.organization for f in facts if f.kind == "statement"] == [
        "Russian Ministry of Defence", "General Staff of the Armed Forces of Ukraine"]
    assert [(f.fields.actor, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("PL", 4)]


def test_jammed_drones_dismissals_and_sanctions_taking_effect() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha detto che 12 droni sono stati abbattuti e altri "
        "31 sono stati neutralizzati con la guerra elettronica.\n"
        "- La viceministra Hanna Maliar ha liquidato queste affermazioni come “propaganda”.\n"
        "- US sanctions on Russian oil majors Rosneft and Lukoil take effect on Friday.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("military_losses", 31)]
    assert [f.fields.quote for f in facts if f.kind == "statement"] == ["propaganda"]
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("US", "sanctions")]


def test_what_is_no_pledge_costs_shares_undecided_coordination_and_russias_allies() -> None:
    facts = _facts(
        "- Secondo la Banca mondiale i costi della ricostruzione sono stimati in almeno 349 "
        "miliardi di dollari.\n"
        "- Stoltenberg said allies provide 99 percent of the military aid Ukraine receives.\n"
        "- Rutte said no decision had yet been taken on delivering the aircraft.\n"
        "- I ministri della Difesa si riuniranno venerdì a Ramstein per coordinare le nuove "
        "forniture di armi a Kiev.\n"
        "- Budanov ha detto che i soldati nordcoreani potrebbero essere schierati nella "
        "regione di Kursk.\n")
    assert [f for f in facts if f.kind == "commitment"] == []


def test_counts_after_their_outcome_and_italian_approximate_numbers() -> None:
    facts = _facts(
        "- Il bilancio dell’attacco russo di sabato contro un condominio a Dnipro è salito a "
        "44 morti. I feriti sono 79, mentre una ventina di residenti risultano ancora "
        "dispersi.\n"
        "- Un drone russo ha colpito Beryslav: un uomo di 58 anni ucciso mentre guidava.\n")
    assert [(f.fields.outcome, f.fields.count, f.fields.count_text) for f in facts
            if f.kind == "casualty"] == [
        ("killed", 44, None), ("injured", 79, None), ("missing", 20, "una ventina"),
        ("killed", 1, None)]


def test_a_while_clause_with_its_own_victims_and_place_is_its_own_strike() -> None:
    facts = _facts(
        "- A Russian missile hit an industrial enterprise in Dnipro on Thursday afternoon, "
        "killing two workers, while artillery fire wounded a 71-year-old woman in Marhanets, "
        "the governor said.\n"
        "- A Komyshany un colpo di artiglieria ha ucciso un uomo di 64 anni, mentre due "
        "soccorritori sono stati feriti nella città di Kherson.\n")
    assert [(f.fields.settlement, f.fields.weapon, f.fields.killed, f.fields.injured)
            for f in facts if f.kind == "strike"] == [
        ("Dnipro", "missile", 2, None), ("Marhanets", "artillery", None, 1),
        ("Komyshany", "artillery", 1, None), ("Kherson", "artillery", None, 2)]


def test_the_next_part_of_a_toll_at_another_place() -> None:
    facts = _facts(
        "- Nella regione di Donetsk gli attacchi russi hanno ucciso cinque civili nell’ultimo "
        "giorno, ha detto il governatore. Due dei morti si trovavano a Myrnohrad, colpita da "
        "bombe plananti, e uno a Siversk.\n")
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Myrnohrad", 2), ("Siversk", 1)]


def test_a_strike_in_its_own_sentence_beside_an_interception_claim() -> None:
    facts = _facts(
        "- Il sindaco di Mosca Sergei Sobyanin ha detto che giovedì mattina la difesa aerea ha "
        "abbattuto due droni diretti verso la capitale. Mercoledì un altro drone aveva colpito "
        "un edificio in costruzione a Mosca, danneggiandone la facciata ma senza causare "
        "feriti, ha aggiunto Sobyanin.\n")
    assert [f.kind for f in facts] == ["strike", "air_defence"]
    strike = facts[0].fields
    assert (strike.settlement, strike.injured, strike.killed) == ("Moscow", 0, None)


def test_metrics_of_prisoners_taken_and_returned_ships_and_lost_drones() -> None:
    facts = _facts(
        "- Syrskyi said Ukrainian forces had taken 594 Russian soldiers prisoner since the "
        "operation began.\n"
        "- Dall’inizio dell’invasione sono stati riportati in patria 514 militari ucraini.\n"
        "- The air force said 50 drones were shot down. Another 86 drones were “lost”, most "
        "likely to electronic jamming.\n")
    figs = {f.fields.value: f.fields.metric for f in facts if f.kind == "figure"}
    assert figs == {594: "military_losses", 514: "prisoners_exchanged", 86: "military_losses"}


def test_a_quote_closed_by_ha_aggiunto_and_funds_found_for_shells() -> None:
    facts = _facts(
        "- Il ministro Iryna Vereshchuk ha parlato ai giornalisti. “Chi resta rischia la "
        "vita”, ha aggiunto.\n"
        "- Il primo ministro ceco Petr Fiala ha detto che l’iniziativa guidata da Praga ha "
        "trovato i fondi per i primi 300.000 proiettili d’artiglieria.\n")
    assert next(f.fields.quote for f in facts if f.kind == "statement") == \
        "Chi resta rischia la vita"
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("CZ", "munitions_funding", 300000)]


def test_the_body_named_again_speaks() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha detto che le sue truppe hanno respinto 11 "
        "attacchi ucraini nelle ultime 24 ore. Il ministero ha anche affermato che le forze "
        "russe hanno “liberato” il villaggio di Pobieda.\n")
    assert [(f.fields.organization, f.fields.quote) for f in facts if f.kind == "statement"] \
        == [("Russian Ministry of Defence", "liberato")]


def test_the_givers_of_a_delivery_named_as_a_noun() -> None:
    facts = _facts("- Blinken said the transfer of F-16 fighter jets from Denmark and the "
                   "Netherlands to Ukraine is under way.\n")
    assert sorted(f.fields.actor for f in facts if f.kind == "commitment") == ["DK", "NL"]


def test_aligning_blacklisting_guarantors_and_a_refusal_reconsidered() -> None:
    facts = _facts(
        "- La Svizzera si è allineata all’ottavo pacchetto di sanzioni dell’UE contro Mosca.\n"
        "- The US Treasury blacklisted Gazprombank on Thursday.\n"
        "- Il Giappone ha aggiunto 38 tra persone e organizzazioni alla propria lista di "
        "sanzioni contro la Russia.\n"
        "- Yoon said Seoul could reconsider its refusal to arm Ukraine if cooperation between "
        "Russia and North Korea deepened.\n"
        "- Cavusoglu ha detto che Ankara è pronta a diventare uno dei garanti della sicurezza "
        "dell’Ucraina.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.certainty)
            for f in facts if f.kind == "commitment"] == [
        ("CH", "sanctions", False, "definite"), ("US", "sanctions", False, "definite"),
        ("JP", "sanctions", False, "definite"), ("KR", "weapons", False, "possible"),
        ("TR", "security_guarantees", False, "possible")]


def test_soldiers_an_exchange_returns_are_no_losses() -> None:
    facts = _facts(
        "- Ukraine brought home 95 servicemen in a prisoner swap with Russia on Friday, the "
        "coordination headquarters said.\n"
        "- L'Ucraina ha ricevuto le salme di 120 soldati caduti, secondo le autorità.\n"
        "- Russia said its forces had killed 320 Ukrainian soldiers over the past day.\n")
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (95, "prisoners_exchanged"), (120, "bodies_returned"), (320, "military_losses")]


def test_a_count_since_a_start_has_no_day_of_its_own() -> None:
    facts = extract(parse_text(
        "Russia-Ukraine war: List of key events, day 899\nPublished On 10 Aug 2024\n\n"
        "- Ukraine and Russia swapped 84 prisoners of war each on Saturday, bringing the "
        "number of Ukrainians freed since the talks in May to 1,468.\n"))
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert (figs[84].date, figs[84].cumulative) == (date(2024, 8, 10), False)
    assert (figs[1468].date, figs[1468].cumulative) == (None, True)


def test_a_giver_named_as_an_adjective_on_the_thing_given() -> None:
    facts = _facts(
        "- Ukraine has received a £2.26bn British loan backed by frozen Russian assets, "
        "Zelenskyy said.\n"
        "- L'Ucraina ha ricevuto un prestito giapponese da 3 miliardi di dollari.\n"
        "- The EU agreed new sanctions on Russian oil.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [
        ("GB", "economic_aid", 2_260_000_000), ("JP", "economic_aid", 3_000_000_000),
        ("EU", "sanctions", None)]


def test_the_verbs_subject_gives_and_a_left_out_verb_is_the_same_pledge() -> None:
    facts = _facts(
        "- NATO began a new air-policing mission on its eastern flank, with Germany pledging "
        "four Eurofighter jets and France three Rafale fighters.\n"
        "- Al vertice della NATO a Bruxelles, la Germania ha promesso all’Ucraina altri due "
        "sistemi di difesa aerea e il Belgio 1 miliardo di euro in aiuti militari.\n"
        "- La Spagna e il Portogallo invieranno 20 carri armati, la Norvegia sei.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("DE", "weapons", 4, "fighter jets"), ("FR", "weapons", 3, "fighter jets"),
        ("DE", "weapons", 2, "air defence systems"), ("BE", "funding", 1_000_000_000, "EUR"),
        ("PT", "weapons", 20, "tanks"), ("ES", "weapons", 20, "tanks"),
        ("NO", "weapons", 6, "tanks")]


def test_a_pledge_whose_thing_is_named_before() -> None:
    facts = _facts(
        "- Austin ha detto che l’Ucraina ha già ricevuto 109 veicoli da combattimento Bradley "
        "e che Washington ne invierà altri 15 entro l’estate.\n"
        "- Britain imposed sanctions on 45 individuals linked to Russia’s drone programme, "
        "while Canada and Australia announced similar measures.\n"
        "- Il Canada ha imposto sanzioni a 35 persone legate alle deportazioni, e l’Australia "
        "ad altre 20.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("US", "weapons", 15, "vehicles"), ("GB", "sanctions", 45, "individuals"),
        ("AU", "sanctions", None, None), ("CA", "sanctions", None, None),
        ("CA", "sanctions", 35, "people"), ("AU", "sanctions", 20, "people")]


def test_a_condition_belongs_to_its_own_clauses_pledge() -> None:
    facts = _facts(
        "- Pistorius said Berlin would not supply Taurus cruise missiles, but could deliver "
        "more Patriot interceptors if European partners shared the cost.\n"
        "- Rubio said Washington would not send Tomahawk missiles while peace talks continue.\n"
        "- Germany pledged four IRIS-T systems and Norway 1.5 billion kroner to buy "
        "interceptor missiles.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.condition)
            for f in facts if f.kind == "commitment"] == [
        ("DE", "weapons", True, None),
        ("DE", "weapons", False, "if European partners shared the cost"),
        ("US", "weapons", True, "while peace talks continue"),
        ("DE", "weapons", False, None), ("NO", "munitions_funding", False, None)]


def test_combat_vehicles_liberated_villages_and_wounded_brought_home() -> None:
    facts = _facts(
        "- Austin ha detto che l’Ucraina ha già ricevuto 109 veicoli da combattimento "
        "Bradley.\n"
        "- Il ministero ha detto che le forze ucraine hanno liberato sette villaggi "
        "nell'ultima settimana.\n"
        "- Nello scambio Kiev ha riavuto anche 31 soldati feriti, in cambio di 15 militari "
        "russi feriti.\n")
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (109, "other"), (7, "territory"), (31, "prisoners_exchanged"),
        (15, "prisoners_exchanged")]
    assert not [f for f in facts if f.kind == "casualty"]


def test_the_same_period_and_the_people_counted_name_period_and_country() -> None:
    facts = _facts(
        "- Ukraine's General Staff said Russia had lost 1,200 soldiers over the past day. It "
        "recorded 136 combat clashes in the same period.\n"
        "- Zelensky ha detto che dall’inizio della guerra sono tornati a casa 4.552 ucraini.\n")
    figs = {f.fields.value: f.fields for f in facts if f.kind == "figure"}
    assert (figs[136].metric, figs[136].period) == ("clashes", "last_24h")
    assert (figs[4552].metric, figs[4552].country, figs[4552].cumulative) == (
        "prisoners_exchanged", "UA", True)


def test_a_surname_spelled_otherwise_is_the_lexicons_but_accents_and_given_names_stay() -> None:
    facts = _facts(
        "- Il presidente ucraino Volodymyr Zelensky ha scritto su X che la tregua è “una "
        "farsa”.\n"
        "- Hungarian Prime Minister Viktor Orban said the plan was “a mistake”.\n"
        "- Energy Minister Herman Halushchenko said the grid was “under strain”.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Volodymyr Zelenskyy", "Viktor Orban", "Herman Halushchenko"]


def test_an_attack_told_as_what_another_answers_is_no_strike() -> None:
    facts = _facts(
        "- Speaking in Minsk on Friday, Putin said Moscow had no plans “at the moment” to take "
        "Kharkiv, describing the offensive as a response to Ukrainian shelling of Belgorod.\n"
        "- Mosca ha lanciato missili contro Kiev in risposta agli attacchi con i droni sulla "
        "regione di Belgorod.\n")
    assert [(f.fields.perpetrator, f.fields.settlement) for f in facts
            if f.kind == "strike"] == [("RU", "Kyiv")]
    assert [f.fields.venue for f in facts if f.kind == "statement"] == ["Minsk"]


def test_an_office_of_several_capitalised_words_is_no_part_of_the_name() -> None:
    facts = _facts(
        "- US Treasury Secretary Janet Yellen said there was “broad agreement” on the loan.\n")
    assert [(f.fields.speaker, f.fields.role, f.fields.country) for f in facts
            if f.kind == "statement"] == [("Janet Yellen", "treasury secretary", "US")]


def test_systems_needed_are_a_figure() -> None:
    facts = _facts(
        "- Zelenskyy wrote on X that Ukraine needed at least seven more Patriot systems to "
        "protect its cities.\n")
    assert [(f.fields.value, f.fields.unit, f.fields.metric) for f in facts
            if f.kind == "figure"] == [(7, "systems", "other")]


def test_unnamed_diplomats_speak_and_count_nothing() -> None:
    facts = _facts(
        "- The deal is close, two EU diplomats told Reuters.\n"
        "- Gli ambasciatori non hanno ancora trovato un accordo sul pacchetto, hanno detto due "
        "diplomatici all’agenzia Reuters.\n")
    assert [(f.fields.role, f.fields.organization) for f in facts if f.kind == "statement"] == [
        ("diplomat", "EU"), ("diplomat", None)]
    assert not [f for f in facts if f.kind == "figure"]


def test_an_office_after_the_name_and_a_scene_between_subject_and_verb() -> None:
    facts = _facts(
        "- Oleksandr Shtupun, a spokesman for Ukraine’s forces in the south, dismissed "
        "Moscow’s claim as “fiction”.\n"
        "- Russian President Vladimir Putin, speaking to reporters in Tashkent, accused "
        "European NATO members of “stoking a dangerous escalation”.\n")
    assert [(f.fields.speaker, f.fields.role, f.fields.country, f.fields.venue) for f in facts
            if f.kind == "statement"] == [
        ("Oleksandr Shtupun", "spokesperson", "UA", None),
        ("Vladimir Putin", "president", "RU", "Tashkent")]


def test_money_spent_on_arms_is_funding_and_jets_patrolling_skies_air_support() -> None:
    facts = _facts(
        "- Orban said his government would not spend “a single cent” on weapons for Ukraine.\n"
        "- Denmark committed 1.5 billion Danish crowns ($223m) to buying Ukrainian-made "
        "artillery for Kyiv’s army.\n"
        "- Starmer said the UK was ready to send Royal Air Force jets to patrol Ukrainian "
        "skies after a ceasefire.\n")
    assert [(f.fields.action, f.fields.negated) for f in facts if f.kind == "commitment"] == [
        ("funding", True), ("funding", False), ("air_support", False)]


def test_employees_are_employees_and_soldiers_have_no_role_beyond_population() -> None:
    facts = _facts(
        "- Un missile russo ha colpito un magazzino a Odessa, uccidendo due dipendenti.\n"
        "- A Russian missile hit a training ground in the Dnipropetrovsk region, killing three "
        "Ukrainian servicemen.\n")
    assert [(f.fields.role, f.fields.population) for f in facts if f.kind == "casualty"] == [
        ("employee", "civilian"), (None, "military")]


def test_parts_listed_among_the_wounded_and_an_attack_to_come() -> None:
    facts = _facts(
        "- Russian missiles hit an apartment block in Zaporizhzhia on Wednesday, killing one "
        "person and wounding dozens of people, among them a 10-year-old girl and two "
        "rescuers, governor Ivan Fedorov said.\n"
        "- Syrskyi said on Telegram that Russia’s offensive on Bakhmut was “losing steam” and "
        "that Ukraine would strike back soon.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 1), ("injured", 12)]
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Zaporizhzhia"]


def test_twitter_is_written_as_twitter() -> None:
    facts = _facts("- Zelenskyy thanked Bratislava in a post on Twitter.\n"
                   "- Zelenskyy ha scritto su X che la Russia “pagherà”.\n")
    assert [f.fields.medium for f in facts if f.kind == "statement"] == ["Twitter", "X"]


def test_sent_donated_models_and_a_toll_over_an_occupation() -> None:
    facts = _facts(
        "- The Czech Republic has sent dozens of T-72 tanks to Ukraine, two Czech officials "
        "told Reuters, making it the first NATO member to deliver tanks.\n"
        "- Slovak Prime Minister Eduard Heger said his country had donated its S-300 air "
        "defence system to Ukraine.\n"
        "- Johnson said Britain would send another £100m of military equipment, including "
        "800 more anti-tank missiles.\n"
        "- Mayor Vadym Tokar said 132 civilians had been killed in the town during the "
        "month-long Russian occupation.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        # the 800 missiles counted in the £100m are a row of their own
        ("CZ", "weapons"), ("SK", "weapons"), ("GB", "weapons"), ("GB", "weapons")]
    assert [(f.fields.value, f.fields.metric, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [(132, "killed", True)]
    assert not [f for f in facts if f.kind in ("strike", "casualty")]


def test_a_region_attacked_by_many_drones_is_a_tally() -> None:
    facts = _facts(
        "- Il governatore Vyacheslav Gladkov ha detto che nell’ultimo giorno la regione di "
        "Belgorod è stata attaccata da 67 droni ucraini.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.region_code) for f in facts
            if f.kind == "figure"] == [("weapons_fired", 67, "RU-BEL")]
    assert not [f for f in facts if f.kind == "strike"]


def test_a_part_of_a_toll_with_its_weapon_before_the_place() -> None:
    facts = _facts(
        "- Nelle ultime 24 ore gli attacchi russi nella regione di Donetsk hanno ucciso cinque "
        "civili, ha detto il governatore Vadym Filashkin; due delle vittime sono state uccise "
        "da bombe guidate a Druzhkivka.\n")
    assert [(f.fields.settlement, f.fields.weapon, f.fields.killed) for f in facts
            if f.kind == "strike"] == [("Druzhkivka", "guided_bomb", 2)]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 5)]


def test_more_attack_verbs() -> None:
    facts = _facts(
        "- Russia’s defence ministry said Kalibr missiles had wiped out an ammunition depot "
        "near Barvinkove, in the Kharkiv region.\n"
        "- Russian artillery pounded Kherson on Wednesday afternoon, wounding three people.\n")
    assert [(f.fields.settlement, f.fields.weapon) for f in facts if f.kind == "strike"] == [
        ("Barvinkove", "missile"), ("Kherson", "artillery")]


def test_falling_and_crashing_attack_verbs() -> None:
    facts = _facts(
        "- Un missile russo ha centrato un deposito di carburante a Odessa nella notte.\n"
        "- A Russian drone crashed into a nine-storey building in Sumy.\n")
    assert [(f.fields.settlement, f.fields.target) for f in facts if f.kind == "strike"] == [
        ("Odesa", "fuel depot"), ("Sumy", "nine-storey building")]


def test_more_verbs_of_saying() -> None:
    facts = _facts(
        "- Dmytro Kuleba reiterated that Ukraine would “never” cede territory.\n"
        "- Il presidente Volodymyr Zelenskyy ha ricordato che la guerra “non è finita”.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Dmytro Kuleba", "never"), ("Volodymyr Zelenskyy", "non è finita")]


def test_more_verbs_of_pledging() -> None:
    facts = _facts(
        "- The US Senate authorised $300m in military aid for Ukraine.\n"
        "- Il governo italiano ha dato il via libera a un nuovo pacchetto di aiuti militari "
        "per Kiev.\n"
        "- Germany shipped 18 Leopard 2 tanks to Ukraine.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("US", "funding"), ("IT", "weapons"), ("DE", "weapons")]


def test_more_arms_by_name() -> None:
    facts = _facts(
        "- Germany will send 40 Marder infantry fighting vehicles to Ukraine.\n"
        "- Il Regno Unito fornirà all’Ucraina 10.000 droni entro la fine dell’anno.\n"
        "- France pledged more Mirage 2000 jets and Crotale air defence units.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [
        ("DE", "weapons", 40), ("GB", "weapons", 10000), ("FR", "weapons", None)]


def test_places_often_in_the_news_are_in_the_gazetteer() -> None:
    facts = _facts(
        "- A Ukrainian drone hit a car in the village of Bezymeno on Wednesday, wounding a "
        "man, governor Vyacheslav Gladkov said.\n"
        "- Ukrainian drones struck the Afipsky oil refinery in Russia’s Krasnodar region.\n")
    assert [(f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "strike"] == [("Bezymeno", "RU-BEL"), ("Afipsky", "RU-KDA")]


def test_more_outlets_by_name() -> None:
    facts = _facts(
        "- Il ministro della Difesa tedesco Boris Pistorius ha detto in un'intervista alla "
        "ZDF che la Germania “non è in guerra”.\n"
        "- Zelenskyy told Bild the offensive was “going as planned”.\n")
    assert [f.fields.medium for f in facts if f.kind == "statement"] == ["ZDF", "Bild"]


def test_air_defence_brought_down_none_of_which_and_the_nearer_number() -> None:
    facts = _facts(
        "- Ukraine’s air force said Russia fired 122 missiles and 36 attack drones on Friday, "
        "and that air defences brought down 87 of the missiles and 27 of the Shahed drones.\n"
        "- Lunedì la Russia ha lanciato contro cinque città ucraine 38 missili, 30 dei quali "
        "sono stati abbattuti, ha detto l’aeronautica militare ucraina.\n"
        "- Nella notte sono seguiti 22 droni Shahed, di cui 20 abbattuti, e tre missili "
        "balistici Iskander-M, nessuno dei quali è stato intercettato.\n")
    assert [(f.fields.weapon, f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [
        ("missile", 122, 87), ("drone", 36, 27), ("missile", 38, 30), ("drone", 22, 20),
        ("missile", 3, 0)]


def test_truces_refused_money_destined_and_entry_bans() -> None:
    facts = _facts(
        "- Ukrainian negotiator David Arakhamia said Kyiv would not agree to any ceasefire "
        "while Russian troops remained on its territory.\n"
        "- La Germania destina altri 3 miliardi di euro agli aiuti militari per l’Ucraina.\n"
        "- Russia said it had barred 61 US officials from entering the country.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [
        ("UA", "other", True), ("DE", "funding", False), ("RU", "sanctions", False)]


def test_deaths_and_injuries_counted_side_by_side() -> None:
    facts = _facts(
        "- The UN said 4,169 civilian deaths and 5,094 injuries had been recorded since "
        "February 24.\n")
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (4169, "killed"), (5094, "injured")]


def test_a_capitalised_first_gerund_is_no_name() -> None:
    facts = _facts(
        "- Addressing Luxembourg’s parliament by video link on Thursday, President Volodymyr "
        "Zelenskyy said Russian forces occupied almost 125,000 sq km of Ukrainian territory. "
        "“We have no choice but to defend ourselves,” he said.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Volodymyr Zelenskyy"]


def test_a_parliament_addressed_is_no_figures_country() -> None:
    facts = _facts(
        "- Addressing Luxembourg’s parliament by video link, President Volodymyr Zelenskyy "
        "said Russian forces occupied almost 125,000 sq km of Ukrainian territory.\n")
    assert [(f.fields.value, f.fields.country) for f in facts if f.kind == "figure"] == [
        (125000, "UA")]


def test_the_currency_and_the_people_counted_name_a_figures_country() -> None:
    facts = _facts(
        "- Parliament approved an increase in this year’s defence spending of 412bn "
        "hryvnias.\n"
        "- Mosca ha consegnato anche 22 militari ucraini gravemente feriti nello scambio.\n")
    assert [(f.fields.value, f.fields.country) for f in facts if f.kind == "figure"] == [
        (412_000_000_000, "UA"), (22, "UA")]


def test_the_side_that_receives_or_retakes_is_the_figures_country() -> None:
    facts = _facts(
        "- Ukraine received the bodies of 1,000 fallen soldiers on Thursday.\n"
        "- Ukrainian forces had recaptured about 3,000 square kilometres since the start of "
        "September, Syrskyi said.\n")
    assert [(f.fields.metric, f.fields.country) for f in facts if f.kind == "figure"] == [
        ("bodies_returned", "UA"), ("territory", "UA")]


def test_a_statement_is_dated_by_the_scene_it_opens_on() -> None:
    facts = extract(parse_text(
        "Russia-Ukraine war: List of key events, day 1,062\nPublished On 20 Jan 2025\n\n"
        "- Speaking in Davos on Tuesday, President Volodymyr Zelenskyy said Europe had to "
        "“act now” to protect itself.\n"
        "- Dmytro Kuleba said Europe had to “act now”, as Russia had shown on Tuesday.\n"))
    assert [str(f.fields.date) for f in facts if f.kind == "statement"] == [
        "2025-01-14", "None"]


def test_venues_at_a_place_and_in_the_opening_scene() -> None:
    facts = _facts(
        "- On Friday in Kyiv, Ursula von der Leyen said the request could be assessed “in "
        "weeks, not years”.\n"
        "- US Defense Secretary Lloyd Austin said at NATO headquarters in Brussels that aid "
        "would “keep flowing”.\n"
        "- Justin Trudeau told reporters in Toronto that Ottawa would “stay the course”.\n"
        "- In Kyiv, the mood was grim, Zelenskyy said.\n")
    assert [f.fields.venue for f in facts if f.kind == "statement"] == [
        "Kyiv", "Brussels", "Toronto", None]


def test_the_unit_of_a_pledged_count_is_its_noun_phrase() -> None:
    facts = _facts(
        "- The US will send 24 more F-16 fighter jets and one million artillery shells to "
        "Ukraine.\n"
        "- La Germania invierà 14 carri armati Leopard 2 all’Ucraina.\n")
    assert [f.fields.unit for f in facts if f.kind == "commitment"] == [
        "f-16 fighter jets", "artillery shells", "leopard 2 tanks"]


def test_another_and_only_keep_the_number_exact() -> None:
    facts = _facts(
        "- Britain would send another £100m of military equipment to Ukraine.\n"
        "- Russia said it had destroyed 30 drones, and another 42 were “lost” to electronic "
        "warfare.\n")
    assert [f.fields.quantity_text for f in facts if f.kind == "commitment"] == [None]
    assert all(f.fields.value_text is None for f in facts if f.kind == "figure")


def test_only_in_agreement_with_partners_is_a_condition() -> None:
    facts = _facts(
        "- Merz ha ribadito che Berlino potrebbe consegnare missili Taurus all’Ucraina, ma "
        "solo in accordo con i partner europei.\n")
    assert [f.fields.condition for f in facts if f.kind == "commitment"] == [
        "solo in accordo con i partner europei"]


def test_the_body_in_an_office_told_after_the_name_is_the_speakers_organisation() -> None:
    facts = _facts(
        "- Nazar Voloshyn, a spokesman for Ukraine’s Khortytsia group of forces, denied the "
        "village had fallen, calling the claim “fiction”.\n"
        "- Il portavoce del gruppo Tavria Dmytro Lykhovyi ha smentito, definendo le cifre di "
        "Mosca “pura propaganda”.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts
            if f.kind == "statement"] == [
        ("Nazar Voloshyn", "Khortytsia group of forces"),
        ("Dmytro Lykhovyi", "Tavria group of forces")]


def test_the_village_hit_is_the_target_and_houses_damaged_are_not() -> None:
    facts = _facts(
        "- Russian artillery shelled the border village of Velyka Pysarivka in the Sumy "
        "region on Friday evening, wounding two people.\n"
        "- Artillery fire on Nikopol overnight wounded a man and damaged a dozen homes, the "
        "governor said.\n")
    assert [f.fields.target for f in facts if f.kind == "strike"] == ["village", None]


def test_a_figure_over_several_named_places_has_no_settlement() -> None:
    facts = _facts(
        "- Ukraine’s General Staff said its troops had repelled 19 assaults near Bakhmut, "
        "Avdiivka and Vuhledar over the past day.\n")
    assert [(f.fields.value, f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "figure"] == [(19, None, "UA-14")]


def test_counts_since_a_recent_start_are_cumulative_figures_beside_one_strike() -> None:
    facts = _facts(
        "- Gladkov said Ukrainian forces had shelled Shebekino on Friday, wounding two women, "
        "and that more than 4,000 residents had been moved to shelters since last week.\n"
        "- Il governatore ha detto che 7.959 persone sono state evacuate dalle zone di confine "
        "da venerdì scorso.\n")
    assert [(f.fields.value, f.fields.metric, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [(4000, "evacuated", True), (7959, "evacuated", True)]
    assert [f.fields.injured for f in facts if f.kind == "strike"] == [2]


def test_a_named_speakers_pledge_in_an_item_that_also_reports_a_strike() -> None:
    facts = _facts(
        "- Il presidente Volodymyr Zelensky ha detto ai giornalisti a Helsinki che l’Ucraina "
        "rispetterà una moratoria sugli attacchi alle infrastrutture energetiche, ma che "
        "nella notte droni russi hanno colpito un ospedale a Sumy.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("UA", "other")]
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Sumy"]


def test_intelligence_electricity_and_a_truce_rejected() -> None:
    facts = _facts(
        "- US Secretary of State Marco Rubio said Washington would keep sharing intelligence "
        "with Kyiv.\n"
        "- Fico said Slovakia could keep exporting electricity to its neighbour “if Kyiv pays "
        "market prices”.\n"
        "- Il Cremlino ha respinto il cessate il fuoco completo di 30 giorni proposto da "
        "Washington.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.condition)
            for f in facts if f.kind == "commitment"] == [
        ("US", "other", False, None), ("SK", "other", False, "if Kyiv pays market prices"),
        ("RU", "other", True, None)]


def test_a_fire_started_is_an_attack() -> None:
    facts = _facts(
        "- Un drone ucraino ha provocato un incendio in un deposito di petrolio nel distretto "
        "di Shebekino, senza causare feriti, ha detto Gladkov.\n"
        "- A Ukrainian drone sparked a fire at a refinery in Russia’s Krasnodar region "
        "overnight.\n")
    assert [(f.fields.perpetrator, f.fields.region_code) for f in facts
            if f.kind == "strike"] == [("UA", "RU-BEL"), ("UA", "RU-KDA")]


def test_a_loan_named_with_its_lender_is_the_lenders_pledge() -> None:
    facts = _facts(
        "- Slovak Prime Minister Robert Fico said Bratislava would not join the EU’s €45bn "
        "loan to Ukraine.\n"
        "- Finance ministers discussed a proposed $20bn IMF loan for Kyiv on Thursday.\n"
        "- Kiev ha ricevuto la seconda tranche da 2,1 miliardi di euro del nuovo fondo Ue, ha "
        "detto il premier Denys Shmyhal.\n"
        "- Oslo will pay its NOK 3bn share of the G7’s $50bn loan to Ukraine.\n"
        "- Tokyo potrebbe contribuire con circa 2 miliardi di dollari al prestito del G7.\n")
    loans = [(f.fields.actor, f.fields.certainty, f.fields.quantity, f.fields.unit,
              f.fields.recipient) for f in facts
             if f.kind == "commitment" and f.fields.actor in ("EU", "IMF", "G7")]
    assert loans == [("EU", "definite", 45e9, "EUR", "UA"), ("IMF", "possible", 20e9, "USD", "UA"),
                     ("EU", "definite", 2.1e9, "EUR", "UA")]
    # the refusal keeps no sum of the EU's; a share pledged, and a sum given to a loan, stay
    # the giver's
    givers = {f.fields.actor: f.fields for f in facts if f.kind == "commitment"}
    assert givers["SK"].negated and givers["SK"].quantity is None
    assert (givers["NO"].quantity, givers["JP"].quantity) == (3e9, 2e9)
    assert not [f for f in facts if f.kind == "figure" and f.fields.value in (45e9, 20e9)]


def test_a_running_total_totals_the_figure_told_last_before_it() -> None:
    facts = _facts(
        "- Ukraine’s General Staff said its forces had repelled 74 Russian assaults over the "
        "past day and that Russia had lost 1,120 troops in the same period, bringing its "
        "losses since the start of the invasion to about 640,300.\n"
        "- Lo Stato maggiore ha detto che le sue forze hanno respinto 58 attacchi e che la "
        "Russia ha perso 910 soldati, portando il totale dall’inizio dell’invasione a circa "
        "702.150.\n")
    totals = [(f.fields.value, f.fields.metric) for f in facts
              if f.kind == "figure" and f.fields.cumulative]
    assert totals == [(640300, "military_losses"), (702150, "military_losses")]


def test_places_left_without_power_are_outages() -> None:
    facts = _facts(
        "- More than 250 towns and villages in the Kharkiv region were still without "
        "electricity on Friday, the governor said.\n"
        "- Circa 900 località della regione di Odessa erano ancora senza corrente giovedì.\n"
        "- Russian drones hit 14 villages in the Sumy region overnight.\n")
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (250, "power_outages"), (900, "power_outages"), (14, "places_attacked")]


def test_residents_left_without_power_by_an_attack_are_an_outage_not_casualties() -> None:
    facts = _facts(
        "- Un attacco di droni russi ha colpito una sottostazione a Sumy, ferendo due operai e "
        "lasciando senza corrente circa 3.000 famiglie, ha detto il governatore.\n"
        "- Russian shelling wounded a 52-year-old man in Nikopol and cut a power line, leaving "
        "about 1,500 residents of nearby villages without electricity.\n")
    assert sorted(f.fields.count for f in facts if f.kind == "casualty") == [1, 2]
    # the outage an attack caused is a figure too, even when the strike's damage tells it
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (3000, "power_outages"), (1500, "power_outages")]


def test_strikes_named_as_a_cause_and_a_capital_as_a_party_to_talks_are_no_strike() -> None:
    facts = _facts(
        "- Zelenskyy repeated his conditions for talks with Moscow. He said about 3.1 million "
        "people remained without electricity after the latest Russian strikes.\n")
    assert [f.kind for f in facts if f.kind in ("strike", "casualty")] == []
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (3100000, "power_outages")]


def test_soldiers_killed_beside_weapons_shot_down_are_claimed_losses() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its air defences had destroyed 25 Ukrainian drones "
        "over the past day, and that its forces had killed up to 140 Ukrainian soldiers in the "
        "same period.\n"
        "- Le forze ucraine hanno distrutto con i lanciarazzi HIMARS un deposito russo a Nova "
        "Kakhovka, uccidendo 11 soldati.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("military_losses", 140)]
    assert [(f.fields.count, f.fields.population) for f in facts if f.kind == "casualty"] == [
        (11, "military")]


def test_currency_codes_before_a_sum_and_what_each_gapped_sum_buys() -> None:
    facts = _facts(
        "- Canada pledged C$400m in military aid on Monday, Denmark 2 billion Danish crowns "
        "for air defence and Belgium €180m to buy artillery ammunition for Kyiv.\n"
        "- Norway will give NOK 2.5bn and Australia A$120m to Ukraine’s energy fund.\n")
    rows = [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"]
    assert rows[:3] == [("CA", "funding", 4e8, "CAD"), ("DK", "funding", 2e9, "DKK"),
                        ("BE", "munitions_funding", 1.8e8, "EUR")]
    assert {(r[0], r[2], r[3]) for r in rows[3:]} == {("NO", 2.5e9, "NOK"), ("AU", 1.2e8, "AUD")}


def test_and_another_giver_with_its_own_verb_opens_a_clause() -> None:
    facts = _facts(
        "- Il Regno Unito stanzierà 120 milioni di sterline per la produzione di droni e la "
        "Lituania consegnerà altri 15 veicoli blindati M113.\n"
        "- France and Germany will send more air defence systems to Ukraine.\n")
    rows = [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"]
    assert ("LT", "weapons", 15) in rows
    assert {r[0] for r in rows} == {"GB", "LT", "FR", "DE"}


def test_a_known_person_whose_surname_is_a_demonym_keeps_the_office() -> None:
    facts = _facts(
        "- Il primo ministro australiano Anthony Albanese ha detto che Canberra è pronta ad "
        "aiutare.\n")
    assert [(f.fields.speaker, f.fields.role, f.fields.country) for f in facts
            if f.kind == "statement"] == [("Anthony Albanese", "prime minister", "AU")]


def test_a_floods_toll_is_a_figure_not_a_strike() -> None:
    facts = _facts(
        "- At least 14 people have died in flooding in the Kherson region since the dam was "
        "destroyed, the interior minister said.\n"
        "- Almeno nove persone sono morte nelle inondazioni nella regione di Kherson.\n")
    assert [f.kind for f in facts if f.kind in ("strike", "casualty")] == []
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 14), ("killed", 9)]


def test_many_weapons_dropped_with_no_place_are_a_tally() -> None:
    facts = _facts(
        "- Russian aircraft dropped 74 guided bombs on Ukrainian positions and towns, the "
        "General Staff said.\n"
        "- Russian aircraft dropped two guided bombs on Kostiantynivka, killing a man.\n")
    strikes = [(f.fields.settlement, f.fields.weapon) for f in facts if f.kind == "strike"]
    assert strikes == [("Kostiantynivka", "guided_bomb")]
    assert ("weapons_fired", 74) in [(f.fields.metric, f.fields.value) for f in facts
                                     if f.kind == "figure"]


def test_a_capital_that_is_ready_or_not_interested_is_no_place() -> None:
    facts = _facts(
        "- Russian drones hit a house in Kyiv’s Darnytskyi district, wounding two people. "
        "Mayor Vitali Klitschko said the attack proved that Moscow “is not interested in "
        "peace”.\n")
    assert [(f.fields.settlement, f.fields.perpetrator) for f in facts if f.kind == "strike"] \
        == [("Kyiv", "RU")]


def test_the_side_of_the_weapons_after_of_is_the_attacker() -> None:
    facts = _facts(
        "- A wave of Russian drones struck Kyiv’s Obolonskyi district overnight, killing a "
        "40-year-old man.\n"
        "- Ukrainian artillery hit depots of Russian forces near Kherson.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["RU", "UA"]


def test_the_possessive_of_the_place_hit_names_no_attacker() -> None:
    facts = _facts(
        "- Drones struck Kyiv’s Darnytskyi district on Friday night, killing a man.\n"
        "- Drones attacked Russia’s Belgorod region, injuring a woman.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == [None, None]


def test_neither_ruling_out_vetoes_and_blocking_are_refusals() -> None:
    facts = _facts(
        "- Slovakia will neither send weapons to Ukraine nor pay for them, Fico said.\n"
        "- Biden said he was ruling out F-16 fighter jets for Ukraine “for now”.\n"
        "- Orbán ha detto che l’Ungheria continuerà a bloccare una tranche da 500 milioni di "
        "euro di aiuti militari per Kiev.\n")
    assert [(f.fields.actor, f.fields.negated) for f in facts if f.kind == "commitment"][:3] \
        == [("SK", True), ("US", True), ("HU", True)]


def test_no_such_plans_refuses_the_pledge_before_in_a_clause_of_its_own() -> None:
    facts = _facts(
        "- Macron said France could not rule out sending troops to Ukraine, but Spain and "
        "Italy said they had no such plans.\n")
    rows = [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.certainty)
            for f in facts if f.kind == "commitment"]
    assert rows[0] == ("FR", "troops", False, "possible")
    assert sorted(rows[1:]) == [("ES", "troops", True, "definite"),
                                ("IT", "troops", True, "definite")]


def test_all_the_weapons_launched_then_downed_are_all_destroyed() -> None:
    facts = _facts(
        "- Ukraine’s air force said all 18 Shahed drones launched by Russia overnight had been "
        "destroyed.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(18, 18)]


def test_debris_of_a_downed_drone_that_does_damage_is_a_strike() -> None:
    facts = _facts(
        "- Debris from a downed drone set fire to grain silos at the port of Izmail overnight, "
        "the military said.\n"
        "- Air defences shot down 12 drones over the Odesa region overnight.\n")
    assert [(f.fields.settlement, f.fields.target) for f in facts if f.kind == "strike"] == [
        ("Izmail", "grain silos")]


def test_a_russian_village_the_gazetteer_lacks_is_not_its_ukrainian_namesake() -> None:
    facts = _facts(
        "- A Ukrainian drone dropped an explosive on a car near the village of Zhuravlevka, "
        "killing the driver, Belgorod governor Vyacheslav Gladkov said.\n")
    strike = next(f for f in facts if f.kind == "strike")
    assert (strike.fields.settlement, strike.fields.region_code) == ("Zhuravlevka", "RU-BEL")


def test_una_dozzina_is_a_vague_dozen_with_its_article() -> None:
    facts = _facts(
        "- Un drone russo ha colpito il porto di Izmail nella notte, ferendo una dozzina di "
        "lavoratori portuali.\n")
    assert [(f.fields.count, f.fields.count_text) for f in facts if f.kind == "casualty"] == [
        (12, "una dozzina")]


def test_he_accused_after_a_strike_report_is_the_reporters_statement() -> None:
    facts = _facts(
        "- Belgorod governor Vyacheslav Gladkov said Ukrainian artillery shelled the village of "
        "Glotovo on Tuesday, wounding a woman. He accused Kyiv of “terrorising peaceful "
        "residents”.\n"
        "- “Every Patriot battery we receive saves a city,” Zelenskyy told reporters in Kyiv.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Vyacheslav Gladkov", "terrorising peaceful residents"),
        ("Volodymyr Zelenskyy", "Every Patriot battery we receive saves a city")]


def test_the_leader_of_a_country_named_before_in_the_item_is_the_speaker() -> None:
    facts = _facts(
        "- President Volodymyr Zelenskyy visited NATO headquarters in Brussels on Wednesday. "
        "“We need more air defence,” the Ukrainian leader said at a news conference.\n")
    assert [(f.fields.speaker, f.fields.role) for f in facts if f.kind == "statement"] == [
        ("Volodymyr Zelenskyy", "president")]


def test_residents_evacuated_because_of_shelling_are_evacuees_and_no_strike() -> None:
    facts = _facts(
        "- The regional administration said 380 residents, including 75 children, had been "
        "evacuated from Kupiansk over the past week because of daily shelling.\n"
        "- 210 persone, tra cui 40 bambini, sono state evacuate da Vovchansk.\n")
    assert [f.kind for f in facts if f.kind == "strike"] == []
    assert [(f.fields.value, f.fields.metric) for f in facts if f.kind == "figure"] == [
        (380, "evacuated"), (75, "evacuated"), (210, "evacuated"), (40, "evacuated")]


def test_people_told_only_by_their_verb_are_counted_by_it() -> None:
    facts = _facts(
        "- The IOM said 6.5 million have so far been displaced inside the country.\n"
        "- Secondo le autorità, 3.200 sono stati evacuati da Kupiansk.\n")
    assert [(f.fields.value, f.fields.metric, f.fields.unit) for f in facts
            if f.kind == "figure"] == [(6500000, "displaced", "people"),
                                       (3200, "evacuated", "people")]


def test_what_was_given_so_far_is_a_running_total_not_a_pledge() -> None:
    facts = _facts(
        "- Austin said Washington had provided “more than $43bn” in security assistance since "
        "February 2022.\n"
        "- The Czech Republic has sent dozens of T-72 tanks to Ukraine, making it the first "
        "NATO member to deliver tanks since the invasion.\n")
    assert [(f.fields.value, f.fields.metric, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [(43e9, "aid", True)]
    assert [f.fields.actor for f in facts if f.kind == "commitment"] == ["CZ"]


def test_a_pledge_asked_of_others_is_not_the_speakers() -> None:
    facts = _facts(
        "- Biden called on Congress to approve new aid for Kyiv without delay.\n"
        "- Zelensky ha esortato gli alleati a inviare più sistemi di difesa aerea.\n"
        "- Biden said Washington would send more aid to Kyiv.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("US", "funding")]


def test_a_sentence_that_opens_on_a_scene_and_leaves_its_subject_out() -> None:
    facts = _facts(
        "- Il presidente ucraino Volodymyr Zelenskyy ha ringraziato su X il Congresso. In "
        "un’intervista alla NBC ha poi detto che l’Ucraina ha bisogno di “altri sistemi "
        "Patriot”.\n")
    assert [(f.fields.speaker, f.fields.medium) for f in facts if f.kind == "statement"][-1] \
        == ("Volodymyr Zelenskyy", "NBC")


def test_a_person_named_before_secondo_is_not_its_source() -> None:
    facts = _facts(
        "- Droni ucraini hanno colpito un deposito a Kavkazskaya, ha detto il governatore "
        "Veniamin Kondratyev. Il ministero della Difesa russo ha accusato Kiev di voler "
        "“sabotare” l’intesa tra Putin e Trump, secondo la TASS.\n")
    assert [(f.fields.speaker, f.fields.organization, f.fields.via) for f in facts
            if f.kind == "statement"] == [(None, "Russian Ministry of Defence", "TASS")]


def test_a_partner_named_in_a_pledges_condition_is_not_its_partner() -> None:
    facts = _facts(
        "- Il ministro degli Esteri turco ha detto che Ankara è pronta a diventare uno dei "
        "garanti della sicurezza dell’Ucraina una volta raggiunto un accordo di pace con la "
        "Russia.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty) for f in facts
            if f.kind == "commitment"] == [("TR", "security_guarantees", "possible")]


def test_a_combat_brigade_is_troops() -> None:
    facts = _facts(
        "- Germany’s defence minister said Berlin was ready to lead a NATO combat brigade in "
        "Lithuania.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.recipient)
            for f in facts if f.kind == "commitment"] == [("DE", "troops", "possible", None)]


def test_a_delivery_made_and_one_to_follow_on_a_condition_are_two_pledges() -> None:
    facts = _facts(
        "- Sweden’s defence minister said the eight Archer howitzers promised in January had "
        "now been handed over to Ukraine, and that 10 Leopard tanks would follow once "
        "Ukrainian crews had finished their training.\n"
        "- Fico ha detto che la Slovacchia non invierà armi all’Ucraina, e che non sosterrà "
        "il nuovo pacchetto di sanzioni se danneggerà gli interessi slovacchi.\n")
    rows = [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.condition)
            for f in facts if f.kind == "commitment"]
    assert rows == [
        ("SE", "weapons", 8, None),
        ("SE", "weapons", 10, "once Ukrainian crews had finished their training"),
        ("SK", "weapons", None, None),
        ("SK", "sanctions", None, "se danneggerà gli interessi slovacchi")]


def test_hanno_concordato_is_a_pledge() -> None:
    facts = _facts(
        "- I leader dell’UE hanno concordato un embargo sulla maggior parte delle importazioni "
        "di petrolio russo.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("EU", "sanctions")]


def test_a_ban_on_imports_named_with_its_owner_is_a_sanction() -> None:
    facts = _facts(
        "- La Svizzera ha detto che si allineerà al divieto dell’Ue sulle importazioni di oro "
        "russo.\n"
        "- Japan said it would join the G7 ban on Russian gold imports.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("CH", "sanctions"), ("JP", "sanctions")]


def test_counted_arms_a_pledge_lists_are_a_row_each() -> None:
    facts = _facts(
        "- The Pentagon announced a $410m military aid package for Ukraine that includes 12 "
        "Bradley fighting vehicles, 20 Stryker armoured personnel carriers and more rounds "
        "for HIMARS launchers.\n"
        "- Il ministero della Difesa norvegese ha annunciato il 19° pacchetto di aiuti militari "
        "all’Ucraina, che comprende 8 obici semoventi e 30 blindati.\n"
        "- Poland will send three Leopard 2 tanks to Ukraine.\n")
    rows = [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit)
            for f in facts if f.kind == "commitment"]
    assert rows == [
        ("US", "weapons", 410_000_000, "USD"),
        ("US", "weapons", 12, "bradley fighting vehicles"),
        ("US", "weapons", 20, "stryker armoured personnel carriers"),
        # a numbered package of arms is no sanction; "aiuti militari" sends no troops
        ("NO", "weapons", 8, "self-propelled howitzers"),
        ("NO", "weapons", 30, "armoured vehicles"),
        ("PL", "weapons", 3, "leopard 2 tanks")]  # Leopard 2 is a model, not a second count


def test_a_calibre_is_no_count() -> None:
    facts = _facts("- Germany will send 10,000 rounds of 155mm artillery ammunition to Ukraine.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (10_000, "rounds")]
    assert [f for f in facts if f.kind == "figure"] == []


def test_a_capitals_ministry_or_prisoners_handed_back_to_it_name_no_place() -> None:
    facts = _facts(
        "- Moscow’s defence ministry said its forces had killed up to 140 Ukrainian servicemen "
        "in the Zaporizhzhia direction in the past day.\n"
        "- Ukraine brought home 90 soldiers in a prisoner swap on Friday and handed 60 Russian "
        "servicemen back to Moscow, the Coordination Headquarters said.\n")
    figures = [(f.fields.value, f.fields.region_code) for f in facts if f.kind == "figure"]
    assert figures == [(140, "UA-23"), (90, None), (60, None)]


def test_all_but_some_destroyed_is_the_rest_of_those_launched() -> None:
    facts = _facts(
        "- Russia launched 40 Shahed drones at Ukraine overnight, the air force said, adding "
        "that all but six of the drones had been shot down.\n"
        "- La Russia ha lanciato 25 droni nella notte; l’aeronautica ha detto di averli "
        "abbattuti tutti tranne tre droni.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(40, 34), (25, 22)]


def test_power_cut_to_people_or_towns_that_lost_it_are_outages() -> None:
    facts = _facts(
        "- Ukrainian shelling of the village of Tyotkino damaged a school and cut power to about "
        "900 residents, governor Roman Starovoit said.\n"
        "- In the Rivne region, 35 towns and villages lost electricity after a missile hit an "
        "energy facility on Friday, the governor said.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("power_outages", 900), ("power_outages", 35)]


def test_one_person_in_a_regions_day_toll_is_part_of_the_toll() -> None:
    facts = _facts(
        "- Nella regione di Kherson le forze russe hanno bombardato 35 località nell’ultimo "
        "giorno, uccidendo una persona e ferendone 9, ha detto il governatore.\n")
    assert [f.kind for f in facts if f.kind in ("strike", "casualty")] == []
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("places_attacked", 35), ("killed", 1), ("injured", 9)]


def test_a_later_sentence_with_no_subject_is_the_speakers_second_statement() -> None:
    facts = _facts(
        "- Nel suo discorso serale il presidente Volodymyr Zelenskyy ha detto che la Russia "
        "prepara nuovi attacchi. Più tardi ha scritto su X che servono altri sistemi Patriot.\n")
    assert [(f.fields.speaker, f.fields.medium) for f in facts if f.kind == "statement"] == [
        ("Volodymyr Zelenskyy", "evening address"), ("Volodymyr Zelenskyy", "X")]


def test_a_town_an_attack_verb_names_is_a_place() -> None:
    facts = _facts(
        "- Russian artillery shelled Kurakhove on Wednesday, killing a 48-year-old man.\n"
        "- Le forze russe hanno bombardato Toretsk martedì, ferendo due donne.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Kurakhove", "Toretsk"]


def test_a_packages_sum_a_top_up_and_a_billion_received() -> None:
    facts = _facts(
        "- Defence Secretary Grant Shapps said Britain would deliver 8,000 drones this year as "
        "part of a £90m package.\n"
        "- EU foreign policy chief Josep Borrell said member states could agree on a €3bn top-up "
        "of the European Peace "
        "Facility.\n"
        "- Il ministro Serhii Marchenko ha detto che l’Ucraina riceverà dall’UE 1 miliardo di "
        "euro.\n")
    assert [(f.fields.actor, f.fields.quantity, f.fields.unit, f.fields.certainty)
            for f in facts if f.kind == "commitment"] == [
        ("GB", 8000, "drones", "definite"), ("GB", 90_000_000, "GBP", "definite"),
        ("EU", 3_000_000_000, "EUR", "possible"), ("EU", 1_000_000_000, "EUR", "definite")]


def test_weapons_joined_by_and_share_the_verb_of_those_before() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its air defences had destroyed 27 Ukrainian drones "
        "over the Belgorod, Kursk and Bryansk regions and four Vampire rockets over the "
        "Belgorod region.\n")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts if f.kind == "air_defence"] == [
        ("drone", 27), ("mlrs", 4)]


def test_losses_named_before_their_number() -> None:
    facts = _facts(
        "- Ukraine’s General Staff said Russia had lost 950 soldiers in 24 hours. It put "
        "Russia’s total tank losses at 3,120.\n")
    assert [(f.fields.value, f.fields.unit, f.fields.metric) for f in facts
            if f.kind == "figure"] == [(950, "soldiers", "military_losses"),
                                       (3120, "tanks", "military_losses")]


def test_a_russian_village_missing_from_the_gazetteer_is_in_the_region_its_item_names() -> None:
    facts = _facts(
        "- Belgorod governor Vyacheslav Gladkov said a Ukrainian drone had damaged a power line "
        "in the village of Zhuravlevka, leaving 200 residents without electricity.\n")
    rows = [(f.kind, f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind in ("strike", "figure")]
    assert rows == [("strike", "Zhuravlevka", "RU-BEL"), ("figure", "Zhuravlevka", "RU-BEL")]
    text = "Day 400 of the war\n\n" + (
        "- Belgorod governor Vyacheslav Gladkov said a Ukrainian drone had damaged a power line "
        "in the village of Zhuravlevka, leaving 200 residents without electricity.\n")
    region = next(e for e in facts[0].evidence if e.field == "region_code")
    assert text[region.start:region.end] == "Belgorod"  # the region its item names


def test_two_kinds_of_missile_launched_are_two_claims() -> None:
    facts = _facts(
        "- Secondo l’aeronautica militare ucraina, la Russia ha lanciato un missile ipersonico "
        "Kinzhal e nove missili da crociera Kh-101, otto dei quali sono stati abbattuti.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(1, None), (9, 8)]


def test_a_public_figure_named_by_another_spellings_surname() -> None:
    facts = _facts("- Intervistato da Fox News, Zelensky ha detto che i rapporti con Washington "
                   "possono essere salvati.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Volodymyr Zelenskyy"]


def test_a_regiment_or_a_sea_named_after_a_town_is_no_place() -> None:
    facts = _facts(
        "- Il vicecomandante del reggimento Azov ha detto che le forze russe hanno bombardato "
        "l’acciaieria Azovstal di Mariupol, uccidendo due donne.\n"
        "- A Russian missile hit a port on the Sea of Azov coast in Berdiansk, injuring three "
        "people.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Mariupol", "Berdiansk"]


def test_mercenaries_killed_are_military() -> None:
    facts = _facts("- Russia’s defence ministry said a missile strike on a training base near "
                   "Yavoriv had killed 20 mercenaries.\n")
    assert [(f.fields.population, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("military", 20)]


def test_arms_others_are_asked_to_stop_sending_are_no_pledge() -> None:
    facts = _facts(
        "- In una telefonata con il presidente francese Emmanuel Macron, il presidente russo "
        "Vladimir Putin ha detto che l’Occidente potrebbe aiutare smettendo di inviare armi a "
        "Kiev.\n")
    assert [f for f in facts if f.kind == "commitment"] == []


def test_what_a_sanctions_package_would_ban_is_pledged() -> None:
    facts = _facts(
        "- European Commission President Ursula von der Leyen said a fifth package of EU "
        "sanctions would ban imports of Russian coal.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("EU", "sanctions")]


def test_a_past_event_compared_with_names_no_place() -> None:
    facts = _facts(
        "- Russian shelling killed 14 civilians in the Donetsk region on Tuesday, the highest "
        "toll since the Kramatorsk station massacre, the governor said.\n")
    assert all(f.fields.settlement != "Kramatorsk" for f in facts
               if f.kind in ("strike", "casualty", "figure"))


def test_an_office_of_a_named_body_before_the_name() -> None:
    facts = _facts(
        "- Il portavoce del gruppo di forze ucraine Khortytsia, Viktor Trehubov, ha detto che "
        "i combattimenti sono “ancora in corso”.\n"
        "- The head of the UN monitoring mission in Ukraine, Danielle Bell, said casualties "
        "had risen.\n")
    assert [(f.fields.role, f.fields.country) for f in facts if f.kind == "statement"] == [
        ("spokesperson", "UA"), ("head", None)]


def test_a_second_speaker_after_but_makes_a_second_statement() -> None:
    facts = _facts(
        "- Russia’s defence ministry said its forces had captured Pobieda, but Ukrainian "
        "military spokesman Viktor Trehubov said fighting was continuing.\n"
        "- Erdogan said Turkey was ready to host talks, but said he first wanted to speak to "
        "Russian President Vladimir Putin.\n")
    said = [(f.fields.speaker, f.fields.organization) for f in facts if f.kind == "statement"]
    assert said[:2] == [(None, "Russian Ministry of Defence"), ("Viktor Trehubov", None)]
    assert ("Vladimir Putin", None) not in said  # the one spoken to says nothing


def test_weapons_that_had_all_been_shot_down() -> None:
    facts = _facts("- Four Russian Shahed drones had all been shot down over Odesa, the air force "
                   "said.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(4, 4)]


def test_victims_named_by_more_trades() -> None:
    facts = _facts("- A Russian missile struck the port in Odesa, killing a 46-year-old crane "
                   "operator and a fisherman.\n")
    assert [(f.fields.role, f.fields.age) for f in facts if f.kind == "casualty"] == [
        ("crane operator", 46), ("fisherman", None)]


def test_arms_listed_far_from_the_verb_and_a_models_number() -> None:
    facts = _facts(
        "- Danish Defence Minister Troels Lund Poulsen said Denmark would send Ukraine a 1.4 "
        "billion kroner military aid package including 20 CV90 infantry fighting vehicles and "
        "300 interceptor drones.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (1_400_000_000, "DKK"), (20, "cv90 infantry fighting vehicles"),
        (300, "interceptor drones")]
    assert [f for f in facts if f.kind == "figure"] == []


def test_a_russian_region_named_in_full_is_not_its_capital() -> None:
    facts = _facts(
        "- Ukrainian drones hit an oil depot in the Rostov region overnight, the governor said.\n"
        "- In Russia’s Belgorod region, Ukrainian shelling of the town of Shebekino wounded four "
        "people on Monday, governor Vyacheslav Gladkov said.\n")
    assert [(f.fields.settlement, f.fields.region_code) for f in facts if f.kind == "strike"] == [
        (None, "RU-ROS"), ("Shebekino", "RU-BEL")]


def test_set_on_fire_is_an_attack() -> None:
    facts = _facts("- Ukrainian drones set an oil pumping station in Russia’s Tambov region on "
                   "fire overnight, the governor said.\n")
    assert [(f.fields.perpetrator, f.fields.region_code) for f in facts if f.kind == "strike"] == [
        ("UA", "RU-TAM")]


def test_article_5_like_protection_is_a_security_guarantee() -> None:
    facts = _facts("- Steve Witkoff said the United States could offer Ukraine “Article 5-like” "
                   "protection as part of a peace settlement.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity)
            for f in facts if f.kind == "commitment"] == [
        ("US", "security_guarantees", "possible", None)]


def test_a_spelled_ordinal_attack_count_so_far() -> None:
    facts = _facts(
        "- Naftogaz said it was the ninth large-scale attack on its assets since early October.\n"
        "- Lo Stato maggiore ha detto che è il quarto attacco contro l’impianto dall’inizio "
        "dell’anno.\n"
        "- A second strike on the same site an hour later wounded two rescuers.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [("attacks", 9, True), ("attacks", 4, True)]


def test_attack_drones_are_no_attack_and_a_quartiere_is_a_district() -> None:
    facts = _facts(
        "- Il ministro della Difesa svedese ha annunciato un nuovo pacchetto che comprende "
        "1.000 droni d’attacco.\n"
        "- A Kherson uno sciopero di artiglieria sul quartiere Dniprovskyi ha ferito un agente "
        "di polizia, ha detto l’amministrazione militare regionale.\n")
    assert [(f.fields.settlement, f.fields.region_code) for f in facts if f.kind == "strike"] == [
        ("Kherson", "UA-65")]


def test_a_part_of_a_regions_toll_at_its_own_place_is_a_strike() -> None:
    facts = _facts(
        "- Russian attacks killed four civilians in the Donetsk region over the past day, three "
        "of them in Sloviansk, and wounded nine others, the governor said.\n"
        "- Nell’ultimo giorno gli attacchi russi hanno ucciso quattro civili nella regione di "
        "Donetsk, due dei quali a Toretsk, e ne hanno feriti altri 11, ha detto il governatore.\n")
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Sloviansk", 3), ("Toretsk", 2)]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 4), ("injured", 9), ("killed", 4), ("injured", 11)]


def test_a_tolls_two_parts_are_two_strikes_once_each() -> None:
    facts = _facts(
        "- Nelle ultime 24 ore gli attacchi russi nella regione di Donetsk hanno ucciso quattro "
        "civili, tre dei quali a Kurakhove e uno a Myrnohrad, ha detto il governatore.\n")
    assert sorted((f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike") \
        == [("Kurakhove", 3), ("Myrnohrad", 1)]


def test_victims_at_a_place_in_the_tail_of_a_tally_are_a_strike() -> None:
    facts = _facts(
        "- Le forze russe hanno sferrato 412 attacchi contro 13 insediamenti della regione di "
        "Zaporizhzhia nelle ultime 24 ore, ha detto il governatore Ivan Fedorov, aggiungendo "
        "che un uomo di 67 anni è stato ucciso nel villaggio di Bilenke.\n")
    assert [(f.fields.settlement, f.fields.killed, f.fields.perpetrator) for f in facts
            if f.kind == "strike"] == [("Bilenke", 1, "RU")]
    assert [f.fields.value for f in facts if f.kind == "figure"] == [412, 13]


def test_victims_with_no_place_in_the_tail_of_a_days_tally_are_its_toll() -> None:
    facts = _facts(
        "- Le forze russe hanno effettuato 519 attacchi contro 16 località della regione di "
        "Zaporizhzhia nell’ultimo giorno, ha detto il governatore Ivan Fedorov, aggiungendo "
        "che una persona è stata uccisa e cinque sono rimaste ferite.\n")
    assert [f.kind for f in facts if f.kind in ("strike", "casualty")] == []
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("attacks", 519), ("places_attacked", 16), ("killed", 1), ("injured", 5)]


def test_the_days_dead_counted_after_their_noun() -> None:
    facts = _facts(
        "- A Kostiantynivka i bombardamenti russi hanno ucciso giovedì due civili, ha detto il "
        "governatore. In tutta la regione i morti della giornata sono stati sei, ha aggiunto.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 6)]


def test_victims_where_a_second_place_was_hit_are_its_own() -> None:
    facts = _facts(
        "- Nella notte i razzi Grad russi hanno colpito la città di Marhanets, uccidendo otto "
        "persone, e il vicino villaggio di Vyshchetarasivka, dove sono morte due persone, ha "
        "detto il governatore.\n")
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Marhanets", 8), ("Vyshchetarasivka", 2)]


def test_a_regions_toll_told_with_its_parts_by_place() -> None:
    facts = _facts(
        "- Russian shelling killed six civilians in the Donetsk region on Wednesday – three in "
        "Bakhmut, two in Avdiivka and one in Soledar – the governor wrote on Telegram.\n")
    assert [(f.fields.settlement, f.fields.killed) for f in facts if f.kind == "strike"] == [
        ("Bakhmut", 3), ("Avdiivka", 2), ("Soledar", 1)]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 6)]


def test_a_truce_declared_or_a_proposed_ceasefire_accepted_is_a_definite_pledge() -> None:
    facts = _facts(
        "- Putin declared a three-day ceasefire from May 8 to mark the anniversary of the "
        "Soviet victory.\n"
        "- Ukraine agreed to a US proposal for an immediate 30-day ceasefire after talks in "
        "Jeddah.\n"
        "- Il presidente russo Vladimir Putin ha dichiarato una tregua per la Pasqua.\n"
        "- Zelenskyy said Kyiv had made the country's position clear.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty) for f in facts
            if f.kind == "commitment"] == [
        ("RU", "other", "definite"), ("UA", "other", "definite"), ("RU", "other", "definite")]


def test_money_paid_to_ukraine_is_a_pledge_and_economic_aid_unless_it_is_military() -> None:
    facts = _facts(
        "- La Commissione europea ha versato all’Ucraina 3,5 miliardi di euro nell’ambito "
        "dello Strumento per l’Ucraina.\n"
        "- The European Union disbursed another 4.2 billion euros to Ukraine.\n"
        "- Norway transferred 500 million crowns to the Ukrainian army's drone fund.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [
        ("EU", "economic_aid", 3500000000), ("EU", "economic_aid", 4200000000),
        ("NO", "funding", 500000000)]


def test_givers_joined_by_commas_pledge_each_their_own_and_money_promised_is_funding() -> None:
    facts = _facts(
        "- Germany pledged to deliver one more Patriot air-defence system to Ukraine, Spain "
        "pledged Patriot missiles and the Netherlands promised €202m to pay for air defences.\n"
        "- The UK will send 400 vehicles, 60 boats and more than 1,600 missiles, Sunak said.\n"
        "- Il Regno Unito fornirà altri 70 veicoli da combattimento.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("DE", "weapons", 1, "patriot air-defence systems"), ("ES", "weapons", None, None),
        ("NL", "funding", 202000000, "EUR"), ("GB", "weapons", 400, "vehicles"),
        ("GB", "weapons", 60, "boats"), ("GB", "weapons", 1600, "missiles"),
        ("GB", "weapons", 70, "fighting vehicles")]


def test_a_bill_passed_pledges_the_part_of_its_sum_that_is_for_ukraine() -> None:
    facts = _facts(
        "- The US Senate passed a $95bn foreign aid bill late on Tuesday that includes about "
        "$61bn for Ukraine.\n"
        "- I leader del G7 si sono impegnati a fornire all’Ucraina armi moderne e "
        "addestramento per le sue forze armate.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.quantity_text)
            for f in facts if f.kind == "commitment"] == [
        ("US", "funding", 61000000000, "about $61bn"), ("G7", "training", None, None),
        ("G7", "weapons", None, None)]


def test_a_giver_named_after_adding_that_pledges_on_its_own() -> None:
    facts = _facts(
        "- Hungarian Foreign Minister Peter Szijjarto said Budapest would keep blocking €6.6bn "
        "in EU military aid for Ukraine, adding that Hungary would “not take part” in arming "
        "Kyiv.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.quantity)
            for f in facts if f.kind == "commitment"] == [
        ("HU", "funding", True, 6600000000), ("HU", "weapons", True, None)]


def test_what_a_sanctions_package_could_target_is_a_possible_pledge() -> None:
    facts = _facts(
        "- EU officials told AFP that a 14th package of sanctions against Russia could for the "
        "first time target Russian liquefied natural gas, if Hungary did not object.\n"
        "- Il 15° pacchetto di sanzioni dell’UE potrebbe colpire una cinquantina di "
        "petroliere.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity)
            for f in facts if f.kind == "commitment"] == [
        ("EU", "sanctions", "possible", None), ("EU", "sanctions", "possible", 50)]
    assert not [f for f in facts if f.kind == "figure"]


def test_others_counted_with_their_outcome_and_no_verb_are_victims() -> None:
    facts = _facts(
        "- Two people were killed and five others wounded in a Russian missile strike on "
        "Odesa.\n"
        "- Two rescuers were killed and three more injured when a Russian drone hit their fire "
        "engine in Bilopillia.\n"
        "- A Russian drone attack on Sumy killed two civilians and four were hurt.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 2), ("injured", 5), ("killed", 2), ("injured", 3), ("killed", 2),
        ("injured", 4)]


def test_drones_lost_to_jamming_are_losses_however_the_loss_is_told() -> None:
    facts = _facts(
        "- Ukraine's air force said Russia attacked with 147 drones overnight, 88 of which were "
        "shot down while 55 were lost, likely to electronic jamming.\n"
        "- Ukraine's air force said it shot down 60 of 90 drones, while 25 others were "
        "“locationally lost”.\n"
        "- L'aeronautica ucraina ha detto di aver abbattuto 40 dei 70 droni, mentre altri 20 "
        "sono stati persi grazie alla guerra elettronica.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [
        ("military_losses", 55, "drones"), ("military_losses", 25, "drones"),
        ("military_losses", 20, "drones")]


def test_attacks_that_killed_people_in_a_region_and_more_in_the_region_are_its_toll() -> None:
    facts = _facts(
        "- Martedì gli attacchi russi hanno ucciso 21 civili nella regione di Donetsk, ha detto "
        "il governatore Pavlo Kyrylenko. Altre 27 persone sono rimaste ferite nella regione.\n"
        "- Russian attacks killed six civilians in the Kherson region, the governor said. "
        "Another 11 people were wounded in the region, he said.\n")
    assert [(f.kind, getattr(f.fields, "metric", None), getattr(f.fields, "value", None))
            for f in facts if f.kind != "statement"] == [
        ("figure", "killed", 21), ("figure", "injured", 27), ("figure", "killed", 6),
        ("figure", "injured", 11)]


def test_rockets_fired_at_a_town_overnight_are_weapons_fired_not_an_air_force_claim() -> None:
    facts = _facts(
        "- Russian forces shelled Nikopol overnight with Grad launchers, firing about 40 "
        "rockets, the governor said.\n"
        "- Ukraine's air force said Russia launched 40 drones and three missiles overnight.\n"
        "- Le forze russe hanno bombardato Nikopol durante la notte, sparando circa 40 razzi, "
        "ha detto il governatore.\n")
    assert [(f.kind, getattr(f.fields, "metric", None) or getattr(f.fields, "launched", None))
            for f in facts] == [
        ("strike", None), ("figure", "weapons_fired"), ("air_defence", 40),
        ("air_defence", 3), ("strike", None), ("figure", "weapons_fired")]


def test_a_second_thing_pledged_by_the_same_verb_has_its_own_count() -> None:
    facts = _facts(
        "- Il primo ministro canadese Justin Trudeau ha annunciato sanzioni contro 24 persone ed "
        "entità russe e 500 milioni di dollari canadesi in aiuti militari per i prossimi tre "
        "anni.\n"
        "- Canada announced sanctions on 24 Russian individuals and 500 million Canadian "
        "dollars in military aid.\n")
    assert [(f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("sanctions", 24, "individuals and entities"), ("funding", 500000000, "CAD"),
        ("sanctions", 24, "individuals"), ("funding", 500000000, "CAD")]


def test_replies_descriptions_and_judgements_are_speech() -> None:
    facts = _facts(
        "- Foreign Minister Dmytro Kuleba replied on Twitter that Moscow had “no say” in the "
        "matter.\n"
        "- La premier italiana Giorgia Meloni ha giudicato lo schieramento di truppe europee "
        "“il meno efficace” degli strumenti.\n")
    assert [(f.fields.speaker, f.fields.medium) for f in facts if f.kind == "statement"] == [
        ("Dmytro Kuleba", "Twitter"), ("Giorgia Meloni", None)]


def test_ground_claimed_beside_an_items_interceptions_is_a_statement() -> None:
    facts = _facts(
        "- Russia's defence ministry said its air defences destroyed 25 Ukrainian drones "
        "overnight. Its forces had also captured the village of Pervomaiske in the Donetsk "
        "region, the ministry said.\n")
    assert [f.kind for f in facts] == ["air_defence", "statement"]


def test_the_body_named_before_speaks_again_when_its_name_follows_the_words() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha detto che 30 droni sono stati abbattuti. Le sue "
        "forze hanno conquistato il villaggio di Kotliarivka, ha aggiunto il ministero.\n")
    assert [(f.kind, getattr(f.fields, "organization", None)) for f in facts] == [
        ("air_defence", None), ("statement", "Russian Ministry of Defence")]


def test_a_package_worth_a_sum_that_lists_arms_is_arms_with_a_row_each() -> None:
    facts = _facts(
        "- German Defence Minister Boris Pistorius said Berlin would deliver a €500m aid "
        "package including two IRIS-T air-defence systems and 12 Gepard anti-aircraft guns.\n")
    assert [(f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("weapons", 500000000, "EUR"), ("weapons", 2, "iris-t air-defence systems"),
        ("weapons", 12, "gepard anti-aircraft guns")]


def test_a_strike_reported_after_an_interception_claim_has_its_own_place_and_side() -> None:
    facts = _facts(
        "- Russia's defence ministry said it had destroyed 11 Ukrainian drones and shot down a "
        "Su-25 jet over the Mykolaiv region, and that a strike with high-precision missiles on "
        "a training centre near Zhytomyr had killed more than 100 Ukrainian servicemen.\n"
        "- Ukraine's General Staff put Russia's losses since 24 February at about 32,750 "
        "troops.\n")
    strike = next(f for f in facts if f.kind == "strike")
    assert (strike.fields.perpetrator, strike.fields.weapon, strike.fields.region_code) == (
        "RU", "missile", "UA-18")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [("drone", 11)]
    assert [f.fields.cumulative for f in facts if f.kind == "figure"] == [True]


def test_more_ways_of_saying_and_a_quote_before_a_verb_with_no_subject() -> None:
    facts = _facts(
        "- Il presidente Volodymyr Zelenskyy è arrivato a Bruxelles. “Abbiamo bisogno di più "
        "sistemi di difesa aerea, non solo di parole”, ha detto ai giornalisti.\n"
        "- Il primo ministro slovacco Robert Fico ha invece ribadito che Bratislava non "
        "invierà armi a Kiev.\n"
        "- Polish Prime Minister Donald Tusk ruled out sending Polish troops to Ukraine.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Volodymyr Zelenskyy", "Abbiamo bisogno di più sistemi di difesa aerea, non solo di "
                                "parole"), ("Robert Fico", None), ("Donald Tusk", None)]


def test_a_national_figure_is_of_the_country_the_sentence_names() -> None:
    facts = _facts(
        "- Russia's oil and gas revenues fell 46 percent from a year earlier, the finance "
        "ministry said.\n"
        "- Ukraine's grain exports reached 4.2 million tonnes in May.\n"
        "- L’Ucraina ha ricevuto i corpi di 1.000 soldati caduti.\n")
    assert [f.fields.country for f in facts if f.kind == "figure"] == ["RU", "UA", "UA"]


def test_losses_of_a_side_with_no_place_have_no_country() -> None:
    facts = _facts(
        "- Ukraine's General Staff put Russia's losses since the start of the full-scale "
        "invasion at 556,990 troops.\n")
    assert [(f.fields.metric, f.fields.country) for f in facts if f.kind == "figure"] == [
        ("military_losses", None)]


def test_one_of_them_is_part_of_the_toll_and_a_district_is_of_the_town_named_with_it() -> None:
    facts = _facts(
        "- Ukrainian shelling of the Kievsky district of Donetsk city killed two civilians, one "
        "of them a 12-year-old boy, and wounded five others on Tuesday.\n")
    assert [(f.kind, getattr(f.fields, "count", None), f.fields.settlement,
             f.fields.region_code) for f in facts] == [
        ("strike", None, "Donetsk", "UA-14"), ("casualty", 2, "Donetsk", "UA-14"),
        ("casualty", 5, "Donetsk", "UA-14")]


def test_money_beside_troops_radars_and_what_is_expected_is_possible() -> None:
    facts = _facts(
        "- Hungarian Prime Minister Viktor Orban said Hungary would not send troops or money "
        "to NATO's new mission.\n"
        "- Il Parlamento europeo dovrebbe approvare giovedì un prestito da 18 miliardi di "
        "euro all’Ucraina.\n"
        "- La Germania invierà 125 cannoni antiaerei e decine di radar.\n")
    assert [(f.fields.action, f.fields.negated, f.fields.certainty, f.fields.unit)
            for f in facts if f.kind == "commitment"] == [
        ("funding", True, "definite", None), ("troops", True, "definite", None),
        ("economic_aid", False, "possible", "EUR"),
        ("weapons", False, "definite", "anti-aircraft guns"),
        ("weapons", False, "definite", "radars")]


def test_a_body_that_owns_something_is_not_its_speaker() -> None:
    facts = _facts(
        "- The loan is to be repaid from the profits on frozen Russian central bank assets, "
        "two US officials told reporters.\n")
    assert all(getattr(f.fields, "organization", None) != "Russian Central Bank"
               and getattr(f.fields, "claimant", None) != "Russian Central Bank" for f in facts)


def test_a_figure_over_two_regions_or_with_a_part_elsewhere_has_no_one_region() -> None:
    facts = _facts(
        "- Ukraine's General Staff said its forces had repelled 19 Russian attacks in the "
        "Donetsk and Luhansk regions over the past day.\n"
        "- It recorded 136 combat clashes over the past day, 52 of them in the Pokrovsk "
        "direction.\n")
    assert [(f.fields.value, f.fields.region_code) for f in facts if f.kind == "figure"] == [
        (19, None), (136, None), (52, "UA-14")]


def test_a_count_of_which_most_were_somewhere_has_no_place() -> None:
    facts = _facts(
        "- Ukraine's General Staff said its troops had repelled 28 Russian attacks over the "
        "past day, most of them around Bakhmut, Avdiivka and Vuhledar.\n")
    assert [(f.fields.value, f.fields.region_code) for f in facts if f.kind == "figure"] == [
        (28, None)]


def test_a_share_of_gdp_for_military_support_is_funding_with_its_percent() -> None:
    facts = _facts(
        "- Lithuania will devote 0.25 percent of its GDP every year to military support for "
        "Ukraine, Defence Minister Dovile Sakaliene said.\n"
        "- La Spagna destina altri 3 miliardi di euro agli aiuti militari per l’Ucraina.\n")
    assert [(f.fields.action, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("funding", 0.25, "percent"), ("funding", 3000000000, "EUR")]


def test_a_veto_or_a_threat_to_block_what_was_pledged_is_a_refusal() -> None:
    facts = _facts(
        "- Hungary vetoed the EU's €50bn aid package for Ukraine.\n"
        "- Il Parlamento europeo dovrebbe approvare giovedì un prestito da 18 miliardi di "
        "euro, ma l’Ungheria ha minacciato di bloccarlo.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.certainty)
            for f in facts if f.kind == "commitment"] == [
        ("HU", "funding", True, "definite"), ("EU", "economic_aid", False, "possible"),
        ("HU", "economic_aid", True, "possible")]


def test_a_package_to_be_announced_is_pledged() -> None:
    facts = _facts(
        "- Il segretario di Stato Antony Blinken ha detto che un nuovo pacchetto di aiuti "
        "militari sarà annunciato molto presto.\n"
        "- Sanzioni contro altre 178 persone sono state annunciate giovedì da Londra.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("US", "weapons", None), ("GB", "sanctions", 178)]


def test_votes_and_a_plans_points_are_figures() -> None:
    facts = _facts(
        "- The UN General Assembly voted 143 to five to condemn Russia's annexation, with 35 "
        "abstentions.\n"
        "- L'Assemblea generale dell'ONU ha approvato la risoluzione con 141 voti a favore, "
        "cinque contrari e 35 astenuti.\n"
        "- China released a twelve-point position paper calling for a ceasefire.\n")
    assert [(f.fields.value, f.fields.unit, f.fields.country) for f in facts
            if f.kind == "figure"] == [
        (143, "votes", None), (5, "votes", None), (35, "votes", None), (141, "votes", None),
        (5, "votes", None), (35, "votes", None), (12, "points", None)]


def test_a_days_toll_in_total_is_not_a_running_total() -> None:
    facts = _facts(
        "- In total, Russian attacks killed five civilians and wounded 11 across the Donetsk "
        "region over the past day, governor Pavlo Kyrylenko said.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative, f.fields.period)
            for f in facts if f.kind == "figure"] == [
        ("killed", 5, False, "last_24h"), ("injured", 11, False, "last_24h")]


def test_a_count_by_its_place_shares_the_outcome_of_the_count_before() -> None:
    facts = _facts(
        "- Russian attacks on Monday killed two civilians in Toretsk and one in Avdiivka and "
        "wounded five more, governor Pavlo Kyrylenko said.\n")
    assert [(f.fields.outcome, f.fields.count, f.fields.settlement) for f in facts
            if f.kind == "casualty"][:2] == [("killed", 2, "Toretsk"), ("killed", 1, "Avdiivka")]


def test_a_shell_a_glide_bomb_attack_and_fire_opened_name_their_weapon() -> None:
    facts = _facts(
        "- In Kherson city, a Russian shell hit a bus stop on Friday afternoon, killing two "
        "people.\n"
        "- Thursday’s Russian glide-bomb attack on the village of Ternuvate killed a man.\n"
        "- Russian soldiers opened fire on a car carrying a family out of Kreminna, killing a "
        "woman.\n")
    assert [f.fields.weapon for f in facts if f.kind == "strike"] == [
        "artillery", "guided_bomb", "small_arms"]


def test_a_side_named_with_a_weapon_of_several_words_is_the_attacker() -> None:
    facts = _facts(
        "- Ukrainian mortar fire hit the border village of Tyotkino on Monday.\n"
        "- Colpi di mortaio russi hanno ucciso un uomo di 58 anni a Orikhiv.\n"
        "- Un missile da crociera Kalibr russo ha colpito il magazzino di un’azienda a Odessa.\n"
        "- Nella notte i missili S-300 russi hanno colpito Zaporizhia.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == [
        "UA", "RU", "RU", "RU"]


def test_the_president_of_an_eu_body_is_its_president() -> None:
    facts = _facts(
        "- Il presidente del Consiglio europeo Charles Michel ha detto che l'UE resterà al "
        "fianco di Kiev.\n")
    assert [(f.fields.role, f.fields.organization) for f in facts if f.kind == "statement"] == [
        ("president", "European Council")]


def test_a_bodys_officials_or_spokesperson_speak_for_it_with_their_role() -> None:
    facts = _facts(
        "- EU officials said the bloc would adopt new sanctions.\n"
        "- A State Department spokesperson said the US would keep supporting Kyiv.\n")
    assert [(f.fields.role, f.fields.organization) for f in facts if f.kind == "statement"] == [
        ("official", "EU"), ("spokesperson", "US State Department")]


def test_others_in_a_toll_are_people_and_lost_in_plain_quotes_is_a_loss() -> None:
    facts = _facts(
        "- Russian attacks on Ukraine's southern Kherson region killed two people and wounded "
        "nine others over the past day, Governor Oleksandr Prokudin said.\n"
        "- Ukraine's air force said it shot down 32 of 45 drones launched by Russia overnight. "
        "It said 11 drones were 'locationally lost', likely due to electronic warfare.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [
        ("killed", 2, "people"), ("injured", 9, "people"), ("military_losses", 11, "drones")]


def test_more_media_a_televised_address_state_radio_a_phone_call_parliament() -> None:
    facts = _facts(
        "- Putin said in a televised address that Russia would respond.\n"
        "- Il primo ministro ungherese Viktor Orban ha detto alla radio di stato che l’UE "
        "sbagliava.\n"
        "- Polish Prime Minister Donald Tusk told parliament that Poland would not send "
        "troops.\n")
    assert [f.fields.medium for f in facts if f.kind == "statement"] == [
        "televised address", "state radio", "parliament"]


def test_an_agency_spoken_to_after_an_inverted_verb_is_the_medium() -> None:
    facts = _facts(
        "- Washington sta preparando un nuovo pacchetto, hanno detto due funzionari "
        "statunitensi all’agenzia Reuters.\n")
    assert [(f.fields.medium, f.fields.via) for f in facts if f.kind == "statement"] == [
        ("Reuters", None)]


def test_arms_to_be_delivered_by_a_country_are_its_pledge_and_a_count_is_no_name() -> None:
    facts = _facts(
        "- Ten Leopard tanks are to be delivered to Ukraine by Spain, the defence ministry "
        "said.\n"
        "- Dieci carri armati Leopard saranno consegnati all'Ucraina dalla Spagna.\n")
    assert [(f.kind, getattr(f.fields, "actor", None), getattr(f.fields, "quantity", None))
            for f in facts] == [("commitment", "ES", 10), ("commitment", "ES", 10)]


def test_journalists_told_glued_telling_or_asking_are_the_medium() -> None:
    facts = _facts(
        "- Il capo della delegazione russa Vladimir Medinsky ha dettoai giornalisti che Mosca "
        "è soddisfatta.\n"
        "- Spanish Prime Minister Pedro Sanchez ruled out sending troops, telling reporters in "
        "Rome that it was premature.\n")
    assert [f.fields.medium for f in facts if f.kind == "statement"] == [
        "journalists", "journalists"]


def test_the_one_told_is_not_the_one_telling() -> None:
    facts = _facts(
        "- Russian President Vladimir Putin on Tuesday evening told Erdogan that Moscow was "
        "ready for talks.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Vladimir Putin"]


def test_how_long_a_call_a_pause_or_an_extension_lasts_is_a_figure() -> None:
    facts = _facts(
        "- Putin and Trump held a 75-minute call on Tuesday, the Kremlin said.\n"
        "- Putin e Trump hanno avuto una telefonata di oltre due ore martedì, ha detto il "
        "Cremlino.\n"
        "- L’accordo sul grano è stato prorogato di 120 giorni, ha detto il ministero delle "
        "Infrastrutture ucraino.\n")
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (75, "minutes"), (2, "hours"), (120, "days")]


def test_boats_or_vessels_sanctioned_are_no_arms_pledged() -> None:
    facts = _facts(
        "- Britain imposed sanctions on 30 more boats of the shadow fleet.\n"
        "- L’UE ha sanzionato altre 45 petroliere, portando a 79 il totale delle imbarcazioni "
        "sanzionate.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("GB", "sanctions"), ("EU", "sanctions")]


def test_power_cut_told_with_a_gerund_is_an_outage() -> None:
    facts = _facts(
        "- Ukrainian artillery shelled the village of Tyotkino in the Kursk region on Tuesday, "
        "cutting power to about 1,200 residents, governor Alexander Khinshtein said.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("power_outages", 1200)]


def test_compound_numbers_written_as_words() -> None:
    from annotator.extract.numbers import find_numbers
    view = "twenty-one drones, ventiquattro droni, quarantatré, trentotto, centonovanta"
    assert [n.value for n in find_numbers(view, 0, len(view))] == [21, 24, 43, 38, 190]
    facts = _facts("- Sanctions on twenty-two Russian individuals were imposed by Canada.\n")
    assert [f.fields.quantity for f in facts if f.kind == "commitment"] == [22]


def test_many_soldiers_killed_with_no_attack_told_are_losses_claimed() -> None:
    facts = _facts(
        "- Russia's defence ministry said its forces had repelled Ukrainian attacks and killed "
        "up to 240 Ukrainian servicemen in the Donetsk direction over the past day.\n")
    assert [(f.kind, getattr(f.fields, "metric", None)) for f in facts] == [
        ("figure", "military_losses")]


def test_a_quotes_negation_said_apart_refuses_nothing_and_half_a_billion_is_a_sum() -> None:
    facts = _facts(
        "- “Putin non vincerà questa guerra”, ha detto il presidente statunitense Joe Biden, "
        "annunciando che gli Stati Uniti invieranno a Kiev un’altra batteria di difesa aerea "
        "Patriot.\n"
        "- Mezzo miliardo di dollari canadesi in aiuti militari sarà stanziato da Ottawa, ha "
        "annunciato il primo ministro Justin Trudeau.\n"
        "- Hungary would “not take part” in arming Kyiv, Szijjarto said.\n")
    assert [(f.fields.actor, f.fields.negated, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [
        ("US", False, 1), ("CA", False, 500000000), ("HU", True, None)]


def test_equipment_in_a_losses_list_money_spent_and_residents_evacuated() -> None:
    facts = _facts(
        "- Ukraine's General Staff put Russia's losses since the invasion at 34,850 troops, "
        "as well as 1,520 tanks.\n"
        "- Il governo polacco spenderà 10 miliardi di zloty per rafforzare il confine.\n"
        "- Gladkov said about 11,000 residents of the Krasnaya Yaruga district had been "
        "evacuated.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("military_losses", 34850), ("military_losses", 1520), ("economy", 10000000000),
        ("evacuated", 11000)]


def test_places_counted_beside_attacks_are_places_attacked() -> None:
    facts = _facts(
        "- Russian forces carried out 412 strikes on 14 towns and villages in the Zaporizhzhia "
        "region over the past day, governor Ivan Fedorov said.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("attacks", 412), ("places_attacked", 14)]


def test_ships_that_left_the_ports_are_exports() -> None:
    facts = _facts(
        "- The Ukrainian Sea Ports Authority said 17 ships had left the ports of Odesa and "
        "Chornomorsk.\n"
        "- Tre navi cariche di grano hanno lasciato i porti di Odessa, portando a sette le navi "
        "partite dall’entrata in vigore dell’accordo.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("exports", 17), ("exports", 3), ("exports", 7)]


def test_he_said_in_an_item_naming_no_one_is_the_subject_of_the_item_before() -> None:
    text = ("Russia-Ukraine war: List of key events, day 400\nPublished On 1 Feb 2023\n\n"
            "Politics\n"
            "- President Volodymyr Zelenskyy met Danish Prime Minister Mette Frederiksen in "
            "Kyiv.\n"
            "- In his nightly video address, he said Ukraine needed more air-defence systems "
            "“before, not after” any ceasefire.\n"
            "Fighting\n"
            "- He said the front was holding.\n")
    facts = extract(parse_text(text))
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Volodymyr Zelenskyy"]


def test_a_passive_pledge_whose_subject_is_long() -> None:
    facts = _facts(
        "- Sanctions on twenty-two Russian individuals accused of taking part in the "
        "deportation of Ukrainian children were imposed by Canada, Foreign Minister Mélanie "
        "Joly said.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("CA", "sanctions", 22)]


def test_the_giver_named_as_an_adjective_on_those_who_will_do_it() -> None:
    facts = _facts(
        "- Zelenskyy told reporters that Duda had told him Polish instructors would go on "
        "training Ukrainian soldiers on Polish soil.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("PL", "training")]


def test_aid_prisoners_and_refugees_are_a_countrys_not_a_places() -> None:
    facts = _facts(
        "- Speaking at a press conference in Kyiv, Prime Minister Denys Shmyhal said Ukraine "
        "had received $4.2bn in military aid from its partners in March.\n"
        "- Il mediatore ucraino ha detto a Odesa che 120 prigionieri ucraini sono tornati "
        "a casa nell'ultimo scambio.\n"
        "- Lviv regional officials said 9,000 refugees had crossed into Poland since Friday.\n")
    assert [(f.fields.metric, f.fields.region_code, f.fields.settlement) for f in facts
            if f.kind == "figure"] == [
        ("aid", None, None), ("prisoners_exchanged", None, None), ("refugees", None, None)]


def test_a_figure_over_places_in_several_regions_has_none_and_a_capital_ruling_is_none() -> None:
    facts = _facts(
        "- Russia's defence ministry said its forces had taken three villages over the past "
        "week, one in the Zaporizhzhia region and two in the Donetsk region.\n"
        "- Lo Stato maggiore ucraino ha riferito di 45 scontri nelle ultime 24 ore nelle "
        "direzioni di Kupiansk e Pokrovsk.\n"
        "- About 30,000 civilians still live in the part of the Kherson region controlled by "
        "Kyiv, the governor said.\n"
        "- Mosca sostiene che l'Ucraina abbia perso 800 soldati nella regione di Kursk.\n")
    assert [(f.fields.value, f.fields.region_code, f.fields.country) for f in facts
            if f.kind == "figure"] == [
        (3, None, "UA"), (45, None, None), (30000, "UA-65", "UA"), (800, "RU-KRS", "RU")]


def test_soldiers_home_in_a_prisoner_exchange_are_exchanged_not_lost() -> None:
    facts = _facts(
        "- Andriy Yermak said 106 Ukrainian servicemen had come home in a prisoner exchange on "
        "Thursday, bringing the number of Ukrainians freed from Russian captivity since the "
        "invasion to 2,430.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [
        ("prisoners_exchanged", 106, False), ("prisoners_exchanged", 2430, True)]


def test_a_count_of_two_thousand_is_no_year_and_each_verb_pledges_its_own() -> None:
    facts = _facts(
        "- Defence Minister Sebastien Lecornu said France would train about 2,000 Ukrainian "
        "soldiers on its soil and could deliver six more Caesar howitzers.\n")
    assert [(f.fields.action, f.fields.certainty, f.fields.quantity, f.fields.unit)
            for f in facts if f.kind == "commitment"] == [
        ("training", "definite", 2000, "soldiers"), ("weapons", "possible", 6, "caesar howitzers")]


def test_threatened_countermeasures_are_a_commitment_with_their_condition() -> None:
    facts = _facts(
        "- Il portavoce del Cremlino Dmitry Peskov ha detto che Mosca adotterà contromisure se "
        "i missili statunitensi verranno schierati in Germania.\n")
    [c] = [f.fields for f in facts if f.kind == "commitment"]
    assert (c.actor, c.action, c.negated, c.certainty, c.condition) == (
        "RU", "other", False, "definite",
        "se i missili statunitensi verranno schierati in Germania")


def test_a_spelled_ordinal_drone_attack_is_a_running_count() -> None:
    facts = _facts(
        "- Drones hit a refinery in the Krasnodar region overnight, the governor said. It was "
        "the third drone attack on refineries in the region this month.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.region_code, f.fields.cumulative)
            for f in facts if f.kind == "figure"] == [("attacks", 3, "RU-KDA", True)]


def test_a_running_total_that_names_what_it_counts_is_a_figure() -> None:
    facts = _facts(
        "- Il governo britannico ha sanzionato altre 10 navi della flotta ombra, portando a 35 "
        "il numero di navi colpite.\n"
        "- Kyiv said 14 more children had been brought back from occupied areas, bringing the "
        "number of children returned since the invasion to 1,250.\n")
    assert [(f.fields.value, f.fields.unit, f.fields.cumulative) for f in facts
            if f.kind == "figure" and f.fields.cumulative] == [
        (35, "ships", True), (1250, "children", True)]


def test_a_figures_unit_is_the_counted_noun_as_annotators_write_it() -> None:
    facts = _facts(
        "- Russian attacks on the Kherson region killed three civilians and wounded 12 over "
        "the past day, the governor said.\n"
        "- Russian forces shelled 9 towns and villages in the Sumy region 40 times overnight.\n"
        "- L'Ucraina ha riportato a casa 84 prigionieri di guerra e i corpi di 500 militari.\n"
        "- About 1,200 residents of Kupiansk and 300 Ukrainians abroad were counted, "
        "officials said.\n")
    assert [f.fields.unit for f in facts if f.kind == "figure"] == [
        "civilians", "civilians", "settlements", "attacks", "prisoners of war", "bodies",
        "residents", "ukrainians"]


def test_an_institution_that_counts_claims_the_figure_and_the_last_24_hours_is_no_figure() -> None:
    facts = _facts(
        "- The General Staff put Russia's losses since the start of the full-scale invasion at "
        "556,990 troops, including 1,150 in the last 24 hours.\n"
        "- Lo Stato maggiore ucraino ha registrato 112 scontri nell'ultimo giorno.\n"
        "- Secondo lo Stato maggiore russo, le truppe di Kiev hanno perso 300 militari.\n")
    gs = "General Staff of the Armed Forces of Ukraine"
    assert [(f.fields.value, f.fields.claimant) for f in facts if f.kind == "figure"] == [
        (556990, gs), (1150, gs), (112, gs), (300, "General Staff of the Armed Forces of Russia")]


def test_a_tail_about_the_region_is_the_items_region_and_a_side_that_brought_home() -> None:
    facts = _facts(
        "- Two people were killed in Russian shelling of border villages in the Sumy region on "
        "Wednesday, the regional military administration said, adding that the region had come "
        "under 87 attacks in 24 hours.\n"
        "- Ukraine brought home 95 soldiers in a prisoner exchange with Russia on Sunday.\n")
    assert [(f.fields.value, f.fields.region_code, f.fields.country) for f in facts
            if f.kind == "figure"] == [(87, "UA-59", "UA"), (95, None, "UA")]


def test_rescuers_hurt_are_victims_not_the_strikes_target() -> None:
    facts = _facts(
        "- Russian artillery hit Kherson on Monday, wounding a police officer and two rescuers, "
        "the regional police said.\n"
        "- A second Russian drone strike targeted rescuers in Kupiansk, injuring three.\n")
    assert [f.fields.target for f in facts if f.kind == "strike"] == [None, "rescuers"]


def test_the_others_wounded_after_a_tolls_parts_are_the_tolls() -> None:
    facts = _facts(
        "- Russian shelling killed six civilians in the Kharkiv region on Friday – four in "
        "Kupiansk and two in Izium – and wounded 14 others, governor Oleh Syniehubov said.\n")
    assert sorted((f.fields.metric, f.fields.value) for f in facts if f.kind == "figure") == [
        ("injured", 14), ("killed", 6)]
    assert sorted((f.fields.settlement, f.fields.outcome, f.fields.count) for f in facts
                  if f.kind == "casualty") == [("Izium", "killed", 2), ("Kupiansk", "killed", 4)]


def test_the_speaker_named_after_a_verb_that_opens_the_clause() -> None:
    facts = _facts(
        "- Ukrainian crews began training on Patriot systems at Fort Sill, in Oklahoma, said "
        "Pentagon spokesman Pat Ryder.\n"
        "- I piloti ucraini sono arrivati a Camp Lejeune, in North Carolina, ha detto il "
        "portavoce del Pentagono Pat Ryder.\n")
    assert [(f.fields.speaker, f.fields.role) for f in facts if f.kind == "statement"] == [
        ("Pat Ryder", "spokesperson"), ("Pat Ryder", "spokesperson")]


def test_an_unnamed_italian_spokesperson_has_the_role() -> None:
    facts = _facts(
        "- Un portavoce del governo tedesco ha detto che Berlino non fornirà per il momento "
        "missili Taurus.\n"
        "- La Commissione europea verserà a marzo una nuova tranche, ha annunciato un "
        "portavoce.\n")
    assert [(f.fields.role, f.fields.organization) for f in facts if f.kind == "statement"] == [
        ("spokesperson", "German government"), ("spokesperson", "European Commission")]


def test_a_public_figure_named_without_the_office_has_the_one_held_that_day() -> None:
    def roles(published: str) -> list[str | None]:
        text = (f"Russia-Ukraine war: List of key events, day 400\nPublished On {published}\n\n"
                "- Zelenskyy said the talks were working.\n"
                "- Biden told ABC News he was ruling out F-16 jets for now.\n")
        return [f.fields.role for f in extract(parse_text(text)) if f.kind == "statement"]
    assert roles("1 Feb 2023") == ["president", "president"]
    assert roles("1 Feb 2025") == ["president", None]  # Biden had left office


def test_a_strike_told_before_the_items_source_is_reported_by_it() -> None:
    facts = _facts(
        "- A Russian rocket attack on Bakhmut on Monday killed a 67-year-old man. Across the "
        "region, Russian attacks killed four civilians over the past day, governor Pavlo "
        "Kyrylenko said on Telegram.\n")
    assert [(f.kind, f.fields.reported_by, f.fields.medium) for f in facts
            if f.kind in ("strike", "casualty")] == [
        ("strike", "Pavlo Kyrylenko", "Telegram"), ("casualty", "Pavlo Kyrylenko", "Telegram")]


def test_weapons_at_a_sentences_start_are_no_person_and_a_glued_su_is_cut() -> None:
    facts = _facts(
        "- Razzi Grad russi hanno colpito venerdì Orikhiv, uccidendo una donna di 71 anni, ha "
        "detto il governatore Oleksandr Starukhsu Telegram.\n")
    [strike] = [f for f in facts if f.kind == "strike"]
    assert (strike.fields.reported_by, strike.fields.medium) == ("Oleksandr Starukh", "Telegram")
    text = "Day 400 of the war\n\n- Razzi Grad russi hanno colpito venerdì Orikhiv, uccidendo una"
    span = next(e for e in strike.evidence if e.field == "reported_by")
    assert parse_text(text + " donna di 71 anni, ha detto il governatore Oleksandr Starukhsu "
                      "Telegram.\n").text[span.start:span.end] == "Oleksandr Starukh"


def test_a_russian_settlement_is_named_as_the_text_spells_it() -> None:
    facts = _facts(
        "- Ukrainian drones hit a fuel depot in Tyotkino in Russia's Kursk region overnight, the "
        "governor said.\n"
        "- A drone struck an oil refinery in Ryazan on Sunday, the regional governor said.\n")
    assert [(f.fields.settlement, f.fields.region_code) for f in facts if f.kind == "strike"] == [
        ("Tyotkino", "RU-KRS"), ("Ryazan", "RU-RYA")]


def test_an_item_is_found_by_its_start() -> None:
    from annotator.extract.context import Ctx

    bulletin = parse_text("Day 400 of the war\n\n" + "".join(f"- Item {i} of many.\n"
                                                           for i in range(500)))
    ctx = Ctx(bulletin)
    starts = [it.start for it in bulletin.items]
    assert [ctx.item_index(s) for s in starts] == list(range(len(starts)))
    assert ctx.item_index(starts[7] + 1) is None and ctx.item_index(10 ** 9) is None


def test_all_but_more_than_were_launched_destroys_no_negative_count() -> None:
    facts = _facts(
        "- Russia fired 3 Shahed drones at Ukraine overnight, Ukraine's air force said, adding "
        "that air defences had destroyed all but five of the drones.\n")
    [claim] = [f.fields for f in facts if f.kind == "air_defence"]
    assert (claim.launched, claim.destroyed) == (3, None)


def test_not_a_single_bullet_is_a_refusal_of_arms() -> None:
    facts = _facts(
        "- Prime Minister Robert Fico said Slovakia would not send “a single bullet” more to "
        "Ukraine.\n"
        "- Il premier ha detto che il Paese non invierà più nemmeno una pallottola a Kiev.\n")
    assert [(f.fields.action, f.fields.negated) for f in facts if f.kind == "commitment"] == [
        ("weapons", True), ("weapons", True)]


def test_what_a_use_requires_or_a_finished_training_conditions_is_not_pledged() -> None:
    facts = _facts(
        "- Chancellor Olaf Scholz again refused to send Taurus cruise missiles to Ukraine, "
        "saying that using them would require German soldiers to help with targeting.\n"
        "- Il ministro Ben Wallace ha detto che il Regno Unito potrebbe inviare altri "
        "lanciarazzi M270 a Kiev una volta completato l’addestramento dei soldati ucraini.\n")
    assert [(f.fields.action, f.fields.negated, f.fields.condition) for f in facts
            if f.kind == "commitment"] == [
        ("weapons", True, None),
        ("weapons", False, "una volta completato l’addestramento dei soldati ucraini")]


def test_a_pledge_asked_of_others_or_troops_in_a_condition_are_not_pledged() -> None:
    facts = _facts(
        "- Il ministro polacco Mariusz Blaszczak ha scritto su Twitter di aver chiesto a Berlino "
        "di inviare invece i Patriot all’Ucraina.\n"
        "- Il presidente sudcoreano ha detto che Seul potrebbe valutare l’invio di armi a Kiev, "
        "a seconda di quanto faranno le truppe nordcoreane.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("KR", "weapons")]


def test_a_central_bank_or_statistics_office_claims_its_figures() -> None:
    facts = _facts(
        "- Ukraine's central bank kept its key interest rate unchanged at 16 percent.\n"
        "- Rosstat said annual inflation in Russia had accelerated to 8.3 percent in May.\n"
        "- La Banca centrale russa ha alzato il tasso di riferimento al 12%.\n"
        "- Ukraine's economy grew by 3.7 percent in the second quarter, the State Statistics "
        "Service said.\n")
    assert [f.fields.claimant for f in facts if f.kind == "figure"] == [
        "National Bank of Ukraine", "Rosstat", "Russian Central Bank",
        "State Statistics Service of Ukraine"]


def test_the_body_that_counts_or_was_named_in_the_item_before_claims() -> None:
    facts = _facts(
        "- Ukraine's General Staff put Russian losses since the invasion at 167,490 troops. "
        "Russia's defence ministry said more than 210 Ukrainian soldiers had been killed in the "
        "Donetsk direction in 24 hours.\n"
        "- The ministry also claimed that Ukraine had lost up to 1,350 servicemen along the "
        "front in the past day.\n")
    assert [(f.fields.value, f.fields.claimant) for f in facts if f.kind == "figure"] == [
        (167490, "General Staff of the Armed Forces of Ukraine"),
        (210, "Russian Ministry of Defence"), (1350, "Russian Ministry of Defence")]


def test_a_request_turned_down_is_a_refusal_by_the_one_asked() -> None:
    facts = _facts(
        "- Switzerland turned down a request from Denmark to send 22 Piranha armoured personnel "
        "carriers to Ukraine, the economy ministry said.\n"
        "- Germany declined to send Taurus missiles to Ukraine.\n"
        "- La Svizzera ha respinto la richiesta della Danimarca di inviare 22 blindati Piranha "
        "all'Ucraina.\n")
    assert [(f.fields.actor, f.fields.negated) for f in facts if f.kind == "commitment"] == [
        ("CH", True), ("DE", True), ("CH", True)]


def test_training_a_number_of_them_is_a_training_pledge() -> None:
    facts = _facts(
        "- The EU agreed to set up a training mission for some 15,000 Ukrainian soldiers. Prime "
        "Minister Mateusz Morawiecki said Poland was ready to train up to 5,000 of them.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.certainty)
            for f in facts if f.kind == "commitment"] == [
        ("EU", "training", 15000, "definite"), ("PL", "training", 5000, "possible")]


def test_a_seasons_total_so_far_is_cumulative() -> None:
    facts = _facts(
        "- The agriculture ministry said grain exports in the 2022-23 season had reached 44.9 "
        "million tonnes.\n"
        "- Le esportazioni di grano nella stagione 2024/25 sono arrivate a 20 milioni di "
        "tonnellate, ha detto il ministero.\n")
    assert [(f.fields.metric, f.fields.cumulative) for f in facts if f.kind == "figure"] == [
        ("exports", True), ("exports", True)]


def test_a_denial_is_a_statement_beside_numbers_and_it_is_the_body_named_before() -> None:
    facts = _facts(
        "- Russia's defence ministry said its forces had repelled 14 Ukrainian attacks in the "
        "Kursk region over the past day. It denied that Ukrainian troops had reached the "
        "outskirts of Korenevo.\n"
        "- Ukraine's General Staff denied that its units were being encircled, and put "
        "Russia's losses over the same period at 1,390 troops.\n")
    assert [f.fields.organization for f in facts if f.kind == "statement"] == [
        "Russian Ministry of Defence", "General Staff of the Armed Forces of Ukraine"]


def test_military_instructors_sent_are_a_training_pledge() -> None:
    facts = _facts(
        "- Defence Minister Laurynas Kasciunas said Vilnius would be ready to send military "
        "instructors to Ukraine once a NATO-wide decision had been taken.\n"
        "- Il ministro ha detto che la Francia invierà istruttori militari in Ucraina.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty) for f in facts
            if f.kind == "commitment"] == [("LT", "training", "possible"),
                                           ("FR", "training", "definite")]


def test_a_sanctions_list_counts_a_pair_and_italian_artillery_shells() -> None:
    facts = _facts(
        "- Britain imposed sanctions on 45 individuals and entities linked to Russia's drone "
        "programme.\n"
        "- Il Giappone ha aggiunto 38 tra persone e organizzazioni alla propria lista di "
        "sanzioni contro la Russia.\n"
        "- La Danimarca invierà all'Ucraina 150.000 proiettili d'artiglieria.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (45, "individuals and entities"), (38, "individuals and entities"),
        (150000, "artillery shells")]


def test_a_loan_that_a_lending_body_as_subject_is_expected_to_agree_is_possible() -> None:
    facts = _facts(
        "- G7 leaders meeting in Italy are expected to agree a loan of about $50bn for Ukraine "
        "backed by frozen Russian assets.\n"
        "- Ukraine received a loan of $1.5bn on Monday.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity)
            for f in facts if f.kind == "commitment"] == [
        ("G7", "economic_aid", "possible", 50_000_000_000)]


def test_a_force_or_arms_to_be_stationed_in_another_country_is_a_pledge_to_it() -> None:
    facts = _facts(
        "- Russian tactical nuclear weapons could be stationed in Belarus, Belarusian Defence "
        "Minister Viktor Khrenin said.\n"
        "- Fino a 9.000 militari russi saranno dispiegati in Bielorussia.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.recipient,
             f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        ("RU", "weapons", "possible", "BY", None, None),
        ("RU", "troops", "definite", "BY", 9000, "soldiers")]


def test_a_running_total_a_pledge_brings_up_to_is_no_second_pledge() -> None:
    facts = _facts(
        "- Il Regno Unito ha imposto sanzioni a 45 persone ed entità legate alla produzione "
        "russa di droni, portando a oltre 3.000 il totale dei soggetti sanzionati dall'inizio "
        "della guerra.\n")
    assert [(f.fields.action, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        ("sanctions", 45)]
    assert [(f.fields.value, f.fields.cumulative) for f in facts if f.kind == "figure"] == [
        (3000, True)]


def test_conditional_ceasefire_offers_and_positions_on_land_are_pledges() -> None:
    facts = _facts(
        "- Kremlin aide Yuri Ushakov said Russia would agree to halt fighting along the current "
        "front line only if Ukraine withdrew its troops from the Donetsk region.\n"
        "- Putin ha detto che ordinerà “immediatamente” un cessate il fuoco se Kiev ritirerà le "
        "truppe dalle regioni di Donetsk e Kherson.\n"
        "- Orban said Russia would be ready to discuss a ceasefire only if Kyiv withdrew its "
        "troops.\n"
        "- Yermak ha scritto che l'Ucraina “non congelerà” la guerra.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.condition is not None)
            for f in facts if f.kind == "commitment"] == [
        ("RU", "other", False, True), ("RU", "other", False, True),
        ("RU", "other", False, True), ("UA", "other", True, False)]


def test_a_permit_to_pass_arms_on_is_the_permitting_countrys_other() -> None:
    facts = _facts(
        "- Switzerland will not let Germany re-export Swiss-made ammunition to Ukraine.\n"
        "- La Corea del Sud non consentirà alla Polonia di trasferire all'Ucraina gli obici K9.\n"
        "- Switzerland turned down a request from Denmark to send 22 Piranha armoured personnel "
        "carriers to Ukraine.\n"
        "- Scholz said Berlin would send 14 Leopard 2A6 tanks to Ukraine and would approve "
        "requests from allies to re-export theirs.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [
        ("CH", "other", True), ("KR", "other", True), ("CH", "other", True),
        ("DE", "weapons", False)]


def test_enemy_soldiers_a_side_claims_to_have_killed_are_its_losses_figure() -> None:
    facts = _facts(
        "- Russia's defence ministry said its air defences had destroyed 30 Ukrainian drones and "
        "four HIMARS rockets over the past day, and that its forces had killed up to 120 "
        "Ukrainian soldiers in the same period.\n"
        "- Russia's defence ministry said its strike near Yavoriv had killed up to 180 “foreign "
        "mercenaries”.\n")
    assert not [f for f in facts if f.kind in ("strike", "casualty")]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("military_losses", 120), ("military_losses", 180)]


def test_bringing_to_a_number_the_count_of_something_is_a_running_total() -> None:
    facts = _facts(
        "- Britain imposed sanctions on 11 more tankers, bringing to 25 the number of vessels it "
        "has targeted.\n")
    assert [(f.fields.value, f.fields.unit, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [(25, "vessels", True)]


def test_the_other_side_of_a_swap_counted_by_ne_is_the_same_figure_for_the_receiver() -> None:
    facts = _facts(
        "- Separatamente, l'Ucraina ha riavuto le salme di 1.000 militari caduti e ne ha "
        "consegnate 38 alla Russia.\n")
    assert not [f for f in facts if f.kind == "commitment"]
    assert [(f.fields.metric, f.fields.value, f.fields.unit, f.fields.country)
            for f in facts if f.kind == "figure"] == [
        ("bodies_returned", 1000, "bodies", "UA"), ("bodies_returned", 38, "bodies", "RU")]


def test_drones_gone_from_radar_or_jammed_with_the_verb_first_are_losses() -> None:
    facts = _facts(
        "- L'aeronautica militare ha detto che 95 droni sono stati abbattuti e che altri 63 sono "
        "“scomparsi” dai radar per effetto della guerra elettronica.\n"
        "- Il ministero della Difesa russo ha dichiarato di aver abbattuto 11 droni ucraini e di "
        "averne neutralizzati altri sei con i sistemi di guerra elettronica.\n"
        "- L'aeronautica ha detto che 103 droni sono stati abbattuti e altri 51 sono andati "
        "“persi”, probabilmente a causa della guerra elettronica.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("military_losses", 63), ("military_losses", 6), ("military_losses", 51)]


def test_a_weapons_capitalised_name_is_no_person() -> None:
    facts = _facts(
        "- Two US officials told Reuters that Washington was preparing a military aid package "
        "worth more than $2bn that could include longer-range Ground-Launched Small Diameter "
        "Bombs.\n")
    assert all(getattr(f.fields, "speaker", None) is None for f in facts)


def test_non_lethal_and_a_pledge_made_instead_are_no_refusals() -> None:
    facts = _facts(
        "- Kishida ha ribadito che il Giappone non invierà armi letali a Kiev,ma continuerà a "
        "fornire equipaggiamenti non letali e aiuti per lo sminamento.\n"
        "- Donald Tusk said Warsaw would not send soldiers and would instead serve as a "
        "logistics hub for any mission.\n")
    assert [(f.fields.action, f.fields.negated) for f in facts if f.kind == "commitment"] == [
        ("weapons", True), ("funding", False), ("military_hubs", False), ("troops", True)]


def test_a_pledge_added_after_adding_that_has_its_own_quantity() -> None:
    facts = _facts(
        "- Germany will send two more IRIS-T air defence systems to Ukraine, Chancellor Olaf "
        "Scholz said, adding that Berlin had “no plans” to supply Taurus cruise missiles.\n")
    assert [(f.fields.negated, f.fields.quantity) for f in facts if f.kind == "commitment"] == [
        (False, 2), (True, None)]


def test_a_public_figures_name_with_a_common_word_or_an_initial_keeps_its_role() -> None:
    facts = _facts(
        "- Estonian Defence Minister Hanno Pevkur said the war would go on.\n"
        "- The money will pay for Patriot interceptors, Defence Minister Tore O. Sandvik told "
        "public broadcaster NRK.\n")
    assert [(f.fields.speaker, f.fields.role) for f in facts if f.kind == "statement"] == [
        ("Hanno Pevkur", "defence minister"), ("Tore O. Sandvik", "defence minister")]


def test_an_italian_spelled_ordinal_after_del_counts_the_attacks_so_far() -> None:
    facts = _facts(
        "- Droni ucraini hanno colpito la raffineria di Saratov. Si tratta del quinto attacco "
        "contro l'impianto dall'inizio dell'anno.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [("attacks", 5, True)]


def test_hours_of_talks_are_a_duration() -> None:
    facts = _facts("- Dopo oltre quattro ore di colloqui, le delegazioni hanno concordato.\n")
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (4, "hours")]


def test_forces_that_would_not_be_sent_are_a_refusal_of_troops_to_ukraine() -> None:
    facts = _facts("- Defence Secretary John Healey said British forces would not be sent to the "
                   "front line.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.recipient)
            for f in facts if f.kind == "commitment"] == [("GB", "troops", True, "UA")]


def test_being_open_to_sending_troops_is_a_possible_pledge() -> None:
    facts = _facts("- Mette Frederiksen si è detta “aperta” all'invio di militari danesi in "
                   "Ucraina.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty) for f in facts
            if f.kind == "commitment"] == [("DK", "troops", "possible")]


def test_threatened_tariffs_are_sanctions_and_a_count_of_days_is_no_quantity() -> None:
    facts = _facts(
        "- Trump ha minacciato dazi secondari “molto severi” contro i partner commerciali della "
        "Russia se entro 50 giorni non sarà raggiunto un accordo di pace.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty, f.fields.quantity)
            for f in facts if f.kind == "commitment"] == [("US", "sanctions", "possible", None)]


def test_a_mc_surname_is_a_name() -> None:
    facts = _facts("- Il Canada addestrerà altri 2.000 soldati ucraini in Polonia, ha detto il "
                   "ministro della Difesa David McGuinty.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["David McGuinty"]


def test_a_statements_day_after_its_medium_is_its_date() -> None:
    facts = extract(parse_text(
        "Russia-Ukraine war: List of key events, day 400\nPublished On 1 Feb 2023\n\n"
        "- Trump wrote on Truth Social on Sunday that Zelenskyy could stop the war “very "
        "quickly, if he chooses to”.\n"))
    assert [str(f.fields.date) for f in facts if f.kind == "statement"] == ["2023-01-29"]


def test_drones_that_hit_the_grid_are_a_strike_beside_the_ones_downed() -> None:
    facts = _facts(
        "- Shahed drones launched by Russian forces hit an energy facility in the Makariv "
        "community west of Kyiv on Thursday morning, the regional governor said, adding that "
        "two of the drones had been shot down.\n")
    assert [(f.fields.target, f.fields.weapon) for f in facts if f.kind == "strike"] == [
        ("energy facility", "drone")]


def test_a_municipal_worker_the_toll_includes_is_a_strikes_casualty() -> None:
    facts = _facts(
        "- Il governatore Oleksandr Prokudin ha detto che gli attacchi russi hanno ucciso tre "
        "persone nell'ultimo giorno nella regione di Kherson, tra cui un dipendente comunale di "
        "49 anni morto quando un drone ha colpito il suo furgone a Bilozerka.\n")
    assert [(f.fields.role, f.fields.age, f.fields.settlement) for f in facts
            if f.kind == "casualty"] == [("municipal worker", 49, "Bilozerka")]


def test_sentences_glued_by_machine_translation_are_split() -> None:
    from annotator.extract.text import sentences
    text = ("- ha riferito il governatore Oleh Syniehubov.Nella notte la città è stata attaccata "
            "di nuovo, ha detto il sindaco. Gli Stati Uniti e il Regno Unito hanno parlato.\n")
    cuts = [text[s.start:s.end] for s in sentences(text, 0, len(text), 0)]
    assert cuts[0].endswith("Syniehubov.") and cuts[1].startswith("Nella notte")
    assert len(cuts) == 3


def test_weapons_listed_after_the_first_downed_share_its_verb_and_attacker() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha detto che le sue difese aeree hanno intercettato "
        "e distrutto nella notte 48 droni ucraini sopra le regioni di Bryansk, Kursk, Voronezh "
        "e Belgorod, oltre a sei bombe guidate JDAM e due razzi HIMARS.\n"
        "- The ministry said its air defences had destroyed 14 Ukrainian drones over the "
        "Bryansk, Kursk and Voronezh regions overnight, as well as two US-made ATACMS "
        "missiles over Crimea.\n")
    assert [(f.fields.weapon, f.fields.destroyed, f.fields.attacker) for f in facts
            if f.kind == "air_defence"] == [
        ("drone", 48, "UA"), ("guided_bomb", 6, "UA"), ("mlrs", 2, "UA"),
        ("drone", 14, "UA"), ("missile", 2, "UA")]


def test_a_downing_verb_reaches_weapons_listed_after_aircraft() -> None:
    facts = _facts(
        "- Il ministero della Difesa russo ha affermato che la difesa aerea ha abbattuto nelle "
        "ultime 24 ore due aerei d'attacco ucraini Su-25, 14 razzi HIMARS e nove droni.\n")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts if f.kind == "air_defence"] == [
        ("mlrs", 14), ("drone", 9)]


def test_a_victim_told_again_in_apposition_is_one_person() -> None:
    facts = _facts(
        "- A Ukrainian drone hit a car in the village of Murom, killing the driver, a "
        "47-year-old man, Belgorod governor Vyacheslav Gladkov said.\n"
        "- Un bombardamento russo su Orikhiv ha ucciso un uomo di 58 anni, un dipendente delle "
        "ferrovie.\n"
        "- A Russian strike killed a 60-year-old woman, a 12-year-old boy and a man in "
        "Kharkiv.\n")
    assert [(f.fields.age, f.fields.role) for f in facts if f.kind == "casualty"] == [
        (47, "driver"), (58, "employee"), (60, None), (12, "child"), (None, None)]


def test_a_death_toll_revised_down_is_the_strikes_count() -> None:
    facts = _facts(
        "- The death toll from Monday's Russian missile strike on an industrial site in Dnipro "
        "has been revised down to three from four, regional governor Serhiy Lysak said.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 3)]


def test_crowns_with_a_glued_scale_are_the_pledgers_money() -> None:
    facts = _facts("- Danish Defence Minister Troels Lund Poulsen said Copenhagen would send a "
                   "package worth 830m kroner that includes 45 Leopard 1 tanks.\n")
    money = next(f for f in facts if f.kind == "commitment")
    assert (money.fields.quantity, money.fields.unit) == (830_000_000, "DKK")


def test_a_hit_for_the_third_time_is_a_strike_and_its_running_count() -> None:
    facts = _facts(
        "- Ukrainian drones hit the Novoshakhtinsk oil refinery in Russia's Rostov region for "
        "the third time this year, setting a processing unit on fire, acting governor Yury "
        "Slyusar said.\n"
        "- The central bank raised its key rate for the third time this year.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Novoshakhtinsk"]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("attacks", 3)]


def test_a_second_attack_told_by_its_weapon_on_another_place_is_a_strike_of_its_own() -> None:
    facts = _facts(
        "- In the Kharkiv region, a Russian guided bomb struck a market in Chuhuiv, killing a "
        "67-year-old woman, while artillery fire on the village of Velykyi Burluk wounded two "
        "men, governor Oleh Syniehubov said.\n")
    assert [(f.fields.settlement, f.fields.weapon) for f in facts if f.kind == "strike"] == [
        ("Chuhuiv", "guided_bomb"), ("Velykyi Burluk", "artillery")]


def test_two_attacks_each_told_by_its_weapon_are_two_strikes() -> None:
    facts = _facts(
        "- Artillery fire killed two men in Bakhmut, while a drone wounded a woman in Kherson, "
        "officials said.\n")
    assert [(f.fields.settlement, f.fields.weapon) for f in facts if f.kind == "strike"] == [
        ("Bakhmut", "artillery"), ("Kherson", "drone")]


def test_a_strike_on_the_same_day_has_the_date_of_the_one_before() -> None:
    facts = extract(parse_text(
        "Russia-Ukraine war: List of key events, day 400\nPublished On 1 Feb 2023\n\n"
        "- In the Kharkiv region, a Russian guided bomb struck a market in Chuhuiv on Tuesday "
        "afternoon, killing a 67-year-old woman, while artillery fire on the village of "
        "Velykyi Burluk the same day wounded two men, governor Oleh Syniehubov said.\n"))
    assert [str(f.fields.date) for f in facts if f.kind == "strike"] == [
        "2023-01-31", "2023-01-31"]


def test_a_toll_across_the_region_of_the_items_one_town_is_that_towns_region() -> None:
    facts = _facts(
        "- Un bombardamento russo sulla città di Kherson ha ucciso un uomo di 58 anni, ha "
        "scritto il governatore Oleksandr Prokudin. In tutta la regione gli attacchi russi "
        "hanno ucciso due persone nell'ultimo giorno.\n")
    assert [(f.fields.metric, f.fields.region_code) for f in facts if f.kind == "figure"] == [
        ("killed", "UA-65")]


def test_a_rates_basis_points_are_its_unit() -> None:
    facts = _facts(
        "- The National Bank of Ukraine cut its key rate by 100 basis points.\n"
        "- La banca centrale russa ha alzato il tasso di 200 punti base.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [
        ("economy", 100, "basis points"), ("economy", 200, "basis points")]


def test_adding_more_to_a_list_is_no_speech() -> None:
    facts = _facts(
        "- EU foreign ministers adopted the bloc's 22nd sanctions package against Russia, adding "
        "95 more “shadow fleet” tankers to its blacklist.\n"
        "- L'UE ha adottato il 12° pacchetto di sanzioni, che aggiunge altre 147 persone ed "
        "entità alla lista nera.\n")
    assert not [f for f in facts if f.kind == "statement"]
    assert len([f for f in facts if f.kind == "commitment"]) == 2


def test_a_tolls_parts_of_them_by_place_are_strikes_of_their_own() -> None:
    facts = extract(parse_text(
        "Russia-Ukraine war: List of key events, day 400\nPublished On 1 Feb 2023\n\n"
        "- Russian attacks killed five civilians in the Donetsk region on Wednesday, three of "
        "them in Bakhmut and two in Avdiivka, and wounded 11 more, governor Pavlo Kyrylenko "
        "wrote on Telegram.\n"))
    assert [(f.fields.settlement, f.fields.killed, str(f.fields.date)) for f in facts
            if f.kind == "strike"] == [("Bakhmut", 3, "2023-02-01"), ("Avdiivka", 2, "2023-02-01")]


def test_a_count_and_the_noun_that_describes_it_are_one_group() -> None:
    facts = _facts(
        "- Russian attacks on the Donetsk region killed four civilians over the past day, "
        "governor Pavlo Kyrylenko said. Two of the dead were men killed when a missile struck "
        "a supermarket in Kostiantynivka on Sunday evening, he added.\n")
    assert [(f.fields.count, f.fields.sex) for f in facts if f.kind == "casualty"] == [
        (2, "male")]


def test_a_statement_whose_first_sentence_tells_more_than_numbers_stands() -> None:
    facts = _facts(
        "- Russia's defence ministry said its forces had captured the village of Zhovte, south "
        "of Pokrovsk in the Donetsk region. It said Ukraine had lost up to 1,500 troops across "
        "the front line over the past day.\n")
    assert [f.fields.organization for f in facts if f.kind == "statement"] == [
        "Russian Ministry of Defence"]
    assert [f.fields.value for f in facts if f.kind == "figure"] == [1500]


def test_a_victim_named_by_name_after_killing_is_a_casualty_of_one() -> None:
    facts = _facts(
        "- Russian missiles pounded Mykolaiv overnight, killing grain magnate Oleksiy "
        "Vadatursky, 74, and his wife, the governor said.\n"
        "- Un drone russo ha colpito Kherson, uccidendo il fotografo Roman Zhuk, 51, e "
        "ferendo due passanti.\n")
    strikes = [f.fields for f in facts if f.kind == "strike"]
    assert [s.killed for s in strikes] == [2, 1]
    named = [f.fields for f in facts if f.kind == "casualty" and f.fields.age]
    assert [(c.outcome, c.count, c.age) for c in named] == [("killed", 1, 74),
                                                             ("killed", 1, 51)]


def test_a_barrage_counted_by_missile_kind_is_a_claim_per_kind() -> None:
    facts = _facts(
        "- Russia launched a mass attack overnight with 32 Shahed drones, 14 Kh-101 and Kh-555 "
        "cruise missiles, two Kh-59 guided missiles and four S-300 missiles, the air force "
        "said, adding that air defences had destroyed 25 of the drones and 13 of the cruise "
        "missiles.\n"
        "- Nella notte le forze russe hanno attaccato l’Ucraina con 100 droni, due missili "
        "balistici Iskander-M e 22 missili da crociera, ha detto l’aeronautica militare, "
        "secondo cui sono stati abbattuti 59 droni e 20 dei missili da crociera, mentre "
        "entrambi i missili balistici hanno raggiunto i loro obiettivi.\n")
    claims = [(f.fields.weapon, f.fields.launched, f.fields.destroyed) for f in facts
              if f.kind == "air_defence"]
    assert claims == [("drone", 32, 25), ("missile", 14, 13), ("missile", 2, None),
                      ("missile", 4, None), ("drone", 100, 59), ("missile", 2, 0),
                      ("missile", 22, 20)]


def test_victims_told_twice_an_age_before_a_trade_and_an_evacuation_are_no_new_victims() -> None:
    facts = _facts(
        "- Russian rockets hit Nikopol overnight, killing 31-year-old rescuer Andrii Lysenko "
        "and injuring two other rescuers, the governor said.\n"
        "- Blasts at a depot near Dzhankoi injured two people and forced the evacuation of "
        "more than 3,000 residents, Sergei Aksyonov said.\n"
        "- L’artiglieria russa ha colpito Beryslav, uccidendo una donna di 56 anni, la commessa "
        "Halyna Tkachenko, e una donna di 38 anni, l’infermiera Olena Moroz.\n"
        "- Un attacco russo contro Dvorichna ha ucciso domenica Ivan Zakharchenko, un ex "
        "trattorista di 71 anni, e ferito un uomo di 47 anni che lavorava come guardiano.\n")
    rows = [(f.fields.outcome, f.fields.count, f.fields.age, f.fields.role) for f in facts
            if f.kind == "casualty"]
    assert rows == [("killed", 1, 31, "rescuer"), ("injured", 2, None, "rescuer"),
                    ("injured", 2, None, None),
                    ("killed", 1, 56, "shop assistant"), ("killed", 1, 38, "nurse"),
                    ("killed", 1, 71, "tractor driver"), ("injured", 1, 47, "security guard")]


def test_he_added_after_a_named_victim_is_the_reporter() -> None:
    facts = _facts(
        "- Russian rockets hit Nikopol overnight, killing 31-year-old rescuer Andrii Lysenko, "
        "Dnipropetrovsk governor Valentyn Reznichenko said. Nikopol was shelled more than 80 "
        "times in the past day, he added.\n")
    assert {getattr(f.fields, "claimant", None) or getattr(f.fields, "reported_by", None)
            for f in facts} == {"Valentyn Reznichenko"}


def test_a_market_is_no_speaker_and_nine_tenths_is_a_share() -> None:
    facts = _facts(
        "- The United States and Britain barred the London Metal Exchange and the Chicago "
        "Mercantile Exchange from accepting new Russian aluminium, in a move announced on "
        "Friday.\n"
        "- The EU hopes to raise €3bn a year, nine tenths of which would be spent on arms.\n")
    assert not [f for f in facts if f.kind == "statement"]
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (90, "percent")]


def test_a_scene_told_after_while_keeps_the_strikes_victims() -> None:
    facts = _facts(
        "- A Russian drone hit a fire engine in Nikopol on Saturday evening while rescuers "
        "were putting out a blaze, wounding three of them, the governor said.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("injured", 3)]
    assert [f.fields.injured for f in facts if f.kind == "strike"] == [3]


def test_shelling_that_intensified_is_no_strike() -> None:
    facts = _facts(
        "- Authorities ordered the evacuation of 47 children from frontline villages in the "
        "Kupiansk district, where Russian shelling has intensified, the regional military "
        "administration said.\n")
    assert not [f for f in facts if f.kind in ("strike", "casualty")]


def test_an_attack_judged_by_a_speaker_is_no_new_strike() -> None:
    facts = _facts(
        "- Russian President Vladimir Putin said the Moscow drone attack was a “clear sign of "
        "terrorist activity”.\n"
        "- Kremlin spokesman Dmitry Peskov told reporters the strikes on Ukraine’s energy "
        "facilities were a response to Ukrainian drone attacks on Russian refineries.\n")
    assert not [f for f in facts if f.kind == "strike"]
    assert len([f for f in facts if f.kind == "statement"]) == 2


def test_refineries_in_two_towns_are_two_strikes() -> None:
    facts = _facts(
        "- Droni ucraini hanno attaccato nella notte le raffinerie di petrolio di Ilsky e "
        "Afipsky, nella regione russa di Krasnodar.\n")
    assert [(f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "strike"] == [("Ilsky", "RU-KDA"), ("Afipsky", "RU-KDA")]


def test_a_claim_dismissed_by_another_speaker_and_a_possessive_after_the_verb() -> None:
    facts = _facts(
        "- Russian Defence Minister Sergei Shoigu said Moscow was deliberately slowing its "
        "offensive, according to TASS, a claim Ukrainian military spokesperson Oleksandr "
        "Motuzyanyk dismissed as “cynical”, saying Russian forces were attacking “along the "
        "entire front”.\n"
        "- Henry Kissinger told the World Economic Forum in Davos that talks should begin "
        "soon. In his nightly video address, President Volodymyr Zelenskyy hit back, saying "
        "Kissinger’s calendar seemed to read “1938” rather than 2022.\n")
    assert not [f for f in facts if f.kind == "strike"]
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Sergei Shoigu", None), ("Oleksandr Motuzyanyk", "cynical"),
        ("Henry Kissinger", None), ("Volodymyr Zelenskyy", "1938")]


def test_an_asset_freeze_is_a_sanction_and_payment_systems_are_no_arms() -> None:
    facts = _facts(
        "- Japan will freeze the assets of 31 Russian individuals and organisations, Chief "
        "Cabinet Secretary Yoshimasa Hayashi said.\n"
        "- The US Treasury said it had imposed sanctions on 13 companies accused of helping "
        "Russia build payment systems.\n"
        "- The International Monetary Fund’s board approved the release of about $880m, the "
        "fund said.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("JP", "sanctions", 31), ("US", "sanctions", 13),
                                           ("IMF", "economic_aid", 880000000)]
    assert next((f.fields.speaker, f.fields.role) for f in facts if f.kind == "statement") == (
        "Yoshimasa Hayashi", "chief cabinet secretary")
    assert all(getattr(f.fields, "speaker", None) != "Monetary Fund’s" for f in facts)


def test_a_part_of_a_days_toll_told_by_its_attack_is_a_strike() -> None:
    facts = _facts(
        "- Le forze russe hanno ucciso tre civili nella regione di Donetsk nell’ultimo giorno, "
        "due dei quali in un attacco con bombe plananti su Toretsk, ha detto il governatore "
        "Vadym Filashkin su Telegram.\n")
    assert [(f.fields.settlement, f.fields.weapon, f.fields.killed) for f in facts
            if f.kind == "strike"] == [("Toretsk", "guided_bomb", 2)]
    assert [(f.fields.value, f.fields.settlement) for f in facts if f.kind == "figure"] == [
        (3, None)]


def test_the_number_of_what_is_counted_told_before_the_number() -> None:
    facts = _facts(
        "- The International Organization for Migration put the number of internally "
        "displaced people at about 3.7 million.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("displaced", 3700000, "people")]


def test_a_pledge_named_by_its_givers_adjective_not_a_leader_or_a_place() -> None:
    facts = _facts(
        "- A Dutch pledge of 100 million euros to the Czech-led initiative to buy artillery "
        "shells for Ukraine outside the EU was confirmed by Prime Minister Mark Rutte.\n")
    assert {f.fields.actor for f in facts if f.kind == "commitment"} == {"NL"}


def test_the_number_of_what_is_counted_told_at_length_before_the_number() -> None:
    facts = _facts(
        "- Human rights commissioner Dmytro Lubinets wrote on Telegram that the swap took the "
        "number of Ukrainians freed from Russian captivity since the full-scale invasion to "
        "2,598.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [("prisoners_exchanged", 2598, True)]


def test_a_pronoun_speaks_not_a_body_after_it_nor_a_letters_writer() -> None:
    facts = _facts(
        "- Kremlin spokesman Dmitry Peskov said talks would go on. He added that Moscow would "
        "not accept troops from NATO countries in Ukraine “in any form”.\n"
        "- Nel suo discorso al Congresso, Trump ha letto alcuni passaggi della lettera di "
        "Zelenskyy e ha detto di aver ricevuto da Mosca “forti segnali” di essere pronta "
        "alla pace.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts
            if f.kind == "statement"] == [("Dmitry Peskov", "Kremlin"), ("Donald Trump", None)]


def test_sea_drones_made_abroad_missiles_a_spelled_age_and_the_wounded_told_again() -> None:
    facts = _facts(
        "- Russia’s defence ministry said it had destroyed nine Ukrainian drones over the "
        "Bryansk region and intercepted two British-made Storm Shadow cruise missiles. Its "
        "ships destroyed two unmanned boats near Novorossiysk, it said.\n"
        "- Russian drones struck Khmelnytskyi overnight, wounding 16 adults and a nine-year-old "
        "girl, the governor said. Two of the wounded women remained in hospital, he said.\n")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts if f.kind == "air_defence"] \
        == [("drone", 9), ("missile", 2), ("drone", 2)]
    assert [(f.fields.count, f.fields.age) for f in facts if f.kind == "casualty"] == [
        (16, None), (1, 9)]


def test_a_group_told_again_person_by_person_is_those_persons() -> None:
    facts = _facts(
        "- Two people were killed when Russian guided bombs hit Kupiansk on Thursday, the "
        "governor said. The dead were a 64-year-old man and a 60-year-old woman, he said.\n")
    assert [(f.fields.count, f.fields.age) for f in facts if f.kind == "casualty"] == [
        (1, 64), (1, 60)]
    assert [f.fields.killed for f in facts if f.kind == "strike"] == [2]


def test_a_sentence_after_on_x_and_arms_bought_by_count_for_ukraine() -> None:
    facts = _facts(
        "- The Netherlands will provide a further €300m in military aid to Ukraine this year, "
        "Dutch Defence Minister Ruben Brekelmans wrote on X. Separately, German government "
        "spokesman Stefan Kornelius said Berlin could buy two Patriot air-defence systems from "
        "the US for Ukraine.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("NL", "funding", 300000000), ("DE", "weapons", 2)]
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Ruben Brekelmans", "Stefan Kornelius"]


def test_parts_of_a_tally_told_by_their_own_directions() -> None:
    facts = _facts(
        "- Ukraine’s General Staff reported 214 combat clashes along the front line in the past "
        "day, 71 of them in the Pokrovsk direction and 38 in the Huliaipole direction.\n")
    assert [(f.fields.value, f.fields.region_code) for f in facts if f.kind == "figure"] == [
        (214, None), (71, "UA-14"), (38, "UA-23")]


def test_a_government_announcing_a_package_makes_a_pledge_not_a_statement() -> None:
    facts = _facts(
        "- Denmark announced a new military aid package worth 2.3bn Danish kroner, including "
        "air defence systems.\n"
        "- Danish Defence Minister Troels Lund Poulsen announced a new package worth 2.3bn "
        "kroner.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Troels Lund Poulsen"]
    assert [f.fields.actor for f in facts if f.kind == "commitment"] == ["DK", "DK"]


def test_thousands_trapped_in_a_besieged_city_are_a_population_and_female_passengers() -> None:
    facts = _facts(
        "- Mariupol Mayor Vadym Boichenko said about 130,000 residents were still trapped in "
        "the besieged port city.\n"
        "- Un drone ucraino ha colpito un minibus a Shebekino sabato, ferendo l’autista e due "
        "passeggere.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("population", 130000)]
    assert [(f.fields.count, f.fields.sex, f.fields.role) for f in facts
            if f.kind == "casualty"] == [(1, None, "driver"), (2, "female", "passenger")]


def test_a_group_named_member_by_member_in_an_aside_is_those_members() -> None:
    facts = _facts(
        "- A Russian ballistic missile attack on Kyiv overnight killed three people – an "
        "11-year-old girl, her mother and a 33-year-old man – and wounded 14 others in the "
        "Desnianskyi district, Serhii Popko said.\n"
        "- Il Regno Unito ha promesso un pacchetto da 54 milioni di sterline che include 850 "
        "micro-droni Black Hornet.\n")
    assert [(f.fields.outcome, f.fields.count, f.fields.age) for f in facts
            if f.kind == "casualty"] == [("killed", 1, 11), ("killed", 1, None),
                                         ("killed", 1, 33), ("injured", 14, None)]
    assert [(f.fields.killed, f.fields.injured) for f in facts if f.kind == "strike"] == [
        (3, 14)]
    assert not [f for f in facts if getattr(f.fields, "speaker", None) == "Black Hornet"]


def test_those_among_the_injured_are_no_figure_of_their_own() -> None:
    facts = _facts(
        "- Uno sciopero di droni russi contro un condominio a Odesa sabato sera ha ucciso due "
        "persone e ne ha ferite altre 14, ha detto Oleh Kiper,aggiungendo che tra i feriti ci "
        "sono anche due soccorritori.\n")
    assert not [f for f in facts if f.kind == "figure"]


def test_a_count_told_over_the_whole_region_beside_a_towns_strike_is_a_figure() -> None:
    facts = _facts(
        "- Secondo il governatore Pavlo Kyrylenko, venerdì gli attacchi russi hanno ucciso "
        "quattro civili a Bakhmut e ne hanno feriti altri sei in tutta la regione.\n")
    assert [(f.fields.killed, f.fields.injured) for f in facts if f.kind == "strike"] == [
        (4, None)]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("injured", 6)]


def test_an_attack_told_as_the_third_since_january_is_still_a_strike() -> None:
    facts = _facts(
        "- Droni ucraini hanno attaccato nella notte la raffineria di Afipsky, nella regione "
        "russa di Krasnodar, provocando un incendio, ha affermato lo Stato maggiore ucraino, "
        "secondo cui si tratta del terzo attacco contro l’impianto dall’inizio dell’anno.\n")
    assert [(f.fields.settlement, f.fields.perpetrator) for f in facts if f.kind == "strike"] \
        == [("Afipsky", "UA")]
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [("attacks", 3, True)]


def test_helpers_among_the_injured_are_no_new_victims_and_abu_dhabi_is_no_speaker() -> None:
    facts = _facts(
        "- Un drone russo ha colpito un condominio a Kharkiv ferendo 14 persone, ha detto il "
        "sindaco,aggiungendo che tra i feriti ci sono anche due soccorritori.\n"
        "- Umerov ha detto che il round di colloqui con la Russia ad Abu Dhabi si è concentrato "
        "sui “parametri militari” di un cessate il fuoco.\n")
    assert [f.fields.count for f in facts if f.kind == "casualty"] == [14]
    assert "Abu Dhabi" not in {getattr(f.fields, "speaker", None) for f in facts}


def test_a_scene_told_in_the_italian_imperfect_keeps_the_strikes_victims() -> None:
    facts = _facts(
        "- Il sindaco Ihor Terekhov ha detto che un drone russo ha colpito sabato sera il "
        "distretto Saltivskyi di Kharkiv mentre i soccorritori spegnevano un incendio,ferendo "
        "un agente di polizia e due soccorritori.\n")
    assert [(f.fields.count, f.fields.role) for f in facts if f.kind == "casualty"] == [
        (1, "police officer"), (2, "rescuer")]
    assert not [f for f in facts if f.kind == "figure"]


def test_arms_laid_down_are_no_pledge() -> None:
    facts = _facts(
        "- Ukraine rejected a Russian ultimatum for the defenders of Mariupol to lay down their "
        "arms by 5am Moscow time on Monday.\n")
    assert not [f for f in facts if f.kind == "commitment"]


def test_a_pledge_confirmed_is_pledged() -> None:
    facts = _facts(
        "- Prime Minister Denys Shmyhal said Japan had confirmed a further $1.5bn in budget "
        "support.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("JP", "economic_aid", 1500000000)]


def test_monaco_is_munich_and_outside_the_eu_gives_nothing() -> None:
    facts = _facts(
        "- Il primo ministro ceco Petr Fiala ha detto che l’iniziativa di Praga per l’acquisto "
        "di munizioni fuori dall’UE, presentata alla Conferenza sulla sicurezza di Monaco, ha "
        "ormai raccolto fondi sufficienti per 300.000 proiettili.\n")
    assert {f.fields.actor for f in facts if f.kind == "commitment"} == {"CZ"}


def test_places_named_among_many_hit_are_examples_of_a_regional_toll() -> None:
    for body in (
            "- In the Kherson region, Russian artillery and drones hit 35 settlements, among them "
            "Bilozerka and Chornobaivka, killing two people and injuring 14 over the past day, "
            "the regional military administration said.\n",
            "- Nella regione di Kharkiv le forze russe hanno colpito nelle ultime 24 ore 18 centri "
            "abitati, tra cui Kupiansk, Balakliia e Zolochiv, uccidendo due persone e ferendone "
            "nove, ha detto il governatore Oleh Syniehubov.\n"):
        facts = _facts(body)
        assert not [f for f in facts if f.kind in ("strike", "casualty")]
        figures = {f.fields.metric: f for f in facts if f.kind == "figure"}
        assert set(figures) == {"places_attacked", "killed", "injured"}
        assert all(f.fields.settlement is None and f.fields.region_code for f in
                   figures.values())


def test_weapons_fired_over_a_week_are_figures_not_a_barrage() -> None:
    facts = _facts(
        "- President Volodymyr Zelenskyy said Russia had fired more than 3,000 drones and 90 "
        "missiles at Ukraine this week. “Every delay in air defence is paid for in lives,” he "
        "said.\n")
    assert not [f for f in facts if f.kind == "air_defence"]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("weapons_fired", 3000), ("weapons_fired", 90)]
    # a night's barrage is still a claim, where air defence is told
    facts = _facts("- Russia launched 90 drones overnight, of which 68 were shot down, the "
                   "air force said.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(90, 68)]


def test_a_bare_count_after_the_downing_verb_is_the_part_destroyed() -> None:
    for body in ("- Russia launched 90 drones at Ukraine overnight, and Ukraine's air force said "
                 "it shot down 68.\n",
                 "- La Russia ha lanciato 90 droni contro l’Ucraina durante la notte e "
                 "l’aeronautica ha detto di averne abbattuti 68.\n"):
        assert [(f.fields.launched, f.fields.destroyed) for f in _facts(body)
                if f.kind == "air_defence"] == [(90, 68)]


def test_a_count_told_place_by_place_is_a_figure_per_place() -> None:
    for body in ("- According to Ukrenergo, about 180,000 consumers in the Dnipropetrovsk region, "
                 "more than 64,000 in the Odesa region and 22,000 in the Chernihiv region were "
                 "without power on Tuesday evening.\n",
                 "- Secondo Ukrenergo, martedì sera erano senza corrente circa 180.000 utenti "
                 "nella regione di Dnipropetrovsk, oltre 64.000 in quella di Odesa e 22.000 "
                 "nella regione di Chernihiv.\n"):
        assert [(f.fields.metric, f.fields.value, f.fields.unit, f.fields.region_code)
                for f in _facts(body) if f.kind == "figure"] == [
            ("power_outages", 180000, "consumers", "UA-12"),
            ("power_outages", 64000, "consumers", "UA-51"),
            ("power_outages", 22000, "consumers", "UA-74")]


def test_a_region_shelled_many_times_is_a_count_of_attacks_not_a_strike() -> None:
    facts = _facts("- Kursk governor Roman Starovoit said Ukrainian forces had fired on border "
                   "districts of the region 19 times on Sunday.\n")
    assert not [f for f in facts if f.kind == "strike"]
    assert [(f.fields.metric, f.fields.value, f.fields.region_code) for f in facts
            if f.kind == "figure"] == [("attacks", 19, "RU-KRS")]


def test_the_ones_met_or_stood_beside_do_not_speak() -> None:
    facts = _facts(
        "- Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Moscow had not yet "
        "received any new proposals. A meeting between Vladimir Putin and Donald Trump was not "
        "on the agenda for now, he said.\n")
    assert {f.fields.speaker for f in facts if f.kind == "statement"} == {"Dmitry Peskov"}
    facts = _facts(
        "- Speaking in Kyiv alongside Finnish President Alexander Stubb, Ukrainian President "
        "Volodymyr Zelenskyy said Moscow was dragging out the talks. He said Ukraine was ready "
        "for an exchange of all prisoners.\n")
    assert {f.fields.speaker for f in facts if f.kind == "statement"} == {
        "Volodymyr Zelenskyy"}


def test_the_day_told_between_the_speech_verb_and_what_is_said() -> None:
    facts = extract(parse_text(
        "Russia-Ukraine war: List of key events, day 1,478\nPublished On 12 Mar 2026\n\n"
        "- EU foreign policy chief Kaja Kallas said after a meeting of foreign ministers in "
        "Brussels on Monday that the next sanctions package should be adopted soon.\n"
        "- In an interview with AFP published on Tuesday, Polish Foreign Minister Radoslaw "
        "Sikorski said Poland would not send troops to Ukraine.\n"))
    assert [f.fields.date for f in facts if f.kind == "statement"] == [
        date(2026, 3, 9), date(2026, 3, 10)]


def test_drivers_by_vehicle_and_patients_are_trades_of_victims() -> None:
    facts = _facts(
        "- Un drone russo ha colpito un camion vicino a Nikopol, uccidendo un autista di camion "
        "di 45 anni.\n"
        "- Russian glide bombs hit the hospital in Krasnopillia, wounding two patients.\n")
    assert [(f.fields.role, f.fields.count, f.fields.age) for f in facts
            if f.kind == "casualty"] == [("truck driver", 1, 45), ("patient", 2, None)]


def test_interceptors_in_a_package_are_no_interception() -> None:
    facts = _facts(
        "- I Paesi Bassi forniranno all’Ucraina un pacchetto da 420 milioni di euro che comprende "
        "18 obici semoventi e 300 droni intercettori, ha dichiarato il ministro della Difesa "
        "olandese Ruben Brekelmans.\n")
    assert not [f for f in facts if f.kind == "air_defence"]
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Ruben Brekelmans"]
    facts = _facts("- The two S-300 missiles fired at Sloviansk could not be intercepted, the "
                   "air force said.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(2, 0)]


def test_an_outlet_named_with_its_country_is_the_medium_spoken_to() -> None:
    facts = _facts(
        "- In an interview with Japan’s Yomiuri Shimbun, Zelenskyy said Ukraine needed more "
        "air defence.\n"
        "- Zelenskyy told Germany’s ZDF television that Ukraine would not give up territory.\n")
    assert [(f.fields.medium, f.fields.via) for f in facts if f.kind == "statement"] == [
        ("Yomiuri Shimbun", None), ("ZDF", None)]


def test_bombs_dropped_on_the_whole_country_in_a_month_are_counted_not_a_strike() -> None:
    facts = _facts(
        "- Il presidente ucraino Volodymyr Zelenskyy ha detto che solo a marzo la Russia ha "
        "sganciato sull’Ucraina più di 3.000 bombe plananti.\n")
    assert not [f for f in facts if f.kind == "strike"]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("weapons_fired", 3000)]


def test_a_second_report_joined_by_and_keeps_its_own_scope() -> None:
    facts = _facts(
        "- Lo Stato maggiore ucraino ha riferito di 167 scontri al fronte nell’ultimo giorno e "
        "ha stimato le perdite russe dall’inizio dell’invasione a 1.398.000 soldati.\n"
        "- Across the region, Russian strikes killed four civilians and wounded 12 in 24 "
        "hours, he said.\n")
    assert [(f.fields.value, f.fields.period, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [(167, "last_24h", False), (1398000, None, True),
                                       (4, "last_24h", False), (12, "last_24h", False)]


def test_a_pledge_and_one_under_consideration_are_two_clauses() -> None:
    facts = _facts(
        "- Swedish Defence Minister Pal Jonson said Sweden would train about 2,000 Ukrainian "
        "soldiers on its own territory this year and was considering sending military "
        "instructors into Ukraine once a ceasefire is in place.\n")
    assert [(f.fields.certainty, f.fields.quantity, f.fields.condition, f.fields.recipient)
            for f in facts if f.kind == "commitment"] == [
        ("definite", 2000, None, "UA"), ("possible", None, "once a ceasefire is in place", "UA")]


def test_a_defence_aid_package_is_arms_like_a_military_aid_package() -> None:
    facts = _facts("- Finland would send its 31st defence aid package within days, President "
                   "Alexander Stubb said.\n")
    assert [f.fields.action for f in facts if f.kind == "commitment"] == ["weapons"]


def test_residents_who_remain_are_a_population_not_victims() -> None:
    for body in ("- In Avdiivka, where about 1,600 residents remain, two people were killed by "
                 "Russian glide bombs on Thursday, the city's military administration said.\n",
                 "- Ad Avdiivka, dove secondo le autorità locali restano circa 1.600 residenti, "
                 "due persone sono state uccise giovedì da bombe plananti russe.\n"):
        facts = _facts(body)
        assert [f.fields.count for f in facts if f.kind == "casualty"] == [2]
        assert [f.fields.killed for f in facts if f.kind == "strike"] == [2]


def test_refusals_told_as_nouns_one_after_another_or_beside_a_pledge() -> None:
    facts = _facts(
        "- “Not one soldier, not one euro for weapons,” Slovak Prime Minister Robert Fico wrote "
        "on Facebook.\n"
        "- No new US weapons package for Kyiv before the end of the year, two US officials told "
        "Reuters.\n"
        "- “Nessun soldato italiano in Ucraina”, ha ribadito su X il ministro della Difesa Guido "
        "Crosetto, aggiungendo che l’Italia è pronta a partecipare al monitoraggio di un cessate "
        "il fuoco.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [
        ("SK", "troops", True), ("SK", "funding", True), ("US", "weapons", True),
        ("IT", "ceasefire_monitoring", False), ("IT", "troops", True)]


def test_a_month_before_a_sum_is_no_date_and_a_sea_is_no_person() -> None:
    facts = _facts(
        "- L’Ucraina ha esportato a gennaio 5,6 milioni di tonnellate di merci attraverso il "
        "corridoio nel Mar Nero, ha detto il ministero delle Infrastrutture.\n")
    figures = [f for f in facts if f.kind == "figure"]
    assert [(f.fields.metric, f.fields.value) for f in figures] == [("exports", 5600000)]
    assert figures[0].fields.claimant != "Mar Nero"


def test_a_count_after_a_copula_and_its_parts_by_country() -> None:
    facts = _facts(
        "- Secondo l’UNHCR, i rifugiati ucraini registrati in Europa sono circa 5,9 milioni, di "
        "cui oltre 1,1 milioni in Germania e 956.000 in Polonia.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.country) for f in facts
            if f.kind == "figure"] == [("refugees", 5900000, None), ("refugees", 1100000, "DE"),
                                       ("refugees", 956000, "PL")]
    facts = _facts(  # English needs no article before what it counts
        "- According to the UNHCR, Ukrainian refugees recorded in Europe number about 5.9 "
        "million.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("refugees", 5900000)]


def test_an_earlier_toll_replaced_by_a_new_one_counts_no_one() -> None:
    facts = _facts(
        "- Russian cruise missiles hit an apartment block in Uman on Friday morning, killing at "
        "least 17 people and wounding 18, Interior Minister Ihor Klymenko said, raising the toll "
        "from the 10 dead announced after dawn.\n")
    assert [f.fields.killed for f in facts if f.kind == "strike"] == [17]
    assert [f.fields.count for f in facts if f.kind == "casualty"] == [17, 18]


def test_things_donated_are_weapons_not_money() -> None:
    """"Donated 22 howitzers" is a pledge of arms counted in howitzers, not funding: a paying
    verb is funding only when a sum follows it; "ha donato" is a pledge verb too."""
    facts = _facts(
        "- Norway has donated 22 M109 self-propelled howitzers to Ukraine, the Norwegian "
        "defence ministry said.\n"
        "- La Norvegia ha donato all’Ucraina 22 obici semoventi M109, ha annunciato il "
        "ministero della Difesa norvegese.\n"
        "- Denmark will donate 1.5 billion kroner to the fund, the minister said.")
    com = [(f.fields.actor, f.fields.action, f.fields.quantity, f.fields.unit)
           for f in facts if f.kind == "commitment"]
    assert com[:2] == [("NO", "weapons", 22, "m109 self-propelled howitzers"),
                       ("NO", "weapons", 22, "self-propelled howitzers")]
    assert ("DK", "funding", 1_500_000_000, "DKK") in com or \
        ("DK", "economic_aid", 1_500_000_000, "DKK") in com
    assert not [f for f in facts if f.kind == "figure" and f.fields.unit == "obici"]


def test_a_public_figure_speaks_for_the_body_served_that_day() -> None:
    """A speaker the text names without their body gets the one the people lexicon records
    for the bulletin's day: Grossi the IAEA; Rutte NATO only once he led it; a pope the Holy
    See, with his role and country (popes were no speakers at all: "Pope" was read as a title
    before a one-word name)."""
    def said(day: str, body: str):  # type: ignore[no-untyped-def]
        text = (f"Russia-Ukraine war: List of key events, day 1\nPublished On {day}\n"
                f"Fighting\n{body}\n")
        return [f.fields for f in extract(parse_text(text)) if f.kind == "statement"]

    [grossi] = said("12 Mar 2023", "- Rafael Grossi said the situation at the plant was fragile.")
    assert grossi.organization == "IAEA" and grossi.speaker == "Rafael Grossi"
    [rutte] = said("12 Mar 2023", "- Mark Rutte said the Netherlands would send more aid.")
    assert (rutte.role, rutte.country, rutte.organization) == ("prime minister", "NL", None)
    [rutte] = said("12 Mar 2025", "- Mark Rutte said the alliance would stand by Ukraine.")
    assert (rutte.role, rutte.country, rutte.organization) == ("secretary general", None, "NATO")
    [kallas] = said("12 Mar 2025", "- Kaja Kallas said the bloc would stand by Ukraine.")
    assert (kallas.role, kallas.organization) == ("high representative", "EU")
    [pope] = said("2 Apr 2022", "- Pope Francis, speaking in Valletta, said a “potentate” had "
                                "started the war.")
    assert (pope.speaker, pope.role, pope.country, pope.organization, pope.quote) == (
        "Pope Francis", "pope", "VA", "Holy See", "potentate")


def test_the_un_speaks_by_its_acronym_but_not_a_countrys_envoy_there() -> None:
    """"The UN said": the bare acronym is read in the original text, where its capitals tell
    it from the Italian article "un"; a country's UN ambassador speaks for the country."""
    facts = _facts(
        "- The UN said on Friday that aid convoys still could not reach the city.\n"
        "- Russia’s deputy UN ambassador Gennady Kuzmin told the assembly the vote was unfair.\n"
        "- Un portavoce ha detto che la situazione era grave.")
    said = [(f.fields.speaker, f.fields.organization) for f in facts if f.kind == "statement"]
    assert (None, "United Nations") in said
    assert ("Gennady Kuzmin", "United Nations") not in said
    assert all(org != "United Nations" for _, org in said[1:])


def test_a_second_pledge_after_and_with_its_own_modal_keeps_its_own_certainty() -> None:
    for body in ("- Defence Minister Sebastien Lecornu said France would give Ukraine €50m for "
                 "artillery, and could send up to 40 more SCALP cruise missiles if production "
                 "allowed.\n",
                 "- Il ministro della Difesa Sebastien Lecornu ha detto che la Francia darà "
                 "all'Ucraina 50 milioni di euro per l'artiglieria, e potrebbe inviare fino a 40 "
                 "missili SCALP se la produzione lo consentirà.\n"):
        rows = [(f.fields.certainty, f.fields.quantity, f.fields.condition is not None)
                for f in _facts(body) if f.kind == "commitment"]
        assert rows == [("definite", 50_000_000, False), ("possible", 40, True)], rows


def test_another_system_pledged_is_one_of_them() -> None:
    facts = _facts("- Germany will send Ukraine another Patriot air defence system and a further "
                   "IRIS-T battery, Chancellor Olaf Scholz said.\n"
                   "- Britain will send tanks to Ukraine, the defence ministry said.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (1, "patriot air defence systems"), (1, "iris-t batteries"), (None, None)]


def test_a_speaker_hosted_at_a_summit_speaks_past_the_aside() -> None:
    for body in ("- British Prime Minister Keir Starmer, a guest on Monday at an informal EU "
                 "defence summit in Brussels, said London was ready to contribute to security "
                 "guarantees for Ukraine.\n",
                 "- Il primo ministro britannico Keir Starmer, ospite lunedì a Bruxelles del "
                 "vertice informale dell’UE sulla difesa, ha detto che Londra è pronta a "
                 "contribuire alle garanzie di sicurezza per l’Ucraina.\n"):
        facts = _facts(body)
        assert [(f.fields.speaker, f.fields.organization) for f in facts
                if f.kind == "statement"] == [("Keir Starmer", None)]
        assert [f.fields.speaker for f in facts if f.kind == "commitment"] == ["Keir Starmer"]


def test_money_for_buying_munitions_is_one_pledge_and_haste_is_no_condition() -> None:
    facts = _facts(
        "- Norway's defence ministry said Oslo would contribute 2.5 billion kroner to the "
        "Czech-led initiative buying artillery shells for Ukraine.\n"
        "- Il ministro della Difesa norvegese ha detto che Oslo verserà 3 miliardi di corone "
        "per l’acquisto di munizioni d’artiglieria destinate a Kiev.\n"
        "- The Dutch government said it would give €250m to NATO's PURL scheme, which buys US "
        "weapons for Ukraine.\n"
        "- Foreign Minister Antonio Tajani said Rome would deliver one more SAMP/T air defence "
        "system “as soon as possible”.\n")
    assert [(f.fields.action, f.fields.quantity, f.fields.condition) for f in facts
            if f.kind == "commitment"] == [
        ("munitions_funding", 2_500_000_000, None), ("munitions_funding", 3_000_000_000, None),
        ("funding", 250_000_000, None), ("weapons", 1, None)]


def test_a_mandate_is_a_condition_and_its_body_gives_nothing() -> None:
    for body in ("- Spain would not send troops to Ukraine without a UN mandate, but would give "
                 "€50m to repair the power grid, Defence Minister Margarita Robles said.\n",
                 "- La ministra della Difesa spagnola Margarita Robles ha detto che la Spagna non "
                 "invierà truppe in Ucraina senza un mandato dell’ONU, ma fornirà 50 milioni di "
                 "euro per riparare la rete elettrica ucraina.\n"):
        rows = [(f.fields.actor, f.fields.action, f.fields.negated, f.fields.condition is None)
                for f in _facts(body) if f.kind == "commitment"]
        assert rows == [("ES", "troops", True, False), ("ES", "reconstruction", False, True)]


def test_a_clause_with_its_own_pledge_verb_has_its_own_hedge() -> None:
    facts = _facts("- US Secretary of State Marco Rubio said Washington was considering new "
                   "sanctions on Russian banks if the Kremlin kept stalling, but would not supply "
                   "Tomahawk cruise missiles to Kyiv.\n")
    assert [(f.fields.action, f.fields.certainty, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [("sanctions", "possible", False),
                                           ("weapons", "definite", True)]


def test_a_minister_named_after_the_words_speaks_for_the_country_they_open_with() -> None:
    facts = _facts(
        "- Canada is considering sending up to 200 military instructors to western Ukraine "
        "after a ceasefire, Defence Minister David McGuinty said in an interview with CBC.\n"
        "- Il Canada pagherà la sua quota del prestito del G7 entro la fine dell'anno, ha detto "
        "il ministro delle Finanze Chrystia Freeland.\n"
        "- The rebuilding will take years, a spokesman named Ivan Petrenko said.\n")
    assert [(f.fields.speaker, f.fields.country, f.fields.medium) for f in facts
            if f.kind == "statement"] == [("David McGuinty", "CA", "CBC"),
                                          ("Chrystia Freeland", "CA", None),
                                          ("Ivan Petrenko", None, None)]


def test_a_strike_later_that_day_is_dated_by_the_one_before() -> None:
    text = ("Russia-Ukraine war: List of key events, day 871\nPublished On 13 Jul 2024\n\n"
            "- Russian shelling killed two men in Toretsk on Friday, and a Russian drone attack "
            "on the village of Illinivka later that day killed a 63-year-old woman, Donetsk "
            "governor Vadym Filashkin wrote on Telegram.\n")
    facts = extract(parse_text(text))
    assert [f.fields.date for f in facts if f.kind in ("strike", "casualty")] == [
        date(2024, 7, 12)] * 4


def test_clashes_in_two_regions_and_people_who_fled_are_a_countrys() -> None:
    facts = _facts(
        "- Ukraine's General Staff said its troops had repelled eight Russian attacks in the "
        "Donetsk and Luhansk regions over the past day.\n"
        "- Ukraine's General Staff said its troops had repelled 12 Russian attacks over the past "
        "day.\n"
        "- The UN refugee agency said more than 2.6 million people had fled Ukraine since the "
        "invasion began.\n"
        "- Più di 3,2 milioni di persone sono fuggite dall’Ucraina dall’inizio dell’invasione, "
        "secondo l’agenzia delle Nazioni Unite per i rifugiati.\n")
    assert [(f.fields.value, f.fields.country, f.fields.region_code) for f in facts
            if f.kind == "figure"] == [(8, "UA", None), (12, None, None), (2_600_000, "UA", None),
                                       (3_200_000, "UA", None)]


def test_attacks_commented_on_or_to_come_are_no_strikes() -> None:
    facts = _facts(
        "- Ukrainian President Volodymyr Zelenskyy wrote on X that the strike was Moscow’s "
        "“answer” to everyone who had called for a ceasefire.\n"
        "- Durante una visita a un ospedale militare di Mosca, il presidente russo Vladimir Putin "
        "ha detto che la Russia “intensificherà” i suoi attacchi contro obiettivi militari in "
        "Ucraina, negando che le forze russe colpiscano i civili.\n"
        "- Britain will send about 200 air defence missiles, Defence Minister Grant Shapps said, "
        "adding that Tuesday's missile attack showed Putin wanted to “annihilate” Ukraine.\n")
    assert [f.kind for f in facts if f.kind in ("strike", "casualty")] == []
    assert [f.fields.speaker for f in facts if f.kind == "statement"][:2] == [
        "Volodymyr Zelenskyy", "Vladimir Putin"]


def test_generators_given_are_economic_aid_and_those_paid_for_are_not() -> None:
    facts = _facts(
        "- Austrian Chancellor Karl Nehammer said his neutral country would not send weapons to "
        "Ukraine but would donate 200 generators to keep hospitals running.\n"
        "- La Germania invierà all'Ucraina 50 generatori, ha detto Scholz.\n"
        "- The Netherlands would give Ukraine 120 million euros for air defence and generators, "
        "Defence Minister Kajsa Ollongren said.\n"
        "- Sweden announced a military aid package worth 3 billion kronor, including RBS 70 "
        "air-defence systems.\n")
    assert [(f.fields.action, f.fields.negated, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [
        ("weapons", True, None, None), ("economic_aid", False, 200, "generators"),
        ("economic_aid", False, 50, "generators"), ("funding", False, 120_000_000, "EUR"),
        ("weapons", False, 3_000_000_000, "SEK")]


def test_one_more_system_in_italian_and_a_system_bought_without_money() -> None:
    facts = _facts(
        "- Gli Stati Uniti invieranno a Kiev un’altra batteria di difesa aerea Patriot, ha detto "
        "Biden.\n"
        "- La Germania fornirà all'Ucraina un ulteriore sistema IRIS-T, ha detto Scholz.\n"
        "- Il Canada ha annunciato l’acquisto di un sistema di difesa aerea NASAMS per Kiev.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("US", "weapons", 1), ("DE", "weapons", 1),
                                           ("CA", "weapons", None)]


def test_a_second_medium_in_italian_is_a_second_statement() -> None:
    facts = _facts(
        "- Il presidente ucraino Volodymyr Zelenskyy ha scritto su X che Mosca “non ha cambiato "
        "i suoi obiettivi”. In un’intervista all’Economist, Zelensky aveva detto che l’Ucraina "
        "produrrà “un milione di droni” quest’anno.\n")
    assert [f.fields.medium for f in facts if f.kind == "statement"] == ["X", "The Economist"]


def test_a_condition_ends_at_its_clause_and_refugees_keep_the_country_they_fled() -> None:
    facts = _facts(
        "- Italy is ready to send minesweepers to a Black Sea mission once a ceasefire is in "
        "place but will not deploy soldiers in Ukraine, Defence Minister Guido Crosetto said.\n"
        "- Secondo l’agenzia delle Nazioni Unite per i rifugiati, circa 5,7 milioni di persone "
        "fuggite dall’Ucraina vivono ancora all’estero, di cui circa 1,2 milioni in Germania.\n")
    assert [(f.fields.action, f.fields.negated, f.fields.condition) for f in facts
            if f.kind == "commitment"] == [
        ("naval_support", False, "once a ceasefire is in place"), ("troops", True, None)]
    assert [(f.fields.value, f.fields.country) for f in facts if f.kind == "figure"] == [
        (5_700_000, "UA"), (1_200_000, "DE")]


def test_the_coalition_of_the_willing_is_no_hedge_and_a_subjects_could_is() -> None:
    facts = _facts(
        "- The coalition of the willing would deploy up to 25,000 troops to Ukraine after a "
        "ceasefire is signed, French President Emmanuel Macron said.\n"
        "- Healey said British troops would not be on the ground in Ukraine until a peace deal "
        "was signed, but that the Royal Air Force could start patrolling Ukrainian skies as "
        "soon as the fighting stops.\n")
    assert [(f.fields.action, f.fields.certainty, f.fields.recipient) for f in facts
            if f.kind == "commitment"] == [("troops", "definite", "UA"),
                                           ("air_support", "possible", "UA")]


def test_italian_arms_take_the_model_and_kind_that_follow_them_into_their_unit() -> None:
    facts = _facts(
        "- La Germania consegnerà all’Ucraina sei sistemi di difesa aerea IRIS-T e 30 carri "
        "armati Leopard 1, ha detto il ministro della Difesa tedesco Boris Pistorius.\n"
        "- Il Pentagono ha annunciato un pacchetto che comprende 59 veicoli da combattimento "
        "Bradley, mentre la Norvegia ha donato all’Ucraina 22 obici semoventi M109.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (6, "iris-t air defence systems"), (30, "leopard 1 tanks"),
        (59, "bradley fighting vehicles"), (22, "self-propelled howitzers")]


def test_one_more_system_beside_counted_arms_is_a_row_of_its_own() -> None:
    facts = _facts(
        "- Berlin would deliver another Patriot air defence system and about 1,000 more "
        "artillery shells before winter, German Defence Minister Boris Pistorius said.\n"
        "- Pistorius also announced a €400m package for Ukraine that includes another IRIS-T "
        "air defence system and 20 Marder infantry fighting vehicles.\n")
    assert sorted((f.fields.quantity, f.fields.unit) for f in facts
                  if f.kind == "commitment") == [
        (1, "iris-t air defence systems"), (1, "patriot air defence systems"),
        (20, "marder infantry fighting vehicles"), (1000, "artillery shells"),
        (400_000_000, "EUR")]


def test_counted_arms_the_units_table_does_not_name_keep_their_noun_phrase() -> None:
    facts = _facts("- The Pentagon said it would send Ukraine 14 armoured Humvees.\n"
                   "- Washington will also send 10 Humvees to Ukraine, officials said.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (14, "armoured humvees"), (10, "humvees")]


def test_a_toll_over_a_list_of_towns_is_the_regions_and_a_siege_is_a_span_of_time() -> None:
    facts = _facts(
        "- Russian forces shelled 13 towns and villages in the Donetsk region on Thursday, "
        "killing five civilians in Bakhmut, Avdiivka and Lyman and wounding nine others, "
        "governor Pavlo Kyrylenko wrote on Telegram.\n"
        "- Mariupol mayor Vadym Boichenko said at least 21,000 civilians had been killed in the "
        "city during the siege.\n")
    assert not [f for f in facts if f.kind in ("strike", "casualty")]
    assert [(f.fields.metric, f.fields.value, f.fields.region_code, f.fields.settlement,
             f.fields.cumulative) for f in facts if f.kind == "figure"
            and f.fields.metric in ("killed", "injured")] == [
        ("killed", 5, "UA-14", None, False), ("injured", 9, "UA-14", None, False),
        ("killed", 21_000, "UA-14", "Mariupol", True)]


def test_clergy_are_victims_with_a_role_and_arms_that_arrived_were_given() -> None:
    facts = _facts(
        "- Colpi d’artiglieria russi hanno centrato sabato il monastero di Sviatohirsk, "
        "uccidendo due monaci e una suora, ha detto il governatore Pavlo Kyrylenko.\n"
        "- Germany’s government said on Friday that 10 Leopard 1A5 tanks had reached Ukraine.\n"
        "- Il governo tedesco ha detto che altri sette semoventi antiaerei Gepard sono arrivati "
        "in Ucraina.\n")
    assert [(f.fields.count, f.fields.role, f.fields.sex) for f in facts
            if f.kind == "casualty"] == [(2, "monk", "male"), (1, "nun", "female")]
    assert [(f.fields.actor, f.fields.quantity, f.fields.unit) for f in facts
            if f.kind == "commitment"] == [("DE", 10, "leopard 1a5 tanks"),
                                           ("DE", 7, "self-propelled anti-aircraft guns")]


def test_a_source_characterising_a_strike_in_quotes_makes_a_statement() -> None:
    facts = _facts(
        "- Russian shelling killed 12 people in Sievierodonetsk on Thursday, Luhansk regional "
        "governor Serhiy Haidai said on Telegram, describing the bombardment as “senseless "
        "brutality”.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Serhiy Haidai", "senseless brutality")]
    assert [f.fields.killed for f in facts if f.kind == "strike"] == [12]


def test_what_a_victim_was_doing_keeps_the_place_and_helicopters_strike_from_the_air() -> None:
    facts = _facts(
        "- Un uomo di 63 anni è stato ucciso venerdì dall’esplosione di una mina mentre "
        "raccoglieva legna in un bosco vicino a Balakliia, nella regione di Kharkiv, ha detto "
        "il governatore Oleh Syniehubov.\n"
        "- A 58-year-old man was killed by a mine while collecting firewood near Balakliia, in "
        "the Kharkiv region, the governor said.\n"
        "- Bryansk governor Alexander Bogomaz said two Ukrainian helicopters had fired on homes "
        "in the village of Klimovo on Thursday morning, wounding seven people.\n")
    assert [(f.fields.weapon, f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "strike"] == [("mine", "Balakliia", "UA-63"),
                                       ("mine", "Balakliia", "UA-63"),
                                       ("airstrike", "Klimovo", "RU-BRY")]


def test_a_spelled_million_is_a_number_and_decades_are_no_figure() -> None:
    facts = _facts(
        "- Secondo Eurostat, 4,3 milioni di ucraini vivono nell’UE, di cui circa 1,2 milioni in "
        "Germania e quasi un milione in Polonia.\n"
        "- Annual inflation in Russia reached 17.5 percent, the highest level in two decades, "
        "Russia’s economy ministry said.\n")
    assert [(f.fields.value, f.fields.country) for f in facts if f.kind == "figure"] == [
        (4_300_000, None), (1_200_000, "DE"), (1_000_000, "PL"), (17.5, "RU")]


def test_tactical_vehicles_in_a_package_are_arms_of_their_own() -> None:
    facts = _facts("- The Pentagon announced a new $100m security assistance package that "
                   "includes 18 howitzers, 18 tactical vehicles to tow them and 36,000 artillery "
                   "rounds.\n")
    assert [(f.fields.quantity, f.fields.unit) for f in facts if f.kind == "commitment"] == [
        (100_000_000, "USD"), (18, "howitzers"), (18, "tactical vehicles"),
        (36_000, "artillery rounds")]
    assert not [f for f in facts if f.kind == "figure"]


def test_a_toll_risen_to_told_before_its_noun_and_one_since_a_liberation() -> None:
    facts = _facts(
        "- Sono salite a tre le vittime dell’attacco missilistico russo di sabato contro "
        "Kropyvnytskyi, ha detto il governatore.\n"
        "- Russian artillery hit a market in central Kherson on Thursday, killing two people, "
        "governor Yaroslav Yanushevych said. Since Ukrainian troops liberated the city on "
        "November 11, Russian fire has killed at least 46 of its residents, he added.\n")
    assert [(f.fields.outcome, f.fields.count, f.fields.settlement) for f in facts
            if f.kind == "casualty"] == [("killed", 3, "Kropyvnytskyi"),
                                         ("killed", 2, "Kherson")]
    assert [(f.fields.value, f.fields.cumulative) for f in facts if f.kind == "figure"] == [
        (46, True)]


def test_one_more_victim_told_by_its_rank_and_a_shelled_city_described() -> None:
    facts = _facts(
        "- Two civilians were killed and a third was wounded when Russian aircraft dropped "
        "guided bombs on Orikhiv, in the Zaporizhzhia region, on Friday, the governor said.\n"
        "- Due civili sono stati uccisi e un terzo è rimasto ferito a Orikhiv, ha detto il "
        "governatore.\n"
        "- The city administration said 870 residents had left the shelled city of Kherson on "
        "evacuation trains this week.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 2), ("injured", 1)] * 2
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Orikhiv"] * 2


def test_a_prewar_count_beside_the_present_one_and_a_count_of_its_own_people() -> None:
    facts = _facts(
        "- Haidai said about 13,000 people were still living in Sievierodonetsk, down from "
        "roughly 100,000 before the invasion.\n"
        "- Secondo l’amministrazione militare della città di Kherson, in città sono rimasti "
        "circa 80.000 abitanti sui 280.000 di prima della guerra.\n"
        "- Energoatom said Russian troops had detained two more of its employees.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [
        ("population", 13_000, "people"), ("population", 100_000, "people"),
        ("population", 80_000, "residents"), ("population", 280_000, "residents"),
        ("detained", 2, "employees")]


def test_arms_on_their_way_are_given() -> None:
    facts = _facts(
        "- Spanish Defence Minister Margarita Robles said a shipment of generators for "
        "hospitals was on its way.\n"
        "- Il portavoce John Kirby ha detto che i quattro lanciarazzi HIMARS arriveranno in "
        "Ucraina nelle prossime settimane.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.quantity) for f in facts
            if f.kind == "commitment"] == [("ES", "economic_aid", None), ("US", "weapons", 4)]


def test_the_injured_of_a_running_toll_are_the_same_people_as_its_dead() -> None:
    facts = _facts("- The UN human rights office says at least 1,417 civilians have been killed "
                   "and 2,038 injured in Ukraine since the invasion began on February 24.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit, f.fields.cumulative)
            for f in facts if f.kind == "figure"] == [
        ("killed", 1417, "civilians", True), ("injured", 2038, "civilians", True)]


def test_debris_or_a_hit_told_after_an_interception_is_a_strike_beside_it() -> None:
    facts = _facts(
        "- Air defences shot down a Russian drone over Kyiv's Obolonskyi district overnight, "
        "but debris fell on the roof of a kindergarten, starting a small fire, city military "
        "administration head Tymur Tkachenko said.\n")
    assert [(f.fields.target, f.fields.district, f.fields.damage) for f in facts
            if f.kind == "strike"] == [("kindergarten", "Obolonskyi", "small fire")]
    assert [f.fields.destroyed for f in facts if f.kind == "air_defence"] == [1]


def test_a_korean_given_name_keeps_its_second_syllable_and_a_compound_is_no_name() -> None:
    facts = _facts("- South Korean Defence Minister Lee Jong-sup said Seoul would not supply "
                   "lethal weapons to Ukraine.\n")
    assert {f.fields.speaker for f in facts} == {"Lee Jong-sup"}
    from annotator.extract.actors import NAME_RE

    assert NAME_RE.findall("the Kyiv-based Olena Ivanova and Yoon Suk-yeol") == [
        "Olena Ivanova", "Yoon Suk-yeol"]


def test_a_source_that_characterises_an_attack_with_a_verb_of_its_own_makes_a_statement() -> None:
    facts = _facts("- Kharkiv governor Oleh Syniehubov said Russian rockets had killed two people "
                   "in the city on Saturday, and called the attack “pure terror against "
                   "civilians”.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Oleh Syniehubov", "pure terror against civilians")]
    facts = _facts("- Razzi russi hanno ucciso due persone a Kharkiv sabato, ha detto il "
                   "governatore Oleh Syniehubov, che ha definito l’attacco “terrorismo puro "
                   "contro i civili”.\n")
    assert [(f.fields.speaker, f.fields.quote) for f in facts if f.kind == "statement"] == [
        ("Oleh Syniehubov", "terrorismo puro contro i civili")]


def test_two_sums_pledged_for_ukraine_are_two_pledges() -> None:
    facts = _facts("- US Secretary of State Antony Blinken announced $175m in military aid for "
                   "Ukraine and $206m in economic aid.\n")
    assert sorted((f.fields.action, f.fields.quantity) for f in facts
                  if f.kind == "commitment") == [("economic_aid", 206_000_000),
                                                 ("funding", 175_000_000)]


def test_a_target_word_inside_a_compound_is_no_target() -> None:
    facts = _facts("- Russia’s defence ministry said Kalibr cruise missiles had destroyed a "
                   "warehouse near Odesa holding Harpoon anti-ship missiles.\n")
    assert [f.fields.target for f in facts if f.kind == "strike"] == [None]


def test_damage_tallied_across_the_region_is_a_figure_not_more_of_the_strike_before() -> None:
    facts = _facts("- A Ukrainian drone hit a minibus near Shebekino on Thursday, killing the "
                   "driver, Governor Vyacheslav Gladkov said. Ukrainian attacks damaged 23 homes "
                   "across the region over the past day, he later wrote on Telegram.\n")
    [strike] = [f for f in facts if f.kind == "strike"]
    assert strike.fields.damage is None and strike.fields.period is None
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("infrastructure_damaged", 23, "homes")]


def test_an_italian_shell_is_artillery_and_names_its_side() -> None:
    facts = _facts("- Domenica un proiettile russo ha danneggiato un gasdotto a Kupiansk, ha "
                   "detto il governatore Oleh Syniehubov.\n")
    assert [(f.fields.perpetrator, f.fields.weapon, f.fields.settlement) for f in facts
            if f.kind == "strike"] == [("RU", "artillery", "Kupiansk")]


def test_an_offer_to_host_a_round_of_talks_between_named_sides_is_a_pledge() -> None:
    facts = _facts("- Turkish President Recep Tayyip Erdogan told reporters that Ankara stood "
                   "ready to host a new round of Russian-Ukrainian talks in Istanbul.\n")
    assert [(f.fields.actor, f.fields.action, f.fields.certainty) for f in facts
            if f.kind == "commitment"] == [("TR", "other", "possible")]


def test_listed_arms_after_a_hedged_verb_of_their_own_are_possible() -> None:
    facts = _facts("- Lithuanian Defence Minister Arvydas Anusauskas said Vilnius would send "
                   "Ukraine 36 more M113 armoured personnel carriers and could hand over two "
                   "NASAMS launchers.\n")
    rows = {(f.fields.quantity, f.fields.certainty) for f in facts if f.kind == "commitment"}
    assert (2, "possible") in rows and (36, "definite") in rows and (2, "definite") not in rows


def test_the_scene_of_an_attack_may_name_its_people_in_four_words() -> None:
    facts = _facts("- Un drone russo ha colpito un camion dei pompieri a Novhorod-Siverskyi "
                   "mentre i vigili del fuoco spegnevano l’incendio, ferendo tre soccorritori, "
                   "secondo il Servizio di emergenza statale.\n")
    assert [(f.fields.outcome, f.fields.count, f.fields.role) for f in facts
            if f.kind == "casualty"] == [("injured", 3, "rescuer")]


def test_a_months_toll_is_a_figure_not_a_strike() -> None:
    facts = _facts("- The UN human rights monitoring mission in Ukraine said at least 187 "
                   "civilians were killed and 904 were injured in February, most of them by "
                   "missiles and drones.\n"
                   "- L’Onu ha detto che il mese scorso almeno 120 civili sono stati uccisi in "
                   "Ucraina.\n")
    assert not [f for f in facts if f.kind in ("strike", "casualty")]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 187), ("injured", 904), ("killed", 120)]


def test_the_victims_side_is_not_the_attackers() -> None:
    facts = _facts("- Russia’s defence ministry said Iskander missiles had destroyed a shipment of "
                   "Western-supplied weapons at the railway station in Druzhkivka, killing up to "
                   "50 Ukrainian soldiers.\n"
                   "- Two people were killed by Russian shelling in Kherson on Monday.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["RU", "RU"]


def test_a_truce_ordered_is_pledged_and_a_rejected_claim_is_a_statement() -> None:
    facts = _facts("- Russian President Vladimir Putin ordered a 36-hour ceasefire along the front "
                   "line for Orthodox Christmas, the Kremlin said.\n"
                   "- Wagner chief Yevgeny Prigozhin claimed that his men held Bakhmutske. "
                   "Ukraine’s General Staff rejected the claim, saying its troops had repelled 17 "
                   "assaults near the village over the past day.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("RU", "other")]
    assert "General Staff of the Armed Forces of Ukraine" in {
        f.fields.organization for f in facts if f.kind == "statement"}


def test_a_launcher_destroyed_is_no_interception_and_a_long_object_set_on_fire_is_hit() -> None:
    facts = _facts("- Il ministero della Difesa russo ha detto che due lanciarazzi HIMARS sono "
                   "stati eliminati nella regione di Kharkiv.\n"
                   "- Ukrainian drones set a processing unit of the Kirishi oil refinery in "
                   "Russia’s Leningrad region on fire on Sunday morning, governor Alexander "
                   "Drozdenko said.\n")
    assert not [f for f in facts if f.kind == "air_defence"]
    assert [(f.fields.perpetrator, f.fields.settlement) for f in facts
            if f.kind == "strike"] == [("UA", "Kirishi")]


def test_drones_destroyed_over_a_region_did_no_damage_there() -> None:
    facts = _facts("- Ukraine’s air force said Russia had attacked overnight with 12 Shahed "
                   "drones, all of which were destroyed over the Kyiv and Zhytomyr regions.\n")
    assert [f.kind for f in facts] == ["air_defence"]


def test_unnamed_officials_with_an_aside_and_a_deal_not_extended() -> None:
    facts = _facts("- Two US officials, speaking on condition of anonymity, told Reuters that "
                   "Washington was preparing a new package.\n"
                   "- Foreign ministry spokeswoman Maria Zakharova said Russia would not agree to "
                   "extend the grain deal beyond May 18.\n")
    assert next((f.fields.role, f.fields.medium) for f in facts if f.kind == "statement") == (
        "official", "Reuters")
    assert [(f.fields.actor, f.fields.action, f.fields.negated) for f in facts
            if f.kind == "commitment"] == [("RU", "other", True)]


def test_missiles_fired_since_the_invasion_are_a_figure_and_a_set_on_fire_with_commas() -> None:
    facts = _facts("- President Volodymyr Zelenskyy said Russia had fired more than 3,000 cruise "
                   "missiles at Ukraine since February 24.\n"
                   "- Ukrainian drones set an oil depot in Lyudinovo, in Russia’s Kaluga region, "
                   "on fire overnight, governor Vladislav Shapsha said.\n")
    assert not [f for f in facts if f.kind == "air_defence"]
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [("weapons_fired", 3000, True)]
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Lyudinovo"]


def test_strikes_a_side_would_halt_are_a_pledge_not_a_strike() -> None:
    facts = _facts("- President Volodymyr Zelenskyy said Kyiv would halt its long-range drone "
                   "strikes on Russian refineries for 30 days if Moscow stopped hitting Ukraine’s "
                   "power plants.\n")
    assert not [f for f in facts if f.kind == "strike"]
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("UA", "other")]


def test_people_affected_by_outages_were_not_hit() -> None:
    facts = _facts("- Nel suo discorso serale Volodymyr Zelenskyy ha detto che circa 4 milioni di "
                   "ucraini sono colpiti dalle interruzioni di corrente a Kiev e in altre 10 "
                   "regioni.\n")
    assert not [f for f in facts if f.kind == "strike"]


def test_civilian_buildings_are_no_victims_and_a_toll_over_two_regions_is_figures() -> None:
    facts = _facts("- Russian artillery hit 38 villages in the Kharkiv and Sumy regions, killing "
                   "two civilians, wounding four more and damaging 71 civilian buildings, the "
                   "army said.\n")
    assert not [f for f in facts if f.kind in ("casualty", "strike")]
    assert sorted((f.fields.metric, f.fields.value) for f in facts if f.kind == "figure") == [
        ("infrastructure_damaged", 71), ("injured", 4), ("killed", 2), ("places_attacked", 38)]
    assert all(f.fields.settlement is None and f.fields.region is None for f in facts)


def test_the_attacker_after_the_victims_and_as_the_subject_of_an_attack_verb() -> None:
    facts = _facts("- Three people were killed and nine others hurt after Ukraine shelled the "
                   "village of Tetkino in Russia’s Kursk region, the governor said.\n"
                   "- Russia also attacked the Poltava region overnight, injuring five people.\n"
                   "- Ukraine has used long-range missiles to hit an airfield in the Russian "
                   "region of Bryansk, Russia’s defence ministry said.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["UA", "RU", "UA"]


def test_a_leader_who_denounces_compares_or_expresses_concern_makes_a_statement() -> None:
    facts = _facts("- President Emmanuel Macron denounced the “barbaric” strike on the market.\n"
                   "- IAEA chief Rafael Grossi expressed concern over the safety of the plant.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Emmanuel Macron", "Rafael Grossi"]


def test_interceptions_in_the_shapes_real_bulletins_use() -> None:
    facts = _facts("- The air force said Russia had launched 31 Shahed drones and 27 were shot "
                   "down.\n"
                   "- The military said it had downed 88 drones out of 140 launched overnight.\n"
                   "- Russia fired 64 missiles, including four Kinzhal hypersonic missiles, the "
                   "air force said.\n"
                   "- The mayor said nine drones flying towards the capital had been intercepted "
                   "in a 24-hour period.\n")
    assert [(f.fields.launched, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [(31, 27), (140, 88), (64, None), (None, 9)]
    assert [f.fields.period for f in facts if f.kind == "air_defence"][-1] == "last_24h"
    assert not [f for f in facts if f.kind == "figure"]


def test_where_a_place_lies_the_weather_and_a_span_of_hours_count_nothing() -> None:
    facts = _facts("- A Russian missile hit Lviv, 70km (43 miles) from the border with Poland, "
                   "killing two people.\n"
                   "- Temperatures fell to minus 18 degrees Celsius as 500 buildings had no "
                   "heating.\n"
                   "- The general staff said 1,180 Russian soldiers were killed over 24 hours.\n"
                   "- Russian troops are less than 10km from the town, the governor said.\n")
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (500, "buildings"), (1180, "soldiers"), (10, "km")]
    assert [f.fields.count for f in facts if f.kind == "casualty"] == [2]


def test_the_ministry_again_is_the_body_that_spoke_not_one_it_quoted() -> None:
    facts = _facts("- Russia’s defence ministry said it had hit “facilities used by the Ukrainian "
                   "Armed Forces”.\n"
                   "- The ministry also said Russian forces shot down 41 Ukrainian drones.\n")
    [claim] = [f for f in facts if f.kind == "air_defence"]
    assert (claim.fields.claimant, claim.fields.claimant_side, claim.fields.attacker) == (
        "Russian Ministry of Defence", "RU", "UA")


def test_capitalised_everyday_words_and_the_rest_of_a_bodys_name_are_no_speaker() -> None:
    facts = _facts("- Olga Petrova, a founder of the Nash Dom (Our Home) movement of soldiers’ "
                   "wives, told AFP that the men had not been rotated for a year.\n"
                   "- “This is a war crime,” the International Criminal Court’s deputy "
                   "prosecutor said in Kharkiv.\n"
                   "- Oleh Petrenko, the head of the Centre for Countering Disinformation, "
                   "denied that Russian troops had entered Kupiansk, calling it “fiction”.\n"
                   "- Defence Minister Bill Blair said Canada would send 50 armoured vehicles.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts if f.kind == "statement"] \
        == [("Olga Petrova", None), (None, "International Criminal Court"),
            ("Oleh Petrenko", None), ("Bill Blair", None)]


def test_the_river_dnipro_is_no_place_of_its_own() -> None:
    facts = _facts("- Russian-installed officials in the Kherson region said they had moved about "
                   "40,000 people to the east bank of the Dnipro River.\n")
    assert [(f.fields.value, f.fields.region) for f in facts if f.kind == "figure"] == [
        (40000, "Kherson")]


def test_a_first_of_the_year_and_the_largest_since_the_invasion_are_one_attack() -> None:
    facts = _facts("- Russian forces launched an air attack on Kyiv on Tuesday, killing one "
                   "civilian in the first reported death in the city this year, the military "
                   "said.\n"
                   "- Moscow unleashed a wave of drones on Odesa in what officials called the "
                   "largest drone attack on the city since the start of the invasion.\n")
    assert [(f.fields.settlement, f.fields.perpetrator, f.fields.killed) for f in facts
            if f.kind == "strike"] == [("Kyiv", "RU", 1), ("Odesa", "RU", None)]


def test_whose_targets_and_whose_capital_name_no_attacker_and_no_place() -> None:
    facts = _facts("- Russia’s defence ministry said its missiles struck six Ukrainian military "
                   "targets overnight.\n"
                   "- Kyiv’s air force said Russian missiles caused damage in the city of "
                   "Kryvyi Rih.\n"
                   "- Russian attacks killed two people in the city of Zaporizhzhia and four in "
                   "the Donetsk region, officials said.\n"
                   "- Russian missiles hit the Ukrainian regions of Kyiv, Poltava and Sumy.\n")
    assert [(f.fields.perpetrator, f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "strike"] == [("RU", None, None), ("RU", "Kryvyi Rih", "UA-12"),
                                       ("RU", "Zaporizhzhia", "UA-23"), ("RU", None, "UA-32")]


def test_whose_office_or_aide_speaks_and_the_one_spoken_to_do_not() -> None:
    facts = _facts("- The fighting near Kupiansk remains difficult, President Volodymyr "
                   "Zelenskyy’s office said.\n"
                   "- Zelenskyy’s chief of staff Andriy Yermak told a US think tank that the "
                   "front was “holding”. “We are not retreating,” he said.\n"
                   "- Prime Minister Denys Shmyhal spoke to German Chancellor Olaf Scholz and "
                   "wrote on X that energy aid was “the top priority”.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts if f.kind == "statement"] \
        == [(None, "Ukrainian presidential office"), ("Andriy Yermak", None),
            ("Denys Shmyhal", None)]


def test_war_long_tolls_are_cumulative_figures() -> None:
    facts = _facts("- Russia has suffered about 60,000 casualties since its invasion of Ukraine "
                   "began, a Pentagon official said.\n"
                   "- The prosecutor’s office said 470 children have died as a result of "
                   "Russia’s full-scale invasion.\n"
                   "- The general staff said the number of Russian soldiers killed or wounded "
                   "since the start of the war has risen to about 700,000.\n")
    assert [(f.fields.value, f.fields.cumulative) for f in facts if f.kind == "figure"] == [
        (60000, True), (470, True), (700000, True)]
    assert not [f for f in facts if f.kind in ("strike", "casualty")]


def test_no_pledge_in_a_significant_site_a_desertion_or_chemical_arms_and_no_strike_in_sirens(
) -> None:
    facts = _facts("- A Ukrainian official reported an attack on a significant munitions "
                   "depot in Russia’s Bryansk region.\n"
                   "- Dozens of Ukrainian soldiers deserted while training in Poland, an army "
                   "official told AFP.\n"
                   "- Canada announced sanctions targeting Russia’s chemical weapons programme.\n"
                   "- Air raid sirens sounded for hours in Kyiv overnight.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("CA", "sanctions")]
    assert not [f for f in facts if f.kind == "strike" and f.fields.settlement == "Kyiv"]


def test_a_quotation_of_several_sentences_is_not_cut_and_keeps_its_closing_mark() -> None:
    from annotator.extract.text import sentences
    text = ("“We will not give up. Never,” he said, adding that there would be a “firm "
            "answer.” Russia denied it. Uno “sciopero russo ha colpito Sumy. Poi la città.")
    cuts = [text[s.start:s.end] for s in sentences(text, 0, len(text), 0)]
    assert cuts == ["“We will not give up. Never,” he said, adding that there would be a “firm "
                    "answer.”", "Russia denied it.", "Uno “sciopero russo ha colpito Sumy.",
                    "Poi la città."]
    facts = _facts("- Foreign Minister Dmytro Kuleba said: “We will not give up. Never.” He "
                   "met his Polish counterpart.\n")
    assert [f.fields.quote for f in facts if f.kind == "statement"] == [
        "We will not give up. Never."]


def test_one_counted_by_its_verb_another_and_individuals_are_victims() -> None:
    facts = _facts("- Shelling struck the Kherson region, killing one and injuring three, the "
                   "governor said.\n"
                   "- A civilian was killed and another injured in Russian shelling of "
                   "Nikopol.\n"
                   "- No fewer than two individuals were killed in a Russian strike on Sumy.\n")
    assert [(f.fields.killed, f.fields.injured) for f in facts if f.kind == "strike"] == [
        (1, 3), (1, 1), (2, None)]


def test_assaults_fought_off_are_no_strike_and_a_country_that_condemns_speaks() -> None:
    facts = _facts("- The Russian military repelled three attacks by Ukrainian units trying to "
                   "break through near Kupiansk.\n"
                   "- Russian forces launched several failed attacks on the town of Chasiv "
                   "Yar, an analyst said.\n"
                   "- Iran condemned the new sanctions.\n")
    assert not [f for f in facts if f.kind == "strike"]
    assert [(f.fields.organization, f.fields.country) for f in facts
            if f.kind == "statement" and f.fields.country == "IR"] == [("Iranian government",
                                                                        "IR")]


def test_victims_of_a_separate_attack_after_while_are_a_strike_of_their_own() -> None:
    facts = _facts("- Officials in Ukraine’s Chernihiv region said Russian drones damaged a "
                   "school there, while a 52-year-old woman was killed and two others were "
                   "injured in a separate attack on a farm.\n")
    assert [(f.fields.region_code, f.fields.killed, f.fields.injured) for f in facts
            if f.kind == "strike"] == [("UA-74", None, None), ("UA-74", 1, 2)]


def test_sides_of_an_interception_told_by_place_and_by_whom_and_a_speaker_on_the_phone() -> None:
    facts = _facts("- Russian air defence systems shot down 45 Ukrainian drones over Russian "
                   "regions overnight, the ministry said.\n"
                   "- Four drones were shot down over the city of Feodosia in Crimea, the "
                   "Moscow-installed governor said.\n"
                   "- Zelenskyy spoke on the phone with German Chancellor Olaf Scholz and said "
                   "air defence was the priority.\n")
    assert [(f.fields.claimant_side, f.fields.attacker) for f in facts
            if f.kind == "air_defence"] == [("RU", "UA"), ("RU", "UA")]
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == ["Volodymyr Zelenskyy"]


def test_an_unnamed_aide_speaks_for_the_country_of_the_one_served() -> None:
    facts = _facts("- Ukraine needs more air defence before winter, a senior aide to President "
                   "Volodymyr Zelenskyy said.\n")
    assert [(f.fields.speaker, f.fields.role, f.fields.country) for f in facts
            if f.kind == "statement"] == [(None, "aide", "UA")]


def test_a_surname_that_was_a_citys_old_name_is_a_person() -> None:
    facts = _facts("- Military analyst Oleh Zhdanov said talks with Russia had made no "
                   "progress.\n")
    assert [(f.fields.speaker, f.fields.role) for f in facts if f.kind == "statement"] == [
        ("Oleh Zhdanov", "analyst")]
    assert not [f for f in facts if f.kind == "strike"]


def test_every_place_a_strike_names_in_a_list_is_a_strike_of_its_own() -> None:
    facts = _facts(
        "- Russian artillery pounded Marhanets, Nikopol and Chervonohryhorivka overnight, "
        "wounding a 61-year-old man in Nikopol, the regional governor said.\n"
        "- Ukrainian drones hit Kursk and Belgorod, Russian officials said.\n"
        "- I droni russi hanno colpito i villaggi di Velykyi Burluk, Kupiansk e Vovchansk.\n")
    assert [(f.fields.settlement, f.fields.injured) for f in facts if f.kind == "strike"] == [
        ("Nikopol", 1), ("Marhanets", None), ("Chervonohryhorivka", None),
        ("Kursk", None), ("Belgorod", None),
        ("Velykyi Burluk", None), ("Kupiansk", None), ("Vovchansk", None)]


def test_a_nights_barrage_is_counted_as_launched_whoever_tells_it() -> None:
    facts = _facts(
        "- Russia unleashed 310 drones and 18 missiles at Ukraine, the air force said.\n"
        "- Russian forces launched nearly 300 drones and about 30 missiles in an overnight "
        "attack on the country, President Volodymyr Zelenskyy said.\n"
        "- Russian forces fired six S-300 missiles at the town of Vilniansk overnight, "
        "wounding a guard, the governor said.\n")
    assert [(f.fields.weapon, f.fields.launched, f.fields.destroyed)
            for f in facts if f.kind == "air_defence"] == [
        ("drone", 310, None), ("missile", 18, None), ("drone", 300, None), ("missile", 30, None)]
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Vilniansk"]


def test_equipment_a_side_claims_destroyed_is_losses_not_the_weapon_of_a_strike() -> None:
    facts = _facts(
        "- Ukraine's General Staff said its forces had killed 980 Russian soldiers over the past "
        "day. It also said it destroyed 4 Russian tanks, nine armoured combat vehicles, 17 "
        "artillery units and 130 drones.\n")
    assert [f.kind for f in facts if f.kind != "statement"] == ["figure"] * 5
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"][1:] == [
        ("military_losses", 4, "tanks"), ("military_losses", 9, "armoured combat vehicles"),
        ("military_losses", 17, "artillery units"), ("military_losses", 130, "drones")]


def test_a_capital_or_a_country_that_speaks_is_its_government() -> None:
    facts = _facts(
        "- Kyiv denied the report.\n"
        "- Moscow has dismissed the proposal as a provocation.\n"
        "- Ukraine acknowledged the loss of the village.\n"
        "- Mosca ha negato ogni responsabilità.\n")
    assert [(f.fields.organization, f.fields.country) for f in facts
            if f.kind == "statement"] == [
        ("Ukrainian government", "UA"), ("Russian government", "RU"),
        ("Ukrainian government", "UA"), ("Russian government", "RU")]


def test_an_attack_feared_or_tried_is_no_strike() -> None:
    facts = _facts(
        "- The governor said the city faced a growing risk of Ukrainian attack, with the whole "
        "region under air raid alerts on Sunday.\n"
        "- A Moscow-installed official accused Ukrainian forces of trying to attack the plant.\n"
        "- Il sindaco ha detto che la città è sotto minaccia di nuovi attacchi russi.\n")
    assert [f for f in facts if f.kind == "strike"] == []


def test_an_unnamed_official_of_a_named_body_speaks_for_it() -> None:
    facts = _facts(
        "- An official from the Russian-installed administration in Kherson told a radio "
        "station the situation was calm.\n"
        "- Un funzionario del ministero della Difesa ucraino ha detto che le consegne sono "
        "iniziate.\n")
    got = [(f.fields.role, f.fields.country, f.fields.organization) for f in facts
           if f.kind == "statement"]
    assert got == [("official", "RU", None),
                   ("official", "UA", "Ukrainian Ministry of Defence")]


def test_attacks_fought_off_or_told_as_a_trend_are_no_strike() -> None:
    facts = _facts(
        "- Ukrainian forces say they are repelling constant Russian attacks on Bakhmut.\n"
        "- Officials urged residents to leave Kherson amid renewed Russian attacks on the city.\n"
        "- Kyiv said Moscow had stepped up attacks on Zaporizhzhia.\n"
        "- An Irish man, Liam O’Donnell, has been killed fighting in Ukraine, Dublin said.\n")
    assert [f for f in facts if f.kind in ("strike", "casualty")] == []


def test_capitals_named_by_their_country_and_air_attacks() -> None:
    facts = _facts(
        "- A Russian missile strike on the Ukrainian capital killed three people.\n"
        "- Un drone ha colpito un edificio nella capitale russa, ha detto il sindaco.\n"
        "- Four people were killed in a Ukrainian attack on the city of Sevastopol on the "
        "Crimean Peninsula.\n"
        "- Two people were killed in a Russian air attack on the Sumy region.\n"
        "- The embassy in Kyiv shut after warnings of a large-scale air attack.\n")
    assert [(f.fields.settlement, f.fields.region_code, f.fields.weapon) for f in facts
            if f.kind == "strike"] == [
        ("Kyiv", "UA-30", "missile"), ("Moscow", "RU-MOW", "drone"),
        ("Sevastopol", "UA-40", None), (None, "UA-59", "airstrike")]


def test_a_renamed_town_a_reference_point_and_enemy_fighters() -> None:
    facts = _facts(
        "- A Russian missile attack killed five people in Samar in Ukraine's southeast.\n"
        "- A drone strike on a house in the city of Zhytomyr, west of Kyiv, killed a man.\n"
        "- Russian forces hit command posts, killing at least 80 Ukrainian “nationalists”, "
        "Moscow's defence ministry said.\n")
    assert [(f.fields.settlement, f.fields.region_code) for f in facts
            if f.kind == "strike"][:2] == [("Samar", "UA-12"), ("Zhytomyr", "UA-18")]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("military_losses", 80)]


def test_who_speaks_before_the_verb_and_who_is_spoken_of_after_it() -> None:
    facts = _facts(
        "- Sergey Lavrov, Russia's foreign minister, said the European Union was arming "
        "itself fast.\n"
        "- Colonel Serhiy Cherevaty, a spokesperson for Ukraine's Eastern Group of Forces, said "
        "the situation was hard.\n"
        "- Al Jazeera's Charles Stratford, reporting from Kyiv, said fighting was heavy.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Sergey Lavrov", "Serhiy Cherevaty", "Charles Stratford"]


def test_a_state_that_tells_of_its_own_strike_is_its_perpetrator() -> None:
    facts = _facts(
        "- Russia has destroyed a fuel depot near the Ukrainian city of Zaporizhzhia, the "
        "Russian defence ministry said.\n"
        "- Russia says it used hypersonic Kinzhal missiles again, to destroy a weapons depot in "
        "Ukraine's Ivano-Frankivsk region.\n")
    assert [(f.fields.perpetrator, f.fields.region_code, f.fields.weapon) for f in facts
            if f.kind == "strike"] == [("RU", "UA-23", None), ("RU", "UA-26", "missile")]


def test_two_states_that_blame_each_other_each_make_a_statement() -> None:
    facts = _facts(
        "- Russia and Ukraine have accused each other of laying mines in the Black Sea.\n"
        "- Moscow and Kyiv traded blame for the shelling of the nuclear plant.\n"
        "- The ministers of Lithuania, Latvia and Estonia said they would spend more.\n")
    got = [f.fields.organization for f in facts if f.kind == "statement"]
    assert sorted(got[:4]) == ["Russian government", "Russian government",
                               "Ukrainian government", "Ukrainian government"]
    assert "Latvian government" not in got


def test_a_count_of_places_shelled_is_a_tally_not_a_strike() -> None:
    facts = _facts(
        "- The Zaporizhzhia governor said 18 communities in all were shelled.\n"
        "- More than 20 towns and villages have come under shelling in the Kherson region, "
        "the military said.\n"
        "- Russian forces shelled 12 villages in the Sumy region, killing a woman in "
        "Krasnopillia, the governor said.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("places_attacked", 18), ("places_attacked", 20), ("places_attacked", 12)]
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Krasnopillia"]


def test_blasts_heard_in_named_towns_are_strikes_with_no_attacker() -> None:
    facts = _facts(
        "- Explosions were heard early on Monday in the cities of Kherson and Mykolaiv.\n"
        "- Explosions were heard across the country, officials said.\n")
    assert [(f.fields.settlement, f.fields.perpetrator, f.fields.target) for f in facts
            if f.kind == "strike"] == [("Kherson", None, None), ("Mykolaiv", None, None)]


def test_a_city_of_a_regions_name_further_on_makes_no_town_a_namesake() -> None:
    facts = _facts(
        "- One man died when Russian forces shelled Avdiivka, and another was wounded later in "
        "the day in the city of Kherson, prosecutors said.\n"
        "- A drone hit the village of Murom in Russia's Belgorod region.\n")
    got = [(f.fields.settlement, f.fields.region_code) for f in facts if f.kind == "strike"]
    assert got[0] == ("Avdiivka", "UA-14")
    assert ("Murom", "RU-BEL") in got


def test_a_share_of_a_region_held_is_territory() -> None:
    facts = _facts(
        "- Russian forces now control 99 percent of the Luhansk region and 70 percent of the "
        "Donetsk region, the general said.\n"
        "- Strikes damaged 30 percent of the region's energy infrastructure.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.region_code) for f in facts
            if f.kind == "figure"][:2] == [("territory", 99, "UA-09"), ("territory", 70, "UA-14")]


def test_a_city_named_in_the_next_clause_does_not_move_a_town_to_its_region() -> None:
    facts = _facts(
        "- Nine people were injured in Russian shelling of the southern city of Kherson, as "
        "Russia also targeted the capital Kyiv and other regions with drones.\n"
        "- Ukraine's air force said it destroyed the landing ship Novocherkassk in the port of "
        "Feodosia in Crimea.\n")
    got = [(f.fields.settlement, f.fields.region_code) for f in facts if f.kind == "strike"]
    assert got[0] == ("Kherson", "UA-65")
    assert all(code != "RU-ROS" for _, code in got)


def test_a_town_told_again_as_the_city_or_there_is_the_figures_place() -> None:
    facts = _facts(
        "- Officials ordered families with children to leave Kostiantynivka, north of Bakhmut. "
        "About 9,000 people still live in the city, down from 67,000 before the war.\n"
        "- Authorities in Bilhorod-Dnistrovskyi said 14,000 households had no power. "
        "Ukraine has sent aid worth $2bn there.\n"
        "- Kharkiv was shelled again. Ukraine's army said 12 attacks were repelled.\n")
    got = [(f.fields.value, f.fields.settlement, f.fields.region_code) for f in facts
           if f.kind == "figure"]
    assert (9000, "Kostiantynivka", "UA-14") in got
    assert all(code is None for v, _, code in got if v == 12)  # no "the city" or "there"


def test_a_capital_that_estimates_sends_or_has_ministers_is_its_state_not_a_place() -> None:
    facts = _facts(
        "- Kyiv estimates that 19,500 children have been taken to Russia.\n"
        "- About 1,400 Africans are fighting for Russia, Kyiv's foreign minister said.\n"
        "- The deal would allow Moscow to send one million tonnes of grain to Turkey.\n"
        "- Kyiv's mayor said 300,000 homes in the city had no power.\n")
    got = {f.fields.value: f.fields.region_code for f in facts if f.kind == "figure"}
    assert got[19500] is None and got[1400] is None and got[1000000] is None
    assert got[300000] == "UA-30"


def test_a_city_attacked_or_a_recruitment_centre_is_not_the_attacker() -> None:
    facts = _facts(
        "- Drone attacks on Kyiv damaged several houses and cars, Mayor Vitali Klitschko said.\n"
        "- One man was wounded in an explosion near a Ukrainian military recruitment centre in "
        "Pavlohrad, police said.\n"
        "- Kyiv struck the Russian town of Shebekino with rockets, the governor said.\n")
    got = [f.fields.perpetrator for f in facts if f.kind == "strike"]
    assert got == [None, None, "UA"]


def test_a_side_that_only_tells_is_not_the_attacker_of_a_later_sentence() -> None:
    facts = _facts(
        "- Ukraine's military said it shot down 10 of 17 drones launched overnight by Russia. "
        "The governor of the Lviv region said three drones had struck an energy facility.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["RU"]


def test_a_bare_or_cited_ministry_is_that_of_the_side_whose_forces_act() -> None:
    facts = _facts(
        "- Russian forces captured the village of Hihant, the RIA news agency reported, citing "
        "the defence ministry.\n"
        "- Ukrainian troops pushed Russian forces back near Robotyne, the defence ministry "
        "said.\n"
        "- Ukrainian troops pushed back near Robotyne, the defence ministry said.\n"
        "- Minsk's defence ministry said Russian troops had arrived in Belarus.\n")
    got = [(f.fields.organization, f.fields.via) for f in facts if f.kind == "statement"]
    assert got == [("Russian Ministry of Defence", "RIA"),
                   ("Ukrainian Ministry of Defence", None),
                   ("Belarusian Ministry of Defence", None)]


def test_a_town_held_despite_repeated_attacks_is_no_strike() -> None:
    facts = _facts(
        "- Ukrainian troops are still holding Bakhmut despite repeated Russian attacks, "
        "President Zelenskyy said.\n"
        "- Ukraine repelled continued attacks near Avdiivka, the general staff said.\n"
        "- Russian shelling killed two people in Kherson despite the ceasefire.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Kherson"]
    assert any(f.kind == "statement" and f.fields.speaker == "Volodymyr Zelenskyy" for f in facts)


def test_a_side_accused_of_an_attack_is_its_perpetrator_and_no_place() -> None:
    facts = _facts(
        "- Moscow's Mayor Sergei Sobyanin accused Ukraine of launching a drone attack on "
        "Moscow, forcing the closure of airports.\n"
        "- Russia accused Kyiv of shelling the village of Tyotkino in the Kursk region.\n"
        "- Il governatore ha accusato la Russia di aver lanciato un attacco con droni su "
        "Kharkiv, ferendo due persone.\n")
    got = [(f.fields.perpetrator, f.fields.settlement) for f in facts if f.kind == "strike"]
    assert got == [("UA", "Moscow"), ("UA", "Tyotkino"), ("RU", "Kharkiv")]


def test_a_toll_over_several_regions_or_parts_of_the_country_is_a_figure() -> None:
    facts = _facts(
        "- Russian attacks on the Donetsk and Sumy regions killed at least three people on "
        "Monday, officials said.\n"
        "- Russian aerial attacks in eastern and central Ukraine killed four people.\n"
        "- Six people were killed in Russian attacks on various parts of Ukraine.\n"
        "- Russian shelling killed two people in the town of Kupiansk in the Kharkiv region.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Kupiansk"]
    assert [f.fields.value for f in facts if f.kind == "figure"
            and f.fields.metric == "killed"] == [3, 4, 6]


def test_a_toll_along_the_front_or_of_a_wave_of_shelling_is_a_figure() -> None:
    facts = _facts(
        "- Officials said at least five people were killed by shelling along the war's front "
        "line in eastern Ukraine.\n"
        "- The latest wave of Russian shelling killed at least 10 Ukrainians and wounded 20 "
        "others, the presidential office said.\n")
    assert not [f for f in facts if f.kind in ("casualty", "strike")]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 5), ("killed", 10), ("injured", 20)]


def test_reports_of_troops_or_arms_used_are_no_pledge() -> None:
    facts = _facts(
        "- US Defense Secretary Lloyd Austin said he could not confirm reports of North Korean "
        "troops fighting in Ukraine.\n"
        "- Ukrainian forces used the Storm Shadow missiles to hit a bridge, the army said.\n"
        "- Lloyd Austin said the US would send more troops to Poland.\n")
    assert [(f.fields.actor, f.fields.action) for f in facts if f.kind == "commitment"] == [
        ("US", "troops")]


def test_a_toll_of_many_attacks_in_an_item_naming_no_place_is_a_figure() -> None:
    facts = _facts(
        "- Shelling by Russian forces over the weekend killed at least seven civilians, "
        "officials said.\n"
        "- A Russian missile strike on an army training unit killed 12 soldiers, the ground "
        "forces said.\n"
        "- Russian attacks killed four people in the village of Bilozerka.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("killed", 7)]
    assert [f.fields.killed for f in facts if f.kind == "strike"] == [12, 4]


def test_a_speakers_rank_and_a_name_in_an_apposition_are_not_the_speaker() -> None:
    facts = _facts(
        "- Treasury Undersecretary Jay Shambaugh said the US would ratchet up pressure.\n"
        "- Captain Sviatoslav Palamar, a deputy commander of the Azov regiment, said heavy "
        "fighting was going on.\n"
        "- Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, condemned "
        "the decision.\n"
        "- Russia's Investigative Committee said Scott Rhys Anderson, a citizen of the United "
        "Kingdom, was sentenced in absentia.\n")
    assert [f.fields.speaker for f in facts if f.kind == "statement"] == [
        "Jay Shambaugh", "Sviatoslav Palamar", "Kim Yo Jong", None]


def test_a_place_near_or_outside_a_capital_that_is_a_region_is_the_oblast_around_it() -> None:
    facts = _facts(
        "- A missile damaged an energy facility near Ukraine's capital, Kyiv, the grid operator "
        "said.\n"
        "- A drone attack killed a rail worker in the Boryspil district, east of Kyiv.\n"
        "- Drones hit a fuel depot outside Moscow, the governor said.\n"
        "- A drone hit a house in Kyiv, the mayor said.\n")
    assert [f.fields.region_code for f in facts if f.kind == "strike"] == [
        "UA-32", "UA-32", "RU-MOS", "UA-30"]


def test_a_capitals_police_are_its_states_not_the_place_of_the_attack() -> None:
    facts = _facts(
        "- Kyiv's police said one man was wounded in an explosion near a recruitment centre in "
        "Pavlohrad.\n")
    assert [f.fields.settlement for f in facts if f.kind == "strike"] == ["Pavlohrad"]


def test_a_population_told_before_its_number_is_a_population_figure() -> None:
    facts = _facts(
        "- The governor said the population of Avdiivka has dropped to just 1,800 from 32,000 "
        "before the war.\n"
        "- La popolazione di Vuhledar è scesa a circa 400 persone, ha detto il sindaco.\n")
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("population", 1800), ("population", 32000), ("population", 400)]


def test_how_long_a_curfew_or_a_blackout_lasts_is_a_figure() -> None:
    facts = _facts(
        "- Residents of Kherson are under a 56-hour curfew, which began on Friday evening.\n"
        "- Odesa faces a 12-hour blackout after the strike on a substation.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("other", 56, "hours"), ("other", 12, "hours")]


def test_a_body_that_launches_is_the_attacker_not_the_claimant() -> None:
    facts = _facts(
        "- Ukraine's military said it shot down six of seven missiles launched by Russia. The "
        "Kremlin also launched 123 attack drones at Kyiv, of which 71 were shot down, the "
        "military said.\n")
    assert [(f.fields.claimant, f.fields.claimant_side, f.fields.destroyed) for f in facts
            if f.kind == "air_defence"] == [("Ukrainian military", "UA", 6),
                                            ("Ukrainian military", "UA", 71)]


def test_alleged_as_an_adjective_is_no_speech() -> None:
    facts = _facts(
        "- The FBI arrested Jack Teixeira in connection with the alleged leak of classified "
        "documents.\n"
        "- Ukraine's foreign ministry alleged that Russia had used chemical weapons.\n")
    assert [(f.fields.speaker, f.fields.organization) for f in facts
            if f.kind == "statement"] == [(None, "Ukrainian Foreign Ministry")]


def test_a_distance_converted_in_brackets_is_no_second_figure() -> None:
    facts = _facts(
        "- Russian forces are within 10 kilometres (six miles) of the city of Pokrovsk.\n"
        "- Ukrainian troops advanced 1.5 metres (five feet) a day, the general said.\n")
    assert [f.fields.unit for f in facts if f.kind == "figure"] == ["km", "metres"]


def test_kremlin_arms_and_a_side_accused_of_killing_are_russian() -> None:
    facts = _facts(
        "- A Kremlin missile struck a building, killing two people in Kryvyi Rih, the governor "
        "said.\n"
        "- Ukraine accused Russia of killing six unarmed soldiers that were captured by its "
        "forces.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["RU", "RU"]


def test_unmanned_aerial_vehicles_and_airborne_targets_downed_are_claims() -> None:
    facts = _facts(
        "- Russian air defences shot down 110 aircraft-type unmanned aerial vehicles, its "
        "defence ministry added.\n"
        "- The governor said air defence destroyed more than 40 airborne targets.\n")
    assert [(f.fields.weapon, f.fields.destroyed) for f in facts if f.kind == "air_defence"] == [
        ("drone", 110), (None, 40)]


def test_a_toll_since_russia_launched_its_invasion_is_a_cumulative_figure() -> None:
    facts = _facts(
        "- At least 520 children have been killed and nearly 1,200 injured since Russia "
        "launched its full-scale invasion, prosecutors said.\n")
    assert not [f for f in facts if f.kind in ("strike", "casualty")]
    assert [(f.fields.metric, f.fields.value, f.fields.cumulative) for f in facts
            if f.kind == "figure"] == [("killed", 520, True), ("injured", 1200, True)]


def test_a_country_that_strongly_denies_speaks() -> None:
    facts = _facts("- Russia has strongly denied its forces have committed war crimes.\n")
    assert [(f.fields.organization, f.fields.country) for f in facts
            if f.kind == "statement"] == [("Russian government", "RU")]


def test_a_prison_sentence_is_a_figure_in_years_but_a_term_of_office_is_not() -> None:
    facts = _facts(
        "- A military court sentenced a 43-year-old teacher, Olga Marchenko, to nine years in "
        "a penal colony. Another man was given a 12-year prison sentence for spying.\n"
        "- A Russian court jailed a soldier for 14 years for desertion; his accomplices were "
        "handed sentences of up to 16 years.\n"
        "- Un tribunale di Mosca ha condannato il blogger a sette anni di carcere.\n"
        "- Putin began another six-year term in the Kremlin.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("other", 9, "years"), ("other", 12, "years"),
                                       ("other", 14, "years"), ("other", 16, "years"),
                                       ("other", 7, "years")]


def test_bombardamenti_with_no_other_weapon_are_shelling() -> None:
    facts = _facts_it(
        "- Due civili sono stati uccisi nei bombardamenti russi sulla città di Kupiansk, ha "
        "detto il governatore.\n"
        "- Un uomo è stato ferito in un bombardamento aereo su Orikhiv, ha detto la polizia.\n"
        "- Un bombardamento con droni russi ha ferito tre persone a Nikopol.\n"
        "- Le forze russe hanno bombardato la città di Huliaipole, uccidendo un uomo.\n")
    assert [f.fields.weapon for f in facts if f.kind == "strike"] == [
        "artillery", "airstrike", "drone", "artillery"]


def test_an_italian_country_speaks_in_the_headline_present_and_with_adverbs() -> None:
    facts = _facts_it(
        "- Mosca nega di aver preso di mira i civili nel centro di Kherson.\n"
        "- La Russia ha fermamente negato che le sue forze abbiano commesso crimini di guerra.\n"
        "- Gli Stati Uniti hanno avvertito la Cina di gravi conseguenze.\n"
        "- L’Ucraina accusa la Russia di un “crimine di guerra”.\n")
    assert [f.fields.country for f in facts if f.kind == "statement"] == [
        "RU", "RU", "US", "UA"]


def test_an_unnamed_aide_or_ally_speaks_not_the_one_served() -> None:
    facts = _facts_it(
        "- L'attacco è stato un errore, ha dichiarato uno dei più stretti alleati del "
        "presidente russo Vladimir Putin.\n"
        "- I colloqui sono falliti, ha detto un consigliere del presidente Volodymyr Zelenskyy "
        "in un video.\n"
        "- The talks will resume, said an ally of President Recep Tayyip Erdogan.\n")
    assert [(f.fields.speaker, f.fields.role, f.fields.country) for f in facts
            if f.kind == "statement"] == [(None, "ally", "RU"), (None, "adviser", "UA"),
                                          (None, "ally", "TR")]


def test_an_italian_toll_since_the_invasion_began_is_a_cumulative_figure() -> None:
    facts = _facts_it(
        "- Almeno 480 bambini sono stati uccisi da quando la Russia ha lanciato l'anno scorso "
        "la sua invasione su vasta scala, secondo la procura generale.\n")
    assert [(f.kind, f.fields.value, f.fields.cumulative) for f in facts] == [
        ("figure", 480, True)]


def test_an_italian_capital_that_estimates_or_seeks_is_its_state_not_the_city() -> None:
    facts = _facts_it(
        "- Secondo alcune notizie, Mosca starebbe cercando di reclutare fino a 300.000 soldati "
        "volontari.\n"
        "- Kiev stima che circa un quarto del suo territorio sia disseminato di mine.\n")
    figures = [f for f in facts if f.kind == "figure"]
    assert [f.fields.value for f in figures] == [300000, 25]
    assert [f.fields.region_code for f in figures] == [None, None]


def test_italian_attackers_told_as_subject_or_accused() -> None:
    facts = _facts_it(
        "- Mosca ha accusato l’Ucraina di aver effettuato una serie di attacchi nella regione "
        "di Bryansk, uccidendo due persone.\n"
        "- L'Ucraina ha lanciato un attacco con droni sulla città di Enerhodar, ha detto il "
        "governatore.\n"
        "- Il bilancio è salito dopo che la Russia aveva lanciato decine di missili sulle città "
        "ucraine, uccidendo 12 persone a Dnipro.\n"
        "- La difesa aerea ucraina ha distrutto 40 dei 52 droni lanciati dalla Russia.\n"
        "- Le forze di difesa aerea dell'Ucraina hanno abbattuto 20 dei 25 droni.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["UA", "UA", "RU"]
    assert [(f.fields.claimant_side, f.fields.attacker) for f in facts
            if f.kind == "air_defence"] == [("UA", "RU"), ("UA", "RU")]


def test_italian_others_counted_after_a_qualifier_and_a_village_in_its_named_region() -> None:
    facts = _facts_it(
        "- Gli attacchi russi su Sumy hanno ucciso tre persone e ferito almeno altre 12, hanno "
        "detto i funzionari regionali.\n"
        "- Almeno nove persone sono state uccise a Odessa, mentre circa 40 altre sono rimaste "
        "ferite nell'attacco russo.\n"
        "- Un attacco russo ha ucciso un uomo nel villaggio di Dolynka a Zaporizhzhia.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 3), ("injured", 12), ("killed", 9), ("injured", 40), ("killed", 1)]
    assert [f.fields.region_code for f in facts if f.kind == "strike"][-1] == "UA-23"


def test_an_italian_toll_risen_ad_almeno_and_a_pre_war_population() -> None:
    facts = _facts_it(
        "- Il bilancio delle vittime dell’attacco missilistico su Sumy è salito ad almeno 14, "
        "ha detto il sindaco.\n"
        "- Solo circa 3.000 civili sono rimasti in città su una popolazione prebellica di "
        "circa 40.000, ha detto il governatore.\n")
    assert [f.fields.count for f in facts if f.kind == "casualty"] == [14]
    assert [(f.fields.metric, f.fields.value) for f in facts if f.kind == "figure"] == [
        ("population", 3000), ("population", 40000)]


def test_italian_speech_in_the_pluperfect_the_imperfect_and_by_an_unnamed_official() -> None:
    facts = _facts_it(
        "- Mosca aveva detto che i suoi jet erano decollati per intercettare aerei britannici.\n"
        "- Zelenskyy ha anche riconosciuto che la situazione a est era “molto difficile”.\n"
        "- Il comandante Apti Alaudinov è stato citato dalla RIA mentre affermava che la "
        "situazione è “sotto controllo”.\n"
        "- La situazione è difficile, ha detto un alto funzionario militare degli Stati Uniti.\n")
    assert [(f.fields.speaker, f.fields.country) for f in facts if f.kind == "statement"] == [
        (None, "RU"), ("Volodymyr Zelenskyy", "UA"), ("Apti Alaudinov", None), (None, "US")]


def test_a_count_of_volunteer_professional_soldiers_is_a_figure() -> None:
    facts = _facts(
        "- Moscow is seeking to recruit as many as 300,000 volunteer professional soldiers, "
        "Bloomberg reported.\n")
    assert [(f.fields.value, f.fields.unit) for f in facts if f.kind == "figure"] == [
        (300000, "soldiers")]


def test_italian_present_speech_of_a_country_and_a_participle_that_is_no_victim() -> None:
    facts = _facts_it(
        "- L'Ucraina dice che la Russia stessa ha attaccato l'impianto.\n"
        "- La Corea del Sud afferma che Pyongyang ha inviato altre truppe.\n"
        "- Il presidente Volodymyr Zelenskyy ha accusato i soldati russi di aver commesso "
        "crimini di guerra a Kherson.\n")
    assert [f.kind for f in facts] == ["statement"] * 3
    assert [f.fields.country for f in facts] == ["UA", "KR", "UA"]


def test_an_italian_share_of_a_region_is_that_regions() -> None:
    facts = _facts_it(
        "- Il generale ha detto che le forze russe controllano ora il 98 per cento della "
        "regione ucraina di Luhansk e il 70 per cento della regione di Donetsk.\n")
    assert [(f.fields.value, f.fields.region_code) for f in facts if f.kind == "figure"] == [
        (98, "UA-09"), (70, "UA-14")]


def test_an_italian_weapon_della_russia_is_russias() -> None:
    facts = _facts_it(
        "- Una donna è stata uccisa negli attacchi con bombe guidate della Russia sulla città "
        "di Kostiantynivka, hanno detto funzionari ucraini.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"] == ["RU"]


def test_italian_ucraina_the_country_and_a_russian_air_force() -> None:
    facts = _facts_it(
        "- Due persone sono rimaste ferite dai detriti mentre l’Ucraina respingeva un attacco "
        "di droni russi sulla regione di Kiev.\n"
        "- La Russia ha accusato l’Ucraina di un attacco con droni contro la centrale di "
        "Zaporizhzhia.\n"
        "- L’Ucraina ha lanciato 30 droni sulla regione di Belgorod, 25 dei quali abbattuti, ha "
        "detto l’aeronautica militare russa.\n")
    assert [f.fields.perpetrator for f in facts if f.kind == "strike"][:2] == ["RU", "UA"]
    assert [f.fields.claimant_side for f in facts if f.kind == "air_defence"] == ["RU"]


def test_russias_military_speaks_as_the_russian_military() -> None:
    facts = _facts(
        "- Russia's military said its strikes were aimed at Ukraine's military-industrial "
        "complex.\n")
    it = _facts_it(
        "- L’esercito russo ha detto che i suoi attacchi erano diretti contro il complesso "
        "militare-industriale ucraino.\n")
    assert [(f.fields.organization, f.fields.country) for f in facts + it] == [
        ("Russian military", "RU"), ("Russian military", "RU")]


def test_an_italian_curfew_length_and_a_town_population_fallen_to() -> None:
    facts = _facts_it(
        "- I residenti di Kherson sono sotto un coprifuoco di 48 ore.\n"
        "- Il sindaco ha detto che la popolazione della città è scesa a soli 2.100.\n")
    assert [(f.fields.metric, f.fields.value, f.fields.unit) for f in facts
            if f.kind == "figure"] == [("other", 48, "hours"), ("population", 2100, "people")]


def test_an_italian_capital_owning_a_body_or_speaking_after_the_verb_is_no_place() -> None:
    facts = _facts_it(
        "- Le forze russe hanno ucciso almeno 90 soldati ucraini, ha affermato il ministero "
        "della Difesa di Mosca.\n"
        "- Tre milioni di persone sono rimaste senza corrente, ha detto Kiev.\n")
    assert [f.fields.region_code for f in facts if f.kind == "figure"] == [None, None]


def test_a_group_counted_before_an_aside_of_its_members_takes_the_verb_after_it() -> None:
    facts = _facts(
        "- Eight people, including a 10-year-old boy and two teenagers, were injured in Russian "
        "shelling of a village in the Kherson region, the regional head said.\n")
    it = _facts_it(
        "- Sette persone, tra cui un bambino di 9 anni e due adolescenti, sono rimaste ferite "
        "nel bombardamento russo di un villaggio nella regione di Kherson.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts + it
            if f.kind == "casualty" and (f.fields.count or 0) > 2] == [
        ("injured", 8), ("injured", 7)]


def test_a_long_italian_toll_sentence_still_reads_its_count() -> None:
    facts = _facts_it(
        "- Il bilancio delle vittime degli attacchi missilistici russi sulla seconda città più "
        "grande dell’Ucraina, Kharkiv, all’inizio di questa settimana è salito a 14, hanno "
        "detto i funzionari.\n")
    assert [(f.fields.outcome, f.fields.count) for f in facts if f.kind == "casualty"] == [
        ("killed", 14)]


def test_an_italian_toll_over_parts_of_the_country_is_a_figure() -> None:
    facts = _facts_it(
        "- Gli attacchi aerei russi nell’Ucraina orientale e centrale hanno ucciso almeno "
        "quattro persone.\n"
        "- Sette persone sono state uccise in attacchi russi in varie parti dell’Ucraina, ha "
        "detto il ministro.\n")
    assert [(f.kind, f.fields.metric, f.fields.value) for f in facts] == [
        ("figure", "killed", 4), ("figure", "killed", 7)]


def test_an_office_that_has_said_speaks() -> None:
    facts = _facts(
        "- The Ukrainian president has said the counteroffensive continues.\n"
        "- Lithuania's defence minister had also said the border would stay closed.\n")
    assert [(f.fields.role, f.fields.country) for f in facts if f.kind == "statement"] == [
        ("president", "UA"), ("defence minister", "LT")]
