"""Choosing the speaker among the people, organisations and roles a cue phrase and the text
before it offer (issue 21), as a table over the markup tagger: a role points back at the
person who holds that office (not one who only shares the organisation or place in it), at
the holder who spoke over one named since in passing, and never at a person the quote itself
names in the third person; a role picked out by a relative clause is someone new; a name
apposed to a role keeps its particles and loses the age in brackets after it; an office's name
joined by `dan` goes on to the holder named after it; an office written short (`Menkeu`) points
back at the holder of the long role it is spelled from. Each row states
the quote's rule and a fragment of its text, the speaker's name, `speaker.rule` and
resolution."""

from __future__ import annotations

import pytest

from tests.markup import MarkupExtractor, assert_quote_speaker

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
    # an office the article wrote before with no one holding it speaks as written, not the person
    # in focus (speaker.unnamed_office); an office written with its holder goes to the holder; an
    # office of another place is not it (the person in focus with no role takes it, as before)
    ("an_office_written_before_with_no_holder",
     "Juru bicara TNI [Budi Santoso|PER] hadir di Banda Aceh. Sebelumnya, Gubernur Aceh menyurati presiden. "
     "Dalam surat itu, Gubernur mengatakan bahwa tanah tersebut milik masjid.",
     0, "indirect.verb.say", "tanah tersebut milik", "Gubernur Aceh", "speaker.unnamed_office@rules", "role"),
    ("an_office_written_before_with_its_holder_after_a_comma",
     "[Budi Santoso|PER] hadir di Banda Aceh. Sebelumnya, Gubernur Aceh, [Muzakir Manaf|PER], menyurati presiden. "
     "Gubernur mengatakan bahwa tanah tersebut milik masjid.",
     0, "indirect.verb.say", "tanah tersebut milik", "Muzakir Manaf", "speaker.role_holder@rules", "role"),
    ("an_office_inside_another_name_is_no_office",
     "[Budi Santoso|PER] dari Tim Komunikasi Presiden hadir di Istana. Presiden mengatakan bahwa program itu berjalan baik.",
     0, "indirect.verb.say", "program itu berjalan", "Budi Santoso", "speaker.role_in_focus@rules", "role"),
    ("an_office_of_another_place_is_not_this_one",
     "[Budi Santoso|PER] datang ke Bandung. Gubernur [Aceh|LOC] menyurati presiden. Gubernur [Jawa Timur|LOC] "
     "mengatakan bahwa tanah tersebut milik negara.",
     0, "indirect.verb.say", "tanah tersebut milik", "Budi Santoso", "speaker.role_in_focus@rules", "role"),
    ("a_group_is_not_the_person_its_words_are_about",
     "Penyanyi [Judika|PER] tampil di acara itu. Netizen menyebut penampilan [Judika|PER] bikin merinding.",
     0, "indirect.verb.say", "bikin merinding", "Netizen", "speaker.cue_role@rules", "role"),
    ("a_quantified_group_is_not_the_person_in_focus",
     "Penyanyi [Miley Cyrus|PER] tampil di panggung itu. Sebagian besar netizen mengatakan penampilan itu "
     "memukau.",
     0, "indirect.verb.say", "penampilan itu memukau", "Sebagian besar netizen", "speaker.cue_unnamed_source@rules",
     "role"),
    ("the_whole_of_a_group_is_not_one_of_them",
     "Kepala Desa [Ahmad Fauzi|PER] meninjau jembatan. Seluruh warga desa mengatakan jembatan itu sudah "
     "lama rusak.",
     0, "indirect.verb.say", "jembatan itu sudah", "Seluruh warga desa", "speaker.cue_unnamed_source@rules",
     "role"),
    ("a_role_picked_out_by_a_relative_clause_is_someone_new",
     "Mobil yang dikemudikan [Andre Silva|PER] keluar jalur di jalan tol. Saksi yang menelepon polisi "
     "mengatakan mobil itu terbakar setelah keluar jalur.",
     0, "indirect.verb.say", "mobil itu terbakar", "Saksi yang menelepon polisi", "speaker.cue_role@rules",
     "role"),
    ("an_epithet_with_a_relative_clause_still_points_back",
     "[Maudy Ayunda|PER] pulang ke Jakarta pekan lalu. Aktris yang kini menetap di [Inggris|LOC] itu mengaku "
     "beberapa rumah produksi sempat menawarinya peran.",
     0, "indirect.verb.say", "beberapa rumah produksi", "Maudy Ayunda", "speaker.role_in_focus@rules", "role"),
    # an epithet written after a quote of several sentences: the quote's own sentences put no
    # one out of focus, so the person in focus is counted from where the quote opens
    ("an_epithet_after_a_long_quote_points_back",
     "Pelatih Persija, [Rahmad Darmawan|PER], mengatakan turnamen itu terlalu pendek. Gaji pemain juga belum "
     "dibayar penuh. Klub-klub hanya bermain tiga kali. Tidak banyak klub yang bertahan lama. “Pemain kurang "
     "bermain. Turnamen ini terlalu singkat. Kami butuh kompetisi penuh,” ujar mantan pelatih Timnas Indonesia ini.",
     # the office apposed before the name ("Pelatih Persija, Rahmad Darmawan,") is his role, so the
     # epithet's office word finds him as the role holder
     1, "direct.cue.postposed", "Pemain kurang", "Rahmad Darmawan", "speaker.role_holder@rules", "role"),
    ("a_party_politician_epithet_after_a_long_quote",
     "Wakil Ketua Komisi I DPR [Hanafi Rais|PER] menilai badan baru tidak perlu dibentuk. Badan itu cukup "
     "dijalankan kementerian. Anggaran negara juga terbatas. Koordinasi tinggal digalang. “Tanpa undang-undang, "
     "aturan bisa berubah. Pengawasan warga bisa dihindari. Negara lain juga mengaturnya,” ujar Politikus PAN itu.",
     1, "direct.cue.postposed", "Tanpa undang-undang", "Hanafi Rais", "speaker.role_in_focus@rules", "role"),
]

