"""Name identity (issue 19) as tables over the markup tagger: one person, one canonical name.

Each case states what the NER is assumed to find (`[Sinta Maharani|PER]`, see tests/markup.py)
and checks the quotes' speakers (name, rule, resolution) and the article's `people`. The
sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.extraction.names import merge_rule, strip_diacritics
from service.extraction.rules import RuleError, load_rules
from tests.conftest import copy_rules
from tests.markup import MarkupExtractor, assert_offsets_point_into
from training.usual_names import initial_expansions, usual_full_names

# (case id, marked text, [(speaker, rule, resolution)] per quote, people of kind person)
NameCase = tuple[str, str, list[tuple[str | None, str, str]], list[str]]

STRAY_PLACE_TAGS: list[NameCase] = [
    # The model tags a given name LOC once among several PER: it stays the name's first word.
    ("given_name_tagged_place_once",
     "[Sinta Maharani|PER] meninjau gudang beras. Di [Sinta|LOC] ada rasa lega. [Sinta Maharani|PER] mengatakan "
     "bahwa stok beras cukup sampai Lebaran.",
     [("Sinta Maharani", "indirect.verb.say", "name")], ["Sinta Maharani"]),
    # A place the NER took into the name, between the role and the name (issue 19's example).
    ("place_between_role_and_name",
     "Bupati [Kampar Rudi Hartono|PER] meninjau banjir. Ia mengatakan bahwa bantuan sudah dikirim.",
     [("Rudi Hartono", "indirect.verb.say", "pronoun")], ["Rudi Hartono"]),
    # A given name that is also a place word in some texts is not cut ("Surya" is a name).
    ("given_name_is_not_a_place",
     "Bupati [Surya Adi Pratama|PER] meninjau banjir. Ia mengatakan bahwa bantuan sudah dikirim.",
     [("Surya Adi Pratama", "indirect.verb.say", "pronoun")], ["Surya Adi Pratama"]),
    # A place written right after an office's acronym or a role is the office's, before a
    # one-word name too (issue 19: "Kepala BMKG Pekanbaru Sugarin" gave "Pekanbaru Sugarin") ...
    ("place_after_an_acronym_before_a_one_word_name",
     "“Jarak pandang hanya 500 meter,” ujar Kepala BMKG Pekanbaru Sugianto, Selasa.",
     [("Sugianto", "direct.cue.postposed", "name")], ["Sugianto"]),
    ("place_after_an_acronym_inside_the_tagged_name",
     "“Jarak pandang hanya 500 meter,” ujar Kepala [BMKG Pekanbaru Sugianto|PER], Selasa.",
     [("Sugianto", "direct.cue.postposed", "name")], ["Sugianto"]),
    # ... but a two-word name with no office before it keeps its first word.
    ("two_word_name_opened_by_a_place_word_without_an_office",
     "“Jarak pandang hanya 500 meter,” ujar [Pekanbaru Sugianto|PER], Selasa.",
     [("Pekanbaru Sugianto", "direct.cue.postposed", "name")], ["Pekanbaru Sugianto"]),
    # A place that opens a name is still cut when the name stands without it too.
    ("place_before_a_name_the_article_gives_alone",
     "Bupati [Kampar Rudi Hartono|PER] meninjau banjir di [Kampar|LOC]. [Rudi Hartono|PER] mengatakan bahwa "
     "bantuan sudah dikirim.",
     [("Rudi Hartono", "indirect.verb.say", "name")], ["Rudi Hartono"]),
]

NOT_PERSONS: list[NameCase] = [
    # A statute word the model tags PER: the statute speaks, it is not a person.
    ("statute_is_not_a_person",
     "[Rina Marlina|PER] meninjau pasar. [Pasal 5 Perda|PER] itu menyebutkan bahwa setiap pedagang wajib "
     "memiliki izin usaha.",
     [("Pasal 5 Perda", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A common word capitalised at a sentence start, tagged PER: not a person.
    ("common_word_at_a_sentence_start",
     "[Rina Marlina|PER] meninjau pasar. [Terakhir|PER] mengatakan bahwa harga beras turun.",
     [("Terakhir", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A heading made of common words only.
    ("heading_of_common_words",
     "[Sambutan Hangat|PER] di Desa. [Rina Marlina|PER] mengatakan bahwa status gunung tetap waspada.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A feast or a date of the Hijri calendar the tagger took for a name (names.calendar_term).
    ("feast_is_not_a_person",
     "[Rina Marlina|PER] memimpin salat [Idul Adha|PER] di lapangan desa. Ia mengatakan bahwa hewan kurban "
     "tahun ini lebih banyak.",
     [("Rina Marlina", "indirect.verb.say", "pronoun")], ["Rina Marlina"]),
    ("hijri_calendar_is_not_a_person",
     "Berdasarkan [Kalender Hijriah|PER], puasa [Nisfu Syaban|PER] jatuh pekan depan. [Rina Marlina|PER] "
     "mengatakan bahwa masjid akan penuh.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("formula_after_gods_name_is_not_a_person",
     "Kami bersyukur kepada Allah [Subhanahu Wa Ta'ala|PER] atas panen ini. [Rina Marlina|PER] mengatakan bahwa "
     "panen naik dua kali lipat.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A month that is also a given name is a month after a number or `bulan` and where it never speaks.
    ("month_after_a_number_is_not_a_person",
     "Tanggal 1 [Muharram|PER] jatuh pada hari Jumat. Puasa pada bulan [Muharram|PER] dianjurkan. "
     "[Rina Marlina|PER] mengatakan bahwa masjid akan penuh.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("month_that_is_a_given_name_stays_a_person",
     "Sejak bulan Ramadan warga antre. “Kami siap melayani,” kata [Ramadhan|PER], petugas pasar.",
     [("Ramadhan", "direct.cue.postposed", "name")], ["Ramadhan"]),
    ("given_name_of_a_holiday_stays_a_person",
     "[Fitri Handayani|PER] meninjau pasar. “Harga cabai turun,” kata [Fitri|PER].",
     [("Fitri Handayani", "direct.cue.postposed", "name")], ["Fitri Handayani"]),
    # An outlet named only right after a sourcing tag (names.cited_outlet).
    ("outlet_after_dikutip_is_not_a_person",
     "“Saya ingin bertahan di klub ini,” kata [Sergio Santos|PER] dikutip [Diario Deportivo|PER].",
     [("Sergio Santos", "direct.cue.postposed", "name")], ["Sergio Santos"]),
    ("outlet_after_dilansir_dari_is_not_a_person",
     "Klub itu, seperti dilansir dari [Gazzetta Sportiva|PER], sudah menawar bek itu. “Saya senang,” kata "
     "[Sergio Santos|PER].",
     [("Sergio Santos", "direct.cue.postposed", "name")], ["Sergio Santos"]),
    # A person the article also names elsewhere stays one after `laporan`.
    ("person_after_laporan_named_elsewhere_stays",
     "[Gunadi Wirawan|PER] melapor ke polisi. Polisi menindaklanjuti laporan [Gunadi Wirawan|PER] itu.",
     [], ["Gunadi Wirawan"]),
    # A team's foreign nickname opening with an article (names.foreign_article_name).
    ("team_nickname_with_a_foreign_article_is_not_a_person",
     "Tim berjuluk [Gli Azzurri|PER] menang tipis. “Kami bermain baik,” kata [Luciano Rossi|PER].",
     [("Luciano Rossi", "direct.cue.postposed", "name")], ["Luciano Rossi"]),
    ("nickname_with_der_is_not_a_person",
     "Ia penggemar [Der Panzer|PER] sejak kecil. “Saya selalu menonton,” kata [Rudi Hartono|PER].",
     [("Rudi Hartono", "direct.cue.postposed", "name")], ["Rudi Hartono"]),
    # A name opening with a word that is an article elsewhere but a name here stays ("La Nyalla").
    ("name_opening_with_la_stays_a_person",
     "“Kami siap,” kata [La Nyalla Mattalitti|PER].",
     [("La Nyalla Mattalitti", "direct.cue.postposed", "name")], ["La Nyalla Mattalitti"]),
    # The real or full name of a person the article names otherwise, given only after
    # `nama asli`/`bernama lengkap`, is not a second person (names.real_name).
    ("real_name_is_not_a_second_person",
     "Penyanyi [Eddy Kimura|PER] lahir di Seoul dan memiliki nama asli [Kim Jung-Hwan|PER]. “Saya senang,” kata "
     "[Eddy Kimura|PER].",
     [("Eddy Kimura", "direct.cue.postposed", "name")], ["Eddy Kimura"]),
    ("full_name_after_bernama_lengkap_is_not_a_second_person",
     "“Kami bermain baik,” kata pelatih bernama lengkap [Jorge Mario Santos|PER] itu. [Rina Marlina|PER] mengatakan "
     "bahwa timnya kalah.",
     [("pelatih bernama lengkap Jorge Mario Santos", "direct.cue.postposed", "role"),
      ("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A nickname after `dikenal luas sebagai` or `karib disapa` is the person named before it
    # (speakers.yml alias_markers), not a second person.
    ("nickname_after_dikenal_luas_sebagai_is_not_a_second_person",
     "Pendirinya adalah [Lukman Hadiwijaya|PER], yang dikenal luas sebagai [Kang Abay|PER]. [Rina Marlina|PER] "
     "mengatakan bahwa kelas itu gratis.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Lukman Hadiwijaya", "Rina Marlina"]),
    ("nickname_after_karib_disapa_is_not_a_second_person",
     "Pelatih [Sugiharto Wibowo|PER] yang karib disapa [Mbah Once|PER] wafat. [Rina Marlina|PER] mengatakan "
     "bahwa tim berduka.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Sugiharto Wibowo", "Rina Marlina"]),
    # A given name that is also a word stays a person when the article gives the full name.
    ("given_name_that_is_also_a_word",
     "[Bunga Citra Lestari|PER] tampil di Jakarta. “Saya senang sekali,” kata [Bunga|PER].",
     [("Bunga Citra Lestari", "direct.cue.postposed", "name")], ["Bunga Citra Lestari"]),
]

SPELLING_AND_CUT_NAMES: list[NameCase] = [
    # A surname spelt two ways is one person; a surname ending like a glued function word
    # ("…dari") is not cut after the given name.
    ("spelling_variant_of_a_surname",
     "Kapolres Sleman AKBP [Rina Wulandari|PER] mengatakan pelaku sudah ditangkap. [Rina Wulandary|PER] "
     "menambahkan bahwa barang bukti disita.",
     [("Rina Wulandari", "indirect.verb.say", "name"), ("Rina Wulandari", "indirect.verb.say", "name")],
     ["Rina Wulandari"]),
    # A surname written twice with one inner letter slipped (w and m: no keyboard neighbours) is
    # still the same person: one-letter pairs in one article are nearly always one person.
    ("a_slip_written_twice_still_joins_its_person",
     "Kepala desa [Agus Hermanto|PER] meninjau sawah. “Panen tahun ini bagus,” kata [Herwanto|PER]. "
     "[Herwanto|PER] menambahkan bahwa harga gabah naik.",
     [("Agus Hermanto", "direct.cue.postposed", "name"), ("Agus Hermanto", "indirect.verb.say", "name")],
     ["Agus Hermanto"]),
    # Two people one letter apart, each with their own role: not yet told apart (known gap).
    ("surnames_one_letter_apart_with_their_own_roles",
     "Camat [Agus Wahyuni|PER] meninjau pasar. “Harga cabai turun,” kata [Wahyudi|PER], pedagang di pasar itu.",
     [("Wahyudi", "direct.cue.postposed", "name")], ["Agus Wahyuni", "Wahyudi"]),
    # A short army rank or a religious honorific the tagger took into the name is no part of it
    # (speakers.yml ranks, honorifics), whether or not the article writes the name without it.
    ("short_army_rank_taken_into_the_name",
     "“Kami sudah berjaga sejak pagi,” kata [Kopda Suryanto|PER], anggota Koramil setempat.",
     [("Suryanto", "direct.cue.postposed", "name")], ["Suryanto"]),
    ("short_navy_rank_taken_into_the_name",
     "[Laksda Hendro Wibisono|PER] mengatakan bahwa kapal patroli siap berlayar.",
     [("Hendro Wibisono", "indirect.verb.say", "name")], ["Hendro Wibisono"]),
    ("police_rank_taken_into_the_name",
     "“Saya hanya menjalankan perintah,” ujar [Bharada Rangga Saputra|PER] di ruang sidang.",
     [("Rangga Saputra", "direct.cue.postposed", "name")], ["Rangga Saputra"]),
    ("religious_honorific_taken_into_the_name",
     "[Ustad Hamdan Fauzi|PER] menjelaskan bahwa zakat fitrah dibayar sebelum salat Id.",
     [("Hamdan Fauzi", "indirect.verb.say", "name")], ["Hamdan Fauzi"]),
    ("kiai_taken_into_the_name",
     "“Santri harus tetap belajar,” tutur [Kiai Mahfud Ridwan|PER] kepada wartawan.",
     [("Mahfud Ridwan", "direct.cue.postposed", "name")], ["Mahfud Ridwan"]),
    # A rank inside the tagged name after an office's place: the place is the office's, the
    # name starts after the rank (names.rank_inside_a_name) ...
    ("rank_inside_a_name_after_an_office_place",
     "Wakapolda [Sulbar Brigjen Danu Prasetyo|PER] mengatakan bahwa patroli malam ditambah.",
     [("Danu Prasetyo", "indirect.verb.say", "name")], ["Danu Prasetyo"]),
    ("rank_after_a_two_word_place",
     "“Pelaku sudah kami tangkap,” kata Kapolres [Gorontalo Utara AKBP Sigit Raharjo|PER].",
     [("Sigit Raharjo", "direct.cue.postposed", "name")], ["Sigit Raharjo"]),
    # The place cut off there, tagged PER alone after the same office, is no person either.
    ("office_place_cut_before_a_rank_is_no_person_elsewhere",
     "Kapolri merotasi Wakapolda [Sulbar Brigjen Danu Prasetyo|PER]. Posisi Wakapolda [Sulbar|PER] akan diisi "
     "pejabat baru. [Danu Prasetyo|PER] mengatakan bahwa rotasi itu biasa.",
     [("Danu Prasetyo", "indirect.verb.say", "name")], ["Danu Prasetyo"]),
    # A word between a rank and a name is the name's first, even a common word (Bagus, Hari):
    # names.given_name_left_out.
    ("common_word_given_name_after_a_rank",
     "Jabatan itu akan diisi oleh Kolonel Bagus [Wirawan|PER]. Ia mengatakan bahwa latihan dimulai besok.",
     [("Bagus Wirawan", "indirect.verb.say", "pronoun")], ["Bagus Wirawan"]),
    # ... not a word of an office or a longer rank ending in a rank word, nor a common word the
    # article writes in lowercase.
    ("office_word_after_a_rank_is_no_given_name",
     "Direktur Jenderal Anggaran [Rudi Hartawan|PER] mengatakan bahwa belanja naik.",
     [("Rudi Hartawan", "indirect.verb.say", "name")], ["Rudi Hartawan"]),
    ("common_word_written_lowercase_after_a_rank",
     "Kabareskrim, Jenderal Polisi [Rudi Hartawan|PER], mengatakan bahwa polisi siaga.",
     [("Rudi Hartawan", "indirect.verb.say", "name")], ["Rudi Hartawan"]),
    # A corps written between an officer's rank and name is no part of the name (speakers.yml ranks).
    ("corps_after_a_rank_is_no_given_name",
     "Komandan Kodim, Letkol Inf [Dedi Kurnia|PER], mengatakan bahwa latihan dimulai besok.",
     [("Dedi Kurnia", "indirect.verb.say", "name")], ["Dedi Kurnia"]),
    # Two people billed with an ampersand are two people (names.ampersand_pair) ...
    ("two_people_joined_by_an_ampersand",
     "Duo [Raka Pratama & Sinta Dewi|PER] merilis lagu baru. “Lagu ini untuk penggemar,” kata [Sinta Dewi|PER].",
     [("Sinta Dewi", "direct.cue.postposed", "name")], ["Raka Pratama", "Sinta Dewi"]),
    # ... but a rank that is a common word closes names (Iskandar Muda) and is no cut.
    ("common_word_rank_closing_a_name",
     "“Bandara ini ramai,” kata [Teuku Iskandar Muda|PER], petugas bandara.",
     [("Teuku Iskandar Muda", "direct.cue.postposed", "name")], ["Teuku Iskandar Muda"]),
    # A function word glued to a surname is still split off when the name's last word does
    # not end like a name.
    ("glued_tail_after_a_full_name",
     "Pelatih [Thomas Frank|PER]sebagai pengganti mengatakan bahwa timnya siap bertanding.",
     [("Thomas Frank", "indirect.verb.say", "name")], ["Thomas Frank"]),
    # A name that splits into a capitalised word and a short common word stays whole.
    ("name_that_splits_into_two_words",
     "Di antara warga itu, ada [Daniya Sabirova|PER], warga Rusia. Dan ia datang. Ia mengaku bahwa ia sangat bangga "
     "bisa bertemu presiden.",
     [("Daniya Sabirova", "indirect.verb.say", "pronoun")], ["Daniya Sabirova"]),
    # The NER tagged only the surname; the article writes the full name once: it is canonical.
    ("cut_name_expanded_from_the_text",
     "Pelatih [Persiba|ORG] Darius [Wirasena|PER] tiba di [London|LOC]. “Kami siap menang,” kata [Wirasena|PER].",
     [("Darius Wirasena", "direct.cue.postposed", "name")], ["Darius Wirasena"]),
    # A capitalised common word next to the name is not taken into it.
    ("common_word_not_taken_into_a_name",
     "Menurut [Wirasena|PER], timnya siap menang. “Kami siap,” kata [Wirasena|PER].",
     [("Wirasena", "indirect.cue.according_to", "name"), ("Wirasena", "direct.cue.postposed", "name")], ["Wirasena"]),
    # A verb glued to a name the article also writes alone.
    # A verb glued onto a hyphenated name the article writes alone: the tagger's PER runs on
    # into the verb, which is no part of the name (tagged whole, or stopped at the hyphen).
    ("verb_glued_to_a_hyphenated_name",
     "Aktris [Kim Seo-jinmeninggal|PER] dunia pada Senin. “Ia aktris yang baik,” kata [Kim Seo-jin|PER].",
     [("Kim Seo-jin", "direct.cue.postposed", "name")], ["Kim Seo-jin"]),
    # An Arabic honorific glued to a name the article never writes alone.
    ("honorific_glued_to_a_name",
     "Menurut [Umar bin Khattab|PER]radhiyallahu anhu, keadilan harus ditegakkan bagi semua orang.",
     [("Umar bin Khattab", "indirect.cue.according_to", "name")], ["Umar bin Khattab"]),
    ("verb_glued_to_a_name",
     "[Donald Trump|PER] tiba di Gedung Putih. Presiden [Donald Trump|PER]ditunjuk sebagai ketua. [Donald Trump|PER] "
     "mengatakan bahwa ia siap bekerja.",
     [("Donald Trump", "indirect.verb.say", "name")], ["Donald Trump"]),
]

NICKNAMES: list[NameCase] = [
    # A bracketed nickname with an honorific the rules need not know: one person, the formal name.
    ("bracketed_nickname_with_an_honorific",
     "Wali Kota Bogor [Surya Darmawan|PER] ([Kang Surya|PER]) meresmikan pasar. “Pasar ini untuk warga,” kata "
     "[Kang Surya|PER]. “Kami buka setiap hari,” ujar [Kang Surya|PER].",
     [("Surya Darmawan", "direct.cue.postposed", "name"), ("Surya Darmawan", "direct.cue.postposed", "name")],
     ["Surya Darmawan"]),
    # "atau" with a form sharing the surname; the longer form is canonical even when it comes first.
    ("atau_form_sharing_the_surname",
     "Penyanyi [Raden Bagus Santoso|PER] atau [Bagus Santoso|PER] merilis lagu baru. “Lagu ini untuk penggemar,” "
     "kata [Bagus Santoso|PER].",
     [("Raden Bagus Santoso", "direct.cue.postposed", "name")], ["Raden Bagus Santoso"]),
    # "atau" before an honorific and a familiar name: the nickname of the full name before it.
    ("atau_nickname_with_an_honorific",
     "Menteri Sosial [Rahmat Hidayat|PER] atau [Gus Mamat|PER] meninjau panti. [Gus Mamat|PER] mengatakan bahwa "
     "bantuan sudah cukup.",
     [("Rahmat Hidayat", "indirect.verb.say", "name")], ["Rahmat Hidayat"]),
    # "NICK, sapaan akrabnya": the familiar name of the person the text is about (named most),
    # not of the last person named.
    ("postposed_nickname_marker",
     "[Bertrand Lamanepa|PER] enggan berkomentar. [Bertrand|PER] lalu menemui ibunya dan pengusaha [Giorgio Antoni|PER]."
     "\nBukannya tak suka, [Onyo|PER], sapaan akrabnya, menilai hubungan itu terlalu cepat. “Belum tahu,” tutur "
     "[Onyo|PER].",
     [("Bertrand Lamanepa", "indirect.verb.say", "name"), ("Bertrand Lamanepa", "direct.cue.postposed", "name")],
     ["Bertrand Lamanepa", "Giorgio Antoni"]),
    ("alias_marker",
     "[Hendro Saputro|PER] alias [Gundul|PER] ditangkap polisi. [Gundul|PER] mengaku bahwa ia mencuri motor itu.",
     [("Hendro Saputro", "indirect.verb.say", "name")], ["Hendro Saputro"]),
    # "atau" before one word the article goes on to use alone, never inside another name: the
    # person's familiar name, however it is spelled (one person written two ways is one entry).
    ("atau_nickname_used_alone",
     "Mantan wakil menteri [Hendra Wibisono|PER] atau [Kobo|PER] ditahan jaksa. [Kobo|PER] mengatakan bahwa ia "
     "tidak bersalah.",
     [("Hendra Wibisono", "indirect.verb.say", "name")], ["Hendra Wibisono"]),
    # An acronym the tagger ran into a later mention ("KTA" of a membership card) makes no
    # longer name: the word after "atau" is still the familiar name.
    ("atau_nickname_after_an_acronym_elsewhere",
     "Mantan wakil menteri [Hendra Wibisono|PER] atau [Kobo|PER] ditahan jaksa. Partai mencabut [KTA Kobo|PER]. "
     "[Kobo|PER] mengatakan bahwa ia tidak bersalah.",
     [("Hendra Wibisono", "indirect.verb.say", "name")], ["Hendra Wibisono"]),
    # "atau" before two words ending in a word of the full name: the same person, called so.
    ("atau_form_ending_in_a_word_of_the_name",
     "Pelatih memanggil [Indra Pramudya|PER] atau [Cep Indra|PER] ke tim inti. [Cep Indra|PER] mengatakan bahwa "
     "ia siap bermain.",
     [("Indra Pramudya", "indirect.verb.say", "name")], ["Indra Pramudya"]),
    # One word after "atau" that the article also writes inside another full name: an
    # alternative, another person.
    ("atau_alternative_named_in_full_elsewhere",
     "Partai itu bisa mengusung [Budi Santoso|PER] atau [Rahmat|PER]. [Rahmat Hidayat|PER] mengatakan bahwa ia "
     "belum diajak bicara. [Rahmat|PER] menunggu keputusan partai.",
     [("Rahmat Hidayat", "indirect.verb.say", "name")], ["Budi Santoso", "Rahmat Hidayat"]),
]

SHARED_NAMES: list[NameCase] = [
    # A one-word form that opens one name and ends another is the given name of the first.
    ("given_name_over_a_surname",
     "Kapolri Jenderal [Listyo Sigit Prabowo|PER] menghadiri rapat terbatas yang dipimpin Presiden "
     "[Prabowo Subianto|PER] di Istana. “Tidak ada toleransi bagi bandar narkoba,” tegas [Prabowo|PER].",
     [("Prabowo Subianto", "direct.cue.postposed", "name")], ["Listyo Sigit Prabowo", "Prabowo Subianto"]),
    # Two surnames alike: the person named last, a sentence apart.
    ("shared_surname_by_salience",
     "Pelatih [Thomas Frank|PER] tiba di London. Sehari kemudian [Jamie Frank|PER] datang. “Kami siap menang pekan "
     "depan,” kata [Frank|PER].",
     [("Jamie Frank", "direct.cue.postposed", "name")], ["Thomas Frank", "Jamie Frank"]),
    # Two surnames alike, both named in the last sentence: left ambiguous, not guessed.
    ("shared_surname_left_ambiguous",
     "Pelatih [Thomas Frank|PER] bertemu [Jamie Frank|PER] di London. “Kami siap menang,” kata [Frank|PER].",
     [("Frank", "direct.cue.postposed", "name")], ["Thomas Frank", "Jamie Frank"]),
]

NAMES_THE_NER_MISPLACED: list[NameCase] = [
    # The model tags a person's surname written alone as an organisation; the article gives the
    # full name as a person, so the surname is that person (names.surname_tagged_organisation).
    ("surname_tagged_organisation_is_the_person",
     "Pelatih [Persiba|ORG], [Darius Wirasena|PER], tiba di [Medan|LOC]. “Kami siap menang,” kata [Wirasena|ORG].",
     [("Darius Wirasena", "direct.cue.postposed", "name")], ["Darius Wirasena"]),
    # The same for a surname of several words the article writes in lower case inside the full name.
    ("surname_of_several_words_tagged_organisation",
     "Mantan gelandang [Persiba|ORG], [Raul de la Fuente|PER], memuji timnya. “Mereka bermain baik,” "
     "kata [De La Fuente|ORG].",
     [("Raul de la Fuente", "direct.cue.postposed", "name")], ["Raul de la Fuente"]),
    # A word the article also uses inside an organisation's name stays an organisation.
    ("surname_that_is_also_a_firm_stays_a_firm",
     "Pengusaha [Anton Sasmita|PER] mendirikan [Sasmita Group|ORG]. “Pasar tumbuh,” kata [Sasmita|ORG].",
     [("Sasmita", "direct.cue.postposed", "name")], ["Anton Sasmita"]),
    # An organisation the model ran into a person's name opens that PER: it stays an organisation
    # (only a PER's closing words, its surname, are taken); the person is named without it
    # (names.organisation_opening_a_name).
    ("organisation_opening_a_name_stays",
     "Pendiri [Lentera Kasih Budi Santoso|PER] hadir. “Pasar tumbuh,” kata [Lentera Kasih|ORG].",
     [("Lentera Kasih", "direct.cue.postposed", "name")], ["Budi Santoso"]),
    # An acronym tagged organisation is no part of a person's name.
    ("acronym_tagged_organisation_stays",
     "[Budi Santoso|PER] hadir di [BS|ORG]. “Pasar tumbuh,” kata [BS|ORG].",
     [("BS", "direct.cue.postposed", "name")], ["Budi Santoso"]),
    # A given name that is also a role noun (Putra, Putri) stays in the name when the article
    # repeats the same full name: the other mention is the same person, not a relative.
    ("given_name_like_a_role_repeated",
     "Pengusaha [Putra Siregar|PER] memberi nasihat kepada sahabatnya. “Tetap rendah hati,” ujar [Putra Siregar|PER].",
     [("Putra Siregar", "direct.cue.postposed", "name")], ["Putra Siregar"]),
    ("given_name_like_a_role_after_an_organisation",
     "Kepala Divisi Hukum [Lentera|ORG] [Putri Anggraini|PER] hadir. “Korban bertambah,” ujar [Putri Anggraini|PER].",
     [("Putri Anggraini", "direct.cue.postposed", "name")], ["Putri Anggraini"]),
    # The model ran an office and its holder into one ORG; the holder's name, which the
    # article repeats alone as a person, is cut from the organisation's end.
    ("person_at_the_end_of_an_organisation",
     "Direktur Pemasaran [Bank Sejahtera Tambok Pardede|ORG] mengatakan bahwa kredit naik. “Kami optimistis,” ujar "
     "[Tambok|PER].",
     [("Tambok Pardede", "indirect.verb.say", "name"), ("Tambok Pardede", "direct.cue.postposed", "name")],
     ["Tambok Pardede"]),
    # A surname repeated alone takes the one given name before it in the organisation run.
    ("surname_at_the_end_of_an_organisation",
     "Pelatih [Garuda Muda Brendan Sitorus|ORG] tiba di [Medan|LOC]. “Kami siap menang,” kata [Sitorus|PER].",
     [("Brendan Sitorus", "direct.cue.postposed", "name")], ["Brendan Sitorus"]),
    # The model ran an office's organisation and its holder into one ORG; the article names the
    # organisation alone elsewhere, so the capitalised name after it is the holder
    # (names.person_after_named_organisation), also past a firm's legal suffix (Tbk).
    ("person_after_an_organisation_the_article_names",
     "[PT Sinar Robotika|ORG] memamerkan robot baru. Presiden Direktur [PT Sinar Robotika Dharmasakti "
     "Wiranegara|ORG] menjelaskan bahwa robot itu mengangkut logistik. “Robot ini kuat sekali,” katanya.",
     [("Dharmasakti Wiranegara", "indirect.verb.say", "name"),
      ("Dharmasakti Wiranegara", "direct.cue.clitic", "clitic")],
     ["Dharmasakti Wiranegara"]),
    ("person_after_an_organisation_and_its_legal_suffix",
     "[Bank Nusantara|ORG] menyiapkan layanan baru. Direktur Utama [PT Bank Nusantara Tbk Kartiko "
     "Wirjosoedarmo|ORG] mengatakan bahwa layanan itu beroperasi tahun depan. “Kami siap,” ujarnya.",
     [("Kartiko Wirjosoedarmo", "indirect.verb.say", "name"),
      ("Kartiko Wirjosoedarmo", "direct.cue.clitic", "clitic")],
     ["Kartiko Wirjosoedarmo"]),
    # The model ran an office's acronym and its holder, named once, into one ORG or LOC: the
    # name words after the acronym that open a clause are the holder
    # (names.holder_after_office_acronym), one word ...
    ("one_word_holder_after_an_office_acronym",
     "Wakil Direktur Utama [BNK Suparjo|ORG] menyatakan bahwa kredit macet turun tahun ini.",
     [("Suparjo", "indirect.verb.say", "name")], ["Suparjo"]),
    # ... or a full name, after a comma too, in a LOC as well.
    ("full_name_after_an_office_acronym_in_a_place",
     "Kepala [BPKD Hendra Wiratama|LOC], menjelaskan bahwa anggaran daerah masih cukup.",
     [("Hendra Wiratama", "indirect.verb.say", "name")], ["Hendra Wiratama"]),
    # A place the article tags alone stays the office's; a firm's name after its "PT" stays the
    # firm's; without an office before the acronym nothing is cut.
    ("place_after_an_office_acronym_stays_the_office",
     "Banjir melanda [Cianjur|LOC]. Kepala [BPBD Cianjur|ORG] mengatakan bahwa warga sudah mengungsi.",
     [("Kepala BPBD Cianjur", "indirect.verb.say", "role")], []),
    ("firm_after_its_legal_form_stays_the_firm",
     "Direktur [PT Wirya Santosa|ORG] mengatakan bahwa pabrik baru dibuka bulan depan.",
     [("Direktur PT Wirya Santosa", "indirect.verb.say", "role")], []),
    ("no_office_before_the_acronym",
     "Laporan [BNK Suparjo|ORG] menyebutkan bahwa kredit macet turun tahun ini.",
     [("BNK Suparjo", "indirect.verb.say", "name")], []),
    # The model ran a one-word organisation after an office into its holder's full name; the
    # article writes that word alone outside any name, so it is the organisation
    # (names.organisation_written_alone_opening_a_name) ...
    ("organisation_written_alone_before_a_holder",
     "[Rivanta|ORG] membuka sepuluh gerai baru. CEO [Rivanta Dimas Prakoso|PER] mengatakan bahwa gerai itu "
     "dibuka di Surabaya. Gerai Rivanta juga menjual sepatu.",
     [("Dimas Prakoso", "indirect.verb.say", "name")], ["Dimas Prakoso"]),
    # ... also where the model tags the brand PER alone, when the article writes it after an
    # organisation's kind word ("PT"); the brand tagged PER alone stays in `people` here (the
    # people check's model, not these rules, sets it aside).
    ("organisation_after_its_kind_word_before_a_holder",
     "[PT Lentera Daya|ORG] meraih penghargaan. [Lentera|PER] tumbuh pesat. Direktur Utama [Lentera Fikri "
     "Ramadhan|PER] mengatakan bahwa penghargaan itu untuk karyawan.",
     [("Fikri Ramadhan", "indirect.verb.say", "name")], ["Lentera Daya", "Fikri Ramadhan"]),
    # ... but a given name the article tags as a person alone, or a first word written only
    # before the name's next word, stays the name's.
    ("given_name_tagged_alone_stays_the_name",
     "Manajer [Yosef Hadi Saputra|PER] mengatakan bahwa laba naik. “Kami puas,” kata [Yosef|PER].",
     [("Yosef Hadi Saputra", "indirect.verb.say", "name"), ("Yosef Hadi Saputra", "direct.cue.postposed", "name")],
     ["Yosef Hadi Saputra"]),
    ("first_word_written_only_before_the_name_stays",
     "Manajer [Yosef Hadi Saputra|PER] mengatakan bahwa laba naik. Yosef Hadi menambahkan bahwa kas aman.",
     [("Yosef Hadi Saputra", "indirect.verb.say", "name"), ("Yosef Hadi Saputra", "indirect.verb.say", "name")],
     ["Yosef Hadi Saputra"]),
    # The model ran a firm into a full name the article tags as a person elsewhere: the name is
    # cut from the organisation's end (names.person_named_in_full_elsewhere) ...
    ("full_name_tagged_elsewhere_closing_an_organisation",
     "Pendiri [Toko Awan Rendra Kusnadi|ORG] membeli gedung baru di [Bandung|LOC].\nBaca juga: Gedung Baru "
     "[Rendra Kusnadi|PER] Dibuka\nGedung itu berlantai dua puluh.",
     [], ["Rendra Kusnadi"]),
    ("full_name_tagged_elsewhere_closing_a_place",
     "Rombongan [Madinah Halim Sutopo|LOC] tiba di bandara.\nBaca juga: [Halim Sutopo|PER] Tiba di Tanah Air\n"
     "Jemaah lain menyusul pekan depan.",
     [], ["Halim Sutopo"]),
    # ... but a firm's own name after its opening noun stays the firm's.
    ("full_name_after_an_organisation_noun_stays_the_firm",
     "[PT Wira Kencana|ORG] meraih laba. [Wira Kencana|PER] hadir. “Laba kami naik,” kata Direktur "
     "[Rudi Hartanto|PER].",
     [("Rudi Hartanto", "direct.cue.postposed", "name")], ["Wira Kencana", "Rudi Hartanto"]),
    # A legal form closes a firm's name: the name words after it are its holder's
    # (names.person_after_legal_form), in an ORG, a LOC or a PER ...
    ("name_after_a_legal_form_in_an_organisation",
     "Partner kantor hukum [Lestari LLC Karina Wulandari|LOC] mengatakan bahwa harta itu dibagi dua.",
     [("Karina Wulandari", "indirect.verb.say", "name")], ["Karina Wulandari"]),
    ("name_after_a_legal_form_in_a_person",
     "CEO [Borneo Plc Ivan Gunawan|PER] mengatakan bahwa harga batu bara turun.",
     [("Ivan Gunawan", "indirect.verb.say", "name")], ["Ivan Gunawan"]),
    # ... not an acronym or place after it, nor one word only.
    ("place_after_a_legal_form_stays",
     "[Sentosa Ltd Jakarta|ORG] membuka kantor. [Rudi Hartanto|PER] mengatakan bahwa kantor itu besar.",
     [("Rudi Hartanto", "indirect.verb.say", "name")], ["Rudi Hartanto"]),
    # A place or organisation has no age: one with an age in brackets after it is a person
    # (names.aged_place_or_organisation) ...
    ("place_with_an_age_is_a_person",
     "Korban selamat antara lain [Wulan Sariningsih|LOC] (40), penumpang asal [Banyuwangi|LOC].",
     [], ["Wulan Sariningsih"]),
    ("organisation_with_an_age_in_years_is_a_person",
     "Seorang saksi, [Rosmaini|ORG] (27 tahun), warga [Gambut|LOC], melihat kejadian itu.",
     [], ["Rosmaini"]),
    # ... not with a year in brackets.
    ("organisation_with_a_year_stays",
     "[Rudi Hartanto|PER] mendirikan [Sinar Kencana|ORG] (2019) di [Banyuwangi|LOC].",
     [], ["Rudi Hartanto"]),
    # ... also when the holder's name carries a middle initial with its dot ("Dimas K. Wiratama").
    ("person_with_a_middle_initial_after_an_organisation",
     "[Bank Nusantara|ORG] membuka cabang. Sementara itu, ekonom [Bank Nusantara Dimas K. Wiratama|ORG] "
     "berpendapat bahwa cabang itu ramai.",
     [("Dimas K. Wiratama", "indirect.verb.say", "name")], ["Dimas K. Wiratama"]),
    # The model split a firm's name and ran its last words into its director's name; the article
    # tags the firm whole elsewhere, so those words are the firm's (names.organisation_opening_a_name).
    ("organisation_words_opening_a_name",
     "[PT Sinar Gadai Nusantara|ORG] menargetkan laba naik. Direktur Sinar [Gadai Nusantara Rinaldo "
     "Bramasta|PER] mengatakan bahwa laba naik.",
     [("Rinaldo Bramasta", "indirect.verb.say", "name")], ["Rinaldo Bramasta"]),
    # ... not when what is left would be one word ("Universitas Gadjah Mada" beside "Mada Sukmajati").
    ("organisation_word_opening_a_two_word_name_stays",
     "[Universitas Gadjah Mada|ORG] membuka kampus. [Mada Sukmajati|PER] mengatakan bahwa kampus ramai.",
     [("Mada Sukmajati", "indirect.verb.say", "name")], ["Mada Sukmajati"]),
    # The model left a firm's first word before the name and ran the rest into it; that word and
    # the PER's opening words are a run of the firm the article tags elsewhere, so they are the
    # firm's (names.organisation_split_before_a_name) ...
    ("organisation_split_before_a_name",
     "[PT Sarana Tirta Tbk|ORG] membagikan dividen. Direktur Utama PT [Sarana Tirta Hendra Wijaya|PER] "
     "mengatakan bahwa laba naik.",
     [("Hendra Wijaya", "indirect.verb.say", "name")], ["Hendra Wijaya"]),
    # ... one word too, where the word before the name anchors it ...
    ("one_organisation_word_split_before_a_name",
     "Penumpang [LRT Metro|ORG] bertambah. Manajer LRT [Metro Dimas Prakoso|PER] mengatakan bahwa kereta "
     "penuh.",
     [("Dimas Prakoso", "indirect.verb.say", "name")], ["Dimas Prakoso"]),
    # ... not where the word before the name is no word of that organisation: a firm may be
    # named after a person whose name closes it.
    ("organisation_closing_with_a_given_name_cuts_nothing",
     "[Sinar Tirta|ORG] membuka toko. Warga Sukamaju [Tirta Hendra Wijaya|PER] mengatakan bahwa toko ramai.",
     [("Tirta Hendra Wijaya", "indirect.verb.say", "name")], ["Tirta Hendra Wijaya"]),
    # An institution written as one word inside a PER, an acronym or a short form, ends the
    # office's words: the holder is the name after it (names.institution_inside_a_name).
    ("institution_acronym_inside_a_name",
     "Kepala [Humas KPK Budi Prasetyo|PER] mengatakan bahwa pemeriksaan berlanjut.",
     [("Budi Prasetyo", "indirect.verb.say", "name")], ["Budi Prasetyo"]),
    ("institution_short_form_inside_a_name",
     "Direktur Jenderal [Pauddasmen Kemendikti Sinta Maharani|PER] menegaskan bahwa seleksi berjalan jujur.",
     [("Sinta Maharani", "indirect.verb.say", "name")], ["Sinta Maharani"]),
    # An office the news pool writes before its institution opens no name (names.office_opening_a_name),
    # when the article writes the next word without it ...
    ("pool_office_opening_a_name",
     "Pada hari yang sama [Jampidsus Febri Ardiansa|PER] mengatakan bahwa modusnya beragam. Satgas dipimpin "
     "[Kejagung|ORG] Febri [Ardiansa|PER].",
     [("Febri Ardiansa", "indirect.verb.say", "name")], ["Febri Ardiansa"]),
    # ... not before a place ("Paris" of "Hotman Paris Hutapea") nor a word written only after it.
    ("pool_office_before_a_place_kept",
     "[Hotman Paris Hutapea|PER] mengatakan bahwa kliennya siap. Paris adalah kota mode.",
     [("Hotman Paris Hutapea", "indirect.verb.say", "name")], ["Hotman Paris Hutapea"]),
    ("pool_office_word_as_a_given_name_kept",
     "[Puteri Anjani Sekar|PER] mengatakan bahwa timnya siap.",
     [("Puteri Anjani Sekar", "indirect.verb.say", "name")], ["Puteri Anjani Sekar"]),
    # In a list of holders the name comes before the office ("X selaku Direktur Utama PT …, Y selaku …"):
    # a name-like tail that opens no clause is the organisation's own ("PT Pertamina Patra Niaga").
    ("organisation_in_a_list_of_offices_stays_whole",
     "[Kejaksaan|ORG] menetapkan [Rudi Hartono|PER] selaku Direktur Utama [PT Bumi Persada Patra Wibawa|ORG], "
     "[Sari Dewi|PER] selaku Direktur [PT Bumi Persada|ORG]. [Rudi Hartono|PER] mengatakan bahwa ia tidak bersalah.",
     [("Rudi Hartono", "indirect.verb.say", "name")], ["Rudi Hartono", "Sari Dewi"]),
    # Without an office before it, a longer organisation stays whole ("Bank Nusantara Syariah Mandiri").
    ("longer_organisation_without_an_office_stays_whole",
     "[Bank Nusantara|ORG] membuka cabang. [Bank Nusantara Syariah Utama|ORG] mengatakan bahwa cabang itu ramai.",
     [("Bank Nusantara Syariah Utama", "indirect.verb.say", "name")], []),
    # A place that opened a name stays a place inside another entity ("Kabupaten Indramayu").
    ("place_that_opened_a_name_stays_a_place",
     "Bupati [Sukamaju Lukas Hakim|PER] meninjau [Kabupaten Sukamaju|LOC]. “Kami siap,” tegas [Lukas Hakim|PER].",
     [("Lukas Hakim", "direct.cue.postposed", "name")], ["Lukas Hakim"]),
    # A common word before a surname at the organisation's end is the office's, not a given name.
    ("common_word_before_a_surname_in_an_organisation",
     "Kepala [Dinas Pariwisata Sumatra Barat Burhasman|ORG] hadir di [Padang|LOC], ibu kota [Sumatra Barat|LOC]. "
     "“Kami siap,” ujar [Burhasman|PER].",
     [("Burhasman", "direct.cue.postposed", "name")], ["Burhasman"]),
    # The model left the given name out after an office's acronym and tagged it alone later.
    ("given_name_left_out_after_an_acronym",
     "Direktur Pengaturan OJK Deden [Firman Hartono|PER] mengatakan bahwa aturan itu segera terbit. [Deden|PER] "
     "menegaskan bahwa bank siap.",
     [("Deden Firman Hartono", "indirect.verb.say", "name"), ("Deden Firman Hartono", "indirect.verb.say", "name")],
     ["Deden Firman Hartono"]),
    # A word before a name that the article does not use alone as a person joins it only as a
    # rare given name right after an office's acronym (names.given_name_after_acronym; train3
    # gold: "OJK Deden Firman Hendarsyah") ...
    ("word_before_a_name_not_used_alone",
     "Direktur Pengaturan OJK Deden [Firman Hartono|PER] mengatakan bahwa aturan itu segera terbit. [Firman|PER] "
     "menegaskan bahwa bank siap.",
     [("Deden Firman Hartono", "indirect.verb.say", "name"), ("Deden Firman Hartono", "indirect.verb.say", "name")],
     ["Deden Firman Hartono"]),
    # ... otherwise it stays out.
    ("word_before_a_name_not_used_alone_nor_after_an_acronym",
     "Direktur Pengaturan Deden [Firman Hartono|PER] mengatakan bahwa aturan itu segera terbit. [Firman|PER] "
     "menegaskan bahwa bank siap.",
     [("Firman Hartono", "indirect.verb.say", "name"), ("Firman Hartono", "indirect.verb.say", "name")],
     ["Firman Hartono"]),
    # A given name the model tags as a place or organisation wherever it stands alone is the
    # person's when the article never uses it as a place ("di", "ke", "Kota" …).
    ("given_name_tagged_place_whenever_alone",
     "Direktur Gratifikasi [KPK|ORG], [Giri Suprapto|PER], hadir. “Kami bekerja keras,” kata [Giri|LOC]. "
     "Menurut [Giri|LOC], lembaga itu kuat.",
     [("Giri Suprapto", "direct.cue.postposed", "name"), ("Giri Suprapto", "indirect.cue.according_to", "name")],
     ["Giri Suprapto"]),
    # … but a word the article also uses as a place stays a place.
    ("place_word_used_as_a_place",
     "Bupati [Kampar Rudi Hartono|PER] tiba di [Kampar|LOC]. “Bantuan sudah dikirim,” kata [Rudi|PER].",
     [("Rudi Hartono", "direct.cue.postposed", "name")], ["Rudi Hartono"]),
]

GIVEN_NAMES_AND_PREFIXES: list[NameCase] = [
    # A rare given name the model tags as a place where it stands alone is the speaker named by
    # it, not an organisation, and the full name keeps it (names.given_name_tagged_as_place).
    ("given_name_tagged_place_speaks",
     "Kepala Pusat Riset Atmosfer [BRIN|ORG], [Ina Juaeni|PER], menjelaskan bahwa awan itu berbahaya. [Ina|LOC] "
     "juga mengatakan bahwa hujan akan turun sore ini.",
     [("Ina Juaeni", "indirect.verb.say", "name"), ("Ina Juaeni", "indirect.verb.say", "name")], ["Ina Juaeni"]),
    # ... but not a "name" whose other words are places of the article too.
    ("place_opening_a_name_of_places",
     "Pemerintah mendukung pengembangan [Geopark Sumba|PER] sebagai destinasi. Warga [Sumba|LOC] menyambut "
     "[Geopark|LOC] itu. [Rina Marlina|PER] mengatakan bahwa kajian sudah dimulai.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A word between an honorific and a name is the name's first word, however it was tagged
    # (names.given_name_left_out) ...
    ("given_name_after_an_honorific",
     "Direktur Penyakit Menular [Kemenkes|ORG], dr. [Ina|LOC] [Agustina Isturini|PER], menyampaikan bahwa kasus itu "
     "naik. “Kasusnya lebih tinggi dari rata-rata,” kata [Ina|LOC] dalam webinar.",
     [("Ina Agustina Isturini", "indirect.verb.say", "name"), ("Ina Agustina Isturini", "direct.cue.postposed", "name")],
     ["Ina Agustina Isturini"]),
    # ... an organisation before a name after an office is not.
    ("organisation_before_a_name_after_an_office",
     "Ketua Umum [Gerindra|ORG] [Prabowo Subianto|PER] mengatakan bahwa partai itu siap menang.",
     [("Prabowo Subianto", "indirect.verb.say", "name")], ["Prabowo Subianto"]),
    # The model left the Balinese "I" out of the name (names.name_prefix) ...
    ("balinese_prefix_left_out",
     "Analis Sekuritas Mandala I [Made Adi Saputra|PER] mengatakan bahwa harga obligasi naik pekan ini.",
     [("I Made Adi Saputra", "indirect.verb.say", "name")], ["I Made Adi Saputra"]),
    # ... or tagged it, and it is the name's first word, not an acronym to cut.
    ("balinese_prefix_kept",
     "Kepala Seksi Penerangan Hukum [AA Raka Putra Dharmana|PER] mengatakan bahwa berkas perkara sudah lengkap.",
     [("AA Raka Putra Dharmana", "indirect.verb.say", "name")], ["AA Raka Putra Dharmana"]),
    # A name set off by commas after an office, or opening the sentence before one, takes in
    # the capitalised word the model left out before it (names.given_name_in_apposition) ...
    ("given_name_left_out_in_apposition",
     "Wakil Ketua Komisi X [DPR|ORG], Lalu [Hadrian Irfani|PER], memastikan bahwa anggaran sudah cukup.",
     [("Lalu Hadrian Irfani", "indirect.verb.say", "name")], ["Lalu Hadrian Irfani"]),
    ("given_name_left_out_opening_an_apposition",
     "Putri [Maya Rumanti|PER], kuasa hukum keluarga korban, mengatakan bahwa laporan itu sudah diterima.",
     [("Putri Maya Rumanti", "indirect.verb.say", "name")], ["Putri Maya Rumanti"]),
    ("abbreviated_given_name_left_out_in_apposition",
     "Kepala Biro Komunikasi [Kementerian Pertanian|ORG], [Moch|PER]. [Arief Cahyono|PER], mengatakan bahwa stok "
     "beras aman.",
     [("Moch. Arief Cahyono", "indirect.verb.say", "name")], ["Moch. Arief Cahyono"]),
    # ... but not a title, nor a word after which the sentence goes on.
    ("rank_before_a_name_in_apposition",
     "Kapolsek [Sukajadi|LOC], Kompol [Andi Wijaya|PER], mengatakan bahwa pelaku sudah ditangkap.",
     [("Andi Wijaya", "indirect.verb.say", "name")], ["Andi Wijaya"]),
    ("title_before_a_name_in_apposition",
     "Seorang ahli gempa dari [Jepang|LOC], Profesor [Robert Geller|PER], mengatakan bahwa gempa itu tidak terduga.",
     [("Robert Geller", "indirect.verb.say", "name")], ["Robert Geller"]),
    ("word_before_a_name_opening_a_sentence_without_a_comma_after",
     "Sementara [Andi Wijaya|PER] mengatakan bahwa pelaku sudah ditangkap.",
     [("Andi Wijaya", "indirect.verb.say", "name")], ["Andi Wijaya"]),
    # A rare full name tagged only by its first word, written in full between commas after an
    # office, is the name (names.name_in_apposition).
    ("full_name_in_apposition",
     "Direktur Industri Kimia [Kemenperin|ORG], Ngakan Timur Antara, menjelaskan bahwa aturan itu berat. “Waktu "
     "akan menjadi kendala,” ujar [Ngakan|PER].",
     [("Ngakan Timur Antara", "indirect.verb.say", "name"), ("Ngakan Timur Antara", "direct.cue.postposed", "name")],
     ["Ngakan Timur Antara"]),
    # A role noun that is also a given name opens a name the NER missed; alone after the cue it
    # is the role of the person named with it.
    ("given_name_like_a_role_in_an_untagged_name",
     "“Ia dipaksa mengaku,” ujar Kepala Divisi Pembelaan [Kontras|ORG] Putri Kanesia di [Jakarta|LOC]. “Buktinya "
     "tidak kuat,” ujar Putri.",
     [("Putri Kanesia", "direct.cue.postposed", "name"), ("Putri Kanesia", "direct.cue.postposed", "role")],
     ["Putri Kanesia"]),
    # A given name the model left out after an office's organisation, that the article writes
    # alone elsewhere, is the name's first word (names.given_name_written_alone) ...
    ("given_name_left_out_and_written_alone",
     "Direktur Utama Sinar Harapan Kapital Larasati [Dwi Anggraini|PER] mengatakan bahwa laba naik. Larasati "
     "menambahkan bahwa dividen akan dibagi.",
     [("Larasati Dwi Anggraini", "indirect.verb.say", "name"), ("Larasati Dwi Anggraini", "indirect.verb.say", "name")],
     ["Larasati Dwi Anggraini"]),
    # ... also after a passive of saying elsewhere ("disampaikan Hercules") ...
    ("given_name_written_alone_after_a_passive_cue",
     "Ketua Umum Laskar Jaya Herkules [Rosario Manuel|PER] mengatakan bahwa organisasi taat hukum. Sikap itu "
     "disampaikan Herkules kepada para kadernya.",
     [("Herkules Rosario Manuel", "indirect.verb.say", "name")], ["Herkules Rosario Manuel"]),
    # ... also one that is a role noun too ("Putri"), after the cue elsewhere ...
    ("given_name_like_a_role_written_alone",
     "Wakil Ketua Komisi IV [DPR|ORG], Putri [Sekar Ayuningtyas|PER] mengapresiasi langkah itu. “Kami mendukung "
     "penuh,” ujar Putri.",
     [("Putri Sekar Ayuningtyas", "direct.cue.postposed", "role")], ["Putri Sekar Ayuningtyas"]),
    # ... but not a word the article tags as an organisation or place ...
    ("organisation_word_written_alone_before_a_name",
     "Pelatih Persikota [Bima Sakti|PER] mengatakan bahwa timnya siap. [Persikota|ORG] bermain di kandang.",
     [("Bima Sakti", "indirect.verb.say", "name")], ["Bima Sakti"]),
    # ... nor a word of an organisation the article tags, even written alone before a verb (that
    # untagged subject is the people check's to judge) ...
    ("office_word_of_a_tagged_organisation_before_a_name",
     "Menteri Pertanian [Amran Sulaiman|PER] mengatakan bahwa stok beras aman. Pertanian menyatakan bahwa "
     "[Kementerian Pertanian|ORG] siap.",
     [("Amran Sulaiman", "indirect.verb.say", "name"), ("Pertanian", "indirect.verb.say", "name")],
     ["Amran Sulaiman", "Pertanian"]),
    # ... nor a party's name written after its head ("Partai NasRaya beranggapan") ...
    ("party_name_before_a_name",
     "Partai NasRaya beranggapan bahwa koalisi masih terbuka. Sekjen NasRaya [Rio Sembiring|PER] mengatakan "
     "bahwa semua pilihan masih ada.",
     [("Partai NasRaya", "indirect.verb.say", "name"), ("Rio Sembiring", "indirect.verb.say", "name")],
     ["Rio Sembiring"]),
    # ... nor one the article never writes alone as a name (before a demonstrative it is a noun).
    ("word_before_a_name_never_written_alone",
     "Direktur Utama Sinar Harapan Kapital [Dwi Anggraini|PER] mengatakan bahwa laba naik. Ia menambahkan bahwa "
     "dividen akan dibagi.",
     [("Dwi Anggraini", "indirect.verb.say", "name"), ("Dwi Anggraini", "indirect.verb.say", "pronoun")],
     ["Dwi Anggraini"]),
    ("word_before_a_name_written_before_a_demonstrative",
     "Direktur Utama Sinar Harapan Kapital [Dwi Anggraini|PER] mengatakan bahwa laba naik. Kapital itu tumbuh.",
     [("Dwi Anggraini", "indirect.verb.say", "name")], ["Dwi Anggraini"]),
    # A full name after a rank that the model tags as a place is the person (names.rank_opens_a_name) ...
    ("rank_opening_a_name_tagged_place",
     "Kapolsek Tebing, [Akp Rudi Siregar|LOC] mengatakan bahwa pelaku sudah ditangkap. “Kami masih memburu dua "
     "orang lagi,” kata Rudi.",
     [("Rudi Siregar", "indirect.verb.say", "name"), ("Rudi Siregar", "direct.cue.postposed", "name")],
     ["Rudi Siregar"]),
    # ... not an organisation a rank-like acronym opens, nor an office's name.
    ("acronym_opening_an_organisation",
     "[TNI Angkatan Laut|ORG] menyatakan bahwa latihan itu rutin. [Rina Marlina|PER] mengatakan bahwa warga tenang.",
     [("TNI Angkatan Laut", "indirect.verb.say", "name"), ("Rina Marlina", "indirect.verb.say", "name")],
     ["Rina Marlina"]),
    ("acronym_opening_an_organisation_of_name_words",
     "[TNI Angkatan Darat|ORG] menyatakan bahwa latihan itu rutin. [Rina Marlina|PER] mengatakan bahwa warga tenang.",
     [("TNI Angkatan Darat", "indirect.verb.say", "name"), ("Rina Marlina", "indirect.verb.say", "name")],
     ["Rina Marlina"]),
    ("rank_word_opening_an_office",
     "[Jenderal Sumber Daya Air Kementerian Pekerjaan Umum|ORG] menyatakan bahwa bendungan itu aman.",
     [("Jenderal Sumber Daya Air Kementerian Pekerjaan Umum", "indirect.verb.say", "role")], []),
    # A one-letter word before a name that is not a Balinese given name stays out ("RT I").
    ("roman_numeral_before_a_name",
     "Ketua RT I [Santoso Wibowo|PER] mengatakan bahwa jalan itu rusak.",
     [("Santoso Wibowo", "indirect.verb.say", "name")], ["Santoso Wibowo"]),
    # A middle name repeated alone takes the given name before it out of the organisation run
    # when that word is a given name news writes (names.given_name_closing_a_place; "Sejahtera"
    # of "Bank Sejahtera Tambok Pardede" is none).
    ("middle_name_at_the_end_of_an_organisation",
     "Manajer Komunikasi [Kilang Balongan Ely Chandra Perangin Angin|LOC] mengatakan bahwa program berjalan. "
     "“Kami siap membantu warga,” ungkap [Chandra|PER].",
     [("Ely Chandra Perangin Angin", "indirect.verb.say", "name"),
      ("Ely Chandra Perangin Angin", "direct.cue.postposed", "name")], ["Ely Chandra Perangin Angin"]),
]

INITIALS: list[NameCase] = [
    # Crime news names suspects and victims by initials after "(ber)inisial": a person each,
    # named by the initials, however the NER tagged them (not at all, here).
    ("initials_after_a_marker",
     "Polisi menangkap seorang pria berinisial JH di rumahnya. JH mengaku bahwa ia menjual obat keras.",
     [("JH", "indirect.verb.say", "name")], ["JH"]),
    # A list after the marker: each pair of initials is one person.
    ("list_of_initials_after_a_marker",
     "[Rina Marlina|PER] mengatakan bahwa inisial tersangka masing-masing LS dan HB, keduanya warga Bogor.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina", "LS", "HB"]),
    # Initials with an age in brackets right after them are a person each, marker or not.
    ("initials_with_an_age",
     "Polisi menangkap dua kurir, yakni AP (25) dan TRS (37). [Rina Marlina|PER] mengatakan bahwa keduanya warga Bogor.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["AP", "TRS", "Rina Marlina"]),
    # ... tagged ORG and apposed to a noun phrase that is no role, they are the clause's subject
    # (mentions.given_an_age) and still a person, not an organisation (people._aged_initials).
    ("initials_tagged_org_with_an_age_speak_as_a_person",
     "Sementara itu, orang tua murid lainnya, [RS|ORG] (41 tahun), mengaku sudah dua kali datang ke sekolah.",
     [("RS", "indirect.verb.say", "name")], ["RS"]),
    # Initials whose letters spell a common word ("ada") are capitals, not the word: a person still.
    ("initials_spelling_a_common_word",
     "Polisi menangkap tiga kurir, yakni DN (30), ADA (41) dan RH (22). [Rina Marlina|PER] mengatakan bahwa "
     "ketiganya warga Bogor.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["DN", "ADA", "RH", "Rina Marlina"]),
    # Introduced initials are a person of their own: a full name they spell is somebody else
    # (the suspect "BS" beside the police chief Budi Santoso), wherever either is written.
    ("introduced_initials_beside_a_full_name_they_spell",
     "Polisi menangkap seorang pria berinisial BS (25). Kapolsek Tebet [Budi Santoso|PER] mengatakan bahwa BS "
     "mencuri sepeda motor.",
     [("Budi Santoso", "indirect.verb.say", "name")], ["BS", "Budi Santoso"]),
    # ... but initials introduced after the full name restate it (a KPK statement naming the
    # suspect the article already named in full): one person.
    ("initials_introduced_after_the_full_name",
     "KPK menahan [Budi Santoso|PER] kemarin. Juru bicara KPK [Rina Marlina|PER] mengatakan bahwa tersangka "
     "berinisial BS ditahan selama 20 hari.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Budi Santoso", "Rina Marlina"]),
    # Corruption news names suspects by initials with their office or their part after them and
    # no marker word (names.initials_before_role): a person each, wherever the article repeats them.
    ("initials_before_an_office",
     "Kejaksaan menahan HRD selaku Kepala Dinas Perhubungan kemarin. [Rina Marlina|PER] mengatakan bahwa HRD "
     "kooperatif.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["HRD", "Rina Marlina"]),
    ("initials_before_a_suspects_part",
     "Polisi akhirnya menetapkan WS sebagai tersangka. [Rina Marlina|PER] mengatakan bahwa penyidik bekerja cepat.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["WS", "Rina Marlina"]),
    ("initials_then_a_comma_and_the_office",
     "Tersangka lainnya adalah DKS, yang menjabat sebagai Direktur Umum perusahaan itu. [Rina Marlina|PER] "
     "mengatakan bahwa berkasnya lengkap.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["DKS", "Rina Marlina"]),
    ("initials_then_merupakan_and_the_office",
     "Jaksa menetapkan tiga tersangka, yakni ARS yang merupakan Kepala Dinas Perhubungan. [Rina Marlina|PER] "
     "mengatakan bahwa ARS kooperatif.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["ARS", "Rina Marlina"]),
    # A name the NER reads inside a social-media handle is no mention: the handle glued to the next
    # word would make a second person of it.
    ("name_inside_a_handle",
     "Ia mengunggah pesan untuk @real[BudiSantosoyes|PER] kemarin. [Rina Marlina|PER] mengatakan bahwa "
     "[Budi Santoso|PER] belum membalas.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina", "Budi Santoso"]),
    # A body's function written in lowercase is no office: the acronym is the body's.
    ("acronym_before_a_bodys_function",
     "[Rina Marlina|PER] mengatakan bahwa DPR sebagai wakil rakyat harus mendengar warga.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # Capitals right after another capitalised word are part of a longer name.
    ("acronym_after_a_capitalised_word_before_an_office",
     "[Rina Marlina|PER] mengatakan bahwa Wakil Ketua DPR RI selaku Ketua Rapat membuka sidang itu.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # An acronym the NER tags as an organisation, or one the article spells out, is a body.
    ("organisation_before_an_office",
     "[Rina Marlina|PER] mengatakan bahwa [BPK|ORG] sebagai Ketua Tim pemeriksa sudah bekerja.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("spelt_out_acronym_before_an_office",
     "Komite Etik (KE) dibentuk pekan lalu. [Rina Marlina|PER] mengatakan bahwa KE selaku Ketua Panel sudah "
     "bersidang.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # An acronym with a number in brackets that is no age (a unit or a count) is not a person.
    ("acronym_with_a_count",
     "[Rina Marlina|PER] mengatakan bahwa PLTU (2.000) dan KRL (120) belum beroperasi.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # An acronym without the marker is not a person.
    ("acronym_without_a_marker",
     "[Rina Marlina|PER] mengatakan bahwa pihaknya bekerja sama dengan BPK dalam audit itu.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # Two capitals the NER left out before a one-word name are the person's initials
    # (names.initials_opening_a_name): the longest form the article gives ...
    ("initials_left_out_of_a_one_word_name",
     "Ekonom Universitas Andalas RW [Hardiansyah|PER] menilai bahwa harga cabai akan turun. [Hardiansyah|PER] "
     "mengatakan bahwa pasokan cukup.",
     [("RW Hardiansyah", "indirect.verb.say", "name"), ("RW Hardiansyah", "indirect.verb.say", "name")],
     ["RW Hardiansyah"]),
    # ... also where the NER ran them into the organisation before the name ...
    ("initials_run_into_an_organisation",
     "Ekonom [Universitas Andalas RW|ORG] [Hardiansyah|PER] menilai bahwa harga cabai akan turun.",
     [("RW Hardiansyah", "indirect.verb.say", "name")], ["RW Hardiansyah"]),
    # ... but a short form the article writes elsewhere too is an organisation's or a country's.
    ("short_form_written_elsewhere_is_no_initials",
     "Duta Besar AS [Hardiansyah|PER] menilai bahwa hubungan AS dan Indonesia membaik.",
     [("Hardiansyah", "indirect.verb.say", "name")], ["Hardiansyah"]),
    # A name of two words or more is left as the NER gave it ("PP" before a full name is a party's).
    ("two_capitals_before_a_full_name",
     "Ketua PP [Hardi Santoso|PER] menilai bahwa harga cabai akan turun.",
     [("Hardi Santoso", "indirect.verb.say", "name")], ["Hardi Santoso"]),
]

USUAL_FULL_NAMES: list[NameCase] = [
    # A public figure the article names only in part gets the usual full name (news pool list).
    ("usual_full_name_of_a_public_figure",
     "Pelatih itu mengaku puas. “Kami bermain baik malam ini,” kata [Rodgers|PER].",
     [("Brendan Rodgers", "direct.cue.postposed", "name")], ["Brendan Rodgers"]),
    # A two-word form news writes more often alone still takes the surname news writes after it.
    ("usual_surname_after_a_two_word_name",
     "Menteri Keuangan [Sri Mulyani|PER] mengatakan bahwa defisit anggaran tetap terjaga.",
     [("Sri Mulyani Indrawati", "indirect.verb.say", "name")], ["Sri Mulyani Indrawati"]),
    # … not when the article gives another full name with that word.
    ("the_article_s_own_full_name_first",
     "[Dimas Rodgers|PER] tiba di Bandung. “Kami bermain baik malam ini,” kata [Rodgers|PER].",
     [("Dimas Rodgers", "direct.cue.postposed", "name")], ["Dimas Rodgers"]),
    # … and a one-word "person" with no evidence of being one is still left out.
    ("usual_full_name_needs_a_person",
     "[Rina Marlina|PER] mengatakan bahwa laga melawan [Gijon|PER] berat.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A usual "full name" that is a country's nickname (`Negeri Sakura`, opening with a place head)
    # is no person's full name: the name stays as written.
    ("usual_full_name_that_is_a_place",
     "Penyanyi itu tiba di Seoul. “Kami senang sekali,” kata [Sakura|PER].",
     [("Sakura", "direct.cue.postposed", "name")], ["Sakura"]),
    # A usual "full name" that only puts an office's word in front of a name already written in
    # full (the pool read `Kementerian Perhubungan Dudy Purwagandhi`) leaves the name as written.
    ("usual_full_name_with_an_office_word_in_front",
     "Menteri Perhubungan [Dudy Purwagandhi|PER] mengatakan bahwa jadwal penerbangan kembali normal.",
     [("Dudy Purwagandhi", "indirect.verb.say", "name")], ["Dudy Purwagandhi"]),
    # A middle initial news writes in full for that name takes the full middle name (names.initial_expansion).
    ("middle_initial_news_writes_in_full",
     "Ketua umum organisasi itu, [Rosan P Roeslani|PER], mengatakan bahwa investasi naik tahun ini.",
     [("Rosan Perkasa Roeslani", "indirect.verb.say", "name")], ["Rosan Perkasa Roeslani"]),
    # ... written with a dot too ...
    ("middle_initial_with_a_dot",
     "“Investasi naik tahun ini,” kata [Rosan P. Roeslani|PER].",
     [("Rosan Perkasa Roeslani", "direct.cue.postposed", "name")], ["Rosan Perkasa Roeslani"]),
    # ... but an initial the pool never expands for that name stays as written.
    ("middle_initial_news_never_expands",
     "“Investasi naik tahun ini,” kata [Dimas K. Wardhana|PER].",
     [("Dimas K. Wardhana", "direct.cue.postposed", "name")], ["Dimas K. Wardhana"]),
    # A usual full name written with one word misspelt takes the usual spelling (names.usual_spelling):
    # a letter dropped from the surname ...
    ("usual_full_name_with_a_letter_dropped",
     "Menteri Keuangan [Sri Mulyani Indawati|PER] mengatakan bahwa defisit anggaran tetap terjaga.",
     [("Sri Mulyani Indrawati", "indirect.verb.say", "name")], ["Sri Mulyani Indrawati"]),
    # ... or a letter typed twice in the given name ...
    ("usual_full_name_with_a_letter_doubled",
     "“Pembangunan harus merata,” kata Presiden [Joko Widoddo|PER].",
     [("Joko Widodo", "direct.cue.postposed", "name")], ["Joko Widodo"]),
    # ... but a word that ends otherwise is another name (Widodi is no slip of Widodo), and so is
    # a name with two words changed.
    ("name_ending_otherwise_than_a_usual_full_name",
     "Kepala desa [Joko Widodi|PER] mengatakan bahwa panen tahun ini bagus.",
     [("Joko Widodi", "indirect.verb.say", "name")], ["Joko Widodi"]),
    ("two_words_away_from_a_usual_full_name",
     "Ketua RT [Sri Mulani Indawati|PER] mengatakan bahwa jalan desa rusak.",
     [("Sri Mulani Indawati", "indirect.verb.say", "name")], ["Sri Mulani Indawati"]),
    # Two short forms that each take one usual full name are one person, one entry.
    ("two_short_forms_of_one_usual_full_name",
     "“Saya akan kembali,” kata [Trent|PER]. “Saya siap,” ujar [Alexander-Arnold|PER].",
     [("Trent Alexander-Arnold", "direct.cue.postposed", "name")] * 2, ["Trent Alexander-Arnold"]),
    # Titles the guidelines drop (Ayatollah, Abah, Nabi) are not part of the name.
    ("religious_title_dropped",
     "Pemimpin tertinggi Iran [Ayatollah Ali Khamenei|PER] mengatakan bahwa negaranya siap.",
     [("Ali Khamenei", "indirect.verb.say", "name")], ["Ali Khamenei"]),
]

NAMED_INSIDE_QUOTES: list[NameCase] = [
    # A person the speaker names inside the quotation, with a role before the name, is a person
    # of the article (the guidelines list people named only inside quotes).
    ("person_named_with_a_role_inside_a_quote",
     "“Kami berterima kasih kepada Kepala Desa [Heru Santosa|PER] atas bantuannya,” kata [Rina Marlina|PER].",
     [("Rina Marlina", "direct.cue.postposed", "name")], ["Heru Santosa", "Rina Marlina"]),
    # A capitalised phrase in a quotation without a role is not taken for a person.
    ("capitalised_phrase_inside_a_quote",
     "“Kebijakan [Quantitative Easing|PER] itu sudah berakhir,” kata [Rina Marlina|PER].",
     [("Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
    # A title before a one-word name inside the quotation ("Pak Kenneth") names a person too.
    ("one_word_name_with_a_title_inside_a_quote",
     "“Usul itu datang dari Pak [Hendrawan|PER] (anggota DPRD),” kata [Rina Marlina|PER].",
     [("Rina Marlina", "direct.cue.postposed", "name")], ["Hendrawan", "Rina Marlina"]),
]

HYPHENATED_NAMES: list[NameCase] = [
    # The tokenizer splits at a hyphen and the model may stop before it: a name whose word goes
    # on past the hyphen with a lowercase piece ("Chan-ocha") or a short one ("Tjoe-A-On") is
    # the whole word.
    ("name_cut_before_a_lowercase_piece",
     "Mantan Jenderal [Prayuth Chan|PER]-ocha mengatakan bahwa ia siap.",
     [("Prayuth Chan-ocha", "indirect.verb.say", "name")], ["Prayuth Chan-ocha"]),
    ("name_cut_before_short_pieces",
     "Pemain [Nathan Tjoe|PER]-A-On mengatakan bahwa timnya siap.",
     [("Nathan Tjoe-A-On", "indirect.verb.say", "name")], ["Nathan Tjoe-A-On"]),
    # The rest of the word ends where the hygiene stage cut a glued verb off it ("Seo-jinmeninggal",
    # the article writes "Seo-jin" alone).
    ("rest_of_a_hyphenated_name_stops_at_a_glued_verb",
     "Aktris [Kim Seo|PER]-jinmeninggal dunia pada Senin. Kim Seo-jin dikenal lewat drama.", [], ["Kim Seo-jin"]),
    # A particle after a hyphen ("Rina Marlina-lah") is no part of the name.
    ("particle_after_a_hyphen_stays_out",
     "Justru [Rina Marlina|PER]-lah yang paling siap. [Rina Marlina|PER] mengatakan bahwa timnya siap.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A foreign lowercase suffix ("-style") is no part of the name (known gap, below).
    ("foreign_suffix_after_a_hyphen",
     "Gaya rambut [Kim Jong Kook|PER]-style sedang tren. [Rina Marlina|PER] mengatakan bahwa salonnya ramai.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Kim Jong Kook", "Rina Marlina"]),
    # Two names joined by a hyphen (a pair of candidates) are not taken into one.
    ("pair_of_names_stays_apart",
     "Pasangan [Rina Marlina|PER]-Dewanto mengatakan bahwa mereka siap.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A ticket or a duo tagged as one name, each half a name the article writes alone, is no
    # one person (names.paired_names).
    ("ticket_of_two_names_is_not_one_person",
     "Pemerintahan Budiman dinilai tegas. Wakil Bupati [Sutrisno Adi|PER] mengatakan bahwa timnya bekerja keras. "
     "“Kami akan terus bekerja,” kata [Budiman-Sutrisno|PER] dalam debat.",
     [("Sutrisno Adi", "indirect.verb.say", "name"), ("Budiman-Sutrisno", "direct.cue.postposed", "name")],
     ["Sutrisno Adi"]),
    # After a noun that names a pair (`pasangan`, `pemerintahan`), a ticket tagged as one name
    # is two people even when the article never writes the halves alone: each half is a person
    # (names.paired_names, `heads`).
    ("ticket_after_a_pair_head_is_two_people",
     "Survei menunjukkan kepuasan terhadap pemerintahan [Budiman-Sutrisno|PER] tinggi. [Rina Marlina|PER] "
     "mengatakan bahwa hasil itu wajar.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Budiman", "Sutrisno", "Rina Marlina"]),
    # ... and so is one whose halves are both listed short forms of people (usual_full_names,
    # aliases.yml), with no pair head; each takes the full name.
    ("ticket_of_listed_short_forms_is_two_people",
     "Ia pernah memasang poster [Anies-Muhaimin|PER] pada 2024. [Rina Marlina|PER] mengatakan bahwa ia aktif.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Anies Baswedan", "Muhaimin Iskandar", "Rina Marlina"]),
    # Supporters are supporters of a ticket (`relawan`, `pendukung`).
    ("ticket_after_its_supporters_is_two_people",
     "Ia pernah aktif di tim pendukung [Budiman-Sutrisno|PER] pada 2019. [Rina Marlina|PER] mengatakan bahwa "
     "ia rajin.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Budiman", "Sutrisno", "Rina Marlina"]),
    # ... and the halves join the people the article names otherwise.
    ("ticket_halves_join_the_named_people",
     "Wakil Bupati [Sutrisno Adi|PER] hadir. Pasangan [Budiman-Sutrisno|PER] unggul. [Rina Marlina|PER] "
     "mengatakan bahwa hasil itu wajar.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Sutrisno Adi", "Budiman", "Rina Marlina"]),
    # Two full names joined by a hyphen are a ticket with no head before them: two people each
    # (names.paired_names, full_name_words) ...
    ("ticket_of_two_full_names_is_two_people",
     "Kepuasan warga terhadap kinerja [Budiman Santoso-Sutrisno Adi|PER] tinggi. [Rina Marlina|PER] mengatakan bahwa hasil "
     "itu wajar.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Budiman Santoso", "Sutrisno Adi", "Rina Marlina"]),
    # ... and after a pair head one full name beside a one-word half is enough.
    ("ticket_of_one_full_name_after_a_pair_head",
     "Pasangan [Budiman-Sutrisno Adi|PER] unggul di Semarang. [Rina Marlina|PER] mengatakan bahwa hasil itu wajar.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Budiman", "Sutrisno Adi", "Rina Marlina"]),
    # Two names of words news never writes in people's names are a body's, no ticket.
    ("body_with_a_hyphen_is_no_ticket",
     "Tentara [Koninklijk Nederlandsch-Indisch Leger|PER] dibubarkan pada 1950. [Rina Marlina|PER] mengatakan "
     "bahwa arsipnya lengkap.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Koninklijk Nederlandsch-Indisch Leger", "Rina Marlina"]),
    # A hyphenated given name before a full surname, or an Arabic article, is one person's name.
    ("hyphenated_given_name_before_a_surname_stays_one",
     "Menteri Luar Negeri [Jean-Yves Le Drian|PER] mengatakan bahwa Prancis siap membantu.",
     [("Jean-Yves Le Drian", "indirect.verb.say", "name")], ["Jean-Yves Le Drian"]),
    ("arabic_article_inside_a_full_name_stays_one",
     "Juru bicara [Salman bin Al-Dosari Rahman|PER] mengatakan bahwa pertemuan itu lancar.",
     [("Salman bin Al-Dosari Rahman", "indirect.verb.say", "name")], ["Salman bin Al-Dosari Rahman"]),
    # Without a pair head a hyphenated word of unlisted halves stays one name.
    ("hyphenated_name_without_a_pair_head_stays_one",
     "Konser di Solo ramai. “Kami senang sekali,” kata [Budiman-Sutrisno|PER].",
     [("Budiman-Sutrisno", "direct.cue.postposed", "name")], ["Budiman-Sutrisno"]),
    # A hyphenated surname stays a person: its halves never stand alone.
    ("hyphenated_surname_stays_a_person",
     "Bek [Trent Alexander-Arnold|PER] cedera lutut. “Saya akan segera kembali,” kata [Alexander-Arnold|PER].",
     [("Trent Alexander-Arnold", "direct.cue.postposed", "name")], ["Trent Alexander-Arnold"]),
    ("hyphenated_given_name_stays_a_person",
     "“Kami siap bertanding,” kata [Jung-Hwan|PER], pelatih tim itu.",
     [("Jung-Hwan", "direct.cue.postposed", "name")], ["Jung-Hwan"]),
]

CREDITS: list[NameCase] = [
    # A body sentence run into a credit line or a related-article title is boilerplate, and its
    # full name is no person of its own; it still gives the person the body names only in part
    # their full name (names.longer_form_in_boilerplate).
    ("full_name_in_a_sentence_run_into_a_credit",
     "Laporan Wartawan Kabarkota.com, Dedi Santoso KABARKOTA.COM, BANDUNG - Dalam pertemuan dengan Ketua "
     "Paguyuban Pasar, [Hasanudin Jafar Lubis|PER], di Bandung, Senin (24/8/2015), terungkap bahwa harga naik. "
     "[Hasanudin|PER] mengatakan bahwa pasokan berkurang.",
     [("Hasanudin Jafar Lubis", "indirect.verb.say", "name")], ["Hasanudin Jafar Lubis"]),
    # (an adjunct, not an adverb, before the verb: `, telah mengonfirmasi` ends the title now,
    # tests/test_hygiene.py, and the sentence is the body's)
    ("full_name_in_a_sentence_run_into_a_related_title",
     "Warga ramai datang. Baca juga:Pasar Baru Siap Dibuka Manajer Pasar Baru, [Bimo Sasongko|PER], kepada warga "
     "mengonfirmasi bahwa pasar dibuka. “Semua siap,” ujar [Bimo|PER].",
     [("Bimo Sasongko", "direct.cue.postposed", "name")], ["Bimo Sasongko"]),
    # A related title in title case runs its verb into the name: not a longer form.
    ("name_and_verb_in_a_related_title",
     "Warga ramai datang. Baca juga: Kisah Haru [Bimo Sasongko Mundur|PER] Dari Jabatan Manajer Pasar\n“Semua "
     "siap,” ujar [Bimo Sasongko|PER].",
     [("Bimo Sasongko", "direct.cue.postposed", "name")], ["Bimo Sasongko"]),
    # A related title that runs one person's full name and a verb into another name the body
    # writes alone ("Rina Marlina Ingatkan Pansel") is no full name of the second: the title
    # holds two people's words (names.longer_form_in_boilerplate).
    ("related_title_holding_two_names_lengthens_neither",
     "[Rina Marlina|PER] hadir di gedung itu. (Baca: [Rina Marlina Ingatkan Pansel|PER] soal Calon "
     "Pimpinan) [Pansel|PER] bekerja sampai malam. Ketua Dewan [Rina Marlina|PER] mengatakan bahwa seleksi "
     "terbuka.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A full name the body writes itself is not lengthened from a related title.
    ("body_full_name_kept_beside_a_related_title",
     "Warga ramai datang. Baca juga:Pasar Baru Siap Dibuka [Bimo Sasongko Tangguh|PER] di Depan Warga Sejak Pagi "
     "[Bimo Sasongko|PER] mengatakan bahwa pasar dibuka. “Semua siap,” ujar [Bimo|PER].",
     [("Bimo Sasongko", "indirect.verb.say", "name"), ("Bimo Sasongko", "direct.cue.postposed", "name")],
     ["Bimo Sasongko"]),
    # A name only in a credit is still no person of the article.
    ("name_only_in_a_credit",
     "Laporan Wartawan Kabarkota.com, [Dedi Santoso|PER] KABARKOTA.COM, BANDUNG - Harga naik. [Rina Marlina|PER] "
     "mengatakan bahwa pasokan berkurang.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # A contributor credit sentence at the end of an article names no person of the article.
    ("contributor_credit_sentence",
     "[Rina Marlina|PER] mengatakan bahwa stok beras aman. [Dewi Lestari|PER] berkontribusi dalam penulisan "
     "artikel ini.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # ... also glued after the last sentence and before the next boilerplate line.
    ("contributor_credit_after_a_quote",
     "“Stok beras aman,” kata [Rina Marlina|PER]. [Dewi Lestari|PER] dan [Yoga Pratama|PER] berkontribusi "
     "dalam penulisan artikel ini Pilihan Editor: Harga Beras Naik",
     [("Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
]

ONE_WORD_NAMES: list[NameCase] = [
    # A one-word name listed with full names (commas, "dan", bracketed origins between) is a
    # person like the others of the list, with no role or quote of its own.
    ("one_word_name_listed_with_full_names",
     "Empat peserta tampil malam ini, yakni [Tamara|PER] (Jakarta), [Doni Sasmita|PER] (Bekasi), dan "
     "[Fahrul|PER] (Medan). [Rina Marlina|PER] mengatakan bahwa semua peserta sudah siap.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Tamara", "Doni Sasmita", "Fahrul", "Rina Marlina"]),
    # An age in brackets after a one-word name: a person.
    ("one_word_name_with_an_age",
     "Seorang pekerja bernama [Yanto|PER] (22) terluka. [Rina Marlina|PER] mengatakan bahwa korban sudah "
     "dibawa ke rumah sakit.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Yanto", "Rina Marlina"]),
    # ... also with a unit ("3 tahun"), and through the list of full names.
    ("one_word_name_with_an_age_in_years",
     "Korban adalah [Wati Sulastri|PER] (6 bulan) dan [Valeria|PER] (3 tahun). [Rina Marlina|PER] "
     "mengatakan bahwa keduanya selamat.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Wati Sulastri", "Valeria", "Rina Marlina"]),
    # A list of one-word "names" only is no evidence: clubs and places are listed like that.
    ("list_of_one_word_names_only",
     "[Rina Marlina|PER] mengatakan bahwa laga melawan [Gijon|PER], [Osasuna|PER], dan [Getafe|PER] berat.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # Two names with only a comma between them are an apposition, not a list: the place before
    # the person is no person.
    ("apposition_is_no_list",
     "Direktur laboratorium Wina [Seibersdorf|PER], [Gunter Gmeiner|PER], mengatakan bahwa tes itu bersih.",
     [("Gunter Gmeiner", "indirect.verb.say", "name")], ["Gunter Gmeiner"]),
    # ... while three names with commas are a list.
    ("three_names_with_commas_are_a_list",
     "Pengurus yang hadir adalah [Supriadi|PER], [Rohmadi|PER], [Erik Febrianto|PER]. [Rina Marlina|PER] "
     "mengatakan bahwa rapat berjalan lancar.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Supriadi", "Rohmadi", "Erik Febrianto", "Rina Marlina"]),
    # A number in brackets that is no age (a year, a score) leaves the word out.
    ("bracketed_year_is_no_age",
     "[Rina Marlina|PER] mengatakan bahwa [Gijon|PER] (2019) tampil buruk.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
]

AFFILIATIONS_BEFORE_NAMES: list[NameCase] = [
    # The model runs the firm into the analyst's name; the article gives the person alone by a
    # word of that name, so the name starts there (names.person_after_organisation).
    ("firm_run_into_a_name_given_alone",
     "Analis [Mandala Sekuritas Dimas Pratama|PER] mengatakan bahwa indeks saham akan menguat. "
     "“Investor masih menunggu data inflasi,” ujar [Dimas|PER].",
     [("Dimas Pratama", "indirect.verb.say", "name"), ("Dimas Pratama", "direct.cue.postposed", "name")],
     ["Dimas Pratama"]),
    # ... a name word before the word given alone stays in the name (the firm's words do not).
    ("firm_run_into_a_name_keeps_its_given_name",
     "Analis [Mandala Sekuritas Muhammad Fikri Aji|PER] mengatakan bahwa indeks saham akan menguat. "
     "“Investor masih menunggu data inflasi,” ujar [Fikri|PER].",
     [("Muhammad Fikri Aji", "indirect.verb.say", "name"), ("Muhammad Fikri Aji", "direct.cue.postposed", "name")],
     ["Muhammad Fikri Aji"]),
    # ... nor a rare given name: no organisation's word or acronym stands before the word given alone.
    ("rare_given_name_before_a_name_given_alone_is_no_cut",
     "Pengamat politik [Nuraga Yuda Rasyid|PER] mengatakan bahwa koalisi itu rapuh. "
     "“Koalisi ini belum solid,” ujar [Yuda|PER].",
     [("Nuraga Yuda Rasyid", "indirect.verb.say", "name"), ("Nuraga Yuda Rasyid", "direct.cue.postposed", "name")],
     ["Nuraga Yuda Rasyid"]),
    # The tagger leaves a rare given name out after an organisation's acronym and the article never
    # writes it alone (news: "BPOM Tubagus [Ade Hidayat]", "BRI Agustya [Hendy Bernadi]").
    ("rare_given_name_left_out_after_an_acronym",
     "Sekretaris Perusahaan [BRI|ORG] Ardhiya [Hendra Bernadi|PER] menjelaskan bahwa layanan itu ditutup sementara.",
     [("Ardhiya Hendra Bernadi", "indirect.verb.say", "name")], ["Ardhiya Hendra Bernadi"]),
    # ... also where the tagger ran it into the acronym's organisation (names.given_name_after_acronym) ...
    ("rare_given_name_tagged_with_the_acronym",
     "Corporate Secretary [BRI Ardhiya|ORG] [Hendra Bernadi|PER] menjelaskan bahwa layanan itu ditutup sementara.",
     [("Ardhiya Hendra Bernadi", "indirect.verb.say", "name")], ["Ardhiya Hendra Bernadi"]),
    # A given name (names.yml person_name_words) the tagger ran into the place before the rest of
    # the name is the name's first word (names.given_name_closing_a_place) ...
    ("given_name_tagged_with_the_place_before_it",
     "Manajer Humas RU [VI Sukaraja Rina|LOC] [Dewi Lestari|PER] menjelaskan bahwa kilang itu aman.",
     [("Rina Dewi Lestari", "indirect.verb.say", "name")], ["Rina Dewi Lestari"]),
    # ... not a place's own word (no given name) ...
    ("place_word_before_a_name_stays_out",
     "Manajer Humas RU [VI Sukaraja|LOC] [Dewi Lestari|PER] menjelaskan bahwa kilang itu aman.",
     [("Dewi Lestari", "indirect.verb.say", "name")], ["Dewi Lestari"]),
    # ... nor a given name the article writes elsewhere too (a place named for a person).
    ("given_name_written_elsewhere_stays_with_the_place",
     "Warga [Desa Rina|LOC] berkumpul. Kepala [Desa Rina|LOC] [Dewi Lestari|PER] menjelaskan bahwa jalan itu aman.",
     [("Dewi Lestari", "indirect.verb.say", "name")], ["Dewi Lestari"]),
    # ... but not a word the article writes elsewhere too (a place, a firm's word) ...
    ("word_after_an_acronym_written_elsewhere_stays_out",
     "Kilang [Pertamina Sukaraja|ORG] beroperasi. Manajer [RU|ORG] Sukaraja [Hendra Bernadi|PER] menjelaskan bahwa "
     "kilang itu aman.",
     [("Hendra Bernadi", "indirect.verb.say", "name")], ["Hendra Bernadi"]),
    # ... nor a derived noun of a party's name.
    ("derived_noun_after_an_acronym_stays_out",
     "Sekretaris Jenderal [PDI|ORG] Perjuangan [Hasto Wibowo|PER] mengatakan bahwa partai itu solid.",
     [("Hasto Wibowo", "indirect.verb.say", "name")], ["Hasto Wibowo"]),
    # ... and a full name whose middle word is given alone is not cut: its first word is a name word.
    ("middle_name_given_alone_is_no_cut",
     "Menteri Keuangan [Sri Wahyuni Lestari|PER] mengatakan bahwa defisit anggaran terkendali. "
     "“Kami tetap berhati-hati,” ujar [Wahyuni|PER].",
     [("Sri Wahyuni Lestari", "indirect.verb.say", "name"), ("Sri Wahyuni Lestari", "direct.cue.postposed", "name")],
     ["Sri Wahyuni Lestari"]),
]

PLACES_AND_NOUNS_IN_NAMES: list[NameCase] = [
    # An office's area the tagger reads as its holder: the article writes it after a place head
    # elsewhere, so it is that place (names.place_named_after_head).
    ("area_after_an_office_is_a_place",
     "Banjir melanda [Kelurahan Tanah Merah|LOC]. [Rina Marlina|PER] mendesak Lurah [Tanah Merah|PER] dan Camat "
     "[Medan Barat|LOC] mundur. [Rina Marlina|PER] mengatakan bahwa warga sudah melapor.",
     [("Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    # ... but a place head that is part of an office names its holder.
    ("holder_after_an_office_with_a_place_head_stays",
     "Wali Kota [Iman Saragih|PER] meninjau pasar. [Iman Saragih|PER] mengatakan bahwa harga cabai turun.",
     [("Iman Saragih", "indirect.verb.say", "name")], ["Iman Saragih"]),
    # ... and so does a person a street is named for.
    ("person_a_street_is_named_for_stays",
     "Warga berkumpul di [Jalan Sudirman Said|LOC]. [Sudirman Said|PER] mengatakan bahwa jalan itu rusak.",
     [("Sudirman Said", "indirect.verb.say", "name")], ["Sudirman Said"]),
    # A sentence opening with a noun before a name the article gives alone: the noun is no part of
    # the name (names.noun_opening_a_name) ...
    ("derived_noun_opening_a_sentence_before_a_name",
     "[Ketidakhadiran Sinta Maharani|PER] dalam rapat itu disorot. [Sinta Maharani|PER] mengatakan bahwa ia "
     "sedang sakit.",
     [("Sinta Maharani", "indirect.verb.say", "name")], ["Sinta Maharani"]),
    ("common_noun_opening_a_sentence_before_a_name",
     "Acara itu ramai. [Kehadiran Nurul Azizah|PER] membuat penonton bersorak. [Nurul Azizah|PER] mengatakan "
     "bahwa ia senang.",
     [("Nurul Azizah", "indirect.verb.say", "name")], ["Nurul Azizah"]),
    # ... but a given name that opens a sentence stays, and so does a noun before a name the
    # article never gives without it.
    ("given_name_opening_a_sentence_stays",
     "[Sri Wahyuni|PER] meninjau pasar. Pedagang menyambut [Wahyuni|PER]. [Sri Wahyuni|PER] mengatakan bahwa "
     "harga cabai turun.",
     [("Sri Wahyuni", "indirect.verb.say", "name")], ["Sri Wahyuni"]),
    ("noun_before_a_name_never_given_alone_stays",
     "[Kehadiran Nurul Azizah|PER] mengatakan bahwa ia senang.",
     [("Kehadiran Nurul Azizah", "indirect.verb.say", "name")], ["Kehadiran Nurul Azizah"]),
]

# A word capitalised only because it opens its sentence is no name (names.word_opening_a_sentence),
# tagged PER or not, unless the article gives evidence of a name.
WORDS_OPENING_SENTENCES: list[NameCase] = [
    # Alone it stays the subject as written (annotators keep "Manajemen", "Penyelenggara"), no person,
    # whether the tagger took it for a name or not.
    ("untagged_common_word_opening_a_sentence_is_no_person",
     "Harga beras naik lagi pekan ini. Rumor mengatakan bahwa stok gudang menipis.",
     [("Rumor", "indirect.verb.say", "name")], []),
    ("tagged_common_word_opening_a_sentence_is_no_person",
     "Harga beras naik lagi pekan ini. [Rumor|PER] mengatakan bahwa stok gudang menipis.",
     [("Rumor", "indirect.verb.say", "name")], []),
    ("connective_opening_a_sentence_before_a_name",
     "[Gary Neville|PER] menonton laga itu. Lantas Neville pun menyebut bahwa kedua tim bermain buruk.",
     [("Gary Neville", "indirect.verb.say", "name")], ["Gary Neville"]),
    ("connective_opening_a_sentence_before_a_name_tagged_otherwise",
     # the surname tagged ORG is Gary Neville's (names.surname_tagged_organisation)
     "[Gary Neville|PER] menonton laga itu. Lantas [Neville|ORG] pun menyebut bahwa kedua tim bermain buruk.",
     [("Gary Neville", "indirect.verb.say", "name")], ["Gary Neville"]),
    ("reduplicated_noun_opening_a_sentence_is_no_person",
     "[Rina Marlina|PER] meninjau sekolah. [Siswa-siswi|PER] di kota itu libur. Ia mengatakan bahwa "
     "sekolah ditutup sampai Senin.",
     [("Rina Marlina", "indirect.verb.say", "pronoun")], ["Rina Marlina"]),
    ("word_the_article_writes_in_lowercase_opening_a_sentence",
     "Kota itu dikenal karena romantisme jalanannya. [Romantisme|PER] mengatakan bahwa kota itu ramai.",
     [("Romantisme", "indirect.verb.say", "name")], []),
    # Before a phrase that goes on to a tagged name, the opening word is its determiner and the
    # name its head: the company speaks, not "Sebuah".
    ("determiner_opening_a_phrase_before_a_tagged_name",
     "Kabar baru datang dari Surabaya. Sebuah perusahaan bernama [Sinar Baterai Nusantara|ORG] mengklaim "
     "bahwa baterainya dapat diisi penuh dalam lima menit.",
     [("Sinar Baterai Nusantara", "indirect.verb.say", "name")], []),
    # (the institution heads before it are the organisation's, as written: speakers.yml institution_heads)
    ("common_noun_before_a_tagged_organisation_gives_the_organisation",
     "Rapat pemegang saham digelar kemarin. Manajemen klub [Persita|ORG] menyatakan bahwa gaji pemain "
     "akan dibayar pekan depan.",
     [("Manajemen klub Persita", "indirect.verb.say", "name")], []),
    # A real one-word name opening its sentence stays: a word of people's names ...
    ("person_name_word_opening_a_sentence_stays_untagged",
     "Harga beras naik lagi pekan ini. Jokowi mengatakan bahwa stok gudang cukup.",
     [("Jokowi", "indirect.verb.say", "name")], ["Jokowi"]),
    ("person_name_word_opening_a_sentence_stays_tagged",
     "Banjir merendam Jakarta. [Ahok|PER] menilai bahwa tanggul harus ditinggikan.",
     [("Ahok", "indirect.verb.say", "name")], ["Ahok"]),
    # ... and a given name that is also a word, written capitalised inside a sentence elsewhere.
    ("given_name_that_is_a_word_written_inside_a_sentence_stays",
     "Langit memerah saat senja tiba. Wartawan menemui [Senja|PER] di rumahnya. [Senja|PER] mengatakan bahwa "
     "ia siap bersaksi.",
     [("Senja", "indirect.verb.say", "name")], ["Senja"]),
    ("given_name_that_is_a_word_only_opening_sentences_is_dropped",
     "Langit memerah saat senja tiba. [Senja|PER] mengatakan bahwa ia siap bersaksi.",
     [("Senja", "indirect.verb.say", "name")], []),
]

RESPELT_CLIPS: list[NameCase] = [
    # A familiar form clipped from the given name, in another spelling of its sounds (th/t): the
    # person named before it.
    ("respelt_clip_of_a_given_name",
     "Mantan menteri [Thomas Wibowo|PER] diperiksa jaksa. “Saya tidak bersalah,” kata [Tom|PER]. "
     "“Saya hanya menjalankan tugas,” ujar [Tom|PER].",
     [("Thomas Wibowo", "direct.cue.postposed", "name"), ("Thomas Wibowo", "direct.cue.postposed", "name")],
     ["Thomas Wibowo"]),
    # c/k: four letters of the given name in another spelling.
    ("respelt_clip_of_four_letters",
     "Direktur [Nicolas Santoso|PER] berada di Eropa. “Saya baru kembali Minggu,” ujar [Niko|PER].",
     [("Nicolas Santoso", "direct.cue.postposed", "name")], ["Nicolas Santoso"]),
    # The old spelling of a given name (dj/j) is the same given name.
    ("old_spelling_of_a_given_name",
     "Kepala desa [Djoko Susilo|PER] meninjau sawah. [Joko|PER] mengatakan bahwa panen tahun ini bagus.",
     [("Djoko Susilo", "indirect.verb.say", "name")], ["Djoko Susilo"]),
    # ae/ai: one name in two spellings, the form clipping the given name.
    ("ae_and_ai_spell_one_given_name",
     "Ketua RW [Zaenal Arifin|PER] meninjau saluran air. [Zainal|PER] mengatakan bahwa saluran itu tersumbat.",
     [("Zaenal Arifin", "indirect.verb.say", "name")], ["Zaenal Arifin"]),
    # A name of one-syllable words written as one word (Korean names) after the full name.
    ("words_of_a_name_written_together",
     "Aktor [Park Ji Hoon|PER] tampil di Jakarta. [Jihoon|PER] mengatakan bahwa ia senang bertemu penggemar.",
     [("Park Ji Hoon", "indirect.verb.say", "name")], ["Park Ji Hoon"]),
    # A clipped given name before the surname: the person named in full before it (its middle
    # name left out too) ...
    ("respelt_clip_before_a_surname",
     "Mantan menteri [Thomas Adi Wibowo|PER] diperiksa jaksa. “Saya tidak bersalah,” kata [Tom Wibowo|PER].",
     [("Thomas Adi Wibowo", "direct.cue.postposed", "name")], ["Thomas Adi Wibowo"]),
    # ... not before another surname: another person.
    ("respelt_clip_before_another_surname_stays_apart",
     "Mantan menteri [Thomas Wibowo|PER] diperiksa jaksa. “Saya tidak bersalah,” kata [Tom Hartono|PER].",
     [("Tom Hartono", "direct.cue.postposed", "name")], ["Thomas Wibowo", "Tom Hartono"]),
    # Two people whose names the form could clip: no one is chosen, the form stays apart.
    ("respelt_clip_of_two_people_stays_apart",
     "[Thomas Wibowo|PER] bertemu [Thomson Sitorus|PER] di Medan. “Kami siap bekerja sama,” kata [Tom|PER].",
     [("Tom", "direct.cue.postposed", "name")], ["Thomas Wibowo", "Thomson Sitorus", "Tom"]),
    # A form written before the full name clips no one named before it.
    ("respelt_form_before_the_full_name_stays_apart",
     "“Kami siap,” kata [Tom|PER]. Setelah itu [Thomas Wibowo|PER] meninjau gudang.",
     [("Tom", "direct.cue.postposed", "name")], ["Tom", "Thomas Wibowo"]),
]

# A full name written once with a word its short mentions spell otherwise: the spelling the
# mentions write far more often is the name's (names.majority_spelling).
MAJORITY_SPELLINGS: list[NameCase] = [
    ("surname_respelt_by_most_mentions",
     "Ekonom [Daniel Setiabudhi|PER] hadir dalam diskusi itu. “Daya beli turun,” kata [Setiabudi|PER]. "
     "“Ekspor juga lesu,” ujar [Setiabudi|PER]. “Bank harus berhati-hati,” tutur [Setiabudi|PER].",
     [("Daniel Setiabudi", "direct.cue.postposed", "name")] * 3, ["Daniel Setiabudi"]),
    ("given_name_respelt_by_most_mentions",
     "Pelatih [Fransiscus Lumbantobing|PER] hadir di stadion. “Kami siap,” kata [Fransiskus|PER]. "
     "“Pemain sudah pulih,” ujar [Fransiskus|PER]. “Lawan kami kuat,” tutur [Fransiskus|PER].",
     [("Fransiskus Lumbantobing", "direct.cue.postposed", "name")] * 3, ["Fransiskus Lumbantobing"]),
    # One respelt mention is the slip: the full name keeps its spelling.
    ("one_respelt_mention_keeps_the_full_name",
     "Ekonom [Daniel Setiabudhi|PER] hadir dalam diskusi itu. “Daya beli turun,” kata [Setiabudi|PER].",
     [("Daniel Setiabudhi", "direct.cue.postposed", "name")], ["Daniel Setiabudhi"]),
    # The full name written as often as the respelling, over half: no spelling wins.
    ("full_name_written_as_often_keeps_its_spelling",
     "Ekonom [Daniel Setiabudhi|PER] hadir. [Setiabudhi|PER] tersenyum. “Daya beli turun,” kata [Setiabudi|PER]. "
     "“Ekspor juga lesu,” ujar [Setiabudi|PER]. “Bank harus berhati-hati,” tutur [Setiabudi|PER].",
     [("Daniel Setiabudhi", "direct.cue.postposed", "name")] * 3, ["Daniel Setiabudhi"]),
]

# An organisation's long form before its bracketed abbreviation runs across lowercase function
# words (names.long_form_connector), and a speaker cut out of a long form at its connective is
# the organisation the article defines (name.article_alias): issue 19.
# A given name that is also an ordinary word, which the model leaves out of the name: its capital
# right after a lowercase word shows it is a name (names.given_name_mid_sentence).
ORDINARY_WORDS_AS_GIVEN_NAMES: list[NameCase] = [
    ("common_word_given_name_after_a_lowercase_word",
     "Warga menyambut kedatangan Bagus [Hendra Wiratama|PER] di desa itu. [Hendra|PER] mengatakan bahwa "
     "jembatan segera dibangun.",
     [("Bagus Hendra Wiratama", "indirect.verb.say", "name")], ["Bagus Hendra Wiratama"]),
    # ... also where the article names the person by the word alone, after a lowercase word.
    ("common_word_given_name_also_written_alone",
     "Warga menyambut kedatangan Bagus [Hendra Wiratama|PER] dan [Rudi Santoso|PER]. Rudi dan Bagus tiba sore "
     "hari.",
     [], ["Bagus Hendra Wiratama", "Rudi Santoso"]),
    ("common_word_given_name_before_a_surname_tagged_again",
     "Pengusaha itu menikah dengan Cahaya [Nainggolan|PER] pada Juni. [Nainggolan|PER] mengatakan bahwa "
     "pestanya digelar sederhana.",
     [("Cahaya Nainggolan", "indirect.verb.say", "name")], ["Cahaya Nainggolan"]),
    # After an organisation's bracketed short form, a word that is also an institution head.
    ("institution_head_as_given_name_after_a_short_form",
     "Peneliti Lembaga Kajian Fiskal (Lekfis) Media [Hendra Wiratama|PER] mengatakan bahwa anggaran bocor.",
     [("Media Hendra Wiratama", "indirect.verb.say", "name")], ["Media Hendra Wiratama"]),
    # The capital comes from the sentence: the word is no part of the name.
    ("common_word_opening_the_sentence_stays_out",
     "Bagus [Hendra Wiratama|PER] mengatakan bahwa jembatan segera dibangun.",
     [("Hendra Wiratama", "indirect.verb.say", "name")], ["Hendra Wiratama"]),
    # The article writes the word capitalised elsewhere too (here opening a quote).
    ("common_word_written_capitalised_elsewhere_stays_out",
     "Warga menyambut kedatangan Bagus [Hendra Wiratama|PER] di desa itu. “Bagus sekali jembatannya,” kata "
     "[Hendra|PER].",
     [("Hendra Wiratama", "direct.cue.postposed", "name")], ["Hendra Wiratama"]),
    # After a lowercase role the capitalised word is the role's team or body.
    ("word_after_a_lowercase_role_stays_out",
     "“Kami siap bertanding,” ujar pelatih Bintang [Rizky Pratama|PER], Sabtu.",
     [("Rizky Pratama", "direct.cue.postposed", "name")], ["Rizky Pratama"]),
    # A lowercase word joining an office's capitalised words leaves the next word the office's.
    ("word_after_a_conjunction_in_an_office_stays_out",
     "Kepala Dinas Pemuda, Olahraga, dan Pariwisata [Hendra Wiratama|PER] mengatakan bahwa stadion siap.",
     [("Hendra Wiratama", "indirect.verb.say", "name")], ["Hendra Wiratama"]),
    # A derived noun (pe-an) is a ministry's or office's word, not a given name.
    ("derived_noun_before_a_name_stays_out",
     "Massa ingin bertemu Perhubungan [Hendra Wiratama|PER]. [Hendra Wiratama|PER] mengatakan bahwa ia siap.",
     [("Hendra Wiratama", "indirect.verb.say", "name")], ["Hendra Wiratama"]),
    # A day word after a lowercase preposition is the time, not a name.
    ("day_before_a_name_stays_out",
     "Rapat digelar pada Senin [Hendra Wiratama|PER] mengatakan bahwa jembatan segera dibangun.",
     [("Hendra Wiratama", "indirect.verb.say", "name")], ["Hendra Wiratama"]),
    # A one-word name tagged once is not yet known as a surname.
    ("common_word_before_a_one_word_name_tagged_once_stays_out",
     "Pengusaha itu menikah dengan Cahaya [Nainggolan|PER] pada Juni. Ia mengatakan bahwa pestanya digelar "
     "sederhana.",
     [("Nainggolan", "indirect.verb.say", "pronoun")], ["Nainggolan"]),
]

ORGANISATION_LONG_FORMS: list[NameCase] = [
    ("speaker_cut_out_of_a_long_form_at_dan",
     "Menurut laporan [Pusat Pemantauan|ORG] dan Mitigasi Banjir Sungai (PPMBS), debit air sungai naik dua meter.",
     [("Pusat Pemantauan dan Mitigasi Banjir Sungai (PPMBS)", "indirect.cue.according_to", "name")], []),
    ("long_form_across_untuk",
     "[Komisi|ORG] untuk Orang Hilang dan Korban Tindak Kekerasan ([KontraS|ORG]) mencatat bahwa kasus penyiksaan "
     "meningkat. “Ini mengkhawatirkan,” kata [KontraS|ORG].",
     [("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)", "indirect.verb.state", "name"),
      ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)", "direct.carry", "carry")], []),
    # The words before the connective stay out when the abbreviation's letters do not start there.
    ("long_form_across_kepada_starts_at_its_letters",
     "Program Hibah kepada Usaha Mikro (HUM) mencatat bahwa penyaluran dana naik tahun ini.",
     [("Hibah kepada Usaha Mikro (HUM)", "indirect.verb.state", "name")], []),
    # The commas of an enumeration closed by "dan" are inside the long form.
    ("long_form_across_an_enumeration",
     "Badan Cuaca, Iklim, dan Gempa (BCIG) menyatakan bahwa suhu turun. Menurut BCIG, udara dingin datang "
     "setiap tahun.",
     [("Badan Cuaca, Iklim, dan Gempa (BCIG)", "indirect.verb.say", "name"),
      ("Badan Cuaca, Iklim, dan Gempa (BCIG)", "indirect.cue.according_to", "name")], []),
    # A comma with no "dan" after it closes a dateline, not a part of the name.
    ("long_form_starts_after_a_stray_comma",
     "Bogor, Badan Pangan Rakyat (BPR) menyatakan bahwa stok beras aman. Menurut BPR, harga turun.",
     [("Badan Pangan Rakyat (BPR)", "indirect.verb.say", "name"),
      ("Badan Pangan Rakyat (BPR)", "indirect.cue.according_to", "name")], []),
    ("english_long_form_across_for_and_of",
     "Institute for Study of Energy (ISE) menyatakan bahwa tarif naik. Menurut ISE, subsidi berkurang.",
     [("Institute for Study of Energy (ISE)", "indirect.verb.say", "name"),
      ("Institute for Study of Energy (ISE)", "indirect.cue.according_to", "name")], []),
    ("long_form_across_a_possessive",
     "Forum Korban Sam's Club Indonesia (FKSCI) menyatakan bahwa gaji belum dibayar. Menurut FKSCI, "
     "somasi disiapkan.",
     [("Forum Korban Sam's Club Indonesia (FKSCI)", "indirect.verb.say", "name"),
      ("Forum Korban Sam's Club Indonesia (FKSCI)", "indirect.cue.according_to", "name")], []),
    ("hyphenated_abbreviation",
     "[Emergency Medical Team Center|ORG] (EMT-C) menyatakan bahwa rumah sakit lumpuh. Menurut EMT-C, obat habis.",
     [("Emergency Medical Team Center (EMT-C)", "indirect.verb.say", "name"),
      ("Emergency Medical Team Center (EMT-C)", "indirect.cue.according_to", "name")], []),
    # A boilerplate marker glued before the long form is no part of it, nor of an organisation the
    # tagger ran it into.
    ("long_form_after_a_boilerplate_marker",
     "SCROLL TO CONTINUE WITH CONTENT Sentra Cuaca Wilayah (SCW) menyatakan bahwa hujan turun. "
     "Menurut SCW, angin kencang.",
     [("Sentra Cuaca Wilayah (SCW)", "indirect.verb.say", "name"),
      ("Sentra Cuaca Wilayah (SCW)", "indirect.cue.according_to", "name")], []),
    ("organisation_after_a_boilerplate_marker",
     "ADVERTISEMENT [SCROLL TO CONTINUE WITH CONTENT Harian Nusa|ORG] melaporkan bahwa film itu laris.",
     [("Harian Nusa", "indirect.verb.state", "name")], []),
    # A defined organisation after a person's affiliation word says where the person belongs: the
    # person speaks.
    ("defined_organisation_after_an_affiliation",
     "Pusat Kajian Energi (PKE) merilis data baru. Peneliti [Budi Santoso|PER] dari Pusat Kajian Energi (PKE) "
     "menilai bahwa tarif listrik naik.",
     [("Budi Santoso", "indirect.verb.say", "name")], ["Budi Santoso"]),
    # A head and lowercase words before a defined long form say what kind of body it is.
    ("descriptive_head_before_a_defined_long_form",
     "Rumah Zakat Nusantara (RZN) mengirim bantuan. Lembaga filantropi Rumah Zakat Nusantara menyatakan "
     "bahwa bantuan tiba.",
     [("Rumah Zakat Nusantara (RZN)", "indirect.verb.say", "name")], []),
]

ALL_NAME_CASES = (ORGANISATION_LONG_FORMS + STRAY_PLACE_TAGS + NOT_PERSONS + SPELLING_AND_CUT_NAMES + NICKNAMES + SHARED_NAMES
                  + NAMES_THE_NER_MISPLACED + GIVEN_NAMES_AND_PREFIXES + INITIALS + USUAL_FULL_NAMES + NAMED_INSIDE_QUOTES
                  + ONE_WORD_NAMES + CREDITS + HYPHENATED_NAMES + AFFILIATIONS_BEFORE_NAMES
                  + PLACES_AND_NOUNS_IN_NAMES + WORDS_OPENING_SENTENCES + RESPELT_CLIPS
                  + ORDINARY_WORDS_AS_GIVEN_NAMES + MAJORITY_SPELLINGS)

NEWS_PRECISION = ("tried and not kept: it raised people recall on train3 and holdout3 but lowered people precision "
                  "on the news set (0.845 -> 0.842 / 0.840 with the rest of the round); needs a tighter test of "
                  "which names are people")

KNOWN_GAPS: dict[str, str] = {
    "surnames_one_letter_apart_with_their_own_roles":
        "a one-word form one inner letter from a longer name joins it whatever the letters: the news pool's "
        "one-letter pairs of people in one article are nearly all one person (Nonato/Nanato, Saepudin/Saefudin, "
        "written twice in each spelling), and keyboard evidence alone lost right quotes on news6 (r14-fullnames); "
        "telling two people apart needs each form's own role phrase compared",
    "one_word_name_listed_with_full_names": NEWS_PRECISION,
    "three_names_with_commas_are_a_list": NEWS_PRECISION,
    "one_word_name_with_a_title_inside_a_quote": NEWS_PRECISION,
    "foreign_suffix_after_a_hyphen":
        "a lowercase piece after a hyphen is taken into a cut name (Chan-ocha, Bo-gum); a foreign word written so "
        "(Kook-style, train3) is not told apart: names.yml common_words holds Indonesian words only",
    "place_that_opened_a_name_stays_a_place":
        "a place is cut from the front of a name only when the article tags it LOC alone or gives the rest "
        "alone before the quote; a place seen only inside a longer LOC (Kabupaten Sukamaju) is not yet counted",
    "institution_head_as_given_name_after_a_short_form":
        "a given name that is also an institution head and place word (Media, as in train3's 'Media Wahyudi "
        "Askar') stays out even after the organisation's short form closed: such a word after ')' is as often "
        "a second body's head; telling them apart needs the words after the name (a verb of saying, a comma)",
    "cut_name_expanded_from_the_text":
        "a full name the NER cut is not yet recovered from the text: taking the longest run of capitalised "
        "words took offices and places into names on train3 (strict 0.709 -> 0.647: 'DPR RI Puan Maharani'), "
        "so it was reverted; needs the role phrase cut first",
}



def _params() -> list[object]:
    return [pytest.param(text, quotes, people, id=case_id,
                         marks=[pytest.mark.xfail(reason=KNOWN_GAPS[case_id], strict=True)]
                         if case_id in KNOWN_GAPS else [])
            for case_id, text, quotes, people in ALL_NAME_CASES]


@pytest.mark.parametrize(("marked", "expected", "people"), _params())
def test_name_identity(marked: str, expected: list[tuple[str | None, str, str]], people: list[str],
                       markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract(marked)
    found = [(q.speaker.name, q.rule, q.speaker.resolution) for q in result.quotes]
    assert found == expected
    assert [person.name for person in result.people if person.kind == "person"] == people
    assert_offsets_point_into(text, result)


def test_a_place_inside_a_longer_place_is_not_cut_out_as_a_person(markup_extractor: MarkupExtractor) -> None:
    """names.person_in_organisation needs the word alone as a person: a place that opened a
    name ("Bupati Sukamaju Lukas Hakim") is not cut out of "Kabupaten Sukamaju"."""
    _, result = markup_extractor.extract(
        "Bupati [Sukamaju Lukas Hakim|PER] meninjau [Kabupaten Sukamaju|LOC]. “Kami siap,” tegas [Lukas Hakim|PER].")
    assert ("Kabupaten Sukamaju", "LOC") in [(entity.text, entity.label) for entity in result.entities]


def test_one_word_after_an_ampersand_is_not_split(markup_extractor: MarkupExtractor) -> None:
    """names.ampersand_pair splits only before a name of two words or more: one word after the
    ampersand is as often a firm's or a brand's (Marks & Spencer), so the entity stays whole."""
    _, result = markup_extractor.extract("Toko [Hartono & Wibisono|PER] dibuka di Bandung.")
    assert [entity.text for entity in result.entities if entity.label == "PER"] == ["Hartono & Wibisono"]


def test_a_head_inside_a_longer_name_does_not_make_a_place(markup_extractor: MarkupExtractor) -> None:
    """names.place_named_after_head reads a head that opens a place's name only: after a
    capitalised word it is inside a longer name, a route named for a person here."""
    _, result = markup_extractor.extract(
        "Menteri meresmikan [Jalur Samudera Cheng Wibowo|LOC]. [Cheng Wibowo|PER] mengatakan bahwa jalur itu ramai.")
    assert ("Cheng Wibowo", "PER") in [(entity.text, entity.label) for entity in result.entities]


def test_people_say_why_names_were_merged(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(
        "Wali Kota Bogor [Surya Darmawan|PER] ([Kang Surya|PER]) meresmikan pasar. [Rina Wulandari|PER] hadir. "
        "[Rina Wulandary|PER] mengatakan bahwa pasar itu ramai. [Surya|PER] menambahkan bahwa pasar buka pagi.")
    variants = {person.name: [(variant.name, variant.rule) for variant in person.variants] for person in result.people}
    assert variants == {"Surya Darmawan": [("Kang Surya", "name.article_alias"), ("Surya", "name.contained")],
                        "Rina Wulandari": [("Rina Wulandary", "name.spelling_variant")]}


def test_a_form_that_could_clip_two_people_is_reported(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(
        "[Thomas Wibowo|PER] bertemu [Thomson Sitorus|PER] di Medan. “Kami siap bekerja sama,” kata [Tom|PER].")
    assert any("names.respelt_clip" in warning for warning in result.meta.warnings)


def test_a_respelt_clip_is_a_variant_with_its_rule(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(
        "Direktur [Nicolas Santoso|PER] berada di Eropa. “Saya baru kembali Minggu,” ujar [Niko|PER].")
    assert [(variant.name, variant.rule) for variant in result.people[0].variants] == [("Niko", "names.respelt_clip")]


def test_a_majority_spelling_keeps_the_full_name_as_a_variant(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(MAJORITY_SPELLINGS[0][1])
    assert [(variant.name, variant.rule) for variant in result.people[0].variants] == [
        ("Setiabudi", "name.contained"), ("Daniel Setiabudhi", "names.majority_spelling")]


def test_a_usual_spelling_keeps_the_written_form_as_a_variant(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(
        "Menteri Keuangan [Sri Mulyani Indawati|PER] mengatakan bahwa defisit anggaran tetap terjaga.")
    assert [(variant.name, variant.rule) for variant in result.people[0].variants] == [
        ("Sri Mulyani Indawati", "names.usual_spelling")]


def test_people_renamed_alike_fold_into_the_first(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(
        "“Saya akan kembali,” kata [Trent|PER]. “Saya siap,” ujar [Alexander-Arnold|PER].")
    assert [(variant.name, variant.rule) for variant in result.people[0].variants] == [
        ("Trent", "names.usual_full_name"), ("Alexander-Arnold", "names.usual_full_name")]
    assert [quote.speaker.person_id for quote in result.quotes] == [result.people[0].id] * 2
    assert result.people[0].quote_count == 2


def test_names_rules_reject_a_word_listed_twice(tmp_path: Path) -> None:
    target = copy_rules(tmp_path)
    path = target / "names.yml"
    path.write_text(path.read_text().replace("words: [dari, yang, pada]", "words: [dari, yang, dari]"))
    with pytest.raises(RuleError, match="names.name_ending lists dari"):
        load_rules(target)


def test_an_ambiguous_speaker_is_reported(markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(
        "Pelatih [Thomas Frank|PER] bertemu [Jamie Frank|PER] di London. “Kami siap menang,” kata [Frank|PER].")
    assert result.quotes[0].speaker.person_id is None
    assert any("name.ambiguous" in warning for warning in result.meta.warnings)


# (first name, second name, the rule that makes them one person or None): merge_rule keeps its
# answers for pairs asked again, so each pair is asked twice, in both orders, after others.
MERGE_RULE_PAIRS: list[tuple[str, str, str | None]] = [
    ("Grushko", "Alexander Grushko", "name.contained"),
    ("Risma", "Tri Rismaharini", "name.prefix"),
    ("Cahanoglu", "Hakan Calhanoglu", "name.misspelt_surname"),
    ("JK", "Jusuf Kalla", "name.initials"),
    ("Rina Wulandary", "Rina Wulandari", "name.spelling_variant"),
    ("Susi", "Susilaningtias", "name.prefix"),
    ("Sánchez", "Lauren Sanchez", "name.contained"),
    ("Indryanto", "Indriyanto Seno Adji", "name.misspelt_given_name"),
    ("Marharet", "Margaret Sitorus", "name.misspelt_given_name"),
    ("Hermawan", "Andi Hernawan", "name.misspelt_surname"),
    ("Marharet", "Nargaret Sitorus", None),  # the opening letter is never the slip
    ("Tumbal", "Hasan Timbal", "name.misspelt_surname"),  # u and i touch on the keyboard
    ("Zainuri", "Ahmad Zaenuri", "name.misspelt_surname"),  # one vowel for another: a respelling
    ("Suryana", "Suryani", None),  # the ending differs: two names (a woman's and a man's)
    ("Rahmat", "Ahmad Rahmah", None),
    ("Rinto", "Rinta Sari", None),  # shorter than six letters
    ("Budi", "Budo Santoso", None),
    ("Budi", "Bude", None),
    ("Kus", "Kuseryansyah", "name.clipped"),
    ("Mou", "Jose Mourinho", "name.clipped"),
    ("Ari", "Budi Santoso", None),
    ("Jo", "Jose Mourinho", None),
    ("Prabowo", "prabowo subianto", "name.contained"),
    ("Buwas", "Budi Waseso", "name.syllables"),
    ("Zulhas", "Zulkifli Hasan", "name.syllables"),
    ("Tuti", "Harkristuti Harkrisnowo", "name.given_name_end"),
    ("Tom", "Thomas Lembang", None),  # another spelling of one sound: the people stage's (names.respelt_clip)
    ("Budi", "Bunga Dinata", None),
    ("Tina", "Martina", None),
    ("Nita", "Nicolas Kanter", None),
]


def test_merge_rule_answers_alike_when_asked_again() -> None:
    for _ in range(2):
        for first, second, rule in MERGE_RULE_PAIRS:
            assert merge_rule(first.split(), second.split()) == rule
            assert merge_rule(second.split(), first.split()) == rule


def _pool(*runs: tuple[str, int, int]) -> list[str]:
    """Invented pool articles: each (sentence, articles, uses per article) as JSON lines."""
    lines = []
    for sentence, articles, uses in runs:
        lines.extend(json.dumps({"text": " ".join([sentence] * uses)}) for _ in range(articles))
    return lines


def test_a_two_word_name_written_alone_takes_a_surname_written_after_it() -> None:
    """names.usual_full_name: a surname after a two-word form completes it however often the form
    stands alone; words before it ("Ayu Dewi Lestari") name someone else (training/usual_names.py)."""
    rules = load_rules(Path("rules"))
    pool = _pool(("kata Rinawati Kusumastuti kemarin.", 30, 1), ("kata Rinawati Kusumastuti Wardhana kemarin.", 6, 2),
                 ("kata Dewanti Lestarini kemarin.", 30, 1), ("kata Ayunda Dewanti Lestarini kemarin.", 6, 2))
    usual = usual_full_names(pool, rules)
    assert usual.get("Rinawati Kusumastuti") == "Rinawati Kusumastuti Wardhana"
    assert "Dewanti Lestarini" not in usual


def test_a_middle_initial_takes_the_name_news_writes_for_it() -> None:
    """names.initial_expansion: an initial form the pool writes takes the middle name its
    expansions nearly always are; one expanded two ways, or too rarely, takes none
    (training/usual_names.py --initials)."""
    rules = load_rules(Path("rules"))
    pool = _pool(("kata Rinawati K Wardhana kemarin.", 1, 1), ("kata Rinawati Kusuma Wardhana kemarin.", 5, 1),
                 ("kata Dewanti L Sasmita kemarin.", 1, 1), ("kata Dewanti Larasati Sasmita kemarin.", 3, 2),
                 ("kata Dewanti Lestari Sasmita kemarin.", 3, 2),
                 ("kata Hartono B Sasongko kemarin.", 1, 1), ("kata Hartono Bayu Sasongko kemarin.", 2, 1))
    found = initial_expansions(pool, rules)
    assert found == {"Rinawati K Wardhana": "Rinawati Kusuma Wardhana"}


# ASCII words come back at once; the others lose their diacritics (NFKD) as before
STRIP_DIACRITICS_CASES = [
    ("Sanchez", "Sanchez"),
    ("Sánchez", "Sanchez"),
    ("Ma’ruf", "Ma’ruf"),  # no diacritic, though not ASCII
    ("Çalhanoğlu", "Calhanoglu"),
    ("Müller-Wohlfahrt", "Muller-Wohlfahrt"),
    ("Ahmad Dhani", "Ahmad Dhani"),
    ("", ""),
]


@pytest.mark.parametrize(("written", "expected"), STRIP_DIACRITICS_CASES)
def test_strip_diacritics(written: str, expected: str) -> None:
    assert strip_diacritics(written) == expected
