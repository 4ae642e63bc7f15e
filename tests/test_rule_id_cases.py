"""One table case for each rule id the other tables left without one, over the markup tagger.

tests/test_rule_guards.py collects every rule id the extractor can emit (from rules/ and the
code) and fails when one has no case in any table; the cases below fill the gaps it found:
the quote types a cue yields besides its usual one, carried speakers, and the rules that
merge two forms of a name into one person (`people[].variants[].rule`).
"""

from __future__ import annotations

import re

import pytest

from service.extraction.known_names import load_alias_book
from service.extraction.rules import RuleSet
from service.settings import PROJECT_ROOT
from tests.markup import MarkupExtractor, assert_quote_rows

# (case id, marked text, [(type, fragment, speaker, rule, resolution)])
QuoteCase = tuple[str, str, list[tuple[str, str, str | None, str, str]]]

QUOTE_RULES: list[QuoteCase] = [
    # issue 20: a verb of telling with a quotation after bahwa; a plural pronoun for a person and others
    ("direct_after_a_verb_of_telling_and_bahwa",
     "[Budi Santoso|PER] memberi tahu wartawan bahwa “Harga pupuk tidak masuk akal bagi petani kecil.”",
     [("direct", "Harga pupuk tidak masuk akal", "Budi Santoso", "direct.verb.tell", "name")]),
    ("direct_by_a_plural_pronoun_for_a_person_and_others",
     "[Budi Santoso|PER] dan kuasa hukumnya meminta keringanan kepada hakim. Mereka mengatakan, “Klien kami sudah "
     "berdamai dengan korban.”",
     [("direct", "Klien kami sudah berdamai", "Budi Santoso", "direct.verb.group_coordination", "role")]),
    ("mixed_by_a_plural_pronoun_for_a_person_and_others",
     "[Budi Santoso|PER] dan kuasa hukumnya meminta keringanan kepada hakim. Mereka menyatakan bahwa Budi “sudah "
     "berdamai” dengan korban.",
     [("mixed", "Budi “sudah berdamai” dengan korban", "Budi Santoso", "mixed.verb.group_coordination", "role")]),
    # issues 19/20: a plural pronoun for a quantified group, and for the agent of a passive of saying
    ("direct_by_a_plural_pronoun_for_a_quantified_group",
     "Ratusan buruh pabrik berunjuk rasa di depan kantor bupati. Mereka mengatakan, “Upah kami belum dibayar.”",
     [("direct", "Upah kami belum dibayar.", "Ratusan buruh pabrik", "direct.verb.group_quantified_antecedent",
       "role")]),
    ("mixed_by_a_plural_pronoun_for_a_quantified_group",
     "Ratusan buruh pabrik berunjuk rasa di depan kantor bupati. Mereka menilai upah itu “tidak manusiawi” bagi "
     "keluarga.",
     [("mixed", "upah itu “tidak manusiawi”", "Ratusan buruh pabrik", "mixed.verb.group_quantified_antecedent",
       "role")]),
    ("direct_by_a_plural_pronoun_for_the_agent_of_a_passive",
     "Temuan ini dikonfirmasi oleh para peneliti dari universitas itu. Mereka mengatakan, “Virus itu sudah "
     "bermutasi.”",
     [("direct", "Virus itu sudah bermutasi.", "para peneliti", "direct.verb.group_passive_agent", "role")]),
    ("mixed_by_a_plural_pronoun_for_the_agent_of_a_passive",
     "Temuan ini dikonfirmasi oleh para peneliti dari universitas itu. Mereka menilai virus itu “sangat "
     "berbahaya” bagi lansia.",
     [("mixed", "virus itu “sangat berbahaya”", "para peneliti", "mixed.verb.group_passive_agent", "role")]),
    ("direct_by_a_plural_pronoun_for_a_set_off_subject",
     "Para pakar hukum, pada April lalu, sempat menyerukan pembebasan tahanan itu. Mereka mengatakan, “Penahanan "
     "itu sewenang-wenang.”",
     [("direct", "Penahanan itu sewenang-wenang.", "Para pakar hukum", "direct.verb.group_set_off_subject",
       "role")]),
    ("mixed_by_a_plural_pronoun_for_a_set_off_subject",
     "Para pakar hukum, pada April lalu, sempat menyerukan pembebasan tahanan itu. Mereka menilai penahanan itu "
     "“sangat sewenang-wenang” bagi keluarganya.",
     [("mixed", "penahanan itu “sangat sewenang-wenang”", "Para pakar hukum", "mixed.verb.group_set_off_subject",
       "role")]),
    ("direct_after_a_reporting_verb_and_a_comma",
     "[Budi Santoso|PER] mengatakan, “Putusan hakim itu terlalu berat bagi keluarga korban.”",
     [("direct", "Putusan hakim itu terlalu berat", "Budi Santoso", "direct.verb.say", "name")]),
    ("direct_after_a_marked_verb_and_a_comma",
     "[Budi Santoso|PER] menulis, “Putusan hakim itu terlalu berat bagi keluarga korban.”",
     [("direct", "Putusan hakim itu terlalu berat", "Budi Santoso", "direct.verb.state", "name")]),
    ("mixed_after_a_marked_verb_and_bahwa",
     "[Budi Santoso|PER] menulis bahwa putusan hakim itu “terlalu berat” bagi keluarga korban.",
     [("mixed", "putusan hakim itu “terlalu berat”", "Budi Santoso", "mixed.verb.state", "name")]),
    ("direct_before_a_describing_verb_and_its_subject",
     "“Ini adalah bencana terbesar dalam sejarah kota kami,” [Budi Santoso|PER] menggambarkan.",
     [("direct", "Ini adalah bencana terbesar", "Budi Santoso", "direct.verb.describe", "name")]),
    # A statement frame after a quote (issue 21): `demikian`, a statement noun, then its source.
    ("direct_before_a_statement_frame_from_an_organisation",
     "“Rudal ini mampu menembus pertahanan musuh,” demikian pernyataan dari [Garda Nusantara|ORG]. Serangan itu "
     "berhasil dicegat.",
     [("direct", "Rudal ini mampu menembus", "Garda Nusantara", "direct.cue.statement_frame", "name")]),
    ("direct_before_a_new_sentence_statement_frame",
     "“Kami resmi merekrut pemain itu dengan status pinjaman.” Demikian pernyataan resmi dari pihak [Persib|ORG].",
     [("direct", "Kami resmi merekrut", "Persib", "direct.cue.statement_frame", "name")]),
    ("direct_before_a_statement_frame_whose_source_is_an_organisation_anaphor",
     "[Badan Pangan Nasional|ORG] menerbitkan aturan baru. “Stok beras aman hingga akhir tahun,” demikian bunyi "
     "pernyataan yang dikeluarkan oleh badan tersebut.",
     [("direct", "Stok beras aman", "Badan Pangan Nasional", "direct.cue.statement_frame", "role")]),
    ("direct_before_demikian_and_a_name_is_no_statement_frame",
     "“Kami siap bertanding,” demikian [Budi Santoso|PER] kepada wartawan.",
     [("direct", "Kami siap bertanding", "Budi Santoso", "direct.cue.postposed_by_position", "name")]),
    ("direct_before_demikian_without_a_source_stays_unattributed",
     "“Kami siap bertanding,” demikian pernyataan.",
     [("direct", "Kami siap bertanding", None, "direct.unattributed", "none")]),
    # A verbless attribution (issue 21): a person's name right after the quote's closing mark
    # and comma, then an apposed role, no verb: the name speaks.
    ("direct_before_a_name_and_its_apposed_role",
     "“Kami masih kesulitan mencari pemandu,” [Prasetyo Wibowo|PER], Kepala Dinas Pariwisata Jawa Tengah "
     "beberapa waktu lalu.",
     [("direct", "Kami masih kesulitan", "Prasetyo Wibowo", "direct.cue.name_after_quote", "name")]),
    # A restrictive relative clause's head reports past another predicate's subject (issue 19):
    # a quotation after its verb and a comma, and a clause holding quoted words.
    ("direct_after_a_restrictive_relative_head",
     "Polisi menggerebek sebuah gudang di Medan. Penyelidikan bermula dari laporan warga yang mengatakan, "
     "“Gudang itu kerap didatangi truk pada malam hari.”",
     [("direct", "Gudang itu kerap didatangi truk", "laporan warga", "direct.verb.restrictive_relative_head",
       "role")]),
    ("mixed_after_a_restrictive_relative_head",
     "Polisi menggerebek sebuah gudang di Medan. Penyelidikan bermula dari laporan warga yang menyebutkan bahwa "
     "gudang itu “kerap didatangi truk” pada malam hari.",
     [("mixed", "gudang itu “kerap didatangi truk”", "laporan warga", "mixed.verb.restrictive_relative_head",
       "role")]),
    # A colon introduction: a person's name, a colon, then the quotation: the name speaks.
    ("direct_after_a_name_and_a_colon",
     "Ia menutup pidatonya dengan kutipan dari tokoh pejuang, [Nelson Mandela|PER]: “Penjahat tidak pernah "
     "membangun negara.”",
     [("direct", "Penjahat tidak pernah membangun negara", "Nelson Mandela", "direct.cue.name_before_colon",
       "name")]),
    ("direct_on_the_line_after_a_name_and_a_colon",
     "“Kami akan menggelar aksi,” ujar [Jansen|PER].\nIa menutup pernyataannya dengan kutipan dari tokoh pejuang, "
     "[Nelson Mandela|PER]:\n“Penjahat tidak pernah membangun negara.”\nAksi itu digelar pekan depan.",
     [("direct", "Kami akan menggelar aksi", "Jansen", "direct.cue.postposed", "name"),
      ("direct", "Penjahat tidak pernah membangun negara", "Nelson Mandela", "direct.cue.name_before_colon",
       "name")]),
    ("mixed_after_a_name_and_a_colon",
     "Ia menutup pidatonya dengan kutipan dari tokoh pejuang, [Nelson Mandela|PER]: “Penjahat” tidak pernah "
     "membangun negara, melainkan merusaknya.",
     [("mixed", "“Penjahat” tidak pernah membangun negara", "Nelson Mandela", "mixed.cue.name_before_colon",
       "name")]),
    ("direct_after_an_addressee_and_a_colon_is_no_colon_introduction",
     "Wartawan itu bertanya kepada [Budi Santoso|PER]: “Apa rencana Anda tahun depan?”",
     [("direct", "Apa rencana Anda tahun depan?", None, "direct.unattributed", "none")]),
    ("direct_after_a_verb_an_addressee_and_a_colon_stays_the_verbs",
     "[Budi Santoso|PER] mengatakan kepada [Andi Wijaya|PER]: “Kami akan membuka dua pabrik baru.”",
     [("direct", "Kami akan membuka dua pabrik baru.", "Budi Santoso", "direct.verb.say", "name")]),
    ("direct_before_a_name_that_is_a_verbs_subject_is_no_verbless_attribution",
     "“Kami masih kesulitan mencari pemandu,” [Prasetyo Wibowo|PER], Kepala Dinas Pariwisata, menjelaskan "
     "kepada wartawan.",
     [("direct", "Kami masih kesulitan", "Prasetyo Wibowo", "direct.verb.say", "name")]),
    ("direct_before_a_name_without_an_apposed_role_stays_unattributed",
     "“Kami masih kesulitan mencari pemandu,” [Prasetyo Wibowo|PER], [Budi Santoso|PER] dan kawan-kawan "
     "tertawa.",
     [("direct", "Kami masih kesulitan", None, "direct.unattributed", "none")]),
    ("direct_after_menurut",
     "Menurut [Budi Santoso|PER], “Putusan hakim itu terlalu berat bagi keluarga korban.”",
     [("direct", "Putusan hakim itu terlalu berat", "Budi Santoso", "direct.cue.according_to", "name")]),
    ("mixed_after_menurut",
     "Menurut [Budi Santoso|PER], putusan hakim itu “terlalu berat” bagi keluarga korban.",
     [("mixed", "putusan hakim itu “terlalu berat”", "Budi Santoso", "mixed.cue.according_to", "name")]),
    ("mixed_before_a_postposed_cue",
     "Putusan hakim itu “terlalu berat” bagi keluarga korban, kata [Budi Santoso|PER].",
     [("mixed", "Putusan hakim itu “terlalu berat”", "Budi Santoso", "mixed.cue.postposed", "name")]),
    ("mixed_before_a_postposed_cue_and_an_unlisted_noun",
     "Kenaikan tarif parkir itu “sangat memberatkan” para pengemudi, kata sopir angkot di terminal.",
     [("mixed", "Kenaikan tarif parkir itu “sangat memberatkan”", "sopir angkot",
       "mixed.cue.postposed_noun_phrase", "role")]),
    ("indirect_around_an_interposed_clitic",
     "[Budi Santoso|PER] hadir di sidang. Putusan hakim itu, katanya, sama sekali tidak adil bagi keluarganya.",
     [("indirect", "Putusan hakim itu, katanya, sama sekali tidak adil", "Budi Santoso", "indirect.cue.clitic",
       "clitic")]),
    ("mixed_around_an_interposed_clitic",
     "[Budi Santoso|PER] hadir di sidang. Putusan itu, katanya, “terlalu berat” bagi keluarga korban.",
     [("mixed", "Putusan itu, katanya, “terlalu berat”", "Budi Santoso", "mixed.cue.clitic", "clitic")]),
    ("direct_after_a_source_frame",
     "Dalam pandangan pengamat [Andi Wijaya|PER], “Sistem undian itu belum sempurna dan harus diubah.”",
     [("direct", "Sistem undian itu belum sempurna", "Andi Wijaya", "direct.cue.source_frame", "name")]),
    ("mixed_after_a_source_frame",
     "Dalam pandangan pengamat [Andi Wijaya|PER], sistem undian itu “belum sempurna” bagi semua peserta.",
     [("mixed", "sistem undian itu “belum sempurna”", "Andi Wijaya", "mixed.cue.source_frame", "name")]),
    ("direct_after_a_document_frame",
     "Kementerian mengirim surat ke daerah. Dalam surat itu disebutkan, “Penyaluran dana akan diatur lagi.”",
     [("direct", "Penyaluran dana akan diatur lagi.", "surat itu", "direct.cue.document_frame", "role")]),
    ("mixed_after_a_document_frame",
     "Kementerian mengirim surat ke daerah. Dalam surat itu disebutkan bahwa penyaluran dana itu “akan diatur "
     "lagi” tahun depan.",
     [("mixed", "penyaluran dana itu “akan diatur lagi” tahun depan", "surat itu", "mixed.cue.document_frame",
       "role")]),
    # issue 20: the clitic frame points back at the document named before it
    ("direct_after_a_clitic_document_frame",
     "Kementerian mengirim surat ke daerah. Di dalamnya disebutkan, “Penyaluran dana akan diatur lagi.”",
     [("direct", "Penyaluran dana akan diatur lagi.", "surat", "direct.cue.document_frame_clitic", "role")]),
    ("mixed_after_a_clitic_document_frame",
     "Meski UU ini memberi kewenangan kepada gubernur, di dalamnya disebutkan bahwa bupati “tetap memegang” "
     "anggaran desa.",
     [("mixed", "bupati “tetap memegang” anggaran desa", "UU ini", "mixed.cue.document_frame_clitic", "role")]),
    ("direct_after_a_relative_clause_verb",
     "Surat itu mendapat persetujuan dari [Budi Santoso|PER], yang mengatakan, “Desa kami memiliki 12 sumur "
     "yang masih berfungsi.”",
     [("direct", "Desa kami memiliki 12 sumur", "Budi Santoso", "direct.verb.relative_clause_head", "name")]),
    ("mixed_after_a_relative_clause_verb",
     "Surat itu mendapat persetujuan dari [Budi Santoso|PER], yang mengatakan bahwa desanya “masih kekurangan "
     "air” setiap kemarau.",
     [("mixed", "desanya “masih kekurangan air”", "Budi Santoso", "mixed.verb.relative_clause_head", "name")]),
    ("mixed_around_an_interposed_menurut_after_an_opening",
     "Puasa sering dianggap berat. Praktik ini, menurut para pakar, “lebih sehat” bagi tubuh.",
     [("mixed", "Praktik ini, menurut para pakar, “lebih sehat”", "para pakar", "mixed.cue.interposed_opening",
       "role")]),
    ("direct_after_a_sentence_initial_passive",
     "Disampaikan [Budi Santoso|PER], “Putusan hakim itu terlalu berat bagi keluarga korban.”",
     [("direct", "Putusan hakim itu terlalu berat", "Budi Santoso", "direct.cue.passive_agent", "name")]),
    ("mixed_after_a_sentence_initial_passive",
     "Disampaikan [Budi Santoso|PER], putusan hakim itu “terlalu berat” bagi keluarga korban.",
     [("mixed", "putusan hakim itu “terlalu berat”", "Budi Santoso", "mixed.cue.passive_agent", "name")]),
    # issue 20: a comparison opener before the fronted passive (cues.yml comparative_passive)
    ("direct_after_a_comparative_passive",
     "Sebagaimana disampaikan [Budi Santoso|PER], “Putusan hakim itu terlalu berat bagi keluarga korban.”",
     [("direct", "Putusan hakim itu terlalu berat", "Budi Santoso", "direct.cue.comparative_passive", "name")]),
    ("mixed_after_a_comparative_passive",
     "Sebagaimana disampaikan [Budi Santoso|PER], putusan hakim itu “terlalu berat” bagi keluarga korban.",
     [("mixed", "putusan hakim itu “terlalu berat”", "Budi Santoso", "mixed.cue.comparative_passive", "name")]),
    # issue 20: an adjective predicate (cues.yml adjective_predicates) with quoted words after it
    ("mixed_object_clause_with_an_adjective_predicate",
     "[Tim SAR|ORG] mengungkap kondisi gedung sekolah itu rusak “sangat parah” setelah gempa.",
     [("mixed", "kondisi gedung sekolah itu rusak “sangat parah”", "Tim SAR",
       "mixed.verb.adjective_predicate", "name")]),
    # issue 20: a verb of viewing whose object's first predicate is a word of stance (cues.yml
    # stance_objects), with quoted words after it
    ("mixed_stance_object_after_melihat",
     "[Bank Mandiri|ORG] melihat prospek kredit perumahan tahun ini masih “cukup cerah” bagi nasabah.",
     [("mixed", "prospek kredit perumahan tahun ini masih “cukup cerah” bagi nasabah", "Bank Mandiri",
       "mixed.verb.stance_object", "name")]),
    ("direct_before_a_passive_with_its_agent",
     "“Harga beras akan naik mulai pekan depan,” dilaporkan [Reuters|ORG] pada Senin.",
     [("direct", "Harga beras akan naik", "Reuters", "direct.cue.passive_inside", "name")]),
    ("mixed_around_a_passive_with_its_agent",
     "Kenaikan harga itu dilaporkan [Reuters|ORG] “akan berlanjut hingga akhir tahun depan.”",
     [("mixed", "Kenaikan harga itu dilaporkan Reuters “akan berlanjut", "Reuters", "mixed.cue.passive_inside",
       "name")]),
    ("direct_before_a_backward_passive",
     "“Kami tidak pernah menerima uang itu sepeser pun.” Demikian disampaikan [Budi Santoso|PER] kepada wartawan.",
     [("direct", "Kami tidak pernah menerima uang itu", "Budi Santoso", "direct.cue.backward_passive", "name")]),
    ("direct_after_a_noun_cue",
     "Pernyataan [Budi Santoso|PER] bahwa “Kami tidak pernah menerima uang itu sepeser pun.”",
     [("direct", "Kami tidak pernah menerima uang itu", "Budi Santoso", "direct.cue.noun", "name")]),
    ("an_unattributed_quote_after_a_quote_carries_its_speaker",
     "“Kami tidak bersalah dan akan banding,” kata [Budi Santoso|PER]. “Putusan ini sangat tidak adil bagi keluarga kami.”",
     [("direct", "Kami tidak bersalah", "Budi Santoso", "direct.cue.postposed", "name"),
      ("direct", "Putusan ini sangat tidak adil", "Budi Santoso", "direct.carry", "carry")]),
]

