"""Clause structure and false quotes (issue 20) as tables over the markup tagger.

Each case is an invented Indonesian sentence with its entities written inline (tests/markup.py)
and the exact quotes the rules must return: (type, a fragment of the text, speaker, rule,
resolution). Rejected candidates are checked by the id of the false-quote reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extraction.rules import RuleError, RuleSet, load_rules
from tests.conftest import copy_rules
from tests.markup import MarkupExtractor, assert_quote_rows

Expected = list[tuple[str, str, str | None, str, str]]
Case = tuple[str, str, Expected]

NESTED_CLAUSES: list[Case] = [
    ("cue_inside_the_reported_clause",
     "[Budi Santoso|PER] mengatakan bahwa [Andi|PER] meminta maaf atas keterlambatan proyek itu.",
     [("indirect", "Andi meminta maaf atas keterlambatan", "Budi Santoso", "indirect.verb.say", "name")]),
    ("reporting_verb_inside_the_reported_clause_is_not_a_second_quote",
     "[Rina Marlina|PER] mengatakan bahwa [Andi Wijaya|PER] menyebut harga beras akan turun bulan depan.",
     [("indirect", "Andi Wijaya menyebut harga beras", "Rina Marlina", "indirect.verb.say", "name")]),
    ("a_later_coordinated_report_still_starts_its_own_quote",
     "[Budi Santoso|PER] mengatakan bahwa harga beras naik, sementara [Rina Marlina|PER] menilai pasokan masih aman.",
     [("indirect", "harga beras naik", "Budi Santoso", "indirect.verb.say", "name"),
      ("indirect", "pasokan masih aman", "Rina Marlina", "indirect.verb.say", "name")]),
]

SHORT_CLAUSES: list[Case] = [
    ("two_word_clause_after_bahwa",
     "[Budi Santoso|PER] mengatakan bahwa harga naik.",
     [("indirect", "harga naik", "Budi Santoso", "indirect.verb.say", "name")]),
    ("mengaku_with_a_short_clause",
     "Pelatih Persib [Bojan Hodak|PER] mengaku timnya kelelahan.",
     [("indirect", "timnya kelelahan", "Bojan Hodak", "indirect.verb.say", "name")]),
]

SUBJECTS: list[Case] = [
    ("dirinya_as_subject",
     "Menteri Perdagangan [Rina Marlina|PER] hadir di pasar. Dirinya memperingatkan bahwa harga cabai akan naik pekan depan.",
     [("indirect", "harga cabai akan naik", "Rina Marlina", "indirect.verb.state", "pronoun")]),
    ("pihaknya_as_subject",
     "Kepala dinas [Andi Wijaya|PER] meninjau gudang. Pihaknya mengatakan stok beras aman sampai akhir tahun.",
     [("indirect", "stok beras aman", "Andi Wijaya", "indirect.verb.say", "pronoun")]),
    ("beliau_as_subject",
     "[Ma'ruf Amin|PER] menghadiri pengajian itu. Beliau mengatakan bahwa umat harus saling menghormati.",
     [("indirect", "umat harus saling menghormati", "Ma'ruf Amin", "indirect.verb.say", "pronoun")]),
    ("a_subject_before_an_adverb_closed_by_a_comma",
     "Direktur Utama PT Bank Sentosa [Rudi Hartono|PER] misalnya, bilang tahun ini perseroan akan fokus pada "
     "kredit mikro.",
     [("indirect", "tahun ini perseroan akan fokus pada kredit mikro", "Rudi Hartono", "indirect.verb.say",
       "name")]),
]

GROUP_SUBJECTS: list[Case] = [
    ("mereka_takes_the_group_that_opened_the_previous_sentence",
     "Para nelayan pesisir Demak menolak proyek reklamasi itu. Mereka mengatakan hasil tangkapan turun sejak "
     "proyek dimulai.",
     [("indirect", "hasil tangkapan turun", "Para nelayan pesisir Demak", "indirect.verb.say", "role")]),
    ("mereka_with_bahwa_after_an_indefinite_group",
     "Sejumlah warganet mengkritik keputusan itu. Mereka menilai bahwa denda tersebut terlalu berat.",
     [("indirect", "denda tersebut terlalu berat", "Sejumlah warganet", "indirect.verb.say", "role")]),
    ("keduanya_takes_the_group_with_an_adverbial",
     "Sebagian besar netizen membela sang penyanyi. Keduanya dengan kompak mengatakan acara itu sudah jelas.",
     [("indirect", "acara itu sudah jelas", "Sebagian besar netizen", "indirect.verb.say", "role")]),
    # issue 20: a short lowercase noun phrase speaks as a group when a quantifier opens it, or when it
    # follows a comma and a conjunction after an earlier report of the sentence (cues.yml group_subject)
    ("a_quantifier_makes_a_lowercase_noun_a_group_subject",
     "Sejumlah peserta menyatakan bahwa hukuman mati perlu diterapkan bagi koruptor.",
     [("indirect", "hukuman mati perlu diterapkan bagi koruptor", "Sejumlah peserta", "indirect.verb.group_subject",
       "role")]),
    ("a_quantified_group_of_two_nouns_without_bahwa",
     "Beberapa pedagang pasar mengatakan omzet mereka turun 20 persen sejak Januari.",
     [("indirect", "omzet mereka turun 20 persen sejak Januari", "Beberapa pedagang pasar",
       "indirect.verb.group_subject", "role")]),
    ("a_coordinated_group_subject_ends_the_first_report",
     "Kemudian [Asosiasi Petani Kopi|ORG] menyampaikan 2.000 petani gagal panen, dan sektor perhotelan menyebut "
     "bahwa tingkat hunian hotel turun separuh.",
     [("indirect", "2.000 petani gagal panen", "Asosiasi Petani Kopi", "indirect.verb.say", "name"),
      ("indirect", "tingkat hunian hotel turun separuh", "sektor perhotelan", "indirect.verb.group_subject", "role")]),
    ("a_quantified_group_before_a_quotation",
     "Sejumlah peserta mengatakan, “Hukuman mati perlu diterapkan bagi koruptor.”",
     [("direct", "Hukuman mati perlu diterapkan bagi koruptor.", "Sejumlah peserta", "direct.verb.group_subject",
       "role")]),
    ("a_quantified_group_with_quoted_words",
     "Beberapa pedagang pasar menyebut kenaikan harga itu “sangat mencekik” bagi pembeli.",
     [("mixed", "kenaikan harga itu “sangat mencekik”", "Beberapa pedagang pasar", "mixed.verb.group_subject",
       "role")]),
    ("a_quantified_frequency_noun_is_no_group",
     "[Budi Santoso|PER] hadir di pasar. Sebelumnya, beberapa kali menyatakan bahwa harga cabai akan turun.", []),
    # one word after the conjunction is no group: the report goes on with Budi's speaker (the verb of
    # the elided subject after an adverb is not read as a second report, an older gap)
    ("an_adverb_after_a_coordinating_conjunction_is_no_group",
     "[Budi Santoso|PER] mengatakan harga cabai naik, dan segera menyampaikan bahwa stok beras aman.",
     [("indirect", "harga cabai naik, dan segera menyampaikan bahwa stok beras aman", "Budi Santoso",
       "indirect.verb.say", "name")]),
    ("a_quantified_time_noun_is_no_group",
     "Beberapa waktu lalu mengatakan harga cabai turun.", []),
    ("a_coordinated_phrase_with_a_demonstrative_is_no_group",
     "[Budi Santoso|PER] menyebut harga cabai naik, dan kenaikan itu menegaskan tekanan inflasi.",
     [("indirect", "harga cabai naik, dan kenaikan itu menegaskan tekanan inflasi", "Budi Santoso",
       "indirect.verb.say", "name")]),
    ("a_bare_lowercase_subject_with_no_quantifier_or_coordination",
     "Harga bahan baku naik. Kendati begitu, pelaku industri menekankan izin ini tidak berarti tanpa anggaran.",
     [("indirect", "izin ini tidak berarti tanpa anggaran", "pelaku industri", "indirect.verb.group_subject",
       "role")]),
    # the comma of a short adjunct opener starts the main clause: the phrase after it is the subject
    ("a_bare_lowercase_subject_after_an_opener_with_a_subordinator",
     "Ketika ditanya wartawan, pedagang pasar menilai harga cabai masih wajar.",
     [("indirect", "harga cabai masih wajar", "pedagang pasar", "indirect.verb.group_subject", "role")]),
    ("a_bare_lowercase_subject_after_a_prepositional_opener",
     "Kepada penyidik, pelaku mengaku sudah tiga kali mencuri sepeda motor di kompleks itu.",
     [("indirect", "sudah tiga kali mencuri sepeda motor di kompleks itu", "pelaku", "indirect.verb.group_subject",
       "role")]),
    # an opener longer than cues.yml group_subject max_opener_words is a clause of its own, not an adjunct
    ("a_lowercase_phrase_after_a_long_opener_is_no_group",
     "Ketika ditanya wartawan di pasar induk kota kemarin sore, pedagang pasar menilai harga cabai masih wajar.",
     []),
    # an opener no adjunct word opens may be the subject itself: the phrase after its comma is no group
    ("a_lowercase_phrase_after_a_clause_with_a_verb_is_no_group",
     "Stok menipis, warga mengeluhkan harga beras terus naik.", []),
    ("an_adverb_after_a_subject_set_off_by_a_comma_is_no_group",
     "Rekaman suara yang bocor kemarin, tampaknya menyebut kepala desa menerima suap.", []),
    # a subordinator, a question word or a relative marker is no noun of a group
    ("a_subordinator_after_an_opener_is_no_group",
     "Ya, jika kalian menyebut kota itu pasti teringat udang.", []),
    # the verb after `yang` is the relative clause's: the noun before it does not speak
    ("an_adjective_after_an_opener_is_no_group",
     "Oleh sebab itu, penting memastikan bahwa stok beras di gudang cukup.", []),
    ("a_noun_before_a_relative_clause_after_an_opener_is_no_group",
     "Bahkan, kabar yang menyebut harga cabai naik ternyata keliru.", []),
    ("mereka_without_a_group_before_it_is_no_speaker",
     "Mereka mengatakan harga beras akan turun bulan depan.", []),
    ("mereka_takes_the_organisation_that_opened_the_previous_sentence",
     "Organisasi [Femen|ORG] menjadi perhatian publik atas aksi-aksinya. Mereka menuding bahwa pemerintah ikut "
     "menyuburkan industri itu.",
     [("indirect", "pemerintah ikut menyuburkan industri itu", "Organisasi Femen", "indirect.verb.say", "name")]),
    ("mereka_after_a_single_person_is_no_speaker",
     "[Budi Santoso|PER] menolak proyek itu. Mereka memandang proses pencalonan itu tak lepas dari intervensi.", []),
    # issue 20/21: the group is the subject after an opening adverbial closed by a comma
    ("mereka_takes_the_group_after_an_opening_adverbial",
     "Tak hanya pengusaha otomotif, para importir ponsel pun terkena dampak pelemahan rupiah. Mereka "
     "mengatakan impor ponsel merosot hingga 20 persen.",
     [("indirect", "impor ponsel merosot", "para importir ponsel", "indirect.verb.group_clause_subject", "role")]),
    ("mereka_takes_the_organisation_after_an_opening_adverbial",
     "Dalam surat bernomor 3 itu, [Forum Purnawirawan Prajurit|ORG] menyampaikan sejumlah pandangan hukum. "
     "Mereka memandang proses pencalonan itu tak lepas dari intervensi.",
     [("indirect", "proses pencalonan itu tak lepas", "Forum Purnawirawan Prajurit",
       "indirect.verb.group_clause_subject", "name")]),
    # the people most recently named together ("A dan B") speak as a pair
    ("keduanya_takes_the_two_people_named_together",
     "Hal yang sama juga disampaikan Duta Besar Swiss [Andi Wijaya|PER] dan Duta Besar Austria "
     "[Budi Santoso|PER]. Keduanya dengan kompak mengatakan tim itu akan juara tahun ini.",
     [("indirect", "tim itu akan juara", "Andi Wijaya dan Budi Santoso", "indirect.verb.group_named_pair",
       "role")]),
    ("keduanya_takes_a_pair_whose_first_name_was_tagged_as_an_organisation",
     "Hal yang sama juga disampaikan [Duta Besar Swiss Andi Wijaya|ORG] dan Duta Besar Austria "
     "[Budi Santoso|PER]. Keduanya dengan kompak mengatakan tim itu akan juara tahun ini.",
     # the people stage reads a pair holding one person of the article as that person
     [("indirect", "tim itu akan juara", "Budi Santoso", "indirect.verb.group_named_pair", "role")]),
    ("keduanya_after_two_organisations_is_no_speaker",
     "Hal yang sama juga disampaikan [Kementerian Keuangan|ORG] dan [Bank Indonesia|ORG]. Keduanya "
     "mengatakan inflasi akan turun tahun ini.", []),
    ("keduanya_with_a_quotation_takes_the_pair",
     "Pelatih [Andi Wijaya|PER] dan Asisten Pelatih [Budi Santoso|PER] hadir di stadion. Keduanya mengatakan, "
     "“Tim ini siap juara musim depan.”",
     [("direct", "Tim ini siap juara musim depan.", "Andi Wijaya dan Budi Santoso", "direct.verb.group_named_pair",
       "role")]),
    ("mereka_with_quoted_words_takes_the_group_after_an_opening_adverbial",
     "Selain petani, para pedagang pasar juga mengeluh. Mereka mengatakan harga cabai kini “sangat gila”.",
     [("mixed", "harga cabai kini “sangat gila”", "para pedagang pasar", "mixed.verb.group_clause_subject",
       "role")]),
    ("keduanya_with_quoted_words_takes_the_pair",
     "Ketua [Andi Wijaya|PER] dan Sekretaris [Budi Santoso|PER] hadir di balai desa. Keduanya menilai panen "
     "tahun ini “luar biasa”.",
     [("mixed", "panen tahun ini “luar biasa”", "Andi Wijaya dan Budi Santoso", "mixed.verb.group_named_pair",
       "role")]),
    ("mereka_with_a_quotation_takes_the_group_after_an_opening_adverbial",
     "Selain petani, para pedagang pasar juga mengeluh. Mereka mengatakan, “Harga cabai naik terus.”",
     [("direct", "Harga cabai naik terus.", "para pedagang pasar", "direct.verb.group_clause_subject", "role")]),
    # issue 20: a relative clause modifies the previous sentence's subject; its head is the group
    ("mereka_takes_the_organisation_before_a_relative_clause_between_commas",
     "[Kelompok Tani Makmur|ORG], yang didukung pemerintah desa, telah menggelar aksi di balai kota. Mereka "
     "mengklaim aksi tersebut sebagai bentuk solidaritas terhadap petani.",
     [("indirect", "aksi tersebut sebagai bentuk solidaritas", "Kelompok Tani Makmur",
       "indirect.verb.group_clause_subject", "name")]),
    # a bare phrase of lowercase common nouns is the group the plural pronoun speaks for
    ("mereka_takes_a_bare_group_noun_after_an_opening_adverbial",
     "Dalam aksi itu, massa menolak kebijakan baru pemerintah daerah. Mereka menilai program itu memboroskan "
     "anggaran daerah.",
     [("indirect", "program itu memboroskan anggaran", "massa", "indirect.verb.group_noun_antecedent", "role")]),
    ("mereka_takes_the_bare_group_noun_before_a_relative_clause",
     "Sebelumnya, maskapai penerbangan nasional yang tergabung dalam asosiasi kompak menaikkan harga tiket. "
     "Mereka beralasan biaya operasional terus membengkak.",
     [("indirect", "biaya operasional terus membengkak", "maskapai penerbangan nasional",
       "indirect.verb.group_noun_antecedent", "role")]),
    ("mereka_with_a_quotation_takes_a_bare_group_noun",
     "Dalam aksi itu, massa menolak kebijakan baru pemerintah daerah. Mereka mengatakan, “Kami tidak setuju "
     "dengan kebijakan ini.”",
     [("direct", "Kami tidak setuju dengan kebijakan ini.", "massa", "direct.verb.group_noun_antecedent", "role")]),
    ("mereka_with_quoted_words_takes_a_bare_group_noun",
     "Dalam aksi itu, massa menolak kebijakan baru pemerintah daerah. Mereka menilai kebijakan itu “sangat "
     "merugikan” warga.",
     [("mixed", "kebijakan itu “sangat merugikan” warga", "massa", "mixed.verb.group_noun_antecedent", "role")]),
    ("mereka_after_a_long_lowercase_phrase_is_no_speaker",
     "Dalam rapat itu, kios sayur pasar ikan menolak usulan tersebut. Mereka mengatakan harga tanah akan naik.",
     []),
    ("mereka_after_a_sentence_with_no_predicate_before_its_verb_is_no_speaker",
     "Harga cabai naik tajam pekan ini. Mereka mengatakan harga beras akan turun bulan depan.", []),
    ("mereka_after_two_people_named_apart_is_no_speaker",
     "[Andi Wijaya|PER] menolak proyek itu, sedangkan [Budi Santoso|PER] mendukungnya. Mereka mengatakan "
     "harga tanah akan naik.", []),
    # issues 19/20: a quantity of people is a group (cues.yml group_quantified_antecedent), even
    # where the sentence-initial quantity reads as a capitalised name
    ("mereka_takes_a_group_opened_by_a_quantity_word",
     "Ratusan buruh pabrik berunjuk rasa di depan kantor bupati. Mereka mengatakan upah bulan ini belum dibayar.",
     [("indirect", "upah bulan ini belum dibayar", "Ratusan buruh pabrik", "indirect.verb.group_quantified_antecedent",
       "role")]),
    ("mereka_takes_a_group_opened_by_an_approximate_quantity",
     "Sekitar seratusan nelayan kembali mendatangi balai desa. Mereka mengaku solar di pelabuhan sudah habis.",
     [("indirect", "solar di pelabuhan sudah habis", "Sekitar seratusan nelayan",
       "indirect.verb.group_quantified_antecedent", "role")]),
    ("mereka_takes_a_group_opened_by_digits_after_an_opening_adverbial",
     "Pada Senin pagi, 40 pedagang kaki lima mendatangi kantor kecamatan. Mereka menilai relokasi itu merugikan.",
     [("indirect", "relokasi itu merugikan", "40 pedagang kaki lima", "indirect.verb.group_quantified_antecedent",
       "role")]),
    ("mereka_takes_a_quantified_group_before_its_relative_clause",
     "Sejumlah orang yang kehilangan rumah kini tinggal di tenda. Mereka berkata bahwa udara siang sangat panas.",
     [("indirect", "udara siang sangat panas", "Sejumlah orang", "indirect.verb.group_quantified_antecedent",
       "role")]),
    ("a_quantity_without_a_noun_is_no_group",
     "Ratusan berunjuk rasa di depan kantor bupati. Mereka mengatakan upah bulan ini belum dibayar.", []),
    # issues 19/20: the agent of a passive of saying speaks for the pronoun (cues.yml group_passive_agent)
    ("mereka_takes_the_quantified_agent_of_a_passive_of_saying",
     "Sebelumnya, usulan itu disampaikan sejumlah produsen sepeda motor di Jakarta. Mereka menganggap "
     "insentif pajak itu baik untuk industri.",
     [("indirect", "insentif pajak itu baik untuk industri", "sejumlah produsen sepeda motor",
       "indirect.verb.group_passive_agent", "role")]),
    ("mereka_takes_the_agent_after_oleh_and_an_adverbial",
     "Kabar itu kemudian dibantah dengan tegas oleh [Persatuan Guru Nusantara|ORG]. Mereka menyatakan tidak ada "
     "rencana mogok mengajar.",
     [("indirect", "tidak ada rencana mogok mengajar", "Persatuan Guru Nusantara",
       "indirect.verb.group_passive_agent", "name")]),
    ("mereka_takes_a_group_agent_before_a_phrase_stop",
     "Temuan ini dikonfirmasi oleh para peneliti dari universitas itu. Mereka mengatakan virus tersebut sudah "
     "bermutasi.",
     [("indirect", "virus tersebut sudah bermutasi", "para peneliti", "indirect.verb.group_passive_agent",
       "role")]),
    ("the_outlet_after_a_sourcing_passive_is_no_group",
     "Kabar itu, seperti dilansir [Kabar Nusantara|ORG] pada Selasa, memicu kemarahan warga. Mereka mengatakan "
     "dua halte harus ditutup.", []),
    # issues 19/20: a subject set off from its predicate by adjuncts between commas (cues.yml
    # group_set_off_subject); an adjunct stretch is never the subject
    ("mereka_takes_an_organisation_set_off_by_a_sourcing_adjunct",
     "[Pemerintah Kota Bandung|ORG], seperti dilansir [Kabar Nusantara|ORG] pada Selasa, kemudian mengecam aksi "
     "itu. Mereka mengatakan dua halte harus ditutup.",
     [("indirect", "dua halte harus ditutup", "Pemerintah Kota Bandung", "indirect.verb.group_set_off_subject",
       "name")]),
    ("an_opening_adjunct_before_a_subjectless_predicate_is_no_group",
     "Pada April lalu, sempat diserukan pembebasan tahanan itu. Mereka mengatakan bahwa penahanan itu "
     "sewenang-wenang.", []),
    ("a_set_off_stretch_that_does_not_open_the_sentence_is_no_subject",
     "Harga cabai naik tajam, hak para petani, juga terabaikan. Mereka mengatakan bahwa pupuk terlambat datang.",
     []),
    ("mereka_takes_a_group_set_off_by_a_time_adjunct",
     "Para pakar hukum, pada April lalu, sempat menyerukan pembebasan tahanan itu. Mereka mengatakan bahwa "
     "penahanan itu sewenang-wenang.",
     [("indirect", "penahanan itu sewenang-wenang", "Para pakar hukum", "indirect.verb.group_set_off_subject",
       "role")]),
    ("the_agent_of_a_passive_of_saying_who_is_a_person_is_no_group",
     "Hal itu disampaikan [Budi Santoso|PER] kemarin. Mereka mengatakan harga beras akan turun bulan depan.", []),
]

POSTMODIFIED_SUBJECTS: list[Case] = [
    # issues 20/21: a short adverbial closed by a demonstrative at the edge of the subject
    ("an_opening_time_adverbial_before_a_role_subject",
     "Pemain itu mencetak gol pada menit ke-80. Saat itu pelatih lawan beranggapan posisi pemain itu sudah offside.",
     [("indirect", "posisi pemain itu sudah offside", "pelatih lawan", "indirect.verb.adverbial_subject", "role")]),
    ("a_connective_adverbial_after_a_pronoun_subject",
     "[Budi Santoso|PER] hadir di kompleks parlemen. Dia selain itu juga mengaku belum membaca surat tersebut.",
     [("indirect", "belum membaca surat tersebut", "Budi Santoso", "indirect.verb.adverbial_subject", "pronoun")]),
    ("an_adverbial_after_a_pronoun_with_a_capitalised_word_is_no_subject",
     "Dia selain Jakarta itu mengaku belum membaca surat tersebut.", []),
    ("a_direct_quote_after_a_pronoun_and_an_adverbial",
     "[Budi Santoso|PER] hadir di kompleks parlemen. Dia selain itu juga mengatakan, “Saya belum membaca surat itu.”",
     [("direct", "Saya belum membaca surat itu.", "Budi Santoso", "direct.verb.adverbial_subject", "pronoun")]),
    ("quoted_words_after_an_opening_time_adverbial",
     "Pemain itu mencetak gol pada menit ke-80. Saat itu pelatih lawan menilai gol itu “jelas offside”.",
     [("mixed", "gol itu “jelas offside”", "pelatih lawan", "mixed.verb.adverbial_subject", "role")]),
    ("group_head_with_a_place_modifier",
     "Para dokter di kota tersebut mengatakan mereka semakin kewalahan menangani pasien.",
     [("indirect", "mereka semakin kewalahan", "Para dokter di kota tersebut", "indirect.verb.say", "role")]),
    # issue 20: a relative clause's length is counted in words as written: "90-an" is one word, though
    # the tokenizer splits it at the hyphen
    ("an_epithet_whose_relative_clause_holds_hyphenated_words",
     "[Budi Santoso|PER] hadir di stadion. Pria yang pernah melatih [Persija|ORG] pada era 80-an hingga 90-an itu "
     "juga mengatakan bahwa timnya butuh striker baru.",
     [("indirect", "timnya butuh striker baru", "Budi Santoso", "indirect.verb.say", "role")]),
    ("role_head_with_a_relative_clause",
     "Saksi yang menelepon polisi mengatakan mobil itu dilalap api setelah keluar jalur.",
     [("indirect", "mobil itu dilalap api", "Saksi yang menelepon polisi", "indirect.verb.say", "role")]),
    # a name takes no restrictive clause: a relative clause after it describes the person, even with
    # no demonstrative closing it, and an organisation inside the clause is no subject of the verb
    ("a_name_then_a_relative_clause_holding_an_organisation",
     "“Kami siap bertanding,” kata [Hendra Wijaya|PER]. [Hendra|PER] yang juga Ketua [DPD Partai Maju|ORG] "
     "mengatakan bahwa partainya siap menghadapi pemilu.",
     [("direct", "Kami siap bertanding", "Hendra Wijaya", "direct.cue.postposed", "name"),
      ("indirect", "partainya siap menghadapi pemilu", "Hendra Wijaya", "indirect.verb.say", "name")]),
    ("an_untagged_name_the_article_tags_elsewhere_then_a_relative_clause",
     "“Kami siap bertanding,” kata [Hendra Wijaya|PER]. Hendra yang kini menjabat Ketua [DPD Partai Maju|ORG] "
     "mengatakan bahwa partainya siap menghadapi pemilu.",
     [("direct", "Kami siap bertanding", "Hendra Wijaya", "direct.cue.postposed", "name"),
      ("indirect", "partainya siap menghadapi pemilu", "Hendra Wijaya", "indirect.verb.say", "name")]),
    # a clause that names a person of its own leaves the subject to the other rules
    ("a_relative_clause_naming_its_own_person_is_not_read_for_the_head",
     "Kabar itu beredar luas. Sahabat [Rina Marlina|PER] yang juga pengacara [Hendra Wijaya|PER] menyebutkan "
     "bahwa keputusan itu sudah bulat.",
     [("indirect", "keputusan itu sudah bulat", "Hendra Wijaya", "indirect.verb.say", "name")]),
    # a capitalised word no person entity holds is no name: the organisation in the clause stays
    ("a_capitalised_word_nobody_is_called_before_a_relative_clause",
     "Sekolah yang juga mitra [Yayasan Cerdas Bangsa|ORG] menyatakan bahwa kelas baru dibuka bulan depan.",
     [("indirect", "kelas baru dibuka bulan depan", "Yayasan Cerdas Bangsa", "indirect.verb.say", "name")]),
    ("organisation_head_with_a_place_modifier_keeps_its_name",
     "[Kementerian Kesehatan|ORG] di Jakarta mengatakan stok vaksin cukup hingga akhir tahun.",
     [("indirect", "stok vaksin cukup", "Kementerian Kesehatan", "indirect.verb.say", "name")]),
    ("manner_adverbial_between_a_pronoun_and_its_verb",
     "[Rina Marlina|PER] hadir di studio. Ia pun dengan tenang menyebut bahwa dirinya seorang penyanyi.",
     [("indirect", "dirinya seorang penyanyi", "Rina Marlina", "indirect.verb.say", "pronoun")]),
    ("a_modifier_without_a_role_head_is_no_speaker",
     "Rumah di ujung jalan itu mengatakan banyak hal tentang pemiliknya.", []),
]

ADJUNCT_SUBJECTS: list[Case] = [
    # a verb whose subject is elided after a conjunction ("…, tapi justru mengakui bahwa …")
    # shares the subject that opens the sentence: a person's name, or a pronoun resolved later
    ("elided_subject_after_tapi_is_the_opening_name",
     "[Budi Santoso|PER] tak bersembunyi di balik skor, tapi justru mengakui bahwa permainan timnya buruk.",
     [("indirect", "permainan timnya buruk", "Budi Santoso", "indirect.verb.say", "name")]),
    ("elided_subject_after_tapi_is_the_opening_pronoun",
     "[Budi Santoso|PER] hadir usai laga. Ia tak bersembunyi di balik skor, tapi justru mengakui bahwa "
     "permainan timnya buruk.",
     [("indirect", "permainan timnya buruk", "Budi Santoso", "indirect.verb.say", "pronoun")]),
    # a negated stance between the subject and its verb ("tak sungkan", "tidak ragu": not
    # hesitant to say it) is an adverbial of the saying, skipped like "juga" (speakers.yml
    # negated_stances); "enggan menyebut" (reluctant) stays no report
    ("negated_stance_after_an_apposition",
     "[Budi Santoso|PER], salah satu pencetak gol, tak sungkan mengakui bahwa pertandingan itu jauh dari sempurna.",
     [("indirect", "pertandingan itu jauh dari sempurna", "Budi Santoso", "indirect.verb.say", "name")]),
    ("negated_stance_tidak_ragu_after_an_apposition",
     "[Budi Santoso|PER], pencetak gol kedua, tidak ragu mengatakan bahwa timnya bermain buruk.",
     [("indirect", "timnya bermain buruk", "Budi Santoso", "indirect.verb.say", "name")]),
    ("reluctance_is_no_stance_to_skip",
     "[Budi Santoso|PER], salah satu pencetak gol, enggan menyebut nama pemain yang cedera.", []),
    ("subject_comma_then_an_adjunct_before_the_verb",
     "Kepala Dinas Kesehatan, [Rina Marlina|PER], dalam sambutannya menyampaikan bahwa vaksin sudah tiba.",
     [("indirect", "vaksin sudah tiba", "Rina Marlina", "indirect.verb.say", "name")]),
    ("subject_then_a_time_adjunct_before_the_verb",
     "Camat [Rudi Santoso|PER] saat ditemui wartawan mengaku belum menerima laporan banjir.",
     [("indirect", "belum menerima laporan banjir", "Rudi Santoso", "indirect.verb.say", "name")]),
    ("an_adjunct_after_a_thing_is_no_speaker",
     "Rumah itu dalam foto lama mengatakan banyak hal tentang pemiliknya.", []),
    # issue 20: a longer adjunct read back from the verb (cues.yml adjunct_subject): a
    # prepositional phrase with a document's number in it, one set off from the subject by a
    # comma, one after a sentence-opening adverbial, a role subject
    ("a_letter_with_its_number_between_name_and_verb",
     "Direktur Keuangan Kementerian Keuangan [Budi Santoso|PER] dalam surat resmi kementerian untuk daerah bernomor "
     "S-12/PK.3/2020 menyebutkan bahwa penyaluran dana tahap kedua akan dipercepat.",
     [("indirect", "penyaluran dana tahap kedua akan dipercepat", "Budi Santoso",
       "indirect.verb.adjunct_subject", "name")]),
    # the document number is one word as written: the short adjunct ("dalam surat bernomor S-12/PK.3/2020")
    # sets the subject off without the longer adjunct reading
    ("a_letter_with_its_number_is_a_short_adjunct",
     "Direktur Keuangan Kementerian Keuangan [Budi Santoso|PER] dalam surat bernomor S-12/PK.3/2020 "
     "menyebutkan bahwa penyaluran dana tahap kedua akan dipercepat.",
     [("indirect", "penyaluran dana tahap kedua akan dipercepat", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_comma_then_a_kepada_adjunct_before_the_verb",
     "Petugas bandara itu, kepada wartawan membenarkan bahwa dua penerbangan dibatalkan pagi tadi.",
     [("indirect", "dua penerbangan dibatalkan pagi tadi", "Petugas bandara", "indirect.verb.adjunct_subject",
       "role")]),
    ("a_quotation_after_a_comma_then_a_kepada_adjunct",
     "Petugas bandara itu, kepada wartawan mengatakan, “Dua penerbangan dibatalkan pagi tadi.”",
     [("direct", "Dua penerbangan dibatalkan pagi tadi.", "Petugas bandara", "direct.verb.adjunct_subject",
       "role")]),
    ("quoted_words_after_a_comma_then_a_kepada_adjunct",
     "Petugas bandara itu, kepada wartawan membenarkan bahwa dua penerbangan “terpaksa dibatalkan” pagi tadi.",
     [("mixed", "dua penerbangan “terpaksa dibatalkan” pagi tadi", "Petugas bandara",
       "mixed.verb.adjunct_subject", "role")]),
    ("an_adjunct_with_a_date_after_an_opening_adverbial",
     "Sebagai informasi, Direktur Utama Bank Sejahtera [Andi Wijaya|PER] dalam wawancara yang dimuat harian "
     "itu, Senin (29/1) lalu menuturkan bank itu akan membeli dua bank kecil.",
     [("indirect", "bank itu akan membeli dua bank kecil", "Andi Wijaya", "indirect.verb.adjunct_subject",
       "name")]),
    ("a_role_subject_then_an_adjunct_with_an_abbreviation",
     "Para penyidik [KPK|ORG] dalam pemeriksaan awal (PA) pekan lalu menyatakan bahwa perusahaan itu "
     "telah melanggar aturan tender.",
     [("indirect", "perusahaan itu telah melanggar aturan tender", "Para penyidik KPK",
       "indirect.verb.adjunct_subject", "role")]),
    ("a_relative_clause_after_a_name_and_its_apposed_role",
     "Sikap itu mengikuti jejak [Lara|PER], sesama anggota grup itu, yang lebih dahulu menyatakan dirinya "
     "sebagai penyanyi solo pada Maret lalu.",
     [("indirect", "dirinya sebagai penyanyi solo", "Lara", "indirect.verb.adjunct_subject", "name")]),
    ("a_relative_clause_after_an_untagged_name_the_article_tags_elsewhere",
     "[Lara Putri|PER] tampil di Seoul. Sikap itu mengikuti jejak Lara, sesama anggota grup itu, yang lebih "
     "dahulu menyatakan dirinya sebagai penyanyi solo pada Maret lalu.",
     [("indirect", "dirinya sebagai penyanyi solo", "Lara Putri", "indirect.verb.adjunct_subject", "name")]),
    # a role noun opening the sentence is capitalised there, so the phrase reads like a name or
    # an organisation the tagger never found: its role noun head makes it a role (capitalised_role)
    ("a_capitalised_role_then_an_adjunct_without_a_comma",
     "Juru bicara kepolisian dalam keterangan tertulisnya menyatakan bahwa dua tersangka sudah ditahan.",
     [("indirect", "dua tersangka sudah ditahan", "Juru bicara kepolisian", "indirect.verb.say", "role")]),
    ("a_capitalised_role_then_a_saat_adjunct",
     "Kepala sekolah itu saat dihubungi wartawan mengaku belum menerima surat edaran dinas.",
     [("indirect", "belum menerima surat edaran dinas", "Kepala sekolah", "indirect.verb.say", "role")]),
    ("a_capitalised_role_then_a_comma_and_an_adjunct",
     "Juru bicara kepolisian, kepada para wartawan menegaskan bahwa kasus itu masih diselidiki.",
     [("indirect", "kasus itu masih diselidiki", "Juru bicara kepolisian", "indirect.verb.adjunct_subject",
       "role")]),
    ("a_name_after_a_kepada_adjunct_is_the_subject",
     "Tak disangka, kepada penyidik [Hendra Wijaya|PER] langsung mengaku menyimpan barang bukti itu.",
     [("indirect", "menyimpan barang bukti itu", "Hendra Wijaya", "indirect.verb.say", "name")]),
    ("a_capitalised_thing_then_an_adjunct_is_still_no_speaker",
     "Gedung sekolah itu dalam foto lama menyatakan banyak hal tentang kota ini.", []),
    # a name or initials with an age in brackets, apposed to a noun phrase that is no role, is
    # the subject: places and organisations have no age (mentions.given_an_age)
    ("initials_with_an_age_apposed_to_a_noun_phrase",
     "Sementara itu, orang tua murid lainnya, [RS|ORG] (41 tahun), mengaku sudah dua kali datang ke sekolah.",
     [("indirect", "sudah dua kali datang ke sekolah", "RS", "indirect.verb.say", "name")]),
    ("a_name_with_an_age_apposed_to_a_group_noun",
     "Di pasar itu, pedagang sayur lainnya, Rina Wati (38), menilai harga cabai terlalu tinggi.",
     [("indirect", "harga cabai terlalu tinggi", "Rina Wati", "indirect.verb.say", "name")]),
    ("a_place_without_an_age_apposed_to_a_noun_phrase_is_no_name",
     "Di pasar itu, pedagang sayur lainnya, Rina Wati, menilai harga cabai terlalu tinggi.",
     [("indirect", "harga cabai terlalu tinggi", "pedagang sayur lainnya", "indirect.verb.group_subject",
       "role")]),
    ("a_long_adjunct_after_a_thing_is_no_speaker",
     "Rumah itu, kepada para tamu dalam acara di balai desa tadi menyebutkan bahwa banyak hal telah berubah.",
     []),
    ("a_second_predicate_inside_the_adjunct_is_no_adjunct",
     "[Budi Santoso|PER] dalam rapat itu menolak usulan tersebut di depan wartawan menyatakan bahwa proyek itu "
     "batal.", []),
]

DERIVED_CUES: list[Case] = [
    ("beranggapan_from_its_root",
     "Sebagian warga beranggapan jalan desa itu terlalu sempit untuk truk.",
     [("indirect", "jalan desa itu terlalu sempit", "Sebagian warga", "indirect.verb.say", "role")]),
    ("bertutur_bahwa_from_its_root",
     "Mantan pemain [Ricky Subagja|PER] bertutur bahwa tim muda itu akan menang.",
     [("indirect", "tim muda itu akan menang", "Ricky Subagja", "indirect.verb.say", "name")]),
    # verbs the annotators' decisions count (training/annotations/README.md), listed by root
    ("memproyeksi_is_read_like_memprediksi",
     "Analis [Budi Santoso|PER] memproyeksi indeks saham akan bergerak naik pekan ini.",
     [("indirect", "indeks saham akan bergerak naik", "Budi Santoso", "indirect.verb.say", "name")]),
    ("memprediksikan_from_its_root",
     "Ekonom [Siti Rahmawati|PER] memprediksikan harga emas akan turun bulan depan.",
     [("indirect", "harga emas akan turun", "Siti Rahmawati", "indirect.verb.say", "name")]),
    ("membenarkan_with_a_clause",
     "Kapolsek [Andi Wijaya|PER] membenarkan bahwa dua warga terluka dalam kejadian itu.",
     [("indirect", "dua warga terluka", "Andi Wijaya", "indirect.verb.state", "name")]),
    ("membenarkan_a_noun_pointing_back_is_no_quote",
     "Kapolsek [Andi Wijaya|PER] membenarkan kejadian tersebut saat dihubungi wartawan.", []),
    ("berpandangan_bahwa",
     "Pengamat [Budi Santoso|PER] berpandangan bahwa aturan baru itu merugikan pedagang kecil.",
     [("indirect", "aturan baru itu merugikan pedagang", "Budi Santoso", "indirect.verb.state", "name")]),
    ("berspekulasi_bahwa",
     "Sejumlah analis berspekulasi bahwa bank sentral akan menaikkan suku bunga.",
     [("indirect", "bank sentral akan menaikkan suku bunga", "Sejumlah analis", "indirect.verb.state", "role")]),
]

FIGURE_CLAIMS: list[Case] = [
    ("claim_verb_with_a_figure_needs_no_bahwa",
     "[Badan Pusat Statistik|ORG] mencatat inflasi bulan Mei sebesar 2,5 persen.",
     [("indirect", "inflasi bulan Mei sebesar 2,5 persen", "Badan Pusat Statistik", "indirect.verb.figure_claim",
       "name")]),
    ("record_verb_with_a_figure_and_an_unprefixed_predicate_is_a_claim",
     "Lembaga [Kontras|ORG] mencatat sebanyak 9 orang tewas dan 12 lainnya luka-luka dalam bentrokan itu.",
     [("indirect", "sebanyak 9 orang tewas", "Lembaga Kontras", "indirect.verb.figure_claim", "name")]),
    ("report_verb_with_a_bare_figure_is_a_claim",
     "[Dinas Sosial|ORG] melaporkan sebanyak 213 keluarga, termasuk empat keluarga di desa itu.",
     [("indirect", "sebanyak 213 keluarga", "Dinas Sosial", "indirect.verb.figure_claim", "name")]),
    ("claim_verb_with_a_figure_and_quoted_words_is_mixed",
     "[Badan Pusat Statistik|ORG] mencatat 40 persen warga desa itu “masih hidup di bawah garis kemiskinan”.",
     [("mixed", "40 persen warga desa itu “masih hidup", "Badan Pusat Statistik", "mixed.verb.figure_claim", "name")]),
    ("claim_verb_without_a_figure_still_needs_bahwa",
     "[Badan Pusat Statistik|ORG] mencatat kenaikan harga beras di banyak daerah.", []),
    # issue 20: a count that opens the object is booked (false.recorded_figure) unless a predicate follows it
    ("record_verb_with_a_count_then_a_predicate_is_a_claim",
     "[Dinas Kesehatan|ORG] mencatat 12 warga meninggal akibat demam berdarah pekan ini.",
     [("indirect", "12 warga meninggal akibat demam berdarah pekan ini", "Dinas Kesehatan",
       "indirect.verb.figure_claim", "name")]),
    ("record_verb_with_a_count_then_an_adjective_is_a_claim",
     "[Dinas Kesehatan|ORG] mencatat 32 jamaah positif.",
     [("indirect", "32 jamaah positif", "Dinas Kesehatan", "indirect.verb.figure_claim", "name")]),
    ("report_verb_with_a_count_first_is_a_claim",
     "[Dinas Sosial|ORG] melaporkan 213 keluarga di tiga desa itu.",
     [("indirect", "213 keluarga di tiga desa itu", "Dinas Sosial", "indirect.verb.figure_claim", "name")]),
]

MIXED_OBJECTS: list[Case] = [
    ("pronoun_subject_after_a_relative_phrase",
     "[Ali Khamenei|PER] berpidato di televisi, di mana ia menyebut ultimatum itu “tidak dapat diterima”.",
     [("mixed", "ultimatum itu “tidak dapat diterima”", "Ali Khamenei", "mixed.verb.say", "pronoun")]),
    ("group_subject_with_a_quoted_object",
     "Sejumlah penggemar bahkan menyebut [KATSEYE|ORG] sebagai “grup global yang sesungguhnya” karena keberagamannya.",
     [("mixed", "“grup global yang sesungguhnya”", "Sejumlah penggemar", "mixed.verb.say", "role")]),
    ("verb_after_a_comma_shares_the_opening_group_subject",
     "Para petani menolak rencana impor beras itu, menyebut harga gabah sebagai “tidak masuk akal”.",
     [("mixed", "harga gabah sebagai “tidak masuk akal”", "Para petani", "mixed.verb.say", "role")]),
    ("verb_after_a_comma_opening_the_sentence_has_no_subject",
     "Di rapat itu, menyebut harga gabah sebagai “tidak masuk akal” adalah hal biasa.", []),
    # issue 20, guideline 9: a title or name in marks inside a reported clause quotes no words of
    # the source; the clause stays indirect. Lowercase words in marks, or a capitalised phrase
    # that ends like speech, make it mixed.
    ("a_title_in_marks_inside_the_clause_stays_indirect",
     "[Budi Santoso|PER] mengatakan bahwa kebijakan itu bertentangan dengan program “Desa Sehat Mandiri” milik pemerintah.",
     [("indirect", "kebijakan itu bertentangan dengan program “Desa Sehat Mandiri”", "Budi Santoso",
       "indirect.verb.say", "name")]),
    ("a_film_title_with_a_figure_in_marks_stays_indirect",
     "[Rina Marlina|PER] mengatakan bahwa dana itu dipakai untuk film 'Laskar Pelangi 2' tahun lalu.",
     [("indirect", "dana itu dipakai untuk film 'Laskar Pelangi 2'", "Rina Marlina", "indirect.verb.say", "name")]),
    ("lowercase_words_in_marks_make_the_clause_mixed",
     "[Budi Santoso|PER] mengatakan bahwa kebijakan itu “sangat merugikan” para petani.",
     [("mixed", "kebijakan itu “sangat merugikan” para petani", "Budi Santoso", "mixed.verb.say", "name")]),
    ("one_capitalised_word_in_marks_may_be_speech",
     "[Rina Marlina|PER] menyebut pejabat itu “Pahlawan” bagi desanya.",
     [("mixed", "pejabat itu “Pahlawan”", "Rina Marlina", "mixed.verb.say", "name")]),
    ("capitalised_words_ending_like_speech_make_the_clause_mixed",
     "[Budi Santoso|PER] mengatakan bahwa warga berteriak “Tolak Tambang!” di depan kantor bupati.",
     [("mixed", "warga berteriak “Tolak Tambang!”", "Budi Santoso", "mixed.verb.say", "name")]),
    # issue 20, guideline 9: one word in capitals in marks is an acronym, a name or a term, no words of
    # the source; after a verb of thinking (complement: quote) nothing is reported then
    ("an_acronym_in_marks_inside_the_clause_stays_indirect",
     "[Budi Santoso|PER] mengatakan bahwa Jakarta punya “DNA” untuk acara besar dunia.",
     [("indirect", "Jakarta punya “DNA” untuk acara besar dunia", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_thought_with_only_an_acronym_in_marks_reports_nothing",
     "Gubernur [Budi Santoso|PER] meyakini, ajang lari itu akan dilirik dunia karena Jakarta punya “DNA” acara besar.",
     []),
    ("a_thought_with_the_source_words_in_marks_is_mixed",
     "Gubernur [Budi Santoso|PER] meyakini ajang lari itu akan menjadi “pesta warga” yang meriah.",
     [("mixed", "ajang lari itu akan menjadi “pesta warga” yang meriah", "Budi Santoso", "mixed.verb.describe",
       "name")]),
]

SELF_DESCRIPTION: list[Case] = [
    ("first_person_role_is_the_speaker_not_someone_spoken_of",
     "Kepala Desa Sukamaju [Ahmad Fauzi|PER] meninjau jembatan. Camat [Rudi Santoso|PER] juga hadir. "
     "“Saya sebagai Kepala Desa Sukamaju wajib mengawasi proyek ini,” ucapnya.",
     [("direct", "Saya sebagai Kepala Desa Sukamaju", "Ahmad Fauzi", "direct.cue.clitic", "clitic")]),
    ("third_person_role_still_rules_its_holder_out",
     "Kepala Desa Sukamaju [Ahmad Fauzi|PER] meninjau jembatan. Camat [Rudi Santoso|PER] juga hadir. "
     "“Kepala Desa Sukamaju harus ikut mengawasi proyek ini,” ucapnya.",
     [("direct", "Kepala Desa Sukamaju harus", "Rudi Santoso", "direct.cue.clitic", "clitic")]),
]

PASSIVES: list[Case] = [
    # issue 20: a fronted passive that passive_agent reads only at the sentence start, interposed after a
    # comma with its agent closed by a comma, attributes the clause around it (cues.yml interposed_passive)
    ("an_interposed_fronted_passive_reports_the_clause_around_it",
     "Tim itu kalah lagi. Dari hasil uji coba, dituturkan [Dejan Antonic|PER], timnya masih jauh dari harapan.",
     [("indirect", "Dari hasil uji coba, dituturkan Dejan Antonic, timnya masih jauh dari harapan", "Dejan Antonic",
       "indirect.cue.interposed_passive", "name")]),
    ("an_interposed_passive_after_a_connective_and_a_comma",
     "Tim itu kalah lagi. Namun, berkaca pada laga sebelumnya, dituturkan [Dejan Antonic|PER], timnya masih jauh "
     "dari harapan.",
     [("indirect", "berkaca pada laga sebelumnya, dituturkan Dejan Antonic, timnya masih jauh dari harapan",
       "Dejan Antonic", "indirect.cue.interposed_passive", "name")]),
    ("an_interposed_passive_in_a_clause_with_quoted_words",
     "Tim itu, dituturkan [Dejan Antonic|PER], masih “jauh dari harapan” musim ini.",
     [("mixed", "Tim itu, dituturkan Dejan Antonic, masih “jauh dari harapan” musim ini", "Dejan Antonic",
       "mixed.cue.interposed_passive", "name")]),
    ("an_agentless_passive_after_a_comma_reads_no_clause_as_its_agent",
     "Setelah penyidikan selama sepekan, disimpulkan pemilik toko telah melanggar aturan [Pemkab Pasuruan|ORG], "
     "tentang penjualan minuman.", []),
    ("a_fronted_passive_after_a_comma_with_no_clause_after_its_agent",
     "Harga cabai naik tajam, dituturkan [Dejan Antonic|PER].", []),
    ("passive_with_an_organisation_agent_inside_the_sentence",
     "Kenaikan harga itu dilaporkan [Reuters|ORG] akan berlanjut hingga akhir tahun.",
     [("indirect", "Kenaikan harga itu dilaporkan Reuters akan berlanjut", "Reuters", "indirect.cue.passive_inside",
       "name")]),
    ("passive_with_oleh_and_a_person",
     "Proyek itu dinilai oleh [Budi Santoso|PER] terlalu mahal untuk daerah sekecil ini.",
     [("indirect", "Proyek itu dinilai oleh Budi Santoso terlalu mahal", "Budi Santoso",
       "indirect.cue.passive_inside", "name")]),
    ("passive_clitic_diakuinya",
     "[Andi Wijaya|PER] hadir di sidang. Kesalahan prosedur itu diakuinya terjadi karena kelalaian petugas.",
     [("indirect", "Kesalahan prosedur itu diakuinya", "Andi Wijaya", "indirect.cue.passive_agent", "clitic")]),
    ("sentence_initial_passive_then_jika",
     "Dikatakan [Budi Santoso|PER] jika kedua pelaku sudah ditahan sejak Senin.",
     [("indirect", "kedua pelaku sudah ditahan", "Budi Santoso", "indirect.cue.passive_agent", "name")]),
    ("backward_passive_is_read_once",
     "Pemerintah akan menambah anggaran pendidikan tahun depan. Hal itu disampaikan [Sri Mulyani|PER] di Jakarta.",
     [("indirect", "menambah anggaran pendidikan", "Sri Mulyani Indrawati", "indirect.cue.backward_passive", "name")]),
    ("backward_subject_with_a_passive_of_assessment_reports_the_sentence",
     "Hal itu dinilai [Budi Santoso|PER] bisa menjadi contoh bagi pedagang di daerah lain.",
     [("indirect", "Hal itu dinilai Budi Santoso bisa menjadi contoh", "Budi Santoso", "indirect.cue.passive_inside",
       "name")]),
    # the di- passive of a listed reporting verb after a backward subject (cues.yml
    # backward_passive from_reporting_verbs): "diungkap" of "mengungkap", "dilaporkan" of
    # "melaporkan", "diumumkan" of "mengumumkan", with or without "oleh"
    ("backward_passive_of_a_listed_verb_diungkap",
     "Pelaku juga memecahkan kaca pintu kantor dinas itu. Hal itu diungkap oleh petugas keamanan "
     "[Budi Santoso|PER] kepada wartawan.",
     [("indirect", "Pelaku juga memecahkan kaca pintu", "Budi Santoso", "indirect.cue.backward_passive", "name")]),
    ("backward_passive_of_a_listed_verb_dilaporkan_by_an_organisation",
     "Pemimpin kedua negara akan bertemu bulan depan di Singapura. Hal itu dilaporkan [Reuters|ORG] pada Senin.",
     [("indirect", "Pemimpin kedua negara akan bertemu", "Reuters", "indirect.cue.backward_passive", "name")]),
    ("backward_passive_of_a_listed_verb_diumumkan",
     "Harga tiket kereta akan turun mulai pekan depan. Hal tersebut diumumkan [PT Kereta Api Indonesia|ORG] "
     "di Bandung.",
     [("indirect", "Harga tiket kereta akan turun", "PT Kereta Api Indonesia", "indirect.cue.backward_passive",
       "name")]),
    # a noun of what was said or reported closed by a demonstrative points back as `hal itu` does
    # (cues.yml backward_passive subject_heads; issue 20, fresh news)
    ("backward_subject_head_informasi",
     "Bantuan beras juga akan dibagikan kepada 300 keluarga nelayan. Informasi itu diumumkan oleh Bupati "
     "[Rina Marlina|PER] di pendopo.",
     [("indirect", "Bantuan beras juga akan dibagikan", "Rina Marlina", "indirect.cue.backward_passive", "name")]),
    ("backward_subject_head_kabar",
     "Tim voli putri lolos ke babak final kejuaraan Asia. Kabar tersebut disampaikan pelatih [Andi Wijaya|PER] "
     "kepada wartawan.",
     [("indirect", "Tim voli putri lolos ke babak final", "Andi Wijaya", "indirect.cue.backward_passive", "name")]),
    ("backward_subject_head_after_a_directive_is_left_out",
     "Camat [Rudi Santoso|PER] meminta agar warga tidak membuang sampah ke sungai. Informasi itu disampaikan "
     "[Budi Santoso|PER] di balai desa.",
     []),
    ("backward_passive_of_an_unlisted_verb_is_no_cue",
     "Pelaku juga memecahkan kaca pintu kantor dinas itu. Hal itu diketahui [Budi Santoso|PER] dari rekaman kamera.",
     []),
    ("backward_passive_of_a_verb_of_assessment_stays_the_passive_inside",
     "Hal itu dianggap [Budi Santoso|PER] bisa menjadi contoh bagi pedagang di daerah lain.",
     [("indirect", "Hal itu dianggap Budi Santoso bisa menjadi contoh", "Budi Santoso",
       "indirect.cue.passive_inside", "name")]),
    # the named agent may come after its capitalised office (cues.yml passive_inside
    # max_role_words): "dinilai Menteri Lingkungan Hidup Siti Nurbaya sebagai …"
    ("passive_inside_with_an_office_before_the_named_agent",
     "Pengolahan sampah plastik dinilai Menteri Lingkungan Hidup [Siti Nurbaya|PER] sebagai langkah penting "
     "bagi daerah pesisir.",
     [("indirect", "Pengolahan sampah plastik dinilai Menteri Lingkungan Hidup Siti Nurbaya sebagai langkah",
       "Siti Nurbaya", "indirect.cue.passive_inside", "name")]),
    # a subject closed by a demonstrative before a plain verb of saying points back to what
    # was said ("Pernyataan dukungan tersebut disampaikan X saat …"), like "Hal itu disampaikan X"
    ("pointing_back_subject_before_a_verb_of_saying_is_no_passive_inside",
     "Wali Kota [Andi Wijaya|PER] mendukung kegiatan olahraga di kotanya. Pernyataan dukungan tersebut "
     "disampaikan Wali Kota [Andi Wijaya|PER] saat menerima pengurus klub di kantornya.",
     []),
    # only passives of judging or reporting take an office before the agent's name; a plain
    # passive of saying ("Hal senada juga disampaikan pelatih …") says who said the same thing
    ("office_before_the_agent_of_a_plain_passive_of_saying_is_no_passive_inside",
     "Tim itu harus menang di laga terakhir. Hal senada juga disampaikan pelatih Timnas Indonesia "
     "[Patrick Kluivert|PER] kepada wartawan.",
     []),
    # after a comma that closes the subject, a passive with its agent and no comma after the
    # agent is inside the clause ("X, diakui Pedro karena …"), not a fronted passive_agent
    ("passive_inside_after_the_subject_and_a_comma",
     "Keputusan pindah dari klub itu, diakui [Pedro Santos|PER] karena ia jarang bermain.",
     [("indirect", "Keputusan pindah dari klub itu, diakui Pedro Santos karena ia jarang bermain", "Pedro Santos",
       "indirect.cue.passive_inside", "name")]),
    ("passive_inside_after_a_relative_clause_and_a_comma",
     "[Andi Wijaya|PER] yang dikenal dekat dengan pemerintah, dinilai [Budi Santoso|PER] sebagai politikus "
     "yang konsisten.",
     [("indirect", "Andi Wijaya yang dikenal dekat dengan pemerintah, dinilai Budi Santoso sebagai politikus",
       "Budi Santoso", "indirect.cue.passive_inside", "name")]),
    ("passive_after_a_comma_with_a_comma_after_the_agent_stays_the_fronted_passive",
     "Sementara itu, disampaikan [Budi Santoso|PER], harga beras akan turun bulan depan.",
     [("indirect", "harga beras akan turun", "Budi Santoso", "indirect.cue.passive_agent", "name")]),
    ("passive_inside_with_an_office_and_no_name_is_no_cue",
     "Pengolahan sampah plastik dinilai Menteri Lingkungan Hidup sebagai langkah penting bagi daerah pesisir.",
     []),
    ("sourcing_tag_seperti_dilaporkan_is_not_a_quote",
     "Seperti dilaporkan [Reuters|ORG], kapal itu tiba di pelabuhan pada Sabtu pagi.", []),
    ("relative_clause_passive_is_not_a_quote",
     "Apa yang dikatakan oleh [Budi Santoso|PER] memang benar adanya.", []),
    ("demikian_with_an_agent_is_the_backward_passive_only",
     "“Kami siap bertanding besok,” kata [Budi Santoso|PER]. Demikian disampaikan [Budi Santoso|PER] saat membuka acara.",
     [("direct", "Kami siap bertanding", "Budi Santoso", "direct.cue.postposed", "name")]),
    ("agentless_passive_is_not_a_quote",
     "Harga cabai dilaporkan naik tajam di sejumlah pasar.", []),
    # "Pernyataan" opens a backward passive and is a noun cue with its bahwa: the noun cue owns
    # the word, and the backward passive (which reads the sentence opening) is read only where
    # the noun cue finds no speaker
    ("noun_cue_without_a_speaker_leaves_the_opening_to_the_backward_passive",
     "Pemerintah akan menambah anggaran pendidikan tahun depan. Pernyataan itu disampaikan oleh juru bicara "
     "kementerian bahwa dana sudah tersedia.",
     [("indirect", "Pemerintah akan menambah anggaran pendidikan", "juru bicara kementerian",
       "indirect.cue.backward_passive", "role")]),
    ("noun_cue_with_a_named_speaker_comes_before_the_backward_passive",
     "Pemerintah akan menambah anggaran pendidikan tahun depan. Pernyataan itu disampaikan oleh [Sri Mulyani|PER] "
     "bahwa dana sudah tersedia.",
     [("indirect", "dana sudah tersedia", "Sri Mulyani Indrawati", "indirect.cue.noun", "name")]),
]

# Issue 20: a verb of naming or judging with an object and a predicate nominal after
# `sebagai` reports a judgement (cues.yml small_clauses); acts of appointing do not.
SMALL_CLAUSES: list[Case] = [
    ("describing_verb_with_a_small_clause_and_no_quoted_words",
     "Menteri Pertahanan [Budi Santoso|PER] menggambarkan kelompok itu sebagai ancaman utama bagi keamanan kawasan.",
     [("indirect", "kelompok itu sebagai ancaman utama bagi keamanan kawasan", "Budi Santoso",
       "indirect.verb.small_clause", "name")]),
    ("describing_verb_with_quoted_words_stays_mixed",
     "[Budi Santoso|PER] menggambarkan kelompok itu sebagai “ancaman nyata” bagi kawasan.",
     [("mixed", "kelompok itu sebagai “ancaman nyata”", "Budi Santoso", "mixed.verb.describe", "name")]),
    ("verb_with_its_clitic_object_before_sebagai",
     "Gubernur [Andi Wijaya|PER] mengkritik keputusan itu, menyebutnya sebagai langkah yang tergesa-gesa.",
     [("indirect", "sebagai langkah yang tergesa-gesa", "Andi Wijaya", "indirect.verb.small_clause", "name")]),
    ("topic_noun_heading_a_small_clause",
     "[Rina Marlina|PER] menyebut nama Joko sebagai pemasok barang itu.",
     [("indirect", "nama Joko sebagai pemasok barang itu", "Rina Marlina", "indirect.verb.small_clause", "name")]),
    # issue 20: the false_quotes topic_object noun `hal` with its demonstrative points back at
    # what is judged and heads the small clause; without `sebagai` it stays a topic
    ("hal_itu_heading_a_small_clause",
     "Harga tiket naik dua kali lipat. [Rina Marlina|PER] menilai hal itu sebagai beban berat bagi para pemudik.",
     [("indirect", "hal itu sebagai beban berat bagi para pemudik", "Rina Marlina", "indirect.verb.small_clause",
       "name")]),
    ("hal_itu_without_sebagai_stays_a_topic",
     "Harga tiket naik dua kali lipat. [Rina Marlina|PER] menyampaikan hal itu kepada wartawan di terminal.",
     []),
    ("verb_with_its_clitic_object_and_no_sebagai_is_no_cue",
     "[Rina Marlina|PER] menyebutnya kemarin di depan para wartawan.", []),
    # issue 20: a quoted predicate after the clitic's marker makes the small clause mixed, the
    # span still from the marker (no longer a direct quote of the marks alone)
    ("verb_with_its_clitic_object_before_sebagai_and_quoted_words",
     "Wali kota [Hendra Gunawan|PER] menolak rencana itu dan menyebutnya sebagai “langkah mundur” bagi warga.",
     [("mixed", "sebagai “langkah mundur” bagi warga", "Hendra Gunawan", "mixed.verb.small_clause", "name")]),
    ("clitic_small_clause_ending_in_its_quoted_words",
     "[Rina Marlina|PER] menggambarkannya sebagai \"kemenangan kecil yang berarti\".",
     [("mixed", "sebagai \"kemenangan kecil yang berarti\"", "Rina Marlina", "mixed.verb.small_clause", "name")]),
    # the same report read again by a postposed cue after it is one quote (quotes never nest)
    ("a_postposed_cue_after_a_clitic_small_clause_adds_no_second_quote",
     "[Rina Marlina|PER] menyebutnya sebagai “pukulan berat” bagi para nelayan, kata dia.",
     [("mixed", "sebagai “pukulan berat” bagi para nelayan", "Rina Marlina", "mixed.verb.small_clause", "name")]),
    # issue 20: a marked verb's bare object that embeds quoted words within a few words is a
    # mixed quote (cues.yml quoted_objects); marks holding a title leave the verb no quote
    ("a_warning_verb_with_quoted_words_in_its_bare_object",
     "Menteri [Budi Santoso|PER] memperingatkan Indonesia kini menghadapi “ancaman krisis pangan yang serius.”",
     [("mixed", "Indonesia kini menghadapi “ancaman krisis pangan yang serius.”", "Budi Santoso",
       "mixed.verb.quoted_object", "name")]),
    ("a_hinting_verb_with_two_quoted_predicates",
     "Dalam rapat itu, [Budi Santoso|PER] mengisyaratkan dirinya “tidak akan mundur” dan “tetap memimpin” partai itu.",
     [("mixed", "dirinya “tidak akan mundur” dan “tetap memimpin” partai itu", "Budi Santoso",
       "mixed.verb.quoted_object", "name")]),
    ("a_free_relative_naming_in_quoted_words",
     "[Rina Marlina|PER] juga menyoroti apa yang ia sebut sebagai “krisis air bersih di kota”, di mana warga harus "
     "membeli air.",
     [("mixed", "apa yang ia sebut sebagai “krisis air bersih di kota”, di mana warga harus membeli air",
       "Rina Marlina", "mixed.verb.quoted_object", "name")]),
    ("a_quoted_title_in_a_marked_verbs_object_is_no_quote",
     "[Budi Santoso|PER] menyoroti film “Sang Pengadil Terakhir” yang tayang pekan lalu.", []),
    ("a_quoted_term_of_one_word_in_a_marked_verbs_object_is_no_mixed_quote",
     "[Budi Santoso|PER] menyinggung gaya bicara “seadanya” yang sering disalahpahami.", []),
    ("a_quoted_name_after_a_naming_noun_in_a_marked_verbs_object_is_no_mixed_quote",
     "[Budi Santoso|PER] menyoroti film pendek berjudul “si pencuri data” itu.", []),
    ("a_quoted_term_in_a_topic_object_is_no_mixed_quote",
     "[Budi Santoso|PER] menyinggung terkait pendekatan “keluarga sebagai model” dalam rapat itu.", []),
    ("quoted_words_far_into_a_marked_verbs_object_are_no_mixed_quote",
     "[Budi Santoso|PER] menyoroti kondisi jalan di desa itu yang kini rusak berat dan disebut warga “jalan maut”.",
     []),
    # issue 20: a judgement with `sebagai` after a verb of stress stays a report (only a noun of
    # role before the marker makes the object a noun phrase: false.noun_object)
    ("a_judgement_with_sebagai_after_a_stress_verb_stays",
     "[WHO|ORG] menekankan polusi udara sebagai ancaman terbesar bagi kesehatan anak.",
     [("indirect", "polusi udara sebagai ancaman terbesar bagi kesehatan anak", "WHO", "indirect.verb.say", "name")]),
    ("appointing_someone_as_a_suspect_is_no_quote",
     "Polisi kemudian menetapkan [Joko Susilo|PER] sebagai tersangka kasus itu.", []),
]

# Issue 20: a wish word right before the cue, or a verb with its own object before the link,
# leaves the report standing (only a verb joined right after the wish's verb is in its scope).
IRREALIS_KEEPS: list[Case] = [
    ("wish_right_before_the_cue_keeps_the_report",
     "[Andi Wijaya|PER] ingin menekankan bahwa stok beras di gudang itu aman.",
     [("indirect", "stok beras di gudang itu aman", "Andi Wijaya", "indirect.verb.say", "name")]),
    ("attempt_with_its_own_object_before_the_link_keeps_the_report",
     "[Andi Wijaya|PER] berusaha menenangkan warga dan mengatakan bahwa situasi sudah aman.",
     [("indirect", "situasi sudah aman", "Andi Wijaya", "indirect.verb.coordinated_subject", "name")]),
]

# issue 20: a negated denial admits, a negated judgement judges, and a negation with an adverb
# between it and the verb of saying leaves the report (false.negated_report does not apply)
NEGATION_KEEPS: list[Case] = [
    ("negated_denial_admits",
     "[Andi Wijaya|PER] tak menampik bahwa harga beras sudah naik sejak bulan lalu.",
     [("indirect", "harga beras sudah naik sejak bulan lalu", "Andi Wijaya", "indirect.verb.state", "name")]),
    ("negated_judgement_judges",
     "[Andi Wijaya|PER] tak melihat ada ancaman di balik pernyataan gubernur itu.",
     [("indirect", "ada ancaman di balik pernyataan gubernur itu", "Andi Wijaya", "indirect.verb.state", "name")]),
    ("negation_then_an_adverb_before_the_verb_reports",
     "[Andi Wijaya|PER] tidak hanya mengatakan harga beras naik, tetapi juga meminta warga berhemat.",
     [("indirect", "harga beras naik", "Andi Wijaya", "indirect.verb.say", "name")]),
]

FALSE_QUOTES: list[Case] = [
    ("mental_state_menduga_is_not_speech",
     "Rektor Universitas Sriwijaya [Taufiq Marwa|PER] menduga ada kebocoran soal ujian tahun ini.", []),
    ("mental_state_with_quoted_words_is_mixed",
     "[Taufiq Marwa|PER] menduga kebocoran itu dilakukan oleh “orang dalam” panitia.",
     [("mixed", "“orang dalam”", "Taufiq Marwa", "mixed.verb.describe", "name")]),
    ("feeling_with_quoted_words_is_mixed",
     "Warga Tokyo [Masayo Oshio|PER] merasa pemerintah “berlebihan” dalam menyikapi situasi ini.",
     [("mixed", "pemerintah “berlebihan”", "Masayo Oshio", "mixed.verb.describe", "name")]),
    ("feeling_without_quoted_words_is_not_speech",
     "Warga Tokyo [Masayo Oshio|PER] merasa pemerintah berlebihan dalam menyikapi situasi ini.", []),
    ("topic_only_object",
     "Menteri [Budi Santoso|PER] menyampaikan hal itu kepada wartawan di Jakarta.", []),
    ("topic_preposition_object",
     "Kepala dinas [Andi Wijaya|PER] menjelaskan soal kronologi kepemilikan empat pulau itu.", []),
    # issue 20: a topic preposition right after the verb leads up to its comma: the words after
    # it say what the topic is, no report; `bercerita` with its comma right after it reports
    ("topic_preposition_then_a_comma_and_what_the_topic_is",
     "Penyanyi [Rina Marlina|PER] bercerita tentang lagu barunya, sebuah kisah cinta dua remaja desa.", []),
    ("topic_preposition_then_a_comma_and_yaitu",
     "[Rina Marlina|PER] juga bercerita soal momen paling berkesan baginya, yaitu saat ia menang lomba.", []),
    ("a_topic_preposition_after_the_verbs_comma_opens_a_clause",
     "Direktur [Sunu Widyatmoko|PER] mengatakan, terkait penurunan bunga itu juga merupakan arahan dari OJK.",
     [("indirect", "terkait penurunan bunga itu juga merupakan arahan dari OJK", "Sunu Widyatmoko",
       "indirect.verb.say", "name")]),
    ("bercerita_then_a_comma_reports",
     "[Rina Marlina|PER] bercerita, dirinya pernah pulang larut malam dengan sepeda.",
     [("indirect", "dirinya pernah pulang larut malam dengan sepeda", "Rina Marlina", "indirect.verb.state",
       "name")]),
    ("directive_to_a_recipient",
     "Presiden [Joko Widodo|PER] menyampaikan kepada para gubernur untuk merealisasikan program itu.", []),
    ("video_title_in_quotation_marks",
     "Simak video “Banjir Rendam Ratusan Rumah di Demak” di bawah ini.", []),
    # a doubled single mark the sentence splitter left at the end of the sentence before (issue 20)
    ("an_interposed_report_ends_before_a_doubled_mark_left_on_its_sentence",
     "Harga sapi naik.Dampak dari permintaan ayam melonjak, kata [Suparmi|PER], harganya naik drastis. ''Kalau "
     "stok terbatas, jelas harga bakal naik,'' tambah [Suharni|PER], pedagang daging.",
     [("indirect", "Dampak dari permintaan ayam melonjak, kata Suparmi, harganya naik drastis", "Suparmi",
       "indirect.cue.postposed", "name"),
      ("direct", "Kalau stok terbatas, jelas harga bakal naik,", "Suharni", "direct.cue.postposed", "name")]),
    # shouted speech in capitals carried from the quote before is no title: it has clause marks
    ("shouted_continuation_in_capitals_is_speech",
     "“Kami siap bekerja,” tulis [Budi Santoso|PER]. “KAMI MENYELAMATKANNYA DARI KEMATIAN YANG SANGAT BURUK, dan dia tidak "
     "perlu berkata TERIMA KASIH”",
     [("direct", "Kami siap bekerja,", "Budi Santoso", "direct.cue.postposed", "name"),
      ("direct", "KAMI MENYELAMATKANNYA DARI KEMATIAN YANG SANGAT BURUK, dan dia tidak perlu berkata TERIMA KASIH",
       "Budi Santoso",
       "direct.carry", "carry")]),
    ("purpose_governs_the_verb",
     "Tim harus bekerja keras untuk memastikan diri melangkah ke babak final.", []),
    ("obligation_governs_the_verb",
     "[Nina Akbar|PER] merasa tidak wajib menyampaikan laporan harta karena bukan penyelenggara negara.", []),
    ("refusal_to_name",
     "Namun, [Destry Damayanti|PER] menolak untuk menyebutkan siapa calon yang dimaksud.", []),
    ("noun_phrase_object_without_a_predicate",
     "Organisasi [MER-C|ORG] pernah menyampaikan kondisi rumah sakit di Gaza utara usai serangan bulan Mei.", []),
    ("noun_phrase_object_with_a_relative_clause_only",
     "Penyanyi [Rina Marlina|PER] menyampaikan sebuah pernyataan pribadi yang penting.", []),
    ("noun_phrase_object_with_ter_words_that_are_no_verb",
     "Kementerian itu juga menjelaskan kebijakan pemerintah terkait komoditas tersebut.", []),
    ("clause_object_with_a_ter_predicate",
     "Kapolres [Budi Santoso|PER] menjelaskan kecelakaan itu terjadi karena rem blong.",
     [("indirect", "kecelakaan itu terjadi karena rem blong", "Budi Santoso", "indirect.verb.say", "name")]),
    ("clause_object_without_bahwa_has_a_predicate",
     "[Budi Santoso|PER] menegaskan harga beras naik sejak pekan lalu.",
     [("indirect", "harga beras naik", "Budi Santoso", "indirect.verb.say", "name")]),
    ("clause_object_with_a_copula",
     "[Budi Santoso|PER] menegaskan Andi bukanlah anggota partainya.",
     [("indirect", "Andi bukanlah anggota partainya", "Budi Santoso", "indirect.verb.say", "name")]),
    ("mengaku_takes_a_subjectless_predicate",
     "Pelatih [Bojan Hodak|PER] mengaku penggemar berat klub itu sejak kecil.",
     [("indirect", "penggemar berat klub itu", "Bojan Hodak", "indirect.verb.say", "name")]),
    ("non_speech_melanjutkan",
     "[Rina Marlina|PER] melanjutkan kariernya sebagai peneliti di sebuah perusahaan makanan.", []),
]

SOURCES: list[Case] = [
    # issue 20: a chain of titles and offices longer than a plain source phrase, closed by a name
    ("opening_source_with_a_long_title_chain_before_the_name",
     "Menurut Direktur Strategi Investasi dan Kepala Ekonom PT Sinar Jaya Investama Tbk [Budi Santoso|PER], "
     "bank sentral diprediksi akan menahan suku bunga acuan.",
     [("indirect", "bank sentral diprediksi akan menahan", "Budi Santoso", "indirect.cue.according_to", "name")]),
    # a long phrase that no name closes may hold the clause's subject: not read as a source
    ("opening_long_source_closed_by_a_place_is_not_read",
     "Menurut anggota dewan dari daerah pemilihan Jawa Barat I (Kota Bandung dan Kota Cimahi), perhatian ini "
     "bisa dilihat dari anggaran madrasah.", []),
    ("source_after_its_clause_then_an_adjunct",
     "Sekitar 248 ribu anak mengalami anemia menurut data [Kementerian Kesehatan|ORG], mulai dari tingkat ringan hingga berat.",
     [("indirect", "Sekitar 248 ribu anak mengalami anemia", "Kementerian Kesehatan", "indirect.cue.according_to",
       "name")]),
    ("source_after_a_comma_and_a_long_clause",
     "Banjir itu merendam lebih dari tiga ratus rumah warga, menurut [Badan Penanggulangan Bencana|ORG], "
     "dalam catatan yang diperbarui setiap jam.",
     [("indirect", "Banjir itu merendam lebih dari tiga ratus rumah warga", "Badan Penanggulangan Bencana",
       "indirect.cue.according_to", "name")]),
    ("source_after_a_short_opening_introduces_the_clause",
     "Seluruh produk perusahaan yang menurut [Budi Santoso|PER], semua telah diverifikasi, dicek, dan diberi "
     "kelayakan untuk dijual oleh pemerintah.",
     [("indirect", "semua telah diverifikasi", "Budi Santoso", "indirect.cue.according_to", "name")]),
    ("clitic_source_without_a_comma_introduces_the_clause",
     "[Budi Santoso|PER] meninjau pasar. Menurutnya harga beras akan turun bulan depan.",
     [("indirect", "harga beras akan turun bulan depan", "Budi Santoso", "indirect.cue.according_to", "clitic")]),
    ("pronoun_source_without_a_comma_introduces_the_clause",
     "[Budi Santoso|PER] meninjau pasar. Menurut dia harga beras akan turun bulan depan.",
     [("indirect", "harga beras akan turun bulan depan", "Budi Santoso", "indirect.cue.according_to", "pronoun")]),
    ("postposed_cue_then_only_place_and_date_reports_the_clause_before",
     "Harga beras akan turun bulan depan, ujar [Andi|PER], di Gedung Sate, Bandung, Selasa (12/1/2021).",
     [("indirect", "Harga beras akan turun bulan depan", "Andi", "indirect.cue.postposed", "name")]),
    ("interposed_kata_dia_without_a_comma_before",
     "[Budi Santoso|PER] meninjau pasar. Stok beras kata dia, cukup sampai akhir tahun.",
     [("indirect", "Stok beras kata dia, cukup sampai akhir tahun", "Budi Santoso", "indirect.cue.postposed",
       "pronoun")]),
    ("kata_as_a_noun_is_no_cue",
     "Ia tidak mengerti kata itu sama sekali.", []),
    ("interposed_postposed_cue_still_covers_the_sentence",
     "Harga beras, kata [Budi Santoso|PER], akan turun bulan depan.",
     [("indirect", "Harga beras, kata Budi Santoso, akan turun bulan depan", "Budi Santoso",
       "indirect.cue.postposed", "name")]),
    ("menurut_a_standard_is_no_source",
     "Kualitas udara di Pegadungan berada di angka 191 menurut parameter [US Air Quality Index|ORG], atau dengan "
     "parameter konsentrasi polusi sebesar 132 mikrogram.", []),
    ("source_after_an_opening_adverbial_introduces_the_clause",
     "Di sisi lain, menurut [Budi Santoso|PER], harga beras akan turun bulan depan.",
     [("indirect", "harga beras akan turun", "Budi Santoso", "indirect.cue.according_to", "name")]),
]

NOUN_CUES: list[Case] = [
    # a document with no issuer named in its phrase and no demonstrative speaks as written
    # (guidelines: a document speaks; "menurut statistik" with no issuer is the phrase itself);
    # "Laporan itu" points back to a document named before, resolved elsewhere
    ("unissued_document_subject_speaks_as_written",
     "Sementara itu, laporan yang belum terkonfirmasi menyebutkan bahwa pabrik itu akan ditutup.",
     [("indirect", "pabrik itu akan ditutup", "laporan yang belum terkonfirmasi", "indirect.verb.say", "role")]),
    ("document_after_an_adjunct_opener_is_where_the_person_said_it",
     "[Budi Santoso|PER] dalam surat bernomor 12/2018 menyebutkan bahwa pabrik itu akan ditutup.",
     [("indirect", "pabrik itu akan ditutup", "Budi Santoso", "indirect.verb.say", "name")]),
    ("document_subject_with_a_demonstrative_is_not_read_as_written",
     "Laporan itu menyebutkan bahwa pabrik itu akan ditutup.", []),
    ("noun_cue_with_a_named_holder",
     "Majelis hakim menolak pengakuan [Budi Santoso|PER] bahwa uang itu pinjaman dari kakaknya.",
     [("indirect", "uang itu pinjaman dari kakaknya", "Budi Santoso", "indirect.cue.noun", "name")]),
    ("noun_cue_with_a_clitic",
     "[Budi Santoso|PER] hadir di sidang. Klaimnya bahwa uang itu pinjaman ditolak hakim.",
     [("indirect", "uang itu pinjaman", "Budi Santoso", "indirect.cue.noun", "clitic")]),
    ("noun_cue_of_the_sentence_subject_with_quoted_words",
     "Pelapor [Francesca Albanese|PER] menghadapi kritik atas tuduhan lama bahwa [Israel|LOC] melakukan “genosida” di Gaza.",
     [("mixed", "melakukan “genosida”", "Francesca Albanese", "mixed.cue.noun", "name")]),
    # issue 20: with no person opening the sentence, the speaker phrase before its predicate
    # (an epithet pointing back at the person named before) holds the noun of saying
    ("noun_cue_of_an_epithet_subject_with_quoted_words",
     "Pelapor khusus PBB [Maria Rossi|PER] berbicara di Jenewa. Pakar Italia tersebut telah menghadapi kritik atas "
     "tuduhan lama bahwa [Israel|LOC] melakukan “genosida” di Gaza.",
     [("mixed", "melakukan “genosida”", "Maria Rossi", "mixed.cue.noun", "role")]),
    ("noun_cue_of_a_group_subject",
     "Warga desa itu sudah lama menyuarakan klaim bahwa lahan tersebut milik leluhur mereka.",
     [("indirect", "lahan tersebut milik leluhur", "Warga desa", "indirect.cue.noun", "role")]),
    ("noun_object_of_a_reporting_verb_is_one_quote",
     "[Greta Thunberg|PER] menyampaikan tuduhan bahwa [Israel|LOC] telah menculik para aktivis.",
     [("indirect", "telah menculik para aktivis", "Greta Thunberg", "indirect.verb.say", "name")]),
    # a noun of saying as the object of a light verb ("memberikan pernyataan", "menyertakan
    # keterangan") takes jika/kalau as it takes bahwa, as "mengatakan jika" does (cues.yml
    # noun_cues light_verbs); a verb right after jika is a condition, not a clause
    ("noun_cue_after_a_light_verb_takes_jika",
     "[Rina Wijaya|PER] pun memberikan pernyataan jika dirinya sudah menikah sebelum anaknya lahir.",
     [("indirect", "dirinya sudah menikah", "Rina Wijaya", "indirect.cue.noun", "name")]),
    ("noun_cue_penegasan_with_bahwa",
     "[Putri Lestari|PER] juga memberikan penegasan bahwa fraksinya akan terus mendukung pemerintah.",
     [("indirect", "fraksinya akan terus mendukung", "Putri Lestari", "indirect.cue.noun", "name")]),
    ("noun_cue_after_a_light_verb_then_a_conditional_verb_is_no_quote",
     "[Budi Santoso|PER] bersedia memberikan keterangan jika dipanggil penyidik pekan depan.", []),
    ("noun_cue_without_a_light_verb_keeps_jika_a_condition",
     "Pernyataan itu bisa dicabut jika [Budi Santoso|PER] meminta maaf kepada warga.", []),
    ("noun_with_a_verb_of_its_own_is_one_quote",
     "Dalam laporan tahunan yang menyebut bahwa ekspor naik, [Bank Dunia|ORG] memuji Indonesia.",
     []),
]

# issue 21, false quotes: clauses whose subject is a pronoun or a figure stay quotes while the
# noun-object test reads pronouns, prepositions spelled like verbs and adverbial figures as no predicate
NOUN_OBJECT_KEEPS: list[Case] = [
    ("a_group_pronoun_subject_with_its_own_predicate",
     "Kepala dinas [Budi Santoso|PER] menegaskan mereka akan membangun ulang sekolah itu.",
     [("indirect", "mereka akan membangun ulang", "Budi Santoso", "indirect.verb.say", "name")]),
    # issue 20: an adjective first heads no noun of intent, and a predicate before `untuk` is the clause's
    ("an_adjective_before_a_purpose_clause_stays",
     "Menteri [Budi Santoso|PER] menegaskan siap untuk mengganti semua kerugian warga.",
     [("indirect", "siap untuk mengganti semua", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_plan_with_its_own_predicate_before_untuk_stays",
     "Menteri [Budi Santoso|PER] menyampaikan rencana itu akan dibahas untuk anggaran tahun depan.",
     [("indirect", "rencana itu akan dibahas", "Budi Santoso", "indirect.verb.say", "name")]),
    # issue 20: a request marker before a comma, before a sentence end or before a glued headline's
    # capitalised predicate leaves the verb of saying after it a report
    ("a_fronted_purpose_clause_before_a_comma_stays",
     "Agar tidak terulang, [Budi Santoso|PER] menegaskan pengawasan akan diperketat.",
     [("indirect", "pengawasan akan diperketat", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_request_in_the_sentence_before_stays",
     "Warga meminta agar jalan diperbaiki. [Budi Santoso|PER] menegaskan perbaikan akan dimulai pekan depan.",
     [("indirect", "perbaikan akan dimulai", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_report_after_a_link_shares_the_subject_before_the_request",
     "[Budi Santoso|PER] memperingatkan warga agar tidak panik dan mengatakan stok beras masih cukup.",
     [("indirect", "stok beras masih cukup", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_request_in_a_glued_headline_stays",
     "Ingatkan KPU agar Distribusi Logistik Harus Tepat Waktu [Ribka Haluk|PER] menegaskan pihaknya bakal terus "
     "mendampingi daerah.",
     [("indirect", "pihaknya bakal terus", "Ribka Haluk", "indirect.verb.say", "name")]),
    # issue 20: `dalam` before a verb is no complement of a pronoun head, nor after a predicate
    ("a_pronoun_head_before_dalam_and_a_verb_stays",
     "Kepala dinas [Budi Santoso|PER] menegaskan pihaknya serius dalam menangani banjir di kota itu.",
     [("indirect", "pihaknya serius dalam menangani", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_possessed_head_with_a_predicate_before_dalam_stays",
     "Warga [Andi Wijaya|PER] menyebut anaknya sudah terbiasa dalam membantu tetangga.",
     [("indirect", "anaknya sudah terbiasa dalam", "Andi Wijaya", "indirect.verb.say", "name")]),
    # issue 20: a topic head with a predicate of its own object after the preposition stays a claim
    ("a_topic_head_with_a_figure_and_a_predicate_stays",
     "Menteri [Budi Santoso|PER] menyebut dampak terhadap 3 juta warga akan sangat besar.",
     [("indirect", "dampak terhadap 3 juta warga akan", "Budi Santoso", "indirect.verb.say", "name")]),
    # issue 20, false quotes: "Hal tersebut" before a plain passive of saying points back
    # (false.passive_topic); the words after the agent say when or why, and only the report before stays
    ("a_pointing_subject_before_a_passive_with_its_agent_reports_nothing",
     "Menurut [Budi Santoso|PER], penegakan hukum harus punya dasar kuat. Hal tersebut disampaikannya menanggapi "
     "tuduhan yang disebut penyidik dalam kasus itu.",
     [("indirect", "penegakan hukum harus punya", "Budi Santoso", "indirect.cue.according_to", "name")]),
    # issue 20: memastikan + bahwa, or an outcome word after a subject, reports a clause
    ("memastikan_bahwa_with_an_outcome_stays",
     "Pelatih [Rudi Hartono|PER] memastikan bahwa timnya lolos ke babak semifinal.",
     [("indirect", "timnya lolos ke babak", "Rudi Hartono", "indirect.verb.say", "name")]),
    ("a_figure_in_the_head_of_the_object_is_a_specific_claim",
     "Polisi [Budi Santoso|PER] menyebut angka 48 korban dalam kecelakaan itu.",
     [("indirect", "angka 48 korban", "Budi Santoso", "indirect.verb.say", "name")]),
    # issue 20: a lowercase quotation with a predicate of its own is a source's words, no gloss
    # issue 20: a backward pattern whose clause states something, a belief too, stays a quote
    ("a_statement_before_hal_itu_disampaikan_stays",
     "Harga beras di pasar tradisional akan turun bulan depan. Hal itu disampaikan Menteri [Budi Santoso|PER] di "
     "Jakarta.",
     [("indirect", "Harga beras di pasar", "Budi Santoso", "indirect.cue.backward_passive", "name")]),
    ("a_belief_before_hal_itu_diungkapkan_stays",
     "Pemain muda itu yakin jika timnya bisa menang di laga berikutnya. Hal itu diungkapkan [Andi Wijaya|PER] "
     "seusai latihan.",
     [("indirect", "Pemain muda itu yakin", "Andi Wijaya", "indirect.cue.backward_passive", "name")]),
    # issue 20: a caption's words are the writer's, no title
    ("a_caption_after_bertuliskan_stays",
     "Penyanyi itu mengunggah foto dengan keterangan bertuliskan “Terima kasih untuk semua doa kalian”.",
     [("direct", "Terima kasih untuk semua", None, "direct.unattributed", "none")]),
    # a quotation a reporting verb takes is its speaker's words (guidelines 6), even after a naming noun
    ("a_quoted_term_as_the_object_of_a_reporting_verb_stays",
     "Pelatih [Budi Santoso|PER] menyampaikan julukan “pasukan tanpa lelah” untuk timnya.",
     [("mixed", "julukan “pasukan tanpa lelah”", "Budi Santoso", "mixed.verb.say", "name")]),
    ("a_quoted_fragment_inside_a_report_stays",
     "Pemerintah menyatakan kesiapan desa itu sebagai “lumbung pangan yang paling penting di wilayah timur.”",
     [("direct", "lumbung pangan yang paling", None, "direct.unattributed", "none")]),
    ("a_quoted_fragment_with_its_own_predicate_stays",
     "Sementara itu, pemerintah pusat \"akan terus menambah stok beras di pasar\" menjelang hari raya.",
     [("direct", "akan terus menambah stok", None, "direct.unattributed", "none")]),
    ("a_coordinated_subject_then_its_predicate",
     "[Andi Wijaya|PER] menegaskan polisi dan tentara berjaga di lokasi sejak pagi.",
     [("indirect", "polisi dan tentara berjaga", "Andi Wijaya", "indirect.verb.say", "name")]),
    ("a_passive_of_judging_then_its_clause_stays_a_quote",
     "Langkah itu dinilai [Budi Santoso|PER] bisa menjadi contoh bagi daerah lain.",
     [("indirect", "Langkah itu dinilai Budi Santoso bisa menjadi contoh", "Budi Santoso",
       "indirect.cue.passive_inside", "name")]),
    ("a_capitalised_cue_after_a_capitalised_name_stays_a_quote",
     "Rapat itu selesai pada 25 April 2025. [Tito Karnavian|PER] Mengatakan bahwa keputusan itu berlaku sejak Mei.",
     [("indirect", "keputusan itu berlaku sejak Mei", "Tito Karnavian", "indirect.verb.say", "name")]),
    ("a_subordinator_before_a_year_opens_a_time_phrase",
     "Peneliti [Budi Santoso|PER] menjelaskan penelitian yang dilakukan sejak 2022 menunjukkan adanya mikroplastik "
     "di air hujan.",
     [("indirect", "penelitian yang dilakukan sejak 2022 menunjukkan", "Budi Santoso", "indirect.verb.say", "name")]),
    ("a_comma_closes_a_relative_clause_without_a_predicate",
     "[Budi Santoso|PER] menyebutkan di jalan yang sepanjang 40 kilometer itu, terdapat banyak rumah rusak.",
     [("indirect", "terdapat banyak rumah rusak", "Budi Santoso", "indirect.verb.say", "name")]),
    ("lalu_after_a_noun_is_no_link",
     "Ketua asosiasi [Budi Santoso|PER] menuturkan penjualan semen pada bulan lalu berada di bawah target.",
     [("indirect", "penjualan semen pada bulan lalu berada", "Budi Santoso", "indirect.verb.say", "name")]),
    ("mulai_is_a_predicate",
     "[Budi Santoso|PER] menambahkan warga mulai banyak yang membeli beras murah di pasar itu.",
     [("indirect", "warga mulai banyak", "Budi Santoso", "indirect.verb.say", "name")]),
    # issue 20: a noun phrase closed by a demonstrative is a subject; the word after it is its
    # predicate, an adjective or a preposition-like verb no predicate test marks
    ("an_adjective_after_a_closed_noun_phrase",
     "Ulama [Ahmad Fauzi|PER] menyatakan riwayat ini lemah karena perawinya tidak dikenal.",
     [("indirect", "riwayat ini lemah karena perawinya", "Ahmad Fauzi", "indirect.verb.say", "name")]),
    ("berdasarkan_after_a_closed_noun_phrase",
     "Pejabat [Rina Marlina|PER] menyebut temuan awal tersebut berdasarkan pada pemeriksaan lapangan pekan lalu.",
     [("indirect", "temuan awal tersebut berdasarkan pada", "Rina Marlina", "indirect.verb.say", "name")]),
]

ALL_CASES = SMALL_CLAUSES + IRREALIS_KEEPS + NEGATION_KEEPS + NOUN_OBJECT_KEEPS + NESTED_CLAUSES + SHORT_CLAUSES + SUBJECTS + GROUP_SUBJECTS + ADJUNCT_SUBJECTS + DERIVED_CUES + POSTMODIFIED_SUBJECTS + FIGURE_CLAIMS + MIXED_OBJECTS + SELF_DESCRIPTION + PASSIVES + SOURCES + NOUN_CUES + FALSE_QUOTES

# Known gaps, kept visible rather than deleted.
KNOWN_GAPS: dict[str, str] = {
    "a_subject_before_an_adverb_closed_by_a_comma":
        "issue 20: `X misalnya, bilang …`: an adverb closed by a comma with no comma before it cuts the subject "
        "off, and `bilang` after a comma reads as a postposed cue",
    "an_adjective_after_an_opener_is_no_group":
        "issue 20: an adjective with no prefix right after an opener (`penting memastikan …`) reads as a group "
        "noun; only cues.yml adjective_predicates words are excluded",
}



def _params() -> list[object]:
    return [pytest.param(text, quotes, id=case_id,
                         marks=[pytest.mark.xfail(reason=KNOWN_GAPS[case_id], strict=True)]
                         if case_id in KNOWN_GAPS else [])
            for case_id, text, quotes in ALL_CASES]


@pytest.mark.parametrize(("marked", "expected"), _params())
def test_clause_rules(marked: str, expected: Expected, markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract(marked)
    assert_quote_rows(text, result, expected)


# (case id, marked text, the reason id the candidate is rejected with)
REJECTIONS = [
    ("topic", "Menteri [Budi Santoso|PER] menyampaikan hal itu kepada wartawan di Jakarta.", "false.topic_object"),
    ("directive", "Presiden [Joko Widodo|PER] menyampaikan kepada para gubernur untuk merealisasikan program itu.",
     "false.directive"),
    ("title", "Simak video “Banjir Rendam Ratusan Rumah di Demak” di bawah ini.", "false.title_case"),
    # a title in quotation marks keeps its short function words lowercase (issue 20)
    ("title_with_lowercase_function_words",
     "Ia satu-satunya pelukis yang tercantum dalam buku “The 100 Greatest Painters of the 20th Century” itu.",
     "false.title_case"),
    ("title_with_a_lowercase_particle_in_a_name",
     "Tulisan berjudul “Perjalanan Wisata Sejarah ke Kota d’Angers” itu dibaca ribuan orang.", "false.title_case"),
    ("noun_object", "Organisasi [MER-C|ORG] pernah menyampaikan kondisi rumah sakit di Gaza utara usai serangan "
     "bulan Mei.", "false.noun_object"),
    ("irrealis", "Namun, [Destry Damayanti|PER] menolak untuk menyebutkan siapa calon yang dimaksud.", "false.irrealis"),
    # issue 20: a wish's scope covers a verb of saying joined to the verb right after it
    ("irrealis_coordinated", "[Andi Wijaya|PER] ingin melihat dan memastikan stok beras di gudang itu aman.",
     "false.irrealis_coordinated"),
    ("irrealis_coordinated_after_a_purpose_word",
     "[Andi Wijaya|PER] datang ke pasar untuk memantau dan memastikan harga cabai tetap stabil.",
     "false.irrealis_coordinated"),
    # issue 20, false quotes: a verb of saying inside a clause of request is what is asked for
    ("a_report_inside_a_request_with_its_own_subject",
     "Warga meminta agar pejabat yang baru dilantik memastikan bahwa layanan di kantor itu berjalan baik.",
     "false.request_scope"),
    ("a_report_after_a_link_inside_a_request",
     "Warga mendesak agar [Kepala Dinas|ORG] segera datang meninjau dan memastikan perbaikan jalan tuntas pekan "
     "ini.", "false.request_scope"),
    ("a_declaration_asked_of_a_court",
     "Penggugat memohon agar hakim menyatakan bahwa tergugat telah ingkar janji.", "false.request_scope"),
    # issue 20, false quotes: a refused or impossible act of speech reports nothing
    ("refusal_word", "Namun, [Yakup Hasibuan|PER] enggan membeberkan lebih jauh upaya damai yang akan ditawarkannya.",
     "false.refusal"),
    ("negated_willingness", "Menteri [Amran Sulaiman|PER] belum bersedia mengungkapkan secara rinci siapa saja mereka.",
     "false.refusal"),
    ("negated_ability", "Kepala polisi [Budi Santoso|PER] tidak dapat memastikan bahwa pelaku sudah meninggalkan kota.",
     "false.refusal"),
    # issue 20, false quotes: a verb of saying right after a negation says the speech did not happen
    ("negated_claim", "Kelompok itu menyebar selebaran. Namun, mereka tidak mengklaim bertanggung jawab atas ledakan "
     "di pasar.", "false.negated_report"),
    ("negated_confirmation_with_bahwa",
     "Kepala dinas [Rudi Santoso|PER] belum memastikan bahwa jembatan itu dibuka pekan depan.", "false.negated_report"),
    # issue 20, false quotes: a predicate of a relative clause is the noun phrase's, not a clause's
    ("noun_object_with_a_verb_in_its_relative_clause",
     "Menteri [Nina Akbar|PER] pun mengemukakan konsep catur krida yang meliputi pencegahan dan penindakan korupsi.",
     "false.noun_object"),
    ("noun_object_with_an_auxiliary_in_its_relative_clause",
     "Menteri [Rudi Santoso|PER] mengakui kesalahan kementeriannya terkait posisi yang masih kosong di sejumlah "
     "negara.", "false.noun_object"),
    ("noun_object_with_an_adverb_then_a_passive_in_its_relative_clause",
     "Markas [TNI AD|ORG] menjelaskan kronologis kepemilikan tanah lapangan itu yang belakangan dipersoalkan "
     "pemerintah provinsi.", "false.noun_object"),
    ("akan_before_a_nominalisation_is_a_preposition",
     "Anggota DPR [Putri Sari|PER] juga mengingatkan masyarakat akan pentingnya menjaga kebersihan lingkungan.",
     "false.noun_object"),
    # a predicate after a subordinator is the adverbial clause's, not the object's (issue 20)
    ("noun_object_with_a_verb_in_its_adverbial_clause",
     "Menteri [Budi Santoso|PER] menyampaikan pernyataan tersebut dalam forum tahunan saat pemerintah "
     "beradu pendapat dengan parlemen.", "false.noun_object"),
    ("noun_object_with_a_verb_in_its_conditional_clause",
     "Federasi [PSSI|ORG] memastikan keamanan dan kenyamanan setiap tim jika memang berlaga di Jakarta.",
     "false.noun_object"),
    ("noun_object_with_a_verb_in_its_embedded_question",
     "Forum itu menyampaikan sejumlah pandangan hukumnya ihwal alasan mengapa [Andi Wijaya|PER] patut "
     "diberhentikan.", "false.noun_object"),
    # issue 21, false quotes: what reads as a predicate in a noun object and is none
    ("noun_object_with_a_year_in_an_adverbial",
     "Menteri [Budi Santoso|PER] mengungkapkan daftar sekolah dengan nilai tertinggi pada tahun 2024.",
     "false.noun_object"),
    ("noun_object_with_a_date_and_a_preposition_spelled_like_a_verb",
     "[Andi Wijaya|PER] menjelaskan kronologi kejadian melalui keterangan tertulis pada Senin (12/5).",
     "false.noun_object"),
    ("noun_object_with_a_group_pronoun_possessor",
     "Pelatih [Rudi Hartono|PER] memastikan penampilan perdana mereka di turnamen itu.", "false.noun_object"),
    ("noun_object_with_bersama",
     "[Andi Wijaya|PER] membantah pernyataan gubernur terkait kunjungannya bersama menteri ke pulau itu.",
     "false.noun_object"),
    ("noun_object_then_the_speakers_next_predicate",
     "Wali kota [Budi Santoso|PER] menyampaikan bela sungkawa atas kepergian korban dan meninggalkan rumah duka "
     "pada sore hari.", "false.noun_object"),
    ("noun_object_with_a_purpose_clause",
     "Bek [Rudi Hartono|PER] menyatakan tekadnya untuk kembali membela tim nasional.", "false.noun_object"),
    # issue 20, false quotes: a noun of intent or need heads the object; its `untuk` clause is its own
    ("noun_object_with_an_intent_noun_and_a_purpose_clause",
     "Penyanyi [Dewi Lestari|PER] menyampaikan niat baiknya untuk menjadikan lagu itu milik semua orang.",
     "false.noun_object"),
    ("noun_object_with_a_need_and_a_purpose_clause",
     "Dokter kulit [Rina Sari|PER] mengungkap pentingnya tabir surya untuk melindungi kulit wajah.",
     "false.noun_object"),
    # issue 20, false quotes: a figure in what a topic noun is about makes no specific claim
    ("noun_object_with_a_topic_head_and_a_figure_in_its_preposition_phrase",
     "Penyanyi [Rudi Hartono|PER] menyampaikan permintaan maaf atas unggahannya pada 12 Mei kepada para penggemar.",
     "false.noun_object"),
    # issue 20, false quotes: memastikan + an outcome secures it; nothing is said
    ("a_secured_place_in_the_next_round",
     "Tim muda itu sudah memastikan lolos ke babak semifinal setelah menang dua kali berturut-turut.",
     "false.secured_outcome"),
    ("a_secured_ticket",
     "Klub asal [Jerman|LOC] itu memastikan tiket ke babak berikutnya berkat gol di menit akhir.",
     "false.secured_outcome"),
    # issue 21, false quotes: a plain passive of saying whose agent nothing but adjuncts follows
    # reports its subject, a topic, not a clause
    ("passive_of_saying_with_a_topic_subject",
     "Imbauan hemat itu berulang kali disampaikan [Budi Santoso|PER] kepada para kepala dinas selama ini.",
     "false.passive_topic"),
    ("passive_of_saying_with_an_action_as_subject",
     "Penangkapan terhadap kedua pemuda disampaikan oleh [Rudi Hartono|PER] kepada wartawan, Senin (9/6).",
     "false.passive_topic"),
    # issue 20, false quotes: a clause of only a day and a date says when, not what
    ("a_clause_of_only_a_day_and_a_date",
     "Warga desa masih ragu. Dikatakan [Marwan Jafar|PER] sebelumnya usai seminar di hotel itu, Senin (24/8).",
     "false.time_only"),
    # issue 21, false quotes: a cue written capitalised after capitalised words sits in a headline
    ("a_capitalised_cue_inside_a_headline",
     "Penyanyi [Rina Marlina|PER] Akhirnya Blak-Blakan Mengaku Dirinya (foto: instagram/rina)\nIa tampil di Jakarta.",
     "false.title_case"),
    ("an_embedded_question_is_a_topic",
     "Namun, [Riza Pahlevi|PER] belum memastikan kapan ekspansi tersebut mulai bisa mengerek produksi.",
     "false.topic_object"),
    # issue 20, false quotes: a lowercase quotation no cue claimed that is a noun phrase or a
    # relative clause is a term or a gloss, not speech
    ("a_quoted_relative_clause_is_a_gloss",
     "Aplikasi itu menyamarkan foto \"yang mungkin memuat kekerasan\" sebelum pengguna membukanya.",
     "false.quoted_fragment"),
    ("a_quoted_noun_phrase_is_a_term",
     "Serangan itu disebut sebagai bagian dari “tahap ketiga operasi Fajar Baru.” Pasukan bergerak malam itu.",
     "false.quoted_fragment"),
    # issue 20, false quotes: a quotation right after a noun naming a title, theme or motto
    ("a_quoted_title_after_a_naming_noun",
     "Dalam suratnya, polisi memberi judul, \"Untuk turnamen sepak bola internasional yang damai.\" Surat itu "
     "dibagikan.", "false.named_title"),
    ("a_slogan_that_reads_as_a_sentence",
     "Kelompok itu mengusung slogan “Hidup sederhana adalah kunci bahagia”. Mereka berkumpul di alun-alun.",
     "false.named_title"),
    # issue 20, false quotes: the backward pattern after a request, a commitment or a hope
    ("a_request_before_hal_itu_disampaikan",
     "Fraksi [PKB|ORG] meminta agar proyek penulisan ulang buku sejarah itu ditunda. Hal itu disampaikan anggota "
     "DPR [Rina Marlina|PER] di Jakarta, Senin.", "false.backward_directive"),
    ("a_commitment_before_hal_tersebut_diungkapkan",
     "Pemerintah kedua negara berkomitmen untuk memperbaiki perlindungan pekerja migran. Hal tersebut diungkapkan "
     "Menteri [Budi Santoso|PER] di Jakarta.", "false.backward_directive"),
    ("a_hope_before_demikian_disampaikan",
     "Presiden berharap para ulama melakukan pembenahan organisasi. Demikian disampaikan [Joko Widodo|PER] saat "
     "membuka muktamar.", "false.backward_directive"),
    # issue 20: after a closed noun phrase, a preposition or a word that goes on the phrase is
    # no predicate (cues.yml noun_object closed_subject_non_predicates)
    ("noun_object_closed_by_a_demonstrative_then_a_preposition",
     "Menteri [Budi Santoso|PER] menjelaskan rencana itu secara rinci kepada anggota dewan.", "false.noun_object"),
    ("noun_object_closed_by_a_demonstrative_then_sendiri",
     "[Andi Wijaya|PER] menyampaikan kondisi gudang itu sendiri kepada wartawan.", "false.noun_object"),
    ("noun_object_with_a_time_phrase_closed_by_a_demonstrative",
     "[Andi Wijaya|PER] memastikan jadwal saat ini kepada para peserta.", "false.noun_object"),
    # issue 20: a di- preposition written glued to its noun is no passive predicate
    ("noun_object_with_a_glued_preposition",
     "Direktur [Bumi Persada|ORG] menyampaikan target penjualan diatas rata-rata industri pada rapat itu.",
     "false.noun_object"),
    # issue 20: a verb of recording whose object opens with its figure books a count, no claim
    ("a_recorded_count", "Musim lalu, penyerang [Rudi Hartono|PER] mencatat 18 gol dan 7 assist di liga.",
     "false.recorded_figure"),
    ("a_recorded_quantity", "Wilayah [Maluku|LOC] dan [Papua|LOC] mencatat 518,46 GW.",
     "false.recorded_figure"),
    # issue 20: a noun of one's own accounts joined to its figure books a result, where a
    # statistics body's "mencatat inflasi … sebesar …" is a claim (FIGURE_CLAIMS)
    ("a_recorded_amount_after_a_measure_word",
     "Pada tahun fiskal itu, [Maju Motor|ORG] mencatat kerugian bersih sebesar 670 miliar rupiah.",
     "false.recorded_figure"),
    ("a_booked_profit_with_its_growth",
     "Perseroan juga mencatat laba bersih Rp 80 miliar atau tumbuh 12 persen dari tahun sebelumnya.",
     "false.recorded_figure"),
    ("a_booked_gain_with_the_clitic",
     "Tahun lalu [Sinar Jaya|ORG] mencatat keuntungannya sebesar Rp 5 miliar dari penjualan pupuk.",
     "false.recorded_figure"),
    # issue 20: `dalam` before a verb after a possessed or purpose head noun is its nominalised
    # complement, no predicate of a clause
    ("a_possessed_noun_with_a_nominalised_complement",
     "Pelatih [Rudi Hartono|PER] membeberkan taktiknya dalam menghadapi tim tamu.", "false.noun_object"),
    ("a_purpose_head_with_a_nominalised_complement",
     "Gubernur [Andi Wijaya|PER] menjelaskan upaya pemerintah kota dalam membenahi pasar tradisional.", "false.noun_object"),
    ("a_possessed_noun_with_a_modifier_then_a_nominalised_complement",
     "Dokter [Rina Sari|PER] mengungkapkan kiatnya sehari-hari dalam merawat pasien lansia.",
     "false.noun_object"),
    # issue 20: after a noun of role or standing `sebagai` predicates nothing (unless the verb
    # names or judges): "X sebagai Y" is a noun phrase with its role
    ("noun_object_with_its_role_after_sebagai",
     "Bank [Maju Jaya|ORG] terus menegaskan posisinya sebagai pelopor layanan digital di kawasan itu.",
     "false.noun_object"),
    ("noun_object_of_a_stress_verb_with_sebagai",
     "Menteri [Rina Marlina|PER] menekankan peran batik sebagai sarana diplomasi budaya.", "false.noun_object"),
    ("a_quoted_noun_with_a_relative_clause_is_a_gloss",
     "Dalam naskah kuno itu, kata tersebut merujuk pada \"kain tenun yang diwarnai\", yang dipakai para raja.",
     "false.quoted_fragment"),
    # issue 20, fresh news: a named person followed by a phrase stop is still the topic ("menyebut X
    # dalam …"), and a person with nothing after the name or coordinated with another is a noun object
    ("a_named_person_then_a_preposition_is_a_topic",
     "Ketua panitia [Rudi Santoso|PER] menyebut [Dewi Lestari|PER] dalam sambutannya.", "false.noun_object"),
    ("two_named_people_coordinated_are_a_topic",
     "Juru bicara [Rina Marlina|PER] membantah [Andi Wijaya|PER] dan [Budi Hartono|PER].", "false.noun_object"),
    # a verb after `untuk` is the purpose clause's, even past a relative clause the bare word after
    # `yang` closed
    ("a_purpose_clause_after_a_relative_clause_is_no_predicate",
     "Menteri [Nina Akbar|PER] menyampaikan langkah yang tepat untuk menekan harga cabai.", "false.noun_object"),
    # `akan` before a short stem with the clitic is still the preposition ("akan adanya …")
    ("akan_before_adanya_is_a_preposition",
     "Direktur [Rudi Santoso|PER] mengakui akan adanya rencana penambahan armada bus tahun depan.",
     "false.noun_object"),
    # a topic noun with a relative clause and no predicate of its own after it stays a topic
    ("a_topic_noun_with_only_a_relative_clause",
     "Kepala dinas [Rudi Santoso|PER] menjelaskan hal yang perlu disiapkan sebelum musim tanam.",
     "false.topic_object"),
]


# Known gaps of the rejection table, kept visible rather than deleted.
REJECTION_GAPS = {
    "a_report_after_a_link_inside_a_request":
        "issue 20: a verb of saying after `dan` inside a request shares the request's subject here, but as often "
        "the subject of the verb before `agar` (`memperingatkan Trump agar tidak … dan mengatakan …`), so a cue "
        "after a link is read",
    "noun_object_with_a_date_and_a_preposition_spelled_like_a_verb":
        "issue 21: a figure anywhere in the object, a date in brackets too, counts as a specific claim (see "
        "noun_object_with_a_year_in_an_adverbial)",
    "noun_object_with_a_year_in_an_adverbial":
        "issue 21: a figure anywhere in the object counts as a specific claim; reading figures only among the "
        "object's first words removed such noun objects but lost true quotes on unseen news (round of 2026-12-07); "
        "passing over years and dates only (issue 20, round 12) lost as many true quotes on the readable sets as "
        "it removed false ones: a year stands in clauses whose predicate the test misses (`… saat Pilpres 2024 tak "
        "lepas dari …`, `… yang cenderung akan stagnan 2019 ini`)",
}


@pytest.mark.parametrize(("marked", "reason"), [
    pytest.param(text, reason, id=case,
                 marks=[pytest.mark.xfail(reason=REJECTION_GAPS[case], strict=True)] if case in REJECTION_GAPS else [])
    for case, text, reason in REJECTIONS])
def test_rejections_name_their_reason(marked: str, reason: str, markup_extractor: MarkupExtractor) -> None:
    text, _ = markup_extractor.extract(marked)
    document = markup_extractor.extractor.analyse(text)
    assert [rejection.reason for rejection in document.rejected] == [reason]
    assert document.quotes == []


def test_a_mental_state_listed_as_a_clause_verb_is_refused(tmp_path: Path, rules: RuleSet) -> None:
    directory = copy_rules(tmp_path)
    cues = directory / "cues.yml"
    cues.write_text(cues.read_text().replace("words: [mengatakan,", "words: [merasa, mengatakan,"))
    with pytest.raises(RuleError, match="merasa"):
        load_rules(directory)


def test_a_recording_verb_that_claims_no_figure_is_refused(tmp_path: Path, rules: RuleSet) -> None:
    directory = copy_rules(tmp_path)
    cues = directory / "cues.yml"
    text = cues.read_text()
    assert "id: false.recorded_figure\n    words: [mencatat]" in text
    cues.write_text(text.replace("id: false.recorded_figure\n    words: [mencatat]",
                                 "id: false.recorded_figure\n    words: [mencatat, membukukan]"))
    with pytest.raises(RuleError, match="membukukan"):
        load_rules(directory)


# (case id, marked text, the exact text of the one quote): spans whose end the table's fragment
# check cannot see
EXACT_SPANS = [
    ("postposed_cue_then_place_and_date",
     "Harga beras akan turun bulan depan, ujar [Andi|PER], di Gedung Sate, Bandung, Selasa (12/1/2021).",
     "Harga beras akan turun bulan depan"),
    ("postposed_cue_then_the_occasion",
     "Warga harus tahu harga beras, kata [Budi Santoso|PER], saat ditemui di pasar.",
     "Warga harus tahu harga beras"),
    ("interposed_cue_then_a_time_word_that_opens_the_clause",
     "Stok beras, kata [Budi Santoso|PER], saat ini sudah menipis di banyak daerah.",
     "Stok beras, kata Budi Santoso, saat ini sudah menipis di banyak daerah"),
    ("interposed_cue_keeps_the_whole_sentence",
     "Harga beras, kata [Budi Santoso|PER], akan turun bulan depan.",
     "Harga beras, kata Budi Santoso, akan turun bulan depan"),
    # issue 20: a postposed cue that opens the sentence reports the clause after its speaker, without the
    # cue and the speaker (guidelines rule 4: the clause after the cue)
    ("a_postposed_cue_opening_the_sentence_reports_the_clause_after_it",
     "Polisi menangkap dua pria. Kata [Budi Santoso|PER], kedua tersangka diamankan di sebuah rumah.",
     "kedua tersangka diamankan di sebuah rumah"),
    ("lanjut_opening_the_sentence_reports_the_clause_after_it",
     "Polisi menangkap dua pria. Lanjut [Budi Santoso|PER], kedua tersangka diamankan di sebuah rumah.",
     "kedua tersangka diamankan di sebuah rumah"),
    ("a_clitic_passive_opening_the_sentence_without_a_comma",
     "[Budi Santoso|PER] hadir di balai kota. Diungkapkannya persoalan itu bermula dari aturan lama.",
     "persoalan itu bermula dari aturan lama"),
    ("co_event_report_ends_the_mixed_clause",
     "[Rudi Hartono|PER] menuntut “ganti rugi penuh” bagi warga sambil menyindir bahwa pemerintah daerah lamban.",
     "“ganti rugi penuh” bagi warga"),
    ("co_event_without_a_report_stays_in_the_clause",
     "[Rudi Hartono|PER] mengatakan bahwa warga bekerja “siang dan malam” sambil bernyanyi di ladang.",
     "warga bekerja “siang dan malam” sambil bernyanyi di ladang"),
    # issue 20, span ends: a subjectless verb phrase after a small clause is the speaker's act (a gap,
    # SPAN_GAPS); the clauses with a predicate keep theirs
    ("speaker_act_after_a_small_clause_with_sebagai",
     "Dalam unggahan itu, [Recep Erdogan|PER] menyebut kesepakatan ini sebagai pencapaian besar dan menjanjikan "
     "pemanfaatan kemampuan lokal.",
     "kesepakatan ini sebagai pencapaian besar"),
    ("speaker_act_after_an_adjective_clause",
     "Kepala dinas [Rudi Santoso|PER] mengatakan stok beras aman dan meminta warga tidak panik.",
     "stok beras aman"),
    ("a_verb_phrase_after_a_clause_with_a_predicate_stays_in_it",
     "Kepala dinas [Rudi Santoso|PER] mengatakan harga cabai naik setelah memasuki musim hujan.",
     "harga cabai naik setelah memasuki musim hujan"),
    ("a_verb_phrase_in_a_jika_clause_stays_in_it",
     "Polisi menangkap dua pemuda. Dikatakan [Roland|PER] jika kedua pemuda itu sebelum melakukan aksinya menenggak "
     "obat keras.",
     "kedua pemuda itu sebelum melakukan aksinya menenggak obat keras"),
    # issue 20, span ends: a decimal comma (tokenization, CAMEL_BOUNDARY) ends no phrase or clause
    ("a_decimal_comma_ends_no_passive_agent_phrase",
     "[Rina Marlina|PER] mengatakan, pihaknya menyalurkan dana Rp404 juta untuk Koperasi Makmur, dilanjutkan dengan "
     "bantuan untuk Koperasi Sejahtera sebanyak Rp1,075 miliar pada bulan Februari.",
     "pihaknya menyalurkan dana Rp404 juta untuk Koperasi Makmur, dilanjutkan dengan bantuan untuk Koperasi "
     "Sejahtera sebanyak Rp1,075 miliar pada bulan Februari"),
    ("a_decimal_comma_after_disampaikan_ends_no_agent",
     "Disampaikan oleh kepala dinas [Budi Santoso|PER] pada rapat 2,5 jam itu, stok beras cukup sampai Lebaran.",
     "stok beras cukup sampai Lebaran"),
    ("a_verb_phrase_after_a_clause_with_a_verb_stays_in_it",
     "Kepala dinas [Rudi Santoso|PER] mengatakan warga menolak proyek itu dan mengadukannya ke DPRD.",
     "warga menolak proyek itu dan mengadukannya ke DPRD"),
    # issue 20, fresh news: an object that opens with a named person or place and goes on past the
    # name is that name's clause, whatever its predicate (false.noun_object subject_labels)
    ("a_named_place_with_a_noun_predicate",
     "Menteri [Rina Marlina|PER] menyebut [Lombok|LOC] pulau yang ramah bagi keluarga.",
     "Lombok pulau yang ramah bagi keluarga"),
    ("a_named_person_with_an_adjective_predicate",
     "Pelatih [Andi Wijaya|PER] menegaskan [Budi Hartono|PER] bugar menjelang laga final.",
     "Budi Hartono bugar menjelang laga final"),
    # the bare word right after `yang` is the relative clause's predicate; a later one is the object's
    ("a_predicate_after_a_relative_clause_with_a_bare_verb",
     "Menteri [Nina Akbar|PER] menyebutkan wisatawan yang datang ke [Bali|LOC] masih didominasi warga Australia.",
     "wisatawan yang datang ke Bali masih didominasi warga Australia"),
    # past a relative clause its bare first word closed and a purpose clause, a later predicate is the
    # object's own
    ("a_predicate_after_a_bare_relative_and_a_purpose_clause",
     "Menteri [Nina Akbar|PER] menambahkan izin tambang yang lama untuk memperluas produksi dinilai akan "
     "menambah pendapatan daerah.",
     "izin tambang yang lama untuk memperluas produksi dinilai akan menambah pendapatan daerah"),
    # `punya` only ends in the clitic's letters: `akan punya` is the future auxiliary and its verb
    ("akan_before_punya_is_the_auxiliary",
     "Direktur [Rudi Santoso|PER] mengungkapkan dalam dua tahun lagi kota itu akan punya bandara sendiri.",
     "dalam dua tahun lagi kota itu akan punya bandara sendiri"),
    # a topic noun whose relative clause a copula follows is the subject of a pseudo-cleft
    ("a_topic_noun_with_a_relative_clause_then_a_copula",
     "Kepala dinas [Rudi Santoso|PER] menyebut hal yang paling mendesak adalah perbaikan saluran irigasi.",
     "hal yang paling mendesak adalah perbaikan saluran irigasi"),
]


# Known gaps of the span table, kept visible rather than deleted.
SPAN_GAPS = {
    "speaker_act_after_a_small_clause_with_sebagai":
        "issue 20: ending a bare small-clause object before the speaker's next verb phrase (`dan menjanjikan …`, "
        "`setelah menyaksikan …`) was dropped: on holdout3 and the news set it cut a true quote below the overlap "
        "threshold",
}


@pytest.mark.parametrize(("marked", "quote_text"), [
    pytest.param(text, quote, id=case,
                 marks=[pytest.mark.xfail(reason=SPAN_GAPS[case], strict=True)] if case in SPAN_GAPS else [])
    for case, text, quote in EXACT_SPANS])
def test_exact_spans(marked: str, quote_text: str, markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(marked)
    assert [quote.text for quote in result.quotes] == [quote_text]
