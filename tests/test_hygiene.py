"""Text hygiene (issue 19): scraped damage is read through, and the text is never changed.

Tables over the markup tagger (tests/markup.py) with invented sentences, then the property:
damage inserted into a clean text gives the same quotes and speakers at shifted offsets.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.extraction import hygiene
from service.extraction.document import Document
from service.extraction.hygiene import find_repairs, sentence_joins, sentence_starts, token_cuts
from service.extraction.rules import RuleSet
from service.extraction.tokenization import build_glue_pattern, build_tokenizer, tokenize
from tests.markup import MarkupExtractor, assert_offsets_point_into

# (case id, marked text, [(quote fragment, speaker, rule, resolution)], people of kind person)
HygieneCase = tuple[str, str, list[tuple[str, str | None, str, str]], list[str]]

HYGIENE: list[HygieneCase] = [
    ("sentence_end_glued_after_a_date",
     "[Rina Marlina|PER] meninjau gudang beras pada Senin (3/2).Ia menjelaskan bahwa stok cukup sampai Lebaran.",
     [("stok cukup sampai Lebaran", "Rina Marlina", "indirect.verb.say", "pronoun")], ["Rina Marlina"]),
    ("sentence_end_glued_after_a_year",
     "[Dedi Kurniawan|PER] menjabat sejak 2021.Dia mengatakan bahwa anggaran desa naik setiap tahun.",
     [("anggaran desa naik", "Dedi Kurniawan", "indirect.verb.say", "pronoun")], ["Dedi Kurniawan"]),
    ("trailing_credits_are_not_people",
     "[Rina Marlina|PER] meninjau gudang beras. “Stok cukup sampai Lebaran,” kata [Rina Marlina|PER].\n"
     "([Fajar Nugroho|PER])\n([Fajar Nugroho|PER])",
     [("Stok cukup sampai Lebaran", "Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
    ("credit_glued_to_the_last_sentence",
     "“Stok cukup sampai Lebaran,” kata [Rina Marlina|PER].([Fajar Nugroho|PER])",
     [("Stok cukup sampai Lebaran", "Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
    ("agency_code_credit",
     "[Rina Marlina|PER] mengatakan bahwa stok beras cukup sampai Lebaran. (ant/rzk)",
     [("stok beras cukup", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("credit_with_the_outlets_domain",
     "[Rina Marlina|PER] mengatakan bahwa stok beras cukup sampai Lebaran. ([Warta.com/Fajar Nugroho|PER])",
     [("stok beras cukup", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("labelled_credit_line",
     "[Rina Marlina|PER] mengatakan bahwa stok beras cukup sampai Lebaran. (dit)\nEDITOR : [Fajar Nugroho|PER]",
     [("stok beras cukup", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # a bracket that opens with a credit label holds the outlet, the place and the name
    ("labelled_credit_bracket_with_the_outlet_and_place",
     "[Rina Marlina|PER] mengatakan bahwa stok beras cukup sampai Lebaran.\n(Kontributor Warta Garut Kabupaten "
     "Garut, [Nanda Putri|PER])\n(Sumber Warta Garut)",
     [("stok beras cukup", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("left_to_right_marks_glued_to_a_paragraph",
     "[Syaefudin|PER] meninjau irigasi. “Kami perbaiki,” tutur [Syaefudin|PER].\n\u200e\n\u200eIa juga menambahkan, "
     "sistem pengairan sangat penting bagi petani.",
     [("Kami perbaiki", "Syaefudin", "direct.cue.postposed", "name"),
      ("sistem pengairan sangat penting bagi petani", "Syaefudin", "indirect.verb.say", "pronoun")], ["Syaefudin"]),
    ("list_number_glued_to_a_name",
     "Pemeran film itu antara lain [Zhao Ming|PER]4 dan [Lin Hai|PER]5. [Lin Hai|PER] mengatakan bahwa syuting "
     "berlangsung tiga bulan.",
     [("syuting berlangsung", "Lin Hai", "indirect.verb.say", "name")], ["Zhao Ming", "Lin Hai"]),
    ("sentence_end_glued_after_a_percent_sign",
     "Penjualan semen turun 1,1%.[Widodo Santoso|PER] mengatakan bahwa hujan mengganggu permintaan.",
     [("hujan mengganggu permintaan", "Widodo Santoso", "indirect.verb.say", "name")], ["Widodo Santoso"]),
    ("sentence_end_glued_to_an_opening_quote",
     "Menurut [Ramond|PER], sebagian besar korban sudah dikenali keluarga tanpa tes asam deoksiribosa nukleat "
     "(DNA).\"Tes DNA merupakan langkah terakhir,\" katanya.",
     [("sebagian besar korban sudah dikenali keluarga", "Ramond", "indirect.cue.according_to", "name"),
      ("Tes DNA merupakan langkah terakhir", "Ramond", "direct.cue.clitic", "clitic")], ["Ramond"]),
    ("sentence_end_glued_after_an_abbreviation",
     "“Aksinya nyaris mendekati level Maradona,” puji [Jose Mourinho|PER] kepada [Chelsea TV|ORG].Manajer asal "
     "Portugal itu mengatakan bahwa Pedro sudah berlatih keras.",
     [("Aksinya nyaris mendekati level Maradona", "Jose Mourinho", "direct.cue.postposed", "name"),
      ("Pedro sudah berlatih keras", "Jose Mourinho", "indirect.verb.say", "role")], ["Jose Mourinho"]),
    ("read_more_title_in_brackets",
     "[Budi Santoso|PER] mengatakan bahwa harga beras naik pekan ini. (Baca: [Rudi Hartono|PER]: Harga Cabai Akan "
     "Turun Pekan Depan) Ia menambahkan bahwa stok beras aman sampai Lebaran.",
     [("harga beras naik pekan ini", "Budi Santoso", "indirect.verb.say", "name"),
      ("stok beras aman sampai Lebaran", "Budi Santoso", "indirect.verb.say", "pronoun")], ["Budi Santoso"]),
    ("paragraphs_joined_with_commas_after_a_date",
     "[Stefanus Ridwan|PER] berbicara dalam webinar ritel, Kamis (25/6).,Menurut [Stefanus|PER], jumlah pengunjung "
     "mal sudah mulai pulih.",
     [("jumlah pengunjung mal sudah mulai pulih", "Stefanus Ridwan", "indirect.cue.according_to", "name")],
     ["Stefanus Ridwan"]),
    ("paragraphs_joined_with_several_commas_after_a_quote",
     "“Kami sudah menambah petugas,” kata [Rina Marlina|PER].,,,,Ia menambahkan bahwa stok beras aman sampai "
     "Lebaran.",
     [("Kami sudah menambah petugas", "Rina Marlina", "direct.cue.postposed", "name"),
      ("stok beras aman sampai Lebaran", "Rina Marlina", "indirect.verb.say", "pronoun")], ["Rina Marlina"]),
    ("dateline_before_a_role_subject",
     "JAKARTA, KOMPAS.com - Para pedagang mengatakan bahwa harga cabai naik tajam.",
     [("harga cabai naik tajam", "Para pedagang", "indirect.verb.say", "role")], []),
    ("dateline_glued_to_the_first_word",
     "Liputan6.com, Jakarta -Dua pejabat [Amerika Serikat|LOC] mengatakan bahwa serangan itu sudah direncanakan.",
     [("serangan itu sudah direncanakan", "Dua pejabat Amerika Serikat", "indirect.verb.say", "role")], []),
    ("dateline_on_the_line_after_a_byline",
     "Laporan Wartawan Tribun\nTRIBUNNEWS.COM, SOLO – Para petani mengatakan bahwa harga gabah turun.",
     [("harga gabah turun", "Para petani", "indirect.verb.say", "role")], []),
    ("hyphen_inside_a_word_is_no_dateline",
     "Ketua Umum PDI-P [Megawati Soekarnoputri|PER] mengatakan bahwa partainya siap.",
     [("partainya siap", "Megawati Soekarnoputri", "indirect.verb.say", "name")], ["Megawati Soekarnoputri"]),
    # hygiene.byline_line: the reporter of a byline line is no person and no speaker
    ("byline_line_before_the_dateline",
     "Laporan [Sari Wulandari|PER] | Banda Aceh\nBANDA ACEH - [Rudi Hartono|PER] mengatakan bahwa harga solar naik "
     "sejak pekan lalu.",
     [("harga solar naik sejak pekan lalu", "Rudi Hartono", "indirect.verb.say", "name")], ["Rudi Hartono"]),
    ("contributor_byline_line",
     "Laporan Kontributor Warta.id [Nanda Putri|PER] dari Garut\n[Rudi Hartono|PER] mengatakan bahwa harga cabai naik "
     "sejak pekan lalu.",
     [("harga cabai naik sejak pekan lalu", "Rudi Hartono", "indirect.verb.say", "name")], ["Rudi Hartono"]),
    # quotes.yml boilerplate_lines: a video teaser line names the people of another story
    ("video_teaser_line",
     "[Rudi Hartono|PER] mengatakan bahwa harga cabai naik sejak pekan lalu.\nVideo: [Andi Wijaya|PER] Tinjau Pasar "
     "Induk Jelang Lebaran\nVideo: [Andi Wijaya|PER] Tinjau Pasar Induk Jelang Lebaran",
     [("harga cabai naik sejak pekan lalu", "Rudi Hartono", "indirect.verb.say", "name")], ["Rudi Hartono"]),
    ("see_also_teaser_line",
     "[Rudi Hartono|PER] mengatakan bahwa harga cabai naik sejak pekan lalu.\nLihat Juga: [Andi Wijaya|PER] Buka "
     "Suara soal Harga Cabai",
     [("harga cabai naik sejak pekan lalu", "Rudi Hartono", "indirect.verb.say", "name")], ["Rudi Hartono"]),
    ("read_more_title_glued_to_an_according_to_sentence",
     "[Rina Marlina|PER] meninjau gudang beras pada Senin (3/2).Baca Juga: Harga Cabai Naik Hingga Rp90 Ribu Menurut "
     "[Rina Marlina|PER], stok beras cukup sampai Lebaran.",
     [("stok beras cukup sampai Lebaran", "Rina Marlina", "indirect.cue.according_to", "name")], ["Rina Marlina"]),
    ("read_more_title_glued_to_a_pronoun_sentence",
     "[Rina Marlina|PER] meninjau gudang beras.\nBaca juga: Harga Cabai Naik Lagi Ia menambahkan bahwa stok beras "
     "cukup sampai Lebaran.",
     [("stok beras cukup sampai Lebaran", "Rina Marlina", "indirect.verb.say", "pronoun")], ["Rina Marlina"]),
    # quotes.yml title_connectives: a capitalised connective before a lowercase word starts the
    # glued sentence; one before a capitalised word is the title's own
    ("read_more_title_glued_to_a_connective_sentence",
     "Aset itu dibagi dua.\nBaca juga: Umumkan Cerai Lewat Twitter, Pengusaha Tuai Pujian Meskipun demikian, kata "
     "pengacara [Karin Lundell|PER], kekayaan keduanya akan dibagi secara seimbang.",
     [("kekayaan keduanya akan dibagi secara seimbang", "Karin Lundell", "indirect.cue.postposed", "name")],
     ["Karin Lundell"]),
    # a lowercase passive verb after a capitalised word is prose: the title ends at that word, so
    # the people the glued sentence names are the article's (a title writes "Ditolak" capitalised)
    ("read_more_title_glued_to_a_passive_sentence",
     "Vonis itu berkekuatan hukum tetap.\nBaca juga: Kasasi Terdakwa Timah Ditolak MA Sidang dipimpin oleh Hakim "
     "Agung [Wirawan Santoso|PER] selaku ketua majelis.",
     [], ["Wirawan Santoso"]),
    # the reporting verb of the glued sentence past the comma closing an apposition and a
    # lowercase adverb, or past an adverb alone: a title capitalises both
    ("read_more_title_glued_to_an_apposition_a_comma_and_an_adverb",
     "Klub itu berbenah. Baca juga:Persis Rekrut Pemain Muda Juru bicara klub, [Bryan Barcelona|PER], telah "
     "mengonfirmasi bahwa pemain itu menjalani pendidikan militer.",
     [("pemain itu menjalani pendidikan militer", "Bryan Barcelona", "indirect.verb.state", "name")],
     ["Bryan Barcelona"]),
    ("read_more_title_glued_to_a_subject_and_an_adverb",
     "Klub itu berbenah. Baca juga: Persis Rekrut Pemain Muda Pelatih [Bryan Barcelona|PER] juga mengatakan bahwa "
     "pemain itu siap tampil.",
     [("pemain itu siap tampil", "Bryan Barcelona", "indirect.verb.say", "name")], ["Bryan Barcelona"]),
    ("a_capitalised_verb_after_a_comma_stays_in_the_title",
     "Klub itu berbenah.\nBaca juga: Persis Rekrut Pemain Muda, Pelatih Bilang Siap Tampil",
     [], []),
    ("read_more_title_glued_to_a_connective_and_its_comma",
     "[Dedi Kurniawan|PER] hadir di DPR. Baca juga:DPR Minta Presiden Kirim Calon Dubes yang Paham Situasi Namun, ia "
     "membantah bahwa nama itu sudah dikirim.",
     [("nama itu sudah dikirim", "Dedi Kurniawan", "indirect.verb.say", "pronoun")], ["Dedi Kurniawan"]),
    ("a_capitalised_passive_stays_in_the_title",
     "Harga tiket naik.\nBaca juga: Kasasi Ditolak, Hakim [Wirawan Santoso|PER] Dipuji Publik",
     [], []),
    ("a_connective_before_a_capitalised_word_stays_in_the_title",
     "Harga tiket naik.\nBaca juga: Garuda Tak Diunggulkan Meski Jepang Pakai Pemain Pelapis, Kata [Budi Santoso|PER]",
     [], []),
    # quotes.yml title_lowercase_words: a capitalised word before two lowercase words, one of them
    # a content word, after a title capitalised word by word, opens the glued sentence; a title in
    # sentence case has too few capitalised words before its lowercase run and stays whole
    ("read_more_title_glued_to_a_lowercase_run",
     "Harga cabai naik.\nBaca juga: Tiga Pejabat Dinas Pertanian Ditahan di Medan Pasokan dari petani berkurang "
     "sejak [Rina Marlina|PER] menutup gudang.",
     [], ["Rina Marlina"]),
    ("a_title_in_sentence_case_stays_boilerplate",
     "Harga cabai naik.\nBaca juga: Polisi tangkap [Andi Wijaya|PER] di pasar induk",
     [], []),
    ("a_lowercase_preposition_pair_stays_in_the_title",
     "Harga cabai naik.\nBaca juga: Tiga Pejabat Dinas Pertanian Pulang ke dan dari Medan Bersama [Andi Wijaya|PER]",
     [], []),
    # a scraper that joins paragraphs with a comma and no space strips the link of a "read more"
    # line and leaves the marker and that comma: the paragraph after it is the article's
    ("emptied_read_more_title_before_a_comma_joined_paragraph",
     "Polisi menangkap dua pemuda.,Baca Juga:,Dijelaskan [Rudi Hartono|PER], keduanya ditangkap di terminal bus.",
     [("keduanya ditangkap di terminal bus", "Rudi Hartono", "indirect.cue.passive_agent", "name")],
     ["Rudi Hartono"]),
    ("emptied_read_more_title_before_a_double_comma",
     "Harga cabai naik.,Baca juga :,,Pedagang [Rina Marlina|PER] mengatakan stok beras masih aman sampai Lebaran.",
     [("stok beras masih aman sampai Lebaran", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("a_title_after_the_comma_stays_boilerplate",
     "Harga cabai naik.,Baca juga:,Polisi Tangkap [Andi Wijaya|PER] di Pasar Induk,[Rina Marlina|PER] mengatakan "
     "stok beras masih aman.",
     [("stok beras masih aman", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("duplicated_paragraph_is_quoted_twice",
     "“Stok beras cukup sampai Lebaran tahun ini,” kata [Rina Marlina|PER].\n"
     "“Stok beras cukup sampai Lebaran tahun ini,” kata [Rina Marlina|PER].",
     [("Stok beras cukup", "Rina Marlina", "direct.cue.postposed", "name"),
      ("Stok beras cukup", "Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
]


@pytest.mark.parametrize(("marked", "expected", "people"), [case[1:] for case in HYGIENE],
                         ids=[case[0] for case in HYGIENE])
def test_hygiene(marked: str, expected: list[tuple[str, str | None, str, str]], people: list[str],
                 markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract(marked)
    found = [(q.text, q.speaker.name, q.rule, q.speaker.resolution) for q in result.quotes]
    assert len(found) == len(expected), found
    for (fragment, speaker, rule, resolution), got in zip(expected, found, strict=True):
        assert fragment in got[0] and got[1:] == (speaker, rule, resolution), got
    assert [person.name for person in result.people if person.kind == "person"] == people
    assert_offsets_point_into(text, result)


def test_repairs_never_change_the_text(rules: RuleSet) -> None:
    text = "Ia hadir pada Senin (3/2).Ia pulang.\nIa pulang ke rumah dengan selamat sore itu.\n" \
           "Ia pulang ke rumah dengan selamat sore itu.\n(Fajar Nugroho)"
    document = Document(text)
    find_repairs(document, rules.hygiene)
    assert document.text == text
    assert [(repair.kind, text[repair.start:repair.end]) for repair in document.repairs] == [
        ("sentence_break", "."), ("duplicate", "Ia pulang ke rumah dengan selamat sore itu."),
        ("credit", "(Fajar Nugroho)")]


# (rule id, text, the tokens of the glued stretch, the sentences' first tokens, whether the rule repairs)
GlueCase = tuple[str, str, list[str], list[str], bool]

GLUE: list[GlueCase] = [
    ("hygiene.glued_quote_sentence", "Ia tidak melakukan tes asam deoksiribosa nukleat (DNA).\"Tes DNA tidak perlu,\" "
     "katanya.", ["(", "DNA", ")", ".", "\"", "Tes"], ["Ia", "\""], True),
    ("hygiene.glued_quote_sentence", "Warga menunggu sejak pagi.“Sebab bantuan belum datang,” ujarnya.",
     ["pagi", ".", "“", "Sebab"], ["Warga", "“"], True),
    ("hygiene.glued_quote_sentence", "Ia berkata, \"Stok beras cukup sampai Lebaran.\"Ia lalu meninjau gudang.",
     ["Lebaran", ".", "\"", "Ia"], ["Ia", "Ia"], True),
    ("hygiene.glued_quote_sentence", "Ia datang pada 2024.\"Kami siap,\" katanya.", ["2024", ".", "\"", "Kami"],
     ["Ia", "\""], True),
    ("hygiene.glued_sentence_end", "Penjualan turun 1,1%.Widodo Santoso hadir.", ["1,1%", ".", "Widodo", "Santoso"],
     ["Penjualan", "Widodo"], True),
    ("hygiene.glued_sentence_end", "Bunga pinjaman 0%.Co-Founder itu hadir.", ["0%", ".", "Co", "-", "Founder"],
     ["Bunga", "Co"], True),
    ("hygiene.glued_sentence_end", "Bunganya 0,5%. Harga naik 2,5%, kata dia.", ["0,5", "%", ".", "Harga"],
     ["Bunganya", "Harga"], False),
    ("hygiene.glued_abbreviation_end", "Harga saham naik pukul 10.00 WIB.Pergerakan harga itu stabil.",
     ["WIB", ".", "Pergerakan"], ["Harga", "Pergerakan"], True),
    ("hygiene.glued_abbreviation_end", "Direksi PT.Astra Pratama menggelar rapat.", ["PT.Astra", "Pratama"],
     ["Direksi"], False),
    ("hygiene.glued_words", "Duta Besar AustriaKlaus Woelfer hadir.", ["Besar", "Austria", "Klaus", "Woelfer"],
     ["Duta"], True),
    ("hygiene.glued_words", "WartawanAFPyang berada di lokasi melaporkan kerusakan.",
     ["Wartawan", "AFP", "yang", "berada"], ["Wartawan"], True),
    ("hygiene.glued_words", "Departemen LegalBYDmerilis pernyataan pada Senin.",
     ["Departemen", "Legal", "BYD", "merilis", "pernyataan"], ["Departemen"], True),
    ("hygiene.glued_words", "Kementerian Kesehatan (KemenkesRI) melaporkan kasus baru. Data Kemenkes naik.",
     ["(", "Kemenkes", "RI", ")"], ["Kementerian", "Data"], True),
    ("hygiene.glued_words", "Siaran KompasTV menayangkan laga itu.", ["Siaran", "KompasTV", "menayangkan"],
     ["Siaran"], False),
    ("hygiene.glued_words", "Ia membeli iPhoneXR di toko resmi.", ["membeli", "iPhoneXR", "di"], ["Ia"], False),
    ("hygiene.glued_words", "Data itu dilansirAntara pada Senin.", ["dilansir", "Antara", "pada"], ["Data"], True),
    ("hygiene.glued_words", "Laga itu digelar diPiala Dunia.", ["digelar", "di", "Piala", "Dunia"], ["Laga"], True),
    ("hygiene.glued_words", "Pelatih itu dipecat BosTottenham Hotspur. Tottenham lalu mencari pelatih baru.",
     ["dipecat", "Bos", "Tottenham", "Hotspur"], ["Pelatih", "Tottenham"], True),
    ("hygiene.glued_words", "Pelatih itu dipecat BosChelsea kemarin.", ["dipecat", "Bos", "Chelsea", "kemarin"],
     ["Pelatih"], True),
    ("hygiene.glued_words", "Lagu itu dinyanyikan Lin HaiItulah lagu terakhirnya.", ["Lin", "Hai", "Itulah", "lagu"],
     ["Lagu"], True),
    ("hygiene.glued_words", "Ia pulang.Duta Besar AustriaKlaus Woelfer hadir.\nDuta Besar AustriaKlaus Woelfer hadir.",
     ["Austria", "Klaus", "Woelfer"], ["Ia", "Duta", "Duta"], True),
    ("hygiene.glued_words", "Kementerian Kesehatan (KemenkesRI) mencatat kasus baru. Kemenkes RI menambah tenaga.",
     ["(", "Kemenkes", "RI", ")"], ["Kementerian", "Kemenkes"], True),
    ("hygiene.glued_words", "Ia bertemu mantan Ketua DPR RISetya Novanto. Setya hadir lebih dulu.",
     ["DPR", "RI", "Setya", "Novanto"], ["Ia", "Setya"], True),
    # glue written twice between different neighbours is still glue when its head stands alone
    # in the article (a place before a name whose link was stripped)
    ("hygiene.glued_words", "Wali Kota MedanRico Tambunan hadir. Warga Medan menyambut Wali Kota MedanRico Putra.",
     ["Kota", "Medan", "Rico", "Tambunan"], ["Wali", "Warga"], True),
    # a sentence glued without its full stop onto a name that opens with an initial: the
    # lowercase word ends one sentence, the initial opens the next (hygiene.glued_initial)
    ("hygiene.glued_initial", "Ia mengembangkan produk baruM. Rahman Hakim, direktur perusahaan itu, menuturkan "
     "rencananya.", ["produk", "baru", "M.", "Rahman", "Hakim"], ["Ia", "M."], True),
    # a capitalised word before the initial is a name written whole ("DeMarco"), not glue
    ("hygiene.glued_initial", "Pelatih itu memuji DeM. Arco kemarin.", ["memuji", "DeM.", "Arco"], ["Pelatih"],
     False),
    # a digit glued to a capitalised word where a line break or link was stripped
    ("hygiene.glued_words", "Ia menjabat pada 2015-2016Thomas Lembang kemudian menggantikannya.",
     ["2016", "Thomas", "Lembang"], ["Ia"], True),
    # three pieces glued where two links were stripped around an abbreviation: word, abbreviation, name
    ("hygiene.glued_words", "Menteri PertahananASPete Marlow tiba di Manila. AS menambah pasukan.",
     ["Pertahanan", "AS", "Pete", "Marlow", "tiba"], ["Menteri", "AS"], True),
    # the word before the abbreviation is one news writes in lowercase: no name or brand
    ("hygiene.glued_words", "PantauanCNNIndonesia di lokasi, jalan itu macet.",
     ["Pantauan", "CNN", "Indonesia", "di"], ["Pantauan"], True),
    ("hygiene.glued_words", "Tiket menyambutMotoGPItalia habis.", ["menyambut", "MotoGP", "Italia", "habis"],
     ["Tiket"], True),
    ("hygiene.glued_function_word", "Kedatangan Presiden Prabowo Subiantodi hotel itu disambut. Subianto lalu "
     "beristirahat.", ["Prabowo", "Subianto", "di", "hotel"], ["Kedatangan", "Subianto"], True),
    ("hygiene.glued_function_word", "Hillary Clintonlahir di Chicago. Ia bertemu Bill Clintonyang akhirnya menjadi "
     "suaminya. Ia lahir pada 1947.", ["Bill", "Clinton", "yang", "akhirnya"], ["Hillary", "Ia", "Ia"], True),
    ("hygiene.glued_function_word", "Ia bertemu denganJoko Widododan para menteri. Widodo lalu pulang.",
     ["Joko", "Widodo", "dan", "para"], ["Ia", "Widodo"], True),
    ("hygiene.glued_function_word", "Menurut dia, Chinakini bersiap. China membantah.", ["dia", ",", "China", "kini",
     "bersiap"], ["Menurut", "China"], True),
    ("hygiene.glued_function_word", "Pelatih Gasperinitidak hadir. Gasperini sakit.", ["Pelatih", "Gasperini", "tidak",
     "hadir"], ["Pelatih", "Gasperini"], True),
    # the stem never stands alone, but with the word before it is a full name news usually gives
    ("hygiene.glued_function_word", "Kedatangan Presiden Prabowo Subiantodi hotel itu disambut meriah.",
     ["Prabowo", "Subianto", "di", "hotel"], ["Kedatangan"], True),
    ("hygiene.glued_function_word", "Suami dari aktris Sandra Dewiitu kini bebas.",
     ["Sandra", "Dewi", "itu", "kini"], ["Suami"], True),
    # a function word glued between two names: the glued-words cut before the second name
    # leaves it on the first, a word inside the run
    ("hygiene.glued_function_word", "Pernikahan Raka SaputradanNadia Putri digelar. Saputra lalu tersenyum.",
     ["Raka", "Saputra", "dan", "Nadia", "Putri", "digelar"], ["Pernikahan", "Saputra"], True),
    ("hygiene.glued_function_word", "Tim Persiku KudusdiPiala Soeratin menang. Kudus lalu berpesta.",
     ["Kudus", "di", "Piala", "Soeratin"], ["Tim", "Kudus"], True),
    # glued alone once and inside a run once: the run's second name is no neighbour of its own
    ("hygiene.glued_function_word", "Jadwal Persiku KudusdiPiala Soeratin keluar. Laga Kudusdi Blora ramai. Kudus menang.",
     ["Laga", "Kudus", "di", "Blora"], ["Jadwal", "Laga", "Kudus"], True),
    # a verb form (a glued prefix, long) glued onto a name or an abbreviation the article writes alone
    ("hygiene.glued_verb", "Penyidik KPKmemanggil dua saksi. KPK belum memberi keterangan.",
     ["Penyidik", "KPK", "memanggil", "dua"], ["Penyidik", "KPK"], True),
    ("hygiene.glued_verb", "Pasukan Israeldikecam banyak negara. Israel membantah.",
     ["Pasukan", "Israel", "dikecam", "banyak"], ["Pasukan", "Israel"], True),
    ("hygiene.glued_verb", "Pemain muda Yamalditerpa cedera lutut. Yamal absen sebulan.",
     ["muda", "Yamal", "diterpa", "cedera"], ["Pemain", "Yamal"], True),
    ("hygiene.glued_verb", "Para pemain Juventusberpesta di ruang ganti. Juventus menang 3-0.",
     ["pemain", "Juventus", "berpesta", "di"], ["Para", "Juventus"], True),
    # a hyphenated name the article writes alone (`Kim Seo-jin`) keeps its lowercase part
    ("hygiene.glued_verb", "Aktris Kim Seo-jinmeninggal dunia. Kim Seo-jin dikenal lewat drama.",
     ["Kim", "Seo", "-", "jin", "meninggal", "dunia"], ["Aktris", "Kim"], True),
    ("hygiene.comma_paragraph_join", "Ia hadir pada Kamis (25/6).,Menurut dia, harga naik.",
     ["6", ").", ",", "Menurut"], ["Ia", "Menurut"], True),
    ("hygiene.comma_paragraph_join", "Ia pulang.,,,Harga beras naik.", ["pulang", ".", ",", ",", ",", "Harga"],
     ["Ia", "Harga"], True),
    ("hygiene.dateline", "JAKARTA -Para pedagang mengeluh.", ["JAKARTA", "-", "Para", "pedagang"],
     ["JAKARTA", "Para"], True),
    ("hygiene.dateline", "TEMPO.CO, Solo – “Harga naik,” kata dia.", ["Solo", "–", "“", "Harga"],
     ["TEMPO.CO", "“"], True),
    ("hygiene.dateline", "Ketua PDI-P hadir di Solo.", ["Ketua", "PDI-P", "hadir"], ["Ketua"], False),
    # a byline alone on one of the first lines: the reporter and the place, no sentence
    ("hygiene.byline_line", "Laporan Sari Wulandari | Banda Aceh\nNelayan mengeluhkan harga solar.",
     ["Banda", "Aceh", "Nelayan", "mengeluhkan"], ["Laporan", "Nelayan"], True),
    ("hygiene.byline_line", "Laporan Kontributor Warta.id Nanda Putri dari Garut\nHarga cabai naik.",
     ["Nanda", "Putri", "dari", "Garut", "Harga"], ["Laporan", "Harga"], True),
    # a line with a lowercase word is a sentence; a byline is one of the first lines only
    ("hygiene.byline_line", "Laporan BMKG Maritim, ketinggian gelombang mencapai dua meter.",
     ["Laporan", "BMKG", "Maritim", ","], ["Laporan"], False),
    ("hygiene.byline_line", "Harga cabai naik.\nPetani mengeluh.\nLaporan Sari Wulandari | Banda Aceh",
     ["Laporan", "Sari", "Wulandari"], ["Harga", "Petani", "Laporan"], False),
    ("hygiene.read_more_bracket", "Harga beras naik, kata dia. (Baca: Harga Cabai Turun) Ia pulang.",
     ["(", "Baca", ":", "Harga", "Cabai", "Turun", ")", "Ia"], ["Harga", "Baca", "Ia"], True),
    ("hygiene.read_more_bracket", "Harga beras naik (baca selengkapnya di bawah) kata dia.",
     ["(", "baca", "selengkapnya"], ["Harga"], False),
    # no glue: short lowercase runs are names and brands, a form written twice is a name, and
    # an abbreviation the article never writes alone stays with its word
    ("hygiene.glued_words", "McGregor memakai iPhone dan menonton YouTube bersama kader NasDem.",
     ["McGregor", "memakai", "iPhone", "dan", "menonton", "YouTube"], ["McGregor"], False),
    ("hygiene.glued_words", "Pesan WhatsApp itu dikirim lewat WhatsApp.", ["Pesan", "WhatsApp", "itu"], ["Pesan"],
     False),
    ("hygiene.glued_words", "Balapan MotoGP digelar pekan depan.", ["Balapan", "MotoGP", "digelar"], ["Balapan"],
     False),
    # names that end in a function word's letters stay whole when their stem is no name form
    # of the article: it never stands alone nor takes other glued words
    ("hygiene.glued_function_word", "Pandi dan Mardi bertemu Ramadan Sebayang dan Rina Wulandari di Medan.",
     ["Pandi", "dan", "Mardi", "bertemu", "Ramadan", "Sebayang", "dan", "Rina", "Wulandari", "di", "Medan"],
     ["Pandi"], False),
    ("hygiene.glued_function_word", "Marini dan Bellini bertemu Pak Mar di Sumakan.",
     ["Marini", "dan", "Bellini", "bertemu", "Pak", "Mar", "di", "Sumakan"], ["Marini"], False),
    # a stem that makes a known full name only with another word before it stays whole
    ("hygiene.glued_function_word", "Rapat dihadiri Budi Subiantodi dan Suryadi.",
     ["Budi", "Subiantodi", "dan", "Suryadi"], ["Rapat"], False),
    # a word that only starts like a glued stem stays whole: a stem too short (`Di` of
    # `Didirikan`), a word news writes in lowercase (`Ini`), a stem the article never writes
    # alone (`Pendidikan`), a tail too short to be sure (`Humberto`), a form written twice
    ("hygiene.glued_verb", "Komentar-komentar itu ditanggapi. Pertandingan-pertandingan digelar.",
     ["Komentar", "-", "komentar", "itu"], ["Komentar", "Pertandingan-pertandingan"], False),
    ("hygiene.glued_verb", "Didirikan pada 1990, sekolah itu maju. Di sana ada kebun.",
     ["Didirikan", "pada"], ["Didirikan", "Di"], False),
    ("hygiene.glued_verb", "Iniberikut daftarnya. Ini daftar lama.", ["Iniberikut", "daftarnya"], ["Iniberikut", "Ini"],
     False),
    ("hygiene.glued_verb", "Pendidikan gratis dimulai. Kemenpora mendukung.", ["Pendidikan", "gratis"],
     ["Pendidikan", "Kemenpora"], False),
    ("hygiene.glued_verb", "Pelatih Humberto datang. Hum tertawa.", ["Pelatih", "Humberto", "datang"], ["Pelatih", "Hum"],
     False),
    ("hygiene.glued_verb", "Perusahaan Sumberdaya hadir di Sumberdaya Expo. Sumber energi itu murah.",
     ["Perusahaan", "Sumberdaya", "hadir"], ["Perusahaan", "Sumber"], False),
    ("hygiene.glued_function_word", "Sebagai ketua, Rudi Sebayang hadir. Sebayang lalu pulang dan Sebayang tertawa.",
     ["Rudi", "Sebayang", "hadir"], ["Sebagai", "Sebayang"], False),
    # inside a run too, a stem the article never writes alone keeps its letters (`Cikini`)
    ("hygiene.glued_function_word", "Kolam Renang CikiniPeruntukan umum dibuka pagi ini.",
     ["Renang", "Cikini", "Peruntukan", "umum"], ["Kolam"], False),
    # a listed abbreviation's stop before a bracket, a lowercase word or a comma ends no
    # sentence; before a capitalised word it does, and an unlisted word's stop is a sentence end
    ("hygiene.abbreviation_stop", "PT Tirta Sejahtera (Persero) Tbk. (TRSJ) menyatakan laba naik.",
     ["Tbk.", "(", "TRSJ", ")", "menyatakan"], ["PT"], True),
    ("hygiene.abbreviation_stop", "Saham PT Bumi Lestari Tbk. melemah pagi ini.", ["Tbk.", "melemah"], ["Saham"],
     True),
    ("hygiene.abbreviation_stop", "Gedung itu milik Sinar Jaya Ltd., yang berkantor di Singapura.",
     ["Ltd.", ",", "yang"], ["Gedung"], True),
    ("hygiene.abbreviation_stop", "Saham itu milik PT Bumi Lestari Tbk. Perseroan lalu menjualnya.",
     ["Tbk", ".", "Perseroan"], ["Saham", "Perseroan"], False),
    ("hygiene.abbreviation_stop", "Pabrik milik PT. Sinar Jaya di Jl. Merpati Raya itu dibuka.",
     ["PT.", "Sinar", "Jaya", "di", "Jl.", "Merpati"], ["Pabrik"], True),
    ("hygiene.abbreviation_stop", "Rapat itu digelar di Bandung. (Kemudian) semua pulang.",
     ["Bandung", ".", "("], ["Rapat", "Kemudian"], False),
    # a rank's stop before a name ends no sentence (abbreviation_stop ranks); before a word
    # news writes in lowercase the rank stood alone as a noun, and the stop ends the sentence
    ("hygiene.abbreviation_stop", "Kasus itu ditangani Kombes Pol. Rudi Hartono, kata dia.",
     ["Kombes", "Pol.", "Rudi", "Hartono"], ["Kasus"], True),
    ("hygiene.abbreviation_stop", "Tersangka AKBP. Fajar lalu ditahan di Jakarta.", ["Tersangka", "AKBP.", "Fajar"],
     ["Tersangka"], True),
    ("hygiene.abbreviation_stop", "Hadir pula Presiden FIFA Mr. Gianni Infantino di sana.",
     ["FIFA", "Mr.", "Gianni", "Infantino"], ["Hadir"], True),
    ("hygiene.abbreviation_stop", "Latihan itu dipimpin Kol. Budi Santoso sejak pagi.", ["dipimpin", "Kol.", "Budi"],
     ["Latihan"], True),
    ("hygiene.abbreviation_stop", "Jabatan itu kini dipegang seorang Brigjen. Kemudian pangkatnya naik.",
     ["Brigjen", ".", "Kemudian"], ["Jabatan", "Kemudian"], False),
    # post-nominal letters by their shape after a name and its comma, listed or not, up to a
    # comma before a lowercase word: no sentence ends inside them, a glued ".,M" joins no
    # paragraphs, and each token ends at its last stop
    ("hygiene.postnominal_letters", "Peneliti senior, Ketut Ardana Putra, SS.,M.Par.,CPOD., menilai wisata pulih.",
     ["Putra", ",", "SS.", ",", "M.Par.", ",", "CPOD.", ",", "menilai"], ["Peneliti"], True),
    ("hygiene.postnominal_letters", "Notaris Rina Wulandari, S.H., M.Kn., menjelaskan akta itu sah.",
     ["Wulandari", ",", "S.H.", ",", "M.Kn.", ",", "menjelaskan"], ["Notaris"], True),
    # a dot inside a token is left to the tokenizer's degree test (names.degree): no repair
    ("hygiene.postnominal_letters", "Ketua tim, Budi Hartono, S.T, M.Eng, dalam rapat itu mengatakan jalan rusak.",
     ["Hartono", ",", "S.T", ",", "M.Eng", ",", "dalam"], ["Ketua"], False),

    # a part after a dot opens with a capital (no web name); a paragraph joined with commas stays one
    ("hygiene.postnominal_letters", "Berita itu dikutip dari Kabar.id, lalu menyebar.", ["Kabar.id", ",", "lalu"],
     ["Berita"], False),
    ("hygiene.comma_paragraph_join", "Hujan turun sejak pagi.,Warga lalu mengungsi.", [".", ",", "Warga"],
     ["Hujan", "Warga"], True),
    # a capital alone before a stop after a word, then a word news writes in lowercase: a
    # sentence end; before a name, or after a comma (a list of initials), an initial
    ("hygiene.initial_sentence_end", "Klub itu bermain di Serie A. Namun pelatihnya pergi.",
     ["Serie", "A.", "Namun"], ["Klub", "Namun"], True),
    ("hygiene.initial_sentence_end", "Tim itu juara Grup B. Mereka lolos ke babak berikutnya.",
     ["Grup", "B.", "Mereka"], ["Tim", "Mereka"], True),
    ("hygiene.initial_sentence_end", "Surat itu diteken Direktur M. Rahman Hakim kemarin.",
     ["M.", "Rahman", "Hakim"], ["Surat"], False),
    ("hygiene.initial_sentence_end", "Pencetak gol: A. Ramli (2), B. Sutrisno (1).", ["B.", "Sutrisno"], ["Pencetak"],
     False),
]


@pytest.fixture(scope="module")
def tokenizer() -> Language:
    return build_tokenizer()


def _repaired_and_tokenized(text: str, rules: RuleSet, tokenizer: Language) -> Document:
    document = Document(text)
    find_repairs(document, rules.hygiene, rules.common_words, rules.known_name_endings)
    tokenize(document, tokenizer, build_glue_pattern(sorted(rules.reporting_verbs)),
             sentence_starts=sentence_starts(document), token_cuts=token_cuts(document),
             sentence_joins=sentence_joins(document))
    return document


def _assert_tokens(document: Document, tokens: list[str], first_tokens: list[str]) -> None:
    """The stretch's tokens are a run of the document's; the sentences open with `first_tokens`."""
    words = [token.text for token in document.tokens]
    assert any(words[at:at + len(tokens)] == tokens for at in range(len(words))), words
    assert [document.tokens_between(sentence.start, sentence.end)[0].text
            for sentence in document.sentences] == first_tokens


@pytest.mark.parametrize(("rule_id", "text", "tokens", "first_tokens", "repaired"), GLUE,
                         ids=[f"{case[0]}:{case[1][:30]}" for case in GLUE])
def test_glue_is_cut_where_the_hygiene_stage_says(rule_id: str, text: str, tokens: list[str], first_tokens: list[str],
                                                  repaired: bool, rules: RuleSet, tokenizer: Language) -> None:
    """The glued stretch's tokens (a run of the document's), the sentences' first tokens, and
    whether the rule recorded a repair; the text is unchanged."""
    document = _repaired_and_tokenized(text, rules, tokenizer)
    _assert_tokens(document, tokens, first_tokens)
    assert (rule_id in {repair.rule for repair in document.repairs}) == repaired
    assert document.text == text


# Glue tails (speakers.yml `glue_tails`) the tokenizer cuts off a capitalised word: (text, a
# run of the document's tokens). A preposition no name ends in goes even after a name the
# article never writes alone; the longest tail ending the word is cut; a tail that ends names
# (names.yml `name_endings`) needs the stem written alone, at a text start too; a word the
# article also writes in lowercase is one word capitalised at a sentence start.
TAIL_GLUE: list[tuple[str, list[str]]] = [
    ("Ketua KONI Raden Sutrisnodalam rapat itu menyebut atlet siap.", ["Raden", "Sutrisno", "dalam", "rapat"]),
    ("Pemerintah Korea Utaramelalui juru bicaranya mengecam serangan itu.", ["Korea", "Utara", "melalui", "juru"]),
    ("Menteri Budi Hartonosetelah rapat kabinet pulang ke kantor.", ["Budi", "Hartono", "setelah", "rapat"]),
    ("Chaoyang diguyur hujan deras sejak pagi.", ["Chaoyang", "diguyur"]),
    ("Warga Gazayang mengungsi menunggu bantuan. Gaza gelap gulita.", ["Warga", "Gaza", "yang", "mengungsi"]),
    ("Guru memperdalam materi. Memperdalam materi itu penting.", [".", "Memperdalam", "materi", "itu"]),
]


@pytest.mark.parametrize(("text", "tokens"), TAIL_GLUE, ids=[case[0][:30] for case in TAIL_GLUE])
def test_glue_tails_are_cut_where_the_tokenizer_says(text: str, tokens: list[str], rules: RuleSet,
                                                       tokenizer: Language) -> None:
    document = Document(text)
    find_repairs(document, rules.hygiene, rules.common_words, rules.known_name_endings)
    tokenize(document, tokenizer, build_glue_pattern(sorted(rules.reporting_verbs)), rules.glue_tails,
             rules.common_words, sentence_starts(document), rules.name_endings, rules.glued_verb_prefixes,
             token_cuts(document), rules.degrees, sentence_joins(document))
    words = [token.text for token in document.tokens]
    assert any(words[at:at + len(tokens)] == tokens for at in range(len(words))), words


# A comma between two digits is a decimal comma: the tokenizer's glued-comma cut leaves the
# number one token (a comma token there read as a clause boundary); a glued comma after a
# word is still cut. (text, the stretch's tokens, the sentences' first tokens)
DECIMAL_COMMAS: list[tuple[str, list[str], list[str]]] = [
    ("Bantuan sebesar Rp1,075 miliar disalurkan, lalu naik 2,5 persen.",
     ["Rp", "1,075", "miliar", "disalurkan", ","], ["Bantuan"]),
    ("Inflasi naik 2,5 persen,lalu turun.", ["2,5", "persen", ",", "lalu"], ["Inflasi"]),
]


@pytest.mark.parametrize(("text", "tokens", "first_tokens"), DECIMAL_COMMAS, ids=[case[0][:30] for case in DECIMAL_COMMAS])
def test_a_decimal_comma_keeps_its_number_one_token(text: str, tokens: list[str], first_tokens: list[str],
                                                    rules: RuleSet, tokenizer: Language) -> None:
    document = _repaired_and_tokenized(text, rules, tokenizer)
    _assert_tokens(document, tokens, first_tokens)
    assert document.repairs == []


# Clean invented sentences, each with a quote; damage is inserted between or after them.
CLEAN = [
    "[Rina Marlina|PER] meninjau gudang beras pada Senin (3/2).",
    "Ia menjelaskan bahwa stok beras cukup sampai Lebaran.",
    "“Harga gabah di tingkat petani masih stabil,” kata [Rina Marlina|PER].",
    "[Dedi Kurniawan|PER] mengatakan bahwa distribusi ke pasar berjalan lancar.",
]
GLUE = ["", " ", "\n"]  # a sentence glued to the last, a space, a paragraph break
CREDITS = ["", "\n([Fajar Nugroho|PER])", "([Fajar Nugroho|PER])\n([Fajar Nugroho|PER])", " (ant/rzk)"]
DATELINES = ["", "JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta -", "TEMPO.CO, Solo – "]


def _joined(separators: list[str], credit: str, dateline: str = "") -> str:
    parts = [dateline + CLEAN[0]]
    for separator, sentence in zip(separators, CLEAN[1:], strict=True):
        parts.append(separator + sentence)
    return "".join(parts) + credit


def _quotes(markup_extractor: MarkupExtractor, marked: str) -> list[tuple[str, str | None, str]]:
    text, result = markup_extractor.extract(marked)
    assert_offsets_point_into(text, result)
    assert [person.name for person in result.people if person.kind == "person"] == ["Rina Marlina", "Dedi Kurniawan"]
    return [(q.text.strip(" ,."), q.speaker.name, q.rule) for q in result.quotes]


@pytest.mark.parametrize("glue", GLUE, ids=["glued", "space", "newline"])
@pytest.mark.parametrize("credit", CREDITS, ids=["none", "byline", "repeated_byline", "agency_code"])
def test_damage_gives_the_same_quotes_at_shifted_offsets(glue: str, credit: str,
                                                          markup_extractor: MarkupExtractor) -> None:
    clean = _quotes(markup_extractor, _joined([" "] * (len(CLEAN) - 1), ""))
    assert len(clean) == 3
    assert _quotes(markup_extractor, _joined([glue] * (len(CLEAN) - 1), credit)) == clean


def test_a_line_broken_at_a_stripped_link_keeps_the_quote(markup_extractor: MarkupExtractor) -> None:
    clean = _quotes(markup_extractor, _joined([" "] * (len(CLEAN) - 1), ""))
    broken = _joined([" "] * (len(CLEAN) - 1), "").replace("distribusi ke pasar", "distribusi ke\npasar")
    assert _quotes(markup_extractor, broken) == [(text.replace("ke pasar", "ke\npasar"), speaker, rule)
                                                 for text, speaker, rule in clean]


# A "read more" title a scraper left before the second sentence, with no line break after it: the
# sentence glued on still opens with its pronoun (`… Naik Lagi Ia menjelaskan …`).
READ_MORE_TITLE = "Baca juga: Harga Cabai Naik Lagi di Pasar Induk "


# Words of the clean sentences, outside quotation marks and names, where a scraper that strips
# a link leaves a line break ("distribusi ke\npasar"); the quote keeps its words.
LINK_BREAK_WORDS = ["gudang beras", "stok beras", "ke pasar", "berjalan lancar"]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, list[str]]:
    """The clean sentences with a dateline drawn before them, a separator drawn for each gap (a
    "read more" title glued into the first), a trailing credit drawn, and a line break put where a link was stripped inside some sentences."""
    separators = [draw(st.sampled_from(GLUE)) for _ in CLEAN[1:]]
    separators[0] += draw(st.sampled_from(["", READ_MORE_TITLE]))
    credit = draw(st.sampled_from(CREDITS))
    dateline = draw(st.sampled_from(DATELINES))
    broken = draw(st.lists(st.sampled_from(LINK_BREAK_WORDS), unique=True, max_size=len(LINK_BREAK_WORDS)))
    marked = _joined(separators, credit, dateline)
    for words in broken:
        marked = marked.replace(words, words.replace(" ", "\n", 1))
    return marked, broken


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=damaged())
def test_any_mix_of_damage_gives_the_same_quotes_at_shifted_offsets(case: tuple[str, list[str]],
                                                                   markup_extractor: MarkupExtractor) -> None:
    """Property form of the table above: every combination of a dateline, glue, stripped-link
    line breaks, a glued "read more" title and trailing credits gives the clean text's quotes (same words, speakers and rules), each
    at offsets that point into the damaged text."""
    marked, broken = case
    clean = _quotes(markup_extractor, _joined([" "] * (len(CLEAN) - 1), ""))
    expected = []
    for text, speaker, rule in clean:
        for words in broken:
            text = text.replace(words, words.replace(" ", "\n", 1))
        expected.append((text, speaker, rule))
    assert _quotes(markup_extractor, marked) == expected


# The abbreviation stops are searched only at the run of word characters before each full stop
# that a follower follows (`_abbreviation_stops_in`): the same matches as the whole pattern
# searched over the text, with stops inside and after other word characters, repeated stops,
# and a listed abbreviation that is no run of word characters (searched the plain way).
@pytest.mark.parametrize(("abbreviations", "text"), [
    (("Tbk", "PT", "Co", "Ltd"), "Saham PT. Maju Tbk. (MAJU) naik; Sinar Co.,Ltd. dan xTbk. tidak."),
    (("Tbk", "PT"), "Laba PT.PT. itu naik. _Tbk. turun, .Tbk. juga, Tbk.. lalu ÉTbk. dan Tbk.\tturun."),
    (("Kab", "Jl"), "Kantor Kab. (baru) di Jl.\tmerpati, Jl.Melati dan Kab."),
    (("S.H", "Tbk"), "Ia bergelar S.H. dan bekerja di PT Maju Tbk. sejak lama."),
])
def test_abbreviation_stops_are_the_patterns_own_matches(abbreviations: tuple[str, ...], text: str) -> None:
    followers = hygiene.ABBREVIATION_STOP_FOLLOWERS
    expected = [match.span() for match in hygiene._abbreviation_stop_pattern(abbreviations, followers).finditer(text)]
    assert expected
    assert [match.span() for match in hygiene._abbreviation_stops_in(text, abbreviations, followers)] == expected


def test_a_glued_sentence_opening_with_a_common_word_leaves_the_title_out_of_its_quote(
        markup_extractor: MarkupExtractor) -> None:
    """quotes.yml title_lowercase_words with names.yml common_words: a capitalised common word
    before a lowercase word (`Jika stok …`) where the glued title ends opens the sentence, so the
    quote read in it starts there; a name's last word would leave the sentence whole."""
    _, result = markup_extractor.extract(
        "Harga cabai naik.\nBaca juga: Tiga Pejabat Dinas Pertanian Ditahan di Medan Jika stok beras cukup, harga "
        "akan turun kata [Rina Marlina|PER].")
    assert [(q.text, q.speaker.name, q.rule) for q in result.quotes] == [
        ("Jika stok beras cukup, harga akan turun", "Rina Marlina", "indirect.cue.postposed")]
