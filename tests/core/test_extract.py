import time
from collections import Counter
from pathlib import Path

from annotator.extract import ORIGIN, extract
from annotator.ingest import parse_text, read_path


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
