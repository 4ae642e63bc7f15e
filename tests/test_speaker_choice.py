"""Choosing the speaker among the people, organisations and roles a cue phrase and the text
before it offer (issue 21), as a table over the markup tagger: a role points back at the
person who holds that office (not one who only shares the organisation or place in it), at
the holder who spoke over one named since in passing, and never at a person the quote itself
names in the third person; a role picked out by a relative clause is someone new. Each row
states the quote's rule and a fragment of its text, the speaker's name, `speaker.rule` and
resolution."""

from __future__ import annotations

import pytest

from tests.markup import MarkupExtractor, assert_offsets_point_into

# (case id, marked text, quote number, quote rule, fragment, speaker, speaker.rule, resolution)
Case = tuple[str, str, int, str, str, str | None, str, str]

ROLE_HOLDERS: list[Case] = [
    ("a_shared_organisation_is_no_shared_role",
     "“Modal kami cukup untuk ekspansi,” kata Presiden Direktur [BCA|ORG] [Jahja Setiatmadja|PER]. Dimintai "
     "konfirmasi terpisah, ekonom BCA berpendapat merger menjadi pilihan bagi bank kecil.",
     1, "indirect.verb.say", "merger menjadi pilihan", "ekonom BCA", "speaker.cue_role@rules", "role"),
    ("the_holder_who_spoke_over_one_named_since_in_passing",
     "Hakim anggota [Purwanto|PER] mengatakan terdakwa sepakat membantu pengurusan kasasi. Uang itu lalu "
     "diserahkan kepada Hakim Agung [Soesilo|PER] di Makassar. “Terdakwa menerima uang Rp 1 miliar sebagai "
     "jasa,” ujar hakim.",
     1, "direct.cue.postposed", "menerima uang", "Purwanto", "speaker.role_holder@rules", "role"),
    ("a_holder_the_quote_speaks_of_is_not_its_speaker",
     "Majelis terdiri atas hakim [Purwanto|PER] dan hakim [Soesilo|PER]. Hakim mengatakan [Soesilo|PER] "
     "menyatakan pendapat berbeda dalam putusan kasasi.",
     0, "indirect.verb.say", "pendapat berbeda", "Purwanto", "speaker.role_holder@rules", "role"),
    ("the_office_alone_still_finds_its_holder",
     "Kapolri [Listyo Sigit|PER] meninjau lokasi. Warga [Budi|PER] ikut menonton. “Kami akan usut tuntas,” "
     "kata Kapolri.",
     0, "direct.cue.postposed", "usut tuntas", "Listyo Sigit Prabowo", "speaker.role_holder@rules", "role"),
]

ROLES_IN_FOCUS: list[Case] = [
    ("a_group_is_not_the_person_its_words_are_about",
     "Penyanyi [Judika|PER] tampil di acara itu. Netizen menyebut penampilan [Judika|PER] bikin merinding.",
     0, "indirect.verb.say", "bikin merinding", "Netizen", "speaker.cue_role@rules", "role"),
    ("a_role_picked_out_by_a_relative_clause_is_someone_new",
     "Mobil yang dikemudikan [Andre Silva|PER] keluar jalur di jalan tol. Saksi yang menelepon polisi "
     "mengatakan mobil itu terbakar setelah keluar jalur.",
     0, "indirect.verb.say", "mobil itu terbakar", "Saksi yang menelepon polisi", "speaker.cue_role@rules",
     "role"),
    ("an_epithet_with_a_relative_clause_still_points_back",
     "[Maudy Ayunda|PER] pulang ke Jakarta pekan lalu. Aktris yang kini menetap di [Inggris|LOC] itu mengaku "
     "beberapa rumah produksi sempat menawarinya peran.",
     0, "indirect.verb.say", "beberapa rumah produksi", "Maudy Ayunda", "speaker.role_in_focus@rules", "role"),
]

CASES = ROLE_HOLDERS + ROLES_IN_FOCUS


@pytest.mark.parametrize(("marked", "number", "rule", "fragment", "speaker", "speaker_rule", "resolution"),
                         [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_speaker_choice(markup_extractor: MarkupExtractor, marked: str, number: int, rule: str, fragment: str,
                        speaker: str | None, speaker_rule: str, resolution: str) -> None:
    text, result = markup_extractor.extract(marked)
    quote = result.quotes[number]
    assert (quote.rule, quote.speaker.name, quote.speaker.rule, quote.speaker.resolution) \
        == (rule, speaker, speaker_rule, resolution), [(q.rule, q.text, q.speaker.name, q.speaker.rule)
                                                       for q in result.quotes]
    assert fragment in quote.text
    assert_offsets_point_into(text, result)