APPOSED_NAMES: list[Case] = [
    ("an_apposed_name_with_particles_the_ner_stopped_at",
     "Mantan gelandang [Real Madrid|ORG], [Ruben|PER] de la Red, mengatakan masih terlalu dini untuk menilai "
     "kinerja pelatih baru.",
     0, "indirect.verb.say", "terlalu dini", "Ruben de la Red", "speaker.cue_name@rules", "name"),
    ("an_apposed_name_with_an_age_in_brackets",
     "Salah satu pentolan [Femen|ORG], [Oksana Shachko|PER] (25), mengatakan bahwa turisme seks marak di negara "
     "itu.",
     0, "indirect.verb.say", "turisme seks marak", "Oksana Shachko", "speaker.cue_name@rules", "name"),
    ("a_preposition_after_an_apposed_name_is_no_particle_of_it",
     "“Warga sudah kami evakuasi,” kata [Sutrisno|PER] di [Bogor|LOC].",
     0, "direct.cue.postposed", "sudah kami evakuasi", "Sutrisno", "speaker.cue_name@rules", "name"),
]

OFFICE_NAMES: list[Case] = [
    ("an_office_name_with_dan_keeps_its_holder_after_a_passive_cue",
     "Industri otomotif merupakan sektor yang paling parah terkena pengaruh anjloknya rupiah. Demikian "
     "diungkapkan Wakil Ketua Umum Kamar Dagang dan Industri ([Kadin|ORG]) Indonesia [Benny Sutrisno|PER] di "
     "Jakarta.",
     0, "indirect.cue.backward_passive", "Industri otomotif", "Benny Sutrisno", "speaker.cue_name@rules", "name"),
    ("an_office_name_with_dan_keeps_its_holder_after_kata",
     "“Kunjungan wisatawan naik tahun ini,” kata Kepala Dinas Pariwisata dan Kebudayaan [Bali|LOC] "
     "[Made Sudarsa|PER].",
     0, "direct.cue.postposed", "Kunjungan wisatawan", "Made Sudarsa", "speaker.cue_name@rules", "name"),
    ("dan_after_a_person_joins_two_people_not_an_office",
     "“Kami siap membantu,” kata Menteri [Budi|PER] dan Menteri [Ani|PER] di Jakarta.",
     0, "direct.cue.postposed", "siap membantu", "Budi", "speaker.cue_name@rules", "name"),
]

