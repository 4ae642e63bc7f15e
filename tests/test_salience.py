"""The salience index's remembered answers stay those of a scan over every mention."""
from __future__ import annotations

from service.extraction.salience import FocusMention, Salience


def _mention(start: int, name: str) -> FocusMention:
    return FocusMention(start, start + len(name), name, frozenset(), is_subject=True)


def _same_person(first: str, second: str) -> bool:
    return first.split()[-1] == second.split()[-1]


def test_first_mention_start_follows_mentions_added_later() -> None:
    salience = Salience([_mention(50, "Budi Santoso"), _mention(90, "Rina Marlina")], [0, 40, 80],
                        _same_person)
    assert salience.first_mention_start("Santoso") == 50
    assert salience.first_mention_start("Andi Wijaya") == -1
    salience.add(_mention(10, "Santoso"))  # a speaker resolved on the way, earlier in the text
    salience.add(_mention(120, "Andi Wijaya"))
    assert salience.first_mention_start("Santoso") == 10
    assert salience.first_mention_start("Budi Santoso") == 10
    assert salience.first_mention_start("Andi Wijaya") == 120
    assert salience.first_mention_start("Rina Marlina") == 90