# (case id, marked text, {canonical name: [(merged form, rule)]} for the people with variants)
VariantCase = tuple[str, str, dict[str, list[tuple[str, str]]]]

NAME_VARIANTS: list[VariantCase] = [
    ("a_surname_alone",
     "Wakil Menteri Luar Negeri Rusia [Alexander Grushko|PER] hadir. [Grushko|PER] mengatakan bahwa dialog harus berlanjut.",
     {"Alexander Grushko": [("Grushko", "name.contained")]}),
    ("a_spelling_variant",
     "[Rina Wulandari|PER] hadir. [Rina Wulandary|PER] mengatakan bahwa pasar itu ramai setiap pagi.",
     {"Rina Wulandari": [("Rina Wulandary", "name.spelling_variant")]}),
    ("a_nickname_the_article_defines",
     "Wali Kota Bogor [Surya Darmawan|PER] ([Kang Surya|PER]) meresmikan pasar. [Kang Surya|PER] mengatakan bahwa "
     "pasar buka pagi.",
     {"Surya Darmawan": [("Kang Surya", "name.article_alias")]}),
    ("a_short_form_opening_a_word_of_the_name",
     "Menteri Sosial [Tri Rismaharini|PER] meninjau lokasi banjir. [Risma|PER] mengatakan bahwa bantuan sudah dikirim.",
     {"Tri Rismaharini": [("Risma", "name.prefix")]}),
    ("a_misspelt_surname",
     "Gelandang [Hakan Calhanoglu|PER] mencetak gol. [Cahanoglu|PER] mengatakan bahwa timnya bermain disiplin.",
     {"Hakan Calhanoglu": [("Cahanoglu", "name.misspelt_surname")]}),
    ("a_one_word_name_clipped_to_its_opening",
     "Wakil Ketua LPSK [Susilaningtias|PER] hadir di sidang. [Susi|PER] mengatakan bahwa saksi akan dilindungi.",
     {"Susilaningtias": [("Susi", "name.prefix")]}),
    ("a_name_clipped_to_three_letters",
     "Ketua Harian AFPI [Kuseryansyah|PER] hadir di Jakarta. [Kus|PER] mengatakan bahwa suku bunga pinjaman akan "
     "turun.",
     {"Kuseryansyah": [("Kus", "name.clipped")]}),
    ("a_surname_clipped_to_three_letters",
     "Pelatih Chelsea [Jose Mourinho|PER] memuji Pedro. [Mou|PER] mengatakan bahwa pemain itu mendekati level "
     "Maradona.",
     {"Jose Mourinho": [("Mou", "name.clipped")]}),
    ("a_name_written_without_its_accent",
     "Siapa [Lauren Sánchez|PER]? [Sanchez|PER] mengatakan bahwa pernikahan itu digelar di Venesia.",
     {"Lauren Sánchez": [("Sanchez", "name.contained")]}),
    ("a_misspelt_given_name",
     "Pelaksana tugas pimpinan KPK [Indriyanto Seno Adji|PER] hadir. [Indryanto|PER] mengatakan bahwa berkas "
     "perkara sudah lengkap.",
     {"Indriyanto Seno Adji": [("Indryanto", "name.misspelt_given_name")]}),
    ("initials",
     "Mantan Wakil Presiden [Jusuf Kalla|PER] hadir. [JK|PER] mengatakan bahwa perdamaian harus dijaga bersama.",
     {"Jusuf Kalla": [("JK", "name.initials")]}),
    ("an_organisation_written_twice_in_other_case",
     "Menurut [Bank Indonesia|ORG], inflasi masih terkendali sampai akhir tahun. [BANK INDONESIA|ORG] mengatakan "
     "bahwa suku bunga tetap.",
     {"Bank Indonesia": [("BANK INDONESIA", "name.same")]}),
    ("a_given_name_shared_with_a_surname",
     "Kapolri [Listyo Sigit Prabowo|PER] tiba lebih dulu. Presiden [Prabowo Subianto|PER] menyusul kemudian. "
     "[Prabowo|PER] mengatakan bahwa keamanan terjamin.",
     {"Prabowo Subianto": [("Prabowo", "name.given_name")]}),
    ("a_shared_surname_goes_to_the_person_named_last",
     "Pelatih [Thomas Frank|PER] memuji pemainnya. Sehari kemudian, [Jamie Frank|PER] datang ke tempat latihan. "
     "[Frank|PER] mengatakan bahwa timnya siap.",
     {"Jamie Frank": [("Frank", "name.salience")]}),
    ("a_form_written_exactly_in_one_name_over_a_misspelling_of_another",
     "Ketua partai [Bambang Suharjo|PER] membuka rapat. Sekretaris [Indra Suharto|PER] membacakan agenda. "
     "[Suharjo|PER] mengatakan bahwa rapat berlangsung tertib.",
     {"Bambang Suharjo": [("Suharjo", "name.written_exactly")]}),
]