# An office written short (an akronim: "Menkeu", "Mensos", "Sekjen", "Dirut") points back at the
# person named earlier with the long role it is spelled from (speaker.role_abbreviation).
ROLE_ABBREVIATIONS: list[Case] = [
    ("a_shortened_office_after_a_postposed_cue",
     "Menteri Keuangan [Bambang Brodjonegoro|PER] hadir dalam rapat kerja di gedung DPR. “Peraturan ini hanya "
     "menegaskan harmonisasi pajak daerah,” ujar Menkeu.",
     0, "direct.cue.postposed", "harmonisasi pajak", "Bambang Brodjonegoro", "speaker.role_abbreviation@rules",
     "role"),
    # a regulation named by the office ("Peraturan Menteri Keuangan") names no person in the quote
    # An office defined with its short form in brackets before a person's name ("Direktur
    # Reserse Kriminal Umum (Dirreskrimum) Polda Jabar Kombes Pol X"): the short form is that
    # person's office, whatever the alias stage made of it (an organisation) (issue 21).
    ("an_office_defined_in_brackets_before_a_name",
     "Direktur Direktorat Reserse Kriminal Umum (Dirreskrimum) Polda Jabar Kombes Pol [Surawan|PER] mengatakan, "
     "tersangka memperoleh obat dari rumah sakit. “Dia membuat resep sendiri,” kata Dirreskrimum, Selasa.",
     1, "direct.cue.postposed", "membuat resep sendiri", "Surawan", "speaker.role_abbreviation@rules", "name"),
    # an organisation defined in brackets is no office: it speaks as itself
    ("an_organisation_defined_in_brackets_before_a_name_speaks_as_itself",
     "Badan Pusat Statistik (BPS) Jawa Barat dan [Surawan|PER] merilis data inflasi. “Inflasi Juli "
     "terkendali,” kata BPS, Selasa.",
     0, "direct.cue.postposed", "Inflasi Juli", "Badan Pusat Statistik (BPS)", "speaker.cue_organisation@rules",
     "name"),
    # a verb after the brackets ends the office: the person named after it is no holder
    ("an_office_defined_in_brackets_before_a_verb_names_no_holder",
     "Jaksa Penuntut Umum (JPU) menyebut tindakan [Tom Lembong|PER] merugikan negara. “Terdakwa memperkaya "
     "pihak lain,” kata JPU dalam sidang.",
     1, "direct.cue.postposed", "Terdakwa memperkaya", "Jaksa Penuntut Umum (JPU)", "speaker.cue_organisation@rules",
     "name"),
    ("a_regulation_of_the_office_inside_the_quote_names_nobody",
     "Menteri Keuangan [Bambang Brodjonegoro|PER] hadir dalam rapat kerja di gedung DPR. “Peraturan Menteri "
     "Keuangan yang kami keluarkan hanya menegaskan harmonisasi pajak daerah,” ujar Menkeu.",
     0, "direct.cue.postposed", "harmonisasi pajak", "Bambang Brodjonegoro", "speaker.role_abbreviation@rules",
     "role"),
    ("a_shortened_office_as_the_subject_of_a_reporting_verb",
     "Menteri Sosial [Saifullah Yusuf|PER] meninjau sekolah rakyat di Bekasi. Mensos juga menuturkan ada "
     "beberapa anak yang tidak jadi bersekolah di sana.",
     0, "indirect.verb.say", "beberapa anak", "Saifullah Yusuf", "speaker.role_abbreviation@rules", "role"),
    ("the_holder_of_the_office_spelled_not_the_latest_minister",
     "Menteri Sosial [Saifullah Yusuf|PER] membuka acara itu. Menteri Keuangan [Sri Mulyani|PER] juga datang. "
     "“Bantuan sosial cair pekan depan,” kata Mensos.",
     0, "direct.cue.postposed", "Bantuan sosial", "Saifullah Yusuf", "speaker.role_abbreviation@rules", "role"),
    ("a_two_word_office_and_its_short_form",
     "Direktur Utama [Darmawan Prasodjo|PER] meninjau gardu induk di Cirebon. “Pasokan listrik aman sampai "
     "akhir tahun,” kata Dirut.",
     0, "direct.cue.postposed", "Pasokan listrik", "Darmawan Prasodjo", "speaker.role_abbreviation@rules",
     "role"),
    # "Ses" is the usual short form of "Sekretaris" in an office's akronim (Mensesneg = MENteri
    # SEkretaris NEGara), though no prefix of it
    ("a_secretary_office_written_with_its_usual_short_form",
     "Menteri Sekretaris Negara [Rudi Hartono|PER] tiba di Istana. Mensesneg menyatakan pemerintah menghormati "
     "putusan itu.",
     0, "indirect.verb.say", "pemerintah menghormati", "Rudi Hartono", "speaker.role_abbreviation@rules", "role"),
    # "Ka" is the usual short form of "Kepala" though no prefix of it (Kapolres = KApala POLRES)
    ("a_head_of_office_written_with_its_usual_short_form",
     "Kepala Polres Sukamaju, AKBP [Rudi Hartono|PER], menggelar jumpa pers di Mapolres. “Pelaku kami tangkap "
     "di rumahnya,” kata Kapolres.",
     0, "direct.cue.postposed", "Pelaku kami tangkap", "Rudi Hartono", "speaker.role_abbreviation@rules", "role"),
    # the deputy's office is not the office it deputises ("Wakil Menteri Keuangan" is no Menkeu)
    ("a_deputy_office_is_not_the_office_its_short_form_spells",
     "Wakil Menteri Keuangan [Suahasil Nazara|PER] hadir di gedung DPR. “Defisit anggaran masih terkendali,” "
     "kata Menkeu.",
     0, "direct.cue.postposed", "Defisit anggaran", "Menkeu", "speaker.cue_role@rules", "role"),
    # an office short form the rules do not list is still an office when the article wrote the
    # long role it spells before a name: the tagger's reading (an acronym as an organisation, a
    # PER entity) does not stop the role from resolving
    ("an_unlisted_all_capitals_short_form_read_as_an_acronym",
     "Kunjungan itu dipimpin General Manager PT Kilang Sukamaju [Budi Santoso|PER]. “Produksi kami naik "
     "sepuluh persen,” kata GM.",
     0, "direct.cue.postposed", "Produksi kami", "Budi Santoso", "speaker.role_abbreviation@rules", "role"),
    ("a_short_form_with_its_office_tagged_as_a_person",
     "Kepala Kanwil Kementerian Agama Jawa Barat [Dedi Kurnia|PER] menyambut jemaah di bandara. [Kakanwil "
     "Kemenagjabar|PER] mengatakan jemaah akan dibawa ke asrama haji dengan bus.",
     0, "indirect.verb.say", "jemaah akan dibawa", "Dedi Kurnia", "speaker.role_abbreviation@rules", "role"),
    ("the_same_short_form_tagged_as_a_person_twice",
     "Kepala Kanwil Kementerian Agama Jawa Barat [Dedi Kurnia|PER] menyambut jemaah di bandara. [Kakanwil "
     "Kemenagjabar|PER] mengatakan, jemaah akan dibawa ke asrama haji dengan bus. [Kakanwil Kemenagjabar|PER] "
     "juga menyebut keluarga jemaah dilarang masuk ke aula.",
     1, "indirect.verb.say", "keluarga jemaah", "Dedi Kurnia", "speaker.role_abbreviation@rules", "role"),
    # the words after the short form name a person the article names elsewhere: a name, not an office
    ("a_short_form_before_a_name_is_the_name",
     "Kunjungan itu dipimpin General Manager PT Kilang Sukamaju [Budi Santoso|PER]. “Produksi kami naik "
     "sepuluh persen,” kata [GM Budi|PER].",
     0, "direct.cue.postposed", "Produksi kami", "Budi Santoso", "speaker.cue_name@rules", "name"),
    ("a_short_form_of_an_office_nobody_holds_stays_as_written",
     "Kepala Dinas [Budi Santoso|PER] datang ke pasar. “Kami akan menindak tegas pelaku,” kata Mendagri.",
     0, "direct.cue.postposed", "menindak tegas", "Mendagri", "speaker.cue_role@rules", "role"),
]

# A definite phrase headed by an institution noun and closed by a demonstrative ("Anak usaha BCA
# ini", "Badan kesehatan global tersebut") refers back to an organisation, never to the person in
# focus (speaker.organisation_anaphor); the organisation it names as a modifier is not it.
ORGANISATION_ANAPHORS: list[Case] = [
    ("a_subsidiary_is_not_its_director_nor_its_parent",
     "Presiden Direktur [PT Bank BCA Syariah|ORG] [John Kosasih|PER] menilai tidak semua bank kecil membutuhkan "
     "merger. Anak usaha [BCA|ORG] ini menilai kebutuhan modal perusahaan masih sangat memadai.",
     1, "indirect.verb.say", "kebutuhan modal", "PT Bank BCA Syariah", "speaker.organisation_anaphor@rules",
     "role"),
    ("an_agency_described_after_its_name",
     "Polusi udara di [Lahore|LOC] jauh melampaui batas [Organisasi Kesehatan Dunia|ORG]. Badan kesehatan global "
     "tersebut menekankan polusi udara sebagai ancaman terbesar bagi anak-anak.",
     0, "indirect.verb.say", "ancaman terbesar", "Organisasi Kesehatan Dunia", "speaker.organisation_anaphor@rules",
     "role"),
    ("the_organisation_whose_name_holds_the_head_noun",
     "[Bank Mandiri|ORG] menyalurkan kredit bersama [Pertamina|ORG] di Medan. “Kredit kami tumbuh sepuluh persen "
     "tahun ini,” ujar bank pelat merah ini.",
     0, "direct.cue.postposed", "Kredit kami", "Bank Mandiri", "speaker.organisation_anaphor@rules", "role"),
    ("an_institution_name_the_tagger_missed",
     "Polusi udara di [Lahore|LOC] jauh melampaui batas aman Organisasi Kesehatan Dunia (WHO). Badan kesehatan "
     "global tersebut menekankan polusi udara sebagai ancaman terbesar bagi anak-anak.",
     0, "indirect.verb.say", "ancaman terbesar", "Organisasi Kesehatan Dunia (WHO)", "speaker.organisation_anaphor@rules",
     "role"),
    ("the_organisation_is_no_person_in_focus_for_a_pronoun_after_it",
     "Presiden Direktur [PT Bank BCA Syariah|ORG] [John Kosasih|PER] menilai tidak semua bank kecil membutuhkan "
     "merger. Anak usaha [BCA|ORG] ini menilai kebutuhan modal perusahaan masih sangat memadai. Dia mengatakan "
     "bahwa rasio kecukupan modal bank itu berada di posisi 25 persen.",
     2, "indirect.verb.say", "rasio kecukupan", "John Kosasih", "speaker.pronoun_antecedent@rules", "pronoun"),
    # issue 20: a group noun heads one too ("Kelompok tersebut"), and its clause with quoted
    # words is a mixed quote of the group
    ("a_group_named_before_as_a_collaboration",
     "Laporan itu disusun oleh [Net Zero Tracker|ORG], sebuah kolaborasi empat organisasi nirlaba. Kelompok tersebut "
     "mengatakan, bahwa negara itu dapat menjadi “pemasok strategis dengan emisi rendah.”",
     0, "mixed.verb.say", "negara itu dapat", "Net Zero Tracker", "speaker.organisation_anaphor@rules", "role"),
    # a statement that names its body in the third person, attributed after it by an institution
    # phrase with no organisation written before: the body the quote names speaks
    ("a_statement_naming_its_body_attributed_after_it",
     "Pebulu tangkis [Rudi Hartono|PER] resmi pensiun. “[Federasi Bulu Tangkis Asia|ORG] menerima surat "
     "pengunduran diri Rudi pada Senin,” demikian bunyi pernyataan yang dikeluarkan oleh badan tersebut.",
     0, "direct.cue.statement_frame", "menerima surat", "Federasi Bulu Tangkis Asia", "speaker.organisation_anaphor@rules",
     "role"),
    ("an_institution_phrase_before_a_quote_naming_a_body_stays_as_written",
     "Pelatih [Budi Santoso|PER] tiba di Bandung pagi itu. Perusahaan tersebut mengatakan, “[Persib Bandung|ORG] "
     "sudah meneken kontrak itu.”",
     0, "direct.verb.say", "sudah meneken", "Perusahaan", "speaker.cue_role@rules", "role"),
    # an institution noun alone is definite as it stands: the body that spoke last, not the
    # organisation it spoke of (speaker_phrases.read_bare_institution)
    ("a_bare_company_noun_is_the_company_that_spoke_last",
     "[Bank Sentosa|ORG] menggelar rapat umum pemegang saham. [Bank Sentosa|ORG] mengatakan, porsi saham "
     "[Bank Harapan|ORG] akan bertambah. “Saham publik juga bisa berkurang,” tulis perseroan.",
     1, "direct.cue.postposed", "Saham publik", "Bank Sentosa", "speaker.organisation_anaphor@rules", "role"),
    ("a_bare_airline_noun_opening_its_sentence",
     "[Garuda Indonesia|ORG] menunda tiga penerbangan ke Makassar. Maskapai mengatakan bahwa pesawat pengganti "
     "sedang disiapkan.",
     0, "indirect.verb.say", "pesawat pengganti", "Garuda Indonesia", "speaker.organisation_anaphor@rules", "role"),
    ("a_bare_institution_noun_with_no_organisation_before_stays_as_written",
     "Pelatih [Budi Santoso|PER] tiba di Bandung pagi itu. Perusahaan menyebut kontrak itu sudah diteken.",
     0, "indirect.verb.say", "kontrak itu", "Perusahaan", "speaker.cue_role@rules", "role"),
    ("an_institution_phrase_with_no_organisation_before_stays_as_written",
     "Pelatih [Budi Santoso|PER] tiba di Bandung pagi itu. Perusahaan tersebut menyebut kontrak itu sudah diteken.",
     0, "indirect.verb.say", "kontrak itu", "Perusahaan", "speaker.cue_role@rules", "role"),
]