# (case id, marked text, the rule ids named in meta.warnings, in order)
WARNINGS: list[tuple[str, str, list[str]]] = [
    ("a_surname_two_people_share_in_one_sentence",
     "Pelatih [Thomas Frank|PER] bertemu [Jamie Frank|PER] di London. “Kami siap menang,” kata [Frank|PER].",
     ["name.ambiguous"]),
]

# Cases read with the shipped alias book (rules/aliases.yml), as the quote store does.
KNOWN_NAME_VARIANTS: list[VariantCase] = [
    ("a_surname_alone",
     "Wakil Menteri Luar Negeri Rusia [Alexander Grushko|PER] hadir. [Grushko|PER] mengatakan bahwa dialog harus berlanjut.",
     {"Alexander Grushko": [("Grushko", "name.contained")]}),
    ("a_spelling_variant",
     "[Rina Wulandari|PER] hadir. [Rina Wulandary|PER] mengatakan bahwa pasar itu ramai setiap pagi.",
     {"Rina Wulandari": [("Rina Wulandary", "name.spelling_variant")]}),
    ("a_nickname_the_article_defines",
     "Wali Kota Bogor [Surya Darmawan|PER] ([Kang Surya|PER]) meresmikan pasar. [Kang Surya|PER] mengatakan bahwa "
     "pasar buka pagi.",
     {"Surya Darmawan": [("Kang Surya", "name.article_alias")]}),
    ("a_listed_nickname",
     "“Proses saja sesuai hukum yang berlaku,” kata [Jokowi|PER] di Solo.",
     {"Joko Widodo": [("Jokowi", "name.known_alias")]}),
]


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(text, quotes, id=case) for case, text, quotes in QUOTE_RULES])
def test_quote_rules(marked: str, expected: list[tuple[str, str, str | None, str, str]],
                     markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract(marked)
    assert_quote_rows(text, result, expected)


def _variants(extractor: MarkupExtractor, marked: str) -> dict[str, list[tuple[str, str]]]:
    _, result = extractor.extract(marked)
    return {person.name: [(variant.name, variant.rule) for variant in person.variants]
            for person in result.people if person.variants}


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(text, people, id=case)
                                                  for case, text, people in NAME_VARIANTS])
def test_name_variant_rules(marked: str, expected: dict[str, list[tuple[str, str]]],
                            markup_extractor: MarkupExtractor) -> None:
    assert _variants(markup_extractor, marked) == expected


@pytest.fixture(scope="module")
def alias_book_extractor(rules: RuleSet) -> MarkupExtractor:
    return MarkupExtractor(rules, load_alias_book(PROJECT_ROOT / "rules" / "aliases.yml", rules))


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(text, people, id=case)
                                                  for case, text, people in KNOWN_NAME_VARIANTS])
def test_known_name_variant_rules(marked: str, expected: dict[str, list[tuple[str, str]]],
                                  alias_book_extractor: MarkupExtractor) -> None:
    assert _variants(alias_book_extractor, marked) == expected


WARNING_RULE = re.compile(r"\(([a-z]+\.[a-z_]+)\)")  # "… left ambiguous (name.ambiguous)"


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(text, rules, id=case) for case, text, rules in WARNINGS])
def test_warning_rules(marked: str, expected: list[str], markup_extractor: MarkupExtractor) -> None:
    _, result = markup_extractor.extract(marked)
    assert [rule for warning in result.meta.warnings for rule in WARNING_RULE.findall(warning)] == expected