# A document phrase closed by a demonstrative ("riset itu", "siaran pers tersebut") refers back to
# the document written before with its issuer: the issuer speaks (speaker.document_issuer), never
# the person in focus; with no issuer written, the document stays as written.
DOCUMENT_ISSUERS: list[Case] = [
    ("a_study_named_before_with_its_issuer",
     "Saham turun tajam pekan ini. Sementara itu, dalam riset [PT Pilar Investama Sekuritas|ORG] menyebutkan, "
     "indeks berpotensi melemah. [Budi Santoso|PER] tidak setuju. Dalam riset itu menyebutkan, ketidakpastian "
     "membuat investor cemas.",
     1, "indirect.cue.document_frame", "ketidakpastian membuat", "PT Pilar Investama Sekuritas",
     "speaker.document_issuer@rules", "role"),
    ("a_document_with_no_issuer_written_stays_as_written",
     "[Walfrida Soik|PER] tiba di Kupang pada Senin. Dalam siaran pers tersebut disebutkan bahwa dia akan "
     "dipulangkan ke desanya.",
     0, "indirect.cue.document_frame", "dipulangkan ke desanya", "siaran pers tersebut", "speaker.cue_role@rules",
     "role"),
    # the issuer written after "dari" ("siaran pers dari Yayasan …"): the issuer speaks
    ("a_press_release_from_a_foundation_named_before",
     "Banjir merendam tiga desa. Bantuan sudah dikirim, demikian bunyi siaran pers dari [Yayasan Sungai "
     "Bersih Jambi|ORG]. [Budi Santoso|PER] tiba sore itu. Dalam siaran pers tersebut disebutkan bahwa bantuan "
     "akan ditambah pekan depan.",
     0, "indirect.cue.document_frame", "bantuan akan ditambah", "Yayasan Sungai Bersih Jambi",
     "speaker.document_issuer@rules", "role"),
    ("a_release_issued_by_an_agency_named_before",
     "Banjir merendam tiga desa. Siaran pers yang dikeluarkan oleh [Badan Penanggulangan Bencana Daerah|ORG] "
     "menyebutkan korban mengungsi. [Budi Santoso|PER] tiba sore itu. Dalam siaran pers tersebut disebutkan "
     "bahwa bantuan akan ditambah pekan depan.",
     1, "indirect.cue.document_frame", "bantuan akan ditambah", "Badan Penanggulangan Bencana Daerah",
     "speaker.document_issuer@rules", "role"),
    # the document of an institution phrase: the organisation that phrase points back at speaks
    ("the_page_of_an_organisation_named_before",
     "[Laura Gomez|PER] juga menjabat wakil ketua [Yayasan Bumi Lestari|ORG]. Menurut laman organisasi tersebut, "
     "Gomez mendedikasikan diri untuk perlindungan hutan.",
     0, "indirect.cue.according_to", "mendedikasikan diri", "Yayasan Bumi Lestari", "speaker.document_issuer@rules",
     "role"),
    ("the_page_of_an_organisation_with_none_before_stays_as_written",
     "[Laura Gomez|PER] tiba di Jakarta. Menurut laman organisasi tersebut, Gomez mendedikasikan diri untuk "
     "perlindungan hutan.",
     0, "indirect.cue.according_to", "mendedikasikan diri", "laman organisasi tersebut", "speaker.cue_role@rules",
     "role"),
    # a bare document noun at the cue with its issuer written right after a marker: the issuer speaks
    ("a_bare_document_with_its_issuer_after_dari",
     "Harga beras naik tajam tahun ini. Inflasi pangan mencapai 5 persen pada Juni, menurut data dari "
     "[Badan Pusat Statistik|ORG].",
     0, "indirect.cue.according_to", "Inflasi pangan mencapai", "Badan Pusat Statistik",
     "speaker.document_issuer@rules", "role"),
    ("a_bare_document_issued_by_an_organisation",
     "Ekonomi kawasan melambat. Pertumbuhan hanya 4 persen tahun ini, kata laporan yang dikeluarkan oleh "
     "[Bank Dunia|ORG] di Jakarta.",
     0, "indirect.cue.postposed", "Pertumbuhan hanya", "Bank Dunia", "speaker.document_issuer@rules", "role"),
    ("a_bare_document_with_no_issuer_stays_as_written",
     "Harga beras naik tajam tahun ini. Inflasi pangan mencapai 5 persen pada Juni, menurut data.",
     0, "indirect.cue.according_to", "Inflasi pangan mencapai", "data", "speaker.cue_role@rules", "role"),
]

# A statute's provision speaks for its statute (speaker.statute_of_provision), as the article titles
# it: the statute written in the phrase, else the one named last before it; none: as read.
STATUTE_PROVISIONS: list[Case] = [
    ("a_provision_and_its_paragraph_after_the_statute",
     "Pemerintah menerbitkan Undang-Undang Nomor 7 Tahun 2017 tentang pemilihan umum. [Budi Santoso|PER] hadir. "
     "Pasal 12 ayat (2) menyebutkan bahwa pemilih wajib terdaftar di daerahnya.",
     0, "indirect.verb.say", "pemilih wajib terdaftar", "Undang-Undang Nomor 7 Tahun 2017",
     "speaker.statute_of_provision@rules", "name"),
    ("a_provision_of_the_statute_named_in_the_phrase",
     "Maskapai menolak membayar. Pasal 4 Peraturan Menteri Perhubungan tersebut menyebutkan bahwa ganti rugi "
     "wajib dibayar maskapai.",
     0, "indirect.verb.say", "ganti rugi wajib", "Peraturan Menteri Perhubungan",
     "speaker.statute_of_provision@rules", "role"),
    ("a_provision_of_the_statute_titled_in_full_before",
     "Penumpang menggugat dengan dasar Peraturan Menteri Perhubungan Nomor 12 Tahun 2015. Maskapai menolak membayar. "
     "Pasal 4 Peraturan Menteri Perhubungan tersebut menyebutkan bahwa ganti rugi wajib dibayar maskapai.",
     0, "indirect.verb.say", "ganti rugi wajib", "Peraturan Menteri Perhubungan Nomor 12 Tahun 2015",
     "speaker.statute_of_provision@rules", "role"),
    ("a_provision_with_no_statute_written_stays_as_read",
     "Warga menolak rencana itu. Pasal 9 menyebutkan bahwa separuh lahan harus tetap dikuasai negara.",
     0, "indirect.verb.say", "separuh lahan", "Pasal", "speaker.cue_name@rules", "name"),
]

# An institution head written in lowercase before an organisation or a country the tagger found
# (speakers.yml institution_heads) is part of the organisation that speaks, as written.
INSTITUTION_HEADS: list[Case] = [
    ("a_lowercase_head_before_a_country",
     "Serangan itu menewaskan tiga orang. “Pasukan kami menembak ke arah tersangka,” sebut militer [Israel|LOC] "
     "dalam pernyataannya.",
     0, "direct.cue.postposed", "Pasukan kami", "militer Israel", "speaker.cue_organisation@rules", "name"),
    ("a_lowercase_head_before_a_company",
     "Laba perusahaan naik tajam tahun ini. “Kinerja kami terus membaik,” kata manajemen [Tambang Nusa|ORG] "
     "dalam keterbukaan informasi.",
     0, "direct.cue.postposed", "Kinerja kami", "manajemen Tambang Nusa", "speaker.cue_organisation@rules",
     "name"),
    ("a_lowercase_head_before_a_city",
     "Keluhan warga meningkat. Pada 2024, pemerintah [Kota Seoul|LOC] mencatat bahwa keluhan naik dua kali lipat.",
     0, "indirect.verb.state", "keluhan naik", "pemerintah Kota Seoul", "speaker.cue_organisation@rules",
     "name"),
    # a head the scraper glued to the name is damage, not read as part of it
    ("a_head_glued_to_the_name_stays_out",
     "Serangan berlanjut. Sejak Jumat, menurut pemerintah[Israel|LOC], sedikitnya 20 roket ditembakkan.",
     0, "indirect.cue.interposed_opening", "20 roket", "Israel", "speaker.cue_organisation@rules", "name"),
]

CASES = (ROLE_HOLDERS + ROLES_IN_FOCUS + APPOSED_NAMES + OFFICE_NAMES + ROLE_ABBREVIATIONS + ORGANISATION_ANAPHORS
         + DOCUMENT_ISSUERS + STATUTE_PROVISIONS + INSTITUTION_HEADS)


@pytest.mark.parametrize(("marked", "number", "rule", "fragment", "speaker", "speaker_rule", "resolution"),
                         [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_speaker_choice(markup_extractor: MarkupExtractor, marked: str, number: int, rule: str, fragment: str,
                        speaker: str | None, speaker_rule: str, resolution: str) -> None:
    assert_quote_speaker(markup_extractor, marked, number, rule, fragment, speaker, speaker_rule, resolution)


# Known gap: an organisation written as its initials with no bracket defining them ("Mahkamah
# Konstitusi" … "MK menegaskan") stays as written. Reading every akronim as the longer institution
# it is spelled from was built and dropped: it lowered holdout3's strict speaker accuracy. A
# syllabic short form in one mixed-case word (Kemenkes) is read so since issue 21
# (tests/test_speaker_descriptions.py SHORT_FORMS).
ORGANISATION_ABBREVIATIONS: list[Case] = [
    ("initials_of_a_court",
     "[Mahkamah Konstitusi|ORG] memutus uji materi itu pekan lalu. Namun, [MK|ORG] menegaskan putusannya "
     "bersifat final dan mengikat.",
     0, "indirect.verb.say", "bersifat final", "Mahkamah Konstitusi", "speaker.cue_organisation@rules", "name"),
]


# Known gap: an abbreviation the article defines in brackets after an office is read as an
# organisation's (the aliases stage calls every defined abbreviation one), and the office before
# the name is too long for the window the spelling is checked in.
OFFICE_ABBREVIATION_GAPS: list[Case] = [
    ("an_abbreviation_defined_for_an_office_is_no_organisation",
     "Direktur Reserse Kriminal Umum (Dirreskrimum) Polda Sukamaju Kombes [Rudi Hartono|PER] memimpin gelar "
     "perkara. “Tersangka sudah kami tahan,” kata Dirreskrimum.",
     0, "direct.cue.postposed", "Tersangka sudah", "Rudi Hartono", "speaker.role_abbreviation@rules", "role"),
]


@pytest.mark.xfail(reason="a bracketed abbreviation defined after an office is read as an organisation's "
                          "(aliases stage), not as the office", strict=True)
@pytest.mark.parametrize(("marked", "number", "rule", "fragment", "speaker", "speaker_rule", "resolution"),
                         [pytest.param(*case[1:], id=case[0]) for case in OFFICE_ABBREVIATION_GAPS])
def test_office_abbreviation_gap(markup_extractor: MarkupExtractor, marked: str, number: int, rule: str,
                                 fragment: str, speaker: str | None, speaker_rule: str, resolution: str) -> None:
    assert_quote_speaker(markup_extractor, marked, number, rule, fragment, speaker, speaker_rule, resolution)


@pytest.mark.xfail(reason="an undefined organisation akronim is not read as its long form: tried, it lowered "
                          "holdout3 strict speaker accuracy (0.744 -> 0.741)", strict=True)
@pytest.mark.parametrize(("marked", "number", "rule", "fragment", "speaker", "speaker_rule", "resolution"),
                         [pytest.param(*case[1:], id=case[0]) for case in ORGANISATION_ABBREVIATIONS])
def test_organisation_akronim_gap(markup_extractor: MarkupExtractor, marked: str, number: int, rule: str,
                                  fragment: str, speaker: str | None, speaker_rule: str, resolution: str) -> None:
    assert_quote_speaker(markup_extractor, marked, number, rule, fragment, speaker, speaker_rule, resolution)


UNRESOLVED_EPITHETS: list[tuple[str, str, list[str]]] = [
    ("a_club_inside_an_unresolved_epithet_is_nobody",
     "“Kami tidak pernah menerima undangan itu,” kata mantan pemain [Cardiff City|PER] ini.", []),
    ("a_film_inside_an_unresolved_epithet_is_nobody_but_the_named_stay",
     "“Saya senang sekali,” ujar bintang film [Laskar Pelangi|PER] itu. Sutradara [Riri Riza|PER] ikut hadir.",
     ["Riri Riza"]),
    ("a_name_inside_a_resolved_epithet_stays_a_person",
     "[Rudy Hartono|PER] menilai tim muda belum siap. “Mereka butuh waktu untuk beradaptasi,” ujar tetangga "
     "[Liem Swie King|PER] itu.", ["Rudy Hartono", "Liem Swie King"]),
]


@pytest.mark.parametrize(("marked", "people"), [pytest.param(*case[1:], id=case[0]) for case in UNRESOLVED_EPITHETS])
def test_unresolved_epithets_name_no_person(markup_extractor: MarkupExtractor, marked: str,
                                            people: list[str]) -> None:
    """Issue 19: an epithet nobody in focus resolves stays the speaker as written; the names
    inside it (a club, a film) are no person of the article."""
    _, result = markup_extractor.extract(marked)
    assert [person.name for person in result.people] == people
    assert all(quote.speaker.name is None or quote.speaker.name not in ("Cardiff City", "Laskar Pelangi")
               for quote in result.quotes)


# An office short form the tagger labelled PER and the speakers stage read as the office it spells
# (speaker.role_abbreviation) is no person of the article: its holder is.
OFFICE_SHORT_FORMS: list[tuple[str, str, list[str]]] = [
    ("an_office_short_form_tagged_as_a_person_is_nobody",
     "Kepala Kanwil Kementerian Agama Jawa Barat [Dedi Kurnia|PER] menyambut jemaah di bandara. [Kakanwil "
     "Kemenagjabar|PER] mengatakan jemaah akan dibawa ke asrama haji dengan bus.", ["Dedi Kurnia"]),
]


@pytest.mark.parametrize(("marked", "people"), [pytest.param(*case[1:], id=case[0]) for case in OFFICE_SHORT_FORMS])
def test_office_short_forms_name_no_person(markup_extractor: MarkupExtractor, marked: str,
                                           people: list[str]) -> None:
    _, result = markup_extractor.extract(marked)
    assert [person.name for person in result.people] == people
